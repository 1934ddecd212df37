"""Motions and amendments: each printed form with the near misses beside it, the link to the
resolution a motion produced, spans, the JSON contract and a bound on time."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import minutes_parser
from minutes_parser import sources, structure
from minutes_parser.extract.context import Context
from minutes_parser.extract.motions import extract_motions
from minutes_parser.records import DocumentKind, Motion, MotionOutcome, VoteChoice
from minutes_parser.serialize import schema, to_dict
from minutes_parser.settings import Settings
from minutes_parser.text import normalise_space

CORPUS = Path(__file__).parent / "corpus" / "motions" / "docs"


def motions_of(text: str, kind: DocumentKind = DocumentKind.MINUTES) -> list[Motion]:
    source = sources.read_text(text)
    ctx = Context(source=source, settings=Settings(), structure=structure.analyse(source), kind=kind)
    return list(extract_motions(ctx))


C, L, W, D = MotionOutcome.CARRIED, MotionOutcome.LOST, MotionOutcome.WITHDRAWN, MotionOutcome.DEFERRED

# (form, minutes text, [(text starts with, mover, seconder, outcome, for, against, abstain, amendment)])
CASES = [
    # ---- UK (ModernGov / CMIS printed minutes)
    ("uk proposed/seconded, put to the vote",
     "Proposed by Cllr Smith, seconded by Cllr Jones, that the report be noted.\n"
     "On being put to the vote the motion was CARRIED.\n",
     [("the report be noted", "Smith", "Jones", C, None, None, None, False)]),
    ("uk recorded vote",
     "It was moved by Councillor Khan and seconded by Councillor Lee that the budget be approved.\n"
     "A recorded vote was taken: For (12): Cllrs Khan, Lee; Against (3): Cllrs Ross, Bell; Abstain (1): Cllr Moss\n"
     "The motion was CARRIED.\n",
     [("the budget be approved", "Khan", "Lee", C, 12, 3, 1, False)]),
    ("nomination: the nominee before the movers, the office after them",
     "a. Vacancies\nWH was proposed by TD and seconded by MD to be Vice-Chairperson.\nb. Gardens\n",
     [("WH was proposed by TD and seconded by MD to be Vice-Chairperson.", "TD", "MD", None, None, None, None,
       False)]),
    ("near miss: no one named before the movers, no office after them",
     "4. Planning\nThe report was proposed by TD and seconded by MD as read. Carried.\n",
     [("as read.", "TD", "MD", None, None, None, None, False)]),
    ("us village: the seconder after a slash ends the words",
     "Dopler motioned to approve the 2013-14 Operating Budget/Eggers seconded. All present voted yes. Motion "
     "carries.\n",
     [("to approve the 2013-14 Operating Budget", "Dopler", "Eggers", C, None, None, None, False)]),
    ("us village: movers first, a slash between them, then the words",
     "Corson motioned/ Lack seconded to approve 11/11 Regular Minutes. All present voted yes. Motion carries.\n",
     [("to approve 11/11 Regular Minutes.", "Corson", "Lack", C, None, None, None, False)]),
    ("us village: 'motion' as the verb, and words naming who is to act",
     "Dopler motion to give a bonus of $250/Rankin seconded. All present voted yes. Motion carries.\n"
     "Dopler motioned for Bump to rebuild the mower/Corson seconded. All present voted yes. Motion carries.\n",
     [("to give a bonus of $250", "Dopler", "Rankin", C, None, None, None, False),
      ("for Bump to rebuild the mower", "Dopler", "Corson", C, None, None, None, False)]),
    ("near miss: a field's label before 'Motion to' is no mover",
     "3.1 APPROVAL OF MINUTES\nRecommended Action Motion to Approve the minutes\n", []),
    ("near miss: a kind of motion, a slash inside the words",
     "The Main motion to amend was discussed. Hemm motioned to renew the dental/vision plan/Bird seconded. "
     "Motion carries.\n",
     [("to renew the dental/vision plan", "Hemm", "Bird", C, None, None, None, False)]),
    ("uk amendment withdrawn",
     "Councillor Hollis moved, and Councillor Dennison seconded, that the Council refurbish all play areas.\n\n"
     "The amendment was withdrawn.\n",
     [("the Council refurbish all play areas", "Hollis", "Dennison", W, None, None, None, False)]),
    ("uk (Carried)",
     "Proposed by Cllr Evans, seconded by Cllr Barton, that standing orders be suspended. (Carried)\n",
     [("standing orders be suspended", "Evans", "Barton", C, None, None, None, False)]),
    ("uk name first, quoted amendment, lost",
     "15) Mr Streatfeild proposed and Mr Sole seconded the following amendment to\nthe motion set out in "
     "paragraph 5:\n\u201cCounty Council is asked to note the report.\u201d\nAmendment lost.\n",
     [("County Council is asked to note the report.", "Streatfeild", "Sole", L, None, None, None, True)]),
    ("uk amendment, then the substantive motion",
     "It was moved by Councillor Foster and seconded by Councillor Greaves that the recommendations be approved.\n\n"
     "An amendment was moved by Councillor Chaudhry and seconded by Councillor Ingram that £50,000 be added.\n\n"
     "On being put to the vote the amendment was LOST.\n\nThe motion was CARRIED.\n",
     [("the recommendations be approved", "Foster", "Greaves", C, None, None, None, False),
      ("£50,000 be added", "Chaudhry", "Ingram", L, None, None, None, True)]),
    ("uk parish: seconded later, votes",
     "Cllr Kerr proposed that the Council contribute £1,500 to the car park. Cllr Lowe seconded. "
     "Votes: For 3, Against 1, Abstain 1.\nMotion carried.\n",
     [("the Council contribute £1,500 to the car park", "Kerr", "Lowe", C, 3, 1, 1, False)]),
    ("uk near miss: moved to new premises", "The budget office had moved to new premises in January.\n", []),
    ("uk near miss: a councillor moved house", "Councillor Smith moved to Leeds in 2019 and was thanked.\n", []),
    ("uk near miss: the motion will be considered", "The motion will be considered next month.\n", []),
    ("uk near miss: a decision with no motion", "RESOLVED that the report be noted.\n", []),
    # ---- Irish
    ("irish proposed; seconded; and resolved",
     "Proposed by Councillor Galvin;\nSeconded by Councillor Collins (M);\nAnd Resolved:\n"
     "\u201cThat the draft Minutes be adopted.\u201d\n",
     [("That the draft Minutes be adopted.", "Galvin", "Collins (M)", C, None, None, None, False)]),
    ("irish and agreed",
     "Proposed by Councillor Culhane, Seconded by Councillor O'Keeffe, and agreed that Councillor Fitzgerald "
     "be nominated.\n",
     [("Councillor Fitzgerald be nominated", "Culhane", "O'Keeffe", C, None, None, None, False)]),
    ("irish notice of motion, show of hands",
     "I will move at the next Meeting that a crossing be installed on Main Street.\n"
     "The Motion was proposed by Councillor Daly and seconded by Councillor Brennan.\n"
     "On a show of hands, 4 members voted in favour and 2 against, and the Cathaoirleach declared the motion "
     "defeated.\n",
     [("a crossing be installed on Main Street", "Daly", "Brennan", L, 4, 2, None, False)]),
    ("irish on the proposal of, deferred",
     "On the proposal of Councillor Sheahan (J), seconded by Councillor Collins (M), this item\n"
     "was deferred to the May Meeting.\n",
     [("this item was deferred to the May Meeting", "Sheahan (J)", "Collins (M)", D, None, None, None, False)]),
    ("irish notice withdrawn",
     "I will move at the next Meeting that the Council seek funding for a greenway.\n"
     "At the request of Councillor O'Keeffe and with the agreement of the Meeting, this\nMotion was withdrawn.\n",
     [("the Council seek funding for a greenway", None, None, W, None, None, None, False)]),
    ("irish near miss: proposed in a letter",
     "Councillor Brennan, in a letter received on 2nd May, proposed that the Members visit the library.\n", []),
    # ---- US
    ("us motion by / second by, carried 5-0",
     "Motion by Council Member Alvarez, second by Council Member Chen, to approve the Consent Calendar as "
     "presented. Motion carried 5-0.\n",
     [("to approve the Consent Calendar", "Alvarez", "Chen", C, 5, 0, None, False)]),
    ("us moved to adopt, roll call",
     "Council Member Brooks moved to adopt Ordinance 2025-07; seconded by Council Member Okafor.\n"
     "Roll call vote:\nAyes: Brooks, Okafor, Whitfield\nNays: Alvarez, Chen\nMotion carried 3-2.\n",
     [("to adopt Ordinance 2025-07", "Brooks", "Okafor", C, 3, 2, None, False)]),
    ("canadian recorded vote: each list closes with its count",
     "2. Moved by Councillor Laidlaw\nSeconded by Councillor Kovach\nThat the report be adopted.\n"
     "VOTING IN FAVOUR: Mayor Farbridge, Councillors Bell, Dennis,\nFindlay and Wettstein (5)\n"
     "VOTING AGAINST: (0)\nCARRIED\n",
     [("the report be adopted", "Laidlaw", "Kovach", C, 5, 0, None, False)]),
    ("canadian field-labelled motion, its movers after the words",
     "MOTION: THAT the minutes of June 20, 2013 be adopted as\npresented.\nMOVED BY: G. Ash\n"
     "SECONDED BY: D. Birch\nMOTION CARRIED.\n",
     [("THAT the minutes of June 20, 2013 be adopted as presented.", "G. Ash", "D. Birch", C, None, None, None,
       False)]),
    ("near miss: a bracket inside a named list is no count (the list's two names are)",
     "2. Moved by Councillor Laidlaw\nSeconded by Councillor Kovach\nThat the report be adopted.\n"
     "Ayes: Bell (Chair), Dennis\nCARRIED\n",
     [("the report be adopted", "Laidlaw", "Kovach", C, 2, None, None, False)]),
    ("us motion failed",
     "Motion by Council Member Chen, second by Council Member Alvarez, to buy a sweeper.\nMotion failed 2-3.\n",
     [("to buy a sweeper", "Chen", "Alvarez", L, 2, 3, None, False)]),
    ("us unanimously gives no count",
     "Motion by Council Member Brooks, second by Council Member Chen, to adjourn. Motion carried unanimously.\n",
     [("to adjourn", "Brooks", "Chen", C, None, None, None, False)]),
    ("us bracketed movers",
     "\u2022 Minutes from 11/30/17 meeting approved \u2013 Z. Maiorca (motion), T. Feinberg (second)\n",
     [("Minutes from 11/30/17 meeting approved", "Z. Maiorca", "T. Feinberg", C, None, None, None, False)]),
    ("us near miss: a date is no count",
     "The parking study moved to a second phase and would return on 5-13 with a recommendation.\n", []),
    # ---- Canadian
    ("canada moved by: / seconded by:, passed (11 to 3)",
     "Resolution No. 2024-189\nMoved by: Councillor Bergeron\nSeconded by: Councillor Nakamura\n"
     "THAT Council approve a grant of $2,500.\nMotion Passed (11 to 3)\n",
     [("Council approve a grant of $2,500.", "Bergeron", "Nakamura", C, 11, 3, None, False)]),
    ("canada defeated",
     "MOVED Director Boyd, SECONDED Director Sato,\nTHAT the speed limit be raised.\nDEFEATED\n",
     [("the speed limit be raised.", "Boyd", "Sato", L, None, None, None, False)]),
    ("canada numbered resolution movers",
     "R2025-191 S. Foote, L. Chalapenko:\nTHAT the minutes be adopted as published.\nCarried.\n",
     [("the minutes be adopted as published.", "S. Foote", "L. Chalapenko", C, None, None, None, False)]),
    ("canada numbered resolution movers, words on the same line",
     "R2018-200 J. Scott, L. Andersen: THAT we pass By-Law Number 2018-41.\nCarried.\n",
     [("we pass By-Law Number 2018-41.", "J. Scott", "L. Andersen", C, None, None, None, False)]),
    ("canada near miss: a report's colon after one name",
     "R2018-201 J. Scott reported: that the road is open.\n", []),
    ("canada near miss: read a second time",
     "By-law 2025-22 was read a first, second and third time and finally passed.\n", []),
    # ---- Australian / New Zealand
    ("aus moved: / seconded:, LOST 3/4",
     "Moved: Cr Papadopoulos\nSeconded: Cr Tran\nThat Council refuse the application.\nLOST 3/4\n",
     [("Council refuse the application.", "Papadopoulos", "Tran", L, 3, 4, None, False)]),
    ("aus movers after the wording",
     "That Council note the report on Community Grants.\n(Cr Wilkinson/Cr Reid)\nCARRIED\n",
     [("That Council note the report on Community Grants.", "Wilkinson", "Reid", C, None, None, None, False)]),
    ("nz amendment heading, declared lost",
     "Amendment\nMoved: Cr Whitlock\nSeconded: Cr Ngata\nThat the consultation period be extended.\n"
     "The amendment was put and declared LOST.\n",
     [("the consultation period be extended.", "Whitlock", "Ngata", L, None, None, None, True)]),
    ("aus near miss: an application number is no count",
     "Planning Application 2024/118 was received and noted. Cr Baxter moved around the table.\n", []),
    # ---- US township and special-district minutes: the name first, "made a motion", no honorific
    ("us made a motion, 2nd by, count decides",
     "Priya made a motion to accept the May treasurer report. 2nd by Omar. 4 yay 1 nay.\n",
     [("to accept the May treasurer report.", "Priya", "Omar", C, 4, 1, None, False)]),
    ("us makes a motion, seconds the motion",
     "Supervisor Ann Holt makes a motion to approve the road contract, Supervisor Ben Ode seconds the motion. "
     "Motion carried unanimously.\n",
     [("to approve the road contract", "Ann Holt", "Ben Ode", C, None, None, None, False)]),
    ("us president moved, director seconded",
     "President Alvarez moved to approve the warrants as presented.\nDirector Kim seconded the motion.\n"
     "Motion carried with the following votes: Alvarez – aye, Kim – aye.\n",
     [("to approve the warrants as presented.", "Alvarez", "Kim", C, None, None, None, False)]),
    ("us initials, voice vote carried",
     "*Motion made by RT to accept the amended agenda, 2nd by KW. Voice vote-motion carried.\n",
     [("to accept the amended agenda", "RT", "KW", C, None, None, None, False)]),
    ("us yes-dash counts",
     "Motion made by Nadia to accept the invoices seconded by Carl. Vote role/voice carried. Yes – 3, No - 2\n",
     [("to accept the invoices", "Nadia", "Carl", C, 3, 2, None, False)]),
    ("us motioned, and X seconded, all yes",
     "Tomas motioned to adopt the budget and Greta seconded- Role call - Greta B., Tomas L. All yes\n",
     [("to adopt the budget", "Tomas", "Greta", C, None, None, None, False)]),
    ("us passive: a motion to adjourn was made by",
     "A motion to adjourn was made by Trustee Ruiz, seconded by Trustee Park. All were in favor.\n",
     [("to adjourn", "Ruiz", "Park", C, None, None, None, False)]),
    ("us count against decides lost",
     "Omar made a motion to sell the old mower. 2nd by Priya. 1 yea 4 nay.\n",
     [("to sell the old mower.", "Omar", "Priya", L, 1, 4, None, False)]),
    ("us near miss: made a point, a report's motion",
     "Mr Dale made a point about the road.\nThe survey made a motion sensor necessary.\n", []),
    # ---- the matter printed before its movers, the outcome after them (Irish and UK minutes)
    ("ie matter, proposed by, seconded by and agreed by all",
     "3. Disposals\nRef. No. 12 Lease of land at Ashgrove to the Rugby Club, proposed by Cllr. Ash, seconded\n"
     "by Cllr. Birch and agreed by all.\n",
     [("Ref. No. 12 Lease of land at Ashgrove to the Rugby Club", "Ash", "Birch", C, None, None, None, False)]),
    ("ie movers open their sentence under the item's heading",
     "7. Community Fund 2025 \u2013 for approval\n"
     "Proposed by Cllr. Cedar and seconded by Cllr. Dunn and agreed by all.\n",
     [("Community Fund 2025 \u2013 for approval", "Cedar", "Dunn", C, None, None, None, False)]),
    ("ie on the proposal of, seconded by and unanimously agreed, then the decision",
     "On the proposal of Councillor Ann Ash, seconded by Councillor Bo Birch\nand unanimously agreed, "
     "Councillor Cy Cedar was appointed to the Housing SPC.\n",
     [("Councillor Cy Cedar was appointed to the Housing SPC.", "Ann Ash", "Bo Birch", C, None, None, None, False)]),
    ("ie near miss: the debate before the movers is not the matter",
     "Cllrs. Ash, Birch and Cedar spoke in support of the proposal at length.\n"
     "Proposed by Cllr. Ash, seconded by Cllr. Birch and agreed by all.\n", []),
    # ---- counts printed label first inside brackets or after the outcome word
    ("uk carried (For 7, Against 2)",
     "Proposed by Cllr Ash, seconded by Cllr Birch, that the budget be approved.\nCARRIED (For 7, Against 2)\n",
     [("the budget be approved.", "Ash", "Birch", C, 7, 2, None, False)]),
    ("uk carried For 7 Against 2 Abstain 1, no punctuation",
     "Proposed by Cllr Ash, seconded by Cllr Birch, that the budget be approved.\nCARRIED For 7 Against 2 Abstain 1\n",
     [("the budget be approved.", "Ash", "Birch", C, 7, 2, 1, False)]),
    ("us near miss: counts before their words keep their words",
     "Linda made a motion to paint the hall. 2nd by Sam. 4 Yea 0 nay\n",
     [("to paint the hall.", "Linda", "Sam", C, 4, 0, None, False)]),
    # ---- movers on a line of their own, parted by a slash (New Zealand and Australian minutes)
    ("nz honorific/honorific above the motion",
     "2.  Apologies\nCouncillor\nAsh/Councillor Birch\nThat\napologies from Councillor Cedar be accepted.\nCARRIED\n",
     [("apologies from Councillor Cedar be accepted.", "Ash", "Birch", C, None, None, None, False)]),
    ("nz bare surnames between the numbered motion and its outcome",
     "Resolution\nRC12/24     That the late apology from Councillor Dunn is accepted.\nAsh/Birch\nCARRIED\n",
     [("That the late apology from Councillor Dunn is accepted.", "Ash", "Birch", C, None, None, None, False)]),
    ("nz near miss: a slash pair with no honorific and no outcome under it",
     "The Planning/Building teams met.\nThat was noted.\nOfficer/Councillor\nThat is a question for later.\n", []),
    ("us motion label, many spaces, then the mover",
     "Motion:               Director Ash made the motion to approve the minutes of June 3, 2024.\n"
     "Director Birch seconded the motion.\nThe motion passed with 9 in favor.\n",
     [("to approve the minutes of June 3, 2024.", "Ash", "Birch", C, 9, None, None, False)]),
    ("us wording under a 'Motion & Voting' heading, outcome under a label",
     "Motion & Voting\nApprove the minutes as presented.\nMotion by Trustee Ann Ash, second by Trustee Bo Birch.\n"
     "Final Resolution: Motion Carried\n",
     [("Approve the minutes as presented.", "Ann Ash", "Bo Birch", C, None, None, None, False)]),
    ("us near miss: a sentence of debate above the movers, no heading",
     "The board discussed the minutes at length.\nMotion by Trustee Ann Ash, second by Trustee Bo Birch.\n"
     "Final Resolution: Motion Carried\n", []),
    ("uk parish: movers close a numbered entry, the matter before them",
     "808. Election of Chair for 2025/26: Cllr Ash, proposed by Cllr\nBirch, seconded by Cllr Cedar.\n"
     "809. Appointment of auditor for the\nyear ended 31/3/2025 \u2013 proposed by Cllr Dunn, seconded by Cllr Ash.\n"
     "(3) Village Hall \u2013 Cllr Cedar.\nProposed by Cllr Birch, seconded by Cllr Dunn.\nMeeting closed at 9pm.\n",
     [("Election of Chair for 2025/26: Cllr Ash", "Birch", "Cedar", C, None, None, None, False),
      ("Appointment of auditor for the year ended 31/3/2025", "Dunn", "Ash", C, None, None, None, False),
      ("Village Hall \u2013 Cllr Cedar", "Birch", "Dunn", C, None, None, None, False)]),
    ("uk parish near miss: the wording on the line after the movers",
     "4. Budget\nProposed by Cllr Ash, seconded by Cllr Birch.\nThat the budget be approved.\nCARRIED\n",
     [("the budget be approved.", "Ash", "Birch", C, None, None, None, False)]),
    ("ie proposed and seconded on one line, the surname's prefix apart, counts after the wording",
     "Proposed by: Cllr. T. O Flaherty Seconded by: Cllr. D. Mac Donnell\n"
     "That the Council fund a feasibility study for the pool.\nIn Favour: 17 Against: 2\nThe Motion was passed.\n",
     [("the Council fund a feasibility study for the pool.", "T. O Flaherty", "D. Mac Donnell", C, 17, 2, None,
       False)]),
    ("ie a nought printed as the letter O by a scan's text",
     "Proposed by: Cllr. A. Ash Seconded by: Cllr. B. Birch\n"
     "That the Council install traffic calming on Elm Road.\nIn Favour: 14 Against: O Abstain: O\n"
     "The Motion was passed.\n",
     [("the Council install traffic calming on Elm Road.", "A. Ash", "B. Birch", C, 14, 0, 0, False)]),
    ("ie near miss: an O that begins a word is no count",
     "Proposed by: Cllr. A. Ash Seconded by: Cllr. B. Birch\n"
     "That the Council thank its staff.\nIn Favour: 14 Against: Officers abstained\nThe Motion was passed.\n",
     [("the Council thank its staff.", "A. Ash", "B. Birch", C, 14, None, None, False)]),
    ("ie the seconder's line above the proposer's, sent on to a committee",
     "Seconded by: Cllr. O. Crowe\nProposed by: Cllr. P. Keane\n"
     "That the Council revoke all consents issued to private bus operators on Elm Road.\nDeferred to Transport SPC\n",
     [("the Council revoke all consents", "P. Keane", "O. Crowe", D, None, None, None, False)]),
    ("near miss: 'Deferred' that begins a sentence is no outcome",
     "Proposed by: Cllr. A. Ash Seconded by: Cllr. B. Birch\nThat the Council review its fees.\n"
     "Deferred payments were discussed.\n",
     [("the Council review its fees.", "A. Ash", "B. Birch", None, None, None, None, False)]),
    ("us the mover's name wrapped before 'moved'; 'Dec. 14' ends no sentence",
     "Chair Ash said the edits are in order. Member Hage\nmoved to approve the Dec. 14, 2017 meeting minutes. "
     "Member Kattouw seconded. Upon voice\nvote, the motion carried 3-0.\n",
     [("to approve the Dec. 14, 2017 meeting minutes.", "Hage", "Kattouw", C, 3, 0, None, False)]),
    ("us the score after 'unanimously'",
     "Member Kattouw moved to approve the five questions, seconded by Member Hage.\n"
     "By voice vote the motion carried unanimously, 4-0.\n",
     [("to approve the five questions", "Kattouw", "Hage", C, 4, 0, None, False)]),
    ("us labelled movers over the motion, a vote line that opens on its score",
     "MOTION: CONTINUE 1st: PARATI 2nd: BARTH\nMs. Parati moved to continue the application.\n"
     "VOTE: 7/0 AYES: BARTH, BELL, HAWKINS, LINEBERGER, PARATI, TAYLOR, WOJICK\nNAYS: NONE\n",
     [("to continue the application.", "Parati", "BARTH", C, 7, 0, None, False)]),
    ("us a nomination moved, the body's vote on it named by a pronoun",
     "Ms. Parati moved to nominate Ms. Cameron Holtz for the Fourth Ward Seat. Ms. Lineberger seconded\n"
     "the motion, and the Commission voted to approve it, 5-2.\n",
     [("to nominate Ms. Cameron Holtz for the Fourth Ward Seat.", "Parati", "Lineberger", C, 5, 2, None, False)]),
    ("near miss: a vote on something else is no outcome of the motion",
     "Ms. Parati moved to nominate Ms. Cameron Holtz for the Fourth Ward Seat. Ms. Lineberger seconded\n"
     "the motion. Later the Commission voted to approve the minutes of June.\n",
     [("to nominate Ms. Cameron Holtz for the Fourth Ward Seat.", "Parati", "Lineberger", None, None, None, None,
       False)]),
    ("us labelled movers with their titles in capitals",
     "MOTION: APPROVED W/ CONDITIONS 1st: MR. RUMSCH 2nd: MR. PHARES\nMr. Rumsch moved to approve this "
     "application as submitted.\nVOTE: 7/0 AYES: HADEN, RUMSCH\n",
     [("to approve this application as submitted.", "Rumsch", "PHARES", C, 7, 0, None, False)]),
    ("near miss: labelled movers two lines up head no motion below",
     "MOTION: DENY 1st: BELL 2nd: WOJICK\nThe applicant asked to speak first.\n"
     "Ms. Bell moved to deny the application.\n",
     [("to deny the application.", "Bell", None, None, None, None, None, False)]),
    ("near miss: a date after 'Vote:' is no score",
     "Ms. Parati moved to continue the application. Mr. Barth seconded the motion.\n"
     "Vote: 12/05/2024 at the next meeting.\n",
     [("to continue the application.", "Parati", "Barth", None, None, None, None, False)]),
    ("us near miss: a tie decides nothing",
     "Priya made a motion to buy a plow. 2nd by Omar. 2 yay 2 nay.\n",
     [("to buy a plow.", "Priya", "Omar", None, 2, 2, None, False)]),
    # ---- movers giving only the meeting's assent: the agenda item's words above them are the motion
    ("uk parish initials as movers, the assent after them, the item's heading above",
     "3. To approve the minutes of the meeting held on 8th October 2025\n"
     "Proposed RJ, seconded TH. Approved. All in favour.\n4. Matters arising\nThe Clerk noted that.\n",
     [("To approve the minutes of the meeting held on 8th October 2025", "RJ", "TH", C, None, None, None, False)]),
    ("uk parish the item's words opening its entry, an explanation between",
     "8.1.To approve accounts for payment.\nClerk Salary and Lengthsman. Details of expenditure are\n"
     "contained in a table at the end of these minutes. Proposed PD, seconded TH. All in favour.\n"
     "8.2.To approve bank reconciliation to 30th November 2025. Proposed MC, seconded TH. All in\nfavour\n"
     "8.4.To review current budget. No comments raised.\n",
     [("To approve accounts for payment", "PD", "TH", C, None, None, None, False),
      ("To approve bank reconciliation to 30th November 2025", "MC", "TH", C, None, None, None, False)]),
    ("uk parish near miss: words of its own after the movers",
     "3. To approve the minutes\nProposed by Cllr Smith, seconded by Cllr Jones. Agreed to defer the item.\n",
     [("Agreed to defer the item.", "Smith", "Jones", None, None, None, None, False)]),
    ("uk parish near miss: capitals that are a word's, not initials",
     "The Clerk proposed MOD changes to the gates. The matter was noted.\n", []),
    ("us near miss: an acronym after 'proposed', no seconder",
     "We have regularly provided comments on the proposed EIR and\nspecifically on the project description.\n", []),
    ("scottish outcome and date before the movers, a dash, the heading above",
     "b.\nApproval of previous minutes\nAgreed on 19th June 2018 - Proposed by Andrea Wise \u2013 Second by "
     "Fiona Robinson\nWho What Status\n",
     [("Approval of previous minutes", "Andrea Wise", "Fiona Robinson", C, None, None, None, False)]),
    ("uk parish initials in brackets",
     "Subject to these concerns it was proposed (MC) and seconded (RJ) that\nthis application should be "
     "supported. All in favour. Decided.\n",
     [("this application should be supported.", "MC", "RJ", C, None, None, None, False)]),
    ("us made by and second by closing a numbered entry, a unanimous share on the next line",
     "MOTIONS:\n1. Payment to Fitz Barnes for catering: $2100. Made by Bob, Second by Alex\n"
     "Vote: Yes: 100% No: 0\n",
     # a count after the share is read ("No: 0"); the share is no count
     [("Payment to Fitz Barnes for catering: $2100", "Bob", "Alex", C, None, 0, None, False)]),
    ("us the motion's words between 'Motion made' and its movers",
     "Motion made to accept the nominations as presented by the Nominating\nCommittee by Bob and seconded by "
     "Alex.\nVote: Yes: 100% No: 0\n",
     [("to accept the nominations as presented by the Nominating Committee", "Bob", "Alex", C, None, 0, None,
       False)]),
    ("us near miss: movers first after 'Motion made'",
     "Motion made by Alex, seconded by Kathy, to buy a plow.\nMotion carried.\n",
     [("to buy a plow.", "Alex", "Kathy", C, None, None, None, False)]),
    ("us counts joined to yes and no by a hyphen",
     "Commissioner MacRae made a motion to hold a Special Meeting. Commissioner Bitter seconded the motion. "
     "Vote 4-yes & 1-no.\nMotion carried.\n",
     [("to hold a Special Meeting.", "MacRae", "Bitter", C, 4, 1, None, False)]),
    ("us near miss: a number before 'no' with no hyphen is no count",
     "Commissioner MacRae made a motion to buy 2 no parking signs. Commissioner Bitter seconded the motion. "
     "Vote yes. Motion carried.\n",
     [("to buy 2 no parking signs.", "MacRae", "Bitter", C, None, None, None, False)]),
    ("us near miss: a count after a share that is not every vote",
     "Ann made a motion to buy a plow. 2nd by Omar.\nVote: Yes: 60% No: 40%\n",
     [("to buy a plow.", "Ann", "Omar", None, None, None, None, False)]),
    ("irish: initials printed without their stops",
     "On the proposal of Cllr C Carthy, seconded by Cllr S Conlon, it was agreed that the level of refund be 80%.\n",
     [("the level of refund be 80%.", "C Carthy", "S Conlon", C, None, None, None, False)]),
    ("us school committee: 'makes a motion to' with the verb on the next line; the seconding in the present and "
     "the members' assent run on ('seconds the motion all approve')",
     "Ms. Ash makes a motion to\napprove line item transfers as outlined by Mr. Oak, Ms. Birch seconds the motion\n"
     "all approve\nMs. Ash makes a motion to adjourn at 9:38, Mr. Elm seconds the motion all approve.\n",
     [("to approve line item transfers as outlined by Mr. Oak", "Ash", "Birch", C, None, None, None, False),
      ("to adjourn at 9:38", "Ash", "Elm", C, None, None, None, False)]),
    ("us near miss: 'all approve of' is an opinion, no outcome",
     "Ms. Ash makes a motion to approve the plan, Ms. Birch seconds the motion. Members all approve of the idea.\n",
     [("to approve the plan", "Ash", "Birch", None, None, None, None, False)]),
    ("us planning board: 'Motion, Ms. X, to ...' and 'Second, Mr. Y.' as a clerk's fields; the item's heading "
     "opening the movers' line when they print no words, 'Motion passed.' after them",
     "MINUTES \u2013 APPROVAL:   Motion, Ms. Ash, to approve 4-23-12 and 5-5-12.  Second, Mr. Birch.  Minutes signed.\n"
     "ADJOURNMENT:  Motion, Ms. Ash, Second, Mr. Birch, Motion passed.  Adjourned 8:00 PM.\n",
     [("to approve 4-23-12 and 5-5-12.", "Ash", "Birch", None, None, None, None, False),
      ("ADJOURNMENT", "Ash", "Birch", C, None, None, None, False)]),
    ("us city council: 'it was MOVED by X, seconded by Y, to ...' run on in a paragraph, the outcome a sentence of "
     "its own after it ('Unanimously carried by voice vote.'); near miss: 'Carried by the applicant' names no vote",
     "FIRE\nReferring to page 1, it was MOVED by Foy, seconded by Buchanan, to adopt Item A. Unanimously carried by "
     "voice vote. Ash absent. It was MOVED by Oak, seconded by Elm, to deliver the plan. Carried by the applicant to "
     "the site.\n",
     [("to adopt Item A.", "Foy", "Buchanan", C, None, None, None, False),
      ("to deliver the plan.", "Oak", "Elm", None, None, None, None, False)]),
    ("nsw: 'RESOLVED unanimously on the motion of Clr X, seconded Clr Y that ...' ('Clr', the state's title)",
     "APOLOGY\nRESOLVED unanimously on the motion of Clr Ash, seconded Clr Birch that\nan apology by Clr Oak be "
     "accepted.\n061/08 Disclosure of Interests\n",
     [("an apology by Clr Oak be accepted.", "Ash", "Birch", C, None, None, None, False)]),
    ("parish: the proposer told after the decision, pointing back at it ('This was proposed by Cllr X.')",
     "F06:04/24 To agree dates.\nRESOLVED: Schedule of dates agreed. This was proposed by Cllr Ash.\n"
     "F07:04/24 To agree a date for the Annual Parish Meeting.\n",
     [("Schedule of dates agreed.", "Ash", None, C, None, None, None, False)]),
    ("parish near miss: 'It was proposed by Cllr X that ...' has its own words after the name",
     "4. Hall\nThe hall was discussed. It was proposed by Cllr Ash that the hall be booked. Carried.\n",
     [("the hall be booked.", "Ash", None, C, None, None, None, False)]),
    ("parish: the movers' line of its own under the formal decision, the next sentence no part of it; the seconder's "
     "name ends at its line ('Cllr Oak' / 'Due to ...')",
     "21.44 ELECTION OF CHAIR\nIt was RESOLVED that Cllr Cedar be elected Chair of the Council.\n"
     "Proposed by: Cllr Birch      Seconded by: Cllr Oak\nDue to the weather the Chair signed later.\n",
     [("Cllr Cedar be elected Chair of the Council.", "Birch", "Oak", C, None, None, None, False)]),
    ("ontario near miss: the movers' lines over the words below them ('THAT ...')",
     "1.\nMoved by: Councillor S. Ash\nSeconded by: Councillor S. Birch\nTHAT the meeting be called to order.\n"
     "Motion Carried Unanimously\n",
     [("the meeting be called to order.", "S. Ash", "S. Birch", C, None, None, None, False)]),
    ("nz/au: a register's resolution number before the movers carries the motion; near miss: a motion's number",
     "Resolution 449/2019 Moved: Cr Dennis Ash Seconded: Cr Leigh Birch Council adjourn for Open Forum. |\n"
     "List of Speakers\nMotion 24-064\nMoved: Cr Ann Oak Seconded: Cr Bo Elm That the item be noted.\n",
     [("Council adjourn for Open Forum.", "Dennis Ash", "Leigh Birch", C, None, None, None, False),
      ("the item be noted.", "Ann Oak", "Bo Elm", None, None, None, None, False)]),
    ("ontario township: 'Moved by X, Seconded by Y' over 'Be it resolved that ...' (the enacting words no part of "
     "the motion's; 'be received and adopted' is the words' own, no outcome), 'Carried.' under them",
     "a) Motion to Adopt the Agenda.\nMotion No. C120627 -1\nMoved by Evans, Seconded by Crawford\nBe it resolved "
     "that the agenda for the Council meeting be\nreceived and adopted.\nCarried.\n3. DISCLOSURE OF INTEREST:\n",
     [("the agenda for the Council meeting be received and adopted.", "Evans", "Crawford", C, None, None, None,
       False)]),
    ("us town board: 'Voting AYE: Updike Pogue and Yelk' (a comma left out between two surnames) / 'Voting Nay: "
     "none' / 'Absent: none'; near miss: 'Ann Ash and Birch' (a given name first: two members)",
     "Approve Minutes: Moved by V Pogue second by D Yelk to approve the minutes as presented.\nVoting AYE: Updike "
     "Pogue and Yelk\nVoting Nay: none\nAbsent: none\nMotion carried\nPay Bills. Moved by Ash second by Oak to pay "
     "the bills.\nVoting AYE: Ann Ash and Birch\nVoting Nay: none\nMotion carried\n",
     [("to approve the minutes as presented.", "V Pogue", "D Yelk", C, 3, 0, None, False),
      ("to pay the bills.", "Ash", "Oak", C, 2, 0, None, False)]),
    ("us town board: 'Ayes: All   Noes: None   Motion Carried' (none against, the ayes uncounted)",
     "27-A MINUTES TO BE APPROVED\nMotion by Supervisor Meegan, seconded by Councilman Rusinski, to approve Minutes "
     "#2013-26.\n     Ayes: All                        Noes: None                        Motion Carried\n",
     [("to approve Minutes #2013-26.", "Meegan", "Rusinski", C, None, 0, None, False)]),
    ("us county board: the movers' surnames in capitals joined by a dash over 'Motion to ...', 'Adopted "
     "Unanimously' under it; near miss: 'OLD BUSINESS - ROADS' over a paragraph",
     "KEY - SPRINGER\nMotion to approve the agenda.\nAdopted Unanimously\nOLD BUSINESS - ROADS\nThe roads were "
     "discussed.\n",
     [("Motion to approve the agenda.", "KEY", "SPRINGER", C, None, None, None, False)]),
    ("us county board: 'The Chairperson ruled the motion had been adopted unanimously.', the ayes named one by one "
     "('Aye: A, B and C' / 'Nay: None'); near miss: 'Ayes: 5' (a count, read as one)",
     "Commissioner Garner moved to approve the minutes. Upon a vote, the results were as follows:\nAye: Garner, "
     "Matthews and Paschal\nNay: None\nThe Chairperson ruled the motion had been adopted unanimously.\n"
     "Commissioner Reives moved to approve the agenda.\nAyes: 5\nNays: 0\nMotion carried.\n",
     [("to approve the minutes.", "Garner", None, C, 3, 0, None, False),
      ("to approve the agenda.", "Reives", None, C, 5, 0, None, False)]),
    ("british columbia: the movers' surnames parted by a slash, the formal 'THAT' after them on the next line or, in a "
     "transcript that ran the lines together, on the same one; near miss: 'Planning/Building' over a sentence",
     "APPROVAL OF MINUTES\nHoward/Adomeit\nTHAT the minutes of January 22, 2002, be adopted.\nPlanning/Building\n"
     "The plans were shown. ITEMS Wheatley/Howard THAT the report be received.\n",
     [("the minutes of January 22, 2002, be adopted.", "Howard", "Adomeit", None, None, None, None, False),
      ("the report be received.", "Wheatley", "Howard", None, None, None, None, False)]),
    ("us near miss: 'the motion, as amended' names no mover",
     "The motion, as amended, was put to the meeting.\n", []),
    ("us town council: 'X moved, second by Y, to ...', then 'VOTED 11-0-2 by roll call (...)' and 'VOTED 5-8 (...); "
     "the motion failed'",
     "MOTION: President Ash moved, second by Councilor Birch, to approve those items as a single unit.\n"
     "VOTED 11-0-2 by roll call (Councilors Ash, Birch voted Yes; Councilors Oak and Elm Abstained) to approve "
     "those items as a single unit.\nMOTION: Councilor Oak moved, second by Councilor Elm, to postpone item 9.b. to "
     "a time certain.\nVOTED 5-8 (Councilors Oak, Elm voted Yes; Councilors Ash voted No); the motion failed.\n",
     [("to approve those items as a single unit.", "Ash", "Birch", C, 11, 0, 2, False),
      ("to postpone item 9.b. to a time certain.", "Oak", "Elm", L, 5, 8, None, False)]),
    ("us town council: the clerk's 'VOTED' line as the outcome, its count deciding it ('VOTED 5-7-1 (...)' lost); "
     "'moved the previous question'; near miss: 'Voted to adopt the budget' with no count is no such line",
     "MOTION: Councilor Oak moved, second by Councilor Elm, to amend the motion by removing Ann Ash.\n"
     "VOTED 5-7-1 (Councilors Oak, Elm voted Yes; Councilors Ash voted No) to amend the motion.\n"
     "MOTION: Councilor Ross moved the previous question.\nVOTED Unanimously 13-0 to call the question.\n",
     [("to amend the motion by removing Ann Ash.", "Oak", "Elm", L, 5, 7, 1, True),
      ("the previous question.", "Ross", None, C, 13, 0, None, False)]),
    ("us finance committee: members by their initials ('BR made motion to accept; BL seconded; all approved'), the "
     "mover after an item's title and a spaced dash",
     "Minutes reviewed for 9/22/31; BR made motion to accept; BL seconded; all approved\n"
     "7) Adjournment - BL made a motion to adjourn at 8:31 PM, JM seconded; all in favor\n",
     [("to accept", "BR", "BL", C, None, None, None, False),
      ("to adjourn at 8:31 PM", "BL", "JM", C, None, None, None, False)]),
    ("us committee: a given name and the surname's initial ('John H.', 'Damon M.'); 'The Committee approved the "
     "motion 4-0.'; near miss: the committee approving a plan is a decision of its own words, no outcome of this",
     "6. Adjournment: John H. made a motion to adjourn; Damon M. seconded the motion. The Committee approved\n"
     "the motion 4-0.\n7. Plans: Ann B. made a motion to review the plan; Bo C. seconded the motion. The Committee "
     "approved the plan.\n",
     [("to adjourn", "John H.", "Damon M.", C, 4, 0, None, False),
      ("to review the plan", "Ann B.", "Bo C.", None, None, None, None, False)]),
    ("irish: 'on the proposition of', the decision quoted below",
     "On the proposition of Cllr. Byrne, seconded by Cllr. Hourigan, it was unanimously agreed :\n\n"
     "\u201cThat the Minutes be confirmed\u201d.\n",
     [("That the Minutes be confirmed", "Byrne", "Hourigan", C, None, None, None, False)]),
    ("near miss: 'the proposition' with no 'of' names no mover",
     "The proposition was discussed at length and no vote was taken.\n",
     []),
    ("irish: two initials run together",
     "On the proposal of Cllr PJ O’Hanlon, seconded by Cllr D. Maxwell, that Cllr Ann Ash be appointed Chair.\n",
     [("Cllr Ann Ash be appointed Chair.", "PJ O’Hanlon", "D. Maxwell", None, None, None, None, False)]),
    ("irish: rival proposals, the outcome naming whose proposal was put",
     "Cllr PJ O’Hanlon proposed, Cllr D. Maxwell seconded that the Council retain the rate.\n\n"
     "Cllr P. Treanor proposed, Cllr C. Carthy seconded that the Council remove the increase.\n\n"
     "The Cathaoirleach put Cllr O’Hanlon’s proposal to the meeting. A vote by show of hands\nresulted in 9 For "
     "and 8 Against. As Cllr Treanor’s proposal was a direct negative the\nCathaoirleach declared Cllr "
     "O’Hanlon’s proposal carried.\n",
     [("the Council retain the rate.", "PJ O’Hanlon", "D. Maxwell", C, 9, 8, None, False),
      ("the Council remove the increase.", "P. Treanor", "C. Carthy", None, None, None, None, False)]),
    ("near miss: the outcome names the mover of the motion it closes",
     "Cllr Ash proposed, Cllr Birch seconded that the Council retain the rate.\nThe Chair declared Cllr Ash’s "
     "proposal carried.\n",
     [("the Council retain the rate.", "Ash", "Birch", C, None, None, None, False)]),
    ("irish: a seconder's surname on the next line, 'having been put and carried'",
     "It was moved by Councillor Vincent Jackson and seconded by Councillor Cat\nO’Driscoll that the City "
     "Council approves the answers. The motion having been put and carried, written answers were issued.\n",
     [("the City Council approves the answers.", "Vincent Jackson", "Cat O’Driscoll", C, None, None, None,
       False)]),
    ("near miss: the next line opens a decision, not the seconder's surname",
     "Proposed by Cllr Ann Smith, seconded by Cllr Tom Birch\nResolved: that the report be noted.\n",
     [("the report be noted.", "Ann Smith", "Tom Birch", C, None, None, None, False)]),
    ("us county: mover, seconder and outcome in clauses parted by semicolons, the counts after a comma",
     "Spackman motioned to open the public hearing for the Veibell Rezone; Lee seconded; Passed 5, 0.\n",
     [("to open the public hearing for the Veibell Rezone", "Spackman", "Lee", C, 5, 0, None, False)]),
    ("us county: the seconder's name ending its line, a lost motion's counts",
     "Christensen motioned to revoke the permit based on the code; Lee\nseconded; Failed 2, 2 (Christensen "
     "abstained).\n",
     [("to revoke the permit based on the code", "Christensen", "Lee", L, 2, 2, None, False)]),
    ("near miss: the word after the seconder's clause opens a sentence of its own",
     "Lee motioned to table the item; Ash seconded; Passed items were listed later.\n",
     [("to table the item", "Lee", "Ash", None, None, None, None, False)]),
    ("us city: the ordinance named by its number as the outcome's subject, its number broken over a line",
     "Council Member Durham moved to ADOPT Ordinance 2024-15 – Amending the Zoning Map. Council Member Gray "
     "seconded the motion. Vote on Motion: Council Member Gray-Aye; Mayor Dahle-Aye. Ordinance 2024-\n15 was "
     "adopted by a unanimous vote.\n",
     [("to ADOPT Ordinance 2024-15 – Amending the Zoning Map.", "Durham", "Gray", C, None, None, None, False)]),
    ("near miss: an ordinance adopted in the past, told of after the motion",
     "Council Member Durham moved to ADOPT Ordinance 2024-15. Council Member Gray seconded the motion. Ordinance "
     "2019-3 was adopted in 2019 by the last council.\n",
     [("to ADOPT Ordinance 2024-15.", "Durham", "Gray", None, None, None, None, False)]),
    ("us board: a title ending its sentence is no seconder's title; 'Motion carries' with its count",
     "Joe Paust motioned for Laura Warb to serve as Vice Chair. Rex Mumf seconded the motion. Motion carries 3-0.\n",
     [("for Laura Warb to serve as Vice Chair.", "Joe Paust", "Rex Mumf", C, 3, 0, None, False)]),
    ("near miss: an abbreviated title with its stop stays the seconder's",
     "Joe Paust motioned to approve the plan. Cllr. Rex Mumf seconded the motion. Motion carries 3-0.\n",
     [("to approve the plan.", "Joe Paust", "Rex Mumf", C, 3, 0, None, False)]),
    ("us board: 'Motion was unanimous', 'All voted in favor', a mover after a clause's comma, 'motions to'",
     "Since there were no comments, Laura Warb motioned to go into a closed session. Joe Paust seconded the "
     "motion. All voted in favor.\n\nLaura Warb motions to go back into open session. Joe Paust seconds the "
     "motion. Motion was unanimous.\n",
     [("to go into a closed session.", "Laura Warb", "Joe Paust", C, None, None, None, False),
      ("to go back into open session.", "Laura Warb", "Joe Paust", C, None, None, None, False)]),
    ("us city: the seconder on a label line under the motion's sentence",
     "Council Member Mila made a motion to pass the budget.\nMOTION: Portia Mila\nSECOND: LeAnne Huff\n"
     "The motion carried.\n",
     [("to pass the budget.", "Mila", "LeAnne Huff", C, None, None, None, False)]),
    ("nz: the mover's label left blank, the seconder's next (a page's columns scrambled)",
     "RESOLUTION 2019/06\nMoved:\nSeconded:  Cr Jeremy Harker\nThat Council adopt the policy.\nCARRIED\n",
     [("Council adopt the policy.", None, "Jeremy Harker", C, None, None, None, False)]),
    ("near miss: a blank form's labels, no name under either, are no motion",
     "SUGGESTED RESOLUTION\n Moved by:\n Supported by:\n Be it therefore resolved that the district buy iPads.\n"
     " Yes:\n No:\n",
     []),
    ("us board: 'supported by', the seconding as some boards print it",
     "It was moved by Mr. Ash, supported by Ms. Lee, that the bid be awarded. Ayes: 7 Nays: 0. Motion carried.\n",
     [("the bid be awarded.", "Ash", "Lee", C, 7, 0, None, False)]),
    ("nz: labelled movers, each name broken at its line's end, the surname a line of its own",
     "Resolved:  19.5\nMoved:       Cr Brent\nMuggeridge\nSeconded:  Cr\nKelly Annand\nThat the minutes be "
     "received.\nCarried\n",
     [("the minutes be received.", "Brent Muggeridge", "Kelly Annand", C, None, None, None, False)]),
    ("near miss: the line after the mover's goes on, no surname of his",
     "Moved:       Cr Brent\nMuggeridge spoke to the item.\nSeconded:  Cr Kelly Annand\nThat the minutes be "
     "received.\nCarried\n",
     # (what the movers' form then makes of the lines: the mover's given name alone, the words his line, the
     # seconder read from her label's line below)
     [("Muggeridge spoke to the item.", "Brent", "Kelly Annand", C, None, None, None, False)]),
    ("irish: an office with its article before the mover, a number's stop inside the words",
     "It was proposed by the Lord Mayor Daithí de Róiste and seconded by Cat O’Driscoll\nthat pursuant to "
     "Standing Order 39.1. the members meet in private. The motion was put and\ncarried.\n",
     [("pursuant to Standing Order 39.1. the members meet in private.", "Daithí de Róiste", "Cat O’Driscoll", C,
       None, None, None, False)]),
    ("irish: movers on lines of their own, the vote and its result before the words",
     "Proposed by: \nCllr. Jim Deane \nSeconded by: \nCllr. Brian O’Donoghue \nAND following a show of hands "
     "RESOLVED that the minutes be adopted. \n",
     [("the minutes be adopted.", "Jim Deane", "Brian O’Donoghue", C, None, None, None, False)]),
    ("nz: the mayor moving by the style of the office alone",
     "4.2 Plan Change\nMoved By His Worship the Mayor\nSeconded By Cr Phil Halse\nThat the Committee approves Plan "
     "Change 2.\nCarried\n",
     [("the Committee approves Plan Change 2.", "His Worship the Mayor", "Phil Halse", C, None, None, None, False)]),
    ("us town: a roll call a member a line counts the votes; 'the motion does not pass'",
     "Councilwoman Kennedy makes the motion to approve the consent calendar. Councilwoman Mullins seconds.\n"
     "ROLL CALL VOTE\nCauthorne - Yes\nHall - No\nKennedy -Yes\nMullins - Yes\nPowers - Yes\n"
     "Councilman Hall makes the motion to disincorporate the town. Councilman Powers seconds.\n"
     "ROLL CALL VOTE:\nCauthorne - No\nHall - Yes\nKennedy - No\nMullins - No\nPowers - Yes\n"
     "Mayor Cauthorne states the motion does not pass.\n",
     [("to approve the consent calendar.", "Kennedy", "Mullins", C, 4, 1, None, False),
      ("to disincorporate the town.", "Hall", "Powers", L, 2, 3, None, False)]),
    ("us county: a roll call run on one line between semicolons counts the votes and decides; 'Motion to ... by "
     "<member>. Second by <member>.'; the seconder between commas before 'moved'",
     "Commissioner Bolos moved to approve the extension of the emergency.; Commissioner Froerer seconded.\n"
     "Chair Froerer \u2013 aye; Commissioner Harvey \u2013 excused; Commissioner Bolos - aye\n"
     "Motion to discuss Property Acquisition by Council Member Birrell. Second by Council Member\nPetersen. All "
     "\u201cYes\u201d. Motion passed unanimously.\nCouncil Member Brems, seconded by Council Member Smolka, moved "
     "to approve\nResolution No. 2023-04-01. The motion passed unanimously.\n",
     [("to approve the extension of the emergency.", "Bolos", "Froerer", C, 2, 0, None, False),
      ("to discuss Property Acquisition", "Birrell", "Petersen", C, None, None, None, False),
      ("to approve Resolution No. 2023-04-01.", "Brems", "Smolka", C, None, None, None, False)]),
    ("us near miss: a seconding that names no one between commas is no seconder",
     "Council Member Brems, seconded by the staff report, moved to approve the plan. The motion passed.\n",
     []),
    ("us near miss: the attendance roll call counts no votes",
     "ROLL CALL OF COUNCIL\nCauthorne - Here\nHall - Here\nCouncilwoman Kennedy makes the motion to adjourn. "
     "Councilwoman Mullins seconds.\n",
     [("to adjourn.", "Kennedy", "Mullins", None, None, None, None, False)]),
    ("us: labelled lists of names count the votes where no figure is printed; 'None' is nought, a label not "
     "printed counts none, the next motion's lists are its own; a hyphenated 'Vice-Chair' is a title",
     "A motion to approve the salary range was made by Director Carhart and seconded by Vice-Chair Mounts. AYES: "
     "Chair Irwin, Vice-Chair Mounts, Director Carhart, Director Tamagni NOES: None ABSTAIN: None ABSENT: Director "
     "O\u2019Farrell\nDirector Hanneman moved to add an item. Director Costa seconded the motion and it carried with "
     "the following roll call vote:\nAyes:        Directors Costa, Hanneman, Miller and Tobin\nNoes:        Rich\n"
     "Director Miller moved to adjourn. Director Costa seconded the motion and it carried with the following "
     "vote:\nAyes:        Directors Costa, Hanneman, Miller and Tobin\nNoes:        None\n",
     [("to approve the salary range", "Carhart", "Mounts", C, 4, 0, 0, False),
      ("to add an item.", "Hanneman", "Costa", C, 4, 1, None, False),
      ("to adjourn.", "Miller", "Costa", C, 4, 0, None, False)]),
    ("us near miss: a figure after the label is a count, not names; 'the noes' in a sentence is no label",
     "Director Miller moved to adjourn. Director Costa seconded the motion and it carried.\nAyes: 5 Noes: 0\n"
     "Director Ash moved to close the pool, noting the noes: two. Director Costa seconded the motion.\n",
     [("to adjourn.", "Miller", "Costa", C, 5, 0, None, False),
      ("to close the pool, noting the noes: two.", "Ash", "Costa", None, None, None, None, False)]),
    ("us near miss: a share that is not every vote",
     "Ann made a motion to buy a plow. 2nd by Omar.\nVote: Yes: 60%\n",
     [("to buy a plow.", "Ann", "Omar", None, None, None, None, False)]),
    ("us: the matter as a passive sentence's subject, its movers and count inside it; 'motioned by'; near miss: "
     "'It was moved by' (the words follow)",
     "The minutes for January 14, 2031 were moved by Commissioner Fisher,\nseconded, and approved by a vote of 7 "
     "ayes.\nThe Consent Calendar was motioned by Fisher to be taken up first, it was seconded and approved by 7 "
     "ayes.\nThe Approval of Contract of District Executive; Deputy Superintendent was moved by\nCommissioner "
     "Fisher, seconded, and adopted by 6 ayes and 1 nay (Boggess).\nIt was moved by Cllr Ash and seconded by Cllr "
     "Birch that the accounts be paid. Carried.\n",
     [("The minutes for January 14, 2031 were moved by", "Fisher", None, C, 7, None, None, False),
      ("The Consent Calendar was motioned by Fisher", "Fisher", None, C, 7, None, None, False),
      ("The Approval of Contract of District Executive; Deputy", "Fisher", None, C, 6, 1, None, False),
      ("the accounts be paid.", "Ash", "Birch", C, None, None, None, False)]),
    ("us: a motion made, an unnamed seconding and its assent after a comma; 'moved approval of' with its terms over "
     "the next sentence up to its seconding; 'I move ...', the mover named after it",
     "President Kim made a motion to extend the meeting past 10pm, it was seconded and approved by\na vote of 7 "
     "ayes\nPresident Alexander moved approval of the Stipulated Expulsion agreement for 1 Student: Matter No. "
     "2031-#09 for the Fall semester. During the expulsion period, student will attend Denman School.\nIt was "
     "seconded by Commissioner Sanchez and adopted by 7 ayes.\nI move approval of the Stipulated Expulsion "
     "agreement for 1 Student: Matter No. 2031-#20.\nThe student will be placed at Civic Center.\n- President Kim "
     "moved this item and it was seconded. The board by a vote of 7 ayes approved\nthis expulsion agreement.\n",
     [("to extend the meeting past 10pm", "Kim", None, C, 7, None, None, False),
      ("approval of the Stipulated Expulsion agreement for 1 Student: Matter No. 2031-#09 for the Fall semester. "
       "During the expulsion period, student will attend Denman School.", "Alexander", "Sanchez", C, 7, None, None,
       False),
      ("approval of the Stipulated Expulsion agreement for 1 Student: Matter No. 2031-#20. The student will be "
       "placed at Civic Center.", "Kim", None, C, 7, None, None, False)]),
    ("us: the motion's words, then its movers, 'made' left out; a score after a comma; 'opposed' counted; "
     "'Motion was seconded by' without 'The'; near miss: a heading over 'Motion to ...' is no mover",
     "Motion to approve the Consent Agenda by Councilmember Torres, seconded by Councilmember\nWilliams\n"
     "Motion passed, 4-0\nChairman Daley moved to approve Mr. Fisher's request. Motion was seconded by Selectman "
     "Bailey. A vote was taken. Motion passed with a vote of 2 in\nfavor and 1 opposed (Selectman Stohrer).\n"
     "4. Presentation\nMotion to approve the plan prepared by the engineer.\n",
     [("to approve the Consent Agenda", "Torres", "Williams", C, 4, 0, None, False),
      ("to approve Mr. Fisher's request.", "Daley", "Bailey", C, 2, 1, None, False)]),
    ("us: leaving a session is a motion's verb, past a roll call; near miss: 'moved to a new office'",
     "Chairman Daley moved to come out of nonpublic session at 7:20 p.m. Motion was seconded by\nSelectman Bailey. "
     "A roll call vote was taken. Chairman Daley – yes;\nSelectman Bailey – yes. Motion passed unanimously.\n"
     "Chairman Daley moved to a new office in May.\n",
     [("to come out of nonpublic session at 7:20 p.m.", "Daley", "Bailey", C, None, None, None, False)]),
    ("us: a verb of office renewed ('reappoint', 're-elect', 'renew', 'reinstate'); near miss: 'moved to Reno'",
     "Zoning Board Appointments \u2013 Ms. Buono brought forward a recommendation from the Chairman. Chairman "
     "Daley moved to reappoint Nancy Torres as a full member of the\nZoning Board. The Motion was seconded by "
     "Selectman Bailey. A vote was taken.\nMotion passed unanimously.\nSelectman Bailey moved to Reno in May. "
     "The Board wished him well.\n",
     [("to reappoint Nancy Torres as a full member of the Zoning Board.", "Daley", "Bailey", C, None, None, None,
       False)]),
    ("us county: a middle initial with no stop in the mover's and the seconder's names",
     "Tonja B Hanson made a motion to adopt the grant recommendations. Christopher Robinson seconded, and all voted "
     "in favor, (3-0).\nChristopher Robinson made a motion to approve the minutes. Tonja B Hanson seconded, and all "
     "voted in favor, (3-0).\n",
     [("to adopt the grant recommendations.", "Tonja B Hanson", "Christopher Robinson", C, 3, 0, None, False),
      ("to approve the minutes.", "Christopher Robinson", "Tonja B Hanson", C, 3, 0, None, False)]),
    ("us city: the vote told in a clause after the seconding, its score before 'unanimous in favor'",
     "Council Member Marlor motioned to approve the minutes as published. Council Member Harris seconded the "
     "motion; vote was unanimous in favor.\nCouncil Member Shelton motioned to approve Resolution R2023-26. "
     "Council Member McGuire seconded the motion; Roll Call vote was 4-0, unanimous in favor.\n",
     [("to approve the minutes as published.", "Marlor", "Harris", C, None, None, None, False),
      ("to approve Resolution R2023-26.", "Shelton", "McGuire", C, 4, 0, None, False)]),
    ("near miss: a vote said to favour someone is no outcome",
     "Council Member Marlor motioned to approve the plan. Council Member Harris seconded the motion; the vote was "
     "in favor of the developer.\n",
     [("to approve the plan.", "Marlor", "Harris", None, None, None, None, False)]),
    ("us board: the members who voted named in brackets before 'voted in support'",
     "Commissioner Litvack motioned for the Board to enter Closed Meeting. Commissioner White seconded the motion, "
     "and all Board members present (Chair Moffat and Commissioners Johnson and Litvack) voted in support.\n",
     [("for the Board to enter Closed Meeting.", "Litvack", "White", C, None, None, None, False)]),
    ("us: a motion's terms after its colon run on to the seconding; near miss: 'the following' with no colon",
     "Councilor Bellis moved to approve 5.i with the following addition to the standards: No permit shall\n"
     "be issued until the plat is filed. The plat shall include covenants. Councilor Ash seconded the\nmotion.\n"
     "Motion carried.\nCouncilor Cue moved to approve the following items. Members discussed them. Councilor Ash "
     "seconded the motion.\nMotion carried.\n",
     [("to approve 5.i with the following addition to the standards: No permit shall be issued until the plat is "
       "filed. The plat shall include covenants.", "Bellis", "Ash", C, None, None, None, False),
      ("to approve the following items.", "Cue", "Ash", C, None, None, None, False)]),
    ("us city: a roll call's names, then 'Unanimous.' alone on its line; near miss: 'Unanimous consent ...' "
     "opens a sentence of its own",
     "      Councilmember Nordfelt moved to approve Ordinance 23-20.\n\n      Councilmember Christensen seconded "
     "the motion.\n\n      A roll call vote was taken:\n\n       Councilman Fitisemanu       Yes\n"
     "       Mayor Lang                  Yes\n\n       Unanimous.\n\nORDINANCE 23-22: AMEND THE FEES\n"
     "Councilmember Harmon moved to approve the plan.\nCouncilmember Huynh seconded the motion.\n"
     "Unanimous consent was given to take a recess.\n",
     [("to approve Ordinance 23-20.", "Nordfelt", "Christensen", C, None, None, None, False),
      ("to approve the plan.", "Harmon", "Huynh", None, None, None, None, False)]),
    ("us city: the assent before the words ('all voted in favor to adjourn'); near miss: 'all voted in favor.' "
     "with the words above it",
     "MOTION TO ADJOURN\nUpon motion by Ms. Lang, all voted in favor to adjourn.\n",
     [("to adjourn.", "Lang", None, C, None, None, None, False)]),
    ("us city, OCR: words spread by wide gaps ('The        motion       passed'), a hearing opened, a time's "
     "'p.m.' ending the words before a title wrapped over the line ('Board' / 'Member Jackson seconded')",
     "Board       Member          Jackson        moved         to open the public            hearing.         Board"
     "       Member          Catten\nseconded.   Chair   Silvestrini   called   for the vote.   The        motion"
     "       passed        unanimously.\nADJOURNED:      Board    Member     Catten      moved        to adjourn"
     "        the meeting        at 9:13 p.m.          Board\nMember        Jackson         seconded.     The "
     "motion             passed     unanimously.\n",
     [("to open the public hearing.", "Jackson", "Catten", C, None, None, None, False),
      ("to adjourn the meeting at 9:13 p.m.", "Catten", "Jackson", C, None, None, None, False)]),
    ("us city: minutes printed in capitals, the mover's verb after an adverb, the vote told as 'ALL VOTING AYE', "
     "a clause with its 'that' left out; from the middle of a sentence in mixed case; near miss: a heading in "
     "capitals names no motion",
     "REGULAR AGENDA\nCOUNCIL MEMBER WHITE THEN MOVED TO APPROVE THE MINUTES AS PRESENTED. MOTION\nWAS SECONDED BY "
     "COUNCIL MEMBER BLAIR, ALL VOTING AYE.\nThere being no further business, COUNCIL MEMBER HYER MOVED THE MEETING\n"
     "ADJOURN AT 7:42 P.M. MOTION WAS SECONDED BY COUNCIL MEMBER NADOLSKI, ALL VOTING AYE.\n",
     [("TO APPROVE THE MINUTES AS PRESENTED.", "WHITE", "BLAIR", C, None, None, None, False),
      ("THE MEETING ADJOURN AT 7:42 P.M.", "HYER", "NADOLSKI", C, None, None, None, False)]),
    ("near misses: 'then spoke' is no verb of moving; 'moved the item to the consent agenda' is no clause; 'all "
     "voting members' tells no vote",
     "Council Member White then spoke about the plan.\nCouncil Member Hyer moved the item to the consent agenda.\n"
     "Council Member Ash moved to approve the plan. Council Member Lee seconded. All voting members were present.\n",
     [("to approve the plan.", "Ash", "Lee", None, None, None, None, False)]),
    ("us city: a meeting system's result line, its score before the word; 'RESULT: APPROVED'",
     "Motion:\nMoved by Councilmember Wharton, seconded by Councilmember Puy to approve the minutes.\n\n"
     "AYE: Ana Valdemoros, Victoria Petro\n\nFinal Result: 6 – 0 Pass\n\n"
     "Council Member Dickey moved to approve the acquisition of 40 artworks. Council Member Rubell seconded the "
     "motion.\nRESULT: APPROVED\nAYES: Council Members Dickey, Rubell\n",
     [("to approve the minutes.", "Wharton", "Puy", C, 6, 0, None, False),
      ("to approve the acquisition of 40 artworks.", "Dickey", "Rubell", C, 2, None, None, False)]),
    ("us city: a motion under a field made by the council's rule, no mover; its vote a sentence with a colon "
     "score; near miss: a motion discussed, not made",
     "      Motion:      An implied motion to approve Resolution 2023-21, as currently constituted, has been\n"
     "                   made by council rule.\n\nBrian Jones presented.\n\n      Vote:        The motion was "
     "approved 5:0 with Councilors Ellsworth and Fillmore in favor.\n"
     "      Motion:      A motion to approve the minutes was discussed.\n",
     [("to approve Resolution 2023-21, as currently constituted", None, None, C, 5, 0, None, False)]),
    ("regional council: outcomes told as 'Approved unanimously.' and 'The affirmative vote was unanimous.', a "
     "seconder brought in by ', which was', substitute motions carried and lost by counts in words, the mover "
     "after a bracketed timestamp and an agency's initials; near miss: 'the vote was unanimous against' carries "
     "nothing",
     "ACTION: Mayor Jeff Silvestrini made a motion to approve the minutes. Mayor Mike Caldwell seconded the\n"
     "motion, there was no discussion. Approved unanimously.\nMayor Caldwell made a motion that the Council "
     "approve the budget as\npresented, which was seconded by Mayor Mark Shepherd. The affirmative vote was\n"
     "unanimous.\n[01:43:44] UTA Trustee Carlton Christensen made a substitute motion to approve the TIP. "
     "Commissioner\nLee Perry seconded the motion. There\nwere 15 affirmative votes and two votes against the "
     "substitute motion. With the majority, the\nsubstitute motion carried.\nMayor Jenny Wilson made a "
     "substitute motion to remove the gondola.\nMayor Rob Dahle seconded the substitute motion.\nThere were two "
     "affirmative votes\nand 19 votes against the substitute motion. With no majority, the substitute motion did "
     "not\ncarry.\nMayor Ann Roe made a motion to close the park. Mayor Jo Ash seconded the motion. The vote was "
     "unanimous against the motion. There was one for the library.\n",
     [("to approve the minutes.", "Jeff Silvestrini", "Mike Caldwell", C, None, None, None, False),
      ("the Council approve the budget as presented", "Caldwell", "Mark Shepherd", C, None, None, None, False),
      ("to approve the TIP.", "Carlton Christensen", "Lee Perry", C, 15, 2, None, False),
      ("to remove the gondola.", "Jenny Wilson", "Rob Dahle", L, 2, 19, None, False),
      ("to close the park.", "Ann Roe", "Jo Ash", None, None, None, None, False)]),
    ("us commission: counts told in words after the outcome ('Motion passed four in favor, one against.') and by "
     "the names listed after 'VOTING AYE —' and 'VOTING NO —'; near miss: 'passed one item' counts nothing",
     "Commissioner Eyre moved to approve the exception. Commissioner Kunze seconded the motion.\n"
     "Motion passed four in favor, one against.\n"
     "COMMISSIONER SANDAU MOVED TO APPROVE THE FINAL PLAN. MOTION WAS SECONDED BY COMMISSIONER\n"
     "ROSS AND PASSED UPON BY THE FOLLOWING ROLL CALL VOTE: VOTING AYE — COMMISSIONERS\n"
     "AABERG, SANDAU, SHALE, AND CHAIR SAFSTEN. VOTING NO — NONE.\n"
     "Commissioner Ash moved to approve the plan. Commissioner Lee seconded the motion. The motion passed one item "
     "at a time.\n",
     [("to approve the exception.", "Eyre", "Kunze", C, 4, 1, None, False),
      ("TO APPROVE THE FINAL PLAN.", "SANDAU", "ROSS", C, 4, 0, None, False),
      ("to approve the plan.", "Ash", "Lee", C, None, None, None, False)]),
    ("us commission: the vote on its own labelled line ('Vote on Motion: 5-to-0 in favor.'); near miss: an ordinal "
     "before a capitalised name inside the words is no seconding ('for the 2nd Development Agreement Amendment')",
     "Motion: Commissioner Fowler moved to forward a POSITIVE RECOMMENDATION to\nthe City Council for the 2nd "
     "Development Agreement Amendment, as requested by Draper City.\n\nSecond: Commissioner Shah seconded the "
     "motion.\n\nVote on Motion: 5-to-0 in favor.\n",
     [("to forward a POSITIVE RECOMMENDATION to the City Council for the 2nd Development Agreement Amendment, as "
       "requested by Draper City.", "Fowler", "Shah", C, 5, 0, None, False)]),
    ("near miss: a time's 'p.m.' before a weekday goes on with the words",
     "Council Member Lee moved to extend the hours to 9 p.m. Monday to Friday. Council Member Ortiz seconded. "
     "Motion carried.\n",
     [("to extend the hours to 9 p.m. Monday to Friday.", "Lee", "Ortiz", C, None, None, None, False)]),
    ("us commission: a motion's fields, its words an item's title over an 'ACTION ITEM' tag or a 'Motion to ...:' "
     "line, each member's vote a line ending in a semicolon, the first after 'Vote:'; the count decides the outcome",
     "1.      Approval of the July 3 Special Meeting Minutes.\n        ACTION ITEM\n\n"
     "Motion:                 Commissioner Spencer\n\nSecond:                 Commissioner Pechmann\n\n"
     "Vote:                   Commissioner Pechmann – Yes;\n                        Commissioner Southey – Yes;\n"
     "                        Chair Carter – Yes.\n\n"
     "Motion to Approve Agenda:\n\nMotion:                 Commissioner Southey\n\n"
     "Second:                 Commissioner Spencer\n\nVote:                   Commissioner Pechmann – Yes;\n"
     "                        Commissioner Southey – No;\n                        Chair Carter – Yes.\n",
     [("Approval of the July 3 Special Meeting Minutes", "Spencer", "Pechmann", C, 3, 0, None, False),
      ("to Approve Agenda", "Southey", "Spencer", C, 2, 1, None, False)]),
    ("near miss: a 'Motion to ...:' line with words after its colon is no heading over fields",
     "Motion to approve: see the report.\n\nMotion:                 Commissioner Southey\n\n"
     "Second:                 Commissioner Spencer\n\nThe motion carried.\n",
     []),
    ("us commission: a motion's movers and vote restated as fields after it give it its outcome and count; near "
     "miss: the same mover's next motion, words of its own",
     "MOTION: Commissioner Peterson made a motion to Approve all items listed on the Consent\nAgenda. Commissioner "
     "Lucero seconded the motion.\n\nMoved: E. Peterson Seconded: J. Lucero Approved: 7-0\n"
     "Yea: Heare, Guth, Lucero, Croshaw, Lewis, Doutre, Peterson Nay: Abstain:\n\n"
     "MOTION: Commissioner Peterson made a motion to approve the design review permit. Commissioner Lucero "
     "seconded the motion. The motion carried.\n",
     [("to Approve all items listed on the Consent Agenda.", "Peterson", "Lucero", C, 7, 0, None, False),
      ("to approve the design review permit.", "Peterson", "Lucero", C, None, None, None, False)]),
    ("us commission: a motion quoted in the first person after the speaker's name, the vote in 'yes votes' and 'no "
     "votes'; near miss: a quoted remark with no motion in it",
     "Commissioner Ash stated, “I would like to see the plan first.”\n\n"
     "Commissioner Burrows stated, “Based on the information presented and discussion, I move\nthat the Planning "
     "Commission forward a recommendation to adopt this text amendment to the\nCity Council.”\n\n"
     "Commissioner Tuttle seconded the motion. The motion passed 6 yes votes and 2 no vote.\n",
     [("the Planning Commission forward a recommendation to adopt this text amendment to the City Council.",
       "Burrows", "Tuttle", C, 6, 2, None, False)]),
    ("us commission: the motion's words under a 'Motion:' label, its movers and outcome as fields on one line below, "
     "a label run onto the name before it; near miss: 'Motion:' over no words of a motion",
     "Motion: The motion was made to vacate lots 10 and 12 of the Red Cliff Estates Plat A Subdivision\n\n"
     "Made By: Karl Brough            Seconded: Cory Thompson          Outcome: Passed Unanimously\n\n"
     "Motion: The motion was made to approve the Barbarosa Final Plat with the\ncontingency that an access be "
     "provided.\n\nMade By: Ann PetersonSeconded: Heather Robertson Outcome: Passed Unanimously\n",
     [("to vacate lots 10 and 12 of the Red Cliff Estates Plat A Subdivision", "Karl Brough", "Cory Thompson", C,
       None, None, None, False),
      ("to approve the Barbarosa Final Plat with the contingency that an access be provided.", "Ann Peterson",
       "Heather Robertson", C, None, None, None, False)]),
    ("us commission: 'Motion: To ...' over 'Motion by:' and '2nd by:' fields and 'Commissioners voted unanimous in "
     "favor'; near miss: a seconder's field left blank",
     "1) Approval of the Minutes. (Motion/Voting)\n   Motion: To approve the August 26, 2021 Meeting Minutes as "
     "presented.\n         Motion by: Commissioner Spagnuolo\n         2nd by: Commissioner Millen\n"
     "         Vote: Commissioners voted unanimous in favor (of commissioners present)\n"
     "2) Approval of the Minutes.\n   Motion: To continue the October 12 Meeting minutes to the December\n   meeting.\n"
     "         Motion by: Commissioner Weight\n         2nd by: Commissioner\n"
     "         Vote: Commissioners voted unanimous in favor (of commissioners present)\n",
     [("To approve the August 26, 2021 Meeting Minutes as presented.", "Spagnuolo", "Millen", C, None, None, None,
       False),
      ("To continue the October 12 Meeting minutes to the December meeting.", "Weight", None, C, None, None, None,
       False)]),
    ("us commission: the counts in words joined by '-to-' after 'by a vote of'; near miss: a number word that counts "
     "no vote",
     "Commissioner Griffis moved to forward the plan to the council. Commissioner Flynn seconded the motion. The "
     "motion passed by a vote of three-to-one.\nCommissioner Ash moved to approve the fees. Commissioner Flynn "
     "seconded the motion. The motion passed one of the hurdles.\n",
     [("to forward the plan to the council.", "Griffis", "Flynn", C, 3, 1, None, False),
      ("to approve the fees.", "Ash", "Flynn", C, None, None, None, False)]),
    ("us commission: the seconder's clause run on after a comma, 'seconded that motion' over a line's end; a motion "
     "in capitals with the US verb 'MOTIONED'",
     "Commissioner Thomas motioned to approve the agenda, Commissioner Hatch seconded that\nmotion.\n\n"
     "Motion: COMMISSIONER PEARCE MOTIONED TO APPROVE THE\nMARCH 5TH, 2025 MINUTES. COMMISSIONER CHRIS BRAMWELL "
     "SECONDED. THE VOTE CARRIED\nUNANIMOUSLY.\n",
     [("to approve the agenda", "Thomas", "Hatch", None, None, None, None, False),
      ("TO APPROVE THE MARCH 5TH, 2025 MINUTES.", "PEARCE", "CHRIS BRAMWELL", C, None, None, None, False)]),
    ("us commission: a motion the chair accepts with no mover named, 'This was seconded and voted unanimously', "
     "'Motion to adjourn was offered and seconded' / 'It was unanimously voted'; near misses: the chair asking for "
     "a motion, a motion only discussed, one accepted with no seconding told",
     "Chairman Edwards accepted a motion to open a public hearing. This was seconded and voted\nunanimously to open "
     "the public hearing.\n\nChairman Edwards then asked for a motion to approve the plan. A motion to approve the "
     "minutes was discussed. The Chair accepted a motion to move into Public Excluded.\n\nMotion to adjourn was "
     "offered and seconded. It was unanimously voted to adjourn.\n",
     [("to open a public hearing", None, None, C, None, None, None, False),
      ("to adjourn", None, None, C, None, None, None, False)]),
    ("us commission: a member titled by the commission's name 'introduced a motion', the outcome 'was passed with "
     "unanimous consent'; near miss: a motion introduced by no one named",
     "Planning Commission Member Rob Voye introduced a motion to approve the minutes\nfrom the February 27, 2024 "
     "meeting. Planning Commission\nMember David Abraham seconded the motion, and the motion was passed with "
     "unanimous\nconsent of the commission.\nThe chair said a motion was introduced last year to close the road.\n",
     [("to approve the minutes from the February 27, 2024 meeting.", "Rob Voye", "David Abraham", C, None, None,
       None, False)]),
    ("us commission: motions to open and close a hearing with no vote printed, the minutes then saying 'PUBLIC "
     "HEARING OPENED' / 'CLOSED': carried; near misses: a motion to approve a plan over 'PUBLIC HEARING OPENED', a "
     "motion to open one over 'PUBLIC HEARING CLOSED'",
     "Commissioner Sorenson motioned to open the public Hearing, Commissioner Omer seconded that motion.\n\n"
     "PUBLIC HEARING OPENED\nNo one from the public was present to speak.\n\n"
     "Commissioner Sorenson motioned to close the public Hearing, Commissioner Omer seconded that motion.\n\n"
     "PUBLIC HEARING CLOSED\nCommissioner Ash motioned to approve the plan, Commissioner Omer seconded that motion."
     "\n\nPUBLIC HEARING OPENED\nCommissioner Ash motioned to open the hearing, Commissioner Omer seconded that "
     "motion.\n\nPUBLIC HEARING CLOSED\n",
     [("to open the public Hearing", "Sorenson", "Omer", C, None, None, None, False),
      ("to close the public Hearing", "Sorenson", "Omer", C, None, None, None, False),
      ("to approve the plan", "Ash", "Omer", None, None, None, None, False),
      ("to open the hearing", "Ash", "Omer", None, None, None, None, False)]),
    ("us county board: 'Motion seconded by' opening a sentence with no verb before it, the vote 'carried by "
     "unanimous vote'; near miss: 'a motion seconded by' inside a sentence names no seconder of this one",
     "MOTION: Motion by Commissioner Snow to Approve the Consent Agenda as Outlined.\nMotion seconded by "
     "Commissioner Almquist and carried by unanimous vote,\nwith Commissioners Iverson, Snow and Almquist voting "
     "aye.\n\nMOTION: Motion by Commissioner Almquist to Adopt Resolution No. R-2022-2925, A\nResolution "
     "Appropriating Funds. He recalled a motion seconded by Commissioner\nIverson last year. The motion carried.\n",
     [("to Approve the Consent Agenda as Outlined.", "Snow", "Almquist", C, None, None, None, False),
      ("to Adopt Resolution No. R-2022-2925, A Resolution Appropriating Funds.", "Almquist", None, C, None, None,
       None, False)]),
    ("us commission: the movers' fields on one line over the motion's sentence, 'The motions passed' for several put "
     "as one; near misses: the item's title above the fields is not the motion, 'the motions passed at the last "
     "meeting' no outcome",
     "## B. APPROVAL OF MINUTES\n\nMotion: Sullivan Love    Second: Lorraine Davis\n\n"
     "Motion to **approve** the minutes of the May 20 meeting. The motion passed with the following vote: "
     "\"Aye\" Shayne Pierce, Seth Cox. \"Nay\" none.\n\n"
     "Motion: Sullivan Love    Second: Seth Cox\n\nMotion to **open** public hearing. The motions **passed** with the "
     "following vote: \"Aye\" Shayne Pierce, Seth Cox. \"Nay\" none.\n\n"
     "Motion: Seth Cox    Second: Lorraine Davis\n\nMotion to close public hearing. He said the motions passed at the "
     "last meeting were filed.\n",
     [("to **approve** the minutes of the May 20 meeting.", "Sullivan Love", "Lorraine Davis", C, None, None, None,
       False),
      ("to **open** public hearing.", "Sullivan Love", "Seth Cox", C, None, None, None, False),
      ("to close public hearing.", "Seth Cox", "Lorraine Davis", None, None, None, None, False)]),
]


@pytest.mark.parametrize(("form", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_motion_forms(form: str, text: str, expected: list[tuple[object, ...]]) -> None:
    found = motions_of(text)
    got = [(m.text, m.mover, m.seconder, m.outcome, m.votes_for, m.votes_against, m.votes_abstain,
            m.is_amendment) for m in found]
    assert len(got) == len(expected), got
    for g, e in zip(got, expected, strict=True):
        assert isinstance(e[0], str) and isinstance(g[0], str)
        assert g[0].startswith(e[0]), (g[0], e[0])
        assert g[1:] == e[1:], (form, g)


def test_named_votes_are_read_by_name() -> None:
    (motion,) = motions_of(
        "Motion by Council Member Lee, second by Council Member Ortiz, to approve the minutes.\nRoll call vote:\n"
        "Ayes: Lee, Ortiz, Chen\nNays: Brown\nAbsent: None\nMotion carried 3-1.\n"
    )
    assert [(v.name, v.choice) for v in motion.named_votes] == [
        ("Lee", VoteChoice.FOR), ("Ortiz", VoteChoice.FOR), ("Chen", VoteChoice.FOR), ("Brown", VoteChoice.AGAINST)
    ]
    (kent,) = motions_of(
        "Mr Hood proposed and Mr Baldock seconded the following amendment:\n\u201cNote the report.\u201d\n"
        "The Chairman put the amendment to the vote and the voting was as follows:\nFor (3)\nMr Baldock, Mr\n"
        "Hood, Mr R\nLehmann\nAgainst (1)\nMrs Bell\nAmendment lost.\n"
    )
    assert [v.name for v in kent.named_votes] == ["Baldock", "Hood", "R Lehmann", "Bell"]
    assert (kent.votes_for, kent.votes_against, kent.outcome) == (3, 1, MotionOutcome.LOST)


PLATFORM_VOTE = (
    "F. ACTION ITEMS\nSubject : 1. Unaudited Actuals\nType : Action\nFiscal Impact : No\nMotion & Voting\n"
    "Staff recommends Board approval of Resolution No. 2024/25-03, Order of Election, Request for\n"
    "Consolidation, and Specifications of the Election Order, pursuant to the November 5, 2031 election for\n"
    "three governing board seats, and an increase in the District's contribution to the candidate statements\n"
    "to a maximum of $800.\nMotion by Kristin Speck, second by Gabi Blackman.\nFinal Resolution: Motion Passes\n"
    "Aye: Kristin Pelham, William Kuo, Dan Cherrier, Gabi Blackman, Kristin Speck\n"
)


def test_a_meeting_platforms_vote_block_under_each_item() -> None:
    """A board platform's "Motion & Voting" block: the wording (four lines) under the heading, the movers, the
    outcome under its label ("Final Resolution: Motion Passes", no wording of its own), the Ayes by name up to the
    agenda's next lettered heading; the same block printed again under the next consent item is one motion."""
    (motion,) = motions_of(PLATFORM_VOTE + "G. ADJOURNMENT\n", DocumentKind.AGENDA)
    assert motion.text.startswith("Staff recommends Board approval of Resolution No. 2024/25-03")
    assert motion.text.endswith("to a maximum of $800.")
    assert (motion.mover, motion.seconder, motion.outcome) == ("Kristin Speck", "Gabi Blackman", MotionOutcome.CARRIED)
    assert [v.name for v in motion.named_votes][-1] == "Kristin Speck"
    assert motion.votes_for == 5
    between = "Subject : 2. Minutes\nFiscal Impact : No\n"
    consent = PLATFORM_VOTE.replace("Resolution No. 2024/25-03, Order of Election", "the consent agenda items")
    again = motions_of(consent + between + consent, DocumentKind.AGENDA)
    assert len(again) == 1
    # near miss: the same motion made on two items in turn, no consent agenda named: two motions
    assert len(motions_of(PLATFORM_VOTE + between + PLATFORM_VOTE, DocumentKind.AGENDA)) == 2
    # near misses: the same words moved by others are another motion; a name with its initial on the next line
    # of the list is a name, not a heading; a field's value "No" ending its line is no vote's label
    other = PLATFORM_VOTE.replace("Kristin Speck, second by Gabi Blackman", "Ann Ash, second by Bo Birch")
    assert len(motions_of(PLATFORM_VOTE + other, DocumentKind.AGENDA)) == 2
    with_initial = PLATFORM_VOTE.replace("Kristin Speck\n", "Kristin Speck\nJ. Smith\n")
    (initial,) = motions_of(with_initial, DocumentKind.AGENDA)
    assert [v.name for v in initial.named_votes][-1] == "J. Smith"


