"""Every page through AppTest against a real embedded store filled with realistic records."""

from __future__ import annotations

import csv
import io
import json

import pytest
from openpyxl import load_workbook

from index import open_store
from schema import Level
from schema.settings import load_settings, saved_searches_path
from tests.ui.conftest import assert_no_errors, texts


def store_of(deployment):
    return open_store(load_settings(deployment.config))


def audit_entries(deployment, action):
    store = store_of(deployment)
    try:
        return [e for e in store.list_audit(limit=500) if e.action == action]
    finally:
        store.close()


# ---------------------------------------------------------------- alerts


def test_alerts_list_counts_filters_and_sparklines(app, deployment):
    at = app("kommunikation")
    assert_no_errors(at)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics[":red-badge[Alarm]"] == "1" and metrics[":orange-badge[Advarsel]"] == "1"
    assert metrics[":yellow-badge[Hold øje]"] == "1"
    table = at.dataframe[0].value
    assert len(table) == 3  # open alerts only
    assert table.iloc[0]["label"] in {a.label for a in deployment.alerts}
    assert all(len(v) > 0 for v in table["growth"])  # sparkline data
    at.selectbox(key="al_level").select("alert").run()
    assert len(at.dataframe[0].value) == 1
    at.segmented_control(key="al_state").set_value("all").run()
    at.selectbox(key="al_level").select("watch").run()
    assert len(at.dataframe[0].value) == 4
    at.selectbox(key="al_muni").select("0706").run()
    assert list(at.dataframe[0].value["municipality"]) == ["Syddjurs"]


def test_alert_detail_shows_the_evidence_and_is_audited(app, deployment):
    alert = next(a for a in deployment.alerts if a.level == Level.WARNING)
    at = app("kommunikation")
    at.selectbox(key="al_open").select(alert.alert_id).run()
    assert_no_errors(at)
    assert at.query_params["alert"] == alert.alert_id
    assert alert.label in at.get("html")[0].value
    assert len(at.tabs) == 7
    shown = texts(at)
    assert "Fjerndeltagelse" in shown and "Stemmer udefra dominerer" in shown
    assert "usædvanlig høj" in shown
    cues = at.dataframe[0].value
    assert set(cues["family"]) <= {
        "Nej til",
        "Del opslaget",
        "Link til underskrifter",
        "Red/bevar/stop/nej til",
    }
    cards = next(h.value for h in at.get("html") if "dr-card" in h.value)
    assert cards.count('class="dr-card"') == len(alert.evidence.top_documents)
    assert "p-" in cards  # authors as pseudonyms
    assert any(e.detail == alert.alert_id for e in audit_entries(deployment, "view_alert"))
    at.button(key="al_back").click().run()
    assert "alert" not in at.query_params and at.dataframe


def test_acknowledge_assign_and_comment_are_persisted(fresh_app, fresh_deployment):
    alert = next(a for a in fresh_deployment.alerts if a.level == Level.ALERT)
    at = fresh_app("kommunikation")
    at.query_params["alert"] = alert.alert_id
    at.run()
    at.button(key="al_ack").click().run()
    assert_no_errors(at)
    at.selectbox(key="al_assign").select("Karen Kommunikation")
    at.button(key="al_assign_btn").click().run()
    at.text_area(key="al_comment").input("Pressemeddelelse sendt til Stiften.")
    at.get("form_submit_button")[0].click().run()
    assert_no_errors(at)
    store = store_of(fresh_deployment)
    saved = store.get_alert(alert.alert_id)
    store.close()
    assert saved is not None
    assert saved.acknowledged_by == "Karen Kommunikation"
    assert saved.assigned_to == "Karen Kommunikation"
    assert saved.comments and saved.comments[-1].endswith(
        "Karen Kommunikation: Pressemeddelelse sendt til Stiften."
    )
    assert saved.evidence == alert.evidence  # the evidence is untouched
    assert "al_ack" not in {b.key for b in at.button}


def test_missing_alert_is_explained(app):
    at = app("kommunikation")
    at.query_params["alert"] = "findes-ikke@2026-01-01"
    at.run()
    assert_no_errors(at)
    assert "Varslet findes ikke" in at.info[0].value


