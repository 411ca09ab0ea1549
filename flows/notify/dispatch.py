"""From alert changes to deliveries: what each channel is owed now, rendered and sent.

Every change is keyed ``<alert id>|<state>|<peak level>|<channel>``: a new alert, a higher
peak level or a closed episode is a new key; a level going down and back up is not. A key is
queued in the outbox, claimed in the store (once, ever) and sent; it leaves the outbox only
when it was delivered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from flows._i18n import Language
from flows.notify.email import send_message
from flows.notify.errors import DeliveryError
from flows.notify.message import ChangeKind, Message, alert_message, digest_message, search_message
from flows.notify.outbox import Entry, Outbox
from flows.notify.rules import in_quiet_hours, latest_digest_slot, wants
from flows.notify.searches import fired_searches
from flows.notify.webhooks import post_webhook, slack_blocks, teams_adaptive_card, teams_message_card
from index import Store
from schema import Alert, Level
from schema.settings import EmailChannel, Settings, WebhookChannel

ChannelConfig = EmailChannel | WebhookChannel


@dataclass(frozen=True)
class Delivery:
    """One message to send to one channel, carrying one change or a digest of several."""

    channel: str
    keys: tuple[str, ...]
    digest: bool


def channel_language(channel: ChannelConfig, settings: Settings) -> Language:
    """The channel's language, else the deployment's default (ui.language)."""
    return channel.language or settings.ui.language


def change_key(alert: Alert, channel: str, level: Level | None = None, state: str | None = None) -> str:
    """The claim key of an alert's state on a channel (by default its current state and peak level)."""
    return f"{alert.alert_id}|{state or alert.state}|{(level or alert.peak_level).value}|{channel}"


def queue_changes(store: Store, settings: Settings, outbox: Outbox, now: datetime) -> int:
    """Queue and claim every change a channel has not had yet; returns how many were queued."""
    configured = {c.name for c in settings.notify.channels}
    for entry in outbox.entries(claimed=False):  # left over by a run that stopped between queue and claim
        if entry.channel not in configured:
            continue
        alert = store.get_alert(entry.ref) if entry.kind != "search" else None
        if _claim(store, outbox, entry.key, now) and alert is not None:
            outbox.set_kind(entry.key, _kind(store, alert, _channel(settings, entry.channel), now))
    since = now - timedelta(hours=settings.notify.lookback_hours)
    alerts = [a for a in store.list_alerts() if a.updated_at >= since]
    queued = 0
    for channel in settings.notify.channels:
        for alert in sorted(alerts, key=lambda a: (a.updated_at, a.alert_id)):
            if not wants(channel.rules, alert, settings):
                continue
            key = change_key(alert, channel.name)
            if outbox.has(key) or not outbox.add(key, channel.name, "new", alert.alert_id, {}, now):
                continue
            if _claim(store, outbox, key, now):  # only a change no run has claimed yet goes further
                outbox.set_kind(key, _kind(store, alert, channel, now))
                queued += 1
    for hit in fired_searches(store, settings, now):
        for channel in settings.notify.channels:
            named = channel.name in hit.channels
            if (hit.channels and not named) or (
                not hit.channels and hit.level.rank < channel.rules.min_level.rank
            ):
                continue
            key = f"search:{hit.search_id}|{hit.window_start.isoformat()}|{channel.name}"
            payload: dict[str, Any] = {
                "name": hit.name,
                "query": hit.query,
                "hits": hit.hits,
                "hours": hit.hours,
                "level": hit.level.value,
            }
            if not outbox.has(key) and outbox.add(key, channel.name, "search", hit.search_id, payload, now):
                queued += int(_claim(store, outbox, key, now))
    return queued


