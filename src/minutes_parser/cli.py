"""The `minutes-parser` command.

    minutes-parser parse FILE... [--format json|jsonl|text] [--backend pdfium|pdfplumber]
    minutes-parser compare REPORT [MINUTES] [--format json|text|html]
    minutes-parser scan INPUT... --out DIR [--jobs N]

Exit codes: 0 all files read, 1 some file failed (one line per failure on
stderr, naming the file and the cause), 2 usage.  No traceback reaches the
user unless ``--debug`` is given.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from .records import Document

__all__ = ["main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _version() -> str:
    from . import __version__

    return __version__


def _add_parse_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--backend", choices=("pdfium", "pdfplumber"), default=None,
                   help="PDF reader: pdfium (fast, default) or pdfplumber (reference)")
    p.add_argument("--date-order", choices=("auto", "dmy", "mdy"), default=None,
                   help="how to read 05/06/2024: day first (dmy), month first (mdy) or auto (default)")
    p.add_argument("--strict", action="store_true", default=None, help="treat doubts as errors")
    p.add_argument("--debug", action="store_true", help="show a traceback for unexpected errors")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="minutes-parser",
        description="Turn council reports, minutes and decision notices into typed records.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("parse", help="parse documents and print what they hold")
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="PDF, Word .docx, HTML, Markdown or text files ('-' reads stdin)")
    p.add_argument("--format", choices=("json", "jsonl", "text"), default="text",
                   help="json: one object (an array for several files); jsonl: one line per file; text: a summary")
    p.add_argument("--include-text", action="store_true", help="add the document text that spans point into")
    _add_parse_options(p)

    c = sub.add_parser("compare", help="pair recommendations with resolutions")
    c.add_argument("report", metavar="REPORT")
    c.add_argument("minutes", metavar="MINUTES", nargs="?")
    c.add_argument("--format", choices=("json", "text", "html"), default="text")
    _add_parse_options(c)

    s = sub.add_parser("scan", help="parse a whole archive into JSON lines and tables")
    s.add_argument("inputs", nargs="+", metavar="INPUT", help="folders, globs, or text files listing paths")
    s.add_argument("--out", required=True, metavar="DIR", help="where to write documents.jsonl and tables")
    s.add_argument("--jobs", type=int, default=None, help="worker processes (default: the number of cores)")
    s.add_argument("--timeout", type=float, default=None, help="seconds one document may take (default 120)")
    s.add_argument("--scheduler", default=None, metavar="ADDRESS", help="run on a Dask cluster")
    s.add_argument("--quiet", action="store_true", help="no progress output")
    s.add_argument("--retry-errors", action="store_true",
                   help="parse again the inputs that failed in an earlier run (done ones stay skipped)")
    _add_parse_options(s)
    return parser


def _settings(args: argparse.Namespace) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("backend", "date_order", "strict"):
        value = getattr(args, key, None)
        if value is not None:
            out[key] = value
    return out


def _fail(name: str, exc: BaseException, debug: bool) -> None:
    from .errors import MinutesParserError

    if debug:
        import traceback

        traceback.print_exception(exc, file=sys.stderr)
    if isinstance(exc, MinutesParserError):
        print(f"minutes-parser: {name}: {exc.message} [{type(exc).__name__} {exc.code}]", file=sys.stderr)
    else:
        print(f"minutes-parser: {name}: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)


def _parse_one(name: str, settings: dict[str, Any]) -> Document:
    from pathlib import Path

    from .pipeline import parse

    if name == "-":
        return parse(sys.stdin.buffer.read(), name="<stdin>", **settings)
    return parse(Path(name), **settings)


def _cmd_parse(args: argparse.Namespace, out: TextIO) -> int:
    from .serialize import to_dict

    settings = _settings(args)
    failed = 0
    objects: list[dict[str, Any]] = []
    for name in args.files:
        try:
            document = _parse_one(name, settings)
        except Exception as exc:
            failed += 1
            _fail(name, exc, args.debug)
            continue
        if args.format == "text":
            out.write(render_text(document) + "\n")
        elif args.format == "jsonl":
            out.write(json.dumps(to_dict(document, include_text=args.include_text), ensure_ascii=False) + "\n")
        else:
            objects.append(to_dict(document, include_text=args.include_text))
    if args.format == "json" and (objects or not failed):
        payload: Any = objects[0] if len(args.files) == 1 else objects
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    return EXIT_FAILED if failed else EXIT_OK


def render_text(document: Document) -> str:
    """A short human-readable summary of a parsed document."""
    lines = [
        f"{document.source or '<text>'}",
        f"  kind: {document.kind.value}   pages: {document.pages}",
        f"  title: {document.title or '-'}",
        f"  body: {document.body or '-'}   meeting date: {document.meeting_date or '-'}",
    ]

    def tree(items: Sequence[Any], depth: int) -> None:
        for item in items:
            label = f"{item.label} " if item.label else ""
            lines.append(f"{'  ' * depth}- {label}{item.text}")
            tree(item.children, depth + 1)

    for heading, items in (("recommendations", document.recommendations), ("resolutions", document.resolutions)):
        lines.append(f"  {heading}: {sum(len(i.walk()) for i in items)}")
        tree(items, 2)
    if document.people:
        lines.append(f"  people: {len(document.people)}")
        for person in document.people:
            extra = ", ".join(x for x in (person.role, person.kind.value) if x)
            lines.append(f"    - {person.honorific + ' ' if person.honorific else ''}{person.name} ({extra})")
    if document.dates:
        values = sorted({d.value for d in document.dates})
        lines.append(f"  dates: {', '.join(values)}")
    for w in document.warnings:
        lines.append(f"  warning {w.code}: {w.message}")
    return "\n".join(lines)


def _cmd_compare(args: argparse.Namespace, out: TextIO) -> int:
    from . import comparisons as _compare

    handler: Callable[[argparse.Namespace, TextIO], int] | None = getattr(_compare, "run_cli", None)
    if handler is None:
        print("minutes-parser: compare is not available in this build", file=sys.stderr)
        return EXIT_USAGE
    return handler(args, out)


def _cmd_scan(args: argparse.Namespace, out: TextIO) -> int:
    """0 when every input parsed, 1 when some failed (or the workers cannot start), 2 on usage errors."""
    from .errors import MinutesParserError, WorkerStartError
    from .scan import DEFAULT_TIMEOUT, scan

    if args.jobs is not None and args.jobs < 1:
        print("minutes-parser: --jobs must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    if args.timeout is not None and args.timeout <= 0:
        print("minutes-parser: --timeout must be positive", file=sys.stderr)
        return EXIT_USAGE
    client = None
    try:
        if args.scheduler:
            try:
                from distributed import Client
            except ImportError:
                print("minutes-parser: --scheduler needs Dask: pip install 'minutes-parser[dask]'", file=sys.stderr)
                return EXIT_USAGE
            client = Client(args.scheduler)  # type: ignore[no-untyped-call]
        result = scan(
            args.inputs,
            args.out,
            jobs=args.jobs,
            timeout=args.timeout if args.timeout is not None else DEFAULT_TIMEOUT,
            client=client,
            settings=_settings(args),
            progress=False if args.quiet else "auto",
            retry_errors=args.retry_errors,
        )
    except WorkerStartError as exc:
        _fail("scan", exc, args.debug)
        print("minutes-parser: scan: the journal keeps what was done", file=sys.stderr)
        return EXIT_FAILED
    except MinutesParserError as exc:
        _fail("scan", exc, args.debug)
        return EXIT_USAGE
    except OSError as exc:
        if args.debug:
            raise
        print(f"minutes-parser: scan: {exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        if client is not None:
            client.close()  # type: ignore[no-untyped-call]
    if result.total == 0:
        print("minutes-parser: scan: the inputs name no files", file=sys.stderr)
        return EXIT_USAGE
    out.write(result.summary() + "\n")
    if not result.tables:
        print("minutes-parser: scan: no Parquet tables without pyarrow: pip install 'minutes-parser[tables]'",
              file=sys.stderr)
    return EXIT_FAILED if result.failed else EXIT_OK


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    stream = out or sys.stdout
    commands = {"parse": _cmd_parse, "compare": _cmd_compare, "scan": _cmd_scan}
    try:
        return commands[args.command](args, stream)
    except KeyboardInterrupt:
        print("minutes-parser: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
