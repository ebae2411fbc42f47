"""Builds na04.docx, na06.pdf, na08.html and their truth files. Run with /work/scratch-venv/bin/python."""
import os, html
from tlib import truth, D

N04 = """Pellingford Safeguarding Children Partnership
Local Child Safeguarding Practice Review: Leah
Independent author: Raymond Sutcliffe (retired detective sergeant, child protection) 
Published: October 2021

Leah was fifteen years old, and in Year 10 at Pellingford Academy, when in January 2021 she arrived at school with a black eye and bruising to her neck and arms and told her head of year that her stepfather had hit her and held her against a wall by the throat. She was examined by a paediatrician, who found the injuries were consistent with her account. She went to stay with her maternal aunt that evening and has lived there since. Her stepfather, Mr G, was charged with assault occasioning actual bodily harm and intentional strangulation, and was convicted in June 2021.

Leah is a White British girl. She has asthma, which is well controlled, and no other health conditions. She lived with her mother, Mr G and her two younger half-brothers, aged six and three. Her own father died when she was four.

The partnership asked me to look in particular at what agencies knew about Mr G, because in the aftermath it was said on social media, and by some practitioners at the learning event, that he was "a known violent offender" and that "the police knew all along". That is not quite what the records show. Mr G has a conviction from 2009, when he was nineteen, for assault occasioning actual bodily harm on another young man during a fight at a football match. He served a community sentence. He has had no other convictions. In 2018 Leah's school made a referral after she said Mr G had "grabbed" her arm during an argument; police spoke to Leah, who said she did not want to take it further, and to Mr G, who said he had taken hold of her arm to stop her leaving the house late at night. No offence was recorded. Children's social care completed an assessment and closed the case with advice. That is the whole of the police history. There had never been a report of domestic abuse between Mr G and Leah's mother, and both the mother and Leah told me there was none.

What Leah's life was like

Leah told me that, from about the age of thirteen, home "felt like walking on eggshells". Mr G was strict about her phone and her friends and would shout at her, and sometimes pushed her or threw things. Her mother was often unwell: she has had depression for many years and was under the community mental health team in 2020. Leah did a lot of the care of her brothers. She was self-harming by cutting from the autumn of 2020 and had been referred to CAMHS, and was on the waiting list. She said she was not bullied at school but she had "gone quiet" and stopped seeing friends.

The school's pastoral team knew a lot of this. Between September 2020 and January 2021 there were nine entries on the school safeguarding system: lateness, tiredness, self-harm, and one comment that "stepdad is really strict". The designated safeguarding lead consulted the MASH once, in November 2020, about the self-harm, and was advised to refer to CAMHS, which she did. The earlier 2018 referral was not mentioned because the DSL had changed and the old records had not been read.

The GP saw Leah's mother regularly, and knew she was struggling with three children, but did not ask about the children's welfare.

What I have concluded

This was not a case where a known dangerous man was ignored. It was a case where a teenage girl's unhappiness was seen as a mental health problem rather than asked about, and where the history held by the school itself was lost when staff changed. Leah said that if anyone had asked her why she was cutting, she might have told them. The MASH advice treated self-harm as a health matter without asking what was happening at home. Mr G was never spoken to by any professional after 2018.

Recommendations
1. Schools should ensure that safeguarding records are transferred and read when the designated safeguarding lead changes.
2. MASH consultation guidance should prompt practitioners to consider the home circumstances of a young person who is self-harming.
3. Primary care should ask about the children of parents seen for mental ill-health.
4. The partnership should publish a short briefing on the accurate recording of police information, distinguishing allegations, arrests and convictions.
"""

