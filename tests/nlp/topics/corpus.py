"""Realistic enriched Danish documents for the topic and detector tests (no simulator needed).

Each issue has its own vocabulary (as lemmas, the way nlp/ writes lemma_text), places resolved to
municipalities, calls to action where people mobilise, and authors with or without a known home.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from datasketch import MinHash

from schema import (
    AuthorHome,
    AuthorRef,
    CueHit,
    EnrichedDocument,
    GeoPoint,
    PlaceMention,
    content_hash,
    url_id,
)

AARHUS, SYDDJURS, ODENSE, KBH, AALBORG = "0751", "0706", "0461", "0101", "0851"

PLACES = {
    "Brabrand": ("town", AARHUS, 56.156, 10.115),
    "Hasle": ("town", AARHUS, 56.174, 10.167),
    "Aarhus": ("municipality", AARHUS, 56.157, 10.211),
    "Ingerslev Boulevard": ("landmark", AARHUS, 56.150, 10.205),
    "Mols Bjerge": ("landmark", SYDDJURS, 56.230, 10.580),
    "Ebeltoft": ("town", SYDDJURS, 56.195, 10.681),
    "Rønde": ("town", SYDDJURS, 56.302, 10.476),
    "Odense": ("municipality", ODENSE, 55.396, 10.388),
}


@dataclass
class IssueSpec:
    """How one simulated matter is written about."""

    key: str
    municipality: str | None
    places: list[str]
    phrases: list[str]
    cues: list[tuple[str, str]] = field(default_factory=list)
    cue_rate: float = 0.0
    remote_rate: float = 0.0


ISSUES = {
    "egeskov": IssueSpec(
        "egeskov",
        AARHUS,
        ["Brabrand"],
        [
            "fælde egeskov brabrand gammel eg",
            "egeskov brabrand træ fældning kommune plan",
            "bevare egeskoven natur brabrand sø",
            "eg egeskov fælde boligbyggeri brabrand",
            "fældning egeskov borger vrede skov",
            "gammel egetræ skov brabrand byggeri stoppe",
        ],
        [
            ("petition", "underskriftindsamling"),
            ("sign", "skrive under"),
            ("show_up", "møde op"),
            ("save_stop", "bevare egeskov"),
            ("hashtag", "#bevaregeskoven"),
        ],
        cue_rate=0.7,
        remote_rate=0.1,
    ),
    "solcelle": IssueSpec(
        "solcelle",
        SYDDJURS,
        ["Mols Bjerge", "Ebeltoft"],
        [
            "solcellepark mols bjerge landskab natur",
            "solcelle mark mols bjerge nationalpark ødelægge",
            "solcellepark udsigt landskab panel hektar",
            "energipark solcelle mols bjerge lokalplan",
            "panel solcellepark bakke natur landskab fredning",
        ],
        [
            ("save_stop", "nej til solcellepark"),
            ("petition", "underskriftindsamling"),
            ("consultation", "høringssvar"),
            ("share", "dele opslag"),
        ],
        cue_rate=0.6,
        remote_rate=0.75,
    ),
    "letbane": IssueSpec(
        "letbane",
        AARHUS,
        ["Aarhus"],
        [
            "letbane forsinkelse aflysning tog skinne",
            "letbanen køre ikke igen forsinkelse pendler",
            "letbane signalfejl aflyst afgang",
            "pendler letbane bus erstatningsbus forsinket",
        ],
    ),
    "skole": IssueSpec(
        "skole",
        AARHUS,
        ["Hasle"],
        [
            "skolelukning hasle skole elev forælder",
            "lukke skole hasle skolestruktur byråd",
            "hasle skole skoledistrikt børn lang skolevej",
        ],
        [("public_meeting", "borgermøde")],
        cue_rate=0.2,
    ),
    "jazz": IssueSpec(
        "jazz",
        SYDDJURS,
        ["Ebeltoft"],
        [
            "jazzfestival ebeltoft koncert musik",
            "ebeltoft jazz festival scene billet",
            "koncert jazzfestival gade musiker",
        ],
    ),
    "valg": IssueSpec(
        "valg",
        None,
        [],
        [
            "folketingsvalg statsminister partileder debat",
            "valgkamp folketing meningsmåling parti",
            "statsminister udskrive valg folketing",
        ],
    ),
}

HOMES = {
    AARHUS: (56.157, 10.211),
    SYDDJURS: (56.31, 10.52),
    ODENSE: (55.396, 10.388),
    KBH: (55.676, 12.568),
    AALBORG: (57.048, 9.919),
}


def minhash(text: str, permutations: int = 64, shingle: int = 4) -> list[int]:
    """MinHash of word shingles, as nlp/ stores it in EnrichedDocument.fingerprint."""
    words = text.lower().split()
    mh = MinHash(num_perm=permutations, seed=1)
    for i in range(max(1, len(words) - shingle + 1)):
        mh.update(" ".join(words[i : i + shingle]).encode())
    return [int(v) for v in mh.hashvalues]


def make_doc(
    spec: IssueSpec,
    when: datetime,
    rng: random.Random,
    author: str,
    *,
    platform: str = "reddit",
    with_cue: bool | None = None,
    remote: bool | None = None,
    text: str | None = None,
    home_known: bool = True,
) -> EnrichedDocument:
    """One enriched document about an issue."""
    lemmas = text or " ".join(rng.sample(spec.phrases, k=min(2, len(spec.phrases))))
    extra = rng.choice(["kommune", "borger", "byråd", "politiker", "nabo", "sted", "område", "fremtid"])
    lemma_text = f"{lemmas} {extra}"
    cues: list[CueHit] = []
    if with_cue is None:
        with_cue = rng.random() < spec.cue_rate
    if with_cue and spec.cues:
        family, words = rng.choice(spec.cues)
        cues.append(CueHit(family=family, text=words, lemma=words))  # type: ignore[arg-type]
        lemma_text += " " + words.lstrip("#")
    places = []
    for name in spec.places[:1] if rng.random() < 0.85 else []:
        kind, code, lat, lon = PLACES[name]
        places.append(
            PlaceMention(
                text=name,
                name=name,
                kind=kind,
                municipality_code=code,  # type: ignore[arg-type]
                point=GeoPoint(lat=lat, lon=lon),
            )
        )
    if remote is None:
        remote = rng.random() < spec.remote_rate
    home = None
    if home_known and spec.municipality:
        code = rng.choice([ODENSE, KBH, AALBORG]) if remote else spec.municipality
        lat, lon = HOMES[code]
        home = AuthorHome(
            municipality_code=code, confidence=0.8, signal="signature", point=GeoPoint(lat=lat, lon=lon)
        )
    url = f"https://debat.example.dk/{spec.key}/{when:%Y%m%d%H%M%S}-{author}-{rng.randrange(10**9)}"
    body = lemma_text.capitalize() + "."
    return EnrichedDocument(
        id=url_id(url),
        source_id=f"src-{platform}",
        source_kind="reddit" if platform == "reddit" else "html_listing",  # type: ignore[arg-type]
        platform=platform,  # type: ignore[arg-type]
        url=url,
        title=None,
        text=body,
        published_at=when,
        fetched_at=when + timedelta(minutes=5),
        enriched_at=when + timedelta(minutes=6),
        author=AuthorRef(pseudonym=f"p-{author}"),
        content_hash=content_hash(body),
        lang="da",
        lang_confidence=0.99,
        lemma_text=lemma_text,
        word_count=len(lemma_text.split()),
        places=places,
        municipality_code=spec.municipality if places or spec.municipality else None,
        municipality_confidence=0.9 if places else 0.5,
        place_point=places[0].point if places else None,
        author_home=home,
        cues=cues,
        fingerprint=minhash(body),
    )


def background(
    start: datetime, days: int, per_day: dict[str, float], seed: int = 1, author_pool: int = 400
) -> list[EnrichedDocument]:
    """Ordinary debate: each issue gets ~per_day[key] documents a day (Poisson), few cues."""
    rng = random.Random(seed)
    docs = []
    for day in range(days):
        for key, rate in per_day.items():
            n = _poisson(rng, rate)
            for _ in range(n):
                when = start + timedelta(days=day, hours=rng.randrange(7, 23), minutes=rng.randrange(60))
                author = f"a{rng.randrange(author_pool)}"
                docs.append(
                    make_doc(
                        ISSUES[key],
                        when,
                        rng,
                        author,
                        platform=rng.choice(["reddit", "news", "letters"]),
                        with_cue=rng.random() < ISSUES[key].cue_rate * 0.15,
                    )
                )
    return docs


def burst(
    key: str,
    start: datetime,
    daily: list[int],
    seed: int = 2,
    *,
    cue_rate: float | None = None,
    new_authors: bool = True,
    platforms: tuple[str, ...] = ("reddit", "mastodon", "letters", "news", "consultation"),
) -> list[EnrichedDocument]:
    """A mobilisation: daily[i] documents on day i, mostly new authors, spread over platforms."""
    rng = random.Random(seed)
    spec = ISSUES[key]
    docs = []
    for day, n in enumerate(daily):
        for j in range(n):
            when = start + timedelta(days=day, hours=rng.randrange(6, 23), minutes=rng.randrange(60))
            author = f"{key}-m{day}-{j}" if new_authors else f"a{rng.randrange(50)}"
            rate = spec.cue_rate if cue_rate is None else cue_rate
            docs.append(
                make_doc(
                    spec, when, rng, author, platform=rng.choice(platforms), with_cue=rng.random() < rate
                )
            )
    return docs


def copy_paste(key: str, start: datetime, n: int, seed: int = 3) -> list[EnrichedDocument]:
    """A coordinated campaign: n near-identical letters within a day."""
    rng = random.Random(seed)
    spec = ISSUES[key]
    text = (
        "vi kræve at byråd stoppe fældning af egeskov i brabrand nu og bevare den gamle skov for fremtid "
        "egeskoven være hjem for fugl og flagermus og et åndehul for hele bydel derfor skrive vi under"
    )
    return [
        make_doc(
            spec,
            start + timedelta(minutes=20 * i),
            rng,
            f"cp-{i}",
            platform="letters",
            with_cue=True,
            text=text,
        )
        for i in range(n)
    ]


def _poisson(rng: random.Random, lam: float) -> int:
    k, p, limit = 0, 1.0, pow(2.718281828, -lam)
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


T0 = datetime(2026, 3, 2, tzinfo=UTC)
