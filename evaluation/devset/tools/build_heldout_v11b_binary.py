"""Build the binary/markup reports nb04.docx, nb05.pdf, nb06.html. Text held here."""
import os
from docx import Document
from fpdf import FPDF
HERE=os.path.dirname(os.path.abspath(__file__)); R=os.path.join(HERE,"reports")

NB04 = [
("title","Ashbury Local Safeguarding Children Board"),
("title","Serious Case Review: The W Children"),
("p","Overview Report. Lead reviewer: Dr H. Okafor. Published 21 September 2017."),
("h","1. Introduction"),
("p","1.1 This serious case review concerns three children of the W family, who were found living in conditions of severe neglect when police forced entry to the family home in Ashbury, Kent, on 3 February 2016 following a concern raised by a neighbour. The children were admitted to hospital. All three were malnourished and the youngest had a significant untreated dental infection and pressure sores."),
("p","1.2 The LSCB commissioned the review under Regulation 5 of the Local Safeguarding Children Boards Regulations 2006. The review was conducted using the Social Care Institute for Excellence (SCIE) Learning Together systems model, with a case group of frontline practitioners and a review team of senior managers."),
("h","2. The children"),
("table",[["Child","Age at 3 February 2016","Sex","Ethnicity","Notes"],
 ["Child W1 (Kyle)","8 years","Male","White British","On roll at Marden Lane Primary; attendance 72%"],
 ["Child W2 (Ellie)","5 years","Female","White British","Reception class, Marden Lane Primary"],
 ["Child W3 (Mason)","2 years 4 months","Male","White British","Global developmental delay; awaiting paediatric assessment"]]),
("p","2.1 An older half-brother, aged 17, lived with his father in another county and is not a subject of this review."),
("h","3. Family background"),
("p","3.1 Mother (Ms W) was 33. She had a mild learning disability, identified when she was at school, and was supported by an adult social care learning disability team for a period in her twenties. She did not misuse alcohol or drugs; the review found no evidence of either."),
("p","3.2 The children's father, Mr W, left the family home in 2014 after a period of police call-outs for domestic incidents and moved to Medway. He retained some contact. No domestic incidents were reported after he left. He had previous convictions for burglary and for assault occasioning actual bodily harm on a man outside a public house in 2009."),
("p","3.3 The family lived in a council property. Rent arrears had accumulated and eviction proceedings were started in 2015. Ms W had few friends or family locally and told the review she did not go out much because she 'didn't know anyone'."),
("h","4. Agency involvement"),
("table",[["Agency","Summary"],
 ["Ashbury Children's Social Care","Two child in need episodes (2012-13, 2014-15). Child protection plans for neglect for all three children June 2013 - March 2014, then stepped down to CIN. CIN closed July 2015."],
 ["Health visiting","Regular contact until Mason's 1-year review; missed 2-year review x3."],
 ["GP","Infrequent attendance; Mason's immunisations incomplete."],
 ["Marden Lane Primary School","Attendance concerns; referral to education welfare."],
 ["Ashbury Homes (housing)","Arrears; notice seeking possession."],
 ["Kent Police","Domestic incidents 2012-2014."],
 ["Dental hospital","Appointment for Kyle, not attended."]]),
("h","5. Findings"),
("p","Finding 1: Professionals working with the family accepted repeated promises of change. Missed appointments and no-access visits were seen as isolated events rather than a pattern of non-engagement."),
("p","Finding 2: After the CIN case closed, no agency held an overview. Risk increased after the father left and after housing proceedings began, but this change was not reassessed; there was drift."),
("p","Finding 3: The impact of the mother's learning disability on her parenting capacity was never formally assessed. Assessments did not consider what daily life was like for the children, especially Mason, who was not seen by any professional for the last nine months."),
("p","Finding 4: Information held by housing about the condition of the property was not shared with school or health."),
("p","Finding 5: The review found that managers were well supported and that supervision was regular; the review did not consider organisational capacity a factor in this case."),
("h","6. Recommendations"),
("p","1. The LSCB to issue guidance on assessing parenting capacity where a parent has a learning disability."),
("p","2. Ashbury CSC to require a multi-agency review before closure of any CIN case that followed a child protection plan."),
("p","3. Ashbury Homes to join the information-sharing protocol and to refer to the MASH when a property is found in poor condition."),
("p","4. Health visiting to escalate after two missed developmental reviews."),
("p","5. The LSCB to audit the use of the neglect toolkit within twelve months."),
("p","6. Schools to report to the LSCB on their use of attendance data as an indicator of neglect."),
]

