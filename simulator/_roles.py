"""The named roles of a scenario: the outlets' journalists and the allow-listed public actors."""

from __future__ import annotations

from datetime import datetime, timedelta

from simulator._people import MastodonAccount, Person, Population
from simulator._places import AARHUS, AARHUS_TOWNS, REMOTE_TOWNS, SYDDJURS, SYDDJURS_TOWNS, Town
from simulator._style import FORMAL
from simulator.sources import OUTLETS, PUBLIC_ACTORS


def add_roles(population: Population, start: datetime) -> dict[str, tuple[Person, ...]]:
    """Add journalists and public actors to the population; the public actors by municipality."""
    for outlet in OUTLETS.values():
        home = {AARHUS: AARHUS_TOWNS[0], SYDDJURS: SYDDJURS_TOWNS[0]}.get(
            outlet.municipality or "", REMOTE_TOWNS[0]
        )
        for i, name in enumerate(outlet.journalists):
            population.add(_role(f"j-{outlet.slug}-{i}", name, home, "media", "journalist", None))
    actors: dict[str, list[Person]] = {}
    for number, (name, kind, code, username, role) in enumerate(PUBLIC_ACTORS, start=1):
        town = AARHUS_TOWNS[0] if code == AARHUS else SYDDJURS_TOWNS[0]
        fields = (("Rolle", role), ("Web", "https://www.example.dk"))
        account = MastodonAccount(
            f"{90000 + number}", username, None, name, f"{role}.", fields, start - timedelta(days=900)
        )
        actors.setdefault(code, []).append(
            population.add(_role(f"a-{username}", name, town, kind, role, account))
        )
    return {code: tuple(people) for code, people in actors.items()}


def _role(
    key: str, name: str, town: Town, actor_type: str, role: str, account: MastodonAccount | None
) -> Person:
    return Person(key, name, town, FORMAL, 1.0, town.name, 0.0, None, account, actor_type, role)
