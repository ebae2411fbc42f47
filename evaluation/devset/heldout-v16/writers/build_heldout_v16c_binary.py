#!/usr/bin/env python3
"""Build the binary/markup reports of blind set c: sc03.docx, sc06.pdf, sc08.html.
Run with /work/scratch-venv/bin/python (python-docx 1.2.0, fpdf2 2.8.9).
All report text is held in this script."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
REP = os.path.join(HERE, "reports")

# ---------------- sc03.docx ----------------
class S3:
    TITLE = "Castlemoor Safeguarding Children Partnership\nLocal Child Safeguarding Practice Review: Amira"
    META = [("Lead reviewer", "Dr Helen Aspinall, consultant community paediatrician (retired), independent"),
            ("Co-reviewer", "Designated Nurse for Safeguarding Children, Castlemoor ICB"),
            ("Review method", "Learning Together systems approach (SCIE)"),
            ("Date of publication", "September 2024")]
    SECTIONS = [
    ("1. Why this review was carried out",
    ["Amira died in hospital on 21 January 2023 from aspiration pneumonia. She was born on 9 June 2012. Amira had a number of complex health needs: she had four-limb cerebral palsy following a brain injury at birth, epilepsy, and she was fed through a gastrostomy tube. She did not use spoken language but communicated through facial expression, sounds and an eye-gaze board at school.",
     "When Amira was admitted to hospital she weighed 17.2 kg, well below the weight she had been at her last recorded review eighteen months earlier. Her gastrostomy site was infected, she had pressure sores on her sacrum and heels, and her anti-epileptic medication had not been collected from the pharmacy for more than three months. The paediatric team made a safeguarding referral on the day of admission. The Coroner later concluded that Amira died of natural causes to which neglect contributed, finding that a gross failure to provide basic medical attention had contributed to her death.",
     "Castlemoor is a partnership in the West Midlands. The Castlemoor Safeguarding Children Partnership agreed after its rapid review that an LCSPR should be undertaken because Amira had died, neglect was known or suspected, and there were concerns about how agencies had worked together to meet the needs of a disabled child."]),
    ("2. About Amira and her family",
    ["Amira was of mixed White British and Black Caribbean heritage. People who knew her at school described a girl who loved music, bright lights, and being in the hydrotherapy pool, and who laughed whenever her favourite teaching assistant sang to her.",
     "Amira lived with her mother, Ms B. Her father died in 2016 after a road traffic collision. Amira had no brothers or sisters. Ms B was Amira's sole carer. She had cared for Amira devotedly for many years, and all professionals who spoke to the review described a mother who loved her daughter. Ms B had a long history of depression and had been prescribed antidepressants by her GP since 2017; she had been referred to talking therapies in 2021 but did not attend after the first session.",
     "No concerns about alcohol or drug use by Ms B were ever identified by any agency. Ms B had no criminal record, and there was no history of domestic abuse. Ms B told the reviewers that after her husband died she had \"nobody\": her own family lived abroad, she did not drive, and she rarely left the house except for hospital appointments. She received Carer's Allowance and Disability Living Allowance for Amira and had fallen into debt with her energy supplier after the price rises of 2022."]),
    ("3. Services involved",
    ["Amira was known to a wide range of services. The table below summarises their involvement in the two years before her death."]),
    ]
    TABLE = [("Agency", "Involvement"),
     ("Hillcrest Special School", "On roll until May 2022. Ms B then withdrew Amira to educate her at home, saying that transport was unreliable and that Amira was 'happier at home'. The school notified the local authority as required."),
     ("Disabled Children's Team (children's social care)", "Open on a child in need basis since 2014 for short breaks. Allocated social worker; annual review of the CIN plan last held March 2022. Amira was not a looked-after child; she received overnight short breaks under section 17."),
     ("Short breaks provider (Rainbow Lodge, a charity)", "Monthly overnight stays until April 2022; Ms B cancelled all stays after that."),
     ("GP practice", "Repeat prescriptions for Amira and for Ms B. Amira not seen in person after September 2021."),
     ("Community paediatrics / Castlemoor Children's Hospital", "Neurodisability clinic six-monthly; three appointments not attended in 2022. Dietetic and gastrostomy nurse reviews discharged after two 'did not attend' episodes."),
     ("Community children's nursing team", "Visits for gastrostomy care until June 2022; later visits 'no access'."),
     ("Elective home education adviser", "One visit in July 2022, at the door; Ms B said Amira was asleep.")]
    SECTIONS2 = [
    ("4. What we found",
    ["Finding 1 - Amira's voice and daily experience. Amira could not tell anyone what was happening to her. After she left school in May 2022, no professional saw her for more than seven months. Agencies knew she was a child who could not speak for herself, yet no one asked what her day looked like, who was feeding and moving her, or whether she was in pain.",
     "Finding 2 - 'Did not attend' rather than 'was not brought'. Each health service applied its own discharge-after-non-attendance policy. For a child entirely dependent on her carer, missed appointments were treated as the parent's choice rather than as possible neglect of the child's medical needs. The pattern of disengagement was not seen across services.",
     "Finding 3 - No one held the whole picture. The school's notification of withdrawal, the cancelled short breaks, the missed clinics and the uncollected medication each reached a different service. Information was not shared or brought together, and no multi-agency meeting was held in 2022.",
     "Finding 4 - Professional optimism. Ms B's long record of good care led professionals to assume that things were still all right. The CIN review in March 2022 did not reassess risk despite clear signs that Ms B's own health was deteriorating and that support was being withdrawn. The assessment did not consider Ms B's depression or isolation and what they meant for Amira.",
     "Finding 5 - Capacity and commissioning. The Disabled Children's Team had carried vacancies throughout 2022 and the social worker held 31 cases. There was no commissioned route for checking on disabled children removed from special schools for home education. Senior leaders accepted that these were organisational failures."]),
    ("5. Recommendations",
    ["1. Castlemoor ICB and the children's hospital should adopt a single 'was not brought' policy for children with disabilities and complex health needs, so that no such child is discharged for non-attendance without a multi-agency discussion.",
     "2. Castlemoor Council should ensure that the withdrawal of any child with an EHCP from a special school for elective home education triggers a multi-agency meeting within ten working days.",
     "3. Children's social care should review the caseloads of the Disabled Children's Team and report to the partnership on progress within six months.",
     "4. All agencies should ensure that the needs of parent carers, including their mental health and isolation, are included in assessments of disabled children.",
     "5. The partnership should share this review's learning with GPs and community pharmacists so that uncollected prescriptions for children's essential medication are recognised as a safeguarding concern."]),
    ]

# ---------------- sc06.pdf ----------------
class S6:
    TITLE = "Ravensmoor Safeguarding Children Partnership - Local Child Safeguarding Practice Review - Child Q"
    PARAS = [
    ("h", "Summary report for publication, February 2025"),
    ("p", "Ravensmoor is a partnership in the South West of England. This review was commissioned in July 2024 after Child Q, aged 8 years and 3 months, was admitted to hospital having swallowed around twenty tablets of an antidepressant that had been prescribed to Q's father. Q recovered physically after two days on the children's ward. When asked by the ward nurse why, Q said: \"I just wanted to stop being in the middle.\""),
    ("p", "This report does not describe Q's sex, ethnicity or other identifying details, at Q's own request and that of both parents. Q is referred to throughout as Q."),
    ("h", "How the review was carried out"),
    ("p", "The review used an appreciative inquiry approach, led by an independent reviewer with a background in primary education and school safeguarding, and supported by the partnership's designated nurse. Practitioners from the school, GP practice, CAMHS, police and children's social care took part in two workshops. Both parents met the reviewer separately. Q contributed through a conversation with a trusted teaching assistant, using drawings of 'my two houses'."),
    ("h", "Q's world"),
    ("p", "Q's parents separated in 2021 after a long period of conflict. Since then there have been three sets of proceedings in the family court. A child arrangements order made in 2022 provides that Q lives with each parent on alternate weeks, with handover at school on Monday mornings. Each parent has, over time, made allegations against the other: the mother that the father had been controlling and abusive during the relationship; the father that the mother neglected Q and that her new partner was unsafe. A fact-finding hearing in 2023 made no findings on any of the allegations."),
    ("p", "Q was in Year 3 at Ravensmoor Church of England Primary School and, by every account, was a bright and sociable child. Q's drawings show two houses, each with a \"rule book\", and a small figure standing on a road between them."),
    ("p", "Neither parent has a history of alcohol or drug misuse. Q's father has been treated for depression by his GP since 2022. Nothing in the records suggests any mental health difficulty for Q's mother."),
    ("h", "What happened"),
    ("p", "From the autumn of 2023 school staff noticed Q becoming tearful on Monday mornings and having angry outbursts in class, including throwing chairs, which had never happened before. In January 2024 Q told a teaching assistant that \"Daddy says Mummy is a liar and I have to tell the judge\". The school made a referral to children's social care. A child and family assessment was completed. It concluded that Q's needs arose from parental conflict that was already before the court and closed the case with no further action, advising the parents to use a parenting-after-separation course."),
    ("p", "Police were called to handovers five times between 2022 and 2024, usually by one parent alleging the other was late or had been aggressive. On each occasion officers gave words of advice. Q was present at three of these calls. The police did not share the calls with the school."),
    ("p", "In March 2024 Q started scratching their arms with a pencil sharpener blade and told the school's learning mentor that they sometimes wished they \"could disappear\". The GP referred Q to CAMHS, who accepted the referral; Q was on the waiting list for an assessment at the time of the overdose. Cafcass had been reappointed for a further section 7 report and had requested information from the school, which the school provided."),
    ("h", "Findings"),
    ("p", "Finding 1: Q's lived experience of moving between two households in conflict was not understood. Professionals focused on the adults' allegations against each other, and Q's distress was seen as a matter for the family court rather than as emotional harm requiring a safeguarding response."),
    ("p", "Finding 2: Professionals lacked curiosity about the pattern of escalation: the police call-outs, the change in behaviour, self-harm and Q's statement about \"the judge\". No one challenged the assumption that the court process would keep Q safe."),
    ("p", "Finding 3: Information was held in separate places - police, school, GP, CAMHS and Cafcass - and risk was not reassessed as it grew through 2024. The assessment of January 2024 did not include the police history or Q's own account."),
    ("p", "Finding 4: Both parents were seen and engaged by every agency, and this was not a case in which a father was overlooked. Practitioners did, however, find it hard to stay neutral between two articulate parents."),
    ("h", "Recommendations"),
    ("p", "1. The partnership should publish practice guidance on emotional harm arising from parental conflict, making clear that family court proceedings do not replace a safeguarding assessment."),
    ("p", "2. Police should notify schools, through Operation Encompass or an equivalent route, of incidents at handovers where a child is present."),
    ("p", "3. Children's social care should ensure that assessments of children subject to private law proceedings include the child's own account and agency histories."),
    ("p", "4. CAMHS and the partnership should agree a route for prioritising children under eleven who self-harm while on a waiting list."),
    ]

# ---------------- sc08.html ----------------
HTML08 = r'''<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Rapid Review: Children A and B - Greyhaven Safeguarding Partnership</title>
<style>body{font-family:Arial,sans-serif;max-width:820px;margin:auto} th,td{border:1px solid #999;padding:4px;vertical-align:top} table{border-collapse:collapse;width:100%}</style></head>
<body>
<header>
<p><strong>Greyhaven Safeguarding Partnership</strong> &ndash; Rapid Review</p>
<h1>Rapid Review: Children A and B</h1>
<p>Date of serious incident: 2 February 2025 &middot; Notification: 5 February 2025 &middot; Rapid review meeting: 20 February 2025 &middot; Report approved by safeguarding partners: 26 February 2025</p>
</header>

<section>
<h2>1. Summary of the incident</h2>
<p>On the evening of Sunday 2 February 2025 police were called by a neighbour who heard screaming from the family home. Officers found the mother with facial injuries and both children distressed. Child A and Child B were taken to the children's emergency department. Child A had a fractured cheekbone and bruising to both arms; Child B had two fractured ribs and a bite mark on his forearm. Both children said that their father had hit them when they tried to stop him hurting their mother. The father was arrested and has been charged with causing grievous bodily harm to Child B, assault on Child A and assault on the mother. He is remanded in custody.</p>
<p>The notification was made for both children as serious harm (physical abuse).</p>
</section>

<section>
<h2>2. The children</h2>
<table>
<tr><th></th><th>Child A</th><th>Child B</th></tr>
<tr><td>Age at incident</td><td>5 years 2 months</td><td>9</td></tr>
<tr><td>Sex</td><td>Female</td><td>Male</td></tr>
<tr><td>Ethnicity</td><td>White Other (Polish)</td><td>White Other (Polish)</td></tr>
<tr><td>School / setting</td><td>Reception, Harbour Lane Primary; previously attended Little Acorns nursery</td><td>Year 4, Harbour Lane Primary</td></tr>
<tr><td>Health / SEND</td><td>No known health needs</td><td>Autism (diagnosed 2022 through CAMHS neurodevelopmental pathway); EHCP since 2023; sensory difficulties and frequent "meltdowns" at home and school</td></tr>
<tr><td>CSC status</td><td colspan="2">Neither child had been subject to a child protection plan. Neither child was looked after. One MASH contact (June 2024), closed with no further action.</td></tr>
</table>
</section>

<section>
<h2>3. Family</h2>
<ul>
<li><strong>Mother</strong> (34): no known MH, drug or alcohol issues. Works as a care assistant. Has told the review she had been "walking on eggshells" for three years.</li>
<li><strong>Father</strong> (38): drinking heavily since losing his job in 2023 (mother's account, corroborated by the GP record of alcohol-related gastritis in 2024). Police caution in 2019 for assaulting a doorman outside a bar. Not known to mental health services.</li>
<li>The parents are married and lived together with both children.</li>
<li>Maternal grandmother in Poland; no extended family locally.</li>
</ul>
</section>

<section>
<h2>4. Agency involvement before the incident</h2>
<ul>
<li><strong>Police</strong>: June 2024 &ndash; call from mother reporting an argument; father had left before officers arrived. DASH: medium. Referral to MASH and an Operation Encompass notification to school. Mother referred to the IDVA service, had two phone contacts, then declined further support.</li>
<li><strong>Children's social care (MASH)</strong>: June 2024 &ndash; contact screened; parents spoken to by phone; father said the argument was about money and "won't happen again". Closed NFA. No consideration of what the incident meant for a child with autism for whom unpredictability is distressing.</li>
<li><strong>School</strong>: Encompass notification received and acted on the next morning; DSL spoke to both children, monitored, recorded. B's class teacher noted in autumn 2024 that B's behaviour at home, as reported by his mother, had become "much worse" and that he had begun hiding under his desk when men raised their voices.</li>
<li><strong>GP</strong>: father seen twice (gastritis; low mood and sleep). GP advised reducing alcohol. No question about children at home.</li>
<li><strong>CAMHS</strong>: B discharged after diagnosis in 2022 with advice; no open involvement.</li>
<li><strong>Early years</strong>: Little Acorns nursery (A) 2022&ndash;2024 &ndash; no concerns recorded.</li>
</ul>
</section>

<section>
<h2>5. Learning identified</h2>
<ol>
<li><strong>The father was not part of any professional conversation.</strong> The MASH decision relied on a phone call with him. The GP, who knew about his drinking and low mood, did not think about the children. No one checked his police history.</li>
<li><strong>B's disability.</strong> The particular impact of domestic abuse on a child with autism, and B's changed behaviour, were not considered. The children's experience of living with their father's drinking and violence was not explored.</li>
<li><strong>Professional curiosity.</strong> The mother's withdrawal from IDVA support was accepted without asking why.</li>
<li><strong>Good practice.</strong> Operation Encompass worked as intended, and information between police and school was shared promptly and acted on. The school's response was good.</li>
</ol>
</section>

<section>
<h2>6. Decision</h2>
<p>The safeguarding partners agreed that the case does not meet the criteria for an LCSPR: the learning is already being addressed through the partnership's domestic abuse and SEND priorities. The Panel was informed on 27 February 2025.</p>
</section>

<section>
<h2>7. Recommendations to partners</h2>
<ol>
<li>MASH screening of domestic abuse contacts to include a check of police records for both adults and consideration of any child's SEND.</li>
<li>ICB to remind GPs, through the safeguarding newsletter, to ask about children in the household when an adult presents with alcohol misuse.</li>
<li>The IDVA service to report to the partnership on follow-up when victims with children disengage.</li>
</ol>
</section>
</body>
</html>
'''


def build_docx():
    from docx import Document
    d = Document()
    for i, line in enumerate(S3.TITLE.split("\n")):
        d.add_heading(line, level=0 if i else 1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in S3.META:
        r = t.add_row().cells
        r[0].text = k
        r[1].text = v
    for head, paras in S3.SECTIONS:
        d.add_heading(head, level=2)
        for p in paras:
            d.add_paragraph(p)
    t2 = d.add_table(rows=0, cols=2)
    t2.style = "Table Grid"
    for a, b in S3.TABLE:
        r = t2.add_row().cells
        r[0].text = a
        r[1].text = b
    for head, paras in S3.SECTIONS2:
        d.add_heading(head, level=2)
        for p in paras:
            d.add_paragraph(p)
    d.save(os.path.join(REP, "sc03.docx"))


def build_pdf():
    from fpdf import FPDF
    pdf = FPDF()
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, S6.TITLE)
    pdf.ln(3)
    for kind, text in S6.PARAS:
        text.encode("latin-1")
        if kind == "h":
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 7, text)
        else:
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 6, text)
        pdf.ln(2)
    pdf.output(os.path.join(REP, "sc06.pdf"))


def build_html():
    with open(os.path.join(REP, "sc08.html"), "w", encoding="utf-8") as fh:
        fh.write(HTML08)


if __name__ == "__main__":
    build_docx()
    build_pdf()
    build_html()
    print("built sc03.docx sc06.pdf sc08.html")
