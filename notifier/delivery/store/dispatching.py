"""The delivery store in SQL (SQLite and PostgreSQL): leases, outcomes, unknown outcomes and provider events.

Why no delivery is ever in two leases, with any number of dispatchers on one database: a lease is one
transaction, committed before the request. PostgreSQL's SELECT … FOR UPDATE SKIP LOCKED lets concurrent
dispatchers take disjoint batches without waiting; SQLite has one writer, and the leasing UPDATE takes the
write lock before it reads, so two leases never overlap either (see `lease`). Outcomes are written only on
rows that still carry the lease's token.

Every batch costs a fixed number of statements, whatever its size: one to lease, one UPDATE per kind of
outcome (sent, failed, unknown, retry, later) joined to the batch's rows passed as one parameter (a JSON
document), and one INSERT of its events. On PostgreSQL a batch the provider accepted whole is two round
trips: the lease and the outcome, each a statement committed on its own (see `_transaction`).

On PostgreSQL the questions asked before dispatching (what is pending, which leases expired, which outcomes
are unknown) read only the deliveries of notices not closed (`of_open_notices`, migration 0008).
"""

from __future__ import annotations

import functools
import json
import operator
from collections.abc import Callable, Collection, Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    and_,
    any_,
    bindparam,
    case,
    cast,
    exists,
    false,
    func,
    literal,
    or_,
    select,
    text,
    true,
    update,
)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.sql import ColumnElement, FromClause, Select

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
)
from notifier.delivery.store.engine import insert, utcnow
from notifier.delivery.store.schema import deliveries, delivery_events, messages, notices

d = deliveries
_HELD = (DeliveryState.SENDING,)
_ANSWERED = (DeliveryState.SENDING, DeliveryState.UNKNOWN)  # acceptance is good news even after the lease expired
_Row = tuple[int, str | None, datetime | None]  # a delivery id, and the text and time written on it
_FORMING = ""  # the bundle of a carrier while bundle_pending's transaction joins deliveries to it
_OUTCOME = ("status", *CARRIED_OUTCOME)  # what a joined delivery copies from its carrier


