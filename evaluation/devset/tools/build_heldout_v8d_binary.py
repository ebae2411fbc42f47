#!/usr/bin/env python3
"""Build the binary/markup reports (qd03.docx, qd05.pdf, qd07.html, qd11.docx) from text held here.
Run: /work/scratch-venv/bin/python build_binary.py
Text conventions: a line starting '# ' is a heading, '## ' a subheading, '| ' a table row; other lines are paragraphs."""
import os, html
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reports")

QD03 = r"""
# Kestrelmouth Local Safeguarding Children Board
## Serious Case Review: Child E
Overview report. Lead reviewers: Anjali Brewster and Tom Haddow (SCIE accredited). Published 12 April 2018.
# 1. Introduction
1.1 This serious case review concerns a child known as E. On 2 March 2016 E was admitted to the paediatric intensive care unit at the regional children's hospital with septic shock arising from an infection of a central venous line. It was the fifth line infection in eleven months, and the organisms grown on this occasion included two that are normally found in the gut and in soil. E required ventilation for six days and made a full recovery.
1.2 E was born on 14 June 2009 and was therefore six at the time, in Year 2 at the beginning of the period under review but not attending school by the end of it.
1.3 Kestrelmouth is a coastal unitary authority in the South West of England. E lived there with their mother throughout the period under review, but received care from three NHS trusts: Kestrelmouth District Hospital, the regional children's hospital (some 60 miles away) and a specialist gastroenterology service at a hospital in London, to which E was referred privately in 2014.
1.4 After the admission in March 2016 the consultant in intensive care made a referral to Kestrelmouth Children's Services, noting that the pattern of infections raised the possibility that the line was being deliberately contaminated. A strategy meeting was held and a section 47 enquiry began. The serious incident notification to Ofsted recorded the category of harm as physical abuse, on the basis of suspected fabricated or induced illness (FII).
1.5 The police investigation did not result in a prosecution. In care proceedings concluded in January 2017 the family court found, on the balance of probabilities, that E's mother had fabricated and exaggerated symptoms over at least three years and had caused at least some of the line infections. E now lives with E's father.
1.6 The LSCB's Case Review Group considered the case in May 2016 and the Independent Chair decided that the criteria for a serious case review were met. The decision was delayed pending the outcome of the care proceedings, which explains why this report is published two years after the incident.
# 2. Methodology
2.1 The review used the Social Care Institute for Excellence (SCIE) Learning Together systems model. This approach does not seek to apportion blame to individuals; it uses a case to look through a "window" at the systems that shape everyday practice, asking why it made sense to professionals at the time to act as they did.
2.2 Data were gathered through case records from each agency and individual and group conversations with 19 practitioners and managers (the "case group"). The case group met twice to consider the emerging analysis. The review team was supported by a review panel of senior managers from children's services, the police, the clinical commissioning group, the three hospital trusts, education and CAMHS.
2.3 E's father met the lead reviewers. E's mother was invited to contribute and declined. E, now eight, was seen by one of the lead reviewers with the father present. E spoke about being "in hospital all the time" and said, "Now I can eat pizza."
2.4 Consistent with the SCIE model, the report does not make recommendations. It sets out findings about systemic issues, each with questions for the LSCB and its partners to consider. The LSCB's response, including its actions, is published alongside this report.
## Terms of reference
2.5 The research questions agreed by the review panel were: (a) How do professionals in Kestrelmouth and the hospitals serving its children recognise and respond to a child whose reported symptoms cannot be explained? (b) How is the work of several specialist teams across different trusts coordinated for a child with a complex presentation? (c) How are concerns raised by schools, voluntary organisations and non-resident parents heard by those making medical decisions? (d) What helps or hinders professionals in keeping the child at the centre when the parent is highly engaged with services? (e) How well do the arrangements for elective home education identify children whose welfare may be at risk?
2.6 The period under review runs from E's birth in June 2009 to the admission in March 2016. Earlier information about the family, including the mother's own medical history, was considered where it had been known to agencies at the time or was disclosed during the care proceedings.
2.7 Limitations. The private clinic in London did not provide records, although it responded to written questions. The review was not able to speak to two consultants who had since retired. The reviewers are grateful to all of the staff who gave their time, several of whom found the experience of discussing this case distressing; the review team wishes to acknowledge the commitment and care shown by many practitioners to E throughout.
# 3. The case in brief
3.1 E was born at 35 weeks and spent nine days on the neonatal unit for feeding support; E was discharged home well. E's parents separated when E was 18 months old, after a period of arguments in which each made allegations against the other to the police. The police recorded two incidents in 2010 and 2011, one initiated by each parent; no offences were identified and the allegations were not substantiated. Neither parent has any criminal record.
3.2 The health visitor's records from E's second year show a mother who was very anxious about E's feeding, brought E to the GP on 31 occasions before the age of three, and reported vomiting that was never witnessed by professionals. The health visitor raised the possibility of "anxious parenting" with the GP in 2011. Growth was on the 25th centile throughout.
3.3 Between 2012 and 2014 E was referred to a succession of specialists for reported vomiting, abdominal pain, "absences" and fatigue. Tests were repeatedly normal. In 2013 E was started on nasogastric feeding at the district hospital because of reported food refusal. In 2014 E's mother paid for a private consultation in London, where a diagnosis of a gut motility disorder was made on the basis of the history given and an equivocal test. The London team recommended jejunal feeding. In March 2015 E had a central line inserted for parenteral nutrition at the regional children's hospital because of reported intolerance of jejunal feeds.
3.4 E's school made a referral to the Kestrelmouth MASH in October 2014, because E's mother had said E was "dying" and the school had seen E running and eating normally at a party. The MASH contacted the GP, who said E had "complex genuine medical problems", and the referral was closed with no further action. E had not previously been known to children's social care and had never been the subject of a child protection plan.
3.5 E was referred to CAMHS in early 2015 with anxiety and distress around eating and medical procedures; E was seen four times by a clinical psychologist, who wrote that E's anxiety appeared to "reflect the mother's fears more than E's own".
3.6 In September 2015 E's mother withdrew E from school to educate E at home, saying that E was too unwell and at too much risk of infection. The local authority's elective home education officer made one visit.
3.7 A children's charity funded a specialist buggy and provided the mother with a family support worker, who visited monthly and to whom the mother described E as "terminally ill". No professional had ever said E had a life-limiting condition.
3.8 Between April 2015 and March 2016 E had five line infections. On each occasion E was admitted to the district hospital and transferred to the regional hospital. The organisms grown varied. The possibility of contamination was discussed informally on two occasions by microbiology staff but was not recorded in E's notes.
3.9 E's father had contact on alternate weekends until mid-2015, when the mother stopped contact on the basis that the father could not manage the line. The father rang the regional hospital and the GP in August 2015 to say that E "eats normally" when with him. His calls were recorded but he was told he needed to raise it with the mother.
3.10 The psychiatric assessment of E's mother in the care proceedings found no mental illness. She was found to have had a very difficult childhood: she had been sexually abused by a stepfather between the ages of 8 and 12 and had herself had numerous hospital admissions with unexplained symptoms as a teenager.
3.11 Following the admission in March 2016 the central line was removed. E was fed orally in hospital with no difficulty, was discharged to the father's care under an interim order, and returned to mainstream school in Year 3. The court was told that E has no underlying medical condition and that E's gut function is normal.
# 4. Findings
## Finding 1: Professional deference to parental report in paediatric care
4.1 Across three trusts, decisions about investigations and treatment - including decisions to escalate to nasogastric, then jejunal, then intravenous feeding - were based largely on the mother's account of symptoms. Each step was logical given what the clinician was told. What was missing was a way of standing back and asking whether the reported symptoms were consistent with what professionals had observed themselves.
4.2 Clinicians told us that questioning a parent's account felt like "accusing a mother who is doing everything for her child". Several said that FII is "so rare that you never think of it", and that they would have needed a colleague to share the concern before they could raise it. The national guidance of the time, focused on proven fabrication, did not help them think about the much more common situation of perplexing presentations.
4.3 The review found that practitioners were not curious about the discrepancies that were known: E's normal growth despite reported intolerance of almost all feeds; the school's observations; and the father's calls.
Questions for the LSCB: How can the partnership support clinicians to record and share uncertainty about a child's presentation before they are sure? How will it know whether staff understand "perplexing presentations"?
## Finding 2: No single clinician held the whole picture
4.4 E had at least eleven consultants over four years. No one took the lead. Each trust held its own record; the private opinion from London was accepted without the clinicians locally having seen the tests on which it was based. The discussions by microbiology about possible contamination were never shared with the treating team. The case group said, "Everybody thought someone else was coordinating."
4.5 When the school referred to the MASH, the information from the GP was accepted as the final word. The MASH did not contact the hospital teams, CAMHS or the health visitor, whose concerns from 2011 were on record.
Questions for the LSCB: Is there a mechanism for appointing a lead paediatrician for children with multiple specialists across trusts? How are concerns from non-clinical sources (schools, charities, fathers) brought to the attention of those making treatment decisions?
## Finding 3: The child's own experience was hidden behind the medical narrative
4.6 E, a girl who had loved dancing before she became too "ill" to go to classes, underwent more than 40 procedures under anaesthesia or sedation. E was taken out of school, lost contact with friends and with the father, and spent much of a year in hospital. E's wishes were rarely recorded. The CAMHS psychologist's observation that E's anxiety reflected the mother's fears was an important insight that did not reach the medical teams.
4.7 Home education removed the last setting in which E was seen independently of the mother. The EHE officer's single visit focused on the educational provision and accepted that E was too ill to attend school.
Questions for the LSCB: How do professionals keep the child's day-to-day life in view when a child has a complex medical presentation? What should happen when a child with significant health needs is withdrawn from school?
## Finding 4: Fathers' information is given less weight
4.8 E's father was seen by professionals as a non-resident parent in conflict with the mother, and his concerns were filtered through that lens. Staff told the review that they were anxious about being drawn into a custody dispute. The previous police incidents, in which nothing had been substantiated, were quoted in two hospital records as "history of domestic violence (father)", which was inaccurate and coloured how he was heard.
Questions for the LSCB: How are the views of non-resident fathers sought and weighed? How does the partnership ensure that unverified historical information is recorded accurately?
## Finding 5: Escalating medical intervention was not reviewed as a whole
4.9 Each escalation was treated as a new clinical episode. Nobody tracked the cumulative picture: normal tests, increasingly invasive treatment, and repeated infections of an unusual pattern. The case group recognised that it was "drift - but drift upwards". There was no forum in which the trajectory of E's care was reviewed across agencies, and no supervision arrangement in the paediatric teams that prompted it. The review considered that the absence of a trust-level safeguarding supervision model for paediatric consultants was a significant organisational gap.
4.10 The review notes that the mother's engagement with services was not the problem: she attended every appointment, often requested more, and was described as "exemplary". Reluctant or disguised engagement was not a feature of this case in the usual sense, and the review cautions against reading it as such.
Questions for the LSCB: What assurance does the LSCB have that safeguarding supervision is available to consultant paediatricians? How do agencies recognise cumulative harm arising from medical intervention itself?
# 5. Conclusion
5.1 E was harmed over several years by a pattern that no one saw whole. The review does not find that any individual acted unreasonably given the system in which they worked. It does find that the system relied too heavily on parental report, lacked a lead clinician, did not bring the observations of school, father and CAMHS to those making decisions, and lost sight of E as a child.
5.2 The LSCB has accepted these findings and has published an action plan in response to the questions above.
# Appendix: key episodes considered by the case group
| Date | Episode | Why it mattered
| 2010-2011 | Two police call-outs to parental arguments; no offences; parents separate | Later recorded inaccurately as domestic violence by the father
| 2011 | Health visitor raises "anxious parenting" with GP | First note of discrepancy between reported and observed symptoms
| 2013 | Nasogastric feeding started for reported food refusal | First invasive step based on parental report
| 2014 | Private opinion in London; motility disorder diagnosed | Accepted locally without review of the tests
| Oct 2014 | School refers to MASH; closed after GP view | Only referral to children's social care before the incident
| Early 2015 | CAMHS psychologist sees E four times | Insight that E's anxiety mirrored the mother's not shared with paediatrics
| Mar 2015 | Central line inserted | Exposes E to risk of life-threatening infection
| Aug 2015 | Father phones GP and hospital: E eats normally with him | Told to raise it with the mother
| Sep 2015 | E withdrawn from school for home education | Last independent setting lost
| Apr 2015 - Mar 2016 | Five line infections, unusual organisms | Microbiology concerns not recorded
| 2 Mar 2016 | PICU admission with septic shock | Referral to Children's Services; s47 enquiry
# Glossary
CAMHS - Child and Adolescent Mental Health Services. EHE - elective home education. FII - fabricated or induced illness. MASH - Multi-Agency Safeguarding Hub. PICU - paediatric intensive care unit. SCIE - Social Care Institute for Excellence. s47 - enquiry under section 47 of the Children Act 1989.
"""