# ---------------------------------------------------------------- search


def search(at, text, **filters):
    at.text_input(key="s_text").input(text)
    for key, value in filters.items():
        at.multiselect(key=key).set_value(value)
    at.get("form_submit_button")[0].click().run()
    return at


def test_search_highlights_stems_pages_facets_and_audits(app, deployment):
    before = len(audit_entries(deployment, "search"))
    at = search(app("analytiker"), "træerne")
    assert_no_errors(at)
    total = sum(1 for d in deployment.documents if "træ" in d.text.lower())
    header = at.subheader[0].value
    assert header.endswith("indlæg") and int(header.split()[0].replace(".", "")) > 0
    cards = next(h.value for h in at.get("html") if "dr-card" in h.value)
    assert "<mark>" in cards and cards.count('class="dr-card"') == 20
    assert len(at.get("vega_lite_chart")) >= 3  # histogram + facets
    page_one = cards
    at.button(key="s_next").click().run()
    assert_no_errors(at)
    page_two = next(h.value for h in at.get("html") if "dr-card" in h.value)
    assert page_two != page_one and "Side 2 af" in texts(at)
    searches = audit_entries(deployment, "search")[: len(audit_entries(deployment, "search")) - before]
    assert len(searches) == 1, "paging through a search is not a new search"
    assert searches[0].query == "træerne" and searches[0].user == "analytiker"
    assert searches[0].hits and searches[0].hits <= total
    assert total > 0


def test_search_filters_by_platform_and_municipality(app):
    at = search(app("analytiker"), "", s_platforms=["reddit"], s_munis=["0706"])
    assert_no_errors(at)
    active = json.loads(at.session_state["search_active"])
    assert active["platforms"] == ["reddit"] and active["municipality_codes"] == ["0706"]
    cards = next(h.value for h in at.get("html") if "dr-card" in h.value)
    assert "Reddit" in cards and "Nyheder" not in cards


@pytest.mark.parametrize("query", ['"bevar træerne', "((((", "vindmø* | *", "NEAR("])
def test_a_malformed_query_gets_a_clear_danish_message_and_the_page_survives(app, query):
    at = search(app("analytiker"), query)
    assert not at.exception
    message = " ".join(e.value for e in at.error)
    assert message.startswith("Søgningen kunne ikke udføres:") and message.endswith("prøv igen.")
    assert "never" not in message and "must" not in message  # the index's Danish wording, not its English
    assert at.text_input(key="s_text").value == query  # nothing the user typed is lost


def test_hostile_text_is_only_ever_searched_for(app):
    at = search(app("analytiker"), "'; DROP TABLE documents; --")
    assert_no_errors(at)
    assert at.subheader[0].value == "0 indlæg"


def test_export_csv_and_xlsx_hold_every_hit_and_are_audited(app, deployment):
    at = search(app("analytiker"), "solceller")
    at.button(key="s_export_csv").click().run()
    assert_no_errors(at)
    _, kind, content, rows = at.session_state["search_export_file"]
    assert kind == "csv" and content.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))
    assert table[0][:3] == ["Udgivet", "Platform", "Kilde"] and len(table) - 1 == rows > 0
    assert all(r[8].startswith("p-") for r in table[1:])  # pseudonyms, never names of citizens
    at.button(key="s_export_xlsx").click().run()
    _, kind, content, rows_xlsx = at.session_state["search_export_file"]
    sheet = load_workbook(io.BytesIO(content)).active
    assert kind == "xlsx" and sheet.max_row - 1 == rows_xlsx == rows
    assert sheet.cell(1, 7).value == "Tekst" and sheet.freeze_panes == "A2"
    exports = [e for e in audit_entries(deployment, "export") if e.query == "solceller"]
    assert {e.detail for e in exports} == {"csv", "xlsx"} and all(e.hits == rows for e in exports)


