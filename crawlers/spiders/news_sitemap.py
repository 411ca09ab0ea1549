"""The generic news-sitemap spider: sitemap index -> urlsets / Google News sitemaps -> articles."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from scrapy.http import Response, TextResponse

from crawlers.items import DraftItem, RawAuthor
from crawlers.parsers.article import parse_article
from crawlers.parsers.sitemap import SitemapEntry, parse_sitemap
from crawlers.spiders.base import SourceSpider
from schema import SourceKind, canonical_url, url_id
from schema.settings import NewsSitemapSource


class NewsSitemapSpider(SourceSpider[NewsSitemapSource]):
    """Follows sitemaps and fetches the articles modified within ``since_days``."""

    kind = SourceKind.NEWS_SITEMAP

    @property
    def _since(self) -> datetime:
        return datetime.now(UTC) - timedelta(days=self.source.since_days)

    async def start(self) -> AsyncIterator[Any]:
        """Each configured sitemap, conditionally."""
        for url in self.source.sitemap_urls:
            if self.next_page(url):
                yield self.request(url, self.parse_sitemap, conditional=True, meta={"raw_body": True})

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        """Child sitemaps and article URLs within the date window."""
        if response.status == 304:
            self.health.response_ok()
            return
        self.stage_validators(response)
        try:
            kind, entries = parse_sitemap(response.body)
        except (ValueError, SyntaxError) as err:
            self.health.error("malformed_xml", f"{response.url}: {err}")
            return
        self.health.response_ok()
        for entry in entries:
            if entry.when is not None and entry.when < self._since:
                continue
            if kind == "index":
                if self.next_page(entry.loc):
                    yield self.request(entry.loc, self.parse_sitemap, meta={"raw_body": True})
                continue
            if not self.want_more():
                return
            key = f"url:{canonical_url(entry.loc)}"
            signature = (entry.lastmod or entry.published or self._since).isoformat()
            if self.state.is_seen(key, signature):
                self.health.unchanged()
                continue
            yield self.request(
                entry.loc, self.parse_article, cb_kwargs={"entry": entry, "seen": (key, signature)}
            )

    def parse_article(
        self, response: Response, entry: SitemapEntry, seen: tuple[str, str]
    ) -> Iterator[DraftItem]:
        """One article page."""
        if not isinstance(response, TextResponse):
            self.health.error("not_html", f"{response.url}: binary response")
            return
        self.health.response_ok()
        article = parse_article(response.text, response.url)
        for problem in article.problems:
            kind, _, text = problem.partition(": ")
            self.health.error(kind.replace(" ", "_"), f"{response.url}: {text or kind}")
        canonical = canonical_url(article.canonical or response.url)
        published = article.published or entry.published or entry.lastmod
        if published is None:
            self.health.error(
                "missing_date", f"{response.url}: no publication time; using the time it was fetched"
            )
            published = datetime.now(UTC)
        yield from self.emit(
            DraftItem(
                id=url_id(canonical),
                source_id=self.source_id,
                source_kind=self.kind,
                platform=self.source.platform,
                url=response.url,
                canonical_url=canonical,
                title=article.title or entry.title,
                text=article.text,
                section=article.section,
                lang_declared=article.lang or entry.lang,
                published_at=published,
                updated_at=article.updated or entry.lastmod,
                author=RawAuthor(id=article.author, name=article.author) if article.author else None,
                links=article.links,
                seen=seen,
            )
        )
