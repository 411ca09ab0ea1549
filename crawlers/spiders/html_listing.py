"""The generic HTML-listing spider: høringsportaler, læserbreve, dagsordener, driven by selectors."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from functools import partial
from typing import Any

from parsel import Selector
from scrapy.http import Response, TextResponse

from crawlers.items import DraftItem, RawAuthor
from crawlers.parsers.dates import parse_date
from crawlers.parsers.listing import ListingEntry, extract_fields, parse_listing, split_signature
from crawlers.spiders.base import SourceSpider
from schema import SourceKind, canonical_url, content_hash, post_id, url_id
from schema.settings import HtmlListingSource


class HtmlListingSpider(SourceSpider[HtmlListingSource]):
    """Listing pages -> items (-> detail pages). Paging by ``next_page`` up to ``max_pages``.

    Paging stops early on a page whose items are all known and unchanged.
    """

    kind = SourceKind.HTML_LISTING

    async def start(self) -> AsyncIterator[Any]:
        """The first listing page of each start URL."""
        for url in self.source.start_urls:
            if self.next_page(url):
                yield self.request(url, self.parse_listing, cb_kwargs={"start": url})

    def parse_listing(self, response: Response, start: str) -> Iterator[Any]:
        """Items of one listing page, then the next page."""
        if not isinstance(response, TextResponse):
            self.health.error("not_html", f"{response.url}: binary response")
            return
        entries, next_url = parse_listing(
            response.text, response.url, self.source.selectors, self.source.selector_type
        )
        if not entries:
            self.health.error("no_items", f"{response.url}: the item selector matched nothing")
            return
        self.health.response_ok()
        fresh = 0
        for entry in entries:
            where = canonical_url(entry.link) if entry.link else f"{canonical_url(start)}#{entry.anchor}"
            key = f"item:{where}"
            signature = content_hash(repr(sorted(entry.fields.items())))[:16]
            if self.state.is_seen(key, signature):
                self.health.unchanged()
                continue
            fresh += 1
            seen = (key, signature)
            if entry.link and self.source.selectors.link:
                yield self.request(
                    entry.link,
                    self.parse_detail,
                    cb_kwargs={"entry": entry, "seen": seen},
                    fallback=partial(self._fallback, entry, seen, response.url),
                )
            else:
                yield from self._draft(entry, entry.fields, response.url, seen, start=start)
        if next_url and fresh and self.want_more() and self.next_page(next_url):
            yield self.request(next_url, self.parse_listing, cb_kwargs={"start": start})

    def parse_detail(
        self, response: Response, entry: ListingEntry, seen: tuple[str, str]
    ) -> Iterator[DraftItem]:
        """The detail page of an item: fields not on the listing are read here."""
        if not isinstance(response, TextResponse):
            self.health.error("not_html", f"{response.url}: binary response")
            return
        self.health.response_ok()
        page = Selector(text=response.text, base_url=response.url)
        detail = extract_fields(page, self.source.selectors, self.source.selector_type)
        fields = {**detail, **{k: v for k, v in entry.fields.items() if k != "text"}}
        if "text" in detail or "text" not in entry.fields:
            fields["text"] = detail.get("text", "")
        else:
            fields["text"] = entry.fields["text"]
        yield from self._draft(entry, fields, response.url, seen)

    def _fallback(
        self, entry: ListingEntry, seen: tuple[str, str], listing_url: str, transient: bool
    ) -> Iterator[DraftItem]:
        """The listing's own fields when the detail page failed (not marked seen if the failure may pass)."""
        return self._draft(entry, entry.fields, listing_url, None if transient else seen)

    def _draft(
        self,
        entry: ListingEntry,
        fields: dict[str, str],
        url: str,
        seen: tuple[str, str] | None,
        start: str | None = None,
    ) -> Iterator[DraftItem]:
        if start is None:
            canonical = canonical_url(url)
            item_id, native, permalink = url_id(canonical), None, url
        else:
            native = f"{canonical_url(start)}#{entry.anchor}"
            item_id, permalink, canonical = (
                post_id(self.source.platform.value, native),
                f"{url}#{entry.anchor}",
                native,
            )
        text = fields.get("text", "")
        signature = fields.get("signature")
        name = fields.get("author")
        town, postcode = fields.get("town"), fields.get("postcode")
        if signature:
            sig_name, sig_town, sig_postcode = split_signature(signature)
            name, town, postcode = name or sig_name, town or sig_town, postcode or sig_postcode
            text = _strip_signature(text, signature)
        postcode = _postcode(postcode)
        yield from self.emit(
            DraftItem(
                id=item_id,
                source_id=self.source_id,
                source_kind=self.kind,
                platform=self.source.platform,
                url=permalink,
                canonical_url=canonical,
                native_id=native,
                title=fields.get("title"),
                text=text,
                published_at=self._date(fields.get("date"), url),
                author=self._author(item_id, name, town, postcode, fields.get("organisation")),
                links=entry.links,
                seen=seen,
            )
        )

    def _author(
        self, item_id: str, name: str | None, town: str | None, postcode: str | None, organisation: str | None
    ) -> RawAuthor | None:
        if not (name or town or postcode or organisation):
            return None
        ident = f"{name}, {town}" if name and town else name or organisation or f"anonym:{item_id}"
        return RawAuthor(
            id=ident, name=name, signature_town=town, postcode=postcode, organisation=organisation
        )

    def _date(self, value: str | None, url: str) -> datetime | None:
        parsed = parse_date(value, self.source.date_format)
        if parsed is None:
            self.health.error("bad_date", f"{url}: cannot read the date {value!r}")
        return parsed


def _postcode(value: str | None) -> str | None:
    m = re.search(r"\b(\d{4})\b", value or "")
    return m.group(1) if m else None


def _strip_signature(text: str, signature: str) -> str:
    """Remove a trailing signature line that repeats the signature field."""
    lines = text.rstrip().split("\n")
    if lines and lines[-1].strip(" -–—") == signature.strip(" -–—"):
        return "\n".join(lines[:-1]).rstrip()
    return text
