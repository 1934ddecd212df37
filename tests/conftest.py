"""Shared fixtures.

* ``--update-golden`` rewrites the golden JSON files instead of comparing
  (review the diff before committing).
* The shared corpus (``../shared`` beside the repository) is parsed once per
  session; tests that need it skip, with the reason, where it is absent.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MINUTES_PARSER_SHARED", ROOT.parent / "shared"))
DEV = SHARED / "corpus" / "dev"
RAW = SHARED / "corpus" / "raw"
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOLDEN = Path(__file__).resolve().parent / "golden"


def _hypothesis_profiles() -> None:
    """Hypothesis: "ci" (chosen when the CI variable is set) runs 2,000 examples a property;
    "dev" runs 100.  Neither keeps an example database in the work tree."""
    try:
        from hypothesis import HealthCheck, settings
    except ImportError:  # hypothesis is a dev dependency
        return
    common: dict[str, object] = {
        "deadline": None,
        "database": None,
        "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
    }
    settings.register_profile("ci", max_examples=2000, **common)  # type: ignore[arg-type]
    settings.register_profile("dev", max_examples=100, **common)  # type: ignore[arg-type]
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))


_hypothesis_profiles()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The hostile-input battery's figures, when any of it ran (whatever -s says)."""
    from fixtures import battery

    if battery.TALLY["cases"]:
        terminalreporter.write_sep("-", battery.summary())
        battery.write_report()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite golden JSON files")


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def shared_scorer() -> ModuleType:
    """`../shared/eval/score.py`, imported in place (never copied)."""
    spec = importlib.util.spec_from_file_location("shared_score", SHARED / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def needs_corpus() -> pytest.MarkDecorator:
    return pytest.mark.skipif(
        not (DEV / "gold").is_dir(), reason=f"the shared dev corpus is not at {DEV} (a fresh clone without ../shared)"
    )


def dev_documents() -> list[Path]:
    """The annotated dev documents, in name order (empty without ../shared)."""
    docs = DEV / "docs"
    return sorted(p for p in docs.iterdir() if p.is_file()) if docs.is_dir() else []


@pytest.fixture(scope="session")
def dev_parsed() -> Iterator[dict[str, object]]:
    """Every dev document parsed once with the default backend: {file name: Document}."""
    if not (DEV / "gold").is_dir():
        pytest.skip(f"the shared dev corpus is not at {DEV}")
    import minutes_parser

    yield {p.name: minutes_parser.parse(p) for p in dev_documents()}
