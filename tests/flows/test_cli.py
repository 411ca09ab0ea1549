"""The `debatradar` command line: exit codes, one-line errors, the JSON formats, the audit log."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from flows.cli import app
from index import open_store
from schema import SourceHealth, SourceKind
from tests.flows import records

runner = CliRunner()

ALERT_KEYS = {
    "alert_id", "issue_id", "label", "municipality", "level", "peak_level", "state", "score", "first_seen",
    "updated_at", "closed_at", "document_ids", "remote_share", "authors_known", "authors_remote",
}  # fmt: skip
ISSUE_KEYS = {
    "issue_id", "label", "municipality", "document_ids", "first_seen", "last_seen", "remote_share",
    "authors_known", "authors_remote", "keywords", "status",
}  # fmt: skip


def invoke(*args: str):
    return runner.invoke(app, list(args))


def test_a_missing_configuration_is_exit_code_2_with_one_line():
    result = invoke("alerts")
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert lines[0] == "Fejl: debatradar.yaml: configuration file not found (give one with --config)."
    assert "Traceback" not in result.output


def test_bad_yaml_names_line_and_column(tmp_path):
    config = tmp_path / "debatradar.yaml"
    config.write_text("municipalities:\n  - code: '0751'\n    name: [Aarhus\n", encoding="utf-8")
    result = invoke("--config", str(config), "issues")
    assert result.exit_code == 2
    assert "not valid YAML" in result.stderr and "line" in result.stderr


def test_a_wrong_field_is_named(write_config):
    config = write_config(flows={"enrich_batch_size": 0})
    result = invoke("--config", str(config), "alerts")
    assert result.exit_code == 2
    assert "flows.enrich_batch_size" in result.stderr


def test_alerts_json_is_the_documented_format(write_config, filled_store):
    result = invoke("--config", str(write_config()), "alerts", "--format", "json")
    assert result.exit_code == 0, result.output
    alerts = json.loads(result.stdout)
    assert len(alerts) == 3
    assert all(set(a) == ALERT_KEYS for a in alerts)
    ingerslev = next(a for a in alerts if a["issue_id"] == "issue-ingerslev")
    assert ingerslev["municipality"] == "0751"
    assert ingerslev["level"] == "alert"
    assert ingerslev["remote_share"] == 0.1
    assert (ingerslev["authors_known"], ingerslev["authors_remote"]) == (20, 2)
    assert ingerslev["first_seen"] == "2026-11-18T10:00:00+00:00"
    assert ingerslev["document_ids"]
    warnings = json.loads(invoke("--config", str(write_config()), "alerts", "--format", "json",
                                 "--min-level", "warning").stdout)  # fmt: skip
    assert {a["level"] for a in warnings} == {"alert", "warning"}


def test_alerts_table_is_danish(write_config, filled_store):
    result = invoke("--config", str(write_config()), "alerts")
    assert result.exit_code == 0
    assert "Højeste niveau" in result.stdout and "Alarm" in result.stdout and "Advarsel" in result.stdout
    assert "Syddjurs" in result.stdout
    assert "åben" in result.stdout and "open" not in result.stdout


def test_issues_table_is_danish(write_config, filled_store):
    result = invoke("--config", str(write_config()), "issues")
    assert result.exit_code == 0
    assert "aktiv" in result.stdout and "active" not in result.stdout


def test_issues_json_is_the_documented_format(write_config, filled_store):
    result = invoke("--config", str(write_config()), "issues", "--format", "json")
    assert result.exit_code == 0, result.output
    issues = json.loads(result.stdout)
    assert {i["issue_id"] for i in issues} == {s.issue_id for s in records.ISSUES}
    assert all(set(i) == ISSUE_KEYS for i in issues)
    mols = next(i for i in issues if i["issue_id"] == "issue-mols")
    assert mols["municipality"] == "0706" and mols["remote_share"] > 0.5
    assert len(mols["document_ids"]) == sum(records.ISSUES[1].weekly)


def test_search_prints_hits_and_writes_the_audit_log(write_config, filled_store):
    result = invoke("--config", str(write_config()), "search", "lindetræerne", "--user", "analytiker")
    assert result.exit_code == 0, result.output
    assert "træf" in result.stdout and "Ingerslev" in result.stdout
    entry = filled_store.list_audit(limit=5)[0]
    assert (entry.action, entry.user, entry.query) == ("search", "analytiker", "lindetræerne")
    assert entry.hits and entry.hits > 0
    as_json = json.loads(
        invoke("--config", str(write_config()), "search", "solcelleparken", "--format", "json").stdout
    )
    assert as_json["total"] > 0 and as_json["hits"][0]["url"].startswith("https://debat.example.dk/")


def test_a_malformed_query_is_exit_code_6(write_config, filled_store):
    result = invoke("--config", str(write_config()), "search", '"unclosed')
    assert result.exit_code == 6, result.output
    assert result.stderr.startswith("Fejl: ")


def test_sources_shows_health(write_config, settings):
    config = write_config(
        sources=[
            {
                "id": "aarhus-nyt",
                "name": "Aarhus Nyt",
                "kind": "news_feed",
                "feed_urls": ["https://a.example/rss"],
            },
            {"id": "debat", "name": "Debat", "kind": "news_feed", "feed_urls": ["https://b.example/rss"]},
        ]
    )
    store = open_store(settings)
    store.setup()
    store.put_source_health(
        SourceHealth(
            source_id="aarhus-nyt", kind=SourceKind.NEWS_FEED, run_id="r1", started_at=records.GENERATED,
            finished_at=records.GENERATED, last_success=records.GENERATED, items_fetched=12, items_new=3,
        )
    )  # fmt: skip
    store.close()
    result = invoke("--config", str(config), "sources")
    assert result.exit_code == 0, result.output
    assert "aarhus-nyt" in result.stdout and "2026-11-23 06:00" in result.stdout
    assert "aldrig" in result.stdout  # the other source never ran
    listed = json.loads(invoke("--config", str(config), "sources", "--format", "json").stdout)
    assert [s["source_id"] for s in listed] == ["aarhus-nyt", "debat"]
    assert listed[0]["health"]["items_new"] == 3 and listed[1]["health"] is None


def test_a_bad_week_is_a_configuration_error(write_config):
    result = invoke("--config", str(write_config()), "brief", "--week", "2026-47")
    assert result.exit_code == 2
    assert "expected the form YYYY-Www" in result.stderr


def test_an_unusable_data_directory_is_exit_code_5(write_config, tmp_path):
    blocked = tmp_path / "blocked"
    blocked.mkdir()
    (blocked / "index").write_text("not a directory", encoding="utf-8")
    result = invoke("--config", str(write_config()), "--data-dir", str(blocked), "alerts")
    assert result.exit_code == 5, result.output
    assert len(result.stderr.strip().splitlines()) == 1


def test_english_messages(write_config):
    config = write_config(ui={"language": "en"}, flows={"enrich_batch_size": 0})
    result = invoke("--config", str(config), "alerts")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ") and "Fix the configuration" in result.stderr


COMMANDS = (
    "demo run crawl enrich topics detect notify brief purge import search alerts issues sources ui serve eval"
)


@pytest.mark.parametrize("command", COMMANDS.split())
def test_every_command_has_help(command):
    result = invoke(command, "--help")
    assert result.exit_code == 0 and "Usage" in result.stdout
