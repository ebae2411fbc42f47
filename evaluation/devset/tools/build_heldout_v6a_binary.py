#!/usr/bin/env python3
"""Rebuilds the binary reports (wa03.docx, wa14.docx, wa07.pdf, wa12.pdf) from the text held here.
Run with /work/scratch-venv/bin/python build_binary.py
Markup: '# ' title/heading 1, '## ' heading 2, '- ' bullet, lines starting '|' are table rows, others paragraphs."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reports")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

TEXTS = {}

TEXTS["wa03.docx"] = r"""
# Coldbrook and Wyre Safeguarding Children Partnership
# Local Child Safeguarding Practice Review: Baby O
Overview report. Lead reviewer: Declan Moorcroft-Aziz. Approved by the safeguarding partners 3 June 2021. Published 15 July 2021.
## 1. Introduction
1.1 Baby O died on 19 January 2020, aged 4 months and 1 week. He was found unresponsive in his parents' bed in the early hours of the morning, lying partly under his mother. His parents called an ambulance and he was taken to Wyre Valley Hospital, where he was pronounced dead. The post-mortem examination found no injury or natural disease. The pathologist's opinion was that the circumstances were consistent with overlay (an adult rolling onto a baby during sleep), and the cause of death was recorded as unascertained. The coroner recorded a narrative conclusion.
1.2 Baby O's mother told the police that she had taken her prescribed methadone the previous morning and, in the evening, two diazepam tablets "from a friend" because she could not sleep. Toxicology on the mother's blood confirmed methadone and diazepam. The father, who was asleep on the other side of the bed, had used heroin the previous afternoon.
1.3 Coldbrook and Wyre is in the North West of England. The partnership held a rapid review on 6 February 2020. It decided to carry out an LCSPR because Baby O had been subject to a child protection plan from birth, which had been ended only five weeks before he died, and because there appeared to be learning about safer sleep for babies of parents who use drugs.
## 2. Terms of reference
The review considered the period from the mother's booking in February 2019 to Baby O's death. It asked:
- How was the risk of unsafe sleep assessed and addressed for a baby whose parents were using opiates and other drugs?
- Was the decision to end the child protection plan at the review conference in December 2019 based on sound evidence?
- How well did the drug treatment service, children's social care and health services share information, including drug test results?
- How well did professionals engage with both parents?
## 3. Methodology
3.1 The review followed the "Partners in Practice" model used in Coldbrook and Wyre, which combines agency reports, a practitioner reflection day and a short analytical report. Practitioners from nine services took part. The review was interrupted by the first national lockdown in March 2020, and the reflection day was held online in September 2020.
3.2 Both parents met the reviewer. They wanted the review to say that Baby O was "a gorgeous, smiley baby" and that they had loved him. The father said that "nobody really told us how dangerous the bed was when you're on a script". The mother said she had been told "not to sleep with him if I'd had a drink", and had not thought that applied to her medication.
## 4. Background
4.1 Baby O's parents were 31 (mother) and 35 (father). They are White British and had lived together for six years in a rented terraced house. Both had long histories of heroin use. The mother had been on a methadone prescription for four years; the father had been in and out of treatment. The mother has an older child, now 11, who has lived with the maternal grandmother under a special guardianship order since 2012. He is not a subject of this review.
4.2 The mother disclosed to the drug service that she had been sexually abused as a child by a family friend. She had been treated for depression by her GP on and off since her teens.
4.3 The father had a long record of offending, mainly burglary and shoplifting to fund drug use, and a conviction for robbery in 2014. In 2019 he was subject to a community order supervised by the probation service. He was arrested for shoplifting in July 2019 during the pregnancy.
4.4 No agency had any information suggesting domestic abuse between the parents, and the police had no domestic incidents recorded at the address.
4.5 The family had rent arrears and had received a notice seeking possession in November 2019, which was later withdrawn after a repayment plan was agreed.
## 5. Summary of key events
| Date | Event |
| Feb 2019 | Mother books with the specialist midwife for substance use. Referral to children's social care for a pre-birth assessment. |
| May 2019 | Pre-birth assessment completed. Both parents seen together and separately. The father attended every meeting in the months that followed. |
| Jul 2019 | Initial child protection conference (pre-birth). Plan under the category of neglect. |
| 12 Sep 2019 | Baby O born at 38 weeks. Neonatal abstinence syndrome; ten days on the neonatal unit. |
| Sep to Nov 2019 | Core groups monthly. Mother's urine screens negative for illicit drugs; father misses four of seven drug service appointments. Safer sleep advice given by the neonatal unit, the midwife and the health visitor. The health visitor notes a Moses basket in the bedroom. |
| 10 Dec 2019 | Review conference. Plan ended and stepped down to child in need. The drug service report says the mother is "stable"; it does not mention that the father's last two tests were positive for heroin and benzodiazepines. |
| Dec 2019 to Jan 2020 | One child in need visit, announced. Health visitor visits once; Baby O asleep in his Moses basket. |
| 19 Jan 2020 | Baby O dies. |
## 6. Analysis
6.1 Safer sleep. Safer sleep advice was given repeatedly and recorded. But the advice given to these parents was the general advice for all parents, with a line about alcohol. It did not explain that methadone, other opiates and benzodiazepines cause deep sedation and make it much more dangerous to share a bed with a baby. Nor did it address what the parents would do on a night when the baby would not settle. The review heard that the mother regularly took Baby O into bed "for the last feed" and fell asleep with him. This was never asked about.
6.2 Ending the plan. The decision to end the plan relied on the mother's stability. The father's continuing drug use, his missed appointments, and the fact that the parents shared a bed with Baby O at times were not considered. The risks to a baby in this household had not reduced; they had changed, as Baby O grew, began to be more wakeful at night, and the parents became more tired. The review considers that the plan was ended too early and that the child in need plan that followed did not provide enough oversight.
6.3 Information sharing. The drug service held test results for the father that would have changed the picture at the December conference. The drug service worker told the review that she had understood she was reporting on the mother, who was her client, and that the father had a different worker. Neither worker had shared the father's results with the social worker. The health visitor was not told that the plan had ended until three weeks later.
6.4 Engagement with both parents. Unusually in reviews of this kind, the father was well known to professionals. He was included in the pre-birth assessment and attended every conference and core group. The difficulty was not that he was invisible, but that his non-attendance at the drug service and his continued use were not given weight.
6.5 Engagement. The father's pattern of missed appointments with the drug service was a sign of instability that professionals noted but did not act upon.
## 7. Findings
- Safer sleep advice was not adapted to the specific risks of parental opiate and benzodiazepine use.
- The decision to end the child protection plan was not based on evidence about both parents and did not consider how risk changes as a baby grows.
- Drug test results for one parent were not shared because the drug service saw each parent as a separate client.
- The father's disengagement from treatment was known and not acted on.
## 8. Recommendations
1. The partnership should produce a safer sleep resource specific to parents who use opiates, benzodiazepines or other sedating substances, prescribed or not, and ensure that it is used by all services working with them.
2. The drug service should ensure that when both parents of a child under two are in treatment, the workers share information with each other and report on both parents to child protection conferences.
3. Children's social care should issue guidance that a child protection plan for a baby where parental substance misuse is the main concern should not end without current drug test results for every parent and carer in the household.
4. The conference chairing service should ensure that the changing risks to babies as they develop (including night-time waking and parental tiredness) are considered at review conferences.
5. Children's social care should ensure that health visitors are notified within two working days when a child protection plan ends.
6. The partnership should seek assurance that child in need visits following step-down include unannounced visits where the plan requires it.
7. The partnership should share this review with the Child Death Overview Panel.
## 9. Glossary
| CDOP | Child Death Overview Panel |
| CIN | Child in Need |
| CP plan | Child Protection plan |
| NAS | Neonatal abstinence syndrome: withdrawal symptoms in a baby exposed to opiates in the womb |
| Overlay | when an adult sharing a sleep surface rolls onto a baby |
| SGO | Special Guardianship Order |
"""

TEXTS["wa14.docx"] = r"""
# Kestrelbury Safeguarding Children Partnership
# Local Child Safeguarding Practice Review: Child E
Short report. Independent reviewer: Gwendolyn Ashgrove. Date of publication: 14 March 2024.
## Summary
Child E was just under four months old when she was admitted to Kestrelbury Hospital on 21 May 2023 with bruising to her face and left ear. A skeletal survey showed three healing rib fractures. The injuries were assessed by a consultant paediatrician as inflicted. Child E now lives with her maternal great-grandmother under an interim care order; a fact-finding hearing in the family court has not yet taken place. The police investigation is ongoing.
Child E's family had not been known to children's social care before her admission. At the time she was living with her mother (18) and her father (19) in the home of her maternal grandmother.
## How the review was carried out
The review used the significant incident learning process, in a short form agreed by the partners because the rapid review had already identified the main learning. Agency reports were received from maternity, health visiting, the GP practice, Kestrelbury Hospital and the police. A single learning event was held in November 2023. Child E's mother and grandmother spoke to the reviewer; her father did not respond.
## What happened
Child E was born at 39 weeks. The midwife and the health visitor shared information well: the handover from midwifery to health visiting was timely and included the mother's age, her anxiety about feeding and the fact that the young couple lived with the mother's mother. The health visitor saw Child E at 12 days and at seven weeks, both times with her mother.
At six weeks Child E's father brought her to the Emergency Department, saying she had "choked" during a feed and gone "blue". She was examined, observed for four hours and discharged. The record notes a "small red mark under L eye ?scratch". No one asked who had been feeding her, how she had been held, or what had happened before she choked. The discharge letter went to the GP. The possibility that this was an apparent life-threatening event with an unexplained cause, in a baby with a facial mark, was not considered.
The father was known to the police. He had a conviction for assault on another young man in 2021 and had been arrested in 2022 for possession of a bladed article. This was not known to the health visitor, the midwife or the hospital, and there was no reason for it to be shared at the time. The father's history was never asked about.
## Findings
1. Professionals at the Emergency Department did not show curiosity about an unusual presentation in a very young baby and a mark to the face, and did not consider safeguarding.
2. The father was seen only once by a health professional, at the Emergency Department, and was never spoken to about his own history, his role in Child E's care, or how he was coping.
3. Information sharing between maternity and health visiting was good and should be recognised.
## Recommendations
1. Kestrelbury Hospital should revise its guidance for the assessment of infants under six months who present with a brief resolved unexplained event, so that a safeguarding history and a full skin examination are always completed.
2. Maternity and health visiting should ask about and record the father's history and involvement at booking and at the new birth visit.
3. The partnership should promote its "bruising and marks in non-mobile babies" guidance to ED staff, including marks that are described as scratches.
4. The partnership should share this short report with its neighbouring partnerships and the ICB.
## Glossary
ED - Emergency Department. HV - Health Visitor. ICB - Integrated Care Board. BRUE - brief resolved unexplained event.
"""

TEXTS["wa07.pdf"] = r"""
# LOWDALE LOCAL SAFEGUARDING CHILDREN BOARD
# SERIOUS CASE REVIEW: CHILD H
# OVERVIEW REPORT
Independent overview author: Barnaby Treharne-Okafor. Independent chair of the SCR panel: Alison Vessey.
Report completed: February 2016. Published: 21 April 2016.
## 1. Introduction and reasons for the review
1.1 Child H was seven years and four months old when, on 23 March 2015, his class teacher at Ashgrove Primary School noticed that he was holding his right hand awkwardly and flinching when he sat down. The school's designated safeguarding lead spoke to him with his teaching assistant. Child H said his mother's boyfriend had "hit me with the belt" and "burnt me". A strategy discussion was held that day. Child H was examined by a paediatrician at Lowdale General Hospital, who found a fracture of the little finger of the right hand, multiple linear bruises to his buttocks and thighs of different ages, and four circular scars on his upper arms consistent with cigarette burns.
1.2 The mother's partner, referred to here as Mr S, was convicted in December 2015 of causing grievous bodily harm and of child cruelty. Child H's mother was convicted of child cruelty by neglect.
1.3 Lowdale is a metropolitan borough in the West Midlands. The LSCB's Serious Case Review Sub-Group considered the case in April 2015, and the independent chair of the LSCB decided that the criteria for a serious case review were met. The National Panel of Independent Experts was informed.
## 2. Methodology
2.1 The review was carried out in line with the statutory guidance current at the time of the decision. Each agency provided an Individual Management Review (IMR) and a chronology. The IMRs were analysed by the overview author, who also met IMR authors and held a practitioner event. An SCR panel of senior managers oversaw the process. The approach followed the traditional model of IMRs and an overview report, as set out in Working Together to Safeguard Children 2010.
2.2 IMRs were provided by: Lowdale Council Children's Social Care; Ashgrove Primary School; Lowdale Community Health NHS Trust (health visiting and school nursing); Lowdale General Hospital (paediatrics); Westbourne Medical Centre (GP); Lowdale and Severnside Police.
2.3 Child H's mother contributed to the review after her trial. Mr S declined. Child H's father, who had not been in contact with him for several years, was not located.
## 3. Child H and his family
3.1 Child H is White British. He was diagnosed with autism spectrum disorder at the age of five by the paediatric team at Lowdale General Hospital. He had limited speech, found changes in routine very difficult, and had frequent "meltdowns" at school and at home. He had a statement of special educational needs and was on roll at Ashgrove Primary School, a mainstream school with an additional resource base, where he attended full time.
3.2 His parents separated when he was two. His father left the area. His mother formed a relationship with Mr S in 2013, and Mr S moved into the home in early 2014. Child H's half-sister, the child of his mother and Mr S, was born in November 2014 and is not a subject of this review.
3.3 The mother had been treated for depression by her GP since 2010. Mr S used cannabis daily. He had a conviction from 2009 for assault occasioning actual bodily harm on a man in a fight, and a conviction for possession of cannabis. The police attended the home twice in 2014 after neighbours reported shouting; on the second occasion the mother had a cut to her eyebrow, which she said was an accident. Both incidents were recorded as domestic incidents.
3.4 Child H had been the subject of a child in need plan in 2012-13, following concerns from the school about his hygiene, his tiredness and his mother's ability to manage his behaviour. The plan was closed in 2013. He had never been the subject of a child protection plan.
## 4. Key events
- September 2013: CIN plan closed. Closure records improvement in home conditions and in Child H's attendance.
- March 2014: Police attend a domestic incident. Notification to CSC; no further action.
- June 2014: School notes that Child H has a bruise to his cheek. Mother says he banged his head during a meltdown. School records the explanation.
- September 2014: Second domestic incident. CSC initial assessment, completed in ten days. Mr S not seen. Mother says the relationship is "fine now". Case closed.
- November 2014: Half-sister born. Health visitor visits; records "Mum, new baby, partner and older child with autism".
- January and February 2015: Child H misses two paediatric appointments. School records two more bruises (arm; back) with explanations of falls and meltdowns. Mother cancels two meetings with the school's special educational needs coordinator.
- 23 March 2015: Disclosure at school.
## 5. Analysis
5.1 Child H's communication. Child H's autism meant that he could not easily tell adults what was happening to him. His behaviour was the main way in which he communicated distress. Professionals consistently explained his behaviour, and his injuries, as part of his autism. The review considers that this diagnostic overshadowing meant that Child H's experience at home was not understood. He needed professionals who would take his behaviour as communication and ask what it was telling them.
5.2 Bruising in a disabled child. The school recorded each injury and the explanation carefully. But the school did not look at the records together, and did not refer. Research shows that disabled children are at greater risk of abuse and that injuries to disabled children are more likely to be explained away.
5.3 Mr S. The man who had moved into Child H's home, with a violent conviction and two domestic incidents, was not seen by the social worker in the 2014 assessment. His history was not checked. He was not known to the school or the health visitor by name. The review finds that Mr S was, in effect, invisible to the agencies that were working with the family.
5.4 Assessment. The 2014 initial assessment was completed quickly and relied on the mother's account. It did not consider the domestic abuse, the new baby, the partner's history, or the earlier CIN history. It did not include a conversation with Child H in any form suited to his communication.
5.5 Information sharing. The school did not know about the domestic incidents; the police did not know that Child H was disabled; the health visitor did not know about the previous CIN plan. The missed paediatric appointments were reported to the GP but not to the school.
5.6 Engagement. The mother's cancellations of appointments in early 2015 were a sign that the family was withdrawing from professional contact. This was not recognised.
## 6. Conclusions
6.1 The review concludes that there were missed opportunities in 2014 and early 2015 to recognise that Child H was being abused. It is not possible to say that the abuse could have been prevented, but it is likely that it could have been identified earlier.
## 7. Recommendations
1. The LSCB should develop multi-agency guidance on safeguarding disabled children, including diagnostic overshadowing and communication with children who have limited speech.
2. The LSCB should ensure that schools have a system for reviewing patterns of injuries recorded for an individual child.
3. Children's Social Care should ensure that assessments following domestic incidents include every adult in the household and checks on their history.
4. Children's Social Care should ensure that previous CIN history is considered in all assessments.
5. Lowdale and Severnside Police should ensure that domestic incident notifications record any known disability of children in the household.
6. Health agencies should ensure that missed paediatric appointments for a disabled child known to have had CIN involvement are shared with the school and followed up.
7. The LSCB should include learning on new partners in the household in its training programme.
8. The LSCB should monitor implementation of the single-agency IMR recommendations and report on them in its annual report.
## 8. Glossary
| CIN | Child in Need |
| CSC | Children's Social Care |
| DSL | Designated Safeguarding Lead |
| IMR | Individual Management Review |
| LSCB | Local Safeguarding Children Board |
| SCR | Serious Case Review |
| SENCO | Special Educational Needs Coordinator |
"""

TEXTS["wa12.pdf"] = r"""
# Wenlow Safeguarding Children Partnership
# Local Child Safeguarding Practice Review: Child S
Published 10 October 2024. Lead reviewer: Priya Calloway-Vance.
## Introduction
Wenlow is a rural district in the South West of England. This review concerns a young person called Child S in this report. On 29 August 2023, Child S, then aged 13 years and 8 months, was found collapsed at home by a relative and taken by ambulance to Wenlow District Hospital. She was in diabetic ketoacidosis (DKA) and was admitted to intensive care. She survived and has recovered, although she now has some difficulties with memory.
Child S was diagnosed with type 1 diabetes at the age of eight. She had been educated at home since she was withdrawn from her secondary school by her mother in February 2022, part-way through Year 7. Her clinic records show that she had not attended a diabetes clinic appointment for 14 months before her collapse, and that repeat prescriptions of insulin had not been collected regularly.
The partnership held a rapid review on 21 September 2023. The safeguarding partners concluded that Child S had suffered serious harm, that neglect of her medical needs was a likely factor, and that there was learning about children with medical conditions who are electively home educated. The national Panel agreed that an LCSPR should be held.
## Methodology
The review used agency chronologies, a reflective discussion with practitioners, and conversations with Child S, her mother and her aunt. It did not follow a named review model. The lead reviewer met Child S twice, with her aunt, at her request.
## Child S and her family
Child S is White British. She lived with her mother in a rented cottage outside a village. Her parents separated when she was three; her father lives in another county and has had little contact. Her mother has experienced agoraphobia and depression for many years and rarely leaves the house. The family had little contact with anyone except the mother's sister, who lived 30 miles away.
Child S told the reviewer that she had been bullied at secondary school about her diabetes and her weight, and that this was why she had asked to leave. She said that at home she "basically looked after Mum". She did her own injections, but often "forgot" or skipped them, especially when there was no food in the house.
## What happened
- 2019 to 2021: Child S attends the diabetes clinic every three months. Her control is poor. The diabetes nurse specialist visits her primary school twice to support staff.
- Autumn 2021: Child S starts secondary school. Attendance is 71 per cent. The school nurse is concerned about her diabetes management. The school refers to children's social care. A child and family assessment is completed; the outcome is early help, which the mother declines. The case is closed.
- February 2022: The mother writes to the school to withdraw Child S to educate her at home. The school removes her from the roll. The local authority's EHE adviser writes to offer a visit; the mother replies by email that she is "following an online curriculum" and does not want a visit.
- March 2022 to August 2023: Child S misses five diabetes clinic appointments. After each one the clinic writes to the GP and to the mother. The clinic's "was not brought" policy is applied to under-16s, but the letters do not reach anyone who acts on them. The GP practice notes the letters. Insulin prescriptions are collected irregularly.
- 29 August 2023: Child S collapses.
## Analysis
Child S's lived experience was not known by any professional for 18 months. After she left school, no professional saw her. The EHE adviser's contact was by email with her mother. The diabetes team wrote letters. The GP filed them. Nobody asked what Child S's day was like: that she was a young carer, that she was isolated, that food was short, and that she was managing a serious medical condition alone.
Missed appointments. The clinic's letters treated non-attendance as a matter for the family. For a child with type 1 diabetes who has left school, missed appointments should have been seen as a serious safeguarding concern. The mother's reluctance to engage with the EHE adviser, with early help and with the clinic was a pattern that was visible only when the records were brought together for this review.
Information sharing. The clinic did not know that Child S had left school. The EHE team did not know that she had diabetes. The GP did not know about the 2021 social care assessment. The school did not tell the diabetes team when she came off roll. Each piece of information was held separately.
Professional curiosity. The 2021 assessment accepted the mother's refusal of early help without considering whether Child S's medical needs were being met. The GP practice had several opportunities to ask why insulin was not being collected.
The review did not find that workload or organisational pressure was the cause of these gaps, but notes that there is no system linking EHE registration with health records.
## Findings
1. Children with serious medical conditions who are electively home educated can become invisible to services.
2. Missed health appointments for such children were not recognised as a safeguarding concern.
3. Information about Child S was held by several agencies and not shared.
4. Child S's role as a young carer for her mother was not identified.
## Recommendations
1. The partnership should establish a process by which the EHE team is told by health services when a child with a serious medical condition is registered for home education, and vice versa.
2. The ICB should ensure that "was not brought" policies for children with long-term conditions include escalation to the GP and, where there is no response, to children's social care.
3. GP practices should review how repeat prescriptions for children's essential medicines are monitored.
4. The local authority should revise its EHE guidance so that a child with a known medical condition is seen in person within four weeks of registration.
5. Schools should notify the school nursing service and any specialist health team when a child with a medical condition comes off roll for EHE.
6. Children's social care should ensure that where early help is declined for a child with complex health needs, the decision is reviewed by a manager and health partners consulted.
7. The partnership should include the identification of young carers in its multi-agency training.
## Glossary
DKA - diabetic ketoacidosis, a life-threatening complication of diabetes. EHE - elective home education. ICB - Integrated Care Board. WNB - was not brought.
"""


def parse(text):
    for line in text.strip("\n").split("\n"):
        s = line.rstrip()
        if not s:
            continue
        if s.startswith("# "):
            yield ("h1", s[2:])
        elif s.startswith("## "):
            yield ("h2", s[3:])
        elif s.startswith("- "):
            yield ("li", s[2:])
        elif s.startswith("|"):
            yield ("tr", [c.strip() for c in s.strip().strip("|").split("|")])
        else:
            yield ("p", s)


def build_docx(name, text):
    import docx
    d = docx.Document()
    rows = []
    def flush():
        if rows:
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for r in rows:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = c
            rows.clear()
    for kind, val in parse(text):
        if kind != "tr":
            flush()
        if kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "li":
            d.add_paragraph(val, style="List Bullet")
        elif kind == "tr":
            rows.append(val)
        else:
            d.add_paragraph(val)
    flush()
    d.save(os.path.join(OUT, name))


def build_pdf(name, text):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, val in parse(text):
        pdf.set_x(pdf.l_margin)
        if kind == "h1":
            pdf.set_font("DejaVu", "B", 13); pdf.multi_cell(w, 7, val); pdf.ln(1)
        elif kind == "h2":
            pdf.ln(2); pdf.set_font("DejaVu", "B", 11); pdf.multi_cell(w, 6, val); pdf.ln(1)
        elif kind == "li":
            pdf.set_font("DejaVu", "", 10); pdf.multi_cell(w, 5, "\u2022 " + val); pdf.ln(1)
        elif kind == "tr":
            pdf.set_font("DejaVu", "", 10); pdf.multi_cell(w, 5, "   ".join(val))
        else:
            pdf.set_font("DejaVu", "", 10); pdf.multi_cell(w, 5, val); pdf.ln(2)
    pdf.output(os.path.join(OUT, name))


if __name__ == "__main__":
    for name, text in TEXTS.items():
        (build_docx if name.endswith(".docx") else build_pdf)(name, text)
        print("built", name, len(text.encode("utf-8")), "bytes of text")
