"""The life of one delivery, as the dispatcher, the webhook and the operator's status see it, and the one
interface through which they change it (DeliveryStore).

`sending` is a lease, committed before the request: only the dispatcher holding its token may record the answer.
`unknown` means the request may have reached the provider (timeout after sending, connection dropped, lease
expired mid-call): it is never resent blindly, only after the webhook stayed silent for a window
(notifier/delivery/reconcile.py). `sent` means the provider accepted it (202); `failed` is the dead letter.

DeliveryStore is what the dispatcher, the reconciler and the webhook depend on, in the way procrastinate's
worker depends on its job manager and not on a database: notifier/delivery/store/dispatching.py implements it
in SQL (SQLite and PostgreSQL), notifier/delivery/store/memory.py in memory, and
tests/notify/test_store_contract.py holds the three to the same behaviour.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from notifier.delivery.emails import RenderedMessage


class DeliveryState(StrEnum):
    """Stored as its value, so the database holds the same words an operator reads in `policies status`."""

    PENDING = "pending"
    SENDING = "sending"
    UNKNOWN = "unknown"
    SENT = "sent"
    FAILED = "failed"


# The provider events we track, by precedence: a late "processed" must not hide an earlier "delivered" or "bounce".
PROVIDER_RANK = {"processed": 1, "deferred": 2, "delivered": 3, "bounce": 4, "dropped": 4}


@dataclass(frozen=True)
class NoticeRef:
    id: int
    policy: str
    version: str

    @property
    def key(self) -> str:
        return f"{self.policy}/{self.version}"


@dataclass(frozen=True)
class Queue:
    """Deliveries pending in one language, of one notice or of several told in one email (a bundle, led by its
    first notice and keyed by `bundle`): every batch is taken from one queue, so it is one message."""

    notice_id: int
    policy: str
    version: str
    locale: str
    others: tuple[NoticeRef, ...] = ()  # the other notices of a bundle, by id
    # The lowest id of its deliveries waiting out a backoff when the queue was read: a dispatch that walks the
    # queue forward passes them by, and looks again from there once it reaches the end (None: none waits).
    waiting: int | None = field(default=None, compare=False)

    @property
    def notices(self) -> tuple[NoticeRef, ...]:
        return (NoticeRef(self.notice_id, self.policy, self.version), *self.others)

    @property
    def bundle(self) -> str | None:
        return bundle_key([n.id for n in self.notices]) if self.others else None


# Besides its state, what a delivery joined to a bundle's carrier copies from it once the carrier is sent or
# failed: the user read that one email.
CARRIED_OUTCOME = (
    "attempts",
    "leased_at",
    "sent_at",
    "transport",
    "message_sha256",
    "provider_id",
    "provider_status",
    "error",
)


def bundle_key(notice_ids: list[int]) -> str:
    """How a bundle's notices are written on its carrier delivery and its message: ids ascending, "3,5"."""
    return ",".join(str(i) for i in sorted(notice_ids))


def bundle_ids(key: str) -> list[int]:
    return [int(part) for part in key.split(",")]


@dataclass(frozen=True)
class Leased:
    """A delivery in a lease: whom to send it to, and how many attempts it has had, this one included."""

    id: int
    user_id: str
    email: str
    attempts: int


@dataclass(frozen=True)
class Retry:
    reason: str
    at: datetime  # not leased again before this


@dataclass
class Outcomes:
    """One batch's answer as the dispatcher decided it (dead letters, backoff), written under its lease."""

    transport: str
    message_sha256: str
    sent: dict[int, str | None] = field(default_factory=dict)  # delivery id -> provider message id
    failed: dict[int, str] = field(default_factory=dict)  # dead letters: reason
    unknown: dict[int, str] = field(default_factory=dict)  # maybe sent: settled by events or the window
    retry: dict[int, Retry] = field(default_factory=dict)  # certainly not sent: pending again after a backoff
    later: dict[int, str] = field(default_factory=dict)  # not attempted: pending again, the attempt not counted
    bundled: bool = False  # the batch carried a bundle: deliveries joined to it follow its outcome

    @property
    def answered(self) -> list[int]:
        return [*self.sent, *self.failed, *self.unknown, *self.retry, *self.later]


