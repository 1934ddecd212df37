"""Finders in running text: honorific names, known given names, roles before and after bare names, speakers, movers."""

from __future__ import annotations

from collections.abc import Iterator

from ... import nlp as _nlp
from ... import patterns
from ...records import PersonKind
from ...rules import people as R
from ...text import normalise_space
from ..context import Context
from .affiliations import _affiliation_after
from .kinds import _role_kind
from .names import (
    _clean_name,
    _end_of,
    _followed_by_place,
    _inside_caps_heading,
    _post_nominals_after,
    _prefix_len,
    _surname_ok,
    _tokens,
    given_name_pairs,
    letter_label_at,
)
from .roles import (
    _bare_prose_name,
    _has_role_word,
    _read_role,
    _role_after,
    _role_before,
    _role_like,
    _title_and_surname,
)
from .vocab import _HONORIFIC, _PROSE, _PROSE_ROLE, _Cand, _given_set, _place_set, _Rx, _split_hon, _Vocab


def _honorific_mentions(
    text: str, v: _Vocab, rx: _Rx, lo: int = 0, hi: int | None = None, *, whole: bool = False
) -> Iterator[_Cand]:
    """Honorific + name anywhere in ``text[lo:hi]``; with `whole` (a list entry), a name that fills
    the rest of the entry is kept across its line break ("Cr Mere\n   Hohaia")."""
    pos, stop = lo, len(text) if hi is None else hi
    while (m := rx.hon_name.search(text, pos, stop)) is not None:
        pos = m.end()
        hons = _split_hon(m.group("hon"), v)
        if not hons:
            continue
        if len(hons[-1]) > 4 and patterns.get("people_title_sentence_end").search(m.group("hon")):
            continue  # "... by the Mayor.\nUpon resumption": a sentence ends after a title
        fills = whole and hi is not None and not text[m.end("name") : hi].strip()
        name = _clean_name(normalise_space(m.group("name"))) if fills else _clean_name(m.group("name"))
        if not name or not _surname_ok(name, rx):
            continue
        name = _before_next_row(text, m.end("name"), name, v, rx)
        start = m.start()
        nstart = m.start("name")
        end = nstart + len(m.group("name").rstrip())
        # recompute end after cleaning
        end = _end_of(text, nstart, name)
        if nstart < end < pos:
            # the match ran on past the name ("Mayor Ann Lee\nMayor Pro Tem Jo Ash"): read on from its end
            pos = end
        if "\n" in text[start:nstart] and patterns.get("people_label_after_name").match(text, end):
            continue  # a title ending a line over a label ("Plenary Mayor\nWitnessed:"), no name
        if patterns.get("people_mark_then_line").match(text, nstart):
            continue  # a mark after a title ends its line ("Supervisor X" / "Shelby Branch, ..."): no initial
        if _followed_by_place(text, end):
            continue
        posts, pend = _post_nominals_after(text, end, rx)
        cand = _Cand(start=start, end=end, name=name, honorifics=hons, post_nominals=posts)
        role = _role_after(text, pend, v)
        if role:
            cand.role, cand.role_rank = role[0], _PROSE_ROLE
        if not role:
            before = _role_before(text, start, v)
            if before:
                cand.role, cand.role_rank = before, _PROSE_ROLE
        if not role:
            cand.party, cand.organisation = _affiliation_after(text, pend)
        title_roles = [h for h in hons if h in R.TITLE_ROLES]
        if title_roles and not cand.role:
            cand.role, cand.role_rank = title_roles[0], 1
        if any(h in R.COUNCILLOR_HONORIFICS for h in hons):
            cand.kind, cand.kind_rank = PersonKind.COUNCILLOR, _HONORIFIC
        rk = _role_kind(cand.role)
        if rk and cand.role_rank >= _PROSE_ROLE:
            cand.kind, cand.kind_rank = rk, max(cand.kind_rank, _PROSE_ROLE)
        given, _, _ = _tokens(name)
        cand.mention_only = not given
        yield cand


def _before_next_row(text: str, end: int, name: str, v: _Vocab, rx: _Rx) -> str:
    """The person's name alone where a table without rulings ran its next cell and the next row on after it:
    "Mayor Jim Miller Saratoga Springs Mayor Kurt Ostler Highland ..." (the member, the place they represent,
    the next member) gives "Jim Miller".  Only where another title follows (inside what was read as the name, or
    straight after it with a name) and the name opens on a known given name with a surname after it; near
    misses: "Mary Kay Harris" (two given names first), "Mayor Ann Lee Councillor Jo Ash" (two words only)."""
    words = name.split()
    if len(words) < 3:
        return name
    inner = next((i for i in range(2, len(words)) if _split_hon(words[i], v)), None)
    if inner is not None:
        words = words[:inner]
    elif not rx.hon_name.match(text, end + len(text[end:]) - len(text[end:].lstrip(" \t"))):
        return name
    keep = 3 if len(words[1].rstrip(".")) == 1 else 2  # "Jim R. Miller"
    given = _given_set()
    if len(words) <= keep or words[0] not in given or words[keep - 1] in given:
        return " ".join(words) if inner is not None and len(words) >= 2 else name
    return " ".join(words[:keep])


