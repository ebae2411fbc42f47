"""Build the binary/markup reports of writer a (ra03 docx, ra05 pdf, ra07 html, ra10 docx).
Run with /work/scratch-venv/bin/python build_binary.py"""
import os
from docx import Document
from fpdf import FPDF
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reports")

RA05 = """SEVERNMERE SAFEGUARDING CHILDREN PARTNERSHIP

Local Child Safeguarding Practice Review
CHILD L

Independent lead reviewer with a health overview by the Designated Nurse, Severnmere ICB
Date of publication: 12 April 2024

1. INTRODUCTION

1.1 This review concerns Child L, a baby girl who died in the paediatric intensive care unit of the regional children's hospital on 24 October 2022. She had been admitted five weeks earlier, on 19 September 2022, after her father called an ambulance to say she had stopped breathing while he was feeding her. Child L's date of birth was 03/02/2022.

1.2 On admission she had retinal haemorrhages in both eyes, subdural bleeding over both hemispheres and hypoxic-ischaemic brain injury. A skeletal survey found a healing fracture of the right clavicle and two classic metaphyseal lesions of the left femur. Despite intensive treatment she did not recover, and life-sustaining treatment was withdrawn after discussion with her family. The Home Office post-mortem confirmed abusive head trauma. Her father was convicted of her manslaughter in 2023.

1.3 Severnmere is a county area in the West Midlands. The partnership decided to carry out an LCSPR after a rapid review identified that Child L had been seen by three health professionals with injuries or signs that, looking back, may have been sentinel injuries.

2. TERMS OF REFERENCE AND METHOD

2.1 The review examined the period from the first booking appointment in June 2021 to Child L's admission. It asked:
- What did professionals know about the parents, including the father's background and emotional wellbeing?
- How were the torn frenulum at 4 months and the bruise at 5 months understood and responded to?
- How did agencies respond to the domestic incident reported in July 2022?
- How well were health and police information shared with children's social care?

2.2 The review used a hybrid model: agency chronologies and single-agency reports were combined with a practitioner learning event facilitated in the style of a systems review, and conversations with the lead practitioners. Both parents were invited to contribute. The mother met the reviewer; the father declined.

3. THE FAMILY

3.1 Child L lived with her mother (26), her father (31) and her brother, aged 4, who attended a private day nursery. The parents were married and lived together throughout the period of the review. The family is of Black African heritage; both parents moved to England as young people.

3.2 The father was placed in foster care in Severnmere from the age of 14 until 18, after his own father's death and a period of homelessness, and was supported by the leaving care service until he was 21. He spoke to the mother about "a hard childhood" but professionals were not aware of his care history.

3.3 After the birth of her son in 2018 the mother had postnatal depression, treated by her GP and through the talking therapies service. She was well during the pregnancy with Child L, and was screened at each midwifery contact.

3.4 In spring 2022 the father lost his job as a warehouse supervisor. He began to drink more heavily in the evenings; in June 2022 he saw the GP with poor sleep and "drinking half a bottle of vodka most nights to switch off". He was given a brief alcohol intervention and a leaflet for the local alcohol service, which he did not contact. The family were not in financial difficulty; the mother worked full time as a pharmacy technician and the father was receiving redundancy pay.

3.5 There was no evidence that either parent used illicit drugs. Neither parent had any criminal convictions before the incident.

4. HEALTH OVERVIEW

4.1 Midwifery. Antenatal care was routine. Routine enquiry about domestic abuse was completed on two occasions with the mother seen alone; no concerns were disclosed. The father attended most appointments. The midwife recorded that he seemed "very involved and supportive". No questions were asked of him about his own health, history or stress.

4.2 Birth. Child L was born at 39 weeks, weighing 3.4 kg. She was a healthy, well baby. Newborn examination was normal.

4.3 Health visiting. The family received the universal service. The new birth visit, the 6-8 week review and a 3-month contact took place. The health visitor noted that the father did most of the night feeds because the mother had returned to work early. At the 6-8 week contact the ICON crying programme was discussed with the mother; the father was not present.

4.4 The first sentinel sign: torn frenulum at 4 months. On 9 June 2022, when Child L was four months old, the father took her to the Emergency Department of Severnmere County Hospital because her mouth was bleeding. The triage note records "torn upper lip frenulum, father states bottle pushed in too hard while baby wriggling". She was reviewed by an emergency nurse practitioner who cleaned the wound and discharged her. The partnership's Injuries in Non-Mobile Babies protocol lists a torn frenulum in a non-mobile baby as an injury that requires paediatric review and a referral to children's social care. Neither occurred. The ED discharge letter was sent to the GP and copied to the health visiting service; the health visiting system logged it as "ED attendance - minor" with no action.

4.5 The second sentinel sign: bruise at 5 months. On 18 July 2022, at a home visit to weigh Child L, the health visitor saw a 1 cm bluish mark on the inside of her left thigh. The mother said it was probably from the car seat strap. The health visitor told the review she "was not sure it was a bruise" and thought it could be a birthmark. She did not follow the protocol. She recorded the mark in the notes and planned to look again at the next contact. No next contact was booked before the incident.

4.6 The GP contacts. Between June and August 2022 the GP saw the father about his sleep and drinking, and saw Child L twice, once for immunisations and once with a cold. The GP did not link the father's stress and drinking to his role in caring for a baby.

4.7 Nursery. The older brother's nursery reported no concerns about him. Staff noticed in August 2022 that the father, who usually dropped him off, "seemed short-tempered and smelled of alcohol once". This was discussed by the nursery room leader and the manager but was not recorded as a safeguarding concern.

5. THE DOMESTIC INCIDENT IN JULY 2022

5.1 On 23 July 2022 a neighbour called the police after hearing shouting and a "bang" from the family's flat at around 23:00. Officers attended. The mother said the couple had argued about money and the father's drinking and that he had thrown a mug at the wall. The father had left before police arrived. A DASH risk assessment was completed and graded standard. Officers recorded that a baby and a four-year-old were asleep in the flat, and a notification was sent to the MASH.

5.2 The MASH screened the notification the following week. The screening record says: "First reported incident. Parents married, no previous history. Standard risk. Children not present in the room. NFA - information letter to parents." The health visitor and the GP were not informed. No one spoke to the father.

5.3 The review considers this to have been a verbal and physical domestic incident in a household with a baby of under six months. It was the only time that any agency saw a sign of the strain the household was under.

6. ANALYSIS

6.1 Sentinel injuries. Research is clear that a significant proportion of babies who suffer serious abusive head trauma have had an earlier minor injury, such as a bruise or a torn frenulum, that was seen by a professional. In Child L's case two such signs were seen by health professionals within six weeks. Each was accepted at face value. In the ED, the emergency nurse practitioner did not know that the protocol applied to oral injuries. In the home, the health visitor doubted what she saw, did not seek a second opinion and did not share her uncertainty with anyone. The review finds that in both episodes there was a lack of professional curiosity and a reluctance to consider that a loving-seeming parent might have caused harm.

6.2 The father. The father was present at many contacts and was described in positive terms. But his history in care, his recent job loss, his drinking, his role as the main night-time carer and the domestic incident were each known to a different agency. No professional assessed him as a carer. This is a recurring theme in reviews of harm to babies and was the central issue in this case.

6.3 Information sharing. The ED letter was treated by health visiting as routine; the GP did not know about the police incident; the MASH did not know about the GP's knowledge of drinking; the nursery did not share what it saw. The review concludes that information was not shared or acted on between agencies at four separate points.

6.4 Changing risk. The father's circumstances changed significantly from April 2022. The household moved from one of low risk to one of rising stress and risk, but no agency reassessed the family's needs. The MASH screening decision relied on the absence of history rather than on current events.

6.5 Engagement. The parents engaged well with all services and attended all of their appointments. This review does not find any evidence of disguised compliance; rather, professionals were reassured by good engagement and did not look beneath it.

6.6 Culture and systems. The health visitor was working in a team with four vacancies and told the review that she had no protected supervision time in the summer of 2022. The MASH had recently changed its screening template. The review considers these pressures contributed to the decisions but does not find that they explain them.

6.7 Child L's lived experience. Child L was a baby who could not speak for herself. Her mother described her as "smiley and nosy, always looking round for her brother". The records show a baby who was feeding well and gaining weight along the 50th centile. They say very little about her days: who held her, who settled her when she cried, what happened in the evenings after the mother went to bed early for her shifts. The review heard that Child L had a period of prolonged evening crying from about 8 weeks, which the mother mentioned to the GP at the immunisation appointment. This was treated as normal infant colic. The review accepts that it probably was normal crying, but notes that no one asked how the father, who was alone with her most evenings, was coping with it.

6.8 The mother's contribution. The mother told the reviewer that she had trusted her husband completely and that she had not known about his visit to the GP about drinking. She said that after the incident in July she had told him to "sort himself out" and that he had promised to stop. She said she wished a professional had spoken to her about what the police attendance might mean for the children. She also said that she felt the health visitor "was lovely but always in a rush". The review is grateful to her for her openness at a time of great grief.

6.9 Culture, faith and community. Both parents came to England from West Africa as teenagers. The family attended a local church, where they were well known and supported. The review considered whether cultural assumptions affected professional judgement. Practitioners reflected at the learning event that they may have been reluctant to ask a father who presented as calm and articulate about drinking or about his temper, and that no one asked the family what support networks they had. The review found no evidence that the family were isolated; they had friends at church and the maternal aunt lived nearby.

6.10 Good practice. The ambulance crew and the PICU team gave Child L excellent care and supported her family with great sensitivity through the five weeks she was in hospital. The police investigation was prompt and the child death review process worked well. The nursery responded quickly and supportively to the brother after the incident.

7. FINDINGS

Finding 1: Sentinel injuries in non-mobile babies were not recognised and the partnership protocol was not followed in two settings.
Finding 2: Fathers and male carers were not assessed, even when they were the main carer.
Finding 3: Information held by health, police, the nursery and the MASH was not brought together.
Finding 4: Screening of domestic incidents did not consider the vulnerability of a baby in the household.
Finding 5: Changes in family circumstances were not recognised as increasing risk.
Finding 6: Pressure on the health visiting workforce reduced opportunities for reflective supervision.

8. RECOMMENDATIONS

1. The partnership should relaunch the Injuries in Non-Mobile Babies protocol, explicitly including oral injuries and torn frenulum, and make completion of the associated training mandatory for ED, urgent care and health visiting staff.
2. Severnmere County Hospital should ensure that every attendance of a baby under six months with any injury is reviewed by a paediatrician before discharge.
3. The health visiting service should introduce a "second opinion" expectation: where a practitioner is uncertain whether a mark is a bruise, they must discuss it with the safeguarding team the same day.
4. The MASH should revise its screening template for domestic abuse notifications so that the presence of a child under one year always leads to information being shared with the health visitor and GP.
5. All agencies should record the details of fathers and male carers and ask about their history, mental health and substance use.
6. The ICB should work with general practice so that a parent's disclosure of alcohol misuse prompts a question about caring responsibilities for young children.
7. Early years settings should be reminded through the partnership's training programme that low-level concerns about a parent must be recorded and shared.
8. The partnership should seek assurance from the health visiting provider about supervision arrangements and vacancy levels within six months.

9. GLOSSARY

DASH - Domestic Abuse, Stalking and Harassment risk assessment
ED - Emergency Department
CDOP - Child Death Overview Panel, which reviews the deaths of all children normally resident in the area
ICB - Integrated Care Board
ICON - Infant crying is normal programme
LCSPR - Local Child Safeguarding Practice Review
MASH - Multi-Agency Safeguarding Hub
NFA - No further action
PICU - Paediatric Intensive Care Unit
SUDI - Sudden unexpected death in infancy (not the explanation in this case)

APPENDIX - THE RAPID REVIEW

The local authority notified the Panel on 22 September 2022, three working days after Child L's admission, as a serious incident in which a child had been seriously harmed. The notification was updated when Child L died. The rapid review was held on 7 October 2022 and agreed that an LCSPR should be commissioned. The Panel agreed. Publication was delayed until after the conclusion of criminal proceedings, with the agreement of the Panel.
"""

