"""Build the binary/markup reports of writer c (qc03.docx, qc06.pdf, qc04.html, qc10.docx).
Run with /work/scratch-venv/bin/python build_binary.py"""
import os
from docx import Document
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reports")

# ---------------------------------------------------------------- qc03.docx
QC03_HEAD = [
    ("title", "Kestrelford Safeguarding Partnership"),
    ("title", "Local Child Safeguarding Practice Review: Children S1 and S2"),
    ("p", "Review method: Significant Incident Learning Process (SILP). Lead reviewer: independent SILP reviewer. Report agreed: September 2023. Published: November 2023."),
    ("h", "Section 1. Summary of the incident"),
    ("p", "In March 2022 the younger child, S2, was brought to the children's ward of Kestrelford Royal Infirmary by ambulance after his father called 111 because S2 would not wake properly. He was found to be severely underweight (below the 0.4th centile, having been on the 25th centile at his two-year review), dehydrated, with untreated dental decay affecting ten teeth and a nappy rash with open skin. A strategy discussion was held the same day and his sister S1 was seen at school: she had an untreated dental abscess, severe head lice with infected scalp sores, and had attended school on only 31% of sessions that term. Both children survived. Both were placed in foster care under an interim care order; S2 has since gained weight steadily."),
    ("p", "The notification was made as serious harm (neglect) for both children. The SILP review was commissioned in May 2022."),
    ("h", "Section 2. Subject children"),
]
QC03_CHILD_TABLE = [
    ["", "Child S1", "Child S2"],
    ["Sex", "Female", "Male"],
    ["Age at incident", "6 years 2 months (Year 1)", "3 years 8 months"],
    ["Ethnicity", "White British", "White British"],
    ["Health / disability", "No identified disability", "Diagnosis of autism (Dec 2021); awaiting SALT"],
    ["Education", "On roll at Brackenside Primary; 31% attendance spring term", "Funded 3-year-old nursery place; attended 5 sessions"],
    ["Status at incident", "Case closed to CSC Nov 2021; previous CP plan (neglect) Feb 2020 - Mar 2021", "As S1"],
    ["Looked after before incident?", "No", "No"],
]
QC03_FAMILY_TABLE = [
    ["Family member", "Relationship", "Relevant information (as recorded by agencies)"],
    ["Ms P (31)", "Mother", "Mild learning disability, assessed by the community learning disability team in 2015. Referred to talking therapies for anxiety in 2021; did not attend the two appointments offered. No evidence of drug or alcohol misuse."],
    ["Mr P (38)", "Father; married to Ms P, living together", "Says he has 'learning difficulties'; never formally assessed. Told the SILP author he 'drank too much' in his twenties and stopped in 2018; no agency saw signs of current alcohol misuse. Subject to a CP plan for neglect himself as a child (his own records). Caution for theft, 2009; no other convictions."],
    ["Jordan (15)", "Half-brother (mother's son)", "Lives with his father in another authority. Not a subject of this review. Known to the YOT there; no contact with the family since 2020."],
    ["Maternal grandmother", "-", "Lives 40 miles away; occasional phone contact. Made the 2021 allegation (see below)."],
]
QC03_BODY = [
    ("h", "Section 3. Family context"),
    ("p", "The parents are married and live together. Family members, practitioners and the parents themselves describe a family with very little support around them: no extended family nearby, few friends, and no connection with community groups since the children's centre closed. In the three years before the incident the family moved home four times, each time to privately rented accommodation, twice following a section 21 notice. The last property had severe damp and black mould in the children's bedroom; environmental health served an improvement notice on the landlord in January 2022."),
    ("p", "Money was a constant worry. The family lived on Universal Credit, with deductions for an advance and a previous overpayment; they used a prepayment meter and told the reviewer that in the winter of 2021-22 they were often 'self-disconnecting' because they could not afford to top up. They used the food bank eleven times in 2021."),
    ("p", "In July 2021 the maternal grandmother telephoned the police alleging that Mr P had hit Ms P. Police and a social worker visited the same day. Both parents denied it, Ms P had no injuries, there were no previous or later call-outs, and the grandmother, when spoken to again, said she had 'heard it second hand'. The allegation was investigated and not substantiated. The review found no other indication of domestic abuse in this household."),
    ("h", "Section 4. Agency involvement (summary)"),
    ("p", "Children's social care: CP plan for both children (category neglect) from February 2020; stepped down to child in need in March 2021; CIN plan closed November 2021 with a recorded rationale that 'the home conditions are now good enough and the parents are engaging'. Health visiting: regular contact until the CP plan ended; S2's two-year review in June 2021 was normal for weight; the 27-30 month contact was not offered because the service had suspended it for capacity reasons. GP: S2 referred to paediatric outpatients for faltering growth in January 2022 (two appointments not attended, the second letter returned 'not known at this address'). School: attendance concerns raised with the education welfare officer; the school did not know the CIN plan had closed. Housing: the council's housing options team and environmental health were involved about the damp; neither knew the children had been on a CP plan. Voluntary sector: food bank."),
    ("h", "Section 5. Analysis and learning"),
    ("p", "5.1 Adapting practice to parents with learning disability. The pre-proceedings parenting assessment in 2020 was a standard assessment. It was not adapted for Ms P's learning disability and Mr P's reported difficulties: written agreements were long and complex, and the parents told the reviewer they signed things they did not understand. No referral was made to the adult learning disability team for support, and no consideration was given to whether the parents could sustain change once support was withdrawn. The assessment therefore did not analyse the history or the parents' capacity to change."),
    ("p", "5.2 Step-down and closure. The CP plan ended on the basis of improved home conditions. The child in need plan was then closed after eight months. The reviewer found no evidence that the cumulative picture - four moves, growing debt, an autistic three-year-old with feeding difficulties, a school-age child with falling attendance - was re-assessed at the point of closure. Risk was changing and drift followed."),
    ("p", "5.3 Missed appointments. Missed paediatric and talking therapies appointments and unused nursery sessions were each recorded by the agency concerned as 'did not attend' and the family discharged or written to. These were children who were not being brought, and a family who could not manage letters and appointments, rather than a family deliberately avoiding services; nonetheless the pattern of non-engagement was not recognised as a risk."),
    ("p", "5.4 Information sharing. The school, housing and the GP each held part of the picture after the CIN plan closed. There was no forum in which that information came together, and agencies did not tell each other what they knew."),
    ("p", "5.5 The children's experience. S1 told her foster carer that she was called 'smelly' by other children at school and that she sometimes hid at lunchtime. S2's distressed behaviour (head banging, refusing food) had been attributed by professionals to his autism alone. Neither child's daily lived experience was explored after the plan ended."),
    ("p", "5.6 Fathers. Mr P attended every conference and core group and was fully included in the assessment; the review did not identify the engagement of the father as an issue in this case."),
    ("h", "Section 6. Recommendations"),
    ("n", "1. Kestrelford Safeguarding Partnership to adopt a practice standard for assessing and supporting parents with learning disability, including use of accessible written material and joint working with the adult learning disability team."),
    ("n", "2. Children's social care to audit step-down and closure decisions for children previously on CP plans for neglect, checking that the cumulative history is analysed."),
    ("n", "3. Health partners to implement a 'was not brought' policy across community paediatrics, therapies and primary care."),
    ("n", "4. The 0-19 service to report to the partnership on restoration of the 27-30 month contact."),
    ("n", "5. Housing and environmental health to include a question about children's social care involvement and children's health in disrepair visits, and to share concerns with the MASH."),
]


