"""Settings of the Streamlit app."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from schema.settings._model import Section

Role = Literal["communication", "analyst", "leadership", "admin"]


class LocalUser(Section):
    """A local user of the embedded default (production uses OIDC)."""

    username: str = Field(pattern=r"^[a-z0-9._-]{2,64}$")
    display_name: str
    password_hash: str = Field(description="bcrypt hash (debatradar users hash-password).")
    roles: list[Role] = Field(min_length=1)


class UiSettings(Section):
    """The app: language, login and users."""

    language: Literal["da", "en"] = Field(default="da", description="Default language of UI, alerts, briefings.")
    auth: Literal["local", "oidc"] = Field(default="local", description="'oidc' uses st.login (secrets.toml).")
    oidc_role_claim: str = Field(default="roles", description="Token claim holding the user's roles.")
    users: list[LocalUser] = Field(default_factory=list)
    port: int = Field(default=8501, ge=1, le=65535, description="Port of `debatradar ui`.")
