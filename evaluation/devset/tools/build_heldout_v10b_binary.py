"""Builds the binary reports pb04.docx, pb08.pdf, pb11.html, pb12.pdf. Text held here."""
import os
from docx import Document
from fpdf import FPDF
OUT=os.path.join(os.path.dirname(os.path.abspath(__file__)),"reports")

PB04 = """Thornleigh and Wyebank Safeguarding Children Partnership
Local Child Safeguarding Practice Review
Kai
Published: July 2024
## Introduction
This review is about Kai. In October 2023, when he was in Year 10, Kai was stabbed twice in the leg in an underpass near Wyebank bus station. He lost a great deal of blood and needed emergency surgery. He has recovered physically. At the time he was being exploited by an older group to carry and sell drugs, and the police investigation found that the attack was linked to a debt the group said he owed.
Kai is of mixed White and Black Caribbean heritage. He chose the name Kai for this review.
## Kai's family
Kai lives with his mum, Natalie, his stepdad, Dwayne, and his younger half-brothers Marcus and Theo Clarke, who are Dwayne's sons. Kai's older half-sister, Jade Okafor, is 20 and lives nearby with her own baby. Kai's father, Simon, lives in Leeds and Kai has not seen him since primary school. Natalie and Simon separated when Kai was two. Natalie told the reviewer that Simon was violent to her throughout their relationship; there has been no domestic abuse since and none in her relationship with Dwayne.
Kai's family spoke to the reviewer. Natalie said: "Everybody kept telling me Kai was making bad choices. He was fourteen. The choices were being made for him." Jade said she wanted professionals to know that Kai was "funny, clever, mad about football and really kind to the little ones".
## What happened
Kai did well at primary school. In Year 8 he started to be late and to be in trouble for his behaviour. Natalie noticed new trainers and a second phone. In Year 9 Kai was permanently excluded after bringing a knife into school; he said it was for protection. He went to the Wyebank Pupil Referral Unit, where staff describe him as quiet and polite but often absent.
Between January and September 2023 Kai was reported missing to the police eleven times. On three occasions he was found in another county. He was arrested in March 2023 in possession of cannabis and a quantity of crack cocaine wrapped for sale; he was referred to the National Referral Mechanism and the decision was that there were reasonable grounds to believe he was a victim of modern slavery. He was also referred to the Youth Justice Service, which worked with him under an out-of-court disposal.
Children's social care opened a child in need plan in February 2023. The plan was still open at the time of the stabbing. A child protection conference was considered by the team manager in June, after an exploitation risk assessment rated the risk as "significant", but it was decided that the risk came from outside the family and that CIN was the right framework. Kai told his youth justice worker that he smoked cannabis every day and that he had been "hurting inside" since a friend was killed in 2022; he was referred to CAMHS, assessed, and put on a waiting list for trauma-focused work. He was still waiting in October.
## Findings
1. Language and labels. Kai was often described in records as "choosing" to associate with older peers, or as "putting himself at risk". This language made him a problem rather than a child being exploited.
2. The extra-familial harm pathway. Professionals were unclear which forum should lead: the exploitation panel, the CIN plan, or youth justice. Three separate plans existed and no single person held the whole picture. Information from the police about the places Kai was found was not shared with the school or the PRU.
3. Education as protection. The permanent exclusion removed Kai from the structure and relationships that had protected him. The PRU had only partial information about him when he arrived.
4. Support for the family. Natalie was doing everything she could and asked repeatedly for help. Professionals engaged well with her. Dwayne was included in meetings and the review saw no evidence that men in the household were overlooked.
5. Waiting for help. Kai's emotional needs were recognised but the waiting list meant he received no therapeutic help before he was harmed.
## Recommendations
1. The partnership should adopt a single, named lead professional for every child assessed as at significant risk of criminal exploitation.
2. Agencies should stop using language that implies children choose to be exploited, and should audit records for it.
3. Schools should consult children's social care and the exploitation team before permanently excluding a child known to be at risk of exploitation.
4. CAMHS commissioners should report to the partnership on waiting times for children open to youth justice or exploitation services.
5. Police should share missing-episode return information with the child's school within 24 hours.
"""

