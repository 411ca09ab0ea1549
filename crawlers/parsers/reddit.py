"""Reddit's JSON: Listings of t3 (posts) and t1 (comments), ``more`` stubs, [deleted]/[removed]."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

from crawlers.items import DraftItem, RawAuthor
from crawlers.parsers.dates import from_timestamp
from crawlers.parsers.text import clean_text
from schema import SourceKind, canonical_url, post_id
from schema.settings import RedditSource

_GONE = {"[deleted]", "[removed]", "[ Removed by Reddit ]", "[removed by reddit]"}


@dataclass
class RedditPage:
    """What one Reddit response held: items, the ``after`` cursor, threads to fetch, stubs."""

    items: list[DraftItem] = field(default_factory=list)
    after: str | None = None
    threads: list[tuple[str, int]] = field(default_factory=list)
    more: int = 0
    oldest: float | None = None


def _author(data: dict[str, Any]) -> RawAuthor | None:
    name = data.get("author")
    if not name or name in _GONE:
        return None
    flair = data.get("author_flair_text")
    return RawAuthor(
        id=str(name),
        name=str(name),
        aliases=(f"u/{name}", str(data.get("author_fullname") or "")),
        profile_location=clean_text(flair) if flair else None,
    )


def _text(value: Any) -> str:
    text = html.unescape(str(value or "")).strip()
    return "" if text in _GONE else clean_text(text)


def _edited(value: Any) -> Any:
    return from_timestamp(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def parse_listing(body: Any, source: RedditSource) -> RedditPage:
    """A subreddit listing (``/r/<sub>/new.json``): posts, next ``after``, threads with comments."""
    page = RedditPage()
    if not isinstance(body, dict) or body.get("kind") != "Listing":
        raise ValueError("not a Reddit Listing")
    data = body.get("data") or {}
    page.after = data.get("after") or None
    for child in data.get("children") or []:
        if child.get("kind") != "t3":
            continue
        post = child.get("data") or {}
        created = post.get("created_utc")
        if isinstance(created, int | float):
            page.oldest = created if page.oldest is None else min(page.oldest, created)
        item = _post(post, source)
        if item is not None:
            page.items.append(item)
        if post.get("num_comments") and post.get("id"):
            page.threads.append((str(post["id"]), int(post["num_comments"])))
    return page


def _post(post: dict[str, Any], source: RedditSource) -> DraftItem | None:
    name = post.get("name") or (f"t3_{post['id']}" if post.get("id") else None)
    if not name or not post.get("permalink"):
        return None
    selftext = str(post.get("selftext") or "").strip()
    if selftext in _GONE:
        return None  # removed or deleted: no text, not an item
    title = clean_text(html.unescape(str(post.get("title") or "")))
    text = _text(selftext) or title
    links = [] if post.get("is_self") else [str(post.get("url_overridden_by_dest") or post.get("url") or "")]
    url = source.base_url.rstrip("/") + str(post["permalink"])
    return DraftItem(
        id=post_id("reddit", name),
        source_id=source.id,
        source_kind=SourceKind.REDDIT,
        platform=source.platform,
        url=url,
        canonical_url=canonical_url(url),
        native_id=name,
        title=title or None,
        text=text,
        section=clean_text(str(post["link_flair_text"])) if post.get("link_flair_text") else None,
        published_at=from_timestamp(post["created_utc"]) if "created_utc" in post else None,
        updated_at=_edited(post.get("edited")),
        author=_author(post),
        community=str(post.get("subreddit") or "") or None,
        thread_id=post_id("reddit", name),
        links=[link for link in links if link.startswith("http")],
        seen=(f"post:{name}", f"{post.get('edited')}|{len(selftext)}"),
    )


def parse_thread(body: Any, source: RedditSource) -> RedditPage:
    """A comment thread (``/comments/<id>.json``): [post listing, comment listing]."""
    if not isinstance(body, list) or len(body) != 2:
        raise ValueError("not a Reddit comment thread (expected two Listings)")
    page = parse_listing(body[0], source)
    page.threads = []
    stack: list[Any] = list(((body[1] or {}).get("data") or {}).get("children") or [])
    while stack:
        child = stack.pop(0)
        kind, data = child.get("kind"), child.get("data") or {}
        if kind == "more":
            page.more += int(data.get("count") or len(data.get("children") or []))
            continue
        if kind != "t1":
            continue
        replies = data.get("replies")
        if isinstance(replies, dict):
            stack.extend((replies.get("data") or {}).get("children") or [])
        item = _comment(data, source)
        if item is not None:
            page.items.append(item)
    return page


def _comment(data: dict[str, Any], source: RedditSource) -> DraftItem | None:
    name = data.get("name") or (f"t1_{data['id']}" if data.get("id") else None)
    text = _text(data.get("body"))
    if not name or not text or not data.get("permalink"):
        return None
    url = source.base_url.rstrip("/") + str(data["permalink"])
    link_id = data.get("link_id")
    parent = data.get("parent_id")
    return DraftItem(
        id=post_id("reddit", name),
        source_id=source.id,
        source_kind=SourceKind.REDDIT,
        platform=source.platform,
        url=url,
        canonical_url=canonical_url(url),
        native_id=name,
        text=text,
        published_at=from_timestamp(data["created_utc"]) if "created_utc" in data else None,
        updated_at=_edited(data.get("edited")),
        author=_author(data),
        community=str(data.get("subreddit") or "") or None,
        reply_to=post_id("reddit", parent) if parent else None,
        thread_id=post_id("reddit", link_id) if link_id else None,
    )
