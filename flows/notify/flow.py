"""The notify flow: queue alert changes, send what is due, write the Atom feed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows._runtime import DEFAULT_CONFIG, load, store_for
from flows._states import backoff, error_text, retry_when
from flows.notify.atom import write_alert_feed
from flows.notify.dispatch import Delivery, plan_deliveries, queue_changes, render, send
from flows.notify.errors import DeliveryError
from flows.notify.outbox import Outbox
from schema.settings import Settings


@dataclass
class NotifyReport:
    """What one notify run did."""

    queued: int = 0
    messages_sent: int = 0
    changes_sent: int = 0
    waiting: int = 0
    failed: dict[str, str] = field(default_factory=dict)
    feed: str | None = None

    def summary(self) -> str:
        """One line for logs and the CLI."""
        text = f"{self.queued} new changes, {self.messages_sent} messages sent, {self.waiting} waiting"
        if self.failed:
            text += f", {len(self.failed)} failed: " + "; ".join(f"{k}: {v}" for k, v in self.failed.items())
        return text


@task(name="queue-alert-changes", cache_policy=NO_CACHE)
def queue_task(settings: Settings, now: datetime) -> int:
    """Queue and claim the changes each channel is owed."""
    with store_for(settings) as store, Outbox(settings.data_dir) as outbox:
        return queue_changes(store, settings, outbox, now)


@task(name="send-notification", cache_policy=NO_CACHE, retry_condition_fn=retry_when(DeliveryError))
def send_task(settings: Settings, delivery: Delivery, now: datetime) -> int:
    """Render and send one delivery; transient failures are retried by Prefect."""
    with store_for(settings) as store, Outbox(settings.data_dir) as outbox:
        message = render(delivery, store, settings, outbox)
        if message is not None:
            send(message, delivery.channel, settings)
        outbox.delivered(delivery.channel, list(delivery.keys), delivery.digest, now)
        return 0 if message is None else 1


@task(name="write-alert-feed", cache_policy=NO_CACHE)
def feed_task(settings: Settings, now: datetime) -> str:
    """Rewrite the Atom feed from the store's alerts."""
    with store_for(settings) as store:
        return str(write_alert_feed(store.list_alerts(), settings, settings.ui.language, now))


@flow(name="notify", log_prints=False)
def notify_flow(
    config: str = DEFAULT_CONFIG, overrides: dict[str, Any] | None = None, now: datetime | None = None
) -> NotifyReport:
    """Send alert changes to e-mail, Teams and Slack by the channels' rules and write the Atom feed.

    Raises:
        DeliveryError: when a message could not be delivered after its retries (it stays queued).

    Examples:
        >>> notify_flow("debatradar.yaml")  # doctest: +SKIP
    """
    settings = load(config, overrides)
    moment = now or datetime.now(UTC)
    report = NotifyReport(queued=queue_task(settings, moment))
    sender = send_task.with_options(
        retries=settings.notify.send_retries,
        retry_delay_seconds=backoff(settings.notify.retry_delay_s, settings.notify.send_retries),
    )
    with Outbox(settings.data_dir) as outbox:
        deliveries = plan_deliveries(settings, outbox, moment)
    for delivery in deliveries:
        state = sender(settings, delivery, moment, return_state=True)
        if state.is_completed():
            report.messages_sent += state.result()
            report.changes_sent += len(delivery.keys)
            continue
        error = error_text(state)
        with Outbox(settings.data_dir) as outbox:
            outbox.failed(list(delivery.keys), error)
        report.failed[f"{delivery.channel} ({len(delivery.keys)})"] = error
    report.feed = feed_task(settings, moment)
    with Outbox(settings.data_dir) as outbox:
        report.waiting = len(outbox.entries())
    get_run_logger().info("notify: %s", report.summary())
    if report.failed:
        raise DeliveryError(
            f"notifications not delivered; they wait in the outbox for the next run: {report.summary()}",
            transient=True,
        )
    return report
