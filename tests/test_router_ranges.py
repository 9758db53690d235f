"""Windows read by structure (router/ranges.py): two times joined by a range connector of the language."""

from __future__ import annotations

import pytest

from ace_step_mcp.router import Plan, Request, plan
from ace_step_mcp.router.ranges import windows

TRACK = "trk_0123456789ab"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("replace entre 30 s y 45 s", "0:30-0:45"),
        ("replace zwischen 30 s und 45", "0:30-0:45"),
        ("replace de 1m05 à 1m20", "1:05-1:20"),
        ("replace del min 1 al min 2", "1:00-2:00"),
        ("replace 第 40 s 到第 55 s", "0:40-0:55"),
        ("replace 40 s 에서 55 s 까지", "0:40-0:55"),
        ("replace 20 s から 35 s まで", "0:20-0:35"),
        ("replace mellan 30 s och 45 s", "0:30-0:45"),
        ("replace van 30 tot 45 s", "0:30-0:45"),
        ("replace 0:20 ile 0:35 arasını", "0:20-0:35"),
        ("replace с 1:10 до 1:25", "1:10-1:25"),
        ("replace 20 s से 35 s तक", "0:20-0:35"),
    ],
)
def test_a_window_in_words_becomes_mss(text: str, want: str) -> None:
    out = windows(text)
    assert want in out, out


@pytest.mark.parametrize(
    "text",
    [
        "add 10 s y 20 s",  # 'and' with no 'between': two amounts, not a window
        "replace entre 45 s y 30 s",  # backwards: left for the planner to ask about
        "replace entre 30 y 45",  # no unit on either side: not read here
        "replace 1 min to make 30 s",  # words between that are not a connector
    ],
)
def test_what_is_not_a_window_is_left_alone(text: str) -> None:
    assert windows(text) == text


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("cambia la parte entre 30s y 45s", 30, 45),
        ("régénère entre 40 et 55 secondes", 40, 55),
        ("regenera del minuto 1 al minuto 2", 60, 120),
        ("重做第40秒到第55秒", 40, 55),
        ("40초에서 55초 구간 바꿔줘", 40, 55),
    ],
)
def test_an_edit_with_a_window_in_words_is_planned(text: str, start: int, end: int) -> None:
    got = plan(Request(request=text, audio=TRACK, audio_length_s=150.0, source_tags="pop"))
    assert isinstance(got, Plan) and got.tool == "audio_inpaint", got
    assert (got.arguments["start_time"], got.arguments["end_time"]) == (start, end)


def test_a_bound_on_a_new_piece_is_not_a_window() -> None:
    got = plan(Request(request="a lofi song between 30 and 45 seconds long"))
    assert not isinstance(got, Plan), got


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("add 10 s at the start and the end", 10),
        ("put 8 seconds on both ends of it", 8),
        ("füge am Anfang und am Ende je 6 Sekunden hinzu", 6),
        ("добавь по 5 секунд в начало и в конец", 5),
        ("在开头和结尾各加10秒", 10),
        ("前后各加5秒", 5),
        ("ajoute 12 secondes au début et à la fin", 12),
        ("voeg 10 seconden toe aan het begin en aan het einde", 10),
        ("曲の最初と最後に10秒ずつ追加して", 10),
        ("앞뒤로 10초씩 추가해줘", 10),
        ("dodaj po 10 sekund na początku i na końcu", 10),
        ("thêm 10 giây ở đầu và ở cuối", 10),
        # 'on each side' (after-only on main: a silent wrong plan, paid)
        ("extend by a minute on each side", 60),
        ("add 10 s on either side", 10),
        ("10 seconds each way", 10),
        ("alarga 10 segundos por cada lado", 10),
        ("verlängere um 10 Sekunden auf jeder Seite", 10),
        ("добавь по 10 секунд с каждой стороны", 10),
        ("allunga di 10 secondi su ogni lato", 10),
    ],
)
def test_one_amount_at_both_ends_extends_both_sides(text: str, amount: int) -> None:
    got = plan(Request(request=text, audio=TRACK, audio_length_s=120.0, source_tags="pop"))
    assert isinstance(got, Plan) and got.tool == "audio_outpaint", got
    assert got.arguments["extend_before_duration"] == amount
    assert got.arguments["extend_after_duration"] == amount


