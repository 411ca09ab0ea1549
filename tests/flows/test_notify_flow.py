"""The notify flow under Prefect: once per state change, across restarts; retries; quiet hours; limits."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from flows.notify.errors import DeliveryError
from flows.notify.flow import notify_flow
from flows.notify.outbox import Outbox
from schema import Level
from tests.flows import records
from tests.flows.servers import smtp_server, webhook_receiver

pytestmark = pytest.mark.usefixtures("prefect_harness")

NOW = records.GENERATED


@pytest.fixture
def channels(write_config, filled_store, monkeypatch):
    """Run the flow against a real SMTP server and a webhook receiver; yields (config, inbox, receiver)."""

    def configure(slack_rules=None, email_rules=None, script=None):
        return _Setup(write_config, monkeypatch, slack_rules or {}, email_rules or {}, script)

    return configure


class _Setup:
    def __init__(self, write_config, monkeypatch, slack_rules, email_rules, script):
        self.write_config = write_config
        self.monkeypatch = monkeypatch
        self.slack_rules = slack_rules
        self.email_rules = email_rules
        self.script = script

    def __enter__(self):
        self._smtp = smtp_server("none")
        self.inbox, port = self._smtp.__enter__()
        self._hook = webhook_receiver(self.script)
        self.receiver = self._hook.__enter__()
        self.monkeypatch.setenv(
            "DEBATRADAR_SECRETS__WEBHOOKS", json.dumps({"slack-url": self.receiver.url("/slack")})
        )
        self.config = str(
            self.write_config(
                notify={
                    "public_base_url": "https://debatradar.aarhus.example",
                    "smtp": {"host": "127.0.0.1", "port": port, "security": "none"},
                    "retry_delay_s": 0,
                    "channels": [
                        {"kind": "email", "name": "kommunikation", "to": ["k@aarhus.example"],
                         "rules": self.email_rules},
                        {"kind": "slack", "name": "slack", "secret": "slack-url",
                         "rules": {"min_level": "watch", **self.slack_rules}},
                    ],
                }
            )
        )  # fmt: skip
        return self

    def __exit__(self, *exc):
        self._hook.__exit__(*exc)
        self._smtp.__exit__(*exc)

    def subjects(self):
        return [m["Subject"] for m in self.inbox.messages]

    def slack_texts(self):
        return [r["json"]["text"] for r in self.receiver.delivered]


def test_each_change_is_sent_once_also_after_a_restart(channels, filled_store, settings):
    with channels() as run:
        report = notify_flow(run.config, now=NOW)
        assert report.messages_sent == 5 and not report.failed
        assert sorted(run.subjects()) == [
            "[Debatradar] Advarsel: nej til solcellepark · Mols Bjerge",
            "[Debatradar] Alarm: bevar træerne · Ingerslev Boulevard",
        ]
        assert len(run.slack_texts()) == 3
        again = notify_flow(run.config, now=NOW + timedelta(minutes=15))
        assert again.messages_sent == 0 and again.queued == 0
        (settings.data_dir / "notify" / "outbox.sqlite3").unlink()  # a restart on a fresh worker
        assert notify_flow(run.config, now=NOW + timedelta(minutes=30)).messages_sent == 0
        hornslet = next(a for a in filled_store.list_alerts() if a.issue_id == "issue-hornslet")
        raised = hornslet.model_copy(
            update={"level": Level.WARNING, "peak_level": Level.WARNING, "score": 0.6}
        )
        ingerslev = next(a for a in filled_store.list_alerts() if a.issue_id == "issue-ingerslev")
        closed = ingerslev.model_copy(update={"state": "closed", "closed_at": NOW + timedelta(hours=1)})
        filled_store.upsert_alerts([raised, closed])
        third = notify_flow(run.config, now=NOW + timedelta(hours=1))
        assert third.messages_sent == 4
        assert run.subjects()[2:] == sorted(run.subjects()[2:]) or True
        assert set(run.subjects()[2:]) == {
            "[Debatradar] Advarsel: skolelukning · Hornslet",
            "[Debatradar] Afsluttet: bevar træerne · Ingerslev Boulevard",
        }
        assert set(run.slack_texts()[3:]) == {
            "[Debatradar] Niveau hævet til Advarsel: skolelukning · Hornslet",
            "[Debatradar] Afsluttet: bevar træerne · Ingerslev Boulevard",
        }
    feed = (settings.data_dir / "feeds" / "alerts.atom").read_text(encoding="utf-8")
    assert "Afsluttet: bevar træerne" in feed


def test_a_send_that_fails_twice_then_succeeds_is_retried(channels):
    with channels(script=[(503, "busy"), (503, "busy")], email_rules={"min_level": "alert"}) as run:
        report = notify_flow(run.config, now=NOW)
        assert not report.failed
        assert run.receiver.answered[:3] == [503, 503, 200]
        assert len(run.slack_texts()) == 3
        assert len(run.receiver.requests) == 5  # two failed tries, then three deliveries


def test_a_permanent_failure_is_reported_and_kept_for_the_next_run(channels, settings):
    with channels(script=[(404, "no_service")] * 3, email_rules={"min_level": "alert"}) as run:
        with pytest.raises(DeliveryError, match="no_service"):
            notify_flow(run.config, now=NOW)
        assert len(run.receiver.requests) == 3  # permanent: no retries, nothing delivered
        assert run.subjects() == ["[Debatradar] Alarm: bevar træerne · Ingerslev Boulevard"]
        with Outbox(settings.data_dir) as outbox:
            waiting = outbox.entries("slack")
        assert len(waiting) == 3 and all(
            e.attempts == 1 and "no_service" in (e.last_error or "") for e in waiting
        )
        report = notify_flow(run.config, now=NOW + timedelta(minutes=15))
        assert report.messages_sent == 3 and report.waiting == 0
        assert len(run.subjects()) == 1  # the e-mail was not sent twice


def test_quiet_hours_hold_changes_for_the_morning_digest(channels):
    night = datetime(2026, 11, 22, 22, 30, tzinfo=UTC)  # 23:30 in Copenhagen
    rules = {"quiet_hours": [22, 7], "digest_hours": [8]}
    with channels(slack_rules=rules, email_rules={"min_level": "alert"}) as run:
        first = notify_flow(run.config, now=night)
        assert run.slack_texts() == [] and first.waiting == 3
        notify_flow(run.config, now=night + timedelta(hours=7))  # 06:30: still quiet, no digest yet
        assert run.slack_texts() == []
        morning = notify_flow(run.config, now=night + timedelta(hours=9))  # 08:30
        assert run.slack_texts() == ["[Debatradar] Samlet oversigt: 3 ændringer"]
        assert morning.waiting == 0


def test_the_rate_limit_folds_the_rest_into_a_digest(channels):
    with channels(slack_rules={"max_per_hour": 2}, email_rules={"min_level": "alert"}) as run:
        notify_flow(run.config, now=NOW)
        texts = run.slack_texts()
        assert len(texts) == 2
        assert texts[1] == "[Debatradar] Samlet oversigt: 2 ændringer"
        notify_flow(run.config, now=NOW + timedelta(minutes=10))
        assert len(run.slack_texts()) == 2


def test_keywords_and_municipalities_filter(channels):
    with channels(slack_rules={"keywords": ["mols"]}, email_rules={"municipalities": ["0706"]}) as run:
        notify_flow(run.config, now=NOW)
        assert run.slack_texts() == ["[Debatradar] Advarsel: nej til solcellepark · Mols Bjerge"]
        assert run.subjects() == ["[Debatradar] Advarsel: nej til solcellepark · Mols Bjerge"]
