"""The scan's progress: documents, pages/s, errors and ETA.

On a terminal or in Jupyter, a `rich` progress bar (it knows the terminal's
width, redraws in place, and leaves a clean line when stopped, Ctrl-C
included; in Jupyter it draws a widget).  Anywhere else (a log file, a pipe),
a plain line every `PROGRESS_EVERY` seconds.
"""

from __future__ import annotations

import sys
import time
from typing import Any, TextIO

__all__ = ["PROGRESS_EVERY", "Progress", "duration", "interactive", "note"]

PROGRESS_EVERY = 10.0  # seconds between plain progress lines when not on a terminal


def duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds}s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m{seconds:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m"


def note(stream: TextIO | None, line: str) -> None:
    if stream is not None:
        stream.write(line + "\n")
        stream.flush()


def interactive(stream: TextIO) -> bool:
    """Whether a bar can be drawn: a terminal, or a Jupyter kernel (whose streams are no terminal)."""
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) or _in_kernel()


def _in_kernel() -> bool:
    """Running inside a Jupyter kernel: IPython's shell is the kernel's (ipykernel merely imported is not)."""
    ipython = sys.modules.get("IPython")
    get_ipython = getattr(ipython, "get_ipython", None)
    shell = get_ipython() if get_ipython is not None else None
    return type(shell).__name__ == "ZMQInteractiveShell"


class Progress:
    """Counts finished documents and shows them: a `rich` bar (`bar=True`) or plain lines."""

    def __init__(
        self, total: int, stream: TextIO | None, *, bar: bool, every: float = PROGRESS_EVERY, console: Any = None
    ) -> None:
        self.total = total
        self.stream = stream
        self.bar = bar and stream is not None
        self.every = every
        self.done = 0
        self.pages = 0
        self.errors = 0
        self.start = time.monotonic()
        self._last = 0.0
        self._console = console
        self._rich: Any = None
        self._task: Any = None

    def _start_bar(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

        console = self._console or Console(file=self.stream, stderr=self.stream is sys.stderr)
        self._rich = Progress(
            TextColumn(
                "{task.completed}/{task.total} docs  {task.fields[rate]:.1f} pages/s  {task.fields[errors]} errors  ETA"
            ),
            TimeRemainingColumn(),
            BarColumn(bar_width=None),  # what is left of the line
            console=console,
            transient=False,
            expand=True,
        )
        self._task = self._rich.add_task("scan", total=self.total, rate=0.0, errors=0)
        self._rich.start()

    def update(self, *, documents: int = 0, pages: int = 0, errors: int = 0, force: bool = False) -> None:
        self.done += documents
        self.pages += pages
        self.errors += errors
        if self.stream is None:
            return
        now = time.monotonic()
        if self.bar:
            if self._rich is None:
                self._start_bar()
            rate = self.pages / max(now - self.start, 1e-9)
            self._rich.update(self._task, completed=self.done, rate=rate, errors=self.errors)
            return
        if not force and now - self._last < self.every:
            return
        self._last = now
        self.stream.write(self.line(now))
        self.stream.flush()

    def line(self, now: float) -> str:
        """The plain progress line."""
        elapsed = max(now - self.start, 1e-9)
        rate = self.pages / elapsed
        left = self.total - self.done
        eta = duration(left * elapsed / self.done) if self.done and left else ("-" if left else "0s")
        return f"scan: {self.done}/{self.total} docs  {rate:.1f} pages/s  {self.errors} errors  ETA {eta}\n"

    def finish(self) -> None:
        """Show the final figures and leave the line clean."""
        if self.stream is not None and self.total:
            self.update(force=True)
        self.close()

    def close(self) -> None:
        """Stop the bar where it stands, on a line of its own (also on Ctrl-C)."""
        if self._rich is not None:
            self._rich.stop()
            self._rich = None
