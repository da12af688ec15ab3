"""The delivery store's contract, held by all three stores: in memory, SQLite and PostgreSQL.

The dispatcher's safety rests on these promises, not on a database: a delivery is in one lease at a time;
only the lease's holder records its answer; an expired lease becomes unknown, never pending; an unknown
delivery is resent only after the window and only when the provider stayed silent; a provider event counts
once. The dispatcher's own tests (test_dispatcher.py) run on the in-memory store because this module proves
it behaves like the real ones.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from notifier.delivery import store
from notifier.delivery.model import DeliveryState, DeliveryStore, NoticeRef, Outcomes, ProviderEvent, Queue, Retry
from notifier.delivery.store.dispatching import SqlDeliveries
from notifier.delivery.store.memory import InMemoryDeliveries
from tests.notify.conftest import fresh_database

START = datetime(2026, 11, 21, 9, 0)
NOTICE, COOKIES = 1, 2  # the privacy notice, and the cookie notice released the same day


class Clock:
    """The store's clock, moved by the scenario: no test waits for real time to pass."""

    def __init__(self) -> None:
        self.at = START

    def __call__(self) -> datetime:
        return self.at

    def advance(self, seconds: float) -> datetime:
        self.at += timedelta(seconds=seconds)
        return self.at


@dataclass
class Shelf:
    """A store under test, and how to put pending deliveries in it (planning and fan-out stand-ins)."""

    deliveries: DeliveryStore
    add: Callable[[int, list[str], str], list[int]]  # (notice, user ids, locale) -> the new deliveries' ids
    counter: Iterator[int]

    def pending(self, locale: str, count: int) -> list[int]:
        """Pending deliveries of the privacy notice to `count` new users."""
        return self.add(NOTICE, [f"u{next(self.counter)}" for _ in range(count)], locale)


def _memory_shelf(clock: Clock) -> Shelf:
    memory = InMemoryDeliveries(clock)
    memory.add_notice(NOTICE, "privacy", "2026-11-21")
    memory.add_notice(COOKIES, "cookies", "2026-11-21")

    def add(notice: int, users: list[str], locale: str) -> list[int]:
        return [memory.add(notice, u, f"{u}@example.com", locale) for u in users]

    return Shelf(memory, add, iter(range(1, 1_000_000)))


def _sql_shelf(url: str, clock: Clock) -> Shelf:
    engine = store.open_engine(url)
    with engine.begin() as conn:
        notice = {
            "change_class": "major",
            "published_at": date(2026, 11, 21),
            "effective_at": date(2026, 12, 21),
            "planned_at": START,
            "audience": "active_accounts",
        }
        conn.execute(
            insert(store.notices),
            [
                {"id": NOTICE, "policy": "privacy", "version": "2026-11-21", **notice},
                {"id": COOKIES, "policy": "cookies", "version": "2026-11-21", **notice},
            ],
        )

    def add(notice: int, users: list[str], locale: str) -> list[int]:
        with engine.begin() as conn:
            known = set(conn.execute(select(store.users.c.id).where(store.users.c.id.in_(users))).scalars())
            new = [{"id": u, "email": f"{u}@example.com", "locale": locale, "updated_at": START} for u in users]
            if fresh := [row for row in new if row["id"] not in known]:
                conn.execute(insert(store.users), fresh)
            rows = conn.execute(
                insert(store.deliveries).returning(store.deliveries.c.id),
                [
                    {
                        "notice_id": notice,
                        "user_id": u,
                        "channel": store.EMAIL,
                        "locale": locale,
                        "email": f"{u}@example.com",
                        "text_sha256": "0" * 64,
                        "status": DeliveryState.PENDING,
                        "created_at": START,
                    }
                    for u in users
                ],
            )
            return sorted(rows.scalars())

    return Shelf(SqlDeliveries(engine, clock), add, iter(range(1, 1_000_000)))


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture(params=["memory", "sqlite", "postgresql"])
def shelf(request: pytest.FixtureRequest, tmp_path: Path, clock: Clock) -> Iterator[Shelf]:
    if request.param == "memory":
        yield _memory_shelf(clock)
        return
    with fresh_database(request.param, tmp_path) as url:
        yield _sql_shelf(url, clock)


def outcomes(**kinds: dict) -> Outcomes:
    return Outcomes(transport="sendgrid", message_sha256="f" * 64, **kinds)


