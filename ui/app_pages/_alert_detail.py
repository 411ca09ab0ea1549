"""One alert with its evidence and the communication unit's handling of it."""

from __future__ import annotations

import html

import pandas as pd
import streamlit as st

from nlp.detect.remote import OTHER_HOMES
from schema import Alert
from ui import cards, charts, data, fmt
from ui.access import User
from ui.frame import allowed, empty, guard
from ui.i18n import t


def render(alert_id: str, user: User) -> None:
    """The detail view of one alert (`?alert=<id>`)."""
    if st.button(t("alerts.back"), key="al_back", icon=":material/arrow_back:"):
        del st.query_params["alert"]
        st.rerun()
    with guard():
        alert = data.alert(alert_id)
        if alert is None:
            empty("alerts.not_found")
            return
        data.audit_view(user, "view_alert", alert.alert_id)
        names = data.municipality_names()
        _header(alert, names)
        tabs = st.tabs(
            [
                t("alert.tab.growth"),
                t("alert.tab.signals"),
                t("alert.tab.cues"),
                t("alert.tab.documents"),
                t("alert.tab.platforms"),
                t("alert.tab.geography"),
                t("alert.tab.handling"),
            ]
        )
        with tabs[0]:
            _growth(alert)
        with tabs[1]:
            _signals(alert)
        with tabs[2]:
            _cues(alert)
        with tabs[3]:
            _documents(alert)
        with tabs[4]:
            _platforms(alert)
        with tabs[5]:
            _geography(alert, names)
        with tabs[6]:
            _handling(alert, user)


def _header(alert: Alert, names: dict[str, str]) -> None:
    colour = charts.level_colour(alert.level.value)
    st.html(
        f'<div style="display:flex;gap:.6rem;align-items:center"><span style="background:{colour};color:#fff;'
        f'border-radius:.4rem;padding:.1rem .6rem;font-weight:600">{fmt.level_name(alert.level)}</span>'
        f'<span style="font-size:1.6rem;font-weight:700">{_esc(alert.label)}</span></div>'
    )
    where = [names.get(alert.municipality_code or "", alert.municipality_code or t("common.unknown"))]
    if alert.place:
        where.append(alert.place)
    seen = t("alert.seen", first=fmt.moment(alert.first_seen), updated=fmt.moment(alert.updated_at))
    st.caption(
        " · ".join([*where, t(f"alert.state.{alert.state}"), seen]), help=t("alerts.col.first_seen.help")
    )
    cols = st.columns(4)
    cols[0].metric(t("alert.score"), fmt.number(alert.score, 2), help=t("alerts.col.score.help"))
    cols[1].metric(t("alert.peak"), fmt.level_name(alert.peak_level), help=t("alert.peak.help"))
    cols[2].metric(t("alerts.col.remote"), fmt.percent(alert.remote_share), help=t("alerts.col.remote.help"))
    cols[3].metric(t("alert.documents"), fmt.number(len(alert.document_ids)), help=t("alert.documents.help"))


def _growth(alert: Alert) -> None:
    if not alert.evidence.growth:
        empty("alert.no_growth")
        return
    st.altair_chart(charts.growth(alert.evidence.growth), width="stretch")
    st.caption(t("alert.growth.note"))


def _signals(alert: Alert) -> None:
    signals = {t(f"signal.{k}"): v for k, v in alert.evidence.signals.items()}
    if not signals:
        empty("alert.no_signals")
        return
    st.altair_chart(charts.bars(signals, t("alert.signal"), t("alert.signal_value")), width="stretch")
    for key, value in alert.evidence.signals.items():
        name, meaning = t(f"signal.{key}"), t(f"signal.{key}.help")
        st.markdown(f"- **{name}** ({fmt.number(value, 2)}): {meaning}")


def _cues(alert: Alert) -> None:
    if not alert.evidence.cues:
        empty("alert.no_cues")
        return
    frame = pd.DataFrame(
        [
            {"family": fmt.cue_family(c.family), "count": c.count, "example": c.example}
            for c in alert.evidence.cues
        ]
    )
    cc = st.column_config
    st.dataframe(
        frame,
        hide_index=True,
        width="stretch",
        column_config={
            "family": cc.TextColumn(t("alert.cue.family"), help=t("alert.cue.family.help")),
            "count": cc.NumberColumn(t("alert.cue.count"), help=t("alert.cue.count.help")),
            "example": cc.TextColumn(t("alert.cue.example"), width="large"),
        },
    )


def _documents(alert: Alert) -> None:
    docs = alert.evidence.top_documents
    if not docs:
        empty("alert.no_documents")
        return
    st.caption(t("alert.documents.note"))
    st.html(
        cards.render(
            cards.Card(d.title, d.url, d.published_at, d.platform, None, d.author, [d.snippet]) for d in docs
        )
    )


