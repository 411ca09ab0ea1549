"""The test node itself: a real Elasticsearch 9.5.3 answering like a distribution would
(info/ping, the `danish` analyzer), and the es-node script's status/stop on an idle folder."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

import pytest
from elasticsearch import Elasticsearch

from index.analysis import DANISH_STOP_WORDS, stem
from tests.conftest import shared_data
from tests.es_node import ES_NODE

ELASTICSEARCH_VERSION = "9.5.3"


@pytest.fixture
def client(es_url: str):
    es = Elasticsearch(es_url, request_timeout=30)
    yield es
    es.close()


@pytest.mark.es
def test_the_node_answers_info_and_ping_like_a_real_one(client):
    info = client.info()
    assert info["version"]["number"] == ELASTICSEARCH_VERSION
    assert info["version"]["lucene_version"].startswith("10.")
    assert info["tagline"] == "You Know, for Search"
    assert info["cluster_uuid"] not in ("", "_na_")
    assert client.ping() is True
    assert client.cluster.health()["status"] in {"green", "yellow"}


@pytest.mark.es
def test_danish_analyzer_drops_stop_words_and_stems(client):
    tokens = client.indices.analyze(
        analyzer="danish", text="Borgerne protesterer mod lukningen af skolerne i Viby"
    )
    assert [t["token"] for t in tokens["tokens"]] == ["borg", "protest", "lukning", "skol", "viby"]


@pytest.mark.es
@pytest.mark.slow
def test_danish_analyzer_stems_like_the_embedded_store(client):
    """Lucene's Danish Snowball stemmer vs snowballstemmer (index.analysis) on 85k real word forms.

    Data: the inflected forms of DDS's Danish sentiment lexicon and AFINN-da (../shared/data).
    Known difference: Lucene's older Snowball 'undoubles' a final cc/ww (succes -> suc, Python:
    succ). Each backend is consistent with itself, so search results agree; the tolerance is 0.1 %.
    """
    forms: list[str] = []
    with shared_data("lexicons", "DDS_dsl_headword_polarity.tsv").open(encoding="utf-8") as fh:
        for row in csv.reader(fh):
            if len(row) > 5:
                forms += row[5].split(";")
    afinn = shared_data("lexicons", "AFINN-da-32.txt").read_text(encoding="utf-8").splitlines()
    forms += [line.split("\t")[0] for line in afinn]
    words = [w for w in dict.fromkeys(f.lower() for f in forms) if w.isalpha() and w not in DANISH_STOP_WORDS]
    assert len(words) > 50_000
    differ: list[tuple[str, str, str]] = []
    for start in range(0, len(words), 2_000):
        chunk = words[start : start + 2_000]
        got = [t["token"] for t in client.indices.analyze(analyzer="danish", text=" ".join(chunk))["tokens"]]
        assert len(got) == len(chunk)
        differ += [(w, g, stem(w)) for w, g in zip(chunk, got, strict=True) if g != stem(w)]
    assert len(differ) / len(words) < 0.001, differ[:20]


def test_es_node_status_and_stop_of_an_idle_folder(tmp_path: Path):
    status = subprocess.run([str(ES_NODE), "status", "--data", str(tmp_path)], capture_output=True, text=True)
    assert status.returncode == 3
    assert "not running" in status.stdout
    stop = subprocess.run([str(ES_NODE), "stop", "--data", str(tmp_path)], capture_output=True, text=True)
    assert stop.returncode == 0 and "not running" in stop.stdout
    usage = subprocess.run([str(ES_NODE), "restart"], capture_output=True, text=True)
    assert usage.returncode == 2 and "es-node start" in usage.stdout
