"""How detection is split into shares of the issues, with results identical to one run over all.

``nlp.detect_alerts`` scores each issue on its own, but it reads every document (authors'
first appearances, a municipality's usual remote share), every issue (which issue owns a
document) and every previous alert (ids already taken; alerts follow their documents to
another issue). So a share gets all of them, and only *scores* its own issues: the others are
passed with status ``merged``, which detect_alerts never scores, so the document -> issue map
it builds is exactly that of a single run. Of what it returns, a share keeps the alerts whose
*home issue* is its own — the issue most of the alert's documents belong to, the rule
detect_alerts itself uses to decide which issue an alert continues — so every alert is written
by exactly one share, including the open alerts that are closed because no episode continues them.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlp.detect import alert_home
from schema import Alert, Issue, partition_of


def share_of_issues(issues: Sequence[Issue], share: tuple[int, int]) -> list[Issue]:
    """The issues as one share sees them: its own as they are, the others not to be scored."""
    index, count = share
    return [
        issue
        if partition_of(issue.issue_id, count) == index
        else issue.model_copy(update={"status": "merged"})
        for issue in issues
    ]


def in_share(alert: Alert, owner: dict[str, str | None], share: tuple[int, int]) -> bool:
    """True if this share writes the alert (its home issue is one of the share's issues)."""
    index, count = share
    return partition_of(alert_home(alert, owner), count) == index
