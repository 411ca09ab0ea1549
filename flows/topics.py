"""The topics flow: nlp.IssueTracker over the store's documents -> issue ids and issues."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows._runtime import DEFAULT_CONFIG, load, resolve_now, store_for
from index import DocumentFilter
from nlp.topics import IssueTracker
from schema.settings import Settings


@dataclass
class TopicsSummary:
    """What one topics run did."""

    documents: int = 0
    reassigned: int = 0
    issues: int = 0
    active: int = 0

    def summary(self) -> str:
        """One line for logs and the CLI."""
        return (
            f"{self.documents} documents, {self.reassigned} issue assignments changed, "
            f"{self.issues} issues ({self.active} active)"
        )


@task(name="track-issues", cache_policy=NO_CACHE)
def track_issues(settings: Settings, now: datetime) -> TopicsSummary:
    """Update the tracked issues from the documents of the history window (idempotent)."""
    days = min(settings.topics.history_days, settings.privacy.raw_text_days)
    with store_for(settings) as store:
        documents = list(
            store.iter_documents(DocumentFilter(published_from=now - timedelta(days=days), published_to=now))
        )
        tracker = IssueTracker(settings, settings.data_dir / "models")
        update = tracker.update(documents, store.list_issues(), now)
        changed = store.set_issue_ids(update.assignments)
        store.upsert_issues(update.issues)
    return TopicsSummary(
        documents=len(documents),
        reassigned=changed,
        issues=len(update.issues),
        active=sum(1 for i in update.issues if i.status == "active"),
    )


@flow(name="topics")
def topics_flow(
    config: str = DEFAULT_CONFIG, overrides: dict[str, Any] | None = None, now: datetime | None = None
) -> TopicsSummary:
    """Group the documents into tracked local issues with stable ids (BERTopic, refined by places).

    ``now`` defaults to the present, or to the newest document's day for an imported history.

    Examples:
        >>> topics_flow("debatradar.yaml").summary()  # doctest: +SKIP
    """
    settings = load(config, overrides)
    summary = track_issues(settings, resolve_now(settings, now))
    get_run_logger().info("topics: %s", summary.summary())
    return summary
