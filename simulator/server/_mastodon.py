"""Mastodon's REST API: Status and Account entities, timelines paged with Link headers."""

from __future__ import annotations

import hashlib
import html
import json
import re
from datetime import datetime
from typing import Any
from urllib.parse import quote

from simulator._catalog import toot_uri, toot_url
from simulator._people import MastodonAccount
from simulator.corpus import Toot
from simulator.server._html import JSON, Response

DEFAULT_LIMIT = 20
MAX_LIMIT = 40
_TOKEN = re.compile(r"(https?://\S+)|(#[\wæøåÆØÅ]+)|(^@\w+)")


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _num(seed: str, low: int, high: int) -> int:
    return low + int(hashlib.sha256(seed.encode()).hexdigest()[:8], 16) % (high - low + 1)


def absolute(path: str, origin: str) -> str:
    """Own-site paths get the server's origin."""
    return origin + path if path.startswith("/") else path


def account_json(
    account: MastodonAccount, origin: str, statuses: int, last: datetime | None
) -> dict[str, Any]:
    """An Account entity with profile fields (values as HTML) and the bio as HTML."""
    acct = account.username if account.host is None else f"{account.username}@{account.host}"
    url = (
        absolute(f"/@{account.username}", origin)
        if account.host is None
        else f"https://{account.host}/@{account.username}"
    )
    return {
        "id": account.id,
        "username": account.username,
        "acct": acct,
        "display_name": account.display_name,
        "locked": False,
        "bot": account.bot,
        "discoverable": True,
        "group": False,
        "created_at": account.created_at.strftime("%Y-%m-%dT00:00:00.000Z"),
        "note": f"<p>{html.escape(account.note)}</p>",
        "url": url,
        "uri": url.replace(f"/@{account.username}", f"/users/{account.username}"),
        "avatar": f"{origin}/avatars/original/missing.png",
        "avatar_static": f"{origin}/avatars/original/missing.png",
        "header": f"{origin}/headers/original/missing.png",
        "header_static": f"{origin}/headers/original/missing.png",
        "followers_count": _num(account.id + "f", 3, 900),
        "following_count": _num(account.id + "g", 10, 600),
        "statuses_count": statuses,
        "last_status_at": last.strftime("%Y-%m-%d") if last else None,
        "emojis": [],
        "fields": [{"name": n, "value": _field_html(v), "verified_at": None} for n, v in account.fields],
    }


def _field_html(value: str) -> str:
    if value.startswith("https://"):
        shown = value.removeprefix("https://")
        return (
            f'<a href="{html.escape(value)}" target="_blank" '
            'rel="nofollow noopener noreferrer me" translate="no">'
            f'<span class="invisible">https://</span><span class="">{html.escape(shown)}</span></a>'
        )
    return html.escape(value)


def content_html(text: str, origin: str, mention_url: str | None) -> str:
    """Status text as Mastodon renders it: a paragraph with hashtag, link and mention markup."""

    def mark(match: re.Match[str]) -> str:
        link, tag, mention = match.groups()
        if link:
            rest = link.removeprefix("https://").removeprefix("http://")
            scheme = link[: len(link) - len(rest)]
            shown, tail = (rest[:30], rest[30:]) if len(rest) > 30 else (rest, "")
            cls = "ellipsis" if tail else ""
            return (
                f'<a href="{html.escape(link)}" target="_blank" '
                'rel="nofollow noopener noreferrer" translate="no">'
                f'<span class="invisible">{scheme}</span><span class="{cls}">{html.escape(shown)}</span>'
                f'<span class="invisible">{html.escape(tail)}</span></a>'
            )
        if tag:
            name = tag[1:]
            return (
                f'<a href="{origin}/tags/{quote(name.lower())}" class="mention hashtag" rel="tag">'
                f"#<span>{html.escape(name)}</span></a>"
            )
        return (
            f'<span class="h-card" translate="no">'
            f'<a href="{html.escape(mention_url or "")}" class="u-url mention">'
            f"@<span>{html.escape(mention[1:])}</span></a></span>"
        )

    pieces, last = [], 0
    for match in _TOKEN.finditer(text):
        pieces.append(html.escape(text[last : match.start()]))
        pieces.append(mark(match))
        last = match.end()
    pieces.append(html.escape(text[last:]))
    return f"<p>{''.join(pieces)}</p>"


