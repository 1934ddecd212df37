"""Decision identity (issue 11): the authority a document is from, decision numbers on items, decision
and effective dates, the caller's metadata in a scan, and a scan's tables read back."""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path
from typing import Any

import pytest

import minutes_parser
from minutes_parser import DateRole, Item, ItemKind, Span
from minutes_parser.cli import main
from minutes_parser.errors import SettingsError
from minutes_parser.extract.authority import find_authority
from minutes_parser.extract.references import find_reference, with_references
from minutes_parser.scan.tables import COLUMNS, rows_for

ROOT = Path(__file__).resolve().parent.parent

# ------------------------------------------------------------------ authority


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION\nDECISION NO:\n24/00115", "Kent County Council"),
        ("KENT COUNTY COUNCIL\nCABINET\nMINUTES of a meeting of the Cabinet held in ...", "Kent County Council"),
        ("Milburn Parish Council - 14th July 2020\nDue to Coronavirus ...", "Milburn Parish Council"),
        ("Clerk : Joan Todd\nMILBURN PARISH COUNCIL\nMEETING TO BE HELD ON TUESDAY,", "Milburn Parish Council"),
        ("London Borough of Southwark\nStatement of Reasons", "London Borough of Southwark"),
        ("MINUTES\nTOWNSHIP OF NIPISSING\nTuesday, September 17, 2024", "Township of Nipissing"),
        ("City of Chico\nCouncil Meeting Minutes", "City of Chico"),
        ("Hertingfordbury Parish Council\nAgenda", "Hertingfordbury Parish Council"),
        (
            "MINUTES OF PROCEEDINGS AT MEETING OF LIMERICK CITY AND COUNTY\nCOUNCIL HELD IN THE COUNCIL CHAMBER",
            "Limerick City and County Council",
        ),
        (
            "Comhairle Cathrach\n& Contae Luimnigh\n—— Limerick City\n& County Council\n12 July 2023",
            "Limerick City & County Council",
        ),
        ("MINUTES OF WAIROA DISTRICT COUNCIL\nORDINARY COUNCIL MEETING", "Wairoa District Council"),
        ("Board of Supervisors of Kern County\nRegular Meeting", "Kern County"),
        ("San Juan Unified School District\nBoard of Education Minutes", "San Juan Unified School District"),
        ("Comhairle Contae Luimnigh\nMinutes", "Comhairle Contae Luimnigh"),
        ("Comhairle Contae Fhine Gall\nFingal County Council\nMinutes of the Meeting", "Fingal County Council"),
        ("Minutes of Kildare County Council Special Meeting 22.09.2025  Page 1 of 2", "Kildare County Council"),
        ("Sacramento Metropolitan Fire District\nAgenda", "Sacramento Metropolitan Fire District"),
        ("Mueller Township Board of Trustees\nApril 10th 2024", "Mueller Township"),
        ("1        I    Sacramento Metropolitan Fire District\nAgenda", "Sacramento Metropolitan Fire District"),
        # near misses
        ("Agenda\nThe meeting is at Mueller Township Hall at 5pm", None),
        ("Minutes of the Planning Committee Special Meeting\nKildare County Council officers attended", None),
        ("Report to Cabinet\nKent County Council's policy on schools is set out below.", None),
        ("Planning Committee\nMinutes of the meeting held on 3 May 2024", None),
        ("Full Council\nAgenda", None),
        ("Monthly City Council Meeting Monday 8 January 2031\nMinutes", None),  # how often it meets, no place
        ("County Council\nMinutes", None),
        ("Please Note That the City Council will meet on Monday", None),
        ("Milburn Parish Council\n", "Milburn Parish Council"),
        ("Present\nClerk J Connelly, Allan Armstrong Eden District Council", None),
        ("Venue\nCouncil\nChamber\nHawke's Bay Regional Council\n159 Dalton Street", None),
        ("Our response\nStroud District Council ( SDC) to address planning breaches", None),
        ("The contact is clerk@kent.gov.uk for questions", None),
        ("Stroud District Council , and indeed it was", None),
        # the meeting's kind, "The" or a department before the name; a letterhead in the first column
        ("ADJOURNED REGULAR ELMTON CITY COUNCIL MEETING - March 2, 2031\nMinutes", "Elmton City Council"),
        ("SUMMARY OF WEST ARBOR CITY COUNCIL\nJanuary 2, 2031 4:30 P.M.", "West Arbor City Council"),
        ("The New Elmfield City Council\nCity Hall", "New Elmfield City Council"),
        ("DEPARTMENT OF HARBORS OF THE CITY OF PORT ELM\nRoom 5, 1 Main Street", "City of Port Elm"),
        # a US port district is an authority of its own
        ("January 16, 2031 Minutes\nPort of Elmsea Regular Commission Meeting\n", "Port of Elmsea"),
        ("Elm Ridge Unified School District          Ann Ash, President\nRegular Meeting",
         "Elm Ridge Unified School District"),
        ("C I T Y O F E L M T O N\nPLANNING COMMISSION", "City of Elmton"),
        ("ELM COUNTY BOARD OF HEALTH\nAGENDA - April 2, 2031", "Elm County Board of Health"),
        ("Regional Transportation District\n1 Blake Street", "Regional Transportation District"),
        ("Metro\nElm County Metropolitan Transportation Authority\nOne Plaza",
         "Elm County Metropolitan Transportation Authority"),
        ("LONDON BOROUGH OF ELMBRIDGE PENSION FUND\nADVISORY PANEL", "London Borough of Elmbridge"),
        ("COMHAIRLE CONTAE AN MHUILINN\nTeach na Cúirte\n3 Meitheamh 2031\nA chara,\nMise le meas\n"
         "MILLTOWN COUNTY COUNCIL\nCourthouse", "Milltown County Council"),
        # the authority acting in its own paper
        ("TRAFFIC NOTICE\nNotice is hereby given pursuant to Section 14 of the Act, 1984,\nthat the Elmshire County "
         "Council\nPROHIBITS THE USE OF THE HIGHWAY", "Elmshire County Council"),
        ("Part II - Particulars of Decision\nThat Elmford Council hereby gives notice of the grant", "Elmford Council"),
        ("3 May 2031 Elm and Ash Community Council held their meeting in the hall.", "Elm and Ash Community Council"),
        ("Application 31/001\nLand at Elm End\nResponse from Elmley Parish\nCouncil\nIntroduction",
         "Elmley Parish Council"),
        # near misses: a site in a borough; another council acting in prose; an address in prose alone
        ("planning report\n18 December 2031\nin the London Borough of Elmbridge\nplanning application", None),
        ("Minutes\nElmshire County Council has consulted the parish on the plan.", None),
        ("Minutes\nA response from Elmley Parish Council was received.", None),
        # a minutes heading naming the council before "MEETING HELD" or "WORK SESSION" / "HELD"; near miss: a room
        ("MINUTES OF THE ELMVALE CITY COUNCIL MEETING HELD ON TUESDAY, JUNE 6, 2031,\nIN THE CHAMBERS\n",
         "Elmvale City Council"),
        ("MINUTES OF THE ASH HEIGHTS CITY COUNCIL WORK SESSION\nHELD TUESDAY, JANUARY 26, 2031\n",
         "Ash Heights City Council"),
        ("Minutes of the Council Meeting Room bookings\n", None),
    ],
)
def test_the_authority_is_read_from_the_heading(text: str, expected: str | None) -> None:
    assert find_authority(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a council named anywhere whose place the document's own address spells
        ("Subject: Tax Scheme\nEmail: ann.ash@elmton.gov.uk\n" + "text\n" * 30 + "Appendix: Elmton City Council scheme",
         "Elmton City Council"),
        ("AGENDA\nstaff@elmridgecity.org\n" + "text\n" * 30 + "Members of the Elm Ridge City Council will attend",
         "Elm Ridge City Council"),
        # near misses: the address spells no council named; another body's link given once beside its own address
        ("AGENDA\nclerk@elmparish.org.uk\n" + "text\n" * 30 + "Kentshire County Council has written", None),
        ("AGENDA\nclerk@scoe.net\nwww.scoe.net\n" + "text\n" * 30 + "see https://ashvaleunified.org about the "
         "Ashvale Unified School District", None),
    ],
)
def test_the_authority_from_its_own_address(text: str, expected: str | None) -> None:
    assert find_authority(text) == expected


