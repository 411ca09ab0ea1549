"""The simulated web: routes a request path to a response, showing only what is published by the clock."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar
from urllib.parse import parse_qs, unquote, urlsplit

from simulator._people import BlueskyAccount, MastodonAccount, Person
from simulator.corpus import RedditComment, RedditPost, Skeet, Toot
from simulator.scenario import Scenario
from simulator.server import _bluesky, _mastodon, _reddit
from simulator.server._html import Response, not_found
from simulator.server._routes import ROUTES
from simulator.sources import SUBREDDITS

_T = TypeVar("_T")


class Site:
    """Answers requests for one scenario at one origin; the clock decides what is published."""

    def __init__(self, scenario: Scenario, origin: str, clock: datetime | None = None) -> None:
        self.scenario, self.origin = scenario, origin.rstrip("/")
        self._lock = threading.Lock()
        self._clock = clock or scenario.horizon
        c = scenario.corpus
        self.people: dict[str, Person] = c.population.by_key
        self.articles = {
            o: _newest([a for a in c.articles if a.outlet == o], lambda a: a.published) for o in c.outlets
        }
        self.article_by_path = {a.path: a for a in c.articles}
        self.letters = _newest(c.letters, lambda x: x.published)
        self.letter_by_id = {x.id: x for x in c.letters}
        self.answers = {
            s: _newest([a for a in c.answers if a.case == s], lambda a: a.published) for s in c.cases
        }
        self.posts = {
            s: _newest([p for p in c.reddit_posts if p.subreddit == s], lambda p: p.created)
            for s in SUBREDDITS
        }
        self.post_by_id = {p.id36: p for p in c.reddit_posts}
        self.comments: dict[str, list[RedditComment]] = {}
        for comment in c.reddit_comments:
            self.comments.setdefault(comment.post, []).append(comment)
        self.toots = _newest(c.toots, lambda t: t.id)
        self.toot_by_id = {t.id: t for t in c.toots}
        self.accounts: dict[str, tuple[MastodonAccount, str]] = {}
        for t in c.toots:
            account = self.people[t.account].mastodon
            assert account is not None
            self.accounts[account.id] = (account, t.account)
        self.skeets = _newest(c.skeets, lambda s: s.created)
        self.skeet_by_rkey = {s.rkey: s for s in c.skeets}
        self.bluesky_accounts: dict[str, tuple[BlueskyAccount, str]] = {}
        for s in c.skeets:
            bluesky = self.people[s.author].bluesky
            assert bluesky is not None
            self.bluesky_accounts[bluesky.did] = self.bluesky_accounts[bluesky.handle] = (bluesky, s.author)
        self._cache: dict[tuple[str, str], dict[str, Any]] = {}

    @property
    def clock(self) -> datetime:
        """Items published after this moment are not served yet."""
        return self._clock

    @clock.setter
    def clock(self, moment: datetime) -> None:
        with self._lock:
            self._clock = moment

    def handle(self, target: str) -> Response:
        """Route ``/path?query`` to a response."""
        parts = urlsplit(target)
        path, query = unquote(parts.path), parse_qs(parts.query, keep_blank_values=True)
        for pattern, handler in ROUTES:
            match = pattern.fullmatch(path)
            if match:
                return handler(self, match, query)
        return not_found("Debatradar demo")

    def seen(self, moment: datetime) -> bool:
        """Whether something published at ``moment`` is visible by the clock."""
        return moment <= self._clock

    def status_view(self, toot: Toot) -> dict[str, Any]:
        """A Mastodon Status entity (cached per clock)."""
        key = (str(toot.id), self._clock.isoformat())
        if key not in self._cache:
            account = self.people[toot.account].mastodon
            assert account is not None
            parent = None
            if toot.in_reply_to and toot.in_reply_to in self.toot_by_id:
                p = self.toot_by_id[toot.in_reply_to]
                p_account = self.people[p.account].mastodon
                assert p_account is not None
                parent = (p, p_account)
            self._cache[key] = _mastodon.status_json(
                toot, self.account_view(account), account, self.origin, parent
            )
        return self._cache[key]

    def account_view(self, account: MastodonAccount) -> dict[str, Any]:
        """A Mastodon Account entity with its statuses count by the clock."""
        own = [t for t in self.toots if self.people[t.account].mastodon is account and self.seen(t.created)]
        return _mastodon.account_json(account, self.origin, len(own), own[0].created if own else None)

    def skeet_view(self, skeet: Skeet) -> dict[str, Any]:
        """A Bluesky PostView (with reply references)."""

        def with_account(rkey: str | None) -> tuple[Skeet, BlueskyAccount] | None:
            other = self.skeet_by_rkey.get(rkey or "")
            account = self.people[other.author].bluesky if other else None
            return (other, account) if other and account else None

        account = self.people[skeet.author].bluesky
        assert account is not None
        return _bluesky.post_view(skeet, account, with_account(skeet.reply_to), with_account(skeet.root))

    def post_view(self, post: RedditPost, raw: bool) -> dict[str, Any]:
        """A Reddit t3 thing with the number of visible comments."""
        count = sum(1 for c in self.comments.get(post.id36, []) if self.seen(c.created) and c.author)
        return _reddit.post_json(post, self.people[post.author], self.origin, count, raw)


def _newest(items: list[_T], key: Callable[[_T], Any]) -> list[_T]:
    return sorted(items, key=key, reverse=True)
