"""How a crawl is split into shares, and the per-host limits every crawl task obeys.

A host's sources stay in one share, so a share never waits for another to free its host; the
shares are balanced by number of sources (largest hosts first, each to the emptiest share). Inside
a share the hosts take turns, so its parallel slots go to different hosts. The Prefect tag
concurrency limit ``domain:<host>`` caps the crawls of one host across every process and worker,
whatever the shares (a second crawl run, a source crawled by hand, a changed partition count).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import zip_longest
from urllib.parse import urlsplit

from schema.settings import FileImportSource, Settings, SourceConfig

#: the tag prefix of a crawl task's host; Prefect limits tasks by tag
DOMAIN_TAG = "domain:"


def source_domain(source: SourceConfig) -> str | None:
    """The host a source is fetched from (its concurrency tag); None for file imports."""
    if isinstance(source, FileImportSource):
        return None
    urls: list[str] = []
    for name in ("feed_urls", "sitemap_urls", "start_urls", "base_url", "instance_url"):
        value = getattr(source, name, None)
        urls += value if isinstance(value, list) else [value] if isinstance(value, str) else []
    return urlsplit(urls[0]).hostname if urls else None


def interleave_hosts(sources: Sequence[SourceConfig]) -> list[SourceConfig]:
    """The sources with their hosts taking turns (first source of each host, then the second ...)."""
    groups = _by_host(sources)
    turns = zip_longest(*(groups[key] for key in sorted(groups)))
    return [s for turn in turns for s in turn if s is not None]


def crawl_shares(sources: Sequence[SourceConfig], count: int) -> list[list[SourceConfig]]:
    """Split sources into ``count`` shares (some may be empty); the same sources always split the same way.

    Examples:
        >>> [len(share) for share in crawl_shares(settings.sources, 2)]  # doctest: +SKIP
        [6, 5]
    """
    if count < 1:
        raise ValueError(f"a crawl needs at least one share, got {count}")
    groups = _by_host(sources)
    shares: list[list[SourceConfig]] = [[] for _ in range(count)]
    for key in sorted(groups, key=lambda k: (-len(groups[k]), k)):
        emptiest = min(range(count), key=lambda i: (len(shares[i]), i))
        shares[emptiest] += groups[key]
    return [interleave_hosts(share) for share in shares]


def ensure_domain_limits(settings: Settings, domains: Iterable[str]) -> None:
    """Set the Prefect tag limit of each host to ``flows.crawls_per_domain`` (unless that is null)."""
    per_domain = settings.flows.crawls_per_domain
    wanted = sorted(set(domains))
    if per_domain is None or not wanted:
        return
    from prefect import get_client

    with get_client(sync_client=True) as client:
        for domain in wanted:
            client.create_concurrency_limit(tag=f"{DOMAIN_TAG}{domain}", concurrency_limit=per_domain)


def _by_host(sources: Iterable[SourceConfig]) -> dict[str, list[SourceConfig]]:
    groups: dict[str, list[SourceConfig]] = {}
    for source in sorted(sources, key=lambda s: s.id):
        domain = source_domain(source)
        groups.setdefault(domain if domain is not None else f"source:{source.id}", []).append(source)
    return groups
