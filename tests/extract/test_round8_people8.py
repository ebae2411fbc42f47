"""Round 8 (people8): reviews of several children, each child given the facts of its own part of
the text. Made-up reports in our own words."""

from __future__ import annotations

from caselearn.extract.children import cue_owner, find_children
from caselearn.extract.model import ChildResult
from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc
from tests.extract.coding import child_codes


def aliases(text: str) -> list[str]:
    return [c.alias for c in find_children(Doc.from_text(text))]


def test_a_title_wrapped_onto_two_lines_names_both_children() -> None:
    text = (
        "Kestrel Vale Safeguarding Partnership\n\nPractice review concerning Sibling 1 and\n\nSibling 2\n\n"
        "1. Summary\n\nSibling 1, a boy of ten, and Sibling 2, aged six, were left alone for two days. "
        "Sibling 1 was dehydrated. Sibling 2 was admitted to hospital with pneumonia.\n"
    )
    assert aliases(text) == ["Sibling 1", "Sibling 2"]


def test_each_name_in_its_own_quotes() -> None:
    text = (
        'REVIEW: THE BROTHERS\n\n"Kit" and "Brother 2"\n\n1. Introduction\n\n'
        "Kit and Brother 2 were found at home. Kit had a broken arm. Kit was five. Brother 2 was unhurt.\n"
    )
    assert "Kit" in aliases(text)


def test_children_introduced_as_referred_to_by_codes_or_names() -> None:
    assert aliases(
        "Review\n\nThis review is about two brothers. They are referred to as B1 and B2. "
        "B1 was 12 when he was stabbed. B2, then nine, saw it happen. B1 survived.\n"
    ) == ["B1", "B2"]
    found = aliases(
        "Thematic review\n\nThe young people are referred to by names chosen by their families: Orla, Kwame "
        "and Tobias.\n\nOrla was 15 when she was exploited. Kwame was 16 when he was stabbed. Tobias was 14 "
        "when he was found with drugs.\n"
    )
    assert sorted(found) == ["Kwame", "Orla", "Tobias"]


def _child(name: str) -> ChildResult:
    return ChildResult(alias=name, names=(name,), first=0, mentions=[])


def test_a_phrase_belongs_to_the_child_it_speaks_of() -> None:
    a, b = _child("Child A"), _child("Child B")
    text = "Child A, aged 2, died; Child B, then 5, was injured."
    assert cue_owner(text, text.index("died"), text.index("died") + 4, [a, b]) is a
    assert cue_owner(text, text.index("injured"), text.index("injured") + 7, [a, b]) is b
    text = "The father was convicted of Child A's murder and of grievous bodily harm to Child B."
    k = text.index("grievous")
    assert cue_owner(text, k, k + len("grievous bodily harm"), [a, b]) is b
    text = "Child A and her brother Child B were both killed by their father."
    k = text.index("killed")
    assert cue_owner(text, k, k + 6, [a, b]) is None  # both of them


def test_outcomes_follow_each_childs_own_text() -> None:
    got = child_codes(
        "Serious Case Review: Robin and Wren\n\n1. Introduction\n\nThis review concerns twins, Robin and Wren. "
        "The father was convicted of Robin's murder and of causing grievous bodily harm to Wren. Robin was "
        "eleven weeks old when he died in hospital from a head injury. Wren was found to have rib fractures "
        "and was placed in foster care.\n"
    )
    by = {c["alias"]: c for c in got}
    assert by["Robin"]["outcome"] == "death"
    assert by["Wren"]["outcome"] == "serious_harm"


def test_a_group_sentence_does_not_give_every_child_a_death() -> None:
    got = child_codes(
        "Thematic review\n\nIn 2022 three young people in the borough were seriously harmed, and one of them was "
        "killed. The young people are referred to as Ash, Bryn and Cal.\n\nAsh\n\nAsh was 15 when he was "
        "stabbed in the leg outside school. He recovered in hospital.\n\nBryn\n\nBryn was 16 when she was "
        "found in a flat with older men who had sexually exploited her.\n\nCal\n\nCal was 17 when he was stabbed "
        "in a park. He died at the scene.\n"
    )
    by = {c["alias"]: c for c in got}
    assert by["Cal"]["outcome"] == "death"
    assert by["Ash"]["outcome"] == "serious_harm"
    assert by["Bryn"]["outcome"] == "serious_harm"


