"""The set of documents a search matches (text and filters), as SQL on the documents table."""

from __future__ import annotations

from dataclasses import dataclass

from index.embedded._fts import fts_match
from index.query_syntax import MatchNone, Node
from index.search_models import SearchQuery
from index.semantics import LIST_FILTERS, MAX_FILTER_VALUES, TITLE_BOOST, epoch_ms
from schema.errors import QueryError

SCORE = f"(0.0 - bm25(documents_fts, {TITLE_BOOST}, 1.0, 0.0))"


@dataclass(frozen=True, slots=True)
class Matched:
    """The documents a query matches, as SQL: ``SELECT ... {source} WHERE {where}`` on alias ``d``."""

    source: str
    where: str
    params: tuple[object, ...]
    has_text: bool
    #: the FTS5 expression when the text is the only condition (counted without touching documents)
    text_only: str | None = None

    def count_sql(self) -> tuple[str, tuple[object, ...]]:
        """SQL and parameters counting the matches."""
        if self.text_only is not None:
            return "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?", (self.text_only,)
        return f"SELECT count(*) {self.source} WHERE {self.where}", self.params

    def rids_sql(self) -> tuple[str, tuple[object, ...]]:
        """SQL and parameters selecting the matching documents' rids."""
        if self.text_only is not None:
            return "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?", (self.text_only,)
        return f"SELECT d.rid {self.source} WHERE {self.where}", self.params


def matched(query: SearchQuery, node: Node | None) -> Matched:
    """SQL of the documents matching a query's text (parsed) and filters."""
    if isinstance(node, MatchNone):
        return Matched("FROM documents d", "0", (), has_text=False)
    clauses: list[str] = []
    params: list[object] = []
    if query.date_from is not None:
        clauses.append("d.published_ms >= ?")
        params.append(epoch_ms(query.date_from, "date_from"))
    if query.date_to is not None:
        clauses.append("d.published_ms < ?")
        params.append(epoch_ms(query.date_to, "date_to"))
    for name, column in LIST_FILTERS:
        values: list[str] = getattr(query, name)
        if values:
            _check_size(name, values)
            clauses.append(f"d.{column} IN ({', '.join('?' * len(values))})")
            params.extend(values)
    if query.cue_families:
        _check_size("cue_families", query.cue_families)
        clauses.append(
            "d.rid IN (SELECT doc FROM document_values WHERE field = 'cues.family'"  # noqa: S608 (placeholders only)
            f" AND value IN ({', '.join('?' * len(query.cue_families))}))"
        )
        params.extend(query.cue_families)
    if node is None:
        return Matched("FROM documents d", " AND ".join(clauses) or "1", tuple(params), has_text=False)
    expression = fts_match(node)
    # CROSS JOIN keeps the full-text index as the outer loop: SQLite would otherwise probe FTS5
    # once per row of a filter's index (a thousand times slower for a broad filter)
    return Matched(
        "FROM documents_fts CROSS JOIN documents d ON d.rid = documents_fts.rowid",
        " AND ".join(["documents_fts MATCH ?", *clauses]),
        (expression, *params),
        has_text=True,
        text_only=None if clauses else expression,
    )


def _check_size(name: str, values: list[str]) -> None:
    if len(values) > MAX_FILTER_VALUES:
        raise QueryError(
            f"The {name} filter has {len(values):,} values; at most {MAX_FILTER_VALUES:,} are allowed."
        )