def test_roll_call_lists_after_a_dash_and_a_plural_title() -> None:
    (motion,) = motions_of(
        "MOTION: Trustee Stull moved to approve the Consent Agenda as read. Trustee Warren\nseconded.\n"
        "Roll call vote:\nAyes \u2013 Trustees DuRocher, Lezon, Picha\nNays \u2013 None\n"
        "Absent \u2013 Trustee Ruzicka\nMotion carried\n"
    )
    assert [(v.name, v.choice) for v in motion.named_votes][:3] == [
        ("DuRocher", VoteChoice.FOR), ("Lezon", VoteChoice.FOR), ("Picha", VoteChoice.FOR)
    ]
    assert (motion.mover, motion.seconder, motion.outcome) == ("Stull", "Warren", MotionOutcome.CARRIED)
    # near miss: a hyphenated word is no label and its dash no separator
    (other,) = motions_of("Motion by Lee, second by Ortiz, to approve the Ayes-Nays tally sheet.\nMotion carried.\n")
    assert other.named_votes == ()


def test_reports_have_no_motions() -> None:
    text = "Proposed by Cllr Smith, seconded by Cllr Jones, that the report be noted. Carried.\n"
    assert motions_of(text, DocumentKind.REPORT) == []
    assert len(motions_of(text, DocumentKind.MINUTES)) == 1


