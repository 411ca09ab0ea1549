"""Human-readable pages behind the Reddit and Mastodon permalinks (the APIs serve the data)."""

from __future__ import annotations

from html import escape

from simulator._people import MastodonAccount, Person
from simulator.corpus import RedditComment, RedditPost, Toot
from simulator.server._html import Response, html_response, page, paragraphs, time_tag


def thread_page(post: RedditPost, comments: list[RedditComment], people: dict[str, Person]) -> Response:
    """A Reddit thread as a plain page: the post and its comments, indented by depth."""

    def name(key: str | None) -> str:
        account = people[key].reddit if key else None
        return f"u/{account.name}" if account else "[deleted]"

    rows = "".join(
        f'<li class="comment" style="margin-left:{2 * c.depth}em"><b>{escape(name(c.author))}</b> '
        f"{time_tag(c.created)}<p>{escape(c.body)}</p></li>"
        for c in comments
    )
    body = (
        f"<h1>{escape(post.title)}</h1><p>r/{escape(post.subreddit)} · {escape(name(post.author))} · "
        f"{time_tag(post.created)}</p>{paragraphs(post.selftext.split(chr(10) * 2)) if post.selftext else ''}"
        f'<ol class="comments">{rows}</ol>'
    )
    return html_response(page(post.title, body, site="reddit (demo)"))


def status_page(toot: Toot, account: MastodonAccount, content: str) -> Response:
    """A Mastodon status page: author and the rendered content."""
    body = (
        f'<article class="status"><p><b>{escape(account.display_name)}</b> @{escape(account.username)} · '
        f"{time_tag(toot.created)}</p>{content}</article>"
    )
    return html_response(page(f"{account.display_name}: {toot.text[:40]}", body, site="Mastodon (demo)"))
