"""The enrich flow: spool -> nlp.Enricher -> index, batch by batch, committing the cursor last."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from crawlers import Spool
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


def consumer_name(settings: Settings) -> str:
    """The spool cursor of the index the settings name (each backend is fed on its own)."""
    return f"enrich-{settings.index.backend}"


@task(name="enrich-batch", cache_policy=NO_CACHE, retry_condition_fn=retry_when(StoreUnavailableError))
def enrich_batch(settings: Settings, batch_size: int) -> EnrichSummary:
    """Enrich and index the next batch after the cursor, then commit the cursor.

    The cursor moves only after the index accepted the batch: if the index is down the task
    fails (and is retried), and the items wait in the spool. Items the enricher or the index
    rejects are dead-lettered with their reason.
    """
    consumer = consumer_name(settings)
    with Spool(settings.data_dir / "spool") as spool:
        batch = list(spool.read(consumer, limit=batch_size))
        if not batch:
            return EnrichSummary()
        latest: dict[str, RawItem] = {item.id: item for _, item in batch}
        documents, failures = enricher_for(settings).enrich_batch(list(latest.values()))
        with store_for(settings) as store:
            report = store.index_documents(documents)
        rejected = {**failures, **{k: f"index: {v}" for k, v in report.failed.items()}}
        for item_id, reason in rejected.items():
            item = latest.get(item_id)
            spool.dead_letter(item_id, reason, item.model_dump_json() if item else "")
        spool.commit(consumer, batch[-1][0])
        return EnrichSummary(read=len(batch), indexed=report.indexed, dead_lettered=len(rejected), batches=1)


@flow(name="enrich")
def enrich_flow(
    config: str = DEFAULT_CONFIG, overrides: dict[str, Any] | None = None, max_batches: int | None = None
) -> EnrichSummary:
    """Enrich everything the spool holds beyond this index's cursor and index it.

    Raises:
        StoreUnavailableError: the index stayed unreachable through the retries; nothing is
            lost, the items wait in the spool for the next run.

    Examples:
        >>> enrich_flow("debatradar.yaml").summary()  # doctest: +SKIP
        '3120 items read, 3118 documents indexed, 2 dead-lettered, 0 still waiting'
    """
    settings = load(config, overrides)
    flows = settings.flows
    batch_task = enrich_batch.with_options(
        retries=flows.index_retries,
        retry_delay_seconds=backoff(flows.index_retry_delay_s, flows.index_retries),
    )
    with Spool(settings.data_dir / "spool") as spool:
        total = spool.pending(consumer_name(settings))
    summary = EnrichSummary()
    emit(Progress("enrich", "spool", 0, total))
    while max_batches is None or summary.batches < max_batches:
        try:
            done = batch_task(settings, flows.enrich_batch_size)
        except StoreUnavailableError as err:
            with Spool(settings.data_dir / "spool") as spool:
                waiting = spool.pending(consumer_name(settings))
            raise StoreUnavailableError(
                f"{err} {waiting} items wait in the spool; run `debatradar enrich` again when the index "
                "is reachable."
            ) from err
        if done.read == 0:
            break
        summary.read += done.read
        summary.indexed += done.indexed
        summary.dead_lettered += done.dead_lettered
        summary.batches += 1
        emit(Progress("enrich", "spool", summary.read, total))
    with Spool(settings.data_dir / "spool") as spool:
        summary.pending = spool.pending(consumer_name(settings))
    get_run_logger().info("enrich: %s", summary.summary())
    return summary
