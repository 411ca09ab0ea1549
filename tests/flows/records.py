"""Realistic Danish records for flow tests: eight weeks of local debate in Aarhus and Syddjurs.

Four issues, three alerts and two public actors, with the numbers the briefing must show
written down next to them (WEEKLY, EXPECTED_*).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from flows.briefing.week import IsoWeek
from index import Store
from schema import (
    Alert,
    AlertEvidence,
    AuthorHome,
    AuthorRef,
    CueExample,
    CueHit,
    DailyCount,
    DocumentRef,
    EnrichedDocument,
    Entity,
    GeoPoint,
    Issue,
    IssueWindow,
    Level,
    PlaceMention,
    Platform,
    RemoteParticipation,
    SourceKind,
    content_hash,
    pseudonym,
    url_id,
)
from tests.conftest import TEST_PSEUDONYM_KEY

WEEK = IsoWeek(2026, 47)  # Monday 16 to Sunday 22 November 2026
GENERATED = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)


@dataclass(frozen=True)
class IssueSpec:
    issue_id: str
    label: str
    keywords: tuple[str, ...]
    municipality: str
    place: str
    point: tuple[float, float]
    weekly: tuple[int, ...]  # documents per week, eight weeks ending with WEEK
    homes: tuple[str, ...]  # home municipality of each author in turn ("" = unknown)
    texts: tuple[str, ...]
    titles: tuple[str, ...]
    cues: tuple[tuple[str, str], ...] = ()


ISSUES = (
    IssueSpec(
        "issue-ingerslev",
        "bevar træerne · Ingerslev Boulevard",
        ("træ", "fælde", "boulevard", "bevare"),
        "0751",
        "Ingerslev Boulevard",
        (56.1466, 10.2040),
        (2, 1, 3, 2, 2, 4, 6, 38),
        ("0751", "0751", "0751", "0751", "0751", "", "0751", "0751", "0751", "0101", "0751", "0751", "0461"),
        (
            "Kommunen vil fælde de gamle lindetræer på Ingerslev Boulevard. Skriv under på "
            "underskriftindsamlingen og mød op til borgermødet torsdag!",
            "Vi er mange i Frederiksbjerg, der vil bevare træerne. Del opslaget, så flere hører om det.",
            "Træerne på Ingerslev Boulevard giver skygge til markedet. Det er vanvid at fælde dem.",
            "Husk høringssvar om træfældningen inden fristen på fredag. #bevartræerne",
            "Jeg har boet på boulevarden i 30 år og har aldrig set så mange naboer samlet.",
        ),
        (
            "Red træerne på Ingerslev Boulevard",
            "Borgermøde om træfældning",
            "Læserbrev: Lad lindetræerne stå",
            "Høring om boulevardens træer",
        ),
        (("petition", "underskriftindsamling"), ("show_up", "mød op"), ("share", "del opslaget")),
    ),
    IssueSpec(
        "issue-mols",
        "nej til solcellepark · Mols Bjerge",
        ("solcellepark", "mols", "natur", "landskab"),
        "0706",
        "Mols Bjerge",
        (56.2330, 10.5420),
        (0, 0, 0, 1, 2, 5, 14, 22),
        ("0101", "0461", "0851", "0706", "0630", "0101", "0101", "0461", "0706", "0851", "0147"),
        (
            "En solcellepark på 200 hektar vil ødelægge landskabet i Mols Bjerge. Stop planerne nu!",
            "Som sommerhusejer på Mols er jeg rystet over planerne. Skriv under mod solcelleparken.",
            "Mols Bjerge er en nationalpark og hører hele Danmark til. Nej til solceller i bakkerne.",
            "Der er demonstration ved Kalø lørdag kl. 12 mod solcelleparken.",
        ),
        ("Nej til solceller i Mols Bjerge", "Nationalparken er i fare", "Demonstration ved Kalø"),
        (("save_stop", "stop planerne"), ("demonstration", "demonstration"), ("sign", "skriv under")),
    ),
    IssueSpec(
        "issue-letbane",
        "letbanen forsinket · Aarhus",
        ("letbane", "forsinkelse", "køreplan"),
        "0751",
        "Aarhus",
        (56.1567, 10.2108),
        (10, 9, 11, 10, 12, 9, 11, 10),
        ("0751", "0751", "", "0751", "0727", "0751"),
        (
            "Letbanen var igen 20 minutter forsinket i morges ved Aarhus H.",
            "Hvornår får vi en køreplan, der holder? Letbanen til Lystrup er altid sent på den.",
            "Forsinkelserne på letbanen koster pendlerne tid hver eneste dag.",
        ),
        ("Letbanen forsinket igen", "Pendlere trætte af forsinkelser"),
    ),
    IssueSpec(
        "issue-hornslet",
        "skolelukning · Hornslet",
        ("skole", "lukning", "børn"),
        "0706",
        "Hornslet",
        (56.3170, 10.3190),
        (1, 1, 2, 2, 3, 3, 4, 6),
        ("0706", "0706", "0706", "0706"),
        (
            "Forældrene i Hornslet frygter, at den lille skole lukker efter sommerferien.",
            "Byrådet i Syddjurs bør lytte til forældrene om skolen i Hornslet.",
        ),
        ("Skolen i Hornslet kan lukke",),
    ),
)

#: documents the briefing's headline figure counts: every issue document of the week
EXPECTED_DOCUMENTS = sum(spec.weekly[-1] for spec in ISSUES) + 2  # + two posts by the mayor
EXPECTED_PREVIOUS = sum(spec.weekly[-2] for spec in ISSUES)

MAYOR = "Anders Winnerskjold"
NATURE = "Danmarks Naturfredningsforening"
PUBLIC_ACTORS = [
    {"name": MAYOR, "actor_type": "politician", "handles": ["mastodon:@borgmester"]},
    {"name": NATURE, "actor_type": "organisation", "handles": []},
]


def week_documents(spec: IssueSpec, rng: random.Random) -> list[EnrichedDocument]:
    """The issue's documents over the eight weeks."""
    docs = []
    weeks = [WEEK.shift(i - 7) for i in range(8)]
    author_no = 0
    for week, count in zip(weeks, spec.weekly, strict=True):
        start, _ = week.bounds("Europe/Copenhagen")
        for n in range(count):
            moment = start + timedelta(hours=8 + (n * 37) % (24 * 7 - 12), minutes=rng.randrange(60))
            home = spec.homes[author_no % len(spec.homes)]
            author_no += 1
            docs.append(_document(spec, week, n, moment, f"{spec.issue_id}-author-{author_no}", home, rng))
    return docs


