"""Build the binary/markup reports mb03.docx, mb05.pdf, mb06.html; the text of each report is held in this script.
Run: /work/scratch-venv/bin/python build_binary.py"""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reports")

# ---------------- mb03 ----------------
TITLE_03 = "Calderbrook Safeguarding Children Partnership - Local Child Safeguarding Practice Review: Ash"
PARAS_03 = [
("h", "Calderbrook Safeguarding Children Partnership"),
("h", "Local Child Safeguarding Practice Review concerning Ash"),
("p", "Lead reviewer: Dr Helen Tarrant. Published September 2023."),
("h2", "1. Introduction"),
("p", "This review concerns Ash, who died in October 2022, aged sixteen, at the family home in Calderbrook, a unitary authority in the South West of England. The coroner concluded that Ash died by suicide. Ash's family asked that the review does not state Ash's gender and that we refer to Ash as 'they', which is how Ash described themself to friends online. We have respected that wish."),
("p", "Calderbrook Safeguarding Children Partnership decided that a local child safeguarding practice review should take place because Ash had been in contact with several services in the year before their death, and because Ash's online activity, which came to light only after their death, raised questions about how services understand the digital lives of young people."),
("p", "The review used the Social Care Institute for Excellence Learning Together systems approach. I met the practitioners involved in two group conversations and read chronologies from each agency. I met Ash's mother and grandmother at home, and spoke to Ash's father by video call."),
("h2", "2. About Ash"),
("p", "Ash was autistic, diagnosed at the age of eleven, and had an Education, Health and Care Plan from Year 7. Ash loved animation, wrote long stories and had a small number of close friends, most of whom they had met online. Ash's mother said that school was 'too loud, too much, every day' and that by Year 9 Ash was anxious every morning and was sick before the school bus."),
("p", "Ash was bullied in Year 9, both in school and in a group chat in which classmates shared edited pictures of them. The school dealt with the incident in school but said it could not act on the group chat. From that point Ash's attendance fell to below 50 per cent."),
("p", "Ash began to self-harm at fourteen and was referred to CAMHS by the GP with anxiety and low mood. After an overdose of paracetamol in March 2022 Ash attended the Emergency Department and was seen by the CAMHS liaison team, who arranged follow-up. Ash did not attend three of the next four appointments and the case was closed in June 2022 with a letter to the GP. Nobody spoke to Ash or their mother about the closure."),
("h2", "3. Family circumstances"),
("p", "Ash lived with their mother and maternal grandmother. Ash's parents separated when Ash was six; the separation was amicable, and Ash's father, who moved abroad for work, kept in regular contact by phone. There was no domestic abuse in the family and no concerns regarding parental substance use were known to any agency. The family had never been known to children's social care, and Ash had never been subject to a child protection plan."),
("p", "Ash's grandmother was diagnosed with dementia in 2021 and Ash's mother became her main carer. She gave up her job in the spring of 2021 to look after both Ash and her mother. The family's income fell sharply; she relied on Universal Credit and fell behind with energy bills. She told me she had had periods of anxiety and depression since her twenties, for which she was prescribed medication, and that by 2022 she felt 'completely alone with it'."),
("h2", "4. Elective home education"),
("p", "In January 2022, after a meeting at which the school raised the possibility of legal action over attendance, Ash's mother withdrew Ash from school to educate them at home. The local authority's elective home education adviser visited once. The adviser was not told that Ash had an open CAMHS case or an EHCP that named a school; the EHCP was not reviewed to reflect the change. Ash was electively home educated at the time of their death."),
("h2", "5. Ash's online world"),
("p", "After Ash's death, police examined Ash's devices. Ash had been active for months on a forum where users shared methods of suicide and encouraged one another. Ash had also searched for information about the method used. No professional had asked Ash or their mother about what Ash did online; the CAMHS risk assessment in March 2022 recorded 'online: not explored'."),
("h2", "6. Findings"),
("p", "Finding 1. Ash's lived experience, and particularly their online life, was not understood by any of the professionals involved. Questions about digital life were not part of routine assessments of self-harm."),
("p", "Finding 2. Missed appointments were treated as a sign that Ash did not want help, rather than as a feature of an autistic young person's anxiety. The discharge process did not consider risk."),
("p", "Finding 3. The decision to home educate was not treated as a point at which risk might change. There was no reassessment of Ash's vulnerability once they left school, and the risk assessment from March was not revisited."),
("p", "Finding 4. Information was not shared between CAMHS, the school and the elective home education service. Each held a part of the picture."),
("p", "Finding 5. Practitioners did not show curiosity about how the family was coping with caring responsibilities, and did not consider a young carer's or carer's assessment."),
("p", "Finding 6. Assessments did not consider Ash's autism when analysing risk."),
("h2", "7. Recommendations"),
("p", "1. The Partnership should ensure that all agencies include questions about online activity in assessments of children who self-harm."),
("p", "2. CAMHS should revise its 'was not brought / did not attend' policy so that no child with known self-harm is discharged without a discussion with the young person, the parent and the referrer."),
("p", "3. The Local Authority should ensure that when a child with an EHCP is withdrawn for elective home education, an early review of the EHCP takes place and any open health services are informed."),
("p", "4. The Partnership should seek assurance that carers' and young carers' assessments are offered when a family takes on caring for a relative."),
("p", "5. The Partnership should share the learning from this review with the national Panel to inform its work on online harm and suicide."),
]

