"""SendGrid's signed event webhook: verify who sent it, then record what happened to each delivery.

Verification (SendGrid "signed event webhook"): the body is signed with ECDSA P-256 / SHA-256 over the
timestamp header followed by the raw payload; the public key (base64 DER) comes from configuration
(SENDGRID_WEBHOOK_PUBLIC_KEY). A timestamp outside the tolerance is refused, so a captured request cannot be
replayed later; a replay inside the tolerance, and SendGrid's own retries, are absorbed by the unique
sg_event_id, so every event counts once.

Recording: the delivery id travels in each personalization's custom_args, which SendGrid copies into every
event. An event proves the request was accepted, which settles an `unknown` delivery (notifier/reconcile.py).
bounce and dropped are kept as the delivery's provider status and reported by `policies status`; those users
still see the notice as a pop-up on their next visit, because the pop-up does not depend on email (T3).
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import load_der_public_key
from sqlalchemy import bindparam, select, update
from sqlalchemy.engine import Engine

from notifier import store

log = logging.getLogger(__name__)
SIGNATURE_HEADER = "X-Twilio-Email-Event-Webhook-Signature"
TIMESTAMP_HEADER = "X-Twilio-Email-Event-Webhook-Timestamp"
# Provider status precedence: a late "processed" must not hide an earlier "delivered" or "bounce".
RANK = {"processed": 1, "deferred": 2, "delivered": 3, "bounce": 4, "dropped": 4}
KINDS = tuple(RANK)


class WebhookRefused(Exception):
    """The request is not a genuine, fresh SendGrid webhook; the message says why (no personal data)."""


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
        raise WebhookRefused("missing signature or timestamp header")
    try:
        moment = int(timestamp)
    except ValueError as exc:
        raise WebhookRefused("malformed timestamp") from exc
    if abs((time.time() if now is None else now) - moment) > tolerance:
        raise WebhookRefused("stale timestamp")
    try:
        der = base64.b64decode(signature, validate=True)
        key.verify(der, timestamp.encode("ascii") + payload, ec.ECDSA(hashes.SHA256()))
    except (InvalidSignature, ValueError, binascii.Error, UnicodeEncodeError) as exc:
        raise WebhookRefused("bad signature") from exc


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
    ignored: int = 0  # event kinds we do not track, or malformed entries


def parse(payload: bytes) -> list[Any]:
    try:
        events = json.loads(payload)
    except ValueError as exc:
        raise WebhookRefused("the body is not JSON") from exc
    if not isinstance(events, list):
        raise WebhookRefused("the body must be a JSON array of events")
    return events


def record_events(engine: Engine, events: list[Any]) -> WebhookResult:
    """Record each new event once, and move its delivery's provider status (and unknown -> sent)."""
    result = WebhookResult()
    rows: list[dict[str, Any]] = []
    for event in events:
        kind = event.get("event") if isinstance(event, dict) else None
        event_id = event.get("sg_event_id") if isinstance(event, dict) else None
        delivery = str(event.get("delivery_id", "")) if isinstance(event, dict) else ""
        if kind not in RANK or not isinstance(event_id, str) or not 0 < len(event_id) <= 128 or not delivery.isdigit():
            result.ignored += 1
            continue
        detail = {k: str(event[k])[:500] for k in ("sg_message_id", "reason", "response", "type") if k in event}
        at = event.get("timestamp")
        rows.append(
            {
                "delivery_id": int(delivery),
                "kind": kind,
                "at": datetime.fromtimestamp(at, tz=UTC).replace(tzinfo=None)
                if isinstance(at, int | float)
                else store.utcnow(),
                "detail": json.dumps(detail, ensure_ascii=False) if detail else None,
                "provider_event_id": event_id,
            }
        )
    if not rows:
        return result
    d, events_table = store.deliveries, store.delivery_events
    with engine.begin() as conn:
        known = set(conn.execute(select(d.c.id).where(d.c.id.in_({r["delivery_id"] for r in rows}))).scalars())
        matched = [r for r in rows if r["delivery_id"] in known]
        result.unmatched = len(rows) - len(matched)
        # One multi-row INSERT … ON CONFLICT DO NOTHING … RETURNING: only the new events come back, so a
        # retried or replayed sg_event_id is skipped by the unique index and counted as a duplicate.
        inserted: list[Any] = []
        if matched:
            inserted = conn.execute(
                store.insert(conn, events_table)
                .on_conflict_do_nothing(index_elements=["provider_event_id"])
                .returning(events_table.c.delivery_id, events_table.c.kind),
                matched,
            ).all()
        result.recorded = len(inserted)
        result.duplicates = len(matched) - len(inserted)
        best: dict[int, str] = {}
        for delivery_id, kind in inserted:
            if RANK[kind] > RANK.get(best.get(delivery_id, ""), 0):
                best[delivery_id] = kind
        if best:
            current = dict(conn.execute(select(d.c.id, d.c.provider_status).where(d.c.id.in_(best))).all())
            changes = [
                {"b_id": i, "b_status": k} for i, k in best.items() if RANK[k] >= RANK.get(current.get(i) or "", 0)
            ]
            if changes:
                conn.execute(
                    update(d).where(d.c.id == bindparam("b_id")).values(provider_status=bindparam("b_status")), changes
                )
            conn.execute(
                update(d)
                .where(d.c.id.in_(best), d.c.status == store.UNKNOWN)
                .values(status=store.SENT, sent_at=store.utcnow(), error=None)
            )
    log.info("webhook events", extra={"fields": vars(result)})
    return result
