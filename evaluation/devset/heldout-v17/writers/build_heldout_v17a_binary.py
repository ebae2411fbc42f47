"""Build the binary/markup reports fa04.docx, fa07.pdf, fa08.html. Run with /work/scratch-venv/bin/python."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reports")

FA04 = [
("title", "Eastmoor Safeguarding Children Partnership"),
("title", "Rapid Review: Child M1 and Child M2"),
("p", "CONFIDENTIAL - not for publication. Rapid review report to the Child Safeguarding Practice Review Panel. Date of report: 21 June 2024."),
("h", "1. Circumstances of the serious incident"),
("p", "On 29 May 2024 two brothers, referred to here as Child M1 (aged 15) and Child M2 (aged 13, Year 8), were found by police in a flat in a seaside town in a neighbouring county, some 90 miles from their home in Eastmoor, a district in the East of England. The flat was being used as a base for drug supply (a 'trap house'). Child M2 had a head injury caused by a blow with a hammer and a fractured wrist; he was admitted to hospital for three nights. Child M1 had minor injuries. Both boys had been reported missing by their mother two days earlier."),
("p", "Both boys were found with mobile phones used for a drugs line and with cash. They have been recognised by the police as victims of child criminal exploitation and National Referral Mechanism referrals were made for both. The incident was notified as serious harm for each child."),
("h", "2. The family"),
("bullet", "Both boys are of white Romanian heritage; the family came to England in 2018."),
("bullet", "They live with their mother and her partner, Mr D, in an overcrowded two-bedroom flat. Their father lives in Romania and speaks to them by video call most weeks."),
("bullet", "Mother works on zero-hours contracts in a food factory; the family has debts and has used a school hardship fund. Mother speaks limited English and told the review she has 'nobody here except the boys'."),
("bullet", "Mr D has a 2017 conviction for assault occasioning actual bodily harm following a fight outside a bar with a man he did not know."),
("bullet", "No domestic incidents have been recorded at the address."),
("bullet", "Child M1 told the officer who found him that Mr D 'might have been drinking' on the night the boys left. There is no other information about alcohol use by any adult in the home."),
("bullet", "Neither boy has been subject to a child protection plan. Neither was a looked after child at the time of the incident. Both were on roll at Eastmoor Community College."),
("h", "3. Agency involvement before the incident"),
("table", [["Agency", "Involvement", "Key points"],
  ["Eastmoor Community College", "Both boys", "M1: three fixed-term exclusions 2023-24 (fighting, vaping, cannabis on site). M2: reported racist name-calling and bullying by a group of Year 9 boys, autumn 2023; sanctions given. Attendance of both falling from February 2024."],
  ["Police", "Both boys", "M1 reported missing x4 (Jan-May 2024), M2 x2 (April-May 2024). Each episode recorded separately; no link made between brothers. M1 stopped and searched in March 2024, cannabis found, community resolution."],
  ["Children's Social Care (MASH)", "Family", "School referral Nov 2023 (M1 - cash, new phone, older friends). Screened as 'no role for CSC', advice to school. Boys not spoken to; interpreter not considered."],
  ["Health", "None", "Registered with GP; no attendances in review period."],
  ["YJS", "None", "Not known."]]),
("h", "4. Analysis"),
("p", "Child M1: he is described by school staff as a capable student who 'changed completely' in Year 10. He had been using cannabis since the summer of 2023. No agency spoke with him about who he spent time with. Child M2: there is no evidence that he used drugs. His mother and school believe he followed his brother; the review's view is that he was deliberately targeted once his older brother owed money."),
("p", "The review identified the following learning:"),
("bullet", "Missing episodes for the two brothers were never considered together. Police, school and MASH each held part of the picture and no one put it together."),
("bullet", "The MASH decision in November 2023 was made without talking to M1 or to his mother, and without the history held by school. There was no challenge from school to the outcome."),
("bullet", "Neither Mr D nor the boys' father was spoken to by any agency. Mr D's conviction was not known to school or MASH."),
("bullet", "What life was like for the boys - an overcrowded flat, a mother working nights, racist bullying - was not understood by any professional."),
("bullet", "Language: no interpreter was used in any conversation with mother until after the incident."),
("h", "5. Immediate actions taken"),
("bullet", "Both boys placed together in foster care under section 20 with mother's agreement; strategy discussions and s47 enquiries under way."),
("bullet", "MASH managers to audit screening decisions for 'exploitation indicators' over the past six months."),
("bullet", "Police to flag linked siblings in missing person records."),
("h", "6. Decision"),
("p", "The partners agreed that the learning has been identified through this rapid review and that a local child safeguarding practice review would not add to it. Learning will be included in the Eastmoor exploitation thematic audit."),
]

FA07_TEXT = r"""
Northbridge Safeguarding Children Partnership
7 MINUTE BRIEFING
Local Child Safeguarding Practice Review: Child S

