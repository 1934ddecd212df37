"""Accuracy on the real corpus of councils the parser was not written for.

`tests/corpus/real/` holds a manifest of real council papers (repository,
commit, path, sha256), their blind gold files, and `restore.py`, which copies
the documents out of local snapshots of those repositories into the ignored
`tests/corpus/real/docs/`.  The documents themselves are not in this
repository (their licences are unknown).  Where they are missing the test
restores them from the snapshots (``$MINUTES_PARSER_MIRRORS``, by default
``/work/.mirror``) if those are on the machine, and otherwise skips and says so.

The floors are a ratchet set just under the after-fix figures of the rounds in
`docs/accuracy.md`.  The honest measure is the first-sight figure of each
round, recorded there; these floors only stop a change from quietly undoing a
general rule.
"""

from __future__ import annotations

import json
import os
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, SHARED

REAL = ROOT / "tests" / "corpus" / "real"
sys.path.insert(0, str(REAL))

import restore  # noqa: E402
import score_authority  # noqa: E402
import score_groups  # noqa: E402

# At most this share of the annotated documents may be missing (their kept copy lost and not read back exactly)
# before the real-corpus test skips; below it the rest are scored and the missing ones named in a warning.
MAX_UNRESTORED = 0.03

# (section, key) -> floor over every annotated, restored document (a ratchet: only ever raised, except
# when a round of documents from new councils joins the corpus: then the floors are set anew, just
# under the figures over the larger corpus, as the round-3, 4 and 5 golds' commits did)
FLOORS: dict[tuple[str, str], float] = {
    # set anew when round 13 joined (twelfth session): its slate of officers "recommended by the Nominating
    # Committee" (4 recommendations) is not read (0.802 -> 0.798 over 201 documents)
    # and again when round 20 joined (fifteenth session): the Licensing Commission's 22 recommended approvals
    # printed under numbered items ("Approval of this Common Victualler License.") are not read (0.797 -> 0.777
    # over 241 documents)
    # raised when round 22 joined (seventeenth session): its BoardDocs agenda's "Recommended Action :" fields and
    # the session's rules, 0.814 over 253
    # set anew when round 24 joined (nineteenth session): a building committee's 28 proposed resolutions, which its
    # reader put under recommendations (five other agendas' readers put theirs under resolutions), are read as
    # neither: 0.813 over the 261 older, 0.794 -> 0.800 over 264 after the session's rules
    # raised after the twentieth session (resolution numbers before an agenda's actions, "Recommended by
    # <office>" entries, "Public Comment/Action:" fields): 0.822 over the 264 older, 0.823 over 268
    # set anew when rounds 26 and 27 joined (twenty-first session): Troy's packet's reader put its suggested
    # resolution under recommendations and counted its staff report's restated recommendation once (2 of 4
    # found, 7 predicted): 0.823 over the 268 older, 0.818 over 281
    # raised after the twenty-ninth session (a legislation page's "Suggested Action"): 0.822 over the 398 restored
    ("recommendations", "f1"): 0.82,
    ("recommendations", "label_accuracy"): 0.94,
    # raised after rounds 17-19's rules (fifteenth session): 0.780 over 238
    # raised after the eighteenth session (long consent calendars, packets' enclosed minutes and draft
    # resolutions, decisions by general consent): 0.794 over 261
    # set anew when rounds 38-40 joined (twenty-seventh session): hearings opened and closed with no vote printed
    # are now carried decisions where the minutes print "PUBLIC HEARING OPENED", as 31 of the corpus's 49 such
    # motions' readers kept them and round 39's two Salt Lake County readers did not; the Irish round's
    # whole-sentence proposals are unread: 0.795 over the 347 older, 0.790 over 360
    ("resolutions", "f1"): 0.78,
    # set anew when round 13 joined (twelfth session): decisions read from motions closing numbered
    # entries ("1. Payment to ...: $2100. Made by Bob, Second by Alex") carry no label yet (0.860 -> 0.858)
    # raised after the eighteenth session: 0.867 over 261
    # set anew when rounds 26 and 27 joined (twenty-first session): round 26's readers label decisions by their
    # instrument's number ("Ordinance 2024-15", "Resolution 2025-05-01") where the parser gives none: 0.866 over
    # the 268 older, 0.860 over 281
    # set anew when rounds 31 and 32 joined (twenty-fourth session): their readers label a motion's decision by its
    # agenda item's number or heading ("ORDINANCE NO. 23-20", "1.", "Ordinance 2023-24") where the parser, like
    # most earlier readers of US minutes, gives a motion's decision none: 0.856 over the 300 older, 0.846 over 313
    ("resolutions", "label_accuracy"): 0.84,
    ("people", "f1"): 0.88,
    # set anew when round 14 joined (thirteenth session): its readers give a business printed in place of a
    # position as the role ("Rosemary Branham – Richey's Auto Parts") and a table's role column printed once
    # over its rows ("Parish Councillor" for each member below it), neither read (0.721 -> 0.715 over 209)
    # raised after rounds 15 and 16's rules (fourteenth session): 0.724 over 219
    # raised after the seventeenth session's role-first lists and grades by initials: 0.742 over 253
    # set anew when round 23 joined (eighteenth session): its members printed by surname alone and a docket's
    # two-column roster of offices ("Council President Pro Tempore" beside "Councilwoman Ward 14") are read
    # without the roles their readers gave (round 23's roles 0.40): 0.742 over the 253 older, 0.728 over 261
    # raised after the nineteenth session (councillors' seats as positions, staff labels after members' lists,
    # run-on roles naming the next person dropped): 0.741 over 264
    # raised after the twenty-second session (a role's head on the next line, "His Worship the Mayor", an office
    # after a member's comma in a list of members, two columns under two labels): 0.748 over 293
    # raised after the twenty-third session (a meeting system's roster of titles before names, a comma list of
    # offices each before its name run on over lines, "BOARD:" and "Others:" lists): 0.752 over the 293 older,
    # 0.758 over 300
    # set anew when round 33 joined (twenty-fifth session): two planning organisations' attendance tables run into
    # one line by their repository's converter ("Mayor Jim Miller Saratoga Springs Mayor Kurt Ostler Highland ...")
    # are read without the affiliations their readers gave as roles (round 33's roles 0.38): 0.765 over the 313
    # older, 0.747 over 319
    # set anew when rounds 44-46 joined (twenty-ninth session): thirty councils' web pages whose rosters a page's
    # columns run together ("PRESENT Mayor Councillors Carol Hamilton Cynthia Day ...") read at 0.58-0.70; over the
    # 398 restored 0.738 (over the 368 older ones 0.743, the old floor held)
    ("people", "role_accuracy"): 0.73,
    # set anew when round 13 joined: a commission's members in a table without rulings, "other" in the
    # parser's reading (0.843 -> 0.839 over 201 documents)
    # and again when round 21 joined (sixteenth session): a health board pack's clinical council co-chairs and
    # the people of its workplan table, officers to its reader (0.840 over 246; round 21's kinds 0.76)
    # raised after the seventeenth session: 0.846 over 253
    ("people", "kind_accuracy"): 0.84,
    # set anew when round 21 joined (sixteenth session): a park district's packet prints its refunds and
    # payroll periods as month and day with no year ("9/27-10/28", "to 3/31"), which its reader dated and the
    # parser does not read (24 of 60): 0.981 over 241 -> 0.972 over 246
    ("dates", "f1"): 0.97,
    # raised after the twenty-second session (a converter's heading no kind, minutes' "X COUNCIL, STATE OF UTAH,
    # MET ON", an agenda followed by the same day's minutes): 0.956 over 293
    # set anew when rounds 47-49 joined (thirtieth session): 34 web pages, some a meeting system's page whose
    # heading names no kind (a decision page read as other, "Agenda, decisions and minutes" over no minutes):
    # 0.954 over the 395 older restored, 0.944 over all 429
    ("document_fields", "kind"): 0.94,
    # set anew when round 12 joined (eleventh session): its readers name Suffolk's board "Board" (the only
    # name its minutes print) where the parser keeps "Suffolk Libraries IPS - Board", and Vaughan's agenda
    # prints its board's full name only in a sidebar (0.821 -> 0.812 over 193 documents)
    # and again when round 13 joined: a commission named only "Commission on Aging" in its running header
    # and a community council's meeting heading (0.812 -> 0.800 over 201 documents)
    # and again when rounds 15 and 16 joined (fourteenth session): Rapids City's readers compose "Village Board"
    # for minutes that print only "Regular Board meeting" (0 of 3), and Tayport's 2017 reader keeps the
    # letterhead's "Ferryport –On-Craig" spelling (0.803 -> 0.789 over 219 documents)
    # raised after the nineteenth session (a body before "public meeting", a page's number, "SupplementaryAgenda",
    # a dash and the paper's kind): 0.814 over 264
    # raised after the twentieth session (a site's menus left out of HTML pages, a parish council completed by
    # its place, "Public Meeting Agenda" after the name): 0.821 over the 264 older, 0.820 over 268
    # set anew when rounds 26 and 27 joined (twenty-first session): their readers name councils with their place
    # ("Draper City Council", "Holladay City Council") where the paper prints "City Council", and an agency by its
    # running header (round 27's bodies 0.20): 0.820 over the 268 older, 0.800 over 281
    # and again when rounds 28 and 29 joined (twenty-second session): their readers keep a US city's name before its
    # council or agency ("Riverton City Council", "City of West Jordan Redevelopment Agency") where the parser, as
    # the earlier readers of 26 US councils wrote it, drops it (rounds 28 and 29: 4 of 12): 0.788 over 293
    # and again when rounds 31 and 32 joined (twenty-fourth session): six of their eight readers who named a US
    # city's council kept its city ("West Valley City Council", "Lehi City Council", "Park City Council") where the
    # parser drops it (rounds 31 and 32: 5 of 13): 0.783 over the 300 older, 0.766 over 313
    # and again when rounds 33 to 35 joined (twenty-fifth session): six of round 35's seven readers kept the city's
    # name before "Planning Commission" (round 35: 2 of 7): 0.761 over the 327 older, 0.751 over 334
    # and again when round 36 joined (twenty-sixth session): three of its readers named "Planning Commission" where
    # the parser keeps the heading's city ("Salt Lake City Planning Commission", "Park City Municipal Corporation
    # Planning Commission"), and a scanned letterhead gives "Can Planning Commission" (round 36: 3 of 7): 0.751
    # over the 334 older, 0.744 over 341
    # (round 37, twenty-sixth session: "MEETING MINUTE SUMMARY" over the body's meeting no part of its name, 0.749
    # over 347)
    # set anew when rounds 47-49 joined (thirtieth session): their pages often print no body at all, or only the
    # council's name where their readers name the committee (round 48's bodies 0.40, round 49's 0.33): 0.754 over
    # the 395 older restored, 0.735 over all 429
    ("document_fields", "body"): 0.73,
    # raised after the nineteenth session (a page's number ending a line no day of the month below it): 0.968
    # set anew when rounds 47-49 joined (thirtieth session): web pages cut before their meeting's date, or dated
    # only by a banner their readers leave out (round 47's 0.80): 0.965 over the 395 older restored, 0.959 over 429
    ("document_fields", "meeting_date"): 0.95,
    # set anew when round 14 joined (thirteenth session): its readers take the heading line "Minutes of the
    # Meeting held on ..." where the parser takes the running header above it (0.621 -> 0.607 over 209)
    # and again when round 23 joined (eighteenth session): its readers take the whole printed heading ("MINUTES
    # OF THE REGULAR MEETING OF THE COUNCIL OF THE CITY OF TULSA, OKLAHOMA", "DOCKET OF THE REGULAR COUNCIL
    # MEETING ...") where the parser names the body (round 23's titles 0.50): 0.600 -> 0.597 over 261
    # and again when round 25 joined (twentieth session): its readers take the joint committees' "MINUTES OF A
    # meeting of ..." block and the cover's meeting name, and Nipissing's "MINUTES TOWNSHIP OF NIPISSING" and
    # "AGENDA", where the parser names the body (the dev corpus's gold of Nipissing does too): 0 of 4, 0.594
    # over the 264 older, 0.585 over 268
    # and again when rounds 26 and 27 joined (twenty-first session): their readers take the whole printed heading
    # with its date ("MINUTES OF THE DRAPER CITY COUNCIL MEETING HELD ON TUESDAY, JUNE 6, 2023 ...") where the
    # parser stops before "held on" (rounds 26 and 27: 2 of 13): 0.585 over the 268 older, 0.567 over 281
    # raised after the twenty-second session (a converter's heading no title, a form's "DATE" cell no title, a work
    # session's heading): 0.581 over 293
    # raised after the twenty-seventh session ("MEETING MINUTE SUMMARY" above the meeting's name no part of its
    # title): 0.580 over the 347 older, 0.587 over 360
    # set anew when rounds 44-46 joined: the web pages' titles read at 0.33-0.38 (their readers leave out the kind's
    # words, "Minutes of the ...", which the project's older readers kept); 0.566 over the 398 restored (0.582 over
    # the 368 older ones)
    # and again when rounds 47-49 joined (thirtieth session): 0.566 over the 395 older restored, 0.543 over all 429
    # (their titles 0.36, 0.18 and 0.00: pages that print no title, or a site's banner their readers leave out)
    ("document_fields", "title"): 0.54,
    # raised after rounds 17-19's rules (fifteenth session): 0.835 over 238
    # raised after the seventeenth session (round 22's passive and first-person motions): 0.837 over 253
    # raised after the twenty-eighth session (a board platform's vote blocks, "VOTED 11-0-2 by roll call", clerks'
    # "Motion, Ms. X, to ...", members by their initials): 0.881 over 377
    # raised after the twenty-ninth session (a register's resolution number carrying its motion, "Voting AYE: ..."
    # lists, "KEY - SPRINGER", "Howard/Adomeit THAT ..."): 0.881 over the 398 restored
    # set anew when rounds 47-49 joined (thirtieth session): 0.880 over the 395 older restored (nine of their
    # papers could not be read back this session), 0.879 over all 429 after this session's rules (0.876 before)
    ("motions", "f1"): 0.87,
    # raised after round 21's rules (sixteenth session): 0.929 over 246
    # raised after the twenty-eighth session: 0.932 over 377
    ("motions", "outcome_accuracy"): 0.93,
    # pinned after round 21's rules (sixteenth session): votes counted from labelled lists of names, 0.64 -> 0.816
    # raised after the seventeenth session: 0.823 over 253
    # set anew when rounds 26 and 27 joined (twenty-first session): their readers count a roll-call table's
    # names ("Bynum: Yes" / "Huff: Yes" ...) as the vote where the parser reads no count or part of the table
    # (round 27's counts 0.27): 0.832 over the 268 older, 0.796 over 281
    # raised after the twenty-sixth session (a roll call a member a line counted where its "Yes" also reads as a
    # label, fields restating a motion's vote, "6 yes votes and 2 no vote"): 0.818 over the 334 older, 0.825 over 341
    # raised after the twenty-eighth session ("VOTED 5-8 (...)", "The Committee approved the motion 4-0."): 0.840
    # over 377
    # raised after the twenty-ninth session ("Voting Nay: none", "Noes: None", two surnames whose comma was left
    # out): 0.852 over the 398 restored
    ("motions", "counts_accuracy"): 0.85,
    # set anew when round 11 joined (tenth session): its five documents name no authority the parser reads
    # yet but one (145 of 185 right, 0 wrong); and again when round 12 joined (eleventh session): three of
    # its eight (library boards and a partnership) name an authority the parser reads (148 of 193, 0 wrong)
    # and again when round 13 joined (twelfth session): a community council, a parish council, a county's
    # commission and a committee name an authority the parser reads in two of eight (150 of 201, 0 wrong)
    # and again when round 14 joined (thirteenth session): three parish councils and a water district name
    # an authority the parser reads in four of eight (154 of 209, 0 wrong)
    # and again when rounds 17-19 joined (fifteenth session): their 19 documents (school committees, special
    # districts, a town's scanned minutes, Irish councils' scraped texts) give 7 right names and 12 none
    # (168 of 238, 0.706, 0 wrong; "Monthly City Council", the one wrong name round 17 met, was mended)
    # and again when rounds 20 and 21 joined (sixteenth session): 4 of their 8 documents (joint committees,
    # a health board, a housing authority, a park district) name no authority the parser reads (172 of 246,
    # 0.699, 0 wrong); round 22 (seventeenth session): 177 of 253, 0.700, 0 wrong; round 24 (nineteenth
    # session): 184 of 264, 0.697, 0 wrong (the building committee's pack names no authority the parser reads)
    # set anew when round 30 joined (twenty-third session): its seven papers (a county's council and agencies, a
    # housing board, two cities) name an authority the parser reads in two (207 of 300, 0.690, 0 wrong)
    # rounds 31 and 32 (twenty-fourth session): 215 of 313 (0.687), 1 wrong
    # set anew when rounds 33 and 34 joined (twenty-fifth session): two planning organisations, a technical committee
    # and eight planning commissions, most naming an authority the parser does not read (6 of 14 read): 221 of 327
    # (0.676), 1 wrong
    # set anew when round 36 joined (twenty-sixth session): six planning commissions, one naming an authority the
    # parser reads (2 of 7): 227 of 341 (0.666), 1 wrong
    # and again when round 37 joined (twenty-sixth session): six more commissions, one naming an authority the parser
    # reads: 228 of 347 (0.657), 1 wrong
    # and again when rounds 38-40 joined (twenty-seventh session): eleven county and town commissions and two Irish
    # councils, two naming an authority the parser reads: 230 of 360 (0.639), 1 wrong
    # and rounds 41-43 (twenty-eighth session): a school board, four Toronto bodies and eleven Massachusetts boards,
    # few naming an authority the parser reads: 239 of 377 (0.634), 1 wrong (Amherst's repository heading, "APPROVED
    # Town Council Minutes", read as the paper's until a converter's plain list of fields was known)
    # set anew when rounds 44-46 joined: the authority is read for 6 of their 30 web pages (none wrong), the council
    # left unnamed by the page's own words on about half of them ("Council Meeting Minutes", a committee's page) and
    # named in a form the rules do not read on the rest ("Wabasha County Board of Commissioners", "TOWN OF WEST
    # SENECA"): 241 of the 398 restored (0.606; 235 of the 368 older, 0.639, the old floor held)
    # and again when rounds 47-49 joined (thirtieth session): 34 web pages, 7 naming an authority the parser reads,
    # 1 wrong (a page's image caption, "Central Park Gazebo", run onto "CITY COUNCIL AGENDA ITEM"): 246 of 429
    # (0.573; 239 of the 395 older restored, 0.605)
    ("authority", "accuracy"): 0.57,
    ("authority", "precision"): 0.97,
    # within-document comparison over the 53 gold pairs (16 documents): 0.415 both after cmp2 and s4reso,
    # 0.566 after the New Zealand list fixes and "X made the motion to ..." (ninth session); round 11 (tenth
    # session) added 3 gold pairs (Charlotte's staff recommendation -> "DECISION:" line), none read yet: 30 of 56
    # (eleventh session: a verdict line enacts the recommendation that asked for one: 33 of 56 pairs, 32 statuses)
    # round 13 (twelfth session) added 4 gold pairs (a slate of officers -> the motion accepting the
    # nominations), none read: 33 of 60 pairs, 32 statuses
    # round 14 (thirteenth session) added 4 gold pairs (committees' recommendations written into parish
    # minutes -> the council's proposals), 1 read: 34 of 64 pairs, 33 statuses
    # round 21 (sixteenth session) added 1 gold pair (a park district's staff report -> the draft resolution in
    # its packet), not read: 34 of 65 pairs (0.523), 33 statuses (0.508)
    # round 23 (eighteenth session) added 6 gold pairs (agenda packets' recommendations -> their draft
    # resolutions; a city attorney's recommendation -> the motion to enter executive session), none read:
    # 34 of 71 pairs (0.479), 33 statuses (0.465)
    # round 25 (twentieth session) added 1 gold pair (a joint committee's recommendation not resolved), not
    # read: 34 of 72 pairs (0.472), 33 statuses (0.458)
    # round 32 (twenty-fourth session) added 24 gold pairs (St. George's eight consent items' staff
    # recommendations -> the motion approving the consent calendar, Logan's reprinted funding recommendations ->
    # the resolution adopting them, Salt Lake City's staff recommendation -> its motion), 1 read: 36 of 97 pairs
    # (0.371), 34 statuses (0.351); over the 73 older pairs unchanged (35, 33)
    # set anew when round 35 joined (twenty-fifth session): Midvale's reader paired each staff recommendation, its
    # findings kept in its words, with the approval that followed, which the parser does not pair: 36 of 100 pairs
    # (0.360), status 34 of 100 (0.340), each at the old floor, a tie the floor need not ride on
    ("comparison", "pair_accuracy"): 0.35,
    ("comparison", "status_accuracy"): 0.33,
}


