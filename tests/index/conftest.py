"""Fixtures of the index contract suite: realistic Danish documents and a `store` per backend.

`store` runs every contract test on the embedded store and, when the Elasticsearch test plugin
(tests/es_node.py, fixture `es_settings`) is present, on a real Elasticsearch node too
(those runs carry the `es` marker: deselect with `-m "not es"`), and, with tests/es_cluster.py
(fixture `es_cluster_settings`), on a real three-node cluster with replicas=1 and two shards
(marked `es` and `slow`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from index import Store, open_store
from index.analysis import words
from schema import (
    AuthorHome,
    AuthorRef,
    CueHit,
    EnrichedDocument,
    PlaceMention,
    content_hash,
    pseudonym,
    url_id,
)
from tests.conftest import TEST_PSEUDONYM_KEY
from tests.index.factories import CORPUS, NOW, embedded_settings

ES_PLUGIN = Path(__file__).resolve().parents[1] / "es_node.py"
ES_CLUSTER_PLUGIN = Path(__file__).resolve().parents[1] / "es_cluster.py"
BACKENDS = [
    pytest.param("embedded", id="embedded"),
    *(
        [pytest.param("elasticsearch", id="elasticsearch", marks=pytest.mark.es)]
        if ES_PLUGIN.exists()
        else []
    ),
    *(
        [pytest.param("es-cluster", id="es-cluster", marks=[pytest.mark.es, pytest.mark.slow])]
        if ES_CLUSTER_PLUGIN.exists()
        else []
    ),
]
#: the cluster variant: every shard has a replica on another node, documents spread over 2 shards
CLUSTER_LAYOUT = {"shards": 2, "replicas": 1}

DocFactory = Callable[..., EnrichedDocument]


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A set-up, empty store of each backend."""
    if request.param == "embedded":
        settings = embedded_settings(tmp_path / "data")
    elif request.param == "es-cluster":
        settings = request.getfixturevalue("es_cluster_settings")(**CLUSTER_LAYOUT)
    else:
        settings = request.getfixturevalue("es_settings")()
    opened = open_store(settings)
    opened.setup()
    try:
        yield opened
    finally:
        opened.close()


def _lemmas(text: str) -> str:
    from index.analysis import is_stop_word

    return " ".join(w for w in words(text) if not is_stop_word(w))


@pytest.fixture
def make_doc() -> DocFactory:
    """Build one realistic EnrichedDocument; every field can be overridden by keyword."""

    def make(
        n: int,
        text: str = "Borgerne i Viby er utilfredse med planerne for området.",
        title: str | None = "Debat om lokalplanen",
        published_at: datetime | None = None,
        platform: str = "letters",
        source_id: str = "aarhus-laeserbreve",
        municipality_code: str | None = "0751",
        lang: str = "da",
        cues: list[tuple[str, str]] | None = None,
        hashtags: list[str] | None = None,
        lemma_text: str | None = None,
        issue_id: str | None = None,
        **extra: Any,
    ) -> EnrichedDocument:
        url = f"https://debat.example.dk/{source_id}/{n}"
        published = published_at or NOW - timedelta(hours=n)
        author = AuthorRef(pseudonym=pseudonym(TEST_PSEUDONYM_KEY.encode(), platform, f"author-{n % 17}"))
        place = (
            [PlaceMention(text="Viby", name="Viby J", kind="town", municipality_code=municipality_code)]
            if municipality_code
            else []
        )
        fields: dict[str, Any] = {
            "id": url_id(url),
            "source_id": source_id,
            "source_kind": "html_listing",
            "platform": platform,
            "url": url,
            "title": title,
            "text": text,
            "published_at": published,
            "fetched_at": published + timedelta(minutes=5),
            "enriched_at": published + timedelta(minutes=6),
            "author": author,
            "content_hash": content_hash(f"{title or ''}\n{text}"),
            "lang": lang,
            "lang_confidence": 0.97,
            "lemma_text": _lemmas(text) if lemma_text is None else lemma_text,
            "word_count": len(words(text)),
            "hashtags": hashtags or [],
            "places": place,
            "municipality_code": municipality_code,
            "municipality_confidence": 0.8 if municipality_code else 0.0,
            "author_home": AuthorHome(municipality_code="0751", confidence=0.6, signal="signature"),
            "cues": [CueHit(family=f, text=t, lemma=t.lower()) for f, t in (cues or [])],  # type: ignore[arg-type]
            "fingerprint": [n * 7 + k for k in range(16)],
            "issue_id": issue_id,
        }
        fields.update(extra)
        return EnrichedDocument(**fields)

    return make


@pytest.fixture
def corpus(make_doc: DocFactory) -> list[EnrichedDocument]:
    """Eight documents of a Danish local debate, one per hour back from NOW."""
    docs = []
    for n, (title, text, platform, code, cues, tags) in enumerate(CORPUS, start=1):
        lang = "en" if text.startswith("An English") else "da"
        docs.append(
            make_doc(
                n,
                text=text,
                title=title,
                platform=platform,
                source_id=f"src-{platform}",
                municipality_code=code,
                cues=cues,
                hashtags=tags,
                lang=lang,
            )
        )
    return docs


@pytest.fixture
def indexed(store: Store, corpus: list[EnrichedDocument]) -> list[EnrichedDocument]:
    """The corpus, indexed into the store."""
    report = store.index_documents(corpus)
    assert report.ok and report.indexed == len(corpus)
    return corpus
