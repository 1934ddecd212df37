"""Document fields of forms met in real papers: signed US enactments, a bill's record page, legislative-system
covers, bilingual agenda headings.  Invented texts of each form, with near misses beside them."""

from __future__ import annotations

import pytest

import minutes_parser
from minutes_parser import sources, structure
from minutes_parser.extract.context import Context
from minutes_parser.extract.fields import Fields, extract_fields
from minutes_parser.records import DocumentKind
from minutes_parser.settings import Settings


def _fields(text: str) -> Fields:
    source = sources.read_text(text)
    return extract_fields(Context(source=source, settings=Settings(), structure=structure.analyse(source)))


_RESOLUTION = (
    "TOWN OF ELMWOOD, OREGON\nRESOLUTION NO. 2023-114\nA RESOLUTION OF THE TOWN COMMISSION APPROVING A LEASE\n"
    "OF THE HARBOR KIOSK.\nWHEREAS, the kiosk has stood empty since 2019; and\n"
    "NOW, THEREFORE, BE IT RESOLVED BY THE TOWN COMMISSION:\nSECTION 1. The lease is approved.\n"
)

ENACTMENTS = [
    pytest.param(
        _RESOLUTION + "PASSED AND ADOPTED THIS FOURTH DAY OF APRIL, A.D., 2023.\nAPPROVED:\nMAYOR\n",
        DocumentKind.DECISION, "RESOLUTION NO. 2023-114", "Town Commission", "2023-04-04",
        id="signed-resolution",
    ),
    pytest.param(
        "CITY OF BRANT\nORDINANCE NO. 2022- 07\nAN ORDINANCE OF THE BOARD OF SUPERVISORS AMENDING CHAPTER 4.\n"
        + "WHEREAS, the chapter dates from 1998; and\n" * 12
        + "WHEREAS, a hearing was held on May 3, 2022; and\nSECTION 1. Chapter 4 is amended.\n"
        "ADOPTED this 21st day of June, 2022.\n",
        DocumentKind.DECISION, "ORDINANCE NO. 2022-07", "Board of Supervisors", "2022-06-21",
        id="signed-ordinance",
    ),
    # near misses: a draft with a blank number, and a numbered resolution never adopted
    pytest.param(
        "DRAFT RESOLUTION\nRESOLUTION NO. ________\nWHEREAS, the tariff is due for review; and\n"
        "NOW, THEREFORE, BE IT RESOLVED that the tariff be adopted.\n",
        None, None, None, None, id="draft-resolution-blank-number",
    ),
    pytest.param(
        _RESOLUTION + "To be considered at the meeting of April 4, 2023.\n",
        None, None, None, None, id="resolution-not-yet-adopted",
    ),
]


@pytest.mark.parametrize(("text", "kind", "title", "body", "date"), ENACTMENTS)
def test_signed_enactment(
    text: str, kind: DocumentKind | None, title: str | None, body: str | None, date: str | None
) -> None:
    fields = _fields(text)
    if kind is None:
        assert fields.kind is not DocumentKind.DECISION
        return
    assert (fields.kind, fields.title, fields.body) == (kind, title, body)
    document = minutes_parser.parse_text(text)
    assert document.meeting_date is not None and document.meeting_date.isoformat() == date


_BILL = (
    "City Hall The Vale City Council Vale, VT 05001\nLegislation Details (With Text)\n"
    "File #: Int 0042-2021 Version: A Name: Dog parks.\nType: Introduction Status: Enacted\n"
    "On agenda: 2/2/2021 Final action: 3/9/2021\nTitle: A Local Law in relation to dog parks.\n"
    "Sponsors: Al Poe, Bo Doe\nDate Ver. Action By Action Result\n2/2/2021 * City Council Referred to Comm by Council\n"
    "2/16/2021 A Committee on Parks Approved by Committee Pass\n"
)


@pytest.mark.parametrize(
    ("row", "body", "date"),
    [
        pytest.param("2/23/2021 A City Council Approved by Council Pass\n", "City Council", "2021-02-23", id="passed"),
        # near miss: the committee's vote is its recommendation; the bill's meeting is then the agenda's
        pytest.param("", None, "2021-02-02", id="committee-only"),
    ],
)
def test_bill_record_page(row: str, body: str | None, date: str) -> None:
    text = _BILL + row + "Int. No. 42-A\nBe it enacted by the Council as follows:\n"
    fields = _fields(text)
    assert fields.kind is DocumentKind.DECISION
    assert fields.title == "A Local Law in relation to dog parks."
    assert fields.body == body
    document = minutes_parser.parse_text(text)
    assert document.meeting_date is not None and document.meeting_date.isoformat() == date


