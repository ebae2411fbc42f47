#!/usr/bin/env python3
"""Regenerates the binary reports (yb04.docx, yb08.docx, yb12.pdf) from the text held here.
Run with /work/scratch-v3a-venv/bin/python build_binary.py"""
import os
from docx import Document
from docx.shared import Pt
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "heldout-v4", "reports")

# Block kinds: ("h1", text) ("h2", text) ("p", text) ("b", [bullets]) ("t", [[row cells], ...]) first row = header
YB04 = [
 ("p", "CONFIDENTIAL"),
 ("h1", "Ellerby and Thornmouth Safeguarding Partnership"),
 ("h2", "Rapid Review - 15 working day template"),
 ("t", [["Field", "Detail"],
        ["Child", "Child L (known in family as 'Lolly')"],
        ["Age at incident", "2 years 3 months"],
        ["Date of incident", "19/08/2021"],
        ["Notification to National Panel", "20/08/2021"],
        ["Rapid Review meeting", "03/09/2021"],
        ["Date of report", "08/09/2021"],
        ["Chair", "Assistant Director, Children's Services (Thornmouth)"]]),
 ("p", "Key: M = mother (29). F = father (33). Parents live together with Child L and Sibling (aged 8 - Y4 pupil, not subject of this review). PGM = paternal grandmother."),
 ("h2", "1. Summary of incident"),
 ("b", ["19/08/21 approx 14:00: M called 999 - Child L drowsy, 'eyes pinned', difficult to rouse. Ambulance conveyed to Thornmouth Royal ED.",
        "Naloxone given by paramedics with good response. Urine tox positive for methadone. Admitted to paeds ward; discharged to PGM on 22/08 - no lasting harm identified.",
        "M and F both on prescribed methadone (supervised consumption had moved to take-home doses in June 2021). F's bottle found on kitchen worktop, lid off. Locked box provided by the pharmacy in 2020 was 'broken' - not in use.",
        "Parents' account consistent with accidental ingestion. Police investigation (neglect) - both parents interviewed under caution. Outcome awaited.",
        "Criteria met: serious harm, neglect known or suspected."]),
 ("h2", "2. Agency involvement prior to incident"),
 ("t", [["Agency", "Involvement", "Key issues identified"],
        ["Children's Social Care", "CP plan (neglect) Nov 2019 - Jan 2021; stepped down to CIN; CIN closed April 2021, stepped down to EHA.", "Safe storage of medication was a CP plan action; not revisited after step-down. Closure summary: 'parents stable on script'."],
        ["Early Help (Family Hub)", "EHA lead = Family Hub worker, April - Aug 2021. 3 of 7 planned home visits completed; 4 cancelled by M.", "Worker not told that the locked box was no longer used. EHA plan focused on Sibling's school attendance."],
        ["Substance misuse service (Thornmouth Recovery Partnership)", "M and F in treatment since 2017. Both stable. Moved to take-home doses June 2021 (Covid-era guidance).", "Risk assessment for take-home doses asked 'children in household? Y' - safe storage box 'confirmed verbally'. Not checked at home. Not discussed with EHA worker."],
        ["Community pharmacy", "Supervised consumption to June 2021.", "Not a partner to the RR; information provided via ICB."],
        ["Health Visiting", "2-2.5 yr review completed July 2021 at Family Hub (not at home). Development on track. No concerns.", "HV did not know of take-home doses. HV did not see the home environment in 2021."],
        ["GP", "Shared care with Recovery Partnership for F. M - anxiety, on sertraline since 2018.", "No flag on Child L's record re parental substance use."],
        ["School (Sibling)", "Sibling attendance 82%. DSL part of EHA.", "Sibling told teacher in July 2021 'Dad sleeps all day'. Logged; not shared with EHA lead."],
        ["Police", "No DA callouts. F - historic convictions (shoplifting 2014, possession 2015). M - none.", "-"],
        ["Housing", "Thornmouth Homes tenancy. Rent arrears, Notice Seeking Possession May 2021.", "Financial pressure - not known to EHA."]]),
 ("h2", "3. Immediate safeguarding actions"),
 ("b", ["Strategy meeting 20/08/21. s47 - both children. Children stayed with PGM under safety plan until ICPC.",
        "ICPC 10/09/21: both children subject to CP plans (neglect).",
        "Recovery Partnership returned both parents to supervised consumption; home visit to check storage.",
        "Toxicology (hair strand) requested for Sibling - result negative for opiates.",
        "Pharmacy reminded of safe storage checks."]),
 ("h2", "4. Analysis"),
 ("p", "The incident was, on the information available, an accidental ingestion. The family had a history of neglect linked to parental drug use. The step-down from CP to CIN to EHA was reasonable on what was known, but the risk from take-home methadone was new and was not reassessed: each agency saw part of the picture, and the change in dosing arrangements - a change in risk - was never shared with the EHA lead or health visitor. Professionals accepted parental reassurance about the locked box without checking. The Sibling's comment about 'Dad sleeps all day' was an important piece of the children's lived experience that did not reach the lead professional. M's cancelled visits were seen as 'busy family' rather than avoidance."),
 ("p", "The review did not find evidence that workload or management capacity were factors. Both parents were seen and engaged by the Recovery Partnership; F was included in the EHA plan."),
 ("h2", "5. Is an LCSPR recommended? Y/N"),
 ("p", "N. The Rapid Review Panel agreed that the learning is well understood and is already the subject of the Partnership's 'Safe Storage' campaign (2020) and the Panel's 2019 briefing. A local learning review (multi-agency practitioner event) will be held instead. The National Panel is asked to agree."),
 ("h2", "6. Recommendations"),
 ("p", "1. Thornmouth Recovery Partnership to require a home visit to check safe storage before take-home doses are agreed for any parent with children under 5."),
 ("p", "2. CSC and Early Help to add 'changes in substance misuse treatment' to the step-down checklist and EHA review template."),
 ("p", "3. Schools to share disclosures with the EHA lead professional within one working day (reminder via DSL network)."),
 ("p", "4. ICB to circulate learning to community pharmacies."),
 ("p", "CONFIDENTIAL - not for publication"),
]


