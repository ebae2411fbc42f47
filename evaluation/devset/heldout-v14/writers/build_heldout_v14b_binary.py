"""Build jb04.html, jb05.docx, jb06.pdf from the texts held here.
Run: /work/scratch-venv/bin/python build_binary.py"""
import os, html
from docx import Document
from fpdf import FPDF
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reports")

JB04 = [
("h1", "Corrinford Safeguarding Children Partnership - Annual Report 2023/24"),
("p", "Published September 2024"),
("h2", "Case study: learning from the LCSPR about Jade"),
("p", "In the spring of 2023 Jade, a girl in Year 9 at a Corrinford secondary school, died. The coroner later concluded that she had taken her own life. Jade lived with her mum, her stepdad and two younger brothers. Her parents had separated when she was small and her dad, who lives in the next town, saw her most weekends."),
("p", "Our partners commissioned a local child safeguarding practice review because Jade had been known to several services in the year before she died and there were questions about how they worked together. The family had never been known to children's social care. Jade was not subject to a child protection plan and had never been. The review was led by an independent reviewer using the SCIE Learning Together systems model and was published in June 2024."),
("h3", "What Jade's life was like"),
("p", "Jade loved animals and drawing, and wanted to be a vet. Her friends described her as funny and loyal. From Year 8 she was the target of unkind messages in a group chat, and she told her form tutor she was being bullied online. She began to self-harm and was referred by her GP to CAMHS in the autumn of 2022; she was assessed and placed on a waiting list for a therapy group. While she waited she went to ED twice after taking overdoses of paracetamol. On each occasion she was seen by the liaison team and discharged home with a safety plan."),
("p", "Jade's mum had herself had depression after the birth of Jade's youngest brother and was well at the time. The review found no evidence of alcohol or drug misuse by either parent and no domestic abuse in the household."),
("h3", "What the review found"),
("ul", ["Each ED attendance was treated as a separate event. Nobody stood back to ask whether the risk was growing.",
        "The school did not know about the ED attendances, and CAMHS did not know about the bullying: information was held in separate places and not shared.",
        "Jade's own words about how she felt were recorded, but her view that 'nobody gets it' was not followed up.",
        "CAMHS waiting times (then 34 weeks) were known to leaders across the system and were described in the review as a significant organisational pressure.",
        "Jade's dad was never contacted by any service, although he saw her every weekend."]),
("h3", "Recommendations"),
("ol", ["CAMHS and the acute trust to agree a process so that a second self-harm attendance triggers a multi-agency review.",
        "Schools to be notified (with consent) of ED attendances for self-harm.",
        "The partnership to run awareness sessions on online bullying and self-harm with secondary schools.",
        "All agencies to record and contact both parents where a child has contact with each.",
        "The ICB to report to the partnership on CAMHS waiting times every quarter."]),
("p", "Jade's family asked us to share her story in the hope that it will help other young people. We thank them."),
]

JB05 = [
("h", "LEARNING BRIEF"),
("h", "Local Child Safeguarding Practice Review: Baby Noah"),
("p", "Thornbury Vale Safeguarding Children Partnership | March 2022"),
("h2", "Background"),
("p", "Noah was 7 weeks old when he was admitted to hospital in August 2021 with a serious head injury (subdural haemorrhage) and rib fractures. His father later admitted shaking him. Noah survived but has a significant brain injury and is expected to have lifelong disabilities. Noah's family are of Black African heritage. He lived with his mother and father, who were in a relationship and lived together, and he was their first child."),
("p", "Mother has a mild learning disability and had support at school through a statement of SEN. Father had been treated by the perinatal-aligned psychology service for anxiety while mother was pregnant, and had seen his GP about poor sleep and low mood two weeks before the incident. Neither parent had any criminal convictions. There was no indication of domestic abuse known to any agency. Father told the midwife that he had smoked cannabis 'years ago'; this was not explored further and the review could not establish whether he was using at the time."),
("p", "Children's social care received a referral from the midwife before birth because of mother's learning disability; a pre-birth assessment concluded that the parents could meet Noah's needs with support from the health visitor and the family's church. The case was closed to CSC two weeks after the birth. Noah had never been subject to a CP plan."),
("h2", "How the review was done"),
("p", "The review used an appreciative inquiry approach: practitioners and the family's pastor took part in conversations about what worked well and what could be better."),
("h2", "Key learning"),
("b", "The pre-birth assessment focused on mother's learning disability and did not assess father, whose own anxiety and low mood were known to the GP and psychology service but were not shared with the social worker."),
("b", "Professionals did not consider how the parents would cope with crying: the ICON message was given to mother only."),
("b", "Practitioners worked well with mother's learning disability, using easy-read materials; this was good practice."),
("b", "Closing the case two weeks after birth meant that nobody was watching when father's stress was building."),
("h2", "Recommendations"),
("n", "1. Pre-birth assessments must include both parents and check GP and mental health records for each."),
("n", "2. The ICON programme should be delivered to fathers and male carers at the new birth visit."),
("n", "3. Adult mental health services should ask about an expected baby and share relevant information with midwifery and CSC."),
("n", "4. CSC to review the practice of closing pre-birth cases within weeks of birth where support plans rely on universal services."),
("p", "Glossary: CSC - children's social care; CP - child protection; GP - general practitioner; ICON - Babies cry, you can cope programme; SEN - special educational needs."),
]

