#!/usr/bin/env python3
"""Build the three binary/markup reports of set b (db03.html, db05.docx, db08.pdf).
Run with /work/scratch-venv/bin/python. All text is held in this script."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reports")

DB03_HTML = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Joint DHR and LCSPR - Anna and Mia</title>
<style>body{font-family:Arial,sans-serif;max-width:52em;margin:auto} h2{color:#1d3b5c} table{border-collapse:collapse} td,th{border:1px solid #999;padding:4px}</style>
</head>
<body>
<header>
<p>Southmere Community Safety Partnership and Southmere Safeguarding Children Partnership</p>
<h1>Joint Domestic Homicide Review and Local Child Safeguarding Practice Review</h1>
<h2>Overview report into the deaths of Anna and her daughter, Child M (Mia)</h2>
<p>Independent Chair and Author: Mr Joseph Whitlow<br>Final version approved for publication: February 2025</p>
</header>

<section id="intro">
<h2>1. Introduction</h2>
<p>1.1 This report concerns the deaths of Anna, aged 34, and her daughter Mia, who was seven years old and in Year 3 at her local primary school. Both were killed at Anna's home in a market town in Southmere, a largely rural county in the South West of England, on an evening in September 2023. Mia's father, Mr T, was arrested at the scene. He was later convicted of both murders and is serving a life sentence.</p>
<p>1.2 Anna and Mr T had separated around three months before the homicides. Anna had moved with Mia into a rented house about two miles from the former family home.</p>
<p>1.3 Because a child died, and the circumstances also met the criteria for a domestic homicide review, the Community Safety Partnership and the Safeguarding Children Partnership agreed to hold a single joint review. A rapid review was completed by the children's partnership in October 2023 and the Child Safeguarding Practice Review Panel agreed that a local child safeguarding practice review should be held jointly with the domestic homicide review.</p>
<p>1.4 The review panel offers its deepest sympathy to Anna's parents and sister, who contributed generously to this review, and to everyone who knew Mia. Her family describe her as "a chatterbox who loved horses, gymnastics and her cousins".</p>
</section>

<section id="method">
<h2>2. Scope and methodology</h2>
<p>2.1 The review covered the period from January 2021 to the date of the homicides. It used a hybrid methodology combining the Home Office statutory guidance for domestic homicide reviews with the requirements for local child safeguarding practice reviews: agencies produced individual management reviews and chronologies; practitioners took part in a learning event; and the family were involved throughout.</p>
<p>2.2 Agencies that contributed: Southmere Constabulary; Southmere County Council Children's Services (MASH); Mia's primary school; the family's GP practice; the local domestic abuse service (Safe Harbour); Anna's employer's occupational health service (information only).</p>
<p>2.3 Mr T was invited to contribute through the prison and declined.</p>
</section>

<section id="background">
<h2>3. Background</h2>
<p>3.1 Anna and Mr T had been together for eleven years. Both were in full-time work. The family is White British. Mia had no health problems or disability and was doing well at school. She was never subject to a child protection plan or a child in need plan.</p>
<p>3.2 Anna's family described Mr T as charming to outsiders but controlling at home: he managed the family's money, checked Anna's phone and discouraged her from seeing friends. Over time Anna saw less of her friends and her sister. The review understands this isolation as part of the coercive control Anna was living with, rather than a feature of the family's circumstances.</p>
<p>3.3 Mr T grew up in a home where his father was violent to his mother; he told a GP in 2022 that he "didn't want to turn into my dad".</p>
<p>3.4 Mr T had no previous convictions. Some friends told the review that he had been drinking more heavily after the separation, but this could not be confirmed and toxicology after his arrest found no alcohol in his blood. There is no evidence that either parent used illicit drugs.</p>
</section>

<section id="chronology">
<h2>4. Key episodes</h2>
<table>
<tr><th>Date</th><th>Event</th></tr>
<tr><td>August 2022</td><td>Police called by Anna after an argument in which Mr T had thrown a mug at the wall near her. Mia was in the house. DASH completed: standard risk. No crime recorded. Domestic abuse notification sent to the MASH, screened out with a letter to Anna listing local services.</td></tr>
<tr><td>November 2022</td><td>Mr T saw his GP with poor sleep, stress and low mood; prescribed sertraline. He mentioned "problems at home". Not explored.</td></tr>
<tr><td>June 2023</td><td>Anna told Mr T the relationship was over. He moved to his mother's house. Anna told Mia's class teacher the family were separating; the school recorded it as "family change" on the pastoral log.</td></tr>
<tr><td>July 2023</td><td>Anna contacted Safe Harbour's helpline. She described Mr T turning up uninvited, repeated messages and threats that "you won't get Mia". Risk assessed as medium; offered an outreach worker; two appointments arranged, the first attended.</td></tr>
<tr><td>August 2023</td><td>Mr T saw GP again; told the GP he was "not coping" with the break-up and "wasn't sleeping". Dose increased. No question about the safety of his ex-partner or child.</td></tr>
<tr><td>Early September 2023</td><td>Mia told a teaching assistant that "Daddy was shouting at Mummy through the letterbox". Logged; not passed to the DSL until after the homicides.</td></tr>
<tr><td>September 2023</td><td>Homicides of Anna and Mia.</td></tr>
</table>
</section>

<section id="analysis">
<h2>5. Analysis</h2>
<h3>5.1 Separation as a time of danger</h3>
<p>Separation is one of the most dangerous times for women and children living with coercive control. Each agency saw part of a picture that was escalating, but none reassessed risk as it changed: the standard-risk grading from 2022 remained the starting point for everyone.</p>
<h3>5.2 Seeing Mia</h3>
<p>Mia's experience of living with her father's abuse was not considered by any agency. The 2022 notification was screened out without anyone speaking with her. Her words at school in September 2023 were the clearest account any professional received, and they were not shared.</p>
<h3>5.3 Information was held in silos</h3>
<p>The GP did not know about the 2022 police call. Safe Harbour did not know about Mr T's low mood or his GP contacts. School did not know about the helpline contact. Nobody put the pieces together.</p>
<h3>5.4 Fathers who are patients</h3>
<p>Mr T was seen twice by primary care in a state of distress about the end of his relationship. His role as a father and the possible risk to his former partner and child were not considered by any agency. The review considers that men like Mr T remain largely invisible to children's services.</p>
<h3>5.5 Risk assessment</h3>
<p>Both risk assessments relied on incident-based questions and did not capture coercive control, the threats about Mia, or the recent separation.</p>
<h3>5.6 Organisational factors</h3>
<p>The review did not identify organisational capacity, supervision or leadership as a factor in any agency's response.</p>
</section>

<section id="recs">
<h2>6. Recommendations</h2>
<ol>
<li>Southmere Constabulary to review the quality of DASH completion at domestic incidents, with attention to coercive control and children present.</li>
<li>The MASH to ensure domestic abuse notifications involving children are not screened out without consideration of the child's experience and the history.</li>
<li>The ICB to develop guidance for primary care on asking patients who present in distress after separation about risk to partners and children.</li>
<li>Schools in Southmere to be reminded that a child's disclosure of domestic abuse must be passed to the DSL the same day.</li>
<li>Safe Harbour to include the recent separation and threats about child contact as specific triggers for re-grading risk.</li>
<li>The two partnerships to run joint multi-agency training on separation and post-separation abuse.</li>
<li>The two partnerships to report progress on these recommendations within twelve months.</li>
</ol>
</section>

<footer><p>Glossary: DA - domestic abuse; DASH - domestic abuse, stalking and harassment risk checklist; DSL - designated safeguarding lead; MASH - Multi-Agency Safeguarding Hub; ICB - Integrated Care Board.</p></footer>
</body>
</html>
"""

