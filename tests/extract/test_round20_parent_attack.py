"""Round 20: a parent's attack on several children told once for all of them ("the father of the three K children
attacked them", "attacked both children with a knife and then harmed himself") is each child's story: the children
who died were killed by a parent (overt filicide) and the one who survived was physically abused. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


def codes(text: str, variable: str) -> list[str]:
    return [c[variable] for c in child_codes(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Rapid Review: Family K\nLeyburn Safeguarding Children Partnership\n\nIn March 2024 the father of the two K "
        "children attacked them at his flat. The younger child (aged 6) died of her injuries; the older child "
        "(aged 11) survived stab wounds to the chest.",
        "Rapid Review: Family K\nLeyburn SCP\n\nIncident: the mother attacked both children with a knife at home "
        "and then stabbed herself. The younger child (aged 6) died at the scene; the older child (aged 11) was "
        "seriously injured and survived.",
    ],
)
def test_parent_attack_on_the_children(text):
    assert codes(text, "death_category")[0] == "overt_filicide"
    assert codes(text, "harm_category")[1] == "physical_abuse"


def test_an_attack_by_a_stranger_is_not_a_filicide():
    text = (
        "Rapid Review: Family K\nLeyburn SCP\n\nIn March 2024 a man unknown to the family attacked both children "
        "in a park. The younger child (aged 6) died of her injuries; the older child (aged 11) survived."
    )
    assert codes(text, "death_category")[0] != "overt_filicide"


def test_a_mother_who_attacked_her_partner_is_not_the_childs_harm():
    text = (
        "Rapid Review: Child K\nLeyburn SCP\n\nChild K (aged 6) was admitted to PICU with a fractured skull after "
        "a fall from a first-floor window left open. The mother had attacked her ex-partner in 2021."
    )
    assert codes(text, "harm_category") != ["physical_abuse"]
