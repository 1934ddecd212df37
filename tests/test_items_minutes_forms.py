"""Decisions in minutes written in the plain forms of parish, town and community councils and of US
boards, as tables of small invented documents: each case gives a document's text and the
resolutions expected from it as ``(label, text)`` tuples; near misses sit beside the positives.
"""

from __future__ import annotations

from typing import Any

import pytest

from minutes_parser import parse_text
from minutes_parser.text import normalise_space

Tree = list[tuple[Any, ...]]


def tree(doc_items: Any) -> Tree:
    return [(item.label, item.text) for item in doc_items]


# Words, then a sentence that only says who proposed and seconded them: the words are the decision.
# Without an outcome the attribution stays in the item; with one ("and unanimously approved") the
# words alone are the decision.  A list entry keeps its label.
ATTRIBUTED = [
    # the outcome first, then who proposed and seconded it: the whole sentence is the decision
    pytest.param(
        "Minutes of the meeting\n5. Climate\nThe Climate Action Plan 2031 was adopted on the proposal of\n"
        "Councillor Ann Ash, seconded by Councillor Bob Birch and unanimously agreed by the Members.\n",
        [(None, "The Climate Action Plan 2031 was adopted on the proposal of Councillor Ann Ash, seconded by "
                "Councillor Bob Birch and unanimously agreed by the Members.")],
        id="outcome-then-proposal-and-seconder",
    ),
    pytest.param(
        "Minutes of the meeting\n5. Plan\nThe plan will be adopted on the proposal of the Chief Executive in May.\n",
        [],
        id="near-miss-a-plan-to-adopt-naming-no-seconder",
    ),
    pytest.param(
        "Minutes of the meeting\n6. Representatives on outside bodies:-\n"
        "a. Village Hall \u2013 Cllr Ash. Proposed by Cllr Birch, seconded\nby Cllr Cedar.\n"
        "(2) Finance \u2013 Cllrs Birch and Cedar. Proposed by Cllr Ash,\nseconded by Cllr Dunn.\n",
        [
            ("a.", "Village Hall \u2013 Cllr Ash. Proposed by Cllr Birch, seconded by Cllr Cedar."),
            ("(2)", "Finance \u2013 Cllrs Birch and Cedar. Proposed by Cllr Ash, seconded by Cllr Dunn."),
        ],
        id="list-entries-each-proposed-and-seconded",
    ),
    pytest.param(
        "Minutes of the meeting\n7. New members\nJane Doe to become a full member of the council. "
        "Proposed by AB, seconded by CD and unanimously approved.\n",
        [(None, "Jane Doe to become a full member of the council.")],
        id="words-then-attribution-with-its-outcome",
    ),
    pytest.param(
        "Minutes of the meeting\n8. Minutes\nThe minutes of the last meeting were approved. "
        "Proposed by AB and seconded by CD.\n",
        [(None, "The minutes of the last meeting were approved.")],
        id="near-miss-a-decision-already-worded-keeps-its-own-sentence",
    ),
    pytest.param(
        "Minutes of the meeting\n9. Hall\nThe Clerk reported on the state of the hall roof. Proposed by Cllr Ash, "
        "seconded by Cllr Birch that the roof be repaired this summer.\n",
        [],
        id="near-miss-a-proposal-with-wording-of-its-own-is-no-attribution",
    ),
    pytest.param(
        "Minutes of the meeting\n10. Grants\nProposed by Cllr Ash, seconded by Cllr Birch.\n"
        "RESOLVED that the grant of \u00a3200 be paid to the youth club.\n",
        [(None, "the grant of \u00a3200 be paid to the youth club.")],
        id="near-miss-an-attribution-before-the-decision-attributes-it-only",
    ),
]


# An election the minutes record with the person first; a motion proposed and seconded "that" the
# matter, its outcome after it; a passive authorisation "in respect of" a list of payments.
ELECTIONS_AND_PAYMENTS = [
    pytest.param(
        "Minutes of the meeting\n6. Election of Officers\nOffice bearers standing unopposed.\n"
        "* Ann Ash unanimously elected to continue as Chair\n* Bob Birch re-elected as Treasurer\n"
        "7. Vice-Chair\nCllr Dan Dunn was duly elected Vice-Chairman.\n",
        [
            (None, "Ann Ash unanimously elected to continue as Chair"),
            (None, "Bob Birch re-elected as Treasurer"),
            (None, "Cllr Dan Dunn was duly elected Vice-Chairman."),
        ],
        id="elected-as-an-office",
    ),
    pytest.param(
        "Minutes of the meeting\n10. District\nCllr Ash was elected to the District Council last year.\n"
        "The newly elected members were welcomed to their first meeting of the council.\n"
        "Cllr Birch was appointed Chair of the Planning Committee in May 2019 and served two years.\n"
        "Flagstaff appointed as commercial adviser following a tender.\n"
        "SWEARING IN CEREMONY FOR APPOINTED OFFICIALS\nNewly elected Mayor\n",
        [],
        id="near-miss-elections-of-other-bodies-the-past-and-headings",
    ),
    pytest.param(
        "Minutes of the meeting\n1. Election of a Chairman\nCouncillor Cara Cedar proposed, and Councillor Dan Dunn "
        "seconded, that Councillor Ann Ash be elected as Chairman, and this resolution was passed unanimously. "
        "Councillor Ash then signed the Declaration of Acceptance of Office.\n",
        [
            (
                None,
                "Councillor Cara Cedar proposed, and Councillor Dan Dunn seconded, that Councillor Ann Ash be "
                "elected as Chairman, and this resolution was passed unanimously.",
            )
        ],
        id="proposed-and-seconded-that-then-the-resolution-passed",
    ),
    pytest.param(
        "Minutes of the meeting\n9. Invoices\nOnline payments were authorised in respect of the following "
        "invoices:\n\u2022 Ann Ash (grass cutting) - \u00a3100.00\n\u2022 Web Services (website) - \u00a3150.00\n",
        [(None, "Ann Ash (grass cutting) - \u00a3100.00"), (None, "Web Services (website) - \u00a3150.00")],
        id="payments-authorised-in-respect-of-a-list",
    ),
    pytest.param(
        "Minutes of the meeting\n11. Grants\nThe grant was authorised in 2019 by the County Council.\n",
        [],
        id="near-miss-authorised-in-a-past-year",
    ),
]


