"""Danish and English texts of notifications."""

from __future__ import annotations

from flows._i18n import Catalog

TEXTS: Catalog = {
    "subject.new": {"da": "[Debatradar] {level}: {label}", "en": "[Debatradar] {level}: {label}"},
    "subject.level_up": {
        "da": "[Debatradar] Niveau hævet til {level}: {label}",
        "en": "[Debatradar] Level raised to {level}: {label}",
    },
    "subject.closed": {"da": "[Debatradar] Afsluttet: {label}", "en": "[Debatradar] Closed: {label}"},
    "subject.search": {
        "da": "[Debatradar] Gemt søgning: {count} nye træf for »{name}«",
        "en": "[Debatradar] Saved search: {count} new hits for “{name}”",
    },
    "subject.digest": {
        "da": "[Debatradar] Samlet oversigt: {count} ændringer",
        "en": "[Debatradar] Digest: {count} changes",
    },
    "headline.new": {
        "da": "Ny mobilisering: {label}",
        "en": "New mobilisation: {label}",
    },
    "headline.level_up": {
        "da": "Mobiliseringen vokser: {label}",
        "en": "The mobilisation is growing: {label}",
    },
    "headline.closed": {
        "da": "Mobiliseringen er stilnet af: {label}",
        "en": "The mobilisation has died down: {label}",
    },
    "headline.search": {"da": "Gemt søgning: {name}", "en": "Saved search: {name}"},
    "headline.digest": {"da": "Samlet oversigt fra Debatradar", "en": "Digest from Debatradar"},
    "intro.new": {
        "da": "Debatradar har registreret en lokal sag, der mobiliserer borgere i {municipality}.",
        "en": "Debatradar has registered a local issue that is mobilising people in {municipality}.",
    },
    "intro.level_up": {
        "da": "Sagen i {municipality} er steget til niveauet {level}.",
        "en": "The issue in {municipality} has risen to the level {level}.",
    },
    "intro.closed": {
        "da": "Sagen i {municipality} har været stille i nogle dage, og forløbet er afsluttet.",
        "en": "The issue in {municipality} has been quiet for some days and the episode is closed.",
    },
    "intro.search": {
        "da": "{count} nye dokumenter matcher den gemte søgning »{name}« de seneste {hours} timer.",
        "en": "{count} new documents match the saved search “{name}” in the last {hours} hours.",
    },
    "intro.digest": {
        "da": "Her er de ændringer, der er samlet op siden sidste besked.",
        "en": "These are the changes collected since the last message.",
    },
    "fact.level": {"da": "Niveau", "en": "Level"},
    "fact.level_now": {"da": "Niveau lige nu", "en": "Level right now"},
    "fact.municipality": {"da": "Kommune", "en": "Municipality"},
    "fact.place": {"da": "Sted", "en": "Place"},
    "fact.score": {"da": "Score", "en": "Score"},
    "fact.first_seen": {"da": "Først set", "en": "First seen"},
    "fact.documents": {"da": "Dokumenter", "en": "Documents"},
    "fact.remote_share": {"da": "Andel deltagere udefra", "en": "Share of remote participants"},
    "fact.remote_detail": {
        "da": "{share} ({remote} af {known} med kendt bopæl)",
        "en": "{share} ({remote} of {known} with a known home)",
    },
    "fact.platforms": {"da": "Platforme", "en": "Platforms"},
    "fact.cues": {"da": "Opfordringer til handling", "en": "Calls to action"},
    "fact.query": {"da": "Søgning", "en": "Query"},
    "fact.hits": {"da": "Nye træf", "en": "New hits"},
    "remote_dominated": {
        "da": "Flertallet af deltagerne med kendt bopæl bor uden for kommunen.",
        "en": "Most participants with a known home live outside the municipality.",
    },
    "changes": {"da": "Ændringer", "en": "Changes"},
    "evidence": {"da": "Eksempler fra debatten", "en": "Examples from the debate"},
    "open": {"da": "Åbn i Debatradar", "en": "Open in Debatradar"},
    "footer": {
        "da": "Sendt af Debatradar til kanalen »{channel}«. Forfattere er pseudonymiseret.",
        "en": "Sent by Debatradar to the channel “{channel}”. Authors are pseudonymised.",
    },
    "unknown_municipality": {"da": "ukendt kommune", "en": "unknown municipality"},
    "feed.title": {"da": "Debatradar – varsler", "en": "Debatradar – alerts"},
    "feed.subtitle": {
        "da": "Lokale sager, der mobiliserer borgere, med niveau og andel deltagere udefra.",
        "en": "Local issues that mobilise people, with level and share of remote participants.",
    },
    "feed.entry": {"da": "{level}: {label}", "en": "{level}: {label}"},
    "feed.closed": {"da": "Afsluttet: {label}", "en": "Closed: {label}"},
}