def build_qc03():
    d = Document()
    for kind, text in QC03_HEAD:
        if kind == "title":
            d.add_heading(text, level=1)
        elif kind == "h":
            d.add_heading(text, level=2)
        else:
            d.add_paragraph(text)
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for row in QC03_CHILD_TABLE:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    d.add_heading("Family members", level=2)
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for row in QC03_FAMILY_TABLE:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    for kind, text in QC03_BODY:
        if kind == "h":
            d.add_heading(text, level=2)
        elif kind == "n":
            d.add_paragraph(text)
        else:
            d.add_paragraph(text)
    d.save(os.path.join(OUT, "qc03.docx"))


# ---------------------------------------------------------------- qc04.html
QC04_HTML = r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Child Safeguarding Practice Review: Child T - Lowmoor Safeguarding Children Partnership</title>
<style>body{font-family:Arial,sans-serif;max-width:860px;margin:auto}nav a{margin-right:1em}.callout{background:#eef;padding:1em}</style>
</head>
<body>
<header>
<nav><a href="/">Home</a><a href="/reviews">Published reviews</a><a href="/training">Training</a><a href="/contact">Contact us</a></nav>
<p class="breadcrumb">Home &gt; Published reviews &gt; 2025 &gt; Child T</p>
</header>
<main>
<h1>Local Child Safeguarding Practice Review: Child T</h1>
<p><strong>Lowmoor Safeguarding Children Partnership</strong> (London Borough of Lowmoor). Published 3 April 2025. Independent author: Marcus Oyelaran-Hughes.</p>
<div class="callout"><p>This page is an accessible version of the review. A PDF is available on request. Please note the content of this review may be distressing.</p></div>

<h2>1. Introduction</h2>
<p>Child T was a 16-year-old Black British boy who was stabbed in a street near his home in April 2024 and died at the scene. Two young men, neither of them known to T's family, were later convicted of his murder. The partnership notified the Child Safeguarding Practice Review Panel, completed a rapid review and commissioned this review. The methodology was a hybrid: agency reports, a practitioner learning event, conversations with T's mother and older sister, and an appreciative look at what worked.</p>
<p>T's mother asked us to say that he was clever, that he loved football and drawing trainers, and that "he was a child, not a gang member". This review agrees with her.</p>

<h2>2. T and his family</h2>
<p>T lived with his mother and his younger brother (aged 11) in temporary accommodation in the borough. His older sister (20) lives independently. T's younger brother and sister are not subjects of this review. T did not have a diagnosed disability; a referral for an ADHD assessment was made in 2021 but the assessment had not taken place by the time he died.</p>
<p>T's mother has spoken openly about her alcohol dependency. She completed a community detox in 2019, relapsed in 2022 and was working with the borough's drug and alcohol service at the time of T's death. She has also had treatment from her GP for depression over many years.</p>
<p>T's father has been in prison for most of T's life. He has convictions for robbery and possession of a bladed article, and was released on licence in late 2023, living in a hostel in another borough under the supervision of the Probation Service. T's mother told the police in 2022 that T's father had been using cocaine; this was never confirmed and the Probation Service had no record of it. The parents separated in 2013 in bitter circumstances. There had been domestic abuse by T's father towards T's mother when T was a toddler; there has been no domestic abuse in the household since his imprisonment in 2016.</p>
<p>The family were evicted for rent arrears in 2020 and have since lived in five different temporary addresses, two of them outside the borough, so that T travelled long distances to school and was moved away from, then back towards, the area where he was later exploited. His mother described "choosing between the gas and the school shoes".</p>

<h2>3. What happened - key practice episodes</h2>
<h3>Episode 1: 2020-2022 - care, then home</h3>
<p>T was the subject of a child protection plan under the category of neglect from 2020 to 2022, when his mother's drinking was at its worst. In 2022, aged 14, he was accommodated under section 20 for four months after his mother was admitted to hospital; he returned home when she was discharged and the plan ended in November 2022. He was then supported under a child in need plan, which was open when he died. He was not a looked-after child at the time of his death.</p>
<h3>Episode 2: 2022-2023 - exclusion and exploitation</h3>
<p>T was permanently excluded from his secondary school in Year 10 following an incident in which he was found with cannabis and a large sum of cash. He went to the borough's pupil referral unit, where he was on roll and attending about half of the time. Staff at the PRU were the first to raise a concern about criminal exploitation: T had new clothes and two phones, went missing overnight three times, and was found by British Transport Police in a seaside town with drugs packaged for supply. A National Referral Mechanism referral was made and a positive reasonable grounds decision followed. T used cannabis daily by the age of 15 and told his youth justice worker it "stopped his head racing". He was referred to CAMHS for low mood and poor sleep; he attended one appointment and was then discharged after two "did not attend" letters. No indicators of sexual exploitation were identified at any stage.</p>
<h3>Episode 3: January - April 2024 - escalating risk</h3>
<p>In January 2024 T attended the Emergency Department with a stab wound to his thigh, which he said was an accident. The hospital's youth violence worker (from a local charity) met him at the bedside and he agreed to mentoring. A strategy meeting under the contextual safeguarding protocol was held, but the safety plan relied on T staying within the borough while the family was about to be moved again. T had five social workers in eighteen months. His youth justice worker was the most consistent adult in his life, but the Youth Justice Service did not learn that T's father had been released and was trying to make contact with him.</p>

<h2>4. Analysis</h2>
<p><strong>Seeing T as a child.</strong> In records from 2023 onwards T's behaviour was often described as "lifestyle choices" and his non-attendance as "refusing to engage". This language obscured the fact that T was being criminally exploited and that his reluctance to engage was a predictable response to fear and to the repeated changes of worker.</p>
<p><strong>Changing risk.</strong> Risk increased sharply after the stab wound in January 2024 but plans were not reviewed when the family's housing changed, and the CIN plan was not escalated to a child protection conference.</p>
<p><strong>Information sharing.</strong> Housing, probation, youth justice and children's social care each held vital information (an imminent move; the father's release; new intelligence about the group T was linked with) that was not shared in time.</p>
<p><strong>Fathers.</strong> T's father was never spoken with by children's social care, although he was on licence and known to the Probation Service, and T had talked about wanting to see him.</p>
<p><strong>Workforce.</strong> Turnover in the adolescent team was high, caseloads exceeded local limits, and managers acknowledged that supervision was "reactive". The review regards this as a significant factor.</p>
<p><strong>What worked.</strong> The PRU's early identification of exploitation, and the hospital youth violence worker's response, were good practice.</p>

