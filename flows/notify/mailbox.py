"""A local mailbox for the demo: an SMTP server (aiosmtpd) that stores each message as an .eml file."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller


class _Store:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.count = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's hook name
        self.count += 1
        content: bytes = envelope.original_content or b""
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / f"{self.count:04d}.eml").write_bytes(content)
        return "250 Message accepted for delivery"


class DemoMailbox:
    """Receives the demo's e-mails on 127.0.0.1 (a free port) and keeps them under ``folder``.

    Examples:
        >>> with DemoMailbox(Path("data/demo-mail")) as box:  # doctest: +SKIP
        ...     print(box.port)
    """

    def __init__(self, folder: Path) -> None:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = int(sock.getsockname()[1])
        self._store = _Store(folder)
        self._controller = Controller(self._store, hostname="127.0.0.1", port=self.port)

    @property
    def received(self) -> int:
        """Messages received so far."""
        return self._store.count

    def __enter__(self) -> DemoMailbox:
        self._controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._controller.stop()
