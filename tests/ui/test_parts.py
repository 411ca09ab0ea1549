"""The app's pure parts: texts, formatting, exports, cards, briefing HTML, saved searches, config edits."""

from __future__ import annotations

import ast
import csv
import io
import json
import string
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import get_args

import pytest
import vl_convert as vlc
from openpyxl import load_workbook

from index.search_models import HistogramBucket, SearchQuery
from schema import AuthorHome, ConfigError, DailyCount, StoreError
from schema.document import CueFamily
from schema.settings import EmailChannel, LocalUser, SearchRule, load_settings, saved_searches_path
from tests.ui.demo_data import build, write_config
from ui import alert_link, app_command, app_environment, charts, config_edit, export, fmt, saved
from ui.aggregate import MunicipalityInfo, WeekShare, participation, top_issues
from ui.briefing_html import sanitise
from ui.cards import Card, highlight, render
from ui.passwords import hash_password, verify_password
from ui.texts import da, en

UI = Path(__file__).resolve().parents[2] / "ui"


# ---------------------------------------------------------------- texts


def test_both_catalogs_have_the_same_keys_and_placeholders():
    assert set(da.TEXTS) == set(en.TEXTS)
    fields = string.Formatter()
    for key, text in da.TEXTS.items():
        ours = {f[1] for f in fields.parse(text) if f[1]}
        theirs = {f[1] for f in fields.parse(en.TEXTS[key]) if f[1]}
        assert ours == theirs, key


def literal_keys() -> set[str]:
    """Every literal key passed to t(), heading() or empty() anywhere in ui/."""
    found: set[str] = set()
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in {"t", "empty"} and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.add(first.value)
    return found


def test_every_text_the_code_asks_for_exists():
    missing = sorted(k for k in literal_keys() if k not in da.TEXTS)
    assert not missing, missing


def test_no_page_hard_codes_user_facing_strings():
    """Pages pass texts through t(); literal strings are keys, formats or widget keys only."""
    for path in (UI / "app_pages").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr
                in {
                    "title",
                    "header",
                    "subheader",
                    "info",
                    "warning",
                    "error",
                    "success",
                    "caption",
                    "button",
                }
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                pytest.fail(f"{path.name}:{node.lineno}: literal text in st.{node.func.attr}()")


def test_every_key_built_at_run_time_exists():
    from typing import get_args

    from schema import Level, Platform, SourceKind
    from schema.document import CueFamily, HomeSignal
    from schema.health import AuditEntry
    from schema.issue import Issue, LineageEvent
    from ui.access import PAGES, ROLES

    def literals(model, field):
        return get_args(model.model_fields[field].annotation)

    wanted = (
        [f"nav.{p}" for p in PAGES]
        + [f"{p}.help" for p in PAGES]
        + [f"{p}.intro" for p in PAGES]
        + [f"role.{r}" for r in ROLES]
        + [f"level.{lv.value}" for lv in Level]
        + [f"level.{lv.value}.help" for lv in Level]
        + [f"platform.{p.value}" for p in Platform]
        + [f"kind.{k.value}" for k in SourceKind]
        + [f"cue.{c}" for c in get_args(CueFamily)]
        + [f"home.{h}" for h in get_args(HomeSignal)]
        + [f"audit.{a}" for a in literals(AuditEntry, "action")]
        + [f"lineage.{k}" for k in literals(LineageEvent, "kind")]
        + [f"issue.status.{s}" for s in literals(Issue, "status")]
        + [f"issues.status.{s}" for s in (*literals(Issue, "status"), "all")]
        + [f"alert.state.{s}" for s in ("open", "closed")]
        + [f"alerts.state.{s}" for s in ("open", "closed", "all")]
        + [
            f"signal.{k}"
            for k in ("burst", "authors", "calls_to_action", "narrowness", "spread", "coordination")
        ]
        + [f"sources.status.{s}" for s in ("ok", "degraded", "failed", "never")]
        + [f"export.col.{c}" for c in export.COLUMNS]
        + [
            f"search.facet.{f}"
            for f in ("platform", "source_id", "municipality_code", "issue_id", "lang", "cues.family")
        ]
        + [f"admin.audit.{c}" for c in ("at", "user", "action", "query", "filters", "hits", "detail")]
    )
    missing = sorted(k for k in wanted if k not in da.TEXTS)
    assert not missing, missing


@pytest.mark.parametrize("family", get_args(CueFamily))
def test_every_cue_family_and_platform_has_a_name(family):
    from schema import Platform

    assert f"cue.{family}" in da.TEXTS
    assert all(f"platform.{p.value}" in da.TEXTS for p in Platform)


# ---------------------------------------------------------------- formatting


