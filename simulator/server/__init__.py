"""The demo server: the simulated debate in the platforms' real formats over local HTTP."""

from simulator.server._http import DemoServer, serve
from simulator.server._site import Site
from simulator.server._web import ROBOTS

__all__ = ["ROBOTS", "DemoServer", "Site", "serve"]
