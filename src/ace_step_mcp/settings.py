"""Every knob in one place: environment variables, their defaults, and where data lives.

`Settings.from_env()` reads the environment once; everything else receives a `Settings`. The
token is wrapped in `Secret` so that no repr, log line or error can print it by accident. A bad
value fails here, before any transport opens, with one line that names the variable and the value
it would accept (never the token, never a path from the token file).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

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


@dataclass(frozen=True)
class Settings:
    token: Secret | None
    token_source: str  # "env", "file" or "none": says where, never what
    api_base: str
    home: Path
    output_dir: Path
    # True: use the bundled emulator; False: RunComfy; None: decided by the command (`serve`
    # goes offline exactly when no token is found, `run` never does).
    offline: bool | None = None
    # ACE_STEP_MCP_BACKEND: runcomfy or offline (None: as `offline` says); the ledger and track store
    # (None: SQLite and files under `home`).
    backend: str | None = None
    database_url: str | None = None
    store_url: str | None = None
    caps: SpendCaps = field(default_factory=SpendCaps)
    # Local files the server may read as `audio`, besides its own data dir.
    allowed_roots: tuple[Path, ...] = ()
    # RunComfy's own clients cap audio sent inline as a data URI at 16 MiB.
    max_upload_bytes: int = 16 * 1024 * 1024
    # Audio embedded in a tool result only on request, and only below this size.
    max_embed_bytes: int = 4 * 1024 * 1024
    # Identical fixed-seed calls within this window reuse the earlier track.
    dedupe_window_s: float = 24 * 3600.0
    # A hosted output URL is reused for chaining while younger than this (RunComfy keeps ~7 days).
    hosted_url_fresh_s: float = 6 * 24 * 3600.0
    wait_timeout_s: float = 30 * 60.0
    # Bearer token required by the HTTP transports (mandatory when bound beyond loopback).
    http_token: Secret | None = None
    # A generating call waits this long, then returns a running job handle (clients cut calls at ~60 s).
    wait_s: float = float(DEFAULT_WAIT_S)
    # Calls estimated above this many USD need the user's confirmation (elicitation, or confirm_spend).
    confirm_above_usd: float | None = None
    # What a result carries: files (path), link (resource_link), resource (embedded audio), both; None:
    # path and link on stdio, link on HTTP.
    output_mode: str | None = None
    # Remote `audio` URLs: https only and public addresses only, unless the operator says otherwise.
    allow_http_urls: bool = False
    allow_private_urls: bool = False
    # HTTP transports: extra Host header values and Origins to accept, and in-flight requests per client.
    allowed_hosts: tuple[str, ...] = ()
    allowed_origins: tuple[str, ...] = ()
    max_requests_per_client: int = 32
    # The in-process emulator (offline): seconds of audio it renders per second, and its queue wait.
    emulator_render_speed: float = 40.0
    emulator_queue_delay: float = 0.3
    # How the in-process emulator edits: "resynth" (like RunComfy) or "exact" (keeps the input's samples).
    emulator_edit_mode: str = "resynth"
    # Edits: seconds of the source sent as context on each side of what is edited when the whole source
    # cannot go, and the equal-power crossfade at each seam of the splice.
    edit_context_s: float = 30.0
    edit_crossfade_s: float = 0.05
    # Deliverables normalised to a loudness keep their true peak under this ceiling (dBTP).
    true_peak_ceiling_db: float = -1.0
    # Remote `audio` URLs are downloaded (for the splice) up to this size.
    max_source_bytes: int = 2 * 1024**3
    # HTTP: a request whose headers or body have not fully arrived by then is closed; MCP sessions per
    # client (token and address) and how long an idle one lives.
    http_request_timeout_s: float = 30.0
    max_sessions_per_client: int = 32
    http_session_idle_s: float = 30 * 60.0

    @property
    def ledger_path(self) -> Path:
        return self.home / "ledger.sqlite3"

    def with_api_base(self, api_base: str, token: Secret | None = None) -> Settings:
        return replace(self, api_base=api_base, token=token or self.token)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        token, source = _find_token(env)
        home = Path(env.get("ACE_STEP_MCP_HOME") or _default_home()).expanduser()
        output_dir = Path(env.get("ACE_STEP_MCP_OUTPUT_DIR") or home / "tracks").expanduser()
        api_base = env.get("RUNCOMFY_MODEL_API_BASE", DEFAULT_API_BASE).rstrip("/")
        if not api_base.startswith(("https://", "http://")):
            raise UsageError(f"RUNCOMFY_MODEL_API_BASE must be an http(s) URL ending in /v1, not {api_base[:80]!r}.")
        roots = tuple(Path(p).expanduser() for p in env.get("ACE_STEP_MCP_ALLOWED_DIRS", "").split(os.pathsep) if p)
        return cls(
            token=token,
            token_source=source,
            api_base=api_base,
            home=home,
            output_dir=output_dir,
            offline=_tristate(env, "ACE_STEP_MCP_OFFLINE"),
            backend=_choice(env, "ACE_STEP_MCP_BACKEND", ("runcomfy", "offline")),
            database_url=env.get("ACE_STEP_MCP_DATABASE_URL", "").strip() or None,
            store_url=env.get("ACE_STEP_MCP_STORE_URL", "").strip() or None,
            caps=SpendCaps(
                per_call=_usd(env, "ACE_STEP_MCP_MAX_USD_PER_CALL"),
                per_day=_usd(env, "ACE_STEP_MCP_MAX_USD_PER_DAY"),
                total=_usd(env, "ACE_STEP_MCP_MAX_USD_TOTAL"),
            ),
            allowed_roots=roots,
            max_upload_bytes=_int(env, "ACE_STEP_MCP_MAX_UPLOAD_BYTES", 16 * 1024 * 1024),
            max_embed_bytes=_int(env, "ACE_STEP_MCP_MAX_EMBED_BYTES", 4 * 1024 * 1024),
            dedupe_window_s=float(_int(env, "ACE_STEP_MCP_DEDUPE_WINDOW_S", 24 * 3600)),
            http_token=Secret(env["ACE_STEP_MCP_HTTP_TOKEN"]) if env.get("ACE_STEP_MCP_HTTP_TOKEN") else None,
            wait_s=float(_int(env, "ACE_STEP_MCP_WAIT_S", DEFAULT_WAIT_S)),
            wait_timeout_s=float(_int(env, "ACE_STEP_MCP_WAIT_TIMEOUT_S", 30 * 60)),
            confirm_above_usd=_usd(env, "ACE_STEP_MCP_CONFIRM_ABOVE_USD"),
            output_mode=_choice(env, "ACE_STEP_MCP_OUTPUT_MODE", ("files", "link", "resource", "both")),
            allow_http_urls=_tristate(env, "ACE_STEP_MCP_ALLOW_HTTP_URLS") is True,
            allow_private_urls=_tristate(env, "ACE_STEP_MCP_ALLOW_PRIVATE_URLS") is True,
            allowed_hosts=tuple(h.strip() for h in env.get("ACE_STEP_MCP_ALLOWED_HOSTS", "").split(",") if h.strip()),
            allowed_origins=tuple(
                o.strip() for o in env.get("ACE_STEP_MCP_ALLOWED_ORIGINS", "").split(",") if o.strip()
            ),
            max_requests_per_client=_int(env, "ACE_STEP_MCP_MAX_REQUESTS_PER_CLIENT", 32),
            emulator_render_speed=_seconds(env, "ACE_STEP_MCP_EMULATOR_RENDER_SPEED", 40.0),
            emulator_queue_delay=_seconds(env, "ACE_STEP_MCP_EMULATOR_QUEUE_DELAY", 0.3),
            emulator_edit_mode=_choice(env, "ACE_STEP_MCP_EMULATOR_EDIT_MODE", ("resynth", "exact")) or "resynth",
            edit_context_s=_seconds(env, "ACE_STEP_MCP_EDIT_CONTEXT_S", 30.0),
            true_peak_ceiling_db=_ceiling(env, "ACE_STEP_MCP_TRUE_PEAK_CEILING_DB", -1.0),
            edit_crossfade_s=_seconds(env, "ACE_STEP_MCP_EDIT_CROSSFADE_MS", 50.0) / 1000.0,
            http_request_timeout_s=float(_int(env, "ACE_STEP_MCP_HTTP_REQUEST_TIMEOUT_S", 30)),
            max_sessions_per_client=_int(env, "ACE_STEP_MCP_MAX_SESSIONS_PER_CLIENT", 32),
            http_session_idle_s=float(_int(env, "ACE_STEP_MCP_HTTP_SESSION_IDLE_S", 30 * 60)),
        )


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


def _seconds(env: Mapping[str, str], name: str, default: float) -> float:
    value = _non_negative(env, name, "a number")
    return default if value is None else value


def _ceiling(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = float("nan")
    if not -20.0 <= value <= 0.0:
        raise UsageError(f"{name} must be a number of dBTP from -20 to 0 (e.g. -1), not {raw[:40]!r}.")
    return value


def _usd(env: Mapping[str, str], name: str) -> float | None:
    return _non_negative(env, name, "a number of US dollars")


def _choice(env: Mapping[str, str], name: str, choices: tuple[str, ...]) -> str | None:
    raw = env.get(name, "").strip().lower()
    if not raw:
        return None
    if raw not in choices:
        raise UsageError(f"{name} must be one of {', '.join(choices)}, not {raw[:20]!r}.")
    return raw


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit():
        raise UsageError(f"{name} must be a whole number of 0 or more, not {raw[:40]!r}.")
    return int(raw)
