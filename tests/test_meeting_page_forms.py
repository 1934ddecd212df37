"""Forms read from councils' meeting pages and minutes first seen in round 47 of the real corpus, as tables of
small invented documents, each positive beside its near miss: a meeting system's "Agenda and minutes" page, a
decision page's numbered clauses under "carried", a decision over a list of the things it acts on, a quoted
decision with a quotation inside it, and parish minutes' movers joined to their assent by "and".
"""

from __future__ import annotations

from typing import Any

import pytest

from minutes_parser import parse_text
from minutes_parser.records import DocumentKind
from minutes_parser.text import normalise_space

MEETING_PAGE = (
    "Borders Council\n\n{heading}\n\nVenue: via MS Teams\n\nItems\nNo. Item\n\n1.\n\nMinute\n\n"
    "Consider Minute of Meeting held on 27 May 2031.\n\n{label}\n\nCopies of the Minute had been circulated.\n\n"
    "DECISION\n\nAPPROVED the Minute.\n"
)

KINDS = [
    pytest.param(
        MEETING_PAGE.format(heading="Agenda and draft minutes", label="Minutes:"),
        DocumentKind.MINUTES,
        ["APPROVED the Minute."],
        id="agenda-and-minutes-page-with-each-items-minutes",
    ),
    pytest.param(
        MEETING_PAGE.format(heading="Agenda, decisions and minutes", label="Minutes:"),
        DocumentKind.MINUTES,
        ["APPROVED the Minute."],
        id="agenda-decisions-and-minutes-page",
    ),
    # near miss: the page of a meeting still to come names no minutes under its items
    pytest.param(
        MEETING_PAGE.format(heading="Agenda and minutes", label="Additional documents:"),
        DocumentKind.AGENDA,
        None,
        id="near-miss-agenda-and-minutes-page-without-minutes",
    ),
    pytest.param(
        MEETING_PAGE.format(heading="Agenda and reports", label="Minutes:"),
        DocumentKind.AGENDA,
        None,
        id="near-miss-agenda-and-reports",
    ),
]


@pytest.mark.parametrize(("text", "kind", "resolutions"), KINDS)
def test_meeting_page_kind(text: str, kind: DocumentKind, resolutions: list[str] | None) -> None:
    doc = parse_text(text)
    assert doc.kind is kind
    if resolutions is not None:
        assert [r.text for r in doc.resolutions] == resolutions


