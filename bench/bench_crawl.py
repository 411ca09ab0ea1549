"""Benchmark: the news-feed crawl (extract, pseudonymise, spool) against a bare Scrapy download.

A local site serves 5,000 Danish article pages (JSON-LD + OpenGraph) behind 10 RSS feeds,
each paged with <atom:link rel="next"> (5 pages of 100 entries). In the same run, alternating:

- debatradar: ``crawlers.run_crawl`` with one news_feed source (a real subprocess: feeds,
  article extraction with trafilatura + extruct, validation, pseudonymisation, fsync'd spool);
- baseline: a bare Scrapy spider in a subprocess with the same politeness settings that only
  follows the feeds and downloads the same pages.

Reports medians over the runs (pages/s, items/s, wall time, peak RSS of the crawl process)
and the ratio debatradar/baseline. Reproduce with:

    .venv/bin/python bench/bench_crawl.py --runs 3
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FEEDS, PAGES_PER_FEED, PER_PAGE = 10, 5, 100
ARTICLES = FEEDS * PAGES_PER_FEED * PER_PAGE
TOPICS = [
    "letbanen",
    "skolelukning i Tranbjerg",
    "træerne på Ingerslevs Boulevard",
    "p-afgifter i Frederiksbjerg",
    "cykelstien på Randersvej",
    "solcelleparken ved Mols Bjerge",
    "budgettet for 2027",
    "Aarhus Festuge",
]


def _article(n: int) -> bytes:
    topic = TOPICS[n % len(TOPICS)]
    paragraphs = "".join(
        f"<p>Afsnit {k}: Borgere i Aarhus diskuterer {topic}. Byrådet behandler sagen, og mange har sendt "
        f"høringssvar. Debatten fortsætter på borgermødet i næste uge, hvor rådmanden deltager.</p>"
        for k in range(6)
    )
    return (
        f'<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Nyhed {n} om {topic}</title>'
        f'<meta property="og:title" content="Nyhed {n} om {topic}">'
        f'<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",'
        f'"headline":"Nyhed {n} om {topic}","datePublished":"2026-03-{n % 28 + 1:02d}T08:00:00+01:00",'
        f'"author":{{"@type":"Person","name":"Journalist {n % 40}"}},"articleSection":"Aarhus"}}</script>'
        f'</head><body><header><nav><a href="/">Forside</a></nav></header>'
        f"<main><article><h1>Nyhed {n} om {topic}</h1>"
        f"{paragraphs}</article></main><footer>© Bench Avis</footer></body></html>"
    ).encode()


def _feed(origin: str, feed: int, page: int) -> bytes:
    start = (feed * PAGES_PER_FEED + page) * PER_PAGE
    items = "".join(
        f"<item><title>Nyhed {n}</title><link>{origin}/a/{n}.html</link><guid>{origin}/a/{n}.html</guid>"
        f"<pubDate>Tue, 10 Mar 2026 08:00:00 +0100</pubDate></item>"
        for n in range(start, start + PER_PAGE)
    )
    nxt = (
        f'<atom:link rel="next" href="{origin}/feed/{feed}.xml?page={page + 1}"/>'
        if page + 1 < PAGES_PER_FEED
        else ""
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">'
        f"<channel><title>Bench {feed}</title>{nxt}{items}</channel></rss>"
    ).encode()


def _serve_forever(queue: multiprocessing.Queue[str]) -> None:
    """The benchmark site in its own process (so that it never competes for the crawlers' GIL)."""
    _server, origin = serve()
    queue.put(origin)
    threading.Event().wait()


def serve() -> tuple[ThreadingHTTPServer, str]:
    """Start the benchmark site on a free port."""
    pages = {n: _article(n) for n in range(ARTICLES)}
    origin_box: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: object) -> None:
            return

        def do_GET(self) -> None:
            path = self.path
            if path == "/robots.txt":
                body, ctype = b"User-agent: *\nAllow: /\n", "text/plain"
            elif m := re.match(r"^/feed/(\d+)\.xml(?:\?page=(\d+))?$", path):
                body, ctype = _feed(origin_box[0], int(m[1]), int(m[2] or 0)), "application/rss+xml"
            elif m := re.match(r"^/a/(\d+)\.html$", path):
                body, ctype = pages[int(m[1])], "text/html; charset=utf-8"
            else:
                body, ctype = b"nope", "text/plain"
                self.send_response(404)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    origin_box.append(f"http://127.0.0.1:{server.server_address[1]}")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, origin_box[0]


def _baseline_worker(feeds: list[str]) -> None:
    """A bare Scrapy spider: follow the feeds, download every article, parse nothing."""
    import scrapy
    from scrapy.crawler import AsyncCrawlerProcess

    counts = {"pages": 0}

    class Bare(scrapy.Spider):
        name = "bare"

        async def start(self):  # type: ignore[no-untyped-def]
            for url in feeds:
                yield scrapy.Request(url, callback=self.parse_feed)

        def parse_feed(self, response):  # type: ignore[no-untyped-def]
            counts["pages"] += 1
            text = response.text
            for link in re.findall(r"<link>([^<]+)</link>", text):
                yield scrapy.Request(link, callback=self.parse_page)
            nxt = re.search(r'rel="next" href="([^"]+)"', text)
            if nxt:
                yield scrapy.Request(nxt.group(1), callback=self.parse_feed)

        def parse_page(self, response):  # type: ignore[no-untyped-def]
            counts["pages"] += 1

    process = AsyncCrawlerProcess(json.loads(os.environ["BENCH_SCRAPY_SETTINGS"]))
    process.crawl(Bare)
    process.start()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"pages": counts["pages"], "peak_rss": peak}))


