"""People (issue 30): on a server for several people each person's tracks, jobs, spend, confirmation
codes and plans are theirs alone. Every ledger scopes by the person a request acts for; over HTTP an
API key says who that is. Another person's ids read as not found."""

from __future__ import annotations

import hashlib
import re

import httpx2
import pytest

from ace_step_mcp.errors import SpendRefused
from ace_step_mcp.ports.values import PERSON, JobChange, JobState, NewJob, Track
from ace_step_mcp.settings import SpendCaps
from tests.helpers import Issuer, http_server, people_client, person_key, run_cli
from tests.portkit import LEDGERS, open_ledger

pytestmark = pytest.mark.anyio


def _job(job_id: str, usd: float = 0.004) -> NewJob:
    return NewJob(job_id=job_id, tool="text_to_audio", model_id="m", body={}, body_hash=f"h-{job_id}", estimate_usd=usd)


def _track(track_id: str, job_id: str | None, parent: str | None = None) -> Track:
    return Track(
        track_id=track_id, job_id=job_id, created_at=1.0, path=f"/x/{track_id}.wav", format="wav", sample_rate=48000,
        channels=2, duration_s=5.0, size=10, sha256="0", source_url=None, source_url_at=None, tool="text_to_audio",
        model_id="m", request_id=None, seed=None, cost_usd=0.004, parent_track_id=parent, edit=None, params=None,
        offline=False,
    )  # fmt: skip


class As:
    """Act as a person for the block (None: the operator, or a one-person server)."""

    def __init__(self, person: str | None) -> None:
        self.person = person

    def __enter__(self) -> None:
        self.token = PERSON.set(self.person)

    def __exit__(self, *exc: object) -> None:
        PERSON.reset(self.token)


@pytest.mark.parametrize("kind", LEDGERS)
async def test_every_ledger_keeps_a_persons_rows_to_them(kind, tmp_path):
    async with open_ledger(kind, tmp_path) as ledger:
        with As("key:ann"):
            await ledger.open_jobs([_job("job_ann")], SpendCaps(), offline=False)
            await ledger.issue_code("code-ann", "binding", expires_at=4e9)
            assert await ledger.save_plan("pln_ann", "plan-key", {"steps": 3}, version=0)
        # The reclaim pass (no person) records the job's track: it is still Ann's.
        await ledger.update_job("job_ann", JobChange(state=JobState.SUBMITTED, request_id="r1"))
        await ledger.add_track(_track("trk_ann", "job_ann"))
        with As("key:ann"):
            await ledger.add_track(_track("trk_ann_edit", None, parent="trk_ann"))  # a deliverable she made
        with As("key:bob"):
            assert await ledger.job("job_ann") is None
            assert await ledger.jobs(limit=10) == []
            assert await ledger.track("trk_ann") is None and await ledger.tracks() == []
            assert await ledger.children(["trk_ann"]) == []
            assert await ledger.recent_duplicate("h-job_ann", since=0) is None
            assert await ledger.spent() == 0 and await ledger.spend_by_day() == []
            assert await ledger.plan("pln_ann") is None and await ledger.plan_for_key("plan-key", 0) is None
            assert not await ledger.save_plan("pln_ann", "plan-key", {"steps": 1}, version=1)
            assert await ledger.delete_track("trk_ann") is None
            assert await ledger.redeem_code("code-ann", "binding", now=1.0) is False  # and it is spent
        with As("key:ann"):
            assert (await ledger.job("job_ann")).person == "key:ann"
            assert {t.track_id for t in await ledger.tracks()} == {"trk_ann", "trk_ann_edit"}
            assert [t.track_id for t in await ledger.children(["trk_ann"])] == ["trk_ann_edit"]
            assert (await ledger.plan("pln_ann"))["record"] == {"steps": 3}
            assert await ledger.spent() == pytest.approx(0.004)
        with As(None):  # the operator sees everyone's
            assert (await ledger.track("trk_ann")).person == "key:ann"
            rows = await ledger.spend_by_day(by_person=True)
            assert [(r["person"], r["jobs"]) for r in rows] == [("key:ann", 1)]


@pytest.mark.parametrize("kind", LEDGERS)
async def test_each_persons_caps_hold_beside_the_deployments(kind, tmp_path):
    caps = SpendCaps(per_day=1.0, person_per_day=0.01)
    async with open_ledger(kind, tmp_path) as ledger:
        with As("key:ann"):
            await ledger.open_jobs([_job("a1", 0.008)], caps, offline=False)
            with pytest.raises(SpendRefused, match=r"your daily cap of \$0.0100 \(ACE_STEP_MCP_USER_MAX_USD_PER_DAY\)"):
                await ledger.open_jobs([_job("a2", 0.004)], caps, offline=False)
        with As("key:bob"):
            await ledger.open_jobs([_job("b1", 0.008)], caps, offline=False)  # Bob's own cap is untouched
        with As(None):
            assert await ledger.spent() == pytest.approx(0.016)


