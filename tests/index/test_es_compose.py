"""docker-compose.yml: valid against the Compose Specification and the production layout we promise.

There is no Docker engine here; the file is checked against the compose-spec JSON schema that
check-jsonschema vendors (the schema `docker compose config` itself validates against).
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from check_jsonschema.builtin_schemas import get_builtin_schema

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"
POM = ROOT / "tools" / "elasticsearch" / "pom.xml"


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    schema = get_builtin_schema("vendor.compose-spec")
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)


def test_compose_file_is_valid_compose_spec(
    compose: dict[str, Any], validator: jsonschema.protocols.Validator
):
    errors = sorted(validator.iter_errors(compose), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{'/'.join(map(str, e.path))}: {e.message}" for e in errors)


@pytest.mark.parametrize(
    ("service", "key", "value"),
    [("app", "portz", ["8501"]), ("elasticsearch", "ulimits", "unlimited"), ("worker", "depends_on", 7)],
)
def test_validator_rejects_a_broken_file(
    compose: dict[str, Any], validator: jsonschema.protocols.Validator, service: str, key: str, value: Any
):
    broken = copy.deepcopy(compose)
    broken["services"][service][key] = value
    assert list(validator.iter_errors(broken)), f"{service}.{key}={value!r} passed validation"


def test_services_of_the_production_layout(compose: dict[str, Any]):
    services = compose["services"]
    assert set(services) == {"elasticsearch", "prefect-server", "worker", "app"}
    for name, service in services.items():
        assert "healthcheck" in service or name == "worker", f"{name} has no health check"
        for port in service.get("ports", []):
            assert port.startswith("127.0.0.1:"), f"{name} publishes {port} beyond this host"
    for name in ("worker", "app"):
        deps = services[name]["depends_on"]
        assert deps["elasticsearch"]["condition"] == "service_healthy"
        assert services[name]["environment"]["DEBATRADAR_INDEX__BACKEND"] == "elasticsearch"


def test_elasticsearch_matches_the_tested_version_and_has_security_on(compose: dict[str, Any]):
    es = compose["services"]["elasticsearch"]
    tested = re.search(r"<elasticsearch.version>([^<]+)<", POM.read_text(encoding="utf-8"))
    assert tested is not None
    assert es["image"] == f"elasticsearch:{tested.group(1)}"
    env = es["environment"]
    assert env["xpack.security.enabled"] == "true"
    assert env["ELASTIC_PASSWORD"].startswith("${ELASTIC_PASSWORD:?")
    assert "ELASTIC_PASSWORD" in " ".join(es["healthcheck"]["test"])


def test_no_secret_is_written_in_the_file(compose: dict[str, Any]):
    text = COMPOSE.read_text(encoding="utf-8")
    for match in re.finditer(r"(?im)^\s*([A-Z_]*(?:PASSWORD|KEY|SECRET)[A-Z_]*):\s*(\S.*)$", text):
        assert match.group(2).startswith("${"), f"{match.group(1)} is not taken from the environment"
