"""Role phrases: read after, before and around a name, and what makes a phrase role-like."""

from __future__ import annotations

import functools

import regex

from ... import patterns
from ...rules import people as R
from ...text import normalise_space
from .kinds import _grade_initials, _title_roles
from .names import _surname_ok
from .vocab import _HON_CANON, _alt, _given_set, _place_set, _Rx, _split_hon, _Vocab

_ROLE_STOP_CHARS = ".;:)\n"


def _read_role(text: str, pos: int, v: _Vocab, *, limit: int = 160) -> tuple[str, int, int] | None:
    """A role phrase starting at `pos` ("Head of Finance, Motor Tax and ICT"):
    (role as printed and space-normalised, start, end) or None.

    It runs over capitalised words and the connectors of `ROLE_CONNECTORS`,
    across a comma when a capitalised word follows, across a line break when
    the next line starts with a connector, and stops at a lower-case word.
    """
    m = patterns.get("people_role_lead").match(text, pos)
    start = m.end() if m else pos
    seat = patterns.get("people_seat_office_alone").match(text, start)
    if seat is not None:
        # a councillor's seat as a position, with no name after it ("Nick Drew, District Councillor");
        # near miss: before a name it is that name's title ("District Councillor Nick Drew")
        return normalise_space(seat.group("seat")), start, seat.end("seat")
    if _looks_like_name_start(text, start, v) or _is_honorific_at(text, start, v):
        return None
    i = start
    end = start
    words: list[str] = []
    connectors = set(R.ROLE_CONNECTORS)
    n = len(text)
    role_token, blanks = patterns.get("people_role_token"), patterns.get("people_blanks")
    while i < n and i - start < limit:
        gm = patterns.get("people_grade_initials").match(text, i)
        tm = gm if gm is not None and _grade_initials(gm.group(0)) else role_token.match(text, i)
        if not tm:
            break
        w = tm.group(0)
        bare = w.strip("-–/")
        if not bare:
            if words and patterns.get("people_blanks_capital").match(text, i + len(w)):
                i += len(w)  # "Assistant Director Education – West Kent"
                sm = blanks.match(text, i)
                i = sm.end() if sm else i
                continue
            break
        if (bare in R.ROLE_STOP_WORDS and not _word_of_role_after(text, i + len(w))) or (
            bare.isdigit() and len(bare) >= 4
        ):
            break  # a telephone number follows
        if len(bare) == 1 and bare.isupper() and words:
            break  # an initial: the next person's name ("Clerk J Smith")
        if words and patterns.get("people_mark_then_line").match(text, i):
            break  # an attendance mark ends the line ("Trustee Ab": absent)
        is_cap = bare[0].isupper() or bare[0].isdigit() or w in ("&",)
        if not is_cap and not words:
            break  # a role opens with a capital: ", and the Chair of ..." is the next person's
        if not is_cap and bare.lower() not in connectors:
            if words and words[-1].lower() in ("acting", "interim"):
                pass
            break
        if (
            bare.lower() == "and"
            and words
            and (
                (
                    patterns.get("people_and_name").match(text, i + len(w))
                    and _looks_like_name_start(text, _skip_space(text, i + len(w)), v)
                )
                or _next_holder_at(text, _skip_space(text, i + len(w)), v)
            )
        ):
            break
        if _is_honorific_at(text, i, v) and not (words and _seat_title_ending_line(text, i)):
            break  # (a seat title ending its line after role words heads that role: "Community Services Supervisor")
        if words and is_cap and any(x.lower() in v.strong_role_words for x in words) and _next_holder_at(text, i, v):
            break  # the next person and their role: "President Kent Kern, Executive Secretary"
        words.append(bare)
        i += len(w)
        if is_cap:
            end = i
        # what follows the word
        sm = blanks.match(text, i)
        j = sm.end() if sm else i
        if j >= n:
            break
        if patterns.get("people_column_gap").fullmatch(text, i, j):
            break  # a second column beside the role: "Jane Roe, President      Kim Lee, Secretary"
        c = text[j]
        if c == ",":
            nm = patterns.get("people_comma_break").match(text, j)
            k = nm.end() if nm else j + 1
            if (
                k < n
                and text[k].isupper()
                and not _is_honorific_at(text, k, v)
                and not _looks_like_name_start(text, k, v)
                and not _next_holder_at(text, k, v)
            ):
                i = k
                continue
            break
        if c == "\n":
            nm = patterns.get("people_line_break").match(text, j)
            k = nm.end() if nm else j + 1
            nxt = patterns.get("people_word_or_amp").match(text, k)
            no_head_yet = not any(w.lower() in v.strong_role_words for w in words)
            if words[-1] in connectors or (nxt and nxt.group(0) in connectors):
                i = k
                continue
            if (
                no_head_yet
                and nxt
                and nxt.group(0)[:1].isupper()
                and nxt.group(0).lower().removesuffix("s") in v.role_words
            ):
                i = k  # "the General\nRepresentative of Flanders"
                continue
            if no_head_yet and _role_head_line(text, k, v):
                i = k  # "Belinda Ames, Community\nFunding Advisor": the role's head on the next line
                continue
            run = _role_head_run(text, k, v) if _cut_before_head(words, v) else None
            if run is not None:
                # "Ms. Fiona Flavin, Assistant Arts\nOfficer": the head opens the next line, and ends the role
                words.extend(text[k:run].split())
                end = run
                break
            if not no_head_yet and _role_goes_on(text, k, words[-1], v):
                i = k  # "Cabinet Member for Integrated\nChildren’s Services"
                continue
            break
        if c in "(" and words:
            break
        if c in _ROLE_STOP_CHARS or c in ")":
            break
        i = j
    if end <= start:
        return None
    raw = text[start:end]
    # trim trailing connectors
    raw = patterns.get("people_trailing_connectors").sub("", raw)
    end = start + len(raw)
    role = normalise_space(raw)
    role = patterns.get("people_attendance_mode_end").sub("", role) or role
    block_label = patterns.get("people_contact_block_words").search(role)
    if block_label and not patterns.get("people_contact_officer").fullmatch(role):
        return None  # a contact block's labels, not a position
    first, _, rest = role.partition(" ")
    if (
        first[-2:] in ("'s", "\u2019s")
        and first[:-2].lower() in v.strong_role_words
        and not any(w.lower() in v.strong_role_words for w in patterns.get("people_letters_hyphens").findall(rest))
    ):
        return None  # a role's possessive heads a thing of theirs: "Clerk's October Salary and Expenses"
    low_words = {w.lower() for w in patterns.get("people_letters_hyphens").findall(role)}
    plurals = {w[:-1] for w in low_words if w.endswith("s") and w not in v.role_words}  # "Representatives"
    strong = (low_words | plurals) & v.strong_role_words
    grade = patterns.get("people_grade_initials").match(role)
    if not strong and role not in R.POST_NOMINALS and not (grade and _grade_initials(grade.group(0))):
        # a hyphenated role word ("Chief-MLEO-CEMC", "Administrator-Clerk-Treasurer")
        parts = {p.lower() for w in low_words for p in w.split("-")}
        if not parts & v.strong_role_words:
            return None
    return role, start, end


