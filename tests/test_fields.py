"""Document fields (kind, title, body, agenda item): invented document heads per layout family."""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

from conftest import DEV, dev_documents, needs_corpus
from minutes_parser import sources, structure
from minutes_parser.extract.context import Context
from minutes_parser.extract.fields import Fields, extract_fields, meeting_heading_lines, title_case
from minutes_parser.records import Document, DocumentKind
from minutes_parser.settings import Settings
from minutes_parser.text import fold


def _fields(text: str) -> Fields:
    source = sources.read_text(text)
    return extract_fields(Context(source=source, settings=Settings(), structure=structure.analyse(source)))


SIDEBAR = ["Ann Ash", "Bo Birch", "Cy Cedar", "Di Dunn", "Ed Elm", "Flo Fir", "Gus Gale", "Hal Holt", "Ivy Ives",
           "Jo Jay", "Kit Kerr", "Lou Lane", "Max Moss", "Ned Nash", "Oli Oak", "Pam Pike", "Quin Quay", "Rex Roe",
           "Sam Sale", "Tia Tate", "Uma Usk", "Val Vane", "Wes Wold", "Xan Yew"]

CASES = [
    pytest.param(
        "From: Jo Bloggs, Cabinet Member for Parks\nTo: Cabinet \u2013 30 January 2025\n"
        "Subject: Allotment Strategy for the\nNorth Vale District\nClassification: Unrestricted\n"
        "Recommendation(s):\nCabinet is asked to agree the strategy.\n",
        DocumentKind.REPORT, "Allotment Strategy for the North Vale District", "Cabinet",
        id="report-to-subject",
    ),
    pytest.param(
        "To:\nExecutive\nDate:\n3 March 2021\nReport of:\nHead of Housing\nTitle of Report:\n"
        "Empty Homes Review\nSummary and recommendations\n",
        DocumentKind.REPORT, "Empty Homes Review", "Executive", id="report-cover-table",
    ),
    pytest.param(
        "AGENDA ITEM 7\nPLANNING AND LICENSING COMMITTEE\n4 MAY 2019\nREPORT OF HEAD OF PLANNING\n"
        "TREE PRESERVATION ORDERS\n1.0 PURPOSE OF REPORT\n",
        DocumentKind.REPORT, "Tree Preservation Orders", "Planning and Licensing Committee", id="report-of",
    ),
    pytest.param(
        "NORTH VALE COUNCIL \u2013 PROPOSED RECORD OF DECISION\nDECISION TO BE TAKEN BY:\nCabinet Member for Roads\n"
        "DECISION NO:\n21/00042\nTitle of Decision:\nWinter Gritting Routes\nDecision:\n",
        DocumentKind.DECISION, "Winter Gritting Routes", "Cabinet Member for Roads", id="record-of-decision",
    ),
    pytest.param(
        "Repair of the Old Bridge\nDecision Maker: Head of Highways\nDecision status: Approved\n"
        "Decision:\nThe bridge will be repaired.\nDate of decision: 01/02/2020\n",
        DocumentKind.DECISION, "Repair of the Old Bridge", "Head of Highways", id="moderngov-decision-maker",
    ),
    pytest.param(
        "Decision details\nLibrary Opening Hours\nDecision:\nThe hours were approved.\n"
        "Decided at meeting: 19/10/2016 - Community Services Committee\n",
        DocumentKind.DECISION, "Library Opening Hours", "Community Services Committee", id="moderngov-details",
    ),
    pytest.param(
        "Issue - meetings\nParking Charges\nMeeting: 14/12/2022 - Cabinet (Item 12)\n12 Parking Charges PDF 100 KB\n",
        DocumentKind.DECISION, "Parking Charges", "Cabinet", id="issue-history",
    ),
    pytest.param(
        "NORTH VALE COUNCIL\nCABINET\nMINUTES of a meeting of the Cabinet held in the Chamber, Town Hall,\n"
        "Vale on Thursday, 9 January 2025.\nPRESENT: Mr A Smith (Chairman)\n",
        DocumentKind.MINUTES, "Cabinet", "Cabinet", id="minutes-of-a-meeting-of",
    ),
    pytest.param(
        "MINUTES OF PROCEEDINGS AT MEETING OF THE MUNICIPAL DISTRICT\nOF WESTVALE HELD IN THE HALL, WESTVALE,\n"
        "ON MONDAY, 3RD MAY, 2021, AT 10 A.M.\nPRESENT IN THE CHAIR: Councillor A. Byrne.\n",
        DocumentKind.MINUTES, "Minutes of Proceedings at Meeting of the Municipal District of Westvale",
        "Municipal District of Westvale", id="minutes-of-proceedings",
    ),
    pytest.param(
        "MINUTES\nTOWNSHIP OF LAKEVIEW\nTuesday, March 4, 2025\n"
        "A regular meeting of the Township of Lakeview Council was held on Tuesday, March 4, 2025,\n"
        "starting at 6:30 p.m.\nPresent: Mayor Jo Smith\n",
        DocumentKind.MINUTES, "Township of Lakeview", "Township of Lakeview Council", id="township-minutes",
    ),
    pytest.param(
        "[Original file](https://example.org/files/minutes-of-the-parks-committee-meeting-held-in-may-2031.pdf)\n"
        "---\n1\n**MINUTES OF MEETING OF NORTH VALE COUNCIL PARKS AND GREEN SPACES**\n**POLICY COMMITTEE**\n"
        "A meeting of North Vale Council, Parks and Green Spaces Policy\nCommittee was held on the 7th May 2031.\n"
        "In Attendance: Cllr. A. Ash\n",
        DocumentKind.MINUTES, "Minutes of Meeting of North Vale Council Parks and Green Spaces Policy Committee",
        "North Vale Council, Parks and Green Spaces Policy Committee", id="capitals-heading-over-its-sentence",
    ),
    pytest.param(
        "MINUTES of a meeting of the North Vale Council Parks Committee held\nin the Chamber on 7 May 2031.\n"
        "Present: Cllr. A. Ash\n",
        DocumentKind.MINUTES, "MINUTES of a meeting of the North Vale Council Parks Committee",
        "North Vale Council Parks Committee", id="minutes-sentence-in-ordinary-case-keeps-its-case",
    ),
    pytest.param(
        "Comhairle Contae\n___ & Contae Baile\nAN a \u2122\n\u2014\u2014 Westvale City\n& County Council\n"
        "12 May, 2031.\nTo: The Mayor and each Member of Westvale City and County Council\n"
        "You are requested to attend a Meeting of Westvale City and County Council to be held in the\n"
        "Council Chamber on Monday, 19 May, 2031, at 3pm.\nAGENDA\n1. Minutes\n",
        DocumentKind.AGENDA, "Meeting of Westvale City and County Council", "Westvale City and County Council",
        id="scanned-letterhead-summons-names-the-meeting",
    ),
    pytest.param(
        "WESTVALE PARISH COUNCIL\nMEETING TO BE HELD ON TUESDAY,\n14th July 2031 @ 7pm\n"
        "You are requested to attend a Meeting of the Parish Council to be held in the hall.\nAGENDA\n1. Apologies\n",
        DocumentKind.AGENDA, "Westvale Parish Council", "Westvale Parish Council",
        id="clean-heading-beats-the-summons",
    ),
    pytest.param(
        "Riverside Special Service Area #9\nCommission Meeting Minutes\nMinutes from Monday, May 6, 2019\n"
        "Commissioners Present: A Person\n",
        DocumentKind.MINUTES, "Riverside Special Service Area #9 Commission Meeting Minutes",
        "Riverside Special Service Area #9 Commission", id="commission-minutes",
    ),
    pytest.param(
        "Eastfield Parish Council\n7th March 2017\nPresent\nCouncillors A Smith (Chair), B Jones\nApologies - None\n",
        DocumentKind.MINUTES, "Eastfield Parish Council", "Eastfield Parish Council", id="parish-heading",
    ),
    pytest.param(
        "AGENDA\nPLANNING COMMITTEE\nThursday, 30th January, 2025, at 10.00 am\n"
        "1. Apologies\n2. Minutes of the Meeting held on 9th January 2025\n",
        DocumentKind.AGENDA, "Planning Committee", "Planning Committee", id="agenda",
    ),
    pytest.param(
        "The Corporation of the Township of Lakeview\n12 Beach Street\nLakeview ON P0H 1W0\n"
        "Telephone 705-555-0100\n*** AGENDA ***\nTuesday, December 3, 2024\n1. Disclosure of interest.\n",
        DocumentKind.AGENDA, "The Corporation of the Township of Lakeview", None, id="agenda-letterhead",
    ),
    pytest.param(
        "Summons to and\nAgenda for an\nExtraordinary\nMeeting on\nThursday, 9th\nJanuary, 2025\nat 10.00 am\n"
        "To: All Members of the County Council\n",
        DocumentKind.AGENDA, "Summons to and Agenda for an Extraordinary Meeting", "County Council",
        id="summons-wrapped-date",
    ),
    pytest.param(
        "Eastfield Parish Council - 1st\nMarch 2016\nPresent\nCouncillors A Smith (Chair)\n",
        DocumentKind.MINUTES, "Eastfield Parish Council", "Eastfield Parish Council", id="heading-date-wraps",
    ),
    pytest.param(
        "Minutes of the meeting of the Licensing Sub-Committee held on Monday 5 February 2024\nPresent: Cllr A Smith\n",
        DocumentKind.MINUTES, "Minutes of the meeting of the Licensing Sub-Committee", "Licensing Sub-Committee",
        id="minutes-sentence-first-line",
    ),
    pytest.param(
        "Report to Overview and Scrutiny Committee\n5 March 2024\nTitle: Play Areas Review\nWards: All\n",
        DocumentKind.REPORT, "Play Areas Review", "Overview and Scrutiny Committee", id="report-to-no-colon",
    ),
    pytest.param(
        "Report to: Planning Committee\nDate of meeting: 5 March 2024\nReport title: Local Plan Update\n",
        DocumentKind.REPORT, "Local Plan Update", "Planning Committee", id="report-to-colon",
    ),
    pytest.param(
        "EASTON PARISH COUNCIL\nMinutes of the Parish Council Meeting held on Monday 8th January 2024 at 7.30pm\n"
        "Present: Cllrs A Smith, B Jones\n",
        DocumentKind.MINUTES, "Easton Parish Council", "Easton Parish Council", id="body-in-full-from-heading",
    ),
    pytest.param(
        "CITY OF SPRINGFIELD\nCITY COUNCIL MEETING MINUTES\nMarch 5, 2024\n"
        "The regular meeting of the Springfield City Council was called to order at 7:00 p.m.\n",
        DocumentKind.MINUTES, "City of Springfield City Council Meeting Minutes", "City Council",
        id="us-called-to-order",
    ),
    pytest.param(
        "RECORD OF EXECUTIVE DECISION\nDecision taken by: Leader of the Council\nSubject: Budget consultation\n",
        DocumentKind.DECISION, "Budget consultation", "Leader of the Council", id="decision-taken-by",
    ),
    pytest.param(
        "Notice of Meeting\nOverview and Scrutiny Committee\nDate: Wednesday, 14 February 2024\nAgenda\n",
        DocumentKind.AGENDA, "Overview and Scrutiny Committee", "Overview and Scrutiny Committee",
        id="notice-of-meeting",
    ),
    pytest.param(
        "Decision - Street Lighting Upgrade\nDecision Maker: Cabinet\nDecision:\nThe upgrade was approved.\n",
        DocumentKind.DECISION, "Street Lighting Upgrade", "Cabinet", id="moderngov-decision-page",
    ),
    pytest.param(
        "Agenda item - Leisure Review\nMeeting: 14/12/2022 - Executive (Item 81)\nMinutes:\nConsidered - a report.\n",
        DocumentKind.MINUTES, "Leisure Review", "Executive", id="moderngov-agenda-item-page",
    ),
    pytest.param(
        "NORTH VALE DISTRICT COUNCIL\nCABINET\n5 March 2024\nBUDGET MONITORING QUARTER 3\nRecommendations\n"
        "1. That the Cabinet note the report.\n",
        DocumentKind.REPORT, "Budget Monitoring Quarter 3", "Cabinet", id="report-heading-lines",
    ),
    pytest.param(
        "Vale District Council - Cabinet\nVALE DISTRICT COUNCIL\nReport to: Cabinet\nTitle of report: Play Areas\n",
        DocumentKind.REPORT, "Play Areas", "Cabinet", id="running-header-not-the-body",
    ),
    pytest.param(
        "Vale District Council - Cabinet\nVALE DISTRICT COUNCIL\nMINUTES of a meeting of the Cabinet held at the Hall\n"
        "on Thursday, 12 March 2026.\nPRESENT: Councillor A Smith\n",
        DocumentKind.MINUTES, "MINUTES of a meeting of the Cabinet", "Cabinet", id="running-header-minutes",
    ),
    pytest.param(
        "81 Leisure Review PDF 500 KB\nRecommendations:\nThat the Executive accept the report and:\n"
        "i. Agree the review.\nMinutes:\nConsidered \u2013 a report.\n",
        DocumentKind.MINUTES, "Leisure Review", "Executive", id="moderngov-minute",
    ),
    # ---- councils the dev corpus does not have
    pytest.param(
        "Public Document Pack\nNorth Vale District Council\nLicensing Committee\nDate: Monday, 4th March, 2024\n"
        "Time: 6.00 pm\nVenue: Council Chamber, Civic Offices\nMembership: Councillors A Smith (Chair), B Jones\n"
        "Quorum: 3\nContact: Democratic Services\nDate of Publication: Friday, 23 February 2024\nAGENDA\n"
        "1. Apologies\n2. Recommendation: Grant the licence\n",
        DocumentKind.AGENDA, "Licensing Committee", "Licensing Committee", id="modgov-front-sheet",
    ),
    pytest.param(
        "NORTH VALE COUNCIL\nMINUTE of MEETING of the LICENSING BOARD held within the Council Chambers,\n"
        "Kirkton on 3 May 2031 at 10.00 am.\nPresent: Councillors A Smith (Convener)\n",
        DocumentKind.MINUTES, "MINUTE of MEETING of the LICENSING BOARD", "Licensing Board", id="scottish-minute",
    ),
    pytest.param(
        "CITY OF WESTVALE\nORDINARY COUNCIL MEETING MINUTES\n28 MARCH 2031\nMinutes of the Ordinary Council "
        "Meeting of the City of Westvale held in the Chambers on\nTuesday 28 March 2031.\nPRESENT\n",
        DocumentKind.MINUTES, "City of Westvale Ordinary Council Meeting Minutes", "City of Westvale",
        id="minutes-heading-under-the-body-line",
    ),
    pytest.param(
        "BOARD OF COUNTY COMMISSIONERS\nWESTVALE COUNTY, OHIO\nREGULAR MEETING AGENDA\n"
        "Tuesday, October 3, 2031 - 9:00 A.M.\n1. CALL TO ORDER\n",
        DocumentKind.AGENDA, "Board of County Commissioners Westvale County, Ohio Regular Meeting Agenda",
        "Board of County Commissioners", id="us-board-of-commissioners",
    ),
    pytest.param(
        "Town of Westvale\nStaff Report\nTo: Mayor and Members of Council\nMeeting Date: 2031-06-18\n"
        "Subject: Arena Roof Replacement - Tender Award\nRecommendation\nThat Council award the tender.\n",
        DocumentKind.REPORT, "Arena Roof Replacement - Tender Award", "Council", id="ontario-staff-report",
    ),
    pytest.param(
        "Westvale Council\nChief Executive's Office, Council Headquarters, Forfar Road, Westvale\n29 August 2031\n"
        "NOTICE OF MEETING\nA meeting of the EDUCATION COMMITTEE will be held in the Council Chamber on\n"
        "THURSDAY, 7 SEPTEMBER 2031 at 10:00 am.\nBUSINESS\n1. Apologies\n",
        DocumentKind.AGENDA, "Education Committee", "Education Committee", id="notice-under-a-letterhead",
    ),
    pytest.param(
        "CITY OF WESTVALE\nOFFICIAL PROCEEDINGS OF THE CITY COUNCIL\nREGULAR MEETING\nTuesday, October 3, 2031\n"
        "The City Council of the City of Westvale met in regular session at 6:00 p.m.\nRoll Call: all present.\n",
        DocumentKind.MINUTES, "City of Westvale Official Proceedings of the City Council Regular Meeting",
        "City Council of the City of Westvale", id="us-official-proceedings",
    ),
    pytest.param(
        "SHIRE OF WESTVALE\nMINUTES\nOrdinary Meeting of Council\nTuesday, 24 October 2031\n"
        "Held in the Council Chambers\n1. DECLARATION OF OPENING\n",
        DocumentKind.MINUTES, "Ordinary Meeting of Council", "Council", id="meeting-named-under-minutes",
    ),
    pytest.param(  # the lines under "AGENDA" are its items, not its heading
        "NORTH VALE COUNCIL\nAGENDA\n1. Apologies\n2. Minutes of the Meeting held on 9th January 2031\n",
        DocumentKind.AGENDA, "North Vale Council", "North Vale Council", id="items-under-agenda",
    ),
    pytest.param(
        "MID VALE DISTRICT COUNCIL\nMinutes of the Meeting of the Planning Committee of Mid Vale District\n"
        "Council held in the Council Chamber on Monday 5 June 2031 at 10.00 am\nChair: Councillor S Smith\n",
        DocumentKind.MINUTES, "Minutes of the Meeting of the Planning Committee of Mid Vale District Council",
        "Planning Committee", id="committee-of-its-council",
    ),
    pytest.param(  # the council's own name is no committee of a council
        "CITY OF WESTVALE\nCITY COUNCIL\nMINUTES OF THE REGULAR MEETING\nMarch 7, 2031\nThe Regular Meeting of the City"
        " Council of the City of Westvale was called to order at 7:00 p.m.\n",
        DocumentKind.MINUTES, "City of Westvale City Council Minutes of the Regular Meeting",
        "City Council of the City of Westvale", id="city-council-of-the-city",
    ),
    pytest.param(
        "WESTMARCH COUNTY COUNCIL\nCounty Hall, Westmarch, WM1 2AB\n9 October 2031\nDear Councillor\n"
        "You are hereby summoned to attend a meeting of the County Council to be held at County Hall on\n"
        "Tuesday, 17 October 2031 at 10.00 am.\nAGENDA\n1. Apologies\n",
        DocumentKind.AGENDA, "Westmarch County Council", "Westmarch County Council", id="letterhead-postcode",
    ),
    pytest.param(
        "Agenda Item 7\nCABINET\n7 NOVEMBER 2031\nCOUNCIL TAX SUPPORT SCHEME\nReport of the Director of Finance\n"
        "Cabinet Member: Councillor A Smith\n1. Purpose of the Report\nTo seek a recommendation to Council.\n",
        DocumentKind.REPORT, "Council Tax Support Scheme", "Cabinet", id="title-above-report-of",
    ),
    pytest.param(
        "FERNDALE BOROUGH COUNCIL\nNOTICE OF DECISIONS TAKEN BY THE CABINET ON TUESDAY 12 SEPTEMBER 2031\n"
        "Date of publication: Thursday 14 September 2031\nThe decisions below will come into effect on 22 September\n"
        "1. CAR PARKING CHARGES\nDecision:\nThat the tariffs be approved.\n",
        DocumentKind.DECISION, "Notice of Decisions Taken by the Cabinet", "Cabinet", id="notice-of-decisions",
    ),
    pytest.param(
        "CYNGOR BWRDEISTREF SIROL TREFORGAN\nTREFORGAN COUNTY BOROUGH COUNCIL\nPWYLLGOR CRAFFU CORFFORAETHOL\n"
        "CORPORATE SCRUTINY COMMITTEE\nDyddiad / Date: Dydd Mercher, 15 Tachwedd 2031 / Wednesday, 15 November 2031\n"
        "AGENDA\n1. Apologies\n",
        DocumentKind.AGENDA, "Corporate Scrutiny Committee", "Corporate Scrutiny Committee",
        id="welsh-bilingual-heading",
    ),
    pytest.param(
        "Ordinary Council Meeting                    28 November 2031\n10.3   PLANNING PROPOSAL - 14 BANKSIA STREET\n"
        "File Number: PP-2031-12\nAuthor: Senior Strategic Planner\nRecommendation\nThat Council:\n1. Endorses it.\n",
        DocumentKind.REPORT, "Planning Proposal - 14 Banksia Street", "Council", id="agenda-report-running-header",
    ),
    pytest.param(
        "UPPER HADLEY PARISH COUNCIL\nMembers of Upper Hadley Parish Council are hereby summoned to attend an\n"
        "Extraordinary Meeting of the Council which will be held in the Reading Room on Monday 13th November 2031.\n"
        "AGENDA\n1. Apologies\n",
        DocumentKind.AGENDA, "Upper Hadley Parish Council", "Upper Hadley Parish Council",
        id="meeting-which-will-be-held",
    ),
    pytest.param(
        "MINUTES OF THE BOARD OF SUPERVISORS\nCOUNTY OF WESTVALE, CALIFORNIA\nREGULAR MEETING\nTUESDAY, MAY 14, 2031\n"
        "PRESENT: Supervisors A Smith, Chair\n",
        DocumentKind.MINUTES, "Minutes of the Board of Supervisors County of Westvale, California Regular Meeting",
        "Board of Supervisors", id="minutes-of-the-board-heading",
    ),
    pytest.param(  # a heading ending "Council Meeting" without a meeting's kind names no body; "Disposition of
        # Items" is a record of what the meeting did
        "City Clerk's Department\nDisposition of Items\nCouncil Meeting\nApril 27, 2031\nItem 1. Approved.\n",
        DocumentKind.MINUTES, "Council Meeting", None, id="council-meeting-heading-no-kind",
    ),
    # a sentence that names the body by pointing back to the heading ("the above Council") takes the heading's name;
    # the summons's address under the heading ends the title
    pytest.param(
        "ELMBRIDGE VALE COMMUNITY COUNCIL\nTo all Members of the Council\nYou are summoned to a meeting of the above\n"
        "Council on Tuesday 4th March 2031 at 7.30pm\nAGENDA\n1. Apologies\n",
        DocumentKind.AGENDA, "Elmbridge Vale Community Council", "Elmbridge Vale Community Council",
        id="summons-above-council",
    ),
    pytest.param(
        "ELMBRIDGE VALE COMMUNITY COUNCIL\nANNUAL GENERAL MEETING\nTo the Chairman and Members of the Council\n"
        "You are summoned to attend the annual meeting of the above Council to be held on\nTuesday 6th May 2031\n"
        "AGENDA\n1. Apologies\n",
        DocumentKind.AGENDA, "Elmbridge Vale Community Council Annual General Meeting",
        "Elmbridge Vale Community Council", id="summons-above-council-annual-meeting",
    ),
    pytest.param(
        "ELMBRIDGE VALE TOWN COUNCIL\nMinutes of a meeting of the said Council held on Monday 3rd March 2031 at\n"
        "7.00pm in the Hall.\nPresent: Cllrs Lee, Roe\n",
        DocumentKind.MINUTES, "Elmbridge Vale Town Council", "Elmbridge Vale Town Council", id="minutes-said-council",
    ),
    pytest.param(  # near miss: a sentence naming the body outright keeps its own name
        "ELMBRIDGE VALE TOWN COUNCIL\nMinutes of a meeting of the Planning Committee held on Monday 3rd March 2031\n"
        "at 7.00pm in the Hall.\nPresent: Cllrs Lee, Roe\n",
        DocumentKind.MINUTES, "Minutes of a meeting of the Planning Committee", "Planning Committee",
        id="minutes-named-committee",
    ),
    pytest.param(  # near miss: a notice's heading is no meeting's kind; the summons under it is no part of the title
        "ELMBRIDGE VALE PARISH COUNCIL\nNOTICE OF AN EXTRAORDINARY MEETING\n"
        "Members of Elmbridge Vale Parish Council are\nhereby summoned to attend a Meeting of the Council on Monday\n"
        "3rd March 2031.\nAGENDA\n1. Apologies\n",
        DocumentKind.AGENDA, "Elmbridge Vale Parish Council", "Elmbridge Vale Parish Council",
        id="notice-heading-summons-members",
    ),
    # a notice that names the meeting and its body in full gives the title; "a Meeting of the Council" does not
    pytest.param(
        "ELM VALE PARISH COUNCIL\n1 Church Lane, Elm Vale\nPUBLIC NOTICE\nThe Annual Parish Meeting of Elm Vale Parish "
        "Council will be held\nin the Hall on Tuesday, 6 May 2031 at 8.00 pm.\nAGENDA\n1. Apologies\n",
        DocumentKind.AGENDA, "The Annual Parish Meeting of Elm Vale Parish Council", "Elm Vale Parish Council",
        id="notice-names-meeting-in-full",
    ),
    pytest.param(
        "ELM VALE PARISH COUNCIL\nMembers of the Council are hereby summoned and the public are invited to attend\n"
        "an Extraordinary Meeting of Elm Vale Parish Council to be held at the School on 3rd March 2031.\n"
        "1. APOLOGIES\n",
        DocumentKind.AGENDA, "Extraordinary Meeting of Elm Vale Parish Council", "Elm Vale Parish Council",
        id="members-hereby-summoned",
    ),
    # a letterhead's sidebar roster of names and seats does not hide the heading printed below it, and the
    # approval stamped above ("Adopted by the ... on <date>") is neither the title nor the kind; it names
    # the body in full (near miss: the stamp's date is not the meeting's, tested in test_dates)
    pytest.param(
        "Adopted by the Elm Vale Public Library Board on October 17, 2031\n900 Clark Avenue West\n"
        + "".join(f"{name}\nTrustee\n" for name in SIDEBAR)
        + "MINUTES OF REGULAR LIBRARY BOARD MEETING\nThursday, September 12, 2031 - 7:00 p.m.\n"
        "Present: A. Ash (Chair), B. Birch\n1. CALL TO ORDER\n",
        DocumentKind.MINUTES, "Regular Library Board Meeting", "Elm Vale Public Library Board",
        id="sidebar-roster-and-approval-stamp",
    ),
    # a header table's row names the meeting, label and value on one line with no colon; the next row is no part
    # of it (near miss: "Subject:" with a colon keeps its wrapped lines, above)
    pytest.param(
        "Elm Vale Libraries\nOPEN BOARD MEETING MINUTES\nTitle of Meeting Elm Vale Libraries - Board Meeting\n"
        "Date 26th May 2031\nPlace Castle Hill Community Centre\nAttendees Ann Ash (Chair)\n",
        DocumentKind.MINUTES, "Elm Vale Libraries - Board Meeting", "Elm Vale Libraries - Board",
        id="header-table-title-of-meeting-row",
    ),
    pytest.param(  # near miss: a report's line "Agenda Item 12" is no title; the running head names the body in full
        "Elm Vale Town Council Meeting 21 February 2031\nAgenda Item 12\nSpring Fair in the Park\n"
        "1. Purpose of Report\n2. Recommendations\nCouncil is recommended to approve the fair.\n",
        DocumentKind.REPORT, "Spring Fair in the Park", "Elm Vale Town Council", id="report-under-council-running-head",
    ),
    # a heading that names its meeting by month ("MINUTES OF THE JUNE 2031" / "REGULAR MEETING" / "OF THE BOARD OF
    # COMMISSIONERS"): the title goes on past the month to the meeting's date, the body without the "of the" its
    # line opens on; near miss: "... HELD ON" / "June 21, 2031", the date after "on" ends the title
    pytest.param(
        "ELM HOUSING\nMINUTES OF THE JUNE 2031\nREGULAR MEETING\nOF THE BOARD OF COMMISSIONERS\nJune 21, 2031\n"
        "PRESENT:\nSpencer Moffat \u2013 Chair\nPhil Bernal \u2013 Vice Chair\n",
        DocumentKind.MINUTES, "Minutes of the June 2031 Regular Meeting Of the Board of Commissioners",
        "Board of Commissioners", id="heading-naming-its-meeting-by-month",
    ),
    # a planning authority's notice of its decision on an application: its decision is the title; near miss: a
    # report recommending that permission be granted decides nothing yet
    pytest.param(
        "Town and Country Planning Act 1990\nGRANT OF PLANNING PERMISSION\nName and Address of Applicant\n"
        "Mr John Smith\nPart II \u2013 Particulars of Decision\nThat Elm Vale Council hereby gives notice that "
        "PERMISSION HAS BEEN GRANTED subject to the following conditions:\n",
        DocumentKind.DECISION, "Grant of Planning Permission", None, id="planning-decision-notice",
    ),
    pytest.param(
        "PLANNING COMMITTEE\n4 May 2031\nREPORT OF THE HEAD OF PLANNING\nLand at Mill Lane\n"
        "Recommendation: Grant planning permission subject to conditions.\n",
        DocumentKind.REPORT, "Land at Mill Lane", "Planning Committee", id="near-miss-report-recommending-a-grant",
    ),
    pytest.param(
        "MINUTES OF THE REGULAR MEETING\nOF THE BOARD OF EDUCATION HELD ON\nJune 21, 2031\nPRESENT:\n"
        "Spencer Moffat \u2013 Chair\nPhil Bernal \u2013 Vice Chair\n",
        DocumentKind.MINUTES, "Minutes of the Regular Meeting of the Board of Education", "Board of Education",
        id="near-miss-heading-held-on-its-date",
    ),
]


@pytest.mark.parametrize(("text", "kind", "title", "body"), CASES)
def test_fields(text: str, kind: DocumentKind, title: str, body: str | None) -> None:
    fields = _fields(text)
    assert (fields.kind, fields.title, fields.body) == (kind, title, body)


BODY_CASES = [
    # the body named before the kind of its meeting ("public meeting"); near miss: "Council public meeting" names
    # no body
    pytest.param(
        "Elmvale Community Council public meeting\nheld in Church Hall, Elmvale\non Tuesday 19th June 2031\n"
        "Members Present:\nAnn Ash Convenor\n",
        "Elmvale Community Council", id="body-before-public-meeting",
    ),
    # the body's name, a dash and the paper's kind; near miss: a topic before the dash names no body
    pytest.param("CABINET \u2013 PUBLIC QUESTION\n17 September 2031\n1. Public Question from Jo Ash\n", "Cabinet",
                 id="body-dash-public-question"),
    pytest.param("Budget \u2013 Public Questions\n17 September 2031\n1. Question\n", None,
                 id="near-miss-topic-dash-public-questions"),
    # the page's number after the body's name on its line; the agenda's kind run into "Agenda"
    pytest.param(
        "Commission on Aging 1\nDecember 4, 2031 Elm Intergenerational Center\nThe meeting was called to order.\n",
        "Commission on Aging", id="body-then-page-number",
    ),
    pytest.param(
        "Infrastructure Committee SupplementaryAgenda\nDate: Thursday, 14 March, 2031\nTime: 9:00 am\n",
        "Infrastructure Committee", id="body-then-supplementary-agenda-run-together",
    ),
    # the meeting's kind and the paper's after the body's name; near miss: "Public" in the body's own name
    pytest.param(
        "Elmvale Community Council Public Meeting Agenda\nTuesday 17th August 2031\n1. Introductions\n",
        "Elmvale Community Council", id="body-then-public-meeting-agenda",
    ),
    pytest.param(
        "Elm Public Library Board Agenda\nTuesday 17th August 2031\n1. Introductions\n",
        "Elm Public Library Board", id="near-miss-public-in-the-bodys-name",
    ),
    pytest.param(
        "Council public meeting\nheld in Church Hall, Elmvale\non Tuesday 19th June 2031\nMembers Present:\n"
        "Ann Ash Convenor\n",
        None, id="near-miss-bare-council-public-meeting",
    ),
    # New Zealand minutes name the meeting without an article over several lines: the council, or the committee
    # printed after the council's name
    pytest.param(
        "MINUTES OF Westvale\nRiver District Council\nOrdinary Council Meeting\n"
        "HELD AT THE Council Chamber, Main Street\n"
        "ON Thursday, 6 March 2031 AT 9.00am\nPRESENT: Mayor Ann Lee\n",
        "Westvale River District Council", id="nz-minutes-of-council-meeting-held",
    ),
    pytest.param(
        "MINUTES OF WESTVALE DISTRICT COUNCIL\nAUDIT & RISK COMMITTEE MEETING\nHELD AT THE COUNCIL CHAMBER\n"
        "ON TUESDAY, 6 MAY 2031 AT 1.30PM\nPRESENT: Cr Ann Lee\n",
        "Audit & Risk Committee",
        id="nz-minutes-of-committee-meeting-held",
    ),
    pytest.param(  # minutes "of a Meeting of the Council" under the council's letterhead keep the body as printed
        "Westvale District Council\n1 Main Street, Westvale\nMinutes\nof a Meeting of the Council held on\n"
        "6 March 2031 at 1.00pm\nPresent: Mayor Ann Lee\n",
        "Council", id="minutes-of-the-council-under-letterhead",
    ),
    pytest.param(  # a board named with the authority it serves: the board
        "Westvale Water District\nRegular Meeting\nFebruary 17, 2031\nA regular meeting of the Board of "
        "Commissioners of the Westvale Special Water District was held Monday February 17, 2031.\n",
        "Board of Commissioners", id="board-of-commissioners-of-the-district",
    ),
    pytest.param(  # a special district is a body; near miss below: a district alone is a place
        "AGENDA\nWESTVALE SPECIAL WATER DISTRICT\nRegular Meeting\nFebruary 17, 2031\n1) Call to order\n",
        "Westvale Special Water District", id="special-water-district-heading",
    ),
    pytest.param(
        "AGENDA\nNORTH PLANNING DISTRICT\nRegular Meeting\nFebruary 17, 2031\n1) Call to order\n",
        None, id="near-miss-a-planning-district-is-a-place",
    ),
    pytest.param(
        "NOTICE OF MEETING\nWESTVALE COUNTY EMERGENCY SERVICES DISTRICT NO. 4\nNOTICE IS HEREBY GIVEN THAT THE "
        "DISTRICT WILL HOLD A MEETING ON WEDNESDAY, JULY 26, 2031\n1) RECEIVE PUBLIC COMMENTS:\n",
        "Westvale County Emergency Services District No. 4", id="numbered-emergency-services-district",
    ),
    pytest.param(
        "AGENDA\nWESTVALE CENTRAL BUSINESS DISTRICT\nRegular Meeting\nFebruary 17, 2031\n1) Call to order\n",
        None, id="near-miss-a-business-district-is-a-place",
    ),
    pytest.param(  # a roll call's heading and a sentence with no stop name no body
        "MINUTES-TOWN OF ELMWOOD, VA\nFebruary 17, 2031 @ 6:30 P.M.\nMayor Ash moves to the roll call of council "
        "for the regular session of council\nROLL CALL OF COUNCIL\nAsh - Here\n",
        None, id="near-miss-roll-call-heading-and-sentence",
    ),
]


