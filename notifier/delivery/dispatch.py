"""Dispatch: send what is pending, in leased batches of one notice and one language, and record every outcome.

Why it cannot send a delivery twice, with any number of workers, processes and machines on one database:
- a batch is leased (pending -> sending, with a fresh lease token) in a transaction committed before the
  request. PostgreSQL's SELECT … FOR UPDATE SKIP LOCKED lets concurrent dispatchers take disjoint batches
  without waiting; SQLite has one writer, and the leasing UPDATE takes the write lock before it reads, so
  two leases never overlap either (see `lease`);
- only the holder of the token records the answer; a request started after the lease's deadline is not
  made at all, so no answer can outlive its lease, and an unknown outcome is resent only after a window
  longer than the lease (settings require 4 x request timeout < lease < unknown window);
- a request whose outcome is unknown (timeout after sending, dropped connection, a dispatcher killed
  mid-call) leaves its rows `unknown`, resolved by the provider's webhook or resent after a silent window
  (notifier/delivery/reconcile.py), never resent blindly.

Workers are threads of one process: each leases, signs, sends and records its own batches, so several
requests are in flight while others are being recorded. State is recorded with one bulk UPDATE per
outcome and one transaction per batch.
"""

from __future__ import annotations

import json
import logging
import random
import secrets
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import BigInteger, and_, any_, bindparam, cast, func, literal, literal_column, or_, select, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.engine import Engine

from notifier.config.settings import Settings
from notifier.delivery import reconcile, store, tokens
from notifier.delivery.channels.base import Batch, BatchResult, Channel, ChannelError, Recipient
from notifier.delivery.emails import ACCEPT_MARKER, ACK_MARKER, EmailTemplates, RenderedMessage
from notifier.delivery.model import DeliveryState
from notifier.publishing.repository import PolicyRepository

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 5


@dataclass
class DispatchResult:
    sent: int = 0
    failed: int = 0
    retry: int = 0
    unknown: int = 0
    requests: int = 0
    stopped: str | None = None  # why dispatch stopped early (channel unusable), if it did
    errors: dict[str, int] = field(default_factory=dict)
    reconciled: reconcile.ReconcileResult = field(default_factory=reconcile.ReconcileResult)


def action_url(settings: Settings, user_id: str, notice: str, action: str) -> str:
    token = tokens.sign(settings.secret_key, user_id, notice, action, settings.token_ttl_days * 86400)
    return f"{settings.api_url}a/{token}"


def store_message(engine: Engine, notice_id: int, message: RenderedMessage) -> None:
    with engine.begin() as conn:
        conn.execute(
            store.insert(conn, store.messages)
            .values(
                sha256=message.sha256,
                notice_id=notice_id,
                locale=message.locale,
                subject=message.subject,
                body_text=message.text,
                body_html=message.html,
                created_at=store.utcnow(),
            )
            .on_conflict_do_nothing(index_elements=["sha256"])
        )


def pending_count(engine: Engine) -> int:
    with engine.connect() as conn:
        return conn.execute(
            select(func.count()).select_from(store.deliveries).where(store.deliveries.c.status == DeliveryState.PENDING)
        ).scalar_one()


def _in_ids(conn: Any, column: Any, ids: list[int]) -> Any:
    """`column IN ids` with one bound parameter instead of one per id (a thousand per batch)."""
    if conn.dialect.name == "postgresql":
        return column == any_(cast(literal(ids), ARRAY(BigInteger)))
    values = select(literal_column("value")).select_from(func.json_each(literal(json.dumps(ids))))
    return column.in_(values.scalar_subquery())


