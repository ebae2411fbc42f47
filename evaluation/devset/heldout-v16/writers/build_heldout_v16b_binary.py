# Builds the three binary/markup reports of set b from text held in this script.
import os
from docx import Document
from fpdf import FPDF
HERE=os.path.dirname(os.path.abspath(__file__))
R=os.path.join(HERE,"reports")

SB03 = """Harrowfield Local Safeguarding Children Board
Serious Case Review: Baby Ellis
#Published November 2016
#Lead reviewers: Dr A. Morrow and P. Sandhu (accredited SCIE reviewers)

#1. Introduction
Baby Ellis died on 14 February 2015. He was eleven weeks old. He had been asleep on a sofa with his father in the early hours of the morning and was found unresponsive when his father woke at about 6am. The post-mortem examination did not identify a cause of death; the death was recorded as a sudden unexpected death in infancy (SUDI), with unsafe sleeping arrangements noted as a contributory factor. The police investigation concluded with no charges.
The Harrowfield LSCB, covering a largely rural county in the East of England, decided in April 2015 that the criteria for a serious case review were met, because there was information that neglect (in the form of the father's intoxication while caring for an infant) may have contributed to the death. The review used the Social Care Institute for Excellence (SCIE) Learning Together systems model. In keeping with that model the review does not make recommendations; it sets out findings, each followed by questions for the LSCB to consider.

#2. The family
Ellis lived with his mother, his father and his brother, who was four years old and attended a nursery class at the local primary school. His brother is not a subject of the review. Ellis's parents married in 2009 and lived together throughout. The family were white British.
Ellis's mother had been brought up from the age of six by her paternal grandparents, because her own mother was a heroin user and was unable to care for her. She described her grandparents as "the people who saved me". She experienced postnatal depression after the birth of her first son in 2011, for which she was treated by her GP with medication and counselling; she had been well during her pregnancy with Ellis.
Ellis's father was a warehouse supervisor until October 2014, when he lost his job. The family then fell behind with their mortgage payments and took out loans. He told the review that he had "used speed at weekends" in his twenties but had not done so for ten years. In the weeks before Ellis's death he had been drinking most evenings; on the night Ellis died he had drunk six or seven cans of strong lager.
There was no evidence of domestic abuse in the relationship, and there were no police call-outs to the address at any time. The family were not known to children's social care before Ellis's death.

#3. What happened
Ellis was born on 28 November 2014 at 38 weeks, a healthy boy. The midwife gave safe sleep advice to his mother on the postnatal ward and at the first home visit; his father was at work on both occasions. The health visitor's new birth visit on 10 December 2014 recorded that Ellis slept in a Moses basket in the parents' bedroom. The father was present but was not spoken to about sleep.
On 5 January 2015, aged five weeks, Ellis was taken to the Emergency Department at Harrowfield Hospital with bronchiolitis and was admitted for two nights. Nursing notes record that his father "smelt of alcohol" at the evening visit. This was not followed up or passed to the health visitor.
In late January 2015 Ellis's mother told the GP at her postnatal check that she was "tired all the time" and that her husband was "stressed about money" and "having a few more drinks than usual". The GP screened her for depression (negative), and gave advice about money advice services. The GP did not consider the implications for the care of a young baby.
Ellis's parents told the review that in the weeks before his death Ellis was often settled on the sofa in the evenings, and that his father would sometimes fall asleep with him there while his mother went to bed with the older child.

#4. Findings
Finding 1: Safe sleep advice is routinely given to mothers and not to fathers or other carers, even where fathers care for babies at night. Questions for the Board: How can agencies ensure that all carers are included?
Finding 2: Information that a carer has been drinking is not consistently recognised as relevant to the safety of an infant, or shared. The ward's observation and the mother's disclosure to the GP were not linked. Questions for the Board: What would help hospital and primary care staff to act on such information?
Finding 3: Professionals assessed risk at the point of birth and did not revisit it when the family's circumstances changed (job loss, debt and increased drinking). Questions for the Board: How can universal services recognise rising risk in families not known to social care?
Finding 4: The transfer of information between midwifery and health visiting was timely and complete, and is an example of good practice.

#5. Glossary
ED - Emergency Department; GP - General Practitioner; LSCB - Local Safeguarding Children Board; SCIE - Social Care Institute for Excellence; SUDI - sudden unexpected death in infancy.
"""