async def test_two_people_on_one_server_cannot_reach_each_others_tracks_jobs_or_spend(tmp_path, emulator):
    ann_key, bob_key = await person_key(tmp_path, emulator, "ann"), await person_key(tmp_path, emulator, "bob")
    async with http_server(tmp_path, emulator, "streamable-http", ACE_STEP_MCP_WAIT_S="30") as port:
        url = f"http://127.0.0.1:{port}/mcp"
        async with httpx2.AsyncClient(timeout=60) as http, people_client(url, ann_key, http) as ann:
            made = await ann.call_tool("text_to_audio", {"tags": "ann's song", "duration": 5, "seed": 5})
            assert not made.is_error, made.content
            track_id, job_id = made.structured_content["track_id"], made.structured_content["job_id"]
            own = await ann.read_resource(f"music://tracks/{track_id}")  # over HTTP: a short result naming its URL
            assert f"/tracks/{track_id}" in (getattr(own.contents[0], "text", "") or "")
        async with httpx2.AsyncClient(timeout=60) as http, people_client(url, bob_key, http) as bob:
            not_found = []
            for uri in (f"music://tracks/{track_id}", f"music://tracks/{track_id}/info"):
                try:
                    await bob.read_resource(uri)
                except Exception as exc:  # the SDK raises the server's "not found" error
                    not_found.append(str(exc))
            assert len(not_found) == 2  # read
            calls = {
                "edit": ("audio_inpaint", {"audio": track_id, "tags": "x", "start_time": 1, "end_time": 2}),
                "extend": ("audio_outpaint", {"audio": track_id, "tags": "x", "extend_after_duration": 5}),
                "process": ("process_track", {"track": track_id, "output_format": "mp3"}),
                "view": ("track_view", {"track": track_id}),
                "status": ("music_job", {"action": "status", "job_id": job_id}),
                "wait": ("music_job", {"action": "wait", "job_id": job_id, "wait_s": 1}),
                "result": ("music_job", {"action": "result", "job_id": job_id}),
                "cancel": ("music_job", {"action": "cancel", "job_id": job_id}),
            }
            for what, (tool, args) in calls.items():
                result = await bob.call_tool(tool, args)
                assert result.is_error, (what, result.content)
                text = result.content[0].text
                assert track_id in text or job_id in text or "not" in text.lower(), (what, text)
                assert "accepted field" not in text, (what, text)  # refused for being another's, not for its shape
                assert "ann" not in text.lower(), (what, text)
            listed = await bob.call_tool("music_job", {"action": "list"})
            assert job_id not in listed.content[0].text  # list
            resources = await bob.list_resources()
            assert not any(track_id in str(r.uri) for r in resources.resources)
            spend = await bob.read_resource("music://spend")
            assert '"total_usd": 0' in spend.contents[0].text or '"total_usd": 0.0' in spend.contents[0].text  # pay
        async with httpx2.AsyncClient(timeout=60) as http:
            bobs = await http.get(
                f"http://127.0.0.1:{port}/tracks/{track_id}", headers={"Authorization": f"Bearer {bob_key}"}
            )
            anns = await http.get(
                f"http://127.0.0.1:{port}/tracks/{track_id}", headers={"Authorization": f"Bearer {ann_key}"}
            )
            nobody = await http.get(f"http://127.0.0.1:{port}/tracks/{track_id}")
            guessed = await http.post(url, headers={"Authorization": "Bearer asm_guess"}, json={})
        assert bobs.status_code == 404 and anns.status_code == 200 and hashlib.sha256(anns.content).hexdigest()
        assert nobody.status_code == 401 and "bearer" in nobody.headers["www-authenticate"].lower()
        assert guessed.status_code == 401
    listed = await run_cli(tmp_path, emulator, "spend", "--by-user")
    assert "ann" in listed.stdout.decode() and listed.returncode == 0


