"""Build the binary/markup reports gc07.docx, gc08.pdf, gc09.html. Text is held here."""
import os, html
HERE = os.path.dirname(os.path.abspath(__file__))
REP = os.path.join(HERE, "reports")

# ---------------- gc07.docx ----------------
GC07 = [
("title", "Fenwick Vale Safeguarding Children Partnership"),
("title", "Local Child Safeguarding Practice Review: Ellie"),
("p", "Independent reviewer: Colin Adeyemi-Ward. Published January 2024."),
("h", "1. Introduction"),
("p", "Ellie died in hospital in August 2023, two days after she collapsed at a house party in a neighbouring town. She was fifteen and a half. A post-mortem found that she had taken MDMA (ecstasy) and alcohol. A nineteen-year-old man has been convicted of supplying the drug. Ellie had been reported missing by her mother the evening before the party."),
("p", "Fenwick Vale is a district in the East of England. The partnership notified the Child Safeguarding Practice Review Panel and held a rapid review, which recommended an LCSPR because of concerns about how agencies had responded to Ellie's drug use, her missing episodes and her part-time education. The Panel agreed. The review agrees with the rapid review that Ellie's death was not caused by abuse or neglect by the adults caring for her; the Panel has recorded it as a death that was not maltreatment-related. The learning is about how services responded to a teenager whose risks lay largely outside her home."),
("h", "2. Methodology"),
("p", "The review followed a systems approach informed by the SCIE Learning Together model. Agencies provided chronologies and reflective reports; the reviewer held individual conversations with eleven practitioners and a joint learning event. Ellie's mother and father each met the reviewer. Her brother chose not to take part."),
("h", "3. Ellie and her family"),
("p", "Ellie lived with her mother, Ms P, and her older brother Josh, who was seventeen. Her parents separated in 2015 after a bitter dispute over contact that ended in private law proceedings in 2016. Her father, Mr P, lives nearby and saw her most weekends. Mr P has a conviction for drink-driving from 2017. Ms P has bipolar disorder and has been supported by the community mental health team for many years; she had two short admissions to a psychiatric unit when Ellie was small. Ms P has had a series of short-lived relationships since the separation. She told police in 2012 that a former partner (not Ellie's father) had been violent towards her; he has not been part of the family's life since then and this was outside the period of the review."),
("p", "The review found no evidence that Ms P misused alcohol or drugs."),
("p", "Ellie's brother Josh was known to the youth offending team (YOT) from 2021 for possession of cannabis and a bladed article. Josh's drug use and his offending are his own, and the review has been careful not to attribute them to Ellie or her parents; however, several practitioners told the reviewer that they assumed Ellie's cannabis came from Josh's friends."),
("p", "When Ellie was eight, a child and family assessment found neglect of her health (missed dental and hearing appointments) and of supervision during periods when her mother was unwell. Ellie was a child in need from 2016 to 2017. She had never been subject to a child protection plan. She was not looked after."),
("h", "4. Key episodes, 2022-2023"),
("b", "September 2022: Ellie, in Year 10, is excluded for a fixed term three times for disruption and once for bringing cannabis into school."),
("b", "October 2022: first missing episode (overnight). Police return her. Return home interview by the commissioned charity: Ellie says she was 'with mates in the park'."),
("b", "November 2022: a concern is raised that Ellie is being sexually exploited by older males at a takeaway. A strategy discussion is held; the police investigation and a CSE screening find no evidence of sexual exploitation, and the concern is closed as unsubstantiated."),
("b", "January 2023: attends the Emergency Department intoxicated; discharged to her father. Referral to CAMHS for self-harm; seen once; placed on the waiting list for therapy."),
("b", "February 2023: referred to Compass, the young people's substance misuse service. Ellie attends once."),
("b", "March 2023: the school places Ellie on a reduced timetable of two hours a day 'to manage her behaviour'. She remains on roll at Hillside Academy. CSC closes the case after a single assessment, stepping down to early help."),
("b", "April - July 2023: six further missing episodes. Early help worker has difficulty arranging visits. Ellie is described as 'not engaging'."),
("b", "August 2023: missing overnight; collapses at a party; dies two days later."),
("h", "5. Analysis and findings"),
("p", "Finding 1: Ellie's own world (her friendships, her use of drugs and alcohol, her self-harm, where she went when she went missing) was not explored with her. Practitioners knew about each of these things but did not know what her days were like."),
("p", "Finding 2: The risk to Ellie increased sharply between January and July 2023, but the case was stepped down from CSC to early help in March and the plan did not change as missing episodes increased."),
("p", "Finding 3: Ellie's non-attendance at Compass and CAMHS, and her refusal of visits, were recorded as 'not engaging' without asking why. Ellie told her father that she found appointments in school hours 'embarrassing'."),
("p", "Finding 4: Information was not shared between the ED, the school, Compass and the early help worker. The ED attendance in January was not known to the school; the police did not share missing episodes with Compass."),
("p", "Finding 5: Mr P was not included in any plan or meeting, although Ellie spent most weekends with him and he had been the adult who collected her from the ED."),
("p", "Finding 6: The single assessment in March 2023 did not draw on the history of neglect, the mother's mental health, or the previous CIN involvement, and did not analyse risks outside the home."),
("p", "Finding 7: The reduced timetable meant that for most of each school day no professional knew where Ellie was."),
("h", "6. Recommendations"),
("n", "The partnership should issue guidance that a reduced timetable for a child known to CSC or early help must be agreed at a multi-agency meeting, time-limited and reviewed every four weeks."),
("n", "CSC should ensure that step-down to early help is not used for children with escalating missing episodes or substance misuse without a multi-agency risk discussion."),
("n", "Compass and CAMHS should offer appointments outside school and follow up non-attendance with the young person, the parents and the referrer."),
("n", "All agencies should ensure that non-resident fathers are identified and invited to contribute to assessments and plans."),
("h", "Glossary"),
("p", "CAMHS: Child and Adolescent Mental Health Services. CIN: child in need. CSC: children's social care. CSE: child sexual exploitation. ED: Emergency Department. LCSPR: local child safeguarding practice review. YOT: youth offending team."),
]