# ---------------- mb05 ----------------
TITLE_05 = "Fenmarsh Safeguarding Children Partnership - LCSPR Child R"
PARAS_05 = [
("h", "Fenmarsh Safeguarding Children Partnership"),
("h", "Local Child Safeguarding Practice Review: Child R"),
("p", "Reviewer: Graham Ellery, independent social work consultant. Date of publication: 12 April 2024."),
("h2", "1. Why this review was held"),
("p", "On 9 January 2023 Child R, then a pupil who had recently left Year 11 at Saltings Academy, stabbed a sixteen-year-old boy, referred to here as Young Person T, in a park in Fenmarsh, a market town in the East of England. Young Person T survived after surgery. Child R was arrested at the scene, later pleaded guilty to wounding with intent and received a custodial sentence in a young offender institution."),
("p", "Child R was born on 14 March 2007. The local authority notified the incident to the Child Safeguarding Practice Review Panel because Child R, although the perpetrator, was himself a child known to services and there were concerns about how agencies had responded to his needs. The notification was categorised as serious harm with a young person as perpetrator. A separate process considered the needs of Young Person T, who was not known to agencies and is not a subject of this review."),
("p", "The partnership chose an appreciative inquiry approach, which aims to understand what worked well as well as what did not, and to build on the strengths of practitioners. I held a workshop with fourteen practitioners and met Child R in custody, with his mother present, in November 2023."),
("h2", "2. Child R and his family"),
("p", "Child R is a White British boy who lived with his mother, his maternal grandmother and, from early 2022, his mother's new partner, Mr Sutton. Child R's parents separated when he was eight. The separation was bitter: there were three sets of private law proceedings about contact, and Child R told me he felt he was 'the rope in a tug of war'. His father lives nearby and had contact most weekends until 2021, when it stopped after an argument."),
("p", "Mr Sutton had a conviction from 2016 for assaulting a former partner. This was not known to Child R's mother when he moved in. There were no reports of domestic abuse in Child R's household, and the review found no evidence that Mr Sutton was abusive towards Child R's mother. Child R's maternal grandmother, who had moved in after a fall, has a long-standing alcohol problem; she was not involved in caring for Child R, who said he 'kept out of her way'. There was no indication, from the GP or any other agency, that Child R's mother had mental health difficulties."),
("p", "Child R had never been subject to a child protection plan and was not a looked-after child. Children's social care completed a child and family assessment in 2019, following a referral from his primary school about his anger, and closed the case with no further action."),
("h2", "3. School and the bullying Child R experienced"),
("p", "In Year 9 Child R was referred by school for an autism assessment. He was placed on the neurodevelopmental pathway waiting list, where he remained, without a diagnosis, at the time of the incident. A request for an EHC needs assessment was refused in 2021 on the grounds that his needs could be met from the school's resources."),
("p", "From Year 9 Child R was bullied persistently by a group of older boys, including Young Person T. He was filmed being hit, and the film was shared on social media. His mother reported the bullying to the school five times. The school responded to each incident separately and put sanctions in place for the other boys, but Child R was himself given fixed-term exclusions for retaliating."),
("p", "In the summer of 2022 the school suggested that Child R's mother should consider home education 'to avoid a permanent exclusion on his record'. She agreed and deregistered him. The local authority's elective home education adviser made one visit. From September 2022 Child R was electively home educated and spent most days alone."),
("h2", "4. Police and youth justice contact"),
("p", "In October 2022 police stopped Child R and found a lock knife. He said that he carried it because he was scared of being attacked again. He received an out-of-court disposal and was allocated a worker from the Youth Justice Service, who saw him three times. The school was not told of the knife, and the police did not share the information with children's social care because Child R was not an open case."),
("h2", "5. What went well"),
("p", "In keeping with the appreciative inquiry approach, I want to highlight that the youth justice worker quickly built a trusting relationship with Child R, who told her about the bullying in detail. His GP responded promptly to his mother's concerns about his sleep. Child R's mother was persistent in seeking help and engaged with every service that was offered."),
("h2", "6. Findings"),
("p", "Finding 1: The experience of being bullied, and what it was like for Child R to live with it every day, was not understood by professionals, who saw his retaliation but not its cause."),
("p", "Finding 2: The suggestion of home education as an alternative to exclusion removed Child R from the oversight of school. This was a point at which his risk changed significantly, and it was not reassessed."),
("p", "Finding 3: Information about the knife was not shared with education or children's social care."),
("p", "Finding 4: There was a lack of professional curiosity about why a boy with no previous offending began to carry a knife."),
("p", "Finding 5: Assessments did not consider the impact of the parental conflict or the changes in the household, and Child R's father and Mr Sutton were not spoken to by any professional."),
("h2", "7. Recommendations"),
("p", "1. The Partnership should seek assurance from schools that bullying involving the same child is recorded and analysed as a pattern."),
("p", "2. The Local Authority should write to all secondary schools reminding them that it is unlawful to encourage elective home education to avoid exclusion, and should monitor deregistrations."),
("p", "3. Police should refer every child found carrying a knife to the MASH, whether or not the child is known to children's social care."),
("p", "4. The Youth Justice Service should ensure that the child's school or education provider is informed of an out-of-court disposal."),
("p", "5. The ICB should report to the Partnership on waiting times for neurodevelopmental assessments for adolescents."),
("p", "6. Assessment guidance should remind practitioners to seek the views of non-resident fathers and of new partners in the household."),
]

