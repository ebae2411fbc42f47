"""Builds the binary/markup reports pa05 (.docx), pa07 (.pdf), pa08 (.html), pa12 (.docx).
Run with /work/scratch-venv/bin/python build_binary.py"""
import os, html
HERE = os.path.dirname(os.path.abspath(__file__))
REP = os.path.join(HERE, "reports")

PA05 = """#Westcombe Safeguarding Children Partnership
#Rapid Review: Young Person J
Date of report: 9 December 2024. Submitted to the National Child Safeguarding Practice Review Panel.
##1. Decision
The rapid review group agreed that a Local Child Safeguarding Practice Review is not required. The learning from J's death will be considered alongside two other recent deaths of young people by suspected suicide in the South West peninsula area served by the partnership, as part of a thematic review already commissioned by the partnership in September 2024.
##2. Circumstances leading to the notification
J died on 14 November 2024. He was found hanged in his bedroom by his mother in the early evening. He was 16 years old and in his first term at Westcombe Sixth Form College, studying for A levels. The coroner has opened an inquest; toxicology results are awaited. Whether J had been drinking or using substances on the day is not yet known.
J was a white British young man. He lived with his mother and his younger sister (aged 12). His parents separated when he was 11; the separation was bitter and there were contested private law proceedings over contact, which lasted nearly two years. J had not seen his father for about eight months before his death, by his own choice according to his mother.
The notification was made because J had been known to children's social care in the past and there were concerns that neglect of his emotional needs may have been a factor. The review group concluded that there is no evidence that J's death was the result of abuse or neglect, but agreed the notification was correct given what was known at the time.
##3. Brief summary of case and agency involvement
Children's social care: two periods of involvement. In 2019 a Child and Family Assessment was completed during the private law proceedings, at the request of the court; no further action. In 2022 J was referred by his school after he disclosed self-harm; a Child in Need plan was in place for five months and closed in March 2023 when J's mood improved and he said he did not want a social worker.
CAMHS: J was seen by CAMHS from October 2022 to June 2023 for low mood and self-harm. He was diagnosed with moderate depression and was prescribed sertraline. He was discharged to the GP when he said he was feeling better. He was re-referred by the GP in September 2024 and was on the waiting list at the time of his death; he had been triaged and was due to be seen on 2 December.
School: J was the subject of homophobic bullying in Year 10 after he came out to a friend. The school's response was thorough - it worked with the pupils involved and put in place a mentor - but J told the mentor he still felt "watched" in corridors. His attendance was good throughout.
GP: regular contact from 2022. Prescribed sertraline. Last seen 3 September 2024, when he reported that his sleep was poor and that he had stopped taking his medication.
Police: no involvement with J. His father has a conviction from 2017 for assault occasioning actual bodily harm on a man outside a pub; this was known to the court.
J's mother has had long-standing depression, treated by her GP. She describes herself as having been "in pieces" after the separation. She attended every CAMHS appointment with J and is described by all agencies as committed to him.
J smoked cannabis most weekends, according to friends; this had been known to CAMHS in 2023. There is no indication that he was drinking heavily.
##4. Learning identified
- Transition. J was on the cusp of moving from children's to adults' services. The 10-week CAMHS wait came at the point of a new college and a new set of peers. The college had not been told of his history by his school, because the transfer of safeguarding information only covers open cases.
- Father. No agency had spoken to J's father since the 2019 assessment. The review could not learn what J's relationship with him meant to him, and professionals did not consider it.
- J's voice. Records contain much of what J said about his feelings, and the CAMHS worker in particular had a good understanding of his world. The review group felt this was an area of strength.
- Information sharing between the GP and CAMHS in 2024 was timely, and the re-referral was accepted and triaged within a week.
- Risk was not reassessed when J stopped taking his medication. The GP recorded this but did not bring forward the CAMHS appointment or contact the college.
##5. Immediate actions
- College and secondary schools to agree a protocol for sharing relevant pastoral and safeguarding history for students with a closed social care or CAMHS history, with consent.
- CAMHS to review the prioritisation criteria for re-referrals of young people previously known.
- Postvention support offered to J's sister, his friends and the college.
##6. Other children
J's sister is being supported by the school and a bereavement charity. She is not a subject of this review.
"""

