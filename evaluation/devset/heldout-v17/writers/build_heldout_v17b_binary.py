#!/usr/bin/env python3
"""Build the three binary/markup reports (fb04.docx, fb05.pdf, fb06.html). Text is held here."""
import os
from docx import Document
from fpdf import FPDF

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reports")

FB04 = [
("title", "Kelderby Safeguarding Children Partnership"),
("title", "Local Child Safeguarding Practice Review: Child T"),
("p", "Author: Morwenna Cardew, independent reviewer. Published 2 October 2023."),
("h", "1. Why this review was undertaken"),
("p", "Child T died in hospital in January 2023, two days after being found face down in the bath at the family home in Kelderby, a coastal town in the South West of England. He was a few weeks past his first birthday. His mother had left him in the bath with his brother, who was then three, while she went downstairs to answer the front door. She has said that she was gone 'for a minute or two'; the police investigation estimated at least six minutes. Child T was not breathing when she returned. She began rescue breaths on the instructions of the ambulance call handler."),
("p", "The coroner recorded a conclusion of accidental death. The safeguarding partners nevertheless decided that an LCSPR should be carried out, because Child T and his brother had been subject to child protection plans under the category of neglect which had ended eight months earlier, and because there had been repeated concerns about supervision. In the reviewer's view this is a death in which neglectful supervision played a part, set against a long history of neglect; it was not a deliberate act."),
("h", "2. How the review was carried out"),
("p", "The review followed the Partnership's own 'Learning Conversations' model: agency chronologies were combined into one timeline, the reviewer met practitioners individually and in two group conversations, and the draft was tested with the practitioners before it went to the safeguarding partners. Child T's mother contributed through a meeting with the reviewer and her advocate. His father is in prison and was written to but did not respond. Mrs T's partner, Mr R, did not take part."),
("h", "3. Child T and his family"),
("p", "Child T was a White British boy who was described by his nursery key worker as 'into everything, climbing before he could walk'. He was developing normally and had no health problems other than eczema. He lived with his mother and his older brother. His brother is not a subject of this review but his experience is considered alongside Child T's."),
("p", "Mrs T is 32. She had used heroin in her twenties and had completed a community detoxification and a period of support with Kelderby Recovery Services in 2016. She has been abstinent from opiates since then; her drug tests during the child protection plan were negative for all substances. She told professionals that she 'did not really drink'. The police officers who attended recorded that she 'may have been drinking', but no test was carried out and the review has not been able to establish whether alcohol was a factor on the evening of the incident."),
("p", "Child T's father has been in prison since mid-2022 for robbery. Before that he saw the children on alternate weekends. Mrs T's relationship with him ended in 2021 and there was a history of domestic abuse in that relationship: police attended the home four times in 2021, and he was given a restraining order. There were no incidents after he went to prison."),
("p", "Mr R started a relationship with Mrs T in the autumn of 2022 and stayed at the house several nights a week. He was the person at the front door on the evening of the incident. Professionals knew his first name from the nursery; the health visitor had not heard of him. He has no criminal record."),
("h", "4. What happened: a summary"),
("p", "Both children were made subject to child protection plans in February 2021 under the category of neglect, after the older child was found alone in the front garden and the home conditions were found to be very poor. Core groups were well attended and conditions improved. The plans ended in May 2022 and the children were stepped down to a child in need plan, which closed in September 2022 with continuing support from the Kelderby Family Hub (early help) and the nursery."),
("p", "From October 2022 the nursery recorded that Child T's attendance fell, that he arrived hungry on three occasions and that his mother seemed 'flat'. The early help worker changed twice in three months. A health visitor's one-year review was missed and not rearranged. The GP saw Mrs T in November 2022 for low mood and prescribed an antidepressant. The nursery's concerns were shared with the early help worker but no one considered whether the case should be re-referred to children's social care."),
("p", "A water safety leaflet was given to Mrs T at the one-year review of Child T's brother in 2020, but bath safety was not discussed again and was not part of the child protection plan."),
("h", "5. Findings"),
("p", "Finding 1. After the child protection plans ended, the signs that neglect was returning (poor nursery attendance, hunger, the mother's low mood) were seen by individual practitioners but not drawn together, and the risk was not reassessed."),
("p", "Finding 2. A new adult in the household was not identified or spoken to by any practitioner."),
("p", "Finding 3. Early help was affected by staff turnover, and there was no clear route back to children's social care when concerns re-emerged."),
("p", "Finding 4. Advice about supervision of young children in water is not routinely given to families where neglect of supervision has been a concern."),
("h", "6. Recommendations"),
("p", "1. The Partnership should ensure that the step-down and closure procedure sets out what signs would trigger a re-referral, and that these are shared with every agency in the early help plan."),
("p", "2. Kelderby Family Hubs should report to the Partnership on the impact of staff turnover on families stepped down from child protection plans."),
("p", "3. The 0-19 service and the nurseries should include water and bath safety in their work with families of babies and toddlers where supervision has been a concern."),
("p", "4. All agencies should record the names and roles of new partners who are staying in a household with young children."),
]

