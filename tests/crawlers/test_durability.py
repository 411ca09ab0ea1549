"""A kill -9 in the middle of a crawl loses nothing already spooled; the resumed crawl completes it."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from crawlers import CrawlProgress, Spool, run_crawl
from tests.crawlers.conftest import make_settings
from tests.crawlers.site import RecordedSite

N = 60


def _pid_of_run(run_id: str) -> int | None:
    """The crawl subprocess of one run (found by its run id on the command line)."""
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if b"crawlers.run" in cmdline and run_id.encode() in cmdline:
                return int(entry.name)
    return None


def _serve(site: RecordedSite) -> None:
    items = "".join(
        f"<item><title>Artikel {n}</title><link>{{origin}}/a/{n}.html</link>"
        f"<pubDate>Tue, 10 Mar 2026 {n // 60 + 8:02d}:{n % 60:02d}:00 +0100</pubDate></item>"
        for n in range(N)
    )
    site.add(
        "/feed.xml",
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{items}</channel></rss>',
        content_type="application/rss+xml",
    )
    for n in range(N):
        body = (
            f"<html lang='da'><body><article><h1>Artikel {n}</h1><p>Brødtekst nummer {n} om trafik og "
            f"skoler i Aarhus Kommune, med nok ord til at blive genkendt som en artikel.</p>"
            "</article></body></html>"
        )
        site.add(f"/a/{n}.html", body, delay=0.05)


@pytest.mark.slow
def test_kill_9_mid_crawl_then_resume_loses_nothing_and_duplicates_nothing(
    site: RecordedSite, tmp_path: Path
) -> None:
    _serve(site)
    source = {"kind": "news_feed", "id": "feed", "name": "Feed", "feed_urls": [site.url("/feed.xml")]}
    settings = make_settings(tmp_path / "data", [source], concurrency_per_domain=1)
    reported: list[int] = []

    def kill_midway(progress: CrawlProgress) -> None:
        reported.append(progress.items_new)
        if progress.items_new >= 10 and not reported[:-1].count(-1):
            pid = _pid_of_run(progress.run_id)
            if pid is not None:
                os.kill(pid, signal.SIGKILL)
                reported.append(-1)

    first = run_crawl(settings, on_progress=kill_midway)
    assert -1 in reported, "the crawl finished before it could be killed"
    assert first.exit_code == -signal.SIGKILL
    assert first.sources[0].status == "failed" and "crawl_process" in first.sources[0].errors
    spool = Spool(settings.data_dir / "spool")
    kept = spool.count()
    assert 10 <= kept < N  # everything reported as written is there, and the crawl was cut short

    second = run_crawl(settings)
    assert second.sources[0].status == "ok"
    assert spool.count() == N and spool.count_items() == N
    assert second.items_new == N - kept and second.items_updated == 0
    assert sorted(int(i.title.split()[-1]) for _, i in spool.read("t") if i.title) == list(range(N))
    third = run_crawl(settings)
    assert third.items_new == 0 and spool.count() == N
    spool.close()