SB05 = """#Ashcombe Safeguarding Children Partnership
#Rapid Review Summary - Child R
Date of rapid review meeting: 21 July 2020
Date of report to the National Panel: 3 August 2020
Classification: Official - Sensitive. Summary prepared for partner agencies.

#1. Reason for the rapid review
Child R, a girl aged 22 months, was admitted to the paediatric intensive care unit at Ashcombe Hospital on 4 July 2020 with opioid toxicity. She had been staying overnight with her father at his flat. In the morning he found her drowsy and unresponsive next to an open bottle of his prescribed methadone, which had been left on the bedroom floor. He called an ambulance. Child R was treated with naloxone, ventilated for 36 hours and made a full recovery. The father accepted that he had left the bottle within her reach. The local authority notified the incident to the Panel on 7 July 2020 as serious harm (neglect).

#2. Background
Child R was born in September 2018. Her parents separated in early 2019. The police attended three domestic incidents between them in the autumn of 2018, in two of which the mother was the aggressor. Child R was made subject to a child protection plan under the category of neglect in November 2018, because of both parents' heroin use and poor home conditions.
In May 2019, when she was 8 months old, a special guardianship order was made in favour of her paternal grandmother, and the child protection plan ended. Child R has lived with her grandmother since then. She is not a looked after child. Her mother has had no contact with her since June 2019 and her whereabouts are not known.
The father had been on a methadone programme with the Ashcombe Recovery Service since 2017, collecting daily from a pharmacy. He has previous convictions for shoplifting and burglary from before Child R's birth. He told the review he has not used heroin "on top" since 2019, and urine screens support this.
Contact with her father was set out in the SGO support plan as supervised by the grandmother. From March 2020, during the first national lockdown, the grandmother began to leave Child R with her father for the day and, from June 2020, overnight, because she was shielding and exhausted. No professional was aware of this change.
The special guardianship support team offered an annual review in May 2020, which was postponed because of the pandemic. The health visitor completed Child R's developmental review by telephone in April 2020. The GP had no concerns.

#3. Key findings
- The recovery service did not ask the father about his contact with his daughter after 2019, or about safe storage when Child R was with him, and no lockbox was issued.
- The SGO assessment in 2019 did not consider how contact with a parent on a methadone script would be managed if the grandmother's circumstances changed.
- When contact became unsupervised and then overnight, the risk changed but was not reassessed: nobody knew.
- Information held by the recovery service (father's children) and children's social care (SGO contact arrangements) was not shared.
- The rapid review found no issues of organisational capacity or supervision; pandemic arrangements were the main barrier to seeing the family.

#4. Recommendations to partners
1. Ashcombe Recovery Service to ensure every service user is asked at each review about contact with children, and that safe storage advice and lockboxes are provided to all.
2. Children's social care to ensure that SGO support plans include contingency arrangements for parental contact where a parent misuses substances.
3. Health visiting to ensure that safe storage of medicines is discussed with all carers, including kinship carers and non-resident parents.
4. The partnership to produce a learning briefing on the risks of opioid substitute medication to young children.

#5. Decision
The partners agreed that the learning could be addressed through the actions above and that the criteria for a local child safeguarding practice review were not met. The National Panel agreed with this decision.
"""

