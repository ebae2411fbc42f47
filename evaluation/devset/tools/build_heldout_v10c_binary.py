"""Build the binary/markup reports pc09-pc12 (text held here)."""
import os
from docx import Document
from fpdf import FPDF
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reports")

PC09 = [("h", "Greyhallow Safeguarding Children Partnership"),
("h", "Seven-minute briefing: LCSPR 'Harvey' - published summary"),
("p", "Published: July 2023. This briefing summarises the local child safeguarding practice review into the death of Harvey. The full report was written by an independent reviewer using the Significant Incident Learning Process (SILP)."),
("h2", "1. Background"),
("p", "Harvey was five years old and in his Reception year when he died in hospital in March 2022 from an abdominal injury inflicted by his mother's partner, with whom Harvey and his mother had lived for about five months. The partner was convicted of murder. Harvey's mother was convicted of causing or allowing the death of a child. Harvey was a white British boy who loved dinosaurs and his baby cousin. He had speech delay and was waiting for an assessment for autism."),
("p", "Harvey's mother had a history of depression and had been prescribed antidepressants by her GP intermittently since 2018. She had moved four times in two years, twice between local authority areas, leaving a violent relationship with Harvey's father in 2020. The review found that the mother's new partner was controlling towards her: he managed her money and phone and stopped her from seeing her sister. Police had been called to the home once in January 2022; the mother said it was a noise complaint."),
("h2", "2. Why it matters"),
("p", "Harvey was seen by his school, the GP and a health visitor in the months before he died. School staff noticed bruises on his face twice; each time his mother gave a plausible explanation (a fall in the park; a door). The second time, the school made a referral. Children's social care opened a child and family assessment in February 2022 and a social worker visited once. Harvey was not spoken to alone. The mother's partner was not seen."),
("h2", "3. What the review found"),
("b", "The partner was invisible: no agency knew his name until after Harvey died."),
("b", "Frequent moves meant records from the previous authority, including a child protection plan for Harvey in 2020-2021 under the category of emotional abuse, were not requested."),
("b", "Harvey's communication needs made it harder to hear him; no one adapted their approach."),
("b", "Explanations for injuries were accepted without checking, and the two bruising incidents were not seen together."),
("b", "The January police call-out was not shared with school or social care."),
("h2", "4. Recommendations"),
("p", "The review made five recommendations: (1) transfer-in protocols must include requesting previous records within five working days; (2) all assessments must identify every adult in the household; (3) schools must use the body map and consult the designated safeguarding lead on every facial bruise; (4) police notifications of incidents in households with children to be shared with schools through Operation Encompass, including non-crime incidents; (5) practitioners to be trained on communicating with children with speech and language needs."),
("h2", "5. Questions for your team"),
("b", "Do you know who lives in the homes of the children you work with?"),
("b", "When a family moves into the area, how do you find out what happened before?"),
("b", "How do you hear the voice of a child who has few words?"),
("h2", "6. Find out more"),
("p", "The full report is available on the partnership website."),
]

