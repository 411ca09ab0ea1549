"""Single-issue mobilisation signals per time window, each normalised to 0..1, and their score."""

from __future__ import annotations

import bisect
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from nlp.detect.coordination import coordinated, near_duplicate_partners
from schema import EnrichedDocument, Issue, Level
from schema.settings import DetectionSettings

#: Naming a whole municipality does not make a matter narrow (a town, area or landmark does).
_BROAD = frozenset({"municipality"})
#: Windows are aligned to this Monday, so multi-day windows always start on the same dates.
ORIGIN = datetime(2000, 1, 3, tzinfo=UTC)


@dataclass
class WindowScore:
    """The mobilisation score of one issue in one window (signals over the recent span)."""

    start: datetime
    end: datetime
    documents: int
    score: float
    level: Level | None
    signals: dict[str, float] = field(default_factory=dict)


def window_of(t: datetime, window_days: int) -> int:
    """Index of the window holding a time."""
    return math.floor((t - ORIGIN) / timedelta(days=window_days))


def window_start(k: int, window_days: int) -> datetime:
    """Start of window k."""
    return ORIGIN + timedelta(days=k * window_days)


def level_of(score: float, settings: DetectionSettings) -> Level | None:
    """The level a score reaches, or None below 'watch'."""
    levels = settings.levels
    if score >= levels.alert:
        return Level.ALERT
    if score >= levels.warning:
        return Level.WARNING
    if score >= levels.watch:
        return Level.WATCH
    return None


def combine(signals: Mapping[str, float], weights: Mapping[str, float]) -> float:
    """Weighted mean of the signals (weights normalised to sum 1)."""
    total = sum(weights.values())
    return round(sum(w * signals.get(k, 0.0) for k, w in weights.items()) / total, 4) if total else 0.0