def build_docx():
    from docx import Document
    d = Document()
    nums = [0]
    for kind, text in GC07:
        if kind == "title":
            d.add_heading(text, level=0)
        elif kind == "h":
            d.add_heading(text, level=1)
        elif kind == "b":
            d.add_paragraph(text, style="List Bullet")
        elif kind == "n":
            nums[0] += 1
            d.add_paragraph("%d. %s" % (nums[0], text))
        else:
            d.add_paragraph(text)
    d.save(os.path.join(REP, "gc07.docx"))

# ---------------- gc08.pdf ----------------
GC08 = [
("t", "Southmere Safeguarding Children Partnership"),
("t", "7-Minute Briefing: Rapid Review - Young Person V"),
("p", "Briefing date: November 2022. This briefing shares the learning from a rapid review held in October 2022. The safeguarding partners decided, and the national Panel agreed, that an LCSPR was not required because the learning is already being addressed through the regional modern slavery work. There will be no further review."),
("h", "1. Background"),
("p", "V is a Vietnamese boy who arrived in the UK in the back of a lorry at the port in Southmere in March 2022 and was taken into care as an unaccompanied asylum-seeking child (UASC). He said he was 15. Following an age assessment, the local authority treated him as 17, and that is the age used in this briefing; V still disputes it. He was placed in semi-independent supported accommodation with a 24-hour staffed office. He was a looked after child (section 20)."),
("p", "Nothing is known about V's parents, who he says remain in Vietnam. He does not know where his father is. No information about his family could be verified and the review makes no assumptions about them."),
("h", "2. What happened"),
("p", "V went missing from his accommodation three times in April and May 2022. On the third occasion he did not return. In September 2022 he was found by police and fire crews after an electrical fire at a house in another county that had been converted into a cannabis farm. V had serious burns to his arms and face and was treated at a regional burns unit. He told an interpreter that he had been locked in the house for three months and had been told he owed 20,000 pounds for his journey. A referral to the National Referral Mechanism (NRM) was made by the police; a positive reasonable grounds decision followed."),
("h", "3. Agency involvement before the incident"),
("p", "Children's social care (UASC team) allocated a social worker within two days of arrival. An initial health assessment was completed by the GP and the looked after children nurse; no mental health concerns were identified and V was not referred to CAMHS. A refugee support charity provided a caseworker and a weekly youth group. V was not enrolled in any education. Police took missing reports on each occasion."),
("h", "4. What we learned"),
("p", "- The first 72 hours after a UASC arrives are the highest-risk period for going missing to traffickers. The Southmere trafficking risk assessment was not completed for V until day 19."),
("p", "- Professionals focused on the dispute about V's age, and this took attention away from signs that he was in contact with people who had brought him to the UK (a phone that received calls at night; money sent to him)."),
("p", "- The NRM was not considered until after the incident, although indicators of trafficking were present on arrival."),
("p", "- Information about V's phone contacts, known to the charity caseworker, was not shared with the social worker or police."),
("p", "- Interpreters were not used consistently; most conversations with V were in English, which he spoke only a little. His experience of his first weeks in the UK was not understood."),
("h", "5. What went well"),
("p", "Missing episodes were reported promptly by accommodation staff, and police searches were prompt and thorough."),
("h", "6. What we will do"),
("p", "- The UASC team will complete a trafficking risk assessment and consider the NRM within 72 hours of arrival."),
("p", "- Partners will adopt the regional protocol for safe accommodation of UASC at risk of trafficking."),
("p", "- The charity and the UASC team will agree an information sharing agreement."),
("h", "7. Questions for practitioners"),
("p", "Do you know the trafficking indicators for unaccompanied children? When did you last use an interpreter for a conversation that mattered? Who else knows something about this young person that you do not?"),
]

