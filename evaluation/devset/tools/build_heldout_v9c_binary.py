"""Build the binary/markup reports rc03.docx, rc05.pdf, rc08.html, rc11.docx. Run with /work/scratch-venv/bin/python."""
import os, html
from docx import Document
from fpdf import FPDF
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reports")

RC03 = [
("title", "Stenmouth Safeguarding Children Partnership"),
("h", "Local Child Safeguarding Practice Review: Yonas"),
("p", "An appreciative inquiry review following the death of an unaccompanied young person. Published July 2024."),
("h", "1. Summary"),
("p", "Yonas was 17 when he died by suicide in his room at a supported accommodation placement in a coastal town in the South East in December 2023. He had arrived in the UK in the back of a lorry in the summer of 2022, having travelled from Eritrea through Sudan, Libya and France. He was accommodated by the local authority under section 20 of the Children Act 1989 and was a looked-after child at the time of his death. The coroner recorded a conclusion of suicide."),
("p", "The safeguarding partners chose an appreciative inquiry approach. Practitioners were asked what worked well, what they were proud of, and what would have made things even better for Yonas. The review also draws on agency chronologies and on conversations with two friends of Yonas, his key worker and a volunteer from the refugee charity that befriended him."),
("h", "2. About Yonas"),
("p", "Yonas was Black African, born in Eritrea; his first language was Tigrinya and he was learning English at an ESOL course. He was an Orthodox Christian and attended a church with other young Eritreans whenever he could travel to the city. His father had been conscripted and, Yonas believed, killed; his mother and two sisters were in a camp in Sudan and he had intermittent contact with them by phone. He sent them money from his allowance."),
("p", "His friends described him as gentle, funny, and a very good footballer. He wanted to be an electrician."),
("h", "3. What happened"),
("bullet", "August 2022: placed with a foster carer; initial health assessment noted nightmares, headaches and poor sleep."),
("bullet", "January 2023: moved to supported accommodation for young people aged 16-17 at his own wish, to live with other Tigrinya speakers."),
("bullet", "March 2023: GP referred him to CAMHS with symptoms of post-traumatic stress; CAMHS accepted the referral and he was placed on a waiting list of around 9 months."),
("bullet", "June 2023: Home Office interview. He was told afterwards by a friend that his claim would 'probably be refused'. Staff noticed he stopped eating with the others."),
("bullet", "August 2023: first known self-harm (cuts to forearm) seen by the key worker. Recorded; personal adviser informed by email two weeks later."),
("bullet", "September-October 2023: two missing episodes overnight; police returned him from the city on one occasion. Staff recorded that he had started drinking heavily with older men from the same community. There was no evidence that he used drugs."),
("bullet", "November 2023: overdose of paracetamol; seen in ED and discharged after a psychosocial assessment with a CAMHS crisis plan. Interpreter by phone; he told the clinician he 'did not want to be a burden'."),
("bullet", "December 2023: his asylum claim was refused by letter. He died six days later."),
("h", "4. What worked well"),
("p", "The foster carer and the supported accommodation key worker built real relationships with him. The refugee charity's volunteer visited weekly and took him to church. The ED psychosocial assessment was thorough and used an interpreter."),
("h", "5. Even better if"),
("p", "Even better if the risk to Yonas had been reassessed as it changed. After August 2023 his risk grew month by month - self-harm, missing, alcohol, an overdose - but his pathway plan, written in February, was never reviewed. The review considers this the key learning: risk was cumulative and nobody brought it together."),
("p", "Even better if information had moved faster. The key worker's email about self-harm took two weeks to reach the personal adviser; the ED crisis plan was sent to the GP but not to the supported accommodation; the police did not share the missing episodes with the CAMHS service which was holding him on its list."),
("p", "Even better if the asylum decision had been anticipated as a moment of acute risk. Practitioners knew the letter was coming. There was no safety plan for the day it arrived."),
("p", "Even better if his daily life had been understood: the debt he felt to his family, the money he sent home, his loneliness at Christmas. His personal adviser, who held 34 young people, told the review she had 'never had a proper conversation with him without an interpreter on speakerphone'. Caseloads in the leaving care service were well above the local standard throughout 2023, which the service's leaders acknowledged."),
("p", "Even better if his assessment had been culturally informed and had considered the trauma of his journey, not only his immigration status and practical needs."),
("h", "6. Recommendations"),
("num", "The leaving care service should review pathway plans for unaccompanied young people whenever there is self-harm, a missing episode or an immigration decision."),
("num", "Supported accommodation providers and the local authority should agree a 24-hour route for sharing self-harm concerns with the personal adviser."),
("num", "CAMHS and the partnership should agree a prioritisation route for unaccompanied young people with trauma symptoms on the waiting list."),
("num", "Partners should develop a safety plan for the receipt of asylum decisions, including same-day contact by a trusted adult."),
("num", "The local authority should report to the partnership on leaving care caseloads and the availability of face-to-face interpreters."),
]