def test_the_authority_further_down_is_not_the_letterhead() -> None:
    text = "\n".join(["Report title"] + [f"line {i} of the report" for i in range(40)] + ["Kent County Council"])
    assert find_authority(text) is None


def test_parse_sets_the_authority() -> None:
    doc = minutes_parser.parse_text("MILBURN PARISH COUNCIL\nMinutes of the meeting held on 3 May 2024\n")
    assert doc.authority == "Milburn Parish Council"
    assert minutes_parser.to_dict(doc)["authority"] == "Milburn Parish Council"


# ------------------------------------------------------------------ references


@pytest.mark.parametrize(
    ("above", "expected"),
    [
        ("KENT COUNTY COUNCIL\nDECISION NO:\n24/00096\nFor publication\n", "24/00096"),
        ("Decision Number: 24/00115\nDecision:\n", "24/00115"),
        ("Decision No. 24/00108\n", "24/00108"),
        ("R2025-193 S. Foote, L. Chalapenko:\n", "R2025-193"),
        ("RESOLUTION NO. 2021-25: A RESOLUTION OF THE BOARD\n", "2021-25"),
        ("Resolution No. 2021-45\n", "2021-45"),
        ("Minute 291 - Budget\n", "291"),
        ("Ordinance 1234\n", "1234"),
        ("RESOLUTION  2019/01\nMoved:\n", "2019/01"),
        ("88. 24/00108 - Revenue and Capital Budget\n", "24/00108"),
        ("Minute 12\nsome text\nMinute 13\n", "13"),  # the nearest
        # near misses
        ("Appendix 2\n", None),
        ("see page 24/00108 of the pack\n", None),
        ("paragraph 3.2\n", None),
        ("Resolution No. ___, Series of 2021\n", None),
        ("as recorded in Minute 291 of the last meeting\n", None),
        ("grounds for the passing of this\nresolution\n10.1 - Procurement Plan\n", None),
        ("Decision:\nCabinet agree to:\n", None),
        ("2025-26 budget\n", None),
    ],
)
def test_a_reference_is_read_above_an_item(above: str, expected: str | None) -> None:
    assert find_reference(above) == expected