PC10 = [("h", "Marrowfield Safeguarding Children Partnership"),
("h", "Local Child Safeguarding Practice Review: Baby Amira"),
("p", "Date: 20 November 2024. Lead reviewer: J. Castellane (independent)."),
("h2", "1. Introduction"),
("p", "1.1 This review concerns Amira, who was eleven months old in August 2023 when she was admitted to hospital with severe scalds to her lower body and legs, covering 14% of her body, and evidence of significant neglect: she was underweight, had not been registered with a GP in the area and had received none of her routine immunisations. Her injuries were found to have been caused when she was left alone in a bath; the water temperature could not be determined. Amira is a girl of Bangladeshi heritage. She recovered after skin grafts and is now placed with her maternal aunt under a child arrangements order."),
("p", "1.2 Marrowfield is a London borough. The review was commissioned after a rapid review in September 2023. It used a systems approach drawing on the SCIE Learning Together model, with one practitioner event and individual conversations."),
("h2", "2. Family and background"),
("p", "2.1 Amira lived with her mother, father and her brother, aged four, in a single room in a shared house in temporary accommodation. The family had arrived in the borough from another London borough six weeks before the incident, their fourth move since Amira's birth. Their immigration status meant they had no recourse to public funds and they relied on a church food project and a charity for baby equipment. The parents are married and live together. Neither parent speaks much English; the father had some English and usually interpreted for his wife."),
("p", "2.2 Amira's mother had been diagnosed with postnatal depression after Amira's birth by the perinatal mental health team in the previous borough. She was discharged from that service when the family moved and no onward referral was made. The review found no evidence that either parent used alcohol or drugs. There was no information suggesting domestic abuse; the mother was seen alone with an interpreter by the hospital social worker after the incident and said she felt safe, and no agency held any concerns."),
("p", "2.3 The family had no relatives in the area. The mother told the reviewer she had not spoken to anyone outside the family for months."),
("h2", "3. Amira's lived experience"),
("p", "3.1 Amira spent most of her time in one room with her mother. She was not yet walking. She had been seen by a health visitor once, at her new birth visit in the first borough, where no concerns were recorded. After that, three health visiting contacts were missed because the family had moved and the records followed slowly. Amira was not known to children's social care in any borough before the incident; the review checked with each authority."),
("h2", "4. Key episodes"),
("p", "4.1 The housing team in the previous borough moved the family without notifying health visiting. 4.2 The health visiting record transferred to Marrowfield only after the incident. 4.3 The church food project volunteer who visited weekly saw Amira in July and thought she looked thin, but did not know who to tell. 4.4 The father's role as interpreter meant the mother's mood was never assessed in her own language."),
("h2", "5. Findings"),
("p", "Finding 1: Families in temporary accommodation who move across borough boundaries fall between health visiting services. Finding 2: Using a family member as an interpreter prevented professionals from hearing the mother's account and from understanding Amira's daily life. Finding 3: Voluntary sector staff are often the only people who see a family and lack routes to raise concerns. Finding 4: The mother's mental health treatment ended at a move, with no plan."),
("h2", "6. Recommendations"),
("p", "1. The partnership should agree with neighbouring boroughs a protocol for notifying health visiting whenever a family with a child under five is placed in temporary accommodation. 2. All agencies should use professional interpreters for assessments and should never use a family member. 3. The partnership should provide safeguarding training and a referral route for faith and voluntary organisations. 4. The perinatal mental health service should ensure transfer of care when a patient moves borough."),
("h2", "Glossary"),
("p", "NRPF - no recourse to public funds. HV - health visitor. TA - temporary accommodation."),
]

PC11 = [("h", "SANDERLING BAY LOCAL SAFEGUARDING CHILDREN BOARD"),
("h", "SERIOUS CASE REVIEW - CHILD W - OVERVIEW REPORT (EXECUTIVE SUMMARY)"),
("p", "Published: October 2018. Independent overview author and independent chair appointed by the LSCB. The review followed Working Together to Safeguard Children (2015): agencies provided Individual Management Reviews (IMRs) and chronologies, which were analysed by the overview author and a panel of senior managers."),
("h2", "1. The circumstances"),
("p", "1.1 Child W is a boy who was eight years old when, in November 2016, he was found by police in his home in a severely malnourished state, confined to a bedroom whose door was locked from the outside. He weighed less than the average four-year-old. He had not attended school since the summer of 2014, when his mother withdrew him to educate him at home. He was admitted to hospital and has since recovered physically. The LSCB agreed that the case met the criteria for an SCR because W had been seriously harmed and neglect and emotional abuse were known. The primary harm identified by the review is emotional abuse through prolonged cruelty and isolation, with severe neglect."),
("p", "1.2 Sanderling Bay is a coastal unitary authority in the south-west of England."),
("h2", "2. Family background"),
("p", "2.1 W lived with his mother and her partner (not W's father). W's father had no contact after the parents separated when W was two; the separation followed police involvement for domestic abuse by the father. W's mother had a history of obsessive compulsive disorder and depression, for which she received treatment from secondary mental health services between 2009 and 2011. The mother's partner had a previous conviction for actual bodily harm in 2008 against a stranger. There was no evidence of alcohol or substance misuse by either adult."),
("p", "2.2 The household withdrew from contact with extended family from 2014. Neighbours told police they had not seen W for over a year. The family had significant rent arrears."),
("h2", "3. Agency involvement"),
("p", "3.1 The school raised concerns about W's weight and hygiene in 2013 and made a referral to children's social care; an initial assessment found no role for the department and the case was closed. After withdrawal from school, the local authority's elective home education adviser wrote to the mother three times; she declined a visit. The GP had no contact with W after 2014. The family's housing association officer visited about the arrears in 2016 and was refused entry."),
("h2", "4. Findings"),
("p", "4.1 W was invisible to services for over two years. No agency had the power or the routine to see him. 4.2 The 2013 assessment did not take into account the mother's mental health history or the partner's history. 4.3 The mother's refusal of contact was accepted without challenge by the EHE adviser and the housing officer. 4.4 Information held by school, GP and housing was never brought together."),
("h2", "5. Recommendations"),
("p", "The SCR made eight recommendations to the LSCB and its partner agencies. They include: (1) the LSCB to lobby government for a duty to see children educated at home; (2) children known to social care who are withdrawn from school to be reviewed by a social worker; (3) housing officers to be trained to recognise indicators of neglect; (4) assessments to include the histories of all adults in the household; (5) the GP practice to review patients under 10 with no contact for two years; (6) the EHE adviser to escalate refused visits; (7) multi-agency training on disguised compliance and avoidance; (8) the LSCB to audit the implementation of these recommendations within 12 months."),
]

