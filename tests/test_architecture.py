"""The package's imports follow the flow of data: no cycle, and no stage reaches up to a later one.

Read from the source (every import, those inside functions too, but not those only for type
checking), so a violation fails here before it tangles the code."""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "pipeline"

LAYERS = [
    {"i18n"},
    {"errors", "text", "amounts", "codes", "files", "processes", "progress"},
    {"model", "contract"},
    {"schemas", "findings"},
    {"extract", "output"},
    {"frames", "crosscheck"},
    {"reconcile", "catalog"},
    {"quality"},
    {"report"},
    {"run"},
    {"batch"},
    {"cli", "__main__"},
]
"""Top-level modules and packages of ``pipeline``, from the bottom of the flow up: a module may
import its own layer's and lower layers' modules, never a higher layer's."""


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_only(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            return True
    return False


def _imports() -> dict[str, set[str]]:
    """Module → the pipeline modules it imports."""
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        name = _module(path)
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        found: set[str] = set()
        for node in ast.walk(tree):
            if _type_checking_only(node, parents):
                continue
            if isinstance(node, ast.ImportFrom):
                base = package.split(".")
                if node.level:
                    base = base[:len(base) - node.level + 1]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                if target.startswith("pipeline"):
                    found.add(target)
                    found.update(f"{target}.{a.name}" for a in node.names)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name.startswith("pipeline"))
        modules = {_module(p) for p in PACKAGE.rglob("*.py")}
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def _top(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _layer(module: str) -> int:
    top = _top(module)
    return next(i for i, layer in enumerate(LAYERS) if top in layer)


def test_every_top_level_module_has_a_layer():
    tops = {_top(m) for m in _imports()} - {"__init__"}
    assert tops <= set().union(*LAYERS), tops - set().union(*LAYERS)


def test_no_stage_imports_a_later_one():
    up = sorted((m, t) for m, targets in _imports().items() if _top(m) != "__init__"
                for t in targets if _top(t) != "__init__" and _layer(t) > _layer(m))
    assert not up, up


def test_no_import_cycle():
    graph = _imports()
    state: dict[str, int] = {}
    cycle: list[str] = []

    def visit(node: str, path: list[str]) -> bool:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycle.extend(path[path.index(nxt):] + [nxt] if nxt in path else [node, nxt])
                return True
            if state.get(nxt) is None and visit(nxt, path + [nxt]):
                return True
        state[node] = 2
        return False

    for start in sorted(graph):
        if state.get(start) is None and visit(start, [start]):
            break
    assert not cycle, " → ".join(cycle)