RC11 = [
("title", "Wychbourne Local Safeguarding Children Board"),
("h", "Serious Case Review - Baby T"),
("p", "Overview report. Lead reviewers: two accredited SCIE reviewers using the Learning Together systems model. Published: November 2017."),
("h", "Introduction"),
("p", "Baby T was six weeks old when, in the spring of 2016, she was admitted to hospital with a subdural haemorrhage, retinal haemorrhages and three healing rib fractures. Medical opinion was that the injuries were inflicted on at least two occasions. Her father later admitted shaking her when she would not stop crying. She survived, but the long-term effect on her development is not yet known."),
("p", "Baby T's parents are both Deaf. Their first language is British Sign Language (BSL). The review's main question was how services worked with Deaf parents, and whether communication barriers affected how well professionals understood the family and the risks to the baby."),
("h", "The family"),
("p", "Baby T's parents lived together as a couple in a privately rented flat; they were not married. Baby T was their first child. Her mother has a mild learning disability and had support from an adult social care sensory team when she left school. Her father had a police caution from 2012 for an assault on another man outside a club; the review found nothing else in his history. No agency had received any report of domestic abuse, and none was disclosed after the incident. Neither parent had any known history of alcohol or drug misuse or mental illness. The father's parents, who are hearing, lived nearby; the paternal grandfather is said to have drunk heavily when the father was a child, but he had no role in Baby T's care."),
("p", "Baby T was born at 35 weeks and spent five days on the neonatal unit. She was otherwise healthy. She had not been the subject of a child protection plan."),
("h", "Key practice episodes"),
("p", "Episode 1 - pregnancy. The midwife booked the mother with a BSL interpreter at the first appointment but used written notes and the father 'to help' at four later appointments. A pre-birth referral by the midwife to children's social care, made because of the mother's learning disability, was screened out with signposting to universal services. The father's caution was not known to any health professional."),
("p", "Episode 2 - the neonatal unit. Nursing staff recorded that the father 'seemed frustrated' and had 'handled baby roughly during a nappy change'. This was discussed at handover but not documented as a safeguarding concern or passed to the health visitor."),
("p", "Episode 3 - the new birth visit and the following weeks. The health visitor visited twice. On both occasions no interpreter was available and she communicated by writing and gesture. She recorded 'parents coping well'. The mother told the reviewers, through an interpreter, that she had tried to say the baby cried 'all the time' and that the father 'could not hear her but could see her face screaming and got angry', and that she did not think the health visitor understood."),
("p", "Episode 4 - the GP. At 4 weeks Baby T was taken to the GP with 'fussiness' and a small bruise on her cheek, attributed by the father to the baby's own hand. The GP, without an interpreter, accepted this. A bruise on a non-mobile baby should have prompted a safeguarding referral under local procedures."),
("h", "Findings"),
("p", "Finding 1: Professionals relied on written English, family members and gesture instead of qualified BSL interpreters; this meant that the parents' account, including the mother's concerns, was not heard. Interpreter budgets were held by each agency and managers had discouraged booking for 'routine' visits - an organisational and leadership issue."),
("p", "Finding 2: Assessments focused on the mother's learning disability and did not assess the father at all. His caution and the neonatal observations were unknown to the people assessing risk."),
("p", "Finding 3: Information about the father was held by the police and the neonatal unit and not shared."),
("p", "Finding 4: A bruise in a non-mobile baby did not trigger the expected response; there was insufficient challenge of the explanation given."),
("h", "Recommendations"),
("num", "All partner agencies should ensure a qualified BSL interpreter is booked for every contact with Deaf parents, with the cost held centrally."),
("num", "Pre-birth referrals screened out at the front door should be reviewed by a manager where a parent has a learning disability."),
("num", "Midwifery and health visiting assessments should record and assess both parents, including any history known to police."),
("num", "Neonatal units should document observations of handling concerns as safeguarding information and share them with the health visitor."),
("num", "The Board should re-launch its bruising in non-mobile babies protocol with GP practices."),
]