class IssueSeries:
    """An issue's documents bucketed into windows, ready to be scored window by window.

    A window's signals read only documents published up to its end, so scoring history day by
    day gives what a live run gave on that day.
    """

    def __init__(
        self,
        issue: Issue,
        documents: Sequence[EnrichedDocument],
        author_times: Mapping[str, Sequence[datetime]],
        settings: DetectionSettings,
        data_start: datetime | None = None,
    ) -> None:
        self.issue = issue
        self.docs = sorted(documents, key=lambda d: (d.published_at, d.id))
        self.author_times = author_times
        self.settings = settings
        self.days = settings.window_days
        self.span = max(1, math.ceil(settings.burst_span_days / self.days))
        self.trend = max(self.span, math.ceil(settings.trend_days / self.days))
        self.baseline = max(1, settings.baseline_days // self.days)
        self.data_start = window_of(data_start, self.days) if data_start else None
        self.min_history = max(1, math.ceil(settings.min_history_days / self.days))
        self.by_window: dict[int, list[int]] = {}
        for i, d in enumerate(self.docs):
            self.by_window.setdefault(window_of(d.published_at, self.days), []).append(i)
        self.authors = {
            k: {self.docs[i].author.pseudonym for i in idx if self.docs[i].author is not None}  # type: ignore[union-attr]
            for k, idx in self.by_window.items()
        }
        long_enough = [
            d if d.word_count >= settings.coordination_min_words else d.model_copy(update={"fingerprint": []})
            for d in self.docs
        ]
        self.partners = near_duplicate_partners(
            long_enough, settings.coordination_jaccard, timedelta(hours=settings.coordination_hours)
        )

    def windows_with_documents(self) -> list[int]:
        """Indices of windows holding documents, oldest first."""
        return sorted(self.by_window)

    def members(self, first: int, last: int) -> list[int]:
        """Documents of windows first..last."""
        return [i for k in range(first, last + 1) for i in self.by_window.get(k, [])]

    def score(self, k: int, now: datetime) -> WindowScore:
        """Signals and score of window k as known at ``now`` (documents are all published by now)."""
        s = self.settings
        start, end = window_start(k, self.days), window_start(k + 1, self.days)
        frac = min(1.0, max(1e-3, (min(end, now) - start) / (end - start)))
        recent = self.members(k - self.span + 1, k)
        if self.data_start is not None and k - self.trend + 1 - self.data_start < self.min_history:
            return WindowScore(start, end, len(recent), 0.0, None, {})  # no baseline yet
        signals = {
            "burst": max(self._burst(k, self.span, frac), self._burst(k, self.trend, frac)),
            "authors": self._authors(recent, k, frac),
            "calls_to_action": self._calls_to_action(recent),
            "narrowness": self._narrowness(recent),
            "spread": self._spread(recent),
            "coordination": self._coordination(recent, end),
        }
        signals = {name: round(value, 4) for name, value in signals.items()}
        score = 0.0
        if len(recent) >= s.min_documents:
            focus = signals["calls_to_action"] + signals["narrowness"]
            score = round(combine(signals, s.weights) * min(1.0, focus / s.focus_full), 4)
        return WindowScore(start, end, len(recent), score, level_of(score, s), signals)

    # signals -------------------------------------------------------------------------------
    def _baseline_windows(self, k: int, span: int) -> tuple[int, int]:
        """The baseline windows before a span ending at k, not reaching back before the data starts."""
        first, last = k - span - self.baseline + 1, k - span
        if self.data_start is not None:
            first = min(max(first, self.data_start), last)
        return first, last

    def _count(self, first: int, last: int) -> int:
        return sum(len(self.by_window.get(j, ())) for j in range(first, last + 1))

    def _burst(self, k: int, span: int, frac: float) -> float:
        """Negative-binomial z-score of the last ``span`` windows against the baseline before them."""
        s = self.settings
        recent = self._count(k - span + 1, k)
        first, last = self._baseline_windows(k, span)
        base = self._count(first, last) / (last - first + 1)
        mu = max(base, s.burst_prior) * (span - 1 + frac)
        z = (recent - mu) / math.sqrt(mu + s.burst_overdispersion * mu * mu)
        return _clip(z / s.burst_z_full)

    def _authors(self, recent: list[int], k: int, frac: float) -> float:
        """Growth of distinct authors over the baseline, and the share who never wrote before."""
        s = self.settings
        authors = set().union(*(self.authors.get(j, set()) for j in range(k - self.span + 1, k + 1)))
        if not authors:
            return 0.0
        first, last = self._baseline_windows(k, self.span)
        base = sum(len(self.authors.get(j, ())) for j in range(first, last + 1))
        expected = max(base / (last - first + 1), s.burst_prior) * (self.span - 1 + frac)
        growth = _clip(math.log(max(len(authors) / expected, 1.0)) / math.log(s.authors_full_growth))
        span_start = window_start(k - self.span + 1, self.days)
        since = span_start - timedelta(days=self.settings.baseline_days)
        new = sum(1 for a in authors if not _wrote_between(self.author_times.get(a, ()), since, span_start))
        first_time = new / len(authors)
        return 0.5 * growth + 0.5 * first_time

    def _calls_to_action(self, recent: list[int]) -> float:
        """Weighted share of documents calling to act; a single kind of call (just 'mød op') counts less."""
        if not recent:
            return 0.0
        s = self.settings
        weight = 0.0
        families: set[str] = set()
        for i in recent:
            cues = self.docs[i].cues
            if cues:
                weight += max(s.cue_weights.get(c.family, 1.0) for c in cues)
                families.update(c.family for c in cues)
        diversity = 1.0 if len(families) >= s.cta_min_families else s.cta_single_family_factor
        return _clip(weight / len(recent) / s.cta_full_share) * diversity

    def _narrowness(self, recent: list[int]) -> float:
        """Share of recent documents naming the one place or area named most (not a whole municipality)."""
        if not recent or self.issue.municipality_code is None:
            return 0.0
        mentions: Counter[str] = Counter()
        for i in recent:
            mentions.update({p.name for p in self.docs[i].places if p.kind not in _BROAD})
        return mentions.most_common(1)[0][1] / len(recent) if mentions else 0.0

    def _spread(self, recent: list[int]) -> float:
        """Platforms (and sources) the recent documents come from."""
        s = self.settings
        platforms = len({self.docs[i].platform for i in recent})
        sources = len({self.docs[i].source_id for i in recent})
        return 0.7 * _clip((platforms - 1) / (s.spread_full_platforms - 1)) + 0.3 * _clip(
            (sources - 1) / (s.spread_full_sources - 1)
        )

    def _coordination(self, recent: list[int], until: datetime) -> float:
        """Share of recent documents that are one of several near-identical texts."""
        if not recent:
            return 0.0
        s = self.settings
        n = coordinated(self.docs, self.partners, recent, until, s.coordination_min_group)
        return _clip(n / len(recent) / s.coordination_full_share)


def _wrote_between(times: Sequence[datetime], start: datetime, end: datetime) -> bool:
    """Whether an author (publication times, sorted) wrote anything in [start, end)."""
    i = bisect.bisect_left(times, start)
    return i < len(times) and times[i] < end


def _clip(x: float) -> float:
    return min(1.0, max(0.0, x))
