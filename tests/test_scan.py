"""`minutes_parser.scan` / `minutes-parser scan`: every input exactly once, resumable, tables as documented.

All documents here are invented in tmp_path.  No timed assertions: time limits
are only used to make a hanging document fail.
"""

from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from minutes_parser import Settings, pipeline, serialize
from minutes_parser import scan as batch
from minutes_parser.cli import main
from minutes_parser.errors import SettingsError
from minutes_parser.scan import progress, tables, workers

ROOT = Path(__file__).resolve().parents[1]

REPORT = """Report of the Head of Parks to the Leisure Committee

Recommendations

It is recommended that the Committee:

1. approve the new opening hours for {place} from {day} March 2031;
2. note the cost of the change.

Contact officer: Jo Smith, Parks Manager
"""

MINUTES = """Minutes of the meeting of the Leisure Committee held on {day} April 2031

{num}. Opening hours at {place}

RESOLVED that the new opening hours for {place} be approved.
"""

PLACES = ["Ashgrove Park", "Beech Lane Pool", "Cedar Green", "Dale Common", "Elm Square", "Fern Hill",
          "Glen Gardens", "Hollin Wood"]


def make_docs(folder: Path, count: int = 4) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(count):
        text = (REPORT if i % 2 == 0 else MINUTES).format(place=PLACES[i % len(PLACES)], day=i + 1, num=10 + i)
        path = folder / f"doc{i:02d}.txt"
        path.write_text(text, encoding="utf-8")
        out.append(path)
    return out


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def rows_by_source(out: Path) -> dict[str, str]:
    """source -> 'doc' | 'err', failing if a source appears twice."""
    seen: dict[str, str] = {}
    for kind, name in (("doc", "documents.jsonl"), ("err", "errors.jsonl")):
        for obj in lines(out / name):
            assert obj["source"] not in seen, f"{obj['source']} appears twice"
            seen[obj["source"]] = kind
    return seen


# ------------------------------------------------------------ parsers used by the workers (picklable)


def slow_parser(path: str, settings: Settings) -> Any:
    time.sleep(0.4)
    return pipeline.parse(Path(path), settings=settings, name=path)


def misbehaving_parser(path: str, settings: Settings) -> Any:
    name = Path(path).stem
    if name == "crash":
        os.kill(os.getpid(), signal.SIGSEGV)
    if name == "hang":
        time.sleep(600)
    if name == "hog":
        hog = bytearray(3 * 1024**3)  # more than the worker's address-space cap
        return hog
    if name == "bug":
        raise RuntimeError("an invented bug")
    return pipeline.parse(Path(path), settings=settings, name=path)


# ------------------------------------------------------------ inputs


def test_expand_inputs_folder_glob_list_and_exclusions(tmp_path: Path) -> None:
    docs = make_docs(tmp_path / "archive" / "2031")
    (tmp_path / "archive" / ".hidden.txt").write_text("RESOLVED that nothing.")
    (tmp_path / "archive" / ".git").mkdir()
    (tmp_path / "archive" / ".git" / "x.txt").write_text("RESOLVED that nothing.")
    out = tmp_path / "archive" / "out"
    out.mkdir()
    (out / "documents.jsonl").write_text("{}\n")
    listing = tmp_path / "inputs.txt"
    listing.write_text(f"# two files\n{docs[0]}\n\narchive/2031/{docs[1].name}\n")
    expected = sorted(str(p.absolute()) for p in docs)

    assert batch.expand_inputs([tmp_path / "archive"], exclude=out) == expected
    assert batch.expand_inputs(str(tmp_path / "archive" / "**" / "doc0[01].txt")) == expected[:2]
    assert batch.expand_inputs(listing) == expected[:2]
    assert batch.expand_inputs(f"@{listing}") == expected[:2]
    # A text document is not a list of paths; a path that does not exist is kept (it becomes an error row).
    assert batch.expand_inputs([docs[0], tmp_path / "missing.pdf"]) == [expected[0], str(tmp_path / "missing.pdf")]


# ------------------------------------------------------------ outputs


