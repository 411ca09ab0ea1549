"""ElasticsearchStore: the Store protocol on an Elasticsearch 9 cluster."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from contextlib import suppress
from datetime import UTC, datetime
from typing import Any, TypeVar

from elastic_transport import TransportError
from elasticsearch import ApiError, ConflictError
from pydantic import BaseModel

from index.elasticsearch import _bulk, _retention, migrate, queries
from index.elasticsearch import templates as t
from index.elasticsearch._client import make_client, translate_errors
from index.elasticsearch._results import hit_record, parse_search, parse_significant
from index.query_syntax import MatchNone, parse_query
from index.search_models import BulkReport, DocumentFilter, SearchQuery, SearchResult, TermScore
from index.semantics import effective_sort, parse_cursor
from schema import (
    Alert,
    AuditEntry,
    Briefing,
    EnrichedDocument,
    Issue,
    Level,
    QueryError,
    SourceHealth,
    StoreError,
)
from schema.settings import Settings

R = TypeVar("R", bound=BaseModel)
_PAGE = 1_000
#: how long a point in time of iter_documents lives between two pages
_PIT_KEEP_ALIVE = "10m"
_LIST_LIMIT = 10_000
#: most emerging words one call returns
MAX_SIGNIFICANT_TERMS = 500


class ElasticsearchStore:
    """Documents, issues, alerts, briefings, source health and the audit log in Elasticsearch.

    Examples:
        >>> store = ElasticsearchStore(settings)  # doctest: +SKIP
        >>> store.setup()  # doctest: +SKIP
        >>> store.index_documents(documents).ok  # doctest: +SKIP
        True
    """

    def __init__(self, settings: Settings) -> None:
        self._es = settings.index.elasticsearch
        self._prefix = self._es.index_prefix
        self._hosts = list(self._es.hosts)
        self._client = make_client(settings)
        self._known: set[str] = set()  # indices known to exist (created on first write)

    # -- plumbing -------------------------------------------------------------------------------
    def _errors(self, action: str, query: bool = False) -> Any:
        return translate_errors(self._hosts, action, query=query)

    def _alias(self, kind: t.Kind) -> str:
        return t.alias(self._prefix, kind)

    def _put(self, kind: t.Kind, doc_id: str, rec: BaseModel, at: datetime | None = None) -> None:
        index = t.index_name(self._prefix, kind, at.astimezone(UTC) if at else None)
        _bulk.ensure_index(self._client, index, self._known)
        self._client.index(index=index, id=doc_id, document=rec.model_dump(mode="json"), refresh=True)

    def _get(self, kind: t.Kind, model: type[R], doc_id: str) -> R | None:
        hits = self._client.search(
            index=self._alias(kind), query={"ids": {"values": [doc_id]}}, size=1, ignore_unavailable=True
        )["hits"]["hits"]
        return hit_record(model, hits[0]) if hits else None

    def _list(
        self, kind: t.Kind, model: type[R], query: dict[str, Any], sort: list[Any], size: int
    ) -> list[R]:
        hits = self._client.search(
            index=self._alias(kind), query=query, sort=sort, size=size, ignore_unavailable=True
        )["hits"]["hits"]
        return [hit_record(model, h) for h in hits]

    # -- lifecycle ------------------------------------------------------------------------------
    def setup(self) -> None:
        """Install the versioned templates and migrate indices of older versions; safe to rerun."""
        with self._errors("setting up the indices"):
            migrate.setup(self._client, self._es)

    def close(self) -> None:
        """Release the connections."""
        self._client.close()

    # -- documents ------------------------------------------------------------------------------
    def index_documents(self, documents: Iterable[EnrichedDocument]) -> BulkReport:
        """Insert or replace documents by id (streaming bulk; failures reported per id)."""
        with self._errors("indexing documents"):
            return _bulk.index_documents(
                self._client, self._prefix, documents, self._es.bulk_chunk_size, self._es.max_retries
            )

    def get_documents(self, ids: list[str]) -> list[EnrichedDocument]:
        """Documents by id (missing ids are skipped), in the order asked."""
        with self._errors("reading documents"):
            found = _bulk.locate(
                self._client, self._alias(t.DOCUMENTS), list(dict.fromkeys(ids)), source=True
            )
        return [hit_record(EnrichedDocument, found[i]) for i in ids if i in found]

    def iter_documents(self, flt: DocumentFilter | None = None) -> Iterator[EnrichedDocument]:
        """Stream documents oldest first (point in time + search_after, so paging is consistent)."""
        alias = self._alias(t.DOCUMENTS)
        with self._errors("reading documents"):
            if not _bulk.existing_indices(self._client, alias):
                return
            pit = self._client.open_point_in_time(index=alias, keep_alive=_PIT_KEEP_ALIVE)["id"]
        try:
            after: list[Any] | None = None
            while True:
                with self._errors("reading documents"):
                    body = self._client.search(
                        pit={"id": pit, "keep_alive": _PIT_KEEP_ALIVE},
                        query=queries.filter_query(flt).to_dict(),
                        sort=[{"published_at": "asc"}, {"id": "asc"}],
                        size=_PAGE,
                        search_after=after,
                    )
                pit = body.get("pit_id", pit)
                hits = body["hits"]["hits"]
                for h in hits:
                    yield hit_record(EnrichedDocument, h)
                if len(hits) < _PAGE:
                    return
                after = hits[-1]["sort"]
        finally:
            # best effort: an unclosed point in time expires by itself after its keep-alive
            with suppress(ApiError, TransportError):
                self._client.close_point_in_time(id=pit)

    def count_documents(self, flt: DocumentFilter | None = None) -> int:
        """How many documents match."""
        with self._errors("counting documents"):
            body = self._client.count(
                index=self._alias(t.DOCUMENTS),
                query=queries.filter_query(flt).to_dict(),
                ignore_unavailable=True,
                allow_no_indices=True,
            )
        return int(body["count"])

    def set_issue_ids(self, assignments: dict[str, str | None]) -> int:
        """Set documents' issue_id with partial updates; returns how many changed."""
        if not assignments:
            return 0
        with self._errors("setting issue ids"):
            return _bulk.set_issue_ids(
                self._client, self._prefix, assignments, self._es.bulk_chunk_size, self._es.max_retries
            )

    def purge_documents(self, published_before: datetime) -> int:
        """Delete documents published before a time: whole monthly indices, the boundary month by id."""
        with self._errors("deleting old documents"):
            return _retention.purge_monthly(
                self._client,
                self._prefix,
                t.DOCUMENTS,
                "published_at",
                published_before,
                self._es.max_retries,
            )

    # -- search ---------------------------------------------------------------------------------
    def search(self, query: SearchQuery) -> SearchResult:
        """Full-text search with filters, highlights, facets, histogram and search_after paging."""
        node = parse_query(query.text)
        sort = effective_sort(query.sort, node is not None and not isinstance(node, MatchNone))
        cursor = parse_cursor(sort, query.search_after)
        request = queries.build_search(query, node, sort, cursor, self._alias(t.DOCUMENTS))
        with self._errors("searching", query=True):
            body = self._client.search(
                **request.to_dict(), preference=queries.preference(query), **self._search_target()
            )
        return parse_search(body.body, query, node, sort)

    def significant_terms(self, foreground: SearchQuery, size: int = 20) -> list[TermScore]:
        """Words unusually frequent in the foreground documents compared with all documents."""
        if not 1 <= size <= MAX_SIGNIFICANT_TERMS:
            raise QueryError(f"significant_terms size must be 1..{MAX_SIGNIFICANT_TERMS}; got {size}.")
        node = parse_query(foreground.text)
        candidates = min(2 * size + 20, 2 * MAX_SIGNIFICANT_TERMS)
        request = queries.build_significant(foreground, node, self._alias(t.DOCUMENTS), candidates)
        with self._errors("finding emerging words", query=True):
            body = self._client.search(**request.to_dict(), **self._search_target())
        return parse_significant(body.body, size)

    def _search_target(self) -> dict[str, Any]:
        return {"index": self._alias(t.DOCUMENTS), "ignore_unavailable": True, "allow_no_indices": True}

    # -- issues, alerts, briefings, health ------------------------------------------------------
    def upsert_issues(self, issues: Iterable[Issue]) -> int:
        """Insert or replace issues by issue_id."""
        return self._upsert(t.ISSUES, ((i.issue_id, i) for i in issues), "storing issues")

    def _upsert(self, kind: t.Kind, pairs: Iterable[tuple[str, BaseModel]], action: str) -> int:
        index = t.index_name(self._prefix, kind)
        actions = (
            {"_index": index, "_id": key, "_source": rec.model_dump(mode="json")} for key, rec in pairs
        )
        with self._errors(action):
            _bulk.ensure_index(self._client, index, self._known)
            report = _bulk.run_bulk(self._client, actions, self._es.bulk_chunk_size, self._es.max_retries)
            self._client.indices.refresh(index=index)
        if report.failed:
            first = next(iter(report.failed.items()))
            raise StoreError(f"{action}: {len(report.failed)} failed, e.g. {first[0]}: {first[1]}")
        return report.indexed

    def get_issue(self, issue_id: str) -> Issue | None:
        """One issue."""
        with self._errors("reading an issue"):
            return self._get(t.ISSUES, Issue, issue_id)

    def list_issues(self, municipality_code: str | None = None, active_only: bool = False) -> list[Issue]:
        """Issues, most recently seen first."""
        filters: list[dict[str, Any]] = []
        if municipality_code is not None:
            filters.append({"term": {"municipality_code": municipality_code}})
        if active_only:
            filters.append({"term": {"status": "active"}})
        sort = [{"last_seen": "desc"}, {"issue_id": "asc"}]
        with self._errors("listing issues"):
            return self._list(t.ISSUES, Issue, {"bool": {"filter": filters}}, sort, _LIST_LIMIT)

    def upsert_alerts(self, alerts: Iterable[Alert]) -> int:
        """Insert or replace alerts by alert_id."""
        return self._upsert(t.ALERTS, ((a.alert_id, a) for a in alerts), "storing alerts")

    def get_alert(self, alert_id: str) -> Alert | None:
        """One alert."""
        with self._errors("reading an alert"):
            return self._get(t.ALERTS, Alert, alert_id)

    def list_alerts(
        self,
        state: str | None = None,
        min_level: Level | None = None,
        municipality_code: str | None = None,
    ) -> list[Alert]:
        """Alerts, most recently updated first."""
        filters: list[dict[str, Any]] = []
        if state is not None:
            filters.append({"term": {"state": state}})
        if min_level is not None:
            levels = [str(level) for level in Level if level.rank >= min_level.rank]
            filters.append({"terms": {"level": levels}})
        if municipality_code is not None:
            filters.append({"term": {"municipality_code": municipality_code}})
        sort = [{"updated_at": "desc"}, {"alert_id": "asc"}]
        with self._errors("listing alerts"):
            return self._list(t.ALERTS, Alert, {"bool": {"filter": filters}}, sort, _LIST_LIMIT)

    def put_briefing(self, briefing: Briefing) -> None:
        """Store (or replace) a briefing."""
        with self._errors("storing a briefing"):
            self._put(t.BRIEFINGS, briefing.briefing_id, briefing)

    def get_briefing(self, briefing_id: str) -> Briefing | None:
        """One briefing."""
        with self._errors("reading a briefing"):
            return self._get(t.BRIEFINGS, Briefing, briefing_id)

    def list_briefings(self) -> list[Briefing]:
        """All briefings, newest week first."""
        sort = [{"week": "desc"}, {"briefing_id": "asc"}]
        with self._errors("listing briefings"):
            return self._list(t.BRIEFINGS, Briefing, {"match_all": {}}, sort, _LIST_LIMIT)

    def put_source_health(self, health: SourceHealth) -> None:
        """Record one source's crawl outcome (one entry per source and run)."""
        with self._errors("storing source health"):
            self._put(t.SOURCE_HEALTH, f"{health.source_id}\x1f{health.run_id}", health)

    def list_source_health(
        self, source_id: str | None = None, latest_only: bool = True
    ) -> list[SourceHealth]:
        """Source health, newest first (latest per source unless latest_only is False)."""
        query: dict[str, Any] = {"term": {"source_id": source_id}} if source_id else {"match_all": {}}
        sort = [{"finished_at": "desc"}, {"run_id": "desc"}]
        with self._errors("listing source health"):
            if not latest_only:
                return self._list(t.SOURCE_HEALTH, SourceHealth, query, sort, _LIST_LIMIT)
            hits = self._client.search(
                index=self._alias(t.SOURCE_HEALTH),
                query=query,
                sort=sort,
                size=_LIST_LIMIT,
                collapse={"field": "source_id"},
                ignore_unavailable=True,
            )["hits"]["hits"]
        return [hit_record(SourceHealth, h) for h in hits]

    # -- audit and notifications ----------------------------------------------------------------
    def audit(self, entry: AuditEntry) -> None:
        """Append to the audit log (monthly indices; the id is a hash of the entry)."""
        entry_id = hashlib.sha256(entry.model_dump_json().encode()).hexdigest()[:32]
        with self._errors("writing the audit log"):
            self._put(t.AUDIT, entry_id, entry, at=entry.at)

    def list_audit(self, limit: int = 200) -> list[AuditEntry]:
        """Newest audit entries first."""
        with self._errors("reading the audit log"):
            return self._list(
                t.AUDIT, AuditEntry, {"match_all": {}}, [{"at": "desc"}], min(limit, _LIST_LIMIT)
            )

    def claim_notification(self, key: str, at: datetime) -> bool:
        """Record that a notification is sent (``op_type=create``); False if it already was."""
        index = t.index_name(self._prefix, t.NOTIFICATIONS)
        # Elasticsearch ids are at most 512 bytes: longer keys are claimed by their hash
        doc_id = key if len(key.encode()) <= 512 else "sha256:" + hashlib.sha256(key.encode()).hexdigest()
        with self._errors("claiming a notification"):
            _bulk.ensure_index(self._client, index, self._known)
            try:
                self._client.create(
                    index=index,
                    id=doc_id,
                    document={"key": key, "at": at.isoformat(), "claimed": True},
                    refresh=True,
                )
            except ConflictError:
                return False
        return True

    def purge_audit(self, before: datetime) -> int:
        """Delete audit entries older than a time."""
        with self._errors("deleting old audit entries"):
            return _retention.purge_monthly(
                self._client, self._prefix, t.AUDIT, "at", before, self._es.max_retries
            )
