"""Settings of notifications: channels, rules and the SMTP server."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from schema.alert import Level
from schema.settings._model import Section


class ChannelRules(Section):
    """Which alerts a channel receives, and when."""

    min_level: Level = Field(default=Level.WARNING, description="Lowest level sent.")
    municipalities: list[str] = Field(default_factory=list, description="DAGI codes; empty means all watched.")
    keywords: list[str] = Field(default_factory=list, description="Only issues whose label has one of these.")
    quiet_hours: tuple[int, int] | None = Field(
        default=None, description="[from, to] hours (Europe/Copenhagen) when only digests are sent."
    )
    mode: Literal["immediate", "digest"] = "immediate"
    max_per_hour: int = Field(default=20, ge=1, description="Rate limit.")


class EmailChannel(Section):
    """E-mail via the configured SMTP server."""

    kind: Literal["email"] = "email"
    name: str
    to: list[str] = Field(min_length=1)
    rules: ChannelRules = Field(default_factory=ChannelRules)


class WebhookChannel(Section):
    """A Microsoft Teams or Slack incoming webhook; the URL is a secret from the environment."""

    kind: Literal["teams", "slack"]
    name: str
    secret: str = Field(description="Key in DEBATRADAR_SECRETS__WEBHOOKS holding the webhook URL.")
    rules: ChannelRules = Field(default_factory=ChannelRules)


Channel = Annotated[EmailChannel | WebhookChannel, Field(discriminator="kind")]


class SmtpSettings(Section):
    """The outgoing mail server (password from DEBATRADAR_SECRETS__SMTP_PASSWORD)."""

    host: str = Field(default="localhost", description="SMTP host.")
    port: int = Field(default=587, ge=1, le=65535, description="SMTP port.")
    security: Literal["starttls", "ssl", "none"] = Field(default="starttls", description="Transport security.")
    username: str | None = Field(default=None, description="Login user, if the server needs one.")
    sender: str = Field(default="Debatradar <debatradar@example.invalid>", description="From address.")


class NotifySettings(Section):
    """Where alerts and briefings go."""

    channels: list[Channel] = Field(default_factory=list)
    smtp: SmtpSettings = Field(default_factory=SmtpSettings)
    briefing_recipients: list[str] = Field(default_factory=list, description="Leadership mailing list.")
    public_base_url: str = Field(default="http://localhost:8501", description="Where links in messages point.")