def _document(
    spec: IssueSpec, week: IsoWeek, n: int, moment: datetime, author: str, home: str, rng: random.Random
) -> EnrichedDocument:
    platform = [Platform.LETTERS, Platform.REDDIT, Platform.MASTODON, Platform.NEWS, Platform.CONSULTATION][
        n % 5
    ]
    url = f"https://debat.example.dk/{spec.issue_id}/{week}/{n}"
    text = spec.texts[n % len(spec.texts)]
    title = spec.titles[n % len(spec.titles)]
    cues = [CueHit(family=f, text=w, lemma=w) for f, w in spec.cues if f in _cue_families(text)]  # type: ignore[arg-type]
    return EnrichedDocument(
        id=url_id(url),
        source_id=f"test-{platform.value}",
        source_kind=SourceKind.NEWS_FEED if platform is Platform.NEWS else SourceKind.HTML_LISTING,
        platform=platform,
        url=url,
        title=title,
        text=text,
        published_at=moment,
        fetched_at=moment + timedelta(minutes=5),
        enriched_at=moment + timedelta(minutes=6),
        author=AuthorRef(pseudonym=pseudonym(TEST_PSEUDONYM_KEY.encode(), platform.value, author)),
        content_hash=content_hash(f"{title}\n{text}"),
        lang="da",
        lang_confidence=0.98,
        lemma_text=" ".join(spec.keywords + tuple(w.lower().strip(".,!?") for w in text.split()[:12])),
        word_count=len(text.split()),
        places=[
            PlaceMention(
                text=spec.place,
                name=spec.place,
                kind="landmark",
                municipality_code=spec.municipality,
                point=GeoPoint(lat=spec.point[0], lon=spec.point[1]),
            )
        ],
        municipality_code=spec.municipality,
        municipality_confidence=0.9,
        place_point=GeoPoint(lat=spec.point[0], lon=spec.point[1]),
        author_home=AuthorHome(municipality_code=home, confidence=0.8, signal="signature") if home else None,
        cues=cues,
        hashtags=["bevartræerne"] if "#bevartræerne" in text else [],
        fingerprint=[rng.randrange(2**32) for _ in range(16)],
        issue_id=spec.issue_id,
    )


