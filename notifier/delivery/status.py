"""`policies status`: what the store holds, per delivery state, and what is waiting for what.

Operators read it after a crash, an outage or a scale-up: how many deliveries are pending (due now, or
waiting out a retry backoff), in flight (and whether their lease expired), unknown (waiting for the
provider's events, and when the first ones will be resent), sent, dead-lettered (with the main reasons),
and what the provider reported (delivered, bounce, dropped: those users get the pop-up instead).
Counts only: no address and no user id is printed.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection, Engine

from notifier.audit import consents
from notifier.config.settings import Settings
from notifier.delivery import store
from notifier.delivery.model import DeliveryState


def state_counts(conn: Connection) -> dict[str, int]:
    """Deliveries per state: pending, sending, unknown, sent, failed."""
    d = store.deliveries
    return dict(conn.execute(select(d.c.status, func.count()).group_by(d.c.status)).all())


def status(engine: Engine, settings: Settings, now: datetime | None = None) -> dict[str, Any]:
    d, events = store.deliveries, store.delivery_events
    now = now or store.utcnow()
    with engine.connect() as conn:
        counts = state_counts(conn)
        waiting_backoff = conn.execute(
            select(func.count()).where(d.c.status == DeliveryState.PENDING, d.c.next_attempt_at > now)
        ).scalar_one()
        lease_limit = now - timedelta(seconds=settings.lease_seconds)
        expired = conn.execute(
            select(func.count()).where(d.c.status == DeliveryState.SENDING, d.c.leased_at < lease_limit)
        ).scalar_one()
        oldest_unknown = conn.execute(
            select(func.min(d.c.leased_at)).where(d.c.status == DeliveryState.UNKNOWN)
        ).scalar()
        provider = dict(
            conn.execute(
                select(d.c.provider_status, func.count())
                .where(d.c.provider_status.is_not(None))
                .group_by(d.c.provider_status)
            ).all()
        )
        reasons = conn.execute(
            select(func.substr(d.c.error, 1, 60).label("reason"), func.count().label("n"))
            .where(d.c.status == DeliveryState.FAILED)
            .group_by("reason")
            .order_by(func.count().desc())
            .limit(5)
        ).all()
        resent = conn.execute(select(func.count()).select_from(events).where(events.c.kind == "resend")).scalar_one()
        consent_log = consents.counts_by_version(conn)
    resend_at = (
        (oldest_unknown + timedelta(seconds=settings.unknown_window_seconds)).isoformat(timespec="seconds")
        if oldest_unknown
        else None
    )
    return {
        "states": {state: counts.get(state, 0) for state in tuple(DeliveryState)},
        "pending_due": counts.get(DeliveryState.PENDING, 0) - waiting_backoff,
        "pending_backoff": waiting_backoff,
        "sending_lease_expired": expired,
        "unknown_first_resend_at": resend_at,
        "provider": provider,
        "fallback_to_popup": provider.get("bounce", 0) + provider.get("dropped", 0),
        "failed_reasons": {r.reason: r.n for r in reasons},
        "resent_after_silence": resent,
        "consents_by_cookie_policy_version": consent_log,
    }


def format_status(report: dict[str, Any]) -> str:
    states = report["states"]
    lines = ["deliveries: " + ", ".join(f"{k} {v}" for k, v in states.items())]
    if states["pending"]:
        lines.append(f"  pending: {report['pending_due']} due now, {report['pending_backoff']} waiting for a retry")
    if states["sending"]:
        lines.append(f"  sending: {report['sending_lease_expired']} with an expired lease (become unknown)")
    if states["unknown"]:
        lines.append(
            f"  unknown: waiting for provider events; without one, resent from {report['unknown_first_resend_at']} UTC"
        )
    if report["provider"]:
        lines.append("provider events: " + ", ".join(f"{k} {v}" for k, v in sorted(report["provider"].items())))
    if report["fallback_to_popup"]:
        lines.append(f"  {report['fallback_to_popup']} bounced or dropped: they see the notice as a pop-up instead")
    for reason, n in report["failed_reasons"].items():
        lines.append(f"  failed ({n}): {reason}")
    if report["resent_after_silence"]:
        lines.append(f"resent after the unknown window: {report['resent_after_silence']}")
    for version, acts in sorted(report["consents_by_cookie_policy_version"].items()):
        lines.append(f"consents for cookie policy {version}: " + ", ".join(f"{k} {v}" for k, v in sorted(acts.items())))
    return "\n".join(lines)