def test_carried_motion_links_its_resolution_and_a_lost_one_none() -> None:
    doc = minutes_parser.parse_text(
        "MINUTES of the meeting of the Council held on 12 March 2025\n\n"
        "It was moved by Councillor Foster and seconded by Councillor Greaves that the recommendations be approved.\n\n"
        "An amendment was moved by Councillor Chaudhry and seconded by Councillor Ingram that £50,000 be added.\n\n"
        "On being put to the vote the amendment was LOST.\n\nThe motion was CARRIED.\n\n"
        "RESOLVED that the recommendations be approved.\n"
    )
    motion, amendment = doc.motions
    assert motion.resolution is not None
    assert doc.resolutions[motion.resolution[0]].text.startswith("the recommendations be approved")
    assert amendment.outcome is MotionOutcome.LOST and amendment.resolution is None


@pytest.mark.parametrize("path", sorted(CORPUS.iterdir()), ids=lambda p: p.name)
def test_invented_minutes_spans_and_schema(path: Path) -> None:
    doc = minutes_parser.parse(path)
    assert doc.motions
    for m in doc.motions:
        assert normalise_space(doc.span_text(m.span)) == m.text
        for name, span in ((m.mover, m.mover_span), (m.seconder, m.seconder_span)):
            if name is not None and span is not None:
                assert normalise_space(doc.span_text(span)) == name
        if m.resolution is not None:
            assert 0 <= m.resolution[0] < len(doc.resolutions)
    out = to_dict(doc)
    jsonschema.validate(out, schema())
    assert set(out["motions"][0]) >= {"text", "mover", "seconder", "outcome", "for", "against", "abstain"}


