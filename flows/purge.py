"""The purge flow: retention. Raw texts go after privacy.raw_text_days; aggregates stay."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from crawlers import Spool
from flows._runtime import DEFAULT_CONFIG, load, store_for
from flows._states import retry_when
from flows.notify.outbox import Outbox
from schema import Alert, AuditEntry, StoreUnavailableError
from schema.settings import Settings


@dataclass
class PurgeSummary:
    """What one purge run deleted."""

    documents: int = 0
    spool_records: int = 0
    dead_letters: int = 0
    alerts_scrubbed: int = 0
    audit_entries: int = 0
    documents_before: datetime | None = None
    audit_before: datetime | None = None

    def summary(self) -> str:
        """One line for logs and the CLI."""
        return (
            f"{self.documents} documents and {self.spool_records} spooled items published before "
            f"{self.documents_before:%Y-%m-%d}, {self.dead_letters} dead letters and "
            f"{self.audit_entries} audit entries before {self.audit_before:%Y-%m-%d} deleted; "
            f"quotes removed from {self.alerts_scrubbed} old alerts"
        )


@task(
    name="purge-store", cache_policy=NO_CACHE, retries=2, retry_condition_fn=retry_when(StoreUnavailableError)
)
def purge_store(settings: Settings, now: datetime) -> PurgeSummary:
    """Delete documents and audit entries past retention; issues, alerts and briefings stay."""
    documents_before = now - timedelta(days=settings.privacy.raw_text_days)
    audit_before = now - timedelta(days=settings.privacy.audit_days)
    with Spool(settings.data_dir / "spool") as spool:
        spool_records, dead_letters = spool.purge(documents_before)
    with store_for(settings) as store:
        documents = store.purge_documents(documents_before)
        old = [a for a in store.list_alerts() if a.updated_at < documents_before and _has_quotes(a)]
        scrubbed = store.upsert_alerts(_without_quotes(a) for a in old) if old else 0
        audit = store.purge_audit(audit_before)
        summary = PurgeSummary(
            documents=documents,
            spool_records=spool_records,
            dead_letters=dead_letters,
            alerts_scrubbed=scrubbed,
            audit_entries=audit,
            documents_before=documents_before,
            audit_before=audit_before,
        )
        store.audit(AuditEntry(at=now, user="system", action="purge", detail=summary.summary()))
    with Outbox(settings.data_dir) as outbox:
        outbox.prune(now - timedelta(days=30))
    return summary


def _has_quotes(alert: Alert) -> bool:
    evidence = alert.evidence
    return any(d.snippet or d.title for d in evidence.top_documents) or any(c.example for c in evidence.cues)


def _without_quotes(alert: Alert) -> Alert:
    """The alert with the raw-text quotes in its evidence removed; counts and ids stay."""
    old = alert.evidence
    evidence = old.model_copy(
        update={
            "top_documents": [d.model_copy(update={"snippet": "", "title": None}) for d in old.top_documents],
            "cues": [c.model_copy(update={"example": ""}) for c in old.cues],
        }
    )
    return alert.model_copy(update={"evidence": evidence})


@flow(name="purge")
def purge_flow(
    config: str = DEFAULT_CONFIG, overrides: dict[str, Any] | None = None, now: datetime | None = None
) -> PurgeSummary:
    """Apply the retention periods of ``privacy`` (and write the purge to the audit log).

    Examples:
        >>> purge_flow("debatradar.yaml").summary()  # doctest: +SKIP
    """
    settings = load(config, overrides)
    summary = purge_store(settings, now or datetime.now(UTC))
    get_run_logger().info("purge: %s", summary.summary())
    return summary
