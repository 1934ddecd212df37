"""The `minutes-parser` command.

    minutes-parser parse FILE... [--format json|jsonl|csv|text] [--table items|motions|votes|cells]
                         [--backend pdfium|pdfplumber]
    minutes-parser compare REPORT [MINUTES] [--format json|csv|text|html]
    minutes-parser scan INPUT... --out DIR [--jobs N]

Every command's code is here; what it prints comes from `views` (text, HTML)
and `serialize` (JSON, CSV).

Exit codes: 0 all files read, 1 some file failed (one line per failure on
stderr, naming the file and the cause), 2 usage.  No traceback reaches the
user unless ``--debug`` is given.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from ._version import __version__
from .settings import BACKENDS, DATE_ORDERS

if TYPE_CHECKING:
    from .records import Document

__all__ = ["main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _add_parse_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--backend", choices=BACKENDS, default=None, help="PDF reader: pdfium (fast, default) or pdfplumber (reference)"
    )
    p.add_argument(
        "--date-order",
        choices=DATE_ORDERS,
        default=None,
        help="how to read 05/06/2024: day first (dmy), month first (mdy) or auto (default)",
    )
    p.add_argument("--strict", action="store_true", default=None, help="treat doubts as errors")
    p.add_argument("--debug", action="store_true", help="show a traceback for unexpected errors")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="minutes-parser",
        description="Turn council reports, minutes and decision notices into typed records.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("parse", help="parse documents and print what they hold")
    p.add_argument(
        "files", nargs="+", metavar="FILE", help="PDF, Word .docx, HTML, Markdown or text files ('-' reads stdin)"
    )
    p.add_argument(
        "--format",
        choices=("json", "jsonl", "csv", "text"),
        default="text",
        help="json: one object (an array for several files); jsonl: one line per file; "
        "csv: one row per recommendation or resolution (see --table); text: a summary",
    )
    p.add_argument(
        "--table",
        choices=("items", "motions", "votes", "cells"),
        default=None,
        help="with --format csv, the rows to write: items (the default: recommendations and resolutions), "
        "motions (one per motion or amendment), votes (one per name in a recorded vote or roll call) or cells "
        "(one per cell of the tables the document prints)",
    )
    p.add_argument("--include-text", action="store_true", help="add the document text that spans point into")
    _add_parse_options(p)

    c = sub.add_parser("compare", help="pair recommendations with resolutions")
    c.add_argument("report", metavar="REPORT")
    c.add_argument("minutes", metavar="MINUTES", nargs="?")
    c.add_argument(
        "--format",
        choices=("json", "csv", "text", "html"),
        default="text",
        help="json: the pairs as in parse output; csv: one row per pair; text: a report; html: a page",
    )
    _add_parse_options(c)

    s = sub.add_parser("scan", help="parse a whole archive into JSON lines and tables")
    s.add_argument("inputs", nargs="+", metavar="INPUT", help="folders, globs, or text files listing paths")
    s.add_argument("--out", required=True, metavar="DIR", help="where to write documents.jsonl and tables")
    s.add_argument("--jobs", type=int, default=None, help="worker processes (default: the number of cores)")
    s.add_argument("--timeout", type=float, default=None, help="seconds one document may take (default 120)")
    s.add_argument("--scheduler", default=None, metavar="ADDRESS", help="run on a Dask cluster")
    s.add_argument("--quiet", action="store_true", help="no progress output")
    s.add_argument(
        "--retry-errors",
        action="store_true",
        help="parse again the inputs that failed in an earlier run (done ones stay skipped)",
    )
    s.add_argument("--authority", metavar="NAME", help="the council or authority of every document (over the inferred)")
    s.add_argument(
        "--metadata",
        metavar="FILE.csv",
        help="CSV of path,authority,meeting_date,url[,...] per document (over the inferred and --authority)",
    )
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
        from .errors import LimitExceededError
        from .settings import Settings

        limit = Settings.resolve(None, **settings).max_bytes
        data = sys.stdin.buffer.read(limit + 1)  # no more than a file may hold: '- < /dev/zero' ends
        if len(data) > limit:
            raise LimitExceededError(f"standard input holds more than max_bytes={limit}", source="<stdin>")
        return parse(data, name="<stdin>", **settings)
    return parse(Path(name), **settings)


def _cmd_parse(args: argparse.Namespace, out: TextIO) -> int:
    """``minutes-parser parse FILE... [--format json|jsonl|csv|text] [--table ...]``: exit 0, 1 (a file
    failed), 2 (--table without --format csv)."""
    from .serialize import ITEM_ROW_COLUMNS, item_rows, to_csv, to_dict
    from .views import document_text

    if args.table is not None and args.format != "csv":
        print("minutes-parser: --table goes with --format csv", file=sys.stderr)
        return EXIT_USAGE
    settings = _settings(args)
    failed = 0
    objects: list[dict[str, Any]] = []
    table = args.table or "items"
    columns: Sequence[str] = ITEM_ROW_COLUMNS
    if table != "items":
        from .scan.tables import csv_columns

        columns = csv_columns(table)
    if args.format == "csv":
        out.write(to_csv([], columns))
    for name in args.files:
        try:
            document = _parse_one(name, settings)
        except Exception as exc:
            failed += 1
            _fail(name, exc, args.debug)
            continue
        if args.format == "text":
            out.write(document_text(document) + "\n")
        elif args.format == "csv" and table == "items":
            out.write(to_csv(item_rows(document), columns, header=False))
        elif args.format == "csv":
            from .scan.tables import csv_rows

            out.write(to_csv(csv_rows(to_dict(document), table), columns, header=False))
        elif args.format == "jsonl":
            out.write(json.dumps(to_dict(document, include_text=args.include_text), ensure_ascii=False) + "\n")
        else:
            objects.append(to_dict(document, include_text=args.include_text))
    if args.format == "json" and (objects or not failed):
        payload: Any = objects[0] if len(args.files) == 1 else objects
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    return EXIT_FAILED if failed else EXIT_OK


def _cmd_compare(args: argparse.Namespace, out: TextIO) -> int:
    """``minutes-parser compare REPORT [MINUTES] [--format json|csv|text|html]``: exit 0, 1 (a file failed)."""
    from .compare import compare
    from .serialize import COMPARISON_ROW_COLUMNS, comparison_to_dict, to_csv, to_records
    from .views import comparison_text, page_html

    settings = _settings(args)
    documents: list[Document] = []
    failed = False
    for name in (args.report, args.minutes):
        if name is None:
            continue
        try:
            documents.append(_parse_one(name, settings))
        except Exception as exc:
            _fail(name, exc, args.debug)
            failed = True
    if failed:
        return EXIT_FAILED
    try:
        result = compare(documents[0], documents[1] if len(documents) > 1 else None)
        for warning in result.warnings:  # also in the output itself (JSON "warnings", the text's head)
            print(f"minutes-parser: compare: {warning.code}: {warning.message}", file=sys.stderr)
        if args.format == "json":
            out.write(json.dumps(comparison_to_dict(result), ensure_ascii=False, indent=2) + "\n")
        elif args.format == "csv":
            out.write(to_csv(to_records(result), COMPARISON_ROW_COLUMNS))
        elif args.format == "html":
            out.write(page_html(result) + "\n")
        else:
            out.write(comparison_text(result) + "\n")
    except Exception as exc:
        _fail(args.report, exc, args.debug)
        return EXIT_FAILED
    return EXIT_OK


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
            authority=args.authority,
            metadata=args.metadata,
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
        print(
            "minutes-parser: scan: no Parquet tables without pyarrow: pip install 'minutes-parser[tables]'",
            file=sys.stderr,
        )
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
