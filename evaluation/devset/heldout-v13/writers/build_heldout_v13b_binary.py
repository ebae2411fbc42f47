"""Build the three binary/markup reports (kb08.docx, kb09.pdf, kb10.html) of blind set b.
Run: /work/scratch-venv/bin/python build_binary.py"""
import os, html
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reports")

# ---------------------------------------------------------------- kb08 (docx)
KB08 = [
("title", "Greyfold Safeguarding Children Partnership"),
("title", "Local Child Safeguarding Practice Review: The W Children"),
("p", "Final report. Published 30 April 2025."),
("p", "Lead reviewer: Joanna Pettifer, independent social work consultant. The review used a hybrid approach combining agency chronologies, a practitioner learning event and conversations with family members."),
("h", "1. Summary"),
("p", "This review is about two brothers, called here Alfie and Leo. In February 2024 Alfie, aged three years and two months, was taken to hospital in cardiac arrest and died two days later. A post-mortem found a severe head injury and bruising of different ages. His brother Leo, then 18 months old, was examined the same day; a skeletal survey showed healing fractures to two ribs and to his left wrist. Leo recovered and now lives with foster carers."),
("p", "The boys were living with their paternal aunt, Ms W, and her partner, Mr H, under a child arrangements order made in private law proceedings in 2023. In 2025 Mr H was convicted of Alfie's murder and of causing grievous bodily harm to Leo. Ms W was convicted of causing or allowing the death of a child."),
("h", "2. The family"),
("p", "The boys' father died in a road traffic collision in 2022. Their mother, Ms K, has used heroin and crack cocaine since her late teens. After the father's death she asked Ms W, his sister, to look after the boys while she went into residential rehabilitation. She left rehab after six weeks, relapsed, and agreed that the boys should stay with Ms W. She saw them about once a month, supervised by Ms W, until the autumn of 2023."),
("p", "Ms W was 26 and had no children of her own. Mr H moved in with her in May 2023. He had a conviction from 2017 for assault occasioning actual bodily harm on a man outside a nightclub, and a caution from 2020 for criminal damage. Ms W told a health visitor in October 2023 that Mr H had a 'short fuse' but had 'never laid a finger' on her; no domestic abuse was ever reported to police, and the review found no evidence of it."),
("p", "Ms W had been treated by her GP for anxiety since 2021. The household lived in a privately rented two-bedroom terraced house. Ms W had given up work to care for the boys and had applied to the council for help with costs; a kinship allowance was refused because the local authority had not placed the children."),
("p", "Both boys were white British. Neither had any known health condition. Neither was a looked-after child at any point before Alfie's death; the local authority's position was that this was a private family arrangement."),
("h", "3. What happened: key periods"),
("p", "March to June 2023. Ms W contacted children's services asking whether she could be a foster carer for the boys. The MASH recorded the enquiry and advised her to seek a child arrangements order. No assessment was done. Cafcass completed safeguarding checks for the private law application; these checked Ms W but not Mr H, who was not yet in the household when the application was made."),
("p", "June to December 2023. The health visitor saw Leo at his one-year review in the home and noted a new adult male. She recorded his first name only. Alfie started at Little Acorns nursery in September 2023 and was absent for 31 of 62 sessions. Nursery staff noted a bruise to his ear in November; Ms W said he had fallen off the sofa. The nursery recorded this on its concerns log but did not refer."),
("p", "January 2024. Leo was seen by the GP with a swollen wrist; Ms W said he had trapped it in a door. The GP referred him to the Emergency Department, where an X-ray was not performed because the swelling had gone down by the time he was seen. The ED did not check the child protection information system and no safeguarding referral was made."),
("p", "February 2024. Mr H called an ambulance saying Alfie had collapsed."),
("h", "4. Findings"),
("p", "Finding 1: Kinship arrangements made outside the care system receive almost no assessment or support, and the adults who join such households later are not known to anyone. (Mr H was never assessed by any agency.)"),
("p", "Finding 2: The injuries seen by the nursery, the GP and the ED were each explained plausibly by the carer and accepted without curiosity. None of the professionals who saw them knew what the others had seen."),
("p", "Finding 3: The boys' lives in the household - their absences, their mother's disappearance from their lives, Alfie's quietness described by nursery staff - were not explored from their point of view."),
("p", "Finding 4: Ms W's request for support in spring 2023 was treated as a query about a legal route rather than as a family asking for help."),
("h", "5. Recommendations"),
("p", "1. Greyfold Council should ensure that every enquiry from a relative caring for a child whose parents cannot care for them leads to a kinship assessment and an offer of support, whatever the legal route."),
("p", "2. The Partnership should remind all agencies that any adult joining a household with young children should be identified and, where there are concerns, checked."),
("p", "3. Early years settings should be reminded of the requirement to refer bruising in non-mobile and young children in line with the Partnership's bruising protocol."),
("p", "4. The ICB should seek assurance that the Emergency Department checks the child protection information system for every child under five attending with an injury."),
("p", "5. Greyfold Council should review its kinship allowance policy for children in private family arrangements."),
("h", "Glossary"),
("p", "CAO - child arrangements order; ED - Emergency Department; ICB - Integrated Care Board; MASH - Multi-Agency Safeguarding Hub."),
]