def lease(engine: Engine, notice_id: int, locale: str, size: int, token: str, after: int = 0) -> list:
    """Claim up to `size` due pending deliveries of one queue (pending -> sending), committed before returning.

    PostgreSQL: SELECT … FOR UPDATE SKIP LOCKED, then UPDATE those ids, in one transaction; concurrent
    dispatchers skip each other's rows instead of waiting. (Not one `UPDATE … WHERE id IN (SELECT … LIMIT n
    FOR UPDATE SKIP LOCKED)`: PostgreSQL may rescan that subquery while updating and claim more than n rows.)
    SQLite: one `UPDATE … WHERE id IN (SELECT … LIMIT n)`; the subquery is evaluated once, and a statement
    that writes first takes the single write lock before reading, so two leases cannot interleave.
    `after`: only ids above it, so that a long dispatch does not rescan the index entries of the rows it
    already leased (on PostgreSQL they linger until vacuum, and a million of them made leasing slower).
    """
    d = store.deliveries
    now = store.utcnow()
    pick = (
        select(d.c.id)
        .where(
            d.c.notice_id == notice_id,
            d.c.locale == locale,
            d.c.status == DeliveryState.PENDING,
            d.c.id > after,
            or_(d.c.next_attempt_at.is_(None), d.c.next_attempt_at <= now),
        )
        .order_by(d.c.id)
        .limit(size)
    )
    claim = update(d).values(
        status=DeliveryState.SENDING, leased_at=now, lease_token=token, attempts=d.c.attempts + 1, next_attempt_at=None
    )
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            ids = list(conn.execute(pick.with_for_update(skip_locked=True)).scalars())
            if not ids:
                return []
            which = _in_ids(conn, d.c.id, ids)
        else:
            which = d.c.id.in_(pick.scalar_subquery())
        rows = conn.execute(
            claim.where(which, d.c.status == DeliveryState.PENDING).returning(
                d.c.id, d.c.user_id, d.c.email, d.c.attempts
            )
        ).all()
    return sorted(rows, key=lambda r: r.id)


def retry_delay(settings: Settings, attempts: int) -> timedelta:
    """Wait before the next lease of a retried delivery: exponential in its attempts, jittered, at most 1 h."""
    step = min(3600.0, settings.retry_base_seconds * 2 ** max(attempts - 1, 0))
    return timedelta(seconds=random.uniform(step / 2, step))


