"""Saved searches that analysts turned into alert rules (read from the UI's saved_searches.json)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from pydantic import TypeAdapter, ValidationError

from index import SearchQuery, Store
from schema import Level, StoreError
from schema.settings import SavedSearch, Settings, saved_searches_path

_LIST = TypeAdapter(list[SavedSearch])


@dataclass(frozen=True)
class SearchHit:
    """A saved search whose rule fired in the current window."""

    search_id: str
    name: str
    query: str
    hits: int
    hours: int
    level: Level
    channels: list[str]
    window_start: datetime


def load_saved_searches(settings: Settings) -> list[SavedSearch]:
    """The saved searches; an absent file is an empty list, a damaged one a StoreError."""
    path = saved_searches_path(settings.data_dir)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return []
    except OSError as err:
        raise StoreError(f"{path}: cannot read saved searches ({err.strerror}).") from None
    try:
        return _LIST.validate_json(raw)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise StoreError(f"{path}: the saved searches are damaged at {where}: {first['msg']}.") from None


def fired_searches(store: Store, settings: Settings, now: datetime) -> list[SearchHit]:
    """Saved searches with an enabled rule and at least ``min_hits`` documents in the rule's window.

    The window is aligned to multiples of its length (since the epoch), so a rule fires at most
    once per window however often the flow runs.
    """
    fired: list[SearchHit] = []
    for saved in load_saved_searches(settings):
        rule = saved.rule
        if rule is None or not rule.enabled:
            continue
        length = timedelta(hours=rule.window_hours)
        start = now - length
        query = SearchQuery.model_validate({**saved.query, "date_from": start, "date_to": now, "size": 0})
        query = query.model_copy(update={"highlight": False, "facets": [], "histogram": None})
        total = store.search(query).total
        if total >= rule.min_hits:
            epoch = datetime(1970, 1, 1, tzinfo=now.tzinfo)
            window = epoch + length * ((now - epoch) // length)
            fired.append(
                SearchHit(
                    search_id=saved.search_id,
                    name=saved.name,
                    query=str(saved.query.get("text") or ""),
                    hits=total,
                    hours=rule.window_hours,
                    level=rule.level,
                    channels=rule.channels,
                    window_start=window,
                )
            )
    return fired