QD05 = r"""
# CONFIDENTIAL - Tarnside Safeguarding Children Partnership
## Rapid Review: Family P (the youngest child)
Date of notification: 4 December 2018. Date of rapid review meeting: 19 December 2018. Report date: 7 January 2019. Sent to the Child Safeguarding Practice Review Panel: 8 January 2019.
# 1. Circumstances of the serious incident
1.1 On the evening of 1 December 2018 the father of the youngest child in Family P rang 999 because the child was struggling to breathe. The ambulance arrived within nine minutes; the paramedics began resuscitation and conveyed the child to Tarnside General Hospital, where resuscitation continued for 40 minutes. The post-mortem examination attributed the cause to an acute severe asthma attack.
1.2 The youngest child was four years and ten months old and in the Reception class at Fellgate Infant School. She had been diagnosed with asthma at the age of two and had been admitted to hospital three times with acute exacerbations, twice to the paediatric high dependency unit. The family had called for an ambulance on two earlier occasions (January and August 2018) when she was wheezing badly.
1.3 The notification was made because the hospital's initial checks found that an inhaler prescription had not been collected from the family's usual pharmacy for over four months and that she had not been brought to two asthma clinic appointments. There was therefore a concern that neglect of her medical care might have contributed.
# 2. The family
2.1 The youngest child lived with her mother, her father and three older siblings (aged 13, 11 and 7). The parents are married and live together. The family are of Pakistani heritage; the mother speaks limited English and the father speaks English fluently. The six of them lived in a two-bedroom privately rented terraced house; they had applied to the council for rehousing because they could not afford a larger property.
2.2 The mother was treated by the GP for postnatal depression after the birth of the third child, in 2011; this resolved. No concerns about alcohol or drug use by either parent were known to any agency, and there was no history of domestic abuse.
2.3 The family was known to children's social care through a single contact in 2017 about the attendance of the eldest sibling at secondary school; it was resolved by an early help assessment and closed. The youngest child had never been subject to a child protection plan.
# 3. What the rapid review found
3.1 The rapid review gathered information from the ambulance service, the hospital, the GP, the community pharmacy, health visiting, Fellgate Infant School and the nursery she had attended before Reception, and children's social care.
3.2 The apparently uncollected prescriptions had in fact been collected from a different pharmacy near the father's workplace, which the hospital did not have access to. Both preventer and reliever inhalers had been dispensed regularly. The inhaler was found next to the child and the father described using it with a spacer.
3.3 The two missed clinic appointments had been sent to the family's previous address; the hospital had not updated its records after the family's move within Tarnside in 2017. When the GP surgery telephoned, the mother attended the next available appointment with the child.
3.4 The school had an asthma care plan; staff described the parents as attentive and described the child as happy and well cared for.
3.5 Having considered all the information, the partners concluded that there was no evidence of neglect and that maltreatment did not cause or contribute to the child's death. The death was from natural causes. The review does not consider that the family were reluctant to engage with services.
# 4. Learning
4.1 Even so, the rapid review identified learning about the care of children with asthma:
- Pharmacy records are not linked to hospital systems, which led to a mistaken early concern;
- Hospital letters were sent to an old address for over a year;
- No interpreter was used at any asthma clinic appointment, and the asthma plan was explained only to the father;
- The community paediatric asthma nurse post had been vacant for nine months, so there was no home visit after the second HDU admission.
# 5. Decision
5.1 The partners agree that the criteria for a local child safeguarding practice review are not met, because the child's death was not the result of abuse or neglect. The Panel is asked to agree. The learning will be taken forward through the Child Death Overview Panel and the partnership's health subgroup.
# 6. Recommendations to partners
1. Tarnside General Hospital to review how address changes are picked up for children with long-term conditions.
2. The CCG to ensure that the asthma nurse post is recruited to, and that children admitted to HDU with asthma receive a home visit.
3. All health providers to record the need for an interpreter and to use one at every appointment.
"""

