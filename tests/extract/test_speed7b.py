"""Speed round 7 (per-KB work): hand-given trigger sets and fast regex forms in the components
must not change what is found."""

from __future__ import annotations

import re

from caselearn.extract import prefilter, sex
from caselearn.extract.lexicon import load_data
from caselearn.extract.text import Doc

try:  # Python 3.11+
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]


def _branches(pattern: str, flags: int) -> list:
    """The top-level alternatives of ``pattern`` as parse trees (one when it is no alternation)."""
    parsed = list(_p.parse(pattern, flags))
    if len(parsed) == 1 and parsed[0][0] is _c.BRANCH:
        return list(parsed[0][1][1])
    return [parsed]


def _needs_one_of(words: frozenset[str], pattern: str, flags: int) -> bool:
    """Does every match of ``pattern`` hold one of ``words``? (Each alternative has a required
    trigger set each of whose strings holds one of them: "sex", or "child's sex".)"""
    return all(
        any(prefilter._refines(found, words) for found in prefilter._all_required(list(branch), bool(flags & re.I)))
        for branch in _branches(pattern, flags)
    )


def test_hidden_sex_alternatives_all_need_one_of_the_extra_words() -> None:
    assert _needs_one_of(sex.HIDDEN_ALSO, load_data("sex")["hidden"], re.I)
    # the check itself fails when an alternative lacks them
    assert not _needs_one_of(sex.HIDDEN_ALSO, load_data("sex")["hidden"] + "|sex unknown|not said", re.I)


def test_hidden_sex_found_with_the_extra_trigger_set() -> None:
    text = (
        "The family lived in a flat. The review does not give the child's sex. "
        "The child is referred to as 'they' throughout. Nothing was given to the panel. "
        "Records were not disclosed. The plan was described. Reasons were stated. "
        "The date was not recorded. The venue was not stated."
    )
    hidden = sex._data()["hidden"]
    assert sex.HIDDEN_ALSO in hidden.also
    found = [m.group(0) for m in hidden.finditer(Doc.from_text(text))]
    assert found == [m.group(0) for m in hidden.regex.finditer(text)]
    assert found == ["not give the child's sex", "referred to as 'they'"]
    # sentences holding a verb trigger ("given", "disclosed", ...) but none of the extra words are
    # not candidates (narrowing starts from four candidates)
    assert hidden.candidate_sentences(Doc.from_text(text)) == [1, 2]


def test_explicit_sex_words_in_the_fast_form_match_as_before() -> None:
    sentences = [
        "Child R (male, 14) lived with his mother.",
        "Ruby was a six-year-old girl; her brother, a boy of nine, was at school.",
        "The adult male partner and another female relative visited. She is a transgender young woman.",
        "BABY K (FEMALE) WAS BORN EARLY, A BABY GIRL.",
    ]
    for value, source in load_data("sex")["explicit"].items():
        plain = re.compile(source, re.I)
        fast = sex._data()["explicit"][value]
        for s in sentences:
            assert [m.span() for m in fast.finditer(s)] == [m.span() for m in plain.finditer(s)], (value, s)


def test_child_name_occurrences_found_once_per_document_and_copied() -> None:
    from caselearn.extract import children

    doc = Doc.from_text("Child B lived with Ms B. Child B's sister, Child BB, and Child B went to school.")
    first = children._occurrences(doc, "Child B")
    assert [m.start() for m in first] == [0, 25, 57]
    first.append(first[0])  # a caller may extend its list ...
    again = children._occurrences(doc, "Child B")
    assert [m.start() for m in again] == [0, 25, 57]  # ... without changing the document's
    assert 22 not in [m.start() for m in children._occurrences(doc, "B")]  # "Ms B": an adult, not Child B
    assert [m.start() for m in children._occurrences(Doc.from_text("B and B."), "B")] == [0, 6]
