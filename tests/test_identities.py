"""People across documents (`minutes_parser.scan.identities`): table cases on small invented documents,
the joins beside their near misses, the kind from the evidence of every document, and role history."""

from __future__ import annotations

from typing import Any

import pytest

from minutes_parser.records import PersonKind
from minutes_parser.scan.identities import identities, slim


def person(
    name: str, *hons: str, kind: str = "councillor", role: str | None = None, attendance: str | None = None
) -> dict[str, Any]:
    return {
        "name": name,
        "honorifics": list(hons),
        "kind": kind,
        "role": role,
        "attendance": attendance,
        "mentions": [{}],
    }


def docs(*people_lists: list[dict[str, Any]], authority: str | None = None) -> list[dict[str, Any]]:
    return [
        {"sha256": f"d{n}", "meeting_date": f"2025-01-{n + 10:02d}", "authority": authority, "people": ps}
        for n, ps in enumerate(people_lists)
    ]


def grouping(objects: list[dict[str, Any]]) -> set[frozenset[str]]:
    """The identities found, each as the set of (document, name) of its rows."""
    resolved = identities(objects)
    out: dict[str, set[str]] = {}
    for obj in objects:
        for i, p in enumerate(obj["people"]):
            out.setdefault(resolved.of_row[(obj["sha256"], i)], set()).add(f"{obj['sha256']}:{p['name']}")
    return {frozenset(v) for v in out.values()}


JOIN_CASES = [
    (  # the example: three forms, three documents, one man
        docs([person("Benjamin Watts", kind="officer")], [person("Ben Watts", "Mr")], [person("B Watts", "Mr")]),
        {frozenset({"d0:Benjamin Watts", "d1:Ben Watts", "d2:B Watts"})},
    ),
    (
        docs([person("R W Gough", "Mr")], [person("Roger Gough", kind="other")], [person("Roger William Gough")]),
        {frozenset({"d0:R W Gough", "d1:Roger Gough", "d2:Roger William Gough"})},
    ),
    (  # a bare surname in a list of apologies joins the one member of that name
        docs([person("D Beaney", "Mr", attendance="present")], [person("Beaney", "Mr", attendance="apologies")]),
        {frozenset({"d0:D Beaney", "d1:Beaney"})},
    ),
    (  # a bare surname misspelt, when no one else has it
        docs([person("R G Streatfeild", "Mr")], [person("Streatfield", "Mr")]),
        {frozenset({"d0:R G Streatfeild", "d1:Streatfield"})},
    ),
]

APART_CASES = [
    (  # "J Smith" could be John or Jane
        docs([person("John Smith")], [person("Jane Smith")], [person("J Smith")]),
        {frozenset({"d0:John Smith"}), frozenset({"d1:Jane Smith"}), frozenset({"d2:J Smith"})},
    ),
    (  # a man and a woman with the same initial (Kent)
        docs([person("P T Cole", "Mrs"), person("P Cole", "Mr")], [person("P Cole", "Mr"), person("P T Cole", "Mrs")]),
        {frozenset({"d0:P T Cole", "d1:P T Cole"}), frozenset({"d0:P Cole", "d1:P Cole"})},
    ),
    (  # a head teacher "Mr Carter" is not the member Sir Paul Carter
        docs([person("Paul Carter", "Sir")], [person("Carter", "Mr", kind="other", role="Executive Head Teacher")]),
        {frozenset({"d0:Paul Carter"}), frozenset({"d1:Carter"})},
    ),
    (  # two rows of one document stay two people, whatever their names
        docs([person("Ben Watts"), person("Benjamin Watts")]),
        {frozenset({"d0:Ben Watts"}), frozenset({"d0:Benjamin Watts"})},
    ),
    (  # two bare surnames, two identities of that surname: the bare one joins neither
        docs([person("Jane Smith")], [person("John Smith")], [person("Smith", "Cllr")]),
        {frozenset({"d0:Jane Smith"}), frozenset({"d1:John Smith"}), frozenset({"d2:Smith"})},
    ),
    (
        docs([person("Christopher Evans")], [person("Christine Evans")], [person("Chris Evans")]),
        {frozenset({"d0:Christopher Evans"}), frozenset({"d1:Christine Evans"}), frozenset({"d2:Chris Evans"})},
    ),
]


@pytest.mark.parametrize(("objects", "expected"), JOIN_CASES + APART_CASES)
def test_identities_join_and_keep_apart(objects: list[dict[str, Any]], expected: set[frozenset[str]]) -> None:
    assert grouping(objects) == expected


def test_authorities_are_kept_apart() -> None:
    kent = docs([person("Roger Gough")], authority="Kent County Council")
    other = [{**d, "sha256": "x" + d["sha256"]} for d in docs([person("Roger Gough")], authority="Medway Council")]
    found = identities([*kent, *other]).identities
    assert sorted((i.authority, i.id) for i in found) == [
        ("Kent County Council", "kent-county-council/roger-gough"),
        ("Medway Council", "medway-council/roger-gough"),
    ]
    # without an authority of its own, a document takes the one given
    assert [i.id for i in identities(docs([person("Roger Gough")]), authority="Kent").identities] == [
        "kent/roger-gough"
    ]


KIND_CASES = [
    # a councillor's honorific anywhere decides
    (
        [person("Roger Gough", kind="other"), person("Roger Gough", kind="other"), person("Gough", "Cllr")],
        "councillor",
    ),
    # a staff post outranks a "Present" list that names officers among members
    (
        [
            person("Caroline Smith", kind="officer", role="Assistant Director for Corporate Parenting"),
            person("Caroline Smith", attendance="present"),
        ],
        "officer",
    ),
    # a members' list with "Mr" (Kent) outranks prose that knew nothing
    ([person("A Brady", "Mr", attendance="present"), person("Alister Brady", "Mr", kind="other")], "councillor"),
    # otherwise the majority
    (
        [
            person("Kelly Leeson", kind="other"),
            person("Kelly Leeson", kind="other"),
            person("Kelly Leeson", kind="officer"),
        ],
        "other",
    ),
]


@pytest.mark.parametrize(("rows", "kind"), KIND_CASES)
def test_kind_from_every_document(rows: list[dict[str, Any]], kind: str) -> None:
    found = identities(docs(*([r] for r in rows))).identities
    assert [i.kind for i in found] == [PersonKind(kind)]


def test_role_history_and_fullest_name() -> None:
    objects = docs(
        [person("R W Gough", "Mr", role="Chairman")],
        [person("Roger Gough", role="Leader of the Council")],
        [person("R W Gough", "Mr", role="Leader of the Council.")],
    )
    (gough,) = identities(objects).identities
    assert (gough.name, gough.forms, gough.documents, gough.first_date, gough.last_date) == (
        "Roger Gough",
        ("R W Gough", "Roger Gough"),
        3,
        "2025-01-10",
        "2025-01-12",
    )
    assert [(r.role, r.first_date, r.last_date, r.documents) for r in gough.roles] == [
        ("Chairman", "2025-01-10", "2025-01-10", 1),
        ("Leader of the Council", "2025-01-11", "2025-01-12", 2),
    ]


def test_slim_keeps_what_joining_reads() -> None:
    obj = {**docs([person("Roger Gough")])[0], "text": "x" * 1000}
    assert "text" not in slim(obj)
    assert identities([slim(obj)]).identities == identities([obj]).identities
