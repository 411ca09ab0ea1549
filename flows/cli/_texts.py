"""Texts of the command line, Danish and English."""

from __future__ import annotations

from flows._i18n import Catalog

TEXTS: Catalog = {
    "error": {"da": "Fejl", "en": "Error"},
    "unexpected": {
        "da": "Uventet fejl ({kind}): {message}. Kør igen med --debug for detaljer.",
        "en": "Unexpected error ({kind}): {message}. Run again with --debug for details.",
    },
    "interrupted": {"da": "Afbrudt.", "en": "Interrupted."},
    "hint.config": {
        "da": "Ret konfigurationen og prøv igen (se docs/operations.md).",
        "en": "Fix the configuration and try again (see docs/operations.md).",
    },
    "done": {"da": "Færdig", "en": "Done"},
    "stage.crawl": {"da": "Henter kilder", "en": "Crawling sources"},
    "stage.enrich": {"da": "Beriger og indekserer", "en": "Enriching and indexing"},
    "stage.eval": {"da": "Evaluerer frø", "en": "Evaluating seeds"},
    "col.level": {"da": "Niveau nu", "en": "Level now"},
    "col.peak": {"da": "Højeste niveau", "en": "Peak level"},
    "state.open": {"da": "åben", "en": "open"},
    "state.closed": {"da": "lukket", "en": "closed"},
    "status.active": {"da": "aktiv", "en": "active"},
    "status.dormant": {"da": "hvilende", "en": "dormant"},
    "status.merged": {"da": "lagt sammen", "en": "merged"},
    "col.label": {"da": "Sag", "en": "Issue"},
    "col.municipality": {"da": "Kommune", "en": "Municipality"},
    "col.score": {"da": "Score", "en": "Score"},
    "col.remote": {"da": "Udefra", "en": "Remote"},
    "col.first_seen": {"da": "Først set", "en": "First seen"},
    "col.state": {"da": "Status", "en": "State"},
    "col.documents": {"da": "Dok.", "en": "Docs"},
    "col.last_seen": {"da": "Sidst set", "en": "Last seen"},
    "col.source": {"da": "Kilde", "en": "Source"},
    "col.kind": {"da": "Type", "en": "Kind"},
    "col.status": {"da": "Status", "en": "Status"},
    "col.last_success": {"da": "Sidst hentet", "en": "Last success"},
    "col.items": {"da": "Emner", "en": "Items"},
    "col.new": {"da": "Nye", "en": "New"},
    "col.errors": {"da": "Fejl", "en": "Errors"},
    "col.last_error": {"da": "Seneste fejl", "en": "Last error"},
    "col.published": {"da": "Udgivet", "en": "Published"},
    "col.platform": {"da": "Platform", "en": "Platform"},
    "col.title": {"da": "Titel / uddrag", "en": "Title / snippet"},
    "never": {"da": "aldrig", "en": "never"},
    "no_alerts": {"da": "Ingen varsler.", "en": "No alerts."},
    "no_issues": {"da": "Ingen sager.", "en": "No issues."},
    "no_hits": {"da": "Ingen træf.", "en": "No hits."},
    "hits": {"da": "{total} træf (viser {shown})", "en": "{total} hits (showing {shown})"},
    "audit_note": {
        "da": "Søgningen er skrevet i revisionsloggen.",
        "en": "The search was written to the audit log.",
    },
    "briefing_written": {"da": "Briefing {id}: {path}", "en": "Briefing {id}: {path}"},
    "demo.generate": {
        "da": "Danner scenarie (frø {seed}, {weeks} uger til {end}) …",
        "en": "Generating the scenario (seed {seed}, {weeks} weeks to {end}) …",
    },
    "demo.serving": {"da": "Demoserver kører på {origin}", "en": "Demo server running at {origin}"},
    "demo.mail": {
        "da": "{count} e-mails modtaget i demo-postkassen: {folder}",
        "en": "{count} e-mails received in the demo mailbox: {folder}",
    },
    "demo.key": {
        "da": "Ingen DEBATRADAR_SECRETS__PSEUDONYM_KEY: demoen bruger en nøgle i {path} (kun til demodata).",
        "en": "No DEBATRADAR_SECRETS__PSEUDONYM_KEY: the demo uses a key in {path} (demo data only).",
    },
    "demo.alerts": {"da": "Varsler fundet i demoen", "en": "Alerts found in the demo"},
    "demo.open_ui": {
        "da": "Åbn brugerfladen: debatradar --config {config} --data-dir {data} ui  (http://localhost:{port})",
        "en": "Open the UI: debatradar --config {config} --data-dir {data} ui  (http://localhost:{port})",
    },
    "demo.users": {
        "da": "Demo-brugere og adgangskoder står i {config}.",
        "en": "Demo users and passwords are listed in {config}.",
    },
    "ui.starting": {
        "da": "Starter brugerfladen på {url} (Ctrl-C stopper)",
        "en": "Starting the UI at {url} (Ctrl-C stops)",
    },
    "serve.starting": {
        "da": "Kører de planlagte flows (Ctrl-C stopper); Atom-feed på {feed}",
        "en": "Running the scheduled flows (Ctrl-C stops); Atom feed at {feed}",
    },
    "serve.api": {"da": "Prefect-brugerflade og API: {url}", "en": "Prefect UI and API: {url}"},
    "eval.title": {"da": "Evaluering på simulerede scenarier", "en": "Evaluation on simulated scenarios"},
}
