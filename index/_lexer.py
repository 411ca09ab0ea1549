"""Splits a search text into lexemes: words, prefixes, phrases, '-', '|', '(' and ')'."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from index.analysis import normalise
from schema.errors import QueryError

LexKind = Literal["word", "prefix", "phrase", "not", "or", "lparen", "rparen"]

_WORD_END = '()"|+~'
_SINGLE: dict[str, LexKind] = {"(": "lparen", ")": "rparen", "|": "or"}


class QuerySyntaxError(QueryError):
    """A malformed search text. ``str()`` is English; :meth:`localized` gives Danish or English."""

    def __init__(self, message_da: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message_da = message_da
        self.message_en = message_en

    def localized(self, language: str = "da") -> str:
        """The message in Danish ('da', default) or English ('en')."""
        return self.message_da if language == "da" else self.message_en


@dataclass(frozen=True, slots=True)
class Lexeme:
    """One piece of the search text; ``pos`` is its 0-based offset."""

    kind: LexKind
    text: str
    pos: int


def lex(text: str) -> list[Lexeme]:
    """Lexemes of a search text; ``+`` and whitespace only separate (AND is the default)."""
    text = normalise(text)
    out: list[Lexeme] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace() or c == "+":
            i += 1
        elif c == "~":
            raise QuerySyntaxError(
                f"'~' (ved position {i + 1}) understøttes ikke: fjern det.",
                f"'~' (at position {i + 1}) is not supported (no fuzzy or proximity search): remove it.",
            )
        elif c in _SINGLE:
            out.append(Lexeme(_SINGLE[c], c, i))
            i += 1
        elif c == '"':
            i = _phrase(text, i, out)
        elif c == "-":
            nxt = text[i + 1] if i + 1 < n else " "
            if not nxt.isspace() and nxt not in ")|+":
                out.append(Lexeme("not", c, i))
            i += 1  # a dash standing alone is punctuation, not an operator
        else:
            i = _word(text, i, out)
    return out


def _phrase(text: str, i: int, out: list[Lexeme]) -> int:
    end = text.find('"', i + 1)
    if end < 0:
        raise QuerySyntaxError(
            f'Anførselstegnet ved position {i + 1} lukkes aldrig: tilføj et afsluttende ".',
            f'The quote opened at position {i + 1} is never closed: add a closing ".',
        )
    out.append(Lexeme("phrase", text[i + 1 : end], i))
    if end + 1 < len(text) and text[end + 1] == "*":
        raise QuerySyntaxError(
            f"'*' ved position {end + 2} kan ikke stå efter en frase; brug det efter et ord.",
            f"'*' at position {end + 2} cannot follow a phrase; put it after a word.",
        )
    return end + 1


def _word(text: str, i: int, out: list[Lexeme]) -> int:
    j = i
    while j < len(text) and not text[j].isspace() and text[j] not in _WORD_END:
        j += 1
    word = text[i:j]
    star = word.find("*")
    if star < 0:
        out.append(Lexeme("word", word, i))
    elif star == len(word) - 1:
        out.append(Lexeme("prefix", word[:-1], i))
    else:
        raise QuerySyntaxError(
            f"'*' ved position {i + star + 1} må kun stå sidst i et ord, fx vindmølle*.",
            f"'*' at position {i + star + 1} may only end a word, e.g. vindmølle*.",
        )
    return j
