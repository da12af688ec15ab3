"""A local SMTP server (aiosmtpd) with the habits of real servers that matter to telling each user once.

- `per_connection=N`: after the N-th message of a connection is accepted (250), the server hangs up without
  a word, as relays with a per-connection message limit do;
- `busy=p`: with probability p, a recipient or a finished message is answered "421 try again later" and the
  connection closed (the message is not accepted);
- `slow={delivery id: seconds}`: that message is accepted, but its 250 comes only after that many seconds
  (past the client's timeout: the client cannot know it was accepted).

It counts every message it accepted by delivery id (the X-Policy-Delivery header), and every message that
reached the end of its data (`requests`, for the crash test's kills).
"""

from __future__ import annotations

import asyncio
import collections
import random
import re
import socket
import threading
import time
from typing import Any

from aiosmtpd.controller import Controller

_DELIVERY = re.compile(rb"^X-Policy-Delivery: (\d+)\r?$", re.MULTILINE)


class _Handler:
    def __init__(self, per_connection: int | None, busy: float, seed: int | None, slow: dict[int, float]):
        self.per_connection, self.busy, self.slow = per_connection, busy, slow
        self.rng = random.Random(seed)
        self.lock = threading.Lock()
        self.accepted: collections.Counter[int] = collections.Counter()
        self.requests = 0
        self.busy_answers = 0
        self.connections = 0
        self.in_flight = 0

    def _hang_up(self, server: Any, answer: str) -> str:
        """Answer, then close the connection once the answer is written (asyncio flushes before closing)."""
        asyncio.get_running_loop().call_soon(server.transport.close)
        return answer

    def _busy_now(self, server: Any) -> str | None:
        if self.busy and self.rng.random() < self.busy:
            with self.lock:
                self.busy_answers += 1
            return self._hang_up(server, "421 4.3.2 Service busy, try again later")
        return None

    async def handle_EHLO(self, server: Any, session: Any, envelope: Any, hostname: str, responses: list) -> list:
        session.host_name = hostname
        session.accepted_here = 0
        with self.lock:
            self.connections += 1
        return responses

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: list) -> str:
        if busy := self._busy_now(server):
            return busy
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        content = envelope.original_content or envelope.content
        match = _DELIVERY.search(content)
        delivery_id = int(match.group(1)) if match else 0
        with self.lock:
            self.requests += 1
            self.in_flight += 1
        try:
            if busy := self._busy_now(server):
                return busy
            with self.lock:
                self.accepted[delivery_id] += 1
            if delay := self.slow.get(delivery_id):
                await asyncio.sleep(delay)
            session.accepted_here += 1
            if self.per_connection and session.accepted_here >= self.per_connection:
                return self._hang_up(server, "250 OK")
            return "250 OK"
        finally:
            with self.lock:
                self.in_flight -= 1


class FakeSmtp:
    """The server on 127.0.0.1 in a thread: `url` for SMTP_URL, `accepted` counts messages per delivery id."""

    def __init__(
        self,
        per_connection: int | None = None,
        busy: float = 0.0,
        seed: int | None = None,
        slow: dict[int, float] | None = None,
    ):
        self.handler = _Handler(per_connection, busy, seed, slow or {})
        with socket.socket() as probe:  # a free port: aiosmtpd's controller cannot report one it picked itself
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)
        self.url = f"smtp://127.0.0.1:{self.port}"

    def __enter__(self) -> FakeSmtp:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()

    @property
    def accepted(self) -> collections.Counter[int]:
        with self.handler.lock:
            return collections.Counter(self.handler.accepted)

    def stats(self) -> dict[str, int]:
        with self.handler.lock:
            accepted = self.handler.accepted
            return {
                "requests": self.handler.requests,
                "connections": self.handler.connections,
                "busy_answers": self.handler.busy_answers,
                "unique_delivery_ids": len(accepted),
                "duplicated_delivery_ids": sum(1 for n in accepted.values() if n > 1),
            }

    def wait_idle(self, timeout: float = 30.0) -> None:
        """Wait until no message is being handled (a killed client's last message may still be in here)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            with self.handler.lock:
                if self.handler.in_flight == 0:
                    return
            time.sleep(0.02)
        raise TimeoutError("the fake SMTP server is still handling a message")
