"""People: tables of small invented cases per pattern family, positives and negatives side by side."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import EXAMPLES
from minutes_parser import sources, structure
from minutes_parser.extract.context import Context
from minutes_parser.extract.people import extract_people, extract_role_mentions
from minutes_parser.records import Attendance, Person, PersonKind, RoleMention
from minutes_parser.settings import Settings
from minutes_parser.text import normalise_space


def _ctx(text: str, **settings: object) -> Context:
    src = sources.read_text(text)
    return Context(source=src, settings=Settings.resolve(dict(settings)), structure=structure.analyse(src))


def people(text: str, **settings: object) -> tuple[Person, ...]:
    return tuple(extract_people(_ctx(text, **settings)))


def by_name(found: tuple[Person, ...]) -> dict[str, Person]:
    return {p.name: p for p in found}


def roles(text: str) -> tuple[tuple[Person, ...], tuple[RoleMention, ...]]:
    ctx = _ctx(text)
    found = tuple(extract_people(ctx))
    return found, tuple(extract_role_mentions(ctx, found))


# --------------------------------------------------------------- honorific + name + role

HONORIFIC_CASES = [
    # text, name, honorifics, role, kind
    (
        "Cllr Shaista Aziz, Cabinet Member for Leisure and Parks, introduced the report.",
        "Shaista Aziz",
        ("Cllr",),
        "Cabinet Member for Leisure and Parks",
        PersonKind.COUNCILLOR,
    ),
    (
        "Councillor Dr Pat Smowton, Scrutiny Committee Chair\n",
        "Pat Smowton",
        ("Councillor", "Dr"),
        "Scrutiny Committee Chair",
        PersonKind.COUNCILLOR,
    ),
    (
        "The report was presented by Mr R W Gough (Leader of the Council).",
        "R W Gough",
        ("Mr",),
        "Leader of the Council",
        PersonKind.COUNCILLOR,
    ),
    (
        "Councillor Ciara O'Neill asked a question about potholes.",
        "Ciara O'Neill",
        ("Councillor",),
        None,
        PersonKind.COUNCILLOR,
    ),
    (
        "Mrs Anne Jones-Baker (Director of Adult Social Care) answered.",
        "Anne Jones-Baker",
        ("Mrs",),
        "Director of Adult Social Care",
        PersonKind.OFFICER,
    ),
    ("Mayor Dave Yemm opened the meeting.", "Dave Yemm", ("Mayor",), "Mayor", PersonKind.COUNCILLOR),
    # an honorific ending in a role word is still the honorific, not a role
    ("Council Member Delgado led the pledge.", "Delgado", ("Council Member",), "Council Member", PersonKind.COUNCILLOR),
    # two appositives in one sentence: a role after the first name's comma is not "and the Chair ..."
    (
        "The Leader of the Council, Cllr Dan Ferris, and the Chair of the Audit and\nGovernance Committee, "
        "Cllr Imran Yusuf, were consulted.",
        "Dan Ferris",
        ("Cllr",),
        "Leader of the Council",
        PersonKind.COUNCILLOR,
    ),
    (
        "The Leader of the Council, Cllr Dan Ferris, and the Chair of the Audit and\nGovernance Committee, "
        "Cllr Imran Yusuf, were consulted.",
        "Imran Yusuf",
        ("Cllr",),
        "Chair of the Audit and Governance Committee",
        PersonKind.COUNCILLOR,
    ),
    (
        "Ms. T. Knox, Meetings Administrator, read the minutes.",
        "T. Knox",
        ("Ms",),
        "Meetings Administrator",
        PersonKind.OFFICER,
    ),
    # a sentence's stop after the surname at a line's end is no part of the name; near miss: an initial's
    # stop stays ("Mr R." over "Lehmann" reads "R. Lehmann")
    ("Minutes\nPresentation from Cllr Ciara Smith.\nNext item.\n", "Ciara Smith", ("Cllr",), None,
     PersonKind.COUNCILLOR),
    ("Minutes\nPresent: Cllr Ann Ash, Mr R.\nLehmann\n", "R. Lehmann", ("Mr",), None, PersonKind.COUNCILLOR),
    # ... and inside a line: a sentence ends after "Shannon." and the next one's words are no part of the
    # name; near miss: a given name short enough to be abbreviated keeps its stop ("Wm. Smith")
    ("Cllr Terry Shannon. Then Laura Smith thanked them.", "Terry Shannon", ("Cllr",), None, PersonKind.COUNCILLOR),
    ("Councillor Wm. Smith spoke.", "Wm. Smith", ("Councillor",), None, PersonKind.COUNCILLOR),
]


@pytest.mark.parametrize(("text", "name", "hons", "role", "kind"), HONORIFIC_CASES)
def test_honorific_name_role(text: str, name: str, hons: tuple[str, ...], role: str | None, kind: PersonKind) -> None:
    found = by_name(people(text))
    assert name in found, found.keys()
    p = found[name]
    assert p.honorifics == hons
    assert p.role == role
    assert p.kind is kind


# ----------------------------------------------------------------- name + role, no honorific

NAME_ROLE_CASES = [
    (
        "Marie-Ann Jackson, Head of the Stronger Communities Programme confirmed the plan.",
        "Marie-Ann Jackson",
        "Head of the Stronger Communities Programme",
        PersonKind.OFFICER,
    ),
    (
        "We thank Ian Brooke, Head of Community Services, and the team.",
        "Ian Brooke",
        "Head of Community Services",
        PersonKind.OFFICER,
    ),
    (
        "John Betts (Interim Corporate Director Finance) attended.",
        "John Betts",
        "Interim Corporate Director Finance",
        PersonKind.OFFICER,
    ),
    (
        "The Leader wrote to the Minister of State for Care, Stephen Kinnock, about it.",
        "Stephen Kinnock",
        "Minister of State for Care",
        PersonKind.OTHER,
    ),
    # a role before a bare name in running text (US minutes)
    (
        "Emergency Management Director Carla Haynes presented the plan.",
        "Carla Haynes",
        "Emergency Management Director",
        PersonKind.OFFICER,
    ),
    (
        "The report was presented. Asset Planning Engineer Joel Kibble\nanswered questions.",
        "Joel Kibble",
        "Asset Planning Engineer",
        PersonKind.OFFICER,
    ),
    (
        "The bids were opened. Road Superintendent Wes McCoy, who attended, said so.",
        "Wes McCoy",
        "Road Superintendent",
        PersonKind.OFFICER,
    ),
    # an officer's post is the council's whatever it is of; a chair of an outside body is not
    (
        "We thank Ian Brooke, Director of Environment and Resident Services, for the work.",
        "Ian Brooke",
        "Director of Environment and Resident Services",
        PersonKind.OFFICER,
    ),
    (
        "Ian Fern, Chairman of the Community Council, spoke.",
        "Ian Fern",
        "Chairman of the Community Council",
        PersonKind.OTHER,
    ),
    # a role broken over two lines carries on when the second line names a service ...
    (
        "From: Jane Holt, Cabinet Member for Integrated\nChildren\u2019s Services\nTo: Cabinet - 3 May 2031",
        "Jane Holt",
        "Cabinet Member for Integrated Children\u2019s Services",
        PersonKind.COUNCILLOR,
    ),
    (
        "Report author:\nPaul Dene\nAssistant Director Healthy\nLiving Service \u2013 For Older People\n01234 567890",
        "Paul Dene",
        "Assistant Director Healthy Living Service \u2013 For Older People",
        PersonKind.OFFICER,
    ),
    # ... but not into a name, a second role or a label on the next line
    (
        "Report author:\nPaul Dene\nAssistant Director Healthy Living\nAlwyn Quarrie\nLead Directors",
        "Paul Dene",
        "Assistant Director Healthy Living",
        PersonKind.OFFICER,
    ),
    (
        "From: Jane Holt, Cabinet Member for Finance\nCorporate Director Finance, Ian Tovey\nTo: Cabinet",
        "Jane Holt",
        "Cabinet Member for Finance",
        PersonKind.COUNCILLOR,
    ),
]


@pytest.mark.parametrize(("text", "name", "role", "kind"), NAME_ROLE_CASES)
def test_name_then_role(text: str, name: str, role: str, kind: PersonKind) -> None:
    found = by_name(people(text))
    assert name in found, found.keys()
    assert found[name].role == role
    assert found[name].kind is kind


# ------------------------------------------------------------------------ attendance lists

LIST_CASES = [
    # text, {name: (attendance, kind, role)}
    (
        # two officers a line each, "Hon Name, Role": each keeps their own role (near miss: one line with two
        # honorific names, "Ms. A. Pell, Ms. D. Black", is a list of names across the line)
        "Present: Mayor A. Ash, Councillors B. Birch, C. Cedar\n"
        "Staff: Ms. A. Pell, Chief Administrative Officer\nMs. D. Black, Council Committee Coordinator\n"
        "Regrets: Ms. E. Fenn, Mr. G. Gray\n1. CALL TO ORDER\n",
        {
            "A. Ash": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Mayor"),
            "B. Birch": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "C. Cedar": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "A. Pell": (Attendance.IN_ATTENDANCE, PersonKind.OFFICER, "Chief Administrative Officer"),
            "D. Black": (Attendance.IN_ATTENDANCE, PersonKind.OFFICER, "Council Committee Coordinator"),
            "E. Fenn": (Attendance.APOLOGIES, PersonKind.COUNCILLOR, None),
            "G. Gray": (Attendance.APOLOGIES, PersonKind.COUNCILLOR, None),
        },
    ),
    (
        "PRESENT: Mr R W Gough (Chairman), Mrs S Chandler, Mr R C Love, OBE and Mr D Jeffrey\n"
        "IN ATTENDANCE: Mr J Cook (Democratic Services Manager) and Ms C Head (Head of Finance)\n"
        "UNRESTRICTED ITEMS\n",
        {
            "R W Gough": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Chairman"),
            "S Chandler": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "R C Love": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "D Jeffrey": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "J Cook": (Attendance.IN_ATTENDANCE, PersonKind.OFFICER, "Democratic Services Manager"),
            "C Head": (Attendance.IN_ATTENDANCE, PersonKind.OFFICER, "Head of Finance"),
        },
    ),
    (
        "MEMBERS PRESENT:\nCouncillors Keary, McMahon, O'Brien and Sheahan.\n",
        {
            "Keary": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "McMahon": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "O'Brien": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "Sheahan": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
        },
    ),
    (
        "OFFICIALS IN ATTENDANCE:\nHead of Finance, Motor Tax and ICT (Mr. T. Gilligan), Meetings\n"
        "Administrator (Ms. T. Knox), Staff Officer (Ms. Karen Butler).\n",
        {
            "T. Gilligan": (Attendance.IN_ATTENDANCE, PersonKind.OFFICER, "Head of Finance, Motor Tax and ICT"),
            "T. Knox": (Attendance.IN_ATTENDANCE, PersonKind.OFFICER, "Meetings Administrator"),
            "Karen Butler": (Attendance.IN_ATTENDANCE, PersonKind.OFFICER, "Staff Officer"),
        },
    ),
    (
        "Present: Mayor Tom Piper and Councillors Shelly Foote and James Scott.\n"
        "Staff: Fire Chief Will Bateman; Land Planning and Technology Administrator John-Paul\n"
        "Negrinotti and Deputy Clerk Kim Turnbull.\n",
        {
            "Tom Piper": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Mayor"),
            "Shelly Foote": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "James Scott": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "Will Bateman": (Attendance.IN_ATTENDANCE, PersonKind.OFFICER, "Fire Chief"),
            "John-Paul Negrinotti": (
                Attendance.IN_ATTENDANCE,
                PersonKind.OFFICER,
                "Land Planning and Technology Administrator",
            ),
            "Kim Turnbull": (Attendance.IN_ATTENDANCE, PersonKind.OFFICER, "Deputy Clerk"),
        },
    ),
    (
        "Present\nCouncillors D Richardson (Chair), P Moran and M Armstrong\nClerk Mrs J Todd\n"
        "Apologies - Councillor R Healey\n",
        {
            "D Richardson": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Chair"),
            "P Moran": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "M Armstrong": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "J Todd": (Attendance.PRESENT, PersonKind.OFFICER, "Clerk"),
            "R Healey": (Attendance.APOLOGIES, PersonKind.COUNCILLOR, None),
        },
    ),
    (
        "Apologies were received from Mrs C Bell and Mr Wright.\n",
        {
            "C Bell": (Attendance.APOLOGIES, PersonKind.COUNCILLOR, None),
            "Wright": (Attendance.APOLOGIES, PersonKind.COUNCILLOR, None),
        },
    ),
    (
        "IN ATTENDANCE VIRTUALLY: Dr M Gogarty (Interim Strategic Lead for Public Health)\nITEMS\n",
        {"M Gogarty": (Attendance.REMOTE, PersonKind.OFFICER, "Interim Strategic Lead for Public Health")},
    ),
]


LIST_CASES += [
    (
        # a short position in lower case in brackets is the role as printed; near miss: a note in brackets
        "Present: Councillors Charlotte Tilsley (chair), Fiona Bevan (left at 8pm), Jenny Knight\n",
        {
            "Charlotte Tilsley": (Attendance.PRESENT, PersonKind.COUNCILLOR, "chair"),
            "Fiona Bevan": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "Jenny Knight": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
        },
    ),
    (
        # bare names after a bare name are trusted even without a known given name
        "PRESENT: Oriel Quant (Chair), Paul Bartlett (Vice-Chair), Tamsin Oake and Ivo Brandt\n",
        {
            "Oriel Quant": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Chair"),
            "Paul Bartlett": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Vice-Chair"),
            "Tamsin Oake": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "Ivo Brandt": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
        },
    ),
    (
        # one person a line, the department after the role
        "In Attendance:\nMs. Jane Doyle, Director of Service\nMr. Pat Quinn, Staff Officer, Housing\n"
        "Ms. Una Burke, Clerical Officer\n",
        {
            "Jane Doyle": (Attendance.IN_ATTENDANCE, PersonKind.OFFICER, "Director of Service"),
            "Pat Quinn": (Attendance.IN_ATTENDANCE, PersonKind.OFFICER, "Staff Officer, Housing"),
            "Una Burke": (Attendance.IN_ATTENDANCE, PersonKind.OFFICER, "Clerical Officer"),
        },
    ),
    (
        # a blank line inside an entry (markdown conversions) does not end the list
        "OFFICIALS IN ATTENDANCE:\n\nDirector, Housing (Ms. C. Curley), Head of Finance, Motor Tax\n\n"
        "and ICT (Mr. T. Gilligan).\n",
        {
            "C. Curley": (Attendance.IN_ATTENDANCE, PersonKind.OFFICER, "Director, Housing"),
            "T. Gilligan": (Attendance.IN_ATTENDANCE, PersonKind.OFFICER, "Head of Finance, Motor Tax and ICT"),
        },
    ),
    (
        # a qualified opener, and a member listed among officers keeps the member's honorific
        "In Attendance: An Cathaoirleach, Cllr. Ena Keary\nSPC Members Present: Cllr. Tom Ruddle\n",
        {
            "Ena Keary": (Attendance.IN_ATTENDANCE, PersonKind.COUNCILLOR, "An Cathaoirleach"),
            "Tom Ruddle": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
        },
    ),
]


LIST_CASES += [
    (
        # US and Australian forms: roll call, title honorifics, "Council Members"/"Crs" distributing
        "ROLL CALL: Mayor Ann Brock, Vice Mayor Tod Lyle, Council Members Kay Rees and Lou Dunn.\n"
        "Present: Cr J Smith (Deputy Mayor), Crs Brown and Green.\n",
        {
            "Ann Brock": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Mayor"),
            "Tod Lyle": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Vice Mayor"),
            "Kay Rees": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Council Member"),
            "Lou Dunn": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Council Member"),
            "J Smith": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Deputy Mayor"),
            "Brown": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "Green": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
        },
    ),
]


LIST_CASES += [
    (
        # Scottish "Sederunt", a role after the title, surname particles
        "Sederunt: Provost Ann Moyes, Convener; Bailie Rob Kerr; Councillors Isla Gow and Jan van der Berg.\n",
        {
            "Ann Moyes": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Convener"),
            "Rob Kerr": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Bailie"),
            "Isla Gow": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "Jan van der Berg": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
        },
    ),
    (
        # Welsh layout: "Councillors:" heading its names, three initials, officers as "Name, Role;" lines,
        # a role holding "and"; the venue line after the blank line is not a department
        "PRESENT: Councillor D.W. Price (Chair);\n\nCouncillors:\nH.A.L. Evans, P.M. Hughes and\nJ. Tremlett;\n\n"
        "The following Officers were in attendance:\nW. Walker, Chief Executive;\n"
        "L.R. Jones, Head of Administration and Law;\nM. Evans Thomas, Democratic Services Officer;\n\n"
        "Chamber, County Hall - 10.00 am\n",
        {
            "D.W. Price": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Chair"),
            "H.A.L. Evans": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "P.M. Hughes": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "J. Tremlett": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "W. Walker": (Attendance.IN_ATTENDANCE, PersonKind.OFFICER, "Chief Executive"),
            "L.R. Jones": (Attendance.IN_ATTENDANCE, PersonKind.OFFICER, "Head of Administration and Law"),
            "M. Evans Thomas": (Attendance.IN_ATTENDANCE, PersonKind.OFFICER, "Democratic Services Officer"),
        },
    ),
    (
        # Canadian and US titles: Warden, Deputy Reeve, Mayor Pro Tem; "Attorney" heads a role;
        # a warden who is staff ("Dog Warden") stays an officer
        "Members Present: Warden Jo Harkin, Deputy Reeve Sue Tremblay, Mayor Pro Tem Dan Whitaker\n"
        "Staff: City Attorney Jen Nakamura, Dog Warden Ian Pike\n",
        {
            "Jo Harkin": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Warden"),
            "Sue Tremblay": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Deputy Reeve"),
            "Dan Whitaker": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Mayor Pro Tem"),
            "Jen Nakamura": (Attendance.IN_ATTENDANCE, PersonKind.OFFICER, "City Attorney"),
            "Ian Pike": (Attendance.IN_ATTENDANCE, PersonKind.OFFICER, "Dog Warden"),
        },
    ),
]


LIST_CASES += [
    (
        # one person a line as "Name, Role" (a bracketed note after the role) ...
        "Staff Present:\nHeather Lindqvist, CAO/Clerk\nPaul Ferreira, Treasurer\n"
        "Amanda Joyce, Deputy Clerk (Recording Secretary)\n1. Call to Order\n",
        {
            "Heather Lindqvist": (Attendance.IN_ATTENDANCE, PersonKind.OFFICER, "CAO/Clerk"),
            "Paul Ferreira": (Attendance.IN_ATTENDANCE, PersonKind.OFFICER, "Treasurer"),
            "Amanda Joyce": (Attendance.IN_ATTENDANCE, PersonKind.OFFICER, "Deputy Clerk"),
        },
    ),
    (
        # ... or as "Role - Name", a role holding "and"; the line after the run is nobody
        "IN ATTENDANCE:\nChief Executive Officer - Mr Peter Lucas\nDirector Corporate and Community - Ms Rhea Kumar\n"
        "Governance Coordinator - Ms Leanne Fitch (Minute Taker)\nGALLERY: 6 members of the public\n",
        {
            "Peter Lucas": (Attendance.IN_ATTENDANCE, PersonKind.OFFICER, "Chief Executive Officer"),
            "Rhea Kumar": (Attendance.IN_ATTENDANCE, PersonKind.OFFICER, "Director Corporate and Community"),
            "Leanne Fitch": (Attendance.IN_ATTENDANCE, PersonKind.OFFICER, "Governance Coordinator"),
        },
    ),
    (
        # a name broken over a line in an indented column stays whole in its entry
        "PRESENT:   Mayor Phil Carr (Chair), Cr Mere\n           Hohaia, Cr Jan van der Berg\n",
        {
            # the Mayor chairing: the office is the position (as the readers of Hastings and Whangarei gave it)
            "Phil Carr": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Mayor"),
            "Mere Hohaia": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "Jan van der Berg": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
        },
    ),
    (
        # a run of "Name, Role" lines after a comma list of members: each line is one officer, the role
        # after its comma his own, not the next line's name's; the members' plural ends with its entries
        "In Attendance:\nCouncillors: Ada Brum, Ned Pell, Ivo Tarn\nDora Quest, Chief Executive\n"
        "Milo Ferris, Director of Services\nLena Hobb, Senior Planner\n\n1. Minutes\n",
        {
            "Ada Brum": (Attendance.IN_ATTENDANCE, PersonKind.COUNCILLOR, None),
            "Ned Pell": (Attendance.IN_ATTENDANCE, PersonKind.COUNCILLOR, None),
            "Ivo Tarn": (Attendance.IN_ATTENDANCE, PersonKind.COUNCILLOR, None),
            "Dora Quest": (Attendance.IN_ATTENDANCE, PersonKind.OFFICER, "Chief Executive"),
            "Milo Ferris": (Attendance.IN_ATTENDANCE, PersonKind.OFFICER, "Director of Services"),
            "Lena Hobb": (Attendance.IN_ATTENDANCE, PersonKind.OFFICER, "Senior Planner"),
        },
    ),
    (
        # near miss: members' own offices on such lines ("John Tarn, Chair") keep them members
        "Present:\nCouncillors: Ada Brum, Ned Pell,\nJohn Tarn, Chair\nMary Quest, Vice Chair\n\n1. Minutes\n",
        {
            "Ada Brum": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "Ned Pell": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "John Tarn": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Chair"),
            "Mary Quest": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Vice Chair"),
        },
    ),
]


LIST_CASES += [
    (
        # "In the Chair:" gives the chair's role over a title; a title heads the others
        "In the Chair:      Alderman S Reid\nPresent:           Aldermen J Boyd and M Campbell\n",
        {
            "S Reid": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Chair"),
            "J Boyd": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Alderman"),
            "M Campbell": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Alderman"),
        },
    ),
    (
        # a role entry before the name it belongs to: "the Mayor, Councillor N Kelly,"
        "Apologies were received from the Mayor, Councillor N Kelly, and Councillor F Burns.\n",
        {
            "N Kelly": (Attendance.APOLOGIES, PersonKind.COUNCILLOR, "Mayor"),
            "F Burns": (Attendance.APOLOGIES, PersonKind.COUNCILLOR, None),
        },
    ),
    (
        # "Esq." after a name is no sentence end: the list goes on to the next line ...
        "ALSO PRESENT:\nTown Attorney Steven Marchetti, Esq.\nCode Enforcement Officer Nate Rubio\n"
        "3 members of the public\n",
        {
            "Steven Marchetti": (Attendance.ALSO_PRESENT, PersonKind.OFFICER, "Town Attorney"),
            "Nate Rubio": (Attendance.ALSO_PRESENT, PersonKind.OFFICER, "Code Enforcement Officer"),
        },
    ),
    (
        # ... but a sentence's full stop still ends it
        "ALSO PRESENT: Town Attorney Steven Marchetti.\nCode Enforcement was discussed next.\n",
        {"Steven Marchetti": (Attendance.ALSO_PRESENT, PersonKind.OFFICER, "Town Attorney")},
    ),
]


LIST_CASES += [
    (
        # a plural role in brackets after two names joined by "and" is the role of both, not of the
        # name before the comma; appointed members who are not elected are not councillors
        "Sederunt: Councillor Ian Gow, Ms Ann Day and Rev Tom Kerr (Religious\nRepresentatives).\n",
        {
            "Ian Gow": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "Ann Day": (Attendance.PRESENT, PersonKind.OTHER, "Religious Representative"),
            "Tom Kerr": (Attendance.PRESENT, PersonKind.OTHER, "Religious Representative"),
        },
    ),
]


LIST_CASES += [
    (
        # a bulleted list under "Present" alone on its line, "Name — Role" a line; the body's own
        # office-bearers (Secretary, Treasurer) listed among its members stay members
        "Held at the Village Hall.\nPresent\n* Tamsin Rowe — Chair\n* Peter Ulm — Treasurer\n* Alice Carr\n"
        "* Cllr J Anders\n\n1. Apologies\n",
        {
            "Tamsin Rowe": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Chair"),
            "Peter Ulm": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Treasurer"),
            "Alice Carr": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "J Anders": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
        },
    ),
    (
        # the same with hyphen bullets and a comma: the bullets never join the entries into one role
        "Present:\n- Alan Brodie\n- Petra Ingle, Treasurer\n- Cllr J Anders\n\n1. Apologies\n",
        {
            "Alan Brodie": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "Petra Ingle": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Treasurer"),
            "J Anders": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
        },
    ),
    (
        # "Members of the Public Present" ends the members' list and opens a list of others
        "Present\n- Tara Smith — Secretary\n- Tom Fowler\nMembers of the Public Present\n- Roger Pole\n",
        {
            "Tara Smith": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Secretary"),
            "Tom Fowler": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "Roger Pole": (Attendance.ALSO_PRESENT, PersonKind.OTHER, None),
        },
    ),
    (
        # near miss: a Clerk in the members' list is still the council's officer
        "Present: Alan Brodie – Chair, Petra Ingle – Clerk, Alice Carr\n\n1. Apologies\n",
        {
            "Alan Brodie": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Chair"),
            "Petra Ingle": (Attendance.PRESENT, PersonKind.OFFICER, "Clerk"),
            "Alice Carr": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
        },
    ),
    (
        # names each followed by their initials (the action column's tags), two to a line; a body's initials in
        # brackets are the affiliation printed in place of a position, copied as the role (as the readers do)
        "Minutes of the meeting\nPresent: Alan Brodie AB Petra Ingle PI\nMorag Hall (SBC) MH Tom Dent TD\n"
        "The meeting was chaired by Tom Dent.\n",
        {
            "Alan Brodie": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "Petra Ingle": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "Morag Hall": (Attendance.PRESENT, PersonKind.COUNCILLOR, "SBC"),
            "Tom Dent": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
        },
    ),
    # a table printed one cell a line under its column headings: each name takes its row's role cell (an
    # affiliation copied as printed) and its mark; near miss: a name column with no role column beside it
    pytest.param(
        "MEMBERSHIP ATTENDANCE LOG\nNAME SURNAME\nRepresentative Body\nIn Attendance Yes/No\nCliona Barnes\n"
        "Elm Business Association\nY\nCllr Dan Boyle\nElm City Council\nY\nDavid Lane\nHSE\nN\n",
        {
            "Cliona Barnes": (Attendance.PRESENT, PersonKind.OTHER, "Elm Business Association"),
            "Dan Boyle": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Elm City Council"),
            "David Lane": (None, PersonKind.OTHER, "HSE"),
        },
        id="cell-per-line-roster",
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a name's initials in brackets are a tag, not a role or an organisation (the position after the
        # tag is the role) ...
        ("Minutes\nPresent: Members of the Public:\nNick Oakley (NO) [Chair]\n", "Nick Oakley", "Chair"),
        ("Peter Dane (PD) will write to the owner.\n", "Peter Dane", None),
        # ... but other capitals in brackets still are
        ("Peter Dane (CEO) will write to the owner.\n", "Peter Dane", "CEO"),
    ],
)
def test_initials_tag_is_no_role(text: str, name: str, role: str | None) -> None:
    p = by_name(people(text))[name]
    assert p.role == role
    assert p.organisation != "NO"


ROLE_BOUNDARY_CASES = [
    # text, name, role: a role stops where the next person and their role start ...
    (
        "The report was presented by Karen Vale, Assistant City Manager and Rosa Lint, Community Services "
        "Supervisor.\n",
        "Karen Vale",
        "Assistant City Manager",
    ),
    ("Signed: Paula Verde, President      Kent Kern, Executive Secretary\n", "Paula Verde", "President"),
    ("Signed: Paula Verde, President Kent Kern, Executive Secretary\n", "Paula Verde", "President"),
    # ... but not at a department or area after the role, nor at a single space between role words
    (
        "Joan Bright, Assistant Director, Adult Services, North Area, spoke.\n",
        "Joan Bright",
        "Assistant Director, Adult Services, North Area",
    ),
    (
        "Karen Vale, Head of Planning and Building Control, spoke.\n",
        "Karen Vale",
        "Head of Planning and Building Control",
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), ROLE_BOUNDARY_CASES)
def test_role_stops_at_next_holder(text: str, name: str, role: str) -> None:
    assert by_name(people(text))[name].role == role


OFFICIALS = (
    "Minutes of the Monthly Meeting\nOfficials:\nMs. E. Ruane Director of Services, Mr. D Troy A/Senior\n"
    "Engineer, Ms. M. McGann Meetings Administrator.\n"
)
PLAIN_ROLE_CASES = [
    # text, name, role: a role printed after its name with no mark between, in a comma list ...
    (OFFICIALS, "E. Ruane", "Director of Services"),
    (OFFICIALS, "D Troy", "A/Senior Engineer"),  # not "Ruane Director of Services": "E." is an initial
    (OFFICIALS, "M. McGann", "Meetings Administrator"),  # not "D Troy A/Senior Engineer": "Mr." opens a name
    # ... near misses: a column's wide gap, no position after the name
    ("Board of Directors\nJohn Costa          Mather, California\nBoard Vice President\n", "John Costa", None),
    ("The clerk read the letter. Ms. Jane Ruane said the Director of Services agreed.\n", "Jane Ruane", None),
    # a roster's "Name, Role" line is its own entry, never the role of the name on the next line; near
    # miss: a role alone on the line above its name ("Town Clerk" / "Jo Ashdown") stays the name's
    ("Advisory Committee\nChris Jerdon, Chair\nRoan Katt, Vice Chair\nCarl Hage\n", "Carl Hage", None),
    ("Advisory Committee\nChris Jerdon, Chair\nRoan Katt, Vice Chair\nCarl Hage\n", "Roan Katt", "Vice Chair"),
    ("In attendance: Town Clerk\nJo Ashdown\n", "Jo Ashdown", "Town Clerk"),
    # a column cell's rest is its person's as printed ("Jeff Smyth, County Recorder" beside another column);
    # near miss: the same form on a line of its own may be an address, no role
    ("Also present:\nAnn Shawl, Chief Deputy Attorney      Jeff Smyth, County Recorder\nBo Moor, Deputy Attorney  "
     "        Kim Day, County Treasurer\n\n1. Minutes\n", "Jeff Smyth", "County Recorder"),
    ("Present:\nAnn Leeson, Elm Road\nTom Royle, Oak Lane\n\n1. Minutes\n", "Ann Leeson", None),
]


@pytest.mark.parametrize(("text", "name", "role"), PLAIN_ROLE_CASES)
def test_role_after_name_without_a_mark(text: str, name: str, role: str | None) -> None:
    assert by_name(people(text))[name].role == role


@pytest.mark.parametrize(
    ("role", "kind"),
    [
        ("Street Supervisor", PersonKind.OFFICER),
        ("Team Leader Development Control", PersonKind.OFFICER),
        ("Chief of Police", PersonKind.OFFICER),
        ("Council Member", PersonKind.COUNCILLOR),
        # near misses: a leader is still a member, an outside president still outside
        ("Leader of the Council", PersonKind.COUNCILLOR),
        ("President of the Rotary Club", PersonKind.OTHER),
        # the office or department a person works in is the council's staff; near misses: a firm, the post office
        ("Utah County Commission Office", PersonKind.OFFICER),
        ("Clerk/Auditor’s Office - Tax Admin.", PersonKind.OFFICER),
        ("Community Development Department", PersonKind.OFFICER),
        ("Fairways Media", None),
        ("Post Office", None),
    ],
)
def test_role_kinds(role: str, kind: PersonKind | None) -> None:
    from minutes_parser.extract.people.kinds import _role_kind

    assert _role_kind(role) is kind


def test_a_name_does_not_run_on_into_the_seat_printed_under_it() -> None:
    # a letterhead's sidebar: "Jane Kelly" (Kelly is also a given name, which lets a name wrap) over "Trustee"
    found = by_name(people("Board\nAnn Ash\nChair\nUgo Di Federico\nTrustee\nJane Kelly\nTrustee\nBo Birch\nTrustee\n"))
    assert {"Ann Ash", "Jane Kelly", "Bo Birch"} <= set(found)
    assert not any(name.endswith("Trustee") for name in found)
    # near miss: a name that wraps after a given name still joins its surname ("Mr Kelly" / "Brown")
    assert "Kelly Brown" in by_name(people("Apologies were received from Mr Kelly\nBrown and others.\n"))


def test_two_honorific_lines_of_several_people_stay_lists() -> None:
    # the near miss of the two-line "Hon Name, Role" case: lines that run several people on are split
    found = by_name(
        people(
            "Officers Present:\nMr Pat Gallagher, Chief Executive, Pat Murtagh, S.E.O., Sheila Healy,\n"
            "Ms Annette Barr, Mark Ahern and Andrew Slevin.\n\n"
        )
    )
    assert {"Pat Gallagher", "Pat Murtagh", "Sheila Healy", "Annette Barr", "Mark Ahern", "Andrew Slevin"} <= set(found)
    assert all(p.kind is PersonKind.OFFICER for p in found.values())


LIST_CASES += [
    (
        # a parish's members with their initials in brackets, the tag the minutes use for them later; a
        # councillor's seat after a tag in an officers' list; a sentence after the last entry
        "Minutes\nPresent: N Shaw (NS) (Chair); R. James (RJ); T. Hunt (TH)\n"
        "In Attendance: P. Stoddart (PS) Ward Councillor; K. Phillips (Clerk). No members of the public\npresent.\n"
        "1. Apologies for absence\nS. Knowles (SK); P. Wood (PDW) were not in attendance.\n2. Declarations\n",
        {
            "N Shaw": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Chair"),
            "R. James": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "T. Hunt": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "P. Stoddart": (Attendance.IN_ATTENDANCE, PersonKind.COUNCILLOR, "Ward Councillor"),
            "K. Phillips": (Attendance.IN_ATTENDANCE, PersonKind.OFFICER, "Clerk"),
            "S. Knowles": (Attendance.APOLOGIES, PersonKind.COUNCILLOR, None),
            "P. Wood": (Attendance.APOLOGIES, PersonKind.COUNCILLOR, None),
        },
    ),
    (
        # near misses: a bracket that is no initials tag of the name stays a role ("(CEO)"), and a role in a
        # bracket before the next name still parts two entries
        "Present: Ann Lee (CEO); D Richardson (Chair) R Healey\n",
        {
            "Ann Lee": (Attendance.PRESENT, PersonKind.OFFICER, "CEO"),
            "D Richardson": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Chair"),
            "R Healey": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
        },
    ),
]

LIST_CASES += [
    (
        # a table without rulings, its names run together with single blanks, a given name opening each
        "Minutes\nPresent: Alan Biddlecombe Brian Bird\nRobin Forrest Liz Hartley Gail Martin\n"
        "In Attendance: Clerk, Jenny Hollington\n",
        {
            "Alan Biddlecombe": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "Brian Bird": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "Robin Forrest": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "Liz Hartley": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "Gail Martin": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "Jenny Hollington": (Attendance.IN_ATTENDANCE, PersonKind.OFFICER, "Clerk"),
        },
    ),
    (
        # near misses: three words are one person; an odd count of words is no row of pairs
        "Minutes\nPresent: Mary Ann Smith, John Paul Jones\n",
        {
            "Mary Ann Smith": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "John Paul Jones": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
        },
    ),
    (
        # two columns run together: a title and a surname, then a given name and the staff's position;
        # "Present were:" opens the list
        "Minutes\nPresent were:\nCommissioner Bitter Denise Lyn (District Attorney)\n"
        "Commissioner MacRae Teresa Olds (District Staff)\nCommissioner Bitter called the meeting to order.\n",
        {
            "Bitter": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Commissioner"),
            "MacRae": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Commissioner"),
            "Denise Lyn": (Attendance.PRESENT, PersonKind.OFFICER, "District Attorney"),
            "Teresa Olds": (Attendance.PRESENT, PersonKind.OFFICER, "District Staff"),
        },
    ),
    (
        # one person a line, a position before the name and no separator; "Vice" never opens a surname
        "Minutes\nPresent: Chairman M. Stuart\nVice Chairman P. Nicholas\nMrs E. Chubb\nJ. Harris\n"
        "Cllr Stuart opened the meeting at 7.30pm.\n",
        {
            "M. Stuart": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Chairman"),
            "P. Nicholas": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Vice Chairman"),
            "E. Chubb": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "J. Harris": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
        },
    ),
    (
        # office-bearers' labels run together after the opener, colons between them; a slash joins two holders
        # of one post; "Messrs" gives "Mr" to each name after it; a double name broken after its hyphen
        "Minutes\nPresent: Chair: Mr B de Smid : Secretary: Mr G M Beat: Treasurer: Mr J Kinnear/ Ms R Mace\n"
        "Mrs R Dawson, Messrs D Myles ,N Sneddon\nIn Attendance: Councillor L Kennedy- Dalby , Councillor J Tepp\n"
        "1. Apologies\n",
        {
            "B de Smid": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Chair"),
            "G M Beat": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Secretary"),
            "J Kinnear": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Treasurer"),
            "R Mace": (Attendance.PRESENT, PersonKind.COUNCILLOR, "Treasurer"),
            "R Dawson": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "D Myles": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "N Sneddon": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "L Kennedy-Dalby": (Attendance.IN_ATTENDANCE, PersonKind.COUNCILLOR, None),
            "J Tepp": (Attendance.IN_ATTENDANCE, PersonKind.COUNCILLOR, None),
        },
    ),
    (
        # near misses: a position after a dash is no part of the name; words between two people share no post
        "Minutes\nPresent: Cllr Ann Ash- Chairman, Cllr Bo Birch\n"
        "In Attendance: Treasurer: Mr J Kinnear, and Ms R Mace\n1. Apologies\n",
        {
            "Ann Ash": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "Bo Birch": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "J Kinnear": (Attendance.IN_ATTENDANCE, PersonKind.OFFICER, "Treasurer"),
            "R Mace": (Attendance.IN_ATTENDANCE, PersonKind.OFFICER, None),
        },
    ),
    (
        # "Present -" under the roll call's label opens a list of surnames; a title and a surname in a list is a
        # person by title ("Clerk Price"), never a role wrapped over the next entry or the role of the one before
        "Minutes\nROLL CALL: Present - Corson, Eggers, Hemm, and Bird.\nAlso Present \u2013Clerk Price, Ryan Bump, "
        "Attorney Fuller, Sarah Ford.\nA quorum was established.\n",
        {
            "Corson": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "Eggers": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "Hemm": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "Bird": (Attendance.PRESENT, PersonKind.COUNCILLOR, None),
            "Price": (Attendance.ALSO_PRESENT, PersonKind.OFFICER, "Clerk"),
            "Ryan Bump": (Attendance.ALSO_PRESENT, PersonKind.OTHER, None),
            "Fuller": (Attendance.ALSO_PRESENT, PersonKind.OFFICER, "Attorney"),
            "Sarah Ford": (Attendance.ALSO_PRESENT, PersonKind.OTHER, None),
        },
    ),
    (
        # near miss: a position after a name and a comma is that person's ("Jo Ash, Clerk Designate")
        "Minutes\nAlso Present: Kim Lee, Jo Ash, Clerk Designate.\nA quorum was established.\n",
        {
            "Jo Ash": (Attendance.ALSO_PRESENT, PersonKind.OFFICER, "Clerk Designate"),
            "Kim Lee": (Attendance.ALSO_PRESENT, PersonKind.OTHER, None),
        },
    ),
    (
        # "Hon Name, Role" a line, the list running on into prose with no stop: each line keeps its own role
        # (a comma split would hand each role to the next line's name); "Reporter", "Chancellor" head roles
        "Minutes\nOTHERS PRESENT: Ms. Kristi Harpst, Administrator of the Commission\n"
        "Ms. Candice Leite, Staff to the Commission\nDr. Brian King, Chancellor\nMs. Candace Thomas, Court Reporter\n"
        "or AGAINST - must submit a form to speak and must be sworn in. Staff will present each case\n"
        "Audience members signed up to speak either FOR or AGAINST will be called.\n",
        {
            "Kristi Harpst": (Attendance.ALSO_PRESENT, PersonKind.OFFICER, "Administrator of the Commission"),
            "Candice Leite": (Attendance.ALSO_PRESENT, PersonKind.OFFICER, "Staff to the Commission"),
            "Brian King": (Attendance.ALSO_PRESENT, PersonKind.OTHER, "Chancellor"),
            "Candace Thomas": (Attendance.ALSO_PRESENT, PersonKind.OTHER, "Court Reporter"),
        },
    ),
    (
        # near miss: two honorific names on a line are a list across it, not "Name, Role"
        "Minutes\nOTHERS PRESENT: Ms. Kristi Harpst, Ms. Candice Leite\nMr. Brian King\n1. CALL TO ORDER\n",
        {
            "Kristi Harpst": (Attendance.ALSO_PRESENT, PersonKind.OTHER, None),
            "Candice Leite": (Attendance.ALSO_PRESENT, PersonKind.OTHER, None),
            "Brian King": (Attendance.ALSO_PRESENT, PersonKind.OTHER, None),
        },
    ),
    (
        # a list printed in two columns side by side, "Name, Role" a cell: each role its own cell's, never read
        # across the gap into the next column's name, a cell that names no post word ("Fairways Media") read
        # as printed; near miss: the minutes' first sentence below is no cell
        "MINUTES OF PUBLIC MEETING\nALSO PRESENT:\nDavid Shawl, Chief Deputy Attorney       Lana Jenks, County "
        "Personnel Director\nRobert Moor, County Deputy Attorney      Jeff Smyth, Fairways Media\n\n"
        "Commissioner Birch called the meeting to order at 9:11 A.M.\n",
        {
            "David Shawl": (Attendance.ALSO_PRESENT, PersonKind.OFFICER, "Chief Deputy Attorney"),
            "Lana Jenks": (Attendance.ALSO_PRESENT, PersonKind.OFFICER, "County Personnel Director"),
            "Robert Moor": (Attendance.ALSO_PRESENT, PersonKind.OFFICER, "County Deputy Attorney"),
            # (a cell with no post word is still its person's entry, the rest as printed)
            "Jeff Smyth": (Attendance.ALSO_PRESENT, PersonKind.OTHER, "Fairways Media"),
            "Birch": (None, PersonKind.COUNCILLOR, "Commissioner"),
        },
    ),
    (
        # "Name, role" lines with the position printed in lower case, a degree between name and role;
        # near misses: what follows the comma is no position, or longer than one ("member of the public")
        "Roll Call\nPresent:\nPaula Vance, president\nMichael Kerr, Ed.D., vice president\nZima Cole, clerk\n"
        "Pam Ross, member\nAbsent:\nSaul Hart, left at 8pm\nAlso present:\nDina Kahn, member of the public\n\n"
        "1. Minutes\n",
        {
            "Paula Vance": (Attendance.PRESENT, PersonKind.COUNCILLOR, "president"),
            "Michael Kerr": (Attendance.PRESENT, PersonKind.COUNCILLOR, "vice president"),
            "Zima Cole": (Attendance.PRESENT, PersonKind.OFFICER, "clerk"),
            "Pam Ross": (Attendance.PRESENT, PersonKind.COUNCILLOR, "member"),
            "Saul Hart": (Attendance.ABSENT, PersonKind.COUNCILLOR, None),
            "Dina Kahn": (Attendance.ALSO_PRESENT, PersonKind.OTHER, None),
        },
    ),
]


def test_two_labelled_names_on_a_letterhead_line_take_their_labels() -> None:
    found = by_name(people("SHEET PARISH COUNCIL\nCHAIRPERSON: Chris Wilton CLERK: Jenny Hollington\nMinutes\n"))
    assert (found["Chris Wilton"].role, found["Jenny Hollington"].role) == ("CHAIRPERSON", "CLERK")
    assert found["Jenny Hollington"].kind is PersonKind.OFFICER
    # near miss: a list's opener is no position, whatever follows it on the line
    plain = by_name(people("Minutes\nApologies: Kim Lee\n"))
    assert plain["Kim Lee"].role is None


@pytest.mark.parametrize(("text", "expected"), LIST_CASES)
def test_attendance_lists(text: str, expected: dict[str, tuple[Attendance, PersonKind, str | None]]) -> None:
    found = by_name(people(text))
    assert set(found) == set(expected)
    for name, (attendance, kind, role) in expected.items():
        p = found[name]
        assert (p.attendance, p.kind, p.role) == (attendance, kind, role), name


def test_plural_honorific_distributes() -> None:
    found = by_name(people("MEMBERS PRESENT:\nCouncillors Keary and Neville.\n"))
    assert found["Keary"].honorifics == ("Councillor",)
    assert found["Neville"].honorifics == ("Councillor",)


# ------------------------------------------------------------------------ contact blocks

CONTACT_CASES = [
    # Australian agenda items: "Role - Name" after the label
    (
        "Author: Senior Strategic Planner - Hayley Moss\nResponsible Officer: Director Assets\n",
        "Hayley Moss",
        "Senior Strategic Planner",
        None,
        None,
    ),
    ("Contact Officer: Lynn Aisbett\nDate: 4 April 2017\n", "Lynn Aisbett", "Contact Officer", None, None),
    # the next label's contact details belong to the next person, not this one
    (
        "Cabinet Member: Councillor Ann Dale, Cabinet Member for Parks\n"
        "Report author: Tom Heron, Parks Manager\ntom.heron@example.gov.uk, 01632 960 441\n",
        "Ann Dale",
        "Cabinet Member for Parks",
        None,
        None,
    ),
    (
        "Cabinet Member: Councillor Ann Dale, Cabinet Member for Parks\n"
        "Report author: Tom Heron, Parks Manager\ntom.heron@example.gov.uk, 01632 960 441\n",
        "Tom Heron",
        "Parks Manager",
        "01632 960 441",
        "tom.heron@example.gov.uk",
    ),
    # a signature: the name alone on its line, the role on the next, then a phone number
    (
        "Yours,\nBenjamin Walls\nGeneral Counsel\n03000 416000\n",
        "Benjamin Walls",
        "General Counsel",
        "03000 416000",
        None,
    ),
    (
        "Officers to contact\nJackie Mould, Head of Policy, Economy and Communities\n"
        "0116 305 8015 jackie.mould@example.gov.uk\nPART B\n",
        "Jackie Mould",
        "Head of Policy, Economy and Communities",
        "0116 305 8015",
        "jackie.mould@example.gov.uk",
    ),
    (
        "Report Author:\nNick Abrahams\nAssistant Director Education\nTelephone number\n03000 410058\n"
        "Email address\nnick.abrahams@example.gov.uk\n",
        "Nick Abrahams",
        "Assistant Director Education",
        "03000 410058",
        "nick.abrahams@example.gov.uk",
    ),
    (
        "From: Rory Love, Cabinet Member for Education and Skills\nTo: Cabinet\n",
        "Rory Love",
        "Cabinet Member for Education and Skills",
        None,
        None,
    ),
    # a Canadian report's closing block: a given name not on the list vouched for by the e-mail below it, a
    # surname by the telephone after it
    (
        "Report prepared by: Hyacinth Bouchard\nEmail: hyacinth.bouchard@example.ca\n",
        "Hyacinth Bouchard",
        None,
        None,
        "hyacinth.bouchard@example.ca",
    ),
    (
        "For Information contact: Mike Puusa, (647) 212-2941\nEmail: mike.puusa@example.ca\n",
        "Mike Puusa",
        None,
        None,
        "mike.puusa@example.ca",
    ),
]


def test_a_contact_label_over_a_team_names_no_one() -> None:
    # near miss: the e-mail below names no surname of the line's
    assert not people("Contact: Planning Team\nEmail: planning@example.org\n")


@pytest.mark.parametrize(("text", "name", "role", "phone", "email"), CONTACT_CASES)
def test_contact_blocks(text: str, name: str, role: str, phone: str | None, email: str | None) -> None:
    found = by_name(people(text))
    assert name in found, found.keys()
    p = found[name]
    assert (p.role, p.phone, p.email) == (role, phone, email)


def test_contact_block_kind() -> None:
    found = by_name(people("From: Rory Love, Cabinet Member for Education and Skills\nTo: Cabinet\n"))
    assert found["Rory Love"].kind is PersonKind.COUNCILLOR
    found = by_name(people("Contact Officer: Lynn Aisbett\n"))
    assert found["Lynn Aisbett"].kind is PersonKind.OFFICER


# ------------------------------------------------------------------- one person, many mentions

MERGE_CASES = [
    ("Cllr Shaista Aziz spoke. Later Cllr Aziz agreed.", "Shaista Aziz", 2),
    ("PRESENT: Mr R W Gough (Chairman)\n\nRoger Gough, Leader of the Council, said so.", "R W Gough", 2),
    ("Proposed by Councillor Galvin;\nSeconded by Councillor L. Galvin;", "L. Galvin", 2),
    ("Councillor Steve Kirkey and Councillor Stephen Kirkey.", "Stephen Kirkey", 2),
]


@pytest.mark.parametrize(("text", "name", "mentions"), MERGE_CASES)
def test_mentions_merge(text: str, name: str, mentions: int) -> None:
    found = people(text)
    assert [p.name for p in found] == [name]
    assert len(found[0].mentions) == mentions


MERGE_CASES += [
    # initials and a misprinted surname; a hyphenated surname printed with a space
    (
        "R2025-1 L. Chapalenko:\nPresent: Councillor Lisa Chalapenko.\n",
        "Lisa Chalapenko",
        2,
    ),
    ("Others Present: Simone Martin-Newberry\n\nBranding – S. Martin Newberry presented.", "Simone Martin-Newberry", 2),
]

MERGE_CASES += [
    # a surname's particle, printed lower-case or capitalised, stays with the surname ...
    ("Council Member Maria de la Cruz spoke. Council Member de la Cruz asked.", "Maria de la Cruz", 2),
    ("Present: Councillor Pete Van Loon\n\nMoved by Councillor Van Loon.", "Pete Van Loon", 2),
    # ... but a capitalised "Di" is a given name
    ("Councillor Di Jones spoke. Later Councillor Jones agreed.", "Di Jones", 2),
]

DISTINCT_CASES = [
    ("Mrs. Carter, the head teacher, and Mr. Carter, her deputy, came.", {"Carter"}, 2),
    ("PRESENT: Ms J Meade\n\nApologies were received from Mr Meade.\n", {"J Meade", "Meade"}, 2),
    ("Robert and Margaret Kelly bought the land.", {"Robert Kelly", "Margaret Kelly"}, 2),
]


@pytest.mark.parametrize(("text", "names", "count"), DISTINCT_CASES)
def test_distinct_people(text: str, names: set[str], count: int) -> None:
    found = people(text)
    assert {p.name for p in found} == names
    assert len(found) == count


# ------------------------------------------------------------------------ movers, speakers


def test_movers_and_speakers() -> None:
    text = (
        "Proposed by Councillor Galvin;\nSeconded by Councillor Teskey;\nAnd Resolved:\n"
        "Councillor David Chance introduced the report.\n"
        "Meeting called to order – M. Prest (motion), C. Dallas (second)\n"
    )
    found = by_name(people(text))
    assert {"Galvin", "Teskey", "David Chance"} <= set(found)
    assert all(found[n].kind is PersonKind.COUNCILLOR for n in ("Galvin", "Teskey", "David Chance"))


SPEAKER_CASES = [
    # members of the public named bare where they speak: a name a sentence opens with, then what they do
    (
        "4 PUBLIC FORUM\nHemi Tawa, on behalf of the Parawai Residents Association, spoke about speed limits.",
        "Hemi Tawa",
    ),
    ("Gail Henders of Ridge Road asked the Board to act.", "Gail Henders"),
    ("The Chair opened the forum. Tor Vasby asked about the library.", "Tor Vasby"),
]


@pytest.mark.parametrize(("text", "name"), SPEAKER_CASES)
def test_public_speakers(text: str, name: str) -> None:
    found = by_name(people(text))
    assert set(found) == {name}
    assert found[name].kind is PersonKind.OTHER
    assert found[name].role is None


# ----------------------------------------------------------------------------- negatives

NEGATIVE_CASES = [
    "The depot is on Mill Road and the car park on Station Street.",
    "The consultation will close in May.",
    "Page 1 of 3",
    "A new chair was purchased for the village hall.",
    "Kent County Council and Roadplan Consulting met at Michael Hartnett Close.",
    "The Chair was broken and has been replaced.",
    "RECOMMENDATIONS\nThe Cabinet is asked to note the report.",
    "MSAs and the Leader's Group will meet.",
    "The meeting was held via MS\nTeams and streamed.",
    "Roadplan Consulting Ltd presented; see the Robert Wood Johnson model.",
    "In relation to Rathmore Estate, the Director of Housing said the works were done.",
    "The budget was presented to the Members by the\nMayor.\nUpon resumption, it was agreed.",
    "(g)\nWestshire Market Trustees\nCirculated, report of the Senior Executive Officer.",
    # a role before words that are no name: a service, a place
    "The Director Infrastructure Services advised that the works were listed.",
    "Springfield Road and Chief Peguis Trail will be resurfaced.",
    "Environmental Health Officer Report\nto follow.",
    # ... and no speaker in what opens like one: a place, a body, a misprinted honorific, mid-sentence words
    "Mill Lane, on behalf of nobody, was closed.",
    "Planning Services asked for more time.",
    "ClIr Byrne asked whether the road would be resurfaced.",
    "The report from Kilbride Primary asked nothing.",
]


@pytest.mark.parametrize("text", NEGATIVE_CASES)
def test_no_people(text: str) -> None:
    assert people(text) == ()


def test_furniture_is_not_a_role() -> None:
    _, mentions = roles("The Chair was broken and has been replaced.")
    assert mentions == ()


# ---------------------------------------------------------------------------- role mentions


def test_role_without_name_is_a_role_mention() -> None:
    found, mentions = roles("The Head of Community Services said the plan was ready.")
    assert found == ()
    assert [m.role for m in mentions] == ["Head of Community Services"]
    assert mentions[0].person is None


def test_role_mention_links_to_holder() -> None:
    text = (
        "We thank Ian Brooke, Head of Community Services, for attending.\n"
        "The Head of Community Services said the plan was ready."
    )
    found, mentions = roles(text)
    assert [p.name for p in found] == ["Ian Brooke"]
    assert [(m.role, m.person) for m in mentions] == [("Head of Community Services", "Ian Brooke")]


# ------------------------------------------------------------------------- settings extras


def test_extra_honorifics() -> None:
    assert people("Elder Tobias Brown said grace.") == ()
    found = people("Elder Tobias Brown said grace.", extra_honorifics=("Elder",))
    assert [(p.name, p.honorifics) for p in found] == [("Tobias Brown", ("Elder",))]


def test_extra_list_openers() -> None:
    text = "Those attending: Mr P Quill and Mrs R Ross\n\n"
    found = people(text, extra_list_openers=("Those attending",))
    assert {p.name for p in found} == {"P Quill", "R Ross"}
    assert all(p.attendance is Attendance.PRESENT for p in found)


def test_extra_role_words() -> None:
    text = "Jo Quill, Harbourmaster of the Port, spoke."
    assert by_name(people(text)).get("Jo Quill") is None or by_name(people(text))["Jo Quill"].role is None
    found = by_name(people(text, extra_role_words=("Harbourmaster",)))
    assert found["Jo Quill"].role == "Harbourmaster of the Port"


# ------------------------------------------------------------------------------ provenance


def test_mentions_keep_provenance() -> None:
    text = "PRESENT: Mr R W Gough (Chairman), Mrs S\nChandler and Ms C McInnes\n\nMr Gough thanked Mrs Chandler."
    ctx = _ctx(text)
    found = tuple(extract_people(ctx))
    assert found
    for p in found:
        for m in p.mentions:
            assert normalise_space(ctx.text[m.span.start : m.span.end]) == m.text


# ------------------------------------------------------------------------- the dev corpus

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")
@pytest.mark.parametrize(
    "stem", ["seed_000_f12ccf2b9953b54d", "seed_001_c55621c41df6e349", "seed_004_7ce4239c65c89bf6"]
)
def test_corpus_people(stem: str) -> None:
    gold = json.loads((CORPUS / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    text = (CORPUS / "docs" / gold["document"]).read_text(encoding="utf-8")
    found = by_name(people(text))
    for g in gold["people"]:
        assert g["name"] in found, g["name"]
        assert found[g["name"]].kind.value == g["kind"]
        assert found[g["name"]].role == g["role"]


# ------------------------------------------------------------------- optional NER suggestions


class _Ent:
    def __init__(self, text: str, start: int, label: str = "PERSON") -> None:
        self.text, self.start_char, self.end_char, self.label_ = text, start, start + len(text), label


class _FakeNer:
    """Stands in for an installed English pipeline: marks the names it is told."""

    def __init__(self, names: list[str]) -> None:
        self.names = names

    def __call__(self, text: str) -> object:
        ents = [_Ent(n, text.index(n)) for n in self.names if n in text]

        class _Doc:
            pass

        doc = _Doc()
        doc.ents = ents  # type: ignore[attr-defined]
        return doc


def test_ner_suggests_names_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    from minutes_parser import nlp

    text = "The award went to Xanthe Pelloquin for her work."
    monkeypatch.setattr(nlp, "ner_pipeline", lambda: _FakeNer(["Xanthe Pelloquin"]))
    assert people(text) == ()
    found = people(text, use_ner=True)
    assert [(p.name, p.kind) for p in found] == [("Xanthe Pelloquin", PersonKind.OTHER)]


def test_ner_absent_is_fine(monkeypatch: pytest.MonkeyPatch) -> None:
    from minutes_parser import nlp

    monkeypatch.setattr(nlp, "ner_pipeline", lambda: None)
    assert people("The award went to Xanthe Pelloquin.", use_ner=True) == ()


def test_two_column_contact_block_read_across() -> None:
    """Kent's two-column contact block, its lines read across the columns."""
    text = (
        "11. Contact details\nReport Author:\nRelevant Director:\nNick Abrams\nChristine McInnis\n"
        "Assistant Director Education\nDirector of Education\nTelephone number\nTelephone number\n"
        "03000 410000\n03000 410001\nnick.abrams@example.gov.uk\nchristine.mcinnis@example.gov.uk\n"
    )
    found = by_name(people(text))
    assert (found["Nick Abrams"].role, found["Nick Abrams"].phone, found["Nick Abrams"].email) == (
        "Assistant Director Education",
        "03000 410000",
        "nick.abrams@example.gov.uk",
    )
    assert (found["Christine McInnis"].role, found["Christine McInnis"].phone) == (
        "Director of Education",
        "03000 410001",
    )
    assert all(p.kind is PersonKind.OFFICER for p in found.values())


