"""Who may see which page and do which action: one table, checked by the frame and by each page."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal, get_args

from schema.settings import Role

PageKey = Literal["alerts", "search", "issues", "remote", "briefings", "sources", "admin"]
Action = Literal[
    "alert.acknowledge",
    "alert.assign",
    "alert.comment",
    "search.export",
    "search.save",
    "search.rule",
    "admin.users",
    "admin.channels",
    "admin.thresholds",
    "admin.audit",
]

ROLES: tuple[Role, ...] = get_args(Role)

#: Pages in navigation order, each with the roles that see it.
PAGES: dict[PageKey, frozenset[Role]] = {
    "alerts": frozenset({"communication", "analyst", "leadership", "admin"}),
    "search": frozenset({"analyst", "admin"}),
    "issues": frozenset({"communication", "analyst", "leadership", "admin"}),
    "remote": frozenset({"communication", "analyst", "leadership", "admin"}),
    "briefings": frozenset({"communication", "analyst", "leadership", "admin"}),
    "sources": frozenset({"analyst", "admin"}),
    "admin": frozenset({"admin"}),
}

ACTIONS: dict[Action, frozenset[Role]] = {
    "alert.acknowledge": frozenset({"communication", "admin"}),
    "alert.assign": frozenset({"communication", "admin"}),
    "alert.comment": frozenset({"communication", "analyst", "admin"}),
    "search.export": frozenset({"analyst", "admin"}),
    "search.save": frozenset({"analyst", "admin"}),
    "search.rule": frozenset({"analyst", "admin"}),
    "admin.users": frozenset({"admin"}),
    "admin.channels": frozenset({"admin"}),
    "admin.thresholds": frozenset({"admin"}),
    "admin.audit": frozenset({"admin"}),
}

#: The page a role lands on first (the first of the user's roles in this order wins).
HOME: dict[Role, PageKey] = {
    "communication": "alerts",
    "analyst": "search",
    "leadership": "briefings",
    "admin": "alerts",
}


@dataclass(frozen=True)
class User:
    """A logged-in user: a stable username for the audit log, a name to show, and roles."""

    username: str
    display_name: str
    roles: frozenset[Role] = field(default_factory=frozenset)

    def can(self, action: Action) -> bool:
        """Whether one of the user's roles allows the action."""
        return bool(self.roles & ACTIONS[action])

    def sees(self, page: PageKey) -> bool:
        """Whether one of the user's roles shows the page."""
        return bool(self.roles & PAGES[page])

    def pages(self) -> list[PageKey]:
        """The pages the user sees, in navigation order."""
        return [page for page in PAGES if self.sees(page)]

    def home(self) -> PageKey:
        """The page the user starts on."""
        for role in ("communication", "analyst", "leadership", "admin"):
            if role in self.roles:
                return HOME[role]
        return "alerts"


def known_roles(values: Iterable[object]) -> frozenset[Role]:
    """The Debatradar roles among a token's role values (case-insensitive; unknown ones ignored)."""
    wanted = {str(v).strip().lower() for v in values}
    return frozenset(role for role in ROLES if role in wanted)
