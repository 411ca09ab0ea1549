"""The route table: which handler answers which path."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from simulator.server import _social, _web
from simulator.server._html import Response

if TYPE_CHECKING:
    from simulator.server._site import Site

Handler = Callable[["Site", re.Match[str], dict[str, list[str]]], Response]

ROUTES: list[tuple[re.Pattern[str], Handler]] = [
    (re.compile(p), h)
    for p, h in (
        (r"/robots\.txt", _web.robots),
        (r"/", _web.index),
        (r"/private/.*", _web.private),
        (r"/news/(?P<outlet>[a-z0-9-]+)/rss\.xml", _web.feed),
        (r"/news/(?P<outlet>[a-z0-9-]+)/?", _web.front),
        (r"/news/(?P<outlet>[a-z0-9-]+)/\d{4}/\d{2}/[a-z0-9-]+\.html", _web.article),
        (r"/debat/laeserbreve/?", _web.letters),
        (r"/debat/laeserbreve/(?P<id>\d+)\.html", _web.letter),
        (r"/hoering/?", _web.portal),
        (r"/hoering/(?P<case>[a-z0-9-]+)/svar/?", _web.answers),
        (r"/hoering/(?P<case>[a-z0-9-]+)/svar/(?P<n>\d+)\.html", _web.answer),
        (r"/r/(?P<sub>\w+)/new(?:\.json|/\.json)", _social.subreddit),
        (r"(?:/r/(?P<sub>\w+))?/comments/(?P<id>[a-z0-9]+)(?:/[^/]*)?/?\.json", _social.comments),
        (r"/r/(?P<sub>\w+)/comments/(?P<id>[a-z0-9]+)/[^/]*/(?:[a-z0-9]+/)?", _social.thread_page),
        (r"/@(?P<user>\w+)/(?P<id>\d+)", _social.status_page),
        (r"/api/v1/timelines/tag/(?P<tag>[^/]+)", _social.tag),
        (r"/api/v1/timelines/public", _social.public),
        (r"/api/v1/accounts/(?P<id>\d+)/statuses", _social.account_statuses),
        (r"/api/v1/accounts/(?P<id>\d+)", _social.account),
        (r"/xrpc/app\.bsky\.feed\.searchPosts", _social.search_posts),
        (r"/xrpc/app\.bsky\.feed\.getAuthorFeed", _social.author_feed),
        (r"/xrpc/app\.bsky\.actor\.getProfile", _social.profile),
    )
]