_LONG_LINE = """
from minutes_parser import sources, structure
from minutes_parser.extract.context import Context
from minutes_parser.extract.motions import extract_motions
from minutes_parser.records import DocumentKind
from minutes_parser.settings import Settings
line = {line!r}
text = "MINUTES\\n" + line * (1_000_000 // len(line))
src = sources.read_text(text)
ctx = Context(source=src, settings=Settings(), structure=structure.analyse(src), kind=DocumentKind.MINUTES)
print(sum(1 for _ in extract_motions(ctx)))
"""


@pytest.mark.parametrize(
    "line",
    ["Moved by Councillor John Smith, ", "Mr Smith proposed and Mr Jones seconded ", "For (12) Mr A, Mr B, "],
)
def test_a_million_character_line_finishes(line: str) -> None:
    """A hang guard, not a timing: the extractor reads each motion's own region once."""
    done = subprocess.run(
        [sys.executable, "-c", _LONG_LINE.format(line=line)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.strip()) >= 0


def test_a_motion_with_no_outcome_printed_that_the_minutes_record_as_decided_is_carried() -> None:
    """A proposed and seconded motion whose outcome is not printed, but whose words the minutes then
    record as a decision, was carried; one the minutes do not record keeps no outcome."""
    doc = minutes_parser.parse_text(
        "Minutes of the Council held on 3 May 2031\n"
        "It was proposed by Councillor Ash and seconded by Councillor Birch that the hall be painted.\n"
        "RESOLVED that the hall be painted.\n"
    )
    assert [(m.text, m.outcome, m.resolution) for m in doc.motions] == [
        ("the hall be painted.", MotionOutcome.CARRIED, (0,))
    ]
    undecided = minutes_parser.parse_text(
        "Minutes of the Council held on 3 May 2031\n"
        "It was proposed by Councillor Ash and seconded by Councillor Birch that the hall be painted.\n"
        "The chair said the matter would return in June.\n"
    )
    assert [m.outcome for m in undecided.motions] in ([], [None])


# A carried motion that no resolution holds is the meeting's decision (ANNOTATION.md: "a motion that
# carried usually also gives a resolution"); a lost one, an amendment, or a motion whose wording only
# points at an item printed elsewhere ("to adopt.") is not.
DECISION_CASES = [
    ("carried motion gives a resolution",
     "Linda made a motion to accept the March minutes. 2nd by Sam. 5 yay 0 nay.\n",
     ["to accept the March minutes."]),
    ("adjournment is a whole decision",
     "Motion by Ray, second by Ann, to adjourn. Motion carried.\n", ["to adjourn."]),
    ("near miss: lost motion gives none",
     "Linda made a motion to sell the hall. 2nd by Sam. 1 yay 4 nay.\n", []),
    ("near miss: bare verb points at the item above",
     "Item 12. Contract with Acme for paving.\nMoved by Smith to adopt. Motion Carried 7-0.\n", []),
    ("a sentence run on into its seconding keeps only the motion",
     "*Motion by RT to accept the treasurer's report, 2nd by KW. Voice vote-motion carried.\n",
     ["to accept the treasurer's report"]),
    ("a mover clause is trimmed from the decision",
     "Item 4.\nAction: Moved by Director Alvarez, seconded by Kim, and carried unanimously by members\n"
     "present to award the pump contract to Delta Pumps, Inc.\n",
     ["to award the pump contract to Delta Pumps, Inc."]),
    ("near miss: demonstrative wording",
     "Ordinance 1234.\nMoved by Smith that this ordinance do now pass. Motion Carried 7-0.\n", []),
]


# A carried motion whose words only point at the matter, printed in a sentence with the meeting's assent,
# gives that whole sentence as the decision; a motion opening a numbered entry carries the entry's number.
SENTENCE_CASES = [
    ("pointing words in a sentence, through the assent",
     "9.1. Land at Yew Tree Cottage. It was unclear where the water would go. Subject to these two concerns it "
     "was proposed (MC) and seconded (RJ) that\nthis application should be supported. All in favour. "
     "Decided.\n9.2. Next.\n",
     [(None, "Subject to these two concerns it was proposed (MC) and seconded (RJ) that this application should "
       "be supported. All in favour. Decided.")]),
    ("a numbered heading above the sentence stays out",
     "9. Planning Consultations\nIt was proposed (MC) and seconded (RJ) that\nthis application should be "
     "supported. All in favour.\n10. Next.\n",
     [(None, "It was proposed (MC) and seconded (RJ) that this application should be supported. All in favour.")]),
    # a motion in words of its own printed as the minutes' sentence ("It was proposed ... that X") is prose too:
    # the whole sentence (ANNOTATION.md; the South Cerney reader took all nine so); this case once expected
    # "the hall be let to the club." alone, an invented reading no gold shared
    ("words of their own in the minutes' own sentence: the sentence",
     "The Clerk read the letter. It was proposed (MC) and seconded (RJ) that\nthe hall be let to the club. "
     "All in favour. Decided.\n",
     [(None, "It was proposed (MC) and seconded (RJ) that the hall be let to the club.")]),
    ("words of their own after 'it was proposed by' and an outcome in a sentence of its own",
     "Storage\nThe cost was discussed. It was proposed by Cllr Nicholas and\nseconded by Cllr Jay that the Parish "
     "Council purchases a steel cabinet. The\nParish Council was all in favour.\n",
     [(None, "It was proposed by Cllr Nicholas and seconded by Cllr Jay that the Parish Council purchases a steel "
       "cabinet.")]),
    ("near miss: a motion block with no 'it was' keeps its words",
     "The Clerk read the letter. Moved by Cllr Ash, seconded by Cllr Birch that\nthe hall be let to the club. "
     "Carried.\n",
     [(None, "that the hall be let to the club.")]),
    ("near miss: pointing words with no outcome",
     "The grant was discussed. Moved by Cllr Smith, seconded by Cllr Jones that this be approved.\n", []),
    ("an entry's number is the decision's label",
     "MOTIONS:\n1. Payment to Fitz Barnes for catering: $2100. Made by Bob, Second by Alex\nVote: Yes: 100%\n"
     "2. Door Prizes: Bob is authorized to buy a gift card. Made by Alex, Second by Kathy\nVote: Yes: 100%\n",
     [("1.", "Payment to Fitz Barnes for catering: $2100"),
      ("2.", "Door Prizes: Bob is authorized to buy a gift card")]),
    ("near miss: words after other words on their line carry no label",
     "1. Barbara made a motion to buy a plow. Seconded by Alex.\nVote: Yes: 100%\n",
     [(None, "to buy a plow.")]),
    ("an entry whose first line is its movers: its number labels the words below; 'Unanimously approved' "
     "alone on a line carries it; a wrapped 'a / Resolution passed' is the sentence's noun, no outcome",
     "Appendix One\n1. Proposed by Cllr Robarts Seconded by Cllr Ker\nThat the Bank is authorised to act on "
     "instructions.\nUnanimously approved\n2. Proposed by Cllr Robarts Seconded by Cllr Ash\nThat the Resolutions "
     "remain in force until changed by a\nResolution passed by the Council.\nUnanimously approved\n",
     [("1.", "the Bank is authorised to act on instructions."),
      ("2.", "the Resolutions remain in force until changed by a Resolution passed by the Council.")]),
    ("near miss: movers after other words on the entry's line leave the words below unlabelled",
     "1. Finance: proposed by Cllr Robarts Seconded by Cllr Ker\nThat the Bank is authorised to act on "
     "instructions.\nUnanimously approved\n",
     [(None, "the Bank is authorised to act on instructions.")]),
    ("near miss: 'Approved' opening a sentence of its own is no outcome of the motion above",
     "1. Proposed by Cllr Robarts Seconded by Cllr Ker\nThat the Bank is authorised to act on instructions.\n"
     "Unanimously approved the plan for the hall.\n",
     []),
]


@pytest.mark.parametrize(("form", "text", "expected"), SENTENCE_CASES, ids=[c[0] for c in SENTENCE_CASES])
def test_pointing_motions_give_their_sentence_and_entries_their_label(
    form: str, text: str, expected: list[tuple[str | None, str]]
) -> None:
    import minutes_parser as mp

    document = mp.parse_text("MINUTES\n\n" + text)
    assert [(r.label, r.text) for r in document.resolutions] == expected, form
    for item in document.resolutions:
        assert normalise_space(document.text[item.span.start : item.span.end]) == item.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mover clause leading the wording is trimmed ...
        ("*Motion by RT to accept the treasurer's report, 2nd by KW. Voice vote-motion carried.\n",
         ["to accept the treasurer's report"]),
        # ... and movers named after the motion's words ("A motion to X was made by A and seconded by B")
        ("A motion to approve the salary range was made by Director Carhart and seconded by Director Mounts. "
         "Motion carried.\n", ["to approve the salary range"]),
        # ... near miss: movers printed after the matter leave the entry whole, as the minutes print it
        ("7. Representatives\n(2) Village Hall \u2013 Cllr Ash. Proposed by Cllr Birch, seconded by Cllr Cedar.\n"
         "(3) Charities \u2013 Cllr Dunn. Proposed by Cllr Ash, seconded by Cllr Birch.\n",
         ["Village Hall \u2013 Cllr Ash. Proposed by Cllr Birch, seconded by Cllr Cedar.",
          "Charities \u2013 Cllr Dunn. Proposed by Cllr Ash, seconded by Cllr Birch."]),
    ],
)
def test_a_resolution_is_trimmed_only_of_a_leading_mover_clause(text: str, expected: list[str]) -> None:
    import minutes_parser as mp

    document = mp.parse_text("Minutes of the Parish Council\n1 May 2025\n" + text)
    assert [r.text for r in document.resolutions] == expected
    assert all(m.outcome is MotionOutcome.CARRIED for m in document.motions)