class SqlDeliveries:
    """DeliveryStore on the notifier's database."""

    def __init__(self, engine: Engine, clock: Callable[[], datetime] = utcnow):
        self.engine = engine
        self.clock = clock
        # On PostgreSQL a single statement runs alone, committed as it ends (see `_transaction`).
        alone = engine.dialect.name == "postgresql"
        self._alone = engine.execution_options(isolation_level="AUTOCOMMIT") if alone else engine

    def now(self) -> datetime:
        return self.clock()

    def pending_queues(self) -> list[Queue]:
        with self.engine.connect() as conn:
            waiting = func.min(case((d.c.next_attempt_at > self.clock(), d.c.id)))
            keys = conn.execute(
                select(d.c.notice_id, d.c.bundle, d.c.locale, waiting)
                .where(d.c.status == DeliveryState.PENDING, d.c.joined_to.is_(None), of_open_notices(conn))
                .group_by(d.c.notice_id, d.c.bundle, d.c.locale)
            ).all()
            named = {
                row.id: NoticeRef(*row)
                for row in conn.execute(select(notices.c.id, notices.c.policy, notices.c.version))
            }
        return sorted((_queue(named, *key) for key in keys), key=lambda q: (q.bundle or "", q.notice_id, q.locale))

    def pending_count(self) -> int:
        with self.engine.connect() as conn:
            count = select(func.count()).where(d.c.status == DeliveryState.PENDING, of_open_notices(conn))
            return int(conn.execute(count).scalar_one())

    def bundle_pending(self) -> int:
        """Three statements in one transaction, so that a concurrent dispatcher never sends a carrier alone nor
        a joined delivery twice: mark the carriers (which locks them, so no other lease takes them), join the
        others to them (skipping any a concurrent lease took meanwhile), then write on each carrier the notices
        actually joined to it (a carrier left alone is an email of one notice again). The notices are read
        first, apart: on SQLite a transaction that read before it writes cannot take the write lock once another
        process wrote; only their deliveries are bundled, so each key names every notice its email tells."""
        with self.engine.connect() as conn:
            pending = sorted(conn.execute(select(d.c.notice_id).where(_fresh(d)).distinct()).scalars())
        if len(pending) < 2:
            return 0
        with self.engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                # Fresh statistics: planned for the few rows it saw before the fan-out, the grouped join would
                # look each person up by scanning a whole queue (quadratic: minutes at 100,000 people).
                conn.execute(text("ANALYZE deliveries"))
            conn.execute(update(d).where(*_first_of_several(pending)).values(bundle=_FORMING))
            carrier = d.alias("carrier")
            joined = conn.execute(
                update(d)
                .where(_fresh(d, pending), *_same_person(carrier, d), _forming(carrier, pending))
                .values(joined_to=carrier.c.id)
                .execution_options(preserve_rowcount=True)
            ).rowcount
            conn.execute(update(d).where(_forming(d, pending)).values(bundle=_bundle_of_carrier(pending)))
        return max(joined, 0)

    def keep_message(self, notice_id: int, message: RenderedMessage, bundle: str | None = None) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                insert(conn, messages)
                .values(
                    sha256=message.sha256,
                    notice_id=notice_id,
                    bundle=bundle,
                    locale=message.locale,
                    subject=message.subject,
                    body_text=message.text,
                    body_html=message.html,
                    created_at=self.clock(),
                )
                .on_conflict_do_nothing(index_elements=["sha256"])
            )

    def lease(
        self, notice_id: int, locale: str, size: int, token: str, after: int = 0, bundle: str | None = None
    ) -> list[Leased]:
        """`after` spares a long dispatch rescanning the index entries of the rows it already leased (on
        PostgreSQL they linger until vacuum, and a million of them made leasing slower)."""
        now = self.clock()
        # The state is said by each engine in its own way (`_pick_locked`, `_pick_under_write_lock`).
        due = (
            select(d.c.id)
            .where(
                d.c.notice_id == notice_id,
                d.c.locale == locale,
                d.c.id > after,
                or_(d.c.next_attempt_at.is_(None), d.c.next_attempt_at <= now),
                d.c.joined_to.is_(None),
                d.c.bundle.is_(None) if bundle is None else d.c.bundle == bundle,
            )
            .order_by(d.c.id)
            .limit(size)
        )
        claim = update(d).values(
            status=DeliveryState.SENDING,
            leased_at=now,
            lease_token=token,
            attempts=d.c.attempts + 1,
            next_attempt_at=None,
        )
        pick = _pick_locked if self.engine.dialect.name == "postgresql" else _pick_under_write_lock
        with self._transaction(statements=1) as conn:
            rows = conn.execute(claim.where(pick(due)).returning(d.c.id, d.c.user_id, d.c.email, d.c.attempts)).all()
        return sorted((Leased(*row) for row in rows), key=lambda leased: leased.id)

    def _transaction(self, statements: int) -> AbstractContextManager[Connection]:
        """A transaction for that many statements. On PostgreSQL a single one runs alone, committed as it ends:
        one round trip instead of three (BEGIN, the statement, COMMIT), each of which a dispatcher thread waits
        for and then waits again for the interpreter's lock that the other workers hold. SQLite, in the
        process, keeps its transaction."""
        return (self._alone if statements == 1 else self.engine).begin()

    def record(self, token: str, outcomes: Outcomes) -> int:
        now = self.clock()
        sent_by = {"transport": outcomes.transport, "message_sha256": outcomes.message_sha256}
        with self._transaction(_statements(outcomes)) as conn:
            batch = _Batch(conn, token)
            done = batch.update(
                _ANSWERED,
                [(i, provider, None) for i, provider in outcomes.sent.items()],
                lambda v: (
                    {"status": DeliveryState.SENT, "sent_at": now, "provider_id": v.value, "error": None} | sent_by
                ),
            )
            for state, reasons in ((DeliveryState.FAILED, outcomes.failed), (DeliveryState.UNKNOWN, outcomes.unknown)):
                batch.update(_HELD, [(i, reason, None) for i, reason in reasons.items()], _settled_as(state, sent_by))
            batch.update(
                _HELD,
                [(i, reason, None) for i, reason in outcomes.later.items()],
                lambda v: {"status": DeliveryState.PENDING, "error": v.value, "attempts": d.c.attempts - 1},
            )
            batch.update(
                _HELD,
                [(i, retry.reason, retry.at) for i, retry in outcomes.retry.items()],
                lambda v: {"status": DeliveryState.PENDING, "error": v.value, "next_attempt_at": v.at},
            )
            _add_events(conn, now, outcomes)
            if outcomes.bundled:
                _follow(conn, outcomes.answered)
        return len(outcomes.sent) - done

    def release(self, token: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                update(d)
                .where(d.c.lease_token == token, d.c.status == DeliveryState.SENDING)
                .values(status=DeliveryState.PENDING, attempts=d.c.attempts - 1, lease_token=None)
            )

    def expire_leases(self, leased_before: datetime) -> int:
        with self.engine.begin() as conn:
            expiring = (
                update(d)
                .where(d.c.status == DeliveryState.SENDING, d.c.leased_at < leased_before, of_open_notices(conn))
                .values(status=DeliveryState.UNKNOWN, error="lease expired before the answer was recorded")
            )
            return max(conn.execute(expiring.execution_options(preserve_rowcount=True)).rowcount, 0)

    def confirm_by_events(self, now: datetime) -> int:
        with self.engine.begin() as conn:
            confirmed = conn.execute(
                update(d)
                .where(d.c.status == DeliveryState.UNKNOWN, _has_provider_event(), of_open_notices(conn))
                .values(status=DeliveryState.SENT, sent_at=func.coalesce(d.c.sent_at, now), error=None)
                .returning(d.c.id)
            ).all()
            if confirmed:
                _follow(conn, [row.id for row in confirmed])
        return len(confirmed)

    def resend_silent(self, leased_before: datetime, now: datetime, detail: str) -> list[int]:
        with self.engine.begin() as conn:
            silent = list(
                conn.execute(
                    select(d.c.id).where(
                        d.c.status == DeliveryState.UNKNOWN,
                        d.c.leased_at < leased_before,
                        ~_has_provider_event(),
                        of_open_notices(conn),
                    )
                ).scalars()
            )
            if silent:
                conn.execute(
                    update(d)
                    .where(d.c.id.in_(silent), d.c.status == DeliveryState.UNKNOWN)
                    .values(status=DeliveryState.PENDING, lease_token=None, next_attempt_at=None)
                )
                rows = [{"delivery_id": i, "kind": "resend", "at": now, "detail": detail} for i in silent]
                conn.execute(delivery_events.insert(), rows)
        return silent

    def record_provider_events(self, events: list[ProviderEvent]) -> EventsRecorded:
        result = EventsRecorded()
        with self.engine.begin() as conn:
            wanted = {e.delivery_id for e in events}
            known = set(conn.execute(select(d.c.id).where(d.c.id.in_(wanted))).scalars()) if wanted else set()
            matched = [vars(e) for e in events if e.delivery_id in known]
            result.unmatched = len(events) - len(matched)
            inserted = _insert_new_events(conn, matched)
            result.recorded, result.duplicates = len(inserted), len(matched) - len(inserted)
            best: dict[int, str] = {}
            for delivery_id, kind in inserted:
                if PROVIDER_RANK[kind] > PROVIDER_RANK.get(best.get(delivery_id, ""), 0):
                    best[delivery_id] = kind
            if best:
                self._settle(conn, best)
        return result

    def _settle(self, conn: Connection, best: dict[int, str]) -> None:
        """Raise each delivery's provider status to its best new event, and settle `unknown` ones as sent."""
        rows = conn.execute(select(d.c.id, d.c.provider_status).where(d.c.id.in_(best)))
        current: dict[int, str | None] = {row.id: row.provider_status for row in rows}
        changes = [
            {"b_id": i, "b_status": k}
            for i, k in best.items()
            if PROVIDER_RANK[k] >= PROVIDER_RANK.get(current.get(i) or "", 0)
        ]
        if changes:
            conn.execute(
                update(d).where(d.c.id == bindparam("b_id")).values(provider_status=bindparam("b_status")), changes
            )
        conn.execute(
            update(d)
            .where(d.c.id.in_(best), d.c.status == DeliveryState.UNKNOWN)
            .values(status=DeliveryState.SENT, sent_at=self.clock(), error=None)
        )
        _follow(conn, list(best))

    def delivery(self, delivery_id: int) -> DeliveryRecord | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(d).where(d.c.id == delivery_id)).one_or_none()
            if row is None:
                return None
            kinds = conn.execute(
                select(delivery_events.c.kind)
                .where(delivery_events.c.delivery_id == delivery_id)
                .order_by(delivery_events.c.id)
            ).scalars()
            return DeliveryRecord(
                id=row.id,
                state=DeliveryState(row.status),
                attempts=row.attempts,
                leased_at=row.leased_at,
                lease_token=row.lease_token,
                next_attempt_at=row.next_attempt_at,
                sent_at=row.sent_at,
                provider_id=row.provider_id,
                provider_status=row.provider_status,
                error=row.error,
                events=tuple(kinds),
                joined_to=row.joined_to,
            )