def _given_name_mentions(ctx: Context, v: _Vocab, rx: _Rx) -> Iterator[_Cand]:
    """Names without an honorific that start with a known given name (spaCy span ruler)."""
    text = ctx.text
    full, pair = patterns.get("people_name_from_given"), patterns.get("people_given_pair")
    for label, s, _end in _nlp.ruler_spans(text, tuple(ctx.settings.extra_role_words)):
        if label != _nlp.GIVEN_NAME_LABEL:
            continue
        im = patterns.get("people_initials_before_name").search(text[max(0, s - 8) : s])
        if im and not letter_label_at(text, s - len(im.group(0))):
            s -= len(im.group(0))  # "S. Martin Newberry": the initial belongs to the name, not "B. " of a list
        if s > 1 and text[s - 1] in "-‐" and text[s - 2].isalpha():
            hm = patterns.get("people_capitalised_word_end").search(text[max(0, s - 30) : s - 1])
            if not hm:
                continue
            s = s - 1 - len(hm.group(0))
        if s > 0 and (text[s - 1].isalpha() or text[s - 1] in "-'’"):
            continue
        if patterns.get("people_place_prefix_before").search(text, max(0, s - 8), s):
            continue  # a place named after a saint or a person: "San Juan Unified", "Fort Collins"
        if patterns.get("people_particle_before").search(text, max(0, s - 6), s):
            continue  # the end of a surname: "Paul" of "Vincent De Paul"
        if patterns.get("people_body_word_before").search(text, max(0, s - 16), s):
            continue  # a body's verb in a heading's capitals: "The RDA Board Will Hold a Public Hearing"
        pm = pair.match(text, s)
        if pm and pm.group("a") in _given_set() and pm.group("b") in _given_set():
            surname = pm.group("s")
            if surname.lower() in rx.stop or _followed_by_place(text, pm.end()):
                continue
            yield _Cand(
                start=pm.start("a"),
                end=pm.end("a"),
                name=f"{pm.group('a')} {surname}",
                kind=PersonKind.OTHER,
                kind_rank=_PROSE,
            )
            yield _Cand(
                start=pm.start("b"),
                end=pm.end("s"),
                name=f"{pm.group('b')} {surname}",
                kind=PersonKind.OTHER,
                kind_rank=_PROSE,
            )
            continue
        m = full.match(text, s)
        if not m:
            continue
        raw = m.group("name")
        raw = _line_of_names_cut(raw)
        words = raw.split()
        # stop at the first word that cannot be part of a name
        cut = len(words)
        for idx, w in enumerate(words[1:], start=1):
            if w.lower() in rx.stop or w in _place_set():
                cut = idx
                break
        words = words[:cut]
        if given_name_pairs(words):
            words = words[:2]  # "Alan Biddlecombe Brian Bird": a row of names, the first of them
        if len(words) < 2 or patterns.get("people_initial").fullmatch(words[-1]):
            continue
        name = _clean_name(raw[: _prefix_len(raw, words)])
        if not name or len(name.split()) < 2:
            continue
        end = _end_of(text, s, name)
        if _followed_by_place(text, end) or _inside_caps_heading(text, s, end):
            continue
        cand = _Cand(start=s, end=end, name=name, kind=PersonKind.OTHER, kind_rank=_PROSE)
        posts, pend = _post_nominals_after(text, end, rx)
        cand.post_nominals = posts
        role = _role_after(text, pend, v)
        if not role:
            cand.party, cand.organisation = _affiliation_after(text, pend)
        below = None if role else _role_below(text, s, pend, v)
        role_text = role[0] if role else _role_before(text, s, v) or below
        if below:
            # a signature: phone and e-mail may follow on the next lines
            tail = text[pend : pend + 200]
            pm = patterns.get("people_phone").search(tail)
            em = patterns.get("people_email").search(tail)
            cand.phone = normalise_space(pm.group(0)) if pm else None
            cand.email = em.group(0).rstrip(".") if em else None
        if role_text:
            cand.role, cand.role_rank = role_text, _PROSE_ROLE
            rk = _role_kind(role_text)
            if rk:
                cand.kind, cand.kind_rank = rk, _PROSE_ROLE
        yield cand


