"""The pieces of scale-out without workers: leases, crawl shares, and partitions run in one process.

``flows.workers.dispatch: in_process`` runs the same partition flows one after the other in the
calling process; the index must end up exactly as after one run over the whole spool.
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from crawlers import Spool
from flows._crawl_shares import crawl_shares, source_domain
from flows._leases import Leases, PartitionError, hold_lease
from flows.enrich import consumer_name, enrich_flow
from index import open_store
from schema.settings import NewsFeedSource, load_settings
from simulator import generate
from tests.conftest import TEST_PSEUDONYM_KEY


def _feed(n: int, host: str) -> NewsFeedSource:
    return NewsFeedSource(
        id=f"kilde-{host.split('.')[0]}-{n}", name=f"Kilde {n}", feed_urls=[f"https://{host}/rss/{n}.xml"]
    )


def test_crawl_shares_keep_a_host_together_and_balance_the_rest() -> None:
    sources = [
        _feed(n, host) for host, k in (("a.dk", 4), ("b.dk", 2), ("c.dk", 1), ("d.dk", 1)) for n in range(k)
    ]
    shares = crawl_shares(sources, 2)
    assert shares == crawl_shares(list(reversed(sources)), 2)  # the same sources, the same split
    assert sorted(len(s) for s in shares) == [4, 4]
    hosts = [{source_domain(s) for s in share} for share in shares]
    assert hosts[0].isdisjoint(hosts[1]) and set().union(*hosts) == {"a.dk", "b.dk", "c.dk", "d.dk"}
    assert sum(map(len, crawl_shares(sources, 5))) == len(sources)


def test_a_lease_is_held_by_one_run_until_released_or_expired(tmp_path: Path) -> None:
    leases = Leases(tmp_path)
    try:
        assert leases.acquire("enrich@0/2", "run-a", 30)
        assert not leases.acquire("enrich@0/2", "run-b", 30)
        assert leases.renew("enrich@0/2", "run-a", 30) and not leases.renew("enrich@0/2", "run-b", 30)
        leases.release("enrich@0/2", "run-a", '{"read": 3}')
        assert leases.outcome("run-a") == '{"read": 3}'
        assert leases.acquire("enrich@0/2", "run-b", 0.2)  # released: free to take
        time.sleep(0.3)
        lease = leases.get("enrich@0/2")
        assert lease is not None and lease.expired()  # run-b stopped renewing: it died or stalled
        assert not leases.revoke("enrich@0/2", "run-a")  # not run-a's any more
        assert leases.revoke("enrich@0/2", "run-b")
        assert not leases.renew("enrich@0/2", "run-b", 30)  # a stalled run-b finds out and stops
        assert leases.acquire("enrich@0/2", "run-c", 30)
        assert not leases.revoke("enrich@0/2", "run-c")  # alive: its lease has not run out
    finally:
        leases.close()


def test_a_second_live_run_of_a_partition_is_refused(tmp_path: Path) -> None:
    with hold_lease(tmp_path, "detect@1/2", "run-a", 2) as held:
        held.check()
        with (
            pytest.raises(PartitionError, match="still alive"),
            hold_lease(tmp_path, "detect@1/2", "run-b", 2),
        ):
            pass
    with hold_lease(tmp_path, "detect@1/2", "run-b", 2):
        pass


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
def test_enrichment_in_three_partitions_in_process_equals_one_run(write_config) -> None:
    items = generate(seed=5, end=date(2026, 11, 20), weeks=2).items(TEST_PSEUDONYM_KEY)
    one = write_config("one.yaml", data_dir=str(Path("one").resolve()))
    three = write_config(
        "three.yaml",
        data_dir=str(Path("three").resolve()),
        flows={"enrich_batch_size": 40, "workers": {"enrich_partitions": 3}},
    )
    documents = []
    for config in (one, three):
        settings = load_settings(config)
        with Spool(settings.data_dir / "spool") as spool:
            spool.append(items)
        summary = enrich_flow(str(config))
        assert summary.read == len(items) and summary.pending == 0
        with Spool(settings.data_dir / "spool") as spool:
            assert spool.cursor(consumer_name(settings)) == len(items)  # settled for all shares
        store = open_store(settings)
        try:
            documents.append({d.id: d.model_dump(exclude={"enriched_at"}) for d in store.iter_documents()})
        finally:
            store.close()
    assert len(documents[0]) == len({i.id for i in items})
    assert documents[0] == documents[1]
    assert enrich_flow(str(three)).read == 0  # a second run finds nothing left
