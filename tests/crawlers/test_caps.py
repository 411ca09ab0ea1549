"""Item caps: a capped crawl does not commit its cursors, so the next crawl picks up the rest."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawlers import Spool, run_crawl
from tests.crawlers.conftest import make_settings
from tests.crawlers.site import RecordedSite

RSS = "application/rss+xml; charset=utf-8"


@pytest.mark.slow
def test_item_cap_and_explicitly_named_disabled_source(site: RecordedSite, tmp_path: Path) -> None:
    site.add_fixture("/feeds/aarhus.xml", "rss", "feed_page1.xml", content_type=RSS, etag='"v1"')
    site.add_fixture("/feeds/aarhus.xml?page=2", "rss", "feed_page2.xml", content_type=RSS)
    for path, case in (
        ("/lokalt/aarhus/2026/03/10/borgere-vil-redde-traeerne.html", "traeer.html"),
        ("/lokalt/aarhus/2026/03/09/letbanen-korer-igen.html", "letbane.html"),
        ("/lokalt/aarhus/2026/03/05/skolelukning-tranbjerg.html", "letbane.html"),
    ):
        site.add_fixture(path, "article", case)
    source = {
        "kind": "news_feed",
        "id": "capped",
        "name": "Capped",
        "enabled": False,
        "max_items": 2,
        "feed_urls": [site.url("/feeds/aarhus.xml")],
    }
    settings = make_settings(tmp_path / "data", [source])
    assert run_crawl(settings).sources == []  # disabled: not crawled unless named
    first = run_crawl(settings, ["capped"])
    assert first.health("capped").items_new == 2
    second = run_crawl(settings, ["capped"])  # no 304: the capped crawl committed no validators
    assert second.health("capped").items_new == 1 and second.health("capped").duplicates == 2
    third = run_crawl(settings, ["capped"])
    assert third.items_new == 0 and site.hits["/feeds/aarhus.xml"] == 3
    with Spool(settings.data_dir / "spool") as spool:
        assert spool.count() == 3
