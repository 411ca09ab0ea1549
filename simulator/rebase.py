"""Point the demo configuration's sources at a demo server on another origin."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from schema.settings import (
    BlueskySource,
    HtmlListingSource,
    MastodonSource,
    NewsFeedSource,
    NewsSitemapSource,
    RedditSource,
    Settings,
    SourceConfig,
)

_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


def rebase_url(url: str, origin: str) -> str:
    """Replace a loopback URL's scheme and host:port with ``origin``; other URLs stay as they are.

    Examples:
        >>> rebase_url("http://127.0.0.1:8765/news/a/rss.xml?page=2", "http://127.0.0.1:40123")
        'http://127.0.0.1:40123/news/a/rss.xml?page=2'
    """
    parts = urlsplit(url)
    if parts.hostname not in _LOOPBACK:
        return url
    target = urlsplit(origin)
    return urlunsplit((target.scheme, target.netloc, parts.path, parts.query, parts.fragment))


def rebase_sources(settings: Settings, origin: str) -> Settings:
    """A copy of ``settings`` whose local (loopback) source URLs point at ``origin``.

    Sources on real hosts are left alone, so a configuration may mix demo and real sources.

    Raises:
        ValueError: ``origin`` is not a bare http(s) origin.

    Examples:
        >>> with serve(generate()) as server:  # doctest: +SKIP
        ...     settings = rebase_sources(load_settings("config/demo.yaml"), server.origin)
    """
    origin = origin.rstrip("/")
    parts = urlsplit(origin)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.path:
        raise ValueError(
            f"origin must look like 'http://127.0.0.1:8765' (scheme and host only), got {origin!r}"
        )
    return settings.model_copy(update={"sources": [_rebase(s, origin) for s in settings.sources]})


def _rebase(source: SourceConfig, origin: str) -> SourceConfig:
    if isinstance(source, NewsFeedSource):
        return source.model_copy(update={"feed_urls": [rebase_url(u, origin) for u in source.feed_urls]})
    if isinstance(source, NewsSitemapSource):
        return source.model_copy(
            update={"sitemap_urls": [rebase_url(u, origin) for u in source.sitemap_urls]}
        )
    if isinstance(source, HtmlListingSource):
        return source.model_copy(update={"start_urls": [rebase_url(u, origin) for u in source.start_urls]})
    if isinstance(source, RedditSource | BlueskySource):
        return source.model_copy(update={"base_url": rebase_url(source.base_url, origin)})
    if isinstance(source, MastodonSource):
        return source.model_copy(update={"instance_url": rebase_url(source.instance_url, origin)})
    return source
