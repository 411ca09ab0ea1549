"""What a crawler produces: one raw item per fetched article, post, letter or answer."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Literal

from pydantic import AwareDatetime, Field

from schema._base import Part, Record


class Platform(StrEnum):
    """Where an item was published."""

    NEWS = "news"
    LETTERS = "letters"  # læserbreve / debatindlæg
    CONSULTATION = "consultation"  # høringssvar
    COUNCIL = "council"  # dagsordener og referater
    REDDIT = "reddit"
    MASTODON = "mastodon"
    BLUESKY = "bluesky"
    FACEBOOK = "facebook"
    X = "x"
    OTHER = "other"


class SourceKind(StrEnum):
    """The kind of crawler that fetches a source."""

    NEWS_FEED = "news_feed"
    NEWS_SITEMAP = "news_sitemap"
    REDDIT = "reddit"
    MASTODON = "mastodon"
    BLUESKY = "bluesky"
    HTML_LISTING = "html_listing"
    FILE_IMPORT = "file_import"


ActorType = Literal["citizen", "politician", "organisation", "media", "authority", "unknown"]


class GeoPoint(Part):
    """A WGS84 point."""

    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)


class AuthorRef(Part):
    """An author as it leaves the crawler: pseudonymised, with the location signals that exist.

    ``display_name`` is set only for public actors on the configured allow-list; a private
    citizen is only ever a pseudonym.
    """

    pseudonym: str = Field(description="Keyed HMAC of platform + raw author id (schema.ids.pseudonym).")
    display_name: str | None = Field(default=None, description="Only for allow-listed public actors.")
    actor_type: ActorType = "unknown"
    profile_location: str | None = Field(default=None, description="Free-text location from the profile.")
    signature_town: str | None = Field(
        default=None, description="Town from a signature line ('Jens Hansen, Viby J' -> 'Viby J')."
    )
    postcode: str | None = Field(default=None, description="Postcode given with the item (høringssvar).")
    geotag: GeoPoint | None = None


class RawItem(Record):
    """One fetched item, exactly as the source gave it (text cleaned of markup, nothing inferred)."""

    schema_version: Literal[1] = 1
    id: str = Field(description="Deterministic: url_id(canonical_url) or post_id(platform, native_id).")
    source_id: str
    source_kind: SourceKind
    platform: Platform
    url: str
    canonical_url: str
    native_id: str | None = None
    title: str | None = None
    text: str
    section: str | None = None
    lang_declared: str | None = Field(default=None, description="Language the source declared, if any.")
    published_at: AwareDatetime
    updated_at: AwareDatetime | None = None
    fetched_at: AwareDatetime
    author: AuthorRef | None = None
    community: str | None = Field(
        default=None, description="Where it was posted: subreddit, Mastodon instance, local group."
    )
    reply_to: str | None = Field(default=None, description="Id of the item this replies to.")
    thread_id: str | None = None
    links: list[str] = Field(default_factory=list, description="Outbound links found in the item.")
    content_hash: str = Field(description="schema.ids.content_hash of title + text: changes on edit.")

    def published_day(self) -> datetime:
        """Midnight UTC of the publication day (handy for windows)."""
        return self.published_at.replace(hour=0, minute=0, second=0, microsecond=0)