def state(shelf: Shelf, delivery_id: int) -> DeliveryState:
    record = shelf.deliveries.delivery(delivery_id)
    assert record is not None
    return record.state


def test_leases_take_a_queue_in_order_and_never_the_same_delivery_twice(shelf):
    ids = shelf.pending("en", 25)
    shelf.pending("fr", 5)
    store = shelf.deliveries
    assert store.pending_queues() == [
        Queue(NOTICE, "privacy", "2026-11-21", "en"),
        Queue(NOTICE, "privacy", "2026-11-21", "fr"),
    ]
    leases = [store.lease(NOTICE, "en", 10, token) for token in ("a" * 32, "b" * 32, "c" * 32)]
    assert [len(lease) for lease in leases] == [10, 10, 5]
    assert [r.id for lease in leases for r in lease] == ids, "ascending, disjoint, and all of the queue"
    assert all(r.attempts == 1 for lease in leases for r in lease)
    assert store.lease(NOTICE, "en", 10, "d" * 32) == []
    assert store.pending_count() == 5, "the French queue is untouched"
    assert store.lease(NOTICE, "en", 10, "e" * 32, after=0) == []


def test_a_lease_starts_above_the_id_it_is_given(shelf):
    ids = shelf.pending("en", 6)
    leased = shelf.deliveries.lease(NOTICE, "en", 10, "a" * 32, after=ids[2])
    assert [r.id for r in leased] == ids[3:]