YB08 = [
 ("h1", "Selbourne Safeguarding Children Partnership"),
 ("h1", "Local Child Safeguarding Practice Review: Baby M"),
 ("p", "Independent reviewer: Dr H. Ferris-Lowe | Published: 6 September 2023"),
 ("h2", "1. Introduction"),
 ("p", "Baby M died in hospital in March 2022, aged 11 months, from a traumatic head injury. He had been in the care of his mother's partner while his mother was at work. In 2023 his mother's partner (Mr X) was convicted of his murder. His mother was not charged."),
 ("p", "The Rapid Review recommended a Local Child Safeguarding Practice Review (LCSPR). The review period is from Baby M's birth (April 2021) to his death. The review was led by an independent reviewer with a multi-agency panel. Agencies provided chronologies and short reflective reports, and 11 practitioners attended a learning event. Baby M's mother and maternal grandmother met the reviewer. Mr X declined."),
 ("p", "This report is written around key practice episodes (KPEs). For each, it describes what happened, what went well and what could have been better. It ends with findings and questions for the Partnership. This review does not make recommendations; the Partnership will agree its actions in response to the questions."),
 ("h2", "2. Key to family members"),
 ("t", [["Name in report", "Relationship"],
        ["Baby M", "Subject child, white British boy, born April 2021"],
        ["Mum", "Mother, 24"],
        ["Sibling", "Baby M's half-sister, aged 5, Reception pupil at Ashgrove Primary (not a subject of this review)"],
        ["Mr X", "Mum's partner from November 2021; moved into the household January 2022"],
        ["Mr Y", "Sibling's father; Mum's former partner (2015-2019). No contact."],
        ["Mr Z", "Baby M's father; relationship with Mum ended during pregnancy. No contact with Baby M."],
        ["MGM", "Maternal grandmother; lives locally; provided childcare until February 2022"]]),
 ("h2", "3. Background"),
 ("p", "Mum grew up in Selbourne. She told the reviewer that she had 'a hard childhood' and had been referred to CSC as a teenager when her mother's partner assaulted her; she was not taken into care. Mum's relationship with Mr Y involved domestic abuse and was known to MARAC in 2018; Mr Y was convicted of assaulting Mum in 2018 and moved away. Mum had three relationships in the two years before Baby M's death (Mr Z, a short relationship in 2021, and Mr X). Mum worked night shifts in a care home. The family lived in a housing association house and the review found no evidence of financial hardship."),
 ("p", "Mr X was 31. He had previous convictions for violence, including a conviction for wounding (s20) in 2014 against a man in a nightclub, and a 2017 conviction for assault on a previous partner. He was known to probation until 2019. He had a young child from a previous relationship who lived with that child's mother in another area."),
 ("h2", "4. Key practice episodes"),
 ("h2", "KPE 1: Birth and early weeks (April - June 2021)"),
 ("t", [["What happened", "What went well", "What could have been better"],
        ["Midwifery booking recorded previous MARAC (2018). Routine enquiry: no current DA. Mum seen alone. Baby M born at term. HV new birth visit and 6-8 week review completed; MGM present.", "Midwife asked about DA at every contact and checked MARAC history. HV offered enhanced visits because of DA history; Mum declined and HV respected that, with a plan to review.", "No record of who else was involved in Baby M's care other than MGM. Baby M's father was recorded as 'not involved' without exploring why."]]),
 ("h2", "KPE 2: New relationship (November 2021 - January 2022)"),
 ("t", [["What happened", "What went well", "What could have been better"],
        ["Mum told HV at the 9-12 month review (Jan 2022) that she had a new partner who was 'great with the kids' and was moving in. The HV did not ask his name. Sibling's teacher noted Sibling was 'tired and quiet' and said 'the new man shouts'. Logged by school; DSL spoke to Mum, who said Sibling was adjusting.", "The teacher noticed a change in Sibling and recorded Sibling's words.", "Nobody asked who Mr X was. No Clare's Law (DVDS) application was considered, although Mum's history was known to HV and school. The school did not share the concern with HV or the GP."]]),
 ("h2", "KPE 3: Police call-out (13 February 2022)"),
 ("t", [["What happened", "What went well", "What could have been better"],
        ["Neighbour called police - shouting, a crash. Officers attended. Mum had a red mark on her cheek; she said she walked into a door. Mr X was 'calm and cooperative'. DASH risk assessment: standard. Both children were asleep upstairs and were not seen. PPN submitted to MASH.", "PPN submitted within 24 hours and included the children's names and ages.", "Mr X's record was checked by officers but his previous violence was not reflected in the DASH grading. Children not seen. MASH screened the PPN to Early Help (EHA) - not yet allocated when Baby M died. The MASH screening did not check Mr X on CSC records or probation records. No strategy discussion."]]),
 ("h2", "KPE 4: GP and ED attendances (February - March 2022)"),
 ("t", [["What happened", "What went well", "What could have been better"],
        ["21 Feb: Mum brought Baby M to ED with a bump to the forehead - 'fell off the sofa'. Mr X present. Discharged. 3 March: GP telephone consultation (Mum) - Baby M 'grizzly, not himself'. Advice given. 9 March: Baby M admitted with catastrophic head injury; died 11 March.", "ED staff recorded the explanation, examined Baby M and documented the bruise.", "Baby M was 10 months old and only just pulling to stand. ED did not check the Child Protection Information Sharing system or ask about who lived at home; the MASH PPN was not visible to ED. The local injuries in pre-mobile / just mobile babies guidance was not applied. GP did not see Baby M in person."]]),
 ("h2", "5. Findings and questions for the Partnership"),
 ("p", "Finding 1 - Men who were new to the household were not identified or assessed. Mr X was invisible to health, school and MASH, and his history of violence was not connected to the children. Question: How does the Partnership know that practitioners ask who is living in and visiting the home, and act on the answer?"),
 ("p", "Finding 2 - Each agency held a fragment: school (Sibling's words), police (the call-out and Mr X's record), MASH (the PPN), ED (the injury). Information was not shared or pieced together. Question: How will the Partnership assure itself that DA notifications involving a new partner with a history of violence trigger checks across agencies?"),
 ("p", "Finding 3 - Risk changed quickly after Mr X moved in; earlier assessments (low risk at birth) were not revisited. Question: What helps practitioners to reassess risk when a family's circumstances change?"),
 ("p", "Finding 4 - Baby M's own experience is largely absent from the records after January 2022. Question: How can the voice and lived experience of pre-verbal children be captured in DA screening and health contacts?"),
 ("p", "Finding 5 - MASH was under significant pressure in early 2022 (a 40% increase in PPNs and two vacant posts), which managers told the review contributed to quick screening decisions. Question: How is the Partnership monitoring MASH capacity and quality of screening?"),
 ("h2", "6. Glossary"),
 ("p", "CPIS - Child Protection Information Sharing. DASH - Domestic Abuse, Stalking and Harassment risk assessment. DVDS - Domestic Violence Disclosure Scheme (Clare's Law). EHA - Early Help Assessment. KPE - key practice episode. MARAC - Multi-Agency Risk Assessment Conference. MASH - Multi-Agency Safeguarding Hub. PPN - Public Protection Notice."),
]

