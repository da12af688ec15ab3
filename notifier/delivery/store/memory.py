"""The delivery store kept in memory: the same semantics as the SQL store (leases, their tokens and expiry,
the unknown window, attempts), so the dispatcher's logic can be tested in milliseconds.

Like procrastinate's InMemoryConnector it is a real implementation, not a mock: tests/notify/test_store_contract.py
runs one set of scenarios against it, SQLite and PostgreSQL. One lock makes every method one transaction.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime

from notifier.delivery.emails import RenderedMessage
from notifier.delivery.model import (
    CARRIED_OUTCOME,
    PROVIDER_RANK,
    DeliveryRecord,
    DeliveryState,
    EventsRecorded,
    Leased,
    NoticeRef,
    Outcomes,
    ProviderEvent,
    Queue,
    bundle_ids,
    bundle_key,
)
from notifier.delivery.store.engine import utcnow

_OUTCOME = ("state", *CARRIED_OUTCOME)  # what a joined delivery copies from its carrier


@dataclass
class _Delivery:
    id: int
    notice_id: int
    user_id: str
    email: str
    locale: str
    state: DeliveryState = DeliveryState.PENDING
    attempts: int = 0
    leased_at: datetime | None = None
    lease_token: str | None = None
    next_attempt_at: datetime | None = None
    sent_at: datetime | None = None
    transport: str | None = None
    message_sha256: str | None = None
    provider_id: str | None = None
    provider_status: str | None = None
    error: str | None = None
    events: list[str] = field(default_factory=list)  # kinds, oldest first
    provider_events: int = 0
    bundle: str | None = None
    joined_to: int | None = None

    @property
    def fresh(self) -> bool:
        """May join a bundle: pending, never attempted, neither carrying nor joined to one."""
        unbundled = self.bundle is None and self.joined_to is None
        return self.state == DeliveryState.PENDING and self.attempts == 0 and self.next_attempt_at is None and unbundled


class InMemoryDeliveries:
    """DeliveryStore in memory. `add_notice` and `add` stand in for planning and fan-out."""

    def __init__(self, clock: Callable[[], datetime] = utcnow):
        self.clock = clock
        self.notices: dict[int, tuple[str, str]] = {}
        self.messages: dict[str, tuple[int, RenderedMessage]] = {}
        self.rows: dict[int, _Delivery] = {}
        self._event_ids: set[str] = set()
        self._lock = threading.Lock()

    def add_notice(self, notice_id: int, policy: str, version: str) -> None:
        self.notices[notice_id] = (policy, version)

    def add(self, notice_id: int, user_id: str, email: str, locale: str) -> int:
        """A pending delivery of a notice to one user; returns its id (ascending, like the database's)."""
        with self._lock:
            delivery_id = len(self.rows) + 1
            self.rows[delivery_id] = _Delivery(delivery_id, notice_id, user_id, email, locale)
            return delivery_id

    def now(self) -> datetime:
        return self.clock()

    def pending_queues(self) -> list[Queue]:
        waiting: dict[tuple[str, int, str], int | None] = {}
        now = self.clock()
        with self._lock:
            for r in self.rows.values():
                if r.state == DeliveryState.PENDING and r.joined_to is None:
                    key = (r.bundle or "", r.notice_id, r.locale)
                    lowest = waiting.setdefault(key, None)
                    if r.next_attempt_at is not None and r.next_attempt_at > now:
                        waiting[key] = r.id if lowest is None else min(lowest, r.id)
        return [self._queue(n, bundle, locale, waiting[bundle, n, locale]) for bundle, n, locale in sorted(waiting)]

    def _queue(self, notice_id: int, bundle: str, locale: str, waiting: int | None) -> Queue:
        others = tuple(NoticeRef(i, *self.notices[i]) for i in (bundle_ids(bundle) if bundle else []) if i != notice_id)
        return Queue(notice_id, *self.notices[notice_id], locale, others, waiting)

    def bundle_pending(self) -> int:
        with self._lock:
            people: dict[tuple[str, str], list[_Delivery]] = {}
            for r in self.rows.values():
                if r.fresh:
                    people.setdefault((r.user_id, r.locale), []).append(r)
            joined = 0
            for several in (rows for rows in people.values() if len(rows) > 1):
                carrier, *others = sorted(several, key=lambda r: r.notice_id)
                carrier.bundle = bundle_key([r.notice_id for r in several])
                for r in others:
                    r.joined_to = carrier.id
                joined += len(others)
            return joined

    def pending_count(self) -> int:
        with self._lock:
            return sum(1 for r in self.rows.values() if r.state == DeliveryState.PENDING)

    def keep_message(self, notice_id: int, message: RenderedMessage, bundle: str | None = None) -> None:
        with self._lock:
            self.messages.setdefault(message.sha256, (notice_id, message))

    def lease(
        self, notice_id: int, locale: str, size: int, token: str, after: int = 0, bundle: str | None = None
    ) -> list[Leased]:
        now = self.clock()
        with self._lock:
            due = [
                r
                for r in self.rows.values()
                if r.notice_id == notice_id
                and r.locale == locale
                and r.state == DeliveryState.PENDING
                and r.id > after
                and (r.next_attempt_at is None or r.next_attempt_at <= now)
                and r.joined_to is None
                and r.bundle == bundle
            ]
            taken = sorted(due, key=lambda r: r.id)[:size]
            for r in taken:
                r.state, r.leased_at, r.lease_token, r.next_attempt_at = DeliveryState.SENDING, now, token, None
                r.attempts += 1
            return [Leased(r.id, r.user_id, r.email, r.attempts) for r in taken]

    def _held(self, token: str, ids: Iterable[int], *states: DeliveryState) -> list[_Delivery]:
        held = (self.rows.get(i) for i in ids)
        return [r for r in held if r is not None and r.lease_token == token and r.state in states]

    def record(self, token: str, outcomes: Outcomes) -> int:
        now = self.clock()
        with self._lock:
            sent = self._held(token, outcomes.sent, DeliveryState.SENDING, DeliveryState.UNKNOWN)
            for r in sent:
                r.state, r.sent_at, r.provider_id, r.error = DeliveryState.SENT, now, outcomes.sent[r.id], None
                r.transport, r.message_sha256 = outcomes.transport, outcomes.message_sha256
            for state, reasons in ((DeliveryState.FAILED, outcomes.failed), (DeliveryState.UNKNOWN, outcomes.unknown)):
                for r in self._held(token, reasons, DeliveryState.SENDING):
                    r.state, r.error = state, reasons[r.id]
                    r.transport, r.message_sha256 = outcomes.transport, outcomes.message_sha256
                    r.events.append(state.value)
            for r in self._held(token, outcomes.later, DeliveryState.SENDING):
                r.state, r.error, r.attempts = DeliveryState.PENDING, outcomes.later[r.id], r.attempts - 1
            for r in self._held(token, outcomes.retry, DeliveryState.SENDING):
                retry = outcomes.retry[r.id]
                r.state, r.error, r.next_attempt_at = DeliveryState.PENDING, retry.reason, retry.at
                r.events.append("deferred")
            if outcomes.bundled:
                self._follow(outcomes.answered)
            return len(outcomes.sent) - len(sent)

    def _follow(self, carrier_ids: Iterable[int]) -> None:
        """Deliveries joined to a sent or failed carrier take its outcome: the user read that one email."""
        ended = {i for i in carrier_ids if self.rows[i].state in (DeliveryState.SENT, DeliveryState.FAILED)}
        for r in self.rows.values():
            if r.joined_to is not None and r.joined_to in ended:
                for name in _OUTCOME:
                    setattr(r, name, getattr(self.rows[r.joined_to], name))

    def release(self, token: str) -> None:
        with self._lock:
            for r in self.rows.values():
                if r.lease_token == token and r.state == DeliveryState.SENDING:
                    r.state, r.attempts, r.lease_token = DeliveryState.PENDING, r.attempts - 1, None

    def expire_leases(self, leased_before: datetime) -> int:
        with self._lock:
            expired = [
                r for r in self._in(DeliveryState.SENDING) if r.leased_at is not None and r.leased_at < leased_before
            ]
            for r in expired:
                r.state, r.error = DeliveryState.UNKNOWN, "lease expired before the answer was recorded"
            return len(expired)

    def _in(self, state: DeliveryState) -> list[_Delivery]:
        return [r for r in self.rows.values() if r.state == state]

    def confirm_by_events(self, now: datetime) -> int:
        with self._lock:
            confirmed = [r for r in self._in(DeliveryState.UNKNOWN) if r.provider_events]
            for r in confirmed:
                r.state, r.sent_at, r.error = DeliveryState.SENT, r.sent_at or now, None
            self._follow(r.id for r in confirmed)
            return len(confirmed)

    def resend_silent(self, leased_before: datetime, now: datetime, detail: str) -> list[int]:
        with self._lock:
            silent = [
                r
                for r in self._in(DeliveryState.UNKNOWN)
                if r.leased_at is not None and r.leased_at < leased_before and not r.provider_events
            ]
            for r in silent:
                r.state, r.lease_token, r.next_attempt_at = DeliveryState.PENDING, None, None
                r.events.append("resend")
            return [r.id for r in silent]

    def record_provider_events(self, events: list[ProviderEvent]) -> EventsRecorded:
        result = EventsRecorded()
        best: dict[int, str] = {}  # per delivery, the first event of the highest rank in this call
        with self._lock:
            for event in events:
                row = self.rows.get(event.delivery_id)
                if row is None:
                    result.unmatched += 1
                elif event.provider_event_id in self._event_ids:
                    result.duplicates += 1
                else:
                    self._event_ids.add(event.provider_event_id)
                    row.events.append(event.kind)
                    row.provider_events += 1
                    result.recorded += 1
                    if PROVIDER_RANK[event.kind] > PROVIDER_RANK.get(best.get(row.id, ""), 0):
                        best[row.id] = event.kind
            for delivery_id, kind in best.items():
                self._settle(self.rows[delivery_id], kind)
            self._follow(best)
        return result

    def _settle(self, row: _Delivery, kind: str) -> None:
        if PROVIDER_RANK[kind] >= PROVIDER_RANK.get(row.provider_status or "", 0):
            row.provider_status = kind
        if row.state == DeliveryState.UNKNOWN:
            row.state, row.sent_at, row.error = DeliveryState.SENT, self.clock(), None

    def delivery(self, delivery_id: int) -> DeliveryRecord | None:
        with self._lock:
            row = self.rows.get(delivery_id)
            if row is None:
                return None
            return _record_of(row)


def _record_of(row: _Delivery) -> DeliveryRecord:
    return DeliveryRecord(
        id=row.id,
        state=row.state,
        attempts=row.attempts,
        leased_at=row.leased_at,
        lease_token=row.lease_token,
        next_attempt_at=row.next_attempt_at,
        sent_at=row.sent_at,
        provider_id=row.provider_id,
        provider_status=row.provider_status,
        error=row.error,
        events=tuple(row.events),
        joined_to=row.joined_to,
    )