def test_scan_writes_one_row_per_input_and_error_rows(tmp_path: Path) -> None:
    docs = make_docs(tmp_path / "in", 3)
    (tmp_path / "in" / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    (tmp_path / "in" / "broken.pdf").write_bytes(b"this is not a PDF at all")
    missing = tmp_path / "gone.txt"
    (tmp_path / "in" / "dangling").symlink_to(missing)  # a walk leaves out what is not a file
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)  # exists but is no regular file: unreadable even for root
    inputs: list[Any] = [tmp_path / "in", missing, fifo]
    locked = tmp_path / "locked.txt"
    if os.geteuid() != 0:  # root reads every file
        locked.write_text("RESOLVED that nothing.")
        locked.chmod(0)
        inputs.append(locked)

    result = batch.scan(inputs, tmp_path / "out", jobs=2, progress=False)

    seen = rows_by_source(tmp_path / "out")
    assert {s for s, k in seen.items() if k == "doc"} == {str(p) for p in docs}
    errors = {Path(e["source"]).name: e for e in lines(tmp_path / "out" / "errors.jsonl")}
    assert errors["picture.png"]["cause"] == "input"
    assert errors["picture.png"]["error_type"] == "UnsupportedFormatError"
    assert errors["broken.pdf"]["error_type"] == "CorruptFileError"
    assert errors["gone.txt"]["cause"] == "read"
    assert errors["gone.txt"]["sha256"] is None
    assert errors["pipe.pdf"]["cause"] == "read"
    assert "not a regular file" in errors["pipe.pdf"]["message"]
    if os.geteuid() != 0:
        assert errors["locked.txt"]["cause"] == "read"
    assert result.total == len(seen) == result.documents + result.failed
    assert result.documents == 3

    jsonschema = pytest.importorskip("jsonschema")
    for obj in lines(tmp_path / "out" / "documents.jsonl"):
        # the `parse --format json` object, plus the scan's keys
        jsonschema.validate(obj, {**serialize.schema("scan"), "$ref": "#/$defs/document_line"})
        assert len(obj["sha256"]) == 64
        assert obj["size"] == Path(obj["source"]).stat().st_size
        assert obj["library_version"]
        assert obj["seconds"] >= 0
        assert {"kind", "recommendations", "resolutions", "pages", "people", "dates"} <= set(obj)


def test_identical_files_are_parsed_once_and_reported_under_both_paths(tmp_path: Path) -> None:
    (doc,) = make_docs(tmp_path / "a", 1)
    copy = tmp_path / "b" / "copy.txt"
    copy.parent.mkdir()
    copy.write_bytes(doc.read_bytes())

    result = batch.scan([tmp_path / "a", tmp_path / "b"], tmp_path / "out", jobs=1, progress=False)

    assert (result.parsed, result.duplicates, result.documents) == (1, 1, 2)
    objs = lines(tmp_path / "out" / "documents.jsonl")
    assert sorted(o["source"] for o in objs) == sorted([str(doc), str(copy)])
    assert objs[0]["sha256"] == objs[1]["sha256"]
    assert objs[0]["recommendations"] == objs[1]["recommendations"]


def test_rerun_skips_documents_done_and_picks_up_new_ones(tmp_path: Path) -> None:
    make_docs(tmp_path / "in", 3)
    first = batch.scan(tmp_path / "in", tmp_path / "out", jobs=1, progress=False)
    before = (tmp_path / "out" / "documents.jsonl").read_text("utf-8")
    again = batch.scan(tmp_path / "in", tmp_path / "out", jobs=1, progress=False)
    assert (first.parsed, first.skipped) == (3, 0)
    assert (again.parsed, again.skipped) == (0, 3)
    assert (tmp_path / "out" / "documents.jsonl").read_text("utf-8") == before

    (tmp_path / "in" / "new.txt").write_text("RESOLVED that the new park be named.", encoding="utf-8")
    third = batch.scan(tmp_path / "in", tmp_path / "out", jobs=1, progress=False)
    assert (third.parsed, third.skipped, third.documents) == (1, 3, 4)


def test_a_rerun_with_nothing_new_starts_no_workers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A forkserver started for nothing would warm up after the scan returned, holding the
    # caller's stdout open (`minutes-parser scan ... | cat` waited for it).
    make_docs(tmp_path / "in", 2)
    batch.scan(tmp_path / "in", tmp_path / "out", jobs=1, progress=False)
    started: list[int] = []
    monkeypatch.setattr(workers, "start_forkserver", lambda: started.append(1))
    again = batch.scan(tmp_path / "in", tmp_path / "out", jobs=1, progress=False)
    assert (again.parsed, again.skipped, started) == (0, 2, [])

    (tmp_path / "in" / "new.txt").write_text("RESOLVED that the new park be named.", encoding="utf-8")
    third = batch.scan(tmp_path / "in", tmp_path / "out", jobs=1, progress=False)
    assert (third.parsed, started) == (1, [1])