def _line_of_names_cut(raw: str) -> str:
    """A name read across a line break cut at the break where the next line opens another name: "Dermot Lacey"
    of "Dermot Lacey" / "Darcy Lonergan" (one a line).  Near misses: "Mary" / "Ann Smith" (one word before the
    break), "John Paul" / "Jones" (no given name after it)."""
    nl = raw.find("\n")
    if nl <= 0:
        return raw
    before, after = raw[:nl].split(), raw[nl + 1 :].split()
    if len(before) >= 2 and after and after[0] in _given_set():
        return raw[:nl].rstrip()
    return raw


def _role_below(text: str, start: int, end: int, v: _Vocab) -> str | None:
    """A signature: the name alone on its line and a role alone on the next ("Jane Smith\nGeneral Counsel")."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    if le == -1 or text[ls:start].strip() or text[end:le].strip():
        return None
    ne = text.find("\n", le + 1)
    ne = len(text) if ne == -1 else ne
    got = _read_role(text, le + 1, v)
    if got and got[2] >= ne - 1 - (len(text[le + 1 : ne]) - len(text[le + 1 : ne].rstrip())) and _role_like(got[0]):
        return got[0]
    return None


def _mover_mentions(text: str, v: _Vocab, rx: _Rx) -> Iterator[_Cand]:
    mover = patterns.get("people_mover")
    for m in mover.finditer(text):
        name = normalise_space(m.group("name"))
        yield _Cand(start=m.start("name"), end=m.end("name"), name=name, mention_only=True)
    res = patterns.get("people_resolution_movers")
    for m in patterns.get("people_line").finditer(text):
        rm = res.match(m.group(0))
        if not rm:
            continue
        base = m.start() + rm.start("names")
        for nm in patterns.get("people_initials_name").finditer(rm.group("names")):
            yield _Cand(
                start=base + nm.start(), end=base + nm.end(), name=normalise_space(nm.group(0)), mention_only=True
            )


def _ner_mentions(ctx: Context, rx: _Rx) -> Iterator[_Cand]:
    """Names an installed English NER pipeline finds (only with `Settings.use_ner`): they only
    add people the rules missed, as 'other' with no role, and never override what the rules found."""
    if not ctx.settings.use_ner:
        return
    ner = _nlp.ner_pipeline()
    if ner is None:
        return
    text = ctx.text
    for label, es, ee in _nlp.ner_spans(ner, text):
        if label != "PERSON":
            continue
        printed = text[es:ee]
        name = normalise_space(printed).strip(" ,.;:")
        words = name.split()
        if len(words) < 2 or len(words) > 4 or not rx.name_only.match(name) or not _surname_ok(name, rx):
            continue
        if any(w.lower() in rx.stop and w not in R.SURNAME_WORDS for w in words):
            continue
        start = es + (len(printed) - len(printed.lstrip()))
        yield _Cand(start=start, end=_end_of(text, start, name), name=name, kind=PersonKind.OTHER, kind_rank=0)


def _role_name_mentions(text: str, v: _Vocab, rx: _Rx) -> Iterator[_Cand]:
    """Names without honorific or known given name, followed by "(role)" or ", role"."""
    pat = patterns.get("people_name_before_role")
    for m in pat.finditer(text):
        name = m.group("name")
        words = name.split()
        if any(w.lower() in rx.stop for w in words) or words[0] in _given_set():
            continue
        if _split_hon(name, v):
            continue  # "Elder Tobias Brown": the honorific finder reads it
        if _has_role_word(name, v):
            continue
        if words[-1] in _place_set() and words[-1] not in R.SURNAME_WORDS:
            continue  # "In relation to Rathmore Estate, the Director said"
        before = text[max(0, m.start() - 40) : m.start()].split()
        if len(before) >= 2 and before[-1].lower() in R.ROLE_CONNECTORS and before[-2].lower() in v.role_words:
            continue  # inside a role: "Deputy Chief of Police Cody Stromberg" (near miss: "Report of Stromberg")
        role = _role_after(text, m.end(), v)
        if not role:
            continue
        rk = _role_kind(role[0])
        ls = text.rfind("\n", 0, m.start()) + 1
        if _inside_caps_heading(text, m.start(), m.end()) or text[ls : m.start()].strip().endswith(("the", "The")):
            continue
        yield _Cand(
            start=m.start(),
            end=m.end(),
            name=name,
            role=role[0],
            role_rank=_PROSE_ROLE,
            kind=rk,
            kind_rank=_PROSE_ROLE if rk else 0,
        )


def _role_first_mentions(text: str, v: _Vocab, rx: _Rx) -> Iterator[_Cand]:
    """Bare names after their role in running text: "Emergency Management Director Carla Haynes presented"."""
    for m in rx.role_first.finditer(text):
        name = m.group("name")
        if not _bare_prose_name(name, v, rx):
            continue
        if patterns.get("people_column_gap").search(text, m.end("role"), m.start("name")):
            continue  # a role and a name parted by a column gap: two cells ("..., Deputy Attorney     Jeff Smith, ...")
        role = normalise_space(m.group("role"))
        lead = patterns.get("people_role_preposition_lead").match(role)
        if lead is not None:
            role = role[lead.end() :]  # "Electronic Meeting - By Mayor Dawn Ramsey": the post is "Mayor"
        pair = patterns.get("people_title_surname_and").match(role)
        if pair is not None and _title_and_surname(pair.group("pair"), v):
            role = role[pair.end() :]  # "with Manager Lewis and Attorney Loose": Loose's post is "Attorney"
        if not role:
            continue
        seat = m.group("comma") is not None and role in R.COUNCILLOR_HONORIFICS  # "the County Councillor, X"
        if not (_role_like(role) or seat) or _inside_caps_heading(text, m.start(), m.end()):
            continue
        if any(w in _place_set() for w in role.split()[1:]):
            continue  # "Springfield Road and Chief Peguis Trail": places, not a post ("Road Superintendent" is)
        if m.group("comma") is None and any(role == h or role.endswith(" " + h) for h in v.honorifics):
            continue  # "Council Member Delgado": an honorific, which its own finder reads
        if _followed_by_place(text, m.end()):
            continue
        rk = _role_kind(role)
        given, _, _ = _tokens(name)
        yield _Cand(
            start=m.start("name"),
            end=m.end("name"),
            name=normalise_space(name),
            role=role,
            role_rank=_PROSE_ROLE,
            kind=rk,
            kind_rank=_PROSE_ROLE if rk else 0,
            mention_only=not given,
        )


def _speaker_mentions(text: str, v: _Vocab, rx: _Rx) -> Iterator[_Cand]:
    """Members of the public named without honorific where they speak: "Hemi Walker, on behalf of
    the Residents Association, spoke", "Gail Henderson of Ridge Road asked", "Mary Jenkins – I don't know
    ..." (a speaker's turn, a known given name first)."""
    turns = [
        m for m in patterns.get("people_speaker_turn").finditer(text) if m.group("name").split()[0] in _given_set()
    ]
    for m in [*patterns.get("people_public_speaker").finditer(text), *turns]:
        name = m.group("name")
        if not _bare_prose_name(name, v, rx):
            continue
        if not patterns.get("people_plain_given").fullmatch(name.split()[0]):
            continue  # a given name has no capital inside ("ClIr Butler" is a misprinted "Cllr")
        if _inside_caps_heading(text, m.start("name"), m.end("name")):
            continue
        yield _Cand(
            start=m.start("name"), end=m.end("name"), name=normalise_space(name), kind=PersonKind.OTHER, kind_rank=1
        )


