"""Bluesky's public AppView (XRPC JSON): searchPosts, getAuthorFeed and getProfile with PostViews."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from typing import Any

from simulator._catalog import skeet_uri
from simulator._people import BlueskyAccount
from simulator.corpus import Skeet
from simulator.server._html import JSON, Response

_FACET = re.compile(r"(https?://\S+)|#([\wæøåÆØÅ]+)")


def _iso(skeet: Skeet) -> str:
    return skeet.created.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def cid(uri: str) -> str:
    """A content id in the shape of a CIDv1 (dag-cbor, sha-256, base32): 'bafyrei…'."""
    digest = base64.b32encode(hashlib.sha256(uri.encode()).digest()).decode().lower().rstrip("=")
    return f"bafyrei{digest[:52]}"


def _facets(text: str) -> list[dict[str, Any]]:
    """Rich-text facets with UTF-8 byte offsets, as the AppView returns them."""
    facets = []
    for match in _FACET.finditer(text):
        start = len(text[: match.start()].encode("utf-8"))
        end = len(text[: match.end()].encode("utf-8"))
        link, tag = match.groups()
        feature = {"$type": "app.bsky.richtext.facet#link", "uri": link} if link else {
            "$type": "app.bsky.richtext.facet#tag", "tag": tag}  # fmt: skip
        facets.append({"index": {"byteStart": start, "byteEnd": end}, "features": [feature]})
    return facets


def author_view(account: BlueskyAccount) -> dict[str, Any]:
    """A ProfileViewBasic."""
    return {
        "did": account.did, "handle": account.handle, "displayName": account.display_name,
        "avatar": f"https://cdn.bsky.app/img/avatar/plain/{account.did}/bafkreiavatar@jpeg", "labels": [],
        "createdAt": account.created_at.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
    }  # fmt: skip


def post_view(
    skeet: Skeet,
    account: BlueskyAccount,
    parent: tuple[Skeet, BlueskyAccount] | None,
    root: tuple[Skeet, BlueskyAccount] | None,
) -> dict[str, Any]:
    """A PostView with its app.bsky.feed.post record."""
    uri = skeet_uri(account, skeet.rkey)
    record: dict[str, Any] = {
        "$type": "app.bsky.feed.post",
        "createdAt": _iso(skeet),
        "langs": ["da"],
        "text": skeet.text,
    }
    facets = _facets(skeet.text)
    if facets:
        record["facets"] = facets
    if parent and root:
        p_uri, r_uri = skeet_uri(parent[1], parent[0].rkey), skeet_uri(root[1], root[0].rkey)
        record["reply"] = {
            "parent": {"uri": p_uri, "cid": cid(p_uri)},
            "root": {"uri": r_uri, "cid": cid(r_uri)},
        }
    seed = int(hashlib.sha256(uri.encode()).hexdigest()[:6], 16)
    return {
        "uri": uri, "cid": cid(uri), "author": author_view(account), "record": record,
        "replyCount": seed % 4, "repostCount": seed % 7, "likeCount": seed % 31, "quoteCount": seed % 2,
        "indexedAt": _iso(skeet), "labels": [],
    }  # fmt: skip


def page(query: dict[str, list[str]], default_limit: int) -> tuple[int, int] | str:
    """(offset, limit) from ``cursor`` and ``limit``; or an error message."""
    try:
        limit = int(query.get("limit", [str(default_limit)])[0])
        offset = int(query.get("cursor", ["0"])[0] or 0)
    except ValueError:
        return "limit and cursor must be integers"
    if not 1 <= limit <= 100:
        return "limit must be between 1 and 100"
    return max(0, offset), limit


def matches(text: str, q: str) -> bool:
    """How searchPosts matches here: every term of the query occurs in the text (case-insensitive)."""
    lowered = text.lower()
    return all(term.lstrip("#") in lowered for term in q.lower().split())


def respond(body: dict[str, Any]) -> Response:
    """A 200 XRPC JSON response."""
    return Response(200, JSON, json.dumps(body, ensure_ascii=False).encode())


def error(status: int, name: str, message: str) -> Response:
    """An XRPC error body: {"error": "InvalidRequest", "message": "..."}."""
    return Response(status, JSON, json.dumps({"error": name, "message": message}).encode())
