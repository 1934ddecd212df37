"""Issue 11: motions and named votes as rows of the scan's `motions` and `votes` tables (and of
``parse --format csv --table motions|votes``), from small invented minutes, with the negatives beside:
a document with no motions gives no rows, a motion that produced no resolution has no path, a
voter no person of the document is has no identity."""

from __future__ import annotations

import copy
import csv
import io
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import minutes_parser
from minutes_parser.cli import main
from minutes_parser.scan import tables
from minutes_parser.scan.identities import voters
from minutes_parser.scan.tables import COLUMNS, csv_columns, rows_for
from minutes_parser.serialize import schema, to_dict
from minutes_parser.text import normalise_space

UK = """Brambleford Parish Council
Minutes of the meeting of the Parish Council held on 12 March 2026

Present: Cllr Anne Ash (Chairman), Cllr Ben Birch, Cllr Carol Cedar, Cllr Dan Dale

31. Grass cutting contract

Moved by Cllr Ash, seconded by Cllr Birch, that the grass cutting contract be awarded to Green Ltd.
The motion was CARRIED (7 for, 2 against).

RESOLVED: That the grass cutting contract be awarded to Green Ltd for three years.

32. Village hall roof

An amendment was moved by Cllr Cedar and seconded by Cllr Dale that the repair be deferred to 2027.
A recorded vote was taken: For (1): Cllr Cedar; Against (3): Cllrs Ash, Birch, Dale
The amendment was LOST.

RESOLVED: That the village hall roof be repaired at a cost of £12,000.

33. Bus shelter

Proposed by Cllr Birch, seconded by Cllr Cedar, that a new bus shelter be bought. The motion was withdrawn.
"""

US = """Township of Maple Grove
Regular Meeting of the Board of Supervisors
Minutes of March 3, 2026

5. Ordinance 2026-02

Motion by Supervisor Lee, second by Supervisor Ortiz, to adopt Ordinance 2026-02 on snow removal.
Roll call vote:
Ayes: Lee, Ortiz, Chen
Nays: Brown
Motion carried 3-1.
"""

REPORT = """Brambleford District Council
Cabinet, 12 March 2026
Report of the Head of Parks

Recommendations

Cabinet is recommended to:
1. Approve the renewal of the play area.
2. Note the closure dates.
"""

DECIDED = "Minutes of the Finance Committee, 4 May 2026\n\nRESOLVED that the report be noted.\n"

TEXTS = {"uk": UK, "us": US, "report": REPORT, "decided": DECIDED}


def _object(text: str) -> dict[str, Any]:
    """A documents.jsonl object for `text`, as the scan writes it."""
    return {**to_dict(minutes_parser.parse_text(text)), "sha256": "0" * 64, "size": 1, "seconds": 0.1,
            "library_version": "0"}


@pytest.fixture(scope="module")
def objects() -> dict[str, dict[str, Any]]:
    return {name: _object(text) for name, text in TEXTS.items()}


# (case, document, motion index, the row's values for these columns)
MOTIONS = [
    ("uk carried, with counts and its resolution", "uk", 0, {
        "text": "the grass cutting contract be awarded to Green Ltd.", "is_amendment": False, "mover": "Ash",
        "seconder": "Birch", "outcome": "carried", "votes_for": 7, "votes_against": 2, "votes_abstain": None,
        "resolution_path": "1", "agenda_number": "31", "agenda_title": "Grass cutting contract", "page": 1}),
    ("uk lost amendment: no resolution", "uk", 1, {
        "is_amendment": True, "mover": "Cedar", "seconder": "Dale", "outcome": "lost", "votes_for": 1,
        "votes_against": 3, "resolution_path": None}),
    ("uk withdrawn motion: no resolution, no agenda past the last item", "uk", 2, {
        "is_amendment": False, "mover": "Birch", "seconder": "Cedar", "outcome": "withdrawn", "votes_for": None,
        "resolution_path": None, "agenda_number": None, "agenda_title": None}),
    ("us roll call, carried 3-1", "us", 0, {
        "text": "to adopt Ordinance 2026-02 on snow removal.", "mover": "Lee", "seconder": "Ortiz",
        "outcome": "carried", "votes_for": 3, "votes_against": 1, "resolution_path": "1", "agenda_number": "5",
        "agenda_title": "Ordinance 2026-02"}),
]


