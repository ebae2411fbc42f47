"""Builds kc03.docx, kc05.pdf and kc06.html. Run with /work/scratch-venv/bin/python."""
import os, html
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reports")

# ---------------------------------------------------------------- kc03.docx
KC03 = [
("title", "Harfield and Tarnside Safeguarding Children Partnership"),
("h", "Local Child Safeguarding Practice Review: Child T"),
("p", "Independent reviewer: Ruth Calloway. Police author: DS M. Penrose (Public Protection). Health author: Named Nurse for Safeguarding, Tarnside Community Health. Published November 2023."),
("h2", "Key facts"),
("t", [["Item", "Detail"],
       ["Subject child", "Child T, girl, date of birth 2 January 2022"],
       ["Date of injury", "Identified 19 August 2022 at Tarnside District Hospital"],
       ["Injuries", "Skull fracture, three healing posterior rib fractures, bruising to the ear"],
       ["Ethnicity", "Mixed (White British and Black Caribbean)"],
       ["Household", "Mother (Ms A), her partner Mr K, T and her twin half-brothers Jay and Reece (aged 5)"],
       ["Father", "Mr L, T's father; saw T and the twins on alternate weekends"],
       ["Criminal proceedings", "Mr K convicted in June 2023 of causing grievous bodily harm with intent"],
       ["Review method", "Systems approach (SCIE Learning Together)"],
       ["Area", "Two unitary authorities in the South West"]]),
("h2", "1. Why this review was carried out"),
("p", "Child T was seven months old when she was brought to the emergency department by her mother with a swollen head. A skeletal survey showed older rib fractures. The injuries were judged to have been inflicted. The partnership notified the Child Safeguarding Practice Review Panel and, after a rapid review in September 2022, commissioned this review because a bruise to T's ear had been seen by professionals nine weeks before the skull fracture."),
("p", "The twins, Jay and Reece, are not subjects of the review. They were examined and had no injuries. All three children now live with Mr L under a child arrangements order with a supervision order."),
("h2", "2. The family"),
("p", "Ms A is 26. She was looked after by Tarnside from the age of eleven, after neglect at home, and lived with foster carers until she was eighteen. She then had support from a personal adviser in the leaving care team until she was 21. She had postnatal depression after the twins were born in 2017 and was treated by her GP with antidepressants for around a year."),
("p", "Ms A and Mr L separated in 2020. Contact was agreed through the family court after a long dispute in which each made allegations about the other's care; the court made no findings. Since 2018 Ms A had had three partners, Mr L included. Mr K moved into the household in April 2022 and cared for the children while Ms A worked evening shifts at a care home."),
("p", "Mr K, 31, had a 2016 conviction for assault occasioning actual bodily harm after a fight outside a pub, in which he broke another man's jaw. A friend of Ms A told the police after T's injury that Mr K \"might have been taking coke at weekends\"; this was never known to any agency and was not confirmed. No agency knew of any domestic abuse in the household, and Ms A has consistently said there was none."),
("h2", "3. Agency contact"),
("t", [["Agency", "Contact before 19 August 2022"],
       ["Midwifery (Tarnside District Hospital)", "Antenatal care and delivery of T, January 2022"],
       ["Health visiting", "New birth visit; 6-8 week review; visit 10 June 2022 (bruise seen)"],
       ["GP (Meadowside Practice)", "T's immunisations; Ms A's earlier depression"],
       ["Emergency department", "T seen 11 June 2022 with the ear bruise, referred by the HV"],
       ["Harfield and Tarnside MASH", "Referral 13 June 2022, screened out after checks"],
       ["Police", "Checks for the MASH, June 2022 (Mr K's conviction found but not shared)"],
       ["Busy Bees Nursery", "The twins, three days a week until they started school"]]),
("h2", "4. Combined chronology"),
("t", [["Date", "Agency", "Event", "Reviewer's comment"],
       ["02/01/2022", "Midwifery", "T born at 39 weeks, well", "Mr K not yet in household"],
       ["17/01/2022", "HV", "New birth visit; safe sleep and coping with crying", "Ms A alone at visit"],
       ["04/2022", "-", "Mr K moves in", "Not known to any agency until June"],
       ["10/06/2022", "HV", "Bruise to T's left ear seen at a home visit. Mr K says T hit her head on the cot bars", "HV follows bruising protocol; sends to ED"],
       ["11/06/2022", "ED", "Paediatric registrar: bruise 'consistent with account'; no skeletal survey", "Protocol for non-mobile infants not followed"],
       ["13/06/2022", "MASH", "Referral from HV. Police checks: Mr K's 2016 ABH conviction noted on police system only", "Conviction not passed to MASH social worker"],
       ["15/06/2022", "MASH", "Screened out: 'explanation accepted by hospital'. Advice to HV", "No contact with Mr K or Mr L"],
       ["07/2022", "GP", "T's 6-month immunisations; no concerns noted", "Not told of the bruise"],
       ["19/08/2022", "ED", "T brought in with skull fracture", "Incident"]]),
("h2", "5. Findings"),
("p", "Finding 1. A bruise on a baby who is not yet mobile should always lead to a full medical assessment. The hospital accepted the explanation without the checks that the partnership's own protocol requires, and the MASH relied on the hospital's view rather than testing it."),
("p", "Finding 2. Mr K was not seen, checked or assessed by anyone. He had become the main evening carer for a baby and two five-year-olds, and he was the person who gave the explanation for the bruise. Mr L, who had regular contact, was not spoken to either."),
("p", "Finding 3. Information held by one agency did not reach the agency that needed it. The police knew of Mr K's conviction; the GP did not know about the bruise; the health visitor was not told that the referral had been screened out until she chased it."),
("p", "Finding 4. The assessment at the MASH front door did not consider the family history: Ms A's own care history, her previous depression or the court dispute."),
("p", "The reviewer looked specifically at supervision and capacity. The health visitor and the MASH social worker both had regular supervision, workloads were manageable, and the review does not consider organisational capacity a factor in this case."),
("h2", "6. Recommendations"),
("t", [["No", "Recommendation", "Owner", "Target date"],
       ["1", "Re-launch the bruising in non-mobile infants protocol in both EDs, with audit at 3 and 6 months", "Designated Doctor", "March 2024"],
       ["2", "MASH checks to record the outcome of police checks on every adult in the household and pass them to the screening social worker", "MASH Manager / Police PPU", "January 2024"],
       ["3", "Health visiting records to include a section on every adult in the household, including new partners", "Tarnside Community Health", "March 2024"],
       ["4", "Screened-out referrals to be notified to the referrer and the GP within 2 working days", "Head of Front Door", "January 2024"],
       ["5", "Learning from this review to be presented at the partnership's annual conference", "Partnership Business Manager", "April 2024"]]),
("h2", "Glossary"),
("p", "ABH: assault occasioning actual bodily harm. ED: emergency department. HV: health visitor. MASH: multi-agency safeguarding hub. PPU: police public protection unit."),
]