# A vote reported with what it decided: the words from "to", as a moved motion's; a vote against or
# on a matter, a failed one and a vote by those who are not the meeting decide nothing.
VOTED = [
    pytest.param(
        "Minutes of the meeting\n10. Report of action taken in closed session\n\nIn the closed session matter "
        "identified as 9A, the Board of Trustees voted 7 to 0 to approve a settlement of all claims.\n\n"
        "In the matter identified as 9B, the Board of Trustees voted 6 to 1, to not renew a Director's "
        "contract.\n\nThe Council voted unanimously to adopt the budget.\n",
        [
            (None, "to approve a settlement of all claims."),
            (None, "to not renew a Director's contract."),
            (None, "to adopt the budget."),
        ],
        id="body-voted-count-to-decide",
    ),
    pytest.param(
        "Minutes of the meeting\n11. Fees\n\nThe Commission voted 2-3 to approve the fee; the motion failed.\n\n"
        "Members voted against the proposal for the car park. The Board voted on the Lakeview matter.\n\n"
        "Residents voted to keep the park open in last year's survey.\n\nAt its meeting of 2/2/21, Council "
        "voted to agendize the request.\n\nThe Board voted to issue the following licenses:\nAsh Cafe, LLC\n"
        "Manager: Ann Ash\nClosing Time: 11:00 PM\n",
        [],
        id="near-miss-votes-that-failed-against-on-or-by-others",
    ),
    pytest.param(
        "Minutes of the meeting\nMs. Parati moved to nominate Ms. Cameron Holtz for the Fourth Ward Seat. Ms. "
        "Lineberger seconded the motion, and the Commission voted to approve it, 7-0.\n\nThe Commission voted "
        "to approve the minutes of June.\n",
        # (the nomination itself is the carried motion's resolution, added from the motions: test_motions)
        [(None, "to approve the minutes of June.")],
        id="a-vote-on-it-is-the-motion-before-a-vote-on-a-matter-decides",
    ),
    pytest.param(
        "AGENDA\nNotice of a closed meeting\nAt the last open meeting the Council voted to authorize a series of "
        "closed meetings on appointments.\n1. Call to order\n2. Closed session\n",
        [],
        id="near-miss-an-agenda-reports-a-vote-it-does-not-record",
    ),
]


# A mover named first by title and name, "moved to ...", its outcome in the next sentence.
MOVED_FIRST = [
    pytest.param(
        "Minutes of the meeting\n\nDirector Ash moved to approve the Consent Calendar item 3. Director\n"
        "Birch seconded the motion and it carried unanimously.\n",
        [(None, "to approve the Consent Calendar item 3.")],
        id="title-and-name-moved-to-then-carried",
    ),
    pytest.param(
        "Minutes of the meeting\n\nDirector Ash moved to approve items 1 and 2 with the attachments. Director "
        "Birch seconded the motion.\n\nDirector Cedar voiced concern about the attachments and asked staff "
        "for advice on the matter at some length.\n\nVice President Dunn moved to adopt Resolution No. 5. "
        "The motion failed 2-3.\n\nThe discussion moved to the next item on the agenda.\n",
        [],
        id="near-miss-moved-first-without-an-outcome-or-failed",
    ),
    # a member by surname alone opening the sentence or after a clause's comma; near misses: a word
    # ("The discussion moved to"), no verb of deciding after "to" ("Staff moved to a new office")
    pytest.param(
        "Minutes of the meeting\n\nPole moved to approve the consent calendar.  Rolland seconded the motion.  "
        "The motion passed 4-0.\n\nAfter review, Pole moved to adopt the resolution and Rolland seconded the "
        "motion.  The motion passed 5-0.\n\nPenn moved that the Board adopt Resolution 31-01-16.  Rolland "
        "seconded the motion and the motion passed 5-0.\n\nStaff moved to a new office. The discussion moved to "
        "the next item.\n",
        [
            (None, "to approve the consent calendar."),
            (None, "to adopt the resolution"),
            (None, "the Board adopt Resolution 31-01-16."),
        ],
        id="surname-moved-then-seconded-then-passed",
    ),
]

# The members of the deciding body as the subject of a verb of deciding, in the past: the sentence
MEMBERS_DECIDED = [
    pytest.param(
        "Minutes of the meeting\n\nThe commissioners decided to use geography as a criterion.\n"
        "The commissioners selected Mark Stone and Brian Fodder.\n"
        "Specifically, the trustees, by consensus, instructed the architect to draft a design.\n"
        "The commissioners chose to increase the deductible to $1,000, which would save $266.\n"
        "The insurer agreed the cover was poor, so the commissioners agreed that flood insurance should be dropped.\n",
        [
            (None, "The commissioners decided to use geography as a criterion."),
            (None, "The commissioners selected Mark Stone and Brian Fodder."),
            (None, "Specifically, the trustees, by consensus, instructed the architect to draft a design."),
            (None, "The commissioners chose to increase the deductible to $1,000, which would save $266."),
            (
                None,
                "The insurer agreed the cover was poor, so the commissioners agreed that flood insurance should "
                "be dropped.",
            ),
        ],
        id="members-decided-selected-instructed-chose-agreed-that-should-be",
    ),
    pytest.param(
        "Minutes of the meeting\n\nThe commissioners discussed the draft findings, but no action was taken.\n"
        "The commissioners at that meeting had opted for the design option.\nThe trustees will decide in March.\n"
        "Members agreed that it was important that funding be kept.\nMembers agreed that reinstating the line "
        "would be the best outcome however a bus would be welcomed.\n",
        [],
        id="near-miss-discussed-had-opted-will-decide-opinions",
    ),
    # the body's direction by a counted show of support (a straw vote); near misses: one member's support, the
    # body's support with no majority counted: views
    pytest.param(
        "Minutes of the meeting\n\nA majority of the Council indicated support for amending page 2, lines 46-54 to "
        "strike the words.\nCouncil Member Ash indicated support for the plan.\nA majority of the Council also "
        "indicated support to leave the text.\nThe Council expressed support for six weeks' leave.\n",
        [
            (None, "A majority of the Council indicated support for amending page 2, lines 46-54 to strike the words."),
            (None, "A majority of the Council also indicated support to leave the text."),
        ],
        id="the-body-indicated-support",
    ),
    # the body itself agreeing to a course or that a thing be so; near misses: agreeing with someone, to a noun
    # ("agreed to a point raised"), and the members agreeing that (an opinion)
    pytest.param(
        "Minutes of the meeting\n\nThe commission agreed to revisit the topic at the June 18th meeting.\n\n"
        "The Commission agreed that the Redevelopment chapter should reflect long-term goals.\n\n"
        "The commission agreed with staff.\n\nThe Council agreed to a point raised by a member.\n\n"
        "Members agreed that the hall looked well.\n",
        [
            (None, "The commission agreed to revisit the topic at the June 18th meeting."),
            (None, "The Commission agreed that the Redevelopment chapter should reflect long-term goals."),
        ],
        id="the-body-agreed-to-or-that",
    ),
    # a commission's disposition told with its vote; near miss: the same with no vote told (a report of another
    # meeting's act)
    pytest.param(
        "Minutes of the meeting\n\nOn a vote of 5:0, the Planning Commission approved the above noted application.\n\n"
        "Last year the Planning Commission approved the plan.\n",
        [(None, "On a vote of 5:0, the Planning Commission approved the above noted application.")],
        id="a-disposition-with-its-vote",
    ),
    # a title line over the decision's sentence in the same paragraph is no part of it; near miss: a line
    # ending in a stop before it stays a sentence of its own
    pytest.param(
        "Minutes of the meeting\n\n18.01.8 Finance\nThe draft budget had been circulated before the meeting.\n"
        "Transfer from Business Savings Account to Current Account\nThe Councillors resolved to transfer £1000 "
        "to the Current Account.\n",
        [(None, "The Councillors resolved to transfer £1000 to the Current Account.")],
        id="title-line-over-a-prose-decision",
    ),
]


