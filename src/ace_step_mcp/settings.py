"""Every knob in one place: environment variables, their defaults, and where data lives.

`Settings.from_env()` reads the environment once; everything else receives a `Settings`. The
token is wrapped in `Secret` so that no repr, log line or error can print it by accident. A bad
value fails here, before any transport opens, with one line that names the variable and the value
it would accept (never the token, never a path from the token file).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ace_step_mcp.errors import UsageError

DEFAULT_API_BASE = "https://model-api.runcomfy.net/v1"
APP_NAME = "ace-step-mcp"
DEFAULT_WAIT_S = 45  # seconds a tool call waits for its render before it returns a job handle


class Secret:
    """A string that refuses to show itself in repr/str; read it with `.reveal()`."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


@dataclass(frozen=True)
class SpendCaps:
    """USD caps; None means no cap. Set only by the operator, never by a tool argument."""

    per_call: float | None = None
    per_day: float | None = None
    total: float | None = None
    # Each person's own caps on a server for several people (ACE_STEP_MCP_USER_MAX_USD_PER_DAY / _TOTAL).
    person_per_day: float | None = None
    person_total: float | None = None


@dataclass(frozen=True)
class BackendSettings:
    """Who renders, and how long a job is followed."""

    token: Secret | None = None
    token_source: str = "none"  # noqa: S105 - "env", "file" or "none": says where, never what
    api_base: str = DEFAULT_API_BASE
    name: str | None = None  # ACE_STEP_MCP_BACKEND: runcomfy | acestep15 | offline; None: as `offline` says
    # True: the bundled emulator; False: RunComfy; None: decided by the command (`serve` goes offline
    # exactly when no token is found, `run` never does).
    offline: bool | None = None
    wait_timeout_s: float = 30 * 60.0  # a paid job is followed this long before it is left `unknown`
    # A hosted output URL is reused for chaining while younger than this (RunComfy keeps ~7 days).
    hosted_url_fresh_s: float = 6 * 24 * 3600.0
    # The in-process emulator (offline): seconds of audio it renders per second, its queue wait, and how
    # it edits: "resynth" (like RunComfy) or "exact" (keeps the input's samples).
    emulator_render_speed: float = 40.0
    emulator_queue_delay: float = 0.3
    emulator_edit_mode: str = "resynth"
    # A self-hosted ACE-Step 1.5 API server (ACE_STEP_MCP_BACKEND=acestep15): its URL and key.
    acestep_url: str = "http://127.0.0.1:8001"
    acestep_key: Secret | None = None


@dataclass(frozen=True)
class StoreSettings:
    """Where jobs, tracks and spend are kept."""

    home: Path = field(default_factory=lambda: Path(_default_home()))
    output_dir: Path | None = None  # None: `home`/tracks
    database_url: str | None = None  # None: SQLite under `home`
    url: str | None = None  # ACE_STEP_MCP_STORE_URL; None: files in `output_dir`
    s3_endpoint: str | None = None  # ACE_STEP_MCP_S3_ENDPOINT: an S3-compatible endpoint; None: AWS's
    # `/tracks/{id}` answers with a redirect to a presigned URL of the S3 store (an hour) instead of
    # serving the file, when clients can reach the store (ACE_STEP_MCP_S3_PRESIGNED_DOWNLOADS=1).
    presigned_downloads: bool = False
    cache_max_bytes: int = 4 * 1024**3  # local copies of a remote store's tracks (ACE_STEP_MCP_CACHE_MAX_BYTES)
    # How long a process's claim on a job holds unless renewed (renewed every quarter of it); a dead
    # replica's jobs are taken over within it (ACE_STEP_MCP_LEASE_S).
    lease_s: float = 120.0
    # Identical fixed-seed calls within this window reuse the earlier track.
    dedupe_window_s: float = 24 * 3600.0
    # The caches under `home`: audio given as a URL or data URI (kept for the splice), and the
    # player's listening copies. Least recently used files go first; a job's source never.
    sources_cap_bytes: int = 2 * 2**30
    previews_cap_bytes: int = 512 * 2**20

    @property
    def sources_dir(self) -> Path:
        return self.home / "sources"

    @property
    def previews_dir(self) -> Path:
        return self.home / "previews"

    @property
    def tracks_dir(self) -> Path:
        return self.output_dir if self.output_dir is not None else self.home / "tracks"

    @property
    def ledger_path(self) -> Path:
        return self.home / "ledger.sqlite3"


