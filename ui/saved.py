"""Saved searches and the alert rules made from them, kept in <data_dir>/ui/saved_searches.json.

The file is a JSON list of `schema.settings.SavedSearch`; the notify flow reads the rules from
the same file (see docs/ui.md). Writes are atomic and serialised with a lock file, so the UI's
sessions and a flow never lose each other's changes; a damaged file is reported, never replaced.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from index.search_models import SearchQuery
from schema import StoreError
from schema.settings import SavedSearch, SearchRule, saved_searches_path
from ui._files import atomic_write, locked

__all__ = ["SearchRule", "add", "delete", "load", "set_rule", "to_query"]

_LIST = TypeAdapter(list[SavedSearch])
#: Paging and presentation are not part of what a saved search means.
_NOT_SAVED = {"search_after", "size", "highlight", "facets", "facet_size", "histogram"}


def load(data_dir: Path) -> list[SavedSearch]:
    """All saved searches, oldest first; an absent file is an empty list."""
    path = saved_searches_path(data_dir)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return []
    except OSError as err:
        raise StoreError(f"{path}: cannot read saved searches ({err.strerror})") from None
    try:
        return _LIST.validate_json(raw)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise StoreError(
            f"{path}: the saved searches are damaged at {where}: {first['msg']}; "
            "repair or move the file (it is left untouched)"
        ) from None


def add(data_dir: Path, name: str, query: SearchQuery, owner: str, rule: SearchRule | None) -> SavedSearch:
    """Save a search under a name; the same name from the same owner replaces the old one."""
    item = SavedSearch(
        search_id=uuid.uuid4().hex[:12],
        name=name.strip(),
        owner=owner,
        created_at=datetime.now(UTC),
        query=query.model_dump(mode="json", exclude=_NOT_SAVED),
        rule=rule,
    )
    _update(data_dir, lambda items: [i for i in items if (i.owner, i.name) != (owner, item.name)] + [item])
    return item


def delete(data_dir: Path, search_id: str) -> None:
    """Remove a saved search (no error when it is already gone)."""
    _update(data_dir, lambda items: [i for i in items if i.search_id != search_id])


def set_rule(data_dir: Path, search_id: str, rule: SearchRule | None) -> None:
    """Turn a saved search into an alert rule, change the rule, or (None) remove it."""
    _update(
        data_dir,
        lambda items: [i.model_copy(update={"rule": rule}) if i.search_id == search_id else i for i in items],
    )


def to_query(item: SavedSearch) -> SearchQuery:
    """The search a saved search stands for."""
    return SearchQuery.model_validate(item.query)


def _update(data_dir: Path, change: Callable[[list[SavedSearch]], list[SavedSearch]]) -> None:
    path = saved_searches_path(data_dir)
    with locked(path):
        items = change(load(data_dir))
        payload = json.dumps([i.model_dump(mode="json") for i in items], ensure_ascii=False, indent=2)
        atomic_write(path, (payload + "\n").encode("utf-8"))
