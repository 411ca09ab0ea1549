"""The simulated population: who writes, where they really live, what their profiles show.

Only the truth knows a person's home; the served data carries the signals a real platform
would show (a letter's signature, a consultation postcode, a Mastodon profile field, a Reddit
flair, a self-reference in the text) and many people show none.
"""

from __future__ import annotations

import bisect
import itertools
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from simulator._names import ascii_handle, person_name, user_name
from simulator._places import AARHUS, AARHUS_TOWNS, REMOTE_TOWNS, SYDDJURS, SYDDJURS_TOWNS, Town
from simulator._style import Style

LOCAL_HOSTS = {AARHUS: ("aarhus.social", "mastodon.dk"), SYDDJURS: ("djurs.social", "mastodon.dk")}
REMOTE_HOSTS = ("mastodon.social", "mastodonsocial.dk", "mastodon.dk", "kbh.social", "fosstodon.org")


@dataclass(frozen=True, slots=True)
class MastodonAccount:
    """A Mastodon account; ``host`` None means an account on the served instance itself."""

    id: str
    username: str
    host: str | None
    display_name: str
    note: str
    fields: tuple[tuple[str, str], ...]
    created_at: datetime
    bot: bool = False


@dataclass(frozen=True, slots=True)
class RedditAccount:
    """A Reddit account with the flair it shows (r/Denmark-style town flairs)."""

    name: str
    fullname: str
    flair: str | None


@dataclass(frozen=True, slots=True)
class BlueskyAccount:
    """A Bluesky account: a DID and a handle (post views show no bio, so no location)."""

    did: str
    handle: str
    display_name: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Person:
    """One author. ``town`` is the truth; the rest is what platforms show."""

    key: str
    name: str
    town: Town
    style: Style
    activity: float
    signature: str
    self_reference: float
    reddit: RedditAccount | None = None
    mastodon: MastodonAccount | None = None
    actor_type: str = "unknown"
    role: str | None = None
    bluesky: BlueskyAccount | None = None

    @property
    def home_code(self) -> str:
        """DAGI code of the home municipality."""
        return self.town.code


