"""Two subject children can share a name (a family surname, "Baby"): deciding which of them a
phrase is about must not fail, and must still follow the names that tell them apart."""

from caselearn.extract.children import cue_owner, owns_cue
from caselearn.extract.model import ChildResult


def _child(alias: str, *names: str) -> ChildResult:
    return ChildResult(alias=alias, names=(alias, *names), first=0, mentions=[])


def test_a_shared_surname_does_not_break_the_owner_of_a_phrase() -> None:
    ava, leo = _child("Ava", "Brook"), _child("Leo", "Brook")
    text = "Brook family: Ava died in hospital; Leo was treated for a fractured arm."
    died = text.index("died")
    assert cue_owner(text, died, died + 4, [ava, leo]) is ava
    arm = text.index("fractured")
    assert cue_owner(text, arm, arm + 9, [ava, leo]) is leo
    assert owns_cue(text, died, died + 4, leo, [ava]) is False


def test_two_children_known_only_by_the_same_word() -> None:
    first, second = _child("Baby", "the infant"), _child("Baby", "the infant")
    text = "Baby was found unresponsive by the father."
    k = text.index("unresponsive")
    # nothing tells them apart: the first listed is chosen, and no error is raised
    assert cue_owner(text, k, k + 12, [first, second]) is first
