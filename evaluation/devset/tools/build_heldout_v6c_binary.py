#!/usr/bin/env python3
"""Rebuild the binary reports of writer c (wc02.docx, wc06.pdf, wc09.docx, wc13.pdf).

Run with /work/scratch-venv/bin/python build_binary.py  (python-docx 1.2.0, fpdf2 2.8).
The full text of each report is held below as a list of blocks:
("title"|"h1"|"h2"|"h3"|"p", text), ("bullets"|"numbered", [items]), ("table", [[cells], ...]).
"""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reports")
DOCS = {}

# ---------------- wc02 ----------------
DOCS['wc02'] = [
("p", "CONFIDENTIAL - NOT FOR PUBLICATION"),
("title", "Oldcastle Vale Safeguarding Children Partnership"),
("h1", "Rapid Review: Child A (Harley) and Child B (Ava)"),
("p", "Template version 4.2 (West Midlands regional rapid review template). This document is confidential to the safeguarding partners and the Child Safeguarding Practice Review Panel. It must not be shared outside the partnership without the written agreement of the three statutory partners."),
("h2", "Section 1: Notification details"),
("table", [
 ["Item", "Detail"],
 ["Local authority", "Oldcastle Vale Council (West Midlands region)"],
 ["Date LA became aware of the incident", "22/06/2023"],
 ["Date of serious incident notification (SIN)", "26/06/2023"],
 ["Date of rapid review meeting", "12/07/2023"],
 ["Date submitted to the National Panel", "14/07/2023 (working day 14)"],
 ["Children notified", "Child A (Harley), DOB 14/11/2022, male. Child B (Ava), DOB 03/07/2021, female."],
 ["Nature of incident", "Child A: serious harm, suspected non-accidental injury (skull fracture, multiple rib fractures of different ages). Child B: serious harm, severe neglect (faltering growth, identified on sibling assessment)."],
 ["Criminal investigation", "Yes. Oldcastle Vale Police, Child Abuse Investigation Team. Both parents arrested 23/06/2023, released under investigation."],
 ["Review chair", "Independent chair, Ms R. Okonjo"],
]),
("h2", "Section 2: Family composition"),
("table", [
 ["Name / pseudonym", "Relationship", "Age at incident", "Lives with", "Subject of review?"],
 ["Child A (Harley)", "Subject", "7 months", "Mother and Mr T", "Yes"],
 ["Child B (Ava)", "Subject, full sibling of A", "1 year 11 months", "Mother and Mr T", "Yes"],
 ["Child C (Tyler)", "Maternal half-brother", "9 years", "Paternal grandmother (his father's mother) under a child arrangements order since 2019", "No"],
 ["Ms K", "Mother of A, B and C", "26", "-", "-"],
 ["Mr T", "Father of A and B", "29", "-", "-"],
 ["Mr D", "Father of C", "not known", "No contact with Ms K", "-"],
]),
("p", "Ethnicity: Ms K is White British. Mr T is Black British of Caribbean heritage. Child A and Child B are recorded by health and CSC as Mixed White and Black Caribbean. Child C is White British."),
("p", "Note on the older sibling: Tyler is not a subject of this review. He had lived with his paternal grandmother since he was five, following a period when Ms K, then aged 22, was struggling to care for him. Tyler's school and his grandmother were contacted after the incident; there are no current concerns about his welfare and he continues to have supervised contact with his mother."),
("h2", "Section 3: Summary of the incident"),
("p", "On 22 June 2023 at about 19:30 Ms K took Harley to the Emergency Department (ED) at Oldcastle Vale Royal Infirmary. She said he had been \"floppy and sleepy\" since the afternoon and had vomited twice. A CT scan showed a right parietal skull fracture with a small underlying subdural haemorrhage. A skeletal survey the next day found fractures to the posterior aspects of four ribs, at least two of which showed callus formation and were thought by the paediatric radiologist to be between 10 and 21 days older than the others. Ms K said that Harley had rolled off the sofa on to a laminate floor while she was in the kitchen. Mr T said he had been out and had not seen what happened. The consultant paediatrician's opinion is that the explanation offered does not account for the injuries."),
("p", "Ava was seen by the on-call paediatrician the same night as part of the sibling assessment. She weighed 8.9 kg, below the 0.4th centile, having been on the 25th centile at her 9-12 month review. She had a severe nappy rash with broken skin, head lice, and several decayed front teeth. She had no bruising and her skeletal survey was normal. She was admitted for a feeding assessment and gained weight steadily in hospital. The paediatrician's view is that her presentation is consistent with a sustained period of neglect of her basic needs."),
("p", "Both children were discharged on 30 June 2023 to foster carers under a police protection order, followed by an interim care order granted on 4 July 2023. Harley is making a good recovery; his longer-term neurological outcome is not yet known."),
("h2", "Section 4: Agency involvement before the incident"),
("table", [
 ["Agency", "Involvement", "Open at time of incident?"],
 ["Children's social care (CSC)", "Contact in 2019 re Child C (assessment, C moved to grandmother). Referral from police Oct 2022 (DA incident). Child and family assessment Nov 2022 - Child in Need (CIN) plan for Ava and unborn/newborn Harley. CIN closed 09/02/2023.", "No - closed four and a half months before"],
 ["MASH", "Screened police DA notification Oct 2022; second notification March 2023 (verbal argument, neighbour call) - NFA at MASH.", "No"],
 ["Police", "Two domestic incidents (Oct 2022, March 2023). Mr T has previous convictions for assault occasioning ABH (2017, a fight outside a bar) and possession of cannabis (2019, 2021).", "No"],
 ["Midwifery", "Booked late at 24 weeks with Harley. Vulnerabilities identified: age, care history, anxiety, DA disclosure at booking.", "No - discharged to HV"],
 ["Health visiting (0-19 service)", "Universal plus. New birth visit completed. Several contacts not brought / no access. 9-12 month review for Ava completed at 11 months; 6-8 week review for Harley at clinic.", "Yes"],
 ["GP", "Mother registered, anxiety treated with sertraline since 2021. Children registered; Harley's 16-week immunisations missed twice.", "Yes"],
 ["ED / hospital", "Harley attended ED 12/04/2023 aged 4 months with a 'bump' to forehead; discharged with advice. Ava attended ED in 2022 with a chest infection.", "-"],
 ["Housing", "Family in temporary accommodation since Sept 2022 after eviction for rent arrears; three moves in nine months.", "Yes"],
 ["Early years", "Ava offered a place at Hillcrest Children's Centre 'stay and play'; attended twice in Dec 2022.", "No"],
 ["Voluntary sector", "Food bank vouchers issued through the children's centre and Citizens Advice (three occasions).", "-"],
 ["Substance misuse service", "No involvement. Mr T was never referred.", "-"],
]),
("h2", "Section 5: Chronology of key events"),
("p", "The chronology below is a summary drawn from agency returns. It covers 1 January 2022 to 22 June 2023, with brief reference to earlier history. Abbreviations are listed at the end of this document."),
("table", [
 ["Date", "Agency", "Event", "RR comment"],
 ["2008-2015", "CSC (other LA)", "Ms K was looked after from age 11 in Marsh End County, following neglect and her mother's alcohol misuse. Care leaver; personal adviser until age 21.", "Care history known to CSC but not to HV until Nov 2022."],
 ["2019", "CSC", "Child C assessed as CIN after school reported poor attendance and hunger. C moved to paternal GM; CAO granted. Case closed.", "-"],
 ["03/07/2021", "Midwifery", "Ava born at term, 3.1 kg. No concerns recorded.", "-"],
 ["Mar 2022", "HV", "Ava's 6-8 week review missed. Two 'no access' visits. Seen at clinic at 14 weeks, weight 50th centile.", "Early pattern of missed contacts."],
 ["Jul 2022", "HV", "Ava's 9-12 month review (done at 11 months). Weight 25th centile. Mum reports she is pregnant, 'not planned'.", "Mr T not present; no record of who he is."],
 ["16/08/2022", "Midwifery", "Late booking at 24 weeks. Ms K discloses that Mr T 'shouts and throws things' when he has been smoking. Routine enquiry positive; DASH not completed. Referral to Oldcastle Vale Women's Aid offered and declined.", "DA disclosure not passed to HV or GP until Nov."],
 ["Sept 2022", "Housing", "Family evicted from private tenancy (arrears). Placed in B&B, then a one-bed flat on the Ridgeway estate.", "-"],
 ["14/10/2022", "Police", "Neighbour reports shouting. Officers attend: Ms K has a red mark to her cheek, declines to make a statement. Mr T arrested then released NFA. DASH: standard risk. Ava present.", "-"],
 ["17/10/2022", "MASH", "PPN screened. Referred to CSC assessment team given pregnancy and mother's care history.", "Good decision."],
 ["Nov 2022", "CSC", "C&F assessment. SW visits 3 times; Mr T seen once, briefly. Assessment notes 'dad does not want to engage'. His convictions are listed but not analysed. Outcome: CIN plan. Referral to Early Help 'Strong Start' offered.", "Assessment focused on mum. Ava's weight not known to SW."],
 ["14/11/2022", "Midwifery", "Harley born at 38 weeks. Discharged day 2. Safe sleep and ICON advice given to mother.", "ICON not given to Mr T."],
 ["24/11/2022", "HV", "New birth visit. Home cramped, 'cluttered', Ava in nappy only, seen playing. HV not aware of the CIN plan until SW phones the following week.", "-"],
 ["Dec 2022", "CIN", "Two CIN meetings. Mr T does not attend either. Ms K reports things 'much better', he has stopped smoking cannabis. Plan: HV, children's centre, housing support.", "Self-report accepted."],
 ["Dec 2022", "Early years", "Ava attends stay and play twice. Staff note she is 'very hungry' at snack time.", "Not shared with HV or SW."],
 ["Jan 2023", "HV", "Harley's 6-8 week review at clinic: weight 9th centile (born 25th). Ava not brought. Advice re feeding.", "Ava's weight not checked."],
 ["09/02/2023", "CSC", "CIN closed: 'no further incidents, parents engaging with universal services'. Step-down to universal HV. Closure letter sent to GP and HV.", "Closure based on absence of new incidents rather than change."],
 ["Feb-Mar 2023", "GP", "Harley's 16-week immunisations: not brought x2. Practice sends standard letter.", "Not brought not followed up."],
 ["18/03/2023", "Police", "Second call from neighbour: 'screaming and a baby crying'. Officers attend; both adults deny any argument. Children seen asleep. Standard risk.", "-"],
 ["20/03/2023", "MASH", "PPN: NFA, 'case recently closed, no injuries, parents deny'.", "History not weighed. No contact with HV."],
 ["12/04/2023", "ED", "Harley (4 months) brought by Ms K with swelling to forehead: 'bumped head on cot'. Triage notes 'non-mobile'. Seen by ED doctor, discharged. Safeguarding checklist completed 'no concerns'. Discharge letter to GP; no referral to CSC.", "Bruising/injury in non-mobile baby protocol not followed."],
 ["May 2023", "HV", "Two 'no access' visits. Text message: 'all fine, will ring to rebook'. HV case closed to universal after no reply.", "Universal offer withdrawn at a time of rising risk."],
 ["May 2023", "Housing", "Family moved to a two-bed flat in Sefton Road. Tenancy officer notes 'smell of cannabis'.", "Not shared."],
 ["06/06/2023", "Voluntary sector", "Third food bank voucher in five months.", "-"],
 ["22/06/2023", "ED", "Incident (see Section 3).", "-"],
]),
("h2", "Section 6: Analysis - key lines of enquiry"),
("h3", "6.1 The lived experience of Harley and Ava"),
("p", "Across 18 months, very few records describe what a day was like for either child. Ava was seen by professionals on around a dozen occasions but her weight was measured only twice after she was four months old, and the drop from the 25th centile was not identified. The children's centre staff noticed that she was hungry; this was not shared. Harley was non-mobile at the time of his ED attendance in April 2023. The rapid review panel agreed that the children's daily lives were largely invisible to the professionals around them, who focused on Ms K's account and her own needs."),
("h3", "6.2 Mr T"),
("p", "Mr T was known to agencies as the father of both children, as a man with previous convictions for violence and drug possession, and as the alleged perpetrator of domestic abuse. None of this led to an assessment of him as a carer. He was seen once by the social worker, never by the HV, and did not attend any CIN meeting. His absence was recorded as a choice ('does not want to engage') rather than a risk to be understood. Since the incident the police have learned that he was the main carer for both children on weekday afternoons while Ms K attended a college course. No agency knew this."),
("h3", "6.3 Closure of the CIN plan"),
("p", "The CIN plan was closed after three months on the basis that there had been no further police incidents and that the parents said things had improved. There was no review of the children's health, no information from the children's centre, and no check with Mr T. The plan's stated aim, 'reduce the risk of DA', was not measured. The panel agreed that the closure was premature and that it left the family with universal services only at a time when the pressures on them (a new baby, eviction, money problems, cannabis use) were increasing."),
("h3", "6.4 Domestic abuse notifications"),
("p", "The second police notification in March 2023 was screened out by the MASH within a day. The screener saw that the case had recently closed and read this as reassurance. The rapid review felt that it should have prompted the opposite: a new incident weeks after closure is evidence that the plan had not worked. The HV was not told of either police notification until November 2022, and not told of the March 2023 incident at all."),
("h3", "6.5 The ED attendance in April 2023"),
("p", "Harley was four months old and not yet rolling when he was brought to ED with a forehead swelling. The partnership's 'Bruising and injuries in non-mobile babies' protocol requires a referral to CSC and a paediatric assessment. It was not followed. The ED doctor was a locum in their first week in the department; the safeguarding checklist asked whether the explanation was consistent, and the doctor accepted the account that Harley had bumped his head on the cot. The rapid review could not establish whether this injury was inflicted, but it notes that a skeletal survey at that point might have identified earlier harm. The hospital's safeguarding team has already begun a review of locum induction."),
("h3", "6.6 Missed health appointments"),
("p", "Both children were repeatedly not brought to health appointments: Ava's 6-8 week check, Harley's immunisations, and several HV visits. Each missed contact was handled by the service in isolation, with a standard letter. Ms K's text messages were accepted at face value and, in May 2023, the HV service closed the family to the universal caseload. The service has told the review that at that time the team had four vacant posts and was prioritising contacts by a RAG rating, which had not been updated since the CIN closed."),
("h3", "6.7 Mother's own history"),
("p", "Ms K is a care leaver who was herself neglected as a child; her mother misused alcohol and Ms K was looked after from the age of 11. She gave birth to Tyler when she was 17 and living in a semi-independent placement. This history of early parenthood, care experience and anxiety was well known to CSC but was recorded by the HV only as 'young mum, some support from family'. There is no evidence that any professional had a conversation with her about what her own childhood meant for her parenting, or that the knowledge of her former personal adviser was drawn on."),
("h3", "6.8 Poverty and housing"),
("p", "The family was in rent arrears, had been evicted, moved three times in nine months, and used the food bank on three occasions. These pressures were recorded by several agencies but did not appear in any assessment of the children's needs. There is no evidence that anyone considered whether Ava's weight loss was linked to a lack of food in the home."),
("h2", "Section 7: Good practice"),
("bullets", [
 "The MASH decision in October 2022 to refer for a social work assessment, given the pregnancy and care history, was appropriate and timely.",
 "Midwifery identified the DA disclosure at booking and offered a specialist service.",
 "The ED clinical team on 22 June 2023 acted quickly: a CT scan, skeletal survey, sibling assessment and a strategy discussion were all completed within 24 hours. The s47 enquiry and joint police/CSC work since the incident have been well coordinated.",
 "Partners responded quickly to the request for information for this rapid review and engaged openly with the panel.",
]),
("h2", "Section 8: Learning identified"),
("bullets", [
 "Fathers and male carers must be assessed, not just recorded. Mr T's absence should have prompted more curiosity, not less.",
 "Case closure should follow evidence of change for the child, not the absence of new incidents.",
 "A new DA incident soon after closure is a sign of risk, and MASH screening should weigh recent history.",
 "Growth is one of the clearest signs of neglect in a baby or toddler; when a child is not brought to health contacts, their weight is not being measured.",
 "Injuries in non-mobile babies must always be treated in line with the protocol, regardless of the explanation.",
 "Information held by early years, housing and voluntary sector partners (hunger, cannabis smell, food bank use) did not reach those who were assessing risk.",
]),
("h2", "Section 9: Immediate actions already taken"),
("bullets", [
 "Hospital trust: the non-mobile injury protocol has been re-circulated to all ED staff and included in locum induction.",
 "0-19 service: families stepped down from CIN are now held at universal plus for a minimum of six months.",
 "MASH: a 'recent closure' flag has been added so that any new notification within six months of closure is reviewed by a team manager.",
 "Police: DA notifications are being copied to the 0-19 single point of access where there is a child under 5.",
]),
("h2", "Section 9a: Links to national learning"),
("p", "The panel considered the Child Safeguarding Practice Review Panel's national review of non-accidental injury in babies under one, and its emphasis on the men in babies' lives. The learning in this case closely matches that review: Mr T was present in the household and caring for the children, but he was largely unknown to the professionals. The panel also considered the partnership's own thematic learning on neglect (2021), which found that faltering growth was often recorded but not acted upon when a family's engagement with health visiting was intermittent. The same pattern is visible here."),
("p", "The panel discussed whether the family's circumstances, and in particular their poverty, had been understood. It did not find evidence that the family had been asked directly about money, food or debt, even though three separate agencies held information about hardship. The panel was careful not to conclude that poverty caused the harm to either child; most families in poverty care safely for their children. But the pressures on this family were part of the picture, and nobody put the picture together."),
("h2", "Section 9b: Family views"),
("p", "The parents have not been contacted for this rapid review because of the ongoing police investigation. Tyler's paternal grandmother was spoken to by the social worker now allocated to the younger children. She said she had been worried for some months that Ms K was 'not coping' and that Ava 'looked thin' at a birthday party in April, but she did not know who to tell, as the social worker had left. Her views will be sought again for the LCSPR. The independent reviewer will be asked to consider how the children's own experience can be represented given their ages."),
("h2", "Section 10: Decision and rationale"),
("p", "The safeguarding partners agree that the criteria for a local child safeguarding practice review are met. Both children suffered serious harm, abuse and neglect are suspected, and the case raises issues about how agencies worked together that are likely to be relevant locally and nationally: in particular the assessment of fathers, the closure of CIN plans, and the response to injuries in non-mobile babies. The partners have decided to commission an LCSPR and will use a systems-based methodology, to be agreed with the reviewer. The police have been consulted and have no objection to the review proceeding in parallel with the criminal investigation, provided that the parents are not approached until the CPS has made a charging decision."),
("h2", "Section 11: Recommendations to safeguarding partners"),
("numbered", [
 "The LCSPR terms of reference should include the assessment of fathers and male carers across CSC, health visiting and midwifery, with a focus on men who are seen as 'not engaging'.",
 "CSC to audit a sample of CIN closures in the last 12 months to test whether decisions were based on evidence of change for the child.",
 "The ICB and hospital trust to provide assurance that the non-mobile babies protocol is being applied in ED and the urgent treatment centre, through an audit to be reported to the partnership within four months.",
 "The partnership to consider how information held by housing, early years and voluntary sector partners can be brought into assessments, including through the MASH.",
 "The 0-19 service to review its 'was not brought' policy so that repeated missed contacts for any child in a family trigger a conversation with the named HV and, where there is a history of CSC involvement, with CSC.",
]),
("h2", "Abbreviations"),
("table", [
 ["Abbreviation", "Meaning"],
 ["ABH", "Actual bodily harm"],
 ["CAO", "Child arrangements order"],
 ["CIN", "Child in need"],
 ["CSC", "Children's social care"],
 ["DA", "Domestic abuse"],
 ["DASH", "Domestic abuse, stalking and harassment risk assessment"],
 ["ED", "Emergency Department"],
 ["HV", "Health visitor"],
 ["ICON", "Infant crying programme: Infant crying is normal, Comfort methods, It's OK to walk away, Never shake a baby"],
 ["MASH", "Multi-agency safeguarding hub"],
 ["NFA", "No further action"],
 ["PPN", "Public protection notification"],
 ["SIN", "Serious incident notification"],
]),
("p", "Signed on behalf of the safeguarding partners: Director of Children's Services, Oldcastle Vale Council; Chief Nurse, Oldcastle Vale and Sefton Hills ICB; Detective Chief Superintendent, Oldcastle Vale Police. Date: 14 July 2023."),
]

