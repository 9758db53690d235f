"""router/quick.py: a pattern given a substring test in front answers exactly as the pattern does."""

from __future__ import annotations

import importlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ace_step_mcp.router.quick import _Quick, quick

_MODULES = ("", ".account", ".cues", ".lang", ".languages", ".ranges", ".read", ".shaping")


def _router_patterns() -> list[_Quick]:
    found: list[_Quick] = []
    for name in _MODULES:
        module = importlib.import_module("ace_step_mcp.router" + name)
        found += [v for v in vars(module).values() if isinstance(v, _Quick)]
    return found


def _labelled_texts() -> list[str]:
    from scripts.router_eval_fields import all_sets

    # Not the absurd numbers (thousands of digits): the router refuses them before any of these patterns runs,
    # and some patterns are slow on them by their nature, with or without a test in front.
    texts = [case[1] for cases in all_sets().values() for case in cases if not re.search(r"\d{13}", case[1])]
    return texts[::20]


def _same(q: _Quick, text: str) -> None:
    plain = q._re
    assert [m.span() for m in q.finditer(text)] == [m.span() for m in plain.finditer(text)], (plain, text)
    assert (q.search(text) is None) == (plain.search(text) is None)
    assert q.sub("#", text) == plain.sub("#", text)


def test_most_of_the_routers_patterns_have_a_substring_test() -> None:
    patterns = _router_patterns()
    assert len(patterns) >= 120, len(patterns)  # the measure of the speed-up is in bench/router.py


def test_every_router_pattern_answers_as_re_does_on_the_labelled_requests() -> None:
    texts = _labelled_texts()
    assert len(texts) > 200
    for q in _router_patterns():
        for text in texts:
            _same(q, text)
            _same(q, _long(text.lower()))  # (past quick._SHORT, where the test in front is used)


@pytest.mark.parametrize(
    ("pattern", "flags", "text", "found"),
    [
        (r"(?<![^\W\d_])(?:около|noin)\s+(?=минута)", 0, "около минута", True),
        (r"(?<![^\W\d_])(?:около|noin)\s+(?=минута)", 0, "10 s, " * 50, False),
        # Case-insensitively only the characters without case are asked for: 'FADE IN 10' still matches.
        (r"fade (in|out) 10", re.IGNORECASE, "FADE IN 10", True),
        (r"(?i:straße) 3", 0, "STRASSE 3", False),
        (r"(?i:straße) 3", 0, "STRAẞE 3", True),
        (r"k\d", re.IGNORECASE, "\u212a5", True),  # the Kelvin sign folds to 'k'
        (r"fade in", re.IGNORECASE, "FADE IN", True),
        (r"fade in", re.IGNORECASE, "fade out", False),
        (r"σας", re.IGNORECASE, "ΣΑΣ", True),  # 'ΣΑΣ'.lower() ends in final 'ς'
        (r"ist", re.IGNORECASE, "İST", True),  # 'İ' is 'i' to re, 'i̇' to str.lower()
        (r"sun", re.IGNORECASE, "ſun", True),
        (r"x{2,}y|zz", 0, "axxyb", True),
        (r"x{2,}y|zz", 0, "ayb", False),
    ],
)
def test_a_pattern_and_its_quick_form_agree(pattern: str, flags: int, text: str, found: bool) -> None:
    text = _long(text)
    q, plain = quick(pattern, flags), re.compile(pattern, flags)
    assert (plain.search(text) is not None) is found
    assert (q.search(text) is not None) is found
    assert q.sub("#", text) == plain.sub("#", text)


def test_a_text_without_the_needed_strings_is_not_searched() -> None:
    q = quick(r"(?<![^\W\d_])(?:минута|хвилина)(?![^\W\d_])")
    assert isinstance(q, _Quick)
    assert sorted(q._atoms) == ["минута", "хвилина"]
    assert q._absent(_long("10 s, 20 s")) and not q._absent(_long("2 минута"))
    assert not q._absent("10 s")  # a short text is searched at once
    # A pattern with no string every match holds is returned as it is.
    assert isinstance(quick(r"\d+\s*\w"), re.Pattern)


def _long(text: str) -> str:
    """Past the length under which a text is searched with no test in front (quick._SHORT)."""
    return text + " ." * 60


_ALPHABET = "aAkK\u212asSßẞſİıi ́0123 -минутаМИНУТАfadeFADE分钟σςΣᲃ"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=30))
def test_any_text_case_insensitive_or_not(text: str) -> None:
    text = _long(text)
    for pattern, flags in [
        (r"fade\s*(?:in|out)?\s*\d+", re.IGNORECASE),
        (r"(?<!\w)(?:минут[аы]?|хвилин)\s*\d", 0),
        (r"(?i:minuta)|分钟", 0),
        (r"ks\d|ßa", re.IGNORECASE),
        (r"(?:sa|si)+\s1", re.IGNORECASE),
        (r"(?:mas|σας|сам)\s*\d", re.IGNORECASE),
        (r"(?i:ki)\d|KS", 0),
    ]:
        q, plain = quick(pattern, flags), re.compile(pattern, flags)
        assert [m.span() for m in q.finditer(text)] == [m.span() for m in plain.finditer(text)], (pattern, text)
