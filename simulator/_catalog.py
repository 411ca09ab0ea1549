"""Every item of a corpus with its public permalink: the one list truth, items() and tests share."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from schema import Platform
from simulator._people import BlueskyAccount, MastodonAccount, Person
from simulator.corpus import Answer, Article, Corpus, Letter, RedditComment, RedditPost, Skeet, Toot

Item = Article | Letter | Answer | RedditPost | RedditComment | Toot | Skeet


@dataclass(frozen=True, slots=True)
class Entry:
    """One item: its permalink (origin-relative '/…' for the simulated site, else absolute)."""

    kind: str
    platform: Platform
    url: str
    item: Item
    author: Person
    topic: str
    published: datetime
    home_signal: bool


def toot_url(account: MastodonAccount, toot_id: int) -> str:
    """A status' public URL: on the served instance ('/@user/1') or on the account's own host."""
    return (
        f"/@{account.username}/{toot_id}"
        if account.host is None
        else f"https://{account.host}/@{account.username}/{toot_id}"
    )


def toot_uri(account: MastodonAccount, toot_id: int) -> str:
    """A status' ActivityPub id (its Mastodon ``uri``), origin-relative for local accounts."""
    base = "" if account.host is None else f"https://{account.host}"
    return f"{base}/users/{account.username}/statuses/{toot_id}"


def comment_permalink(post: RedditPost, comment: RedditComment) -> str:
    """Reddit's permalink of a comment: the post's permalink plus the comment id."""
    return f"{post.permalink}{comment.id36}/"


def skeet_uri(account: BlueskyAccount, rkey: str) -> str:
    """A Bluesky post's AT URI."""
    return f"at://{account.did}/app.bsky.feed.post/{rkey}"


def skeet_url(account: BlueskyAccount, rkey: str) -> str:
    """A Bluesky post's public web address."""
    return f"https://bsky.app/profile/{account.handle}/post/{rkey}"


def reveals_home(account: MastodonAccount, person: Person) -> bool:
    """Whether a Mastodon profile names the person's home town (a field or the bio)."""
    shown = " ".join([account.note, *(value for _, value in account.fields)])
    forms = {person.town.name, *person.town.signature_forms()}
    return any(re.search(rf"(?<!\w){re.escape(form)}(?!\w)", shown) for form in forms)


def entries(corpus: Corpus) -> Iterator[Entry]:
    """Every item a crawler would produce, in a stable order (deleted comments excluded)."""
    people = corpus.population.by_key
    refs = corpus.self_refs
    for a in corpus.articles:
        yield Entry("article", Platform.NEWS, a.path, a, people[a.author], a.topic, a.published, False)
    for letter in corpus.letters:
        yield Entry(
            "letter",
            Platform.LETTERS,
            letter.path,
            letter,
            people[letter.author],
            letter.topic,
            letter.published,
            True,
        )
    for ans in corpus.answers:
        yield Entry(
            "answer", Platform.CONSULTATION, ans.path, ans, people[ans.author], ans.topic, ans.published, True
        )
    posts = {p.id36: p for p in corpus.reddit_posts}
    for post in corpus.reddit_posts:
        person = people[post.author]
        signal = post.permalink in refs or bool(person.reddit and person.reddit.flair)
        yield Entry(
            "reddit_post", Platform.REDDIT, post.permalink, post, person, post.topic, post.created, signal
        )
    for comment in corpus.reddit_comments:
        if comment.author is None:
            continue
        person = people[comment.author]
        url = comment_permalink(posts[comment.post], comment)
        signal = url in refs or bool(person.reddit and person.reddit.flair)
        yield Entry(
            "reddit_comment", Platform.REDDIT, url, comment, person, comment.topic, comment.created, signal
        )
    for toot in corpus.toots:
        person = people[toot.account]
        assert person.mastodon is not None
        signal = f"toot:{toot.id}" in refs or reveals_home(person.mastodon, person)
        yield Entry(
            "toot",
            Platform.MASTODON,
            toot_url(person.mastodon, toot.id),
            toot,
            person,
            toot.topic,
            toot.created,
            signal,
        )
    for skeet in corpus.skeets:
        person = people[skeet.author]
        assert person.bluesky is not None
        yield Entry("bluesky_post", Platform.BLUESKY, skeet_url(person.bluesky, skeet.rkey), skeet, person,
                    skeet.topic, skeet.created, f"skeet:{skeet.rkey}" in refs)  # fmt: skip
