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


def test_the_checker_catches_the_job_core_reaching_an_adapter_or_a_database(tmp_path):
    pkg = tmp_path / "ace_step_mcp"
    for sub in ("jobs", "stores", "surface"):
        (pkg / sub).mkdir(parents=True)
        (pkg / sub / "__init__.py").write_text("")
    (pkg / "__init__.py").write_text("")
    (pkg / "stores" / "sqlite.py").write_text("import sqlite3\n")
    (pkg / "jobs" / "a.py").write_text("def f():\n    from ace_step_mcp.stores import sqlite\n")
    (pkg / "jobs" / "b.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import httpx2\n")
    (pkg / "surface" / "c.py").write_text("import sqlite3\n")
    problems = check_layers.check(tmp_path)
    assert problems == [
        "ace_step_mcp.jobs.a imports ace_step_mcp.stores.sqlite: the job core reaches adapters only through ports",
        "ace_step_mcp.jobs.b imports httpx2: the job core talks to no wire or database",
        "ace_step_mcp.surface.c imports sqlite3: only ace_step_mcp.stores.sqlite may",
    ]


def test_no_function_of_the_mcp_layer_or_the_cli_passes_cyclomatic_complexity_15():
    """The adapters render what the job core decided; a function that branches this much decides."""
    from radon.complexity import cc_visit

    sources = [
        *sorted((ROOT / "src" / "ace_step_mcp" / "surface").glob("*.py")),
        ROOT / "src" / "ace_step_mcp" / "cli.py",
    ]
    over = [
        f"{path.name}:{block.fullname} ({block.complexity})"
        for path in sources
        for block in cc_visit(path.read_text(encoding="utf-8"))
        if block.complexity > 15
    ]
    assert over == []
    assert len(sources) > 10  # the folder was found


def test_type_ignores_in_the_package_stay_at_most_five():
    count = sum(p.read_text(encoding="utf-8").count("# type: ignore") for p in (ROOT / "src").rglob("*.py"))
    assert count <= 5


def test_every_module_of_the_package_is_on_the_architecture_map():
    """docs/ARCHITECTURE.md names every module under src/ (a new module is a change of the map)."""
    doc = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    package = ROOT / "src" / "ace_step_mcp"
    missing = []
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package).as_posix()
        if path.name == "__init__.py":
            rel = rel.removesuffix("__init__.py") or "__init__.py"
        if f"`{rel}`" not in doc:
            missing.append(rel)
    assert missing == []


def test_test_files_share_code_only_through_the_helper_modules():
    """A test file imports no other test file (nor conftest): shared code is tests/helpers.py, tests/portkit.py or tests/teamkit.py."""
    import re

    offenders = [
        f"{path.name}: {m.group(0)}"
        for path in sorted((ROOT / "tests").glob("*.py"))
        for m in re.finditer(r"from tests\.(test_\w+|conftest) import", path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def _bound_twice(source: str) -> list[str]:
    """Names a module binds twice at its top level (an assignment, a function or a class): the second hides the
    first from every use above it, silently."""
    import ast
    from collections import Counter

    seen: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            seen.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            seen[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            seen[node.name] += 1
    return sorted(name for name, n in seen.items() if n > 1)


def test_no_module_binds_one_top_level_name_twice():
    # (the router's modules are long: a second '_WORD_BEFORE' in read.py once changed what the first one's users read)
    assert _bound_twice("A = 1\ndef f():\n    return A\nA = 2\n") == ["A"]
    twice = {
        str(p.relative_to(ROOT)): names for p in (ROOT / "src").rglob("*.py") if (names := _bound_twice(p.read_text()))
    }
    assert twice == {}
