"""Build the binary/markup reports bb04.docx, bb05.pdf, bb07.html. The text of each is held here.
Run with /work/scratch-venv/bin/python (python-docx 1.2.0, fpdf2 2.8.9)."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reports")

# ---------------------------------------------------------------- bb04.docx
# (kind, text): kind is "title", "h1", "h2", "p", "bullet", "num"
BB04 = [
("title", "Southmere and Brackley Safeguarding Children Partnership"),
("title", "Local Child Safeguarding Practice Review: Child R"),
("p", "Overview report. Approved by the safeguarding partners on 21 May 2025. Published 30 June 2025."),
("h1", "1. Introduction"),
("p", "1.1 This review concerns Child R, a boy born on 14 June 2013, who died at the regional children's hospital on 2 March 2024. Child R had quadriplegic cerebral palsy, epilepsy that was difficult to control and a gastrostomy through which he received all of his nutrition and medication. He did not use words but communicated through sounds, eye pointing and his smile, which everyone who knew him mentions first."),
("p", "1.2 Child R lived with his mother, Ms R, in a ground-floor council flat in Southmere. His father left the family when Child R was two and has had no contact with him since. Child R is of Black Caribbean heritage. He had no brothers or sisters."),
("p", "1.3 Southmere and Brackley are neighbouring local authority areas in the West Midlands which share a safeguarding partnership. The review was commissioned after a rapid review in March 2024 identified learning about how agencies work with disabled children whose health needs are met at home by a single carer."),
("h1", "2. Method"),
("p", "2.1 The review used the SCIE Learning Together systems model. A review team of senior managers from health, education and children's social care worked with an independent lead reviewer. Case-group practitioners took part in individual conversations and two group meetings. Ms R met the lead reviewer three times and her contribution is reflected throughout."),
("p", "2.2 The period under review is January 2022 to March 2024."),
("h1", "3. Summary of circumstances"),
("p", "3.1 Until the autumn of 2023 Child R attended Oakfield School, a special school, five days a week, using local authority school transport. The school nurse team managed his feeds and medication during the day, and the school was often the first to notice changes in his health. His epilepsy was managed by the neurology clinic at the regional children's hospital, which he attended every six months. He received overnight short breaks, two nights a month, at Willow House, a children's hospice run by a local charity. These breaks were provided under section 17 of the Children Act 1989; Child R was not a looked-after child."),
("p", "3.2 Child R was open to the Disabled Children's Team (DCT) and had a child in need plan throughout the review period. He had never been subject to a child protection plan."),
("p", "3.3 In late October 2023 a dispute arose between Ms R and the transport provider about the safety of the vehicle's wheelchair clamps. Ms R stopped sending Child R to school. He remained on the roll at Oakfield School, but did not attend for the last nine weeks of term and the first weeks of 2024. During this time he was not seen by the school nurse, missed two appointments with the community dietitian and one with the epilepsy nurse specialist, and his short breaks lapsed because Ms R cancelled them."),
("p", "3.4 In November 2023 a neighbour telephoned the DCT to say that she thought Ms R was drinking heavily and that Child R had been heard crying for long periods. The social worker and the GP looked into this. Ms R agreed to blood tests and the social worker made two unannounced visits; the concern about alcohol was not substantiated and the review has found nothing to support it. A strategy discussion was held and concluded that the threshold for a section 47 enquiry was not met. The crying was thought to be linked to reflux."),
("p", "3.5 On 24 February 2024 Ms R called an ambulance because Child R was breathing rapidly. He was admitted with aspiration pneumonia. Clinicians found that he had lost almost a fifth of his body weight since his last recorded weight in September 2023, had two pressure sores and had not received his anti-seizure medication consistently. He was transferred to the paediatric intensive care unit and died on 2 March 2024."),
("p", "3.6 The inquest was held in January 2025. The coroner found that Child R died of aspiration pneumonia, and that malnutrition and the lapse in his medical care in the preceding months contributed to his death. The review agrees with the rapid review that neglect of Child R's health needs contributed to his death, although it was not its direct cause. No criminal charges were brought."),
("h1", "4. Ms R"),
("p", "4.1 Ms R grew up in foster care in another county and received leaving care support until she was 21. She has spoken about the effect of this on her trust in professionals. She had been treated for depression since 2018 and told the lead reviewer that by the winter of 2023 she was exhausted and 'running on empty'."),
("p", "4.2 Ms R had no family in the area and said she felt 'completely alone'. Her disability benefits for Child R were suspended for six weeks in 2023 after a missed reassessment, and she fell into rent arrears; the housing officer had agreed a repayment plan."),
("p", "4.3 There was no domestic abuse in the household during the period reviewed. Drug use was not explored by any agency and is not known."),
("h1", "5. Findings"),
("h2", "Finding 1: Child R's experience was not at the centre of practice"),
("p", "Practitioners knew Child R well at school but once he stopped attending, nobody saw him for nearly four months except his mother. His inability to speak meant that his pain, hunger and discomfort could only be known by looking at him. The DCT visits in this period took place in the living room while he was said to be asleep in the bedroom."),
("h2", "Finding 2: Missed appointments and cancelled services were not treated as a warning sign"),
("p", "Each service recorded a missed appointment or a cancellation, but no service knew what the others had recorded. Taken together, the withdrawal from school, short breaks, dietetics and epilepsy services was a striking change in a child whose health depended on all of them."),
("h2", "Finding 3: Sympathy for a devoted parent limited professional challenge"),
("p", "Practitioners described Ms R as devoted, knowledgeable and fiercely protective. The dispute about transport was seen as a reasonable advocacy issue rather than a reason to ask how Child R's needs were being met at home. No practitioner escalated the absence from school."),
("h2", "Finding 4: The child in need assessment was out of date"),
("p", "The last full assessment of Child R's needs was completed in 2021. It did not reflect his weight loss, his mother's depression or the loss of his short breaks, and it did not consider the impact on Child R of his mother's isolation."),
("h2", "Finding 5: Weight data were not shared"),
("p", "The community dietitian held the only record of Child R's falling weight. It was not shared with the DCT or the GP."),
("h2", "Finding 6: Capacity in the Disabled Children's Team"),
("p", "During 2023 the DCT lost around 40% of its social workers and relied on agency staff. Child R had three social workers in eighteen months. Managers told the review that supervision was irregular."),
("h1", "6. Recommendations"),
("num", "1. The partnership should agree a protocol under which the absence from school of a child with complex health needs for ten school days triggers a multi-agency meeting."),
("num", "2. Health partners should ensure that weights of children receiving enteral feeding are shared with the lead professional at every reading."),
("num", "3. Children's social care should review every child in need plan for a disabled child that has not been re-assessed within twelve months."),
("num", "4. The partnership should provide training on professional challenge where parents of disabled children are strong advocates."),
("num", "5. The local authority should report to the partnership on staffing and supervision in the Disabled Children's Team every quarter for a year."),
("h1", "7. Glossary"),
("bullet", "DCT - Disabled Children's Team, part of children's social care."),
("bullet", "Gastrostomy - a tube into the stomach through which food, fluid and medicine are given."),
("bullet", "Section 17 - the part of the Children Act 1989 under which services are provided to children in need."),
("bullet", "Short breaks - time away from home for a disabled child, giving the child new experiences and the family a rest."),
]

def build_docx():
    from docx import Document
    d = Document()
    for kind, text in BB04:
        if kind == "title":
            d.add_heading(text, level=0)
        elif kind == "h1":
            d.add_heading(text, level=1)
        elif kind == "h2":
            d.add_heading(text, level=2)
        elif kind == "bullet":
            d.add_paragraph(text, style="List Bullet")
        else:
            d.add_paragraph(text)
    d.save(os.path.join(OUT, "bb04.docx"))


# ---------------------------------------------------------------- bb05.pdf
BB05 = [
("title", "FARROWDALE SAFEGUARDING CHILDREN PARTNERSHIP"),
("title", "7 Minute Briefing: Child T and her mother, Ms A"),
("p", "Briefing on the joint Domestic Homicide Review and Local Child Safeguarding Practice Review. Published October 2025."),
("h", "1. Why this review?"),
("p", "In November 2023 Child T, aged seven, and her mother, Ms A (31), were killed at their home by Child T's father, Mr B, who then took his own life. The partnership and the Community Safety Partnership agreed to hold a joint Domestic Homicide Review (DHR) and LCSPR so that the family would only have to tell their story once. The review used a hybrid methodology combining DHR statutory guidance with practitioner learning events. The family were White British."),
("h", "2. The family"),
("p", "T lived with her mum in a rented terraced house. She was in Year 3 at St Luke's Primary School, which she loved; she was described as chatty, kind and 'always drawing horses'. Her parents separated in May 2023 after Ms A disclosed years of abuse. Mr B moved to his mother's flat nearby. The separation was hostile and there were proceedings in the family court about contact."),
("p", "Mr B had a conviction from 2014 for assaulting a previous partner. In the months after the separation he was drinking heavily, and his GP had prescribed antidepressants after he disclosed thoughts of ending his life. He had been referred to and accepted by the local talking therapies service and was on its waiting list. In 2022 an anonymous referral alleged that Ms A was using cocaine; she agreed to hair strand testing, which was negative, and the referral was closed."),
("h", "3. What agencies knew"),
("p", "- June 2023: police attended after Mr B broke a window at the house. DASH high risk. Case heard at MARAC; an IDVA from Farrowdale Women's Aid supported Ms A."),
("p", "- July 2023: non-molestation order granted. Children's social care completed a child and family assessment and a short child in need plan."),
("p", "- September 2023: CIN plan closed. Ms A was assessed as 'protective' because she had separated and obtained an order. Contact was to take place at a supervised contact centre."),
("p", "- October 2023: Mr B breached the order twice by waiting outside the school gates. Police were informed of one breach; the school recorded the other but did not tell anyone. T told her teacher she 'hid under the table when Daddy shouted through the door'."),
("p", "- T had never been subject to a child protection plan."),
("h", "4. What the review found"),
("p", "- Separation was treated as the end of risk, when research shows it is often the most dangerous time."),
("p", "- Mr B's risk factors (previous violence to a partner, escalating breaches, alcohol, suicidal thoughts) were known to different agencies but never put together. The GP did not know about MARAC; MARAC did not know about the suicidal thoughts."),
("p", "- T's voice was heard by her teacher but not passed on. Her fear was not part of any assessment."),
("p", "- Professionals focused on Ms A's ability to protect, and did not engage or assess Mr B as a father."),
("h", "5. What went well"),
("p", "The IDVA service built a strong relationship with Ms A and pushed hard for the non-molestation order. Police responded quickly to the June incident."),
("h", "6. Recommendations"),
("p", "1. MARAC to request GP and mental health information on the perpetrator in every case where a child lives in the household."),
("p", "2. Children's social care to stop closing cases on the basis of separation alone where there is high-risk domestic abuse; risk must be re-assessed after any breach."),
("p", "3. Schools to report every breach of a court order they witness to the police and to the child's social worker or MASH."),
("p", "4. The partnership to deliver training on post-separation abuse and on working with fathers who pose a risk."),
("h", "7. Questions for your team"),
("p", "- Do we treat separation as safety? - Who holds information about the man in this family? - When a child tells us they are frightened, where does that go?"),
]

def build_pdf():
    from fpdf import FPDF
    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    for kind, text in BB05:
        if kind == "title":
            pdf.set_font("Helvetica", "B", 14)
            pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(OUT, "bb05.pdf"))

# ---------------------------------------------------------------- bb07.html
BB07 = r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Serious Case Review: Child P - Lowmarsh LSCB</title>
<style>body{font-family:Arial,sans-serif;max-width:900px;margin:auto} table{border-collapse:collapse} td,th{border:1px solid #999;padding:4px;vertical-align:top}</style>
</head>
<body>
<header>
<p>Lowmarsh Local Safeguarding Children Board</p>
<h1>Serious Case Review: Child P</h1>
<p>Overview report, published 14 March 2018</p>
</header>
<main>
<h2>1. Introduction</h2>
<p>1.1 This serious case review concerns Child P, a girl aged ten, who was found in October 2016 to have been repeatedly beaten and deprived of food by the adults she was living with in Lowmarsh, a London borough. On 11 October 2016 her class teacher noticed raised marks on her forearms when she rolled up her sleeves for a science lesson. P told the teacher that "Auntie" beat her with a belt when she did not finish the housework. A paediatric examination that day found more than forty healing and recent linear marks to her back, arms and legs, and she was underweight.</p>
<p>1.2 P was born in Nigeria and is Black African. In 2015 her parents, who remain in Nigeria, arranged for her to travel to England to live with Mrs O, a woman from their church whom P called "Auntie", so that she could go to school here. Mrs O is not related to P. The arrangement was therefore a private fostering arrangement within the meaning of the Children Act 1989. It was never notified to the local authority. P was not living with any member of her family. She was not a looked-after child.</p>
<p>1.3 Mrs O and her husband, Mr O, were convicted in 2017 of child cruelty. This review does not repeat the evidence heard at trial.</p>
<p>1.4 The Board decided in November 2016 that the criteria for a serious case review were met. The review was carried out under Working Together to Safeguard Children 2015. Individual management reviews (IMRs) were commissioned from each agency, and an independent author wrote this overview report with the support of a review panel.</p>

<h2>2. Child P</h2>
<p>2.1 P is described by everyone who has met her since as polite, bright and eager to please. She had no known disability or health condition. She joined Year 5 at Lowmarsh Green Primary School in September 2015 and attended every day. Staff noticed that she was often hungry and that she was always the last to be collected.</p>
<p>2.2 P had never been subject to a child protection plan. Her mother spoke to her by telephone every few weeks; her father had not been in touch since 2015. P's parents have told the police that they believed she was happy and well cared for.</p>
<p>2.3 Mrs O has three children of her own, all adults, who did not live at the address. Mr O received a police caution for shoplifting in 2012. Neither had any other record. Police attended the address once in March 2016 after a neighbour reported a woman screaming; Mrs O said she had been arguing on the phone, no offences were disclosed, and nothing further was recorded. The review cannot say whether there was domestic abuse between Mr and Mrs O.</p>

<h2>3. Agency contacts before October 2016</h2>
<table>
<tr><th>Date</th><th>Agency</th><th>Contact</th><th>Response</th></tr>
<tr><td>09/2015</td><td>School</td><td>Mrs O enrolled P. Admission form gave Mrs O as "aunt"; the box for parental responsibility was left blank.</td><td>Not queried. Private fostering not considered.</td></tr>
<tr><td>10/2015</td><td>GP practice</td><td>P registered as a new patient by Mrs O. Practice nurse noted "lives with family friend, parents abroad".</td><td>No action. Information not shared.</td></tr>
<tr><td>01/2016</td><td>School to Children's Social Care</td><td>Referral: P hungry, taking food from the school kitchen, tired, last to be collected.</td><td>Home visit by a duty social worker; Mrs O described as "aunt". Home clean, food in the fridge. No further action. Not identified as private fostering.</td></tr>
<tr><td>03/2016</td><td>Police</td><td>Neighbour's call about screaming.</td><td>Attended; no offences disclosed. Child present but not spoken to. No notification made.</td></tr>
<tr><td>06/2016</td><td>School</td><td>P seen with a plaster on her hand; said she had burnt it cooking.</td><td>Recorded. Mrs O said P was "learning to cook". Not referred.</td></tr>
<tr><td>09/2016</td><td>GP practice</td><td>Mrs O did not bring P to a booked new-patient health check; two reminders sent.</td><td>Removed from recall list.</td></tr>
</table>

<h2>4. Analysis</h2>
<p>4.1 <strong>Private fostering was not recognised.</strong> At least three agencies held information showing that P was living with someone who was not a relative, while her parents were abroad. None of them recognised this as private fostering or notified the local authority. This is consistent with national findings that private fostering is under-identified.</p>
<p>4.2 <strong>The duty visit in January 2016 was a missed opportunity.</strong> The social worker did not speak to P alone, did not ask about her relationship to Mrs O, did not see Mr O and did not check with the GP. The assessment of P's situation rested on a single visit and on what Mrs O said.</p>
<p>4.3 <strong>Information was held in separate places.</strong> The GP practice knew P's parents were abroad; the school knew P was hungry; the police knew of an incident at the address. None of this was shared.</p>
<p>4.4 <strong>P's daily life was not seen.</strong> P was doing the cooking, cleaning and laundry for the household before and after school. No one asked her about her day.</p>
<p>4.5 <strong>Mr O was invisible.</strong> He was a carer for P in every practical sense, but no professional ever met him.</p>
<p>4.6 <strong>Leadership.</strong> The Board's private fostering awareness campaign had not been repeated since 2012, and the local authority's private fostering lead post had been vacant for over a year.</p>

<h2>5. Recommendations</h2>
<ol>
<li>The local authority should re-launch its private fostering awareness campaign for schools, GP practices, faith groups and the public.</li>
<li>School admission forms in Lowmarsh should ask who has parental responsibility for the child and prompt a private fostering notification where the child lives with someone else.</li>
<li>GP practices should be reminded of their duty to notify the local authority of children they believe to be privately fostered.</li>
<li>Children's social care should ensure that children are seen and spoken to alone on every visit following a referral.</li>
<li>The police should ensure that children present at domestic incidents are spoken to where possible and that notifications are made.</li>
<li>The Board should receive an annual report on private fostering notifications and assessments.</li>
</ol>
</main>
</body>
</html>
"""

def build_html():
    with open(os.path.join(OUT, "bb07.html"), "w", encoding="utf-8") as fh:
        fh.write(BB07)

if __name__ == "__main__":
    build_docx()
    build_pdf()
    build_html()
