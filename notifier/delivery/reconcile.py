"""Unknown outcomes: decide, from the provider's events, whether a delivery went out; resend only after silence.

SendGrid has no idempotency key, so a request whose answer we never saw may or may not have been accepted.
Blindly resending could tell a user twice; never resending could lose them. The provider's event webhook
settles it: any event for a delivery (processed, deferred, delivered, bounce, dropped) proves the request was
accepted. So each dispatch first:
1. turns `sending` rows whose lease has expired (their dispatcher died mid-call) into `unknown`;
2. marks `unknown` rows that have a provider event `sent`;
3. puts back to `pending` the `unknown` rows whose request is older than the window and still have no event,
   and logs that decision (with the delivery ids, which are not personal data) and records it as an event.
The window (POLICIES_UNKNOWN_WINDOW, two hours by default) counts from the lease's start and must be longer
than the lease (settings refuse to start otherwise): a batch's requests all end within its lease, so a resend
never overlaps them, and what the window has beyond the lease is the time the provider's events have to
arrive after the last of them; keep that above the provider's webhook delay.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import exists, func, select, update
from sqlalchemy.engine import Engine

from notifier.config.settings import Settings
from notifier.delivery import store
from notifier.delivery.model import DeliveryState

log = logging.getLogger(__name__)


@dataclass
class ReconcileResult:
    expired: int = 0  # sending -> unknown: lease expired (dispatcher died or hung)
    confirmed: int = 0  # unknown -> sent: a provider event proves the request was accepted
    resent: int = 0  # unknown -> pending: no event within the window


def _has_provider_event(d: object) -> object:
    events = store.delivery_events
    return exists().where(events.c.delivery_id == d.c.id, events.c.provider_event_id.is_not(None))  # type: ignore[attr-defined]


def reconcile(engine: Engine, settings: Settings, now: datetime | None = None) -> ReconcileResult:
    d, events = store.deliveries, store.delivery_events
    now = now or store.utcnow()
    result = ReconcileResult()
    with engine.begin() as conn:
        expired = conn.execute(
            update(d)
            .where(d.c.status == DeliveryState.SENDING, d.c.leased_at < now - timedelta(seconds=settings.lease_seconds))
            .values(status=DeliveryState.UNKNOWN, error="lease expired before the answer was recorded")
            .execution_options(preserve_rowcount=True)
        )
        result.expired = max(expired.rowcount, 0)
        confirmed = conn.execute(
            update(d)
            .where(d.c.status == DeliveryState.UNKNOWN, _has_provider_event(d))
            .values(status=DeliveryState.SENT, sent_at=func.coalesce(d.c.sent_at, now), error=None)
            .execution_options(preserve_rowcount=True)
        )
        result.confirmed = max(confirmed.rowcount, 0)
        silent = list(
            conn.execute(
                select(d.c.id).where(
                    d.c.status == DeliveryState.UNKNOWN,
                    d.c.leased_at < now - timedelta(seconds=settings.unknown_window_seconds),
                    ~_has_provider_event(d),
                )
            ).scalars()
        )
        if silent:
            conn.execute(
                update(d)
                .where(d.c.id.in_(silent), d.c.status == DeliveryState.UNKNOWN)
                .values(status=DeliveryState.PENDING, lease_token=None, next_attempt_at=None)
            )
            detail = f"no provider event within {settings.unknown_window_seconds} s of the request: resent"
            conn.execute(
                events.insert(), [{"delivery_id": i, "kind": "resend", "at": now, "detail": detail} for i in silent]
            )
        result.resent = len(silent)
    if result.expired or result.confirmed or result.resent:
        log.warning(
            "reconciled unknown outcomes",
            extra={
                "fields": {
                    "expired_leases": result.expired,
                    "confirmed_by_events": result.confirmed,
                    "resent_after_silence": result.resent,
                    "resent_ids": ",".join(map(str, silent[:20])) + ("…" if len(silent) > 20 else ""),
                }
            },
        )
    return result