def _cue_families(text: str) -> set[str]:
    lowered = text.lower()
    found = set()
    if "underskriftindsamling" in lowered:
        found.add("petition")
    if "mød op" in lowered:
        found.add("show_up")
    if "del opslaget" in lowered:
        found.add("share")
    if "stop" in lowered:
        found.add("save_stop")
    if "demonstration" in lowered:
        found.add("demonstration")
    if "skriv under" in lowered:
        found.add("sign")
    return found


def actor_documents() -> list[EnrichedDocument]:
    """Two posts by the mayor in the week (new), one named mention of the nature society each week."""
    start, _ = WEEK.bounds("Europe/Copenhagen")
    docs = []
    for n in range(2):
        url = f"https://mastodon.example.dk/@borgmester/{n}"
        text = (
            "Jeg holder borgermøde om byens træer i næste uge. Alle er velkomne."
            if n
            else ("Byrådet tager beslutningen om Ingerslev Boulevard op igen.")
        )
        moment = start + timedelta(days=2 + n, hours=9)
        docs.append(
            EnrichedDocument(
                id=url_id(url),
                source_id="test-mastodon",
                source_kind=SourceKind.MASTODON,
                platform=Platform.MASTODON,
                url=url,
                text=text,
                published_at=moment,
                fetched_at=moment,
                enriched_at=moment,
                author=AuthorRef(
                    pseudonym=pseudonym(TEST_PSEUDONYM_KEY.encode(), "mastodon", "@borgmester"),
                    display_name=MAYOR,
                    actor_type="politician",
                ),
                content_hash=content_hash(text),
                lang="da",
                lang_confidence=0.99,
                lemma_text="byråd beslutning træ borgermøde",
                word_count=len(text.split()),
                municipality_code="0751",
                municipality_confidence=0.9,
                entities=[Entity(text="Ingerslev Boulevard", label="LOC", start=0, end=19)],
            )
        )
    return docs


def issues(docs: list[EnrichedDocument]) -> list[Issue]:
    """The four issues with their document ids and remote shares."""
    out = []
    for spec in ISSUES:
        mine = [d for d in docs if d.issue_id == spec.issue_id]
        homes = {
            d.author.pseudonym: d.author_home.municipality_code for d in mine if d.author and d.author_home
        }
        remote = sum(1 for h in homes.values() if h != spec.municipality)
        days: dict[datetime, list[EnrichedDocument]] = {}
        for d in mine:
            days.setdefault(d.published_at.replace(hour=0, minute=0, second=0, microsecond=0), []).append(d)
        out.append(
            Issue(
                issue_id=spec.issue_id,
                label=spec.label,
                keywords=list(spec.keywords),
                municipality_code=spec.municipality,
                place=spec.place,
                place_point=GeoPoint(lat=spec.point[0], lon=spec.point[1]),
                document_ids=[d.id for d in mine],
                first_seen=min(d.published_at for d in mine),
                last_seen=max(d.published_at for d in mine),
                windows=[
                    IssueWindow(
                        start=day.date(),
                        documents=len(ds),
                        authors=len({d.author.pseudonym for d in ds if d.author}),
                        new_authors=len(ds),
                    )
                    for day, ds in sorted(days.items())
                ],
                authors_known=len(homes),
                authors_remote=remote,
                remote_share=remote / len(homes) if homes else None,
                updated_at=GENERATED,
            )
        )
    return out