@pytest.mark.parametrize(("form", "text", "expected"), DECISION_CASES, ids=[c[0] for c in DECISION_CASES])
def test_carried_motions_without_a_resolution_become_resolutions(form: str, text: str, expected: list[str]) -> None:
    import minutes_parser as mp

    document = mp.parse_text("MINUTES\n\n" + text)
    added = [r.text for r in document.resolutions if any(m.span == r.span for m in document.motions)]
    assert added == expected, (form, [r.text for r in document.resolutions])
    for motion in document.motions:
        if motion.resolution is not None:
            assert motion.resolution[0] < len(document.resolutions)
    for item in document.resolutions:
        assert normalise_space(document.text[item.span.start : item.span.end]) == item.text


ENTRY_CASES = [
    ("a motion pointing at the matter decides the numbered entry's title above it",
     "1. An Ordinance Of The City Council To Adopt The General Fund Budget\nFor The Fiscal Year 2024.\n\n"
     "Council Member Mila made a motion to pass this Ordinance.\nMOTION: Portia Mila\nSECOND: LeAnne Huff\n"
     "Roll Call Vote:\nBynum:            Yes\nHuff:             Yes\nMila:             Yes\n",
     [("1.", "An Ordinance Of The City Council To Adopt The General Fund Budget For The Fiscal Year 2024.")]),
    ("near miss: words of its own are the decision, not the title above",
     "1. An Ordinance Of The City Council To Adopt The General Fund Budget\n\n"
     "Council Member Mila made a motion to pass the budget with the changes discussed.\nThe motion carried.\n",
     [(None, "to pass the budget with the changes discussed.")]),
    ("near miss: no numbered entry above, the motion's own words stay its decision",
     "Budget discussion\nThe council talked about the budget at length.\n\n"
     "Council Member Mila made a motion to pass this Ordinance.\nThe motion carried.\n",
     [(None, "to pass this Ordinance.")]),
]


