"""Build the three binary/markup reports (ga03.docx, ga05.pdf, ga06.html) from text held here."""
import os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reports")

GA03 = [
("title", "Westmoor Safeguarding Children Partnership"),
("title", "Local Child Safeguarding Practice Review: Amira"),
("p", "Independent reviewer: Dr Hollis Marrable. Published 14 March 2025."),
("h", "1. Why I was asked to carry out this review"),
("p", "In June 2024 Amira, who was fifteen, was found by police in a flat in Calder Street, Eastford, a town about forty miles from her foster home. She had been missing for four days. She disclosed that over the previous months she had been given alcohol, cannabis and money by a group of men in their twenties, and that she had been sexually assaulted by several of them and taken to other addresses where she was made to have sex with other men. Five men have since been charged. Westmoor Council notified the Child Safeguarding Practice Review Panel, and after a rapid review the Safeguarding Partners asked me to lead a local child safeguarding practice review. Westmoor is a metropolitan borough in Greater Manchester."),
("p", "I want to say at the start that Amira spoke to me herself, twice, and that this review is better for it. She asked me to use the name Amira. She is of Pakistani heritage and describes herself as British Asian. She was clear that she wanted the adults who read this to understand that she was a child, not \"a girl who made bad choices\"."),
("h", "2. How I went about it"),
("p", "The Partners asked me to use an approach based on Appreciative Inquiry: looking at what worked as well as what did not, and working with practitioners to build on strengths. I read chronologies from eight agencies, met the practitioners who knew Amira best in two workshops, and spoke to Amira, her foster carers and her mother. Her father did not respond to my letters."),
("h", "3. Amira's story, briefly"),
("p", "Amira lived with her mother and father and two younger brothers until she was eleven. Her parents separated in 2019. Before that, the police had been called to the home on a number of occasions because of her father's violence towards her mother, and in 2018 he was convicted of assaulting her. Amira's mother has bipolar disorder and had two admissions to a psychiatric unit; her family told the social worker that she drank heavily when she was unwell. In 2019 Amira and her brothers were made subject to child protection plans under the category of emotional abuse. In 2021, when her mother was admitted to hospital again, Amira became looked after; a care order was made in 2022. Her brothers went to live with their paternal aunt."),
("p", "Amira had three foster placements in three years. Her current carers, Mr and Mrs Okafor, have looked after her since September 2023 and have been, in her words, \"the best people I've lived with\". Nobody raised any concern about their care of her, and I did not find any. Amira was on roll at Hillside Academy in Year 10, but her attendance in the spring term of 2024 was 58%."),
("p", "From January 2024 Amira began going missing, first for a few hours and then overnight. She was reported missing to police fourteen times between January and June. On three occasions she was found intoxicated; on one of those she was taken to the Emergency Department. She self-harmed by cutting and was referred to CAMHS, who saw her four times. She became angry and at times aggressive at home and at school. There was no evidence that she was using drugs other than what she was given by the men; she told me she did not take anything on her own."),
("p", "Return home interviews were carried out after most missing episodes by a worker from the Safe Steps exploitation project. Amira told her worker about \"a boyfriend\" who was 22. An exploitation risk assessment in March 2024 graded the risk as significant and a multi-agency child exploitation meeting was held in April."),
("h", "4. What I found"),
("p", "There was much good practice. The exploitation risk assessments were thorough, current and analytical; they drew on Amira's history and on police intelligence, and I do not consider that the quality of assessment was a weakness in this case. The Safe Steps worker built a relationship with Amira that she valued. Her foster carers reported every missing episode promptly."),
("p", "Learning point 1: Amira's experience. Despite the good assessments, some professionals still described Amira in records as \"putting herself at risk\" and \"choosing to associate with older males\". The language matters: it shifts responsibility onto a child who was being groomed. Her own account of what her days were like, of feeling she belonged with the men, was not fully understood by all the professionals who made decisions about her."),
("p", "Learning point 2: information across borders. Eastford is in another police force area. Intelligence held there about the Calder Street address, including two earlier reports involving other girls, was not shared with Westmoor police or the placing social worker until after Amira was found. Information was not shared across the boundary, and nobody asked for it."),
("p", "Learning point 3: risk that grows. The risk to Amira grew steadily over five months. The April meeting agreed a plan, but it was not reconvened when the missing episodes became longer in May. Professionals did not step back and ask whether the plan was working."),
("p", "Learning point 4: challenge. The Independent Reviewing Officer raised concerns twice in May but did not use the formal escalation process. School staff told me they felt it \"was not their place\" to challenge the exploitation plan. Practitioners were not curious enough about who the \"boyfriend\" was."),
("p", "Learning point 5: sufficiency and leadership. Amira's social worker changed three times in a year, and managers told me that the service had struggled to recruit for two years. Amira's first two placements were made far from home because there were no local placements. These are organisational issues that the Partners know about and that affected Amira."),
("h", "5. Recommendations"),
("p", "1. The Partners should adopt and monitor the use of a language guide for describing children at risk of exploitation, written with young people."),
("p", "2. Westmoor Police should agree with neighbouring forces a protocol for sharing intelligence about locations linked to the exploitation of looked-after children placed across force boundaries."),
("p", "3. Multi-agency child exploitation plans should have a set review date and be reconvened automatically after any missing episode of more than 24 hours."),
("p", "4. The IRO service should report to the Partnership on its use of the escalation process."),
("p", "5. The Partners should review placement sufficiency for adolescents and report progress within twelve months."),
("h", "6. A last word"),
("p", "When I asked Amira what she wanted from this review she said: \"Just that next time someone listens the first time.\" I hope it helps."),
]

