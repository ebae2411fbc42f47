"""Build the binary/markup reports gb03.docx, gb05.pdf, gb06.html.
Run: /work/scratch-venv/bin/python build_binary.py  (python-docx 1.2.0, fpdf2 2.8.9)"""
import os, html
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reports")

# ---------------------------------------------------------------- gb03.docx
GB03 = [
 ("h0", "Southmoor Safeguarding Children Partnership"),
 ("h1", "Rapid Review: Baby R"),
 ("p", "CONFIDENTIAL. Prepared for the safeguarding partners and the Child Safeguarding Practice Review Panel."),
 ("table", [
   ("Date of notification", "24 October 2024"),
   ("Rapid review meeting", "7 November 2024"),
   ("Report date", "12 November 2024"),
   ("Local authority", "London Borough of Southmoor"),
   ("Child", "Baby R (female)"),
   ("Date of birth", "03/06/2024"),
   ("Date of presentation", "21/10/2024"),
   ("Ethnicity", "British Pakistani"),
   ("Category", "Serious harm - physical abuse (multiple fractures)"),
   ("CSC status at incident", "Family not previously known to children's social care"),
   ("Current placement", "Kinship care with maternal aunt (s20 agreement from 23/10/2024)"),
 ]),
 ("h2", "1. Circumstances of the notification"),
 ("p", "On 21 October 2024 Baby R's parents took her to the Emergency Department at Southmoor Hospital because she had been crying when her left arm was moved and was not using it. X-ray showed a metaphyseal fracture of the distal left humerus. The orthopaedic team referred her to the paediatric team under the non-mobile infant pathway. A skeletal survey on 22 October showed no further fractures. CT head was normal. Ophthalmology examination was normal."),
 ("p", "The follow-up skeletal survey on 2 November 2024, undertaken as required by the national guidance at 11 to 14 days, showed healing fractures of the left 6th and 7th posterior ribs and a healing metaphyseal fracture of the right distal tibia. These were not visible on the first survey because they had not yet formed callus. The radiologist estimated that the rib fractures were between 10 days and 4 weeks old at the time of the first survey, so that at least two episodes of injury had probably occurred."),
 ("p", "Both parents say that they do not know how Baby R was injured. The father has suggested that her arm may have become caught in the car seat strap. The consultant paediatrician's opinion is that this would not explain the humeral fracture and cannot explain the rib or tibial fractures."),
 ("h2", "2. Medical investigations to exclude other causes"),
 ("bullets", [
   "Bone profile: calcium, phosphate and alkaline phosphatase within normal limits for age.",
   "Vitamin D (25-OH): 38 nmol/L, in the insufficient range. The metabolic bone specialist advised that this level is common in infants in the UK and does not cause fractures in the absence of rickets, which was not present on X-ray.",
   "Genetic testing for osteogenesis imperfecta (COL1A1/COL1A2): negative.",
   "Coagulation screen normal (relevant to skin findings only).",
   "Skin: the blue-grey marks over Baby R's sacrum and left shoulder were recorded on the newborn body map by the midwife and are congenital dermal melanocytosis (Mongolian blue spots). They are unchanged and are not bruises. No bruising was found.",
   "Born at 35 weeks' gestation; six days on the neonatal unit for feeding support. Metabolic bone disease of prematurity was considered and excluded. Baby R has no long-term health conditions.",
 ]),
 ("h2", "3. The family"),
 ("table", [
   ("Mother", "31. Works part-time as a pharmacy dispenser (on maternity leave). No mental health history recorded by GP. First child."),
   ("Father", "33. Warehouse shift supervisor, works nights. Treated by the GP for anxiety in 2022 with sertraline for about a year; no current treatment."),
   ("Parents' relationship", "Married, living together in a rented two-bedroom flat."),
   ("Other carers", "Paternal grandmother cares for Baby R two afternoons a week at her own home since Baby R was 3 months old."),
   ("Police", "Neither parent known to police. No domestic abuse incidents."),
   ("Substance use", "Both parents said they did not drink or use drugs. Hair strand tests of both parents (requested in care proceedings planning, results 8 November 2024) were negative for drugs and for alcohol markers."),
   ("Domestic abuse", "Routine enquiry completed by midwife at booking and 28 weeks and by HV at the new birth visit. No disclosure. No history of domestic abuse known to any agency."),
 ]),
 ("h2", "4. Agency involvement before the incident"),
 ("table_hdr", (["Agency", "Contact", "Comment"], [
   ("Midwifery", "Booking at 9 weeks, antenatal care, postnatal visits to day 10", "Full newborn body map completed, marks documented"),
   ("Neonatal unit", "6 days after birth", "Feeding support; discharged well"),
   ("Health visiting", "New birth visit, 6-8 week review, 12 week contact (clinic)", "Father present at two of three contacts; HV noted a 'blue mark' on the shoulder at 12 weeks, checked it against the red book body map and confirmed it was the documented birthmark"),
   ("GP", "8 week check and immunisations at 8, 12 and 16 weeks", "No concerns recorded; practice nurse noted 'happy baby'"),
 ])),
 ("h2", "5. Analysis"),
 ("p", "The rapid review has not identified any missed opportunity to recognise that Baby R was at risk before 21 October. Practitioners were appropriately curious: the health visitor did not simply accept a mark on the skin but checked it against the newborn record, which is what the Partnership's guidance asks. Both parents were seen and included; the father was spoken to about coping with crying at the 6-8 week review. Information was shared quickly once the fracture was found: the ED made a referral within an hour, the strategy discussion was held the next morning, and the GP and HV records were made available to the paediatrician on the same day."),
 ("p", "The partners discussed whether the paternal grandmother should have been known to services as a regular carer. She was not known, and she has now been interviewed by the police. The review notes that there was no reason for the health visitor to ask about her, but that asking routinely about who else looks after a baby would be helpful."),
 ("p", "The case demonstrates the importance of the follow-up skeletal survey: without it, the rib and tibial fractures would not have been found and the assessment of risk would have been based on a single, possibly explicable, injury."),
 ("h2", "6. Decision"),
 ("p", "The safeguarding partners agreed that the criteria for an LCSPR are not met: practice was good and the learning can be shared through a learning brief. The Panel was informed on 13 November 2024."),
 ("h2", "Immediate actions and learning"),
 ("bullets", [
   "Learning brief on the follow-up skeletal survey and on birthmarks versus bruising, to be shared with ED, HV and GP practices.",
   "HV service to add 'who else looks after your baby?' to the 6-8 week review template.",
   "Care proceedings issued; police investigation continuing.",
 ]),
]

