"""Builds the three binary/markup reports of set a: ba04.docx (python-docx), ba07.pdf (fpdf2), ba09.html.
Run with /work/scratch-venv/bin/python build_binary.py. The text of each report is held below."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reports")

BA04_TITLE = "Wellmere Local Safeguarding Children Board"
BA04 = [
("h1", "Serious Case Review: Child H"),
("h2", "Executive Summary"),
("p", "Independent Author: Martin Caldecott-Reeve, BA, MA, CQSW"),
("p", "Date of publication: November 2016"),
("h2", "1. Introduction"),
("p", "1.1 Wellmere Local Safeguarding Children Board (LSCB) commissioned this serious case review (SCR) in October 2015 under Regulation 5 of the Local Safeguarding Children Boards Regulations 2006. Wellmere is a unitary authority in the South West of England."),
("p", "1.2 The review concerns a girl, referred to as Child H, who was aged three years and ten months when, in August 2015, it was established that illness had been induced in her by her mother. The criteria for an SCR were met because abuse was known and Child H had been seriously harmed, and because there was cause for concern about the way in which agencies had worked together."),
("p", "1.3 Child H is of mixed White and Black Caribbean heritage. She lived with her mother, her father and her older brother, then aged nine, in a village on the edge of Wellmere. Her parents are married and lived together throughout the period under review. Her brother is not a subject of this review."),
("h2", "2. Methodology"),
("p", "2.1 The review was conducted in accordance with Working Together to Safeguard Children (2013). Individual management reviews (IMRs) were requested from each agency that had been involved, and this overview report was written by an independent author who had no previous connection with any of the agencies. A panel of senior managers from the agencies oversaw the review and met on six occasions."),
("p", "2.2 IMRs were received from: Wellmere Hospitals NHS Foundation Trust; the regional children's hospital; South Western Ambulance Service; the family's GP practice; the health visiting service; Wellmere Council Children's Services; and the private day nursery attended by Child H. The author also met the father and the maternal aunt. The mother declined to take part."),
("p", "2.3 The period under review was from Child H's birth in October 2011 to August 2015."),
("h2", "3. Summary of the case"),
("p", "3.1 Child H was born at term and was well at birth. From about 11 months of age her mother began to report that she was vomiting after feeds, refusing food and having episodes of going stiff and blue. Over the following three years Child H had fourteen admissions to Wellmere General Hospital and the regional children's hospital, was seen by more than twenty consultants, and underwent numerous investigations, including two endoscopies, repeated EEGs and an MRI under general anaesthetic. At the age of two she was fitted with a gastrostomy because of reported feeding refusal and poor weight gain. The ambulance service attended the home on nine occasions after 999 calls reporting seizures; on each occasion Child H was found to be alert on arrival."),
("p", "3.2 Child H's nursery, which she attended two days a week from the age of two, recorded that she ate her lunch with enthusiasm and that staff never saw her vomit or have a seizure. Nursery staff described her as a happy, sociable child with no behavioural difficulties. This information was not sought by health professionals and the nursery did not know that it mattered."),
("p", "3.3 In April 2014 a ward nurse reported to children's social care a concern that the father smelled of alcohol on the ward, and separately that the mother's account of Child H's symptoms did not match what nurses observed. Children's social care completed an assessment. The father agreed to hair strand testing, and both parents were tested; the results were negative for alcohol and for drugs in both cases, and the concern about the father's drinking was found to be unfounded. The assessment concluded that Child H's needs were being met by health services and the case was closed in June 2014. The concern about the mismatch of accounts was not addressed by the assessment."),
("p", "3.4 In July 2015, during an admission, Child H's serum sodium was found to be very high on two occasions without clinical explanation. A consultant paediatrician, newly involved, convened a strategy discussion. Further tests identified a laxative preparation in a stool sample at a time when none had been prescribed. Child H was removed from her mother's care under police protection on 14 August 2015. In the care of her paternal grandparents her symptoms stopped within days; she ate normally, and the gastrostomy was later removed. Extensive investigations found no underlying medical condition."),
("p", "3.5 The mother was later convicted of offences of administering a noxious substance. Neither parent had come to the attention of the police before these events. There was no history of domestic abuse in the family."),
("p", "3.6 The mother had worked as a healthcare assistant. She told professionals that she had spent long periods in hospital as a child, that her own mother had died when she was twelve, and that her stepfather had been physically abusive to her. Her GP records show that she was treated for anorexia nervosa as a teenager and for depression in 2009."),
("p", "3.7 Child H had never been subject to a child protection plan. She was not the subject of any social care involvement other than the 2014 assessment."),
("h2", "4. Key findings"),
("p", "4.1 Fabricated or induced illness (FII) is rare and difficult to recognise. This review does not suggest that it should have been identified earlier with certainty. It does find that there were opportunities to consider it from early 2013, and that these were missed."),
("p", "4.2 Professionals accepted the mother's account of symptoms that no professional had witnessed. The volume of investigations grew without anyone stepping back to ask whether the reported illness was consistent with what had been observed. There was a lack of professional curiosity and a reluctance to challenge a parent who was highly engaged, knowledgeable and articulate."),
("p", "4.3 There was no lead consultant to hold the whole picture. Information was held in two hospitals, the GP practice and the ambulance service, and was not brought together or shared. The nursery's observations were never sought."),
("p", "4.4 Child H's own experience was lost. Her daily life at nursery, where she was well and eating, told a very different story from the one presented at hospital. What it was like to be Child H, repeatedly admitted, starved before procedures and fed through a tube, was not considered."),
("p", "4.5 The 2014 children's social care assessment focused on the allegation about the father's drinking, which was disproved, and did not analyse the health information or the concern about the mismatch between the mother's reports and nurses' observations."),
("p", "4.6 The father attended most appointments and was consulted by professionals; the review found that he was well engaged by agencies. The mother never missed an appointment: there was no question of poor engagement by the family; the difficulty was the reverse."),
("h2", "5. Recommendations"),
("p", "1. Wellmere LSCB should publish multi-agency guidance on fabricated or induced illness, consistent with the RCPCH guidance, and promote it through training."),
("p", "2. Wellmere Hospitals NHS Foundation Trust and the regional children's hospital should ensure that any child with more than five admissions in twelve months without a confirmed diagnosis has a named lead consultant and a documented review."),
("p", "3. Both hospital trusts should ensure that the documentation of symptoms distinguishes between those reported by a parent and those observed by staff."),
("p", "4. South Western Ambulance Service should develop an alert for repeated calls relating to the same child, with a referral route to the child's GP and paediatrician."),
("p", "5. The health visiting service should ensure that information from early years settings is sought where a child has complex health needs."),
("p", "6. Wellmere Council Children's Services should ensure that assessments following referrals from health professionals analyse all the concerns raised, and not only the most visible one."),
("p", "7. The LSCB should include FII in its multi-agency training programme, including for early years practitioners."),
("p", "8. The LSCB should seek assurance within twelve months that these recommendations have been implemented."),
]

BA07 = [
("h1", "Cleveholm Safeguarding Children Partnership"),
("h1", "Learning Brief: Baby Q"),
("p", "Issued June 2024, following a rapid review. The safeguarding partners concluded, and the National Child Safeguarding Practice Review Panel agreed, that the learning had been identified by the rapid review and that a local child safeguarding practice review was not required. This brief shares that learning."),
("h2", "About Baby Q"),
("p", "To protect the family's privacy, this brief does not give Baby Q's age, sex or ethnicity. Baby Q was under a year old and was not yet rolling or crawling. We use 'they' and 'their' throughout."),
("p", "Baby Q lived with their mother (Ms Q) and Ms Q's partner, Mr V, who is not Baby Q's father. Baby Q's father has had no contact with Baby Q or with Ms Q since before Baby Q was born."),
("h2", "What happened"),
("p", "In late 2023 Ms Q took Baby Q to the GP because they were 'not moving their leg'. The GP sent them straight to the Emergency Department. X-rays and a skeletal survey found a fracture of the skull and fractures of both lower legs, of different ages, and there was faint bruising to the ear and cheek. No medical cause was found; genetic and bone tests were normal. Neither adult has given an explanation. The police investigation is continuing. Baby Q has recovered well and now lives with a relative under an interim care order."),
("h2", "What agencies knew"),
("p", "During the pregnancy an anonymous caller told children's social care that Ms Q was using cocaine. Ms Q agreed to hair strand testing, which was negative, and the referral was closed after a short assessment. The assessment did not ask who else was in Ms Q's life."),
("p", "Ms Q was looked after by Cleveholm from the age of eleven until she was eighteen, and had a personal adviser from the leaving care team until shortly before Baby Q was born. Her adviser knew that she had a new partner but did not know his name."),
("p", "Mr V moved in when Baby Q was a few weeks old. He has a conviction from 2019 for assaulting a former partner. The police held this information, but no agency asked them. There were no reported incidents of domestic abuse between Ms Q and Mr V, and no concerns were raised by anyone about their relationship before the injuries were found."),
("p", "The midwife and health visitor saw Ms Q and Baby Q regularly. Every contact was with Ms Q alone. Mr V's name does not appear in any health record. When Baby Q was taken to the Emergency Department with a cold at seven weeks, Mr V was with them; he was recorded only as 'partner'."),
("p", "Ms Q was recorded by the GP as having no mental health history."),
("h2", "What we learned"),
("p", "- Ask who lives in the house, and who looks after the baby. Record their names and do checks. A man who moves in after the birth is a change in the baby's world and may be a change in risk."),
("p", "- Share and ask. The police held information that mattered. Nobody knew to ask for it, because nobody knew Mr V was there."),
("p", "- Curiosity matters at every contact. The health visitor saw a caring, attentive mother and did not ask about her partner. Professionals should be curious about people who are present but silent, and about people who are never present."),
("p", "- A closed referral is not a clean bill of health. The pre-birth assessment answered the question it was asked (about drugs) and did not look at the wider picture."),
("p", "- Include men in safer handling and coping-with-crying messages (the ICON programme). It was delivered to Ms Q only."),
("h2", "Questions for your practice"),
("p", "Who lives in the homes of the babies you work with? When did you last ask? What would you do if you found out that a new adult had moved in?"),
("p", "Further information: the Cleveholm Bruising and Injuries in Non-Mobile Babies protocol; ICON training via the Cleveholm SCP learning hub."),
]

BA09_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Thematic Review: Babies harmed or killed in Ashdon in 2023 - Ashdon Children's Safeguarding Partnership</title>
<style>body{font-family:Arial,sans-serif;max-width:900px;margin:auto} table{border-collapse:collapse} td,th{border:1px solid #999;padding:4px 8px;vertical-align:top}</style>
</head>
<body>
<header>
<p class="org">Ashdon Children's Safeguarding Partnership</p>
<nav><a href="/">Home</a> | <a href="/reviews">Published reviews</a> | <a href="/training">Training</a></nav>
</header>
<main>
<h1>Thematic Review: Three Babies Harmed or Killed in Ashdon in 2023</h1>
<p><strong>Published:</strong> 15 May 2024<br>
<strong>Review type:</strong> Thematic review commissioned by the Ashdon safeguarding partners<br>
<strong>Authors:</strong> Dr Amina Carrow-Fielding (independent) and the ACSP Quality Assurance Subgroup</p>

<h2>1. Why we did this review</h2>
<p>Ashdon is an outer London borough. During 2023 the local authority notified the National Child Safeguarding Practice Review Panel of three serious incidents involving babies under one year old. Each had a rapid review. The safeguarding partners decided, with the Panel's agreement, that a single thematic review of the three cases would produce more useful learning than three separate local child safeguarding practice reviews, because similar themes appeared in all three.</p>
<p>The review followed the partnership's Multi-Agency Thematic Audit (MATA) methodology: agency record audits against a common framework, three practitioner focus groups, conversations with two of the families, and a panel of senior leaders to test the findings.</p>

<h2>2. The babies</h2>
<table>
<tr><th>Baby</th><th>About the baby</th><th>What happened</th><th>Children's social care</th></tr>
<tr><td>Infant A</td><td>Boy, aged seven weeks. Black British (Caribbean heritage). Lived with his mother, father and sister (4).</td><td>Died in February 2023. Found unresponsive in his parents' bed in the morning. Post-mortem: unascertained, in the context of unsafe co-sleeping. His father had used cocaine and drunk alcohol the evening before.</td><td>Child in need plan open for Infant A and his sister (concerns about the parents' arguments and father's drug use). Never on a CP plan.</td></tr>
<tr><td>Infant B</td><td>A baby girl in her first year. White Other (Romanian heritage). Lived with her mother and her mother's partner.</td><td>Seriously injured in June 2023: spiral fracture of the femur and bruising to the face and chest. Injuries judged to be inflicted. Survived.</td><td>Subject to a child protection plan under the category of emotional abuse (domestic abuse) since March 2023.</td></tr>
<tr><td>Infant C</td><td>Boy, born 2 February 2023. British Bangladeshi. Lived with his mother.</td><td>Admitted on 30 May 2023 severely dehydrated and malnourished, having fallen from the 50th to below the 2nd centile. His formula feeds had been made up too weak for several weeks. Serious harm through neglect. Recovered.</td><td>Not known to children's social care before the admission; had never been subject to a plan.</td></tr>
</table>
<p>To keep the families anonymous, we give only limited detail. Infant A's and Infant B's families have asked that their children's names are not used.</p>

<h2>3. What we found in the three families</h2>
<h3>Infant A</h3>
<p>Infant A's father had used cocaine for several years and drank heavily at weekends; he had declined a referral to the drug and alcohol service. Infant A's mother had anxiety and was under the perinatal mental health team from the pregnancy onwards. Her sister attended a local nursery. Safer sleep advice had been given to the mother by the midwife and health visitor; no practitioner had discussed it with the father. The parents were living together.</p>
<h3>Infant B</h3>
<p>Infant B's mother is 20. She grew up in care in another London borough and had a personal adviser from its leaving care service. She had had a series of short relationships and had moved four times in a year, twice into temporary accommodation arranged by Ashdon's housing service. Her partner, who was not Infant B's father, had convictions for drug supply and for wounding (a street fight in 2018). The police were called to the home twice in early 2023 following reports of domestic abuse; this led to the child protection plan. The mother missed many health visiting contacts and two core group meetings. Infant B's own father was not known to any agency and has had no involvement.</p>
<h3>Infant C</h3>
<p>Infant C's mother is 31. She separated from his father during the pregnancy; he returned to Bangladesh before the birth and has had no contact. She has a mild learning disability that had been identified at school but was not known to the midwife or health visitor. She had no family in England, spoke little to anyone outside the home and had been supported by a Home-Start volunteer for two months. She was in receipt of benefits, in debt, and told the review she had "stretched" the formula because she could not afford more. There is no suggestion of alcohol or drug misuse, mental ill-health or domestic abuse in Infant C's home.</p>

<h2>4. Themes</h2>
<h3>Theme 1: Men who are not seen</h3>
<p>In two of the three families, the man in the household was never meaningfully assessed or engaged. Infant A's father was not spoken to about safer sleep despite his known drug use; Infant B's mother's partner was not included in the child protection plan's assessment, although his offending history was known to the police.</p>
<h3>Theme 2: Information that did not travel</h3>
<p>The perinatal mental health team did not know about the child in need plan for Infant A. In Infant B's case the police's information about the partner's convictions was not provided to the initial child protection conference. In Infant C's case, the school records of her mother's learning disability were never sought.</p>
<h3>Theme 3: Curiosity and challenge</h3>
<p>In all three cases professionals accepted reassuring accounts: that Infant A's father "never takes anything at home"; that Infant B's mother had ended the relationship (she had not); and that Infant C was "a small baby" when he was in fact falling through the centiles. The review found too little professional curiosity and too few escalations.</p>
<h3>Theme 4: Assessments that missed the parent's needs</h3>
<p>No assessment identified Infant C's mother's learning disability or her poverty, or how they might affect how she made up feeds. Infant B's assessment focused on the mother and did not consider her care history.</p>
<h3>Theme 5: Disengagement</h3>
<p>Infant B's mother's missed appointments and core groups were rescheduled without anyone naming the pattern.</p>
<h3>What was not a factor</h3>
<p>The review looked specifically at staffing and supervision in the three cases. It did not identify organisational capacity, leadership or supervision as a factor: caseloads were within standards and all practitioners had regular supervision.</p>

<h2>5. Recommendations</h2>
<ol>
<li>All partner agencies should adopt the ACSP "Think Dad" standard: record the name and details of every adult male in the household and see him at least once during any assessment.</li>
<li>The perinatal mental health team should be added to the MASH's list of agencies notified of open child in need and child protection plans where the mother is a patient.</li>
<li>The police should ensure that convictions of all adults in the household are provided to initial child protection conferences.</li>
<li>Health visiting and midwifery should use the partnership's learning disability screening questions at booking and at the new birth visit.</li>
<li>The ACSP should produce a briefing for practitioners on how poverty can affect infant feeding, with information on the Healthy Start scheme and local baby banks.</li>
<li>The ACSP should repeat this audit in 2025 to test whether practice has changed.</li>
</ol>
</main>
<footer><p>&copy; Ashdon Children's Safeguarding Partnership 2024. <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""


def build_docx():
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    doc.core_properties.title = "Serious Case Review: Child H - Executive Summary"
    doc.add_paragraph(BA04_TITLE).runs[0].font.size = Pt(14)
    for kind, text in BA04:
        if kind == "h1":
            doc.add_heading(text, level=1)
        elif kind == "h2":
            doc.add_heading(text, level=2)
        else:
            doc.add_paragraph(text)
    doc.save(os.path.join(OUT, "ba04.docx"))


def build_pdf():
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.add_page()
    for kind, text in BA07:
        text.encode("latin-1")  # core fonts take latin-1 only
        if kind == "h1":
            pdf.set_font("Helvetica", "B", 15)
            pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h2":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Helvetica", "", 10.5)
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.output(os.path.join(OUT, "ba07.pdf"))


def build_html():
    with open(os.path.join(OUT, "ba09.html"), "w", encoding="utf-8") as fh:
        fh.write(BA09_HTML)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    build_docx()
    build_pdf()
    build_html()
    print("built ba04.docx, ba07.pdf, ba09.html")