Published March 2025

1. BACKGROUND
Child S is a boy who was in Year 9 at a Northbridge secondary school when,
in October 2024, he took an overdose of paracetamol at home after being
blackmailed online. He was found by his father and spent four days in
hospital, including time in intensive care. He has recovered physically.
The local child safeguarding practice review (LCSPR) was led by an
independent reviewer using the Learning Together (SCIE) systems model.

2. WHAT HAPPENED
Over about three weeks, Child S was contacted on Instagram by someone
presenting as a girl of his own age. He was persuaded to send a sexual
image, and was then told it would be sent to his school friends and
family unless he paid money. He paid GBP 40 from his savings; the demands
grew. He told nobody. This is financially motivated sexual extortion
("sextortion"), a form of online child sexual exploitation carried out
by organised criminal groups, often overseas.

3. THE FAMILY
Child S lives with his mother, father and older sister. The family was
not known to children's social care. Neither parent had any mental health
or substance misuse difficulties known to any agency. Child S had never
self-harmed before and had no previous contact with mental health
services. He is described as a quiet, sporty boy with a close group of
friends; there was no history of bullying.

4. WHAT PROFESSIONALS KNEW
Very little - and that is the point. His school noticed he had become
withdrawn in the fortnight before, and his form tutor asked if he was OK;
he said he was tired. His GP had seen him once that year, for a sports
injury. The review found no missed referrals. It did find that neither
school nor GP had had any training on sextortion, and that the school's
online safety teaching focused on "stranger danger" and not on threats,
shame and blackmail.

5. FINDINGS
Finding 1: Professionals and parents do not yet recognise sextortion as a
form of child sexual exploitation that targets boys in particular.
Finding 2: Children do not tell because of shame; messages that they
"will not be in trouble" are not reaching them.
Finding 3: Agencies worked well together after the incident: information
was shared promptly between the hospital, police and school, and the
review saw no gaps in communication.

6. RECOMMENDATIONS
1. The NSCP to commission sextortion awareness training for schools, GPs
   and ED staff.
2. Schools to review online safety curriculum to include blackmail and
   "you will not be in trouble" messages, co-produced with young people.
3. The NSCP to run a campaign for parents on talking to boys about
   online sexual extortion.
4. ED and CAMHS to ask about online threats in every assessment of a
   young person after self-harm.

7. QUESTIONS FOR YOUR TEAM
- Would your team know what sextortion is and what to do?
- How do you make it safe for a young person to tell you?
- When a young person becomes withdrawn, do you ask about their life
  online?
