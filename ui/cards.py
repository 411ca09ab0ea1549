"""Document lists as safe HTML cards: everything escaped except the store's <mark> highlights.

Authors appear as a pseudonym (or a public actor's name) in plain text: there is deliberately no
link from an author to anything else they wrote.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from ui import fmt
from ui.i18n import t

_MARK = re.compile(r"(</?mark>)", re.IGNORECASE)
_SAFE_SCHEMES = ("http://", "https://")

CARD_CSS = """
<style>
.dr-cards{display:flex;flex-direction:column;gap:.6rem;font-family:inherit}
.dr-card{border:1px solid #dde1e6;border-radius:.5rem;padding:.6rem .8rem;background:#fff}
.dr-card h4{margin:0 0 .2rem 0;font-size:1rem;line-height:1.3}
.dr-card h4 a{color:#1f5f8b;text-decoration:none}
.dr-meta{color:#5b6570;font-size:.8rem;margin-bottom:.3rem}
.dr-text{font-size:.9rem;line-height:1.45;color:#1d232a}
.dr-card mark{background:#ffe58a;padding:0 .1rem;border-radius:.15rem}
.dr-badge{display:inline-block;border-radius:.6rem;padding:0 .45rem;font-size:.75rem;color:#fff}
</style>
"""


@dataclass(frozen=True)
class Card:
    """What a document card shows."""

    title: str | None
    url: str
    published_at: datetime
    platform: str
    source: str | None
    author: str | None
    fragments: list[str]
    place: str | None = None


def highlight(fragment: str) -> str:
    """Escape a highlight fragment, keeping only <mark>…</mark> as markup."""
    parts = _MARK.split(fragment)
    out = []
    for part in parts:
        if part.lower() in {"<mark>", "</mark>"}:
            out.append(part.lower())
        else:
            out.append(html.escape(html.unescape(part), quote=False))
    text = "".join(out)
    # balance a mark the fragment boundary cut off
    return text + "</mark>" * max(0, text.count("<mark>") - text.count("</mark>"))


def snippet(text: str, limit: int = 280) -> str:
    """The start of a text, cut at a word and escaped (a card fragment without highlights)."""
    cut = text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"
    return html.escape(cut, quote=False)


def render(cards: Iterable[Card]) -> str:
    """The HTML of a list of document cards (for st.html, which also sanitises it)."""
    items = []
    for card in cards:
        title = html.escape(card.title or t("docs.untitled"))
        link = html.escape(card.url, quote=True) if card.url.startswith(_SAFE_SCHEMES) else ""
        heading = f'<a href="{link}" target="_blank" rel="noopener noreferrer">{title}</a>' if link else title
        meta = [fmt.moment(card.published_at), fmt.platform(card.platform)]
        if card.source:
            meta.append(card.source)
        if card.place:
            meta.append(card.place)
        meta.append(t("docs.author", author=card.author) if card.author else t("docs.no_author"))
        body = " … ".join(highlight(f) for f in card.fragments if f)
        items.append(
            f'<div class="dr-card"><h4>{heading}</h4>'
            f'<div class="dr-meta">{html.escape(" · ".join(meta))}</div>'
            f'<div class="dr-text">{body}</div></div>'
        )
    return CARD_CSS + '<div class="dr-cards">' + "".join(items) + "</div>"
