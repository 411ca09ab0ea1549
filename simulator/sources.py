"""The simulated sites: names, paths and the source ids config/demo.yaml uses for them.

These are stable across seeds, so one demo configuration crawls every scenario.
"""

from __future__ import annotations

from simulator._places import AARHUS, SYDDJURS
from simulator.corpus import Outlet

#: where config/demo.yaml expects the demo server
DEMO_ORIGIN = "http://127.0.0.1:8765"

OUTLETS: dict[str, Outlet] = {
    "aarhus-byavis": Outlet(
        "aarhus-byavis",
        "Aarhus Byavis",
        AARHUS,
        ("Mikkel Dahl Sørensen", "Signe Kjærgaard", "Rasmus Holt", "Anne Marie Vind"),
    ),
    "djurs-avis": Outlet(
        "djurs-avis", "Djurs Avis", SYDDJURS, ("Karen Bisgaard", "Peter Mølgaard", "Line Østergaard")
    ),
    "dansk-dagblad": Outlet(
        "dansk-dagblad",
        "Dansk Dagblad",
        None,
        ("Christian Brix", "Ida Rosenkilde", "Thomas Bech", "Maja Lindholm"),
    ),
}

SUBREDDITS = ("Aarhus", "Djursland", "Denmark")
#: the Mastodon hashtags the demo follows; every simulated status carries at least one
HASHTAGS = ("aarhus", "syddjurs", "djursland", "dkpol")
#: consultation cases per municipality portal (stable slugs; titles vary by seed)
CASES = {AARHUS: ("aarhus-117", "aarhus-121", "aarhus-130"), SYDDJURS: ("syddjurs-45", "syddjurs-52")}

#: public actors: (name, actor type, municipality, Mastodon user name); all fictional
PUBLIC_ACTORS = (
    ("Henrik Skov Mortensen", "politician", AARHUS, "borgmester_aarhus", "Borgmester i Aarhus Kommune"),
    ("Lene Bach Kristensen", "politician", SYDDJURS, "borgmester_syddjurs", "Borgmester i Syddjurs Kommune"),
    ("Aarhuslisten", "organisation", AARHUS, "aarhuslisten", "Lokalt parti i Aarhus Byråd"),
)

#: source ids in config/demo.yaml
NEWS_SOURCE = {slug: f"news-{slug}" for slug in OUTLETS}
REDDIT_SOURCE = {"Aarhus": "reddit-aarhus", "Djursland": "reddit-djursland", "Denmark": "reddit-denmark"}
MASTODON_SOURCE = "mastodon-demo"
BLUESKY_SOURCE = "bluesky-demo"
#: the Bluesky searches the demo runs; every simulated Bluesky post matches at least one
BLUESKY_QUERIES = tuple(f"#{tag}" for tag in HASHTAGS)
LETTERS_SOURCE = "letters-debat"
CONSULTATION_SOURCE = {AARHUS: "hoering-aarhus", SYDDJURS: "hoering-syddjurs"}
