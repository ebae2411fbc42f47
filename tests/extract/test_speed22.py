"""Round 21 speed work: the pattern compile cache and line-restricted searches.

Both are pure speed-ups: the cache must hand back exactly what deriving gives, and a search of
the lines holding a keyword must find exactly what a search of the whole text finds.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from caselearn.extract import compile_cache
from caselearn.extract.guard import fast_compile, fast_source
from caselearn.extract.prefilter import Prefiltered, _trigger_lists
from caselearn.extract.text import Doc

PATTERNS = [
    (r"\b(?:father|dad)\b(?:['’]s)? (?:had |has )?(?:died|left)\b", re.I),
    (r"(?:mother|mum)['’]s (?:new )?partner", re.I),
    (r"\bMr ([A-Z]\w*), (?:the )?father\b", 0),
]


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    """An empty cache in a temporary folder, forgotten again afterwards."""
    monkeypatch.setenv("CASELEARN_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(compile_cache, "_entries", None)
    monkeypatch.setattr(compile_cache, "_dirty", False)
    yield tmp_path
    monkeypatch.setattr(compile_cache, "_entries", None)


def test_cached_values_are_the_derived_ones(fresh_cache):
    for pattern, flags in PATTERNS:
        assert fast_compile(pattern, flags).pattern == fast_source(pattern, flags)
        compiled = Prefiltered.compile(pattern, flags)
        triggers, also = _trigger_lists(pattern, flags)
        assert compiled.triggers == (None if triggers is None else frozenset(triggers))
        assert compiled.also == tuple(map(frozenset, also))
    compile_cache.save()
    stored = json.loads(compile_cache.cache_file().read_text(encoding="utf-8"))
    assert any(key.startswith("fast\x00") for key in stored)
    assert any(key.startswith("triggers\x00") for key in stored)


def test_a_new_process_reads_the_cache_back(fresh_cache):
    code = (
        "from caselearn.extract.guard import fast_compile; import re;"
        "print(fast_compile(r'\\b(?:uncle|aunt) (?:died|left)\\b', re.I).pattern)"
    )
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    files = list(fresh_cache.glob("patterns-*.json"))
    assert len(files) == 1
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert first == second
    assert list(fresh_cache.glob(".patterns-*")) == []  # no temporary file left behind


def test_a_damaged_cache_file_is_ignored_and_replaced(fresh_cache):
    path = compile_cache.cache_file()
    path.write_text('{"fast\\u0000', encoding="utf-8")  # cut off mid-write
    pattern, flags = PATTERNS[0]
    assert fast_compile(pattern, flags).pattern == fast_source(pattern, flags)
    compile_cache.save()
    assert json.loads(path.read_text(encoding="utf-8"))  # written afresh, whole


def test_a_cache_holding_a_wrong_shape_is_ignored(fresh_cache):
    compile_cache.cache_file().write_text("[1, 2, 3]", encoding="utf-8")
    pattern, flags = PATTERNS[1]
    assert Prefiltered.compile(pattern, flags).regex.pattern == fast_source(pattern, flags)


def test_an_unwritable_cache_folder_loses_nothing(fresh_cache, monkeypatch):
    blocked = fresh_cache / "not-a-folder"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.setenv("CASELEARN_CACHE_DIR", str(blocked / "cache"))
    pattern, flags = PATTERNS[2]
    assert fast_compile(pattern, flags).pattern == fast_source(pattern, flags)
    compile_cache.save()  # no error: the next process derives again


def test_an_empty_cache_setting_turns_the_cache_off(fresh_cache, monkeypatch):
    monkeypatch.setenv("CASELEARN_CACHE_DIR", "")
    assert compile_cache.cache_file() is None
    pattern, flags = PATTERNS[0]
    assert fast_compile(pattern, flags).pattern == fast_source(pattern, flags)
    compile_cache.save()
    assert list(fresh_cache.iterdir()) == []


TEXT = (
    "Father: lives abroad and has had no contact since 2019.\n"
    "The mother's new partner, Mr Hale, moved in during 2021. Her DAD had died in 2015.\n"
    "\n"
    "- Dad (Mr Ross) left the home in 2020; the mother's partner did not attend.\n"
    "Nothing here about parents at all.\n"
    "Mr Okafor, the father, was seen once; the maternal grandfather died"
)


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"\b(?:father|dad)\b(?:['’]s)?(?: \([^)\n]*\))? (?:had |has )?(?:died|left)\b", ("father", "dad")),
        (r"(?:mother|mum)['’]s (?:new )?partner\b", ("mother", "mum")),
        (r"(?-i:\bMr ([A-Z]\w*)),? (?:the )?father\b", ("father",)),
        (r"^\W*(?:father|dad)\b[^:\n]{0,20}:[^\n]*", ("father", "dad")),
        (r"grandfather died$", ("grandfather",)),
    ],
)
def test_searching_the_keyword_lines_finds_what_the_whole_text_search_finds(pattern, words):
    regex = re.compile(pattern, re.I | re.M)
    doc = Doc.from_text(TEXT)
    whole = [(m.start(), m.end(), m.groups()) for m in regex.finditer(TEXT)]
    lines = [(m.start(), m.end(), m.groups()) for m in doc.finditer_lines(regex, words)]
    assert lines == whole and whole
    first = doc.search_lines(regex, words)
    assert (first.start(), first.end()) == whole[0][:2]


def test_lines_with_gives_each_line_once_in_text_order():
    doc = Doc.from_text("dad and dad\nnothing\nDad again, father too\nlast dad")
    lines = doc.lines_with(("father", "dad"))
    assert [doc.text[s:e] for s, e in lines] == ["dad and dad", "Dad again, father too", "last dad"]
    assert doc.search_lines(re.compile("nobody"), ("father",)) is None
    assert doc.lines_with(("uncle",)) == []
