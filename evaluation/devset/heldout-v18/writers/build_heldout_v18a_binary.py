"""Build the three binary/markup reports (da03.docx, da06.pdf, da05.html) from text held here.
Run with /work/scratch-venv/bin/python build_binary.py"""
import os
from docx import Document
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reports")

# ---------------------------------------------------------------- da03.docx
DA03_TITLE = "Coldharbour Safeguarding Children Partnership"
DA03_SUB = "Rapid Review Report: Child P"
DA03_FIELDS = [
    ("Classification", "CONFIDENTIAL - not for publication"),
    ("Partnership area", "London Borough of Coldharbour"),
    ("Child", "Child P"),
    ("Age at incident", "Under three months (exact age withheld)"),
    ("Sex", "Withheld to protect the child's anonymity"),
    ("Ethnicity", "Mixed - White and Black Caribbean"),
    ("Date of incident", "2 March 2025"),
    ("Date of notification to the Panel", "5 March 2025"),
    ("Date of rapid review meeting", "21 March 2025"),
    ("Date of this report", "27 March 2025"),
    ("Notification category", "Death - sudden unexpected death in infancy (SUDI)"),
    ("Known to CSC at time of incident", "Yes - closed. Single assessment pre-birth, closed December 2024"),
]
DA03_SECTIONS = [
    ("1. Circumstances of the incident", [
        "In the early hours of 2 March 2025 Child P was sleeping in the adult double bed between the mother and the mother's partner, Mr R. At around 05:30 Mr R woke and found that he was lying partly across Child P, who was not breathing. He called 999 and started CPR on the instructions of the call handler. Paramedics continued resuscitation and Child P was taken to the Emergency Department at Coldharbour Hospital, where the child was pronounced dead at 06:24.",
        "The post-mortem examination found no injuries other than those consistent with resuscitation. The pathologist's provisional view is that the death is consistent with accidental overlay while co-sleeping. The Child Death Review process will consider the case in due course.",
        "The mother told police that she had taken her prescribed sertraline and, for the first time in several weeks, a zopiclone tablet because she had not slept for two nights. Neither adult in the home had been drinking that night. Hair strand tests on the mother and on Mr R were negative for illicit drugs. No agency had any concern about alcohol use by either parent or by Mr R.",
        "Since the family moved to their current temporary accommodation in January 2025 there had been no cot in the flat. The Moses basket the family had used previously had been left behind in the previous hostel. The mother said she had 'meant to ask' the health visitor for help getting a cot.",
    ]),
    ("2. The family", [
        "Child P lived with the mother and Mr R. Mr R has been the mother's partner for about eight months and moved into the household shortly after Child P was born; he is not Child P's father. Child P's father lives in Birmingham, is not in a relationship with the mother, and saw Child P about once a month. No concerns about him were recorded by any agency in Coldharbour.",
        "The mother is 24. She has a long history of depression and anxiety, including an admission to a psychiatric unit in 2019. She was supported during pregnancy by the perinatal mental health team and was still open to that team at the time of the incident.",
        "Mr R has two convictions for possession with intent to supply class B drugs (2017 and 2018). Police hold one record of a domestic abuse incident in 2021 involving the mother and a previous partner (not Mr R or Child P's father). No domestic abuse has been reported in the mother's relationship with Mr R, and none was disclosed to any agency.",
        "The family had moved three times since the mother became pregnant: from a shared house to a hostel in August 2024, to a second hostel in October 2024 and to a one-bedroom temporary flat in January 2025, following a 'no fault' eviction. The mother receives Universal Credit and had rent arrears from her previous tenancy. Child P was born at 36 weeks and had no health problems.",
    ]),
    ("3. Agency involvement", [
        "Midwifery: routine antenatal care, additional appointments with the specialist mental health midwife. Safe sleep advice recorded at 34 weeks and on discharge.",
        "Perinatal mental health team: regular contact throughout pregnancy and after the birth; referral to children's social care in November 2024 because of the mother's mental health and housing instability.",
        "Children's social care: single assessment completed in December 2024. The assessment concluded that the mother was engaging well with support and that Child P's needs could be met through universal and perinatal services. Closed with no further action.",
        "Health visiting: antenatal contact, new birth visit at the hostel (Moses basket seen), and one further visit. No visit had taken place since the move to the temporary flat; a visit was booked for 4 March.",
        "GP: prescriptions for sertraline and, in February 2025, a short course of zopiclone.",
        "Housing: homelessness service; placements in temporary accommodation.",
    ]),
    ("4. What has the rapid review identified?", [
        "Strength: information sharing between the perinatal mental health team, the health visitor and children's social care was timely and of good quality. Each agency knew what the others knew.",
        "Learning point: the safe sleep advice given to the mother was good but was given in one set of circumstances. When the family's circumstances changed (a new adult in the household, a move, no cot, a new sedating medication) the risk changed and nobody reassessed it.",
        "Learning point: Mr R was not spoken to by children's social care during the single assessment, although he was by then living in the household. His history, and his role in caring for Child P at night, were not considered.",
        "Learning point: the single assessment considered the mother's mental health in some depth, but did not consider how her medication might affect her ability to respond to the baby at night, or the sleeping arrangements.",
        "Learning point: there is no routine alert from the housing service to health visiting when a family with a baby is moved between temporary placements.",
    ]),
    ("5. Immediate actions already taken", [
        "GP practice has reviewed its prescribing guidance for sedating medication to parents of infants.",
        "Housing has agreed to notify the 0-19 service of every move of a household with a child under one.",
        "The partnership's safe sleep guidance has been re-issued to all agencies.",
    ]),
    ("6. Decision", [
        "The safeguarding partners agreed that the case does not meet the criteria for a local child safeguarding practice review. The learning is already understood and is being taken forward. The partnership will include this case in its thematic work on SUDI in temporary accommodation.",
    ]),
]

