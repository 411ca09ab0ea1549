"""Changes an admin makes in the app, written back into debatradar.yaml.

Each change is applied to the file's YAML with its comments kept (ruamel round-trip), checked
with the settings models (the whole file is loaded with `load_settings` before it replaces the
old one), and written atomically. A change that does not validate raises ConfigError naming the
field, and the file is left as it was.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from schema import ConfigError
from schema.settings import (
    DetectionSettings,
    EmailChannel,
    LevelThresholds,
    LocalUser,
    RemoteSettings,
    Settings,
    WebhookChannel,
    load_settings,
)
from schema.settings.notify import ChannelRules
from ui._files import atomic_write, locked

Data = dict[str, Any]


def set_thresholds(path: Path, levels: dict[str, float], remote: dict[str, float | int]) -> Settings:
    """Set detection.levels and detection.remote."""
    _check(LevelThresholds, levels, "detection.levels")
    _check(RemoteSettings, remote, "detection.remote")

    def change(data: Data) -> None:
        detection = _section(data, "detection")
        _section(detection, "levels").update(levels)
        _section(detection, "remote").update(remote)
        _check(DetectionSettings, _plain(detection), "detection")

    return edit(path, change)


def upsert_user(path: Path, user: LocalUser) -> Settings:
    """Add a local user, or replace the one with the same username."""

    def change(data: Data) -> None:
        users = _list(_section(data, "ui"), "users")
        record = user.model_dump(mode="json")
        for i, existing in enumerate(users):
            if isinstance(existing, dict) and existing.get("username") == user.username:
                users[i] = record
                return
        users.append(record)

    return edit(path, change)


def delete_user(path: Path, username: str) -> Settings:
    """Remove a local user; the last admin cannot be removed."""

    def change(data: Data) -> None:
        users = _list(_section(data, "ui"), "users")
        kept = [u for u in users if not (isinstance(u, dict) and u.get("username") == username)]
        if not any("admin" in (u.get("roles") or []) for u in kept if isinstance(u, dict)):
            raise ConfigError(f"ui.users: '{username}' is the last admin and cannot be removed")
        users[:] = kept

    return edit(path, change)


def set_channel_rules(path: Path, name: str, rules: dict[str, Any]) -> Settings:
    """Replace the rules of the notification channel called `name`."""
    _check(ChannelRules, rules, f"notify.channels[{name}].rules")

    def change(data: Data) -> None:
        for channel in _list(_section(data, "notify"), "channels"):
            if isinstance(channel, dict) and channel.get("name") == name:
                channel["rules"] = rules
                return
        raise ConfigError(f"notify.channels: no channel called '{name}'")

    return edit(path, change)


def add_channel(path: Path, channel: EmailChannel | WebhookChannel) -> Settings:
    """Add a notification channel (names must be unique)."""

    def change(data: Data) -> None:
        channels = _list(_section(data, "notify"), "channels")
        if any(isinstance(c, dict) and c.get("name") == channel.name for c in channels):
            raise ConfigError(f"notify.channels: a channel called '{channel.name}' exists already")
        channels.append(channel.model_dump(mode="json", exclude_defaults=True) | {"kind": channel.kind})

    return edit(path, change)


def delete_channel(path: Path, name: str) -> Settings:
    """Remove a notification channel."""

    def change(data: Data) -> None:
        channels = _list(_section(data, "notify"), "channels")
        channels[:] = [c for c in channels if not (isinstance(c, dict) and c.get("name") == name)]

    return edit(path, change)


def edit(path: Path, change: Callable[[Data], None]) -> Settings:
    """Apply `change` to the YAML of `path`, validate the result and replace the file atomically."""
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 110
    with locked(path):
        try:
            data = yaml.load(path.read_text(encoding="utf-8")) or {}
        except (OSError, YAMLError) as err:
            raise ConfigError(f"{path}: cannot read the configuration ({err})") from None
        change(data)
        buffer = io.StringIO()
        yaml.dump(data, buffer)
        candidate = path.with_name(f".{path.stem}.candidate{path.suffix}")
        try:
            candidate.write_text(buffer.getvalue(), encoding="utf-8")
            settings = load_settings(candidate)
        except ConfigError as err:
            raise ConfigError(str(err).replace(str(candidate), str(path))) from None
        finally:
            candidate.unlink(missing_ok=True)
        atomic_write(path, buffer.getvalue().encode("utf-8"))
    return settings.model_copy(update={"config_path": path.resolve()})


def _check(model: type[BaseModel], values: dict[str, Any], where: str) -> None:
    try:
        model.model_validate(values)
    except ValidationError as err:
        problems = "; ".join(
            f"{where}.{'.'.join(str(p) for p in e['loc'])}: {e['msg']}"
            if e["loc"]
            else f"{where}: {e['msg']}"
            for e in err.errors()
        )
        raise ConfigError(problems) from None


def _section(data: Data, name: str) -> Data:
    if data.get(name) is None:
        data[name] = {}
    section = data[name]
    if not isinstance(section, dict):
        raise ConfigError(f"{name}: expected a mapping in the configuration file")
    return section


def _list(data: Data, name: str) -> list[Any]:
    if data.get(name) is None:
        data[name] = []
    value = data[name]
    if not isinstance(value, list):
        raise ConfigError(f"{name}: expected a list in the configuration file")
    return value


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
