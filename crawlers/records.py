"""Validation of draft items and their conversion into RawItems (the first two pipeline steps)."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime
from urllib.parse import urlsplit

from pydantic import ValidationError

from crawlers.items import DraftItem
from crawlers.pseudonymise import Pseudonymiser
from schema import RawItem, content_hash

#: items whose text is longer are cut (a runaway extraction is not a debate post)
MAX_TEXT_CHARS = 200_000


class InvalidItemError(ValueError):
    """A draft item cannot become a RawItem; the message names the problem."""


def validate_draft(draft: DraftItem) -> DraftItem:
    """Check a draft: text, absolute http(s) URL, a timezone-aware time; normalise to UTC.

    Raises:
        InvalidItemError: naming the first problem found.
    """
    if not draft.text or not draft.text.strip():
        raise InvalidItemError("no text")
    if urlsplit(draft.url).scheme not in ("http", "https") or not urlsplit(draft.url).netloc:
        raise InvalidItemError(f"url is not an absolute http(s) URL: {draft.url!r}")
    if draft.published_at is None:
        raise InvalidItemError("no publication time")
    if draft.published_at.tzinfo is None:
        raise InvalidItemError("publication time has no timezone")
    draft.published_at = draft.published_at.astimezone(UTC)
    if draft.updated_at is not None:
        draft.updated_at = draft.updated_at.astimezone(UTC) if draft.updated_at.tzinfo else None
    draft.text = draft.text.strip()[:MAX_TEXT_CHARS]
    return draft


def to_raw_item(
    draft: DraftItem, pseudonymiser: Pseudonymiser, fetched_at: datetime | None = None
) -> RawItem:
    """Build the RawItem: pseudonymised author, content hash of title + text.

    Raises:
        InvalidItemError: when the record does not match the RawItem schema.
    """
    assert draft.published_at is not None  # checked by validate_draft
    title = draft.title.strip() if draft.title and draft.title.strip() else None
    try:
        return RawItem(
            id=draft.id,
            source_id=draft.source_id,
            source_kind=draft.source_kind,
            platform=draft.platform,
            url=draft.url,
            canonical_url=draft.canonical_url,
            native_id=draft.native_id,
            title=title,
            text=draft.text,
            section=draft.section,
            lang_declared=draft.lang_declared,
            published_at=draft.published_at,
            updated_at=draft.updated_at,
            fetched_at=fetched_at or datetime.now(UTC),
            author=pseudonymiser.author_ref(draft.platform.value, draft.author) if draft.author else None,
            community=draft.community,
            reply_to=draft.reply_to,
            thread_id=draft.thread_id,
            links=list(dict.fromkeys(draft.links))[:100],
            content_hash=content_hash(f"{title or ''}\n{draft.text}"),
        )
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InvalidItemError(f"{where}: {first['msg']}") from None


def draft_payload(draft: DraftItem) -> str:
    """A JSON rendering of a draft for the dead-letter area (author reduced to its signals)."""
    data = dataclasses.asdict(draft)
    if draft.author is not None:
        data["author"] = {"signals_only": True, "profile_location": draft.author.profile_location}
    return json.dumps(data, default=str, ensure_ascii=False)