@dataclass(frozen=True)
class ProviderEvent:
    """One event of the provider's webhook about one of our deliveries; provider_event_id counts it once."""

    delivery_id: int
    kind: str  # a key of PROVIDER_RANK
    at: datetime
    detail: str | None
    provider_event_id: str


@dataclass
class EventsRecorded:
    recorded: int = 0
    duplicates: int = 0  # provider_event_id seen before: a retried or replayed event
    unmatched: int = 0  # no such delivery


@dataclass(frozen=True)
class DeliveryRecord:
    """What the store holds about one delivery's sending (the proof and the tests read it)."""

    id: int
    state: DeliveryState
    attempts: int
    leased_at: datetime | None
    lease_token: str | None
    next_attempt_at: datetime | None
    sent_at: datetime | None
    provider_id: str | None
    provider_status: str | None
    error: str | None
    events: tuple[str, ...]  # the kinds of its events, oldest first
    joined_to: int | None = None  # told in the email of that delivery (a bundle): its outcome is this one's


class DeliveryStore(Protocol):
    """Where deliveries wait, are leased and have their outcomes recorded. Every method is one transaction."""

    def now(self) -> datetime:
        """The store's clock (naive UTC): lease times are read from it."""
        ...

    def pending_queues(self) -> list[Queue]:
        """The queues with pending deliveries, by notice then language, each with the lowest id among its
        deliveries that wait out a backoff."""
        ...

    def pending_count(self) -> int: ...

    def bundle_pending(self) -> int:
        """Tell a user in one email every notice pending for them in one language that was never attempted:
        the delivery of the first notice carries the email (its `bundle` lists the notices), the others join it
        (never leased themselves, they take its outcome once it is sent or failed). Returns how many joined."""
        ...

    def keep_message(self, notice_id: int, message: RenderedMessage, bundle: str | None = None) -> None:
        """Keep the exact email of a notice (or of the bundle it leads) in one language, once per content hash:
        what users read (T4)."""
        ...

    def lease(
        self, notice_id: int, locale: str, size: int, token: str, after: int = 0, bundle: str | None = None
    ) -> list[Leased]:
        """Claim up to `size` due pending deliveries of one queue (the notice alone, or the bundle it leads) with
        ids above `after` (pending -> sending, one attempt more), by ascending id; no delivery is ever in two
        leases, and a delivery joined to another is never leased. Committed before returning."""
        ...

    def record(self, token: str, outcomes: Outcomes) -> int:
        """Write a batch's outcomes on the rows `token` still holds, and on the deliveries joined to those that are
        now sent or failed; returns how many it no longer held. `sent` is written on `unknown` rows of the lease
        too: acceptance is good news even after the lease expired."""
        ...

    def release(self, token: str) -> None:
        """Hand a lease back untouched (nothing of it was sent): pending again, the attempt not counted."""
        ...

    def expire_leases(self, leased_before: datetime) -> int:
        """`sending` rows leased before the cut-off (their dispatcher died or hung) become `unknown`."""
        ...

    def confirm_by_events(self, now: datetime) -> int:
        """`unknown` rows with a provider event become `sent`: the event proves the request was accepted."""
        ...

    def resend_silent(self, leased_before: datetime, now: datetime, detail: str) -> list[int]:
        """`unknown` rows leased before the cut-off and without a provider event become pending again, each with a
        `resend` event saying why; returns their ids."""
        ...

    def record_provider_events(self, events: list[ProviderEvent]) -> EventsRecorded:
        """Keep each new event of a known delivery once, raise its provider status by PROVIDER_RANK, and settle
        an `unknown` delivery as `sent`."""
        ...

    def delivery(self, delivery_id: int) -> DeliveryRecord | None: ...