def plan_deliveries(settings: Settings, outbox: Outbox, now: datetime) -> list[Delivery]:
    """What goes out now, channel by channel, honouring mode, quiet hours, digests and rate limit."""
    plan: list[Delivery] = []
    tz = settings.flows.timezone
    for channel in settings.notify.channels:
        entries = outbox.entries(channel.name)
        capacity = channel.rules.max_per_hour - outbox.sent_since(channel.name, now - timedelta(hours=1))
        if not entries or capacity <= 0:
            continue
        slot = latest_digest_slot(channel.rules, now, tz)
        due = tuple(e.key for e in entries if e.created_at < slot)
        if channel.rules.mode == "digest" or in_quiet_hours(channel.rules, now, tz):
            if due:
                plan.append(Delivery(channel.name, due, digest=True))
            continue
        if due:  # held past a digest time (quiet hours, an earlier failure): they go together
            plan.append(Delivery(channel.name, due, digest=True))
            capacity -= 1
        keys = [e.key for e in entries if e.key not in due]
        if not keys or capacity <= 0:
            continue
        single = keys if len(keys) <= capacity else keys[: capacity - 1]
        plan += [Delivery(channel.name, (key,), digest=False) for key in single]
        if len(keys) > len(single):
            plan.append(Delivery(channel.name, tuple(keys[len(single) :]), digest=True))
    return plan


def render(delivery: Delivery, store: Store, settings: Settings, outbox: Outbox) -> Message | None:
    """The message of a delivery in the channel's language; None when nothing is left to say."""
    channel = _channel(settings, delivery.channel)
    lang = channel_language(channel, settings)
    entries = {e.key: e for e in outbox.entries(channel.name)}
    parts = [
        m
        for m in (
            _entry_message(entries[k], store, settings, lang, channel.name)
            for k in delivery.keys
            if k in entries
        )
        if m is not None
    ]
    if not parts:
        return None
    return (
        parts[0]
        if len(parts) == 1 and not delivery.digest
        else digest_message(parts, settings, lang, channel.name)
    )


def send(message: Message, channel_name: str, settings: Settings) -> None:
    """Send one message over a channel (e-mail, Teams or Slack); raises DeliveryError."""
    channel = _channel(settings, channel_name)
    if isinstance(channel, EmailChannel):
        send_message(settings, channel.to, message)
        return
    secret = settings.secrets.webhooks.get(channel.secret)
    if secret is None:
        raise DeliveryError(
            f"channel {channel.name!r}: no webhook URL; set DEBATRADAR_SECRETS__WEBHOOKS to a JSON object "
            f"with the key {channel.secret!r}.",
            transient=False,
        )
    if channel.kind == "slack":
        payload = slack_blocks(message)
    elif channel.teams_format == "message_card":
        payload = teams_message_card(message)
    else:
        payload = teams_adaptive_card(message)
    post_webhook(secret.get_secret_value(), payload)


def _kind(store: Store, alert: Alert, channel: ChannelConfig, now: datetime) -> ChangeKind:
    """'level_up' when the channel was told about a lower level of the same episode, else 'new'.

    The store's claims are the memory: probing a lower level's key claims it, which is harmless
    because an episode's peak level never goes down again.
    """
    if alert.state == "closed":
        return "closed"
    lower = [lv for lv in Level if channel.rules.min_level.rank <= lv.rank < alert.peak_level.rank]
    told = [not store.claim_notification(change_key(alert, channel.name, lv, "open"), now) for lv in lower]
    return "level_up" if any(told) else "new"


def _claim(store: Store, outbox: Outbox, key: str, now: datetime) -> bool:
    if store.claim_notification(key, now):
        outbox.mark_claimed(key)
        return True
    outbox.discard(key)
    return False


def _entry_message(
    entry: Entry, store: Store, settings: Settings, lang: Language, channel: str
) -> Message | None:
    if entry.kind == "search":
        p = entry.payload
        return search_message(
            p["name"], p["query"], p["hits"], p["hours"], Level(p["level"]), settings, lang, channel
        )
    alert = store.get_alert(entry.ref)
    if alert is None:
        return None
    kind: ChangeKind = entry.kind  # type: ignore[assignment]
    return alert_message(alert, kind, settings, lang, channel)


def _channel(settings: Settings, name: str) -> ChannelConfig:
    for channel in settings.notify.channels:
        if channel.name == name:
            return channel
    raise DeliveryError(f"no notification channel named {name!r} in the configuration.", transient=False)