def run_baseline(feeds: list[str], scrapy_settings: dict[str, object]) -> dict[str, float]:
    """One baseline run in a subprocess."""
    env = {**os.environ, "BENCH_SCRAPY_SETTINGS": json.dumps(scrapy_settings)}
    started, cpu = time.perf_counter(), _children_cpu()
    out = subprocess.run(
        [sys.executable, __file__, "--baseline-worker", *feeds],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    wall, cpu = time.perf_counter() - started, _children_cpu() - cpu
    result = json.loads(out.stdout.strip().splitlines()[-1])
    return {"wall": wall, "cpu": cpu, "pages": result["pages"], "items": 0, "peak_rss": result["peak_rss"]}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_debatradar(feeds: list[str], data_root: Path, n: int) -> dict[str, float]:
    """One run of the real crawl into a fresh data directory."""
    from crawlers import run_crawl
    from schema.settings import Settings

    settings = Settings(
        municipalities=[{"code": "0751", "name": "Aarhus"}],
        data_dir=data_root / f"run{n}",
        sources=[
            {
                "kind": "news_feed",
                "id": "bench",
                "name": "Bench Avis",
                "feed_urls": feeds,
                "max_pages": 100,
                "max_items": ARTICLES * 2,
            }
        ],
        crawl=CRAWL,
    )
    started, cpu = time.perf_counter(), _children_cpu()
    report = run_crawl(settings)
    wall, cpu = time.perf_counter() - started, _children_cpu() - cpu
    health = report.sources[0]
    log = Path(report.log_path or "").read_text(encoding="utf-8", errors="replace")
    peak = max((int(m) for m in re.findall(r"'memusage/max': (\d+)", log)), default=0)
    pages = FEEDS * PAGES_PER_FEED + health.items_fetched
    assert health.items_new == ARTICLES, f"expected {ARTICLES} items, got {health.items_new}: {health}"
    return {"wall": wall, "cpu": cpu, "pages": pages, "items": health.items_new, "peak_rss": peak}


CRAWL = {
    "download_delay_s": 0,
    "autothrottle": False,
    "concurrency_per_domain": 16,
    "timeout_s": 30,
    "retries": 2,
    "source_timeout_s": 1800,
    "log_level": "INFO",
}


def main() -> None:
    """Run the benchmark and print a markdown table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline-worker", nargs="*")
    args = parser.parse_args()
    if args.baseline_worker is not None:
        _baseline_worker(args.baseline_worker)
        return
    os.environ.setdefault("DEBATRADAR_SECRETS__PSEUDONYM_KEY", "bench-key-not-secret")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from crawlers.settings import scrapy_settings
    from schema.settings import Settings

    queue: multiprocessing.Queue[str] = multiprocessing.Queue()
    site = multiprocessing.Process(target=_serve_forever, args=(queue,), daemon=True)
    site.start()
    origin = queue.get(timeout=60)
    feeds = [f"{origin}/feed/{f}.xml" for f in range(FEEDS)]
    base_settings = Settings(municipalities=[{"code": "0751", "name": "Aarhus"}], crawl=CRAWL)
    bare = {k: v for k, v in scrapy_settings(base_settings).items() if k not in ("ITEM_PIPELINES",)}
    bare["DOWNLOADER_MIDDLEWARES"] = {}
    bare["LOG_LEVEL"] = "WARNING"
    ours, base = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(args.runs):
            base.append(run_baseline(feeds, bare))
            ours.append(run_debatradar(feeds, Path(tmp), n))
            print(
                f"run {n + 1}: baseline {base[-1]['wall']:.1f} s, debatradar {ours[-1]['wall']:.1f} s",
                file=sys.stderr,
            )
    site.terminate()

    def med(rows: list[dict[str, float]], key: str) -> float:
        return statistics.median(r[key] for r in rows)

    def rate(rows: list[dict[str, float]], key: str) -> float:
        return statistics.median(r[key] / r["wall"] for r in rows)

    title = f"{ARTICLES:,} article pages behind {FEEDS} paged RSS feeds, {args.runs} runs, medians"
    print(f"\n### Crawl benchmark ({title})\n")
    print("| crawler | wall s | pages/s | items/s | CPU ms/page | peak RSS MiB |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, rows in (("bare Scrapy download (baseline)", base), ("debatradar news_feed crawl", ours)):
        items = f"{rate(rows, 'items'):.0f}" if med(rows, "items") else "–"
        cpu_ms = statistics.median(1000 * r["cpu"] / r["pages"] for r in rows)
        print(
            f"| {name} | {med(rows, 'wall'):.1f} | {rate(rows, 'pages'):.0f} | {items} | "
            f"{cpu_ms:.1f} | {med(rows, 'peak_rss') / 2**20:.0f} |"
        )
    ours_cpu = statistics.median(r["cpu"] / r["pages"] for r in ours)
    cpu_ratio = ours_cpu / statistics.median(r["cpu"] / r["pages"] for r in base)
    speed = rate(ours, "pages") / rate(base, "pages")
    print(f"\nratio debatradar/baseline: pages/s {speed:.2f}, CPU per page {cpu_ratio:.1f}x")
    print(
        f"load average at the end: {os.getloadavg()[0]:.1f} (other work on the machine slows both crawlers)"
    )
    print(
        f"machine: {os.cpu_count()} cores; reproduce: "
        f".venv/bin/python bench/bench_crawl.py --runs {args.runs}"
    )


if __name__ == "__main__":
    main()
