"""Build `minutes_parser/rules/census_names.py`: given names from the US Census Bureau's 1990 name files.

The hand list of given names (`rules/names.py`, ``HAND_GIVEN_NAMES``) knows about 600 names; real papers
name thousands more people without an honorific ("Kenny Combe reported", "Araceli Rodriguez, Clerk"),
and a name the parser does not know as a given name is read as two capitalised words.  The 1990
census files (public domain, a work of the US government) list the given names of the population
with their frequencies; they ship inside the `names` package's source distribution on PyPI
(``names-0.3.0.tar.gz``: ``names/dist.male.first``, ``names/dist.female.first``,
``names/dist.all.last``).

Run:  pip download names==0.3.0 --no-deps --no-binary :all: -d /tmp/n && tar xzf /tmp/n/names-0.3.0.tar.gz -C /tmp/n
      python tools/build_given_names.py /tmp/n/names-0.3.0/names > src/minutes_parser/rules/census_names.py

What is kept: a name borne by at least 0.005% of men or of women (the common ones, about 1,600 beyond
the hand list), three letters or more, that is more common as a given name than as a surname
("Williams", "Sheridan", "Carson" are left out: in "Williams Broom" a surname-first roster reads
wrong), and that is not also an everyday word or a place (`NOT_NAMES`: "Royal", "Easter", "Santa",
"Penny", "Miles", "Ward" open the names of things and places far more often than of people).
"""

from __future__ import annotations

import sys
from pathlib import Path

MIN_PERCENT = 0.005  # of men or of women bearing the name

#: Census given names that are also everyday words, places or titles in council papers.
NOT_NAMES = frozenset(
    [
        "Alia",
        "Chance",
        "Codi",
        "Del",
        "Esta",
        "Eve",
        "Forest",
        "Foster",
        "Gay",
        "Heath",
        "Honey",
        "Junior",
        "Love",
        "Mae",
        "Mai",
        "Man",
        "Manual",
        "Miles",
        "Murray",
        "Patience",
        "Penny",
        "Prudence",
        "Royal",
        "Sage",
        "Song",
        "Sun",
        "Ward",
        "Winter",
        "Bailey",
        "Santa",
        "Rico",
        "Denver",
        "Cleveland",
        "Florida",
        "America",
        "Lincoln",
        "Queen",
        "Princess",
        "Angel",
        "Trinity",
        "Easter",
        "Crystal",
        "Golden",
        "Diamond",
        "Sunny",
        "Rocky",
        "Tiny",
        "Merlin",
        "Abbey",
        "Chelsea",
        "Helena",
        "Iona",
        "Dallas",
        "Austin",
        "Houston",
        "Phoenix",
        "Georgia",
        "Carolina",
        "Dakota",
        "Virginia",
        "Indiana",
        "Nevada",
        "Israel",
        "Paris",
        "London",
        "Jersey",
        "Kent",
        "Chester",
        "Delta",
        "Irish",
        "Sterling",
        "Major",
        "General",
        "Judge",
        "Bishop",
        "Dean",
        "Page",
        "Hope",
        "Faith",
        "Grace",
        "Joy",
        "Charity",
        "Liberty",
        "Unique",
        "Precious",
        "Essence",
        "Miracle",
        "Destiny",
        "Marvel",
        "Sharp",
        "Cash",
        "Price",
        "Rich",
        "Young",
        "Van",
        "Art",
        "Autumn",
        "Coy",
        "Guy",
        "Rose",
        "Son",
        "Summer",
        "Drew",
        "Christian",
    ]
)


def _read(path: Path) -> dict[str, float]:
    out: dict[str, float] = {}
    for line in path.read_text().splitlines():
        name, percent, _cumulative, _rank = line.split()
        key = name.title()
        out[key] = max(out.get(key, 0.0), float(percent))
    return out


def main(folder: str) -> None:
    root = Path(folder)
    first = _read(root / "dist.male.first")
    for name, percent in _read(root / "dist.female.first").items():
        first[name] = max(first.get(name, 0.0), percent)
    surnames = _read(root / "dist.all.last")
    from minutes_parser.rules.names import HAND_GIVEN_NAMES, NOT_NAME_WORDS, PLACE_SUFFIXES

    known = set(HAND_GIVEN_NAMES)
    words = {w.lower() for w in (*NOT_NAME_WORDS, *PLACE_SUFFIXES)}
    kept = sorted(
        name
        for name, percent in first.items()
        if name not in known
        and len(name) >= 3
        and percent >= MIN_PERCENT
        and name not in NOT_NAMES
        and name.lower() not in words
        and surnames.get(name, 0.0) < percent
    )
    print('"""Given names from the US Census Bureau\'s 1990 name files (public domain), built by')
    print("`tools/build_given_names.py` (see there for the source and what is left out).  Do not edit by hand.")
    print('"""')
    print()
    print("from __future__ import annotations")
    print()
    print('__all__ = ["CENSUS_GIVEN_NAMES"]')
    print()
    print("CENSUS_GIVEN_NAMES: tuple[str, ...] = (")
    line = "   "
    for name in kept:
        item = f' "{name}",'
        if len(line) + len(item) > 110:
            print(line)
            line = "   "
        line += item
    print(line)
    print(")  # fmt: skip")


if __name__ == "__main__":
    main(sys.argv[1])