JB06 = [
("h", "CONCISE CHILD PRACTICE REVIEW - SUMMARY"),
("h", "CPR Ref: CTRSCB 02/2022 - Young Person T"),
("p", "Cwm Taran Regional Safeguarding Children Board (Wales)"),
("p", "Date summary published: 15 February 2023"),
("h2", "Brief outline of circumstances"),
("p", "This Concise Child Practice Review was commissioned by the Board under the Social Services and Well-being (Wales) Act 2014 and Working Together to Safeguard People, Volume 2, following sexual exploitation of Young Person T. T was 16 years old and a looked after child living in a residential children's home outside the county when, in May 2022, she was found by police in a hotel room with two adult men. Police investigations found that she had been sexually exploited over several months by a group of adult men who supplied her with alcohol and cannabis. T required hospital treatment and has since moved to a specialist placement. She is of White Welsh heritage."),
("p", "T had become looked after at 13 after her mother's long-standing alcohol dependency and a period of homelessness. Her mother had herself grown up in care. T's father had died when she was 9. T had had 7 placements in 3 years. She had an EHCP-equivalent Individual Development Plan (IDP) for social, emotional and mental health needs, and a diagnosis of attachment disorder. She had been missing from placements 23 times in the year before May 2022. She had told her social worker she was 'drinking every weekend' and her school (a specialist provision she attended two days a week) recorded cannabis use."),
("h2", "Practice and organisational learning"),
("p", "- The CSE risk assessment was completed four times, each time rating risk as 'medium', even though missing episodes were increasing. Rising risk was not recognised."),
("p", "- T described the men as her 'boyfriends'. Professionals repeated this language and did not look past it to the exploitation."),
("p", "- The placing authority and the host authority's police did not share intelligence; the host area's exploitation panel did not know T was living there."),
("p", "- Placement moves were driven by the lack of local placements; managers acknowledged that sufficiency problems meant T was placed far from home."),
("p", "- Return home interviews were offered but T declined most of them; practitioners did not find other ways to hear her."),
("h2", "Improving systems and practice"),
("p", "1. The Board should ensure that placing authorities notify the host authority's exploitation panel within 5 working days of an out-of-area placement."),
("p", "2. Agencies should review CSE risk assessment practice so that the frequency of missing episodes triggers reassessment."),
("p", "3. The Board should issue guidance on language used in recording about children at risk of exploitation."),
("p", "4. The Regional Commissioning Group should report to the Board on placement sufficiency."),
("p", "The Child Practice Review process was followed, including a learning event with practitioners."),
]

def build_html():
    out = ["<!DOCTYPE html>", "<html><head><meta charset='utf-8'><title>Annual Report 2023/24 - case study</title></head><body>"]
    for kind, val in JB04:
        if kind in ("h1", "h2", "h3", "p"):
            out.append(f"<{kind}>{html.escape(val)}</{kind}>")
        else:
            out.append(f"<{kind}>" + "".join(f"<li>{html.escape(x)}</li>" for x in val) + f"</{kind}>")
    out.append("</body></html>")
    open(os.path.join(D, "jb04.html"), "w").write("\n".join(out))

def build_docx():
    doc = Document()
    for kind, val in JB05:
        if kind == "h": doc.add_heading(val, level=1)
        elif kind == "h2": doc.add_heading(val, level=2)
        elif kind == "b": doc.add_paragraph(val, style="List Bullet")
        else: doc.add_paragraph(val)
    doc.save(os.path.join(D, "jb05.docx"))

def build_pdf():
    pdf = FPDF(); pdf.add_page(); pdf.set_auto_page_break(True, 15)
    for kind, val in JB06:
        if kind == "h": pdf.set_font("Helvetica", "B", 13)
        elif kind == "h2": pdf.set_font("Helvetica", "B", 11)
        else: pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 6, val, new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    pdf.output(os.path.join(D, "jb06.pdf"))

if __name__ == "__main__":
    build_html(); build_docx(); build_pdf()
