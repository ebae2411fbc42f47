"""Build the binary/markup reports of blind set a (sa03.docx, sa05.pdf, sa06.html).
Run with /work/scratch-venv/bin/python build_binary.py"""
import os, html
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reports")

SA03 = r"""
#T Kelsworth Safeguarding Partnership
#T Local Child Safeguarding Practice Review
#T "Zara"
Independent lead reviewers: Maria Okonkwo-Reid and Peter Lansdale
Date of publication: June 2025
#H Contents
1. Summary
2. Zara, in her family's words
3. The review process
4. How we approached the analysis
5. Practice episodes
6. Analysis and findings
7. Questions for the Partnership
8. Glossary
#H 1. Summary
1.1 Zara died in March 2024. She was fifteen years and four months old and in Year 10 at a mixed secondary academy in the borough. She took her own life at home. The coroner has since concluded that her death was suicide.
1.2 Kelsworth is an outer London borough. Zara lived with her mother, her stepfather and her two younger brothers, then aged eleven and eight. Her brothers are not subjects of this review, and we have been careful to say as little about them as we can.
1.3 In the eighteen months before her death Zara was known to her school, her GP, the Emergency Department at Kelsworth Hospital, the Child and Adolescent Mental Health Service (CAMHS) and, briefly, to children's social care through the Multi-Agency Safeguarding Hub. She had never been subject to a child protection plan and was not a looked-after child.
1.4 The partnership's rapid review found that although many professionals cared about Zara and tried to help her, the help did not add up to a coherent response as her distress increased. The National Panel agreed that an LCSPR should be undertaken.
#H 2. Zara, in her family's words
2.1 Zara's mother wanted the review to know that Zara was "funny, stubborn and kind", that she loved drawing manga characters and that she looked after her brothers "like a second mum". She was a British Pakistani girl who spoke English and Urdu at home and who was proud of her heritage, though she told a friend that she sometimes felt "between two worlds".
2.2 Zara wanted to be an illustrator. Her art teacher described her portfolio as the best in her year group.
2.3 Her mother said: "Everyone kept telling me she was on a list. Nobody told me what to do while she was on the list."
#H 3. The review process
3.1 The review used the Social Care Institute for Excellence (SCIE) Learning Together systems model. This approach looks at why things happened as they did, in order to understand the conditions in the wider system that made good practice harder or easier, rather than to find fault with individuals.
3.2 The review team included senior managers from education, health, the police and children's social care, none of whom had direct involvement with Zara. The lead reviewers held individual conversations with 14 practitioners and two group sessions.
3.3 Zara's mother and her stepfather each met the lead reviewers. Zara's father, who lives in Pakistan and had occasional telephone contact with her, was written to and did not reply. Two of Zara's friends spoke to us with their parents' agreement. We are grateful to them.
3.4 The period under review ran from September 2022, when Zara first disclosed self-harm to a teacher, to her death.
#H 4. How we approached the analysis
4.1 We have not written a separate section about the family's background. Where the circumstances of Zara's parents are relevant to understanding what happened, we discuss them in the analysis below. We have done this deliberately, because we want the focus of the report to stay on Zara's experience and on the system around her.
#H 5. Practice episodes
5.1 Episode one: first disclosure, September 2022. Zara, then in Year 8, showed a form tutor cuts on her forearm. The school's designated safeguarding lead phoned Zara's mother and made a referral to the MASH. The MASH screened it out to the school's own pastoral support and advised a GP referral to CAMHS. The GP referred Zara in October 2022.
5.2 Episode two: CAMHS triage, December 2022. CAMHS triaged the referral as routine and placed Zara on the waiting list for assessment. The letter to the family said that the wait was "currently around 40 weeks". The school counsellor saw Zara for six sessions.
5.3 Episode three: online bullying, spring 2023. A group of girls in Zara's year shared an edited photograph of her in a group chat. Zara stopped going to lunch and spent breaks in the library. The school dealt with the incident under its anti-bullying policy; two pupils were excluded for a fixed term. The pastoral lead noted that Zara "seems to have bounced back".
5.4 Episode four: overdose, July 2023. Zara took an overdose of paracetamol and was taken by her stepfather to the Emergency Department. She was admitted overnight and assessed by the hospital's liaison psychiatry team for children. She was discharged with a safety plan and her CAMHS referral was upgraded to urgent. The discharge summary was sent to the GP and to CAMHS; the school was not told, because it was the summer holiday and the hospital's practice was not to contact schools directly.
5.5 Episode five: missing, October 2023. Zara did not come home after school and her mother reported her missing to the police. She was found four hours later by a police officer sitting by the reservoir. The return home interview was offered but did not take place because the family did not respond to two messages.
5.6 Episode six: CAMHS assessment and missed appointments, November 2023 to February 2024. Zara was assessed by CAMHS in November 2023 and diagnosed with a depressive episode. She was offered a course of therapy. She attended the first session. The next two were missed, and after a further letter she was discharged back to the GP in February 2024 under the service's "did not attend" policy. Zara's mother told us that she did not understand that this meant the help had ended.
5.7 Zara died three weeks later.
#H 6. Analysis and findings
6.1 Finding 1: The system responds to self-harm in episodes, not as a continuing story. Each professional responded to the part of Zara's distress that was in front of them. The school dealt with the bullying; the hospital dealt with the overdose; the police dealt with the missing episode. There was no point at which anyone put these events together and asked whether risk was rising. The waiting list acted as a holding position that everyone could rely on, and professionals told us that they assumed "CAMHS had it".
6.2 The question of exploitation was considered carefully by this review, because Zara went missing and spent time online. We found no evidence that she was being sexually or criminally exploited. Zara told the school nurse that she had tried alcohol at a party in Year 9; there was nothing to suggest that she was misusing alcohol or drugs.
6.3 Finding 2: Information that would have changed the picture did not reach the people who saw Zara every day. The school did not know of the overdose until September, and then only because Zara's mother mentioned it. The police missing report was shared with the MASH, which recorded it as "information only" because CAMHS were involved. CAMHS did not know that Zara had gone missing.
6.4 Finding 3: The "did not attend" policy treats a young person's non-attendance as a choice. For a depressed fifteen-year-old, missing appointments can be a symptom. The policy in place in 2023 required a clinician to consider risk before discharge, but the record shows the decision was made administratively. The service was carrying a waiting list of more than 900 children and had lost a third of its clinical staff in eighteen months. Managers told us that they had raised these risks with commissioners repeatedly.
6.5 Finding 4: Parents' own circumstances were not part of the assessment. Zara's mother had experienced anxiety and depression for several years and was receiving talking therapies through the adult IAPT service in 2023. She told us that she felt she was "holding everything together with tape". Zara's stepfather drank heavily at weekends; Zara had told one of her friends that this made the house feel "scary", and her mother accepted that his drinking had caused arguments. It is possible that there was also shouting or other behaviour that Zara experienced as frightening, but we were not able to establish this, and no agency received any report of domestic abuse. None of these matters were known to CAMHS, and the school did not ask.
6.6 The stepfather had brought Zara to hospital after the overdose, and had attended the CAMHS assessment, but no professional spoke to him about how he saw Zara or asked about his role in the family. He told us that "nobody asked me anything; I was the driver".
6.7 The family were not known to be experiencing any financial hardship.
6.8 Finding 5: Zara's own account of her life was not sought. Records contain many descriptions of Zara (quiet, polite, "bounced back") and very few of her own words. Her friends told us that she had talked online about wanting to die on several occasions in the weeks before her death. Her online life was not discussed in any assessment.
6.9 Finding 6: The CAMHS assessment was narrow. It was completed in one session, relied on Zara's self-report, and did not draw on information from the school, the hospital or the police.
#H 7. Questions for the Partnership
In keeping with the Learning Together model, the review offers questions for the Partnership to consider rather than recommendations. The Partnership's response is published alongside this report.
Q1. How can the Partnership be assured that the risks to children waiting for CAMHS assessment are reviewed, and by whom, while they wait?
Q2. What arrangements would make sure that schools learn promptly when a pupil attends hospital after self-harm, including in school holidays?
Q3. Should the "did not attend" policy of the mental health trust be replaced by a "was not brought / could not attend" approach for young people at risk of suicide?
Q4. How can assessments of young people's mental health include the circumstances and wellbeing of their parents and carers, including stepparents?
Q5. How will the Partnership know that the voice of young people, including their online lives, is being heard?
#H 8. Glossary
CAMHS - Child and Adolescent Mental Health Service
ED - Emergency Department
IAPT - Improving Access to Psychological Therapies (adult talking therapies)
LCSPR - Local Child Safeguarding Practice Review
MASH - Multi-Agency Safeguarding Hub
SCIE - Social Care Institute for Excellence
"""


