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
    [("app", "portz", ["8501"]), ("es01", "ulimits", "unlimited"), ("crawl-worker", "depends_on", 7)],
)
def test_validator_rejects_a_broken_file(
    compose: dict[str, Any], validator: jsonschema.protocols.Validator, service: str, key: str, value: Any
):
    broken = copy.deepcopy(compose)
    broken["services"][service][key] = value
    assert list(validator.iter_errors(broken)), f"{service}.{key}={value!r} passed validation"


ES_NODES = ("es01", "es02", "es03")


def test_services_of_the_production_layout(compose: dict[str, Any]):
    services = compose["services"]
    workers = ("crawl-worker", "analysis-worker")
    assert set(services) == {
        "setup",
        *ES_NODES,
        "postgres",
        "prefect-server",
        "prefect-deploy",
        *workers,
        "app",
    }
    for name, service in services.items():
        assert "healthcheck" in service or name in workers, f"{name} has no health check"
        for port in service.get("ports", []):
            assert port.startswith("127.0.0.1:"), f"{name} publishes {port} beyond this host"
    for name in (*workers, "app"):
        deps = services[name]["depends_on"]
        assert deps["setup"]["condition"] == "service_completed_successfully"
        assert all(deps[node]["condition"] == "service_healthy" for node in ES_NODES)
        env = services[name]["environment"]
        assert env["DEBATRADAR_INDEX__BACKEND"] == "elasticsearch"
        # the app reaches every node over HTTPS, checks them against the cluster's CA, keeps a replica
        assert yaml.safe_load(env["DEBATRADAR_INDEX__ELASTICSEARCH__HOSTS"]) == [
            f"https://{node}:9200" for node in ES_NODES
        ]
        assert env["DEBATRADAR_INDEX__ELASTICSEARCH__CA_CERTS"] == "/app/certs/ca.crt"
        assert "es-ca-public:/app/certs:ro" in services[name]["volumes"]
        assert env["DEBATRADAR_INDEX__ELASTICSEARCH__USERNAME"] == "debatradar"  # not the superuser
        assert int(env["DEBATRADAR_INDEX__ELASTICSEARCH__REPLICAS"]) >= 1


def test_three_elasticsearch_nodes_of_the_tested_version_with_security_and_tls(compose: dict[str, Any]):
    tested = re.search(r"<elasticsearch.version>([^<]+)<", POM.read_text(encoding="utf-8"))
    assert tested is not None
    services = compose["services"]
    data_volumes = set()
    for node in ES_NODES:
        es = services[node]
        assert es["image"] == f"elasticsearch:{tested.group(1)}"
        env = es["environment"]
        assert env["node.name"] == node
        assert env["cluster.name"] == "debatradar"
        assert env["cluster.initial_master_nodes"].split(",") == list(ES_NODES)
        assert set(env["discovery.seed_hosts"].split(",")) == set(ES_NODES) - {node}
        assert "discovery.type" not in env
        assert env["xpack.security.enabled"] == "true"
        for layer in ("transport", "http"):
            assert env[f"xpack.security.{layer}.ssl.enabled"] == "true"
            assert env[f"xpack.security.{layer}.ssl.certificate"] == f"certs/{node}/{node}.crt"
            assert env[f"xpack.security.{layer}.ssl.key"] == f"certs/{node}/{node}.key"
            assert env[f"xpack.security.{layer}.ssl.certificate_authorities"] == "certs/ca/ca.crt"
        assert env["xpack.security.transport.ssl.verification_mode"] in {"certificate", "full"}
        assert env["ELASTIC_PASSWORD"].startswith("${ELASTIC_PASSWORD:?")
        assert "ELASTIC_PASSWORD" in " ".join(es["healthcheck"]["test"])
        assert "https://localhost:9200" in " ".join(es["healthcheck"]["test"])
        assert es["depends_on"]["setup"]["condition"] == "service_healthy"
        assert "es-certs:/usr/share/elasticsearch/config/certs:ro" in es["volumes"]
        data = [v for v in es["volumes"] if v.endswith(":/usr/share/elasticsearch/data")]
        assert len(data) == 1
        data_volumes.add(data[0])
    assert len(data_volumes) == len(ES_NODES), "each node needs its own data volume"


def test_setup_makes_the_certificates_with_certutil_and_keeps_the_ca_key_to_itself(compose: dict[str, Any]):
    services = compose["services"]
    setup = services["setup"]
    script = "\n".join(setup["command"])
    assert "elasticsearch-certutil ca" in script and "elasticsearch-certutil cert" in script
    for node in ES_NODES:
        assert node in script
    assert any(v.startswith("es-ca:") for v in setup["volumes"])
    for name, service in services.items():
        if name != "setup":
            assert not any(str(v).startswith("es-ca:") for v in service.get("volumes", [])), name
    assert setup["environment"]["ELASTIC_PASSWORD"].startswith("${ELASTIC_PASSWORD:?")
    assert setup["environment"]["DEBATRADAR_ES_PASSWORD"].startswith(
        "${DEBATRADAR_SECRETS__ELASTICSEARCH_PASSWORD:?"
    )
    # secrets reach the script as environment variables, never interpolated into its text
    assert "$${ELASTIC_PASSWORD}" in COMPOSE.read_text(encoding="utf-8")
    assert "${ELASTIC_PASSWORD" not in script.replace("$${ELASTIC_PASSWORD}", "")


def test_no_secret_is_written_in_the_file(compose: dict[str, Any]):
    text = COMPOSE.read_text(encoding="utf-8")
    for match in re.finditer(r"(?im)^\s*([A-Z_]*(?:PASSWORD|KEY|SECRET)[A-Z_]*):\s*(\S.*)$", text):
        assert match.group(2).startswith("${"), f"{match.group(1)} is not taken from the environment"