@pytest.mark.parametrize(("form", "text", "expected"), ENTRY_CASES, ids=[c[0] for c in ENTRY_CASES])
def test_motions_pointing_at_an_entry_decide_its_title(form: str, text: str, expected: list[tuple[Any, str]]) -> None:
    import minutes_parser as mp

    document = mp.parse_text("MINUTES\n\n" + text)
    assert [(r.label, r.text) for r in document.resolutions] == expected, form
    for item in document.resolutions:
        assert normalise_space(document.text[item.span.start : item.span.end]) == item.text


def test_a_motion_over_numbered_conditions_gives_them_as_entries() -> None:
    """A carried motion whose words end in a colon over numbered conditions, each opening a line, some of several
    sentences: the words to the colon, the conditions under them; near miss: a colon with one entry after it keeps
    the motion's words whole."""
    import minutes_parser as mp

    document = mp.parse_text(
        "MINUTES\n\nCommissioner Matheson moved that the Planning Commission APPROVE PLZ-25-2017, at 3726 West Merced "
        "Circle subject to the following\nconditions:\n\n1. Applicant must obtain a business license.\n\n"
        "2. Applicant may employ one non-resident employee. Employee must\nuse off-street parking.\n\n"
        "3. Applicant must use roasting equipment with air filtration.\n\nCommissioner Rushton seconded the motion. "
        "The motion passed with the\nunanimous consent of the Commission.\n\nCommissioner Ash moved that the "
        "Commission approve the plan with one condition:\n1. The fence is painted.\nCommissioner Lee seconded the "
        "motion. The motion passed unanimously.\n"
    )
    first, second = document.resolutions
    assert first.text == (
        "the Planning Commission APPROVE PLZ-25-2017, at 3726 West Merced Circle subject to the following conditions:"
    )
    assert [(c.label, c.text) for c in first.children] == [
        ("1.", "Applicant must obtain a business license."),
        ("2.", "Applicant may employ one non-resident employee. Employee must use off-street parking."),
        ("3.", "Applicant must use roasting equipment with air filtration."),
    ]
    assert not second.children and second.text.endswith("1. The fence is painted.")
    findings = mp.parse_text(
        "MINUTES\n\nCommissioner Ash moved to DENY Project CUP-25-011 based on the following:\nFindings:\n"
        "1. Approval would set a precedent.\n2. The issue is better addressed by a Text Amendment.\n"
        "Commissioner Lee seconded the motion. The motion passed unanimously.\n"
    )
    assert [len(r.children) for r in findings.resolutions] == [0]  # a decision's reasons stay in its words
    for item in document.items():
        assert normalise_space(document.text[item.span.start : item.span.end]) == item.text


