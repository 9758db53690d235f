"""The team deployment on real parts: three replicas of the server on one PostgreSQL database and one
S3 bucket (SeaweedFS), behind HAProxy (round robin, health checks, no retries), the emulator answering
as RunComfy so every job is billed. `pytest -m team` (CI runs it after the default suite)."""

from __future__ import annotations

import hashlib
import random
import time
from collections.abc import Iterator
from contextlib import asynccontextmanager
from typing import Any

import anyio
import httpx2
import psycopg
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

from tests.helpers import TOKEN
from tests.teamkit import Deployment, running_deployment

pytestmark = [pytest.mark.team, pytest.mark.slow, pytest.mark.anyio]


@pytest.fixture(scope="module")
def team() -> Iterator[Deployment]:
    # Calls wait 1 s, then hand back a running job (so jobs outlive the replica that took them); a
    # charge above $0.004 (more than 20 s of text-to-audio) needs the person's confirmation.
    with running_deployment(3, token=TOKEN, ACE_STEP_MCP_WAIT_S="1", ACE_STEP_MCP_CONFIRM_ABOVE_USD="0.004") as dep:
        yield dep


@asynccontextmanager
async def client(url: str, mode: str = "legacy", **kw: Any):
    async with httpx2.AsyncClient(timeout=60) as http:
        transport = streamable_http_client(url, http_client=http, max_sse_event_size=64 * 2**20)
        async with Client(transport, mode=mode, **kw) as c:
            yield c


def structured(result: Any) -> dict[str, Any]:
    assert not result.is_error, result.content[0].text
    return result.structured_content


async def wait_done(url: str, job_id: str, limit_s: float = 90.0) -> dict[str, Any]:
    deadline = time.monotonic() + limit_s
    async with client(url) as c:
        while time.monotonic() < deadline:
            out = structured(await c.call_tool("music_job", {"action": "wait", "job_id": job_id, "wait_s": 20}))
            if out["status"] != "running":
                return out
    raise AssertionError(f"{job_id} did not end within {limit_s} s")


def ledger_rows(dep: Deployment) -> list[dict[str, Any]]:
    from psycopg.rows import dict_row

    with psycopg.connect(dep.database_url, row_factory=dict_row) as conn:
        return list(conn.execute("SELECT job_id, state, request_id, cost_usd, estimate_usd, track_id FROM jobs"))


def track_rows(dep: Deployment) -> dict[str, dict[str, Any]]:
    from psycopg.rows import dict_row

    with psycopg.connect(dep.database_url, row_factory=dict_row) as conn:
        return {r["track_id"]: r for r in conn.execute("SELECT track_id, sha256, size, path FROM tracks")}


async def emulator(dep: Deployment, what: str) -> Any:
    async with httpx2.AsyncClient(headers={"Authorization": f"Bearer {TOKEN}"}) as http:
        r = await http.get(f"{dep.emulator_root}/_emulator/{what}")
        r.raise_for_status()
        return r.json()


async def bytes_from_every_replica(dep: Deployment, track_id: str) -> set[str]:
    digests = set()
    async with httpx2.AsyncClient(timeout=60) as http:
        for replica in dep.replicas:
            r = await http.get(f"{replica.url}/tracks/{track_id}")
            assert r.status_code == 200, (replica.port, r.status_code)
            digests.add(hashlib.sha256(r.content).hexdigest())
    return digests


async def test_any_replica_answers_any_call_and_serves_the_same_bytes(team):
    async with client(team.url) as c:  # each request may reach another replica: none keeps a session
        started = structured(await c.call_tool("text_to_audio", {"tags": "team lofi", "duration": 8, "seed": 7}))
    done = await wait_done(team.url, started["job_id"])
    assert done["status"] == "completed", done
    track_id = done["track_id"]
    async with client(team.url) as c:  # links name the proxy's public URL, not the replica that answered
        view = await c.call_tool("music_job", {"action": "status", "job_id": started["job_id"]})
    assert f"http://127.0.0.1:{team.proxy_port}/tracks/{track_id}" in view.content[0].text
    kept = track_rows(team)[track_id]
    assert kept["path"].startswith("s3://")  # the ledger names the shared store, not one replica's disk
    assert await bytes_from_every_replica(team, track_id) == {kept["sha256"]}
    async with client(team.url) as c:  # over HTTP a big track reads as a short result naming its URL
        read = await c.read_resource(f"music://tracks/{track_id}")
        assert f"http://127.0.0.1:{team.proxy_port}/tracks/{track_id}" in read.contents[0].text


