#!/usr/bin/env python3
"""Rebuild the binary reports (wb03.docx, wb12.docx, wb06.pdf, wb14.pdf) of writer b.

Run with /work/scratch-venv/bin/python (python-docx, fpdf2). The report texts are held below
in a light markup: '# ' title line, '## ' heading, '### ' subheading, '- ' bullet,
'|' table row (a '|---|' row is skipped), anything else a paragraph.
"""
import os
from docx import Document
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reports")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

TEXTS = {}
TEXTS["wb03"] = """# CONFIDENTIAL - NOT FOR PUBLICATION
# Castlebridge Children's Safeguarding Partnership
# Rapid Review: Child K
Date of Rapid Review meeting: 6 April 2023. Report finalised: 14 April 2023. Submitted to the National Child Safeguarding Practice Review Panel: 14 April 2023.

## 1. Notification
|Item|Detail|
|---|---|
|Child|Child K|
|Age at incident|16 years and 4 months|
|Ethnicity|Mixed (White and Black Caribbean)|
|Date of incident|23 March 2023|
|Notification to Panel|24 March 2023|
|Category|Death|
|Partnership area|Castlebridge, West Midlands|

## 2. Circumstances
Child K was stabbed in the chest in an alleyway behind a parade of shops at approximately 19:40 on 23 March 2023. Members of the public gave first aid. He was pronounced dead at the scene at 20:22. Two males aged 17 and 18 have been charged with murder. The Crown Prosecution Service has been consulted on the content of this review. Police believe the attack followed a dispute between two groups of young people, partly conducted on social media, over several weeks.

## 3. Family and background (summary)
- Lived with mother, stepfather and three younger siblings. Biological father lives in another city; irregular contact.
- Known to CSC since 2016: three referrals (2016 mother's low mood, 2019 school concerns about attendance, 2021 police notification following arrest). All closed after single assessment or at MASH stage. Never subject to a CP plan. Not a looked after child.
- No domestic abuse notifications within the last five years. Stepfather has a caution (2014) for possession of cannabis. No other parental convictions known.
- Mother reported to GP with depression in 2016 and 2020; prescribed antidepressants.
- In Year 11 at Hollins Park Academy, attendance 71% in the autumn term. Had an EHCP for social, emotional and mental health needs. Managed move in Year 9 after fixed-term exclusions.
- YJS: Referral Order (9 months) from October 2022 for possession of a bladed article in a public place (a kitchen knife, found on stop and search in August 2022). He told his YJS officer he carried it "for protection". Referral Order was ongoing at the time of death; he had attended 11 of 14 appointments.
- Seen in ED (Castlebridge General) in January 2023 with a laceration to the thigh; said he fell on glass. Discharged. No safeguarding referral made. ED record does not note YJS involvement (not visible on ED system).
- Discussed at the Contextual Safeguarding Panel (the local MACE equivalent) in December 2022 under "peer group - Northgate". Not discussed individually.
- Social care status at date of death: a child and family assessment had been opened on 9 March 2023 following a police referral about threats made against him on Snapchat. Assessment was in progress (day 10 of 45) when he died. No visit had been made at the date of his death; one home visit had been attempted on 17 March 2023 (no answer).

## 4. Key issues identified at the meeting
1. The thigh injury in January 2023 was not recognised as a possible stab wound or linked to exploitation/violence. Clinicians did not ask how he came to fall on glass. The Trust's policy on "injuries in adolescents" requires consideration of a referral for any penetrating injury; this was not followed.
2. The police referral in March 2023 was graded as an assessment within 45 days rather than a strategy discussion, despite specific threats to life (a photograph of K's house posted with a knife emoji). The meeting agreed a strategy discussion should have been held. There was no Osman warning consideration recorded.
3. YJS knew of the threats (K told his officer on 2 March 2023) and completed an intelligence submission to police. This was good practice, but YJS did not contact CSC directly and did not update K's risk and safety plan.
4. K's EHCP annual review (November 2022) did not mention the knife offence or YJS involvement. The school was unaware of the Referral Order until February 2023.
5. Adultification: the meeting noted that records from several agencies describe K as "streetwise", "a big lad" and "able to look after himself". The meeting agreed that this language needs to be considered in the LCSPR.
6. The stepfather and the biological father were not included in any assessment or YJS planning.

## 5. Good practice
- YJS officer built a strong relationship; K attended most appointments and spoke openly.
- School SENCo made four home visits during periods of non-attendance.
- Police stop and search in August 2022 was followed by a prompt referral.

## 6. Decision
The criteria for a Local Child Safeguarding Practice Review are met. The Partnership will undertake an LCSPR with a focus on serious youth violence, adultification and the interface between health, YJS and CSC. The review will run in parallel with the criminal process.

## 7. Recommendations to partners (pending LCSPR)
1. Castlebridge General Hospital to audit compliance with the adolescent injury policy in ED for the last 6 months and report to the Partnership.
2. CSC to review the MASH threshold guidance so that any referral containing a credible threat to a child's life leads to a strategy discussion.
3. YJS to confirm that intelligence about threats to a child is shared directly with CSC on the day received, alongside police intelligence submission.
4. Education to ensure EHCP annual reviews for children open to YJS include the YJS officer.

Chair: Head of Safeguarding, Castlebridge Children's Safeguarding Partnership
"""

