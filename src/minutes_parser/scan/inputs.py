"""The scan's inputs: what the user named, expanded to files, each read once and hashed.

Every input ends as exactly one row, so nothing the walk meets is dropped in
silence: a dangling or looping symbolic link, a FIFO, a socket, a device or a
file this process may not read becomes an error row (`Input.error`), and a
FIFO is never opened for reading in a way that could block.  File names are
`str` as `os` gives them: bytes that are not UTF-8 are kept as lone
surrogates (``surrogateescape``), so the file can still be opened; `shown`
turns such a name into valid UTF-8 for the outputs.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import hashlib
import io
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from attrs import frozen

__all__ = ["GLOB_CHARS", "LIST_SUFFIXES", "Input", "expand_inputs", "hash_file", "shown"]

GLOB_CHARS = frozenset("*?[")
LIST_SUFFIXES = frozenset({".txt", ".lst", ".list", ""})
LIST_LIMIT = 8 * 1024 * 1024  # bytes: a larger text file is a document, not a list of paths


@frozen(kw_only=True)
class Input:
    """One input path after hashing: its content's SHA-256 and size, or why it cannot be read."""

    path: str
    sha256: str | None = None
    size: int | None = None
    error_type: str | None = None
    error: str | None = None


def shown(name: str) -> str:
    """`name` as valid UTF-8: bytes that were not UTF-8 (surrogate-escaped) written as ``\\xNN``."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return name


def expand_inputs(
    inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *, exclude: Path | None = None
) -> list[str]:
    """Every path the inputs name, as absolute paths, sorted, each once.

    An input is a folder (walked recursively; hidden files and folders are
    left out, symbolic links to folders are not followed), a glob (``**``
    recurses), ``@FILE`` or a text file listing paths (one a line; blank
    lines and ``#`` comments ignored; relative paths are taken from the
    list's folder), or a file.  Whatever is not a folder is kept, file or
    not (a FIFO, a dangling link, a path that does not exist): it becomes an
    error row.  Paths under `exclude` (the output folder) are left out of
    folder walks and globs.
    """
    if isinstance(inputs, str | os.PathLike):
        inputs = [inputs]
    found: dict[str, None] = {}
    skip = exclude.absolute() if exclude is not None else None

    def add(path: Path, walked: bool) -> None:
        path = path.absolute()
        if walked and skip is not None and (path == skip or skip in path.parents):
            return
        found[str(path)] = None

    for raw in inputs:
        text = os.fspath(raw)
        listed = text[1:] if text.startswith("@") and not Path(text).exists() else None
        path = Path(listed if listed is not None else text)
        if path.is_dir():
            for child in _walk(path):
                add(child, True)
        elif listed is not None or (_is_regular(path) and _is_list(path)):
            for line in _list_lines(path):
                entry = Path(line)
                if not entry.is_absolute() and (path.parent / entry).exists():
                    entry = path.parent / entry
                add(entry, False)
        elif not path.exists() and not path.is_symlink() and GLOB_CHARS & set(text):
            for match in sorted(glob.glob(text, recursive=True)):  # noqa: PTH207 - absolute and ** patterns
                if not Path(match).is_dir():
                    add(Path(match), True)
        else:
            add(path, False)
    return sorted(found)


def _walk(folder: Path) -> Iterator[Path]:
    """Everything in `folder` that is not a folder (os.walk puts looping and dangling links here too)."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not (Path(root) / d).is_symlink())
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def _list_lines(path: Path) -> list[str]:
    try:
        with _open_regular(str(path)) as handle:
            text = handle.read(LIST_LIMIT + 1).decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return []
    return [s for s in (line.strip() for line in text.splitlines()) if s and not s.startswith("#")]


def _is_list(path: Path) -> bool:
    """A small text file whose every line names an existing file is a list of paths."""
    if path.suffix.lower() not in LIST_SUFFIXES:
        return False
    try:
        if path.stat().st_size > LIST_LIMIT:
            return False
    except OSError:
        return False
    lines = _list_lines(path)
    if not lines:
        return False
    for line in lines:
        entry = Path(line)
        if not (entry.is_file() or (not entry.is_absolute() and (path.parent / entry).is_file())):
            return False
    return True


class _NotRegular(OSError):
    """The path is there but is no regular file."""


_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def _open_regular(path: str) -> io.BufferedReader:
    """Open `path` for reading without ever blocking (O_NONBLOCK: a FIFO would wait for a writer)
    and only if it is a regular file; raise an `OSError` saying what it is otherwise."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
            raise _NotRegular(f"not a regular file: {kind}")
    except BaseException:
        os.close(fd)
        raise
    return open(fd, "rb", closefd=True)  # noqa: PTH123 - a descriptor, closed by the caller's `with`


def hash_file(path: str) -> Input:
    """Hash one input: its SHA-256 and size, or the reason it cannot be read (never raises OSError)."""
    try:
        with _open_regular(path) as handle:
            size = os.fstat(handle.fileno()).st_size
            digest = hashlib.file_digest(handle, "sha256").hexdigest()
    except _NotRegular as exc:
        return Input(path=path, error_type="NotARegularFile", error=str(exc))
    except OSError as exc:
        return Input(path=path, error_type=type(exc).__name__, error=f"cannot read the file ({_why(path, exc)})")
    return Input(path=path, sha256=digest, size=size)


def _why(path: str, exc: OSError) -> str:
    with contextlib.suppress(OSError):  # a socket cannot even be opened (ENXIO): say what it is
        mode = Path(path).stat().st_mode
        if not stat.S_ISREG(mode):
            return f"not a regular file: {next((name for test, name in _KINDS if test(mode)), 'unknown')}"
    if exc.errno == errno.ELOOP:
        return "a symbolic link that loops"
    if exc.errno == errno.ENOENT and Path(path).is_symlink():
        return f"a symbolic link to nothing: {shown(str(Path(path).readlink()))}"
    if exc.errno == errno.ENOENT:
        return "no such file"
    return exc.strerror or str(exc)
