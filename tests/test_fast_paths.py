"""Fast paths give what the plain search gives: each shortcut taken for speed (issue 10, "Speed
holds") beside the search it stands for, over tables of small cases with matches and near misses."""

from __future__ import annotations

import pytest

from minutes_parser import patterns
from minutes_parser.extract.people.roles import _boundary_before

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
