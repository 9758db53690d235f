"""Check that imports inside `ace_step_mcp` point down the layers and form no circle.

Every import counts: module level, inside functions (lazy) and under `TYPE_CHECKING`. A module may
import its own package's modules and anything in a lower layer; packages that share a layer are
independent of each other. The layers are docs/ARCHITECTURE.md's map, lowest first.

Usage: python scripts/check_layers.py [SRC_DIR]   (exit 1 with one line per violation)
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = "ace_step_mcp"

# (layer, unit): a unit is a subpackage, or a single module of the top-level package.
# The base layer is the top-level package's own modules: wire schemas, settings, errors.
BASE = frozenset({"__init__", "errors", "settings", "endpoints"})
LAYERS: dict[str, int] = {
    "base": 0,
    "ports": 1,
    "audio": 1,
    "router": 2,
    "emulator": 2,
    "stores": 2,
    "backends": 3,
    "jobs": 3,
    "wiring": 4,
    "surface": 5,
    "doctor": 5,
    "cli": 6,
    "__main__": 7,
}
# Lower units a unit must still not import: the job core reaches its adapters only through the ports.
FORBIDDEN_UNITS: dict[str, frozenset[str]] = {"jobs": frozenset({"stores", "emulator", "backends"})}
# Outside modules that talk to a wire or a database: the job core imports none of them, and each is
# imported by the adapters named here only.
WIRE_MODULES: dict[str, frozenset[str]] = {
    "sqlite3": frozenset({"ace_step_mcp.stores.sqlite"}),
    "httpx2": frozenset(),  # checked for the job core only (the adapters, audio/refs and the surface use it)
    "uvicorn": frozenset(),
    "starlette": frozenset(),
}
CORE_UNITS = frozenset({"jobs", "ports"})


def unit_of(module: str) -> str:
    parts = module.split(".")
    unit = parts[1] if len(parts) > 1 else "__init__"
    return "base" if unit in BASE else unit


def module_name(src: Path, path: Path) -> str:
    rel = path.relative_to(src).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def imports_of(path: Path, module: str, known: set[str]) -> set[str]:
    """Every ace_step_mcp module this file imports, resolved to a module that exists."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    is_pkg = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = module.split(".") if is_pkg else module.split(".")[:-1]
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            # `from pkg import mod` imports pkg.mod when it is a module, else a name of pkg.
            names = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        for name in names:
            if name == PACKAGE or name.startswith(PACKAGE + "."):
                while name not in known and "." in name:
                    name = name.rsplit(".", 1)[0]
                if name != module:
                    found.add(name)
    return found


def check(src: Path) -> list[str]:
    files = {module_name(src, p): p for p in sorted((src / PACKAGE).rglob("*.py"))}
    known = set(files)
    graph = {m: imports_of(p, m, known) for m, p in files.items()}
    problems: list[str] = []
    for module, targets in sorted(graph.items()):
        unit = unit_of(module)
        if unit not in LAYERS:
            problems.append(f"{module}: not on the layer map (add '{unit}' to LAYERS and docs/ARCHITECTURE.md)")
            continue
        for target in sorted(targets):
            other = unit_of(target)
            if other == unit:
                continue
            if LAYERS.get(other, 99) >= LAYERS[unit]:
                problems.append(
                    f"{module} imports {target}: layer {LAYERS.get(other)} ({other}) is not below "
                    f"layer {LAYERS[unit]} ({unit})"
                )
    problems += [f"import circle: {' -> '.join(c)}" for c in circles(graph)]
    problems += forbidden(files, graph)
    return problems


def outside_imports(path: Path) -> set[str]:
    """The top-level names of every non-project module a file imports (lazy and TYPE_CHECKING too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module.split(".")[0])
    return found - {PACKAGE}


def forbidden(files: dict[str, Path], graph: dict[str, set[str]]) -> list[str]:
    problems: list[str] = []
    for module, targets in sorted(graph.items()):
        unit = unit_of(module)
        for target in sorted(targets):
            if unit_of(target) in FORBIDDEN_UNITS.get(unit, ()):
                problems.append(f"{module} imports {target}: the job core reaches adapters only through ports")
        outside = outside_imports(files[module])
        for name, allowed in WIRE_MODULES.items():
            if name not in outside:
                continue
            if unit in CORE_UNITS:
                problems.append(f"{module} imports {name}: the job core talks to no wire or database")
            elif name == "sqlite3" and module not in allowed:
                problems.append(f"{module} imports sqlite3: only {', '.join(sorted(allowed))} may")
    return problems


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), each as a closed path."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(v: str) -> None:
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append([*sorted(component), sorted(component)[0]])

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def main(argv: list[str]) -> int:
    src = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[1] / "src"
    problems = check(src)
    for line in problems:
        print(line)
    if not problems:
        print(f"layers ok: {sum(1 for _ in (src / PACKAGE).rglob('*.py'))} modules, imports point down, no circles")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