PB08 = """Aldwick Cross Safeguarding Children Partnership
Local Child Safeguarding Practice Review: Ruby and Finn
Learning summary - published January 2025
## Why we did this review
In March 2024 twins Ruby and Finn were brought to the emergency department at Aldwick Cross General by their mother because Finn was "floppy" and not feeding. They were just under six weeks old. Finn had a subdural haemorrhage and both babies were found to have multiple rib fractures of different ages. Ruby also had a healing fracture of her left arm. Medical opinion was that the injuries were inflicted. Both babies survived and are now living with their paternal aunt under an interim care order. Criminal proceedings have not concluded and so the adults are described only by first names.
## The family
- Chelsea, the twins' mum, was 19. She grew up in foster care from the age of nine and was supported by the leaving care team, who had a personal adviser allocated to her.
- Josh, the twins' dad, was 21. He and Chelsea lived together in a one-bedroom flat.
- Chelsea's older child, Tyler-James, aged 2, lives with his paternal grandparents under a special guardianship order made in 2022 after concerns about neglect. He is not a subject of this review.
- Josh's sister Megan, who now cares for the twins.
Josh had a conviction for assaulting a man in 2020 and was subject to a community order supervised by probation until late 2023. Chelsea had told her personal adviser that Josh had "a temper" and once threw her phone at the wall; this was not shared with the midwife. Chelsea also said she had been smoking cannabis with Josh "to chill out" during the pregnancy.
## What professionals did
Chelsea's pregnancy was known to be high risk. A pre-birth assessment was started by children's social care at 24 weeks because of Tyler-James's history. It concluded that the twins should be supported under a child in need plan. The plan was open when they were injured. The midwife, the health visitor, the personal adviser, the social worker and the probation officer all had contact with the family, but there was never a meeting with all of them in the room. Josh was invited to one CIN meeting and did not attend. His probation officer was not invited.
At the new birth visit the health visitor noted that the twins were small, feeding was difficult and Chelsea was exhausted. Josh was caring for the babies at night while Chelsea slept.
## What we learned
1. The pre-birth assessment did not use the history of Tyler-James's removal or Chelsea's experience of care to analyse risk, and did not assess Josh at all. It described him as "supportive".
2. Twins, prematurity, a young mother who was a care leaver, a father with a violent conviction and cannabis use, and a very small flat: the combination of stresses was not recognised.
3. Probation knew about Josh's conviction and his anger; children's social care knew about the babies. This was not joined up.
4. Chelsea's disclosure about the phone was not recognised as possible domestic abuse.
## Recommendations
1. Pre-birth assessments must include a full assessment of both parents, including police and probation checks on fathers.
2. Probation must be invited to CIN and CP meetings where a parent is under supervision or has recently been.
3. The leaving care service should share safeguarding concerns about care leavers who are pregnant with midwifery and children's social care.
4. The partnership should run training on the particular pressures of caring for multiple babies.
"""

PB11 = """Hollins Reach Safeguarding Children Partnership
Local Child Safeguarding Practice Review: Noah
Published October 2021
## Who was Noah?
Noah was four. He was at the stage his grandad called "the why years": why is the sky blue, why do worms come out in the rain, why can't I have a dog. He went to Little Acorns nursery every morning and was due to start school that September. He loved dinosaurs and splashing in puddles, and he hated having his hair washed.
Noah died in February 2021. He was found face down in the bath at home by his older half-brother, Reece Morgan, aged 10, who pulled him out and ran to a neighbour. Paramedics could not revive him.
## What Noah's family want you to know
Noah's grandad, Derek, asked us to say: "Becky loved those boys. She needed help with the drink and she asked for it. Nobody should think this was a family that didn't care."
## The people in Noah's life
- Becky, Noah's mum.
- Reece Morgan, Noah's half-brother. Reece's father, Lee, lives in Wales and sees Reece in the holidays.
- Noah's father, Jordan, who left when Noah was a baby and has not had contact since.
- Derek, Becky's father, who lived two streets away and helped with school runs.
- Becky's partner Craig, who visited but did not live in the house.
## What happened
Becky had drunk heavily on and off since her early twenties. In 2019 she referred herself to the Hollins Reach alcohol service and completed a community detox. During the first lockdown in 2020 she relapsed. Derek contacted the alcohol service in November 2020 to say he was worried; the service tried to call Becky three times and then closed her case because she did not respond.
Reece's school was worried about him in the autumn of 2020. He was late, tired and said he was "looking after Noah" in the evenings. The school made a referral to children's social care in December 2020. A social worker visited once, found the house clean and the children well presented, and Becky said she had stopped drinking. The assessment was still open when Noah died. No one spoke to the nursery, the alcohol service or Derek.
On the evening Noah died Becky had run the bath and left him in it while she went downstairs. Police found two empty bottles of vodka in the kitchen, and a blood test taken later that night showed she was well over the drink-drive limit. Becky was charged with gross negligence manslaughter; the charge was later dropped and the coroner recorded an open conclusion. It remains unclear whether Noah's death was an accident or the result of a lack of supervision linked to his mother's drinking.
## Findings
1. The assessment relied on Becky's account and a single visit. It did not include information from the nursery, the alcohol service, the GP or Derek, who had all seen signs of relapse. The review found a lack of professional curiosity and that the assessment lacked history and analysis.
2. Reece was a young carer. His words to the school - "I look after Noah" - were the clearest sign of what life was like at home, but were not followed up with him directly.
3. The alcohol service closed the case after a family member raised concern and the client did not respond. Non-engagement was treated as a choice rather than a risk.
4. Agencies did not share what they knew. The nursery had noticed Noah being collected late and Becky smelling of alcohol twice, and recorded it, but did not tell anyone.
5. Craig was not identified or spoken to by any agency.
## Recommendations
1. Children's social care should ensure that assessments involving parental alcohol use include checks with the alcohol service and the GP.
2. Adult substance misuse services should not close a parent's case following a concern from family without a safeguarding discussion.
3. Early years settings should be reminded of their duty to refer when they notice signs that a parent may be under the influence.
4. Schools should use the young carers pathway when a child describes caring for a sibling.
5. The partnership should run a campaign on bath safety and the supervision of young children.
"""

