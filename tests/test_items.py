"""Recommendations and resolutions as tables of small invented documents.

Each case gives a document's text and the items expected from it as
``(label, text, [children])`` tuples; the negatives (prose that reports another
document's recommendations, reasons, lost motions, notes) sit beside the
positives and expect nothing.  Every item found must also keep the provenance
rule: the normalised text under its span is its text.
"""

from __future__ import annotations

from typing import Any

import pytest

from fixtures import pdfs
from minutes_parser import parse_pdf, parse_text
from minutes_parser.records import Document, Item
from minutes_parser.text import normalise_space

Tree = list[tuple[Any, ...]]


def tree(items: tuple[Item, ...]) -> Tree:
    out: Tree = []
    for item in items:
        if item.children:
            out.append((item.label, item.text, tree(item.children)))
        else:
            out.append((item.label, item.text))
    return out


def check_spans(doc: Document) -> None:
    for item in doc.items():
        assert normalise_space(doc.text[item.span.start : item.span.end]) == item.text


RECOMMENDATIONS = [
    # a legislation page's "Recommendation" heading over the sub-heading naming its form ("Suggested Action"), the
    # sentence under it the recommendation; near miss: "Suggested Action: approve the plan" (its words on the line)
    pytest.param(
        "Title\nMINUTES OF PREVIOUS MEETINGS.\nFiscal Impact\nX Appropriation Not Required.\nRecommendation\n"
        "Suggested Action\nStaff requests Council's review and approval of the draft minutes.\nSubmitted by,\n"
        "Ann Ash, Clerk of Council",
        [(None, "Staff requests Council's review and approval of the draft minutes.")],
        id="recommendation-heading-over-suggested-action",
    ),
    pytest.param(
        "Report to Council\nRecommendation\nSuggested Action: approve the plan.\nBackground\nThe plan was drafted.",
        [(None, "Suggested Action: approve the plan.")],
        id="suggested-action-field-with-its-words",
    ),
    pytest.param(
        "Recommendations\nIt is recommended that:\n1. The plan be approved;\n2. A report be brought back.\n"
        "Reasons for recommendations\n3. To allow consultation.",
        [("1.", "The plan be approved;"), ("2.", "A report be brought back.")],
        id="heading-preamble-list-then-reasons",
    ),
    pytest.param(
        "Cabinet is asked to:\n(a) approve the strategy;\n(b) note the risks.",
        [("(a)", "approve the strategy;"), ("(b)", "note the risks.")],
        id="body-is-asked-to",
    ),
    pytest.param(
        "Recommendation(s):\nThe Committee is asked to note the report.\n1. Introduction",
        [(None, "The Committee is asked to note the report.")],
        id="single-sentence-keeps-its-preamble",
    ),
    pytest.param(
        "Recommendation: That the Board states whether it agrees.",
        [(None, "That the Board states whether it agrees.")],
        id="inline-heading",
    ),
    pytest.param(
        "5. The panel heard evidence.\nRecommendation 1: That the Council publishes the plan.\n"
        "6. More evidence.\nRecommendation 2: That the Council sets targets.",
        [
            ("Recommendation 1", "That the Council publishes the plan."),
            ("Recommendation 2", "That the Council sets targets."),
        ],
        id="word-labels",
    ),
    pytest.param(
        "The Executive is recommended to:\n1. Adopt the policy, including:\n(i) do this;\n(ii) do that.\n"
        "2. Agree the budget.",
        [
            ("1.", "Adopt the policy, including:", [("(i)", "do this;"), ("(ii)", "do that.")]),
            ("2.", "Agree the budget."),
        ],
        id="nested-by-scheme",
    ),
    pytest.param(
        "That the Executive accept the report and:\ni. Agree the terms.\nii. Approve the pilots.",
        [("i.", "Agree the terms."), ("ii.", "Approve the pilots.")],
        id="accept-the-report-and",
    ),
    pytest.param(
        "2.0 RECOMMENDATIONS\n2.1 It is recommended that:\n2.2 The strategy be noted.\n2.3 Comments be sent.\n"
        "3.0 KEY ISSUES\n3.1 The strategy has four aims.",
        [("2.2", "The strategy be noted."), ("2.3", "Comments be sent.")],
        id="multilevel-list-ends-at-next-section",
    ),
    pytest.param(
        "Recommendation(s):\nCabinet is asked to agree the plan.\n1. Background\nSome text.\n"
        "9. Recommendation(s):\n9.1 Cabinet is asked to agree the plan.",
        [(None, "Cabinet is asked to agree the plan.")],
        id="restated-recommendation-counts-once",
    ),
    pytest.param(
        "Cabinet is asked to approve and adopt Local Plan 6:\nGrowing Together.\n2. Other business",
        [(None, "Cabinet is asked to approve and adopt Local Plan 6: Growing Together.")],
        id="colon-inside-a-title-is-not-a-list",
    ),
    pytest.param(
        "RECOMMENDED to Council that the budget be approved.",
        [(None, "the budget be approved.")],
        id="committee-recommended-to-council",
    ),
    pytest.param(
        "RESOLVED to recommend to the County Council:\na) the scheme be adopted;\nb) the fees be set.",
        [("a)", "the scheme be adopted;"), ("b)", "the fees be set.")],
        id="resolved-to-recommend-is-a-recommendation",
    ),
    pytest.param(
        "Cabinet is asked to:\na) NOTE the forecast overspend and the actions taken\nb) AGREE the changes.\n"
        "1. Introduction\nText.\n4. Recommendations\nCabinet is asked to:\na) NOTE the forecast overspend.\n"
        "b) AGREE the changes.",
        [("a)", "NOTE the forecast overspend and the actions taken"), ("b)", "AGREE the changes.")],
        id="restated-list-counts-once-even-reworded",
    ),
    pytest.param(
        "MINUTES of the meeting of the Commission held on 14 August 2024\n"
        "APPLICATION: 1 Oak Street\nSTAFF RECOMMENDATIONS:\n1. The project meets the Standards.\n"
        "2. Provide a brick sample.\nDECISION:\nAPPLICATION APPROVED.\nAPPLICATION: 2 Elm Street\n"
        "STAFF RECOMMENDATIONS:\n1. The project meets the Standards.\n2. Provide a window detail.\n",
        [
            ("1.", "The project meets the Standards."),
            ("2.", "Provide a brick sample."),
            ("1.", "The project meets the Standards."),
            ("2.", "Provide a window detail."),
        ],
        id="same-wording-after-a-decision-is-the-next-cases-own",
    ),
    pytest.param(
        "Recommendations\n1. That the plan be adopted.\n2. That the fees rise.\nBackground\n3. The plan is old.",
        [("1.", "That the plan be adopted."), ("2.", "That the fees rise.")],
        id="heading-then-list",
    ),
    pytest.param(
        "Members are asked to:\n(i) note the report;\n(ii) agree the timetable.",
        [("(i)", "note the report;"), ("(ii)", "agree the timetable.")],
        id="members-are-asked-to",
    ),
    pytest.param(
        "RECOMMENDATION(S)\n1.1 That Cabinet:\n(a) approves the strategy; and\n(b) delegates authority.\n"
        "2. BACKGROUND\n2.1 The strategy dates from 2020.",
        [("(a)", "approves the strategy; and"), ("(b)", "delegates authority.")],
        id="numbered-preamble-is-not-an-item",
    ),
    pytest.param(
        "Recommendations\n1. That the plan be approved.\n2. Reasons for Recommendations\n2.1 To deliver it.",
        [("1.", "That the plan be approved.")],
        id="numbered-reasons-heading-ends-the-list",
    ),
    # negatives
    pytest.param("The report recommends that the council adopts the plan.", [], id="reported-recommendation"),
    pytest.param("Reasons for recommendations\n1. To improve services.", [], id="reasons"),
    pytest.param("Options considered:\n1. Do nothing.\n2. Sell the land.", [], id="options-considered"),
    pytest.param(
        "Mr Ash proposed the following amendment:\nCouncil is asked to:\n(1) Reject the plan.",
        [],
        id="an-amendment-is-not-a-recommendation",
    ),
    # bilingual and US headings, and a preamble that is only the deciding body
    pytest.param(
        "Ng\u0101 t\u016btohunga\nRecommendation/s\nThat the Governing Body:\n"
        "a) whakaae / agree that a bylaw is needed\nb) whakamana / adopt the bylaw\nContext\n"
        "4. Staff recommend that the bylaw be reviewed in five years.",
        [("a)", "whakaae / agree that a bylaw is needed"), ("b)", "whakamana / adopt the bylaw")],
        id="recommendation-slash-s-heading-and-that-body-preamble",
    ),
    pytest.param(
        "Officer Recommendations Ng\u0101 T\u016btohu\nThat the Finance Committee:\n"
        "1. Receives the report.\n2. Notes the forecast.",
        [("1.", "Receives the report."), ("2.", "Notes the forecast.")],
        id="heading-with-its-maori-gloss",
    ),
    pytest.param(
        "Staff recommend that the bylaw be reviewed in five years.", [], id="staff-recommend-in-prose-is-reported"
    ),
    pytest.param(
        "RECOMMENDED ACTION:\nAdopt Resolution No. 2031-27 awarding the paving contract.\nBACKGROUND:\n"
        "On 6 February the Council approved the plans.",
        [(None, "Adopt Resolution No. 2031-27 awarding the paving contract.")],
        id="us-recommended-action",
    ),
    pytest.param(
        "Recommended actions from the audit were all completed last year.", [], id="recommended-actions-in-prose"
    ),
    pytest.param(
        "2. RECOMMENDATION(S)\nThat the Committee:-\n2.1 declare the school surplus;\n2.2 note the receipt.",
        [("2.1", "declare the school surplus;"), ("2.2", "note the receipt.")],
        id="that-the-committee-colon-dash",
    ),
    pytest.param(
        "OFFICER RECOMMENDATION\nThat Council, by Absolute Majority:\n1. Amends the fees; and\n2. Gives public notice.",
        [("1.", "Amends the fees; and"), ("2.", "Gives public notice.")],
        id="that-council-by-absolute-majority",
    ),
    pytest.param(
        "Recommendation:\nThat Council note the report.\nThat Council had asked for it in May.",
        [(None, "That Council note the report.")],
        id="that-council-sentence-is-no-preamble",
    ),
    # a committee's recommendation to Council, in its minutes
    pytest.param(
        "Minutes of the Audit Committee\nRESOLVED \u2013 That it be recommended to Council that:\n"
        "(1) the strategy be approved; and\n(2) the indicators be approved.",
        [("(1)", "the strategy be approved; and"), ("(2)", "the indicators be approved.")],
        id="resolved-that-it-be-recommended",
    ),
    pytest.param(
        "Minutes of the Committee\nProposed by Councillor Ash\nSeconded by Councillor Birch and\n"
        "AGREED to recommend that Council approve the winter hours.",
        [(None, "AGREED to recommend that Council approve the winter hours.")],
        id="agreed-to-recommend",
    ),
    pytest.param(
        "Minutes of the Committee\nIt was recommended that the Committee approve the winter hours.\n"
        "Proposed by Councillor Ash\nSeconded by Councillor Birch and\nAGREED that the recommendation be adopted.",
        [(None, "It was recommended that the Committee approve the winter hours.")],
        id="minutes-it-was-recommended-that-the-committee",
    ),
    pytest.param(
        "Minutes of the Committee\nIt was recommended by the auditors last year that the fund be closed.",
        [],
        id="minutes-it-was-recommended-by-someone-else",
    ),
    pytest.param(
        "Report to Cabinet\nBackground\nIn 2029 it was recommended that the Council review the policy.",
        [],
        id="report-history-it-was-recommended",
    ),
    # the recommendations moved at a meeting, in its minutes
    pytest.param(
        "Minutes of the County Council\n(1) The Leader moved and the Deputy Leader seconded the recommendations of "
        "the Cabinet set out in the report, namely that the County Council:\n(a) approves the budget;\n"
        "(b) approves the plan.\n(2) Mr Ash moved an amendment.",
        [("(a)", "approves the budget;"), ("(b)", "approves the plan.")],
        id="moved-the-recommendations-namely",
    ),
    pytest.param(
        "Minutes of the County Council\nMr Ash moved that the recommendations be deferred.\n(a) The vote was 5-4.",
        [],
        id="moved-about-the-recommendations-no-list",
    ),
    # a numbered resolution ends at its outcome: the next item's recommendation is still read
    pytest.param(
        "Minutes of the Ordinary Meeting\nRESOLUTION 2031/10\nMoved: Cr Ash\nSeconded: Cr Birch\n"
        "That the minutes be confirmed.\nCARRIED\n4. REPORTS\nOFFICER RECOMMENDATION\nThat Council receive the report.",
        [("4.", "That Council receive the report.")],  # the item's number, as for any unlabelled one
        id="recommendation-after-a-numbered-resolution",
    ),
    # A possessive or staff heading over the recommendation ("Committee's recommendation", "Officer's
    # Recommendation", "Staff Recommendation"), and the mover and seconder printed between it and the list.
    pytest.param(
        "Regulatory Committee\nOpen Minutes\n1. Dog Control Policy\nThe manager spoke to the report.\n"
        "Committee's recommendation\nCouncillors\nWhite / Hague\nThe Regulatory Committee:\n"
        "a.     Adopt the dog control policy\nb.     Authorise\nOfficers to consult the public\nCarried\n",
        [("a.", "Adopt the dog control policy"), ("b.", "Authorise Officers to consult the public")],
        id="possessive-heading-mover-pair-and-a-wrapped-one-word-entry",
    ),
    pytest.param(
        "Council Minutes\nCommittee recommendations were discussed at length.\nThe chair thanked staff.\n",
        [],
        id="near-miss-committee-recommendations-in-prose",
    ),
    # In an agenda, whoever recommends writes the item's recommendation as one sentence (labelled by its
    # item, as every unlabelled one in an agenda or minutes is) ("Action: The
    # superintendent is recommending that ...", "Recommendation for approval of ..."); two alike that
    # differ in a number (the minutes of the 16th and of the 18th) are two recommendations.
    pytest.param(
        "Board of Education\nRegular Meeting Agenda\nI. BUSINESS ITEMS\n2. Revised Budget\n"
        "Action: The superintendent is recommending that the board approve the revised budget.\n3. Closed session\n",
        [("2.", "The superintendent is recommending that the board approve the revised budget.")],
        id="agenda-staff-recommending-sentence",
    ),
    pytest.param(
        "Board of Education\nRegular Meeting Agenda\nI. BUSINESS ITEMS\n4. Bargaining Proposal\n"
        "Public Comment/Action: The superintendent is recommending that the board adopt the proposal.\n"
        "5. Budget Review\nPublic Comment: The superintendent is recommending that the board wait.\n",
        [("4.", "The superintendent is recommending that the board adopt the proposal.")],
        id="agenda-comment-and-action-field-near-miss-comment-alone",
    ),
    pytest.param(
        "Board of Commissioners\nRegular Meeting Agenda\nK. Minutes\n"
        "1. Recommendation for approval of the minutes of the November 16, 2031 meeting.\n"
        "2. Recommendation for approval of the minutes of the November 18, 2031 meeting.\n",
        [
            ("1.", "Recommendation for approval of the minutes of the November 16, 2031 meeting."),
            ("2.", "Recommendation for approval of the minutes of the November 18, 2031 meeting."),
        ],
        id="agenda-entries-that-are-recommendations-differing-in-a-date",
    ),
    pytest.param(
        "Board of Commissioners\nRegular Meeting Agenda\n4. Parks report\n"
        "The report recommends that the parks budget be increased next year.\n",
        [],
        id="near-miss-a-report-recommends-in-an-agenda",
    ),
    # Two who recommend together, a board among them, and an entry worded as what the body is asked
    # to do; who recommends named in "It is recommended by ... that".
    pytest.param(
        "City Council Agenda\n7. Ord. to rezone land on Elm Road.\n"
        "(a) Zoning Board and Planning Department recommend approval of\nthe rezoning of land on Elm Road.\n",
        [("(a)", "Zoning Board and Planning Department recommend approval of the rezoning of land on Elm Road.")],
        id="agenda-two-recommenders-together",
    ),
    pytest.param(
        "Board of Directors\nRegular Meeting Agenda\nA.\nBus Purchase\n"
        "For the Board of Directors to authorize the General Manager to buy six electric buses.\n"
        "B.\nParks Report\nFor the Board members to discuss the parks report.\n",
        [("A.", "For the Board of Directors to authorize the General Manager to buy six electric buses.")],
        id="agenda-entry-for-the-board-to-act-and-a-discussion-near-miss",
    ),
    pytest.param(
        "Board of Directors\nRegular Meeting Minutes\n5. Audit\n"
        "It is recommended by the Audit Committee that the Board of Directors accept the audit report.\n"
        "The Chair further recommends that the rules be reviewed each year.\n"
        "It is recommended by many residents in the survey.\n",
        [
            ("5.", "It is recommended by the Audit Committee that the Board of Directors accept the audit report."),
            ("5.", "The Chair further recommends that the rules be reviewed each year."),
        ],
        id="minutes-recommended-by-a-committee-and-the-chair-with-a-near-miss",
    ),
    pytest.param(
        "Recommendations\nThe Committee:\na.     Receive\nthe report titled \u201cJoint Alcohol Policy\n(LAP)\u201d.\n"
        "b.     Resolve\nthat in accordance with section 90 of the Act\n2012:\ni.      The policy is notified\n"
        "c.     That a review be held.\nBACKGROUND:\nd.     Not an entry.",
        [
            ("a.", "Receive the report titled \u201cJoint Alcohol Policy (LAP)\u201d"),
            ("b.", "Resolve that in accordance with section 90 of the Act 2012:", [("i.", "The policy is notified")]),
            ("c.", "That a review be held."),
        ],
        id="wrapped-entry-ending-in-a-year-or-a-bracket-is-no-heading-and-a-capitals-heading-is",
    ),
    pytest.param(
        "RECOMMENDATION\nfor consideration\nThat having considered all\nmatters raised in the report:\n"
        "a)         That\nCouncil grants a licence to occupy;\nb)         That\nCouncil consults on it.\n",
        [("a)", "That Council grants a licence to occupy;"), ("b)", "That Council consults on it.")],
        id="heading-purpose-line-then-having-considered-preamble",
    ),
    pytest.param(
        "RECOMMENDATION\nThat, having considered the report, the report be noted.\n",
        [(None, "That, having considered the report, the report be noted.")],
        id="having-considered-sentence-that-decides-is-no-preamble",
    ),
    pytest.param(
        "STAFF RECOMMENDATIONS:\nStaff has the following comments about the proposal:\n"
        "1. The project meets the Standards.\n2. Staff recommends Approval, with the following Conditions:\n"
        "a. Provide a window detail.\nb. Provide a brick sample.\n3. Minor revisions may be reviewed by staff.\n",
        [
            ("1.", "The project meets the Standards."),
            (
                "2.",
                "Staff recommends Approval, with the following Conditions:",
                [("a.", "Provide a window detail."), ("b.", "Provide a brick sample.")],
            ),
            ("3.", "Minor revisions may be reviewed by staff."),
        ],
        id="adviser-has-the-following-comments-is-a-preamble",
    ),
    pytest.param(
        "Recommendation:\n\nStaff recommends that the Planning Commission approve the request to amend the plat\n"
        "based on the following findings and conditions:\n\n1. The amended plat was properly noticed.\n"
        "2. All lots will meet the minimum lot size.\n",
        [
            (
                None,
                "Staff recommends that the Planning Commission approve the request to amend the plat based on the "
                "following findings and conditions:",
                [("1.", "The amended plat was properly noticed."), ("2.", "All lots will meet the minimum lot size.")],
            ),
        ],
        id="a-sentence-recommending-a-course-on-the-findings-below-keeps-them-as-its-entries",
    ),
    # a committee's decision in minutes to recommend to another body, its "that" clause the recommendation;
    # near miss: no "that" clause, nothing recommended yet
    pytest.param(
        "Minutes of the Parish Council\nThe Committee agreed to recommend to the Finance Committee that the "
        "quotation to repair the fence is accepted.\nThe Committee agreed to recommend a contractor later.\n",
        [(None, "The Committee agreed to recommend to the Finance Committee that the quotation to repair the "
          "fence is accepted.")],
        id="committee-agreed-to-recommend-that",
    ),
    # a heading with its Māori gloss after a slash; near miss: the reason a late item is taken at the meeting
    pytest.param(
        "Infrastructure Committee Agenda\n2 Recommendations / Whakataunga\nThat the Committee notes that:\n1. "
        "Restrictions will be imposed on Gorge Road.\n2. Restrictions would be implemented under delegation.\n"
        "3 Background / Horopaki\nIn preparation for the closure.\n",
        [("1.", "Restrictions will be imposed on Gorge Road."),
         ("2.", "Restrictions would be implemented under delegation.")],
        id="heading-with-a-maori-gloss",
    ),
    pytest.param(
        "Infrastructure Committee Meeting Minutes\nExtra ordinary business\nThe Committee are asked to consider "
        "Item 4.3 at today's meeting to receive an update.\n",
        [],
        id="near-miss-asked-to-consider-a-late-item-at-todays-meeting",
    ),
    # an agenda's motion for the meeting to make, under its lettered item (its label); near miss: in minutes the
    # line records a motion made, not a recommendation
    pytest.param(
        "School Committee Agenda\nV. REPORTS\nA. Rules Subcommittee: March 16, 2031\nMotion: to accept the report "
        "of the Rules Subcommittee\nB. Other business\n",
        [("A.", "to accept the report of the Rules Subcommittee")],
        id="agenda-motion-line",
    ),
    pytest.param(
        "School Committee Minutes\nV. REPORTS\nA. Rules Subcommittee\nMotion: to accept the report of the Rules "
        "Subcommittee\nB. Other business\n",
        [],
        id="near-miss-a-motion-line-in-minutes",
    ),
    # the member to move it named before its wording; near miss: a motion's title with no wording
    pytest.param(
        "Licensing Commission Agenda\nCommunications\n1. Motion by Chair Lynch to allow licensees to extend "
        "hours during the games.\n2. Motion by Councilor Ewen regarding parking\n",
        [("1.", "to allow licensees to extend hours during the games.")],
        id="agenda-motion-by-a-named-member",
    ),
    # the action proposed on the item above, on a line of its own; near miss: an item titled by the same noun
    pytest.param(
        "Licensing Commission Agenda\nRatification of Votes\n2. Approval of the minutes of the Regular Meeting "
        "of 3/17/31.\n3. Blisspoint Meadery, 1 Fox Run Road, requesting approval of a Special Farmer Winery\n"
        "License for the Farmers Market (SFW26-000001)\nApproval of this Special Farmer Winery License.\n"
        "4. Far From the Tree LLC, requesting approval of a Special Alcohol License\nDenial of these "
        "applications.\n",
        [("3.", "Approval of this Special Farmer Winery License."), ("4.", "Denial of these applications.")],
        id="agenda-action-on-the-item-above",
    ),
    pytest.param(
        "Licensing Commission Minutes\n3. Blisspoint Meadery, requesting approval of a Special Farmer Winery "
        "License\nApproval of this Special Farmer Winery License.\n",
        [],
        id="near-miss-the-action-line-in-minutes",
    ),
    # the deciding body alone, with no colon or with a semicolon, over a list: its entries are the items; over
    # the words on the line below, one item; near miss: a sentence that goes on past the body
    pytest.param(
        "Board Report\nRECOMMENDATION\nThat the Board\n\u2022 Notes that Jo Ash has been appointed.\n"
        "\u2022 Requests the Ministry to campaign.\nBACKGROUND\n",
        [(None, "Notes that Jo Ash has been appointed."), (None, "Requests the Ministry to campaign.")],
        id="that-the-board-without-a-colon-over-bullets",
    ),
    pytest.param(
        "Board Report\nIt is recommended that the HBDHB Board;\n1. Note the contents of this report.\n"
        "2. Endorse the plan.\n",
        [("1.", "Note the contents of this report."), ("2.", "Endorse the plan.")],
        id="it-is-recommended-that-the-board-semicolon-over-a-list",
    ),
    pytest.param(
        "Board Report\nRECOMMENDATION\nThat the Board\nNote the contents of this report.\nCouncil met on "
        "Thursday.\n",
        [(None, "That the Board Note the contents of this report.")],
        id="that-the-board-over-its-words-on-the-next-line",
    ),
    pytest.param(
        "Board Report\nRECOMMENDATION\nThat the Board note the report\n\u2022 Background follows.\n",
        [(None, "That the Board note the report")],
        id="near-miss-a-sentence-past-the-body-is-no-bare-preamble",
    ),
    # the item's title in capitals and a dash before whoever recommends; near miss: no recommender after the dash
    pytest.param(
        "Housing Authority Agenda\nCONSENT CALENDAR\n1. MEETING MINUTES \u2013 Staff recommends the Housing "
        "Authority approve the minutes of the regular\nmeeting of October 18, 2022, as submitted.\n2. REPORTS "
        "\u2013 The minutes were approved.\n",
        [("1.", "Staff recommends the Housing Authority approve the minutes of the regular meeting of October 18, "
          "2022, as submitted.")],
        id="capitals-title-dash-staff-recommends",
    ),
    # an item's title naming what it recommends is no heading over recommendations; near miss: "to" a body
    pytest.param(
        "Board Minutes\n17. RECOMMENDATION TO EXCLUDE THE PUBLIC\nThe public section closed 3.50pm\n"
        "Recommendations to Cabinet:\n1. Approve the plan.\n",
        [("1.", "Approve the plan.")],
        id="recommendation-to-exclude-the-public-is-a-title",
    ),
    # an entry on the next page under one that opens nothing is the page's own list (the report's summary);
    # near miss: the same entries on the same page nest under it by their indent
    pytest.param(
        "Board Report\nRECOMMENDATION:\nThat the Board:\n1. Note the contents of this report\n\f  \u2022 Health "
        "Services (Appendix 2)\n  Higher than planned nursing costs.\n",
        [("1.", "Note the contents of this report")],
        id="no-child-across-a-page-break",
    ),
    pytest.param(
        "Board Report\nRECOMMENDATION:\nThat the Board:\n1. Note the contents of this report\n  \u2022 Health "
        "Services (Appendix 2)\n",
        [("1.", "Note the contents of this report", [(None, "Health Services (Appendix 2)")])],
        id="near-miss-the-child-on-the-same-page",
    ),
    # a side heading run into its text with no mark, the text opening "That" or an action verb; near misses:
    # the heading run into a title ("Recommendation Report") or a past participle ("Approved")
    pytest.param(
        "STAFF REPORT\nTo: Board of Directors\nI. Recommendation Approve the transfer of $6,500 from the "
        "Contingency Fund.\nII. Background\nRecommendation Approved by Cabinet on 3 May.\n",
        [(None, "Approve the transfer of $6,500 from the Contingency Fund.")],
        id="run-in-recommendation-heading-action-verb",
    ),
    pytest.param(
        "Committee Report\nRECOMMENDATION      That the Board approves the budget.\nBACKGROUND\n"
        "Recommendation Report for the Park\n",
        [(None, "That the Board approves the budget.")],
        id="run-in-recommendation-heading-that",
    ),
    # ... or run into the motion it proposes under that motion's label (the words in the quotes); near miss: the
    # heading run into a motion's outcome, no label's colon
    pytest.param(
        "STAFF REPORT\nTo: Board of Directors\nI. Recommendation Board Motion: \u201cApprove the reclassification "
        "of the Associate position to full-time.\u201d\nII. Background\nRecommendation Motion Carried by the Board\n",
        [(None, "Approve the reclassification of the Associate position to full-time.")],
        id="run-in-recommendation-heading-board-motion",
    ),
    # a committee's report transmitting numbered matters to the council with its recommendation; a sponsor's
    # bracketed line between two entries is neither's words; an initial wrapped to a line's start is no letter
    # label; near miss: "Transmits the following communication", nothing recommended
    pytest.param(
        "DOCKET OF THE REGULAR COUNCIL MEETING\nCOMMITTEE ON FINANCE\nTransmits the Following with Recommendation "
        "the Same be Severally\nApproved:\n14. Resolution Authorizing the Lease of Pier 9.\n(Sponsored by Council "
        "President Ash, by request)\n15. An Ordinance to change the Zoning District for the Property at 180 George\n"
        "M. Cohan Boulevard, from R-2 to W-2.\nFROM THE CLERK'S DESK\nTransmits the following communication:\n"
        "25. Communication from Val Birch, dated April 14, 2031.\n",
        [
            ("14.", "Resolution Authorizing the Lease of Pier 9."),
            ("15.", "An Ordinance to change the Zoning District for the Property at 180 George M. Cohan Boulevard, "
             "from R-2 to W-2."),
        ],
        id="committee-transmits-with-recommendation",
    ),
    # in minutes, each consent item's "BACKGROUND and RECOMMENDATION:" paragraph: its recommending sentence is the
    # item (a course as a verb's -ing form too), labelled as the entry it stands under; near miss: a paragraph
    # under "BACKGROUND:" alone, its staff's view a report of it
    pytest.param(
        "MINUTES OF THE ELM CITY COUNCIL\nCouncil Member Ash moved to approve the consent calendar.\n"
        "a. Consider approval to award bid for the restroom remodel.\n\n"
        "     BACKGROUND and RECOMMENDATION: The existing restroom is in need of major repair. This project\n"
        "     will replace it. Staff recommends awarding the bid to Graf Ventures, Inc in the amount of $420,034.\n\n"
        "b. Consider approval of an agreement with Elm LLC.\n\n"
        "     BACKGROUND and RECOMMENDATION: The developer is improving the road;\n"
        "     bids were due on March 7th. Staff recommends approval of the agreement.\n\n"
        "c. Consider approval of a lease.\n\n"
        "     BACKGROUND: The tenant asked for a lease. Staff recommends approval of the lease.\n",
        [
            ("a.", "Staff recommends awarding the bid to Graf Ventures, Inc in the amount of $420,034."),
            ("b.", "Staff recommends approval of the agreement."),
        ],
        id="background-and-recommendation-paragraphs",
    ),
    # an explanation printed under an entry, in sentences of its own, before the list's next entry: neither
    # entry's words, and no end of the list
    pytest.param(
        "2. Recommendations\nCouncil is recommended to approve: -\na) That the orchestra be commissioned to perform a "
        "concert on 1 July.\nThe concert programme would be drawn from the repertoire.\nThe event would be held at "
        "the park gate.\nb) That the Clerk be delegated to apply for permission to use the park.\n3. Background\n"
        "The budget was set in December.\n",
        [
            ("a)", "That the orchestra be commissioned to perform a concert on 1 July."),
            ("b)", "That the Clerk be delegated to apply for permission to use the park."),
        ],
        id="explanation-between-entries",
    ),
    # near miss: prose after the last entry, then a list restarting at "a)": no next entry follows
    pytest.param(
        "2. Recommendations\nCabinet is asked to:\na) approve the plan.\nThe plan was consulted on widely.\n"
        "a) Appendix one lists the sites.\n",
        [("a)", "approve the plan.")],
        id="near-miss-prose-after-the-last-entry",
    ),
    # a draft resolution under the heading, its clauses one after another's semicolon, each opening its line in
    # capitals: each clause an item, an "AND THAT ..." clause going on with the one before it (as Ontario and BC
    # minutes' "THAT ...; AND THAT ..." is one resolution); near miss: after a comma, the same
    pytest.param(
        "STAFF REPORT\nTO: Board\n\nRECOMMENDATION:\n\nWHEREAS the Authority is engaged in a\nproject that requires "
        "stone;\nAND WHEREAS tenders were sought;\nAND THAT RFT No. 1 be awarded to Ash Ltd. at a total\ncost not to "
        "exceed $1,000;\nTHEREFORE LET IT BE RESOLVED THAT RFT No. 2 be awarded to Birch Inc.;\nAND FURTHER THAT "
        "officials be directed to take action.\n\nBACKGROUND\nThe project began in 2030.\n",
        [
            (None, "WHEREAS the Authority is engaged in a project that requires stone;"),
            (None, "AND WHEREAS tenders were sought; AND THAT RFT No. 1 be awarded to Ash Ltd. at a total cost not to "
             "exceed $1,000;"),
            (None, "THEREFORE LET IT BE RESOLVED THAT RFT No. 2 be awarded to Birch Inc.; AND FURTHER THAT officials "
             "be directed to take action."),
        ],
        id="draft-resolution-clauses-after-semicolons",
    ),
    pytest.param(
        "STAFF REPORT\nTO: Board\n\nRECOMMENDATION:\n\nTHAT the standing orders be suspended,\nAND THAT the "
        "meeting continue to 10pm.\n\nBACKGROUND\nThe project began in 2030.\n",
        [(None, "THAT the standing orders be suspended, AND THAT the meeting continue to 10pm.")],
        id="near-miss-and-that-after-a-comma",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RECOMMENDATIONS)
def test_recommendations(text: str, expected: Tree) -> None:
    doc = parse_text(text)
    assert tree(doc.recommendations) == expected
    check_spans(doc)


RESOLUTIONS = [
    pytest.param("RESOLVED that the minutes be approved.", [(None, "the minutes be approved.")], id="resolved-that"),
    pytest.param(
        "Resolved \u2013 That:\ni. The plan be agreed.\nii. The budget be approved.",
        [("i.", "The plan be agreed."), ("ii.", "The budget be approved.")],
        id="resolved-dash-that-list",
    ),
    pytest.param(
        "Cabinet resolved to:\n1. Approve the plan.\n2. Note the risks.\nAdditional documents:",
        [("1.", "Approve the plan."), ("2.", "Note the risks.")],
        id="body-resolved-to",
    ),
    pytest.param(
        "Proposed by Councillor Ash;\nSeconded by Councillor Birch;\n"
        "And Resolved:\n\u201cThat the minutes be adopted.\u201d",
        [(None, "That the minutes be adopted.")],
        id="and-resolved-quoted",
    ),
    pytest.param(
        "Minutes of the parish meeting\nIt was agreed that the next meeting be held in May.",
        [(None, "It was agreed that the next meeting be held in May.")],
        id="prose-it-was-agreed",
    ),
    pytest.param(
        "Minutes of the parish meeting\nAfter discussion the Councillors resolved to buy a bench. The clerk left.",
        [(None, "After discussion the Councillors resolved to buy a bench.")],
        id="prose-councillors-resolved",
    ),
    pytest.param(
        "COUNCIL MOTIONS\nMOVER & SECONDER\nSUBJECT\nDISPOSITION\n1\nAsh/Birch\n"
        "That the bus network review include the north district.\nAUTOMATIC REFERRAL TO THE PUBLIC WORKS COMMITTEE\n"
        "2\nBirch / Cedar\nThat the agenda be published five days before each meeting.\nCARRIED\n"
        "3\nCedar/Ash\nThat the meeting start at 9 a.m.\nLOST",
        [(None, "That the agenda be published five days before each meeting.")],
        id="disposition-table-mover-pair-carried-only",
    ),
    pytest.param(
        "R2031-101 A. Ash, B. Birch:\nTHAT the minutes be adopted as published. Carried.",
        [("R2031-101", "THAT the minutes be adopted as published.")],
        id="numbered-resolution-carried",
    ),
    pytest.param(
        "R2031-103 A. Ash, B. Birch:\nTHAT the meeting be adjourned. Time: 8:05 p.m. Carried.",
        [("R2031-103", "THAT the meeting be adjourned.")],
        id="clerk-time-note-is-not-text",
    ),
    pytest.param(
        "Minutes of the Council\n6. Parking Controls\nThat:\nA)        That the report be received.\n"
        "B)        Council resolve pursuant to Clause\n5.3.1(a)(i) of Chapter 5 of the Consolidated Bylaw, that the "
        "space be P5.\n"
        "C)        Council note the Appendix\nD)        Council note the plan.\nCARRIED\n",
        [(None, "That:", [("A)", "That the report be received."),
                          ("B)", "Council resolve pursuant to Clause 5.3.1(a)(i) of Chapter 5 of the Consolidated "
                                 "Bylaw, that the space be P5."),
                          ("C)", "Council note the Appendix"), ("D)", "Council note the plan.")])],
        id="provision-number-wrapped-after-its-name-near-miss-appendix-ends",
    ),
    pytest.param(
        "R2031-122 A. Ash, B. Birch: That the meeting be adjourned. Time: 8:19 p.m. Next regular meeting December 18, "
        "2031. Carried.\n",
        [("R2031-122", "That the meeting be adjourned.")],
        id="movers-and-words-on-the-numbers-line",
    ),
    pytest.param(
        "R2031-123 A. Ash, B. Birch: That the next regular meeting be moved to December 18, 2031. Carried.\n",
        [("R2031-123", "That the next regular meeting be moved to December 18, 2031.")],
        id="near-miss-the-next-meeting-is-what-was-decided",
    ),
    pytest.param(
        "Minutes of the Council\n6.1 Confirmation of Minutes\nResolved:\u00a0 19.6\nMoved:       Cr Tim Ash\n"
        "Seconded:  Cr\nKelly Birch\n1.\nThat the minutes of the meeting be\nreceived.\nCarried\n"
        "6.2 Adoption of the Scope\nResolved:  19.7\nMoved:       Cr Shelley\nBurne-Field\nSeconded:  Cr Ian Cedar\n"
        "That having considered all\nmatters raised in the report:\na)         That\nthe scope be adopted.\nCarried\n"
        "6.3 Item: 19.8\nMoved:       Cr Ash\nThat the plan be noted.\nCarried",
        [
            ("19.6", "That the minutes of the meeting be received."),
            (
                "19.7",
                "That having considered all matters raised in the report:",
                [("a)", "That the scope be adopted.")],
            ),
            (None, "That the plan be noted."),
        ],
        id="resolution-number-after-resolved-colon-wrapped-movers-and-a-list-of-one",
    ),
    pytest.param(
        "Council resolution\nCouncillors\nBrosnan / Wise\nThat Council:\na.\nConsider the community feedback,\n"
        "b.    That staff take the following direction:\n"
        + "".join(f"{n}.\nThat element {n} be part of the design,\n" for n in range(1, 12))
        + "c.     Note the tender.\nCarried",
        [
            ("a.", "Consider the community feedback,"),
            ("b.", "That staff take the following direction:", [
                (f"{n}.", f"That element {n} be part of the design,") for n in range(1, 12)
            ]),
            ("c.", "Note the tender."),
        ],
        id="moved-motion-whose-list-runs-past-the-motion-window",
    ),
    pytest.param(
        "Minutes of the Special Meeting of the Council\nSubmission No. 1: EPA\n"
        "A roll-call vote took place to accept the Chief Executive's recommendation of\n"
        "'No change' for Submission No. 1.\nAnd Resolved.\n\n"
        "A vote was requested by Councillor Ash on the amendment.\n\n"
        "A roll-call vote took place to accept the amendment, which was lost.",
        [(None, "A roll-call vote took place to accept the Chief Executive's recommendation of 'No change' for "
                "Submission No. 1.")],
        id="vote-took-place-to-accept-and-near-misses",
    ),
    pytest.param(
        "Board of Directors Meeting Minutes\n## XI. Unanimous Consent\n"
        "Motion:               Director Folska made the motion to approve items A through C.\n\n"
        "Director Broom seconded the motion.\n\n"
        "The Motion:              The motion passed with 13 in favor.\n\n"
        "## XII. Fares\nMotion:               Director Ash made the motion to approve the fare increase.\n\n"
        "Director Birch seconded the motion.\n\nThe Motion:              The motion failed with 3 in favor.\n",
        [(None, "to approve items A through C.")],
        id="mover-made-the-motion-carried-and-a-failed-near-miss",
    ),
    pytest.param(
        "Decision:\nThe Committee approved the lease.\nPublication date: 1 May 2031",
        [(None, "The Committee approved the lease.")],
        id="decision-heading",
    ),
    pytest.param(
        "Decision: Cabinet propose to:\na) To ADOPT the plan\nb) To DELEGATE authority to the Director",
        [("a)", "To ADOPT the plan"), ("b)", "To DELEGATE authority to the Director")],
        id="record-of-decision",
    ),
    pytest.param(
        "Minutes of the meeting\n\u2022 Minutes from 1/2/31 meeting approved \u2013 A. Ash (motion), B. Birch (second)",
        [(None, "Minutes from 1/2/31 meeting approved")],
        id="motion-and-second-attribution-dropped",
    ),
    pytest.param(
        "And Resolved:\n\u201cThat the works at Main Street, Co.\nWestshire be approved.\u201d.",
        [(None, "That the works at Main Street, Co. Westshire be approved.")],
        id="quotation-runs-to-its-closing-mark",
    ),
    pytest.param(
        "Minutes of the meeting\nIt was agreed that the sign should read \u201cOld Town.\u201d The clerk left.",
        [(None, "It was agreed that the sign should read \u201cOld Town.\u201d")],
        id="quotation-opened-inside-keeps-its-closing-mark",
    ),
    pytest.param(
        "Minutes of the meeting\nIt was agreed that the \u2018Old Town\u2019 sign be kept. The clerk left.",
        [(None, "It was agreed that the \u2018Old Town\u2019 sign be kept.")],
        id="single-quotation-inside",
    ),
    pytest.param(
        "Minutes of the meeting\nOn the proposal of Councillor Ash, it was agreed to allocate the following:\n"
        "\u20ac2,000 to the Village Hall.\n5. Any other business",
        [
            (
                None,
                "On the proposal of Councillor Ash, it was agreed to allocate the following: "
                "\u20ac2,000 to the Village Hall.",
            )
        ],
        id="prose-decision-takes-its-short-list",
    ),
    pytest.param(
        "Minutes of the meeting\nInvoice for insurance \u00a3 100.00 resolved to pay\n"
        "Hall hire \u00a3 20.00 resolved to pay",
        [
            (None, "Invoice for insurance \u00a3 100.00 resolved to pay"),
            (None, "Hall hire \u00a3 20.00 resolved to pay"),
        ],
        id="one-payment-per-line",
    ),
    pytest.param(
        "Moved by: Councillor Ash\nSeconded by: Councillor Birch\nTHAT Council approve the budget.\nCARRIED",
        [(None, "THAT Council approve the budget.")],
        id="moved-seconded-carried",
    ),
    pytest.param(
        "AGREED: that the report be noted.\n",
        [(None, "the report be noted.")],
        id="agreed-heading",
    ),
    pytest.param(
        "Minutes of the meeting\nIt was resolved that the hall be repainted.",
        [(None, "It was resolved that the hall be repainted.")],
        id="it-was-resolved-is-prose",
    ),
    pytest.param(
        "RESOLVED that:\n1. the plan be approved;\n2. the fees be set.\n43. Motion on lighting\nA motion was LOST.",
        [("1.", "the plan be approved;"), ("2.", "the fees be set.")],
        id="next-minute-number-ends-the-list",
    ),
    pytest.param(
        "Minutes of the board\nMotion by Smith, seconded by Jones, to approve the minutes. Motion carried.",
        [(None, "to approve the minutes.")],
        id="us-motion-carried",
    ),
    pytest.param(
        "Decision(s):\nThe lease was approved.",
        [(None, "The lease was approved.")],
        id="decisions-heading",
    ),
    pytest.param(
        "Resolution No. 2031-55\nMoved by: Councillor Ash\nSeconded by: Councillor Birch\n"
        "THAT the tender be awarded to Oak Ltd.\nCARRIED",
        [("Resolution No. 2031-55", "THAT the tender be awarded to Oak Ltd.")],
        id="resolution-number-word-label",
    ),
    pytest.param(
        "DECISION:\nThat the application be refused for the following reasons:\n1. The design is poor.\n"
        "2. Parking is short.",
        [
            (
                None,
                "That the application be refused for the following reasons: "
                "1. The design is poor. 2. Parking is short.",
            )
        ],
        id="a-list-of-facts-stays-in-the-text",
    ),
    pytest.param(
        "Minutes of the meeting\nIt was proposed, seconded and agreed that the hall fees rise.",
        [(None, "It was proposed, seconded and agreed that the hall fees rise.")],
        id="proposed-seconded-and-agreed",
    ),
    pytest.param(
        "Minutes of the meeting\nThe recommendations in the report were agreed.",
        [(None, "The recommendations in the report were agreed.")],
        id="recommendations-were-agreed",
    ),
    pytest.param(
        "Minutes of the meeting\nOn the proposal of Cllr. Ash, seconded by Cllr. Birch the minutes were unanimously "
        "adopted.",
        [(None, "On the proposal of Cllr. Ash, seconded by Cllr. Birch the minutes were unanimously adopted.")],
        id="on-the-proposal-with-an-adverb",
    ),
    pytest.param(
        "Minutes of the meeting\nAnd Resolved: \u201cThat the minutes of the meeting held in May be taken as read and "
        "adopted.\u201d\nFollowing the adoption of the minutes Cllr Ash asked about speed cameras on the main road\n"
        "and it was noted. It was agreed this request would be forwarded to the police for a reply.\n",
        [
            (None, "That the minutes of the meeting held in May be taken as read and adopted."),
            (None, "It was agreed this request would be forwarded to the police for a reply."),
        ],
        id="prose-decision-in-a-paragraph-holding-a-formal-one",
    ),
    pytest.param(
        "Minutes of the meeting\nCouncillors agreed the hedge should be cut.\nMembers agreed with the speaker.\n"
        "The Members agreed that it was important to act.",
        [(None, "Councillors agreed the hedge should be cut.")],
        id="councillors-agreed-but-not-agreed-with-or-opinion",
    ),
    pytest.param(
        "Minutes of the meeting\nA request for swings was heard, after discussion it was felt there was no need, "
        "resolved not to provide more swings.",
        [
            (
                None,
                "A request for swings was heard, after discussion it was felt there was no need, resolved not to "
                "provide more swings.",
            )
        ],
        id="resolved-not-to",
    ),
    pytest.param(
        "Minutes of the meeting\nCorrespondence\nAir Ambulance request for a donation, resolved not to donate\n"
        "Brochure request from the Red Cross\nLetter from the hall committee",
        [(None, "Air Ambulance request for a donation, resolved not to donate")],
        id="resolved-not-to-ends-its-line-in-a-list",
    ),
    pytest.param(
        "Minutes of the meeting\nMembers agreed that when the new bins come it will help a lot.",
        [],
        id="members-agreed-that-is-an-opinion",
    ),
    pytest.param(
        "Minutes of the meeting\nProposed by Councillor Ash;\nSeconded by Councillor Birch;\nAnd Resolved:\n"
        "THAT the draft Budget for the year, as circulated, be amended as per the schedule and be\nadopted.\n"
        "AND THAT, the rate be and is hereby set at 0.25 for the year, in accordance with the Act of\n"
        "2001 as amended.\nAND THAT the scheme of refunds is adopted.\nThe Mayor thanked the members for their work.\n",
        [
            (
                None,
                "THAT the draft Budget for the year, as circulated, be amended as per the schedule and be adopted. "
                "AND THAT, the rate be and is hereby set at 0.25 for the year, in accordance with the Act of "
                "2001 as amended. AND THAT the scheme of refunds is adopted.",
            )
        ],
        id="and-that-clauses-carry-the-resolution-on",
    ),
    pytest.param(
        "Minutes of the meeting\nIt was then agreed that the Mayor\u2019s Report, as circulated, would be read into "
        "the Minutes as follows:\n\u201cIntroduction\n\nThe budget is a hard one this year and many services will "
        "be cut back as the grant falls.\n",
        [
            (
                None,
                "It was then agreed that the Mayor\u2019s Report, as circulated, would be read into the Minutes as "
                "follows:",
            )
        ],
        id="prose-decision-does-not-take-a-quoted-document",
    ),
    pytest.param(
        "R2031-148 A. Ash, B. Birch:\nThat this part of our meeting be closed to the public for the following "
        "subject matter:\n(e) litigation affecting the municipality;\nPurpose: Council to receive legal advice.\n"
        "Time: 5:33 p.m. Carried.\n",
        [
            (
                "R2031-148",
                "That this part of our meeting be closed to the public for the following subject matter: "
                "(e) litigation affecting the municipality; Purpose: Council to receive legal advice.",
            )
        ],
        id="numbered-resolution-keeps-a-list-of-facts-in-its-text",
    ),
    pytest.param(
        "R2031-149 A. Ash, B. Birch:\nTHAT Council:\n(a) approve the budget;\n(b) note the risks.\nCarried.\n",
        [("R2031-149", "THAT Council:", [("(a)", "approve the budget;"), ("(b)", "note the risks.")])],
        id="numbered-resolution-with-a-list-of-decisions",
    ),
    pytest.param(
        "Minutes of the meeting\n13.\nMotion on lighting\n"
        "It was agreed to refer this Motion to the Policing Committee\n14.\nMotion on parking\n",
        [(None, "It was agreed to refer this Motion to the Policing Committee")],
        id="next-minute-number-is-not-a-wrapped-number",
    ),
    pytest.param(
        "Minutes of the meeting\n13.\nMotion on lighting\nIt was agreed to take this with the matter in Item\n"
        "3.\nMotion on parking\n",
        [(None, "It was agreed to take this with the matter in Item 3.")],
        id="a-lower-number-wrapped-in-the-sentence",
    ),
    pytest.param(
        "Minutes of the meeting\nOn the proposal of Cmhlr. Ash, it was agreed that Cmhlr. Birch and Clir. Oak be "
        "appointed. The clerk left.",
        [(None, "On the proposal of Cmhlr. Ash, it was agreed that Cmhlr. Birch and Clir. Oak be appointed.")],
        id="irish-and-scanned-councillor-abbreviations",
    ),
    pytest.param(
        "And Resolved:\n\u201cThat the approval of the Council be given to the deletion of one structure as set "
        "out below :-\n\u2022 The deletion of Old Mill House, Westvale.\nProposed by Councillor Ash;\n",
        [
            (
                None,
                "That the approval of the Council be given to the deletion of one structure as set out below :- "
                "\u2022 The deletion of Old Mill House, Westvale.",
            )
        ],
        id="a-list-of-facts-after-colon-dash",
    ),
    pytest.param(
        "Minutes of the meeting\nThe Pot Hole repairs - Materials are needed for the lanes. Resolved Councillor Ash "
        "contact the\nsupplier and order more stone.\nCorrespondence was read.",
        [(None, "Resolved Councillor Ash contact the supplier and order more stone.")],
        id="resolved-opening-a-sentence-mid-paragraph",
    ),
    pytest.param(
        "Minutes of the meeting\n16.03.16 Finance\nThe balances were read out to the members and all cheques have "
        "now been cleared.\nIt was resolved to pay :- The Village Hall \u00a340 - Meetings\nChurchyard Donation "
        "\u00a3 250\nClerks Fee \u00a3450\n16.03.17 Correspondence\nLetters were read.\n",
        [
            (
                None,
                "It was resolved to pay :- The Village Hall \u00a340 - Meetings Churchyard Donation \u00a3 250 "
                "Clerks Fee \u00a3450",
            )
        ],
        id="payments-listed-after-colon-dash-on-the-decision-line",
    ),
    pytest.param(
        "Minutes of the meeting\n16.03.16 Finance\nThe balances were read out to the members and all cheques have "
        "now been cleared.\nIt was resolved to pay :- the Village Hall \u00a340 for the year.\nCorrespondence "
        "\u00a3 250\nLetters were read.\n",
        [(None, "It was resolved to pay :- the Village Hall \u00a340 for the year.")],
        id="colon-dash-decision-ended-by-its-stop",
    ),
    # negatives
    pytest.param(
        "Minutes of the meeting\nOn the proposal of Cllr. Ash, the motion was not adopted.",
        [],
        id="on-the-proposal-not-adopted",
    ),
    pytest.param(
        "Minutes of the board\nMotion by Smith, seconded by Jones, to approve the fee. Motion failed.",
        [],
        id="us-motion-failed",
    ),
    pytest.param(
        "Moved by: Councillor Ash\nSeconded by: Councillor Birch\nTHAT the fee be waived.\nDEFEATED",
        [],
        id="moved-seconded-defeated",
    ),
    pytest.param(
        "Minutes of the meeting\nIt was agreed by the Members at the May Council meeting to hold the budget meeting.",
        [],
        id="decision-of-another-meeting",
    ),
    pytest.param("R2031-102 A. Ash, B. Birch:\nTHAT the fee be waived. Defeated.", [], id="defeated-resolution"),
    pytest.param("R2031-104\nMissing information to be revisited.", [], id="number-without-carried"),
    pytest.param("Minutes of the meeting\nThe motion was withdrawn.", [], id="withdrawn-motion"),
    pytest.param(
        "Minutes of the meeting\nAs agreed earlier in the meeting, the item was taken in committee.",
        [],
        id="refers-back",
    ),
    pytest.param("Minutes of the meeting\nCorrespondence was noted.", [], id="noted-only"),
    pytest.param(
        "Minutes of the meeting\nThe hall was discussed. Resolved at the last meeting to repaint it, the work goes on.",
        [],
        id="resolved-at-another-meeting",
    ),
    pytest.param(
        "Minutes of the meeting\nThe Chairman put the amendment to the vote and it was agreed.",
        [],
        id="amendment-put-to-the-vote",
    ),
    pytest.param("Minutes of the meeting\nAgreed unanimously.", [], id="bare-agreed"),
    pytest.param("Decided at meeting: 1 May 2031 - Policy Committee", [], id="decided-at-meeting-is-furniture"),
    # numbered resolutions with their movers on "Moved:" lines, and New Zealand register numbers
    pytest.param(
        "Minutes of the Ordinary Meeting\nRESOLUTION 2031/10\nMoved: Cr Ash\nSeconded: Cr Birch\n"
        "That the minutes be confirmed.\nCARRIED\n4. REPORTS\nThe report was noted.",
        [("RESOLUTION 2031/10", "That the minutes be confirmed.")],
        id="numbered-resolution-moved-colon",
    ),
    # a two-column table read row by row: the labels, the seconder beside the second, the mover below;
    # the register's number is the outcome when the "CARRIED" lines are displaced
    pytest.param(
        "Minutes of the Ordinary Meeting\nRESOLUTION 2031/11\n\nMoved:\nSeconded:  Cr Ann (Annie) Birch\n\n"
        "His Worship the Mayor Carl Ash\n\nThat Council receive the report.\n\n8.2\nROADING REPORT\n"
        "RESOLUTION 2031/12\nMoved:\nSeconded:  Cr Dan Cedar\nCr Eve Dunn\nThat Council:\n"
        "a)  Adopt the plan;\nb)  Consult the public.\n\nCARRIED\n",
        [
            ("RESOLUTION 2031/11", "That Council receive the report."),
            ("RESOLUTION 2031/12", "That Council:", [("a)", "Adopt the plan;"), ("b)", "Consult the public.")]),
        ],
        id="numbered-resolution-mover-below-the-labels-outcome-displaced",
    ),
    # a label alone on its line, its words on the next (a table's label column read row by row); a wrapped
    # entry's end in lower case is no heading even when it ends with a colon
    pytest.param(
        "Minutes\nCouncil resolution\nCouncillors\nAsh / Birch\nThat Council:\na.\nConsider the feedback,\nb.\n"
        "Approve the Roll of Honour as an official list for display\nat the Memorial Centre, and:\nc.\n"
        "Provides direction on a design.\nCarried\n",
        [
            ("a.", "Consider the feedback,"),
            ("b.", "Approve the Roll of Honour as an official list for display at the Memorial Centre, and:"),
            ("c.", "Provides direction on a design."),
        ],
        id="labels-alone-their-words-below",
    ),
    pytest.param(
        "Minutes\nRESOLVED That Council:\n1. Approve the plan.\n8.\nGENERAL ITEMS\nThe report was noted.\n",
        [("1.", "Approve the plan.")],
        id="near-miss-a-minute-number-over-its-heading-is-no-entry",
    ),
    # a number that a sentence wrapped onto a line's start is no label; a long list still closes with its outcome
    pytest.param(
        "Minutes\nRC2/31         That Council waives the standing order\n9.10 requirement for the agenda.\n"
        "Ash/Birch\nCARRIED\n",
        [("RC2/31", "That Council waives the standing order 9.10 requirement for the agenda.")],
        id="register-number-sentence-wraps-a-number",
    ),
    pytest.param(
        "Minutes\nRC5/31\nResolutions\nThat Council:\n"
        "1.      Notes that item 1 of the plan is\nread with the\nreport.\n"
        "2.      Notes that item 2 of the plan is\nread with the\nreport.\n"
        "3.      Notes that item 3 of the plan is\nread with the\nreport.\n"
        "4.      Notes that item 4 of the plan is\nread with the\nreport.\n"
        "5.      Notes that item 5 of the plan is\nread with the\nreport.\n"
        "6.      Notes that item 6 of the plan is\nread with the\nreport.\n"
        "7.      Notes that item 7 of the plan is\nread with the\nreport.\n"
        "8.      Notes that item 8 of the plan is\nread with the\nreport.\n"
        "Ash/Birch\nCARRIED\n",
        [("RC5/31", "That Council:", [(f"{n}.", f"Notes that item {n} of the plan is read with the report.") for n in range(1, 9)])],  # noqa: E501
        id="register-number-long-list-closed-by-its-outcome",
    ),
    pytest.param(
        "Minutes\nRESOLVED That Council:\n1. receives the report;\n2. notes the risks.\n",
        [("1.", "receives the report;"), ("2.", "notes the risks.")],
        id="near-miss-a-colon-before-lower-case-entries-keeps-their-labels",
    ),
    pytest.param(
        "Minutes of the Ordinary Meeting\nRESOLUTION 2031/13\nMoved: Cr Ash\nSeconded: Cr Birch\n"
        "Cr Cedar spoke against the fee.\nThat the fee be $105.\nCARRIED\n",
        [("RESOLUTION 2031/13", "Cr Cedar spoke against the fee. That the fee be $105.")],
        id="near-miss-a-sentence-after-the-movers-is-no-name-alone",
    ),
    pytest.param(
        "Minutes of the Ordinary Meeting\nMotion 31-064\nMoved: Cr Ash\nSeconded: Cr Birch\n"
        "That the fee be $105.\n\n8.2\nROADING REPORT\nThe report was received.\n",
        [],
        id="near-miss-a-motion-number-without-an-outcome-is-no-resolution",
    ),
    pytest.param(
        "Minutes\n1. Apologies\nCommittee Resolved FPCO/2031/00006\nThat the apology be accepted.\n"
        "Councillor Ash/Councillor Birch                Carried\n"
        "Committee Resolved FPCO/2031/00007\nThat the Committee:\n1. Receives the report.\n2. Notes the forecast.\n"
        "Councillor Birch/Mayor    Carried",
        [
            ("FPCO/2031/00006", "That the apology be accepted."),
            ("FPCO/2031/00007", "That the Committee:", [("1.", "Receives the report."), ("2.", "Notes the forecast.")]),
        ],
        id="nz-committee-resolved-register-number",
    ),
    # decision headings
    pytest.param(
        "Minutes\n1. Minutes\nDecision\nTo approve the minute of 14 March 2031.\n2. Work Programme\nDecision\n"
        "1) To agree to close the following actions:\n   Action 3 \u2013 Roads Plan\n   Action 7 \u2013 Camera Review\n"
        "2) To note the remaining actions.",
        [
            (None, "To approve the minute of 14 March 2031."),
            ("1)", "To agree to close the following actions: Action 3 \u2013 Roads Plan Action 7 \u2013 Camera Review"),
            ("2)", "To note the remaining actions."),
        ],
        id="decision-heading-and-an-indented-list-of-facts",
    ),
    pytest.param(
        "Minutes\nPenderfyniad / Decision\nTo approve the plan.\nCofnodion / Minutes\nThe report was noted.",
        [(None, "To approve the plan.")],
        id="welsh-bilingual-decision-heading",
    ),
    pytest.param(
        "Minutes of the meeting\nThe Chair said the final\ndecision\nwould be taken in May.",
        [],
        id="a-wrapped-word-decision-is-no-heading",
    ),
    pytest.param(
        "Minutes\nCOUNCIL DECISION\nMoved: Cr Ash                Seconded: Cr Birch\nThat Council:\n"
        "1. Accepts the tender; and\n2. Authorises the sale of the old grader.\nCARRIED 6/0",
        [("1.", "Accepts the tender; and"), ("2.", "Authorises the sale of the old grader.")],
        id="council-decision-moved-that-council-list",
    ),
    pytest.param(
        "Minutes\nAMENDMENT\nMoved: Cr Ash                Seconded: Cr Birch\nThat the fee be $105.\nLOST 2/4",
        [],
        id="amendment-lost",
    ),
    # Welsh and Scottish openers
    pytest.param(
        "Minutes\nRESOLVED that for the reasons contained in the Officer's report: -\n"
        "(i) the budget be endorsed;\n(ii) the savings be endorsed.",
        [("(i)", "the budget be endorsed;"), ("(ii)", "the savings be endorsed.")],
        id="resolved-for-the-reasons-colon-space-dash",
    ),
    pytest.param(
        "Minutes\nRESOLVED: 1. That the strategy be approved.\n2. That a report be brought back in May.",
        [("1.", "That the strategy be approved."), ("2.", "That a report be brought back in May.")],
        id="resolved-colon-then-a-label-on-the-same-line",
    ),
    pytest.param(
        "Minutes\nAfter consideration, the committee\n(a) noted the report;\n(b) agreed to publish it.\n"
        "Tariffs.\nAfter discussion, the committee agreed:-\n(1) that the tariff be increased; and\n"
        "(2) that it be reviewed in a year.",
        [
            ("(a)", "noted the report;"),
            ("(b)", "agreed to publish it."),
            ("(1)", "that the tariff be increased; and"),
            ("(2)", "that it be reviewed in a year."),
        ],
        id="scottish-after-consideration-the-committee",
    ),
    pytest.param(
        "Minutes\nThere was submitted a report on the plan, including\n(1) the fall in emissions;\n"
        "(2) the actions delivered.",
        [],
        id="a-report-listing-its-contents",
    ),
    # the movers and the assent on a line of their own, the decision's words on the next (New Zealand)
    pytest.param(
        "Minutes of the council\n6 Confirmation of Council Minutes\nResolution\nMoved Cr Ash, seconded Deputy Mayor "
        "Birch and resolved\nThat Council confirms the minutes of 28 October 2015 as a true record.\n7 Next item",
        [(None, "That Council confirms the minutes of 28 October 2015 as a true record.")],
        id="moved-seconded-and-resolved-over-the-words",
    ),
    # a meeting platform's outcome line, its subject before the word: the words end before "Motion"
    pytest.param(
        "Council Meeting Minutes\n1.\n  \u2022 Moved by:Councillor S. Ash\n    Seconded by:Councillor S. Birch\n"
        "    THAT "
        "the Regular Council Meeting be called to order at 6:04 p.m.\n    Motion Carried Unanimously, By All Members "
        "Present\n2.\n",
        [(None, "THAT the Regular Council Meeting be called to order at 6:04 p.m.")],
        id="motion-carried-unanimously-by-all-members-present",
    ),
    # an Ontario township's motion number on its own line above the movers labels the decision; near miss: a number
    # with words after it on its line
    pytest.param(
        "Council Meeting Minutes\nPresent: Mayor H.S. Hughes\n2. ADOPTION OF AGENDA:\nMotion No. C120627 -1\nMoved by "
        "Evans, Seconded by Crawford\nBe it resolved that the agenda be received and adopted.\nCarried.\nMotion No. 5 "
        "was withdrawn\nMoved by Evans, Seconded by Crawford\nBe it resolved that we rise.\nCarried.\n",
        [("C120627 -1", "the agenda be received and adopted."), (None, "we rise.")],
        id="motion-number-line-above-the-movers",
    ),
    # (near miss: the words on the movers' line, a motion whose words follow "that")
    pytest.param(
        "Minutes of the council\n5. Minutes\nMoved Cr Ash, seconded Cr Birch that the minutes be confirmed. "
        "Carried.\n6. Next",
        [(None, "the minutes be confirmed.")],
        id="moved-seconded-that-the-words",
    ),
    # New South Wales: "RESOLVED unanimously on the motion of Clr X, seconded Clr Y that ..."
    pytest.param(
        "Minutes of the ordinary meeting of council\nAPOLOGY\nRESOLVED unanimously on the motion of Clr Ash, "
        "seconded Clr Birch that\nan apology by Clr Oak be accepted and\nleave of absence granted.\n"
        "061/08 Disclosure of Interests",
        [(None, "an apology by Clr Oak be accepted and leave of absence granted.")],
        id="resolved-on-the-motion-of-seconded-that",
    ),
    # the formal word inside the prose opening, in capitals; near miss below: in lower case, the whole sentence
    pytest.param(
        "Minutes of the parish council\n21.44 ELECTION OF CHAIR\nIt was RESOLVED that Cllr Ash be elected Chair of "
        "the Council.\nProposed by: Cllr Birch      Seconded by: Cllr Oak\nDue to the weather the Chair signed later.",
        [(None, "Cllr Ash be elected Chair of the Council.")],
        id="it-was-RESOLVED-that",
    ),
    pytest.param(
        "Minutes of the parish council\n2. Hall\nIt was resolved that the hall be booked.",
        [(None, "It was resolved that the hall be booked.")],
        id="it-was-resolved-that-lower-case",
    ),
    # who proposed it told after the decision, pointing back: no part of its words
    pytest.param(
        "Full Council Meeting Minutes\nF06:04/24 To agree dates for meetings.\nRESOLVED: Schedule of dates agreed. "
        "This was proposed by Cllr Ash.\nF07:04/24 To agree a date.\nRESOLVED: Meeting to be held on Wed 24th May. "
        "This was proposed by Cllr J Birch and seconded by Cllr Oak.",
        [(None, "Schedule of dates agreed."), (None, "Meeting to be held on Wed 24th May.")],
        id="decision-then-this-was-proposed-by",
    ),
    # a register's number, the movers, the words, the document cut off before the outcome; near miss below: a
    # motion's number (no register's) with no outcome is no resolution
    pytest.param(
        "Local Board\nOPEN MINUTES\n4 Confirmation of Minutes\nResolution number RD/2015/119\nMOVED by Member BP "
        "Ash, seconded by Member PH Birch:\nThat the Local Board:\na) confirm the ordinary minutes of its meeti",
        [("RD/2015/119", "That the Local Board:", [("a)", "confirm the ordinary minutes of its meeti")])],
        id="numbered-resolution-cut-off-before-its-outcome",
    ),
    pytest.param(
        "Local Board\nOPEN MINUTES\n4 Confirmation of Minutes\nMotion 24-064\nMOVED by Member BP "
        "Ash, seconded by Member PH Birch:\nThat the Local Board:\na) confirm the ordinary minutes of its meeti",
        [],
        id="numbered-motion-cut-off-no-outcome",
    ),
    # a table's row run onto one line: the register's number carries the motion and labels the decision; the name
    # stops before the deciding body, the words at the cell's rule
    pytest.param(
        "Minutes Ordinary Council Meeting\nADJOURN MEETING FOR OPEN FORUM\nResolution 449/2019 Moved: Cr Dennis Ash "
        "Seconded: Cr Leigh Birch Council adjourn for Open Forum. |\nList of Speakers\n1. Mr. Cedar spoke.",
        [("449/2019", "Council adjourn for Open Forum.")],
        id="resolution-number-moved-seconded-on-one-row",
    ),
    # prose decisions
    pytest.param(
        "Minutes of the town council\nIt was proposed by Cllr Ash, seconded by Cllr Birch and RESOLVED that the "
        "minutes be approved.",
        [(None, "It was proposed by Cllr Ash, seconded by Cllr Birch and RESOLVED that the minutes be approved.")],
        id="proposed-seconded-and-resolved",
    ),
    pytest.param(
        "Minutes of the town council\nThe Clerk reported that the District Planning Committee had resolved to "
        "refuse the application.",
        [],
        id="another-body-had-resolved",
    ),
    pytest.param(
        "Minutes\n1 The minutes of the meeting of 30th January 2031, copies of which had been circulated, were "
        "submitted and approved.",
        [
            (
                None,
                "1 The minutes of the meeting of 30th January 2031, copies of which had been circulated, were "
                "submitted and approved.",
            )
        ],
        id="minutes-submitted-and-approved",
    ),
    # US motions
    pytest.param(
        "Minutes\nThe Board reviewed the bills. Motion by Ash, second by Birch, to approve the bills of "
        "$612,447.19. Motion carried unanimously.",
        [(None, "to approve the bills of $612,447.19.")],
        id="motion-second-by-and-an-amount",
    ),
    pytest.param(
        "Minutes\nThe hearing closed at 6:31 p.m. Motion by Ash, seconded by Birch, to adopt Ordinance No. 2031-03. "
        "Roll call vote: Ayes \u2013 Ash, Birch, Cedar, Dunn. Nays \u2013 Elm. Motion carried 4-1.",
        [(None, "to adopt Ordinance No. 2031-03.")],
        id="motion-after-a-time-and-before-a-roll-call",
    ),
    pytest.param(
        "Minutes\nMotion by Ash, seconded by Birch, to table the item. Roll call vote: Ayes \u2013 Ash. "
        "Nays \u2013 Birch, Cedar, Dunn, Elm. Motion failed 1-4. Motion by Cedar, seconded by Dunn, to adjourn. "
        "Motion carried 5-0.",
        [(None, "to adjourn.")],
        id="a-failed-motion-does-not-borrow-the-next-outcome",
    ),
    pytest.param(
        "Minutes\nMotion by Ash, second by Birch, to adopt the following resolution:\nRESOLUTION NO. 2031-45\n"
        "WHEREAS, bids were received; and\nNOW, THEREFORE, BE IT RESOLVED that the contract be awarded.\n"
        "Upon a roll call vote, all voted aye. Resolution adopted.",
        [
            (
                "RESOLUTION NO. 2031-45",
                "WHEREAS, bids were received; and NOW, THEREFORE, BE IT RESOLVED that the contract be awarded.",
            )
        ],
        id="us-resolution-adopted-after-a-roll-call",
    ),
    pytest.param(
        "Minutes\n1. Moved by Councillor Laidlaw\nSeconded by Councillor Piper\nThat the minutes be confirmed as "
        "recorded.\nVOTING IN FAVOUR: Mayor Farbridge, Councillors Bell and Dennis (3)\nVOTING AGAINST: (0)\n"
        "CARRIED\n",
        [(None, "That the minutes be confirmed as recorded.")],
        id="a-recorded-vote-is-no-part-of-the-motion's-words",
    ),
    pytest.param(
        "Minutes\n1. Moved by Councillor Laidlaw\nSeconded by Councillor Piper\nThat staff report on the\n"
        "voting in favour of the by-law by the county.\nCARRIED\n",
        [(None, "That staff report on the voting in favour of the by-law by the county.")],
        id="near-miss-voting-in-favour-inside-the-words",
    ),
    pytest.param(
        "Minutes\nRESOLUTION NO. 2031-46\nWHEREAS, bids were received; and\n"
        "NOW, THEREFORE, BE IT RESOLVED that the contract be awarded.\nThe resolution was tabled.",
        [],
        id="us-resolution-tabled",
    ),
    # numbered motions, an amendment moved inside one, and the number restated before its outcome
    pytest.param(
        "Minutes\nMotion 31-064\nCouncillor Ash moved that Council approve the 2031 budget as presented.\n"
        "Councillor Birch moved an amendment that the plan include a crosswalk.\nDEFEATED\n"
        "Motion 31-064 as presented:\nCARRIED\nMotion 31-065\nCouncillor Cedar moved that the meeting adjourn.\n"
        "CARRIED UNANIMOUSLY",
        [
            ("Motion 31-064", "Councillor Ash moved that Council approve the 2031 budget as presented."),
            ("Motion 31-065", "Councillor Cedar moved that the meeting adjourn."),
        ],
        id="numbered-motion-carried-after-a-defeated-amendment",
    ),
    pytest.param(
        "Minutes\nMotion 31-066\nCouncillor Ash moved that Council sell the depot.\nDEFEATED",
        [],
        id="numbered-motion-defeated",
    ),
    # formal words inside a paragraph, Highland and California layouts
    pytest.param(
        "Minutes\nApologies were received from Cllr Ash. Resolved: to accept the apologies.\n"
        "The Council considered the report. Resolved: that the Clerk obtain quotations.",
        [(None, "to accept the apologies."), (None, "the Clerk obtain quotations.")],
        id="resolved-colon-inside-a-paragraph",
    ),
    pytest.param(
        "Minutes\nThe report was discussed. Resolved at the last meeting, the repair goes on.",
        [],
        id="resolved-at-inside-a-paragraph",
    ),
    pytest.param(
        "Minutes\nThereafter, the Committee:\ni. NOTED the allocation;\nii. APPROVED the programme.",
        [("i.", "NOTED the allocation;"), ("ii.", "APPROVED the programme.")],
        id="thereafter-the-committee",
    ),
    pytest.param(
        "Minutes\nIt was moved by Councilmember Ash and seconded by Councilmember Birch to approve the Consent "
        "Calendar. The motion carried 5-0.\nACTION: Motion by Mayor Cedar, seconded by Councilmember Dunn, to "
        "deny the appeal. The motion carried by the following vote:\nAYES: Cedar, Dunn\nNOES: Ash",
        [
            (
                None,
                "to approve the Consent Calendar.",
            ),
            (None, "to deny the appeal."),
        ],
        id="california-it-was-moved-and-action-motion",
    ),
    pytest.param(
        "Minutes\nCouncilmember Ash moved to allocate $45,000 for a shuttle. The motion died for lack of a second.\n"
        "ACTION: Motion by Mayor Cedar, seconded by Councilmember Dunn, to direct staff to seek grants. The motion "
        "failed by the following vote:\nAYES: Cedar, Dunn",
        [],
        id="california-died-and-failed-motions",
    ),
    # a notice of motion's outcome sentence is its outcome, not a second decision
    pytest.param(
        "Minutes\nNOTICES OF MOTION\nI will move at the next Meeting that this District write to the Minister.\n"
        "The Motion was proposed by Councillor Ash, seconded by Councillor Birch and\nagreed.",
        [(None, "I will move at the next Meeting that this District write to the Minister.")],
        id="notice-of-motion-outcome-sentence-is-not-separate",
    ),
    # a moved motion keeps its own words over its list unless they are only the deciding body
    pytest.param(
        "Minutes\nMoved by Councillor Ash\nSeconded by Councillor Birch\n"
        "That Item 1 of the Report be amended as follows:\n(a) Amend Recommendation 1 by deleting 9.\n"
        "(b) Amend Recommendation 2 by adding 9.\nCARRIED",
        [
            (
                None,
                "That Item 1 of the Report be amended as follows:",
                [("(a)", "Amend Recommendation 1 by deleting 9."), ("(b)", "Amend Recommendation 2 by adding 9.")],
            )
        ],
        id="moved-motion-with-words-of-its-own-over-a-list",
    ),
    # a moved motion and an amendment moved on it
    pytest.param(
        "Minutes\nMoved by Councillor Ash\nSeconded by Councillor Birch\n\nTHAT the permit be issued.\n\n"
        "Moved by Councillor Cedar\nSeconded by Councillor Ash\n\nTHAT the motion be amended by adding tree "
        "retention.\n\nDEFEATED\n\nThe question was called on the main motion.\n\nCARRIED",
        [(None, "THAT the permit be issued.")],
        id="main-motion-carried-after-a-defeated-amendment",
    ),
    pytest.param(
        "Minutes\nMoved by Councillor Ash\nSeconded by Councillor Birch\nTHAT the report be received.\n"
        "Moved by Councillor Cedar\nSeconded by Councillor Dunn\nTHAT the item be deferred.\nCARRIED",
        [(None, "THAT the item be deferred.")],
        id="a-second-motion-that-is-no-amendment",
    ),
    # the movers printed after the motion's words, which stand under a field label ("MOTION: THAT ..." /
    # "MOVED BY:" / "SECONDED BY:" / "MOTION CARRIED."); the item's title "Motion to Adopt the Agenda" over
    # it is no decision of its own
    pytest.param(
        "Minutes\n3.2 Motion to Adopt the Agenda\nMOTION: THAT the agenda be adopted as amended.\n"
        "MOVED BY: G. Ash\nSECONDED BY: I. Birch\nMOTION CARRIED.\n",
        [(None, "THAT the agenda be adopted as amended.")],
        id="motion-field-movers-after-the-words",
    ),
    pytest.param(
        "Minutes\nMOTION: THAT the agenda be adopted.\nMOVED BY: G. Ash\nSECONDED BY: I. Birch\n"
        "MOTION: THAT the report be received.\nMOVED BY: I. Birch\nSECONDED BY: G. Ash\nMOTION DEFEATED.\n",
        [],
        id="near-miss-movers-then-another-motion-not-an-outcome",
    ),
    # a motion approving the consent agenda as a whole enacts the entries printed under its heading, even where
    # the last entry has no stop before the motion's field label; near miss: with no consent heading over the
    # list, the list is not the motion's
    pytest.param(
        "MINUTES OF THE REGULAR MEETING\nThe meeting was called to order at 7:02 p.m.\n"
        "7. Consent Agenda\nTrustee Ash read the consent agenda as follows:\na. Approve Minutes of May 20\n"
        "b. Receive and file Financial Report for May\nMOTION: Trustee Birch moved to approve the Consent Agenda as "
        "read. Trustee Cedar\nseconded.\nMotion carried\n",
        [(None, "to approve the Consent Agenda as read.",
          [("a.", "Approve Minutes of May 20"), ("b.", "Receive and file Financial Report for May")])],
        id="consent-agenda-motion-takes-its-entries",
    ),
    pytest.param(
        "MINUTES OF THE REGULAR MEETING\nThe meeting was called to order at 7:02 p.m.\n"
        "7. Reports\nTrustee Ash read the reports as follows:\na. Library report\nb. Finance report\n"
        "MOTION: Trustee Birch moved to approve the Consent Agenda as read. Trustee Cedar\nseconded.\n"
        "Motion carried\n",
        [(None, "to approve the Consent Agenda as read.")],
        id="near-miss-a-list-under-no-consent-heading",
    ),
    # the meeting as the subject that agreed to act on what was put to it; near misses: agreeing to talk,
    # agreeing with a speaker, and an approval told with its year
    pytest.param(
        "Minutes of the Board\n1. Fixed Asset Review\nThe Chair asked the Board to accept the proposal.\n"
        "The Board agreed unanimously with this review.\n2. Terms\nThe Board unanimously agreed to adopt this "
        "updated policy.\nThe Board agreed these proposals subject to a reduction in direct reports.\n",
        [(None, "The Board agreed unanimously with this review."),
         (None, "The Board unanimously agreed to adopt this updated policy."),
         (None, "The Board agreed these proposals subject to a reduction in direct reports.")],
        id="board-agreed-to-accept-this-proposal",
    ),
    pytest.param(
        "Minutes of the Board\nThe Board agreed to discuss it later.\nMembers agreed with the speaker's comments.\n"
        "The Board approved the plan in 2019 as part of its review.\n",
        [],
        id="near-miss-agreed-to-talk-or-with-a-speaker",
    ),
    # A title over the motion that decided it is no decision of its own; a mover's honorific keeps its
    # stop ("Ms. Creason"); a consent item's disposition after a dash is its decision.
    pytest.param(
        "Board Minutes\nMinutes Approved (D)\nIt was moved by Ms. Creason, seconded by Dr. McKibbin, that the "
        "minutes of the January 14 regular meeting be approved.\nMOTION CARRIED UNANIMOUSLY [Ash, Birch].\n"
        "Consent Calendar\nWarrants and payroll \u2014 approved as submitted.\n",
        [
            (None, "that the minutes of the January 14 regular meeting be approved."),
            (None, "Warrants and payroll \u2014 approved as submitted."),
        ],
        id="title-over-motion-honorific-mover-and-dash-disposition",
    ),
    # a decision with no subject, a note's first word; near misses: a member's undertaking, a day agreed on
    pytest.param(
        "Minutes\n10. Mission Statement\n\u2022 Read aloud and discussed\n\u2022 Agreed to use existing mission "
        "statement\n14. Alignment\n\u2022 Decided to continue as we are doing\n\u2022 Jon Tustin agreed to review it\n",
        [(None, "Agreed to use existing mission statement"), (None, "Decided to continue as we are doing")],
        id="subjectless-agreed-and-decided-notes",
    ),
    pytest.param(
        "Minutes\nBob agreed to advertise at Spring Creek.\nAgreed on 19th June 2018.\n",
        [],
        id="near-miss-an-undertaking-and-a-day-agreed-on",
    ),
    pytest.param(
        "Board Minutes\nThe plan was approved by the state last year - as expected.\n",
        [],
        id="near-miss-approved-elsewhere-before-a-dash",
    ),
    # the passive decision whose verb is followed by "to" ("was approved to be sent", "was authorised to
    # arrange"), its subject holding an abbreviation's stop ("Cllr."); near misses: "was yet to be approved",
    # "was not approved", "was adopted allowing X to ..." (a "to" further on)
    pytest.param(
        "Minutes\nFollowing the meeting, a summary of the views of respondents\non their parish priorities had "
        "been circulated and was approved to be sent to SDNPA.\nCllr. Biddlecombe was authorised to arrange for a "
        "load of mulch.\nThe plan was yet to be approved.\nThe report was not approved.\n"
        "Recent legislation was adopted allowing the Commission to continue.\n",
        [(None, "Following the meeting, a summary of the views of respondents on their parish priorities had been "
          "circulated and was approved to be sent to SDNPA."),
         (None, "Cllr. Biddlecombe was authorised to arrange for a load of mulch.")],
        id="passive-decision-with-to-after-the-verb",
    ),
    # the meeting as subject telling its staff what to do, or rejecting what was put to it; near misses:
    # one member asking, a question asked (no course of action)
    pytest.param(
        "Minutes\nBoard asked staff from now on to include any notes for the accounts.\n"
        "The Board rejected the bid from Acme & Associates for the Elevated Tank Project.\n"
        "The Chair asked staff to explain the figures.\nThe Board asked staff questions about the tank.\n",
        [(None, "Board asked staff from now on to include any notes for the accounts."),
         (None, "The Board rejected the bid from Acme & Associates for the Elevated Tank Project.")],
        id="board-directs-staff-and-rejects-a-bid",
    ),
    # a topic of two parts before the decision, each after a spaced dash (dropped); near miss: "it" in
    # lower case after the dash is the sentence going on
    pytest.param(
        "Minutes\n\u2022 Buy A Brick Campaign \u2013 Petersfield Museum \u2013 It was agreed to support the "
        "campaign.\n(b) Precept 24-25 \u2013 It was unanimously agreed that the precept should be \u00a345,000.\n"
        "Hall repairs \u2013 it was agreed to paint the hall.\n",
        [(None, "It was agreed to support the campaign."),
         (None, "It was unanimously agreed that the precept should be \u00a345,000."),
         (None, "Hall repairs \u2013 it was agreed to paint the hall.")],
        id="topic-prefix-of-two-parts",
    ),
    # a sentence wrapped before a bracketed note that goes on in lower case (the line above is short among
    # long ones); near miss: "(a) The hall ..." is a label opening a new entry
    pytest.param(
        "Minutes\n" + "The Clerk reported on the state of the village hall roof and the quotes that had been received "
        "for its repair this winter.\n" * 3 + "The cost of printing by Petaprint\n(\u00a3160) for delivery to all "
        "residents was approved.\nThe cost of printing was noted\n(a) The hall was approved for hire.\n",
        [(None, "The cost of printing by Petaprint (\u00a3160) for delivery to all residents was approved."),
         (None, "The hall was approved for hire.")],
        id="sentence-wrapped-before-a-bracketed-note",
    ),
    # a table's rows under an approving preamble, its column headings and total left out, a wrapped last
    # cell joined to its row; near miss: lines that open with no number or amount are no table
    pytest.param(
        "Minutes\n(d) January cheque payments \u2013 these were approved as follows:\nChq No. Amount Payee Service\n"
        "100294 \u00a316.80 Town Council Dog bin\n100295 \u00a375.18 J. Graham Refund - jackets and\nwhips\n"
        "Total: \u00a391.98\nPOND \u2013\n",
        [(None, "100294 \u00a316.80 Town Council Dog bin"),
         (None, "100295 \u00a375.18 J. Graham Refund - jackets and whips")],
        id="table-rows-under-an-approving-preamble",
    ),
    # Irish council minutes: "Resolved on the proposal of X, seconded by Y ... that <words>." (the
    # sentence after "that"); "On the proposal of X, seconded by Y, and agreed by all, <what was done>"
    # (the whole sentence, under a title with no stop); "considered and approved"; the chair's
    # declaration of who was elected.  Near misses: a declared interest, a future approval, a proposal
    # with no decision.
    pytest.param(
        "Minutes of the Annual Meeting\n\nElection of Chair\n"
        "Resolved on the proposal of Cllr. Ann Ash, seconded by Cllr. Bob Birch\n"
        "that Cllr. Cy Cedar be elected as Chair. As there were no further\n"
        "nominations, Cllr. Cy Cedar was deemed elected as Chair.\n\n"
        "2.\nFilling of a Casual Vacancy\n"
        "On the proposal of Cllr. D. Dunn, seconded by Cllr. E. Elm, and agreed by all, Fay Fir was\n"
        "co-opted to fill the casual vacancy.\n\n"
        "On the proposal of Cllr. D. Dunn, the matter was discussed at length.\n",
        [
            (None, "Cllr. Cy Cedar be elected as Chair."),
            (None, "On the proposal of Cllr. D. Dunn, seconded by Cllr. E. Elm, and agreed by all, Fay Fir was "
             "co-opted to fill the casual vacancy."),
        ],
        id="irish-proposal-forms-and-a-proposal-with-no-decision",
    ),
    pytest.param(
        "Minutes of the Council\n\nThe Mayor then DECLARED Councillor Cy Cedar elected Mayor.\n\n"
        "The Chair declared Cllr. Gus Gale to be duly elected as Vice-Chair.\n\n"
        "Cllr. Ash declared a pecuniary interest in the item.\n\n"
        "The Council considered and approved the draft scheme for publication.\n\n"
        "The scheme will be considered and approved at the next meeting.\n",
        [
            (None, "The Mayor then DECLARED Councillor Cy Cedar elected Mayor."),
            (None, "The Chair declared Cllr. Gus Gale to be duly elected as Vice-Chair."),
            (None, "The Council considered and approved the draft scheme for publication."),
        ],
        id="declared-elected-and-considered-and-approved-with-near-misses",
    ),
    pytest.param(
        "Board Agenda\nConsent items are approved by one motion unless held by a member for discussion.\n"
        "The minutes were approved.\n",
        [(None, "The minutes were approved.")],
        id="near-miss-a-standing-rule-in-the-present-tense",
    ),
    # A register number, then a "Resolution" heading, the words, the mover pair and the outcome.
    pytest.param(
        "Council Minutes\nRC1/31\nResolution\nThat the apologies for absence from Mr Ash be accepted.\n"
        "Beaven/Wilson\nCARRIED\nThe Chairman addressed the meeting.\n",
        [("RC1/31", "That the apologies for absence from Mr Ash be accepted.")],
        id="register-number-then-resolution-heading",
    ),
    # A minute that records who proposed and seconded it, its outcome unwritten, is a decision; so are
    # minutes "confirmed & signed".  A lost one is not, nor a line that only attributes a motion.
    pytest.param(
        "Minutes of the Annual Meeting\n806. Confirmation of minutes of 2030 AGM: Confirmed & signed as correct.\n"
        "808. Election of Chairman for 2031/32: Cllr Ash, proposed by Cllr Birch, seconded by Cllr Cedar.\n"
        "809. The amendment proposed by Cllr Dunn, seconded by Cllr Elm, was lost.\n",
        [
            (None, "Confirmation of minutes of 2030 AGM: Confirmed & signed as correct."),
            (None, "Election of Chairman for 2031/32: Cllr Ash, proposed by Cllr Birch, seconded by Cllr Cedar."),
        ],
        id="proposed-and-seconded-minute-and-minutes-confirmed",
    ),
    pytest.param(
        "Minutes\nThe Motion was proposed by Councillor Ash and seconded by Councillor Birch.\n"
        "The chair thanked members.\n",
        [],
        id="near-miss-a-motion-attributed-not-decided",
    ),
    pytest.param(
        "Agenda\n4. Planning application proposed by the developer and seconded by nobody yet.\n",
        [],
        id="near-miss-proposed-and-seconded-by-no-one-named",
    ),
    # An action summary: the item, then a motion that names no matter of its own ("Moved by X to
    # adopt. Motion Carried 7-0."): the item is the decision, its roll-call number the label.
    pytest.param(
        "Council Summary\n99-479 (A) Elm Street Sewer Cleaning, Receiving of Bids (Construction Estimate - $208,635). "
        "Moved by Ash to adopt. Motion Carried 7-0.\n"
        "99-480 (B) Savage Park Drainage Improvements. Moved by Birch to adopt. Motion Carried 6-1.\n",
        [
            ("99-479", "Elm Street Sewer Cleaning, Receiving of Bids (Construction Estimate - $208,635)."),
            ("99-480", "Savage Park Drainage Improvements."),
        ],
        id="action-summary-item-then-bare-motion-carried",
    ),
    pytest.param(
        "Council Summary\n96-7 Alan Ash - City Manager.\nMoved by Hensley to adopt. Motion Carried 7-0.\n",
        [("96-7", "Alan Ash - City Manager.")],
        id="action-summary-item-in-the-paragraph-before",
    ),
    pytest.param(
        "Council Summary\n99-481 Gate Replacement at Elm Park for the cemetery. Moved by Ash to adopt. "
        "Motion Failed 2-5.\n",
        [],
        id="near-miss-action-summary-motion-failed",
    ),
    pytest.param(
        "Council Summary\nConsent Agenda\nMoved by Ash to adopt. Motion Carried 7-0.\n",
        [],
        id="near-miss-bare-motion-under-a-heading-names-no-decision",
    ),
    # "Council resolution" over each decision, with the mover and seconder under it (New Zealand).
    pytest.param(
        "Council Open Minutes\n2. Library hours\nCouncil resolution\nCr Ash / Cr Birch\n"
        "That the library open on Sundays.\nCarried\n",
        [(None, "That the library open on Sundays.")],
        id="council-resolution-heading-and-mover-pair",
    ),
    pytest.param(
        "Council Minutes\nCouncil resolution\nMoved: Cr Ash\nSeconded: Cr Birch\n"
        "That the pool fees be held.\nCarried\n",
        [(None, "That the pool fees be held.")],
        id="council-resolution-heading-moved-and-seconded-lines",
    ),
    pytest.param(
        "Council Minutes\nPrevious Council resolution\nThat the library open on Sundays.\nThe chair thanked staff.\n",
        [],
        id="near-miss-a-previous-resolution-quoted",
    ),
    # A moved motion's resolution is what was moved, without its mover and seconder; a "that" clause
    # counts after a named mover and seconder, and its outcome may follow a roll call paragraph.
    pytest.param(
        "Minutes\nA motion was made by Trustee Ash, seconded by Trustee Birch, that the Board of Trustees\n"
        "approve the consent items one through nine.\n\nRoll Call Vote:\nYes: Ash, Birch\nNo: None\n"
        "Motion carried; 6:0",
        [(None, "that the Board of Trustees approve the consent items one through nine.")],
        id="motion-made-by-seconded-by-that-clause-then-a-roll-call",
    ),
    pytest.param(
        "Minutes\nA motion was made by Trustee Ash, seconded by Trustee Birch, that the Board approve the fee.\n\n"
        "Roll Call Vote:\nYes: Ash\nNo: Birch, Cedar\nMotion failed; 1:2",
        [],
        id="near-miss-that-clause-motion-that-failed",
    ),
    pytest.param(
        "Minutes\nThe chair reported that the Board approve its budget each spring. Motion carried last year.",
        [],
        id="near-miss-that-clause-without-a-mover",
    ),
    # A wrapped line that stops on a word no sentence ends on, or before a line going on in lower
    # case, carries on its entry however short it is (HTML turned into text wraps at odd places).
    pytest.param(
        "Minutes\nRESOLVED\nThat Council:\na.     Note that\nthe new library will open in spring\n"
        "b.     Approve the\nlease of the hall\nThe meeting closed at 5pm and thanked everyone who attended.",
        [("a.", "Note that the new library will open in spring"), ("b.", "Approve the lease of the hall")],
        id="wrapped-entries-stop-on-dangling-words",
    ),
    pytest.param(
        "Minutes\nRESOLVED\nThat Council:\na.     Note the report\nb.     Approve the lease\n"
        "Public forum\nThe meeting closed at 5pm and thanked everyone who attended the meeting tonight.",
        [("a.", "Note the report"), ("b.", "Approve the lease")],
        id="near-miss-short-entries-that-end-on-a-noun-stay-apart",
    ),
    # A passive decision in parish and community council minutes: the matter, then what the
    # meeting did with it.  Another body's approval, a past one (a dated term), reported speech
    # and a refusal are not.
    pytest.param(
        "Minutes of the meeting\n4. Minutes\nThe minutes of the meeting held on Tuesday 1 April 2025, having been "
        "circulated to all Members, were confirmed as a true record, and duly signed by the Chairman.",
        [
            (
                None,
                "The minutes of the meeting held on Tuesday 1 April 2025, having been circulated to all Members, "
                "were confirmed as a true record, and duly signed by the Chairman.",
            )
        ],
        id="passive-minutes-confirmed-as-a-true-record",
    ),
    pytest.param(
        "Minutes of the meeting\n2. Minutes of the 2024 AGM\nThese were presented by the outgoing chair and approved.",
        [(None, "These were presented by the outgoing chair and approved.")],
        id="passive-presented-and-approved",
    ),
    pytest.param(
        "Minutes of the meeting\n5. Planning\nThe application was approved by the District Council last week.",
        [],
        id="near-miss-passive-approved-by-another-body",
    ),
    pytest.param(
        "Minutes of the meeting\n5. Downtown\nThe district was approved and established for a five-year term "
        "beginning January 1, 2018 through December 31, 2022.",
        [],
        id="near-miss-passive-approval-of-the-past",
    ),
    pytest.param(
        "Minutes of the meeting\n5. Grants\nThe Clerk reported that the grant was approved.\n"
        "6. Roads\nThe minutes were not approved.",
        [],
        id="near-miss-passive-in-reported-speech-or-refused",
    ),
    # A decision's preamble, then one unnumbered line per entry: each line is a resolution; a
    # heading alone ("Decision:") keeps its one paragraph, the page's fields after it are not entries.
    pytest.param(
        "Minutes of the meeting\n6. Representatives\nRESOLVED: that the Council be represented on outside "
        "bodies as follows:\nVillage Hall Committee \u2013 Cllr Ash\nEmergency Working Group \u2013 Cllrs Birch "
        "and Cedar\n7. Trustees of the Charity\nThe Council considered the nominations and thanked the trustees.",
        [
            (None, "Village Hall Committee \u2013 Cllr Ash"),
            (None, "Emergency Working Group \u2013 Cllrs Birch and Cedar"),
        ],
        id="preamble-then-unnumbered-one-line-entries",
    ),
    pytest.param(
        "Decision details\nDecision:\nThe Minutes of the meeting on 23 September 2015 were approved as a "
        "correct record.\nPublication date: 22/10/2015\nDate of decision: 19/10/2015",
        [(None, "The Minutes of the meeting on 23 September 2015 were approved as a correct record.")],
        id="near-miss-decision-heading-then-fields-are-not-entries",
    ),
    pytest.param(
        "Minutes of the meeting\n\n6. Report\n\nThe outgoing chair reported on the year's ten meetings, the two "
        "public meetings on local government finance and the work with the housing association on repairs.\n\n"
        "7. Officers\n\nThe following representatives were agreed:\n"
        "Planning contact: Ann Ash\nArea partnership substitute: Bob Birch\n\nAt this point Cara Cedar took the Chair",
        [(None, "Planning contact: Ann Ash"), (None, "Area partnership substitute: Bob Birch")],
        id="prose-preamble-then-one-line-entries-end-at-a-blank-line",
    ),
    pytest.param(
        "Minutes of the meeting\n11. ACCOUNTS FOR PAYMENT\nThe following payments were agreed:\n"
        "i) Reading Room, Hire of Hall, Chq No 1334 \u00a338.50\nii) Clerk\u2019s Salary, Chq No 1336 \u00a3490.68\n"
        "12. ANY OTHER BUSINESS\nThe Clerk had reported the broken bin to the County Council in writing last month.",
        [
            ("i)", "Reading Room, Hire of Hall, Chq No 1334 \u00a338.50"),
            ("ii)", "Clerk\u2019s Salary, Chq No 1336 \u00a3490.68"),
        ],
        id="prose-preamble-then-its-labelled-entries",
    ),
    pytest.param(
        "Minutes of the meeting\n4. Local Development Plan\nThe following observations were agreed:\n"
        "Cllr Ash declared an interest in the first site, left the room and took no part in the discussion.",
        [],
        id="near-miss-following-preamble-without-its-entries",
    ),
    # ---- round 15's forms (parish and community council minutes)
    pytest.param(
        "Minutes of the meeting\n5. Treasurer\nc. VT asked if she could purchase more paint for the tubs.\nAgreed\n"
        "d. MD advised the mower was repaired.\n6. Gardens\nIt was recommended that the CC keep the lawnmower as "
        "hire costs\nare \u00a345 a day. Agreed.\n",
        [
            ("c.", "VT asked if she could purchase more paint for the tubs. Agreed"),
            (None, "It was recommended that the CC keep the lawnmower as hire costs are \u00a345 a day. Agreed."),
        ],
        id="bare-assent-after-what-was-put-to-the-meeting",
    ),
    pytest.param(
        "Minutes of the meeting\n6. Hall\nThe hall was booked for the fete. Agreed.\n",
        [],
        id="near-miss-bare-assent-after-a-sentence-that-puts-nothing",
    ),
    pytest.param(
        "Minutes of the meeting\nPresent: Cllr Ash, Cllr Birch\n65/24 Apologies: Cllr Walshe\n"
        "67/24 Declarations of Interest: None\n68/24 Minutes of Meeting on 2nd September: accepted\n"
        "69/24 Matters arising\n71/24 Finance:\nBank Reconciliation:\nApproved\nCllr Ash had reviewed it.\n",
        [(None, "Minutes of Meeting on 2nd September: accepted"), (None, "Bank Reconciliation: Approved")],
        id="topic-and-one-word-assent",
    ),
    pytest.param(
        "Minutes of the meeting\nPresent: Cllr Ash, Cllr Birch\n71/24 Finance:\nBank Reconciliation:\n"
        "Cllr Ash had reviewed the reconciliation.\n",
        [],
        id="near-miss-topic-without-assent",
    ),
    pytest.param(
        "Minutes of the meeting\n\u2022 2017/18 Financials approved \u2013 B. Munro (motion), C. Dallas (second)\n",
        [(None, "2017/18 Financials approved")],
        id="near-miss-a-year-range-is-no-minute-number",
    ),
    pytest.param(
        "Minutes of the meeting\nApologies: Mrs S Walker\nMinutes: The Minutes of the meeting held on Monday 6th "
        "November 2023 were agreed .\nMinutes of the previous Meeting \u2013 2nd October 2017 : The Minute was "
        "approved "
        "as an accurate record after\n1 amendment . Question 6 \u2013 replace the name\nMatters arising:\n",
        [
            (None, "The Minutes of the meeting held on Monday 6th November 2023 were agreed ."),
            (None, "The Minute was approved as an accurate record after 1 amendment ."),
        ],
        id="label-before-a-passive-decision-and-an-amended-record",
    ),
    # the minutes recorded as a true record, the verb after other doings; near misses: the future, an agenda's
    # wording with no past verb
    pytest.param(
        "Minutes of the meeting\n3. Minutes\nThe minutes of the meeting held on 26th February 2031 were checked for "
        "accuracy and content, agreed as a true record of the meeting and signed by the Chair.\n4. Other\n"
        "The minutes were taken as read and signed as a correct record.\n5. Next\nThe minutes of this meeting will "
        "be signed as a true record at the next meeting.\n6. Z\nTo approve the minutes as a true record.\n",
        [
            (None, "The minutes of the meeting held on 26th February 2031 were checked for accuracy and content, "
             "agreed as a true record of the meeting and signed by the Chair."),
            (None, "The minutes were taken as read and signed as a correct record."),
        ],
        id="minutes-recorded-as-a-true-record",
    ),
    # the council agreeing to a purchase or works, the members agreeing that their officer act; near misses: a
    # view of the officer, an agreement to talk
    pytest.param(
        "Minutes of the meeting\nPresent: Cllr A Bee, Cllr C Dee\n13. Sand\nThe Council agreed to buy sand.\n"
        "14. Grit\nMembers agreed that the clerk order grit.\n15. Salt\nMembers agreed that the clerk had done "
        "well.\n16. X\nThe Council agreed to discuss it later.\n17. Y\nCouncillors agreed that the Clerk should "
        "write to the police.\n",
        [
            (None, "The Council agreed to buy sand."),
            (None, "Members agreed that the clerk order grit."),
            (None, "Councillors agreed that the Clerk should write to the police."),
        ],
        id="council-agreed-to-buy-and-that-the-clerk-act",
    ),
    # the council settling a course of action or its agenda; near miss: an agreement to talk
    pytest.param(
        "Minutes of the City Council\nPresent: Mayor Ann Bee\nB. Rota\nThe Council agreed to go through a trial "
        "first.\nC. Broker\nThe Council agreed to add this item to the next city council meeting for approval.\n"
        "D. Parks\nThe Council agreed to discuss it later.\nE. July\nThe Council decided to cancel its July Work "
        "Session meeting.\nThe Council will decide on the date later.\n",
        [
            (None, "The Council agreed to go through a trial first."),
            (None, "The Council agreed to add this item to the next city council meeting for approval."),
            (None, "The Council decided to cancel its July Work Session meeting."),
        ],
        id="council-agreed-to-a-course-of-action",
    ),
    # an action summary's disposition under the item's heading, its past verb of deciding first; near misses: an
    # earlier adoption with its year, a bare "Approved.", a presentation received
    pytest.param(
        "Special City Council Minutes\nPresent: Mayor Ann Bee\nORDINANCE NO. 2550 \u2014 ORDINANCE AMENDING SECTION "
        "19.27.010\nAdopted an ordinance that amends the Municipal Code to bring its language in line.\n(Bruce Ambo, "
        "Principal Planner)\nACCEPTANCE OF ANNUAL REPORT\nAccepted the annual report for Fiscal Year 2030-31 showing "
        "disposition of property. The Deputy Director recommended acceptance.\nHISTORY\nAdopted by the Council in "
        "2019, the plan remains.\nApproved.\nReceived a presentation from the library.\n",
        [
            (None, "Adopted an ordinance that amends the Municipal Code to bring its language in line."),
            (None, "Accepted the annual report for Fiscal Year 2030-31 showing disposition of property."),
        ],
        id="action-summary-past-verb-under-its-heading",
    ),
    pytest.param(
        "Minutes of the meeting\n4. Motions\nThe amendment was approved by 5 votes to 4.\n",
        [],
        id="near-miss-an-amendment-voted-on-is-no-decision-of-the-matter",
    ),
    pytest.param(
        "Minutes of the meeting\n2. Foodbank\nThere was a good response from the appeal for Volunteers It was agreed "
        "that the\nhall is the best site for storage .\n3. Finance\nOur thanks for the help she has given to this "
        "project .It was agreed to fund the lights.\n",
        [
            (None, "It was agreed that the hall is the best site for storage ."),
            (None, "It was agreed to fund the lights."),
        ],
        id="sentences-whose-stop-was-never-typed-or-typed-without-a-blank",
    ),
    pytest.param(
        "Minutes of the meeting\n2. Foodbank\nThere was a good response and it was agreed that the hall is the best "
        "site.\n",
        [(None, "There was a good response and it was agreed that the hall is the best site.")],
        id="near-miss-it-was-agreed-in-lower-case-is-a-clause",
    ),
    pytest.param(
        "Minutes of the meeting\n72/24 Council Business\na) Decisions:\n\u25cf To ratify the allocation decision taken "
        "for the two village halls\nCouncillors ratified the \u00a32,000 allocations for each Village Hall. Thanks "
        "given.\n\u25cf To note updated remuneration for Clerk\n\u25cb Noted\nb) Discussions:\n",
        [(None, "Councillors ratified the \u00a32,000 allocations for each Village Hall.")],
        id="decisions-heading-over-the-agenda-words-minuted-in-prose",
    ),
    pytest.param(
        "Minutes of the meeting\nDecisions:\n(a) To approve the accounts.\n(b) To appoint Jo Ash as Clerk.\n",
        [("(a)", "To approve the accounts."), ("(b)", "To appoint Jo Ash as Clerk.")],
        id="near-miss-decisions-heading-over-decisions-listed",
    ),
    pytest.param(
        "Minutes of the meeting\n5. Halls\nCouncillors discussed the \u00a32,000 allocations for each Village Hall.\n",
        [],
        id="near-miss-councillors-discussed",
    ),
    pytest.param(
        "DRAFT ONLY \u2013 THESE MINUTES WILL NOT BE CONSIDERED APPROVED UNTIL\nTUESDAY, 5 September 2017\n"
        "LEUCHARS COMMUNITY COUNCIL\nCommunity Centre, Leuchars, 1 August 2017\nPresent: Steve Simpson (Chair)\n",
        [],
        id="near-miss-a-drafts-notice-is-no-decision",
    ),
    pytest.param(
        "Minutes of the meeting\n5. Committees\nAt the Regulatory Committee meeting held on Tuesday, 30 April 2019 the "
        "following committee recommendation was ratified as a DECISION OF COUNCIL.\n",
        [],
        id="near-miss-another-meetings-ratification-reported",
    ),
    # a speaker's account reported, and a resolution's dated adoption line over its signatures, are no decisions;
    # near misses: an agreement, a resolution said to be approved and adopted
    pytest.param(
        "Minutes of the meeting\n5. Budget\nHe noted that the full budget process will begin in the Fall (in order "
        "for the budget to be approved before December 31).\nAPPROVED and ADOPTED this 21st day of June, 2022.\n"
        "6. Lease\nIt was agreed that the lease be approved.\nThe resolution was approved and adopted.\n",
        [(None, "It was agreed that the lease be approved."), (None, "The resolution was approved and adopted.")],
        id="near-miss-an-account-reported-and-a-dated-adoption-line",
    ),
    pytest.param(
        "Minutes of the meeting\nMatters arising:\na. Vacancies\nWH was proposed by TD and seconded by MD to be "
        "Vice-Chairperson.\nb. Gardens\n",
        [(None, "WH was proposed by TD and seconded by MD to be Vice-Chairperson.")],
        id="nomination-nominee-first-office-after-the-movers",
    ),
    pytest.param(
        "AGENDA\nParish Council meeting, Monday 4th November 2024\n7. Finance\n8. DECISIONS\n"
        "a) To approve Heads of Terms re lease of the mast\nb) To ratify the allocation decision for Village Halls\n"
        "9. Planning Applications\n",
        [],
        id="near-miss-an-agendas-decisions-item-lists-matters-to-decide",
    ),
    # a list of the posts an entry names is part of its words; near miss: a list of recommendations agreed
    pytest.param(
        "Council Meeting Minutes\nThat the Council:\n1. Notes the report.\n2. Delegates Financial Authority to "
        "Spend up to $250,000 to the following additional roles:\na. General Manager – Transport\nb. General "
        "Manager – Waters\n3. Approves the budget.\nCarried\n",
        [("1.", "Notes the report."),
         ("2.", "Delegates Financial Authority to Spend up to $250,000 to the following additional roles: a. "
                "General Manager – Transport b. General Manager – Waters"),
         ("3.", "Approves the budget.")],
        id="list-of-posts-is-the-entrys-words",
    ),
    pytest.param(
        "Council Meeting Minutes\nThat the Council:\n1. Notes the report.\n2. Adopts the following "
        "recommendations:\na. The hall be painted.\nb. The fence be repaired.\nCarried\n",
        [("1.", "Notes the report."),
         ("2.", "Adopts the following recommendations:",
          [("a.", "The hall be painted."), ("b.", "The fence be repaired.")])],
        id="near-miss-a-list-of-recommendations-stays-entries",
    ),
    # minutes that print the report's recommendation and then its outcome on a line of its own: the meeting's
    # decision; near miss: a recommendation with no outcome under it stays one (none here)
    pytest.param(
        "Board Meeting Minutes\n12. WORKSHOP\nRECOMMENDATION\nThat the HBDHB Board:\n\u2022 Requests the CEO to "
        "consult as necessary\n\u2022 Notes the report\nAdopted\n13. REPORT\nRECOMMENDATION\nThat the Board:\n"
        "\u2022 Approves the plan\n14. NEXT\n",
        [(None, "Requests the CEO to consult as necessary"), (None, "Notes the report")],
        id="recommendation-then-adopted-is-a-resolution",
    ),
    # a resolution to exclude the public ends above the statutory grounds printed under it; near miss: the
    # words "general subject" inside a resolution's own sentence
    pytest.param(
        "Board Minutes\n9. Exclusion of the public\nMr Lester/Mr Dawson\nTHAT the public now be\nexcluded from the "
        "following parts of the meeting, namely;\n10.       Summary\nof Rating Area 2 Council owned land\nThe general "
        "subject of the matter to be considered\nwhile the public is excluded, the reason is as follows:\n"
        "GENERAL SUBJECT OF EACH MATTER TO BE CONSIDERED\n10.   Summary of Rating Area 2\nSection 7 (2) (i)\n"
        "CARRIED\n10. Parks\nMr Lester/Mr Dawson\nTHAT the report on the general subject of the matter of parks "
        "be received.\nCARRIED\n",
        [(None, "the public now be excluded from the following parts of the meeting, namely; 10. Summary of Rating "
          "Area 2 Council owned land"),
         (None, "THAT the report on the general subject of the matter of parks be received.")],
        id="exclusion-ends-above-its-statutory-grounds",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RESOLUTIONS)
def test_resolutions(text: str, expected: Tree) -> None:
    doc = parse_text(text)
    assert tree(doc.resolutions) == expected
    check_spans(doc)


def test_notice_of_motion_agreed_is_a_resolution_and_withdrawn_is_not() -> None:
    text = (
        "10.\nNotice of Motion submitted by Councillor Ash\n"
        "I will move at the next Meeting that the Council plant more trees.\n"
        "The Motion was seconded by Councillor Birch and agreed.\n"
        "11.\nNotice of Motion submitted by Councillor Birch\n"
        "I will move at the next Meeting that the Council close the road.\n"
        "At the request of Councillor Birch, this Motion was withdrawn."
    )
    doc = parse_text(text)
    assert tree(doc.resolutions) == [(None, "I will move at the next Meeting that the Council plant more trees.")]


NOTICES_OF_MOTION = [
    pytest.param(
        "The Motion was seconded by Councillor Birch and unanimously agreed.",
        True,
        id="seconded-and-unanimously-agreed",
    ),
    pytest.param(
        "Councillor Oak proposed an amendment, seconded by Councillor Elm:\n"
        "\u201dI will move at the next Meeting that the Council plant trees and shrubs.\u201d\n"
        "The Mayor declared the amendment defeated. Accordingly, he declared the Motion proposed by\n"
        "Councillor Ash and seconded by Councillor Birch carried.",
        True,
        id="amendment-defeated-then-motion-declared-carried",
    ),
    pytest.param(
        "In proposing the Motion, Councillor Ash spoke at length.\n"
        + "The reply was read out to the members.\n" * 45
        + "Following some discussion, the Motion was agreed.",
        True,
        id="outcome-after-a-long-reply",
    ),
    pytest.param("The Mayor declared the Motion defeated.", False, id="motion-declared-defeated"),
    pytest.param("The Motion was seconded by Councillor Birch. The Motion was lost.", False, id="motion-lost"),
]


@pytest.mark.parametrize(("after", "agreed"), NOTICES_OF_MOTION)
def test_notice_of_motion_outcome(after: str, agreed: bool) -> None:
    text = (
        "10.\nNotice of Motion submitted by Councillor Ash\n"
        "I will move at the next Meeting that the Council plant more trees.\n" + after + "\n11.\nAny other business\n"
    )
    doc = parse_text(text)
    expected = [(None, "I will move at the next Meeting that the Council plant more trees.")] if agreed else []
    assert tree(doc.resolutions) == expected
    check_spans(doc)


def test_recommendations_and_resolutions_on_one_page() -> None:
    text = (
        "Cabinet is recommended to:\n1. Agree the plan.\n2. Note the risks.\nMinutes:\nThe report was discussed.\n"
        "Cabinet resolved to:\n1. Agree the plan.\n2. Note the risks."
    )
    doc = parse_text(text)
    assert tree(doc.recommendations) == [("1.", "Agree the plan."), ("2.", "Note the risks.")]
    assert tree(doc.resolutions) == [("1.", "Agree the plan."), ("2.", "Note the risks.")]
    assert doc.recommendations[0].preamble == "Cabinet is recommended to:"


def test_agenda_item_of_a_resolution() -> None:
    text = (
        "84. Apologies\n(Item 1)\nNone.\n"
        "86. Minutes of the last meeting\n(Item 3)\nRESOLVED that the minutes be signed."
    )
    doc = parse_text(text)
    (item,) = doc.resolutions
    assert item.agenda_item is not None
    assert (item.agenda_item.number, item.agenda_item.title) == ("86", "Minutes of the last meeting")


def test_plain_minute_headings_in_minutes() -> None:
    text = (
        "MINUTES of a meeting of the Cabinet\n41. Minutes of the previous meeting\n"
        "RESOLVED that the minutes be approved.\n42. Play Area Renewal\nRESOLVED that:\n"
        "1. Approve the plan\n2. Note the risks\n43. Street lighting\nIt was agreed to defer the item."
    )
    doc = parse_text(text)
    numbers = [item.agenda_item.number if item.agenda_item else None for item in doc.resolutions]
    assert numbers == ["41", "42", "42", "43"]


def test_continuation_lines_are_joined() -> None:
    text = "RESOLVED that Cabinet agree to:\n(a) adopt the plan on behalf\nof the Council;\n(b) note the report."
    doc = parse_text(text)
    assert tree(doc.resolutions) == [("(a)", "adopt the plan on behalf of the Council;"), ("(b)", "note the report.")]
    check_spans(doc)


def test_indented_text_nests() -> None:
    text = "RESOLVED that Council directs:\n1. The land be valued;\n   \u2022 by an appraiser\n2. The sale proceed."
    doc = parse_text(text)
    assert tree(doc.resolutions) == [
        ("1.", "The land be valued;", [(None, "by an appraiser")]),
        ("2.", "The sale proceed."),
    ]


def test_dev_corpus_items_keep_provenance(dev_parsed: dict[str, Document]) -> None:
    """On every dev document (skipped without ../shared): each item's span gives back its text."""
    for name, doc in dev_parsed.items():
        for item in doc.items():
            assert item.text, name
            assert normalise_space(doc.text[item.span.start : item.span.end]) == item.text, name


PDF_MINUTES = """\
**86. Minutes of the last meeting**
(Item 3)
RESOLVED that Cabinet agree to:
      (a) adopt the plan on behalf of the
          Council; and
      (b) delegate authority to the Director.
**87. Budget monitoring**
(Item 4)
The report was introduced by the Leader.
"""

PDF_NUMBERED = """\
R2031-11 A. Ash, B. Birch:
BE IT RESOLVED:
      1. That the sale be approved in principle.
      2. That the sale is subject to these conditions:
            - The buyer pays the costs.
            - The plan is mailed to the neighbours.
      3. That resolution R2010-1 be rescinded. Carried.
R2031-12 B. Birch, A. Ash:
THAT the meeting be adjourned. Carried.
"""


def test_pdf_list_joins_hanging_lines_and_knows_its_minute() -> None:
    doc = parse_pdf(pdfs.render(PDF_MINUTES))
    assert tree(doc.resolutions) == [
        ("(a)", "adopt the plan on behalf of the Council; and"),
        ("(b)", "delegate authority to the Director."),
    ]
    agenda = doc.resolutions[0].agenda_item
    assert agenda is not None
    assert (agenda.number, agenda.title) == ("86", "Minutes of the last meeting")
    check_spans(doc)


def test_pdf_bold_entries_wrap_onto_plain_lines() -> None:
    """A bold entry's words wrapped onto a plain line, the line above stopping mid-sentence, are one entry's;
    near miss: a plain heading after an entry that ends its sentence."""
    text = "\n".join(
        [
            "2. Recommendations",
            "Council is recommended to approve:",
            "**a) That the orchestra be commissioned to**",
            "perform a concert in the park on 1 July.",
            "**b) That the Clerk be delegated to act on behalf**",
            "of the Town Council.",
            "**c) That the budget be noted.**",
            "Background to the report",
        ]
    )
    doc = parse_pdf(pdfs.render(text))
    assert tree(doc.recommendations) == [
        ("a)", "That the orchestra be commissioned to perform a concert in the park on 1 July."),
        ("b)", "That the Clerk be delegated to act on behalf of the Town Council."),
        ("c)", "That the budget be noted."),
    ]
    check_spans(doc)


def test_pdf_numbered_resolution_nests_by_indentation() -> None:
    doc = parse_pdf(pdfs.render(PDF_NUMBERED))
    assert tree(doc.resolutions) == [
        (
            "R2031-11",
            "BE IT RESOLVED:",
            [
                ("1.", "That the sale be approved in principle."),
                (
                    "2.",
                    "That the sale is subject to these conditions:",
                    [(None, "The buyer pays the costs."), (None, "The plan is mailed to the neighbours.")],
                ),
                ("3.", "That resolution R2010-1 be rescinded."),
            ],
        ),
        ("R2031-12", "THAT the meeting be adjourned."),
    ]
    check_spans(doc)


# Roll-call action summaries: each entry opens with the clerk's roll-call number, then the item's
# number and words, then the motion that disposed of it.  The item's words are the decision; a
# motion that defers or denies it is kept with them; the roll call, a withdrawn item, a motion with
# no outcome and a failed one are no decisions.
_SUMMARY = (
    "Minutes of the Town Council\n"
    "12-101 1. ROLL CALL: Present: Ash, Birch and Cedar.\n"
    "12-102 2. Approving the agenda as presented. Moved by Ash to adopt. Motion Carried 5-0.\n"
    "12-103 3. Contract with Elm Paving for the Oak Street\nresurfacing, $40,000. Moved by Birch to adopt. Motion\n"
    "Carried 4-1.\n"
    "12-104 (A) Request to rezone 10 Pine Road. Moved by Ash to defer until June 4. Motion Carried 5-0.\n"
    "12-105 (B) Grant to the Maple library. Moved by Birch to adopt. Motion Failed 2-3.\n"
    "12-106 5. Lease of the Willow depot. WITHDRAWN.\n"
    "12-107 6. Purchase of two mowers. Moved by Cedar to adopt.\n"
)
ACTION_SUMMARIES = [
    pytest.param(
        _SUMMARY,
        [
            ("12-102", "Approving the agenda as presented."),
            ("12-103", "Contract with Elm Paving for the Oak Street resurfacing, $40,000."),
            ("12-104", "Request to rezone 10 Pine Road. Moved by Ash to defer until June 4."),
        ],
        id="roll-call-entries-carried",
    ),
    pytest.param(
        "Minutes of the Town Council\n12-102 2. Approving the agenda as presented.\n"
        "12-103 3. Contract with Elm Paving for the Oak Street resurfacing.\n"
        "12-104 4. Request to rezone 10 Pine Road.\n12-105 5. Grant to the Maple library.\n",
        [],
        id="near-miss-numbered-files-with-no-motions",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ACTION_SUMMARIES)
def test_roll_call_action_summaries(text: str, expected: Tree) -> None:
    doc = parse_text(text)
    assert tree(doc.resolutions) == expected
    check_spans(doc)