QD07 = r"""
# Saltmarsh Local Safeguarding Children Board
## Serious Case Review: Child J - living with grandparents
Published: October 2018. Author: Ruth Akinola, independent reviewer.
# Summary
Child J was nine at the time of the incident. J has lived with her maternal grandparents since she was three, under a Special Guardianship Order made in 2011 because of her mother's heroin use and neglect. In November 2017, when J was in Year 5, her class teacher noticed that J was holding her arm awkwardly. J had two burns on her forearm, which had become infected, and had lost a great deal of weight: she was below the 2nd centile, having been on the 50th when the SGO was made. J told the school nurse that "Nana's poorly again" and that she had been making her own tea on the gas cooker. A home visit found the house cold and dirty, with little food, and J's grandmother intoxicated. J's grandfather, who has severe lung disease, was confined to bed upstairs.
J was admitted to hospital for treatment of the burns and the infection. She is now living with a paternal aunt under an interim arrangement.
The Board decided in January 2018 that this case met the criteria for a serious case review because J had been seriously harmed through neglect and there were lessons about how agencies support and assess kinship carers.
# About the review
The review used an appreciative inquiry approach: practitioners were asked not only about what went wrong but about what worked well and what would help them to do better. It covered the period from the special guardianship assessment in 2010 to November 2017. Saltmarsh is a district in the East of England; the review took place alongside Saltmarsh County Council's wider review of support to special guardians.
J spoke to the reviewer with her aunt. She said that she loved her grandparents and "didn't want Nana to get in trouble", and that she wished someone had asked her "what it's like at home".
# Family background
J's mother had used heroin since her late teens and has several convictions for shoplifting. She has been in treatment with the community drug service on and off for ten years and had supervised contact with J four times a year. J's mother grew up in the grandparents' home and told the review that her own mother "always drank" and that she had been hit and left alone a lot as a child. J's father is not named on the birth certificate.
The grandparents are in their sixties and live on state pensions. They had debts and had cut the heating to one room. They have little contact with neighbours or with their other children.
As a child subject to a special guardianship order, J was not a looked-after child. J had never been subject to a child protection plan. SGO support from children's social care ended in 2014, and there was no further social care involvement until November 2017. There was no indication of domestic abuse between the grandparents.
# What happened
The special guardianship assessment in 2010 recorded that the grandmother "drinks socially". It did not explore her daughter's account of her childhood, and did not seek information from the GP, who had recorded alcohol-related liver changes in 2008.
From 2015 the grandfather's health deteriorated and he was admitted to hospital four times. The GP and respiratory nurse visited the home; both noticed that the grandmother seemed to struggle, but no one asked about J.
J's attendance at Heron Lane Primary School remained good. School staff noticed in 2016 that J was often tired, and in 2017 that other children teased her about her smell and her clothes. J was not disruptive and her teachers described her as quiet and eager to help. The school offered breakfast club and spoke to the grandmother, who said she was "just tired with Grandad being ill".
A kinship carers' charity ran a support group that the grandparents attended twice in 2014. The group worker told the review she had worried about the grandmother's drinking but did not know where to take her concerns.
J was not brought to two dental appointments or to her asthma review at the GP surgery in 2017.
# Findings
1. J's daily life at home was not understood. Agencies saw a quiet, well-behaved child with good attendance and did not ask what her evenings and weekends were like.
2. The original assessment did not analyse the risk posed by the grandmother's drinking or the grandparents' capacity to care for a child into their late sixties.
3. Risk changed when the grandfather became ill, but no one reassessed J's care. The adult services that saw the household did not think of J.
4. Information held by the GP, the school, the charity and adult health services was never put together.
5. Support for special guardians in Saltmarsh had been reduced to a duty service, and carers were expected to ask for help. The review heard that capacity in the SGO support team was "extremely stretched".
6. Professionals showed warmth and respect to the grandparents, which is a strength. It sometimes meant they were reluctant to challenge carers who were seen as having "stepped in to save" a child.
# Recommendations
1. Saltmarsh County Council should ensure that special guardianship assessments include checks with the GP and an analysis of the carers' health and alcohol use.
2. SGO support should include an annual offer of a review for every special guardianship family.
3. Adult health services should ask about children in the household when a carer's health deteriorates.
4. Schools should be supported to recognise neglect in children who are quiet and attend well.
5. The Board should promote its neglect toolkit to voluntary sector partners, including clear routes for raising concerns.
6. The GP practice should review its response to children who are not brought to appointments.
7. The Board should report to the Family Justice Board on the learning for SGO assessments.
"""