def _item(text: str, start: int, end: int, **kw: Any) -> Item:
    return Item(kind=ItemKind.RESOLUTION, text=text, span=Span(start=start, end=end), **kw)


def test_references_of_a_list_and_its_children() -> None:
    text = "DECISION NO:\n24/00115\nDecision: Cabinet propose to:\na) adopt it\nb) delegate\n"
    a = text.index("adopt")
    b = text.index("delegate")
    child = _item("delegate", b, b + 8, label="(i)")
    items = (
        _item("adopt it", a, a + 8, label="a)", preamble="Cabinet propose to:"),
        _item("delegate", b, b + 8, label="b)", preamble="Cabinet propose to:", children=(child,)),
    )
    out = with_references(text, items)
    assert [i.reference for i in out] == ["24/00115", "24/00115"]
    assert out[1].children[0].reference == "24/00115"


def test_a_label_in_a_decisions_format_is_its_reference() -> None:
    out = with_references("THAT we adjourn.", (_item("THAT we adjourn.", 0, 16, label="R2025-203"),))
    assert out[0].reference == "R2025-203"
    plain = with_references("THAT we adjourn.", (_item("THAT we adjourn.", 0, 16, label="2."),))
    assert plain[0].reference is None


# ------------------------------------------------------------------ decision and effective dates


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Date of decision: 12 March 2025", DateRole.DECISION),
        ("Decision taken on 12 March 2025", DateRole.DECISION),
        ("Decision made: 12 March 2025", DateRole.DECISION),
        ("Decision effective: 20 March 2025", DateRole.EFFECTIVE),
        ("Call-in expires: 19 March 2025", DateRole.EFFECTIVE),
        ("Last date for call-in: 19 March 2025", DateRole.EFFECTIVE),
        ("Effective date: 1 April 2025", DateRole.EFFECTIVE),
        # near misses: a scheme's start is not the decision's
        ("The scheme is effective from 1 April 2025", DateRole.MEETING),
        ("Publication date: 14 March 2025", DateRole.PUBLICATION),
    ],
)
def test_decision_and_effective_dates(line: str, role: DateRole) -> None:
    doc = minutes_parser.parse_text(f"Notice\n{line}\n")
    assert [d.role for d in doc.dates] == [role]


def test_round_trip_with_the_new_fields() -> None:
    text = "KENT COUNTY COUNCIL\nDECISION NO:\n24/00115\nDecision: Cabinet agree to:\na) adopt the plan;\nb) note it.\n"
    doc = minutes_parser.parse_text(text)
    assert doc.authority == "Kent County Council"
    assert {i.reference for i in doc.items()} == {"24/00115"}
    assert minutes_parser.from_json(minutes_parser.to_json(doc, include_text=True)) == doc


# ------------------------------------------------------------------ scan: caller's metadata, read_scan


@pytest.fixture(scope="module")
def fixtures_scan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small scan of the project's own examples, with an authority and a metadata row for one."""
    out = tmp_path_factory.mktemp("scan") / "out"
    meta = out.parent / "meta.csv"
    meta.write_text(
        "path,authority,meeting_date,url,committee\n"
        f"{ROOT / 'examples' / 'cabinet_report.txt'},Riverside Borough Council,2026-03-13,https://x.invalid/r,Cabinet\n"
        "missing.pdf,Nowhere Council,,,\n",
        encoding="utf-8",
    )
    result = minutes_parser.scan(
        [str(ROOT / "examples")], out, jobs=1, progress=False, authority="Example District Council", metadata=meta
    )
    assert result.documents == 2
    assert any("missing.pdf" in w and "matches no input" in w for w in result.warnings)
    return out


