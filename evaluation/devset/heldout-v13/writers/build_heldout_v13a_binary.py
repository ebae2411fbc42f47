"""Builds the three binary/markup reports of blind set a (ka06.docx, ka07.pdf, ka08.html).
Run: /work/scratch-venv/bin/python build_binary.py"""
import os, html
from docx import Document
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reports")

# ---------------------------------------------------------------- ka06.docx
KA06 = [
("h0", "Ravensmoor Local Safeguarding Children Board"),
("h1", "Serious Case Review: Baby E"),
("p", "Overview Report - Final. Approved by the Board: 6 December 2011. Published: January 2012."),
("h2", "1. Introduction"),
("p", "1.1 Baby E was a white British boy who died at home in Ravensmoor, a town in the North West of England, in March 2011, aged 15 weeks. He was found unresponsive in the early hours of the morning on a sofa, where he had been asleep on his father's chest. His father had been drinking during the evening. The post-mortem examination gave the cause of death as unascertained, consistent with sudden unexpected death in infancy, and noted that the sleeping arrangements were a significant risk factor. No injuries were found."),
("p", "1.2 The LSCB decided to conduct a serious case review because of information that emerged after Baby E's death about his father's alcohol use, which had been known to the GP but not to the health visitor, and because it was concerned about how safe sleeping advice was given to families where a parent drinks."),
("h2", "2. Terms of reference"),
("p", "The review was conducted under Chapter 8 of Working Together to Safeguard Children (2010). Individual Management Reviews were requested from the Ravensmoor Community Health Trust (health visiting), the Women's and Children's Division of Ravensmoor Hospitals (maternity), the GP practice, the Ravensmoor Alcohol Service, Lancaster Road Primary School (attended by Baby E's older brother) and the police. The Panel asked each IMR author to address the following:"),
("n", "1. What information did the agency hold about the parents' use of alcohol?"),
("n", "2. What advice about safe sleeping was given to the family, by whom and when?"),
("n", "3. Was the father included in contacts and advice?"),
("n", "4. Was information shared between agencies as it should have been?"),
("n", "5. What lessons are there for the agency and for the LSCB?"),
("h2", "3. The family"),
("p", "Baby E lived with his mother, Mrs E, his father, Mr E, and his brother, aged six, who is not a subject of this review. The parents had been married since 2003 and lived together throughout. The family had lived at the same address for five years. Mr E had been made redundant in 2010 and the family was in debt; Mrs E worked night shifts at a care home to bring in money, which meant that Mr E cared for the children alone on three nights a week."),
("p", "Mrs E had no history of mental health problems. Mr E told his GP in 2009 that he was drinking 'most of a bottle of vodka' a day. He was referred to the alcohol service and attended one assessment appointment in January 2010, then did not return. In October 2010 he was given a penalty notice for being drunk and disorderly in the town centre. The review found no evidence of domestic abuse. The family had never been known to children's social care."),
("h2", "4. Chronology of agency contact (summary)"),
("table", [
 ["Date", "Agency", "Event"],
 ["Nov 2009", "GP", "Mr E discloses heavy drinking; referred to alcohol service"],
 ["Jan 2010", "Alcohol service", "Assessment; Mr E fails to attend follow-up; discharged March 2010"],
 ["Jun 2010", "Midwifery", "Booking; Mrs E asked about alcohol (her own use) - 'none'"],
 ["Oct 2010", "Police", "Mr E penalty notice, drunk and disorderly; no children present; no notification"],
 ["Nov 2010", "Midwifery", "Baby E born at 39 weeks; safe sleep leaflet given to Mrs E"],
 ["Dec 2010", "Health visiting", "New birth visit; Mr E not present; safe sleep discussed with Mrs E"],
 ["Feb 2011", "Health visiting", "Clinic, Baby E weighed; no concerns"],
 ["Feb 2011", "School", "Brother late most mornings; school speaks to Mrs E"],
 ["Mar 2011", "Ambulance / police", "Baby E found unresponsive; pronounced dead at hospital"],
]),
("h2", "5. Analysis"),
("p", "5.1 Safe sleeping advice was given to Mrs E, correctly and on several occasions. It was never given to Mr E, who was the parent caring for Baby E at night while his mother worked. No professional asked who would care for the baby at night."),
("p", "5.2 The GP knew that Mr E drank heavily. The health visitor did not, and the GP did not tell her. The alcohol service discharged Mr E without informing the GP that he had children. The review considers that, if the health visitor had known, she would have given specific advice about the danger of sleeping with a baby after drinking, although it cannot be said that this would have prevented Baby E's death."),
("p", "5.3 The police did not consider that Mr E, found drunk in the street, might be a father of young children; there was no routine to ask."),
("p", "5.4 Practitioners did not show curiosity about the father. Assessments and advice were directed at the mother. This is a finding of many serious case reviews."),
("p", "5.5 The review did not find any issue about workload or staffing in the agencies involved."),
("h2", "6. Recommendations"),
("n", "1. The LSCB should develop a safe sleeping campaign aimed at fathers and other male carers."),
("n", "2. Health visitors should ask at the new birth visit who will care for the baby at night, and give advice to that person."),
("n", "3. GPs should record whether patients with alcohol problems have children and consider informing the health visitor."),
("n", "4. The alcohol service should ask about children at assessment and inform the GP when a parent disengages."),
("n", "5. Midwifery should ask about alcohol use by both parents at booking."),
("n", "6. The police should record whether adults arrested or given penalty notices for alcohol-related offences have children at home."),
("n", "7. The LSCB should include alcohol and co-sleeping in its multi-agency training programme."),
("n", "8. The LSCB should audit the implementation of these recommendations in twelve months."),
]

