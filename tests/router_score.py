"""Scoring a labelled set of requests against the router: fully right, a question, or a silent wrong plan.

Shared by scripts/router_eval.py (prints per language) and the tests that assert what it measures."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ace_step_mcp.errors import InvalidInput
from ace_step_mcp.router import Plan, Question, Request, plan

TRACK = "trk_0123456789ab"
SOURCE_TAGS = "indie pop, electric guitar, 120 BPM"  # a track of ours carries the tags it was made with


@dataclass
class Outcome:
    lang: str
    request: str
    want: str
    got: str
    right: bool
    silent_wrong: bool  # a plan (money would be spent) that is not the right one
    detail: str = ""
    question: Question | None = None  # what the router asked, when it asked


@dataclass
class Score:
    by_lang: dict[str, list[Outcome]] = field(default_factory=lambda: defaultdict(list))

    def add(self, o: Outcome) -> None:
        self.by_lang[o.lang].append(o)

    def rate(self, lang: str) -> float:
        items = self.by_lang[lang]
        return sum(o.right for o in items) / len(items)

    def silent(self, lang: str | None = None) -> list[Outcome]:
        langs = [lang] if lang else list(self.by_lang)
        return [o for lg in langs for o in self.by_lang[lg] if o.silent_wrong]

    def outcomes(self) -> list[Outcome]:
        return [o for items in self.by_lang.values() for o in items]

    def total(self) -> float:
        items = [o for v in self.by_lang.values() for o in v]
        return sum(o.right for o in items) / len(items)


def plan_of(text: str, length: float | None = None, **fields: Any) -> Plan | Question:
    """One request through the router, with a track of `length` seconds (and its tags) where one is given, and the
    fields an agent passed."""
    return plan(
        Request(
            request=text,
            audio=TRACK if length else None,
            audio_length_s=length,
            source_tags=SOURCE_TAGS if length else None,
            **fields,
        )
    )


def window_of(result: Plan | Question, length: float) -> tuple[float, float] | None:
    """The (start, end) seconds from the track's start that a plan regenerates; None for anything else."""
    if not isinstance(result, Plan) or result.tool != "audio_inpaint":
        return None
    args = result.arguments
    ends = []
    for key in ("start_time", "end_time"):
        at = float(args[key])
        ends.append(length - at if args.get(f"{key}_relative_to") == "end" else at)
    return ends[0], ends[1]


def _args_match(want: dict[str, Any], got: dict[str, Any]) -> bool:
    for key, value in want.items():
        have = got.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            if not isinstance(have, int | float) or abs(float(have) - float(value)) > 0.01:
                return False
        elif have != value:
            return False
    return True


# Whether a plan carries the arguments a case wants: (wanted arguments, the plan, the track's length).
Match = Callable[[dict[str, Any], Plan, float | None], bool]


def takes_agree(want: dict[str, Any], result: Plan) -> bool:
    """A plan that renders takes the words asked for ('three versions') is right only where the label wants them."""
    return result.takes is None or want.get("takes") == result.takes


def _plan_args_match(want: dict[str, Any], result: Plan, length: float | None) -> bool:
    return takes_agree(want, result) and _args_match(want, {**result.arguments, "takes": result.takes})


def run(
    lang: str,
    text: str,
    length: float | None,
    want: str,
    args: dict[str, Any],
    fields: dict[str, Any],
    match: Match = _plan_args_match,
) -> Outcome:
    """One case through the router. `want` names the tool ("t2a": either text-to-audio endpoint) or
    "ask" / "ask:<kind>" for a question, or "error"."""
    req = Request(
        request=text,
        audio=TRACK if length is not None else None,
        audio_length_s=length,
        source_tags=SOURCE_TAGS if length is not None else None,
        **fields,
    )
    try:
        result: Plan | Question | str = plan(req)
    except InvalidInput as exc:
        result = f"error: {exc}"
    if isinstance(result, str):
        got, right = "error", want == "error"
        return Outcome(lang, text, want, got, right, False, result)
    if isinstance(result, Question):
        right = want == "ask" or want == f"ask:{result.kind}"
        return Outcome(
            lang, text, want, f"ask:{result.kind}", right, False, f"{result.text} {result.fields}", question=result
        )
    tool_ok = result.tool == want or (want == "t2a" and result.tool.startswith("text_to_audio"))
    right = tool_ok and match(args, result, length)
    return Outcome(lang, text, want, result.tool, right, not right, str((result.arguments, result.deliver)))


def score(cases: list[tuple[Any, ...]], match: Match = _plan_args_match) -> Score:
    s = Score()
    for case in cases:
        lang, text, length, want, args = case[:5]
        fields = case[5] if len(case) > 5 else {}
        s.add(run(lang, text, length, want, args, fields, match))
    return s


# The third red-team set's reading of a plan (tests/router_cases_redteam3.py): lyrics compared with
# whitespace collapsed, "vocal_language" as that language's name in the plan's tags, a time relative to
# the end as seconds from the start.
def _collapsed(s: object) -> str:
    return " ".join(str(s or "").split()).lower()