def test_a_torn_last_journal_line_is_ignored(tmp_path: Path) -> None:
    make_docs(tmp_path / "in", 2)
    batch.scan(tmp_path / "in", tmp_path / "out", jobs=1, progress=False)
    journal = tmp_path / "out" / batch.JOURNAL
    good = journal.read_bytes()
    journal.write_bytes(good + b'{"t":"doc","sha256":"abc","docum')  # killed mid-write
    result = batch.scan(tmp_path / "in", tmp_path / "out", jobs=1, progress=False)
    assert (result.skipped, result.documents) == (2, 2)
    assert all(json.loads(line) for line in journal.read_bytes().splitlines())


def test_other_settings_in_the_same_folder_are_refused(tmp_path: Path) -> None:
    make_docs(tmp_path / "in", 1)
    batch.scan(tmp_path / "in", tmp_path / "out", jobs=1, progress=False)
    with pytest.raises(SettingsError, match="date_order"):
        batch.scan(tmp_path / "in", tmp_path / "out", jobs=1, progress=False, date_order="mdy")


def test_crash_hang_memory_and_bugs_become_error_rows_and_the_scan_goes_on(tmp_path: Path) -> None:
    make_docs(tmp_path / "in", 3)
    for name in ("crash", "hang", "hog", "bug"):
        (tmp_path / "in" / f"{name}.txt").write_text(f"RESOLVED that the {name} case be tested.")

    result = batch.scan(tmp_path / "in", tmp_path / "out", jobs=2, timeout=3, memory_limit=1024**3,
                        parser=misbehaving_parser, progress=False)

    errors = {Path(e["source"]).stem: e for e in lines(tmp_path / "out" / "errors.jsonl")}
    assert errors["crash"]["cause"] == "crash"
    assert "SIGSEGV" in errors["crash"]["message"]
    assert errors["hang"]["cause"] == "timeout"
    assert errors["hog"]["cause"] == "memory"
    assert errors["bug"]["cause"] == "exception"
    assert errors["bug"]["error_type"] == "RuntimeError"
    assert result.documents == 3, errors
    assert len(rows_by_source(tmp_path / "out")) == 7
    # Failures are done too: a re-run does not repeat them.
    again = batch.scan(tmp_path / "in", tmp_path / "out", jobs=2, timeout=3, memory_limit=1024**3,
                       parser=misbehaving_parser, progress=False)
    assert (again.parsed, again.skipped, again.failed) == (0, 7, 4)


SCRIPT = """
import sys
sys.path.insert(0, {tests!r})
from minutes_parser import scan as batch
from test_scan import slow_parser

if __name__ == "__main__":
    batch.scan([{src!r}], {out!r}, jobs=1, parser=slow_parser, progress=False)
"""


def test_kill_9_mid_run_then_rerun_gives_every_input_exactly_once(tmp_path: Path) -> None:
    docs = make_docs(tmp_path / "in", 8)
    out = tmp_path / "out"
    script = tmp_path / "run_scan.py"
    script.write_text(SCRIPT.format(tests=str(Path(__file__).parent), src=str(tmp_path / "in"), out=str(out)))
    proc = subprocess.Popen([sys.executable, str(script)], start_new_session=True)
    journal = out / batch.JOURNAL
    try:
        for _ in range(600):
            if journal.exists() and journal.read_bytes().count(b'"t":"doc"') >= 1:
                break
            if proc.poll() is not None:
                break
            time.sleep(0.05)
        os.killpg(proc.pid, signal.SIGKILL)  # the scan and its workers, as kill -9 would leave them
    finally:
        proc.wait()
    done_before = journal.read_bytes().count(b'"t":"doc"')
    assert 1 <= done_before < len(docs), "the scan was not stopped mid-run"
    assert not (out / "documents.jsonl").exists()

    buffer = io.StringIO()
    code = main(["scan", str(tmp_path / "in"), "--out", str(out), "--jobs", "2", "--quiet"], out=buffer)

    assert code == 0
    assert f"{done_before} skipped" in buffer.getvalue()
    seen = rows_by_source(out)
    assert sorted(seen) == sorted(str(p) for p in docs)
    assert set(seen.values()) == {"doc"}
    shas = [json.loads(line)["sha256"] for line in journal.read_bytes().splitlines() if b'"t":"doc"' in line]
    assert len(shas) == len(set(shas)) == len(docs)


