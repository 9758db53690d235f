"""Regular expressions that skip a text which cannot hold a match, found by a substring test.

The router runs about two hundred patterns over every request, most of them looking for words that the
request does not hold ('минута', 'لحظات', 'fade'). Python's `re` tries such a pattern at every position
of the text (a pattern that starts with a look-behind, as a word-bounded one does, gets no first-character
skip), so a 4,000-character request paid for every pattern in full. `quick()` reads from the pattern's own
parse the strings of which at least one must occur in any match ('минут' or 'хвилин'), and a text that has
none of them is answered without running the pattern: the same answer, from `str.__contains__`.

Only what a match must consume is read: look-arounds, optional parts and back-references add nothing. For a
case-insensitive pattern both the strings and the text are folded as `re` compares letters (lower case, and
`re`'s extra cases such as 'ſ' for 's' and 'ς' for 'σ'), so the substring test is never stricter than the
pattern. A pattern with no such strings is returned as it is.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from typing import Any, cast

_SHORT = 96  # characters under which a text is searched at once, with no test in front
_MAX_ATOMS = 128  # more alternatives than this, and the substring tests cost about what the pattern does


def quick(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, with a substring test in front where the pattern has one."""
    compiled = re.compile(pattern, flags)
    fold = bool(flags & re.IGNORECASE) or "(?i" in pattern
    if fold and _fold_table() is None:  # no case folding known: only what no case can change is asked for
        fold = False
    atoms = _required(compiled, fold)
    if not atoms:
        return compiled
    if fold:
        atoms = tuple(sorted({_fold(a) for a in atoms}))
    # Typed as the pattern it stands for: it answers every call the router makes of one.
    return cast("re.Pattern[str]", _Quick(compiled, atoms, fold))


class _Quick:
    __slots__ = ("_atoms", "_fold", "_last", "_re")

    def __init__(self, compiled: re.Pattern[str], atoms: tuple[str, ...], fold: bool = False) -> None:
        self._re = compiled
        self._atoms = atoms
        self._fold = fold
        self._last: tuple[str, bool] | None = None

    def _absent(self, text: str) -> bool:
        if len(text) < _SHORT:
            return False  # a few words: the pattern itself answers sooner than the strings' tests would
        # A pattern asked again and again about one text (`match(text, i)` along it) tests the text once.
        last = self._last  # one tuple, replaced whole: threads planning at once never see half of one
        if last is not None and last[0] is text:
            return last[1]
        where = _folded(text) if self._fold else text
        absent = not any(a in where for a in self._atoms)
        self._last = (text, absent)
        return absent

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._absent(string) else self._re.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._absent(string) else self._re.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._absent(string) else self._re.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return iter(()) if self._absent(string) else self._re.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return [] if self._absent(string) else self._re.findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return string if self._absent(string) else self._re.sub(repl, string, count)

    def subn(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> tuple[str, int]:
        return (string, 0) if self._absent(string) else self._re.subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return [string] if self._absent(string) else self._re.split(string, maxsplit)

    def __getattr__(self, name: str) -> Any:  # pattern, flags, groups, groupindex
        return getattr(self._re, name)

    def __repr__(self) -> str:
        return f"quick({self._re!r}, needs one of {len(self._atoms)} strings)"


@cache
def _fold_table() -> dict[int, str] | None:
    """What `re` treats as one letter case-insensitively beyond `str.lower()`: its extra cases ('ſ' and
    's', 'ς' and 'σ', 'ı' and 'i'), each class written as its first character; None where `re` keeps them
    elsewhere."""
    try:
        extra: dict[int, tuple[int, ...]] = importlib.import_module("re._casefix")._EXTRA_CASES
    except (ImportError, AttributeError):
        return None
    classes: dict[int, set[int]] = {}
    for first, others in extra.items():
        merged = {first, *others}
        for member in list(merged):
            merged |= classes.get(member, set())
        for member in merged:
            classes[member] = merged
    return {c: chr(min(group)) for c, group in classes.items() if c != min(group)}


def _fold(text: str) -> str:
    # 'İ' first: its simple lower case, the one `re` compares, is 'i' ('İ'.lower() adds a combining dot).
    lowered = text.replace("\u0130", "i").lower()
    # The extra cases are rare letters ('ſ', 'ı', 'ς'...): looked for in one scan before a translation.
    table, rare = _extra_cases()
    return lowered.translate(table) if rare.search(lowered) else lowered


@cache
def _extra_cases() -> tuple[dict[int, str], re.Pattern[str]]:
    table = _fold_table() or {}
    return table, re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(table)) + "]" if table else "(?!)")


@lru_cache(maxsize=16)  # one request's texts are asked about by many patterns in a row
def _folded(text: str) -> str:
    return _fold(text)


def _required(compiled: re.Pattern[str], fold: bool) -> tuple[str, ...]:
    """Strings of which every match holds at least one (empty: none known)."""
    try:  # `re`'s own parser: private, so looked up by name, and any change in it costs only the test
        c = importlib.import_module("re._constants")
        _parser = importlib.import_module("re._parser")
    except ImportError:  # a Python whose `re` is laid out otherwise: no test, every pattern runs in full
        return ()
    try:
        parsed = _parser.parse(compiled.pattern, compiled.flags)
        # Folded, a case-insensitive run is asked for whole (the text is folded the same way); unfolded, only
        # its characters that have no case are.
        ignore_case = bool(parsed.state.flags & re.IGNORECASE) and not fold
        best = _of_sequence(list(parsed), ignore_case, c, fold)
    except Exception:  # a parse we do not follow gives no test, never a wrong one
        return ()
    if not best:
        return ()
    # 'min' is implied by 'minute': of two strings where one holds the other, the shorter one is enough.
    return tuple(sorted(a for a in best if not any(b != a and b in a for b in best)))


def _score(atoms: frozenset[str]) -> tuple[int, int]:
    return (min(len(a) for a in atoms), -len(atoms))


def _uncased(ch: str) -> bool:
    return ch.lower() == ch == ch.upper() and ch.casefold() == ch


def _of_sequence(items: list[tuple[Any, Any]], ignore_case: bool, c: Any, fold: bool) -> frozenset[str] | None:
    """The best set of strings one of which a match of this sequence must hold."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def close_run() -> None:
        # A run of literal characters is required whole; case-insensitively, only its stretches of
        # characters without case are (the test must never be stricter than `re`'s folding).
        piece = ""
        for ch in [*run, None]:
            if ch is not None and (not ignore_case or _uncased(ch)):
                piece += ch
            elif piece:
                candidates.append(frozenset({piece}))
                piece = ""
        run.clear()

    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        close_run()
        found: frozenset[str] | None = None
        if op is c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            inner_case = (ignore_case or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
            found = _of_sequence(list(sub), inner_case and not fold, c, fold)
        elif op is c.BRANCH:
            union: set[str] = set()
            for branch in av[1]:
                one = _of_sequence(list(branch), ignore_case, c, fold)
                if not one:
                    union = set()
                    break
                union |= one
            found = frozenset(union) if union and len(union) <= _MAX_ATOMS else None
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            found = _of_sequence(list(av[2]), ignore_case, c, fold)
        elif op is getattr(c, "ATOMIC_GROUP", None):
            found = _of_sequence(list(av), ignore_case, c, fold)
        if found:
            candidates.append(found)
    close_run()
    useful = [a for a in candidates if len(a) <= _MAX_ATOMS]
    return max(useful, key=_score) if useful else None