@dataclass
class Population:
    """Everyone in the scenario, with weighted pickers per group and platform."""

    people: list[Person]
    by_key: dict[str, Person] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)
    _pools: dict[tuple[str, str], tuple[list[Person], list[float]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_key = {p.key: p for p in self.people}

    def add(self, person: Person) -> Person:
        """Add a named role (journalist, mayor, party) who is never picked at random."""
        self.people.append(person)
        self.by_key[person.key] = person
        return person

    def pick(self, rng: random.Random, group: str, platform: str, *, new_bias: float = 0.0) -> Person:
        """A person from a group with an account on a platform.

        Groups: a DAGI code ('0751'), 'remote_of_<code>' (anyone living elsewhere), 'far' (outside
        Aarhus and Syddjurs) or 'national' (anyone).

        ``new_bias`` is the probability of choosing someone who has not written before.
        """
        members, cum = self._pool(group, platform)
        if new_bias and rng.random() < new_bias:
            for _ in range(12):
                person = members[rng.randrange(len(members))]
                if person.key not in self.used:
                    self.used.add(person.key)
                    return person
        person = members[bisect.bisect_left(cum, rng.random() * cum[-1])]
        self.used.add(person.key)
        return person

    def _pool(self, group: str, platform: str) -> tuple[list[Person], list[float]]:
        key = (group, platform)
        if key not in self._pools:
            members = [p for p in self.people if p.role is None and _in_group(p, group) and _on(p, platform)]
            self._pools[key] = (members, list(itertools.accumulate(p.activity for p in members)))
        return self._pools[key]


def _in_group(person: Person, group: str) -> bool:
    if group == "national":
        return True
    if group == "far":
        return person.home_code not in (AARHUS, SYDDJURS)
    if group == "remote_of_0751":
        return person.home_code != AARHUS
    if group == "remote_of_0706":
        return person.home_code != SYDDJURS
    return person.home_code == group


def _on(person: Person, platform: str) -> bool:
    if platform == "reddit":
        return person.reddit is not None
    if platform == "mastodon":
        return person.mastodon is not None
    if platform == "bluesky":
        return person.bluesky is not None
    return True


def build_population(rng: random.Random, start: datetime) -> Population:
    """About 2,200 people: 950 in Aarhus, 350 in Syddjurs, 900 spread over Denmark."""
    people: list[Person] = []
    groups = ((AARHUS_TOWNS, 950), (SYDDJURS_TOWNS, 350), (REMOTE_TOWNS, 900))
    for towns, count in groups:
        weights = list(itertools.accumulate(t.weight for t in towns))
        for _ in range(count):
            town = towns[bisect.bisect_left(weights, rng.random() * weights[-1])]
            people.append(_person(rng, f"p{len(people) + 1:04d}", town, start))
    return Population(people)


def _person(rng: random.Random, key: str, town: Town, start: datetime) -> Person:
    name = person_name(rng)
    handle = ascii_handle(user_name(rng, name))
    reddit = None
    if rng.random() < 0.45:
        flair = rng.choice(town.signature_forms()) if rng.random() < 0.28 else None
        reddit = RedditAccount(handle, f"t2_{_base36(rng, 8)}", flair)
    mastodon = _mastodon(rng, key, name, handle, town, start) if rng.random() < 0.3 else None
    bluesky = None
    if rng.random() < 0.2:
        did = "did:plc:" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(24))
        shown = name if rng.random() < 0.5 else handle
        bluesky = BlueskyAccount(
            did, f"{handle.lower()}.bsky.social", shown, start - timedelta(days=rng.randrange(30, 900))
        )
    return Person(
        key=key,
        name=name,
        town=town,
        style=Style.draw(rng),
        activity=min(rng.paretovariate(1.3), 40.0),
        signature=rng.choice(town.signature_forms()),
        self_reference=rng.choice((0.0, 0.0, 0.1, 0.25, 0.5)),
        reddit=reddit,
        mastodon=mastodon,
        bluesky=bluesky,
    )


def _mastodon(
    rng: random.Random, key: str, name: str, handle: str, town: Town, start: datetime
) -> MastodonAccount:
    hosts = LOCAL_HOSTS.get(town.code, REMOTE_HOSTS)
    host = None if rng.random() < 0.25 else rng.choice(hosts)
    fields, note = profile(rng, town)
    shown = name if rng.random() < 0.6 else name.split()[0]
    created = start - timedelta(days=rng.randrange(60, 2500))
    return MastodonAccount(
        str(100000 + int(key[1:]) * 37), handle.lower(), host, shown, note, fields, created
    )


_FIELD_NAMES = ("Bor i", "By", "Location", "Hjemby", "Lokation", "Sted")
_HOBBIES = (
    "Cykler, kaffe og lokalpolitik.",
    "Far til to.",
    "Mor til tre og en hund.",
    "Lærer.",
    "Pensionist.",
    "Sygeplejerske.",
    "Studerende.",
    "Ingeniør.",
    "Naturelsker.",
    "Fotograferer fugle.",
    "Skriver om byen.",
    "Holder af lange gåture.",
    "Elsker jazz og havet.",
    "Frivillig i idrætsforeningen.",
)
_COARSE = ("Danmark", "Jylland", "Østjylland", "Midtjylland", "Sjælland", "Fyn", "Jorden 🌍", "DK")


def profile(rng: random.Random, town: Town) -> tuple[tuple[tuple[str, str], ...], str]:
    """Profile fields and bio: an explicit town, a town in the bio, a coarse place, or nothing."""
    hobby = rng.choice(_HOBBIES)
    place = rng.choice(town.signature_forms())
    roll = rng.random()
    if roll < 0.45:
        return (
            (rng.choice(_FIELD_NAMES), place),
            ("Pronomen", rng.choice(("hun/hende", "han/ham", "de/dem"))),
        ), hobby
    if roll < 0.62:
        note = rng.choice(
            (f"Bor i {place}. {hobby}", f"{hobby} Bosat i {place}.", f"{place}-baseret. {hobby}")
        )
        return (), note
    if roll < 0.72:
        return (("Location", rng.choice(_COARSE)),), hobby
    return (), hobby


def _base36(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(n))