PB12 = """Kirkhallow Safeguarding Children Partnership
Seven-minute briefing: learning from the local child safeguarding practice review about Amira
March 2024
## 1. Background
Amira was in her first term at secondary school, in Year 7, when in November 2022 she was found by police in a flat in another city with two adult men. She had been missing from her children's home for four days. Medical examination and her later account showed she had been sexually abused. Two men have since been convicted of offences including the sexual exploitation of a child. Amira is British Pakistani. She chose her own name for this briefing.
## 2. Amira's journey
Amira came into care in 2021 under a care order, after her stepfather was convicted of assaulting her mother and the court found that she had suffered emotional abuse. Her mother, Nasreen, has serious mental health problems and spent time in a psychiatric unit. Amira's younger half-siblings, Zayn and Hana Iqbal, live with their father. Amira's first foster placement broke down; she moved to a residential children's home in Kirkhallow in August 2022, away from her school, friends and family.
## 3. What went wrong
- Amira was reported missing nine times in the three months before November. Return home interviews were offered three times and not completed.
- Staff at the home noticed new clothes, a second phone and older men in a car outside. The exploitation risk screening was done in October but rated "medium" and no strategy meeting was held.
- Amira's social worker changed three times in six months; her independent reviewing officer was not told about the missing episodes.
- Amira told a support worker she was "sad all the time" and had cut herself; a CAMHS referral was made but she was still waiting.
- Her new school knew she was in care but not about the missing episodes.
## 4. What went well
Police worked quickly once she was located. Her current carers describe a "really trusting" relationship with the specialist exploitation worker from the Safe Steps charity.
## 5. Learning
- Children who move placement far from home are at higher risk; moves need a safety plan.
- Repeated missing episodes are a warning sign that needs a multi-agency response, not a tally.
- Changes of social worker and heavy caseloads meant no one had the full picture; the review identified workforce capacity as a key factor.
## 6. Recommendations
The review made four recommendations, about placement planning, return home interviews, information sharing with schools and the IRO, and workforce stability. They are set out in the full report.
## 7. Questions for you
Who holds the whole picture for the child you are worried about? Would you know if they had been missing?
"""


def blocks(text):
    for line in text.strip().split("\n"):
        yield line


def make_docx(text, path):
    doc = Document()
    lines = text.strip().split("\n")
    doc.add_heading(lines[0], level=0)
    for line in lines[1:]:
        if line.startswith("## "):
            doc.add_heading(line[3:], level=1)
        elif line.startswith("- "):
            doc.add_paragraph(line[2:], style="List Bullet")
        elif line.strip():
            doc.add_paragraph(line)
    doc.save(path)


def make_pdf(text, path):
    pdf = FPDF()
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    lines = text.strip().split("\n")
    pdf.set_font("Helvetica", "B", 15)
    pdf.multi_cell(0, 8, lines[0], new_x="LMARGIN", new_y="NEXT")
    for line in lines[1:]:
        if line.startswith("## "):
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 7, line[3:], new_x="LMARGIN", new_y="NEXT")
        elif line.strip():
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.output(path)


def make_html(text, path):
    import html
    lines = text.strip().split("\n")
    out = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title></head><body>" % html.escape(lines[1]),
           "<header><p>%s</p><h1>%s</h1></header><main>" % (html.escape(lines[0]), html.escape(lines[1]))]
    inlist = False
    for line in lines[2:]:
        if line.startswith("- "):
            if not inlist:
                out.append("<ul>"); inlist = True
            out.append("<li>%s</li>" % html.escape(line[2:]))
            continue
        if inlist:
            out.append("</ul>"); inlist = False
        if line.startswith("## "):
            out.append("<h2>%s</h2>" % html.escape(line[3:]))
        elif line.strip():
            out.append("<p>%s</p>" % html.escape(line))
    if inlist:
        out.append("</ul>")
    out.append("</main></body></html>")
    open(path, "w", encoding="utf-8").write("\n".join(out))


if __name__ == "__main__":
    make_docx(PB04, os.path.join(OUT, "pb04.docx"))
    make_pdf(PB08, os.path.join(OUT, "pb08.pdf"))
    make_html(PB11, os.path.join(OUT, "pb11.html"))
    make_pdf(PB12, os.path.join(OUT, "pb12.pdf"))
    print("built")