TEXTS["wb06"] = """# Tamsford Safeguarding Children Partnership
# Local Child Safeguarding Practice Review: Child J
A review using an appreciative inquiry approach
Lead reviewer: Catherine Moyo, independent safeguarding consultant
Published November 2023

## 1. Introduction
This review is about a boy who is called Child J in this report. In September 2022 Child J, then aged 14 years and 9 months and in Year 10, seriously assaulted a younger child, referred to here as Child V, in a park close to both their homes in Tamsford, West Yorkshire. Child V, who was nine, suffered a depressed skull fracture and needed neurosurgery. Child V has made a good recovery. Child J pleaded guilty to an offence of grievous bodily harm and is subject to a Youth Rehabilitation Order supervised by the Youth Justice Service.

The Rapid Review concluded that the serious harm to Child V was being considered by other processes, and that the learning for the partnership lay mainly in what had happened to Child J before the assault. The National Panel agreed that the notification should be treated as a young person perpetrator case and that a local child safeguarding practice review of the multi-agency response to Child J should take place. The review has kept Child V and Child V's family informed throughout.

## 2. The approach taken
The Partnership chose an appreciative inquiry approach. This starts from what practitioners did well and asks how that practice can be built on, as well as what could have been better. Practitioners from seven agencies took part in two workshops. Child J and his mother met the lead reviewer at the YJS office. The review covered January 2020 to September 2022.

## 3. About Child J
Child J is a White British boy who lives with his mother and younger sister. He was diagnosed with attention deficit hyperactivity disorder (ADHD) when he was eight and takes medication, although not consistently. The CAMHS neurodevelopmental team also identified significant anxiety in 2021. He loves motorbikes and boxing, and describes himself as "someone who snaps and then feels bad".

Child J's parents separated in February 2021 after a serious assault on his mother by his father, which Child J witnessed. There had been repeated domestic abuse in the household for several years before that. Child J's father has convictions for assault occasioning actual bodily harm against a man in a pub (2012) and for affray (2017), as well as the 2021 offence against Child J's mother, for which he served a prison sentence. Child arrangements proceedings in 2022 were bitterly contested. Child J's mother received support from an independent domestic violence adviser (IDVA) at a local charity.

Child J and his sister were subject to child protection plans under the category of emotional abuse from March 2021 to June 2022. At the time of the assault they were supported under a child in need plan. Child J has never been looked after.

Child J told the reviewer that he had been smoking cannabis "most days" since he was thirteen, and his YJS worker confirmed this. He received a deferred prosecution (Outcome 22) in April 2022 for criminal damage to a bus shelter and was supported by the YJS prevention team for three months.

## 4. What happened
At the start of Year 10 Child J was on a reduced timetable at Tamsford Academy because of repeated incidents of aggression. He was attending school for three hours a day. In the afternoons he spent time in the park with older teenagers. In the week before the assault his mother told the social worker that he had stopped taking his medication, was not sleeping and had punched a hole in his bedroom door. The social worker arranged a CIN meeting for the following week. The assault happened two days later, in the afternoon, when Child J says Child V "said something about my dad". He has told the YJS that he does not fully remember what happened.

## 5. What worked well
- The school's pastoral lead knew Child J well and was consistent; he described her as "the only teacher who didn't shout".
- Information sharing between the school, CAMHS and the social worker was a strength: the CAMHS clinician attended every core group meeting and the school shared daily behaviour logs.
- The IDVA service supported Child J's mother through the criminal trial and the family court.
- The YJS prevention worker built a good relationship with Child J in a short time.
- After the assault, the YJS and CSC worked jointly and quickly to put a safety plan in place for both children.

## 6. Even better if...
### 6.1 Understanding Child J's experience
Child J had lived with domestic abuse for most of his childhood. Practitioners knew this, but his aggression at school was mostly understood as "ADHD behaviour". Nobody brought together the trauma he had experienced, his anxiety, his inconsistent medication, his cannabis use and the reduced timetable into a single picture. The reviewer heard that Child J was "the boy who kicks off", which made it harder to see him as a frightened and traumatised child. A trauma-informed formulation would have helped.

### 6.2 When the plan stepped down
The child protection plan ended in June 2022 because Child J's father was in prison and the immediate risk of domestic abuse had reduced. But risks to Child J were changing rather than reducing: he was spending unsupervised time with older young people, using cannabis daily and had come to the attention of the police. The step-down to child in need did not include a fresh assessment of these risks. The review considers that the plan drifted over the summer of 2022 and that the reduced timetable, which was meant to last six weeks, had been in place for five months.

### 6.3 Reduced timetables
The reduced timetable was agreed with Child J's mother but had no end date and was not reviewed. Statutory guidance is clear that reduced timetables should be used only in exceptional circumstances and for a short time. The afternoons were exactly when Child J was most at risk.

### 6.4 Assessments
The single assessment completed at step-down did not mention Child J's cannabis use, his contact with older peers or the YJS involvement, and did not include his own views. It was largely a copy of the earlier assessment.

## 7. Recommendations
1. The Partnership should develop multi-agency guidance on trauma-informed formulation for children who have experienced domestic abuse and who present with aggression.
2. CSC should ensure that any step-down from a child protection plan includes an updated assessment of extra-familial risk for adolescents.
3. The local authority should audit the use of reduced timetables in Tamsford secondary schools and report to the Partnership.
4. Schools should ensure every reduced timetable has a review date and an end date, and that the child's safety during non-school hours is considered.
5. CAMHS and the GP practice should agree a process for following up when a young person stops taking ADHD medication.
6. The YJS should ensure that prevention work includes a handover to CSC when the child is open to CSC.
7. The Partnership should share this review's learning on harmful behaviour by children who have themselves been harmed with all agencies.

## Glossary
ADHD - attention deficit hyperactivity disorder; CAMHS - Child and Adolescent Mental Health Services; CIN - child in need; CSC - Children's Social Care; IDVA - independent domestic violence adviser; YJS - Youth Justice Service; Outcome 22 - a police outcome where diversionary or educational activity is undertaken in place of prosecution.
"""

