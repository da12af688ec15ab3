"""SendGrid v3 mail send through the `sendgrid` package; SENDGRID_API_HOST points tests and staging elsewhere.

One request carries one message (a notice in one language) and up to 1000 personalizations, one per
recipient: their address, their signed links as substitutions, and their delivery id in custom_args so
that webhook events map back to deliveries. Categories name the policy and the version. Click and open
tracking are off: a privacy notice must not track its readers, and rewritten links would hide the token.

The request goes through the `sendgrid` package (SendGridAPIClient), whose HTTP layer is urllib. SendGrid
has no idempotency key, so whether a failed request may be retried depends on where it failed: urllib wraps
every error while connecting or writing the request in URLError (the body never arrived whole: nothing was
sent, retry), while an error while waiting for the answer (timeout, connection dropped) comes out as the
socket or http.client error itself (the body went out: the outcome is unknown, never resend blindly).

Answers:
- 202: submitted (sent), with X-Message-Id;
- 400: SendGrid names the bad `field`; a personalization (`personalizations.N…`) is dead-lettered with the
  reason and the rest resent at once; an error without a personalization index splits the batch in halves
  to isolate it; an error on the message itself (from, subject, content…) stops the dispatch: every
  recipient would fail, so nobody is dead-lettered for our mistake;
- 401/403: stop at once (ChannelError), everything stays pending;
- 413: split the batch in halves;
- 429: wait until X-RateLimit-Reset plus jitter, a bounded number of times, then leave it for a retry;
- 5xx, refused connections, connect timeouts, a request cut off while it was being written: exponential
  backoff with jitter, bounded, then retry later (the dispatcher dead-letters after its maximum attempts);
- timeouts and dropped connections while waiting for the answer: unknown.
"""

from __future__ import annotations

import http.client
import json
import logging
import re
import time
import urllib.error
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from python_http_client import exceptions as http_errors
from sendgrid import SendGridAPIClient

from notifier.delivery.channels.base import Batch, BatchResult, ChannelError, Recipient
from notifier.delivery.retry import Backoff, Pacer

log = logging.getLogger(__name__)
MAX_PERSONALIZATIONS = 1000
MAX_RATE_LIMIT_WAITS = 10
_PERSONALIZATION = re.compile(r"^personalizations\.(\d+)(\.|$)")
# Fields of the message itself: an error there would fail every recipient alike.
_MESSAGE_FIELDS = ("from", "reply_to", "subject", "content", "headers", "categories", "custom_args", "tracking")


@dataclass(frozen=True)
class Answer:
    """SendGrid's answer, whatever its status: the package returns 2xx and raises the rest."""

    status_code: int
    headers: Mapping[str, str]
    content: bytes

    def json(self) -> Any:
        return json.loads(self.content)

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", "replace")


