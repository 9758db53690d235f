"""Tempo and key as tags ask for them: "120 BPM", "A minor", "in F#", "C#m", "B flat major".

Pure text (no audio imports): the router, the emulator and the analysis read tags the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NAMES = ("C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B")
_LETTER = {"c": 0, "d": 2, "e": 4, "f": 5, "g": 7, "a": 9, "b": 11}
_BPM = re.compile(r"(\d{2,3}(?:\.\d+)?)\s*bpm\b", re.IGNORECASE)
_ACC = r"(?:#|♯|b|♭|\s*sharp|\s*flat|-sharp|-flat)?"
# "A minor", "F# major", "Bb min", "C#m", "in F#", "key of G", "B flat minor"; a bare letter only after "in"/"key of".
_KEY = re.compile(
    r"(?<![\w#])(?:(?:in|key of|key:?)\s+)?([a-g])(" + _ACC + r")[\s-]*(major|minor|maj|min|m(?![a-z]))(?![\w#])"
    r"|(?<![\w#])(?:in|key of|key:?)\s+([a-g])(" + _ACC + r")(?![\w#])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Key:
    pitch_class: int  # 0 = C
    minor: bool

    @property
    def name(self) -> str:
        return f"{NAMES[self.pitch_class]} {'minor' if self.minor else 'major'}"


def _accidental(text: str) -> int:
    t = text.strip().lower().lstrip("-")
    if t in ("#", "♯", "sharp"):
        return 1
    if t in ("b", "♭", "flat"):
        return -1
    return 0


def bpm_of(tags: str) -> float | None:
    """The tempo tags ask for (30-300 BPM), else None."""
    m = _BPM.search(tags)
    if not m:
        return None
    bpm = float(m.group(1))
    return bpm if 30 <= bpm <= 300 else None


def key_of(tags: str) -> Key | None:
    """The key tags ask for, else None. A key named without a mode is major ("in F#")."""
    for m in _KEY.finditer(tags):
        if m.group(1):
            letter, acc, mode = m.group(1), m.group(2) or "", m.group(3).lower()
            if letter == "a" and not acc and re.match(r"\s+(?:key|scale|mood|feel|vibe)", tags[m.end() :]):
                continue  # "in a minor key": the article, some minor key
            # "Am" is A minor but a lone capital "M" is not a mode; "b" alone is the note B, not a flat.
            minor = mode.startswith("min") or mode == "m"
        else:
            letter, acc, minor = m.group(4), m.group(5) or "", False
        pc = (_LETTER[letter.lower()] + _accidental(acc)) % 12
        return Key(pc, minor)
    return None
