"""Smaller flows under Prefect: purge, brief (built and e-mailed), saved-search rules, serve, feeds."""

from __future__ import annotations

import json
from datetime import timedelta

import httpx
import pytest

from flows.briefing.flow import brief_flow
from flows.notify.atom import write_alert_feed
from flows.notify.feed_server import FeedServer
from flows.notify.flow import notify_flow
from flows.purge import purge_flow
from index import DocumentFilter
from schema import RawItem
from schema.settings import SavedSearch, SearchRule, saved_searches_path
from tests.flows import records
from tests.flows.servers import smtp_server, webhook_receiver

pytestmark = pytest.mark.usefixtures("prefect_harness")

NOW = records.GENERATED


def test_purge_deletes_old_texts_and_keeps_aggregates(write_config, filled_store):
    config = str(write_config(privacy={"raw_text_days": 30, "public_actors": records.PUBLIC_ACTORS}))
    before = filled_store.count_documents()
    summary = purge_flow(config, now=NOW)
    cutoff = NOW - timedelta(days=30)
    assert summary.documents > 0
    assert filled_store.count_documents() == before - summary.documents
    assert filled_store.count_documents(DocumentFilter(published_to=cutoff)) == 0
    assert len(filled_store.list_issues()) == 4 and len(filled_store.list_alerts()) == 3
    assert filled_store.list_audit(limit=1)[0].action == "purge"


def test_purge_removes_old_spooled_texts_and_quotes_in_old_alerts(write_config, filled_store, settings):
    from crawlers import Spool

    old_doc = filled_store.iter_documents().__next__()
    d = old_doc
    raw = RawItem(
        id=d.id, source_id=d.source_id, source_kind=d.source_kind, platform=d.platform, url=d.url,
        canonical_url=d.url, text=d.text, published_at=d.published_at, fetched_at=d.fetched_at,
        content_hash=d.content_hash,
    )  # fmt: skip
    with Spool(settings.data_dir / "spool") as spool:
        spool.append([raw])
    config = str(write_config(privacy={"raw_text_days": 30, "public_actors": records.PUBLIC_ACTORS}))
    summary = purge_flow(config, now=NOW + timedelta(days=60))
    assert summary.spool_records == 1 and summary.alerts_scrubbed == 3
    assert filled_store.count_documents() == 0
    for alert in filled_store.list_alerts():
        assert all(not d.snippet and d.title is None for d in alert.evidence.top_documents)
        assert all(not c.example for c in alert.evidence.cues)
        assert alert.evidence.top_documents and alert.evidence.remote.authors_known > 0  # aggregates stay
    with Spool(settings.data_dir / "spool") as spool:
        assert spool.count() == 0


def test_the_briefing_is_built_and_mailed_with_its_pdf(write_config, filled_store):
    with smtp_server("none") as (inbox, port):
        config = str(
            write_config(
                notify={"smtp": {"host": "127.0.0.1", "port": port, "security": "none"},
                        "briefing_recipients": ["direktion@aarhus.example"]}
            )
        )  # fmt: skip
        built = brief_flow(config, send=True, now=NOW)
    assert built == ["2026-W47-da"]
    mail = inbox.messages[0]
    assert mail["Subject"] == "Debatradar: ugebriefing uge 47"
    assert inbox.envelopes[0][1] == ["direktion@aarhus.example"]
    attachments = list(mail.iter_attachments())
    assert [a.get_filename() for a in attachments] == ["debatradar-2026-W47-da.pdf"]
    assert attachments[0].get_content().startswith(b"%PDF")
    text = mail.get_body(preferencelist=("plain",)).get_content()
    assert f"{records.EXPECTED_DOCUMENTS} indlæg" in text and "briefings?briefing=2026-W47-da" in text


def test_a_saved_search_rule_fires_once_per_window(write_config, settings, filled_store, monkeypatch):
    saved = SavedSearch(
        search_id="abc123def456",
        name="Træerne",
        owner="analytiker",
        created_at=NOW - timedelta(days=5),
        query={"text": "træerne"},
        rule=SearchRule(min_hits=3, window_hours=72, channels=["slack"]),
    )
    path = saved_searches_path(settings.data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps([saved.model_dump(mode="json")]), encoding="utf-8")
    with webhook_receiver() as receiver:
        monkeypatch.setenv("DEBATRADAR_SECRETS__WEBHOOKS", json.dumps({"slack-url": receiver.url("/slack")}))
        config = str(
            write_config(
                notify={"retry_delay_s": 0,
                        "channels": [{"kind": "slack", "name": "slack", "secret": "slack-url",
                                      "rules": {"min_level": "alert", "keywords": ["ingen-match"]}}]}
            )
        )  # fmt: skip
        notify_flow(config, now=NOW)
        notify_flow(config, now=NOW + timedelta(hours=1))
    texts = [r["json"]["text"] for r in receiver.delivered]
    assert len(texts) == 1 and texts[0].startswith("[Debatradar] Gemt søgning: ")
    assert "»Træerne«" in texts[0]


def test_the_feed_server_serves_the_atom_feed(settings):
    write_alert_feed(records.alerts(records.all_documents()), settings, "da", NOW)
    with FeedServer(settings.data_dir, "127.0.0.1", 0) as server:
        response = httpx.get(server.url("feeds/alerts.atom"))
        listing = httpx.get(server.url("feeds/"))
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    assert b"<feed" in response.content
    assert listing.status_code == 404


def test_serve_builds_the_scheduled_deployments(write_config):
    from flows.serve import deployments

    found = {d.name: d for d in deployments(str(write_config()), {})}
    assert set(found) == {"crawl", "analyse", "weekly-briefing", "nightly-purge"}
    crawl = found["crawl"].schedules[0].schedule
    assert (crawl.cron, crawl.timezone) == ("*/15 * * * *", "Europe/Copenhagen")
    assert found["weekly-briefing"].parameters["send"] is True
