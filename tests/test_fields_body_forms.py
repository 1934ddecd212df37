"""Body and title forms of minutes: the body a minutes sentence names as its subject, the month's meeting and a
time that are no body, an attendance list that is no title.  Invented texts of each form, with near misses."""

from __future__ import annotations

import pytest

import minutes_parser
from minutes_parser import sources, structure
from minutes_parser.extract.context import Context
from minutes_parser.extract.fields import Fields, extract_fields
from minutes_parser.settings import Settings


def _fields(text: str) -> Fields:
    source = sources.read_text(text)
    return extract_fields(Context(source=source, settings=Settings(), structure=structure.analyse(source)))


# text, the body expected, the title expected (None: not checked)
BODY_CASES = [
    # the minutes' own name for themselves over the body's meeting ("MEETING MINUTE SUMMARY"): no part of the body
    pytest.param(
        "MEETING MINUTE SUMMARY\nKEARNS PLANNING COMMISSION MEETING\nMonday, June 3, 2024 5:30 p.m.\n"
        "Commissioner Thomas motioned to approve the agenda.\n",
        "Kearns Planning Commission", None, id="minute-summary-over-the-body",
    ),
    # a legislative agenda's heading: the body, then the authority it serves; a clerk's line under the roster
    # is a person and her post (near miss), no body
    pytest.param(
        "BOARD OF ALDERMEN CITY AND COUNTY OF ELMVILLE AGENDA\nTuesday, March 3, 2031 - 2:00 PM\nRegular Meeting\n"
        "ANN ASH, PRESIDENT\nJane Birch, Clerk of the Board\n",
        "Board of Aldermen", None, id="body-then-its-authority-and-a-clerk-line",
    ),
    # the body, then its county and state after commas; near miss: a room after the comma is no county, the
    # line is not cut there (and, holding more than a body, names none)
    pytest.param(
        "BOARD OF COUNTY COMMISSIONERS, ELM COUNTY, UTAH\nMINUTES OF PUBLIC MEETING\nNovember 17, 2031 - 9:00 A.M.\n"
        "PRESENT: COMMISSIONER ANN ASH, CHAIR\n",
        "Board of County Commissioners", None, id="body-then-its-county-and-state",
    ),
    pytest.param(
        "BOARD OF COUNTY COMMISSIONERS, ELM VALLEY ROOM\nMINUTES OF PUBLIC MEETING\nNovember 17, 2031 - 9:00 A.M.\n",
        None, None, id="body-comma-room-no-county",
    ),
    # the body as the minutes sentence's subject, where no heading names it
    pytest.param(
        "3 March 2021 Elm and Ash Community Council held their meeting via Zoom at 7pm.\nPRESENT\n"
        "Councillors Ann Lee, Tom Roe\n1. Apologies\n",
        "Elm and Ash Community Council", "Elm and Ash Community Council", id="subject-held-their-meeting",
    ),
    pytest.param(
        "The Parish Council held its Annual Meeting on 3 May 2024.\nPresent: Cllr A Lee\nApologies: none\n",
        "Parish Council", None, id="subject-held-its-meeting",
    ),
    # the body that met, its state after a comma, under a form's "DATE" heading cells (a label alone, no title);
    # near miss: a council meeting an applicant (no state, no comma)
    pytest.param(
        "DATE\n\nTUESDAY\n\nAPRIL\n\n12, 2031\n\nTHE ELM CANYON METRO TOWNSHIP COUNCIL, STATE OF UTAH,\nMET "
        "ELECTRONICALLY ON TUESDAY, APRIL 12, 2031, AT THE HOUR OF 7:00 P.M.\nCOUNCIL MEMBERS PRESENT:\nANN ASH\n",
        "Elm Canyon Metro Township Council", "Elm Canyon Metro Township Council", id="body-state-of-met",
    ),
    # a city's redevelopment agency, its council sitting as its board, named in the minutes' heading
    pytest.param(
        "MINUTES OF THE CITY OF ELM VALE REDEVELOPMENT AGENCY MEETING\nHELD JUNE 14, 2031\nPresent: Chair Ann Lee\n",
        "City of Elm Vale Redevelopment Agency", "Minutes of the City of Elm Vale Redevelopment Agency Meeting",
        id="redevelopment-agency-heading",
    ),
    pytest.param(
        "MINUTES\nThe Elm Council met the applicant on site.\nPresent: Cllr A Lee\n",
        None, None, id="council-met-an-applicant",
    ),
    # the body that met "in regular session", under a heading that names the meeting's kind and not the body (a
    # US city's council without its city, as the parser writes it); near miss: a council meeting in a room
    pytest.param(
        "MINUTES OF COUNCIL REGULAR MEETING JUNE 20, 2031\n\nTHE ELM VALE CITY COUNCIL MET IN REGULAR ELECTRONIC "
        "SESSION ON\nTUESDAY, JUNE 20, 2031 AT 6:30 P.M.\n\nPresent: Mayor Ann Lee\n",
        "City Council", None, id="body-met-in-session",
    ),
    pytest.param(
        "MINUTES\nThe Elm Parish Council met in the library.\nPresent: Cllr A Lee\n",
        None, None, id="council-met-in-a-room",
    ),
    # a council named by its kind alone in the heading, in full with its place in the minutes' text; near
    # misses: another kind of council mentioned more often keeps out, and none in full leaves the kind
    pytest.param(
        "MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON 14TH JANUARY 2031\nPresent: Cllr A Lee\n"
        "1. Precept\nElm Vale Parish Council has set its precept. Cotswold District Council and Cotswold District "
        "Council were told.\n",
        "Elm Vale Parish Council", None, id="generic-kind-named-in-full-later",
    ),
    pytest.param(
        "MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON 14TH JANUARY 2031\nPresent: Cllr A Lee\n"
        "1. Precept\nCotswold District Council has set its precept.\n",
        "Parish Council", None, id="near-miss-another-kind-of-council",
    ),
    # near miss: a lower-case clause before "the Council held" is no body's name
    pytest.param(
        "Residents said the Council held a public meeting in June.\nMinutes\nPresent: Cllr A Lee\n",
        None, None, id="not-a-subject",
    ),
    # a heading naming the body wins over the sentence
    pytest.param(
        "ELM & ASH COMMUNITY COUNCIL\nMEETING 9 OCTOBER 2019\nElm and Ash Community Council held their meeting at "
        "7.30pm.\nPresent: Cllr A Lee\n",
        "Elm & Ash Community Council", None, id="heading-wins",
    ),
    # a meeting of the proceedings' body, in capitals
    pytest.param(
        "County Council\nMINUTES OF PROCEEDINGS OF THE JUNE MEETING OF ELMFORD MUNICIPAL DISTRICT HELD IN THE\n"
        "CHAMBER AT 12.30 PM ON 25th JUNE 2026\nPresent\n",
        "Elmford Municipal District", None, id="proceedings-of-meeting-of",
    ),
    # near miss: the month's meeting whose minutes are confirmed is no body
    pytest.param(
        "Minutes\nPresent: Cllr A Lee\n1. It was resolved that the minutes of the May Meeting held on 21st May\n"
        "be adopted.\n",
        None, None, id="month-meeting",
    ),
    # near miss: a time after "meeting:" is no body
    pytest.param(
        "MINUTES\nIn attendance for part of\nmeeting:\n3:30pm\nCllr A Lee\n",
        None, None, id="time-after-meeting-label",
    ),
    # the council written as the committee's owner: the committee is the body
    pytest.param(
        "Minutes of the Meeting of Elmford City and County Council’s Parks and Leisure Strategic Policy\n"
        "Committee held on 3rd May at 2 p.m. in the Council Chamber.\nMembers Present: Cllr Ann Lee\n",
        "Parks and Leisure Strategic Policy Committee", None, id="owner-council-possessive",
    ),
    # what a special meeting was called for is no part of its body's name
    pytest.param(
        "MINUTES OF THE SPECIAL MEETING OF ELMFORD COUNTY COUNCIL TO\nCONSIDER THE DRAFT ROADS PROGRAMME\n"
        "HELD IN THE COUNCIL CHAMBER ON MONDAY, 3rd APRIL 2017\nPRESENT\n",
        "Elmford County Council", None, id="purpose-after-body",
    ),
    # near miss: "to" with no verb of a meeting's business after it stays
    pytest.param(
        "MINUTES OF THE MEETING OF THE ADVISORY COMMITTEE TO THE ELMFORD BOARD HELD ON 3 MAY 2024\nPresent\n",
        "Advisory Committee to the Elmford Board", None, id="to-without-purpose",
    ),
    # a heading over two lines, the owner above and the body's own name below
    pytest.param(
        "ELMFORD BOROUGH COUNCIL PENSION FUND\nPENSIONS ADVISORY PANEL\nDate: 21st April 2015\n"
        "Attendees: Ann Lee; Tom Roe\n",
        "Pensions Advisory Panel", None, id="owner-line-above-body-line",
    ),
    # near miss: a name broken before its last word is one name
    pytest.param(
        "ELMFORD VALE COMMUNITY\nCOUNCIL\nDate: 21st April 2015\nPresent: Cllr Ann Lee\n",
        "Elmford Vale Community Council", None, id="name-broken-before-last-word",
    ),
    # a dated heading before the body's name
    pytest.param(
        "November 16, 2021 Meeting Jan 11, 2022 - ELMFORD COUNTY COMMITTEE ON SCHOOL DISTRICT ORGANIZATION\n"
        "Tuesday, January 11, 2022\nThe Elmford County Committee will meet.\n",
        "Elmford County Committee on School District Organization", None, id="dated-heading-before-body",
    ),
    # near miss: a dash inside a heading with no date or meeting before it
    pytest.param(
        "Planning - Committee\nMinutes of the meeting held 3 May 2024\nPresent: Cllr Ann Lee\n",
        "Planning - Committee", None, id="dash-without-date",
    ),
    # a year before the meeting's kind, and a general meeting's kind, are no part of the body
    pytest.param(
        "Minutes of 2025 Annual General Meeting of Elm County Council\nHeld in the Chamber on Friday 27th June "
        "2025.\nPresent\n",
        "Elm County Council", "Minutes of 2025 Annual General Meeting of Elm County Council", id="year-and-agm",
    ),
    # near miss: "General" that names a committee's remit stays
    pytest.param(
        "Minutes of the General Purposes Committee\nHeld on 3 May 2024\nPresent: Cllr A Lee\n",
        "General Purposes Committee", None, id="general-purposes-committee",
    ),
    # a saved web page: the browser's title and the skip link above the page's own heading
    pytest.param(
        "Minutes of the Annual Meeting | Elm Council\nSkip to main content\nMinutes of the Annual Meeting of Elm "
        "Parish Council\nHeld on 3 May 2024\n",
        "Elm Parish Council", "Minutes of the Annual Meeting of Elm Parish Council", id="skip-link-front-matter",
    ),
    # near miss: a line that says "skip to" in a sentence is no skip link
    pytest.param(
        "Minutes of the Annual Meeting of Elm Parish Council\nWe skip to the main content of the report.\n"
        "Held on 3 May 2024\n",
        "Elm Parish Council", None, id="skip-in-a-sentence",
    ),
    # a committee with its acronym after it, in a minutes heading
    pytest.param(
        "MINUTES OF PARKS STRATEGIC POLICY COMMITTEE (SPC)\nMeeting held on Tuesday 4th March 2025 in the "
        "Chamber\nAttendance:\nCllr Ann Lee (Chair)\n",
        "Parks Strategic Policy Committee (SPC)", None, id="acronym-after-committee",
    ),
    # a US district's board named after "<Kind> of <Place>" and the meeting's kind; near miss: a planning
    # commission keeps its "Planning"
    pytest.param(
        "January 16, 2031 Minutes\nPort of Elmsea Regular Commission Meeting\n\nCALL TO ORDER\n",
        "Commission", None, id="port-district-commission",
    ),
    pytest.param(
        "January 16, 2031 Minutes\nCity of Elmton Planning Commission Meeting\n\nCALL TO ORDER\n",
        "City of Elmton Planning Commission", None, id="near-miss-city-planning-commission",
    ),
    # the body, then a dash or a colon and the meeting; near miss: a dash before words that name no meeting
    pytest.param(
        "Elmton City Council \u2014Regular City Council Meeting Minutes\nMonday, August 5th, 2031; 6:00 pm\n"
        "CALL TO ORDER\n",
        "City Council", None, id="body-dash-regular-meeting",
    ),
    pytest.param(
        "ELMTON CITY COUNCIL AGENDA: Regular Meeting of 8-5-31 Page 1 of 2\nCALL TO ORDER\n",
        "Elmton City Council", None, id="body-agenda-colon-meeting",
    ),
    pytest.param(
        "Budget \u2013 Review of spending\nMonday, August 5th, 2031\nCALL TO ORDER\n",
        None, None, id="near-miss-dash-before-no-meeting",
    ),
    # a council's committee after the council and a dash (the text layer's U+2010 hyphen too): the committee meets
    pytest.param(
        "NOTICE AND AGENDA\nELMTON CITY COUNCIL \u2010 Public Works Committee Meeting\n2:30 PM, Wednesday, August 6, "
        "2031\n1. Call to Order.\n",
        "Public Works Committee", None, id="council-dash-committee-meeting",
    ),
]


