"""Shared fixtures of the nlp tests: one gazetteer cache, one pipeline and one enricher per session."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from nlp import Enricher, Gazetteer
from schema import AuthorRef, Platform, RawItem, SourceKind, content_hash, post_id
from schema.settings import Settings
from tests.conftest import fixture_path

SOURCE_KIND = {
    Platform.NEWS: SourceKind.NEWS_FEED,
    Platform.REDDIT: SourceKind.REDDIT,
    Platform.MASTODON: SourceKind.MASTODON,
    Platform.BLUESKY: SourceKind.BLUESKY,
    Platform.FACEBOOK: SourceKind.FILE_IMPORT,
}
WHEN = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


def load_jsonl(case: str) -> list[dict[str, Any]]:
    """Rows of tests/fixtures/nlp/<case>."""
    with fixture_path("nlp", case).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def source_id(home: str | None) -> str:
    """The id of the test source whose home municipality is `home`."""
    return f"home-{home}" if home else "nowhere"


def make_settings(data_dir: Path, **nlp: Any) -> Settings:
    """Settings with one source per home municipality used by the fixtures."""
    homes = [
        "0751",
        "0706",
        "0707",
        "0710",
        "0461",
        "0259",
        "0316",
        "0265",
        "0756",
        "0746",
        "0741",
        "0580",
        "0101",
    ]
    sources = [
        {
            "kind": "news_feed",
            "id": source_id(code),
            "name": f"Lokalavis {code}",
            "feed_urls": ["https://example.dk/rss"],
            "home_municipality": code,
        }
        for code in homes
    ]
    sources.append(
        {"kind": "news_feed", "id": "nowhere", "name": "Landsdækkende", "feed_urls": ["https://x.dk/rss"]}
    )
    return Settings(
        municipalities=[{"code": "0751", "name": "Aarhus"}],
        data_dir=data_dir,
        sources=sources,
        nlp=nlp,
    )


def make_item(
    text: str,
    *,
    title: str | None = None,
    platform: str = "reddit",
    home: str | None = None,
    author: dict[str, Any] | None = None,
    community: str | None = None,
    links: list[str] | None = None,
    lang_declared: str | None = None,
    native_id: str | None = None,
) -> RawItem:
    """A RawItem as a crawler would write it."""
    plat = Platform(platform)
    native = native_id or content_hash(f"{title}|{text}|{author}|{community}|{home}")[:16]
    url = f"https://example.dk/{platform}/{native}"
    return RawItem(
        id=post_id(plat.value, native),
        source_id=source_id(home),
        source_kind=SOURCE_KIND.get(plat, SourceKind.HTML_LISTING),
        platform=plat,
        url=url,
        canonical_url=url,
        native_id=native,
        title=title,
        text=text,
        lang_declared=lang_declared,
        published_at=WHEN,
        fetched_at=WHEN,
        author=AuthorRef(pseudonym="p-" + native[:12], **(author or {})) if author is not None else None,
        community=community,
        links=links or [],
        content_hash=content_hash(f"{title or ''}\n{text}"),
    )


@pytest.fixture(scope="session")
def nlp_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One data directory (gazetteer cache) for the whole session."""
    return tmp_path_factory.mktemp("nlp-data")


@pytest.fixture(scope="session")
def gazetteer(nlp_data_dir: Path) -> Gazetteer:
    """The default gazetteer, cached under the session's data directory."""
    return Gazetteer.default(nlp_data_dir / "cache")


@pytest.fixture(scope="session")
def settings(nlp_data_dir: Path) -> Settings:
    """Settings with the fixture sources."""
    return make_settings(nlp_data_dir)


@pytest.fixture(scope="session")
def enricher(settings: Settings, gazetteer: Gazetteer) -> Enricher:
    """One enricher (and so one spaCy pipeline) for the session."""
    return Enricher(settings)