# ---------------- wc06 ----------------
DOCS['wc06'] = [
("title", "Greywater Safeguarding Children Partnership"),
("h1", "Practice summary: Local Child Safeguarding Practice Review - Kai"),
("p", "Published February 2024"),
("p", "This practice summary sets out, in a few pages, what happened to Kai, what the review found and what practitioners can do differently. It is written for frontline staff in a London borough where many of our children in care live outside the borough, and where many children placed here by other authorities live among us."),
("h2", "About Kai"),
("p", "Kai is a Black British young man of Caribbean heritage. He was 15 years and 11 months old when he was stabbed in the thigh and abdomen in a park in a neighbouring borough in September 2023. He survived after emergency surgery. The police investigation found that he had been carrying and selling drugs for an organised group for at least a year. Kai has told the review that he felt he \"had no choice\" and that he owed the group money after a package was taken from him."),
("p", "Kai came into care aged 13 under section 20, with his mother's agreement, after a period when she was using crack cocaine and could not keep him safe at home. He had been on a child protection plan for neglect for 14 months before that; the plan ended when he became looked after. His father has been in prison for most of Kai's life. Kai has two younger sisters who live with their maternal aunt; they are not part of this review."),
("p", "At the time of the stabbing Kai was a looked-after child living with foster carers in Hallam Vale, an out-of-borough placement 30 miles away. It was his fourth placement in 30 months. He was on roll at, and occasionally attending, an alternative provision in Hallam Vale."),
("h2", "Who was involved"),
("bullets", [
 "Greywater children's social care: allocated social worker (three in the period), IRO, and the adolescent safeguarding team.",
 "Greywater Youth Justice Service (YJS): Kai was on a referral order for possession of a bladed article from March 2023.",
 "CAMHS (Hallam Vale): assessment for low mood and self-harm, June 2023; one follow-up appointment attended.",
 "Hallam Vale Police and Greywater police; multiple missing episodes.",
 "Alternative provision school in Hallam Vale, and previously Greywater Academy (permanently excluded, 2022).",
 "StreetSafe, a voluntary sector exploitation service, from May 2023.",
 "The foster carers and their independent fostering agency.",
]),
("h2", "What happened: the key points"),
("bullets", [
 "Autumn 2022: Kai went missing from placement 11 times in three months. Return home interviews were offered by Greywater but completed only twice, by phone.",
 "November 2022: a strategy meeting agreed that Kai was at high risk of criminal exploitation. A National Referral Mechanism (NRM) referral was made. A disruption plan was agreed but not reviewed.",
 "March 2023: Kai was arrested with a knife and was given a referral order. His YJS worker built a good relationship with him; Kai said she was \"the only one who actually listens\".",
 "May 2023: the foster carers gave notice after Kai brought unknown adults to the house. He moved to his fourth placement.",
 "June 2023: Kai told CAMHS that he sometimes thought about \"not being here\" and had cut his arms. CAMHS offered follow-up; Kai attended once.",
 "July 2023: the host police force in Hallam Vale were not told that a high-risk exploited child had been placed in their area. Hallam Vale's MASH had no record of him.",
 "August 2023: Kai's attendance at YJS became sporadic, and he missed three appointments in a row. He was smoking cannabis daily and told his worker he was frightened to go back to Greywater.",
 "September 2023: Kai was stabbed on a Saturday afternoon.",
]),
("h2", "What the review found"),
("p", "The review used an appreciative inquiry approach, asking practitioners what had worked well, what they were worried about, and what would have made a difference. Twenty practitioners, Kai, his mother and his foster carer took part."),
("h3", "What worked well"),
("p", "Practitioners knew Kai well. His voice comes through strongly in the records: his wishes, his fears, his humour, and his wish to go home. The review found that his lived experience was well understood by the YJS worker, the StreetSafe worker and the IRO, all of whom recorded his words carefully. The IRO challenged the placement plan twice and escalated her concerns through the dispute resolution process, which the review regards as good practice."),
("h3", "Finding 1: Risk kept changing, but the plan did not"),
("p", "Each time Kai moved, the plan moved with him unchanged. The disruption plan agreed in November 2022 was never reviewed; the NRM decision was still pending ten months later. Risk rose steadily (missing episodes, a knife arrest, a debt, self-harm, daily cannabis use) but no strategy meeting was held after November 2022. The review found that professionals were waiting for the next crisis rather than reassessing the whole picture."),
("h3", "Finding 2: Out of area, out of sight"),
("p", "When Kai was placed in Hallam Vale, the information that he was at high risk of exploitation did not travel with him. The host authority and its police force did not know he was there. The alternative provision did not know about his referral order. Information sharing between placing and host areas was the single most significant gap identified by the review."),
("h3", "Finding 3: \"Not engaging\" is not a reason to step back"),
("p", "When Kai missed appointments, services waited for him to come back. The review heard that missed appointments were, for Kai, often a sign that he was being controlled or was afraid. The language of \"not engaging\" appears 34 times in his records after May 2023."),
("h2", "Recommendations"),
("numbered", [
 "Greywater children's social care should ensure that when a child at risk of exploitation is placed out of area, the host local authority, its MASH and police are notified before or on the day of the move.",
 "The partnership should agree that a multi-agency strategy meeting is reconvened at every significant change for a child at high risk of exploitation, including a placement move, an arrest, a missing episode of more than 24 hours or a disclosure of debt.",
 "The YJS and CSC should review how they respond to missed appointments by exploited young people, and replace the language of \"not engaging\" in records and plans.",
 "The partnership should write to the Home Office about delays in NRM decisions for children, and ask the Panel to consider this nationally.",
 "CAMHS and YJS should agree a joint pathway for young people open to YJS who disclose self-harm.",
]),
("h2", "Three things to take away"),
("bullets", [
 "Tell the host area. Every time.",
 "Reconvene when things change; don't wait for the next crisis.",
 "Ask what is stopping the young person from coming, not why they won't.",
]),
("p", "The full review and the partnership's response are on the Greywater SCP website."),
]

