"""Admin: users and roles, notification channels, detection thresholds, and the audit log."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from schema import ConfigError, Level
from schema.settings import LocalUser, Settings
from ui import data, fmt
from ui.access import ROLES, User
from ui.app_pages import _admin_audit, _admin_channels
from ui.frame import first_problem, guard, heading, require
from ui.i18n import t
from ui.passwords import hash_password


def _render() -> None:
    user = require("admin")
    heading("admin")
    settings = data.settings()
    users, channels, thresholds, audit = st.tabs(
        [t("admin.tab.users"), t("admin.tab.channels"), t("admin.tab.thresholds"), t("admin.tab.audit")]
    )
    with users, guard():
        _users(settings, user)
    with channels, guard():
        _admin_channels.render(settings, user)
    with thresholds, guard():
        _thresholds(settings, user)
    with audit, guard():
        _admin_audit.render(user)


def _roles(roles: list[str]) -> str:
    return ", ".join(t(f"role.{r}") for r in roles)


def _users(settings: Settings, user: User) -> None:
    if settings.ui.auth == "oidc":
        st.info(t("admin.users.oidc", claim=settings.ui.oidc_role_claim), icon=":material/lock:")
        return
    frame = pd.DataFrame(
        [
            {"username": u.username, "name": u.display_name, "roles": _roles(list(u.roles))}
            for u in settings.ui.users
        ],
        columns=["username", "name", "roles"],
    )
    st.dataframe(
        frame,
        hide_index=True,
        width="stretch",
        column_config={
            "username": st.column_config.TextColumn(t("admin.username")),
            "name": st.column_config.TextColumn(t("admin.display_name")),
            "roles": st.column_config.TextColumn(t("admin.roles"), help=t("admin.roles.help")),
        },
    )
    existing = {u.username: u for u in settings.ui.users}
    with st.form("adm_user", clear_on_submit=True):
        st.markdown(f"**{t('admin.user.edit')}**", help=t("admin.user.edit.help"))
        c1, c2 = st.columns(2)
        username = c1.text_input(t("admin.username"), key="adm_username", help=t("admin.username.help"))
        name = c2.text_input(t("admin.display_name"), key="adm_name")
        roles = st.multiselect(
            t("admin.roles"),
            list(ROLES),
            format_func=lambda r: t(f"role.{r}"),
            placeholder=t("common.choose"),
            key="adm_roles",
        )
        password = st.text_input(
            t("admin.password"), type="password", key="adm_password", help=t("admin.password.help")
        )
        if st.form_submit_button(t("admin.save"), type="primary"):
            key = username.strip().lower()
            old = existing.get(key)
            try:
                if old is None and not password:
                    raise ConfigError(t("admin.password.missing"))
                record = LocalUser(
                    username=key,
                    display_name=name.strip() or (old.display_name if old else key),
                    password_hash=hash_password(password) if password else old.password_hash,  # type: ignore[union-attr]
                    roles=roles or (list(old.roles) if old else []),
                )
                if key == user.username and "admin" not in record.roles:
                    raise ConfigError(t("admin.user.keep_admin"))
                data.upsert_user(user, record)
                st.success(t("admin.saved"))
            except ConfigError as err:
                st.error(t("error.config", detail=str(err)))
            except ValueError as err:
                st.error(t("error.config", detail=first_problem(err)))
    others = [u for u in existing if u != user.username]
    if others:
        c1, c2 = st.columns([3, 1], vertical_alignment="bottom")
        gone = c1.selectbox(
            t("admin.user.delete"),
            others,
            key="adm_del_user",
            index=None,
            placeholder=t("admin.user.delete.placeholder"),
        )
        if c2.button(t("admin.delete"), key="adm_del_user_btn", disabled=gone is None, width="stretch"):
            data.delete_user(user, str(gone))
            st.success(t("admin.saved"))
            st.rerun()


def _thresholds(settings: Settings, user: User) -> None:
    levels = settings.detection.levels
    remote = settings.detection.remote
    st.caption(t("admin.thresholds.intro"))
    with st.form("adm_thresholds"):
        c1, c2, c3 = st.columns(3)
        watch = c1.number_input(
            fmt.level_name(Level.WATCH),
            0.0,
            1.0,
            levels.watch,
            0.01,
            key="adm_t_watch",
            help=t("admin.threshold.help"),
        )
        warning = c2.number_input(
            fmt.level_name(Level.WARNING),
            0.0,
            1.0,
            levels.warning,
            0.01,
            key="adm_t_warning",
            help=t("admin.threshold.help"),
        )
        alert = c3.number_input(
            fmt.level_name(Level.ALERT),
            0.0,
            1.0,
            levels.alert,
            0.01,
            key="adm_t_alert",
            help=t("admin.threshold.help"),
        )
        r1, r2, r3 = st.columns(3)
        dominate = r1.number_input(
            t("admin.dominate"),
            0.0,
            1.0,
            remote.dominate_share,
            0.05,
            key="adm_t_dom",
            help=t("admin.dominate.help"),
        )
        margin = r2.number_input(
            t("admin.margin"),
            0.0,
            1.0,
            remote.unusual_margin,
            0.05,
            key="adm_t_margin",
            help=t("admin.margin.help"),
        )
        known = r3.number_input(
            t("admin.min_known"),
            1,
            1000,
            remote.min_known_authors,
            key="adm_t_known",
            help=t("admin.min_known.help"),
        )
        if st.form_submit_button(t("admin.save"), type="primary"):
            try:
                data.set_thresholds(
                    user,
                    {"watch": watch, "warning": warning, "alert": alert},
                    {"dominate_share": dominate, "unusual_margin": margin, "min_known_authors": int(known)},
                )
                st.success(t("admin.thresholds.saved"))
            except ConfigError as err:
                st.error(t("error.config", detail=str(err)))


_render()
