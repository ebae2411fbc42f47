"""Build the three binary/markup reports (mc05.docx, mc06.pdf, mc07.html).
Run with /work/scratch-venv/bin/python."""
import os, html
from docx import Document
from fpdf import FPDF

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reports")

# ---------------------------------------------------------------- mc05.docx
MC05 = [
("title", "Westhollow Safeguarding Children Partnership"),
("h1", "Rapid Review: Child M"),
("p", "OFFICIAL - SENSITIVE. Rapid review submitted to the Child Safeguarding Practice Review Panel on 9 June 2021."),
("p", "Westhollow is a London borough. The rapid review panel met on 4 June 2021, chaired by the Partnership's independent scrutineer."),
("table", [
  ["Child", "Child M"],
  ["Age at incident", "22 months"],
  ["Sex", "Male"],
  ["Ethnicity", "White Other (Polish heritage on father's side); mother White British"],
  ["Date of incident", "21 May 2021"],
  ["Notification", "Serious harm - notified 25 May 2021"],
  ["Household", "Mother (Ms J, 38), her partner Mr R (41), M, and M's brother Olek (5, in Reception class)"],
  ["Children's social care status", "Not known to children's social care before the incident"],
]),
("h2", "1. Circumstances of the incident"),
("p", "On the evening of 21 May 2021 Ms J found M drowsy and difficult to rouse. She called 999. Paramedics found M had pinpoint pupils and slow breathing, gave naloxone, and he was taken to the Emergency Department and then to the paediatric intensive care unit, where he needed a naloxone infusion for 36 hours. Toxicology confirmed methadone. M made a full physical recovery and was discharged after five days to the care of his maternal grandmother under a safety plan."),
("p", "Ms J was prescribed methadone 70 ml daily by the Westhollow Drug and Alcohol Service. She had been stable on her prescription for four years and in February 2021, during the pandemic, had been moved from daily supervised consumption at the pharmacy to weekly take-home doses. She told police that she kept the bottles in a kitchen cupboard and that on 21 May she had decanted her evening dose into a beaker, which she left on the worktop when Olek called her upstairs. The lockable box supplied by the service had 'broken' and was not in use."),
("h2", "2. Background"),
("p", "Ms J had used heroin in her twenties and had convictions for shoplifting between 2010 and 2013 which she linked to her drug use. She has been in treatment since 2014. Her regular urine screens in 2020-21 were negative for illicit drugs. There are no recorded concerns about Ms J's mental health. She has told her keyworker she does not drink alcohol."),
("p", "Mr R is M's and Olek's father. He works nights as a delivery driver. He is not known to the drug service, and no professional has asked about his own use of substances. Police held no records of domestic abuse relating to the household, or to either adult."),
("h2", "3. Agency involvement"),
("bullet", "Drug and Alcohol Service: keyworker contact by telephone during 2020-21 because of COVID-19 restrictions; home visits stopped in March 2020 and had not resumed. The risk assessment completed when take-home doses were agreed recorded 'children in household - safe storage discussed, lockbox provided'. It did not record the ages of the children or who else lived in the home."),
("bullet", "Health visiting: M's 1-year review (June 2020) was completed by video call. The HV record noted 'Mum on methadone script - stable', but the HV did not know that take-home doses had started. No information was shared between the drug service and the HV."),
("bullet", "GP: the practice issued Ms J's other prescriptions and recorded her methadone as a 'hospital/specialist drug'. No safeguarding flag."),
("bullet", "Early years / school: M attended a childminder two days a week from April 2021 (no concerns). Olek attended Reception at a local primary school (no concerns; good attendance)."),
("h2", "4. Emerging learning"),
("p", "4.1 Take-home opioid substitution medication in a household with young children is a known risk. The change from supervised to take-home doses was a significant change in the risk to M that was not shared with the health visitor or considered with the family as a whole."),
("p", "4.2 The focus was on Ms J as the service user. Mr R was not part of any assessment, and nobody knew whether he could help with safe storage, or whether he himself posed any risk."),
("p", "4.3 Remote working during the pandemic meant that no professional had seen where the medication was kept. The review does not criticise individual practitioners, who were following guidance at the time."),
("p", "4.4 Professionals did not ask the questions that would have tested 'safe storage discussed'. Ms J's stability was taken as evidence that the children were safe."),
("h2", "5. Decision"),
("p", "The rapid review panel considered that the learning could be addressed without a local child safeguarding practice review, and recommends that the Panel agrees. Immediate actions:"),
("bullet", "The Drug and Alcohol Service has re-started home visits for all service users with children under five and take-home doses."),
("bullet", "A joint protocol between the drug service and health visiting for notification of all parents with children under five in treatment."),
("bullet", "The Partnership will issue a 7-minute briefing on safe storage of opioid substitution medication."),
("p", "Since the incident: Ms J has returned to supervised consumption. A child and family assessment is in progress. Police are not taking further action."),
]