TEXTS["wb12"] = """# OLDCASTLE LOCAL SAFEGUARDING CHILDREN BOARD
# SERIOUS CASE REVIEW
# CHILD L
## Overview Report
Independent Chair and Overview Author: Roger Blakemore
Date of publication: 14 October 2016

## 1. Introduction and circumstances leading to the review
1.1 This Serious Case Review (SCR) was commissioned by the Independent Chair of Oldcastle Local Safeguarding Children Board (LSCB) in June 2015, under Regulation 5 of the Local Safeguarding Children Boards Regulations 2006, following the serious sexual abuse of a looked after child, referred to as Child L.
1.2 Child L was aged 14 at the time of the events that led to this review. In May 2015 she disclosed to her foster carer that, over a period of approximately eight months, she had been sexually abused by a number of adult men in Oldcastle and in a neighbouring town in West Yorkshire, having been introduced to them by an older girl. She described being given alcohol, cigarettes, cannabis, mobile phone credit and lifts in cars, and being taken to flats and a takeaway restaurant where she was raped. Police Operation Kestrel was established. Seven men were subsequently convicted of offences including rape of a child under 16, sexual activity with a child and trafficking within the UK for sexual exploitation.
1.3 The criteria for an SCR were met because abuse was known or suspected and there was cause for concern as to the way in which agencies had worked together to safeguard Child L.

## 2. Methodology
2.1 The review was conducted in accordance with Working Together to Safeguard Children (2013) using Individual Management Reviews (IMRs) from each agency, a combined chronology and this overview report. A Review Panel of senior representatives, chaired by the Overview Author, oversaw the process. IMRs were received from:
- Oldcastle Metropolitan Borough Council Children's Social Care
- West Yorkshire area police (the force's Public Protection Unit)
- Oldcastle Clinical Commissioning Group on behalf of the GP practice
- Oldcastle and District NHS Foundation Trust (ED and sexual health services)
- Oldcastle CAMHS
- Moor Lane High School
- Reach, a voluntary sector CSE support project
- the independent fostering agency
2.2 Child L and her mother were invited to contribute. Child L met the Overview Author with her Reach worker. Her mother declined.
2.3 The period under review is from 1 September 2013 to 31 May 2015.

## 3. Background
3.1 Child L is a White British girl. She is the eldest of three children. Her mother has suffered from depression and alcohol dependence for many years. Child L's father left the family when she was two. Her mother subsequently had a number of relationships; two of her partners were violent towards her.
3.2 In 2012 Child L was made subject to a child protection plan under the category of physical abuse after her mother's then partner (Mr P) assaulted her, causing bruising to her face. Mr P was convicted of assault occasioning actual bodily harm. The plan ended in 2013 when Mr P left the household.
3.3 In September 2013, after a further deterioration in her mother's drinking and an incident in which her mother was found unconscious, Child L and her siblings were accommodated under section 20 of the Children Act 1989. Child L was placed with foster carers, Mr and Mrs H, through an independent fostering agency. Her siblings were placed together with a maternal aunt. Child L was a looked after child throughout the period under review.

## 4. Summary of events
4.1 Child L settled well with Mr and Mrs H for the first six months. She attended Moor Lane High School and her attendance was good.
4.2 From about April 2014 Child L's behaviour changed. She began to go missing from the placement, usually returning late at night and on some occasions staying out overnight. Between April 2014 and May 2015 she was reported missing on 34 occasions. Foster carers reported that she was coming home smelling of alcohol and with new clothes and a new phone. She started self-harming by cutting.
4.3 The police recorded most missing episodes as "absent" rather than "missing" under the force's policy at that time, which meant that no risk assessment was completed and no return interview took place. This was not in accordance with statutory guidance on children who run away or go missing from home or care.
4.4 In July 2014 the school made a referral to Children's Social Care about Child L being picked up by adult men in cars at the school gates. The social worker discussed this with Child L, who said they were "friends' brothers". A CSE risk assessment tool was completed in August 2014 and scored Child L as "medium risk". No strategy meeting was held.
4.5 In September 2014 Child L attended the ED intoxicated. She was accompanied by an older girl who left before staff could speak to her. The ED made a referral to CSC.
4.6 In October 2014 Child L attended the sexual health clinic and was prescribed emergency contraception. The clinician did not complete the Trust's CSE screening tool and did not share the information with CSC, on the basis of Child L's request for confidentiality. Fraser guidelines were followed, but the review considers that the information should have been shared.
4.7 In November 2014 Child L was referred to Reach, which allocated a worker. The Reach worker developed a strong relationship with Child L. The Reach worker raised concerns at two LAC reviews that Child L was being sexually exploited.
4.8 In January 2015 Child L was referred to CAMHS because of her self-harm. She was offered an appointment in March 2015 and attended once.
4.9 In February 2015 the CSE risk assessment was repeated and scored as "high". Child L was discussed at the MASE (Multi-Agency Sexual Exploitation) panel in March 2015, where a disruption plan was agreed. Shortly afterwards, the Independent Reviewing Officer (IRO) raised a formal challenge about the lack of a strategy meeting. A strategy meeting was held in April 2015.
4.10 In May 2015 Child L disclosed the abuse to her foster carer.

## 5. Analysis
5.1 Recognition of CSE. Agencies were slow to recognise that Child L was being sexually exploited. Many of the indicators were present from spring 2014. The language used in records - "promiscuous", "putting herself at risk", "in a relationship" - reflects a failure to understand that a 14-year-old child cannot consent to her own exploitation. The review considers that Child L was seen as making lifestyle choices rather than as a victim.
5.2 The child's voice. Child L told the Overview Author: "I kept going missing because nobody asked where I was going. When they did ask they didn't wait for the answer." Her lived experience as a child in care, separated from her siblings and her mother, was not explored.
5.3 Drift. Despite escalating missing episodes, intoxication and self-harm, there was no strategy meeting for nine months after the school's referral. The care plan was not revised. The IRO's challenge in March 2015 was appropriate but came late.
5.4 Information sharing. The sexual health clinic, the police and the ED each held information that was not shared or brought together. The police's "absent" categorisation meant information was lost.
5.5 Organisational capacity. At the time, Oldcastle had no dedicated CSE team. The CSC looked after children team had a vacancy rate of 40% in 2014, and Child L had four social workers in fourteen months. Supervision records were sparse.
5.6 Assessment. The CSE risk assessment tool was used as a scoring exercise rather than as the basis for professional judgement. Child L's history of abuse and her mother's circumstances were not incorporated.
5.7 The foster carers. Mr and Mrs H acted protectively throughout, reporting Child L missing every time and sharing their concerns. They were not always listened to.

## 6. Conclusions
6.1 The review concludes that the sexual exploitation of Child L could have been identified significantly earlier. It is not possible to say that the abuse could have been prevented.

## 7. Recommendations
1. The LSCB should ensure that all agencies adopt a shared definition of CSE and the language guidance in the LSCB's CSE strategy.
2. The police should end the use of the "absent" category for children in care.
3. CSC should establish a dedicated CSE team.
4. Return interviews should be offered to every child after every missing episode, by an independent person.
5. The CSE risk assessment tool should be revised to require a strategy meeting for any child assessed as medium risk or above.
6. The sexual health service should complete a CSE screening tool for every child under 16 and share concerns with CSC in line with guidance.
7. The IRO service should ensure that challenge is escalated within the dispute resolution timescales.
8. CSC should address the vacancy rate and the frequency of changes of social worker for looked after children.
9. CAMHS should prioritise referrals of looked after children who self-harm.
10. The ED should ensure that adults accompanying intoxicated children are identified.
11. The LSCB should seek assurance that foster carers' concerns are recorded and responded to.
"""

