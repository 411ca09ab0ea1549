"""Progress events from tasks to whoever shows them (the CLI's progress bars); a no-op otherwise.

Tasks run in worker threads of the flow's task runner, so the sink is process-wide and must be
thread-safe; the CLI sets it for the duration of one command.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass(frozen=True)
class Progress:
    """One step of a long-running stage: ``done`` of ``total`` (None when unknown)."""

    stage: str
    key: str
    done: int
    total: int | None = None
    detail: str = ""


Sink = Callable[[Progress], None]

_lock = threading.Lock()
_sink: Sink | None = None


def emit(event: Progress) -> None:
    """Report progress to the current sink, if any."""
    with _lock:
        sink = _sink
    if sink is not None:
        sink(event)


@contextmanager
def progress_sink(sink: Sink) -> Iterator[None]:
    """Send progress events to ``sink`` while the block runs."""
    global _sink
    with _lock:
        previous, _sink = _sink, sink
    try:
        yield
    finally:
        with _lock:
            _sink = previous
