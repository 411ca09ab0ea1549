"""Microsoft Teams and Slack incoming webhooks, in their real payload formats."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import httpx

from flows._i18n import level_name
from flows.notify.errors import DeliveryError
from flows.notify.message import Message

JsonDict = dict[str, Any]


def teams_adaptive_card(message: Message) -> JsonDict:
    """A Teams Workflows ('When a Teams webhook request is received') message with an Adaptive Card."""
    body: list[JsonDict] = []
    if message.level:
        colour = {"watch": "Accent", "warning": "Warning", "alert": "Attention"}[message.level.value]
        label = level_name(message.level, message.language)
        body.append({"type": "TextBlock", "text": label, "weight": "Bolder", "color": colour, "wrap": True})
    body += [
        {"type": "TextBlock", "text": message.headline, "weight": "Bolder", "size": "Large", "wrap": True},
        {"type": "TextBlock", "text": message.intro, "wrap": True},
    ]
    if message.facts:
        body.append({"type": "FactSet", "facts": [{"title": k, "value": v} for k, v in message.facts]})
    body += [{"type": "TextBlock", "text": note, "wrap": True, "color": "Warning"} for note in message.notes]
    if message.examples:
        body.append({"type": "TextBlock", "text": message.examples_title, "weight": "Bolder", "wrap": True})
        items = "\n".join(f"- [{_md(ex.text)}]({ex.url}) ({ex.platform})" for ex in message.examples)
        body.append({"type": "TextBlock", "text": items, "wrap": True})
    body.append(
        {"type": "TextBlock", "text": message.footer, "size": "Small", "isSubtle": True, "wrap": True}
    )
    card = {
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "type": "AdaptiveCard",
        "version": "1.4",
        "lang": message.language,
        "body": body,
        "actions": [{"type": "Action.OpenUrl", "title": message.link_label, "url": message.link}],
    }
    return {
        "type": "message",
        "summary": message.subject,
        "attachments": [
            {"contentType": "application/vnd.microsoft.card.adaptive", "contentUrl": None, "content": card}
        ],
    }


def teams_message_card(message: Message) -> JsonDict:
    """A legacy Office 365 connector MessageCard."""
    section: JsonDict = {
        "activityTitle": message.headline,
        "activitySubtitle": message.intro,
        "facts": [{"name": k, "value": v} for k, v in message.facts],
        "markdown": True,
    }
    if message.notes or message.examples:
        lines = list(message.notes)
        lines += [f"- [{_md(ex.text)}]({ex.url}) ({ex.platform})" for ex in message.examples]
        section["text"] = "\n\n".join(lines)
    return {
        "@type": "MessageCard",
        "@context": "https://schema.org/extensions",
        "summary": message.subject,
        "themeColor": message.colour.lstrip("#"),
        "title": message.subject,
        "sections": [section],
        "potentialAction": [
            {
                "@type": "OpenUri",
                "name": message.link_label,
                "targets": [{"os": "default", "uri": message.link}],
            }
        ],
    }


def slack_blocks(message: Message) -> JsonDict:
    """A Slack incoming-webhook message: fallback text plus Block Kit blocks in a coloured attachment."""
    blocks: list[JsonDict] = [
        {"type": "header", "text": {"type": "plain_text", "text": message.headline[:150], "emoji": True}},
        {"type": "section", "text": {"type": "mrkdwn", "text": _slack(message.intro)}},
    ]
    for start in range(0, len(message.facts), 10):
        fields = [
            {"type": "mrkdwn", "text": f"*{_slack(k)}*\n{_slack(v)}"[:2000]}
            for k, v in message.facts[start : start + 10]
        ]
        blocks.append({"type": "section", "fields": fields})
    blocks += [
        {"type": "section", "text": {"type": "mrkdwn", "text": f":warning: {_slack(n)}"}}
        for n in message.notes
    ]
    if message.examples:
        lines = [f"*{_slack(message.examples_title)}*"]
        lines += [f"• <{ex.url}|{_slack(ex.text)}> ({_slack(ex.platform)})" for ex in message.examples]
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": "\n".join(lines)[:3000]}})
    blocks += [
        {
            "type": "actions",
            "elements": [
                {
                    "type": "button",
                    "text": {"type": "plain_text", "text": message.link_label},
                    "url": message.link,
                    "style": "danger" if message.level and message.level.value == "alert" else "primary",
                }
            ],
        },
        {"type": "context", "elements": [{"type": "mrkdwn", "text": _slack(message.footer)}]},
    ]
    return {"text": message.subject, "attachments": [{"color": message.colour, "blocks": blocks}]}


def post_webhook(url: str, payload: JsonDict, timeout_s: float = 15) -> None:
    """POST a payload to a webhook URL.

    Raises:
        DeliveryError: transient on connection problems, 408, 429 and 5xx; permanent otherwise.
    """
    host = urlsplit(url).netloc or "?"
    try:
        response = httpx.post(url, json=payload, timeout=timeout_s)
    except httpx.HTTPError as err:
        raise DeliveryError(f"webhook {host}: no answer ({err}); will retry.", transient=True) from err
    if response.status_code < 300:
        return
    status = response.status_code
    detail = response.text.strip()[:200]
    transient = status in (408, 429) or status >= 500
    raise DeliveryError(f"webhook {host}: HTTP {status} {detail}".rstrip() + ".", transient=transient)


def _md(text: str) -> str:
    return text.replace("[", "(").replace("]", ")")


def _slack(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