RC05 = """HALLOWFIELD SAFEGUARDING CHILDREN PARTNERSHIP
Yorkshire and the Humber

LCSPR "SANA" - SUMMARY IN QUESTIONS AND ANSWERS
Published March 2025

This summary of the full local child safeguarding practice review is written as answers to the questions practitioners asked most often at the learning events.

Q1. What happened?
In August 2024 Sana, then sixteen and a half, was assaulted at home by her father and her older brother after she refused to travel abroad for a marriage that had been arranged for her. She was strangled to the point of losing consciousness and had facial injuries. A neighbour called the police. She was treated in hospital and placed in a refuge bed for young people the same night. Her father and brother were later convicted. The review categorises the harm as physical abuse in the context of honour-based abuse and forced marriage.

Q2. Who is Sana?
Sana is British Pakistani; her family are Muslim and speak Punjabi and Urdu at home. She was studying for A levels at a sixth-form college and wanted to be a pharmacist. She lived with her parents, her brother (22) and two younger sisters. Her parents are married and live together.

Q3. Were there earlier signs?
Yes. In 2022 Sana told a teacher that she was "not allowed to go anywhere" and that her phone was checked every night. The school referred to children's social care; the contact was closed after a home visit at which her father said she was "a typical teenager" and Sana, with her father in the room, agreed. In 2023 she began to self-harm and was seen by her GP, who referred her to CAMHS; she attended three sessions. In spring 2024 she told a college tutor that she was "going to Pakistan for a wedding - maybe my own". The tutor did not know what to do with this and mentioned it to the college safeguarding lead a month later.

Q4. What about her mother?
Sana's mother had been treated for depression by her GP for several years. In 2021 she told the GP that her husband controlled the family money and "decides everything"; the GP recorded this as "marital stress" and did not ask about abuse. The review considers, from what Sana and her mother have now said, that there was domestic abuse in the household, including coercive control of both mother and daughters, throughout the period of the review.

Q5. Was alcohol or drug use a factor?
No. There was no evidence of alcohol or drug use by either parent.

Q6. Had Sana been on a child protection plan?
No. She had never been subject to a child protection plan. The family's only earlier involvement with children's social care was the 2022 contact.

Q7. Why did professionals not act?
The review heard three reasons. First, practitioners were anxious about "getting it wrong" culturally and were reluctant to ask direct questions. Second, Sana was always seen with a family member present - her father at the home visit, her mother at the GP - so she was never able to speak freely. Third, the pieces of information (the 2022 referral, the self-harm, the tutor's conversation, the mother's disclosure to the GP) sat with different agencies and were never put together. Nobody made a referral to the Forced Marriage Unit or used the multi-agency statutory guidance on forced marriage.

Q8. What went well?
Once police attended, the response was excellent: a specialist officer, a same-night place through a local women's organisation with which Sana's mother had also had contact earlier in 2024, and a Forced Marriage Protection Order within 48 hours.

Q9. What must change? (Recommendations)
1. All partner agencies to train staff in the "one chance" rule: a disclosure of possible forced marriage must be acted on at once, and the child seen alone.
2. Children's social care to ensure home visits following concerns of control or restriction include speaking to the child alone and away from the home.
3. GP practices to ask directly about domestic abuse when a patient describes control of money or decisions.
4. Schools and colleges to include honour-based abuse and forced marriage in designated safeguarding lead training, with a local referral pathway.

Q10. Where can I read the full report?
On the partnership website, together with the partners' response.
"""

