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

from notifier.config.settings import Settings
from notifier.delivery.model import DeliveryStore

log = logging.getLogger(__name__)
_SHOWN_IDS = 20


@dataclass
class ReconcileResult:
    expired: int = 0  # sending -> unknown: lease expired (dispatcher died or hung)
    confirmed: int = 0  # unknown -> sent: a provider event proves the request was accepted
    resent: int = 0  # unknown -> pending: no event within the window


def reconcile(deliveries: DeliveryStore, settings: Settings, now: datetime | None = None) -> ReconcileResult:
    now = now or deliveries.now()
    result = ReconcileResult()
    result.expired = deliveries.expire_leases(now - timedelta(seconds=settings.lease_seconds))
    result.confirmed = deliveries.confirm_by_events(now)
    detail = f"no provider event within {settings.unknown_window_seconds} s of the request: resent"
    silent = deliveries.resend_silent(now - timedelta(seconds=settings.unknown_window_seconds), now, detail)
    result.resent = len(silent)
    if result.expired or result.confirmed or result.resent:
        shown = ",".join(map(str, silent[:_SHOWN_IDS])) + ("…" if len(silent) > _SHOWN_IDS else "")
        log.warning(
            "reconciled unknown outcomes",
            extra={
                "fields": {
                    "expired_leases": result.expired,
                    "confirmed_by_events": result.confirmed,
                    "resent_after_silence": result.resent,
                    "resent_ids": shown,
                }
            },
        )
    return result