FB05 = """Ousemoor Safeguarding Children Partnership
Local Child Safeguarding Practice Review - Child L

Final report, published 18 June 2025

Summary

Child L was a three-year-old girl who lived with her father and her older brother. She had quadriplegic cerebral palsy, epilepsy and a gastrostomy through which she received all of her food and medicines. She was registered blind. She died in hospital in March 2024 from aspiration pneumonia, after her father called an ambulance because she was struggling to breathe. She weighed 9.1kg, well below the weight the dietitian had expected, and had pressure sores on her hips and the back of her head.

The post-mortem and the clinical review found that Child L's death was caused by a chest infection to which her condition made her very vulnerable. The review panel's medical adviser considered that neglect of her health needs - missed feeds and medicines, missed hospital and therapy appointments, and poor positioning - contributed to, but did not directly cause, her death. Her father was not prosecuted.

Method

The review was carried out using a hybrid model agreed by the Ousemoor partners: a panel of senior managers, agency reports for health and social care, a practitioner workshop and direct conversations with the family. The reviewer was Dr Helen Strick. Child L's father and her paternal grandmother met the reviewer. Child L's mother left the family home in 2021 and has had no contact with the children since then; she was not approached.

What was known

Child L's father, Mr L, became her sole carer when her mother left. He gave up work. He has a mild learning disability and had attended a special school. He had been treated for depression by his GP since 2021. The paternal grandmother, who lives in the same village, helped with the school run for Child L's brother but did not provide personal care. The family lived in an isolated rural cottage and did not have a car; the bus to the children's hospital took two hours each way. Mr L was in debt and had been refused a grant for a new specialist seating system.

There was no indication from any agency of alcohol or drug misuse by Mr L. There was no domestic abuse in the household during the period of the review.

Child L was open to the Children with Disabilities Team under a child in need plan from 2022. She had never been subject to a child protection plan. She attended a specialist nursery two mornings a week until October 2023, when her attendance stopped.

Key episodes

- June 2023: The community children's nursing team raised concerns that Mr L was not following the feeding regime. A professionals' meeting agreed to 'support Dad' with more visits.
- August to December 2023: Five outpatient appointments (neurology, dietetics, orthotics) were missed. Each service discharged Child L or sent a new appointment letter. The GP was copied in but did not act.
- October 2023: Nursery attendance stopped; nursery told the social worker, who accepted Mr L's explanation that transport was difficult.
- November 2023 to February 2024: The community nurses were unable to gain access on four occasions. The social worker visited twice and saw Child L in her bed; she was not weighed and her skin was not checked.
- February 2024: The social worker's manager asked whether a strategy discussion was needed; it was decided to hold a child in need review instead, which had not taken place when Child L died.

Analysis and findings

1. Professionals empathised with a father who was struggling alone, and this 'start again' optimism meant that the accumulating evidence of neglect was not recognised as such. Support was increased but the question whether Child L was being harmed was not asked.

2. Child L could not speak and could not move herself. Her experience - hunger, pain, discomfort, not being taken out - was not described in any assessment. Practitioners focused on Mr L's needs.

3. Missed health appointments were treated as the father's choice rather than as a child not being brought. Each service acted alone, and the GP, who received every letter, was not in a position to see the pattern.

4. Mr L's learning disability was known but his capacity to manage a complex medical regime was never formally assessed, and no adult social care carer's assessment was offered.

5. The review found that the Children with Disabilities Team was working with high caseloads and that its managers had limited training in neglect of disabled children; thresholds for a child protection response were higher for disabled children than for others.

Recommendations

1. The Partnership should adopt a 'was not brought' policy for disabled children that requires a multi-agency discussion after two missed appointments.
2. The Children with Disabilities Team should use the neglect assessment tool for all children on its caseload where health needs are not being met.
3. Assessments of parents with a learning disability who care for a child with complex health needs should include a formal assessment of their ability to manage the regime, with adult social care.
4. Health providers should ensure that a lead health professional is named for every child with complex health needs.
5. The Partnership should provide training on the neglect and abuse of disabled children, including the increased vulnerability of children who cannot communicate.

Glossary: CIN - child in need; CWD - Children with Disabilities; GP - general practitioner.
"""