def of_open_notices(conn: Connection) -> ColumnElement[bool]:
    """Deliveries that may still change state. PostgreSQL: those of the notices not closed (migration 0008),
    named by id: the planner then reads nothing when every notice is closed (it cannot know which notices a
    subquery will name, and its statistics put every delivery in some notice). SQLite: all of them; its
    partial indexes on the state already skip the sent ones."""
    if conn.dialect.name != "postgresql":
        return true()
    ids = conn.execute(select(notices.c.id).where(notices.c.closed_at.is_(None))).scalars().all()
    return d.c.notice_id.in_(ids) if ids else false()


def _queue(named: dict[int, NoticeRef], notice_id: int, bundle: str | None, locale: str, waiting: int | None) -> Queue:
    lead = named[notice_id]
    others = tuple(named[i] for i in bundle_ids(bundle) if i != notice_id) if bundle else ()
    return Queue(lead.id, lead.policy, lead.version, locale, others, waiting)


def _fresh(t: FromClause, notices: list[int] | None = None) -> ColumnElement[bool]:
    """A delivery (of one of `notices`) that may join a bundle: pending, never attempted, neither carrying nor
    joined to one."""
    return and_(
        t.c.notice_id.in_(notices) if notices is not None else true(),
        t.c.status == DeliveryState.PENDING,
        t.c.attempts == 0,
        t.c.next_attempt_at.is_(None),
        t.c.joined_to.is_(None),
        t.c.bundle.is_(None),
    )


