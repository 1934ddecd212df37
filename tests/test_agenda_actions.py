"""An agenda's entries worded as actions are its recommendations (extract/items/agenda.py).

Each case is an invented agenda; the negatives beside the positives are the near misses the rule
names: noun titles, headings in capitals, the agenda's own approval, discussion items, the same
wording in minutes, a section that prints its own recommendation, a lone entry.
"""

from __future__ import annotations

import pytest

import minutes_parser as mp
from minutes_parser.text import normalise_space

HEAD = "AGENDA\nREGULAR BOARD MEETING\nMarch 3, 2025\n\n"

CASES = [
    pytest.param(
        "Consent Calendar:\n1. Approve the minutes of the meeting of February 3, 2025.\n"
        "2. Accept and File the Treasurer's Report for January 2025\n",
        [("1.", "Approve the minutes of the meeting of February 3, 2025."),
         ("2.", "Accept and File the Treasurer's Report for January 2025")],
        id="imperative consent entries",
    ),
    pytest.param(
        "3. Approving Amendment No. 2 to the agreement with Rivera Paving, LLC for\nstreet repairs.\n"
        "4. Authorizing the Finance Director to draw checks for the week of March 3.\n",
        [("3.", "Approving Amendment No. 2 to the agreement with Rivera Paving, LLC for street repairs."),
         ("4.", "Authorizing the Finance Director to draw checks for the week of March 3.")],
        id="gerund entries, wrapped line joined",
    ),
    pytest.param(
        "5. Authorize the General Manager to award a contract to Delta Pumps, Inc.\nPresenter: Lee Wong\n"
        "6. Adopt the 2025 Water Shortage Plan. (Kim Park)\n",
        [("5.", "Authorize the General Manager to award a contract to Delta Pumps, Inc."),
         ("6.", "Adopt the 2025 Water Shortage Plan. (Kim Park)")],
        id="presenter line ends the entry",
    ),
    # a proposed resolution's number before the action labels it, the action imperative or infinitive, a
    # contract entered into; near miss: a numbered resolution that names no action (an honour) is no item
    pytest.param(
        "A. RESOLUTION (2031-37) Accept the Safe Routes to School grant of $14,429.00.\n"
        "B. RESOLUTION (2031-40) Enter into a Memorandum of Understanding with Elm Hospital.\n"
        "C. RESOLUTION (2031-21) To grant a variance for the sewer at 12 Oak Road.\n"
        "D. RESOLUTION (2031-41) of the Board honoring Dr. Ann Ash.\n",
        [("2031-37", "Accept the Safe Routes to School grant of $14,429.00."),
         ("2031-40", "Enter into a Memorandum of Understanding with Elm Hospital."),
         ("2031-21", "To grant a variance for the sewer at 12 Oak Road.")],
        id="resolution numbers before the actions",
    ),
    # an entry titled by whom it is recommended: the words under it, labelled by its number; near miss: a
    # sentence saying who recommended something (a stop at its end) takes nothing
    pytest.param(
        "L. Items for Approval\n1. Recommended by Corporate Services\nApproval of Amendment No. 1 to Contract No. 018"
        " with Elm Steel, Inc.\nDetermine item is exempt under CEQA.\n2. Recommended by Water System\n"
        "Approval of Agreement No. 47 with Ash LLC.\n3. Recommended by staff for discussion at a later meeting.\n"
        "Nothing is to be decided.\n",
        [("1.", "Approval of Amendment No. 1 to Contract No. 018 with Elm Steel, Inc. Determine item is exempt under "
                "CEQA."),
         ("2.", "Approval of Agreement No. 47 with Ash LLC.")],
        id="recommended by a department over the words",
    ),
    pytest.param(
        "1. Approval of Educational Grants and Gifts\n2. Acceptance of the audit report\n", [],
        id="near miss: noun titles",
    ),
    pytest.param(
        "1. APPROVING CONSENT AGENDA items 3 through 9\n2. APPROVING the order of business\n", [],
        id="near miss: headings in capitals",
    ),
    pytest.param(
        "1. Approve the Agenda.\n2. Approve the consent agenda as presented.\n", [],
        id="near miss: the agenda's own approval",
    ),
    pytest.param(
        "1. Discussion and possible action on the well project\n2. Update on the park project\n", [],
        id="near miss: discussion items",
    ),
    pytest.param(
        "1. Approve the paving contract.\n", [],
        id="near miss: a lone entry is no calendar of actions",
    ),
    pytest.param(
        "a Variance may be granted if the Planning Commission makes the following findings:\n1. There are special "
        "circumstances applicable to the property.\n2. Granting the variance is necessary for the preservation of "
        "property rights.\n3. Granting the variance does not result in special privileges.\n4. Granting the "
        "variance will not be detrimental to the vicinity.\n", [],
        id="near miss: a gerund that is its sentence's subject, a finding",
    ),
    pytest.param(
        "1. Approving the contract which is due to expire in May.\n2. Granting the licence which was requested.\n",
        [("1.", "Approving the contract which is due to expire in May."),
         ("2.", "Granting the licence which was requested.")],
        id="gerund entries with a relative clause",
    ),
    pytest.param(
        "1. Approve the paving contract with Rivera Paving.\nRecommendation: Approve the contract for $40,000.\n"
        "2. Approve the mowing contract with Green Co.\n3. Approve the snow contract with Plow Co.\n",
        [("Recommendation", "Approve the contract for $40,000."),
         ("2.", "Approve the mowing contract with Green Co."),
         ("3.", "Approve the snow contract with Plow Co.")],
        id="near miss: a section with its own recommendation keeps that one",
    ),
    pytest.param(
        "1. PUBLIC SAFETY COMMITTEE REPORT - Authorize the City Manager to\npurchase a new patrol vehicle.\n"
        "2. ARTERIAL SYSTEM FINANCING PROGRAM ANNUAL REVIEW - City\nCouncil to receive and file this report.\n"
        "3. AWARD OF CONTRACT FOR STREET SIGN\nREPLACEMENT PROJECT \u2013 Approve the contract with Loftin Co.\n"
        "4. INTRODUCTION OF ORDINANCE 299-23 - Ordinance No. 299-23, titled \u2018An\nOrdinance\u2019, be "
        "introduced by title only.\n"
        "5. CLOSED SESSION - Conference with Legal Counsel\n"
        "6. PUBLIC COMMENT - Members of the public may address the Council.\n"
        "7. Public Hearing - Approve the budget.\n",
        [("1.", "Authorize the City Manager to purchase a new patrol vehicle."),
         ("2.", "City Council to receive and file this report."),
         ("3.", "Approve the contract with Loftin Co."),
         ("4.", "Ordinance No. 299-23, titled \u2018An Ordinance\u2019, be introduced by title only.")],
        id="a title in capitals, a spaced dash and the action (the title wrapped); near misses: no action "
        "after the dash, a title in ordinary case",
    ),
]