async def test_a_job_started_on_one_replica_is_waited_on_from_another(team):
    first, second = team.replicas[0], team.replicas[1]
    async with client(f"{first.url}/mcp") as c:
        started = structured(await c.call_tool("text_to_audio", {"tags": "team wait", "duration": 20}))
    assert started["status"] == "running", started  # still rendering after the 1 s wait
    began = time.monotonic()
    async with client(f"{second.url}/mcp") as c:
        waited = structured(
            await c.call_tool("music_job", {"action": "wait", "job_id": started["job_id"], "wait_s": 60})
        )
    assert waited["status"] == "completed", waited
    assert time.monotonic() - began < 30  # woken by the ledger's notification, well inside its 60 s
    assert len(await bytes_from_every_replica(team, waited["track_id"])) == 1


async def test_a_confirmation_issued_on_one_replica_is_redeemed_on_another(team):
    call = {"tags": "team confirm", "duration": 30, "seed": 11}  # $0.006: above the $0.004 to confirm
    async with client(f"{team.replicas[0].url}/mcp") as c:
        refused = await c.call_tool("text_to_audio", call)
    text = refused.content[0].text
    assert "confirm_spend: '" in text, text
    code = text.split("confirm_spend: '")[1].split("'")[0]
    async with client(f"{team.replicas[2].url}/mcp") as c:
        ok = structured(await c.call_tool("text_to_audio", {**call, "confirm_spend": code}))
    async with client(f"{team.replicas[1].url}/mcp") as c:  # single use, on every replica
        again = await c.call_tool("text_to_audio", {**call, "confirm_spend": code})
    assert ok["job_id"].startswith("job_")
    assert again.is_error and "confirm_spend" in again.content[0].text, again.content[0].text
    assert (await wait_done(team.url, ok["job_id"]))["status"] == "completed"


@pytest.mark.parametrize("mode", ["legacy", "2026-07-28"])
async def test_a_person_confirms_a_charge_through_the_proxy_in_either_era(team, mode):
    """The question and its answer may reach different replicas: 2026-07-28 clients retry the call with
    the sealed state (every replica holds the key); older clients, with no session to answer on, get
    the single-use code instead, which any replica redeems."""
    from mcp_types import ElicitResult

    async def accept(context: Any, params: Any) -> ElicitResult:
        return ElicitResult(action="accept", content={"confirm": True})

    async with client(team.url, mode, elicitation_callback=accept) as c:
        first = await c.call_tool("text_to_audio", {"tags": f"era {mode}", "duration": 30})
        if mode == "legacy" and first.is_error:
            text = first.content[0].text
            code = text.split("confirm_spend: '")[1].split("'")[0]
            first = await c.call_tool("text_to_audio", {"tags": f"era {mode}", "duration": 30, "confirm_spend": code})
    job = structured(first)
    assert (await wait_done(team.url, job["job_id"]))["status"] == "completed"