# "That ..." then its outcome on the next line, in minutes: the wording is the resolution whether or
# not a mover is printed (or the mover's line wrapped); not a sentence that only starts with "That",
# a motion lost, nor the same lines in an agenda.
THAT_CARRIED = [
    pytest.param(
        "Minutes of the Council Meeting\n3. Seal Register\nMayor Ash/Councillor\nBirch\n"
        "That the Seal Register lie on the table for the duration of the meeting.\nCARRIED\n",
        [(None, "That the Seal Register lie on the table for the duration of the meeting.")],
        id="mover-pair-wrapped-over-two-lines",
    ),
    pytest.param(
        "Minutes of the Council Meeting\n4. Hall Hire\nThat the hall hire charge be raised to \u00a320 an hour"
        " from April.\nCarried.\n",
        [(None, "That the hall hire charge be raised to \u00a320 an hour from April.")],
        id="no-mover-printed",
    ),
    pytest.param(
        "Minutes of the Council Meeting\n5. Footpaths\nThat was the last of the footpath complaints this year,"
        " the Clerk said.\nThe Chair thanked her.\n",
        [],
        id="near-miss-a-sentence-starting-that-without-an-outcome",
    ),
    pytest.param(
        "Minutes of the Council Meeting\n6. Fireworks\nThat a fireworks display be held in the park in"
        " November.\nLOST\n",
        [],
        id="near-miss-lost",
    ),
    pytest.param(
        "Council Agenda\n7. Seal Register\nThat the Seal Register lie on the table for the duration of the"
        " meeting.\nCARRIED\n",
        [],
        id="near-miss-an-agenda",
    ),
]


# "It was proposed by A, seconded by B and agreed:" then the decision quoted in the next paragraph: the
# quotation is the item (its closing mark lost, the paragraph); a title with no stop above "It was
# proposed by ..." / "Proposed by ..." is no part of the decision; after a sentence, "Proposed by
# ..." still attributes that sentence's words.
# A decision that points back to the proposal before it: both sentences are the item; a proposal the
# meeting agreed to at once ("... and all agreed").
PROPOSAL_AGREED = [
    pytest.param(
        "Minutes of the Special Meeting\nCllr. A. Ash proposed that the meeting conclude at 18:30. This was "
        "seconded by Mayor B. Birch and agreed by Council.\n",
        [(None, "Cllr. A. Ash proposed that the meeting conclude at 18:30. This was seconded by Mayor B. Birch "
          "and agreed by Council.")],
        id="proposal-then-this-was-seconded-and-agreed",
    ),
    pytest.param(
        "Minutes of the Special Meeting\nMayor B. Birch requested contact be made again with the Minister. "
        "This was agreed.\n",
        [(None, "Mayor B. Birch requested contact be made again with the Minister. This was agreed.")],
        id="request-then-this-was-agreed",
    ),
    pytest.param(
        "Minutes of the Special Meeting\nThe Mayor proposed to take a 15 minute break at 5.15pm and all agreed.\n",
        [(None, "The Mayor proposed to take a 15 minute break at 5.15pm and all agreed.")],
        id="proposed-and-all-agreed",
    ),
    pytest.param(
        "Minutes of the Special Meeting\nThe Mayor proposed that a special meeting be held on 22 May. The Mayor "
        "also proposed that all motions be heard by June. This was agreed by Council.\n",
        [(None, "The Mayor proposed that a special meeting be held on 22 May. The Mayor also proposed that all "
          "motions be heard by June. This was agreed by Council.")],
        id="two-proposals-then-agreed",
    ),
    pytest.param(
        "Minutes of the Parish Council\n5. Village Hall\nThe quote for roof repairs was accepted. Proposed by "
        "Cllr Ash, seconded by Cllr Birch. This was agreed.\n",
        [(None, "The quote for roof repairs was accepted. Proposed by Cllr Ash, seconded by Cllr Birch.")],
        id="near-miss-this-was-agreed-after-an-attributed-decision",
    ),
    pytest.param(
        "Minutes of the Special Meeting\nThe Clerk read the correspondence aloud. This was agreed.\n",
        [(None, "This was agreed.")],
        id="near-miss-this-was-agreed-after-no-proposal",
    ),
    pytest.param(
        "Minutes of the Special Meeting\nThe Mayor proposed a break and asked whether all agreed with the "
        "timing.\n",
        [],
        id="near-miss-proposal-not-agreed",
    ),
    # the proposal as the record, its verb of deciding left out; near miss: the motion put and lost
    pytest.param(
        "Minutes of Meeting of Westvale County Council\n6. SPC Chairs\nOn the proposal of Cllr P. Lee, seconded "
        "by Cllr C. Roe, that Cllr Ann Ash be appointed to the position of Chair of the SPC for Housing.\n",
        [(None, "On the proposal of Cllr P. Lee, seconded by Cllr C. Roe, that Cllr Ann Ash be appointed to the "
          "position of Chair of the SPC for Housing.")],
        id="on-the-proposal-that-no-verb",
    ),
    pytest.param(
        "Minutes of Meeting of Westvale County Council\n6. Motion\nOn the proposal of Cllr P. Lee, seconded by "
        "Cllr C. Roe, the motion was put and lost.\n",
        [],
        id="near-miss-on-the-proposal-put-and-lost",
    ),
    # the members agreeing after a discussion; near miss: agreeing that something was so
    pytest.param(
        "Minutes of Meeting of Westvale County Council\n7. Workshop\nFollowing a short discussion, the members "
        "agreed to facilitate the workshop at the November meeting.\n",
        [(None, "Following a short discussion, the members agreed to facilitate the workshop at the November "
          "meeting.")],
        id="after-a-discussion-the-members-agreed-to",
    ),
    pytest.param(
        "Minutes of Meeting of Westvale County Council\n7. Workshop\nAfter discussion, Members agreed that it "
        "was important to act.\n",
        [],
        id="near-miss-after-a-discussion-members-agreed-that-it-was",
    ),
]


