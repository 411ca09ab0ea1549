"""Danish text analysis shared by both backends: tokens, stop words and Snowball stems.

It mirrors Elasticsearch's built-in ``danish`` analyzer (lower-case, Snowball's Danish stop
list, Snowball's Danish stemmer) so that the embedded store and Elasticsearch find the same
documents. Tokens are runs of Unicode letters and digits; text is NFC-normalised first.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

import snowballstemmer

#: Snowball's Danish stop list, the list Lucene's DanishAnalyzer (and so ES ``danish``) uses.
_STOP_LIST = (
    "og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har om vi min "
    "havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle vil "
    "blev kunne ind når være dog noget ville jo deres efter ned skulle denne end dette mit også under "
    "have dig anden hende mine alt meget sit sine vor mod disse hvis din nogle hos blive mange ad "
    "bliver hendes været thi jer sådan"
)
DANISH_STOP_WORDS: frozenset[str] = frozenset(_STOP_LIST.split())

#: Longest token kept; longer runs are cut (Lucene's standard tokenizer cuts at 255 too).
MAX_TOKEN_LENGTH = 255

_TOKEN = re.compile(r"[^\W_]+")
_STEMMER = snowballstemmer.stemmer("danish")
_STEM_CACHE: dict[str, str] = {}
_STEM_CACHE_LIMIT = 500_000


class Token(NamedTuple):
    """One word of a text: where it is, its lower-cased form and its stem (None for a stop word)."""

    start: int
    end: int
    lower: str
    stem: str | None


def normalise(text: str) -> str:
    """NFC form of a text (offsets of :func:`tokens` refer to this form)."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def words(text: str) -> list[str]:
    """The lower-cased words of a text, stop words included, in order."""
    return [m.group()[:MAX_TOKEN_LENGTH].lower() for m in _TOKEN.finditer(normalise(text))]


def stem(word: str) -> str:
    """Snowball Danish stem of one lower-cased word (cached)."""
    cached = _STEM_CACHE.get(word)
    if cached is None:
        if len(_STEM_CACHE) >= _STEM_CACHE_LIMIT:
            _STEM_CACHE.clear()
        cached = _STEM_CACHE[word] = _STEMMER.stemWord(word)
    return cached


def is_stop_word(word: str) -> bool:
    """True for a word of the Danish stop list (lower-cased input)."""
    return word in DANISH_STOP_WORDS


def tokens(text: str) -> list[Token]:
    """Every word of an (already NFC) text with offsets, lower-cased form and stem.

    Examples:
        >>> [t.stem for t in tokens("Vindmøllerne i Skolerne")]
        ['vindmøl', None, 'skol']
    """
    found: list[Token] = []
    add = found.append
    for match in _TOKEN.finditer(text):
        lower = match.group()[:MAX_TOKEN_LENGTH].lower()
        start, end = match.span()
        add(Token(start, end, lower, None if lower in DANISH_STOP_WORDS else stem(lower)))
    return found


def analyze(text: str) -> list[str | None]:
    """Stems of a text in position order; None marks a stop word (a position that is kept)."""
    return [None if w in DANISH_STOP_WORDS else stem(w) for w in words(text)]
