"""Builds the corpus day by day from the plan: who writes what, where and when."""

from __future__ import annotations

import math
import random
import re
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from simulator import _emit_social, _emit_web
from simulator._people import MastodonAccount, Person, build_population
from simulator._places import AARHUS
from simulator._plan import CASE_SLOTS, TopicPlan, build_plan
from simulator._roles import add_roles
from simulator._timing import TZ
from simulator._writer import Writer
from simulator.corpus import Case, Corpus
from simulator.sources import OUTLETS
from simulator.topics import TopicSpec

_CASE_TITLES = {
    "bg-aarhus-bolig": "Forslag til lokalplan for boliger på Aarhus Ø",
    "bg-aarhus-cykel": "Forslag til cykelsti på Viby Ringvej",
    "bg-syddjurs-veje": "Trafikplan for Djursland – forslag i høring",
}


def build_corpus(seed: int, start: date, days: int) -> tuple[Corpus, list[TopicPlan]]:
    """The whole corpus of one scenario, and the plan it follows."""
    return Builder(seed, start, days).run()


class Builder:
    """Generates a corpus day by day (the emitters in _emit_web/_emit_social write the items)."""

    def __init__(self, seed: int, start: date, days: int) -> None:
        self.rng = random.Random(f"debatradar-simulator/{seed}/{start.isoformat()}/{days}")
        self.start, self.days = start, days
        self.t0 = datetime.combine(start, time(), UTC)
        self.horizon = datetime.combine(start + timedelta(days=days - 1), time(23, 59, 59), UTC)
        self.population = build_population(self.rng, self.t0)
        self.actors = add_roles(self.population, self.t0)
        self.plans = build_plan(self.rng, start, days)
        neighbours: dict[str | None, list[TopicSpec]] = {}
        for plan in self.plans:
            if plan.kind in ("background", "slow_burn"):
                neighbours.setdefault(plan.spec.municipality, []).append(plan.spec)
        self.writer = Writer(self.rng, neighbours)
        cases = {
            p.case: Case(p.case, p.spec.case_title or _CASE_TITLES[p.spec.id], CASE_SLOTS[p.case], p.spec.id)
            for p in self.plans
            if p.case
        }
        self.corpus = Corpus(start, start + timedelta(days=days - 1), self.population, dict(OUTLETS), cases)
        self._ids: set[str] = set()
        self.sequence = 0

    def run(self) -> tuple[Corpus, list[TopicPlan]]:
        """Emit every topic's items day by day; return the corpus sorted by time, and the plan."""
        for day in range(self.days):
            for plan in self.plans:
                for _ in range(self._poisson(plan.daily[day])):
                    self._emit(plan, self.choose(plan.mix), day)
        c = self.corpus
        for items in (c.articles, c.letters, c.answers):
            items.sort(key=lambda i: i.published)
        c.reddit_posts.sort(key=lambda p: p.created)
        c.reddit_comments.sort(key=lambda p: p.created)
        c.toots.sort(key=lambda t: t.created)
        c.skeets.sort(key=lambda s: s.created)
        self._renumber()
        return c, self.plans

    def _renumber(self) -> None:
        """Number letters, answers and articles in the order they were published, as real sites do."""
        c = self.corpus
        moved: dict[str, str] = {}
        letters = [
            replace(x, id=10001 + i, path=f"/debat/laeserbreve/{10001 + i}.html")
            for i, x in enumerate(c.letters)
        ]
        moved.update((old.path, new.path) for old, new in zip(c.letters, letters, strict=True))
        seen: Counter[str] = Counter()
        answers = []
        for a in c.answers:
            seen[a.case] += 1
            answers.append(
                replace(a, number=seen[a.case], path=f"/hoering/{a.case}/svar/{seen[a.case]}.html")
            )
        moved.update((old.path, new.path) for old, new in zip(c.answers, answers, strict=True))
        articles = [
            replace(a, path=re.sub(r"-\d+\.html$", f"-{1001 + i}.html", a.path))
            for i, a in enumerate(c.articles)
        ]
        moved.update((old.path, new.path) for old, new in zip(c.articles, articles, strict=True))
        posts = [
            replace(
                p,
                link=moved.get(p.link, p.link) if p.link else None,
                links=tuple(moved.get(x, x) for x in p.links),
            )
            for p in c.reddit_posts
        ]
        c.letters[:], c.answers[:], c.articles[:], c.reddit_posts[:] = letters, answers, articles, posts
        c.self_refs = {moved.get(key, key) for key in c.self_refs}

    # emitters ---------------------------------------------------------------------------------
    def _emit(self, plan: TopicPlan, platform: str, day: int) -> None:
        emitters = {
            "news": _emit_web.article,
            "letters": _emit_web.letter,
            "consultation": _emit_web.answer,
            "reddit": _emit_social.thread,
            "mastodon": _emit_social.toot,
            "bluesky": _emit_social.skeet,
        }
        emitters[platform](self, plan, day)

    # helpers ----------------------------------------------------------------------------------
    def author(self, plan: TopicPlan, platform: str, day: int) -> tuple[Person, bool]:
        """Who writes the next item of a topic on a platform, and whether they live elsewhere."""
        code = plan.spec.municipality
        if code is None:
            return self.population.pick(self.rng, "national", platform, new_bias=0.1), False
        remote = self.rng.random() < plan.remote
        group = ("far" if self.rng.random() < plan.far else f"remote_of_{code}") if remote else code
        bias = 0.85 * plan.heat[day] if plan.kind != "background" else 0.03
        person = self.population.pick(self.rng, group, platform, new_bias=bias)
        return person, person.home_code != code

    def cta(self, plan: TopicPlan, day: int) -> float:
        """Probability that a text of this topic on this day calls to action."""
        return 0.7 * plan.heat[day]

    def outlet_slug(self, plan: TopicPlan) -> str:
        """Which news site covers the next article of a topic."""
        code = plan.spec.municipality
        national = {"remote_mobilisation": 0.35, "mobilisation": 0.1, "coordinated": 0.0}.get(plan.kind, 0.05)
        if code is None:
            return (
                "dansk-dagblad"
                if self.rng.random() < 0.75
                else self.rng.choice(("aarhus-byavis", "djurs-avis"))
            )
        if self.rng.random() < national:
            return "dansk-dagblad"
        return "aarhus-byavis" if code == AARHUS else "djurs-avis"

    def moment(self, day: int, hours: tuple[float, ...]) -> datetime:
        """A publication time on a day (Danish local hours weighted by ``hours``), in UTC."""
        rng = self.rng
        hour = rng.choices(range(24), weights=hours)[0]
        local = datetime.combine(
            self.start + timedelta(days=day), time(hour, rng.randrange(60), rng.randrange(60)), TZ
        )
        return min(max(local.astimezone(UTC), self.t0), self.horizon)

    def _poisson(self, lam: float) -> int:
        if lam <= 0:
            return 0
        limit, k, p = math.exp(-lam), 0, 1.0
        while True:
            p *= self.rng.random()
            if p <= limit:
                return k
            k += 1

    def choose(self, weighted: tuple[tuple[str, float], ...]) -> str:
        """One key of ``(key, weight)`` pairs, drawn by weight."""
        return self.rng.choices([k for k, _ in weighted], weights=[w for _, w in weighted])[0]

    def new_id36(self) -> str:
        """A fresh Reddit-style base-36 id."""
        while True:
            value = "".join(self.rng.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(7))
            if value not in self._ids:
                self._ids.add(value)
                return value

    def mastodon_account(self, key: str) -> MastodonAccount:
        """The Mastodon account of a person (who is known to have one)."""
        account = self.population.by_key[key].mastodon
        assert account is not None
        return account

    def mark_self_ref(self, key: str, self_ref: bool) -> None:
        """Remember (for the truth) that an item's text names its author's home."""
        if self_ref:
            self.corpus.self_refs.add(key)