PROPOSED_THEN_QUOTED = [
    pytest.param(
        "Minutes of the Plenary Meeting\n2. Disposal of Property\nDisposal at Ash Grove\n"
        "It was proposed by Cllr. Ann Ash, seconded by Cllr. Bob Birch\nand agreed:\n"
        "\u201cThat the Council approves the disposal of its interest in land at Ash Grove\n"
        "to the Ash Grove Community Group by way of a lease for 15 years at an\n"
        "annual rent of \u20ac10. Both parties will pay their own legal costs.\n"
        "The consent of the Minister is not required.\u201d\n3. Correspondence\nThe correspondence was noted.\n",
        [
            (
                None,
                "That the Council approves the disposal of its interest in land at Ash Grove to the Ash Grove "
                "Community Group by way of a lease for 15 years at an annual rent of \u20ac10. Both parties will "
                "pay their own legal costs. The consent of the Minister is not required.",
            )
        ],
        id="quoted-decision-after-its-attribution",
    ),
    # the vote and its result alone, the movers on the lines above; near miss: the result holds the decision
    pytest.param(
        "Minutes of the Plenary Meeting\n2. Disposal\nProposed by Cllr. T. Kinsella,\nSeconded by Cllr. A. Gladney,"
        "\nFollowing a show of hands, it was agreed:-\n\u201cThat the members approve the disposal of the plot at "
        "Mountain View.\u201d\n3. Correspondence\nThe correspondence was noted.\n",
        [(None, "That the members approve the disposal of the plot at Mountain View.")],
        id="quoted-decision-after-a-show-of-hands",
    ),
    # another body's vote reported to the meeting is no decision of its own; near miss: the meeting's own vote
    pytest.param(
        "Minutes of the Town Council\n5. Budget\nCouncilor Ash reported that the Finance Committee voted unanimously "
        "to recommend the budget.\nThe Council voted unanimously to adopt the budget.\n",
        [(None, "to adopt the budget.")],
        id="a-reported-vote-of-another-body",
    ),
    # the proposer named first, the outcome as a clause, the decision quoted below; near miss: the clause holds
    # the decision itself
    pytest.param(
        "Minutes of the Monthly Meeting\n1. MINUTES\nOn the proposition of Cllr. Ann Ash, seconded by Cllr. Bob Birch, "
        "it was unanimously agreed :\n\n\u201cThat the Minutes of the Monthly Meeting held on 24 March, 2031, copies"
        "\nof which were circulated, be and the same are hereby confirmed\u201d.\n\n2. CORRESPONDENCE\n"
        "The correspondence was noted.\n",
        [(None, "That the Minutes of the Monthly Meeting held on 24 March, 2031, copies of which were circulated, be "
          "and the same are hereby confirmed")],
        id="quoted-decision-after-on-the-proposition-of",
    ),
    pytest.param(
        "Minutes of the Monthly Meeting\n1. PLAN\nOn the proposal of Cllr. Ann Ash, it was resolved:\n\n"
        "\"That the plan be noted.\"\n\n2. CORRESPONDENCE\nThe correspondence was noted.\n",
        [(None, "That the plan be noted.")],
        id="quoted-decision-after-on-the-proposal-of-no-seconder",
    ),
    pytest.param(
        "Minutes of the Monthly Meeting\n1. PLAN\nOn the proposition of Cllr. Ann Ash, it was agreed to defer the "
        "item.\n\n2. CORRESPONDENCE\nThe correspondence was noted.\n",
        [(None, "On the proposition of Cllr. Ann Ash, it was agreed to defer the item.")],
        id="near-miss-on-the-proposition-of-with-its-decision",
    ),
    pytest.param(
        "Minutes of the Plenary Meeting\n2. Disposal\nFollowing a show of hands, it was agreed to defer the item."
        "\n3. Correspondence\nThe correspondence was noted.\n",
        [(None, "Following a show of hands, it was agreed to defer the item.")],
        id="near-miss-a-show-of-hands-and-the-decision-in-one-sentence",
    ),
    pytest.param(
        "Minutes of the Plenary Meeting\n2. Part 8 Housing\n"
        "It was proposed by Cllr. Ann Ash, seconded by Cllr. Bob Birch and agreed that:\n"
        "\u201cWe the Members of the Council approve the Part 8 scheme for twelve homes at Elm Lane,\n"
        "Ash Grove, with own-door access to every unit.\n3. Correspondence\nThe correspondence was noted.\n",
        [(None, "We the Members of the Council approve the Part 8 scheme for twelve homes at Elm Lane, Ash Grove, "
          "with own-door access to every unit.")],
        id="quotation-whose-closing-mark-was-lost",
    ),
    pytest.param(
        "Minutes of the Plenary Meeting\n(iii)\n"
        "Taking in Charge of the Housing Estate at Oak Park Drive and Elm Court in Ashbury Village\n"
        "It was proposed by Cllr. Ann Ash, seconded by Cllr. Bob Birch and agreed to take the estate in charge.\n",
        [(None, "It was proposed by Cllr. Ann Ash, seconded by Cllr. Bob Birch and agreed to take the estate in "
          "charge.")],
        id="title-without-stop-above-it-was-proposed",
    ),
    pytest.param(
        "Minutes of the Plenary Meeting\n(iv)\n"
        "Agreement of the date for the Special Meeting on the Oak Park Wind Farm application\n"
        "Proposed by Cllr. Ann Ash, seconded by Cllr. Bob Birch and agreed to hold the meeting on 5th May 2031.\n",
        [(None, "Proposed by Cllr. Ann Ash, seconded by Cllr. Bob Birch and agreed to hold the meeting on 5th "
          "May 2031.")],
        id="title-without-stop-above-proposed-by",
    ),
    pytest.param(
        "Minutes of the Parish Council\n(8) Village Hall committee members for the year to come \u2013 Cllrs Ash"
        " & Birch.\nProposed by Cllr Cedar, seconded by Cllr Dunn.\n",
        [("(8)", "Village Hall committee members for the year to come \u2013 Cllrs Ash & Birch. Proposed by Cllr "
          "Cedar, seconded by Cllr Dunn.")],
        id="near-miss-proposed-by-after-a-sentence-attributes-it",
    ),
]


