"""A local HTTP server serving recorded platform responses (robots.txt, 429 and 500 included)."""

from __future__ import annotations

import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from tests.conftest import fixture_bytes

ROBOTS = "User-agent: *\nDisallow: /private/\n"


@dataclass
class Route:
    """What one path answers."""

    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    delay: float = 0.0
    fail_times: int = 0
    fail_status: int = 500
    fail_headers: dict[str, str] = field(default_factory=dict)
    reset: bool = False
    dynamic: Callable[[str], bytes] | None = None


class RecordedSite:
    """Routes by path (with query); ``{origin}`` in bodies becomes the server's origin."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {"/robots.txt": Route(ROBOTS.encode(), "text/plain")}
        self.hits: Counter[str] = Counter()
        self.user_agents: set[str] = set()
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: object) -> None:
                return

            def do_GET(self) -> None:
                site._handle(self)

        class Server(ThreadingHTTPServer):
            def handle_error(self, request: object, client_address: object) -> None:
                return  # resets and aborted downloads are part of the recorded faults

        self._server = Server(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.origin = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def add(self, path: str, body: bytes | str = b"", **kwargs: object) -> Route:
        data = body.encode() if isinstance(body, str) else body
        route = Route(body=data, **kwargs)  # type: ignore[arg-type]
        self.routes[path] = route
        return route

    def add_fixture(self, path: str, kind: str, case: str, **kwargs: object) -> Route:
        return self.add(path, fixture_bytes(kind, case), **kwargs)

    def url(self, path: str) -> str:
        return self.origin + path

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(h.path)
        key = h.path if h.path in self.routes else parts.path
        with self._lock:
            self.hits[h.path] += 1
            count = self.hits[h.path]
            self.user_agents.add(h.headers.get("User-Agent", ""))
        route = self.routes.get(key)
        if route is None:
            self._send(h, 404, b"<html><body>Siden findes ikke</body></html>", "text/html; charset=utf-8", {})
            return
        if route.delay:
            time.sleep(route.delay)
        if route.reset:
            h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            h.close_connection = True
            h.connection.close()
            return
        if count <= route.fail_times:
            self._send(
                h, route.fail_status, b"<html><body>Fejl</body></html>", "text/html", route.fail_headers
            )
            return
        if route.etag and h.headers.get("If-None-Match") == route.etag:
            self._send(h, 304, b"", None, {"ETag": route.etag})
            return
        body = route.dynamic(h.path) if route.dynamic else route.body
        body = body.replace(b"{origin}", self.origin.encode())
        headers = {k: v.replace("{origin}", self.origin) for k, v in route.headers.items()}
        if route.etag:
            headers["ETag"] = route.etag
        self._send(h, route.status, body, route.content_type, headers)

    @staticmethod
    def _send(
        h: BaseHTTPRequestHandler, status: int, body: bytes, ctype: str | None, headers: dict[str, str]
    ) -> None:
        try:
            h.send_response(status)
            if ctype:
                h.send_header("Content-Type", ctype)
            for name, value in headers.items():
                h.send_header(name, value)
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            if body:
                h.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass
