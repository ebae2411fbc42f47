#!/usr/bin/env python3
"""Regenerate the two .docx reports of the tuning half of the devset.

The text of each report lives here (fictional; written for the devset).
Run with a Python that has python-docx 1.2.0, e.g.

    python3 -m venv /work/scratch-devset-venv
    /work/scratch-devset-venv/bin/pip install python-docx==1.2.0
    /work/scratch-devset-venv/bin/python evaluation/devset/tools/build_tuning_docx.py

Each report is a list of (style, text) blocks: "title", "h1", "h2", "p",
"bullet", "number" (a numbered-list paragraph; the number is written into
the text so that it survives any conversion), and "table" (a list of rows).
Core properties are fixed so that the output is reproducible in content.
"""
import datetime
import os
import sys

from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tuning", "reports")

T09 = [
    ("title", "Local Child Safeguarding Practice Review: Child H"),
    ("p", "Commissioned by the Ravensmoor Safeguarding Children Partnership (RSCP)"),
    ("p", "Lead reviewer: Anne Colley. Final report, published July 2021."),
    ("h1", "1. Introduction"),
    ("p", "1.1 This review concerns a girl who is called Child H in this report. In February 2020, when she was eleven years old, "
          "Child H told her class teacher that her stepfather had been sexually abusing her for more than a year. The school made "
          "an immediate referral to children's social care and the police. Child H's stepfather was later convicted of a number of "
          "serious sexual offences against her and is serving a long prison sentence."),
    ("p", "1.2 Ravensmoor is a county in the East of England. The safeguarding partners decided that the criteria for a local child "
          "safeguarding practice review were met because Child H had suffered serious harm from sexual abuse within her family, and "
          "because an earlier referral in 2019 had been assessed and closed."),
    ("p", "1.3 The review used the SCIE Learning Together systems model. A review team of senior representatives of the agencies "
          "worked with the lead reviewer, and eleven practitioners took part in individual conversations and a group follow-on "
          "meeting. Child H and her mother both chose to contribute, and Child H's words appear in this report with her agreement."),
    ("h1", "2. Child H and her family"),
    ("p", "2.1 Child H is of mixed White and Asian heritage. She lived with her mother, her stepfather and her older half-brother. "
          "Child H's parents separated when she was two, and her mother married her stepfather in 2015. Child H's birth father lives "
          "abroad and has had little contact with her."),
    ("p", "2.2 There was no domestic abuse in the current household. Child H's mother had experienced abuse from a former partner, "
          "the father of her son, in 2008, before Child H was born; he has had no contact with the family since 2009."),
    ("p", "2.3 In March 2019 an anonymous caller told the police that Child H's mother was using cocaine and leaving the children "
          "alone at night. The police shared this with children's social care, and a single assessment was undertaken. Mother agreed "
          "to hair strand testing, which was negative, and the concern was not substantiated. The assessment found no evidence that "
          "the children were left alone. The case was closed in May 2019. Child H had never been subject to a child "
          "protection plan."),
    ("p", "2.4 Child H's stepfather had received a police caution in 2005 for possessing indecent images of children. This was held "
          "on police systems. It was not identified during the 2019 assessment because the police checks were made only on Child "
          "H's mother, whose name was on the referral."),
    ("h1", "3. What happened"),
    ("p", "3.1 Child H was a bright pupil who had always enjoyed school. From the autumn of 2018 her teachers noticed changes in her "
          "behaviour: she had angry outbursts in class, she refused to go home at the end of the day, and on several occasions she "
          "asked to stay behind to help tidy up. She was referred to the school counsellor in spring 2019 because of anxiety and "
          "difficulty sleeping, and saw the counsellor nine times."),
    ("p", "3.2 During the 2019 assessment the social worker visited the home twice. Both times the stepfather was present and "
          "did most of the talking. Child H was seen once, at home, in the kitchen, with her mother in the next room. The social "
          "worker did not speak to the school about Child H's behaviour or the counselling."),
    ("p", "3.3 Child H told the reviewer: \"When the social worker came I thought she might ask me on my own. I would have told "
          "her. But she only asked if I was happy at school.\""),
    ("p", "3.4 In February 2020, after a lesson about keeping safe, Child H waited behind and told her teacher what was happening. "
          "The school's response was described by Child H as \"the first time anyone really listened\"."),
    ("p", "3.5 There was no evidence that Child H had been exploited by anyone outside the family."),
    ("h1", "4. Findings"),
    ("h2", "Finding 1: Children's behaviour as communication"),
    ("p", "Child H's angry outbursts and reluctance to go home were understood as a phase, or as a reaction to the 2019 referral, "
          "and not as a possible sign that something was wrong at home. Professionals did not consider what her daily life was like."),
    ("h2", "Finding 2: Assessments that do not include all the adults in the household"),
    ("p", "The 2019 assessment focused on the allegation about mother. The stepfather was present at every visit but was not "
          "assessed, and no checks were made on him. The assessment did not draw on the school's knowledge of Child H."),
    ("h2", "Finding 3: Checks and information sharing"),
    ("p", "The stepfather's caution was known to the police but was not shared because nobody asked for it. The school was not "
          "asked for information, and did not know that an assessment was taking place."),
    ("h2", "Finding 4: Accepting the account of confident adults"),
    ("p", "Practitioners described the stepfather as articulate and helpful. The review found that his account was accepted "
          "without challenge, and that nobody sought to speak to Child H alone."),
    ("h1", "5. Recommendations"),
    ("number", "1. The RSCP should seek assurance that police checks are made on every adult in a household during a single assessment."),
    ("number", "2. Children's social care should ensure that children are seen alone during assessments, and that the reasons are recorded when this is not possible."),
    ("number", "3. Children's social care should seek information from a child's school in every single assessment."),
    ("number", "4. Schools should be supported to recognise changes in behaviour as a possible indicator of sexual abuse."),
    ("number", "5. The RSCP should commission training on working with men in households, including stepfathers and partners."),
    ("number", "6. The police should review how cautions for sexual offences are flagged against addresses where children live."),
    ("number", "7. The RSCP should share Child H's words in its training, with her permission."),
]

