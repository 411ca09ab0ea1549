"""RSS 2.0 and Atom feeds (feedparser), with RFC 5005 paging (``<atom:link rel="next">``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import feedparser

from crawlers.parsers.text import clean_text, html_fragment_to_text
from schema import content_hash

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


@dataclass
class FeedEntry:
    """One feed entry, as the feed describes it."""

    link: str
    guid: str
    title: str | None
    text: str
    published: datetime | None
    updated: datetime | None
    author: str | None
    section: str | None
    links: list[str] = field(default_factory=list)

    @property
    def signature(self) -> str:
        """Changes when the feed says the entry changed (updated time, title, summary)."""
        stamp = (self.updated or self.published or datetime.min.replace(tzinfo=UTC)).isoformat()
        return f"{stamp}|{content_hash(f'{self.title}|{self.text}')[:16]}"


@dataclass
class ParsedFeed:
    """A feed page: entries, the next page (RFC 5005) and what went wrong, if anything."""

    title: str | None
    lang: str | None
    entries: list[FeedEntry]
    next_url: str | None
    problem: str | None = None


def _when(entry: Any, key: str) -> datetime | None:
    value = dict.get(entry, f"{key}_parsed")  # not FeedParserDict.get: no updated -> published fallback
    if not value:
        return None
    year, month, day, hour, minute, second = value[:6]
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def parse_feed(text: str, url: str) -> ParsedFeed:
    """Parse a feed given as decoded text (the XML declaration's encoding is ignored).

    ``problem`` is set when the XML is malformed (feedparser's "bozo"); entries that
    could still be read are returned.
    """
    body = _XML_DECL.sub("", text, count=1).lstrip().encode("utf-8")
    parsed = feedparser.parse(
        body, response_headers={"content-location": url, "content-type": "application/xml; charset=utf-8"}
    )
    problem = None
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        problem = f"{type(exc).__name__}: {exc}" if exc else "malformed feed"
    feed = parsed.get("feed", {})
    next_url = None
    for link in feed.get("links", []):
        if link.get("rel") == "next" and link.get("href"):
            next_url = link["href"]
    entries = [e for e in (_entry(raw) for raw in parsed.get("entries", [])) if e is not None]
    lang = feed.get("language") or None
    return ParsedFeed(clean_text(feed.get("title", "")) or None, lang, entries, next_url, problem)


def _entry(raw: Any) -> FeedEntry | None:
    link = raw.get("link") or ""
    if not link:
        for candidate in raw.get("links", []):
            if candidate.get("rel") in (None, "alternate") and candidate.get("href"):
                link = candidate["href"]
                break
    if not link:
        return None
    content = raw.get("content") or []
    html = content[0].get("value", "") if content else raw.get("summary", "")
    text, links = html_fragment_to_text(html or "")
    tags = [t.get("term") for t in raw.get("tags", []) if t.get("term")]
    author = raw.get("author_detail", {}).get("name") or raw.get("author") or None
    return FeedEntry(
        link=link.strip(),
        guid=raw.get("id") or link,
        title=clean_text(raw.get("title", "")) or None,
        text=text,
        published=_when(raw, "published"),
        updated=_when(raw, "updated"),
        author=clean_text(author) if author else None,
        section=clean_text(tags[0]) if tags else None,
        links=links,
    )
