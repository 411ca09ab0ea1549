"""Spool partitions: scans by item id that divide the records without overlap, and atomic batch commits."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawlers import Spool
from schema import partition_of
from tests.crawlers.test_spool import item


def test_partition_of_is_stable_and_in_range() -> None:
    keys = [f"item-{n}" for n in range(2000)]
    for count in (1, 2, 3, 7):
        parts = [partition_of(k, count) for k in keys]
        assert parts == [partition_of(k, count) for k in keys]
        assert set(parts) == set(range(count))
        assert min(parts.count(p) for p in range(count)) > 0.7 * len(keys) / count
    with pytest.raises(ValueError, match="at least 1"):
        partition_of("x", 0)


def test_partition_scans_divide_the_records_and_keep_an_items_versions_together(tmp_path: Path) -> None:
    with Spool(tmp_path / "spool") as spool:
        spool.append([item(n) for n in range(60)])
        spool.append([item(n, "Opdateret: mødet er flyttet") for n in range(0, 60, 4)])
        total = spool.count()
        seen: list[tuple[int, str]] = []
        for index in range(3):
            after = 0
            while True:
                scan = spool.scan(after, 7, (index, 3))
                assert scan.end >= after
                seen += [(offset, it.id) for offset, it in scan.items]
                assert all(partition_of(it.id, 3) == index for _, it in scan.items)
                if not scan.items:
                    assert scan.end == total  # looked past the other partitions' records to the end
                    break
                after = scan.end
            assert spool.count_after(0, (index, 3)) == sum(1 for _, i in seen if partition_of(i, 3) == index)
        assert sorted(offset for offset, _ in seen) == list(range(1, total + 1))
        assert spool.count_after(0) == total and spool.count_after(total) == 0


def test_commit_batch_moves_the_cursor_and_writes_dead_letters_together(tmp_path: Path) -> None:
    with Spool(tmp_path / "spool") as spool:
        spool.append([item(n) for n in range(5)])
        spool.commit_batch("enrich-embedded@0/2", 5, [(item(3).id, "sprog: ukendt", "{}")])
        assert spool.cursor("enrich-embedded@0/2") == 5
        assert [(d.item_id, d.reason) for d in spool.dead_letters()] == [(item(3).id, "sprog: ukendt")]
        assert spool.cursor("enrich-embedded") == 0  # the backend's own cursor is untouched
