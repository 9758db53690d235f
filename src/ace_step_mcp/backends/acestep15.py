"""The ACE-Step 1.5 backend: a self-hosted `acestep-api` server (ACE-Step-1.5 `docs/en/API.md`).

The job core speaks the four RunComfy endpoints' wire bodies (and the three 1.5 tools' own); this
adapter turns each into one `POST /release_task`, follows it with `POST /query_result` and fetches
its file from `GET /v1/audio`. What the real server does, and what this adapter does about it:
- Its renders cost nothing: the offer is free, and time estimates are learnt like any backend's.
- A submit is sent once. 429 (its queue is full) is an explicit refusal and is retried after a
  pause; a connection that never opened is safe to report as "nothing was sent"; anything else after
  the bytes left is `SubmitOutcomeUnknown` (never a second POST).
- `batch_size` defaults to 2 there: 1 is always sent. No duration lets the model pick one: the
  duration is always sent. `repainting_end` of 0 means the end: a window is always sent explicitly.
- An unknown task id reads as queued forever (`"[]"`, status 0), which is what a restarted server or
  an expired result looks like: a few such answers in a row end the job in one sentence, and our own
  deadline bounds the rest. A server that stops answering is followed until `down_after_s`.
- There is no cancel endpoint: `cancel` says so (the render goes on and its track is stored).
- Source audio goes as a multipart upload (`src_audio`) streamed from a file, never inline: the
  server cannot fetch URLs.
- `extract` and `lego` need a base model (turbo models do text2music, repaint and cover only): the
  tools that use them are offered only when `/v1/models` lists one.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import time
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import anyio
import httpx2

from ace_step_mcp.audio.formats import sniff_format
from ace_step_mcp.endpoints import BY_MODEL_ID, MAX_SECONDS, body_hash
from ace_step_mcp.errors import (
    AceStepError,
    AuthError,
    ClientError,
    DownloadError,
    DownloadRefused,
    InvalidInput,
    JobFailed,
    RetryableError,
    StillRunning,
    SubmitOutcomeUnknown,
    redact,
)
from ace_step_mcp.ports import COMPLETED, QUEUED, RENDERING, Downloaded, Offer, Progress, ProgressFn, Rendered

log = logging.getLogger("ace_step_mcp")

LABEL = "the ACE-Step 1.5 server"
THE = "The ACE-Step 1.5 server"  # a sentence that starts with it
UPLOAD_SCHEME = "acestep15-upload:"
MAX_RENDER_S = 600.0  # the API's audio_duration range is 10-600 s
MIN_RENDER_S = 10.0
MAX_DOWNLOAD_BYTES = 2 * 1024**3
MAX_ANSWER_BYTES = 4 * 1024**2  # a JSON answer; a result list of one render is a few KiB
UPLOAD_TTL_S = 6 * 3600.0  # an upload no submit consumed is removed after this
OPEN_TIMEOUT_S = 8.0  # the model list, asked at start
OFFER_RETRY_S = 5.0  # ... and again at most this often while it was never read (the server was not up yet)
BASE_KINDS = frozenset({"text_to_audio_v15", "audio_inpaint", "audio_outpaint", "audio_cover"})
BASE_MODEL_KINDS = frozenset({"audio_stems", "audio_add_part"})  # extract and lego: a base (non-turbo) model
INSTRUCTIONS = {  # ACE-Step-1.5 acestep/constants.py TASK_INSTRUCTIONS
    "extract": "Extract the {} track from the audio:",
    "lego": "Generate the {} track based on the audio context:",
}
_FILE_RE = re.compile(r"[A-Za-z0-9._-]{1,120}")
_TASK_ID_RE = re.compile(r"[A-Za-z0-9._:-]{1,128}")  # the real server's are UUIDs


def acestep15_offer(models: list[str], *, setup_problem: str | None = None) -> Offer:
    base = next((m for m in models if "turbo" not in m.lower()), None)
    return Offer(
        name="acestep15",
        kinds=BASE_KINDS | (BASE_MODEL_KINDS if base else frozenset()),
        max_render_s=float(MAX_SECONDS),  # the wire bodies' own cap; a whole source for stems may be 600 s
        max_source_s=3600.0,
        free=True,
        label=LABEL,
        setup_problem=setup_problem,
        min_render_s=MIN_RENDER_S,
        can_cancel=False,
    )


class Acestep15Backend:
    """The `Backend` port on a self-hosted ACE-Step 1.5 API server."""

    def __init__(
        self,
        base_url: str,
        api_key: str | None,
        upload_dir: Path,
        *,
        timeout_s: float = 30 * 60.0,
        down_after_s: float = 120.0,
        unknown_polls: int = 3,
        fetch_timeout_s: float = 15 * 60.0,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._key = api_key or None
        self._uploads = upload_dir
        self._timeout_s = timeout_s
        self._down_after_s = down_after_s
        self._unknown_polls = unknown_polls
        self._fetch_timeout_s = fetch_timeout_s
        self.http = httpx2.AsyncClient(timeout=httpx2.Timeout(30.0, connect=5.0), follow_redirects=False)
        # A submit goes out on a connection of its own, never one kept alive from an earlier call: a server
        # closing an idle connection as the task is written would leave it unknown whether the task was queued.
        self._submit_http = httpx2.AsyncClient(
            timeout=httpx2.Timeout(30.0, connect=5.0),
            limits=httpx2.Limits(max_keepalive_connections=0),
            follow_redirects=False,
        )
        self.models: list[str] = []
        self.base_model: str | None = None
        self.offer = acestep15_offer([], setup_problem=None)
        self._listed = False  # the model list (or a refusal of the key) was read
        self._asked = -OFFER_RETRY_S

    async def refresh(self) -> None:
        """Ask for the model list again if it was never read: a 1.5 server loads its models before it
        listens (minutes), so it often comes up after this server, and its stems must not stay hidden."""
        if self._listed or time.monotonic() - self._asked < OFFER_RETRY_S:
            return
        await self.open()

    async def open(self) -> None:
        """Ask the server which models it has loaded (the offer depends on it); a server not up yet
        leaves the base offer (asked again by `refresh`), and the first job says what is wrong."""
        self._asked = time.monotonic()
        # A bounded wait: the job service (every tool) waits for this, and a server that trickles its
        # answer byte by byte never trips the per-read timeout.
        answer = None
        with anyio.move_on_after(OPEN_TIMEOUT_S):
            try:
                answer = await self._request("GET", f"{self.base_url}/v1/models", headers=self._headers())
            except (httpx2.HTTPError, _Unavailable) as exc:
                log.warning("%s at %s did not list its models (%s)", LABEL, self._where(), type(exc).__name__)
                return
        if answer is None:
            log.warning("%s at %s did not list its models within %g s", LABEL, self._where(), OPEN_TIMEOUT_S)
            return
        if answer.status_code in (401, 403):
            self.offer = acestep15_offer([], setup_problem=self._auth_sentence(answer.status_code))
            self._listed = True
            return
        data = _json(answer) if answer.status_code == 200 else None
        data = data.get("data") if isinstance(data, dict) else None
        listed = data.get("models") if isinstance(data, dict) else None
        if not isinstance(listed, list):  # an answer of another shape: the base offer, never a raise
            log.warning("%s at %s answered its model list in a shape it does not have", LABEL, self._where())
            return
        names = [str(m.get("name"))[:100] for m in listed[:50] if isinstance(m, dict) and m.get("name")]
        self.models = names
        self.base_model = next((m for m in names if "turbo" not in m.lower()), None)
        self.offer = acestep15_offer(names)
        self._listed = True

    async def aclose(self) -> None:
        await self._submit_http.aclose()
        await self.http.aclose()

    # -- submit ---------------------------------------------------------------------------------

    async def submit(self, model_id: str, body: Mapping[str, Any]) -> str:
        endpoint = BY_MODEL_ID.get(model_id)
        if endpoint is None or endpoint.tool not in self.offer.kinds:
            raise InvalidInput(f"{THE} does not run {model_id[:80]}.", field="endpoint")
        upload = self._upload_of(body.get("audio"))
        try:
            fields = self.fields(endpoint.kind, body, upload)
            return await self._post(fields, upload, body_hash(model_id, body))
        finally:
            if upload is not None:
                upload.unlink(missing_ok=True)

    def fields(self, kind: str, body: Mapping[str, Any], upload: Path | None) -> dict[str, Any]:
        """The release_task fields for a job, in the API's own names."""
        from ace_step_mcp.audio.musictags import bpm_of, key_of

        tags = str(body.get("tags") or "")
        out: dict[str, Any] = {"batch_size": 1, "audio_format": "flac", "prompt": tags, "thinking": False}
        seed = int(body.get("seed", -1))
        out |= {"use_random_seed": False, "seed": seed} if seed >= 0 else {"use_random_seed": True}
        lyrics = body.get("lyrics")
        if lyrics:
            out["lyrics"] = lyrics
            lang = _language_of(str(lyrics))
            if lang:
                out["vocal_language"] = lang
        if tags:
            bpm = bpm_of(tags)
            key = key_of(tags)
            if bpm:
                out["bpm"] = round(bpm)
            if key:
                out["key_scale"] = key.name
        match kind:
            case "text_to_audio":
                out |= {"task_type": "text2music", "audio_duration": body["duration"]}
            case "inpaint":
                if (
                    body.get("start_time_relative_to", "start") != "start"
                    or body.get("end_time_relative_to", "start") != "start"
                ):
                    raise InvalidInput("A window relative to the end cannot be sent to the ACE-Step 1.5 server.")
                start, end = float(body["start_time"]), float(body["end_time"])
                out |= {"task_type": "repaint", "repainting_start": start, "repainting_end": end}
            case "outpaint":
                length = _seconds_of(upload)
                before, after = float(body["extend_before_duration"]), float(body["extend_after_duration"])
                # Past the ends: the server pads the source with new audio there. The end is always sent
                # (0 would mean "the end of the source").
                out |= {"task_type": "repaint", "repainting_start": -before, "repainting_end": length + after}
            case "stem" | "add_part":
                if self.base_model is None:
                    raise InvalidInput(f"{THE} has no base model loaded (only turbo), so it cannot {kind}.")
                task = "extract" if kind == "stem" else "lego"
                out |= {
                    "task_type": task,
                    "instruction": INSTRUCTIONS[task].format(body["stem"]),
                    "model": self.base_model,
                }
                if kind == "stem":
                    out["prompt"] = ""
            case "cover":
                out |= {"task_type": "cover", "audio_cover_strength": body.get("strength", 0.5)}
            case _:
                raise InvalidInput(f"{THE} has no task for {kind}.")
        return out

    def _upload_of(self, audio: object) -> Path | None:
        if audio is None:
            return None
        if not isinstance(audio, str) or not audio.startswith(UPLOAD_SCHEME):
            raise InvalidInput(f"{THE} takes source audio as an upload made by this server, not a URL.", field="audio")
        name = audio[len(UPLOAD_SCHEME) :]
        if not _FILE_RE.fullmatch(name) or name.startswith("."):
            raise InvalidInput("The source upload's name is not one this server made.", field="audio")
        path = self._uploads / name
        if not path.is_file():
            raise InvalidInput("The source upload is gone (the server restarted before sending it).", field="audio")
        return path

    async def _post(self, fields: dict[str, Any], upload: Path | None, digest: str) -> str:
        url = f"{self.base_url}/release_task"
        for attempt in range(4):
            try:
                if upload is None:
                    response = await self._request(
                        "POST", url, json=fields, headers=self._headers(), via=self._submit_http
                    )
                else:
                    form = {k: v if isinstance(v, str) else json.dumps(v) for k, v in fields.items()}  # text fields
                    with upload.open("rb") as fh:  # httpx streams the file in chunks
                        files = {"src_audio": (upload.name, fh, "application/octet-stream")}
                        response = await self._request(
                            "POST", url, data=form, files=files, headers=self._headers(), via=self._submit_http
                        )
            except (httpx2.ConnectError, httpx2.ConnectTimeout, httpx2.PoolTimeout) as exc:
                raise RetryableError(
                    f"Could not connect to {LABEL} at {self._where()} ({type(exc).__name__}); nothing was sent, "
                    f"so it is safe to try again once it is up."
                ) from None
            except (httpx2.HTTPError, _Unavailable) as exc:
                raise SubmitOutcomeUnknown(
                    f"The connection to {LABEL} failed after the job was sent ({type(exc).__name__}), so it may be "
                    f"rendering there; it is not sent again (body hash {digest[:16]}).",
                    body_hash=digest,
                ) from None
            if response.status_code == 429 and attempt < 3:
                await anyio.sleep(2.0 * (attempt + 1))  # an explicit refusal: nothing was queued
                continue
            return self._task_id(response, digest)
        raise AssertionError("unreachable")  # pragma: no cover

    def _task_id(self, response: httpx2.Response, digest: str) -> str:
        code = response.status_code
        if code == 429:
            raise RetryableError(f"{THE}'s queue is full (HTTP 429); nothing was queued, so try again in a minute.")
        if code in (401, 403):
            raise AuthError(self._auth_sentence(code))
        if 400 <= code < 500:
            raise ClientError(f"{THE} refused the job (HTTP {code}: {self._detail(response)}).", status=code)
        data = _json(response)
        task_id = (data.get("data") or {}).get("task_id") if isinstance(data, dict) else None
        if code >= 300 or not isinstance(task_id, str) or not task_id:
            raise SubmitOutcomeUnknown(
                f"{THE} answered the submit with HTTP {code} and no task id, so the job may be rendering there; "
                f"it is not sent again (body hash {digest[:16]}).",
                body_hash=digest,
            )
        if not _TASK_ID_RE.fullmatch(task_id) or (self._key and self._key in task_id):
            raise SubmitOutcomeUnknown(
                f"{THE} answered the submit with a task id that is not one (not letters, digits and ._:-, or over "
                f"128 characters), so the job may be rendering there but cannot be followed; it is not sent again "
                f"(body hash {digest[:16]}).",
                body_hash=digest,
            )
        return task_id

    # -- follow ---------------------------------------------------------------------------------

    async def wait(
        self, request_id: str, *, on_progress: ProgressFn | None, timeout_s: float, expected_s: float | None
    ) -> Rendered:
        started = time.monotonic()
        limit = min(timeout_s, self._timeout_s)
        polls = unknown = 0
        down_since: float | None = None
        while True:
            elapsed = time.monotonic() - started
            try:
                item = await self._query(request_id)
            except (httpx2.HTTPError, _Unavailable) as exc:  # unreachable, cut off, or an answer not decodable
                down_since = down_since or time.monotonic()
                if time.monotonic() - down_since >= self._down_after_s:
                    raise JobFailed(
                        f"{THE} at {self._where()} stopped answering while job {request_id} was rendering "
                        f"({_name(exc)} for {time.monotonic() - down_since:.0f} s); a restarted server forgets "
                        f"its tasks, so it was not sent again.",
                        request_id=request_id,
                        status="lost",
                    ) from None
                await anyio.sleep(min(5.0, 0.5 + (time.monotonic() - down_since) / 4))
                continue
            down_since = None
            polls += 1
            status = _status(item.get("status"))
            results = _results(item.get("result"))
            if status == 0 and not results:
                unknown += 1
                if unknown >= self._unknown_polls:
                    raise JobFailed(
                        f"{THE} at {self._where()} no longer knows job {request_id} (it restarted, or the "
                        f"result expired); it was not sent again.",
                        request_id=request_id,
                        status="lost",
                    )
            else:
                unknown = 0
            if status == 1:
                return self._rendered(request_id, results, elapsed)
            if status == 2:
                why = next((str(r.get("error")) for r in results if r.get("error")), "no reason given")
                raise JobFailed(
                    f"{THE} failed job {request_id}: {self._scrub(why, 200)}; change the input or try again.",
                    request_id=request_id,
                    status="failed",
                )
            if on_progress is not None:
                stage = str(results[0].get("stage", "")) if results else ""
                phase = QUEUED if stage in ("", "queued") else RENDERING
                await on_progress(Progress(request_id, phase, None, elapsed, polls))
            if elapsed >= limit:
                raise StillRunning(
                    f"Job {request_id} was still queued or rendering at {LABEL} after {elapsed:.0f} s; it keeps "
                    f"running there, so ask about it later instead of making it again."
                )
            await anyio.sleep(_interval(elapsed, expected_s))

    async def _query(self, request_id: str) -> dict[str, Any]:
        response = await self._request(
            "POST", f"{self.base_url}/query_result", json={"task_id_list": [request_id]}, headers=self._headers()
        )
        if response.status_code in (401, 403):
            raise AuthError(self._auth_sentence(response.status_code))
        if response.status_code != 200:
            raise _Unavailable(f"HTTP {response.status_code}")
        data = _json(response)
        items = data.get("data") if isinstance(data, dict) else None
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict) and item.get("task_id") == request_id:
                return item
        raise _Unavailable("an answer without the task")

    def _rendered(self, request_id: str, results: list[dict[str, Any]], elapsed: float) -> Rendered:
        first = results[0] if results else {}
        file = first.get("file")
        if not isinstance(file, str) or not file:
            raise JobFailed(f"{THE} finished job {request_id} without a file.", request_id=request_id, status="failed")
        url = urljoin(self.base_url + "/", file.lstrip("/"))
        metas = first.get("metas") if isinstance(first.get("metas"), dict) else {}
        seeds = str(first.get("seed_value") or "")[:200].split(",")
        output: dict[str, Any] = {
            "metas": self._scrub_tree(metas),
            "dit_model": self._scrub(first.get("dit_model"), 80),
        }
        if re.fullmatch(r"[0-9]{1,19}", seeds[0].strip()):  # ASCII digits only: "²".isdigit() is True
            output["seed"] = int(seeds[0])
        wall = time.time() - float(first["create_time"]) if isinstance(first.get("create_time"), int | float) else None
        return Rendered(
            request_id=request_id,
            status=COMPLETED,
            finished=True,
            audio_url=url,
            output=output,
            cost_usd=0.0,
            wall_s=wall if wall is not None and 0 <= wall < 86400 else elapsed,
        )

    async def cancel(self, request_id: str) -> bool:
        return False  # the API has no cancel: the render goes on, and its track is stored when it lands

    # -- the file -------------------------------------------------------------------------------

    async def fetch(self, url: str, folder: Path, stem: str) -> Downloaded:
        """Stream the file into `folder/<stem>.<ext>`, hashed; the API key only to the server itself."""
        # The real server names its files as `/v1/audio?path=...` on itself: a file anywhere else (another
        # host, a private address, a cloud metadata service) is never fetched, with or without the key.
        if urlsplit(url)[:2] != urlsplit(self.base_url)[:2]:
            raise DownloadRefused(f"{LABEL} named its file on another host ({_origin(url)}), which is not fetched.")
        await anyio.Path(folder).mkdir(parents=True, exist_ok=True)
        part = folder / f".{stem}.part"
        digest = hashlib.sha256()
        size = 0
        head = b""
        try:
            with (
                open(part, "wb") as out,  # noqa: ASYNC230 - chunks land in the page cache; fsync goes to a thread
                anyio.fail_after(self._fetch_timeout_s),  # a trickle never trips the per-read timeout
            ):
                async with self.http.stream("GET", url, headers=self._headers()) as response:
                    if response.status_code in (404, 410):  # deleted there (results expire): it never comes back
                        raise DownloadRefused(
                            f"{LABEL} no longer has the finished file (HTTP {response.status_code}); its result expired there."
                        )
                    if response.status_code != 200:
                        raise DownloadError(
                            f"The finished track could not be downloaded from {LABEL} (HTTP {response.status_code}); "
                            f"its result may have expired there."
                        )
                    ctype = response.headers.get("content-type")
                    async for chunk in response.aiter_raw():
                        head += chunk[: max(0, 16 - len(head))]
                        out.write(chunk)
                        digest.update(chunk)
                        size += len(chunk)
                        if size > MAX_DOWNLOAD_BYTES:
                            raise DownloadRefused("The track passed the 2 GiB download cap; it was not kept.")
                out.flush()
                await anyio.to_thread.run_sync(os.fsync, out.fileno())
            fmt = sniff_format(head, ctype, url)
            final = folder / f"{stem}.{fmt}"
            os.replace(part, final)
            return Downloaded(final, size, digest.hexdigest(), fmt, ctype)
        except httpx2.TransportError as exc:
            raise DownloadError(
                f"The download from {LABEL} failed ({type(exc).__name__}) after {size:,} bytes; ask for the result again."
            ) from None
        except TimeoutError:
            raise DownloadError(
                f"The download from {LABEL} took over {self._fetch_timeout_s:.0f} s ({size:,} bytes by then), so it "
                f"was stopped; ask for the result again."
            ) from None
        finally:
            part.unlink(missing_ok=True)

    def clip_target(self, suffix: str) -> tuple[Path, str] | None:
        self._uploads.mkdir(parents=True, exist_ok=True)
        self._sweep_uploads()
        name = f"clip-{uuid.uuid4().hex}.{suffix}"
        return self._uploads / name, f"{UPLOAD_SCHEME}{name}"

    def discard(self, body: Mapping[str, Any]) -> None:
        """A prepared body that will never be submitted (a dry run): its upload goes now."""
        with contextlib.suppress(InvalidInput, OSError):
            upload = self._upload_of(body.get("audio"))
            if upload is not None:
                upload.unlink(missing_ok=True)

    def _sweep_uploads(self) -> None:
        """Uploads a submit never consumed (a job refused after it was prepared, a crash): gone after a while,
        long after any submit that could still send them."""
        now = time.time()
        with contextlib.suppress(OSError), os.scandir(self._uploads) as entries:
            for entry in entries:
                if entry.name.startswith("clip-") and entry.is_file(follow_symlinks=False):
                    with contextlib.suppress(OSError):
                        if now - entry.stat().st_mtime > UPLOAD_TTL_S:
                            os.unlink(entry.path)

    def reads_url(self, url: str) -> bool:
        return False  # it takes uploads (or paths on its own disk), never URLs

    # -- plumbing -------------------------------------------------------------------------------

    async def _request(
        self, method: str, url: str, *, via: httpx2.AsyncClient | None = None, **kw: Any
    ) -> httpx2.Response:
        """A request whose JSON answer is read up to MAX_ANSWER_BYTES: a broken server's endless answer
        is cut there (`_Unavailable`), never read whole into memory."""
        body = bytearray()
        async with (via or self.http).stream(method, url, **kw) as response:
            async for chunk in response.aiter_bytes():
                body += chunk
                if len(body) > MAX_ANSWER_BYTES:
                    raise _Unavailable(f"an answer over {MAX_ANSWER_BYTES // 2**20} MiB")
        ctype = response.headers.get("content-type", "application/octet-stream")
        return httpx2.Response(response.status_code, headers={"content-type": ctype}, content=bytes(body))

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._key}"} if self._key else {}

    def _where(self) -> str:
        parts = urlsplit(self.base_url)
        return f"{parts.scheme}://{parts.hostname}:{parts.port}" if parts.port else f"{parts.scheme}://{parts.hostname}"

    def _auth_sentence(self, code: int) -> str:
        if self._key:
            return f"{THE} at {self._where()} refused ACESTEP_API_KEY (HTTP {code}); set it to the server's key."
        return f"{THE} at {self._where()} wants an API key (HTTP {code}); set ACESTEP_API_KEY to its key."

    def _scrub(self, value: object, limit: int) -> str:
        return redact(str(value if value is not None else ""), self._key)[:limit]

    def _scrub_tree(self, value: Any) -> Any:
        if isinstance(value, dict):
            return {str(k)[:40]: self._scrub_tree(v) for k, v in list(value.items())[:20]}
        if isinstance(value, str):
            return self._scrub(value, 200)
        return value if isinstance(value, int | float | bool) or value is None else self._scrub(value, 200)

    def _detail(self, response: httpx2.Response) -> str:
        data = _json(response)
        detail = data.get("detail") if isinstance(data, dict) else None
        return self._scrub(detail if detail else response.reason_phrase, 200)


