#!/usr/bin/env python
"""Build the binary/markup reports of set b (qb03 docx, qb05 pdf, qb07 html, qb10 pdf).
Run with /work/scratch-venv/bin/python build_binary.py"""
import os, html
from docx import Document
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reports")

# ---------------------------------------------------------------- qb03 (docx)
QB03_TITLE = "Wensleigh Safeguarding Children Partnership"
QB03_SUB = "Local Child Safeguarding Practice Review concerning Abdi"
QB03_KEYFACTS = [
    ("Subject", "Abdi (name used with his mother's agreement)"),
    ("Age at death", "16 years"),
    ("Heritage", "Somali; born in the Netherlands, came to England aged 7"),
    ("Date of incident", "2 February 2024"),
    ("Cause of death", "Single stab wound to the chest, inflicted by another young person in Holloway Fields park"),
    ("Criminal proceedings", "A 17-year-old was convicted of murder in October 2024"),
    ("Legal status at incident", "Child in need (Adolescent Safety Team); not looked after"),
    ("Previous CP plan", "Yes - neglect category, 2016 to 2017"),
    ("Education", "Enrolled at Wensleigh College (Level 1 Construction); attendance 31% in the autumn term"),
    ("Youth justice", "Referral order (robbery), made June 2023"),
    ("Review method", "Hybrid model: agency reports, two practitioner workshops, family conversation"),
    ("Publication", "May 2025"),
]
QB03_BODY = [
    ("h", "1. Introduction"),
    ("p", "Wensleigh is an outer London borough. This review was commissioned after the death of the young man we call Abdi, who was fatally stabbed in a park close to his home in February 2024. He was 16 years old. The young person responsible, who was not known to Abdi before an argument on social media the previous week, has been convicted of his murder."),
    ("p", "The rapid review found that Abdi had been known to several agencies, that he had been stabbed once before, and that professionals had been worried about his safety. The Partnership decided to undertake an LCSPR so that the learning could be properly understood. The review was led by an independent reviewer, Duncan Ashworth, using a hybrid model combining agency reports with two practitioner workshops and a conversation with Abdi's mother, supported by a Somali-speaking interpreter of her choosing."),
    ("h", "2. Abdi"),
    ("p", "Abdi's mother described him as funny, generous and very close to his younger brothers, whom he walked to school most mornings. He wanted to be an electrician. He loved football and drill music, and he had a large group of friends from the estate where he lived."),
    ("p", "Abdi lived with his mother and five younger siblings. His father lives in Birmingham and has had no contact with the family since 2018. The family had lived in temporary accommodation at four different addresses in six years, most recently a two-bedroom flat that the housing officer described as seriously overcrowded. Abdi's mother receives benefits and the family had repeatedly asked for help with food and school uniform."),
    ("p", "Abdi's mother herself grew up during the civil war in Somalia; she lost her father when she was a child and spent two years in a refugee camp. She has been treated by her GP for depression since 2019. No domestic abuse was identified in the household at any point in the period reviewed."),
    ("h", "3. Summary of agency involvement"),
    ("p", "When Abdi was 8 and 9 years old the family was supported under a child protection plan for neglect, linked to the poor condition of the home, missed health appointments and the children's poor school attendance. The plan ended in 2017 when conditions improved. The case was closed to children's social care in 2018."),
    ("p", "At secondary school Abdi's behaviour deteriorated from Year 9. He was excluded for fixed periods on several occasions and spent a term at the Wensleigh Learning Centre (a pupil referral unit) in Year 10 before a supported return to mainstream school. He left school in summer 2023 with two GCSEs."),
    ("p", "In June 2023 Abdi received a referral order for a street robbery committed with two older boys. The Youth Justice Service (YJS) completed an AssetPlus assessment which identified his offending-related needs well but said little about his safety. Abdi told his YJS worker that he had not been sleeping since a close friend was killed in a neighbouring borough in spring 2023 and that he 'saw things' at night; the worker arranged for the YJS health practitioner to see him, and a plan for trauma-focused work was agreed but had not started by February 2024. It is possible that Abdi was using cannabis to help him sleep; this was never explored with him and cannot now be established."),
    ("p", "In September 2023 Abdi attended the Emergency Department at Wensleigh University Hospital with a stab wound to his buttock. He told staff he had 'fallen on something'. The hospital's youth violence intervention service, run by a local charity, saw him in the department and he agreed to follow-up. A safeguarding referral was made to children's social care, which opened a child and family assessment and allocated the case to the Adolescent Safety Team. The YJS did not learn of the stabbing for five weeks."),
    ("p", "The assessment, completed in November 2023, concluded that Abdi was a child in need, at risk of serious youth violence. A safety plan was agreed with Abdi and his mother. It relied heavily on Abdi staying at home after dark, and on his mother phoning the police if he did not. The plan was not reviewed after police intelligence in December 2023 linked Abdi to a dispute between two groups of young people."),
    ("h", "4. Findings"),
    ("p", "Finding 1 - Abdi was seen primarily as an offender rather than as a child at risk. His experience of loss, fear and trauma was known in part to several agencies, but what it was like to be Abdi, living in an overcrowded flat, bereaved, and unsafe on his own estate, was not understood."),
    ("p", "Finding 2 - The first stabbing was a critical moment, and the response to it did not sufficiently change the plan. Risk escalated through the autumn and winter of 2023 without reassessment."),
    ("p", "Finding 3 - Information did not reach the right people in time. The ED referral and police intelligence were not shared with the YJS promptly, and the college did not know Abdi was open to social care."),
    ("p", "Finding 4 - Practitioners accepted explanations at face value ('fell on something'), and no agency challenged a safety plan that placed responsibility on a mother whose first language is not English and whose depression was known."),
    ("p", "Finding 5 - Assessments did not bring together the history of neglect, the family's housing and poverty, and extra-familial risk. AssetPlus and the child and family assessment were completed in parallel and neither referred to the other."),
    ("p", "Abdi's mother was described in several records as 'hard to reach'. The review found that she was almost always spoken to without an interpreter. The label was unfair and is not repeated in this report."),
    ("h", "5. Recommendations"),
    ("n", "The Partnership should agree a protocol for a multi-agency meeting within five working days whenever a child known to any agency attends hospital with a knife or other weapon injury."),
    ("n", "The YJS and children's social care should develop a single joint assessment and plan for children open to both services."),
    ("n", "Safety plans for children at risk of serious youth violence must be reviewed after any new intelligence or incident, and must not rely solely on parents."),
    ("n", "All agencies should audit the use of interpreters for parents whose first language is not English, and report to the Partnership within six months."),
    ("n", "Wensleigh College and the Local Authority should agree how colleges are informed when a student aged 16-18 is open to children's social care or the YJS."),
    ("h", "Glossary"),
    ("p", "AssetPlus - the assessment framework used by youth justice services. ED - Emergency Department. LCSPR - Local Child Safeguarding Practice Review. YJS - Youth Justice Service."),
]

