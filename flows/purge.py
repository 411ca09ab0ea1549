"""The purge flow: retention. Raw texts go after privacy.raw_text_days; aggregates stay."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows._runtime import DEFAULT_CONFIG, load, store_for
from flows._states import retry_when
from flows.notify.outbox import Outbox
from schema import AuditEntry, StoreUnavailableError
from schema.settings import Settings


@dataclass
class PurgeSummary:
    """What one purge run deleted."""

    documents: int = 0
    audit_entries: int = 0
    documents_before: datetime | None = None
    audit_before: datetime | None = None

    def summary(self) -> str:
        """One line for logs and the CLI."""
        return (
            f"{self.documents} documents published before {self.documents_before:%Y-%m-%d} and "
            f"{self.audit_entries} audit entries before {self.audit_before:%Y-%m-%d} deleted"
        )


@task(
    name="purge-store", cache_policy=NO_CACHE, retries=2, retry_condition_fn=retry_when(StoreUnavailableError)
)
def purge_store(settings: Settings, now: datetime) -> PurgeSummary:
    """Delete documents and audit entries past retention; issues, alerts and briefings stay."""
    documents_before = now - timedelta(days=settings.privacy.raw_text_days)
    audit_before = now - timedelta(days=settings.privacy.audit_days)
    with store_for(settings) as store:
        documents = store.purge_documents(documents_before)
        audit = store.purge_audit(audit_before)
        summary = PurgeSummary(documents, audit, documents_before, audit_before)
        store.audit(AuditEntry(at=now, user="system", action="purge", detail=summary.summary()))
    with Outbox(settings.data_dir) as outbox:
        outbox.prune(now - timedelta(days=30))
    return summary


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
