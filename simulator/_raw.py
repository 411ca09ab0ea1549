"""The corpus as schema.RawItem records, as the crawlers would write them to the spool."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from datetime import datetime

from schema import (
    AuthorRef,
    Platform,
    RawItem,
    SourceKind,
    canonical_url,
    content_hash,
    post_id,
    pseudonym,
    url_id,
)
from simulator._catalog import Entry, comment_permalink, skeet_uri, toot_uri
from simulator._people import BlueskyAccount, Person
from simulator.corpus import Answer, Article, Corpus, Letter, RedditComment, RedditPost, Skeet, Toot
from simulator.sources import (
    BLUESKY_SOURCE,
    CONSULTATION_SOURCE,
    LETTERS_SOURCE,
    MASTODON_SOURCE,
    NEWS_SOURCE,
    REDDIT_SOURCE,
)

_LOCATION_FIELDS = frozenset({"bor i", "by", "location", "hjemby", "lokation", "sted"})
_HOME_IN_NOTE = re.compile(r"(?i:\bbor i|\bbosat i)\s+([A-ZÆØÅ][\wæøåÆØÅ\-]+(?: [A-ZÆØÅ]\w*)*)")


def raw_author_id(platform: Platform, person: Person, town: str | None, instance_host: str) -> str:
    """What the crawlers hand to ``schema.ids.pseudonym`` as the author id on each platform.

    News: the byline name; letters and consultation answers: 'Name, Town' as signed or given;
    Reddit: the user name; Mastodon: '@user@host' (the served instance's host for local accounts);
    Bluesky: the DID.
    """
    if platform == Platform.REDDIT and person.reddit:
        return person.reddit.name
    if platform == Platform.MASTODON and person.mastodon:
        return f"@{person.mastodon.username}@{person.mastodon.host or instance_host}".lower()
    if platform == Platform.BLUESKY and person.bluesky:
        return person.bluesky.did
    return f"{person.name}, {town}" if town else person.name


def to_raw_items(
    corpus: Corpus,
    selected: Iterable[Entry],
    key: bytes,
    origin: str,
    until: datetime,
    public_names: Collection[str],
) -> list[RawItem]:
    """RawItems for the given entries, authors pseudonymised with ``key``."""
    posts = {p.id36: p for p in corpus.reddit_posts}
    toots = {t.id: t for t in corpus.toots}
    skeets = {s.rkey: s for s in corpus.skeets}
    host = origin.split("://", 1)[-1]

    def absolute(link: str) -> str:
        return origin + link if link.startswith("/") else link

    out: list[RawItem] = []
    for e in selected:
        url = absolute(e.url)
        person = e.author
        public = person.name if person.role and person.name in public_names else None
        town = _town(item) if isinstance((item := e.item), Letter | Answer) else None
        ref = AuthorRef(
            pseudonym=pseudonym(key, e.platform.value, raw_author_id(e.platform, person, town, host)),
            display_name=public,
            actor_type=person.actor_type if public else "unknown",  # type: ignore[arg-type]
        )
        common = {
            "url": url,
            "canonical_url": canonical_url(url),
            "platform": e.platform,
            "fetched_at": until,
            "published_at": e.published,
            "lang_declared": "da",
        }
        if isinstance(item, Article):
            updated = item.updated if item.updated and item.updated <= until else None
            body = [item.lead, *item.paragraphs] + (
                [item.update_note] if updated and item.update_note else []
            )
            fields = {
                "id": url_id(url),
                "source_id": NEWS_SOURCE[item.outlet],
                "source_kind": SourceKind.NEWS_FEED,
                "title": item.title,
                "text": "\n\n".join(body),
                "section": item.section,
                "updated_at": updated or item.published,
                "links": [absolute(link) for link in item.links],
            }
        elif isinstance(item, Letter):
            ref.signature_town = town
            fields = {
                "id": url_id(url),
                "source_id": LETTERS_SOURCE,
                "source_kind": SourceKind.HTML_LISTING,
                "title": item.title,
                "text": "\n\n".join(item.paragraphs),
                "section": "Læserbreve",
            }
        elif isinstance(item, Answer):
            case = corpus.cases[item.case]
            ref.postcode, ref.signature_town = item.postcode, item.town
            ref.actor_type = "organisation" if item.organisation else ref.actor_type
            fields = {
                "id": url_id(url),
                "source_id": CONSULTATION_SOURCE[case.municipality],
                "source_kind": SourceKind.HTML_LISTING,
                "title": f"Høringssvar nr. {item.number}: {case.title}",
                "text": "\n\n".join(item.paragraphs),
                "section": case.title,
            }
        elif isinstance(item, RedditPost):
            ref.profile_location = person.reddit.flair if person.reddit else None
            native = f"t3_{item.id36}"
            fields = {
                "id": post_id("reddit", native),
                "native_id": native,
                "source_id": REDDIT_SOURCE[item.subreddit],
                "source_kind": SourceKind.REDDIT,
                "title": item.title,
                "text": item.selftext or item.title,
                "community": item.subreddit,
                "thread_id": post_id("reddit", native),
                "links": [absolute(link) for link in item.links],
            }
        elif isinstance(item, RedditComment):
            post = posts[item.post]
            ref.profile_location = person.reddit.flair if person.reddit else None
            native = f"t1_{item.id36}"
            assert e.url == comment_permalink(post, item)
            fields = {
                "id": post_id("reddit", native),
                "native_id": native,
                "source_id": REDDIT_SOURCE[post.subreddit],
                "source_kind": SourceKind.REDDIT,
                "text": item.body,
                "community": post.subreddit,
                "reply_to": post_id("reddit", item.parent),
                "thread_id": post_id("reddit", f"t3_{post.id36}"),
                "links": list(item.links),
            }
        elif isinstance(item, Skeet):
            assert person.bluesky is not None
            uri = skeet_uri(person.bluesky, item.rkey)
            parent_uri = root_uri = None
            if item.reply_to:
                parent_uri = skeet_uri(_bluesky(corpus, skeets[item.reply_to].author), item.reply_to)
                assert item.root is not None
                root_uri = skeet_uri(_bluesky(corpus, skeets[item.root].author), item.root)
            fields = {
                "id": post_id("bluesky", uri),
                "native_id": uri,
                "source_id": BLUESKY_SOURCE,
                "source_kind": SourceKind.BLUESKY,
                "text": item.text,
                "reply_to": post_id("bluesky", parent_uri) if parent_uri else None,
                "thread_id": post_id("bluesky", root_uri or uri),
                "links": list(item.links),
            }
        else:
            assert isinstance(item, Toot) and person.mastodon is not None
            account = person.mastodon
            ref.profile_location = _profile_location(account.fields, account.note)
            uri = absolute(toot_uri(account, item.id))
            parent = toots.get(item.in_reply_to) if item.in_reply_to else None
            reply_to = None
            if parent is not None:
                parent_account = corpus.population.by_key[parent.account].mastodon
                assert parent_account is not None
                reply_to = post_id("mastodon", absolute(toot_uri(parent_account, parent.id)))
            fields = {
                "id": post_id("mastodon", uri),
                "native_id": uri,
                "source_id": MASTODON_SOURCE,
                "source_kind": SourceKind.MASTODON,
                "text": item.text,
                "community": account.host or host,
                "reply_to": reply_to,
                "links": list(item.links),
            }
        title = fields.get("title")
        text = str(fields["text"])
        out.append(
            RawItem(
                **common,
                **fields,
                author=ref,
                content_hash=content_hash(f"{title or ''}\n{text}"),
            )
        )
    return out


def _bluesky(corpus: Corpus, key: str) -> BlueskyAccount:
    account = corpus.population.by_key[key].bluesky
    assert account is not None
    return account


def _town(item: Letter | Answer) -> str:
    """The town as the crawlers split it off a signature ('Jens Hansen, Viby J.' -> 'Viby J')."""
    return item.signature.rpartition(",")[2].strip(" .") if isinstance(item, Letter) else item.town


def _profile_location(fields: tuple[tuple[str, str], ...], note: str) -> str | None:
    for name, value in fields:
        if name.lower() in _LOCATION_FIELDS:
            return value
    found = _HOME_IN_NOTE.search(note)
    return found.group(1) if found else None
