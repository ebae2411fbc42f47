"""Builds jc08.docx, jc09.pdf and jc10.html from the text held here.
Run: /work/scratch-venv/bin/python build_binary.py"""
import os
from docx import Document
from fpdf import FPDF
HERE = os.path.dirname(os.path.abspath(__file__))
R = os.path.join(HERE, "reports")

# ---------------- jc08.docx: radicalisation ----------------
J08_PARAS = [
("h", "Cinder Bridge Safeguarding Children Partnership"),
("h", "Local Child Safeguarding Practice Review: Young Person D"),
("p", "Published: 17 September 2024. Independent author: Ms Rosalind Achterberg."),
("h2", "1. Summary"),
("p", "Cinder Bridge is a metropolitan borough in the West Midlands. Young Person D, a White British boy, was fifteen and a half when he was arrested in May 2023 after police found instructions for making an explosive device on his laptop, together with material from an extreme right-wing online group. He had been groomed online over roughly eighteen months by adults in that group. He was charged with a terrorism offence and later received a youth rehabilitation order. The Partnership notified the incident as serious harm; the harm was recorded as other non-fatal harm (radicalisation and online exploitation by adults). No one was physically hurt."),
("p", "The review looked at the period from September 2021, when D started at Cinder Bridge Academy, to his arrest."),
("h2", "2. D and his family"),
("p", "D was diagnosed with ADHD at the age of eight and was prescribed medication by the community paediatrician, later transferred to CAMHS. He had no EHCP. He was excluded for fixed periods three times in Year 9 for fighting and defiance. He was isolated at school and was the target of name-calling about his weight; he told the reviewer that online he 'finally had mates'. He spent most nights gaming and chatting until the early hours."),
("p", "D's parents separated in 2019 after a bitter dispute about contact that went to the family court. D lived with his mother and her two younger children; his father lived across the borough and D stayed with him most Saturdays. D's father has a 2015 conviction for racially aggravated assault on a stranger outside a football ground. D's mother had been treated for depression by her GP for several years. The review found no domestic abuse in either household during the period reviewed, and no agency had any concern about either parent's use of alcohol or drugs."),
("h2", "3. Agency contacts"),
("table", [["Date", "Agency", "Contact", "Outcome"],
  ["Nov 2021", "School", "Pastoral referral: D drawing symbols in exercise book", "Spoken to; no referral"],
  ["Mar 2022", "CAMHS", "ADHD medication review; mother mentions 'he's on the computer all night'", "Sleep hygiene advice"],
  ["Oct 2022", "School / Police (Prevent)", "Prevent referral by DSL after D's comments in class", "Police Prevent officer screened; not adopted to Channel - 'no ideology identified'"],
  ["Jan 2023", "Children's social care", "Contact from school after fixed-term exclusion; request for family support", "Early help offered; mother declined"],
  ["Feb 2023", "Police", "D reported missing overnight by mother; found at a friend's", "Return home interview not completed"],
  ["May 2023", "Counter-terrorism police", "Arrest", "-"]]),
("h2", "4. Analysis"),
("p", "The Prevent referral was the key opportunity. The screening relied on a single conversation and did not draw in the school's record, CAMHS's knowledge of D's night-time internet use, or his father's history. Each agency held part of the picture and information was not brought together. Practitioners also treated D's views as 'teenage provocation' and did not explore them with curiosity or challenge them; there was no escalation when the Prevent outcome did not fit the school's concern."),
("p", "D's daily life was not understood: nobody asked what he did online, who he talked to, or why he had no friends at school. His father was never spoken to by any agency. The assessment of the early help request did not take account of the previous Prevent referral. The mother's refusal of early help and the uncompleted return interview were read as non-engagement, but no one asked why."),
("h2", "5. Recommendations"),
("n", "Prevent screening to include checks with CAMHS, children's social care and the school, and a conversation with both parents."),
("n", "The Partnership to deliver training on online radicalisation to DSLs, CAMHS clinicians and early help staff."),
("n", "Return home interviews to be completed for all missing episodes, with escalation to a manager when they are not."),
("n", "Children's social care to ensure that previous Prevent referrals are visible in the front door system."),
("n", "Agencies to record both parents' details and contact non-resident fathers."),
("n", "The Partnership to review the pathway between Prevent and early help within six months."),
]