@pytest.mark.parametrize(("text", "body"), BODY_CASES)
def test_body(text: str, body: str | None) -> None:
    assert _fields(text).body == body


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # false friends: the word "agenda" or "minutes" inside the text is not the document's kind
        ("To: Cabinet\nSubject: Agenda for change\nThe minutes of the last meeting are attached.\n",
         DocumentKind.REPORT),
        # a meeting system's export of agenda items, each with a numbered subject field; near miss: a
        # report's subject line
        ("Monday, May 5, 2031\nBUSINESS MEETING\nSubject : 1.1 Call to Order\n"
         "Meeting : May 5, 2031 - BUSINESS MEETING\n"
         "Type : Procedural\nSubject : 1.2 Approval of Minutes\nRecommended Action : Approve the minutes.\n",
         DocumentKind.AGENDA),
        ("To: Cabinet\nSubject: 2031 Budget\nRecommendations: approve the budget.\n", DocumentKind.REPORT),
        ("AGENDA ITEM 13\nFINANCE COMMITTEE\nREPORT OF THE TREASURER\nBUDGET\n", DocumentKind.REPORT),
        ("A note about the weather.\n", DocumentKind.OTHER),
        ("Corporate Services\nTo: each Member\nYou are requested to attend a Meeting of the Council\n",
         DocumentKind.AGENDA),
        # a meeting's "Time:" and "Venue:" with attendance below are minutes, not a notice
        ("Notes of the Parks Group\nTime: 6.00 pm\nVenue: The Hall\nPresent: A Smith, B Jones\n",
         DocumentKind.MINUTES),
        # "Proceedings of" opens US minutes; "the proceedings of the meeting" in a sentence does not
        ("Westvale\nProceedings of the Board of Trustees\nMay 5, 2031\n", DocumentKind.MINUTES),
        # a short heading ending in "Agenda" whose blank the PDF's text lost
        ("Infrastructure Committee SupplementaryAgenda\nDate: Thursday, 14 March, 2031\n", DocumentKind.AGENDA),
        # a bilingual Irish council's heading opening in Irish ("Miontuairiscí ...": minutes)
        ("Monthly City Council Meeting Monday 8 January 2031\nCOMHAIRLE CATHRACH\nMiontuairiscí Chruinniú Míosúil a "
         "tionóladh ar 8ú Eanáir 2031\n", DocumentKind.MINUTES),
        ("Westvale\nA note on the proceedings of the Board\n", DocumentKind.OTHER),
        # "Notice is hereby given that a meeting ... will be held" (wrapped): a notice of meeting;
        # a notice of decisions made is not
        ("Westvale Parish Council\nNotice is hereby given that the Annual Parish Meeting of Westvale\nwill be held in"
         " the Hall on Thursday 16th May 2031.\n1. Welcome\n", DocumentKind.AGENDA),
        ("Westvale Parish Council\nNotice is hereby given that the Council made the following decisions at its"
         " meeting.\n", DocumentKind.OTHER),
        # a decision notice's heading, not a report that mentions one
        ("To: Cabinet\nSubject: Publishing the notice of decisions\n", DocumentKind.REPORT),
        # "Minute of Meeting of 15 June" as an agenda entry does not make minutes
        ("Notice\n3. Minute of Meeting of 15 June 2031 (copy attached)\n4. Budget\n", DocumentKind.OTHER),
        # motions made, seconded and counted are a record of the meeting whatever the heading says
        ("Pine Lake Township Board of Trustees Meeting\nTown Hall\nMay 6th 2031\nCall to order: 5pm\n"
         "Roll Call: All present.\nAnn made a motion to accept the minutes. 2nd by Bo. 5 yay 0 nay.\n",
         DocumentKind.MINUTES),
        # near miss: an agenda that lists the roll call, a motion to adjourn and the adjournment
        ("AGENDA\nPine Lake Township Board\nMay 6th 2031\n1. Roll Call\n2. Motion to approve the minutes\n"
         "3. Adjournment\n", DocumentKind.AGENDA),
        # a numbered item's title ending in "agenda" in the minutes' first lines does not make an agenda;
        # near miss: "Council Meeting Agenda" heading the page does
        ("MINUTES OF THE REGULAR MEETING\n2. Roll call\n3. Approval of the agenda\n7. Consent Agenda\n",
         DocumentKind.MINUTES),
        ("Council Meeting Agenda\n2. Roll call\n3. Approval of the minutes\n", DocumentKind.AGENDA),
        # a councillor's report under its own heading, over the meeting it is written for; near miss: a numbered
        # item's "7. Treasurer's Report" in minutes
        ("TIM BRETT\u2019S REPORT\nTAYPORT COMMUNITY COUNCIL MEETING\nMonday 6 November 2017\n"
         "I. Matters Arising from the Meeting on 2 October\n", DocumentKind.REPORT),
        ("MINUTES OF THE MEETING\nPresent: Cllr Ash\n7. Treasurer\u2019s Report\nThe balance was noted.\n",
         DocumentKind.MINUTES),
        # an order of business under the heading, with no word "agenda": standing items alone on their lines;
        # near miss: the same items with what the minutes record of them
        ("LEUCHARS COMMUNITY COUNCIL\nTuesday, 1 August 2017 at 7.00pm in Leuchars Community Centre\n"
         "1. Chair\u2019s Opening Remarks\n2. Apologies\n3. Approval of minutes from 4 July 2017 meeting\n4. Army\n"
         "5. Correspondence\n6. Any Other Business\n", DocumentKind.AGENDA),
        ("ELM COMMUNITY COUNCIL\n1 August 2017\n2. Apologies: received from Ann Ash.\n3. Minutes: approved as read.\n"
         "6. Any Other Business: none.\n", DocumentKind.OTHER),
        # the meeting's heading run into "Agenda for <date>" on its line, over a packet with minutes enclosed;
        # near miss: an item approving "the agenda for" the meeting in minutes
        ("PARK DISTRICT BOARD OF DIRECTORS\nFIFTY-THIRD REGULAR MEETING Agenda for February 10, 2031 The regular "
         "meeting will be held in person.\nMINUTES\nDirector Ash moved to approve. Director Birch seconded. Motion "
         "carried 4-0.\nDirector Ash moved to adjourn. Director Birch seconded. Motion carried 4-0.\n"
         "Director Ash moved to file. Director Birch seconded. Motion carried 4-0.\n", DocumentKind.AGENDA),
        ("MINUTES OF THE REGULAR MEETING\n3. Approval of the meeting agenda for the evening\nPresent: Jo Ash\n",
         DocumentKind.MINUTES),
        # who was present, by their place in the meeting ("COUNCIL MEMBERS PRESENT:"), under a heading that does
        # not say minutes; near miss: an agenda's "Presentation:" item under the same heading
        ("CITY COUNCIL MEETING\nWednesday June 14, 2031 7:00 p.m.\nCOUNCIL MEMBERS PRESENT:\nAnn Lee\n",
         DocumentKind.MINUTES),
        ("CITY COUNCIL MEETING\nWednesday June 14, 2031 7:00 p.m.\n1. Presentation: Budget\n2. Staff Reports\n",
         DocumentKind.AGENDA),
        # minutes naming themselves in a note above a heading that misprints "Agenda"; near miss: an agenda's item
        # approving the minutes
        ("Please Note \u2013 These minutes have been prepared with a timestamp linking the items to the video.\n"
         "ELM MUNICIPAL COUNCIL\nRegular Meeting Agenda\n5:30 PM, Tuesday, June 06, 2031\n", DocumentKind.MINUTES),
        ("ELM MUNICIPAL COUNCIL\nRegular Meeting Agenda\n5:30 PM, Tuesday, June 06, 2031\n"
         "1. Approval of the minutes of May 2\n", DocumentKind.AGENDA),
        # a commission's "Report of Action", each item's disposition and vote; near miss: a staff report that speaks
        # of a report of actions in a sentence
        ("Elm City Planning Commission\nReport of Action\nMay 14, 2031\nITEM 1 Ann Ash requests a permit.\n"
         "APPROVED WITH CONDITIONS\nOn a vote of 5:0, the Planning Commission approved the above noted application.\n",
         DocumentKind.MINUTES),
        ("Elm City Planning Commission\nStaff Report\nMay 14, 2031\nThe applicant asked for a report of actions "
         "taken by the city.\nRecommendation: approve the permit.\n", DocumentKind.REPORT),
        # a heading that names only the meeting, over a time and a room, then a record of it: motions seconded and
        # passed through the text; near miss: the same heading over an order of business
        ("CITY OF ELM\nCITY COUNCIL MEETING\nJune 13 2031\n3:00 P.M WORK SESSION - CITY COUNCIL CONFERENCE ROOM\n"
         + "Mr. Ash moved to approve the item. Mr. Lee seconded the motion. The motion passed.\n" * 5,
         DocumentKind.MINUTES),
        ("CITY OF ELM\nCITY COUNCIL MEETING\nJune 13 2031\n3:00 P.M WORK SESSION - CITY COUNCIL CONFERENCE ROOM\n"
         "1. Call to order\n2. Minutes\n3. Budget\n", DocumentKind.AGENDA),
    ],
)
def test_kind_false_friends(text: str, kind: DocumentKind) -> None:
    assert _fields(text).kind is kind


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Summons to attend\nTo: All Members of the County Council\nThursday, 9th January 2025\n", "County Council"),
        ("To: The Mayor and each Member of Vale City Council\n", "Vale City Council"),
        ("To: Mayor and Members of Council\n", "Council"),
        ("To: Members of the Planning Committee\n", "Planning Committee"),
    ],
)
def test_body_addressed_to_members(text: str, body: str) -> None:
    assert _fields(text).body == body