def _word_of_role_after(text: str, pos: int) -> bool:
    """Whether a contact label's word ("Mobile", "Phone") at `pos` is a word of a role rather than a label:
    a capitalised word follows it on its line, no address or number ("Mobile Technologies Supervisor";
    near miss: "Mobile: 087 123", "Email jo@elm.ie")."""
    m = patterns.get("people_role_word_after_label").match(text, pos)
    return m is not None


def _next_holder_at(text: str, pos: int, v: _Vocab) -> bool:
    """Whether a second person and their role start at `pos`: two or three capitalised words
    that hold no role, organisation or connector word, a comma, then a role
    ("Donald Pike, City Attorney" after "Director and "; not "Adult Services, North Area")."""
    m = patterns.get("people_holder_comma").match(text, pos)
    if not m:
        return False
    org = {w.lower() for w in R.ORGANISATION_WORDS}
    for w in m.group("n").split():
        low = w.strip(".").lower()
        if len(low) == 1:
            continue  # a middle initial ("Jeff M. Hall, Treasurer/CFO"), not an acronym
        if low in v.role_words or low in org or low in R.ROLE_CONNECTORS or w.isupper():
            return False
    return _read_role(text, m.end(), v) is not None


def _own_initials(name: str, token: str) -> bool:
    """Whether `token` is the initials of the name `name` ends with: "KG" after "Kate Green",
    "JRS" after "Jo R Sims" ("CEO" after "Kate Green" is not)."""
    tok = token.strip()
    if not patterns.get("people_initials_tag").fullmatch(tok):
        return False
    words = patterns.get("people_name_words").findall(name)
    if len(words) < 2:
        return False
    firsts = "".join(w[0] for w in words[-len(tok) :]).upper()
    return firsts == tok or (len(tok) == 2 and (words[0][0] + words[-1][0]).upper() == tok)


