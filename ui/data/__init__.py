"""The only door from the pages to the data: settings, the store, queries and the audit log.

Reads are cached for `ui.cache_ttl_s` seconds (keyed by the configuration file, so two
deployments in one process never mix); writes clear the caches. Every search and every export
is written to the audit log *before* its result is returned: if the log cannot be written, the
user gets an error instead of data. Store calls run on a small fixed pool of threads.
"""

from ui.data._config import (
    add_channel,
    delete_channel,
    delete_user,
    set_channel_rules,
    set_thresholds,
    upsert_user,
)
from ui.data._core import (
    AuditAction,
    audit,
    audit_log,
    audit_view,
    config_path,
    query_filters,
    refresh,
    settings,
)
from ui.data._places import gazetteer, municipalities, municipality_names, participation, warm_up
from ui.data._records import (
    alert,
    alerts,
    assignable_people,
    briefing_pdf,
    briefings,
    count_documents,
    documents,
    issue,
    issues,
    source_health,
    update_alert,
    week_bounds_utc,
)
from ui.data._search import (
    browse,
    delete_search,
    export_file,
    facet_options,
    rule_hits,
    save_search,
    saved_query,
    saved_searches,
    search,
    set_search_rule,
    significant_terms,
)

__all__ = [
    "AuditAction",
    "add_channel",
    "alert",
    "alerts",
    "assignable_people",
    "audit",
    "audit_log",
    "audit_view",
    "briefing_pdf",
    "briefings",
    "browse",
    "config_path",
    "count_documents",
    "delete_channel",
    "delete_search",
    "delete_user",
    "documents",
    "export_file",
    "facet_options",
    "gazetteer",
    "issue",
    "issues",
    "municipalities",
    "municipality_names",
    "participation",
    "query_filters",
    "refresh",
    "rule_hits",
    "save_search",
    "saved_query",
    "saved_searches",
    "search",
    "set_channel_rules",
    "set_search_rule",
    "set_thresholds",
    "settings",
    "significant_terms",
    "source_health",
    "update_alert",
    "upsert_user",
    "warm_up",
    "week_bounds_utc",
]
