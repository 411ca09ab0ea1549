"""The whole app in headless Chromium: `streamlit run ui/app.py` against a demo-sized store.

Logs in as each role, searches and exports (the downloaded files are opened and checked), opens
an alert and its evidence, reads and downloads a briefing, and measures how long each page takes
to load. Screenshots and the timings land in test-artifacts/ui/.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from schema.settings import load_settings
from tests.ui.demo_data import PASSWORDS, Deployment, build
from ui import app_command, app_environment

pytestmark = [pytest.mark.browser, pytest.mark.e2e, pytest.mark.slow]

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "ui"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
#: The bar the UI is held to (seconds from a click in the menu to a fully rendered page, warm).
PAGE_BUDGET_S = 2.0
TIMINGS: dict[str, list[float]] = {}
LOADS: list[float] = []


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Deployment:
    """About 3,300 documents, as many as the simulator's demo crawls."""
    return build(tmp_path_factory.mktemp("browser"), now=datetime.now(UTC), scale=4.0)


@pytest.fixture(scope="module")
def server(demo: Deployment) -> Iterator[str]:
    """`streamlit run ui/app.py` on a free port, headless, telemetry off."""
    settings = load_settings(demo.config)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEBATRADAR_")}
    env |= app_environment(settings) | {"DEBATRADAR_SECRETS__PSEUDONYM_KEY": "test-key-not-secret"}
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    log = (ARTIFACTS / "streamlit.log").open("w")
    proc = subprocess.Popen(
        app_command(settings, port=port),
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=demo.config.parent,
    )
    origin = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(origin, proc)
        yield origin
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
        report = {"seconds": TIMINGS, "load_per_core": [round(x, 2) for x in LOADS]}
        (ARTIFACTS / "timings.json").write_text(json.dumps(report, indent=2), encoding="utf-8")


def _wait_healthy(origin: str, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}; see {ARTIFACTS / 'streamlit.log'}")
        try:
            with urllib.request.urlopen(f"{origin}/_stcore/health", timeout=2) as answer:
                if answer.read() == b"ok":
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("streamlit did not become healthy within 60 s")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, server):  # type: ignore[no-untyped-def]
    context = browser.new_context(
        accept_downloads=True,
        locale="da-DK",
        timezone_id="Europe/Copenhagen",
        viewport={"width": 1440, "height": 1000},
    )
    tab = context.new_page()
    tab.set_default_timeout(90_000)  # generous: CI machines are shared; the budget test measures speed
    tab.goto(server)
    yield tab
    context.close()


def settled(page) -> None:  # type: ignore[no-untyped-def]
    """Wait until the script run is over and every visible chart, table and widget has drawn."""
    page.wait_for_selector('[data-test-script-state="notRunning"]', state="attached")
    page.wait_for_function(
        """() => {
            const visible = sel => [...document.querySelectorAll(sel)].filter(e => e.checkVisibility());
            return visible('[data-testid="stSkeleton"]').length === 0
                && visible('[data-testid="stVegaLiteChart"]').every(c => c.querySelector('canvas, svg'))
                && visible('[data-testid="stDataFrame"]').every(d => d.querySelector('canvas'));
        }"""
    )


def login(page, username: str) -> None:  # type: ignore[no-untyped-def]
    page.get_by_role("textbox", name="Brugernavn").fill(username)
    page.get_by_role("textbox", name="Adgangskode").fill(PASSWORDS[username])
    page.get_by_role("button", name="Log ind").click()
    page.wait_for_selector('[data-testid="stSidebarNav"]')
    settled(page)


def visit(page, title: str, name: str) -> float:  # type: ignore[no-untyped-def]
    """Click a page in the menu, wait until it is fully drawn, screenshot it; returns the seconds it took."""
    started = time.perf_counter()
    page.locator('[data-testid="stSidebarNav"] a', has_text=title).first.click()
    page.get_by_role("heading", name=title, level=1).first.wait_for()
    settled(page)
    took = time.perf_counter() - started
    TIMINGS.setdefault(name, []).append(round(took, 3))
    LOADS.append(os.getloadavg()[0] / (os.cpu_count() or 1))
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    return took


def choose(page, label: str, option: str) -> None:  # type: ignore[no-untyped-def]
    """Pick an option in a Streamlit selectbox."""
    page.get_by_label(label).first.click()
    page.get_by_role("option", name=option).first.click()
    settled(page)