# ---------------------------------------------------------------- kb09 (pdf; latin-1 only)
KB09 = """CONFIDENTIAL
Rapid Review - submission to the Child Safeguarding Practice Review Panel
Partnership: Oakmere and Fenby Safeguarding Children Partnership (East of England)
Date: 6 June 2025

Subject: "Young Person S"
To protect the young person's identity this report does not give their name, gender or exact age. They are in Year 9.

1. Circumstances of the notification
On 14 May 2025 Young Person S was injured during a physical restraint by two staff at Fenby Hall, a 52-week residential special school registered as a children's home, where they had lived since March 2023. S sustained a fractured humerus and facial bruising. A hospital doctor raised concern that the injuries were not consistent with the staff account. The police are investigating; both staff members are suspended. The notification was made as serious harm, physical abuse by a person in a position of trust.

2. About S
- Autistic, with a severe learning disability; uses some Makaton and a picture exchange system. Has an EHCP naming Fenby Hall.
- History of behaviour that challenges (hitting out, self-injury by head-banging), particularly during transitions.
- Accommodated under s20 since placement began; a looked-after child of Oakmere County Council. Placed out of county, 70 miles from home. Oakmere Disabled Children's Team hold case responsibility.
- Not subject to a CP plan at the time, and never has been.
- S's mother and stepfather live in Oakmere with S's two younger half-siblings. Mother visits fortnightly. S's birth father has parental responsibility and sees S at Christmas and in the summer.
- Before 2023 S lived at home and had overnight short breaks at Ivy Lodge (two nights a week) and a family support worker from a short breaks charity. The family's request for residential placement followed a period in which S's mother was injured by S and the family reached crisis point.
- There is no known history of domestic abuse, parental substance misuse or parental mental ill-health in either parent's household (information from the Disabled Children's Team, the GP and police checks).

3. Key information from agencies
- Fenby Hall: 14 restraints of S recorded in the 6 months before the incident; 6 in April 2025 alone. Restraint reports were sent to Oakmere placements team as required. No analysis of frequency was made by the home or the placing authority.
- IRO: the last looked-after review (Feb 2025) recorded "restraints reduced". This was not accurate; figures were not provided to the IRO.
- Social worker: last statutory visit Jan 2025; S was seen in the classroom with staff present. The record does not say how S's wishes were sought.
- Mother: told the social worker in March 2025 that S had "new bruises on the arms" at a home visit and that S had become frightened of getting back into the car to return to school. The social worker asked the home, who said S had bumped into a door frame. Not escalated.
- Host authority LADO: had received 2 earlier referrals about restraint at Fenby Hall concerning other children in 2024; Oakmere was not told.
- School nurse (Fenby Hall) and CAMHS learning disability team: CAMHS LD had completed a positive behaviour support plan in 2024; it was not in use by the care staff on shift.

4. Analysis - emerging learning
4.1 S's experience. S's means of communication was not used to find out what S was experiencing. Changes in S's behaviour (refusing to return, distress in the car) were S's way of telling the adults something.
4.2 Restraint data. Restraint reports were received but not read as a pattern. Nobody tracked escalation.
4.3 Information held about the provider. The LADO's knowledge of earlier concerns at the home did not reach the placing authority or the IRO.
4.4 Parents' concerns. S's mother raised the bruising; her concern was accepted at the home's explanation. S's father was not consulted.
4.5 Capacity. The Disabled Children's Team had a 40% vacancy rate and the social worker held 27 cases. Oversight of out-of-county placements was limited.

5. Decision
The partnership has decided to undertake an LCSPR jointly with the host partnership, focusing on children with learning disabilities placed in residential special schools. The national Panel's 2022 review of residential settings will inform terms of reference.

6. Immediate actions already taken
- All children placed at Fenby Hall by Oakmere visited within 10 days.
- Restraint data for all Oakmere children in residential settings requested.
- LADO information-sharing protocol with host authorities under review.
"""