# ---------------- wc09 ----------------
DOCS['wc09'] = [
("title", "Ashcombe Vale Safeguarding Children Partnership"),
("h1", "Learning Brief: Child M"),
("p", "Learning from a rapid review | Issued November 2022"),
("table", [
 ["At a glance", ""],
 ["Child", "Child M, a boy aged 2 years and 3 months"],
 ["What happened", "Died in February 2022 after swallowing methadone prescribed to a parent"],
 ["Family", "Lived with mother, father and sister (aged 7)"],
 ["Status at the time", "Child protection plan (neglect), made June 2021"],
 ["Review", "Rapid review held March 2022. The partners decided that the learning could be captured without a local child safeguarding practice review; the National Panel agreed."],
 ["Who should read this", "Social workers, health visitors, substance misuse workers, GPs, pharmacists, nursery staff, core group members"],
]),
("h2", "What happened"),
("p", "Child M's mother and father had both been in treatment with Ashcombe Vale Recovery Service for several years and were prescribed methadone. In the autumn of 2021 both parents moved from supervised consumption at the pharmacy to take-home doses, collected twice a week. On a Sunday morning in February 2022, Child M was found unresponsive in his cot. Toxicology showed that he had taken methadone. His father said that he had left a bottle on the kitchen worktop the night before and thought the lid was on."),
("p", "Child M had been subject to a child protection plan under the category of neglect since June 2021, following concerns about home conditions, missed health appointments and his speech delay. His sister, who was not harmed, was subject to a plan too. There had been improvements: home conditions were better, both children were attending nursery and school, and both parents attended core group meetings."),
("h2", "Background"),
("bullets", [
 "Both parents have a long history of opiate use. Neither had used on top of their script for over a year, according to the recovery service; drug screens were clear apart from prescribed methadone.",
 "No concerns about alcohol use by either parent were known to any agency.",
 "Father has previous convictions for shoplifting and possession; neither parent has any convictions for violence.",
 "There were no reports of domestic abuse in the household.",
 "The family were in debt and had been helped with a crisis grant twice in 2021.",
 "The parents live together and have been a couple for ten years.",
]),
("h2", "Key learning"),
("table", [
 ["What we found", "What this means for practice"],
 ["Safe storage was discussed, but never checked. The CP plan said 'parents to use lockable box'. The box had been given out by the recovery service in 2019. No one had seen it since. It was found, after Child M's death, in a cupboard, unused.", "Ask to see where medication is kept, on every home visit. Look, don't just ask. Record what you saw."],
 ["The move to take-home doses was not discussed with the core group. The recovery service's prescribing decision was clinically sound for the parents, but the core group and social worker did not know it had happened until December 2021.", "Any change to prescribing for a parent of a child on a CIN or CP plan should be shared with the social worker, and the risk to the child considered at the next core group."],
 ["The pharmacist noticed that father had missed collecting doses three times in January 2022 and wondered if he was 'buying on the street'. This was recorded in the pharmacy but not passed on.", "Community pharmacists are part of the safeguarding system. Partners should ensure they know who to tell."],
 ["The plan was working in some areas, and progress on home conditions was real. But the plan was not reviewed against a new risk: medication in the home of a toddler who was now climbing.", "Risk changes as children grow. A 2-year-old can open things a 9-month-old cannot."],
 ["Father was fully involved in the plan. He attended every core group and was seen on most visits.", "This is good practice: the review found that both parents were known and worked with."],
]),
("h2", "What went well"),
("bullets", [
 "Core group meetings were well attended by all agencies and by both parents.",
 "The health visitor's work on Child M's speech delay led to a timely referral to speech and language therapy.",
 "The recovery service completed regular drug screens and kept good records.",
 "The response of the ambulance service and the children's hospital on the day was excellent, and bereavement support was offered to the family, including the sister, through her school.",
]),
("h2", "Actions for partners"),
("bullets", [
 "Ashcombe Vale Recovery Service to introduce a safe storage home check, with a photograph, before take-home doses are agreed for a parent of a child under 5.",
 "CSC to add 'medication in the home' to the CP plan template for families where a parent is prescribed opiate substitutes.",
 "The ICB to work with the local pharmaceutical committee so that community pharmacists can share concerns directly with the MASH.",
 "The partnership to re-issue its safe storage guidance and run a campaign with pharmacies.",
]),
("h2", "Reflective questions"),
("bullets", [
 "When you last visited a family where a parent takes methadone or other strong medication, did you see where it was kept?",
 "How would you know if a parent's prescribing had changed?",
 "Who in your team knows the pharmacist for the families you work with?",
]),
("p", "For training on substance misuse and parenting, contact the partnership's learning and development team."),
]