# ---------------- mb06 ----------------
TITLE_06 = "Lowther Safeguarding Children Partnership: Local Child Safeguarding Practice Review - Kira"
BODY_06 = """
<h1>Lowther Safeguarding Children Partnership</h1>
<h2>Local Child Safeguarding Practice Review: &ldquo;Kira&rdquo;</h2>
<p class="meta">Authors: Joanne Whitlock and Dr Ravi Bains (independent reviewers) &middot; Published June 2022</p>

<h3>1. Summary</h3>
<p>Kira died in August 2021 in the supported accommodation where she had been living for five months in Lowther, a city in the North West of England. She was 17 years and 4 months old. The cause of death was mixed drug toxicity (heroin and pregabalin). At the inquest the coroner recorded an open conclusion: it could not be determined whether Kira intended to take her own life.</p>
<p>Kira was a looked-after child at the time of her death. She had been accommodated under section 20 at the age of thirteen, and was being prepared for leaving care, with a personal adviser from the leaving care team already allocated alongside her social worker.</p>
<p>We have written this review in the first person plural. We were commissioned by the Partnership to use a &lsquo;Partners in Practice&rsquo; hybrid model, combining agency chronologies, a practitioner learning event and a family conversation. Kira's aunt and her former foster carer spoke to us. Kira's mother did not wish to take part.</p>

<h3>2. Who Kira was</h3>
<p>Kira was of dual White British and Pakistani heritage. Her former foster carer described her as &ldquo;sharp, kind to the little ones, and fiercely private&rdquo;. She wanted to be a nail technician and had enrolled on a college course in 2020, but she had stopped attending by the spring of 2021 and was not in education, employment or training when she died.</p>

<h3>3. Background</h3>
<p>Kira's early childhood was marked by neglect. Her mother used heroin and crack cocaine through most of Kira's childhood and experienced depression and two psychiatric admissions. Her mother had a series of short relationships; several of the men were known to police. Kira was subject to a child protection plan for neglect from the age of nine until she came into care at thirteen. Kira's father was never identified.</p>
<p>After coming into care Kira had seven placements. At fourteen she was sexually exploited by a group of men in a neighbouring town; two were convicted. From fifteen she self-harmed by cutting and by overdose, and attended the Emergency Department four times. She was diagnosed by CAMHS with post-traumatic stress disorder. She drank heavily from fifteen and used cannabis, and from sixteen she was known to the young people's substance misuse service, which she attended sporadically.</p>
<p>At sixteen and a half Kira moved into supported accommodation run by a private provider. The accommodation was unregulated at that time. Staff were on site during the day; at night there was a single worker for three buildings.</p>

<h3>4. Key practice episodes</h3>
<ul>
<li><strong>Transition from CAMHS.</strong> CAMHS referred Kira to adult mental health services in March 2021. She was accepted onto a waiting list for the community mental health team. CAMHS then closed her case, so that in the months before her death she had no mental health worker.</li>
<li><strong>A new friendship.</strong> From May 2021 Kira spent time with a man in his thirties who visited the accommodation. Staff recorded him as her &ldquo;boyfriend&rdquo;. Kira's personal adviser was worried; the police were told in June but no action followed as Kira said the relationship was consensual.</li>
<li><strong>The pregabalin.</strong> In July Kira told her substance misuse worker that she had been &ldquo;given some pregabs to help me sleep&rdquo;. This was not shared with the social worker or the accommodation.</li>
<li><strong>The last looked-after review.</strong> Held in July 2021, the review recorded Kira as &ldquo;settled&rdquo;. The independent reviewing officer did not meet Kira alone.</li>
</ul>

<h3>5. Analysis</h3>
<p>Kira had experienced trauma throughout her life. Practitioners knew this, and many of them cared about her deeply. But the services around her worked to age thresholds and eligibility criteria rather than to what she needed. The move to supported accommodation, the CAMHS closure and the drift into her relationship with an older man all took place in a single six-month period, and no one reassessed her risk as a whole.</p>
<p>Kira's engagement with services was sporadic. She missed many appointments. Too often this was recorded as her &ldquo;choice&rdquo;, and services withdrew. We think that an exploited and traumatised seventeen-year-old cannot be expected to organise her own care.</p>
<p>Information about the older man and about the pregabalin was held by single agencies. If it had been brought together, we believe it would have been recognised that Kira was again being exploited.</p>
<p>The commissioning of the accommodation was driven by availability and cost. Night-time staffing was insufficient for a young person with Kira's history, and this was known when the placement was made.</p>

<h3>6. Findings</h3>
<ol>
<li>Kira's lived experience in her supported accommodation was not understood; records describe her as &ldquo;settled&rdquo; when she was isolated and at risk.</li>
<li>Services treated missed appointments as a young person's choice and closed cases.</li>
<li>Risk was not reassessed when several significant changes happened together.</li>
<li>Information about exploitation and drug use was not shared between agencies.</li>
<li>Commissioning decisions placed a highly vulnerable young person in accommodation that could not keep her safe.</li>
<li>Assessments and pathway plans did not reflect Kira's history of exploitation and trauma.</li>
</ol>

<h3>7. Recommendations</h3>
<ol>
<li>The Partnership should seek assurance that no young person leaves CAMHS until an adult mental health service has begun.</li>
<li>Children's Social Care should ensure that the placement of any looked-after child in supported accommodation follows a risk assessment that includes night-time arrangements.</li>
<li>The substance misuse service should share with the allocated social worker any information about new prescription or illicit drug use by a looked-after child.</li>
<li>The IRO service should ensure that every looked-after young person is offered time alone with the IRO before each review.</li>
<li>The Partnership should develop a transitional safeguarding approach for young people aged 16 to 25.</li>
</ol>
"""


