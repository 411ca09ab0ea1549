"""Settings for privacy: retention, the public-actor allow-list, and the secrets (env only)."""

from __future__ import annotations

from pydantic import Field, SecretStr

from schema.raw import ActorType
from schema.settings._model import Section


class PublicActor(Section):
    """A public actor whose name may be shown: politician, organisation, media, authority."""

    name: str
    actor_type: ActorType
    handles: list[str] = Field(
        default_factory=list,
        description="Platform handles/ids as 'platform:id', e.g. 'mastodon:@borgmester'.",
    )


class PrivacySettings(Section):
    """Retention and who may be named."""

    raw_text_days: int = Field(
        default=180, ge=1, description="Texts older than this are deleted; aggregates stay."
    )
    audit_days: int = Field(default=730, ge=30, description="How long the audit log is kept.")
    min_group_size: int = Field(
        default=3,
        ge=1,
        description="Fewest authors shown for one home municipality (maps, tables, alert evidence); "
        "smaller groups are pooled as 'other municipalities', so no single citizen's home stands out.",
    )
    public_actors: list[PublicActor] = Field(default_factory=list)


class Secrets(Section):
    """Secrets: only ever from the environment (DEBATRADAR_SECRETS__...) or a git-ignored .env."""

    pseudonym_key: SecretStr | None = Field(default=None, description="Key of the author pseudonym HMAC.")
    elasticsearch_password: SecretStr | None = Field(default=None, description="Password of the ES user.")
    elasticsearch_api_key: SecretStr | None = Field(
        default=None, description="ES API key (instead of a password)."
    )
    smtp_password: SecretStr | None = Field(default=None, description="SMTP login password.")
    webhooks: dict[str, SecretStr] = Field(default_factory=dict, description="Webhook URLs by name (JSON).")
