"""Settings of the Streamlit app, the launch variables it reads, and its saved searches."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AwareDatetime, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from schema.alert import Level
from schema.settings._model import Section

Role = Literal["communication", "analyst", "leadership", "admin"]


class LocalUser(Section):
    """A local user of the embedded default (production uses OIDC)."""

    username: str = Field(pattern=r"^[a-z0-9._-]{2,64}$", description="Login name (lower case).")
    display_name: str = Field(description="Name shown in the app and in the audit log.")
    password_hash: str = Field(description="bcrypt hash (debatradar users hash-password).")
    roles: list[Role] = Field(min_length=1, description="What the user may see and do.")


class UiSettings(Section):
    """The app: language, login and users."""

    language: Literal["da", "en"] = Field(
        default="da", description="Default language of UI, alerts, briefings."
    )
    auth: Literal["local", "oidc"] = Field(
        default="local", description="'oidc' uses st.login (secrets.toml)."
    )
    oidc_provider: str | None = Field(
        default=None,
        pattern=r"^[a-z0-9-]+$",
        description="Name of the [auth.<provider>] section of secrets.toml; None uses the [auth] section.",
    )
    oidc_role_claim: str = Field(default="roles", description="Token claim holding the user's roles.")
    users: list[LocalUser] = Field(default_factory=list, description="Local users (auth: local).")
    port: int = Field(default=8501, ge=1, le=65535, description="Port of `debatradar ui`.")
    address: str = Field(
        default="127.0.0.1",
        description="Interface `debatradar ui` listens on; 0.0.0.0 only behind a proxy with OIDC.",
    )
    cache_ttl_s: int = Field(
        default=60, ge=0, le=3600, description="How long a query result is reused (seconds)."
    )
    page_size: int = Field(default=20, ge=5, le=100, description="Search results per page.")
    export_max_rows: int = Field(
        default=10_000, ge=100, le=100_000, description="Most rows one export holds."
    )
    login_max_attempts: int = Field(
        default=5, ge=1, le=50, description="Failed logins in a session before the login form is locked."
    )


class UiLaunch(BaseSettings):
    """What the app reads from the environment at start: which configuration file to load."""

    model_config = SettingsConfigDict(env_prefix="DEBATRADAR_", extra="ignore")

    config: Path = Field(
        default=Path("debatradar.yaml"), description="DEBATRADAR_CONFIG: the debatradar.yaml."
    )


class SearchRule(Section):
    """A saved search turned into an alert rule: notify when enough new documents match."""

    enabled: bool = Field(default=True, description="Whether the rule is evaluated.")
    min_hits: int = Field(
        default=5, ge=1, description="New matching documents within the window that trigger it."
    )
    window_hours: int = Field(default=24, ge=1, le=24 * 14, description="Length of the window (hours).")
    level: Level = Field(default=Level.WATCH, description="Level the rule's notification is sent with.")
    channels: list[str] = Field(
        default_factory=list, description="Names of notification channels; empty = all."
    )


class SavedSearch(Section):
    """A search an analyst saved (stored in <data_dir>/ui/saved_searches.json)."""

    search_id: str = Field(pattern=r"^[a-z0-9-]{6,64}$", description="Stable id of the saved search.")
    name: str = Field(min_length=1, max_length=120, description="Name the analyst gave it.")
    owner: str = Field(description="Username of whoever saved it.")
    created_at: AwareDatetime = Field(description="When it was saved.")
    query: dict[str, object] = Field(description="The SearchQuery fields (JSON), without paging.")
    rule: SearchRule | None = Field(default=None, description="Set when the search is also an alert rule.")
    last_triggered: AwareDatetime | None = Field(default=None, description="When the rule last fired.")


def saved_searches_path(data_dir: Path) -> Path:
    """Where saved searches and search rules are kept, shared by the UI and the notify flow."""
    return data_dir / "ui" / "saved_searches.json"
