"""Officer and author blocks in reports: a name line, a role line, phone and e-mail."""

from __future__ import annotations

from collections.abc import Iterator

from ... import patterns
from ...records import PersonKind
from ...rules import people as R
from ...text import normalise_space
from .entries import _role_dash_name
from .kinds import _role_kind
from .names import _surname_ok
from .prose import _honorific_mentions
from .roles import _has_role_word, _read_role
from .vocab import _BLOCK, _Cand, _given_set, _Rx, _Vocab


def _contact_mentions(text: str, v: _Vocab, rx: _Rx) -> Iterator[_Cand]:
    phone_rx = patterns.get("people_phone")
    email_rx = patterns.get("people_email")
    consumed = 0
    for m in rx.contact_label.finditer(text):
        if m.start() < consumed:
            continue
        label = normalise_space(m.group("label") or m.group("label2"))
        label_role = next((r for k, r in R.CONTACT_LABELS.items() if k.lower() == label.lower()), None)
        pos = m.end()
        columns = _two_column_block(text, pos, v, rx)
        if columns:
            consumed = columns[1]
            yield from columns[0]
            continue
        # up to 3 people, each a name line (", role" on it or on the next line), then phone/e-mail lines
        lines = _next_lines(text, pos, 12)
        idx = 0
        people_found = 0
        while idx < len(lines) and people_found < 3:
            ls, le = lines[idx]
            line = text[ls:le]
            if not line.strip():
                idx += 1
                continue
            if rx.contact_label.match(line + "\n") and people_found:
                break
            cand = _name_line(text, ls, le, v, rx)
            if cand is None:
                if people_found:
                    idx += 1
                    if idx > 8:
                        break
                    continue
                break
            people_found += 1
            cand.kind, cand.kind_rank = PersonKind.OFFICER, _BLOCK
            idx += 1
            if not cand.role and idx < len(lines):
                rs, re_ = lines[idx]
                got = _read_role(text, rs, v)
                nxt_text = text[rs:re_].strip()
                if got and got[2] >= re_ - 1 and not rx.contact_label.match(nxt_text + "\n"):
                    role = normalise_space(text[got[1] : max(re_, got[2])].rstrip(" ,"))
                    while idx + 1 < len(lines) and lines[idx + 1][0] < got[2]:
                        idx += 1  # the role ran on over its next line
                    cont = lines[idx + 1] if idx + 1 < len(lines) else None
                    if cont and patterns.get("people_connector_start").match(text[cont[0] : cont[1]]):
                        role = normalise_space(role + " " + text[cont[0] : cont[1]])
                        idx += 1
                    cand.role, cand.role_rank = role, _BLOCK
                    idx += 1
            elif cand.role:
                cand.role_rank = _BLOCK
            if not cand.role and label_role:
                cand.role, cand.role_rank = label_role, _BLOCK - 1
            rk = _role_kind(cand.role)
            if rk and cand.role_rank >= _BLOCK - 1 and cand.role != label_role:
                cand.kind = rk
            # phone and e-mail in the next few lines
            k = idx
            tail = ""
            while k < len(lines) and k < idx + 6:
                t = text[lines[k][0] : lines[k][1]]
                if _name_line(text, lines[k][0], lines[k][1], v, rx) is not None or rx.contact_label.match(t + "\n"):
                    break  # the next person, or the next label's block ("Report author: ...")
                tail += t + "\n"
                k += 1
            joined = patterns.get("people_email_line_break").sub("", tail)
            pm = phone_rx.search(joined)
            em = email_rx.search(joined)
            cand.phone = normalise_space(pm.group(0)) if pm else None
            cand.email = em.group(0).rstrip(".") if em else None
            yield cand
            idx = max(idx, k)
            if not patterns.get("people_plural_contact_label").search(label):
                break  # one person per label, unless the label is plural


