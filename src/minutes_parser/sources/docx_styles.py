"""Word .docx styles and list numbering: what the OOXML parts say about a paragraph.

Read from ``word/styles.xml`` and ``word/numbering.xml`` by `minutes_parser.sources.docx`:
paragraph and character styles resolved through their ``w:basedOn`` chain (bold,
size, heading, indent, list, page break before), the list definitions
(``w:abstractNum`` and ``w:num`` with their overrides and list-style links), the
counters of the lists met so far, and the labels Word draws but does not store
("1.", "(a)", "ii.", "•"), written in digits when the printed form would be
longer than `Limits.max_label_chars`.  Numbers in attributes are clamped to
`MAX_NUMBER`.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

from attrs import define, field, frozen

from ..settings import Limits
from .numerals import roman as roman_numeral

__all__ = [
    "MAX_NUMBER",
    "Indent",
    "Level",
    "Numbering",
    "Style",
    "Styles",
    "clamped_int",
    "format_number",
    "on",
    "run_props",
]

_TRUE = frozenset({"1", "true", "on"})
_BULLET = "\u2022"


def on(element: ET.Element | None, ns: str) -> bool | None:
    """A toggle property (``<w:b/>``, ``<w:b w:val="0"/>``): on, off, or not set."""
    if element is None:
        return None
    value = element.get(f"{{{ns}}}val")
    return value is None or value.lower() in _TRUE


MAX_NUMBER = 10**15  # numbers in OOXML attributes are clamped to this (a float's 1e308 is no list start)


def clamped_int(value: str | None, default: int = 0) -> int:
    """An OOXML number attribute as an int, clamped to `MAX_NUMBER`; `default` when absent or unreadable."""
    try:
        value_int = int(float(value)) if value is not None else default
    except (ValueError, OverflowError):  # "abc", "nan", "inf", "1e999"
        return default
    return max(-MAX_NUMBER, min(MAX_NUMBER, value_int))


# ---------------------------------------------------------------- styles


@frozen(kw_only=True)
class Indent:
    left: int | None = None  # twentieths of a point
    first: int | None = None  # first line offset: positive first line, negative hanging

    @classmethod
    def read(cls, ppr: ET.Element | None, ns: str) -> Indent:
        ind = ppr.find(f"{{{ns}}}ind") if ppr is not None else None
        if ind is None:
            return cls()
        left = ind.get(f"{{{ns}}}left", ind.get(f"{{{ns}}}start"))
        first: int | None = None
        if ind.get(f"{{{ns}}}hanging") is not None:
            first = -clamped_int(ind.get(f"{{{ns}}}hanging"))
        elif ind.get(f"{{{ns}}}firstLine") is not None:
            first = clamped_int(ind.get(f"{{{ns}}}firstLine"))
        return cls(left=clamped_int(left) if left is not None else None, first=first)

    def over(self, base: Indent) -> Indent:
        return Indent(
            left=self.left if self.left is not None else base.left,
            first=self.first if self.first is not None else base.first,
        )

    def points(self) -> float:
        return max(0.0, ((self.left or 0) + (self.first or 0)) / 20.0)


@frozen(kw_only=True)
class Style:
    bold: bool | None = None
    size: float | None = None
    heading: bool = False
    num_id: str | None = None
    level: int | None = None
    indent: Indent = Indent()
    page_break_before: bool = False


def run_props(rpr: ET.Element | None, ns: str) -> tuple[bool | None, float | None, bool]:
    """(bold, size in points, hidden) set by a ``w:rPr``."""
    if rpr is None:
        return None, None, False
    sz = rpr.find(f"{{{ns}}}sz")
    size = clamped_int(sz.get(f"{{{ns}}}val")) / 2.0 if sz is not None and sz.get(f"{{{ns}}}val") else None
    return on(rpr.find(f"{{{ns}}}b"), ns), size, bool(on(rpr.find(f"{{{ns}}}vanish"), ns))


@define
class Styles:
    by_id: dict[str, Style] = field(factory=dict)
    default_paragraph: str | None = None
    default: Style = Style()

    @classmethod
    def read(cls, root: ET.Element | None, ns: str) -> Styles:
        out = cls()
        if root is None:
            return out
        raw: dict[str, ET.Element] = {}
        for style in root.iter(f"{{{ns}}}style"):
            sid = style.get(f"{{{ns}}}styleId")
            if sid is None:
                continue
            raw[sid] = style
            if style.get(f"{{{ns}}}type") == "paragraph" and (style.get(f"{{{ns}}}default") or "").lower() in _TRUE:
                out.default_paragraph = sid
        defaults = root.find(f"{{{ns}}}docDefaults")
        if defaults is not None:
            bold, size, _ = run_props(defaults.find(f"{{{ns}}}rPrDefault/{{{ns}}}rPr"), ns)
            out.default = Style(bold=bold, size=size)

        def resolve(sid: str, seen: frozenset[str]) -> Style:
            if sid in out.by_id:
                return out.by_id[sid]
            element = raw[sid]
            based = element.find(f"{{{ns}}}basedOn")
            base_id = based.get(f"{{{ns}}}val") if based is not None else None
            base = resolve(base_id, seen | {sid}) if base_id in raw and base_id not in seen else out.default
            bold, size, _ = run_props(element.find(f"{{{ns}}}rPr"), ns)
            ppr = element.find(f"{{{ns}}}pPr")
            num_id, level = base.num_id, base.level
            numpr = ppr.find(f"{{{ns}}}numPr") if ppr is not None else None
            if numpr is not None:
                nid = numpr.find(f"{{{ns}}}numId")
                lvl = numpr.find(f"{{{ns}}}ilvl")
                num_id = nid.get(f"{{{ns}}}val") if nid is not None else num_id
                level = clamped_int(lvl.get(f"{{{ns}}}val")) if lvl is not None else None
            name_el = element.find(f"{{{ns}}}name")
            style_name = (name_el.get(f"{{{ns}}}val") or "") if name_el is not None else ""
            outline = ppr.find(f"{{{ns}}}outlineLvl") if ppr is not None else None
            pbb = ppr.find(f"{{{ns}}}pageBreakBefore") if ppr is not None else None
            resolved = Style(
                bold=bold if bold is not None else base.bold,
                size=size if size is not None else base.size,
                heading=base.heading
                or style_name.lower().startswith(("heading", "title"))
                or "bold" in style_name.lower()
                or (outline is not None and clamped_int(outline.get(f"{{{ns}}}val"), 9) < 9),
                num_id=num_id,
                level=level,
                indent=Indent.read(ppr, ns).over(base.indent),
                page_break_before=bool(on(pbb, ns)) if pbb is not None else base.page_break_before,
            )
            out.by_id[sid] = resolved
            return resolved

        for sid in raw:
            resolve(sid, frozenset())
        return out

    def get(self, sid: str | None) -> Style:
        if sid is None:
            sid = self.default_paragraph
        return self.by_id.get(sid, self.default) if sid is not None else self.default


# ------------------------------------------------------------- numbering


@frozen(kw_only=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    legal: bool = False
    suffix: str = "tab"
    style: str | None = None
    indent: Indent = Indent()


def _level(lvl: ET.Element, ns: str) -> Level:
    def val(tag: str) -> str | None:
        element = lvl.find(f"{{{ns}}}{tag}")
        return element.get(f"{{{ns}}}val") if element is not None else None

    legal = lvl.find(f"{{{ns}}}isLgl")
    return Level(
        start=clamped_int(val("start"), 1),
        fmt=val("numFmt") or "decimal",
        text=val("lvlText") or "",
        legal=bool(on(legal, ns)) if legal is not None else False,
        suffix=val("suff") or "tab",
        style=val("pStyle"),
        indent=Indent.read(lvl.find(f"{{{ns}}}pPr"), ns),
    )


@define
class Numbering:
    """The list definitions and the counters of the lists met so far.

    Lists (``w:num``) built on one abstract definition count on together, as
    Word shows them, unless a list restarts a level (``w:startOverride``): it
    does so the first time it is used at that level.
    """

    abstract: dict[str, dict[int, Level]] = field(factory=dict)
    nums: dict[str, tuple[str, dict[int, int], dict[int, Level]]] = field(factory=dict)
    links: dict[str, str] = field(factory=dict)  # abstract list -> the list style it takes its levels from
    counters: dict[str, list[int | None]] = field(factory=dict)
    restarted: set[tuple[str, int]] = field(factory=set)
    max_label: int = Limits().max_label_chars
    too_long: int = 0  # labels written in digits because the printed form would be too long

    @classmethod
    def read(cls, root: ET.Element | None, ns: str) -> Numbering:
        out = cls()
        if root is None:
            return out
        links: dict[str, str] = {}
        for abstract in root.iter(f"{{{ns}}}abstractNum"):
            aid = abstract.get(f"{{{ns}}}abstractNumId") or ""
            out.abstract[aid] = {
                clamped_int(lvl.get(f"{{{ns}}}ilvl")): _level(lvl, ns) for lvl in abstract.findall(f"{{{ns}}}lvl")
            }
            link = abstract.find(f"{{{ns}}}numStyleLink")
            if link is not None and link.get(f"{{{ns}}}val"):
                links[aid] = link.get(f"{{{ns}}}val") or ""
        for num in root.iter(f"{{{ns}}}num"):
            nid = num.get(f"{{{ns}}}numId") or ""
            ref = num.find(f"{{{ns}}}abstractNumId")
            aid = (ref.get(f"{{{ns}}}val") or "") if ref is not None else ""
            starts: dict[int, int] = {}
            levels: dict[int, Level] = {}
            for override in num.findall(f"{{{ns}}}lvlOverride"):
                ilvl = clamped_int(override.get(f"{{{ns}}}ilvl"))
                start = override.find(f"{{{ns}}}startOverride")
                if start is not None:
                    starts[ilvl] = clamped_int(start.get(f"{{{ns}}}val"), 1)
                lvl = override.find(f"{{{ns}}}lvl")
                if lvl is not None:
                    levels[ilvl] = _level(lvl, ns)
            out.nums[nid] = (aid, starts, levels)
        out.links = links
        return out

    def _abstract_id(self, num_id: str, styles: Styles, depth: int = 0) -> str | None:
        entry = self.nums.get(num_id)
        if entry is None:
            return None
        aid = entry[0]
        link = self.links.get(aid)
        if link is not None and depth < 3:  # a list style: its own list holds the levels
            linked = styles.get(link).num_id
            if linked is not None and linked != num_id:
                return self._abstract_id(linked, styles, depth + 1)
        return aid

    def levels(self, num_id: str, styles: Styles) -> dict[int, Level]:
        aid = self._abstract_id(num_id, styles)
        if aid is None:
            return {}
        levels = dict(self.abstract.get(aid, {}))
        levels.update(self.nums[num_id][2])
        return levels

    def level_for_style(self, num_id: str, style_id: str | None, styles: Styles) -> int:
        for ilvl, lvl in self.levels(num_id, styles).items():
            if style_id is not None and lvl.style == style_id:
                return ilvl
        return 0

    def indent(self, num_id: str, level: int, styles: Styles) -> Indent:
        lvl = self.levels(num_id, styles).get(level)
        return lvl.indent if lvl is not None else Indent()

    def label(self, num_id: str, level: int, styles: Styles) -> tuple[str, str]:
        """Advance the list's counter at `level`; the label Word shows and what follows it."""
        levels = self.levels(num_id, styles)
        aid = self._abstract_id(num_id, styles)
        if aid is None or level not in levels or not 0 <= level < _LEVELS:
            return "", ""
        counters = self.counters.setdefault(aid, [None] * _LEVELS)
        starts = self.nums[num_id][1]
        if level in starts and (num_id, level) not in self.restarted:
            self.restarted.add((num_id, level))
            counters[level] = starts[level]
        else:
            current = counters[level]
            counters[level] = levels[level].start if current is None else current + 1
        for deeper in range(level + 1, len(counters)):
            counters[deeper] = None
        lvl = levels[level]
        sep = {"tab": " ", "space": " "}.get(lvl.suffix, "")
        if lvl.fmt == "bullet":
            return _BULLET, " "
        if lvl.fmt == "none" and "%" not in lvl.text:
            return lvl.text.strip(), sep
        text = lvl.text
        for k in range(9, 0, -1):
            token = f"%{k}"
            if token not in text:
                continue
            ref = levels.get(k - 1)
            value = counters[k - 1]
            if value is None:
                value = ref.start if ref is not None else 1
            fmt = "decimal" if (lvl.legal and k - 1 != level) or ref is None else ref.fmt
            if _printed_length(value, fmt) > self.max_label:
                self.too_long += 1
                fmt = "decimal"
            text = text.replace(token, format_number(value, fmt))
        if len(text) > self.max_label + 20:
            self.too_long += 1
            text = text[: self.max_label]
        return text.strip(), sep


_LEVELS = 9  # Word's list levels, 0 to 8


def _printed_length(value: int, fmt: str) -> int:
    """How long `value` is when written in `fmt`, known before writing it."""
    if fmt in {"lowerLetter", "upperLetter"} and value > 0:
        return (value - 1) // 26 + 1
    if fmt in {"lowerRoman", "upperRoman"} and value > 0:
        return value // 1000 + 16
    return len(str(value)) + 2


def format_number(value: int, fmt: str) -> str:
    if fmt in {"lowerLetter", "upperLetter"}:
        letters = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1) if value > 0 else str(value)
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in {"lowerRoman", "upperRoman"}:
        roman = roman_numeral(value)
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt == "ordinal":
        suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
        return f"{value}{suffix}"
    if fmt == "none":
        return ""
    return str(value)