def record(
    engine: Engine,
    settings: Settings,
    transport: str,
    message: RenderedMessage,
    token: str,
    outcome: BatchResult,
    attempts: dict[int, int],
) -> int:
    """Record one batch's answer in one transaction; returns how many rows were no longer ours (lease lost)."""
    d, events = store.deliveries, store.delivery_events
    now = store.utcnow()
    lost = 0
    with engine.begin() as conn:
        ours = d.c.lease_token == token
        by_provider: dict[str | None, list[int]] = defaultdict(list)
        for delivery_id, provider_id in outcome.sent.items():
            by_provider[provider_id].append(delivery_id)
        for provider_id, ids in by_provider.items():
            # `unknown` too: an accepted request is good news even when our lease was declared lost meanwhile.
            done = conn.execute(
                update(d)
                .where(_in_ids(conn, d.c.id, ids), ours, d.c.status.in_((DeliveryState.SENDING, DeliveryState.UNKNOWN)))
                .values(
                    status=DeliveryState.SENT,
                    sent_at=now,
                    transport=transport,
                    message_sha256=message.sha256,
                    provider_id=provider_id,
                    error=None,
                )
                .execution_options(preserve_rowcount=True)
            )
            lost += len(ids) - max(done.rowcount, 0)
        failed = dict(outcome.failed)
        retry: dict[int, str] = {}
        for delivery_id, reason in outcome.retry.items():
            if attempts.get(delivery_id, 0) >= MAX_ATTEMPTS:
                failed[delivery_id] = f"gave up after {MAX_ATTEMPTS} attempts: {reason}"
            else:
                retry[delivery_id] = reason
        for status, rows in ((DeliveryState.FAILED, failed), (DeliveryState.UNKNOWN, outcome.unknown)):
            if rows:
                conn.execute(
                    update(d)
                    .where(d.c.id == bindparam("b_id"), ours, d.c.status == DeliveryState.SENDING)
                    .values(
                        status=status, error=bindparam("b_error"), transport=transport, message_sha256=message.sha256
                    ),
                    [{"b_id": i, "b_error": reason[:2000]} for i, reason in rows.items()],
                )
        if outcome.later:  # rate limited or out of lease time: pending again, and the attempt does not count
            conn.execute(
                update(d)
                .where(d.c.id == bindparam("b_id"), ours, d.c.status == DeliveryState.SENDING)
                .values(status=DeliveryState.PENDING, error=bindparam("b_error"), attempts=d.c.attempts - 1),
                [{"b_id": i, "b_error": r[:2000]} for i, r in outcome.later.items()],
            )
        if retry:
            conn.execute(
                update(d)
                .where(d.c.id == bindparam("b_id"), ours, d.c.status == DeliveryState.SENDING)
                .values(status=DeliveryState.PENDING, error=bindparam("b_error"), next_attempt_at=bindparam("b_next")),
                [
                    {"b_id": i, "b_error": r[:2000], "b_next": now + retry_delay(settings, attempts.get(i, 1))}
                    for i, r in retry.items()
                ],
            )
        # A successful send is recorded on the delivery row itself; events hold the rest: dead letters,
        # deferrals, unknown outcomes, and later the provider's webhook events.
        rows = [{"delivery_id": i, "kind": "failed", "at": now, "detail": r[:2000]} for i, r in failed.items()]
        rows += [{"delivery_id": i, "kind": "deferred", "at": now, "detail": r[:2000]} for i, r in retry.items()]
        rows += [
            {"delivery_id": i, "kind": "unknown", "at": now, "detail": r[:2000]} for i, r in outcome.unknown.items()
        ]
        if rows:
            conn.execute(events.insert(), rows)
    if lost:
        log.warning("answer recorded after the lease was lost", extra={"fields": {"deliveries": lost}})
    return lost


def release(engine: Engine, token: str) -> None:
    """Hand a lease back untouched (nothing of it was sent): the rows are pending again, attempt not counted."""
    d = store.deliveries
    with engine.begin() as conn:
        conn.execute(
            update(d)
            .where(d.c.lease_token == token, d.c.status == DeliveryState.SENDING)
            .values(status=DeliveryState.PENDING, attempts=d.c.attempts - 1, lease_token=None)
        )


@dataclass
class _Queue:
    """One notice in one language: its rendered message and the signers of its personal links."""

    id: int
    policy: str
    version: str
    locale: str
    message: RenderedMessage
    signers: dict[str, tokens.Signer]
    after: int = 0  # highest id leased by this process: the next lease starts above it
    lock: threading.Lock = field(default_factory=threading.Lock)


def _queues(engine: Engine, repository: PolicyRepository, settings: Settings) -> list[_Queue]:
    d, notices = store.deliveries, store.notices
    with engine.connect() as conn:
        rows = conn.execute(
            select(notices.c.id, notices.c.policy, notices.c.version, d.c.locale)
            .join(d, d.c.notice_id == notices.c.id)
            .where(and_(d.c.status == DeliveryState.PENDING))
            .group_by(notices.c.id, notices.c.policy, notices.c.version, d.c.locale)
            .order_by(notices.c.id, d.c.locale)
        ).all()
    templates = EmailTemplates(repository.root)
    expires = int(time.time()) + settings.token_ttl_days * 86400
    queues = []
    for row in rows:
        version = repository.ledger.get(row.policy, row.version)
        message = templates.render(repository.config, repository.ledger, version, row.locale)
        store_message(engine, row.id, message)
        notice_key = f"{row.policy}/{row.version}"
        signers = {
            marker: tokens.Signer(settings.secret_key, notice_key, action, expires)
            for marker, action in ((ACK_MARKER, "acknowledge"), (ACCEPT_MARKER, "accept"))
            if marker in message.markers
        }
        queues.append(_Queue(row.id, row.policy, row.version, row.locale, message, signers))
    return queues


