"""Compiles a parsed query tree into an FTS5 MATCH expression (every token quoted)."""

from __future__ import annotations

from index.analysis import is_stop_word, stem
from index.embedded._schema import ALL_TOKEN, STOP_TOKEN
from index.query_syntax import And, MatchNone, Node, Not, Or, Phrase, Prefix, Term


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def fts_match(node: Node) -> str | None:
    """The MATCH expression of a query tree; None for MatchNone (no row matches).

    Examples:
        >>> from index.query_syntax import parse_query
        >>> fts_match(parse_query('skolerne -"i Viby" | vind*'))
        '(("skol") NOT ("viby")) OR ("vind"* OR "vind")'
    """
    if isinstance(node, MatchNone):
        return None
    return _compile(node)


def _compile(node: Node) -> str:
    if isinstance(node, Term):
        return _quote(stem(node.word))
    if isinstance(node, Prefix):
        if is_stop_word(node.prefix):
            return f"{_quote(node.prefix)}*"
        return f"({_quote(node.prefix)}* OR {_quote(stem(node.prefix))})"
    if isinstance(node, Phrase):
        return _quote(" ".join(STOP_TOKEN if is_stop_word(w) else stem(w) for w in node.words))
    if isinstance(node, Not):
        return f"({_quote(ALL_TOKEN)} NOT {_compile(node.child)})"
    if isinstance(node, Or):
        return " OR ".join(_group(c) for c in node.children)
    if isinstance(node, And):
        positive = [_group(c) for c in node.children if not isinstance(c, Not)]
        negative = [_group(c.child) for c in node.children if isinstance(c, Not)]
        base = " AND ".join(positive) if positive else _quote(ALL_TOKEN)
        if not negative:
            return base
        return f"({base}) NOT ({' OR '.join(negative)})"
    raise TypeError(f"unknown query node {node!r}")


def _group(node: Node) -> str:
    text = _compile(node)
    return text if isinstance(node, Term | Phrase | Prefix | Not) else f"({text})"
