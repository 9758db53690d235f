"""The offline RunComfy Model API: a real HTTP server that speaks the same protocol under /v1.

It validates bodies with the same models as the client (`endpoints.py`), runs a job life of
`in_queue` -> `in_progress` -> `completed` on a virtual clock (`queue_delay`, then generated
seconds / `render_speed`), renders real audio in worker threads, serves the files with Range
support, and can be scripted to misbehave through `/_emulator/faults`. Job state is derived from
timestamps, so a thousand waiting jobs cost nothing but their rows.
"""

from __future__ import annotations

import base64
import contextlib
import itertools
import os
import shutil
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import anyio
import anyio.abc
import httpx2
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from ace_step_mcp.endpoints import (
    BY_MODEL_ID,
    MAX_SECONDS,
    RUNCOMFY_TOOLS,
    Endpoint,
    InpaintBody,
    OutpaintBody,
    body_hash,
    validate_body,
)
from ace_step_mcp.errors import InvalidInput


@dataclass
class EmulatorConfig:
    render_speed: float = 20.0  # seconds of audio per wall-clock second; 0 renders instantly
    queue_delay: float = 0.5  # seconds a job waits in_queue
    tokens: frozenset[str] | None = None  # None: any non-empty bearer token
    files_dir: Path | None = None  # None: a temp dir removed at shutdown
    max_fetch_bytes: int = 64 * 1024 * 1024
    # Mark every answer as the emulator's, so clients record its jobs as free previews. False: pass for
    # RunComfy (the test suite does, to exercise caps and spend on a stand-in for the paid service).
    identify: bool = True
    # How a result names its audio: RunComfy's nodes expect a string URL, fal's same endpoints answer
    # an object {url, content_type, file_name, file_size}; "mixed" alternates, as a client must take both.
    audio_form: str = "string"
    # Edits: "resynth" returns the whole clip re-synthesised at 48 kHz stereo, as RunComfy's ACE-Step v1
    # endpoints do; "exact" keeps the input's samples outside the edit (an idealised service).
    edit_mode: str = "resynth"


@dataclass
class Job:
    request_id: str
    endpoint: Endpoint
    body: dict[str, Any]
    created: float
    created_at: str
    queue_delay: float
    render_s: float
    generated_s: float
    seed: int
    fail: str | None = None
    cancelled: bool = False
    finished_at: str | None = None
    path: Path | None = None
    done: anyio.Event = field(default_factory=anyio.Event)
    error: str | None = None
    duration_s: float | None = None

    def billed_usd(self, now: float) -> float:
        """What RunComfy bills for it: a completed render, per generated second; nothing otherwise."""
        return round(self.generated_s * self.endpoint.price_per_s, 6) if self.state(now) == "completed" else 0.0

    def state(self, now: float) -> str:
        if self.cancelled:
            return "cancelled"
        age = now - self.created
        if age < self.queue_delay:
            return "in_queue"
        if age < self.queue_delay + self.render_s or not self.done.is_set():
            return "in_progress"
        return "failed" if (self.fail or self.error) else "completed"