# US minutes print each consent item's decision under its labelled title, without an outcome of its
# own (the consent motion carried them): "B. Curriculum Proposals" / "That the Board of Trustees
# approve ...", labelled by the item; not a "That" sentence that decides nothing, nor one under no
# labelled title, nor the same lines in an agenda.
TITLED_CONSENT = [
    pytest.param(
        "Board of Trustees Meeting Minutes\n3. CONSENT CONSIDERATIONS\nA motion was made by Trustee Ash, "
        "seconded by Trustee Birch, that the Board approve Consent Considerations items 1 and 2.\n"
        "Motion carried; 7:0\nA.       Board Meeting Minutes: May 4, 2031\n"
        "That the Board of Trustees approve the minutes of the board meeting held on May 4, 2031.\n"
        "B.       Curriculum Proposals: Ash College and Birch\nCollege\n"
        "That the Board of Trustees approve the curriculum proposals for Ash College and Birch\nCollege.\n",
        [
            (None, "that the Board approve Consent Considerations items 1 and 2."),
            ("A.", "That the Board of Trustees approve the minutes of the board meeting held on May 4, 2031."),
            ("B.", "That the Board of Trustees approve the curriculum proposals for Ash College and Birch College."),
        ],
        id="consent-items-under-labelled-titles",
    ),
    pytest.param(
        "Board of Trustees Meeting Minutes\nA.       Budget Workshop\n"
        "That the workshop would be held in June was mentioned by the chair.\n",
        [],
        id="near-miss-that-deciding-nothing",
    ),
    pytest.param(
        "Board of Trustees Meeting Minutes\nThe board discussed the plan at length.\n"
        "That the Board of Trustees approve the plan was the recommendation of staff.\n",
        [],
        id="near-miss-no-labelled-title",
    ),
    pytest.param(
        "Board of Trustees Agenda\nA.       Board Meeting Minutes: May 4, 2031\n"
        "That the Board of Trustees approve the minutes of the board meeting held on May 4, 2031.\n",
        [],
        id="near-miss-an-agenda",
    ),
]

