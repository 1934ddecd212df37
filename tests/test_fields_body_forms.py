"""Body and title forms of minutes: the body a minutes sentence names as its subject, the month's meeting and a
time that are no body, an attendance list that is no title.  Invented texts of each form, with near misses."""

from __future__ import annotations

import pytest

from minutes_parser import sources, structure
from minutes_parser.extract.context import Context
from minutes_parser.extract.fields import Fields, extract_fields
from minutes_parser.settings import Settings


def _fields(text: str) -> Fields:
    source = sources.read_text(text)
    return extract_fields(Context(source=source, settings=Settings(), structure=structure.analyse(source)))


# text, the body expected, the title expected (None: not checked)
BODY_CASES = [
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
