"""News sites: RSS 2.0 feeds paged with RFC 5005 links, and article pages with JSON-LD + OpenGraph."""

from __future__ import annotations

import json
from datetime import datetime
from email.utils import format_datetime
from html import escape
from xml.sax.saxutils import escape as xml_escape

from simulator.corpus import Article, Outlet
from simulator.server._html import Response, html_response, iso_local, local, page, paragraphs, time_tag

FEED_PAGE_SIZE = 50
RSS = "application/rss+xml; charset=utf-8"
_ATOM = "http://www.w3.org/2005/Atom"


def rss_feed(
    outlet: Outlet, visible: list[Article], page_no: int, origin: str, authors: dict[str, str]
) -> Response:
    """One page of an outlet's feed, newest first; ``visible`` is newest first already."""
    pages = max(1, -(-len(visible) // FEED_PAGE_SIZE))
    chunk = visible[(page_no - 1) * FEED_PAGE_SIZE : page_no * FEED_PAGE_SIZE]
    feed = f"{origin}/news/{outlet.slug}/rss.xml"
    links = [
        f'<atom:link rel="self" type="application/rss+xml" href="{_page_url(feed, page_no)}"/>',
        f'<atom:link rel="first" href="{feed}"/>',
        f'<atom:link rel="last" href="{_page_url(feed, pages)}"/>',
    ]
    if page_no > 1:
        links.append(f'<atom:link rel="previous" href="{_page_url(feed, page_no - 1)}"/>')
    if page_no < pages:
        links.append(f'<atom:link rel="next" href="{_page_url(feed, page_no + 1)}"/>')
    items = "\n".join(_item(a, origin, authors[a.author]) for a in chunk)
    built = format_datetime(local(visible[0].published)) if visible else ""
    area = "hele Danmark" if outlet.municipality is None else outlet.name.split()[0]
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="{_ATOM}" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>{xml_escape(outlet.name)} – Nyheder</title>
<link>{origin}/news/{outlet.slug}/</link>
<description>Nyheder fra {xml_escape(area)}</description>
<language>da</language>
<lastBuildDate>{built}</lastBuildDate>
<ttl>15</ttl>
{chr(10).join(links)}
{items}
</channel>
</rss>
"""
    headers = {"Last-Modified": format_datetime(visible[0].published, usegmt=True)} if visible else {}
    return Response(200, RSS, xml.encode("utf-8"), headers)


def _page_url(feed: str, page_no: int) -> str:
    return feed if page_no == 1 else f"{feed}?page={page_no}"


def _item(article: Article, origin: str, author: str) -> str:
    url = origin + article.path
    return (
        f"<item><title>{xml_escape(article.title)}</title><link>{url}</link>"
        f'<guid isPermaLink="true">{url}</guid><pubDate>{format_datetime(local(article.published))}</pubDate>'
        f"<dc:creator>{xml_escape(author)}</dc:creator><category>{xml_escape(article.section)}</category>"
        f"<description>{xml_escape(article.lead)}</description></item>"
    )


def article_page(
    outlet: Outlet, article: Article, origin: str, author: str, clock: datetime, related: list[Article]
) -> Response:
    """The article as a news site serves it: metadata in head, boilerplate around the text."""
    url = origin + article.path
    updated = article.updated if article.updated and article.updated <= clock else None
    modified = updated or article.published
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "description": article.lead,
        "datePublished": iso_local(article.published),
        "dateModified": iso_local(modified),
        "author": [{"@type": "Person", "name": author}],
        "articleSection": article.section,
        "inLanguage": "da-DK",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "isAccessibleForFree": True,
        "publisher": {
            "@type": "Organization",
            "name": outlet.name,
            "logo": {"@type": "ImageObject", "url": f"{origin}/static/{outlet.slug}-logo.png"},
        },
    }
    meta = {
        "og:type": "article",
        "og:title": article.title,
        "og:description": article.lead,
        "og:url": url,
        "og:site_name": outlet.name,
        "og:locale": "da_DK",
        "article:published_time": iso_local(article.published),
        "article:modified_time": iso_local(modified),
        "article:section": article.section,
        "article:author": author,
    }
    head = "\n".join(
        [
            f'<meta name="description" content="{escape(article.lead)}">',
            f'<link rel="canonical" href="{url}">',
            *(f'<meta property="{k}" content="{escape(v)}">' for k, v in meta.items()),
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
        ]
    )
    note = (
        f'<p class="opdatering"><em>{escape(article.update_note)}</em></p>'
        if updated and article.update_note
        else ""
    )
    also = "".join(f'<li><a href="{r.path}">{escape(r.title)}</a></li>' for r in related)
    body = f"""<article class="artikel">
<p class="sektion">{escape(article.section)}</p>
<h1>{escape(article.title)}</h1>
<p class="byline">Af <span class="forfatter">{escape(author)}</span> · {time_tag(article.published)}</p>
<div class="artikel-tekst">
<p class="manchet"><strong>{escape(article.lead)}</strong></p>
{paragraphs(article.paragraphs)}
{note}
</div>
</article>
<aside class="laes-ogsaa"><h2>Læs også</h2><ul>{also}</ul></aside>
<div class="nyhedsbrev">Få de vigtigste lokale nyheder i din indbakke.
<a href="/nyhedsbrev">Tilmeld dig nyhedsbrevet</a></div>"""
    nav = (
        f'<nav class="hovedmenu"><a href="/news/{outlet.slug}/">Forside</a> '
        '<a href="/debat/laeserbreve">Debat</a></nav>'
    )
    return html_response(page(article.title, body, site=outlet.name, head=head, nav=nav))


def outlet_front(outlet: Outlet, visible: list[Article]) -> Response:
    """A front page listing the newest articles (for people opening the demo in a browser)."""
    items = "".join(
        f'<li><a href="{a.path}">{escape(a.title)}</a> {time_tag(a.published, False)}</li>'
        for a in visible[:30]
    )
    body = (
        f'<h1>{escape(outlet.name)}</h1><p><a href="/news/{outlet.slug}/rss.xml">RSS</a></p><ul>{items}</ul>'
    )
    return html_response(page(outlet.name, body, site=outlet.name))
