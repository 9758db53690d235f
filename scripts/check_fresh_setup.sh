#!/usr/bin/env bash
# Proves the README's two set-up commands work as written on a fresh machine: a clean clone, a clean
# HOME, and only the system Python on PATH (Debian's is PEP 668 "externally managed"). It runs the
# first command (the server, offline: it must say so and answer `initialize`), then the second (the
# tests). With --serve-only it skips the tests; with --keep-path it keeps PATH (a machine that
# already has uv).
#
#   bash scripts/check_fresh_setup.sh [--serve-only] [--keep-path]
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
serve_only=0
path=/usr/bin:/bin
for arg in "$@"; do
  case "$arg" in
    --serve-only) serve_only=1 ;;
    --keep-path) path=$PATH ;;
    *) echo "usage: $0 [--serve-only] [--keep-path]" >&2; exit 64 ;;
  esac
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone -q "$repo" "$work/repo"
mkdir "$work/home"
cd "$work/repo"
fresh() { env -u VIRTUAL_ENV -u RUNCOMFY_TOKEN -u ACE_STEP_MCP_HOME HOME="$work/home" PATH="$path" "$@"; }
readme_command() { grep -A2 '^```bash' README.md | grep -E "^sh scripts/uv run (--no-dev )?$1" | head -1; }
serve_cmd=$(readme_command "ace-step-mcp serve")
test_cmd=$(readme_command "pytest")
[ -n "$serve_cmd" ] && [ -n "$test_cmd" ] || { echo "check_fresh_setup: the README's two commands were not found" >&2; exit 1; }

echo "== $serve_cmd   (PATH=$path, HOME clean)"
fresh python3 - "$serve_cmd" "$work/serve.err" <<'PY'
import json, subprocess, sys, threading
cmd, errlog = sys.argv[1], sys.argv[2]
with open(errlog, "w") as err:
    proc = subprocess.Popen(["bash", "-c", cmd], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err, text=True)
    timer = threading.Timer(300, proc.kill)  # the first run installs everything: minutes at most
    timer.start()
    init = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": "2025-11-25",
            "capabilities": {}, "clientInfo": {"name": "fresh", "version": "1"}}}
    proc.stdin.write(json.dumps(init) + "\n")
    proc.stdin.flush()
    line = proc.stdout.readline()
    proc.stdin.close()
    proc.wait(timeout=30)
    timer.cancel()
answer = json.loads(line) if line.strip() else {}
if answer.get("result", {}).get("serverInfo", {}).get("name") != "ace-step-mcp":
    sys.exit(f"check_fresh_setup: no initialize answer (got {line[:200]!r}); stderr: {open(errlog).read()[-2000:]}")
PY
grep -q "OFFLINE mode" "$work/serve.err" || { echo "check_fresh_setup: serve did not say it is offline" >&2; exit 1; }
echo "ok: the server answered initialize and said it runs offline"
# Lean (issue 28): the run command installs what the server needs, not the test tools, and starts after
# the first do not compile the environment again.
venv_mb=$(du -sm .venv | cut -f1)
if [ "$venv_mb" -ge 400 ] || [ -d .venv/lib/python3*/site-packages/pytest ] || [ -d .venv/lib/python3*/site-packages/playwright ]; then
  echo "check_fresh_setup: the run command installed ${venv_mb} MB or test tools into .venv" >&2; exit 1
fi
if fresh bash -c "$serve_cmd --help" 2>&1 >/dev/null | grep -q "Bytecode compiled"; then
  echo "check_fresh_setup: a second start compiled bytecode again" >&2; exit 1
fi
echo "ok: .venv is ${venv_mb} MB with no test tools, and a second start compiles nothing"

if [ "$serve_only" = 0 ]; then
  echo "== $test_cmd"
  fresh bash -c "$test_cmd -p no:cacheprovider"
fi
