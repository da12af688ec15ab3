"""Dispatch: send what is pending, in leased batches of one message (one notice, or several due for the same
users at once, told in one email) and one language, and record every outcome.

Why it cannot send a delivery twice, with any number of workers, processes and machines on one database:
- a batch is leased (pending -> sending, with a fresh lease token) and committed before the request; no
  delivery is ever in two leases (the store's promise, held by tests/notify/test_store_contract.py);
- only the holder of the token records the answer; a request started after the lease's deadline is not
  made at all, so no answer can outlive its lease, and an unknown outcome is resent only after a window
  longer than the lease (settings require 4 x request timeout < lease < unknown window);
- a request whose outcome is unknown (timeout after sending, dropped connection, a dispatcher killed
  mid-call) leaves its rows `unknown`, resolved by the provider's webhook or resent after a silent window
  (notifier/delivery/reconcile.py), never resent blindly.

Workers are threads of one process: each leases, signs, sends and records its own batches, so several
requests are in flight while others are being recorded. The Dispatcher holds no SQL: it works on a
DeliveryStore (notifier/delivery/model.py), the database's or the in-memory one of the tests.
"""

from __future__ import annotations

import logging
import random
import secrets
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from notifier.config.settings import Settings
from notifier.delivery import tokens
from notifier.delivery.channels.base import Batch, BatchResult, Channel, ChannelError, Recipient
from notifier.delivery.emails import ACTIONS, EmailTemplates, RenderedMessage, link_marker
from notifier.delivery.model import DeliveryStore, Leased, Outcomes, Queue, Retry
from notifier.delivery.reconcile import ReconcileResult, reconcile
from notifier.delivery.store import Engine
from notifier.delivery.store.dispatching import SqlDeliveries
from notifier.publishing.repository import PolicyRepository

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 5
_REASON_LENGTH = 2000


@dataclass
class DispatchResult:
    sent: int = 0
    failed: int = 0
    retry: int = 0
    unknown: int = 0
    requests: int = 0
    stopped: str | None = None  # why dispatch stopped early (channel unusable), if it did
    errors: dict[str, int] = field(default_factory=dict)
    reconciled: ReconcileResult = field(default_factory=ReconcileResult)

    def add(self, outcome: BatchResult) -> None:
        self.sent += len(outcome.sent)
        self.failed += len(outcome.failed)
        self.retry += len(outcome.retry) + len(outcome.later)
        self.unknown += len(outcome.unknown)
        self.requests += outcome.requests
        reasons = (outcome.failed, outcome.retry, outcome.unknown, outcome.later)
        for reason in (r for target in reasons for r in target.values()):
            key = reason.split(":")[0][:80]
            self.errors[key] = self.errors.get(key, 0) + 1


def action_url(settings: Settings, user_id: str, notice: str, action: str) -> str:
    token = tokens.sign(settings.secret_key, user_id, notice, action, settings.token_ttl_days * 86400)
    return f"{settings.api_url}a/{token}"


def retry_delay(settings: Settings, attempts: int) -> timedelta:
    """Wait before the next lease of a retried delivery: exponential in its attempts, jittered, at most 1 h."""
    step = min(3600.0, settings.retry_base_seconds * 2 ** max(attempts - 1, 0))
    return timedelta(seconds=random.uniform(step / 2, step))


def decide(
    settings: Settings,
    transport: str,
    message: RenderedMessage,
    outcome: BatchResult,
    leased: list[Leased],
    now: datetime,
    bundled: bool = False,
) -> Outcomes:
    """What to write for a channel's answer: a delivery retried MAX_ATTEMPTS times is a dead letter, the others
    wait a backoff that grows with their attempts."""
    attempts = {r.id: r.attempts for r in leased}
    failed = dict(outcome.failed)
    retry: dict[int, Retry] = {}
    for delivery_id, reason in _clipped(outcome.retry).items():
        if attempts.get(delivery_id, 0) >= MAX_ATTEMPTS:
            failed[delivery_id] = f"gave up after {MAX_ATTEMPTS} attempts: {reason}"
        else:
            retry[delivery_id] = Retry(reason, now + retry_delay(settings, attempts.get(delivery_id, 1)))
    return Outcomes(
        transport=transport,
        message_sha256=message.sha256,
        sent=dict(outcome.sent),
        failed=_clipped(failed),
        unknown=_clipped(outcome.unknown),
        retry=retry,
        later=_clipped(outcome.later),
        bundled=bundled,
    )