@pytest.mark.parametrize(
    ("text", "item"),
    [("AGENDA ITEM 13\nFINANCE COMMITTEE\n", "13"), ("Meeting: 14/12/2022 - Cabinet (Item 102)\n", "102"),
     ("To: Cabinet\nSubject: Items\n", None)],
)
def test_agenda_item(text: str, item: str | None) -> None:
    assert _fields(text).agenda_item == item


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MUNICIPAL DISTRICT OF ADARE-RATHKEALE", "Municipal District of Adare-Rathkeale"),
        ("POLICY, FINANCE AND ADMINISTRATION COMMITTEE", "Policy, Finance and Administration Committee"),
        ("Township of Nipissing", "Township of Nipissing"),  # mixed case is left alone
        ("HOUSING SPC AND CCTV", "Housing SPC and CCTV"),  # acronyms have no vowels
        ("A TRY AT MY GYM", "A Try at My Gym"),  # y counts as a vowel
    ],
)
def test_title_case(text: str, expected: str) -> None:
    assert title_case(text) == expected


# ---------------------------------------------------------------- the shared dev corpus (skipped without it)

@needs_corpus()
@pytest.mark.corpus
@pytest.mark.parametrize("path", dev_documents(), ids=lambda p: p.stem)
def test_dev_fields(path: Path, dev_parsed: dict[str, Document]) -> None:
    gold = json.loads((DEV / "gold" / f"{path.stem}.json").read_text("utf-8"))
    document = dev_parsed[path.name]
    assert (document.kind, fold(document.body or "")) == (gold["kind"], fold(gold["body"] or ""))
    ratio = difflib.SequenceMatcher(None, fold(gold["title"] or ""), fold(document.title or "")).ratio()
    assert ratio >= 0.85, f"title {document.title!r} (gold {gold['title']!r})"


