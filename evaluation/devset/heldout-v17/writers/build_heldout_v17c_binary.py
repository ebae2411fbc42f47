#!/usr/bin/env python3
"""Build the binary/markup reports fc04.html, fc05.docx, fc06.pdf. Texts are held here."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reports")

HTML_FC04 = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Learning summary: Child L (Lily) | Kirkhallam Children's Safeguarding Partnership</title>
<style>body{font-family:Arial,sans-serif;max-width:820px;margin:auto;color:#222} .box{background:#eef4f9;padding:12px;border-left:5px solid #2a6aa0} nav a{margin-right:12px}</style>
</head>
<body>
<header>
<nav><a href="/">Home</a><a href="/reviews">Case reviews</a><a href="/learning">Learning</a><a href="/training">Training</a><a href="/contact">Contact</a></nav>
<p>Kirkhallam Children's Safeguarding Partnership &gt; Learning &gt; Learning summaries</p>
</header>
<main>
<h1>Learning summary: Child L (Lily)</h1>
<p><em>Published 14 October 2022. Reading time about 6 minutes.</em></p>

<div class="box">
<p>This summary shares the learning from a rapid review carried out by the safeguarding partners in Kirkhallam, a city in West Yorkshire. The partners concluded that the learning had been identified in the rapid review and that a local child safeguarding practice review would not add to it. The Child Safeguarding Practice Review Panel agreed with that decision. No further review was commissioned.</p>
</div>

<h2>About Lily</h2>
<p>Lily was nine years and two months old when she was admitted to hospital in February 2022. She is a White girl of Polish heritage who has Down syndrome and attends a special school. She lived with her mum and dad, who are married and live together, and her younger brother, aged four, who is not the subject of this review.</p>
<p>Both of Lily's parents have a learning disability. Her father had support from the adult learning disability team in his twenties; her mother had been assessed at school as having a moderate learning difficulty. The family had very little money. There were no reports of domestic abuse in the household.</p>

<h2>What happened</h2>
<p>Lily was admitted with aspiration pneumonia. Doctors found she had lost almost a fifth of her body weight in six months, had untreated dental decay and severe nappy rash, and had not had her thyroid medication for several weeks. When the social worker visited the home, there was little food and the family's electricity had been cut off. Lily recovered. She and her brother now live with their parents under a child protection plan with intensive, adapted support.</p>

<h2>The earlier concern</h2>
<p>In May 2021 Lily's school made a referral after staff saw behaviour they were worried might be sexualised, and Lily had been sore when being changed. A strategy discussion was held and a joint police and social care section 47 enquiry followed. The concern focused initially on a maternal uncle who sometimes babysat. A child protection medical found no signs of sexual abuse; Lily was found to have a urinary tract infection. The behaviour was explained by the infection and by Lily copying a scene from a television programme. The enquiry concluded that sexual abuse was not substantiated, and the police took no further action. Lily was not made subject to a child protection plan, and has never been.</p>
<p>The case remained open to the disabled children's team, which arranged short breaks through a local charity.</p>

<h2>What the rapid review found</h2>
<h3>1. After a concern is ruled out, other concerns can disappear too</h3>
<p>Once the sexual abuse concern was ruled out, professionals were relieved and stood down. The section 47 enquiry had noted poor hygiene, missed medication and weight loss, but these were not followed up. Nobody asked whether neglect was the real risk to Lily.</p>
<h3>2. Parenting assessments were not adapted for parents with a learning disability</h3>
<p>Lily's parents wanted to do the right thing and worked willingly with every service that came into the house; the review found no evidence that they avoided professionals. But the written plans and medication charts were not in a format they could use, and no one checked whether they understood them. No specialist parenting assessment was completed.</p>
<h3>3. Lily's daily life was not understood</h3>
<p>Lily cannot tell people in words what her day is like. Her weight, her teeth, her missed medication and her tiredness at school were the ways she could tell people. These were recorded separately by school, the GP and the short breaks service, and no one put them together.</p>
<h3>4. Information was held in different places</h3>
<p>The short breaks charity recorded Lily's weight loss in December 2021 but did not know who to tell. The GP had not been told about the section 47 enquiry.</p>

<h2>Recommendations to partners</h2>
<ol>
<li>Children's social care to ensure that the closure of a section 47 enquiry considers all needs identified in it, not only the original concern.</li>
<li>All partners to use the partnership's guidance on working with parents with a learning disability, including accessible plans.</li>
<li>The disabled children's team to include a health check (weight, medication, dental care) in every review of a child's short breaks.</li>
<li>The partnership to share this summary with voluntary sector providers of short breaks, with a clear route for raising concerns.</li>
</ol>

<h2>Questions for reflection</h2>
<ul>
<li>When you close one concern, what else have you learned about the child?</li>
<li>How do you check that a parent with a learning disability has understood what you've asked?</li>
<li>How does a child who does not speak tell you about their life?</li>
</ul>
</main>
<footer><p>&copy; Kirkhallam Children's Safeguarding Partnership. Page last reviewed 2023.</p></footer>
</body>
</html>
"""


