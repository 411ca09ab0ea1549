"""Admin: notification channels and their rules (validated, written to debatradar.yaml, audited)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from schema import ConfigError, Level
from schema.settings import EmailChannel, Settings
from ui import data, fmt
from ui.access import User
from ui.frame import first_problem
from ui.i18n import t


def render(settings: Settings, user: User) -> None:
    """The channels with their rules, a form to change a channel's rules, and one to add an e-mail channel."""
    channels = settings.notify.channels
    rows = []
    for c in channels:
        target = (
            ", ".join(c.to)
            if isinstance(c, EmailChannel)
            else t(
                "admin.channel.secret",
                key=c.secret,
                state=t("common.yes") if c.secret in settings.secrets.webhooks else t("common.no"),
            )
        )
        rows.append(
            {
                "name": c.name,
                "kind": c.kind,
                "target": target,
                "min_level": fmt.level_name(c.rules.min_level),
                "mode": t(f"admin.mode.{c.rules.mode}"),
                "municipalities": ", ".join(c.rules.municipalities) or t("common.all"),
                "keywords": ", ".join(c.rules.keywords),
                "quiet": "–"
                if c.rules.quiet_hours is None
                else f"{c.rules.quiet_hours[0]:02d}–{c.rules.quiet_hours[1]:02d}",
                "max": c.rules.max_per_hour,
            }
        )
    cc = st.column_config
    st.dataframe(
        pd.DataFrame(
            rows,
            columns=[
                "name",
                "kind",
                "target",
                "min_level",
                "mode",
                "municipalities",
                "keywords",
                "quiet",
                "max",
            ],
        ),
        hide_index=True,
        width="stretch",
        column_config={
            "name": cc.TextColumn(t("admin.channel.name")),
            "kind": cc.TextColumn(t("admin.channel.kind")),
            "target": cc.TextColumn(t("admin.channel.target"), help=t("admin.channel.target.help")),
            "min_level": cc.TextColumn(t("rules.level"), help=t("admin.channel.min_level.help")),
            "mode": cc.TextColumn(t("admin.channel.mode"), help=t("admin.channel.mode.help")),
            "municipalities": cc.TextColumn(t("search.municipalities")),
            "keywords": cc.TextColumn(t("admin.channel.keywords"), help=t("admin.channel.keywords.help")),
            "quiet": cc.TextColumn(t("admin.channel.quiet"), help=t("admin.channel.quiet.help")),
            "max": cc.NumberColumn(t("admin.channel.max"), help=t("admin.channel.max.help")),
        },
    )
    if channels:
        _edit_rules(settings, user)
    with st.form("adm_new_channel", clear_on_submit=True):
        st.markdown(f"**{t('admin.channel.add')}**")
        c1, c2 = st.columns(2)
        name = c1.text_input(t("admin.channel.name"), key="adm_ch_name")
        to = c2.text_input(t("admin.channel.to"), key="adm_ch_to", help=t("admin.channel.to.help"))
        if st.form_submit_button(t("admin.save")):
            try:
                channel = EmailChannel(
                    name=name.strip(), to=[a.strip() for a in to.replace(";", ",").split(",") if a.strip()]
                )
                data.add_channel(user, channel)
                st.success(t("admin.saved"))
            except ConfigError as err:
                st.error(t("error.config", detail=str(err)))
            except ValueError as err:
                st.error(t("error.config", detail=first_problem(err)))


def _edit_rules(settings: Settings, user: User) -> None:
    by_name = {c.name: c for c in settings.notify.channels}
    chosen = st.selectbox(t("admin.channel.pick"), list(by_name), key="adm_ch_pick")
    rules = by_name[chosen].rules
    with st.form("adm_rules"):
        c1, c2, c3 = st.columns(3)
        level = c1.selectbox(
            t("rules.level"),
            [lv.value for lv in Level],
            index=[lv.value for lv in Level].index(rules.min_level.value),
            format_func=fmt.level_name,
            key=f"adm_r_level_{chosen}",
        )
        mode = c2.selectbox(
            t("admin.channel.mode"),
            ["immediate", "digest"],
            index=["immediate", "digest"].index(rules.mode),
            format_func=lambda m: t(f"admin.mode.{m}"),
            key=f"adm_r_mode_{chosen}",
        )
        per_hour = c3.number_input(
            t("admin.channel.max"), 1, 1000, rules.max_per_hour, key=f"adm_r_max_{chosen}"
        )
        codes = [m.code for m in settings.municipalities]
        names = data.municipality_names()
        munis = st.multiselect(
            t("search.municipalities"),
            codes,
            default=[c for c in rules.municipalities if c in codes],
            format_func=lambda c: names.get(c, c),
            placeholder=t("common.choose"),
            key=f"adm_r_munis_{chosen}",
        )
        keywords = st.text_input(
            t("admin.channel.keywords"),
            ", ".join(rules.keywords),
            key=f"adm_r_kw_{chosen}",
            help=t("admin.channel.keywords.help"),
        )
        quiet = st.toggle(
            t("admin.channel.quiet"),
            value=rules.quiet_hours is not None,
            key=f"adm_r_quiet_{chosen}",
            help=t("admin.channel.quiet.help"),
        )
        q1, q2 = st.columns(2)
        frm, to = rules.quiet_hours or (22, 7)
        q_from = q1.number_input(t("admin.channel.quiet_from"), 0, 23, frm, key=f"adm_r_qf_{chosen}")
        q_to = q2.number_input(t("admin.channel.quiet_to"), 0, 23, to, key=f"adm_r_qt_{chosen}")
        if st.form_submit_button(t("admin.save"), type="primary"):
            new = {
                "min_level": level,
                "mode": mode,
                "max_per_hour": int(per_hour),
                "municipalities": munis,
                "keywords": [k.strip() for k in keywords.split(",") if k.strip()],
                "quiet_hours": [int(q_from), int(q_to)] if quiet else None,
            }
            try:
                data.set_channel_rules(user, chosen, new)
                st.success(t("admin.saved"))
            except ConfigError as err:
                st.error(t("error.config", detail=str(err)))
    if st.button(t("admin.channel.delete", name=chosen), key="adm_ch_del"):
        data.delete_channel(user, chosen)
        st.success(t("admin.saved"))
        st.rerun()
