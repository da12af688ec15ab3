"""A strict local stand-in for SendGrid's v3 mail send, for tests and the benchmark.

It validates the request the way SendGrid documents it (auth, body size, personalization and recipient
limits, required fields, content order, categories, custom_args and substitution sizes) and answers like
SendGrid: 202 with X-Message-Id, 400/401/413 with {"errors": [{"message", "field", "help"}]}, 429 with
X-RateLimit-* headers, and 5xx when told to. It records what it accepted.

Faults, queued (`answer_next(429, "slow", "drop")`) or at random (`faults={"429": 0.05, "drop": 0.02}`):
- 429 / 5xx: refused, nothing accepted;
- "slow": accepted, then answered after `slow_seconds` (past the client's timeout: an unknown outcome);
- "drop": accepted, then the connection is closed before any answer (accept-then-drop).
For every accepted personalization it makes SendGrid-style events (processed, then delivered, or bounce for
an address containing "bounce"), with a unique sg_event_id and the delivery id from custom_args, and signs
them like SendGrid's signed event webhook (`signed_events()`), with a key of its own (`public_key`).

In-process: `with FakeSendGrid() as fake: ...`. As a process (the benchmark, so its memory is not counted
with the notifier's): `python tests/notify/fake_sendgrid.py --port 0` prints its URL, serves GET /__stats.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
import select
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ec

API_KEY = "SG.test-key"
MAX_BODY = 30 * 1024 * 1024
MAX_PERSONALIZATIONS = 1000
MAX_RECIPIENTS = 1000
MAX_CATEGORIES = 10
MAX_ARGS_BYTES = 10_000
HELP = "https://www.twilio.com/docs/sendgrid/api-reference/mail-send/mail-send#errors"
TOP_LEVEL = {
    "personalizations",
    "from",
    "reply_to",
    "reply_to_list",
    "subject",
    "content",
    "attachments",
    "template_id",
    "headers",
    "categories",
    "custom_args",
    "send_at",
    "batch_id",
    "asm",
    "ip_pool_name",
    "mail_settings",
    "tracking_settings",
}
RESERVED_HEADERS = {
    "x-sg-id",
    "x-sg-eid",
    "received",
    "dkim-signature",
    "content-type",
    "content-transfer-encoding",
    "to",
    "from",
    "subject",
    "reply-to",
    "cc",
    "bcc",
}
EMAIL = re.compile(r"^[^@\s\"(),:;<>\[\\\]]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


class Invalid(Exception):
    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


def _email(value: Any, field: str) -> str:
    if not isinstance(value, dict) or not isinstance(value.get("email"), str) or not EMAIL.match(value["email"]):
        raise Invalid("Does not contain a valid address.", field)
    if "name" in value and not isinstance(value["name"], str):
        raise Invalid("The name must be a string.", field)
    return value["email"].lower()


def _str_map(value: Any, field: str) -> int:
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise Invalid(f"{field} must be an object of string values.", field)
    return sum(len(k.encode()) + len(v.encode()) for k, v in value.items())


def validate(body: Any) -> None:
    """Raise Invalid for anything SendGrid would answer 400 to."""
    if not isinstance(body, dict):
        raise Invalid("The request body must be a JSON object.")
    for key in body:
        if key not in TOP_LEVEL:
            raise Invalid(f"Unknown field {key}.", key)
    persons = body.get("personalizations")
    if not isinstance(persons, list) or not persons:
        raise Invalid(
            "The personalizations field is required and must have at least one personalization.", "personalizations"
        )
    if len(persons) > MAX_PERSONALIZATIONS:
        raise Invalid("The personalizations field must have no more than 1000 personalizations.", "personalizations")
    top_args = _str_map(body.get("custom_args", {}), "custom_args")
    total = 0
    for i, p in enumerate(persons):
        where = f"personalizations.{i}"
        if not isinstance(p, dict):
            raise Invalid("A personalization must be an object.", where)
        to = p.get("to")
        if not isinstance(to, list) or not to:
            raise Invalid(
                "The to array is required for all personalization objects, and must have at least one "
                "email object with a valid email address.",
                f"{where}.to",
            )
        seen: set[str] = set()
        for kind in ("to", "cc", "bcc"):
            for j, address in enumerate(p.get(kind) or []):
                email = _email(address, f"{where}.{kind}.{j}.email")
                if email in seen:
                    raise Invalid(
                        "Each email address in the personalization block should be unique between to, cc, and bcc.",
                        f"{where}.{kind}.{j}.email",
                    )
                seen.add(email)
        total += len(seen)
        if "subject" in p and not isinstance(p["subject"], str):
            raise Invalid("The subject must be a string.", f"{where}.subject")
        if "substitutions" in p and _str_map(p["substitutions"], f"{where}.substitutions") > MAX_ARGS_BYTES:
            raise Invalid("The substitutions must total less than 10000 bytes.", f"{where}.substitutions")
        if "dynamic_template_data" in p and "substitutions" in p:
            raise Invalid("substitutions cannot be combined with dynamic_template_data.", f"{where}.substitutions")
        args = _str_map(p.get("custom_args", {}), f"{where}.custom_args")
        if args + top_args > MAX_ARGS_BYTES:
            raise Invalid("The custom_args must total less than 10000 bytes.", f"{where}.custom_args")
    if total > MAX_RECIPIENTS:
        raise Invalid("The total number of recipients must be no more than 1000.", "personalizations")
    _email(body.get("from"), "from.email")
    if "reply_to" in body:
        _email(body["reply_to"], "reply_to.email")
    has_template = isinstance(body.get("template_id"), str)
    if not has_template:
        top_subject = isinstance(body.get("subject"), str) and body["subject"].strip()
        if not top_subject and not all(isinstance(p.get("subject"), str) and p["subject"] for p in persons):
            raise Invalid(
                "The subject is required. You can get around this requirement if you use a template "
                "with a subject defined or if every personalization has a subject defined.",
                "subject",
            )
        content = body.get("content")
        if not isinstance(content, list) or not content:
            raise Invalid("Unless a valid template_id is provided, the content parameter is required.", "content")
        types = []
        for i, part in enumerate(content):
            if not isinstance(part, dict) or not isinstance(part.get("type"), str) or not part.get("value"):
                raise Invalid(
                    "The content value must be a string at least one character in length.", f"content.{i}.value"
                )
            types.append(part["type"])
        if len(set(types)) != len(types):
            raise Invalid("Each content type must be unique.", "content")
        if "text/plain" in types and types[0] != "text/plain":
            raise Invalid("If present, text/plain must be first, followed by any other content.", "content.0.type")
    categories = body.get("categories", [])
    if not isinstance(categories, list) or len(categories) > MAX_CATEGORIES:
        raise Invalid("You may not have more than 10 categories per request.", "categories")
    if len(set(categories)) != len(categories):
        raise Invalid("The categories must be unique.", "categories")
    for i, category in enumerate(categories):
        if not isinstance(category, str) or not category or len(category) > 255 or not category.isascii():
            raise Invalid("A category must be an ASCII string of at most 255 characters.", f"categories.{i}")
    if "headers" in body:
        _str_map(body["headers"], "headers")
        for name in body["headers"]:
            if name.lower() in RESERVED_HEADERS:
                raise Invalid(f"The header {name} is reserved and may not be set.", f"headers.{name}")


class State:
    def __init__(
        self,
        api_key: str,
        keep_bodies: bool,
        max_body: int,
        faults: dict[str, float] | None = None,
        seed: int | None = None,
        slow_seconds: float = 2.0,
        events: bool = False,
    ):
        self.api_key, self.keep_bodies, self.max_body = api_key, keep_bodies, max_body
        self.faults = dict(faults or {})
        self.rng = random.Random(seed)
        self.slow_seconds = slow_seconds
        self.make_events = events
        self.events: list[dict[str, Any]] = []
        self.events_taken = 0
        self.active = 0  # connections accepted and not yet closed
        self.lock = threading.Lock()
        self.accepted: list[dict[str, Any]] = []
        self.requests = 0
        self.accepted_requests = 0
        self.personalizations = 0
        self.delivery_ids: collections.Counter[str] = collections.Counter()
        self.statuses: collections.Counter[int] = collections.Counter()
        self.queued: collections.deque[int | str] = collections.deque()  # faults to answer next, whatever the body
        self.rate_limit_reset_in = 1.0
        self.fault_counts: collections.Counter[str] = collections.Counter()

    def next_fault(self) -> int | str | None:
        """The queued fault, else one drawn at random from `faults`; called with the lock held."""
        if self.queued:
            return self.queued.popleft()
        draw = self.rng.random()
        for fault, probability in self.faults.items():
            if draw < probability:
                return int(fault) if fault.isdigit() else fault
            draw -= probability
        return None

    def accept(self, body: dict[str, Any]) -> None:
        """Count the accepted personalizations and make their events; called with the lock held."""
        self.accepted_requests += 1
        self.personalizations += len(body["personalizations"])
        message_id = uuid.uuid4().hex[:22]
        for p in body["personalizations"]:
            delivery_id = p.get("custom_args", {}).get("delivery_id", "")
            self.delivery_ids[delivery_id] += 1
            if self.make_events:
                address = p["to"][0]["email"]
                final = "bounce" if "bounce" in address else "delivered"
                for kind in ("processed", final):
                    self.events.append(
                        {
                            "email": address,
                            "timestamp": int(time.time()),
                            "event": kind,
                            "sg_event_id": uuid.uuid4().hex,
                            "sg_message_id": f"{message_id}.filter",
                            "delivery_id": delivery_id,
                            **(
                                {"reason": "550 5.1.1 mailbox unavailable", "type": "bounce"}
                                if kind == "bounce"
                                else {}
                            ),
                        }
                    )
        if self.keep_bodies:
            self.accepted.append(body)

    def stats(self) -> dict[str, Any]:
        with self.lock:
            return {
                "requests": self.requests,
                "accepted_requests": self.accepted_requests,
                "personalizations": self.personalizations,
                "unique_delivery_ids": len(self.delivery_ids),
                "duplicated_delivery_ids": sum(1 for n in self.delivery_ids.values() if n > 1),
                "faults": dict(self.fault_counts),
                "statuses": {str(k): v for k, v in self.statuses.items()},
            }


def _handler(state: State) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            return None

        def _answer(self, status: int, payload: Any = None, headers: dict[str, str] | None = None) -> None:
            data = b"" if payload is None else json.dumps(payload).encode()
            with state.lock:
                state.statuses[status] += 1
            self.send_response(status)
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            if data:
                self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            if self.close_connection:
                # Say so, as real servers do: a client that is not told reuses the connection for its next
                # request, finds it closed, and cannot know whether that request was delivered.
                self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(data)

        def _error(self, status: int, message: str, field: str | None = None, **headers: str) -> None:
            self._answer(status, {"errors": [{"message": message, "field": field, "help": HELP}]}, headers)

        def do_GET(self) -> None:
            if self.path == "/__stats":
                self._answer(200, state.stats())
            else:
                self._error(404, "not found")

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length <= state.max_body else None
            if raw is None:
                # Read and drop the oversize body before answering 413: closing on unread data resets the
                # connection, and the client would see a dropped connection instead of the answer.
                for _ in range(0, length, 65536):
                    self.rfile.read(min(65536, length))
                    length -= 65536
                self.close_connection = True
            if self.path == "/__control":
                order = json.loads(raw or b"{}")
                with state.lock:
                    state.queued.extend(order.get("queue", []))
                    state.rate_limit_reset_in = order.get("reset_in", state.rate_limit_reset_in)
                return self._answer(200, {"ok": True})
            with state.lock:
                state.requests += 1
                queued = state.next_fault()
                if queued is not None:
                    state.fault_counts[str(queued)] += 1
            if self.path != "/v3/mail/send":
                return self._error(404, "not found")
            if self.headers.get("Authorization") != f"Bearer {state.api_key}":
                return self._error(401, "The provided authorization grant is invalid, expired, or revoked")
            if raw is None:
                return self._error(413, "The JSON payload you have included in your request is too large.")
            if queued == 429:
                reset = str(int(time.time() + state.rate_limit_reset_in))
                return self._error(
                    429,
                    "too many requests",
                    None,
                    **{"X-RateLimit-Limit": "600", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset},
                )
            if isinstance(queued, int):
                return self._error(queued, "Internal error; try again later")
            if "application/json" not in (self.headers.get("Content-Type") or ""):
                return self._error(415, "Content-Type should be application/json.")
            try:
                body = json.loads(raw)
                validate(body)
            except ValueError:
                return self._error(400, "Bad Request: invalid JSON", None)
            except Invalid as exc:
                return self._error(400, str(exc), exc.field)
            with state.lock:
                state.accept(body)
            if queued == "drop":  # accepted, then the connection dies before the answer
                self.close_connection = True
                self.connection.shutdown(2)
                return None
            if queued == "slow":
                time.sleep(state.slow_seconds)
            self._answer(202, None, {"X-Message-Id": uuid.uuid4().hex[:22]})

    return Handler


class _QuietServer(ThreadingHTTPServer):
    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler], state: State):
        super().__init__(address, handler)
        self.state = state

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that timed out closed its socket: the late answer fails, as on the real internet."""

    def get_request(self) -> tuple[Any, Any]:
        """Accept a connection and count it as active in one step under the lock, before its handler reads a
        byte: a request written by a client killed just after is still coming, and `wait_idle` waits for it."""
        with self.state.lock:
            connection = super().get_request()
            self.state.active += 1
        return connection

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self.state.lock:
                self.state.active -= 1