def _role_goes_on(text: str, pos: int, last: str, v: _Vocab) -> bool:
    """Whether the line at `pos` carries on a role broken after `last`: the role does not
    end on its head word, and the line is a short run of capitalised words and connectors
    naming a service ("Children’s Services", "People and Education"), not a name or a label."""
    if last.lower() in v.role_words or last.lower() in {w.lower() for w in R.ORGANISATION_WORDS}:
        return False
    line = _role_words_line(text, pos, v)
    if line is None or len(line) > 60:
        return False
    words = line.split()
    if any(w.lower() in v.strong_role_words for w in words):
        return False  # a second role in a column beside the first ("Director of Education")
    anchors = {w.lower() for w in (*R.ROLE_CONNECTORS, *R.ORGANISATION_WORDS)}
    return any(w.strip("–-").lower() in anchors for w in words)


def _titled_entry_before(text: str, end: int, v: _Vocab) -> bool:
    """Whether the name ending at `end` follows a title or an office in its entry ("Mayor Dawn Ramsey" after the
    list's comma or the line's start), as a list of offices each before its name prints it."""
    start = max(text.rfind(",", 0, end), text.rfind("\n", 0, end), text.rfind(":", 0, end)) + 1
    words = text[start:end].split()
    if len(words) < 3:
        return False
    first = words[0].rstrip(".")
    return first in v.honorifics or first.lower() in v.strong_role_words


def _skip_space(text: str, pos: int) -> int:
    """The first offset at or after `pos` that is not white space."""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _is_honorific_at(text: str, pos: int, v: _Vocab) -> bool:
    same_line, next_line = _honorific_at_rx(v)
    return bool(same_line.match(text, pos, pos + 60) or next_line.match(text, pos, pos + 60))


@functools.cache
def _honorific_at_rx(v: _Vocab) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """An honorific before a capital on its line ("Cllr Ash"), or before a name on the next line.  The
    longest title printed is the one read ("Mayor Pro Tem" at a line's end is a role, not "Mayor" before
    a name "Pro")."""
    plain = [h for h in v.honorifics if h not in R.TITLE_ROLES or h in R.SEAT_TITLES]
    mark = patterns.expand("{attendance_mark_end}")
    return (
        # (an "X" ending the line is an attendance mark, "Trustee X", not a name's initial)
        patterns.build(rf"(?>{_alt(v.honorifics)})(?:\.[ \t]*|[ \t]+)(?!(?i:{mark}))\p{{Lu}}", 0),
        patterns.build(rf"(?:{_alt(plain)})\.?[ \t]*\n\s*\p{{Lu}}\p{{Ll}}", 0),
    )


MAX_HEAD_LINE_WORDS = 4  # a role's wrapped end, its head word last, is this short at most


