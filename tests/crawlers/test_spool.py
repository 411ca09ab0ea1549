"""The spool: durable appends, updates vs duplicates, cursors, replay, dead letters, several processes."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime
from pathlib import Path

from crawlers import Spool, SpoolWriteReport
from schema import Platform, RawItem, SourceKind, content_hash, url_id


def item(n: int, text: str = "Borgermøde om træerne i aften") -> RawItem:
    url = f"https://aarhus-lokalnyt.example/a/{n}.html"
    return RawItem(
        id=url_id(url),
        source_id="lokalnyt",
        source_kind=SourceKind.NEWS_FEED,
        platform=Platform.NEWS,
        url=url,
        canonical_url=url,
        text=f"{text} {n}",
        published_at=datetime(2026, 3, 10, 8, tzinfo=UTC),
        fetched_at=datetime(2026, 3, 10, 9, tzinfo=UTC),
        content_hash=content_hash(f"\n{text} {n}"),
    )


def test_append_counts_new_updates_and_duplicates(tmp_path: Path) -> None:
    with Spool(tmp_path / "spool") as spool:
        assert spool.append([item(1), item(2)]) == SpoolWriteReport(new=2)
        assert spool.append([item(1), item(2, "Opdateret: borgermødet er aflyst")]) == SpoolWriteReport(
            updated=1, duplicates=1
        )
        assert spool.count() == 3 and spool.count_items() == 2
        assert spool.latest_hash(item(2).id) == item(2, "Opdateret: borgermødet er aflyst").content_hash


def test_cursor_commit_replay_and_limit(tmp_path: Path) -> None:
    with Spool(tmp_path / "spool") as spool:
        spool.append([item(n) for n in range(5)])
        first = list(spool.read("enrich", limit=2))
        assert [o for o, _ in first] == [1, 2]
        spool.commit("enrich", first[-1][0])
        assert [o for o, _ in spool.read("enrich")] == [3, 4, 5]
        assert spool.pending("enrich") == 3 and spool.pending("other") == 5
        spool.replay("enrich")
        assert len(list(spool.read("enrich"))) == 5


def test_dead_letters_keep_id_and_reason(tmp_path: Path) -> None:
    with Spool(tmp_path / "spool") as spool:
        spool.dead_letter("doc-7", "invalid item: no publication time", '{"line": 7}')
        letters = spool.dead_letters()
        assert letters[0].item_id == "doc-7" and "no publication time" in letters[0].reason


def test_purge_deletes_texts_past_retention_from_the_file(tmp_path: Path) -> None:
    old = item(1, "Gammel tekst om Frederiksbjerg").model_copy(
        update={"published_at": datetime(2025, 1, 5, 8, tzinfo=UTC)}
    )
    with Spool(tmp_path / "spool") as spool:
        spool.append([old, item(2)])
        spool.dead_letter("x", "bad", "Gammel tekst om Frederiksbjerg i et dødt brev")
        offsets = [o for o, _ in spool.read("enrich")]
        spool.commit("enrich", offsets[-1])
        records, letters = spool.purge(datetime(2026, 1, 1, tzinfo=UTC))
        assert (records, letters) == (1, 0)  # the dead letter was written today
        assert [i.id for _, i in spool.read("other")] == [item(2).id]
        assert spool.pending("enrich") == 0
        assert spool.purge(datetime(2026, 1, 1, tzinfo=UTC)) == (0, 0)
        assert spool.purge(datetime.now(UTC).replace(year=datetime.now(UTC).year + 1))[1] == 1
    raw = b"".join(p.read_bytes() for p in (tmp_path / "spool").glob("spool.sqlite3*"))
    assert b"Gammel tekst" not in raw


def test_a_writer_process_and_a_reader_share_the_spool(tmp_path: Path) -> None:
    root = tmp_path / "spool"
    writer = textwrap.dedent(f"""
        from pathlib import Path
        from tests.crawlers.test_spool import item
        from crawlers import Spool
        with Spool(Path({str(root)!r})) as spool:
            for n in range(200):
                spool.append([item(n)])
    """)
    seen: list[int] = []
    with Spool(root) as spool:
        proc = subprocess.Popen([sys.executable, "-c", writer], cwd=Path(__file__).parents[2])
        while proc.poll() is None or spool.pending("nlp"):
            batch = list(spool.read("nlp", limit=50))
            if batch:
                seen.extend(o for o, _ in batch)
                spool.commit("nlp", batch[-1][0])
            else:
                time.sleep(0.01)
        assert proc.returncode == 0
        assert seen == list(range(1, 201))
