"""Delivery over real sockets: SMTP (plain, STARTTLS + AUTH, implicit TLS), webhooks, the Atom feed."""

from __future__ import annotations

from datetime import UTC, datetime

import feedparser
import pytest

from flows.notify.atom import feed_path, write_alert_feed
from flows.notify.dispatch import send
from flows.notify.email import send_message
from flows.notify.errors import DeliveryError
from flows.notify.message import alert_message, digest_message
from flows.notify.webhooks import post_webhook, slack_blocks, teams_adaptive_card, teams_message_card
from schema.settings import load_settings
from tests.flows import records
from tests.flows.servers import SMTP_PASSWORD, SMTP_USER, make_certificates, smtp_server, webhook_receiver


@pytest.fixture(scope="module")
def certs(tmp_path_factory):
    return make_certificates(tmp_path_factory.mktemp("certs"))


@pytest.fixture
def alerts():
    return records.alerts(records.all_documents())


def _smtp_settings(write_config, port, security, ca_file=None, username=None, language="da"):
    smtp = {
        "host": "127.0.0.1",
        "port": port,
        "security": security,
        "sender": "Debatradar <radar@aarhus.example>",
    }
    if ca_file:
        smtp["ca_file"] = str(ca_file)
    if username:
        smtp["username"] = username
    return load_settings(
        write_config(
            notify={
                "public_base_url": "https://debatradar.aarhus.example",
                "smtp": smtp,
                "channels": [
                    {"kind": "email", "name": "kommunikation", "to": ["kommunikation@aarhus.example"]}
                ],
            },
            ui={"language": language},
        )
    )


def _parts(mail):
    text = mail.get_body(preferencelist=("plain",)).get_content()
    html = mail.get_body(preferencelist=("html",)).get_content()
    return text, html


def test_danish_alert_email_over_plain_smtp(write_config, alerts):
    with smtp_server("none") as (inbox, port):
        settings = _smtp_settings(write_config, port, "none")
        message = alert_message(alerts[0], "new", settings, "da", "kommunikation")
        send_message(settings, ["kommunikation@aarhus.example"], message)
    assert len(inbox.messages) == 1
    mail = inbox.messages[0]
    assert mail["Subject"] == "[Debatradar] Alarm: bevar træerne · Ingerslev Boulevard"
    assert inbox.envelopes[0] == ("radar@aarhus.example", ["kommunikation@aarhus.example"])
    text, html = _parts(mail)
    assert "Ny mobilisering: bevar træerne · Ingerslev Boulevard" in text
    assert "Niveau: Alarm" in text
    assert "Kommune: Aarhus" in text
    assert "Andel deltagere udefra: 10 % (2 af 20 med kendt bopæl)" in text
    link = f"https://debatradar.aarhus.example/alerts?alert={alerts[0].alert_id.replace('@', '%40')}"
    assert f"Åbn i Debatradar: {link}" in text
    assert "underskriftindsamling (5)" in text
    assert "Alarm" in html and "Aarhus" in html and "10 %" in html and f'href="{link}"' in html
    assert "Forfattere er pseudonymiseret" in html


def test_starttls_with_auth_and_a_self_signed_ca(write_config, alerts, certs, monkeypatch):
    monkeypatch.setenv("DEBATRADAR_SECRETS__SMTP_PASSWORD", SMTP_PASSWORD)
    with smtp_server("starttls", certs) as (inbox, port):
        settings = _smtp_settings(write_config, port, "starttls", certs.ca_file, SMTP_USER, language="en")
        send_message(
            settings, ["kommunikation@aarhus.example"], alert_message(alerts[1], "new", settings, "en", "x")
        )
    mail = inbox.messages[0]
    assert mail["Subject"] == "[Debatradar] Warning: nej til solcellepark · Mols Bjerge"
    text, _ = _parts(mail)
    assert "Municipality: Syddjurs" in text
    assert "Share of remote participants: 75% (12 of 16 with a known home)" in text
    assert "Most participants with a known home live outside the municipality." in text


def test_implicit_tls(write_config, alerts, certs, monkeypatch):
    monkeypatch.setenv("DEBATRADAR_SECRETS__SMTP_PASSWORD", SMTP_PASSWORD)
    with smtp_server("ssl", certs) as (inbox, port):
        settings = _smtp_settings(write_config, port, "ssl", certs.ca_file, SMTP_USER)
        send_message(
            settings, ["a@aarhus.example"], alert_message(alerts[2], "level_up", settings, "da", "x")
        )
    assert inbox.messages[0]["Subject"] == "[Debatradar] Niveau hævet til Hold øje: skolelukning · Hornslet"


def test_wrong_password_is_a_permanent_error(write_config, alerts, certs, monkeypatch):
    monkeypatch.setenv("DEBATRADAR_SECRETS__SMTP_PASSWORD", "forkert")
    with smtp_server("starttls", certs) as (inbox, port):
        settings = _smtp_settings(write_config, port, "starttls", certs.ca_file, SMTP_USER)
        with pytest.raises(DeliveryError, match="login as 'debatradar' refused") as err:
            send_message(settings, ["a@aarhus.example"], alert_message(alerts[0], "new", settings, "da", "x"))
    assert not err.value.transient and not inbox.messages