class Emulator:
    def __init__(self, config: EmulatorConfig | None = None) -> None:
        self.config = config or EmulatorConfig()
        self.jobs: dict[str, Job] = {}
        self.faults: list[dict[str, Any]] = []
        self.submits: Counter[str] = Counter()
        self.submits_by_model: Counter[str] = Counter()
        self.status_calls: Counter[str] = Counter()
        self.completed_at: dict[str, float] = {}
        self.downloads = 0
        self.downloads_with_authorization = 0
        self.public_base = ""  # http://host:port, set once bound
        self._files = self.config.files_dir
        self._own_tmp: str | None = None
        self._tg: anyio.abc.TaskGroup | None = None
        self._render_limit = anyio.CapacityLimiter(max(1, (os.cpu_count() or 2)))
        self._seq = itertools.count(1)
        self.app = Starlette(
            routes=[
                Route("/v1/models/{model_id:path}", self.submit, methods=["POST"]),
                Route("/v1/models/{model_id:path}", self.catalog, methods=["GET"]),
                Route("/v1/requests/{rid}/status", self.status, methods=["GET"]),
                Route("/v1/requests/{rid}/result", self.result, methods=["GET"]),
                Route("/v1/requests/{rid}/cancel", self.cancel, methods=["POST"]),
                Route("/files/{name}", self.file, methods=["GET"]),
                Route("/_emulator/submits", self.ctl_submits, methods=["GET"]),
                Route("/_emulator/faults", self.ctl_faults, methods=["POST", "DELETE"]),
                Route("/_emulator/config", self.ctl_config, methods=["POST"]),
                Route("/_emulator/jobs", self.ctl_jobs, methods=["GET"]),
                Route("/_emulator/redirect", self.redirect, methods=["GET"]),
                Route("/_emulator/blob", self.ctl_blob, methods=["POST"]),
            ],
            lifespan=self._lifespan,
            middleware=[Middleware(_Identified)] if self.config.identify else [],
        )

    @contextlib.asynccontextmanager
    async def _lifespan(self, app: Starlette) -> AsyncIterator[None]:
        async with self.running():
            yield

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        # numpy and the renderer load here, once, rather than stalling the loop at the first job.
        from ace_step_mcp.emulator import edit, render  # noqa: F401

        if self._files is None:
            self._own_tmp = tempfile.mkdtemp(prefix="ace-step-emulator-")
            self._files = Path(self._own_tmp)
        self._files.mkdir(parents=True, exist_ok=True)
        try:
            async with anyio.create_task_group() as tg:
                self._tg = tg
                yield
                tg.cancel_scope.cancel()
        finally:
            self._tg = None
            if self._own_tmp:
                shutil.rmtree(self._own_tmp, ignore_errors=True)

    # -- helpers --------------------------------------------------------------------------------

    def _authorized(self, request: Request) -> bool:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            return False
        return self.config.tokens is None or token in self.config.tokens

    def _take_fault(self, on: str) -> dict[str, Any] | None:
        for fault in self.faults:
            if fault.get("on") == on:
                fault["count"] = int(fault.get("count", 1)) - 1
                if fault["count"] <= 0:
                    self.faults.remove(fault)
                return fault
        return None

    async def _apply_fault(self, on: str) -> Response | None:
        return await self._fault_response(self._take_fault(on))

    async def _fault_response(self, fault: dict[str, Any] | None) -> Response | None:
        """What a scripted fault answers instead of the route (None: the route answers, perhaps later)."""
        if fault is None:
            return None
        if fault.get("delay_s"):
            await anyio.sleep(float(fault["delay_s"]))
        if "body" in fault:
            return JSONResponse(fault["body"])
        if fault.get("drop"):
            return _DroppedResponse(0)
        if "gateway" in fault:
            # A proxy in front of the API: an HTML page, not the API's JSON error body.
            status = int(fault["gateway"])
            page = f"<html><body><h1>{status} Bad Gateway</h1><p>upstream timed out</p></body></html>"
            return Response(page, status_code=status, media_type="text/html")
        if "status" in fault:
            status = int(fault["status"])
            headers = {"Retry-After": str(fault["retry_after"])} if "retry_after" in fault else None
            known = {400: 422001, 401: 400004, 402: 400002, 403: 403001, 404: 404001, 422: 422001}
            code = known.get(status, 500001 if status >= 500 else None)
            body: dict[str, Any] = {"error_message": fault.get("message", f"emulated HTTP {status}")}
            if code is not None:
                body["error_code"] = code
            return JSONResponse(body, status_code=status, headers=headers)
        if "drop_after_bytes" in fault:
            return None  # handled by the file route, which asked for it
        return None

    @staticmethod
    def _now_iso() -> str:
        return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")

    def _urls(self, rid: str) -> dict[str, str]:
        base = f"{self.public_base}/v1/requests/{rid}"
        return {
            "status_url": f"{base}/status",
            "result_url": f"{base}/result",
            "cancel_url": f"{base}/cancel",
        }

    def _queue_position(self, job: Job, now: float) -> int:
        return 1 + sum(1 for j in self.jobs.values() if j.created < job.created and j.state(now) == "in_queue")

    @staticmethod
    def _unauthorized() -> JSONResponse:
        return JSONResponse({"error_code": 400004, "error_message": "Missing or invalid API token."}, status_code=401)

    def _job(self, request: Request) -> Job | JSONResponse:
        rid = request.path_params["rid"]
        job = self.jobs.get(rid)
        if job is None:
            return JSONResponse(
                {"error_code": 404001, "error_message": f"Request {rid[:64]} not found."}, status_code=404
            )
        return job

    # -- API ------------------------------------------------------------------------------------

    async def submit(self, request: Request) -> Response:
        if not self._authorized(request):
            return self._unauthorized()
        model_id = request.path_params["model_id"]
        try:
            raw = await request.json()
        except ValueError:
            raw = None
        key = body_hash(model_id, raw) if isinstance(raw, dict) else "invalid-json"
        self.submits[key] += 1
        self.submits_by_model[model_id] += 1
        fault = self._take_fault("submit")
        faulted = await self._fault_response(fault)
        if faulted is not None:
            if isinstance(faulted, _DroppedResponse) or (fault and "gateway" in fault):
                # The job is created, then the answer is lost or replaced by a gateway's page: the
                # case a client must not resubmit.
                self._create(model_id, raw)
            return faulted
        endpoint = BY_MODEL_ID.get(model_id)
        if endpoint is None or endpoint.tool not in RUNCOMFY_TOOLS:  # ACE-Step 1.5's own tasks are not RunComfy's
            return JSONResponse(
                {"error_code": 400001, "error_message": f"Model {model_id[:100]} not found."}, status_code=404
            )
        try:
            validate_body(endpoint, raw)
        except InvalidInput as exc:
            loc = ["body", exc.field] if exc.field else ["body"]
            return JSONResponse(
                {
                    "error_code": 422001,
                    "error_message": str(exc),
                    "detail": [{"loc": loc, "msg": str(exc), "type": "value_error"}],
                },
                status_code=422,
            )
        job = self._create(model_id, raw)
        return JSONResponse({"request_id": job.request_id, **self._urls(job.request_id)})

    def _create(self, model_id: str, raw: Any) -> Job:
        endpoint = BY_MODEL_ID.get(model_id) or BY_MODEL_ID["acestep-ai/ace-step/text-to-audio"]
        try:
            wire = validate_body(endpoint, raw).model_dump()
        except InvalidInput:
            wire = {"tags": "invalid", "duration": 5}
        generated = _generated_guess(wire)
        seed = int(wire.get("seed", -1))
        if seed == -1:
            seed = int.from_bytes(os.urandom(4), "big") & 0x7FFFFFFF
        speed = self.config.render_speed
        rid = f"emu-{next(self._seq):06d}-{uuid.uuid4().hex[:12]}"
        fail_fault = self._take_fault("job")
        job = Job(
            request_id=rid,
            endpoint=endpoint,
            body=wire,
            created=time.monotonic(),
            created_at=self._now_iso(),
            queue_delay=self.config.queue_delay,
            render_s=generated / speed if speed > 0 else 0.0,
            generated_s=generated,
            seed=seed,
            fail=str(fail_fault.get("fail")) if fail_fault else None,
        )
        self.jobs[rid] = job
        assert self._tg is not None, "the emulator must be running"
        self._tg.start_soon(self._render, job)
        return job

    async def _render(self, job: Job) -> None:
        try:
            if job.fail is None:
                await self._render_audio(job)
        except _JobError as exc:
            job.error = str(exc)
        except Exception as exc:  # a render bug must fail the job, not the server
            job.error = f"render error: {type(exc).__name__}"
        finally:
            job.done.set()
            # The virtual clock decides when the job is visibly finished.
            wait = job.created + job.queue_delay + job.render_s - time.monotonic()
            if wait > 0:
                await anyio.sleep(wait)
            if not job.cancelled:
                job.finished_at = self._now_iso()
                self.completed_at[job.request_id] = time.time()

    async def _render_audio(self, job: Job) -> None:
        from ace_step_mcp.emulator import edit, render

        assert self._files is not None
        path = self._files / f"{job.request_id}.wav"
        body = job.body
        recipe = render.Recipe.from_prompt(body["tags"], body.get("lyrics"), job.seed)
        if job.endpoint.kind == "text_to_audio":
            await anyio.to_thread.run_sync(
                render.render_to_wav, str(path), recipe, float(body["duration"]), limiter=self._render_limit
            )
            job.duration_s = float(body["duration"])
        else:
            data = await self._fetch_audio(body["audio"])
            exact = self.config.edit_mode == "exact"
            try:
                src = await anyio.to_thread.run_sync(edit.decode, data, limiter=self._render_limit)
            except edit.UndecodableAudio as exc:
                raise _JobError(f"the input audio could not be decoded ({exc})") from None
            if job.endpoint.kind == "inpaint":
                start = edit.resolve_anchor(body["start_time"], body["start_time_relative_to"], src.seconds)
                end = edit.resolve_anchor(body["end_time"], body["end_time_relative_to"], src.seconds)
                if not (0 <= start < end <= src.seconds + 1e-9):
                    raise _JobError(
                        f"the window {start:.2f}-{end:.2f} s is empty or outside the {src.seconds:.2f} s track"
                    )
                job.generated_s = end - start
                recipe, origin = await anyio.to_thread.run_sync(
                    edit.on_the_grid, src, recipe, body["tags"], limiter=self._render_limit
                )
                out = await anyio.to_thread.run_sync(
                    edit.inpaint if exact else edit.inpaint_resynth,
                    src,
                    recipe,
                    start,
                    min(end, src.seconds),
                    origin,
                    limiter=self._render_limit,
                )
            else:
                out = await anyio.to_thread.run_sync(
                    edit.outpaint if exact else edit.outpaint_resynth,
                    src,
                    recipe,
                    body["extend_before_duration"],
                    body["extend_after_duration"],
                    limiter=self._render_limit,
                )
            await anyio.to_thread.run_sync(edit.write_wav, str(path), out, limiter=self._render_limit)
            job.duration_s = out.seconds
        job.path = path

    async def _fetch_audio(self, ref: str) -> bytes:
        limit = self.config.max_fetch_bytes
        if ref.startswith("data:"):
            _, _, payload = ref.partition(",")
            if len(payload) > limit * 4 // 3 + 4:
                raise _JobError("the data URI is larger than the emulator accepts")
            try:
                return base64.b64decode(payload, validate=False)
            except ValueError:
                raise _JobError("the data URI is not valid base64") from None
        own = f"{self.public_base}/files/"
        if self.public_base and ref.startswith(own):
            job = self.jobs.get(ref[len(own) :].rsplit(".", 1)[0])
            if job is None or job.path is None:
                raise _JobError("the input audio URL is not a finished track")
            return await anyio.Path(job.path).read_bytes()
        if not ref.startswith(("http://", "https://")):
            raise _JobError("audio must be an http(s) URL or a data URI")
        try:
            async with (
                httpx2.AsyncClient(timeout=30, follow_redirects=True) as client,
                client.stream("GET", ref) as response,
            ):
                if response.status_code != 200:
                    raise _JobError(f"fetching the input audio answered HTTP {response.status_code}")
                chunks: list[bytes] = []
                size = 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise _JobError("the input audio is larger than the emulator accepts")
                    chunks.append(chunk)
                return b"".join(chunks)
        except httpx2.HTTPError as exc:
            raise _JobError(f"the input audio could not be fetched ({type(exc).__name__})") from None

    async def catalog(self, request: Request) -> Response:
        if not self._authorized(request):
            return self._unauthorized()
        endpoint = BY_MODEL_ID.get(request.path_params["model_id"])
        if endpoint is None:
            return JSONResponse({"error_code": 400001, "error_message": "Model not found."}, status_code=404)
        return JSONResponse(
            {
                "model_id": endpoint.model_id,
                "base_price_usd": endpoint.price_per_s,
                "price_unit": "second",
                "input_schema": endpoint.body_model.model_json_schema(),
            }
        )

    async def status(self, request: Request) -> Response:
        if not self._authorized(request):
            return self._unauthorized()
        faulted = await self._apply_fault("status")
        if faulted is not None:
            return faulted
        job = self._job(request)
        if isinstance(job, Response):
            return job
        self.status_calls[job.request_id] += 1
        now = time.monotonic()
        state = job.state(now)
        body: dict[str, Any] = {"request_id": job.request_id, "status": state, **self._urls(job.request_id)}
        if state == "in_queue":
            body["queue_position"] = self._queue_position(job, now)
        return JSONResponse(body)

    async def result(self, request: Request) -> Response:
        if not self._authorized(request):
            return self._unauthorized()
        fault = self._take_fault("result")
        faulted = await self._fault_response(fault)
        if faulted is not None:
            return faulted
        job = self._job(request)
        if isinstance(job, Response):
            return job
        state = job.state(time.monotonic())
        body: dict[str, Any] = {"request_id": job.request_id, "status": state, "created_at": job.created_at}
        if state == "completed" and job.path is not None:
            body["output"] = {"audio": self._audio_of(job), "seed": job.seed, "duration": job.duration_s}
            body["finished_at"] = job.finished_at
        elif state == "failed":
            body["error"] = job.fail or job.error or "failed"
            body["finished_at"] = job.finished_at
        if request.query_params.get("include_cost", "").lower() == "true" and state == "completed":
            body["cost"] = fault["cost"] if fault and "cost" in fault else job.billed_usd(time.monotonic())
        return JSONResponse(body)

    def _audio_of(self, job: Job) -> str | dict[str, Any]:
        assert job.path is not None
        url = f"{self.public_base}/files/{job.path.name}"
        as_object = self.config.audio_form == "object" or (
            self.config.audio_form == "mixed" and int(job.request_id.split("-")[1]) % 2 == 0
        )
        if not as_object:
            return url
        return {
            "url": url,
            "content_type": "audio/wav",
            "file_name": job.path.name,
            "file_size": job.path.stat().st_size,
        }

    async def cancel(self, request: Request) -> Response:
        if not self._authorized(request):
            return self._unauthorized()
        faulted = await self._apply_fault("cancel")
        if faulted is not None:
            return faulted
        job = self._job(request)
        if isinstance(job, Response):
            return job
        if job.state(time.monotonic()) == "in_queue":
            job.cancelled = True
            return JSONResponse({"request_id": job.request_id, "status": "cancelled", "outcome": "cancelled"})
        return JSONResponse(
            {
                "request_id": job.request_id,
                "status": job.state(time.monotonic()),
                "outcome": "not_cancellable",
            }
        )

    async def file(self, request: Request) -> Response:
        name = request.path_params["name"]
        job = self.jobs.get(name.rsplit(".", 1)[0])
        if job is None or job.path is None or job.path.name != name:
            return JSONResponse({"error_message": "not found"}, status_code=404)
        self.downloads += 1
        if "authorization" in request.headers:
            self.downloads_with_authorization += 1
        fault = self._take_fault("download")
        if fault is not None:
            if fault.get("delay_s"):
                await anyio.sleep(float(fault["delay_s"]))
            if "drop_after_bytes" in fault:
                return _DroppedResponse(int(fault["drop_after_bytes"]), job.path)
            if "status" in fault:
                headers = {"Retry-After": str(fault["retry_after"])} if "retry_after" in fault else None
                return Response(status_code=int(fault["status"]), headers=headers)
        media = {".flac": "audio/flac", ".mp3": "audio/mpeg", ".ogg": "audio/ogg"}.get(job.path.suffix, "audio/wav")
        return FileResponse(job.path, media_type=media)

    async def redirect(self, request: Request) -> Response:
        """A hostile file host for tests: redirects wherever `to` says (e.g. a metadata address)."""
        return Response(status_code=302, headers={"Location": request.query_params.get("to", "/")})

    # -- control --------------------------------------------------------------------------------

    async def ctl_submits(self, request: Request) -> Response:
        if not self._authorized(request):
            return self._unauthorized()
        return JSONResponse(
            {
                "total": sum(self.submits.values()),
                "by_model": dict(self.submits_by_model),
                "by_body_hash": dict(self.submits),
                "downloads": self.downloads,
                "downloads_with_authorization": self.downloads_with_authorization,
            }
        )

    async def ctl_faults(self, request: Request) -> Response:
        if not self._authorized(request):
            return self._unauthorized()
        if request.method == "DELETE":
            self.faults.clear()
            return JSONResponse({"faults": []})
        try:
            data = await request.json()
        except ValueError:
            data = None
        faults = data.get("faults") if isinstance(data, dict) else None
        valid_on = {"submit", "status", "result", "cancel", "download", "job"}
        if not isinstance(faults, list) or not all(isinstance(f, dict) and f.get("on") in valid_on for f in faults):
            return JSONResponse(
                {"error_message": f"faults must be a list of objects whose 'on' is one of {sorted(valid_on)}"},
                status_code=422,
            )
        self.faults.extend(faults)
        return JSONResponse({"faults": self.faults})

    async def ctl_config(self, request: Request) -> Response:
        if not self._authorized(request):
            return self._unauthorized()
        data = await request.json()
        if "render_speed" in data:
            self.config.render_speed = float(data["render_speed"])
        if "queue_delay" in data:
            self.config.queue_delay = float(data["queue_delay"])
        if data.get("audio_form") in ("string", "object", "mixed"):
            self.config.audio_form = str(data["audio_form"])
        if data.get("edit_mode") in ("exact", "resynth"):
            self.config.edit_mode = str(data["edit_mode"])
        return JSONResponse(
            {
                "render_speed": self.config.render_speed,
                "queue_delay": self.config.queue_delay,
                "audio_form": self.config.audio_form,
                "edit_mode": self.config.edit_mode,
            }
        )

    async def ctl_blob(self, request: Request) -> Response:
        """Publish a big file (sparse, so free to make) at a file URL, for download benchmarks."""
        if not self._authorized(request):
            return self._unauthorized()
        size = int((await request.json()).get("bytes", 0))
        assert self._files is not None
        rid = f"blob-{size}"
        path = self._files / f"{rid}.wav"
        with open(path, "wb") as f:  # noqa: ASYNC230 - a truncate, no data written
            f.truncate(size)
        job = Job(rid, BY_MODEL_ID["acestep-ai/ace-step/text-to-audio"], {}, 0.0, "", 0.0, 0.0, 0.0, 0, path=path)
        job.done.set()
        self.jobs[rid] = job
        return JSONResponse({"url": f"{self.public_base}/files/{path.name}", "bytes": size})

    def upload_path(self, ext: str) -> tuple[Path, str]:
        """A file this emulator serves at a file URL, for the process that runs it in-process: the path
        to write, and the URL to send as `audio` (offline edits never go inline)."""
        assert self._files is not None
        rid = f"upload-{next(self._seq)}"
        path = self._files / f"{rid}.{ext}"
        job = Job(rid, BY_MODEL_ID["acestep-ai/ace-step/text-to-audio"], {}, 0.0, "", 0.0, 0.0, 0.0, 0, path=path)
        job.done.set()
        self.jobs[rid] = job
        return path, f"{self.public_base}/files/{path.name}"

    def serves(self, url: str) -> bool:
        """Whether `url` is a file this emulator (this run of it) serves."""
        own = f"{self.public_base}/files/"
        if not self.public_base or not url.startswith(own):
            return False
        job = self.jobs.get(url[len(own) :].rsplit(".", 1)[0])
        return job is not None and job.path is not None and job.path.is_file()

    async def ctl_jobs(self, request: Request) -> Response:
        if not self._authorized(request):
            return self._unauthorized()
        now = time.monotonic()
        return JSONResponse(
            {
                "jobs": [
                    {
                        "request_id": j.request_id,
                        "model_id": j.endpoint.model_id,
                        "status": j.state(now),
                        "status_calls": self.status_calls[j.request_id],
                        "completed_at": self.completed_at.get(j.request_id),
                        "billed_usd": j.billed_usd(now),
                        "body_hash": body_hash(j.endpoint.model_id, j.body),
                        # What was asked, without the audio (a URL or megabytes of data URI).
                        "params": {k: v for k, v in j.body.items() if k != "audio"},
                    }
                    for j in self.jobs.values()
                ]
            }
        )