FB06 = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>7 Minute Briefing - LCSPR Baby J</title>
<style>body{font-family:Arial;max-width:900px;margin:auto} .box{border:2px solid #2a6; padding:10px; margin:8px 0} h2{color:#2a6}</style></head>
<body>
<header><p>Brentmere Safeguarding Children Partnership &middot; a London borough partnership</p></header>
<h1>7 Minute Briefing: Local Child Safeguarding Practice Review &ldquo;Baby J&rdquo;</h1>
<p><em>Published September 2023</em></p>

<div class="box"><h2>1. Background</h2>
<p>Baby J was six weeks old in May 2022 when they were brought to hospital by both parents with a history of &ldquo;not feeding and very sleepy&rdquo;. Scans found a subdural haemorrhage and the retinal examination found haemorrhages typical of abusive head trauma. Baby J survived and is now placed with a foster family. The review concerns the care given to Baby J and the parents before and after the birth. It was carried out by an independent reviewer using the SCIE Learning Together model.</p></div>

<div class="box"><h2>2. The family</h2>
<p>Baby J's mother was 19. Baby J's father, aged 22, had grown up in care in a neighbouring borough and had a personal adviser from that borough's leaving care service until he was 21. His PA knew he was about to become a father but this was not shared with Brentmere. He told the reviewer he had been &ldquo;angry all my life&rdquo; and that he had been excluded from school for fighting. He had a caution in 2020 for assaulting a bus driver. The parents lived together in a studio flat provided by a housing association. There was no evidence of domestic abuse between the parents, and no known alcohol or drug use by either parent.</p></div>

<div class="box"><h2>3. What happened in pregnancy</h2>
<p>The mother booked late, at 22 weeks. The midwife recorded the father as &ldquo;partner, supportive&rdquo; and did not ask about his history. No pre-birth referral was made because no risk factors were identified for the mother. The father was never asked about his own childhood or his experience of care, which would have triggered a referral under local guidance.</p></div>

<div class="box"><h2>4. After the birth</h2>
<p>The health visitor's new birth visit was carried out when the father was at work. The baby cried a great deal and the mother told the GP at the six-week check that the father &ldquo;gets stressed when the baby won't settle&rdquo;. This was not explored. Coping-with-crying advice was given to the mother only.</p></div>

<div class="box"><h2>5. Key learning</h2>
<ul>
<li>Fathers are parents too: ask every father about his own childhood, care history and support.</li>
<li>Leaving care services must share information about care leavers who are becoming parents, across borough boundaries.</li>
<li>Pre-birth assessment should be triggered by risk factors in either parent.</li>
<li>Crying is the most common trigger for shaking. Talk to both parents about coping with crying.</li>
<li>Listen when a parent tells you the other is struggling - be curious.</li>
</ul></div>

<div class="box"><h2>6. Questions for your team</h2>
<ul><li>How do you find out about a father's history?</li><li>When did you last give coping-with-crying advice to a dad?</li><li>Do you know who to contact in another borough's leaving care service?</li></ul></div>

<div class="box"><h2>7. Find out more</h2><p>The full report is on the Partnership website. Contact the Partnership business unit for training on working with fathers.</p></div>
</body></html>
"""

def build_docx():
    d = Document()
    for kind, text in FB04:
        if kind == "title":
            d.add_heading(text, level=0 if "Review" in text else 1)
        elif kind == "h":
            d.add_heading(text, level=2)
        else:
            d.add_paragraph(text)
    d.save(os.path.join(OUT, "fb04.docx"))

def build_pdf():
    pdf = FPDF()
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in FB05.split("\n"):
        if line.strip() == "":
            pdf.ln(4)
        else:
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(OUT, "fb05.pdf"))

def build_html():
    with open(os.path.join(OUT, "fb06.html"), "w", encoding="utf-8") as f:
        f.write(FB06)

if __name__ == "__main__":
    build_docx(); build_pdf(); build_html()
    print("built")
