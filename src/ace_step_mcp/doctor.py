"""`ace-step-mcp doctor`: is this machine set up? One line per check, then a client config to paste.

Checks the versions, where the RunComfy token comes from (never what it is), whether the Model API
answers, and whether the data folder is writable; prints the `mcpServers` entry that starts this
installation, and where each desktop client keeps its config on this OS. Exit 0 when the server can
run as configured, 1 when a check failed.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import sys
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Any

from ace_step_mcp import __version__

OK, BAD, NOTE = "ok ", "BAD", " - "
REACH_TIMEOUT_S = 5.0


def doctor() -> int:
    from ace_step_mcp.settings import Settings

    settings = Settings.from_env()
    lines: list[tuple[str, str]] = [(OK, _versions())]
    lines += _token_and_backend(settings)
    lines.append(_data_folder(settings.store.home))
    for mark, text in lines:
        print(f"{mark} {text}")
    print("\nAn MCP client starts this installation with (mcpServers entry; the `env` holds settings):")
    print(json.dumps({"mcpServers": {"ace-step": client_config()}}, indent=2))
    print(f"\nWhere the config goes on this machine ({platform.system() or 'unknown OS'}):")
    for client, where in config_paths().items():
        print(f"  {client}: {where}")
    return 1 if any(mark == BAD for mark, _ in lines) else 0


def _versions() -> str:
    try:
        sdk = metadata.version("mcp")
    except metadata.PackageNotFoundError:  # pragma: no cover - a broken install
        sdk = "missing"
    return f"ace-step-mcp {__version__}, Python {platform.python_version()}, MCP SDK {sdk}"


def _token_and_backend(settings: Any) -> list[tuple[str, str]]:
    backend = settings.backend
    if backend.name == "acestep15":
        return [_reach_acestep15(backend.acestep_url, backend.acestep_key)]
    if backend.token is None:
        return [
            (NOTE, "no RunComfy token (RUNCOMFY_TOKEN, or `runcomfy login`): the server runs offline, its renders "
                   "free previews by the bundled emulator, not ACE Step"),
        ]  # fmt: skip
    where = {"env": "RUNCOMFY_TOKEN", "file": "the token file of `runcomfy login`"}.get(backend.token_source, "?")
    return [(OK, f"RunComfy token found in {where}"), _reach(backend.api_base)]


def _reach(api_base: str) -> tuple[str, str]:
    """Whether the Model API answers at all (any HTTP status): the network path, not the token."""
    import httpx2

    try:
        with httpx2.Client(timeout=REACH_TIMEOUT_S) as http:
            answer = http.get(api_base)
    except httpx2.HTTPError as exc:
        return BAD, f"the Model API at {api_base} does not answer ({type(exc).__name__}); check the network or proxy"
    return OK, f"the Model API at {api_base} answers (HTTP {answer.status_code})"


def _reach_acestep15(url: str, key: Any) -> tuple[str, str]:
    """The self-hosted ACE-Step 1.5 server: its health, and the models it loaded (which decide the tools)."""
    import httpx2

    headers = {"Authorization": f"Bearer {key.reveal()}"} if key else {}
    try:
        with httpx2.Client(timeout=REACH_TIMEOUT_S) as http:
            answer = http.get(f"{url}/v1/models", headers=headers)
    except httpx2.HTTPError as exc:
        return (
            BAD,
            f"the ACE-Step 1.5 server at {url} (ACESTEP_API_URL) does not answer ({type(exc).__name__}); start it",
        )
    if answer.status_code in (401, 403):
        return BAD, f"the ACE-Step 1.5 server at {url} refuses the key (HTTP {answer.status_code}); set ACESTEP_API_KEY"
    try:
        names = [m["name"] for m in answer.json()["data"]["models"]]
    except (ValueError, KeyError, TypeError):
        return BAD, f"the ACE-Step 1.5 server at {url} answers HTTP {answer.status_code}, not its model list"
    base = [n for n in names if "turbo" not in n.lower()]
    extra = "stems and add-a-part offered" if base else "no base model: stems and add-a-part not offered"
    return OK, f"the ACE-Step 1.5 server at {url} has {', '.join(names) or 'no model'} loaded ({extra})"


def _data_folder(home: Path) -> tuple[str, str]:
    try:
        home.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=home, prefix=".doctor-"):
            pass
    except OSError as exc:
        return BAD, (
            f"the data folder {home} is not writable ({exc.strerror or exc}); set ACE_STEP_MCP_HOME to a folder "
            "you can write"
        )
    free_gb = shutil.disk_usage(home).free / 1e9
    return OK, f"the data folder {home} is writable ({free_gb:.1f} GB free)"


def client_config() -> dict[str, Any]:
    """The stdio command that starts this very installation: from a checkout through uv, else the
    installed `ace-step-mcp` (a `uv tool install` or a package install)."""
    checkout = Path(__file__).resolve().parents[2]
    uv = os.environ.get("UV") or shutil.which("uv")
    if (checkout / "pyproject.toml").is_file() and (checkout / "uv.lock").is_file() and uv:
        args = ["--directory", str(checkout), "run", "--no-dev", "ace-step-mcp", "serve"]
        return {"command": uv, "args": args, "env": {"RUNCOMFY_TOKEN": "<your RunComfy token>"}}
    found = shutil.which("ace-step-mcp") or str(Path(sys.argv[0]).resolve())
    return {"command": found, "args": ["serve"], "env": {"RUNCOMFY_TOKEN": "<your RunComfy token>"}}


def config_paths(system: str | None = None) -> dict[str, str]:
    """Where the desktop clients keep their MCP config on this OS."""
    system = system or platform.system()
    if system == "Darwin":
        claude = "~/Library/Application Support/Claude/claude_desktop_config.json"
    elif system == "Windows":
        claude = r"%APPDATA%\Claude\claude_desktop_config.json"
    else:
        claude = "~/.config/Claude/claude_desktop_config.json"
    cursor = r"%USERPROFILE%\.cursor\mcp.json" if system == "Windows" else "~/.cursor/mcp.json"
    return {"Claude Desktop": claude, "Cursor": cursor, "VS Code": ".vscode/mcp.json in the workspace"}