def _clipped(reasons: dict[int, str]) -> dict[int, str]:
    """What is kept of a provider's reasons: enough to diagnose, bounded whatever the provider sends."""
    return {i: reason[:_REASON_LENGTH] for i, reason in reasons.items()}


@dataclass
class _Queue:
    """One notice (or bundle) in one language: its rendered message and the signers of its personal links."""

    queue: Queue
    message: RenderedMessage
    signers: dict[str, tokens.Signer]
    after: int = 0  # highest id leased by this process: the next lease starts above it
    # The lowest id that may be due again before the run ends: waiting out a backoff when the queue was read,
    # or handed back since by this process (rate limited, retried). None: the walk forward left nothing behind.
    again: int | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def hand_back(self, ids: Iterable[int]) -> None:
        lowest = min(ids)
        with self.lock:
            self.again = lowest if self.again is None else min(self.again, lowest)


class Dispatcher:
    """Reconcile unknown outcomes, then send every due pending delivery with several batches in flight."""

    def __init__(self, deliveries: DeliveryStore, repository: PolicyRepository, settings: Settings, channel: Channel):
        self.deliveries, self.repository, self.settings, self.channel = deliveries, repository, settings, channel
        self.size = min(channel.max_batch, settings.batch_size)
        # The last attempt of a batch (connect + write + read, each within the timeout) must end before its lease
        # does: no new attempt after this many seconds (settings keep the lease above 4 x the timeout).
        self.budget = settings.lease_seconds - 3 * settings.request_timeout
        self.result = DispatchResult()
        self._stop = threading.Event()
        self._lock = threading.Lock()

    def run(self, progress: Callable[[int], None] | None = None, workers: int | None = None) -> DispatchResult:
        self.result = DispatchResult(reconciled=reconcile(self.deliveries, self.settings))
        self._stop.clear()
        queues = self._prepare()
        count = max(1, workers or self.settings.workers)
        with ThreadPoolExecutor(max_workers=count, thread_name_prefix="dispatch") as pool:
            for future in [pool.submit(self._work, queues, progress) for _ in range(count)]:
                future.result()
        if self.result.unknown:
            log.warning(
                "deliveries with an unknown outcome wait for provider events",
                extra={
                    "fields": {"unknown": self.result.unknown, "window_seconds": self.settings.unknown_window_seconds}
                },
            )
        return self.result

    def _prepare(self) -> list[_Queue]:
        """Render each queue's message once, keep it in the store (what users read), and make its link signers."""
        queues = self.deliveries.pending_queues()
        if _several_notices_in_one_language(queues) and self.deliveries.bundle_pending():
            queues = self.deliveries.pending_queues()
        templates = EmailTemplates(self.repository.root)
        expires = int(time.time()) + self.settings.token_ttl_days * 86400
        prepared = []
        for queue in queues:
            versions = [self.repository.ledger.get(n.policy, n.version) for n in queue.notices]
            message = templates.render_together(self.repository.config, self.repository.ledger, versions, queue.locale)
            self.deliveries.keep_message(queue.notice_id, message, queue.bundle)
            signers = {
                marker: tokens.Signer(self.settings.secret_key, notice.key, action, expires)
                for position, notice in enumerate(queue.notices)
                for action in ACTIONS
                if (marker := link_marker(action, position)) in message.markers
            }
            prepared.append(_Queue(queue, message, signers, again=queue.waiting))
        return prepared

    def _work(self, queues: list[_Queue], progress: Callable[[int], None] | None) -> None:
        try:
            for queue in queues:
                while not self._stop.is_set() and self._send_batch(queue, progress):
                    pass
                # Then once more from the lowest row left behind (rate limited, or a retry now due), not from the
                # queue's start: on PostgreSQL the queue index holds the rows already sent, and walking a million
                # of them once per worker and queue cost seconds.
                while not self._stop.is_set() and queue.again is not None and self._send_batch(queue, progress, True):
                    pass
        except BaseException:
            self._stop.set()  # a database error in one worker stops the others after their current batch
            raise

    def _send_batch(self, queue: _Queue, progress: Callable[[int], None] | None, again: bool = False) -> bool:
        """Lease, send and record one batch; False when the queue had nothing due or the channel stopped."""
        token = secrets.token_hex(16)
        # Read the clock before leasing: the lease's time is taken before its statement runs, and a statement
        # slowed by load must not push the last attempt past the lease's end.
        deadline = time.monotonic() + self.budget
        q = queue.queue
        after = queue.after if not again or queue.again is None else queue.again - 1
        leased = self.deliveries.lease(q.notice_id, q.locale, self.size, token, after, q.bundle)
        if not leased:
            return False
        with queue.lock:
            queue.after = max(queue.after, leased[-1].id)
        try:
            outcome = self.channel.send(self._batch(queue, leased), deadline)
        except ChannelError as error:
            self.deliveries.release(token)  # nothing of this batch was accepted
            self._stop_on(error)
            return False
        now = self.deliveries.now()
        outcomes = decide(self.settings, self.channel.name, queue.message, outcome, leased, now, bool(q.others))
        if outcomes.later or outcomes.retry:
            queue.hand_back([*outcomes.later, *outcomes.retry])
        lost = self.deliveries.record(token, outcomes)
        if lost:
            log.warning("answer recorded after the lease was lost", extra={"fields": {"deliveries": lost}})
        with self._lock:
            self.result.add(outcome)
        where = f"{'+'.join(n.key for n in q.notices)}/{q.locale}"
        log.debug(
            "batch done", extra={"fields": {"queue": where, "sent": len(outcome.sent), "unknown": len(outcome.unknown)}}
        )
        if progress:
            progress(len(leased))
        return True

    def _batch(self, queue: _Queue, leased: list[Leased]) -> Batch:
        link = f"{self.settings.api_url}a/"
        recipients = [
            Recipient(r.id, r.user_id, r.email, {m: link + s.sign(r.user_id) for m, s in queue.signers.items()})
            for r in leased
        ]
        q = queue.queue
        return Batch(
            notice_id=q.notice_id,
            policy=q.policy,
            version=q.version,
            message=queue.message,
            sender_email=self.settings.sender_email,
            sender_name=self.settings.sender_name,
            reply_to=self.settings.reply_to,
            recipients=recipients,
            others=tuple(n.key for n in q.others),
        )

    def _stop_on(self, error: ChannelError) -> None:
        """Every worker meets the same cause when the channel is unusable: the first one reports it."""
        with self._lock:
            first = self.result.stopped is None
            self.result.stopped = self.result.stopped or str(error)
        self._stop.set()
        if first:
            log.error("channel unusable, dispatch stopped", extra={"fields": {"error": str(error)}})


def _several_notices_in_one_language(queues: list[Queue]) -> bool:
    """Whether some users may have several notices pending at once: only then is bundling worth a look."""
    single = [q.locale for q in queues if not q.others]
    return len(single) > len(set(single))


def dispatch(
    engine: Engine,
    repository: PolicyRepository,
    settings: Settings,
    channel: Channel,
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
) -> DispatchResult:
    """Dispatch from the database (the CLI's, the tick's and the benchmark's entry point)."""
    return Dispatcher(SqlDeliveries(engine), repository, settings, channel).run(progress, workers)


def pending_count(engine: Engine) -> int:
    return SqlDeliveries(engine).pending_count()