SA05 = """
#T Wexcombe Safeguarding Children Partnership
#T Local Child Safeguarding Practice Review - Executive Summary
#T Child J ("Jayden")
Published: 9 September 2024
#H 1. Introduction
This is the executive summary of a local child safeguarding practice review (LCSPR) about Jayden, a sixteen-year-old boy who died after being stabbed in a park in the town centre in April 2023. He was 16 years and 2 months old. Two young men from outside the area were later convicted of his murder. Jayden was Black British of Caribbean heritage. Wexcombe is a metropolitan borough in the West Midlands.
Jayden's family chose the name used in this report. His mother asked that readers remember him as a "clever, cheeky boy who wanted to be a barber".
#H 2. The review
The review was led by an independent reviewer and used an appreciative inquiry approach, asking practitioners what had worked well as well as what had not. It covered the period from Jayden's permanent exclusion from secondary school in Year 9 (January 2021) to his death. Jayden's mother contributed to the review. His father, who is serving a prison sentence, was written to and spoke with the reviewer by video call.
#H 3. Background
Jayden lived with his mother and his younger sister, who was nine. His older brother, aged nineteen, had moved out. Jayden was diagnosed with ADHD at the age of nine. After his exclusion he attended the borough's pupil referral unit, where he was on roll at the time of his death, although his attendance had fallen to under 40 per cent.
Jayden's parents separated when he was four. His father had convictions for wounding (2012) and for supplying class A drugs, and had been in prison for much of Jayden's life, but they spoke on the telephone most weeks. There was no domestic abuse in the household during the period of the review. No agency had concerns about his mother's mental health or use of alcohol or drugs.
The family lived in a two-bedroom flat; Jayden slept on the sofa. His mother worked night shifts as a care assistant and was in arrears with rent and council tax.
#H 4. What happened
From the age of fourteen Jayden was increasingly found in other parts of the region. He was stopped by police with cash and two mobile phones, and was arrested in a flat used for drug dealing (a "cuckooed" address) in a neighbouring county in 2022. A National Referral Mechanism referral was made and a positive reasonable grounds decision was received. He was referred to the youth justice service after an offence of possession of a bladed article, and was supported by a mentor from a local youth charity. He smoked cannabis daily, and was seen by CAMHS for low mood after the death of a cousin. No concerns about sexual exploitation were identified.
A child protection plan was made in June 2022 under the category of neglect. Professionals told the review that this category was chosen because there was no category for extra-familial harm; the review is clear that Jayden's mother was not neglecting him, and that she asked repeatedly for help. Jayden was not a looked-after child. Two months before his death the family asked for an emergency move because of threats to Jayden; housing services had not found a property by the time he died.
#H 5. Findings
Finding 1. The child protection system was designed for harm inside the family and did not fit the risks Jayden faced outside it.
Finding 2. Intelligence held by the police about those exploiting Jayden was not shared with the child protection conference in a way that could shape the plan.
Finding 3. Jayden's exclusion from mainstream school was the point at which risk increased sharply; it was not recognised as a safeguarding event.
Finding 4. Good relationships mattered. Jayden trusted his youth justice worker and his mentor, and both worked hard and creatively with him. This was the strongest part of the professional response.
Finding 5. The request for an emergency housing move was not treated with the urgency that the risk required.
#H 6. Recommendations
1. The Partnership should develop a contextual safeguarding pathway, including a risk management meeting that replaces the child protection conference for extra-familial harm.
2. West Midlands Police and the Partnership should agree how police intelligence is shared with multi-agency meetings.
3. Schools and the local authority should treat a permanent exclusion of a child known to children's social care as a trigger for a multi-agency meeting.
4. The housing service should create a fast-track process for families where a child is at risk of serious violence.
5. The Partnership should share the learning from this review with neighbouring partnerships.
"""


