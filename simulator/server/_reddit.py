"""Reddit's JSON API: subreddit listings (``new.json``) and comment threads, in Reddit's real shape.

Like reddit.com, text fields are HTML-escaped ('&amp;') unless the client asks for
``raw_json=1``; ``*_html`` fields hold escaped HTML either way.
"""

from __future__ import annotations

import hashlib
import html
import json
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from simulator._people import Person
from simulator.corpus import RedditComment, RedditPost
from simulator.server._html import JSON, Response

_SUBREDDIT_IDS = {"Aarhus": "t5_2s8ae", "Djursland": "t5_3k2x9", "Denmark": "t5_2qjto"}
_SUBSCRIBERS = {"Aarhus": 48213, "Djursland": 3120, "Denmark": 612904}
HEADERS = {"x-ratelimit-remaining": "99.0", "x-ratelimit-used": "1", "x-ratelimit-reset": "300"}


def _num(seed: str, low: int, high: int) -> int:
    return low + int(hashlib.sha256(seed.encode()).hexdigest()[:8], 16) % (high - low + 1)


def _text(value: str, raw: bool) -> str:
    return value if raw else html.escape(value, quote=False)


def _md_html(text: str, raw: bool) -> str:
    markup = (
        '<div class="md">' + "".join(f"<p>{html.escape(p)}</p>\n" for p in text.split("\n\n") if p) + "</div>"
    )
    return markup if raw else html.escape(markup, quote=False)


def _listing(
    children: list[dict[str, Any]], after: str | None = None, dist: int | None = None
) -> dict[str, Any]:
    return {
        "kind": "Listing",
        "data": {
            "after": after,
            "dist": dist,
            "modhash": "",
            "geo_filter": "",
            "children": children,
            "before": None,
        },
    }


def post_json(post: RedditPost, author: Person, origin: str, comments: int, raw: bool) -> dict[str, Any]:
    """A t3 thing."""
    account = author.reddit
    assert account is not None
    url = origin + post.link if post.link else origin + post.permalink
    score = _num(post.id36, 1, 140)
    created = float(int(post.created.timestamp()))
    data: dict[str, Any] = {
        "approved_at_utc": None,
        "subreddit": post.subreddit,
        "selftext": _text(post.selftext, raw),
        "author_fullname": account.fullname,
        "saved": False,
        "gilded": 0,
        "clicked": False,
        "title": _text(post.title, raw),
        "link_flair_richtext": [],
        "subreddit_name_prefixed": f"r/{post.subreddit}",
        "hidden": False,
        "link_flair_css_class": None,
        "downs": 0,
        "hide_score": False,
        "name": f"t3_{post.id36}",
        "quarantine": False,
        "upvote_ratio": round(0.7 + _num(post.id36 + "r", 0, 29) / 100, 2),
        "subreddit_type": "public",
        "ups": score,
        "total_awards_received": 0,
        "media_embed": {},
        "is_original_content": False,
        "user_reports": [],
        "secure_media": None,
        "category": None,
        "link_flair_text": None,
        "score": score,
        "approved_by": None,
        "thumbnail": "self" if not post.link else "default",
        "edited": False,
        "author_flair_css_class": None,
        "author_flair_richtext": [],
        "gildings": {},
        "is_self": post.link is None,
        "created": created,
        "link_flair_type": "text",
        "removed_by_category": None,
        "author_flair_type": "text",
        "domain": f"self.{post.subreddit}" if not post.link else urlsplit(url).netloc,
        "selftext_html": _md_html(post.selftext, raw) if post.selftext else None,
        "likes": None,
        "archived": False,
        "no_follow": False,
        "over_18": False,
        "spoiler": False,
        "locked": False,
        "author_flair_text": account.flair,
        "distinguished": None,
        "subreddit_id": _SUBREDDIT_IDS[post.subreddit],
        "id": post.id36,
        "author": account.name,
        "num_comments": comments,
        "send_replies": True,
        "permalink": post.permalink,
        "stickied": False,
        "url": url,
        "subreddit_subscribers": _SUBSCRIBERS[post.subreddit],
        "created_utc": created,
        "num_crossposts": 0,
        "media": None,
        "is_video": False,
    }
    return {"kind": "t3", "data": data}


