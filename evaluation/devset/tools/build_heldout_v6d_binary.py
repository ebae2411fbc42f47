#!/usr/bin/env python3
# Rebuilds the .docx and .pdf reports of writer d. Run with /work/scratch-venv/bin/python build_binary.py
SOURCES = {'wd05.docx': {'items': [('title', 'Ashgrove and Lowther Safeguarding Children Partnership'),
                         ('h1', 'Local Child Safeguarding Practice Review: Child D'),
                         ('p', 'Lead reviewers: Hannah Breckon (independent) and Imran Qadir (independent)'),
                         ('p', 'Final report: July 2025. Published: 9 September 2025'),
                         ('h2', '1. Introduction'),
                         ('p',
                          '1.1 This review concerns a boy who will be called Child D, or D. D lives with his mother '
                          'and his older sister in Ashgrove, which together with the neighbouring district of Lowther '
                          'forms the area of the Ashgrove and Lowther Safeguarding Children Partnership in Yorkshire '
                          'and the Humber.'),
                         ('p',
                          '1.2 On 19 January 2025 D, who was then eight years old, was brought to the Emergency '
                          'Department at Ashgrove Royal Hospital by ambulance, drowsy and breathing rapidly. He was '
                          'found to be in diabetic ketoacidosis (DKA) and was transferred to the paediatric intensive '
                          "care unit at Lowther Children's Hospital, where he remained for six days. During his "
                          'admission it was also found that he had extensive untreated dental decay, with two '
                          'abscesses; nine teeth were later extracted under general anaesthetic.'),
                         ('p',
                          '1.3 D has had type 1 diabetes since he was five. The Rapid Review found that his diabetes '
                          'had been poorly controlled for at least a year, that he had not been brought to eleven '
                          'hospital appointments in the previous fourteen months, and that he had been withdrawn from '
                          'school to be educated at home four months earlier. The Partnership concluded that D had '
                          'been seriously harmed by medical and dental neglect and that there was learning for the way '
                          'agencies work together, particularly where a child with a health condition is electively '
                          'home educated.'),
                         ('h2', '2. Methodology'),
                         ('p',
                          '2.1 The review used the Significant Incident Learning Process (SILP). Agencies provided '
                          'reports on their involvement and took part in a learning event with the practitioners '
                          'involved, followed by a recall event to test the draft findings. The scope was October 2023 '
                          'to January 2025.'),
                         ('p',
                          "2.2 D's mother met the lead reviewers with an interpreter. D's views were gathered by his "
                          "current social worker. D's father lives abroad and was not contacted."),
                         ('p',
                          '2.3 Agencies contributing: Ashgrove Royal Hospital (paediatric diabetes team and ED); '
                          "Lowther Children's Hospital; Ashgrove Council Children's Services (MASH and Early Help); "
                          'Ashgrove Council Elective Home Education team; Ashgrove Primary School; Moorside Surgery '
                          '(GP); Ashgrove Community Dental Service; Ashgrove and Lowther ICB.'),
                         ('h2', '3. Family background'),
                         ('p',
                          "3.1 D's family is of Pakistani heritage. D's mother came to England on marriage in 2009 and "
                          "speaks limited English. D's parents separated in 2021 and his father returned to Pakistan; "
                          "there has been little contact since. D's sister, now 13, has ADHD and attends secondary "
                          'school.'),
                         ('p',
                          "3.2 D's mother has chronic back pain and was treated by her GP for depression from 2022. "
                          'She has no relatives in England and told the reviewers she had fallen out with her '
                          'husband\'s family after the separation and "had nobody". She does not drive; the diabetes '
                          'clinic is two bus journeys away.'),
                         ('p',
                          '3.3 The family lives in a privately rented terraced house. Since the separation they have '
                          'relied on Universal Credit; the mother described running out of money for bus fares and '
                          'food before the end of each month, and had a debt to a catalogue company and arrears on her '
                          'council tax.'),
                         ('p',
                          '3.4 No concerns about drug or alcohol misuse were known to any agency, and there was no '
                          'history of domestic abuse known to any agency.'),
                         ('p',
                          '3.5 D had never been the subject of a child protection plan. The family was known to '
                          "Children's Services only through the MASH contact described below."),
                         ('h2', '4. Summary of key events'),
                         ('table',
                          [['Date', 'Event', 'Agency'],
                           ['Oct 2023',
                            'HbA1c very high; D not brought to next two clinics; letters sent',
                            'Diabetes team'],
                           ['Feb 2024',
                            'Dental pain reported by school; mother advised to register with dentist',
                            'Ashgrove Primary'],
                           ['Apr 2024',
                            'Diabetes specialist nurse home visit; little insulin in fridge; glucose meter not used '
                            'for weeks',
                            'Diabetes team'],
                           ['May 2024',
                            'Consultant considers possibility of deliberate insulin omission (FII); discussed with '
                            'named doctor',
                            'Hospital'],
                           ['Jun 2024',
                            'FII concern not substantiated after review of records and home observation',
                            'Hospital'],
                           ['Jul 2024', 'School attendance 84%; letters sent', 'Ashgrove Primary'],
                           ['Sep 2024', 'Mother de-registers D to home educate', 'EHE team'],
                           ['Oct 2024',
                            'Diabetes team refers to MASH: medical neglect; screened to Early Help',
                            'MASH'],
                           ['Nov 2024', 'Early Help offer declined by telephone; case closed', 'Early Help'],
                           ['Dec 2024',
                            "EHE adviser visit; mother says D 'doing well'; medical needs not discussed",
                            'EHE team'],
                           ['19 Jan 2025', 'D admitted in DKA', 'ED / PICU']]),
                         ('p',
                          '4.1 The diabetes specialist nurse (DSN) was persistent throughout. She telephoned, wrote, '
                          'visited at home and sought advice from the named nurse for safeguarding. In May 2024 the '
                          'consultant raised the possibility that insulin was being deliberately withheld to make D '
                          'ill. This was looked at carefully over six weeks, with the named doctor, and was not '
                          'substantiated: the team concluded that the mother did not understand how to adjust insulin '
                          'doses, was frightened of hypoglycaemia, and was overwhelmed. The reviewers consider that '
                          'this was a proportionate and well-documented process.'),
                         ('p',
                          '4.2 Ashgrove Primary School knew D as a cheerful, sociable boy. Staff managed his diabetes '
                          'in school with a care plan and noticed that he often arrived without snacks or his meter. '
                          'They reported dental pain to the mother in February 2024. The school did not know that D '
                          'had missed hospital appointments.'),
                         ('p',
                          '4.3 In September 2024 the mother de-registered D from school, saying she could look after '
                          'his diabetes better at home. The school informed the local authority EHE team as required. '
                          "The EHE team had no information about D's diabetes and did not know that the hospital had "
                          'concerns. The diabetes team did not learn that D was no longer in school until after his '
                          'admission.'),
                         ('p',
                          "4.4 The diabetes team's referral to the MASH in October 2024 set out clearly that D's "
                          'diabetes was dangerously poorly controlled and that appointments were being missed. The '
                          'MASH decision recorded that this was "a health matter best managed by the specialist team" '
                          'and that there was "no evidence of deliberate harm", and stepped the case down to Early '
                          'Help. The DSN disagreed and said so by email, but the decision was not changed, and the '
                          "Partnership's escalation policy was not used. The mother declined Early Help."),
                         ('h2', '5. Analysis'),
                         ('p',
                          '5.1 Was not brought. The reviewers heard practitioners talk about D "not attending" '
                          'appointments. An eight-year-old cannot take himself to a hospital two bus rides away. Each '
                          'missed appointment was a decision made by, or a difficulty faced by, his mother. The '
                          'pattern of missed appointments, unanswered letters and declined offers was a form of '
                          'reluctant engagement, but it also reflected poverty, language and isolation. Neither '
                          'explanation was enough on its own, and neither was properly explored.'),
                         ('p',
                          '5.2 Medical neglect and thresholds. The MASH treated medical neglect as a health matter '
                          'unless deliberate. This is a misunderstanding of neglect, which does not require intent. '
                          'The decision was made without the history and without speaking to the DSN. The reviewers '
                          "consider that the assessment at the front door lacked analysis and did not consider D's "
                          'daily life: who was checking his blood glucose, who was giving his insulin, whether he had '
                          'eaten.'),
                         ('p',
                          '5.3 Elective home education. The decision to home educate removed the one agency that saw D '
                          'every day and managed his diabetes during the school day. The local authority has no power '
                          "to refuse de-registration, but the change in D's circumstances significantly increased his "
                          'risk and nobody reassessed it. Information that the hospital held did not reach the EHE '
                          'team, and information the EHE team held did not reach the hospital. The reviewers consider '
                          'information sharing to be the most important learning from this review.'),
                         ('p',
                          "5.4 Curiosity. Several practitioners accepted the mother's accounts without checking them: "
                          'that D had a dentist, that his meter was broken, that he was "doing well" at home. The '
                          'reviewers recognise that practitioners were trying to be supportive of a mother who was '
                          'clearly struggling; but kindness to the parent needs to be balanced with curiosity about '
                          'the child.'),
                         ('p',
                          "5.5 What went well. The DSN's persistence; the careful and fair handling of the FII "
                          "concern; the school's diabetes care plan; and the rapid, skilled response of the ED and "
                          'PICU teams.'),
                         ('h2', '6. Recommendations'),
                         ('n',
                          'The Partnership should issue guidance that medical and dental neglect do not require '
                          'intent, and that referrals from specialist health teams about non-adherence to treatment '
                          'should be considered under the neglect strategy.'),
                         ('n',
                          'The MASH should ensure that referrals from health about missed appointments for children '
                          'with long-term conditions include a discussion with the referrer before a decision is '
                          'made.'),
                         ('n',
                          'Ashgrove Council should ensure that when a child is de-registered for elective home '
                          'education, checks are made with health services for known medical needs, and that the EHE '
                          "team shares de-registration with the child's specialist health team."),
                         ('n',
                          "The ICB should ensure that hospital 'was not brought' policies include notifying the GP "
                          'and, for children with long-term conditions, the school or EHE team.'),
                         ('n',
                          'All agencies should ensure that interpreters are used for key conversations about '
                          "children's health care, and should not rely on children or siblings to interpret."),
                         ('n',
                          'The Partnership should raise awareness among practitioners of the practical barriers to '
                          'attending appointments (cost of travel, language, isolation), and of sources of help with '
                          'travel costs.'),
                         ('n',
                          'The Partnership should use the escalation policy audit to test whether disagreements from '
                          'health professionals about MASH decisions are resolved.'),
                         ('h2', 'Glossary'),
                         ('p',
                          'DKA: diabetic ketoacidosis. DSN: diabetes specialist nurse. EHE: elective home education. '
                          'FII: fabricated or induced illness. HbA1c: a blood test showing average blood glucose. '
                          'MASH: Multi-Agency Safeguarding Hub. PICU: paediatric intensive care unit. SILP: '
                          'Significant Incident Learning Process.')]},
 'wd10.pdf': {'foot': 'OFFICIAL - Published September 2025',
              'head_left': 'Harrowfield Safeguarding Children Partnership',
              'head_right': 'LCSPR: Child J',
              'text': '#T Harrowfield Safeguarding Children Partnership\n'
                      '#T Local Child Safeguarding Practice Review\n'
                      '#T Child J\n'
                      '#P Independent author: Fiona Mallender-Scott\n'
                      '#P Date of publication: 17 September 2025\n'
                      '#H 1. Introduction\n'
                      '1.1 This Local Child Safeguarding Practice Review (LCSPR) was commissioned by the Harrowfield '
                      'Safeguarding Children Partnership following the death of a little girl who will be known in '
                      'this report as Child J. Harrowfield is a district in the East of England with a population of '
                      'around 140,000.\n'
                      "1.2 On 2 October 2024 Child J's mother called an ambulance to the family's home, saying that J "
                      'was "not breathing properly". Paramedics found J unresponsive and severely emaciated. She was '
                      'taken to Harrowfield and District Hospital, where she was pronounced dead shortly after '
                      'arrival. She was 3 years and 2 months old.\n'
                      '1.3 The post-mortem examination found that J had died of severe malnutrition and dehydration '
                      'over a period of several weeks and probably months. She weighed 8.1kg, the weight of an average '
                      'child of about nine months. There was no underlying disease; J had no known medical conditions '
                      'at any time. There were healed pressure sores on her hips and several small bruises which the '
                      'pathologist thought most likely to have been caused by falls when she was very weak.\n'
                      "1.4 J lived with her mother, her mother's partner, two older half-siblings (then aged 8 and 6) "
                      'and a baby half-brother aged 8 months. The other three children were well nourished and were '
                      "attending school or, in the baby's case, had been seen regularly by the health visitor. The "
                      'police investigation found that J had been kept for most of the day in a small back bedroom and '
                      "given very little food, and that her mother and her mother's partner regarded her as "
                      '"difficult" and "a bad eater".\n'
                      "1.5 In May 2025 J's mother pleaded guilty to manslaughter by gross negligence. Her partner was "
                      'convicted of causing or allowing the death of a child. Both were sentenced to substantial terms '
                      'of imprisonment. The criminal proceedings having concluded, the Partnership is now able to '
                      'publish this review.\n'
                      '1.6 The Partnership and the author offer their sympathy to all who knew and cared about J, '
                      'including her father and her wider family in Romania, and to the practitioners who have been '
                      'deeply affected by her death.\n'
                      '#H 2. The review process\n'
                      '2.1 The Rapid Review met on 16 October 2024 and recommended a LCSPR. The National Panel agreed. '
                      'An independent author was appointed in January 2025.\n'
                      '2.2 The review was carried out through: the collation of an integrated multi-agency chronology; '
                      'written reports from each agency; individual conversations with 14 practitioners and managers; '
                      'two practitioner reflection sessions; and a meeting of the review panel to test the findings. '
                      "The author also spoke, through an interpreter, with J's father. J's mother and her partner did "
                      'not respond to invitations to take part.\n'
                      '2.3 The period under review is from January 2021 (the birth of J was in July 2021) to 2 October '
                      '2024. Information about earlier involvement with the family in the authority where they lived '
                      'before coming to Harrowfield was provided by that authority.\n'
                      "2.4 The review panel was chaired by the Partnership's Independent Scrutineer and included "
                      "senior representatives of Harrowfield County Council Children's Services, Harrowfield Council "
                      'Housing and Homelessness, Eastern Counties Police, Harrowfield Community Health Services '
                      '(health visiting), Harrowfield and District Hospital NHS Trust (midwifery and the Emergency '
                      "Department), the Integrated Care Board (for primary care), the Council's Education and Early "
                      'Years service, and the ambulance service. None of the panel members had been directly involved '
                      'with the family.\n'
                      '2.5 The key lines of enquiry were:\n'
                      "- How did agencies understand J's lived experience, and why was she not seen for so long?\n"
                      "- How was information about J's mother's earlier involvement with children's services in "
                      'another area transferred and used?\n'
                      "- How effectively did agencies work with the adults in the household, including J's mother's "
                      'partner?\n'
                      '- How did agencies respond to early signs that J was being treated differently from her '
                      'siblings?\n'
                      "- What was the impact of the family's frequent moves, and of their housing and financial "
                      'circumstances?\n'
                      '- What organisational factors affected practice?\n'
                      '#H 3. Child J\n'
                      '3.1 Very little is known about J as a person, and that is one of the most painful findings of '
                      'this review. Her father remembers her as a baby who "laughed all the time" and who loved music. '
                      'A health visitor who saw her at 10 months recorded that she was "smiley, sitting well, '
                      'babbling". After her first birthday, no professional outside the family recorded any '
                      'observation of her at all for over fourteen months, and only two thereafter.\n'
                      "3.2 J's father and mother are both of White Romanian heritage. J was born in England and her "
                      'first language was English, though her mother spoke to her in Romanian.\n'
                      '3.3 J had never been the subject of a child protection plan.\n'
                      '#H 4. Family background\n'
                      "4.1 J's mother is 29. She came to England from Romania in 2015. She has described to "
                      'practitioners a childhood in which she was beaten by her father and, from the age of twelve, '
                      "looked after her younger siblings while her mother worked abroad. She had her first child, J's "
                      'older half-sister (Sibling 1), when she was 21.\n'
                      "4.2 J's mother had postnatal depression after the birth of Sibling 2 in 2018, and was referred "
                      'by her GP in the previous area to a talking therapies service, which she attended twice. She '
                      'was prescribed antidepressants again in 2023.\n'
                      "4.3 J's father met J's mother in 2020. They separated in 2022, shortly after the family moved "
                      'to Harrowfield. He returned to Romania in 2023 and had telephone contact with J until early '
                      '2024, when he says the mother stopped answering. He told the author he had asked "many times" '
                      'to speak to J and had been told she was asleep or ill. There is no information to suggest that '
                      "J's father posed any risk to her.\n"
                      "4.4 J's mother's partner, Mr R, is 34. He moved into the household in late 2022. He is British. "
                      'He has previous convictions for shoplifting and for an assault occasioning actual bodily harm '
                      'on a former partner in 2016. He used cannabis daily, which he told the police he had done '
                      '"since school". There was no evidence that J\'s mother or Mr R misused alcohol.\n'
                      '4.5 The family moved five times in four years: within the previous area twice, to Harrowfield '
                      'in February 2022 into private rented accommodation, then, after a no-fault eviction, into '
                      "temporary accommodation arranged by the Council's homelessness team, and finally, in March "
                      '2024, into a three-bedroomed housing association house. They had debts including rent arrears '
                      'from the private tenancy and a budgeting advance that was being repaid from Universal Credit. '
                      "J's mother had no family in England and no friends outside the household; she told the health "
                      'visitor in 2023 that she was "alone with everything".\n'
                      '#H 5. Involvement in the previous area (2018-2022)\n'
                      "5.1 In 2018 the children's services department in the previous area received referrals from "
                      "Sibling 1's school about hunger and poor hygiene and from the police about a domestic incident "
                      "between J's mother and her then partner (Sibling 1 and Sibling 2's father). Sibling 1 and "
                      'Sibling 2 were made subject to child protection plans under the category of neglect from '
                      'September 2018 until April 2019. The plans ended after the mother separated from that partner '
                      'and conditions improved.\n'
                      '5.2 In January 2022, when J was six months old, she was taken to the Emergency Department in '
                      'that area with gastroenteritis and mild dehydration and was kept in overnight. Her weight was '
                      'on the 25th centile. No concerns were raised.\n'
                      '5.3 When the family moved to Harrowfield in February 2022, the health visiting records '
                      "transferred electronically. Children's services in the previous area had no open involvement "
                      'and did not notify Harrowfield. The earlier child protection plans were recorded on the GP '
                      "record of Sibling 1 and Sibling 2 but not on J's.\n"
                      '#H 6. Key practice episodes in Harrowfield\n'
                      '#S Episode 1: Arrival, registration and the first year (February 2022 - February 2023)\n'
                      '6.1 The family registered with Orchard Lane Surgery. The health visiting team sent a '
                      'transfer-in letter and completed a transfer contact by telephone. The mother said the children '
                      'were "all fine". A home visit was not offered; at that time the Harrowfield health visiting '
                      'service was prioritising home contacts for universal mandated reviews and cases at universal '
                      'partnership plus level, because of vacancies.\n'
                      "6.2 J's 1-year review was due in July 2022 and was completed late, in September 2022, in "
                      'clinic. J was 14 months old. She weighed 9.2kg (around the 9th centile, a fall of two centile '
                      'lines since her ED attendance). The health visitor recorded that J was "walking with support" '
                      'and that mother reported J was a "fussy eater". She gave advice and planned a weight review in '
                      'three months. The weight review was booked but the family did not attend, and a letter was '
                      'sent. No further action was taken at that time. With hindsight, this was the last time a '
                      'professional weighed J while she was alive.\n'
                      '6.3 Sibling 1 and Sibling 2 started at Meadowfield Primary School. The school received the '
                      'transfer file from the previous school, which included reference to the 2018 child protection '
                      'plans. This was good practice by both schools.\n'
                      '#S Episode 2: The police call-out and the MASH referral (March 2023)\n'
                      '6.4 In March 2023 a neighbour called the police after hearing shouting and a child screaming. '
                      "Officers attended. Mr R and J's mother said they had been arguing about money. Officers saw "
                      'Sibling 1 and Sibling 2. They did not see J, whom they were told was asleep upstairs. A DASH '
                      'risk assessment was completed and graded standard. A notification went to the MASH.\n'
                      '6.5 The same month Meadowfield Primary School made a referral to the MASH. Sibling 2, then 5, '
                      'had told her teacher that J "has to stay in her room because she is naughty" and that "J '
                      'doesn\'t have dinner with us". Separately, the school had noticed some bruising on Sibling 2\'s '
                      'lower back.\n'
                      '6.6 The MASH considered both contacts together. A check with health identified the missed '
                      'weight review. The MASH arranged a child protection medical for Sibling 2 in relation to the '
                      'bruising, which concluded that the marks were congenital dermal melanocytosis (birthmarks) and '
                      'not bruises. This concern was therefore not substantiated. The MASH then closed the contact '
                      'with advice to the school and a request that the health visitor "check on J at next contact". '
                      'No one saw J. The police notification was recorded and filed.\n'
                      '6.7 The school\'s designated safeguarding lead told the author she had been "relieved about the '
                      'birthmarks but still worried about what Sibling 2 said about J". She telephoned the MASH to ask '
                      'what would happen about J and was told the health visitor would follow up. She did not '
                      'escalate. The MASH practitioner told the author that at the time the MASH was dealing with '
                      'around 1,400 contacts a month, that the decision had focused on the bruising because that was '
                      'the concern that could be tested, and that the comment about J "should have been followed up '
                      'more robustly". The author agrees.\n'
                      '6.8 The review found a different understanding between agencies about who was responsible for '
                      'following up. The MASH understood the health visitor would see J. The health visiting team '
                      "received a notification by secure email but it was filed against the unborn baby's record "
                      "rather than J's, and no visit was planned.\n"
                      '#S Episode 3: Pregnancy and the birth of the baby (April 2023 - April 2024)\n'
                      "6.9 J's mother booked with the midwifery service at 19 weeks. The midwife completed the routine "
                      "enquiry about domestic abuse, with J's mother alone, and asked about other children in the "
                      'household. J\'s mother said she had three children who were "all well". She said there was no '
                      'domestic abuse. The midwife knew nothing of the police call-out. The midwife asked about mental '
                      "health and J's mother disclosed low mood; the midwife referred to the perinatal mental health "
                      "team, which offered an assessment that J's mother did not attend.\n"
                      "6.10 J's 2-year review was due in July 2023. The health visiting service at that time was "
                      'sending an "Ages and Stages" questionnaire by post for 2-year reviews where no concerns were '
                      'known. The questionnaire was not returned. A reminder letter was sent. The review was not '
                      'completed.\n'
                      '6.11 In September 2023 J became eligible for a funded early education place for two-year-olds. '
                      "The Council's early years team wrote to the family and a place was offered at Little Oaks "
                      'Nursery. The nursery manager made a home visit in October 2023 to invite J to start. She was '
                      'let in to the hallway, met Mr R and was told that J was "shy" and would start "after '
                      'Christmas". She did not see J. J never started.\n'
                      '6.12 In November 2023 the family were evicted from their private tenancy and placed in '
                      'temporary accommodation by the homelessness team. The housing officer recorded the household as '
                      'two adults and three children, the baby not yet born. J was on the housing application.\n'
                      '6.13 The baby was born in January 2024. The midwife and health visitor made the postnatal and '
                      'new birth visits. The new birth visit took place in the temporary accommodation. The health '
                      'visitor recorded "three other children in household - at school / not present". She did not ask '
                      'to see J. She was not aware of the MASH request to "check on J".\n'
                      "6.14 In March 2024 the family moved to a housing association house. The housing association's "
                      'tenancy sign-up was completed at the council office.\n'
                      '#S Episode 4: The last months (March - October 2024)\n'
                      "6.15 In March 2024 the GP saw J's mother with the baby for a routine 8-week check. The GP asked "
                      'about the other children. J\'s mother said J had "a cold". The GP recorded this and took no '
                      'other action. J was not on the list for any appointment.\n'
                      "6.16 The health visitor made a visit in June 2024 for the baby's 3-4 month contact. J's mother "
                      "said J was at her grandmother's. The health visitor recorded this but did not know, and did not "
                      'ask, that J had no grandmother in England.\n'
                      '6.17 At Meadowfield Primary, in June and again in September 2024, Sibling 1 told a teaching '
                      'assistant that "J is really small and sick" and that "Mum says she won\'t eat". The teaching '
                      "assistant recorded this on the school's safeguarding system. The DSL, who had not seen the "
                      "earlier record from 2023 because it had been filed under Sibling 2, telephoned J's mother and "
                      'was told that J had a virus and was seeing the GP. The DSL asked the mother to take J to the GP '
                      'and planned to follow up the following week. J died before the follow-up.\n'
                      '#H 7. Analysis\n'
                      '#S J was not seen\n'
                      '7.1 The central fact of this case is that, after September 2022, no professional saw J for more '
                      'than two years, even though at least ten professionals from seven agencies were in contact with '
                      'her household during that time, and several were told something about her. Each had a plausible '
                      "reason for not seeing her: she was asleep, shy, at her grandmother's, had a cold. Each accepted "
                      'the reason. No one put the reasons side by side.\n'
                      '7.2 The review considers that practitioners did not show sufficient professional curiosity or '
                      'challenge. This was not a matter of individual carelessness. Practitioners told the author that '
                      "they were visiting for a particular purpose - a baby's check, a tenancy sign-up, a nursery "
                      'invitation - and that J was "not their child" or "not the focus". The system, as it was '
                      'designed, made each practitioner responsible for a task rather than for the children in the '
                      'household.\n'
                      "7.3 J's daily life - confined to a room, excluded from family meals, given little food - was "
                      'described by her sibling to the school in March 2023. This was the clearest single opportunity '
                      "to understand J's experience. It was not followed up.\n"
                      '#S The history was not transferred or used\n'
                      "7.4 The earlier child protection plans for J's half-siblings, for neglect, were not known to "
                      "the MASH in March 2023 because they were held in another authority's records and on the "
                      "siblings' GP records. The school knew, but its referral did not mention them. There is no "
                      "mechanism for a children's services department to notify a new area when a family with a recent "
                      'child protection history moves and no case is open.\n'
                      '7.5 The author considers that if the MASH had known of the history, the comment about J being '
                      'kept in her room would have been treated much more seriously.\n'
                      '#S Information was not brought together\n'
                      '7.6 Information about J was held by the school (two disclosures by siblings), the police (the '
                      'March 2023 call-out where J was not seen), health visiting (the missed weight review and missed '
                      '2-year review), the nursery (J never started), the GP (J said to have a cold), housing (J on '
                      'the application) and the MASH. At no point was this brought together. The notification to '
                      'health visiting was filed against the wrong child. Information sharing between agencies was the '
                      'most serious systemic gap identified by this review.\n'
                      '#S Cumulative and changing risk\n'
                      "7.7 The family's circumstances changed significantly over the review period: a new partner with "
                      'a history of violence moved in, there was a domestic incident, the family were evicted, a new '
                      "baby was born, and the mother's mental health deteriorated. None of these changes led to a "
                      'reassessment of the risk to the children, partly because there was no open assessment to '
                      'revise.\n'
                      '#S Mr R\n'
                      '7.8 Mr R was seen by several practitioners but was not asked about himself. No agency carried '
                      'out checks on him, although he had lived with the children for almost two years. The police '
                      'knew of his conviction for ABH but, because the March 2023 incident was graded standard risk, '
                      'this was not highlighted to the MASH. Practitioners interviewed by the author said they had '
                      'seen him as "mum\'s partner" and had not thought of him as a carer of the children. The review '
                      'considers that he was, in effect, invisible.\n'
                      '#S Engagement\n'
                      '7.9 The pattern of missed appointments (the weight review, the 2-year review, the perinatal '
                      'mental health assessment, the nursery place) was a significant indicator. Each was responded to '
                      "by a letter. The mother's apparent cooperation when she did meet professionals - warm, "
                      'articulate, full of plausible explanations - masked a pattern of avoidance, particularly of any '
                      'contact that would have involved J.\n'
                      '#S Assessment\n'
                      '7.10 The only assessment of the family in Harrowfield was the MASH screening decision in March '
                      '2023. It focused on the testable concern (the bruising, which was disproved) and did not '
                      'analyse what Sibling 2 had said about J, the history, or the police information. The author '
                      'considers that this screening decision was not of sufficient quality.\n'
                      '#S Organisational context\n'
                      '7.11 The author heard a great deal about pressure on services in 2022-2024. The health visiting '
                      'service had vacancy rates of between 25% and 40% and had moved to a model in which 2-year '
                      'reviews were offered by post unless concerns were known. The MASH was receiving very high '
                      'numbers of contacts. These pressures were real and directly affected practice in this case. The '
                      'model of postal 2-year reviews meant that a child who was never seen was never flagged as '
                      'unseen. The Partnership was aware of the health visiting shortfall through its performance '
                      'reports but had not considered its safeguarding implications.\n'
                      '#S What went well\n'
                      '7.12 The author wishes to record the following practice that was of a good standard:\n'
                      "- Meadowfield Primary School listened to J's siblings and recorded what they said, and the DSL "
                      'followed up with the MASH in 2023.\n'
                      "- The transfer of safeguarding records between the siblings' previous and current schools was "
                      'timely and complete.\n'
                      "- The MASH's arrangements for the child protection medical for Sibling 2 were prompt and the "
                      'conclusion was clear.\n'
                      "- The midwife completed routine enquiry about domestic abuse with J's mother alone, as she "
                      'should.\n'
                      '- The police response to the 999 call in March 2023 was prompt, although J was not seen.\n'
                      '- The response of the ambulance service and the hospital on 2 October 2024 was compassionate '
                      'and professional.\n'
                      "#S The view of J's father\n"
                      "7.13 J's father told the author, through an interpreter, that he had tried to raise his "
                      'concerns with "someone in England" in the spring of 2024, after his calls went unanswered. He '
                      'did not know which agency to contact and in the end telephoned the Romanian consulate, who '
                      'advised him to contact the police in Harrowfield. He did not do so because he "did not want to '
                      'make trouble for the children\'s mother" and believed J was "with her family and safe". He '
                      'said: "I thought in England somebody is always checking on the children. I thought if something '
                      'was wrong the doctors would know."\n'
                      '7.14 The author has reflected on this. J\'s father\'s belief that "somebody is always checking" '
                      'is one that many practitioners also held, in different ways: the school assumed the health '
                      'visitor would check; the MASH assumed the health visitor would check; the health visitor '
                      'assumed the GP would see a sick child; the GP assumed the health visitor was seeing all the '
                      'children. Each part of the system assumed that another part was holding J in mind. No part of '
                      'it was.\n'
                      "7.15 The author also considered whether J's mother's own childhood experiences, her isolation "
                      'and her depression should have led practitioners to offer more support earlier. The answer is '
                      'that they probably should have, and that with a proper assessment they might have. But the '
                      'review does not accept that those difficulties explain what happened to J. Her siblings were '
                      'fed, clothed and sent to school. J was treated differently. The pattern of one child being '
                      'singled out within a family is well described in the national learning about child deaths from '
                      'starvation and neglect, and practitioners need to know to look for it.\n'
                      "#S The period since J's death\n"
                      "7.16 Since J's death, several agencies have already made changes. The health visiting service "
                      'suspended postal 2-year reviews in November 2024 pending this review. The MASH has introduced a '
                      'requirement that a named practitioner is responsible for seeing any child mentioned in a '
                      'contact who has not been seen. Meadowfield Primary School has changed its recording system so '
                      'that a concern about one child is linked to all siblings. The author welcomes these changes, '
                      'which are reflected in the recommendations below.\n'
                      '#H 8. Findings\n'
                      "Finding 1: J was not seen by any professional for over two years, and no agency's systems "
                      'identified this.\n'
                      "Finding 2: A child's account of J's treatment was not followed up.\n"
                      'Finding 3: Information about a previous child protection history in another area was not known '
                      'when decisions were made.\n'
                      'Finding 4: Information held by seven agencies was not brought together, and a notification was '
                      'filed against the wrong child.\n'
                      'Finding 5: Changes in the household did not prompt reassessment.\n'
                      'Finding 6: Mr R was not recognised as a carer, and no checks were made.\n'
                      'Finding 7: A pattern of missed appointments was met with letters.\n'
                      'Finding 8: Service pressures, and the move to postal 2-year reviews, reduced the chances of J '
                      'being seen.\n'
                      '#H 9. Recommendations\n'
                      '1. The Partnership should ensure that all agencies, when in contact with a household, record '
                      'the names of all children in the household and when each was last seen by any professional, and '
                      'act when a child has not been seen.\n'
                      '2. Harrowfield Community Health Services should end the practice of postal-only 2-year reviews '
                      'for children who have not been seen in person since their 1-year review, and should follow up '
                      'any child whose 2-year review is not completed.\n'
                      '3. The MASH should ensure that when a contact contains information about more than one child, '
                      'each child is considered separately and a specific plan is made for seeing any child who has '
                      'not been seen.\n'
                      '4. The Partnership should write to the Department for Education and the National Panel about '
                      'the absence of a mechanism for notifying a new area when a family with a recent child '
                      'protection history moves and no case is open.\n'
                      '5. The health visiting service should audit how secure email notifications from the MASH are '
                      "filed, and ensure that they are attached to the correct child's record.\n"
                      '6. All agencies should ensure that adults living in a household with children are identified, '
                      "that their role in the children's care is explored, and that checks are made where "
                      'appropriate.\n'
                      "7. The Council's early years team should follow up with the health visiting service any "
                      'eligible two-year-old who is offered a funded place and does not start.\n'
                      "8. The Partnership should refresh its 'was not brought' guidance so that it applies across all "
                      'agencies, and so that a pattern of missed contacts across agencies is identified.\n'
                      '9. The Partnership should consider, through its performance framework, the safeguarding '
                      'implications of capacity shortfalls in partner agencies, and should seek assurance about the '
                      'health visiting service.\n'
                      '#H Glossary\n'
                      '0-19 service - the public health nursing service (health visitors and school nurses). Ages and '
                      'Stages Questionnaire (ASQ) - a developmental screening questionnaire completed by parents. CIN '
                      '- child in need. CP - child protection. GP - general practitioner. ICB - Integrated Care Board. '
                      "Section 47 - an enquiry by children's social care when a child is suspected to be suffering "
                      'significant harm. Universal partnership plus - the highest level of health visiting service, '
                      'for families with complex needs.\n'
                      'ABH - assault occasioning actual bodily harm. DASH - Domestic Abuse, Stalking and Harassment '
                      'risk assessment. DSL - designated safeguarding lead. ED - Emergency Department. LCSPR - Local '
                      'Child Safeguarding Practice Review. MASH - Multi-Agency Safeguarding Hub.\n'},
 'wd11.docx': {'items': [('title', 'Local Child Safeguarding Practice Review'),
                         ('h1', 'Twin A and Twin B'),
                         ('p', 'Elmsworth Safeguarding Partnership'),
                         ('p',
                          'Author: Dr Ruth Caddick, Independent Reviewer. Report finalised 30 October 2024; published '
                          '4 December 2024.'),
                         ('h2', 'Part 1. Summary'),
                         ('p',
                          'On the morning of 12 December 2023 a health visitor called at a council flat in Elmsworth, '
                          'a coastal district in the South East, to see twins then aged 14 months. She found the flat '
                          'very cold; the heating and lights were off and the prepayment electricity and gas meters '
                          "had no credit. The twins' mother, who was 20, was in bed with both babies under a duvet. "
                          'Both twins were limp and cold to the touch. The health visitor called 999. On arrival at '
                          'hospital both twins were hypothermic, with core temperatures of around 32°C, and '
                          'dehydrated. Twin A (a boy) also had pneumonia. Twin B (a girl) had severe nappy dermatitis. '
                          "Both recovered after admission to the children's ward and, for Twin A, a period in the high "
                          'dependency unit.'),
                         ('p',
                          "The twins' mother told the police that the money had run out a week earlier, that she had "
                          'been "trying to keep them warm in bed", and that she had been "too ashamed" to tell anyone. '
                          'The Rapid Review concluded that both children had suffered serious harm from neglect, and '
                          'that the neglect arose in circumstances of severe poverty, poor housing and maternal '
                          'depression.'),
                         ('h2', 'Part 2. Scope and approach'),
                         ('p',
                          'The review adopted the Partnership\'s "Partners in Practice" approach, in which '
                          'practitioners who worked with the family take part in reflective sessions alongside the '
                          'independent reviewer and the review panel. The period under review ran from the booking of '
                          "the pregnancy in March 2022 to December 2023. The twins' mother took part; their father, "
                          'who is in prison, declined.'),
                         ('h2', 'Part 3. The family'),
                         ('p',
                          'The twins were born on 3 October 2022 at 34 weeks and spent two weeks on the neonatal unit '
                          'at Elmsworth General Hospital. Both have since developed normally and neither twin has any '
                          'ongoing health condition. The family is White British.'),
                         ('p',
                          "The twins' mother grew up in a household where there was domestic abuse and heavy drinking "
                          'by her stepfather. She was not in care. Their father is 24. During the pregnancy the police '
                          "were called twice to the couple's previous flat because of arguments; on the second "
                          'occasion, in July 2022, the mother reported that he had taken her phone and bank card and '
                          'would not let her leave. He was arrested. The couple separated shortly afterwards. In '
                          "February 2023 he was sentenced to two years' imprisonment for burglary. He has no "
                          'convictions for violence.'),
                         ('p',
                          'In April 2023 an anonymous referral alleged that the mother was using drugs. She agreed to '
                          'a hair strand test, which was negative for all drugs tested. The allegation was not '
                          'substantiated.'),
                         ('p',
                          "After the twins' birth the mother was diagnosed with postnatal depression and was "
                          'prescribed medication by her GP. She lived alone with the twins in a one-bedroomed council '
                          'flat on the eighth floor, which had longstanding damp and mould and single-glazed windows, '
                          'two of which did not close properly. She received Universal Credit, from which deductions '
                          'were being taken for an advance and for an overpayment. She had debts to a catalogue '
                          'company and to the energy supplier, and the energy debt was being recovered through the '
                          'prepayment meter. She had no family nearby and told the reviewer she had felt "completely '
                          'alone" since the twins came home.'),
                         ('h2', 'Part 4. What happened: key agency contacts'),
                         ('table',
                          [['Period', 'Agency', 'Contact and response'],
                           ['Mar 2022',
                            'Midwifery',
                            'Booking at 10 weeks; routine enquiry; referral to MASH after police notification'],
                           ['Jul 2022', 'Police', 'DA incident; arrest of father; DASH medium; notification to MASH'],
                           ['Aug 2022', "Children's Social Care", 'Single assessment; CIN plan agreed from birth'],
                           ['Oct 2022',
                            'Hospital (neonatal unit)',
                            "Twins' admission; discharge planning meeting with HV and social worker"],
                           ['Oct 2022 - Sep 2023',
                            'Health visiting',
                            'Enhanced offer; 11 home visits; PND identified and GP informed'],
                           ['Jan - Jun 2023',
                            'Housing',
                            'Three reports of damp; inspection; mould wash; window repair ordered but not completed'],
                           ['Apr 2023', "Children's Social Care", 'Anonymous allegation; hair strand test negative'],
                           ['Sep 2023', "Children's Social Care", 'CIN plan closed; step-down to universal HV'],
                           ['Oct - Nov 2023',
                            'Elmsworth Baby Bank (voluntary)',
                            'Two deliveries of clothes and nappies; referral from HV'],
                           ['Nov 2023', 'Health visiting', 'Two visits cancelled by mother; one no access'],
                           ['12 Dec 2023', 'Health visiting', 'Twins found hypothermic; 999 call']]),
                         ('p',
                          'The twins had never been subject to a child protection plan. The child in need plan, which '
                          "had been in place since their birth, was closed in September 2023 after the mother's mental "
                          "health had improved and the plan's actions had been completed."),
                         ('h2', 'Part 5. Analysis and findings'),
                         ('p',
                          'Finding 1: Poverty was seen but its risk was not. Every practitioner who knew this family '
                          'knew that the mother was short of money. The health visitor asked about heating at every '
                          'visit and made the baby bank referral. The social worker helped the mother apply for a '
                          'hardship grant. The review does not consider that practitioners lacked curiosity; they '
                          'asked the right questions. What was missing was any framework for recognising that a young '
                          'mother with depression, alone with two babies, with energy debt on a prepayment meter, was '
                          'at high risk in winter of "self-disconnection" with dangerous consequences.'),
                         ('p',
                          'Finding 2: Closing before the winter. The CIN plan was closed in September 2023. The single '
                          'assessment that preceded it was thorough, analytical and drew well on the history, and the '
                          'review considers it to be of good quality. But the closure decision did not consider the '
                          "coming winter, the energy debt, or the fact that the mother's depression had previously "
                          'worsened when support reduced. When the mother cancelled visits in November, which was out '
                          'of character, this change was not recognised as a possible sign of increasing risk, and '
                          'there was no reassessment.'),
                         ('p',
                          "Finding 3: Housing and health disagreed about the damp. The housing service's inspector "
                          'recorded the mould as "condensation due to lifestyle - drying clothes indoors". The health '
                          'visitor disagreed and wrote to housing in May 2023 to say the flat was unfit for premature '
                          'babies with respiratory vulnerability. The disagreement was discussed at a CIN meeting but '
                          'not resolved; the window repair was ordered but had not been done by December.'),
                         ('p',
                          'Finding 4: Information sharing. The review found that agencies shared information well '
                          'throughout. Police notifications were prompt; the neonatal discharge planning meeting was '
                          'exemplary; the health visitor kept the GP and social worker informed. This was not a factor '
                          'in what happened.'),
                         ('p',
                          'Finding 5: Capacity. The health visiting service in Elmsworth had caseloads of over 700 '
                          'families per health visitor in late 2023. When the CIN plan closed, the family moved from '
                          'an enhanced to a universal service, which meant much less frequent contact. The health '
                          'visitor told the review she "knew they needed more but couldn\'t give it".'),
                         ('h2', 'Part 6. Recommendations'),
                         ('n',
                          'The Partnership should develop guidance for practitioners on fuel poverty and '
                          'self-disconnection, including how to identify families with prepayment meters and energy '
                          'debt and how to access emergency credit and crisis support.'),
                         ('n',
                          "Children's Social Care should ensure that closure decisions for families with babies "
                          'consider seasonal risk, including winter and energy costs.'),
                         ('n',
                          'Elmsworth Council housing service should review its approach to damp and mould complaints '
                          'in homes with babies and young children, so that hazards are not attributed to "lifestyle" '
                          'without proper investigation.'),
                         ('n',
                          'The Partnership should revise its escalation policy to make clear that disagreements about '
                          'housing conditions affecting children are within its scope.'),
                         ('n',
                          'The ICB and the Council should review health visiting capacity and report to the '
                          'Partnership on how families stepping down from CIN are supported.')]},
 'wd13.pdf': {'foot': 'Saltmarsh SCP | Child N LCSPR | Final',
              'head_left': 'Saltmarsh Safeguarding Children Partnership',
              'head_right': 'Local Child Safeguarding Practice Review - Child N',
              'text': '#T Saltmarsh Safeguarding Children Partnership\n'
                      '#T Child N\n'
                      '#P Local Child Safeguarding Practice Review - Final Report\n'
                      '#P Reviewer: Alistair Fenwick-Dunn | Published: November 2024\n'
                      '#H 1. Why we carried out this review\n'
                      '1.1 In March 2024 a nine-year-old girl, Child N, was found to have been living alone at home '
                      "for four days. N's mother had been detained under the Mental Health Act after police found her "
                      'in a distressed and confused state in the town centre, and she had not told anyone that she had '
                      'a daughter at home. N went to school each day, made her own way there and back, and ate what '
                      'she could find in the house. On the fourth day she told her class teacher that her mother '
                      '"hasn\'t come back".\n'
                      '1.2 N was not physically harmed. The Rapid Review categorised the notification to the National '
                      'Panel as "other" (neither a death nor serious harm), but recommended a local review because of '
                      "the learning it raised about neglect and about how adult and children's services work together. "
                      'Saltmarsh is in the East of England.\n'
                      "1.3 The review was carried out using the Partnership's Reflective Learning Review method: a "
                      'review of agency records, a single learning event with the practitioners involved, and a '
                      'meeting with N and her mother. It covered the period from January 2022 to March 2024.\n'
                      '#H 2. N and her family\n'
                      '2.1 N is in Year 5 at Saltmarsh Church of England Primary School, where she has been on roll '
                      'since Reception. Her teachers describe her as a kind and careful child who is "never any '
                      'trouble"; there have never been any behavioural concerns. She has no disability. N lives with '
                      'her mother in a two-bedroomed rented flat. Her father is not named on her birth certificate and '
                      'has never been involved.\n'
                      "2.2 N's mother is 38 and has bipolar disorder. She has had three admissions to psychiatric "
                      'hospital, the last in 2019. She grew up in foster care in another authority from the age of six '
                      'and was supported as a care leaver until she was 21. She has no contact with her own family '
                      'and, she told the reviewer, "no friends to speak of". There is no evidence that she misused '
                      'alcohol or drugs at any time.\n'
                      "2.3 The flat was very cluttered. N's mother has collected items for many years and two of the "
                      'rooms could not be used. The family lived on benefits, and there were debts to the council for '
                      'council tax and to a utility company.\n'
                      "2.4 Children's social care worked with the family in 2019, during N's mother's last admission, "
                      'when N stayed with a family friend under a private arrangement; a child in need plan closed in '
                      'early 2020. N had never been subject to a child protection plan. She was not a looked-after '
                      'child at any time before March 2024.\n'
                      '#H 3. What happened\n'
                      "3.1 2022-2023. N's mother was supported by a care coordinator from the community mental health "
                      'team (CMHT). The care coordinator visited every six to eight weeks. The CMHT care plan recorded '
                      '"one child, 7, lives with service user" and nothing else about N. The care coordinator told the '
                      "review she had never been inside N's bedroom and did not know what N's days were like.\n"
                      "3.2 The school noticed, over 2023, that N's uniform was often unwashed, that she was sometimes "
                      'hungry in the mornings, and that she had head lice repeatedly. The school offered breakfast '
                      'club and gave her spare uniform. It did not make a referral, because the concerns "felt low '
                      'level" and the mother was "always polite and cooperative".\n'
                      "3.3 In December 2023 the police made a welfare check on N's mother after a neighbour reported "
                      'she was "talking to herself on the balcony". Officers recorded that she seemed well, and that '
                      '"a child was present and appeared fine". No notification was sent to children\'s services, as '
                      'the officers did not consider there were concerns about the child.\n'
                      "3.4 In February 2024 the GP saw N's mother, who said she had stopped taking her mood "
                      'stabiliser. The GP informed the CMHT. Neither the GP nor the CMHT considered the implications '
                      'for N.\n'
                      "3.5 In March 2024 N's mother was found in the town centre, detained under section 136 and then "
                      'under section 2. When asked, she said she lived alone. N was identified on the fourth day when '
                      'she told her teacher.\n'
                      '#H 4. What we learned\n'
                      '#S Learning 1: Think family\n'
                      "4.1 The CMHT, the GP and the police all had contact with N's mother while her mental health was "
                      "deteriorating. None of them thought about N. The CMHT's assessments and care plan did not "
                      'consider the needs of a child who depended on a parent with a serious mental illness, and '
                      'contained no contingency plan for who would care for N if her mother became unwell again, '
                      'despite the history in 2019. This is a gap in assessment.\n'
                      '#S Learning 2: Information held apart\n'
                      "4.2 Information about N's mother's deteriorating mental health did not reach N's school, and "
                      "the school's concerns about N's care did not reach the CMHT. The police welfare check was not "
                      'shared. If these pieces had been put together, the risk would have been obvious.\n'
                      '#S Learning 3: Low-level concerns add up\n'
                      '4.3 The school saw neglect over many months but did not see it as neglect. The review considers '
                      "that staff accepted the mother's explanations without curiosity about what lay behind them, and "
                      "that N's daily life at home - the clutter, the lack of food, the fact that she was already "
                      'caring for her mother - was not understood.\n'
                      '#S Learning 4: Capacity was not the issue\n'
                      '4.4 The review explored whether workload or supervision in the CMHT or the school had '
                      'contributed. It found that both services were adequately staffed at the time and that '
                      'practitioners were well supervised. Leadership and capacity were not factors in this case.\n'
                      '#S What went well\n'
                      "4.5 When N spoke up, her teacher responded immediately and well, and children's services found "
                      'her an emergency foster placement the same afternoon. N speaks warmly of her foster carer. The '
                      'police and the mental health ward, once N was known about, worked quickly to support contact '
                      'with her mother.\n'
                      '#H 5. Recommendations\n'
                      '1. The CMHT should ensure that all care plans for parents record the children who depend on '
                      'them and include a contingency plan for their care in a crisis.\n'
                      '2. The Partnership should work with the Safeguarding Adults Board to re-launch its Think Family '
                      'protocol, with a specific focus on parents detained under the Mental Health Act.\n'
                      '3. Police should ensure that, at any welfare check or Mental Health Act detention of a parent, '
                      'officers establish whether there are dependent children and where they are.\n'
                      '4. The Partnership should provide training to schools on recognising neglect in primary-age '
                      'children, including young carers.\n'}}