@dataclass(frozen=True)
class MoneySettings:
    """The operator's caps and the charge above which a person confirms; never a tool argument."""

    caps: SpendCaps = field(default_factory=SpendCaps)
    confirm_above_usd: float | None = None


@dataclass(frozen=True)
class HttpSettings:
    """The HTTP transports."""

    token: Secret | None = None  # the bearer token (mandatory when bound beyond loopback)
    allowed_hosts: tuple[str, ...] = ()  # extra Host header values to accept
    allowed_origins: tuple[str, ...] = ()  # Origins to accept
    max_requests_per_client: int = 32  # in flight
    request_timeout_s: float = 30.0  # headers and body must have arrived by then
    max_sessions_per_client: int = 32
    session_idle_s: float = 30 * 60.0
    # Several replicas: the secret they share for sealed request state (ACE_STEP_MCP_STATE_KEY), and
    # the canonical URL clients use (ACE_STEP_MCP_PUBLIC_URL).
    state_key: Secret | None = None
    public_url: str | None = None
    # People over OAuth: the issuer whose JWT access tokens (audience: public_url) say who a request is for.
    oauth_issuer: str | None = None
    # If set, an OAuth token must carry this scope to start paid renders; without it, it reads (API keys
    # and the operator's token always may).
    oauth_render_scope: str | None = None


@dataclass(frozen=True)
class EditSettings:
    """Edits and deliverables."""

    # Seconds of the source sent as context on each side of what is edited when the whole source
    # cannot go, and the equal-power crossfade at each seam of the splice.
    context_s: float = 30.0
    crossfade_s: float = 0.05
    true_peak_ceiling_db: float = -1.0  # deliverables normalised to a loudness keep their true peak under it
    max_upload_bytes: int = 16 * 1024 * 1024  # audio sent inline (RunComfy's own clients cap data URIs at 16 MiB)
    max_source_bytes: int = 2 * 1024**3  # remote `audio` URLs are downloaded (for the splice) up to this size


@dataclass(frozen=True)
class CallSettings:
    """What a tool call may read and how it answers."""

    # A generating call waits this long, then returns a running job handle (clients cut calls at ~60 s).
    wait_s: float = float(DEFAULT_WAIT_S)
    # What a result carries: files (path), link (resource_link), resource (embedded audio), both; None:
    # path and link on stdio, link on HTTP.
    output_mode: str | None = None
    max_embed_bytes: int = 4 * 1024 * 1024  # audio embedded in a result only on request, and below this
    allowed_roots: tuple[Path, ...] = ()  # local folders `audio` may name, besides the data dir
    # Remote `audio` URLs: https only and public addresses only, unless the operator says otherwise.
    allow_http_urls: bool = False
    allow_private_urls: bool = False


