#!/usr/bin/env python3
"""Build the binary reports of blind set v3/b: x21.docx (chronology table),
x25.docx (rapid review template with tables) and x27.pdf (text PDF).

Run with a scratch venv outside the repository:
    python3 -m venv /work/scratch-v3b-venv
    /work/scratch-v3b-venv/bin/pip install python-docx==1.2.0 fpdf2==2.8.9
    /work/scratch-v3b-venv/bin/python evaluation/devset/tools/build_heldout_v3b_binary.py
The text of each report is embedded below.
"""
import os
from docx import Document
from docx.shared import Pt
from fpdf import FPDF

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout-v3", "reports")

X21 = [
("title", "Ashcombe Vale Children's Safeguarding Partnership"),
("h1", "Local Child Safeguarding Practice Review: Child K"),
("p", "Final report. Agreed by the safeguarding partners 20 June 2024. Published 8 August 2024."),
("h2", "1. Introduction and reason for the review"),
("p", "This review concerns Child K, who died at home on 2 March 2023. Child K was born on 14 May 2020. She was the youngest of three children living with her mother (M) and father (F) in a housing association house in the north of the Ashcombe Vale district, one of the Yorkshire and Humber local authority areas. Her two older siblings, aged seven and five at the time, are not subjects of this review but their experiences are referred to where relevant. All three children are White British."),
("p", "Child K was found unresponsive in her cot in the morning. The paramedics called the police because of the condition of the bedroom and of Child K herself. The post-mortem found that she had died of dehydration and severe malnutrition. Her weight was well below the 0.4th centile and she had untreated nappy dermatitis. There was no underlying medical cause; Child K had no known medical condition or disability. Both parents have since been convicted of child cruelty and manslaughter by gross negligence."),
("p", "The rapid review concluded that the criteria for a local child safeguarding practice review were met. The review was carried out through agency chronologies, two practitioner workshops and conversations with the lead practitioners. M and F were invited to contribute but declined through their solicitors."),
("h2", "2. Family background"),
("p", "M grew up in the area. She had a statement of special educational needs at school and in 2019 an adult social care assessment found that she has a mild learning disability. She has no contact with her own family. Practitioners described her as having 'no one at all' apart from F, and she rarely left the house."),
("p", "F has a history of heroin use and was in treatment with the Ashcombe Vale substance misuse service throughout the review period, on a methadone prescription. He was convicted of possession with intent to supply in 2016. He has no convictions for violence. There was no evidence of alcohol misuse by either parent."),
("p", "Police attended the address twice in 2022 following calls from neighbours about shouting. On the second occasion M said F had pushed her; a DASH assessment was completed and graded standard risk. The children were present on both occasions."),
("p", "The family's finances were precarious. They relied on benefits, had debts to several lenders and were often without gas and electricity credit. The school referred them to the local food bank several times in 2022."),
("h2", "3. Summary of agency involvement"),
("p", "The three children were subject to child protection plans under the category of neglect from March to October 2021, after the school raised concerns about the older children's hygiene and attendance. The plans ended when the conference judged that home conditions had improved. The children were then supported under child in need plans until June 2022, when the case was closed to children's social care and stepped down to an early help plan led by the family support service. The early help plan closed in November 2022 because the family 'was not engaging'."),
("p", "The table below sets out the key episodes."),
("table", [
  ["Date", "Agency", "Event", "Comment"],
  ["Mar 2021", "CSC", "ICPC: all three children made subject to CP plans, category neglect", "Child K aged 10 months; weight on 9th centile"],
  ["Jul 2021", "Health visiting", "Child K weighed at home: 2nd centile", "Shared at core group; dietetic referral not made"],
  ["Oct 2021", "CSC", "Review conference: plans ended, stepped down to CIN", "Improvement based on two announced visits"],
  ["Jan 2022", "Health visiting", "1-year review (late): not brought; two further appointments DNA'd", "HV wrote to M; no follow-up visit"],
  ["Jun 2022", "CSC", "CIN closed, step-down to EHA (family support service)", "HV not invited to closure meeting"],
  ["Jul 2022", "Police", "Call-out: argument, children present. DASH standard", "Notification to MASH; screened out as open to early help"],
  ["Sep 2022", "Police", "Call-out: M says F pushed her. DASH standard", "No referral to MARAC"],
  ["Oct 2022", "Substance misuse", "F's keyworker notes F 'using on top' of methadone", "Not shared; service unaware of the children's history"],
  ["Nov 2022", "Early help", "EHA closed: family not engaging", "No multi-agency discussion before closure"],
  ["Dec 2022", "School", "Older siblings' attendance 71%; one says Child K 'cries all the time'", "Recorded on school system, not referred"],
  ["Jan 2023", "Housing", "Repairs operative reports 'very poor conditions, toddler in cot in dark room'", "Emailed to tenancy officer, who was on leave"],
  ["Feb 2023", "Health visiting", "2-year review not brought", "HV left card; planned to write again"],
  ["2 Mar 2023", "Ambulance / police", "Child K found dead", ""],
]),
("h2", "4. Analysis and findings"),
("h3", "Finding 1: Cumulative neglect and drift"),
("p", "The evidence of neglect built up over two years but each agency saw only its own part. The decision to end the plans in October 2021 was based on short-term improvement, and once the case was stepped down no one held the whole picture. Risk increased after the step-down and was never reassessed."),
("h3", "Finding 2: Child K was not seen"),
("p", "Child K was rarely seen by any professional after the end of the plan. No one knew what her days were like: how often she was fed, whether she left her cot, who looked after her. Her sibling's comment that she 'cries all the time' was the clearest picture anyone had of her life, and it came from a five-year-old."),
("h3", "Finding 3: M's learning disability was not taken into account"),
("p", "The assessments did not consider how M's learning disability affected her ability to understand what was being asked of her or to meet the children's needs. Written appointment letters were sent to a parent who could not easily read them. Missed health appointments and the family's withdrawal from early help were recorded as non-engagement without asking whether M understood or needed help to attend."),
("h3", "Finding 4: F was not assessed"),
("p", "F was seen as 'in treatment' and therefore stable. His role as a carer, his drug use and the incidents of domestic abuse were never brought together in any assessment of the children's safety."),
("h3", "Finding 5: Information held but not shared"),
("p", "The substance misuse service, the police, the school and the housing association each held information that would have changed the picture. None of it reached a practitioner who could act on it."),
("h3", "Finding 6: Optimism"),
("p", "Practitioners at the October 2021 conference accepted M's assurances and the improvement in the house without challenge. No one in the network questioned the step-down or the early help closure."),
("p", "The review did not find that workload, supervision or management oversight were significant factors in this case; the practitioners involved had manageable caseloads and regular supervision."),
("h2", "5. Recommendations"),
("ol", [
  "The partnership should issue guidance that a child protection plan for neglect is not ended until improvement has been sustained for at least six months, evidenced by unannounced visits.",
  "Children's social care should ensure that step-down decisions include health visiting and school and that the early help lead practitioner receives the full history.",
  "The family support service should not close an early help plan for non-engagement without a multi-agency discussion.",
  "Health visiting should review its 'was not brought' procedure for children under three so that no child goes more than three months unseen when there is a history of neglect.",
  "The substance misuse service should always ask about children in the household and share concerns with children's social care.",
  "The partnership should commission training on working with parents with learning disabilities, including accessible communication.",
  "The housing association should agree a process with the partnership for repairs and tenancy staff to report concerns about children directly.",
]),
]
X25 = [
("title", "CONFIDENTIAL - Kettleby and Marsh Vale Safeguarding Partnership"),
("h1", "Rapid Review Report: Child T"),
("p", "Template v4 (2024). Notification to the Child Safeguarding Practice Review Panel: 16/01/2025. Rapid review meeting: 29/01/2025. Report submitted: 05/02/2025."),
("h2", "1. Child and family details"),
("table", [
  ["Item", "Details"],
  ["Child", "Child T, male, DOB 02/02/2022 - aged 2 years 11 months at incident"],
  ["Ethnicity", "White British"],
  ["Lives with", "M (29) and M's partner Mr D (34). Child T's father lives in another town and has regular contact (no concerns)."],
  ["Legal status", "CP plan (neglect) since 19/09/2024. Not LAC prior to incident; accommodated s20 with paternal aunt since discharge."],
  ["Education", "Nursery, 15 funded hours (Sunnybank Nursery)"],
  ["Category of harm (notification)", "Neglect"],
]),
("h2", "2. Brief summary of the incident"),
("p", "11/01/2025 approx 14:00: M called 999, Child T 'very sleepy, can't wake him properly'. Ambulance crew gave naloxone, improved. Conveyed to ED, then PICU for 36 hours. Urine tox: positive for methadone and benzodiazepines. M is prescribed methadone (take-home doses since 11/2024). M says bottle was in a kitchen cupboard; locked storage box supplied by the substance misuse service was found unused under the sink. Child T has made a full recovery. Police investigating (neglect). M and Mr D both say they did not see him take it."),
("h2", "3. Agencies involved"),
("table", [
  ["Agency", "Involvement", "Open at incident?"],
  ["CSC", "S47 08/2024 after nursery concerns (hygiene, hunger, late collection). ICPC 19/09/2024, CP plan (neglect). SW allocated.", "Y"],
  ["Horizon Substance Misuse Service", "M in treatment since 2019 (heroin). Methadone 60ml. Supervised consumption ended 11/2024 after 6 months' clean tests.", "Y"],
  ["Health visiting", "Universal partnership plus. 2-year review done late (04/2024). Attends core groups.", "Y"],
  ["GP", "M and Child T registered. M prescribed diazepam by GP 2023, stopped 03/2024.", "Y"],
  ["Adult mental health (CMHT)", "M: EUPD diagnosis 2021. Care coordinator until 06/2024, discharged to GP.", "N"],
  ["Police", "1 DA incident 11/2024: verbal argument M and Mr D, DASH standard, children's notification sent.", "N"],
  ["Sunnybank Nursery", "Since 01/2024. Raised concerns leading to S47. Attendance 62% Nov-Dec 2024.", "Y"],
]),
("h2", "4. Background"),
("bullets", [
  "M was looked after from age 9 (neglect, parental drug use), left care at 18. Own experiences of DA in her mother's relationships.",
  "M: heroin use from 17, in treatment since 2019, stable until autumn 2024. Urine test 12/2024 positive for benzodiazepines - not prescribed. Not shared with CSC.",
  "?alcohol: Mr D told the HV in December that M was 'drinking a bit more'. Not explored; no evidence either way.",
  "Mr D: moved in 06/2024. Previous conviction for burglary (2017), known on PNC. Not assessed as part of the CP plan; not invited to core groups. Works away Mon-Thu.",
  "M missed 3 of 5 core groups and 2 SW visits in Nov-Dec 2024. Recorded as 'busy with Christmas'.",
  "Safe storage: at the ICPC M said the lock box was 'in use'. No practitioner saw it.",
]),
("h2", "5. Learning identified"),
("bullets", [
  "The change from supervised consumption to take-home methadone was made without consulting CSC or the core group - information not shared.",
  "Risk changed (positive benzo test, missed core groups, DA incident, Mr D moving in) but the plan was not reviewed.",
  "Safe storage was accepted on M's word - lack of curiosity and challenge.",
  "Mr D was not assessed although he was a member of the household.",
  "M's disengagement from the plan in Nov-Dec was not escalated.",
]),
("h2", "6. Immediate actions"),
("bullets", [
  "Horizon: no change to take-home dosing for any parent of a child on a CP/CIN plan without a professionals' discussion with the SW.",
  "CSC: all CP plans involving prescribed opioids to include a seen-and-checked safe storage visit.",
  "Safeguarding partnership: 7-minute briefing on opioid ingestion by children to be circulated to all agencies.",
]),
("h2", "7. Decision"),
("p", "Does this case meet the criteria for an LCSPR? Y. Rationale: the case raises complex and potentially new learning about the interface between substance misuse treatment decisions and child protection plans, which partners consider requires a fuller review. LCSPR to be commissioned by 28/02/2025."),
]
X27 = [
("title", "Great Stowell Safeguarding Children Partnership"),
("h1", "Local Child Safeguarding Practice Review: Ruby and Alfie"),
("p", "Published: November 2024"),
("h2", "1. Introduction"),
("p", "1.1 This review concerns two siblings, Ruby and Alfie. In October 2023 Alfie, then aged nine, was taken to hospital by ambulance with a severe facial swelling. He was found to have sepsis from multiple dental abscesses. Staff were concerned about his very low weight, his untreated head lice and skin infections, and what he said about home. Police and children's social care visited the family home the same evening and found Ruby, aged 11 years and 2 months, in a similar condition. The home was severely cluttered, with rooms unusable because of hoarded items, no working toilet and little food."),
("p", "1.2 Both children were assessed as having suffered serious harm through long-term neglect. Both have since been placed in foster care and are making good progress."),
("p", "1.3 Great Stowell is a county area in the East Midlands. The partnership commissioned this LCSPR following a rapid review in November 2023. The review used the SCIE Learning Together systems approach, with a review team drawn from the partner agencies and an independent lead reviewer."),
("h2", "2. The family"),
("p", "2.1 Ruby and Alfie lived with their mother and father, who are married and live together. The family is White British. Neither child had any known medical condition or disability. The father worked from home as an IT contractor and the family was not in financial hardship."),
("p", "2.2 The mother has had depression for many years and was prescribed antidepressants by the GP. The father told the review that he has had severe anxiety since his teens and had not left the house, except for short car journeys, for several years. No concerns about alcohol or drug use by either parent were known to any agency, and none were found by the review."),
("p", "2.3 The family had no contact with extended family or neighbours. The mother told the review that she had 'shut the world out'."),
("p", "2.4 The family had never been known to children's social care. Neither child had ever been subject to a child protection or child in need plan."),
("h2", "3. Elective home education"),
("p", "3.1 Both children attended the local primary school until March 2022. Their attendance had fallen to below 60 per cent and the school had begun the process for a fixed penalty notice. The mother said Ruby was being bullied at school and that was why she was missing days; the school had no record of any bullying. In March 2022 the parents wrote to the school to say they would be educating both children at home. The children were removed from roll the same week. Ruby did not transfer to secondary school."),
("p", "3.2 The local authority's elective home education adviser wrote to the parents three times and offered two visits, which were declined. The parents sent a short written description of their educational provision, which was accepted as suitable. No one saw the children after March 2022 until Alfie was admitted to hospital."),
("p", "3.3 The children were registered with a GP practice and a dental practice. Alfie's last dental appointment had been in 2021 and the family did not attend three reminders. Ruby was not brought to an optician referral made by the school in 2021. The GP saw the mother regularly for her depression and did not ask about the children."),
("h2", "4. Findings"),
("p", "Finding 1: Home education made the children invisible. Once they were removed from school, no professional saw Ruby or Alfie for 19 months. Nobody knew what their days were like, whether they ate, or whether they left the house."),
("p", "Finding 2: The school did not share its concerns. The school had concerns about the children's appearance and attendance that it did not pass to the EHE adviser or children's social care when the children were withdrawn."),
("p", "Finding 3: Written assurances were accepted without question. The EHE adviser, the GP and the dental practice each accepted the parents' explanations without curiosity."),
("p", "Finding 4: Missed health appointments were not followed up. The family's pattern of not attending was not seen as a sign of neglect."),
("p", "Finding 5: Capacity. The EHE service had one adviser for over 900 home-educated children. Leaders had flagged the risk on the corporate risk register but no additional resources had been provided."),
("p", "Finding 6: Both parents were involved. Unlike in many reviews, the father was known to the school and the GP and was present at school meetings; this was not a case where a parent was missing from the picture."),
("h2", "5. Recommendations"),
("ol", [
  "The local authority should see every child who is withdrawn from school for elective home education within 20 school days where there are attendance or welfare concerns.",
  "Schools should complete a welfare checklist and share it with the EHE service whenever a child is removed from roll for home education.",
  "The partnership should seek assurance from the local authority about the capacity of the EHE service.",
  "The ICB should issue guidance to GPs to ask about children when treating a parent for long-term mental health problems.",
  "Dental practices should be included in the partnership's was-not-brought policy.",
  "The partnership should update its neglect strategy to include hoarding and home conditions.",
  "The partnership should write to the Department for Education to share the learning from this review about elective home education.",
]),
]