QD11 = r"""
# Whinfield Local Safeguarding Children Board
## Serious Case Review: Children A and B
Overview report, published November 2016. Independent reviewer: Graham Pilkington.
# 1. Introduction
1.1 This review concerns two brothers and sisters, referred to as Child A and Child B. In August 2015 Child B, then 18 months old, was admitted to Whinfield Infirmary with pneumonia. On admission she weighed 7.8 kg (below the 0.4th centile), had severe nappy dermatitis with open sores, and was described by the admitting paediatrician as "the most neglected child I have seen in twenty years". Her brother, Child A, aged five years and in Year 1 at Moorside Primary School, was examined the following day. He had a dental abscess and needed nine teeth extracted under general anaesthetic; he had untreated head lice and impetigo, and his clothes were too small.
1.2 A third child, a baby born in July 2015, was well and is not a subject of this review.
1.3 Both subject children had been subject to child protection plans under the category of neglect since December 2014, and the plans were in place at the time of the admission. Neither child was looked after before the admission. All three children have since become looked after.
# 2. Methodology
2.1 The LSCB chose a hybrid methodology that combined short agency reports and chronologies with a practitioner learning event and conversations with the family. The parents were interviewed together with an advocate.
# 3. The family
3.1 The parents live together with the children in a council house in Whinfield. Neither parent was known to the police. There were no reports of domestic abuse.
3.2 The mother has a mild learning disability; she attended a special school and was herself subject to a child protection plan as a teenager because of neglect by her own parents. The father has no recorded learning needs. He told the reviewer that he drank "a few cans most nights"; no agency had identified alcohol misuse and the reviewer was not able to establish more.
3.3 The family had debts to a catalogue company and a payday lender and had had benefits sanctioned twice in 2014. The house had no carpets and very little furniture. The parents had little contact with their own families and no friends who visited.
# 4. Summary of agency involvement
4.1 The family was first referred to children's social care in 2012 by the health visitor because of poor home conditions. There followed three periods of Child in Need involvement, each closed after some improvement, and then the child protection plans from December 2014.
4.2 The core group met every four to six weeks and was well attended by health visiting, the school, the children's centre (where Child B attended a weekly session), a Home-Start volunteer and both parents. Information sharing between the agencies was generally timely and good. The father was included in every core group meeting and was seen on home visits.
4.3 Child A was not brought to four dental appointments, and Child B to two immunisation appointments and to a dietitian appointment. On each occasion the parents gave a reason and a new appointment was offered.
4.4 Between January and July 2015 Child B's weight was recorded four times and fell across two centile lines. The health visitor plotted the weights and reported them to core group. The plan was amended to include "parents to offer three meals a day".
4.5 The school reported that Child A smelled, was often hungry, soiled himself, and was aggressive towards other children. He had a speech and language assessment and was on the school's special educational needs register.
4.6 The children's centre and Home-Start reported that home conditions improved before every review conference and deteriorated afterwards.
# 5. Analysis
5.1 Drift. The child protection plans continued for eight months without a clear outcome. Each review conference noted "some progress". The previous pattern - improvement, closure, re-referral - was not considered. The plan did not have timescales or a contingency plan, and legal advice was not sought until after the admission. The review considers that the threshold for pre-proceedings (PLO) was crossed by May 2015 at the latest.
5.2 Parenting capacity and learning disability. No specialist parenting assessment adapted to the mother's learning disability was undertaken. Advice was given verbally and in writing; it was not checked that it was understood. The assessment did not analyse what the mother could and could not do, or what support would be needed long-term.
5.3 The children's experience. Records describe the parents' efforts in detail but contain little about what it was like to be Child A or Child B. Child A's behaviour and soiling were seen as a special educational need rather than as possible signs of neglect. Child B, at 18 months, was rarely described at all.
5.4 Missed appointments and disguised compliance. The pattern of missed dental and health appointments, and of improvement before each conference, was recorded but not named. Professionals wanted to support parents whom they liked and respected; this led to over-optimism and a reluctance to challenge.
5.5 What worked well. Agencies shared information well and the core group was effective as a forum. The father was engaged throughout. These are strengths that the LSCB should recognise.
# 6. Recommendations
1. Whinfield LSCB should ensure that all child protection plans for neglect have measurable outcomes, timescales and a contingency plan, and that legal advice is sought when a plan for neglect reaches nine months.
2. Children's Social Care should commission specialist parenting assessments for parents with a learning disability at the start of any child protection plan.
3. All agencies should use the LSCB's neglect tool (Graded Care Profile) at the start of the plan and at each review.
4. The community dental service and health visiting service should agree a protocol for children subject to plans who are not brought for appointments.
5. The LSCB should run practitioner training on disguised compliance and the "start again" pattern in neglect cases.
"""


