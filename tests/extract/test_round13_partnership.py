"""Partnership names set in capitals, joined with "&", or written in the plural for a joint review."""

from __future__ import annotations

import pytest

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc

BODY = "\n\nChild E, aged 6, was admitted to hospital with burns in 2022. The review looked at CSC and HV contact.\n"


def partnership(text: str):
    found = Pipeline().run(Doc.from_text(text), "t.txt").to_dict()["review"].get("partnership")
    return found["value"] if found else None


@pytest.mark.parametrize(
    "head, expected",
    [
        ("BRAMLEY AND COTE SAFEGUARDING CHILDREN PARTNERSHIP\n\nLearning review: Child E", "Bramley and Cote"),
        ("NETHERBY & ASHFORD SAFEGUARDING CHILDREN PARTNERSHIPS (joint review)\nChild E", "Netherby and Ashford"),
        ("Thornbury & Elm Safeguarding Partnership\nRapid review record: Child E", "Thornbury and Elm"),
        ("Report for the Calder Vale Safeguarding Children Partnerships\nChild E: LCSPR", "Calder Vale"),
    ],
)
def test_partnership_names(head, expected):
    assert partnership(head + BODY) == expected + " Safeguarding Children Partnership"


def test_capitals_elsewhere_do_not_make_a_partnership():
    text = "LOCAL CHILD SAFEGUARDING PRACTICE REVIEW\nCHILD E\n" + BODY
    assert partnership(text) in (None, "not_known")
