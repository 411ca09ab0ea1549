"""``setup()``: install the versioned templates and migrate indices of an older template version.

A migration never uses ``_reindex`` (a module a cluster may lack). For every index behind an
alias whose version is older than the template's:

1. create the new index (the template gives mappings, settings and the alias) and detach the
   alias from it at once, while it is still empty;
2. copy every entry with ``helpers.scan`` + ``streaming_bulk`` (``op_type=create``, same ids,
   so an entry already written by the new code is never overwritten by its older copy);
3. swap atomically: add the alias to the new index and remove the old index in one
   ``_aliases`` request.

If anything fails the old index stays as it was and the error names it; rerunning setup()
starts the copy again. Rerunning setup() on an up-to-date cluster changes nothing.

``replicas`` is a dynamic setting: setup() also gives the existing indices the configured number
of replicas (a single node grown into a cluster gets its redundancy by configuration alone).
``shards`` is fixed when an index is created: a new value applies to the indices created from
then on (the next month's documents).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from elasticsearch import Elasticsearch, helpers

from index.elasticsearch import templates as t
from index.elasticsearch._client import RETRY_STATUSES
from index.elasticsearch._results import document_words
from schema import StoreError
from schema.settings import ElasticsearchSettings

#: indices per settings request (index names are joined into the URL)
_SETTINGS_BATCH = 50


@dataclass
class SetupReport:
    """What setup() did."""

    templates: list[str] = field(default_factory=list)  # templates installed or updated
    migrated: dict[str, str] = field(default_factory=dict)  # old index -> new index
    replicas: dict[str, int] = field(default_factory=dict)  # existing index -> replicas it now has


def _installed_templates(client: Elasticsearch, prefix: str) -> dict[str, str | None]:
    """Our installed template names -> the body hash recorded in their ``_meta``."""
    response = client.options(ignore_status=404).indices.get_index_template(name=f"{prefix}-*")
    if response.meta.status == 404:
        return {}
    return {
        item["name"]: (item["index_template"].get("_meta") or {}).get("body_hash")
        for item in response.body.get("index_templates", [])
    }


def _aliases_by_index(client: Elasticsearch, prefix: str) -> dict[str, set[str]]:
    """Every index named ``<prefix>-*`` -> its aliases."""
    response = client.options(ignore_status=404).indices.get_alias(
        index=f"{prefix}-*", expand_wildcards="all"
    )
    if response.meta.status == 404:
        return {}
    return {name: set((info.get("aliases") or {}).keys()) for name, info in response.body.items()}


def setup(
    client: Elasticsearch, es: ElasticsearchSettings, kinds: tuple[t.Kind, ...] = t.KINDS
) -> SetupReport:
    """Install (or update) the templates and migrate indices of older versions. Safe to rerun.

    Indices are created on first write (through the template, so they get mappings and alias);
    reads of a kind that has no index yet find nothing.
    """
    prefix = es.index_prefix
    report = SetupReport()
    installed = _installed_templates(client, prefix)
    indices = _aliases_by_index(client, prefix)
    for kind in kinds:
        alias = t.alias(prefix, kind)
        if alias in indices:
            raise StoreError(
                f"'{alias}' exists as an index, but Debatradar needs that name for an alias over "
                f"'{alias}-v*'. Move its data elsewhere and delete it, or choose another "
                "index.elasticsearch.index_prefix."
            )
        body = t.template_body(prefix, kind, es)
        if installed.get(alias) != body["_meta"]["body_hash"]:
            client.indices.put_index_template(name=alias, **body)
            report.templates.append(alias)
        for old in sorted(name for name, aliases in indices.items() if alias in aliases):
            parsed = t.parse_index_name(prefix, kind, old)
            if parsed is None:
                raise StoreError(
                    f"index '{old}' is behind the alias '{alias}' but is not one of Debatradar's "
                    f"indices ('{alias}-v<version>'); remove it from the alias."
                )
            version = parsed[0]
            if version < kind.version:
                new = old.replace(f"{alias}-v{version}", f"{alias}-v{kind.version}", 1)
                transform = _rederive if kind.name == t.DOCUMENTS.name else None
                migrate_index(client, old, new, alias, es.bulk_chunk_size, es.max_retries, transform)
                report.migrated[old] = new
            elif version > kind.version:
                raise StoreError(
                    f"index '{old}' was made by a newer Debatradar (template v{version} > v{kind.version}); "
                    "upgrade this installation instead of downgrading the index."
                )
    ours = [name for name, aliases in indices.items() if aliases & {t.alias(prefix, k) for k in kinds}]
    report.replicas = _apply_replicas(client, [n for n in ours if n not in report.migrated], es.replicas)
    return report


def _apply_replicas(client: Elasticsearch, names: list[str], replicas: int) -> dict[str, int]:
    """Give existing indices ``replicas`` replicas where they have another number; returns those changed."""
    if not names:
        return {}
    current = client.indices.get_settings(
        index=",".join(sorted(names)), name="index.number_of_replicas", expand_wildcards="all"
    )
    changed = sorted(
        name
        for name, body in current.body.items()
        if int(body["settings"]["index"]["number_of_replicas"]) != replicas
    )
    for start in range(0, len(changed), _SETTINGS_BATCH):
        batch = changed[start : start + _SETTINGS_BATCH]
        client.indices.put_settings(
            index=",".join(batch), settings={"index": {"number_of_replicas": replicas}}
        )
    return dict.fromkeys(changed, replicas)


def _rederive(source: dict[str, Any]) -> dict[str, Any]:
    """A document's _source with its derived fields computed again (their rule may have changed)."""
    return {**source, "significant_words": document_words(str(source.get("lemma_text") or ""))}