GA05 = [
("title", "EASTHOLM LOCAL SAFEGUARDING CHILDREN BOARD"),
("title", "Serious Case Review - Baby M"),
("p", "Overview report. Significant Incident Learning Process (SILP). Published: September 2018."),
("h", "1. Introduction"),
("p", "1.1 Baby M died on 23 November 2017, aged 11 weeks. The baby was found unresponsive in the early hours of the morning on a sofa in the family's living room, where the baby had been asleep with the father. Paramedics attended and Baby M was taken to hospital, where death was confirmed. The post-mortem examination found no injuries; the cause of death was recorded as unascertained, in circumstances consistent with sudden unexpected death in infancy (SUDI) associated with unsafe sleeping."),
("p", "1.2 To protect the privacy of the family, this report does not give Baby M's name or sex. The family are White British. Baby M lived with both parents, who are married, and an older sibling, then aged six, who attended a local primary school. The sibling is referred to as Sibling 1 and is not a subject of this review."),
("p", "1.3 The LSCB decided in January 2018 that the criteria for a serious case review were met because of concerns about how agencies had worked together to give consistent safer sleep advice to a family with known risk factors. The review was conducted using SILP, which brings together the practitioners involved and their managers at a learning event and a recall event."),
("h", "2. Background"),
("p", "2.1 Baby M's mother told practitioners at booking that she had used heroin in her twenties and had stopped about eight years before the pregnancy, without treatment. She had no contact with drug services in that period or during the pregnancy. Her urine screens in pregnancy were negative. After Sibling 1 was born she had postnatal depression, treated by her GP with antidepressants for about a year. There was no evidence that the father used drugs."),
("p", "2.2 Neither parent had any criminal convictions. There was no history of domestic abuse known to any agency. The family had never been known to children's social care, and Baby M had never been subject to a child protection plan."),
("p", "2.3 On the evening before Baby M died the father had been at a friend's birthday. The mother told police that he 'may have had a few drinks' but did not think he was drunk; the father said he had had one pint. No test was taken and the review cannot say whether alcohol played a part."),
("h", "3. Key practice episodes"),
("p", "3.1 Midwifery: safer sleep advice was given to the mother on the postnatal ward and recorded. The father was not present and was not given the advice."),
("p", "3.2 Health visiting: the new birth visit at 12 days and a further visit at 6 weeks covered safer sleep. The health visitor noted that the baby 'sometimes falls asleep on dad on the sofa' and repeated the advice to the mother. She did not know about the mother's history of drug use or depression, which was held in the GP and maternity records but not passed on."),
("p", "3.3 GP: the 6-8 week baby check was carried out; the mother's mood was asked about and recorded as 'fine'."),
("h", "4. Analysis and learning"),
("p", "4.1 The review did not consider that neglect was a factor in Baby M's death. Both parents were caring and attentive and the home was well kept."),
("p", "4.2 Information about the mother's history, which may have changed the health visitor's assessment of the family's vulnerability, was not shared between maternity, the GP and health visiting."),
("p", "4.3 The health visitor's assessment relied on the mother's account and did not consider the family history or changes in the family's routines as the baby grew. Safer sleep advice was not tailored to the father's role in night-time care."),
("p", "4.4 Fathers were not routinely included in safer sleep conversations. Practitioners at the learning event agreed that the father had been 'almost invisible' to health services."),
("p", "4.5 Practitioners described manageable caseloads and good supervision. The review found no evidence that workload, supervision or leadership affected practice in this case."),
("h", "5. Recommendations"),
("p", "1. Eastholm LSCB should ask health partners to ensure that safer sleep advice is given to both parents and recorded for each."),
("p", "2. The CCG should ensure that relevant history held by the GP (including past substance use and perinatal mental health) is shared with the health visiting service at the birth of a child."),
("p", "3. Health visiting should use a structured safer sleep risk assessment at every contact up to 6 months, including sofa-sharing and alcohol."),
("p", "4. The LSCB should run a public campaign on the risks of sleeping on a sofa with a baby, aimed at fathers."),
]

