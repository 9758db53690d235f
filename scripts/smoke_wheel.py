"""Smoke test of an installed ace-step-mcp: `serve --offline` answers initialize and lists its tools.

    python scripts/smoke_wheel.py PATH/TO/ace-step-mcp     (exit 0 when it works)

Standard library only, so it runs in the clean environment a release installs the wheel into.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile


def main(command: str) -> int:
    env = {"ACE_STEP_MCP_HOME": tempfile.mkdtemp(), "PATH": "/usr/bin:/bin"}
    proc = subprocess.Popen(
        [command, "serve", "--offline"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    assert proc.stdin is not None and proc.stdout is not None
    messages = [
        {
            "jsonrpc": "2.0",
            "id": 1,
            "method": "initialize",
            "params": {
                "protocolVersion": "2025-11-25",
                "capabilities": {},
                "clientInfo": {"name": "smoke", "version": "1"},
            },
        },
        {"jsonrpc": "2.0", "method": "notifications/initialized"},
        {"jsonrpc": "2.0", "id": 2, "method": "tools/list", "params": {}},
    ]
    for message in messages:
        proc.stdin.write(json.dumps(message) + "\n")
        proc.stdin.flush()
    answers = [json.loads(proc.stdout.readline()) for _ in range(2)]
    proc.stdin.close()
    proc.wait(timeout=30)
    names = sorted(t["name"] for t in answers[1]["result"]["tools"])
    ok = answers[0]["result"]["serverInfo"]["name"] == "ace-step-mcp" and len(names) == 7
    print(("ok: " if ok else "FAILED: ") + ", ".join(names))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
