"""The root settings model and the loader of debatradar.yaml."""

from __future__ import annotations

from contextvars import ContextVar
from pathlib import Path
from typing import Any

import yaml
from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from schema.errors import ConfigError
from schema.settings._model import Section
from schema.settings.crawl import CrawlSettings
from schema.settings.detection import DetectionSettings
from schema.settings.flows import FlowSettings
from schema.settings.index import IndexSettings
from schema.settings.nlp import NlpSettings
from schema.settings.notify import NotifySettings
from schema.settings.privacy import PrivacySettings, Secrets
from schema.settings.sources import SourceConfig
from schema.settings.topics import TopicSettings
from schema.settings.ui import UiSettings

_yaml_data: ContextVar[dict[str, Any] | None] = ContextVar("debatradar_yaml_data", default=None)


class MunicipalityRef(Section):
    """A municipality the deployment watches."""

    code: str = Field(pattern=r"^\d{4}$", description="Four-digit DAGI code, e.g. '0751' for Aarhus.")
    name: str = Field(description="Danish name, e.g. 'Aarhus'.")


class Settings(BaseSettings):
    """Everything Debatradar is configured with: debatradar.yaml, then DEBATRADAR_* variables.

    Environment variables override the file (``DEBATRADAR_INDEX__BACKEND=elasticsearch``);
    secrets come only from the environment.
    """

    model_config = SettingsConfigDict(
        env_prefix="DEBATRADAR_",
        env_nested_delimiter="__",
        env_file=".env",
        extra="forbid",
    )

    municipalities: list[MunicipalityRef] = Field(
        min_length=1, description="The municipalities watched; the first is the home municipality."
    )
    data_dir: Path = Field(default=Path("data"), description="Spool, embedded index, models, briefings.")
    sources: list[SourceConfig] = Field(default_factory=list, description="Where the debate is fetched from.")
    crawl: CrawlSettings = Field(default_factory=CrawlSettings)
    nlp: NlpSettings = Field(default_factory=NlpSettings)
    topics: TopicSettings = Field(default_factory=TopicSettings)
    detection: DetectionSettings = Field(default_factory=DetectionSettings)
    notify: NotifySettings = Field(default_factory=NotifySettings)
    flows: FlowSettings = Field(default_factory=FlowSettings)
    index: IndexSettings = Field(default_factory=IndexSettings)
    ui: UiSettings = Field(default_factory=UiSettings)
    privacy: PrivacySettings = Field(default_factory=PrivacySettings)
    secrets: Secrets = Field(default_factory=Secrets)
    config_path: Path | None = Field(default=None, description="Set by the loader: the file read.")

    @field_validator("sources")
    @classmethod
    def _unique_source_ids(cls, sources: list[SourceConfig]) -> list[SourceConfig]:
        seen: set[str] = set()
        for source in sources:
            if source.id in seen:
                raise ValueError(f"source id '{source.id}' is used twice; ids must be unique")
            seen.add(source.id)
        return sources

    @property
    def home(self) -> MunicipalityRef:
        """The first watched municipality."""
        return self.municipalities[0]

    def resolve(self, path: str | Path) -> Path:
        """A path from the config file, relative to the file's folder."""
        p = Path(path)
        if p.is_absolute() or self.config_path is None:
            return p
        return self.config_path.parent / p

    @classmethod
    def settings_customise_sources(  # noqa: D102 - pydantic-settings hook: init, env, .env, then YAML
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, dotenv_settings, _YamlSource(settings_cls))


class _YamlSource(PydanticBaseSettingsSource):
    """Feeds the parsed YAML of the current load_settings() call (lowest priority)."""

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:
        return (_yaml_data.get() or {}).get(field_name), field_name, False

    def __call__(self) -> dict[str, Any]:
        return dict(_yaml_data.get() or {})


def load_settings(path: str | Path, **overrides: Any) -> Settings:
    """Read and validate a debatradar.yaml; raise ConfigError naming file, field and expectation.

    Examples:
        >>> settings = load_settings("config/demo.yaml")  # doctest: +SKIP
        >>> settings.index.backend
        'embedded'
    """
    file = Path(path)
    data = _read_yaml(file)
    token = _yaml_data.set(data)
    try:
        return Settings(config_path=file.resolve(), **overrides)
    except ValidationError as err:
        raise ConfigError(_explain(file, err, data)) from None
    finally:
        _yaml_data.reset(token)


def _read_yaml(file: Path) -> dict[str, Any]:
    if not file.is_file():
        raise ConfigError(f"{file}: configuration file not found (give one with --config).")
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except UnicodeDecodeError as err:
        raise ConfigError(f"{file}: not UTF-8 text ({err.reason} at byte {err.start}).") from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(err, "problem", None) or str(err)
        raise ConfigError(f"{file}:{where}: not valid YAML: {problem}.") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{file}: expected a mapping of settings at the top, got {type(data).__name__}.")
    if "secrets" in data:
        raise ConfigError(
            f"{file}: 'secrets' must not be in the file; set DEBATRADAR_SECRETS__<NAME> in the environment "
            "or a git-ignored .env instead."
        )
    return data


def _explain(file: Path, err: ValidationError, data: dict[str, Any]) -> str:
    lines = []
    for e in err.errors()[:8]:
        loc = _loc(e["loc"], data)
        given = e.get("input")
        shown = "" if isinstance(given, dict | list) or given is None else f" (got {given!r})"
        lines.append(f"{file}: {loc}: {e['msg']}{shown}")
    more = len(err.errors()) - 8
    if more > 0:
        lines.append(f"... and {more} more problem(s)")
    return "\n".join(lines)


def _loc(loc: tuple[int | str, ...], data: dict[str, Any]) -> str:
    """A readable field path; list items of sources are named by their id."""
    parts: list[str] = []
    node: Any = data
    for key in loc:
        if isinstance(key, int):
            item = node[key] if isinstance(node, list) and key < len(node) else None
            name = item.get("id") if isinstance(item, dict) else None
            parts[-1] += f"[{key}]" if name is None else f"[{name}]"
        elif isinstance(node, dict) and key not in node and node.get("kind") == key:
            # the discriminator tag pydantic inserts for tagged unions (e.g. 'reddit')
            continue
        else:
            parts.append(str(key))
        node = node[key] if isinstance(node, dict | list) and _has(node, key) else None  # type: ignore[index]
    return ".".join(parts) or "(top level)"


def _has(node: dict[str, Any] | list[Any], key: int | str) -> bool:
    if isinstance(node, list):
        return isinstance(key, int) and key < len(node)
    return key in node