def _lines(out: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (out / "documents.jsonl").read_text("utf-8").splitlines()]


def test_the_callers_values_win(fixtures_scan: Path) -> None:
    rows = {Path(o["source"]).name: o for o in _lines(fixtures_scan)}
    report, minutes = rows["cabinet_report.txt"], rows["cabinet_minutes.txt"]
    assert report["authority"] == "Riverside Borough Council"
    assert report["meeting_date"] == "2026-03-13"
    assert report["url"] == "https://x.invalid/r"
    assert report["metadata"] == {
        "authority": "Riverside Borough Council",
        "meeting_date": "2026-03-13",
        "url": "https://x.invalid/r",
        "committee": "Cabinet",
    }
    assert minutes["authority"] == "Example District Council"
    assert minutes["url"] is None and minutes["metadata"] is None


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b)
    return bool(a == b)


@pytest.mark.parametrize("frames", ["pandas", "arrow"])
def test_read_scan_gives_back_the_rows_written(fixtures_scan: Path, frames: str) -> None:
    tables = minutes_parser.read_scan(fixtures_scan, frames=frames)
    assert list(tables) == list(COLUMNS)
    expected: dict[str, list[dict[str, Any]]] = {t: [] for t in COLUMNS}
    for obj in _lines(fixtures_scan):
        for table, rows in rows_for(obj).items():
            expected[table].extend(rows)
    for row in expected["documents"]:
        row["meeting_date"] = dt.date.fromisoformat(row["meeting_date"]) if row["meeting_date"] else None
    for table in ("documents", "items", "people", "dates", "comparisons", "motions", "votes"):
        frame = tables[table]
        if frames == "pandas":
            got = [{k: (None if v is None or v is _na() else v) for k, v in r.items()} for r in _records(frame)]
        else:
            got = frame.to_pylist()
        assert len(got) == len(expected[table]), table
        for mine, theirs in zip(got, expected[table], strict=True):
            assert list(mine) == [c for c, _t, _m in COLUMNS[table]]
            # a person's (and a voter's) identity is given across the whole scan when the tables are written
            assert all(_same(mine[k], theirs.get(k)) for k in mine if k != "identity"), (table, mine, theirs)
    docs = tables.documents
    if frames == "pandas":
        assert str(docs["pages"].dtype) == "Int64" and str(tables["items"]["span_start"].dtype) == "Int64"
        assert isinstance(docs["meeting_date"].iloc[0], dt.date)


def _na() -> Any:
    import pandas as pd

    return pd.NA


def _records(frame: Any) -> list[dict[str, Any]]:
    out = []
    for record in frame.astype(object).to_dict("records"):
        out.append({k: (None if v is _na() else v) for k, v in record.items()})
    return out


def test_read_scan_rebuilds_tables_from_json_lines(fixtures_scan: Path, tmp_path: Path) -> None:
    (tmp_path / "documents.jsonl").write_text((fixtures_scan / "documents.jsonl").read_text("utf-8"), "utf-8")
    rebuilt = minutes_parser.read_scan(tmp_path, frames="arrow")
    written = minutes_parser.read_scan(fixtures_scan, frames="arrow")
    assert rebuilt["items"].to_pylist() == written["items"].to_pylist()
    assert rebuilt.documents.drop_columns(["seconds"]).to_pylist() == written.documents.drop_columns(
        ["seconds"]
    ).to_pylist()


def test_read_scan_of_a_folder_without_a_scan(tmp_path: Path) -> None:
    with pytest.raises(minutes_parser.DocumentNotFoundError):
        minutes_parser.read_scan(tmp_path)


@pytest.mark.parametrize(
    ("csv_text", "message"),
    [
        ("file,authority\na.txt,X Council\n", "no 'path' column"),
        ("path,meeting_date\na.txt,2026-13-45\n", "not a date"),
        ("path,authority\na.txt,X\na.txt,Y\n", "a second row"),
    ],
)
def test_bad_metadata_is_refused(tmp_path: Path, csv_text: str, message: str) -> None:
    meta = tmp_path / "meta.csv"
    meta.write_text(csv_text, encoding="utf-8")
    with pytest.raises(SettingsError, match=message):
        minutes_parser.scan([str(ROOT / "examples")], tmp_path / "out", jobs=1, progress=False, metadata=meta)


def test_cli_scan_authority(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    code = main(["scan", str(ROOT / "examples" / "cabinet_minutes.txt"), "--out", str(out), "--quiet",
                 "--jobs", "1", "--authority", "Example District Council"])  # fmt: skip
    assert code == 0
    assert [o["authority"] for o in _lines(out)] == ["Example District Council"]