class FakeSendGrid:
    """The fake on 127.0.0.1 in a thread; `url` for SENDGRID_API_HOST, `accepted` for what got through."""

    def __init__(
        self,
        api_key: str = API_KEY,
        keep_bodies: bool = True,
        max_body: int = MAX_BODY,
        port: int = 0,
        faults: dict[str, float] | None = None,
        seed: int | None = None,
        slow_seconds: float = 2.0,
        events: bool = False,
    ):
        self.state = State(api_key, keep_bodies, max_body, faults, seed, slow_seconds, events)
        self.private_key = ec.generate_private_key(ec.SECP256R1())
        self.server = _QuietServer(("127.0.0.1", port), _handler(self.state), self.state)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FakeSendGrid:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    @property
    def accepted(self) -> list[dict[str, Any]]:
        return self.state.accepted

    @property
    def public_key(self) -> str:
        """The webhook verification key, base64 DER, as SendGrid shows it (SENDGRID_WEBHOOK_PUBLIC_KEY)."""
        from notifier.delivery.http.webhook import public_key_text

        return public_key_text(self.private_key)

    def wait_idle(self, timeout: float = 30.0) -> None:
        """Wait until no connection is open or waiting to be accepted (a killed client's last request may still
        be in here, or still queued in the listening socket)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            with self.state.lock:  # accepting takes the lock too: a connection is either queued or counted
                queued, _, _ = select.select([self.server.socket], [], [], 0)
                if self.state.active == 0 and not queued:
                    return
            time.sleep(0.02)
        raise TimeoutError("the fake SendGrid is still handling a request")

    def take_events(self) -> list[dict[str, Any]]:
        """The events made since the last call (each event is handed out once; replay them to test that)."""
        with self.state.lock:
            events = self.state.events[self.state.events_taken :]
            self.state.events_taken = len(self.state.events)
        return events

    def signed_events(self, events: list[dict[str, Any]], at: float | None = None) -> tuple[bytes, dict[str, str]]:
        """The webhook request SendGrid would make for these events: body and signature headers."""
        from notifier.delivery.http.webhook import SIGNATURE_HEADER, TIMESTAMP_HEADER, sign

        payload = json.dumps(events).encode()
        timestamp = str(int(time.time() if at is None else at))
        headers = {SIGNATURE_HEADER: sign(self.private_key, timestamp, payload), TIMESTAMP_HEADER: timestamp}
        return payload, headers | {"Content-Type": "application/json"}

    def answer_next(self, *statuses: int | str, reset_in: float = 1.0) -> None:
        """Answer the next requests with these faults (429 with rate-limit headers, 5xx, "slow", "drop")."""
        with self.state.lock:
            self.state.queued.extend(statuses)
            self.state.rate_limit_reset_in = reset_in

    def stats(self) -> dict[str, Any]:
        return self.state.stats()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--api-key", default=API_KEY)
    args = parser.parse_args()
    fake = FakeSendGrid(args.api_key, keep_bodies=False, port=args.port)
    print(fake.url, flush=True)
    try:
        fake.server.serve_forever()
    except KeyboardInterrupt:
        sys.exit(0)


if __name__ == "__main__":
    main()