@dataclass(frozen=True)
class Settings:
    """Every setting, in groups; each default is written once, in its group's class."""

    backend: BackendSettings = field(default_factory=BackendSettings)
    store: StoreSettings = field(default_factory=StoreSettings)
    money: MoneySettings = field(default_factory=MoneySettings)
    http: HttpSettings = field(default_factory=HttpSettings)
    edits: EditSettings = field(default_factory=EditSettings)
    calls: CallSettings = field(default_factory=CallSettings)

    def changed(self, **groups: dict[str, Any]) -> Settings:
        """A copy with some fields of some groups changed: `changed(money={"caps": ...})`."""
        return replace(self, **{name: replace(getattr(self, name), **values) for name, values in groups.items()})

    def with_api_base(self, api_base: str, token: Secret | None = None) -> Settings:
        return self.changed(backend={"api_base": api_base, "token": token or self.backend.token})

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """The settings the environment names; what it leaves unset keeps its group's default."""
        env = os.environ if environ is None else environ
        token, source = _find_token(env)
        api_base = env.get("RUNCOMFY_MODEL_API_BASE", DEFAULT_API_BASE).rstrip("/")
        if not api_base.startswith(("https://", "http://")):
            raise UsageError(f"RUNCOMFY_MODEL_API_BASE must be an http(s) URL ending in /v1, not {api_base[:80]!r}.")
        home = env.get("ACE_STEP_MCP_HOME")
        roots = tuple(Path(p).expanduser() for p in env.get("ACE_STEP_MCP_ALLOWED_DIRS", "").split(os.pathsep) if p)
        http_token = env.get("ACE_STEP_MCP_HTTP_TOKEN")
        return cls(
            backend=BackendSettings(**_given(
                token=token, token_source=source, api_base=api_base,
                name=_choice(env, "ACE_STEP_MCP_BACKEND", ("runcomfy", "acestep15", "offline")),
                acestep_url=_http_url(env, "ACESTEP_API_URL"),
                acestep_key=Secret(k) if (k := env.get("ACESTEP_API_KEY", "").strip()) else None,
                offline=_tristate(env, "ACE_STEP_MCP_OFFLINE"),
                wait_timeout_s=_whole_seconds(env, "ACE_STEP_MCP_WAIT_TIMEOUT_S"),
                emulator_render_speed=_number(env, "ACE_STEP_MCP_EMULATOR_RENDER_SPEED"),
                emulator_queue_delay=_number(env, "ACE_STEP_MCP_EMULATOR_QUEUE_DELAY"),
                emulator_edit_mode=_choice(env, "ACE_STEP_MCP_EMULATOR_EDIT_MODE", ("resynth", "exact")),
            )),
            store=StoreSettings(**_given(
                home=Path(home).expanduser() if home else None,
                output_dir=_path(env, "ACE_STEP_MCP_OUTPUT_DIR"),
                database_url=env.get("ACE_STEP_MCP_DATABASE_URL", "").strip() or None,
                url=env.get("ACE_STEP_MCP_STORE_URL", "").strip() or None,
                s3_endpoint=env.get("ACE_STEP_MCP_S3_ENDPOINT", "").strip().rstrip("/") or None,
                cache_max_bytes=_whole(env, "ACE_STEP_MCP_CACHE_MAX_BYTES"),
                presigned_downloads=_tristate(env, "ACE_STEP_MCP_S3_PRESIGNED_DOWNLOADS"),
                lease_s=_lease(env, "ACE_STEP_MCP_LEASE_S"),
                dedupe_window_s=_whole_seconds(env, "ACE_STEP_MCP_DEDUPE_WINDOW_S"),
                sources_cap_bytes=_whole(env, "ACE_STEP_MCP_SOURCES_CACHE_BYTES"),
                previews_cap_bytes=_whole(env, "ACE_STEP_MCP_PREVIEWS_CACHE_BYTES"),
            )),
            money=MoneySettings(**_given(
                caps=SpendCaps(
                    per_call=_usd(env, "ACE_STEP_MCP_MAX_USD_PER_CALL"),
                    per_day=_usd(env, "ACE_STEP_MCP_MAX_USD_PER_DAY"),
                    total=_usd(env, "ACE_STEP_MCP_MAX_USD_TOTAL"),
                    person_per_day=_usd(env, "ACE_STEP_MCP_USER_MAX_USD_PER_DAY"),
                    person_total=_usd(env, "ACE_STEP_MCP_USER_MAX_USD_TOTAL"),
                ),
                confirm_above_usd=_usd(env, "ACE_STEP_MCP_CONFIRM_ABOVE_USD"),
            )),
            http=HttpSettings(**_given(
                token=Secret(http_token) if http_token else None,
                allowed_hosts=_list(env, "ACE_STEP_MCP_ALLOWED_HOSTS"),
                allowed_origins=_list(env, "ACE_STEP_MCP_ALLOWED_ORIGINS"),
                max_requests_per_client=_whole(env, "ACE_STEP_MCP_MAX_REQUESTS_PER_CLIENT"),
                request_timeout_s=_whole_seconds(env, "ACE_STEP_MCP_HTTP_REQUEST_TIMEOUT_S"),
                max_sessions_per_client=_whole(env, "ACE_STEP_MCP_MAX_SESSIONS_PER_CLIENT"),
                session_idle_s=_whole_seconds(env, "ACE_STEP_MCP_HTTP_SESSION_IDLE_S"),
                state_key=_state_key(env, "ACE_STEP_MCP_STATE_KEY"),
                public_url=env.get("ACE_STEP_MCP_PUBLIC_URL", "").strip().rstrip("/") or None,
                oauth_issuer=env.get("ACE_STEP_MCP_OAUTH_ISSUER", "").strip().rstrip("/") or None,
                oauth_render_scope=_scope(env, "ACE_STEP_MCP_OAUTH_RENDER_SCOPE"),
            )),
            edits=EditSettings(**_given(
                context_s=_number(env, "ACE_STEP_MCP_EDIT_CONTEXT_S"),
                crossfade_s=_milliseconds(env, "ACE_STEP_MCP_EDIT_CROSSFADE_MS"),
                true_peak_ceiling_db=_ceiling(env, "ACE_STEP_MCP_TRUE_PEAK_CEILING_DB"),
                max_upload_bytes=_whole(env, "ACE_STEP_MCP_MAX_UPLOAD_BYTES"),
            )),
            calls=CallSettings(**_given(
                wait_s=_whole_seconds(env, "ACE_STEP_MCP_WAIT_S"),
                output_mode=_choice(env, "ACE_STEP_MCP_OUTPUT_MODE", ("files", "link", "resource", "both")),
                max_embed_bytes=_whole(env, "ACE_STEP_MCP_MAX_EMBED_BYTES"),
                allowed_roots=roots,
                allow_http_urls=_tristate(env, "ACE_STEP_MCP_ALLOW_HTTP_URLS") is True,
                allow_private_urls=_tristate(env, "ACE_STEP_MCP_ALLOW_PRIVATE_URLS") is True,
            )),
        )  # fmt: skip


