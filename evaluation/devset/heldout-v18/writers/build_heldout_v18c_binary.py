"""Build the binary/markup reports for set c (dc03.docx, dc06.html, dc08.pdf).
Run with /work/scratch-venv/bin/python. The text of each report is held in this script."""
import os, sys, html
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reports")

DC03 = """# Harrowdale Children's Safeguarding Partnership
# Local Child Safeguarding Practice Review: Chloe
Final report - approved by the safeguarding partners on 21 November 2023. Published December 2023.

## 1. Why this review was undertaken
In June 2022 Chloe, a looked-after child from Harrowdale living in a children's home some 120 miles away, was found by police in a car with two adult men in the early hours of the morning. She disclosed that she had been repeatedly sexually abused by a group of men over several months, that she had been given alcohol and "something to smoke", and that she had been taken to addresses in three different towns. Chloe was born on 19 October 2007 and was found on 3 June 2022.

Harrowdale notified the Child Safeguarding Practice Review Panel of serious harm arising from child sexual exploitation (CSE). The rapid review, held jointly with the host area, Southcombe, recommended an LCSPR, and the Panel agreed. Harrowdale, as the placing authority, led the review.

## 2. Method
The review followed the SCIE Learning Together model. A review team of senior managers from both areas worked with a lead reviewer, read agency records, held individual conversations with eleven practitioners and ran two group sessions. Chloe chose to speak to the lead reviewer, and her words appear throughout. Chloe's mother was invited to contribute but did not wish to.

The review period is January 2021, when Chloe was placed in Southcombe, to June 2022.

## 3. Chloe
Chloe is of mixed White British and Black Caribbean heritage. She told the reviewer that she likes drawing, "proper horror films" and her younger brother, who lives with their grandmother. She wanted the review to say that "nobody asked me what I wanted, they just moved me".

Chloe became looked after in May 2019, first under section 20 and from early 2020 under a full care order. Before that she and her brother had been subject to child protection plans under the categories of neglect and emotional abuse (April 2018 to May 2019), because of their mother's alcohol misuse and the violence of the mother's then partner. The review has not looked again at that period.

Between May 2019 and January 2021 Chloe had six placements, including two foster placements that ended at the carers' request after she went missing. She self-harmed by cutting from the age of 12 and had been seen by CAMHS in Harrowdale; her case was closed when she moved out of area, with a plan for the Southcombe service to take it on, which did not happen. Staff recorded that she drank alcohol when she went missing and came back smelling of it. It is possible that she was also given cannabis by the men; she was not sure, and this could not be established.

## 4. Chloe's family
Chloe's mother, Ms B, was herself in care as a child in another local authority. She has had long periods of depression and, at the time Chloe came into care, was drinking heavily. Ms B has moved frequently, between hostels, friends' sofas and short tenancies, and has lived at seven addresses in four years. Chloe's father is not named on her birth certificate and has never been known to services.

Ms B has supervised contact with Chloe every month. Contact was often cancelled.

## 5. The placement in Southcombe
Chloe was moved to Oak Lodge, a private children's home in Southcombe, in January 2021 after an emergency search found no suitable placement within 50 miles of Harrowdale. The placement was made in a weekend, and Southcombe Council and Southcombe police were not notified of Chloe's arrival until five weeks later. Chloe was without a school place for five months. The independent reviewing officer (IRO) raised the lack of education at two reviews. From June 2021 she was on roll at Southcombe Community College, where staff noticed that she was often tired and had new clothes and phones that she could not explain.

From March 2021 Chloe began going missing from Oak Lodge, at first for a few hours and then overnight. She was reported missing 23 times. Return home interviews were carried out by Southcombe's commissioned provider, but the information was not routinely passed to Chloe's Harrowdale social worker. Oak Lodge staff told the review that they repeatedly saw cars collecting Chloe and recorded their registration numbers; these were passed to Southcombe police on four occasions.

In October 2021 Chloe disclosed to a residential worker that she had "a boyfriend who is 24". A strategy discussion was held by telephone between Harrowdale and Southcombe. The conclusion recorded was that Chloe was "making choices" and was "aware of the risks". An exploitation risk assessment scored her as "medium". Chloe's social worker changed three times between October 2021 and March 2022.

## 6. Findings
Finding 1 - Out-of-area placement without the host area knowing. The absence of notification meant that, for the first weeks, no one in Southcombe knew Chloe was there or that she was vulnerable.

Finding 2 - Information about missing episodes stayed in the host area. Return home interview information and the car registrations did not reach the people making plans for Chloe.

Finding 3 - The language of choice. Professionals used the language of "choices" and "relationships" for a child who was being abused by adults. This reflects a lack of challenge and curiosity about what lay behind Chloe's behaviour.

Finding 4 - Chloe's experience was not at the centre. Chloe was moved repeatedly and without explanation; her wish to be nearer her brother was recorded but not acted on.

Finding 5 - Sufficiency and workforce. The national shortage of suitable placements, and high social worker turnover, shaped each of the decisions above. Leaders in Harrowdale knew about these pressures.

Finding 6 - Risk was reassessed only after a crisis. The "medium" rating was not revisited as missing episodes rose from two a month to two a week.

## 7. Recommendations
1. Harrowdale Children's Services should ensure that host authorities and police are notified of every out-of-area placement within one working day.
2. The Partnership should agree with Southcombe that return home interview information is sent to the placing social worker within 72 hours.
3. All partner agencies should audit the use of victim-blaming language in records about exploited children.
4. Harrowdale should report to the Partnership on placement sufficiency and the number of children placed more than 20 miles away.
5. The IRO service should escalate any looked-after child without a school place for more than 20 school days.
6. CAMHS in both areas should agree a protocol for children who move between them so that no child is discharged before being accepted.
"""

