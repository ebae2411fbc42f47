#!/usr/bin/env python3
"""Regenerate the two .docx reports of the heldout-v2 devset (v06.docx, v16.docx).

The report text is embedded below in a tiny markup: "# " heading 1, "## " heading 2,
"| a | b |" table rows (first row of a block is the header), blank line = paragraph break,
anything else = one paragraph. Needs python-docx 1.2.0, e.g.

    python3 -m venv /work/scratch-v2-venv && /work/scratch-v2-venv/bin/pip install python-docx==1.2.0
    /work/scratch-v2-venv/bin/python evaluation/devset/tools/build_heldout_v2_docx.py

All people, places and organisations are fictional.
"""
import os

from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "heldout-v2", "reports")

V06 = """
# Saxmere Safeguarding Children Partnership
Local Child Safeguarding Practice Review
## "Ollie"
Lead reviewer: independent social work consultant
Report finalised: March 2024. Published: 7 May 2024

# 1. Introduction
1.1 This Local Child Safeguarding Practice Review (LCSPR) was commissioned by the Saxmere Safeguarding Children Partnership following the death of a six-year-old boy, who is called "Ollie" in this report. Ollie's mother chose the name; it is the name Ollie gave to his favourite teddy bear.

1.2 Ollie died on 16 September 2023 at his father's flat during a period of overnight contact. His father, referred to as Mr B, was found with serious self-inflicted injuries. Mr B was subsequently convicted of Ollie's murder. The trial heard that Mr B had told a friend some weeks before that "if she takes him from me, she won't have him either".

1.3 Saxmere is a largely rural district in the East of England. The local authority notified the Child Safeguarding Practice Review Panel on 19 September 2023. The rapid review identified that Ollie had lived in a household affected by domestic abuse and that there may be learning about how the risk posed by a perpetrator after separation was understood by agencies.

1.4 The Safeguarding Partners extend their condolences to Ollie's mother and wider family, and thank Ollie's mother for contributing to this review.

# 2. Scope and methodology
2.1 The review period is from January 2021, when the first domestic abuse incident was reported to the police, until Ollie's death.

2.2 The review followed a systems methodology based on the SCIE Learning Together model. The lead reviewer worked with a review team of senior managers; agencies provided chronologies and reflective reports; practitioners took part in individual conversations and a learning workshop in January 2024.

2.3 Agencies involved: Saxmere Police; Children's Social Care (including the MASH); Ollie's primary school; the family GP; the NHS Talking Therapies service; the independent domestic violence advocacy (IDVA) service provided by a local charity. Cafcass provided information about the private law proceedings.

# 3. Ollie and his family
3.1 Ollie was White British. He was described by his teachers as a bright, busy boy who loved dinosaurs and football and who liked to be first in the line. He had no health problems or additional needs. Ollie was on roll at Saxmere Church of England Primary School, where he was in Year 2.

3.2 Ollie's parents had been married for nine years. They separated in March 2022, when Ollie's mother left the family home with Ollie. The separation was acrimonious: there were private law proceedings about contact and about the sale of the family home, which were ongoing at the time of Ollie's death.

3.3 Ollie's mother described to the reviewer years of controlling behaviour by Mr B: monitoring of her phone, control of money, and on two occasions physical assaults. After the separation Mr B sent her hundreds of messages, turned up at the school gate, and made threats to kill himself. She obtained a non-molestation order in May 2022. Mr B was convicted of breaching this order in October 2022 and received a fine.

3.4 Mr B's GP recorded depression and anxiety from April 2022 and prescribed medication. He was referred to NHS Talking Therapies and attended two of six sessions. In those sessions he spoke of feeling that his life was "over without my boy".

3.5 From the summer of 2023 Ollie's mother was in a new relationship with Mr T. Mr T did not live with Ollie and his mother, and there were no concerns about him.

3.6 Ollie had never been the subject of a child protection plan.

# 4. Key practice episodes
## KPE 1: Police attendance and MARAC (January - March 2022)
4.1 Police attended the family home twice. The second incident was graded high risk using the DASH risk checklist and referred to MARAC. An IDVA supported Ollie's mother. The MARAC action plan did not include any action for the school.

## KPE 2: Child and family assessment (April - May 2022)
4.2 Following a police notification, Children's Social Care completed a child and family assessment. The social worker saw Ollie at school and at his mother's home. The assessment concluded that Ollie's mother was acting protectively, that the parents had separated, and that the risk had therefore reduced. The case was closed. Mr B was not seen. The assessment did not consider whether Ollie would spend unsupervised time with his father.

## KPE 3: The breach of the non-molestation order and the threats of suicide (October 2022 - July 2023)
4.3 The breach was dealt with as a criminal matter and was not referred back to MARAC. Mr B's statements about suicide were known to the GP and to the talking therapies practitioner, who treated them as a risk to himself only. No agency asked whether they were also a risk to Ollie.

## KPE 4: Ollie at school (2022 - 2023)
4.4 The school recorded that after contact weekends Ollie was tearful, angry and on several occasions hit other children, and that his behaviour in class deteriorated markedly. In June 2023 Ollie told his class teacher, "I don't want to go to Daddy's, he cries and shouts". The teacher recorded this and the DSL discussed it with Ollie's mother, but it was not shared with any other agency.

## KPE 5: Overnight contact (August 2023)
4.5 Overnight contact began in August 2023 by agreement between the parents' solicitors, pending a final hearing. The information held by the police, the GP and the school was not available to the court.

# 5. Findings
Finding 1: Separation was treated as the end of risk. Agencies viewed the risk from Mr B as having reduced when the parents separated. The research on post-separation abuse and on domestic homicide shows the opposite: separation is a time of heightened risk. Risk was not re-assessed as Mr B's behaviour escalated.

Finding 2: The perpetrator was not assessed. No agency assessed Mr B or considered his behaviour as a father. All work was directed at Ollie's mother.

Finding 3: Suicidal statements by a parent were not considered as a possible risk to the child. There was a lack of professional curiosity about what Mr B's threats might mean for Ollie.

Finding 4: Ollie's voice was recorded but not heard. Ollie's words, and his behaviour at school, told professionals a great deal about what contact was like for him.

Finding 5: Information was held in silos. The MARAC, the criminal courts, health services and the school each held part of the picture.

Finding 6: The child and family assessment was based on a single point in time and did not consider Mr B or the history.

5.7 The reviewer considered whether organisational pressures affected practice; agencies' reports did not indicate that capacity was an issue in this case.

# 6. Recommendations
1. The Partnership should develop practice guidance on post-separation abuse, including the risk to children.
2. MARAC action plans must consider actions for the school of every child in the household.
3. Children's Social Care should ensure assessments following domestic abuse include the perpetrator and arrangements for contact.
4. Health partners should develop guidance on responding to a parent's suicidal statements where that parent has care of, or contact with, a child.
5. Schools should share with Children's Social Care any disclosure by a child about contact with a parent who is known to be a perpetrator of domestic abuse.
6. The Partnership should write to the Family Justice Board about the information available to courts in interim contact arrangements.
"""