def _role_head_line(text: str, pos: int, v: _Vocab) -> bool:
    """Whether the line at `pos` ends a role wrapped before its head: a few capitalised words, the last a
    role's head ("Funding Advisor"); near misses: a name ("Jane Smith"), a heading ("2.1 Purpose"), a
    second role beside a name ("Tom Roe, Clerk")."""
    line = _role_words_line(text, pos, v)
    if line is None or "," in line or len(line.split()) > MAX_HEAD_LINE_WORDS:
        return False
    return line.split()[-1].lower() in v.strong_role_words


def _cut_before_head(words: list[str], v: _Vocab) -> bool:
    """Whether a role read up to a line's end stops short of its head: its last word is no role word
    ("Assistant Arts", "Disaster") or one that opens posts ("Chief", "Principal").  Near miss: a role ending on
    its head ("Clerk", "Chief Executive")."""
    if words[-1] in R.ROLE_PRE_HEAD_WORDS:
        return True
    pre = {w.lower() for w in R.ROLE_PRE_HEAD_WORDS}
    heads = [w for w in words if w.lower() in v.strong_role_words and w.lower() not in pre]
    # (a role with its head already read ends there: "Senior Executive Officer Remotely")
    return words[-1].lower() not in v.role_words and not heads


def _role_head_run(text: str, pos: int, v: _Vocab) -> int | None:
    """Whether the line at `pos` opens with the head of a role broken on the line before: at most four
    capitalised words, the last a role's head, then the line's end, a mark or a lower-case word ("Officer.",
    "Planner)", "Communications Officer, Roise ...", "Engineer, attended"): where the head ends, else None.  Near
    misses: a sentence ("The Cathaoirleach welcomed ..."), a name ("Ada Penn"),
    a heading ("2.1 Purpose"), words with no head ("Lucknow School"), a head run on into more capitalised words
    ("Director Of Planning Services Ltd" is no cut role)."""
    if _looks_like_name_start(text, pos, v) or _is_honorific_at(text, pos, v):
        return None
    m = patterns.get("people_role_head_run").match(text, pos)
    if m is None or m.group("words").split()[-1].lower() not in v.strong_role_words:
        return None
    return m.end("words")


def _role_words_line(text: str, pos: int, v: _Vocab) -> str | None:
    """The line at `pos`, stripped, when it is a run of a role's words (capitalised words and connectors) that
    no name or honorific opens; else None.  A closing bracket ends a role printed in brackets and wrapped
    ("(Scott Dowell, Administrative" / "Services Director)")."""
    end = text.find("\n", pos)
    line = text[pos : len(text) if end == -1 else end].strip().removesuffix(")").rstrip()
    if not line or not patterns.get("people_role_line").fullmatch(line):
        return None
    if _looks_like_name_start(text, pos, v) or _is_honorific_at(text, pos, v):
        return None
    return line


@functools.cache
def _seat_title_line_rx() -> regex.Pattern[str]:
    return patterns.build(rf"(?-i:{_alt(R.SEAT_TITLES)})[ \t]*(?:\r?\n|$)", regex.V1)


def _seat_title_ending_line(text: str, pos: int) -> bool:
    """Whether a seat title ends its line at `pos` ("Supervisor\n"): after role words it is the role's head,
    not an honorific before a name on the next line (near miss: "Supervisor Ash" on one line)."""
    return _seat_title_line_rx().match(text, pos) is not None


def _looks_like_name_start(text: str, pos: int, v: _Vocab) -> bool:
    m = patterns.get("people_capitalised_word").match(text, pos)
    return bool(m and m.group(1) in _given_set() and patterns.get("people_name_start").match(text, pos))


def _title_and_surname(seg: str, v: _Vocab) -> bool:
    """An entry that is a person by their title and surname ("Clerk Price", "Attorney Fuller", "Chief Fuller"),
    not the start of a role wrapped over the next entry; near miss: "Land Planning & Technology" (no surname
    after a title)."""
    words = seg.strip().rstrip(",.").split()
    return (
        len(words) == 2
        and words[0].lower() in v.strong_role_words
        and words[1][:1].isupper()
        and any(c.islower() for c in words[1][1:])  # a surname, not a mark ("Supervisor X") or initials
        and not _has_role_word(words[1], v)
        and words[1].lower() not in {w.lower() for w in R.ROLE_CONNECTORS}
        and words[1] not in _place_set()
        and words[1].lower() not in {w.lower() for w in R.ROLE_SUFFIX_WORDS}
    )


