"""Text helpers: decoding with charset repair, mojibake repair, HTML fragments to text."""

from __future__ import annotations

import codecs
import html
import re

import lxml.html
from lxml import etree

# characters that a UTF-8 byte in 0x80..0xBF becomes when read as cp1252 or latin-1
_CONT = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    "\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
_MOJIBAKE = re.compile(f"(?:[\u00c2-\u00f4][{_CONT}]{{1,3}})+")
_LATIN1_ALIASES = {
    "latin-1",
    "latin1",
    "iso-8859-1",
    "iso8859-1",
    "l1",
    "windows-1252",
    "cp1252",
    "ascii",
    "us-ascii",
}
_BLOCKS = {
    "p",
    "div",
    "li",
    "blockquote",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "pre",
    "section",
    "article",
}


def _unmangle(match: re.Match[str]) -> str:
    chunk = match.group(0)
    for enc in ("cp1252", "latin-1"):
        try:
            return chunk.encode(enc).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return chunk


def fix_mojibake(text: str) -> str:
    """Repair UTF-8 text that was decoded as cp1252/latin-1 ('KÃ¸benhavn' -> 'København').

    Examples:
        >>> fix_mojibake("KÃ¸benhavn og Ã…rhus")
        'København og Århus'
    """
    return _MOJIBAKE.sub(_unmangle, text)


def _norm_encoding(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def decode_body(body: bytes, declared: str | None) -> tuple[str, str, bool]:
    """Decode a response body robustly; returns (text, encoding used, repaired).

    Valid UTF-8 with non-ASCII bytes is UTF-8 whatever the declaration says; bytes that are
    not valid UTF-8 are cp1252 (the browsers' reading of latin-1). Mojibake is repaired.
    ``repaired`` is True when the declaration was wrong or mojibake was fixed.
    """
    declared_norm = _norm_encoding(declared)
    if body.startswith(codecs.BOM_UTF8):
        text, used = body[3:].decode("utf-8", errors="replace"), "utf-8"
        repaired = False
    else:
        try:
            text, used = body.decode("utf-8"), "utf-8"
            non_ascii = not body.isascii()
            repaired = non_ascii and declared_norm is not None and declared_norm != "utf-8"
        except UnicodeDecodeError:
            used = declared_norm if declared_norm and declared_norm != "utf-8" else "cp1252"
            text = body.decode(used, errors="replace")
            repaired = declared_norm in (None, "utf-8")
    fixed = fix_mojibake(text)
    return fixed, used, repaired or fixed != text


def is_latin1_name(name: str | None) -> bool:
    """True for the names of latin-1/cp1252/ascii."""
    return bool(name) and str(name).lower() in _LATIN1_ALIASES


def clean_text(text: str) -> str:
    """Unescape entities, repair mojibake, collapse runs of spaces, keep paragraph breaks."""
    text = fix_mojibake(html.unescape(text)).replace("\r\n", "\n").replace("\xa0", " ")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return out.strip()


def html_fragment_to_text(fragment: str) -> tuple[str, list[str]]:
    """Text and outbound links of an HTML fragment (Mastodon content, a listing cell).

    Paragraphs become blank lines, ``<br>`` a newline; mention and hashtag links are not
    counted as outbound links.
    """
    if not fragment or not fragment.strip():
        return "", []
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return clean_text(re.sub(r"<[^>]+>", " ", fragment)), []
    return element_text(root), element_links(root)


def element_links(root: lxml.html.HtmlElement) -> list[str]:
    """Outbound http(s) links of an element, without mentions and hashtags."""
    links = []
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        classes = (a.get("class") or "").split()
        outbound = href.startswith(("http://", "https://")) and a.get("rel") != "tag"
        if outbound and not {"mention", "hashtag"} & set(classes):
            links.append(href)
    return list(dict.fromkeys(links))


def element_text(root: lxml.html.HtmlElement) -> str:
    """The visible text of an element with paragraph and line breaks kept."""
    for bad in root.xpath(".//script|.//style|.//noscript"):
        bad.drop_tree()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCKS:
            el.tail = "\n\n" + (el.tail or "")
    return clean_text(root.text_content())
