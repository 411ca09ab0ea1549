"""Reading Elasticsearch responses back into our records (and writing documents' sources)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import lru_cache
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from index.elasticsearch.templates import DOCUMENT_DERIVED
from index.highlight import highlight
from index.query_syntax import Node
from index.search_models import Bucket, Hit, SearchQuery, SearchResult, TermScore
from index.semantics import Sort, histogram, is_significant_word, jlh
from schema import EnrichedDocument, StoreError

R = TypeVar("R", bound=BaseModel)


@lru_cache(maxsize=200_000)
def _is_significant(word: str) -> bool:
    return is_significant_word(word)


def document_words(lemma_text: str) -> list[str]:
    """``index.semantics.significant_words`` with the per-word test cached (bulk loading speed)."""
    return sorted({w for w in lemma_text.lower().split() if _is_significant(w)})


def document_source(doc: EnrichedDocument) -> dict[str, Any]:
    """The _source of a document: its JSON plus the derived fields the index searches."""
    source = doc.model_dump(mode="json")
    source["significant_words"] = document_words(doc.lemma_text)
    return source


def _expected_version(model: type[BaseModel]) -> int | None:
    field = model.model_fields.get("schema_version")
    return field.default if field is not None and isinstance(field.default, int) else None


def record(model: type[R], source: Mapping[str, Any], where: str) -> R:
    """A record from its stored JSON; another schema_version or a mismatch is a StoreError naming it."""
    data = dict(source)
    if model is EnrichedDocument:
        for name in DOCUMENT_DERIVED:
            data.pop(name, None)
    want = _expected_version(model)
    if want is not None and data.get("schema_version") != want:
        raise StoreError(
            f"{model.__name__} at {where} has schema_version {data.get('schema_version')}; this Debatradar "
            f"reads version {want}. Re-index it from the spool (or upgrade Debatradar)."
        )
    try:
        return model.model_validate(data)
    except ValidationError as err:
        raise StoreError(
            f"{model.__name__} at {where} does not match its schema ({err.error_count()} problem(s), "
            f"first: {err.errors()[0]['msg']} at {err.errors()[0]['loc']}). Re-index it from the spool."
        ) from None


def hit_record(model: type[R], hit: Mapping[str, Any]) -> R:
    """The record of one search hit."""
    return record(model, hit["_source"], f"index {hit.get('_index')} id {hit.get('_id')}")


def parse_search(body: Mapping[str, Any], query: SearchQuery, node: Node | None, sort: Sort) -> SearchResult:
    """A SearchResult from a response of ``queries.build_search``; highlights by ``index.highlight``."""
    raw_hits = body["hits"]["hits"]
    hits: list[Hit] = []
    for h in raw_hits:
        doc = hit_record(EnrichedDocument, h)
        hits.append(
            Hit(
                document=doc,
                score=float(h["_score"]) if sort == "relevance" and h.get("_score") is not None else None,
                highlights=highlight(doc.title, doc.text, node) if query.highlight else {},
            )
        )
    cursor = list(raw_hits[-1]["sort"]) if query.size and len(raw_hits) == query.size else None
    aggs = body.get("aggregations") or {}
    facets = {
        name: [
            Bucket(key=str(b["key"]), count=b["doc_count"])
            for b in (aggs.get(f"facet:{name}") or {}).get("buckets", [])
        ]
        for name in dict.fromkeys(query.facets)
    }
    buckets = {
        date.fromisoformat(b["key_as_string"]): int(b["doc_count"])
        for b in (aggs.get("histogram") or {}).get("buckets", [])
    }
    return SearchResult(
        total=body["hits"]["total"]["value"],
        hits=hits,
        next_cursor=cursor,
        facets=facets,
        histogram=histogram(buckets, query.histogram, query.date_from, query.date_to)
        if query.histogram
        else [],
        took_ms=float(body.get("took", 0)),
    )


def parse_significant(body: Mapping[str, Any], size: int) -> list[TermScore]:
    """Emerging words from a response of ``queries.build_significant``, scored by ``semantics.jlh``."""
    agg = (body.get("aggregations") or {}).get("words") or {}
    fg_total, bg_total = int(agg.get("doc_count", 0)), int(agg.get("bg_count", 0))
    scored = [
        TermScore(
            term=str(b["key"]),
            score=jlh(b["doc_count"], fg_total, b["bg_count"], bg_total),
            foreground=int(b["doc_count"]),
            background=int(b["bg_count"]),
        )
        for b in agg.get("buckets", [])
    ]
    scored = [s for s in scored if s.score > 0]
    scored.sort(key=lambda s: (-s.score, s.term))
    return scored[:size]