def test_manifest_is_well_formed() -> None:
    rows = restore.read_manifest()
    names = [r["name"] for r in rows]
    assert len(names) == len(set(names)), "a document is listed twice"
    for row in rows:
        assert len(row["sha256"]) == 64, row["name"]
        if row["repository"] == restore.WEB_PAGES:  # a web page from the search tool's stored pages: its address
            assert row["commit"] == "-" and row["path"].startswith(("http://", "https://")), row["name"]
        else:
            assert len(row["commit"]) == 40, row["name"]
        assert row["group"] in {"UK principal", "UK parish", "UK other", "Ireland", "North America", "other"}, row
    for gold in (REAL / "gold").glob("*.json"):
        data = json.loads(gold.read_text(encoding="utf-8"))
        assert data["document"] in set(names), f"{gold.name} names a document that is not in the manifest"
        assert Path(data["document"]).stem == gold.stem


def test_restore_takes_the_kept_copy_where_the_snapshot_lacks_the_commit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A document read through the stored index at a commit newer than the snapshot here is restored from the copy
    kept by its hash; near miss: a kept copy whose hash differs is no stand-in (the row fails)."""
    import hashlib
    import subprocess

    body = b"Minutes of the meeting\n"
    sha = hashlib.sha256(body).hexdigest()
    mirrors = tmp_path / "mirrors"
    subprocess.run(["git", "init", "-q", "--bare", str(mirrors / "owner+name" / "repo")], check=True)
    (mirrors / "_files").mkdir()
    (mirrors / "_files" / sha).write_bytes(body)
    row = {"name": "a.md", "repository": "owner/name", "commit": "0" * 40, "path": "a.md", "sha256": sha}
    monkeypatch.setattr(restore, "read_manifest", lambda: [row])
    docs = tmp_path / "docs"
    assert restore.restore(mirrors, docs, quiet=True) == 0
    assert (docs / "a.md").read_bytes() == body
    (mirrors / "_files" / sha).write_bytes(b"something else\n")
    (docs / "a.md").unlink()
    assert restore.restore(mirrors, docs, quiet=True) == 1
    assert not (docs / "a.md").exists()


@pytest.fixture(scope="module")
def summary(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    if not (SHARED / "eval" / "score.py").is_file():
        pytest.skip(f"the shared scorer is not at {SHARED / 'eval'}")
    rows = score_groups.annotated()
    missing = [r["name"] for r in rows if not (score_groups.DOCS / r["name"]).is_file()]
    mirrors = Path(os.environ.get("MINUTES_PARSER_MIRRORS", "/work/.mirror"))
    if missing and mirrors.is_dir():  # where the repositories' snapshots are (CI's machine), restore them
        restore.restore(mirrors, quiet=True)
        missing = [r["name"] for r in rows if not (score_groups.DOCS / r["name"]).is_file()]
    if not rows or len(missing) > MAX_UNRESTORED * len(rows):
        pytest.skip(
            f"{len(missing)} of {len(rows)} annotated real documents are not restored "
            f"(run tests/corpus/real/restore.py where the repositories' snapshots are)"
        )
    if missing:
        # a few documents whose only copy (read through the stored index, kept by hash) is lost on this machine and
        # could not be read back byte for byte: scored over the rest, and said so
        warnings.warn(f"{len(missing)} annotated real documents not restored, left out: {missing}", stacklevel=1)
        rows = [r for r in rows if r["name"] not in set(missing)]
    pred = tmp_path_factory.mktemp("real")
    failed = score_groups.parse_all(rows, pred)
    assert not failed, failed
    result: dict[str, Any] = score_groups.score_rows(rows, pred)
    result["authority"] = score_authority.score(pred, restore.read_manifest())  # the manifest's council is its gold
    return result


@pytest.mark.corpus
@pytest.mark.parametrize(("section", "key"), sorted(FLOORS))
def test_real_floor(summary: dict[str, Any], section: str, key: str) -> None:
    value = summary[section][key]
    assert value is not None, f"{section} {key}: the scorer measured nothing"
    assert value >= FLOORS[section, key], f"{section} {key} fell to {value:.3f} (floor {FLOORS[section, key]})"
