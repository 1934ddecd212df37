"""Fast paths give what the plain search gives: each shortcut taken for speed (issue 10, "Speed
holds") beside the search it stands for, over tables of small cases with matches and near misses."""

from __future__ import annotations

import pytest
import regex

from minutes_parser import patterns, rules
from minutes_parser.extract.people.roles import _boundary_before
from minutes_parser.rules.authority import NAME_WORDS

# Text before a role printed before a name: where a role may begin (a line start, "the ", "; ", ". ")
# and where it may not (inside a word, after a comma).
BOUNDARY_CASES = [
    "", "\n", "the ", "The\t", "x; ", "(", "end.  ", "said:\n", "and the  \n",
    "Leader", "Leader,", "bathe ", "of", "tothe ", "a)", "x.\n\n", "with\t \t", "frog ",
]  # fmt: skip


@pytest.mark.parametrize("head", BOUNDARY_CASES)
def test_boundary_before_a_role_searches_only_the_end_and_agrees(head: str) -> None:
    boundary = patterns.get("people_boundary_before_role")
    padded = "Minutes of the meeting held on Monday " + head + "Chief Executive"
    for st in range(len(padded) + 1):
        assert _boundary_before(boundary, padded, st) == (boundary.search(padded[:st]) is not None), st


@pytest.mark.parametrize("window", ["Smith, ", "Smith,\n  ", "Smith  ", "Smith\n", "Smith", ", , ", ""])
def test_gap_before_a_name_searched_from_the_window_tail_agrees(window: str) -> None:
    gap = patterns.get("people_gap_before_name")
    whole = gap.search(window)
    tail = gap.search(window, len(window.rstrip(", \t\n")))
    assert (whole and whole.span()) == (tail and tail.span())


# Lines with an authority's name in each form, and near misses (no name, or a name's word alone).
AUTHORITY_LINES = [
    "KENT COUNTY COUNCIL", "City of Chico", "Comhairle Contae Fhine Gall", "Elm Valley Unified School District",
    "Mueller Township Board of Trustees", "Greater London Authority", "Sacramento County Board of Education",
    "Regional Transportation District", "Elm County Metropolitan Transportation Authority", "THE CITY OF ELMTON",
    "Board of Supervisors of Elm County", "Minutes", "Agenda item 4", "Present: Cllr Smith", "Kelvin \u212aent", "",
    "The Council resolved", "Elmton Transit Agency", "Report of the Chief Executive", "OFFICE HOURS",
]  # fmt: skip


NO_AUTHORITY_LINES = {"Report of the Chief Executive", "OFFICE HOURS", "The Council resolved"}


@pytest.mark.parametrize("line", AUTHORITY_LINES)
def test_authority_names_prefiltered_by_their_words_agree(line: str) -> None:
    from minutes_parser.extract.authority import _find_names

    plain = [m.span() for m in patterns.get("authority_name").finditer(line, overlapped=True)]
    kept = [m.span() for m in _find_names(line)]
    assert set(kept) <= set(plain)
    if not any(word in line.casefold() for word in NAME_WORDS):
        assert plain == []  # the prefilter drops only lines the pattern finds nothing in
    else:
        assert bool(kept) == (line not in NO_AUTHORITY_LINES)


def test_every_authority_name_form_spells_a_prefilter_word() -> None:
    source = rules.PATTERNS["authority_name"]
    body = source[source.index("(?P<name>") + len("(?P<name>") :]
    forms, depth, current = [], 0, ""
    for line in body.splitlines():
        line = line.split("#")[0] if line.strip().startswith("#") else line
        for ch in line:
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth < 0:
                    break
            if ch == "|" and depth == 0:
                forms.append(current)
                current = ""
                continue
            current += ch
        else:
            current += "\n"
            continue
        break
    forms.append(current)
    assert len(forms) >= 10
    for form in forms:
        words = set(regex.findall(r"[a-z]+", regex.sub(r"\{[a-z_]+\}", " ", form).lower()))
        assert words & set(NAME_WORDS), form