_LEGISTAR = (
    "Monday, March 4, 2024\n6:00 PM\nCity of Oakvale\n12 Main Street\nOakvale, WI 53000\nCouncil Chambers\n"
    "Committee on Public Works\nJane Roe, Chair\nMembers: Al Poe, Bo Doe\n{kind}\n"
    "Jointly with the Committee on Parks and the Committee on Roads\n"
    "Committee on Public Works {kind} March 4, 2024\n1. Call to order\n"
)


@pytest.mark.parametrize(
    ("kind_line", "kind", "title"),
    [
        pytest.param("Agenda - Final", DocumentKind.AGENDA, "Committee on Public Works", id="agenda-final"),
        pytest.param("Agenda - Final Revised", DocumentKind.AGENDA, "Committee on Public Works", id="agenda-revised"),
        pytest.param("Meeting Minutes", DocumentKind.MINUTES, "Committee on Public Works", id="meeting-minutes"),
    ],
)
def test_legislative_system_cover(kind_line: str, kind: DocumentKind, title: str) -> None:
    fields = _fields(_LEGISTAR.format(kind=kind_line))
    assert (fields.kind, fields.title, fields.body) == (kind, title, "Committee on Public Works")


@pytest.mark.parametrize(
    ("line", "agenda"),
    [
        ("Agenda - Final", True),
        ("AGENDA \u2013 FINAL REVISED", True),
        ("Amended Agenda", True),
        ("CL\u00c1R - A G E N D A", True),
        ("Cl\u00e1r / Agenda", True),
        ("Agenda - Item 4", False),
        ("Agenda Item 4", False),
        ("Agenda Final Review", False),
        ("Clár na nOibreacha", False),
    ],
)
def test_agenda_heading_forms(line: str, agenda: bool) -> None:
    from minutes_parser import patterns

    assert (patterns.get("kind_agenda_heading").search(line) is not None) is agenda


@pytest.mark.parametrize(
    ("title", "bare"),
    [
        ("Meeting Minutes", True),
        ("Agenda - Final", True),
        ("MINUTES", True),
        ("Regular Meeting Agenda", False),
        ("Council Meeting", False),
        ("Special Meeting", False),
    ],
)
def test_bare_kind_title(title: str, bare: bool) -> None:
    from minutes_parser import patterns

    assert (patterns.get("bare_kind_title").search(title) is not None) is bare