# ---- builder logic (texts are held in SOURCES above) ----
import os, sys
from fpdf import FPDF
import docx
from docx.shared import Pt
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reports")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

class RunPDF(FPDF):
    def __init__(self, head_left, head_right, foot):
        super().__init__(format="A4")
        self.head_left, self.head_right, self.foot = head_left, head_right, foot
        self.add_font("DV", "", FONT); self.add_font("DV", "B", FONTB)
        self.set_auto_page_break(True, margin=22); self.set_margins(22, 22, 22)
    def header(self):
        self.set_font("DV", "", 8); self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.head_left, align="L")
        self.set_x(self.l_margin); self.cell(0, 5, self.head_right, align="R"); self.ln(9)
        self.set_text_color(0, 0, 0)
    def footer(self):
        self.set_y(-15); self.set_font("DV", "", 8); self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.foot, align="L")
        self.set_x(self.l_margin); self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

def build_pdf(name, text, head_left, head_right, foot):
    pdf = RunPDF(head_left, head_right, foot); pdf.alias_nb_pages(); pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    for line in text.strip("\n").split("\n"):
        if not line.strip():
            continue
        if line.startswith("#T "):
            pdf.set_font("DV", "B", 16); pdf.multi_cell(w, 9, line[3:], align="C"); pdf.ln(1)
        elif line.startswith("#P "):
            pdf.set_font("DV", "", 10); pdf.multi_cell(w, 6, line[3:], align="C"); pdf.ln(2)
        elif line.startswith("#H "):
            pdf.ln(3); pdf.set_font("DV", "B", 13); pdf.multi_cell(w, 7, line[3:]); pdf.ln(1)
        elif line.startswith("#S "):
            pdf.ln(1); pdf.set_font("DV", "B", 11); pdf.multi_cell(w, 6, line[3:])
        elif line.startswith("- "):
            pdf.set_font("DV", "", 10); pdf.set_x(pdf.l_margin + 5)
            pdf.multi_cell(w - 5, 5.5, "\u2022 " + line[2:]); pdf.ln(0.5)
        else:
            pdf.set_font("DV", "", 10); pdf.multi_cell(w, 5.5, line); pdf.ln(1.5)
    pdf.output(os.path.join(OUT, name))

def build_docx(name, items):
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    for kind, content in items:
        if kind == "title":
            d.add_heading(content, level=0)
        elif kind == "h1":
            d.add_heading(content, level=1)
        elif kind == "h2":
            d.add_heading(content, level=2)
        elif kind == "p":
            d.add_paragraph(content)
        elif kind == "b":
            d.add_paragraph(content, style="List Bullet")
        elif kind == "n":
            d.add_paragraph(content, style="List Number")
        elif kind == "table":
            t = d.add_table(rows=0, cols=len(content[0])); t.style = "Table Grid"
            for r, row in enumerate(content):
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = v
                    if r == 0:
                        for run in cells[i].paragraphs[0].runs: run.bold = True
            d.add_paragraph("")
    d.save(os.path.join(OUT, name))

if __name__ == "__main__":
    for name, spec in SOURCES.items():
        if name.endswith(".pdf"):
            build_pdf(name, spec["text"], spec["head_left"], spec["head_right"], spec["foot"])
        else:
            build_docx(name, spec["items"])
        print("built", name)
