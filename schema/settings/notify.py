"""Settings of notifications: channels, rules, the SMTP server and the Atom feed."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, field_validator

from schema.alert import Level
from schema.settings._model import Section

Language = Literal["da", "en"]


class ChannelRules(Section):
    """Which alerts a channel receives, and when."""

    min_level: Level = Field(default=Level.WARNING, description="Lowest level sent.")
    municipalities: list[str] = Field(
        default_factory=list, description="DAGI codes; empty means all watched."
    )
    keywords: list[str] = Field(
        default_factory=list, description="Only alerts whose label or place contains one of these (any case)."
    )
    quiet_hours: tuple[int, int] | None = Field(
        default=None,
        description="[from, to] hours (Europe/Copenhagen) when only digests go out; [22, 7] spans midnight.",
    )
    mode: Literal["immediate", "digest"] = Field(
        default="immediate", description="'immediate': one message per change; 'digest': collected messages."
    )
    digest_hours: list[int] = Field(
        default_factory=lambda: [8],
        description="Hours (Europe/Copenhagen) at which collected messages go out as one digest.",
    )
    max_per_hour: int = Field(
        default=20,
        ge=1,
        description="Rate limit; changes beyond it wait for the next digest, nothing is dropped.",
    )

    @field_validator("quiet_hours")
    @classmethod
    def _hours_of_day(cls, value: tuple[int, int] | None) -> tuple[int, int] | None:
        if value is not None and not all(0 <= h <= 23 for h in value):
            raise ValueError("quiet hours are two hours of the day, 0-23, e.g. [22, 7]")
        return value

    @field_validator("digest_hours")
    @classmethod
    def _digest_hours(cls, value: list[int]) -> list[int]:
        if not value or not all(0 <= h <= 23 for h in value):
            raise ValueError("digest_hours needs at least one hour of the day, 0-23, e.g. [8, 15]")
        return sorted(set(value))


class EmailChannel(Section):
    """E-mail via the configured SMTP server."""

    kind: Literal["email"] = "email"
    name: str = Field(min_length=1, max_length=64, description="Name of the channel (in logs and claims).")
    to: list[str] = Field(min_length=1, description="Recipient addresses.")
    language: Language | None = Field(
        default=None, description="Language of the messages; default ui.language."
    )
    rules: ChannelRules = Field(default_factory=ChannelRules)


class WebhookChannel(Section):
    """A Microsoft Teams or Slack incoming webhook; the URL is a secret from the environment."""

    kind: Literal["teams", "slack"]
    name: str = Field(min_length=1, max_length=64, description="Name of the channel (in logs and claims).")
    secret: str = Field(description="Key in DEBATRADAR_SECRETS__WEBHOOKS holding the webhook URL.")
    teams_format: Literal["adaptive_card", "message_card"] = Field(
        default="adaptive_card",
        description="Teams only: 'adaptive_card' (Workflows webhook) or 'message_card' (legacy connector).",
    )
    language: Language | None = Field(
        default=None, description="Language of the messages; default ui.language."
    )
    rules: ChannelRules = Field(default_factory=ChannelRules)


Channel = Annotated[EmailChannel | WebhookChannel, Field(discriminator="kind")]


class SmtpSettings(Section):
    """The outgoing mail server (password from DEBATRADAR_SECRETS__SMTP_PASSWORD)."""

    host: str = Field(default="localhost", description="SMTP host.")
    port: int = Field(default=587, ge=1, le=65535, description="SMTP port.")
    security: Literal["starttls", "ssl", "none"] = Field(
        default="starttls", description="Transport security."
    )
    username: str | None = Field(default=None, description="Login user, if the server needs one.")
    sender: str = Field(default="Debatradar <debatradar@example.invalid>", description="From address.")
    ca_file: str | None = Field(
        default=None, description="CA bundle that signs the server's certificate (default: the system's)."
    )
    verify_certs: bool = Field(default=True, description="Verify the server's TLS certificate (keep on).")
    timeout_s: float = Field(default=30, gt=0, description="Connection and command timeout.")


class NotifySettings(Section):
    """Where alerts and briefings go."""

    channels: list[Channel] = Field(default_factory=list)
    smtp: SmtpSettings = Field(default_factory=SmtpSettings)
    briefing_recipients: list[str] = Field(default_factory=list, description="Leadership mailing list.")
    public_base_url: str = Field(
        default="http://localhost:8501", description="Where links in messages point."
    )
    lookback_hours: int = Field(
        default=72, ge=1, description="Alerts last updated longer ago than this are not notified (first run)."
    )
    send_retries: int = Field(default=3, ge=0, le=10, description="Retries of a failed send within one run.")
    retry_delay_s: float = Field(
        default=5, ge=0, description="First delay between retries (doubles each time)."
    )
    feed_entries: int = Field(
        default=100, ge=1, le=1000, description="Newest alert changes kept in the Atom feed."
    )
    feed_port: int = Field(
        default=8502, ge=1, le=65535, description="Port on which `debatradar serve` serves feeds."
    )

    @field_validator("channels")
    @classmethod
    def _unique_names(
        cls, channels: list[EmailChannel | WebhookChannel]
    ) -> list[EmailChannel | WebhookChannel]:
        names = [c.name for c in channels]
        doubles = sorted({n for n in names if names.count(n) > 1})
        if doubles:
            raise ValueError(f"channel names must be unique; used twice: {', '.join(doubles)}")
        return channels
