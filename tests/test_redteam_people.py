"""Red team of issue 30 (people): paths that reach another person's tracks or lock people out on a
server for several people. Each test here failed on the code it was written against (main 7ce9faf)."""

from __future__ import annotations

import io
import json

import anyio
import httpx2
import numpy as np
import pytest
import soundfile

from tests.helpers import Issuer, http_server, people_client, person_key

pytestmark = [pytest.mark.anyio, pytest.mark.e2e]


async def _anns_track(url: str, ann_key: str) -> tuple[str, str]:
    """Ann makes a track; its id and the file path its info names (as Ann sees it)."""
    async with httpx2.AsyncClient(timeout=60) as http, people_client(url, ann_key, http) as ann:
        made = await ann.call_tool("text_to_audio", {"tags": "ann's private song", "duration": 5, "seed": 7})
        assert not made.is_error, made.content
        track_id = made.structured_content["track_id"]
        info = json.loads((await ann.read_resource(f"music://tracks/{track_id}/info")).contents[0].text)
        return track_id, info["path"]


async def test_another_persons_track_file_cannot_be_edited_by_its_path(tmp_path, emulator):
    """Bob names Ann's track by its file path (data dir/tracks/<id>.wav: predictable from the id) instead
    of its id: the id is refused as not found, the path is read, and Bob's inpaint hands him Ann's audio
    bit for bit outside the window. The data dir is an allowed root for every person
    (`audio/refs.py::operator_roots`), and the person filter lives only in the ledger."""
    ann_key, bob_key = await person_key(tmp_path, emulator, "ann"), await person_key(tmp_path, emulator, "bob")
    async with http_server(tmp_path, emulator, "streamable-http", ACE_STEP_MCP_WAIT_S="30") as port:
        url = f"http://127.0.0.1:{port}/mcp"
        track_id, path = await _anns_track(url, ann_key)
        assert path.endswith(f"/tracks/{track_id}.wav")
        async with httpx2.AsyncClient(timeout=60) as http, people_client(url, bob_key, http) as bob:
            by_id = await bob.call_tool(
                "audio_inpaint", {"audio": track_id, "tags": "x", "start_time": 1, "end_time": 2}
            )
            assert by_id.is_error  # the id: not found, as designed
            results = {}
            for ref in (path, f"file://{path}"):
                results[ref] = await bob.call_tool(
                    "audio_inpaint", {"audio": ref, "tags": "x", "start_time": 1, "end_time": 2}
                )
            leaked = {ref: r.structured_content.get("track_id") for ref, r in results.items() if not r.is_error}
            same_head = None
            if leaked:  # what Bob got: Ann's samples outside the window
                got = await http.get(
                    f"http://127.0.0.1:{port}/tracks/{next(iter(leaked.values()))}",
                    headers={"Authorization": f"Bearer {bob_key}"},
                )
                anns, _ = soundfile.read(path, dtype="int16", always_2d=True)
                bobs, rate = soundfile.read(io.BytesIO(got.content), dtype="int16", always_2d=True)
                same_head = np.array_equal(anns[: rate // 2], bobs[: rate // 2])
    assert not leaked, f"Bob edited Ann's track by its path ({leaked}); first 0.5 s identical to Ann's: {same_head}"


async def test_bad_keys_from_one_address_do_not_lock_out_the_valid_keys_there(tmp_path, emulator):
    """Anyone (no credential needed) who sends 20 bad keys locks out every valid key from the same
    address for a minute: `surface/httpauth.py::PeopleGuard` checks the failure count before it checks
    the credential. Behind the proxy docs/deploy.md prescribes, every person shares the proxy's address,
    so one stranger keeps the whole team out (a repeating 20 requests a minute)."""
    ann_key = await person_key(tmp_path, emulator, "ann")
    async with http_server(tmp_path, emulator, "streamable-http") as port:
        url = f"http://127.0.0.1:{port}/mcp"
        ping = {"jsonrpc": "2.0", "id": 1, "method": "ping"}
        headers = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}
        async with httpx2.AsyncClient(timeout=30) as http:
            before = await http.post(url, json=ping, headers={**headers, "Authorization": f"Bearer {ann_key}"})
            for i in range(21):
                await http.post(url, json=ping, headers={**headers, "Authorization": f"Bearer asm_guess{i}"})
            after = await http.post(url, json=ping, headers={**headers, "Authorization": f"Bearer {ann_key}"})
            track = await http.get(f"http://127.0.0.1:{port}/tracks/trk_000000000000",
                                   headers={"Authorization": f"Bearer {ann_key}"})  # fmt: skip
    assert before.status_code == 200
    assert after.status_code == 200, f"Ann's valid key answered {after.status_code} after a stranger's bad keys"
    assert track.status_code == 404


async def test_an_issuer_whose_iss_ends_in_a_slash_is_accepted(tmp_path, emulator):
    """Auth0 (one of the servers docs/people.md names) issues `iss: https://TENANT.auth0.com/` with the
    slash. `surface/oauth.py::OAuthVerifier` strips it from ACE_STEP_MCP_OAUTH_ISSUER and then compares
    `iss` exactly, so every valid token from such an issuer is refused with 401."""
    issuer = Issuer()
    async with anyio.create_task_group() as tg:
        await tg.start(issuer.serve)
        await anyio.sleep(0.3)
        slashed = f"{issuer.url}/"
        env = {"ACE_STEP_MCP_OAUTH_ISSUER": slashed}
        async with http_server(tmp_path, emulator, "streamable-http", **env) as port:
            public = f"http://127.0.0.1:{port}/mcp"
            token = issuer.token(aud=public, iss=slashed)
            async with httpx2.AsyncClient(timeout=30) as http:
                answered = await http.post(
                    public,
                    json={"jsonrpc": "2.0", "id": 1, "method": "ping"},
                    headers={"Accept": "application/json, text/event-stream", "Authorization": f"Bearer {token}"},
                )
        tg.cancel_scope.cancel()
    assert answered.status_code == 200, answered.text


async def test_a_token_with_an_empty_subject_acts_for_nobody():
    """`sub: ""` passes PyJWT's `require` (present, a string), so `surface/oauth.py::OAuthVerifier.person_of`
    answers the person `ISSUER|`: every such token (a misconfigured client, a provider's machine
    token) shares one person's tracks, jobs and spend."""
    import time

    import jwt

    from ace_step_mcp.surface.oauth import OAuthVerifier

    issuer = Issuer()
    async with anyio.create_task_group() as tg:
        await tg.start(issuer.serve)
        await anyio.sleep(0.3)
        aud = "http://127.0.0.1:9/mcp"
        now = int(time.time())
        claims = {"iss": issuer.url, "sub": "", "aud": aud, "iat": now, "exp": now + 300}
        token = jwt.encode(claims, issuer.key, algorithm="RS256", headers={"kid": "k1"})
        person = await OAuthVerifier(issuer.url, aud).person_of(token)
        tg.cancel_scope.cancel()
    assert person is None, person


async def test_a_peer_cannot_dodge_the_bad_key_count_with_x_forwarded_for(tmp_path, emulator):
    """uvicorn's proxy headers are on by default and trust 127.0.0.1 (`surface/transport.py::_serve_http`
    leaves them so): a peer on loopback, or any client behind a same-host proxy that passes its
    X-Forwarded-For through, picks the address its bad keys are counted against, so the 20-a-minute
    limit never applies, and each made-up address is kept in `PeopleGuard._failures` for good."""
    await person_key(tmp_path, emulator, "ann")
    async with http_server(tmp_path, emulator, "streamable-http") as port:
        url = f"http://127.0.0.1:{port}/mcp"
        ping = {"jsonrpc": "2.0", "id": 1, "method": "ping"}
        async with httpx2.AsyncClient(timeout=30) as http:
            statuses = [
                (
                    await http.post(
                        url,
                        json=ping,
                        headers={"Authorization": f"Bearer asm_guess{i}", "X-Forwarded-For": f"203.0.113.{i}"},
                    )
                ).status_code
                for i in range(30)
            ]
    assert 429 in statuses, f"30 bad keys in a row, none limited: {sorted(set(statuses))}"
