"""Shared pieces of the simulated web pages: the page frame, Danish dates, responses."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from html import escape
from zoneinfo import ZoneInfo

from simulator.topics._generic import MONTHS

TZ = ZoneInfo("Europe/Copenhagen")
HTML = "text/html; charset=utf-8"
JSON = "application/json; charset=utf-8"


@dataclass(frozen=True)
class Response:
    """What the site answers: status, content type, body and extra headers."""

    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def etag(self) -> str:
        """A strong validator of the body (for conditional GETs)."""
        return '"' + hashlib.sha256(self.body).hexdigest()[:20] + '"'


def html_response(text: str, status: int = 200) -> Response:
    """An HTML page in UTF-8."""
    return Response(status, HTML, text.encode("utf-8"))


def local(moment: datetime) -> datetime:
    """A UTC moment in Danish local time."""
    return moment.astimezone(TZ)


def danish_date(moment: datetime, with_time: bool = True) -> str:
    """'20. november 2026 kl. 14.05' in Danish local time."""
    t = local(moment)
    day = f"{t.day}. {MONTHS[t.month - 1]} {t.year}"
    return f"{day} kl. {t:%H.%M}" if with_time else day


def iso_local(moment: datetime) -> str:
    """ISO 8601 with the Danish UTC offset, e.g. '2026-11-20T14:05:12+01:00'."""
    return local(moment).isoformat(timespec="seconds")


def time_tag(moment: datetime, with_time: bool = True) -> str:
    """A <time> element with a machine-readable datetime and Danish text."""
    return f'<time datetime="{iso_local(moment)}">{danish_date(moment, with_time)}</time>'


def paragraphs(texts: list[str] | tuple[str, ...]) -> str:
    """Paragraphs of escaped text."""
    return "\n".join(f"<p>{escape(t)}</p>" for t in texts)


def page(title: str, body: str, *, site: str, head: str = "", nav: str = "") -> str:
    """A full HTML5 page with the boilerplate real sites have (menu, cookie notice, footer)."""
    menu = nav or (
        '<nav class="hovedmenu"><a href="/">Forside</a> <a href="/debat/laeserbreve">Debat</a> '
        '<a href="/hoering/">Høringer</a></nav>'
    )
    return f"""<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} | {escape(site)}</title>
{head}
</head>
<body>
<div class="cookie-banner" role="dialog">Vi bruger cookies til statistik. <button>OK</button></div>
<header class="site-header"><a class="logo" href="/">{escape(site)}</a>
{menu}
</header>
<main>
{body}
</main>
<footer class="site-footer"><p>{escape(site)} · Simuleret demo-indhold til Debatradar ·
Alle personer er fiktive</p></footer>
</body>
</html>
"""


def pager(base: str, page_no: int, pages: int) -> str:
    """A pagination nav with rel=prev/next links ('Forrige', 'Side 2 af 9', 'Næste')."""
    sep = "&" if "?" in base else "?"
    parts = []
    if page_no > 1:
        parts.append(f'<a rel="prev" class="forrige" href="{base}{sep}page={page_no - 1}">Forrige</a>')
    parts.append(f'<span class="side">Side {page_no} af {max(pages, 1)}</span>')
    if page_no < pages:
        parts.append(f'<a rel="next" class="naeste" href="{base}{sep}page={page_no + 1}">Næste</a>')
    return f'<nav class="pagination">{" ".join(parts)}</nav>'


def page_number(query: dict[str, list[str]]) -> int | None:
    """The ?page= number (1 when absent); None when it is not a positive integer."""
    raw = query.get("page", ["1"])[0]
    return int(raw) if raw.isdigit() and int(raw) >= 1 else None


def not_found(site: str, what: str = "Siden findes ikke.") -> Response:
    """A Danish 404 page."""
    return html_response(page("Siden blev ikke fundet", f"<h1>404</h1><p>{escape(what)}</p>", site=site), 404)
