"""Scenario.items(): the corpus as schema.RawItem records, following the project's id conventions."""

from __future__ import annotations

from collections import defaultdict

from schema import RawItem, canonical_url, content_hash, post_id, pseudonym, url_id
from simulator import DEMO_ORIGIN


def test_items_are_valid_raw_items_with_conventional_ids(items):
    assert all(isinstance(i, RawItem) for i in items)
    assert len({i.id for i in items}) == len(items)
    for item in items:
        assert item.canonical_url == canonical_url(item.url)
        assert item.content_hash == content_hash(f"{item.title or ''}\n{item.text}")
        assert item.text.strip() and item.lang_declared == "da"
        if item.platform in ("news", "letters", "consultation"):
            assert item.id == url_id(item.url) and item.url.startswith(DEMO_ORIGIN)
        elif item.platform == "reddit":
            assert item.native_id[:3] in ("t3_", "t1_") and item.id == post_id("reddit", item.native_id)
            assert item.community in ("Aarhus", "Djursland", "Denmark")
        elif item.platform == "bluesky":
            assert item.native_id.startswith("at://did:plc:") and item.id == post_id(
                "bluesky", item.native_id
            )
            assert item.url.startswith("https://bsky.app/profile/") and item.url.endswith(
                item.native_id[-13:]
            )
        else:
            assert item.platform == "mastodon" and item.id == post_id("mastodon", item.native_id)
            assert "/statuses/" in item.native_id and item.community


def test_replies_and_threads_point_at_items_that_exist(scenario, items):
    ids = {i.id for i in items}
    deleted = {post_id("reddit", f"t1_{c.id36}") for c in scenario.corpus.reddit_comments if c.author is None}
    replies = [i for i in items if i.reply_to]
    assert len(replies) >= 1_000
    # a reply to a deleted comment keeps pointing at it
    assert all(i.reply_to in ids or i.reply_to in deleted for i in replies)
    assert all(i.thread_id in ids for i in items if i.thread_id)


def test_authors_are_pseudonyms_except_public_actors(scenario, items):
    names = {p.name for p in scenario.corpus.population.people}
    shown = {i.author.display_name for i in items if i.author and i.author.display_name}
    assert shown and shown <= {"Henrik Skov Mortensen", "Lene Bach Kristensen", "Aarhuslisten"}
    for item in items:
        assert item.author.pseudonym.startswith("p-") and item.author.pseudonym not in names
        assert item.author.display_name is None or item.author.actor_type in ("politician", "organisation")
    journalists = [i for i in items if i.platform == "news"]
    assert all(i.author.actor_type == "unknown" and i.author.display_name is None for i in journalists)
    assert scenario.items(b"other")[0].author.pseudonym != items[0].author.pseudonym


def test_one_author_keeps_one_pseudonym_per_platform(scenario, items):
    entries = sorted(scenario.entries(), key=lambda e: (e.published, e.url))
    pseudonyms = defaultdict(set)
    for item, entry in zip(items, entries, strict=True):
        if item.platform in ("reddit", "mastodon"):
            pseudonyms[(item.platform, entry.author.key)].add(item.author.pseudonym)
    assert all(len(p) == 1 for p in pseudonyms.values())
    toot = next(i for i in items if i.platform == "mastodon" and "127.0.0.1" in i.url)
    user = toot.url.split("/@")[1].split("/")[0]
    assert toot.author.pseudonym == pseudonym(b"secret", "mastodon", f"@{user}@127.0.0.1:8765")


def test_location_signals_travel_like_a_crawler_sends_them(scenario, items):
    letters = [i for i in items if i.platform == "letters"]
    answers = [i for i in items if i.platform == "consultation"]
    assert all(i.author.signature_town for i in letters)
    assert all(i.author.postcode and len(i.author.postcode) == 4 and i.author.signature_town for i in answers)
    flairs = [i for i in items if i.platform == "reddit" and i.author.profile_location]
    profiles = [i for i in items if i.platform == "mastodon" and i.author.profile_location]
    assert flairs and profiles
    assert all(i.author.geotag is None for i in items)


def test_until_limits_items_and_applies_edits_only_once_made(scenario, items):
    edited = next(a for a in scenario.corpus.articles if a.updated and a.updated > a.published)
    before = scenario.items(b"k", until=edited.published)
    after = scenario.items(b"k", until=edited.updated)
    assert len(before) < len(after) <= len(items)
    url = DEMO_ORIGIN + edited.path
    old = next(i for i in before if i.url == url)
    new = next(i for i in after if i.url == url)
    assert old.id == new.id and old.content_hash != new.content_hash and new.updated_at == edited.updated
    assert old.updated_at == edited.published  # pages state dateModified = datePublished until edited
    assert all(i.published_at <= edited.published for i in before)


def test_an_empty_key_is_refused(scenario):
    import pytest

    with pytest.raises(ValueError, match="pseudonym key must not be empty"):
        scenario.items(b"")
