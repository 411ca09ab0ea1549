from __future__ import annotations

from pathlib import Path

import pytest

from schema import ConfigError
from schema.settings import RedditSource, load_settings

MINIMAL = """
municipalities:
  - code: "0751"
    name: Aarhus
sources:
  - id: reddit-aarhus
    name: r/Aarhus
    kind: reddit
    subreddits: [Aarhus]
"""

REPO = Path(__file__).resolve().parents[2]


def write(tmp_path: Path, text: str, name: str = "debatradar.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_minimal_config_loads_with_defaults(tmp_path):
    settings = load_settings(write(tmp_path, MINIMAL))
    assert settings.home.code == "0751"
    assert isinstance(settings.sources[0], RedditSource)
    assert settings.index.backend == "embedded"
    assert settings.ui.language == "da"
    assert settings.detection.levels.watch < settings.detection.levels.alert


def test_environment_overrides_file(tmp_path, monkeypatch):
    monkeypatch.setenv("DEBATRADAR_INDEX__BACKEND", "elasticsearch")
    monkeypatch.setenv("DEBATRADAR_SECRETS__SMTP_PASSWORD", "hemmelig")
    settings = load_settings(write(tmp_path, MINIMAL))
    assert settings.index.backend == "elasticsearch"
    assert settings.secrets.smtp_password is not None
    assert settings.secrets.smtp_password.get_secret_value() == "hemmelig"
    assert "hemmelig" not in repr(settings)


def test_wrong_value_names_file_field_and_expectation(tmp_path):
    path = write(tmp_path, MINIMAL + "    max_pages: lots\n")
    with pytest.raises(ConfigError) as err:
        load_settings(path)
    message = str(err.value)
    assert str(path) in message
    assert "sources[reddit-aarhus].max_pages" in message
    assert "valid integer" in message and "'lots'" in message


def test_unknown_key_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match=r"detection\.treshold.*Extra inputs are not permitted"):
        load_settings(write(tmp_path, MINIMAL + "detection:\n  treshold: 3\n"))


def test_thresholds_must_increase(tmp_path):
    text = MINIMAL + "detection:\n  levels: {watch: 0.6, warning: 0.5, alert: 0.9}\n"
    with pytest.raises(ConfigError, match="watch < warning < alert"):
        load_settings(write(tmp_path, text))


def test_secrets_in_file_are_refused(tmp_path):
    with pytest.raises(ConfigError, match="DEBATRADAR_SECRETS__"):
        load_settings(write(tmp_path, MINIMAL + "secrets:\n  smtp_password: x\n"))


def test_duplicate_source_ids_are_refused(tmp_path):
    dup = MINIMAL + "  - id: reddit-aarhus\n    name: igen\n    kind: reddit\n    subreddits: [Aarhus]\n"
    with pytest.raises(ConfigError, match="used twice"):
        load_settings(write(tmp_path, dup))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("municipalities: [\n", "not valid YAML"),
        ("- just\n- a list\n", "expected a mapping"),
        ("", "municipalities: Field required"),
    ],
)
def test_broken_files_give_one_clear_message(tmp_path, text, expected):
    with pytest.raises(ConfigError, match=expected):
        load_settings(write(tmp_path, text))


def test_missing_and_non_utf8_files(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "nope.yaml")
    path = tmp_path / "latin1.yaml"
    path.write_bytes("municipalities:\n  - code: '0751'\n    name: Århus\n".encode("latin-1"))
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_settings(path)


def test_unknown_source_kind_is_named(tmp_path):
    text = MINIMAL.replace("kind: reddit", "kind: myspace")
    with pytest.raises(ConfigError, match=r"sources\[reddit-aarhus\].*kind"):
        load_settings(write(tmp_path, text))


def test_relative_paths_resolve_against_the_config_file(tmp_path):
    settings = load_settings(write(tmp_path, MINIMAL))
    assert settings.resolve("exports/fb.csv") == tmp_path.resolve() / "exports/fb.csv"


@pytest.mark.parametrize("name", ["demo.yaml", "example-aarhus.yaml"])
def test_shipped_configs_load(name):
    path = REPO / "config" / name
    if not path.exists():
        pytest.fail(f"config/{name} is missing")
    settings = load_settings(path)
    assert settings.sources, f"config/{name} lists no sources"
