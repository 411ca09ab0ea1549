"""Enrichment and detection split over two Prefect workers give exactly what one process gives.

The demo corpus (simulator seed 7, 9 weeks) is spooled twice. One copy is analysed in this
process (enrich, topics, detect, notify: ``analyse_flow`` with the default settings); the other
with ``flows.workers`` set to dispatch two enrichment shares and two detection shares to the
``enrich-partition`` / ``detect-partition`` deployments, which the two workers run. Topic
fitting stays one global step. Then the documents, issues (with their document ids) and alerts
(ids, levels, evidence) are compared field by field, and the workers' logs must show that
each worker ran one share of each stage.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from flows.pipeline import analyse_flow
from simulator import generate
from tests.conftest import TEST_PSEUDONYM_KEY
from tests.prefect_workers import PrefectWorkers
from tests.scale.worker_runs import index_state, partition_runs, spool_items, worker_dispatch, write_config

pytestmark = [pytest.mark.slow]

END = date(2026, 11, 20)


def test_analysis_on_two_workers_equals_one_process(on_workers: PrefectWorkers, tmp_path):
    cluster = on_workers
    scenario = generate(seed=7, end=END, weeks=9)
    items = scenario.items(TEST_PSEUDONYM_KEY)
    single = write_config(tmp_path / "one-process")
    spread = write_config(tmp_path / "two-workers", worker_dispatch(enrich_partitions=2, detect_partitions=2))
    assert spool_items(single, items) == spool_items(spread, items) == len(items)

    alone = analyse_flow(str(single), now=scenario.horizon)
    started = datetime.now(UTC)
    shared = analyse_flow(str(spread), now=scenario.horizon)

    assert shared.enrich.read == alone.enrich.read == len(items)
    assert shared.enrich.pending == alone.enrich.pending == 0
    one, two = index_state(single), index_state(spread)
    assert len(one["documents"]) == len(items)
    assert len(one["alerts"]) >= 3, "the demo corpus should raise several alerts"
    for kind in ("documents", "issues", "alerts"):
        assert sorted(two[kind]) == sorted(one[kind]), f"{kind}: other ids"
        differing = [k for k in one[kind] if one[kind][k] != two[kind][k]]
        assert not differing, f"{kind} differ: {differing[:5]}"
    assert shared.detect.open_by_level == alone.detect.open_by_level

    for flow_name in ("enrich-partition", "detect-partition"):
        runs = partition_runs(cluster, flow_name, started)
        assert len(runs) == 2 and all(r.state.is_completed() for r in runs), runs
        assert {cluster.worker_of(r.id) for r in runs} == set(cluster.workers), flow_name
