"""The demo server speaks the platforms' formats: crawled with standard parsers, every item exactly once."""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime

import extruct
import pytest
from parsel import Selector

from schema.settings import BlueskySource, HtmlListingSource, MastodonSource, NewsFeedSource, RedditSource
from simulator import rebase_sources

from .conftest import comment_things, fetch, walk_bluesky, walk_feed, walk_listing, walk_mastodon, walk_reddit


@pytest.fixture(scope="module")
def crawled(server, scenario):
    """Walk every source of config/demo.yaml against the server, as a crawler would (once per module)."""
    from schema.settings import load_settings

    from .conftest import DEMO_CONFIG

    settings = rebase_sources(load_settings(DEMO_CONFIG), server.origin)
    found: dict[str, list] = {
        "news": [],
        "letters": [],
        "consultation": [],
        "reddit": [],
        "mastodon": [],
        "bluesky": [],
    }
    for source in settings.sources:
        if isinstance(source, NewsFeedSource):
            for url in source.feed_urls:
                found["news"].extend(walk_feed(url))
        elif isinstance(source, HtmlListingSource):
            found[source.platform.value].extend(walk_listing(source))
        elif isinstance(source, RedditSource):
            for sub in source.subreddits:
                found["reddit"].append(walk_reddit(source.base_url, sub))
        elif isinstance(source, MastodonSource):
            for tag in source.hashtags:
                found["mastodon"].append((tag, walk_mastodon(source.instance_url, tag)))
        elif isinstance(source, BlueskySource):
            for query in source.search_queries:
                found["bluesky"].append((query, walk_bluesky(source.base_url, query)))
    return found


def test_robots_txt_allows_all_but_private(server):
    response = fetch(server.origin + "/robots.txt")
    assert response.status == 200
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    assert response.text() == "User-agent: *\nDisallow: /private/\n"


def test_rss_feeds_page_through_every_article_once(crawled, scenario, server):
    entries = crawled["news"]
    links = [e["link"] for e in entries]
    assert len(links) == len(set(links)) == len(scenario.corpus.articles)
    assert set(links) == {server.origin + a.path for a in scenario.corpus.articles}
    first = entries[0]
    assert first["title"] and first["author"] and first["published_parsed"] and first["summary"]


def test_rss_feed_is_rss2_with_paging_links(server):
    response = fetch(server.origin + "/news/aarhus-byavis/rss.xml")
    assert response.headers["content-type"] == "application/rss+xml; charset=utf-8"
    assert "last-modified" in response.headers and "etag" in response.headers
    text = response.text()
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"')
    assert '<atom:link rel="next" href="' in text and "<language>da</language>" in text
    assert text.count("<item>") == 50


def test_article_page_has_json_ld_and_open_graph(server, scenario):
    article = next(a for a in scenario.corpus.articles if a.outlet == "djurs-avis")
    response = fetch(server.origin + article.path)
    assert response.status == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    data = extruct.extract(
        response.text(), base_url=server.origin, syntaxes=["json-ld", "opengraph"], uniform=True
    )
    ld = data["json-ld"][0]
    assert ld["@type"] == "NewsArticle"
    assert ld["headline"] == article.title
    assert datetime.fromisoformat(ld["datePublished"]) == article.published
    assert ld["author"][0]["name"] in scenario.corpus.outlets["djurs-avis"].journalists
    og = data["opengraph"][0]
    # extruct's uniform form names og:type '@type'
    assert og["og:url"] == server.origin + article.path and og["@type"] == "article"
    body = Selector(text=response.text()).css("div.artikel-tekst").xpath("string(.)").get()
    assert article.paragraphs[0] in body


def test_letters_listing_and_details_with_the_config_selectors(crawled, scenario, server):
    rows = crawled["letters"]
    assert len(rows) == len({r["url"] for r in rows}) == len(scenario.corpus.letters)
    by_url = {server.origin + x.path: x for x in scenario.corpus.letters}
    for row in rows:
        letter = by_url[row["url"]]
        assert row["title"] == letter.title
        assert row["signature"] == letter.signature and ", " in row["signature"]
        assert datetime.fromisoformat(row["date"]) == letter.published
        assert row["text"] and letter.paragraphs[0].split()[0] in row["text"]


def test_consultation_listing_and_details_with_the_config_selectors(crawled, scenario, server):
    rows = crawled["consultation"]
    assert len(rows) == len({r["url"] for r in rows}) == len(scenario.corpus.answers)
    by_url = {server.origin + a.path: a for a in scenario.corpus.answers}
    for row in rows:
        answer = by_url[row["url"]]
        assert row["author"] == answer.sender
        assert row["postcode"] == answer.postcode and row["town"] == answer.town
        assert row["organisation"] == answer.organisation
        assert row["title"].startswith(f"Høringssvar nr. {answer.number}: ")
        assert datetime.fromisoformat(row["date"]) == answer.published and row["text"]