PC12 = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Riley - learning summary</title></head>
<body>
<header><p>Cardenbridge Safeguarding Children Partnership</p>
<h1>Learning from the Local Child Safeguarding Practice Review: Riley</h1>
<p>Published summary &middot; April 2025</p></header>
<main>
<section><h2>About this summary</h2>
<p>This page summarises a local child safeguarding practice review (LCSPR) about a baby we call Riley. The review was led by an independent reviewer and followed the Partners in Practice method, a local approach combining practitioner reflective sessions with a review of records. The full report contains six recommendations, listed below.</p></section>
<section><h2>What happened</h2>
<p>Riley was six weeks old in May 2024 when he was taken to the Emergency Department with a fractured femur and bruising to his chest. Medical opinion was that the injuries were inflicted. Riley's father later admitted causing them during what he described as an episode in which he &ldquo;was not himself&rdquo;. Riley recovered and now lives with his mother, who has separated from his father, under a supervision order.</p>
<p>Riley's father had been diagnosed with schizophrenia in 2019 and was under the care of a community mental health team. In the weeks before the incident he had stopped taking his medication and had told his care coordinator that he was not sleeping. His mother was not told. Riley's mother had no history of mental ill health. Neither parent used drugs or alcohol to any significant degree; the father's urine drug screens in the CMHT were negative throughout. Police had no record of domestic abuse between the parents, and the review found none.</p></section>
<section><h2>The family</h2>
<p>Riley's parents had been together for three years and lived together with Riley in a flat in Cardenbridge, in the north-east of England. Riley was their first child. The family had no involvement with children's social care before Riley's birth; a pre-birth assessment was not requested.</p></section>
<section><h2>What we learned</h2>
<ul>
<li><strong>Think family.</strong> The CMHT knew the father was about to become a parent but did not consider what this meant for the baby or share the relapse signs with maternity or health visiting.</li>
<li><strong>Relapse indicators were not shared.</strong> The care coordinator recorded the father's poor sleep and missed medication but did not tell the GP or the health visitor.</li>
<li><strong>The father was seen as a patient, not a parent.</strong> Midwives and the health visitor assessed the mother and baby thoroughly, but did not ask about the father's health.</li>
<li><strong>Good practice.</strong> The ED recognised the injury quickly and the strategy discussion was timely.</li>
</ul></section>
<section><h2>Recommendations</h2>
<ol>
<li>Adult mental health services to complete a &ldquo;think family&rdquo; assessment whenever a patient is expecting a baby.</li>
<li>CMHT to notify the midwife and health visitor, with consent, of a parent's mental health diagnosis and relapse plan.</li>
<li>Health visitors to ask both parents about their mental health at every contact.</li>
<li>The partnership to issue a practice briefing on pre-birth assessment where a parent has a serious mental illness.</li>
<li>GP practices to flag patients with serious mental illness who become parents.</li>
<li>The partnership to audit implementation in 12 months.</li>
</ol></section>
</main></body></html>
"""

def docx(name, items):
    d = Document()
    for kind, text in items:
        if kind == "h": d.add_heading(text, level=1)
        elif kind == "h2": d.add_heading(text, level=2)
        elif kind == "b": d.add_paragraph(text, style="List Bullet")
        else: d.add_paragraph(text)
    d.save(os.path.join(OUT, name))

def pdf(name, items):
    p = FPDF(); p.set_auto_page_break(True, 15); p.add_page()
    for kind, text in items:
        if kind in ("h", "h2"):
            p.set_font("Helvetica", "B", 13 if kind == "h" else 11)
        else:
            p.set_font("Helvetica", "", 10)
        p.multi_cell(0, 6, text); p.ln(2)
    p.output(os.path.join(OUT, name))

docx("pc09.docx", PC09)
docx("pc10.docx", PC10)
pdf("pc11.pdf", PC11)
open(os.path.join(OUT, "pc12.html"), "w", encoding="utf-8").write(PC12)
print("built")
