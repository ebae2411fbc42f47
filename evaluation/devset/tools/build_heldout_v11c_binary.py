"""Build the binary/markup reports nc04 (docx), nc05 (pdf), nc06 (html). Run with /work/scratch-venv/bin/python."""
import os, html
from docx import Document
from fpdf import FPDF
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reports")

NC04 = [
("h", "Pellingford Safeguarding Children Partnership"),
("h", "Local Child Safeguarding Practice Review: Baby M and her mother, Tia"),
("p", "Final report, published 11 November 2024. Lead reviewer: independent. Methodology: the review followed the Learning Together systems model (SCIE), with case group meetings and a single practitioner learning event."),
("h2", "1. Why this review was undertaken"),
("p", "Baby M was admitted to hospital in February 2023 at seven weeks old with a subdural haemorrhage and two healing rib fractures. Medical opinion was that the injuries were non-accidental. Baby M survived and is now living with foster carers. She is the subject of this review. Her mother, Tia, was fifteen when Baby M was born and sixteen by the time of the injuries; Tia was herself a child in need and the review also considers the services provided to her, although the partnership decided that Baby M is the only subject child."),
("p", "Baby M's father, Mr C, was nineteen. He was charged with causing grievous bodily harm to Baby M and was later convicted; that conviction arose from this incident. Before this he had a caution for possession of cannabis (2021) and a conviction for assault on a stranger outside a takeaway (2020)."),
("h2", "2. Family background"),
("p", "Tia grew up in the care of her grandmother under a special guardianship order after her own mother's heroin use; Tia was never a looked-after child. Her grandmother told practitioners that Tia had been 'a good girl until she met him'. Tia was in Year 11 at Pellingford Community College when she became pregnant. She continued on roll but her attendance dropped to 40 per cent. The school's designated safeguarding lead, Mrs Okafor, said at the learning event: 'We saw her as a pupil with a pregnancy, not a child with a baby coming.'"),
("p", "Tia and Baby M lived with Tia's grandmother. Mr C stayed 'most nights', though this was not known to the midwife or the Family Nurse Partnership nurse, who both recorded that the father was 'not involved'. Tia told the FNP nurse on three occasions that she was 'fine, just tired'. Tia had seen CAMHS at thirteen for self-harm and had been discharged after four sessions."),
("p", "Police had attended the grandmother's address twice in the autumn of 2022 after neighbours reported shouting; on the second occasion Tia had a red mark on her cheek and said she had fallen. A DASH risk assessment was recorded as standard and was not shared with children's social care until after the injury. The review considers that Tia was experiencing abuse in her relationship with Mr C."),
("p", "Children's social care had an open child in need plan for Tia, opened in the pregnancy because of her age. Baby M herself was not the subject of an assessment. No pre-birth child protection conference was held. The family's income was the grandmother's pension and Tia's child benefit; the grandmother had fallen into rent arrears and a food bank voucher had been issued."),
("h2", "3. Findings"),
("p", "Finding 1: Tia was seen as the parent and not as the child she was. Her own needs, and her experience of her relationship, were not understood."),
("p", "Finding 2: Mr C was invisible. No agency checked who he was; his convictions were known to police but not to the agencies working with Tia."),
("p", "Finding 3: The police response to the two callouts was not shared. Information-sharing between police and children's social care failed."),
("p", "Finding 4: The child in need assessment lacked history (Tia's own mother's drug use, Tia's self-harm) and did not consider the baby at all."),
("p", "Finding 5: Practitioners did not challenge Tia's reassurance or escalate their unease."),
("h2", "4. Recommendations"),
("p", "1. Children's social care to ensure that where a parent is under 18 there is a separate assessment of the unborn or newborn baby."),
("p", "2. Police to share all domestic abuse incidents involving a child parent with CSC within 24 hours."),
("p", "3. The FNP and midwifery services to record and check the identity of the baby's father at booking."),
("p", "4. The partnership to run 'seeing the men' practice workshops."),
("p", "5. Schools to include pregnant pupils in safeguarding case discussion as children in their own right."),
("p", "6. The partnership to audit pre-birth practice for parents under 18 within 12 months."),
]