def test_reddit_listings_and_threads_in_reddits_shape(crawled, scenario, server):
    posts = [p for sub_posts, _ in crawled["reddit"] for p in sub_posts]
    assert len(posts) == len({p["name"] for p in posts}) == len(scenario.corpus.reddit_posts)
    comments = []
    for _, threads in crawled["reddit"]:
        for post_listing, comment_listing in threads:
            assert post_listing["kind"] == comment_listing["kind"] == "Listing"
            (post,) = post_listing["data"]["children"]
            assert post["kind"] == "t3"
            thread_comments = list(comment_things(comment_listing))
            assert post["data"]["num_comments"] == sum(
                1 for c in thread_comments if c["author"] != "[deleted]"
            )
            comments.extend(thread_comments)
    assert len(comments) == len({c["name"] for c in comments}) == len(scenario.corpus.reddit_comments)
    assert all(c["link_id"].startswith("t3_") and c["parent_id"][:3] in ("t1_", "t3_") for c in comments)
    deleted = [c for c in comments if c["author"] == "[deleted]"]
    assert deleted and all(c["body"] == "[deleted]" and "author_fullname" not in c for c in deleted)
    assert all(server.origin + p["permalink"] == p["url"] for p in posts if p["is_self"])


def test_reddit_escapes_text_unless_raw_json(server, scenario):
    post = next(p for p in scenario.corpus.reddit_posts if p.selftext)
    escaped = fetch(f"{server.origin}/comments/{post.id36}.json").json()[0]["data"]["children"][0]["data"]
    raw = fetch(f"{server.origin}/comments/{post.id36}.json?raw_json=1").json()[0]["data"]["children"][0][
        "data"
    ]
    assert raw["selftext"] == post.selftext
    assert escaped["selftext_html"].startswith('&lt;div class="md"&gt;')
    assert raw["selftext_html"].startswith('<div class="md">')
    permalink_json = fetch(f"{server.origin}{post.permalink}.json").json()
    assert permalink_json[0]["data"]["children"][0]["data"]["id"] == post.id36


def test_mastodon_tag_timelines_page_by_link_header(crawled, scenario):
    for tag, statuses in crawled["mastodon"]:
        ids = [s["id"] for s in statuses]
        expected = [t for t in scenario.corpus.toots if tag in t.tags]
        assert len(ids) == len(set(ids)) == len(expected), tag
        assert ids == sorted(ids, key=int, reverse=True)
    union = {s["id"] for _, statuses in crawled["mastodon"] for s in statuses}
    assert union == {str(t.id) for t in scenario.corpus.toots}


def test_mastodon_status_and_account_entities(crawled):
    statuses = [s for _, page in crawled["mastodon"] for s in page]
    status = statuses[0]
    for key in (
        "id",
        "uri",
        "url",
        "created_at",
        "content",
        "account",
        "tags",
        "mentions",
        "visibility",
        "language",
    ):
        assert key in status
    assert status["content"].startswith("<p>") and 'class="mention hashtag"' in status["content"]
    assert datetime.fromisoformat(status["created_at"].replace("Z", "+00:00"))
    with_fields = [s["account"] for s in statuses if s["account"]["fields"]]
    assert with_fields and {"name", "value", "verified_at"} <= set(with_fields[0]["fields"][0])
    names = Counter(f["name"] for a in with_fields for f in a["fields"])
    assert names["Bor i"] + names["By"] + names["Location"] > 0
    replies = [s for s in statuses if s["in_reply_to_id"]]
    assert replies and all(s["mentions"] and 'class="u-url mention"' in s["content"] for s in replies)
    remote = [s for s in statuses if "@" in s["account"]["acct"]]
    assert remote and all(s["url"].startswith("https://") for s in remote)


def test_bluesky_search_pages_by_cursor_with_post_views(crawled, scenario):
    for query, posts in crawled["bluesky"]:
        uris = [p["uri"] for p in posts]
        assert len(uris) == len(set(uris)) and uris, query
        assert all(query.lstrip("#") in p["record"]["text"].lower() for p in posts)
    union = {p["uri"]: p for _, posts in crawled["bluesky"] for p in posts}
    assert len(union) == len(scenario.corpus.skeets)
    post = next(p for p in union.values() if "reply" in p["record"])
    assert post["uri"].startswith("at://did:plc:") and post["cid"].startswith("bafyrei")
    assert post["record"]["$type"] == "app.bsky.feed.post" and post["record"]["reply"]["root"]["uri"] in union
    for p in union.values():
        text = p["record"]["text"].encode()
        for facet in p["record"].get("facets", []):
            piece = text[facet["index"]["byteStart"] : facet["index"]["byteEnd"]].decode()
            feature = facet["features"][0]
            assert piece == (f"#{feature['tag']}" if "tag" in feature else feature["uri"])
    assert all(len(p["record"]["text"]) <= 300 for p in union.values())


