"""Every spider crawls a local server serving recorded responses, for real, in a subprocess."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crawlers import CrawlProgress, Spool, run_crawl
from schema import ConfigError, RawItem
from tests.conftest import fixture_bytes
from tests.crawlers.conftest import make_settings
from tests.crawlers.site import RecordedSite

RSS = "application/rss+xml; charset=utf-8"
JSON = "application/json; charset=utf-8"


def serve_corpus(site: RecordedSite) -> None:
    """The recorded responses of every source kind."""
    site.add_fixture("/feeds/aarhus.xml", "rss", "feed_page1.xml", content_type=RSS, etag='"feed-v1"')
    site.add_fixture("/feeds/aarhus.xml?page=2", "rss", "feed_page2.xml", content_type=RSS)
    site.add_fixture("/atom.xml", "atom", "feed.xml", content_type="application/atom+xml")
    site.add_fixture("/atom.xml?side=2", "atom", "feed_page2.xml", content_type="application/atom+xml")
    site.add_fixture("/lokalt/aarhus/2026/03/10/borgere-vil-redde-traeerne.html", "article", "traeer.html")
    site.add_fixture("/lokalt/aarhus/2026/03/09/letbanen-korer-igen.html", "article", "letbane.html")
    latin1 = fixture_bytes("article", "skole_latin1.html").decode("utf-8").encode("cp1252")
    site.add(
        "/lokalt/aarhus/2026/03/05/skolelukning-tranbjerg.html", latin1
    )  # declared UTF-8, sent as cp1252
    site.add_fixture("/nyheder/2026/03/solcellepark-mols-bjerge.html", "article", "letbane.html", status=404)
    site.add_fixture("/nyheder/2026/03/ebeltoft-jazz.html", "article", "broken.html")
    site.add_fixture("/nyheder/2026/03/roende-cykelsti.html", "article", "letbane.html")
    site.add_fixture("/r/Aarhus/new.json", "reddit", "new_page1.json", content_type=JSON)
    site.add_fixture(
        "/r/Aarhus/new.json?limit=100&raw_json=1&after=t3_1b9u3cc",
        "reddit",
        "new_page2.json",
        content_type=JSON,
    )
    site.add_fixture("/comments/1b9x2kq.json", "reddit", "comments_1b9x2kq.json", content_type=JSON)
    site.add_fixture("/comments/1b9v1aa.json", "reddit", "comments_1b9x2kq.json", content_type=JSON)
    page2 = "/api/v1/timelines/tag/bevartr%C3%A6erne?limit=40&max_id=112063555000000001"
    site.add_fixture(
        "/api/v1/timelines/tag/bevartr%C3%A6erne",
        "mastodon",
        "tag_page1.json",
        content_type=JSON,
        headers={
            "Link": f'<{{origin}}{page2}>; rel="next", <{{origin}}/api/v1/timelines/tag/x?min_id=9>; '
            'rel="prev"',
            "X-RateLimit-Limit": "300",
            "X-RateLimit-Remaining": "299",
        },
    )
    site.add_fixture(page2, "mastodon", "tag_page2.json", content_type=JSON)
    site.add_fixture("/api/v1/accounts/lookup", "mastodon", "account_lookup.json", content_type=JSON)
    site.add_fixture("/api/v1/accounts/1/statuses", "mastodon", "account_statuses.json", content_type=JSON)
    site.add_fixture("/debat/laeserbreve", "listing", "letters_page1.html")
    site.add_fixture("/debat/laeserbreve?page=2", "listing", "letters_page2.html")
    for n in ("4411", "4410", "4402"):
        site.add_fixture(f"/debat/laeserbreve/{n}.html", "listing", f"letter_{n}.html")
    site.add_fixture("/hoering/lokalplan-1187/svar", "listing", "hoering_svar.html")
    recent = (datetime.now(UTC) - timedelta(days=1)).isoformat().encode()
    for case in ("index.xml", "news.xml"):
        body = fixture_bytes("sitemap", case).replace(b"{recent}", recent)
        site.add(f"/sitemaps/{case.replace('index.xml', 'index.xml')}", body, content_type="application/xml")
    site.add_fixture(
        "/xrpc/app.bsky.feed.getAuthorFeed", "bluesky", "author_feed_page1.json", content_type=JSON
    )
    site.add_fixture("/xrpc/app.bsky.feed.searchPosts", "bluesky", "search_posts.json", content_type=JSON)


def sources(site: RecordedSite) -> list[dict[str, object]]:
    letters = {
        "item": "li.letter",
        "title": "h2",
        "link": "h2 a",
        "date": "time.date",
        "text": "article .body",
        "signature": "p.signature",
        "next_page": "a.next",
    }
    answers = {
        "item": "tr.answer",
        "text": "td.text",
        "date": ".submitted",
        "postcode": ".zip",
        "town": ".city",
        "author": ".name",
        "organisation": ".org",
    }
    return [
        {
            "kind": "news_feed",
            "id": "lokalnyt",
            "name": "Aarhus Lokalnyt",
            "feed_urls": [site.url("/feeds/aarhus.xml")],
        },
        {
            "kind": "news_feed",
            "id": "syddjurs-nyt",
            "name": "Syddjurs Nyt",
            "feed_urls": [site.url("/atom.xml")],
        },
        {
            "kind": "reddit",
            "id": "r-aarhus",
            "name": "r/Aarhus",
            "base_url": site.origin,
            "subreddits": ["Aarhus"],
        },
        {
            "kind": "mastodon",
            "id": "aarhus-social",
            "name": "aarhus.social",
            "instance_url": site.origin,
            "hashtags": ["bevartræerne"],
            "accounts": ["borgmester"],
        },
        {
            "kind": "html_listing",
            "id": "laeserbreve",
            "name": "Læserbreve",
            "platform": "letters",
            "start_urls": [site.url("/debat/laeserbreve")],
            "selectors": letters,
        },
        {
            "kind": "html_listing",
            "id": "hoering-1187",
            "name": "Høring lokalplan 1187",
            "platform": "consultation",
            "start_urls": [site.url("/hoering/lokalplan-1187/svar")],
            "selectors": answers,
        },
        {
            "kind": "news_sitemap",
            "id": "lokalnyt-sitemap",
            "name": "Aarhus Lokalnyt (sitemap)",
            "sitemap_urls": [site.url("/sitemaps/index.xml")],
            "since_days": 7,
        },
        {
            "kind": "bluesky",
            "id": "bsky-mols",
            "name": "Bluesky Mols",
            "base_url": site.origin,
            "actors": ["molsven.bsky.social"],
            "search_queries": ["Mols Bjerge"],
        },
    ]


def by_url(items: list[RawItem]) -> dict[str, RawItem]:
    return {i.url: i for i in items}


@pytest.mark.slow
def test_every_kind_crawls_then_a_rerun_adds_nothing_and_an_edit_updates(
    site: RecordedSite, tmp_path: Path
) -> None:
    serve_corpus(site)
    settings = make_settings(tmp_path / "data", sources(site))
    events: list[CrawlProgress] = []
    report = run_crawl(settings, on_progress=events.append)

    assert report.exit_code == 0
    health = {h.source_id: h for h in report.sources}
    assert set(health) == {s["id"] for s in sources(site)}
    spool = Spool(settings.data_dir / "spool")
    items = [item for _, item in spool.read("test")]
    urls = by_url(items)
    o = site.origin

    # news feed: RSS paged by atom:link rel=next, articles extracted, cp1252 repaired
    traeer = urls[f"{o}/lokalt/aarhus/2026/03/10/borgere-vil-redde-traeerne.html"]
    assert traeer.source_id in ("lokalnyt", "lokalnyt-sitemap") and traeer.section == "Aarhus"
    assert "lindetræer" in traeer.text and traeer.updated_at is not None
    assert "https://www.skrivunder.net/bevar-traeerne-ingerslevs-boulevard" in traeer.links
    skole = urls[f"{o}/lokalt/aarhus/2026/03/05/skolelukning-tranbjerg.html"]
    assert "Søren Ærø Østergård" in skole.text
    assert health["lokalnyt"].errors.get("charset") == 1 and health["lokalnyt"].items_fetched == 3
    # atom: 404 article falls back to the entry, next page loops back to page 1 (recorded)
    mols = urls[f"{o}/nyheder/2026/03/solcellepark-mols-bjerge.html"]
    assert mols.text.startswith("Tusindvis af underskrifter")
    assert health["syddjurs-nyt"].errors["http_404"] == 1
    assert health["syddjurs-nyt"].errors["pagination_loop"] == 1
    assert health["syddjurs-nyt"].errors["malformed_jsonld"] == 1

    # reddit: posts, comments, [removed] and [deleted]
    reddit = [i for i in items if i.source_id == "r-aarhus"]
    natives = {i.native_id for i in reddit}
    assert {
        "t3_1b9x2kq",
        "t3_1b9w7zt",
        "t3_1b9u3cc",
        "t3_1b8zzz1",
        "t1_kq2a9x0",
        "t1_kq2b7d1",
        "t1_kq2c1f3",
    } <= natives
    assert "t3_1b9v1aa" not in natives and "t1_kq2b8e2" not in natives
    deleted_author = next(i for i in reddit if i.native_id == "t1_kq2c1f3")
    assert deleted_author.author is None
    reply = next(i for i in reddit if i.native_id == "t1_kq2b7d1")
    parent = next(i for i in reddit if i.native_id == "t1_kq2a9x0")
    assert reply.reply_to == parent.id and reply.community == "Aarhus"
    assert reply.author is not None and reply.author.profile_location == "Viby J"
    assert reply.url == f"{o}/r/Aarhus/comments/1b9x2kq/bevar_trerne_p_ingerslevs_boulevard/kq2b7d1/"

    # mastodon: Link-header paging, boosts, profile fields, public actor allow-list
    toots = [i for i in items if i.source_id == "aarhus-social"]
    assert len(toots) == 6
    line = next(
        i for i in toots if i.native_id == "https://aarhus.social/users/line_b/statuses/112063555000000005"
    )
    assert line.author is not None and line.author.profile_location == "Frederiksbjerg, Aarhus C"
    assert line.author.display_name is None and line.community == "aarhus.social"
    kim = next(i for i in toots if "Fyn" in i.text)
    assert kim.author is not None and kim.author.profile_location == "Odense"
    assert kim.reply_to is not None
    mayor = next(i for i in toots if "Vi lytter" in i.text)
    assert mayor.author is not None and mayor.author.display_name == "Anders Winnerskjold"
    assert mayor.author.actor_type == "politician"

    # html listings: detail pages, signatures, Danish dates, postcode + town + organisation
    letter = urls[f"{o}/debat/laeserbreve/4411.html"]
    assert letter.author is not None and letter.author.signature_town == "Viby J"
    assert letter.author.postcode == "8260" and "Jens Hansen" not in letter.text
    assert letter.published_at == datetime(2026, 3, 11, 23, 0, tzinfo=UTC)
    assert urls[f"{o}/debat/laeserbreve/4410.html"].published_at == datetime(2026, 3, 11, 13, 5, tzinfo=UTC)
    assert health["laeserbreve"].items_new == 3
    answers = [i for i in items if i.source_id == "hoering-1187"]
    assert len(answers) == 3  # the fourth has neither text nor date: dead-lettered
    org = next(i for i in answers if "Foreningen" in i.text)
    assert (
        org.author is not None and org.author.actor_type == "organisation" and org.author.postcode == "8000"
    )
    assert org.url.endswith("/hoering/lokalplan-1187/svar#svar-902")
    anonymous = next(i for i in answers if "tidligere aarhusianer" in i.text)
    assert anonymous.author is not None and anonymous.author.signature_town == "Odense C"

    # sitemap: index -> recent news sitemap only; its articles are the feed's (one id per canonical URL)
    assert health["lokalnyt-sitemap"].items_fetched == 2
    assert health["lokalnyt"].items_new + health["lokalnyt-sitemap"].items_new == 3
    assert (
        "/sitemaps/2019-01.xml" not in site.hits
        and "/lokalt/aarhus/2020/01/01/gammel-nyhed.html" not in site.hits
    )
    # bluesky: author feed and search
    sky = [i for i in items if i.source_id == "bsky-mols"]
    assert len(sky) == 2
    assert any(i.url == "https://bsky.app/profile/molsven.bsky.social/post/3kmolsa2bc2x" for i in sky)

    # privacy: no raw author names anywhere in the spool
    raw = "".join(i.model_dump_json() for i in items).encode()  # (never read the db file: fcntl locks)
    for name in ("frederiksbjerg_hans", "Jens Hansen", "Birgitte Møller", "Kim Madsen", "viby_mor"):
        assert name.encode() not in raw
    assert all(ua.startswith("Debatradar/") and "Aarhus Kommune" in ua for ua in site.user_agents if ua)
    assert any(e.event == "finished" for e in events) and any(e.event == "items" for e in events)

    # a re-run adds nothing: conditional GET, seen entries, spool dedup
    count = spool.count()
    again = run_crawl(settings)
    assert spool.count() == count
    assert again.items_new == 0 and again.items_updated == 0
    assert site.hits["/feeds/aarhus.xml"] == 2 and site.hits["/feeds/aarhus.xml?page=2"] == 1

    # an edited article: the feed says so, the article is fetched again -> same id, an update
    site.add_fixture("/lokalt/aarhus/2026/03/10/borgere-vil-redde-traeerne.html", "article", "traeer_v2.html")
    edited_feed = fixture_bytes("rss", "feed_page1.xml").replace(
        b"08:15:00 +0100</pubDate>", b"15:05:00 +0100</pubDate>"
    )
    site.add("/feeds/aarhus.xml", edited_feed, content_type=RSS, etag='"feed-v2"')
    third = run_crawl(settings, ["lokalnyt"])
    assert third.health("lokalnyt").items_updated == 1 and third.items_new == 0
    versions = [i for _, i in spool.read("test2") if i.id == traeer.id]
    assert len(versions) == 2 and "3.500" in versions[-1].text
    spool.close()


def test_unknown_source_and_missing_key_are_config_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = make_settings(tmp_path / "data", [])
    with pytest.raises(ConfigError, match="unknown source id"):
        run_crawl(settings, ["nope"])
    monkeypatch.delenv("DEBATRADAR_SECRETS__PSEUDONYM_KEY")
    with pytest.raises(ConfigError, match="PSEUDONYM_KEY"):
        run_crawl(make_settings(tmp_path / "data", []))
