"""The emulator's second protocol: a self-hosted ACE-Step 1.5 API server (`acestep-api`).

It imitates the real server's wire and its unkind parts (ACE-Step-1.5 `acestep/api_server.py`):
- every answer in the `{data, code, error, timestamp, extra}` envelope; errors as FastAPI's `{detail}`;
- `POST /release_task` (JSON, or multipart with `src_audio`), `POST /query_result` (integer statuses
  0/1/2, `result` a JSON *string*), `GET /v1/audio?path=`, `/health`, `/v1/models`, `/v1/stats`;
- an optional API key (`Authorization: Bearer` or `ai_token` in the body); 429 when its queue is full;
- one render at a time (one GPU worker), `batch_size` 2 unless sent, a duration of its own choosing
  when none is sent, `repainting_end` of 0 or less meaning the end of the source;
- no cancel endpoint; an unknown task id reads as queued forever (`"[]"`, status 0), and so does a
  result once it has expired (`result_ttl_s`).

Renders are the offline preview's (`render.py`); repaint keeps nothing bit for bit (the whole
source passes through the autoencoder's stand-in), and pads the source with new audio when the
window reaches past either end. `extract` splits by frequency with complementary masks, so the
stems it has (bass, vocals, drums) sum to the source; other track names come back silent. `cover`
keeps the source's tempo, length and loudness contour.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from ace_step_mcp.emulator.edit import Decoded

MODELS = ("acestep-v15-turbo", "acestep-v15-base")  # the default first; turbo models cannot extract or lego
STEM_BANDS = {"bass": (0.0, 250.0), "vocals": (250.0, 4000.0), "drums": (4000.0, None)}
_TRACK = re.compile(r"(?:Extract|Generate) the (\w+) track", re.IGNORECASE)


@dataclass
class Acestep15Config:
    render_speed: float = 20.0  # seconds of audio per wall-clock second; 0 renders instantly
    queue_delay: float = 0.2  # seconds before the worker takes a job
    api_key: str | None = None  # ACESTEP_API_KEY: None accepts anyone
    queue_max: int = 200  # ACESTEP_QUEUE_MAXSIZE
    result_ttl_s: float = 7 * 24 * 3600.0  # how long a finished task (and its files) is kept
    models: tuple[str, ...] = MODELS
    files_dir: Path | None = None
    drop_submits: int = 0  # a fault: the next N submits are queued, then the connection is cut unanswered


@dataclass
class Task:
    task_id: str
    params: dict[str, Any]
    src: Path | None
    created: float
    status: int = 0  # 0 queued or running, 1 succeeded, 2 failed
    stage: str = "queued"
    files: list[Path] = field(default_factory=list)
    error: str | None = None
    finished: float | None = None
    metas: dict[str, Any] = field(default_factory=dict)
    seeds: list[int] = field(default_factory=list)


class Acestep15Emulator:
    def __init__(self, config: Acestep15Config | None = None) -> None:
        self.config = config or Acestep15Config()
        self.tasks: dict[str, Task] = {}
        self.submits: Counter[str] = Counter()  # task_type -> accepted submits
        self.refused = 0  # 429s
        self.queries = 0
        self.public_base = ""
        self._queue: list[str] = []
        self._own_tmp: str | None = None
        self._files = self.config.files_dir
        self._wake = anyio.Event()
        self.app = Starlette(
            routes=[
                Route("/release_task", self.release_task, methods=["POST"]),
                Route("/query_result", self.query_result, methods=["POST"]),
                Route("/v1/audio", self.audio, methods=["GET"]),
                Route("/health", self.health, methods=["GET"]),
                Route("/v1/models", self.models, methods=["GET"]),
                Route("/v1/stats", self.stats, methods=["GET"]),
                Route("/_emulator/submits", self.ctl_submits, methods=["GET"]),
                Route("/_emulator/config", self.ctl_config, methods=["POST"]),
            ],
            lifespan=self._lifespan,
        )

    # -- life -----------------------------------------------------------------------------------

    @contextlib.asynccontextmanager
    async def _lifespan(self, app: Starlette) -> AsyncIterator[None]:
        async with self.running():
            yield

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        from ace_step_mcp.emulator import edit, render  # noqa: F401 - numpy and the renderer load once, here

        if self._files is None:
            self._own_tmp = tempfile.mkdtemp(prefix="acestep15-emulator-")
            self._files = Path(self._own_tmp)
        self._files.mkdir(parents=True, exist_ok=True)
        try:
            async with anyio.create_task_group() as tg:
                tg.start_soon(self._worker)
                yield
                tg.cancel_scope.cancel()
        finally:
            if self._own_tmp:
                shutil.rmtree(self._own_tmp, ignore_errors=True)

    async def _worker(self) -> None:
        """One GPU: one task at a time, in the order they came."""
        while True:
            if not self._queue:
                self._wake = anyio.Event()
                await self._wake.wait()
                continue
            task = self.tasks.get(self._queue[0])
            if task is not None:
                await anyio.sleep(max(0.0, task.created + self.config.queue_delay - time.time()))
            self._queue.pop(0)
            if task is None:
                continue
            task.stage = "running"
            started = time.time()
            try:
                seconds = await anyio.to_thread.run_sync(self._render, task)
            except _TaskError as exc:
                task.status, task.error = 2, str(exc)
            except Exception as exc:  # a render bug fails the task, not the server
                task.status, task.error = 2, f"render error: {type(exc).__name__}"
            else:
                speed = self.config.render_speed
                await anyio.sleep(max(0.0, (seconds / speed if speed > 0 else 0.0) - (time.time() - started)))
                task.status = 1
            task.stage = "done"
            task.finished = time.time()
            if task.src is not None:
                task.src.unlink(missing_ok=True)

    def _expire(self) -> None:
        now = time.time()
        for tid, task in list(self.tasks.items()):
            if task.finished is not None and now - task.finished > self.config.result_ttl_s:
                for f in task.files:
                    f.unlink(missing_ok=True)
                del self.tasks[tid]

    # -- the wire -------------------------------------------------------------------------------

    @staticmethod
    def wrap(data: Any, code: int = 200, error: str | None = None) -> JSONResponse:
        return JSONResponse(
            {"data": data, "code": code, "error": error, "timestamp": int(time.time() * 1000), "extra": None}
        )

    def _authorized(self, request: Request, body: dict[str, Any] | None = None) -> bool:
        key = self.config.api_key
        if not key:
            return True
        header = request.headers.get("authorization", "")
        given = header[7:] if header.lower().startswith("bearer ") else header
        return given == key or (body is not None and body.get("ai_token") == key)

    @staticmethod
    def _refuse(status: int, detail: str) -> JSONResponse:
        return JSONResponse({"detail": detail}, status_code=status)

    async def release_task(self, request: Request) -> Response:
        ctype = request.headers.get("content-type", "").lower()
        src: Path | None = None
        if ctype.startswith("multipart/form-data"):
            form = await request.form(max_part_size=256 * 2**20)
            params = {k: v for k, v in form.items() if isinstance(v, str)}
            upload = form.get("src_audio") or form.get("ctx_audio")
            if upload is not None and not isinstance(upload, str):
                assert self._files is not None
                src = self._files / f"upload-{uuid.uuid4().hex}"
                with src.open("wb") as out:
                    while chunk := await upload.read(1 << 20):
                        out.write(chunk)
        elif "json" in ctype:
            try:
                params = await request.json()
            except ValueError:
                return self._refuse(400, "Invalid JSON body")
            if not isinstance(params, dict):
                return self._refuse(400, "JSON payload must be an object")
        else:
            return self._refuse(415, f"Unsupported Content-Type: {ctype or '(missing)'}")
        if not self._authorized(request, params):
            if src is not None:
                src.unlink(missing_ok=True)
            return self._refuse(401, "Invalid API key")
        if len(self._queue) >= self.config.queue_max:
            self.refused += 1
            if src is not None:
                src.unlink(missing_ok=True)
            return self._refuse(429, "Server busy: queue is full")
        task = Task(task_id=str(uuid.uuid4()), params=params, src=src, created=time.time())
        self.tasks[task.task_id] = task
        self._queue.append(task.task_id)
        self.submits[str(params.get("task_type") or "text2music")] += 1
        self._wake.set()
        if self.config.drop_submits > 0:
            from ace_step_mcp.emulator.app import _DroppedResponse

            self.config.drop_submits -= 1
            return _DroppedResponse(0)
        return self.wrap({"task_id": task.task_id, "status": "queued", "queue_position": len(self._queue)})

    async def query_result(self, request: Request) -> Response:
        try:
            body = await request.json()
        except ValueError:
            body = {}
        body = body if isinstance(body, dict) else {}
        if not self._authorized(request, body):
            return self._refuse(401, "Invalid API key")
        self.queries += 1
        self._expire()
        ids = body.get("task_id_list", [])
        if isinstance(ids, str):
            try:
                ids = json.loads(ids)
            except ValueError:
                ids = []
        out = []
        for tid in ids if isinstance(ids, list) else []:
            task = self.tasks.get(str(tid))
            if task is None:  # unknown or expired: queued forever, as the real server says
                out.append({"task_id": tid, "result": "[]", "status": 0})
                continue
            out.append({"task_id": tid, "result": json.dumps(self._result(task)), "status": task.status})
        return self.wrap(out)

    def _result(self, task: Task) -> list[dict[str, Any]]:
        common = {"wave": "", "status": task.status, "create_time": int(task.created), "env": "development"}
        if task.status != 1:
            return [{**common, "file": "", "prompt": "", "lyrics": "", "metas": {}, "stage": task.stage,
                     "progress": 0.0 if task.status == 0 else 1.0, "error": task.error}]  # fmt: skip
        return [
            {
                **common,
                "file": f"/v1/audio?path={_quote(str(f))}",
                "prompt": task.params.get("prompt", ""),
                "lyrics": task.params.get("lyrics", ""),
                "metas": task.metas,
                "generation_info": "emulated",
                "seed_value": ",".join(map(str, task.seeds)),
                "lm_model": "none",
                "dit_model": task.params.get("model") or self.config.models[0],
            }
            for f in task.files
        ]

    async def audio(self, request: Request) -> Response:
        if not self._authorized(request):
            return self._refuse(401, "Invalid API key")
        self._expire()
        assert self._files is not None
        try:
            resolved = Path(await anyio.Path(request.query_params.get("path", "")).resolve())
        except (OSError, ValueError):
            return self._refuse(404, "Audio file not found")
        if not resolved.is_relative_to(await anyio.Path(self._files).resolve()):
            return self._refuse(403, "Access denied: path outside allowed directory")
        if not await anyio.Path(resolved).is_file():
            return self._refuse(404, "Audio file not found")
        media = {".wav": "audio/wav", ".flac": "audio/flac", ".mp3": "audio/mpeg"}.get(resolved.suffix, "audio/mpeg")
        return FileResponse(resolved, media_type=media)

    async def health(self, request: Request) -> Response:
        return self.wrap({"status": "ok", "service": "ACE-Step API", "version": "1.0"})

    async def models(self, request: Request) -> Response:
        if not self._authorized(request):
            return self._refuse(401, "Invalid API key")
        names = self.config.models
        return self.wrap(
            {
                "models": [{"name": n, "is_default": i == 0} for i, n in enumerate(names)],
                "default_model": names[0] if names else None,
            }
        )

    async def stats(self, request: Request) -> Response:
        if not self._authorized(request):
            return self._refuse(401, "Invalid API key")
        states = Counter(t.status for t in self.tasks.values())
        return self.wrap(
            {
                "jobs": {
                    "total": len(self.tasks),
                    "queued": len(self._queue),
                    "succeeded": states[1],
                    "failed": states[2],
                },
                "queue_size": len(self._queue),
                "queue_maxsize": self.config.queue_max,
                "avg_job_seconds": 5.0,
            }
        )

    async def ctl_submits(self, request: Request) -> Response:
        return JSONResponse(
            {"submits": dict(self.submits), "total": sum(self.submits.values()), "refused": self.refused}
        )

    async def ctl_config(self, request: Request) -> Response:
        """Tests change the server's behaviour while it runs (a full queue, expiry, speed)."""
        body = await request.json()
        for name in ("render_speed", "queue_delay", "queue_max", "result_ttl_s", "drop_submits"):
            if name in body:
                setattr(self.config, name, type(getattr(self.config, name))(body[name]))
        return JSONResponse({"ok": True})

    # -- rendering (a worker thread) ------------------------------------------------------------

    def _render(self, task: Task) -> float:
        """Render the task's files; the seconds of audio made (for the virtual clock)."""
        from ace_step_mcp.emulator import edit

        p = task.params
        kind = str(p.get("task_type") or "text2music")
        model = str(p.get("model") or self.config.models[0])
        if model not in self.config.models:
            raise _TaskError(f"model {model!r} is not loaded")
        if kind in ("extract", "lego", "complete") and "turbo" in model:
            raise _TaskError(f"task_type {kind!r} needs a base model, not {model!r}")
        batch = _int(p.get("batch_size"), 2) or 2
        if not 1 <= batch <= 8:
            raise _TaskError("batch_size must be 1-8")
        fmt = str(p.get("audio_format") or "mp3").lower()
        seeds = self._seeds(p, batch)
        outs: list[Decoded] = []
        for seed in seeds:
            if kind == "text2music":
                outs.append(self._text2music(p, seed))
                continue
            if task.src is None:
                raise _TaskError(f"task_type {kind!r} needs src_audio")
            try:
                src = edit.decode(task.src.read_bytes())
            except edit.UndecodableAudio as exc:
                raise _TaskError(f"src_audio could not be decoded ({exc})") from None
            outs.append(self._edit(kind, p, src, seed))
        assert self._files is not None
        for i, out in enumerate(outs):
            path = self._files / f"{task.task_id}-{i}.{'flac' if fmt == 'flac' else 'wav'}"
            _write(path, out)
            task.files.append(path)
        task.seeds = seeds
        task.metas = {"bpm": _int(p.get("bpm"), None), "duration": round(outs[0].seconds, 3), "genres": "",
                      "keyscale": p.get("key_scale", ""), "timesignature": p.get("time_signature", "")}  # fmt: skip
        return sum(o.seconds for o in outs)

    @staticmethod
    def _seeds(p: dict[str, Any], batch: int) -> list[int]:
        import random

        random_seed = str(p.get("use_random_seed", True)).lower() not in ("false", "0")
        seed = _int(p.get("seed"), -1)
        if random_seed or seed is None or seed < 0:
            return [random.randrange(2**31) for _ in range(batch)]  # noqa: S311 - music, not secrets
        return [seed + i for i in range(batch)]

    def _text2music(self, p: dict[str, Any], seed: int) -> Decoded:
        import random

        import numpy as np

        from ace_step_mcp.emulator import edit, render

        duration = _float(p.get("audio_duration") or p.get("duration"))
        if duration is None:  # no duration: the model picks one
            duration = float(random.Random(seed).randrange(30, 241))  # noqa: S311
        if not 10 <= duration <= 600:
            raise _TaskError("audio_duration must be 10-600 seconds")
        recipe = render.Recipe.from_prompt(str(p.get("prompt") or p.get("caption") or ""), p.get("lyrics"), seed)
        frames = round(duration * render.SAMPLE_RATE)
        return edit.Decoded(np.ascontiguousarray(render.render(recipe, frames)), render.SAMPLE_RATE)

    def _edit(self, kind: str, p: dict[str, Any], src: Decoded, seed: int) -> Decoded:
        from ace_step_mcp.emulator import edit, render

        tags = str(p.get("prompt") or p.get("caption") or "")
        recipe, origin = edit.on_the_grid(src, render.Recipe.from_prompt(tags, p.get("lyrics"), seed), tags)
        if kind == "repaint":
            return _repaint(src, recipe, origin, p)
        if kind == "cover":
            strength = _float(p.get("audio_cover_strength"))
            return _cover(src, recipe, origin, 1.0 if strength is None else min(1.0, max(0.0, strength)))
        if kind == "extract":
            return _extract(src, _track_of(p))
        if kind == "lego":
            return _lego(src, recipe, origin)
        raise _TaskError(f"task_type {kind!r} is not one of text2music, repaint, cover, extract, lego")


