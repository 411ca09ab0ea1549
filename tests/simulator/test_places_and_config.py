"""Places are real (checked against the public reference tables) and config/demo.yaml fits the server."""

from __future__ import annotations

import csv

import bcrypt

from schema.settings import EmailChannel, HtmlListingSource, MastodonSource, NewsFeedSource, RedditSource
from simulator import DEMO_ORIGIN, rebase_sources
from simulator._places import ALL_TOWNS, MUNICIPALITIES
from simulator.sources import CASES, HASHTAGS, OUTLETS, PUBLIC_ACTORS, SUBREDDITS
from tests.conftest import shared_data


def test_municipality_codes_and_names_are_dagi():
    with shared_data("gazetteer", "derived", "kommuner.csv").open(encoding="utf-8") as f:
        official = {row["kommunekode"]: row["kommunenavn"] for row in csv.DictReader(f)}
    assert {code: official[code] for code in MUNICIPALITIES} == MUNICIPALITIES


def test_every_town_has_a_real_postcode_in_its_municipality():
    with shared_data("gazetteer", "postnord_postals.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    pairs = {(row["POSTNR"], f"{int(row['KOMMUNE_NR']):04d}") for row in rows}
    names = {row["POSTNR"]: row["BYNAVN"] for row in rows}
    for town in ALL_TOWNS:
        assert (town.postcode, town.code) in pairs, town
        assert names[town.postcode] == town.post_town, town


def test_demo_config_loads_and_points_at_the_demo_origin(demo_settings):
    s = demo_settings
    assert [m.code for m in s.municipalities] == ["0751", "0706"]
    assert s.index.backend == "embedded" and s.crawl.obey_robots and s.crawl.download_delay_s == 0
    kinds = {src.kind for src in s.sources}
    assert {"news_feed", "reddit", "mastodon", "html_listing"} <= kinds
    feeds = [u for src in s.sources if isinstance(src, NewsFeedSource) for u in src.feed_urls]
    assert feeds == [f"{DEMO_ORIGIN}/news/{slug}/rss.xml" for slug in OUTLETS]
    subs = [sub for src in s.sources if isinstance(src, RedditSource) for sub in src.subreddits]
    assert sorted(subs) == sorted(SUBREDDITS)
    (mastodon,) = [src for src in s.sources if isinstance(src, MastodonSource)]
    assert tuple(mastodon.hashtags) == HASHTAGS and mastodon.instance_url == DEMO_ORIGIN
    listed = {u for src in s.sources if isinstance(src, HtmlListingSource) for u in src.start_urls}
    assert {f"{DEMO_ORIGIN}/hoering/{c}/svar" for cs in CASES.values() for c in cs} | {
        f"{DEMO_ORIGIN}/debat/laeserbreve"
    } == listed


def test_demo_config_users_actors_and_channels(demo_settings):
    s = demo_settings
    users = {u.username: u for u in s.ui.users}
    assert {"kommunikation", "analytiker"} <= set(users)
    assert {r for u in users.values() for r in u.roles} == {"communication", "analyst", "leadership", "admin"}
    for name, user in users.items():
        assert bcrypt.checkpw(f"demo-{name}".encode(), user.password_hash.encode())
    assert {a.name for a in s.privacy.public_actors} == {a[0] for a in PUBLIC_ACTORS}
    assert any(isinstance(c, EmailChannel) for c in s.notify.channels)
    assert s.notify.smtp.host == "localhost" and s.notify.smtp.security == "none"


def test_rebase_sources_moves_only_local_urls(demo_settings):
    moved = rebase_sources(demo_settings, "http://127.0.0.1:40404/")
    urls = []
    for src in moved.sources:
        urls += getattr(src, "feed_urls", []) + getattr(src, "start_urls", [])
        urls += [getattr(src, "base_url", ""), getattr(src, "instance_url", "")]
    assert all(u.startswith("http://127.0.0.1:40404") for u in urls if u)
    assert demo_settings.sources[0].feed_urls[0].startswith(DEMO_ORIGIN)  # the original is untouched
    real = demo_settings.sources[0].model_copy(update={"feed_urls": ["https://www.example.dk/rss"]})
    mixed = rebase_sources(demo_settings.model_copy(update={"sources": [real]}), "http://127.0.0.1:40404")
    assert mixed.sources[0].feed_urls == ["https://www.example.dk/rss"]


def test_rebase_sources_refuses_something_that_is_not_an_origin(demo_settings):
    import pytest

    for bad in ("127.0.0.1:8765", "ftp://127.0.0.1:21", "http://127.0.0.1:8765/news"):
        with pytest.raises(ValueError, match="origin must look like"):
            rebase_sources(demo_settings, bad)