SB06 = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Serious Case Review: Child L - Wrenfield Safeguarding Children Board</title>
<style>body{font-family:Arial,sans-serif;max-width:820px;margin:auto} th,td{border:1px solid #999;padding:4px;text-align:left} table{border-collapse:collapse}</style></head>
<body>
<header><p>Wrenfield Safeguarding Children Board &middot; Wrenfield Borough Council area, South East region</p></header>
<h1>Serious Case Review: Child L</h1>
<p><strong>Published:</strong> 8 June 2017 &nbsp;|&nbsp; <strong>Review method:</strong> Significant Incident Learning Process (SILP)</p>
<nav><ul><li><a href="#intro">Introduction</a></li><li><a href="#family">Family and background</a></li><li><a href="#episodes">Key episodes</a></li><li><a href="#learning">Learning</a></li><li><a href="#recs">Recommendations</a></li></ul></nav>

<h2 id="intro">1. Introduction</h2>
<p>Child L died in hospital on 23 January 2016, two days after he was brought to the Emergency Department with catastrophic head injuries. He was 15 months old. His mother's partner, referred to here as Mr V, was convicted in 2017 of his murder. Child L's mother was acquitted of causing or allowing his death.</p>
<p>The Board's Serious Case Review Sub-Group agreed in March 2016 that the criteria for a serious case review were met. The review used SILP, which brings together the professionals who worked with the family at a learning event and a recall event, based on agency reports.</p>

<h2 id="family">2. Family and background</h2>
<table>
<tr><th>Person</th><th>Relevant information</th></tr>
<tr><td>Child L</td><td>Boy, born October 2014. Mixed heritage (White British and Pakistani). Healthy, no medical conditions, developing normally. Never subject to a child protection plan.</td></tr>
<tr><td>Ms A (mother), 20</td><td>Grew up in Wrenfield. As a child she witnessed her father's violence towards her mother; police attended the family home many times. Anxiety since her teens; referred by her GP to the talking therapies service in 2015 and attended four sessions.</td></tr>
<tr><td>Mr L (father), 23</td><td>Lives in another city. He and Ms A separated before Child L's birth. He had Child L to stay every other weekend. Not known to any Wrenfield agency.</td></tr>
<tr><td>Mr V (mother's partner), 26</td><td>In a relationship with Ms A from May 2015, living in the household from about September 2015. Previous convictions for assault occasioning actual bodily harm (2011, a fight outside a nightclub) and criminal damage. A former partner had reported him to police for domestic abuse in 2013, before he met Ms A.</td></tr>
<tr><td>Maternal grandparents</td><td>Cared for Child L three days a week while Ms A worked in a care home.</td></tr>
</table>
<p>Neither Ms A nor Mr V was known to misuse alcohol or drugs. The review found no evidence of domestic abuse between Ms A and Mr V. The family were not known to children's social care before Child L's death.</p>

<h2 id="episodes">3. Key episodes</h2>
<ol>
<li><strong>September 2015</strong> (11 months): Child L was taken to the ED by his mother with a bump to the forehead after a reported fall from the sofa. Examination found a single bruise consistent with the account. A routine notification went to the health visitor.</li>
<li><strong>November 2015</strong> (13 months): the maternal grandmother noticed bruising to Child L's left ear when she collected him. Ms A said he had fallen against the cot. The grandmother mentioned this to the health visitor at a clinic visit. The health visitor advised Ms A to see the GP. The GP saw Child L the next day, accepted the explanation and did not consult the child protection procedures for bruising in children. The health visitor and GP did not discuss the episode with each other.</li>
<li><strong>December 2015</strong>: the health visitor completed the one-year review at home. Mr V was present but was described as "a friend"; the health visitor did not ask who he was or whether he cared for Child L.</li>
<li><strong>21 January 2016</strong>: Mr V called an ambulance saying Child L had "gone floppy" in the bath.</li>
</ol>

<h2 id="learning">4. Learning</h2>
<ul>
<li><strong>Mr V was invisible.</strong> No agency identified him as a carer or checked his history, which included violence.</li>
<li><strong>Bruising in a young child</strong> was accepted without curiosity on two occasions; the grandmother's concern was not followed up.</li>
<li><strong>Information sharing</strong> between the GP, the health visitor and the ED was fragmented; the grandmother's worry was not passed on.</li>
<li>Practitioners told the review that they were well supervised and that their caseloads were manageable; organisational capacity was not a factor in this case.</li>
</ul>

<h2 id="recs">5. Recommendations</h2>
<ol>
<li>The Board should relaunch its bruising protocol with GPs and health visitors.</li>
<li>Health visitors should record the name and role of every adult in the household at each contact.</li>
<li>The Board should develop guidance on engaging men in the lives of babies and toddlers.</li>
<li>The Clinical Commissioning Group should seek assurance that GPs share safeguarding concerns with health visitors.</li>
<li>The Board should publicise how grandparents and other relatives can raise concerns.</li>
<li>Agencies should report to the Board within six months on progress with these recommendations.</li>
</ol>
<footer><p>&copy; Wrenfield Safeguarding Children Board 2017</p></footer>
</body></html>
"""

def build_docx(text, path):
    d = Document()
    first = True
    for line in text.strip().split("\n"):
        if first:
            d.add_heading(line, 0); first = False
        elif line.startswith("#"):
            d.add_heading(line[1:], 1)
        elif line.strip():
            d.add_paragraph(line)
    d.save(path)

def build_pdf(text, path):
    p = FPDF(); p.add_page(); p.set_auto_page_break(True, 15)
    for line in text.strip().split("\n"):
        if line.startswith("#"):
            p.set_font("Helvetica", "B", 12); p.multi_cell(0, 7, line[1:]); 
        else:
            p.set_font("Helvetica", "", 10); p.multi_cell(0, 5, line)
        p.ln(1)
    p.output(path)

def build_html(body, path):
    open(path, "w", encoding="utf-8").write(body)

if __name__ == "__main__":
    build_docx(SB03, os.path.join(R, "sb03.docx"))
    if "SB05" in globals(): build_pdf(SB05, os.path.join(R, "sb05.pdf"))
    if "SB06" in globals(): build_html(SB06, os.path.join(R, "sb06.html"))