DC06 = """# Southmere Safeguarding Children Partnership
# Local Child Safeguarding Practice Review: Sam
Published 14 May 2025
## Contents
- 1. Introduction
- 2. How the review was carried out
- 3. Sam and Sam's family
- 4. What happened
- 5. Findings
- 6. Recommendations
- 7. Glossary
## 1. Introduction
Sam died on 9 October 2024, aged 13. Sam was in Year 9 at Larkfield School, a large secondary school in Southmere, a coastal borough in the South East of England. The coroner concluded that Sam died by suicide.
After Sam's death the police investigation found that, over the previous three months, Sam had been contacted through a gaming platform and then a messaging app by someone presenting as a 14-year-old, who persuaded Sam to send intimate images and then demanded money, threatening to share the images with Sam's school friends. This is known as online sexual extortion, or "sextortion". The review regards it as a form of online child sexual exploitation. The person responsible is believed to be outside the United Kingdom and has not been identified.
Sam's family asked that the review should not say whether Sam was a boy or a girl, because they want other families to understand that this can happen to any child. The review has respected that wish, and refers to Sam as "Sam" or "they" throughout.
## 2. How the review was carried out
The Southmere Safeguarding Children Partnership commissioned this review following a rapid review in October 2024. The review used the SCIE Learning Together systems model, led by an independent reviewer with a review team from the school, CAMHS, the hospital trust, the police and children's services. Sam's parents met the reviewer three times. The period under review is January 2024 to October 2024.
## 3. Sam and Sam's family
Sam lived with both parents, who are married, and an older brother, then 17. Sam's parents described a child who was clever, anxious about doing well, very funny with people they trusted, and who spent many evenings playing online games with friends from school and people they had met online.
Sam's brother had received support for anxiety from the school counsellor two years earlier; this is mentioned only because Sam's parents said that it made them feel they "knew what to look for". Sam's mother lost her own father to suicide when she was 15, and she has spoken publicly since Sam's death about how that experience shaped her fears for her children.
There were no concerns about parental mental health, substance misuse or domestic abuse in the family, and the family had no previous involvement with children's social care. Sam had never been the subject of a child protection plan or a child in need plan. There was no evidence that Sam used alcohol or drugs.
## 4. What happened
In February 2024 Sam told the school pastoral lead that some pupils were sharing unkind messages about them in a group chat. The school dealt with this as bullying: it spoke to the pupils involved and their parents, and the messages stopped for a time. Sam later told a friend that the online bullying had "gone quiet but not gone".
In May 2024 Sam's GP saw Sam with their mother for low mood and difficulty sleeping, and referred Sam to CAMHS. The referral was accepted and Sam was placed on the waiting list for the getting help team; the expected wait was 26 weeks. The school arranged sessions with Open Door, a counselling charity that works in Southmere schools. Sam attended four sessions.
In August 2024 Sam attended the Emergency Department (ED) at Southmere General Hospital with cuts to their forearm. Sam was seen by the liaison psychiatry team and discharged home with a safety plan. A letter went to the GP; the school was not told, because the attendance was in the holidays and the hospital's process was to notify schools only of children with a social worker.
From July 2024 the contact from the person who went on to extort Sam began. Nothing about this was known to anyone until after Sam's death. Sam's phone later showed that Sam had searched for "how to get money fast" and "what happens if someone shares your photos" in the final week.
In September 2024 Sam's attendance dropped and teachers noticed Sam looked tired and withdrawn. A form tutor raised a welfare concern; the pastoral lead planned to see Sam the following week.
## 5. Findings
### Finding 1: Sam's online life was not part of the picture
Each professional asked about school, sleep and mood. None asked Sam in any depth about their life online, even though Sam's parents, GP and school all knew it was where Sam spent much of their time. The review found that practitioners lacked confidence in asking children about online harm and did not show the professional curiosity that Sam's withdrawal called for; the earlier online bullying was not revisited.
### Finding 2: Information about self-harm did not reach school
The ED attendance in August was a significant change. The school did not know, so it did not connect Sam's withdrawal in September with the self-harm. CAMHS was not told of the attendance either, so Sam's place on the waiting list did not change.
### Finding 3: The risk was not re-weighed as it changed
Between May and September Sam went from low mood, to self-harm, to falling attendance and withdrawal. These changes were seen by different people at different times; no one reconsidered the urgency of the CAMHS referral.
### Finding 4: Waiting times
The 26-week wait for CAMHS was a direct consequence of demand outstripping capacity, which leaders have reported to the ICB for two years. Practitioners felt they had "nowhere to go" while Sam waited.
### What the review did not find
Sam's parents engaged fully and quickly with every professional; they sought help at each stage and kept every appointment. Sam's father was as involved as Sam's mother and was seen by professionals throughout; the review does not identify any gap in the involvement of fathers.
## 6. Recommendations
- Recommendation 1: The partnership should commission training for all frontline staff on talking with children about their online lives, including sexual extortion.
- Recommendation 2: Southmere General Hospital should notify the school nurse service of every child who attends ED following self-harm, whatever their social care status.
- Recommendation 3: CAMHS should ensure that information from ED attendances and GP contacts triggers a review of waiting list priority.
- Recommendation 4: Schools should revisit earlier online bullying when a child's wellbeing changes.
- Recommendation 5: The ICB and CAMHS should report to the partnership on waiting times and interim support for children on the waiting list.
- Recommendation 6: The partnership should work with the police to publicise sextortion advice for parents and children.
## 7. Glossary
- CAMHS: Child and Adolescent Mental Health Services
- ED: Emergency Department
- ICB: Integrated Care Board
- SCIE: Social Care Institute for Excellence
"""