def test_dispatchers_leasing_at_once_never_share_a_delivery(shelf):
    ids = shelf.pending("en", 300)
    taken: list[list[int]] = []
    lock = threading.Lock()

    def dispatcher(n: int) -> None:
        while leased := shelf.deliveries.lease(NOTICE, "en", 7, f"{n:032d}"):
            with lock:
                taken.append([r.id for r in leased])

    threads = [threading.Thread(target=dispatcher, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    every = [i for lease in taken for i in lease]
    assert sorted(every) == ids and len(set(every)) == len(every)
    assert all(len(lease) <= 7 for lease in taken)


def test_only_the_lease_holder_records_the_answer(shelf):
    ids = shelf.pending("en", 3)
    store = shelf.deliveries
    store.lease(NOTICE, "en", 10, "a" * 32)
    lost = store.record("b" * 32, outcomes(sent={i: "msg-1" for i in ids}, failed={ids[0]: "no"}))
    assert lost == 3
    assert [state(shelf, i) for i in ids] == [DeliveryState.SENDING] * 3
    assert store.record("a" * 32, outcomes(sent={i: "msg-1" for i in ids})) == 0
    record = store.delivery(ids[0])
    assert record is not None and (record.state, record.provider_id) == (DeliveryState.SENT, "msg-1")
    assert record.sent_at == START


def test_every_kind_of_outcome_is_written_as_the_dispatcher_decided(shelf, clock):
    sent, failed, unknown, retried, later = shelf.pending("en", 5)
    store = shelf.deliveries
    store.lease(NOTICE, "en", 10, "a" * 32)
    retry_at = START + timedelta(minutes=5)
    store.record(
        "a" * 32,
        outcomes(
            sent={sent: None},
            failed={failed: "sendgrid 400: bad address"},
            unknown={unknown: "timeout after sending"},
            retry={retried: Retry("sendgrid 503", retry_at)},
            later={later: "rate limited"},
        ),
    )
    records = {i: store.delivery(i) for i in (sent, failed, unknown, retried, later)}
    assert {i: r.state for i, r in records.items()} == {
        sent: DeliveryState.SENT,
        failed: DeliveryState.FAILED,
        unknown: DeliveryState.UNKNOWN,
        retried: DeliveryState.PENDING,
        later: DeliveryState.PENDING,
    }
    assert records[failed].error == "sendgrid 400: bad address" and records[failed].events == ("failed",)
    assert records[unknown].events == ("unknown",) and records[retried].events == ("deferred",)
    assert records[retried].next_attempt_at == retry_at and records[retried].attempts == 1
    assert records[later].attempts == 0, "a request never made does not count as an attempt"
    assert [r.id for r in store.lease(NOTICE, "en", 10, "b" * 32)] == [later], "the retry waits for its backoff"
    clock.advance(5 * 60)
    again = store.lease(NOTICE, "en", 10, "c" * 32)
    assert [(r.id, r.attempts) for r in again] == [(retried, 2)]


def test_a_released_lease_is_pending_again_without_counting_an_attempt(shelf):
    ids = shelf.pending("en", 4)
    store = shelf.deliveries
    store.lease(NOTICE, "en", 10, "a" * 32)
    store.release("a" * 32)
    assert store.pending_count() == 4
    assert [(r.id, r.attempts) for r in store.lease(NOTICE, "en", 10, "b" * 32)] == [(i, 1) for i in ids]


def test_an_expired_lease_becomes_unknown_and_a_late_acceptance_still_counts(shelf, clock):
    first, second = shelf.pending("en", 2)
    store = shelf.deliveries
    store.lease(NOTICE, "en", 10, "a" * 32)
    assert store.expire_leases(leased_before=START) == 0, "a lease that has not ended is left alone"
    clock.advance(600)
    assert store.expire_leases(leased_before=clock.at - timedelta(seconds=300)) == 2
    assert state(shelf, first) == DeliveryState.UNKNOWN, "never pending: the request may have gone out"
    store.record("a" * 32, outcomes(sent={first: "msg-1"}, failed={second: "sendgrid 400"}))
    assert (state(shelf, first), state(shelf, second)) == (DeliveryState.SENT, DeliveryState.UNKNOWN)


def test_an_unknown_delivery_is_resent_only_after_the_window_and_only_without_provider_events(shelf, clock):
    silent, heard = shelf.pending("en", 2)
    store = shelf.deliveries
    store.lease(NOTICE, "en", 10, "a" * 32)
    store.record("a" * 32, outcomes(unknown={silent: "dropped", heard: "dropped"}))
    later = clock.advance(60)
    assert store.resend_silent(leased_before=START, now=later, detail="window") == [], "inside the window"
    event = ProviderEvent(heard, "processed", later, None, "evt-1")
    assert store.record_provider_events([event]).recorded == 1
    assert state(shelf, heard) == DeliveryState.SENT, "an event proves the request was accepted"
    assert store.resend_silent(leased_before=later, now=later, detail="no event within 60 s") == [silent]
    record = store.delivery(silent)
    assert record is not None and (record.state, record.lease_token) == (DeliveryState.PENDING, None)
    assert record.events == ("unknown", "resend")
    assert [r.id for r in store.lease(NOTICE, "en", 10, "b" * 32)] == [silent]


def test_unknown_deliveries_with_an_event_are_confirmed_as_sent(shelf, clock):
    (delivery,) = shelf.pending("en", 1)
    store = shelf.deliveries
    store.lease(NOTICE, "en", 10, "a" * 32)
    clock.advance(600)
    store.expire_leases(leased_before=clock.at)
    assert store.confirm_by_events(clock.at) == 0
    store.record_provider_events([ProviderEvent(delivery, "delivered", clock.at, None, "evt-1")])
    assert state(shelf, delivery) == DeliveryState.SENT


def test_a_provider_event_counts_once_and_never_lowers_the_provider_status(shelf, clock):
    first, second = shelf.pending("en", 2)
    store = shelf.deliveries
    store.lease(NOTICE, "en", 10, "a" * 32)
    store.record("a" * 32, outcomes(sent={first: "msg-1", second: "msg-1"}))
    events = [
        ProviderEvent(first, "delivered", clock.at, None, "evt-1"),
        ProviderEvent(first, "processed", clock.at, None, "evt-2"),
        ProviderEvent(second, "bounce", clock.at, '{"reason": "no mailbox"}', "evt-3"),
        ProviderEvent(999_999, "delivered", clock.at, None, "evt-4"),
    ]
    result = store.record_provider_events(events)
    assert (result.recorded, result.duplicates, result.unmatched) == (3, 0, 1)
    again = store.record_provider_events([*events[:1], ProviderEvent(first, "processed", clock.at, None, "evt-5")])
    assert (again.recorded, again.duplicates) == (1, 1)
    statuses = [store.delivery(i).provider_status for i in (first, second)]  # type: ignore[union-attr]
    assert statuses == ["delivered", "bounce"]


def test_notices_due_together_for_one_person_become_one_email_and_share_its_outcome(shelf):
    """The privacy and the cookie policy released the same day: u1 and u2 are due both, u3 only the privacy
    notice, u4 only the cookie one. Each person gets one email; each notice keeps its own delivery."""
    store = shelf.deliveries
    privacy = shelf.add(NOTICE, ["u1", "u2", "u3"], "en")
    cookies = shelf.add(COOKIES, ["u1", "u2", "u4"], "en")
    assert store.bundle_pending() == 2
    both = Queue(NOTICE, "privacy", "2026-11-21", "en", (NoticeRef(COOKIES, "cookies", "2026-11-21"),))
    assert both.bundle == "1,2"
    assert sorted(store.pending_queues(), key=lambda q: q.notice_id) == [
        Queue(NOTICE, "privacy", "2026-11-21", "en"),
        both,
        Queue(COOKIES, "cookies", "2026-11-21", "en"),
    ]
    assert [r.id for r in store.lease(NOTICE, "en", 10, "a" * 32)] == [privacy[2]], "u3 alone"
    assert [r.id for r in store.lease(COOKIES, "en", 10, "b" * 32)] == [cookies[2]], "u4 alone"
    carried = store.lease(NOTICE, "en", 10, "c" * 32, bundle="1,2")
    assert [(r.user_id, r.id) for r in carried] == [("u1", privacy[0]), ("u2", privacy[1])]
    assert store.lease(COOKIES, "en", 10, "d" * 32, bundle="1,2") == [], "a joined delivery is never leased"
    store.record("c" * 32, outcomes(sent={privacy[0]: "msg-1"}, failed={privacy[1]: "bad address"}, bundled=True))
    joined = [store.delivery(i) for i in cookies[:2]]
    assert [(r.state, r.provider_id, r.joined_to) for r in joined if r] == [
        (DeliveryState.SENT, "msg-1", privacy[0]),
        (DeliveryState.FAILED, None, privacy[1]),
    ]
    assert store.bundle_pending() == 0, "bundled once"


def test_a_joined_delivery_stays_pending_until_its_email_is_known_to_be_sent(shelf, clock):
    store = shelf.deliveries
    (privacy,) = shelf.add(NOTICE, ["u1"], "fr")
    (cookies,) = shelf.add(COOKIES, ["u1"], "fr")
    assert store.bundle_pending() == 1
    store.lease(NOTICE, "fr", 10, "a" * 32, bundle="1,2")
    store.record("a" * 32, outcomes(unknown={privacy: "timeout after sending"}, bundled=True))
    assert state(shelf, cookies) == DeliveryState.PENDING, "not sent until the email is"
    assert store.pending_queues() == [], "and not sent on its own either"
    store.record_provider_events([ProviderEvent(privacy, "delivered", clock.at, None, "evt-1")])
    record = store.delivery(cookies)
    assert record is not None and (record.state, record.provider_status) == (DeliveryState.SENT, "delivered")


def test_only_never_attempted_deliveries_join_an_email(shelf):
    store = shelf.deliveries
    (privacy,) = shelf.add(NOTICE, ["u1"], "en")
    store.lease(NOTICE, "en", 10, "a" * 32)
    store.record("a" * 32, outcomes(retry={privacy: Retry("sendgrid 503", START)}))
    (cookies,) = shelf.add(COOKIES, ["u1"], "en")
    shelf.add(COOKIES, ["u2"], "fr")
    assert store.bundle_pending() == 0, "a retried delivery keeps its own email"
    record = store.delivery(cookies)
    assert record is not None and record.joined_to is None


def test_a_queue_names_its_first_delivery_waiting_out_a_backoff(shelf, clock):
    """A dispatch walks each queue forward once, then looks again from that delivery and not from the queue's
    start (on PostgreSQL the start holds every delivery already sent)."""
    first, retried, sent, later_retried = shelf.pending("en", 4)
    store = shelf.deliveries
    store.lease(NOTICE, "en", 10, "a" * 32)
    backoff = {i: Retry("sendgrid 503", START + timedelta(minutes=5)) for i in (retried, later_retried)}
    store.record("a" * 32, outcomes(sent={first: None, sent: None}, retry=backoff))
    assert [q.waiting for q in store.pending_queues()] == [retried]
    clock.advance(5 * 60)
    assert [q.waiting for q in store.pending_queues()] == [None], "due now: the walk forward takes them"