def _given(**values: Any) -> dict[str, Any]:
    """The values the environment set (None: unset, so the group's own default stands)."""
    return {k: v for k, v in values.items() if v is not None}


def _default_home() -> str:
    import platformdirs

    return platformdirs.user_data_dir(APP_NAME, appauthor=False)


def runcomfy_config_dir(env: Mapping[str, str]) -> Path:
    """Where RunComfy's own CLI keeps `token.json`, so one `runcomfy login` serves both."""
    if env.get("RUNCOMFY_CONFIG_DIR"):
        return Path(env["RUNCOMFY_CONFIG_DIR"]).expanduser()
    if env.get("XDG_CONFIG_HOME"):
        return Path(env["XDG_CONFIG_HOME"]).expanduser() / "runcomfy"
    return Path("~/.config/runcomfy").expanduser()


def _find_token(env: Mapping[str, str]) -> tuple[Secret | None, str]:
    value = env.get("RUNCOMFY_TOKEN", "").strip()
    if value:
        return Secret(value), "env"
    path = runcomfy_config_dir(env) / "token.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None, "none"
    token = data.get("access_token") if isinstance(data, dict) else None
    if isinstance(token, str) and token.strip():
        return Secret(token.strip()), "file"
    return None, "none"


def _tristate(env: Mapping[str, str], name: str) -> bool | None:
    raw = env.get(name, "").strip().lower()
    if raw in {"1", "true", "yes", "on"}:
        return True
    if raw in {"0", "false", "no", "off"}:
        return False
    if raw in {"", "auto"}:
        return None
    raise UsageError(f"{name} must be 1, 0 or auto, not {raw[:20]!r}.")