def build_docx():
    from docx import Document
    doc = Document()
    for kind, val in KC03:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "h":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "t":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    doc.save(os.path.join(D, "kc03.docx"))

# ---------------------------------------------------------------- kc05.pdf
KC05 = [
("title", "Kingsmere Safeguarding Children Partnership"),
("h", "Local Child Safeguarding Practice Review - Child Q"),
("p", "Report author: Detective Inspector J. Adeyemi (review lead, Metropolitan Police Safeguarding Review Unit), with the Designated Nurse for Kingsmere. Final version approved by the partnership, 9 May 2023."),
("h2", "Key facts"),
("t", [["Item", "Detail"],
       ["Child", "Child Q, male, Black British (Caribbean heritage)"],
       ["Date of birth / incident", "14/03/2007 / stabbed 02/10/2022"],
       ["School", "Year 11; on roll at the Kingsmere Pupil Referral Unit from January 2022"],
       ["Social care", "Child in need plan open at the incident; child protection plan March-November 2021"],
       ["Looked after?", "No"],
       ["Area", "Kingsmere, an outer London borough"]]),
("h2", "1. Summary"),
("p", "Child Q was stabbed twice in the thigh in a stairwell on an estate in a neighbouring borough, where he had been taken to sell drugs. He lost a large amount of blood and spent nine days in hospital. He was being criminally exploited by an organised drug supply line and had been for at least eighteen months. Three adults have since been convicted of offences including modern slavery."),
("p", "Q lives with his mother, Ms B, and his two younger sisters, aged 11 and 7. His older brother, aged 19, lived with the family until he was sent to a young offender institution in 2021; the brother's own involvement in drug supply was known to the police and the review notes it as part of the context, not as a cause. Q's father died in 2015. Ms B has brought up the children alone since then. She has no convictions, and agencies had no knowledge of any mental ill-health, alcohol or drug use on her part. The family relied on universal credit and had used the Kingsmere food bank from 2021."),
("p", "Q had an education, health and care plan for social, emotional and mental health needs from Year 8. He was permanently excluded from mainstream school in December 2021 after bringing a knife into school, and had five earlier fixed-term exclusions for fighting and defiance. He smoked cannabis daily from the age of 14, by his own account."),
("p", "Q was on a child protection plan from March to November 2021 under the category of neglect. The review was told clearly by the conference chair that this category was chosen because local procedures had no category for extra-familial harm at that time; it did not reflect any neglect by Ms B, whose care of the children was described by all agencies as warm and consistent."),
("h2", "2. Agency contact"),
("t", [["Agency", "Involvement"],
       ["Children's social care", "CP plan 2021; child in need plan from November 2021 to the incident"],
       ["Metropolitan Police", "Eleven missing-person reports for Q, 2021-22; stop and search; NRM referral"],
       ["Youth Justice Service", "Referral order from May 2022 (possession of cannabis with intent)"],
       ["Kingsmere Academy / PRU", "Mainstream school to Dec 2021; PRU from January 2022"],
       ["Safe Streets (youth charity)", "Detached youth worker from June 2022"],
       ["Kingsmere Food Bank", "Family used it from 2021"]]),
("h2", "3. Chronology of key episodes"),
("t", [["Date", "Agency", "Event"],
       ["03/2021", "CSC", "Initial child protection conference after Q found in Kent with cash and two phones"],
       ["11/2021", "CSC", "Plan stepped down to child in need; missing episodes had reduced"],
       ["12/2021", "School", "Permanent exclusion; knife in bag"],
       ["01/2022", "PRU", "Q starts at PRU, attends mornings only"],
       ["04/2022", "Police", "Q arrested in a trap house; released under investigation; NRM referral made"],
       ["05/2022", "YJS", "Referral order; YJS worker not told of NRM referral"],
       ["07/2022", "CSC", "Child in need review: 'risk stable'. Three missing episodes in June not known to SW"],
       ["02/10/2022", "Police", "Q stabbed"]]),
("h2", "4. Findings"),
("p", "Finding 1: Risk rose after the exclusion and the move to part-time education, but the child in need plan treated it as stable. There was no multi-agency exploitation risk assessment after April 2022."),
("p", "Finding 2: The police, youth justice service and social care each had parts of the picture (missing episodes, the NRM referral, the arrest) and did not share them."),
("p", "Finding 3: Assessments described Q as 'making choices' and did not analyse him as a child being exploited."),
("h2", "5. Recommendations"),
("t", [["No", "Recommendation", "Owner", "Date"],
       ["1", "Every child excluded from school with known exploitation risk to have a multi-agency exploitation meeting within 10 days", "CSC / Education", "Sept 2023"],
       ["2", "Police missing-person returns to be sent to the allocated social worker and YJS worker within 24 hours", "Met Police BCU", "July 2023"],
       ["3", "Language guidance ('choices', 'lifestyle') to be issued to all partners", "Partnership", "June 2023"],
       ["4", "Child protection procedures to include a category or approach for extra-familial harm", "Partnership", "Dec 2023"]]),
]