RC08_PARTS = [
("h1", "Saltmarsh Safeguarding Children Partnership"),
("h2", "Local Child Safeguarding Practice Review: Levi and Rosie (Family J)"),
("p", "Published June 2023. Independent reviewer: Helen Drummond-Price.[1]"),
("h3", "1. Introduction"),
("p", "In January 2022 two children of a Romany Gypsy family[2] were found alone in a touring caravan on an unauthorised roadside encampment on the edge of a town in the South East. Their mother had collapsed in the caravan and had been unconscious for many hours. Levi, aged 26 months, was severely dehydrated and hypothermic and was admitted to the paediatric intensive care unit. His sister Rosie, who was four, was dehydrated and had untreated ear and skin infections; she had been trying to feed her brother with dry cereal. Both children survived. The review refers to them together as Family J."),
("p", "Their mother, Ms J, was found to have a very high blood alcohol level; she has since told the reviewer that she had been dependent on alcohol 'on and off since Rosie was born'.[3] She has no history of mental illness, and agencies held no record of any. The children's father had left the family some months earlier after the relationship ended; he was working away and has had little contact since.[4]"),
("h3", "2. Terms of reference and method"),
("p", "The review covered January 2020 to January 2022. It used agency chronologies, a practitioner workshop and conversations with Ms J and the children's maternal grandmother.[5] No particular review model was applied."),
("h3", "3. The family's life"),
("p", "The family travelled for most of the year, stopping on roadside verges after the closure of the council transit site they had used for a decade. They were evicted from encampments eleven times in two years.[6] Money was very short: Ms J's benefits were interrupted by each change of address, and in the winter of 2021 the family could not afford gas bottles for the heater. The grandmother lived on a permanent site 60 miles away and saw the children occasionally. Ms J told the reviewer she had 'nobody close'."),
("p", "Neither child had been the subject of a child protection plan. In 2021 a health visitor made a referral about Levi's missed immunisations and weight; children's social care completed a brief assessment and closed the case when the family moved on, recording 'family have left the area'.[7]"),
("h3", "4. Agencies involved before January 2022"),
("ul", ["Health visiting - four services in two years, as the family crossed boundaries; records did not follow.", "GP - registration was refused at two practices because the family had no fixed address; a third registered them temporarily.[8]", "Children's social care - the 2021 assessment, closed.", "Police - attended evictions; no other contact.", "The council's Gypsy and Traveller liaison officer (housing) - knew the family well and had tried to find them a pitch.", "A Traveller advocacy charity - supported Ms J with benefit claims.", "Emergency department - Rosie attended twice in 2021 with ear infections; the family left before treatment the second time."]),
("h3", "5. Findings"),
("p", "Finding 1 - the children's daily lives were not seen. Professionals met the family briefly at the door of the caravan or in clinics; nobody asked what a day was like for a four-year-old looking after a toddler.[9]"),
("p", "Finding 2 - missed appointments were read as disengagement. Records repeatedly described the family as 'hard to reach' and 'not engaging'. The review finds that the pattern of missed appointments was real and should have triggered follow-up, but that much of it was caused by evictions rather than by avoidance."),
("p", "Finding 3 - assumptions replaced assessment. The 2021 assessment relied on stereotypes ('Traveller children are raised by the whole community') and did not consider Ms J's drinking, about which the liaison officer had concerns that she did not share.[10]"),
("p", "Finding 4 - information did not travel. Each move meant a new health visitor, a new area and a fresh start. No agency passed on the history."),
("p", "Finding 5 - the father was not considered. No professional recorded his name or asked whether he could help."),
("p", "Finding 6 - there was no challenge to the decision to close the case when the family moved on."),
("h3", "6. Recommendations"),
("ol", ["The partnership should agree a protocol for transferring information when families from Gypsy, Roma and Traveller communities move between areas, including a direct call between health visitors.", "GP practices should be reminded that a fixed address is not required for registration.", "Children's social care should not close an assessment because a family has left the area without a transfer to the receiving authority.", "All agencies should train staff on the experience of Gypsy, Roma and Traveller families and on avoiding assumptions.", "The liaison officer service should be included in safeguarding training and information-sharing arrangements.", "Agencies should record and seek to engage fathers, including those who live away."]),
("h3", "Notes"),
("ol", ["The reviewer is a former designated nurse with no connection to the agencies involved.", "The family describe themselves as Romany Gypsies; they are recorded in the census category White: Gypsy or Irish Traveller. English is their first language; they also use some Romani words at home. The family are Pentecostal Christians and attend a Traveller church convention each year.", "Her drinking was not known to most agencies before the incident; see Finding 3.", "He told the police he had not known about Ms J's drinking. There were rumours on one site of arguments between the parents, but there were no reports to police and nothing was substantiated; the review makes no finding about domestic abuse.", "The children's father was invited to contribute but did not reply.", "Figures from the liaison officer's records.", "The referral was made in May 2021. Neither child was a looked-after child at any point before the incident.", "This is contrary to national guidance.", "Levi had not been weighed for seven months before the incident. Rosie had never attended early education, though a nursery place had been offered.", "The liaison officer told the review she 'did not want to get the family into trouble'."]),
]

def build_docx(parts, path):
    doc = Document()
    for kind, text in parts:
        if kind == "title": doc.add_heading(text, 0)
        elif kind == "h": doc.add_heading(text, 1)
        elif kind == "p": doc.add_paragraph(text)
        elif kind == "bullet": doc.add_paragraph(text, style="List Bullet")
        elif kind == "num": doc.add_paragraph(text, style="List Number")
    doc.save(path)

def build_pdf(text, path):
    pdf = FPDF(); pdf.set_auto_page_break(True, 15); pdf.add_page(); pdf.set_font("Helvetica", size=11)
    for line in text.split("\n"):
        if line.strip() == "": pdf.ln(4); continue
        pdf.multi_cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)

def build_html(parts, path):
    out = ["<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>LCSPR Family J</title></head><body>"]
    for kind, val in parts:
        if kind in ("h1","h2","h3","p"): out.append(f"<{kind}>{html.escape(val)}</{kind}>")
        elif kind in ("ul","ol"): out.append(f"<{kind}>" + "".join(f"<li>{html.escape(x)}</li>" for x in val) + f"</{kind}>")
    out.append("</body></html>")
    open(path, "w", encoding="utf-8").write("\n".join(out))

if __name__ == "__main__":
    build_docx(RC03, os.path.join(D, "rc03.docx"))
    build_pdf(RC05, os.path.join(D, "rc05.pdf"))
    build_html(RC08_PARTS, os.path.join(D, "rc08.html"))
    build_docx(RC11, os.path.join(D, "rc11.docx"))
    print("built")
