"""Build the three binary/markup reports (ca06.docx, ca07.pdf, ca08.html). Texts are held here."""
import os, html
from docx import Document
from fpdf import FPDF
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reports")

CA06 = [
("title", "Saltfleet Safeguarding Children Partnership"),
("title", "Local Child Safeguarding Practice Review: Baby N"),
("p", "Reviewer: Anne-Marie Kettering. Published: October 2024."),
("h", "1. Why I was asked to carry out this review"),
("p", "In August 2023 a baby boy, whom I will call Baby N, was admitted to Saltfleet District Hospital from home. He was 19 weeks old. He weighed less than he had at birth, was severely dehydrated and had a nappy area so sore that it had bled. The paediatric team described faltering growth caused by prolonged underfeeding. He recovered in hospital over three weeks. The local authority notified the Child Safeguarding Practice Review Panel, and the Partnership, in a coastal area of the South West of England, decided after its rapid review to commission this LCSPR."),
("p", "Baby N is the youngest of six children. His five brothers and sisters, aged between three and fourteen, are not the subjects of this review, but their history is a large part of the story. The older four had been subject to child protection plans for neglect twice, in 2017 and again from 2020 to 2021. Baby N had not been subject to a child protection plan. At the time of his admission the family had an allocated social worker under a child in need plan for the older children, and a pre-birth assessment for Baby N had been completed in March 2023."),
("h", "2. How I went about it"),
("p", "The Partnership asked me to use an appreciative inquiry approach, which looks for what works as well as what went wrong. I read agency chronologies, met eleven practitioners in small groups, and spoke to both parents at their home. I am grateful to them. I have also drawn on the Partnership's neglect strategy."),
("h", "3. The family"),
("p", "Mr and Mrs N are married and live together with all six children in a three-bedroom council house. Mr N has a learning disability. He attended a special school and reads a few words. He had used cannabis daily in his late teens, before the children were born, and says he stopped when the eldest was born; no agency has had any concern about drug use since. Mrs N has had long-term depression and anxiety since adolescence, and from 2022 became largely unable to leave the house. She was referred to the NHS talking therapies service in 2022 and attended two sessions. She told the midwife she did not drink alcohol. Mrs N was sexually abused as a child by a family friend, and has spoken of the shame she still carries."),
("p", "No agency held any information about domestic abuse in the household. Mrs N's sister, who visits often, is described by several professionals as a heavy drinker; she does not care for the children."),
("h", "4. What happened"),
("p", "Baby N was born at term, weighing 3.3 kg. The midwife noted that Mrs N seemed low and that the house was cluttered, and made a referral to the health visitor. Mrs N chose to bottle feed."),
("p", "At the new birth visit at 12 days the health visitor weighed Baby N; he had regained his birth weight. She arranged a 6-week check. Baby N was not brought to the 6-week GP check, nor to the 8-week immunisations, nor to a rearranged appointment. The GP practice sent letters. The health visitor made two unannounced visits; the door was not answered. On a third visit, when Baby N was 14 weeks old, Mr N answered and said the baby was asleep upstairs and 'doing fine'. The health visitor did not see the baby. She recorded that she would return within the week; she was off sick the following week and the visit was not reallocated."),
("p", "The social worker visited the older children fortnightly. She saw Baby N twice, both times in his Moses basket, wrapped in blankets. She has told me that she thought he looked small but 'all babies look small to me'. She did not know that he had not been weighed since 12 days old."),
("p", "Mr N was the main carer for the baby while Mrs N stayed upstairs. He made up bottles with the scoop measures wrong and, in the last weeks, stretched the formula because money was short. No professional asked him how he was making up feeds, or showed him. The pre-birth assessment had recorded his learning disability in one line and concluded that 'Dad is supportive'."),
("h", "5. What I found"),
("p", "Finding 1. The baby was not seen. Professionals visited the house often but visits were about the older children, or about Mrs N. Nobody undressed and weighed Baby N for four months. What his life was like - hungry, sore, often alone in a cot - was not known."),
("p", "Finding 2. Missed appointments were treated as administrative events. Each missed appointment generated a letter. A baby under six months who is not brought to three health appointments is a safeguarding concern; this was not recognised."),
("p", "Finding 3. Father was the main carer and nobody assessed him. His learning disability was known but no adjusted assessment was done, and he was not offered practical help with feeding. This is a clear example of a father being invisible to services even though he was in the room."),
("p", "Finding 4. Information was held in pieces. The health visitor did not know the social worker had seen the baby; the social worker did not know about the missed appointments; the talking therapies service did not know there was a new baby."),
("p", "Finding 5. Professionals were not curious enough. 'Doing fine' and 'asleep upstairs' were accepted, and there was no escalation when the health visitor's planned visit did not happen."),
("p", "I looked at whether workload and management oversight played a part. The review did not identify organisational capacity or leadership as a factor: caseloads were within agreed limits and supervision was regular and reflective."),
("h", "6. Recommendations"),
("p", "1. The Partnership should issue guidance that any baby under one year on the caseload of a worker visiting the household is seen awake and, where there is a concern about growth, weighed."),
("p", "2. Health visiting and GP services should adopt a joint 'was not brought' pathway for babies, with escalation to the allocated social worker after the second missed appointment."),
("p", "3. Pre-birth assessments should include a specific assessment of each parent's capacity, with adjustments for a parent with a learning disability."),
("p", "4. Adult mental health services, including talking therapies, should record whether a patient is pregnant or has a baby, and share this with the health visitor."),
("p", "5. The Partnership should include the learning from this review in its neglect training, with a focus on fathers as carers."),
]

