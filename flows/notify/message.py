"""What a notification says, independent of the channel that carries it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal
from zoneinfo import ZoneInfo

from flows._i18n import Language, level_name, percent, tr
from flows._names import municipality_name
from flows.notify._texts import TEXTS
from schema import Alert, Level
from schema.settings import Settings
from ui import alert_link

ChangeKind = Literal["new", "level_up", "closed", "search"]

#: colours of the levels (also used by Teams and Slack attachments)
LEVEL_COLOURS = {Level.WATCH: "#2f6f9f", Level.WARNING: "#c98a00", Level.ALERT: "#b3261e"}


@dataclass(frozen=True)
class Example:
    """A document cited as evidence: title or snippet, platform and link."""

    text: str
    platform: str
    url: str


@dataclass(frozen=True)
class Message:
    """One notification in one language: subject, facts, examples and a link."""

    subject: str
    headline: str
    intro: str
    level: Level | None
    facts: list[tuple[str, str]]
    link: str
    link_label: str
    footer: str
    notes: list[str] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)
    examples_title: str = ""
    language: Language = "da"

    @property
    def colour(self) -> str:
        """Hex colour of the level (neutral grey without one)."""
        return LEVEL_COLOURS.get(self.level, "#555555") if self.level else "#555555"

    def plain_text(self) -> str:
        """The message as plain text (the e-mail's text part, the webhooks' fallback)."""
        lines = [self.headline, "", self.intro, ""]
        lines += [f"{label}: {value}" for label, value in self.facts]
        lines += ["", *self.notes] if self.notes else []
        if self.examples:
            lines += ["", f"{self.examples_title}:"]
            lines += [f"- {ex.text} ({ex.platform}) {ex.url}" for ex in self.examples]
        lines += ["", f"{self.link_label}: {self.link}", "", self.footer]
        return "\n".join(lines)


def local_time(moment: datetime, settings: Settings) -> str:
    """A time as 'YYYY-MM-DD HH:MM' in the configured time zone."""
    return moment.astimezone(ZoneInfo(settings.flows.timezone)).strftime("%Y-%m-%d %H:%M")


def alert_message(
    alert: Alert, kind: ChangeKind, settings: Settings, lang: Language, channel: str
) -> Message:
    """The message for one alert change (new, level raised or closed)."""
    level = alert.peak_level  # a change is news about the level the episode reached
    where = municipality_name(alert.municipality_code, settings) or tr(TEXTS, "unknown_municipality", lang)
    remote = alert.evidence.remote
    facts = [(tr(TEXTS, "fact.level", lang), level_name(level, lang))]
    if alert.level != level and kind != "closed":
        facts.append((tr(TEXTS, "fact.level_now", lang), level_name(alert.level, lang)))
    facts.append((tr(TEXTS, "fact.municipality", lang), where))
    if alert.place:
        facts.append((tr(TEXTS, "fact.place", lang), alert.place))
    facts += [
        (tr(TEXTS, "fact.score", lang), f"{alert.score:.2f}".replace(".", "," if lang == "da" else ".")),
        (tr(TEXTS, "fact.first_seen", lang), local_time(alert.first_seen, settings)),
        (tr(TEXTS, "fact.documents", lang), str(len(alert.document_ids))),
        (
            tr(TEXTS, "fact.remote_share", lang),
            tr(
                TEXTS,
                "fact.remote_detail",
                lang,
                share=percent(remote.remote_share, lang),
                remote=remote.authors_remote,
                known=remote.authors_known,
            ),
        ),
    ]
    if alert.evidence.platforms:
        platforms = sorted(alert.evidence.platforms.items(), key=lambda kv: (-kv[1], kv[0]))
        facts.append((tr(TEXTS, "fact.platforms", lang), ", ".join(f"{p} ({n})" for p, n in platforms)))
    if alert.evidence.cues:
        cues = sorted(alert.evidence.cues, key=lambda c: -c.count)[:4]
        facts.append((tr(TEXTS, "fact.cues", lang), ", ".join(f"{c.example} ({c.count})" for c in cues)))
    notes = [tr(TEXTS, "remote_dominated", lang)] if remote.remote_dominated else []
    examples = [
        Example(text=(doc.title or doc.snippet)[:160], platform=doc.platform, url=doc.url)
        for doc in alert.evidence.top_documents[:3]
    ]
    values = {"label": alert.label, "level": level_name(level, lang), "municipality": where}
    return Message(
        subject=tr(TEXTS, f"subject.{kind}", lang, **values),
        headline=tr(TEXTS, f"headline.{kind}", lang, **values),
        intro=tr(TEXTS, f"intro.{kind}", lang, **values),
        level=level,
        facts=facts,
        notes=notes,
        examples=examples,
        examples_title=tr(TEXTS, "evidence", lang),
        link=alert_link(settings, alert.alert_id),
        link_label=tr(TEXTS, "open", lang),
        footer=tr(TEXTS, "footer", lang, channel=channel),
        language=lang,
    )


def search_message(
    name: str,
    query: str,
    hits: int,
    hours: int,
    level: Level,
    settings: Settings,
    lang: Language,
    channel: str,
) -> Message:
    """The message for a saved search whose rule fired."""
    values = {"name": name, "count": hits, "hours": hours}
    return Message(
        subject=tr(TEXTS, "subject.search", lang, **values),
        headline=tr(TEXTS, "headline.search", lang, **values),
        intro=tr(TEXTS, "intro.search", lang, **values),
        level=level,
        facts=[
            (tr(TEXTS, "fact.level", lang), level_name(level, lang)),
            (tr(TEXTS, "fact.query", lang), query or "*"),
            (tr(TEXTS, "fact.hits", lang), str(hits)),
        ],
        link=f"{settings.notify.public_base_url.rstrip('/')}/search",
        link_label=tr(TEXTS, "open", lang),
        footer=tr(TEXTS, "footer", lang, channel=channel),
        language=lang,
    )


def digest_message(parts: list[Message], settings: Settings, lang: Language, channel: str) -> Message:
    """Several messages collected into one (digest mode, quiet hours or the rate limit)."""
    top = max((m.level for m in parts if m.level), key=lambda lv: lv.rank, default=None)
    return Message(
        subject=tr(TEXTS, "subject.digest", lang, count=len(parts)),
        headline=tr(TEXTS, "headline.digest", lang),
        intro=tr(TEXTS, "intro.digest", lang),
        level=top,
        facts=[],
        examples=[
            Example(text=m.headline, platform=level_name(m.level, lang) if m.level else "", url=m.link)
            for m in parts
        ],
        examples_title=tr(TEXTS, "changes", lang),
        link=f"{settings.notify.public_base_url.rstrip('/')}/alerts",
        link_label=tr(TEXTS, "open", lang),
        footer=tr(TEXTS, "footer", lang, channel=channel),
        language=lang,
    )