def build_docx(blocks, path):
    doc = Document()
    doc.core_properties.title = ""
    doc.core_properties.author = "Safeguarding partnership"
    for kind, val in blocks:
        if kind == "title":
            p = doc.add_paragraph()
            r = p.add_run(val)
            r.bold = True
            r.font.size = Pt(14)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "h3":
            doc.add_heading(val, level=3)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "bullets":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in val:
                doc.add_paragraph(item, style="List Number")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
    doc.save(path)


def build_pdf(blocks, path):
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, val in blocks:
        if kind == "title":
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(w, 6, val)
            pdf.ln(2)
        elif kind == "h1":
            pdf.set_font("Helvetica", "B", 16)
            pdf.multi_cell(w, 8, val)
            pdf.ln(2)
        elif kind == "h2":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(w, 7, val)
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("Helvetica", "", 10.5)
            pdf.multi_cell(w, 5.5, val)
            pdf.ln(2)
        elif kind == "ol":
            pdf.set_font("Helvetica", "", 10.5)
            for i, item in enumerate(val, 1):
                pdf.multi_cell(w, 5.5, f"{i}. {item}")
                pdf.ln(1)
    pdf.set_title("LCSPR")
    pdf.output(path)


if __name__ == "__main__":
    build_docx(X21, os.path.join(OUT, "x21.docx"))
    build_docx(X25, os.path.join(OUT, "x25.docx"))
    build_pdf(X27, os.path.join(OUT, "x27.pdf"))
    print("built x21.docx, x25.docx, x27.pdf")