class _TaskError(Exception):
    pass


def _quote(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe="")


def _int(value: Any, default: int | None) -> int | None:
    try:
        return int(float(value)) if value not in (None, "") else default
    except (TypeError, ValueError):
        return default


def _float(value: Any) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def _track_of(p: dict[str, Any]) -> str:
    m = _TRACK.search(str(p.get("instruction") or ""))
    return m.group(1).lower() if m else ""


def _write(path: Path, audio: Decoded) -> None:
    import soundfile

    if path.suffix == ".flac":
        soundfile.write(str(path), audio.samples, audio.rate, format="FLAC", subtype="PCM_16")
    else:
        from ace_step_mcp.emulator.edit import write_wav

        write_wav(str(path), audio)


def _repaint(src: Decoded, recipe: Any, origin: int, p: dict[str, Any]) -> Decoded:
    """The real server's coordinates: start < 0 pads before, an end past the source pads after, an
    end of 0 or less (or none) is the source's end; everything comes back through the autoencoder."""
    import numpy as np

    from ace_step_mcp.emulator import edit

    start = _float(p.get("repainting_start")) or 0.0
    end = _float(p.get("repainting_end"))
    if end is None or end <= 0:
        end = src.seconds
    if end <= start:
        raise _TaskError(f"the repaint window {start:g}-{end:g} s is empty")
    again = edit.resynthesise(src)
    rate, ch = again.rate, again.samples.shape[1]
    left = round(max(0.0, -start) * rate)
    right = round(max(0.0, end - src.seconds) * rate)
    padded = edit.Decoded(
        np.concatenate([np.zeros((left, ch), np.int16), again.samples, np.zeros((right, ch), np.int16)]), rate
    )
    a = max(0.0, start) + left / rate
    b = min(end + left / rate, padded.seconds)
    return edit.inpaint(padded, recipe, a, b, origin - left)


