"""Episodes: runs of windows at or above 'watch', closed after enough quiet windows."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime

from nlp.detect.signals import IssueSeries, WindowScore, window_of, window_start
from schema import Level
from schema.settings import DetectionSettings


@dataclass
class Episode:
    """One mobilisation episode of an issue."""

    windows: list[WindowScore] = field(default_factory=list)
    """Scored windows from the first at 'watch' to the last evaluated (quiet ones included)."""
    closed_at: datetime | None = None

    @property
    def first_seen(self) -> datetime:
        """Start of the window in which the episode first crossed 'watch'."""
        return self.windows[0].start

    @property
    def peak(self) -> WindowScore:
        """The highest-scoring window (earliest on ties)."""
        return max(self.windows, key=lambda w: (w.score, -w.start.timestamp()))

    @property
    def latest_active(self) -> WindowScore:
        """The most recent window at or above 'watch'."""
        return next(w for w in reversed(self.windows) if w.level is not None)

    def current_level(self, quiet_windows: int) -> Level:
        """Highest level of the last ``quiet_windows`` windows ('watch' at least while it lasts)."""
        recent = [w.level for w in self.windows[-quiet_windows:] if w.level is not None]
        return max(recent, key=lambda lv: lv.rank) if recent else Level.WATCH


def quiet_windows(settings: DetectionSettings) -> int:
    """Windows below 'watch' that close an episode."""
    return max(1, math.ceil(settings.quiet_days_to_close / settings.window_days))


def find_episodes(
    series: IssueSeries, first: int, now: datetime, settings: DetectionSettings
) -> list[Episode]:
    """Score windows ``first``..now and cut them into episodes.

    An episode starts in the first window scoring at least 'watch' and closes at the end of the
    ``quiet_days_to_close``-th complete window in a row below it. Windows with no recent
    documents outside an episode are skipped (they score 0).
    """
    last = window_of(now, settings.window_days)
    quiet_needed = quiet_windows(settings)
    active: set[int] = set()
    for k in series.windows_with_documents():
        active.update(range(k, k + series.span))
    episodes: list[Episode] = []
    current: Episode | None = None
    quiet = 0
    for k in range(first, last + 1):
        if current is None and k not in active:
            continue
        scored = series.score(k, now)
        if current is None:
            if scored.level is not None:
                current, quiet = Episode([scored]), 0
            continue
        current.windows.append(scored)
        if scored.level is not None:
            quiet = 0
            continue
        complete = window_start(k + 1, settings.window_days) <= now
        quiet = quiet + 1 if complete else quiet
        if quiet >= quiet_needed:
            current.closed_at = scored.end
            episodes.append(current)
            current = None
    if current is not None:
        episodes.append(current)
    return episodes
