"""Builds the Truth from a generated corpus and its plan."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from schema import Level
from simulator._catalog import Entry, entries
from simulator._plan import EXPECTED_LEVEL, TopicPlan
from simulator.corpus import Corpus
from simulator.truth import AuthorTruth, EpisodeTruth, ItemLabel, TopicTruth, Truth

#: below this many authors with a known home, no remote share is expected
MIN_KNOWN_AUTHORS = 5


def build_truth(corpus: Corpus, plans: list[TopicPlan], seed: int, origin: str) -> Truth:
    """Labels for every item, and each episode's expected level and remote share."""
    plan_of = {p.spec.id: p for p in plans}
    all_entries = list(entries(corpus))
    labels: dict[str, ItemLabel] = {}
    for e in all_entries:
        url = origin + e.url if e.url.startswith("/") else e.url
        plan = plan_of[e.topic]
        labels[url] = ItemLabel(
            url=url,
            kind=e.kind,
            platform=e.platform,
            topic_id=e.topic,  # type: ignore[arg-type]
            episode_id=e.topic if plan.is_episode else None,
            municipality_code=plan.spec.municipality,
            published_at=e.published,
            author=e.author.key,
            author_home=e.author.home_code,
            home_signal=e.home_signal,
        )
    episodes = [
        _episode(corpus, p, [e for e in all_entries if e.topic == p.spec.id]) for p in plans if p.is_episode
    ]
    topics = {
        p.spec.id: TopicTruth(
            id=p.spec.id,
            title=p.spec.title,
            kind=p.kind,  # type: ignore[arg-type]
            municipality_code=p.spec.municipality,
            keywords=list(p.spec.keywords),
        )
        for p in plans
    }
    used = {e.author.key for e in all_entries}
    authors = {
        key: AuthorTruth(
            key=key,
            home_code=person.home_code,
            home_town=person.town.name,
            actor_type=person.actor_type,
            role=person.role,
        )
        for key, person in corpus.population.by_key.items()
        if key in used
    }
    return Truth(
        seed=seed,
        start=corpus.start,
        end=corpus.end,
        origin=origin,
        episodes=episodes,
        topics=topics,
        labels=labels,
        authors=authors,
    )


def _episode(corpus: Corpus, plan: TopicPlan, items: list[Entry]) -> EpisodeTruth:
    assert plan.start is not None and plan.peak is not None and plan.end is not None
    day0 = datetime.combine(corpus.start, time(), UTC)
    start = day0 + timedelta(days=plan.start)
    end = day0 + timedelta(days=plan.end, hours=23, minutes=59, seconds=59)
    within = [e for e in items if e.published <= end]
    citizens = {e.author.key: e for e in within if e.author.role is None}
    known = {e.author.key for e in within if e.author.role is None and e.home_signal}
    code = plan.spec.municipality
    remote_all = [k for k, e in citizens.items() if e.author.home_code != code]
    remote_known = [k for k in known if citizens[k].author.home_code != code]
    level = EXPECTED_LEVEL.get(plan.kind)
    return EpisodeTruth(
        id=plan.spec.id,
        kind=plan.kind,
        municipality_code=code,
        title=plan.spec.title,  # type: ignore[arg-type]
        keywords=list(plan.spec.keywords),
        start=start,
        peak=day0 + timedelta(days=plan.peak, hours=12),
        end=end,
        expected_level=Level(level) if level else None,
        expected_remote_share=round(len(remote_known) / len(known), 3)
        if code and len(known) >= MIN_KNOWN_AUTHORS
        else None,
        remote_share_all=round(len(remote_all) / len(citizens), 3) if code and citizens else None,
        decoy=level is None,
        documents=len(within),
        authors=len(citizens),
        authors_known=len(known),
    )
