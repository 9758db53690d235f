"""Audio truth at the door (issue 26): sources that are not sound are refused in one sentence naming
`audio`, before anything is paid. Before the fix NaN samples and 10 channels answered "failed inside
ace-step-mcp ... try again", and infinite samples were spliced in as sound."""

from __future__ import annotations

import base64
import io

import numpy as np
import pytest
import soundfile

from tests.helpers import mcp_client

pytestmark = pytest.mark.anyio


def _data_uri(samples: np.ndarray, subtype: str) -> str:
    buf = io.BytesIO()
    soundfile.write(buf, samples, 48_000, subtype=subtype, format="WAV")
    return "data:audio/wav;base64," + base64.b64encode(buf.getvalue()).decode()


@pytest.mark.parametrize(
    ("label", "samples", "subtype", "said"),
    [
        ("nan", np.full((48_000 * 8, 2), np.nan, dtype=np.float32), "FLOAT", "not numbers (NaN or infinity)"),
        ("inf", np.full((48_000 * 8, 2), np.inf, dtype=np.float32), "FLOAT", "not numbers (NaN or infinity)"),
        ("one nan", np.insert(np.zeros((48_000 * 8 - 1, 2)), 300_000, np.nan, axis=0), "DOUBLE", "not numbers"),
        (
            "10 channels",
            np.zeros((48_000 * 8, 10), dtype=np.int16),
            "PCM_16",
            "has 10 channels, but an edit takes 1 to 8",
        ),
    ],
)
async def test_a_source_that_is_not_sound_is_refused_in_one_sentence_naming_audio(
    tmp_path, emulator, control, label, samples, subtype, said
):
    async with mcp_client(tmp_path, emulator) as client:
        result = await client.call_tool(
            "audio_inpaint", {"audio": _data_uri(samples, subtype), "tags": "x", "start_time": 2, "end_time": 4}
        )
    assert result.is_error
    text = result.content[0].text
    assert text.startswith("`audio` ") and said in text, text
    assert "failed inside" not in text
    assert (await control.submits())["total"] == 0
