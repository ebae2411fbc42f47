"""The evaluation pairs each truth child with the predicted child that names the same person."""

from caselearn.extract.evaluate import match_children


def _kids(*aliases):
    return [{"alias": a} for a in aliases]


def _paired(pred, truth):
    return [(p["alias"] if p else None, t["alias"]) for p, t in match_children(pred, truth, "alias")]


def test_an_alias_with_the_name_in_brackets_pairs_with_either_part():
    pred = _kids("Child B", "Amir")
    truth = _kids("Child A (Amir)", "Child B (Zosia)")
    assert _paired(pred, truth) == [("Amir", "Child A (Amir)"), ("Child B", "Child B (Zosia)")]


def test_a_baby_named_with_or_without_the_title_is_the_same_child():
    assert _paired(_kids("Ezra"), _kids("Baby Ezra")) == [("Ezra", "Baby Ezra")]


def test_exact_aliases_are_paired_before_looser_ones():
    pred = _kids("Child A", "Child A (Tom)")
    truth = _kids("Child A (Tom)", "Child A")
    assert _paired(pred, truth) == [("Child A (Tom)", "Child A (Tom)"), ("Child A", "Child A")]


def test_single_letters_do_not_pair_and_the_rest_go_in_order():
    pred = _kids("Child C", "Child D")
    truth = _kids("Baby A", "Baby B")
    assert _paired(pred, truth) == [("Child C", "Baby A"), ("Child D", "Baby B")]


def test_a_missing_child_leaves_the_truth_child_unpaired():
    assert _paired(_kids("Rosa"), _kids("Billy", "Rosa")) == [(None, "Billy"), ("Rosa", "Rosa")]