def build_docx():
    doc = Document()
    for kind, val in J08_PARAS:
        if kind == "h": doc.add_heading(val, level=1)
        elif kind == "h2": doc.add_heading(val, level=2)
        elif kind == "p": doc.add_paragraph(val)
        elif kind == "n": doc.add_paragraph(val, style="List Number")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    doc.save(os.path.join(R, "jc08.docx"))

# ---------------- jc09.pdf: FGM ----------------
J09 = """DUNHOLM SAFEGUARDING CHILDREN PARTNERSHIP
7-MINUTE BRIEFING - LCSPR "CHILD F" (female genital mutilation)
Briefing issued: April 2025. The full LCSPR report was published in March 2025.

1. WHAT HAPPENED
Child F is a girl of Somali heritage. She was seven and in Year 3 when, in October 2023, a GP examining her for a urinary infection found that she had undergone female genital mutilation (FGM Type 1). F said that it had happened "at Auntie's house" during a family visit to Somalia in the summer holidays of 2023. A mandatory FGM report was made to the police; a strategy discussion was held, and an FGM Protection Order was obtained for F and her younger sister. F continues to live at home with both her parents, who are married, and her sister (aged 2). Her mother has been charged with failing to protect a girl from FGM; her father was abroad for work in the summer and has not been charged.

2. WHAT WAS KNOWN
- F's mother had herself undergone FGM (Type 3) as a young child in Somalia; this was recorded by the midwife at F's sister's birth in 2021 and in F's mother's GP record.
- The midwife completed the FGM risk assessment for the newborn sister only. It was not shared with the health visitor or the GP as relating to F.
- F's school knew the family planned a six-week trip abroad and authorised the absence; no discussion of FGM risk took place, though the school had FGM training in 2022.
- There was no previous social care involvement; the family was not known to children's social care before October 2023. No agency had any concern about alcohol, drug use or domestic abuse in the household, and both parents were described as loving and attentive.
- F had no health problems apart from the infection.

3. WHY IT MATTERS
FGM is child abuse and is illegal in the UK. It causes lifelong physical and psychological harm. The review found that the risk to F was knowable: her mother's FGM status was recorded, but professionals thought of risk only to the baby.

4. THE LEARNING
- Information sharing: the mother's FGM status was recorded in maternity and GP records but was not linked to the older daughter.
- Professional curiosity: the school did not ask about the extended trip; staff said they feared "causing offence".
- Assessment: the risk assessment looked only at the newborn, not at all the girls in the family.
- Fathers: F's father was not spoken to by any professional before the trip.

5. RECOMMENDATIONS OF THE REVIEW
1. Midwifery FGM risk assessments must consider every female child in the family and be sent to the GP and health visitor.
2. Schools to be given a checklist for conversations with families before extended trips to countries where FGM is prevalent.
3. The Partnership to commission community-led FGM awareness work with the Somali community.

6. QUESTIONS FOR YOUR TEAM
- Do you know which women on your caseload have had FGM, and who their daughters are?
- Would you feel confident to talk to a family about FGM before a holiday?

7. FURTHER INFORMATION
Dunholm is a county in the North East. Contact the Partnership business unit for the full report.
"""

def build_pdf():
    pdf = FPDF()
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in J09.split("\n"):
        if line.strip() == "":
            pdf.ln(3)
        else:
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(R, "jc09.pdf"))

# ---------------- jc10.html: drunk driver ----------------
J10 = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Rapid Review: Child T and Child S</title></head>
<body>
<h1>Fenwick Downs Safeguarding Children Partnership</h1>
<h2>Rapid Review: Child T and Child S</h2>
<p><strong>CONFIDENTIAL</strong>. Rapid review meeting 21 August 2023; report sent to the Child Safeguarding Practice Review Panel 25 August 2023.</p>

