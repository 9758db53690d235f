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

# The letters a Latin word may be glued to with no space between (Thai, kana, Han, Hangul and its particles:
# '加个intro', 'intro를', 'ขอไฟล์mp3'): a word of a table is whole there too. A character class's inside.
GLUED_SCRIPTS = "\u0e00-\u0e7f\u3040-\u9fff\uac00-\ud7af\uf900-\ufaff"
GLUED_LETTER = re.compile(f"[{GLUED_SCRIPTS}]")
_SHORT = 96  # characters under which a text is searched at once, with no test in front
_MAX_ATOMS = 128  # more alternatives than this, and the substring tests cost about what the pattern does


def quick(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, with a substring test in front where the pattern has one."""
    compiled = re.compile(pattern, flags)
    fold = bool(flags & re.IGNORECASE) or "(?i" in pattern
    if fold and _fold_table() is None:  # no case folding known: only what no case can change is asked for
        fold = False
    parsed = _parse(compiled)  # (read once: both tests below are read from it)
    atoms = _required(parsed, fold)
    gated = _gated(compiled, parsed)
    if not atoms and gated is compiled:
        return compiled
    if fold:
        atoms = tuple(sorted({_fold(a) for a in atoms}))
    # Typed as the pattern it stands for: it answers every call the router makes of one.
    return cast("re.Pattern[str]", _Quick(compiled, atoms, fold, gated))


class _Quick:
    __slots__ = ("_atoms", "_fold", "_last", "_re", "_run")

    def __init__(
        self,
        compiled: re.Pattern[str],
        atoms: tuple[str, ...],
        fold: bool = False,
        gated: re.Pattern[str] | None = None,
    ) -> None:
        self._re = compiled  # what the pattern says of itself (pattern, flags, groups)
        self._run = compiled if gated is None else gated  # what runs: the same matches, sooner
        self._atoms = atoms
        self._fold = fold
        self._last: tuple[str, bool] | None = None

    def _absent(self, text: str) -> bool:
        if not self._atoms or len(text) < _SHORT:
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
        return None if self._absent(string) else self._run.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._absent(string) else self._run.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._absent(string) else self._run.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return iter(()) if self._absent(string) else self._run.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return [] if self._absent(string) else self._run.findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return string if self._absent(string) else self._run.sub(repl, string, count)

    def subn(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> tuple[str, int]:
        return (string, 0) if self._absent(string) else self._run.subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return [string] if self._absent(string) else self._run.split(string, maxsplit)

    def __getattr__(self, name: str) -> Any:  # pattern, flags, groups, groupindex
        return getattr(self._re, name)

    def __repr__(self) -> str:
        return f"quick({self._re!r}, needs one of {len(self._atoms)} strings)"


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")
_NARROW_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s"}


def _parse(compiled: re.Pattern[str]) -> tuple[Any, Any] | None:
    """`re`'s own parse of the pattern and its constants; None where they cannot be had.

    `re`'s parser is private, so it is looked up by name, and any change in it costs only the tests in front: a
    Python whose `re` is laid out otherwise, or a parse we do not follow, gives no test, never a wrong one."""
    try:
        c = importlib.import_module("re._constants")
        _parser = importlib.import_module("re._parser")
        return _parser.parse(compiled.pattern, compiled.flags), c
    except Exception:
        return None


def _gated(compiled: re.Pattern[str], parsed: tuple[Any, Any] | None) -> re.Pattern[str]:
    """The pattern with a test of its first character in front, where every match must begin with one of a
    known few characters; else the pattern itself.

    `re` skips ahead by a pattern's first character only when nothing comes before it: a look-behind at the
    front ('not after a letter') and a case-insensitive list of words ('minute|minuto|...') make it try every
    alternative at every position of the text. `(?=[mM...])` in front answers most positions with one class
    test, and changes no match: a match at a position consumes that position's character first."""
    if parsed is None:
        return compiled
    tree, c = parsed
    try:
        if _skips_already(tree, compiled.flags) or not _slow_at_each_place(list(tree), c):
            return compiled  # ('minute', '\d+ s': `re` skips ahead, or fails each place at once, by itself)
        first = _first(list(tree), c, bool(compiled.flags & re.IGNORECASE))
    except Exception:  # a parse we do not follow gives no test, never a wrong one
        return compiled
    if first is None or first[1]:  # unknown, or a match may be empty
        return compiled
    items, _nullable, caseless = first
    cls = "[" + "".join(sorted(items)) + "]"
    if caseless and not compiled.flags & re.IGNORECASE:
        cls = f"(?i:{cls})"  # a case-insensitive part decides the first character: any case of it
    body = compiled.pattern
    lead = _GLOBAL_FLAGS.match(body)
    if lead:  # its flags are in `compiled.flags` already, and may only stand at the front
        body = body[lead.end() :]
    try:
        return re.compile(
            f"(?={cls})(?:{body}\n)" if compiled.flags & re.VERBOSE else f"(?={cls})(?:{body})", compiled.flags
        )
    except re.error:
        return compiled


def _skips_already(parsed: Any, flags: int) -> bool:
    """Whether `re` itself skips to where a match may begin (a literal prefix, or a class of first characters)."""
    try:
        _compiler = importlib.import_module("re._compiler")
        prefix = _compiler._get_literal_prefix(parsed, flags)[0]
        return bool(prefix or _compiler._get_charset_prefix(parsed, flags))
    except Exception:  # another `re`: a test in front is still right, if not always sooner
        return False


def _slow_at_each_place(items: list[tuple[Any, Any]], c: Any) -> bool:
    """Whether the pattern opens with what `re` works through at every place before it can fail there: a
    look-around or a list of alternatives (not one class or one character, which fails at once)."""
    while items and items[0][0] is c.SUBPATTERN:
        items = list(items[0][1][3])
    return bool(items) and items[0][0] in (c.ASSERT, c.ASSERT_NOT, c.AT, c.BRANCH)


def _first(items: list[tuple[Any, Any]], c: Any, caseless: bool) -> tuple[set[str], bool, bool] | None:
    """The class items one of which a match of this sequence begins with, whether it may be empty, and whether
    a case-insensitive part decides; None where not known or too broad to help."""
    out: set[str] = set()
    any_caseless = False
    for op, av in items:
        name = str(op)
        if name in _ZERO_WIDTH:
            continue
        found: tuple[set[str], bool, bool] | None
        if op is c.LITERAL:
            found = ({f"\\U{av:08x}"}, False, caseless)
        elif op is c.IN:
            found = _first_of_class(av, c, caseless)
        elif op is c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if (add_flags | del_flags) & ~re.IGNORECASE:
                return None  # ASCII or LOCALE inside: the categories would mean something else
            inner = (caseless or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
            found = _first(list(sub), c, inner)
        elif op is c.BRANCH:
            union: set[str] = set()
            empty = cased = False
            for branch in av[1]:
                one = _first(list(branch), c, caseless)
                if one is None:
                    return None
                union |= one[0]
                empty = empty or one[1]
                cased = cased or one[2]
            found = (union, empty, cased)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            one = _first(list(av[2]), c, caseless)
            found = None if one is None else (one[0], one[1] or av[0] == 0, one[2])
        elif op is getattr(c, "ATOMIC_GROUP", None):
            found = _first(list(av), c, caseless)
        else:  # any character, a back-reference, a conditional: no test
            return None
        if found is None:
            return None
        out |= found[0]
        any_caseless = any_caseless or found[2]
        if not found[1]:
            return out, False, any_caseless
    return out, True, any_caseless


def _first_of_class(av: list[tuple[Any, Any]], c: Any, caseless: bool) -> tuple[set[str], bool, bool] | None:
    out: set[str] = set()
    for op, val in av:
        if op is c.LITERAL:
            out.add(f"\\U{val:08x}")
        elif op is c.RANGE:
            out.add(f"\\U{val[0]:08x}-\\U{val[1]:08x}")
        elif op is c.CATEGORY and str(val) in _NARROW_CATEGORIES:
            out.add(_NARROW_CATEGORIES[str(val)])
        else:  # a negated class or a broad category (letters, not-digits): the test would pass nearly always
            return None
    return out, False, caseless


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


def _required(parsed: tuple[Any, Any] | None, fold: bool) -> tuple[str, ...]:
    """Strings of which every match holds at least one (empty: none known)."""
    if parsed is None:  # no parse: no test, every pattern runs in full
        return ()
    tree, c = parsed
    try:
        # Folded, a case-insensitive run is asked for whole (the text is folded the same way); unfolded, only
        # its characters that have no case are.
        ignore_case = bool(tree.state.flags & re.IGNORECASE) and not fold
        best = _of_sequence(list(tree), ignore_case, c, fold)
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