def alert(
    spec: IssueSpec,
    docs: list[EnrichedDocument],
    level: Level,
    score: float,
    first_seen: datetime,
    remote: tuple[int, int, dict[str, int]],
    updated_at: datetime | None = None,
    state: str = "open",
) -> Alert:
    """An alert on an issue, with evidence drawn from its documents."""
    mine = sorted((d for d in docs if d.issue_id == spec.issue_id), key=lambda d: d.published_at)
    recent = [d for d in mine if d.published_at >= first_seen - timedelta(days=3)]
    known, remote_n, homes = remote
    return Alert(
        alert_id=f"{spec.issue_id}@{first_seen:%Y-%m-%d}",
        issue_id=spec.issue_id,
        label=spec.label,
        municipality_code=spec.municipality,
        place=spec.place,
        place_point=GeoPoint(lat=spec.point[0], lon=spec.point[1]),
        level=level,
        peak_level=level,
        score=score,
        state=state,  # type: ignore[arg-type]
        first_seen=first_seen,
        updated_at=updated_at or GENERATED - timedelta(hours=2),
        closed_at=GENERATED - timedelta(hours=1) if state == "closed" else None,
        document_ids=[d.id for d in recent],
        evidence=AlertEvidence(
            signals={"burst": 0.9, "authors": 0.8, "calls_to_action": 0.7, "narrowness": 0.8, "spread": 0.6},
            growth=[DailyCount(day=d.published_at.date(), documents=1, authors=1) for d in recent[:10]],
            cues=[CueExample(family=f, count=5 - i, example=w) for i, (f, w) in enumerate(spec.cues)],
            top_documents=[
                DocumentRef(
                    id=d.id,
                    title=d.title,
                    snippet=d.text[:140],
                    url=d.url,
                    platform=d.platform.value,
                    published_at=d.published_at,
                    author=d.author.pseudonym if d.author else None,
                )
                for d in recent[:3]
            ],
            platforms={
                p.value: sum(1 for d in recent if d.platform is p) for p in {d.platform for d in recent}
            },
            sources={"test": len(recent)},
            remote=RemoteParticipation(
                authors_known=known,
                authors_unknown=1,
                authors_remote=remote_n,
                remote_share=remote_n / known if known else None,
                home_municipalities=homes,
                remote_dominated=known > 0 and remote_n / known > 0.5,
            ),
        ),
    )


def alerts(docs: list[EnrichedDocument]) -> list[Alert]:
    """An alert on Ingerslev (new this week), a warning on Mols (from last week), a watch on Hornslet."""
    ing, mols, _, horn = ISSUES
    ing_homes = {"0751": 18, "0101": 1, "0461": 1}
    mols_homes = {"0706": 4, "0101": 6, "0461": 3, "0851": 3}
    return [
        alert(ing, docs, Level.ALERT, 0.86, datetime(2026, 11, 18, 10, tzinfo=UTC), (20, 2, ing_homes)),
        alert(mols, docs, Level.WARNING, 0.64, datetime(2026, 11, 12, 14, tzinfo=UTC), (16, 12, mols_homes)),
        alert(horn, docs, Level.WATCH, 0.41, datetime(2026, 11, 20, 9, tzinfo=UTC), (4, 0, {"0706": 4})),
    ]


def all_documents(seed: int = 47) -> list[EnrichedDocument]:
    """Every document of the eight weeks."""
    rng = random.Random(seed)
    docs = [d for spec in ISSUES for d in week_documents(spec, rng)]
    return docs + actor_documents()


def fill(store: Store) -> tuple[list[EnrichedDocument], list[Issue], list[Alert]]:
    """Write the documents, issues and alerts to a store."""
    docs = all_documents()
    store.index_documents(docs)
    found_issues = issues(docs)
    store.upsert_issues(found_issues)
    found_alerts = alerts(docs)
    store.upsert_alerts(found_alerts)
    return docs, found_issues, found_alerts
