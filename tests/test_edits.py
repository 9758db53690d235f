"""Inpaint keeps every sample outside its window bit-exact; outpaint keeps the original bit-exact.

Checked on random audio (any rate, mono or stereo) through the emulator's own decode and edit
code, and once end to end over HTTP with a FLAC input sent as a data URI.
"""

from __future__ import annotations

import base64
import io

import numpy as np
import pytest
import soundfile
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ace_step_mcp.backends.runcomfy import ModelApiClient
from ace_step_mcp.emulator import edit
from ace_step_mcp.emulator.render import Recipe, bpm_from_tags, render
from tests.helpers import TOKEN

RATES = st.sampled_from([8_000, 22_050, 44_100, 48_000])


@st.composite
def tracks(draw):
    rate = draw(RATES)
    channels = draw(st.integers(1, 2))
    frames = draw(st.integers(rate // 2, rate * 3))
    seed = draw(st.integers(0, 2**32 - 1))
    samples = np.random.default_rng(seed).integers(-32768, 32767, size=(frames, channels), dtype=np.int16)
    return edit.Decoded(samples, rate)


def wav_bytes(audio: edit.Decoded, fmt: str = "WAV") -> bytes:
    buf = io.BytesIO()
    soundfile.write(buf, audio.samples, audio.rate, format=fmt, subtype="PCM_16")
    return buf.getvalue()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(src=tracks(), a=st.floats(0, 1), b=st.floats(0, 1), fmt=st.sampled_from(["WAV", "FLAC"]))
def test_inpaint_keeps_every_sample_outside_the_window_bit_exact(src, a, b, fmt):
    decoded = edit.decode(wav_bytes(src, fmt))
    assert np.array_equal(decoded.samples, src.samples)  # lossless formats decode to the same samples
    start, end = sorted((a * decoded.seconds, b * decoded.seconds))
    if round(end * decoded.rate) <= round(start * decoded.rate):
        end = min(decoded.seconds, start + 0.05)
    out = edit.inpaint(decoded, Recipe.from_prompt("piano", None, 1), start, end)
    i, j = round(start * decoded.rate), round(end * decoded.rate)
    assert out.samples.shape == decoded.samples.shape
    assert np.array_equal(out.samples[:i], decoded.samples[:i])
    assert np.array_equal(out.samples[j:], decoded.samples[j:])
    if j - i > decoded.rate // 10:
        assert not np.array_equal(out.samples[i:j], decoded.samples[i:j])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(src=tracks(), before=st.floats(0, 3), after=st.floats(0, 3))
def test_outpaint_keeps_the_original_bit_exact(src, before, after):
    out = edit.outpaint(src, Recipe.from_prompt("strings", None, 2), before, after)
    n_before = round(before * src.rate)
    n_after = round(after * src.rate)
    assert len(out.samples) == n_before + len(src.samples) + n_after
    assert np.array_equal(out.samples[n_before : n_before + len(src.samples)], src.samples)


def test_render_is_deterministic_and_tags_change_the_sound():
    a = render(Recipe.from_prompt("lo-fi, 80 BPM", None, 7), 48_000)
    b = render(Recipe.from_prompt("lo-fi, 80 BPM", None, 7), 48_000)
    c = render(Recipe.from_prompt("techno, 140 BPM", None, 7), 48_000)
    assert np.array_equal(a, b)
    assert not np.array_equal(a, c)
    assert a.shape == (48_000, 2) and a.dtype == np.int16
    assert np.abs(a).max() > 1000  # audible, not silence


def test_bpm_in_tags_sets_the_pulse():
    assert bpm_from_tags("lo-fi, 75 BPM") == 75
    assert Recipe.from_prompt("house, 124 bpm", None, 1).bpm == 124
    assert bpm_from_tags("no tempo here") is None


@pytest.mark.anyio
async def test_inpaint_over_http_with_a_flac_data_uri_keeps_the_outside_bit_exact(emulator, control, tmp_path):
    await control.config(edit_mode="exact")  # the idealised service; the default re-synthesises like RunComfy
    src = edit.Decoded(np.random.default_rng(5).integers(-20000, 20000, size=(48_000 * 6, 2), dtype=np.int16), 48_000)
    uri = "data:audio/flac;base64," + base64.b64encode(wav_bytes(src, "FLAC")).decode()
    async with ModelApiClient(emulator.base_url, TOKEN) as c:
        sub = await c.submit(
            "acestep-ai/ace-step/audio-inpaint",
            {"audio": uri, "tags": "piano", "start_time": 2, "end_time": 1, "end_time_relative_to": "end"},
        )
        res = await c.wait(sub.request_id)
        got = await c.download(res.audio_url, tmp_path, "x")
    out, rate = soundfile.read(str(got.path), dtype="int16", always_2d=True)
    assert rate == 48_000 and len(out) == len(src.samples)
    assert np.array_equal(out[: 2 * rate], src.samples[: 2 * rate])
    assert np.array_equal(out[5 * rate :], src.samples[5 * rate :])
    assert res.cost_usd == pytest.approx(3 * 0.0002)