GA06_HTML = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>7 Minute Briefing - LCSPR Child T (Tom) - Calder Vale Safeguarding Children Partnership</title>
<style>body{font-family:Arial,sans-serif;max-width:820px;margin:auto} .box{border:2px solid #2a6;padding:8px;margin:10px 0} h2{color:#2a6}</style></head>
<body>
<header><p>Calder Vale Children's Safeguarding Partnership (CVCSP), Devon &middot; a member of the Devon learning network</p>
<h1>7 Minute Briefing: Local Child Safeguarding Practice Review &ndash; Child T (&ldquo;Tom&rdquo;)</h1>
<p><em>Published February 2025. Please use this briefing in team meetings and supervision.</em></p></header>

<div class="box"><h2>1. Background</h2>
<p>Tom was in Year 9 when he took his own life in May 2024. He had lived with his maternal grandmother, his special guardian, since he was three. Tom was not a looked-after child. As a toddler he had been subject to a child protection plan under the category of neglect while living with his mother, whose alcohol misuse was long-standing; she continued to see him most weekends. His father has been in prison since 2019 for robbery and had phone contact.</p>
<p>In January 2024 his grandmother withdrew Tom from Moorside Academy and he was electively home educated for the last four months of his life. She told the local authority she did this because he was being bullied, both at school and online, and &ldquo;the school weren&rsquo;t doing anything&rdquo;.</p></div>

<div class="box"><h2>2. Why this review?</h2>
<p>The rapid review identified learning about children who are withdrawn from school into home education while known to have mental health needs, and about children under special guardianship whose families are no longer supported by children&rsquo;s social care. The case had been closed to children&rsquo;s social care since 2017.</p></div>

<div class="box"><h2>3. What was known</h2>
<ul>
<li>Tom had told his GP in 2023 that he felt low and sometimes cut himself. The GP referred him to CAMHS; he was seen once for an initial appointment and discharged with advice on self-help apps.</li>
<li>The school recorded six incidents of bullying in Year 8 and Year 9, including a video of Tom shared on social media.</li>
<li>Police found Tom once in November 2023 after his grandmother reported him missing overnight; he was found at a railway station. The police notification was screened by the MASH and no further action was taken.</li>
<li>After withdrawal from school, the EHE adviser visited once and recorded &ldquo;suitable education&rdquo;. She did not know about the CAMHS referral or the missing episode.</li>
</ul></div>

<div class="box"><h2>4. What the review found</h2>
<ul>
<li><strong>Tom&rsquo;s world was not understood.</strong> His life online, where much of the bullying happened, was not explored by any professional. Nobody asked Tom what home education meant to him.</li>
<li><strong>Information stayed in silos.</strong> The school did not pass its bullying and self-harm records to the EHE adviser; the MASH did not tell the school about the missing episode.</li>
<li><strong>Risk went up and nobody noticed.</strong> Self-harm, a missing episode, bullying and withdrawal from school happened within six months. Each was responded to on its own.</li>
<li><strong>Curiosity and challenge.</strong> The CAMHS discharge was accepted by the GP and school without question; nobody escalated.</li>
</ul></div>

<div class="box"><h2>5. What the review recommends</h2>
<ol>
<li>Schools must share safeguarding and wellbeing information with the EHE team when a child known to have mental health needs is withdrawn.</li>
<li>The MASH must inform a child&rsquo;s school of any missing episode.</li>
<li>CAMHS should review discharge after a single appointment for children who self-harm.</li>
<li>The Partnership should publish guidance for special guardians on support available after an order.</li>
<li>Practitioners should routinely ask children about their online lives.</li>
</ol></div>

<div class="box"><h2>6. Questions for your team</h2>
<p>When did you last ask a young person what happens on their phone? Do you know which children in your caseload live with special guardians? What would make you escalate a CAMHS decision?</p></div>

<div class="box"><h2>7. Further reading</h2>
<p>The full LCSPR report is available on the CVCSP website. Contact the Partnership&rsquo;s Learning Team for training dates.</p></div>
</body></html>
"""


def build_docx(items, path):
    from docx import Document
    doc = Document()
    for kind, text in items:
        if kind == "title":
            doc.add_heading(text, level=0)
        elif kind == "h":
            doc.add_heading(text, level=1)
        else:
            doc.add_paragraph(text)
    doc.save(path)


def build_pdf(items, path):
    from fpdf import FPDF
    pdf = FPDF()
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    for kind, text in items:
        text.encode("latin-1")
        if kind == "title":
            pdf.set_font("Helvetica", "B", 15)
            pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.output(path)


if __name__ == "__main__":
    os.makedirs(D, exist_ok=True)
    build_docx(GA03, os.path.join(D, "ga03.docx"))
    build_pdf(GA05, os.path.join(D, "ga05.pdf"))
    with open(os.path.join(D, "ga06.html"), "w", encoding="utf-8") as fh:
        fh.write(GA06_HTML)
    print("built ga03.docx ga05.pdf ga06.html")
