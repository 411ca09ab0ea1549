"""English texts of the app."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # frame
    "app.name": "Debatradar",
    "app.language": "Language",
    "app.signed_in_as": "Signed in as {name} ({roles})",
    "app.refresh": "Refresh",
    "app.refresh_help": (
        "Fetch the latest figures from the index instead of waiting for the next automatic refresh."
    ),
    "app.privacy_note": "Authors are shown as pseudonyms only. Every search and export is logged.",
    "nav.alerts": "Alerts",
    "nav.search": "Search",
    "nav.issues": "Issues",
    "nav.remote": "Remote participation",
    "nav.briefings": "Weekly briefing",
    "nav.sources": "Sources",
    "nav.admin": "Administration",
    "role.communication": "communication",
    "role.analyst": "analyst",
    "role.leadership": "leadership",
    "role.admin": "administrator",
    # login
    "login.title": "Sign in",
    "login.tagline": "Early notice, with evidence, when a local issue starts to mobilise.",
    "login.username": "Username",
    "login.password": "Password",
    "login.submit": "Sign in",
    "login.failed": "Wrong username or password.",
    "login.locked": (
        "Too many failed attempts. Close the tab and try again later, or contact the administrator."
    ),
    "login.no_users": (
        "There are no users in the configuration (ui.users). An administrator must create at least one."
    ),
    "login.oidc": "Sign in with your municipality account",
    "login.no_role": (
        "You are signed in but have no Debatradar role (the claim '{claim}' is missing). Ask the "
        "administrator to assign you a role."
    ),
    "login.logout": "Sign out",
    "login.privacy": (
        "Debatradar follows the public debate, not individuals. Authors are pseudonyms, and every search "
        "and export is written to an audit log."
    ),
    # common
    "chart.week_n": "week {n}",
    "common.choose": "Choose …",
    "alert.state.open": "Open",
    "alert.state.closed": "Closed",
    "issue.status.active": "Active",
    "issue.status.dormant": "Dormant",
    "issue.status.merged": "Merged",
    "common.all": "All",
    "common.yes": "Yes",
    "common.no": "No",
    "common.unknown": "Unknown",
    "common.no_data": "No data yet.",
    # levels
    "level.watch": "Watch",
    "level.warning": "Warning",
    "level.alert": "Alert",
    "level.watch.help": (
        "Open issues at level 'Watch': an issue grows more than usual, but without clear mobilisation yet."
    ),
    "level.warning.help": (
        "Open issues at level 'Warning': several mobilisation signals at once. Follow daily."
    ),
    "level.alert.help": (
        "Open issues at level 'Alert': an issue is mobilising strongly right now. Needs action."
    ),
    # platforms, kinds, languages
    "platform.news": "News",
    "platform.letters": "Letters to the editor",
    "platform.consultation": "Consultation answers",
    "platform.council": "Council",
    "platform.reddit": "Reddit",
    "platform.mastodon": "Mastodon",
    "platform.bluesky": "Bluesky",
    "platform.facebook": "Facebook",
    "platform.x": "X",
    "platform.other": "Other",
    "kind.news_feed": "News feed",
    "kind.news_sitemap": "News sitemap",
    "kind.reddit": "Reddit",
    "kind.mastodon": "Mastodon",
    "kind.bluesky": "Bluesky",
    "kind.html_listing": "Web listing",
    "kind.file_import": "File import",
    "lang.da": "Danish",
    "lang.nb": "Norwegian (Bokmål)",
    "lang.nn": "Norwegian (Nynorsk)",
    "lang.sv": "Swedish",
    "lang.en": "English",
    "lang.de": "German",
    "lang.und": "unknown language",
    # calls to action
    "cue.petition": "Petition",
    "cue.sign": "Sign",
    "cue.share": "Share the post",
    "cue.show_up": "Show up",
    "cue.demonstration": "Demonstration",
    "cue.public_meeting": "Public meeting",
    "cue.consultation": "Consultation answer",
    "cue.protest": "Protest",
    "cue.save_stop": "Save/keep/stop/no to",
    "cue.contact": "Contact decision-makers",
    "cue.hashtag": "Campaign hashtag",
    "cue.petition_link": "Link to a petition",
    "cue.event_link": "Link to an event",
    # signals
    "signal.burst": "Sudden growth",
    "signal.burst.help": "how far the number of posts is above the issue's own usual level.",
    "signal.authors": "New participants",
    "signal.authors.help": "growth in distinct authors and the share who never wrote about the issue before.",
    "signal.calls_to_action": "Calls to action",
    "signal.calls_to_action.help": (
        "how densely the posts call to action: 'sign', 'show up', links to petitions."
    ),
    "signal.narrowness": "Narrow issue",
    "signal.narrowness.help": "how concentrated the debate is on one place or object.",
    "signal.spread": "Spread",
    "signal.spread.help": "how many platforms and sources the issue has reached.",
    "signal.coordination": "Coordination",
    "signal.coordination.help": (
        "many near-identical texts in a short time (copied letters or consultation answers)."
    ),
    # home signals
    "home.profile_location": "Profile location",
    "home.signature": "Signature (Name, Town)",
    "home.postcode": "Postcode",
    "home.self_reference": "Self-reference ('here in …')",
    "home.geotag": "Geotag",
    "home.community": "Community (e.g. r/Aarhus)",
    "home.source_home": "Source's area",
    # errors
    "error.not_logged_in": "You are not signed in.",
    "error.forbidden": "Your role does not give access to this page.",
    "error.store_down": (
        "The index cannot be reached right now, so no data can be shown. Nothing is lost: new posts wait "
        "safely and are indexed when it runs again. Try again shortly, or contact operations."
    ),
    "error.store": "Data could not be read from the index: {detail} Try again, or contact operations.",
    "error.query": "The search could not be run: {detail} Correct the query and try again.",
    "error.config": "The configuration is not valid: {detail}",
    "error.generic": "Something went wrong: {detail}",
    "error.unexpected": (
        "An unexpected error occurred. The page keeps running; the error is in the server log."
    ),
    # documents
    "docs.untitled": "(untitled)",
    "docs.author": "by {author}",
    "docs.no_author": "no author",
    # charts
    "chart.day": "Day",
    "chart.week": "Week",
    "chart.from": "From",
    "chart.count": "Count",
    "chart.documents": "Posts",
    "chart.authors": "Authors",
    "chart.issue": "Issue",
    "chart.municipality": "Municipality",
    "chart.region": "Region",
    # alerts page
    "alerts.help": (
        "An alert is raised when a local issue starts to mobilise: many new participants, calls to action"
        " and fast growth. The level follows the issue as it grows and dies down."
    ),
    "alerts.intro": "Issues mobilising right now – newest first. Choose an alert to see the evidence.",
    "alerts.unacknowledged": "Not acknowledged",
    "alerts.unacknowledged.help": "Open alerts nobody in the communication unit has acknowledged yet.",
    "alerts.state": "State",
    "alerts.state.open": "Open",
    "alerts.state.closed": "Closed",
    "alerts.state.all": "All",
    "alerts.min_level": "At least level",
    "alerts.min_level.help": "Show only alerts at this level or higher.",
    "alerts.municipality": "Municipality",
    "alerts.only_unacknowledged": "Only not acknowledged",
    "alerts.only_mine": "Only assigned to me",
    "alerts.empty": "No alerts match the filters. That is good news: no local issue is mobilising right now.",
    "alerts.not_found": "The alert does not exist (any more). Go back to the list.",
    "alerts.table_note": "{shown} alerts. Click a column heading to sort.",
    "alert.seen": "first seen {first}, updated {updated}",
    "alerts.table_note.one": "1 alert. Click a column heading to sort.",
    "alerts.col.level": "Level",
    "alerts.col.level.help": (
        "Watch < Warning < Alert. The thresholds are in the configuration (detection.levels)."
    ),
    "alerts.col.label": "Issue",
    "alerts.col.label.help": "The issue's name: its main words and place, found automatically.",
    "alerts.col.municipality": "Municipality",
    "alerts.col.place": "Place",
    "alerts.col.growth": "Growth (14 days)",
    "alerts.col.growth.help": "Posts per day over the last 14 days.",
    "alerts.col.remote": "Remote participation",
    "alerts.col.remote.help": (
        "The share of authors with a known home who live outside the municipality. Shown only when enough"
        " authors' homes are known."
    ),
    "alerts.col.score": "Score",
    "alerts.col.score.help": (
        "Overall mobilisation score from 0 to 1: a weighted average of the signals (growth, new "
        "participants, calls to action, narrowness, spread, coordination)."
    ),
    "alerts.col.first_seen": "First seen",
    "alerts.col.first_seen.help": "When the episode started (first day above 'Watch').",
    "alerts.col.updated": "Updated",
    "alerts.col.state": "State",
    "alerts.col.handled": "Acknowledged by",
    "alerts.col.handled.help": "Who in the communication unit has seen and acknowledged the alert.",
    "alerts.col.assigned": "Assigned",
    "alerts.open": "Open an alert",
    "alerts.open.placeholder": "Choose an alert …",
    "alerts.back": "Back to the list",
    "alerts.rules": "Rules from saved searches",
    "alerts.rules.help": (
        "Analysts can turn a saved search into a rule: it fires when at least a number of new posts match"
        " within a time window."
    ),
    "rules.col.name": "Rule",
    "rules.col.owner": "Created by",
    "rules.col.hits": "New posts",
    "rules.col.hits.help": "Posts matching the search within the rule's window.",
    "rules.col.threshold": "Threshold",
    "rules.col.threshold.help": "This many new posts are needed before the rule fires.",
    "rules.col.window": "Window (hours)",
    "rules.col.window.help": "How far back new posts are counted.",
    "rules.col.fired": "Fired",
    "rules.level": "Level",
    "rules.channels": "Channels",
    "rules.channels.help": "Where the rule's message is sent. Empty means all channels.",
    # alert detail
    "alert.tab.growth": "Growth",
    "alert.tab.signals": "Signals",
    "alert.tab.cues": "Calls to action",
    "alert.tab.documents": "Posts",
    "alert.tab.platforms": "Platforms",
    "alert.tab.geography": "Geography",
    "alert.tab.handling": "Handling",
    "alert.score": "Score",
    "alert.peak": "Highest level",
    "alert.peak.help": "The highest level the issue has reached in this episode.",
    "alert.updated.help": "When the alert was last computed.",
    "alert.documents": "Posts",
    "alert.documents.help": "Number of posts in the episode.",
    "alert.no_growth": "There is no growth curve for this alert yet.",
    "alert.growth.note": "Posts and distinct authors per day in the episode.",
    "alert.no_signals": "No signals are stored for this alert.",
    "alert.signal": "Signal",
    "alert.signal_value": "Strength (0–1)",
    "alert.no_cues": "No calls to action were found.",
    "alert.cue.family": "Kind",
    "alert.cue.family.help": "What kind of call to action (e.g. 'sign' or 'show up').",
    "alert.cue.count": "Count",
    "alert.cue.count.help": "How often this kind of call to action was found.",
    "alert.cue.example": "Example",
    "alert.no_documents": "There are no posts to show.",
    "alert.documents.note": (
        "The most central posts of the episode. Authors are shown as pseudonyms unless they are public "
        "actors."
    ),
    "alert.platforms": "Platforms",
    "alert.platforms.help": "Where the posts were written. The more platforms, the broader the mobilisation.",
    "alert.platform": "Platform",
    "alert.sources": "Sources",
    "alert.source": "Source",
    "alert.handling.status": "Acknowledged by: **{by}** · Assigned to: **{to}**",
    "alert.acknowledge": "Acknowledge",
    "alert.acknowledge.help": "Mark that the communication unit has seen the alert.",
    "alert.acknowledged": "The alert is acknowledged.",
    "alert.assign": "Assign to",
    "alert.assign.help": "Name of whoever follows the issue.",
    "alert.assign.button": "Assign",
    "alert.assigned": "The alert is assigned.",
    "alert.nobody": "(nobody)",
    "alert.comments": "Comments",
    "alert.no_comments": "No comments yet.",
    "alert.comment": "New comment",
    "alert.comment.help": "Comments are kept on the alert and seen by everyone with access to alerts.",
    "alert.comment.button": "Add comment",
    "alert.commented": "The comment is saved.",
    # search page
    "search.help": (
        "Search everything written about a matter. The search understands Danish inflection: 'vindmøller'"
        " also finds 'vindmøllen'."
    ),
    "search.intro": "Search, filter and export. Every search and export is written to the audit log.",
    "search.query": "Query",
    "search.placeholder": 'e.g.  skole + lukning -budget  or  "bevar træerne"',
    "search.syntax": (
        "**Query syntax**\n\n- `skole lukning`: both words (or their inflections)\n- `skole | børnehave`: "
        'either word\n- `-budget`: without the word\n- `"bevar træerne"`: exact phrase\n- `vindmø*`: words '
        "starting so\n- parentheses group: `(skole | institution) + lukning`"
    ),
    "search.submit": "Search",
    "search.period": "Period",
    "search.period.help": "Publication date (Danish time). Empty means the whole period.",
    "search.platforms": "Platforms",
    "search.municipalities": "Municipalities",
    "search.sources": "Sources",
    "search.issues": "Issues",
    "search.cues": "Calls to action",
    "search.cues.help": "Only posts with this kind of call to action.",
    "search.languages": "Languages",
    "search.sort": "Sort",
    "search.sort.relevance": "Most relevant",
    "search.sort.newest": "Newest first",
    "search.sort.oldest": "Oldest first",
    "search.interval": "Timeline per",
    "search.interval.day": "Day",
    "search.interval.week": "Week",
    "search.interval.month": "Month",
    "search.start": (
        "Type a query or choose filters, then press Search. Without a query the newest posts matching the"
        " filters are shown."
    ),
    "search.total": "{total} posts",
    "search.total.help": "All posts matching the query and filters.",
    "search.took": "The search took {ms} ms.",
    "search.none": "No posts match. Try fewer words, a wider period or fewer filters.",
    "search.previous": "Previous",
    "search.next": "Next",
    "search.page": "Page {page} of {pages}",
    "search.facet.help": "How many of the posts found have each value.",
    "search.facet.platform": "Platform",
    "search.facet.source_id": "Source",
    "search.facet.municipality_code": "Municipality",
    "search.facet.issue_id": "Issue",
    "search.facet.lang": "Language",
    "search.facet.cues.family": "Call to action",
    "search.facet.hashtags": "Hashtag",
    # export
    "export.title": "Export",
    "export.help": (
        "Export all posts found (at most {limit}) to a spreadsheet. The export is written to the audit log."
    ),
    "export.prepare.csv": "Make CSV",
    "export.prepare.xlsx": "Make Excel (XLSX)",
    "export.download": "Download {kind} ({rows} rows)",
    "export.capped": (
        "There are {total} posts, but an export holds at most {limit}. Narrow the search to get the rest."
    ),
    "export.sheet": "Posts",
    "export.col.published": "Published",
    "export.col.platform": "Platform",
    "export.col.source": "Source",
    "export.col.municipality": "Municipality",
    "export.col.issue": "Issue",
    "export.col.title": "Title",
    "export.col.text": "Text",
    "export.col.url": "Link",
    "export.col.author": "Author (pseudonym)",
    "export.col.actor_type": "Actor type",
    "export.col.lang": "Language",
    "export.col.cues": "Calls to action",
    "export.col.hashtags": "Hashtags",
    "export.col.id": "Id",
    # saved searches
    "saved.title": "Saved searches ({n})",
    "saved.save": "Save the search",
    "saved.name": "Name",
    "saved.name.missing": "Give the search a name.",
    "saved.as_rule": "Turn the search into an alert rule",
    "saved.as_rule.help": (
        "The rule fires when at least 'Threshold' new posts match within 'Window'. It is shown under "
        "Alerts and sent to the chosen channels."
    ),
    "saved.save.button": "Save",
    "saved.saved": "The search '{name}' is saved.",
    "saved.use": "Use",
    "saved.delete": "Delete",
    "saved.rule": "rule: {hits} posts / {hours} h",
    "saved.rule_on": "Turn rule on",
    "saved.rule_off": "Turn rule off",
    # issues page
    "issues.help": (
        "An issue is a narrow local debate (e.g. a school closure or a wind farm), found automatically "
        "and followed over time with a fixed id."
    ),
    "issues.intro": "The local issues being debated: how much, for how long and who takes part.",
    "issues.empty": (
        "There are no issues yet. They appear once the topic model has run on the collected posts."
    ),
    "issues.quiet": "No issue had posts in the chosen period.",
    "issues.not_found": "The issue does not exist (any more). Go back to the list.",
    "issues.tab.over_time": "Over time",
    "issues.tab.compare": "Compare",
    "issues.status": "Status",
    "issues.status.help": (
        "Active: being written about. Dormant: quiet for a while. Merged: now part of another issue."
    ),
    "issues.status.active": "Active",
    "issues.status.dormant": "Dormant",
    "issues.status.merged": "Merged",
    "issues.status.all": "All",
    "issues.period": "Period",
    "issues.days": "{n} days",
    "issues.chart.note": "Posts per day of the {n} most debated issues in the period.",
    "issues.col.label": "Issue",
    "issues.col.label.help": "The issue's name: its main words and place, found automatically.",
    "issues.col.documents": "Posts",
    "issues.col.documents.help": "Posts about the issue in the chosen period.",
    "issues.col.authors": "Authors",
    "issues.col.authors.help": "Sum of distinct authors per day in the period.",
    "issues.col.trend": "Trend",
    "issues.col.trend.help": "Posts per day in the period.",
    "issues.col.known": "Known home",
    "issues.col.last_seen": "Last seen",
    "issues.col.keywords": "Keywords",
    "issues.col.keywords.help": "The words that best characterise the issue.",
    "issues.open": "Open an issue",
    "issues.open.placeholder": "Choose an issue …",
    "issues.back": "Back to the issues",
    "issues.compare.pick": "Choose 2–5 issues",
    "issues.compare.help": "Compare the course and key figures of several issues.",
    "issues.compare.empty": "Choose at least two issues to compare them.",
    # issue detail
    "issue.tab.timeline": "Timeline",
    "issue.tab.words": "Words and calls to action",
    "issue.tab.places": "Places",
    "issue.tab.documents": "Posts",
    "issue.tab.lineage": "History",
    "issue.documents": "Posts in total",
    "issue.documents.help": "All posts belonging to the issue.",
    "issue.has_alert": "The issue has an alert ({level}) from {day}.",
    "issue.new_authors": "New authors",
    "issue.new_authors.help": "Authors who wrote about the issue for the first time (summed over the days).",
    "issue.cue_documents": "Posts with a call to action",
    "issue.cue_documents.help": "Posts calling to action (sign, show up, share …).",
    "issue.significant": "Words that stand out",
    "issue.significant.help": "Words far more frequent in the issue's posts than in the rest of the debate.",
    "issue.term": "Word",
    "issue.term_score": "Stands out (score)",
    "issue.cues": "Calls to action",
    "issue.cues.help": "Kinds of calls to action in the issue's posts.",
    "issue.hashtags": "Hashtags",
    "issue.hashtag": "Hashtag",
    "issue.place": "Place",
    "issue.no_places": "No place names were found in the issue's posts.",
    "issue.places.note": "Place names in the {n} newest posts.",
    "issue.documents.note": "The {shown} newest of {total} posts.",
    "issue.no_lineage": "The issue was not merged with or split from other issues.",
    "issue.open_other": "Open: {label}",
    "lineage.created": "Created",
    "lineage.merged_into": "Merged into",
    "lineage.absorbed": "Absorbed",
    "lineage.split_from": "Split from",
    "lineage.split_into": "Split into",
    # remote participation
    "remote.help": (
        "Remote participation: how many of those taking part in a local debate live somewhere else. The "
        "home is inferred from profile locations, signatures, postcodes, 'here in …' and the like."
    ),
    "remote.intro": (
        "Where do the participants live? For the whole municipality in a period, or for one issue."
    ),
    "remote.scope": "Scope",
    "remote.scope.municipality": "Whole municipality",
    "remote.scope.issue": "One issue",
    "remote.issue": "Issue",
    "remote.no_issues": "There are no issues in {municipality} yet.",
    "remote.authors": "Authors",
    "remote.authors.help": "Distinct (pseudonymous) authors in the scope.",
    "remote.known_authors": "Known home",
    "remote.known_authors.help": "Authors whose home municipality could be inferred with enough confidence.",
    "remote.unknown_authors": "Unknown home",
    "remote.unknown_authors.help": (
        "Authors without signals of where they live. They do not count in the share."
    ),
    "remote.remote_authors": "Live elsewhere",
    "remote.remote_authors.help": "Authors with a known home in another municipality.",
    "remote.share": "Remote share",
    "remote.share.help": (
        "Authors living in another municipality divided by authors with a known home. Shown only when "
        "enough homes are known (detection.remote.min_known_authors)."
    ),
    "remote.vs_usual": "{diff} vs usual",
    "remote.median_distance": "Typical distance",
    "remote.median_distance.help": (
        "Median distance (between municipality centroids) from the remote authors' municipality to the "
        "debated one."
    ),
    "remote.too_few": "Only {n} authors have a known home – too few for a reliable share.",
    "remote.dominated": (
        "Remote voices dominate the debate: more than half of the authors with a known home live in other"
        " municipalities."
    ),
    "remote.unusual": "The share of remote participants is unusually high for this municipality.",
    "remote.no_authors": "There are no authors in the scope.",
    "remote.no_homes": "No author has a known home yet.",
    "remote.no_remote": "No author lives outside the municipality.",
    "remote.no_trend": "There are too few weeks to show a trend.",
    "remote.map": "Where the participants live",
    "remote.map.help": (
        "One circle per municipality, sized by authors. Blue: live in the municipality. Orange: live "
        "elsewhere. The black diamond marks the debated municipality."
    ),
    "remote.map.note": (
        "Grey dots are Denmark's 98 municipalities. The map uses no map tiles and works offline."
    ),
    "remote.local": "Local",
    "remote.other": "Other municipalities",
    "remote.pooled": (
        "Municipalities with fewer than {n} authors are shown together as 'Other municipalities' "
        "({m} authors)."
    ),
    "remote.remote": "Remote",
    "remote.debated_in": "Debated in",
    "remote.distance": "Distance",
    "remote.distance.help": "How far the remote authors live from the debated municipality.",
    "remote.trend": "Trend per week",
    "remote.trend.help": (
        "Grey bars: authors with a known home that week. Orange line: the share of them living elsewhere."
    ),
    "remote.homes": "Home municipalities",
    "remote.homes.help": "Authors per home municipality.",
    "remote.signals": "How the home was found",
    "remote.signals.help": "The signal that decided each author's home.",
    "remote.signal": "Signal",
    "remote.privacy": (
        "Only totals are shown. No individual can be singled out, and there is no overview of what one "
        "person wrote."
    ),
    # briefings
    "briefings.help": (
        "The weekly briefing gathers the week's main local issues, mobilisations and remote participation"
        " for leadership. It is made automatically every Monday."
    ),
    "briefings.intro": "The week on one screen, and the archive of weekly briefings as web page and PDF.",
    "briefings.tab.week": "This week",
    "briefings.tab.archive": "Archive",
    "briefings.week_title": "Week {week} ({start} – {end})",
    "briefings.documents": "Posts this week",
    "briefings.documents.help": (
        "Posts published this week (Monday–Sunday, Danish time); the arrow shows the change from the week"
        " before."
    ),
    "briefings.new_alerts": "New alerts this week",
    "briefings.new_alerts.help": "Alerts whose episode started this week.",
    "briefings.remote": "Remote share ({municipality})",
    "briefings.top_issues": "The week's most debated issues",
    "briefings.top_issues.help": (
        "Issues with the most posts this week; the change is against the week before."
    ),
    "briefings.change": "Change",
    "briefings.new": "new",
    "briefings.no_issues": "No issue had posts this week.",
    "briefings.latest": "Latest briefing ({week})",
    "briefings.empty": (
        "There are no weekly briefings yet. The first is made on Monday morning (or with 'debatradar brief')."
    ),
    "briefings.all_languages": "Show all languages",
    "briefings.pick": "Briefing",
    "briefings.generated": "Made {at}",
    "briefings.download": "Download PDF",
    "briefings.no_pdf": "The PDF is not on the server.",
    "figure.authors": "Authors",
    "figure.active_issues": "Active issues",
    "figure.alerts_open": "Open alerts",
    "figure.alerts_new": "New alerts",
    "figure.documents": "Posts",
    "figure.documents_change": "Change in posts",
    "figure.alerts": "Alerts",
    "figure.new_alerts": "New alerts",
    "figure.issues": "Issues",
    "figure.remote_share": "Remote share",
    # sources
    "sources.help": (
        "The sources are the news media, forums and sites Debatradar fetches from. Here you see whether "
        "fetching works."
    ),
    "sources.intro": "Status of each source at its latest run, and the history of fetches.",
    "sources.empty": "There are no sources in the configuration yet (sources).",
    "sources.source": "Source",
    "sources.source.help": "The source's id in the configuration.",
    "sources.kind": "Kind",
    "sources.status": "Status",
    "sources.status.help": (
        "OK: everything was fetched. Partial: some pages failed. Failed: nothing could be fetched."
    ),
    "sources.status.ok": "OK",
    "sources.status.degraded": "Partial",
    "sources.status.failed": "Failed",
    "sources.status.never": "Never fetched",
    "sources.status.ok.help": "Sources whose latest fetch fully succeeded.",
    "sources.status.degraded.help": "Sources whose latest fetch partly failed.",
    "sources.status.failed.help": "Sources whose latest fetch failed completely.",
    "sources.status.never.help": "Configured sources not fetched yet.",
    "sources.last_success": "Last success",
    "sources.last_success.help": "When the source was last fetched without errors.",
    "sources.finished": "Latest run",
    "sources.items": "Fetched",
    "sources.items.help": "Items fetched in the latest run.",
    "sources.new": "New",
    "sources.new.help": "Items not seen before.",
    "sources.updated": "Changed",
    "sources.updated.help": "Items whose content changed since last time.",
    "sources.duplicates": "Duplicates",
    "sources.duplicates.help": "Items already fetched unchanged.",
    "sources.errors": "Errors",
    "sources.errors.help": "Errors in the latest run (e.g. timeout, 404, 429).",
    "sources.last_error": "Last error",
    "sources.configured": "In configuration",
    "sources.configured.help": "Whether the source is still in the configuration.",
    "sources.not_configured": "No (removed)",
    "sources.history": "History",
    "sources.history.help": "Each dot is one run: how many items were fetched.",
    "sources.pick": "Source",
    "sources.no_history": "There are no runs yet.",
    "sources.duration": "Duration",
    # admin
    "admin.help": "Users and roles, notification channels, alert thresholds and the audit log.",
    "admin.intro": (
        "Changes are validated before they are written to the configuration file, and logged in the audit"
        " log."
    ),
    "admin.tab.users": "Users",
    "admin.tab.channels": "Channels",
    "admin.tab.thresholds": "Thresholds",
    "admin.tab.audit": "Audit log",
    "admin.users.oidc": (
        "Users sign in with their municipality account (OIDC). Roles are assigned in the identity "
        "provider (e.g. as app roles in Microsoft Entra ID) and read from the claim '{claim}'. Valid "
        "roles: communication, analyst, leadership, admin."
    ),
    "admin.username": "Username",
    "admin.username.help": "Lower-case letters, digits, dot, hyphen or underscore.",
    "admin.display_name": "Name",
    "admin.roles": "Roles",
    "admin.roles.help": (
        "Communication: alerts. Analyst: search and export. Leadership: briefings. Administrator: all."
    ),
    "admin.password": "Password",
    "admin.password.help": "At least 10 characters. Leave empty to keep the current one.",
    "admin.password.missing": "a new user needs a password",
    "admin.user.edit": "Create or change a user",
    "admin.user.edit.help": "If the username exists the user is changed; otherwise a new one is created.",
    "admin.user.keep_admin": "you cannot remove your own administrator role",
    "admin.user.delete": "Delete user",
    "admin.user.delete.placeholder": "Choose a user …",
    "admin.delete": "Delete",
    "admin.save": "Save",
    "admin.saved": "Saved in the configuration.",
    "admin.channel.name": "Name",
    "admin.channel.kind": "Kind",
    "admin.channel.target": "Recipient",
    "admin.channel.target.help": "E-mail addresses, or the name of the secret holding the webhook address.",
    "admin.channel.secret": "secret '{key}' (set: {state})",
    "admin.channel.min_level.help": "The lowest level the channel is told about.",
    "admin.channel.mode": "Mode",
    "admin.channel.mode.help": "Immediate: one message per change. Digest: a summary.",
    "admin.mode.immediate": "Immediate",
    "admin.mode.digest": "Digest",
    "admin.channel.keywords": "Keywords",
    "admin.channel.keywords.help": (
        "Only issues whose name holds one of the words (comma-separated). Empty: all."
    ),
    "admin.channel.quiet": "Quiet hours",
    "admin.channel.quiet.help": "In this period (Danish time) only digests are sent.",
    "admin.channel.quiet_from": "From hour",
    "admin.channel.quiet_to": "To hour",
    "admin.channel.max": "At most per hour",
    "admin.channel.max.help": "Cap on messages per hour.",
    "admin.channel.pick": "Change rules of channel",
    "admin.channel.add": "Add an e-mail channel",
    "admin.channel.to": "Recipients",
    "admin.channel.to.help": "One or more e-mail addresses separated by commas.",
    "admin.channel.delete": "Delete the channel '{name}'",
    "admin.thresholds.intro": (
        "The score runs from 0 to 1. The thresholds must increase: Watch < Warning < Alert. Changes apply"
        " from the detector's next run."
    ),
    "admin.threshold.help": "The score from which an issue gets this level.",
    "admin.dominate": "Remote dominates above",
    "admin.dominate.help": "Remote share above which the debate is marked as dominated by remote voices.",
    "admin.margin": "Unusual margin",
    "admin.margin.help": (
        "How far above the municipality's usual remote share an issue must be to be unusual."
    ),
    "admin.min_known": "Known homes needed",
    "admin.min_known.help": "Authors with a known home needed before a remote share is shown.",
    "admin.thresholds.saved": "The thresholds are saved.",
    "admin.audit.intro": (
        "Every search, export, opened alert and issue, sign-in and change. The log is kept for {days} days."
    ),
    "admin.audit.actions": "Actions",
    "admin.audit.user": "User",
    "admin.audit.user.help": "Show only entries of usernames containing the text.",
    "admin.audit.limit": "Entries",
    "admin.audit.empty": "No entries match the filters.",
    "admin.audit.at": "Time",
    "admin.audit.action": "Action",
    "admin.audit.query": "Query",
    "admin.audit.filters": "Filters",
    "admin.audit.hits": "Results",
    "admin.audit.hits.help": "Number of posts found or exported.",
    "admin.audit.detail": "Details",
    "admin.audit.export": "Make CSV of the log",
    "admin.audit.download": "Download audit log (CSV)",
    "audit.search": "Search",
    "audit.export": "Export",
    "audit.view_alert": "Opened alert",
    "audit.view_issue": "Opened issue",
    "audit.login": "Sign in",
    "audit.purge": "Deletion",
    "audit.config": "Configuration",
}