def _forming(t: FromClause, pending: list[int]) -> ColumnElement[bool]:
    """A carrier marked by this transaction, found through the queue index rather than by reading every
    delivery ever sent (on SQLite the index holds the pending rows; on PostgreSQL those of the given notices)."""
    return and_(t.c.bundle == _FORMING, t.c.status == DeliveryState.PENDING, t.c.notice_id.in_(pending))


def _same_person(other: FromClause, t: FromClause) -> list[ColumnElement[bool]]:
    return [other.c.user_id == t.c.user_id, other.c.channel == t.c.channel, other.c.locale == t.c.locale]


def _first_of_several(pending: list[int]) -> list[ColumnElement[bool]]:
    """The fresh delivery of the lowest notice among two or more of one person: the bundle's carrier. A grouped
    table joined once, so that the plan stays linear whatever the planner knows of a table that just grew."""
    people = (
        select(d.c.user_id, d.c.channel, d.c.locale, func.min(d.c.notice_id).label("first"))
        .where(_fresh(d, pending))
        .group_by(d.c.user_id, d.c.channel, d.c.locale)
        .having(func.count() > 1)
        .subquery("several")
    )
    return [*_same_person(people, d), d.c.notice_id == people.c.first, _fresh(d, pending)]


def _bundle_of_carrier(pending: list[int]) -> ColumnElement[str]:
    """The ids of the carrier's notice and of those joined to it, ascending ("3,5"): one piece per notice that
    has fresh deliveries (a handful), so the key is the same text on both databases; None when nothing joined."""
    joined = d.alias("joined")
    pieces = [
        case(
            (or_(d.c.notice_id == n, exists().where(joined.c.joined_to == d.c.id, joined.c.notice_id == n)), f",{n}"),
            else_="",
        )
        for n in pending
    ]
    listed = func.substr(functools.reduce(operator.add, pieces), 2)
    return case((exists().where(joined.c.joined_to == d.c.id), listed), else_=None)