def dispatch(
    engine: Engine,
    repository: PolicyRepository,
    settings: Settings,
    channel: Channel,
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
) -> DispatchResult:
    """Reconcile unknown outcomes, then send every due pending delivery with `workers` batches in flight."""
    result = DispatchResult(reconciled=reconcile.reconcile(engine, settings))
    queues = _queues(engine, repository, settings)
    size = min(channel.max_batch, settings.batch_size)
    link = f"{settings.api_url}a/"
    stop = threading.Event()
    lock = threading.Lock()
    # The last attempt of a batch (connect + write + read, each within the timeout) must end before its lease
    # does: no new attempt after this many seconds (settings keep the lease above 4 x the timeout).
    budget = settings.lease_seconds - 3 * settings.request_timeout

    def send_one(queue: _Queue, from_start: bool = False) -> bool:
        token = secrets.token_hex(16)
        # Read the clock before leasing: the lease's time is taken before its statement runs, and a statement
        # slowed by load must not push the last attempt past the lease's end.
        deadline = time.monotonic() + budget
        leased = lease(engine, queue.id, queue.locale, size, token, 0 if from_start else queue.after)
        if not leased:
            return False
        with queue.lock:
            queue.after = max(queue.after, leased[-1].id)
        recipients = [
            Recipient(r.id, r.user_id, r.email, {m: link + s.sign(r.user_id) for m, s in queue.signers.items()})
            for r in leased
        ]
        batch = Batch(
            notice_id=queue.id,
            policy=queue.policy,
            version=queue.version,
            message=queue.message,
            sender_email=settings.sender_email,
            sender_name=settings.sender_name,
            reply_to=settings.reply_to,
            recipients=recipients,
        )
        try:
            outcome = channel.send(batch, deadline)
        except ChannelError as error:
            release(engine, token)  # nothing of this batch was accepted
            with lock:  # every worker meets the same cause: the first one reports it
                first = result.stopped is None
                result.stopped = result.stopped or str(error)
            stop.set()
            if first:
                log.error("channel unusable, dispatch stopped", extra={"fields": {"error": str(error)}})
            return False
        record(engine, settings, channel.name, queue.message, token, outcome, {r.id: r.attempts for r in leased})
        with lock:
            result.sent += len(outcome.sent)
            result.failed += len(outcome.failed)
            result.retry += len(outcome.retry) + len(outcome.later)
            result.unknown += len(outcome.unknown)
            result.requests += outcome.requests
            reasons = (outcome.failed, outcome.retry, outcome.unknown, outcome.later)
            for reason in (r for target in reasons for r in target.values()):
                key = reason.split(":")[0][:80]
                result.errors[key] = result.errors.get(key, 0) + 1
        log.debug(
            "batch done",
            extra={
                "fields": {
                    "queue": f"{queue.policy}/{queue.version}/{queue.locale}",
                    "sent": len(outcome.sent),
                    "unknown": len(outcome.unknown),
                }
            },
        )
        if progress:
            progress(len(leased))
        return True

    def worker() -> None:
        try:
            for queue in queues:
                while not stop.is_set() and send_one(queue):
                    pass
                # Then from the start once more: rows handed back meanwhile (rate limits, retries now due).
                while not stop.is_set() and send_one(queue, from_start=True):
                    pass
        except BaseException:
            stop.set()  # a database error in one worker stops the others after their current batch
            raise

    count = max(1, workers or settings.workers)
    with ThreadPoolExecutor(max_workers=count, thread_name_prefix="dispatch") as pool:
        for future in [pool.submit(worker) for _ in range(count)]:
            future.result()
    if result.unknown:
        log.warning(
            "deliveries with an unknown outcome wait for provider events",
            extra={"fields": {"unknown": result.unknown, "window_seconds": settings.unknown_window_seconds}},
        )
    return result