# a board's minutes in the passive, the count inside the sentence; the closed session's report of a vote; the
# member's own "I move approval of ..." with its terms; an item's title restated as the minute's subject
PASSIVE_AND_COUNTED = [
    # a matter approved in a time gone by, told in the debate, is no decision of this meeting ("last year", "two
    # years ago"); near miss: the minutes of the last meeting approved at this one
    # the approval stamp with its date straight after the word; near miss: the minutes approved as read at this one
    pytest.param(
        "Minutes of the meeting\nThe minutes of the last meeting were approved as read.\n"
        "The meeting adjourned at 7:10 p.m.\n\nMeeting minutes approved April 28, 2022\n",
        [(None, "The minutes of the last meeting were approved as read.")],
        id="near-miss-the-stamp-with-its-date",
    ),
    pytest.param(
        "Minutes of the meeting\nDan Boles – This parcel came in last year and was approved for the uses.\n"
        "A 6-lot version of this was approved two years ago that has since expired.\n"
        "The minutes of the last meeting were approved.\n",
        [(None, "The minutes of the last meeting were approved.")],
        id="near-miss-approved-in-a-time-gone-by",
    ),
    # the facts a decision rests on, listed under "Findings of Fact:", are no decisions though told in the passive;
    # near miss: an entry under "RESOLVED:"
    pytest.param(
        "Minutes of the meeting\nFindings of Fact:\n1. The subdivision was recorded on March 21, 2008.\n"
        "2. The subdivision was approved as a 2-lot Minor Subdivision, creating five lots.\n"
        "3. The subdivision was approved under the previous Development Code.\n\n"
        "RESOLVED:\n1. The budget was approved unanimously.\n",
        [("1.", "The budget was approved unanimously.")],
        id="near-miss-findings-of-fact-told-in-the-passive",
    ),
    # the minutes' own approval stamp under the signatures is a later meeting's act, no decision of this one;
    # near miss: the minutes of the last meeting approved at this one
    pytest.param(
        "Minutes of the meeting\nThe meeting adjourned at 8:30 p.m.\nAnn Ash, Recorder        Bob Birch, Mayor\n\n"
        "Minutes approved:      November 21, 2031\n",
        [],
        id="near-miss-the-minutes-approval-stamp",
    ),
    pytest.param(
        "Minutes of the meeting\nThe minutes were approved by the Commission as presented.\n\n"
        "Minutes approved by the Alta Planning Commission on April 24, 2031\nChris Otto, Assistant Town Manager\n",
        [(None, "The minutes were approved by the Commission as presented.")],
        id="near-miss-the-stamp-naming-who-approved-them",
    ),
    # a meeting system's result line and a motion's outcome told as a sentence of its own are no decisions of their
    # own (the motion above them is); near miss: the outcome of a motion whose words the sentence holds
    pytest.param(
        "Minutes of the meeting\n5. Artworks\nThe artworks were presented.\nRESULT: APPROVED\n"
        "Vote: The motion was approved 5:0 with Councilors Ash and Lee in favor.\n"
        "The motion to approve the budget was approved.\n",
        [(None, "The motion to approve the budget was approved.")],
        id="near-miss-result-lines-and-a-motions-outcome",
    ),
    # the stamp's blank for the date, read by OCR as marks, is no decision; near miss: "APPROVED:" over words
    pytest.param(
        "Minutes of the meeting\nThe meeting adjourned at 8:30 p.m.\n\nAPPROVED: \u2014 Da> Date | = }- 204\n",
        [],
        id="near-miss-the-approval-stamps-date-blank",
    ),
    pytest.param(
        "Minutes of the meeting\n5. Budget\nThe budget was presented.\nAPPROVED: the budget as presented.\n",
        [(None, "APPROVED: the budget as presented.")],
        id="approved-label-over-words",
    ),
    pytest.param(
        "Minutes of the meeting\n7. Minutes\nMinutes approved as circulated.\n",
        [(None, "Minutes approved as circulated.")],
        id="minutes-approved-at-this-meeting",
    ),
    # the passive decision whose subject holds an abbreviation's stop ("Item Nos. 2 and 3"); near miss: the
    # stop after a whole word ends the sentence, so its subject is the next sentence's alone
    pytest.param(
        "Minutes of the meeting\nConsent Agenda Item Nos. 2 and 3 were approved as written. Commissioner Ash "
        "suggested the rest be moved.\n",
        [(None, "Consent Agenda Item Nos. 2 and 3 were approved as written.")],
        id="passive-decision-an-abbreviation-in-its-subject",
    ),
    pytest.param(
        "Minutes of the meeting\nThe hall was discussed at length. Items 2 and 3 were approved as written.\n",
        [(None, "Items 2 and 3 were approved as written.")],
        id="near-miss-a-whole-word-stop-ends-the-subject",
    ),
    # an adoption that tells a time ("until a final budget was adopted") is no decision of this meeting; near miss:
    # the same words as the sentence's own decision
    pytest.param(
        "Minutes of the meeting\nCouncil Member Ash said there were things in the budget she disliked, but "
        "acknowledged the need to have a Tentative Budget until a final budget was adopted.\n"
        "The final budget was adopted.\n",
        [(None, "The final budget was adopted.")],
        id="an-adoption-telling-a-time-is-no-decision",
    ),
    pytest.param(
        "Official Minutes\nREGULAR MEETING\nItem D. 2 Approval of Board Minutes for January 14, 2031: 6:45pm\n"
        "The minutes for January 14, 2031 were moved by Commissioner Fisher,\nseconded, and approved by a vote "
        "of 7 ayes.\nWith no item withdrawn or corrected, the Consent Calendar was adopted by 7 ayes.\n"
        "In 3 matters of anticipated litigation, the Board by a vote of 7 ayes, gives direction to the General\n"
        "Counsel.\nThe plan was adopted by the Council in 2019 and is still in force.\n",
        [
            (None, "The minutes for January 14, 2031 were moved by Commissioner Fisher, seconded, and approved by a "
             "vote of 7 ayes."),
            (None, "With no item withdrawn or corrected, the Consent Calendar was adopted by 7 ayes."),
            (None, "In 3 matters of anticipated litigation, the Board by a vote of 7 ayes, gives direction to the "
             "General Counsel."),
        ],
        id="passive-and-counted-decisions",
    ),
    pytest.param(
        "Official Minutes\nREGULAR MEETING\n1. Vote on Student Matters\nI move approval of the Stipulated "
        "agreement for 1 Student: Matter No.\n2031-#20 for the Spring semester.\nThe student will be placed at "
        "Civic Center.\n- President Kim moved this item and it was seconded. The board by a vote of 7 ayes "
        "approved\nthis expulsion agreement.\n2. Other\nCommissioner Ash moved approval of the plan. Members "
        "discussed the costs. Staff will report back. The item ends here. No vote followed.\n",
        [
            (None, "approval of the Stipulated agreement for 1 Student: Matter No. 2031-#20 for the Spring "
             "semester. The student will be placed at Civic Center."),
        ],
        id="i-move-approval-with-its-terms",
    ),
    pytest.param(
        "Official Minutes\nREGULAR MEETING\nApproval of Contract of District Executive; Deputy Superintendent\n"
        "The Approval of Contract of District Executive; Deputy Superintendent was moved by\nCommissioner "
        "Fisher, seconded, and adopted by 6 ayes and 1 nay (Boggess).\n",
        [
            (None, "The Approval of Contract of District Executive; Deputy Superintendent was moved by Commissioner "
             "Fisher, seconded, and adopted by 6 ayes and 1 nay (Boggess)."),
        ],
        id="title-restated-as-the-minutes-subject",
    ),
    pytest.param(
        "GRIDLEY CITY COUNCIL MINUTES\nCONSENT AGENDA\nMotion to approve the Consent Agenda by Councilmember "
        "Torres, seconded by Vice Mayor\nWilliams\nMotion passed, all in favor\n",
        [(None, "to approve the Consent Agenda")],
        id="movers-after-the-motions-words",
    ),
    pytest.param(
        "Board of Selectmen Meeting Minutes\nChairman Daley asked about the reports. The Selectmen chose September\n"
        "25th @ 7:00 p.m. for the meeting.\nThe members chose their words carefully.\n",
        [(None, "The Selectmen chose September 25th @ 7:00 p.m. for the meeting.")],
        id="members-chose-a-date",
    ),
    # decisions by general consent, no motion put, even after a line that ends with no stop; the members
    # approving a matter named after the verb
    pytest.param(
        "MINUTES OF THE REGULAR MEETING OF THE COUNCIL\n6. ORDINANCES\nn. Ordinance adjusting fees.\n"
        "(Emergency Clause) [PW 10/25/31; CC 10/25/31] 31-901-2\nWithout objection, items 6.a \u2013 6.n were "
        "forwarded to the next\nCouncil meeting.\nWithout objection from the residents, the plan was discussed.\n"
        "Finance: Councillors approved a request for a rise of 20% in the precept.\nThe councillors approved of "
        "the idea.\nHighways engineers have agreed to inspect soon.\n",
        [
            (None, "Without objection, items 6.a \u2013 6.n were forwarded to the next Council meeting."),
            (None, "Councillors approved a request for a rise of 20% in the precept."),
        ],
        id="general-consent-and-members-approving",
    ),
]