def _names_a_person_first(phrase: str, v: _Vocab) -> bool:
    """Whether a phrase read as a role opens with a name of two words and a comma ("Jo Ash, Clerk Designate":
    the next person, then her position); near miss: "Head of Finance, Housing" (a role word opens it)."""
    words = phrase.split()
    return (
        len(words) >= 3
        and words[1].endswith(",")
        and all(w.rstrip(",")[:1].isupper() and not _has_role_word(w.rstrip(","), v) for w in words[:2])
    )


def _role_after(text: str, end: int, v: _Vocab) -> tuple[str, int] | None:
    """A role printed right after a name: ", Leader of the Council", " (Chairman)" or " - City Manager"."""
    m = patterns.get("people_bracket_after").match(text, end)
    if m:
        close = text.find(")", m.end())
        if close != -1 and close - end < 200:
            inner = text[m.end() : close]
            if _own_initials(text[max(0, end - 60) : end], inner):
                # the name's initials, a tag for the action column: "Kate Green (KG)"; a position may follow
                # the tag ("Kate Green (KG) [Chair]", "Jo Ash (JA) CLERK")
                return _role_after_tag(text, close + 1, v)
            # a standing before the position stays with it: "(former Clerk)", "(outgoing Treasurer)"
            standing = patterns.get("people_role_standing").match(inner)
            # inside the brackets a line break only wraps the role: "Shawn McKinley (Land\nTransport Manager)"
            got = _read_role(inner.replace("\n", " "), standing.end() if standing else 0, v, limit=200)
            if got and not patterns.get("people_mover_note").search(inner.strip()):
                role = normalise_space(inner)
                return role, close + 1
            if normalise_space(inner).lower() in _other_standings():
                return normalise_space(inner), close + 1  # "Steve Davies (resident)", "Jo Ash (owner)"
        return None
    dash = patterns.get("people_dash_after").match(text, end)
    m = patterns.get("people_comma_break").match(text, end) or dash
    if m:
        got = _read_role(text, m.end(), v)
        if got and _title_and_surname(got[0], v) and patterns.get("people_list_separator_after").match(text, got[2]):
            return None  # "Ryan Bump, Attorney Fuller, Sarah Ford": the next person by title and surname
        if got and _names_a_person_first(got[0], v):
            return None  # "Kim Lee, Jo Ash, Clerk Designate": the next person, then her position
        nxt = _skip_space(text, got[2]) if got else 0
        if (
            got
            and m is not dash
            and (text[got[2] : nxt] == " " or text[got[2] : nxt].count("\n") == 1)  # not a column's gap
            and _looks_like_name_start(text, nxt, v)
            and _titled_entry_before(text, end, v)
        ):
            # in a list of offices each before its name ("Mayor Dawn Ramsey, Communications Manager Rachael Van
            # Cleave"), the office after a comma is the next name's (near misses: "Kathleen Mack, President Jeff M.
            # Hall, Treasurer": names first, each office after its name; "Gage Froerer, Chair      Ricky D. Hatch",
            # the next name in a column of its own)
            return None
        cut = text.rfind(",", got[1], got[2]) if got else -1
        if got and cut != -1 and _whole_role(text[cut + 1 : got[2]], v) and _honorific_next(text, got[2], v):
            # "Mr. G. McMahon, A/Directors of Services, Meetings Administrator, Ms. M McGarvey": the last role
            # is printed before the next person's name (near miss: "Staff Officer, Housing" / "Ms. Una Burke, ...":
            # a department, the next person on a line of her own)
            return normalise_space(text[got[1] : cut]), cut
        if got:
            return got[0], got[2]
        line_end = text.find("\n", m.end())
        rest = text[m.end() : len(text) if line_end == -1 else line_end]
        own_line = text[text.rfind("\n", 0, end) + 1 : end]
        if m is dash and "\n" not in text[end : m.end()] and _affiliation(rest, own_line):
            return normalise_space(rest), m.end() + len(rest.rstrip())  # "T Skerman – HBRC"
        own = patterns.get("people_possessive_role_after").match(text, m.end())
        if own and own.group("head") in v.strong_role_words:
            return own.group("role"), own.end("role")  # "Ann Sherman, the Port’s bond attorney"
        low = patterns.get("people_lower_role_after").match(text, m.end())
        if low and low.group("head") in v.strong_role_words and "\n" not in low.group("role"):
            # "Bill Simmons, president of the San Juan Teachers Association, spoke"; near miss: ", members of
            # the public" (a plural), ", speaking for the Residents" (no position)
            return low.group("role"), low.end()
        return None
    m = patterns.get("people_plain_gap_after").match(text, end)
    if m:
        # a role printed after the name with no mark between, in a list whose entries a comma ends: "Ms. E.
        # Ruane Director of Services, Mr. D Troy A/Senior Engineer, ..."; near misses: "John Costa   Mather,
        # California" (a column's edge), "Ms. Ruane said the Director ..." (no position after the name)
        got = _read_role(text, m.end(), v)
        if got and any(w.strip(",.").lower() in v.strong_role_words for w in got[0].split()):
            closed = patterns.get("people_plain_role_close").match(text, got[2])
            if closed:
                return got[0], got[2]
    return None