async def test_a_long_piece_is_one_plan_that_any_replica_resumes_and_pays_once(team):
    """A 10-minute piece (three renders) confirmed once for its total; the client repeats the exact call
    as told, and each repeat may land on another replica: each resumes the plan from the ledger, so no
    step is planned or paid twice."""
    async with httpx2.AsyncClient(headers={"Authorization": f"Bearer {TOKEN}"}) as http:
        (await http.post(f"{team.emulator_root}/_emulator/config", json={"render_speed": 400})).raise_for_status()
    try:
        before = (await emulator(team, "submits"))["total"]
        arguments = {"request": "a 10 minute ambient drone, slow pads, team", "wait_s": 1}
        async with client(team.url) as c:
            asked = await c.call_tool("make_music", arguments)
            assert asked.is_error and "$0.1200 in all" in asked.content[0].text, asked.content[0].text
            code = asked.content[0].text.split("confirm_spend: '")[1].split("'")[0]
            arguments = {**arguments, "confirm_spend": code}
            result = await c.call_tool("make_music", arguments)
            for _ in range(60):
                if result.is_error or (result.structured_content or {}).get("status") != "running":
                    break
                result = await c.call_tool("make_music", arguments)
        out = structured(result)
        assert out["duration_s"] == pytest.approx(600.0, abs=0.5)
        assert out["plan"]["steps_done"] == 3 and len(out["plan"]["tracks_made"]) == 3
        assert (await emulator(team, "submits"))["total"] - before == 3
    finally:
        async with httpx2.AsyncClient(headers={"Authorization": f"Bearer {TOKEN}"}) as http:
            await http.post(f"{team.emulator_root}/_emulator/config", json={"render_speed": 4})


