"""Retention of monthly indices: whole months are deleted by name, the boundary month by id.

No ``_delete_by_query`` (it is a module a cluster may lack): a month that ends before the
cut-off is deleted as an index; in the month that contains the cut-off, the ids of the older
entries are scanned and deleted with bulk.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from elasticsearch import Elasticsearch, helpers

from index.elasticsearch import templates as t
from index.elasticsearch._bulk import existing_indices


def _month_end(year: int, month: int) -> datetime:
    return datetime(year + month // 12, month % 12 + 1, 1, tzinfo=UTC)


def _month_start(year: int, month: int) -> datetime:
    return datetime(year, month, 1, tzinfo=UTC)


def purge_monthly(
    client: Elasticsearch, prefix: str, kind: t.Kind, time_field: str, before: datetime, retries: int
) -> int:
    """Delete the entries of a monthly kind whose ``time_field`` is before ``before``; returns how many."""
    cut = before.astimezone(UTC)
    alias = t.alias(prefix, kind)
    whole: list[str] = []
    partial: list[str] = []
    for name in sorted(existing_indices(client, alias)):
        parsed = t.parse_index_name(prefix, kind, name)
        if parsed is None or parsed[1] is None:
            continue
        year, month = parsed[1]
        if _month_end(year, month) <= cut:
            whole.append(name)
        elif _month_start(year, month) < cut:
            partial.append(name)
    deleted = 0
    for name in whole:
        deleted += int(client.count(index=name)["count"])
        client.indices.delete(index=name)
    query: dict[str, Any] = {"range": {time_field: {"lt": cut.isoformat()}}}
    for name in partial:
        actions = (
            {"_op_type": "delete", "_index": name, "_id": hit["_id"]}
            for hit in helpers.scan(client, index=name, query={"query": query, "_source": False}, size=1_000)
        )
        deleted += _count_deletes(client, actions, retries)
    if partial:
        client.indices.refresh(index=",".join(partial))
    return deleted


def _count_deletes(client: Elasticsearch, actions: Any, retries: int) -> int:
    count = 0
    for ok, result in helpers.streaming_bulk(
        client, actions, chunk_size=1_000, max_retries=retries, raise_on_error=False, yield_ok=True
    ):
        item = result.get("delete", {})
        if ok and item.get("result") == "deleted":
            count += 1
    return count
