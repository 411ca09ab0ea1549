"""Handlers of the simulated platform APIs: Reddit, Mastodon and Bluesky."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from simulator.corpus import Toot
from simulator.server import _bluesky, _mastodon, _pages, _reddit
from simulator.server._html import JSON, Response, not_found

if TYPE_CHECKING:
    from simulator.server._site import Site


def _raw(q: dict[str, list[str]]) -> bool:
    return q.get("raw_json", ["0"])[0] == "1"


def subreddit(site: Site, m: re.Match[str], q: dict[str, list[str]]) -> Response:
    posts = site.posts.get(m["sub"]) or next(
        (v for k, v in site.posts.items() if k.lower() == m["sub"].lower()), None
    )
    if posts is None:
        return Response(404, JSON, b'{"message": "Not Found", "error": 404}')
    raw = _raw(q)
    try:
        limit = max(1, min(100, int(q.get("limit", ["25"])[0])))
    except ValueError:
        limit = 25
    visible = [p for p in posts if site.seen(p.created)]
    render = {p.id36: site.post_view(p, raw) for p in visible}
    return _reddit.subreddit_new(visible, q.get("after", [None])[0], limit, render)


def comments(site: Site, m: re.Match[str], q: dict[str, list[str]]) -> Response:
    post = site.post_by_id.get(m["id"])
    if (
        post is None
        or not site.seen(post.created)
        or (m["sub"] and m["sub"].lower() != post.subreddit.lower())
    ):
        return Response(404, JSON, b'{"message": "Not Found", "error": 404}')
    raw = _raw(q)
    visible = [c for c in site.comments.get(post.id36, []) if site.seen(c.created)]
    return _reddit.thread(site.post_view(post, raw), visible, post, site.people, raw)


def thread_page(site: Site, m: re.Match[str], q: dict[str, list[str]]) -> Response:
    post = site.post_by_id.get(m["id"])
    if post is None or not site.seen(post.created):
        return not_found("reddit (demo)")
    comments = [c for c in site.comments.get(post.id36, []) if site.seen(c.created)]
    return _pages.thread_page(post, comments, site.people)


def status_page(site: Site, m: re.Match[str], q: dict[str, list[str]]) -> Response:
    toot = site.toot_by_id.get(int(m["id"]))
    account = site.people[toot.account].mastodon if toot else None
    if toot is None or account is None or account.username != m["user"] or not site.seen(toot.created):
        return not_found("Mastodon (demo)")
    return _pages.status_page(toot, account, site.status_view(toot)["content"])


def tag(site: Site, m: re.Match[str], q: dict[str, list[str]]) -> Response:
    tag = m["tag"].lower()
    return _timeline(site, [t for t in site.toots if tag in t.tags], f"/api/v1/timelines/tag/{m['tag']}", q)


def public(site: Site, m: re.Match[str], q: dict[str, list[str]]) -> Response:
    local = q.get("local", ["false"])[0] in ("true", "1")
    chosen = [t for t in site.toots if not local or site.people[t.account].mastodon.host is None]  # type: ignore[union-attr]
    return _timeline(site, chosen, "/api/v1/timelines/public", q, ("local",) if local else ())


def account_statuses(site: Site, m: re.Match[str], q: dict[str, list[str]]) -> Response:
    found = site.accounts.get(m["id"])
    if found is None:
        return _mastodon.error(404, "Record not found")
    return _timeline(
        site, [t for t in site.toots if t.account == found[1]], f"/api/v1/accounts/{m['id']}/statuses", q
    )


def account(site: Site, m: re.Match[str], q: dict[str, list[str]]) -> Response:
    found = site.accounts.get(m["id"])
    if found is None:
        return _mastodon.error(404, "Record not found")
    return Response(200, JSON, json.dumps(site.account_view(found[0]), ensure_ascii=False).encode())


def _timeline(
    site: Site, toots: list[Toot], path: str, q: dict[str, list[str]], keep: tuple[str, ...] = ()
) -> Response:
    visible = [t for t in toots if site.seen(t.created)]
    chosen = _mastodon.page_of(visible, q)
    if isinstance(chosen, str):
        return _mastodon.error(422, chosen)
    page_toots, limit = chosen
    extra = "&".join(
        [f"{k}={q[k][0]}" for k in keep if k in q] + ([f"limit={limit}"] if "limit" in q else [])
    )
    return _mastodon.timeline(
        [site.status_view(t) for t in page_toots], page_toots, site.origin + path, extra
    )


def search_posts(site: Site, m: re.Match[str], q: dict[str, list[str]]) -> Response:
    query = q.get("q", [""])[0].strip()
    if not query:
        return _bluesky.error(400, "InvalidRequest", 'Error: Params must have the property "q"')
    chosen = _bluesky.page(q, 25)
    if isinstance(chosen, str):
        return _bluesky.error(400, "InvalidRequest", chosen)
    offset, limit = chosen
    hits = [s for s in site.skeets if site.seen(s.created) and _bluesky.matches(s.text, query)]
    body: dict[str, Any] = {
        "posts": [site.skeet_view(s) for s in hits[offset : offset + limit]],
        "hitsTotal": len(hits),
    }
    if offset + limit < len(hits):
        body["cursor"] = str(offset + limit)
    return _bluesky.respond(body)


def author_feed(site: Site, m: re.Match[str], q: dict[str, list[str]]) -> Response:
    found = site.bluesky_accounts.get(q.get("actor", [""])[0].lstrip("@"))
    if found is None:
        return _bluesky.error(400, "InvalidRequest", "Profile not found")
    chosen = _bluesky.page(q, 50)
    if isinstance(chosen, str):
        return _bluesky.error(400, "InvalidRequest", chosen)
    offset, limit = chosen
    own = [s for s in site.skeets if s.author == found[1] and site.seen(s.created)]
    body: dict[str, Any] = {"feed": [{"post": site.skeet_view(s)} for s in own[offset : offset + limit]]}
    if offset + limit < len(own):
        body["cursor"] = str(offset + limit)
    return _bluesky.respond(body)


def profile(site: Site, m: re.Match[str], q: dict[str, list[str]]) -> Response:
    found = site.bluesky_accounts.get(q.get("actor", [""])[0].lstrip("@"))
    if found is None:
        return _bluesky.error(400, "InvalidRequest", "Profile not found")
    posts = sum(1 for s in site.skeets if s.author == found[1] and site.seen(s.created))
    return _bluesky.respond({**_bluesky.author_view(found[0]), "description": "", "postsCount": posts})
