"""Rich progress bars fed by the flows' progress events."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from flows._progress import Progress as Event
from flows._progress import progress_sink
from flows.cli._state import console, t


@contextmanager
def progress_bars() -> Iterator[None]:
    """Show a bar per stage and source while the block runs (a quiet no-op when not a terminal)."""
    bars = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=False,
        disable=not console.is_terminal,
    )
    tasks: dict[tuple[str, str], TaskID] = {}

    def sink(event: Event) -> None:
        key = (event.stage, event.key)
        label = t(f"stage.{event.stage}") if event.stage in ("crawl", "enrich", "eval") else event.stage
        if key not in tasks:
            name = f"{label}: {event.key}" if event.stage == "crawl" else label
            tasks[key] = bars.add_task(name, total=event.total)
        done = event.done
        bars.update(tasks[key], completed=done, total=event.total)
        if event.detail == "finished":
            bars.update(tasks[key], total=done, completed=done)

    with bars, progress_sink(sink):
        yield
