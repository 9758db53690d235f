"""What the README tells a newcomer to do works as written, and the tool list stays lean."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import jsonschema
import pytest
from mcp import Client, StdioServerParameters

from ace_step_mcp.surface.tools import MakeMusicArgs, TrackResult, compact_schema, output_schema
from tests.helpers import REPO, mcp_client, subprocess_env, tool_list_tokens

pytestmark = pytest.mark.anyio


def client_configs() -> list[dict]:
    """Every stdio server config the README and mcp.json show."""
    blocks = re.findall(r"```json\n(.*?)```", (REPO / "README.md").read_text(), re.DOTALL)
    configs = []
    for text in [*blocks, (REPO / "mcp.json").read_text()]:
        data = json.loads(text)
        for server in (data.get("mcpServers") or data.get("servers") or {}).values():
            configs.append(server)
    return configs


def test_the_readme_shows_configs_for_every_client_it_names():
    assert len(client_configs()) == 3  # Claude Desktop / Cursor, VS Code, mcp.json
    for config in client_configs():
        assert config["command"] == "uv"
        # --no-dev: a client's start installs the server's dependencies, not the test tools (issue 28)
        assert config["args"] == ["--directory", "/path/to/ace-step-mcp", "run", "--no-dev", "ace-step-mcp", "serve"]
        assert "RUNCOMFY_TOKEN" in config["env"]


async def test_the_readme_client_config_starts_the_server_from_a_checkout(tmp_path):
    uv = os.environ.get("UV") or shutil.which("uv")
    if uv is None:
        pytest.skip("no uv binary here (the tests run under `uv run`, which sets UV)")
    config = client_configs()[-1]
    args = [str(REPO) if a == "/path/to/ace-step-mcp" else a for a in config["args"]]
    env = subprocess_env(tmp_path, None, RUNCOMFY_TOKEN="")
    async with Client(StdioServerParameters(command=uv, args=args, env=env), mode="legacy") as client:
        assert client.server_info is not None and client.server_info.name == "ace-step-mcp"
        assert client.server_info.website_url is None  # no page to point at until it is published
        assert len((await client.list_tools()).tools) == 7


def _schemas(node):
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _schemas(value)
    elif isinstance(node, list):
        for value in node:
            yield from _schemas(value)


async def test_the_tool_list_stays_lean(tmp_path):
    async with mcp_client(tmp_path, None) as client:
        tools = (await client.list_tools()).tools
    # Every conversation pays for the list: 8.8k tokens before issue 28 (35,589 characters, the 1,633-character
    # result schema on seven tools); 3,804 measured with o200k_base after it (the player's `_meta.ui` links included).
    sizes = {t.name: round(tool_list_tokens([t])) for t in tools}
    assert tool_list_tokens(tools) < 4_000, sizes
    for tool in tools:
        assert "Pick it for" in (tool.description or "") or tool.name in ("make_music", "music_job")
    # The result shape is declared once, on the tool to start with, not copied onto every tool.
    assert [t.name for t in tools if t.output_schema] == ["make_music"]
    # Nullable inputs are `anyOf` with null (what strict clients accept), never a type array.
    every = [s for t in tools for s in _schemas(t.input_schema)]
    assert not [s for s in every if isinstance(s.get("type"), list)]
    assert any({"type": "null"} in s.get("anyOf", []) for s in every)


@pytest.mark.parametrize(
    "instance",
    [
        {"status": "completed", "endpoint": "text_to_audio", "model_id": "m", "track_id": "trk_1", "seed": None},
        {"status": "running", "endpoint": "e", "model_id": "m", "elapsed_s": 3.5, "expected_s": None},
        {"status": "done", "endpoint": "e", "model_id": "m"},  # not a status
        {"endpoint": "e", "model_id": "m", "duration_s": "long"},  # not a number
        {"endpoint": "e"},  # model_id missing
    ],
)
def test_a_compacted_schema_accepts_exactly_what_the_full_one_does(instance):
    full = TrackResult.model_json_schema()
    valid_full = jsonschema.Draft202012Validator(full).is_valid(instance)
    assert jsonschema.Draft202012Validator(output_schema()).is_valid(instance) == valid_full
    args_full = MakeMusicArgs.model_json_schema()
    sample = {"request": "x", "duration": instance.get("duration_s"), "quality": instance.get("status")}
    assert jsonschema.Draft202012Validator(compact_schema(args_full)).is_valid(sample) == (
        jsonschema.Draft202012Validator(args_full).is_valid(sample)
    )


def test_the_release_metadata_agrees_with_itself():
    import tomllib

    server = json.loads((REPO / "server.json").read_text())
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    mcp_name = re.search(r"^mcp-name: (\S+)$", (REPO / "README.md").read_text(), re.MULTILINE)
    assert mcp_name is not None and mcp_name.group(1) == server["name"]
    assert server["$schema"].endswith("/2025-12-11/server.schema.json")
    assert len(server["description"]) <= 100  # the registry's limit
    (package,) = server["packages"]
    assert package["identifier"] == project["name"] and package["version"] == server["version"] == project["version"]
    assert package["runtimeHint"] == "uvx" and package["transport"] == {"type": "stdio"}
    names = {v["name"]: v for v in package["environmentVariables"]}
    assert names["RUNCOMFY_TOKEN"]["isSecret"] is True
    settings_text = (REPO / "src" / "ace_step_mcp" / "settings.py").read_text()
    assert all(name in settings_text or name.startswith("RUNCOMFY_") for name in names)
    assert server["repository"]["url"] == project["urls"]["Repository"]


def test_the_release_smoke_test_passes_on_this_install():
    import subprocess
    import sys

    command = Path(sys.executable).parent / "ace-step-mcp"
    proc = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "smoke_wheel.py"), str(command)], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.startswith(
        "ok: audio_inpaint, audio_outpaint, make_music, music_job, process_track, text_to_audio"
    )


def test_the_readme_says_how_to_reach_the_cli_and_where_each_os_keeps_the_configs():
    from ace_step_mcp.doctor import config_paths

    text = (REPO / "README.md").read_text()
    assert "uv tool install ." in text and "sh scripts/uv run --no-dev ace-step-mcp ..." in text
    assert "Node.js 22" in text
    for system in ("Darwin", "Windows", "Linux"):
        for where in config_paths(system).values():
            assert where.startswith(".vscode") or f"`{where}`" in text, (system, where)