def build_ra05():
    pdf = FPDF()
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for para in RA05.split("\n"):
        if para.strip():
            pdf.multi_cell(0, 5, para, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(3)
    pdf.output(os.path.join(OUT, "ra05.pdf"))

RA07_HTML = r"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>LCSPR Twins A and B - Fenmarsh Safeguarding Children Partnership</title></head>
<body>
<header><h1>Fenmarsh Safeguarding Children Partnership</h1>
<h2>Local Child Safeguarding Practice Review: Twins A and B</h2>
<p>Published 30 January 2025. Lead reviewer: Named Nurse for Safeguarding, Fenmarsh Hospitals NHS Foundation Trust, with an independent chair. Fenmarsh lies in the East of England.</p></header>
<section><h3>1. Summary</h3>
<p>Twin A (female) and Twin B (male) were born at 30+1 weeks' gestation in April 2024 and spent seven weeks on the neonatal unit. In August 2024, at 16 weeks old (a corrected age of 6 weeks), Twin A was seen by the neonatal outreach nurse at home with two small bruises on the left cheek and a fingertip pattern on the right upper arm. The nurse followed the Bruising in Non-Mobile Babies protocol: paediatric assessment was arranged the same day and a referral made to children's social care. A skeletal survey of both twins was carried out in line with guidance on siblings and twins. Twin A had no fractures; Twin B had three healing posterior rib fractures and a healing fracture of the right humerus. Both twins were judged to have suffered serious harm through physical abuse.</p>
<p>Twin B has chronic lung disease of prematurity and was on home oxygen at the time. Twin A had no ongoing medical conditions after discharge from the neonatal unit.</p></section>
<section><h3>2. The family</h3>
<ul>
<li>Mother, aged 17 at the twins' birth, living with the twins in a mother-and-baby flat provided by the council's young persons' housing service.</li>
<li>Father, aged 19, did not live with them; the couple had separated during the pregnancy but he visited most days and sometimes stayed overnight to help with feeds. The separation was not hostile.</li>
<li>The mother was supported by the Family Nurse Partnership (FNP) from 16 weeks of pregnancy. The father was not enrolled and was not seen by the family nurse on his own.</li>
<li>The mother had been known to children's social care as a child because of her own mother's depression; the case had closed when she was 12. The twins themselves had no involvement with children's social care before the referral.</li>
<li>The father had a youth caution for possession of cannabis at 16 and was working with the youth justice service until 2023. He told the review he "stopped all that" when the twins were born; no agency had information to the contrary.</li>
<li>There was no evidence of domestic abuse between the parents.</li>
</ul></section>
<section><h3>3. Methodology</h3>
<p>The review used an appreciative inquiry approach, focusing on what worked well in this case as well as what could be learned, through conversations with practitioners and both parents.</p></section>
<section><h3>4. What worked well</h3>
<p>The neonatal outreach nurse acted exactly as the protocol requires, and the paediatric team's decision to examine Twin B even though he had no visible injury was crucial. Information was shared quickly and well between the neonatal team, FNP, the GP and children's social care once the bruising had been seen: a strategy discussion took place within four hours.</p></section>
<section><h3>5. What we learned</h3>
<table border="1">
<tr><th>Theme</th><th>Learning</th></tr>
<tr><td>Fathers who visit</td><td>The father provided a large share of night-time care, including for a baby on oxygen, but was treated as a visitor. His coping, his sleep and his understanding of safe handling of a fragile baby were not assessed.</td></tr>
<tr><td>Premature twins and stress</td><td>Caring for premature twins, one with oxygen, is exhausting. Professionals praised the young parents' devotion and did not ask how they were coping with the crying and the broken nights. The twins' experience - long nights, feeds every three hours, two tired teenagers - was not understood.</td></tr>
<tr><td>Corrected age</td><td>At 16 weeks the twins were, developmentally, 6-week-old babies and entirely non-mobile. Some staff told us they were less sure the protocol applied because the twins were "nearly four months".</td></tr>
</table></section>
<section><h3>6. Recommendations</h3>
<ol>
<li>The partnership's bruising protocol should state that corrected age is used for premature babies.</li>
<li>FNP and health visiting should offer every father or co-parent an individual contact, including ICON messages, before discharge from the neonatal unit.</li>
<li>The neonatal unit should include a discussion of parental coping and a plan for respite in the discharge planning for multiple births.</li>
<li>Children's social care and health should record sibling and twin skeletal surveys in a shared audit.</li>
<li>The partnership should share this review's learning with young persons' housing providers.</li>
</ol></section>
</body></html>
"""

def build_ra07():
    open(os.path.join(OUT, "ra07.html"), "w", encoding="utf-8").write(RA07_HTML)

# ---------------------------------------------------------------- ra03 (docx)
RA03_INTRO = [
 ("h", "Brackenmoor Safeguarding Children Partnership"),
 ("h", "Local Child Safeguarding Practice Review: Child D"),
 ("p", "Summary report with clinical chronology. Published June 2025."),
 ("p", "Lead reviewers: Designated Doctor for Safeguarding Children (Brackenmoor ICB) and an independent social work reviewer. The review followed the Significant Incident Learning Process (SILP): agency reports, a practitioner learning event and a recall event. Brackenmoor is a metropolitan borough in the North West."),
 ("h2", "1. Why this review was undertaken"),
 ("p", "Child D is a boy with type 1 diabetes mellitus (T1DM), diagnosed when he was 7. On 11 February 2024, aged 11y 4m, he was admitted in severe diabetic ketoacidosis (DKA: pH 6.88, blood glucose 41 mmol/L, ketones >6) and developed cerebral oedema on the second day of treatment. He was ventilated on the paediatric intensive care unit for six days. He survived but has an acquired brain injury affecting memory and fine motor skills. The notification was made as serious harm arising from neglect of his medical needs."),
 ("p", "Child D lived with his mother and his older sister (aged 17, not a subject of this review). His father has been in prison since 2022 for burglary offences and had several earlier convictions for theft; D had letter contact with him. The parents separated in 2021."),
 ("p", "Child D had been the subject of a child protection plan under the category of neglect from May 2021 to August 2022. At the time of the incident he was subject to a child in need (CIN) plan and had an allocated social worker. He was on roll at, and mostly attending, Hallam Brook Primary School (Year 6). He is of mixed White and Black Caribbean heritage."),
 ("h2", "2. Clinical chronology (key entries)"),
]
RA03_TABLE = [
 ("Date", "Agency / setting", "Event", "Reviewer comment"),
 ("03/2020", "Children's hospital", "T1DM diagnosed, presented in DKA. Education by paediatric diabetes specialist nurse (PDSN). Basal-bolus insulin.", "Good initial care."),
 ("05/2021", "CSC", "ICPC: CP plan (neglect) - missed clinics x4, HbA1c 98, home conditions poor, mother drinking.", "Mother disclosed drinking up to 2 bottles of wine most nights; referred to drug and alcohol service, attended 3 sessions."),
 ("08/2022", "CSC", "CP plan ended; stepped down to CIN.", "HbA1c improved to 64 at the time; reliance on a single result."),
 ("01/2023-12/2023", "Hospital diabetes clinic", "6 of 8 clinic appointments 'DNA'. Two letters sent to mother, copy to GP.", "Recorded as did not attend; not 'was not brought'. CSC not told."),
 ("04/2023", "ED", "DKA (moderate). Admitted 3 nights. Discharge summary to GP.", "No safeguarding referral. No link made to CIN plan."),
 ("07/2023", "ED", "DKA (mild). D said he 'forgot' his evening insulin for 'a few days'.", "An 11-year-old cannot be expected to self-manage alone. Curiosity lacking."),
 ("09/2023", "School", "Class teacher notices D eating sweets at lunch, no insulin given; school nurse told that pen 'left at home'.", "School had no individual healthcare plan in date."),
 ("10/2023", "GP", "Repeat insulin prescriptions not collected for 9 weeks.", "Prescription data not shared with anyone; strong indicator of neglect."),
 ("11/2023", "CSC", "CIN review: 'mother managing, D happy'. PDSN not invited.", "Health information absent from the CIN review."),
 ("12/2023", "ED", "DKA (moderate). Mother smelled of alcohol at the bedside (nursing note).", "Not shared with social worker."),
 ("11/02/2024", "Ambulance/ED/PICU", "Severe DKA, cerebral oedema.", "Incident."),
]
RA03_END = [
 ("h2", "3. Findings"),
 ("p", "Finding 1 - Repeated DKA admissions were treated as isolated medical events. Four episodes of DKA in ten months is a marker of possible neglect of a child's medical needs. The pattern was visible in the hospital record but no one stepped back and asked why."),
 ("p", "Finding 2 - Health information did not reach the CIN plan. The PDSN, the GP and the ED each held part of the picture. The CIN reviews relied on what the mother said and on D's own reports that he was fine. The prescription data in particular was never shared."),
 ("p", "Finding 3 - Missed appointments were recorded as 'did not attend', which placed responsibility on an 11-year-old boy. The service did not see the non-attendance as a sign that D was not being brought."),
 ("p", "Finding 4 - Risk increased after the step-down from the CP plan and this was not reassessed. The decision to end the plan rested on one HbA1c result. Mother's alcohol use was not re-explored after the plan ended, although there were further signs of it."),
 ("p", "Finding 5 - D's daily life with diabetes - who drew up his insulin, who checked his levels at night, what happened at weekends - was not understood by anyone."),
 ("p", "The review found that the social worker had a manageable caseload and good supervision; organisational capacity was not a factor in this case."),
 ("h2", "4. Recommendations"),
 ("p", "1. The hospital trust should adopt a 'was not brought' policy for children with long-term conditions, with escalation to the named nurse after two missed appointments."),
 ("p", "2. The partnership should issue guidance that recurrent DKA (two or more episodes in twelve months) prompts a safeguarding discussion and a check with CSC."),
 ("p", "3. Children's social care should invite the PDSN or diabetes consultant to every CIN and CP meeting for a child with diabetes."),
 ("p", "4. The ICB should work with community pharmacy and practices to flag uncollected insulin prescriptions for children known to CSC."),
]

def build_ra03():
    doc = Document()
    def add(items):
        for kind, text in items:
            if kind == "h": doc.add_heading(text, level=1)
            elif kind == "h2": doc.add_heading(text, level=2)
            else: doc.add_paragraph(text)
    add(RA03_INTRO)
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for row in RA03_TABLE:
        cells = t.add_row().cells
        for i, v in enumerate(row): cells[i].text = v
    add(RA03_END)
    doc.save(os.path.join(OUT, "ra03.docx"))

RA10 = [
 ("h", "Larchfield Safeguarding Children Partnership"),
 ("h2", "Rapid Review: Baby S (sudden unexpected death in infancy)"),
 ("p", "Report date: 19 September 2024. Prepared by the Designated Doctor for Child Deaths and the Named Nurse for Safeguarding, Larchfield University Hospitals. Larchfield is an outer London borough."),
 ("h2", "Presenting information"),
 ("p", "Baby S, female infant, born at 33+4 weeks' gestation. On 28 August 2024, aged 14 weeks (corrected age 7 weeks), she was found unresponsive at 06:10 by her mother on a sofa where she had been sleeping with her father. The London Ambulance Service attended; resuscitation was unsuccessful and she was pronounced dead in the ED at 06:58. Joint agency response initiated. The post-mortem gave the cause of death as unascertained, in keeping with SUDI; no injuries were found. The notification was made because of possible neglect in the sleeping arrangements."),
 ("h2", "Family and household"),
 ("p", "Baby S lived with her mother (23) and father (25), who are married and live together, and her sister aged 2 (not a subject). The family are of Bangladeshi heritage. Following eviction from a privately rented flat for arrears, the family had moved four times in six months and at the time of the death were living in one room of a temporary accommodation hostel with one double bed and a travel cot that was full of belongings. The father had recently lost his job as a delivery driver."),
 ("p", "The mother developed postnatal depression after the birth of her first child and was seen by the perinatal mental health team in 2022-23; she was restarted on medication by the GP in July 2024. The father works irregular hours. Police who attended noted empty beer cans in the room and the father said he 'may have had a couple'; this could not be established and he was not tested. Both parents smoked. No history of domestic abuse was known to any agency. The family were not known to children's social care before the death."),
 ("h2", "Agency contact before the death"),
 ("p", "Midwifery and the neonatal unit (five weeks in NNU); health visiting (new birth visit, one further visit; two visits cancelled by the family due to the moves); GP; the council's housing options service; a children's centre (sister's stay-and-play sessions)."),
 ("h2", "Analysis"),
 ("p", "Safe sleep advice was given by the neonatal unit and the health visitor to the mother, on both occasions without the father. The health visitor did not know the family had moved into a single room because the housing service did not inform health services, and the two moves after the new birth visit were not known to the GP either. No professional asked where Baby S would actually sleep each night, or considered that a premature baby in an overcrowded room with smoking parents was at higher risk. The father's role in night-time care was not known. The review group noted that the health visiting team had adapted well by offering a visit at the hostel, which the family cancelled."),
 ("h2", "Recommendations to the partners"),
 ("p", "1. The housing options service should notify the health visiting service when a family with a baby under 12 months is placed in temporary accommodation."),
 ("p", "2. Health visiting and neonatal services should deliver safe sleep advice to both parents and record who received it."),
 ("p", "3. The partnership should ensure every family with a baby in temporary accommodation has a suitable cot, using the existing hardship fund."),
 ("p", "4. The learning should be shared through the Child Death Overview Panel and a partnership safe sleep briefing."),
 ("h2", "Decision"),
 ("p", "The rapid review group considers that an LCSPR is not required; the learning will be taken forward through the Child Death Review process."),
]

def build_ra10():
    doc = Document()
    for kind, text in RA10:
        if kind == "h": doc.add_heading(text, level=1)
        elif kind == "h2": doc.add_heading(text, level=2)
        else: doc.add_paragraph(text)
    doc.save(os.path.join(OUT, "ra10.docx"))

if __name__ == "__main__":
    build_ra03()
    build_ra05()
    build_ra07()
    build_ra10()