N06 = """Dunmore Local Safeguarding Children Board
Serious Case Review - Baby J
Overview Report

Lead reviewer and author: Susan Whitlock (independent; formerly Head of Safeguarding in a children's services department)
Date: November 2015

1. Introduction
1.1 This serious case review was carried out under Working Together to Safeguard Children 2013, using individual management reviews (IMRs) from each agency and an overview report. The Dunmore LSCB decided in April 2014 that the criteria were met.
1.2 Baby J is a boy. He was 9 weeks old in March 2014 when he was admitted to hospital with bleeding around the brain and retinal haemorrhages. The medical opinion was that his injuries were caused by violent shaking. He survived but has a significant brain injury, with epilepsy and visual impairment, and will need lifelong care. He lives with foster carers.
1.3 His father, Mr L, pleaded guilty to causing grievous bodily harm in January 2015. The review does not treat that conviction as part of what was known before the incident.

2. The family
2.1 Baby J's mother, Ms N, was seventeen when he was born and was herself a looked-after child until she was sixteen. Mr L was nineteen and was a care leaver, supported by the leaving care team. They lived together in a one-bedroom flat provided by a housing association. Both parents are White British.
2.2 Mr L had a youth conviction for robbery (2010) and a conviction for common assault on a stranger (2012). He had also been arrested in 2013 on suspicion of assaulting a previous girlfriend; she withdrew her complaint and no charge was brought. Nothing in this review establishes that he had been violent to that girlfriend, and no concerns of domestic abuse between Ms N and Mr L were raised with any agency or found by the review.
2.3 Ms N had a history of low mood as a teenager and had been seen by CAMHS at fourteen. She was not known to adult mental health services. Neither parent was known to use drugs; Mr L drank at weekends and said he was a "social drinker", and there is no evidence that alcohol was a factor.

3. Agency involvement
3.1 The midwifery service identified Ms N as a vulnerable young mother and she was allocated to the Family Nurse Partnership. Her social worker from the looked-after children's service had closed the case at eighteen; she was supported by a personal adviser.
3.2 Mr L's personal adviser knew about his convictions and his temper; the family nurse did not. There was no pre-birth assessment by children's social care because no referral was made: the midwife considered the couple's care leaver support to be sufficient.
3.3 The family nurse visited six times after the birth. She recorded that Baby J cried a great deal and that Mr L found the crying hard. No agency had shared Mr L's history with her.

4. Findings
4.1 Information held by the leaving care service about the father was not shared with health professionals.
4.2 The needs of two very young care leavers becoming parents were not assessed as a whole; the father was largely absent from health records.
4.3 Advice about coping with crying was given to the mother only.
4.4 The IMRs showed that supervision arrangements in the Family Nurse Partnership were good and that the family nurse's practice was of a high standard.

5. Recommendations
5.1 The LSCB should require pre-birth assessment for all care leavers who become parents under 21.
5.2 Leaving care services should share relevant information about a young father with maternity services with his consent or where there is a safeguarding concern.
5.3 Advice on coping with crying should be given to both parents and recorded.
"""

N08 = [("h1","Kilnbrook Safeguarding Children Partnership"),("h2","Local Child Safeguarding Practice Review: Child Z"),
("p","Independent reviewer: Jean Mowbray, former police inspector and later a Local Authority Designated Officer. Publication date: 22 February 2023."),
("p","This review used the SCIE Learning Together systems model. Child Z, a girl aged twelve, was admitted to hospital in July 2022 with burns to her hands and forearms which, she later told police, were caused when her father held her hands under a hot tap as punishment. She also had older bruising on her back. She has recovered physically and is living with her mother. The partnership notified the incident to the national Panel as serious harm."),
("p","Child Z's parents separated in 2020 and she lived with her father, Mr Y, during the week, at her own request, so that she could stay at her primary school, and then started at secondary school in Kilnbrook. Her mother lived in another town with her new partner. The parents' relationship after the separation was described by both of them as \"civil\". Child Z's heritage is mixed White and Asian. She has dyslexia and was receiving some support at school for it."),
("p","Mr Y had no criminal convictions. He had been arrested once, in 2016, after a road rage incident, and was released without charge. He was not known to children's social care. The review found no evidence that he misused alcohol or drugs, and no history of mental illness in either parent. It should be noted that during the review there were rumours among practitioners that Mr Y had been violent to Child Z's mother; the mother told me this was untrue, and no record supports it."),
("p","Child Z's school had noticed that she often wore a jumper in the summer term and was reluctant to change for PE. Her form tutor thought she seemed anxious and recorded it. A referral to the school nurse was made but not followed up before the holidays. Child Z told me that she was scared of her father when he lost his temper and that \"nobody at school asked me properly\". Her GP had seen her once in May 2022 with a \"scald\" on one hand, which her father said had happened when she was making tea; the explanation was accepted."),
("h3","Findings"),
("p","1. Practitioners were not confident in asking children directly about what happens at home, particularly older children living with one parent."),
("p","2. The GP accepted the father's explanation without speaking to Child Z on her own."),
("p","3. The school's records were good; the issue was that concerns were not brought together and escalated before the summer break."),
("p","4. The fact that the father was a single parent who was not known to services led professionals to see him as a capable carer without asking."),
("h3","Recommendations"),
("p","1. The partnership should provide multi-agency training on talking to children about their home lives."),
("p","2. The integrated care board should remind GPs to see children alone when an injury is presented."),
("p","3. Schools should have a process for reviewing open concerns before long holidays."),
]