def build_docx():
    from docx import Document
    d = Document()
    d.core_properties.title = TITLE_03
    for kind, text in PARAS_03:
        if kind == "h": d.add_heading(text, level=1)
        elif kind == "h2": d.add_heading(text, level=2)
        else: d.add_paragraph(text)
    d.save(os.path.join(OUT, "mb03.docx"))

def build_pdf():
    from fpdf import FPDF
    pdf = FPDF(); pdf.set_auto_page_break(True, 15); pdf.add_page()
    pdf.set_title(TITLE_05)
    for kind, text in PARAS_05:
        text.encode("latin-1")
        if kind == "h": pdf.set_font("Helvetica", "B", 14); pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "h2": pdf.ln(2); pdf.set_font("Helvetica", "B", 12); pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        else: pdf.set_font("Helvetica", "", 10.5); pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
    pdf.output(os.path.join(OUT, "mb05.pdf"))

def build_html():
    html = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title>"
            "<style>body{font-family:Arial,sans-serif;max-width:50em;margin:auto}.meta{color:#555}</style>"
            "</head><body>%s</body></html>\n") % (TITLE_06, BODY_06)
    with open(os.path.join(OUT, "mb06.html"), "w", encoding="utf-8") as f:
        f.write(html)

if __name__ == "__main__":
    build_docx(); build_pdf(); build_html(); print("built")
