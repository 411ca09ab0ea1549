"""`debatradar serve`: the scheduled deployments run in this process, plus the Atom feed over HTTP.

The same schedules as prefect.yaml (Europe/Copenhagen): crawl every 15 minutes, analyse five
minutes after each crawl slot, the weekly briefing on Mondays at 07:00, the purge at 02:30.
"""

from __future__ import annotations

from typing import Any

from prefect import serve
from prefect.schedules import Cron

from flows._runtime import load, store_for
from flows.briefing.flow import brief_flow
from flows.crawl import crawl_flow
from flows.notify.atom import write_alert_feed
from flows.notify.feed_server import FeedServer
from flows.pipeline import analyse_flow
from flows.purge import purge_flow

SCHEDULES = {
    "crawl": "*/15 * * * *",
    "analyse": "5,20,35,50 * * * *",
    "weekly-briefing": "0 7 * * 1",
    "nightly-purge": "30 2 * * *",
}


def deployments(config: str, overrides: dict[str, Any]) -> list[Any]:
    """The four scheduled deployments, parameterised with one configuration."""
    tz = load(config, overrides).flows.timezone
    params = {"config": config, "overrides": overrides}
    return [
        crawl_flow.to_deployment(
            "crawl", schedules=[Cron(SCHEDULES["crawl"], timezone=tz)], parameters=params, tags=["crawl"],
            concurrency_limit=1,
        ),
        analyse_flow.to_deployment(
            "analyse", schedules=[Cron(SCHEDULES["analyse"], timezone=tz)], parameters=params,
            tags=["analysis"],
            concurrency_limit=1,
        ),
        brief_flow.to_deployment(
            "weekly-briefing", schedules=[Cron(SCHEDULES["weekly-briefing"], timezone=tz)],
            parameters={**params, "send": True}, tags=["analysis"],
        ),
        purge_flow.to_deployment(
            "nightly-purge", schedules=[Cron(SCHEDULES["nightly-purge"], timezone=tz)], parameters=params,
            tags=["maintenance"],
        ),
    ]  # fmt: skip


def serve_all(config: str, overrides: dict[str, Any], host: str, port: int) -> None:
    """Serve the deployments until interrupted, with the Atom feed on ``host:port``."""
    settings = load(config, overrides)
    with store_for(settings) as store:
        write_alert_feed(store.list_alerts(), settings, settings.ui.language)
    with FeedServer(settings.data_dir, host, port):
        serve(*deployments(config, overrides), print_starting_message=False)
