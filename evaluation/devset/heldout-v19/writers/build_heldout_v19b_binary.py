"""Build the three binary/markup reports (cb04.docx, cb06.pdf, cb07.html).
The report texts are held in this script (below) so that it is self-contained."""
import os
from docx import Document
from fpdf import FPDF
HERE=os.path.dirname(os.path.abspath(__file__))
REP=os.path.join(HERE,"reports")
CB04=r'''Glanafon and Dyffryn Regional Safeguarding Children Board
Child Practice Review Report
Concise Child Practice Review
Re: CPR 03/2023 - Child A
Publication date: 18 June 2024

Legal context from guidance in relation to a concise review
The Board commissioned a concise Child Practice Review in line with the Social Services and Well-being (Wales) Act 2014 guidance, Working Together to Safeguard People Volume 2. The criteria for a concise review were met because Child A died, was on the child protection register at the time and abuse or neglect was suspected. The review followed the Welsh Child Practice Review model, with a learning event for practitioners and a reviewer panel.

Circumstances resulting in the review
Child A was three years and seven months old when she died in a hospital abroad in January 2023, while the family was visiting relatives in the country of her parents' birth. She was the youngest of four children. She and her three brothers had been on the child protection register under the category of neglect since May 2022.

The family left Wales on 19 December 2022. They had not told the social worker they were going. The school of the eldest brother had been told by the father that the family would be "away for a family wedding" and had authorised five days of leave. This was not passed on. The family were due back on 4 January 2023 and did not return.

On 16 January 2023 the father telephoned the health visitor to say that Child A had died after "a high fever" and had been buried the same day in accordance with the family's faith. A death certificate issued abroad, later translated, gives the cause as "acute illness". There was no post-mortem. Through the British consular service and the police it was possible to confirm the death but not to learn anything further about her illness or treatment. The coroner in Wales had no jurisdiction. The cause of Child A's death therefore remains unclear, and the review has not been able to reach any view about whether neglect played a part.

Child A
Child A was a girl of Bangladeshi heritage, born in Wales. She had global developmental delay and was under the care of the community paediatrician. She had a feeding plan because of faltering growth and attended a specialist nursery placement three mornings a week. Practitioners remembered her as a smiley child who loved music and bubbles.

The family
Child A lived with her mother, father and brothers (aged 11, 8 and 6) in a privately rented terraced house. Her parents are married and lived together throughout. Mother has a mild learning disability, identified in a 2021 parenting assessment, and she speaks limited English; an interpreter was used for most meetings. Father works long hours in a restaurant. The family had significant debts and the house was damp and overcrowded.

There were no police records about the family and no domestic abuse was identified by any agency. No concerns were ever raised about alcohol or substance use by either parent.

Practice and organisational learning

1. Planning for travel abroad for children on the register
The child protection plan did not address the possibility of extended travel abroad, even though the family had talked about visiting relatives at a core group in October 2022. Practitioners told the learning event they "did not think to ask" about passports or plans. Travel was seen as a private family matter rather than a risk to the plan, especially for a child with complex health needs.

2. Information not shared
The school authorised leave for the eldest brother but did not tell the social worker or the core group. The specialist nursery noted Child A's absence on 5 January but assumed she was unwell. The health visitor knew of the planned wedding from a conversation with the mother in November but did not record it. No single agency held the whole picture.

3. Missed appointments and engagement
Child A missed three of seven paediatric appointments in 2022, and the family did not attend two core groups. Over the same period practitioners described the parents as "warm and cooperative". The review found a tendency to accept this warmth as engagement, while the plan made little progress; the child protection conference in November 2022 recorded that growth had not improved but did not change the plan.

4. Working with the father
In contrast, the review found that Child A's father was well included: he attended conferences, was seen at home in the evenings, and was part of the written agreement. Practitioners should be commended for this.

5. The voice and lived experience of a child without speech
Child A did not use words. Records describe her medical needs in detail but say little about what an ordinary day was like for her at home, who fed her, or how she communicated distress.

Improving systems and practice
In order to promote the learning from this case the review identified the following actions for the Board and its member agencies:

1. The Board should issue guidance for child protection plans on travel abroad, including asking about passports, travel plans and, where relevant, agreeing what will happen if a child becomes ill abroad.
2. Education settings should inform the lead social worker of any leave or unexplained absence for a child on the register or any sibling.
3. The Board should audit how child protection conferences respond when there is no progress on a plan for two reviews running.
4. Health and social care should develop practice guidance on understanding the daily lived experience of non-verbal children with complex needs.

Statement by Reviewer(s)
Reviewer 1: Gwen Harries-Thomas, independent. I was not directly concerned with the child or family, nor did I have line management of any practitioner involved.
Reviewer 2: Dafydd Lloyd, Local Authority.

Glossary
CPR - Child Practice Review; core group - the multi-agency group that carries out a child protection plan; HV - health visitor.
'''
CB06=r'''Child Safeguarding Practice Review Panel
National review case summary

Young Person J: harmed and harming
Prepared by the Panel secretariat with Kingsmere Safeguarding Children Partnership
November 2023

About this summary
The Panel selected this case for national review because it illustrates a pattern seen in a number of notifications: a young person who has been a victim of serious violence and exploitation is later notified because he has seriously harmed another child. The local partnership completed a rapid review in March 2023. The Panel agreed to carry out the review at national level, working with the partnership and drawing on the rapid review, practitioner conversations and a meeting with J's mother. J was also invited to contribute and chose not to.

What happened
In February 2023, J, then aged sixteen, stabbed a fifteen-year-old boy in a park in Kingsmere, a London borough. The other boy survived after emergency surgery. J was arrested the same day, charged and later convicted. The notification to the Panel was made under the category of serious harm by a young person (young person perpetrator). The Panel's review focuses on J.

Three months earlier, in November 2022, J had himself been stabbed in the leg and treated at the Royal Kingsmere Hospital ED. He told police he did not know who had attacked him. Intelligence suggested the attack was linked to debts owed to older young men who were using J to move drugs.

About J
J is a Black British boy of Caribbean heritage. He lived with his mother and two younger sisters. He was diagnosed with ADHD at the age of nine and was prescribed medication, which he stopped taking at thirteen. He was permanently excluded from secondary school in Year 9 and attended the Kingsmere Pupil Referral Unit, where he was on roll at the time of the incident, although his attendance was 40%.

J smoked cannabis daily from the age of fourteen. After he was stabbed, his mother and the PRU described him as jumpy, not sleeping and carrying a knife "for protection"; CAMHS accepted a referral for assessment of trauma symptoms in January 2023 but he had not yet been seen.

J's father has had no contact with the family since J was six. J's mother has no criminal record. She has anxiety, for which she sees her GP, and she works two jobs; the family has been in rent arrears and used a food bank in 2022. His mother describes J as "a lovely boy who got lost".

Agency involvement
- CSC: referral by police after J went missing for three days in June 2022, found in a coastal town with cash and drugs. Child and family assessment, then a strategy discussion and s47 enquiry. Initial child protection conference in September 2022: CP plan, category neglect. The conference chair recorded that this category was used only because local procedures did not then offer a category for extra-familial harm; there were no concerns about J's mother's care of her children. J remained on a CP plan at the time of the incident. He was not a looked-after child.
- Police: missing reports x5; NRM referral made in July 2022 (positive reasonable grounds decision); the November stabbing investigation.
- YJS: J was subject to a referral order for possession of cannabis with intent to supply from October 2022.
- PRU: daily contact when attending; DSL attended CP conferences.
- A youth violence charity: a mentor was allocated in December 2022 and met J three times.
- ED: the November 2022 attendance. A hospital youth worker saw J but he declined follow-up.

What the Panel found
1. Seeing J as a child. In several records after the stabbing, J is described as "streetwise", "choosing this lifestyle" and "not engaging". Practitioners at the review said that they found it hard to hold in mind that J was a victim of exploitation while he was also being investigated for offences. The Panel has seen this adultification of Black boys in other reviews. J's daily life, his fear after he was stabbed, and what it felt like to owe money to people who had hurt him, were not understood.
2. Changing risk. After the stabbing the CP plan was not reviewed; the next core group simply added a "safety plan" that J would stay in after 9pm. Risk was escalating, and both J and his mother said so, but the plan did not change.
3. Information sharing. Police intelligence about the debt and the threats was not shared with CSC or the YJS before the incident. The YJS did not know about the NRM decision. The ED youth worker's notes were not sent to CSC.
4. Assessment. The CP plan and the YJS assessment were separate and did not refer to each other. Neither considered J's ADHD or the impact of his exclusion.
5. Good practice. J's mother was consistently supported and involved. The PRU was persistent and creative in keeping contact with J.

The Panel's recommendations
1. Kingsmere partners should adopt a single multi-agency plan for children at risk of extra-familial harm who are also open to youth justice services, with one lead professional.
2. The partnership should ensure that any child on a plan who is seriously injured by violence has the plan reviewed within five working days.
3. The Department for Education should consider how national procedures can record extra-familial harm as a reason for a child protection plan.

Glossary
CP - child protection; ED - Emergency Department; NRM - National Referral Mechanism; PRU - Pupil Referral Unit; s47 - section 47 enquiry (Children Act 1989); YJS - Youth Justice Service.
'''
CB07=r'''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Rapid Review - Baby L</title></head>
<body>
<h1>Ashcombe Safeguarding Partnership</h1>
<h2>Rapid Review: Baby L</h2>
<p><strong>OFFICIAL-SENSITIVE.</strong> Submitted to the National Panel on 19 February 2025.</p>
<table border="1">
<tr><th>Field</th><th>Detail</th></tr>
<tr><td>Subject</td><td>Baby L</td></tr>
<tr><td>Age at incident</td><td>16 weeks</td></tr>
<tr><td>Sex</td><td>Withheld for publication</td></tr>
<tr><td>Ethnicity</td><td>White Other (Eastern European)</td></tr>
<tr><td>Date of incident</td><td>22 January 2025</td></tr>
<tr><td>Original notification category</td><td>Other (accidental injury)</td></tr>
<tr><td>Category following rapid review</td><td>Serious harm - physical abuse (suspected non-accidental injury)</td></tr>
<tr><td>CSC status at incident</td><td>Not previously known to CSC</td></tr>
<tr><td>Household</td><td>Mother (22), father (25), Baby L. Parents married, living together.</td></tr>
</table>

<h3>1. Summary</h3>
<p>Baby L was brought to the ED by both parents, who said the baby had rolled off a sofa onto a laminate floor. A CT scan showed a linear skull fracture. The initial view of the treating team was that the history was plausible, and the partnership's first notification to the Panel was categorised as &ldquo;other&rdquo; because the injury was thought to be accidental and not to meet the serious harm definition.</p>
<p>The child protection medical and skeletal survey completed two days later identified three healing posterior rib fractures, estimated at two to four weeks old, and a metaphyseal fracture of the left tibia. No medical explanation was found; bloods and bone health tests were normal, with no evidence of a bone disorder. A strategy meeting was held and s47 enquiries began. Baby L was discharged to foster care under an interim care order. Police are investigating.</p>
<p><strong>The rapid review disagrees with the original categorisation.</strong> On the information now known, the partners agree that this is a case of serious harm with physical abuse suspected, and have asked the Panel to amend the notification accordingly.</p>

<h3>2. Agency involvement before the incident</h3>
<ul>
<li><strong>Midwifery:</strong> booked at 11 weeks, attended all appointments. Routine enquiry about DA at booking - mother said there was none. Father attended two scans.</li>
<li><strong>HV:</strong> new birth visit and 6-8 week review, both with mother only. Father &ldquo;at work&rdquo;. Mother scored mildly on the postnatal mood questionnaire; advice given, no referral.</li>
<li><strong>GP:</strong> at 10 weeks the mother brought Baby L with a small bruise on the cheek, which she said was from a dummy clip. The GP accepted the explanation. The partnership's bruising in non-mobile babies protocol was not followed and no referral to CSC was made. The HV was not told.</li>
<li><strong>Police:</strong> no records of either parent.</li>
</ul>

<h3>3. Other relevant information</h3>
<ul>
<li>Father told police after arrest that he had smoked cannabis &ldquo;most evenings&rdquo; until about six months before the birth.</li>
<li>Mother had no contact with her own family; she moved to England two years ago and described being &ldquo;on her own all day&rdquo; with the baby.</li>
<li>Maternal grandmother (living abroad) is described by mother as having had a drinking problem; she is not involved in Baby L's care.</li>
<li>Both parents in employment; no known financial problems.</li>
</ul>

<h3>4. Analysis and learning</h3>
<ol>
<li><strong>Bruising protocol.</strong> The GP did not apply the protocol. This was a missed opportunity. Professional curiosity was lacking: an explanation for an injury in a baby who could not move was accepted at face value.</li>
<li><strong>Fathers.</strong> The HV service did not see or speak to the father at any point. His history, including cannabis use and how he managed stress, was never explored.</li>
<li><strong>Information sharing.</strong> GP and HV did not share information about the bruise.</li>
<li><strong>Initial classification.</strong> The ED made a reasonable initial judgement, but the notification was made before the skeletal survey; partners should wait for, or update after, these results.</li>
<li><strong>Social isolation of a new mother</strong> without family support was known to the HV but not identified as a vulnerability.</li>
</ol>

<h3>5. Recommendations to partners</h3>
<ol>
<li>The ICB to run a refresher for all GP practices on the bruising in non-mobile babies protocol, with audit.</li>
<li>HV service to require at least one contact with each father or co-parent by the 6-8 week review.</li>
<li>The partnership to amend its notification guidance so that notifications of infant head injury are reviewed once the skeletal survey is reported.</li>
</ol>
<p>The rapid review considers that the learning is clear and can be taken forward without an LCSPR. The Panel agreed.</p>
</body></html>
'''
def docx(text,path):
    d=Document(); lines=text.split("\n")
    d.add_heading(lines[0],level=1)
    for ln in lines[1:]:
        if not ln.strip(): continue
        if len(ln)<70 and not ln.endswith(".") and not ln[0].isdigit(): d.add_heading(ln,level=2)
        else: d.add_paragraph(ln)
    d.save(path)
def pdf(text,path):
    p=FPDF(); p.set_auto_page_break(True,15); p.add_page(); p.set_font("Helvetica",size=10)
    for ln in text.split("\n"):
        if not ln.strip(): p.ln(3); continue
        p.multi_cell(0,5,ln,new_x="LMARGIN",new_y="NEXT")
    p.output(path)
docx(CB04,os.path.join(REP,"cb04.docx"))
pdf(CB06,os.path.join(REP,"cb06.pdf"))
open(os.path.join(REP,"cb07.html"),"w",encoding="utf-8").write(CB07)
