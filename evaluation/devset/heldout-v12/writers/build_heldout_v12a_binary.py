#!/usr/bin/env python3
"""Build the binary/markup reports of blind set a (ma05.docx, ma06.pdf, ma07.html).

Run with /work/scratch-venv/bin/python (python-docx 1.2.0, fpdf2 2.8.9).
The text of each report is held here.
"""
import html
import os

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reports")

# ---------------------------------------------------------------- ma05.docx
MA05 = [
    ("title", "Northbridge Safeguarding Children Partnership"),
    ("title", "Learning Summary - Rapid Review: Young Person R"),
    ("p", "Issued by the NSCP Business Unit, September 2025. This summary shares the learning from a "
          "rapid review held in December 2024. It is for practitioners in all agencies and may be "
          "used in team meetings and training. It does not replace the full rapid review, which is "
          "confidential."),
    ("h", "About R"),
    ("p", "R was 16. He is Black British (Caribbean heritage) and lived at home with his mum and two "
          "younger sisters. His dad moved back to Jamaica when R was three and there has been no "
          "contact since. R is described by those who knew him as funny, loyal to his friends and "
          "keen on music production; he had recorded tracks with a youth worker."),
    ("h", "What happened"),
    ("p", "In late November 2024 R was stabbed in the leg and abdomen in a stairwell of a block of flats "
          "in another town, about 40 miles from home. He needed emergency surgery and survived. Police "
          "found a quantity of class A drugs and a phone used as a 'deal line' near the scene. The "
          "local authority notified the incident as serious harm; the rapid review agreed the "
          "primary harm was criminal exploitation (county lines)."),
    ("h", "What agencies knew before"),
    ("b", "School: R was permanently excluded from Year 10 in 2023 after a fight and was on the roll "
          "of the Northbridge Pupil Referral Unit. He had not attended since January 2024."),
    ("b", "Youth Justice Service: R was on a referral order (possession with intent to supply, "
          "2023). His YJS worker saw him weekly and recorded his own words about 'owing money' to "
          "older boys. R's voice is clearly heard throughout the YJS records."),
    ("b", "Children's social care: R was subject to a child protection plan under the partnership's "
          "extra-familial harm pathway from June 2024, and was not a looked-after child. A National "
          "Referral Mechanism referral had been made."),
    ("b", "Police: five missing episodes in 2024, two of which ended with R being found in other "
          "counties. Intelligence linked R to an organised drug line."),
    ("b", "Hospital: ED attendance in August 2024 with a hand laceration; R said he 'cut it on a "
          "fence'."),
    ("b", "Voluntary sector: a mentoring charity (StreetSafe) had worked with R since spring 2024."),
    ("b", "R smoked cannabis daily and had told his YJS worker this 'helps me sleep'."),
    ("b", "Professionals considered whether R was also being sexually exploited; there was no "
          "indication of this."),
    ("b", "No concerns about mum's mental health, drug or alcohol use, or about domestic abuse in "
          "the home, were identified by any agency. Mum worked two jobs and asked repeatedly for help."),
    ("h", "What the rapid review found"),
    ("p", "Professionals around R were curious, challenged each other and escalated concerns when they "
          "had them; the review did not find a lack of professional challenge. The difficulties lay "
          "elsewhere:"),
    ("n", "Police intelligence about the drug line and the addresses R was found at was not shared with "
          "the YJS worker or the CP conference, because it was graded as restricted."),
    ("n", "The risk to R rose sharply after the August injury, but the CP plan was not reviewed until "
          "the scheduled review date in October. The plan's actions stayed the same."),
    ("n", "R's non-attendance at the PRU and at mentoring sessions in the autumn was recorded as 'R's "
          "choice' rather than as a sign of control by others."),
    ("n", "Mum's requests for a move out of the area were not acted on."),
    ("h", "Learning for practice"),
    ("b", "Disengagement is a risk indicator, not a choice: ask who benefits when a child stops "
          "turning up."),
    ("b", "An unexplained injury in a child known to be exploited should trigger an early review "
          "of the plan."),
    ("b", "Restricted intelligence can still be shared in a sanitised form: talk to your police "
          "single point of contact."),
    ("h", "Decision"),
    ("p", "The partnership decided that an LCSPR was not needed because the learning is being "
          "addressed through the regional county lines review. The Panel agreed."),
]


def build_docx():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    for kind, text in MA05:
        if kind == "title":
            doc.add_heading(text, level=1)
        elif kind == "h":
            doc.add_heading(text, level=2)
        elif kind == "b":
            doc.add_paragraph(text, style="List Bullet")
        elif kind == "n":
            doc.add_paragraph(text, style="List Number")
        else:
            doc.add_paragraph(text)
    doc.save(os.path.join(OUT, "ma05.docx"))