# ---------------- wc13 ----------------
DOCS['wc13'] = [
("title", "Kettleby Safeguarding Children Partnership"),
("h1", "7-Minute Briefing: Child R - accidental ingestion of cannabis edibles"),
("p", "Learning from a rapid review. Issued January 2024. Please share with your team and record it on your learning log."),
("h2", "1. The case"),
("p", "Child R, a toddler of 22 months, was taken to hospital by ambulance in October 2023 after her mother found her drowsy and then fitting. She needed a short stay in PICU. Urine toxicology was positive for THC. Police found a packet of cannabis \"gummy bears\" in a kitchen cupboard at child height. Child R's mother's partner said they were his and that he had bought them online; he had not realised they looked like sweets to a child. Child R has made a full recovery. The rapid review categorised the harm as neglect: a failure of supervision and safe storage, rather than deliberate harm."),
("p", "Child R lived with her mother, her mother's partner (who moved in during 2023) and her brother, aged 5. Her father lives in another town; her parents separated before she was born and he sees her every other weekend. The family was not known to children's social care before this incident."),
("h2", "2. Why does this matter?"),
("p", "Cannabis edibles are increasingly common, are often packaged to look like ordinary sweets, and can contain very high doses of THC. Small children who eat them can become seriously ill, with drowsiness, breathing problems and seizures. Hospitals in the region have seen a rise in such admissions over the past two years. This was a preventable incident."),
("h2", "3. What the rapid review found"),
("bullets", [
 "The health visitor saw the family at home for Child R's 1-year review in late 2022 and again in May 2023, when she noted a \"strong smell\" in the flat. She did not ask about it, and did not ask who else lived there. The mother's partner was not known to the HV.",
 "Child R's childminder had noticed that Child R was sometimes \"very sleepy\" when dropped off on Mondays, but thought she was tired after weekends with her father. There is no evidence that the sleepiness was linked to cannabis and it is not known whether it was.",
 "The GP had no concerns and had seen Child R only for routine immunisations, all of which were up to date.",
 "Child R's brother attends Reception at St Anne's Primary. His school had no concerns.",
 "There was no record of any police involvement with the household.",
]),
("h2", "4. The learning"),
("bullets", [
 "Curiosity: a smell of cannabis in a home with a toddler is a reason to have a conversation, not a reason to avoid one. The review found that practitioners were worried about appearing judgemental.",
 "Who lives here? The mother's new partner was an important adult in Child R's life, and nobody knew him.",
 "Safe storage is not just about medicines and cleaning products. It includes cannabis, vapes and edibles, and the adults who use them.",
]),
("h2", "5. Good practice"),
("bullets", [
 "Mother called 999 immediately and the ambulance response was fast.",
 "The hospital recognised the possibility of ingestion early, carried out toxicology and made a referral to the MASH the same day.",
 "The strategy discussion and the section 47 enquiry were timely. The enquiry concluded with a child in need plan and safety advice, and the partner has engaged with a drug service.",
]),
("h2", "6. What should change (actions for partners)"),
("bullets", [
 "0-19 service: add cannabis and edibles to the safe storage conversation at every developmental review.",
 "Early years: briefing to childminders and nurseries on signs of ingestion (unusual drowsiness, unsteadiness).",
 "Partnership: a public campaign with local pharmacies and trading standards about cannabis edibles that look like sweets.",
]),
("h2", "7. Questions to ask yourself"),
("bullets", [
 "When you notice a smell of cannabis on a home visit, what do you say?",
 "Do you know the name of every adult who lives in the homes you visit?",
 "Where would a toddler find sweets in the houses you visit, and would they know the difference?",
]),
]