class SendGridChannel:
    name = "sendgrid"
    max_batch = MAX_PERSONALIZATIONS

    def __init__(
        self,
        api_key: str,
        host: str = "https://api.sendgrid.com",
        backoff: Backoff | None = None,
        timeout: float = 30.0,
        rate: float = 0.0,
        sleep: Callable[[float], None] = time.sleep,
    ):
        if not api_key:
            raise ChannelError("SENDGRID_API_KEY is not set")
        self.backoff = backoff or Backoff()
        self.sleep = sleep
        self.pacer = Pacer(rate, sleep=sleep)
        self.api = SendGridAPIClient(api_key, host=host.rstrip("/"))
        # Each socket operation (connect, each write, each read) within `timeout`; the dispatcher keeps an
        # attempt inside the batch's lease.
        self.timeout = timeout

    def body(self, batch: Batch, recipients: list[Recipient]) -> dict[str, Any]:
        message = batch.message
        body: dict[str, Any] = {
            "personalizations": [
                {
                    "to": [{"email": r.email}],
                    **({"substitutions": r.values} if r.values else {}),
                    "custom_args": {"delivery_id": str(r.delivery_id)},
                }
                for r in recipients
            ],
            "from": {"email": batch.sender_email, "name": batch.sender_name},
            "subject": message.subject,
            "content": [{"type": "text/plain", "value": message.text}, {"type": "text/html", "value": message.html}],
            "categories": _categories(batch),
            "custom_args": {"notice": ", ".join(batch.notices), "message_sha256": message.sha256},
            "headers": {"X-Policy-Notice": ", ".join(batch.notices), "Content-Language": message.locale},
            "tracking_settings": {
                "click_tracking": {"enable": False, "enable_text": False},
                "open_tracking": {"enable": False},
            },
        }
        if batch.reply_to:
            body["reply_to"] = {"email": batch.reply_to}
        return body

    def send(self, batch: Batch, deadline: float | None = None) -> BatchResult:
        result = BatchResult()
        pending = [list(batch.recipients)]
        while pending:
            recipients = pending.pop()
            if recipients:
                pending.extend(reversed(self._send(batch, recipients, result, deadline)))
        return result

    def _post(self, body: dict[str, Any]) -> Answer:
        """POST the body; any HTTP status comes back as an Answer, failures to get one as exceptions."""
        try:
            response = self.api.client.mail.send.post(request_body=body, timeout=self.timeout)
        except http_errors.HTTPError as error:  # the package raises for every status from 400 up
            return Answer(error.status_code, error.headers or {}, error.body or b"")
        return Answer(response.status_code, response.headers or {}, response.body or b"")

    def _send(
        self, batch: Batch, recipients: list[Recipient], result: BatchResult, deadline: float | None
    ) -> list[list[Recipient]]:
        """Send these recipients in one request (retrying what is safe); returns the parts still to send."""
        attempt, rate_limited = 0, 0
        body = self.body(batch, recipients)
        while True:
            self.pacer.wait()  # before the deadline check: a long wait for our turn must not outlive the lease
            if deadline is not None and time.monotonic() >= deadline:
                _mark(result.later, recipients, "lease ends: not attempted again in this lease")
                return []
            attempt += 1
            result.requests += 1
            try:
                response = self._post(body)
            except urllib.error.URLError as exc:  # while connecting or writing: the body never arrived whole
                reason = f"sendgrid unreachable ({type(exc.reason).__name__}: {exc.reason})"
            except (OSError, http.client.HTTPException) as exc:  # while waiting for the answer
                _mark(result.unknown, recipients, f"sendgrid outcome unknown ({type(exc).__name__} after sending)")
                return []
            else:
                status = response.status_code
                if status == 202:
                    message_id = response.headers.get("X-Message-Id")
                    for r in recipients:
                        result.sent[r.delivery_id] = message_id
                    return []
                if status in (401, 403):
                    raise ChannelError(f"SendGrid refused the API key ({status}): {_errors(response)}")
                if status == 413:
                    return _halves(recipients, result, f"sendgrid 413: {_errors(response)}")
                if status == 400:
                    return self._bad_request(recipients, response, result)
                if status == 429:
                    rate_limited += 1
                    if rate_limited > MAX_RATE_LIMIT_WAITS:
                        _mark(result.later, recipients, f"sendgrid 429: still rate limited after {rate_limited} waits")
                        return []
                    attempt -= 1  # a rate limit is not a failure of the request
                    self._wait(self.backoff.rate_limit_delay(response.headers.get("X-RateLimit-Reset")), deadline)
                    continue
                if status < 500:
                    for r in recipients:
                        result.failed[r.delivery_id] = f"sendgrid {status}: {_errors(response)}"
                    return []
                reason = f"sendgrid {status}"
            if attempt >= self.backoff.attempts:
                _mark(result.retry, recipients, f"{reason} after {attempt} attempts")
                return []
            self._wait(self.backoff.delay(attempt), deadline)

    def _wait(self, seconds: float, deadline: float | None) -> None:
        if deadline is not None:
            seconds = min(seconds, max(deadline - time.monotonic(), 0.0))
        if seconds > 0:
            self.sleep(seconds)

    def _bad_request(self, recipients: list[Recipient], response: Answer, result: BatchResult) -> list[list[Recipient]]:
        errors = _error_list(response)
        bad: dict[int, str] = {}
        for error in errors:
            field = str(error.get("field") or "")
            if match := _PERSONALIZATION.match(field):
                index = int(match.group(1))
                if index < len(recipients):
                    bad.setdefault(index, f"sendgrid 400: {field}: {error.get('message')}"[:500])
            elif field.split(".")[0] in _MESSAGE_FIELDS:
                raise ChannelError(
                    f"SendGrid rejected the message itself ({field}: {error.get('message')}); "
                    "fix the template or the sender settings, nothing was dead-lettered"
                )
        if bad:
            for index, reason in bad.items():
                result.failed[recipients[index].delivery_id] = reason
            return [[r for i, r in enumerate(recipients) if i not in bad]]
        return _halves(recipients, result, f"sendgrid 400: {_errors(response)}")

    def close(self) -> None:
        """Nothing to release: the package opens one connection per request."""


def _halves(recipients: list[Recipient], result: BatchResult, reason: str) -> list[list[Recipient]]:
    """Split to isolate what the provider refused; one recipient left alone with the error is dead-lettered."""
    if len(recipients) == 1:
        result.failed[recipients[0].delivery_id] = reason[:500]
        return []
    half = len(recipients) // 2
    return [recipients[:half], recipients[half:]]


def _mark(target: dict[int, str], recipients: list[Recipient], reason: str) -> None:
    for r in recipients:
        target[r.delivery_id] = reason


def _error_list(response: Answer) -> list[dict[str, Any]]:
    try:
        errors = response.json().get("errors") or []
    except (ValueError, AttributeError):
        return []
    return [e for e in errors if isinstance(e, dict)]


def _errors(response: Answer) -> str:
    """SendGrid's error messages ({"errors": [{"message", "field"}]}), joined; the raw body if not JSON."""
    errors = _error_list(response)
    if errors:
        return "; ".join(f"{e.get('field') or '-'}: {e.get('message')}" for e in errors)[:500]
    return response.text[:200]


def _categories(batch: Batch) -> list[str]:
    """Each policy and each version told, for the provider's statistics (SendGrid takes at most 10)."""
    told = [key.split("/", 1) for key in batch.notices]
    names = [policy for policy, _ in told] + [f"{policy}-{version}" for policy, version in told]
    return list(dict.fromkeys(names))[:10]
