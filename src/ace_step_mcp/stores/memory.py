"""The `Ledger` port in memory: the same rules as the SQLite ledger (caps checked with the insert,
leases, single-use codes), nothing kept after the process ends. For tests that show the job core
runs on any ledger, and for throwaway runs."""

from __future__ import annotations

import copy
import dataclasses
import json
import time
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any

import anyio

from ace_step_mcp.errors import StoreError
from ace_step_mcp.ports.values import PERSON, SPENDING_STATES, JobChange, JobRow, JobState, NewJob, Track
from ace_step_mcp.settings import SpendCaps
from ace_step_mcp.stores import caps_refusal, day_start, fit_wall, owner_alive


class MemoryLedger:
    def __init__(self) -> None:
        self._jobs: dict[str, JobRow] = {}
        self._tracks: dict[str, Track] = {}
        self._codes: dict[str, tuple[str, float, bool, str | None]] = {}
        self._plans: dict[str, dict[str, Any]] = {}
        self._keys: dict[str, dict[str, Any]] = {}
        self._gen: dict[str, tuple[float | None, float | None]] = {}
        self._changed = anyio.Event()

    def _touch(self) -> None:
        self._changed.set()
        self._changed = anyio.Event()

    def _spent(self, since: float | None, person: str | None = None) -> float:
        return sum(
            (j.cost_usd if j.cost_usd is not None else j.estimate_usd)
            for j in self._jobs.values()
            if not j.offline
            and j.state in SPENDING_STATES
            and (since is None or j.created_at >= since)
            and (person is None or j.person == person)
        )

    def _refuse(self, caps: SpendCaps, estimate: float, now: float) -> None:
        person = PERSON.get()
        refusal = caps_refusal(
            caps,
            estimate,
            lambda: self._spent(day_start(now)),
            lambda: self._spent(None),
            person,
            lambda since: self._spent(since, person),
        )
        if refusal is not None:
            raise refusal

    # Each verb runs to its end without an await inside, so it is one transaction on one event loop.

    async def open_jobs(
        self,
        jobs: Sequence[NewJob],
        caps: SpendCaps,
        *,
        offline: bool,
        owner: str | None = None,
        lease_s: float = 120.0,
    ) -> None:
        now = time.time()
        if any(j.job_id in self._jobs for j in jobs) or len({j.job_id for j in jobs}) < len(jobs):
            raise StoreError("A job id is already in the ledger.")  # as SQLite's primary key refuses it
        if not offline:
            self._refuse(caps, sum(j.estimate_usd for j in jobs), now)
        for j in jobs:
            self._jobs[j.job_id] = JobRow(
                job_id=j.job_id, created_at=now, updated_at=now, tool=j.tool, model_id=j.model_id,
                body=dict(j.body), body_hash=j.body_hash, estimate_usd=j.estimate_usd, state=JobState.PENDING,
                request_id=None, status=None, cost_usd=None, output_url=None, track_id=None, error=None,
                parent_track_id=j.parent_track_id, edit=j.edit, submitted_at=None, finished_at=None,
                offline=offline, owner=owner, lease_until=now + lease_s if owner else None, person=PERSON.get(),
            )  # fmt: skip
        self._touch()

    async def check_caps(self, caps: SpendCaps, estimate_usd: float) -> None:
        self._refuse(caps, estimate_usd, time.time())

    async def claim(self, job_id: str, owner: str, lease_s: float = 120.0) -> bool:
        row = self._jobs.get(job_id)
        if row is None:
            return False
        now = time.time()
        if row.owner and row.owner != owner and (row.lease_until or 0) >= now and owner_alive(row.owner):
            return False
        self._jobs[job_id] = dataclasses.replace(row, owner=owner, lease_until=now + lease_s)
        return True

    async def update_job(self, job_id: str, change: JobChange) -> None:
        row = self._jobs.get(job_id)
        if row is None:
            return
        columns = change.columns()
        if "state" in columns:
            columns["state"] = JobState(columns["state"])
        gen = self._gen.get(job_id, (None, None))
        self._gen[job_id] = (columns.pop("gen_s", gen[0]), columns.pop("wall_s", gen[1]))
        self._jobs[job_id] = dataclasses.replace(row, **columns, updated_at=time.time())
        self._touch()

    async def job(self, job_id: str) -> JobRow | None:
        row = self._jobs.get(job_id)
        return row if row is not None and _mine(row.person) else None

    async def jobs(self, *, states: frozenset[JobState] | None = None, limit: int = 50) -> list[JobRow]:
        rows = [j for j in self._jobs.values() if (not states or j.state in states) and _mine(j.person)]
        return sorted(rows, key=lambda j: j.created_at, reverse=True)[:limit]

    async def changes(self, job_id: str, *, since: float | None = None, poll_s: float = 0.5) -> AsyncIterator[JobRow]:
        seen = since if since is not None else self._jobs[job_id].updated_at if job_id in self._jobs else None
        while True:
            row = self._jobs.get(job_id)
            if row is None or row.updated_at == seen:
                with anyio.move_on_after(poll_s):
                    await self._changed.wait()
                row = self._jobs.get(job_id)
            if row is not None and row.updated_at != seen:
                seen = row.updated_at
                yield row

    async def recent_duplicate(self, body_hash: str, since: float) -> Track | None:
        done = [
            j
            for j in self._jobs.values()
            if j.body_hash == body_hash
            and j.state is JobState.DONE
            and j.created_at >= since
            and j.track_id
            and _mine(j.person)
        ]
        for j in sorted(done, key=lambda j: j.created_at, reverse=True):
            if j.track_id in self._tracks:
                return self._tracks[j.track_id]
        return None

    async def expected_wall_s(self, model_id: str, generated_s: float, *, offline: bool) -> float | None:
        points = []
        for j in sorted(self._jobs.values(), key=lambda j: j.created_at, reverse=True):
            gen, wall = self._gen.get(j.job_id, (None, None))
            if j.model_id == model_id and j.state is JobState.DONE and j.offline == offline and gen and wall:
                points.append((float(gen), float(wall)))
        return fit_wall(points[:30], generated_s)

    async def add_track(self, track: Track) -> None:
        if track.track_id in self._tracks:
            raise StoreError(f"Track {track.track_id} is already in the ledger.")
        if track.person is None:  # a job's track is the job's person's, whoever records it
            job = self._jobs.get(track.job_id or "")
            track = dataclasses.replace(track, person=job.person if job and job.person else PERSON.get())
        self._tracks[track.track_id] = track
        if track.job_id and track.job_id in self._jobs:
            self._jobs[track.job_id] = dataclasses.replace(
                self._jobs[track.job_id], state=JobState.DONE, track_id=track.track_id, updated_at=time.time()
            )
            self._touch()

    async def set_analysis(self, track_id: str, analysis: Mapping[str, Any]) -> None:
        if track_id in self._tracks:
            self._tracks[track_id] = dataclasses.replace(self._tracks[track_id], analysis=dict(analysis))

    async def track(self, track_id: str) -> Track | None:
        track = self._tracks.get(track_id)
        return track if track is not None and _mine(track.person) else None

    async def tracks(self, limit: int = 50) -> list[Track]:
        mine = [t for t in self._tracks.values() if _mine(t.person)]
        return sorted(mine, key=lambda t: t.created_at, reverse=True)[:limit]

    async def children(self, track_ids: Sequence[str], limit: int = 100) -> list[Track]:
        wanted = set(track_ids)
        kids = [t for t in self._tracks.values() if t.parent_track_id in wanted and _mine(t.person)]
        return sorted(kids, key=lambda t: t.created_at)[:limit]

    async def delete_track(self, track_id: str) -> Track | None:
        return self._tracks.pop(track_id) if await self.track(track_id) is not None else None

    async def spend_by_day(self, *, by_person: bool = False) -> list[dict[str, Any]]:
        days: dict[tuple[str, str, str], dict[str, Any]] = {}
        for j in self._jobs.values():
            if j.offline or j.state not in SPENDING_STATES or not _mine(j.person):
                continue
            day = time.strftime("%Y-%m-%d", time.gmtime(j.created_at))
            who = (j.person or "") if by_person else ""
            entry = days.setdefault(
                (day, who, j.tool),
                {"day": day, **({"person": who} if by_person else {}), "tool": j.tool, "jobs": 0, "usd": 0.0},
            )
            entry["jobs"] += 1
            entry["usd"] += j.cost_usd if j.cost_usd is not None else j.estimate_usd
        ordered = sorted(days.items(), key=lambda kv: (kv[0][1], kv[0][2]))
        return [e for _, e in sorted(ordered, key=lambda kv: kv[0][0], reverse=True)]  # as SQLite lists them

    async def spent(self, since: float | None = None) -> float:
        return self._spent(since, PERSON.get())

    async def issue_code(self, code_hash: str, binding: str, expires_at: float) -> None:
        if code_hash in self._codes:
            raise StoreError("That confirmation code is already issued.")
        self._codes[code_hash] = (binding, expires_at, False, PERSON.get())

    async def redeem_code(self, code_hash: str, binding: str, now: float) -> bool:
        entry = self._codes.get(code_hash)
        if entry is None or entry[2] or entry[1] < now:
            return False
        self._codes[code_hash] = (entry[0], entry[1], True, entry[3])
        return entry[0] == binding and entry[3] == PERSON.get()

    async def save_plan(self, plan_id: str, key: str, record: Mapping[str, Any], *, version: int) -> bool:
        now = time.time()
        stored = self._plans.get(plan_id)
        if (stored is None) != (version == 0) or (stored is not None and stored["version"] != version):
            return False
        if stored is not None and not _mine(stored["person"]):
            return False
        created = stored["created_at"] if stored else now
        self._plans[plan_id] = {
            "plan_id": plan_id, "key": stored["key"] if stored else key, "version": version + 1,
            "created_at": created, "updated_at": now, "record": json.loads(json.dumps(dict(record))),
            "person": stored["person"] if stored else PERSON.get(),
        }  # fmt: skip
        return True

    async def plan(self, plan_id: str) -> dict[str, Any] | None:
        stored = self._plans.get(plan_id)
        return _public_plan(stored) if stored and _mine(stored["person"]) else None

    async def plan_for_key(self, key: str, since: float) -> dict[str, Any] | None:
        found = [p for p in self._plans.values() if p["key"] == key and p["created_at"] >= since and _mine(p["person"])]
        return _public_plan(max(found, key=lambda p: p["created_at"])) if found else None

    async def add_key(self, key_id: str, person: str, key_hash: str) -> None:
        if key_id in self._keys or any(k["key_hash"] == key_hash for k in self._keys.values()):
            raise StoreError("That API key is already recorded.")
        self._keys[key_id] = {
            "key_id": key_id, "person": person, "key_hash": key_hash, "created_at": time.time(),
            "last_used_at": None, "revoked_at": None,
        }  # fmt: skip

    async def keys(self) -> list[dict[str, Any]]:
        listed = sorted(self._keys.values(), key=lambda k: k["created_at"])
        return [{k: v for k, v in key.items() if k != "key_hash"} for key in listed]

    async def revoke_key(self, key_id: str) -> bool:
        key = self._keys.get(key_id)
        if key is None or key["revoked_at"] is not None:
            return False
        key["revoked_at"] = time.time()
        return True

    async def person_of_key(self, key_hash: str) -> str | None:
        for key in self._keys.values():
            if key["key_hash"] == key_hash and key["revoked_at"] is None:
                key["last_used_at"] = time.time()
                return str(key["person"])
        return None

    async def maintain(self) -> None:
        now = time.time()
        for code in [c for c, (_, expires, _, _) in self._codes.items() if expires < now - 3600]:
            del self._codes[code]

    async def aclose(self) -> None:
        return None


def _mine(person: str | None) -> bool:
    """Whether a row is the current person's to see (everything is, with no person)."""
    current = PERSON.get()
    return current is None or person == current


def _public_plan(stored: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy({k: v for k, v in stored.items() if k != "person"})
