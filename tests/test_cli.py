"""The command line: output formats, exit codes, one clear line per failure."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import minutes_parser
from conftest import EXAMPLES
from fixtures import pdfs
from minutes_parser.cli import main
from minutes_parser.serialize import ITEM_ROW_COLUMNS

REPORT = EXAMPLES / "cabinet_report.txt"


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def test_parse_json_prints_one_object_with_the_scorer_keys() -> None:
    code, out = run("parse", "--format", "json", str(REPORT))
    assert code == 0
    data = json.loads(out)
    for key in ("kind", "title", "body", "meeting_date", "recommendations", "resolutions", "dates", "people",
                "comparison"):
        assert key in data
    assert data["source"] == str(REPORT)


def test_parse_json_several_files_is_an_array() -> None:
    code, out = run("parse", "--format", "json", str(REPORT), str(EXAMPLES / "cabinet_minutes.txt"))
    assert code == 0
    assert [d["source"] for d in json.loads(out)] == [str(REPORT), str(EXAMPLES / "cabinet_minutes.txt")]


def test_parse_jsonl_one_line_per_file() -> None:
    code, out = run("parse", "--format", "jsonl", str(REPORT), str(REPORT))
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2 and all(json.loads(x)["kind"] for x in lines)


def test_parse_csv_one_row_per_item_with_one_header() -> None:
    code, out = run("parse", "--format", "csv", str(REPORT), str(EXAMPLES / "cabinet_minutes.txt"))
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == list(ITEM_ROW_COLUMNS)
    assert out.count("source,document_kind") == 1
    report = [r for r in rows if r["source"] == str(REPORT)]
    document = minutes_parser.parse(REPORT)
    assert len(report) == len(document.items())
    assert [r["label"] for r in report] == [i.label or "" for i in document.items()]
    child = next(r for r in report if r["depth"] == "1")
    assert report[int(child["parent"])]["depth"] == "0" and child["kind"] == "recommendation"
    assert {r["kind"] for r in rows} == {"recommendation", "resolution"}


def test_parse_csv_of_a_failed_file_is_the_header_alone(tmp_path: Path) -> None:
    code, out = run("parse", "--format", "csv", str(tmp_path / "gone.txt"))
    assert code == 1 and out.splitlines() == [",".join(ITEM_ROW_COLUMNS)]


def test_parse_text_is_a_readable_summary() -> None:
    code, out = run("parse", str(REPORT))
    assert code == 0
    assert out.startswith(str(REPORT)) and "kind:" in out


def test_include_text_lets_spans_be_checked() -> None:
    _, out = run("parse", "--format", "json", "--include-text", str(REPORT))
    data = json.loads(out)
    for date in data["dates"]:
        span = date["span"]
        assert " ".join(data["text"][span["start"] : span["end"]].split()) == date["text"]


def test_a_failed_file_is_named_and_the_batch_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(pdfs.truncated())
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(pdfs.encrypted())
    code, out = run("parse", "--format", "jsonl", str(bad), str(REPORT), str(locked), str(tmp_path / "gone.txt"))
    assert code == 1
    assert len(out.splitlines()) == 1  # the good file is still parsed
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 3
    assert str(bad) in err[0] and "CorruptFileError" in err[0]
    assert str(locked) in err[1] and "EncryptedPDFError" in err[1] and "password" in err[1]
    assert "gone.txt" in err[2]
    assert not any("Traceback" in line for line in err)


@pytest.mark.parametrize(
    "argv",
    [[], ["parse"], ["frobnicate", "x"], ["parse", "--format", "xml", "x.txt"], ["parse", "--backend", "ocr", "x"]],
)
def test_usage_errors_exit_2(argv: list[str]) -> None:
    code, _ = run(*argv)
    assert code == 2


def test_console_script_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "minutes_parser.cli", "parse", "--format", "json", str(REPORT)],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["kind"]


def test_standard_input_is_read_no_further_than_max_bytes(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """'minutes-parser parse - < /dev/zero' ends: stdin is read up to max_bytes and no further."""
    import types

    from minutes_parser.settings import Settings

    real = Settings.resolve
    monkeypatch.setattr(Settings, "resolve", classmethod(lambda cls, value=None, **o: real(value, max_bytes=16, **o)))
    stream = io.BytesIO(b"RESOLVED that x. " * 1000)
    monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=stream))
    code = main(["parse", "-"], out=io.StringIO())
    assert code == 1
    assert "standard input holds more than max_bytes=16 [LimitExceededError E007]" in capsys.readouterr().err
    assert stream.tell() == 17  # one byte past the limit says it is exceeded
