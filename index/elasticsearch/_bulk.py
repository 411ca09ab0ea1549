"""Bulk loading with ``helpers.streaming_bulk``: fixed ids, back-off retries, a report of failures."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC
from itertools import islice
from typing import Any

from elasticsearch import Elasticsearch, helpers

from index.elasticsearch import templates as t
from index.elasticsearch._client import RETRY_STATUSES
from index.elasticsearch._results import document_source
from index.search_models import BulkReport
from index.semantics import MAX_TEXT_CHARS
from schema import EnrichedDocument, StoreError

_LOOKUP_BATCH = 1_000


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def locate(
    client: Elasticsearch, index: str, ids: list[str], source: bool = False, includes: list[str] | None = None
) -> dict[str, Any]:
    """Map each id that exists behind ``index`` to its hit (``_index``, and ``_source`` if asked)."""
    found: dict[str, Any] = {}
    for chunk in _chunks(ids, _LOOKUP_BATCH):
        body = client.search(
            index=index,
            query={"ids": {"values": chunk}},
            size=len(chunk),
            source=source or bool(includes),
            source_includes=includes,
            ignore_unavailable=True,
            allow_no_indices=True,
        )
        for hit in body["hits"]["hits"]:
            found[hit["_id"]] = hit
    return found


def existing_indices(client: Elasticsearch, alias: str) -> set[str]:
    """The concrete indices behind an alias (empty if it does not exist yet)."""
    response = client.options(ignore_status=404).indices.get_alias(name=alias)
    if response.meta.status == 404:
        return set()
    return set(response.body)


def ensure_index(client: Elasticsearch, name: str, known: set[str]) -> None:
    """Create an index (the template gives mappings and alias) unless it is known to exist."""
    if name in known:
        return
    if not client.indices.exists(index=name):
        client.options(ignore_status=400).indices.create(index=name)
    known.add(name)


def _document_actions(
    client: Elasticsearch,
    prefix: str,
    documents: Iterable[EnrichedDocument],
    chunk_size: int,
    known: set[str],
    rejected: dict[str, str],
) -> Iterator[dict[str, Any]]:
    alias = t.alias(prefix, t.DOCUMENTS)
    for chunk in _chunks(documents, chunk_size):
        accepted: list[EnrichedDocument] = []
        for doc in chunk:
            if len(doc.text) > MAX_TEXT_CHARS:
                rejected[doc.id] = (
                    f"text is {len(doc.text):,} characters long; the index takes at most {MAX_TEXT_CHARS:,}"
                )
            else:
                accepted.append(doc)
        targets = {d.id: t.index_name(prefix, t.DOCUMENTS, d.published_at.astimezone(UTC)) for d in accepted}
        for name in set(targets.values()):
            ensure_index(client, name, known)
        # a document whose publication month changed lives in another monthly index: remove that copy
        for doc_id, hit in locate(client, alias, list(targets)).items():
            if hit["_index"] != targets[doc_id]:
                yield {"_op_type": "delete", "_index": hit["_index"], "_id": doc_id}
        for doc in accepted:
            rejected.pop(doc.id, None)  # a later good copy of the same id wins
            yield {
                "_op_type": "index",
                "_index": targets[doc.id],
                "_id": doc.id,
                "_source": document_source(doc),
            }


def _reason(item: dict[str, Any]) -> str:
    error = item.get("error")
    if isinstance(error, dict):
        text = f"{error.get('type')}: {error.get('reason')}"
        caused = error.get("caused_by")
        if isinstance(caused, dict):
            text += f" (caused by {caused.get('type')}: {caused.get('reason')})"
        return text
    return str(error or f"HTTP {item.get('status')}")


def run_bulk(
    client: Elasticsearch, actions: Iterable[dict[str, Any]], chunk_size: int, retries: int
) -> BulkReport:
    """Send actions; count successful index/create/update actions and report failures by id."""
    report = BulkReport()
    for ok, result in helpers.streaming_bulk(
        client,
        actions,
        chunk_size=chunk_size,
        max_retries=retries,
        initial_backoff=0.5,
        max_backoff=10,
        retry_on_status=RETRY_STATUSES,
        raise_on_error=False,
        yield_ok=True,
    ):
        op, item = next(iter(result.items()))
        if op == "delete":
            continue
        if ok:
            if item.get("result") != "noop":
                report.indexed += 1
        else:
            report.failed[str(item.get("_id"))] = _reason(item)
    return report


def index_documents(
    client: Elasticsearch, prefix: str, documents: Iterable[EnrichedDocument], chunk_size: int, retries: int
) -> BulkReport:
    """Insert or replace documents by id in their monthly index, then refresh the alias."""
    alias = t.alias(prefix, t.DOCUMENTS)
    known = existing_indices(client, alias)
    rejected: dict[str, str] = {}
    actions = _document_actions(client, prefix, documents, chunk_size, known, rejected)
    report = run_bulk(client, actions, chunk_size, retries)
    client.indices.refresh(index=alias, ignore_unavailable=True, allow_no_indices=True)
    report.failed.update({k: v for k, v in rejected.items() if k not in report.failed})
    return report


def set_issue_ids(
    client: Elasticsearch, prefix: str, assignments: dict[str, str | None], chunk_size: int, retries: int
) -> int:
    """Partial updates of issue_id where it changes; returns how many documents changed."""
    alias = t.alias(prefix, t.DOCUMENTS)
    current = locate(client, alias, list(assignments), includes=["issue_id"])
    actions = [
        {
            "_op_type": "update",
            "_index": hit["_index"],
            "_id": doc_id,
            "doc": {"issue_id": assignments[doc_id]},
        }
        for doc_id, hit in current.items()
        if (hit.get("_source") or {}).get("issue_id") != assignments[doc_id]
    ]
    if not actions:
        return 0
    report = run_bulk(client, actions, chunk_size, retries)
    client.indices.refresh(index=alias)
    if report.failed:
        first = next(iter(report.failed.items()))
        raise StoreError(
            f"setting issue ids failed for {len(report.failed)} document(s), e.g. {first[0]}: {first[1]}"
        )
    return report.indexed
