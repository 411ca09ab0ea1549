"""Cleaning: HTML remnants, Markdown, quoted replies and boilerplate out; signatures split off."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

_BLOCK_TAGS = re.compile(r"(?i)<\s*(?:br|/p|/div|/li|/h[1-6]|/tr|/blockquote|p|div|li|h[1-6]|tr)\b[^>]*>")
_DROP_BLOCKS = re.compile(r"(?is)<\s*(script|style|noscript|template)\b.*?<\s*/\s*\1\s*>")
_COMMENTS = re.compile(r"(?s)<!--.*?-->")
_TAGS = re.compile(r"</?[a-zA-Z][^<>]{0,500}>")
_MD_LINK = re.compile(r"!?\[([^\]\n]{0,300})\]\((?:https?://|/)[^)\s]{0,2000}\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n{3,}")
_BOILERPLATE = re.compile(
    r"(?i)^\W*(?:læs også|læs mere|se også|relaterede artikler|del artiklen"
    r"|del på (?:facebook|x|twitter|linkedin)|annonce|reklame|foto|arkivfoto|grafik"
    r"|modtag (?:vores )?nyhedsbrev|tilmeld dig (?:vores |vort )?nyhedsbrev|abonn[eé]r|abonnement"
    r"|log ind|opret (?:en )?profil"
    r"|artiklen fortsætter|fortsætter under annoncen|udgivet|publiceret|opdateret"
    r"|vi bruger cookies|accepter(?: alle)? cookies|cookie|hør artiklen|lyt til artiklen|print artiklen"
    r"|kommentarer \(\d+\)|\d+ kommentarer|følg os på"
    r"|(?:dette|indlægget|debatindlæg(?:get)?) (?:er|udtrykker) (?:udtryk for )?skribentens"
    r"|artiklen er mere end|denne artikel er over|skriv til debatten"
    r"|send dit debatindlæg|sponsoreret|tip redaktionen|ritzau)\b"
)
_MAX_BOILERPLATE_LINE = 160
#: boilerplate lines are only looked for in texts with at least this many lines (articles)
_ARTICLE_LINES = 3

_GREETING = re.compile(
    r"(?i)^(?:med\s+)?(?:venlig(?:st)?|kærlig)\s+hilsen\b[,:.]?\s*|^(?:mvh|vh|kh|hilsen|hilsner)\b\.?[,:]?\s*"
)
_NAME = re.compile(
    r"^[A-ZÆØÅ][\w'’.-]*(?:\s+(?:[A-ZÆØÅ][\w'’.-]*|af|von|van|de|la|le|du))*"
    r"(?:\s*\([^()]{1,40}\))?$"
)
_POSTCODE_TOWN = re.compile(r"^(?:DK-?)?(\d{4})\s+([A-ZÆØÅ].{1,40})$")
_INLINE_SIGNATURE = re.compile(
    r"(?<=[.!?\"”])\s+((?:[A-ZÆØÅ][\w'’.-]+\s+){1,4}[A-ZÆØÅ][\w'’.-]+,\s*[^.!?\n]{2,80})\s*$"
)


@dataclass(frozen=True, slots=True)
class Signature:
    """A 'Navn, By' signature taken off the end of a letter (the name itself is not kept)."""

    text: str
    town: str | None
    postcode: str | None


def clean_text(text: str) -> str:
    """Text without markup, zero-width characters, quoted replies and boilerplate lines.

    Examples:
        >>> clean_text("<p>Red <b>skoven</b> &amp; søen!</p><p>Læs også: Ny sti</p>")
        'Red skoven & søen!'
    """
    text = unicodedata.normalize("NFC", text)
    if "<" in text and ">" in text:
        text = _COMMENTS.sub(" ", text)
        text = _DROP_BLOCKS.sub(" ", text)
        text = _BLOCK_TAGS.sub("\n", text)
        text = _TAGS.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    if "](" in text:
        text = _MD_LINK.sub(r"\1", text)
    if "**" in text or "__" in text:
        text = _MD_EMPHASIS.sub(r"\2", text)
    text = _ZERO_WIDTH.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    raw_lines = [_SPACES.sub(" ", raw).strip() for raw in text.split("\n")]
    article = sum(1 for line in raw_lines if line) >= _ARTICLE_LINES
    lines = []
    for line in raw_lines:
        if line.startswith(">") or (
            article and len(line) <= _MAX_BOILERPLATE_LINE and _BOILERPLATE.match(line)
        ):
            continue
        lines.append(line)
    if not any(lines):  # only quotes (or a flattened reply that starts with one): keep the words
        lines = [line.lstrip("> ") for line in raw_lines]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def split_signature(text: str, is_place: Callable[[str], bool]) -> tuple[str, Signature | None]:
    r"""Take a closing 'Navn, By' signature off a letter; `is_place` says whether a string is a place.

    Recognised: 'Jens Hansen, Viby J', 'Karen Sørensen, Skolevej 3, 8543 Hornslet',
    'Mvh Ole Berg, Lystrup', a name line followed by a town line, and a signature at the end
    of a one-paragraph letter ('... beslutningen. Jens Hansen, Viby J').

    Examples:
        >>> body, sig = split_signature("Bevar skoven!\\n\\nJens Hansen, Viby J", lambda s: s == "Viby J")
        >>> body, sig.town
        ('Bevar skoven!', 'Viby J')
    """
    lines = text.rstrip().split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    if len(lines) >= 2:
        found = _from_lines(lines, is_place)
        if found is not None:
            cut, signature = found
            return "\n".join(lines[:cut]).rstrip(), signature
    match = _INLINE_SIGNATURE.search(text[-200:])
    if match:
        inline = _parse_line(match.group(1), is_place)
        if inline is not None:
            return text[: len(text) - len(text[-200:]) + match.start(1)].rstrip(), inline
    return text, None


def _from_lines(lines: list[str], is_place: Callable[[str], bool]) -> tuple[int, Signature] | None:
    last = lines[-1].strip()
    signature = _parse_line(last, is_place)
    if signature is not None:
        return _with_greeting(lines, len(lines) - 1), signature
    town, postcode = _town_part(last, is_place)
    if town is None:
        return None
    for back in range(2, min(5, len(lines)) + 1):  # name line, maybe role lines, then the town line
        candidate = _GREETING.sub("", lines[-back].strip())
        if _NAME.match(candidate) and len(candidate) <= 60:
            start = len(lines) - back
            text = "\n".join(line.strip() for line in lines[start:])
            return _with_greeting(lines, start), Signature(text, town, postcode)
        if len(lines[-back].strip()) > 60:
            return None
    return None


def _with_greeting(lines: list[str], start: int) -> int:
    """Include a 'Med venlig hilsen' line just above the signature."""
    if start > 0 and _GREETING.match(lines[start - 1].strip()) and len(lines[start - 1].strip()) <= 30:
        return start - 1
    return start


def _parse_line(line: str, is_place: Callable[[str], bool]) -> Signature | None:
    body = _GREETING.sub("", line.strip())
    parts = [p.strip() for p in body.split(",")]
    if len(parts) < 2 or len(body) > 140 or not _NAME.match(parts[0]):
        return None
    town, postcode = _town_part(parts[-1], is_place)
    if town is None:
        return None
    return Signature(line.strip(), town, postcode)


def _town_part(part: str, is_place: Callable[[str], bool]) -> tuple[str | None, str | None]:
    part = part.strip().rstrip(".")
    match = _POSTCODE_TOWN.match(part)
    if match:
        return match.group(2).strip(), match.group(1)
    if part.isdigit() and len(part) == 4:
        return None, None
    return (part, None) if part and len(part) <= 40 and is_place(part) else (None, None)