AFFILIATION_CASES = [
    # text, name, party, organisation, role
    ("Cllr Jane Smith (Labour) spoke.", "Jane Smith", "Labour", None, None),
    ("PRESENT: Cllr Bob Hale (Conservative), Cllr Ann Roe (Chair)\n", "Bob Hale", "Conservative", None, None),
    # an affiliation printed in place of a position is also the role, as printed (ANNOTATION.md's
    # clarifications); a party is not
    (
        "Mr. Dermot Donovan, Roadplan Consulting, delivered a talk.",
        "Dermot Donovan",
        None,
        "Roadplan Consulting",
        "Roadplan Consulting",
    ),
    ("Ryan Warsing (LSRCC) presented the accounts.", "Ryan Warsing", None, "LSRCC", "LSRCC"),
    ("Cllr Ann Roe (Chair) opened the meeting.", "Ann Roe", None, None, "Chair"),
    # a firm's or body's name in brackets, no acronym and no organisation word in it, wrapped or not
    ("In attendance: Amanda Glew (Clerk), Lottie Platten (Cratus)\n", "Lottie Platten", None, "Cratus", "Cratus"),
    ("Invited: David Cullinan (State Street)\n1. Apologies\n", "David Cullinan", None, "State Street", "State Street"),
    (
        "The workshop was facilitated by Toni Goodlass (Napier\nCity Council) and others.",
        "Toni Goodlass",
        None,
        "Napier City Council",
        "Napier City Council",
    ),
    # a standing printed alone in brackets is the role, whatever its case
    ("In attendance: Amanda Glew (Clerk), Steve Davies (resident)\n", "Steve Davies", None, None, "resident"),
    # near misses: notes on the entry, a ward and a person stood in for are no affiliation
    ("In attendance: Amanda Glew (Clerk), Ann Lee (Item 5 only)\n", "Ann Lee", None, None, None),
    ("In attendance: Amanda Glew (Clerk), Tom Ash (Remote)\n", "Tom Ash", None, None, None),
    ("Present: Cllr Kim Roe (Abbey Ward), Cllr Jo Ash\n", "Kim Roe", None, None, None),
    ("Present: Cllr Kim Roe (Peter Smith), Cllr Jo Ash\n", "Kim Roe", None, None, None),
    # "with" and a body's name, in a list and in prose; near misses: a person, lower-case words
    (
        "Also Present – Clerk Price, Ryan Bump, Steve Haring with MSA, Don Carey with RCFPD, and Sarah Ford.\n",
        "Steve Haring",
        None,
        "MSA",
        "MSA",
    ),
    (
        "Also Present: Diane Christensen with Eagle Pointe Homeowners Assn., and Sarah Ford.\n",
        "Diane Christensen",
        None,
        "Eagle Pointe Homeowners Assn.",
        "Eagle Pointe Homeowners Assn.",
    ),
    (
        "The report was given by Kim Doyle with Harbour Engineering.",
        "Kim Doyle",
        None,
        "Harbour Engineering",
        "Harbour Engineering",
    ),
    ("Also Present: Ann Lee with Tom Roe, and Sarah Ford.\n", "Ann Lee", None, None, None),
    ("The report was given by Kim Doyle with her colleagues.", "Kim Doyle", None, None, None),
    ("Also Present: Ann Lee with Cllr Roe, Sarah Ford.\n", "Ann Lee", None, None, None),
]


