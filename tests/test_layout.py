"""The package's layers: imports point down, no circle (the map is docs/ARCHITECTURE.md)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import check_layers  # noqa: E402


def test_imports_point_down_the_layers_and_form_no_circle():
    assert check_layers.check(ROOT / "src") == []


def test_the_checker_catches_an_upward_import_and_a_circle(tmp_path):
    pkg = tmp_path / "ace_step_mcp"
    (pkg / "jobs").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "errors.py").write_text("")
    (pkg / "jobs" / "__init__.py").write_text("")
    (pkg / "jobs" / "a.py").write_text("def f():\n    from ace_step_mcp.jobs import b\n")
    (pkg / "jobs" / "b.py").write_text("from ace_step_mcp.jobs.a import f\nfrom ace_step_mcp.cli import main\n")
    (pkg / "cli.py").write_text("from ace_step_mcp.errors import *\n")
    problems = check_layers.check(tmp_path)
    assert "ace_step_mcp.jobs.b imports ace_step_mcp.cli: layer 6 (cli) is not below layer 3 (jobs)" in problems
    assert "import circle: ace_step_mcp.jobs.a -> ace_step_mcp.jobs.b -> ace_step_mcp.jobs.a" in problems
    assert len(problems) == 2


def test_the_checker_runs_as_a_script():
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "check_layers.py")], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout
    assert proc.stdout.startswith("layers ok:")
