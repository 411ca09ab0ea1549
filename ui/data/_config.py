"""Changes admins make to the configuration file, each validated and written to the audit log."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from schema.settings import EmailChannel, LocalUser, Settings, WebhookChannel
from ui import config_edit
from ui.access import User
from ui.data._core import audit, config_path


def set_thresholds(user: User, levels: dict[str, float], remote: dict[str, float | int]) -> Settings:
    """Change the detection thresholds."""
    return _configure(
        user,
        f"detection thresholds: levels={levels} remote={remote}",
        lambda path: config_edit.set_thresholds(path, levels, remote),
    )


def upsert_user(user: User, local_user: LocalUser) -> Settings:
    """Add or change a local user (logged without the password hash)."""
    return _configure(
        user,
        f"user {local_user.username}: roles={','.join(local_user.roles)}",
        lambda path: config_edit.upsert_user(path, local_user),
    )


def delete_user(user: User, username: str) -> Settings:
    """Remove a local user."""
    return _configure(user, f"user {username} removed", lambda path: config_edit.delete_user(path, username))


def set_channel_rules(user: User, name: str, rules: dict[str, Any]) -> Settings:
    """Change the rules of a notification channel."""
    return _configure(
        user, f"channel {name}: rules={rules}", lambda path: config_edit.set_channel_rules(path, name, rules)
    )


def add_channel(user: User, channel: EmailChannel | WebhookChannel) -> Settings:
    """Add a notification channel."""
    return _configure(
        user,
        f"channel {channel.name} added ({channel.kind})",
        lambda path: config_edit.add_channel(path, channel),
    )


def delete_channel(user: User, name: str) -> Settings:
    """Remove a notification channel."""
    return _configure(user, f"channel {name} removed", lambda path: config_edit.delete_channel(path, name))


def _configure(user: User, what: str, change: Callable[[Path], Settings]) -> Settings:
    result = change(config_path())
    audit(user, "config", detail=what[:500])
    return result