@pytest.mark.parametrize(("case", "doc", "index", "expected"), MOTIONS, ids=[c[0] for c in MOTIONS])
def test_motion_rows(objects: dict[str, dict[str, Any]], case: str, doc: str, index: int,
                     expected: dict[str, Any]) -> None:
    rows = rows_for(objects[doc])["motions"]
    row = rows[index]
    assert list(row) == [name for name, _t, _m in COLUMNS["motions"]]
    assert (row["sha256"], row["index"]) == ("0" * 64, index)
    assert {k: row[k] for k in expected} == expected, case
    text = minutes_parser.parse_text(TEXTS[doc]).text
    assert normalise_space(text[row["span_start"]:row["span_end"]]) == row["text"]


@pytest.mark.parametrize(
    ("doc", "motions", "paths"),
    [("uk", 3, ["1", None, None]), ("us", 1, ["1"]), ("report", 0, []), ("decided", 0, [])],
)
def test_each_motion_is_a_row_and_its_path_is_its_resolutions(
    objects: dict[str, dict[str, Any]], doc: str, motions: int, paths: list[str | None]
) -> None:
    rows = rows_for(objects[doc])
    assert rows["documents"][0]["motions"] == motions == len(rows["motions"])
    assert [m["resolution_path"] for m in rows["motions"]] == paths
    resolutions = {i["path"]: i for i in rows["items"] if i["kind"] == "resolution"}
    for m in rows["motions"]:
        if m["resolution_path"] is not None:  # joins the items table on (sha256, source, path)
            item = resolutions[m["resolution_path"]]
            assert (item["agenda_number"], item["agenda_title"]) == (m["agenda_number"], m["agenda_title"])
    if doc == "decided":  # a resolution no motion produced: an item, no motion
        assert list(resolutions) == ["1"] and rows["votes"] == []


# (case, document, [(motion_index, name, choice)])
VOTES = [
    ("uk recorded vote", "uk", [(1, "Cedar", "for"), (1, "Ash", "against"), (1, "Birch", "against"),
                                (1, "Dale", "against")]),
    ("us roll call: ayes and nays", "us", [(0, "Lee", "for"), (0, "Ortiz", "for"), (0, "Chen", "for"),
                                           (0, "Brown", "against")]),
    ("a report: no motions, no votes", "report", []),
    ("a resolution with no motion: no votes", "decided", []),
]


@pytest.mark.parametrize(("case", "doc", "expected"), VOTES, ids=[c[0] for c in VOTES])
def test_vote_rows(objects: dict[str, dict[str, Any]], case: str, doc: str,
                   expected: list[tuple[int, str, str]]) -> None:
    rows = rows_for(objects[doc])["votes"]
    assert [(v["motion_index"], v["name"], v["choice"]) for v in rows] == expected, case
    text = minutes_parser.parse_text(TEXTS[doc]).text
    for v in rows:
        assert list(v) == [name for name, _t, _m in COLUMNS["votes"]]
        assert text[v["span_start"]:v["span_end"]] == v["name"] and v["page"] == 1
        assert v["identity"] is None  # given by the scan, across documents


def test_a_vote_without_motions_is_no_row() -> None:
    assert rows_for({"sha256": "s", "source": "f"})["motions"] == []
    assert rows_for({"sha256": "s", "source": "f", "motions": []})["votes"] == []


# ------------------------------------------------------------------ paths and agenda items, by hand