def build_pdf():
    from fpdf import FPDF
    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    for kind, text in GC08:
        if kind == "t":
            pdf.set_font("Helvetica", "B", 15)
            pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.output(os.path.join(REP, "gc08.pdf"))

# ---------------- gc09.html ----------------
GC09_BODY = """
<header><p class="org">Redmoor Safeguarding Children Partnership</p>
<h1>Local Child Safeguarding Practice Review: Jayden and Kayla</h1>
<p>Published 12 April 2024 &middot; Lead reviewer: Priya Ramaswamy</p></header>
<nav><a href="#intro">Introduction</a> | <a href="#family">Family</a> | <a href="#episodes">Key episodes</a> | <a href="#findings">Findings</a> | <a href="#recs">Recommendations</a></nav>

<section id="intro"><h2>1. Introduction</h2>
<p>Redmoor is a metropolitan borough in the North West of England. On 30 January 2023 police forced entry to the family home after a neighbour reported that two teenagers had been seen taking food from bins. They found the twins, Jayden and Kayla, alone in the house with no electricity, no heating and almost no food. Their mother had been admitted to hospital nine days earlier after a seizure caused by alcohol withdrawal, and had not told anyone that the twins were at home. The twins were born on 12 June 2008; they were fourteen.</p>
<p>Both children were subject to child protection plans under the category of neglect at the time. Both were taken into police protection and have since become looked after; they were not looked after children before the incident. The partnership notified the Panel that both had suffered serious harm through neglect.</p>
<p>The review used a systems approach: chronologies and reflective accounts from each agency, one-to-one conversations with practitioners, two practitioner workshops and meetings with Jayden, Kayla and their mother. It did not follow a single named review model.</p>
</section>

<section id="family"><h2>2. The twins and their family</h2>
<table border="1">
<tr><th>Person</th><th>What the review knows</th></tr>
<tr><td>Jayden (subject)</td><td>White British boy. Diagnosed with ADHD aged seven. Permanently excluded in Year 8; on roll at the Redmoor Learning Centre (alternative provision). Several police contacts for anti-social behaviour. Told the reviewer he "drank most nights" from the age of thirteen, using his mother's money. No CAMHS involvement.</td></tr>
<tr><td>Kayla (subject)</td><td>White British girl. Bullied at school about her clothes and hygiene; removed from the school roll by her mother in March 2022 for elective home education. Self-harm from 2021; known to CAMHS.</td></tr>
<tr><td>Ms W (mother)</td><td>Sole carer. Long-standing alcohol dependence; depression treated by her GP. Grew up with a father who drank heavily and was violent to her mother; she was never in care. No family or friends locally after moving to Redmoor in 2019. Electricity supply disconnected for arrears in late 2022; rent arrears; food bank referrals refused.</td></tr>
<tr><td>Mr T (twins' father)</td><td>Left when the twins were three, after police were called to his violence towards Ms W in 2011. He has had no contact with the twins since 2011 and his whereabouts were not known to agencies.</td></tr>
<tr><td>Half-sister (6, not a subject)</td><td>Lives with her own father in another area; not part of the household during the review period.</td></tr>
</table>
<p>There was no domestic abuse in the household during the period of the review. In 2021, following a referral that said Ms W was also using cannabis, hair-strand testing was undertaken; it was negative for all drugs, and the review has found no evidence of drug use by her. The review found no evidence that either twin was sexually exploited.</p>
</section>

<section id="episodes"><h2>3. Key episodes</h2>
<table border="1">
<tr><th>When</th><th>What happened</th><th>Who knew</th></tr>
<tr><td>Sept 2019</td><td>Family moves to Redmoor from another authority; transfer-in CP conference not held because the previous plan (neglect, 2017-18) had ended.</td><td>CSC, schools</td></tr>
<tr><td>2020</td><td>Ms W referred to the community alcohol service by her GP; attends two of eight appointments.</td><td>GP, substance misuse service</td></tr>
<tr><td>Mar 2021</td><td>Kayla self-harms; CAMHS assessment. School referral to MASH about hygiene and hunger. Single assessment; CIN plan.</td><td>School, CAMHS, CSC</td></tr>
<tr><td>Jun 2021</td><td>Ms W attends ED intoxicated with a head injury. ED makes a safeguarding referral. CP plans made for both twins (neglect).</td><td>Hospital, CSC</td></tr>
<tr><td>2021-2022</td><td>Five different social workers in eighteen months. Core group meetings cancelled four times. Ms W tells each new worker she has stopped drinking.</td><td>CSC</td></tr>
<tr><td>Mar 2022</td><td>Kayla removed from school roll for home education. EHE officer's visit postponed twice.</td><td>School, LA</td></tr>
<tr><td>Oct 2022</td><td>Jayden permanently excluded; moves to AP. Housing officer visits about arrears; notes no electricity but does not tell CSC.</td><td>School, housing</td></tr>
<tr><td>Jan 2023</td><td>Ms W admitted to hospital. Twins alone for nine days. Incident.</td><td>Hospital</td></tr>
</table>
</section>

<section id="findings"><h2>4. Findings</h2>
<ol>
<li><strong>What daily life was like for the twins was not known.</strong> Neither twin was seen alone at home after mid-2022. Their hunger, the cold house and Jayden's drinking were not seen.</li>
<li><strong>Neglect of adolescents was seen as less serious than neglect of younger children.</strong> Practitioners said that at fourteen the twins "could look after themselves". The risk grew cumulatively and the plan drifted.</li>
<li><strong>Ms W's engagement was accepted at face value.</strong> Her accounts of stopping drinking were not tested, and missed appointments at the alcohol service were not followed up.</li>
<li><strong>Practitioners did not challenge or escalate.</strong> Cancelled core groups and the move to EHE were not escalated.</li>
<li><strong>Not all information reached the social worker.</strong> The housing officer's observation of no electricity, and the EHE service's missed visits, were not shared with CSC. By contrast, the school and CSC shared information promptly and well throughout.</li>
<li><strong>Workforce instability undermined the plan.</strong> Five social workers in eighteen months, high caseloads and limited management oversight meant that no one held the whole history.</li>
<li><strong>The twins' father was never considered.</strong> No attempt was made to find Mr T or paternal relatives as a possible source of support.</li>
<li><strong>Assessments did not use history.</strong> The earlier CP plan in the previous authority and Ms W's own childhood were not part of any assessment.</li>
</ol>
</section>

<section id="recs"><h2>5. Recommendations</h2>
<ol>
<li>The partnership should develop guidance on neglect of adolescents, including a tool for assessing the home conditions of older children.</li>
<li>Children's services should ensure that a child on a CP plan is not removed from roll for EHE without a multi-agency meeting.</li>
<li>Housing providers should be included in core groups and should report disconnection of utilities for families with a CP plan.</li>
<li>Children's services should report to the partnership on the stability of social workers for children on CP plans.</li>
<li>The substance misuse service should notify the allocated social worker when a parent of a child on a plan misses appointments.</li>
<li>Assessments should seek history from previous authorities and consider absent fathers and paternal families.</li>
</ol>
</section>
<footer><p>Glossary: AP - alternative provision; CAMHS - child and adolescent mental health services; CIN - child in need; CP - child protection; CSC - children's social care; ED - emergency department; EHE - elective home education; MASH - multi-agency safeguarding hub.</p></footer>
"""

def build_html():
    doc = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
           "<title>LCSPR: Jayden and Kayla - Redmoor Safeguarding Children Partnership</title>"
           "<style>body{font-family:Arial,sans-serif;max-width:900px;margin:auto}td,th{padding:4px;vertical-align:top}</style>"
           "</head><body>" + GC09_BODY + "</body></html>\n")
    with open(os.path.join(REP, "gc09.html"), "w", encoding="utf-8") as fh:
        fh.write(doc)

if __name__ == "__main__":
    build_docx()
    for fn in ("build_pdf", "build_html"):
        if fn in globals():
            globals()[fn]()