def _platforms(alert: Alert) -> None:
    left, right = st.columns(2)
    platforms = {fmt.platform(k): v for k, v in alert.evidence.platforms.items()}
    with left:
        st.markdown(f"**{t('alert.platforms')}**", help=t("alert.platforms.help"))
        if platforms:
            st.altair_chart(
                charts.bars(platforms, t("alert.platform"), t("chart.documents")), width="stretch"
            )
        else:
            empty("common.no_data")
    with right:
        st.markdown(f"**{t('alert.sources')}**")
        if alert.evidence.sources:
            st.altair_chart(
                charts.bars(alert.evidence.sources, t("alert.source"), t("chart.documents")), width="stretch"
            )
        else:
            empty("common.no_data")


def _geography(alert: Alert, names: dict[str, str]) -> None:
    remote = alert.evidence.remote
    cols = st.columns(4)
    cols[0].metric(
        t("remote.known_authors"), fmt.number(remote.authors_known), help=t("remote.known_authors.help")
    )
    cols[1].metric(
        t("remote.unknown_authors"), fmt.number(remote.authors_unknown), help=t("remote.unknown_authors.help")
    )
    cols[2].metric(t("remote.share"), fmt.percent(remote.remote_share), help=t("remote.share.help"))
    cols[3].metric(
        t("remote.median_distance"), _km(remote.median_distance_km), help=t("remote.median_distance.help")
    )
    if remote.remote_dominated:
        st.warning(t("remote.dominated"), icon=":material/explore:")
    if remote.unusual:
        st.warning(t("remote.unusual"), icon=":material/trending_up:")
    code = alert.municipality_code or ""
    with guard():
        places = data.municipalities()
        left, right = st.columns([3, 2])
        with left:
            if remote.home_municipalities:
                st.altair_chart(charts.homes_map(places, remote.home_municipalities, code), width="stretch")
                st.caption(t("remote.map.note"))
            else:
                empty("remote.no_homes")
        with right:
            if remote.distance_km:
                st.altair_chart(charts.distances(remote.distance_km), width="stretch")
            if remote.regions:
                st.altair_chart(
                    charts.bars(remote.regions, t("chart.region"), t("chart.authors")), width="stretch"
                )
            if remote.home_municipalities:
                top = {
                    t("remote.other") if c == OTHER_HOMES else names.get(c, c): n
                    for c, n in remote.home_municipalities.items()
                }
                st.altair_chart(
                    charts.bars(top, t("chart.municipality"), t("chart.authors"), top=10), width="stretch"
                )


def _handling(alert: Alert, user: User) -> None:
    st.markdown(t("alert.handling.status", by=alert.acknowledged_by or "–", to=alert.assigned_to or "–"))
    if (
        allowed("alert.acknowledge")
        and not alert.acknowledged_by
        and st.button(t("alert.acknowledge"), key="al_ack", type="primary", help=t("alert.acknowledge.help"))
    ):
        with guard():
            data.update_alert(alert.alert_id, user, acknowledge=True)
            st.toast(t("alert.acknowledged"))
            st.rerun()
    if allowed("alert.assign"):
        people = data.assignable_people()
        current = alert.assigned_to or ""
        c1, c2 = st.columns([3, 1], vertical_alignment="bottom")
        if people:
            options = ["", *people] + ([current] if current not in people and current else [])
            who = c1.selectbox(
                t("alert.assign"),
                options,
                index=options.index(current),
                key="al_assign",
                format_func=lambda v: v or t("alert.nobody"),
            )
        else:
            who = c1.text_input(
                t("alert.assign"), value=current, key="al_assign", help=t("alert.assign.help")
            )
        if c2.button(t("alert.assign.button"), key="al_assign_btn", width="stretch") and who != current:
            with guard():
                data.update_alert(alert.alert_id, user, assign_to=who)
                st.toast(t("alert.assigned"))
                st.rerun()
    st.markdown(f"**{t('alert.comments')}**")
    for comment in alert.comments:
        st.text(comment)
    if not alert.comments:
        st.caption(t("alert.no_comments"))
    if allowed("alert.comment"):
        with st.form("al_comment_form", clear_on_submit=True):
            text = st.text_area(
                t("alert.comment"), key="al_comment", max_chars=2000, help=t("alert.comment.help")
            )
            if st.form_submit_button(t("alert.comment.button")) and text.strip():
                with guard():
                    data.update_alert(alert.alert_id, user, comment=text)
                    st.toast(t("alert.commented"))
                    st.rerun()


def _km(value: float | None) -> str:
    return "–" if value is None else f"{fmt.number(value)} km"


def _esc(text: str) -> str:
    return html.escape(text, quote=True)