PA07 = """#Calderholme Safeguarding Children Partnership
#Rapid Review - Child D (Dylan)
Confidential. Date of submission to the Panel: 21 January 2026.
Decision: LCSPR recommended.
##Brief summary of case
Dylan was two years and four months old when he died on 28 December 2025. The ambulance service was called by his mother's partner, Mr T, who said Dylan had fallen down the stairs while his mother was at work. Dylan had a catastrophic head injury and extensive bruising to his abdomen, back and ears, of different ages. He died in hospital the following day. The post-mortem found a lacerated liver and older healing fractures to two ribs. Mr T has been charged with murder. Dylan's mother has been charged with causing or allowing the death of a child.
Dylan lived with his mother (aged 24) and Mr T (aged 30) in a rented house in Calderholme, a town in the North West. Mr T had moved in about four months before Dylan's death; the couple had met online in the spring. Dylan's father had been in a relationship with his mother until Dylan was a year old; he has regular contact with his son's older half-brother but had seen Dylan only twice since the separation. Dylan's mother had had two other short relationships in the year after the separation.
Dylan was of mixed White and Black Caribbean heritage. He had no known health problems or disability and was developing normally, according to his 2-year review.
##Agency involvement
Health visiting: 2-year review (August 2025) carried out at home by a nursery nurse from the health visiting team. Dylan was meeting milestones. Mother said she was "a single mum"; Mr T was not mentioned and was not seen.
Nursery: Dylan attended a day nursery two days a week, funded through the two-year-old offer because the family was receiving Universal Credit. Between October and December 2025 staff logged bruises on four occasions (forehead, cheek, shin, and an "ear bruise" on 8 December). Each time mother gave an explanation (fell off sofa, climbing frame). On 8 December the nursery manager discussed the ear bruise with the setting's designated safeguarding lead, who decided to "monitor". No referral was made. Dylan then did not attend nursery from 10 December; the nursery rang twice and got no answer.
GP: Dylan was seen once, in November 2025, with a chest infection. Mother attended alone. The GP record does not note any bruising.
Police: Mr T had convictions for assault on two previous partners (2016 and 2021) and a conviction for wounding a man in a fight (2018). He had been the subject of a Domestic Violence Disclosure Scheme request by a previous partner's mother in 2021. None of this was known to any agency working with Dylan. The police were not aware that Mr T had moved in with a woman with a young child.
Probation: Mr T had completed a community order for the 2021 offence in 2023 and was no longer supervised.
Children's social care: Dylan was not known. His older half-brother (now 7) had been the subject of a Child in Need plan in 2019 when his mother was struggling with postnatal depression; this was closed in 2020.
Adult mental health: Dylan's mother was treated by the perinatal mental health team after the birth of her first son. Since then she has been seen by the GP and NHS Talking Therapies for anxiety; she had a course of six sessions in 2024.
##Learning identified
1. Bruising in young children. The nursery saw a pattern of injuries but considered each one on its own. The partnership's injury protocol applies to pre-mobile babies only; staff did not have a clear framework for a mobile toddler with repeated and unusual bruising (including to the ear, a recognised sign of abuse). The decision to "monitor" was not reviewed when Dylan stopped attending.
2. The unseen man. No agency knew of Mr T. The review group considers that professionals accepted "single mum" without exploring who else was in Dylan's life; his older brother mentioned "Dad T" to his school teacher in November, but this was not linked to Dylan because the school had no reason to know about him.
3. Information about risky adults. Mr T's history of violence against partners was well known to the police and to probation but there was no route for this to reach the family, or for professionals working with the family to learn of it.
4. Non-attendance. When a young child with a history of unexplained bruising stops attending, this should prompt action, not only phone calls.
5. Good practice: the ambulance crew and the emergency department recognised the injuries as non-accidental immediately and made the necessary referrals.
##Immediate actions
- The partnership has extended its injury protocol guidance to include all children under 5 with repeated or unusual bruising.
- Early years settings have been reminded of the need to make a referral to the MASH where there is a pattern of injuries.
- The older half-brother is staying with his father and is supported by a social worker.
##Rationale
The review group considered that the circumstances raise important learning about men in the household, the response to repeated injuries, and the limits of the Domestic Violence Disclosure Scheme. An LCSPR is recommended, with involvement of the family where possible once criminal proceedings have concluded.
"""

