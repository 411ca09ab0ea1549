"""Highlights shared by both backends: ``<mark>`` around matched words, everything else HTML-escaped.

A word is marked when it matches a positive part of the query (not under ``-``): a term by
stem, a prefix as searched, a phrase only where the whole phrase occurs. The title is returned
whole; the text as up to :data:`MAX_FRAGMENTS` fragments of about :data:`FRAGMENT_CHARS`
characters in document order. Whitespace runs inside fragments become one space.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from index.analysis import Token, is_stop_word, normalise, stem, tokens
from index.query_syntax import And, MatchNone, Node, Not, Or, Phrase, Prefix, Term

MAX_FRAGMENTS = 3
FRAGMENT_CHARS = 160
#: How much text before the first marked word a fragment starts with.
LEAD_CHARS = 40

_SPACE = re.compile(r"\s+")
_TAIL_CHARS = 20
#: Long texts are analysed in growing chunks; a chunk is enough when the fragments end this early.
_FIRST_CHUNK = 4_000
_CHUNK_MARGIN = 2_000


@dataclass
class _Matcher:
    stems: set[str] = field(default_factory=set)
    prefixes: list[tuple[str, str | None]] = field(default_factory=list)
    phrases: list[tuple[str | None, ...]] = field(default_factory=list)

    def add(self, node: Node) -> None:
        if isinstance(node, Term):
            self.stems.add(stem(node.word))
        elif isinstance(node, Prefix):
            self.prefixes.append((node.prefix, None if is_stop_word(node.prefix) else stem(node.prefix)))
        elif isinstance(node, Phrase):
            self.phrases.append(tuple(None if is_stop_word(w) else stem(w) for w in node.words))
        elif isinstance(node, And | Or):
            for child in node.children:
                self.add(child)
        # Not and MatchNone add nothing to highlight

    def marked(self, toks: list[Token]) -> list[bool]:
        stems = self.stems
        if self.prefixes:
            marks = [t.stem is not None and (t.stem in stems or self._prefixed(t.stem)) for t in toks]
        else:
            marks = [t.stem in stems for t in toks]
        for pattern in self.phrases:
            for i in range(len(toks) - len(pattern) + 1):
                if all(toks[i + k].stem == want for k, want in enumerate(pattern)):
                    for k, want in enumerate(pattern):
                        marks[i + k] = marks[i + k] or want is not None
        return marks

    def _prefixed(self, word_stem: str) -> bool:
        return any(word_stem.startswith(p) or word_stem == s for p, s in self.prefixes)


def highlight(title: str | None, text: str, node: Node | None) -> dict[str, list[str]]:
    """Highlights of one document for a parsed query: ``{"title": [...], "text": [...]}``.

    Keys appear only for fields with a marked word; no query (or nothing positive) gives {}.

    Examples:
        >>> from index.query_syntax import parse_query
        >>> highlight("Nej til vindmøller", "Vindmøllen & os", parse_query("vindmølle"))
        {'title': ['Nej til <mark>vindmøller</mark>'], 'text': ['<mark>Vindmøllen</mark> &amp; os']}
    """
    if node is None or isinstance(node, Not | MatchNone):
        return {}
    matcher = _Matcher()
    matcher.add(node)
    out: dict[str, list[str]] = {}
    if title:
        title = normalise(title)
        toks = tokens(title)
        marks = matcher.marked(toks)
        if any(marks):
            out["title"] = [_render(title, toks, marks, 0, len(title))]
    fragments = _text_fragments(normalise(text), matcher)
    if fragments:
        out["text"] = fragments
    return out


def _text_fragments(text: str, matcher: _Matcher) -> list[str]:
    """Fragments of a text, analysing only as much of a long text as the fragments need."""
    size = _FIRST_CHUNK
    while True:
        cut = len(text) if size >= len(text) else _cut(text, size)
        toks = tokens(text[:cut])
        fragments, used = _fragments(text, toks, matcher.marked(toks))
        if cut == len(text) or (len(fragments) == MAX_FRAGMENTS and used + _CHUNK_MARGIN <= cut):
            return fragments
        size *= 4


def _cut(text: str, size: int) -> int:
    """An offset at or after ``size`` that does not split a word."""
    match = _SPACE.search(text, size)
    return len(text) if match is None else match.start()


def _fragments(text: str, toks: list[Token], marks: list[bool]) -> tuple[list[str], int]:
    """Up to MAX_FRAGMENTS fragments and the offset where the last one ends."""
    starts = [t.start for t in toks]
    ends = [t.end for t in toks]
    hits = [i for i, m in enumerate(marks) if m]
    out: list[str] = []
    end = 0
    k = 0
    while k < len(hits) and len(out) < MAX_FRAGMENTS:
        first = toks[hits[k]]
        lead = first.start - LEAD_CHARS
        start = 0 if lead <= 0 else starts[bisect_left(starts, lead)]  # a word start at or after lead
        start = max(end, start)
        limit = start + FRAGMENT_CHARS
        end = first.end
        while k < len(hits) and toks[hits[k]].end <= max(limit, first.end):
            end = toks[hits[k]].end
            k += 1
        last_word = bisect_right(ends, limit) - 1  # the last word ending within the limit
        if last_word >= 0:
            end = max(end, ends[last_word])
        while end < len(text) and not text[end].isspace() and end < limit + _TAIL_CHARS:
            end += 1  # keep the punctuation that ends the last word ("Viby." not "Viby")
        out.append(_render(text, toks, marks, start, end))
    return out, end


def _render(text: str, toks: list[Token], marks: list[bool], start: int, end: int) -> str:
    parts: list[str] = []
    cur = start
    for tok, marked in zip(toks, marks, strict=True):
        if not marked or tok.start < start or tok.end > end:
            continue
        parts.append(_plain(text[cur : tok.start]))
        parts.append(f"<mark>{html.escape(text[tok.start : tok.end])}</mark>")
        cur = tok.end
    parts.append(_plain(text[cur:end]))
    return "".join(parts).strip()


def _plain(segment: str) -> str:
    return html.escape(_SPACE.sub(" ", segment))