def test_a_motion_pointing_below_at_its_numbered_terms_gives_them_as_entries() -> None:
    """A carried motion recommending to the council, its words a sentence pointing at the terms numbered under it
    ("... as provided below." / "1. ..." / "2. ..."): the recommendation's words, the terms its entries; near miss:
    a sentence that points nowhere ("... as discussed.") keeps the numbered lines in its words."""
    import minutes_parser as mp

    document = mp.parse_text(
        "MINUTES\n\nMotion: To recommend approval to the Copperton Council of the ordinance with changes as provided "
        "below.\n1. Remove the larger animals from the definition.\n2. Amend Table 19.28.020 to clarify the uses.\n"
        "Motion by: Commissioner Breinholt\n2nd by: Commissioner Taylor\n"
        "Vote: Commissioners voted unanimous in favor\n\n"
        "Motion: To recommend approval to the Copperton Council of the plan as discussed.\n1. The fence is painted.\n"
        "2. The gate is shut.\nMotion by: Commissioner Breinholt\n2nd by: Commissioner Taylor\n"
        "Vote: Commissioners voted unanimous in favor\n"
    )
    first, second = document.recommendations
    assert first.text.endswith("as provided below.")
    assert [(c.label, c.text) for c in first.children] == [
        ("1.", "Remove the larger animals from the definition."),
        ("2.", "Amend Table 19.28.020 to clarify the uses."),
    ]
    assert not second.children