CA07 = """CALDERBROOK SAFEGUARDING CHILDREN PARTNERSHIP

THEMATIC REVIEW: CHILDREN WHO WERE NOT BROUGHT - REPEAT CHILD PROTECTION PLANS FOR NEGLECT

Published May 2025

1. Introduction

1.1 In 2024 the Partnership, which covers the borough of Calderbrook in the North East of England, notified the National Panel of three serious incidents involving children who had each been the subject of more than one child protection plan for neglect. The Partnership decided that a single thematic review would draw out more learning than three separate reviews. The Panel agreed.

1.2 The review used a bespoke mixed-methods thematic approach: case file audit, practitioner focus groups, a survey of 140 practitioners and conversations with two of the three families.

1.3 The three children are referred to as Child A, Child B and Child C.

2. The children and their families

Child A
2.1 Child A is a girl who was 13 when she was admitted to hospital in March 2024 weighing 31 kg, with a vitamin D deficiency and untreated scoliosis for which she had been referred in 2021 and never brought to clinic. She lived with her mother and her mother's partner. Her mother has a long history of depression and was under the community mental health team. Police had attended the home four times in 2023 after reports of the partner shouting at and pushing the mother; a DASH assessment rated the risk as medium. Child A had been on child protection plans for neglect in 2015-16 and 2019-20 and was on a child in need plan at the time. She had not been attending school for most of Year 8; her school described her as withdrawn, and she had told the school nurse that she cut her arms.

Child B
2.2 Child B is a boy who was six years old in July 2024, when he was found to have a severe hearing loss that had not been treated, speech at the level of a two-year-old, and rotten teeth requiring extraction under general anaesthetic. His parents separated in 2022. He lived with his father, who had a methadone prescription from the community drug service, and saw his mother at weekends. He had been subject to child protection plans under the category of neglect twice, most recently ending in January 2024. He attended a mainstream primary school. His audiology appointments had been missed seven times.

Child C
2.3 Child C was 22 months old when the child's nursery noticed a large infected burn on the hand in September 2024. The burn had happened, the parents said, about ten days earlier when the child touched an iron. No treatment had been sought. Child C lived with both parents and four older siblings. Both parents have learning disabilities and are supported by the adult learning disability team. Child C was on a second child protection plan for neglect at the time. The report does not give Child C's sex, at the family's request.

2.4 In none of the three families was parental alcohol misuse identified. All three families lived in poverty; two had been evicted for rent arrears in the previous five years and had moved between temporary addresses.

3. What the review found

3.1 Repeat plans. Audit of 60 Calderbrook families with a second or third plan for neglect found that in 41 the plan ended with improvement in home conditions or attendance that was not sustained beyond six months. Every subject child's family fitted this pattern. There was drift between plans, with no tracking of whether change had lasted.

3.2 Was not brought. The three children between them were not brought to 29 health appointments in the two years before the incidents. Health services discharged them to the GP; the GPs did not share this with social workers. The review found no shared system for recognising a pattern of missed appointments across services.

3.3 The child's experience. In each case, practitioners could describe the parents' difficulties in detail and the children's experience hardly at all. Child A's self-harm, Child B's deafness and Child C's burn were all visible to someone for weeks or months before action was taken.

3.4 Engagement. Each family engaged with professionals in a way that looked cooperative but did not lead to change. Practitioners described "nodding along" and "always a reason".

3.5 Men in the household. Child A's mother's partner was never spoken to by a social worker. Child B's father was seen as the problem but his own treatment service was not asked for its view.

3.6 Assessments did not use the Graded Care Profile and did not analyse the history of previous plans.

3.7 Curiosity and challenge. Practitioners in the survey said that they rarely challenged a decision to end a plan, and 62 per cent did not know the escalation policy.

3.8 Workforce. The review found that high caseloads and turnover in the safeguarding teams in 2022-23 reduced the time available to visit and to reflect.

4. Recommendations

1. The Partnership should introduce a tracking system for children whose plans for neglect end, with a review at six and twelve months.
2. The ICB should lead the development of a shared "was not brought" alert across GP, community health and hospital services.
3. Children's social care should make the Graded Care Profile 2 mandatory for all children on plans for neglect.
4. All agencies should ensure male carers are identified, seen and assessed.
5. The Partnership should relaunch its escalation policy.
6. The Partnership should receive a report on social work caseloads twice a year.
"""