def build_html():
    with open(os.path.join(OUT, "db03.html"), "w", encoding="utf-8") as f:
        f.write(DB03_HTML)


# ---------------------------------------------------------------- db05.docx
# (style, text) pairs; style "H1"/"H2" headings, "P" paragraph, "B" bullet, "T" table rows "a|b"
DB05 = [
("T0", "Harrowdene Local Safeguarding Children Board"),
("H1", "Serious Case Review: Child S"),
("P", "Overview report. Lead reviewer: Patricia Lennox-Hart. Presented to the Board: March 2017. Published: May 2017."),
("H2", "1. Introduction"),
("P", "1.1 This serious case review was commissioned by the Chair of Harrowdene LSCB in July 2016 after Child S, a looked-after child living with his maternal aunt and her husband as connected persons foster carers, was admitted to hospital with serious injuries. Harrowdene is an outer London borough."),
("P", "1.2 Child S was eight years and ten months old. He is of Black African heritage. He had three fractured ribs, a subdural haematoma and bruising to his face and arms. The aunt's husband, Mr J, was later convicted of causing grievous bodily harm with intent. Child S has made a good recovery and now lives with experienced local authority foster carers. His two older siblings, who lived in a separate placement, are not subjects of this review."),
("P", "1.3 The criteria in Working Together to Safeguard Children (2015) were met because abuse was known and Child S was seriously harmed while looked after by the local authority."),
("H2", "2. Methodology"),
("P", "2.1 The review followed the traditional model: individual management reviews (IMRs) were commissioned from each agency and analysed in this overview report by the lead reviewer, supported by a panel of senior managers. Practitioners were interviewed by IMR authors. The review period is from January 2013, when Child S was placed with his aunt, to June 2016."),
("H2", "3. Background"),
("P", "3.1 Child S was made subject to a child protection plan under the category of neglect in 2011, when he was three. His mother was dependent on heroin and was receiving treatment from the community drug and alcohol service; she also had a series of partners, some of whom were violent towards her. Police were called to the home several times in 2011 and 2012. Child S's mother was herself in care as a child."),
("P", "3.2 Child S's parents had separated in 2010. His father is serving a prison sentence for armed robbery and was under probation supervision for an earlier offence of wounding when Child S was small. He has had occasional letter contact."),
("P", "3.3 Care proceedings concluded in 2013 with a care order and a plan for Child S to live with his maternal aunt, Mrs J, and her husband under connected persons fostering regulations. His mother had monthly supervised contact, which she attended erratically."),
("H2", "4. Summary of the placement"),
("T", "Period|What happened"),
("T", "2013|Connected persons assessment completed under time pressure during proceedings. Focus on Mrs J; Mr J interviewed once. Approved at fostering panel with a condition of further training."),
("T", "2014|Child S settled at primary school. Teachers noted angry outbursts and fighting with peers; referred to CAMHS, attended six sessions for behaviour support."),
("T", "2015|Supervising social worker twice noted the smell of alcohol on Mr J during visits. Carers cancelled three statutory visits. Kinship allowance was delayed for four months and the carers told the social worker they were struggling to pay rent and bills."),
("T", "Early 2016|School noticed Child S flinching and reluctant to go home; a bruise to his cheek was explained as a fall in the park. The school told the allocated social worker by email; no visit followed for five weeks."),
("T", "June 2016|Child S taken to hospital by ambulance after Mr J called 999 reporting a fall down the stairs."),
("H2", "5. Analysis"),
("P", "5.1 The child's experience. Child S was seen at statutory visits but almost never alone. His reviews with the Independent Reviewing Officer record that he was \"happy with Auntie\", but the review found little evidence that he was asked about Mr J or how he was treated at home."),
("P", "5.2 The assessment of the carers. The connected persons assessment was rushed, relied on Mrs J's account and did not explore Mr J's history, his drinking or his attitude to Child S. Once approved, the placement was seen as settled and the warning signs in 2015 and 2016 did not lead to a review of the carers' approval."),
("P", "5.3 Engagement. Cancelled visits were accepted without challenge and the pattern was not recognised."),
("P", "5.4 Information sharing. The school's concern and the supervising social worker's observations about alcohol were held in different teams and never brought together."),
("P", "5.5 Organisational context. The fostering service had a 40% vacancy rate in supervising social worker posts in 2015 and relied on agency staff. Supervision was irregular."),
("H2", "6. Findings"),
("B", "Kinship placements can be treated as less risky than unrelated foster care, and the standard of scrutiny is lower."),
("B", "Male carers in kinship placements are often not assessed as fully as female carers."),
("B", "Changes in the placement (financial strain, alcohol, missed visits, a child's fear) were not recognised as cumulative risk."),
("H2", "7. Recommendations"),
("N", "The local authority should ensure that connected persons assessments give equal weight to each carer in the household."),
("N", "The fostering service should set out the circumstances in which a connected persons carer's approval must be reviewed outside the annual cycle."),
("N", "Children's social care should ensure that looked-after children are seen alone at every statutory visit unless there is a recorded reason."),
("N", "The local authority should review the timeliness of kinship allowance payments."),
("N", "The LSCB should audit, within twelve months, how concerns raised by schools about looked-after children are responded to."),
("H2", "Glossary"),
("P", "CAMHS - Child and Adolescent Mental Health Services; IMR - individual management review; IRO - Independent Reviewing Officer; LAC - looked-after child; LSCB - Local Safeguarding Children Board; SCR - serious case review."),
]