def build_docx():
    d = Document()
    for kind, val in MC05:
        if kind == "title":
            d.add_heading(val, 0)
        elif kind == "h1":
            d.add_heading(val, 1)
        elif kind == "h2":
            d.add_heading(val, 2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "bullet":
            d.add_paragraph(val, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for a, b in val:
                r = t.add_row().cells
                r[0].text, r[1].text = a, b
    d.save(os.path.join(OUT, "mc05.docx"))

# ---------------------------------------------------------------- mc06.pdf
MC06 = [
("H", "Harbour Vale Safeguarding Children Partnership"),
("H", "Learning from a Local Child Safeguarding Practice Review: Baby Noah"),
("p", "Learning briefing - published October 2023"),
("h", "The review"),
("p", "This briefing summarises an LCSPR into the death of Noah, who died in December 2021 at six weeks and two days old. The review was led by two independent reviewers using a hybrid methodology that combined agency chronologies with the systems principles of practitioner conversations and a multi-agency reflective workshop. It was paused during the criminal trial and completed in 2023."),
("h", "What happened"),
("p", "Noah was born at term and was well. In his first five weeks his mother, Ms V, brought him to the Emergency Department of Harbour Vale Hospital three times, saying he had 'gone blue' and stopped breathing in her arms. On each occasion he was well on examination, was observed and discharged; on the third occasion he was admitted overnight for monitoring and an apparent life-threatening event (BRUE) pathway was followed. No cause was found. Nobody other than Ms V witnessed any of the episodes."),
("p", "On 14 December 2021 Ms V called an ambulance and Noah could not be resuscitated. He was at first thought to have died suddenly and unexpectedly, but the post-mortem examination found petechial haemorrhages and features consistent with smothering. In 2023 Ms V was convicted of Noah's murder. The court heard that she had deliberately obstructed his breathing on the earlier occasions also."),
("h", "The family"),
("p", "Ms V was 31. She had a long history of self-harm and had been diagnosed with emotionally unstable personality disorder in her early twenties; she had been under the community mental health team until 2019. Noah's father, Mr W, worked offshore on a three-weeks-on, three-weeks-off rota and was away for most of Noah's life. No professional spoke to him. The parents were married and lived together between his rotations. Noah's sister, aged four, spent much of the week with her maternal grandmother. Neither parent had any criminal record. No agency had any information about alcohol or drug use by either parent. There was no history of domestic abuse known to any agency, and Mr W's account was that there had been none."),
("h", "Agencies involved before Noah's death"),
("p", "Midwifery, health visiting, the GP practice, the Emergency Department and paediatric ward, and (historically) adult mental health services. The family had never been known to children's social care. Noah had no health conditions."),
("h", "Key learning"),
("p", "1. Repeated presentations of a young baby with unwitnessed breathing episodes should prompt professionals to consider fabricated or induced illness, and to share information. Each ED attendance was assessed in isolation; the paediatric team did not know of the earlier attendances at the time of the first two, because the records system did not flag them."),
("p", "2. Ms V's mental health history was known to the GP but was not shared with the midwife; the midwifery booking recorded 'no MH history'. The perinatal mental health pathway was not triggered."),
("p", "3. Mr W was absent for long periods and was not contacted; his knowledge that the episodes happened only when he was away might have been important."),
("p", "4. Practitioners showed warmth and care to Ms V, but curiosity was limited: her account was accepted each time."),
("p", "5. The review was satisfied that staffing and supervision in the ED and health visiting services were adequate at the time and were not factors."),
("h", "Recommendations"),
("p", "1. The hospital trust to introduce an electronic alert for infants under six months with a second ED attendance within 28 days."),
("p", "2. The ICB to ensure that GP practices share relevant maternal mental health history with midwifery at booking."),
("p", "3. The Partnership to update its fabricated or induced illness guidance to include unwitnessed apnoea in infancy."),
("p", "4. All health agencies to record the details of the father and to offer him contact, including when he works away."),
]

def build_pdf():
    pdf = FPDF()
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    for kind, val in MC06:
        if kind == "H":
            pdf.set_font("Helvetica", "B", 14)
            pdf.multi_cell(0, 8, val, new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 7, val, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 6, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.output(os.path.join(OUT, "mc06.pdf"))

# ---------------------------------------------------------------- mc07.html
MC07_HTML = r"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>LCSPR - Sisters A and B - Ferrington Safeguarding Children Partnership</title></head>
<body>
<header><p>Ferrington Safeguarding Children Partnership</p>
<h1>Local Child Safeguarding Practice Review: Sisters A and B ("Amelia" and "Bella")</h1>
<p>Author: independent reviewer with a background in school nursing and health visiting. Published: 30 September 2022.</p></header>

<h2>1. Introduction</h2>
<p>This review concerns two sisters who lived with their mother in Ferrington, a city in the East Midlands. In this report the older sister, who was six, is called Amelia, and her sister, who was four, is called Bella. In July 2021 both girls were brought into police protection after a neighbour reported that they had been left alone in the flat overnight. Both were found to be seriously harmed by long-standing neglect: Amelia needed eleven teeth extracted under general anaesthetic and had head lice with secondary skin infection; Bella had bilateral glue ear with untreated recurrent infections and a moderate hearing loss that had delayed her speech. Both girls were underweight. The local authority notified the Panel of serious harm to both children.</p>
<p>The review used an appreciative inquiry approach, asking practitioners what was working well as well as what got in the way. It considered the period from Bella's birth in 2017 to July 2021.</p>

<h2>2. The girls</h2>
<p>Amelia was in Year 1 at Ferrington Road Primary School, where she was on roll and attended most days, often late. Her teacher described her as "a quiet, clever little girl who loved drawing". Staff noticed that she was often hungry and smelled of urine, and that other children had started to refuse to sit next to her and called her names; the school recorded two incidents of her being picked on in the playground. The school nurse saw her once for a health review. No concerns were raised about Amelia's behaviour or her emotional wellbeing at school.</p>
<p>Bella attended the nursery class at the same school in the mornings. She had very little speech and was due for a speech and language assessment, to which she was not brought. She sometimes hit out at other children in frustration.</p>
<p>The girls are White British. Neither girl had any disability or long-term health condition before the neglect identified in 2021.</p>

<h2>3. The family</h2>
<ul>
<li><strong>Mother (Ms F)</strong>, 27. Professionals described her as loving but overwhelmed. She told the reviewer she had been "drinking too much since lockdown". A neighbour told police she "may have been drinking" on the night the girls were found; she was not breathalysed, and she says she had been at a friend's. Ms F has depression, treated by her GP since 2019, and was referred to talking therapies in 2020 but did not take up the offer.</li>
<li><strong>The girls' father (Mr G)</strong>. He separated from Ms F in 2019 and sees the girls occasionally. He used heroin in his teens and has been abstinent for ten years. He was not contacted by any agency before 2021, and nobody asked whether he could help.</li>
<li><strong>Ms F's mother</strong> lives nearby and has a long-standing alcohol problem of her own; Ms F does not let her care for the girls.</li>
</ul>
<p>Ms F was in arrears with her rent and council tax and had had her electricity cut off twice. She had moved twice since Bella's birth. There is no suggestion in any agency's records of domestic abuse in the household after the parents' separation, and the reviewer was told of none before it.</p>

<h2>4. What services knew</h2>
<table border="1">
<tr><th>Agency</th><th>Contact</th></tr>
<tr><td>Health visiting</td><td>Bella's 2-2&frac12; year review was not completed: three appointments missed in 2019-20. Case closed to the HV on transfer to the school nursing service.</td></tr>
<tr><td>School and nursery class</td><td>Recorded hunger, hygiene, lateness and Bella's speech concerns. Two referrals to the MASH (Nov 2020, Mar 2021). Early help offered.</td></tr>
<tr><td>Children's social care / MASH</td><td>Nov 2020: screened to early help. Mar 2021: child and family assessment opened, closed after 6 weeks to early help with "no evidence of significant harm". The girls were never subject to child protection plans.</td></tr>
<tr><td>Early help family worker</td><td>Worked with Ms F April - July 2021; three home visits, each pre-arranged.</td></tr>
<tr><td>GP</td><td>Ms F's depression. Bella seen for ear infections five times in 2019-20; referral to ENT made, two ENT appointments not attended at the hospital.</td></tr>
<tr><td>Community dental service</td><td>No record: the girls were not registered with a dentist.</td></tr>
<tr><td>Housing</td><td>The council tenancy officer visited about arrears in May 2021 and saw the girls; no concerns reported.</td></tr>
</table>

<h2>5. What worked well</h2>
<p>The school acted on its concerns and referred twice. The nursery teacher kept careful, dated observations which gave the review a clear picture of Bella's day. Information passed from the MASH to early help quickly and accurately; this review did not find a problem with the sharing of information between agencies.</p>

<h2>6. What got in the way - findings</h2>
<ol>
<li><strong>Neglect recognised in parts, not as a whole.</strong> Each agency saw a piece - teeth, ears, hunger, hygiene - and no assessment brought them together. The assessment in March 2021 focused on Ms F's account and the state of the home on one pre-arranged visit.</li>
<li><strong>The girls' lived experience was not understood.</strong> Amelia's experience of being shunned by other children, and what it was like for Bella to be unable to hear, were not recorded by anyone outside school.</li>
<li><strong>Missed health appointments were not seen as part of the picture.</strong> Seven health appointments were missed over two years. Each service closed or discharged.</li>
<li><strong>Early help was asked to hold too much.</strong> The step-down from assessment to early help was made when the evidence had been growing for over a year. Worsening circumstances during lockdown were not re-assessed.</li>
<li><strong>Fathers.</strong> Mr G was an untapped resource; he was not contacted.</li>
</ol>

<h2>7. Recommendations</h2>
<ol>
<li>The Partnership to relaunch the Graded Care Profile 2 as the expected tool for assessing neglect in all agencies, with training.</li>
<li>Ferrington Children's Services to audit decisions to close child and family assessments to early help where there are two or more referrals within six months.</li>
<li>Health partners to adopt a "was not brought" policy for children under eight that requires contact with the referrer before discharge.</li>
<li>All agencies to record details of non-resident parents and consider them in assessment.</li>
</ol>
<footer><p>Glossary: ENT - ear, nose and throat; HV - health visitor; MASH - multi-agency safeguarding hub.</p></footer>
</body>
</html>
"""

def build_html():
    with open(os.path.join(OUT, "mc07.html"), "w", encoding="utf-8") as fh:
        fh.write(MC07_HTML)

if __name__ == "__main__":
    build_docx()
    build_pdf()
    build_html()
    print("built mc05.docx mc06.pdf mc07.html")