# An agenda's proposed actions printed with the verb in capitals and no "Recommendation" heading;
# a preamble in capitals ending in a colon holds its lettered entries; the item's number printed in
# a side column (read after the words, or in the middle of them) is its label.
CAPITALS = [
    pytest.param(
        "SUBJECT: STREET REPORT\nRECEIVE AND FILE the quarterly street repair report.\n12. 2031-0101\n"
        "SUBJECT: DEPOT LEASE\nAUTHORIZE the General Manager to execute a five-year lease\n"
        "of the north depot to Acme Freight.\n13. 2031-0102\n",
        [
            ("12.", "RECEIVE AND FILE the quarterly street repair report.", []),
            (
                "13.",
                "AUTHORIZE the General Manager to execute a five-year lease of the north depot to Acme Freight.",
                [],
            ),
        ],
        id="capital verbs then mixed case",
    ),
    pytest.param(
        "SUBJECT: PANEL\nAPPROVE:\nA. Ann Lee, the nominee for a retired judge;\n"
        "B. Bo Chan, the nominee for an engineer with at least ten\n(10) years of practice; and\n"
        "14. 2031-0103\nC. Cy Moss, the nominee for an architect.\nAttachment A - Panel Rules\n"
        "SUBJECT: BUDGET\nADOPT the 2032 budget.\n15. 2031-0104\n",
        [
            (
                "14.",
                "APPROVE:",
                [
                    ("A.", "Ann Lee, the nominee for a retired judge;"),
                    ("B.", "Bo Chan, the nominee for an engineer with at least ten (10) years of practice; and"),
                    ("C.", "Cy Moss, the nominee for an architect."),
                ],
            ),
            ("15.", "ADOPT the 2032 budget.", []),
        ],
        id="capital preamble with lettered entries, a bracketed number wrapped",
    ),
    pytest.param(
        "RECEIVE AND FILE ITEMS\nAPPROVE Consent Calendar Items 3 and 4.\nCONSIDER:\nSUBJECT: NEXT\n"
        "ADOPT\nAdopt the minutes.\n",
        [],
        id="near miss: headings in capitals, the consent calendar, a preamble without entries",
    ),
]