def build_docx():
    d=Document()
    for kind,val in NB04:
        if kind=="title": d.add_heading(val,0)
        elif kind=="h": d.add_heading(val,1)
        elif kind=="p": d.add_paragraph(val)
        elif kind=="table":
            t=d.add_table(rows=len(val),cols=len(val[0])); t.style="Table Grid"
            for i,row in enumerate(val):
                for j,cell in enumerate(row): t.cell(i,j).text=cell
    d.save(os.path.join(R,"nb04.docx"))

NB05 = """BRANSCOMBE AND TEIGN SAFEGUARDING PARTNERSHIP

Local Child Safeguarding Practice Review - Child D ("Dariusz")
Report date: January 2025

1. Summary
1.1 Child D died on 9 May 2023 after being stabbed near a retail park in Teignford, Devon. He was 16 years and 2 months old. A 19-year-old man has since been convicted of his murder. Child D had been identified as at risk of criminal exploitation ("county lines") for around a year.
1.2 The review was carried out using a hybrid methodology (practitioner conversations, agency chronologies and a single learning event). It was not a SILP or systems review.

2. Child D and his family
| Field | Detail |
|---|---|
| Age | 16 years 2 months |
| Gender | Male |
| Ethnicity | White - Polish heritage |
| Lived with | Mother and stepfather; two younger half-sisters (aged 6 and 3, not subjects) |
| Education | Permanently excluded Year 10; attending Riverside Learning Centre (PRU) at reduced timetable |
| Health | No known disability. Referred to CAMHS for low mood in 2022; discharged after two DNAs |

2.1 Child D's mother moved to England from Poland in 2012. The family had moved home four times in the county. His mother has spoken of her own childhood in a children's home in Poland. His stepfather works long hours and was described as a positive figure; he was not invited to any of the meetings.
2.2 Child D was known to use cannabis daily from 14. He was arrested in possession of Class A drugs in Exeter in November 2022 and was referred to the NRM. He was working with the Youth Justice Service on an out-of-court disposal at the time of his death.
2.3 No agency had any concern about parental alcohol or drug use. There was no history of domestic abuse.

3. Agency involvement
- Devon and Cornwall Police - missing episodes (x6), arrest Nov 2022.
- Branscombe Youth Justice Service - out-of-court disposal from Jan 2023.
- Children's Social Care - child in need (exploitation) from Oct 2022, open at death. Never subject to a CP plan; the strategy meeting in Dec 2022 decided not to proceed to s47.
- CAMHS - referral 2022.
- Riverside Learning Centre (PRU); previously Teignford Academy.
- Street Safe (voluntary sector youth work project).

4. Key Lines of Enquiry and responses
4.1 Was the risk of serious violence recognised? Partially. Intelligence about threats to Child D in April 2023 was held by police but not shared with the CIN social worker or the YJS worker.
4.2 Did the exclusion increase risk? Yes. The review found that the permanent exclusion and reduced timetable left D unsupervised for most of the school day, and no agency reassessed the risk after the exclusion.
4.3 Were the family engaged? The mother engaged well, but translation was inconsistently provided and her view of her son's daily life was not sought. The stepfather was not engaged at all.
4.4 Leadership: the CIN worker was carrying 27 cases; the team had no permanent manager for five months.

5. Recommendations
| # | Recommendation | Owner | Date |
|---|---|---|---|
| 1 | Police intelligence about threats to a child open to CSC/YJS to be shared within 24 hours | Police | Mar 2025 |
| 2 | Exclusion of a child open to CSC/YJS to trigger a multi-agency risk review | Education | Apr 2025 |
| 3 | Interpreters to be booked for all statutory meetings where a parent's first language is not English | CSC | Mar 2025 |
| 4 | Partnership to report on caseloads and management stability in the exploitation team | DCS | Jun 2025 |
"""