def build_docx():
    d = Document()
    for kind, val in KA06:
        if kind == "h0": d.add_heading(val, 0)
        elif kind == "h1": d.add_heading(val, 1)
        elif kind == "h2": d.add_heading(val, 2)
        elif kind == "p": d.add_paragraph(val)
        elif kind == "n": d.add_paragraph(val)
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    d.save(os.path.join(OUT, "ka06.docx"))

# ---------------------------------------------------------------- ka07.pdf
KA07 = """TENBURY CROSS LOCAL SAFEGUARDING CHILDREN BOARD

SERIOUS CASE REVIEW - CHILD N

EXECUTIVE SUMMARY

Published: September 2011

1. Introduction

1.1 This is the executive summary of the serious case review into the death of Child N, who died in July 2010 at the age of four. Child N was killed by their mother at the family's flat in Tenbury Cross, a London borough. To protect the privacy of Child N's surviving family, this summary does not give the child's sex or name.

1.2 Child N's mother, Ms N, was found unfit to plead and was made subject to a hospital order. The court heard that she was acutely psychotic at the time.

1.3 The LSCB commissioned the review under Working Together to Safeguard Children (2010). Individual Management Reviews were received from the Community Mental Health Team (CMHT) of the mental health trust, the GP practice, the primary school whose nursery class Child N attended, the health visiting service, which had seen Child N at routine reviews up to the age of two and a half, and the police, which had had no contact with the family before Child N's death. An independent author wrote the overview report.

2. Terms of reference (summary)

The review asked: what was known about Ms N's mental illness and its impact on her parenting; whether the CMHT considered the safety of Child N; whether information was shared with agencies working with Child N; and whether the warning signs of relapse were recognised.

3. Background

3.1 Child N was of Black African heritage and lived alone with Ms N. Child N's father, Mr O, lived in another borough and had Child N to stay every other weekend. The parents separated when Child N was one and remained on good terms. There was no history of domestic abuse.

3.2 Ms N had a diagnosis of bipolar affective disorder from 2006 and had two previous admissions to a psychiatric unit, before Child N's birth. She was under the care of the CMHT, with a care coordinator, and took mood stabilising medication. She had drunk heavily in her late teens, but there was no evidence of alcohol misuse in the years before Child N's death. After a move to Tenbury Cross in 2009 she had few friends locally and became increasingly isolated.

3.3 Child N attended the nursery class at Wenlock Road Primary School from September 2009 and was described as a happy, sociable child. Child N was not known to children's social care, and no referral had ever been made.

4. Summary of events

4.1 In May 2010 Ms N stopped taking her medication. Her care coordinator had left the CMHT in March and the post was vacant; Ms N was seen by a duty worker once, who recorded that she was "slightly elevated" but "coping". The CMHT record did not mention Child N.

4.2 In June 2010 the nursery noted that Ms N was talking rapidly and had said Child N was "special, chosen". The teacher told the head teacher, who decided to "keep an eye". The GP saw Ms N the same month for insomnia and prescribed sleeping tablets, without contacting the CMHT.

4.3 Mr O told the review that he had noticed Ms N was "not herself" and had rung the CMHT; no record of his call was found. No professional had ever contacted Mr O.

5. Findings

5.1 The CMHT did not consider Child N at any stage. Its risk assessment addressed the risk Ms N posed to herself, not to her child. There was no "think family" approach.

5.2 Signs of relapse - stopping medication, elevated mood, sleeplessness and unusual beliefs about the child - were seen by three agencies but never put together. The risk changed rapidly in May and June 2010 but no agency reassessed it.

5.3 The vacancy in the care coordinator post, and the absence of management oversight of Ms N's case during it, were significant.

5.4 Child N's father was a protective adult who was not known to, or involved by, any service.

5.5 Assessments of Ms N's mental state did not consider her parenting or the daily life of the child in her care.

6. Recommendations

Mental Health Trust
1. All CMHT risk assessments must record whether the service user cares for children and consider the risk to them.
2. Care coordinator vacancies must be covered by a named worker within two weeks.
3. The Trust should train staff in the Think Family approach.

GP practice
1. GPs should contact the care coordinator when a patient with a serious mental illness presents with new symptoms.
2. The practice should flag the records of children whose parents have a serious mental illness.

Tenbury Cross LSCB
1. The LSCB should issue guidance to schools and early years settings on responding to concerns about a parent's mental health.
2. The LSCB should ensure that non-resident parents are identified and contacted where a resident parent has a serious mental illness.
"""