MINUTES_HEADINGS = [
    pytest.param(
        "Minutes of Elmvale County Council Special Meeting 02.03.2025        Page 1 of 3\n"
        "Minutes of Special Meeting of Full Council held at 3:00 p.m.\nMonday 2 March 2025 in the Chamber\n"
        "Members Present: Councillors A. Bell, C. Dunn\n",
        # "Full Council" is the body as printed (the project's convention; a reader of Irish minutes may take
        # the council the running header names)
        "Minutes of Special Meeting of Full Council", "Full Council", id="full-council-running-header",
    ),
    pytest.param(
        "Comhairle Contae Bhaile Thuaidh\nNorthtown County Council\n"
        "Minutes of the Annual County Council Meeting held on Friday, 5th June, 2026 in\nthe Chamber\n"
        "MEMBERS PRESENT\n",
        "Minutes of the Annual County Council Meeting", "Northtown County Council", id="bilingual-letterhead",
    ),
    pytest.param(
        "MINUTES OF SPECIAL MEETING (HYBRID) OF ELMVALE COUNTY COUNCIL HELD ON\nMONDAY 2ND MARCH 2025\nPRESENT:\n",
        "Minutes of Special Meeting (hybrid) of Elmvale County Council", "Elmvale County Council", id="hybrid",
    ),
    pytest.param(
        "Municipal District Ballyvale\nMinutes of\nMunicipal District of Ballyvale\nAnnual General Meeting\n"
        "held on Wednesday, 10th June 2026 at 3.30 p.m.\nMembers Present: Cllr. A. Bell\n",
        "Annual General Meeting", "Municipal District of Ballyvale", id="municipal-district",
    ),
    pytest.param(
        "ELMVALE PARISH COUNCIL\nMINUTES OF THE ANNUAL PARISH COUNCIL MEETING HELD ON\nTUESDAY, 6 MAY 2025\n"
        "Present: Cllrs A Bell, C Dunn\n",
        "Minutes of the Annual Parish Council Meeting", "Elmvale Parish Council", id="annual-under-letterhead",
    ),
    # what the paper is, above the meeting's name, is no part of the title ("MEETING MINUTE SUMMARY", ": MEETING
    # MINUTES | :"); near miss: "MEETING MINUTES" under the body's name ends its title
    pytest.param(
        "MEETING MINUTE SUMMARY\nELMVALE CANYON PLANNING COMMISSION MEETING\nThursday, October 17, 2024\n"
        "Commissioners present: Ann Bell, Cal Dunn\n",
        "Elmvale Canyon Planning Commission Meeting", "Elmvale Canyon Planning Commission", id="minute-summary-above",
    ),
    pytest.param(
        ": MEETING MINUTES | :\nELMVALE PLANNING COMMISSION MEETING\nTuesday, March 27th, 2024, 3:00 PM .\n"
        "PRESENT: Ann Bell, Chair\n",
        "Elmvale Planning Commission Meeting", "Elmvale Planning Commission", id="meeting-minutes-above",
    ),
    pytest.param(
        "ELMVALE COUNTY COMMISSION\nMEETING MINUTES\nTUESDAY, MARCH 15, 2022\nPRESENT: Commissioner Ann Bell\n",
        "Elmvale County Commission Meeting Minutes", "Elmvale County Commission", id="meeting-minutes-below",
    ),
    # near misses: the same heading naming no kind of meeting keeps the letterhead above it; a sentence
    # under the body's heading keeps the heading; a meeting named by no more than
    # "a Meeting" keeps the letterhead
    pytest.param(
        "ELMVALE PARISH COUNCIL\nMinutes of the Parish Council Meeting held on Tuesday 6 May 2025\n"
        "Present: Cllrs A Bell, C Dunn\n",
        "Elmvale Parish Council", "Elmvale Parish Council", id="plain-under-letterhead",
    ),
    pytest.param(
        "CABINET\nMINUTES of a meeting of the Cabinet held in the Council Chamber on Thursday, 5 March 2025.\n"
        "PRESENT: Mr A Bell (Chair)\n",
        "Cabinet", "Cabinet", id="sentence-under-heading",
    ),
    pytest.param(
        "Elmvale Community Council\nMinutes of a Meeting held on Tuesday 1 October 2019\nat 7.00pm in the Hall\n"
        "Present: A Bell, C Dunn\n",
        "Elmvale Community Council", "Elmvale Community Council", id="a-meeting",
    ),
]


