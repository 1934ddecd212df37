#!/usr/bin/env python3
"""Restore the real corpus's documents from local snapshots of their repositories.

The documents are real council publications whose licences we do not know, so
they stay out of this repository.  ``MANIFEST.tsv`` beside this script names,
for each one, the public repository, the commit and the path it came from and
the sha256 of its bytes.  This script copies each document out of a local git
snapshot of its repository (a bare or ordinary git directory) into ``docs/``
beside it (ignored by git), and checks the hash.

    python tests/corpus/real/restore.py                      # snapshots under $MINUTES_PARSER_MIRRORS or /work/.mirror
    python tests/corpus/real/restore.py --mirrors ~/mirrors  # <owner>+<name>/ or <owner>/<name>/ under it

A snapshot is found as ``<mirrors>/<owner>+<name>`` or ``<mirrors>/<owner>/<name>``,
either of which may hold the git directory itself, a ``.git`` folder, or a
``repo`` folder holding either.  A repository too large to snapshot may instead
have its document under ``<mirrors>/_files/<sha256>``: the hash is checked as for
a snapshot.  The same copy stands in where the snapshot here is older than the
commit the document was read at (a file read through the stored index).  A public web
page held in the search tool's stored copy of web pages (no repository: the row's repository is
``web/pages``, its commit ``-`` and its path the page's address) is kept only that way; ``WEB_PAGES.tsv`` beside
this script names the search (corpus "pages") that brings each such page back, to be written out as the tool gives
it and checked by its hash.  Rows
whose snapshot is missing are listed and skipped; the exit status is 1 if any
row could not be restored, or if a hash differs.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "MANIFEST.tsv"
DOCS = HERE / "docs"
# Documents from repositories too large to snapshot on the machines here are kept under the
# mirrors folder by their sha256 (``<mirrors>/_files/<sha256>``); the manifest still names the
# repository, commit and path they came from, and the hash proves the copy is that file.
FILES = "_files"
# A web page's text as the search tool's stored copy of web pages gives it (an excerpt from the page's start):
# no repository holds it, so its row names this pseudo-repository, ``-`` for the commit and the address as path.
WEB_PAGES = "web/pages"


def read_manifest(path: Path = MANIFEST) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def git_dir(mirrors: Path, repository: str) -> Path | None:
    owner, _, name = repository.partition("/")
    for base in (mirrors / f"{owner}+{name}", mirrors / owner / name):
        for candidate in (base / "repo", base / "repo" / ".git", base / ".git", base):
            if (candidate / "HEAD").is_file() and (candidate / "objects").is_dir():
                return candidate
    return None


def restore(mirrors: Path, docs: Path = DOCS, *, quiet: bool = False) -> int:
    docs.mkdir(parents=True, exist_ok=True)
    failed = 0
    for row in read_manifest():
        target = docs / row["name"]
        if target.is_file() and hashlib.sha256(target.read_bytes()).hexdigest() == row["sha256"]:
            continue
        repo = git_dir(mirrors, row["repository"])
        copy = mirrors / FILES / row["sha256"]
        kept = copy.is_file() and hashlib.sha256(copy.read_bytes()).hexdigest() == row["sha256"]
        if repo is None and kept:
            # a repository too large to snapshot here: its file, kept by content (checked above)
            target.write_bytes(copy.read_bytes())
            if not quiet:
                print(f"restored {row['name']} (from {FILES}/)")
            continue
        if row["repository"] == WEB_PAGES:
            print(f"{row['name']}: the web page {row['path']} is not kept under {mirrors / FILES}", file=sys.stderr)
            failed += 1
            continue
        if repo is None:
            print(f"{row['name']}: no snapshot of {row['repository']} under {mirrors}", file=sys.stderr)
            failed += 1
            continue
        shown = subprocess.run(
            ["git", f"--git-dir={repo}", "show", f"{row['commit']}:{row['path']}"],
            capture_output=True,
            check=False,
        )
        digest = hashlib.sha256(shown.stdout).hexdigest() if shown.returncode == 0 else ""
        if digest != row["sha256"] and kept:
            # the snapshot here is older than the commit the file was read at (read through the stored index): the
            # file kept by content (checked above)
            target.write_bytes(copy.read_bytes())
            if not quiet:
                print(f"restored {row['name']} (from {FILES}/, the snapshot lacks {row['commit'][:12]})")
            continue
        if shown.returncode != 0:
            print(f"{row['name']}: git show failed: {shown.stderr.decode(errors='replace').strip()}", file=sys.stderr)
            failed += 1
            continue
        if digest != row["sha256"]:
            print(f"{row['name']}: sha256 {digest} differs from the manifest's {row['sha256']}", file=sys.stderr)
            failed += 1
            continue
        target.write_bytes(shown.stdout)
        if not quiet:
            print(f"restored {row['name']}")
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--mirrors",
        type=Path,
        default=Path(os.environ.get("MINUTES_PARSER_MIRRORS", "/work/.mirror")),
        help="the folder holding the repositories' snapshots",
    )
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    return restore(args.mirrors, quiet=args.quiet)


if __name__ == "__main__":
    sys.exit(main())
