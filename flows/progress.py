"""Progress of a run: a bar on the console (rich) and a progress artifact in the Prefect UI."""

from __future__ import annotations

import contextlib
import contextvars
import sys
from collections.abc import Iterator

from prefect.artifacts import create_progress_artifact, update_progress_artifact
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn


class Reporter:
    """Counts files through a run; the console side is optional, the UI side is one artifact per run."""

    def __init__(self, console: str | None) -> None:
        self.console = console  # "bar", "lines" (one line per batch) or None
        self.total = self.done = 0
        self._bar: Progress | None = None
        self._task = None
        self._artifact = None

    def start(self, total: int) -> None:
        self.total = total
        if total:
            self._artifact = create_progress_artifact(
                progress=0.0, key="progress", description=f"files read of {total}"
            )
        if self.console == "bar" and total:
            self._bar = Progress(
                TextColumn("reading reports"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), transient=True
            )
            self._bar.start()
            self._task = self._bar.add_task("files", total=total)

    def advance(self, n: int) -> None:
        self.done += n
        if self._artifact is not None:
            update_progress_artifact(artifact_id=self._artifact, progress=100.0 * self.done / max(self.total, 1))
        if self._bar is not None:
            self._bar.update(self._task, completed=self.done)
        elif self.console == "lines" and self.total > self.done:
            print(f"gongkai: {self.done}/{self.total} files read", file=sys.stderr)

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


_CONSOLE: contextvars.ContextVar[str | None] = contextvars.ContextVar("gongkai_console", default=None)


@contextlib.contextmanager
def console_progress(tty: bool) -> Iterator[None]:
    """Runs started inside show a bar on a terminal, else a line per batch."""
    token = _CONSOLE.set("bar" if tty else "lines")
    try:
        yield
    finally:
        _CONSOLE.reset(token)


@contextlib.contextmanager
def reporter() -> Iterator[Reporter]:
    """The run's reporter: console output only when the CLI asked for it (a served run shows the artifact)."""
    r = Reporter(_CONSOLE.get())
    try:
        yield r
    finally:
        r.stop()