<h2>5. Recommendations</h2>
<ol>
<li>The partnership should ensure that children at risk of criminal exploitation are considered for a child protection conference when risk escalates, including after any injury from violence.</li>
<li>Housing and children's social care should agree a protocol so that no family with an exploited child is moved without a multi-agency risk discussion.</li>
<li>The Probation Service and children's social care should share information when a parent of an open case is released from custody.</li>
<li>CAMHS should replace discharge after non-attendance with active follow-up for young people known to youth justice.</li>
<li>All agencies should review the language used in records about exploited children.</li>
<li>Children's social care should report to the partnership on workforce stability in the adolescent service every six months.</li>
<li>The partnership should commission training on working with parents who misuse alcohol while parenting adolescents.</li>
</ol>

<h2>Glossary</h2>
<dl><dt>CIN</dt><dd>Child in need</dd><dt>NRM</dt><dd>National Referral Mechanism</dd><dt>PRU</dt><dd>Pupil referral unit</dd><dt>YJS</dt><dd>Youth Justice Service</dd><dt>CAMHS</dt><dd>Child and adolescent mental health services</dd></dl>
</main>
<footer><p>&copy; Lowmoor Safeguarding Children Partnership. <a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""


def build_qc04():
    with open(os.path.join(OUT, "qc04.html"), "w", encoding="utf-8") as fh:
        fh.write(QC04_HTML)