@pytest.mark.parametrize(("body", "expected"), CAPITALS)
def test_agenda_actions_in_capitals(body: str, expected: list[tuple[str, str, list[tuple[str, str]]]]) -> None:
    document = mp.parse_text(HEAD + body)
    got = [
        (item.label, item.text, [(child.label, child.text) for child in item.children])
        for item in document.recommendations
    ]
    assert got == expected
    for item in document.items():
        assert normalise_space(document.text[item.span.start : item.span.end]) == item.text


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_agenda_action_entries(body: str, expected: list[tuple[str, str]]) -> None:
    document = mp.parse_text(HEAD + body)
    assert document.kind == mp.DocumentKind.AGENDA
    got = [(item.label or "", item.text) for item in document.recommendations]
    assert [text for _, text in got] == [text for _, text in expected], got
    for (label, _), (want, _) in zip(got, expected, strict=True):
        if want != "Recommendation":
            assert label == want
    for item in document.recommendations:
        assert normalise_space(document.text[item.span.start : item.span.end]) == item.text


def test_the_same_wording_in_minutes_is_no_recommendation() -> None:
    document = mp.parse_text(
        "MINUTES OF THE REGULAR BOARD MEETING\nMarch 3, 2025\n\n"
        "1. Approve the minutes of the meeting of February 3, 2025.\n2. Accept and File the Treasurer's Report\n"
    )
    assert document.kind == mp.DocumentKind.MINUTES
    assert document.recommendations == ()


# Minutes' dispositions printed on "Action:" lines (extract/items/action_lines.py), with near misses.
ACTION_CASES = [
    pytest.param(
        "1. Debt Policy\nRecommendation: Approve the amendments to the Debt Policy.\n"
        "Action: Adopted the Debt Policy.\n2. Audit Report\nBoard Action: Received and filed\nthe audit report.\n",
        [("1.", "Adopted the Debt Policy."), ("2.", "Received and filed the audit report.")],
        id="action and board action lines, wrapped",
    ),
    pytest.param("3. Parks Plan\nDisposition: Approved as submitted.\n", [("3.", "Approved as submitted.")],
                 id="disposition line"),
    pytest.param("1. Retirement\nAction: None, item to be voted on after closed session.\n", [],
                 id="near miss: nothing decided"),
    pytest.param("1. Recruitment\nAction: Ask the clerk for the figures (PB)\n", [],
                 id="near miss: an action point's task"),
    pytest.param("1. Budget\nRecommended Action: Approve the budget.\n", [], id="near miss: a proposal"),
]


@pytest.mark.parametrize(("body", "expected"), ACTION_CASES)
def test_action_lines_in_minutes(body: str, expected: list[tuple[str, str]]) -> None:
    document = mp.parse_text("MINUTES OF THE REGULAR BOARD MEETING\nMarch 3, 2025\n\n" + body)
    got = [(item.label, item.text) for item in document.resolutions]
    assert got == expected
    for item in document.resolutions:
        assert normalise_space(document.text[item.span.start : item.span.end]) == item.text


