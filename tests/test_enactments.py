"""A signed resolution's or ordinance's operative sections are its resolutions (extract/items/enactments.py).

Each case is an invented resolution, ordinance or local law; the near misses beside the positives
are the recitals, a code's own sections inside an amending section, a cited section, the signature
block; a draft in an agenda packet is read as the resolution it proposes.
"""

from __future__ import annotations

from typing import Any

import pytest

import minutes_parser as mp
from minutes_parser.text import normalise_space

RESOLUTION = (
    "RESOLUTION NO. 2031-5\n"
    "A RESOLUTION OF THE CITY COMMISSION AUTHORIZING THE DONATION OF A SURPLUS TRUCK\n"
    "WHEREAS, the City owns a surplus truck; and\n"
    "WHEREAS, the Commission resolved in 2030 to offer it to a volunteer brigade;\n"
    "NOW, THEREFORE, BE IT RESOLVED BY THE COMMISSION OF THE CITY:\n"
    "SECTION 1. The foregoing recitals are ratified and confirmed.\n"
    "SECTION 2. The Commission authorizes the donation of the truck to\n"
    "the volunteer fire brigade of Lakeside.\n"
    "SECTION 3. This Resolution shall take effect upon its passage.\n"
    "PASSED AND ADOPTED THIS THIRD DAY OF MARCH, 2031.\n"
    "(Moved: Ash / Seconded: Birch)\n"
    "(Unanimous Voice Vote)\n"
    "APPROVED:\n"
    "JANE Q. DOE\n"
    "MAYOR\n"
    "ATTEST: JOHN ROE\n"
)

ORDINANCE = (
    "ORDINANCE NO. 2031-9\n"
    "WHEREAS, the zoning code requires notice of hearings;\n"
    "NOW, THEREFORE, BE IT ORDAINED BY THE CITY COUNCIL THAT:\n"
    "Section 1. The Zoning Code is hereby amended as follows.\n"
    "Article 4. Notices\n"
    "Section 4-102. Notice.\n"
    "A. Mailed notice shall be given fourteen days before a hearing.\n"
    "Section 2. Section 48(1) of the Code is not affected by this Ordinance.\n"
    "Section 3. Environmental Review\n"
    "1.0 The Council finds that this Ordinance is exempt from review under\n"
    "section 15061 of the guidelines because:\n"
    "(A) it changes procedure only; and\n"
    "(B) it has no effect on land use.\n"
    "2.0 The Council directs the Clerk to file a notice of exemption.\n"
    "Section 4. This Ordinance takes effect thirty days after adoption.\n"
)

LOCAL_LAW = (
    "Int. No. 77-A\n"
    "A Local Law to amend the administrative code, in relation to bicycle lanes.\n"
    "Be it enacted by the Council as follows:\n"
    "Section 1. Section 19-101 of the administrative code is amended to read as follows:\n"
    'a. The term "bicycle lane" means a part of a roadway marked for bicycles. It does not include\n'
    "a shared lane.\n"
    "b. A bicycle lane shall be at least five feet wide.\n"
    "\u00a7 2. This local law takes effect ninety days after it becomes law.\n"
)

Tree = list[tuple[str | None, str, list[tuple[str | None, str]]]]

