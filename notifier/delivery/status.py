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

from notifier.config.settings import Settings
from notifier.delivery.model import DeliveryState
from notifier.delivery.store import Engine, consents, reports, utcnow


def status(engine: Engine, settings: Settings, now: datetime | None = None) -> dict[str, Any]:
    now = now or utcnow()
    counts = reports.delivery_counts(engine, now, lease_limit=now - timedelta(seconds=settings.lease_seconds))
    consent_log = consents.counts_per_version(engine)
    resend_at = (
        (counts.oldest_unknown + timedelta(seconds=settings.unknown_window_seconds)).isoformat(timespec="seconds")
        if counts.oldest_unknown
        else None
    )
    pending = counts.states.get(DeliveryState.PENDING, 0)
    return {
        "states": {state: counts.states.get(state, 0) for state in tuple(DeliveryState)},
        "pending_due": pending - counts.pending_backoff,
        "pending_backoff": counts.pending_backoff,
        "sending_lease_expired": counts.lease_expired,
        "unknown_first_resend_at": resend_at,
        "provider": counts.provider,
        "fallback_to_popup": counts.provider.get("bounce", 0) + counts.provider.get("dropped", 0),
        "failed_reasons": counts.failed_reasons,
        "resent_after_silence": counts.resent,
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
