"""A seeded simulator of Danish local public debate, served in the platforms' real formats.

Used by the demo, the evaluation harness, tests and benchmarks; no pipeline stage imports it.

Examples:
    >>> from datetime import date
    >>> scenario = generate(seed=7, end=date(2026, 11, 20))
    >>> fast = scenario.truth.planted()[0]
    >>> fast.kind, fast.municipality_code, fast.expected_level.value
    ('mobilisation', '0751', 'alert')
    >>> with serve(scenario) as server:  # doctest: +SKIP
    ...     settings = rebase_sources(load_settings("config/demo.yaml"), server.origin)
"""

from simulator.rebase import rebase_sources, rebase_url
from simulator.scenario import Scenario, generate
from simulator.server import DemoServer, serve
from simulator.sources import DEMO_ORIGIN
from simulator.truth import AuthorTruth, EpisodeTruth, ItemLabel, TopicTruth, Truth

__all__ = [
    "DEMO_ORIGIN",
    "AuthorTruth",
    "DemoServer",
    "EpisodeTruth",
    "ItemLabel",
    "Scenario",
    "TopicTruth",
    "Truth",
    "generate",
    "rebase_sources",
    "rebase_url",
    "serve",
]