CASES = [
    pytest.param(
        RESOLUTION,
        [
            ("SECTION 1.", "The foregoing recitals are ratified and confirmed.", []),
            (
                "SECTION 2.",
                "The Commission authorizes the donation of the truck to the volunteer fire brigade of Lakeside.",
                [],
            ),
            ("SECTION 3.", "This Resolution shall take effect upon its passage.", []),
        ],
        id="resolution: sections, not the recitals nor the signature block",
    ),
    pytest.param(
        ORDINANCE,
        [
            ("Section 1.", "The Zoning Code is hereby amended as follows.", []),
            ("Section 2.", "Section 48(1) of the Code is not affected by this Ordinance.", []),
            (
                "Section 3.",
                "Environmental Review",
                [
                    (
                        "1.0",
                        "The Council finds that this Ordinance is exempt from review under section 15061 of the "
                        "guidelines because: (A) it changes procedure only; and (B) it has no effect on land use.",
                    ),
                    ("2.0", "The Council directs the Clerk to file a notice of exemption."),
                ],
            ),
            ("Section 4.", "This Ordinance takes effect thirty days after adoption.", []),
        ],
        id="ordinance: the amended code's own sections and a title section's entries",
    ),
    pytest.param(
        LOCAL_LAW,
        [
            (
                "Section 1.",
                "Section 19-101 of the administrative code is amended to read as follows:",
                [
                    (
                        "a.",
                        'The term "bicycle lane" means a part of a roadway marked for bicycles. It does not '
                        "include a shared lane.",
                    ),
                    ("b.", "A bicycle lane shall be at least five feet wide."),
                ],
            ),
            ("\u00a7 2.", "This local law takes effect ninety days after it becomes law.", []),
        ],
        id="local law: a section ending in a colon holds its lettered entries",
    ),
    pytest.param(
        "WHEREAS, the Board met on March 3, 2031; and\nWHEREAS, the Board resolved to review its rules;\n"
        "Section 1. The rules are reviewed.\nSection 2. The review is filed.\n",
        [],
        id="near miss: sections with no enacting clause, and the recitals",
    ),
    pytest.param(
        "RESOLUTION NO. 31-07\nWHEREAS, the Board met on March 3, 2031; and\nTHEREFORE, IT IS HEREBY RESOLVED by the "
        "Board of Trustees as follows:\nSection 1. The rules are reviewed.\nSection 2. The review is filed.\n",
        [("Section 1.", "The rules are reviewed.", []), ("Section 2.", "The review is filed.", [])],
        id="therefore-it-is-hereby-resolved",
    ),
    # a draft resolution in an agenda packet is read as one: three packets' readers took its sections
    pytest.param(
        "CITY COUNCIL AGENDA\nMarch 3, 2031\n1. Resolution on the surplus truck\n"
        "NOW, THEREFORE, BE IT RESOLVED BY THE COUNCIL:\nSection 1. The truck is donated.\n"
        "Section 2. This Resolution takes effect on passage.\n",
        [("Section 1.", "The truck is donated.", []), ("Section 2.", "This Resolution takes effect on passage.", [])],
        id="a draft's sections in an agenda packet",
    ),
    pytest.param(
        "CITY COUNCIL AGENDA\nMarch 3, 2031\nRESOLUTION NO. XX-2031\nWHEREAS, the City banks with Ash Bank;\n"
        "NOW, THEREFORE BE IT RESOLVED, DETERMINED, AND ORDERED BY THE CITY COUNCIL:\n"
        "SECTION 1. This Resolution replaces all earlier signing resolutions.\nSECTION 2. This resolution takes "
        "effect at once.\nPASSED, APPROVED, AND ADOPTED this 3rd day of March, 2031.\nAPPROVED:\nMayor\nATTEST:\n"
        "City Clerk\nRESOLUTION NO. YY-2031\nWHEREAS, the City invests its funds;\n"
        "NOW THEREFORE, BE IT RESOLVED, that the City Council hereby authorizes the deposit of City monies in the "
        "State fund.\nBE IT FURTHER RESOLVED, as follows:\nSection 1. The City Manager may order deposits.\n"
        "Section 2. This resolution remains in force until rescinded.\nPassed and adopted on March 3, 2031.\n",
        [
            ("SECTION 1.", "This Resolution replaces all earlier signing resolutions.", []),
            ("SECTION 2.", "This resolution takes effect at once.", []),
            (None, "the City Council hereby authorizes the deposit of City monies in the State fund.", []),
            ("Section 1.", "The City Manager may order deposits.", []),
            ("Section 2.", "This resolution remains in force until rescinded.", []),
        ],
        id="two draft resolutions in one packet, each numbering its sections; the signature block between",
    ),
    pytest.param(
        "PLANNING COMMISSION AGENDA\nJuly 16, 2031\nPC RESOLUTION NO. 2031-**\nWHEREAS, the City received an "
        "application;\nNOW, THEREFORE, BE IT RESOLVED that the Planning Commission of the City of Oak does\n"
        "hereby APPROVE a variance for an addition subject to the following conditions:\n1. Obtain the required "
        "building permit.\n2. Pay the fees due.\nI HEREBY CERTIFY that the foregoing was adopted on July 16, 2031.\n"
        "AYES:\nNOES:\nAPPROVED:\nPlanning Commission Chairperson\nATTEST:\nPlanning Director\n",
        [
            (
                None,
                "the Planning Commission of the City of Oak does hereby APPROVE a variance for an addition subject to "
                "the following conditions:",
                [("1.", "Obtain the required building permit."), ("2.", "Pay the fees due.")],
            )
        ],
        id="a clause that decides in its own words over its conditions; the signer's office no decision",
    ),
    pytest.param(
        "PLANNING COMMISSION AGENDA\nJuly 16, 2031\nNOW, THEREFORE, BE IT RESOLVED that the following be "
        "approved:\n1. The site plan.\n2. The landscaping plan.\nAPPROVED: the minutes of 4 May\n",
        [
            ("1.", "The site plan.", []),
            ("2.", "The landscaping plan.", []),
            (None, "APPROVED: the minutes of 4 May", []),
        ],
        id="near misses: a clause whose entries are the decisions; an approval with words, no signer's office",
    ),
    # minutes that print a resolution whole, its enacting clause wrapped after the body's name, and adopt it by
    # its number: the numbered item holds the clause, its sections under it (a section's title over its own
    # lettered list; stances listed under "the following positions"; a clause going on after a semicolon; an
    # enumeration inside a sentence kept in the words); the motion's words are no second decision
    pytest.param(
        "MINUTES OF THE TOWN COUNCIL\nThe Council reviewed the following Resolution.\nRESOLUTION NO. 2031-04-01\n"
        "WHEREAS, the law changed; and\nNOW, THEREFORE, BE IT RESOLVED, by the Elm Town\nCouncil that:\n1.\n"
        "Direction to the Town Attorney: The Council directs the Town Attorney as follows:\na.\nThe Attorney is "
        "authorized to negotiate; "
        "and\nb.\nThe Mayor shall oversee the Attorney.\n2.\nFunding: The Council adopts the following "
        "positions related to the district:\na.\nAny arrangement the Town may execute in the near term will "
        "require compliance with the district's current funding model and with the statutes that govern the "
        "district's budget and its levies;\nand (3) the Town may withdraw; and\nb.\nThe representative is directed "
        "to:\n(1) to attend training; and (2) to report back.\n3.\nCoordination:\n\na.\nThe Mayor shall update the "
        "Council.\n\nCouncil Member Brems, seconded by Council Member Smolka, moved to approve\nResolution No. "
        "2031-04-01. The motion passed unanimously.\n",
        [
            (
                "RESOLUTION NO. 2031-04-01",
                "NOW, THEREFORE, BE IT RESOLVED, by the Elm Town Council that:",
                [
                    ("1.", "Direction to the Town Attorney: The Council directs the Town Attorney as follows:"),
                    ("2.", "Funding: The Council adopts the following positions related to the district:"),
                    ("3.", "Coordination:"),
                ],
            )
        ],
        id="minutes adopting a resolution printed whole by its number",
    ),
    # a meeting system's minutes (Legistar) that print the resolution whole, its number over its title, its enacting
    # clause in the body's own name ("NOW, THEREFORE, the Governing Board of ... resolves as follows:"), and adopt it
    # by pointing ("that this agenda item be approved"): the numbered item holds the clause, its clauses under it;
    # the title under the number, the motion's words and the dated adoption line are no decisions of their own
    pytest.param(
        "Elm Municipal Building Authority\nMeeting Minutes June 21, 2031\n1. Call to Order\n3. Approval of Minutes\n"
        "A motion was made by Trustee Ash, seconded by Trustee Birch, that this agenda item be approved.  The motion "
        "carried by a unanimous vote.\n7. Discussion Items\n"
        "7.1 Approval of the Authority Resolution - 2031 Budget Adjustments\nRESOLUTION NO. 51\n"
        "A RESOLUTION OF THE GOVERNING BOARD OF THE ELM MUNICIPAL BUILDING AUTHORITY, APPROVING\nADJUSTMENTS TO THE "
        "2031 BUDGET\nWHEREAS, the law requires a budget; and\nNOW, THEREFORE, the Governing Board of the Elm "
        "Municipal\nBuilding Authority, Utah, resolves as follows:\n1. The MBA hereby adopts the adjustments.\n"
        "2. This Resolution shall take effect immediately.\nAPPROVED and ADOPTED this 21st day of June 2031.\n"
        "A motion was made by Trustee Ash, seconded by Trustee Birch, that\nthis agenda item be approved.  The "
        "motion carried by a unanimous vote.\n",
        [
            (None, "that this agenda item be approved.", []),
            (
                "RESOLUTION NO. 51",
                "NOW, THEREFORE, the Governing Board of the Elm Municipal Building Authority, Utah, resolves as "
                "follows:",
                [
                    ("1.", "The MBA hereby adopts the adjustments."),
                    ("2.", "This Resolution shall take effect immediately."),
                ],
            )
        ],
        id="minutes adopting a resolution printed whole by pointing at the agenda item",
    ),
    # near misses: the same, the motion tabling the item (nor does "the parties agree as follows:" enact anything)
    pytest.param(
        "Elm Municipal Building Authority\nMeeting Minutes June 21, 2031\nPresent: Trustee Ash, Trustee Birch\n"
        "1. Call to Order\n7. Discussion Items\nRESOLUTION NO. 51\n"
        "NOW, THEREFORE, the Governing Board of the Elm Authority resolves as follows:\n1. The MBA adopts the "
        "budget.\nA motion was made by Trustee Ash, seconded by Trustee Birch, to table this agenda item.  The "
        "motion carried by a unanimous vote.\n8. Other\nNOW, THEREFORE, the parties agree as follows:\n"
        "1. The lease runs a year.\n",
        [(None, "to table this agenda item.", [])],
        id="near miss: a resolution printed whole and tabled",
    ),
    # an ordinance printed whole, its number beside the date in a column, "BE IT ORDAINED BY THE COUNCIL as follows:"
    # over its sections, adopted by a motion naming it and what it does; and a resolution whose enacting clause names
    # the body and then its decision as a sentence of its own ("..., the Council approves ...")
    pytest.param(
        "MINUTES OF THE ELM METRO TOWNSHIP COUNCIL\n\nRESOLUTION NO. 2031-06-01                Date: June 1, 2031\n"
        "      WHEREAS, members are appointed by the Council;\n"
        "      THEREFORE, BE IT RESOLVED by the Elm Metro Township Council, the Council\n"
        "approves the appointment of Ann Ash to the Planning Commission.\n\n"
        "Council Member Perry, seconded by Council Member Cardenaz, moved to\napprove Resolution No. 2031-06-01, "
        "appointing Ann Ash to the Elm\nMetro Township Planning Commission. The motion passed unanimously.\n\n"
        "ORDINANCE NO. 2031-O-01                Date: June 1, 2031\n"
        "       WHEREAS, the Council deems it necessary;\n\n"
        "NOW, THEREFORE, BE IT ORDAINED BY THE COUNCIL as follows:\n\n"
        "1.     Chapter 19.60 is repealed.\n\n2.     This Ordinance takes effect immediately.\n\n"
        "PASSED AND ADOPTED this 1st day of June 2031.\n\n"
        "Council Member Shelton, seconded by Council Member Price, moved to approve\n"
        "Ordinance No. 2031-O-01, repealing Chapter 19.60. The motion passed\nunanimously.\n",
        [
            (
                "RESOLUTION NO. 2031-06-01",
                "the Council approves the appointment of Ann Ash to the Planning Commission.",
                [],
            ),
            (
                "ORDINANCE NO. 2031-O-01",
                "NOW, THEREFORE, BE IT ORDAINED BY THE COUNCIL as follows:",
                [("1.", "Chapter 19.60 is repealed."), ("2.", "This Ordinance takes effect immediately.")],
            ),
        ],
        id="minutes adopting an ordinance and a resolution printed whole, a date beside each number",
    ),
    # near miss: the same resolution only reviewed, no motion adopting it by its number
    pytest.param(
        "MINUTES OF THE TOWN COUNCIL\nThe Council reviewed the following Resolution.\nRESOLUTION NO. 2031-04-01\n"
        "NOW, THEREFORE, BE IT RESOLVED, by the Elm Town\nCouncil that:\n1. The Mayor shall update the Council.\n"
        "The Council will take it up in May.\n",
        [],
        id="near miss: a resolution reviewed in minutes, not adopted",
    ),
]


def _tree(items: tuple[Any, ...]) -> Tree:
    return [(i.label, i.text, [(c.label, c.text) for c in i.children]) for i in items]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_enacted_sections(text: str, expected: Tree) -> None:
    document = mp.parse_text(text)
    assert _tree(document.resolutions) == expected
    for item in document.items():
        assert normalise_space(document.text[item.span.start : item.span.end]) == item.text


def test_adopted_resolution_keeps_its_sections_lists() -> None:
    """Under the adopted resolution's sections: stances listed "the following positions" stay entries (near miss
    of a list of posts named), a clause going on after its semicolon ("and (3) ...") stays in its entry, an
    enumeration inside a sentence ("(1) ...; and (2) ...") stays in the words."""
    case = next(p for p in CASES if p.id == "minutes adopting a resolution printed whole by its number")
    document = mp.parse_text(case.values[0])
    funding = document.resolutions[0].children[1]
    assert [c.label for c in funding.children] == ["a.", "b."]
    assert funding.children[0].text.endswith("and (3) the Town may withdraw; and")
    assert (
        funding.children[1].text == "The representative is directed to: (1) to attend training; and (2) to report back."
    )
    assert not funding.children[1].children
    assert [c.label for c in document.resolutions[0].children[2].children] == ["a."]
