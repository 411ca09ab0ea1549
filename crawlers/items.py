"""What a spider yields: a draft item with the raw author, before validation and pseudonymisation."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from schema import GeoPoint, Platform, SourceKind


@dataclass
class RawAuthor:
    """An author as the platform shows it. Never leaves crawlers/: the pipeline pseudonymises it.

    Attributes:
        id: The platform's author id (Reddit username, Mastodon ``@user@host``, Bluesky DID,
            byline or signature name); input of the keyed pseudonym.
        name: Display name as shown (kept only for allow-listed public actors).
        aliases: Other handles of the same author (for matching the public-actor allow-list).
        organisation: Organisation the item was written on behalf of (høringssvar).
    """

    id: str
    name: str | None = None
    aliases: tuple[str, ...] = ()
    profile_location: str | None = None
    signature_town: str | None = None
    postcode: str | None = None
    geotag: GeoPoint | None = None
    organisation: str | None = None


@dataclass
class DraftItem:
    """One fetched item as parsed, before the pipeline validates, pseudonymises and spools it.

    ``id`` is already deterministic (``url_id`` for pages, ``post_id`` for posts).
    ``seen`` is a (key, signature) pair the pipeline records in the source's state once the
    item is durably in the spool, so that the next crawl can skip it.
    """

    id: str
    source_id: str
    source_kind: SourceKind
    platform: Platform
    url: str
    canonical_url: str
    text: str
    published_at: datetime | None
    native_id: str | None = None
    title: str | None = None
    section: str | None = None
    lang_declared: str | None = None
    updated_at: datetime | None = None
    author: RawAuthor | None = None
    community: str | None = None
    reply_to: str | None = None
    thread_id: str | None = None
    links: list[str] = field(default_factory=list)
    seen: tuple[str, str] | None = None
    extra: dict[str, Any] = field(default_factory=dict)