def _follow(conn: Connection, carrier_ids: Collection[int]) -> None:
    """Deliveries joined to a sent or failed carrier take its outcome: the user read that one email."""
    carrier = d.alias("carrier")
    conn.execute(
        update(d)
        .where(
            d.c.joined_to == carrier.c.id,
            carrier.c.id.in_(carrier_ids),
            carrier.c.status.in_((DeliveryState.SENT, DeliveryState.FAILED)),
        )
        .values({name: carrier.c[name] for name in _OUTCOME})
    )


def _statements(outcomes: Outcomes) -> int:
    """How many statements `record` runs: an UPDATE per kind of outcome, the events, the joined deliveries."""
    kinds = (outcomes.sent, outcomes.failed, outcomes.unknown, outcomes.later, outcomes.retry)
    events = outcomes.failed or outcomes.unknown or outcomes.retry
    return sum(map(bool, kinds)) + bool(events) + outcomes.bundled


def _pick_locked(due: Select[tuple[int]]) -> ColumnElement[bool]:
    """PostgreSQL: the ids of `SELECT … FOR UPDATE SKIP LOCKED`, so concurrent dispatchers skip each other's rows
    instead of waiting, gathered in an array that the UPDATE then looks up in the primary key. `ARRAY(SELECT …)`
    is computed once, before the UPDATE reads a row (an InitPlan), so the UPDATE claims those rows and no
    other: not `UPDATE … WHERE id IN (SELECT … LIMIT n FOR UPDATE SKIP LOCKED)`, whose subquery PostgreSQL may
    rescan while updating and so claim more than n rows. The rows are locked, so they are still pending;
    saying so again would let the planner, without statistics on a table that changed under it, scan the
    whole queue instead of looking the ids up (2 s per lease at 300,000 pending, instead of 10 ms).

    The SELECT names the states as literals: psycopg prepares a statement run five times, and a generic plan's
    guess for a parameter once made PostgreSQL walk the primary key through every delivery of every notice
    (0.4 s per lease at 300,000 sent rows). Since migration 0007 the queue index holds every state and the
    lease reads the state in the row; the queue's notice, language and the `after` id bound the walk. It says
    "in no other state" rather than "pending": PostgreSQL keeps no statistics on the state (0005) and takes an
    equality to hold for one row in 200, so below 200,000 deliveries a queue it expected fewer rows than a
    batch, read the whole table and sorted it (125 ms a lease at 100,000, against 7 ms along the queue index).
    """
    others = [literal(state.value, literal_execute=True) for state in DeliveryState if state != DeliveryState.PENDING]
    queued = d.c.status.not_in(others)
    return d.c.id == any_(func.array(due.where(queued).with_for_update(skip_locked=True).scalar_subquery()))


def _pick_under_write_lock(due: Select[tuple[int]]) -> ColumnElement[bool]:
    """SQLite: one `UPDATE … WHERE id IN (SELECT … LIMIT n)`; the subquery is evaluated once, and a statement
    that writes first takes the single write lock before reading, so two leases cannot interleave."""
    pending = d.c.status == DeliveryState.PENDING
    return and_(d.c.id.in_(due.where(pending).scalar_subquery()), pending)


