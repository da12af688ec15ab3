"""Any SMTP server: SMTP_URL is smtp://[user:password@]host[:port][?starttls=true] or smtps://… (TLS).

SMTP has neither an idempotency key nor an event webhook, so the only message whose fate can be unknown is
the one whose final answer we were waiting for. To keep it at that:
- a batch is one delivery (`max_batch = 1`): the dispatcher records its outcome before it leases the next,
  so a dispatcher killed at any moment leaves at most the message on the wire of each connection unknown;
- a connection outlives the batch (one per dispatch worker) and is reopened when the server hung up;
- where the transaction stopped decides what we know. Anything before the end of the message (connecting,
  MAIL, RCPT, DATA, writing the body) means the server did not take it; a lost or late answer to the final
  dot means it may have: unknown, never resent blindly;
- 421 ("try again later", the server closes) and a hang-up before the end of the message are not the
  recipient's failure: reconnect and try again, at once on a connection that had been reused (relays hang
  up after N messages), then with backoff; a server that keeps refusing stops the dispatch with everything
  still pending, and no attempt is spent. Other 4xx are retried later (an attempt), 5xx dead-letter the
  recipient, and a 5xx to MAIL FROM (the sender itself refused) stops the dispatch, nobody dead-lettered;
- a message, its reconnection included, gets at most MESSAGE_TIMEOUTS request timeouts, and none starts
  after the lease's deadline: the dispatcher keeps that many timeouts between the deadline and the lease's end.
"""

from __future__ import annotations

import re
import smtplib
import ssl
import threading
import time
from collections.abc import Callable
from email.message import EmailMessage
from urllib.parse import parse_qs, unquote, urlsplit

from notifier.delivery.channels.base import Batch, BatchResult, ChannelError, Recipient
from notifier.delivery.channels.mime import UNBUILDABLE, build
from notifier.delivery.retry import Backoff

MESSAGE_TIMEOUTS = 3


class _TryLater(Exception):
    """The server did not take the message and said, or showed, that it may later (421, a hang-up)."""


class _Refused(Exception):
    def __init__(self, permanent: bool, reason: str):
        super().__init__(reason)
        self.permanent = permanent


class _Unknown(Exception):
    """The whole message went out and its answer never came: the server may have taken it."""