# The meeting's heading block: a roster, a notice or a stamp may stand above the heading; the body is the
# committee.  The authority's letterhead directly above a heading stays in the title (the invented corpora's
# convention; round 1's blind gold leaves it out, see the fields report).
BLOCK_CASES = [
    pytest.param(
        "Ann Lee\nChair\nBob Roe\nMember\nRoom 12, 40 Elm Street\nPLANNING COMMISSION REGULAR MEETING\nAGENDA\n"
        "Thursday, June 4, 2031\n1:30 p.m.\n1. Call to order\n",
        DocumentKind.AGENDA, "Planning Commission Regular Meeting", "Planning Commission", id="us-agenda-under-roster",
    ),
    pytest.param(
        "REVISED\n5/2/31\nEASTON COUNTY BOARD OF HEALTH\nAGENDA \u2013 May 3, 2031\n1. Call to Order.\n",
        DocumentKind.AGENDA, "Easton County Board of Health", "Easton County Board of Health",
        id="board-of-health-over-dated-agenda",
    ),
    pytest.param(
        "Ridge Transit Authority\nBoard of Directors\nChair \u2013 Ann Lee, District A\nBob Roe, District B\n"
        "BOARD OF DIRECTORS MEETING\nTuesday, May 6, 2031\n5:30 PM\nI. Call to Order\n",
        DocumentKind.AGENDA, "Board of Directors Meeting", "Board of Directors", id="heading-under-a-roster",
    ),
    pytest.param(
        "BIRCH VALLEY WATER DISTRICT\nBoard of Directors Special Meeting Minutes\nMay 6, 2031 \u2013 6:00 p.m.\n"
        "BOARD OF DIRECTORS\nAnn Lee President\n",
        # the district's letterhead is no part of the meeting's title (the real corpus's gold drops it)
        DocumentKind.MINUTES, "Board of Directors Special Meeting Minutes",
        "Board of Directors", id="district-letterhead-over-minutes",
    ),
    pytest.param(
        "Minutes of Works Committee Meeting - 3 March 2031\nWorks Committee\nOpen Minutes\nMeeting Date:\n"
        "Tuesday\n3 March 2031\n",
        DocumentKind.MINUTES, "Works Committee Meeting", "Works Committee", id="nz-running-head",
    ),
    pytest.param(
        "SUMMARY OF ELMTOWN CITY COUNCIL MEETING\nMarch 3, 2031 4:30 P.M.\n1. ROLL CALL: Present: Lee, Roe.\n",
        DocumentKind.MINUTES, "Summary of Elmtown City Council Meeting", "City Council", id="us-council-summary",
    ),
    pytest.param(
        "ELMTOWN CITY COUNCIL MEETING\nCity Hall, Council Chambers\nMarch 3, 2031\n5:00 P.M.\n1. ROLL CALL\n",
        DocumentKind.AGENDA, "Elmtown City Council Meeting", "City Council", id="us-council-meeting-heading",
    ),
    pytest.param(
        "Tuesday, March 3, 2031\nElmtown County Board of Education Meeting Agenda at 6:30 p.m.\nP.O. Box 12\n",
        DocumentKind.AGENDA, "Elmtown County Board of Education Meeting Agenda", "Elmtown County Board of Education",
        id="dated-line-over-heading-with-time",
    ),
    pytest.param(
        "Chair Lee called the meeting to order at 5:31 p.m.\n",
        DocumentKind.MINUTES, None, None, id="called-to-order-past-tense",
    ),
    pytest.param(  # near miss: the agenda's "will be called to order" is no record
        "Notes\nThe meeting will be called to order at 5:30 p.m.\nRecommendation: approve.\n",
        DocumentKind.REPORT, "Notes", None, id="called-to-order-future",
    ),
    pytest.param(  # near miss: a sentence ending "meeting" is no heading
        "The City Council took the following action at the attached meeting\nItems listed below.\n",
        DocumentKind.OTHER, "The City Council took the following action at the attached meeting", None,
        id="sentence-ending-in-meeting",
    ),
    pytest.param(  # near miss: a UK council's name keeps its city (dates day first)
        "WESTBURY CITY COUNCIL\nCABINET\n5 March 2031\nMINUTES of a meeting of the Cabinet held on 5 March 2031\n",
        DocumentKind.MINUTES, "MINUTES of a meeting of the Cabinet", "Cabinet", id="uk-city-council-letterhead",
    ),
]


