import json, os
D = os.path.dirname(os.path.abspath(__file__))
REV = ["review_type","partnership","region","publication_year","incident_year","review_model","recommendations_count"]
CH = ["alias","age_months","age_band","sex","ethnicity","disability","outcome","death_category","harm_category","neglect_feature","cp_plan","social_care_status","looked_after","living_at_home","behaviour_problems","child_mental_health","child_alcohol_misuse","child_drug_misuse","bullying","child_sexual_exploitation","elective_home_education"]
CASE = ["parental_alcohol_misuse","parental_drug_misuse","parental_mental_health","parental_aces","parent_care_leaver","parental_learning_disability","parental_criminal_record","parental_violent_crime","parental_separation","acrimonious_separation","domestic_abuse","social_isolation","transient_lifestyle","multiple_partners","poverty","agencies_involved","theme_child_daily_life","theme_reluctant_engagement","theme_critical_thinking","theme_changing_risk","theme_information_sharing","theme_leadership_culture","theme_invisible_men","theme_assessment_quality"]
def band(m):
    if m == "not_known": return "not_known"
    y = m//12
    return "under_1" if m < 12 else "1_5" if y <= 5 else "6_10" if y <= 10 else "11_15" if y <= 15 else "16_plus"
def mk(src, review, children, case):
    r = {k: review.get(k, "not_known") for k in REV}
    cs = []
    for c in children:
        d = {k: c.get(k, "not_known") for k in CH}
        if "age_band" not in c: d["age_band"] = band(d["age_months"])
        if d["outcome"] != "death": d["death_category"] = "not_applicable"
        if d["outcome"] != "serious_harm": d["harm_category"] = "not_applicable"
        cs.append(d)
    k = {x: case.get(x, "not_known") for x in CASE}
    if "agencies_involved" not in case: k["agencies_involved"] = []
    out = {"source": src, "codebook_version": "1", "review": r, "children": cs, "case": k}
    stem = src.rsplit(".",1)[0]
    json.dump(out, open(os.path.join(D, "truth", stem + ".json"), "w"), indent=2)
