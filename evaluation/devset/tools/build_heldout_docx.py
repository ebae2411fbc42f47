#!/usr/bin/env python3
"""Build the two .docx reports of the held-out development set.

Run with a Python that has python-docx 1.2.0 installed, e.g. a scratch venv
outside the repository:

    python3 -m venv /work/scratch-heldout-venv
    /work/scratch-heldout-venv/bin/pip install python-docx==1.2.0
    /work/scratch-heldout-venv/bin/python evaluation/devset/tools/build_heldout_docx.py

The report texts are embedded below in a tiny markup:
  "# "  heading level 1     "## " heading level 2     "### " heading level 3
  "- "  bullet              "N. " numbered list item   "| a | b" table row
  anything else: a paragraph.
Output: evaluation/devset/heldout-v1/reports/h05.docx and h20.docx (overwritten).
All people and places are fictional.
"""
import re
from pathlib import Path

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "heldout" / "reports"

REPORTS = {
    "h05": """\
# Westerby Safeguarding Children Partnership
# Local Child Safeguarding Practice Review: Baby Isla
Final report, approved for publication by the safeguarding partners, May 2021
Lead reviewers: Anna Prewett and Colin Mbeki (accredited Learning Together reviewers)
## 1. Introduction
In October 2020 Isla, who was then 9 weeks old, was taken to hospital by ambulance after her mother found her floppy and unresponsive. Scans showed a fractured skull, bleeding around the brain and several healing rib fractures. Medical opinion was that the injuries were inflicted and had occurred on at least two occasions. Isla survived. She has a significant brain injury and now lives with foster carers. Her father has since been convicted of causing grievous bodily harm.
Westerby is a county in the East Midlands. The Westerby Safeguarding Children Partnership agreed, following a rapid review, that this case should be the subject of a local child safeguarding practice review.
## 2. Methodology
The review used the SCIE Learning Together systems model. A systems review does not aim to find who was to blame; it asks why it made sense to people to act as they did at the time, and what this tells us about the wider system. The case group of practitioners met in three conversations with the lead reviewers. Findings are presented as patterns that apply beyond this case.
## 3. The family
Isla's mother, whom we call Jess, was 18 when Isla was born. Jess has a mild learning disability; she attended a special school and was supported by an adult learning disability nurse until she was 17. Isla's father, whom we call Kyle, was 19. Jess and Kyle had been together since they met at sixteen, and neither had had any other partner. Kyle was looked after by the local authority from the age of seven following severe neglect, lived in several foster homes, and was a care leaver supported by a personal adviser at the time of Isla's birth.
The couple had moved into a one-bedroom flat in a town where neither had family shortly before Isla was born. They had no friends locally, and Jess told professionals she often did not leave the flat for days. They relied on Universal Credit and had built up debts for furniture and energy.
Neither parent was known to use drugs or alcohol. There had been no reports or indicators of domestic abuse. Both parents engaged well, keeping almost every appointment offered.
Isla was born at term and had no health problems or disability. She is White British, as are both her parents.
## 4. Outline of professional involvement
- Midwifery identified Jess's learning disability at booking and referred to children's social care at 20 weeks of pregnancy.
- A pre-birth assessment by children's social care concluded that the parents would need support and Isla was made the subject of a child in need plan at birth. She was not subject to a child protection plan at any point before she was injured; the child in need plan was open at the time of her injuries. Isla was living at home with both parents and was not a looked-after child at that time.
- The leaving care service (part of children's social care) continued to support Kyle, mainly on housing and money.
- The health visitor made a new birth visit and two further visits. The GP saw Isla for her six-week check.
- A voluntary sector parenting service offered weekly home visits to Jess from when Isla was three weeks old.
- Housing had arranged the flat and a discretionary payment towards the deposit.
- Isla was seen in the hospital Emergency Department at 6 weeks with "a red mark" on her chest that was not examined further.
Information was shared well between agencies; all professionals had each other's details and the child in need meetings were well attended.
## 5. Findings
### Finding 1: Assessments of parents with a learning disability focus on what the mother cannot do, and miss the other carer
The pre-birth assessment was detailed about Jess's learning needs but was written as if she would be the only carer. It did not adapt its methods to her way of learning, and it contained almost nothing about Kyle, his history of care, or how he managed stress. The assessment lacked analysis of the couple as a caring unit.
### Finding 2: Care leavers who become fathers are seen as young people needing support, not as carers to be assessed
Kyle's personal adviser knew him well, but saw her role as helping him. Nobody in the system was asked to assess him as a father, and his childhood experience of neglect and abuse was not considered as something that might affect his parenting of a crying baby.
### Finding 3: Optimism about a cooperative family reduced challenge
Because the parents were polite and kept appointments, professionals were reassured. The unexplained mark at 6 weeks was not questioned, and nobody raised it with the child in need group.
### Finding 4: Child in need plans made before birth are not revisited when the baby arrives
The plan was not reviewed after Isla was born, though the demands on the parents had changed greatly. Increasing signs of strain were noted by the parenting worker but the risk was not reassessed.
### Finding 5: Supervision of newly qualified social workers
The allocated social worker was in her first year of practice. Because of vacancies in the team she had supervision only twice in five months. Leaders have acknowledged that this was below the expected standard.
## 6. Recommendations
1. The partnership should develop a practice standard for pre-birth assessments that requires assessment of every adult who will care for the baby.
2. Children's social care should ensure that the leaving care service contributes to assessments where a care leaver is expecting a child, and that the care leaver's own history informs that assessment.
3. The partnership should ensure that all child in need plans made before birth are reviewed within four weeks of the birth.
4. The safeguarding partners should seek assurance on supervision frequency for newly qualified social workers and report progress within six months.
""",
    "h20": """\
# Ashgrove Safeguarding Children Partnership
# Local Child Safeguarding Practice Review: the O children
Published: August 2024
Author: Gillian Rees-Okafor, independent reviewer
## Part 1. Introduction
This review concerns two children from one family. Baby O, a boy aged 8 months, died suddenly and unexpectedly in October 2023 in the hostel room where he lived with his mother and his sister. His sister, whom we call Temi, was aged four at the time. Temi was not harmed, but the partnership decided that she should be a subject of this review alongside her brother, so that her experience of the same circumstances would be understood.
Baby O was found unresponsive in the morning in the single bed he shared with his mother and sister. The post-mortem examination found no injuries and no evidence of natural disease. The death was classified as a sudden unexpected death in infancy. There was no evidence of alcohol or drug use by his mother on the night or at any time before.
Ashgrove is a coastal unitary authority in the South East of England. The family are Black British, of Nigerian heritage.
## Part 2. Approach
The review was carried out using a traditional methodology: each agency produced an Individual Management Review and a chronology, which the reviewer analysed with a panel of senior managers. The reviewer met the children's mother twice.
## Part 3. The family's circumstances
The children's mother, whom we call Ms A, left the family home in 2022 after domestic abuse by the children's father, which had been reported to the police and assessed at MARAC. She was supported by a voluntary sector refuge and then placed in temporary accommodation by the housing service. The parents have been separated since then; the father has had very little contact with the children.
Between December 2022 and October 2023 Ms A and the children lived at four different addresses: the refuge, two bed-and-breakfast hotels and finally a single room in a hostel, thirty miles from Ms A's friends and church. There was no space for a cot. Ms A had no income beyond benefits, which were interrupted by each move, and often relied on food parcels.
Ms A was diagnosed with postnatal depression after Baby O's birth and was prescribed antidepressants by her GP. She told the reviewer she felt "completely alone".
The family were open to children's social care under a child in need plan, made in 2022 because of domestic abuse and homelessness. Neither child was ever subject to a child protection plan. Temi attended a nursery class; staff reported no concerns about her behaviour and said she was a sociable, settled child.
## Part 4. Agencies involved
| Agency | Involvement
| Police | Domestic abuse incident, 2022; MARAC
| Refuge (voluntary sector) | Support to Ms A and the children, 2022 - 2023
| Housing service | Temporary accommodation placements
| Children's social care | Child in need plan
| Midwifery | Antenatal and postnatal care of Baby O
| Health visiting | Contacts for both children
| GP | Ms A's depression; children's health
| Hospital | Baby O admitted with bronchiolitis, February 2023
| Nursery (early years) | Temi's nursery class
## Part 5. Analysis
### Safer sleep and the children's daily life
Safe sleep advice was given to Ms A in hospital and by the health visitor. But no professional visited the hostel room, and nobody knew that three people were sleeping in a single bed. The children's daily life - where they slept, ate and played - was not understood.
### Risk changed with each move
The risk of a sudden infant death increased markedly when the family moved into the hostel. The child in need plan was not reviewed after the move, and risk was not reassessed.
### Information did not follow the family
The housing service did not tell the health visitor or the social worker about two of the moves. The health visitor was still planning to visit an address the family had left.
### The children's father
The father's whereabouts and contact with the children were never assessed; records contain only his name. Whether he posed a continuing risk, or could offer support, was not known.
### The system for temporary accommodation
Housing leaders told the review that the shortage of family accommodation meant single-room placements were used for families with babies as a matter of routine. This is a capacity issue the partnership must own.
## Part 6. Recommendations
1. The housing service should not place a family with a baby in accommodation without space for a cot, and should provide a cot where one is needed.
2. The housing service should notify the health visitor and social worker of every move of a family with a child under five.
3. Child in need plans should be reviewed after every change of address.
4. Health visitors should see where a baby sleeps at every home contact, including in temporary accommodation.
5. Children's social care should ensure that assessments record and consider both parents, including a parent who has left after domestic abuse.
6. The partnership should report on the use of single-room temporary accommodation for families with babies in its yearly report.
""",
}