PA08 = """#London Borough of Fernleigh - Fernleigh Safeguarding Children Partnership (FSCP)
#Rapid Review: "Amira" (YP1)
Report date: 25/07/2025. RR meeting: 22/07/2025. Incident: 30/06/2025.
Decision: LCSPR not required. Learning to be added to the FSCP Exploitation Thematic (in progress).
##Brief summary of case
- Amira, 13 y/o (Year 8), LAC under s31 care order since age 11. Placed in a private residential children's home in a neighbouring county (out of borough, 35 miles).
- 30/06: found by BTP at a mainline station at 02:00 with two adult males; intoxicated (alcohol + suspected ketamine). Disclosed rape to officers. Admitted to hospital; SARC exam. Two men (aged 24, 31) arrested; one charged.
- Evidence of months of sexual exploitation: phone analysis shows grooming via social media since Jan 2025, gifts, money, taxi journeys to London.
- Ethnicity: Black British (Somali heritage).
- No diagnosed disability; assessed as having "high levels of unmet emotional need" (attachment difficulties, self-harm, ADHD assessment pending).
##Family background (brief)
- Mother: long-term heroin and crack use; now in recovery, in regular contact with Amira by phone. Mother had been in care herself.
- Father: not known to agencies; name not on birth certificate.
- Care proceedings 2023 due to neglect (home conditions, no food, Amira caring for younger siblings, missing school). 2 younger siblings in long-term foster care together; not subjects.
- Prior to proceedings: CP plan (neglect) Oct 2021 - Mar 2023.
##Agency involvement
- CSC (Fernleigh): allocated SW (2nd since placement), IRO, LAC reviews on time.
- Placement: private provider. Key worker.
- Host LA police (missing episodes x14 since Jan 2025) and Met (2 episodes found in London).
- School: Amira on roll at a local academy in host county; attendance 54%; 2 fixed-term suspensions (aggression toward staff).
- CAMHS (LAC CAMHS team): 5 sessions, then "not engaging" - discharged May 2025.
- YOT: not involved.
- Voluntary sector: specialist CSE worker from a charity (referral made April 2025, first session June 2025).
##Learning identified
- Host authority not notified of the placement as required - host police and CSE team did not know Amira was in their area until missing episode #4.
- Missing episodes treated as "placement behaviour" - return home interviews done by the home's own staff, not independent; content not shared with SW.
- Risk assessment (CSE screening) done Feb 2025 = "medium"; not updated despite 10 further missing episodes. Drift.
- Strategy meeting held in March 2025 - good - but actions (disrupt adults; social media checks) not followed through.
- Amira's voice: she told her IRO in April "nobody here gets me" and asked to move nearer her mum. Not acted on. Little sense in the records of her day-to-day life in the home.
- CAMHS discharge for non-engagement of a LAC child with significant trauma - not appropriate; sporadic engagement is expected and should prompt a different approach, not closure.
- Placement sufficiency/commissioning: placement chosen on availability. Recognised as a national issue.
##Immediate actions
- Amira moved to a specialist placement; secure accommodation considered and not pursued.
- Host LA / FSCP protocol for out-of-area notifications re-issued.
- Independent RHIs for all LAC placed out of borough.
- FSCP to write to the Panel re sufficiency.
"""