# ---------------------------------------------------------------- ma06.pdf
MA06_HEAD = [
    "SOUTHFOLD SAFEGUARDING CHILDREN PARTNERSHIP",
    "RAPID REVIEW - Baby T",
    "Sudden unexpected death in infancy (SUDI) - national template, table format",
    "OFFICIAL-SENSITIVE. Date of report: 06/02/2025",
]
MA06_TABLES = [
    ("Part A - Notification", [
        ("Partnership", "Southfold Safeguarding Children Partnership (South West)"),
        ("Date incident", "11/01/2025"),
        ("Date LA aware", "13/01/2025"),
        ("Notified to Panel", "15/01/2025 (3 working days)"),
        ("RR meeting", "29/01/2025"),
        ("Category", "Death"),
    ]),
    ("Part B - Child", [
        ("Alias", "Baby T"),
        ("Age", "15 weeks"),
        ("Sex", "Female"),
        ("Ethnicity", "Asian British - Pakistani"),
        ("Health", "Born at 34 weeks, 5 days on neonatal unit. No ongoing health problems."),
        ("CP plan", "No - never"),
        ("CSC history", "Family never known to CSC"),
        ("LAC", "Not looked after"),
        ("Lived with", "Both parents (married, living together) and 3 older siblings (9, 7, 4)"),
    ]),
    ("Part C - Circumstances", [
        ("Summary", "Found unresponsive approx 05:30 on sofa where father had fallen asleep "
                    "holding her after a late feed. Ambulance called; CPR; pronounced dead at "
                    "Southfold District Hospital."),
        ("Sleep environment", "Sofa. Moses basket in parents' room. Room warm (heater on)."),
        ("Alcohol", "Father may have been drinking earlier that evening - police account unclear, "
                    "not confirmed."),
        ("Drugs", "Father told police he had smoked cannabis at about 23:00."),
        ("Smoking", "Father smokes; not in the house, per mother."),
        ("Home conditions", "Good. No evidence of neglect of any of the children."),
        ("Finances", "Father lost his job Nov 2024. Family had used a food bank twice in December."),
        ("Mother MH", "No history of mental health problems. EPDS normal at 10 days and 6 weeks."),
        ("Father MH", "-"),
        ("DA", "Not known"),
        ("PM", "Awaited. Cause of death unascertained pending; no injuries found at initial exam."),
    ]),
    ("Part D - Agency contact before incident", [
        ("Midwifery", "Routine AN care; safe sleep leaflet given at discharge from neonatal unit."),
        ("Hospital", "Neonatal unit 5 days - safe sleep discussed with mother only."),
        ("Health visiting", "New birth + 6-8 wk visit, mother only present. Safe sleep "
                            "covered. Father at work both times."),
        ("GP", "8 wk and 12 wk immunisations. Mother's 6 wk check."),
        ("School", "Siblings (9 and 7) at Ashcombe Primary - good attendance, no concerns."),
        ("Voluntary", "Southfold food bank (Dec 2024)."),
    ]),
]
MA06_TAIL = [
    ("Part E - Analysis / learning", [
        "1. Safe sleep advice was given to mother only. Father, who did night feeds, was never "
        "spoken to by any health professional. Fathers remain outside the safe sleep conversation.",
        "2. The change in the family's circumstances (job loss, food bank use, father doing more "
        "night-time care) was not known to health, so no re-visit of safe sleep advice was offered.",
        "3. Parents engaged with every universal appointment offered; this was not a family that "
        "avoided services.",
        "4. Information sharing between the neonatal unit, midwifery and HV was timely; discharge "
        "summary reached the HV within 48 hours.",
    ]),
    ("Part F - Decision", [
        "LCSPR: not required. The circumstances are consistent with the Panel's national review "
        "findings on SUDI; learning to be taken into the Southfold safe sleep programme. Panel "
        "agreed on 12/02/2025.",
    ]),
    ("Part G - Recommendations", [
        "1. HV and midwifery to record the name of every adult providing night-time care and to "
        "deliver safe sleep advice to both parents, including by phone or video where a father "
        "is at work.",
        "2. The partnership to add an 'unplanned' sleep conversation (sofa, alcohol, drugs, "
        "changes in routine) to the 12-week immunisation contact at GP practices.",
    ]),
]


