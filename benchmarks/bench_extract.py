"""Cost of people and dates extraction per 1,000 words.

    python benchmarks/bench_extract.py [--corpus DIR] [--repeat 3]

Reads every document of the corpus once into a `SourceText` (PDF, HTML,
Markdown, text), builds the context the pipeline hands the extractors
(structure, fields, dates for people), then times `dates.extract_dates` and
`people.extract_people` + `people.extract_role_mentions` alone, keeping the
best of `--repeat` passes (the first pass also builds vocabularies and any
spaCy pipeline, once per process; its time is printed as well).
"""

from __future__ import annotations

import time
from pathlib import Path

from _common import corpus_args


def main() -> None:
    args = corpus_args(__doc__.splitlines()[0])
    args.add_argument("--repeat", type=int, default=3, help="passes over the corpus (the best is kept)")
    opts = args.parse_args()
    from minutes_parser import MinutesParserError, Settings, sources, structure
    from minutes_parser.extract import dates, fields, people
    from minutes_parser.extract.context import Context

    settings = Settings()
    contexts = []
    for path in sorted(p for p in Path(opts.corpus).rglob("*") if p.is_file()):
        try:
            source = sources.read(path, name=str(path))
        except MinutesParserError:
            continue
        ctx = Context(source=source, settings=settings, structure=structure.analyse(source))
        ctx = ctx.evolve(kind=fields.extract_fields(ctx).kind)
        found = tuple(dates.extract_dates(ctx))
        ctx = ctx.evolve(dates=found, meeting_date=dates.meeting_date(found, ctx))
        contexts.append(ctx)
    words = sum(len(ctx.text.split()) for ctx in contexts)
    print(f"{len(contexts)} documents, {words} words")

    def run_dates() -> int:
        return sum(len(tuple(dates.extract_dates(ctx))) for ctx in contexts)

    def run_people() -> int:
        total = 0
        for ctx in contexts:
            found = tuple(people.extract_people(ctx))
            total += len(found) + len(tuple(people.extract_role_mentions(ctx, found)))
        return total

    for name, fn in (("dates", run_dates), ("people", run_people)):
        times = []
        for _ in range(max(1, opts.repeat)):
            started = time.perf_counter()
            count = fn()
            times.append(time.perf_counter() - started)
        best = min(times)
        print(f"{name:<7} {count:6d} records  {best:7.3f} s  = {1e6 * best / words:7.2f} ms per 1,000 words"
              f"  (first pass {1e6 * times[0] / words:.2f})")


if __name__ == "__main__":
    main()