def build_da03():
    doc = Document()
    doc.add_heading(DA03_TITLE, level=0)
    doc.add_heading(DA03_SUB, level=1)
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for k, v in DA03_FIELDS:
        cells = table.add_row().cells
        cells[0].text = k
        cells[1].text = v
    for head, paras in DA03_SECTIONS:
        doc.add_heading(head, level=2)
        bullets = head.startswith("3.") or head.startswith("4.") or head.startswith("5.")
        for p in paras:
            doc.add_paragraph(p, style="List Bullet" if bullets else None)
    doc.save(os.path.join(OUT, "da03.docx"))


# ---------------------------------------------------------------- da05.html
DA05_HTML = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>7 Minute Briefing - Child H</title>
<style>body{font-family:Arial,sans-serif;max-width:900px;margin:auto} .box{border:2px solid #1d5c8c;border-radius:8px;padding:10px;margin:12px 0} h2{color:#1d5c8c}</style>
</head>
<body>
<header>
<p>Ravensmoor Safeguarding Children Partnership</p>
<h1>7 Minute Briefing: Local Child Safeguarding Practice Review &ndash; Child H</h1>
<p>Published November 2024 &middot; Ravensmoor is a coastal unitary authority in the South West</p>
</header>

<div class="box">
<h2>1. Background</h2>
<p>In August 2023 Child H, aged 14 months, drowned in the bath at the family home. He had been left in a bath seat with his sister, aged 3, while his mother went downstairs to deal with a caller at the front door. She told police she was away for &ldquo;a couple of minutes&rdquo;; the investigation estimated it was nearer ten. When she returned he was face down in the water. Paramedics were unable to resuscitate him.</p>
<p>The coroner recorded a conclusion of accident. The LCSPR regarded his death as related to, but not directly caused by, maltreatment: a failure of supervision in a household where neglect of the children's needs had been a long-standing concern.</p>
</div>

<div class="box">
<h2>2. The family</h2>
<ul>
<li>Child H lived with his mother, his sister (3) and his brother (8, in Year 3 at St Wilfrid's Primary). White British.</li>
<li>His parents separated during the pregnancy and his father has had no contact with him since before his birth.</li>
<li>Mother has a mild learning disability, identified when she was at school. She had no family support locally and told the reviewer she &ldquo;didn't really know anyone&rdquo;.</li>
<li>Housing association flat, severe damp, mother in debt with energy and catalogue companies; she often could not afford to heat the bathroom.</li>
<li>Concerns raised by a neighbour after Child H's death that his mother misused alcohol were investigated by police and were not substantiated.</li>
<li>Child H had never been subject to a child protection plan.</li>
</ul>
</div>

<div class="box">
<h2>3. What agencies knew</h2>
<ul>
<li><b>MASH</b>: a referral from the brother's school in 2022 about home conditions and the brother's hygiene was screened to early help.</li>
<li><b>Children's centre</b>: a family support worker worked with mother for five months on routines and home conditions; closed in April 2023 as &ldquo;goals met&rdquo;.</li>
<li><b>Health visiting</b>: 9-12 month review not completed after two no-access visits; Child H's immunisations were incomplete.</li>
<li><b>GP</b>: routine contacts only.</li>
<li><b>Housing association</b>: repeated repair requests for damp.</li>
</ul>
</div>

<div class="box">
<h2>4. Key learning</h2>
<ol>
<li><b>Bath seats are not safety devices.</b> Babies and toddlers can drown in a few centimetres of water in seconds. No practitioner had talked with mother about water safety, although the family's bathroom was seen on visits.</li>
<li><b>Seeing the whole picture.</b> Home conditions, hygiene, missed immunisations and missed health checks were each responded to as a separate episode. The cumulative picture of neglect was never brought together and the risk was not reassessed when the early help plan closed.</li>
<li><b>Adapting to parents with a learning disability.</b> Mother's learning disability was known but the early help assessment did not consider how it affected her understanding of advice. Leaflets were given; no one checked what she had taken from them.</li>
<li><b>No-access visits matter.</b> Missed appointments were recorded but not followed up; the pattern of non-engagement was not recognised.</li>
<li><b>Sharing what schools see.</b> The brother's school had continuing concerns about his presentation after the MASH referral but did not share them with the health visitor, who did not know the school was worried.</li>
</ol>
</div>

<div class="box">
<h2>5. Recommendations</h2>
<p>The review made four recommendations:</p>
<ol>
<li>The partnership to develop a water safety message for all practitioners in contact with families of children under five.</li>
<li>Early help to use the partnership's neglect toolkit before closing any family where neglect was a reason for referral.</li>
<li>All agencies to adopt the learning disability practice guidance when working with parents.</li>
<li>Health visiting to strengthen its &ldquo;was not brought&rdquo; procedure for children under two.</li>
</ol>
</div>

<div class="box">
<h2>6. Questions for your team</h2>
<ul>
<li>When did you last talk to a parent about bath time?</li>
<li>How do you know a parent has understood your advice?</li>
<li>Who holds the whole picture for the children you work with?</li>
</ul>
</div>

<div class="box">
<h2>7. Further reading</h2>
<p>The full LCSPR report is available on the Ravensmoor Safeguarding Children Partnership website, together with the partnership's neglect strategy and its guidance on working with parents with learning disabilities.</p>
</div>
</body>
</html>
"""

def build_da05():
    with open(os.path.join(OUT, "da05.html"), "w", encoding="utf-8") as fh:
        fh.write(DA05_HTML)


# ---------------------------------------------------------------- da06.pdf
DA06_TEXT = """BRACKENFIELD LOCAL SAFEGUARDING CHILDREN BOARD

SERIOUS CASE REVIEW

BABY J

Overview report
Independent author: Martin Ellery
Published June 2018

1. Introduction

1.1 Baby J was born on 3 March 2014 and died on 19 August 2014. Her death was at first treated as a sudden unexpected death in infancy. The post-mortem examination found no injuries and the cause of death was given as unascertained. The case was considered by the Child Death Overview Panel in 2015, which found no modifiable factors.

1.2 In April 2016, while an inpatient on a psychiatric ward following a serious deterioration in her mental health, Baby J's mother told a consultant psychiatrist that she had put her hand over Baby J's nose and mouth "to make her stop" on the night she died, and that she had done the same thing "a few times" before. A police investigation followed. In 2017 the mother pleaded guilty to infanticide.

1.3 Brackenfield is a county in the West Midlands. The Brackenfield LSCB decided in June 2016 that the criteria for a serious case review were met under regulation 5 of the Local Safeguarding Children Boards Regulations 2006, as abuse was now known to have been a factor in Baby J's death. The review was conducted in accordance with Working Together to Safeguard Children 2015 using individual management reviews (IMRs) from each agency and this overview report. Publication was delayed until after the criminal proceedings.

1.4 Baby J had an older brother, who was four years old in 2014 and attended a nursery class. A younger brother was born in 2015. Neither is a subject of this review, although the review has considered how the younger child was protected after the mother's disclosure.

2. Terms of reference

2.1 The review considered the period from the mother's booking for antenatal care in July 2013 until Baby J's death, and the agencies' response to the death itself. The key questions were:
- Were there signs before August 2014 that Baby J was being harmed?
- Was the mother's mental health understood, and was its possible impact on the children considered?
- Did the child death processes operate as they should, and could they have identified that the death was not natural?

3. The family

3.1 The family is White British. Baby J's parents were married and lived together with the children in a house they owned. Both parents worked before Baby J's birth. Neither parent had any criminal record or any contact with the police. There was no history of domestic abuse. There is no evidence that either parent used illicit drugs.

3.2 The mother's sister told the review that she believed the father drank heavily at weekends. No agency had any record of this, and the review has been unable to establish it.

3.3 The mother's own mother died when she was nine, and she has since disclosed that she was sexually abused by a family friend in her early teens. She had an episode of depression at university. After the birth of her son in 2010 she was treated by her GP for postnatal depression.

3.4 The family was not known to children's social care before Baby J's death.

4. Summary of agency involvement

4.1 Midwifery: routine antenatal care. At booking the mother disclosed her previous postnatal depression; the midwife informed the GP and health visitor. Baby J was born at term.

4.2 Health visiting: new birth visit and two further home visits. At the eight-week visit the mother described Baby J as "a difficult baby" and said she felt "nothing" for her. The health visitor completed an Edinburgh Postnatal Depression Scale (score 17) and asked the GP to see her.

4.3 GP: the mother was started on antidepressants and referred to the community mental health team, which assessed her in June 2014 and placed her on the waiting list for psychological therapy. She was still waiting when Baby J died.

4.4 Ambulance service and hospital: on 21 May 2014 (Baby J then about 11 weeks old) the mother called 999 saying that Baby J had "stopped breathing". Paramedics found a well baby and took her to the Emergency Department at Brackenfield Royal Hospital, where blood was noted around one nostril. She was diagnosed with a "brief resolved unexplained event", observed overnight and discharged. A second attendance at the Emergency Department with "breath-holding" followed in July 2014. The discharge letters went to the GP; the health visitor was not informed of either attendance.

4.5 Nursery: the older brother attended a local nursery class five mornings a week. Staff noted that the mother seemed "very low" in the summer term.

4.6 Father: the father attended most health visiting contacts and both hospital attendances. His views were sought and recorded; he told the health visitor that his wife was "struggling but coping".

5. Analysis

5.1 Signs of harm. With hindsight, an episode of apparent life-threatening breathing difficulty with blood at the nose, followed by a second unexplained episode six weeks later, in a baby whose mother had said she felt nothing for her, should have prompted consideration of whether Baby J was being harmed. Neither the hospital nor the GP considered that possibility. The review found a culture in which apparent life-threatening events were seen as purely medical, and a reluctance to think the unthinkable about a mother who presented as articulate and caring.

5.2 Mental health and risk. The assessments of the mother's mental health were thorough in describing her symptoms but did not consider the possible impact on Baby J or on her brother. The community mental health team assessment did not record that there was a baby in the home.

5.3 Information sharing. The hospital attendances were not shared with the health visitor, and the health visitor's concerns were not shared with the hospital. No single professional knew of all the episodes.

5.4 Child death processes. In 2014 the rapid response to unexpected child deaths in Brackenfield was under-resourced: there was no designated paediatrician for child deaths and no joint home visit took place. The review considers that a full rapid response would probably have brought the earlier attendances to light.

6. Recommendations

1. The LSCB should seek assurance that all Emergency Departments in Brackenfield follow the national guidance on brief resolved unexplained events, including consideration of safeguarding.
2. Acute trusts should notify the health visitor of every attendance by a child under one.
3. The community mental health team should record the details of all children in the household at assessment and consider the impact of the parent's illness on them.
4. The GP practices should be reminded of the significance of a mother's statement that she feels nothing for her baby.
5. The clinical commissioning group should ensure a designated paediatrician for child deaths is in post.
6. The LSCB should audit the rapid response to unexpected child deaths annually.
7. The LSCB should deliver multi-agency training on fabricated and induced illness and on covert harm by carers.
8. The LSCB should share this review with the Child Death Overview Panel and ask it to consider how cases are revisited when new information emerges.
"""

def build_da06():
    pdf = FPDF()
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in DA06_TEXT.split("\n"):
        if line.strip() == "":
            pdf.ln(4)
            continue
        if line.isupper() or line[:2] in ("1.", "2.", "3.", "4.", "5.", "6.") and len(line) < 40:
            pdf.set_font("Helvetica", style="B", size=12)
        else:
            pdf.set_font("Helvetica", size=11)
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(OUT, "da06.pdf"))

#__MORE__

if __name__ == "__main__":
    build_da03()
    build_da05()
    build_da06()