def test_a_sentence_restating_a_motion_gives_the_motion_words() -> None:
    """The sentence that reports a motion's fate after its roll call, naming it by its words, is no decision of its
    own: the motion's words are (near miss: an outcome sentence that names no motion stays as the parser reads it)."""
    import minutes_parser as mp

    document = mp.parse_text(
        "MINUTES\n\nACTION: Mayor Dandoy made a motion that the Council adopt the final Regional Transportation Plan.\n"
        "Commissioner Bob Stevenson seconded the motion. Mayor Ramsey called for a roll call vote on the original "
        "motion. With 21 affirmative votes, the motion to adopt the final Regional Transportation Plan was approved "
        "unanimously.\n"
    )
    assert [r.text for r in document.resolutions] == ["the Council adopt the final Regional Transportation Plan."]
    assert document.motions[0].resolution == (0,)
    near = mp.parse_text(
        "MINUTES\n\nIt was agreed that the Council adopt the final Regional Transportation Plan. The plan was "
        "approved unanimously.\n"
    )
    assert all(not r.text.startswith("the Council adopt") or r.text.startswith("It was") for r in near.resolutions)


ONWARD_CASES = [
    ("a commission's motion 'for' a verdict on the matter, the body above it unnamed, its words the motion's own; "
     "near miss: a motion for the committee's recommendation to be adopted decides",
     "MOTION: Commissioner Owens made a motion for POSITIVE recommendation for Title 10\nmiscellaneous changes to "
     "zoning regulations.\n\nThe motion was SECONDED by Commissioner Simonsen. The motion passed unanimously.\n\n"
     "MOTION: Commissioner Ash made a motion to adopt the recommendation of the committee.\n\nThe motion was "
     "SECONDED by Commissioner Lee. The motion passed unanimously.\n",
     ["for POSITIVE recommendation for Title 10 miscellaneous changes to zoning regulations."],
     ["to adopt the recommendation of the committee."]),
    ("a planning commission's carried motion recommending to the council that decides",
     "Daugs motioned to recommend approval to the County Council for the Veibell Rezone; Spackman seconded; "
     "Passed 5, 0.\n",
     ["to recommend approval to the County Council for the Veibell Rezone"], []),
    ("near miss: a lost one recommends nothing",
     "Daugs motioned to recommend approval to the County Council for the Jershon Rezone; Lee seconded; "
     "Failed 2, 2.\n",
     [], []),
    ("a committee's motion naming itself as the one recommending to the board above it, after a video's timestamp "
     "run into the line; near miss: a motion to approve a committee's recommendation decides",
     "Recommend approval of the plan Richard Nielson 1:45:40 moved that the MPO TAC Committee recommend to the MPO "
     "Board, approval of the 2023 TransPlan50 plan. Jared Johnson seconded the motion. The motion passed "
     "unanimously. Bob Allen moved to approve the recommendation of the selection committee for the well. Jo Bell "
     "seconded the motion. The motion passed unanimously.\n",
     ["the MPO TAC Committee recommend to the MPO Board, approval of the 2023 TransPlan50 plan."],
     ["to approve the recommendation of the selection committee for the well."]),
    ("a commission's motions passing a matter on in so many words: a positive or negative recommendation given or "
     "forwarded to the council, after findings or beside a denial; the commission recommending approval outright; "
     "the seconding and the outcome in one sentence; near miss: a motion adopting a staff recommendation decides",
     "Commissioner Eyre moved to give a positive recommendation to the Lehi City Council with the findings that the "
     "zone change is consistent with the general plan. Commissioner Lockhart seconded the motion. The motion passed "
     "unanimously.\nMOTION: Ammon Allen moved to forward a negative recommendation to the City Council to Rezone "
     "2.7 acres for Lumina. The motion was seconded by Jay Thomas and passed 5-1 in favor of a negative "
     "recommendation.\nCommissioner Cluff moved that the Planning Commission recommend APPROVAL of application "
     "PLZ-25-4005. Commissioner Matheson seconded the motion. The motion passed unanimously.\nCommissioner Ash moved "
     "to approve the staff recommendation to the Council on the fees. Commissioner Lee seconded the motion. The "
     "motion passed unanimously.\n",
     ["to give a positive recommendation to the Lehi City Council with the findings that the zone change is "
      "consistent with the general plan.",
      "to forward a negative recommendation to the City Council to Rezone 2.7 acres for Lumina.",
      "the Planning Commission recommend APPROVAL of application PLZ-25-4005."],
     ["to approve the staff recommendation to the Council on the fees."]),
    ("a commission moving forward with its recommendation to the council named bare; near miss: moving forward "
     "with the item itself decides",
     "MOTION: Commissioner Draper made a motion to move forward with a positive recommendation to\nCity Council for a "
     "preliminary plat for Rustic Estates.\nSECOND: Commissioner Anderson\nMotion Carries Unanimous Vote\n\n"
     "MOTION: Commissioner Draper made a motion to move forward with the preliminary plat for Ash Court.\n"
     "SECOND: Commissioner Anderson\nMotion Carries Unanimous Vote\n",
     ["to move forward with a positive recommendation to City Council for a preliminary plat for Rustic Estates."],
     ["to move forward with the preliminary plat for Ash Court."]),
    ("a commission recommending a plan by name, the council unnamed, and an application whose council is named far "
     "after the verb",
     "Motion: COMMISSIONER PEARCE MOTIONED TO RECOMMEND THE PARKS AND RECREATION MASTER PLAN. NATALIE SECONDED. "
     "THE VOTE CARRIED UNANIMOUSLY.\n\nCommissioner Hatch moved to recommend file #OAM2024-001167, a text amendment "
     "to Section 19.38.030 of the Municipal Code that would expand the permitted uses allowed in the Public "
     "Facilities Zone to include Recreational Facilities and Administrative Offices as an accessory use; if adopted "
     "the amendment would affect all parcels zoned PF, and staff gave a presentation outlining the amendments, "
     "to the Kearns Council for approval as presented. Commissioner Thomas seconded the motion. The motion "
     "carried.\n",
     ["TO RECOMMEND THE PARKS AND RECREATION MASTER PLAN.",
      "to recommend file #OAM2024-001167, a text amendment to Section 19.38.030 of the Municipal Code that would "
      "expand the permitted uses allowed in the Public Facilities Zone to include Recreational Facilities and "
      "Administrative Offices as an accessory use; if adopted the amendment would affect all parcels zoned PF, and "
      "staff gave a presentation outlining the amendments, to the Kearns Council for approval as presented."],
     []),
    ("near miss: no body named, the meeting's own decision",
     "Daugs motioned to recommend that staff review the fees; Lee seconded; Passed 5, 0.\n",
     [], ["to recommend that staff review the fees"]),
]


@pytest.mark.parametrize(
    ("wording", "onward"),
    [
        ("The Planning Commission recommends approval of the Ash Rezone to the City Council.", True),
        ("to recommend approval to the County Council for the Veibell Rezone", True),
        # near misses: the staff's or an officer's recommendation taken as the motion's words, the board deciding
        ("Staff recommends approval of 2023/24 Unaudited Actuals for All Funds", False),
        ("The Superintendent recommends the Board of Trustees approve the items of the consent agenda.", False),
    ],
)
def test_onward_wording_names_the_body_recommending(wording: str, onward: bool) -> None:
    from minutes_parser import patterns

    assert (patterns.get("motion_onward_recommendation").match(wording) is not None) is onward


@pytest.mark.parametrize(("form", "text", "recommended", "resolved"), ONWARD_CASES, ids=[c[0] for c in ONWARD_CASES])
def test_carried_motions_passing_a_matter_on_are_recommendations(
    form: str, text: str, recommended: list[str], resolved: list[str]
) -> None:
    import minutes_parser as mp

    document = mp.parse_text("MINUTES\n\n" + text)
    assert [r.text for r in document.recommendations] == recommended, form
    assert [r.text for r in document.resolutions] == resolved, form
    for item in document.recommendations:
        assert normalise_space(document.text[item.span.start : item.span.end]) == item.text


# ---- patterns searched only near their cue: the same matches as a search of the whole text

_CUED = ("motion_attach", "motion_moved_by", "motion_name_makes", "motion_slash_line")
_FILLER = "The committee noted the report on the library service. " * 12  # 672 characters, no cue


def _texts_for_cue_checks() -> list[str]:
    texts = [case[1] for case in CASES] + [case[1] for case in DECISION_CASES]
    # each again with filler before and after, and cut short of its end (matches at a region's edge)
    texts += [_FILLER + t + _FILLER for t in texts] + [t[: len(t) // 2] for t in texts]
    return texts


@pytest.mark.parametrize("name", _CUED)
def test_cued_patterns_find_what_a_whole_text_search_finds(name: str) -> None:
    from minutes_parser import patterns

    pattern, cue = patterns.get(name), patterns.get(f"{name}_cue")
    found_some = False
    for text in _texts_for_cue_checks():
        whole = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        near = [(m.span(), m.groupdict()) for m in patterns.finditer_near(pattern, cue, text)]
        assert near == whole, text
        for m in pattern.finditer(text):  # the cue is necessary: every match holds one
            assert cue.search(text, m.start(), m.end()), (m.group(0), text)
        found_some = found_some or bool(whole)
    assert found_some  # the table holds each form


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moved by Councillor Smith and seconded by Councillor Jones.", 1),  # cue "moved"
        (_FILLER + "Moved by Councillor Smith." + _FILLER, 1),  # far from the text's ends
        ("The Committee received the report of the Chief Executive.", 0),  # no cue: nothing searched
    ],
)
def test_finditer_near_on_moved_by(text: str, expected: int) -> None:
    from minutes_parser import patterns

    pattern, cue = patterns.get("motion_moved_by"), patterns.get("motion_moved_by_cue")
    assert len(list(patterns.finditer_near(pattern, cue, text))) == expected


def test_patterns_with_forms_are_the_alternation_of_their_forms() -> None:
    from minutes_parser import patterns
    from minutes_parser.rules import FORMS, PATTERNS

    assert FORMS, "no pattern is searched form by form"
    for name, forms in FORMS.items():
        assert PATTERNS[name] == "|".join(f"(?:{form})" for form in forms)
        assert len(patterns.forms(name)) == len(forms)


@pytest.mark.parametrize("name", ["motion_vote_intro", "motion_outcome"])
def test_a_form_by_form_search_finds_what_the_alternation_finds(name: str) -> None:
    from minutes_parser import patterns

    texts = [
        *_texts_for_cue_checks(),
        "Seconded by Cllr A.  , seconded by Cllr B; 2nd by C. and Jo Smith seconded it.",  # forms overlapping
        "Votes: 3\nReply: none\nroll call vote; recorded vote on a show of hands",
        "",  # nothing to find
    ]
    found_some = False
    for text in texts:
        whole = [m.span() for m in patterns.get(name).finditer(text)]
        assert [m.span() for m in patterns.finditer_forms(name, text)] == whole, text
        found_some = found_some or bool(whole)
    assert found_some


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decision of the meeting's own after a carried motion, restating few of its words, is not the
        # motion's: both are decisions
        ("Commissioner Bitter made a motion to ask George Roe for a proposal for Engineering Services for the "
         "Elevated Tank. Commissioner Sipos seconded the motion. Vote yes. Motion carried.\n"
         "The Board rejected the bid from Acme & Associates for the Elevated Tank Project.\n",
         ["to ask George Roe for a proposal for Engineering Services for the Elevated Tank.",
          "The Board rejected the bid from Acme & Associates for the Elevated Tank Project."]),
    ],
)
def test_a_decision_of_its_own_after_a_motion_is_not_linked_to_it(text: str, expected: list[str]) -> None:
    document = minutes_parser.parse_text("MINUTES\n\n" + text)
    assert [r.text for r in document.resolutions] == expected
    assert all(m.resolution is not None for m in document.motions)


@pytest.mark.parametrize(
    ("decision", "wording", "own"),
    [
        ("The Board rejected the bid from Acme & Associates for the Elevated Tank Project.",
         "to ask George Roe for a proposal for Engineering Services for the Elevated Tank.", True),
        # near misses: a decision with no subject of its own; one restating most of the motion's words
        ("RESOLVED that the bid from Acme be rejected.", "to ask George Roe for a proposal.", False),
        ("The Board agreed to approve the minutes of the June meeting.",
         "to approve the minutes of the June meeting.", False),
    ],
)
def test_own_decisions(decision: str, wording: str, own: bool) -> None:
    from minutes_parser.extract.motion_parts import _own_decision

    assert _own_decision(decision, wording) is own
