"""The embedded store: the Store protocol on one SQLite file under data_dir/index."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

from index.embedded import _aggregations, _documents, _records, _schema, _search
from index.embedded._db import Database
from index.search_models import BulkReport, DocumentFilter, SearchQuery, SearchResult, TermScore
from schema import Alert, AuditEntry, Briefing, EnrichedDocument, Issue, Level, SourceHealth


class EmbeddedStore:
    """Documents, issues, alerts, briefings, source health and the audit log in SQLite (WAL, FTS5).

    Safe for several threads and processes at once; nothing to start. Call :meth:`setup` once.

    Examples:
        >>> store = EmbeddedStore(Path("data/index"))  # doctest: +SKIP
        >>> store.setup()  # doctest: +SKIP
        >>> store.search(SearchQuery(text="vindmøller")).total  # doctest: +SKIP
        0
    """

    def __init__(self, directory: Path, busy_timeout_s: float = 10.0, synchronous: str = "normal") -> None:
        self._db = Database(directory, busy_timeout_s, synchronous)

    @property
    def path(self) -> Path:
        """The SQLite file."""
        return self._db.path

    def setup(self) -> None:
        """Create the folder, the file and missing tables; safe to rerun."""
        with self._db.translate():
            self._db.directory.mkdir(parents=True, exist_ok=True)
            _schema.create(self._db.connection(create=True))

    def close(self) -> None:
        """Close every connection (they reopen on the next call)."""
        self._db.close()

    # documents
    def index_documents(self, documents: Iterable[EnrichedDocument]) -> BulkReport:
        """Insert or replace documents by id."""
        return _documents.index_documents(self._db, documents)

    def get_documents(self, ids: list[str]) -> list[EnrichedDocument]:
        """Documents by id (missing ids are skipped), in the order asked."""
        return _documents.get_documents(self._db, ids)

    def iter_documents(self, flt: DocumentFilter | None = None) -> Iterator[EnrichedDocument]:
        """Stream documents, oldest first."""
        return _documents.iter_documents(self._db, flt)

    def count_documents(self, flt: DocumentFilter | None = None) -> int:
        """How many documents match."""
        return _documents.count_documents(self._db, flt)

    def set_issue_ids(self, assignments: dict[str, str | None]) -> int:
        """Set documents' issue_id; returns how many changed."""
        return _documents.set_issue_ids(self._db, assignments)

    def purge_documents(self, published_before: datetime) -> int:
        """Delete documents published before a time; returns how many."""
        return _documents.purge_documents(self._db, published_before)

    # search
    def search(self, query: SearchQuery) -> SearchResult:
        """Full-text search with filters, highlights, facets, histogram and search_after paging."""
        return _search.search(self._db, query)

    def significant_terms(self, foreground: SearchQuery, size: int = 20) -> list[TermScore]:
        """Words unusually frequent in the foreground documents compared with all documents."""
        return _aggregations.significant_terms(self._db, foreground, size)

    # issues, alerts, briefings, health
    def upsert_issues(self, issues: Iterable[Issue]) -> int:
        """Insert or replace issues by issue_id."""
        return _records.upsert_issues(self._db, issues)

    def get_issue(self, issue_id: str) -> Issue | None:
        """One issue."""
        return _records.get_issue(self._db, issue_id)

    def list_issues(self, municipality_code: str | None = None, active_only: bool = False) -> list[Issue]:
        """Issues, most recently seen first."""
        return _records.list_issues(self._db, municipality_code, active_only)

    def upsert_alerts(self, alerts: Iterable[Alert]) -> int:
        """Insert or replace alerts by alert_id."""
        return _records.upsert_alerts(self._db, alerts)

    def get_alert(self, alert_id: str) -> Alert | None:
        """One alert."""
        return _records.get_alert(self._db, alert_id)

    def list_alerts(
        self,
        state: str | None = None,
        min_level: Level | None = None,
        municipality_code: str | None = None,
    ) -> list[Alert]:
        """Alerts, most recently updated first."""
        return _records.list_alerts(self._db, state, min_level, municipality_code)

    def put_briefing(self, briefing: Briefing) -> None:
        """Store (or replace) a briefing."""
        _records.put_briefing(self._db, briefing)

    def get_briefing(self, briefing_id: str) -> Briefing | None:
        """One briefing."""
        return _records.get_briefing(self._db, briefing_id)

    def list_briefings(self) -> list[Briefing]:
        """All briefings, newest week first."""
        return _records.list_briefings(self._db)

    def put_source_health(self, health: SourceHealth) -> None:
        """Record one source's crawl outcome."""
        _records.put_source_health(self._db, health)

    def list_source_health(
        self, source_id: str | None = None, latest_only: bool = True
    ) -> list[SourceHealth]:
        """Source health, newest first (latest per source unless latest_only is False)."""
        return _records.list_source_health(self._db, source_id, latest_only)

    # audit and notification bookkeeping
    def audit(self, entry: AuditEntry) -> None:
        """Append to the audit log."""
        _records.audit(self._db, entry)

    def list_audit(self, limit: int = 200) -> list[AuditEntry]:
        """Newest audit entries first."""
        return _records.list_audit(self._db, limit)

    def claim_notification(self, key: str, at: datetime) -> bool:
        """Record that a notification with this key is sent; False if it was already (atomic)."""
        return _records.claim_notification(self._db, key, at)

    def purge_audit(self, before: datetime) -> int:
        """Delete audit entries older than a time."""
        return _records.purge_audit(self._db, before)