@pytest.mark.parametrize(("text", "name", "party", "organisation", "role"), AFFILIATION_CASES)
def test_party_and_organisation(
    text: str, name: str, party: str | None, organisation: str | None, role: str | None
) -> None:
    p = by_name(people(text))[name]
    assert (p.party, p.organisation, p.role) == (party, organisation, role)


PLURAL_CASES = [
    "PRESENT: COUNCILLORS Keary and Neville\n",
    "Council\nMembers Kay Rees and Lou Dunn moved the motion.",
    "Council Members Present: Kay Rees, Lou Dunn\n",
]


@pytest.mark.parametrize("text", PLURAL_CASES)
def test_plural_honorific_spellings_never_fail(text: str) -> None:
    """Plural honorifics printed in capitals or across a line break (a strict run raises on any bug)."""
    found = people(text, strict=True)
    assert len(found) == 2
    assert all(p.kind is PersonKind.COUNCILLOR for p in found)


# ----------------------------------------------------- the spaCy ruler in chunks


def test_ruler_in_chunks_finds_what_a_whole_document_run_finds() -> None:
    from minutes_parser import nlp

    tail = "\nThe report of\nthe Head of Finance and Jane\nSmith.\n"  # a name across a line break
    text = (EXAMPLES / "cabinet_minutes.txt").read_text("utf-8") + tail
    whole = nlp.pipeline()(text)
    expected = tuple((s.label_, s.start_char, s.end_char) for s in whole.spans.get(nlp.RULER_KEY, ()))
    assert expected  # the example has given names and roles
    assert nlp.ruler_spans(text) == expected


