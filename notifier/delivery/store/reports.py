"""What the operator reads: deliveries counted per state and per reason, and the log of ticks.

Counts only, computed by the database: no address and no user id leaves the store through here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.engine import Connection, Engine

from notifier.delivery.model import DeliveryState
from notifier.delivery.store import deliveries, delivery_events, ticks, utcnow
from notifier.delivery.store.dispatching import of_open_notices

REASON_LENGTH = 60  # failures are grouped by the start of their error, where the provider's reason is


@dataclass(frozen=True)
class DeliveryCounts:
    states: dict[str, int]
    pending_backoff: int  # pending, but waiting out a retry backoff
    lease_expired: int  # sending, with a lease older than the limit given
    oldest_unknown: datetime | None  # when the oldest delivery of unknown outcome was leased
    provider: dict[str, int]  # latest webhook event per delivery: delivered, bounce, dropped…
    failed_reasons: dict[str, int]  # the five most frequent, most frequent first
    resent: int  # resent after the provider stayed silent


def unsettled_counts(engine: Engine) -> dict[str, int]:
    """Deliveries per state among those that may still change (pending, sending, unknown): on PostgreSQL only
    the open notices' deliveries are read (migration 0008), so an idle tick does not count every one ever sent."""
    unsettled = (DeliveryState.PENDING, DeliveryState.SENDING, DeliveryState.UNKNOWN)
    with engine.connect() as conn:
        states = _states(conn, of_open_notices(conn))
    return {state: count for state, count in states.items() if state in unsettled}


def _states(conn: Connection, *where: ColumnElement[bool]) -> dict[str, int]:
    d = deliveries
    return dict(conn.execute(select(d.c.status, func.count()).where(*where).group_by(d.c.status)).all())


def delivery_counts(engine: Engine, now: datetime, lease_limit: datetime) -> DeliveryCounts:
    d = deliveries
    with engine.connect() as conn:
        states = _states(conn)
        backoff = select(func.count()).where(d.c.status == DeliveryState.PENDING.value, d.c.next_attempt_at > now)
        expired = select(func.count()).where(d.c.status == DeliveryState.SENDING.value, d.c.leased_at < lease_limit)
        oldest = select(func.min(d.c.leased_at)).where(d.c.status == DeliveryState.UNKNOWN.value)
        provider = (
            select(d.c.provider_status, func.count())
            .where(d.c.provider_status.is_not(None))
            .group_by(d.c.provider_status)
        )
        reason = func.substr(d.c.error, 1, REASON_LENGTH).label("reason")
        reasons = (
            select(reason, func.count())
            .where(d.c.status == DeliveryState.FAILED.value)
            .group_by("reason")
            .order_by(func.count().desc())
            .limit(5)
        )
        resent = select(func.count()).select_from(delivery_events).where(delivery_events.c.kind == "resend")
        return DeliveryCounts(
            states=states,
            pending_backoff=conn.execute(backoff).scalar_one(),
            lease_expired=conn.execute(expired).scalar_one(),
            oldest_unknown=conn.execute(oldest).scalar(),
            provider=dict(conn.execute(provider).all()),
            failed_reasons=dict(conn.execute(reasons).all()),
            resent=conn.execute(resent).scalar_one(),
        )


@dataclass(frozen=True)
class TickRecord:
    as_of: date
    result: dict | None


def start_tick(engine: Engine, as_of: date) -> tuple[int, TickRecord | None]:
    """Record that a tick for `as_of` started; return its id and the last tick that finished, if any."""
    with engine.begin() as conn:
        previous = conn.execute(
            select(ticks.c.as_of, ticks.c.result)
            .where(ticks.c.finished_at.is_not(None))
            .order_by(ticks.c.id.desc())
            .limit(1)
        ).one_or_none()
        tick_id = conn.execute(
            ticks.insert().values(as_of=as_of, started_at=utcnow()).returning(ticks.c.id)
        ).scalar_one()
    return tick_id, None if previous is None else TickRecord(previous.as_of, previous.result)


def finish_tick(engine: Engine, tick_id: int, summary: dict[str, object]) -> None:
    with engine.begin() as conn:
        conn.execute(ticks.update().where(ticks.c.id == tick_id).values(finished_at=utcnow(), result=summary))
