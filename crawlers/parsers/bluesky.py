"""Bluesky's public AppView (XRPC JSON): getAuthorFeed and searchPosts, PostView records."""

from __future__ import annotations

from typing import Any

from crawlers.items import DraftItem, RawAuthor
from crawlers.parsers.dates import parse_date
from crawlers.parsers.text import clean_text
from schema import SourceKind, canonical_url, post_id
from schema.settings import BlueskySource


def post_views(body: Any) -> tuple[list[dict[str, Any]], str | None]:
    """(PostViews, cursor) of a getAuthorFeed (``feed[].post``) or searchPosts (``posts``) response."""
    if not isinstance(body, dict):
        raise ValueError("not an XRPC response object")
    if "feed" in body:
        posts = [f.get("post") for f in body.get("feed") or [] if isinstance(f, dict)]
    elif "posts" in body:
        posts = list(body.get("posts") or [])
    else:
        raise ValueError("neither 'feed' nor 'posts' in the response")
    return [p for p in posts if isinstance(p, dict)], body.get("cursor") or None


def parse_post(view: dict[str, Any], source: BlueskySource) -> DraftItem | None:
    """One PostView as a draft item (None for records that are not text posts)."""
    record = view.get("record") or {}
    uri = str(view.get("uri") or "")
    text = clean_text(str(record.get("text") or ""))
    if not uri.startswith("at://") or not text:
        return None
    author = view.get("author") or {}
    did = str(author.get("did") or uri.split("/")[2])
    handle = str(author.get("handle") or did)
    url = f"https://bsky.app/profile/{handle}/post/{uri.rsplit('/', 1)[-1]}"
    reply = record.get("reply") or {}
    parent = (reply.get("parent") or {}).get("uri")
    root = (reply.get("root") or {}).get("uri")
    links = [
        str(feature.get("uri"))
        for facet in record.get("facets") or []
        for feature in facet.get("features") or []
        if str(feature.get("$type", "")).endswith("#link") and feature.get("uri")
    ]
    langs = record.get("langs") or []
    return DraftItem(
        id=post_id("bluesky", uri),
        source_id=source.id,
        source_kind=SourceKind.BLUESKY,
        platform=source.platform,
        url=url,
        canonical_url=canonical_url(url),
        native_id=uri,
        text=text,
        lang_declared=str(langs[0]) if langs else None,
        published_at=parse_date(record.get("createdAt")) or parse_date(view.get("indexedAt")),
        author=RawAuthor(
            id=did,
            name=clean_text(str(author.get("displayName") or "")) or None,
            aliases=(handle, f"@{handle}"),
        ),
        reply_to=post_id("bluesky", parent) if parent else None,
        thread_id=post_id("bluesky", root or uri),
        links=links,
        seen=(f"post:{uri}", str(view.get("cid") or "")),
    )
