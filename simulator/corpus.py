"""The simulated platforms' content, before it is rendered in any format.

Links to the simulated site itself are stored as origin-relative paths ('/news/...') and
made absolute with the origin of the server (or of ``Scenario.items``) when rendered.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

from simulator._people import Population

_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa"})


def slugify(text: str, limit: int = 60) -> str:
    """A URL slug of Danish text: 'Bevar træerne på Ingerslev' -> 'bevar-traeerne-paa-ingerslev'."""
    folded = unicodedata.normalize("NFKD", text.lower().translate(_FOLD)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:limit].rstrip("-") or "indlaeg"


@dataclass(frozen=True, slots=True)
class Outlet:
    """A news site with an RSS feed."""

    slug: str
    name: str
    municipality: str | None
    journalists: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Article:
    """A news article: an RSS entry and an HTML page with JSON-LD and OpenGraph."""

    outlet: str
    path: str
    title: str
    lead: str
    paragraphs: tuple[str, ...]
    section: str
    author: str
    published: datetime
    topic: str
    updated: datetime | None = None
    update_note: str | None = None
    links: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Letter:
    """A letter to the editor, signed 'Navn, By'."""

    id: int
    path: str
    title: str
    paragraphs: tuple[str, ...]
    signature: str
    area: str
    author: str
    published: datetime
    topic: str


@dataclass(frozen=True, slots=True)
class Case:
    """A public consultation (høring) on a municipality's portal."""

    slug: str
    title: str
    municipality: str
    topic: str


@dataclass(frozen=True, slots=True)
class Answer:
    """A consultation answer (høringssvar) with the sender's postcode and town."""

    case: str
    number: int
    path: str
    sender: str
    organisation: str | None
    postcode: str
    town: str
    paragraphs: tuple[str, ...]
    author: str
    published: datetime
    topic: str


@dataclass(frozen=True, slots=True)
class RedditPost:
    """A Reddit submission (t3): a self post, or a link post to a news article."""

    id36: str
    subreddit: str
    title: str
    selftext: str
    author: str
    created: datetime
    topic: str
    link: str | None = None
    links: tuple[str, ...] = ()

    @property
    def permalink(self) -> str:
        """Reddit's permalink path, e.g. '/r/Aarhus/comments/abc123/some_title/'."""
        return f"/r/{self.subreddit}/comments/{self.id36}/{slugify(self.title, 50).replace('-', '_')}/"


@dataclass(frozen=True, slots=True)
class RedditComment:
    """A Reddit comment (t1). ``author`` None marks a deleted comment (no item)."""

    id36: str
    post: str
    parent: str
    body: str
    author: str | None
    created: datetime
    depth: int
    topic: str
    links: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Toot:
    """A Mastodon status: plain text with #hashtags and links, rendered to HTML when served."""

    id: int
    account: str
    text: str
    tags: tuple[str, ...]
    created: datetime
    topic: str
    in_reply_to: int | None = None
    links: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Skeet:
    """A Bluesky post: ``rkey`` is a TID (sortable by time); replies name their parent's rkey."""

    rkey: str
    author: str
    text: str
    tags: tuple[str, ...]
    created: datetime
    topic: str
    reply_to: str | None = None
    root: str | None = None
    links: tuple[str, ...] = ()


@dataclass
class Corpus:
    """Everything the simulated platforms hold."""

    start: date
    end: date
    population: Population
    outlets: dict[str, Outlet]
    cases: dict[str, Case]
    articles: list[Article] = field(default_factory=list)
    letters: list[Letter] = field(default_factory=list)
    answers: list[Answer] = field(default_factory=list)
    reddit_posts: list[RedditPost] = field(default_factory=list)
    reddit_comments: list[RedditComment] = field(default_factory=list)
    toots: list[Toot] = field(default_factory=list)
    skeets: list[Skeet] = field(default_factory=list)
    #: truth only, never served: keys of items whose text mentions the author's own home
    #: (a path, a Reddit permalink, 'toot:<id>' or 'skeet:<rkey>')
    self_refs: set[str] = field(default_factory=set)

    def size(self) -> int:
        """Number of items a crawler would produce (deleted comments excluded)."""
        comments = sum(1 for c in self.reddit_comments if c.author is not None)
        return (
            len(self.articles)
            + len(self.letters)
            + len(self.answers)
            + len(self.reddit_posts)
            + comments
            + len(self.toots)
            + len(self.skeets)
        )