PA12 = """#Dunholt and Pennick Safeguarding Partnership
#Rapid Review - Baby K
Report date: 3 July 2025
##Decision
LCSPR not required. The partners will hold a multi-agency learning event on concealed and denied pregnancy in the autumn.
##Brief summary of case
Baby K was a baby girl born at home on 9 June 2025 in an unassisted birth. Her mother, Ms K, was 17 years old and living with her own parents and two younger brothers. Nobody in the household says they knew that Ms K was pregnant. She gave birth alone in the bathroom in the early hours. Her mother found her at 06:30 and called an ambulance. Baby K was found wrapped in towels in a bag in Ms K's bedroom. She was pronounced dead at the scene.
The post-mortem examination has not been able to establish whether Baby K was born alive. She was estimated to be at or near full term and had no congenital abnormality. The cause of death is recorded as "unascertained". The police investigation is continuing; Ms K has been interviewed under caution and released without charge pending further enquiries.
The father of the baby is not known to agencies. Ms K has not named him.
##Agency involvement
School (sixth form): Ms K was in Year 12 and attending. Staff noticed that she had put on weight and had been sick in lessons, and a teacher asked her in April whether she was alright; she said she had a stomach bug. The designated safeguarding lead was not told.
GP: Ms K attended in March 2025 with abdominal pain and was given advice about constipation. She was not examined and a pregnancy test was not offered. She attended again in May with back pain, seen by a different GP; again no pregnancy test.
School nursing: drop-in service; no contact with Ms K.
Children's social care: the family was not known.
Police: no previous involvement.
Ms K's mother told police that Ms K had been "down" for several months and she had wondered whether she was being bullied. There is no record of any mental health problem for Ms K or for her parents. The parents are married and live together.
##Learning identified
- Practitioners in school and primary care did not consider pregnancy in a teenage girl with symptoms that could have indicated it. This is a known theme of national reviews of concealed pregnancy.
- The teacher's concern was not passed to the designated safeguarding lead, so no one could put the pieces together.
- We do not know about Ms K's own experiences, or whether she was herself a victim of abuse. This will be explored by police and is a safeguarding matter for Ms K, who is a child. She has an allocated social worker and has been offered counselling.
##Immediate actions
- The ICB has circulated a reminder to GPs about considering pregnancy in adolescent girls presenting with abdominal symptoms.
- Schools have been sent a briefing on concealed pregnancy.
- Ms K is supported under a Child in Need plan.
"""

def parse(text):
    out = []
    for line in text.strip("\n").split("\n"):
        if line.startswith("##"): out.append(("h2", line[2:].strip()))
        elif line.startswith("#"): out.append(("h1", line[1:].strip()))
        elif line.startswith("- "): out.append(("li", line[2:].strip()))
        elif line.strip(): out.append(("p", line.strip()))
    return out

def build_docx(text, name):
    import docx
    d = docx.Document()
    for kind, t in parse(text):
        if kind == "h1": d.add_heading(t, level=1)
        elif kind == "h2": d.add_heading(t, level=2)
        elif kind == "li": d.add_paragraph(t, style="List Bullet")
        else: d.add_paragraph(t)
    d.save(os.path.join(REP, name))

def build_pdf(text, name):
    from fpdf import FPDF
    pdf = FPDF(); pdf.set_auto_page_break(True, 15); pdf.add_page()
    for kind, t in parse(text):
        t = t.encode("latin-1", "replace").decode("latin-1")
        if kind == "h1": pdf.set_font("Helvetica", "B", 14); pdf.multi_cell(0, 8, t)
        elif kind == "h2": pdf.ln(2); pdf.set_font("Helvetica", "B", 12); pdf.multi_cell(0, 7, t)
        elif kind == "li": pdf.set_font("Helvetica", "", 10); pdf.multi_cell(0, 5, "- " + t)
        else: pdf.set_font("Helvetica", "", 10); pdf.multi_cell(0, 5, t)
        pdf.ln(1)
    pdf.output(os.path.join(REP, name))

def build_html(text, name):
    parts = ["<!DOCTYPE html>", "<html><head><meta charset='utf-8'><title>Rapid Review</title></head><body>"]
    inlist = False
    for kind, t in parse(text):
        if kind != "li" and inlist: parts.append("</ul>"); inlist = False
        if kind == "li" and not inlist: parts.append("<ul>"); inlist = True
        tag = {"h1": "h1", "h2": "h2", "li": "li", "p": "p"}[kind]
        parts.append(f"<{tag}>{html.escape(t)}</{tag}>")
    if inlist: parts.append("</ul>")
    parts.append("</body></html>")
    open(os.path.join(REP, name), "w", encoding="utf-8").write("\n".join(parts))

if __name__ == "__main__":
    build_docx(PA05, "pa05.docx")
    build_pdf(PA07, "pa07.pdf")
    build_html(PA08, "pa08.html")
    build_docx(PA12, "pa12.docx")
    print("built")