def build(name: str, text: str) -> Path:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    core = doc.core_properties
    core.author = "caselearn devset (fictional)"
    core.title = text.splitlines()[1].lstrip("# ").strip()
    table_rows = []

    def flush_table():
        if not table_rows:
            return
        ncols = max(len(r) for r in table_rows)
        table = doc.add_table(rows=0, cols=ncols)
        table.style = "Table Grid"
        for i, row in enumerate(table_rows):
            cells = table.add_row().cells
            for j, value in enumerate(row):
                cells[j].text = value
                if i == 0:
                    for run in cells[j].paragraphs[0].runs:
                        run.bold = True
        table_rows.clear()

    for line in text.splitlines():
        line = line.rstrip()
        if line.startswith("|"):
            table_rows.append([c.strip() for c in line.strip("|").split("|")])
            continue
        flush_table()
        if not line:
            continue
        if line.startswith("### "):
            doc.add_heading(line[4:], level=3)
        elif line.startswith("## "):
            doc.add_heading(line[3:], level=2)
        elif line.startswith("# "):
            doc.add_heading(line[2:], level=1)
        elif line.startswith("- "):
            doc.add_paragraph(line[2:], style="List Bullet")
        elif re.match(r"^\d+\. ", line):
            # keep the number in the text so that it survives plain-text extraction
            doc.add_paragraph(line, style="Normal")
        else:
            doc.add_paragraph(line)
    flush_table()
    path = OUT / f"{name}.docx"
    doc.save(path)
    return path


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, text in REPORTS.items():
        print(build(name, text))


if __name__ == "__main__":
    main()