def _item(start: int, end: int, agenda: str | None, children: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {
        "text": "x",
        "agenda_item": None if agenda is None else {"number": agenda, "title": f"Item {agenda}"},
        "span": {"start": start, "end": end, "page": 1},
        "children": children or [],
    }


def _motion(start: int, link: list[int] | None = None) -> dict[str, Any]:
    return {"text": "m", "resolution": link, "span": {"start": start, "end": start + 5, "page": 1},
            "named_votes": []}


RESOLUTIONS = [
    _item(100, 200, "4"),
    _item(300, 400, "4", [_item(320, 340, None), _item(350, 390, "4a")]),
    _item(500, 600, "5"),
    _item(700, 800, None),
    _item(900, 950, None),
]

# (case, motion, (resolution_path, agenda_number))
AGENDA = [
    ("linked to a top-level resolution", _motion(50, [0]), ("1", "4")),
    ("linked to a sub-item without an agenda: its parent's", _motion(250, [1, 0]), ("2.1", "4")),
    ("linked to a sub-item with its own", _motion(250, [1, 1]), ("2.2", "4a")),
    ("a link the document does not hold: the path as recorded, no agenda", _motion(50, [9]), ("10", None)),
    ("no link, inside an item: that item's", _motion(150), (None, "4")),
    ("no link, between two items of one agenda item", _motion(250), (None, "4")),
    ("no link, between two agenda items: unknown", _motion(450), (None, None)),
    ("no link, before the first item: unknown", _motion(10), (None, None)),
    ("no link, after the last item: unknown", _motion(990), (None, None)),
    ("no link, between items without agenda items: unknown", _motion(850), (None, None)),
    ("linked to a resolution without an agenda item: the items around give it", _motion(250, [3]), ("4", "4")),
    ("linked to a resolution without one, and the items around do not agree", _motion(650, [3]), ("4", None)),
]


@pytest.mark.parametrize(("case", "motion", "expected"), AGENDA, ids=[c[0] for c in AGENDA])
def test_resolution_path_and_agenda_item(case: str, motion: dict[str, Any], expected: tuple[Any, Any]) -> None:
    obj = {"sha256": "s", "source": "f", "resolutions": copy.deepcopy(RESOLUTIONS), "motions": [motion]}
    (row,) = rows_for(obj)["motions"]
    assert (row["resolution_path"], row["agenda_number"]) == expected, case
    if row["agenda_number"] is not None:
        assert row["agenda_title"] == f"Item {row['agenda_number']}"


# ------------------------------------------------------------------ voters, by hand


def _person(name: str, *starts: int) -> dict[str, Any]:
    return {"name": name, "mentions": [{"span": {"start": s, "end": s + len(name), "page": 1}} for s in starts]}


def _vote(name: str, start: int | None) -> dict[str, Any]:
    span = None if start is None else {"start": start, "end": start + len(name), "page": 1}
    return {"name": name, "vote": "for", "span": span}


# (case, people, vote, the person's index or None)
VOTERS = [
    ("named where the vote prints the name", [_person("Anne Ash", 10, 500), _person("Ben Birch", 30)],
     _vote("Ash", 502), 0),
    ("no mention there: the one person of that name", [_person("Anne Ash", 10), _person("Ben Birch", 30)],
     _vote("Birch", 900), 1),
    ("no span: the one person of that name", [_person("Anne Ash", 10)], _vote("Ash", None), 0),
    ("an initial that fits", [_person("John Smith", 10), _person("Ann Ash", 40)], _vote("J Smith", 900), 0),
    ("two people it could be: none", [_person("John Smith", 10), _person("Jane Smith", 40)],
     _vote("Smith", 900), None),
    ("an initial both share: none", [_person("John Smith", 10), _person("Jane Smith", 40)],
     _vote("J Smith", 900), None),
    ("a given name that does not fit: none", [_person("John Smith", 10)], _vote("Mary Smith", 900), None),
    ("no one of that name: none", [_person("Anne Ash", 10)], _vote("Brown", 900), None),
    ("no people: none", [], _vote("Brown", 900), None),
    ("two mentions there: the name decides", [_person("Anne Ash", 500), _person("Ben Birch", 500)],
     _vote("Birch", 500), 1),
]


@pytest.mark.parametrize(("case", "people", "vote", "expected"), VOTERS, ids=[c[0] for c in VOTERS])
def test_voters_are_the_documents_people(case: str, people: list[dict[str, Any]], vote: dict[str, Any],
                                         expected: int | None) -> None:
    obj = {"people": people, "motions": [{"named_votes": []}, {"named_votes": [vote]}]}
    assert voters(obj) == [expected], case


def test_voters_follow_the_vote_rows(objects: dict[str, dict[str, Any]]) -> None:
    uk = objects["uk"]
    people = [p["name"] for p in uk["people"]]
    got = [None if i is None else people[i] for i in voters(uk)]
    assert got == ["Carol Cedar", "Anne Ash", "Ben Birch", "Dan Dale"]
    us = objects["us"]
    us_people = [p["name"] for p in us["people"]]
    # the roll call's mover and seconder are people the document names with their post ("Supervisor Lee");
    # the other voters are no person it lists
    assert [None if i is None else us_people[i] for i in voters(us)] == ["Lee", "Ortiz", None, None]
    assert voters(objects["report"]) == []


# ------------------------------------------------------------------ the JSON Schema of the rows


def _validator(table: str) -> jsonschema.protocols.Validator:
    cls = jsonschema.Draft202012Validator
    return cls({**schema("scan"), "$ref": f"#/$defs/{table}"}, format_checker=cls.FORMAT_CHECKER)


def test_every_new_row_follows_the_scan_schema(objects: dict[str, dict[str, Any]]) -> None:
    seen = {"motions": 0, "votes": 0}
    for obj in objects.values():
        for table, rows in rows_for(obj).items():
            for row in rows:
                errors = list(_validator(table).iter_errors(row))
                assert not errors, (table, errors[0].message)
                seen[table] = seen.get(table, 0) + 1
    assert seen["motions"] == 4 and seen["votes"] == 8


@pytest.mark.parametrize(
    ("table", "change", "valid"),
    [
        ("motions", {}, True),
        ("motions", {"outcome": None, "resolution_path": None, "votes_for": None}, True),
        ("motions", {"outcome": "maybe"}, False),
        ("motions", {"is_amendment": "yes"}, False),
        ("motions", {"votes_for": "7"}, False),
        ("motions", {"seconded_by": "Birch"}, False),
        ("votes", {}, True),
        ("votes", {"identity": "brambleford/anne-ash"}, True),
        ("votes", {"choice": "yes"}, False),
        ("votes", {"motion_index": "1"}, False),
        ("votes", {"vote": "for"}, False),
    ],
)
def test_the_new_rows_schema_is_strict(
    objects: dict[str, dict[str, Any]], table: str, change: dict[str, Any], valid: bool
) -> None:
    row = {**rows_for(objects["uk"])[table][1], **change}
    assert _validator(table).is_valid(row) is valid


def test_the_schema_enums_are_the_records_vocabularies() -> None:
    from minutes_parser.records import MotionOutcome, VoteChoice

    defs = schema("scan")["$defs"]
    assert defs["motions"]["properties"]["outcome"]["enum"] == [o.value for o in MotionOutcome] + [None]
    assert defs["votes"]["properties"]["choice"]["enum"] == [c.value for c in VoteChoice] + [None]


def test_a_row_missing_a_column_is_refused(objects: dict[str, dict[str, Any]]) -> None:
    for table in ("motions", "votes"):
        row = dict(rows_for(objects["uk"])[table][0])
        row.pop("span_start")
        assert not _validator(table).is_valid(row)


# ------------------------------------------------------------------ a scan, read back


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("pyarrow")
    folder = tmp_path_factory.mktemp("motions") / "in"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / f"{name}.txt").write_text(text, "utf-8")
    out = folder.parent / "out"
    result = minutes_parser.scan([str(folder)], out, jobs=1, progress=False)
    assert result.documents == 4 and result.failed == 0
    return out


