"""SendGrid's signed event webhook: verify who sent it, then record what happened to each delivery.

Verification (SendGrid "signed event webhook"): the body is signed with ECDSA P-256 / SHA-256 over the
timestamp header followed by the raw payload; the public key (base64 DER) comes from configuration
(SENDGRID_WEBHOOK_PUBLIC_KEY). A timestamp outside the tolerance is refused, so a captured request cannot be
replayed later; a replay inside the tolerance, and SendGrid's own retries, are absorbed by the unique
sg_event_id, so every event counts once.

Recording: the delivery id travels in each personalization's custom_args, which SendGrid copies into every
event. An event proves the request was accepted, which settles an `unknown` delivery (notifier/delivery/reconcile.py).
bounce and dropped are kept as the delivery's provider status and reported by `policies status`; those users
still see the notice as a pop-up on their next visit, because the pop-up does not depend on email (T3).
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import load_der_public_key

from notifier.delivery.model import PROVIDER_RANK, DeliveryStore, ProviderEvent
from notifier.delivery.store import Engine
from notifier.delivery.store.dispatching import SqlDeliveries

log = logging.getLogger(__name__)
SIGNATURE_HEADER = "X-Twilio-Email-Event-Webhook-Signature"
TIMESTAMP_HEADER = "X-Twilio-Email-Event-Webhook-Timestamp"


class WebhookRefused(Exception):
    """The request is not a genuine, fresh SendGrid webhook; the message says why (no personal data), and
    `field` which part of the request: the signature or timestamp header, or the body."""

    def __init__(self, reason: str, field: str):
        super().__init__(reason)
        self.field = field


def load_public_key(text: str) -> ec.EllipticCurvePublicKey:
    try:
        key = load_der_public_key(base64.b64decode(text.strip(), validate=True))
    except (ValueError, binascii.Error) as exc:
        raise ValueError("SENDGRID_WEBHOOK_PUBLIC_KEY is not a base64 DER public key") from exc
    if not isinstance(key, ec.EllipticCurvePublicKey):
        raise ValueError("SENDGRID_WEBHOOK_PUBLIC_KEY is not an elliptic-curve key")
    return key


def verify(
    key: ec.EllipticCurvePublicKey,
    signature: str | None,
    timestamp: str | None,
    payload: bytes,
    tolerance: int,
    now: float | None = None,
) -> None:
    """Raise WebhookRefused unless `signature` signs timestamp + payload and the timestamp is fresh."""
    if not signature or not timestamp:
        raise WebhookRefused(
            "missing signature or timestamp header", SIGNATURE_HEADER if timestamp else TIMESTAMP_HEADER
        )
    if not timestamp.isascii() or not timestamp.isdigit():
        raise WebhookRefused("malformed timestamp", TIMESTAMP_HEADER)
    if abs((time.time() if now is None else now) - int(timestamp)) > tolerance:
        raise WebhookRefused("stale timestamp", TIMESTAMP_HEADER)
    try:
        der = base64.b64decode(signature, validate=True)
        key.verify(der, timestamp.encode("ascii") + payload, ec.ECDSA(hashes.SHA256()))
    except (InvalidSignature, ValueError, binascii.Error, UnicodeEncodeError) as exc:
        raise WebhookRefused("bad signature", SIGNATURE_HEADER) from exc


def sign(private_key: ec.EllipticCurvePrivateKey, timestamp: str, payload: bytes) -> str:
    """What SendGrid does; used by the fake SendGrid and the tests."""
    return base64.b64encode(private_key.sign(timestamp.encode("ascii") + payload, ec.ECDSA(hashes.SHA256()))).decode()


def public_key_text(private_key: ec.EllipticCurvePrivateKey) -> str:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    der = private_key.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    return base64.b64encode(der).decode()


@dataclass
class WebhookResult:
    recorded: int = 0
    duplicates: int = 0  # sg_event_id seen before: a retried or replayed event
    unmatched: int = 0  # no such delivery (another system's mail on the same account)
    ignored: int = 0  # event kinds we do not track (open, click: tracking is off)
    malformed: int = 0  # entries that are not a well-formed event: counted and logged by position


class MalformedEvent(Exception):
    """One entry of a batch is not a well-formed event; the message names the field, never its value."""


_EVENT_ID = re.compile(r"\A[\x21-\x7e]{1,128}\Z")  # SendGrid's ids are printable ASCII
_DELIVERY_ID = re.compile(r"\A[0-9]{1,18}\Z")  # ours: a positive BIGINT, in ASCII digits
_LATEST = datetime(9999, 12, 31, tzinfo=UTC).timestamp()
_SHOWN_POSITIONS = 100


def parse(payload: bytes) -> list[Any]:
    try:
        events = json.loads(payload)
    except (ValueError, RecursionError):  # RecursionError: thousands of nested [
        raise WebhookRefused("the body is not JSON", "body") from None
    if not isinstance(events, list):
        raise WebhookRefused("the body must be a JSON array of events", "body")
    return events


def _printable(value: Any) -> str:
    """Provider text for the record: bounded, and storable (a lone surrogate cannot be encoded)."""
    return str(value)[:500].encode("utf-8", "replace").decode("utf-8")


def event_row(event: Any) -> ProviderEvent | None:
    """The event of one entry; None for a kind we do not track; MalformedEvent otherwise."""
    if not isinstance(event, dict):
        raise MalformedEvent("entry")
    kind = event.get("event")
    if not isinstance(kind, str):
        raise MalformedEvent("event")
    if kind not in PROVIDER_RANK:
        return None
    event_id = event.get("sg_event_id")
    if not isinstance(event_id, str) or not _EVENT_ID.match(event_id):
        raise MalformedEvent("sg_event_id")
    delivery = event.get("delivery_id")
    delivery = str(delivery) if isinstance(delivery, int) and not isinstance(delivery, bool) else delivery
    if not isinstance(delivery, str) or not _DELIVERY_ID.match(delivery) or int(delivery) == 0:
        raise MalformedEvent("delivery_id")
    at = event.get("timestamp", time.time())
    if isinstance(at, bool) or not isinstance(at, int | float) or not 0 <= at <= _LATEST:  # NaN fails too
        raise MalformedEvent("timestamp")
    detail = {k: _printable(event[k]) for k in ("sg_message_id", "reason", "response", "type") if k in event}
    return ProviderEvent(
        delivery_id=int(delivery),
        kind=kind,
        at=datetime.fromtimestamp(at, tz=UTC).replace(tzinfo=None),
        detail=json.dumps(detail, ensure_ascii=False) if detail else None,
        provider_event_id=event_id,
    )


def _log_malformed(positions: list[int], fields: dict[str, int]) -> None:
    shown = ",".join(map(str, positions[:_SHOWN_POSITIONS]))
    if len(positions) > _SHOWN_POSITIONS:
        shown += f",…{len(positions) - _SHOWN_POSITIONS} more"
    reasons = ",".join(f"{field}:{count}" for field, count in sorted(fields.items()))
    log.warning(
        "webhook events malformed", extra={"fields": {"count": len(positions), "positions": shown, "fields": reasons}}
    )


def _well_formed(events: list[Any], result: WebhookResult) -> list[ProviderEvent]:
    """The well-formed events we track; the others are counted in `result`, the malformed logged.

    A malformed entry costs only itself: SendGrid retries a whole batch that is not answered 2xx, and in
    the end drops it, good events included.
    """
    rows: list[ProviderEvent] = []
    malformed: list[int] = []
    fields: dict[str, int] = {}
    for position, event in enumerate(events):
        try:
            row = event_row(event)
        except MalformedEvent as exc:
            malformed.append(position)
            fields[str(exc)] = fields.get(str(exc), 0) + 1
            continue
        if row is None:
            result.ignored += 1
        else:
            rows.append(row)
    result.malformed = len(malformed)
    if malformed:
        _log_malformed(malformed, fields)
    return rows


def record_events(engine: Engine, events: list[Any]) -> WebhookResult:
    """Record each new well-formed event once, and move its delivery's provider status (and unknown -> sent)."""
    return record_events_in(SqlDeliveries(engine), events)


def record_events_in(deliveries: DeliveryStore, events: list[Any]) -> WebhookResult:
    """The same on any delivery store (the dispatcher's tests use the in-memory one)."""
    result = WebhookResult()
    rows = _well_formed(events, result)
    if not rows:
        return result
    stored = deliveries.record_provider_events(rows)
    result.recorded, result.duplicates, result.unmatched = stored.recorded, stored.duplicates, stored.unmatched
    log.info("webhook events", extra={"fields": vars(result)})
    return result