def _non_negative(env: Mapping[str, str], name: str, what: str) -> float | None:
    """A setting that is a finite number of 0 or more (`what` says of what), or None when unset."""
    raw = env.get(name, "").strip()
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0 <= value < float("inf"):
        raise UsageError(f"{name} must be {what} of 0 or more, not {raw[:40]!r}.")
    return value


def _number(env: Mapping[str, str], name: str) -> float | None:
    return _non_negative(env, name, "a number")


def _milliseconds(env: Mapping[str, str], name: str) -> float | None:
    value = _number(env, name)
    return None if value is None else value / 1000.0


def _ceiling(env: Mapping[str, str], name: str) -> float | None:
    raw = env.get(name, "").strip()
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        value = float("nan")
    if not -20.0 <= value <= 0.0:
        raise UsageError(f"{name} must be a number of dBTP from -20 to 0 (e.g. -1), not {raw[:40]!r}.")
    return value


def _usd(env: Mapping[str, str], name: str) -> float | None:
    return _non_negative(env, name, "a number of US dollars")


def _scope(env: Mapping[str, str], name: str) -> str | None:
    raw = env.get(name, "").strip()
    if not raw:
        return None
    if not raw.isprintable() or any(c in raw for c in ' "\\'):
        raise UsageError(f"{name} must be one OAuth scope (no spaces or quotes), not {raw[:40]!r}.")
    return raw


def _choice(env: Mapping[str, str], name: str, choices: tuple[str, ...]) -> str | None:
    raw = env.get(name, "").strip().lower()
    if not raw:
        return None
    if raw not in choices:
        raise UsageError(f"{name} must be one of {', '.join(choices)}, not {raw[:20]!r}.")
    return raw


def _whole(env: Mapping[str, str], name: str) -> int | None:
    raw = env.get(name, "").strip()
    if not raw:
        return None
    if not raw.isdigit():
        raise UsageError(f"{name} must be a whole number of 0 or more, not {raw[:40]!r}.")
    return int(raw)


def _whole_seconds(env: Mapping[str, str], name: str) -> float | None:
    """A whole number of seconds, as the float its field holds."""
    value = _whole(env, name)
    return None if value is None else float(value)


def _lease(env: Mapping[str, str], name: str) -> float | None:
    value = _whole_seconds(env, name)
    if value is not None and not 4 <= value <= 3600:
        raise UsageError(f"{name} must be a whole number of seconds from 4 to 3600, not {env[name].strip()[:20]!r}.")
    return value


def _http_url(env: Mapping[str, str], name: str) -> str | None:
    raw = env.get(name, "").strip().rstrip("/")
    if not raw:
        return None
    authority = re.split(r"[/?#]", raw.split("://", 1)[-1], maxsplit=1)[0]
    if "@" in authority:
        # Credentials in a URL end up wherever the URL goes (the start banner, doctor, every file URL
        # in results and the ledger): never repeated here, and the key has its own setting.
        raise UsageError(
            f"{name} must not hold a user or password (they would show in logs and results); put the server's "
            f"key in ACESTEP_API_KEY and give {name} as http(s)://host:port."
        )
    if not raw.startswith(("http://", "https://")):
        raise UsageError(f"{name} must be an http(s) URL such as http://127.0.0.1:8001, not {raw[:80]!r}.")
    return raw


def _state_key(env: Mapping[str, str], name: str) -> Secret | None:
    raw = env.get(name, "").strip()
    if raw and len(raw) < 32:
        raise UsageError(
            f"{name} must be a secret of at least 32 characters (e.g. `openssl rand -hex 32`), not shorter."
        )
    return Secret(raw) if raw else None


def _list(env: Mapping[str, str], name: str) -> tuple[str, ...] | None:
    items = tuple(v.strip() for v in env.get(name, "").split(",") if v.strip())
    return items or None


def _path(env: Mapping[str, str], name: str) -> Path | None:
    raw = env.get(name, "").strip()
    return Path(raw).expanduser() if raw else None
