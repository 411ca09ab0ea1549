"""Settings, the store behind a small thread pool, query caching and the audit log."""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal, TypeVar

import streamlit as st

from index import open_store
from index.protocol import Store
from index.search_models import SearchQuery
from schema import AuditEntry
from schema.settings import Settings, UiLaunch, load_settings
from ui.access import User

T = TypeVar("T")
AuditAction = Literal["search", "export", "view_alert", "view_issue", "login", "config"]
_VIEWED = "_data_viewed"
#: Threads that talk to the store. Streamlit runs every rerun in a new thread; a backend that
#: keeps one connection per thread (the embedded SQLite store) would otherwise open one per click.
_STORE_THREADS = 4


class StorePool:
    """The store of one deployment; every call runs on the same few threads."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._pool = ThreadPoolExecutor(max_workers=_STORE_THREADS, thread_name_prefix="debatradar-store")

    def run(self, call: Callable[[Store], T]) -> T:
        """Run `call(store)` on a store thread and return its result (or raise its error)."""
        return self._pool.submit(call, self._store).result()


def config_path() -> Path:
    """The configuration file: DEBATRADAR_CONFIG, else ./debatradar.yaml."""
    return UiLaunch().config.resolve()


def settings() -> Settings:
    """The validated settings (reloaded when the file changes). Raises ConfigError."""
    path = config_path()
    return _settings(str(path), _mtime(path))


@st.cache_resource(show_spinner=False, max_entries=8)
def _settings(path: str, mtime: float) -> Settings:
    return load_settings(path)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime_ns / 1e9
    except OSError:
        return 0.0


def key() -> str:
    """Cache key of a query: the configuration file and the current `ui.cache_ttl_s` time slot."""
    ttl = settings().ui.cache_ttl_s
    slot = time.time_ns() if ttl == 0 else int(time.time() // ttl)
    return f"{config_path()}|{slot}"


def settings_of(cache_key: str) -> Settings:
    """The settings a cache key was made under."""
    path = cache_key.rsplit("|", 1)[0]
    return _settings(path, _mtime(Path(path)))


def run(call: Callable[[Store], T], cache_key: str | None = None) -> T:
    """Run `call(store)` against the deployment's store. Raises StoreError when it cannot be reached."""
    path = cache_key.rsplit("|", 1)[0] if cache_key else str(config_path())
    return _pool(path).run(call)


@st.cache_resource(show_spinner=False, max_entries=4)
def _pool(path: str) -> StorePool:
    store = open_store(_settings(path, _mtime(Path(path))))
    pool = StorePool(store)
    pool.run(lambda s: s.setup())
    return pool


def cached(fn: Callable[..., T]) -> Callable[..., T]:
    """Cache a query function (its first argument must be the cache key from `key()`)."""
    return st.cache_data(ttl=timedelta(hours=1), show_spinner=False, max_entries=512)(fn)


def refresh() -> None:
    """Forget cached query results (after a write, or when the user asks for fresh data)."""
    st.cache_data.clear()


def audit(
    user: User,
    action: AuditAction,
    *,
    query: str | None = None,
    filters: dict[str, str] | None = None,
    hits: int | None = None,
    detail: str | None = None,
) -> None:
    """Append one entry to the audit log (raises StoreError when it cannot be written)."""
    entry = AuditEntry(
        at=datetime.now(UTC),
        user=user.username,
        action=action,
        query=query,
        filters=filters or {},
        hits=hits,
        detail=detail,
    )
    run(lambda s: s.audit(entry))


def audit_view(user: User, action: Literal["view_alert", "view_issue"], item_id: str) -> None:
    """Log that a user opened an alert or issue, once per session and item."""
    viewed: set[str] = st.session_state.setdefault(_VIEWED, set())
    if f"{action}:{item_id}" not in viewed:
        audit(user, action, detail=item_id)
        viewed.add(f"{action}:{item_id}")


def audit_log(limit: int = 500) -> list[AuditEntry]:
    """Newest audit entries first (never cached: admins see the latest)."""
    return run(lambda s: s.list_audit(limit=limit))


def query_filters(query: SearchQuery) -> dict[str, str]:
    """The filters of a search as the audit log records them."""
    out: dict[str, str] = {}
    skip = {"text", "search_after", "size", "highlight", "facets", "facet_size"}
    for name, value in query.model_dump(exclude=skip).items():
        if isinstance(value, list) and value:
            out[name] = ",".join(str(v) for v in value)
        elif isinstance(value, datetime):
            out[name] = value.isoformat()
        elif name == "sort" and value is not None:
            out[name] = str(value)
    return out