def _affiliation(part: str, name: str = "") -> bool:
    """Whether `part` is a body's initials printed in place of a position after a name ("(HB DHB)", "– HBRC",
    "(HDC alternate)"), which the reader copies as the role.  Near misses: a party ("(SNP)"), the person's own
    initials with a middle one ("P. Wood (PDW)": first and last letters the name's), a word in capitals that is
    a note ("(ABSENT)")."""
    flat = normalise_space(part)
    words = patterns.get("people_name_words").findall(name)
    own = len(words) >= 2 and flat[:1] == words[0][:1].upper() and flat[-1:] == words[-1][:1].upper()
    return (
        patterns.get("people_affiliation_initials").fullmatch(flat) is not None
        and not own
        and flat not in R.PARTIES
        and flat.title() not in R.BRACKET_NOTE_WORDS
    )


def _whole_role(part: str, v: _Vocab) -> bool:
    """`part` reads whole as a role ("Meetings Administrator"; not a department, "Housing")."""
    flat = normalise_space(part)
    got = _read_role(flat, 0, v)
    return got is not None and got[1] == 0 and got[2] >= len(flat)


def _honorific_next(text: str, pos: int, v: _Vocab) -> bool:
    """A list's separator on the same line at `pos`, then a name's honorific ("..., Ms. M McGarvey")."""
    sep = patterns.get("people_list_separator_after").match(text, pos)
    if sep is None or sep.end() == pos or "\n" in sep.group(0):
        return False
    words = text[sep.end() : sep.end() + 24].split()
    return bool(words) and bool(_split_hon(words[0].rstrip("."), v))


@functools.cache
def _other_standings() -> frozenset[str]:
    """The standings of people outside the council printed alone as a position, folded ("resident",
    "owner", "applicant"): in brackets after a name they are its role, whatever their case."""
    return frozenset(r.lower() for r in R.OTHER_ROLES)


def _role_after_tag(text: str, pos: int, v: _Vocab) -> tuple[str, int] | None:
    """A position printed after a name's initials tag on its line, bracketed or not ("(KG) [Chair]",
    "(KG) (Vice-Chairman)", "(JA) CLERK"); the next line's name is no part of it."""
    m = patterns.get("people_role_after_tag").match(text, pos)
    if m is None:
        return None
    inner = m.group("inner")
    if inner is not None:
        got = _read_role(inner, 0, v, limit=80)
        return (normalise_space(inner), m.end()) if got and got[2] - got[1] >= len(inner.strip()) - 1 else None
    got = _read_role(text, m.end(), v, limit=80)
    if got is None or "\n" in text[pos : got[2]]:
        return None
    return got[0], got[2]