def test_ruler_reads_a_text_longer_than_spacy_max_length() -> None:
    from minutes_parser import nlp

    filler = "The budget line was discussed at length.\n" * 30_000  # over 1,000,000 characters
    text = filler + "Apologies were received from Jane Smith.\n"
    assert len(text) > nlp.pipeline().max_length
    spans = nlp.ruler_spans(text)
    assert [(label, text[s:e]) for label, s, e in spans] == [(nlp.GIVEN_NAME_LABEL, "Jane Smith")]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a position in apposition before the name, after an article; a councillor's seat so printed
        ("Minutes\nA new Planning Officer, Katherine Pang, has taken over the application.\n", "Katherine Pang",
         "Planning Officer"),
        ("Minutes\nApologies had been received from the County Councillor, Russell Oppenheimer.\n",
         "Russell Oppenheimer", "County Councillor"),
        # the employer after a position is the organisation, not the role; near miss: "Member at Large"
        ("Minutes\nSam Cooper, Sewer Network Manager at Southern Water, attended.\n", "Sam Cooper",
         "Sewer Network Manager"),
        ("Minutes\nAnn Lee, Member at Large, attended.\n", "Ann Lee", "Member at Large"),
    ],
)
def test_apposed_positions_and_employers(text: str, name: str, role: str) -> None:
    assert by_name(people(text))[name].role == role


def test_a_list_of_positions_names_nobody() -> None:
    # near miss of the apposition: positions joined by commas with no name after them
    assert list(people("Minutes\nThe Treasurer, Secretary and Chair met.\n")) == []


def test_a_rank_is_an_honorific_and_an_event_named_after_a_given_name_is_nobody() -> None:
    """"Col Dominic Coombes": the rank is no part of the name; "the Christmas Carol Concert", "the Auld Kirk
    Tower" are no people (near miss: "Carol Ash" is one)."""
    found = by_name(
        people(
            "Minutes\n1. Army\nCol Dominic Coombes spoke. The Christmas Carol Concert was discussed. The Auld Kirk "
            "Tower will be lit. Carol Ash thanked him.\n"
        )
    )
    assert set(found) == {"Dominic Coombes", "Carol Ash"}
    assert found["Dominic Coombes"].honorifics == ("Col",)