@pytest.mark.parametrize(
    "line",
    ["1.1On", "2)The", "(a)(b)", "1.2 On", "3rd", "x.y", "a)b", "Item 4", "1.", "", "1", ".(", "A1b", "5.Ⅹ", "9\u212a"],
)
def test_glued_label_lines_found_by_their_first_character_agree(line: str) -> None:
    places = [m.start() for m in patterns.get("pdf_glued_label").finditer(line) if m.start() > 0]
    pair = patterns.get("pdf_glued_pair").search(line)
    assert (pair is not None) == bool(places)
    assert pair is None or pair.start() + 1 == places[0]


# Texts whose names touch the characters that end a run, span lines, or sit in long joined headings.
AUTHORITY_TEXTS = [
    "Minutes of Elmton Town Council, held at the Hall.", "Comhairle Contae Fhine Gall, Bosca 174",
    "Comhairle Contae Fhine Gall\nFingal County Council", "(Kent County Council)", "Elmton Parish Council's",
    "Mueller Township Hall: Mueller Township Board", "Elmton\nCouncil", "Notice is given that the Elmton Parish "
    "Council will meet; Board of Supervisors of Elm County. Greater London Authority!", "City of Chico/Butte County",
    "THE CITY OF ELMTON | AGENDA", "Elm Valley Unified School District?", "Comhairle Cathrach", "Comhairle X,y",
    "Town of Parish: New York City Council", "Elmton Transit Agency\nRegional Transportation District.",
]  # fmt: skip


NAMELESS_TEXTS = {
    "Comhairle Cathrach", "Comhairle Contae Fhine Gall, Bosca 174", "Elmton Parish Council's", "Comhairle X,y",
}  # fmt: skip


@pytest.mark.parametrize("text", AUTHORITY_TEXTS)
def test_authority_names_searched_run_by_run_agree(text: str) -> None:
    from minutes_parser.extract.authority import _kept_names, _name_matches

    plain = _kept_names(patterns.get("authority_name").finditer(text, overlapped=True))
    runs = _kept_names(_name_matches(text))
    assert [(m.span(), m.group("place")) for m in runs] == [(m.span(), m.group("place")) for m in plain]
    # near misses: a name not ended as the pattern wants (a comma after "Comhairle X", a possessive)
    assert bool(runs) == (text not in NAMELESS_TEXTS)


def test_no_authority_name_form_can_hold_a_run_ending_character() -> None:
    source = regex.sub(r"(?m)#.*$", "", patterns.expand(rules.PATTERNS["authority_name"]))
    enders = set(",.;:()/|!?\"")
    assert not regex.search(r"(?<!\\)\.|\[\^|\\[WSDpPXN]", source)  # no wildcard, negated class or property
    assert not [c for c in regex.findall(r"\\(.)", source) if c in enders]  # no escaped ender
    for cls in regex.findall(r"(?<!\\)\[((?:\\.|[^\]])*)\]", source):
        assert not set(cls) & enders, cls


@pytest.mark.parametrize(
    "text",  # single spaces only, and each other white space (all unprintable)
    ["a b", " a b ", "a  b", "a\nb", "a\tb", "a\u00a0b", "a\u2003b", "a\u2028b", "a\x1cb", "a\x85b", "", " ", "\u3000"],
)
def test_space_normalised_without_a_search_when_only_single_spaces_agrees(text: str) -> None:
    from minutes_parser.text import normalise_space

    assert normalise_space(text) == patterns.get("space_run").sub(" ", text).strip()


def _line_at_by_hand(starts: list[int], offset: int) -> int:
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= offset:
            lo = mid + 1
        else:
            hi = mid
    return max(0, lo - 1)


@pytest.mark.parametrize("texts", [["one"], ["a", "bb", "", "ccc", "d"], ["x"] * 7, ["long line " * 9, "y", "zz"]])
def test_line_at_bisected_agrees_with_the_search_by_hand(texts: list[str]) -> None:
    from minutes_parser.sources.model import RawLine, RawPage, build

    source = build([RawPage(number=1, lines=tuple(RawLine(text=t) for t in texts))], format="txt", name=None)
    starts = [line.start for line in source.lines]
    for offset in range(-2, len(source.text) + 3):
        assert source.line_at(offset) == _line_at_by_hand(starts, offset), offset