# A tag that names an instrument the request excludes is fine only as the exclusion ("no drums", "sin batería").
_NEGATIONS = ("no ", "not ", "without", "non", "sin ", "sans", "ohne", "senza", "sem ", "без", "не ", "无", "不",
              "没", "なし", "抜き", "없", "बिना", "بدون", "zonder", "bez", "utan", "uten", "uden", "ilman", "nélkül",
              "tanpa", "không", "χωρίς", "בלי", "sense", "siz", "ไม่")  # fmt: skip


def _tags_agree(key: str, words: list[str], tags: str) -> bool:
    """ "tags_has": every word in the tags; "tags_lacks": no tag names the word except as an exclusion."""
    low = _collapsed(tags)
    if key == "tags_has":
        return all(w.lower() in low for w in words)
    items = [t.strip() for t in low.split(",")]
    return not any(w.lower() in t and not any(n in t for n in _NEGATIONS) for w in words for t in items)


def redteam3_matches(want: dict[str, Any], result: Any, length: float | None) -> bool:
    from ace_step_mcp.router.languages import NAMES

    if not takes_agree(want, result):
        return False
    got = {**result.arguments, "takes": result.takes}
    if result.tool in ("text_to_audio", "text_to_audio_v15") and got.get("duration") is None:
        got["duration"] = (
            60  # no length asked for: the endpoint body's default (endpoints.TextToAudioBody), as the plan says
        )
    for key in ("start_time", "end_time"):
        if got.get(f"{key}_relative_to") == "end" and length is not None and isinstance(got.get(key), int | float):
            got[key] = length - float(got[key])
    for key, value in want.items():
        have = got.get(key, result.deliver.get(key))
        if key in ("tags_has", "tags_lacks"):
            if not _tags_agree(key, value, str(got.get("tags") or "")):
                return False
        elif key == "vocal_language":
            if NAMES.get(value, value).lower() not in _collapsed(got.get("tags")):
                return False
        elif key == "lyrics":
            if _collapsed(have) != _collapsed(value):
                return False
        elif isinstance(value, bool):
            if have is not value:
                return False
        elif isinstance(value, int | float):
            if not isinstance(have, int | float) or isinstance(have, bool) or abs(float(have) - float(value)) > 0.01:
                return False
        elif have != value:
            return False
    return True


# -- With the fields a careful agent would fill (issue 25: "the agent is a reader too") ----------------------
# One rule, from the label alone (never per case): what a careful reader is sure of is what the label says.
_MARKER_LINE = re.compile(r"^[ \t]*\[[^\]\n]{1,40}\][ \t]*$", re.MULTILINE)
_OUTPAINT_FIELDS = {"extend_before_duration": "extend_before", "extend_after_duration": "extend_after"}
_DELIVERY_FIELDS = (
    "output_format", "bitrate_kbps", "loudness_lufs", "loop", "fade_in_s", "fade_out_s", "trim_start_s", "trim_end_s"
)  # fmt: skip


def careful_fields(text: str, length: float | None, want: str, args: dict[str, Any]) -> dict[str, Any]:
    """The make_music fields an agent that understood the request fills, derived from its label: for a new
    track the length, instrumental, the lyrics (the label's, else the request's block from its first section
    marker line) and the vocal language the label states; for an inpaint the window in absolute seconds (the
    labels give seconds from the start, 'the last 10 s' of a 180 s track as 170-180); for an outpaint both
    extensions; for any plan the delivery fields (format, loudness, loop, fades) and takes the label names.
    A question or a refusal gets nothing: the agent is not sure of anything there. (`audio` is passed by `run`
    wherever there is a track.)"""
    fields: dict[str, Any] = {}
    if want == "t2a" or want.startswith("text_to_audio"):
        if "duration" in args:
            fields["duration"] = int(args["duration"])
        lyrics = args.get("lyrics")
        if isinstance(lyrics, str) and lyrics.strip().lower() in ("[inst]", "[instrumental]"):
            fields["instrumental"] = True
        elif isinstance(lyrics, str):
            fields["lyrics"] = lyrics
        elif (m := _MARKER_LINE.search(text)) is not None:
            block = text[m.start() :]
            # A 'style: …' line after the lyrics is what the agent reads as the style, not as words to sing.
            cut = re.search(r"(?im)^[ \t]*(?:style|genre|tags|tempo|length|duration)[ \t]*:", block)
            fields["lyrics"] = block[: cut.start() if cut else len(block)].strip()
        if "vocal_language" in args:
            fields["vocal_language"] = args["vocal_language"]
    elif want == "audio_inpaint":
        fields.update({k: float(args[k]) for k in ("start_time", "end_time") if k in args})
    elif want == "audio_outpaint":
        fields.update({name: float(args[k]) for k, name in _OUTPAINT_FIELDS.items() if k in args})
    if want.startswith(("ask", "error")):
        return fields
    # The schema's delivery fields and takes, where the label states them (make_music passes these to the
    # router as `deliverables` and `takes`).
    delivery = {k: args[k] for k in _DELIVERY_FIELDS if k in args}
    if delivery:
        fields["deliverables"] = delivery
    if "takes" in args:
        fields["takes"] = int(args["takes"])
    return fields