def _settled_as(state: DeliveryState, sent_by: dict[str, str]) -> Callable[[Any], dict[str, Any]]:
    return lambda v: {"status": state, "error": v.value} | sent_by


class _Batch:
    """The rows of one batch, written one UPDATE per kind of outcome under the batch's lease token."""

    def __init__(self, conn: Connection, token: str):
        self.conn, self.token = conn, token

    def update(self, states: Sequence[DeliveryState], rows: list[_Row], values: Callable[[Any], dict[str, Any]]) -> int:
        """UPDATE the rows (id, value, at) still held by the token and in `states`; returns how many changed."""
        if not rows:
            return 0
        v = _values(self.conn, rows)
        # The state through coalesce (a no-op: it is never null) so that SQLite does not serve the statement from
        # its in-flight index, reading every in-flight row and scanning the batch's rows for each (4,000 x 1,000
        # per outcome with four workers); the primary key finds the rows.
        statement = (
            update(d)
            .where(d.c.id == v.c.id, d.c.lease_token == self.token, func.coalesce(d.c.status, "").in_(states))
            .values(values(v.c))
            .execution_options(preserve_rowcount=True)
        )
        return max(self.conn.execute(statement).rowcount, 0)


def _values(conn: Connection, rows: list[_Row]) -> FromClause:
    """The rows as a table (id, value, at) bound as one JSON parameter, whatever their number. (On PostgreSQL
    not three arrays: psycopg adapts arrays element by element in Python, under the GIL the other workers need,
    while json.dumps takes the rows as they are.)"""
    part: list[ColumnElement[Any]]
    if conn.dialect.name == "postgresql":
        document = json.dumps(rows, default=datetime.isoformat)
        item = func.json_array_elements(cast(literal(document), JSON)).table_valued("value").c.value
        part = [cast(item.op("->>")(0), BigInteger), item.op("->>")(1), cast(item.op("->>")(2), DateTime)]
    else:
        stamp = DateTime().dialect_impl(conn.dialect).bind_processor(conn.dialect) or str  # the text SQLite stores
        document = json.dumps([[i, s, stamp(t) if t else None] for i, s, t in rows])
        item = func.json_each(literal(document)).table_valued("value").c.value
        part = [func.json_extract(item, f"$[{n}]") for n in range(3)]
    return select(part[0].label("id"), part[1].label("value"), part[2].label("at")).subquery("v")


def _add_events(conn: Connection, now: datetime, outcomes: Outcomes) -> None:
    """A successful send is recorded on the delivery row itself; events hold the rest: dead letters,
    deferrals, unknown outcomes, and later the provider's webhook events."""
    rows = [{"delivery_id": i, "kind": "failed", "at": now, "detail": r} for i, r in outcomes.failed.items()]
    rows += [{"delivery_id": i, "kind": "deferred", "at": now, "detail": r.reason} for i, r in outcomes.retry.items()]
    rows += [{"delivery_id": i, "kind": "unknown", "at": now, "detail": r} for i, r in outcomes.unknown.items()]
    if rows:
        conn.execute(delivery_events.insert(), rows)


def _insert_new_events(conn: Connection, rows: list[dict[str, Any]]) -> list[tuple[int, str]]:
    """One multi-row INSERT … ON CONFLICT DO NOTHING … RETURNING: only the new events come back, so a retried
    or replayed provider event id is skipped by the unique index and counted as a duplicate."""
    if not rows:
        return []
    events = delivery_events
    statement = (
        insert(conn, events)
        .on_conflict_do_nothing(index_elements=["provider_event_id"])
        .returning(events.c.delivery_id, events.c.kind)
    )
    return [(row.delivery_id, row.kind) for row in conn.execute(statement, rows)]


def _has_provider_event() -> ColumnElement[bool]:
    events = delivery_events
    return exists().where(events.c.delivery_id == d.c.id, events.c.provider_event_id.is_not(None))
