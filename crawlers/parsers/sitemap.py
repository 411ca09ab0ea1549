"""Sitemaps: sitemap index, urlset and Google News sitemaps."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lxml import etree

from crawlers.parsers.dates import parse_date
from crawlers.parsers.text import clean_text


@dataclass
class SitemapEntry:
    """A URL in a sitemap (or a child sitemap in an index) with its dates and news metadata."""

    loc: str
    lastmod: datetime | None = None
    published: datetime | None = None
    title: str | None = None
    lang: str | None = None

    @property
    def when(self) -> datetime | None:
        """The best date the sitemap gives."""
        return self.published or self.lastmod


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def parse_sitemap(body: bytes) -> tuple[str, list[SitemapEntry]]:
    """('index' | 'urlset', entries). Raises ValueError if the body is not a sitemap."""
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(body.lstrip(), parser=parser)
    if root is None or _local(root.tag) not in ("sitemapindex", "urlset"):
        raise ValueError("not a sitemap (expected <sitemapindex> or <urlset>)")
    kind = "index" if _local(root.tag) == "sitemapindex" else "urlset"
    entries = []
    for node in root:
        if _local(node.tag) not in ("sitemap", "url"):
            continue
        values: dict[str, str] = {}
        for child in node.iter():
            name = _local(child.tag)
            if child is not node and child.text and child.text.strip() and name not in values:
                values[name] = child.text.strip()
        if "loc" in values:
            entries.append(
                SitemapEntry(
                    loc=values["loc"],
                    lastmod=parse_date(values.get("lastmod")),
                    published=parse_date(values.get("publication_date")),
                    title=clean_text(values["title"]) if values.get("title") else None,
                    lang=values.get("language"),
                )
            )
    return kind, entries