@pytest.mark.parametrize(("text", "body", "title"), BODY_CASES)
def test_body_forms(text: str, body: str | None, title: str | None) -> None:
    f = _fields(text)
    assert f.body == body
    if title is not None:
        assert f.title == title


@pytest.mark.parametrize(
    "text",
    [
        "11 May 2020 The meeting was held via Zoom.\nPRESENT\nCouncillors Ann Lee, Tom Roe\n",
        "Present:\nAlan Reid - Chair\nPaula Dunn - Treasurer\nMinutes\n",
        "Apologies for absence:\nCllr Ann Lee\n",
    ],
)
def test_attendance_list_is_no_title(text: str) -> None:
    title = _fields(text).title or ""
    assert not title.lower().startswith(("present", "apologies")), title


# a minutes or agenda heading under the authority's letterhead: the title is the meeting's line
LETTERHEAD_TITLES = [
    pytest.param(
        "ELMWOOD WATER DISTRICT\nBOARD MEETING AGENDA\n12 Oak Road\nJuly 16, 2025\n6:30 p.m.\n1. Call to order\n",
        "Board Meeting Agenda", id="district-over-agenda",
    ),
    pytest.param(
        "ASHFORD COMMUNITY COUNCIL\nANNUAL GENERAL MEETING\nMinutes of the Annual General Meeting of the above"
        " Council held in\nthe Hall on Monday 20th May 2019 at 6.30pm.\nPresent: Cllrs Lee, Roe\n",
        "Annual General Meeting", id="community-council-over-agm",
    ),
    pytest.param(
        "Elm Bay Township\nBudget Hearing Minutes\nWednesday, November 9, 2022\n3:00 P.M.\nCall to order\n",
        "Budget Hearing Minutes", id="township-over-hearing",
    ),
    pytest.param(
        "Regular Meeting of the Board of Trustees\nAshford Community College District\nThursday, September 26, 2019\n"
        "1:30 p.m.\n",
        "Regular Meeting of the Board of Trustees", id="district-under-meeting",
    ),
    # near misses: the authority's name inside the meeting's own line stays; a letterhead over a bare kind stays
    pytest.param(
        "State of Illinois\nElm Township\nELM TOWNSHIP ANNUAL TOWN HALL MEETING\nTuesday April 9, 2024\n",
        "Elm Township Annual Town Hall Meeting", id="one-line-title",
    ),
    pytest.param(
        "ELMWOOD PARISH COUNCIL\nMINUTES\n3 March 2024\nPresent: Cllr A Lee\n",
        None, id="letterhead-over-bare-kind",
    ),
    pytest.param(
        "CITY OF ELM BAY\nCITY COUNCIL MEETING MINUTES\nMarch 5, 2024\n",
        "City of Elm Bay City Council Meeting Minutes", id="city-of-kept",
    ),
    pytest.param(
        "ASHFORD COMMUNITY COUNCIL\nANNUAL GENERAL MEETING\nTo the Chairman and Members of the Council\n"
        "You are summoned to attend the annual meeting of the Council on Monday 20th May 2019.\n",
        "Ashford Community Council Annual General Meeting", id="summons-kept",
    ),
]