# ---------------------------------------------------------------- qc06.pdf
QC06_TEXT = r"""WESTMARCH SAFEGUARDING CHILDREN PARTNERSHIP
Local Child Safeguarding Practice Review - Baby F

Published: 28 April 2022
Reviewer: Annika Sorensen-Boyd, independent reviewer
Approach: appreciative inquiry, with a practitioner workshop and family conversations

1. Why this review was carried out

1.1 Baby F was a boy who lived with his mother and father in Westmarch, a district in the West Midlands. In September 2021, when he was ten weeks old, his father called an ambulance saying F had stopped breathing. F had a skull fracture, subdural and retinal haemorrhages and old rib fractures. He died four days later. His father later pleaded guilty to manslaughter, accepting that he had shaken F and thrown him onto a changing mat when F would not stop crying. F's mother was not present at the time.

1.2 The safeguarding partners agreed, and the national Panel accepted, that a local child safeguarding practice review should be undertaken. The review used an appreciative inquiry approach: it asked practitioners what had gone well as well as what could be better, and focused on the system rather than on individuals.

2. The family

2.1 F's mother (Ms F, 20) has a learning difficulty. She attended a special school and was known to the adult social care learning disability team, who supported her with budgeting and a tenancy when she was 18. F's father (Mr F, 23) has no known learning needs. The parents were not married but had lived together for two years and were living together when F died.

2.2 Mr F had been cautioned for possession of cannabis in 2019 and was convicted of the same offence again in 2020, receiving a fine. He told the midwife at the booking appointment, when asked about his partner's pregnancy, that he smoked cannabis "every night to help me sleep", and said the same to the health visitor at the new birth visit. There is no record of any violent offence or of any previous concern about violence. Ms F told professionals that she did not use cannabis and did not drink; the review has no information to the contrary.

2.3 No mental health concerns for either parent were known to any agency, and the review has not identified any. Routine enquiry about domestic abuse was made four times in pregnancy and after the birth (twice with Ms F alone); there was no evidence of domestic abuse in the parents' relationship, and none has emerged since.

2.4 Mr F lost his job in a warehouse in June 2021, a month before F was born. The family's finances were stretched: they had applied for a crisis grant for a cot and pram and were behind with their energy bills.

3. Summary of agency involvement

3.1 Midwifery made a referral to children's social care at 20 weeks of pregnancy because of Ms F's learning difficulty. A pre-birth single assessment was completed. It concluded that Ms F had "good support from her partner and the learning disability team" and closed with no further action and advice to the health visitor to provide an enhanced service. F had not been subject to a child protection plan and was not open to children's social care when he died.

3.2 Health visiting provided an enhanced service: antenatal contact, a new birth visit, and weekly visits until six weeks. Information sharing between midwifery and health visiting was timely and thorough, and the health visitor adapted her written advice for Ms F, using pictures. This was good practice.

3.3 At six weeks F was taken by his mother to the GP because of "constant crying". The GP found no illness, reassured Ms F and suggested infant colic drops. F's father was not present.

3.4 ICON advice about coping with crying was given to Ms F by the midwife on the postnatal ward and again by the health visitor at the new birth visit. Mr F was at work on the ward discharge day and in the kitchen during the new birth visit; nobody gave the advice to him directly.

4. What the review learned

4.1 The father was not seen. Every agency focused its attention on Ms F, because her learning difficulty was the reason for the referral. Mr F was described in the pre-birth assessment as "the protective factor", but he was never spoken to alone, his cannabis use and his convictions were not considered, and no one asked how he managed stress or a crying baby. Practitioners at the workshop said that they had "seen the mum's needs and stopped there".

4.2 The pre-birth assessment did not assess both parents. It concentrated on Ms F's capacity, did not analyse the father's history, and drew a conclusion about his protectiveness without evidence.

4.3 The crying baby. F's crying at six weeks was not explored with curiosity as a possible stressor for the parents, and no one asked who looked after F when he cried at night (it was his father).

4.4 What went well. Midwifery and health visiting shared information well; the learning disability team and the health visitor worked together on accessible materials; Ms F felt listened to.

5. Recommendations

1. Westmarch Safeguarding Children Partnership should ensure that pre-birth assessments assess every adult who will be caring for the baby, including fathers and partners, with checks on police and local authority records.

2. Maternity and health visiting services should ensure that ICON messages are given directly to fathers and male carers, and record when this has not been possible.

3. GP practices should treat presentations of excessive crying in young babies as an opportunity to discuss coping with both parents.

4. The partnership should share this review's learning about "the protective partner" with adult learning disability services.
"""