def careful_matches(want: dict[str, Any], result: Any, length: float | None) -> bool:
    """One reading of a plan for every labelled set: the third set's (lyrics whitespace-collapsed, the vocal
    language in the tags, a time from the end as seconds from the start) and the second's "sung"."""
    if want.get("sung") and _collapsed(result.arguments.get("lyrics")) in ("[inst]", "[instrumental]"):
        return False
    return redteam3_matches({k: v for k, v in want.items() if k != "sung"}, result, length)


def score_with_fields(cases: list[tuple[Any, ...]]) -> Score:
    """The cases with the careful agent's fields added (a case's own fields, where it has some, win)."""
    s = Score()
    for case in cases:
        lang, text, length, want, args = case[:5]
        fields = {**careful_fields(text, length, want, args), **(case[5] if len(case) > 5 else {})}
        # make_music renders `takes` from its own field, not from the plan: a plan (no question) agrees with it.
        wanted = {k: v for k, v in args.items() if not (k == "takes" and fields.get("takes") == v)}
        s.add(run(lang, text, length, want, wanted, fields, careful_matches))
    return s


def contradicting(fields: dict[str, Any]) -> list[dict[str, Any]]:
    """The careful fields with one of them made to disagree with the words: a length 30 s off, a window edge
    5 s off, an extension 5 s longer, the two extensions swapped, instrumental false."""
    out: list[dict[str, Any]] = []
    for key, value in fields.items():
        if key == "duration":
            out.append({**fields, key: value + 30 if value + 30 <= 240 else value - 30})
        elif key == "start_time" and value >= 5:
            out.append({**fields, key: value - 5})
        elif key == "end_time" or (key in _OUTPAINT_FIELDS.values() and value):
            out.append({**fields, key: value + 5})
        elif key == "instrumental":
            out.append({**fields, key: False})
    before, after = fields.get("extend_before"), fields.get("extend_after")
    if before is not None and after is not None and before != after:
        out.append({**fields, "extend_before": after, "extend_after": before})
    return out


def contradictions(cases: list[tuple[Any, ...]]) -> tuple[int, list[Outcome]]:
    """Every request the words alone plan fully right, with each contradicting set of fields: how many were
    tried, and the plans (no question) that are not the words' right plan. A field the words clearly
    disagree with must be a question; only where the words are unread is the field trusted."""
    tried, silent = 0, []
    for case in cases:
        lang, text, length, want, args = case[:5]
        if len(case) > 5 or not run(lang, text, length, want, args, {}, careful_matches).right:
            continue
        for fields in contradicting(careful_fields(text, length, want, args)):
            tried += 1
            o = run(lang, text, length, want, args, fields, careful_matches)
            if o.question is None and not o.right:
                silent.append(o)
    return tried, silent


# The 12 languages the router had tables for first; the bars differ for them and the other 38.
BIG = frozenset({"de", "en", "es", "fr", "hi", "it", "ja", "ko", "nl", "pt", "ru", "zh"})
SUMMARY_HEAD = f"{'':9} {'n':>5} {'right':>5} {'rate':>7} {'asked':>6} {'SILENT':>7}"


def summary_row(name: str, items: list[Outcome]) -> str:
    """One line of an eval's table: requests, fully right, the rate, questions, silent wrong plans."""
    n = len(items)
    right = sum(o.right for o in items)
    asked = sum(o.question is not None for o in items)
    silent = sum(o.silent_wrong for o in items)
    return f"{name:9} {n:5} {right:5} {right / max(n, 1):7.1%} {asked:6} {silent:7}"


def blind_set_holds(cases: list[tuple[Any, ...]], big12: frozenset[str] | set[str], how: str,
                    floors: dict[str, tuple[float, float]]) -> None:  # fmt: skip
    """A blind red-team set's test, one for all of them: all 50 languages, no silent wrong plan (words only, or
    with the careful agent's fields), every question naming the fields that settle it, and the rates in the 12
    first languages and the other 38 at least the floors measured when the set's fixes landed."""
    s = score(list(cases), redteam3_matches) if how == "words" else score_with_fields(list(cases))
    assert len(s.by_lang) == 50
    for lang in s.by_lang:
        assert [(o.request, o.got, o.detail) for o in s.silent(lang)] == [], lang
    for o in s.outcomes():
        if o.question is not None:
            assert o.question.fields, (o.lang, o.request, o.question.text)
    big = [o.right for lang, items in s.by_lang.items() if lang in big12 for o in items]
    other = [o.right for lang, items in s.by_lang.items() if lang not in big12 for o in items]
    rates = sum(big) / len(big), sum(other) / len(other)
    assert rates[0] >= floors[how][0] and rates[1] >= floors[how][1], rates
