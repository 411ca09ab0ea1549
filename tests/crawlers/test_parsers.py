"""Parsers on the recorded responses (no network)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from crawlers.parsers.article import parse_article
from crawlers.parsers.bluesky import parse_post, post_views
from crawlers.parsers.dates import parse_date, parse_rate_limit_reset
from crawlers.parsers.feeds import parse_feed
from crawlers.parsers.listing import parse_listing, split_signature
from crawlers.parsers.mastodon import account_handle, next_link, parse_statuses, profile_location
from crawlers.parsers.reddit import parse_listing as reddit_listing
from crawlers.parsers.reddit import parse_thread
from crawlers.parsers.sitemap import parse_sitemap
from crawlers.parsers.text import decode_body, fix_mojibake, html_fragment_to_text
from schema import post_id
from schema.settings import BlueskySource, FieldSelectors, MastodonSource, RedditSource
from tests.conftest import fixture_bytes

ORIGIN = "https://lokalnyt.example"


def text(kind: str, case: str) -> str:
    return fixture_bytes(kind, case).decode("utf-8").replace("{origin}", ORIGIN)


def js(kind: str, case: str) -> object:
    return json.loads(text(kind, case))


def test_rss_entries_and_rfc5005_next_page() -> None:
    feed = parse_feed(text("rss", "feed_page1.xml"), f"{ORIGIN}/feeds/aarhus.xml")
    assert feed.next_url == f"{ORIGIN}/feeds/aarhus.xml?page=2" and feed.lang == "da" and feed.problem is None
    first = feed.entries[0]
    assert first.author == "Mette Kjær" and first.section == "Aarhus"
    assert first.published == datetime(2026, 3, 10, 7, 15, tzinfo=UTC)
    assert parse_feed(text("rss", "feed_page2.xml"), ORIGIN).next_url is None


def test_atom_entries_and_malformed_feed() -> None:
    atom = parse_feed(text("atom", "feed.xml"), f"{ORIGIN}/atom.xml")
    assert atom.next_url == f"{ORIGIN}/atom.xml?side=2"
    jazz = atom.entries[1]
    assert jazz.text.startswith("Festivalen i Ebeltoft") and jazz.links == [
        "https://ebeltoftjazz.example/program"
    ]
    broken = parse_feed(text("rss", "feed_malformed.xml"), ORIGIN)
    assert broken.problem and broken.entries[0].title == "Vejarbejde på Randersvej & Nørrebrogade"


def test_article_metadata_from_jsonld_and_opengraph() -> None:
    a = parse_article(text("article", "traeer.html"), f"{ORIGIN}/lokalt/a.html")
    assert a.title == "Borgere vil redde træerne på Ingerslevs Boulevard" and a.author == "Mette Kjær"
    assert a.updated == datetime(2026, 3, 10, 8, 20, tzinfo=UTC) and a.lang == "da"
    assert a.canonical == f"{ORIGIN}/lokalt/aarhus/2026/03/10/borgere-vil-redde-traeerne.html"
    assert a.links == ["https://www.skrivunder.net/bevar-traeerne-ingerslevs-boulevard"]  # not nav/footer
    assert "Forside" not in a.text and "Annoncer" not in a.text and not a.text.startswith("Borgere vil")
    graph = parse_article(text("article", "letbane.html"), f"{ORIGIN}/b.html")
    assert graph.author == "Jonas Holm" and graph.section == "Trafik"
    og_only = parse_article(text("article", "skole_latin1.html"), f"{ORIGIN}/c.html")
    assert og_only.author == "Mette Kjær" and og_only.published == datetime(2026, 3, 5, 11, 40, tzinfo=UTC)
    broken = parse_article(text("article", "broken.html"), f"{ORIGIN}/d.html")
    assert "Randersvej lukkes" in broken.text and any(
        p.startswith("malformed_jsonld") for p in broken.problems
    )
    assert parse_article("   ", ORIGIN).problems == ["empty page"]


def test_reddit_listing_and_thread() -> None:
    source = RedditSource(
        id="r-aarhus", name="r/Aarhus", base_url="https://www.reddit.com", subreddits=["Aarhus"]
    )
    page = reddit_listing(js("reddit", "new_page1.json"), source)
    assert page.after == "t3_1b9u3cc" and [i.native_id for i in page.items] == [
        "t3_1b9x2kq",
        "t3_1b9w7zt",
        "t3_1b9u3cc",
    ]
    link_post = page.items[2]
    assert link_post.author is None and link_post.text == link_post.title  # [deleted] author, link post
    assert link_post.links == ["https://www.skrivunder.net/red-groenloekke-skole"]
    assert page.items[0].url.startswith("https://www.reddit.com/r/Aarhus/comments/1b9x2kq/")
    thread = parse_thread(js("reddit", "comments_1b9x2kq.json"), source)
    comments = [i for i in thread.items if i.native_id and i.native_id.startswith("t1_")]
    assert [c.native_id for c in comments] == ["t1_kq2a9x0", "t1_kq2c1f3", "t1_kq2b7d1"]
    assert thread.more == 4 and comments[2].reply_to == post_id("reddit", "t1_kq2a9x0")
    assert comments[0].thread_id == post_id("reddit", "t3_1b9x2kq")
    edited = reddit_listing(js("reddit", "new_page2.json"), source).items[0]
    assert edited.updated_at == datetime.fromtimestamp(1773003600, tz=UTC)
    with pytest.raises(ValueError, match="Listing"):
        reddit_listing({"kind": "t3"}, source)


def test_mastodon_statuses_accounts_and_link_header() -> None:
    source = MastodonSource(id="aarhus-social", name="aarhus.social", instance_url="https://aarhus.social")
    page = parse_statuses(js("mastodon", "tag_page1.json"), source)
    assert len(page.items) == 5
    first = page.items[0]
    assert first.text.startswith("Mød op til borgermødet") and first.text.endswith("#BevarTræerne")
    assert first.links == ["https://www.skrivunder.net/bevar-traeerne-ingerslevs-boulevard"]
    assert first.author is not None and first.author.id == "@line_b@aarhus.social"
    boost = page.items[4]
    assert boost.native_id == "https://fosstodon.org/users/anon42/statuses/112063100000000001"
    assert (
        boost.community == "fosstodon.org"
        and boost.author is not None
        and boost.author.profile_location is None
    )
    assert page.items[2].updated_at == datetime(2026, 3, 10, 8, 55, 10, tzinfo=UTC)
    link = (
        '<https://aarhus.social/api/v1/timelines/tag/x?max_id=5>; rel="next", <https://a/x?min_id=9>; rel=p'
    )
    assert next_link(link) == "https://aarhus.social/api/v1/timelines/tag/x?max_id=5"
    assert profile_location({"fields": [], "note": "<p>Bor i Ebeltoft, elsker Mols</p>"}) == "Ebeltoft"
    assert profile_location({"fields": [{"name": "By", "value": "Rønde"}], "note": ""}) == "Rønde"
    assert account_handle({"acct": "kim@mastodon.social"}, "aarhus.social") == (
        "@kim@mastodon.social",
        "mastodon.social",
    )


def test_bluesky_author_feed_and_search() -> None:
    source = BlueskySource(id="bsky", name="Bluesky", actors=["molsven.bsky.social"])
    views, cursor = post_views(js("bluesky", "author_feed_page1.json"))
    assert cursor == "2026-03-10T07:30:00.000Z" and len(views) == 2
    first, reply = (parse_post(v, source) for v in views)
    assert first is not None and reply is not None
    assert first.links == ["https://www.skrivunder.net/stop-solcellepark-mols-bjerge"]
    assert first.author is not None and first.author.id == "did:plc:z72i7hdynmk6r22z27h6tvur"
    assert reply.reply_to == first.id and reply.thread_id == first.id
    assert reply.url == "https://bsky.app/profile/kbh-natur.bsky.social/post/3kmolsb9xyz2"
    search, cursor = post_views(js("bluesky", "search_posts.json"))
    assert cursor == "25" and len(search) == 2


def test_listing_selectors_css_and_xpath() -> None:
    css = FieldSelectors(item="li.letter", title="h2", link="h2 a", date="time.date", next_page="a.next")
    entries, next_url = parse_listing(
        text("listing", "letters_page1.html"), f"{ORIGIN}/debat/laeserbreve", css, "css"
    )
    assert next_url == f"{ORIGIN}/debat/laeserbreve?page=2" and entries[0].anchor == "brev-4411"
    assert (
        entries[0].link == f"{ORIGIN}/debat/laeserbreve/4411.html"
        and entries[0].fields["date"] == "12. marts 2026"
    )
    xpath = FieldSelectors(
        item="//tr[@class='answer']",
        text=".//td[@class='text']",
        postcode=".//span[@class='zip']/text()",
        organisation=".//span[@class='org']",
    )
    answers, _ = parse_listing(text("listing", "hoering_svar.html"), ORIGIN, xpath, "xpath")
    assert answers[1].fields == {
        "text": "Foreningen anbefaler, at træerne bevares, og at regnvandsbassinet placeres under "
        "Ingerslevs Plads.",
        "postcode": "8000",
        "organisation": "Danmarks Naturfredningsforening Aarhus",
    }


@pytest.mark.parametrize(
    ("signature", "expected"),
    [
        ("Jens Hansen, Viby J", ("Jens Hansen", "Viby J", None)),
        ("Af Birgitte Møller, Lystrup", ("Birgitte Møller", "Lystrup", None)),
        ("– Karen Holm, 5000 Odense C.", ("Karen Holm", "Odense C", "5000")),
        ("Ole", ("Ole", None, None)),
    ],
)
def test_signature_split(signature: str, expected: tuple[str | None, ...]) -> None:
    assert split_signature(signature) == expected


def test_sitemap_index_and_news() -> None:
    kind, entries = parse_sitemap(fixture_bytes("sitemap", "index.xml").replace(b"{recent}", b"2026-03-10"))
    assert kind == "index" and entries[1].lastmod == datetime(2019, 1, 31, 22, tzinfo=UTC)
    kind, news = parse_sitemap(
        fixture_bytes("sitemap", "news.xml").replace(b"{recent}", b"2026-03-10T08:15:00+01:00")
    )
    assert kind == "urlset" and news[0].title == "Borgere vil redde træerne på Ingerslevs Boulevard"
    assert news[0].lang == "da" and news[0].published == datetime(2026, 3, 10, 7, 15, tzinfo=UTC)
    with pytest.raises(ValueError, match="not a sitemap"):
        parse_sitemap(b"<html><body>nej</body></html>")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("12. marts 2026", datetime(2026, 3, 11, 23, tzinfo=UTC)),
        ("12-03-2026 kl. 14:05", datetime(2026, 3, 12, 13, 5, tzinfo=UTC)),
        ("Indsendt 14.03.2026 09:41", datetime(2026, 3, 14, 8, 41, tzinfo=UTC)),
        ("den 3. februar 2026 kl. 09.15", datetime(2026, 2, 3, 8, 15, tzinfo=UTC)),
        ("2026-07-01T12:00:00Z", datetime(2026, 7, 1, 12, tzinfo=UTC)),
        ("1. juli 2026", datetime(2026, 6, 30, 22, tzinfo=UTC)),
        ("Tue, 10 Mar 2026 08:15:00 +0100", datetime(2026, 3, 10, 7, 15, tzinfo=UTC)),
        ("ikke en dato", None),
        ("", None),
    ],
)
def test_danish_dates(raw: str, expected: datetime | None) -> None:
    assert parse_date(raw) == expected


def test_rate_limit_reset_formats() -> None:
    now = datetime(2026, 3, 10, 8, tzinfo=UTC)
    assert parse_rate_limit_reset("2026-03-10T08:05:00.000Z", now) == datetime(2026, 3, 10, 8, 5, tzinfo=UTC)
    assert parse_rate_limit_reset("30", now) == datetime(2026, 3, 10, 8, 0, 30, tzinfo=UTC)


def test_charsets_and_mojibake() -> None:
    danish = "Ærø, Østergård og Åbyhøj – 5 €"
    assert decode_body(danish.encode("cp1252"), "utf-8") == (danish, "cp1252", True)
    assert decode_body(danish.encode("utf-8"), "iso-8859-1") == (danish, "utf-8", True)
    assert decode_body(danish.encode("utf-8"), "utf-8") == (danish, "utf-8", False)
    assert fix_mojibake(danish.encode("utf-8").decode("cp1252")) == danish
    assert fix_mojibake("Æblegrød på Ærø") == "Æblegrød på Ærø"
    body, links = html_fragment_to_text('<p>Linje 1<br>Linje 2</p><p><a href="https://x.dk/a">link</a></p>')
    assert body == "Linje 1\nLinje 2\n\nlink" and links == ["https://x.dk/a"]
