"""Structure: which lines start a numbered or bulleted entry, and with what label.

The label schemes councils use — ``1.``, ``1)``, ``(1)``, ``2.2``, ``3.1.4``,
``a.``, ``(a)``, ``a)``, ``i.``, ``(iii)``, ``iv)``, bullets,
"Recommendation 1:" — are rules in `minutes_parser.rules.structure`.
"""

from __future__ import annotations

import attrs
from attrs import frozen

from .. import patterns
from ..sources import Line, SourceText

__all__ = ["LineInfo", "ListLabel", "Structure", "analyse"]


@frozen(kw_only=True)
class ListLabel:
    """A list label as printed and what it says.

    `scheme` names the numbering (``decimal``, ``multilevel``, ``alpha``,
    ``roman``, ``bullet``, ``word``) and `style` its punctuation (``dot``,
    ``paren`` for "a)", ``parens`` for "(a)", ``none``); `ordinal` is the
    number it stands for (1 for "a", 4 for "iv"); `depth` counts the parts of
    a multilevel number ("3.1.4" is 3).
    """

    text: str
    scheme: str
    style: str
    ordinal: int | None
    depth: int = 1
    start: int = 0
    end: int = 0


@frozen(kw_only=True)
class LineInfo:
    index: int
    line: Line
    text: str
    label: ListLabel | None = None
    body_start: int = 0  # offset in the document where the line's words start, after any label


@frozen(kw_only=True)
class Structure:
    lines: tuple[LineInfo, ...]


_KINDS = ("word_label", "number_label", "multilevel", "decimal", "roman", "alpha", "bullet")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman_value(text: str) -> int | None:
    total, prev = 0, 0
    for ch in reversed(text.lower()):
        value = _ROMAN.get(ch)
        if value is None:
            return None
        total = total - value if value < prev else total + value
        prev = max(prev, value)
    return total or None


def parse_label(text: str, offset: int = 0) -> tuple[ListLabel, int] | None:
    """The label a line starts with and where its words begin, or None."""
    m = patterns.get("list_label").match(text)
    if m is None:
        return None
    kind = next(k for k in _KINDS if m.group(k) is not None)
    raw = m.group("label")
    core = m.group(kind)
    if kind == "roman" and not core:
        return None
    style = (
        "parens"
        if raw.startswith("(")
        else "paren"
        if raw.rstrip().endswith(")")
        else ("dot" if raw.rstrip().endswith((".", ":")) else "none")
    )
    ordinal: int | None
    depth = 1
    if kind == "multilevel":
        parts = [p for p in core.split(".") if p]
        depth = len(parts)
        ordinal = int(parts[-1]) if parts[-1].isdigit() else None
        scheme = "multilevel"
    elif kind == "decimal":
        ordinal, scheme = int(core), "decimal"
    elif kind == "roman":
        ordinal, scheme = roman_value(core), "roman"
    elif kind == "alpha":
        ordinal, scheme = ord(core.lower()) - ord("a") + 1, "alpha"
    elif kind == "bullet":
        ordinal, scheme, style = None, "bullet", "none"
    elif kind == "number_label":
        ordinal, scheme, style = None, "number", "none"
    elif kind == "word_label" and any(sep in (m.group("word_number") or "") for sep in "-/"):
        ordinal, scheme, style = None, "number", "none"  # "Resolution No. 2024-123"
        raw = raw.rstrip().rstrip(":.-\u2013").rstrip() + " "
    else:
        number = m.group("word_number")
        ordinal, scheme, style = (int(number) if number and number.isdigit() else None), "word", "none"
        raw = raw.rstrip().rstrip(":.-\u2013").rstrip() + " "
    label = ListLabel(
        text=raw.strip(),
        scheme=scheme,
        style=style,
        ordinal=ordinal,
        depth=depth,
        start=offset + m.start("label"),
        end=offset + m.start("label") + len(raw.rstrip()),
    )
    return label, m.end()