def test_danish_and_english_numbers_dates_and_shares():
    assert fmt.number(1234567.891, 1, "da") == "1.234.567,9"
    assert fmt.number(1234567.891, 1, "en") == "1,234,567.9"
    assert fmt.percent(0.125, 1, "da") == "12,5 %" and fmt.percent(0.125, 0, "en") == "12%"
    assert fmt.percent(None) == "–"
    moment = datetime(2026, 11, 22, 13, 5, tzinfo=UTC)  # 14:05 in Copenhagen (CET)
    assert fmt.moment(moment, "da") == "22. nov. 2026 kl. 14:05"
    assert fmt.moment(moment, "en") == "22 Nov 2026 14:05"
    summer = datetime(2026, 7, 1, 22, 30, tzinfo=UTC)  # already 2 July in Copenhagen (CEST)
    assert fmt.day(summer, "da") == "2. jul. 2026"


# ---------------------------------------------------------------- export


def rows_with(text: str):
    return [
        {c: "" for c in export.COLUMNS}
        | {"published": datetime(2026, 11, 2, 9, 30), "text": text, "title": "=1+1"}
    ]


def test_csv_neutralises_formulas_and_opens_in_danish_excel():
    content = export.to_csv(rows_with('=HYPERLINK("http://x")'), "da")
    assert content.startswith("\ufeff".encode())
    table = list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))
    assert table[0][0] == "Udgivet" and table[1][0] == "2026-11-02 09:30"
    assert table[1][5] == "'=1+1" and table[1][6].startswith("'=HYPERLINK")
    english = export.to_csv(rows_with("tekst"), "en").decode("utf-8-sig")
    assert english.splitlines()[0].startswith("Published,Platform")


def test_xlsx_keeps_formula_like_text_as_text():
    book = load_workbook(io.BytesIO(export.to_xlsx(rows_with("=SUM(A1:A9)"), "da")))
    sheet = book.active
    assert sheet.title == "Indlæg" and sheet.cell(1, 1).value == "Udgivet"
    assert sheet.cell(2, 7).value == "=SUM(A1:A9)" and sheet.cell(2, 7).data_type == "s"
    assert sheet.cell(2, 1).value == datetime(2026, 11, 2, 9, 30)


# ---------------------------------------------------------------- cards and briefing HTML


def test_highlights_keep_only_mark_and_escape_the_rest():
    fragment = 'Bevar <mark>træerne</mark> <script>alert(1)</script> &amp; "mere" <b>fed</b> <mark>lind'
    out = highlight(fragment)
    assert "<mark>træerne</mark>" in out and "<script>" not in out and "&lt;script&gt;" in out
    assert "&amp;" in out and "&amp;amp;" not in out and "<b>" not in out
    assert out.endswith("</mark>")  # a mark cut by the fragment boundary is closed


def test_cards_escape_titles_and_drop_unsafe_links():
    html = render(
        [
            Card(
                "<img src=x onerror=alert(1)>",
                "javascript:alert(1)",
                datetime(2026, 1, 1, tzinfo=UTC),
                "reddit",
                "reddit-aarhus",
                "p-123",
                ["tekst"],
            ),
        ]
    )
    assert "<img" not in html and "javascript:" not in html and "af p-123" in html and "Reddit" in html


def test_briefing_html_loses_everything_executable_but_keeps_its_styles():
    dirty = (
        "<html><head><style>h1{color:red}</style><script>x()</script><link rel=stylesheet href=http://cdn/x.css>"
        "</head><body onload='x()'><h1>Uge 47</h1><a href=' javascript:alert(1)'>a</a><iframe src=x></iframe>"
        "<img src='data:image/png;base64,iVBORw0KGgo='><form action=/x><input></form></body></html>"
    )
    clean = sanitise(dirty)
    assert "<style>h1{color:red}</style>" in clean and "<h1>Uge 47</h1>" in clean
    for bad in ("<script", "onload", "javascript:", "<iframe", "<form", "cdn/x.css"):
        assert bad not in clean, bad
    assert 'src="data:image/png' in clean and '<base target="_blank">' in clean
    assert sanitise("").startswith("<!DOCTYPE html>")


# ---------------------------------------------------------------- saved searches


