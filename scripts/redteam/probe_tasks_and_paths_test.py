import httpx2
import pytest

from tests.helpers import create_task, http_server
from tests.test_people import _client, _key

pytestmark = pytest.mark.anyio


async def test_tasks_probe(tmp_path, emulator):
    ann_key, bob_key = await _key(tmp_path, emulator, "ann"), await _key(tmp_path, emulator, "bob")
    async with http_server(tmp_path, emulator, "streamable-http", ACE_STEP_MCP_WAIT_S="30") as port:
        url = f"http://127.0.0.1:{port}/mcp"
        async with httpx2.AsyncClient(timeout=60) as http, _client(url, ann_key, http) as ann:
            created = await create_task(ann.session, "text_to_audio", {"tags": "x", "duration": 5})
            tid = created["task"]["taskId"]
            print("ANN task", tid)
        async with httpx2.AsyncClient(timeout=60) as http, _client(url, bob_key, http) as bob:
            s = bob.session
            for m, p in (
                ("tasks/get", {"taskId": tid}),
                ("tasks/result", {"taskId": tid}),
                ("tasks/cancel", {"taskId": tid}),
                ("tasks/list", {}),
            ):
                try:
                    r = await s._dispatcher.send_raw_request(m, p, None)
                    print("BOB", m, str(r)[:300])
                except Exception as exc:
                    print("BOB", m, "ERR", str(exc)[:200])
            try:
                r = await s._dispatcher.send_raw_request(
                    "completion/complete",
                    {
                        "ref": {"type": "ref/resource", "uri": "music://tracks/{track_id}"},
                        "argument": {"name": "track_id", "value": "trk_"},
                    },
                    None,
                )
                print("BOB completion", str(r)[:300])
            except Exception as exc:
                print("BOB completion ERR", str(exc)[:200])
            rt = await bob.list_resource_templates()
            print("TEMPLATES", [t.uri_template for t in rt.resource_templates])
        async with httpx2.AsyncClient(timeout=10) as http:
            for p in (
                "/.well-known/oauth-protected-resource/../mcp",
                "/.well-known/oauth-protected-resource%2F..%2Fmcp",
                "//mcp",
                "/mcp/",
                "/tracks/x/preview",
            ):
                r = await http.post(
                    f"http://127.0.0.1:{port}{p}",
                    json={"jsonrpc": "2.0", "id": 1, "method": "ping"},
                    headers={"Accept": "application/json, text/event-stream"},
                )
                print("NOAUTH", p, r.status_code, r.text[:80])
