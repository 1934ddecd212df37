"""Imports run one way: the package's import graph has no cycle, and no layer reaches up.

Every module under ``src/minutes_parser`` is parsed with `ast`; every
``import``/``from ... import`` anywhere in it (module level, inside functions,
under ``if TYPE_CHECKING:``) is an edge, and so are the names the package's
``__init__`` loads lazily (its ``_LAZY`` table).  A cycle among them means two
concerns reach into each other; the graph must be acyclic.  And every module
belongs to one of the `LAYERS` (foundation < sources < structure < extract <
compare < pipeline < serialize and views < scan < cli < the package's facade):
it may import from its own layer or lower ones only.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE = "minutes_parser"
SRC = ROOT / "src" / PACKAGE

EXCLUDED: tuple[str, ...] = ()

# The layers, lowest first, each with the modules (and packages, with all their modules) in it.
# A module imports only from its own layer or a lower one; a new module must be placed here.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("foundation", ("_version", "errors", "records", "settings", "text", "patterns", "nlp", "rules")),
    ("sources", ("sources",)),
    ("structure", ("structure",)),
    ("extract", ("extract",)),
    ("compare", ("compare",)),
    ("pipeline", ("pipeline",)),
    ("serialize and views", ("serialize", "views")),
    ("scan", ("scan", "_warm")),  # `_warm` is what the scan's forkserver imports before its workers start
    ("cli", ("cli",)),
    ("package", ("",)),  # `minutes_parser` itself: the public names, loaded lazily from every layer
)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(SRC.rglob("*.py"))}


def _is_package(name: str, modules: dict[str, Path]) -> bool:
    return name in modules and modules[name].name == "__init__.py"


def _targets(node: ast.AST, here: str, is_package: bool, modules: dict[str, Path]) -> Iterator[str]:
    """The package's modules one import statement loads."""
    if isinstance(node, ast.Import):
        for alias in node.names:
            if alias.name.split(".")[0] == PACKAGE:
                yield _known(alias.name, modules)
        return
    if not isinstance(node, ast.ImportFrom):
        return
    if node.level:
        base = here.split(".") if is_package else here.split(".")[:-1]
        base = base[: len(base) - (node.level - 1)]
        parent = ".".join(base + ([node.module] if node.module else []))
    elif node.module and node.module.split(".")[0] == PACKAGE:
        parent = node.module
    else:
        return
    for alias in node.names:
        child = f"{parent}.{alias.name}"
        yield child if child in modules else _known(parent, modules)
    if parent != PACKAGE and _is_package(parent, modules) and not here.startswith(parent + "."):
        yield parent  # a subpackage's __init__ runs first (for its own modules it has already begun)


def _known(name: str, modules: dict[str, Path]) -> str:
    while name not in modules and "." in name:
        name = name.rsplit(".", 1)[0]
    return name


