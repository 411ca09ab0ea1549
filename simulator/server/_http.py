"""The demo HTTP server: a threaded local web server in front of the simulated site."""

from __future__ import annotations

import threading
from datetime import datetime
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType

from schema import ConfigError, RawItem
from simulator.scenario import Scenario
from simulator.server._html import Response
from simulator.server._site import Site
from simulator.truth import Truth


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    site: Site
    requests: int = 0
    lock: threading.Lock


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    server_version = "debatradar-demo/1.0"

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def _answer(self, send_body: bool) -> None:
        with self.server.lock:
            self.server.requests += 1
        try:
            response = self.server.site.handle(self.path)
        except Exception as err:  # one bad request must not stop the demo
            message = f"Intern fejl i demo-serveren: {type(err).__name__}: {err}".encode()
            response = Response(500, "text/plain; charset=utf-8", message)
        status, body = response.status, response.body
        if status == 200 and _not_modified(self, response):
            status, body = 304, b""
        self.send_response(status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(body)))
        if response.status == 200:
            self.send_header("ETag", response.etag)
            self.send_header("Cache-Control", "max-age=60")
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the demo prints its own progress."""


def _not_modified(handler: BaseHTTPRequestHandler, response: Response) -> bool:
    tag = handler.headers.get("If-None-Match")
    if tag is not None:
        return response.etag in {t.strip() for t in tag.split(",")}
    since, modified = handler.headers.get("If-Modified-Since"), response.headers.get("Last-Modified")
    if since and modified:
        try:
            return parsedate_to_datetime(modified) <= parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False
    return False


class DemoServer:
    """A running demo server (a context manager): the scenario served in the platforms' formats.

    Examples:
        >>> with serve(generate(seed=7, end=date(2026, 11, 20))) as server:  # doctest: +SKIP
        ...     print(server.origin)
        http://127.0.0.1:40123
    """

    def __init__(
        self, scenario: Scenario, host: str = "127.0.0.1", port: int = 0, clock: datetime | None = None
    ) -> None:
        self.scenario = scenario
        try:
            self._httpd = _Server((host, port), _Handler)
        except OSError as err:
            raise ConfigError(
                f"the demo server cannot listen on {host}:{port}: {err.strerror or err}; "
                "choose another port (0 picks a free one) or stop the program using it."
            ) from None
        self._httpd.lock = threading.Lock()
        bound_host, bound_port = self._httpd.server_address[:2]
        shown = "127.0.0.1" if bound_host in ("0.0.0.0", "") else str(bound_host)  # noqa: S104 - display only
        self.origin = f"http://{shown}:{bound_port}"
        self._httpd.site = Site(scenario, self.origin, clock)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, name="debatradar-demo-server", daemon=True
        )

    @property
    def clock(self) -> datetime:
        """What the server shows is what was published by this moment (default: the end of the window)."""
        return self._httpd.site.clock

    @clock.setter
    def clock(self, moment: datetime) -> None:
        self._httpd.site.clock = moment

    @property
    def requests(self) -> int:
        """How many requests the server has answered."""
        return self._httpd.requests

    @property
    def truth(self) -> Truth:
        """The scenario's truth with URLs under this server's origin."""
        return self.scenario.truth.rebased(self.origin)

    def items(self, key: bytes | str) -> list[RawItem]:
        """The items visible now, as RawItems with this server's URLs (what a full crawl should yield)."""
        return self.scenario.items(key, self.origin, until=self.clock)

    def start(self) -> DemoServer:
        """Start serving in a background thread."""
        if not self._thread.is_alive():
            self._thread.start()
        return self

    def close(self) -> None:
        """Stop serving and release the port."""
        if self._thread.is_alive():
            self._httpd.shutdown()
            self._thread.join(timeout=5)
        self._httpd.server_close()

    def __enter__(self) -> DemoServer:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, err: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def serve(
    scenario: Scenario, host: str = "127.0.0.1", port: int = 0, *, clock: datetime | None = None
) -> DemoServer:
    """Serve a scenario over HTTP in a background thread (use as a context manager).

    Args:
        scenario: from ``generate()``.
        host: interface to bind (loopback by default).
        port: TCP port; 0 picks a free one (read ``.origin``).
        clock: show only what was published by then (default: everything up to ``end``).
    """
    return DemoServer(scenario, host, port, clock).start()