def test_two_amounts_at_two_ends_keep_their_own_sides() -> None:
    got = plan(
        Request(
            request="rallonge de 30 s à la fin, et 10 s au début", audio=TRACK, audio_length_s=120.0, source_tags="pop"
        )
    )
    assert isinstance(got, Plan), got
    assert (got.arguments["extend_before_duration"], got.arguments["extend_after_duration"]) == (10, 30)


def test_both_ends_with_two_amounts_is_not_one_amount_twice() -> None:
    got = plan(
        Request(
            request="add 10 s at the start and 20 s at the end", audio=TRACK, audio_length_s=120.0, source_tags="pop"
        )
    )
    assert isinstance(got, Plan), got
    assert (got.arguments["extend_before_duration"], got.arguments["extend_after_duration"]) == (10, 20)


@pytest.mark.parametrize(
    "text",
    [
        "extend 10 s but keep the start and the end as they are",
        "add 10 seconds, the start and the end are fine",
    ],
)
def test_side_words_outside_the_amounts_clause_are_not_both_ends(text: str) -> None:
    got = plan(Request(request=text, audio=TRACK, audio_length_s=120.0, source_tags="pop"))
    assert not (
        isinstance(got, Plan)
        and got.arguments.get("extend_before_duration")
        and got.arguments.get("extend_after_duration")
    ), got


def test_a_window_between_two_times_with_articles() -> None:
    got = plan(
        Request(
            request="regenera entre el minuto 1 y el minuto 2", audio=TRACK, audio_length_s=150.0, source_tags="pop"
        )
    )
    assert isinstance(got, Plan), got
    assert (got.arguments["start_time"], got.arguments["end_time"]) == (60, 120)


@pytest.mark.parametrize(
    "text",
    ["add 5 s before the chorus", "ajoute 5 s avant le refrain", "agrega 10 segundos después del coro"],
)
def test_music_next_to_a_section_is_not_an_extension(text: str) -> None:
    got = plan(Request(request=text, audio=TRACK, audio_length_s=120.0, source_tags="pop"))
    assert not isinstance(got, Plan), got
    assert "extend_before" in got.fields and "start_time" in got.fields


@pytest.mark.parametrize(
    "text",
    ["ajoute 5 s avant et 5 s après", "añade 10 segundos antes y 10 después", "füge 5 Sekunden davor und 5 danach"],
)
def test_before_and_after_as_adverbs_are_the_two_ends(text: str) -> None:
    got = plan(Request(request=text, audio=TRACK, audio_length_s=120.0, source_tags="pop"))
    assert isinstance(got, Plan) and got.tool == "audio_outpaint", got
    assert got.arguments["extend_before_duration"] == got.arguments["extend_after_duration"] > 0


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        ("hänge vorne 5 und hinten 10 Sekunden an", 5, 10),
        ("añade 5 al principio y 10 segundos al final", 5, 10),
        ("add 5 at the start and 10 s at the end", 5, 10),
    ],
)
def test_two_amounts_with_one_unit_written_on_the_second(text: str, before: int, after: int) -> None:
    got = plan(Request(request=text, audio=TRACK, audio_length_s=120.0, source_tags="pop"))
    assert isinstance(got, Plan) and got.tool == "audio_outpaint", got
    assert (got.arguments["extend_before_duration"], got.arguments["extend_after_duration"]) == (before, after)


def test_cutting_at_both_ends_is_never_an_extension() -> None:
    got = plan(Request(request="schneide vorne 5 und hinten 10 Sekunden ab", audio=TRACK, audio_length_s=120.0))
    assert not (isinstance(got, Plan) and got.tool == "audio_outpaint"), got


@pytest.mark.parametrize(
    "text", ["change the length from 2 min to 3 min", "cambia la duración de 2 minutos a 3 minutos"]
)
def test_two_times_about_the_length_are_not_a_window(text: str) -> None:
    got = plan(Request(request=text, audio=TRACK, audio_length_s=200.0, source_tags="pop"))
    assert not (isinstance(got, Plan) and got.tool == "audio_inpaint"), got