CA08 = """<h1>Learning Brief: Young Person E (Esme)</h1>
<p><em>Brackenford Safeguarding Children Partnership &ndash; produced following a rapid review; the Partnership decided, and the National Panel agreed, that a local child safeguarding practice review was not required. April 2024.</em></p>
<h2>What happened</h2>
<p>In January 2024 Esme, who was 15 and in Year 10 at a secondary school in this outer London borough, was found by her younger sister in the bathroom of the family home, having tied a ligature. Her sister raised the alarm and Esme survived. She spent a week in a paediatric ward and was then admitted to an adolescent mental health unit.</p>
<p>Esme is the eldest of nine children. She lived with her mother and her eight siblings. Her father died in 2019. The review found that over several years Esme had been caring for her younger brothers and sisters, getting them to school, cooking and washing their clothes, while her own needs went unmet.</p>
<h2>Background</h2>
<ul>
<li>Esme had been subject to three child protection plans for neglect: 2012&ndash;2013, 2017&ndash;2018 and 2021&ndash;2023. The third ended in March 2023. At the time of the incident the family were on a child in need plan.</li>
<li>Esme had an education, health and care plan for social, emotional and mental health needs, put in place in Year 8.</li>
<li>Her attendance fell from 91% in Year 8 to 38% in the autumn of Year 10. The school recorded this as &ldquo;emotionally based school avoidance&rdquo;. Her mother asked the school about home education in November 2023 but did not pursue it, and Esme remained on roll.</li>
<li>Esme told the school nurse in October 2023 that she had been cutting herself since the summer. She was referred to CAMHS and was on the waiting list when she harmed herself in January.</li>
<li>The school and CAMHS both asked about bullying; there was no evidence that Esme was being bullied.</li>
<li>Esme's mother has been described by several workers as &ldquo;overwhelmed&rdquo;. One worker thought she &ldquo;may have been drinking&rdquo; during a home visit in 2022; this was not explored further. Her mother has no known mental health diagnosis and no agency recorded any treatment for her.</li>
<li>The home was persistently overcrowded (eleven people in a four-bedroom house) and the family relied on a local church food project each week.</li>
<li>There was no domestic abuse in the household during the period reviewed. Esme's father had been violent to her mother before his death; this ended in 2016.</li>
</ul>
<h2>Learning</h2>
<ol>
<li><strong>Young carers are children too.</strong> Professionals praised Esme for &ldquo;keeping the family going&rdquo;. Nobody asked what this was costing her. Her own experience of daily life was not understood.</li>
<li><strong>School avoidance can be a sign of neglect.</strong> The school treated Esme's absence as an anxiety problem. It was also a sign of exhaustion and of caring responsibilities at home.</li>
<li><strong>Ending plans without testing change.</strong> Three plans ended on the basis of improvements that fell away. The cumulative effect of years of neglect on the eldest child was not reassessed at the end of the third plan.</li>
<li><strong>Information sharing was good.</strong> The review found that the school, school nurse and CAMHS shared information promptly once Esme disclosed self-harm.</li>
<li><strong>Disguised compliance.</strong> Mother agreed with each plan and cancelled many of the visits meant to check it.</li>
</ol>
<h2>What partners have agreed</h2>
<ul>
<li>Young carers' assessments to be offered to every child aged 11+ in a family on a plan for neglect.</li>
<li>Schools to consider neglect in every case of persistent absence.</li>
<li>CP chairs to consider the eldest child's cumulative experience when ending a repeat plan.</li>
</ul>
"""

def build_docx():
    d = Document()
    for kind, text in CA06:
        if kind == "title":
            d.add_heading(text, level=0)
        elif kind == "h":
            d.add_heading(text, level=1)
        else:
            d.add_paragraph(text)
    d.save(os.path.join(OUT, "ca06.docx"))

def build_pdf():
    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for para in CA07.split("\n"):
        if para.strip():
            pdf.multi_cell(0, 5, para, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(3)
    pdf.output(os.path.join(OUT, "ca07.pdf"))

def build_html():
    page = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<title>Learning Brief: Young Person E</title></head><body>\n" + CA08 + "</body></html>\n")
    with open(os.path.join(OUT, "ca08.html"), "w", encoding="utf-8") as fh:
        fh.write(page)

if __name__ == "__main__":
    build_docx(); build_pdf(); build_html()