# a long consent calendar: its organising entries, its dividers, an entry wrapped at a dash, and the motion 70
# lines below the calendar's heading
_CALENDAR = "".join(f"{n}. Approval of contract number {n} with the supplier\nfor services\n" for n in range(5, 40))
LONG_CONSENT = [
    pytest.param(
        "Official Minutes\nG. CONSENT CALENDAR\n1. Consent Calendar Organization\n2. Items Withdrawn or Corrected\n"
        "3. ----- GENERAL CONSENT ITEMS -----\n4. Ratification of contracts processed between December 28, 2030\n"
        "\u2013 January 24, 2031\n" + _CALENDAR + "The consent calendar was moved by Commissioner Fisher, seconded and "
        "approved with 7 ayes.\n",
        [
            (
                None,
                "The consent calendar was moved by Commissioner Fisher, seconded and approved with 7 ayes.",
                [("4.", "Ratification of contracts processed between December 28, 2030 \u2013 January 24, 2031")]
                + [(f"{n}.", f"Approval of contract number {n} with the supplier for services") for n in range(5, 40)],
            )
        ],
        id="long-calendar-under-its-dividers",
    ),
    pytest.param(
        "Official Minutes\nG. CONSENT CALENDAR\n1. Consent Calendar Organization\n2. Items Withdrawn or Corrected\n"
        "3. ----- GENERAL CONSENT ITEMS -----\n4. Ratification of contracts\n" + _CALENDAR + "The Board discussed "
        "the calendar at length.\n" * 5 + "The consent calendar was moved by Commissioner Fisher, seconded and "
        "approved with 7 ayes.\n",
        [(None, "The consent calendar was moved by Commissioner Fisher, seconded and approved with 7 ayes.")],
        id="near-miss-far-calendar-not-running-to-the-motion",
    ),
    pytest.param(
        "Official Minutes\nCONSENT CALENDAR\n4. Ratification of the contracts listed:\n\u2013 January 2031\n"
        "5. Approval of the plan\nThe consent calendar was moved by Commissioner Fisher, seconded and approved "
        "with 7 ayes.\n",
        [
            (
                None,
                "The consent calendar was moved by Commissioner Fisher, seconded and approved with 7 ayes.",
                [("4.", "Ratification of the contracts listed:"), ("5.", "Approval of the plan")],
            )
        ],
        id="near-miss-dash-under-an-entry-that-opens-a-list",
    ),
    pytest.param(
        "Board Minutes\n5. Equity Goal\nRESOLVED that the Board requests the CEO to:\n- consult as necessary to "
        "develop the goal that reflects the intent of the\nMRB recommendation to the Board\n- discuss the revised "
        "core goal with MRB in April\n- bring a recommendation to the April Board meeting\n",
        [
            (None, "consult as necessary to develop the goal that reflects the intent of the MRB recommendation to "
             "the Board"),
            (None, "discuss the revised core goal with MRB in April"),
            (None, "bring a recommendation to the April Board meeting"),
        ],
        id="near-miss-dashed-entries-each-ending-mid-phrase",
    ),
    # a consent agenda's entries presented above a motion whose decision comes from the motion itself ("X MOVED that
    # the City Council approve the Consent Agenda. ... The motion passed unanimously."): its children; near miss: a
    # motion naming the items it approves keeps its own words, no children
    pytest.param(
        "CITY COUNCIL MINUTES\nConsent Items\nMayor Staggs presented the following Consent Agenda:\n    a. Minute "
        "Approval: June 6, 2031;\n    b. Resolution No. 31-46 \u2013 Approve ILA for the County Program; and\n"
        "    c. Resolution No. 31-52 \u2013 Approving a Lease Agreement.\n\nCouncilmember Wells MOVED that the City "
        "Council approve the Consent Agenda.\nCouncilmember McDougal SECONDED the motion. The motion passed "
        "unanimously.\n",
        [
            (
                None,
                "the City Council approve the Consent Agenda.",
                [
                    ("a.", "Minute Approval: June 6, 2031;"),
                    ("b.", "Resolution No. 31-46 \u2013 Approve ILA for the County Program; and"),
                    ("c.", "Resolution No. 31-52 \u2013 Approving a Lease Agreement."),
                ],
            )
        ],
        id="consent-entries-under-a-motion-decision",
    ),
    pytest.param(
        "CITY COUNCIL MINUTES\nConsent Items\nMayor Staggs presented the following Consent Agenda:\n    a. Minute "
        "Approval: June 6, 2031;\n    b. Resolution No. 31-46.\n\nCouncilmember Wells MOVED that the City Council "
        "approve item a. Councilmember McDougal SECONDED the motion. The motion passed unanimously.\n",
        [(None, "the City Council approve item a.")],
        id="near-miss-motion-naming-its-consent-items",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    ATTRIBUTED
    + ELECTIONS_AND_PAYMENTS
    + VOTED
    + MOVED_FIRST
    + MEMBERS_DECIDED
    + THAT_CARRIED
    + PROPOSAL_AGREED
    + PROPOSED_THEN_QUOTED
    + TITLED_CONSENT
    + PASSIVE_AND_COUNTED,
)
def test_minutes_forms(text: str, expected: Tree) -> None:
    doc = parse_text(text)
    assert tree(doc.resolutions) == expected
    for item in doc.items():
        assert normalise_space(doc.text[item.span.start : item.span.end]) == item.text



@pytest.mark.parametrize(("text", "expected"), LONG_CONSENT)
def test_long_consent_calendar(text: str, expected: Tree) -> None:
    doc = parse_text(text)
    got = [
        (r.label, r.text, [(c.label, c.text) for c in r.children]) if r.children else (r.label, r.text)
        for r in doc.resolutions
    ]
    assert got == expected
    for item in doc.items():
        assert normalise_space(doc.text[item.span.start : item.span.end]) == item.text


# An agenda's (or minutes') recommendation printed without a label of its own carries the label of
# the agenda item it stands under: the nearest labelled line above it, or its own first line's label
# ("(a) Planning Board recommends approval ..."); a list under "Recommendation:" keeps its entries'
# labels, a bullet is no item's label, and a report's recommendation is not inherited.
ITEM_LABELS = [
    pytest.param(
        "CITY COUNCIL AGENDA\nRegular Meeting, March 3, 2031\n8. Appointments to the Planning Commission\n"
        "Recommendation: Staff recommends that the City Council appoint Ann Ash to the Commission.\n"
        "9. Elm Street Closure\n(Public Works Director Bob Birch)\n"
        "Recommendation: Staff recommends City Council approve the closure of Elm Street.\n",
        [
            ("8.", "Staff recommends that the City Council appoint Ann Ash to the Commission."),
            ("9.", "Staff recommends City Council approve the closure of Elm Street."),
        ],
        id="agenda-item-number-above",
    ),
    pytest.param(
        "CITY COUNCIL AGENDA\nRegular Meeting, March 3, 2031\n5. Ord. to rezone land east of Oak Street.\n"
        "(a) Planning Board recommends approval of the rezoning of land east of Oak Street.\n",
        [("(a)", "Planning Board recommends approval of the rezoning of land east of Oak Street.")],
        id="its-own-line-label",
    ),
    pytest.param(
        "MINUTES OF THE BOARD OF DIRECTORS\nMeeting held March 3, 2031\nB.\nFleet Purchase\n"
        "For the Board of Directors to authorize the General Manager to buy four buses.\n"
        "The motion carried 5-0.\n",
        [("B.", "For the Board of Directors to authorize the General Manager to buy four buses.")],
        id="minutes-lettered-item-above-its-title",
    ),
    pytest.param(
        "CITY COUNCIL AGENDA\nRegular Meeting, March 3, 2031\n4. Budget Amendments\nRecommendation:\n"
        "1. Approve the amended budget.\n2. Authorize the City Manager to sign the contracts.\n",
        [("1.", "Approve the amended budget."), ("2.", "Authorize the City Manager to sign the contracts.")],
        id="near-miss-a-list-keeps-its-own-labels",
    ),
    pytest.param(
        "CITY COUNCIL AGENDA\nRegular Meeting, March 3, 2031\n- Welcome and introductions\n"
        "Recommendation: Staff recommends City Council receive and file the report.\n",
        [(None, "Staff recommends City Council receive and file the report.")],
        id="near-miss-a-bullet-is-no-label",
    ),
    # a US agenda's "RECOMMENDED ACTION: ..." on the item's line, as "Recommendation: ..."
    pytest.param(
        "CITY COUNCIL AGENDA\nRegular Meeting, March 3, 2031\nCONSENT CALENDAR\na. Warrant Register\n"
        "RECOMMENDED ACTION: Approve and file the warrant register.\nb. Minutes of March 1, 2031\n"
        "Recommended Motion - Approve minutes.\n",
        [("a.", "Approve and file the warrant register."), ("b.", "Approve minutes.")],
        id="recommended-action-inline",
    ),
    pytest.param(
        "CITY COUNCIL AGENDA\nRegular Meeting, March 3, 2031\nc. Budget Workshop\n"
        "Recommended actions were discussed at the last budget workshop in some detail.\n",
        [],
        id="near-miss-recommended-actions-in-a-sentence",
    ),
    # the same short recommendation under two items is two; under one item, a restatement
    pytest.param(
        "CITY COUNCIL AGENDA\nRegular Meeting, March 3, 2031\nD. TREASURER'S REPORT OF MAY 2031\n"
        "Recommendation: Receive and file.\nAttachments: Staff Report\nE. PARKS COMMITTEE MINUTES OF MAY 2031\n"
        "Recommendation: Receive and file.\nAttachments: Draft Minutes\n",
        [("D.", "Receive and file."), ("E.", "Receive and file.")],
        id="same-words-under-two-items",
    ),
    pytest.param(
        "CITY COUNCIL AGENDA\nRegular Meeting, March 3, 2031\nD. TREASURER'S REPORT OF MAY 2031\n"
        "Recommendation: Receive and file the report.\nStaff report follows.\n"
        "The treasurer presents the report for May.\nRecommendation: Receive and file the report.\n",
        [("D.", "Receive and file the report.")],
        id="near-miss-restated-under-one-item",
    ),
    # a board-management export's record: "Subject : 3. ..." names the item a "Recommended Action :" stands under;
    # near miss: a record whose subject has no number gives none (not the record's above)
    pytest.param(
        "Board of Education Agenda\nB. Closed Session\nSubject : 3. Conference with Legal Counsel - Existing\n"
        "Litigation\nMeeting : Feb 10, 2031 - Regular Meeting\nCategory : B. Closed Session\nType : Action\n"
        "Recommended Action : Meet in closed session with legal counsel.\nSubject : Budget 2031\n"
        "Recommended Action : Approve the budget.\n",
        [("3.", "Meet in closed session with legal counsel."), (None, "Approve the budget.")],
        id="subject-field-number",
    ),
    # what the body is asked to consider, the item's own recommendation under it; near miss: asked to approve
    pytest.param(
        "CITY COUNCIL AGENDA\nO. City Administrator.\n1. Discussion: Audit Services RFP.\nCouncil is asked to "
        "consider issuing an RFP for Audit Services.\nRecommendation: Direct Staff to issue an RFP.\n2. Discussion/"
        "Action: Park.\nCouncil is asked to approve the park rules.\nRecommendation: Direct staff.\n"
        "4. CONSENT CALENDAR:\nB. Approve minutes for City Council meetings of April 9, 2031.\nC. Acknowledge "
        "receipt of Accountant's reports.\n",
        [("1.", "Direct Staff to issue an RFP."), ("2.", "Council is asked to approve the park rules."),
         ("2.", "Direct staff."), ("B.", "Approve minutes for City Council meetings of April 9, 2031."),
         ("C.", "Acknowledge receipt of Accountant's reports.")],
        id="asked-to-consider-over-its-recommendation",
    ),
    pytest.param(
        "Report to Cabinet\n3. Park Improvements\nRecommendation: That Cabinet approves the park improvement plan.\n",
        [(None, "That Cabinet approves the park improvement plan.")],
        id="near-miss-a-report-section-number-is-not-inherited",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ITEM_LABELS)
def test_recommendation_takes_its_agenda_items_label(text: str, expected: Tree) -> None:
    doc = parse_text(text)
    assert tree(doc.recommendations) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading's lone full stop after it closes a vote: no decision of its own
        ("Minutes of the Council\n3 March 2025\nFor\n12\nAgainst\n3\nAnd Resolved.\n", []),
        # near miss: a resolution with words after the heading is one
        ("Minutes of the Council\n3 March 2025\nRESOLVED: That the plan be adopted.\n", ["the plan be adopted."]),
    ],
)
def test_an_item_holds_a_word(text: str, expected: list[str]) -> None:
    import minutes_parser as mp

    assert [r.text for r in mp.parse_text(text).resolutions] == expected
