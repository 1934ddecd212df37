"""The worked example notebook in docs/ runs in the suite and still prints what it shows.

Each code cell of ``docs/compare_example.ipynb`` is run in order in one
namespace (the notebook's working directory is the repository root); what a
cell prints and the value of its last expression (``text/plain``, and
``text/html`` where the value renders as HTML) must equal the outputs stored in
the notebook. ``pytest tests/test_notebook.py --update-golden`` stores fresh
outputs: review the diff before committing it.  No Jupyter is needed: an
``.ipynb`` file is JSON.
"""

from __future__ import annotations

import ast
import contextlib
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest

NOTEBOOK = Path(__file__).resolve().parents[1] / "docs" / "compare_example.ipynb"


def _source(cell: dict[str, Any]) -> str:
    source = cell["source"]
    return "".join(source) if isinstance(source, list) else str(source)


def _run_cell(code: str, namespace: dict[str, Any], count: int) -> list[dict[str, Any]]:
    """Run one cell like IPython does: its outputs as nbformat output dicts."""
    tree = ast.parse(code)
    last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    out = io.StringIO()
    value: Any = None
    with contextlib.redirect_stdout(out):
        exec(compile(tree, f"<cell {count}>", "exec"), namespace)
        if last is not None:
            value = eval(compile(ast.Expression(last.value), f"<cell {count}>", "eval"), namespace)
    outputs: list[dict[str, Any]] = []
    if out.getvalue():
        outputs.append({"name": "stdout", "output_type": "stream", "text": out.getvalue().splitlines(True)})
    if value is not None:
        data = {"text/plain": repr(value).splitlines(True)}
        html = getattr(value, "_repr_html_", None)
        if callable(html):
            data["text/html"] = str(html()).splitlines(True)
        outputs.append({"data": data, "execution_count": count, "metadata": {}, "output_type": "execute_result"})
    return outputs


def _run(notebook: dict[str, Any]) -> list[list[dict[str, Any]]]:
    namespace: dict[str, Any] = {"__name__": "__notebook__"}
    results = []
    count = 0
    cwd = Path.cwd()
    os.chdir(NOTEBOOK.parents[1])
    try:
        for cell in notebook["cells"]:
            if cell["cell_type"] != "code":
                continue
            count += 1
            results.append(_run_cell(_source(cell), namespace, count))
    finally:
        os.chdir(cwd)
    return results


def test_the_notebook_runs_and_shows_what_it_stores(update_golden: bool) -> None:
    notebook = json.loads(NOTEBOOK.read_text("utf-8"))
    results = _run(notebook)
    code_cells = [c for c in notebook["cells"] if c["cell_type"] == "code"]
    if update_golden:
        for number, (cell, outputs) in enumerate(zip(code_cells, results, strict=True), start=1):
            cell["outputs"] = outputs
            cell["execution_count"] = number
        NOTEBOOK.write_text(json.dumps(notebook, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        return
    for number, (cell, outputs) in enumerate(zip(code_cells, results, strict=True), start=1):
        assert outputs == cell["outputs"], f"cell {number} now shows something else:\n{_source(cell)}"


def test_the_notebook_is_a_valid_nbformat_4_file() -> None:
    notebook = json.loads(NOTEBOOK.read_text("utf-8"))
    assert notebook["nbformat"] == 4
    assert {c["cell_type"] for c in notebook["cells"]} <= {"markdown", "code"}
    assert any(c["cell_type"] == "code" and c["outputs"] for c in notebook["cells"])


@pytest.mark.parametrize("cell", [0, 1])
def test_a_cell_that_raises_fails_the_run(cell: int) -> None:
    broken = {"cells": [{"cell_type": "code", "source": ["x = 1\n", "1 / 0" if cell else "raise ValueError"]}]}
    with pytest.raises((ZeroDivisionError, ValueError)):
        _run(broken)
