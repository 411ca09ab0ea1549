"""One generic spider per source kind, each driven by its source config from debatradar.yaml."""

from __future__ import annotations

from crawlers.spiders.base import SourceSpider
from crawlers.spiders.bluesky import BlueskySpider
from crawlers.spiders.html_listing import HtmlListingSpider
from crawlers.spiders.mastodon import MastodonSpider
from crawlers.spiders.news_feed import NewsFeedSpider
from crawlers.spiders.news_sitemap import NewsSitemapSpider
from crawlers.spiders.reddit import RedditSpider
from schema import SourceKind

SPIDERS: dict[SourceKind, type[SourceSpider]] = {  # type: ignore[type-arg]
    SourceKind.NEWS_FEED: NewsFeedSpider,
    SourceKind.NEWS_SITEMAP: NewsSitemapSpider,
    SourceKind.REDDIT: RedditSpider,
    SourceKind.MASTODON: MastodonSpider,
    SourceKind.BLUESKY: BlueskySpider,
    SourceKind.HTML_LISTING: HtmlListingSpider,
}

__all__ = [
    "SPIDERS",
    "BlueskySpider",
    "HtmlListingSpider",
    "MastodonSpider",
    "NewsFeedSpider",
    "NewsSitemapSpider",
    "RedditSpider",
    "SourceSpider",
]