class SmtpChannel:
    name = "smtp"
    max_batch = 1

    def __init__(
        self,
        url: str,
        timeout: float = 30.0,
        backoff: Backoff | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ):
        parts = urlsplit(url)
        if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
            raise ChannelError("SMTP_URL must look like smtp://user:password@host:587?starttls=true")
        self.tls = parts.scheme == "smtps"
        self.starttls = parse_qs(parts.query).get("starttls", ["false"])[0].lower() in ("1", "true", "yes")
        self.host = parts.hostname
        self.port = parts.port or (465 if self.tls else 25)
        self.user = unquote(parts.username) if parts.username else None
        self.password = unquote(parts.password) if parts.password else None
        self.timeout = timeout
        self.backoff = backoff or Backoff()
        self.sleep = sleep
        self._local = threading.local()  # each dispatch worker keeps its own connection
        self._clients: set[smtplib.SMTP] = set()
        self._lock = threading.Lock()

    def send(self, batch: Batch, deadline: float | None = None) -> BatchResult:
        result = BatchResult()
        for recipient in batch.recipients:
            try:
                mail = build(batch, recipient)
            except ValueError as exc:  # an unsafe header: this delivery is dead-lettered, never sent
                result.failed[recipient.delivery_id] = f"{UNBUILDABLE}: {exc}"
                continue
            self._deliver(batch.sender_email, recipient, mail, result, deadline)
        return result

    def _deliver(
        self, sender: str, recipient: Recipient, mail: EmailMessage, result: BatchResult, deadline: float | None
    ) -> None:
        """One message, tried again while the server says "later"; its outcome goes into `result`."""
        tries = 0
        while True:
            if deadline is not None and time.monotonic() >= deadline:
                result.later[recipient.delivery_id] = "lease ends: not attempted in this lease"
                return
            ends = time.monotonic() + MESSAGE_TIMEOUTS * self.timeout
            result.requests += 1
            open_client = getattr(self._local, "client", None)
            reused = open_client is not None and open_client.sock is not None
            try:
                client = self._client(ends)
                result.sent[recipient.delivery_id] = self._transaction(client, sender, recipient.email, mail, ends)
                return
            except _Refused as refused:
                target = result.failed if refused.permanent else result.retry
                target[recipient.delivery_id] = str(refused)
                self._reset()
                return
            except _Unknown as unknown:
                result.unknown[recipient.delivery_id] = str(unknown)
                self._hang_up()
                return
            except _TryLater as later:
                self._hang_up()
                if reused:
                    continue  # the server may have closed an idle or used-up connection: a fresh one, at once
                tries += 1
                if tries >= self.backoff.attempts:
                    raise ChannelError(f"{later} (SMTP server {self.host}:{self.port}, {tries} tries)") from later
                self._wait(self.backoff.delay(tries), deadline)

    def _transaction(self, client: smtplib.SMTP, sender: str, to: str, mail: EmailMessage, ends: float) -> str:
        """MAIL, RCPT, DATA, the message, the final answer; returns the Message-ID the server took."""
        international = not (sender + to).isascii()
        try:
            self._bound(client, ends)
            _check("MAIL FROM", *client.mail(sender, ["SMTPUTF8", "BODY=8BITMIME"] if international else []))
            self._bound(client, ends)
            _check("RCPT TO", *client.rcpt(to))
            self._bound(client, ends)
            client.putcmd("data")
            _check("DATA", *client.getreply(), expected=354)
            self._bound(client, ends)
            client.send(_payload(mail, international))
        except smtplib.SMTPNotSupportedError as exc:
            raise _Refused(True, f"smtp: {exc}") from exc
        except (OSError, smtplib.SMTPServerDisconnected) as exc:  # the final dot never went out: not taken
            raise _TryLater(f"connection lost before the end of the message ({exc})") from exc
        try:
            self._bound(client, ends)
            code, text = client.getreply()
        except (OSError, smtplib.SMTPServerDisconnected) as exc:
            raise _Unknown(f"smtp outcome unknown: no answer to the end of the message ({exc})") from exc
        _check("end of data", code, text)
        return str(mail["Message-ID"])

    def _client(self, ends: float) -> smtplib.SMTP:
        """This worker's open connection, or a new one (logged in, TLS as configured)."""
        client: smtplib.SMTP | None = getattr(self._local, "client", None)
        if client is not None and client.sock is not None:
            return client
        left = min(self.timeout, max(ends - time.monotonic(), 0.01))
        context = ssl.create_default_context()
        client = None
        try:
            if self.tls:
                client = smtplib.SMTP_SSL(self.host, self.port, timeout=left, context=context)
            else:
                client = smtplib.SMTP(self.host, self.port, timeout=left)
            self._bound(client, ends)
            client.ehlo_or_helo_if_needed()
            if self.starttls:
                self._bound(client, ends)
                client.starttls(context=context)
            if self.user:
                self._bound(client, ends)
                client.login(self.user, self.password or "")
        except (OSError, smtplib.SMTPException) as exc:
            if client is not None:
                client.close()
            if isinstance(exc, smtplib.SMTPAuthenticationError):
                raise ChannelError(f"SMTP login refused by {self.host}: {exc.smtp_code}") from exc
            if isinstance(exc, smtplib.SMTPNotSupportedError):
                raise ChannelError(f"SMTP server {self.host} cannot do what SMTP_URL asks: {exc}") from exc
            raise _TryLater(f"cannot reach SMTP server {self.host}:{self.port}: {exc}") from exc
        self._local.client = client
        with self._lock:
            self._clients.add(client)
        return client

    def _bound(self, client: smtplib.SMTP, ends: float) -> None:
        """The next socket operation may take the request timeout, and never past the message's time."""
        left = ends - time.monotonic()
        if left <= 0:
            raise TimeoutError("the message took longer than its time")
        if client.sock is not None:
            client.sock.settimeout(min(self.timeout, left))

    def _reset(self) -> None:
        """After a refused recipient the connection stays usable once the transaction is reset."""
        try:
            self._local.client.rset()
        except (OSError, smtplib.SMTPException):
            self._hang_up()

    def _hang_up(self) -> None:
        client = getattr(self._local, "client", None)
        self._local.client = None
        if client is not None:
            with self._lock:
                self._clients.discard(client)
            client.close()

    def _wait(self, seconds: float, deadline: float | None) -> None:
        if deadline is not None:
            seconds = min(seconds, max(deadline - time.monotonic(), 0.0))
        if seconds > 0:
            self.sleep(seconds)

    def close(self) -> None:
        with self._lock:
            clients, self._clients = self._clients, set()
        for client in clients:
            try:
                client.quit()
            except (OSError, smtplib.SMTPException):
                client.close()


def _check(stage: str, code: int, text: bytes, expected: int = 250) -> None:
    if code == expected or (expected == 250 and code == 251):
        return
    reason = f"smtp {code} to {stage}: {text.decode('utf-8', 'replace')[:300]}"
    if code == 421:
        raise _TryLater(reason)
    if stage == "MAIL FROM" and code >= 500:
        raise ChannelError(f"SMTP server refused the sender ({reason}); fix notifier.from, nothing was dead-lettered")
    raise _Refused(not 400 <= code < 500, reason)


def _payload(mail: EmailMessage, international: bool) -> bytes:
    """The message as DATA carries it: CRLF line ends, leading dots doubled, ended by a line with one dot."""
    policy = mail.policy.clone(linesep="\r\n", utf8=international)  # type: ignore[call-arg]  # EmailPolicy's field
    data = mail.as_bytes(policy=policy)
    data = re.sub(rb"(?m)^\.", b"..", data)
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return data + b".\r\n"