DOCX_FC05_TITLE = "Southmoor LSCP - Rapid Review Report - CONFIDENTIAL"
DOCX_FC05_FIELDS = [
    ("Child", "Child T"),
    ("DOB", "03/06/2011"),
    ("Date of incident", "19/09/2022"),
    ("Date of notification", "22/09/2022"),
    ("Date of rapid review meeting", "07/10/2022"),
    ("Date of this report", "12/10/2022"),
    ("Gender", "Male"),
    ("Ethnicity", "Asian British - Pakistani"),
    ("Disability / health", "Type 1 diabetes, diagnosed aged 6. Insulin via pen injections, four times daily."),
    ("Outcome", "Death"),
    ("Household", "Mother, father, Child T, two younger sisters (aged 8 and 5). Parents married and living together."),
    ("School", "On roll at Greenacre Academy (Year 7). Attendance 2021-22: 41%."),
    ("CSC status at incident", "Not open. Previous: single assessment Nov 2020 (school referral re attendance and missed diabetes clinics), closed NFA Jan 2021."),
    ("CP plan", "Never subject to a CP plan."),
    ("LAC", "Not LAC."),
]
DOCX_FC05_SECTIONS = [
    ("1. Circumstances of the incident",
     ["On 19/09/2022 Child T was found unresponsive in bed by his father at approx 07:30. Ambulance called; CPR in progress on arrival. Pronounced dead in ED at 08:41. Post-mortem: diabetic ketoacidosis (DKA). Blood glucose and ketone levels indicate no insulin for several days.",
      "Police investigation ongoing; both parents interviewed under caution for child neglect. No arrests at time of writing."]),
    ("2. Parental factors",
     ["Mother: bipolar affective disorder, diagnosed 2015. Under CMHT. Relapse from June 2022 with admission to psychiatric unit 4-25 July 2022; discharged to home treatment team.",
      "Father: works long shifts as a taxi driver. Not seen by any health professional in the diabetes team since 2019. Not included in the 2020 assessment.",
      "Alcohol / substances: no known alcohol or substance misuse by either parent.",
      "Police: neither parent known to police.",
      "DA: no agency held any information about domestic abuse in the household.",
      "Other: maternal grandmother lived with the family until 2021 and did most of T's diabetes care; she returned to Pakistan in Oct 2021. This change was not known to any agency."]),
    ("3. Agency involvement (summary)",
     ["Hospital paediatric diabetes team: 7 of last 9 clinic appointments missed (DNA) since Jan 2021. HbA1c persistently very high. Two DKA admissions (Mar 2022, Jun 2022). Team wrote to GP after each DNA. No referral to CSC after the 2022 admissions.",
      "GP: repeat insulin prescriptions not collected Jul-Sep 2022 (not flagged).",
      "School: nurse care plan in place; T was meant to check glucose at lunchtime with staff. School records 23 occasions when he had no kit. DSL referred to CSC in Nov 2020 only.",
      "CMHT / home treatment team: aware mother had children; not aware that T had diabetes or that mother managed his insulin.",
      "CSC: single assessment 2020 focused on attendance; diabetes management noted as 'supported by grandmother'. Closed NFA."]),
    ("4. Analysis / emerging learning",
     ["Missed appointments were seen as the family's choice and recorded as DNA, not 'was not brought'. The meaning of repeated non-attendance for a child whose life depends on medication was not recognised.",
      "Risk changed when the grandmother left and again when mother became unwell. Nobody reassessed who was giving T his insulin. Drift after the 2021 closure.",
      "Information not shared between adult MH services and the paediatric diabetes team. CMHT 'think family' screening recorded 'children - no concerns'.",
      "Father was not engaged or assessed by any agency - invisible in planning.",
      "T's view of his own condition (he told school staff he 'hated needles' and 'nobody does it at home now') was not acted on.",
      "Professionals were not curious about the two DKA admissions in 2022; each was treated as a clinical event."]),
    ("5. Death classification",
     ["The rapid review's view is that this was a maltreatment-related death, most closely fitting the category of extreme neglect (failure to meet a child's essential medical needs over a prolonged period). To be confirmed by CDOP."]),
    ("6. Immediate actions taken",
     ["- Diabetes team: all children with 2+ DNAs and an admission in 12 months reviewed by safeguarding lead (completed).",
      "- CMHT: reminder to all staff on think family screening, including children's health needs.",
      "- Siblings: strategy discussion held 20/09/2022; s47 enquiry; both girls living with paternal aunt under a safety plan."]),
    ("7. Decision",
     ["The partners agree the criteria for an LCSPR are met. Recommend LCSPR with a focus on children with long-term medical conditions and parental mental ill health. Panel to be informed."]),
]

