"""The search syntax both backends share: a safe parser of the simple query language.

Syntax (Elasticsearch ``simple_query_string`` style, default operator AND)::

    vindmøller skole        both words (whitespace and ``+`` mean AND)
    vindmøller | solceller  either word (OR binds looser than AND)
    -skole                  not this word / phrase / group (``-`` glued to what it negates)
    "skole i Viby"          a phrase (words in this order)
    vindmølle*              a prefix (at least two letters before ``*``)
    (a | b) c               grouping

The parser never passes user text to a backend: it returns a small tree of :class:`Term`,
:class:`Prefix`, :class:`Phrase`, :class:`Not`, :class:`And`, :class:`Or` and
:class:`MatchNone`, which each backend compiles to its own query language. Malformed input
raises :class:`QuerySyntaxError` (a ``QueryError``) with a message in Danish and English.
"""

from __future__ import annotations

from dataclasses import dataclass

from index._lexer import Lexeme, QuerySyntaxError, lex
from index.analysis import is_stop_word, words

#: Longest search text accepted (also enforced by SearchQuery.text).
MAX_QUERY_LENGTH = 1_000
#: Most words (terms, prefixes and phrase words) in one query.
MAX_QUERY_WORDS = 64
#: Deepest nesting of parentheses.
MAX_QUERY_DEPTH = 10
#: Fewest letters before ``*``.
MIN_PREFIX_LENGTH = 2


@dataclass(frozen=True, slots=True)
class Term:
    """One lower-cased word (never a stop word); matched by its stem."""

    word: str


@dataclass(frozen=True, slots=True)
class Prefix:
    """Words whose stem starts with ``prefix``, or whose stem equals the stem of ``prefix``."""

    prefix: str


@dataclass(frozen=True, slots=True)
class Phrase:
    """Lower-cased words in order; first and last are not stop words, inner stop words are kept."""

    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Not:
    """Documents that do not match ``child``."""

    child: Node


@dataclass(frozen=True, slots=True)
class And:
    """Documents matching every child (two or more)."""

    children: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Or:
    """Documents matching at least one child (two or more)."""

    children: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class MatchNone:
    """The text had nothing searchable (only stop words or punctuation): no document matches."""


Node = Term | Prefix | Phrase | Not | And | Or | MatchNone

__all__ = [
    "MAX_QUERY_DEPTH",
    "MAX_QUERY_LENGTH",
    "MAX_QUERY_WORDS",
    "And",
    "MatchNone",
    "Node",
    "Not",
    "Or",
    "Phrase",
    "Prefix",
    "QuerySyntaxError",
    "Term",
    "parse_query",
]


def parse_query(text: str | None) -> Node | None:
    """Parse a search text into a query tree; None when the text is blank (no text condition).

    Raises:
        QuerySyntaxError: the text is malformed or too long; the message says what to change.

    Examples:
        >>> parse_query('vindmøller -"skole i Viby"')
        And(children=(Term(word='vindmøller'), Not(child=Phrase(words=('skole', 'i', 'viby')))))
        >>> parse_query("og i") == MatchNone()
        True
    """
    if text is None or not text.strip():
        return None
    if len(text) > MAX_QUERY_LENGTH:
        raise QuerySyntaxError(
            f"Søgeteksten er {len(text):,} tegn lang; grænsen er {MAX_QUERY_LENGTH:,}. Gør den kortere.",
            f"The search text is {len(text):,} characters long; "
            f"the limit is {MAX_QUERY_LENGTH:,}. Shorten it.",
        )
    parser = _Parser(lex(text))
    node = parser.parse()
    if parser.word_count > MAX_QUERY_WORDS:
        raise QuerySyntaxError(
            f"Søgningen har {parser.word_count} ord; højst {MAX_QUERY_WORDS} er tilladt.",
            f"The search has {parser.word_count} words; at most {MAX_QUERY_WORDS} are allowed.",
        )
    return MatchNone() if node is None else node


