"""Mastodon's REST API: Status and Account entities, Link-header paging, profile locations."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from crawlers.items import DraftItem, RawAuthor
from crawlers.parsers.dates import parse_date
from crawlers.parsers.text import clean_text, html_fragment_to_text
from schema import SourceKind, canonical_url, post_id
from schema.settings import MastodonSource

#: profile field names that hold where the person lives (Danish and English)
LOCATION_FIELDS = frozenset(
    {
        "bor i",
        "by",
        "location",
        "lokation",
        "sted",
        "hjemby",
        "bopæl",
        "placering",
        "kommune",
        "lives in",
        "based in",
        "fra",
        "hjemsted",
        "where",
        "📍",
    }
)
_NOTE_LOCATION = re.compile(
    r"(?i:\bbor i|\bbosat i|\bbosiddende i|\bfra|📍|\blocation:?|\bbased in|\blives in)\s+"
    r"([A-ZÆØÅ][\wæøåÆØÅ\-]+(?:[ -](?:[A-ZÆØÅ][\wæøåÆØÅ\-]*|\d{4}))*)"
)
_LINK = re.compile(r'<([^>]+)>\s*;\s*rel="?([^";]+)"?')


@dataclass
class MastodonPage:
    """Statuses of one timeline page and the time of the oldest."""

    items: list[DraftItem] = field(default_factory=list)
    local_ids: dict[str, str] = field(default_factory=dict)
    reply_local: dict[str, str] = field(default_factory=dict)


def next_link(header: str | None) -> str | None:
    """The ``rel="next"`` URL of a Link header."""
    for url, rel in _LINK.findall(header or ""):
        if "next" in rel.split():
            return str(url)
    return None


def profile_location(account: dict[str, Any]) -> str | None:
    """Where the account says it lives: a location field, else a phrase in the note."""
    for f in account.get("fields") or []:
        name = clean_text(str(f.get("name") or "")).lower().rstrip(":")
        if name in LOCATION_FIELDS:
            value, _ = html_fragment_to_text(str(f.get("value") or ""))
            if value:
                return value
    note, _ = html_fragment_to_text(str(account.get("note") or ""))
    m = _NOTE_LOCATION.search(note)
    return m.group(1).strip(" .,") if m else None


def account_handle(account: dict[str, Any], instance_host: str) -> tuple[str, str]:
    """(``@user@host``, host) of an account; local accounts' acct has no host."""
    acct = str(account.get("acct") or account.get("username") or "")
    user, _, host = acct.partition("@")
    if not host:
        host = urlsplit(str(account.get("url") or "")).netloc or instance_host
    return f"@{user}@{host}".lower(), host.lower()


def parse_statuses(body: Any, source: MastodonSource) -> MastodonPage:
    """A timeline page (a JSON array of Status); boosts count as their original status."""
    if not isinstance(body, list):
        raise ValueError("not a Mastodon timeline (expected a JSON array of statuses)")
    instance_host = urlsplit(source.instance_url).netloc.lower()
    page = MastodonPage()
    for raw in body:
        status = raw.get("reblog") or raw if isinstance(raw, dict) else None
        if not isinstance(status, dict) or not status.get("uri"):
            continue
        if status.get("visibility") not in (None, "public", "unlisted"):
            continue
        uri = str(status["uri"])
        page.local_ids[str(status.get("id"))] = uri
        item = _status(status, source, instance_host)
        if item is None:
            continue
        if status.get("in_reply_to_id"):
            page.reply_local[item.id] = str(status["in_reply_to_id"])
        page.items.append(item)
    return page


def _status(status: dict[str, Any], source: MastodonSource, instance_host: str) -> DraftItem | None:
    text, links = html_fragment_to_text(str(status.get("content") or ""))
    if not text:
        return None
    account = status.get("account") or {}
    handle, host = account_handle(account, instance_host)
    url = str(status.get("url") or status["uri"])
    uri = str(status["uri"])
    card = status.get("card") or {}
    if card.get("url"):
        links.append(str(card["url"]))
    author = RawAuthor(
        id=handle,
        name=clean_text(str(account.get("display_name") or "")) or None,
        aliases=(handle.lstrip("@"), f"@{account.get('acct')}", str(account.get("url") or "")),
        profile_location=profile_location(account),
    )
    return DraftItem(
        id=post_id("mastodon", uri),
        source_id=source.id,
        source_kind=SourceKind.MASTODON,
        platform=source.platform,
        url=url,
        canonical_url=canonical_url(url),
        native_id=uri,
        title=clean_text(str(status.get("spoiler_text") or "")) or None,
        text=text,
        lang_declared=status.get("language") or None,
        published_at=parse_date(status.get("created_at")),
        updated_at=parse_date(status.get("edited_at")),
        author=author,
        community=host,
        links=links,
        seen=(f"status:{uri}", str(status.get("edited_at") or status.get("created_at"))),
    )