def test_untrusted_certificate_names_the_fix(write_config, alerts, certs, monkeypatch):
    monkeypatch.setenv("DEBATRADAR_SECRETS__SMTP_PASSWORD", SMTP_PASSWORD)
    with smtp_server("starttls", certs) as (_, port):
        settings = _smtp_settings(write_config, port, "starttls", None, SMTP_USER)
        with pytest.raises(DeliveryError, match=r"notify\.smtp\.ca_file") as err:
            send_message(settings, ["a@aarhus.example"], alert_message(alerts[0], "new", settings, "da", "x"))
    assert not err.value.transient


def test_a_server_that_is_down_is_transient(write_config, alerts):
    from tests.flows.servers import free_port

    settings = _smtp_settings(write_config, free_port(), "none")
    with pytest.raises(DeliveryError, match="will retry") as err:
        send_message(settings, ["a@aarhus.example"], alert_message(alerts[0], "new", settings, "da", "x"))
    assert err.value.transient


def test_teams_and_slack_payloads_reach_a_receiver(settings, alerts):
    message = alert_message(alerts[0], "new", settings, "da", "teams")
    card = teams_adaptive_card(message)
    assert card["type"] == "message"
    attachment = card["attachments"][0]
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
    content = attachment["content"]
    assert content["type"] == "AdaptiveCard" and content["version"] == "1.4"
    facts = {f["title"]: f["value"] for b in content["body"] if b["type"] == "FactSet" for f in b["facts"]}
    assert facts["Niveau"] == "Alarm" and facts["Kommune"] == "Aarhus"
    assert content["actions"][0]["type"] == "Action.OpenUrl"
    legacy = teams_message_card(message)
    assert legacy["@type"] == "MessageCard" and legacy["themeColor"] == "b3261e"
    assert legacy["potentialAction"][0]["targets"][0]["uri"] == message.link
    slack = slack_blocks(message)
    blocks = slack["attachments"][0]["blocks"]
    assert slack["text"] == message.subject
    assert blocks[0]["type"] == "header" and blocks[0]["text"]["type"] == "plain_text"
    assert any(b["type"] == "actions" and b["elements"][0]["url"] == message.link for b in blocks)
    assert all(len(f["text"]) <= 2000 for b in blocks if b["type"] == "section" for f in b.get("fields", []))
    with webhook_receiver() as receiver:
        post_webhook(receiver.url("/teams"), card)
        post_webhook(receiver.url("/slack"), slack)
    assert [r["path"] for r in receiver.requests] == ["/teams", "/slack"]
    assert receiver.requests[0]["content_type"] == "application/json"
    assert receiver.requests[1]["json"]["attachments"][0]["color"] == "#b3261e"


@pytest.mark.parametrize(
    ("status", "transient"), [(429, True), (503, True), (400, False), (404, False), (410, False)]
)
def test_webhook_errors_are_classified(status, transient):
    with (
        webhook_receiver([(status, "invalid_payload" if status == 400 else "x")]) as receiver,
        pytest.raises(DeliveryError, match=f"HTTP {status}") as err,
    ):
        post_webhook(receiver.url("/hook"), {"text": "x"})
    assert err.value.transient is transient


def test_a_missing_webhook_secret_names_the_variable(write_config, alerts):
    settings = load_settings(
        write_config(notify={"channels": [{"kind": "slack", "name": "slack", "secret": "slack-url"}]})
    )
    message = alert_message(alerts[0], "new", settings, "da", "slack")
    with pytest.raises(DeliveryError, match="DEBATRADAR_SECRETS__WEBHOOKS"):
        send(message, "slack", settings)


def test_digest_lists_every_change(settings, alerts):
    parts = [alert_message(a, "new", settings, "da", "x") for a in alerts]
    digest = digest_message(parts, settings, "da", "x")
    assert digest.subject == "[Debatradar] Samlet oversigt: 3 ændringer"
    assert digest.level is not None and digest.level.value == "alert"
    assert [e.text for e in digest.examples] == [p.headline for p in parts]


def test_atom_feed_is_valid(settings, alerts):
    now = datetime(2026, 11, 23, 6, tzinfo=UTC)
    path = write_alert_feed(alerts, settings, "da", now)
    assert path == feed_path(settings)
    parsed = feedparser.parse(path.read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert parsed.feed.title == "Debatradar – varsler"
    assert parsed.feed.id.startswith("urn:uuid:")
    assert len(parsed.entries) == 3
    titles = [e.title for e in parsed.entries]
    assert "Alarm: bevar træerne · Ingerslev Boulevard" in titles
    first = parsed.entries[titles.index("Alarm: bevar træerne · Ingerslev Boulevard")]
    assert first.link.startswith("https://debatradar.aarhus.example/alerts?alert=")
    assert first.updated_parsed is not None and first.id.startswith("urn:uuid:")
    assert {t.term for t in first.tags} == {"alert", "0751"}
    assert "Andel deltagere udefra" in first.summary
    ids = {e.id for e in parsed.entries}
    assert len(ids) == 3
    assert write_alert_feed(alerts, settings, "da", now).read_bytes() == path.read_bytes()