def build_docx():
    from docx import Document
    d = Document()
    for line in N04.split("\n"):
        if line.strip(): d.add_paragraph(line)
    d.save(os.path.join(D, "reports", "na04.docx"))

def build_pdf():
    from fpdf import FPDF
    p = FPDF(); p.add_page(); p.set_font("Helvetica", size=10)
    for line in N06.split("\n"):
        p.multi_cell(0, 5, line if line.strip() else " ", new_x="LMARGIN", new_y="NEXT")
    p.output(os.path.join(D, "reports", "na06.pdf"))

def build_html():
    body = "\n".join(f"<{t}>{html.escape(x)}</{t}>" for t, x in N08)
    open(os.path.join(D, "reports", "na08.html"), "w").write(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>LCSPR Child Z</title></head><body>\n" + body + "\n</body></html>\n")

build_docx(); build_pdf(); build_html()

truth("na04.docx",
 dict(review_type="lcspr",partnership="Pellingford Safeguarding Children Partnership",publication_year=2021,incident_year=2021,review_model="not_known",recommendations_count=4),
 [dict(alias="Leah",age_months=180,sex="female",ethnicity="white",disability="not_known",outcome="serious_harm",harm_category="physical_abuse",social_care_status="closed",living_at_home="present",child_mental_health="present",bullying="absent",elective_home_education="absent")],
 dict(parental_mental_health="present",parental_criminal_record="present",parental_violent_crime="present",parental_separation="not_known",domestic_abuse="absent",
  agencies_involved=["school","police","childrens_social_care","gp","adult_mental_health","camhs"],
  theme_child_daily_life="present",theme_critical_thinking="present",theme_information_sharing="present",theme_invisible_men="present",theme_assessment_quality="present"))
truth("na06.pdf",
 dict(review_type="scr",partnership="Dunmore Safeguarding Children Partnership",publication_year=2015,incident_year=2014,review_model="traditional",recommendations_count=3),
 [dict(alias="Baby J",age_months=2,sex="male",ethnicity="white",outcome="serious_harm",harm_category="physical_abuse",social_care_status="not_known",living_at_home="present")],
 dict(parental_drug_misuse="absent",parental_alcohol_misuse="not_known",parental_mental_health="present",parental_aces="present",parent_care_leaver="present",parental_criminal_record="present",parental_violent_crime="present",parental_separation="absent",acrimonious_separation="absent",domestic_abuse="absent",
  agencies_involved=["midwifery","health_visiting","childrens_social_care"],
  theme_information_sharing="present",theme_invisible_men="present",theme_assessment_quality="present",theme_leadership_culture="absent"))
truth("na08.html",
 dict(review_type="lcspr",partnership="Kilnbrook Safeguarding Children Partnership",publication_year=2023,incident_year=2022,review_model="systems_scie",recommendations_count=3),
 [dict(alias="Child Z",age_months=144,sex="female",ethnicity="mixed",disability="present",outcome="serious_harm",harm_category="physical_abuse",social_care_status="never_known",living_at_home="present",child_mental_health="not_known",elective_home_education="absent")],
 dict(parental_alcohol_misuse="absent",parental_drug_misuse="absent",parental_mental_health="absent",parental_criminal_record="absent",parental_violent_crime="absent",parental_separation="present",acrimonious_separation="absent",domestic_abuse="not_known",
  agencies_involved=["school","gp"],
  theme_child_daily_life="present",theme_critical_thinking="present",theme_information_sharing="present",theme_assessment_quality="not_known"))