"""

FA08_HTML = r"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Rapid Review: Child Q (Chloe) - Tollbury Safeguarding Children Partnership</title>
<style>body{font-family:Arial,sans-serif;max-width:900px;margin:auto}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}</style></head>
<body>
<header><p>Tollbury Safeguarding Children Partnership &mdash; a London borough partnership of Tollbury Council, the NHS North Central ICB and the Metropolitan Police</p></header>
<main>
<h1>Rapid Review: Child Q (Chloe)</h1>
<p><strong>Date of rapid review meeting:</strong> 17 October 2023 &nbsp; <strong>Report date:</strong> 24 October 2023</p>
<h2>1. The incident</h2>
<p>Chloe had just turned 16 when, on the night of 26&ndash;27 September 2023, she was found by police in a hotel room near the A-road ring in Tollbury with two adult men. She had been missing from her foster placement for two days. She had been given cocaine and ketamine and disclosed that she had been raped. The men were arrested. Chloe was taken to the Haven sexual assault referral centre. This was notified to the Panel as serious harm: child sexual exploitation.</p>
<h2>2. About Chloe</h2>
<ul>
<li>Chloe is of White and Asian heritage. She describes herself as &ldquo;half Bengali&rdquo;.</li>
<li>Looked after by Tollbury since the age of 9 under a care order. Living with foster carers (her third placement in 18 months).</li>
<li>Before she came into care, Chloe and her younger half-brother were subject to child protection plans under the categories of neglect and emotional abuse.</li>
<li>In Year 11 at Meadowbank Academy; attendance 62% in the summer term.</li>
<li>Diagnosed with post-traumatic stress disorder in 2022; seen by the CAMHS looked after children team.</li>
<li>14 missing episodes from placement between January and September 2023. Found on four occasions with adult males in hotels or short-let flats.</li>
<li>Using cannabis daily and cocaine &ldquo;at weekends&rdquo; (her own account to the exploitation worker).</li>
</ul>
<h2>3. Chloe&rsquo;s family</h2>
<p>Chloe&rsquo;s birth mother has a long history of crack cocaine use and a diagnosis of bipolar disorder. She was herself in care from the age of 13 and had a personal adviser from the leaving care team until she was 21. Chloe&rsquo;s birth father is not known. Chloe has supervised contact with her mother monthly. The foster carers are experienced; no concerns have been raised about their care.</p>
<h2>4. Agency involvement in the 12 months before the incident</h2>
<table>
<tr><th>Agency</th><th>Involvement</th></tr>
<tr><td>Children&rsquo;s Social Care (CLA team, IRO)</td><td>Allocated social worker (two changes in 2023). Three statutory reviews. IRO raised concern about placement stability in May 2023.</td></tr>
<tr><td>Metropolitan Police</td><td>Missing reports x14; two &ldquo;found&rdquo; incidents at hotels. One intelligence report naming an adult male (June 2023).</td></tr>
<tr><td>Meadowbank Academy</td><td>DSL aware of missing episodes; attendance plan.</td></tr>
<tr><td>CAMHS LAC team</td><td>Fortnightly sessions; Chloe attended about half.</td></tr>
<tr><td>SafePath (exploitation charity)</td><td>Return home interviews and weekly sessions from March 2023.</td></tr>
</table>
<h2>5. Key learning</h2>
<ol>
<li><strong>Risk escalated but the plan did not change.</strong> The exploitation risk assessment was rated &ldquo;medium&rdquo; in February and not revisited until after the incident, despite the hotel episodes.</li>
<li><strong>Lack of curiosity about the adults.</strong> The name of the adult in the June intelligence report was not checked against hotel bookings or pursued. Professionals accepted Chloe&rsquo;s account that he was &ldquo;a friend&rsquo;s cousin&rdquo;.</li>
<li><strong>Chloe&rsquo;s experience.</strong> Placement moves and the PTSD were noted but not linked to why she ran from placements; her wish to live nearer her brother was recorded at two reviews and not acted on.</li>
<li><strong>Sufficiency.</strong> A shortage of local foster placements meant that moves were made for availability, not need. Senior leaders accept this is a system issue.</li>
<li>Information sharing between the police, SafePath and the social worker was timely and effective; this was confirmed by everyone at the rapid review.</li>
</ol>
<h2>6. Decision</h2>
<p>The partners consider that the learning is similar to that in the Tollbury thematic review of exploitation (2022) and does not require a local child safeguarding practice review. The Panel will be asked to agree.</p>
<h2>7. Recommendations to partners</h2>
<ol>
<li>Exploitation risk assessments for looked after children to be reviewed after every missing episode where the child is found with an adult.</li>
<li>The Metropolitan Police (local command) to report on the use of hotel watch and child abduction warning notices.</li>
<li>Children&rsquo;s Social Care to report to the partnership on placement sufficiency for adolescents.</li>
<li>IROs to escalate where a child&rsquo;s stated wishes about family contact are not acted on within two reviews.</li>
<li>The partnership to share this learning with hotels and short-let providers.</li>
</ol>
</main>
<footer><p>Glossary: CLA &ndash; child looked after; DSL &ndash; designated safeguarding lead; IRO &ndash; independent reviewing officer; RHI &ndash; return home interview.</p></footer>
</body></html>
"""

def build_docx():
    from docx import Document
    d = Document()
    for kind, val in FA04:
        if kind == "title":
            d.add_heading(val, level=0 if val.startswith("Rapid") else 1)
        elif kind == "h":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "bullet":
            d.add_paragraph(val, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    d.save(os.path.join(OUT, "fa04.docx"))

def build_pdf():
    from fpdf import FPDF
    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in FA07_TEXT.strip("\n").split("\n"):
        if line.strip() == "":
            pdf.ln(4)
        else:
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(OUT, "fa07.pdf"))

def build_html():
    with open(os.path.join(OUT, "fa08.html"), "w", encoding="utf-8") as fh:
        fh.write(FA08_HTML)

if __name__ == "__main__":
    build_docx()
    build_pdf()
    if FA08_HTML:
        build_html()
