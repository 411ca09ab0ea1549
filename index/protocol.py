"""The one interface to the index, implemented by the embedded store and by Elasticsearch."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Protocol

from index.search_models import BulkReport, DocumentFilter, SearchQuery, SearchResult, TermScore
from schema import Alert, AuditEntry, Briefing, EnrichedDocument, Issue, Level, SourceHealth


class Store(Protocol):
    """Documents, issues, alerts, briefings, source health and the audit log.

    Every write is idempotent (fixed ids); reads never know which backend answers.
    Errors: StoreUnavailableError (transient), QueryError (bad query), StoreError.
    """

    def setup(self) -> None:
        """Create or migrate indices/tables; safe to rerun."""

    def close(self) -> None:
        """Release connections."""

    # documents
    def index_documents(self, documents: Iterable[EnrichedDocument]) -> BulkReport:
        """Insert or replace documents by id."""

    def get_documents(self, ids: list[str]) -> list[EnrichedDocument]:
        """Documents by id (missing ids are skipped), in the order asked."""

    def iter_documents(self, flt: DocumentFilter | None = None) -> Iterator[EnrichedDocument]:
        """Stream documents, oldest first."""

    def count_documents(self, flt: DocumentFilter | None = None) -> int:
        """How many documents match."""

    def set_issue_ids(self, assignments: dict[str, str | None]) -> int:
        """Set documents' issue_id (document id -> issue id); returns how many changed."""

    def purge_documents(self, published_before: datetime) -> int:
        """Delete documents published before a time (retention); returns how many."""

    # search
    def search(self, query: SearchQuery) -> SearchResult:
        """Full-text search with filters, highlights, facets, histogram and search_after paging."""

    def significant_terms(self, foreground: SearchQuery, size: int = 20) -> list[TermScore]:
        """Words unusually frequent in the foreground documents compared with all documents."""

    # issues, alerts, briefings, health
    def upsert_issues(self, issues: Iterable[Issue]) -> int:
        """Insert or replace issues by issue_id."""

    def get_issue(self, issue_id: str) -> Issue | None:
        """One issue."""

    def list_issues(self, municipality_code: str | None = None, active_only: bool = False) -> list[Issue]:
        """Issues, most recently seen first."""

    def upsert_alerts(self, alerts: Iterable[Alert]) -> int:
        """Insert or replace alerts by alert_id."""

    def get_alert(self, alert_id: str) -> Alert | None:
        """One alert."""

    def list_alerts(
        self,
        state: str | None = None,
        min_level: Level | None = None,
        municipality_code: str | None = None,
    ) -> list[Alert]:
        """Alerts, most recently updated first."""

    def put_briefing(self, briefing: Briefing) -> None:
        """Store (or replace) a briefing."""

    def get_briefing(self, briefing_id: str) -> Briefing | None:
        """One briefing."""

    def list_briefings(self) -> list[Briefing]:
        """All briefings, newest week first."""

    def put_source_health(self, health: SourceHealth) -> None:
        """Record one source's crawl outcome."""

    def list_source_health(
        self, source_id: str | None = None, latest_only: bool = True
    ) -> list[SourceHealth]:
        """Source health, newest first (latest per source unless latest_only is False)."""

    # audit and notification bookkeeping
    def audit(self, entry: AuditEntry) -> None:
        """Append to the audit log."""

    def list_audit(self, limit: int = 200) -> list[AuditEntry]:
        """Newest audit entries first."""

    def claim_notification(self, key: str, at: datetime) -> bool:
        """Record that a notification with this key is sent; False if it was already (atomic)."""

    def purge_audit(self, before: datetime) -> int:
        """Delete audit entries older than a time."""