def parse(text):
    for line in text.strip().splitlines():
        line = line.rstrip()
        if not line:
            continue
        if line.startswith("# "):
            yield ("h1", line[2:])
        elif line.startswith("## "):
            yield ("h2", line[3:])
        elif line.startswith("| "):
            yield ("row", [c.strip() for c in line[2:].split("|")])
        else:
            yield ("p", line)


def build_docx(text, path):
    import docx
    doc = docx.Document()
    table = None
    for kind, val in parse(text):
        if kind != "row":
            table = None
        if kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        else:
            if table is None:
                table = doc.add_table(rows=0, cols=len(val))
                table.style = "Table Grid"
            cells = table.add_row().cells
            for c, v in zip(cells, val):
                c.text = v
    doc.save(path)


def build_pdf(text, path):
    from fpdf import FPDF
    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    for kind, val in parse(text):
        if kind == "h1":
            pdf.set_font("Helvetica", "B", 13)
            pdf.multi_cell(0, 7, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h2":
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 6, val, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("Helvetica", "", 10)
            if val.startswith("- "):
                val = "  * " + val[2:]
            pdf.multi_cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.output(path)


def build_html(text, path):
    out = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
           "<title>Serious Case Review: Child J</title></head><body>",
           "<header><nav><a href=\"/\">Home</a> | <a href=\"/reviews\">Case reviews</a></nav></header><main>"]
    ol = False
    for kind, val in parse(text):
        is_item = kind == "p" and val[:2] in [f"{i}." for i in range(1, 10)]
        if ol and not is_item:
            out.append("</ol>")
            ol = False
        if kind == "h1":
            out.append(f"<h2>{html.escape(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h1>{html.escape(val)}</h1>")
        elif is_item:
            if not ol:
                out.append("<ol>")
                ol = True
            out.append(f"<li>{html.escape(val[2:].strip())}</li>")
        else:
            out.append(f"<p>{html.escape(val)}</p>")
    if ol:
        out.append("</ol>")
    out.append("</main><footer><p>&copy; Saltmarsh LSCB. Cookie settings.</p></footer></body></html>")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))


if __name__ == "__main__":
    QD05.encode("latin-1")  # fpdf2 core fonts take latin-1 only
    build_docx(QD03, os.path.join(OUT, "qd03.docx"))
    build_pdf(QD05, os.path.join(OUT, "qd05.pdf"))
    build_html(QD07, os.path.join(OUT, "qd07.html"))
    build_docx(QD11, os.path.join(OUT, "qd11.docx"))
    print("built qd03.docx qd05.pdf qd07.html qd11.docx")