def build_docx(blocks, path):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    for kind, val in blocks:
        if kind == "h1": doc.add_heading(val, level=1)
        elif kind == "h2": doc.add_heading(val, level=2)
        elif kind == "p": doc.add_paragraph(val)
        elif kind == "b":
            for x in val: doc.add_paragraph(x, style="List Bullet")
        elif kind == "t":
            t = doc.add_table(rows=len(val), cols=len(val[0])); t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs: r.bold = True
    doc.save(path)

YB12 = [
 ("h1", "Ravensmere Local Safeguarding Children Board"),
 ("h1", "Serious Case Review: Young Person T"),
 ("p", "Lead reviewers: Clare Hennessy-Watt and Robert Ainsley (SCIE accredited reviewers)"),
 ("p", "Published: 9 December 2015"),
 ("h2", "Contents"),
 ("p", "1. Introduction  2. Why this case was chosen to be reviewed  3. Methodology  4. The family and the young person  5. Narrative of professional involvement  6. Appraisal of practice  7. Findings (systems issues)  8. Recommendations of the LSCB  9. Glossary"),
 ("h2", "1. Introduction"),
 ("p", "1.1 This Serious Case Review concerns a young person, referred to as Young Person T (or T), who in June 2014, aged 15 years and 11 months, disclosed to her teacher of the deaf that she had been sexually abused by her stepfather since she was around nine years old. T is profoundly deaf and communicates primarily in British Sign Language (BSL). Her stepfather, Mr R, was subsequently convicted of multiple counts of rape and sexual assault of a child and sentenced to 18 years' imprisonment."),
 ("p", "1.2 T lived with her mother, Mr R and her two younger half-brothers (aged 6 and 4 at the time of the disclosure; they are not subjects of this review) in a village in Ravensmere, a county in the South East of England. She was a Year 11 pupil at Castlebrook School, a mainstream secondary school with a Hearing Impaired Resource Base (HIRB), and attended every day."),
 ("h2", "2. Why this case was chosen to be reviewed"),
 ("p", "2.1 The LSCB's Serious Case Review Panel considered the case in July 2014. The criteria in Working Together to Safeguard Children (2013), chapter 4, were met: abuse was known, and the young person had been seriously harmed, and there was cause for concern as to the way in which agencies had worked together. The National Panel of Independent Experts on SCRs agreed."),
 ("h2", "3. Methodology"),
 ("p", "3.1 Working Together 2013 allows LSCBs to use any learning model consistent with its principles. Ravensmere LSCB chose the Social Care Institute for Excellence (SCIE) Learning Together systems model. The aim is to understand not only what happened but why it made sense to professionals at the time, and to identify the underlying systems issues that make good practice more or less likely elsewhere."),
 ("p", "3.2 A review team of senior managers from Children's Services, Ravensmere Police, the CCG, the Hospital Trust, Education and CAMHS worked with the lead reviewers. Case Group members (practitioners and first line managers directly involved) took part in individual conversations and two group meetings. The review examined the period from 2008 (when T was nine) to June 2014."),
 ("p", "3.3 T was offered the opportunity to take part, with a BSL interpreter she chose. She met one of the lead reviewers twice. Her mother also took part. Mr R was not approached, on the advice of the police."),
 ("p", "3.4 The research questions agreed by the review team were: (1) How well do professionals in Ravensmere communicate directly with deaf and disabled children, and what gets in the way? (2) How are concerns about disabled children's behaviour and emotional wellbeing understood, and when is abuse considered? (3) How do assessment processes in Children's Social Care take account of a child's communication needs? (4) How are the roles of parents and step-parents understood when they are also the child's main means of communication?"),
 ("p", "3.5 The review team met six times. The Case Group comprised 14 practitioners: two teachers of the deaf, a communication support worker, the DSL and a head of year at Castlebrook, the primary school SENCo, the social worker and team manager who completed the 2011 assessment, the GP, two CAMHS clinicians, the audiologist, a police sergeant and the paediatric liaison nurse. The lead reviewers also reviewed the records of each agency and the CAMHS, Children's Social Care and school files in full."),
 ("p", "3.6 Limitations. The Learning Together model concentrates on a small number of systemic findings rather than providing a complete chronology or a judgement on each individual's practice. Some practitioners from the primary school had retired and could not be contacted. The review did not have access to the audiology department's communication records before 2012, which were archived."),
 ("h2", "4. The family and the young person"),
 ("p", "4.1 T is white British. She was born profoundly deaf. She had cochlear implant surgery at the age of four; it was of limited benefit and she uses BSL. Her mother and birth father separated when T was two. Her birth father moved abroad and has had no contact with her since. Mr R became her mother's partner when T was seven and moved into the family home a year later."),
 ("p", "4.2 T's mother does not sign fluently; Mr R learned BSL to a good level and was often the person who interpreted for T at appointments, parents' evenings and meetings. Professionals described him as 'devoted' and 'the one who really understands her'."),
 ("p", "4.3 T's mother told the review that Mr R controlled the family money and her mobile phone, decided whom she could see, and would become angry if she spent time with her own sister. She had not seen this as abuse at the time. The review considers that this was coercive and controlling behaviour - domestic abuse - over a number of years, and that it isolated both T and her mother."),
 ("p", "4.4 Neither T's mother nor Mr R had any previous convictions, and neither was known to police. T's mother had been treated by her GP for anxiety and depression from 2011 onwards. There were no concerns about alcohol or drug misuse by either adult in the household. The family owned their home and Mr R was in full-time work."),
 ("h2", "5. Narrative of professional involvement"),
 ("p", "5.1 2008-2010 (ages 9-11). T attended a primary school with a deaf unit. Staff noted she was 'withdrawn' and occasionally 'explosive'. Her behaviour was attributed to communication frustration. In 2010 she wrote in a diary exercise, in English, 'I hate the nights'. The teacher asked her about this through a communication support worker; T shrugged, and the matter was not followed up."),
 ("p", "5.2 October 2011 (age 12). T arrived at secondary school with a bruise on her upper arm. She signed to a teaching assistant that 'Dad' had grabbed her. The school's Designated Safeguarding Lead made a referral to Children's Social Care. A social worker completed an initial assessment. The social worker did not sign. T was seen at school with Mr R present as her interpreter, because no BSL interpreter could be booked within the timescale. T said she had been 'messing around'. The assessment concluded 'no further action'. T had never been subject to a child protection plan."),
 ("p", "5.3 2012-2013 (ages 13-14). T began to self-harm (cutting). The GP referred her to CAMHS. CAMHS offered appointments with a spoken-language clinician and an interpreter booked through the family: Mr R attended and interpreted at three of the four appointments. CAMHS recorded 'low mood, adolescent stressors, attachment to stepfather strong'. T was discharged in late 2013 with a plan for the GP to monitor. The regional deaf CAMHS service (National Deaf Child and Adolescent Mental Health Service) was not considered."),
 ("p", "5.4 T's audiology appointments at Ravensmere General Hospital continued annually; Mr R attended all of them."),
 ("p", "5.5 2013-2014 (ages 14-15). Teachers in the HIRB recorded increasingly 'challenging' behaviour, refusal to go home at the end of the day, and on two occasions T asking to stay at a friend's house 'forever'. A new teacher of the deaf, who was a fluent signer, began working with T in January 2014. Over several months T began to trust her. On 11 June 2014 T disclosed in BSL that Mr R had been sexually abusing her."),
 ("p", "5.6 The response after disclosure was prompt. A strategy discussion was held on the same day with an independent BSL interpreter present. T's mother acted protectively; Mr R was arrested and bailed away from the home. An Achieving Best Evidence interview was carried out with a registered intermediary and interpreter. The police investigation and the support given to T during the trial were described by T as 'the first time anyone talked to me properly'."),
 ("h2", "6. Appraisal of practice"),
 ("p", "6.1 The review found that, in each of the key episodes, T's ability to communicate with professionals depended on the person who was abusing her. Professionals did not think about the risk this created, partly because Mr R's role was seen as positive and partly because interpreters were hard to book quickly. The 2011 assessment relied on Mr R as interpreter, did not explore the family history or the roles of the adults, and did not analyse what T's bruise and her words might mean."),
 ("p", "6.2 Information sat in separate places: the primary school's concerns, the 2011 referral, CAMHS's records and the HIRB's observations were never brought together. CAMHS was not told of the 2011 referral; the secondary school was not told of the CAMHS discharge."),
 ("p", "6.3 T's behaviour was consistently explained by her deafness. Her experience - what it was like to be a deaf child in a hearing household, reliant on one adult to be heard - was not understood by any professional until January 2014."),
 ("p", "6.4 Mr R was seen by many professionals, but he was seen as an interpreter and a supportive parent, never as a person who needed to be assessed. T's mother was rarely spoken to alone."),
 ("p", "6.5 Key practice episode: the 2011 initial assessment. The social worker who completed the assessment told the review that she had seven working days, that the duty team had no access to an emergency BSL interpreter and that the team's usual practice for children with communication needs was to 'use whoever the family uses'. She considered asking the school's communication support worker to interpret but was told that the support worker was 'not qualified for safeguarding conversations'. She was aware that this was not ideal but felt that the risk of delay outweighed it. Her team manager signed off the assessment the same day. The review considers that the social worker's reasoning made sense in the system she was working in; the issue is that the system made a safe conversation with T almost impossible."),
 ("p", "6.6 Key practice episode: CAMHS 2012-2013. CAMHS clinicians told the review that they had discussed whether to see T alone but concluded that, without an interpreter she trusted, she would say little. Mr R offered to attend, and he was in practice the only person T's clinicians saw her communicate with freely. The clinician recorded 'attachment to stepfather strong'. In hindsight this was T's dependence on the person harming her, but the clinician had no information from the school or Children's Social Care to suggest any concern about Mr R. There was no routine check with Children's Social Care records on referral to CAMHS at that time."),
 ("p", "6.7 Key practice episode: the Hearing Impaired Resource Base 2013-2014. Staff in the HIRB knew T best. They recorded her refusal to go home and her statements about staying with a friend 'forever'. They told the review that they understood these as teenage conflict with parents and that, in their experience, deaf teenagers in hearing families often felt isolated at home. The change came with the arrival of a fluent-signing teacher of the deaf who had time to build a relationship with T. The review considers this demonstrates how much depended on individual skill rather than a system that ensured deaf children had someone they could talk to directly."),
 ("p", "6.8 The review also considered whether there had been missed appointments or avoidance of services. It found no such pattern: the family attended all audiology, GP, CAMHS and school appointments. In this case, good attendance was itself part of the picture, because it was Mr R who brought T to appointments and who spoke for her."),
 ("h2", "7. Findings (systems issues)"),
 ("p", "Finding 1: Professionals across agencies routinely use family members to interpret for deaf children and young people, including in safeguarding contexts, because of the difficulty of booking qualified BSL interpreters at short notice. This means that deaf children may have no safe way to tell."),
 ("p", "Finding 2: There is a tendency across agencies to attribute distress and behaviour in deaf and disabled children to their impairment rather than considering abuse ('diagnostic overshadowing')."),
 ("p", "Finding 3: Single assessments completed under time pressure default to seeing the child at school and accepting the first explanation, without the history or analysis the case requires; there is no mechanism to extend timescales when communication needs require it."),
 ("p", "Finding 4: CAMHS and specialist services lack pathways to access deaf-specialist mental health provision, and there is no expectation that the clinician will see the young person without family members present."),
 ("p", "Finding 5: Male carers who present as helpful and engaged are rarely the subject of professional curiosity."),
 ("p", "The review did not identify concerns about leadership or supervision in any agency; practitioners described good access to supervision, and the review team considered that the issues lay in systems and tools rather than organisational culture."),
 ("h2", "8. Recommendations of the LSCB"),
 ("p", "Having considered the findings, the LSCB has agreed the following recommendations:"),
 ("p", "1. All partner agencies will adopt a policy that family members must never be used as interpreters in safeguarding enquiries or health and mental health assessments for deaf children."),
 ("p", "2. Children's Services will establish an arrangement for BSL interpreters to be available within 24 hours for s47 enquiries and assessments."),
 ("p", "3. The LSCB will deliver multi-agency training on safeguarding deaf and disabled children, including diagnostic overshadowing."),
 ("p", "4. The CCG will agree a referral pathway to specialist deaf CAMHS provision."),
 ("p", "5. The LSCB will audit, within 12 months, a sample of assessments of disabled children to test whether the child was seen alone and communicated with in their preferred method."),
 ("h2", "Appendix: T's views and her mother's views"),
 ("p", "T asked that the following be included, in her words as translated from BSL by her chosen interpreter: 'I tried to tell. I drew pictures, I wrote in my diary, I was angry all the time. Everyone said it was because I was deaf. Deaf children are not angry because we are deaf. We are angry because nobody listens. When I went to the social worker and the CAMHS and the hospital, he was always there, saying what I said. He did not say what I said. Please get proper interpreters. Please ask deaf children on their own.'"),
 ("p", "T's mother told the review that she felt 'stupid and guilty' that she had not seen what was happening, and that she had relied on Mr R because she could not sign well herself. She has since started BSL classes. She said that when professionals praised Mr R for 'doing so much for T' it made her feel she was the one failing. She wanted professionals to understand that the person who seems most helpful is not always safe."),
 ("p", "The LSCB thanks T and her mother for their courage and their contribution to this review, and will report to them on the progress of the recommendations."),
 ("h2", "9. Glossary"),
 ("p", "ABE - Achieving Best Evidence. BSL - British Sign Language. CAMHS - Child and Adolescent Mental Health Services. CCG - Clinical Commissioning Group. DSL - Designated Safeguarding Lead. HIRB - Hearing Impaired Resource Base. LSCB - Local Safeguarding Children Board. SCIE - Social Care Institute for Excellence. s47 - section 47 Children Act 1989 enquiry."),
]

