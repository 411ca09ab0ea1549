"""What every flow does first: load the settings from JSON-able parameters and open the store."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

from index import SearchQuery, Store, open_store
from schema.settings import Settings, load_settings

#: flows take these JSON-able parameters, so that a deployment can run them on any worker
DEFAULT_CONFIG = "debatradar.yaml"


def load(config: str | Path = DEFAULT_CONFIG, overrides: dict[str, Any] | None = None) -> Settings:
    """Settings from a debatradar.yaml plus overrides (nested dicts, e.g. ``{"index": {"backend": ...}}``).

    Secrets come from the environment of the process that runs the flow, never from parameters.
    """
    return load_settings(config, **(overrides or {}))


@contextmanager
def store_for(settings: Settings) -> Iterator[Store]:
    """The configured store, set up and closed again."""
    store = open_store(settings)
    try:
        store.setup()
        yield store
    finally:
        store.close()


def resolve_now(settings: Settings, requested: datetime | None = None) -> datetime:
    """The moment an analysis runs 'as of': the one asked for, else now.

    When the index only holds documents older than ``detection.lookback_days`` (an imported
    history), the analysis runs as of the end of the newest document's day instead, so that
    imported data gets analysed like live data would have been.
    """
    if requested is not None:
        return requested if requested.tzinfo else requested.replace(tzinfo=UTC)
    wall = datetime.now(UTC)
    with store_for(settings) as store:
        result = store.search(SearchQuery(sort="newest", size=1, highlight=False))
    if not result.hits:
        return wall
    newest = result.hits[0].document.published_at.astimezone(UTC)
    if newest >= wall - timedelta(days=settings.detection.lookback_days):
        return wall
    return datetime.combine(newest.date() + timedelta(days=1), time(0), tzinfo=UTC) - timedelta(
        microseconds=1
    )