<h3>1. The incident</h3>
<p>On 5 August 2023 the car driven by the children's mother, Ms W, left the road on the A-road outside Fenwick Downs and hit a tree. Child T (a boy, nine years and four months old) suffered a fractured femur and a liver laceration and spent a week in the paediatric intensive care unit. His sister Child S (aged 5) had a fractured collarbone and facial cuts needing surgery. Neither child was in an appropriate restraint: S was not in a booster seat. Ms W was found to be more than twice the legal alcohol limit. She had been drinking at a family barbecue.</p>
<p>The notification was made as serious harm for both children. The rapid review classified the harm as neglect.</p>

<h3>2. Family</h3>
<table border="1">
<tr><th>Person</th><th>Relationship</th><th>Notes</th></tr>
<tr><td>Child T</td><td>subject</td><td>Year 4 at St Cuthbert's Primary; asthma, two hospital admissions 2022</td></tr>
<tr><td>Child S</td><td>subject</td><td>Reception at St Cuthbert's</td></tr>
<tr><td>Ms W</td><td>mother</td><td>sole resident carer; drink-driving conviction 2020 (12-month ban)</td></tr>
<tr><td>Mr W</td><td>father</td><td>separated from Ms W 2021, lives in the next town; has the children alternate weekends; no concerns recorded</td></tr>
<tr><td>Maternal grandfather</td><td>-</td><td>heavy drinker (per Ms W); not a carer</td></tr>
</table>
<p>The family is White British. The parents' separation was described by both as "difficult" but there were no court proceedings and no allegations of abuse by either. There is no record of domestic abuse.</p>

<h3>3. Agency involvement before the incident</h3>
<table border="1">
<tr><th>Agency</th><th>Involvement</th></tr>
<tr><td>Police</td><td>2020 drink-drive arrest (children in the car, aged 6 and 2); referral to children's social care made</td></tr>
<tr><td>Children's social care</td><td>2020 single assessment following police referral; closed with advice after Ms W "showed insight"; no CP plan, no CIN</td></tr>
<tr><td>GP</td><td>Ms W: low mood 2021, referred to talking therapies (attended 2 of 6 sessions); T's asthma reviews</td></tr>
<tr><td>School</td><td>Both children; attendance 95%; school unaware of 2020 incident</td></tr>
<tr><td>Hospital</td><td>T: two asthma admissions 2022</td></tr>
<tr><td>Probation</td><td>2020 community order for Ms W included alcohol treatment requirement; completed 2021</td></tr>
<tr><td>Substance misuse service</td><td>alcohol treatment requirement (six sessions), 2020-21</td></tr>
</table>

<h3>4. Learning</h3>
<ul>
<li>The 2020 assessment accepted Ms W's account that the drink-driving was a "one-off" without checking with probation or the alcohol service, and without any follow-up after the alcohol treatment ended: the risk was not reconsidered over time.</li>
<li>The school was not told of the 2020 incident and could not notice signs that Ms W was drinking again.</li>
<li>Mr W was not spoken to in 2020; he told the review that he had been worried about Ms W's drinking for months.</li>
<li>Ms W's low mood and missed therapy sessions were not linked to her alcohol use.</li>
</ul>

<h3>5. Recommendations to partners</h3>
<ol>
<li>Children's social care to ensure that assessments following drink-driving with children in the vehicle include checks with probation and treatment services.</li>
<li>Police to notify schools (via Operation Encompass-style arrangements) of incidents in which children were put at risk by a parent's drink-driving.</li>
<li>Partnership to issue practice guidance on non-resident parents in single assessments.</li>
<li>Substance misuse services to inform children's social care when a parent with a prior safeguarding referral completes treatment.</li>
</ol>

<p>Decision: the Partnership will not commission an LCSPR; the learning will be shared through a practitioner briefing. The National Panel agreed.</p>
</body></html>
"""

def build_html():
    with open(os.path.join(R, "jc10.html"), "w", encoding="utf-8") as f:
        f.write(J10)

if __name__ == "__main__":
    build_docx(); build_pdf(); build_html()
    print("built jc08.docx jc09.pdf jc10.html")