@pytest.mark.parametrize(("text", "kind", "title", "body"), BLOCK_CASES)
def test_heading_block(text: str, kind: DocumentKind, title: str | None, body: str | None) -> None:
    fields = _fields(text)
    assert (fields.kind, fields.title, fields.body) == (kind, title, body)


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        ("Baldwin Vale City Council", "AGENDA\nDecember 6, 2031\n", "City Council"),
        ("Council of the City of Elmtown, Oregon", "January 12, 2031\n", "City Council"),
        ("Westbury City Council", "6 December 2031\n", "Westbury City Council"),  # day first: kept
        ("Special Planning Commission", "6 December 2031\n", "Planning Commission"),
        ("the City Council", "6 December 2031\n", "City Council"),
        ("Ordinary Council", "6 December 2031\n", "Council"),
        ("Lincoln Square Special Service Area Commission", "", "Lincoln Square Special Service Area Commission"),
        ("Regulation Act, 1990, that the Elmshire County Council", "", "Elmshire County Council"),
        ("above Council", "", "Council"),
        ("HELD AT THE Council", "", "Council"),
        ("Cabinet Date", "", "Cabinet"),
        ("Board of Directors Meeting", "", "Board of Directors"),
        ("Elmford Parish Council - Meeting of the Parish Council", "", "Elmford Parish Council"),
        ("Town Meeting", "", "Town Meeting"),  # near miss: a meeting that is the body keeps "Meeting"
        ("Council of the City of Elmtown", "6 December 2031\n", "Council of the City of Elmtown"),  # near miss
        ("Pine Lake Township Board of Trustees", "AGENDA\nJanuary 14, 2031\n", "Board of Trustees"),
        ("Elm Valley Community College District Board", "April 15, 2031\n", "Board"),
        ("Elm County Board of Health", "April 24, 2031\n", "Elm County Board of Health"),  # near miss: a county's
        # a township is American whatever order its dates are written in; a district's board is not
        ("Pine Lake Township Board of Trustees", "14 January 2031\n", "Board of Trustees"),
        ("Elm Valley District Board", "14 January 2031\n", "Elm Valley District Board"),
        ("Board of Trustees Budget Hearing", "", "Board of Trustees"),
        ("City Council Work Session", "", "City Council"),
    ],
)
def test_plain_body(body: str, text: str, expected: str) -> None:
    from minutes_parser.extract.fields import _plain_body

    assert _plain_body(body, text.splitlines()) == expected


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("Eastvale Water District\nMember Ann Ash\nBOARD OF DIRECTORS MEETING\nTuesday, March 18, 2031\n",
         ["BOARD OF DIRECTORS MEETING"]),
        ("REVISED\n3/14/31\nAGENDA \u2013 March 19, 2031\n1. Call to Order.\n", ["AGENDA \u2013 March 19, 2031"]),
        ("Eastvale School District     Ann Ash, President\nRegular Meeting of the Board of Education     Bo Birch\n"
         "Board of Education Agenda\n", ["Regular Meeting of the Board of Education     Bo Birch",
                                         "Board of Education Agenda"]),
        # near misses: an item naming earlier minutes, a sentence about the meeting
        ("1. Approval of the Minutes of the Regular Meeting\nThe meeting was called to order at 5 p.m.\n", []),
    ],
)
def test_meeting_heading_lines(text: str, lines: list[str]) -> None:
    assert [text[a:b] for a, b in meeting_heading_lines(text)] == lines