def import_graph() -> dict[str, set[str]]:
    modules = _modules()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        tree = ast.parse(path.read_text("utf-8"), str(path))
        for node in ast.walk(tree):
            for target in _targets(node, name, path.name == "__init__.py", modules):
                if target != name:
                    graph[name].add(target)
    import minutes_parser

    graph[PACKAGE] |= {f"{PACKAGE}.{module}" for module in minutes_parser._LAZY.values()}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of the graph (its nodes in order, the first repeated at the end), or None."""
    state: dict[str, int] = {}  # 1 on the current path, 2 finished
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)) is not None:
                return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)) is not None:
            return found
    return None


def _without(graph: dict[str, set[str]], prefixes: tuple[str, ...]) -> dict[str, set[str]]:
    def kept(name: str) -> bool:
        return not any(name == p or name.startswith(p + ".") for p in prefixes)

    return {k: {t for t in v if kept(t)} for k, v in graph.items() if kept(k)}


def layer_of(module: str, layers: tuple[tuple[str, tuple[str, ...]], ...] = LAYERS) -> int | None:
    """The index in `layers` of the layer `module` belongs to (its longest matching entry), or None."""
    rel = module.removeprefix(PACKAGE).removeprefix(".")
    best: tuple[int, int] | None = None  # (length of the entry, layer)
    for index, (_name, members) in enumerate(layers):
        for member in members:
            if (rel == member or rel.startswith(member + ".")) and (best is None or len(member) > best[0]):
                best = (len(member), index)
    return None if best is None else best[1]


def upward_imports(graph: dict[str, set[str]], layers: tuple[tuple[str, tuple[str, ...]], ...] = LAYERS) -> list[str]:
    """Every edge of `graph` from a module to one in a higher layer, as "a (layer) -> b (layer)"."""
    found = []
    for module, targets in sorted(graph.items()):
        here = layer_of(module, layers)
        for target in sorted(targets):
            there = layer_of(target, layers)
            if here is not None and there is not None and there > here:
                found.append(f"{module} ({layers[here][0]}) -> {target} ({layers[there][0]})")
    return found


_TOY = (("low", ("base", "rules")), ("mid", ("extract",)), ("high", ("pipeline",)), ("package", ("",)))


@pytest.mark.parametrize(
    ("graph", "upward"),
    [
        ({f"{PACKAGE}.extract.a": {f"{PACKAGE}.base", f"{PACKAGE}.extract.b"}}, []),  # down and sideways
        ({f"{PACKAGE}.pipeline": {f"{PACKAGE}.extract", f"{PACKAGE}.rules.x"}}, []),
        ({PACKAGE: {f"{PACKAGE}.pipeline"}}, []),  # the facade sits on top
        (
            {f"{PACKAGE}.extract.a": {f"{PACKAGE}.pipeline"}},
            [f"{PACKAGE}.extract.a (mid) -> {PACKAGE}.pipeline (high)"],
        ),
        ({f"{PACKAGE}.base": {PACKAGE}}, [f"{PACKAGE}.base (low) -> {PACKAGE} (package)"]),
        (
            {f"{PACKAGE}.rules.x": {f"{PACKAGE}.extract.items.y"}},
            [f"{PACKAGE}.rules.x (low) -> {PACKAGE}.extract.items.y (mid)"],
        ),
    ],
)
def test_upward_imports(graph: dict[str, set[str]], upward: list[str]) -> None:
    assert upward_imports(graph, _TOY) == upward


@pytest.mark.parametrize(
    ("module", "layer"),
    [
        (f"{PACKAGE}.extract.items.reader", "extract"),
        (f"{PACKAGE}.structure", "structure"),
        (f"{PACKAGE}.rules.structure", "foundation"),  # the rules for the structure step are data, below it
        (f"{PACKAGE}.scan.workers", "scan"),
        (f"{PACKAGE}.serialize", "serialize and views"),
        (PACKAGE, "package"),
    ],
)
def test_layer_of(module: str, layer: str) -> None:
    index = layer_of(module)
    assert index is not None and LAYERS[index][0] == layer


def test_every_module_has_a_layer() -> None:
    assert [name for name in _modules() if layer_of(name) is None] == []


def test_no_module_imports_from_a_higher_layer() -> None:
    assert upward_imports(import_graph()) == []


@pytest.mark.parametrize(
    ("graph", "cycle"),
    [
        ({"a": {"b"}, "b": {"c"}, "c": set()}, None),
        ({"a": {"b"}, "b": {"a"}}, ["a", "b", "a"]),
        ({"a": {"b"}, "b": {"c"}, "c": {"b"}}, ["b", "c", "b"]),
        ({"a": {"a2"}, "a2": set(), "b": {"a", "a2"}}, None),
    ],
)
def test_find_cycle(graph: dict[str, set[str]], cycle: list[str] | None) -> None:
    assert find_cycle(graph) == cycle


def test_the_graph_sees_function_level_and_package_edges() -> None:
    graph = import_graph()
    assert graph["minutes_parser.records"] == set()  # the views register themselves with the records
    assert "minutes_parser.views" in graph["minutes_parser"]
    assert "minutes_parser.compare" in graph["minutes_parser.cli"]  # inside `_cmd_compare`
    assert "minutes_parser.pipeline" in graph["minutes_parser"]  # loaded lazily by `__getattr__`
    assert "minutes_parser.rules" in graph["minutes_parser.patterns"]  # `from .rules import ...`


def test_the_package_import_graph_has_no_cycle() -> None:
    graph = _without(import_graph(), EXCLUDED)
    assert find_cycle(graph) is None, " -> ".join(find_cycle(graph) or [])


def test_records_import_nothing_of_the_package_at_module_level() -> None:
    tree = ast.parse((SRC / "records.py").read_text("utf-8"))
    top = [n for n in tree.body if isinstance(n, ast.ImportFrom) and (n.level or (n.module or "").startswith(PACKAGE))]
    assert top == []


def test_the_type_stub_lists_what_the_package_exports() -> None:
    import minutes_parser

    stub = ast.parse((SRC / "__init__.pyi").read_text("utf-8"))
    imported = {a.asname or a.name for n in ast.walk(stub) if isinstance(n, ast.ImportFrom) for a in n.names}
    assert set(minutes_parser.__all__) <= imported
    assert all(hasattr(minutes_parser, name) for name in minutes_parser.__all__)


@pytest.mark.parametrize(
    "code",
    [
        "import minutes_parser",
        "import minutes_parser; minutes_parser.parse('RESOLVED that the minutes be approved. Jane Smith, Head of Law')",
        "import minutes_parser; d = minutes_parser.parse('examples/cabinet_minutes.txt'); minutes_parser.to_json(d)",
    ],
    ids=["import", "parse-text", "parse-file"],
)
def test_no_network_library_is_imported(code: str) -> None:
    """spaCy's command line (``spacy.cli``: typer, requests, urllib3) stays out of a parse."""
    probe = "import sys; print(sorted({m.split('.')[0] for m in sys.modules} & {'requests', 'urllib3', 'typer'}))"
    result = subprocess.run(
        [sys.executable, "-c", f"{code}; {probe}"], cwd=ROOT, capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_spacy_still_works_as_a_library_after_we_import_it() -> None:
    """The command line held back during our import loads normally later, and `spacy.info` forwards to it."""
    code = (
        "import minutes_parser.nlp as n, sys; s = n.spacy_module(); assert 'spacy.cli' not in sys.modules; "
        "import spacy.cli; print(spacy.cli.__file__.endswith('__init__.py'), callable(s.info))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert result.stdout.split() == ["True", "True"]
