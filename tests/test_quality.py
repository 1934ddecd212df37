"""ruff and mypy --strict stay clean: run as part of the suite so CI checks them."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
import regex

from conftest import ROOT


def _tool(name: str) -> list[str]:
    return [sys.executable, "-m", name]


@pytest.mark.parametrize(
    "argv",
    [
        ["ruff", "check", "src", "tests", "benchmarks"],
        ["ruff", "format", "--check", "--diff", "src"],
        ["mypy"],
    ],
    ids=["ruff-check", "ruff-format-src", "mypy-strict"],
)
def test_tool_is_clean(argv: list[str]) -> None:
    probe = subprocess.run([*_tool(argv[0]), "--version"], capture_output=True, check=False)
    if shutil.which(argv[0]) is None and probe.returncode != 0:
        pytest.skip(f"{argv[0]} is not installed (pip install -e '.[dev]')")
    result = subprocess.run([*_tool(argv[0]), *argv[1:]], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def test_no_pattern_is_compiled_at_import() -> None:
    """Rules are compiled on first use, not when the package is imported."""
    code = (
        "import minutes_parser, minutes_parser.patterns as p; "
        "print(p.get.cache_info().currsize)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "0"


def test_the_package_compiles_no_regex_at_import() -> None:
    """Importing every module of the package compiles no pattern of ours (`regex` or `re`)."""
    code = """
import importlib, pkgutil, re, sys
import regex
calls = []
def spy(original):
    def compile(*args, **kwargs):
        caller = sys._getframe(1).f_code.co_filename
        if "minutes_parser" in caller:
            calls.append(f"{caller}:{sys._getframe(1).f_lineno}")
        return original(*args, **kwargs)
    return compile
regex.compile, re.compile = spy(regex.compile), spy(re.compile)
import minutes_parser
for module in pkgutil.walk_packages(minutes_parser.__path__, "minutes_parser."):
    if module.name != "minutes_parser._warm":  # the scan's forkserver preload: it parses on purpose
        importlib.import_module(module.name)
print(calls)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_rule_names_are_unique_across_modules() -> None:
    from minutes_parser import rules

    seen: dict[str, str] = {}
    for module in rules.MODULES:
        for table in ("PIECES", "PATTERNS"):
            for name in getattr(module, table):
                key = f"{table}:{name}"
                assert key not in seen, f"{name} is defined in {seen.get(key)} and {module.__name__}"
                seen[key] = module.__name__


def test_every_piece_reference_names_a_piece() -> None:
    # a "{name}" that is no piece stays in the pattern as literal text and silently matches nothing (a
    # rule written as a pattern and referred to as a piece once lost "MR. RUMSCH" this way)
    from minutes_parser import patterns, rules

    tables = {**rules.PATTERNS, **rules.PIECES}
    left = {
        name: ref
        for name in tables
        for ref in regex.findall(r"\{([a-z_][a-z0-9_]*)\}", patterns.expand(tables[name]))
    }
    assert left == {}


def test_every_pattern_compiles() -> None:
    from minutes_parser import patterns

    for name in patterns.names():
        assert patterns.get(name).pattern


# Lines of one phrase repeated, the shape that sends a pattern with ambiguous repeats (``[\w ]+ \s+``)
# into exponential backtracking: 16 repeats of "It is recommended that " took a heading rule 17 s,
# 20 take minutes. A linear pattern reads each in milliseconds; the limit only catches a hang.
REPEATED = ("It is recommended that ", "Minutes of the ", "Mr J Smith ", "Councillor Smith, ",
            "Jane Smith-Jones ", "RESOLVED ", "(a) ", "1. ", "- ", "the ")


def test_no_pattern_backtracks_exponentially_on_repeated_phrases() -> None:
    from minutes_parser import patterns

    hung = []
    for name in patterns.names():
        rx = patterns.get(name)
        for unit in REPEATED:
            try:
                rx.search(unit * 20, timeout=10.0)
            except TimeoutError:
                hung.append((name, unit))
    assert hung == []