def build_qb03():
    d = Document()
    d.add_heading(QB03_TITLE, 0)
    d.add_paragraph(QB03_SUB)
    d.add_heading("Key facts", 1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in QB03_KEYFACTS:
        row = t.add_row().cells
        row[0].text = k
        row[1].text = v
    for kind, text in QB03_BODY:
        if kind == "h":
            d.add_heading(text, 1)
        elif kind == "n":
            d.add_paragraph(text, style="List Number")
        else:
            d.add_paragraph(text)
    d.save(os.path.join(OUT, "qb03.docx"))


# ---------------------------------------------------------------- qb05 (pdf)
QB05 = [
("T", "BRACKENMOOR SAFEGUARDING CHILDREN PARTNERSHIP"),
("T", "Child L: Local Child Safeguarding Practice Review"),
("p", "SILP review - Final report - Published April 2025"),
("H", "1. Introduction"),
("p", "Brackenmoor is a unitary authority in the North West of England. This review concerns Child L, a girl of 15 who was looked after by Brackenmoor Council and living in a residential children's home in Saltley Haven, a coastal district roughly 120 miles from Brackenmoor, run by a private provider. In February 2024 Child L was found by police in a hotel room in a neighbouring city with two adult men, having been missing from her placement for 30 hours. She had been given alcohol and drugs and had been sexually assaulted. She was taken to a sexual assault referral centre and then to hospital. Three men have since been charged with offences including rape of a child and arranging or facilitating the commission of a child sex offence."),
("p", "The review was carried out using the Significant Incident Learning Process (SILP). Agency reports were prepared by Brackenmoor and Saltley Haven agencies and by the provider, followed by a learning event and a recall event. The lead reviewer was Catherine Abernethy. Child L chose not to meet the reviewer but wrote a letter, which is quoted with her permission."),
("H", "2. About Child L"),
("p", "Child L was 15 at the time of the incident. Her records list her as Mixed - White and Black Caribbean; she describes herself as 'mixed race and proud of it'. She is artistic, quick-witted and a talented netball player. She told the reviewer: 'I want people to know I'm not a bad kid. I was just a kid.'"),
("p", "Child L became subject to a child protection plan under the category of neglect when she was 10. The plan ended when she became looked after under an interim care order at the age of 12, and a full care order was made in 2021. Before she came into care, she had lived with her mother, who used heroin and drank heavily, and with a succession of her mother's partners; Child L witnessed violence between her mother and at least two of them. Child L's mother was herself in care as a teenager. Child L's father, who is in prison for wounding with intent, has had no contact with her for many years."),
("p", "In care, Child L had two foster placements that broke down. She moved to the residential home in Saltley Haven in May 2023 because, according to the placement request, 'no suitable placement in or near Brackenmoor could be identified'. At the time of the incident she was not on a school roll in Saltley Haven and was receiving five hours a week of online tuition; this was not elective home education but an interim arrangement that had lasted seven months."),
("H", "3. What happened"),
("p", "Child L had self-harmed and struggled with low mood since she was 12, and had been seen by CAMHS in Brackenmoor. Her CAMHS case was closed when she moved out of area and the referral to the Saltley Haven CAMHS team was still awaiting triage when she was harmed. She had been using cannabis regularly from 13 and, by late 2023, ketamine; she was referred to the young people's substance misuse service in Saltley Haven and attended twice."),
("p", "Between June 2023 and February 2024 Child L went missing from the home 17 times. Staff noticed new clothes, a second phone, cigarettes and vodka, and that she was being collected by cars. The provider's missing records were thorough. However, the host local authority in Saltley Haven was not notified of Child L's placement for four months, and local police were not given a risk assessment when she arrived. Saltley Haven's multi-agency exploitation meeting first heard of Child L in November 2023."),
("p", "A Brackenmoor strategy discussion in December 2023 recorded that Child L was at 'high risk of CSE'. The plan was to 'continue to monitor' and to consider a secure accommodation application. No application was made. Child L's social worker was based 120 miles away and visited every six weeks, the statutory minimum; her Independent Reviewing Officer had not met her in person since July. A specialist sexual exploitation worker from a Saltley Haven charity had started work with Child L in January 2024 and Child L had begun to trust her."),
("H", "4. Findings"),
("p", "4.1 Placing Child L out of area was a decision driven by a lack of placements, not by her needs, and the risks of the move were not assessed. This reflects a national shortage of placements but also a local commissioning gap, which leaders acknowledged."),
("p", "4.2 Information did not follow Child L. Host authority notification, police notification and the CAMHS transfer were all late or incomplete."),
("p", "4.3 Risk increased steadily over eight months without a change in plan. 'Continue to monitor' was repeated in three successive meetings."),
("p", "4.4 Professionals did not challenge the drift. The IRO raised concerns by email but did not use the formal dispute resolution process."),
("p", "4.5 Assessments of Child L did not consider how her early experiences, including neglect and witnessing domestic abuse, made her more vulnerable to adults offering affection and belonging."),
("p", "4.6 Child L's voice was strong in the provider's records and absent from the local authority's. Her own account of her daily life - bored, without school, far from her friends and her younger brother - was not heard by the people making decisions."),
("H", "5. Recommendations"),
("n", "1. Brackenmoor Council should ensure that every out of area placement of a child at risk of exploitation is preceded by a multi-agency risk assessment shared with the host authority and police."),
("n", "2. Brackenmoor Council should report to the Partnership on compliance with the requirement to notify host authorities of placements."),
("n", "3. The Partnership should ask the Integrated Care Board to agree a protocol so that looked after children moving area keep their CAMHS support until the receiving service has seen them."),
("n", "4. The IRO service should audit use of the dispute resolution process for children at risk of exploitation."),
("n", "5. Brackenmoor Council should set out its sufficiency plan for placements within the borough for adolescents with complex needs."),
("n", "6. Police forces in Brackenmoor and Saltley Haven should agree a protocol for sharing intelligence about looked after children placed across force boundaries."),
("H", "Glossary"),
("p", "CSE - child sexual exploitation. IRO - Independent Reviewing Officer. SILP - Significant Incident Learning Process. SARC - sexual assault referral centre."),
]

def _pdf(blocks, path):
    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    for kind, text in blocks:
        if kind == "T":
            pdf.set_font("Helvetica", "B", 14)
            pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "H":
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(path)

def build_qb05():
    _pdf(QB05, os.path.join(OUT, "qb05.pdf"))


# ---------------------------------------------------------------- qb07 (html)
QB07_HTML = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Child M - learning from a local child safeguarding practice review | Rownham Vale Safeguarding Partnership</title>
<style>body{font-family:Arial,sans-serif;max-width:860px;margin:auto} .callout{background:#eef4fb;padding:10px;border-left:4px solid #2a6ebb} nav a{margin-right:12px}</style></head>
<body>
<nav><a href="/">Home</a><a href="/reviews">Case reviews</a><a href="/training">Training</a><a href="/contact">Contact</a></nav>
<header><h1>Child M: learning from a local child safeguarding practice review</h1>
<p>Rownham Vale Safeguarding Partnership &middot; Published 14 October 2024 &middot; Education and early help practitioners, designated safeguarding leads, GPs</p></header>
<main>
<section><h2>About this review</h2>
<p>In the autumn of 2023 police officers attended a home in Rownham Vale after an online safety organisation passed on a report from an overseas platform. They found that Child M, then 13 years old, had for almost a year been groomed by an adult through an online game and then through a messaging app, and had been coerced into producing sexual images of himself and into live-streamed sexual activity. The adult, who lives in another country, has not yet been identified.</p>
<p>The Rownham Vale Safeguarding Partnership commissioned an independent reviewer, Helen Mbeki-Crane, to carry out a local child safeguarding practice review. She read agency reports, held a practitioner event and met Child M's mother and stepfather, with a Polish interpreter. Child M did not wish to take part but agreed to his mother sharing some of his views. This page summarises the full report, which is available on request.</p></section>

<section><h2>Child M and his family</h2>
<p>Child M's family are Polish. He was born in Gda&#324;sk and came to England when he was 6, with his mother. His mother works long night shifts at a distribution centre. She married Child M's stepfather in 2019; Child M's father lives in Poland and speaks to him occasionally. His stepfather told the reviewer that he had a problem with alcohol in his twenties and has not drunk for more than ten years. The family has few friends locally and his mother said she had "nobody to ask" about English schools or about the internet.</p>
<p>Child M loves strategy games, drawing and his cat. He is described by his mother as gentle and "too trusting".</p></section>

<section><h2>Home education</h2>
<p>Child M attended a local primary school and then, in September 2021, Kestrel Hill Academy. In Year 7 he was bullied, including being mocked for his accent, and became very anxious; his GP prescribed nothing but referred him to CAMHS, which did not accept the referral and signposted the family to an online support service. His attendance dropped to 60%. In March 2022 his mother wrote to the school to say she would educate him at home. The school removed him from roll two days later. It did not hold a meeting with the family, and it did not tell the local authority's elective home education (EHE) team about the bullying, the anxiety or his falling attendance.</p>
<p>The EHE team wrote to the family twice in 2022 asking for information about his education. The family did not reply to either letter. The team, which had one officer for more than 900 electively home educated children, closed its enquiry after the second letter, recording that "there is no evidence that education is unsuitable". No professional saw Child M between March 2022 and the police visit in October 2023.</p>
<div class="callout"><p><strong>In his own words (shared by his mother):</strong> "At home the game was my school and my friends. He was the only one who asked me about my day."</p></div></section>

<section><h2>What the review found</h2>
<ol>
<li><strong>Child M's daily life was invisible.</strong> Once he left school no professional knew how he spent his days, and no one had ever asked him about his life online.</li>
<li><strong>Information did not move with him.</strong> The school did not share what it knew when he came off roll. The GP did not know he was no longer at school. The CAMHS decision was not shared with the school.</li>
<li><strong>Professionals did not question.</strong> The school accepted the withdrawal letter without curiosity about why an anxious, bullied child was leaving, and the EHE team accepted silence as an answer.</li>
<li><strong>Capacity shaped practice.</strong> A single EHE officer for 900 children cannot follow up unanswered letters; leaders accepted that the service was under-resourced.</li>
<li><strong>Non-engagement was not seen as a signal.</strong> The family's lack of reply to two letters closed the case rather than prompting a visit.</li>
</ol>
<p>Child M was not known to children's social care before the police referral. There was no suggestion at any point that his mother or stepfather were aware of the abuse, and the review found no evidence of domestic abuse in the home.</p></section>

<section><h2>Recommendations</h2>
<ol>
<li>Schools must notify the EHE team, with reasons and known vulnerabilities, whenever a child is removed from roll for home education, and should offer a meeting to the family before removal.</li>
<li>The Local Authority should review the capacity of the EHE team and set a standard that every newly home-educated child with known vulnerabilities is seen within 20 school days.</li>
<li>The EHE team should have a clear route to the MASH when a family does not respond and there are vulnerabilities on record.</li>
<li>The Partnership should provide online safety information for parents in the main community languages of Rownham Vale, starting with Polish, Romanian and Urdu.</li>
</ol></section>
</main>
<footer><p>&copy; Rownham Vale Safeguarding Partnership. If you are worried about a child, contact the MASH.</p></footer>
</body></html>
"""

def build_qb07():
    with open(os.path.join(OUT, "qb07.html"), "w", encoding="utf-8") as fh:
        fh.write(QB07_HTML)


# ---------------------------------------------------------------- qb10 (pdf)
QB10 = [
("T", "ASHCOMBE LOCAL SAFEGUARDING CHILDREN BOARD"),
("T", "Serious Case Review: Child H - Overview Report"),
("p", "Independent Chair and Overview Author: Peter Lindqvist-Moore. Final version approved by the LSCB on 30 November 2018; published February 2019."),
("H", "1. Introduction"),
("p", "1.1 This Serious Case Review (SCR) was commissioned by the Ashcombe LSCB under Regulation 5 of the Local Safeguarding Children Boards Regulations 2006 and chapter 4 of Working Together to Safeguard Children (2015). Ashcombe is a district in the East Midlands."),
("p", "1.2 On 11 September 2017 Child H, a boy aged 9 years, was taken to the Emergency Department of Ashcombe Royal Infirmary by his mother with a swollen thigh. X-rays showed a fractured femur, and a skeletal survey found healing fractures to three ribs and a forearm, which were estimated to be between three and eight weeks old. There was bruising to his upper arms and back. His mother's partner, Mr K, was subsequently convicted of causing grievous bodily harm with intent and of cruelty to a person under 16, and was sentenced to nine years' imprisonment."),
("p", "1.3 The SCR followed the traditional model: Individual Management Reviews (IMRs) were commissioned from eight agencies, a panel of senior managers oversaw the review, and this overview report draws together their analysis. The terms of reference asked the review to focus on: the impact of Child H's disability on professionals' recognition of abuse; the assessment of adults in the household; the response to injuries; and the voice of the child."),
("H", "2. Child H and his family"),
("p", "2.1 Child H is of Pakistani heritage (recorded in agency records as Asian/Asian British - Pakistani). He has cerebral palsy affecting all four limbs, uses a wheelchair and communicates using eye gaze and a small number of signs. He attended Oakmead Special School. Staff there describe him as sociable, with a great love of music and of being tickled, and say that he could make his likes and dislikes very clear to those who knew him well."),
("p", "2.2 Child H lived with his mother and, from late 2016, with Mr K. His parents had separated in 2013; his father lives in another town and saw him monthly until mid-2017. Child H also received overnight short breaks one weekend a month at a residential unit commissioned by the local authority; he was not a looked after child. His mother had been treated for depression by her GP since Child H's birth. She told the review that after Mr K moved in she lost touch with her sisters, who had been her main support."),
("p", "2.3 Mr K had a previous conviction for assaulting a former partner in 2012. This was known to the police but was not known to any other agency until after the incident. There were two police call-outs to arguments between Child H's mother and Mr K in the spring of 2017; on the second, a neighbour reported hearing a man shouting and a woman crying. Both were recorded as verbal domestic incidents."),
("H", "3. Agency involvement"),
("p", "3.1 Child H had been subject to a child protection plan under the category of physical abuse for seven months in 2015, following unexplained bruising while he was in the care of a previous partner of his mother; the plan ended when that man left the household. At the time of the incident Child H was open to the disabled children's team as a child in need, with an annual review of his short breaks package."),
("p", "3.2 In June 2017 Child H was seen at the fracture clinic with a fractured forearm. His mother said it had happened during a transfer from his wheelchair. The orthopaedic team accepted this explanation, noting that children with cerebral palsy may have reduced bone density. No safeguarding referral was made, and no skeletal survey was considered. The school was told Child H had 'had a fall'."),
("p", "3.3 Between June and September 2017 the school recorded that Child H flinched when hoisted, cried when a male taxi escort approached, and had bruising on his arm. The bruising was attributed to his splints. The social worker in the disabled children's team cancelled one home visit and had two visits cancelled by Child H's mother. On the one visit that took place, Mr K was present but was not spoken to, and his name was not recorded."),
("H", "4. Analysis and findings"),
("p", "4.1 Professionals were too ready to attribute signs of harm to Child H's disability. This is a well-documented pattern in the abuse of disabled children, and here it meant that the fracture, bruising and behavioural changes were each explained away."),
("p", "4.2 Child H's voice was not heard. No professional used his communication methods to ask him about his injuries or his home life, though school staff were skilled in them."),
("p", "4.3 Mr K was invisible. The CIN assessment of 2016 pre-dated his arrival and was never updated. No checks were made on him, and the police information about his previous conviction and the two domestic incidents was not shared with the disabled children's team or the school."),
("p", "4.4 The history of the 2015 child protection plan was not considered when new injuries occurred, and risk was not re-assessed as the household changed."),
("p", "4.5 Cancelled visits and the mother's apparent cooperation at the fracture clinic were not recognised as possible disguised compliance."),
("p", "4.6 Professionals did not challenge each other. School staff told the review they assumed 'the hospital would have picked it up'."),
("H", "5. Recommendations"),
("n", "1. The LSCB should issue multi-agency guidance on the recognition of abuse in disabled children, including bruising and fractures in children with reduced mobility."),
("n", "2. Ashcombe Royal Infirmary should ensure that every fracture in a non-mobile or disabled child triggers a safeguarding discussion with a named paediatrician."),
("n", "3. The disabled children's team should re-assess any child in need whose household composition changes."),
("n", "4. Children's social care should ensure that all adults in the household are identified, checked and seen."),
("n", "5. Police should share information about domestic incidents in households with a child open to children's social care within 24 hours."),
("n", "6. Schools, particularly special schools, should be invited to contribute to all CIN reviews."),
("n", "7. All agencies should ensure that disabled children's communication methods are used to seek their views."),
("n", "8. The LSCB should audit the use of the escalation policy by special schools."),
("n", "9. The LSCB should seek assurance on the recording of cancelled and missed visits and the management oversight of them."),
]

def build_qb10():
    _pdf(QB10, os.path.join(OUT, "qb10.pdf"))

#@@MORE@@

if __name__ == "__main__":
    build_qb03()
    for name in ("build_qb05", "build_qb07", "build_qb10"):
        if name in globals():
            globals()[name]()
    print("built")