NC05 = """RAPID REVIEW (CONFIDENTIAL)
Calderholme Local Safeguarding Children Board
Date: 30/10/2022

Young person: Child T (known in school as "Tyrese")
Age: 14 yrs 9 mths at incident
Gender: male
Ethnicity: Mixed - White and Black African
Incident date: 16 September 2022
Category: serious harm. Child T was the victim, not the perpetrator, of a stabbing.

Incident
T was stabbed twice in the leg in a park near his home by an older teenager in a dispute linked to drug dealing. He required surgery and was in hospital for 9 days. T had been carrying a knife himself in the weeks before.

Relevant history
- Lives with mum and 2 younger sisters (sisters not subjects). Dad in prison (robbery, 2019). Parents separated 2018.
- Mum: anxiety and depression, seen by talking therapies 2021. No parental substance misuse known to any agency.
- Permanently excluded from Calderholme High in March 2022 (Year 9) after bringing a lock-knife to school. Placed at the Bridge PRU; attendance 31%.
- YOT: referral order (possession of bladed article), from May 2022. YOT worker concerned about older associates and "going country"; NRM referral considered but not made.
- CSC: single assessment July 2022 closed NFA with signposting to the youth service. No CP plan ever.
- Cannabis use "daily" per T's own account to YOT.
- Missing episodes x4 (June-Aug 2022), all from home, returned himself.
- School DSL at PRU noted: "T says he doesn't feel safe walking to the Bridge."
- T's own words to YOT worker: "If I don't carry, I'm the one that gets it."

Analysis
Exclusion was the turning point: the loss of a mainstream place removed structure and placed T alongside older peers involved in dealing. Agencies recognised criminal exploitation individually but the contextual risk was never assessed together. The CSC assessment was closed with no exploration of missing episodes. Nobody engaged T's father or considered his influence. YOT and PRU did share information well with each other.

Learning points
- Exclusion of a child open to YOT should prompt a multi-agency meeting.
- Contextual safeguarding approach needed for places (park, route to PRU).
- Missing episodes should be linked to exploitation screening.

Recommendations
1. Partnership to adopt a contextual safeguarding pilot in the Calder ward.
2. Schools to hold a multi-agency meeting before permanent exclusion of a child known to YOT.
3. CSC to require management sign-off where an assessment with missing episodes closes NFA.
"""

NC06 = [
("h1", "Brantwick Safeguarding Children Partnership"),
("h2", "Practice learning briefing: Sam"),
("p", "Published: June 2025. This briefing summarises a local child safeguarding practice review. The full report is not being published to protect the family."),
("h3", "About Sam"),
("p", "Sam was 13 years old (Year 8) when Sam was admitted to a paediatric ward in March 2024 after an overdose of paracetamol. Sam survived without lasting liver damage. The family asked that Sam's gender and ethnicity are not included in this briefing, and we have respected that."),
("p", "Sam had been home educated since Year 7, when the parents withdrew Sam from Brantwick Academy after what they described as months of bullying about Sam's weight. The local authority's elective home education adviser visited once. Sam had been on the CAMHS waiting list for an eating disorder assessment for five months; the GP had referred and the referral was accepted."),
("p", "Sam lived with both parents. There was no children's social care involvement before the overdose; the family was not known. Sam's mother had an eating disorder in her teens and disclosed this to the GP. There was no suggestion of alcohol or drug use by either parent."),
("h3", "Sam's voice"),
("p", "In a letter written for the review Sam said: 'At home I was invisible because I was always there. Nobody came to see me except the lady about maths.'"),
("h3", "What we learned"),
("ul", ["Children who are home educated can become unseen; no professional had a full picture of Sam's daily life.",
        "The CAMHS waiting list did not include any check-in for risk; changing risk (weight loss, withdrawal) went unnoticed.",
        "The GP did not share the referral with the EHE adviser, and the EHE adviser had no route to ask.",
        "Professionals accepted that home education was going well without curiosity about why Sam had left school."]),
("h3", "What we are doing"),
("ul", ["CAMHS has introduced a monthly risk call for waiting-list young people.",
        "The EHE team will be told (with consent) of CAMHS referrals for home-educated children.",
        "Practice guidance on home-educated children with health needs is being rewritten."]),
]

def build_docx():
    d = Document()
    for kind, text in NC04:
        if kind == "h": d.add_heading(text, level=1)
        elif kind == "h2": d.add_heading(text, level=2)
        else: d.add_paragraph(text)
    d.save(os.path.join(OUT, "nc04.docx"))

def build_pdf():
    pdf = FPDF(); pdf.add_page(); pdf.set_font("Helvetica", size=10)
    for line in NC05.split("\n"):
        pdf.multi_cell(0, 5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(OUT, "nc05.pdf"))

def build_html():
    parts = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>Practice learning briefing: Sam</title></head><body>"]
    for kind, val in NC06:
        if kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{html.escape(x)}</li>" for x in val) + "</ul>")
        else:
            parts.append(f"<{kind}>{html.escape(val)}</{kind}>")
    parts.append("</body></html>")
    open(os.path.join(OUT, "nc06.html"), "w", encoding="utf-8").write("\n".join(parts))

if __name__ == "__main__":
    build_docx(); build_pdf(); build_html()
