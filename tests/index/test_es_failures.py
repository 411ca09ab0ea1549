"""Elasticsearch failures: down or unreachable, not Elasticsearch, partial bulk failures, a
conflicting mapping, and huge queries. Each gives one clear error and loses nothing."""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from index.elasticsearch import ElasticsearchStore
from index.query_syntax import MAX_QUERY_WORDS
from index.search_models import DocumentFilter, SearchQuery
from index.semantics import MAX_FILTER_VALUES
from schema import QueryError, StoreError, StoreUnavailableError
from schema.settings import Settings
from tests.es_node import ES_NODE
from tests.index.factories import NOW

pytestmark = pytest.mark.es


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_an_unreachable_cluster_is_a_transient_error_naming_the_host(es_settings, corpus):
    url = f"http://127.0.0.1:{_closed_port()}"
    store = ElasticsearchStore(es_settings(hosts=[url], max_retries=1, request_timeout_s=2))
    for call in (
        store.setup,
        lambda: store.index_documents(corpus),
        lambda: store.search(SearchQuery(text="vindmøller")),
        lambda: store.count_documents(DocumentFilter(municipality_codes=["0751"])),
        lambda: list(store.iter_documents()),
        lambda: store.claim_notification("k", NOW),
    ):
        with pytest.raises(StoreUnavailableError, match=rf"{url} cannot be reached.*spool"):
            call()
    store.close()
    # nothing is lost: the caller still has the documents (in the spool) and indexes them later
    live = ElasticsearchStore(es_settings())
    live.setup()
    assert live.index_documents(corpus).indexed == len(corpus)
    assert live.count_documents() == len(corpus)
    live.close()


class _NotElasticsearch(http.server.BaseHTTPRequestHandler):
    """Some other JSON web service on the configured port (answers 200 without Elasticsearch's header)."""

    def do_GET(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = b'{"hello": "this is some other web service"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        self.do_GET()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def other_service() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _NotElasticsearch)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_host_that_is_not_elasticsearch_is_named(es_settings, other_service):
    store = ElasticsearchStore(es_settings(hosts=[other_service], max_retries=0))
    with pytest.raises(StoreError, match=rf"{other_service} is not an Elasticsearch server"):
        store.search(SearchQuery(text="skole"))
    store.close()


def test_a_user_without_a_password_is_a_configuration_error(es_url, tmp_path):
    settings = Settings(
        municipalities=[{"code": "0751", "name": "Aarhus"}],
        data_dir=tmp_path,
        index={"backend": "elasticsearch", "elasticsearch": {"hosts": [es_url], "username": "elastic"}},
    )
    with pytest.raises(StoreError, match="DEBATRADAR_SECRETS__ELASTICSEARCH_PASSWORD"):
        ElasticsearchStore(settings)


def test_bulk_reports_the_documents_a_conflicting_index_refuses(es_settings, make_doc):
    """A monthly index that someone created with a wrong mapping: its documents fail, the rest land."""
    store = ElasticsearchStore(es_settings())
    store.setup()
    october = [
        make_doc(n, published_at=datetime(2026, 10, 20, 8, tzinfo=UTC) + timedelta(hours=n)) for n in range(3)
    ]
    november = [make_doc(10 + n) for n in range(4)]
    # the template still gives the alias and the other fields; 'lang' is forced to a number here
    conflicting = f"{store._prefix}-documents-v1-2026.10"
    store._client.indices.create(index=conflicting, mappings={"properties": {"lang": {"type": "integer"}}})

    report = store.index_documents([*october, *november])

    assert report.indexed == len(november)
    assert set(report.failed) == {d.id for d in october}
    assert all("lang" in reason and "exception" in reason for reason in report.failed.values())
    assert not report.ok
    assert store.count_documents() == len(november)
    # fixing the index and re-running the same batch completes it (idempotent by id)
    store._client.indices.delete(index=conflicting)
    again = store.index_documents([*october, *november])
    assert again.ok and store.count_documents() == len(october) + len(november)
    store.close()


def test_huge_queries_work_or_fail_clearly(es_settings, corpus):
    store = ElasticsearchStore(es_settings())
    store.setup()
    assert store.index_documents(corpus).ok
    words = [f"ord{i:02d}x*" for i in range(MAX_QUERY_WORDS - 1)] + ["vindmølle*"]
    text = " | ".join(words)
    assert len(text) <= 1_000
    result = store.search(
        SearchQuery(
            text=text,
            size=500,
            facets=[
                "platform",
                "source_id",
                "municipality_code",
                "issue_id",
                "lang",
                "cues.family",
                "hashtags",
            ],
            facet_size=100,
            histogram="day",
            date_from=datetime(2000, 1, 1, tzinfo=UTC),
            date_to=NOW + timedelta(days=1),
            source_ids=[f"src-{i}" for i in range(MAX_FILTER_VALUES - 2)] + ["src-letters", "src-news"],
        )
    )
    assert result.total == 2
    assert len(result.histogram) > 9_000  # every day since 2000, empty ones included
    with pytest.raises(QueryError, match="at most"):
        store.search(SearchQuery(text="skole", platforms=[f"p{i}" for i in range(MAX_FILTER_VALUES + 1)]))
    with pytest.raises(QueryError):
        store.search(SearchQuery(text=" ".join(f"ord{i}" for i in range(MAX_QUERY_WORDS + 1))))
    with pytest.raises(QueryError, match="does not fit sort"):
        store.search(SearchQuery(text="skole", sort="oldest", search_after=[0.5, "x"]))
    store.close()


@pytest.mark.slow
def test_a_node_that_goes_down_and_comes_back_loses_nothing(es_settings, corpus, tmp_path: Path):
    """A node of its own: stopped in the middle of the work, started again on the same data."""
    import subprocess

    data = tmp_path / "node"

    def start() -> str:
        out = subprocess.run(
            [str(ES_NODE), "start", "--data", str(data)],
            capture_output=True,
            text=True,
            timeout=300,
            check=True,
        )
        return out.stdout.strip().splitlines()[-1]

    url = start()
    try:
        store = ElasticsearchStore(
            es_settings(hosts=[url], prefix="down-up", max_retries=1, request_timeout_s=5)
        )
        store.setup()
        assert store.index_documents(corpus[:4]).ok
        subprocess.run(
            [str(ES_NODE), "stop", "--data", str(data)], check=True, timeout=60, capture_output=True
        )
        with pytest.raises(StoreUnavailableError, match="cannot be reached"):
            store.index_documents(corpus[4:])
        store.close()
        url = start()
        store = ElasticsearchStore(es_settings(hosts=[url], prefix="down-up"))
        assert store.count_documents() == 4  # what was indexed before survived the restart
        assert store.index_documents(corpus[4:]).ok  # the rest, retried from the spool
        assert store.count_documents() == len(corpus)
        store.close()
    finally:
        subprocess.run(
            [str(ES_NODE), "stop", "--data", str(data)], timeout=60, capture_output=True, check=False
        )


def test_a_notification_key_longer_than_an_elasticsearch_id_is_claimed_once(es_settings):
    store = ElasticsearchStore(es_settings())
    store.setup()
    key = "alert:" + "vindmøller-ved-viby-" * 60  # > 512 bytes, the limit of an _id
    assert store.claim_notification(key, NOW) is True
    assert store.claim_notification(key, NOW) is False
    assert store.claim_notification(key + "x", NOW) is True
    store.close()