def build_pdf():
    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in KA07.split("\n"):
        if line.strip() == "":
            pdf.ln(3)
        else:
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(OUT, "ka07.pdf"))

# ---------------------------------------------------------------- ka08.html
KA08_SECTIONS = [
("Introduction", [
"This report summarises a serious case review concerning Child L, a girl who was eleven years old and in Year 7 at her secondary school when, in October 2017, she told a teacher that her stepfather had been sexually abusing her. The abuse had taken place over about two years. Her stepfather, Mr G, was later convicted of multiple offences and imprisoned.",
"The Oakhurst Local Safeguarding Children Board decided in December 2017 that the case met the criteria for a serious case review. The review was conducted using the Significant Incident Learning Process (SILP), with agency reports, a learning event for practitioners and a recall event.",
]),
("The family", [
"Child L lived with her mother, Ms L, and Mr G, who had moved into the household in 2014. Her father died in 2012. Her younger half-brother, Mr G's son, was two. Ms L had been treated by her GP for depression since 2015.",
"Neither adult in the home had any known alcohol or drug problems. No agency held any record of domestic abuse in the household. After his conviction it emerged that Mr G had received a police caution in 2011, before he met Ms L, for possession of indecent images of children; agencies working with the family did not know this, and the police had no contact with the family before Child L's disclosure.",
"The family had no previous involvement with children's social care.",
]),
("What agencies knew", [
"Child L had no known disability. From Year 5 her primary school recorded angry outbursts, tearfulness and a fall in her work; the school put this down to her father's death and to puberty. In Year 6 the GP referred her to CAMHS with low mood; the referral was accepted and she was on the waiting list at the time of her disclosure, having not yet been seen.",
"Child L moved to Ridgeway Academy in September 2017. She was on roll there and attended well. Within five weeks she had spoken to her form tutor.",
]),
("Findings", [
"1. Professionals explained Child L's distress by her bereavement and did not ask what was happening at home now. Her behaviour was a communication that was not understood.",
"2. No professional knew who Mr G was or what part he played in caring for Child L; he collected her from school and took her to the GP, but was never spoken to.",
"3. The form tutor at Ridgeway Academy listened to Child L and acted at once. The school's designated safeguarding lead received good supervision and the school's safeguarding arrangements were found to be strong.",
]),
("Recommendations", [
"1. The LSCB should remind schools and GPs that changes in a child's behaviour should prompt curiosity about current relationships at home, including new adults.",
"2. CAMHS should contact the referrer and the school when a child is placed on the waiting list, and agree what support will be offered while the child waits.",
"3. Primary and secondary schools should share safeguarding and wellbeing information at transfer, including behaviour concerns.",
"4. The LSCB should develop practice guidance on identifying and engaging stepfathers and other male carers.",
]),
]

def build_html():
    parts = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
             "<title>Serious Case Review: Child L - Oakhurst LSCB</title></head><body>",
             "<header><h1>Serious Case Review: Child L</h1>",
             "<p>Oakhurst Local Safeguarding Children Board &middot; Published 22 June 2018</p></header>",
             "<main>"]
    for title, paras in KA08_SECTIONS:
        parts.append("<section><h2>%s</h2>" % html.escape(title))
        if title in ("Findings", "Recommendations"):
            parts.append("<ol>")
            for p in paras:
                parts.append("<li>%s</li>" % html.escape(p.split(". ", 1)[1]))
            parts.append("</ol>")
        else:
            for p in paras:
                parts.append("<p>%s</p>" % html.escape(p))
        parts.append("</section>")
    parts.append("</main><footer><p>&copy; Oakhurst LSCB 2018</p></footer></body></html>")
    with open(os.path.join(OUT, "ka08.html"), "w", encoding="utf-8") as f:
        f.write("\n".join(parts))

if __name__ == "__main__":
    build_docx(); build_pdf(); build_html()
    print("built ka06.docx ka07.pdf ka08.html")
