"""The layering the README promises, checked on the source (in the spirit of scikit-learn's
``test_common.py``): every module of ``vimod`` is read once, and each test states one rule.

- only ``vimod.store`` (and the declared read side of the transparency report) talks SQL;
- ``vimod.store`` depends on nothing above it;
- there are no import cycles, between modules or between stages;
- every ``__all__`` names things that exist;
- every module has a test module.

Imports are read from the syntax tree, function-level (lazy) imports included; imports
under ``if TYPE_CHECKING:`` are left out (they never run).
"""

from __future__ import annotations

import ast
import importlib
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

import vimod

SRC = Path(vimod.__file__).resolve().parent
TESTS = Path(__file__).resolve().parent

#: Modules outside ``vimod.store`` allowed to build SQL: the transparency report's read side
#: (aggregates over the event tables, see vimod.report).
SQL_READ_SIDE = frozenset({"vimod.report.queries", "vimod.report.statements"})
#: What ``vimod.store`` may import from vimod: itself and the leaf modules.
STORE_MAY_IMPORT = ("vimod.store", "vimod.errors", "vimod.vocab")
#: Not modules of the library: Alembic's migration scripts run inside Alembic.
NOT_IMPORTABLE = ("vimod.store.migrations",)
#: The composition roots: they wire every stage together, so they may import them all.
COMPOSITION_ROOTS = frozenset({"vimod", "vimod.__main__", "vimod.cli"})


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(SRC.rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST, module: str, is_package: bool) -> Iterator[str]:
    """Absolute names of everything ``tree`` imports, at run time."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.orelse:
                yield from _imports(child, module, is_package)
            continue
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = module.split(".") if is_package else module.split(".")[:-1]
                package = package[: len(package) - node.level + 1]
                base = ".".join([*package, base] if base else package)
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)
        yield from _imports(node, module, is_package)


@cache
def imports_of(module: str) -> frozenset[str]:
    path = modules()[module]
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return frozenset(_imports(tree, module, path.name == "__init__.py"))


def vimod_imports_of(module: str) -> set[str]:
    """The vimod modules ``module`` imports (``from pkg import name`` counts as importing the
    module ``pkg.name`` when there is one, else ``pkg``)."""
    known = modules()
    return {name for name in imports_of(module) if name in known and name != module}


def _library_modules() -> list[str]:
    return [m for m in modules() if not m.startswith(NOT_IMPORTABLE)]


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one node (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
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
                out.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


# --------------------------------------------------------------------------- SQL


def test_only_the_store_and_the_report_read_side_import_sqlalchemy() -> None:
    offenders = {
        module: sorted(name for name in imports_of(module)
                       if name == "sqlalchemy" or name.startswith("sqlalchemy."))
        for module in modules()
        if not module.startswith("vimod.store") and module not in SQL_READ_SIDE
    }
    assert {m: names for m, names in offenders.items() if names} == {}


def test_the_store_imports_nothing_above_it() -> None:
    offenders = {
        module: sorted(name for name in vimod_imports_of(module)
                       if not name.startswith(STORE_MAY_IMPORT))
        for module in modules()
        if module.startswith("vimod.store")
    }
    assert {m: names for m, names in offenders.items() if names} == {}


# --------------------------------------------------------------------------- cycles


def test_no_import_cycles_between_modules() -> None:
    graph = {m: vimod_imports_of(m) for m in _library_modules()}
    # A package's __init__ that re-exports its own modules is not a cycle with them.
    for m, deps in graph.items():
        deps -= {d for d in deps if m.startswith(d + ".")}
    assert _cycles(graph) == []


def _stage(module: str) -> str:
    return ".".join(module.split(".")[:2])


def test_no_import_cycles_between_stages() -> None:
    """Stages (``vimod.store``, ``vimod.web``, ...) form a layered graph: if web imports
    report, report does not import web."""
    graph: dict[str, set[str]] = defaultdict(set)
    for m in _library_modules():
        if m in COMPOSITION_ROOTS:
            continue
        graph[_stage(m)] |= {_stage(d) for d in vimod_imports_of(m)
                             if d not in COMPOSITION_ROOTS and _stage(d) != _stage(m)}
    assert _cycles(dict(graph)) == []


def test_the_cycle_finder_finds_cycles() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


# --------------------------------------------------------------------------- __all__


def _declares_all(module: str) -> bool:
    tree = ast.parse(modules()[module].read_text(encoding="utf-8"))
    return any(isinstance(node, ast.Assign | ast.AnnAssign)
               and any(isinstance(t, ast.Name) and t.id == "__all__"
                       for t in (node.targets if isinstance(node, ast.Assign) else [node.target]))
               for node in tree.body)


@pytest.mark.parametrize("module", [m for m in _library_modules() if _declares_all(m)])
def test_every_name_in___all___resolves(module: str) -> None:
    mod = importlib.import_module(module)
    names = list(mod.__all__)
    assert len(names) == len(set(names)), "duplicates in __all__"
    assert [n for n in names if not hasattr(mod, n)] == []


# --------------------------------------------------------------------------- tests


@cache
def _test_modules() -> dict[Path, frozenset[str]]:
    out = {}
    for path in sorted(TESTS.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        out[path] = frozenset(_imports(tree, "tests", False))
    return out


def _covered(module: str) -> bool:
    """A module is covered when a test module imports it; or a test module of its stage is
    named after it (``vimod/a/b/c.py`` -> ``tests/a/**/test_*c*.py``); or it is a stage's
    ``commands`` and a test module of that stage drives the CLI (imports ``vimod.cli``); or
    it is a private module of a package a test imports (the package's exports are its
    interface)."""
    tests = _test_modules()
    imported = set().union(*tests.values())
    if module in imported:
        return True
    *package, name = module.split(".")
    folder = TESTS.joinpath(*package[1:2])
    stage_tests = [p for p in tests if p.is_relative_to(folder) and p.name.startswith("test_")]
    if any(name.lstrip("_") in p.stem for p in stage_tests):
        return True
    if name == "commands" and any("vimod.cli" in tests[p] for p in stage_tests):
        return True
    return name.startswith("_") and ".".join(package) in imported


def test_every_module_has_a_test_module() -> None:
    untested = [m for m in _library_modules()
                if m != "vimod.__main__" and not _covered(m)]
    assert untested == []