TEXTS["wb14"] = """# Glannau Regional Safeguarding Children Board
# Extended Child Practice Review
# Report: GRSCB 2/2022 - Child W
Reviewer: Eleri Pughe, independent reviewer. Panel chair: Rhodri Vaughan.
Date of the Board's acceptance: 19 April 2023. Published 30 May 2023.

## Legal context
This review was undertaken under the Social Services and Well-being (Wales) Act 2014 and the Child Practice Review guidance issued under it. The Board commissioned an Extended Child Practice Review because the child was not on the child protection register and had not been a looked after child, but had suffered serious harm, and there was reason to believe that agencies could learn from the way they had worked together. The Child Practice Review process is a learning model: it involves agencies and practitioners in reflection, and it does not apportion blame.

## Brief outline of circumstances
Child W was 16 years old when, in October 2022, her mother found messages on W's laptop showing that W had been in a "relationship" for nine months with a man she had met on a gaming platform. The man, who told W he was 19, was in fact 29. He had groomed W online, persuaded her to send sexual images and videos and, in the summer of 2022, travelled from England to meet her on three occasions, shortly after her sixteenth birthday. W disclosed to police that he had had sex with her on each occasion, and that she had not wanted to on the last. The man has been convicted of rape, sexual communication with a child and making indecent images of children.

The review panel considered whether W's experience should be understood as child sexual exploitation. The panel agreed with the police and the Board that this was sexual abuse by an adult outside the family; there was no evidence of any exchange, or of the involvement of others, and the panel did not consider it to be exploitation.

W lives with her mother, her stepfather and a younger half-brother in a town in the Glannau region of North Wales. Her parents separated when she was eight and her father lives in England; she sees him in the school holidays. There was no domestic abuse in the household and no concerns about parental substance misuse were known to any agency. W and her family were not known to children's services before October 2022.

W had been electively home educated since the spring of Year 9 (2020). She had experienced severe anxiety at secondary school, with panic attacks, and had been seen by the Specialist CAMHS team in 2019-20, where she was diagnosed with an anxiety disorder and offered CBT. She was discharged in 2021. Her mother told the review that home education "gave W her life back" for a while.

## Practice and organisational learning
Learning point 1: Children who are home educated can be hard to see. The local authority's EHE officer made two annual visits, in 2021 and 2022. Both visits took place with W's mother and considered the quality of W's education, which was good. W was not seen alone, and there was no discussion of W's online life or her wellbeing. The EHE officer told the learning event that she did not feel it was within her role to ask such questions. The review panel considered that this left W without any professional who regularly saw her alone, and that the visits were a narrow assessment that did not include W's own voice.

Learning point 2: Information from school did not follow W. When W was withdrawn from school, the school's safeguarding file contained a note, from Year 8, that W had been contacted on social media by an adult she did not know, and that she had been advised about online safety. This was not passed to the local authority's EHE team, because there was no process to do so. The panel considered that this information would have been relevant to any later conversation with W.

Learning point 3: Online life as a whole-life issue. W spent up to 12 hours a day online. For W, as for many young people, the internet was where her friendships were. Practitioners at the learning event said they lacked confidence to ask young people about online relationships. W told the reviewer: "He was the only person who talked to me every day. I thought he loved me."

Learning point 4: The GP. W saw her GP in March 2022, when she was 15, requesting contraception. The GP recorded that W said she had a boyfriend "the same age". The GP did not ask further questions or complete a Fraser competence assessment or a sexual exploitation screening tool, although W was under 16. The GP told the review that the consultation was by telephone, and that she would now always see a young person of that age in person.

Learning point 5: What worked well. When W's mother reported the abuse, the police response was immediate and sensitive, joint working with children's services was effective, and W was offered specialist support by a sexual violence charity, which she has valued.

## Improving systems and practice
The review makes the following recommendations to the Board:
1. The Board should ask the local authorities in the region to revise EHE procedures so that the child is offered the opportunity to be seen alone and asked about their wellbeing, and online safety is part of every annual visit.
2. The Board should agree a protocol with schools for the transfer of safeguarding information to the EHE team when a child is withdrawn for home education.
3. The Board should commission training for practitioners on online grooming and talking to young people about online relationships.
4. The health board should remind GPs that requests for contraception from young people under 16 should be followed by a Fraser assessment and consideration of exploitation risk, and should, wherever possible, be seen face-to-face.
5. The Board should share this review with the Welsh Government's EHE policy team.

## Statement by reviewer and panel chair
We are satisfied that the review has been carried out in accordance with the Child Practice Review guidance and that the learning is based on the evidence.
"""



