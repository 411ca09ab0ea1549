"""The embedded store beyond the contract: files, failures, versions and several processes at once."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import threading
from datetime import timedelta
from pathlib import Path

import pytest

from index import EmbeddedStore, SearchQuery, open_store
from schema import EnrichedDocument
from schema.errors import StoreError, StoreUnavailableError
from tests.index.factories import NOW, embedded_settings, make_issue


def test_open_store_puts_the_embedded_file_under_data_dir(tmp_path):
    store = open_store(embedded_settings(tmp_path / "data"))
    assert isinstance(store, EmbeddedStore)
    assert store.path == tmp_path / "data" / "index" / "debatradar.sqlite3"
    assert not store.path.exists()  # nothing happens before setup()
    store.setup()
    assert store.path.is_file()
    assert sqlite3.connect(store.path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()


@pytest.mark.es
def test_the_elasticsearch_backend_never_falls_back_to_embedded(tmp_path):
    settings = embedded_settings(tmp_path / "data").model_copy(deep=True)
    settings.index.backend = "elasticsearch"
    settings.index.elasticsearch.hosts = ["http://127.0.0.1:9"]  # nothing listens there
    settings.index.elasticsearch.max_retries = 0
    settings.index.elasticsearch.request_timeout_s = 2
    store = open_store(settings)
    assert not isinstance(store, EmbeddedStore)
    with pytest.raises(StoreError):
        store.setup()
    assert not (tmp_path / "data" / "index").exists()


def test_a_store_that_is_not_set_up_says_so(tmp_path):
    store = EmbeddedStore(tmp_path / "index")
    with pytest.raises(StoreError, match=r"does not exist yet: run setup\(\)"):
        store.count_documents()
    with pytest.raises(StoreError, match="setup"):
        store.search(SearchQuery(text="skole"))


def test_a_data_dir_that_cannot_be_created_is_a_clear_store_error(tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    store = open_store(embedded_settings(blocker))
    with pytest.raises(StoreError, match="writable folder"):
        store.setup()


def test_a_store_directory_that_is_not_writable_is_a_clear_store_error(tmp_path):
    if os.geteuid() == 0:  # root writes anywhere on a normal disk; /proc/self refuses even root
        folder = Path("/proc/self")
    else:
        folder = tmp_path / "read-only"
        folder.mkdir(mode=0o555)
    store = EmbeddedStore(folder)
    with pytest.raises(StoreError, match=r"cannot be written.*writable folder"):
        store.setup()


def test_a_damaged_file_is_a_clear_store_error(tmp_path):
    folder = tmp_path / "index"
    folder.mkdir()
    (folder / "debatradar.sqlite3").write_bytes(b"this is not a database, just some bytes" * 200)
    store = EmbeddedStore(folder)
    with pytest.raises(StoreError, match="damaged"):
        store.count_documents()
    with pytest.raises(StoreError, match="damaged"):
        store.setup()


def test_records_of_another_schema_version_are_refused_by_name(tmp_path, make_doc):
    store = EmbeddedStore(tmp_path / "index")
    store.setup()
    doc = make_doc(1)
    store.index_documents([doc])
    store.upsert_issues([make_issue("issue-a", NOW)])
    with sqlite3.connect(store.path) as conn:
        conn.execute("UPDATE documents SET schema_version = 2")
        conn.execute("UPDATE issues SET schema_version = 2")
    with pytest.raises(StoreError, match=rf"EnrichedDocument '{doc.id}' .* schema_version 2"):
        store.get_documents([doc.id])
    with pytest.raises(StoreError, match="Issue 'issue-a'"):
        store.list_issues()
    store.close()


def test_a_newer_table_format_is_refused(tmp_path):
    store = EmbeddedStore(tmp_path / "index")
    store.setup()
    with sqlite3.connect(store.path) as conn:
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'format'")
    store.close()
    with pytest.raises(StoreError, match="newer Debatradar"):
        EmbeddedStore(tmp_path / "index").count_documents()
    with pytest.raises(StoreError, match="newer Debatradar"):
        EmbeddedStore(tmp_path / "index").setup()


def test_a_write_lock_held_too_long_is_a_transient_error(tmp_path, make_doc):
    store = EmbeddedStore(tmp_path / "index", busy_timeout_s=0.2)
    store.setup()
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreUnavailableError, match="busy"):
            store.index_documents([make_doc(1)])
        assert store.count_documents() == 0  # readers are not blocked by a writer (WAL)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert store.index_documents([make_doc(1)]).indexed == 1
    store.close()


def test_threads_share_one_store_object(tmp_path, make_doc):
    store = EmbeddedStore(tmp_path / "index")
    store.setup()
    errors: list[BaseException] = []

    def write(offset: int) -> None:
        try:
            for n in range(offset, offset + 100, 10):
                store.index_documents([make_doc(k) for k in range(n, n + 10)])
        except BaseException as err:  # pragma: no cover - reported below
            errors.append(err)

    def read() -> None:
        try:
            for _ in range(20):
                store.search(SearchQuery(text="viby", facets=["platform"], histogram="day"))
        except BaseException as err:  # pragma: no cover - reported below
            errors.append(err)

    threads = [threading.Thread(target=write, args=(k * 100,)) for k in range(3)]
    threads += [threading.Thread(target=read) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert store.count_documents() == 300
    store.close()


def _claim_keys(folder: str, keys: list[str], out: multiprocessing.Queue[int]) -> None:
    store = EmbeddedStore(Path(folder))
    out.put(sum(store.claim_notification(k, NOW) for k in keys))
    store.close()


def _index_batches(folder: str, docs_json: list[str]) -> None:
    store = EmbeddedStore(Path(folder))
    docs = [EnrichedDocument.model_validate_json(d) for d in docs_json]
    for start in range(0, len(docs), 25):
        store.index_documents(docs[start : start + 25])
    store.close()


@pytest.mark.slow
def test_several_processes_claim_each_notification_once_while_another_indexes(tmp_path, make_doc):
    folder = tmp_path / "index"
    EmbeddedStore(folder).setup()
    ctx = multiprocessing.get_context("spawn")
    results: multiprocessing.Queue[int] = ctx.Queue()
    keys = [f"alert:a{n}:warning:email" for n in range(60)]
    docs = [make_doc(n, published_at=NOW - timedelta(minutes=n)).model_dump_json() for n in range(200)]
    procs = [ctx.Process(target=_claim_keys, args=(str(folder), keys, results)) for _ in range(3)]
    procs.append(ctx.Process(target=_index_batches, args=(str(folder), docs)))
    for p in procs:
        p.start()
    reader = EmbeddedStore(folder)
    while any(p.is_alive() for p in procs):
        reader.search(SearchQuery(text="viby", size=5))  # the UI keeps reading meanwhile
    for p in procs:
        p.join()
        assert p.exitcode == 0
    assert sum(results.get(timeout=5) for _ in range(3)) == len(keys)
    assert reader.count_documents() == 200
    reader.close()
