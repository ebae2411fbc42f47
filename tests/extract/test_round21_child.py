"""Round 21 (child facts): all text invented for the tests.

- A child's name alone on a line (a heading, or a table's first cell flattened to a paragraph) opens the
  child's entry: the next paragraphs, up to another child's name or another heading, are about that child
  ("Baby P" then "Girl, eight weeks." and "Died in May 2022. Found face down on a sofa.").
"""

from __future__ import annotations

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc

_PIPELINE = Pipeline()


def children(text: str) -> dict[str, dict[str, object]]:
    out = _PIPELINE.run(Doc.from_text(text)).to_dict()["children"]
    return {c["alias"]["value"]: {k: v["value"] for k, v in c.items()} for c in out}


_TABLE = (
    "Thematic review: two infants in Northwold\n\n"
    "1. Introduction\n\nThe partnership reviewed the cases of two babies seen by the same services in 2022.\n\n"
    "2. The infants\n\nInfant\n\nDetails\n\nIncident\n\n"
    "Baby P\n\nGirl, eight weeks old. White British. Lived with her mother.\n\n"
    "{p_incident}\n\n"
    "Baby Q\n\nBoy, aged five months. Lived with his parents.\n\n"
    "{q_incident}\n\n"
    "3. Findings\n\nThe health visitors did not discuss safer sleep with the fathers of Baby P and Baby Q.\n"
)


def test_table_cells_after_the_name_are_the_childs() -> None:
    kids = children(
        _TABLE.format(
            p_incident="Died in May 2022. Found face down on a sofa where her mother had fallen asleep with her.",
            q_incident="Admitted to hospital in June 2022 with a skull fracture and rib fractures. Survived.",
        )
    )
    assert kids["Baby P"]["outcome"] == "death"
    assert kids["Baby P"]["death_category"] == "sudi"
    assert kids["Baby Q"]["outcome"] == "serious_harm"
    assert kids["Baby Q"]["harm_category"] == "physical_abuse"


def test_entry_stops_at_the_next_childs_name() -> None:
    # Baby Q's death is not Baby P's
    kids = children(
        _TABLE.format(
            p_incident="Admitted to hospital in April 2022 severely underweight and dehydrated. Recovered.",
            q_incident="Died in June 2022. Found unresponsive in his parents' bed after co-sleeping.",
        )
    )
    assert kids["Baby P"]["outcome"] == "serious_harm"
    assert kids["Baby Q"]["outcome"] == "death"
