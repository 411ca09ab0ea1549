"""The enrich flow: spool -> nlp.Enricher -> index, batch by batch, committing the cursor last.

With ``flows.workers.enrich_partitions`` = N > 1 the spool is split by item id into N shares
(``schema.partition_of``): every version of an item falls in the same share, in spool order,
so the index ends up exactly as after one run over the whole spool. Each share has its own
cursor ``enrich-<backend>@i/N`` and is enriched by one ``enrich-partition`` flow run holding the
share's lease; the share starts from the later of its own cursor and the backend's cursor
``enrich-<backend>``, which the flow advances to the least of the shares' cursors once all have
finished, so the partition count may change between runs and a one-process run may follow.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from crawlers import Spool
from flows._dispatch import lease_name, run_partitions
from flows._leases import hold_lease
from flows._progress import Progress, emit
from flows._resources import enricher_for
from flows._runtime import DEFAULT_CONFIG, load, store_for
from flows._states import backoff, retry_when
from schema import RawItem, StoreUnavailableError
from schema.settings import Settings


@dataclass
class EnrichSummary:
    """What one enrich run did."""

    read: int = 0
    indexed: int = 0
    dead_lettered: int = 0
    batches: int = 0
    pending: int = 0

    def summary(self) -> str:
        """One line for logs and the CLI."""
        return (
            f"{self.read} items read, {self.indexed} documents indexed, "
            f"{self.dead_lettered} dead-lettered, {self.pending} still waiting"
        )

    def add(self, other: EnrichSummary) -> None:
        """Count another batch or share in."""
        self.read += other.read
        self.indexed += other.indexed
        self.dead_lettered += other.dead_lettered
        self.batches += other.batches


def consumer_name(settings: Settings) -> str:
    """The spool cursor of the index the settings name (each backend is fed on its own)."""
    return f"enrich-{settings.index.backend}"


@task(name="enrich-batch", cache_policy=NO_CACHE, retry_condition_fn=retry_when(StoreUnavailableError))
def enrich_batch(
    settings: Settings,
    batch_size: int,
    partition: tuple[int, int] | None = None,
    still_ours: Callable[[], None] | None = None,
) -> EnrichSummary:
    """Enrich and index the next batch after the cursor (of one share, if given), then commit it.

    The cursor moves only after the index accepted the batch: if the index is down the task
    fails (and is retried), and the items wait in the spool. Items the enricher or the index
    rejects are dead-lettered with their reason, in the same transaction as the cursor.
    """
    base = consumer_name(settings)
    consumer = base if partition is None else lease_name(base, *partition)
    with Spool(settings.data_dir / "spool") as spool:
        after = max(spool.cursor(consumer), spool.cursor(base))
        scan = spool.scan(after, batch_size, partition)
        if not scan.items:
            if scan.end > after:
                spool.commit(consumer, scan.end)  # past other shares' records
            return EnrichSummary()
        latest: dict[str, RawItem] = {item.id: item for _, item in scan.items}
        documents, failures = enricher_for(settings).enrich_batch(list(latest.values()))
        with store_for(settings) as store:
            report = store.index_documents(documents)
        rejected = {**failures, **{k: f"index: {v}" for k, v in report.failed.items()}}
        letters = [
            (item_id, reason, latest[item_id].model_dump_json() if item_id in latest else "")
            for item_id, reason in rejected.items()
        ]
        if still_ours is not None:
            still_ours()
        spool.commit_batch(consumer, scan.end, letters)
        return EnrichSummary(
            read=len(scan.items), indexed=report.indexed, dead_lettered=len(rejected), batches=1
        )


@flow(name="enrich")
def enrich_flow(
    config: str = DEFAULT_CONFIG, overrides: dict[str, Any] | None = None, max_batches: int | None = None
) -> EnrichSummary:
    """Enrich everything the spool holds beyond this index's cursor and index it.

    With ``flows.workers.enrich_partitions`` > 1, the shares run as ``enrich-partition`` flows
    (on Prefect workers when ``flows.workers.dispatch`` is ``deployments``).

    Raises:
        StoreUnavailableError: the index stayed unreachable through the retries; nothing is
            lost, the items wait in the spool for the next run.
        PartitionError: a share still failed after its retries (on workers).

    Examples:
        >>> enrich_flow("debatradar.yaml").summary()  # doctest: +SKIP
        '3120 items read, 3118 documents indexed, 2 dead-lettered, 0 still waiting'
    """
    settings = load(config, overrides)
    count = settings.flows.workers.enrich_partitions
    if count == 1:
        summary = _enrich(settings, None, max_batches)
    else:
        base = consumer_name(settings)
        outcomes = run_partitions(
            settings,
            "enrich",
            [lease_name(base, i, count) for i in range(count)],
            settings.flows.workers.enrich_deployment,
            lambda i: {
                "config": config,
                "overrides": overrides,
                "partition": i,
                "partitions": count,
                "max_batches": max_batches,
            },
            lambda i: _to_json(enrich_partition_flow(config, overrides, i, count, max_batches)),
        )
        summary = EnrichSummary()
        for outcome in outcomes:
            summary.add(EnrichSummary(**json.loads(outcome)))
        summary.pending = _settle_shares(settings, count)
    get_run_logger().info("enrich: %s", summary.summary())
    return summary


@flow(name="enrich-partition")
def enrich_partition_flow(
    config: str = DEFAULT_CONFIG,
    overrides: dict[str, Any] | None = None,
    partition: int = 0,
    partitions: int = 1,
    max_batches: int | None = None,
) -> EnrichSummary:
    """Enrich one share of the spool (the items whose id falls in partition of partitions).

    Started by the enrich flow; holds the share's lease while it runs.

    Raises:
        StoreUnavailableError: the index stayed unreachable; the share's items wait.
        PartitionError: another live run holds the share, or this run lost its lease.
    """
    from prefect.runtime import flow_run

    settings = load(config, overrides)
    name = lease_name(consumer_name(settings), partition, partitions)
    # load the models before taking the lease: their loading holds the GIL for seconds, which
    # would keep the lease from being renewed and make a live run look dead
    _ = enricher_for(settings).nlp
    with hold_lease(settings.data_dir, name, str(flow_run.id), settings.flows.workers.lease_s) as lease:
        summary = _enrich(settings, (partition, partitions), max_batches, lease.check)
        lease.outcome = _to_json(summary)
    get_run_logger().info("enrich %s: %s", name, summary.summary())
    return summary


def _enrich(
    settings: Settings,
    partition: tuple[int, int] | None,
    max_batches: int | None,
    still_ours: Callable[[], None] | None = None,
) -> EnrichSummary:
    flows = settings.flows
    batch_task = enrich_batch.with_options(
        retries=flows.index_retries,
        retry_delay_seconds=backoff(flows.index_retry_delay_s, flows.index_retries),
    )
    summary = EnrichSummary()
    total = _pending(settings, partition)
    emit(Progress("enrich", "spool", 0, total))
    while max_batches is None or summary.batches < max_batches:
        if still_ours is not None:
            still_ours()
        try:
            done = batch_task(settings, flows.enrich_batch_size, partition, still_ours)
        except StoreUnavailableError as err:
            raise StoreUnavailableError(
                f"{err} {_pending(settings, partition)} items wait in the spool; run `debatradar enrich` "
                "again when the index is reachable."
            ) from err
        if done.read == 0:
            break
        summary.add(done)
        emit(Progress("enrich", "spool", summary.read, total))
    summary.pending = _pending(settings, partition)
    return summary


def _pending(settings: Settings, partition: tuple[int, int] | None) -> int:
    """Records after the cursor (of a share: after the later of its own and the backend's cursor)."""
    base = consumer_name(settings)
    with Spool(settings.data_dir / "spool") as spool:
        if partition is None:
            return spool.pending(base)
        after = max(spool.cursor(lease_name(base, *partition)), spool.cursor(base))
        return spool.count_after(after, partition)


def _settle_shares(settings: Settings, count: int) -> int:
    """Advance the backend's cursor to what every share has done; the records still waiting."""
    base = consumer_name(settings)
    with Spool(settings.data_dir / "spool") as spool:
        done = min(spool.cursor(lease_name(base, i, count)) for i in range(count))
        if done > spool.cursor(base):
            spool.commit(base, done)
    return sum(_pending(settings, (i, count)) for i in range(count))


def _to_json(summary: EnrichSummary) -> str:
    return json.dumps(asdict(summary))
