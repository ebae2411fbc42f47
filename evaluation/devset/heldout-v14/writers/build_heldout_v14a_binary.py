"""Build the binary/markup reports ja08.docx, ja09.pdf, ja10.html (text held here)."""
import os
from docx import Document
from fpdf import FPDF
R = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reports")

JA08 = [
("h", "Sandmere Safeguarding Children Partnership"),
("h", "Local Child Safeguarding Practice Review: Child J"),
("p", "Independent author: Gareth Pryce-Holden. Approved by the partnership executive in May 2024; published 20 June 2024."),
("h2", "1. Summary"),
("p", "Child J, a boy, died in hospital in October 2023 at the age of two years and eight months. Toxicology showed that he had taken methadone. The methadone had been prescribed to his stepfather, Mr Lowe, who kept the bottle in a kitchen cupboard without a lock. The police investigation concluded that there was no evidence that the drug had been given to J deliberately; J is believed to have climbed onto the worktop and drunk from the bottle while the adults were asleep. J's mother and Mr Lowe were both charged with child neglect."),
("p", "J was of white British heritage. He had no known health problems or disability. He lived with his mother, Mr Lowe and his baby half-sister. His father, Mr Bright, lived nearby and had J every Saturday."),
("h2", "2. Method"),
("p", "The review used the Significant Incident Learning Process (SILP), with agency reports, a practitioner learning event and a recall day. J's mother and father contributed; Mr Lowe did not."),
("h2", "3. What agencies knew"),
("b", "Substance misuse service: Mr Lowe had been on a methadone script for four years. Take-home doses were agreed in 2022. Safe storage was discussed once, at the start, and a lockable box was offered but not checked. The service knew Mr Lowe lived with children but did not tell the health visitor or GP."),
("b", "Health visiting: saw J at his two-year review and the baby for her new birth visit in the same home. Recorded 'stepdad works nights'. No one asked about his prescription."),
("b", "GP: J's mother and Mr Lowe were registered at the same practice; Mr Lowe's record showed methadone prescribing by the service. The link to the children's records was not made."),
("b", "Children's social care: a contact in 2021 from Mr Bright, worried about 'the new boyfriend being a smackhead', was screened out after a telephone call to J's mother, who said Mr Lowe was 'clean now'."),
("b", "Nursery: J attended two days a week. Staff noted he was often hungry on Mondays and that his nappies were not changed overnight, and discussed this with mother."),
("p", "J's mother had her own history: she was on a child protection plan as a teenager because of her mother's heroin use. She has no history of drug use herself; her hair strand test after J's death was clear. There were no concerns about domestic abuse in the household."),
("h2", "4. J's lived experience"),
("p", "J's father said: 'He was into everything. He'd climb the shelves like a monkey. I told them that.' The nursery described a confident, climbing, curious boy. Records from the substance misuse service do not mention him by name."),
("h2", "5. Findings"),
("p", "Finding 1: Adult services did not think of the children. Is the partnership assured that adult substance misuse services ask about, record and share information on children in the household?"),
("p", "Finding 2: Concerns from a non-resident father were treated as hostility. How are such concerns tested?"),
("p", "Finding 3: Safe storage was a one-off conversation. How do services check, not just advise?"),
("p", "Finding 4: The early signs of neglect seen at nursery were not shared with the health visitor."),
("h2", "6. Recommendations"),
("n", "The substance misuse service to check safe storage at every review where take-home doses are prescribed and there are children in the household."),
("n", "The substance misuse service to notify the GP and health visitor of every client with a take-home opioid substitute who lives with children under five."),
("n", "The MASH to review its screening of contacts from non-resident parents."),
("n", "Early years providers to be reminded to share low-level neglect concerns with the health visitor."),
("n", "The partnership to run a campaign on safe storage of medicines and substitute prescriptions."),
]

JA09 = """Harlow Fen Safeguarding Children Partnership
Local Child Safeguarding Practice Review - "Lily"
Reviewer: Dr Anne-Marie Keane, independent. Published: November 2024.

1. Introduction
Lily was 14 years and 3 months old when, in March 2023, she was found by police in a flat in another city with two adult men, having been missing from her foster placement for four days. She had been sexually exploited over a period of at least five months by a group of men who supplied her with alcohol and cannabis. She was admitted to hospital. This review was commissioned because Lily was a looked after child who suffered serious harm through child sexual exploitation.

The review used the Welsh Child Practice Review model adapted for an English partnership, as agreed with the Panel. The "findings" are set out as questions for the partnership.

2. Lily and her family
Lily is a white British girl. She has been looked after by the local authority since 2021 under a care order, and at the time was living with foster carers in Harlow Fen. Before that she lived with her mother, her stepfather and her two younger half-brothers. Her mother has had long-standing problems with alcohol and depression. Her stepfather was violent to her mother; Lily saw this. Lily's father, Mr Hart, has a conviction for robbery from 2014 and has supervised contact with Lily every month. Lily told the reviewer: "My dad's the only one who never lied to me. He says it how it is." Lily had been on a child protection plan for neglect and emotional abuse from 2019 until she became looked after.

3. Lily's lived experience
Lily had four placements in two years. She moved school twice and by early 2023 was on a part-time timetable at a pupil referral unit. She went missing 11 times between October 2022 and March 2023. She began drinking heavily and smoking cannabis daily. She had been seen by CAMHS for self-harm and trauma, and had an EHCP for social, emotional and mental health needs. She told her social worker she was being "picked on" by girls at her previous school.

Lily said of her foster carers: "They were nice, but they weren't my family. I wanted to be somewhere I belonged." The men "made me feel grown up. Then they didn't."

4. Key practice episodes
- October 2022: first missing episode. Return home interview completed by a local charity; Lily named an "older boyfriend, 19".
- November 2022: strategy discussion; exploitation risk assessed as medium. No disruption activity.
- January 2023: foster carers found a second phone; informed the social worker. The IRO was not informed.
- February 2023: placement notice given by foster carers. Move delayed because no other placement found.
- March 2023: the incident.

5. Findings - questions for the partnership
Q1. How does the partnership make sure that the risk assessment of exploitation is reviewed after every missing episode, not only at set intervals?
Q2. How does the sufficiency of placements affect decisions about children at risk of exploitation?
Q3. Does the IRO receive the information needed to challenge plans?
Q4. How do we give looked after children a sense of belonging, including safe time with birth parents?

6. Recommendations
1. Review the exploitation risk assessment tool to require review after each missing episode.
2. Report placement sufficiency and its impact on children at risk of exploitation to the partnership quarterly.
3. Ensure IROs receive missing and exploitation information within 24 hours.
"""