def test_communication_opens_an_alert_and_its_evidence(page, demo):  # type: ignore[no-untyped-def]
    login(page, "kommunikation")
    assert page.get_by_role("heading", name="Varsler", level=1).is_visible()
    alert = next(a for a in demo.alerts if a.level.value == "alert")
    for title, name in (
        ("Sager", "issues"),
        ("Fjerndeltagelse", "remote"),
        ("Ugebriefing", "briefings"),
        ("Varsler", "alerts"),
    ):
        visit(page, title, name)
    choose(page, "Åbn et varsel", f"Alarm · {alert.label} (Aarhus)")
    page.get_by_text(alert.label).first.wait_for()
    page.get_by_role("tab", name="Geografi").click()
    settled(page)
    page.screenshot(path=str(ARTIFACTS / "alert-geography.png"), full_page=True)
    page.get_by_role("tab", name="Indlæg").click()
    page.get_by_role("tab", name="Håndtering").click()
    page.get_by_role("button", name="Kvittér").click()
    page.get_by_text("Kvitteret af: Karen Kommunikation").wait_for()
    settled(page)
    page.screenshot(path=str(ARTIFACTS / "alert-handled.png"), full_page=True)
    assert page.get_by_role("link", name="Søgning").count() == 0  # not a communication page


def test_analyst_searches_and_exports_csv_and_xlsx(page):  # type: ignore[no-untyped-def]
    login(page, "analytiker")
    page.get_by_role("textbox", name="Søgetekst").fill("træerne")
    page.get_by_role("button", name="Søg", exact=True).click()
    page.get_by_role("heading", name=re.compile(r"^[\d.]+ indlæg$")).first.wait_for()
    settled(page)
    assert page.locator("mark").count() > 0
    page.screenshot(path=str(ARTIFACTS / "search.png"), full_page=True)
    files = {}
    for kind, label in (("csv", "Lav CSV"), ("xlsx", "Lav Excel (XLSX)")):
        page.get_by_role("button", name=label).click()
        settled(page)
        with page.expect_download() as info:
            page.get_by_role("button", name=f"Hent {kind.upper()}").click()
        target = ARTIFACTS / f"export.{kind}"
        info.value.save_as(target)
        files[kind] = target.read_bytes()
    rows = list(csv.reader(io.StringIO(files["csv"].decode("utf-8-sig")), delimiter=";"))
    sheet = load_workbook(io.BytesIO(files["xlsx"])).active
    assert rows[0][0] == "Udgivet" and len(rows) > 10
    assert sheet.max_row == len(rows)
    assert all("træ" in (r[5] + r[6]).lower() for r in rows[1:])
    for title, name in (("Kilder", "sources"), ("Søgning", "search-page")):
        visit(page, title, name)


def test_leadership_reads_and_downloads_the_briefing(page):  # type: ignore[no-untyped-def]
    login(page, "direktion")
    page.get_by_role("heading", name="Ugebriefing", level=1).wait_for()
    page.get_by_role("tab", name="Arkiv").click()
    frame = page.frame_locator("iframe").first
    frame.get_by_role("heading", name="Ugebriefing uge").first.wait_for()
    page.screenshot(path=str(ARTIFACTS / "briefing.png"), full_page=True)
    with page.expect_download() as info:
        page.get_by_role("button", name="Hent PDF").click()
    target = ARTIFACTS / "briefing.pdf"
    info.value.save_as(target)
    text = PdfReader(target).pages[0].extract_text()
    assert target.read_bytes().startswith(b"%PDF") and "Ugebriefing uge" in text
    assert page.get_by_role("link", name="Administration").count() == 0


def test_admin_switches_the_app_to_english(page):  # type: ignore[no-untyped-def]
    login(page, "admin")
    visit(page, "Administration", "admin")
    page.locator("[data-testid=stSidebar]").get_by_text("English", exact=True).click()
    page.get_by_role("heading", name="Administration", level=1).wait_for()
    page.locator('[data-testid="stSidebarNav"] a', has_text="Alerts").first.click()
    page.get_by_role("heading", name="Alerts", level=1).wait_for()
    settled(page)
    assert page.get_by_text("Signed in as Ali Admin").is_visible()
    page.screenshot(path=str(ARTIFACTS / "alerts-english.png"), full_page=True)


def test_every_page_loads_within_budget(page):  # type: ignore[no-untyped-def]
    """Every page, visited twice by an admin: the warm visit loads within the budget.

    The budget is 2 s on an idle machine; on a shared, overloaded machine (load per core above 1)
    it stretches by the load, because then every process waits for a core.
    """
    login(page, "admin")
    pages = [
        ("Varsler", "alerts"),
        ("Søgning", "search"),
        ("Sager", "issues"),
        ("Fjerndeltagelse", "remote"),
        ("Ugebriefing", "briefings"),
        ("Kilder", "sources"),
        ("Administration", "admin"),
    ]
    cold = {name: visit(page, title, f"page-{name}-first") for title, name in pages}
    warm = {name: visit(page, title, f"page-{name}") for title, name in pages}
    load = max(1.0, sorted(LOADS)[len(LOADS) // 2])
    budget = PAGE_BUDGET_S * load
    print(f"page load (s) at load {load:.1f}/core: cold {cold}, warm {warm}", file=sys.stderr)
    slow = {name: took for name, took in warm.items() if took > budget}
    assert not slow, f"pages slower than {budget:.1f} s: {slow}"