def test_saved_search_becomes_a_rule_shown_under_alerts(fresh_app, fresh_deployment):
    at = search(fresh_app("analytiker"), "træerne")
    at.text_input(key="s_save_name").input("Træerne på Ingerslev")
    at.checkbox(key="s_save_rule").check()
    at.number_input(key="s_rule_hits").set_value(3)
    at.get("form_submit_button")[1].click().run()
    assert_no_errors(at)
    stored = json.loads(saved_searches_path(fresh_deployment.data_dir).read_text(encoding="utf-8"))
    assert stored[0]["name"] == "Træerne på Ingerslev" and stored[0]["rule"]["min_hits"] == 3
    assert stored[0]["query"]["text"] == "træerne" and "search_after" not in stored[0]["query"]
    at.switch_page("app_pages/alerts.py").run()
    rules = at.dataframe[-1].value
    assert list(rules["name"]) == ["Træerne på Ingerslev"] and rules.iloc[0]["hits"] >= 3
    assert rules.iloc[0]["fired"] == "Ja"


def test_search_page_starts_with_an_explanation(app):
    at = app("analytiker")
    assert "Skriv en søgetekst" in at.info[0].value


# ---------------------------------------------------------------- issues


def test_issues_over_time_detail_and_compare(app, deployment):
    at = app("analytiker")
    at.switch_page("app_pages/issues.py").run()
    assert_no_errors(at)
    table = at.dataframe[0].value
    assert "træ · fældning · Ingerslev Boulevard" in set(table["label"])
    assert table.iloc[0]["documents"] >= table.iloc[-1]["documents"]  # most debated first
    at.multiselect(key="is_compare").set_value(["issue-ingerslev-traer", "issue-mols-solceller"]).run()
    assert len(at.dataframe[-1].value) == 2
    at.selectbox(key="is_open").select("issue-ingerslev-traer").run()
    assert_no_errors(at)
    assert at.title[0].value == "træ · fældning · Ingerslev Boulevard"
    assert "Sagen har et varsel (Alarm)" in texts(at)
    assert len(at.tabs) == 5
    assert any(e.detail == "issue-ingerslev-traer" for e in audit_entries(deployment, "view_issue"))


def test_merged_issue_shows_its_lineage(app):
    at = app("analytiker")
    at.switch_page("app_pages/issues.py").run()
    at.query_params["issue"] = "issue-ebeltoft-havn"
    at.run()
    assert_no_errors(at)
    assert "Lagt sammen med: letbane · forsinkelse · Aarhus" in texts(at)
    assert any(b.key == "lin_0" for b in at.button)


# ---------------------------------------------------------------- remote participation


def test_remote_participation_for_the_municipality_and_for_an_issue(app):
    at = app("kommunikation")
    at.switch_page("app_pages/remote.py").run()
    assert_no_errors(at)
    metrics = {m.label: m.value for m in at.metric}
    assert int(metrics["Kendt bopæl"].replace(".", "")) > 0
    assert metrics["Andel udefra"].endswith("%")
    at.segmented_control(key="rp_scope").set_value("issue").run()
    at.selectbox(key="rp_muni").select("0706").run()
    at.selectbox(key="rp_issue").select("issue-mols-solceller").run()
    assert_no_errors(at)
    share = {m.label: m.value for m in at.metric}["Andel udefra"]
    assert int(share.split()[0]) >= 50
    assert "Stemmer udefra dominerer debatten" in texts(at)
    assert "Kun samlede tal vises" in texts(at)
    homes = at.dataframe[-1].value
    assert (homes["authors"] >= 3).all() or "Øvrige kommuner" in set(homes["municipality"])
    small = homes[(homes["authors"] < 3) & ~homes["municipality"].isin(["Syddjurs", "Øvrige kommuner"])]
    assert small.empty, small  # no home outside the debated municipality is shown with 1-2 authors
    assert "Øvrige kommuner" in set(homes["municipality"])  # this deployment has small groups to pool


# ---------------------------------------------------------------- briefings


def test_briefings_week_summary_and_archive(app, deployment):
    at = app("direktion")
    assert_no_errors(at)
    assert at.subheader[0].value.startswith("Uge ")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics[":red-badge[Alarm]"] == "1" and "Andel udefra (Aarhus)" in metrics
    frames = at.get("iframe")
    assert frames, "the briefing is shown in the page"
    shown = str(frames[0].proto)
    assert "Ugebriefing uge" in shown and "<script" not in shown
    assert at.get("download_button"), "the PDF can be downloaded"
    at.toggle(key="br_all").set_value(True).run()
    assert len(at.selectbox(key="br_pick").options) == 2