class _Unavailable(AceStepError):
    pass


def _json(response: httpx2.Response) -> Any:
    try:
        return response.json()
    except (ValueError, RecursionError):
        return None


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme[:10]}://{(parts.hostname or '')[:80]}"


def _status(raw: object) -> int | None:
    """The task's status, 0/1/2; a number sent as a string ("1") counts, anything else is no status."""
    if isinstance(raw, str) and raw.strip() in ("0", "1", "2"):
        return int(raw.strip())
    return raw if isinstance(raw, int) and not isinstance(raw, bool) else None


def _results(raw: object) -> list[dict[str, Any]]:
    """`result` is a JSON string of a list (the real server's shape); tolerate the list itself."""
    if isinstance(raw, str):
        try:
            raw = json.loads(raw) if len(raw) < 1_000_000 else []
        except (ValueError, RecursionError):
            return []
    return [r for r in raw if isinstance(r, dict)] if isinstance(raw, list) else []


def _name(exc: BaseException) -> str:
    return type(exc).__name__ if not isinstance(exc, _Unavailable) else str(exc)


def _interval(elapsed: float, expected: float | None) -> float:
    if expected is not None and expected > 0 and elapsed < expected:
        return min(4.0, expected - elapsed + 0.05)
    return min(4.0, max(0.25, elapsed * 0.05))


def _seconds_of(upload: Path | None) -> float:
    if upload is None:
        raise InvalidInput("An extension needs the source audio.", field="audio")
    import soundfile

    info = soundfile.info(str(upload))
    return round(float(info.frames) / float(info.samplerate), 3)


def _language_of(lyrics: str) -> str | None:
    """The lyrics' language as ACE-Step 1.5 names it, when the router's script and word tables are sure."""
    from ace_step_mcp.router import lyrics_language
    from ace_step_mcp.router.languages import language_code

    name = lyrics_language(lyrics)
    return language_code(name) if name else None  # one of the 50 codes ACE-Step 1.5 sings in, or None


__all__ = ["MAX_SECONDS", "Acestep15Backend", "acestep15_offer"]