def test_minutes_heading_below_a_note_gives_kind_and_meeting_date() -> None:
    """A note printed above the minutes' heading ("Before the meeting Cllr X welcomed ... on Friday 9th
    January") leaves the kind and the meeting date to the heading in capitals below it; near miss: an
    agenda's numbered item "3. Minutes of the meeting held on ..." makes no minutes."""
    from minutes_parser import parse_text

    note = (
        "Before the meeting Cllr Stuart welcomed the officer from the barracks, who gave a brief account of the\n"
        "scare which occurred during the first weekend of January. A meeting between the councils to encourage\n"
        "activity on the recently agreed covenant took place on Friday 9th January. The provision of a trail was\n"
        "discussed where people could use part of the base property without challenge. Those who wished could\n"
        "park in the gardens to access the facility. It was expected that the council would take the lead.\n"
    ) * 2
    doc = parse_text(
        note + "MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD IN THE VILLAGE\n"
        "HALL, SOUTH CERNEY ON WEDNESDAY 14TH JANUARY 2015\nPresent: Chairman M. Stuart\n"
    )
    assert doc.kind.value == "minutes"
    assert str(doc.meeting_date) == "2015-01-14"
    agenda = parse_text(
        "AGENDA\nParish Council meeting, 14 January 2015\n3. Minutes of the meeting held on 10 December\n"
    )
    assert agenda.kind.value == "agenda"


