"""Downloader middlewares: retries with back-off, platform rate limits, charset repair."""

from __future__ import annotations

import asyncio
import random
import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from scrapy import Request
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse

from crawlers.parsers.dates import parse_rate_limit_reset
from crawlers.parsers.text import decode_body

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler

_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding=["']([A-Za-z0-9_\-]+)""")


def _record(crawler: Crawler, kind: str, message: str) -> None:
    health = getattr(crawler.spider, "health", None)
    if health is not None:
        health.error(kind, message)


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry of 429/5xx/timeouts/resets, waiting before each retry.

    The wait is the server's ``Retry-After`` when it sends one, otherwise an exponential
    back-off (``RETRY_BACKOFF_BASE`` * 2^n with jitter), capped by ``RETRY_BACKOFF_MAX``.
    """

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        """Build with the back-off settings."""
        mw = super().from_crawler(crawler)
        mw.backoff_base = crawler.settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        mw.backoff_max = crawler.settings.getfloat("RETRY_BACKOFF_MAX", 60.0)
        return mw

    backoff_base: float
    backoff_max: float

    def _delay(self, request: Request, response: Response | None) -> float:
        if response is not None:
            after = response.headers.get(b"Retry-After")
            if after:
                try:
                    return min(float(after.decode()), self.backoff_max)
                except ValueError:
                    reset = parse_rate_limit_reset(after.decode())
                    if reset is not None:
                        return max(0.0, min((reset - datetime.now(UTC)).total_seconds(), self.backoff_max))
        tries = int(request.meta.get("retry_times", 0))
        return min(float(self.backoff_base * (2**tries) * random.uniform(0.8, 1.2)), self.backoff_max)

    async def process_response(self, request: Request, response: Response) -> Request | Response:  # type: ignore[override]
        """Wait, then retry a retryable status (or give the response on)."""
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        if int(request.meta.get("retry_times", 0)) < int(
            request.meta.get("max_retry_times", self.max_retry_times)
        ):
            await asyncio.sleep(self._delay(request, response))
        return self._retry(request, f"HTTP {response.status}") or response

    async def process_exception(self, request: Request, exception: Exception) -> Request | Response | None:  # type: ignore[override]
        """Wait, then retry a retryable network failure."""
        if not isinstance(exception, self.exceptions_to_retry) or request.meta.get("dont_retry", False):
            return None
        if int(request.meta.get("retry_times", 0)) < int(
            request.meta.get("max_retry_times", self.max_retry_times)
        ):
            await asyncio.sleep(self._delay(request, None))
        return self._retry(request, exception)


class RateLimitMiddleware:
    """Honours ``X-RateLimit-Remaining``/``X-RateLimit-Reset`` (Mastodon, Reddit) per host.

    When a host says only a few requests are left, requests to it wait until the reset
    (at most ``RATELIMIT_MAX_WAIT`` seconds).
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.reserve = crawler.settings.getint("RATELIMIT_RESERVE", 1)
        self.max_wait = crawler.settings.getfloat("RATELIMIT_MAX_WAIT", 300.0)
        self._paused_until: dict[str, datetime] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        """Build from the crawler's settings."""
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        """Wait while the request's host is rate-limited."""
        until = self._paused_until.get(urlsplit(request.url).netloc)
        if until is None:
            return
        wait = (until - datetime.now(UTC)).total_seconds()
        if wait > 0:
            await asyncio.sleep(min(wait, self.max_wait))
        self._paused_until.pop(urlsplit(request.url).netloc, None)

    def process_response(self, request: Request, response: Response) -> Response:
        """Read the rate-limit headers of a response."""
        remaining = response.headers.get(b"X-RateLimit-Remaining")
        if remaining is None:
            return response
        try:
            left = float(remaining.decode())
        except ValueError:
            return response
        if left <= self.reserve:
            raw_reset = response.headers.get(b"X-RateLimit-Reset")
            reset = parse_rate_limit_reset(raw_reset.decode() if raw_reset else None)
            if reset is not None:
                self._paused_until[urlsplit(request.url).netloc] = reset
                _record(
                    self.crawler, "rate_limited", f"{urlsplit(request.url).netloc} until {reset.isoformat()}"
                )
        return response


class RedirectLoopMiddleware:
    """Stops a redirect back to a URL already visited in the same redirect chain.

    Scrapy's duplicate filter would otherwise drop such a request silently; here it fails
    with ``IgnoreRequest`` and the source's health records a ``redirect_loop``.
    """

    def process_response(self, request: Request, response: Response) -> Response:
        """Raise on a redirect whose target was already visited in this chain."""
        if response.status not in (301, 302, 303, 307, 308) or b"Location" not in response.headers:
            return response
        target = urljoin(request.url, (response.headers.get(b"Location") or b"").decode("latin-1"))
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if target in chain:
            raise IgnoreRequest(f"redirect loop: {' -> '.join([*chain, target])}")
        return response


class CharsetRepairMiddleware:
    """Re-decodes text responses whose declared charset is wrong and repairs mojibake.

    æøå in cp1252/latin-1 declared as UTF-8 (and the reverse) become proper text; the
    repair is recorded in the source's health as ``charset``.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        """Build for a crawler."""
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        """Return a UTF-8 copy of the response when its text needed repair."""
        if not isinstance(response, TextResponse) or not response.body or request.meta.get("raw_body"):
            return response
        declared = _declared_charset(response)
        text, used, repaired = decode_body(response.body, declared)
        if not repaired:
            return response
        _record(self.crawler, "charset", f"{response.url}: declared {declared or 'nothing'}, read as {used}")
        return response.replace(body=text.encode("utf-8"), encoding="utf-8")


def _declared_charset(response: TextResponse) -> str | None:
    content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
    m = re.search(r"charset=([\w\-]+)", content_type, re.IGNORECASE)
    if m:
        return m.group(1)
    head = response.body[:4096]
    found = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return found.group(1).decode("ascii") if found else None