async def test_replicas_killed_during_a_hundred_jobs_lose_none_and_pay_once(team, summary):
    """100 jobs through the proxy while replicas are SIGKILLed and restarted: every job ends delivered,
    or `unknown` (at most 1 %); the emulator saw each submitted body once; recorded spend equals
    billed; every track reads back bit-identical from every replica."""
    jobs, max_calls = 100, 200
    sent: list[str] = []
    failed_calls = 0
    kills = 0
    stop = anyio.Event()
    rng = random.Random(2026)

    async def one(i: int) -> None:
        nonlocal failed_calls
        try:
            async with client(team.url) as c:
                result = await c.call_tool("text_to_audio", {"tags": f"chaos {i}", "duration": 6, "seed": i})
            if not result.is_error and result.structured_content.get("job_id"):
                sent.append(result.structured_content["job_id"])
            else:
                failed_calls += 1
        except Exception:  # the replica died under the call: the client is told, and does not resend
            failed_calls += 1

    async def chaos() -> None:
        nonlocal kills
        while not stop.is_set():
            await anyio.sleep(rng.uniform(1.0, 2.5))
            victim = rng.choice(team.replicas)
            victim.kill()
            kills += 1
            await anyio.sleep(rng.uniform(0.3, 1.0))
            victim.start()
            await anyio.to_thread.run_sync(victim.wait_ready)

    async with anyio.create_task_group() as tg:
        tg.start_soon(chaos)
        limiter = anyio.Semaphore(8)
        async with anyio.create_task_group() as calls:
            for i in range(max_calls):  # until 100 calls have started a job (a cut call may have too)
                await limiter.acquire()
                if len(sent) >= jobs:
                    limiter.release()
                    break

                async def call(i: int = i) -> None:
                    try:
                        await one(i)
                    finally:
                        limiter.release()

                calls.start_soon(call)
        stop.set()
    for replica in team.replicas:  # all up again (a restart the chaos left half done)
        if replica.proc is None or replica.proc.poll() is not None:
            replica.start()
        await anyio.to_thread.run_sync(replica.wait_ready)

    # Every job reaches an end: the survivors take over a dead holder's jobs within the lease.
    with anyio.fail_after(150):
        while any(r["state"] in ("pending", "submitted") for r in ledger_rows(team)):
            await anyio.sleep(1.0)
    rows = ledger_rows(team)  # this test's jobs, those of calls cut before they answered, and earlier tests'
    assert len(sent) >= jobs, (len(sent), failed_calls)
    unknown = [r for r in rows if r["state"] == "unknown"]
    assert all(r["state"] in ("done", "unknown") for r in rows), [
        r for r in rows if r["state"] not in ("done", "unknown")
    ]
    assert len(unknown) <= max(1, len(rows) // 100), unknown

    # Never twice: each body the emulator saw, it saw once; every request id we hold, it issued.
    submits = await emulator(team, "submits")
    assert max(submits["by_body_hash"].values()) == 1, submits["by_body_hash"]
    billed = {j["request_id"]: j["billed_usd"] for j in (await emulator(team, "jobs"))["jobs"]}
    held = {r["request_id"] for r in rows if r["request_id"]}
    assert held <= set(billed)
    assert len(billed) - len(held) <= len(unknown)  # a submit no one heard answered is `unknown`, never resent
    recorded = sum(r["cost_usd"] if r["cost_usd"] is not None else r["estimate_usd"] for r in rows)
    assert recorded == pytest.approx(sum(billed.values()), abs=1e-9)

    # Every track, from every replica, is the same bytes the ledger recorded.
    tracks = track_rows(team)
    for row in rng.sample([r for r in rows if r["state"] == "done"], 12):
        assert await bytes_from_every_replica(team, row["track_id"]) == {tracks[row["track_id"]]["sha256"]}
    summary(
        f"team chaos: {len(sent) + failed_calls} calls, {len(sent)} jobs started, {failed_calls} calls cut by {kills} SIGKILLs; "
        f"{len(rows) - len(unknown)} delivered, {len(unknown)} unknown; submits {submits['total']} = billed "
        f"{len(billed)}; spend ${recorded:.4f} = billed ${sum(billed.values()):.4f}"
    )


async def test_the_shared_store_signs_a_download_url_that_serves_the_track(settings, tmp_path):
    from ace_step_mcp.endpoints import BY_TOOL
    from ace_step_mcp.wiring import open_service
    from tests.portkit import team_settings

    async with open_service(team_settings(settings, tmp_path)) as service:
        view = await service.start(await service.prepare(BY_TOOL["text_to_audio"], {"tags": "x", "duration": 5}))
        with anyio.fail_after(60):
            track = (await service.wait(view.job_id, timeout_s=None)).track
        assert track is not None
        signed = await service.store_url(track.track_id)
    assert signed is not None and "X-Amz-Signature=" in signed
    async with httpx2.AsyncClient() as http:
        got = await http.get(signed)
        forged = await http.get(signed.replace("X-Amz-Signature=", "X-Amz-Signature=0"))
    assert hashlib.sha256(got.content).hexdigest() == track.sha256
    assert forged.status_code == 403


async def test_each_persons_daily_cap_holds_under_concurrent_calls_across_replicas():
    """Issue 30: twelve of Ann's calls at once, spread over three replicas by the proxy, against her own
    cap of $0.011 (five $0.002 renders fit): exactly five start, the rest are refused with her cap's
    sentence, and Bob, on the same deployment, still has his own cap to spend."""
    from tests.helpers import people_client

    with running_deployment(
        3, token=TOKEN, people=("ann", "bob"), ACE_STEP_MCP_WAIT_S="1", ACE_STEP_MCP_USER_MAX_USD_PER_DAY="0.011"
    ) as dep:
        outcomes: list[Any] = []

        async def one(seed: int) -> None:
            async with httpx2.AsyncClient(timeout=60) as http, people_client(dep.url, dep.keys["ann"], http) as client:
                outcomes.append(await client.call_tool("text_to_audio", {"tags": "cap", "duration": 10, "seed": seed}))

        async with anyio.create_task_group() as tg:
            for seed in range(12):
                tg.start_soon(one, seed)
        refused = [o for o in outcomes if o.is_error]
        assert len(outcomes) - len(refused) == 5, [o.content[0].text for o in refused]
        assert all("ACE_STEP_MCP_USER_MAX_USD_PER_DAY" in o.content[0].text for o in refused)
        async with httpx2.AsyncClient(timeout=60) as http, people_client(dep.url, dep.keys["bob"], http) as client:
            bobs = await client.call_tool("text_to_audio", {"tags": "cap", "duration": 10, "seed": 99})
        assert not bobs.is_error, bobs.content
        with psycopg.connect(dep.database_url) as db:
            rows = db.execute("SELECT person, count(*), sum(estimate_usd) FROM jobs GROUP BY person").fetchall()
        by_person = {r[0]: (r[1], float(r[2])) for r in rows}
        spent = {person: usd for person, (_, usd) in by_person.items()}
        assert sorted(count for count, _ in by_person.values()) == [1, 5]
        assert max(spent.values()) <= 0.011 + 1e-9