def test_sex_withheld_for_one_child_only() -> None:
    got = child_codes(
        "Rapid review: Children 1 and 2\n\nChild 1 - female, aged 6, White British. Child 2 - aged 3 (the family "
        "asked that Child 2's sex is not given).\n\nChild 1 was found with bruising. Child 2 was underweight.\n"
    )
    by = {c["alias"]: c for c in got}
    assert by["Child 1"]["sex"] == "female"
    assert by["Child 2"]["sex"] == "not_known"


def review(text: str) -> dict[str, object]:
    data = Pipeline().run(Doc.from_text(text), "t.txt").to_dict()
    return {k: v["value"] for k, v in data["review"].items()}


def test_the_reports_own_date_in_rapid_review_records() -> None:
    for line, year in [
        ("Date of this report: 3 August 2022", 2022),
        ("Record completed: 14/06/24", 2024),
        ("Briefing issued: 02/11/21", 2021),
        ("Prepared by the Business Unit, 20/09/23. Draft 2", 2023),
    ]:
        text = f"Rapid Review Record\n\nChild: Child M\n\n{line}\n\nChild M was found at home with a burn.\n"
        assert review(text)["publication_year"] == year, line


def test_meeting_and_notification_dates_are_not_the_report_date() -> None:
    text = (
        "Rapid Review Record\n\nChild: Child M\n\nDate of RR meeting: 09/04/24 Notification date: 02/04/24\n\n"
        "Child M was found at home with a burn.\n"
    )
    assert review(text)["publication_year"] == "not_known"


def test_incident_year_from_labels_with_short_years_and_dotted_leaders() -> None:
    text = "Rapid Review\n\nChild: Baby Q\n\nIncident date .......... 18/03/24\n\nBaby Q had bruising.\n"
    assert review(text)["incident_year"] == 2024


def test_incident_year_from_the_opening_story_and_the_review_period() -> None:
    text = (
        "Local Child Safeguarding Practice Review\n\nPublished: May 2024\n\n1. Introduction\n\n"
        "1.1 Late one night in October 2022 paramedics were called to a flat where Child V lay unconscious on "
        "the floor of the kitchen. His mother had moved to the town in 2019.\n\n"
        "1.2 The review period is from the mother's pregnancy in 2018 to the incident (October 2022).\n"
    )
    assert review(text)["incident_year"] == 2022
    text = (
        "Serious Case Review\n\nPublished: March 2019\n\n1. Introduction\n\nKai died in May 2017. The chair "
        "agreed in August 2018 that the case met the criteria for a review because Kai had died.\n"
    )
    assert review(text)["incident_year"] == 2017


def test_age_said_a_few_sentences_after_the_name() -> None:
    got = child_codes(
        "Local Child Safeguarding Practice Review\n\n1. Introduction\n\nThis review concerns Nell. "
        "In June 2023 Nell was found by police "
        "in a flat in another town. She had been missing for a week. She had been hurt by the men holding her. "
        "She was aged 16 years and 4 months.\n\n2. History\n\nNell had lived with foster carers since 2019.\n"
    )
    assert got[0]["age_months"] == 196


def test_sex_words_the_report_uses() -> None:
    got = child_codes(
        "Thematic review\n\nThe young people are referred to as Young Person A and Young Person B.\n\n"
        "- Young Person A, a 17-year-old White British boy, was stabbed in 2022.\n"
        "- Young Person B, a 15-year-old girl, was exploited in 2023.\n"
    )
    by = {c["alias"]: c["sex"] for c in got}
    assert by == {"Young Person A": "male", "Young Person B": "female"}
    got = child_codes(
        "Serious case review\n\nThis review concerns two children, a boy referred to as Child M, who was 7, "
        "and his sister, referred to as Child N, who was 4. Child M and Child N died in a fire.\n"
    )
    assert {c["alias"]: c["sex"] for c in got} == {"Child M": "male", "Child N": "female"}