def build_docx():
    from docx import Document
    doc = Document()
    table = None
    for style, text in DB05:
        if style == "T0":
            doc.add_paragraph(text).runs[0].bold = True
        elif style == "H1":
            doc.add_heading(text, level=1); table = None
        elif style == "H2":
            doc.add_heading(text, level=2); table = None
        elif style == "P":
            doc.add_paragraph(text); table = None
        elif style == "B":
            doc.add_paragraph(text, style="List Bullet")
        elif style == "N":
            doc.add_paragraph(text, style="List Number")
        elif style == "T":
            cells = text.split("|")
            if table is None:
                table = doc.add_table(rows=0, cols=len(cells)); table.style = "Table Grid"
            row = table.add_row().cells
            for i, c in enumerate(cells):
                row[i].text = c
    doc.save(os.path.join(OUT, "db05.docx"))


# ---------------------------------------------------------------- db08.pdf
DB08 = """Ashworth Safeguarding Children Partnership
THEMATIC REVIEW: PHYSICAL ABUSE DESCRIBED AS DISCIPLINE
Children D, E and F
Published: April 2025

#1. Why a thematic review
Between January and October 2024 the Ashworth partners notified the Child Safeguarding Practice Review Panel of three serious incidents involving school-age children from three unrelated families in Ashworth, a metropolitan borough in the West Midlands. In each case a child was seriously injured by a parent or carer who told professionals that they had been "disciplining" the child. The rapid reviews recommended, and the Panel agreed, that the learning would be best drawn together in one thematic review rather than three separate LCSPRs.

The review used a bespoke mixed-methods thematic approach: a multi-agency audit of the three cases, a survey of 140 school staff about physical chastisement, two practitioner workshops and conversations with two of the three families.

#2. The children
Child D was aged six and in Year 1. He is of Black African heritage. He was taken to hospital by his mother with extensive linear bruising to his legs and back; his mother's partner admitted hitting him with a belt "to teach him respect".

Child E was 12 years and 8 months old, in Year 8, and White British. She was hit repeatedly with an electrical cable by her father after coming home late, and told a teacher the next day. She had a fractured finger and deep welts to her arms.

Child F was 10 years old and of Romanian heritage (White Other). He has ADHD and had been on the CAMHS waiting list for eight months. His mother struck him on the head with a saucepan during an argument about homework; he sustained a skull fracture. Neglect also featured in Child F's life: school had raised concerns about his hygiene, hunger and unwashed uniform for over a year.

None of the three children had ever been subject to a child protection plan. All three lived at home with their families. All three were on roll at and attending school at the time of the incidents.

#3. The families
Family D: Child D's mother had separated from his father in 2022. Her new partner, who moved in during 2023, has a previous conviction for affray following a fight in a town centre. Police had attended the home twice in 2023 after reports of shouting; on the second occasion the partner was arrested for assaulting Child D's mother and released with no further action. The notifications went to the MASH, which screened them out with advice. A health visitor was visiting for Child D's baby half-sister.

Family E: Child E's parents are married and live together. The family was not known to children's social care before the incident. Child E's father told the review that he was beaten as a child by his own father "and it did me no harm". School had twice noticed marks on Child E's arms in 2023 and accepted her father's explanation that she had been "play-fighting with her cousins".

Family F: Child F's mother is a lone parent who moved to England in 2021. She has depression, treated by her GP. The family had moved four times in three years, most recently into temporary accommodation arranged by the council's housing service after an eviction for rent arrears. She had no family or friends locally. A child and family assessment had begun two weeks before the incident after a school referral about neglect.

In none of the three families was parental alcohol or drug misuse identified.

#4. Findings
Finding 1 - The child's experience of "discipline". In all three cases professionals heard adults describe physical punishment and did not ask the child what happened at home when they were "in trouble". The children's fear of going home was seen, and recorded, in each case, but not explored.

Finding 2 - Explanations and cultural assumptions went unchallenged. In Family D and Family F, staff told the review that they had been reluctant to question "cultural approaches to discipline". In Family E, the father's explanation for the marks was accepted without speaking to Child E alone. Practitioners lacked confidence to challenge.

Finding 3 - The men were not seen. Child D's mother's partner and Child E's father were the adults who caused the injuries; neither had ever been spoken with by a professional before the incidents.

Finding 4 - Assessment. The MASH screening decisions in Family D did not take account of the partner's history or of the child's age and vulnerability. The assessment in Family F had only just started.

Finding 5 - Information sharing. The review found that information was generally shared well and promptly between schools, police and the MASH in all three cases; the gaps lay in what was done with it.

#5. Recommendations
1. The Partnership should publish guidance for practitioners on responding when a parent describes or justifies physical punishment, including the law on reasonable punishment and the need to speak with the child alone.
2. The MASH should include the history of any adult in the household, including new partners, in every screening decision about a child under 11.
3. The Partnership's training offer should include confident conversations with parents about culture, faith and discipline.
4. Schools should be reminded to record and refer repeated marks on a child, whatever explanation is given.

Glossary: CAMHS - Child and Adolescent Mental Health Services; LCSPR - local child safeguarding practice review; MASH - Multi-Agency Safeguarding Hub.
"""

def build_pdf():
    from fpdf import FPDF
    pdf = FPDF()
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    for line in DB08.split("\n"):
        if line.startswith("#"):
            pdf.set_font("Helvetica", "B", 13)
            pdf.multi_cell(0, 8, line[1:], new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 6, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(OUT, "db08.pdf"))


if __name__ == "__main__":
    build_html()
    build_docx()
    build_pdf()
    print("built db03.html db05.docx db08.pdf")