@pytest.mark.parametrize(
    "text",
    ["add 5 and 10 seconds of piano", "add 5 s and 10 s of piano", "add piano at 5 and 10 seconds"],
)
def test_two_amounts_joined_by_a_bare_and_are_asked_about_never_a_window(text: str) -> None:
    """Before: 'add 5 and 10 seconds of piano' to a track was planned as the window 5-10 s (a paid
    inpaint of what the person did not ask for); 'and' makes a window only after 'between'."""
    got = plan(Request(request=text, audio=TRACK, audio_length_s=60.0))
    assert not isinstance(got, Plan), got
    assert got.fields, got


def test_between_and_is_still_a_window() -> None:
    got = plan(Request(request="replace between 5 and 10 seconds with a piano", audio=TRACK, audio_length_s=60.0))
    assert isinstance(got, Plan) and (got.arguments["start_time"], got.arguments["end_time"]) == (5.0, 10.0)


@pytest.mark.parametrize(
    ("text", "fmt", "kbps"),
    [
        ("export as mp3 320", "mp3", 320),
        ("mp3 at 320kbps please", "mp3", 320),
        ("give me a 128 kbps mp3", "mp3", 128),
        ("export as ogg 96k", "ogg", 96),
    ],
)
def test_a_bitrate_in_words_is_read_never_dropped(text: str, fmt: str, kbps: int) -> None:
    """'mp3 at 320kbps' was a plan at the default bitrate (the number unread and unflagged)."""
    got = plan(Request(request=text, audio=TRACK, audio_length_s=120.0, source_tags="pop"))
    assert isinstance(got, Plan) and got.tool == "process_track", got
    assert got.arguments["output_format"] == fmt and got.arguments["bitrate_kbps"] == kbps


def test_a_bitrate_out_of_range_is_one_sentence_naming_the_field() -> None:
    from ace_step_mcp.errors import InvalidInput

    with pytest.raises(InvalidInput, match=r"400 kbps; bitrate_kbps must be 32-320"):
        plan(Request(request="export as mp3 at 400 kbps", audio=TRACK, audio_length_s=120.0))


@pytest.mark.parametrize("text", ["a song for my 100k subscribers, 2 min pop", "export the mp3 at 10 seconds in"])
def test_what_only_looks_like_a_bitrate_is_not_one(text: str) -> None:
    got = plan(Request(request=text, audio=TRACK if "export" in text else None,
                       audio_length_s=120.0 if "export" in text else None))  # fmt: skip
    assert not (isinstance(got, Plan) and "bitrate_kbps" in got.arguments), got


def test_two_windows_at_two_places_are_asked_about_never_one_of_them() -> None:
    """'the first 10 s and the last 10 s' was a paid inpaint of the last 10 s only (the second '10 seconds'
    passed the audit as the window's own length)."""
    got = plan(Request(request="replace the first 10 seconds and the last 10 seconds", audio=TRACK,
                       audio_length_s=120.0, source_tags="pop"))  # fmt: skip
    assert not isinstance(got, Plan) and got.fields == ("start_time", "end_time"), got
    assert "first 10 seconds" in got.text and "last 10 seconds" in got.text


@pytest.mark.parametrize("text", ["regenerate from 1:30 to the end", "regenerate from 1:30 until the end"])
def test_one_window_read_by_two_patterns_is_still_one_window(text: str) -> None:
    got = plan(Request(request=text, audio=TRACK, audio_length_s=120.0, source_tags="pop"))
    assert isinstance(got, Plan) and got.arguments["start_time"] == 90 and got.arguments["end_time"] == 0, got


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("ballad, 2½ minutes", 150), ("ballad, ½ minute", 30), ("jazz, 1¾ min", 105), ("jazz ٢½ دقيقة", 150)],
)
def test_a_vulgar_fraction_is_part_of_its_number(text: str, seconds: int) -> None:
    """NFKC turns '2½' into '21⁄2': it was read as '21' and asked about."""
    got = plan(Request(request=text))
    assert isinstance(got, Plan) and got.arguments["duration"] == seconds, got


@pytest.mark.parametrize(
    ("text", "seconds"), [("length=2m, jazz", 120), ("duration: 1.5 min, jazz", 90), ("duration: 90. jazz", 90)]
)
def test_a_field_written_in_the_words_keeps_its_unit(text: str, seconds: int) -> None:
    """'length=2m' was the field duration=2, refused as under 5 s."""
    got = plan(Request(request=text))
    assert isinstance(got, Plan) and got.arguments["duration"] == seconds, got
