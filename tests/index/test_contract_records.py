"""Store contract: issues, alerts, briefings, source health, audit log and notification claims."""

from __future__ import annotations

from datetime import timedelta

from schema import Level
from tests.index.factories import NOW, make_alert, make_audit, make_briefing, make_health, make_issue


def test_issues_round_trip_and_list_most_recent_first(store):
    issues = [
        make_issue("issue-a", NOW - timedelta(days=2)),
        make_issue("issue-b", NOW, municipality_code="0706"),
        make_issue("issue-c", NOW - timedelta(days=1), status="dormant"),
    ]
    assert store.upsert_issues(issues) == 3
    assert store.upsert_issues(issues) == 3  # idempotent
    assert store.get_issue("issue-b") == issues[1]
    assert store.get_issue("missing") is None
    assert [i.issue_id for i in store.list_issues()] == ["issue-b", "issue-c", "issue-a"]
    assert [i.issue_id for i in store.list_issues(active_only=True)] == ["issue-b", "issue-a"]
    assert [i.issue_id for i in store.list_issues(municipality_code="0751")] == ["issue-c", "issue-a"]
    renamed = issues[0].model_copy(update={"label": "træer · Ingerslevs Boulevard", "last_seen": NOW})
    store.upsert_issues([renamed])
    assert store.get_issue("issue-a").label == "træer · Ingerslevs Boulevard"
    assert len(store.list_issues()) == 3


def test_alerts_round_trip_and_filter_by_state_level_and_municipality(store):
    alerts = [
        make_alert("a1", Level.WATCH, NOW - timedelta(hours=3)),
        make_alert("a2", Level.ALERT, NOW - timedelta(hours=1)),
        make_alert("a3", Level.WARNING, NOW - timedelta(hours=2), state="closed", code="0706"),
    ]
    assert store.upsert_alerts(alerts) == 3
    assert store.get_alert("a2") == alerts[1]
    assert store.get_alert("nope") is None
    assert [a.alert_id for a in store.list_alerts()] == ["a2", "a3", "a1"]
    assert [a.alert_id for a in store.list_alerts(state="open")] == ["a2", "a1"]
    assert [a.alert_id for a in store.list_alerts(min_level=Level.WARNING)] == ["a2", "a3"]
    assert [a.alert_id for a in store.list_alerts(municipality_code="0706")] == ["a3"]
    acked = alerts[0].model_copy(update={"acknowledged_by": "kommunikation", "updated_at": NOW})
    store.upsert_alerts([acked])
    assert store.get_alert("a1").acknowledged_by == "kommunikation"
    assert store.list_alerts()[0].alert_id == "a1"


def test_briefings_newest_week_first(store):
    for week in ("2026-W44", "2026-W45"):
        store.put_briefing(make_briefing(week))
    store.put_briefing(make_briefing("2026-W45", language="en"))
    store.put_briefing(make_briefing("2026-W45"))  # replace
    assert [b.briefing_id for b in store.list_briefings()] == ["2026-W45-da", "2026-W45-en", "2026-W44-da"]
    assert store.get_briefing("2026-W44-da") == make_briefing("2026-W44")
    assert store.get_briefing("2030-W01-da") is None


def test_source_health_latest_per_source_or_history(store):
    store.put_source_health(make_health("stiften", "run-1", NOW - timedelta(hours=2)))
    store.put_source_health(make_health("stiften", "run-2", NOW - timedelta(hours=1), status="degraded"))
    store.put_source_health(make_health("reddit-aarhus", "run-1", NOW - timedelta(minutes=30)))
    latest = store.list_source_health()
    assert [(h.source_id, h.run_id) for h in latest] == [("reddit-aarhus", "run-1"), ("stiften", "run-2")]
    history = store.list_source_health("stiften", latest_only=False)
    assert [h.run_id for h in history] == ["run-2", "run-1"]
    assert [h.status for h in store.list_source_health("stiften")] == ["degraded"]


def test_audit_log_newest_first_limit_and_purge(store):
    for minutes in (30, 10, 20):
        store.audit(make_audit(NOW - timedelta(minutes=minutes), query=f"q{minutes}"))
    store.audit(make_audit(NOW - timedelta(minutes=5), query="q5"))
    assert [e.query for e in store.list_audit()] == ["q5", "q10", "q20", "q30"]
    assert [e.query for e in store.list_audit(limit=2)] == ["q5", "q10"]
    assert store.purge_audit(NOW - timedelta(minutes=15)) == 2
    assert [e.query for e in store.list_audit()] == ["q5", "q10"]


def test_claim_notification_succeeds_once_per_key(store):
    assert store.claim_notification("alert:a1:warning:email", NOW) is True
    assert store.claim_notification("alert:a1:warning:email", NOW + timedelta(minutes=5)) is False
    assert store.claim_notification("alert:a1:alert:email", NOW) is True