def build_pdf(blocks, path):
    from fpdf import FPDF
    pdf = FPDF(); pdf.set_auto_page_break(True, 15); pdf.add_page()
    def txt(s): return s.replace("\u2019", "'").replace("\u2013", "-").replace("\u201c", '"').replace("\u201d", '"').encode("latin-1", "replace").decode("latin-1")
    for kind, val in blocks:
        if kind == "h1": pdf.set_font("Helvetica", "B", 15); pdf.multi_cell(0, 8, txt(val)); pdf.ln(2)
        elif kind == "h2": pdf.ln(2); pdf.set_font("Helvetica", "B", 12); pdf.multi_cell(0, 7, txt(val)); pdf.ln(1)
        elif kind == "p": pdf.set_font("Helvetica", "", 10.5); pdf.multi_cell(0, 5.5, txt(val)); pdf.ln(1.5)
    pdf.output(path)

if __name__ == "__main__":
    import sys
    build_docx(YB04, os.path.join(OUT, "yb04.docx"))
    g = globals()
    if "YB08" in g: build_docx(g["YB08"], os.path.join(OUT, "yb08.docx"))
    if "YB12" in g and "build_pdf" in g: g["build_pdf"](g["YB12"], os.path.join(OUT, "yb12.pdf"))
    print("built")