# ---------------------------------------------------------------- kb10 (html)
KB10_TITLE = "7 Minute Briefing: Baby L - Local Child Safeguarding Practice Review"
KB10 = [
("h1", "7 Minute Briefing: Baby L"),
("p", "Selbourne Children's Safeguarding Partnership. Learning from a Local Child Safeguarding Practice Review published in September 2025."),
("h2", "1. Why this review?"),
("p", "Baby L died suddenly and unexpectedly in December 2024, seven weeks after she was born. She was found unresponsive in the morning on a sofa where she had been sleeping with her mother. The post-mortem did not find a cause; the death was recorded as a sudden unexpected death in infancy, with unsafe sleep identified as a contributory factor. There was no evidence of inflicted injury."),
("h2", "2. The family"),
("p", "Baby L's mother, Chloe, was 17. Chloe had been looked after by Selbourne since she was 13, after years of neglect and her own mother's heavy drinking, and was supported by a personal adviser from the leaving care team from her 16th birthday. Chloe and Baby L lived together in a parent and child foster placement with experienced foster carers, Mr and Mrs B. Baby L was not herself a looked-after child; the placement was arranged for Chloe and included Baby L under a child in need plan."),
("p", "Baby L's father, Dean, was 19. He visited most days. He and Chloe had separated before the birth but stayed on good terms. Police had been called to an argument between them in a park in May 2024, and no offences were identified."),
("p", "Chloe had been treated for depression with anxiety since she was 15 and had been seen by the perinatal mental health team twice during her pregnancy. She told her midwife she had stopped using cannabis when she found out she was pregnant. No-one recorded any concern about Dean's mental health or substance use, and he was not asked."),
("h2", "3. What happened"),
("ul", ["Midwifery, the Family Nurse Partnership and Chloe's social worker all gave safe sleep advice before and after the birth.",
        "The foster carers were told that Chloe was to care for Baby L independently at night 'to build confidence'. Nobody checked what sleeping arrangements were being used at night.",
        "In the two weeks before the death Chloe told her family nurse she was 'exhausted' and sometimes fell asleep feeding Baby L downstairs so as not to wake the foster carers.",
        "This was recorded but not shared with the social worker or the foster carers.",
        "Dean was never given safe sleep advice; he was described in records as 'the visiting dad'."]),
("h2", "4. What we learned"),
("ul", ["A young mother in care is a child as well as a parent: plans tested her parenting but did not support her as a tired 17-year-old.",
        "Information shared with one practitioner stayed with that practitioner.",
        "Fathers who do not live with the baby are still carers; Dean was not included.",
        "Safe sleep advice was given but the real night-time routine in the placement was never explored."]),
("h2", "5. What went well"),
("p", "Chloe attended every antenatal appointment and engaged well with her family nurse and personal adviser. The review found no concerns about her engagement with services."),
("h2", "6. Recommendations"),
("ol", ["The Partnership should develop a safe sleep protocol for parent and child foster placements, including night-time arrangements.",
        "The Family Nurse Partnership should ensure that disclosures of exhaustion or falling asleep while feeding are shared with the allocated social worker.",
        "All agencies should record and offer safe sleep advice to fathers, whether or not they live with the baby.",
        "Children's social care should ensure that plans for looked-after young parents assess their own needs as children alongside their parenting."]),
("h2", "7. Questions to reflect on"),
("p", "Where does the baby sleep at 3am? Who else is caring for the baby? Whose tiredness are you hearing about?"),
]


def build_docx(path):
    from docx import Document
    doc = Document()
    for kind, text in KB08:
        if kind == "title":
            doc.add_heading(text, level=0)
        elif kind == "h":
            doc.add_heading(text, level=1)
        else:
            doc.add_paragraph(text)
    doc.save(path)


def build_pdf(path):
    from fpdf import FPDF
    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in KB09.split("\n"):
        if line.strip() == "":
            pdf.ln(3)
        else:
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


def build_html(path):
    out = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
           "<title>%s</title></head><body>" % html.escape(KB10_TITLE)]
    for kind, val in KB10:
        if kind in ("ul", "ol"):
            out.append("<%s>" % kind + "".join("<li>%s</li>" % html.escape(v) for v in val) + "</%s>" % kind)
        else:
            out.append("<%s>%s</%s>" % (kind, html.escape(val), kind))
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    build_docx(os.path.join(D, "kb08.docx"))
    build_pdf(os.path.join(D, "kb09.pdf"))
    build_html(os.path.join(D, "kb10.html"))
    print("built")