def build_pdf():
    from fpdf import FPDF
    class PDF(FPDF):
        def header(self):
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 6, "Wexcombe Safeguarding Children Partnership - LCSPR Executive Summary - Child J", align="C")
            self.ln(8)
        def footer(self):
            self.set_y(-12)
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 6, f"Page {self.page_no()}", align="C")
    pdf = PDF()
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    for line in SA05.strip().splitlines():
        if line.startswith("#T "):
            pdf.set_font("Helvetica", "B", 14)
            pdf.multi_cell(0, 8, line[3:], new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("#H "):
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 7, line[3:], new_x="LMARGIN", new_y="NEXT")
        elif line.strip():
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.output(os.path.join(OUT, "sa05.pdf"))


SA06 = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>7 Minute Briefing - LCSPR Baby Ava - Thornbury Vale Safeguarding Children Partnership</title>
<style>body{font-family:Arial,sans-serif;max-width:52em;margin:auto} .box{border:2px solid #2a6f97;border-radius:8px;padding:0.6em 1em;margin:0.8em 0} h2{color:#2a6f97}</style>
</head><body>
<header><p>Thornbury Vale Safeguarding Children Partnership (TVSCP) &middot; Learning from reviews</p></header>
<h1>7 Minute Briefing: Baby Ava</h1>
<p><em>Local Child Safeguarding Practice Review &ndash; briefing for practitioners, published May 2025</em></p>

<div class="box"><h2>1. Background</h2>
<p>In February 2024 Baby Ava, who was 19 weeks old, was admitted to hospital with a brain injury and retinal haemorrhages. Doctors concluded that the injuries were non-accidental and consistent with shaking. Ava was in the care of her father, aged 18, at the time. She has a permanent visual impairment as a result.</p>
<p>Ava lived with her mother, who was 17, in her maternal grandmother's home in a village in the South West region of England. Her parents were no longer in a relationship when she was born; her father looked after her two or three afternoons a week at his supported flat.</p></div>

<div class="box"><h2>2. Why it matters</h2>
<p>Babies under one are the age group most at risk of serious and fatal physical abuse. Young fathers who are not living with their baby are often invisible to the services that support the mother. This review found exactly that.</p></div>

<div class="box"><h2>3. Information</h2>
<ul>
<li>Ava's mother was supported by the Family Nurse Partnership (FNP) from early pregnancy and by the community midwife. Ava was not known to children's social care before the incident.</li>
<li>Ava's father had grown up in foster care from the age of six and was a care leaver with a personal adviser from the leaving care team. He had a history of anger outbursts in placements.</li>
<li>He told his personal adviser that he smoked cannabis every day to "stay calm", and that the baby's crying was "doing his head in".</li>
<li>Ava's mother had experienced anxiety since her early teens and was prescribed medication by the GP during the pregnancy.</li>
<li>During the pregnancy police were called to an argument between the parents in the street. No offences were disclosed and no further action was taken.</li>
<li>At ten weeks the mother took Ava to the GP because of her crying; advice was given about colic.</li>
</ul></div>

<div class="box"><h2>4. What the review found</h2>
<ul>
<li><strong>Fathers were not part of the plan.</strong> The FNP nurse never met Ava's father. ICON (coping with crying) advice was given to the mother only.</li>
<li><strong>Information stayed in silos.</strong> The personal adviser knew about the father's cannabis use and his comments about crying, but did not know the FNP was involved; the FNP did not know he had a personal adviser.</li>
<li><strong>The pre-birth picture was incomplete.</strong> The FNP assessment described the mother's support network but did not consider the father's care history or his capacity to care for a baby alone.</li>
</ul></div>

<div class="box"><h2>5. What you should do</h2>
<ul>
<li>Ask who else looks after the baby &ndash; and meet them.</li>
<li>Give ICON advice to every carer, including fathers who live elsewhere.</li>
<li>Leaving care workers: ask care leavers who are expecting a baby which health services are involved, and share concerns.</li>
</ul></div>

<div class="box"><h2>6. Reflect</h2>
<p>Think of a baby you work with. Do you know the name of every adult who cares for them? When did you last speak to the father?</p></div>

<div class="box"><h2>7. Further information</h2>
<p>The full LCSPR report and the partnership's response are available on the TVSCP website. ICON resources and the partnership's safer handling guidance can be found in the practitioner toolkit.</p></div>

<footer><p>TVSCP 7 Minute Briefing &middot; Baby Ava &middot; Page 1 of 1</p></footer>
</body></html>
"""


def build_html():
    with open(os.path.join(OUT, "sa06.html"), "w", encoding="utf-8") as fh:
        fh.write(SA06)

def build_docx():
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Kelsworth Safeguarding Partnership - LCSPR 'Zara' - OFFICIAL"
    sec.footer.paragraphs[0].text = "Kelsworth Safeguarding Partnership | Published June 2025"
    for line in SA03.strip().splitlines():
        if line.startswith("#T "):
            doc.add_heading(line[3:], level=0 if "Zara" in line else 1)
        elif line.startswith("#H "):
            doc.add_heading(line[3:], level=1)
        elif line.strip():
            doc.add_paragraph(line)
    doc.save(os.path.join(OUT, "sa03.docx"))

BUILDERS = [build_docx, build_pdf, build_html]

if __name__ == "__main__":
    for b in BUILDERS:
        b()
    print("built", [f for f in sorted(os.listdir(OUT)) if not f.endswith(".txt")])
