"""The base of the generic spiders: one per source kind, driven by a source config (a pydantic model)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar, Generic, TypeVar

import scrapy
from pydantic import BaseModel
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadTimeoutError,
    IgnoreRequest,
)
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import TimeoutError as TwistedTimeoutError
from twisted.python.failure import Failure

from crawlers.context import CrawlContext
from crawlers.health import HealthTracker
from crawlers.items import DraftItem
from crawlers.spool import Spool
from crawlers.state import SourceState
from schema import SourceKind

S = TypeVar("S", bound=BaseModel)
#: how far behind the last crawl's newest item each crawl looks again (new comments, edits)
REVISIT = timedelta(hours=48)
#: items to yield when a request fails for good; gets whether the failure was transient
Fallback = Callable[[bool], Iterable[DraftItem]]


def classify_failure(failure: Failure) -> tuple[str, bool]:
    """The error kind of a failed request and whether it may pass (transient)."""
    exc = failure.value
    if isinstance(exc, HttpError):
        status = exc.response.status
        return f"http_{status}", status in (408, 429) or status >= 500
    if isinstance(exc, IgnoreRequest):
        text = str(exc).lower()
        if "robots" in text:
            return "robots", False
        if "redirect" in text:
            return "redirect_loop", False
        return "ignored", False
    if isinstance(exc, DownloadTimeoutError | TwistedTimeoutError | TimeoutError):
        return "timeout", True
    if isinstance(exc, DownloadCancelledError):
        return ("oversized", False) if "size" in str(exc).lower() else ("cancelled", True)
    if isinstance(exc, CannotResolveHostError):
        return "dns", True
    return "connection", True


class SourceSpider(scrapy.Spider, Generic[S]):
    """A spider for one source: errbacks everywhere, page and item caps, state and health.

    Subclasses set ``kind`` and implement ``start``; the source config arrives as a
    pydantic model (``source``), the shared run context as ``context``.
    """

    kind: ClassVar[SourceKind]
    name = "debatradar"

    def __init__(self, source: S, context: CrawlContext, **kwargs: Any) -> None:
        super().__init__(name=f"{self.kind.value}.{getattr(source, 'id', 'source')}", **kwargs)
        self.source: S = source
        self.source_id: str = getattr(source, "id")  # noqa: B009
        self.context = context
        data_dir = context.settings.data_dir
        self.spool = Spool(data_dir / "spool")
        self.state = SourceState(data_dir / "state", self.source_id)
        last = self.state.get("last_success")
        self.health = HealthTracker(
            context.run_id,
            self.source_id,
            self.kind,
            context.sink,
            datetime.fromisoformat(last) if last else None,
        )
        self.max_pages: int = getattr(source, "max_pages", 20)
        self.max_items: int = getattr(source, "max_items", 5000)
        self._pages: set[str] = set()
        self._queued = 0
        self._newest: dict[str, float] = {}
        self._capped = False
        self.health.emit("started")

    # requests
    def request(
        self,
        url: str,
        callback: Callable[..., Any],
        *,
        fallback: Fallback | None = None,
        conditional: bool = False,
        **kwargs: Any,
    ) -> scrapy.Request:
        """A request with this spider's errback; ``conditional`` adds If-None-Match/If-Modified-Since."""
        meta = dict(kwargs.pop("meta", None) or {})
        headers = dict(kwargs.pop("headers", None) or {})
        if fallback is not None:
            meta["fallback"] = fallback
        if conditional:
            etag, modified = self.state.validators(url)
            if etag:
                headers["If-None-Match"] = etag
            if modified:
                headers["If-Modified-Since"] = modified
            meta["handle_httpstatus_list"] = [304]
            meta["conditional_url"] = url
        return scrapy.Request(
            url, callback=callback, errback=self.on_error, meta=meta, headers=headers, **kwargs
        )

    def stage_validators(self, response: Response) -> None:
        """Keep a conditional response's ETag/Last-Modified for the next crawl."""
        url = response.meta.get("conditional_url")
        if url and response.status == 200:
            etag = response.headers.get(b"ETag")
            modified = response.headers.get(b"Last-Modified")
            self.state.stage_validators(
                url,
                etag.decode("latin-1") if etag else None,
                modified.decode("latin-1") if modified else None,
            )

    def on_error(self, failure: Failure) -> Iterator[DraftItem]:
        """Record a failed request by kind; yield the request's fallback items, if any."""
        request = getattr(failure, "request", None)
        url = request.url if request is not None else "?"
        kind, transient = classify_failure(failure)
        self.health.error(kind, f"{url}: {failure.getErrorMessage()}"[:300], transient=transient)
        fallback = request.meta.get("fallback") if request is not None else None
        if fallback is not None:
            yield from fallback(transient)

    # caps
    def next_page(self, url: str) -> bool:
        """May another listing/feed page be fetched? Records page caps and pagination loops."""
        if url in self._pages:
            self.health.error("pagination_loop", f"{url} was already fetched in this crawl")
            return False
        if len(self._pages) >= self.max_pages:
            self.health.error("page_cap", f"stopped after {self.max_pages} pages at {url}")
            return False
        self._pages.add(url)
        return True

    def want_more(self) -> bool:
        """False once the source's item cap is reached (the crawl then does not commit its cursors)."""
        if self._queued >= self.max_items:
            self._capped = True
            return False
        return True

    def emit(self, draft: DraftItem) -> Iterator[DraftItem]:
        """Yield a draft unless the item cap is reached (then the next crawl picks up the rest)."""
        if self.want_more():
            self._queued += 1
            yield draft

    def horizon(self, key: str, times: list[datetime]) -> float:
        """Page back until this Unix time: the last clean crawl's newest item minus a revisit window.

        Stages the newest time seen now; it is committed only when the crawl ends cleanly.
        Returns 0 (no horizon) on the first crawl.
        """
        committed = self.state.get(key)
        newest = max((t.timestamp() for t in times), default=None)
        floor = max(self._newest.get(key, 0.0), float(committed) if committed else 0.0)
        if newest is not None and newest > floor:
            self._newest[key] = newest
            self.state.stage(key, str(newest))
        return 0.0 if committed is None else float(committed) - REVISIT.total_seconds()

    def closed(self, reason: str) -> None:
        """Commit the state when the crawl finished cleanly; report the source's health."""
        if reason == "closespider_timeout":
            self.health.error("source_timeout", "the source's wall-clock cap was reached")
        elif reason not in ("finished", "shutdown"):
            self.health.error("closed", reason)
        health = self.health.health()
        clean = reason == "finished" and self.health.transient_failures == 0 and not self._capped
        if clean and health.status != "failed":
            self.state.commit()
        if health.status != "failed":
            self.state.put("last_success", datetime.now(UTC).isoformat())
        self.health.emit("finished")
        self.state.close()
        self.spool.close()
