"""A Prefect worker SIGKILLed in the middle of enrichment: nothing is lost, nothing is done twice.

The demo corpus is enriched in two shares on the two workers, in small batches. As soon as one
share has committed a batch, the worker running it is killed with everything it started (as if
its host died). Its lease stops being renewed; the enrich flow sees it run out, marks the flow
run *Crashed* in Prefect and starts the share again, which the surviving worker takes once it
has finished its own share. The re-run continues at the share's committed cursor: the records
read by all finished runs plus those the killed run had committed are exactly the spool's
records, every item is indexed once, and no record is dead-lettered.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, date, datetime

import pytest

from crawlers import Spool
from flows._dispatch import lease_name
from flows._leases import Leases
from flows.enrich import consumer_name, enrich_flow
from index import open_store
from schema.settings import load_settings
from simulator import generate
from tests.conftest import TEST_PSEUDONYM_KEY
from tests.prefect_workers import PrefectWorkers
from tests.scale.worker_runs import partition_runs, spool_items, worker_dispatch, write_config

pytestmark = [pytest.mark.slow]

END = date(2026, 11, 20)


class _Killer(threading.Thread):
    """Kills the worker of the first share that commits a batch; remembers what it had committed."""

    def __init__(self, cluster: PrefectWorkers, config_path: object) -> None:
        super().__init__(name="worker killer", daemon=True)
        self.cluster, self.settings = cluster, load_settings(config_path)  # type: ignore[arg-type]
        self.victim: str | None = None
        self.share: int | None = None
        self.run_id: str | None = None
        self.committed = 0
        self.error: str | None = None

    def run(self) -> None:
        base = consumer_name(self.settings)
        deadline = time.monotonic() + 240
        with Spool(self.settings.data_dir / "spool") as spool:
            while time.monotonic() < deadline:
                for share in range(2):
                    name = lease_name(base, share, 2)
                    if spool.cursor(name) == 0:
                        continue
                    leases = Leases(self.settings.data_dir)
                    try:
                        lease = leases.get(name)
                    finally:
                        leases.close()
                    worker = self.cluster.worker_of(lease.holder) if lease else None
                    if lease is None or lease.released or worker is None:
                        continue
                    self.cluster.kill(worker)
                    self.victim, self.share, self.run_id = worker, share, lease.holder
                    mine = (share, 2)
                    self.committed = spool.count_after(0, mine) - spool.count_after(spool.cursor(name), mine)
                    return
                time.sleep(0.05)
        self.error = "no share committed a batch within 240 s"


def test_a_worker_killed_mid_enrichment_loses_and_repeats_nothing(on_workers: PrefectWorkers, tmp_path):
    cluster = on_workers
    scenario = generate(seed=7, end=END, weeks=6)
    items = scenario.items(TEST_PSEUDONYM_KEY)
    dispatch = worker_dispatch(enrich_partitions=2)
    config = write_config(tmp_path / "killed", dispatch, flows={"enrich_batch_size": 25})
    records = spool_items(config, items)

    killer = _Killer(cluster, config)
    started = datetime.now(UTC)
    killer.start()
    summary = enrich_flow(str(config))
    killer.join(timeout=5)

    assert killer.error is None and killer.victim is not None, killer.error
    assert killer.committed > 0
    assert summary.pending == 0
    assert summary.read + killer.committed == records, "records read twice or never"
    settings = load_settings(config)
    with Spool(settings.data_dir / "spool") as spool:
        assert not spool.dead_letters()
        assert spool.pending(consumer_name(settings)) == 0
    store = open_store(settings)
    try:
        assert {d.id for d in store.iter_documents()} == {item.id for item in items}
    finally:
        store.close()

    runs = partition_runs(cluster, "enrich-partition", started)
    states = {str(r.id): r.state for r in runs}
    assert states[str(killer.run_id)].is_crashed(), states[str(killer.run_id)]
    assert len(runs) == 3 and sum(s.is_completed() for s in states.values()) == 2, states
    survivor = set(cluster.workers) - {killer.victim}
    assert {cluster.worker_of(r.id) for r in runs if r.state.is_completed()} == survivor