V16 = """
# Hallowfield Local Safeguarding Children Board
Serious Case Review in respect of Child H
Overview Report. Publication date: 20 October 2016

# 1. Introduction
1.1 This Serious Case Review was commissioned by the Independent Chair of the Hallowfield Local Safeguarding Children Board (HLSCB) in November 2015, after Child H, a girl then aged ten, was admitted to the children's ward of Hallowfield Royal Infirmary with severe weight loss and dehydration. She had stopped eating and, for several months, had stopped speaking outside her bedroom. A consultant paediatrician and a consultant child psychiatrist concluded that her presentation was the result of prolonged exposure to domestic abuse and coercive control in her home, and that she had suffered serious and likely long-term impairment of her emotional development.

1.2 Hallowfield is a city in the East Midlands. The HLSCB decided that the criteria for an SCR were met, since Child H had suffered serious harm, abuse was known, and there was cause for concern about the way agencies had worked together.

1.3 The SCR was conducted using a proportionate methodology agreed by the Board: single-agency reports and chronologies, a combined chronology, a practitioner learning event and a meeting with Child H's mother. The author was independent of all agencies.

# 2. The family
2.1 Child H is of British Bangladeshi heritage. She was described by her school as "a bright, careful girl who writes beautiful stories". She had no medical conditions before 2015.

2.2 Child H lived with her mother and her mother's partner, Mr J, and (from 2014) a baby half-brother. Her mother and father separated in 2010; Child H has not seen her father since 2012.

2.3 Child H's mother has depression and was prescribed medication by her GP from 2013. She speaks limited English.

2.4 Mr J misused alcohol and was often drunk at home, by his own account to the probation service and by the account of Child H's mother. He had a previous conviction, in 2011, for assaulting a former partner.

2.5 Child H attended Hallowfield Road Primary School throughout the period under review.

# 3. Chronology of key events
| Date | Agency | Event |
| March 2014 | Police | Domestic abuse incident; Mr J arrested for assault on Child H's mother; NFA when she withdrew her statement. Notification to Children's Social Care. |
| April 2014 | CSC | Single assessment; Child H spoken to at school in English, without an interpreter; case closed with advice. |
| November 2014 | Police / MARAC | Second incident, graded high risk. Case heard at MARAC. IDVA (local charity) allocated to the mother. |
| January 2015 | School | Child H stops speaking in class. School refers to CAMHS via the GP. |
| April 2015 | CSC | Initial Child Protection Conference. Child H made subject of a child protection plan under the category of emotional abuse. |
| April - October 2015 | CSC / core group | Core group meets six times. Mr J does not attend. Mother cancels three home visits. |
| June 2015 | CAMHS | Assessment; selective mutism and self-harm (cutting) identified; weekly sessions offered, four attended. |
| October 2015 | School | Child H observed to be eating nothing at lunch; weight loss reported to social worker. |
| November 2015 | Hospital | Admission with severe weight loss (incident leading to this review). |

# 4. Analysis
4.1 Child H was subject to a current child protection plan at the time of her admission. The plan focused on the mother's safety and on "reducing incidents", not on Child H's emotional wellbeing.

4.2 Child H's experience. Child H was never spoken with alone in a language or setting in which she felt safe. Nobody asked her what it was like to live with Mr J. Her silence was interpreted as shyness rather than as communication of her fear.

4.3 Mr J. Mr J was the source of the risk but was not assessed. He declined to attend any meeting and agencies did not find other ways to engage him. He was known to the probation service in 2011 but that service had no contact with him during the review period.

4.4 Engagement. Mr J's refusal to engage and the mother's cancellation of visits were not recognised as part of the pattern of control in the household; the plan recorded the mother as "engaging well".

4.5 Drift. The plan was not reviewed when Child H's presentation worsened in the autumn of 2015. The deterioration in her eating was not treated as a change in risk.

4.6 Information sharing. Information was shared well between agencies, particularly through MARAC and the core group. The difficulty was that the information was not analysed.

4.7 Assessments. The April 2014 assessment was completed without an interpreter and without speaking to Mr J, and did not consider the impact of domestic abuse on Child H.

# 5. Recommendations
1. HLSCB should ensure that child protection plans in cases of domestic abuse focus on the impact on the child, with specific measurable outcomes.
2. Children's Social Care should ensure children are spoken to alone, in their preferred language, with an interpreter where needed.
3. All agencies should use the HLSCB guidance on engaging with hard-to-reach perpetrators of domestic abuse.
4. Core groups should review the plan within two weeks of any significant change in the child's presentation.
5. The HLSCB should deliver training on selective mutism and eating difficulties as indicators of emotional harm.
6. MARAC action plans should include specific actions for the children in the household.
7. The HLSCB should audit the use of interpreters in child protection work.
"""


def build(text, path):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    table_rows = []

    def flush_table():
        if not table_rows:
            return
        t = doc.add_table(rows=len(table_rows), cols=len(table_rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(table_rows):
            for j, cell in enumerate(row):
                t.cell(i, j).text = cell
        table_rows.clear()

    for line in text.strip().split("\n"):
        if line.startswith("|"):
            table_rows.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        flush_table()
        if not line.strip():
            continue
        if line.startswith("## "):
            doc.add_heading(line[3:], level=2)
        elif line.startswith("# "):
            doc.add_heading(line[2:], level=1)
        else:
            doc.add_paragraph(line)
    flush_table()
    doc.core_properties.title = text.strip().split("\n")[0].lstrip("# ")
    doc.core_properties.author = "Partnership business unit"
    doc.save(path)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for name, text in (("v06.docx", V06), ("v16.docx", V16)):
        if text:
            build(text, os.path.join(OUT, name))
            print("wrote", name)