T20 = [
    ("title", "Castlebridge Safeguarding Children Partnership"),
    ("p", "Local Child Safeguarding Practice Review: Jayden and Mia"),
    ("p", "Published 5 December 2024"),
    ("h1", "Summary"),
    ("p", "In March 2024 police forced entry to a flat in Castlebridge after a neighbour reported that young children had been "
          "crying for many hours. They found Jayden, aged 3, and his sister Mia, aged 14 months, alone. The children had been on "
          "their own for around thirty hours. Both were dehydrated and hungry; Mia was hypothermic and had severe nappy rash with "
          "skin breakdown. Both children were admitted to hospital and have since recovered. Their mother was arrested later that "
          "day and has been convicted of child cruelty. The children now live with their maternal aunt."),
    ("p", "The safeguarding partners agreed that both children had suffered serious harm as a result of neglect, and commissioned "
          "this review. The children are of mixed White British and Black African heritage."),
    ("h1", "How the review was carried out"),
    ("p", "The review used an appreciative inquiry approach. Practitioners were asked first to describe what had worked well with "
          "this family and when they had felt most able to help, and then to explore the points at which things could have gone "
          "differently. Jayden and Mia's mother and aunt both spoke to the reviewer."),
    ("h1", "The family"),
    ("p", "Jayden and Mia lived with their mother. Their mother had a series of short relationships: the review identified four "
          "partners in three years, including Jayden's father and Mia's father, none of whom was living in the household at the "
          "time of the incident. Mother told the review that she had been drinking heavily since 2022, often starting in the "
          "morning, and the GP records show she had been referred to the local alcohol service in 2023 but did not attend."),
    ("p", "In 2021 Jayden's father assaulted mother while she was holding Jayden. He was convicted of assault, a MARAC referral "
          "was made, and Jayden was subject to a child protection plan under the category of emotional abuse from June 2021 "
          "until January 2022, when the plan ended because his father had left. Mia was born in 2023 and was never subject to a "
          "child protection plan."),
    ("p", "After a further incident with a later partner in 2023, the family was rehoused by the council and supported by a "
          "domestic abuse charity's outreach worker. A child in need plan was open from May 2023 and closed in January 2024, "
          "two months before the incident."),
    ("p", "Mother is not a care leaver. It is possible that she was also suffering from depression at this time, but she was never "
          "assessed and this cannot now be known."),
    ("h1", "Key events"),
    ("table", [
        ["Date", "Agency", "Event"],
        ["May 2023", "Children's social care", "Single assessment after DA incident; CIN plan. Mother's drinking noted as 'social'."],
        ["Jul 2023", "Housing", "Move to council flat. Housing officer notes many empty bottles."],
        ["Sep 2023", "Nursery", "Jayden starts nursery (15 hours). Attendance 54% by December; absences not reported."],
        ["Oct 2023", "Health visitor", "Mia's 1-year review: two visits cancelled by mother; review done at clinic in November."],
        ["Dec 2023", "Police", "Attended flat after report of a disturbance; new partner present; no offence recorded. Not shared with CSC."],
        ["Jan 2024", "Children's social care", "CIN plan closed: 'no DA for 6 months, mother engaging'."],
        ["Mar 2024", "Police", "Children found alone (incident)."],
    ]),
    ("h1", "Findings"),
    ("h2", "1. Mother's drinking was underestimated"),
    ("p", "Several professionals saw signs of heavy drinking, but the assessment recorded it as 'social' and it was never explored, "
          "measured or included in the plan. The assessment also did not consider the history of the children's care or the "
          "pattern of mother's relationships."),
    ("h2", "2. The men in the children's lives were not known"),
    ("p", "Four partners in three years, at least two of them violent, were barely known to professionals. The partner present in "
          "December 2023 was never identified."),
    ("h2", "3. Closing the case as risk increased"),
    ("p", "The decision to close the child in need plan was based on the absence of reported domestic abuse. It did not take account "
          "of mother's drinking, the nursery absences or the cancelled health visits, which together pointed to increasing risk. "
          "Nobody challenged the closure."),
    ("h2", "4. Information not shared"),
    ("p", "The December police attendance and the nursery's concerns about attendance did not reach the social worker before the "
          "case was closed."),
    ("h2", "5. Engagement"),
    ("p", "Mother's cancelled appointments and partial engagement were taken as cooperation. The review found a pattern of "
          "superficial engagement that was not recognised."),
    ("p", "The review found that caseloads and supervision in the children's social care team were within expected levels, and "
          "managers were accessible; the issues identified were not a product of capacity or leadership."),
    ("h1", "Recommendations"),
    ("number", "1. Children's social care should use a structured tool for assessing parental alcohol use in every assessment where drinking is mentioned."),
    ("number", "2. Assessments should identify every adult in a parent's life who has contact with the children."),
    ("number", "3. Closure of a child in need plan should include a check with the nursery or school and the health visitor."),
    ("number", "4. Police should share every attendance at an address where children are open to, or recently closed by, children's social care."),
    ("number", "5. Early years settings should report persistent absence of children known to children's social care."),
    ("number", "6. The Partnership should run a campaign on the risks to young children of parental drinking."),
]

def build(blocks, path, title):
    doc = Document()
    props = doc.core_properties
    props.title = title
    props.author = "caselearn devset"
    props.created = datetime.datetime(2024, 1, 1)
    props.modified = datetime.datetime(2024, 1, 1)
    props.last_modified_by = "caselearn devset"
    props.revision = 1
    for kind, payload in blocks:
        if kind == "title":
            doc.add_heading(payload, level=0)
        elif kind == "h1":
            doc.add_heading(payload, level=1)
        elif kind == "h2":
            doc.add_heading(payload, level=2)
        elif kind == "p":
            doc.add_paragraph(payload)
        elif kind == "bullet":
            doc.add_paragraph(payload, style="List Bullet")
        elif kind == "number":
            doc.add_paragraph(payload)
        elif kind == "table":
            rows = payload
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
        else:
            raise ValueError(kind)
    doc.save(path)


def main():
    os.makedirs(OUT, exist_ok=True)
    build(T09, os.path.join(OUT, "t09.docx"), "LCSPR Child H")
    build(T20, os.path.join(OUT, "t20.docx"), "LCSPR Jayden and Mia")
    print("wrote t09.docx and t20.docx in", os.path.normpath(OUT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