class _Parser:
    """Recursive descent over lexemes: or := and ('|' and)*; and := unary+; unary := '-' unary | primary."""

    def __init__(self, lexemes: list[Lexeme]) -> None:
        self._lx = lexemes
        self._i = 0
        self._depth = 0
        self.word_count = 0

    def _peek(self) -> Lexeme | None:
        return self._lx[self._i] if self._i < len(self._lx) else None

    def parse(self) -> Node | None:
        node = self._or()
        extra = self._peek()
        if extra is not None:  # only an unmatched ')' stops _or early
            raise _unmatched_close(extra.pos)
        return node

    def _or(self) -> Node | None:
        parts = [self._and()]
        while (lx := self._peek()) is not None and lx.kind == "or":
            self._i += 1
            nxt = self._peek()
            if nxt is None or nxt.kind in ("or", "rparen"):
                raise _dangling_or(lx.pos)
            parts.append(self._and())
        return _combine(Or, parts)

    def _and(self) -> Node | None:
        parts: list[Node | None] = []
        start = self._peek()
        while (lx := self._peek()) is not None and lx.kind not in ("or", "rparen"):
            parts.append(self._unary())
        if not parts:
            if start is None:  # nothing but '+' signs
                return None
            if start.kind == "or":
                raise _dangling_or(start.pos)
            if self._depth == 0:
                raise _unmatched_close(start.pos)
            raise QuerySyntaxError(
                f"Tomme parenteser før position {start.pos + 1}: skriv et ord mellem dem.",
                f"Empty parentheses before position {start.pos + 1}: put a word between them.",
            )
        return _combine(And, parts)

    def _unary(self) -> Node | None:
        lx = self._lx[self._i]
        if lx.kind == "not":
            self._i += 1
            nxt = self._peek()
            if nxt is None or nxt.kind in ("or", "rparen"):
                return None  # a trailing dash ('--' at the end) is punctuation
            child = self._unary()
            if child is None:
                return None
            return child.child if isinstance(child, Not) else Not(child)
        return self._primary()

    def _primary(self) -> Node | None:
        lx = self._lx[self._i]
        self._i += 1
        if lx.kind == "lparen":
            self._depth += 1
            if self._depth > MAX_QUERY_DEPTH:
                raise QuerySyntaxError(
                    f"Parenteserne er indlejret mere end {MAX_QUERY_DEPTH} niveauer.",
                    f"Parentheses are nested more than {MAX_QUERY_DEPTH} levels deep.",
                )
            inner = self._or()
            close = self._peek()
            if close is None or close.kind != "rparen":
                raise QuerySyntaxError(
                    f"Parentesen ved position {lx.pos + 1} lukkes aldrig: tilføj ')'.",
                    f"The parenthesis opened at position {lx.pos + 1} is never closed: add ')'.",
                )
            self._i += 1
            self._depth -= 1
            return inner
        if lx.kind == "phrase":
            return self._phrase(lx.text)
        return self._word(lx)

    def _phrase(self, text: str) -> Node | None:
        found = words(text)
        while found and is_stop_word(found[0]):
            found.pop(0)
        while found and is_stop_word(found[-1]):
            found.pop()
        self.word_count += len(found)
        if not found:
            return None
        return Term(found[0]) if len(found) == 1 else Phrase(tuple(found))

    def _word(self, lx: Lexeme) -> Node | None:
        text, prefix = lx.text, lx.kind == "prefix"
        found = words(text)
        self.word_count += len(found)
        if prefix:
            if not found or not text[-1].isalnum() or len(found[-1]) < MIN_PREFIX_LENGTH:
                raise QuerySyntaxError(
                    f"'*' ved position {lx.pos + len(text) + 1} skal stå lige efter mindst "
                    f"{MIN_PREFIX_LENGTH} bogstaver, fx vindmølle*.",
                    f"'*' at position {lx.pos + len(text) + 1} must directly follow at least "
                    f"{MIN_PREFIX_LENGTH} letters, e.g. vindmølle*.",
                )
            parts: list[Node | None] = [None if is_stop_word(w) else Term(w) for w in found[:-1]]
            return _combine(And, [*parts, Prefix(found[-1])])
        return _combine(And, [None if is_stop_word(w) else Term(w) for w in found])


def _combine(kind: type[And] | type[Or], parts: list[Node | None]) -> Node | None:
    flat: list[Node] = []
    for part in parts:
        if part is None:
            continue
        flat.extend(part.children if isinstance(part, kind) else (part,))
    if not flat:
        return None
    return flat[0] if len(flat) == 1 else kind(tuple(flat))


def _unmatched_close(pos: int) -> QuerySyntaxError:
    return QuerySyntaxError(
        f"')' ved position {pos + 1} har ingen '(' før sig.",
        f"')' at position {pos + 1} has no matching '('.",
    )


def _dangling_or(pos: int) -> QuerySyntaxError:
    return QuerySyntaxError(
        f"'|' (eller) ved position {pos + 1} skal have et ord på begge sider.",
        f"'|' (or) at position {pos + 1} needs a word on both sides.",
    )
