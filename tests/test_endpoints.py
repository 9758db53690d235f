"""Validation speaks one sentence that names the field, the value and the allowed range."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from ace_step_mcp.endpoints import BY_MODEL_ID, BY_TOOL, describe_error, endpoint_for_model, validate_body, wire_dict
from ace_step_mcp.errors import InvalidInput
from ace_step_mcp.surface.tools import MakeMusicArgs, MusicJobArgs, TextToAudioArgs

T2A = BY_TOOL["text_to_audio"]
INPAINT = BY_TOOL["audio_inpaint"]
OUTPAINT = BY_TOOL["audio_outpaint"]


@pytest.mark.parametrize(
    ("endpoint", "body", "message"),
    [
        (T2A, {"tags": "x", "duration": 3}, "`duration` is 3 but must be a whole number from 5 to 240."),
        (T2A, {"tags": "x", "duration": 300}, "`duration` is 300 but must be a whole number from 5 to 240."),
        (T2A, {"tags": "x", "duration": 7.5}, "`duration` is 7.5 but must be a whole number from 5 to 240."),
        (
            T2A,
            {"tags": "x", "duration": True},
            "`duration` is True but must be a whole number from 5 to 240.",
        ),
        (T2A, {"tags": "x", "seed": -2}, "`seed` is -2 but must be a whole number from -1 to 2147483647."),
        (T2A, {"duration": 60}, "`tags` is required; give a non-empty string of at most 2,000 characters."),
        (T2A, {"tags": "   "}, "`tags` is '' but must be a non-empty string of at most 2,000 characters."),
        (
            T2A,
            {"tags": "x", "bpm": 90},
            "`bpm` is not an accepted field; the accepted fields are tags, lyrics, duration, seed.",
        ),
        (
            INPAINT,
            {"audio": "https://a/b.wav", "tags": "x", "start_time_relative_to": "middle"},
            "`start_time_relative_to` is 'middle' but must be one of 'start' or 'end'.",
        ),
        (
            INPAINT,
            {"audio": "https://a/b.wav", "tags": "x", "end_time": float("nan")},
            "`end_time` is nan but must be a number from 0 to 240.",
        ),
        (
            OUTPAINT,
            {"audio": "https://a/b.wav", "tags": "x", "extend_after_duration": 241},
            "`extend_after_duration` is 241 but must be a number from 0 to 240.",
        ),
    ],
)
def test_bad_values_get_one_sentence_naming_field_value_and_range(endpoint, body, message):
    with pytest.raises(InvalidInput) as info:
        validate_body(endpoint, body)
    assert str(info.value) == message
    assert info.value.exit_code == 65


def test_defaults_are_filled_so_the_ledger_records_exactly_what_ran():
    assert wire_dict(validate_body(T2A, {"tags": " lo-fi "})) == {"tags": "lo-fi", "duration": 60, "seed": -1}
    body = wire_dict(validate_body(INPAINT, {"audio": "https://a/b.wav", "tags": "x"}))
    assert body["start_time"] == 0 and body["end_time"] == 30 and body["end_time_relative_to"] == "start"


def test_numbers_sent_as_strings_are_accepted():
    assert validate_body(T2A, {"tags": "x", "duration": "90"}).duration == 90


def test_prices_and_estimates_follow_the_seed():
    assert BY_MODEL_ID["acestep-ai/ace-step/text-to-audio"].estimate_usd(validate_body(T2A, {"tags": "x"})) == 0.012
    v15 = BY_TOOL["text_to_audio_v15"]
    assert v15.estimate_usd(validate_body(v15, {"tags": "x", "duration": 240})) == pytest.approx(0.072)
    body = validate_body(
        OUTPAINT,
        {"audio": "https://a", "tags": "x", "extend_before_duration": 30, "extend_after_duration": 60},
    )
    assert OUTPAINT.estimate_usd(body) == pytest.approx(0.018)


def test_unknown_model_names_the_known_ones():
    with pytest.raises(InvalidInput, match="acestep-ai/ace-step/text-to-audio"):
        endpoint_for_model("acme/other")


@pytest.mark.parametrize(
    ("model", "args", "message"),
    [
        (
            MakeMusicArgs,
            {"request": "x", "quality": "best"},
            "`quality` is 'best' but must be one of 'draft' or 'polished'.",
        ),
        (
            MusicJobArgs,
            {"action": "explode"},
            "`action` is 'explode' but must be one of 'status', 'wait', 'result', 'cancel' or 'list'.",
        ),
        (
            MakeMusicArgs,
            {"request": "x", "duration": "long"},
            "`duration` is 'long' but must be a whole number from 5 to 3600.",
        ),
        (
            TextToAudioArgs,
            {"tags": "x", "duration": [60]},
            "`duration` is [60] but must be a whole number from 5 to 240.",
        ),
        (TextToAudioArgs, {"tags": "x", "embed_audio": "maybe"}, "`embed_audio` is 'maybe' but must be true or false."),
        (MakeMusicArgs, {"request": "x", "audio": 7}, "`audio` is 7 but must be a string."),
    ],
)
def test_every_message_comes_from_the_fields_own_schema(model, args, message):
    with pytest.raises(ValidationError) as info:
        model.model_validate(args)
    assert describe_error(model, info.value) == message