def test_read_scan_gives_the_motions_and_votes_back(scanned: Path) -> None:
    pytest.importorskip("pandas")
    t = minutes_parser.read_scan(scanned, frames="pandas")
    motions, votes, docs = t["motions"], t["votes"], t["documents"]
    assert list(motions.columns) == [n for n, _t, _m in COLUMNS["motions"]]
    assert list(votes.columns) == [n for n, _t, _m in COLUMNS["votes"]]
    assert str(motions["is_amendment"].dtype) == "bool[pyarrow]" and str(motions["votes_for"].dtype) == "Int64"
    counts = {Path(s).stem: n for s, n in zip(docs["source"], docs["motions"], strict=True)}
    assert counts == {"decided": 0, "report": 0, "uk": 3, "us": 1}
    assert len(motions) == 4 and len(votes) == 8
    # which amendments were lost, who moved them, with what counts, who voted against
    lost = motions[motions["is_amendment"] & (motions["outcome"] == "lost")]
    assert lost[["mover", "seconder", "votes_for", "votes_against"]].values.tolist() == [["Cedar", "Dale", 1, 3]]
    assert lost["resolution_path"].isna().all()
    gap = motions.copy()  # the same question where an outcome is missing (pandas 3 compares strings to NA)
    gap.loc[gap["outcome"] == "withdrawn", "outcome"] = None
    assert gap[gap["is_amendment"] & (gap["outcome"] == "lost")]["mover"].tolist() == ["Cedar"]
    (sha,) = lost["sha256"]
    against = votes[(votes["sha256"] == sha) & (votes["motion_index"] == lost["index"].iloc[0])
                    & (votes["choice"] == "against")]
    assert against["name"].tolist() == ["Ash", "Birch", "Dale"]
    # a voter's identity is that of their people row; a voter no person of the document is has none
    people = t["people"]
    ident = dict(zip(people["name"], people["identity"], strict=True))
    uk_votes = votes[votes["sha256"] == sha]
    assert uk_votes["identity"].tolist() == [ident["Carol Cedar"], ident["Anne Ash"], ident["Ben Birch"],
                                             ident["Dan Dale"]]
    others = votes[votes["sha256"] != sha]  # the US roll call: its mover and seconder are people of the document
    assert uk_votes["identity"].notna().all()
    assert others["identity"].notna().tolist() == [n in ("Lee", "Ortiz") for n in others["name"]]
    # a carried motion joins the resolution it produced
    items = t["items"]
    joined = motions.merge(items[items["kind"] == "resolution"], left_on=["sha256", "source", "resolution_path"],
                           right_on=["sha256", "source", "path"], suffixes=("", "_item"))
    assert sorted(joined["text_item"]) == [
        "the grass cutting contract be awarded to Green Ltd for three years.",
        "to adopt Ordinance 2026-02 on snow removal.",
    ]