def build_pdf():
    p=FPDF(); p.add_page(); p.set_font("Helvetica",size=10)
    for line in NB05.split("\n"):
        p.multi_cell(0,5,line if line else " ",new_x="LMARGIN",new_y="NEXT")
    p.output(os.path.join(R,"nb05.pdf"))

NB06 = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Rapid Review - Child S</title></head>
<body>
<h1>Kellingford Safeguarding Children Partnership</h1>
<h2>Rapid Review: Child S</h2>
<p><strong>Status:</strong> Official - Sensitive. <strong>Date submitted to the Panel:</strong> 2 November 2021.</p>

<h3>1. Subject child</h3>
<table border="1">
<tr><th>Alias</th><th>Age</th><th>Sex</th><th>Ethnicity</th><th>Outcome</th></tr>
<tr><td>Child S</td><td>4 yrs 7 mths</td><td>F</td><td>Black British (African)</td><td>Died 18/10/2021</td></tr>
</table>
<p>Sibling: Child T, 18 months, brother - not a subject of the review; placed with paternal aunt after the incident.</p>

<h3>2. Circumstances of the incident</h3>
<p>1.1 On 17/10/2021 the mother's partner (Mr L) brought Child S to Kellingford Hospital ED, saying she had fallen down the stairs. She had multiple injuries of different ages and an abdominal injury. She died the following day. Mr L has been charged with murder. Mother charged with causing or allowing the death of a child.</p>
<p>1.2 Mr L had moved into the household in June 2021. He had been convicted in 2017 of assault on a previous partner (DA) and had been subject to probation supervision until 2019. There is no record of him having committed violent offences against anyone other than that partner.</p>

<h3>3. Relevant background</h3>
<ul>
<li>Mother, 24. Arrived in the UK aged 15. Previously in supported accommodation. No mental health history known.</li>
<li>Child S's father lives in London; contact was irregular. Child T's father is Mr L.</li>
<li>Nursery (Bright Steps) recorded a bruise to S's forehead in August 2021 and a "fingertip" bruise to her arm in September 2021. Mother said S fell at the park. Nursery did not refer to MASH - DSL "was on leave" and the deputy believed the explanation.</li>
<li>Health visitor: Child T's 1-year review (May 2021) completed. Mr L not mentioned.</li>
<li>Housing: family moved to a larger council flat July 2021.</li>
<li>Police: a neighbour reported shouting in August 2021; officers attended, spoke to mother and Mr L at the door; no children seen; no DASH completed.</li>
<li>CSC: not known to Kellingford CSC before the incident.</li>
</ul>

<h3>4. Learning identified</h3>
<ol>
<li>New adults in the household: no agency knew of Mr L's history; police did not check the occupants at the August call-out and no notification was made to CSC. Mr L was unseen by all practitioners.</li>
<li>Bruising reported by nursery was not escalated; lack of challenge and professional curiosity.</li>
<li>S's voice: nursery staff reported S had become quiet and withdrawn; this change was not explored.</li>
</ol>

<h3>5. Recommendations</h3>
<ol>
<li>Early years settings to have a named deputy DSL with cover arrangements, audited by the LA early years team.</li>
<li>Police to complete occupancy checks and notify CSC at any domestic call-out where children are resident.</li>
</ol>
<p>The partnership recommends that an LCSPR is undertaken.</p>
</body></html>
"""

def build_html():
    open(os.path.join(R,"nb06.html"),"w",encoding="utf-8").write(NB06)

if __name__=="__main__":
    build_docx(); build_pdf(); build_html(); print("built")
