import httpx2
import pytest

from tests.helpers import http_server
from tests.test_people import _client, _key

pytestmark = pytest.mark.anyio


async def test_play_probe(tmp_path, emulator):
    ann_key, bob_key = await _key(tmp_path, emulator, "ann"), await _key(tmp_path, emulator, "bob")
    async with http_server(tmp_path, emulator, "streamable-http", ACE_STEP_MCP_WAIT_S="30") as port:
        url = f"http://127.0.0.1:{port}/mcp"
        async with httpx2.AsyncClient(timeout=60) as http, _client(url, ann_key, http) as ann:
            made = await ann.call_tool("text_to_audio", {"tags": "x", "duration": 5})
            tid = made.structured_content["track_id"]
            r = await ann.call_tool("play_track", {"track": tid})
            print("ANN play", r.is_error, str(r.content[0].text)[:150])
        async with httpx2.AsyncClient(timeout=60) as http, _client(url, bob_key, http) as bob:
            for args in ({"track": tid}, {"track": f"music://tracks/{tid}"}):
                r = await bob.call_tool("play_track", args)
                print("BOB play", args, r.is_error, str(r.content[0].text)[:150])
            pv = await http.get(f"http://127.0.0.1:{port}/tracks/{tid}/preview")
            print("BOB preview", pv.status_code)
            prev = tmp_path / "home" / "previews" / f"{tid}.mp3"
            print("preview file exists", prev.exists())
            if prev.exists():
                r = await bob.call_tool("audio_outpaint", {"audio": str(prev), "tags": "x", "extend_after_duration": 5})
                print("BOB outpaint of Ann's preview path", r.is_error, str(r.content[0].text)[:150])