def test_read_scan_rebuilds_the_new_tables_from_the_json_lines(scanned: Path, tmp_path: Path) -> None:
    """A folder whose Parquet files are gone has its tables rebuilt from documents.jsonl: the same rows
    (but for the voters' identities, which only the scan's people joining gives)."""
    copy_dir = tmp_path / "copy"
    copy_dir.mkdir()
    (copy_dir / "documents.jsonl").write_bytes((scanned / "documents.jsonl").read_bytes())
    rebuilt = minutes_parser.read_scan(copy_dir, frames="arrow")
    written = minutes_parser.read_scan(scanned, frames="arrow")
    assert rebuilt["motions"].to_pylist() == written["motions"].to_pylist()
    strip = [{**v, "identity": None} for v in written["votes"].to_pylist()]
    assert rebuilt["votes"].to_pylist() == strip and len(strip) == 8


def test_the_tables_are_written_with_their_schemas(scanned: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    for name in ("motions", "votes"):
        table = pq.read_table(scanned / f"{name}.parquet")
        assert table.schema.remove_metadata().equals(tables.schema(name).remove_metadata())
        assert table.schema.field("sha256").metadata[b"description"] == b"SHA-256 of the document"


# ------------------------------------------------------------------ parse --format csv --table


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


@pytest.mark.parametrize(
    ("table", "doc", "expected"),
    [
        ("motions", "uk", [("0", "Ash", "carried", "1", "False"), ("1", "Cedar", "lost", "", "True"),
                           ("2", "Birch", "withdrawn", "", "False")]),
        ("motions", "report", []),
        ("votes", "us", [("0", "Lee", "for"), ("0", "Ortiz", "for"), ("0", "Chen", "for"),
                         ("0", "Brown", "against")]),
        ("votes", "decided", []),
    ],
)
def test_parse_csv_table(tmp_path: Path, table: str, doc: str, expected: list[tuple[str, ...]]) -> None:
    path = tmp_path / f"{doc}.txt"
    path.write_text(TEXTS[doc], "utf-8")
    code, out = _run("parse", "--format", "csv", "--table", table, str(path))
    assert code == 0
    reader = csv.DictReader(io.StringIO(out))
    rows = list(reader)
    assert tuple(reader.fieldnames or ()) == csv_columns(table)
    assert "sha256" not in csv_columns(table) and "identity" not in csv_columns(table)
    if table == "motions":
        got = [(r["index"], r["mover"], r["outcome"], r["resolution_path"], r["is_amendment"]) for r in rows]
    else:
        got = [(r["motion_index"], r["name"], r["choice"]) for r in rows]
    assert got == expected
    assert all(r["source"] == str(path) and r["document_kind"] in ("minutes", "report") for r in rows)


def test_parse_csv_table_items_is_the_items_csv(tmp_path: Path) -> None:
    path = tmp_path / "uk.txt"
    path.write_text(UK, "utf-8")
    assert _run("parse", "--format", "csv", "--table", "items", str(path)) == _run("parse", "--format", "csv",
                                                                                    str(path))


@pytest.mark.parametrize("fmt", ["json", "jsonl", "text"])
def test_parse_table_needs_csv(tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "uk.txt"
    path.write_text(UK, "utf-8")
    code, out = _run("parse", "--format", fmt, "--table", "motions", str(path))
    assert (code, out) == (2, "") and "--table goes with --format csv" in capsys.readouterr().err


def test_parse_csv_table_of_a_failed_file_is_the_header_alone(tmp_path: Path) -> None:
    code, out = _run("parse", "--format", "csv", "--table", "votes", str(tmp_path / "gone.txt"))
    assert code == 1 and out.splitlines() == [",".join(csv_columns("votes"))]
