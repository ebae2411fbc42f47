"""Build the binary/markup reports of writer c (uc03 docx, uc05 html, uc07 pdf, uc11 docx).
Run: /work/scratch-venv/bin/python build_binary.py"""
import os, html
from docx import Document
from fpdf import FPDF
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reports")

def build_docx(name, blocks):
    doc = Document()
    for kind, val in blocks:
        if kind == "title": doc.add_heading(val, 0)
        elif kind == "h": doc.add_heading(val, 1)
        elif kind == "p": doc.add_paragraph(val)
        elif kind == "li": doc.add_paragraph(val, style="List Number")
        elif kind == "b": doc.add_paragraph(val, style="List Bullet")
        elif kind == "t":
            t = doc.add_table(rows=len(val), cols=len(val[0])); t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row): t.cell(i, j).text = cell
    doc.save(os.path.join(D, name))

def build_pdf(name, blocks):
    pdf = FPDF(); pdf.set_auto_page_break(True, 15); pdf.add_page()
    for kind, val in blocks:
        if kind == "title": pdf.set_font("Helvetica", "B", 15); pdf.multi_cell(0, 8, val, new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
        elif kind == "h": pdf.set_font("Helvetica", "B", 12); pdf.ln(2); pdf.multi_cell(0, 7, val, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Helvetica", "", 10)
            pre = {"li": "", "b": "- "}.get(kind, "")
            pdf.multi_cell(0, 5, pre + val, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
    pdf.output(os.path.join(D, name))

def build_html(name, title, blocks):
    out = ["<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>%s</title></head><body>" % html.escape(title)]
    inlist = False
    for kind, val in blocks:
        if kind in ("b",) and not inlist: out.append("<ul>"); inlist = True
        if kind not in ("b",) and inlist: out.append("</ul>"); inlist = False
        if kind == "title": out.append("<h1>%s</h1>" % html.escape(val))
        elif kind == "h": out.append("<h2>%s</h2>" % html.escape(val))
        elif kind == "p": out.append("<p>%s</p>" % html.escape(val))
        elif kind == "b": out.append("<li>%s</li>" % html.escape(val))
    if inlist: out.append("</ul>")
    out.append("</body></html>")
    open(os.path.join(D, name), "w", encoding="utf-8").write("\n".join(out))

UC03 = [
 ("title", "Kettlemoor Local Safeguarding Children Partnership - Rapid Review"),
 ("p", "Subject: Child D (Maisie). Sibling (not subject): Child E. CONFIDENTIAL - not for publication. Date of report: 3 February 2025."),
 ("h", "1. Notification details"),
 ("t", [["Field", "Detail"],
        ["Local authority", "Kettlemoor Borough Council (East Midlands)"],
        ["Date of incident", "2 January 2025"],
        ["Date of notification", "8 January 2025"],
        ["Notification category", "Serious harm"],
        ["Child's age at incident", "20 months"],
        ["Sex", "Female"],
        ["Ethnicity", "White British"],
        ["Legal status", "Special Guardianship Order to maternal grandmother (made June 2023); not a looked-after child"],
        ["Rapid review meeting", "21 January 2025"]]),
 ("h", "2. Summary of the incident"),
 ("p", "On the afternoon of 2 January 2025 Maisie's special guardian, her maternal grandmother Mrs W, found her drowsy and difficult to rouse. An ambulance was called and Maisie was taken to Kettlemoor General Hospital, where she required naloxone and a period of ventilation in the paediatric intensive care unit. Toxicology confirmed methadone. Mrs W's partner, Mr P, is prescribed methadone through the Kettlemoor Recovery Service and takes it home on a weekly pick-up. A bottle had been left on a bedside cabinet without the child-resistant cap. Maisie made a full recovery and was discharged after six days."),
 ("p", "The rapid review categorised the harm as neglect, arising from unsafe storage of medication and inadequate supervision, in the context of a household where the risk had been known but not managed."),
 ("h", "3. Household and family composition"),
 ("t", [["Person", "Relationship", "Age", "Lives where"],
        ["Maisie (Child D)", "Subject", "20 months", "With Mrs W and Mr P"],
        ["Child E", "Half-brother (not subject)", "7 years", "With Mrs W and Mr P (SGO)"],
        ["Mrs W", "Maternal grandmother, special guardian", "58", "Household"],
        ["Mr P", "Mrs W's partner", "61", "Household since 2021"],
        ["Ms L", "Birth mother", "29", "HMP; release date 2026"],
        ["Father of Child D", "Not named", "Not known", "Not known"]]),
 ("h", "4. Background"),
 ("p", "Maisie and her half-brother were subject to child protection plans under the category of neglect while living with their birth mother, from March 2023 until care proceedings concluded with the Special Guardianship Order in June 2023, when the plans ended. Ms L has misused heroin and crack cocaine since her late teens; she has a diagnosis of emotionally unstable personality disorder and is serving a sentence for offences of supply. The domestic abuse that Ms L experienced from Child E's father predates the children's move to their grandmother and is not relevant to the current household."),
 ("p", "The special guardianship assessment in 2023 recorded that Mr P had been on a methadone programme for eight years, was stable, and had no recent illicit use. Safe storage was named as a condition in the support plan. The assessment recorded that Mrs W had no history of mental health difficulties and no criminal record. Mr P has historical convictions for burglary from the 1990s."),
 ("p", "The special guardianship support team closed its involvement in September 2023 after three months. Mrs W's SGO allowance was delayed for five months, and she told the health visitor that she had used a credit card to buy beds and clothes and was struggling with the rent. The family was referred to a local charity for a furniture grant."),
 ("h", "5. Agency involvement before the incident"),
 ("t", [["Agency", "Contact"],
        ["Children's social care (SGO support team)", "Assessment 2023; support closed September 2023"],
        ["Health visiting", "Mandated reviews; 12-month review held at home in May 2024"],
        ["GP", "Registered; immunisations up to date"],
        ["Kettlemoor Recovery Service", "Mr P's prescribing; weekly take-home doses since 2022"],
        ["Little Acorns Nursery", "Maisie attended two mornings a week from September 2024"],
        ["Primary school", "Child E on roll, Year 2; good attendance"],
        ["Home Comforts (charity)", "Furniture grant, 2023"]]),
 ("h", "6. Key learning"),
 ("b", "The Recovery Service knew Mr P lived with two young children but its safe storage check was a verbal question at review; no home visit was made and the service had not been told of the SGO support plan condition."),
 ("b", "The health visitor visited the home in May 2024 but did not know that there was a prescribed opiate in the household; the SGO assessment was not shared with health."),
 ("b", "Special guardianship support ended after three months. Kinship carers caring for very young children with this history needed a longer period of support and a review of the safety plan as the child became mobile."),
 ("b", "Financial strain on the special guardian was known but not acted on; the delay to the allowance was an avoidable pressure."),
 ("b", "Good practice: the nursery had a strong relationship with Mrs W and responded supportively after the incident."),
 ("h", "7. Recommendations to partners"),
 ("li", "1. Kettlemoor Recovery Service to introduce home visits and a written safe storage agreement for all service users with take-home doses who live with or care for children under five."),
 ("li", "2. Children's social care to share SGO support plans with the health visitor and GP at the point the order is made."),
 ("li", "3. The partnership to review the length and content of special guardianship support for children under two."),
 ("li", "4. The local authority to report on timeliness of SGO allowance payments."),
 ("h", "8. Decision"),
 ("p", "The learning is clear and can be taken forward through the actions above. The partnership does not consider that an LCSPR would add further learning and has written to the Panel to this effect."),
]

UC05 = [
 ("title", "7-Minute Briefing: Baby Ellis - safer sleep in families we already know"),
 ("p", "Harrowfield Safeguarding Children Partnership. Learning from a local child safeguarding practice review. Published May 2025. For all practitioners working with families with babies."),
 ("h", "1. Background"),
 ("p", "Ellis died in March 2024 when he was 11 weeks old. He was found unresponsive in the morning on the sofa where he had fallen asleep with his father during the night. The post-mortem gave the cause of death as unascertained, in the context of an unsafe sleeping environment. The LCSPR was carried out using the Significant Incident Learning Process (SILP), with a learning event attended by 14 practitioners."),
 ("p", "Ellis lived with his mother, his father and his two older sisters, aged 3 and 6, in a two-bedroom council flat with damp and mould in both bedrooms. The family had moved three times in the year before Ellis was born, once after a flood and twice because of overcrowding. His parents lived together throughout. The household relied on Universal Credit and had fallen behind with the electricity meter; the flat was often cold at night, which his father said was why they came downstairs to the sofa where the heater was."),
 ("h", "2. What did agencies know?"),
 ("b", "Ellis's sisters had been subject to child protection plans under the category of neglect between 2021 and 2022. The plans ended with a step down to child in need. When Ellis was born the family was open to children's social care on a child in need plan, which included him."),
 ("b", "Ellis himself had never been subject to a child protection plan."),
 ("b", "His mother had postnatal depression after the birth of her first child and was seen by the perinatal mental health team in this pregnancy; she was well at the time of Ellis's death."),
 ("b", "His father has a mild learning disability. He was not at any of the safer sleep conversations with the midwife or the health visitor."),
 ("b", "His father may have been drinking on the evening before Ellis died; the review could not establish this, and the police did not test."),
 ("b", "There was no evidence of domestic abuse in the family and no agency had any concern about it."),
 ("b", "The middle child attended the children's centre nursery; the eldest attended the local primary school. The housing officer knew about the overcrowding and the damp."),
 ("h", "3. What did the review find?"),
 ("p", "Safer sleep advice was given, and recorded, several times - but always to Ellis's mother, always in the daytime and always as a leaflet and a conversation. Nobody asked what happened at night, when the flat was cold, when Ellis would not settle, and when his father did the night feeds so that his mother could sleep. Safer sleep advice was not adapted for his father's learning disability."),
 ("p", "The child in need plan was written for the older girls. When Ellis was born, the plan added his name but nobody reassessed what a new baby meant in an overcrowded, cold flat where the family had struggled before. The risks had changed; the plan did not."),
 ("p", "Information sharing between midwifery and health visiting was good in this case and the handover was timely."),
 ("h", "4. Why does this matter?"),
 ("p", "National learning tells us that most sudden unexpected deaths in infancy happen in families already known to services, often when the usual routine changes, and that fathers and partners are frequently missed by safer sleep work."),
 ("h", "5. Recommendations"),
 ("p", "1. Health partners to include fathers and partners in every safer sleep conversation and record who was present."),
 ("p", "2. Safer sleep resources to be adapted for parents with learning disabilities."),
 ("p", "3. Child in need plans to be reassessed whenever a baby is born into the household."),
 ("p", "4. Housing to treat cold and damp homes with a baby as a priority for repairs and to signpost to energy support."),
 ("p", "5. The partnership to repeat its 'out of routine' safer sleep campaign."),
 ("h", "6. Questions for you and your team"),
 ("b", "Who does the night feeds in the families you work with? Have you asked?"),
 ("b", "How do you adapt advice for a parent who may not read well?"),
 ("b", "When did you last reassess a plan because a new baby arrived?"),
 ("h", "7. Find out more"),
 ("p", "The full report is on the Harrowfield Safeguarding Children Partnership website, with our safer sleep toolkit."),
]

def parse(text):
    blocks = []
    for line in text.strip().splitlines():
        tag, _, rest = line.partition(": ")
        blocks.append(({"T": "title", "H": "h", "P": "p", "B": "b"}[tag], rest))
    return blocks

UC07 = parse("""
T: Marlowe Borough Safeguarding Children Partnership - Local Child Safeguarding Practice Review: Tyrese
P: An inner London borough. Independent author: Graham Oduya. Published: 27 March 2025.
H: 1. Introduction
P: 1.1 This review is about Tyrese, a young man of Black Caribbean heritage who was aged 16 years and 4 months when, on the evening of 6 June 2024, he was stabbed in the thigh in a stairwell on an estate in a neighbouring county. The wound severed an artery. Tyrese lost a great deal of blood and needed emergency surgery, and he now has a lasting weakness in his leg. He had been reported missing from his mother's home four days earlier. Police later found that he had been staying in a flat used to sell crack cocaine and heroin, and that he was carrying drugs for older men from Marlowe. A referral to the National Referral Mechanism was made while he was in hospital and a positive conclusive grounds decision has since been received.
P: 1.2 The local authority notified the Child Safeguarding Practice Review Panel of serious harm. The rapid review found that Tyrese had been criminally exploited for at least eighteen months, that he had been a looked-after child until nine months before the incident, and that his childhood had been marked by neglect. The safeguarding partners agreed that an LCSPR should be undertaken and the Panel agreed with that decision.
P: 1.3 Tyrese has two younger half-siblings, aged 9 and 6, who live with their mother. They are not subjects of this review, though their experiences are referred to where relevant.
H: 2. Terms of reference and approach
P: 2.1 The review covers the period from January 2019, when Tyrese's special guardianship placement with his grandmother began to break down, to June 2024. The review asked:
B: How well did agencies understand Tyrese's experience of neglect, loss and moves, and how did this shape his vulnerability to exploitation?
B: How effective was planning for his return home from care, and what support followed it?
B: How well did agencies recognise and respond to criminal exploitation, including missing episodes?
B: How did agencies work with his mother, his grandmother and his father?
B: What did agencies do well that should be built on?
P: 2.2 The review was undertaken using an appreciative inquiry approach. Practitioners were asked first about what had worked, then about what had got in the way. Each agency provided a chronology and a short analysis. Two practitioner events were held, one of them at the pupil referral unit Tyrese attended. The reviewer met Tyrese twice, once in hospital and once at his mother's home, and met his mother and grandmother. Tyrese's father, who is in prison, replied to a letter but did not wish to meet.
P: 2.3 Tyrese wanted the review to use his own name. He said: "Write it so they listen to the next one."
H: 2A. Tyrese's account
P: Tyrese spoke to the reviewer for over an hour on the second visit. He described moving house "so many times I stopped unpacking". He said that at his grandmother's he would make his own tea most nights, usually noodles, and that he went to school hungry because there was no breakfast and he did not want to use the free breakfast club "in front of everyone". He said that in care "nobody was bad to me but nobody was mine either". He described the men who first gave him money as "the only ones who asked how I was". He said he had wanted to come home because he missed his little brother and sister, and because he thought his mum needed him.
P: Asked what would have helped, he said: "Someone who stayed. And someone who didn't write down that I was choosing it. I was fifteen. What was I choosing?"
P: Ms A told the reviewer that she had been frightened for Tyrese from the first week he came home, that she rang the police each time he went missing, and that she never understood why nobody came to see her about it. She said she did not want her younger children to go through the same thing.
H: 3. Background
P: 3.1 Tyrese's mother, Ms A, had Tyrese when she was 19. She told the reviewer that she had used heroin for several years in her twenties, and that she had been on a child protection plan herself as a teenager because of neglect by her own mother. She has not used heroin since 2013. She has experienced depression since her twenties and is prescribed medication by her GP.
P: 3.2 Tyrese's father, Mr C, was violent towards Ms A during their relationship, which ended in 2011. There has been no domestic abuse in Ms A's household since then, and none was identified by any agency during the period under review. Mr C has convictions for robbery and wounding and is serving a long sentence; he has had no direct contact with Tyrese since 2015, apart from occasional phone calls that the prison permitted.
P: 3.3 Tyrese and his mother were homeless twice when he was small. He was subject to a child protection plan under the category of neglect from the age of 8 to nearly 10, because of poor home conditions, his mother's depression and her inability to get him to school. During that time he moved to live with his maternal grandmother, Mrs A, who was granted a Special Guardianship Order in 2018. The child protection plan ended when the order was made.
P: 3.4 Mrs A is now in her sixties. The review was told by several practitioners, and Mrs A herself confirmed, that she drank heavily during 2019 and 2020, after the death of her husband, and that this was one reason why the arrangement broke down. When Tyrese was 14 she asked for him to be accommodated. He became looked after under section 20 in February 2022 and lived in two foster placements and then a children's home outside the borough.
P: 3.5 In September 2023, at his own repeated request, Tyrese returned to live with his mother. Section 20 accommodation ended and he was no longer looked after. His case was transferred to a child in need team and remained open at the time of the incident.
P: 3.6 Ms A was living in temporary accommodation with the two younger children at the time. Between 2019 and 2024 she moved five times, each time within temporary accommodation provided by the council's housing options service. The flat she had in 2023 had two bedrooms for four people; Tyrese slept on the sofa. She was in debt to an energy supplier and relied on a food bank run by a local church. Tyrese told the reviewer that "there was never anything in the fridge, so you go out and get money".
H: 4. Key episodes
H: Episode 1: Breakdown of the special guardianship (2019 to February 2022)
P: 4.1 Tyrese's school noticed that he was often late, hungry and wearing the same clothes. Teachers recorded that his grandmother sometimes smelled of alcohol at collection in Year 6. Two referrals were made to children's social care. The first was closed after a telephone call to Mrs A. The second led to a child and family assessment which concluded that Mrs A needed bereavement support and that the SGO support service should visit. The SGO support service visited twice. Neither the assessment nor the visits explored the alcohol use or what life was like for Tyrese at home.
P: 4.2 In Year 7 Tyrese was excluded twice for fighting and was moved to a pupil referral unit in Year 8. He had been referred to CAMHS for low mood in 2021 and was seen for six sessions. An ADHD assessment was started but never completed; he had no diagnosed disability.
H: Episode 2: Looked after (February 2022 to September 2023)
P: 4.3 In care, Tyrese moved three times in eighteen months. The second move, to a children's home 40 miles from Marlowe, was made in an emergency after an assault on a member of staff at his foster home. While there he went missing eleven times, usually returning to Marlowe. Return home interviews were offered after eight episodes; he took up two. He told one interviewer he had been "with mates from home" and had been given new trainers.
P: 4.4 The independent reviewing officer raised concern about exploitation in January 2023 and asked for an exploitation risk assessment. This was completed in March 2023 and graded the risk as medium. A strategy meeting under the exploitation protocol was held; the plan was to return Tyrese to Marlowe, closer to his family, as soon as possible.
H: Episode 3: Return home (September 2023 to June 2024)
P: 4.5 The plan for Tyrese's return home consisted of a single meeting. There was no assessment of whether Ms A's home could accommodate him, of how she would manage with three children in a two-bedroom temporary flat, or of the risks from the people Tyrese was already known to be spending time with. Ms A told the review she was "glad to have him back but had no idea what was going on outside".
P: 4.6 Tyrese was on roll at the Marlowe Learning Centre (a pupil referral unit), where a learning mentor built a good relationship with him. His attendance fell from 70% to 20% over the spring term. He was arrested in February 2024 in possession of cannabis and a small amount of cash and was referred to the youth offending team, who began an out-of-court disposal. The YOT worker recognised the signs of exploitation and asked for the exploitation risk assessment to be updated. It was updated in April 2024 and regraded as high. A multi-agency child exploitation meeting was arranged for 10 June.
P: 4.7 Between February and June 2024 Tyrese was reported missing by his mother seven times. The police graded each report as "medium risk". Tyrese was found in another county in three of these episodes, and on one occasion was found with a mobile phone and over 200 pounds in cash. These facts were not shared with the child in need social worker until after the incident.
H: 5. What worked well
P: 5.1 Several practitioners formed genuine relationships with Tyrese, particularly the learning mentor, the YOT worker and one residential worker. Tyrese named all three. The YOT worker identified exploitation quickly and escalated it clearly. The independent reviewing officer raised exploitation concerns in 2023 and made sure they were recorded. Ms A said the PRU was "the first place that ever rang me with good news".
H: 6. Analysis
P: 6.1 Neglect and exploitation. Tyrese's early life was one of chronic neglect, with hunger, unpredictable care and repeated moves. The review is clear that this made him vulnerable. The money and belonging that exploiters offered met needs that had never been reliably met at home. Professionals who understood neglect and professionals who understood exploitation rarely talked to one another, and the connection was not made in any plan.
P: 6.2 The special guardianship. Mrs A's alcohol use after her bereavement was visible to the school but was not assessed. SGO support consisted of two visits. The review considers that special guardians caring for older children with a history of neglect need a proper plan of support, and that a special guardian's difficulties should be assessed as those of any parent would be.
P: 6.3 Return home from care. Returning home is a significant change in a young person's life, and many return home without a plan. Tyrese's return was driven by his wishes and by the understandable wish to bring him closer to his family, but it was not assessed. When he ceased to be looked after, the support and oversight that came with that status stopped, and the risk was transferred to a child in need team that did not have the previous exploitation assessment on its file.
P: 6.4 Drift and changing risk. Risk grew steadily between September 2023 and June 2024: falling attendance, arrest, missing episodes, money and a phone. Each was responded to by the agency that saw it. No single agency held the whole picture, and the multi-agency meeting was set for a date four days after he was stabbed.
P: 6.5 Professional curiosity and adultification. Some records described Tyrese as "choosing" to associate with older men and as "streetwise". He was 16. Language of choice can lead professionals to see exploited children as offenders and to expect less of the adults around them. The review saw some evidence of this, particularly in the police grading of missing episodes.
P: 6.6 Engagement. Tyrese was described as "not engaging" by several agencies. The review found that what he did not engage with were appointments he had not chosen with people he did not know. Where a worker persisted, he did engage. His mother's engagement was consistent and she asked for help more than once.
P: 6.7 Information sharing. Police missing-person information did not reach the child in need team; the exploitation risk assessment did not transfer with the case; housing did not know that a 16-year-old was sleeping on the sofa in an overcrowded temporary flat.
P: 6.8 Organisational context. The child in need team that took on Tyrese's case had three agency social workers in nine months. Managers told the review that exploitation cases in the CIN service did not routinely come to the exploitation panel, because the panel did not have capacity to hear them.
H: 7. Findings
P: Finding 1: The link between childhood neglect and vulnerability to criminal exploitation is not reflected in assessments or plans.
P: Finding 2: Returning home from care is not treated as a significant transition requiring assessment, and support ends when the looked-after status ends.
P: Finding 3: Special guardians' own difficulties are not assessed with the same rigour as parents'.
P: Finding 4: Risk from exploitation was known to individual agencies but was not brought together in time.
P: Finding 5: The language used about exploited teenagers reduces the protection they are offered.
P: Finding 6: Capacity of the exploitation panel and instability in the CIN service reduced oversight of a young person at high risk.
H: 8. Recommendations
P: 1. Children's social care should ensure that every return home from care is supported by an assessment of the home and of risks in the community, and by a written plan reviewed at six weeks.
P: 2. Children's social care should ensure that an exploitation risk assessment follows the young person when a case transfers between teams.
P: 3. The Metropolitan Police and children's social care should agree how information from missing episodes is shared with the allocated worker within 24 hours.
P: 4. The partnership should review the capacity of the exploitation panel so that all children assessed as high risk are heard within ten working days.
P: 5. The SGO support service should undertake an annual review of support for every special guardian caring for a child over 10 who has a history of neglect.
P: 6. Housing should be invited to every multi-agency meeting for a child in temporary accommodation who is at risk of exploitation.
P: 7. The partnership should deliver training on adultification and the language used in records about exploited children.
P: 8. Partners should provide evidence, through the neglect strategy group, that neglect assessments consider the risk of exploitation for older children.
H: 9. Glossary
P: CIN - child in need. CAMHS - Child and Adolescent Mental Health Services. IRO - independent reviewing officer. NRM - National Referral Mechanism. PRU - pupil referral unit. SGO - Special Guardianship Order. YOT - youth offending team. Section 20 - accommodation of a child by agreement with the parent under the Children Act 1989.
""")

UC11 = [
 ("title", "Brackenholt Local Safeguarding Children Board"),
 ("p", "Serious Case Review: Child F and Child G. Overview Report - Summary. Published November 2017."),
 ("h", "1. Introduction"),
 ("p", "1.1 This serious case review was commissioned by the Independent Chair of Brackenholt LSCB in the North West of England in August 2016, following the death of Child F and the serious harm suffered by her younger brother, Child G. The review was conducted in accordance with Working Together to Safeguard Children 2015, using individual management reviews (IMRs) from each agency and an overview report written by an independent author, Mr Philip Garside."),
 ("p", "1.2 On 2 July 2016 Child F, who was aged 4 years 9 months, was taken to hospital by ambulance with a severe head injury. She died two days later. A post-mortem examination found that her injuries had been inflicted and also found older bruising and a healed fracture of the forearm. The mother's partner, Mr S, was later convicted of her murder. When police attended the home they found Child G, then 22 months old, strapped into a pushchair, severely underweight and with a nappy rash that had become infected. He was admitted to hospital and subsequently placed in foster care."),
 ("h", "2. Agencies that contributed"),
 ("t", [["Agency", "Contribution"],
        ["Brackenholt Children's Services", "IMR"],
        ["Lancastria Police", "IMR"],
        ["Community health (health visiting)", "IMR"],
        ["Brackenholt Hospitals NHS Trust", "IMR"],
        ["GP practice", "IMR via CCG"],
        ["National Probation Service", "IMR"],
        ["Little Steps Nursery", "Information report"],
        ["Brackenholt Homes (housing association)", "Information report"]]),
 ("h", "3. The family"),
 ("t", [["Family member", "Age in July 2016", "Living at the family home"],
        ["Child F (female)", "4 years 9 months", "Yes"],
        ["Child G (male)", "22 months", "Yes"],
        ["Mother", "24", "Yes"],
        ["Mr S, mother's partner", "33", "Yes, from February 2016"],
        ["Father of Child F and Child G", "27", "No; no contact since 2015"]]),
 ("p", "3.1 The family are White British. The mother was in foster care from the age of 11 and was supported by the leaving care service until she was 21. She described a childhood of neglect and violence in her birth family. She had several short relationships after separating from the children's father in 2015, and the family lived at six addresses in the two years before Child F's death."),
 ("p", "3.2 The mother drank to excess, mainly at weekends; police recorded her as intoxicated on four occasions. There were rumours among neighbours that she was using amphetamines but this was never confirmed. She did not have any diagnosed mental health problems, and no agency had concerns about her mental health."),
 ("p", "3.3 Mr S had convictions for grievous bodily harm against a man in 2010 and for assaulting a previous partner. He was subject to licence supervision by the probation service when he moved into the household. Police attended the family home twice in spring 2016 after reports of Mr S assaulting the mother."),
 ("h", "4. Summary of agency involvement"),
 ("p", "4.1 Both children were made subject to child protection plans under the category of neglect in October 2015 because of poor home conditions, the mother's drinking and Child G's poor weight gain. The plans were current at the time of Child F's death. Neither child was looked after."),
 ("p", "4.2 Child F attended nursery, where staff recorded aggressive behaviour, soiling and that she hoarded food. In March 2016 she attended the emergency department with a burn to her hand, explained as an accident with a kettle; the hospital made a referral to children's services, which was added to the file."),
 ("p", "4.3 The mother missed four core group meetings and cancelled health visitor appointments. When Mr S moved in, the probation officer knew that he was living with a woman with two young children but did not tell children's services. The social worker learned of him from the nursery in May 2016 but he was not assessed or seen."),
 ("h", "5. Key findings"),
 ("b", "The child protection plan did not change as risk increased: a new adult with a history of violence joined the household and domestic abuse began, but no review conference was called."),
 ("b", "Mr S was invisible to the plan. His history was held by police and probation but never shared with, or sought by, children's services."),
 ("b", "Child F's behaviour at nursery and the burn were not understood as information about her daily life at home."),
 ("b", "The mother's missed meetings and cancelled visits were not recognised as avoidance."),
 ("b", "Professionals lacked curiosity and did not challenge the mother's explanations; the burn was accepted as accidental without a strategy discussion."),
 ("b", "The social worker had a caseload of 31 children and supervision was infrequent and did not reflect on the case."),
 ("h", "6. Recommendations"),
 ("li", "1. Children's services to ensure a review conference is called whenever a new adult joins the household of a child on a plan."),
 ("li", "2. Probation to notify children's services when an offender under supervision lives with children."),
 ("li", "3. Police to share domestic abuse notifications for children on plans within 24 hours."),
 ("li", "4. The LSCB to issue guidance on assessing new partners."),
 ("li", "5. Hospitals to hold a strategy discussion for any injury to a child on a CP plan."),
 ("li", "6. Early years settings to be core group members for children on plans."),
 ("li", "7. Children's services to report on caseloads and supervision to the LSCB."),
 ("li", "8. Health visiting to escalate cancelled visits for children on plans."),
 ("li", "9. The LSCB to audit the use of its neglect toolkit in twelve months."),
]

if __name__ == "__main__":
    build_docx("uc03.docx", UC03)
    build_docx("uc11.docx", UC11)
    build_pdf("uc07.pdf", UC07)
    build_html("uc05.html", "7-Minute Briefing: Baby Ellis", UC05)