def test_a_drafts_notice_is_neither_title_nor_meeting_date() -> None:
    """"DRAFT ONLY – THESE MINUTES WILL NOT BE CONSIDERED APPROVED UNTIL" / "TUESDAY, 5 September 2017" above
    the heading: the title and the meeting's date are the heading's; an agenda's "Approval of minutes from 4 July
    2017 meeting" names an earlier meeting.  Near miss: a period's end ("will close from 4 May until the end of
    July") is no deadline."""
    from minutes_parser import parse_text

    doc = parse_text(
        "DRAFT ONLY \u2013 THESE MINUTES WILL NOT BE CONSIDERED APPROVED UNTIL\nTUESDAY, 5 September 2017\n"
        "LEUCHARS COMMUNITY COUNCIL\nCommunity Centre, Leuchars, 1 August 2017\nPresent: Steve Simpson (Chair)\n"
        "1. Chairs opening remarks:\nSS welcomed everyone to the meeting.\n"
    )
    assert (doc.kind.value, doc.title, str(doc.meeting_date)) == ("minutes", "Leuchars Community Council", "2017-08-01")
    agenda = parse_text(
        "LEUCHARS COMMUNITY COUNCIL\nTuesday, 1 August 2017 at 7.00pm in Leuchars Community Centre\n"
        "1. Chair\u2019s Opening Remarks\n2. Apologies\n3. Approval of minutes from 4 July 2017 meeting\n"
        "4. Correspondence\n5. Any Other Business\n"
    )
    assert (agenda.kind.value, str(agenda.meeting_date)) == ("agenda", "2017-08-01")
    # a packet: the agenda's heading dates the meeting; the previous minutes' item and an enclosed staff report's
    # "Meeting Date:" name other meetings (near miss: a meeting date labelled in the head is the meeting's)
    packet = parse_text(
        "PARK DISTRICT BOARD OF DIRECTORS\nREGULAR MEETING Agenda for February 10, 2031 The regular meeting will "
        "be held in person.\n6. Approval Of The Minutes From The Regular Board Meeting \u2013 January 21, 2031.\n"
        + "The consent calendar is routine.\n" * 40
        + "STAFF REPORT\nMeeting Date: January 21st, 2031\n"
    )
    assert str(packet.meeting_date) == "2031-02-10"
    labelled = parse_text("STAFF REPORT\nMeeting Date: January 21st, 2031\nReport date: 3 January 2031\n")
    assert str(labelled.meeting_date) == "2031-01-21"
    closing = parse_text("Minutes\nThe play area will close from 4 May 2026 until the\nend of July 2026.\n")
    assert [d.role for d in closing.dates if d.text.endswith("July 2026")] == [None]


def test_minutes_with_no_heading_carry_the_authoritys_line_as_title() -> None:
    """"May 14, 2013" / "Village of Rapids City" / "Rock Island County, Illinois" over the minutes' first sentence:
    the village's line is the title; near miss: a heading that names the meeting keeps it."""
    from minutes_parser import parse_text

    doc = parse_text(
        "May 14, 2013\nVillage of Elm\nRock Island County, Illinois\nThis Regular Board meeting was called to order "
        "by President Ash at 7:00 p.m.\nROLL CALL: Present - Birch, Cedar.\n"
    )
    assert (doc.kind.value, doc.title) == ("minutes", "Village of Elm")
    headed = parse_text("Village of Elm\nMinutes of the Regular Board Meeting held on May 14, 2013\nPresent: Ash\n")
    assert headed.title != "Village of Elm"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # links to the page in other languages above the heading are no part of the title
        (
            "Para traducción al español HAGA CLIC AQUÍ\nPara tradução em português CLIQUE AQUI\n"
            "Memodiksyon Kreyòl Ayisyen KLIKE ISIT\n\u0629\u0645\u062c\u0631\u062a\u0644\u0644 \u0647\u0646\n"
            "The Tenth Regular Meeting of the Elmwood School Committee\nMonday, May 4, 2031\nAGENDA\n"
            "1. Call to order\n",
            "The Tenth Regular Meeting of the Elmwood School Committee",
        ),
        # near miss: an English line with "Click here" is kept where it is the heading's line
        (
            "Elmwood School Committee Agenda - Click Here for Zoom\nMonday, May 4, 2031\n1. Call to order\n",
            "Elmwood School Committee Agenda - Click Here for Zoom",
        ),
    ],
)
def test_translation_links_are_no_title(text: str, title: str) -> None:
    from minutes_parser import parse_text

    assert parse_text(text).title == title