DC08 = """# Harbourmouth Safeguarding Partnership
# Local Child Safeguarding Practice Review: Child W1 (Kai) and Child W2 (Jayden)
Two brothers, one network: learning from the criminal exploitation of Kai and Jayden
Independent lead reviewer: Martin Hale. Report endorsed by the safeguarding partners: 18 June 2025. Published: July 2025.
## 1. Introduction
1.1 This review is about two brothers, Kai and Jayden, who were criminally exploited by the same organised network between 2022 and 2024, and who each came to serious harm within ten weeks of each other.
1.2 On 11 February 2024 Kai, then 16 years and 2 months old, was stabbed in the thigh and lower back in an alleyway close to his home in the Northgate area of Harbourmouth. He lost a large amount of blood and needed emergency surgery and a long stay in hospital. He has since recovered physically but continues to have pain when walking.
1.3 On 22 April 2024 Jayden, then 14, was found by police during a warrant at a flat in Deanbury, a market town about 70 miles away. He had burns to his left forearm that he said had been caused by a kettle, had lost a significant amount of weight and had not been seen at home for nine days. He told officers that he had been "working" to pay off a debt that he had been told was his brother's.
1.4 Harbourmouth City Council notified the Child Safeguarding Practice Review Panel of each incident. The partnership decided after the second notification to hold a single rapid review for both boys, because the same adults were involved and the same agencies were working with the family. The rapid review recommended an LCSPR, and the Panel agreed that a joint review of the two brothers was the right approach.
1.5 Both boys, and their mother, agreed to take part. Kai spoke to the reviewer twice; Jayden wrote down what he wanted to say and his mother read it out at the family meeting.
## 2. Terms of reference
2.1 The review was conducted using the Significant Incident Learning Process (SILP), with agency reports, a practitioner learning event (November 2024) and a recall event (February 2025).
2.2 The period under review is from September 2021, when Kai started in Year 9 and the first concerns about older peers were recorded, to 22 April 2024.
2.3 The review was asked to consider:
(a) how well agencies recognised and responded to the criminal exploitation of Kai, and whether the risk to his younger brother was foreseen;
(b) how child protection processes were used for harm outside the home;
(c) the use of the National Referral Mechanism (NRM) and the Youth Justice Service's work with Kai;
(d) the role of education, including the move of Kai to the PRU and Jayden's part-time timetable;
(e) how well information and intelligence were shared between agencies and across police force areas;
(f) how Ms W, the boys' mother, was supported;
(g) the influence of leadership, capacity and commissioning.
## 3. The family
3.1 Kai and Jayden are of mixed White British and Black African heritage. They live with their mother, Ms W, and their sister, who was 9 at the time and is not a subject of this review.
3.2 Ms W came to the UK from Zimbabwe at the age of 12 to join an aunt. The arrangement broke down and she spent two years in foster care as a teenager. She has worked as a care assistant since she was 19. She is a devoted parent who works long hours: in 2022 and 2023 she held two jobs to keep up with the rent, and the family fell into rent arrears in the autumn of 2022, when she was also borrowing to pay for food and school uniform.
3.3 The boys' father, Mr W, left the family home in 2015. Ms W experienced domestic abuse from him during their relationship, including a serious assault in 2014 that was reported to the police. There has been no domestic abuse in the household since he left. Mr W moved abroad in 2016 and has had no contact with the boys since then.
3.4 No agency had any concerns about Ms W's mental health or about any use of alcohol or drugs by her. She has no criminal record.
3.5 In June 2023 the family were moved by the council to a different part of the city, on a management transfer, because of threats made at the front door. This was the family's only move in the period.
## 4. Kai
4.1 Kai was described by his primary school as a "quiet leader". In Year 8 he was referred to CAMHS by the school nurse for anxiety and was seen for six sessions of cognitive behavioural therapy in 2021; he was discharged having made progress.
4.2 From Year 9 Kai's attendance fell and he was found with older young people off site. In March 2022 he was arrested, in Year 10, at Harbourmouth railway station with 30 wraps of crack cocaine and a large amount of cash. He was 14. He was referred to the Youth Justice Service (YJS, formerly the YOT) and received a youth conditional caution. The YJS assessment recorded clear indicators of child criminal exploitation (CCE).
4.3 Kai was permanently excluded in September 2022 after an assault on another pupil, and was placed at the Harbourmouth Learning Centre, the city's Pupil Referral Unit (PRU), where he was on roll until the incident. He used cannabis daily from the age of 14.
4.4 Kai went missing from home on 14 occasions between 2022 and February 2024, and was located four times in other force areas. An NRM referral was made in May 2022. He received a positive conclusive grounds decision in March 2023, ten months later.
4.5 Kai's YJS worker described a pattern of Kai missing appointments, or turning up and saying little. For long periods his attendance was recorded as "non-compliance", and breach proceedings were considered in 2023. Kai told the reviewer: "If I'd gone to every meeting they would have known where I was every week. That's not safe for me."
## 5. Jayden
5.1 Jayden is two years younger than Kai. He was bullied at his secondary school in Year 7, including being filmed and the film being shared online. His school put him on a part-time timetable from September 2023, in Year 9, following a series of incidents of disruptive and aggressive behaviour; he remained on roll at the school, on the part-time timetable, until April 2024.
5.2 An application for an Education, Health and Care Plan (EHCP), made by the school in 2023, was refused; he receives SEN support for speech and language needs.
5.3 The first record of concern about Jayden's own safety outside home is in November 2023, when a neighbour told the police that "the people who were after Kai" were now approaching Jayden at the bus stop. This information was recorded on police systems but did not lead to a referral.
5.4 Jayden went missing for the first time in March 2024, and again in April 2024, nine days before he was found in Deanbury.
## 6. The child protection response
6.1 Both boys were subject to child protection plans at the time of their incidents: Kai from October 2022, and Jayden from January 2024. Both plans were made under the category of neglect. The conference chairs told the review that this category was used only because Harbourmouth's procedures at the time provided no category for harm from outside the family. The review has found no suggestion, in any record or from any practitioner, that the boys were neglected at home; the plans were about the risk from the network.
6.2 Neither boy was a looked-after child before the incidents. Jayden was accommodated under section 20 after he was found in Deanbury; that is outside the review period.
6.3 Neither boy was identified at any point as being at risk of sexual exploitation. The review has seen no indication of it.
## 7. Key practice episodes
Episode 1: the early response to Kai (2021 to 2022). Concerns about older peers were noticed by school from autumn 2021, but the first referral to children's social care was made only after the arrest in March 2022. The YJS identified exploitation quickly. The strategy discussion that followed concluded that Kai was "at risk from his own choices", and a child and family assessment, completed after nine weeks, did not mention the arrest out of area or the family's financial pressures.
Episode 2: the child protection plan for Kai (October 2022 to February 2024). Core groups met regularly. The plan listed many actions for Kai (to attend the PRU, to be home by 9pm, to attend YJS appointments) and few for the adults around him. The plan was reviewed five times without change, even as Kai was located in other areas and reported being threatened. Practitioners told the review that the plan "felt stuck" but that they did not know what else to do; none escalated their concern, and the review heard that the culture at the time was that "escalation is for when another agency has done something wrong".
Episode 3: the threats to the home (June 2023). The family were moved on a management transfer within a week. This was a good and swift response by housing. Information about the threat was recorded by the police but not shared with Jayden's school, which did not know of any risk to Jayden until January 2024.
Episode 4: the risk to Jayden (November 2023 to April 2024). The neighbour's report was the first clear sign that the network was approaching Jayden. It was recorded by the police but not passed to children's social care for eight weeks. When Jayden was made subject to a plan in January 2024, his plan was a near copy of Kai's. The part-time timetable meant that Jayden was unsupervised for most of each afternoon, three miles from home.
Episode 5: the stabbing of Kai and the weeks that followed (February to April 2024). After Kai was stabbed, the police believed the attack was connected to a debt to the network. No strategy discussion was held about Jayden in the light of the attack on his brother. Jayden went missing for the first time three weeks later.
Episode 6: Deanbury. The police force in Deanbury located Jayden on 22 April 2024 during a planned warrant. Deanbury police had intelligence of "a young boy from Harbourmouth" at the flat from 15 April, but the information was not matched with the missing person report for Jayden until the warrant.
## 8. Analysis
8.1 The brothers' experience shows how a network that has exploited one child in a family will treat his siblings as a resource. The risk to Jayden was foreseeable from at least June 2023. It was not foreseen because each professional was working with one boy, and the systems (records, meetings, plans) were organised around individual children.
8.2 Professionals knew a great deal about what Kai did and far less about what was happening to him. Kai's and Jayden's daily lives - who they were with, where they went, what they were told they owed - were seldom asked about.
8.3 The child protection plans drifted. Both plans were reviewed repeatedly without change as risk grew.
8.4 Information sharing failed at several points: within the police (neighbour report), between the police and education (threats to the home), and between police forces (Deanbury).
8.5 Assessments did not bring together the history, the family context and the exploitation; the assessment of Jayden in January 2024 was largely copied from his brother's.
8.6 The YJS and children's social care both carried vacancies above 25% for most of 2023; Kai had four social workers in eighteen months. Leaders had reported these pressures to the partnership. The review considers that capacity and management turnover shaped practice in this case.
8.7 Professionals did not challenge decisions that they disagreed with, including the "own choices" language and the absence of a strategy discussion about Jayden after Kai was stabbed.
8.8 Ms W engaged consistently and did everything asked of her. Kai's sporadic engagement with YJS appointments was treated as non-compliance rather than understood as a consequence of the control that the network had over him; the review considers this a central learning point about how "engagement" is judged in exploitation cases.
8.9 There was also good practice. The housing response in June 2023 was quick and probably prevented harm at the family home. The YJS worker who first identified the exploitation of Kai recorded it clearly and made the NRM referral within weeks. The PRU kept Kai on roll throughout and its staff built a trusting relationship with him; Kai named two of them as "the only ones who actually got it". Jayden's form tutor noticed the change in him in early 2024 and raised it.
8.10 Ms W's view. Ms W told the review that she felt she was "being told off for something I couldn't stop". She was given advice to keep both boys indoors, to take their phones away and to report them missing, and she did all of these things. What she needed, she said, was someone to tell her who the adults were and what was being done about them. She also said that no one ever asked how she was managing, financially or emotionally, while working two jobs and caring for three children under constant threat. The review agrees that the plans asked a great deal of Ms W and of the boys, and comparatively little of the agencies responsible for disrupting the network.
8.11 Kai's view. Kai wanted professionals to understand that, once he was "in", leaving was not a choice he could make: the debt, the threats to his family and the fact that the adults knew where his brother went to school were all used to keep him working. He said that the first time he felt anyone understood this was when a police officer after the stabbing asked him "who are you scared of?" rather than "why did you do it?".
8.12 Jayden's words. Jayden wrote: "I thought if I did it Kai would be left alone. Nobody told me it doesn't work like that."

## 9. Findings
Finding 1: The risk to a sibling of an exploited child was not recognised until he, too, was harmed.
Finding 2: Child protection plans for extra-familial harm set actions for children rather than for adults, and drifted.
Finding 3: Intelligence and information were not shared within and between police forces, or with schools.
Finding 4: Missed appointments and "non-compliance" were not understood as signs of exploitation.
Finding 5: Assessments lacked history and analysis, and the second child's assessment was a copy of the first.
Finding 6: A culture in which escalation was seen as a complaint stopped practitioners challenging decisions.
Finding 7: Workforce capacity and turnover undermined continuity for both boys.
## 10. Recommendations
1. The Partnership should ensure that, whenever a child is identified as at risk of criminal exploitation, the risk to siblings and other children in the household is assessed at the same strategy discussion.
2. Harbourmouth Children's Services should revise child protection procedures to include a category or clear guidance for extra-familial harm, so that the neglect category is no longer used for it.
3. Child protection plans for extra-familial harm should include actions for the adults and agencies around the child, including disruption of those who exploit.
4. Harbourmouth Police should ensure that information from members of the public about threats to a named child is referred to children's social care within 24 hours.
5. The Partnership should seek assurance from neighbouring police forces on the matching of intelligence with missing person reports for children from other areas.
6. Schools and the PRU should be told of any threats to a child or the child's home by the police within one working day.
7. The Youth Justice Service should revise its engagement and breach policy so that missed appointments by a child known to be exploited prompt a safety review, not enforcement.
8. Part-time timetables for children subject to child protection plans should be agreed by the core group and reviewed every four weeks.
9. The Partnership should relaunch its escalation policy, making clear that escalation is a normal part of professional practice, and monitor its use.
## 11. Glossary
CCE - child criminal exploitation. CP - child protection. EHCP - education, health and care plan. LAC - looked-after child. MFH - missing from home. NRM - National Referral Mechanism. PRU - pupil referral unit. SEN - special educational needs. SILP - Significant Incident Learning Process. YJS - Youth Justice Service. YOT - Youth Offending Team. s20 - section 20 of the Children Act 1989.
"""


