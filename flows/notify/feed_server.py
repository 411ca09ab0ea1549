"""A small read-only HTTP server for the Atom feed (and the briefing PDFs), run by `debatradar serve`."""

from __future__ import annotations

import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


class _Handler(SimpleHTTPRequestHandler):
    extensions_map = {  # noqa: RUF012 - the class attribute SimpleHTTPRequestHandler reads
        **SimpleHTTPRequestHandler.extensions_map,
        ".atom": "application/atom+xml; charset=utf-8",
        ".pdf": "application/pdf",
    }

    def list_directory(self, path: Any) -> None:
        self.send_error(404, "no listing")

    def log_message(self, format: str, *args: Any) -> None:
        return


class FeedServer:
    """Serves ``data_dir`` paths ``/feeds/alerts.atom`` and ``/briefings/<id>.pdf`` in a thread.

    Examples:
        >>> with FeedServer(settings.data_dir, "127.0.0.1", 8502) as server:  # doctest: +SKIP
        ...     print(server.url("feeds/alerts.atom"))
    """

    def __init__(self, data_dir: Path, host: str = "127.0.0.1", port: int = 0) -> None:
        root = data_dir.resolve()
        (root / "feeds").mkdir(parents=True, exist_ok=True)
        self._root = root
        self._server = ThreadingHTTPServer((host, port), partial(_Handler, directory=str(root)))
        self._thread = threading.Thread(target=self._server.serve_forever, name="feed-server", daemon=True)

    @property
    def origin(self) -> str:
        """``http://host:port``."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        """The URL of a path under data_dir."""
        return f"{self.origin}/{path.lstrip('/')}"

    def __enter__(self) -> FeedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