def comment_json(
    comment: RedditComment, post: RedditPost, author: Person | None, replies: list[dict[str, Any]], raw: bool
) -> dict[str, Any]:
    """A t1 thing; a deleted comment keeps its place in the tree with author and body '[deleted]'."""
    account = author.reddit if author else None
    score = _num(comment.id36, -3, 60)
    created = float(int(comment.created.timestamp()))
    data: dict[str, Any] = {
        "subreddit_id": _SUBREDDIT_IDS[post.subreddit],
        "approved_at_utc": None,
        "author_is_blocked": False,
        "comment_type": None,
        "awarders": [],
        "mod_reason_by": None,
        "banned_by": None,
        "author_flair_type": "text",
        "total_awards_received": 0,
        "subreddit": post.subreddit,
        "likes": None,
        "replies": _listing(replies) if replies else "",
        "user_reports": [],
        "saved": False,
        "id": comment.id36,
        "banned_at_utc": None,
        "gilded": 0,
        "archived": False,
        "no_follow": score < 2,
        "author": account.name if account else "[deleted]",
        "can_mod_post": False,
        "created_utc": created,
        "send_replies": True,
        "parent_id": comment.parent,
        "score": score,
        "approved_by": None,
        "all_awardings": [],
        "collapsed": False,
        "body": _text(comment.body, raw),
        "edited": False,
        "author_flair_css_class": None,
        "name": f"t1_{comment.id36}",
        "is_submitter": bool(author and author.key == post.author),
        "downs": 0,
        "author_flair_richtext": [],
        "body_html": _md_html(comment.body, raw),
        "distinguished": None,
        "stickied": False,
        "can_gild": False,
        "gildings": {},
        "score_hidden": False,
        "permalink": f"{post.permalink}{comment.id36}/",
        "subreddit_type": "public",
        "locked": False,
        "created": created,
        "author_flair_text": account.flair if account else None,
        "link_id": f"t3_{post.id36}",
        "subreddit_name_prefixed": f"r/{post.subreddit}",
        "controversiality": 0,
        "depth": comment.depth,
        "ups": score,
    }
    if account:
        data["author_fullname"] = account.fullname
    return {"kind": "t1", "data": data}


def subreddit_new(
    visible: list[RedditPost], after: str | None, limit: int, render: dict[str, dict[str, Any]]
) -> Response:
    """A page of ``/r/<sub>/new.json``: newest first, continued with ``after=<fullname>``."""
    start = 0
    if after:
        names = [f"t3_{p.id36}" for p in visible]
        start = names.index(after) + 1 if after in names else len(visible)
    chunk = visible[start : start + limit]
    more = start + limit < len(visible)
    next_after = f"t3_{chunk[-1].id36}" if chunk and more else None
    body = _listing([render[p.id36] for p in chunk], next_after, len(chunk))
    return Response(200, JSON, json.dumps(body, ensure_ascii=False).encode(), dict(HEADERS))


def thread(
    post_thing: dict[str, Any],
    comments: list[RedditComment],
    post: RedditPost,
    people: dict[str, Person],
    raw: bool,
) -> Response:
    """``/comments/<id>.json``: [listing with the post, listing with the comment tree]."""
    children: dict[str, list[RedditComment]] = {}
    for c in comments:
        children.setdefault(c.parent, []).append(c)

    def build(parent: str) -> list[dict[str, Any]]:
        return [
            comment_json(c, post, people.get(c.author) if c.author else None, build(f"t1_{c.id36}"), raw)
            for c in children.get(parent, [])
        ]

    body = [_listing([post_thing], None, 1), _listing(build(f"t3_{post.id36}"))]
    return Response(200, JSON, json.dumps(body, ensure_ascii=False).encode(), dict(HEADERS))


def created_after(moment: datetime, things: list[RedditComment]) -> list[RedditComment]:
    """Comments visible at ``moment`` (published by then)."""
    return [c for c in things if c.created <= moment]