def test_every_crawled_permalink_is_labelled_and_every_label_is_served(crawled, server):
    truth = server.truth
    urls = [e["link"] for e in crawled["news"]]
    urls += [r["url"] for r in crawled["letters"] + crawled["consultation"]]
    for posts, threads in crawled["reddit"]:
        urls += [server.origin + p["permalink"] for p in posts]
        urls += [
            server.origin + c["permalink"]
            for _, listing in threads
            for c in comment_things(listing)
            if c["author"] != "[deleted]"
        ]
    urls += list({s["url"] for _, statuses in crawled["mastodon"] for s in statuses})
    handles = {p["uri"]: p["author"]["handle"] for _, posts in crawled["bluesky"] for p in posts}
    urls += [f"https://bsky.app/profile/{h}/post/{uri.rsplit('/', 1)[1]}" for uri, h in handles.items()]
    assert len(urls) == len(set(urls))
    assert set(urls) == set(truth.labels)
    assert all(truth.label_for(u) is not None for u in urls)


def test_conditional_get_answers_304(server):
    url = server.origin + "/news/dansk-dagblad/rss.xml"
    first = fetch(url)
    assert fetch(url, {"If-None-Match": first.headers["etag"]}).status == 304
    assert fetch(url, {"If-Modified-Since": first.headers["last-modified"]}).status == 304
    assert fetch(url, {"If-None-Match": '"other"'}).status == 200


def test_unknown_paths_and_bad_parameters_give_clear_errors(server):
    assert fetch(server.origin + "/findes/ikke").status == 404
    assert fetch(server.origin + "/debat/laeserbreve?page=nul").status == 404
    assert fetch(server.origin + "/r/FindesIkke/new.json").status == 404
    bad = fetch(server.origin + "/api/v1/timelines/tag/aarhus?max_id=abc")
    assert bad.status == 422 and "max_id" in json.loads(bad.body)["error"]


def test_clock_hides_what_is_not_published_yet(scenario):
    from simulator import serve

    article = scenario.corpus.articles[len(scenario.corpus.articles) // 2]
    with serve(scenario, clock=article.published) as early:
        assert fetch(early.origin + article.path).status == 200
        later = next(a for a in scenario.corpus.articles if a.published > article.published)
        assert fetch(early.origin + later.path).status == 404
        listing = fetch(early.origin + "/debat/laeserbreve").text()
        newest_visible = max(x.published for x in scenario.corpus.letters if x.published <= article.published)
        assert str(max(x.id for x in scenario.corpus.letters if x.published == newest_visible)) in listing
        assert len(early.items("k")) < len(scenario.corpus.articles) + 10_000
        early.clock = scenario.horizon
        assert fetch(early.origin + later.path).status == 200


def test_a_busy_port_is_a_clear_config_error(server, scenario):
    from schema import ConfigError
    from simulator import serve

    port = int(server.origin.rsplit(":", 1)[1])
    with pytest.raises(ConfigError, match=f"cannot listen on 127.0.0.1:{port}.*choose another port"):
        serve(scenario, port=port)


def test_head_requests_and_permalink_pages(server, scenario):
    import urllib.request

    request = urllib.request.Request(server.origin + "/debat/laeserbreve", method="HEAD")
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 200 and response.read() == b""
        assert int(response.headers["Content-Length"]) > 1000
    post = scenario.corpus.reddit_posts[0]
    page = fetch(server.origin + post.permalink)
    assert page.status == 200 and page.headers["content-type"].startswith("text/html")
    local = next(
        t for t in scenario.corpus.toots if scenario.corpus.population.by_key[t.account].mastodon.host is None
    )
    account = scenario.corpus.population.by_key[local.account].mastodon
    assert fetch(f"{server.origin}/@{account.username}/{local.id}").status == 200
    assert fetch(f"{server.origin}/api/v1/accounts/{account.id}").json()["username"] == account.username
    statuses = fetch(f"{server.origin}/api/v1/accounts/{account.id}/statuses?limit=40").json()
    assert str(local.id) in {s["id"] for s in statuses} or len(statuses) == 40
    local_timeline = fetch(server.origin + "/api/v1/timelines/public?local=true&limit=40").json()
    assert local_timeline and all("@" not in s["account"]["acct"] for s in local_timeline)