def build_pdf():
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    for line in MA06_HEAD:
        pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for title, rows in MA06_TABLES:
        pdf.set_font("Helvetica", "B", 11)
        pdf.multi_cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
        with pdf.table(col_widths=(40, 140), first_row_as_headings=False) as table:
            for k, v in rows:
                row = table.row()
                row.cell(k)
                row.cell(v)
        pdf.ln(3)
    for title, paras in MA06_TAIL:
        pdf.set_font("Helvetica", "B", 11)
        pdf.multi_cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
        for p in paras:
            pdf.multi_cell(0, 5, p, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        pdf.ln(2)
    pdf.output(os.path.join(OUT, "ma06.pdf"))

# ---------------------------------------------------------------- ma07.html
MA07_TITLE = "7 Minute Briefing - LCSPR Child Q"
MA07 = [
    ("h1", "Wyebury Safeguarding Children Partnership"),
    ("h2", "7 Minute Briefing: Child Q (Local Child Safeguarding Practice Review, published June 2024)"),
    ("p", "To protect Child Q's identity this briefing does not give Child Q's sex, and uses 'they' "
          "throughout."),
    ("h3", "1. Background"),
    ("p", "Child Q was 9 when, in the spring of 2023, they told a teaching assistant at their special "
          "school that their stepdad 'hurts my private parts'. Child Q is autistic (diagnosed at "
          "6) and uses a communication app and some signing. Child Q is White British."),
    ("p", "Child Q lived with their mother, their mother's partner (called 'the stepfather' here) and "
          "a younger half-sibling. The stepfather had moved in during 2021. He was later convicted "
          "of sexual offences against Child Q and is serving a long sentence. Police checks after "
          "the disclosure found he had a previous conviction (2014) for possessing indecent images "
          "of children, which no agency working with the family knew about."),
    ("p", "The review categorised the harm as intrafamilial child sexual abuse. Child sexual "
          "exploitation was considered and was not a feature."),
    ("h3", "2. Why it matters"),
    ("p", "Disabled children are more likely to be abused and less likely to be heard. Child Q had "
          "been showing distress for months - soiling, head-banging and refusing to get on the "
          "school bus on Mondays - but these were put down to autism."),
    ("h3", "3. What was known"),
    ("ul", [
        "Child Q had been subject to a child protection plan (emotional abuse) aged 5, ending in "
        "2019, after concerns about parental conflict between mother and Child Q's father. "
        "Child Q's parents separated that year and Child Q has had no contact with their father since.",
        "At the time of the disclosure the family was open to the disabled children's team for "
        "short breaks, provided by a local charity.",
        "Mother has a learning disability and grew up in local authority care from 8 to 18, after "
        "being abused herself as a child.",
        "In 2022 police shared intelligence with the MASH that the stepfather had been seen "
        "with a 'known sex offender'; this was recorded on the mother's file only.",
        "The GP knew the stepfather was living at the address because he registered there.",
    ]),
    ("h3", "4. What the review found"),
    ("ul", [
        "Child Q's behaviour was seen only through the lens of their autism; their daily life and "
        "what they were trying to communicate were not explored.",
        "The stepfather was never checked, seen or assessed by the disabled children's team.",
        "Police intelligence did not reach the social worker.",
        "Professionals did not question why Child Q's behaviour had changed; no one escalated.",
        "The short-breaks assessment was a resource assessment, not a safeguarding one.",
    ]),
    ("h3", "5. Recommendations"),
    ("ol", [
        "All assessments of disabled children to include who lives in the home and any checks "
        "on new adults.",
        "MASH to attach intelligence to the child's record, not only the adult's.",
        "Special schools to use communication tools to ask children how they feel at home, "
        "at least termly.",
        "Training on diagnostic overshadowing for all partner agencies.",
        "The partnership to test these changes through a multi-agency audit in 2025.",
    ]),
    ("h3", "6. How the review was done"),
    ("p", "The review used an appreciative inquiry approach, asking practitioners what had worked "
          "well in other cases and what would have helped here. Child Q's mother took part."),
    ("h3", "7. Questions for you"),
    ("ul", [
        "How do you know what a child who does not use speech is telling you?",
        "When a new adult joins a household, who checks?",
    ]),
]


def build_html():
    parts = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
             "<title>%s</title></head><body>" % html.escape(MA07_TITLE)]
    for kind, content in MA07:
        if kind in ("ul", "ol"):
            parts.append("<%s>" % kind)
            for item in content:
                parts.append("<li>%s</li>" % html.escape(item))
            parts.append("</%s>" % kind)
        else:
            parts.append("<%s>%s</%s>" % (kind, html.escape(content), kind))
    parts.append("<footer><p>Wyebury Safeguarding Children Partnership - briefing issued July 2024"
                 "</p></footer></body></html>")
    with open(os.path.join(OUT, "ma07.html"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(parts) + "\n")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    build_docx()
    build_pdf()
    build_html()
    print("built ma05.docx, ma06.pdf, ma07.html")
