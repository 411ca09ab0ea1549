"""Configurable HTML listings: fields found by CSS/XPath selectors from the YAML config."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urljoin

import lxml.html
from parsel import Selector, SelectorList

from crawlers.parsers.text import clean_text, element_text
from schema import content_hash
from schema.settings import FieldSelectors

SelectorType = Literal["css", "xpath"]
FIELDS = ("title", "text", "date", "author", "signature", "postcode", "town", "organisation")
_SIGNATURE = re.compile(r"^(?:af|skrevet af|indsendt af)\s+", re.IGNORECASE)
_POSTCODE_TOWN = re.compile(r"^(?:DK-)?(\d{4})\s+(.+)$")


@dataclass
class ListingEntry:
    """One item on a listing page: the fields found there, its detail link and a stable anchor."""

    fields: dict[str, str] = field(default_factory=dict)
    link: str | None = None
    anchor: str = ""
    links: list[str] = field(default_factory=list)


def select(scope: Selector, query: str, selector_type: SelectorType) -> SelectorList[Selector]:
    """Apply one configured selector."""
    return scope.css(query) if selector_type == "css" else scope.xpath(query)


def value_of(found: SelectorList[Selector]) -> str | None:
    """Text of what a selector found: strings as they are, elements as their visible text."""
    parts: list[str] = []
    for sel in found:
        root = sel.root
        if isinstance(root, str):
            parts.append(root)
        elif isinstance(root, lxml.html.HtmlElement):
            parts.append(element_text(lxml.html.fromstring(lxml.html.tostring(root, encoding="unicode"))))
        else:
            parts.append(str(sel.get()))
    text = clean_text("\n".join(p for p in parts if p and p.strip()))
    return text or None


def href_of(found: SelectorList[Selector], base_url: str) -> str | None:
    """The URL a link selector points at (an ``a`` element or an attribute value)."""
    for sel in found:
        root = sel.root
        value = root if isinstance(root, str) else sel.attrib.get("href")
        if value and value.strip() and not value.strip().startswith(("javascript:", "#", "mailto:")):
            return urljoin(base_url, value.strip())
    return None


def extract_fields(scope: Selector, selectors: FieldSelectors, selector_type: SelectorType) -> dict[str, str]:
    """Every configured field found in a scope (an item, or a whole detail page)."""
    out: dict[str, str] = {}
    for name in FIELDS:
        query = getattr(selectors, name)
        if query:
            value = value_of(select(scope, query, selector_type))
            if value:
                out[name] = value
    return out


def parse_listing(
    html: str, url: str, selectors: FieldSelectors, selector_type: SelectorType
) -> tuple[list[ListingEntry], str | None]:
    """Items of a listing page and the next page's URL."""
    page = Selector(text=html, base_url=url)
    entries = []
    for node in select(page, selectors.item, selector_type):
        entry = ListingEntry(fields=extract_fields(node, selectors, selector_type))
        if selectors.link:
            entry.link = href_of(select(node, selectors.link, selector_type), url)
        element_id = node.attrib.get("id") if not isinstance(node.root, str) else None
        entry.anchor = element_id or content_hash(node.get())[:16]
        entry.links = [
            urljoin(url, h)
            for h in node.css("a::attr(href)").getall()
            if h.startswith(("http://", "https://"))
        ]
        entries.append(entry)
    next_url = href_of(select(page, selectors.next_page, selector_type), url) if selectors.next_page else None
    return entries, next_url


def split_signature(signature: str) -> tuple[str | None, str | None, str | None]:
    """'Jens Hansen, Viby J' -> (name, town, postcode); also 'Navn, 8260 Viby J'.

    Examples:
        >>> split_signature("Jens Hansen, 8260 Viby J")
        ('Jens Hansen', 'Viby J', '8260')
    """
    line = _SIGNATURE.sub("", clean_text(signature).split("\n")[-1]).strip(" -–—")
    if "," not in line:
        return (line or None), None, None
    name, _, place = line.rpartition(",")
    place = place.strip(" .")
    m = _POSTCODE_TOWN.match(place)
    if m:
        return name.strip() or None, m.group(2).strip(), m.group(1)
    return name.strip() or None, place or None, None