def _role_before(text: str, start: int, v: _Vocab) -> str | None:
    """A role printed right before a name: "The Leader of the Labour Group, Mr Brady",
    "Minister of State for Care, Stephen Kinnock", "Culture Secretary Lisa Nandy"."""
    lo = max(0, start - 90)
    window = text[lo:start]
    # the gap is made of ",: \t\n" and ends the window: searched from where the window's tail of them begins
    m = patterns.get("people_gap_before_name").search(window, len(window.rstrip(",: \t\n–—-")))
    if not m:
        return None
    head = window[: m.start()]
    if not head or not (head[-1].isalpha() or head[-1] in ")’'"):
        return None
    if ":" in m.group(0) and _is_honorific_at(text, start, v):
        return None  # a label over a titled name ("In the Chair: Alderman S Reid"): the line's label, read there
    starts = [wm.start() for wm in patterns.get("people_word_capital").finditer(head)]
    boundary, dash = patterns.get("people_boundary_before_role"), patterns.get("people_dash_before_role")
    for st in reversed(starts):
        seg = head[st:]
        if "\n" in seg.strip() and not patterns.get("people_line_break_connector").search(seg):
            break
        marked = any(c in m.group(0) for c in ",:")  # a comma or a colon before the name
        broken = "\n" in m.group(0)  # the role ends the line above the name
        if not _boundary_before(boundary, head, st) and (marked or broken or not _boundary_before(dash, head, st)):
            # a dash opens a role only right before its name on its line: "Retirement - Fire Marshal Jo Ash" (near
            # miss: "Cr Tony Jeffery" / "– NCC – Deputy Co Chair" / "Cr Annette Brosnan", the office above hers is
            # the line above's, wrapped at its dash)
            continue
        if not _role_like(seg) or not _has_role_word(seg, v):
            continue
        first = seg.split()[0]
        if len(first) > 4 and first.isupper() and not seg.isupper() and not _has_role_word(first, v):
            # a motion's verb in capitals before a titled name: "moved to APPOINT Commissioner Debbie Cragun" (near
            # miss: a role all in capitals, "PUBLIC WORKS DIRECTOR Wesley McCoy")
            continue
        if _opens_list(seg, v):
            break  # a list's opener and its entries ("Also Present – Clerk Price, Attorney Fuller, Ryan Bump")
        if "\n" in m.group(0) and "," in seg:
            break  # a roster's line of its own ("Roan Kattouw, Vice Chair" / "Carl Hage"): not the next name's role
        before = head[:st].split()
        if before and before[-1].rstrip(".") in v.honorifics:
            continue  # a name after its honorific ("Mr. D Troy A/Senior Engineer, Ms. M. McGann"), no role
        got = _read_role(head, st, v)
        if got and got[2] >= len(head) - 1:
            role = normalise_space(head[got[1] :])  # without a leading "The"
            lead = patterns.get("people_role_preposition_lead").match(role)
            return role[lead.end() :] if lead is not None else role  # "- By Mayor Dawn Ramsey": "Mayor"
    return None


def _opens_list(seg: str, v: _Vocab) -> bool:
    """`seg` opens with a list's opener ("Also Present", "In attendance"), whole words followed by a mark or a
    blank: what follows is the list's entries, not a role.  Near misses: "Presentation Officer" (no whole word),
    "Council Member Ann Lee" (a label's word, "Council:", with no colon)."""
    low = seg.lower()
    for opener, _att, _kind in v.openers:
        o = opener.lower()
        if low.startswith(o) and (len(low) == len(o) or not low[len(o)].isalnum()):
            if o in _LABEL_ONLY and not low[len(o) :].lstrip(" \t").startswith((":", "-", "\u2013")):
                continue  # "Council Member Patrick Harris": a label's word, no label ("COUNCIL:")
            return True
    return False


_LABEL_ONLY = frozenset(o.lower() for o in R.LABEL_ONLY_OPENERS)