# ------------------------------------------------------------ CLI and progress


def test_cli_exit_codes_and_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_docs(tmp_path / "in", 2)
    buffer = io.StringIO()
    assert main(["scan", str(tmp_path / "in" / "*.txt"), "--out", str(tmp_path / "out"), "--quiet"],
                out=buffer) == 0
    assert "2 document(s), 0 failed" in buffer.getvalue()
    (tmp_path / "in" / "bad.pdf").write_bytes(b"not a pdf")
    assert main(["scan", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--quiet"], out=buffer) == 1
    assert main(["scan", str(tmp_path / "nothing" / "*.pdf"), "--out", str(tmp_path / "o2"), "--quiet"],
                out=buffer) == 2
    assert "name no files" in capsys.readouterr().err


def test_cli_retry_errors_parses_failed_inputs_again(tmp_path: Path) -> None:
    make_docs(tmp_path / "in", 1)
    (tmp_path / "in" / "bad.pdf").write_bytes(b"not a pdf")
    args = ["scan", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--quiet"]
    buffer = io.StringIO()
    assert main(args, out=buffer) == 1
    assert main(args, out=buffer) == 1
    assert "0 parsed, 2 skipped" in buffer.getvalue().splitlines()[-1]  # the failure is remembered
    assert main([*args, "--retry-errors"], out=buffer) == 1
    assert "1 parsed, 1 skipped" in buffer.getvalue().splitlines()[-1]  # only the failed input again


def test_plain_progress_lines_when_not_a_terminal(tmp_path: Path) -> None:
    make_docs(tmp_path / "in", 2)
    stream = io.StringIO()
    batch.scan(tmp_path / "in", tmp_path / "out", jobs=1, progress="auto", stream=stream)
    lines = stream.getvalue().splitlines()
    assert lines[:2] == ["scan: 2 input(s); hashing them to find what is done already",
                         "scan: 2 to parse, 0 done before, 0 duplicate(s), 0 unreadable"]
    last = lines[-1]
    assert last.startswith("scan: 2/2 docs") and "pages/s" in last and "0 errors" in last and "ETA" in last


# ------------------------------------------------------------ tables


def test_parquet_tables_have_the_documented_schemas_and_join(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    make_docs(tmp_path / "in", 4)
    (tmp_path / "in" / "bad.pdf").write_bytes(b"not a pdf")
    result = batch.scan(tmp_path / "in", tmp_path / "out", jobs=1, progress=False)
    assert {p.stem for p in result.tables} == set(tables.TABLES)
    shas = set()
    for name in tables.TABLES:
        table = pq.read_table(tmp_path / "out" / f"{name}.parquet")
        assert table.schema.remove_metadata().equals(tables.schema(name).remove_metadata()), name
        if name in tables.SCAN_TABLES:  # the scan's people, joined on `identity`
            assert table.column_names[0] == "identity"
            continue
        assert table.column_names[:2] == ["sha256", "source"]
        if name == "documents":
            shas = set(table.column("sha256").to_pylist())
            assert table.num_rows == 4
        elif name != "errors":
            assert set(table.column("sha256").to_pylist()) <= shas
    items = pq.read_table(tmp_path / "out" / "items.parquet").to_pylist()
    recs = [i for i in items if i["kind"] == "recommendation"]
    assert recs and all(i["path"] for i in items)
    assert all(i["text"] for i in items)
    errors = pq.read_table(tmp_path / "out" / "errors.parquet").to_pylist()
    assert [e["error_type"] for e in errors] == ["CorruptFileError"]


def test_docs_describe_every_table_column() -> None:
    """docs/scan.md has one table per Parquet table: | column | type | meaning |, in order."""
    text = (ROOT / "docs" / "scan.md").read_text("utf-8")
    documented: dict[str, list[tuple[str, str]]] = {}
    current = None
    for line in text.splitlines():
        if line.startswith("### ") and line[4:].strip().strip("`").removesuffix(".parquet") in tables.COLUMNS:
            current = line[4:].strip().strip("`").removesuffix(".parquet")
            documented[current] = []
        elif current and line.startswith("| `"):
            cells = [c.strip().strip("`") for c in line.strip("|").split("|")]
            documented[current].append((cells[0], cells[1]))
    assert documented == {t: [(n, k) for n, k, _m in cols] for t, cols in tables.COLUMNS.items()}


# ------------------------------------------------------------ Dask


def test_dask_local_cluster_gives_the_same_output_and_resumes(tmp_path: Path) -> None:
    distributed = pytest.importorskip(
        "distributed", reason="Dask is an optional extra: pip install 'dask[distributed]'")
    make_docs(tmp_path / "in", 3)
    (tmp_path / "in" / "bad.pdf").write_bytes(b"not a pdf")
    local = batch.scan(tmp_path / "in", tmp_path / "local", jobs=1, progress=False)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        remote = batch.scan(tmp_path / "in", tmp_path / "dask", client=client, progress=False)
        again = batch.scan(tmp_path / "in", tmp_path / "dask", client=client, progress=False)
        buffer = io.StringIO()
        code = main(["scan", str(tmp_path / "in"), "--out", str(tmp_path / "cli"), "--quiet",
                     "--scheduler", cluster.scheduler_address], out=buffer)
    assert code == 1  # bad.pdf
    assert "3 document(s), 1 failed" in buffer.getvalue()

    def strip(objs: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{k: v for k, v in o.items() if k != "seconds"} for o in objs]

    for name in ("documents.jsonl", "errors.jsonl"):
        assert strip(lines(tmp_path / "dask" / name)) == strip(lines(tmp_path / "local" / name))
    assert (remote.documents, remote.failed) == (local.documents, local.failed) == (3, 1)
    assert (again.parsed, again.skipped) == (0, 4)


def test_without_tables_only_json_lines_are_written(tmp_path: Path) -> None:
    make_docs(tmp_path / "in", 1)
    result = batch.scan(tmp_path / "in", tmp_path / "out", jobs=1, progress=False, tables=False)
    assert result.tables == ()
    assert not list((tmp_path / "out").glob("*.parquet"))
    assert len(lines(tmp_path / "out" / "documents.jsonl")) == 1


def test_two_scans_cannot_write_to_one_folder(tmp_path: Path) -> None:
    import fcntl

    make_docs(tmp_path / "in", 1)
    (tmp_path / "out").mkdir()
    with (tmp_path / "out" / batch.LOCK).open("a") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        with pytest.raises(batch.ScanLockedError, match="another scan"):
            batch.scan(tmp_path / "in", tmp_path / "out", jobs=1, progress=False)


# ------------------------------------------------------------ the scan survives hostile inputs and its own state


def hang_parser(path: str, settings: Settings) -> Any:
    (Path(path).parent / f"started-{os.getpid()}").write_text(str(os.getppid()))
    time.sleep(600)
    return pipeline.parse(Path(path), settings=settings, name=path)


def flaky_parser(path: str, settings: Settings) -> Any:
    """Kills its worker the first time it sees a file named `flaky`, then parses it."""
    marker = Path(path).with_suffix(".died")
    if Path(path).stem == "flaky" and not marker.exists():
        marker.write_text("once")
        os.kill(os.getpid(), signal.SIGKILL)
    return misbehaving_parser(path, settings)


def test_a_file_name_that_is_not_utf8_is_scanned_and_rescanned(tmp_path: Path) -> None:
    make_docs(tmp_path / "in", 1)
    odd = os.path.join(os.fsencode(tmp_path / "in"), b"caf\xe9.txt")  # noqa: PTH118 - bytes path
    with open(odd, "wb") as handle:  # noqa: PTH123 - bytes path
        handle.write(b"RESOLVED that the cafe be licensed.\n")

    first = batch.scan(tmp_path / "in", tmp_path / "out", jobs=1, progress=False)
    again = batch.scan(tmp_path / "in", tmp_path / "out", jobs=1, progress=False)

    assert (first.documents, first.failed, first.parsed) == (2, 0, 2)
    assert (again.parsed, again.skipped, again.documents) == (0, 2, 2)
    sources = sorted(o["source"] for o in lines(tmp_path / "out" / "documents.jsonl"))
    assert sources[0].endswith("caf\\xe9.txt")  # its odd byte, written as valid UTF-8
    pq = pytest.importorskip("pyarrow.parquet")
    assert sorted(pq.read_table(tmp_path / "out" / "documents.parquet").column("source").to_pylist()) == sources


def test_the_document_after_a_memory_hog_is_parsed_not_blamed(tmp_path: Path) -> None:
    make_docs(tmp_path / "in", 2)
    # The largest file goes first: the hog, then the others to the worker that takes its place.
    (tmp_path / "in" / "hog.txt").write_text("RESOLVED that memory be tested." + " " * 4000)
    result = batch.scan(tmp_path / "in", tmp_path / "out", jobs=1, memory_limit=1024**3,
                        parser=misbehaving_parser, progress=False)
    errors = lines(tmp_path / "out" / "errors.jsonl")
    assert [(Path(e["source"]).stem, e["cause"]) for e in errors] == [("hog", "memory")]
    assert (result.documents, result.failed) == (2, 1)


def test_a_worker_that_dies_once_is_not_the_documents_fault(tmp_path: Path) -> None:
    make_docs(tmp_path / "in", 1)
    (tmp_path / "in" / "flaky.txt").write_text("RESOLVED that the flaky case be tested.")
    (tmp_path / "in" / "crash.txt").write_text("RESOLVED that the crash case be tested.")
    result = batch.scan(tmp_path / "in", tmp_path / "out", jobs=2, parser=flaky_parser, progress=False)
    seen = rows_by_source(tmp_path / "out")
    assert {Path(s).stem: k for s, k in seen.items()} == {"doc00": "doc", "flaky": "doc", "crash": "err"}
    (crash,) = lines(tmp_path / "out" / "errors.jsonl")
    assert crash["cause"] == "crash" and "SIGSEGV" in crash["message"]
    assert result.total == 3


def _odd_files(folder: Path) -> dict[str, str]:
    """Make every kind of path that is no readable file; name -> what its error message says."""
    import socket

    folder.mkdir(parents=True)
    (folder / "dangling.pdf").symlink_to(folder / "gone.pdf")
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    os.mkfifo(folder / "pipe.pdf")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "sock.txt"))
    server.close()
    odd = {"dangling.pdf": "symbolic link to nothing", "loop-a.txt": "loops", "loop-b.txt": "loops",
           "pipe.pdf": "FIFO", "sock.txt": "socket"}
    if os.geteuid() != 0:  # root reads every file
        (folder / "locked.txt").write_text("RESOLVED that nothing.")
        (folder / "locked.txt").chmod(0)
        odd["locked.txt"] = "ermission denied"
    return odd


def test_odd_files_inside_a_folder_each_get_one_error_row_and_never_block(tmp_path: Path) -> None:
    odd = _odd_files(tmp_path / "in")
    make_docs(tmp_path / "in", 1)
    signal.alarm(120)  # a FIFO opened for reading would block forever: fail instead
    try:
        result = batch.scan(tmp_path / "in", tmp_path / "out", jobs=1, progress=False)
        again = batch.scan(tmp_path / "in", tmp_path / "out", jobs=1, progress=False)
    finally:
        signal.alarm(0)
    seen = rows_by_source(tmp_path / "out")
    assert {Path(s).name: k for s, k in seen.items()} == {"doc00.txt": "doc", **dict.fromkeys(odd, "err")}
    errors = {Path(e["source"]).name: e for e in lines(tmp_path / "out" / "errors.jsonl")}
    for name, says in odd.items():
        assert errors[name]["cause"] == "read", name
        assert errors[name]["sha256"] is None
        assert says in errors[name]["message"], errors[name]
    assert (result.total, again.total, again.failed) == (len(odd) + 1,) * 2 + (len(odd),)


def _journal_lines(out: Path) -> list[bytes]:
    return (out / batch.JOURNAL).read_bytes().splitlines(keepends=True)


BAD_LINES = {
    "a JSON array": lambda line, sha: b"[1, 2, 3]\n",
    "null": lambda line, sha: b"null\n",
    "a record without its document": lambda line, sha: json.dumps({"t": "doc", "sha256": sha}).encode() + b"\n",
    "a sha256 that is a list": lambda line, sha: line.replace(f'"{sha}"'.encode(), f'["{sha}"]'.encode()),
    "a document that is a string": lambda line, sha: json.dumps(
        {"t": "doc", "sha256": sha, "document": "a string"}).encode() + b"\n",
    "truncated JSON": lambda line, sha: line[: len(line) // 2] + b"\n",
    "a document the tables cannot read": lambda line, sha: json.dumps(
        {"t": "doc", "sha256": sha, "document": {"people": ["not an object"], "pages": 1}}).encode() + b"\n",
    "unknown kind": lambda line, sha: b'{"t": "future"}\n',
}


@pytest.mark.parametrize("damage", list(BAD_LINES))
def test_a_damaged_journal_line_is_set_aside_and_its_document_parsed_again(tmp_path: Path, damage: str) -> None:
    make_docs(tmp_path / "in", 2)
    out = tmp_path / "out"
    batch.scan(tmp_path / "in", out, jobs=1, progress=False, tables=False)
    before = (out / "documents.jsonl").read_text("utf-8")
    journal = _journal_lines(out)
    at = next(i for i, line in enumerate(journal) if b'"t":"doc"' in line)  # not the last line
    sha = json.loads(journal[at])["sha256"]
    journal[at] = BAD_LINES[damage](journal[at], sha)
    (out / batch.JOURNAL).write_bytes(b"".join(journal))

    again = batch.scan(tmp_path / "in", out, jobs=1, progress=False, tables=False)

    assert (again.parsed, again.skipped, again.documents, again.failed) == (1, 1, 2, 0)
    assert len(again.warnings) == 1 and "set aside" in again.warnings[0]
    assert (out / "scan-journal.set-aside").read_bytes() == journal[at]
    strip = [{k: v for k, v in json.loads(x).items() if k != "seconds"} for x in before.splitlines()]
    assert [{k: v for k, v in o.items() if k != "seconds"} for o in lines(out / "documents.jsonl")] == strip
    third = batch.scan(tmp_path / "in", out, jobs=1, progress=False, tables=False)
    assert (third.parsed, third.skipped, third.warnings) == (0, 2, ())


def test_damaged_output_tables_are_rebuilt_whole(tmp_path: Path) -> None:
    make_docs(tmp_path / "in", 2)
    out = tmp_path / "out"
    batch.scan(tmp_path / "in", out, jobs=1, progress=False)
    before = (out / "documents.jsonl").read_bytes()
    (out / "documents.jsonl").write_bytes(b'[1]\nnull\n{"sha256": ["x"]}\n{"trunc')
    (out / "documents.parquet").write_bytes(b"PAR1 not a table")
    again = batch.scan(tmp_path / "in", out, jobs=1, progress=False)
    assert (again.parsed, again.documents) == (0, 2)
    assert (out / "documents.jsonl").read_bytes() == before
    pq = pytest.importorskip("pyarrow.parquet")
    assert pq.read_table(out / "documents.parquet").num_rows == 2


KILL_SCRIPT = """
import sys
sys.path.insert(0, {tests!r})
from minutes_parser import scan
from test_scan import hang_parser

if __name__ == "__main__":
    scan([{src!r}], {out!r}, jobs=2, parser=hang_parser, progress=False, timeout=None)
"""


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state in ("Z", "X")  # a zombie nobody reaps is gone too


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_kill_9_of_the_scan_leaves_no_worker_or_forkserver_behind(tmp_path: Path) -> None:
    make_docs(tmp_path / "in", 2)
    script = tmp_path / "run_scan.py"
    script.write_text(KILL_SCRIPT.format(tests=str(Path(__file__).parent), src=str(tmp_path / "in"),
                                         out=str(tmp_path / "out")))
    proc = subprocess.Popen([sys.executable, str(script)], start_new_session=True)
    left: set[int] = set()
    try:
        for _ in range(1200):  # both workers busy on a document that never ends (bounded: 120 s)
            markers = list((tmp_path / "in").glob("started-*"))
            if len(markers) == 2 or proc.poll() is not None:
                break
            time.sleep(0.1)
        assert len(markers) == 2, "the workers never started"
        workers = {int(m.name.split("-")[1]) for m in markers}
        forkservers = {int(m.read_text()) for m in markers} - {proc.pid}
        left = workers | forkservers
        os.kill(proc.pid, signal.SIGKILL)  # the scan alone, as `kill -9 PID` would
        proc.wait()
        for _ in range(300):  # bounded: 30 s
            if all(_gone(pid) for pid in left):
                break
            time.sleep(0.1)
        assert [pid for pid in left if not _gone(pid)] == []
    finally:
        for pid in left:
            if not _gone(pid):
                os.kill(pid, signal.SIGKILL)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def test_ctrl_c_stops_the_workers_and_writes_a_partial_summary(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    make_docs(tmp_path / "in", 3)

    def one_then_interrupt(tasks: Any, *, done: Any, settings: Settings, **_kwargs: Any) -> None:
        path, sha = tasks[0]
        done(workers.run_one(path, sha, settings, None, None))
        raise KeyboardInterrupt

    monkeypatch.setattr(workers, "run_pool", one_then_interrupt)
    stream = io.StringIO()
    with pytest.raises(KeyboardInterrupt):
        batch.scan(tmp_path / "in", tmp_path / "out", jobs=1, progress="lines", stream=stream)
    summary = stream.getvalue().splitlines()[-1]
    assert summary.startswith("scan: interrupted after") and "1 of 3 to parse done" in summary, summary
    assert "2 left" in summary
    monkeypatch.undo()
    again = batch.scan(tmp_path / "in", tmp_path / "out", jobs=1, progress=False)
    assert (again.parsed, again.skipped, again.documents) == (2, 1, 3)


def test_the_bar_fits_the_terminal_and_ends_on_a_clean_line() -> None:
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, width=60, color_system=None)
    meter = progress.Progress(40, buffer, bar=True, console=console)
    meter.update(documents=3, pages=30, errors=1)
    meter.close()  # as on Ctrl-C
    text = buffer.getvalue()
    plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text)
    assert "3/40" in plain and "1 errors" in plain
    assert plain.endswith("\n") and text.endswith("\x1b[?25h")  # a line of its own; the cursor is back
    visible = plain.replace("\r", "\n").splitlines()
    assert visible and max(len(line) for line in visible) <= 60


def test_the_scan_package_is_the_scan_function_too(tmp_path: Path) -> None:
    import importlib

    import minutes_parser

    importlib.import_module("minutes_parser.scan.journal")
    make_docs(tmp_path / "in", 1)
    result = minutes_parser.scan(tmp_path / "in", out=tmp_path / "out", jobs=1, progress=False)
    assert result.documents == 1
    assert minutes_parser.scan.scan is batch.run.scan


def test_people_rows_carry_their_identity_across_documents(tmp_path: Path) -> None:
    """Issue 11: "Benjamin Watts", "Ben Watts" and "Mr B Watts" in three documents are one identity."""
    pq = pytest.importorskip("pyarrow.parquet")
    folder = tmp_path / "in"
    folder.mkdir()
    texts = {
        "a.txt": "Contact Officer: Benjamin Watts, General Counsel\n",
        "b.txt": "PRESENT: Mr R W Gough (Chairman)\nIN ATTENDANCE: Mr B Watts (General Counsel)\n",
        "c.txt": "Ben Watts, General Counsel, said so. Roger Gough, Leader of the Council, agreed.\n",
    }
    for name, text in texts.items():
        (folder / name).write_text(text, "utf-8")
    batch.scan(folder, tmp_path / "out", jobs=1, progress=False)
    people = pq.read_table(tmp_path / "out" / "people.parquet").to_pylist()
    idents = {r["identity"]: r for r in pq.read_table(tmp_path / "out" / "identities.parquet").to_pylist()}
    by_name = {p["name"]: p["identity"] for p in people}
    assert len({by_name["Benjamin Watts"], by_name["B Watts"], by_name["Ben Watts"]}) == 1
    assert by_name["R W Gough"] == by_name["Roger Gough"] != by_name["B Watts"]
    watts, gough = idents[by_name["B Watts"]], idents[by_name["Roger Gough"]]
    assert (watts["name"], watts["kind"], watts["documents"]) == ("Benjamin Watts", "officer", 3)
    assert (gough["name"], gough["kind"], gough["documents"]) == ("Roger Gough", "councillor", 2)
    roles = pq.read_table(tmp_path / "out" / "identity_roles.parquet").to_pylist()
    assert {r["role"] for r in roles if r["identity"] == gough["identity"]} == {"Chairman", "Leader of the Council"}
