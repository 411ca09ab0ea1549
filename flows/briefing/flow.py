"""The brief flow: build the weekly briefing (HTML + PDF), archive it, e-mail it."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows._i18n import Language
from flows._names import centroids
from flows._runtime import DEFAULT_CONFIG, load, store_for
from flows._states import backoff, retry_when
from flows.briefing.build import build_briefing, send_briefing
from flows.briefing.week import IsoWeek
from flows.notify.errors import DeliveryError
from schema import StoreError
from schema.settings import Settings


@task(name="build-briefing", cache_policy=NO_CACHE)
def build_task(settings: Settings, week: str, language: Language, now: datetime) -> str:
    """Build and archive one briefing; returns its id."""
    with store_for(settings) as store:
        return build_briefing(
            store, settings, IsoWeek.parse(week), language, now, centroids(settings)
        ).briefing_id


@task(name="send-briefing", cache_policy=NO_CACHE, retry_condition_fn=retry_when(DeliveryError))
def send_task(settings: Settings, briefing_id: str) -> int:
    """E-mail a stored briefing to the leadership list."""
    with store_for(settings) as store:
        briefing = store.get_briefing(briefing_id)
    if briefing is None:
        raise StoreError(f"briefing {briefing_id} is not in the index; build it first.")
    return send_briefing(settings, briefing)


@flow(name="brief")
def brief_flow(
    config: str = DEFAULT_CONFIG,
    overrides: dict[str, Any] | None = None,
    week: str | None = None,
    languages: list[Language] | None = None,
    send: bool = False,
    now: datetime | None = None,
) -> list[str]:
    """Build the briefing of an ISO week (default: the last complete week) and optionally e-mail it.

    Examples:
        >>> brief_flow("debatradar.yaml", week="2026-W47")  # doctest: +SKIP
        ['2026-W47-da']
    """
    settings = load(config, overrides)
    moment = now or datetime.now(UTC)
    chosen = str(IsoWeek.parse(week)) if week else str(IsoWeek.last_complete(moment, settings.flows.timezone))
    built = [build_task(settings, chosen, lang, moment) for lang in (languages or [settings.ui.language])]
    if send and settings.notify.briefing_recipients:
        sender = send_task.with_options(
            retries=settings.notify.send_retries,
            retry_delay_seconds=backoff(settings.notify.retry_delay_s, settings.notify.send_retries),
        )
        sender(settings, built[0])
    get_run_logger().info("brief: %s", ", ".join(built))
    return built