def _boundary_before(boundary: regex.Pattern[str], head: str, st: int) -> bool:
    """``boundary.search(head[:st])``, searched only over the end it must match at: a word of at most
    four letters or one mark, then blanks (and a final line break, which ``$`` may stand before)."""
    tail = head[: st - 1] if st and head[st - 1] == "\n" else head[:st]
    return boundary.search(head, max(0, len(tail.rstrip(" \t")) - 6), st) is not None


def _singular_role(role: str, v: _Vocab) -> str | None:
    """The singular of a plural role ("Religious Representatives"), or None if it is not one."""
    last = role.split()[-1] if role.split() else ""
    low = last.lower()
    if len(last) > 3 and low.endswith("s") and low not in v.role_words and low[:-1] in v.strong_role_words:
        return role[:-1]
    return None


def _bare_full_name(n_text: str, v: _Vocab, rx: _Rx) -> bool:
    """A name of two words or more with no honorific, a real surname and no role word in it."""
    return (
        len(n_text.split()) >= 2
        and rx.name_only.match(n_text) is not None
        and _surname_ok(n_text, rx)
        and not _has_role_word(n_text, v)
    )


@functools.cache
def _seat_offices() -> frozenset[str]:
    return frozenset(s.lower() for s in R.SEAT_OFFICES)


def _seat_office(text: str) -> bool:
    """A councillor's seat printed whole as a position ("County Councillor", "District councillor"): a role,
    though its last word is an honorific; near miss: the bare "Councillor" stays an honorific."""
    return normalise_space(text).strip(" ,.;").lower() in _seat_offices()


def _role_like(text: str) -> bool:
    """Every word capitalised or a connector: "Land Planning and Technology Administrator"."""
    if _seat_office(text):
        return True
    connectors = set(R.ROLE_CONNECTORS)
    if "(" in text or ")" in text or ":" in text:
        return False
    words = text.split()
    for i, w in enumerate(words):
        low = w.strip(".,").lower()
        post_of = i + 1 < len(words) and words[i + 1] in ("of", "for")  # "Supervisor of IT": a post, no title
        if low in _HON_CANON and not (i and low in _title_roles()) and not post_of:
            return False  # an honorific, but a title after a word is a post: "Dog Warden"
    for w in text.split():
        bare = w.strip(",.;:()")
        if not bare:
            continue
        if not (bare[0].isupper() or bare[0].isdigit() or bare in connectors or bare in ("&", "-", "–", "/")):
            return False
    return True


_ACRONYM_ROLES = frozenset(w for w in R.ROLE_WORDS if w.isupper() and len(w) > 2)  # "CEO", "CFO", "COO"


def _has_role_word(text: str, v: _Vocab) -> bool:
    if _seat_office(text):
        return True
    if any(_grade_initials(m.group(0)) for m in patterns.get("people_grade_initials").finditer(text)):
        return True
    for w in patterns.get("people_word").findall(text):
        low = w.lower()
        # (a word in capitals is a heading's, unless the role word is an acronym: "CFO Sunil Naidu")
        if low in v.strong_role_words and not (w.isupper() and len(w) > 2 and low != "mp" and w not in _ACRONYM_ROLES):
            return True
    for w in patterns.get("people_hyphenated_word").findall(text):
        if any(p.lower() in v.strong_role_words for p in w.split("-")):
            return True
    return False


def _bare_prose_name(name: str, v: _Vocab, rx: _Rx) -> bool:
    """A name read from running text with nothing to vouch for it: no stop, place or organisation
    word in it, no role word or honorific, and a real surname."""
    words = name.split()
    for n, w in enumerate(words):
        # (a surname that is also a common word stands last: "Russell Key", "Sarah Hall")
        stop = w.lower() in rx.stop and not (n == len(words) - 1 and n and w in R.SURNAME_WORDS)
        if stop or w in _place_set() or w in R.ORGANISATION_WORDS:
            return False
    return not (_has_role_word(name, v) or _split_hon(name, v) or not _surname_ok(name, rx))
