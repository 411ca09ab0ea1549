"""The audit log for admins: who searched, exported, opened or changed what, and when."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ui import data, export, fmt
from ui.access import User
from ui.frame import empty
from ui.i18n import t

_ACTIONS = ("search", "export", "view_alert", "view_issue", "login", "purge", "config")


def render(user: User) -> None:
    """Filters, the newest entries as a table, and a CSV download (itself logged)."""
    st.caption(t("admin.audit.intro", days=data.settings().privacy.audit_days))
    c1, c2, c3 = st.columns([2, 1, 1])
    actions = c1.multiselect(
        t("admin.audit.actions"),
        list(_ACTIONS),
        format_func=lambda a: t(f"audit.{a}"),
        placeholder=t("common.choose"),
        key="adm_a_actions",
    )
    who = c2.text_input(t("admin.audit.user"), key="adm_a_user", help=t("admin.audit.user.help"))
    limit = c3.selectbox(t("admin.audit.limit"), [200, 1000, 5000], key="adm_a_limit")
    entries = data.audit_log(limit=int(limit))
    chosen = [
        e
        for e in entries
        if (not actions or e.action in actions) and (not who.strip() or who.strip().lower() in e.user.lower())
    ]
    if not chosen:
        empty("admin.audit.empty")
        return
    frame = pd.DataFrame(
        [
            {
                "at": fmt.local(e.at).replace(tzinfo=None),
                "user": e.user,
                "action": t(f"audit.{e.action}"),
                "query": e.query or "",
                "filters": "; ".join(f"{k}={v}" for k, v in e.filters.items()),
                "hits": e.hits,
                "detail": e.detail or "",
            }
            for e in chosen
        ]
    )
    cc = st.column_config
    st.dataframe(
        frame,
        hide_index=True,
        width="stretch",
        column_config={
            "at": cc.DatetimeColumn(t("admin.audit.at"), format="D/M/YYYY HH:mm:ss"),
            "user": cc.TextColumn(t("admin.audit.user")),
            "action": cc.TextColumn(t("admin.audit.action")),
            "query": cc.TextColumn(t("admin.audit.query")),
            "filters": cc.TextColumn(t("admin.audit.filters")),
            "hits": cc.NumberColumn(t("admin.audit.hits"), help=t("admin.audit.hits.help")),
            "detail": cc.TextColumn(t("admin.audit.detail")),
        },
    )
    if st.button(t("admin.audit.export"), key="adm_a_export"):
        data.audit(user, "export", detail="audit-log", hits=len(chosen))
        header = [t(f"admin.audit.{c}") for c in frame.columns]
        st.session_state["adm_a_file"] = export.table_csv(header, frame.astype(str).values.tolist())
    content = st.session_state.get("adm_a_file")
    if content:
        st.download_button(
            t("admin.audit.download"),
            content,
            file_name="debatradar-audit.csv",
            mime="text/csv",
            key="adm_a_download",
            on_click="ignore",
            icon=":material/download:",
        )
