import json,sys,os
D=os.path.dirname(os.path.abspath(__file__))
CH=["alias","age_months","age_band","sex","ethnicity","disability","outcome","death_category","harm_category","neglect_feature","cp_plan","social_care_status","looked_after","living_at_home","behaviour_problems","child_mental_health","child_alcohol_misuse","child_drug_misuse","bullying","child_sexual_exploitation","elective_home_education"]
CASEF=["parental_alcohol_misuse","parental_drug_misuse","parental_mental_health","parental_aces","parent_care_leaver","parental_learning_disability","parental_criminal_record","parental_violent_crime","parental_separation","acrimonious_separation","domestic_abuse","social_isolation","transient_lifestyle","multiple_partners","poverty"]
TH=["theme_child_daily_life","theme_reluctant_engagement","theme_critical_thinking","theme_changing_risk","theme_information_sharing","theme_leadership_culture","theme_invisible_men","theme_assessment_quality"]
def band(m):
    if m=="not_known": return "not_known"
    return "under_1" if m<12 else "1_5" if m<72 else "6_10" if m<132 else "11_15" if m<192 else "16_plus"
def child(**k):
    c={v:"not_known" for v in CH}
    c.update(k)
    if "age_band" not in k: c["age_band"]=band(c["age_months"])
    if c["outcome"]!="death": c["death_category"]="not_applicable"
    if c["outcome"]!="serious_harm": c["harm_category"]="not_applicable"
    return c
def write(stem,src,review,children,case,agencies):
    cs={v:"not_known" for v in CASEF}
    cs["agencies_involved"]=agencies
    for t in TH: cs[t]="not_known"
    cs.update(case)
    r={"review_type":"not_known","partnership":"not_known","region":"not_known","publication_year":"not_known","incident_year":"not_known","review_model":"not_known","recommendations_count":"not_known"}
    r.update(review)
    json.dump({"source":src,"codebook_version":"1","review":r,"children":children,"case":cs},open(f"{D}/truth/{stem}.json","w"),indent=1)
