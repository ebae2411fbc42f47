"""Build the binary reports cc06.docx and cc07.pdf (cc04.html is written directly as markup)."""
from docx import Document
from fpdf import FPDF
import os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reports")

CC06 = [
("h", "Greyhaven Safeguarding Children Partnership"),
("h", "Learning Brief following a Rapid Review: Young Person R"),
("p", "Issued: November 2024. This brief is the product of the rapid review held on 9 October 2024. Partners and the National Panel agreed that an LCSPR was not required; learning is shared here."),
("h2", "KEY FACTS"),
("t", [("Young person", "Young Person R"),
       ("Age", "aged 15y 2m at the incident (Year 10)"),
       ("Sex", "F"),
       ("Ethnicity", "White British"),
       ("Legal status", "Looked after (s31 care order, 2021). Placed by another local authority in a private residential children's home in Greyhaven, in the North East, since February 2024."),
       ("Education", "On roll at Greyhaven Park School; part-time timetable (2 hrs/day)"),
       ("CP history", "CP plan 2020-21 under neglect, before she became LAC"),
       ("Incident", "22/09/2024: found in a flat with three adult men after being missing for 2 days; intoxicated; disclosed rape. Admitted to hospital. Notified as serious harm - child sexual exploitation."),
       ("Outcome for perpetrators", "Two men charged. Investigation ongoing.")]),
("h2", "Background"),
("b", "R's mother used heroin in her twenties and was on a methadone script until R was 4; she has been abstinent since. No concerns about her alcohol use are recorded. She was herself in foster care as a child."),
("b", "R's father is not known. Mother had a series of short relationships; several partners were known to police. R came into care in 2021 aged 12 after neglect and DA between mother and a partner at that time - this predates the period of review."),
("b", "R has been diagnosed with PTSD by CAMHS and self-harms (cutting). She drinks alcohol most weekends and has been found with vodka on return from missing episodes. The home suspected she 'may have been given ketamine' - not confirmed."),
("b", "Behaviour in placement: 14 incidents of damage/assault on staff in 6 months. One previous placement breakdown."),
("h2", "Agency involvement before the incident"),
("p", "Placing authority CSC (social worker, IRO), the home, Greyhaven Police (missing reports x9), Greyhaven Park School, CAMHS (placing area, then host area - transfer pending), GP (registered in Greyhaven), ED (overdose, July 2024), and an exploitation charity (two sessions)."),
("h2", "What we found"),
("b", "Changing risk not re-assessed: 9 missing episodes in 7 months; exploitation screening tool completed once, on arrival, and not reviewed."),
("b", "Information not shared across borders: host police intelligence about the flat and the men was not passed to the placing authority; the placing SW learned of the episodes from the home's weekly report."),
("b", "R's voice: she told her IRO she felt 'dumped' 90 miles from home. Her friendships with older men were described as 'her choice'."),
("b", "Leadership and staffing: the home relied on agency staff (60% of shifts in August); the registered manager post was vacant. Ofsted had raised this at its interim visit."),
("b", "Good practice: the school DSL's quick referral after R disclosed being 'paid' in vodka."),
("h2", "Learning points for practitioners"),
("b", "Host area notifications for out-of-area placements must go to the host MASH and police on arrival."),
("b", "Exploitation screening should be repeated after every missing episode."),
("b", "Talk about exploitation, not 'choices'."),
]

CC07 = [
("h", "Wenlow Safeguarding Children Partnership"),
("h", "7-Minute Briefing: LCSPR 'Baby J'"),
("p", "Published July 2025. Summary of the local child safeguarding practice review into the death of Baby J in December 2023."),
("h2", "1. Background"),
("p", "Baby J died aged 10 weeks after sleeping on a sofa with their mother. The review does not give Baby J's sex or ethnicity, at the family's request. The coroner recorded the death as unascertained; the review considered it a sudden unexpected death in infancy (SUDI) in an unsafe sleep environment. Baby J was born at 35 weeks and spent 9 days on the neonatal unit, with no ongoing health needs."),
("h2", "2. The family"),
("p", "Mother (19) is a care leaver with a personal adviser from the leaving care team. Father (22) did not live with them but stayed most nights. The family had moved four times since the pregnancy and were in one room of temporary accommodation with no cot - the cot was in storage. Mother told police she had smoked cannabis that evening. Father 'may have been drinking'; this was not established. Neither parent had any police record."),
("h2", "3. Agencies involved"),
("p", "Midwifery, the neonatal unit, health visiting, the GP, the leaving care team and housing options. A pre-birth assessment by CSC closed with no further action at 32 weeks."),
("h2", "4. What we found"),
("p", "- Safer sleep advice was given 5 times, but always to mother and always as a leaflet. Nobody talked to father.\n- When the family moved into temporary accommodation without a cot, the change in risk was not noticed by HV or housing.\n- The pre-birth assessment did not consider mother's own care history or the father.\n- Practitioners shared information well at the point of discharge from the neonatal unit."),
("h2", "5. What needs to change"),
("p", "1. Safer sleep conversations, not leaflets, including fathers and partners.\n2. Housing to check that a baby has a safe place to sleep at every move of temporary accommodation.\n3. HV to re-assess sleep arrangements after any change of address.\n4. Pre-birth assessments of care leavers to include the father and the parents' histories."),
("h2", "6. Questions for your team"),
("p", "Who is the man in the baby's life, and has anyone spoken to him? Where does the baby sleep tonight?"),
("h2", "7. Further information"),
("p", "Full report and action plan on the Wenlow SCP website."),
]

def docx(items, path):
    d = Document()
    for kind, val in items:
        if kind == "h": d.add_heading(val, level=1)
        elif kind == "h2": d.add_heading(val, level=2)
        elif kind == "p": d.add_paragraph(val)
        elif kind == "b": d.add_paragraph(val, style="List Bullet")
        elif kind == "t":
            t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
            for a, b in val:
                r = t.add_row().cells; r[0].text = a; r[1].text = b
    d.save(path)

def pdf(items, path):
    p = FPDF(); p.add_page(); p.set_auto_page_break(True, 15)
    for kind, val in items:
        if kind == "h": p.set_font("Helvetica", "B", 14); p.multi_cell(0, 8, val)
        elif kind == "h2": p.set_font("Helvetica", "B", 12); p.ln(2); p.multi_cell(0, 7, val)
        else: p.set_font("Helvetica", "", 11); p.multi_cell(0, 6, val)
        p.set_x(p.l_margin)
    p.output(path)

docx(CC06, os.path.join(OUT, "cc06.docx"))
pdf(CC07, os.path.join(OUT, "cc07.pdf"))
print("built")
