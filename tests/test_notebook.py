"""The worked example notebook in docs/ runs in a real IPython kernel and still shows what it stores.

``docs/compare_example.ipynb`` is executed by `nbclient` (the library behind
``jupyter nbconvert --execute``) in an IPython kernel from this environment
(`ipykernel`), with the repository root as its working directory, so the
outputs are IPython's own: ``text/plain`` from the display formatter,
``text/html`` from the records' ``_repr_html_``.  Each code cell's outputs
must equal the outputs stored in the notebook.  ``pytest
tests/test_notebook.py --update-golden`` stores fresh outputs: review the diff
before committing it.  Time is bounded: the kernel has 60 s to start and each
cell 60 s to run (the whole notebook takes a few seconds).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

nbclient = pytest.importorskip("nbclient", reason="the notebook test needs nbclient and ipykernel (the dev extra)")
nbformat = pytest.importorskip("nbformat")
pytest.importorskip("ipykernel")

NOTEBOOK = Path(__file__).resolve().parents[1] / "docs" / "compare_example.ipynb"
CELL_TIMEOUT = 60
START_TIMEOUT = 60


def _execute(notebook: Any) -> Any:
    client = nbclient.NotebookClient(
        notebook,
        timeout=CELL_TIMEOUT,
        startup_timeout=START_TIMEOUT,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parents[1])}},
    )
    client.execute()
    return notebook


def _shown(cell: Any) -> list[dict[str, Any]]:
    """What a cell shows: its outputs with consecutive stream chunks joined (the kernel flushes
    printed text in chunks of its own choosing) and without metadata."""
    out: list[dict[str, Any]] = []
    for output in cell.get("outputs", []):
        o = {k: v for k, v in dict(output).items() if k != "metadata"}
        if "text" in o:
            o["text"] = "".join(o["text"]) if isinstance(o["text"], list) else o["text"]
            if out and out[-1].get("output_type") == "stream" and out[-1].get("name") == o.get("name"):
                out[-1]["text"] += o["text"]
                continue
        if "data" in o:
            o["data"] = {k: "".join(v) if isinstance(v, list) else v for k, v in dict(o["data"]).items()}
        out.append(o)
    return out


def _stored(notebook: Any) -> Any:
    """The executed notebook as stored: streams joined, no timing metadata."""
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
        if cell.cell_type == "code":
            cell.outputs = [nbformat.from_dict({**o, "metadata": {}} if "data" in o else o) for o in _shown(cell)]
    return notebook


@pytest.fixture(scope="module")
def executed() -> tuple[Any, Any]:
    stored = nbformat.read(NOTEBOOK, as_version=4)
    return stored, _execute(copy.deepcopy(stored))


def test_the_notebook_runs_and_shows_what_it_stores(executed: tuple[Any, Any], update_golden: bool) -> None:
    stored, ran = executed
    if update_golden:
        nbformat.write(_stored(copy.deepcopy(ran)), NOTEBOOK)
        return
    pairs = [(a, b) for a, b in zip(stored.cells, ran.cells, strict=True) if a.cell_type == "code"]
    for number, (before, after) in enumerate(pairs, start=1):
        assert _shown(after) == _shown(before), f"cell {number} now shows something else:\n{before.source}"


def test_the_html_view_is_what_the_records_render(executed: tuple[Any, Any]) -> None:
    """The comparison cell's HTML came through IPython's display system, styled inline for JupyterLab."""
    _, ran = executed
    html = [o["data"]["text/html"] for c in ran.cells for o in c.get("outputs", []) if "text/html" in o.get("data", {})]
    assert html, "no cell rendered HTML"
    assert any('<table class="mp-cmp">' in h and 'style="border:1px solid' in h for h in html)
    assert all("text-align:left" in h for h in html if "<td" in h)


def test_the_notebook_is_a_valid_nbformat_4_file() -> None:
    notebook = json.loads(NOTEBOOK.read_text("utf-8"))
    nbformat.validate(nbformat.from_dict(notebook))
    assert notebook["nbformat"] == 4
    assert any(c["cell_type"] == "code" and c["outputs"] for c in notebook["cells"])


@pytest.mark.parametrize("source", ["x = 1\nraise ValueError('boom')", "1 / 0"])
def test_a_cell_that_raises_fails_the_run(source: str) -> None:
    broken = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source)])
    broken.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    with pytest.raises(nbclient.exceptions.CellExecutionError):
        _execute(broken)