def blocks(text):
    rows = []
    for line in text.splitlines():
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if all(set(c) <= set("-:") for c in cells):
                continue
            rows.append(cells)
            continue
        if rows:
            yield ("table", rows)
            rows = []
        if not line.strip():
            continue
        if line.startswith("### "):
            yield ("h3", line[4:])
        elif line.startswith("## "):
            yield ("h2", line[3:])
        elif line.startswith("# "):
            yield ("h1", line[2:])
        elif line.startswith("- "):
            yield ("bullet", line[2:])
        else:
            yield ("p", line)
    if rows:
        yield ("table", rows)


def build_docx(stem):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    for kind, val in blocks(TEXTS[stem]):
        if kind == "h1":
            doc.add_heading(val, level=0)
        elif kind == "h2":
            doc.add_heading(val, level=1)
        elif kind == "h3":
            doc.add_heading(val, level=2)
        elif kind == "bullet":
            doc.add_paragraph(val, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, r in enumerate(val):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
        else:
            doc.add_paragraph(val)
    doc.save(os.path.join(OUT, stem + ".docx"))


def build_pdf(stem):
    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, val in blocks(TEXTS[stem]):
        if kind == "h1":
            pdf.set_font("DejaVu", "B", 15); pdf.multi_cell(w, 8, val); pdf.ln(1)
        elif kind == "h2":
            pdf.ln(2); pdf.set_font("DejaVu", "B", 12.5); pdf.multi_cell(w, 7, val); pdf.ln(1)
        elif kind == "h3":
            pdf.set_font("DejaVu", "B", 11); pdf.multi_cell(w, 6, val)
        elif kind == "bullet":
            pdf.set_font("DejaVu", "", 10.5); pdf.multi_cell(w, 5.5, "\u2022 " + val); pdf.ln(0.5)
        elif kind == "table":
            pdf.set_font("DejaVu", "", 10)
            for r in val:
                pdf.multi_cell(w, 5.5, " | ".join(r))
            pdf.ln(1)
        else:
            pdf.set_font("DejaVu", "", 10.5); pdf.multi_cell(w, 5.5, val); pdf.ln(1.5)
    pdf.output(os.path.join(OUT, stem + ".pdf"))


if __name__ == "__main__":
    build_docx("wb03")
    build_docx("wb12")
    build_pdf("wb06")
    build_pdf("wb14")
    print("built wb03.docx wb12.docx wb06.pdf wb14.pdf")