@pytest.mark.parametrize(("text", "title", "body"), MINUTES_HEADINGS)
def test_minutes_heading_title(text: str, title: str, body: str) -> None:
    fields = _fields(text)
    assert (fields.kind, fields.title, fields.body) == (DocumentKind.MINUTES, title, body)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the minutes' opening sentence telling the meeting in the past; near miss: the same in the future, a notice
        pytest.param(
            "ELMVALE CITY COUNCIL\nA Monthly Meeting of Elmvale City Council was held in the Council Chamber, City "
            "Hall, on\nMonday, 28 April, 2014 at 4.00 p.m.\n",
            DocumentKind.MINUTES, id="meeting-was-held",
        ),
        pytest.param(
            "ELMVALE CITY COUNCIL\nA Monthly Meeting of Elmvale City Council will be held in the Council Chamber, "
            "City Hall, on\nMonday, 28 April, 2014 at 4.00 p.m.\n",
            DocumentKind.OTHER, id="near-miss-meeting-will-be-held",
        ),
        pytest.param(
            "Town Commission Meeting\nMarch 5, 2024\nPublic Comment\nMayor Bell: Moving to Public Comment.\n"
            "Town Clerk Dunn calls the first speaker.\nMr. Ash: Thank you, Mr. Mayor.\nMayor Bell: Thank you.\n"
            "Commissioner Roe: I agree with the speaker.\n",
            DocumentKind.MINUTES, id="verbatim-transcript",
        ),
        # who was present and the meeting opened, told in the past, under a notice's heading: a record; near miss:
        # the notice alone, its roll call to come
        pytest.param(
            "NOTICE OF MEETING\nPLANNING COMMISSION\nPublic Notice\nNotice is hereby given that the Planning "
            "Commission will hold a meeting on Tuesday, November 14, 2023.\nPRESENT: Chair Steve Kemp\n"
            "Commissioner Emily Andrus\nChair Kemp opened the meeting.\n",
            DocumentKind.MINUTES, id="minutes-under-a-notice",
        ),
        pytest.param(
            "NOTICE OF MEETING\nPLANNING COMMISSION\nPublic Notice\nNotice is hereby given that the Planning "
            "Commission will hold a meeting on Tuesday, November 14, 2023.\n1. Roll call\n2. Call to order\n",
            DocumentKind.AGENDA, id="the-notice-alone",
        ),
        # an agenda over its own meeting's minutes in one file (the same date under both headings, then a record):
        # the minutes; near miss: an agenda pack enclosing an earlier meeting's minutes for approval
        pytest.param(
            "BLUFFDALE CITY PLANNING COMMISSION\nMEETING AGENDA ***AMENDED***\nWednesday, September 3, 2025\n"
            "1. Roll Call.\n2. Approval of Minutes.\n\nBLUFFDALE CITY PLANNING COMMISSION\nMEETING MINUTES\n"
            "Wednesday, September 3, 2025\nPresent: Debbie Cragun, Chair\nChair Cragun moved to approve the minutes. "
            "Commissioner Griffis seconded the motion. The motion passed unanimously.\nCommissioner Luker moved to "
            "adjourn. Commissioner Swanson seconded the motion. The motion passed unanimously.\nCommissioner Flynn "
            "moved to recess. Commissioner Swanson seconded the motion. The motion passed unanimously.\n",
            DocumentKind.MINUTES, id="agenda-over-its-own-minutes",
        ),
        pytest.param(
            "BLUFFDALE CITY PLANNING COMMISSION\nMEETING AGENDA ***AMENDED***\nWednesday, September 3, 2025\n"
            "1. Roll Call.\n2. Approval of Minutes.\n\nBLUFFDALE CITY PLANNING COMMISSION\nMEETING MINUTES\n"
            "Wednesday, August 20, 2025\nPresent: Debbie Cragun, Chair\nChair Cragun moved to approve the minutes. "
            "Commissioner Griffis seconded the motion. The motion passed unanimously.\nCommissioner Luker moved to "
            "adjourn. Commissioner Swanson seconded the motion. The motion passed unanimously.\nCommissioner Flynn "
            "moved to recess. Commissioner Swanson seconded the motion. The motion passed unanimously.\n",
            DocumentKind.AGENDA, id="agenda-pack-with-earlier-minutes",
        ),
        # near miss: a roster's labels are no speakers' turns
        pytest.param(
            "Town Commission Meeting Agenda\nMarch 5, 2024\nMayor: Jane Bell\nVice Mayor: Al Roe\n"
            "Commissioner: Bo Ash\n1. Call to order\n",
            DocumentKind.AGENDA, id="roster-labels",
        ),
    ],
)
def test_transcript_kind(text: str, kind: DocumentKind) -> None:
    assert _fields(text).kind is kind


def test_agenda_heading_names_its_body() -> None:
    fields = _fields(
        "TOWN COUNCIL AGENDA FOR MARCH 5, 2024\nCOUNCIL CHAMBERS - 2:00 P.M.\nAgenda\nROLL CALL\n1. Prayer.\n"
    )
    assert (fields.kind, fields.title, fields.body) == (DocumentKind.AGENDA, "Town Council Agenda", "Town Council")