def migrate_index(
    client: Elasticsearch,
    old: str,
    new: str,
    alias: str,
    chunk_size: int,
    retries: int,
    transform: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
) -> int:
    """Copy one index into its successor and swap the alias; returns how many entries were copied.

    ``transform`` rewrites each ``_source`` on the way (documents: derived fields are recomputed).
    """
    target_is_live = client.indices.exists_alias(name=alias, index=new)
    if not target_is_live:
        if client.indices.exists(index=new):  # a copy interrupted earlier: start it again
            client.indices.delete(index=new)
        client.indices.create(index=new)
        client.indices.update_aliases(actions=[{"remove": {"index": new, "alias": alias}}])
    client.indices.refresh(index=old)
    expected = int(client.count(index=old)["count"])
    actions = (
        {
            "_op_type": "create",
            "_index": new,
            "_id": hit["_id"],
            "_source": transform(hit["_source"]) if transform else hit["_source"],
        }
        for hit in helpers.scan(client, index=old, query={"query": {"match_all": {}}}, size=1_000)
    )
    copied = 0
    failures: dict[str, str] = {}
    for ok, result in helpers.streaming_bulk(
        client,
        actions,
        chunk_size=chunk_size,
        max_retries=retries,
        retry_on_status=RETRY_STATUSES,
        raise_on_error=False,
        yield_ok=True,
    ):
        item = result["create"]
        if ok or item.get("status") == 409:
            copied += 1
        else:
            failures[str(item.get("_id"))] = str(item.get("error"))
    if failures or copied != expected or int(client.count(index=old)["count"]) != expected:
        if not target_is_live:
            client.indices.delete(index=new)
        first = next(iter(failures.items()), None)
        raise StoreError(
            f"migrating '{old}' to '{new}' stopped: copied {copied} of {expected} entries"
            + (
                f"; {len(failures)} failed, e.g. {first[0]}: {first[1]}"
                if first
                else "; the index changed meanwhile"
            )
            + f". '{old}' is unchanged; fix the cause and run setup again."
        )
    client.indices.refresh(index=new)
    client.indices.update_aliases(
        actions=[{"add": {"index": new, "alias": alias}}, {"remove_index": {"index": old}}]
    )
    return copied
