"""An Atom 1.0 feed (RFC 4287) of the newest alert changes, written under data_dir/feeds."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from xml.etree import ElementTree as ET

from flows._i18n import Language, level_name, tr
from flows.notify._texts import TEXTS
from flows.notify.email import message_html
from flows.notify.message import alert_message
from schema import Alert
from schema.settings import Settings
from ui import alert_link

ATOM_NS = "http://www.w3.org/2005/Atom"
FEED_NAME = "alerts.atom"


def feed_path(settings: Settings) -> Path:
    """Where the alert feed is written (served by `debatradar serve` and the UI)."""
    return settings.data_dir / "feeds" / FEED_NAME


def render_alert_feed(alerts: Sequence[Alert], settings: Settings, lang: Language, now: datetime) -> bytes:
    """The feed document: the newest ``notify.feed_entries`` alerts, newest change first."""
    ET.register_namespace("", ATOM_NS)
    base = settings.notify.public_base_url.rstrip("/")
    newest = sorted(alerts, key=lambda a: (a.updated_at, a.alert_id), reverse=True)[
        : settings.notify.feed_entries
    ]
    feed = ET.Element(_q("feed"), {"{http://www.w3.org/XML/1998/namespace}lang": lang})
    _text(feed, "id", _urn(f"feed:{base}"))
    _text(feed, "title", tr(TEXTS, "feed.title", lang))
    _text(feed, "subtitle", tr(TEXTS, "feed.subtitle", lang))
    _text(feed, "updated", _stamp(newest[0].updated_at if newest else now))
    ET.SubElement(
        feed, _q("link"), {"rel": "self", "type": "application/atom+xml", "href": f"{base}/feeds/{FEED_NAME}"}
    )
    ET.SubElement(feed, _q("link"), {"rel": "alternate", "type": "text/html", "href": f"{base}/alerts"})
    author = ET.SubElement(feed, _q("author"))
    _text(author, "name", "Debatradar")
    _text(feed, "generator", "Debatradar")
    for alert in newest:
        _entry(feed, alert, settings, lang)
    ET.indent(feed)
    return bytes(ET.tostring(feed, encoding="utf-8", xml_declaration=True)) + b"\n"


def write_alert_feed(
    alerts: Sequence[Alert], settings: Settings, lang: Language, now: datetime | None = None
) -> Path:
    """Write the feed atomically (a reader never sees half a file); returns its path."""
    path = feed_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = render_alert_feed(alerts, settings, lang, now or datetime.now(UTC))
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    return path


def _entry(feed: ET.Element, alert: Alert, settings: Settings, lang: Language) -> None:
    closed = alert.state == "closed"
    entry = ET.SubElement(feed, _q("entry"))
    _text(entry, "id", _urn(f"alert:{alert.alert_id}"))
    key = "feed.closed" if closed else "feed.entry"
    level = alert.peak_level
    _text(entry, "title", tr(TEXTS, key, lang, level=level_name(level, lang), label=alert.label))
    _text(entry, "updated", _stamp(alert.updated_at))
    _text(entry, "published", _stamp(alert.first_seen))
    ET.SubElement(
        entry,
        _q("link"),
        {"rel": "alternate", "type": "text/html", "href": alert_link(settings, alert.alert_id)},
    )
    ET.SubElement(entry, _q("category"), {"term": level.value, "label": level_name(level, lang)})
    if alert.municipality_code:
        ET.SubElement(
            entry, _q("category"), {"term": alert.municipality_code, "scheme": "urn:dagi:kommunekode"}
        )
    message = alert_message(alert, "closed" if closed else "new", settings, lang, channel="Atom")
    _text(entry, "summary", message.intro + " " + "; ".join(f"{k}: {v}" for k, v in message.facts))
    content = ET.SubElement(entry, _q("content"), {"type": "html"})
    content.text = _body(message_html(message))


def _body(html: str) -> str:
    start, end = html.find("<body"), html.rfind("</body>")
    return html[html.find(">", start) + 1 : end].strip() if start >= 0 and end > start else html


def _q(name: str) -> str:
    return f"{{{ATOM_NS}}}{name}"


def _text(parent: ET.Element, name: str, value: str) -> ET.Element:
    element = ET.SubElement(parent, _q(name))
    element.text = value
    return element


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _urn(name: str) -> str:
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'debatradar:' + name)}"
