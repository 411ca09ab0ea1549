"""Source configuration: one entry per source in debatradar.yaml, a generic crawler per kind."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from schema.raw import Platform


class _Source(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{1,62}$", description="Stable slug, used in ids and state.")
    name: str = Field(description="Human name shown in the UI, e.g. 'Aarhus Stiftstidende'.")
    enabled: bool = Field(default=True, description="Disabled sources are kept in config but not crawled.")
    home_municipality: str | None = Field(
        default=None,
        pattern=r"^\d{4}$",
        description="DAGI code of the area the source covers; resolves ambiguous place names.",
    )
    max_pages: int = Field(default=20, ge=1, le=10_000, description="Cap on listing/feed pages per crawl.")
    max_items: int = Field(default=5_000, ge=1, description="Cap on items per crawl.")


class NewsFeedSource(_Source):
    """RSS/Atom feeds; each entry's article page is fetched and extracted."""

    kind: Literal["news_feed"] = "news_feed"
    platform: Platform = Platform.NEWS
    feed_urls: list[str] = Field(min_length=1, description="RSS or Atom feed URLs.")
    follow_articles: bool = Field(default=True, description="Fetch each entry's article page.")


class NewsSitemapSource(_Source):
    """Sitemaps (plain or Google News) listing article URLs."""

    kind: Literal["news_sitemap"] = "news_sitemap"
    platform: Platform = Platform.NEWS
    sitemap_urls: list[str] = Field(min_length=1)
    since_days: int = Field(default=14, ge=1, description="Only articles modified in the last N days.")


class RedditSource(_Source):
    """Subreddit listings and their comment threads (Reddit's JSON)."""

    kind: Literal["reddit"] = "reddit"
    platform: Platform = Platform.REDDIT
    base_url: str = Field(
        default="https://www.reddit.com", description="API root (a recorded copy in tests)."
    )
    subreddits: list[str] = Field(min_length=1, description="Names without 'r/'.")
    include_comments: bool = True


class MastodonSource(_Source):
    """Mastodon timelines via the REST API (hashtags, public-local, accounts)."""

    kind: Literal["mastodon"] = "mastodon"
    platform: Platform = Platform.MASTODON
    instance_url: str = Field(description="e.g. https://mastodon.social")
    hashtags: list[str] = Field(default_factory=list)
    local_timeline: bool = False
    accounts: list[str] = Field(default_factory=list, description="Account ids or acct handles.")


class BlueskySource(_Source):
    """Bluesky author feeds and post search via the public AT Protocol AppView."""

    kind: Literal["bluesky"] = "bluesky"
    platform: Platform = Platform.BLUESKY
    base_url: str = Field(default="https://public.api.bsky.app")
    actors: list[str] = Field(default_factory=list, description="Handles or DIDs.")
    search_queries: list[str] = Field(default_factory=list)


class FieldSelectors(BaseModel):
    """Where each field of an item is found on a listing or detail page (CSS or XPath)."""

    model_config = ConfigDict(extra="forbid")

    item: str = Field(description="Selector of one item on the listing page.")
    title: str | None = None
    text: str | None = Field(default=None, description="Body text; on the detail page if `link` is set.")
    link: str | None = Field(default=None, description="Link to a detail page holding the text.")
    date: str | None = None
    author: str | None = None
    signature: str | None = Field(default=None, description="A 'Navn, By' signature line.")
    postcode: str | None = None
    town: str | None = None
    organisation: str | None = None
    next_page: str | None = None


class HtmlListingSource(_Source):
    """A configurable HTML listing: høringsportal, læserbreve, dagsordener/referater."""

    kind: Literal["html_listing"] = "html_listing"
    platform: Platform = Field(description="letters, consultation, council or news.")
    start_urls: list[str] = Field(min_length=1)
    selector_type: Literal["css", "xpath"] = "css"
    selectors: FieldSelectors
    date_format: str | None = Field(
        default=None, description="strptime format; otherwise parsed leniently (Danish)."
    )


class FileImportSource(_Source):
    """A CSV/JSONL export from a platform without an API (Meta Content Library, X)."""

    kind: Literal["file_import"] = "file_import"
    platform: Platform
    path: str = Field(description="File path, relative to the config file.")
    format: Literal["csv", "jsonl"] = "jsonl"
    columns: dict[str, str] = Field(
        default_factory=dict,
        description="Record field -> column name, e.g. {text: message, published_at: creation_time}.",
    )


SourceConfig = Annotated[
    NewsFeedSource
    | NewsSitemapSource
    | RedditSource
    | MastodonSource
    | BlueskySource
    | HtmlListingSource
    | FileImportSource,
    Field(discriminator="kind"),
]
