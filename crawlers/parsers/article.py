"""Article pages: main text with trafilatura, metadata from JSON-LD and OpenGraph (extruct)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.html
import trafilatura
from extruct.jsonld import JsonLdExtractor
from extruct.opengraph import OpenGraphExtractor
from lxml import etree

from crawlers.parsers.dates import parse_date
from crawlers.parsers.text import clean_text

_ARTICLE_TYPES = {
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "OpinionNewsArticle",
    "AnalysisNewsArticle",
    "BlogPosting",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "LiveBlogPosting",
    "Report",
}


@dataclass
class Article:
    """What an article page says about itself."""

    title: str | None = None
    text: str = ""
    author: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    section: str | None = None
    lang: str | None = None
    canonical: str | None = None
    description: str | None = None
    links: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def parse_article(html: str, url: str) -> Article:
    """Extract an article page. Never raises on bad HTML: problems are listed in ``problems``."""
    article = Article()
    if not html.strip():
        article.problems.append("empty page")
        return article
    try:
        doc = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as err:
        article.problems.append(f"malformed_html: {err}")
        return article
    meta = _metadata(doc, url, article.problems)
    article.lang = (doc.get("lang") or "").split("-")[0].lower() or meta.get("lang")
    article.canonical = _canonical(doc, url)
    article.links = _outbound_links(doc, url)
    extracted = _trafilatura(html, url, article.problems)
    article.title = meta.get("title") or (extracted.get("title") if extracted else None)
    article.text = clean_text((extracted or {}).get("text") or "") or meta.get("body", "")
    article.author = meta.get("author") or (extracted.get("author") if extracted else None)
    article.published = meta.get("published") or parse_date((extracted or {}).get("date"))
    article.updated = meta.get("updated")
    article.section = meta.get("section") or _first((extracted or {}).get("categories"))
    article.description = meta.get("description")
    if article.title:
        article.title = clean_text(article.title)
        first, _, rest = article.text.partition("\n")
        if first.strip() == article.title and rest.strip():
            article.text = rest.strip()
    return article


def _first(value: Any) -> str | None:
    if isinstance(value, list):
        return str(value[0]) if value else None
    return str(value) if value else None


def _trafilatura(html: str, url: str, problems: list[str]) -> dict[str, Any] | None:
    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            favor_precision=True,
            fast=True,
        )
    except Exception as err:  # trafilatura raises many kinds on odd markup
        problems.append(f"extraction_failed: {type(err).__name__}: {err}")
        return None
    if result is None:
        return None
    return result if isinstance(result, dict) else dict(result.as_dict())


def _metadata(doc: lxml.html.HtmlElement, url: str, problems: list[str]) -> dict[str, Any]:
    """JSON-LD (schema.org NewsArticle & co.) first, then OpenGraph."""
    out: dict[str, Any] = {}
    for node in _jsonld_articles(doc, url, problems):
        out.setdefault("title", _first(node.get("headline")) or _first(node.get("name")))
        out.setdefault("published", parse_date(_first(node.get("datePublished"))))
        out.setdefault("updated", parse_date(_first(node.get("dateModified"))))
        out.setdefault("author", _person(node.get("author")))
        out.setdefault("section", _first(node.get("articleSection")))
        out.setdefault("description", _first(node.get("description")))
        out.setdefault("lang", _first(node.get("inLanguage")))
        if node.get("articleBody"):
            out.setdefault("body", clean_text(str(node["articleBody"])))
    try:
        og = {
            k: v
            for item in OpenGraphExtractor().extract_items(doc, url)
            for k, v in item.get("properties", [])
        }
    except Exception as err:  # extruct passes on lxml/namespace errors
        problems.append(f"malformed_opengraph: {err}")
        og = {}
    for key, prop in (
        ("title", "og:title"),
        ("description", "og:description"),
        ("section", "article:section"),
    ):
        if not out.get(key) and og.get(prop):
            out[key] = og[prop]
    if not out.get("published"):
        out["published"] = parse_date(og.get("article:published_time"))
    if not out.get("updated"):
        out["updated"] = parse_date(og.get("article:modified_time"))
    if (
        not out.get("author")
        and og.get("article:author")
        and not str(og["article:author"]).startswith("http")
    ):
        out["author"] = og["article:author"]
    if not out.get("lang") and og.get("og:locale"):
        out["lang"] = str(og["og:locale"]).split("_")[0]
    return {k: v for k, v in out.items() if v}


def _jsonld_articles(doc: lxml.html.HtmlElement, url: str, problems: list[str]) -> list[dict[str, Any]]:
    try:
        items = list(JsonLdExtractor().extract_items(doc, url))
    except (ValueError, TypeError, json.JSONDecodeError) as err:
        problems.append(f"malformed_jsonld: {err}")
        return []
    found: list[dict[str, Any]] = []
    stack: list[Any] = list(items)
    while stack:
        node = stack.pop(0)
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            types = node.get("@type")
            names = set(types) if isinstance(types, list) else {types}
            if names & _ARTICLE_TYPES:
                found.append(node)
            if "@graph" in node:
                stack.extend(node["@graph"] if isinstance(node["@graph"], list) else [node["@graph"]])
    return found


def _person(value: Any) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_person(v) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        return _first(value.get("name"))
    return str(value) if value else None


def _canonical(doc: lxml.html.HtmlElement, url: str) -> str | None:
    """The page's rel=canonical, trusted only on the same host and not pointing at the home page."""
    for href in doc.xpath("//link[@rel='canonical']/@href"):
        absolute = urljoin(url, str(href).strip())
        parts = urlsplit(absolute)
        if parts.netloc.lower() == urlsplit(url).netloc.lower() and parts.path not in ("", "/"):
            return absolute
    return None


def _outbound_links(doc: lxml.html.HtmlElement, url: str) -> list[str]:
    """Links to other sites from the article body (not navigation, header or footer)."""
    host = urlsplit(url).netloc.lower()
    scope = doc.xpath("//article") or doc.xpath("//main") or [doc]
    links = []
    for a in scope[0].iter("a"):
        if a.xpath("ancestor::nav|ancestor::header|ancestor::footer"):
            continue
        href = urljoin(url, (a.get("href") or "").strip())
        if href.startswith(("http://", "https://")) and urlsplit(href).netloc.lower() != host:
            links.append(href)
    return list(dict.fromkeys(links))[:50]