def build_docx():
    from docx import Document
    d = Document()
    for kind, val in GB03:
        if kind == "h0": d.add_heading(val, 0)
        elif kind == "h1": d.add_heading(val, 1)
        elif kind == "h2": d.add_heading(val, 2)
        elif kind == "p": d.add_paragraph(val)
        elif kind == "bullets":
            for b in val: d.add_paragraph(b, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
            for a, b in val:
                r = t.add_row().cells; r[0].text = a; r[1].text = b
        elif kind == "table_hdr":
            hdr, rows = val
            t = d.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
            for i, h in enumerate(hdr): t.rows[0].cells[i].text = h
            for row in rows:
                c = t.add_row().cells
                for i, x in enumerate(row): c[i].text = x
    d.save(os.path.join(OUT, "gb03.docx"))

# ---------------------------------------------------------------- gb05.pdf
GB05 = [
 ("title", "ASHCOMBE SAFEGUARDING CHILDREN PARTNERSHIP"),
 ("title", "Rapid Review - Child A and Child B"),
 ("p", "Confidential - for safeguarding partners and the national Panel only. Report date: 21 January 2025. Ashcombe is a unitary authority in the South West of England."),
 ("h", "1. Summary of the serious incident"),
 ("p", "Child A and Child B are twins, born on 14 January 2024 at 33 weeks' gestation. On the evening of 29 December 2024 their mother bathed them together in the family bath, each sitting in a plastic bath seat. She told the police that she went downstairs to fetch clean towels from the dryer and answered a telephone call from her sister; she estimates she was away for five to ten minutes. When she returned, Child A had slipped out of her bath seat and was face down in the water. Child B's seat had tipped and he was coughing and crying. The mother called 999 and began rescue breaths as directed by the call handler."),
 ("p", "Child A was taken to Ashcombe District Hospital and then to the regional children's hospital, where she died on 31 December 2024. Child B was admitted to the paediatric high dependency unit with aspiration pneumonitis, required oxygen for four days, and made a full recovery. He is now cared for by his maternal grandmother under a child arrangements order, by agreement."),
 ("p", "The local authority notified the Panel on 3 January 2025: Child A - death; Child B - serious harm (neglect). The police are investigating an offence of child cruelty (wilful neglect); the mother has been interviewed under caution and released under investigation. Whether Child A's death was maltreatment-related is unclear at this stage: the bath seats were being used as the manufacturer intended, and a momentary lapse of supervision is one possible explanation. The police investigation and the child death review will consider this further."),
 ("h", "2. The children"),
 ("p", "Both twins are of mixed White British and Black Caribbean heritage. After birth they spent three weeks on the neonatal unit. Child A had laryngomalacia (a floppy larynx that causes noisy breathing), which was monitored by the ENT team and had resolved by nine months; she had no long-term health conditions at the time of her death. Child B was diagnosed on the newborn blood spot screen with congenital hypothyroidism, for which he takes daily levothyroxine and is under the paediatric endocrinology clinic. He also had positional plagiocephaly (a flattened area on the back of the head from lying in one position) and positional talipes, which were being managed by physiotherapy. None of these findings was a safeguarding concern. At eleven months both children were crawling and pulling to stand."),
 ("h", "3. The household"),
 ("p", "The twins lived with their mother, aged 24, in a one-bedroom first-floor flat. The mother and the twins' father separated when the twins were four months old. The father lives in a neighbouring town and had the twins for one afternoon most weekends. He was not included in any health visiting contact, and his details were not recorded by the GP practice. Information received from the police after the incident shows that a previous partner of the father obtained a non-molestation order against him in 2019, before the twins were born; this was not known to any agency working with the twins."),
 ("p", "From about October 2024 the mother had a new partner, known to the family as Jay, who stayed at the flat two or three nights a week. He was in the flat, asleep, at the time of the incident. Other than his first name, nothing was known about him by any agency before the incident; the health visitor's record of the home visit in November 2024 notes 'boyfriend present, did not engage'."),
 ("p", "The mother had postnatal depression after the twins' birth. She was prescribed sertraline by the GP and was seen by the perinatal mental health team from March to July 2024, when she was discharged as improved. The discharge letter was sent to the GP but not to the health visitor. The mother told the police that she had smoked cannabis earlier on the day of the incident 'to relax', and that she smoked cannabis most evenings once the twins were asleep. This was not known to any professional."),
 ("p", "The family had rent arrears and were on the council's housing register because the flat was overcrowded; the housing officer had visited in September 2024. The mother received support from a family support worker from the local children's centre under the early help offer from August 2024. The family had not previously been known to children's social care, and there had been no previous police contact with the household."),
 ("h", "4. Agency involvement"),
 ("p", "Midwifery and the neonatal unit: twin pregnancy managed by the consultant-led clinic; preterm delivery; three weeks on the neonatal unit. Safer sleep advice given. Health visiting: new birth visit, 6-8 week review (mother and maternal grandmother present); the 9-12 month review was arranged twice in November and December 2024 and both appointments were missed; the second was rearranged for January 2025. Bath safety was not discussed at any contact, although the HV service has a leaflet on water safety. GP: postnatal care, prescribing, twins' immunisations; Child B's thyroid monitoring. Paediatric endocrinology and physiotherapy: Child B. Perinatal mental health team: the mother, March to July 2024. Children's centre (early help): weekly home visits from August 2024, focused on routines and housing. Housing: one visit, September 2024."),
 ("h", "5. Emerging learning"),
 ("p", "The partners identified the following initial learning:"),
 ("b", "Water safety. Bath seats give parents a false sense of security. Twins, or two infants bathed together, multiply the risk. No practitioner had talked with the mother about never leaving babies in the bath, even briefly."),
 ("b", "The men in the twins' lives. The father had regular care of the twins and the mother's new partner was staying overnight, yet neither was known to or assessed by any agency."),
 ("b", "Missed appointments. Two missed 9-12 month reviews in a family with a sole carer of twins, postnatal depression and housing problems were treated as routine and simply rebooked."),
 ("b", "Information sharing. The perinatal mental health discharge and the early help involvement were not known to the health visitor; the early help worker did not know of the mother's mental health history."),
 ("h", "6. Decision"),
 ("p", "The safeguarding partners consider that the criteria for a local child safeguarding practice review are met and that an LCSPR should be undertaken, with particular attention to water safety, early help and the engagement of fathers and partners. The decision has been sent to the Panel."),
]

def build_pdf():
    from fpdf import FPDF
    pdf = FPDF(); pdf.set_auto_page_break(True, 15); pdf.add_page()
    for kind, txt in GB05:
        if kind == "title":
            pdf.set_font("Helvetica", "B", 14); pdf.multi_cell(0, 8, txt, new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.ln(2); pdf.set_font("Helvetica", "B", 12); pdf.multi_cell(0, 7, txt, new_x="LMARGIN", new_y="NEXT")
        elif kind == "b":
            pdf.set_font("Helvetica", "", 10); pdf.multi_cell(0, 5, "- " + txt, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        else:
            pdf.set_font("Helvetica", "", 10); pdf.multi_cell(0, 5, txt, new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    pdf.output(os.path.join(OUT, "gb05.pdf"))

# ---------------------------------------------------------------- gb06.html
GB06 = """
<h1>Bramford Local Safeguarding Children Board</h1>
<h2>Serious Case Review: Daisy</h2>
<p><em>Overview report. Published September 2017.</em></p>

<h3>1. Why this review was undertaken</h3>
<p>Daisy died in March 2016 when she was three years old. She was found collapsed at home by her mother's partner and could not be revived. When she was examined at Bramford Children's Hospital, doctors found several bruises on her shins, her lower back and her upper arms. Daisy had been subject to a child protection plan for neglect until eight months before her death, and the family was well known to services. The police arrested the mother's partner on suspicion of murder and the Board's chair decided, on the recommendation of the serious case review sub-group, that the criteria for a serious case review were met because abuse or neglect was suspected to have been a factor in Daisy's death.</p>
<p>The full post-mortem examination, including cardiac pathology and genetic testing, was not completed until November 2016. It found that Daisy died of an undiagnosed dilated cardiomyopathy, a serious disease of the heart muscle. Blood tests taken at the hospital, and later tests of her mother and brother, showed that Daisy had type 1 von Willebrand disease, an inherited bleeding disorder that causes easy bruising. The pathologist and the consultant haematologist concluded that the bruises were consistent with ordinary childhood knocks in a child with this condition. No injury contributed to Daisy's death. The police took no further action against the mother's partner. Daisy's death was natural and was not related to maltreatment.</p>
<p>The Board decided to complete the review because the period before Daisy's death raised important questions about how agencies worked with a family where neglect had been the concern, and about how bruising in young children is assessed.</p>

<h3>2. Method</h3>
<p>The review used the Significant Incident Learning Process (SILP). Agency reports were provided by children's social care, the police, the community health trust (health visiting), Bramford Children's Hospital, the GP practice, the adult alcohol service, Daisy's nursery and her brother's primary school. Two practitioner events were held. The lead reviewer was independent of Bramford agencies. Bramford is a city in the West Midlands.</p>

<h3>3. Daisy and her family</h3>
<p>Daisy was a White British girl who lived with her mother and her older brother, who was nine, in a council flat. Her brother is not a subject of this review. Nursery staff described Daisy as sociable and funny, but noted that her speech was behind that of her peers and that she had frequent tantrums, sometimes banging her head on the floor.</p>
<p>Daisy's father was in prison throughout the review period, serving a sentence for robbery of a shop worker. He had telephone contact with the children.</p>
<p>The main concern of agencies was the mother's use of alcohol. She had been drinking heavily since her late teens and had attended the community alcohol service on and off since 2013, often missing appointments. The children were made subject to child protection plans under the category of neglect in 2014 because of her drinking, poor home conditions and Daisy's missed health appointments. The mother had no diagnosed mental health condition.</p>
<p>The mother had a number of relationships during the review period: Mr Lyle was the fourth partner known to agencies since Daisy was born. Her third partner was violent towards her; there were three police call-outs for domestic abuse in 2014, one assessed as high risk and heard at MARAC, and he left the household in early 2015. Mr Lyle moved into the flat in October 2015, five months before Daisy died. He had no previous convictions. Apart from a single entry in the health visitor's notes ('new partner, Mr L') he was not known to any agency.</p>

<h3>4. Key practice episodes</h3>
<ol>
<li><strong>Child protection planning, 2014-2015.</strong> Planning was thorough and the mother made real progress: she attended the alcohol service more regularly, home conditions improved and Daisy started nursery. The plan ended in July 2015 and the case stepped down to child in need, then closed in September 2015.</li>
<li><strong>Emergency Department attendances.</strong> Daisy was taken to the ED three times between 2014 and 2016: with a bruised forehead after a fall from a sofa, with a nosebleed that lasted over an hour, and with bruising to her shin after a fall in the park. Each time the explanation was accepted, and on the second occasion a doctor recorded 'bruises ++ legs, ?NAI, explanation consistent'. No coagulation screen was done. The ED did not notify the health visitor of any of the attendances.</li>
<li><strong>Nursery observations.</strong> In January 2016 nursery staff recorded bruises on Daisy's back and arms on two occasions and completed body maps. They discussed this with the mother, who said Daisy 'bruises like a peach', and with the health visitor, but did not refer to children's social care because the case had closed and they thought the mother 'was doing well'.</li>
<li><strong>Breathlessness.</strong> In February 2016 the GP saw Daisy for a cough and 'breathless on exertion', diagnosed a viral chest infection and prescribed antibiotics. In hindsight this may have been an early sign of her heart disease; the review's medical adviser considered that it would not usually have prompted cardiac investigation in a three-year-old.</li>
</ol>

<h3>5. Findings</h3>
<p><strong>Finding 1: Step-down and closure.</strong> Risks that had been reduced under the plan were not monitored once the case closed. A new adult in the household, repeated bruising and the mother's renewed missed appointments at the alcohol service were not brought together by any agency.</p>
<p><strong>Finding 2: Bruising in young children.</strong> Practitioners moved between two opposite errors: accepting explanations without enquiry, and (after Daisy's death) assuming abuse. Neither approach asked the medical question. Repeated or unusual bruising should prompt both a safeguarding response and a consideration of a medical cause such as a bleeding disorder. Assessments did not consider Daisy's medical history as a whole.</p>
<p><strong>Finding 3: Information sharing.</strong> ED attendances were not shared with the health visitor or the GP, and the nursery's concerns were not shared with children's social care.</p>
<p><strong>Finding 4: Men in the household.</strong> Mr Lyle was not known to, or assessed by, any agency, even though he was caring for Daisy and her brother. Agencies did not know whether the previous partner still had contact with the family.</p>
<p><strong>Finding 5: Daisy's experience.</strong> Records describe the mother's progress in detail; there is very little about what life was like for Daisy, her speech delay or her distress.</p>
<p>The review also heard from the mother and Mr Lyle about the effect of the police investigation on them and on Daisy's brother. The Board recognises how distressing it was for the family to be suspected of harming Daisy while they were grieving.</p>

<h3>6. Recommendations</h3>
<ol>
<li>The Board should revise its bruising protocol so that it requires a medical assessment, including consideration of bleeding disorders, for any child under five with repeated or unexplained bruising.</li>
<li>Bramford Children's Hospital should ensure that all ED attendances of children under five are notified to the health visitor and GP.</li>
<li>Children's social care should ensure that closure plans after child protection plans for neglect include named agencies' responsibilities for monitoring and a route back to the MASH.</li>
<li>All agencies should record the name, date of birth and role of any new adult joining a household where a child has been subject to a plan.</li>
<li>The Board should develop guidance for practitioners on supporting families during the period of a police investigation into a child death, including where the death is later found to be natural.</li>
</ol>
"""

def build_html():
    doc = "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'><title>Serious Case Review: Daisy</title></head><body>" + GB06 + "</body></html>\n"
    open(os.path.join(OUT, "gb06.html"), "w", encoding="utf-8").write(doc)

if __name__ == "__main__":
    build_docx()
    import sys
    for name in ("build_pdf", "build_html"):
        if name in globals(): globals()[name]()
