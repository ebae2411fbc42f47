"""Builds the binary/markup reports of set b (ub03.docx, ub05.html, ub07.pdf, ub08.docx).
Run: /work/scratch-venv/bin/python build_binary.py"""
import os
from docx import Document
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reports")


def table(doc, rows, header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, cell in enumerate(r):
            t.cell(i, j).text = cell
            if header and i == 0:
                for p in t.cell(i, j).paragraphs:
                    for run in p.runs:
                        run.bold = True
    doc.add_paragraph("")
    return t


# ---------------------------------------------------------------- ub03.docx
def ub03():
    d = Document()
    d.add_heading("Ashdale Safeguarding Children Partnership", 0)
    d.add_heading("Rapid Review Report: Child T", 1)
    d.add_paragraph("CONFIDENTIAL - not for publication. Prepared for the Child Safeguarding Practice Review Panel.")
    table(d, [
        ["Field", "Detail"],
        ["Partnership", "Ashdale Safeguarding Children Partnership (Ashdale Council, Ashdale and Vale ICB, Western Counties Police)"],
        ["Region", "South West"],
        ["Subject of review", "Child T"],
        ["Age of child at incident", "15 years"],
        ["Sex", "Male"],
        ["Ethnicity", "White British"],
        ["Date of incident", "21 October 2024"],
        ["Date of notification", "24 October 2024"],
        ["Notification category", "Serious harm - young person perpetrator (harmful sexual behaviour towards a younger child)"],
        ["Rapid review meeting", "12 November 2024"],
        ["Date of this report", "29 November 2024"],
        ["Known to CSC at incident?", "No - not previously known"],
    ])
    d.add_heading("1. Circumstances leading to the notification", 2)
    d.add_paragraph(
        "On 21 October 2024 a seven-year-old girl who lives in the same street as Child T told her mother that an "
        "older boy had hurt her and touched her private parts in the garden shed of Child T's home, where children "
        "from the street sometimes played. The police were called the same evening. Child T was arrested and later "
        "made admissions in interview. The younger child (referred to in police records as Child U) was examined, "
        "has been supported by the Sexual Assault Referral Centre and the children's ISVA, and is receiving a service "
        "from children's social care. This rapid review focuses on Child T, whose circumstances led to the "
        "notification; the partnership has separately assured itself that Child U's needs are being met, and "
        "Child U is not a subject of this review.")
    d.add_paragraph(
        "Child T was bailed to live with his maternal aunt in another part of the county. A section 47 enquiry and "
        "an AIM3 assessment of his harmful sexual behaviour were started. The police investigation is continuing.")
    d.add_heading("2. Child T and his family", 2)
    d.add_paragraph(
        "Child T is 15. He was diagnosed with autism spectrum condition at the age of nine by the CAMHS "
        "neurodevelopmental pathway and was discharged after diagnosis with advice for the family and school. He "
        "has a significant anxiety about crowded places and loud noise. He attended Brookmead Primary School, where "
        "he had an SEN support plan but no EHCP. Two weeks into Year 7 at the local secondary school his mother "
        "withdrew him and notified the local authority that she would educate him at home. He was electively home "
        "educated from September 2020 until the incident.")
    d.add_paragraph(
        "Child T lives with his mother. His parents separated when he was three and his father has lived in Spain "
        "since 2018; contact is by video call every few weeks. His mother has a long history of anxiety and "
        "agoraphobia, for which she has been treated by her GP and, in 2019, by the local talking therapies service. "
        "She told the reviewers that she rarely leaves the house and that she and Child T 'keep ourselves to "
        "ourselves'. There was no history of domestic abuse. Neither parent is known to the police.")
    d.add_paragraph(
        "Child T spent a great deal of time online, often into the early hours. Following his arrest his devices "
        "were examined and the police found that he had been viewing violent pornography for at least a year. There "
        "is no indication that any adult had been in contact with him online.")
    d.add_heading("3. Agency involvement before the incident", 2)
    table(d, [
        ["Agency", "Involvement", "Comment from the review"],
        ["GP practice", "Mother registered and seen regularly for anxiety. Child T last seen 2021 (ear infection). Annual asthma review by telephone with mother.", "GP not aware Child T was home educated. No question asked about his education or wellbeing when his mother was seen."],
        ["CAMHS", "ASC assessment and diagnosis 2018. Discharged 2018.", "No further contact."],
        ["Schools", "Brookmead Primary (to July 2020); secondary school for two weeks in September 2020.", "Secondary school completed the off-rolling checklist and informed the LA. Primary SENCo had noted concerns about T's isolation."],
        ["Local authority EHE team", "Initial contact 2020; annual written report requested from mother 2021, 2022, 2023. Home visit offered and declined each year.", "Child T was not seen by the EHE adviser at any point. Reports accepted as 'suitable education'. Team of one adviser for approx. 900 EHE children."],
        ["Adult talking therapies", "Mother: 8 sessions of CBT in 2019.", "No consideration of her son in the assessment."],
        ["Police / CSC", "None.", "Family not known."],
    ])
    d.add_heading("4. Learning identified", 2)
    table(d, [
        ["Theme", "What the rapid review found"],
        ["The child's daily life", "No professional had seen Child T for over three years. Nobody knew how he spent his days, that he was online at night, or that younger children from the street played at his home."],
        ["Professional curiosity", "The EHE team accepted written reports without seeing the child and did not challenge repeated refusals of a visit. The GP did not ask about the child of a parent with agoraphobia."],
        ["Information sharing", "The primary SENCo's concerns about isolation were not passed to the secondary school or the EHE team. The GP, the EHE team and talking therapies each held part of the picture."],
        ["Fathers", "Child T's father was not contacted by any agency before the incident. He has since engaged well with the section 47 enquiry."],
        ["Capacity", "The EHE service has had one adviser since 2021 while numbers of home-educated children doubled."],
    ])
    d.add_heading("5. Recommendations to partners", 2)
    table(d, [
        ["No.", "Recommendation", "Lead"],
        ["1", "The local authority to review the capacity of the EHE team and introduce a risk-based approach in which children with SEND or known vulnerabilities are seen in person.", "Director of Education"],
        ["2", "The ICB to issue guidance to GP practices on asking about children when treating adults with mental health conditions that limit their capacity to leave the home.", "Designated Nurse"],
        ["3", "Schools to share SEND and wellbeing information with the EHE team when a child is withdrawn.", "Education Safeguarding Lead"],
        ["4", "The partnership to commission multi-agency training on harmful sexual behaviour, including the link with online pornography and neurodiversity.", "ASCP Business Manager"],
    ])
    d.add_heading("6. Decision", 2)
    d.add_paragraph(
        "The safeguarding partners agreed that the learning has been identified through this rapid review and that "
        "a local child safeguarding practice review would not add further learning. The national Panel will be "
        "asked to consider the EHE learning alongside other recent notifications.")
    d.save(os.path.join(OUT, "ub03.docx"))


# ---------------------------------------------------------------- ub05.html
UB05 = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Executive Summary - LCSPR Young Person A | Greyhaven and Selby Moor Safeguarding Children Partnership</title>
<style>body{font-family:Arial,sans-serif;max-width:52em;margin:auto} nav a{margin-right:1em} .note{background:#eef;padding:.6em}</style>
</head>
<body>
<header>
<nav><a href="/">Home</a><a href="/reviews">Published reviews</a><a href="/training">Training</a><a href="/contact">Contact us</a></nav>
<p>Greyhaven and Selby Moor Safeguarding Children Partnership (GSMSCP)</p>
</header>
<main>
<h1>Local Child Safeguarding Practice Review: Young Person A</h1>
<h2>Executive summary for publication</h2>
<p class="note">Published 14 February 2025. This summary has been prepared for publication. To protect the privacy of Young Person A's family, it does not give the young person's sex, ethnicity or the names of schools, and refers to Young Person A as "the young person" or "A". The full report has been shared with the family and the Child Safeguarding Practice Review Panel.</p>

<h3>1. Introduction</h3>
<p>In November 2023 Young Person A, who was 17 years old, died at home. The coroner later concluded that A died by suicide. In the months before A's death, A had been the target of sustained bullying and abuse by other young people, much of it online. A had been waiting for an assessment by the Child and Adolescent Mental Health Service.</p>
<p>The Partnership decided that a local child safeguarding practice review should be carried out because A's death raised questions about how agencies respond to online abuse between young people and about access to mental health support. The Panel agreed.</p>

<h3>2. The review process</h3>
<p>The review was carried out using the Significant Incident Learning Process (SILP). Agency reports were provided by the school, the police, the GP practice, CAMHS and the school nursing service, and a learning event was held with practitioners. A's parents met the lead reviewers twice and their words are reflected in this summary.</p>

<h3>3. About Young Person A</h3>
<p>A lived with both parents and a younger sibling. A's parents described a funny, creative young person who loved music and gaming and had a small group of close friends. A was in Year 13 at the sixth form of the school A had attended since Year 7, and was hoping to go to university to study music production. A was not known to children's social care, and there were no concerns about A's care at home. Neither parent had any history of mental health difficulties, and the family had no contact with services other than universal health services and school.</p>

<h3>4. What happened</h3>
<p>In the spring of 2023 A fell out with a group of peers. Over the following months A was excluded from group chats, and an anonymous account was set up on a social media platform which posted edited images of A and invited others to comment on them. Some posts encouraged A to self-harm. A's parents reported this to the school in May 2023, and in July 2023 to the police. The school spoke to the pupils it believed were involved and put in place a support plan for A with the sixth form pastoral lead. The police recorded a crime of malicious communications; the platform did not respond to the request for account information within the investigation period and the case was closed in September 2023. The police did not inform the school of the outcome.</p>
<p>In June 2023 A saw the GP with low mood and difficulty sleeping, and disclosed thoughts of self-harm. The GP referred A to CAMHS. The referral was accepted onto the waiting list for the emotional wellbeing pathway after a telephone triage, and A was told the wait would be around nine months. A was also offered sessions with the school counsellor, and attended four. In October 2023 A told the counsellor that things were "worse than ever"; the counsellor contacted CAMHS, which advised that A should remain on the waiting list and that the family should call 999 or attend the Emergency Department in a crisis. The triage was not repeated.</p>

<h3>5. Findings</h3>
<ol>
<li><strong>The young person's online world was not understood.</strong> Professionals saw the abuse as "falling out between friends" and did not ask A what was happening online or how it felt. The impact of persistent online abuse on A's daily life was not understood.</li>
<li><strong>Risk was not re-assessed when it increased.</strong> A's disclosure in October 2023 was a clear sign of increased risk. The CAMHS response relied on the original triage, which was not repeated.</li>
<li><strong>Information was not shared between agencies.</strong> The school did not know about the police investigation or its closure; the GP did not know about the school's support plan; CAMHS did not know about the online abuse.</li>
<li><strong>Professionals did not challenge.</strong> The counsellor and the pastoral lead were worried but accepted CAMHS's advice and did not escalate.</li>
<li><strong>Demand for CAMHS far exceeds capacity.</strong> Waiting times for the emotional wellbeing pathway rose from 14 to 40 weeks between 2021 and 2023. The review heard that staff were working under great pressure and that there was no process for reviewing young people on the waiting list whose risk changed.</li>
</ol>
<p>The review found that A's parents did everything they could to get help for A, and engaged fully with every agency.</p>

<h3>6. Recommendations</h3>
<ol>
<li>The ICB and CAMHS provider should introduce a process for regular contact with, and re-triage of, young people on the waiting list, with a clear route for escalation when risk increases.</li>
<li>The Partnership should develop guidance for schools on responding to online bullying and abuse between pupils, including when to involve the police and children's social care.</li>
<li>The police should ensure that the outcome of investigations involving a pupil as victim is shared with the school.</li>
<li>All agencies should remind staff of the Partnership's escalation policy, including how to escalate concerns about another agency's decision.</li>
<li>The Partnership should write to the Department for Science, Innovation and Technology and the online safety regulator about the platform's response to police requests.</li>
</ol>
<p>If you have been affected by the issues in this summary, help is available from your GP or from local and national helplines.</p>
</main>
<footer><p>&copy; GSMSCP 2025. Page last reviewed February 2025.</p></footer>
</body>
</html>
"""


def ub05():
    with open(os.path.join(OUT, "ub05.html"), "w", encoding="utf-8") as fh:
        fh.write(UB05)


# ---------------------------------------------------------------- ub07.pdf
UB07 = [
("H", "Fenmoor Safeguarding Children Partnership"),
("H", "Local Child Safeguarding Practice Review - Child M"),
("P", "Lead reviewer: Angela Marsh RN RSCN, Designated Nurse for Safeguarding Children (retired). Review panel chair: Deputy Chief Nurse, Fenmoor ICB."),
("P", "Date of publication: 30 January 2025"),
("S", "1. Introduction"),
("P", "1.1 This review concerns a girl who is called Child M. In March 2024, when she was 14 years and 2 months old, Child M took a large overdose of paracetamol together with some of her insulin. She was found by her mother and admitted to the regional paediatric intensive care unit with acute liver injury. She survived and has since made a good physical recovery. She is now receiving inpatient care from a specialist eating disorder unit."),
("P", "1.2 Fenmoor is a largely rural county in the East of England. The incident was notified to the Child Safeguarding Practice Review Panel as serious harm. The safeguarding partners decided to carry out an LCSPR because of the number of health services involved with Child M and because she had been electively home educated for the eight months before the overdose."),
("P", "1.3 As a health professional, I have paid particular attention in this review to the way in which health services worked together, but the review has considered the contribution of every agency. The review used the 'Partners in Practice' approach developed locally, which combines agency reports with facilitated practitioner conversations."),
("S", "2. Child M and her family"),
("P", "2.1 Child M is of White Irish heritage. She lives with her mother, her father and her two older brothers; her parents are married and have lived together throughout her life. She was diagnosed with Type 1 diabetes at the age of six and has been managed by the paediatric diabetes team at Fenmoor General Hospital since then."),
("P", "2.2 Child M's father was made redundant in 2022 and was treated by the GP for depression for much of 2023. The family told me that they had fallen behind with the mortgage and that money had been 'a constant worry'. Child M's mother works as a teaching assistant."),
("P", "2.3 Neither Child M nor her family had been known to children's social care or to the police before the overdose."),
("S", "3. Summary of events"),
("P", "3.1 Child M attended Fenmoor Upper School until June 2023, the end of Year 8. From early 2023 she told her parents and a teacher that she was being bullied by a group of girls, who made comments about her weight and about her insulin pump. The school put in place a friendship group and moved her tutor group. Child M's attendance fell to 62% in the summer term."),
("P", "3.2 In July 2023 Child M's parents wrote to the school to say that they would educate her at home from September. The school informed the local authority. The elective home education adviser visited in October 2023 and saw Child M with her mother; she recorded that Child M was 'quiet' and that the provision was 'developing'. The adviser was not aware of her diabetes."),
("P", "3.3 Between July 2023 and March 2024 Child M's HbA1c rose sharply and she lost 6kg. She was not brought to two of her three diabetes clinic appointments. The diabetes team wrote to the family and to the GP after each missed appointment, and at the one appointment she attended the consultant noted 'possible insulin omission - ? disordered eating' and made a referral to the CAMHS eating disorder service in November 2023."),
("P", "3.4 The CAMHS eating disorder service accepted the referral as 'routine' because Child M's weight was within the normal range for her age. She was placed on the waiting list with an expected wait of 18 weeks. No one from CAMHS spoke to the diabetes team. In January 2024 the GP saw Child M for a sore throat and noted that she looked 'pale and thin'; the GP did not know about the CAMHS referral and did not ask about her education."),
("P", "3.5 In the weeks before the overdose Child M was spending most of her time in her bedroom, and her mother has told me that she was using websites that promoted extreme dieting. Child M's father was himself unwell at this time."),
("S", "4. Analysis"),
("P", "4.1 Child M's experience. Once she left school, Child M became almost invisible to professionals. She was seen by only three professionals in eight months, each for a single purpose. Nobody put together a picture of a girl who had been bullied, had withdrawn from school and friends, was losing weight and was omitting insulin. Her own voice is almost absent from the records."),
("P", "4.2 Information sharing between health services. This is the central finding of this review. The diabetes team, CAMHS and the GP each held important information, and in each case it did not reach the others. The diabetes team's letters to the GP were scanned into the record but not read by a clinician. CAMHS triaged the referral on the basis of weight alone, without the diabetes context that placed Child M at much higher risk. The EHE adviser did not know about her health condition."),
("P", "4.3 Missed appointments. Child M was not brought to appointments. The diabetes team's 'was not brought' policy was followed by letter, but no professional spoke to Child M's parents about why, or considered whether the pattern was itself a sign of increasing risk. I do not consider that Child M's parents neglected her: they were under great strain, they loved her, and they were doing their best to support her at home. But the missed appointments should have prompted a conversation."),
("P", "4.4 Professional curiosity. Several professionals noticed something was wrong - the 'quiet' child at the EHE visit, the 'pale and thin' girl at the GP - but did not ask further."),
("P", "4.5 Risk re-assessment. The routine CAMHS triage was not revisited when further information became available. The waiting time for the eating disorder service in Fenmoor was 18 weeks for routine cases in 2023-24, against a national standard of four weeks. The service has told the review that this was because of staff vacancies, and that it has since recruited additional clinicians."),
("S", "5. Recommendations"),
("P", "1. Fenmoor ICB should ensure that CAMHS eating disorder triage takes account of co-existing physical health conditions, in particular Type 1 diabetes, and that the referring team is contacted before a routine categorisation is made."),
("P", "2. GP practices should review their processes for clinical review of correspondence from paediatric specialist teams about missed appointments."),
("P", "3. The local authority EHE team should, with the child's parents' agreement, seek information from health services where a child has a known health condition."),
("P", "4. The paediatric diabetes team should revise its 'was not brought' policy to include direct contact with the family and the GP after a second missed appointment."),
("P", "5. The partnership should report on progress against the national access standard for children and young people's eating disorder services within six months."),
]


def ub07():
    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    for kind, text in UB07:
        if kind == "H":
            pdf.set_font("Helvetica", "B", 14)
            pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "S":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.output(os.path.join(OUT, "ub07.pdf"))


# ---------------------------------------------------------------- ub08.docx
UB08 = [
("T", "Wexcombe Safeguarding Children Partnership"),
("H1", "Local Child Safeguarding Practice Review: Sam"),
("P", "Independent author: Priya Raman. Published November 2024."),
("H2", "A note on language"),
("P", "Sam is non-binary. Sam was assigned female at birth and from the age of 13 has identified as neither a girl nor a boy. Sam asked that this review uses their chosen name and refers to them as 'they', and this report does so throughout, including when describing events before Sam told professionals about their identity. Where records quoted use other pronouns, this is noted."),
("H2", "1. Why this review was held"),
("P", "1.1 Sam was born in May 2008. On 2 December 2023 Sam was reported missing by their foster carers. They were found the following afternoon at the flat of a 34-year-old man whom they had met through an online gaming platform some six weeks earlier. Sam disclosed that the man had given them alcohol and had sexually assaulted them. He has since been convicted of rape of a child and of sexual communication with a child."),
("P", "1.2 Wexcombe is a unitary authority in the South East of England. The local authority notified the national Panel because Sam was a looked-after child who had suffered serious harm. The rapid review found learning for the partnership about the online safety of looked-after children, about missing episodes and about the support available to gender-diverse young people, and recommended a local child safeguarding practice review."),
("H2", "2. Methodology"),
("P", "2.1 The review followed a systems approach based on the SCIE Learning Together model. It covered the period from January 2022, when Sam moved to their current foster placement, to the incident. The author read agency records, met practitioners individually and in a group, and talked with Sam (twice), with their foster carers and with their social worker. Sam's birth mother was written to but did not reply."),
("H2", "3. Background"),
("P", "3.1 Sam is of mixed White British and Pakistani heritage. They have lived in foster care since the age of 11, under a full care order. Before that, Sam and their younger brother were subject to child protection plans because of their mother's alcohol misuse and the neglect of their basic care. Sam's mother had herself grown up in foster and residential care. Sam's brother lives with a different foster family, and the two see each other monthly; he is not a subject of this review."),
("P", "3.2 Sam's father's identity is not recorded and he has never been involved in Sam's life."),
("P", "3.3 Sam has lived with their current foster carers, a couple in their fifties, since January 2022. The placement was described by all professionals as warm and stable. Sam attends Year 11 at a local secondary school and is expected to do well in their GCSEs, particularly in art."),
("P", "3.4 Sam told the school counsellor in 2021 that they had thought about ending their life, and they self-harmed by cutting on several occasions in 2022. The GP referred Sam to CAMHS in March 2023; the referral was accepted and Sam was placed on the waiting list, with an expected wait of over a year. Sam was seen monthly by a worker from Spectrum, a voluntary sector LGBTQ+ youth group, from the summer of 2023."),
("P", "3.5 Sam experienced transphobic bullying at school in Year 10, including name-calling and being deliberately called by their birth name. The school dealt with individual incidents but Sam said they 'didn't feel like anyone got it'."),
("H2", "4. Key events"),
("P", "4.1 Sam went missing for short periods twice in October 2023, each time returning late at night. Return home interviews were completed by the independent provider. On the second occasion Sam said they had been 'with a friend from online'. This was recorded, but was not shared with the social worker for three weeks because of a backlog in the provider's administration."),
("P", "4.2 In November 2023 a teacher saw messages on Sam's phone from someone calling Sam 'babe' and offering to 'look after' them. The teacher spoke to the designated safeguarding lead, who decided to monitor the situation. The foster carers were not told."),
("P", "4.3 Sam's social worker at the time was an agency worker who had been in post for six weeks; Sam had had five social workers in two years. The Independent Reviewing Officer's last review, in September 2023, did not mention Sam's online life or their gender identity, and Sam's care plan was silent on both."),
("H2", "5. Was this sexual exploitation?"),
("P", "5.1 The review was asked to consider whether Sam had been sexually exploited, as the term is used in national guidance. The partnership's exploitation screening tool had not been completed before the incident. Having considered the evidence, the review's view, shared by the police, is that this was extra-familial child sexual abuse by a lone adult who groomed Sam online. There was no evidence of any exchange, of Sam being passed to other adults, or of any wider network, and the review does not consider that Sam was sexually exploited. The review makes this point not to lessen what happened to Sam, but because the response to online sexual abuse by a single adult should not depend on whether a case meets an exploitation threshold."),
("H2", "6. Findings"),
("P", "Finding 1: Sam's online life, which was central to their daily life and their sense of belonging, was not understood by the adults around them. Sam told the reviewer: 'Online was the only place people used my name.'"),
("P", "Finding 2: Professionals lacked curiosity about the 'friend from online' and the messages, and no one challenged the decision to monitor."),
("P", "Finding 3: Information held by the return home interview provider and by the school was not shared with the social worker or the foster carers."),
("P", "Finding 4: Sam's care plan and the IRO review did not assess their identity, their online safety or the risks suggested by the missing episodes; risk was not re-assessed when Sam began to go missing."),
("P", "Finding 5: Frequent changes of social worker and the length of the CAMHS waiting list reflect pressures on the workforce and services which the partnership's leaders need to address."),
("H2", "7. Recommendations"),
("P", "1. Children's social care should ensure that care plans for looked-after young people include an assessment of their online life and online safety."),
("P", "2. The IRO service should ensure that the identity needs of gender-diverse looked-after children are considered at each review."),
("P", "3. The local authority should ensure that return home interview information is shared with the allocated social worker within 72 hours."),
("P", "4. Schools should share concerns about possible online grooming of a looked-after child with the social worker and carers on the same day."),
("P", "5. The partnership should seek assurance from the ICB about waiting times for looked-after children referred to CAMHS."),
("P", "6. The local authority should report to the partnership on its plan to improve stability of social workers for looked-after children."),
]


def ub08():
    d = Document()
    for kind, text in UB08:
        if kind == "T":
            d.add_heading(text, 0)
        elif kind == "H1":
            d.add_heading(text, 1)
        elif kind == "H2":
            d.add_heading(text, 2)
        else:
            d.add_paragraph(text)
    d.save(os.path.join(OUT, "ub08.docx"))


if __name__ == "__main__":
    ub03()
    for f in ["ub05", "ub07", "ub08"]:
        fn = globals().get(f)
        if fn:
            fn()
    print("built")