def build_qc06():
    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in QC06_TEXT.split("\n"):
        if line.isupper() or line.startswith(("1. Why","2. The","3. Summ","4. What","5. Recom")):
            pdf.set_font("Helvetica", style="B", size=11)
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", size=10)
        else:
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(OUT, "qc06.pdf"))


# ---------------------------------------------------------------- qc10.docx
QC10 = [
    ("title", "Fenwold Safeguarding Children Partnership"),
    ("title", "7 Minute Briefing: LCSPR - Children W"),
    ("p", "Published February 2025. This briefing summarises the learning from a local child safeguarding practice review. The full report is available to practitioners on request."),
    ("h", "1. Background"),
    ("p", "In November 2024 a nine-year-old boy (W1, Year 5) arrived at school with burns to his forearm and hand. He told his teacher he had been cooking chips for tea the night before because \"Mum was asleep on the settee\". His sister W2, aged six, was with him when the pan caught fire. W1 needed treatment at the regional burns unit and a skin graft. W2 was not physically injured. Both children were on child protection plans under the category of neglect at the time, and had been for 22 months. Both are subjects of the review. Neither child was looked after."),
    ("p", "The children's half-sister (17) also lived in the home; she is not a subject of the review. She was working with the Youth Justice Service after a shoplifting offence."),
    ("h", "2. The family"),
    ("p", "Mother: long-standing alcohol dependence; attending the community alcohol service intermittently since 2021. A hair strand test in 2022 (during pre-proceedings) was negative for all drugs and showed chronic excessive alcohol use. Mother has told her GP of anxiety and panic attacks; she was prescribed propranolol."),
    ("p", "Father: separated from mother in 2020; lives nearby; has the children every other weekend and attended every core group. Neither parent has a criminal record. There was no evidence of domestic abuse between the parents, either before or after the separation."),
    ("h", "3. What went well"),
    ("p", "Agencies shared information well through core groups, and the school was a constant, trusted presence. The father was included in every meeting and was offered support in his own right. The children were seen regularly by their social worker."),
    ("h", "4. What the review found"),
    ("p", "Drift: the CP plan ran for 22 months with the same actions. Mother's drinking improved for short periods before each review conference and then returned; this pattern was not analysed and the plan was neither escalated to PLO nor stepped down. Disguised compliance: mother reported attending the alcohol service when she had missed most sessions; practitioners accepted her account without checking. Young carers: W1 was cooking, getting W2 to school and putting her to bed on most evenings; this was known to the school but was seen as evidence of his maturity rather than of neglect. Nobody asked W2 what her evenings were like. Professional challenge: no agency used the escalation policy, even though several practitioners told the reviewer they were worried."),
    ("h", "5. Recommendations"),
    ("p", "1. Children's social care to introduce a review point for all CP plans at 12 months, with a manager's decision on escalation (PLO) or step-down."),
    ("p", "2. The alcohol service to provide attendance information to core groups as standard, with the parent's consent built into the CP plan."),
    ("p", "3. The partnership to include young carers in the neglect strategy and the graded care profile training."),
    ("h", "6. Questions for your team"),
    ("p", "What does a day look like for the children you work with? When did you last check a parent's account? When did you last escalate?"),
    ("h", "7. Further reading"),
    ("p", "Partnership neglect strategy; escalation policy; graded care profile 2; young carers toolkit."),
]


def build_qc10():
    d = Document()
    for kind, text in QC10:
        if kind == "title":
            d.add_heading(text, level=1)
        elif kind == "h":
            d.add_heading(text, level=2)
        else:
            d.add_paragraph(text)
    d.save(os.path.join(OUT, "qc10.docx"))


BUILDERS = [build_qc03, build_qc04, build_qc06, build_qc10]

if __name__ == "__main__":
    for b in BUILDERS:
        b()
    print("built", len(BUILDERS))
