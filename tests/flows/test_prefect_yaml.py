"""prefect.yaml: valid schedules and entrypoints, and `prefect deploy --all` against a real API."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from prefect.flows import load_flow_from_entrypoint

REPO = Path(__file__).resolve().parents[2]
PREFECT_YAML = REPO / "prefect.yaml"
POOLS = ("debatradar-crawling", "debatradar-analysis")


@pytest.fixture(scope="module")
def spec():
    return yaml.safe_load(PREFECT_YAML.read_text(encoding="utf-8"))


def test_every_deployment_points_at_a_flow_that_accepts_its_parameters(spec):
    for deployment in spec["deployments"]:
        flow = load_flow_from_entrypoint(str(REPO / deployment["entrypoint"]))
        flow.validate_parameters(deployment.get("parameters", {}))
        assert deployment["work_pool"]["name"] in POOLS


def test_schedules_are_in_copenhagen_time(spec):
    from prefect.client.schemas.schedules import CronSchedule

    expected = {"crawl": "*/15 * * * *", "weekly-briefing": "0 7 * * 1", "nightly-purge": "30 2 * * *"}
    found = {}
    for deployment in spec["deployments"]:
        for schedule in deployment.get("schedules", []):
            CronSchedule(cron=schedule["cron"], timezone=schedule["timezone"])
            assert schedule["timezone"] == "Europe/Copenhagen"
            found[deployment["name"]] = schedule["cron"]
    assert {k: found[k] for k in expected} == expected
    analyse = next(d for d in spec["deployments"] if d["name"] == "analyse")
    assert analyse["triggers"][0]["match_related"]["prefect.resource.name"] == "crawl"


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
def test_prefect_deploy_all_creates_the_deployments():
    from prefect import get_client
    from prefect.settings import PREFECT_API_URL

    env = {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value()), "DEBATRADAR_HOME": str(REPO)}
    prefect = [sys.executable, "-m", "prefect"]
    for pool in POOLS:
        subprocess.run([*prefect, "work-pool", "create", pool, "--type", "process", "--overwrite"],
                       env=env, cwd=REPO, check=True, capture_output=True, timeout=300)  # fmt: skip
    done = subprocess.run([*prefect, "--no-prompt", "deploy", "--all"], env=env, cwd=REPO,
                          capture_output=True, text=True, timeout=600)  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]

    with get_client(sync_client=True) as client:
        deployments = {d.name: d for d in client.read_deployments()}
    assert {"crawl", "analyse", "weekly-briefing", "nightly-purge", "pipeline"} <= set(deployments)
    crawl = deployments["crawl"]
    assert crawl.work_pool_name == "debatradar-crawling"
    assert crawl.parameters == {"config": "debatradar.yaml"}
    assert crawl.schedules[0].schedule.cron == "*/15 * * * *"
    assert crawl.schedules[0].schedule.timezone == "Europe/Copenhagen"
    assert deployments["weekly-briefing"].parameters["send"] is True


def test_compose_runs_prefect_on_postgres_with_a_worker_per_pool_of_prefect_yaml(spec):
    compose = yaml.safe_load((REPO / "docker-compose.yml").read_text(encoding="utf-8"))
    services = compose["services"]
    pools = {d["work_pool"]["name"] for d in spec["deployments"]}
    started = {}
    for name, service in services.items():
        command = service.get("command") or []
        if command[:3] == ["prefect", "worker", "start"]:
            started[command[command.index("--pool") + 1]] = name
            assert service["depends_on"]["prefect-deploy"]["condition"] == "service_completed_successfully"
            assert service["environment"]["DEBATRADAR_HOME"] == "/app"  # prefect.yaml's pull step
    assert set(started) == pools == set(POOLS)
    server = services["prefect-server"]
    url = server["environment"]["PREFECT_API_DATABASE_CONNECTION_URL"]
    assert url.startswith("postgresql+asyncpg://prefect:${PREFECT_DB_PASSWORD:?") and url.endswith(
        "@postgres:5432/prefect"
    )
    assert server["depends_on"]["postgres"]["condition"] == "service_healthy"
    postgres = services["postgres"]
    assert postgres["environment"]["POSTGRES_PASSWORD"].startswith("${PREFECT_DB_PASSWORD:?")
    assert any(v.endswith(":/var/lib/postgresql/data") for v in postgres["volumes"])
    deploy = "\n".join(services["prefect-deploy"]["command"])
    assert "deploy --all" in deploy and all(pool in deploy for pool in POOLS)
