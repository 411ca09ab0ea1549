"""Fixtures for the simulator tests: one scenario and one running server per session.

``walk_*`` helpers read the served formats with the standard parsers (feedparser, json,
parsel with config/demo.yaml's selectors), following pagination the way a crawler does.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import feedparser
import pytest
from parsel import Selector

from schema.settings import HtmlListingSource, load_settings
from simulator import DemoServer, Scenario, generate, serve

REPO = Path(__file__).resolve().parents[2]
DEMO_CONFIG = REPO / "config" / "demo.yaml"
END = date(2026, 11, 20)


@dataclass
class Fetched:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))

    def text(self) -> str:
        return self.body.decode("utf-8")


def fetch(url: str, headers: dict[str, str] | None = None) -> Fetched:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return Fetched(
                response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
            )
    except urllib.error.HTTPError as err:
        return Fetched(err.code, {k.lower(): v for k, v in err.headers.items()}, err.read())


@pytest.fixture(scope="session")
def scenario() -> Scenario:
    return generate(seed=7, end=END)


@pytest.fixture(scope="session")
def server(scenario: Scenario) -> Iterator[DemoServer]:
    with serve(scenario) as running:
        yield running


@pytest.fixture(scope="session")
def items(scenario: Scenario) -> list:
    """The scenario as RawItems with the key b"secret" (shared: building them takes ~0.5 s)."""
    return scenario.items(b"secret")


@pytest.fixture
def demo_settings():
    return load_settings(DEMO_CONFIG)


def field(node: Selector, css: str | None) -> str | None:
    """A field by a config selector: attribute selectors give the value, element selectors their text."""
    if not css:
        return None
    found = node.css(css)
    if not found:
        return None
    value = found.get() if "::" in css else found[0].xpath("string(.)").get()
    value = " ".join((value or "").split())
    return value or None


def walk_feed(url: str) -> list[dict[str, Any]]:
    """All entries of a paged RSS feed, following <atom:link rel="next">."""
    entries: list[dict[str, Any]] = []
    seen_pages: set[str] = set()
    next_url: str | None = url
    while next_url and next_url not in seen_pages:
        seen_pages.add(next_url)
        response = fetch(next_url)
        assert response.status == 200, next_url
        parsed = feedparser.parse(response.body)
        assert not parsed.bozo, parsed.get("bozo_exception")
        entries.extend(parsed.entries)
        next_url = next(
            (link["href"] for link in parsed.feed.get("links", []) if link.get("rel") == "next"), None
        )
    return entries


def walk_listing(source: HtmlListingSource) -> list[dict[str, str | None]]:
    """Every item of an HTML listing source: listing fields, then detail-page fields."""
    rows: list[dict[str, str | None]] = []
    sel = source.selectors
    for start in source.start_urls:
        page_url: str | None = start
        pages = 0
        while page_url and pages < source.max_pages:
            pages += 1
            response = fetch(page_url)
            assert response.status == 200, page_url
            listing = Selector(text=response.text())
            for node in listing.css(sel.item):
                link = field(node, sel.link)
                assert link, f"no link in an item of {page_url}"
                detail_url = urljoin(page_url, link)
                detail = fetch(detail_url)
                assert detail.status == 200, detail_url
                page = Selector(text=detail.text())
                row: dict[str, str | None] = {"url": detail_url}
                for name in ("title", "date", "author", "signature", "postcode", "town", "organisation"):
                    row[name] = field(node, getattr(sel, name)) or field(page, getattr(sel, name))
                row["listing_date"] = field(node, sel.date)
                row["text"] = field(page, sel.text)
                rows.append(row)
            nxt = field(listing, sel.next_page)
            page_url = urljoin(page_url, nxt) if nxt else None
    return rows


def walk_reddit(base: str, sub: str, limit: int = 100) -> tuple[list[dict[str, Any]], list[Any]]:
    """All posts of a subreddit via new.json + after, and each post's /comments/<id>.json."""
    posts: list[dict[str, Any]] = []
    after: str | None = None
    while True:
        url = f"{base}/r/{sub}/new.json?limit={limit}" + (f"&after={after}" if after else "")
        listing = fetch(url).json()
        assert listing["kind"] == "Listing"
        posts.extend(child["data"] for child in listing["data"]["children"])
        after = listing["data"]["after"]
        if not after:
            break
    threads = [fetch(f"{base}/comments/{p['id']}.json").json() for p in posts]
    return posts, threads


def walk_mastodon(instance: str, tag: str, limit: int = 40) -> list[dict[str, Any]]:
    """A hashtag timeline, following the Link: rel="next" headers."""
    statuses: list[dict[str, Any]] = []
    url: str | None = f"{instance}/api/v1/timelines/tag/{tag}?limit={limit}"
    while url:
        response = fetch(url)
        assert response.status == 200
        page = response.json()
        statuses.extend(page)
        url = None
        for part in response.headers.get("link", "").split(","):
            if 'rel="next"' in part and page:
                url = part.split(";")[0].strip().strip("<>")
    return statuses


def comment_things(listing: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every t1 in a comment tree, depth first."""
    for child in listing["data"]["children"]:
        if child["kind"] == "t1":
            yield child["data"]
            if child["data"]["replies"]:
                yield from comment_things(child["data"]["replies"])


def walk_bluesky(base: str, query: str, limit: int = 100) -> list[dict[str, Any]]:
    """All hits of an app.bsky.feed.searchPosts query, following the cursor."""
    from urllib.parse import quote

    posts: list[dict[str, Any]] = []
    cursor: str | None = None
    while True:
        url = f"{base}/xrpc/app.bsky.feed.searchPosts?q={quote(query)}&limit={limit}&sort=latest"
        body = fetch(url + (f"&cursor={cursor}" if cursor else "")).json()
        posts.extend(body["posts"])
        cursor = body.get("cursor")
        if not cursor:
            return posts
