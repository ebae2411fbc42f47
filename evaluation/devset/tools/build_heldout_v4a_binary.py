#!/usr/bin/env python3
"""Regenerate writer A's binary reports (ya03.docx, ya05.pdf, ya10.docx, ya12.pdf, ya13.docx).

Run with a Python that has python-docx 1.2.0 and fpdf2 2.8.9, e.g.
    /work/scratch-v3a-venv/bin/python /work/blind-v4/a/build_binary.py

Mini-markup of the embedded texts, one paragraph per line:
  '# ', '## ', '### '  headings;  '- ' bullet;  '@ ' Word automatic numbering
  (List Number style);  lines starting with '|' are table rows;  '~ ' small print.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "heldout-v4", "reports")


def build_docx(stem, text):
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    rows = []

    def flush():
        if rows:
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            rows.clear()

    for line in text.strip("\n").split("\n"):
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        flush()
        if not line.strip():
            continue
        if line.startswith("### "):
            doc.add_heading(line[4:], level=3)
        elif line.startswith("## "):
            doc.add_heading(line[3:], level=2)
        elif line.startswith("# "):
            doc.add_heading(line[2:], level=1)
        elif line.startswith("@ "):
            doc.add_paragraph(line[2:], style="List Number")
        elif line.startswith("- "):
            doc.add_paragraph(line[2:], style="List Bullet")
        elif line.startswith("~ "):
            p = doc.add_paragraph()
            r = p.add_run(line[2:])
            r.font.size = Pt(8)
        else:
            doc.add_paragraph(line)
    flush()
    doc.save(os.path.join(OUT, stem + ".docx"))


def latin1(s):
    for a, b in {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                 "\u2013": "-", "\u2014": "-", "\u2026": "...", "\u2022": "-"}.items():
        s = s.replace(a, b)
    return s.encode("latin-1", "replace").decode("latin-1")


def build_pdf(stem, text):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(20, 18, 20)
    footer_name = stem

    class P(FPDF):
        def footer(self):
            self.set_y(-12)
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 8, f"Page {self.page_no()}", align="C")

    pdf = P(format="A4")
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    for line in text.strip("\n").split("\n"):
        line = latin1(line)
        if not line.strip():
            pdf.ln(2)
            continue
        if line.startswith("# "):
            pdf.set_font("Helvetica", "B", 15)
            pdf.multi_cell(w, 8, line[2:])
            pdf.ln(1)
        elif line.startswith("## "):
            pdf.set_font("Helvetica", "B", 12.5)
            pdf.multi_cell(w, 7, line[3:])
        elif line.startswith("### "):
            pdf.set_font("Helvetica", "BI", 11)
            pdf.multi_cell(w, 6, line[4:])
        elif line.startswith("- "):
            pdf.set_font("Helvetica", "", 10.5)
            pdf.set_x(pdf.l_margin + 5)
            pdf.multi_cell(w - 5, 5.5, "- " + line[2:])
        elif line.startswith("|"):
            pdf.set_font("Courier", "", 8.5)
            pdf.multi_cell(w, 4.5, line)
        elif line.startswith("~ "):
            pdf.set_font("Helvetica", "", 8)
            pdf.multi_cell(w, 4, line[2:])
        else:
            pdf.set_font("Helvetica", "", 10.5)
            pdf.multi_cell(w, 5.5, line)
        pdf.set_x(pdf.l_margin)
    pdf.output(os.path.join(OUT, stem + ".pdf"))


DOCS = {}

DOCS["ya03"] = ("docx", r"""
# Carnbury Safeguarding Children Partnership
Local Child Safeguarding Practice Review
Child M
Author: Helena Stroud-Makinde, Independent Reviewer
Final report approved by the Partnership Executive: 27 January 2025. Published: March 2025.
~ This report has been anonymised. Child M's family have seen it and agreed to its publication.
## Contents
1. Introduction
2. Why this review was carried out
3. How the review was done
4. The voice of Child M and her family
5. Background
6. Summary of key events
7. What the review found
8. Good practice
9. Recommendations
Appendix A: Glossary
# 1. Introduction
1.1 Child M was a Year 11 pupil at Carnbury Academy. She died in November 2023, aged 15 years and 11 months. She was found in woodland near her home after she had been reported missing by her mother late in the evening. The coroner concluded that M died by suicide.
1.2 Carnbury is a unitary authority in the South West of England. The Carnbury Safeguarding Children Partnership (CSCP) brings together Carnbury Council, Carn Valley Police (Carnbury Area) and the Integrated Care Board.
1.3 M was a talented artist who had a small, close group of friends and loved animals, particularly her family's two dogs. Her mother said that M was "funny and sharp and incredibly kind, and she hid so much of what she was feeling because she didn't want to worry anyone".
# 2. Why this review was carried out
2.1 M's death was notified to the National Child Safeguarding Practice Review Panel. The Rapid Review, held in December 2023, found that M was not known to have been abused or neglected, but that there was learning about how agencies respond to young people who self-harm, how they work together when a young person is on a waiting list, and how online harms are understood. The CSCP decided to commission an LCSPR because of the potential for learning and in the light of a local cluster of deaths of young people by suicide in 2022 and 2023.
2.2 The review considered agency involvement from September 2022, when M started Year 10, until her death. Agencies were asked for any significant information from earlier years.
# 3. How the review was done
3.1 The review was conducted using an appreciative inquiry approach, which focuses on what worked well as well as what could have been done differently, and on the conditions that allow good practice to happen. The independent reviewer was supported by a review panel of safeguarding leads from the agencies involved.
3.2 Agencies completed a short questionnaire and a chronology. The reviewer held individual conversations with eleven practitioners and a reflective group session with practitioners from the school, CAMHS, the GP practice, the Emergency Department, the MASH and the Early Help service.
3.3 The Child Death Overview Panel process ran in parallel. The police investigation concluded that there was no third party involvement.
# 4. The voice of Child M and her family
4.1 M's mother and stepfather met the reviewer on three occasions. M's father, who lives in Wales, spoke to the reviewer by telephone. The family also shared M's sketchbooks and some of her writing, with permission for the reviewer to quote from them.
4.2 In one sketchbook, in the spring of 2023, M had written: "Everyone asks if I'm OK. Nobody waits for the answer." The review has tried to hold that sentence in mind throughout.
4.3 M's father told the reviewer that he did not know until after her death that she had been referred to CAMHS. "I'm her dad. I would have driven down every weekend."
# 5. Background
5.1 M lived with her mother, her stepfather and her half-brother, who was four, in a village outside Carnbury. The family are White British. M's parents separated when she was six. The separation was amicable and both parents describe a cooperative relationship in which M spent part of each school holiday with her father.
5.2 M's mother has experienced periods of depression since her early twenties, and was prescribed antidepressants by her GP for much of 2022. She was open with the reviewer about this and about how she worried that M had "inherited my anxiety". There was no domestic abuse in the household and none was suggested by any agency.
5.3 M was on the waiting list for an autism assessment through the neurodevelopmental pathway, having been referred by the school SENCo in 2022. At the time of her death she had been waiting fourteen months. She did not have a diagnosis and no other health conditions were recorded.
5.4 M had attended Carnbury Academy since Year 7 and was on roll and attending (with attendance of 88 per cent in the autumn term of Year 11) at the time of her death.
# 6. Summary of key events
| Period | What happened | Agencies |
| Oct 2022 | M tells a friend she is cutting her arms. Friend tells a teacher. DSL speaks to M and her mother; GP appointment made. | School, GP |
| Nov 2022 | GP sees M with her mother; refers to CAMHS with "low mood and self-harm, superficial". | GP |
| Dec 2022 | CAMHS triage by telephone: placed on the waiting list for the core service, signposted to an online counselling service and to the school's mental health support team. | CAMHS |
| Jan-Mar 2023 | M attends four sessions with Carnbury Youth Talk, a voluntary sector counselling charity, then stops attending. | Voluntary sector |
| Feb 2023 | Group chat messages circulate at school mocking M's appearance. M's mother reports it. School addresses it with the pupils involved. | School |
| Feb 2023 | School refers to the MASH after M discloses that she has thoughts of ending her life. MASH screens the referral and steps it down to Early Help. | School, MASH |
| Mar-Aug 2023 | Early Help assessment and family support plan. The family worker visits fortnightly. Closed in August with M "doing better". | Early Help |
| Jun 2023 | M goes missing overnight after an argument at home; returns in the morning. Police return home interview not completed. | Police |
| Sep 2023 | M attends ED after taking 16 paracetamol tablets. Seen by the CAMHS liaison team; discharged with a safety plan and expedited to the CAMHS core service. | Hospital, CAMHS |
| Oct 2023 | CAMHS first appointment: M does not attend. Second appointment offered; M attends one session. | CAMHS |
| Nov 2023 | M dies. | |
# 7. What the review found
## Finding 1: The waiting list was treated as a plan
7.1 For ten months, M was "on the CAMHS list". Every agency that saw her in that period recorded the referral and, in several cases, treated it as the thing that would address her needs. The school paused its own pastoral work in the expectation of CAMHS input; the MASH stepped the referral down partly because "CAMHS already involved"; the Early Help plan listed "await CAMHS" as an action. But CAMHS was not involved in any meaningful sense until September 2023. Nobody owned the risk while M waited.
7.2 CAMHS in Carnbury had, in 2023, an average wait of 38 weeks for the core service. The service had significant vacancies, and CAMHS leaders told the review that the risk-monitoring of young people on the waiting list consisted of a letter every three months. The review considers that this was a systemic issue of capacity and leadership across the commissioning system, and not the fault of individual practitioners.
## Finding 2: M's escalating risk was not reassessed
7.3 Between October 2022 and September 2023, M's risk escalated: from superficial cutting, to disclosed suicidal thoughts, to going missing, to an overdose. Each event was responded to, but each was responded to as if it were the first. No agency stood back and asked whether the picture had changed. The overdose in September led to an expedited appointment, but the safety plan was not shared with the school for three weeks, and the missing episode in June was never known to the school or to CAMHS.
## Finding 3: M's life online and at school was not understood
7.4 M's family and her friends have told the review that she spent a great deal of time online, and that she had been looking at content about self-harm and suicide. The police examination of her phone after her death confirmed this. There is no evidence that M was groomed or exploited online; the police considered this and found nothing to suggest it. But no practitioner asked M about what she looked at online, or what the group chat bullying had meant to her. The school dealt with the bullying promptly and effectively as a behaviour matter but did not connect it to M's mental health.
7.5 Practitioners were kind to M and she told her mother that she liked the Early Help worker. But the records contain very little of what M herself said about her life. The review considers that M's lived experience, including her possible autism, her worries about her appearance and her online world, was not understood.
## Finding 4: Information was not shared well between agencies
7.6 The overdose, the missing episode and the safety plan were each held by one agency. The Early Help plan was closed without a conversation with CAMHS. The ED's discharge letter went to the GP but not to the school. The GP did not know about the bullying. M's father, who holds parental responsibility, was not contacted by any agency and was not told about the referral, the overdose or the safety plan.
## Finding 5: Missed appointments were read as disengagement
7.7 When M did not attend her first CAMHS appointment in October 2023, the letter offering a second appointment warned that "if you do not attend your next appointment you may be discharged". The same happened with the counselling service earlier in the year, when M stopped attending and was closed after two unanswered messages. For a young person with low mood, possible autism and social anxiety, missing appointments was part of her difficulty, not evidence that she did not want help.
## Other matters considered
7.8 The review considered whether M had been using alcohol or drugs. The toxicology report detected a small amount of alcohol. Her family and friends were clear that M did not drink regularly and did not use drugs, and there is no evidence from any agency that she misused alcohol or drugs.
7.9 M was not a looked-after child and had never been subject to a child protection plan or a child in need plan.
# 8. Good practice
8.1 The teacher who listened to M's friend in October 2022 acted quickly and the DSL involved M's mother the same day.
8.2 The CAMHS liaison nurse in the ED spent a long time with M and her mother and M later said that this was the first time she felt "properly listened to".
8.3 The Early Help family worker built a trusting relationship with M and with her mother and stepfather.
# 9. Recommendations
@ The CSCP should seek assurance from the Integrated Care Board and CAMHS that young people who are waiting for the CAMHS core service have a named lead professional, a shared risk-management plan and regular review, and that the school and GP know who that lead is.
@ Carnbury MASH should revise its guidance so that a referral is not stepped down on the basis that another service is "involved" without confirming what that involvement is.
@ All agencies should ensure that both parents with parental responsibility are informed and involved when a young person is referred for mental health support, unless it is unsafe or the young person has capacity and declines.
@ The CSCP should develop, with schools and health partners, a protocol for sharing safety plans and information about self-harm, overdose and missing episodes between ED, CAMHS, the school and the GP within two working days.
@ CAMHS and commissioned voluntary sector counselling services should review their "was not brought" and non-attendance policies so that non-attendance by a young person with mental health needs triggers contact with the referrer and a risk review rather than discharge.
@ The CSCP should include online harms, bullying and neurodivergence in its multi-agency training on self-harm and suicide prevention, and should share this review with the Child Death Overview Panel's thematic work on suicide.
# Appendix A: Glossary
CAMHS: Child and Adolescent Mental Health Services
CDOP: Child Death Overview Panel
CSCP: Carnbury Safeguarding Children Partnership
DSL: Designated Safeguarding Lead
ED: Emergency Department
EHA: Early Help Assessment
GP: General Practitioner
LCSPR: Local Child Safeguarding Practice Review
MASH: Multi-Agency Safeguarding Hub
SENCo: Special Educational Needs Coordinator
""")

DOCS["ya05"] = ("pdf", r"""
# Ardenford Safeguarding Children Partnership
## Local Child Safeguarding Practice Review: Child B
Report author: Bernadette Quayle, Independent Reviewer
Publication date: November 2023
~ Ardenford is a metropolitan borough in the West Midlands. This report is published in line with Working Together to Safeguard Children (2018). It has been anonymised and some details have been changed to protect the family's privacy.
## 1. Introduction
1.1 This review concerns Child B, a three-year-old girl who died at home in Ardenford in February 2022. Her death was initially treated as unexplained. B had a long history of hospital attendances with reported seizures and breathing episodes, and clinicians at first thought that she may have died from an undiagnosed condition.
1.2 The post-mortem examination and the subsequent forensic and neuropathological reports concluded that B died from asphyxia and that her death was consistent with deliberate obstruction of her airway. Her mother was charged with murder. In 2023 she pleaded guilty to manslaughter on the grounds of diminished responsibility, which was accepted. She has been detained in a secure hospital under the Mental Health Act.
1.3 The Rapid Review in March 2022 recommended a Local Child Safeguarding Practice Review. B's death falls into the category that national analyses describe as covert filicide: a death caused deliberately by a parent, concealed or not evident at the time, and often associated with serious parental mental illness.
## 2. Methodology
2.1 The review used a hybrid methodology, combining short agency reports and chronologies with a SCIE-informed practitioner learning workshop and one-to-one interviews. It was not a full Learning Together review. The review period was from B's birth to her death.
2.2 B's father met the reviewer. B's mother was seen, with the agreement of her clinical team, once in hospital.
## 3. B and her family
3.1 B's family are of Indian heritage. She lived with her mother and father, who are married and live together, in a rented house in the west of the borough. They had moved to Ardenford from another city eight months before B was born, for her father's job, and had no family or friends nearby. B's mother told the reviewer that she "didn't speak to another adult except the doctors" for weeks at a time. Her father worked long hours and was often away on business.
3.2 B was the couple's only child. Her father described her as "a chatterbox who loved everything pink and everything loud". She had attended a nursery for a few months, but her mother withdrew her in 2021 because she said the nursery could not manage her seizures.
3.3 B's mother had been treated by the perinatal mental health team for severe anxiety during and after her pregnancy; she was discharged when B was nine months old. After B's death she was diagnosed with a serious mental illness. The review has not been given the details of her diagnosis and does not speculate about it.
3.4 There was no indication that either parent misused alcohol or drugs. Neither parent was known to the police. There is no evidence of domestic abuse in the household, and B's father was clear that there had never been any.
3.5 B had never been subject to a child protection plan and the family was not known to children's social care before her death.
## 4. Summary of agency involvement
4.1 Between the ages of 14 months and three years, B was taken to the Emergency Department at Ardenford General Hospital on 17 occasions and admitted nine times. Ambulances were called to the home on six occasions. The presenting problem was almost always described by her mother: episodes in which B "went blue", "stopped breathing" or "shook all over". None of these episodes was witnessed by a health professional. B was referred to the paediatric neurology service at Queen Adela Children's Hospital, the regional children's hospital, where she had an MRI scan, EEGs and genetic tests. Extensive investigations found no underlying medical condition. B was otherwise a healthy child who was growing and developing normally.
4.2 B's GP practice saw her 31 times in the same period. The health visitor completed the 1-year and 2-year reviews, and noted both times that B's development was within normal limits and that her mother was "extremely anxious about B's health".
4.3 In December 2021 a consultant paediatrician at Ardenford General wrote in the notes: "?fabricated or induced illness - discuss with named doctor". The discussion did not take place before B died. The paediatrician told the review that she was unsure whether her concerns met the threshold for a referral, and that she did not feel confident raising the subject with the family.
## 5. Findings
### Finding 1: Perplexing presentations were not recognised as a safeguarding issue
5.1 For almost two years, a pattern of reported but never witnessed episodes, normal investigations and escalating attendances was seen as a diagnostic puzzle, not as a possible safeguarding concern. Professionals did not stand back and question the account they were being given. The RCPCH guidance on perplexing presentations and fabricated or induced illness (2021) was not used.
### Finding 2: Information was held in separate systems
5.2 B was seen by two hospital trusts, an ambulance service, the GP and the health visitor. No single professional had a full picture of her attendances. The tertiary neurology service did not know about the number of ambulance calls. The health visitor did not know about the paediatrician's concern.
### Finding 3: B's father was not part of the picture
5.3 B's father was almost never present at appointments. No professional asked to speak to him. He told the reviewer that he had never seen B have a seizure and had said so to his wife, but that nobody had ever asked him.
### Finding 4: B's daily life
5.4 The records say a great deal about B's symptoms and almost nothing about what her life was like: that she had stopped going to nursery, that she rarely played with other children, that her mother kept her indoors. The review considers that B's lived experience was not seen.
### Finding 5: The mother's isolation and mental health history
5.5 B's mother's history with the perinatal mental health team was known to the GP but was not considered when her anxiety about B's health increased. Her isolation was noted but not explored.
## 6. Recommendations
1. Ardenford SCP should seek assurance that all health providers in the borough have implemented the RCPCH guidance on perplexing presentations, including a named lead for each child and a clear route for consultation with named safeguarding professionals.
2. The ICB should work with acute, community and ambulance providers to develop a way of identifying children with frequent attendances across organisations.
3. All health agencies should ensure that both parents are involved, as far as possible, in the assessment of a young child's health, and that the views of the parent who does not attend are sought.
4. Ardenford SCP should include this review in its multi-agency training programme on fabricated or induced illness and parental mental health.
## Glossary
ED - Emergency Department; EEG - electroencephalogram; FII - fabricated or induced illness; GP - general practitioner; HV - health visitor; RCPCH - Royal College of Paediatrics and Child Health; SCP - Safeguarding Children Partnership.
""")

DOCS["ya10"] = ("docx", r"""
# Harnsworth Safeguarding Children Partnership
Local Child Safeguarding Practice Review in respect of Child J
Independent Reviewer: Matthew Okonjo-Reed
Report date: 30 June 2025
Status: Final, approved for publication by the Harnsworth Safeguarding Children Partnership Executive Group
## Contents
1. Purpose of the review and summary of the incident
2. Scope, terms of reference and method
3. Child J: who he is
4. Family and household
5. Agency involvement: chronology of significant events
6. Analysis
7. Findings and learning
8. Recommendations
9. Glossary
# 1. Purpose of the review and summary of the incident
1.1 This review was commissioned by the Harnsworth Safeguarding Children Partnership (HSCP) following serious harm to Child J in January 2024.
| Child | Date of birth | Incident date | Age at incident |
| Child J | March 2009 | 18 January 2024 | 14 years 10 months |
1.2 On 18 January 2024 J was found by police officers executing a drugs warrant at a flat in another town, about 90 miles from Harnsworth. He had been missing from home for nine days. He had a stab wound to his thigh, a fractured cheekbone and numerous bruises, and told officers that he had been "made to stay" in the flat to sell drugs and had been beaten when money went missing. He was taken to hospital and underwent surgery on his leg.
1.3 J had been identified as at risk of child criminal exploitation (CCE) for eighteen months before this incident and was subject to a child protection plan at the time. The harm he suffered was the direct result of criminal exploitation by adults involved in a county lines drug supply operation.
1.4 Harnsworth is a market town of around 95,000 people with its own unitary council. The HSCP is made up of Harnsworth Borough Council, the police force and the local Integrated Care Board.
# 2. Scope, terms of reference and method
2.1 The period under review is from J's transition to secondary school in September 2020 until the incident. The review examined how agencies identified and responded to the risk of exploitation, how J's voice was heard, and how plans were adapted as risk changed.
2.2 The review used a root cause analysis approach adapted for multi-agency reviews, commonly used by the local health providers. Agencies provided chronologies and were interviewed; the reviewer then facilitated two practitioner workshops and a "contributory factors" session with managers. J, his mother and his older sister all contributed to the review.
# 3. Child J: who he is
3.1 J is a boy of mixed White British and Black African heritage. He lives with his mother and his older sister, who is 19. He is described by everyone who knows him as funny, generous and very good with younger children; he helped coach an under-9s football team until the summer of 2023.
3.2 J told the reviewer that secondary school was "where it all went wrong". He was bullied in Year 7 because of his skin colour and because of his clothes, and he said that the older boys who later drew him into selling drugs were the first people who "had my back".
3.3 J had been referred for an assessment for ADHD by the school's SENCo in 2022. He had not been assessed at the time of the incident and there was no diagnosis. No other health or developmental needs were recorded.
3.4 J's behaviour in school deteriorated from Year 8. He received twelve fixed-term suspensions and in 2023 was placed on a part-time timetable at the Harnsworth Alternative Provision Centre, while remaining on the roll of Fairmead Academy. He told his youth worker that he smoked cannabis daily from the age of 13. There was no indication that J had been sexually exploited, and he said he had not been.
# 4. Family and household
4.1 J's parents separated when he was three. His father returned to live abroad and has had no contact with J since. J's mother works as a care assistant on zero-hours contracts. The family have lived in three different privately rented properties in the last four years, each time because the landlord sold or raised the rent, and spent six weeks in temporary accommodation in 2022. J's mother described constant money worries and said there were weeks "where I had to choose between the electric and the food shop".
4.2 There were no concerns about domestic abuse in the household at any time, and no agency recorded any. J's mother has no criminal record.
4.3 J's mother was described by every practitioner as committed to J, and she repeatedly asked for help. She told the reviewer: "I rang everyone. I rang the police every time he went missing. I rang the school. I knew what was happening and I couldn't stop it."
# 5. Agency involvement: chronology of significant events
| Date | Agency | Event |
| Oct 2021 | School | J (Year 7) reports racist bullying. School sanctions the pupils involved. |
| Jun 2022 | Police | J reported missing for the first time (overnight). Return home interview completed by Safe Passage, a voluntary sector exploitation project. J says he was "with friends". |
| Jul 2022 | Children's Social Care | Referral from police after J found with £400 and two phones. Child and family assessment; J assessed as at "medium" risk of CCE. Child in need plan. |
| Oct 2022 | Housing | Family placed in temporary accommodation outside the town for six weeks. J travels back each day; attendance falls. |
| Jan 2023 | Police / YJS | J arrested for possession of cannabis with intent to supply. Outcome 22 (deferred prosecution). YJS case manager allocated. |
| Mar 2023 | CAMHS | Referral by GP for low mood and sleep. J attends one appointment and is discharged after missing two. |
| May 2023 | Hospital | J attends ED with a cut to his hand; says he fell on glass. No safeguarding referral. |
| Jul-Sep 2023 | Police | Four missing episodes, including two nights in another force area. J found in a car with two adults known for drug supply. |
| Oct 2023 | Children's Social Care | Strategy discussion. Section 47 enquiry. NRM referral made. |
| Nov 2023 | Children's Social Care | Initial child protection conference. J made subject to a child protection plan (category: physical abuse, in the context of risk outside the home). |
| Dec 2023 | Multi-agency | Exploitation risk meeting: risk rated "high". Relocation discussed but not agreed. |
| 9 Jan 2024 | Police | J reported missing. |
| 18 Jan 2024 | Police (other force) | J found injured. |
# 6. Analysis
## 6.1 Understanding J
6.1.1 J told professionals repeatedly what was happening, often indirectly. In his return home interviews he spoke about owing money, about "people I can't say no to", and about being scared to go to the park near his home. His words were recorded but not analysed. The assessments described J's behaviour but rarely asked what the behaviour meant for him. J's experience of racist bullying, his sense of belonging to the older group, and his family's poverty and housing instability were not drawn together into an understanding of why he was vulnerable to exploitation.
## 6.2 Responding to changing risk
6.2.1 J's risk escalated sharply in the summer of 2023. The child in need plan was not reviewed for four months during this period, and the risk rating did not change until October. When J was made subject to a child protection plan, the plan largely repeated the actions of the previous child in need plan. The review considers that the system did not respond to a significant change in the level of risk.
## 6.3 Information sharing across areas
6.3.1 J was twice found in another force area before the incident. Intelligence from the other force about the adults J was with did not reach Harnsworth's exploitation team until after the incident. The ED attendance in May 2023 was not shared with the GP or children's social care because J gave his age as 16 and an adult safeguarding pathway was followed.
## 6.4 Engagement
6.4.1 J missed CAMHS appointments, YJS appointments and many school days. Agencies varied in how they responded. The YJS case manager persisted and saw J at home and in the car; CAMHS discharged him. J's mother engaged consistently and was frustrated that her requests for help were not matched by a more assertive response.
## 6.5 Professional curiosity and the framing of J
6.5.1 In several records J is described as "making choices" and "putting himself at risk". Practitioners at the workshops reflected that this language made it harder to see J as a child being exploited. The cut to his hand in May 2023 was accepted without curiosity.
## 6.6 Quality of assessments
6.6.1 The child and family assessment in 2022 and the section 47 enquiry in 2023 were completed within timescales but lacked analysis of the contextual risks (the park, the older group, the route to the Alternative Provision Centre) and did not consider J's father's absence or J's identity.
# 7. Findings and learning
7.1 J's own account of his experience was not used to understand his risk.
7.2 Plans did not change when J's risk changed; the child protection plan added little to the child in need plan.
7.3 Information about J held in another force area and by the ED did not reach those who needed it.
7.4 Language that attributed choice to J reduced professional curiosity and challenge.
7.5 Assessments did not address contextual risk.
7.6 Housing instability contributed to J's disconnection from school at a critical time and was not considered as a safeguarding issue.
# 8. Recommendations
1. The HSCP should ensure that its exploitation risk assessment tool requires the child's own account, including return home interviews, to be analysed in every review of risk.
2. Children's social care should ensure that child protection plans for children at risk outside the home include specific, contextual actions (places, people, routes) that differ from any preceding child in need plan.
3. The HSCP should seek assurance that intelligence from other police forces about children missing from Harnsworth is shared with the exploitation team within 24 hours.
4. The ED at Harnsworth General Hospital should ensure that young people presenting with injuries whose age is uncertain are treated as children until their age is verified.
5. CAMHS should adopt an outreach approach for young people at risk of exploitation and should not discharge them for non-attendance without a multi-agency discussion.
6. The HSCP should issue guidance on language, so that records do not describe exploited children as making choices or putting themselves at risk.
7. Harnsworth Borough Council's housing service should consider the safeguarding needs of children, including exploitation, when placing families in temporary accommodation outside the borough.
# 9. Glossary
CCE - child criminal exploitation; CIN - child in need; ED - emergency department; ICPC - initial child protection conference; NRM - National Referral Mechanism; RHI - return home interview; SENCo - special educational needs coordinator; YJS - Youth Justice Service.
""")

DOCS["ya12"] = ("pdf", r"""
# Kestlebury Safeguarding Children Partnership
## Local Child Safeguarding Practice Review - Baby L
### Summary of findings and learning
Lead reviewer: Anita Cheung-Barlow (independent)
Published: 21 August 2024
~ Kestlebury is a unitary authority in the South West of England. Kestlebury Safeguarding Children Partnership (KSCP) is led by Kestlebury Council, Kestlebury and Tamar Police and the Integrated Care Board.
## The incident
In March 2023, Baby L was taken by ambulance to Kestlebury District Hospital by her parents. She was seven weeks old. Her father said she had rolled off a changing table. A CT scan showed a complex skull fracture and bilateral subdural haemorrhages of different ages, and an ophthalmology examination showed extensive retinal haemorrhages. The child protection medical concluded that the injuries were inflicted and could not be explained by the history given. In care proceedings later in 2023 the Family Court found that the injuries had been caused by L's father. He has not been charged with any criminal offence at the time of writing.
L survived and is now living with her maternal aunt under a special guardianship order. Her long-term development is being monitored.
## Why a review
The Rapid Review found that this was a family who were seen as "low risk" by every agency. The KSCP decided on a local review because there was learning about how universal services understand fathers' wellbeing and the pressures on families of premature babies.
## How the review was carried out
The review was carried out between November 2023 and May 2024. It involved agency chronologies, a review of records, conversations with practitioners from maternity, the neonatal unit, health visiting, general practice and perinatal mental health, and a practitioner learning event. L's mother met the reviewer. L's father was invited to take part and declined.
## L and her family
L is a Black British girl of Nigerian heritage. She was born at 34 weeks and spent three weeks on the neonatal unit at Kestlebury District Hospital before going home. She was feeding well at discharge and had no ongoing medical needs.
L lived with her mother and father, who are married and had been together for eight years. L was their first child. Neither parent was known to the police or to children's social care, and there was no history of domestic abuse. L had never been subject to a child protection plan.
L's mother was supported by the perinatal mental health team during the pregnancy because of anxiety following two earlier miscarriages. L's father had been treated for depression by his GP and referred to talking therapies the previous year; he attended three sessions. He had lost his job shortly before L's birth and the family had fallen behind with their mortgage payments.
## What the review found
### 1. The father's wellbeing was not known to the practitioners around the baby
L's father's depression, his job loss and the family's money worries were known to his GP, but not to the neonatal unit, the health visitor or the perinatal mental health team. The health visitor's new birth visit and the perinatal team's visits focused, as they are designed to, on L's mother. L's father was present at several visits but was not asked how he was coping. Nobody knew that he was doing most of the night feeds alone so that L's mother could sleep.
### 2. Information did not travel with the baby
L's neonatal discharge letter recorded that her father had found the unit "very stressful" and had been "short with staff" on two occasions. This was not shared with the health visitor or GP.
### 3. Coping with crying
L cried a great deal in the evenings after coming home. Her parents had been given the "coping with crying" leaflet on the neonatal unit but neither remembered a conversation about it. The review heard that the ICON programme, which the KSCP launched in 2021, was not consistently delivered on the neonatal unit because staff thought it was for term babies.
### 4. An earlier injury?
The subdural haemorrhages were of different ages, suggesting that L may have been injured on an earlier occasion. The review examined whether there was any earlier sign of injury. There was none: L was seen by the health visitor at home twelve days before her admission and no marks or concerns were noted.
## Recommendations
1. The KSCP should ask the ICB to ensure that fathers' and male carers' mental health and wellbeing are asked about, recorded and shared at key points in the maternity, neonatal and health visiting pathway.
2. Kestlebury District Hospital should ensure that ICON is delivered to the parents of all babies discharged from the neonatal unit, and that this is recorded in the discharge summary.
3. The KSCP should publish a briefing for GPs on sharing information about a father's mental health with health visiting when a new baby is born into the household.
## Glossary
CT - computed tomography; GP - general practitioner; HV - health visitor; ICB - Integrated Care Board; ICON - programme for parents on coping with infant crying; KSCP - Kestlebury Safeguarding Children Partnership.
""")

DOCS["ya13"] = ("docx", r"""
# Calderwick Safeguarding Children Partnership
Local Child Safeguarding Practice Review
"Child F"
Executive Summary
Author: Dr Yusuf Latimer-Boyce, independent reviewer
Published: February 2025
## Introduction
Child F was twelve years old when she was admitted to Calderwick General Hospital in April 2024 in a severely malnourished and dehydrated state, with infected pressure sores to her hips and sacrum and a dislocated hip that had not been treated. She had been absent from school for eleven weeks. Her mother, who was her sole carer, had called an ambulance when F became unresponsive. F recovered after a long admission and is now cared for by foster carers who are trained to meet her needs.
F has cerebral palsy affecting all four limbs, epilepsy and a severe learning disability. She does not use words and communicates through facial expression, sounds and eye pointing. She is fed by a gastrostomy tube.
Calderwick is a borough in the North West of England. The Calderwick Safeguarding Children Partnership (CSCP) notified the National Panel, held a Rapid Review and commissioned this LCSPR to look at how agencies safeguard disabled children whose parents are their main carers.
## Methodology
The review used a systems approach drawing on the SCIE Learning Together model, adapted to be proportionate. A small review team worked with the independent reviewer. Practitioners from the disabled children's team, Brookfield Special School, the community paediatric service, the orthopaedic service, the GP practice and the short breaks provider took part in conversations and a learning workshop. F's mother met the reviewer.
## F and her family
F is a White British girl. She lived with her mother in a ground-floor flat. Her father died in 2019. F's mother gave up her job to care for F full time; she told the reviewer that after her husband's death she had "no one". She had no family nearby, had stopped seeing friends, and relied on benefits and carer's allowance. She had debts of several thousand pounds. She had been treated for depression by her GP since 2020. The review found no evidence of alcohol or drug misuse by F's mother.
F was open to the disabled children's team under a child in need plan, with an allocated social worker, and received short breaks from Hopscotch, a local charity, for one weekend a month until the autumn of 2023. She was not a looked-after child and had never been subject to a child protection plan. She attended Brookfield Special School, where she had been on roll since she was four.
The family had been waiting since 2021 for a ground-floor bathroom adaptation, which the council's housing adaptations team had not been able to complete because of funding delays. F's mother was lifting F in and out of the bath alone.
## What happened
During 2023 F was not brought to four appointments at the orthopaedic clinic at Calderwick General Hospital and two with the community paediatrician. The hospital sent "did not attend" letters to the GP. F's mother cancelled the short breaks in October 2023, saying F was unsettled by them. The disabled children's team social worker visited in December 2023; F was asleep in bed and was not seen awake or out of bed. The child in need review in January 2024 recorded "Mum coping well; F well cared for; no concerns".
From late January 2024 F did not attend school. Her mother told the school F had a chest infection, then that she was having seizures. The school made home visits on two occasions but F's mother did not answer the door; the school informed the social worker by email. No one saw F between the December visit and her admission.
## Findings
Finding 1: F's voice and daily life. Because F does not use words, her experience had to be understood through observation. In the last six months before her admission, no professional saw her awake, out of bed and undressed. What F's day was like was unknown.
Finding 2: Was not brought. Missed health appointments and cancelled short breaks were seen as the choices of a stressed carer rather than as signs that F's needs were not being met. The practice of referring to a disabled child who is not brought to appointments as "DNA" obscures the child's dependence on an adult.
Finding 3: The "devoted carer". Practitioners admired F's mother and understood the pressures she faced. This led them to look at the situation through her eyes rather than F's, and made them reluctant to challenge her or to escalate concerns. The review found an over-optimistic view of the family that was not tested.
Finding 4: Information held in different places. The GP received the "did not attend" letters but did not share them with the social worker. The school's concerns were emailed but not discussed. Nobody had the whole picture.
Finding 5: Assessment. The child in need plan and the carer's assessment focused on F's mother's needs for support. They did not analyse the risk to F when those needs were not met, and did not change as circumstances deteriorated after the short breaks stopped.
## Recommendations
Recommendation 1: The CSCP should ensure that its neglect strategy and toolkit include specific guidance on recognising neglect of disabled children, including children who do not use words.
Recommendation 2: All health services in Calderwick should adopt a "was not brought" policy for children and young people with complex health needs, requiring the lead professional to be informed and a follow-up to be made after any missed appointment.
Recommendation 3: The disabled children's team should ensure that disabled children subject to child in need plans are seen awake and, where appropriate, out of bed at each statutory visit, and that any cancellation of short breaks triggers a review of the plan.
Recommendation 4: Calderwick Council should review its arrangements for prioritising housing adaptations for families of disabled children where the delay is a risk to the child's or the carer's safety.
## Glossary
CIN - child in need; CSCP - Calderwick Safeguarding Children Partnership; DNA - did not attend; GP - general practitioner; LCSPR - local child safeguarding practice review; SCIE - Social Care Institute for Excellence.
""")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for stem, (kind, text) in sorted(DOCS.items()):
        (build_docx if kind == "docx" else build_pdf)(stem, text)
        print("built", stem + "." + kind)