JA10 = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>LCSPR Child O - Riverholme Safeguarding Children Partnership</title></head>
<body>
<header><p>Riverholme Safeguarding Children Partnership</p>
<h1>Local Child Safeguarding Practice Review: Child O (Oliver)</h1>
<p>Independent reviewer: Joanne Kettering &middot; Published 4 December 2025</p></header>
<main>
<section><h2>Why this review took place</h2>
<p>In May 2024, Oliver, aged eight, was killed by his father, Mr N, during an unsupervised overnight contact visit at Mr N's flat. Mr N then took his own life. Oliver lived with his mother, her partner Mr Abbott, and his half-sister Ruby, who is four and was not at the contact visit. Oliver was a Black British boy. He was in Year 3 at Mill Lane Primary and had no health or developmental needs.</p>
<p>The review was carried out using a systems methodology ("Learning Together", SCIE) with findings framed as questions.</p></section>
<section><h2>The family's story</h2>
<p>Oliver's parents separated in 2020. Oliver's mother told the reviewer: "I left because he was controlling me, the money, my phone, who I saw. I told everyone. The court still gave him overnights." The separation was highly acrimonious and there were family court proceedings in 2022-23. Mr N had been arrested in 2021 for harassing Oliver's mother after she left; he was given a police caution. He also had a 2012 conviction for assault occasioning actual bodily harm on a man in a nightclub.</p>
<p>Mr N had been treated for depression by his GP and had told his GP in March 2024 that he "couldn't see the point" after the final court order. He was referred to talking therapies and was on the waiting list (accepted) at the time of Oliver's death. Mr N drank heavily at weekends, according to Oliver's mother; the GP record shows he told the GP he drank "over 40 units a week".</p>
<p>Mr Abbott, Oliver's mother's partner since 2022, is described by everyone as a steady presence. Oliver called him "Dave" and, recently, "my other dad". There was no concern about domestic abuse in the mother's current household.</p></section>
<section><h2>Oliver's lived experience</h2>
<p>Oliver loved football and drawing dinosaurs. His teacher said he was "a happy boy who sometimes went quiet on Mondays". He told his teacher in April 2024 that "Dad cries at night and says he'll be gone soon". The teacher recorded this and passed it to the DSL, who spoke to Oliver's mother; no referral was made. Oliver's wishes about contact were never directly sought by any professional.</p></section>
<section><h2>Findings: questions for the partnership</h2>
<ol>
<li>How do agencies recognise that a parent's suicidal thoughts may be a risk to the children as well as to the parent?</li>
<li>How is the history of coercive control and post-separation harassment carried into decisions about contact?</li>
<li>How is the voice of the child heard in private law proceedings and in schools?</li>
<li>How does the GP share information about a parent's mental health when that parent has contact with children?</li>
</ol></section>
<section><h2>Recommendations</h2>
<ol>
<li>The partnership should develop guidance on the link between parental suicidal ideation and risk to children.</li>
<li>Primary care to ensure that GPs ask about and record contact with children when a patient discloses suicidal thoughts.</li>
<li>Schools to be reminded that a child's report of a parent's distress is a safeguarding matter.</li>
<li>The partnership to write to the Family Court and Cafcass about the learning from this review.</li>
<li>The police and children's social care to review how harassment cautions are shared with schools and health.</li>
</ol></section>
</main></body></html>
"""

def build_docx():
    d = Document()
    for kind, text in JA08:
        if kind == "h": d.add_heading(text, level=1)
        elif kind == "h2": d.add_heading(text, level=2)
        elif kind == "b": d.add_paragraph(text, style="List Bullet")
        elif kind == "n": d.add_paragraph(text, style="List Number")
        else: d.add_paragraph(text)
    d.save(os.path.join(R, "ja08.docx"))

def build_pdf():
    pdf = FPDF(); pdf.add_page(); pdf.set_font("Helvetica", size=10)
    for line in JA09.split("\n"):
        pdf.multi_cell(0, 5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(R, "ja09.pdf"))

def build_html():
    open(os.path.join(R, "ja10.html"), "w", encoding="utf-8").write(JA10)

if __name__ == "__main__":
    build_docx(); build_pdf(); build_html()
