"""The search page's tools: export to CSV/XLSX, saved searches, and saved searches as alert rules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any, Literal

import streamlit as st

from index.search_models import SearchQuery
from schema import Level
from schema.settings import SavedSearch, SearchRule
from ui import data, fmt
from ui.access import User
from ui.fmt import local
from ui.frame import allowed, guard
from ui.i18n import t

FACETS: list[Any] = ["platform", "source_id", "municipality_code", "issue_id", "lang", "cues.family"]
_FILE = "search_export_file"
_MIME = {
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def export_panel(query: SearchQuery, total: int, user: User) -> None:
    """Buttons that build an export of all hits (logged), then a button that downloads it."""
    if not allowed("search.export") or total == 0:
        return
    limit = data.settings().ui.export_max_rows
    st.markdown(f"**{t('export.title')}**", help=t("export.help", limit=fmt.number(limit)))
    c1, c2, c3 = st.columns([1, 1, 2], vertical_alignment="center")
    for col, kind in ((c1, "csv"), (c2, "xlsx")):
        if col.button(t(f"export.prepare.{kind}"), key=f"s_export_{kind}", width="stretch"):
            with guard():
                content, rows = data.export_file(query, user, kind)  # type: ignore[arg-type]
                st.session_state[_FILE] = (query.model_dump_json(), kind, content, rows)
    prepared = st.session_state.get(_FILE)
    if prepared and prepared[0] == query.model_dump_json():
        _, kind, content, rows = prepared
        stamp = local(datetime.now(UTC)).strftime("%Y%m%d-%H%M")
        c3.download_button(
            t("export.download", rows=fmt.number(rows), kind=kind.upper()),
            data=content,
            file_name=f"debatradar-{stamp}.{kind}",
            mime=_MIME[kind],
            key="s_download",
            type="primary",
            on_click="ignore",
            icon=":material/download:",
        )
    if total > limit:
        st.caption(t("export.capped", limit=fmt.number(limit), total=fmt.number(total)))


def save_panel(query: SearchQuery, user: User) -> None:
    """Save the current search under a name, optionally as an alert rule."""
    if not allowed("search.save"):
        return
    with (
        st.expander(t("saved.save"), icon=":material/bookmark_add:"),
        st.form("s_save_form", clear_on_submit=True),
    ):
        name = st.text_input(t("saved.name"), key="s_save_name", max_chars=120)
        rule = None
        as_rule = False
        if allowed("search.rule"):
            as_rule = st.checkbox(t("saved.as_rule"), key="s_save_rule", help=t("saved.as_rule.help"))
            c1, c2, c3 = st.columns(3)
            min_hits = c1.number_input(
                t("rules.col.threshold"),
                1,
                10_000,
                5,
                key="s_rule_hits",
                help=t("rules.col.threshold.help"),
            )
            hours = c2.number_input(
                t("rules.col.window"), 1, 24 * 14, 24, key="s_rule_hours", help=t("rules.col.window.help")
            )
            level = c3.selectbox(
                t("rules.level"),
                [lv.value for lv in Level],
                format_func=fmt.level_name,
                key="s_rule_level",
            )
            channels = [c.name for c in data.settings().notify.channels]
            chosen = st.multiselect(
                t("rules.channels"),
                channels,
                placeholder=t("common.choose"),
                key="s_rule_channels",
                help=t("rules.channels.help"),
            )
            if as_rule:
                rule = SearchRule(
                    min_hits=int(min_hits), window_hours=int(hours), level=Level(level), channels=chosen
                )
        if st.form_submit_button(t("saved.save.button"), type="primary"):
            if not name.strip():
                st.error(t("saved.name.missing"))
            else:
                with guard():
                    data.save_search(name, query, user, rule)
                    st.toast(t("saved.saved", name=name.strip()))


def saved_panel(user: User) -> None:
    """The saved searches: use one, delete one, switch its rule on or off."""
    items = data.saved_searches()
    if not items:
        return
    with st.expander(t("saved.title", n=len(items)), icon=":material/bookmarks:"):
        for item in items:
            c1, c2, c3, c4 = st.columns([4, 1, 1, 1], vertical_alignment="center")
            rule = ""
            if item.rule:
                described = t("saved.rule", hits=item.rule.min_hits, hours=item.rule.window_hours)
                rule = f" · :material/notifications_active: {described}"
            c1.markdown(f"**{item.name}** · {item.owner} · {fmt.day(item.created_at)}{rule}")
            c2.button(
                t("saved.use"), key=f"s_use_{item.search_id}", on_click=_use, args=(item,), width="stretch"
            )
            mine = item.owner == user.username or "admin" in user.roles
            if allowed("search.rule") and mine and item.rule is not None:
                on = item.rule.enabled
                if c3.button(
                    t("saved.rule_off") if on else t("saved.rule_on"),
                    key=f"s_rule_{item.search_id}",
                    width="stretch",
                ):
                    with guard():
                        data.set_search_rule(item.search_id, item.rule.model_copy(update={"enabled": not on}))
                        st.rerun()
            if mine and c4.button(t("saved.delete"), key=f"s_del_{item.search_id}", width="stretch"):
                with guard():
                    data.delete_search(item.search_id)
                    st.rerun()


def _use(item: SavedSearch) -> None:
    """Fill the search form with a saved search and run it (a widget callback)."""
    query = data.saved_query(item)
    state = st.session_state
    state["s_text"] = query.text or ""
    dates = []
    if query.date_from:
        dates.append(local(query.date_from).date())
    if query.date_to:
        dates.append(local(query.date_to).date() - timedelta(days=1))
    state["s_dates"] = tuple(dates)
    options = {field: {key for key, _ in values} for field, values in data.facet_options().items()}
    for key, field, values in (
        ("s_platforms", "platform", query.platforms),
        ("s_sources", "source_id", query.source_ids),
        ("s_munis", "municipality_code", query.municipality_codes),
        ("s_issues", "issue_id", query.issue_ids),
        ("s_langs", "lang", query.languages),
        ("s_cues", "cues.family", query.cue_families),
    ):
        state[key] = [v for v in values if v in options.get(field, set())]
    sort: Literal["relevance", "newest", "oldest"] = query.sort
    state["s_sort"] = sort
    update = {
        "size": data.settings().ui.page_size,
        "facets": FACETS,
        "histogram": state.get("s_interval") or "week",
    }
    full = query.model_copy(update=update)
    state["search_active"] = full.model_dump_json()
    state["search_cursors"] = [None]
    state["search_page"] = 0