def _speaker_card_mentions(text: str, v: _Vocab, rx: _Rx) -> Iterator[_Cand]:
    """A public hearing's speaker cards: "Speaker # 1: Applicant" / "Name: Dan Ford" (the role the capacity printed
    on the card).  Near miss: a card with no "Name:" line names no one."""
    for m in patterns.get("people_speaker_card").finditer(text):
        name = m.group("name")
        if not _bare_prose_name(name, v, rx):
            continue
        yield _Cand(
            start=m.start("name"),
            end=m.end("name"),
            name=normalise_space(name),
            role=normalise_space(m.group("role")),
            role_rank=_PROSE_ROLE,
            kind=PersonKind.OTHER,
            kind_rank=1,
        )


def _resident_mentions(text: str, v: _Vocab, rx: _Rx) -> Iterator[_Cand]:
    """A member of the public named with "resident" before the name, in lower case: "Link to comments from
    resident Kimball Willard", "comments by resident Ann Lee" (the role "resident").  Near miss: "resident
    Park City businesses" (no person's name)."""
    for m in patterns.get("people_resident_name").finditer(text):
        name = m.group("name")
        if not _bare_prose_name(name, v, rx) or _inside_caps_heading(text, m.start("name"), m.end("name")):
            continue
        yield _Cand(
            start=m.start("name"),
            end=m.end("name"),
            name=normalise_space(name),
            role="resident",
            role_rank=_PROSE_ROLE,
            kind=PersonKind.OTHER,
            kind_rank=1,
        )
