"""Faults never crash a crawl: they are retried, then recorded in SourceHealth.errors by kind."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crawlers import Spool, run_crawl
from tests.conftest import fixture_bytes
from tests.crawlers.conftest import make_settings
from tests.crawlers.site import RecordedSite

RSS = "application/rss+xml; charset=utf-8"
JSON = "application/json; charset=utf-8"


def _feed(site: RecordedSite, path: str, links: list[str]) -> None:
    items = "".join(
        f"<item><title>Nyhed {n}</title><link>{{origin}}{link}</link>"
        f"<description>Kort om nyhed {n} fra Aarhus.</description>"
        f"<pubDate>Tue, 10 Mar 2026 08:{n:02d}:00 +0100</pubDate></item>"
        for n, link in enumerate(links)
    )
    site.add(
        path,
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{items}</channel></rss>',
        content_type=RSS,
    )


def _trap_page(path: str) -> bytes:
    n = int(re.search(r"page=(\d+)", path).group(1)) if "page=" in path else 1  # type: ignore[union-attr]
    return (
        f'<html><body><div class="post" id="p{n}"><p class="t">Referat af byrådsmøde nr. {n}</p>'
        f'<span class="d">{n % 28 + 1}. marts 2026</span></div>'
        f'<a class="next" href="/trap?page={n + 1}">Næste</a>'
        "</body></html>"
    ).encode()


def _serve_faults(site: RecordedSite) -> None:
    article = fixture_bytes("article", "letbane.html")
    # transient faults that pass: 429 with Retry-After, then 500 twice, then success
    _feed(site, "/flaky.xml", ["/flaky/a.html"])
    site.routes["/flaky.xml"].fail_times, site.routes["/flaky.xml"].fail_status = 1, 429
    site.routes["/flaky.xml"].fail_headers = {"Retry-After": "0"}
    site.add("/flaky/a.html", article, fail_times=2, fail_status=503)
    # permanent server error on the feed
    site.add("/down.xml", "", status=500)
    # timeouts, connection resets, malformed JSON
    site.add(
        "/slow/r/Aarhus/new.json", fixture_bytes("reddit", "new_page2.json"), content_type=JSON, delay=2.5
    )
    site.add("/reset/api/v1/timelines/tag/aarhus", b"[]", content_type=JSON, reset=True)
    site.add("/bad/r/Aarhus/new.json", b'{"kind": "Listing", "data": {"children": [', content_type=JSON)
    # robots.txt, redirect loop, oversized page, mojibake, a rate limit, a pagination trap
    _feed(site, "/mixed.xml", ["/private/a.html", "/loop/a", "/big.html", "/mojibake.html", "/ok.html"])
    site.add("/private/a.html", article)
    site.add("/loop/a", b"", status=302, headers={"Location": "/loop/b"})
    site.add("/loop/b", b"", status=302, headers={"Location": "/loop/a"})
    site.add("/big.html", b"<html><body><p>" + b"stor side " * 20_000 + b"</p></body></html>")
    mangled = (
        fixture_bytes("article", "skole_latin1.html")
        .decode()
        .encode("utf-8")
        .decode("cp1252")
        .encode("utf-8")
    )
    site.add("/mojibake.html", mangled, content_type="text/html; charset=iso-8859-1")
    reset_at = (datetime.now(UTC) + timedelta(seconds=1)).isoformat()
    site.add("/ok.html", article, headers={"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset_at})
    site.add("/trap", b"", dynamic=_trap_page)


def _sources(site: RecordedSite) -> list[dict[str, object]]:
    o = site.origin
    return [
        {"kind": "news_feed", "id": "flaky", "name": "Flaky", "feed_urls": [f"{o}/flaky.xml"]},
        {"kind": "news_feed", "id": "down", "name": "Down", "feed_urls": [f"{o}/down.xml"]},
        {
            "kind": "reddit",
            "id": "slow",
            "name": "Slow",
            "base_url": f"{o}/slow",
            "subreddits": ["Aarhus"],
            "include_comments": False,
        },
        {
            "kind": "mastodon",
            "id": "reset",
            "name": "Reset",
            "instance_url": f"{o}/reset",
            "hashtags": ["aarhus"],
        },
        {
            "kind": "reddit",
            "id": "badjson",
            "name": "Bad JSON",
            "base_url": f"{o}/bad",
            "subreddits": ["Aarhus"],
        },
        {"kind": "news_feed", "id": "mixed", "name": "Mixed", "feed_urls": [f"{o}/mixed.xml"]},
        {
            "kind": "html_listing",
            "id": "trap",
            "name": "Trap",
            "platform": "council",
            "start_urls": [f"{o}/trap"],
            "max_pages": 3,
            "selectors": {"item": "div.post", "text": "p.t", "date": "span.d", "next_page": "a.next"},
        },
    ]


@pytest.mark.slow
def test_faults_are_retried_recorded_and_never_stop_other_sources(site: RecordedSite, tmp_path: Path) -> None:
    _serve_faults(site)
    settings = make_settings(
        tmp_path / "data", _sources(site), timeout_s=1, max_response_mb=0.05, max_redirects=3, retries=2
    )
    report = run_crawl(settings)
    health = {h.source_id: h for h in report.sources}
    items = {i.url: i for _, i in Spool(settings.data_dir / "spool").read("t")}
    o = site.origin

    flaky = health["flaky"]
    assert flaky.items_new == 1 and flaky.errors == {} and flaky.status == "ok"
    assert site.hits["/flaky.xml"] == 2 and site.hits["/flaky/a.html"] == 3

    assert health["down"].status == "failed" and health["down"].errors == {"http_500": 1}
    assert health["slow"].errors == {"timeout": 1} and health["slow"].status == "failed"
    assert site.hits["/slow/r/Aarhus/new.json?limit=100&raw_json=1"] == 3  # 1 try + 2 retries
    assert health["reset"].errors == {"connection": 1}
    assert health["badjson"].errors == {"malformed_json": 1}

    mixed = health["mixed"]
    assert mixed.errors["robots"] == 1 and "/private/a.html" not in site.hits
    assert mixed.errors["redirect_loop"] == 1
    assert mixed.errors["oversized"] == 1
    assert mixed.errors["charset"] == 1 and mixed.errors["rate_limited"] == 1
    assert "Søren Ærø Østergård" in items[f"{o}/mojibake.html"].text
    # pages that failed for good still give the feed entry's own text
    assert items[f"{o}/big.html"].text == "Kort om nyhed 2 fra Aarhus."
    assert mixed.status == "degraded" and mixed.items_new == 5

    trap = health["trap"]
    assert trap.errors == {"page_cap": 1} and trap.items_new == 3 and site.hits["/trap?page=4"] == 0

    # transient failures: the source's state is not committed, so the next crawl tries again
    assert report.exit_code == 0
    second = run_crawl(settings, ["down"])
    assert site.hits["/down.xml"] == 6
    assert second.sources[0].status == "failed"