def build_docx():
    from docx import Document
    doc = Document()
    doc.add_heading(DOCX_FC05_TITLE, level=1)
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for k, v in DOCX_FC05_FIELDS:
        row = table.add_row().cells
        row[0].text = k
        row[1].text = v
    for head, paras in DOCX_FC05_SECTIONS:
        doc.add_heading(head, level=2)
        for para in paras:
            doc.add_paragraph(para)
    doc.save(os.path.join(OUT, "fc05.docx"))


PDF_FC06 = [
("H", "Westfold Local Safeguarding Children Board"),
("H", "Serious Case Review: Family M - Learning Briefing"),
("P", "Published November 2014. This briefing summarises the overview report of the serious case review into the circumstances of two brothers, Child M1 and Child M2. It is intended for practitioners and managers across the Westfold area in the north west of England."),
("S", "The children and what happened"),
("P", "In October 2013 a fire broke out at night in the flat where Child M1 (aged 9) and his brother Child M2 (aged 5) lived with their father. The electricity had been disconnected for some weeks and the father had been using candles. The flat was filled with papers, bags and furniture that the father had collected, and firefighters took some time to reach the boys' bedroom. Child M2 suffered burns to his arms and back; both boys needed treatment for smoke inhalation. Both were found to be underweight, with untreated dental decay and head lice. The LSCB concluded that both children had been seriously harmed and that neglect was the cause."),
("P", "The boys' mother died in 2010. Their father was their only carer. He has paranoid schizophrenia and had stopped taking his medication in early 2013. There was no history of alcohol or drug misuse by the father. He grew up in foster care and received support from the leaving care team until he was 21."),
("S", "Key facts"),
("B", "- The family moved five times in three years, twice after eviction for rent arrears. Each move meant a new GP and new housing officer."),
("B", "- In September 2012 the father withdrew Child M1 from his primary school, telling the local authority he would educate him at home. Child M2 never started school; the father said he would be home educated too."),
("B", "- A child in need plan was in place from May 2011 to March 2012, after the mother's death. It ended because the father 'was coping well'. Neither child was ever subject to a child protection plan."),
("B", "- The community mental health team discharged the father to his GP in March 2013 after he missed three appointments. The GP was not told he had sole care of two children."),
("B", "- Police attended twice in 2013 after neighbours reported the father shouting in the street at night. Officers did not go into the flat or ask about the children."),
("B", "- The father refused entry to the health visitor in 2012 and to the home education officer in 2013."),
("S", "How the review was done"),
("P", "The review used the SCIE Learning Together systems model. The review team talked with practitioners in a series of conversations and met the father. The lead reviewers were independent of all agencies."),
("S", "What the review found"),
("B", "1. Home education and the loss of oversight. Once the boys were out of school nobody saw them regularly. Home education was accepted without a visit, even though the family had been known to children's social care."),
("B", "2. Adult mental health services did not think about the children. The father's care plan did not mention that he was a lone parent. When he disengaged, this was treated as his choice, not as a risk to his children."),
("B", "3. Frequent moves broke the chain of knowledge. Each new agency started again. Records did not follow the family."),
("B", "4. The closure of the child in need plan was based on the father's presentation shortly after bereavement, and the assessment did not consider how his illness might affect his parenting if he relapsed."),
("B", "5. Professionals did not ask what the boys' days were like: what they ate, where they slept, who they saw."),
("B", "6. Refusals of entry were accepted without escalation. Nobody challenged the picture of a father who was 'managing'."),
("S", "Recommendations"),
("B", "1. The LSCB should agree a protocol between children's services and the home education service so that any child withdrawn from school who is known to children's social care is seen within four weeks."),
("B", "2. Adult mental health services should record the caring responsibilities of every patient and consider them at discharge."),
("B", "3. Agencies should ensure that records transfer promptly when families move."),
("B", "4. Children's services should revise step-down and closure guidance for families where a parent has a severe and enduring mental illness."),
("B", "5. The LSCB should run multi-agency training on refusal of access and escalation."),
("S", "Questions for you"),
("P", "Who sees the children in the families you work with who are home educated? When a parent refuses you entry, what do you do next? Does your service know who your adult patients look after?"),
]

def build_pdf():
    from fpdf import FPDF
    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    for kind, text in PDF_FC06:
        if kind == "H":
            pdf.set_font("Helvetica", "B", 15)
            pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "S":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Helvetica", "", 10.5)
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.output(os.path.join(OUT, "fc06.pdf"))

def build_html():
    with open(os.path.join(OUT, "fc04.html"), "w", encoding="utf-8") as fh:
        fh.write(HTML_FC04)

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    build_html()
    for name in ("build_docx", "build_pdf"):
        fn = globals().get(name)
        if fn:
            fn()
