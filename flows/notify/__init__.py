"""Notifications: e-mail (SMTP), Microsoft Teams and Slack webhooks, and an Atom feed of alerts."""

from flows.notify.atom import feed_path, render_alert_feed, write_alert_feed
from flows.notify.email import Attachment, build_email, message_html, send_email, send_message
from flows.notify.errors import DeliveryError
from flows.notify.message import Message, alert_message, digest_message, search_message
from flows.notify.webhooks import post_webhook, slack_blocks, teams_adaptive_card, teams_message_card

__all__ = [
    "Attachment",
    "DeliveryError",
    "Message",
    "alert_message",
    "build_email",
    "digest_message",
    "feed_path",
    "message_html",
    "post_webhook",
    "render_alert_feed",
    "search_message",
    "send_email",
    "send_message",
    "slack_blocks",
    "teams_adaptive_card",
    "teams_message_card",
    "write_alert_feed",
]
