"""The layout of docs/architecture.md, enforced: imports point one way between the stages of the
flow (store <- recsys, search <- bundle <- training, api <- cli, demo), and no file imports
itself back through a cycle. Lazy imports inside functions count too."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

ALLOWED = {
    "store": set(),
    "recsys": {"store"},
    "search": {"store"},
    "bundle": {"store"},
    "training": {"store", "recsys", "search", "bundle"},
    "api": {"store", "recsys", "search", "bundle"},
    "cli": {"store", "recsys", "search", "bundle", "training", "api", "demo"},
    "demo": {"store", "recsys", "search", "bundle", "training", "api"},
}


def _modules() -> dict[str, Path]:
    out = {}
    for package in ALLOWED:
        for path in (ROOT / package).rglob("*.py"):
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
            out[name] = path
    return out


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
    return found


def _edges() -> dict[str, set[str]]:
    modules = _modules()
    edges = defaultdict(set)
    for name, path in modules.items():
        for target in _imports(path):
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != name:
                edges[name].add(target)
    return edges


def test_every_package_of_the_flow_is_listed():
    packages = {p.name for p in ROOT.iterdir() if (p / "__init__.py").exists()} - {"tests", "benchmarks"}
    assert packages == set(ALLOWED)


def test_imports_point_one_way():
    wrong = sorted(f"{a} -> {b}" for a, targets in _edges().items() for b in targets
                   if b.split(".")[0] != a.split(".")[0] and b.split(".")[0] not in ALLOWED[a.split(".")[0]])
    assert wrong == []


def test_no_import_cycle_between_files():
    edges, state, cycles = _edges(), {}, []

    def visit(node, stack):
        state[node] = 1
        stack.append(node)
        for nxt in edges[node]:
            if state.get(nxt) == 1:
                cycles.append(" -> ".join(stack[stack.index(nxt):] + [nxt]))
            elif nxt not in state:
                visit(nxt, stack)
        stack.pop()
        state[node] = 2

    for node in list(edges):
        if node not in state:
            visit(node, [])
    assert cycles == []


def test_a_wrong_import_is_caught(tmp_path):
    """The checker itself finds a back edge (a test that cannot fail is a defect)."""
    bad = tmp_path / "mod.py"
    bad.write_text("import os\nfrom training.train import train\n\ndef f():\n    import api.main\n")
    assert {"training.train", "training.train.train", "api.main", "os"} <= _imports(bad)