def build_docx(stem, blocks):
    from docx import Document
    from docx.shared import Pt
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=0)
        elif kind in ("h1", "h2", "h3"):
            d.add_heading(val, level=int(kind[1]))
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "bullets":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "numbered":
            for it in val:
                d.add_paragraph(it, style="List Number")
        elif kind == "table":
            ncol = max(len(r) for r in val)
            t = d.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for i, row in enumerate(val):
                cells = t.add_row().cells
                for j, c in enumerate(row):
                    cells[j].text = c
                    if i == 0:
                        for r in cells[j].paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph("")
    d.save(os.path.join(OUT, stem + ".docx"))


def build_pdf(stem, blocks):
    from fpdf import FPDF
    font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    bold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DV", "", font)
    pdf.add_font("DV", "B", bold)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    sizes = {"title": 16, "h1": 14, "h2": 12, "h3": 11}
    for kind, val in blocks:
        if kind in sizes:
            pdf.set_font("DV", "B", sizes[kind])
            pdf.ln(2)
            pdf.multi_cell(w, 7, val, align="L")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("DV", "", 10)
            pdf.multi_cell(w, 5.5, val, align="L")
            pdf.ln(2)
        elif kind in ("bullets", "numbered"):
            pdf.set_font("DV", "", 10)
            for n, it in enumerate(val, 1):
                mark = "\u2022 " if kind == "bullets" else f"{n}. "
                pdf.multi_cell(w, 5.5, mark + it, align="L")
                pdf.ln(1)
            pdf.ln(1)
        elif kind == "table":
            pdf.set_font("DV", "", 9)
            with pdf.table() as t:
                for row in val:
                    r = t.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(2)
    pdf.output(os.path.join(OUT, stem + ".pdf"))


if __name__ == "__main__":
    build_docx("wc02", DOCS["wc02"])
    build_pdf("wc06", DOCS["wc06"])
    build_docx("wc09", DOCS["wc09"])
    build_pdf("wc13", DOCS["wc13"])
    print("built")