def _cover(src: Decoded, recipe: Any, origin: int, strength: float) -> Decoded:
    """The source's tempo, length and loudness contour in a new sound: a render on its beat grid,
    shaped by the source's envelope, blended with the source by `strength`."""
    import numpy as np

    from ace_step_mcp.emulator import edit, render

    again = edit.resynthesise(src)
    x = again.samples.astype(np.float64)
    new = render.render(recipe, len(x), again.rate, start=origin).astype(np.float64)
    hop = again.rate // 10
    env = np.sqrt(np.convolve(np.square(x.mean(axis=1)), np.ones(hop) / hop, mode="same"))
    new_env = np.sqrt(np.convolve(np.square(new.mean(axis=1)), np.ones(hop) / hop, mode="same"))
    shaped = new * (env / np.maximum(new_env, 1.0))[:, None]
    out = strength * 0.5 * x + (1 - strength * 0.5) * shaped
    return edit.Decoded(np.clip(np.rint(out), -32768, 32767).astype(np.int16), again.rate)


def _extract(src: Decoded, track: str) -> Decoded:
    """One band of the source by complementary FFT masks: the bands partition the spectrum, so the
    stems that have one sum to the source (to rounding); a track with no band is silence."""
    import numpy as np

    from ace_step_mcp.emulator import edit

    x = src.samples.astype(np.float64)
    band = STEM_BANDS.get(track)
    if band is None:
        return edit.Decoded(np.zeros_like(src.samples), src.rate)
    spectrum = np.fft.rfft(x, axis=0)
    hz = np.fft.rfftfreq(len(x), 1.0 / src.rate)
    lo, hi = band
    mask = _step(hz, lo) - (_step(hz, hi) if hi is not None else 0.0)
    out = np.fft.irfft(spectrum * mask[:, None], n=len(x), axis=0)
    return edit.Decoded(np.clip(np.rint(out), -32768, 32767).astype(np.int16), src.rate)


def _step(hz: NDArray[Any], at: float) -> NDArray[Any]:
    """1 above `at`, 0 below, with a raised-cosine edge 20 % wide (0 Hz: all ones)."""
    import numpy as np

    if at <= 0:
        return np.ones_like(hz)
    lo, hi = at * 0.9, at * 1.1
    t = np.clip((hz - lo) / (hi - lo), 0.0, 1.0)
    return np.asarray(0.5 - 0.5 * np.cos(np.pi * t))


def _lego(src: Decoded, recipe: Any, origin: int) -> Decoded:
    """The new instrument's track alone, on the source's beat grid and as long as the source."""
    import numpy as np

    from ace_step_mcp.emulator import edit, render

    new = render.render(recipe, len(src.samples), src.rate, start=origin).astype(np.float64) * 0.5
    if src.samples.shape[1] == 1:
        new = new.mean(axis=1, keepdims=True)
    return edit.Decoded(np.clip(np.rint(new), -32768, 32767).astype(np.int16), src.rate)
