"""The outside-evaluation interface (docs/formats.md) on both index backends, with a clean data dir:
`debatradar import FILE.jsonl`, `debatradar detect`, `debatradar alerts|issues --format json`.
"""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest
from typer.testing import CliRunner

from flows.cli import app
from simulator import generate
from tests.conftest import TEST_PSEUDONYM_KEY
from tests.flows.test_cli import ALERT_KEYS, ISSUE_KEYS

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_harness")]

BACKENDS = [
    pytest.param("embedded", id="embedded"),
    pytest.param("elasticsearch", id="elasticsearch", marks=pytest.mark.es),
]


@pytest.fixture(scope="module")
def documents_file(tmp_path_factory):
    """A JSONL export in the documented format, written from a simulated three-week debate."""
    items = generate(seed=5, end=date(2026, 11, 20), weeks=3).items(TEST_PSEUDONYM_KEY)
    path = tmp_path_factory.mktemp("outside") / "documents.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for item in items:
            author = item.author
            location = (
                (author.profile_location or author.signature_town or author.postcode) if author else None
            )
            row = {
                "id": item.id,
                "url": item.url,
                "platform": item.platform.value,
                "source": item.source_id,
                "published_at": item.published_at.isoformat(),
                "title": item.title,
                "text": item.text,
                "author": None if author is None else {
                    "id": author.pseudonym, "name": author.display_name, "location": location,
                },
                "reply_to": item.reply_to,
                "lang": item.lang_declared,
            }  # fmt: skip
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path, {item.id for item in items}


@pytest.mark.parametrize("backend", BACKENDS)
def test_import_detect_and_the_json_formats(backend, documents_file, write_config, tmp_path, request):
    path, ids = documents_file
    changes = {}
    if backend == "elasticsearch":
        es_url = request.getfixturevalue("es_url")
        es = {"hosts": [es_url], "index_prefix": f"t{uuid.uuid4().hex[:8]}"}
        changes["index"] = {"backend": "elasticsearch", "elasticsearch": es}
    config = str(write_config(**changes))
    clean = str(tmp_path / "fresh-data")
    runner = CliRunner()

    def run(*args: str):
        result = runner.invoke(app, ["--config", config, "--data-dir", clean, *args])
        assert result.exit_code == 0, result.output
        return result

    imported = run("import", str(path))
    assert f"{len(ids)} new" in imported.stdout
    run("detect")
    issues = json.loads(run("issues", "--format", "json").stdout)
    alerts = json.loads(run("alerts", "--format", "json").stdout)
    assert issues and all(set(i) == ISSUE_KEYS for i in issues)
    assert {d for i in issues for d in i["document_ids"]} <= ids
    assert all(set(a) == ALERT_KEYS for a in alerts)
    assert {d for a in alerts for d in a["document_ids"]} <= ids
    assert all(a["municipality"] in {"0751", "0706"} for a in alerts)
    again = run("import", str(path))
    assert "0 new" in again.stdout