# A body the heading names only in part, completed from the document: a bare board from the board's full name the
# document prints most often; a township's minutes naming no body from its letterhead and its "board members".
COMPLETED_BODIES = [
    (
        "Pinecrest Water District\nAGENDA\nREGULAR BOARD MEETING\nMarch 3, 2031\n"
        "The Board of Directors of the Pinecrest Water District meets monthly.\n1. Call to Order\n",
        "Board of Directors",
    ),
    (
        "ELM VALLEY COLLEGE DISTRICT\nBoard Meeting Minutes\nWednesday, April 2, 2031\n"
        "A motion was made that the Board of Trustees approve the calendar.\nThe Board of Trustees adjourned.\n",
        "Board of Trustees",
    ),
    (
        "BOARD OF HARBOR AND PORT\nCOMMISSIONERS\nREGULAR MEETING AGENDA\nTuesday, May 6, 2031\n"
        "Board of Harbor and Port Commissioners\nPresident Ann Ash\n",
        "Board of Harbor and Port Commissioners",
    ),
    (
        "Birchwood Township\n12 Mill Road\nMay 2, 2031 Minutes\nMeeting was called to order at 7:00 pm\n"
        "Roll Call: Board Members Present\nAnn Ash, Supervisor\n",
        "Township Board",
    ),
    (
        "title: Minutes (May, 2031)\ndate: 2031-05-19\ntags:\n- Roads\n\nTown of Lake Ember\nMay 19, 2031\n"
        "The monthly meeting was called to order at 6:30 pm. Board members present were Ann Ash and Bo Birch.\n",
        "Town Board",
    ),
    # near misses: a board named in full by nothing keeps its bare name; a township letterhead without a board
    ("AGENDA\nREGULAR BOARD MEETING\nMarch 3, 2031\nThe board of the district meets monthly.\n", "Board"),
    ("Birchwood Township\nMay 2, 2031 Minutes\nThe meeting was called to order at 7:00 pm.\nAnn Ash spoke.\n", None),
    (
        "Birchwood Township Annual Town Meeting\nMay 2, 2031 Minutes\nBoard members present were Ann Ash.\n",
        None,
    ),
]


@pytest.mark.parametrize(("text", "body"), COMPLETED_BODIES)
def test_completed_body(text: str, body: str | None) -> None:
    assert _fields(text).body == body


@pytest.mark.parametrize(
    "text",
    [
        "title: Minutes (May, 2031)\ndate: 2031-05-19\nsidebar: auto\n\nELM PARISH COUNCIL\nMinutes\n",
        "Venue: Village Hall\nTime: 7pm\n\nELM PARISH COUNCIL\nMinutes\n",  # near miss: labels the page prints
    ],
)
def test_front_matter_is_passed_over(text: str) -> None:
    fields = _fields(text)
    assert fields.body == "Elm Parish Council"
    assert fields.title is None or "May, 2031" not in fields.title


# A staff report's banner saying what it is for ("REPORT FOR ACTION") and a city's wordmark set off by a mark
# ("~TORONTO") stand over the title, no part of it; a memo's "RE:" field gives the title, wrapped onto the lines
# under it up to "KEY ISSUE".  Near misses: the banner with words of its own after it, a one-word title with no mark.
REPORT_TITLES = [
    pytest.param(
        "                                          REPORT FOR ACTION\n~TORONTO\nAward of Tender 12 to Ash Ltd.\n"
        "Date: September 3, 2031\nTo: General Government Committee\nSUMMARY\nThe report awards the tender.\n",
        "Award of Tender 12 to Ash Ltd.",
        id="banner-and-wordmark-over-the-title",
    ),
    pytest.param(
        "                                                        Item 8.8\nSection I - Items for Board of Directors "
        "Action\nTO:          Chair and Members of the Board of Directors\n"
        "FROM:        Ann Ash, Director, Restoration\n"
        "RE:          REQUEST FOR TENDER FOR SUPPLY OF STONE\n             TO THE HEADLAND PROJECT\nKEY ISSUE\n"
        "Award of the tender.\n",
        "Request for Tender for Supply of Stone to the Headland Project",
        id="memo-re-field",
    ),
    pytest.param(
        "REPORT FOR ACTION ON HOUSING\nDate: September 3, 2031\nTo: Housing Committee\nSUMMARY\nThe report.\n",
        "Report for Action on Housing",
        id="near-miss-banner-with-words-after-it",
    ),
    pytest.param(
        "Budget\nDate: September 3, 2031\nTo: Board\nSUMMARY\nThe report.\n",
        "Budget",
        id="near-miss-one-word-title-without-a-mark",
    ),
]


@pytest.mark.parametrize(("text", "title"), REPORT_TITLES)
def test_report_titles(text: str, title: str) -> None:
    assert _fields(text).title == title
