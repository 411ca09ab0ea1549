"""The scenario plan: which topics run when, how loudly, on which platforms, and who joins in.

Day 0 is the first day of the window and day ``days - 1`` is ``end``. Episodes sit at fixed
distances from ``end`` with a seeded jitter, so every seed has a baseline before each episode.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date, timedelta

from simulator._places import AARHUS, SYDDJURS
from simulator.topics import (
    AARHUS_BACKGROUND,
    AARHUS_MOBILISATIONS,
    COPY_PASTE_CAMPAIGNS,
    EVENTS_BY_MONTH,
    LETBANE,
    NATIONAL_BACKGROUND,
    SEASONAL_BY_MONTH,
    SLOW_BURNS,
    SYDDJURS_BACKGROUND,
    SYDDJURS_REMOTE_CAMPAIGNS,
    VALG,
    TopicSpec,
)

Mix = tuple[tuple[str, float], ...]

#: platform weights per kind of topic (relative; Reddit units are whole threads)
_MIX: dict[str, Mix] = {
    "background": (
        ("news", 0.17), ("letters", 0.1), ("consultation", 0.05), ("reddit", 0.36), ("mastodon", 0.26),
        ("bluesky", 0.06),
    ),
    "mobilisation": (
        ("news", 0.08), ("letters", 0.12), ("consultation", 0.3), ("reddit", 0.2), ("mastodon", 0.24),
        ("bluesky", 0.06),
    ),
    "remote_mobilisation": (
        ("news", 0.07), ("letters", 0.12), ("consultation", 0.34), ("reddit", 0.17), ("mastodon", 0.22),
        ("bluesky", 0.08),
    ),
    "slow_burn": (("news", 0.2), ("letters", 0.22), ("reddit", 0.33), ("mastodon", 0.21), ("bluesky", 0.04)),
    "coordinated": (
        ("news", 0.02), ("letters", 0.3), ("consultation", 0.6), ("reddit", 0.04), ("mastodon", 0.04),
    ),
    "decoy_national": (
        ("news", 0.34), ("letters", 0.05), ("reddit", 0.36), ("mastodon", 0.17), ("bluesky", 0.08),
    ),
    "decoy_event": (("news", 0.25), ("reddit", 0.33), ("mastodon", 0.36), ("bluesky", 0.06)),
    "decoy_heated": (
        ("news", 0.1), ("letters", 0.12), ("reddit", 0.58), ("mastodon", 0.16), ("bluesky", 0.04),
    ),
    "decoy_seasonal": (("news", 0.2), ("reddit", 0.45), ("mastodon", 0.3), ("bluesky", 0.05)),
}  # fmt: skip
_COMMENTS = {
    "background": 2.2,
    "mobilisation": 3.0,
    "remote_mobilisation": 3.0,
    "slow_burn": 2.5,
    "coordinated": 2.0,
    "decoy_national": 4.5,
    "decoy_event": 2.0,
    "decoy_heated": 9.0,
    "decoy_seasonal": 2.5,
}
#: The level each planted kind should reach. A coordinated campaign is an alert: dozens of
#: near-identical consultation answers in two days is the strongest mobilisation DESIGN.md
#: describes (coordination, calls to action, burst and spread all at once), and the case
#: officers must know within hours; its evidence names it as coordinated.
EXPECTED_LEVEL = {
    "mobilisation": "alert",
    "remote_mobilisation": "alert",
    "slow_burn": "watch",
    "coordinated": "alert",
}


@dataclass(frozen=True)
class TopicPlan:
    """How one topic unfolds: expected units per day, heat (calls to action, new authors) per day."""

    spec: TopicSpec
    kind: str
    daily: tuple[float, ...]
    heat: tuple[float, ...]
    remote: float
    far: float = 0.5
    case: str | None = None
    start: int | None = None
    peak: int | None = None
    end: int | None = None

    @property
    def mix(self) -> Mix:
        """Platform weights; consultation answers only where the topic has a case."""
        return tuple((p, w) for p, w in _MIX[self.kind] if p != "consultation" or self.case)

    @property
    def comments(self) -> float:
        """Mean number of comments per Reddit thread."""
        return _COMMENTS[self.kind]

    @property
    def is_episode(self) -> bool:
        """Planted episode or decoy (everything but the background)."""
        return self.kind != "background"


def build_plan(rng: random.Random, start: date, days: int) -> list[TopicPlan]:
    """All topics of one scenario; the variants and timings are drawn from ``rng``."""
    plans = [
        _background(rng, spec, days, base, 0.08)
        for spec, base in zip(AARHUS_BACKGROUND, _AARHUS_RATES, strict=True)
    ]
    plans += [
        _background(rng, spec, days, base, 0.12)
        for spec, base in zip(SYDDJURS_BACKGROUND, _SYDDJURS_RATES, strict=True)
    ]
    plans += [_background(rng, spec, days, 0.6, 0.0) for spec in NATIONAL_BACKGROUND]
    episodes = _episodes(rng, start, days)
    taken = {p.case for p in episodes if p.case}
    free = {topic: slug for topic, slug in _BACKGROUND_CASES.items() if slug not in taken}
    return [_with_case(p, free) for p in plans] + episodes


_AARHUS_RATES = (1.9, 1.8, 1.7, 1.5, 1.3, 1.2, 1.1, 1.3)
_SYDDJURS_RATES = (1.1, 0.9, 0.85, 0.9, 0.85, 0.85)
#: stable consultation case slugs: config/demo.yaml lists them, every seed fills them
CASE_SLOTS = {
    "aarhus-117": AARHUS,
    "aarhus-121": AARHUS,
    "aarhus-130": AARHUS,
    "syddjurs-45": SYDDJURS,
    "syddjurs-52": SYDDJURS,
}
#: background consultations; a copy-paste campaign takes over its slot when it runs there
_BACKGROUND_CASES = {
    "bg-aarhus-bolig": "aarhus-130",
    "bg-syddjurs-veje": "syddjurs-52",
    "bg-aarhus-cykel": "aarhus-121",
}


def _with_case(plan: TopicPlan, cases: dict[str, str]) -> TopicPlan:
    slug = cases.get(plan.spec.id)
    return plan if slug is None else TopicPlan(**{**plan.__dict__, "case": slug})


def _background(rng: random.Random, spec: TopicSpec, days: int, base: float, remote: float) -> TopicPlan:
    daily = tuple(
        base * (0.8 if d % 7 in (5, 6) else 1.07) * math.exp(rng.gauss(0, 0.3)) for d in range(days)
    )
    return TopicPlan(spec, "background", daily, tuple(0.05 for _ in range(days)), remote)


def _episodes(rng: random.Random, start: date, days: int) -> list[TopicPlan]:
    def at(offset: int, lo: int, hi: int) -> int:
        return max(3, min(days - 4, days - offset + rng.randint(lo, hi)))

    copy_code = rng.choice((AARHUS, SYDDJURS))
    out = [
        _burst(
            rng,
            rng.choice(AARHUS_MOBILISATIONS),
            "mobilisation",
            days,
            at(26, -3, 2),
            _FAST,
            0.1,
            0.4,
            "aarhus-117",
        ),
        _burst(
            rng,
            rng.choice(SYDDJURS_REMOTE_CAMPAIGNS),
            "remote_mobilisation",
            days,
            at(13, -2, 1),
            _REMOTE,
            0.68,
            0.8,
            "syddjurs-45",
        ),
        _slow(rng, rng.choice(SLOW_BURNS), days, max(3, days - 49)),
        _burst(
            rng,
            COPY_PASTE_CAMPAIGNS[copy_code],
            "coordinated",
            days,
            at(35, -3, 3),
            _COPY,
            0.12,
            0.5,
            "aarhus-121" if copy_code == AARHUS else "syddjurs-52",
        ),
        _election(rng, days, at(30, -2, 2)),
        _event(rng, start, days, max(2, days - 50 + rng.randint(-3, 3))),
        _burst(rng, LETBANE, "decoy_heated", days, at(19, -2, 2), _HEATED, 0.1, 0.5, None, base=0.35),
        _seasonal(rng, start, days),
    ]
    return out


_FAST = (7.0, 17.0, 30.0, 22.0, 13.0, 8.0, 5.0, 3.0, 2.5, 2.0, 1.5)
_REMOTE = (5.0, 11.0, 22.0, 32.0, 24.0, 14.0, 8.0, 5.0, 3.0)
_COPY = (22.0, 30.0, 9.0)
_HEATED = (5.0, 9.0, 6.0, 3.0, 1.5)


def _burst(
    rng: random.Random,
    spec: TopicSpec,
    kind: str,
    days: int,
    start: int,
    profile: tuple[float, ...],
    remote: float,
    far: float,
    case: str | None,
    base: float = 0.0,
) -> TopicPlan:
    scale = rng.uniform(0.85, 1.15)
    daily = [base * math.exp(rng.gauss(0, 0.3)) for _ in range(days)]
    heat = [0.05] * days
    for d in range(max(0, start - 14), start):
        daily[d] += 0.3 if kind != "coordinated" else 0.1
    for i, value in enumerate(profile):
        if start + i < days:
            daily[start + i] += value * scale
            heat[start + i] = 0.8 if i < 6 else 0.4
    for d in range(start + len(profile), days):
        daily[d] += 0.2 if kind != "decoy_heated" else 0.0
    peak = start + max(range(len(profile)), key=profile.__getitem__)
    end = min(days - 1, start + len(profile) - 1)
    return TopicPlan(spec, kind, tuple(daily), tuple(heat), remote, far, case, start, min(peak, end), end)


def _slow(rng: random.Random, spec: TopicSpec, days: int, start: int) -> TopicPlan:
    span = days - start
    daily = [0.0] * days
    heat = [0.05] * days
    for i in range(span):
        daily[start + i] = (0.3 + 2.0 * i / span) * math.exp(rng.gauss(0, 0.25))
        heat[start + i] = 0.1 + 0.3 * i / span
    return TopicPlan(spec, "slow_burn", tuple(daily), tuple(heat), 0.05, 0.5, None, start, days - 2, days - 1)


def _election(rng: random.Random, days: int, election_day: int) -> TopicPlan:
    daily = [0.3] * days
    for d in range(max(0, election_day - 20), min(days, election_day + 6)):
        before = election_day - d
        daily[d] = 1.5 + 7.5 * (1 - before / 20) if before >= 0 else 6.0 * 0.5 ** (-before - 1)
    start = max(0, election_day - 20)
    return TopicPlan(
        VALG,
        "decoy_national",
        tuple(daily),
        tuple(0.1 for _ in range(days)),
        0.0,
        0.5,
        None,
        start,
        election_day,
        min(days - 1, election_day + 5),
    )


def _event(rng: random.Random, start_date: date, days: int, first: int) -> TopicPlan:
    spec = EVENTS_BY_MONTH[(start_date + timedelta(days=first)).month]
    profile = (3.0, 5.0, 6.0, 7.0, 8.0, 9.0, 5.0)
    plan = _burst(rng, spec, "decoy_event", days, first, profile, 0.25, 0.5, None, base=0.05)
    return TopicPlan(**{**plan.__dict__, "heat": tuple(0.3 if h > 0.1 else h for h in plan.heat)})


def _seasonal(rng: random.Random, start_date: date, days: int) -> TopicPlan:
    spec = SEASONAL_BY_MONTH[(start_date + timedelta(days=days - 1)).month]
    daily = [0.05] * days
    spells = sorted({max(1, days - 10 + rng.randint(-3, 3)), max(1, days - 24 + rng.randint(-3, 3))})
    for first in spells:
        for i, value in enumerate((6.0, 4.0, 2.0)):
            if first + i < days:
                daily[first + i] += value
    return TopicPlan(
        spec,
        "decoy_seasonal",
        tuple(daily),
        tuple(0.05 for _ in range(days)),
        0.05,
        0.5,
        None,
        spells[0],
        spells[-1],
        min(days - 1, spells[-1] + 2),
    )