def _two_column_block(text: str, pos: int, v: _Vocab, rx: _Rx) -> tuple[list[_Cand], int] | None:
    """A contact block printed in columns whose lines were read across ("Report Author:" /
    "Relevant Director:" / name / name / role / role ...): the k-th name takes the k-th role,
    phone and e-mail."""
    lines = [ln for ln in _next_lines(text, pos, 24) if text[ln[0] : ln[1]].strip()]
    i = 0
    while i < len(lines) and rx.contact_label.match(text[lines[i][0] : lines[i][1]].strip() + "\n"):
        i += 1
    columns = i + 1  # the label just read, and those straight after it
    if columns < 2 or i + columns > len(lines):
        return None
    names = [_name_line(text, s, e, v, rx) for s, e in lines[i : i + columns]]
    if any(c is None for c in names):
        return None
    found = [c for c in names if c is not None]
    j = i + columns
    for c in found:
        if j < len(lines) and c.role is None:
            got = _read_role(text, lines[j][0], v)
            if got and got[2] >= lines[j][1] - 1:
                c.role, c.role_rank = got[0], _BLOCK
                j += 1
    phones: list[str] = []
    emails: list[str] = []
    end = lines[min(j, len(lines) - 1)][1]
    for s, e in lines[j:]:
        line = text[s:e]
        if _name_line(text, s, e, v, rx) is not None:
            break
        phones += [normalise_space(p.group(0)) for p in patterns.get("people_phone").finditer(line)]
        emails += [x.group(0).rstrip(".") for x in patterns.get("people_email").finditer(line)]
        end = e
    for k, c in enumerate(found):
        c.kind, c.kind_rank = _role_kind(c.role) or PersonKind.OFFICER, _BLOCK
        c.phone = phones[k] if k < len(phones) else None
        c.email = emails[k] if k < len(emails) else None
    return found, end


def _next_lines(text: str, pos: int, count: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    i = pos
    while len(out) < count and i <= len(text):
        j = text.find("\n", i)
        if j == -1:
            j = len(text)
        out.append((i, j))
        if j >= len(text):
            break
        i = j + 1
    return out


def _own_email_below(text: str, le: int, surname: str) -> bool:
    """Whether the line after a contact block's name gives an e-mail address holding the name's surname
    ("Hyacinth Bouchard" / "Email: hyacinth.bouchard@trca.ca"); near miss: a team's address ("Planning
    Team" / "planning@example.org" names no surname of the line's)."""
    nxt = text.find("\n", le + 1)
    below = text[le : nxt if nxt >= 0 else len(text)]
    found = patterns.get("people_email").search(below)
    return found is not None and len(surname) >= 3 and surname.casefold() in found.group().split("@")[0].casefold()


def _name_line(text: str, ls: int, le: int, v: _Vocab, rx: _Rx) -> _Cand | None:
    """A line that is a name, or a name and its role: "Jackie Mould, Head of Policy"."""
    line = text[ls:le]
    lead = len(line) - len(line.lstrip())
    s = ls + lead
    body = line.strip()
    if not body or len(body) > 160:
        return None
    # honorific name
    hm = rx.hon_name.match(text, s, le)
    if hm:
        cands = list(_honorific_mentions(text, v, rx, s, le))
        if cands and cands[0].start == s:
            return cands[0]
    dashed = _role_dash_name(text, s, s + len(body), v, rx)
    if dashed is not None:
        return dashed  # "Senior Strategic Planner - Hayley Moss"
    head, _, rest = body.partition(",")
    head = head.strip()
    nm = rx.name_only.match(head)
    if not nm or _has_role_word(head, v) or not _surname_ok(head, rx):
        return None
    words = head.split()
    if len(words) < 2 or len(words) > 4:
        return None
    phone_after = bool(rest.strip()) and patterns.get("people_contact_phone").match(rest.strip()) is not None
    known = words[0] in _given_set() or patterns.get("people_initial").fullmatch(words[0]) is not None
    if not known and not rest and not _own_email_below(text, le, words[-1]):
        return None  # (a given name not on the list, vouched for by the e-mail below: "Hyacinth Bouchard")
    end = s + len(head)
    cand = _Cand(start=s, end=end, name=normalise_space(head))
    if phone_after:
        return cand  # "Mike Puusa, (647) 212-2941": the telephone, no role
    if rest.strip():
        got = _read_role(text, end + 1, v)
        if not got:
            return None
        cand.role = got[0]
    return cand