def test_a_capitalised_relation_is_another_persons_label() -> None:
    got = child_codes(
        "Local Child Safeguarding Practice Review\n\nChild: Child Z\n\nChild Z drowned in the bath when he was "
        "four. His sister, aged 12 (referred to as Sister Z), was caring for him. Child Z was known to school.\n"
    )
    assert got[0]["sex"] == "male"


def test_a_pronoun_of_the_adult_who_is_speaking_is_not_the_childs() -> None:
    got = child_codes(
        "Rapid review\n\nSubject: Baby Q\n\nThe review does not describe Baby Q's sex.\n\nBaby Q's father rang "
        "999 to say that Baby Q was not breathing. He said that he had fallen asleep with Baby Q on his chest.\n"
    )
    assert got[0]["sex"] == "not_known"
    got = child_codes(
        "Rapid review\n\nSubject: Baby Q\n\nBaby Q's father rang 999 to say that Baby Q was not breathing. He "
        "told the call handler that he had fallen asleep with Baby Q on his chest. Baby Q died in hospital.\n"
    )
    assert got[0]["sex"] == "not_known"


def test_a_key_facts_row_with_a_dotted_leader() -> None:
    got = child_codes(
        "RAPID REVIEW RECORD\n\nName ......... Baby T Age ......... ten weeks Gender ......... Male Ethnicity "
        "......... TBC\n\nBaby T was brought to hospital with bruising. Baby T was seen by a paediatrician.\n"
    )
    assert got[0]["sex"] == "male"


def test_the_story_of_two_children_goes_on_after_a_sentence_about_both() -> None:
    got = child_codes(
        "Serious case review\n\n1. Introduction\n\nThis review concerns two children, referred to as Child J and "
        "Child K. Both children died in a house fire in 2020 while staying with their father. Their father, Mr J, "
        "also died. The inquest found that Mr J had set the fire deliberately after giving the children sleeping "
        "tablets.\n\n2. The family\n\nChild J was "
        "seven. Child K was four.\n"
    )
    assert {c["death_category"] for c in got} == {"overt_filicide"}


def test_an_adult_known_by_title_is_family_when_the_report_says_so() -> None:
    got = child_codes(
        "Local Child Safeguarding Practice Review\n\nChild: Child V\n\n1.1 Child V, a boy aged three, was taken "
        "to hospital in 2022 and died the next day. The post-mortem found injuries to his abdomen.\n\n"
        "1.2 The mother's partner, referred to in this report as Mr Q, was convicted of the murder of Child V.\n"
    )
    assert got[0]["death_category"] == "fatal_physical_abuse"


def test_a_killing_by_a_young_person_outside_the_family() -> None:
    got = child_codes(
        "Local Child Safeguarding Practice Review\n\nChild: Young Person E\n\nYoung Person E, aged 16, died in 2021 "
        "after being stabbed near a shop. A 17-year-old boy was convicted of his murder.\n"
    )
    assert got[0]["death_category"] == "extrafamilial_homicide"


def test_a_death_from_a_carers_drugs_is_maltreatment_related() -> None:
    got = child_codes(
        "Serious Case Review: Child P\n\n1.1 Child P died in 2019 aged two. The post-mortem found that she had "
        "died from methadone toxicity. Her father had been prescribed methadone.\n"
    )
    assert got[0]["death_category"] == "other_maltreatment_related"


def test_infanticide_alone_is_not_a_concealed_killing() -> None:
    got = child_codes(
        "Serious Case Review: Baby W\n\n1.1 Baby W died at home in 2020 at three weeks old. His mother was "
        "acutely psychotic. She was charged with his murder and later pleaded guilty to infanticide.\n"
    )
    assert got[0]["death_category"] == "overt_filicide"


def test_a_non_subject_sibling_said_so_in_a_pronoun_sentence() -> None:
    found = aliases(
        "Local Child Safeguarding Practice Review\n\nCHILDREN C AND D\n\n1.1 This review concerns Child C and "
        "Child D. Child C died in 2021. Child D was injured.\n\n1.2 The eldest child, referred to here as "
        "Sibling 1, was twelve. He lived with his grandmother. He is not a subject of this review. Sibling 1 "
        "was seen by CAMHS.\n"
    )
    assert found == ["Child C", "Child D"]