EMULATOR_HEADER = b"x-ace-step-emulator"


class _Identified:
    """Every answer says it comes from this emulator, so a client pointed at it (by
    RUNCOMFY_MODEL_API_BASE) knows its jobs are free previews, not RunComfy renders."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def marked(message: Any) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), (EMULATOR_HEADER, b"1")]}
            await send(message)

        await self.app(scope, receive, marked if scope["type"] == "http" else send)


class _JobError(Exception):
    pass


def _generated_guess(body: dict[str, Any]) -> float:
    """Seconds of new audio, for timing and cost before the input is decoded."""
    if "duration" in body:
        return float(body["duration"])
    if "extend_after_duration" in body:
        return float(body["extend_before_duration"]) + float(body["extend_after_duration"])
    if "end_time" in body:
        start, end = float(body["start_time"]), float(body["end_time"])
        same = body["start_time_relative_to"] == body["end_time_relative_to"]
        return abs(end - start) if same else float(MAX_SECONDS) / 4
    return 0.0


class _DroppedResponse(Response):
    """Sends headers and `n` bytes of a body that claims to be longer, then drops the connection."""

    def __init__(self, n: int, path: Path | None = None) -> None:
        super().__init__()
        self.n = n
        self.path = path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        data = (await anyio.Path(self.path).read_bytes())[: self.n] if self.path else b""
        total = (await anyio.Path(self.path).stat()).st_size if self.path else 64
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-length", str(total).encode()), (b"content-type", b"audio/wav")],
            }
        )
        if data:
            await send({"type": "http.response.body", "body": data, "more_body": True})
        raise ConnectionAbortedError("emulated dropped connection")


__all__ = ["Emulator", "EmulatorConfig", "InpaintBody", "OutpaintBody"]