async def test_oauth_tokens_for_this_resource_act_for_their_subject_and_others_are_refused(tmp_path, emulator):
    import anyio
    from cryptography.hazmat.primitives.asymmetric import rsa

    issuer = Issuer()
    async with anyio.create_task_group() as tg:
        await tg.start(issuer.serve)
        await anyio.sleep(0.3)
        env = {"ACE_STEP_MCP_OAUTH_ISSUER": issuer.url, "ACE_STEP_MCP_WAIT_S": "30"}
        ann_key = await person_key(tmp_path, emulator, "ann")  # an API key's "ann" is not the issuer's "ann"
        async with http_server(tmp_path, emulator, "streamable-http", **env) as got:
            port = got
            public = f"http://127.0.0.1:{port}/mcp"  # the audience: ACE_STEP_MCP_PUBLIC_URL, by default this
            url = f"http://127.0.0.1:{got}/mcp"
            async with httpx2.AsyncClient(timeout=60) as http:
                meta = (await http.get(f"http://127.0.0.1:{got}/.well-known/oauth-protected-resource/mcp")).json()
                bare = await http.post(url, json={})
                bad = {
                    "wrong audience": issuer.token(aud="http://elsewhere.example/mcp"),
                    "expired": issuer.token(aud=public, ttl=-120),
                    "another signer": issuer.token(aud=public, key=rsa.generate_private_key(65537, 2048)),
                    "another issuer": issuer.token(aud=public, iss="http://127.0.0.1:1/other"),
                }
                refused = {what: (await http.post(url, json={}, headers={"Authorization": f"Bearer {t}"})).status_code
                           for what, t in bad.items()}  # fmt: skip
            assert meta["resource"] == public and meta["authorization_servers"] == [issuer.url]
            assert bare.status_code == 401
            assert (
                f'resource_metadata="http://127.0.0.1:{port}/.well-known/oauth-protected-resource/mcp"'
                in (bare.headers["www-authenticate"])
            )
            assert refused == dict.fromkeys(bad, 401)
            tokens = {who: issuer.token(sub=who, aud=public) for who in ("ann", "bob")}
            async with httpx2.AsyncClient(timeout=60) as http, people_client(url, tokens["ann"], http) as ann:
                made = await ann.call_tool("text_to_audio", {"tags": "ann over oauth", "duration": 5})
                assert not made.is_error, made.content
                track_id = made.structured_content["track_id"]
            async with httpx2.AsyncClient(timeout=60) as http, people_client(url, tokens["bob"], http) as bob:
                seen = await bob.call_tool("track_view", {"track": track_id})
            # Bob (the same issuer, another subject) cannot reach Ann's track
            assert seen.is_error and "accepted field" not in seen.content[0].text
            async with httpx2.AsyncClient(timeout=60) as http, people_client(url, ann_key, http) as other_ann:
                by_key = await other_ann.call_tool("track_view", {"track": track_id})
            # nor can the key made for a user named "ann": a person is the issuer and the subject together
            assert by_key.is_error and "accepted field" not in by_key.content[0].text
        tg.cancel_scope.cancel()
    listed = await run_cli(tmp_path, emulator, "spend", "--by-user")
    assert f"{issuer.url}|ann" in listed.stdout.decode()


async def test_with_a_render_scope_a_token_without_it_reads_but_starts_no_render(tmp_path, emulator, control):
    import anyio

    issuer = Issuer()
    async with anyio.create_task_group() as tg:
        await tg.start(issuer.serve)
        await anyio.sleep(0.3)
        env = {"ACE_STEP_MCP_OAUTH_ISSUER": issuer.url, "ACE_STEP_MCP_OAUTH_RENDER_SCOPE": "music:render",
               "ACE_STEP_MCP_WAIT_S": "30", "ACE_STEP_MCP_CONFIRM_ABOVE_USD": "0"}  # fmt: skip
        async with http_server(tmp_path, emulator, "streamable-http", **env) as port:
            url = f"http://127.0.0.1:{port}/mcp"
            async with httpx2.AsyncClient(timeout=60) as http:
                meta = (await http.get(f"http://127.0.0.1:{port}/.well-known/oauth-protected-resource")).json()
            tokens = {
                "reader": issuer.token(sub="ann", aud=url, scope="openid music:read"),
                "scope": issuer.token(sub="ann", aud=url, scope="music:read music:render"),
                "scp": issuer.token(sub="ann", aud=url, scp=["music:render"]),  # Okta's list
            }
            made = {}
            for who, token in tokens.items():
                async with httpx2.AsyncClient(timeout=60) as http, people_client(url, token, http) as client:
                    args = {"tags": f"{who} song", "duration": 5}
                    made[who] = await client.call_tool("text_to_audio", args)
                    asked = re.search(r"confirm_spend: '([^']+)'", made[who].content[0].text)
                    if asked:  # past the scope check: the spend is asked about, and approved
                        made[who] = await client.call_tool("text_to_audio", {**args, "confirm_spend": asked[1]})
                    if who == "reader":
                        listed = await client.call_tool("music_job", {"action": "list"})
                        submits_after_refusal = (await control.submits())["total"]
        tg.cancel_scope.cancel()
    assert meta["scopes_supported"] == ["music:render"]
    # Refused before the spend is asked about (confirmation is on for every spend here).
    assert made["reader"].is_error and "lacks the scope 'music:render'" in made["reader"].content[0].text
    assert not listed.is_error and submits_after_refusal == 0  # it reads; nothing was sent or asked
    assert not made["scope"].is_error and not made["scp"].is_error, (made["scope"].content, made["scp"].content)