@pytest.mark.parametrize(("text", "title"), LETTERHEAD_TITLES)
def test_letterhead_is_no_part_of_title(text: str, title: str | None) -> None:
    got = _fields(text).title
    if title is None:
        assert got is None or "parish council" in got.lower(), got
    else:
        assert got == title


def test_an_agendas_posting_notice_dates_no_meeting() -> None:
    """The notice over an agenda of the day it was posted gives way to the meeting's own date under the heading;
    near miss: with no posting word, the first date in the head is the meeting's."""
    notice = (
        "THIS AGENDA WAS POSTED ON THE BULLETIN BOARD IN FRONT OF CITY HALL BY 5:00 PM\nON THE 10th DAY OF MAY 2031,"
        " IN ACCORDANCE WITH GOVERNMENT CODE.\nAGENDA of the\nCITY COUNCIL\nCITY OF ELMTON\n6:30 PM TUESDAY\n"
        "MAY 14, 2031\nREGULAR MEETING\n1. CONSENT CALENDAR:\nA. Approve minutes.\n"
    )
    assert str(minutes_parser.parse_text(notice).meeting_date) == "2031-05-14"
    plain = notice.replace("WAS POSTED ON THE BULLETIN BOARD", "IS FOR THE MEETING")
    assert str(minutes_parser.parse_text(plain).meeting_date) == "2031-05-10"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the meeting's agenda, then its minutes in the same file, their heading dated the meeting's day
        (
            "ELM CITY COUNCIL\nBOARD OF CANVASSERS MEETING AGENDA\nTuesday, September 19, 2031\n1. Roll Call.\n"
            "2. Canvass of the election.\n3. Adjournment\nPOSTED this 15th day of September, 2031.\n"
            "ELM CITY COUNCIL\nBOARD OF CANVASSERS\nMEETING MINUTES\nTuesday, September 19, 2031\nPresent: Ann Lee\n"
            "Council Member Aston moved to approve Resolution 2031-47. The motion passed unanimously.\n",
            "minutes",
        ),
        # near miss: an agenda packet enclosing an earlier meeting's minutes, dated their own day
        (
            "ELM CITY COUNCIL\nREGULAR MEETING AGENDA\nTuesday, September 19, 2031\n1. Roll Call.\n"
            "2. Approval of Minutes\n3. Adjournment\nELM CITY COUNCIL\nMEETING MINUTES\nTuesday, September 5, 2031\n"
            "Present: Ann Lee\nCouncil Member Aston moved to approve the plan. The motion passed unanimously.\n",
            "agenda",
        ),
    ],
)
def test_minutes_after_their_agenda(text: str, kind: str) -> None:
    assert minutes_parser.parse_text(text).kind.value == kind
