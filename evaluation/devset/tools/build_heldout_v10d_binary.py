# Builds the binary/markup reports pd03.docx, pd05.pdf, pd07.html, pd10.docx.
# Run with /work/scratch-venv/bin/python (python-docx 1.2.0, fpdf2 2.8.9).
import os, html
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reports")
TEXTS = {}
TEXTS["pd05"] = r"""
KESTLE VALE SAFEGUARDING CHILDREN PARTNERSHIP

Local Child Safeguarding Practice Review

Child O ("Owen")

"He said he was seventeen"

An appreciative inquiry review

Publication date: April 2025

Independent reviewer: Marcus Threlfall

1. INTRODUCTION

1.1 This review concerns a boy referred to as Owen (Child O), who lives with his parents in Kestle Vale, a borough in the North West of England. In July 2023, when Owen was 14, he travelled alone by train to a city about 90 miles away to meet a man he had come to know through an online multiplayer game. The man, whom this report calls Adult P, was 42; throughout their contact he had told Owen that he was 17. Owen was sexually abused in a hotel room. He was found the following morning by British Transport Police after his mother reported him missing and his phone location was traced.

1.2 Adult P pleaded guilty in 2024 to offences including arranging the commission of a child sex offence, sexual activity with a child, and causing a child to send indecent images. He was sentenced to 11 years' imprisonment. The review refers to the offences as facts because of his guilty pleas.

1.3 The Kestle Vale Safeguarding Children Partnership notified the Child Safeguarding Practice Review Panel and, following a rapid review in August 2023, commissioned this local child safeguarding practice review. The rapid review noted that Owen had been known to several services, that he was being educated at home at the time of the incident, and that there might be learning about how professionals understand children's online lives, particularly the lives of autistic children.

1.4 The partnership considers that what happened to Owen was child sexual exploitation, as well as online grooming: Adult P gave Owen in-game currency, "skins" and, later, a gift card in exchange for images, and controlled him through a mixture of flattery, secrecy and threats to share the images he had sent. The partnership uses the national definition, under which exploitation can happen online and need not involve money changing hands between adults.

2. THE APPROACH TO THE REVIEW

2.1 The review used an appreciative inquiry approach. Appreciative inquiry asks what worked well, what could be even better, and what would need to be in place for good practice to happen more often. It does not avoid difficult findings, but it frames them around what is possible. The partnership chose this approach because the professionals involved had been deeply affected by what happened, and because many of the issues were systemic rather than individual.

2.2 The review involved:
 - agency reports and chronologies from the GP practice, the school Owen attended until 2022, CAMHS, the local authority elective home education team, British Transport Police and the local police force, and the autism support charity that worked with the family;
 - two appreciative inquiry workshops with practitioners and their managers;
 - a conversation with Owen's mother and father together, and a separate conversation with Owen, who was supported by his ISVA;
 - a review of research on online grooming, gaming platforms and autistic young people.

2.3 The review period runs from September 2021, when Owen started Year 8, to the day he was found in July 2023.

2.4 Terms of reference. The key lines of enquiry were:
 a) What did professionals know about Owen's online life, and how did they ask about it?
 b) How was Owen's autism understood, and how did it shape the help he was offered?
 c) What was the impact of elective home education on the visibility of Owen to professionals?
 d) How were Owen's parents, including his father, engaged?
 e) How well was information shared between school, health and the local authority?
 f) What worked well in the response when Owen went missing?

3. OWEN AND HIS FAMILY

3.1 Owen is a white boy of Polish heritage. His parents moved to England before he was born and are married and live together. His father works offshore on a rotation of three weeks away and three weeks at home. Owen has an older sister who is at university.

3.2 Owen was diagnosed as autistic when he was seven. He has a strong interest in computer games and in building and coding. He has few friends in person and described his online friends as "the only people who got me".

3.3 Owen's mother has experienced depression for many years and has been treated by her GP; she described the period in 2022 and 2023 as one of the hardest of her life. There was no domestic abuse in the household. Neither parent misused alcohol or drugs, and neither parent was known to the police. The family told the review they had enough money but had little support nearby; their extended family are in Poland.

3.4 Owen told the review:
 "I didn't think he was lying. He knew all the same games. He said his dad was strict too."
 "I couldn't tell Mum because I'd sent the pictures. He said I'd go to prison."
 "Nobody ever asked me who I talked to online. They asked how many hours I played."

4. CHRONOLOGY OF KEY EVENTS

Year 8 (2021-2022): school and bullying

4.1 Owen attended a mainstream secondary school, Kestle Vale Academy. He had an education, health and care plan (EHCP) with support from a teaching assistant for part of the day. From the start of Year 8 he was bullied by a group of boys in his year, who mocked his accent and his interests and, on two occasions, pushed him down the stairs. The school responded to each incident under its anti-bullying policy; the boys involved were sanctioned, and a "safe space" was arranged for Owen at lunchtimes.

4.2 Owen's attendance fell from 94% to 61% over the year. His parents reported that he was refusing to go and was "in meltdown" every morning. The school's SENCo and the family had a good relationship, and the SENCo referred Owen to CAMHS with the parents' consent in February 2022 because of anxiety and low mood.

4.3 In the online safety lesson in Year 8, the class were taught about sharing images. The school's records do not show whether Owen was present.

Summer 2022: the decision to home educate

4.4 In July 2022, Owen's parents wrote to the school to say they would educate Owen at home from September. They told the review this was "a desperate decision" because they felt they could not make him go to school and wanted to protect him from the bullying. The school removed Owen from roll and informed the local authority in line with the regulations. The elective home education (EHE) team wrote to the family offering a visit; the family accepted, and an EHE adviser visited once, in November 2022. The adviser recorded that Owen was "following an online curriculum and doing well at coding" and that the home education was suitable.

4.5 Because Owen had an EHCP, the local authority's SEND team was also notified and carried out an annual review in January 2023. The annual review was held online; Owen did not attend.

4.6 No professional from the EHE team or the SEND team knew that Owen had been referred to CAMHS.

Autumn 2022 to spring 2023: CAMHS

4.7 CAMHS saw Owen for an initial assessment in October 2022, after an eight-month wait. The assessment records that Owen "spends most of the day gaming - parents concerned about screen time". The clinician discussed sleep hygiene and "screen limits" and offered a short course of work on anxiety. Owen attended all five sessions with his mother. The clinician told the review that she did not ask Owen who he talked to online or whether anyone online had asked him for anything: "It just wasn't on my radar as a question to ask. I was thinking about hours, not people."

4.8 The CAMHS assessment did not explore Owen's father's view, and the clinician did not meet him; he was offshore at the time of each appointment. Owen's father told the review: "Nobody asked me anything, ever. I was the one who set up his computer."

4.9 The family also had support from a local autism charity, which ran a parents' group that Owen's mother attended monthly, and a Saturday social club for autistic teenagers. Owen went to the club twice and then refused.

Winter 2022 to July 2023: the grooming

4.10 The police investigation established that Adult P first contacted Owen in a public lobby of a popular multiplayer game in December 2022. He quickly moved the conversation to a private chat and then to a messaging app. Over seven months, Adult P sent Owen more than 9,000 messages. The messages show a familiar pattern: shared interests, flattery, presenting himself as a similar age, sympathy about bullying and "parents who don't understand", gifts of in-game items, then requests for pictures, then sexual requests, then threats.

4.11 In May 2023, Owen's mother noticed a gift card on his bank statement and asked him about it. Owen said a friend had paid him back for something. She mentioned this to the CAMHS clinician, who had by then discharged Owen, in a phone call about a repeat letter. The call was recorded as "mum reports Owen has an online friend, seems positive for him". No one considered it further.

4.12 On 14 July 2023 Owen left home at 6 a.m. while his father was away and his mother was asleep. His mother reported him missing at 9.30 a.m. The local police graded the report as high risk because of his age and autism, checked his devices with his parents' consent, found the messages, and alerted British Transport Police and the force in the destination city. Owen was found at 7 a.m. the next day. The response to Owen's disappearance was swift, coordinated and effective.

5. WHAT WORKED WELL

5.1 The school's response to bullying was proportionate and consistent, and the SENCo's relationship with the family was strong. The referral to CAMHS was timely.

5.2 The police response to the missing report was exemplary: a high-risk grading, immediate digital enquiries, and cross-force cooperation that, the police believe, prevented Owen from being taken further.

5.3 Since July 2023 Owen has been supported by a children's ISVA and has started therapeutic work. He has returned to education at a specialist setting two days a week.

5.4 The family engaged well with every service offered to them: they attended appointments, welcomed visits and asked for help. This was not a family that avoided professionals.

6. EVEN BETTER IF - ANALYSIS AND FINDINGS

Finding 1: Owen's online life was his daily life, and no professional asked about it.

6.1 For Owen, the online world was where he had friends, status and a sense of belonging. Professionals - the CAMHS clinician, the EHE adviser, the SEND annual review - focused on the quantity of his screen time, not on the people he met there. The review considers that Owen's lived experience was not understood. This is not a criticism of the individual practitioners: the partnership's own training treated online safety as a school curriculum topic, not as a safeguarding question for health and local authority professionals.

Finding 2: Autistic children may be particularly vulnerable to online grooming, and professionals did not consider this.

6.2 The research the review considered suggests that autistic young people may find online friendship easier than face-to-face friendship, may be more literal in their trust, and may find it harder to recognise manipulation. Owen's assessments described his autism in terms of his anxiety and his school refusal, but did not consider what it might mean for his safety online.

Finding 3: Elective home education reduced the number of professionals who saw Owen, and those who did see him did not have the whole picture.

6.3 The review is clear that home education was a legitimate and understandable choice for Owen's parents. It also finds that, once Owen left school, he was seen by one EHE adviser on one occasion, by a CAMHS clinician in the company of his mother, and not at all by the SEND team. None of these professionals knew what the others knew.

Finding 4: Information was not shared between the EHE team, the SEND team and CAMHS.

6.4 The EHE team was not told that Owen was under CAMHS. CAMHS was not told that Owen had left school. The SEND annual review did not include health input. The May 2023 phone call about the "online friend" was not shared with anyone.

Finding 5: Owen's father was not engaged.

6.5 Owen's father was invisible to services. Appointments were arranged in working hours when he was offshore, and no professional made any attempt to speak with him by phone or at a time he was at home. He had the most knowledge of Owen's technology and might have been the person best placed to spot what was happening.

Finding 6: The CAMHS assessment did not include questions about online relationships or exploitation.

6.6 The CAMHS assessment template in use at the time did not include prompts about online contacts. The assessment was otherwise thorough. CAMHS has since changed its template.

Finding 7: The signal in May 2023 was not picked up.

6.7 A gift card from an unknown online friend is a recognised indicator of grooming. The professional who heard about it did not apply curiosity to it, and did not challenge the positive framing. The review understands that the clinician was covering a duty line and had no context, but notes that a question - "who is the friend, and why did they send money?" - might have changed the outcome.

7. RECOMMENDATIONS

1. The Kestle Vale Safeguarding Children Partnership should produce guidance for all practitioners on asking children about their online lives, focused on relationships rather than screen time.
2. The partnership should commission training on the particular vulnerabilities of autistic children and young people to online grooming and exploitation.
3. The local authority should ensure that when a child with an EHCP is withdrawn for elective home education, the SEND team, the EHE team and any health services known to be involved are told, and a multi-agency conversation takes place.
4. CAMHS should incorporate questions about online contacts, gifts and requests for images into its initial assessment and review templates (already in progress).
5. All agencies should take steps to engage fathers who work away, including offering appointments at different times and by phone or video.
6. The partnership should include online gifts and payments from unknown contacts in its list of indicators of exploitation in multi-agency guidance.
7. The partnership should share Owen's story (with his consent, which he has given) with gaming and online safety organisations in the area.
8. The partnership should evaluate the impact of these recommendations in 12 months and report to its executive.

8. GLOSSARY

CAMHS - Child and Adolescent Mental Health Services
EHCP - Education, Health and Care Plan
EHE - Elective Home Education
ISVA - Independent Sexual Violence Adviser
SENCo - Special Educational Needs Coordinator
SEND - Special Educational Needs and Disabilities

9. THE FAMILY'S CONTRIBUTION

9.1 Owen's parents asked the review to include a message for other parents: "We thought the danger was outside the house. We locked the door at night. The danger was in his bedroom, on the screen, and it looked like a friend." They have since joined a parents' group run by the autism charity and have spoken to other families about online safety.

9.2 Owen asked for one thing to be written down: "Ask kids who their friends are online. Not how long they play. Who they talk to."

Note: Owen had not been known to children's social care before July 2023 and had never been the subject of a child protection plan.
"""
TEXTS["pd07"] = r"""
<h1>Brackenfold Safeguarding Children Partnership</h1>
<h2>Local Child Safeguarding Practice Review: Baby N</h2>
<p><em>Published 28 August 2024. Reviewer: Dr A. Marchetti, consultant community paediatrician and former designated doctor for safeguarding children (independent of Brackenfold). Brackenfold is an outer London borough.</em></p>

<h3>1. Summary</h3>
<p>Baby N is a White British boy. In March 2023, when he was 11 weeks old, he was taken by ambulance to hospital after his mother found him floppy and unresponsive in his cot. He was found to have bilateral subdural haemorrhages, retinal haemorrhages and three fractured ribs of different ages. He survived, but is expected to have long-term developmental difficulties. He now lives with his maternal aunt.</p>
<p>Baby N's father, referred to here as Mr N, was arrested. While in custody his behaviour gave cause for concern, and within days he was transferred to a secure psychiatric unit, where he was diagnosed with a psychotic illness (paranoid schizophrenia, first episode). Mr N later admitted causing Baby N's injuries. He told psychiatrists that he had believed the baby was "being used to watch him". In 2024 the court imposed a hospital order under the Mental Health Act. The review describes Mr N's illness as undiagnosed at the time of the injuries: nobody, including Mr N, his partner and the professionals who met him, had recognised that he was becoming unwell.</p>
<p>Baby N's mother, Ms N, was not implicated in the injuries and has been assessed as a protective parent. The case was notified to the Child Safeguarding Practice Review Panel as serious harm: physical abuse.</p>

<h3>2. Why a review, and how it was done</h3>
<p>The rapid review in April 2023 found that both parents had been seen by several health professionals in the weeks before the injuries; that Mr N had told his GP of symptoms that, looking back, were early signs of psychosis; and that Baby N had been seen by a GP with a bruise at seven weeks. The partnership agreed with the Panel that a local review would add to national learning on perinatal mental health in fathers and on the significance of bruising in non-mobile babies.</p>
<p>The review drew on systems thinking but did not follow any one proprietary model. It involved agency chronologies and reports, individual conversations with the GP, midwife, health visitor and housing officer, a practitioner workshop and a meeting with Ms N. Mr N, through his clinical team, declined to take part; his consultant psychiatrist gave a written account of his illness with his consent.</p>
<p>The review period ran from the booking appointment in June 2022 to Baby N's admission in March 2023.</p>

<h3>3. Terms of reference</h3>
<ol>
<li>How did maternity, health visiting and primary care services ask about and respond to the mental health of both parents?</li>
<li>What was known about Mr N, and how was he included in antenatal and postnatal care?</li>
<li>How was the bruise seen at seven weeks assessed, and was the partnership's protocol for bruising in non-mobile babies followed?</li>
<li>How were the family's practical circumstances - money, housing, support - understood as sources of stress?</li>
<li>How was information shared between the GP records of the parents and the baby?</li>
</ol>

<h3>4. The family</h3>
<p>Ms N (26) and Mr N (29) had been together for four years and were living together, unmarried, in a one-bedroom privately rented flat. They moved to Brackenfold from the Midlands three months before the birth, for Mr N's work as a warehouse supervisor, and had no family or friends nearby. Ms N's sister lived two hours away.</p>
<p>The family were in financial difficulty. Mr N's hours were cut in late 2022 and the couple fell into rent arrears; they were in contact with the council's tenancy sustainment officer in February 2023 about an application for help with rent and were referred to a food bank.</p>
<p>Ms N had no history of mental ill-health. Mr N had experienced a difficult childhood: he told the midwife at booking that his own father had been violent towards his mother and towards him, and that he had "left home at sixteen". He had used cannabis heavily as a teenager and young adult, and had a police caution for possession of cannabis at 17. He told professionals in 2022 that he no longer used cannabis; hair-strand testing after the incident was negative for cannabis and other drugs.</p>
<p>Routine enquiry about domestic abuse was made of Ms N, alone, on three occasions (booking, 36 weeks and the new birth visit). She said there was no abuse, and she has told the review that there was none before the weeks leading up to the incident, when Mr N became "suspicious and jumpy" but was never violent towards her. The police and other agencies held no information about domestic abuse. The review found no domestic abuse in the household.</p>

<h3>5. Key episodes</h3>

<h4>5.1 Pregnancy (June 2022 - January 2023)</h4>
<p>Ms N booked with the community midwifery team at 11 weeks. The booking appointment was thorough. Mr N attended most antenatal appointments and was described as "attentive". The midwife recorded Mr N's disclosure about his childhood and asked whether he had ever had any help with his mental health; he said no. Maternity services do not open records for fathers and there was no route for the midwife to record or follow this up for him. The midwife did not share the disclosure with the GP or health visitor.</p>
<p>The health visitor completed an antenatal contact at 30 weeks, by video because of staff shortages. Mr N was not present.</p>

<h4>5.2 Birth and early weeks (January - February 2023)</h4>
<p>Baby N was born at term, by normal delivery, in good condition. The new birth visit was completed at 12 days. The health visitor recorded that the parents were "tired but coping", that the flat was cramped and cold, and that the family had no support network. She discussed safe sleep and coping with crying (the ICON programme). She asked Ms N about her mood and used the standard screening questions; she did not ask Mr N, who was present, about his own mood or sleep.</p>

<h4>5.3 The GP consultation with Mr N (late January 2023)</h4>
<p>Mr N saw a GP, whom he had not seen before, about insomnia. The GP recorded: "new baby, not sleeping, stressed at work - feels colleagues are talking about him. No thoughts of self-harm." The GP offered sleep hygiene advice and a short course of a sleeping tablet. The GP told the review that, in a ten-minute appointment with a new father who had a new baby, the most obvious explanation was tiredness. The consultant psychiatrist's account to the review indicates that Mr N's belief that colleagues were talking about him was, in retrospect, an early sign of paranoid thinking.</p>
<p>The review does not criticise the GP for not diagnosing psychosis in one consultation. The learning is about the question that was not asked: "How are you getting on with the baby, and how are you feeling about him?" The GP record for Mr N was not linked to the records for Ms N or for Baby N, and the GP had no way of knowing about the midwife's earlier note of Mr N's childhood.</p>

<h4>5.4 The bruise at seven weeks (late February 2023)</h4>
<p>Ms N took Baby N to the GP practice with a small bruise on his left ear, which she said she had noticed after Mr N had been changing him. Mr N had told her that the baby's ear got caught in the car seat strap. The practice nurse showed the bruise to a GP, who accepted the explanation and recorded "minor bruise - mechanism consistent". The partnership's protocol for bruising in non-mobile babies requires any bruise in a baby who is not yet rolling to be referred to children's social care and for a paediatric assessment on the same day. The protocol was not followed. Neither the GP nor the nurse had read the protocol, which had been revised the previous year.</p>
<p>The review considers that a paediatric assessment at this point would very probably have identified the rib fractures, which were already present.</p>

<h4>5.5 The fortnight before the injuries</h4>
<p>Ms N told the review that in early March Mr N became preoccupied with the idea that the baby monitor was being used to listen to him, and unplugged it. He slept very little. She told the health visiting duty line, in a call about feeding, that her partner was "not himself" and "very stressed about money". The duty health visitor advised her to speak to the GP about Mr N and offered a listening visit for Ms N; the call was recorded on Baby N's record. The review found no evidence that the information reached the named health visitor or the GP.</p>

<h3>6. Analysis</h3>
<h4>6.1 Fathers' mental health in the perinatal period</h4>
<p>National and international research shows that fathers as well as mothers can experience mental illness in the perinatal period, and that, rarely, a first episode of psychosis in either parent can present after the birth of a baby. Services in Brackenfold, as in most areas, are organised around the mother. Each professional who met Mr N saw part of the picture: the midwife (his childhood and his lack of previous help), the GP (insomnia and suspicion about colleagues), the health visitor duty line (Ms N's worry that he was "not himself"). No one brought these together, and no one asked him directly about his mental health and his feelings towards the baby.</p>
<h4>6.2 Bruising in non-mobile babies</h4>
<p>The failure to follow the bruising protocol is the most significant practice issue in this review. A bruise in a seven-week-old baby is a sentinel injury. The explanation offered was plausible, but the purpose of the protocol is precisely that plausibility is not the test. The GP and the nurse accepted the account without question.</p>
<h4>6.3 Stress and isolation</h4>
<p>The family's poverty, their cramped housing and their lack of any support network were recorded by the health visitor and the housing officer, but were not understood as factors increasing risk for a young baby. The housing officer told the review he had noticed that Mr N "seemed paranoid, thought the landlord was spying on them", but thought this was about the arrears.</p>
<h4>6.4 Engagement</h4>
<p>Both parents attended every appointment and welcomed every visit. There was no disguised compliance, no missed appointments and no avoidance of professionals. The difficulty was not engagement, but what professionals asked when they had the family in front of them.</p>
<h4>6.5 Organisational factors</h4>
<p>The antenatal health visiting contact was by video because of staff shortages, but the review does not consider this affected the outcome. The review did not find that workload, supervision or leadership were significant factors in the practice described. Each of the professionals involved had regular safeguarding supervision, and the managers who spoke to the review were open, reflective and keen to learn. The practitioners at the workshop said that the biggest barrier was not time but confidence: several said that they would not have known what to do if a father had told them that he was hearing voices or believed he was being watched, because there was no obvious service to refer him to.</p>

<h3>6A. Ms N's account</h3>
<p>Ms N met the reviewer twice, once at her sister's home and once at the paediatric follow-up clinic. She wanted the review to understand how ordinary the weeks before the injuries had seemed from the inside. "Everyone tells you that you will be exhausted and that your partner will be stressed. When he started saying strange things I thought it was the tiredness talking. I didn't know men could get ill like that after a baby. Nobody ever told me." She said that, looking back, the change in Mr N was gradual: first he stopped sleeping, then he stopped eating with her, then he started checking the windows at night and saying that the neighbours were recording them.</p>
<p>Ms N said that she did try to tell people. She mentioned Mr N's stress to the health visitor at the new birth visit and to the duty line in March. She felt that each time the conversation came back to her: her mood, her feeding, her sleep. "They were kind, but they were asking about the wrong person." She also said that, when the bruise was seen at the surgery, she had been relieved that the doctor "wasn't worried", because she had been worried herself.</p>
<p>Ms N wanted other mothers to know that it was all right to say that they were frightened of how their partner was behaving, even if he had never hurt anyone. She has agreed that her words can be used in training.</p>

<h3>6B. Developments since the incident</h3>
<p>Since the rapid review, several changes have already been made. The community midwifery service has added a question to its booking template about the partner's mental health history, with a route to share significant concerns with the GP. The health visiting service has reissued guidance on duty calls. The partnership's bruising protocol has been relaunched with a short animated film for primary care, and the named GP for safeguarding has visited every practice in the borough. The local perinatal mental health service has begun a pilot offering assessment to fathers and non-birthing partners where concerns are raised, although the pilot is small and its long-term funding is not secure.</p>
<p>Baby N has made more progress than was at first expected. He is cared for by his maternal aunt under a special guardianship order and has regular contact with his mother. He has physiotherapy and is under the care of a neurodevelopmental team. His longer-term needs are not yet known.</p>

<h3>7. Findings</h3>
<ol>
<li>Mr N was not seen as a parent whose own mental health mattered to the baby's safety: services were organised around the mother, and fathers were not asked about their mental health.</li>
<li>Signs of Mr N's deteriorating mental health were seen by three different professionals and the information was not shared or connected.</li>
<li>The bruise at seven weeks was accepted without question; the bruising protocol was not followed and professionals lacked curiosity about a sentinel injury.</li>
<li>Poverty, overcrowding and isolation were recorded but were not considered in assessing risk.</li>
</ol>

<h3>8. Recommendations</h3>
<ol>
<li>The partnership should seek assurance that every GP practice in Brackenfold has received and understood the revised protocol for bruising in non-mobile babies, and should audit compliance within six months.</li>
<li>Maternity, health visiting and primary care services should introduce routine enquiry about fathers' and partners' mental health in the antenatal and postnatal periods, including questions about feelings towards the baby.</li>
<li>The integrated care board should work with GP practices on linking the records of household members so that information relevant to a baby's safety is visible.</li>
<li>The health visiting service should ensure that information from duty calls about a parent's mental health is passed to the named health visitor and the GP.</li>
<li>The partnership should include fathers' perinatal mental health, including the rare presentation of first-episode psychosis, in its multi-agency training programme.</li>
</ol>

<h3>9. Glossary</h3>
<ul>
<li>ICON - Infant crying is normal; comforting methods can help; it's OK to walk away; never shake a baby.</li>
<li>Non-mobile baby - a baby who is not yet crawling, cruising or walking.</li>
<li>Sentinel injury - a minor injury, such as a bruise, in a young baby, which may be the first sign of abuse.</li>
</ul>
<p>Baby N and his family were not known to children's social care before March 2023.</p>
"""
TEXTS["pd03"] = r"""
Silverdene Safeguarding Children Partnership
RAPID REVIEW - Child S
Date of report: 19 March 2024
Status: CONFIDENTIAL - submitted to the Child Safeguarding Practice Review Panel

## 1. Basic details
Child S ("Sophie") is a 13-year-old girl in Year 9 at Marlow Heath School. She is of British Pakistani heritage. She lives with her mother and maternal grandmother; her parents separated when she was small and her father lives abroad and has no contact. The family had no previous involvement with children's social care.

## 2. What happened
On 26 February 2024 a Year 9 pupil showed a teacher a nude image of Sophie that was being shared on a group chat. The school's designated safeguarding lead (DSL) followed the national guidance on sharing nudes and semi-nudes: the devices were secured, the police were contacted, and Sophie and her mother were spoken to that afternoon.

Sophie told the DSL that since November 2023 she had been talking on a social media app to someone she believed to be a 16-year-old boy from another town. He had persuaded her to send images of herself and then asked for more explicit images, threatening to send the earlier ones to her school friends if she refused. Sophie sent a number of images. When she stopped replying, the person sent one image to a boy in her year, who forwarded it to the group chat.

Police enquiries identified the account holder as a man in his thirties in another part of the country. He was arrested in March 2024 and, at the time of this review, is under investigation for offences including causing a child to engage in sexual activity and possession and distribution of indecent images of children. He has not been charged. Nothing in this report should be taken as a finding of fact against him.

The boy who forwarded the image was spoken to by the police and school; the police have recorded the matter under Outcome 21 (no further action in the public interest). He is not a subject of this review.

## 3. Agency involvement before the incident
School: Sophie's attendance was 96%. She was bullied online by girls in her year during Year 8 (a group chat that excluded and mocked her), which the school dealt with at the time. Sophie had told her form tutor that she "had a boyfriend online", which the tutor noted in conversation but did not record or pass on.
Voluntary sector: Sophie attended a weekly girls' group at a youth project run by a local charity. Staff had no concerns.
No other agency had contact with Sophie or her family in the year before the incident.

## 4. Analysis
Was this child sexual exploitation? The partnership discussed this at length. The review concluded that Sophie was sexually abused online by an adult stranger using coercion and threats (sometimes called sextortion). There was no evidence of any exchange of anything Sophie wanted or needed, and the review does not consider that Sophie was sexually exploited within the statutory definition; the primary harm is extra-familial child sexual abuse.

What was good? The response of the school on the day was swift and followed guidance. Information was shared promptly and appropriately between the school, the police and children's social care; the strategy discussion was held within 24 hours.

What could be better? Sophie's online life was not something adults around her knew about or asked about. The comment about an "online boyfriend" was a missed chance to have a conversation. Sophie's mother said she had not known what apps Sophie used.

## 5. Recommendations to partners
1. The partnership should share learning with all schools on recording and passing to the DSL any mention by a pupil of an online relationship with someone they have not met.
2. The partnership should run a parent campaign on sextortion, in community languages including Urdu.
3. The police and the partnership should consider how children and families are told about the progress of investigations into online offenders in other force areas.

## 6. Decision
The rapid review concludes that a local child safeguarding practice review is not required: the learning is clear and national reviews of online sexual abuse are in progress.
"""
TEXTS["pd10"] = r"""
Thornleigh Safeguarding Children Partnership
Thematic Review: Online Harm Through Gaming and Social Media
Published: October 2024

## Purpose
In 2023 the partnership received two serious incident notifications, within four months of each other, about children who had been sexually abused by adults they met online. Rather than hold two separate reviews, the partnership commissioned a thematic review using a bespoke mixed-methods thematic approach: case file audit, interviews with practitioners, focus groups with young people from the Youth Council, and a survey of 140 parents.

## The two children
Child A is a 15-year-old white girl who has been in foster care since the age of eleven under a care order. Her birth mother has a long history of drug misuse. In spring 2023 Child A was identified as being sexually exploited by a group of adults she first met through a social media platform; she was given alcohol and cannabis, which she was by then using most days, and a phone, in exchange for meeting men. She had previously been subject to a child protection plan before she became looked after. She had been going missing from her foster placement, and was known to CAMHS for anxiety and self-harm.

Child B is a boy of 10 (Year 5), living with his parents, who are married, and an older brother. In autumn 2023 his parents discovered that an adult he had met through a children's building game had persuaded him to perform sexual acts on video call. The adult was later identified and convicted. Child B had an open child in need plan at the time because of his brother's needs and the family's request for short-term help; he had never been subject to a child protection plan. He has a diagnosed learning disability.

In neither family was domestic abuse identified during the period reviewed. Neither child was home educated; both were on the roll of a school.

## Findings
1. Young people told us that adults rarely ask about online life. "They ask if you're safe online like it's a yes or no question." Both children's experiences of their online worlds were unknown to the professionals working with them.
2. In Child A's case, information about her online contacts was held by the foster carer, the police and the supervising social worker but was not shared in one place. In Child B's case, the school and the social worker shared information well.
3. Practitioners lacked confidence in asking about online sexual abuse, and rarely challenged one another's assumptions that a child "knew how to stay safe".
4. Parents said they wanted practical help: 71% of the survey respondents did not know how to use parental controls on consoles.

## Recommendations
1. The partnership should produce a short practice guide for asking children about their online relationships.
2. Children's social care should include online contacts in the care plans and risk assessments of looked-after children.
3. The partnership should work with schools to offer practical parent sessions on consoles and gaming platforms.
4. The partnership should repeat the young people's focus groups in 2025 to test whether practice has changed.
"""

def build_docx(stem):
    from docx import Document
    doc = Document()
    for line in TEXTS[stem].strip().split("\n"):
        if line.startswith("## "):
            doc.add_heading(line[3:], level=2)
        elif line.strip():
            doc.add_paragraph(line)
    doc.save(os.path.join(D, stem + ".docx"))

def build_pdf(stem):
    from fpdf import FPDF
    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in TEXTS[stem].strip().split("\n"):
        if not line.strip():
            pdf.ln(3)
            continue
        bold = line.isupper() and len(line) < 80
        pdf.set_font("Helvetica", "B" if bold else "", 10)
        pdf.multi_cell(0, 5, line.encode("latin-1").decode("latin-1"), new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(D, stem + ".pdf"))

def build_html(stem):
    body = TEXTS[stem].strip()
    page = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<title>Local Child Safeguarding Practice Review: Baby N</title></head>\n<body>\n"
            + body + "\n</body></html>\n")
    open(os.path.join(D, stem + ".html"), "w", encoding="utf-8").write(page)

if __name__ == "__main__":
    build_docx("pd03")
    build_pdf("pd05")
    build_html("pd07")
    build_docx("pd10")