# An agenda packet encloses the last meeting's minutes: their past-tense dispositions are decisions, printed
# after "Action:" or on a line of their own under the movers ("Passed Motion No. 2031-08 adopting ..."); an
# agenda's own "Action: Approve ..." is what is asked, and a motion recommending to the council decides nothing.
PACKET_CASES = [
    pytest.param(
        "1. Debt Policy\nAction: Adopted the Debt Policy.\n2. Approve the budget.\n",
        [("1.", "Adopted the Debt Policy.")],
        id="an enclosed minute's action line",
    ),
    pytest.param(
        "2. Minutes Approval\nAction: 1) Passed Motion No. 065-2031 approving the Regular Minutes for May 4,\n"
        "2031.\nContact: Ann Ash, City Clerk\n",
        [("2.", "1) Passed Motion No. 065-2031 approving the Regular Minutes for May 4, 2031.")],
        id="the action's own number kept",
    ),
    pytest.param(
        "Consent Items\n1. Action: Moved/Seconded: Commissioner Eller/Vice-Chair Pamma\n"
        "Ayes: Commissioner Eller, Stewart, and Vice-Chair Pamma\nPassed Motion No. 2031-08 adopting the Consent "
        "Calendar\nPublic Hearing\n2. 9727 Savoy Way Minor Use Permit\nAction: Moved/Seconded: Commissioner Eller/"
        "Vice-Chair Pamma\nAdopted Planning Commission Resolution No. 2031-01 approving a Minor Use Permit.\n",
        [
            ("1.", "Passed Motion No. 2031-08 adopting the Consent Calendar"),
            ("2.", "Adopted Planning Commission Resolution No. 2031-01 approving a Minor Use Permit."),
        ],
        id="a numbered motion or resolution passed, under the movers; the next heading not its words",
    ),
    pytest.param(
        "3. Sign Ordinance\nAction: Moved/Seconded: Commissioner Eller/Vice-Chair Pamma\nPassed Motion No. 2031-09 "
        "recommending Council adoption of the draft Ordinance.\n4. Budget\nAction: Approve the budget.\n",
        [],
        id="near misses: a recommendation to the council, an agenda's imperative",
    ),
]


@pytest.mark.parametrize(("body", "expected"), PACKET_CASES)
def test_action_lines_in_an_agenda_packet(body: str, expected: list[tuple[str, str]]) -> None:
    document = mp.parse_text(HEAD + body)
    assert document.kind == mp.DocumentKind.AGENDA
    assert [(item.label, item.text) for item in document.resolutions] == expected
    for item in document.resolutions:
        assert normalise_space(document.text[item.span.start : item.span.end]) == item.text


# A legislative agenda's committee recommendations (extract/items/agenda.py `committee_recommendations`):
# each item under "Recommendation(s) of the ... Committee" is one, labelled by its item number, its words
# the legislation's description; near misses: the items "Referred Without Recommendation", and those
# after a heading in capitals ends the section.
LEGISLATIVE = (
    "BOARD OF ALDERMEN AGENDA\nTuesday, March 3, 2031\nREGULAR AGENDA\n"
    "Recommendation of the Budget and Finance Committee\nPresent: Aldermen Ash, Birch\n"
    "1. 310946 [Appropriation - Harbour Bonds - $5,000]\nSponsors: Mayor; Ash\n"
    "Ordinance appropriating $5,000 from the Harbour Bonds to the Housing Office in\n"
    "Fiscal Year 2031. (Housing Office)\n(Fiscal Impact)\n2/24/2031; PASSED ON FIRST READING.\n"
    "Question: Shall this Ordinance be FINALLY PASSED?\n"
    "2. 310210 [Lease - Pier 9] Sponsor: Birch Resolution approving a lease of Pier 9 to the Ferry Company.\n"
    "Question: Shall this Resolution be ADOPTED?\n"
    "Referred Without Recommendation From the Land Use Committee\nPresent: Aldermen Cedar, Dunn\n"
    "3. 310682 [Planning Code - Harbour District]\nOrdinance amending the Planning Code for the Harbour District.\n"
    "Question: Shall this Ordinance be FINALLY PASSED?\n"
    "Recommendations of the Rules Committee\n"
    "4. 311022 [Appointment - Arts Commission - Eve Frost]\nMotion appointing Eve Frost to the Arts Commission.\n"
    "Question: Shall this Motion be APPROVED?\n"
    "NEW BUSINESS\n5. 311084 [Supporting the Harbour Festival]\nResolution supporting the Harbour Festival.\n"
)


def test_committee_recommendations_in_a_legislative_agenda() -> None:
    document = mp.parse_text(LEGISLATIVE)
    assert document.kind == mp.DocumentKind.AGENDA
    assert [(item.label, item.text) for item in document.recommendations] == [
        ("1.", "Ordinance appropriating $5,000 from the Harbour Bonds to the Housing Office in Fiscal Year 2031."),
        ("2.", "Resolution approving a lease of Pier 9 to the Ferry Company."),
        ("4.", "Motion appointing Eve Frost to the Arts Commission."),
    ]
    for item in document.recommendations:
        assert normalise_space(document.text[item.span.start : item.span.end]) == item.text
