"""A realistic Danish deployment for the UI tests: config file, users, and a filled store.

Deterministic for a seed and a `now`: Aarhus and Syddjurs, six local issues (a fast local
mobilisation, one driven from outside, a slow burn, a heated debate without calls to action,
a seasonal topic, and a dormant issue merged into another), documents on five platforms with
pseudonymous authors whose homes are known or not, alerts with evidence, two briefings (HTML +
a real PDF from WeasyPrint) and source health over several crawl runs.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import bcrypt
import yaml

from index import open_store
from schema import (
    Alert,
    AuthorHome,
    AuthorRef,
    Briefing,
    CueHit,
    EnrichedDocument,
    Issue,
    IssueWindow,
    LineageEvent,
    PlaceMention,
    SourceHealth,
    content_hash,
    pseudonym,
)
from schema.raw import GeoPoint, Platform, SourceKind
from tests.conftest import TEST_PSEUDONYM_KEY
from tests.ui.demo_plans import (
    AARHUS,
    CENTRES,
    CLOSERS,
    OPENERS,
    PLANS,
    REMOTE_HOMES,
    SOURCES,
    SYDDJURS,
    IssuePlan,
)
from tests.ui.demo_records import demo_alerts, demo_briefings, demo_health

#: Passwords of the test users (hashed with few bcrypt rounds to keep tests fast).
PASSWORDS = {
    "kommunikation": "kommunikation-2026",
    "analytiker": "analytiker-2026",
    "direktion": "direktion-2026",
    "admin": "administrator-2026",
}
ROLES = {
    "kommunikation": ["communication"],
    "analytiker": ["analyst"],
    "direktion": ["leadership"],
    "admin": ["admin"],
}
NAMES = {
    "kommunikation": "Karen Kommunikation",
    "analytiker": "Anders Analytiker",
    "direktion": "Dorthe Direktør",
    "admin": "Ali Admin",
}


@dataclass
class Deployment:
    """What the factory made: the config file and the counts the tests compare with."""

    config: Path
    data_dir: Path
    now: datetime
    documents: list[EnrichedDocument]
    issues: list[Issue]
    alerts: list[Alert]
    briefings: list[Briefing]
    health: list[SourceHealth]


def write_config(
    root: Path,
    users: dict[str, list[str]] | None = None,
    rounds: int = 4,
    index: dict[str, Any] | None = None,
) -> Path:
    """A debatradar.yaml with Aarhus + Syddjurs, five sources, four users and an e-mail channel.

    ``index`` replaces the index section (the embedded store under root/data by default).
    """
    data_dir = root / "data"
    data_dir.mkdir(parents=True, exist_ok=True)
    config = {
        "municipalities": [{"code": AARHUS, "name": "Aarhus"}, {"code": SYDDJURS, "name": "Syddjurs"}],
        "data_dir": str(data_dir),
        "sources": [_source_config(source_id, kind, name) for source_id, kind, _, name in SOURCES],
        "ui": {
            "language": "da",
            "cache_ttl_s": 30,
            "users": [
                {
                    "username": name,
                    "display_name": NAMES.get(name, name.title()),
                    "password_hash": bcrypt.hashpw(PASSWORDS[name].encode(), bcrypt.gensalt(rounds)).decode(),
                    "roles": roles,
                }
                for name, roles in (users or ROLES).items()
            ],
        },
        "notify": {
            "channels": [{"kind": "email", "name": "kommunikation", "to": ["kommunikation@aarhus.dk"]}],
        },
        "privacy": {
            "public_actors": [{"name": "Anders Winnerskjold", "actor_type": "politician", "handles": []}],
        },
    }
    if index is not None:
        config["index"] = index
    path = root / "debatradar.yaml"
    header = "# Test deployment of the UI (tests/ui/demo_data.py)\n"
    path.write_text(header + yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _source_config(source_id: str, kind: SourceKind, name: str) -> dict[str, object]:
    base: dict[str, object] = {"id": source_id, "name": name, "kind": kind.value}
    if kind == SourceKind.NEWS_FEED:
        base["feed_urls"] = ["http://127.0.0.1:8765/news/stiften/rss.xml"]
    elif kind == SourceKind.REDDIT:
        base["subreddits"] = ["Aarhus"]
        base["base_url"] = "http://127.0.0.1:8765"
    elif kind == SourceKind.MASTODON:
        base["instance_url"] = "http://127.0.0.1:8765"
        base["hashtags"] = ["aarhus", "syddjurs"]
    else:
        platform = "consultation" if "hoering" in source_id else "letters"
        base |= {
            "platform": platform,
            "start_urls": [f"http://127.0.0.1:8765/{source_id}"],
            "selectors": {"item": "article.item", "title": "h2", "text": "div.text"},
        }
    return base


def build(
    root: Path,
    now: datetime | None = None,
    seed: int = 7,
    scale: float = 1.0,
    index: dict[str, Any] | None = None,
) -> Deployment:
    """Write the config and fill its store (the embedded one under root/data unless ``index``)."""
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    config = write_config(root, index=index)
    data_dir = root / "data"
    rng = random.Random(seed)
    documents, by_issue = _documents(rng, now, scale)
    issues = [_issue(plan, by_issue[plan.issue_id], now) for plan in PLANS]
    alerts = demo_alerts(issues, by_issue, now)
    briefings = demo_briefings(data_dir, now, issues, alerts)
    health = demo_health(rng, now)
    from schema.settings import load_settings

    store = open_store(load_settings(config))
    store.setup()
    try:
        report = store.index_documents(documents)
        assert report.ok, report.failed
        store.upsert_issues(issues)
        store.upsert_alerts(alerts)
        for briefing in briefings:
            store.put_briefing(briefing)
        for record in health:
            store.put_source_health(record)
    finally:
        store.close()
    return Deployment(config, data_dir, now, documents, issues, alerts, briefings, health)


def _documents(
    rng: random.Random, now: datetime, scale: float
) -> tuple[list[EnrichedDocument], dict[str, list[EnrichedDocument]]]:
    docs: list[EnrichedDocument] = []
    by_issue: dict[str, list[EnrichedDocument]] = defaultdict(list)
    authors: dict[str, list[tuple[str, str | None]]] = {}
    for plan in PLANS:
        pool = [_author(rng, plan, n) for n in range(max(8, int(sum(plan.daily) * 0.8)))]
        authors[plan.issue_id] = pool
        days = len(plan.daily)
        for offset, count in enumerate(plan.daily):
            day = now - timedelta(days=days - 1 - offset)
            for _ in range(max(0, round(count * scale))):
                doc = _document(rng, plan, pool, day, len(docs))
                docs.append(doc)
                by_issue[plan.issue_id].append(doc)
    background = int(120 * scale)
    for n in range(background):
        day = now - timedelta(days=rng.randint(0, 55), hours=rng.randint(0, 20))
        docs.append(_background(rng, day, n))
    return docs, by_issue


def _author(rng: random.Random, plan: IssuePlan, n: int) -> tuple[str, str | None]:
    """(raw author id, home municipality or None when no signal says where they live)."""
    if rng.random() < 0.25:
        return f"{plan.issue_id}-anon-{n}", None
    home = rng.choice(REMOTE_HOMES) if rng.random() < plan.remote_share else plan.municipality
    return f"{plan.issue_id}-{n}", home


def _document(
    rng: random.Random, plan: IssuePlan, pool: list[tuple[str, str | None]], day: datetime, n: int
) -> EnrichedDocument:
    source_id, kind, platform, _ = rng.choice(SOURCES)
    raw_author, home = rng.choice(pool)
    sentence = rng.choice(plan.sentences)
    text = f"{rng.choice(OPENERS)}{sentence[0].lower() + sentence[1:] if rng.random() < 0.3 else sentence}"
    text += rng.choice(CLOSERS) + f" ({plan.place}, indlæg {n})"
    cues = [
        CueHit(family=family, text=words, lemma=words)  # type: ignore[arg-type]
        for family, words, example in plan.cues
        if example.split()[0].lower() in sentence.lower()
    ]
    published = day.replace(hour=rng.randint(6, 22), minute=rng.randint(0, 59), second=0)
    published = min(published, day)
    lat, lon = CENTRES[plan.municipality]
    return _make(
        n,
        source_id,
        kind,
        platform,
        title=f"{plan.place}: {sentence[:60]}" if platform in (Platform.NEWS, Platform.LETTERS) else None,
        text=text,
        published=published,
        raw_author=raw_author,
        home=home,
        municipality=plan.municipality,
        place=PlaceMention(
            text=plan.place,
            name=plan.place,
            kind="locality",
            municipality_code=plan.municipality,
            point=GeoPoint(lat=lat, lon=lon),
        ),
        cues=cues,
        hashtags=[h for h in plan.hashtags if rng.random() < 0.5],
        issue_id=plan.issue_id,
        lemmas=" ".join(plan.keywords),
    )


def _background(rng: random.Random, day: datetime, n: int) -> EnrichedDocument:
    topics = [
        ("Aarhus Festuge åbner med koncert i Musikhusparken.", AARHUS, "Aarhus"),
        ("Ebeltoft Jazzfestival trak mange gæster til byen i weekenden.", SYDDJURS, "Ebeltoft"),
        ("Folketingsvalget fylder i debatten om inflation og skat.", None, None),
        ("Ny legeplads indviet i Brabrand med deltagelse af rådmanden.", AARHUS, "Brabrand"),
        ("Rønde får nyt bibliotek i det gamle rådhus.", SYDDJURS, "Rønde"),
    ]
    text, municipality, place = rng.choice(topics)
    source_id, kind, platform, _ = rng.choice(SOURCES[:3])
    return _make(
        10_000 + n,
        source_id,
        kind,
        platform,
        title=text[:50],
        text=text + f" (nr. {n})",
        published=day,
        raw_author=f"bg-{rng.randint(0, 60)}",
        home=rng.choice([AARHUS, SYDDJURS, None, "0101"]),
        municipality=municipality,
        place=PlaceMention(text=place, name=place, kind="town", municipality_code=municipality)
        if place
        else None,
        cues=[],
        hashtags=[],
        issue_id=None,
        lemmas="festival koncert valg bibliotek",
    )


def _make(
    n: int,
    source_id: str,
    kind: SourceKind,
    platform: Platform,
    *,
    title: str | None,
    text: str,
    published: datetime,
    raw_author: str,
    home: str | None,
    municipality: str | None,
    place: PlaceMention | None,
    cues: list[CueHit],
    hashtags: list[str],
    issue_id: str | None,
    lemmas: str,
) -> EnrichedDocument:
    url = f"https://{source_id}.example.dk/indlaeg/{n}"
    author = AuthorRef(
        pseudonym=pseudonym(TEST_PSEUDONYM_KEY.encode(), platform.value, raw_author),
        actor_type="citizen",
        profile_location=None,
    )
    return EnrichedDocument(
        id=f"doc-{n:06d}",
        source_id=source_id,
        source_kind=kind,
        platform=platform,
        url=url,
        title=title,
        text=text,
        published_at=published,
        fetched_at=published + timedelta(minutes=5),
        enriched_at=published + timedelta(minutes=6),
        author=author,
        content_hash=content_hash((title or "") + text),
        lang="da",
        lang_confidence=0.98,
        lemma_text=lemmas,
        word_count=len(text.split()),
        hashtags=hashtags,
        places=[place] if place else [],
        municipality_code=municipality,
        municipality_confidence=0.9 if municipality else 0.0,
        author_home=AuthorHome(municipality_code=home, confidence=0.8, signal="signature") if home else None,
        cues=cues,
        issue_id=issue_id,
    )


def _issue(plan: IssuePlan, docs: list[EnrichedDocument], now: datetime) -> Issue:
    per_day: dict[object, list[EnrichedDocument]] = defaultdict(list)
    for doc in docs:
        per_day[doc.published_at.date()].append(doc)
    seen: set[str] = set()
    windows = []
    for day in sorted(per_day):
        items = per_day[day]
        authors = {d.author.pseudonym for d in items if d.author}
        windows.append(
            IssueWindow(
                start=day,
                documents=len(items),
                authors=len(authors),
                new_authors=len(authors - seen),
                cue_documents=sum(1 for d in items if d.cues),
                platforms=dict(Counter(d.platform.value for d in items)),
            )
        )
        seen |= authors
    homes = {d.author.pseudonym: d.author_home for d in docs if d.author and d.author_home}
    remote = sum(1 for h in homes.values() if h.municipality_code != plan.municipality)
    lineage = [LineageEvent(kind="created", at=min(d.published_at for d in docs))]
    if plan.status == "merged":
        lineage.append(
            LineageEvent(kind="merged_into", at=now - timedelta(days=30), other_issue_ids=["issue-letbane"])
        )
    lat, lon = CENTRES[plan.municipality]
    return Issue(
        issue_id=plan.issue_id,
        label=plan.label,
        keywords=plan.keywords,
        municipality_code=plan.municipality,
        place=plan.place,
        place_point=GeoPoint(lat=lat, lon=lon),
        document_ids=[d.id for d in docs],
        first_seen=min(d.published_at for d in docs),
        last_seen=max(d.published_at for d in docs),
        windows=windows,
        authors_known=len(homes),
        authors_remote=remote,
        remote_share=remote / len(homes) if len(homes) >= 5 else None,
        status=plan.status,  # type: ignore[arg-type]
        lineage=lineage,
        updated_at=now,
    )