def build_docx():
    from docx import Document
    doc = Document()
    for line in DC03.strip().split("\n"):
        if line.startswith("## "):
            doc.add_heading(line[3:], level=2)
        elif line.startswith("# "):
            doc.add_heading(line[2:], level=1)
        elif line.strip():
            doc.add_paragraph(line)
    doc.save(os.path.join(OUT, "dc03.docx"))

def build_html():
    parts = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Learning review: Sam</title></head><body>"]
    for line in DC06.strip().split("\n"):
        if line.startswith("### "):
            parts.append("<h3>%s</h3>" % html.escape(line[4:]))
        elif line.startswith("## "):
            parts.append("<h2>%s</h2>" % html.escape(line[3:]))
        elif line.startswith("# "):
            parts.append("<h1>%s</h1>" % html.escape(line[2:]))
        elif line.startswith("- "):
            parts.append("<ul><li>%s</li></ul>" % html.escape(line[2:]))
        elif line.strip():
            parts.append("<p>%s</p>" % html.escape(line))
    parts.append("</body></html>")
    open(os.path.join(OUT, "dc06.html"), "w", encoding="utf-8").write("\n".join(parts).replace("</ul>\n<ul>", "\n"))

def build_pdf():
    from fpdf import FPDF
    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    for line in DC08.strip().split("\n"):
        if line.startswith("# "):
            pdf.set_font("Helvetica", "B", 15)
            pdf.multi_cell(0, 8, line[2:], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif line.startswith("## "):
            pdf.set_font("Helvetica", "B", 12)
            pdf.ln(2)
            pdf.multi_cell(0, 7, line[3:], new_x="LMARGIN", new_y="NEXT")
        elif line.strip():
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.output(os.path.join(OUT, "dc08.pdf"))

if __name__ == "__main__":
    build_docx(); build_html(); build_pdf()
    print("built")
