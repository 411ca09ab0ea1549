"""A generated scenario: the corpus, its ground truth, and the corpus as RawItems."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from schema import RawItem
from simulator._catalog import Entry, entries
from simulator._generate import build_corpus
from simulator._raw import to_raw_items
from simulator._truth import build_truth
from simulator.corpus import Corpus
from simulator.sources import DEMO_ORIGIN, PUBLIC_ACTORS
from simulator.truth import Truth

#: the shortest window; below about 6 weeks the episodes crowd together and the baselines are short
MIN_WEEKS = 2


@dataclass(frozen=True)
class Scenario:
    """A seeded simulated debate over ``weeks`` weeks ending at ``end`` (inclusive, UTC days)."""

    seed: int
    start: date
    end: date
    corpus: Corpus
    truth: Truth

    @property
    def horizon(self) -> datetime:
        """The last moment of the window (end of ``end``, UTC): everything is visible then."""
        return datetime.combine(self.end, time(23, 59, 59), UTC)

    def entries(self) -> list[Entry]:
        """Every item with its permalink and author, in a stable order."""
        return list(entries(self.corpus))

    def counts(self) -> dict[str, int]:
        """Number of items by kind (article, letter, answer, reddit_post, reddit_comment, toot, ...)."""
        return dict(Counter(e.kind for e in entries(self.corpus)))

    def items(
        self,
        key: bytes | str,
        origin: str = DEMO_ORIGIN,
        *,
        until: datetime | None = None,
        public_names: Collection[str] | None = None,
    ) -> list[RawItem]:
        """The corpus as the crawlers would write it to the spool, oldest first.

        Args:
            key: the pseudonym key (``settings.secrets.pseudonym_key``); authors become
                ``schema.ids.pseudonym(key, platform, author id)``.
            origin: origin of the simulated site the URLs point at (the server's ``.origin``).
            until: only items published by then (default: the whole window); also the ``fetched_at``.
            public_names: names shown as ``display_name`` (default: the demo's public actors).

        Raises:
            ValueError: the key is empty.

        Examples:
            >>> scenario = generate(seed=7, end=date(2026, 11, 20))  # doctest: +SKIP
            >>> items = scenario.items(b"secret")  # doctest: +SKIP
        """
        moment = until or self.horizon
        secret = key.encode() if isinstance(key, str) else key
        if not secret:
            raise ValueError("the pseudonym key must not be empty (use settings.secrets.pseudonym_key)")
        names = set(public_names) if public_names is not None else {a[0] for a in PUBLIC_ACTORS}
        chosen = sorted(
            (e for e in entries(self.corpus) if e.published <= moment), key=lambda e: (e.published, e.url)
        )
        return to_raw_items(self.corpus, chosen, secret, origin.rstrip("/"), moment, names)


def generate(seed: int = 7, end: date | None = None, weeks: int = 9) -> Scenario:
    """Generate a scenario: the same seed and end always give the same corpus and truth.

    Args:
        seed: random seed; different seeds vary episodes, timing, people and wording.
        end: last day of the window (default: today, UTC).
        weeks: length of the window (at least 2; below about 6 the episodes crowd together and
            the detectors get little baseline, 9 is the intended size).

    Raises:
        ValueError: ``weeks`` is below 2.

    Examples:
        >>> scenario = generate(seed=7, end=date(2026, 11, 20))
        >>> [e.kind for e in scenario.truth.planted()]
        ['mobilisation', 'remote_mobilisation', 'slow_burn', 'coordinated']
    """
    if weeks < MIN_WEEKS:
        raise ValueError(f"weeks must be at least {MIN_WEEKS} (got {weeks})")
    last = end or datetime.now(UTC).date()
    start = last - timedelta(days=weeks * 7 - 1)
    corpus, plans = build_corpus(seed, start, weeks * 7)
    truth = build_truth(corpus, plans, seed, DEMO_ORIGIN)
    return Scenario(seed, start, last, corpus, truth)
