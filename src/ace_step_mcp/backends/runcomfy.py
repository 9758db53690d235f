"""The RunComfy backend: an async client of the Model API: submit, status, result, cancel, catalog, wait, download.

It knows HTTP and the wire format and nothing of MCP. Two decisions shape it:

* Money: a submit is sent once. It is retried only when nothing can have reached the server (the
  connection was never made) or the server explicitly refused it (429). Any other failure after
  the bytes left is `SubmitOutcomeUnknown`, never a second POST: the API has no idempotency key.
  GETs (status, result, download) are retried on 429, 5xx and transport errors with capped,
  jittered exponential backoff, honouring `Retry-After`.
* The token: it rides on each API request explicitly, never as a client default, so the download
  of a result file (another host) and any redirect cannot carry it. Redirects from the API are not
  followed at all.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import os
import random
import time
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

import anyio
import httpx2

from ace_step_mcp.audio.formats import sniff_format, total_length
from ace_step_mcp.endpoints import MAX_SECONDS, MAX_SOURCE_SECONDS, RUNCOMFY_TOOLS, body_hash
from ace_step_mcp.errors import (
    AceStepError,
    AuthError,
    ClientError,
    DownloadError,
    DownloadRefused,
    InsufficientBalance,
    JobFailed,
    NotFound,
    RetryableError,
    StillRunning,
    SubmitOutcomeUnknown,
    UpstreamError,
    redact,
)
from ace_step_mcp.ports import Downloaded, Offer, Progress, ProgressFn, Rendered

# RunComfy's status words, compared in lower case; the cancelled spellings of clients in the wild too.
TERMINAL_OK = frozenset({"completed", "succeeded"})
CANCELLED = frozenset({"cancelled", "canceled"})
TERMINAL_BAD = frozenset({"failed", *CANCELLED})
MAX_DOWNLOAD_BYTES = 2 * 1024**3
MAX_DOWNLOAD_REDIRECTS = 3


@dataclass(frozen=True)
class RetryPolicy:
    """Retries of idempotent calls (GETs). Full jitter keeps many jobs from retrying in step."""

    attempts: int = 6
    base_s: float = 0.25
    cap_s: float = 8.0

    def delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(max(retry_after, 0.0), 60.0)
        return random.uniform(0, min(self.cap_s, self.base_s * 2**attempt))  # noqa: S311


@dataclass(frozen=True)
class PollPolicy:
    """How often `wait` asks for status.

    The interval grows with the time already waited (`fraction` of it), between `min_s` and
    `max_s`: a job that finishes in 3 s is noticed within a few hundred milliseconds, and a
    4-minute render costs one status call every few seconds, so the delay stays a small
    fraction of the job and the API sees about one call a second or fewer.
    """

    min_s: float = 0.25
    max_s: float = 4.0
    fraction: float = 0.05
    timeout_s: float = 30 * 60.0

    def interval(self, elapsed_s: float, expected_s: float | None = None) -> float:
        """Seconds until the next poll.

        With an expected duration (learned from earlier jobs of the same model), the poller sleeps
        until just after it and then polls densely: a job is noticed within a few hundred
        milliseconds of finishing at about one status call per second or fewer. Without one it
        falls back to intervals growing with the time already waited.
        """
        if expected_s is not None and expected_s > 0:
            if elapsed_s < expected_s:
                return min(self.max_s, expected_s - elapsed_s + 0.02)
            # Past the expected finish: poll soon, then back off geometrically (each interval is the
            # lateness so far), so a job that runs late (a busy queue) costs a few calls, not dozens.
            # Profiled: with the linear back-off, status polls were 42 % of the event loop's time
            # at 200 concurrent late jobs.
            late = elapsed_s - expected_s
            return min(self.max_s, 0.15 + late)
        return min(self.max_s, max(self.min_s, elapsed_s * self.fraction))


@dataclass(frozen=True)
class Submitted:
    request_id: str
    status_url: str | None = None
    result_url: str | None = None
    cancel_url: str | None = None


@dataclass(frozen=True)
class Status:
    request_id: str
    status: str  # lower-case
    queue_position: int | None = None

    @property
    def terminal(self) -> bool:
        return self.status in TERMINAL_OK or self.status in TERMINAL_BAD


@dataclass(frozen=True)
class Result:
    request_id: str
    status: str
    output: dict[str, Any] | None
    cost_usd: float | None = None
    error: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict)
    wall_s: float | None = None  # created -> finished, by the API's own clock

    @property
    def audio_url(self) -> str | None:
        return find_audio_url(self.output)


def is_cancelled(status: str | None) -> bool:
    """Whether RunComfy's word for a job (or a cancel's outcome) means it was cancelled."""
    return (status or "").lower() in CANCELLED


def find_audio_url(output: object) -> str | None:
    """`output.audio`, else `output.audios[0]`, else the first http(s) URL anywhere under output."""
    if isinstance(output, dict):
        audio = output.get("audio")
        if isinstance(audio, str) and audio.startswith(("http://", "https://")):
            return audio
        if isinstance(audio, dict) and isinstance(audio.get("url"), str):
            return str(audio["url"])
        audios = output.get("audios")
        if isinstance(audios, list) and audios:
            first = find_audio_url({"audio": audios[0]})
            if first:
                return first
    return _first_url(output)


def _first_url(value: object) -> str | None:
    if isinstance(value, str):
        return value if value.startswith(("http://", "https://")) else None
    items: list[object] = list(value.values()) if isinstance(value, dict) else []
    if isinstance(value, list):
        items = list(value)
    for item in items:
        found = _first_url(item)
        if found:
            return found
    return None


class ModelApiClient:
    """One client per process; it is safe to share between hundreds of concurrent jobs."""

    def __init__(
        self,
        base_url: str,
        token: str | None,
        *,
        retry: RetryPolicy | None = None,
        poll: PollPolicy | None = None,
        timeout: httpx2.Timeout | None = None,
        download_hosts: tuple[str, ...] | None = None,
        transport: httpx2.AsyncBaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._token = token
        self.retry = retry or RetryPolicy()
        self.poll = poll or PollPolicy()
        api_host = urlsplit(self.base_url).hostname or ""
        # RunComfy's CLI downloads only from its own domains; the API's own host covers the emulator.
        self.download_hosts = download_hosts or (api_host, ".runcomfy.net", ".runcomfy.com")

        def client(kept_alive: int) -> httpx2.AsyncClient:
            return httpx2.AsyncClient(
                timeout=timeout or httpx2.Timeout(30.0, connect=10.0),
                limits=httpx2.Limits(max_connections=64, max_keepalive_connections=kept_alive),
                follow_redirects=False,
                transport=transport,
                headers={"User-Agent": "ace-step-mcp"},
            )

        self._http = client(32)
        # Submits go out on a connection of their own, never one kept alive from an earlier call: a server may
        # close an idle connection just as a request is written on it, and a POST lost that way could not be told
        # from one that ran, so it would end as `SubmitOutcomeUnknown` for nothing.
        self._submit_http = client(0)

    @property
    def http(self) -> httpx2.AsyncClient:
        """The shared HTTP stack, for fetches that carry no token (probing remote input audio)."""
        return self._http

    async def aclose(self) -> None:
        await self._submit_http.aclose()
        await self._http.aclose()

    async def __aenter__(self) -> ModelApiClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # -- the calls ------------------------------------------------------------------------------

    async def submit(self, model_id: str, body: Mapping[str, Any]) -> Submitted:
        """POST the job once. See the module docstring for the only two cases that retry."""
        headers = self._auth_headers()
        url = f"{self.base_url}/models/{quote(model_id, safe='/')}"
        digest = body_hash(model_id, body)
        for attempt in range(self.retry.attempts):
            try:
                response = await self._submit_http.post(url, json=dict(body), headers=headers)
            except (httpx2.ConnectError, httpx2.ConnectTimeout, httpx2.PoolTimeout) as exc:
                # Nothing reached the server: safe to try again.
                if attempt + 1 >= self.retry.attempts:
                    raise RetryableError(
                        f"Could not connect to the RunComfy Model API at {self._where()} "
                        f"({type(exc).__name__}); nothing was submitted, so it is safe to try again later."
                    ) from None
                await anyio.sleep(self.retry.delay(attempt, None))
                continue
            except httpx2.HTTPError as exc:
                raise SubmitOutcomeUnknown(
                    f"The connection failed after the job was sent ({type(exc).__name__}), so it may or may "
                    f"not be running and billed; check your RunComfy requests before submitting again "
                    f"(body hash {digest[:16]}).",
                    body_hash=digest,
                ) from None
            if response.status_code == 429 and attempt + 1 < self.retry.attempts:
                # An explicit refusal: the job was not created, so waiting and resending is safe.
                await anyio.sleep(self.retry.delay(attempt, _retry_after(response)))
                continue
            if response.status_code >= 500 and not _api_error_body(response):
                # A gateway's page (502/504 from a proxy in front of the API), not the API's own error:
                # the job may have been created behind it.
                raise SubmitOutcomeUnknown(
                    f"A gateway in front of RunComfy answered HTTP {response.status_code} after the job was sent, so "
                    f"it may or may not be running and billed; it counts against the spend caps, and is not "
                    f"sent again (body hash {digest[:16]}).",
                    body_hash=digest,
                )
            if 200 <= response.status_code < 300 and not isinstance(_json_object(response), dict):
                raise SubmitOutcomeUnknown(
                    f"RunComfy answered the submit with something that is not JSON, so the job may or may not be "
                    f"running and billed; it counts against the caps and is not sent again (body hash {digest[:16]}).",
                    body_hash=digest,
                )
            data = self._json_or_raise(response, f"submit to {model_id}")
            request_id = self._scrub(data.get("request_id"), 200) if data.get("request_id") else None
            if not isinstance(request_id, str) or not request_id:
                raise SubmitOutcomeUnknown(
                    f"RunComfy accepted the job but returned no request_id, so it cannot be tracked; check "
                    f"your RunComfy requests before submitting again (body hash {digest[:16]}).",
                    body_hash=digest,
                )
            return Submitted(
                request_id=request_id,
                status_url=_opt_str(data.get("status_url")),
                result_url=_opt_str(data.get("result_url")),
                cancel_url=_opt_str(data.get("cancel_url")),
            )
        raise AssertionError("unreachable")  # pragma: no cover

    async def status(self, request_id: str) -> Status:
        data = await self._get(f"/requests/{quote(request_id, safe='')}/status", "status", transient_404=True)
        return Status(
            request_id=request_id,
            status=self._scrub(data.get("status", ""), 40).lower(),
            queue_position=_opt_int(data.get("queue_position")),
        )

    async def result(self, request_id: str) -> Result:
        data = await self._get(
            f"/requests/{quote(request_id, safe='')}/result",
            "result",
            params={"include_cost": "true"},
            transient_404=True,
        )
        output = self._scrub_tree(data.get("output"))
        return Result(
            request_id=request_id,
            wall_s=_wall_seconds(data.get("created_at"), data.get("finished_at")),
            status=self._scrub(data.get("status", ""), 40).lower(),
            output=output if isinstance(output, dict) else ({"value": output} if output is not None else None),
            cost_usd=_opt_float(data.get("cost")),
            # Upstream text is quoted to the user and stored in the ledger: never with a credential in it.
            error=self._scrub(_error_text(data.get("error")) or "", 200) or None,
            raw=data,
        )

    async def cancel(self, request_id: str) -> str:
        """Ask RunComfy to cancel; returns the outcome: `cancelled` or `not_cancellable`.

        A POST, but repeating a cancel cannot cost money, so it is retried like a GET.
        """
        data = await self._request("POST", f"/requests/{quote(request_id, safe='')}/cancel", "cancel")
        outcome = self._scrub(data.get("outcome") or data.get("status") or "", 40).lower()
        return "cancelled" if outcome in {"cancelled", "canceled"} else (outcome or "unknown")

    async def catalog(self, model_id: str) -> dict[str, Any]:
        return await self._get(f"/models/{quote(model_id, safe='/')}", "catalog")

    async def wait(
        self,
        request_id: str,
        *,
        on_progress: ProgressFn | None = None,
        timeout_s: float | None = None,
        expected_s: float | None = None,
    ) -> Result:
        """Poll until the job is terminal; return its result, or raise `JobFailed` / `RetryableError`."""
        started = time.monotonic()
        limit = self.poll.timeout_s if timeout_s is None else timeout_s
        polls = 0
        while True:
            st = await self.status(request_id)
            polls += 1
            elapsed = time.monotonic() - started
            if on_progress is not None:
                await on_progress(Progress(request_id, st.status, st.queue_position, elapsed, polls))
            if st.terminal:
                break
            if elapsed >= limit:
                raise StillRunning(
                    f"Job {request_id} was still '{st.status}' after {elapsed:.0f} s; it keeps running at "
                    f"RunComfy, so fetch it later by its request id instead of submitting again."
                )
            await anyio.sleep(min(self.poll.interval(elapsed, expected_s), max(0.0, limit - elapsed)))
        result = await self.result(request_id)
        status = result.status or st.status
        if status in TERMINAL_BAD or st.status in TERMINAL_BAD:
            why = result.error or st.status
            raise JobFailed(
                f"RunComfy job {request_id} ended '{st.status}': {why}; change the input or try again.",
                request_id=request_id,
                status=st.status,
                cancelled=is_cancelled(st.status) or is_cancelled(result.status),
            )
        return result

    async def download(self, url: str, dest_dir: Path, stem: str) -> Downloaded:
        """Stream `url` into `dest_dir/<stem>.<ext>` atomically, resuming with Range when dropped."""
        self._check_download_url(url)
        await anyio.Path(dest_dir).mkdir(parents=True, exist_ok=True)
        part = dest_dir / f".{stem}.part"
        digest = hashlib.sha256()
        received = 0
        expected: int | None = None
        content_type: str | None = None
        head = b""
        attempt = 0
        try:
            # Plain file writes of 64 KiB chunks land in the page cache in microseconds; only the
            # final fsync can take long, so only it goes to a worker thread.
            with open(part, "wb") as out:  # noqa: ASYNC230
                while True:
                    headers = {"Range": f"bytes={received}-"} if received else {}
                    try:
                        async with self._stream_vetted(url, headers) as response:
                            if response.status_code in (429,) or response.status_code >= 500:
                                raise _Transient(response.status_code, _retry_after(response))
                            if response.status_code == 200 and received:
                                # The host ignored Range: start again from the first byte.
                                out.seek(0)
                                out.truncate()
                                digest = hashlib.sha256()
                                received = 0
                                head = b""
                            elif response.status_code not in (200, 206):
                                raise DownloadError(
                                    f"The finished track could not be downloaded (HTTP {response.status_code} "
                                    f"from {_host(url)}); fetch it again with its request id."
                                )
                            content_type = response.headers.get("content-type", content_type)
                            expected = total_length(response, received) or expected
                            if expected is not None and expected > MAX_DOWNLOAD_BYTES:
                                raise DownloadRefused(f"The track is {expected:,} bytes, over the 2 GiB download cap.")
                            # Audio comes uncompressed: skipping the decoder layer doubles throughput
                            # (measured in bench/run.py); a host that does compress still gets decoded.
                            # No chunk size: each socket read (at most 64 KiB in httpcore2) is passed on
                            # as it is; re-cutting them into even 64 KiB pieces copied every byte once
                            # more and cost a quarter of the throughput (372 -> 479 MiB/s to tmpfs).
                            encoded = response.headers.get("content-encoding", "identity").lower() not in (
                                "",
                                "identity",
                            )
                            chunks = response.aiter_bytes() if encoded else response.aiter_raw()
                            async for chunk in chunks:
                                if len(head) < 16:
                                    head += chunk[: 16 - len(head)]
                                out.write(chunk)
                                digest.update(chunk)
                                received += len(chunk)
                                if received > MAX_DOWNLOAD_BYTES:
                                    raise DownloadRefused("The track passed the 2 GiB download cap; it was not kept.")
                        if expected is None or received == expected:
                            break
                        raise httpx2.RemoteProtocolError("short body")
                    except (httpx2.TransportError, _Transient) as exc:
                        attempt += 1
                        if attempt >= self.retry.attempts:
                            raise DownloadError(
                                f"The download from {_host(url)} kept failing ({_name(exc)}) after "
                                f"{received:,} bytes; fetch it again with its request id."
                            ) from None
                        ra = exc.retry_after if isinstance(exc, _Transient) else None
                        await anyio.sleep(self.retry.delay(attempt, ra))
                out.flush()
                await anyio.to_thread.run_sync(os.fsync, out.fileno())
            fmt = sniff_format(head, content_type, url)
            final = dest_dir / f"{stem}.{fmt}"
            os.replace(part, final)
            return Downloaded(final, received, digest.hexdigest(), fmt, content_type)
        except BaseException:
            part.unlink(missing_ok=True)
            raise

    # -- plumbing ---------------------------------------------------------------------------------

    def _auth_headers(self) -> dict[str, str]:
        if not self._token:
            raise AuthError(
                "No RunComfy token is set; set RUNCOMFY_TOKEN (or run `runcomfy login`), "
                "or use offline mode to try the tools for free."
            )
        return {"Authorization": f"Bearer {self._token}"}

    def _scrub(self, value: object, limit: int) -> str:
        """Text that came from upstream, as it may leave the process: the token redacted first, then
        whitespace folded and the length capped (cutting first could leave part of a token behind)."""
        text = redact(str(value), self._token)
        return " ".join(text.split())[:limit]

    def _scrub_tree(self, value: object) -> Any:
        """RunComfy's `output`, with every string in it redacted (it is printed and stored)."""
        if isinstance(value, str):
            return redact(value, self._token)
        if isinstance(value, dict):
            return {str(k): self._scrub_tree(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self._scrub_tree(v) for v in value]
        return value

    def _where(self) -> str:
        return _host(self.base_url)

    @contextlib.asynccontextmanager
    async def _stream_vetted(self, url: str, headers: dict[str, str]) -> AsyncIterator[httpx2.Response]:
        """GET a result file, following redirects by hand so that every hop is one of RunComfy's own
        hosts: a redirect elsewhere is refused before a byte of its body is read."""
        current = url
        for _ in range(MAX_DOWNLOAD_REDIRECTS + 1):
            self._check_download_url(current)
            request = self._http.build_request("GET", current, headers=headers)
            response = await self._http.send(request, stream=True, follow_redirects=False)
            if response.status_code in (301, 302, 303, 307, 308) and "location" in response.headers:
                await response.aclose()
                current = urljoin(current, response.headers["location"])
                continue
            try:
                yield response
            finally:
                await response.aclose()
            return
        raise DownloadRefused(f"The result file redirects more than {MAX_DOWNLOAD_REDIRECTS} times; it was not kept.")

    def _check_download_url(self, url: str) -> None:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        ok_host = any(host == h or (h.startswith(".") and host.endswith(h)) for h in self.download_hosts)
        if parts.scheme not in ("http", "https") or not ok_host:
            raise DownloadRefused(
                f"Refusing to download the result from {host or url[:60]!r}: only RunComfy's own hosts are trusted."
            )

    async def _get(
        self, path: str, what: str, params: Mapping[str, str] | None = None, *, transient_404: bool = False
    ) -> dict[str, Any]:
        return await self._request("GET", path, what, params=params, transient_404=transient_404)

    async def _request(
        self,
        method: str,
        path: str,
        what: str,
        params: Mapping[str, str] | None = None,
        *,
        transient_404: bool = False,
    ) -> dict[str, Any]:
        """An idempotent call, retried on 429, 5xx, transport errors and a 2xx that carries an
        `error_code`; and on 404 where the target is known to exist (`transient_404`: a request id
        RunComfy gave us, which a replica may not know yet)."""
        headers = self._auth_headers()
        url = f"{self.base_url}{path}"
        last: AceStepError | None = None
        for attempt in range(self.retry.attempts):
            try:
                response = await self._http.request(method, url, headers=headers, params=params)
            except httpx2.HTTPError as exc:
                last = RetryableError(
                    f"The RunComfy Model API at {self._where()} did not answer the {what} call ({type(exc).__name__})."
                )
                await anyio.sleep(self.retry.delay(attempt, None))
                continue
            code = response.status_code
            try:
                return self._json_or_raise(response, what)
            except (RetryableError, UpstreamError, NotFound, ClientError) as exc:
                transient = code == 429 or code >= 500 or 200 <= code < 300 or (code == 404 and transient_404)
                if not transient:
                    raise
                last = exc
            if attempt + 1 < self.retry.attempts:
                await anyio.sleep(self.retry.delay(attempt, _retry_after(response)))
        assert last is not None
        raise last

    def _json_or_raise(self, response: httpx2.Response, what: str) -> dict[str, Any]:
        code = response.status_code
        data = _json_object(response)
        body: dict[str, Any] = data if isinstance(data, dict) else {}
        if 200 <= code < 300 and isinstance(data, dict) and body.get("error_code") in (None, 0):
            return body
        if 200 <= code < 300 and not isinstance(data, dict):
            raise UpstreamError(
                f"The RunComfy Model API answered the {what} call with something that is not JSON; try again shortly.",
                status=code,
            )
        raise self._error_for(code, body, what)

    def _error_for(self, code: int, body: Mapping[str, Any], what: str) -> AceStepError:
        error_code = _opt_int(body.get("error_code"))
        text = self._scrub(_message_of(body), 200)
        said = f": {text}" if text else ""
        status = f"HTTP {code}" + (f", error {error_code}" if error_code else "")
        if code == 402 or error_code == 400002:
            return InsufficientBalance(
                f"Your RunComfy balance is too low for this job ({status}); top up your RunComfy account "
                f"and try again.",
                status=code,
                error_code=error_code,
            )
        if code == 401 or error_code == 400004 or (code == 403 and error_code != 403001):
            return AuthError(
                f"RunComfy rejected the token ({status}); set RUNCOMFY_TOKEN to a valid token or run `runcomfy login`."
            )
        if code == 429:
            return RetryableError(f"RunComfy is rate-limiting requests ({status}); wait a minute and try again.")
        if code >= 500 or error_code == 500001:
            return UpstreamError(
                f"RunComfy had a server fault on the {what} call ({status}{said}); try again in a few minutes.",
                status=code,
            )
        if code == 404 or error_code in (400001, 404001):
            return NotFound(
                f"RunComfy does not know this {what} target ({status}{said}); check the model or request id.",
                status=code,
                error_code=error_code,
            )
        return ClientError(
            f"RunComfy refused the {what} call ({status}{said}); fix the input and try again.",
            status=code,
            error_code=error_code,
        )


class _Transient(Exception):
    def __init__(self, status: int, retry_after: float | None) -> None:
        super().__init__(f"HTTP {status}")
        self.retry_after = retry_after


def _name(exc: BaseException) -> str:
    return str(exc) if isinstance(exc, _Transient) else type(exc).__name__


def _host(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.hostname}" + (f":{parts.port}" if parts.port else "")


def _json_object(response: httpx2.Response) -> Any:
    """The body as JSON, or None when it is not JSON (or too deeply nested to parse)."""
    try:
        return response.json()
    except (ValueError, RecursionError, httpx2.HTTPError):
        return None


def _api_error_body(response: httpx2.Response) -> bool:
    """Whether an error answer is the API's own (a JSON object with its `error_code`): only then is it
    certain that no job was created."""
    data = _json_object(response)
    return isinstance(data, dict) and _opt_int(data.get("error_code")) is not None


def _retry_after(response: httpx2.Response) -> float | None:
    value = response.headers.get("retry-after")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    return seconds if math.isfinite(seconds) else None


def _message_of(body: Mapping[str, Any]) -> str:
    for key in ("error_message", "message", "error", "detail"):
        value = body.get(key)
        text = _error_text(value)
        if text:
            return text
    return ""


def _error_text(value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        text = value
    elif isinstance(value, dict):
        text = str(value.get("message") or value.get("msg") or value.get("detail") or value)
    elif isinstance(value, list) and value:
        first = value[0]
        if isinstance(first, dict):
            loc = ".".join(str(p) for p in first.get("loc", []) if p != "body")
            text = f"{loc}: {first.get('msg', '')}" if loc else str(first.get("msg", first))
        else:
            text = str(first)
    else:
        text = str(value)
    return text  # uncut: the caller redacts, then cuts


def _wall_seconds(created: object, finished: object) -> float | None:
    from datetime import datetime

    try:
        a = datetime.fromisoformat(str(created).replace("Z", "+00:00"))
        b = datetime.fromisoformat(str(finished).replace("Z", "+00:00"))
    except ValueError:
        return None
    wall = (b - a).total_seconds()
    return wall if 0 <= wall < 86400 else None


def _opt_str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _opt_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None


def _opt_float(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def runcomfy_offer(*, free: bool, setup_problem: str | None = None) -> Offer:
    """RunComfy's Model API (and its emulator): the four endpoints, 240 s renders, sources of an hour."""
    return Offer(
        name="offline" if free else "runcomfy",
        kinds=RUNCOMFY_TOOLS,
        max_render_s=float(MAX_SECONDS),
        max_source_s=float(MAX_SOURCE_SECONDS),
        free=free,
        label="RunComfy",
        setup_problem=setup_problem,
        preview=free,
    )


class RunComfyBackend:
    """The `Backend` port on the RunComfy Model API (and on this project's emulator, which speaks it)."""

    def __init__(self, client: ModelApiClient, offer: Offer, *, clip_target: Any = None) -> None:
        self.client = client
        self.offer = offer
        self._clip_target = clip_target  # the offline emulator's upload folder, when it is in process

    @property
    def http(self) -> httpx2.AsyncClient:
        return self.client.http

    async def submit(self, model_id: str, body: Mapping[str, Any]) -> str:
        return (await self.client.submit(model_id, body)).request_id

    async def wait(
        self, request_id: str, *, on_progress: ProgressFn | None, timeout_s: float, expected_s: float | None
    ) -> Rendered:
        result = await self.client.wait(request_id, on_progress=on_progress, timeout_s=timeout_s, expected_s=expected_s)
        return Rendered(
            request_id=request_id,
            status=result.status,
            finished=not result.status or result.status in TERMINAL_OK,
            audio_url=result.audio_url,
            output=result.output,
            cost_usd=result.cost_usd,
            wall_s=result.wall_s,
        )

    async def cancel(self, request_id: str) -> bool:
        return is_cancelled(await self.client.cancel(request_id))

    async def fetch(self, url: str, folder: Path, stem: str) -> Downloaded:
        return await self.client.download(url, folder, stem)

    def clip_target(self, suffix: str) -> tuple[Path, str] | None:
        if self._clip_target is None:
            return None
        target, url = self._clip_target.upload_path(suffix)
        return Path(target), str(url)

    def reads_url(self, url: str) -> bool:
        if self._clip_target is not None:  # the offline emulator reads only what it serves
            return bool(self._clip_target.serves(url))
        return True  # RunComfy fetches any URL the source was vetted at

    async def aclose(self) -> None:
        await self.client.aclose()