def analyse(source: SourceText) -> Structure:
    """Label every line of the document."""
    infos: list[LineInfo] = []
    before = ""  # the last line with words
    for index, line in enumerate(source.lines):
        text = source.text[line.start : line.end]
        lead = len(text) - len(text.lstrip())
        parsed = None if line.joined else parse_label(text[lead:], line.start + lead)
        if parsed is not None and _wrapped_number(before, parsed[0], text[lead + parsed[1] :]):
            parsed = None
        if text.strip():
            before = text
        if parsed is None:
            infos.append(LineInfo(index=index, line=line, text=text, body_start=line.start + lead))
        else:
            label, words = parsed
            infos.append(LineInfo(index=index, line=line, text=text, label=label, body_start=line.start + lead + words))
    return Structure(lines=tuple(_settle_roman(infos)))


def _wrapped_number(before: str, label: ListLabel, rest: str) -> bool:
    """A number that a sentence wrapped onto the start of a line, not a label: the line before stops
    mid-sentence (on a word) and the line goes on in lower case ("... waives the standing order" /
    "9.10 requirement for provision of the agenda").  Near miss: "That Council:" / "1. receives the
    report" (a colon before), "1. Receives" (a capital), "(2) the indicators" after "...; and" (a bracketed
    label, an entry's last word)."""
    if label.scheme not in ("decimal", "multilevel") or label.style in ("paren", "parens"):
        return False
    words = before.split()
    last = words[-1] if words else ""
    return last[-1:].isalpha() and last.lower() not in ("and", "or") and rest[:1].islower()


_AMBIGUOUS = frozenset("ivxlcdm")


def _settle_roman(infos: list[LineInfo]) -> list[LineInfo]:
    """Read a one-letter roman label as a letter where its neighbours say so.

    "i." after "h." is the ninth letter, not one; "v)" after "u)" is the
    twenty-second.  A letter label that could be roman ("c", "d", "l", "m")
    after roman "ii"-style labels is read as roman where that continues the
    sequence.  Neighbours are the nearest labels of the same punctuation style.
    """
    labelled = [i for i, info in enumerate(infos) if info.label is not None]
    out = list(infos)
    for pos, i in enumerate(labelled):
        label = infos[i].label
        assert label is not None
        core = _core(label.text)
        if len(core) != 1 or core.lower() not in _AMBIGUOUS or label.scheme not in ("roman", "alpha"):
            continue
        letter = ord(core.lower()) - ord("a") + 1
        before = _neighbour(infos, labelled, pos, -1, label.style)
        after = _neighbour(infos, labelled, pos, 1, label.style)
        if label.scheme == "roman":
            if (before is not None and before.scheme == "alpha" and before.ordinal == letter - 1) or (
                after is not None and after.scheme == "alpha" and after.ordinal == letter + 1
            ):
                out[i] = _relabel(infos[i], scheme="alpha", ordinal=letter)
        else:
            value = roman_value(core)
            if value is not None and (
                (before is not None and before.scheme == "roman" and before.ordinal == value - 1)
                or (after is not None and after.scheme == "roman" and after.ordinal == value + 1)
            ):
                out[i] = _relabel(infos[i], scheme="roman", ordinal=value)
    return out


def _core(text: str) -> str:
    return text.strip().strip("().:").strip()


def _neighbour(infos: list[LineInfo], labelled: list[int], pos: int, step: int, style: str) -> ListLabel | None:
    k = pos + step
    while 0 <= k < len(labelled) and abs(k - pos) <= 12:
        label = infos[labelled[k]].label
        if label is not None and label.style == style and label.scheme in ("roman", "alpha"):
            return label
        k += step
    return None


def _relabel(info: LineInfo, *, scheme: str, ordinal: int) -> LineInfo:
    assert info.label is not None
    return attrs.evolve(info, label=attrs.evolve(info.label, scheme=scheme, ordinal=ordinal))
