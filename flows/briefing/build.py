"""Build, archive and send a weekly briefing."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from flows._i18n import Language, number, percent, tr
from flows.briefing._texts import TEXTS
from flows.briefing.collect import collect
from flows.briefing.render import briefing_summary, briefing_title, render_html, render_pdf
from flows.briefing.week import IsoWeek
from flows.notify.email import Attachment, build_email, message_html, send_email
from flows.notify.message import Message
from index import Store
from schema import Briefing
from schema.settings import Settings
from ui import briefing_link


def briefing_pdf_path(settings: Settings, briefing_id: str) -> Path:
    """Where a briefing's PDF lives: data_dir/briefings/<week>-<lang>.pdf."""
    return settings.data_dir / "briefings" / f"{briefing_id}.pdf"


def build_briefing(
    store: Store,
    settings: Settings,
    week: IsoWeek,
    lang: Language,
    now: datetime,
    centroids: dict[str, tuple[float, float, str]] | None = None,
) -> Briefing:
    """Collect, render (HTML + PDF), write the PDF and archive the briefing in the store.

    Building the same week again replaces the earlier briefing (same id, same file).
    """
    data = collect(store, settings, week, lang, now, centroids)
    html = render_html(data, settings.flows.timezone)
    briefing_id = f"{week}-{lang}"
    path = briefing_pdf_path(settings, briefing_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(render_pdf(html))
    tmp.replace(path)
    briefing = Briefing(
        briefing_id=briefing_id,
        week=str(week),
        language=lang,
        generated_at=now,
        title=briefing_title(data),
        summary=briefing_summary(data),
        html=html,
        pdf_path=str(path.relative_to(settings.data_dir)),
        figures={f.key: float(f.value) for f in data.figures if f.value is not None},
        issue_ids=[r.issue_id for r in data.issues],
        alert_ids=[m.alert_id for m in data.mobilisations],
    )
    store.put_briefing(briefing)
    return briefing


def send_briefing(settings: Settings, briefing: Briefing) -> int:
    """E-mail the briefing with its PDF to ``notify.briefing_recipients``; returns how many recipients."""
    recipients = settings.notify.briefing_recipients
    if not recipients:
        return 0
    lang: Language = briefing.language
    week = briefing.week.split("-W")[1].lstrip("0")
    link = briefing_link(settings, briefing.briefing_id)
    facts = [
        (
            tr(TEXTS, f"figure.{key}", lang),
            percent(value, lang) if key == "remote_share" else number(value, lang),
        )
        for key, value in briefing.figures.items()
    ]
    message = Message(
        subject=tr(TEXTS, "email.subject", lang, week=week),
        headline=briefing.title,
        intro=briefing.summary,
        level=None,
        facts=facts,
        link=link,
        link_label=tr(TEXTS, "email.open", lang),
        footer=tr(TEXTS, "privacy", lang),
        language=lang,
    )
    text = tr(TEXTS, "email.body", lang, week=week, summary=briefing.summary, link=link)
    pdf = (settings.data_dir / briefing.pdf_path).read_bytes() if briefing.pdf_path else None
    attachments = [Attachment(f"debatradar-{briefing.briefing_id}.pdf", pdf)] if pdf else []
    mail = build_email(
        settings.notify.smtp.sender, recipients, message.subject, text, message_html(message), attachments
    )
    send_email(settings, mail)
    return len(recipients)
