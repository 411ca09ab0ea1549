"""Doc and Token extensions of the Debatradar components (prefix ``dr_``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from nlp.geo.model import PlaceHit

__all__ = ["CueSpan", "PlaceHit", "register_extensions"]

HASHTAG = re.compile(r"^#[^\W\d_][\w-]*$")
MENTION = re.compile(r"^@[\w.-]*\w(@[\w.-]+\.\w+)?$")


@dataclass(frozen=True, slots=True)
class CueSpan:
    """A call to action found in a text."""

    family: str
    text: str
    lemma: str
    start_char: int
    end_char: int


def _is_hashtag(token: Token) -> bool:
    return bool(HASHTAG.match(token.text))


def _is_mention(token: Token) -> bool:
    return bool(MENTION.match(token.text))


def _is_url(token: Token) -> bool:
    return bool(token.like_url) and "@" not in token.text.split("/")[0]


def _hashtags(doc: Doc) -> list[str]:
    return [t.text[1:].lower() for t in doc if _is_hashtag(t)]


def _mentions(doc: Doc) -> list[str]:
    return [t.text.lower() for t in doc if _is_mention(t)]


def _urls(doc: Doc) -> list[str]:
    return [t.text for t in doc if _is_url(t)]


def register_extensions() -> None:
    """Register the extensions once per process (safe to call again)."""
    for name, getter in (
        ("dr_is_hashtag", _is_hashtag),
        ("dr_is_mention", _is_mention),
        ("dr_is_url", _is_url),
    ):
        if not Token.has_extension(name):
            Token.set_extension(name, getter=getter)
    for name, doc_getter in (("dr_hashtags", _hashtags), ("dr_mentions", _mentions), ("dr_urls", _urls)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=doc_getter)
    for name in ("dr_places", "dr_cues"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