RECOMMENDATIONS = [
    pytest.param(
        "Agenda\n\n5. Dates of meetings\n\nThe Council is invited to agree the dates of meetings for 2031/32.\n",
        ["The Council is invited to agree the dates of meetings for 2031/32."],
        id="invited-to-agree",
    ),
    # near miss: a ceremony the chair calls for is no recommendation
    pytest.param(
        "Agenda\n\n6. Former Councillor Ann Ash\n\nThe Council is invited to stand for a minute's silence in "
        "tribute to the memory of former Councillor Ann Ash.\n",
        [],
        id="near-miss-invited-to-stand-for-a-minutes-silence",
    ),
    pytest.param(
        "Agenda\n\n6. Remembrance\n\nMembers are invited to observe a minute's silence.\n",
        [],
        id="near-miss-invited-to-observe-a-silence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RECOMMENDATIONS)
def test_ceremony_is_no_recommendation(text: str, expected: list[str]) -> None:
    assert [r.text for r in parse_text(text).recommendations] == expected


CLAUSES_UNDER_CARRIED = (
    "Decisions for issue\n\nThe minutes of the meeting held on 18 March 2031 were submitted.\n\n"
    "The proposals were put to the vote and carried unanimously by those members present.\n\n{after}"
)

DECISIONS = [
    pytest.param(
        CLAUSES_UNDER_CARRIED.format(
            after="(1)          that the minutes are re-submitted to a future meeting of this Committee;\n\n"
            "(2)          that an additional meeting of the Committee is held.\n"
        ),
        [
            ("(1)", "that the minutes are re-submitted to a future meeting of this Committee;"),
            ("(2)", "that an additional meeting of the Committee is held."),
        ],
        id="numbered-that-clauses-under-carried",
    ),
    # near miss: the same sentence over a paragraph of prose, no clauses of a decision
    pytest.param(
        CLAUSES_UNDER_CARRIED.format(after="The Chair thanked members for their attendance.\n"),
        [],
        id="near-miss-carried-over-prose",
    ),
    pytest.param(
        "Minutes of the Town Council\n\n(i) Council received the minutes of its committees.\n\n"
        "RESOLVED to receive the minutes of the following Committee meetings held between 1 October 2031 and "
        "24 January 2032:\n\na)        Planning & Transport Committee 4 October 2031\n\n"
        "b)        Policy & Finance Committee 22 November 2031\n",
        [
            (
                None,
                "to receive the minutes of the following Committee meetings held between 1 October 2031 and "
                "24 January 2032: a) Planning & Transport Committee 4 October 2031 b) Policy & Finance Committee "
                "22 November 2031",
            )
        ],
        id="decision-over-a-list-of-what-it-receives",
    ),
    # near miss: entries that are decisions themselves stay items of their own
    pytest.param(
        "Minutes of the Town Council\n\nRESOLVED to approve the following:\n\n"
        "a) That the budget for 2032 be approved.\n\nb) That the precept be set at £40,000.\n",
        [("a)", "That the budget for 2032 be approved."), ("b)", "That the precept be set at £40,000.")],
        id="near-miss-entries-that-decide",
    ),
    pytest.param(
        "MINUTES OF MAYO COUNTY COUNCIL MEETING\n\nAt the outset, it was -\n\nProposed by Cllr. H. Ash\n\n"
        "Seconded by Cllr. T. Birch\n\nResolved:-\n\n\u201cThat \u201cStanding Orders\u201d be suspended in order "
        "to allow discussion of the five.\u201d\n\nThe Cathaoirleach referred to a Motion.\n",
        [
            (
                None,
                "That \u201cStanding Orders\u201d be suspended in order to allow discussion of the five.",
            )
        ],
        id="quoted-decision-holding-a-quotation",
    ),
    # near miss: a quotation inside that is never closed does not end the decision at its own mark
    pytest.param(
        "MINUTES OF THE COUNTY COUNCIL MEETING\n\nProposed by Cllr. H. Ash\n\nSeconded by Cllr. T. Birch\n\n"
        "Resolved:-\n\n\u201cThat the roads programme be adopted.\u201d\n\nThe Cathaoirleach referred to a Motion.\n",
        [(None, "That the roads programme be adopted.")],
        id="near-miss-quoted-decision-with-no-quotation-inside",
    ),
]


PARISH = (
    "Minutes of the Parish Council Meeting held on 1st June 2031\n"
    "Present: Cllr J Ash, Cllr A Birch, Cllr L Cedar.\n"
    "22. To Approve Minutes from Parish Council meeting held on 18th May 2031\n"
    "Cllr Cedar was added to Rights of Way Committee.\n"
    "Proposed as a true record by Cllr Ash seconded by Cllr Birch and unanimously approved.\n"
    "25. Finance\n"
    "(ii)To approve expenditure as itemised on schedule.\n"
    "Proposed by Cllr Ash seconded by Cllr Cedar and unanimously approved.\n"
    "- To review Co option applications\n"
    "The Chair outlined the two vacancies and each applicant was voted on in turn.\n"
    "Christine Dunn \u2013 proposed by Cllr Birch seconded by Cllr Ash and unanimously appointed.\n"
)

MOTIONS = [
    pytest.param(
        PARISH,
        [
            ("To Approve Minutes from Parish Council meeting held on 18th May 2031", "Ash", "Birch", "carried"),
            ("To approve expenditure as itemised on schedule", "Ash", "Cedar", "carried"),
            ("Christine Dunn", "Birch", "Ash", "carried"),
        ],
        id="movers-joined-to-their-assent-by-and",
    ),
    # near miss: words of the motion's own after the movers are its wording
    pytest.param(
        "Minutes of the Parish Council Meeting held on 1st June 2031\n"
        "7. Hall\nThe Clerk reported on the hall roof.\n"
        "Proposed by Cllr Ash seconded by Cllr Birch that the roof be repaired this summer. Carried.\n",
        [("the roof be repaired this summer.", "Ash", "Birch", "carried")],
        id="near-miss-movers-before-words-of-their-own",
    ),
]


NOMINATIONS = [
    pytest.param(
        "Minutes of the Parish Council Meeting held on 8th May 2031\n\nCllr Hamer nominated Cllr Chapman as Vice "
        "Chairman, this was seconded by Cllr Wright and this was carried on a majority of 7 for and 1 against.\n\n"
        "Cllr Wiles nominated Cllr Vaughan as Chairman and this was seconded by Cllr Ruth, this was carried with all "
        "in favour.\n",
        [
            ("Cllr Chapman as Vice Chairman", "Hamer", "Wright", "carried"),
            ("Cllr Vaughan as Chairman", "Wiles", "Ruth", "carried"),
        ],
        id="member-nominated-to-an-office",
    ),
    # near miss: a nomination of no member to no office
    pytest.param(
        "Minutes of the Parish Council Meeting held on 8th May 2031\n\nCllr Ash nominated the village shop for the "
        "community award.\n",
        [],
        id="near-miss-nominated-a-thing",
    ),
]
MOTIONS += NOMINATIONS

# The movers named before their verbs, then the meeting's assent to the words after it (round 49): the words are
# the motion and its decision (near miss: the movers' own words after "seconded that", no assent between)
ASSENT_AFTER_MOVERS = [
    pytest.param(
        "Minutes of the Parish Council meeting held on Wednesday 13th June 2031\n\nIn response to the consultation, "
        "Mr. Hook proposed, Mr. Moulton seconded that it was unanimously agreed that option B should be recommended."
        "\n\nHaving discussed the issues, Mr Workman proposed, Mrs Allen seconded, and that was unanimously agreed "
        "that Mr Hook be authorised to complete the questionnaire.\n",
        [
            ("option B should be recommended.", "Hook", "Moulton", "carried"),
            ("Mr Hook be authorised to complete the questionnaire.", "Workman", "Allen", "carried"),
        ],
        id="movers-then-it-was-agreed-that",
    ),
]
MOTIONS += ASSENT_AFTER_MOVERS

# "as proposed by" someone inside a motion's words opens no motion of its own (round 50)
MOTIONS += [
    pytest.param(
        "Minutes of the Village Board, October 6, 2031\n\nMotion was made by Brian to continue with the street light "
        "project as proposed by Fehr-Graham in three phases.\n\nMotion second by Larry.  Motion carried.\n",
        [
            (
                "to continue with the street light project as proposed by Fehr-Graham in three phases.",
                "Brian",
                "Larry",
                "carried",
            )
        ],
        id="as-proposed-by-inside-the-words",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MOTIONS)
def test_parish_motion_forms(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    got = [(m.text, m.mover, m.seconder, m.outcome.value if m.outcome else None) for m in parse_text(text).motions]
    assert got == expected


# Forms first seen in round 48: a decision after what was considered, wrapped onto the body's line; parish minutes'
# assent in capitals; the month "May" before a decision's verb; a decision notice's numbered "That" clauses; a
# meeting page flattened into a table; a planning application's heading run onto the meeting's words on it.
ROUND_48 = [
    pytest.param(
        "Having considered an officer report and a presentation by the Cabinet\n"
        "Member for Democracy, Councillor Kevin Ash, the Mayor and Cabinet agreed that:\n"
        "(1) the recommendations of the Working Group be endorsed; and\n"
        "(2) the report be referred to Council for agreement.\n",
        [
            ("(1)", "the recommendations of the Working Group be endorsed; and"),
            ("(2)", "the report be referred to Council for agreement."),
        ],
        id="body-agreed-that-after-a-wrapped-clause",
    ),
    pytest.param(
        "Minutes of the Committee\n\nFollowing a short discussion on the item raised by Councillor Ash, the "
        "Committee agreed that the report was clear.\n",
        [],
        id="near-miss-agreed-that-an-opinion-no-list",
    ),
    pytest.param(
        "Minutes of the Parish Council meeting held on 7th April 2031\n337 EXCLUSION OF THE PRESS AND PUBLIC\n"
        "Members AGREED that no items required this.\n338 PLANNING\n- 31/501261/FULL 5 River Close\n"
        "Erection of a single storey front extension.\nUnanimously AGREED to recommend APPROVAL\n"
        "- 31/500342/SUB Hazeldene Dean Street\nNo Comments and AGREED to go with decision of Planning Officer\n",
        [
            (None, "Members AGREED that no items required this."),
            (None, "Unanimously AGREED to recommend APPROVAL"),
            (None, "No Comments and AGREED to go with decision of Planning Officer"),
        ],
        id="assent-in-capitals-in-prose",
    ),
    pytest.param(
        "Minutes of the Parish Council meeting\n\n5. Roads\nThe Clerk AGREED to chase the contractor about the "
        "potholes.\n",
        [],
        id="near-miss-an-officer-agreeing-to-act",
    ),
    pytest.param(
        "Minutes of the Parish Council Meeting held on Monday 26th June 2031\n1706/3Minutes of Previous meetings\n"
        "Minutes of the Annual Parish Council Meeting held on Monday 8th May 2031 were approved and signed as a "
        "true and correct record.\n",
        [
            (
                None,
                "Minutes of the Annual Parish Council Meeting held on Monday 8th May 2031 were approved and signed as "
                "a true and correct record.",
            )
        ],
        id="the-month-may-is-no-modal",
    ),
    pytest.param(
        "Minutes of the Parish Council meeting\n\n3. Minutes\nMembers asked whether the plan may be approved next "
        "month.\n",
        [],
        id="near-miss-the-modal-may",
    ),
    pytest.param(
        "Decision Maker: Cabinet\nDecision status: Recommendations Approved\nIs Key decision?: No\n"
        "To present the task group's final report for consideration.\n"
        "1. That the recommendations (1 to 6) of the Task Group's Final Report are approved.\n"
        "2. That a Cabinet Task Group be set up and led by the Portfolio Holder;\n"
        "Do nothing - none of the recommendations would be approved.\n",
        [
            ("1.", "That the recommendations (1 to 6) of the Task Group's Final Report are approved."),
            ("2.", "That a Cabinet Task Group be set up and led by the Portfolio Holder;"),
        ],
        id="decision-notice-numbered-that-clauses",
    ),
    pytest.param(
        "Decision Maker: Cabinet\nDecision status: Recommendations Approved\n"
        "1. To ensure that Cabinet is fully briefed on the findings.\n2. To identify the recommendations to take "
        "forward.\n",
        [],
        id="near-miss-decision-notice-numbered-reasons",
    ),
    pytest.param(
        "No. | Item |\nMINUTES To confirm as a correct record the Minutes of the meeting held on 5th March 2031. "
        "Additional documents: Minutes: The minutes of the meeting held on 5th March 2031 were approved as a correct "
        "record. |\n",
        [(None, "The minutes of the meeting held on 5th March 2031 were approved as a correct record.")],
        id="meeting-page-in-a-table",
    ),
    pytest.param(
        "Minutes of the Parish Council meeting\n\n4. Minutes: accepted\n",
        [(None, "Minutes: accepted")],
        id="near-miss-a-topic-and-its-assent",
    ),
    pytest.param(
        "Minutes of the meeting held on Monday 24th July 2031\n5. Planning:\n5.1 172267: Fayreburn Lucton, single "
        "storey side extension: It was agreed that the Parish Council were happy to support this application.\n",
        [(None, "It was agreed that the Parish Council were happy to support this application.")],
        id="application-heading-before-the-decision",
    ),
    pytest.param(
        "Minutes of the Parish Council meeting\n\nItem 5: The minutes of the meeting held on 3 March 2031 were "
        "approved.\n",
        [(None, "The minutes of the meeting held on 3 March 2031 were approved.")],
        id="near-miss-an-item-number-no-application",
    ),
]


# Round 50: a minute's number and title run into the prose decision under them (near miss: a wrapped list entry)
ROUND_50 = [
    pytest.param(
        "Minutes of the Parish Council Meeting held on Monday 10th July 2031\n"
        "2307.02 Disclosure of Interests None.\n"
        "2307.03 Minutes of the Meeting of the Parish Council (PC) on 12th June 2031\n"
        "It was resolved that the minutes of the meeting on 12th June 2031 are approved.\n",
        [(None, "It was resolved that the minutes of the meeting on 12th June 2031 are approved.")],
        id="minute-heading-over-prose-decision",
    ),
    pytest.param(
        "Minutes of the Parish Council Meeting held on Monday 10th July 2031\n"
        "2307.02 Disclosure of Interests None.\n"
        "2307.04 Village hall\nThe hall roof was discussed and it was resolved that it be repaired.\n",
        [(None, "The hall roof was discussed and it was resolved that it be repaired.")],
        id="near-miss-heading-over-narrative-then-decision",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DECISIONS + ROUND_48 + ROUND_50)
def test_decision_forms(text: str, expected: list[tuple[Any, str]]) -> None:
    doc = parse_text(text)
    assert [(r.label, r.text) for r in doc.resolutions] == expected
    for item in doc.items():
        assert normalise_space(doc.text[item.span.start : item.span.end]) == item.text


PEOPLE = [
    pytest.param(
        "MINUTES OF THE CITY COUNCIL MEETING, JANUARY 20, 2031\n\nPresent: Council Member Mounce, Mayor Pro Tempore "
        "Hitchcock, and Mayor Katzakian\n",
        [("Mounce", "Council Member"), ("Hitchcock", "Mayor Pro Tempore"), ("Katzakian", "Mayor")],
        id="mayor-pro-tempore-in-full",
    ),
    # near miss: the short form stays as printed
    pytest.param(
        "MINUTES OF THE CITY COUNCIL MEETING, JANUARY 20, 2031\n\nPresent: Council Member Mounce, Mayor Pro Tem "
        "Hitchcock, and Mayor Katzakian\n",
        [("Mounce", "Council Member"), ("Hitchcock", "Mayor Pro Tem"), ("Katzakian", "Mayor")],
        id="near-miss-mayor-pro-tem",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE)
def test_members_titles(text: str, expected: list[tuple[str, str]]) -> None:
    got = {p.name: p.role for p in parse_text(text).people}
    assert [(name, got.get(name)) for name, _ in expected] == expected


def test_assent_after_movers_decision() -> None:
    doc = parse_text(ASSENT_AFTER_MOVERS[0].values[0])
    assert [r.text for r in doc.resolutions] == [
        "option B should be recommended.",
        "Mr Hook be authorised to complete the questionnaire.",
    ]