# ---------------------------------------------------------------- sources


def test_sources_health_and_history(app):
    at = app("analytiker")
    at.switch_page("app_pages/sources.py").run()
    assert_no_errors(at)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics[":red-badge[Fejlet]"] == "1" and metrics[":orange-badge[Delvis]"] == "1"
    assert metrics[":green-badge[OK]"] == "3"
    table = at.dataframe[0].value
    assert len(table) == 5 and "TimeoutError" in " ".join(table["last_error"])
    at.selectbox(key="src_pick").select("mastodon-dk").run()
    assert len(at.dataframe[-1].value) == 4


# ---------------------------------------------------------------- admin


def test_admin_changes_thresholds_only_when_valid_and_keeps_comments(fresh_app, fresh_deployment):
    at = fresh_app("admin")
    at.switch_page("app_pages/admin.py").run()
    assert_no_errors(at)
    before = fresh_deployment.config.read_text(encoding="utf-8")
    at.number_input(key="adm_t_watch").set_value(0.8)
    at.get("form_submit_button")[-1].click().run()
    assert any("watch < warning < alert" in e.value for e in at.error)
    assert fresh_deployment.config.read_text(encoding="utf-8") == before
    at.number_input(key="adm_t_watch").set_value(0.3)
    at.number_input(key="adm_t_alert").set_value(0.8)
    at.get("form_submit_button")[-1].click().run()
    assert "Grænserne er gemt." in [s.value for s in at.success]
    after = load_settings(fresh_deployment.config)
    assert after.detection.levels.watch == 0.3 and after.detection.levels.alert == 0.8
    assert fresh_deployment.config.read_text(encoding="utf-8").startswith("# Test deployment of the UI")
    assert any(e.detail and "thresholds" in e.detail for e in audit_entries(fresh_deployment, "config"))


def test_admin_adds_a_user_who_can_then_log_in(fresh_app, fresh_deployment):
    from tests.ui.conftest import login

    at = fresh_app("admin")
    at.switch_page("app_pages/admin.py").run()
    at.text_input(key="adm_username").input("presse")
    at.text_input(key="adm_name").input("Pia Presse")
    at.multiselect(key="adm_roles").set_value(["communication"])
    at.text_input(key="adm_password").input("et-langt-kodeord")
    at.get("form_submit_button")[0].click().run()
    assert_no_errors(at)
    users = {u.username: u for u in load_settings(fresh_deployment.config).ui.users}
    assert users["presse"].roles == ["communication"] and users["presse"].password_hash.startswith("$2b$")
    other = fresh_app()
    login(other, "presse", "et-langt-kodeord")
    assert other.title[0].value == "Varsler"


def test_admin_reads_the_audit_log(app):
    at = app("admin")
    at.switch_page("app_pages/admin.py").run()
    assert_no_errors(at)
    log = at.dataframe[-1].value
    assert {"Log ind"} <= set(log["action"])
    at.multiselect(key="adm_a_actions").set_value(["login"]).run()
    assert set(at.dataframe[-1].value["action"]) == {"Log ind"}
    at.button(key="adm_a_export").click().run()
    rows = list(csv.reader(io.StringIO(at.session_state["adm_a_file"].decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Tidspunkt", "Bruger", "Handling"] and {r[2] for r in rows[1:]} == {"Log ind"}


# ---------------------------------------------------------------- language


@pytest.mark.parametrize(("lang", "title"), [("da", "Varsler"), ("en", "Alerts")])
def test_the_language_switch_changes_every_text(app, lang, title):
    at = app("kommunikation", lang=lang)
    assert_no_errors(at)
    assert at.title[0].value == title
    labels = {m.label for m in at.metric}
    assert (":red-badge[Alert]" in labels) == (lang == "en")


def test_switching_language_in_the_sidebar(app):
    at = app("kommunikation")
    at.segmented_control(key="lang_switch").set_value("en").run()
    assert at.title[0].value == "Alerts"
    assert "Signed in as Karen Kommunikation" in texts(at)