def build_pdf():
    from fpdf import FPDF
    pdf = FPDF()
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    for kind, val in KC05:
        if kind == "title":
            pdf.set_font("Helvetica", "B", 16); pdf.multi_cell(0, 9, val, new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.set_font("Helvetica", "B", 14); pdf.multi_cell(0, 8, val, new_x="LMARGIN", new_y="NEXT")
        elif kind == "h2":
            pdf.ln(2); pdf.set_font("Helvetica", "B", 12); pdf.multi_cell(0, 7, val, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("Helvetica", "", 10); pdf.multi_cell(0, 5, val, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        elif kind == "t":
            pdf.set_font("Helvetica", "", 9)
            with pdf.table() as table:
                for r in val:
                    row = table.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(2)
    pdf.output(os.path.join(D, "kc05.pdf"))

# ---------------------------------------------------------------- kc06.html
KC06 = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>LCSPR: Ellis and Maya - Ashdown Safeguarding Children Partnership</title>
<style>table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}.box{border:2px solid #333;padding:8px;margin:8px 0}</style>
</head><body>
<h1>Ashdown Safeguarding Children Partnership</h1>
<h2>Local Child Safeguarding Practice Review: Ellis and Maya</h2>
<p>Independent lead reviewer: Martin Greaves. Panel: Detective Superintendent (Ashdown Police), Designated Nurse (Ashdown ICB), Head of Safeguarding (Ashdown Council). Published 30 January 2025.</p>

<div class="box">
<h3>Key facts</h3>
<table>
<tr><th>Child</th><th>Age</th><th>Sex</th><th>Outcome</th></tr>
<tr><td>Ellis</td><td>4</td><td>Boy</td><td>Died 18 November 2023</td></tr>
<tr><td>Maya</td><td>6</td><td>Girl</td><td>Serious injuries, survived</td></tr>
</table>
<p>Both children were White British and lived with their mother. Their older brother Finn (10) was staying with his maternal grandparents that weekend and was not harmed; he is not a subject of the review. Neither Ellis nor Maya had ever been subject to a child protection plan.</p>
</div>

<h3>1. What happened</h3>
<p>On Saturday 18 November 2023 Ellis and Maya were spending the day at their father's flat under an informal contact arrangement. In the early evening Mr W attacked both children with a kitchen knife and then harmed himself. A neighbour heard screaming and called the police. Ellis died at the scene. Maya had wounds to her arms and back and needed surgery; she has recovered physically and lives with her mother and Finn. Mr W survived, pleaded guilty to murder and attempted murder, and was sentenced in July 2024.</p>
<p>The review used an appreciative inquiry approach: practitioners were asked what worked well as well as what did not, and the learning events were built around the family's own account. The children's mother, Ms W, and Finn's school took part; Mr W declined.</p>

<h3>2. Background</h3>
<p>Ms W and Mr W separated in March 2023 after eleven years together. The separation was bitter: Ms W obtained a non-molestation order in May 2023, and there were private law proceedings about the children in which each parent made allegations against the other. Ms W described years of controlling behaviour: Mr W checked her phone, controlled the money and stopped her seeing friends. Police were called to the family home twice in February 2023 and once in April 2023 to Mr W's doorstep arguments.</p>
<p>Mr W had been prescribed antidepressants by his GP in June 2023 after telling the GP he could not sleep and felt "there was no point". He was referred to NHS Talking Therapies and was on the waiting list when the children were attacked. He had lost his job in the summer and told his GP he had "nobody". Mr W grew up in a household where his own father was violent to his mother. Ms W has said that Mr W may have been drinking more after the separation; no agency recorded any concern about his alcohol use and this was not established. Mr W had no previous convictions or cautions.</p>

<h3>3. Risk factor checklist</h3>
<table>
<tr><th>Factor</th><th>Known before the incident?</th><th>Notes</th></tr>
<tr><td>Domestic abuse / coercive control</td><td>&#10004;</td><td>Police x3, IDVA, non-molestation order</td></tr>
<tr><td>Parental separation</td><td>&#10004;</td><td>March 2023</td></tr>
<tr><td>Acrimonious separation / court dispute</td><td>&#10004;</td><td>Private law proceedings</td></tr>
<tr><td>Parental mental ill-health</td><td>&#10004;</td><td>Mr W: low mood, suicidal thoughts (GP)</td></tr>
<tr><td>Parental alcohol misuse</td><td>?</td><td>Alleged after the incident, not established</td></tr>
<tr><td>Parental drug misuse</td><td>&#10008;</td><td>No agency held information about drug use by either parent</td></tr>
<tr><td>Perpetrator isolated / loss of job</td><td>&#10004;</td><td>Known to GP only</td></tr>
<tr><td>Threats to harm children</td><td>?</td><td>Ms W told the IDVA Mr W said she would "regret" leaving; not specific to the children</td></tr>
</table>

<h3>4. Agency contact</h3>
<table>
<tr><th>Agency</th><th>Contact</th></tr>
<tr><td>Ashdown Police</td><td>Three domestic incidents (Feb, Apr 2023); DASH medium, then high; MARAC May 2023</td></tr>
<tr><td>Ashdown Domestic Abuse Service (IDVA)</td><td>Support to Ms W, May to September 2023</td></tr>
<tr><td>Children's social care</td><td>Child and family assessment after MARAC; closed September 2023 with "no further role, mother protective"</td></tr>
<tr><td>GP</td><td>Mr W (June, August 2023); the children's routine care</td></tr>
<tr><td>NHS Talking Therapies</td><td>Mr W accepted onto waiting list, July 2023</td></tr>
<tr><td>St Anne's Primary School</td><td>Maya (Year 2) and Finn (Year 6)</td></tr>
<tr><td>Rainbow Day Nursery</td><td>Ellis, three days a week</td></tr>
<tr><td>Cafcass</td><td>Safeguarding letter for the court, July 2023</td></tr>
</table>

<h3>5. Findings</h3>
<ol>
<li><b>The risk from Mr W to the children was not assessed.</b> The social work assessment was about whether Ms W could protect the children from Mr W when they were with her; it did not ask what might happen when they were with him. Mr W was never seen by the social worker.</li>
<li><b>Risk after separation was seen as falling when it was rising.</b> Closing the case in September followed the end of the IDVA's support and the move to unsupervised contact, the two points at which risk is known to rise.</li>
<li><b>Information held by the GP never reached the people making decisions about contact.</b> The GP knew of Mr W's suicidal thoughts and job loss; the social worker, the IDVA and Cafcass did not.</li>
<li><b>Maya's voice was not heard.</b> Her school noticed she had become withdrawn and was wetting herself at school after weekends with her father; this was recorded but not passed on, and no one asked her about contact.</li>
<li><b>Assessments did not use Mr W's history</b>, including his own childhood and the pattern of control described by Ms W.</li>
</ol>
<p>What worked well: the IDVA's work with Ms W was described by her as "the only thing that kept me going"; the MARAC was timely and well attended.</p>

<h3>6. Recommendations</h3>
<table>
<tr><th>No.</th><th>Recommendation</th><th>Owner</th><th>Date</th></tr>
<tr><td>1</td><td>Assessments following domestic abuse to include an assessment of the risk posed by the abusive parent during contact</td><td>Director of Children's Services</td><td>June 2025</td></tr>
<tr><td>2</td><td>Case closure after MARAC to require a check with the IDVA and GP</td><td>Head of Safeguarding</td><td>April 2025</td></tr>
<tr><td>3</td><td>GPs to be given a route to share concerns about a parent's suicidal thinking where the parent has contact with children</td><td>ICB Named GP</td><td>June 2025</td></tr>
<tr><td>4</td><td>Schools to be told of contact arrangements and to report changes in children's presentation after contact</td><td>Education Safeguarding Lead</td><td>April 2025</td></tr>
<tr><td>5</td><td>Partnership training on post-separation risk and child homicide</td><td>Partnership Business Unit</td><td>September 2025</td></tr>
<tr><td>6</td><td>Police to share DASH and MARAC outcomes with Cafcass in every case with current private law proceedings</td><td>Ashdown Police</td><td>April 2025</td></tr>
<tr><td>7</td><td>The partnership to write to the Panel and the Domestic Abuse Commissioner about national guidance on contact after separation</td><td>Partnership Chair</td><td>March 2025</td></tr>
</table>
</body></html>
"""

def build_html():
    with open(os.path.join(D, "kc06.html"), "w", encoding="utf-8") as f:
        f.write(KC06)

if __name__ == "__main__":
    build_docx()
    build_pdf()
    build_html()
