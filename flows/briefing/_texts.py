"""Danish and English texts of the weekly briefing."""

from __future__ import annotations

from flows._i18n import Catalog

TEXTS: Catalog = {
    "title": {"da": "Ugebriefing uge {week}, {year}", "en": "Weekly briefing, week {week} {year}"},
    "subtitle": {
        "da": "Den lokale offentlige debat i {places}, {start}–{end}",
        "en": "The local public debate in {places}, {start} to {end}",
    },
    "generated": {"da": "Dannet {at} af Debatradar", "en": "Generated {at} by Debatradar"},
    "section.summary": {"da": "Ugen kort", "en": "The week in brief"},
    "section.issues": {
        "da": "Ugens mest omtalte lokale sager",
        "en": "The week's most discussed local issues",
    },
    "section.mobilisations": {"da": "Aktive og nye mobiliseringer", "en": "Active and new mobilisations"},
    "section.remote": {"da": "Deltagere udefra", "en": "Remote participation"},
    "section.actors": {"da": "Offentlige aktører", "en": "Public actors"},
    "section.watch": {"da": "Hold øje med i næste uge", "en": "What to watch next week"},
    "figure.documents": {"da": "Indlæg i debatten", "en": "Posts in the debate"},
    "figure.authors": {"da": "Forskellige deltagere", "en": "Distinct participants"},
    "figure.active_issues": {"da": "Aktive sager", "en": "Active issues"},
    "figure.alerts_open": {"da": "Aktive mobiliseringer", "en": "Active mobilisations"},
    "figure.alerts_new": {"da": "Nye mobiliseringer", "en": "New mobilisations"},
    "figure.remote_share": {"da": "Andel deltagere udefra", "en": "Share of remote participants"},
    "previous": {"da": "forrige uge: {value}", "en": "previous week: {value}"},
    "col.issue": {"da": "Sag", "en": "Issue"},
    "col.municipality": {"da": "Kommune", "en": "Municipality"},
    "col.documents": {"da": "Indlæg", "en": "Posts"},
    "col.change": {"da": "Ændring", "en": "Change"},
    "col.authors": {"da": "Deltagere", "en": "Participants"},
    "col.remote": {"da": "Udefra", "en": "Remote"},
    "col.known": {"da": "Kendt bopæl", "en": "Known home"},
    "col.level": {"da": "Niveau", "en": "Level"},
    "col.score": {"da": "Score", "en": "Score"},
    "col.first_seen": {"da": "Først set", "en": "First seen"},
    "col.actor": {"da": "Aktør", "en": "Actor"},
    "col.type": {"da": "Type", "en": "Type"},
    "new": {"da": "ny", "en": "new"},
    "actor.politician": {"da": "politiker", "en": "politician"},
    "actor.organisation": {"da": "organisation", "en": "organisation"},
    "actor.media": {"da": "medie", "en": "media"},
    "actor.authority": {"da": "myndighed", "en": "authority"},
    "actor.citizen": {"da": "borger", "en": "citizen"},
    "actor.unknown": {"da": "ukendt", "en": "unknown"},
    "closed": {"da": "afsluttet", "en": "closed"},
    "cues": {"da": "Opfordringer", "en": "Calls to action"},
    "platforms": {"da": "Platforme", "en": "Platforms"},
    "evidence": {"da": "Eksempler", "en": "Examples"},
    "chart.trend": {
        "da": "Indlæg pr. uge for ugens fem mest omtalte sager",
        "en": "Posts per week for the week's five most discussed issues",
    },
    "chart.map": {
        "da": "Hvor deltagerne bor (kommuner, cirkelstørrelse = antal deltagere; ruder = sagens kommune)",
        "en": "Where participants live (circle size = participants; diamond = the issue's municipality)",
    },
    "remote.row": {
        "da": "{label}: {share} af {known} deltagere med kendt bopæl bor uden for {municipality}.",
        "en": "{label}: {share} of {known} participants with a known home live outside {municipality}.",
    },
    "remote.none": {
        "da": "Ingen af ugens sager havde deltagere med kendt bopæl.",
        "en": "None of the week's issues had participants with a known home.",
    },
    "none.issues": {
        "da": "Ingen lokale sager med indlæg i ugen.",
        "en": "No local issues with posts this week.",
    },
    "none.mobilisations": {
        "da": "Ingen aktive mobiliseringer i ugen.",
        "en": "No active mobilisations this week.",
    },
    "none.actors": {
        "da": "Ingen offentlige aktører fra listen deltog eller blev nævnt i ugen.",
        "en": "No public actors on the list took part or were named this week.",
    },
    "none.watch": {"da": "Intet særligt at holde øje med.", "en": "Nothing in particular to watch."},
    "watch.rising": {
        "da": "Indlæg steg fra {before} til {after} på en uge, uden varsel endnu.",
        "en": "Posts rose from {before} to {after} in a week, with no alert yet.",
    },
    "watch.open": {
        "da": "Stadig aktiv på niveauet {level} (score {score}).",
        "en": "Still active at the level {level} (score {score}).",
    },
    "watch.terms": {"da": "Nye ord i debatten: {terms}.", "en": "New words in the debate: {terms}."},
    "actors.note": {
        "da": "Kun personer og organisationer på listen over offentlige aktører vises med navn.",
        "en": "Only persons and organisations on the list of public actors are shown by name.",
    },
    "summary.lead": {
        "da": "{documents} indlæg om {issues} aktive sager, {change} i forhold til ugen før.",
        "en": "{documents} posts about {issues} active issues, {change} compared with the week before.",
    },
    "summary.mobilisations": {
        "da": "{count} mobiliseringer var aktive, heraf {new} nye.",
        "en": "{count} mobilisations were active, {new} of them new.",
    },
    "summary.top": {
        "da": "Mest omtalt: {label} ({documents} indlæg).",
        "en": "Most discussed: {label} ({documents} posts).",
    },
    "summary.remote": {
        "da": "{share} af deltagerne med kendt bopæl kom udefra.",
        "en": "{share} of participants with a known home were from elsewhere.",
    },
    "week_short": {"da": "U{week}", "en": "W{week}"},
    "page": {"da": "Side", "en": "Page"},
    "privacy": {
        "da": "Forfattere er pseudonymiseret; kun offentlige aktører nævnes ved navn.",
        "en": "Authors are pseudonymised; only public actors are named.",
    },
    "email.subject": {
        "da": "Debatradar: ugebriefing uge {week}",
        "en": "Debatradar: weekly briefing week {week}",
    },
    "email.open": {"da": "Læs briefingen i Debatradar", "en": "Read the briefing in Debatradar"},
    "email.body": {
        "da": "Ugebriefingen for uge {week} er vedhæftet som PDF.\n\n{summary}\n\n"
        "Læs den i Debatradar: {link}",
        "en": "The weekly briefing for week {week} is attached as a PDF.\n\n{summary}\n\n"
        "In Debatradar: {link}",
    },
}