def status_json(
    toot: Toot,
    account: dict[str, Any],
    raw: MastodonAccount,
    origin: str,
    parent: tuple[Toot, MastodonAccount] | None,
) -> dict[str, Any]:
    """A Status entity."""
    mention = None
    mentions = []
    if parent is not None:
        _, p_account = parent
        acct = p_account.username if p_account.host is None else f"{p_account.username}@{p_account.host}"
        mention = (
            absolute(f"/@{p_account.username}", origin)
            if p_account.host is None
            else f"https://{p_account.host}/@{p_account.username}"
        )
        mentions = [{"id": p_account.id, "username": p_account.username, "url": mention, "acct": acct}]
    return {
        "id": str(toot.id),
        "created_at": _iso(toot.created),
        "in_reply_to_id": str(toot.in_reply_to) if toot.in_reply_to else None,
        "in_reply_to_account_id": parent[1].id if parent else None,
        "sensitive": False,
        "spoiler_text": "",
        "visibility": "public",
        "language": "da",
        "uri": absolute(toot_uri(raw, toot.id), origin),
        "url": absolute(toot_url(raw, toot.id), origin),
        "replies_count": _num(str(toot.id), 0, 4),
        "reblogs_count": _num(str(toot.id) + "b", 0, 12),
        "favourites_count": _num(str(toot.id) + "f", 0, 40),
        "edited_at": None,
        "content": content_html(toot.text, origin, mention),
        "reblog": None,
        "application": {"name": "Web", "website": None} if raw.host is None else None,
        "account": account,
        "media_attachments": [],
        "mentions": mentions,
        "tags": [{"name": t, "url": f"{origin}/tags/{quote(t)}"} for t in toot.tags],
        "emojis": [],
        "card": None,
        "poll": None,
    }


def page_of(toots: list[Toot], query: dict[str, list[str]]) -> tuple[list[Toot], int] | str:
    """Select a page of a newest-first timeline by max_id / since_id / min_id; or an error message."""
    try:
        limit = int(query.get("limit", [str(DEFAULT_LIMIT)])[0])
        max_id = int(query["max_id"][0]) if "max_id" in query else None
        since_id = int(query["since_id"][0]) if "since_id" in query else None
        min_id = int(query["min_id"][0]) if "min_id" in query else None
    except ValueError:
        return "limit, max_id, since_id and min_id must be integers"
    limit = max(1, min(limit, MAX_LIMIT))
    chosen = [t for t in toots if (max_id is None or t.id < max_id) and (since_id is None or t.id > since_id)]
    if min_id is not None:
        newer = [t for t in chosen if t.id > min_id]
        return newer[-limit:], limit
    return chosen[:limit], limit


def timeline(statuses: list[dict[str, Any]], page: list[Toot], base: str, extra: str) -> Response:
    """A JSON array of statuses with ``Link: <..max_id=..>; rel="next", <..min_id=..>; rel="prev"``."""
    headers = {
        "X-RateLimit-Limit": "300",
        "X-RateLimit-Remaining": "299",
        "X-RateLimit-Reset": "2099-01-01T00:00:00.000Z",
    }
    if page:
        sep = "&" if extra else ""
        headers["Link"] = (
            f'<{base}?{extra}{sep}max_id={page[-1].id}>; rel="next", '
            f'<{base}?{extra}{sep}min_id={page[0].id}>; rel="prev"'
        )
    return Response(200, JSON, json.dumps(statuses, ensure_ascii=False).encode(), headers)


def error(status: int, message: str) -> Response:
    """Mastodon's error body: {"error": "..."}."""
    return Response(status, JSON, json.dumps({"error": message}).encode())