def test_saved_searches_round_trip_replace_by_name_and_rules(tmp_path):
    query = SearchQuery(
        text="vindmøller", platforms=["reddit"], size=20, search_after=["x", 1], facets=["platform"]
    )
    first = saved.add(tmp_path, "Vindmøller", query, "analytiker", None)
    saved.add(tmp_path, "Vindmøller", query.model_copy(update={"text": "solceller"}), "analytiker", None)
    items = saved.load(tmp_path)
    assert len(items) == 1 and saved.to_query(items[0]).text == "solceller"
    assert saved.to_query(items[0]).search_after is None  # paging is never saved
    saved.set_rule(tmp_path, items[0].search_id, SearchRule(min_hits=3))
    assert saved.load(tmp_path)[0].rule == SearchRule(min_hits=3)
    saved.delete(tmp_path, items[0].search_id)
    saved.delete(tmp_path, first.search_id)  # already gone: no error
    assert saved.load(tmp_path) == []


def test_a_damaged_saved_searches_file_is_reported_and_left_alone(tmp_path):
    path = saved_searches_path(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_text('[{"name": "uden id"}]', encoding="utf-8")
    with pytest.raises(StoreError, match="damaged at 0"):
        saved.add(tmp_path, "Ny", SearchQuery(text="x"), "a", None)
    assert json.loads(path.read_text(encoding="utf-8")) == [{"name": "uden id"}]


# ---------------------------------------------------------------- configuration edits


def test_config_edits_keep_comments_and_refuse_invalid_values(tmp_path):
    config = write_config(tmp_path)
    config.write_text(config.read_text(encoding="utf-8") + "# slut på filen\n", encoding="utf-8")
    settings = config_edit.set_thresholds(
        config, {"watch": 0.3, "warning": 0.5, "alert": 0.7}, {"min_known_authors": 3}
    )
    assert settings.detection.levels.alert == 0.7 and settings.detection.remote.min_known_authors == 3
    text = config.read_text(encoding="utf-8")
    assert text.startswith("# Test deployment") and "# slut på filen" in text
    with pytest.raises(ConfigError, match=r"detection.levels: .*watch < warning < alert"):
        config_edit.set_thresholds(config, {"watch": 0.8}, {})
    with pytest.raises(ConfigError, match="dominate_share"):
        config_edit.set_thresholds(config, {}, {"dominate_share": 2})
    assert config.read_text(encoding="utf-8") == text
    assert not list(tmp_path.glob(".*candidate*"))


def test_config_edits_of_users_and_channels(tmp_path):
    config = write_config(tmp_path)
    user = LocalUser(
        username="presse",
        display_name="Pia",
        password_hash=hash_password("et langt kodeord", 4),
        roles=["communication"],
    )
    config_edit.upsert_user(config, user)
    config_edit.upsert_user(config, user.model_copy(update={"roles": ["communication", "analyst"]}))
    users = {u.username: u for u in load_settings(config).ui.users}
    assert users["presse"].roles == ["communication", "analyst"] and len(users) == 5
    config_edit.delete_user(config, "presse")
    with pytest.raises(ConfigError, match="last admin"):
        config_edit.delete_user(config, "admin")
    config_edit.add_channel(config, EmailChannel(name="ledelse", to=["direktion@aarhus.dk"]))
    with pytest.raises(ConfigError, match="exists already"):
        config_edit.add_channel(config, EmailChannel(name="ledelse", to=["x@aarhus.dk"]))
    config_edit.set_channel_rules(config, "ledelse", {"min_level": "alert", "quiet_hours": [22, 7]})
    channel = next(c for c in load_settings(config).notify.channels if c.name == "ledelse")
    assert channel.rules.min_level == "alert" and channel.rules.quiet_hours == (22, 7)
    with pytest.raises(ConfigError, match="mode"):
        config_edit.set_channel_rules(config, "ledelse", {"mode": "sometimes"})
    config_edit.delete_channel(config, "ledelse")
    assert [c.name for c in load_settings(config).notify.channels] == ["kommunikation"]


# ---------------------------------------------------------------- passwords and launch


def test_passwords_are_bcrypt_and_bad_input_never_raises_on_login():
    hashed = hash_password("et langt kodeord", rounds=4)
    assert hashed.startswith("$2b$04$") and verify_password("et langt kodeord", hashed)
    assert not verify_password("forkert", hashed) and not verify_password("x", "ikke-en-hash")
    assert not verify_password("x" * 100, hashed)
    with pytest.raises(ConfigError, match="at least 10"):
        hash_password("kort")
    with pytest.raises(ConfigError, match="72 bytes"):
        hash_password("æ" * 40)


def test_launch_command_and_links(tmp_path):
    settings = load_settings(write_config(tmp_path))
    cmd = app_command(settings, port=8777)
    assert cmd[1:4] == ["-m", "streamlit", "run"] and cmd[4].endswith("ui/app.py")
    flags = dict(zip(cmd[5::2], cmd[6::2], strict=True))
    assert flags["--server.headless"] == "true" and flags["--browser.gatherUsageStats"] == "false"
    assert flags["--client.disableDataExport"] == "true" and flags["--server.address"] == "127.0.0.1"
    assert app_environment(settings) == {"DEBATRADAR_CONFIG": str(settings.config_path)}
    assert (
        alert_link(settings, "issue-1@2026-11-20")
        == "http://localhost:8501/alerts?alert=issue-1%402026-11-20"
    )


# ---------------------------------------------------------------- aggregates and charts


def doc(author: str, home: str | None, day: int, confidence: float = 0.8):
    from schema.raw import Platform, SourceKind
    from tests.ui.demo_data import AARHUS, PLANS, _make

    published = datetime(2026, 11, 2, 12, tzinfo=UTC) + timedelta(days=day)
    made = _make(
        day,
        "s",
        SourceKind.REDDIT,
        Platform.REDDIT,
        title=None,
        text="t",
        published=published,
        raw_author=author,
        home=home,
        municipality=AARHUS,
        place=None,
        cues=[],
        hashtags=[],
        issue_id=PLANS[0].issue_id,
        lemmas="t",
    )
    if home:
        made = made.model_copy(
            update={
                "author_home": AuthorHome(municipality_code=home, confidence=confidence, signal="postcode")
            }
        )
    return made


def test_participation_counts_each_author_once_with_the_most_confident_home():
    docs = [
        doc("a", "0751", 0),
        doc("a", "0101", 1, 0.95),
        doc("b", "0751", 0),
        doc("c", None, 8),
        doc("d", "0461", 8),
        doc("e", "0751", 9),
    ]
    result = participation(
        docs,
        "0751",
        lambda a, b: {"0101": 157.0, "0461": 120.0}.get(b),
        lambda c: "Region Midtjylland" if c == "0751" else "Andet",
        min_known=3,
    )
    assert result.authors == 5 and result.authors_known == 4 and result.authors_remote == 2
    assert result.remote_share == 0.5 and result.homes == {"0751": 2, "0101": 1, "0461": 1}
    assert result.distances_km == [120.0, 157.0] and result.median_distance_km == 138.5
    assert result.signals == {"postcode": 4} or sum(result.signals.values()) == 4
    assert [w.start for w in result.weekly] == [date(2026, 11, 2), date(2026, 11, 9)]
    few = participation(docs[:2], "0751", lambda a, b: 1.0, lambda c: None, min_known=3)
    assert few.remote_share is None  # too few known homes to report a share
    pooled = participation(docs, "0751", lambda a, b: 1.0, lambda c: None, min_known=3, min_group=2)
    assert pooled.homes == {"0751": 2, "other": 2}  # single authors' homes never stand out
    assert pooled.authors_remote == 2 and pooled.remote_share == 0.5  # the figures stay exact


def test_top_issues_compares_with_the_week_before(tmp_path):
    deployment = build(tmp_path, now=datetime(2026, 11, 22, 12, tzinfo=UTC), scale=0.3)
    rows = top_issues(deployment.issues, date(2026, 11, 16), date(2026, 11, 23))
    assert rows[0].issue_id == "issue-ingerslev-traer" and rows[0].documents > rows[0].documents_before


def test_every_chart_is_valid_vega_lite_and_renders_offline():
    places = {
        "0751": MunicipalityInfo("0751", "Aarhus", "Region Midtjylland", 56.16, 10.21),
        "0101": MunicipalityInfo("0101", "København", "Region Hovedstaden", 55.68, 12.55),
    }
    built = [
        charts.growth([DailyCount(day=date(2026, 11, d), documents=d, authors=d // 2) for d in range(1, 8)]),
        charts.bars({"Reddit": 4, "Læserbreve": 2}, "Platform", "Indlæg"),
        charts.histogram([HistogramBucket(start=date(2026, 11, 2), count=5)], "week"),
        charts.issues_over_time(
            [{"issue_id": "i", "label": "træ", "day": date(2026, 11, 2), "documents": 3, "authors": 2}]
        ),
        charts.homes_map(places, {"0751": 5, "0101": 2}, "0751"),
        charts.distances([12.0, 157.0, 320.0]),
        charts.share_trend(
            [WeekShare(date(2026, 11, 2), 10, 3, 0.3), WeekShare(date(2026, 11, 9), 12, 6, 0.5)]
        ),
        charts.health_history(
            [
                {
                    "source": "s",
                    "finished": "2026-11-02T10:00:00+00:00",
                    "items": 3,
                    "errors": 0,
                    "status": "OK",
                }
            ]
        ),
    ]
    for chart in built:
        spec = chart.to_dict()
        assert spec["$schema"].startswith("https://vega.github.io/schema/vega-lite/")
    png = vlc.vegalite_to_png(built[4].to_json())
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
