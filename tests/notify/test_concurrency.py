"""Scaling out: four dispatcher processes at once on one database, over 50,000 deliveries, with a provider
that rate-limits, fails and drops connections: no delivery is accepted twice and none is lost.

On PostgreSQL the processes lease disjoint batches with FOR UPDATE SKIP LOCKED; on SQLite they queue for
the single writer. Deliveries whose outcome is unknown (the fake dropped the connection after accepting)
are settled by the fake's webhook events, delivered after the four have finished, then one more dispatch.
"""

from __future__ import annotations

import time
from datetime import date, datetime

from fake_sendgrid import FakeSendGrid
from harness import deliver_events, populate, start_dispatcher, states, webhook_client
from sqlalchemy import insert, literal, select

from notifier.delivery import store
from notifier.delivery.model import bundle_ids
from notifier.delivery.store.dispatching import SqlDeliveries

PROCESSES = 4
DELIVERIES = 50_000
FAULTS = {"429": 0.05, "500": 0.05, "drop": 0.03}
# Production-like timeouts: on a loaded 2-core machine a 0.2 s timeout would turn slow answers into unknowns.
# And a real unknown window: with processes starting at different moments, a zero window let a late starter
# resend a batch another process had just lost the answer to, before its events could arrive (1,000
# duplicates in one run); that is exactly what the window is for.
TIMEOUTS = {"POLICIES_REQUEST_TIMEOUT": "5", "POLICIES_LEASE_SECONDS": "30", "POLICIES_UNKNOWN_WINDOW": "3600"}


def test_four_dispatcher_processes_share_the_queue_without_duplicates(world):
    assert populate(world, DELIVERIES) == DELIVERIES
    started = time.monotonic()
    with FakeSendGrid(keep_bodies=False, faults=FAULTS, seed=4, events=True) as fake:
        fake.state.rate_limit_reset_in = 0
        client = webhook_client(world, fake)
        processes = []
        for _ in range(PROCESSES):  # staggered, as processes on several machines would start
            processes.append(start_dispatcher(world, fake, workers=2, **TIMEOUTS))
            time.sleep(0.1)
        outputs = [p.communicate(timeout=600) for p in processes]
        for process, (_out, err) in zip(processes, outputs, strict=True):
            assert process.returncode == 0, err[-2000:]
        sent_by_each = [int(out.split()[1].rstrip(",")) for out, _err in outputs]
        for _settle in range(10):
            fake.wait_idle()
            deliver_events(client, fake)
            left = states(world)
            if not (left["pending"] or left["sending"] or left["unknown"]):
                break
            assert left["sending"] == 0, "every process recorded its answers before exiting"
            process = start_dispatcher(world, fake, **TIMEOUTS)
            _out, err = process.communicate(timeout=600)
            assert process.returncode == 0, err[-2000:]
        counts = fake.state.delivery_ids
        stats = fake.stats()
    duplicates = sum(1 for n in counts.values() if n > 1)
    losses = DELIVERIES - len(counts)
    assert states(world) == {"pending": 0, "sending": 0, "unknown": 0, "sent": DELIVERIES, "failed": 0}
    assert (duplicates, losses) == (0, 0), stats
    assert all(n > 0 for n in sent_by_each), f"every process took a share: {sent_by_each}"
    print(
        f"\nconcurrency ({world.engine.dialect.name}): {PROCESSES} processes, {DELIVERIES} deliveries, "
        f"accepted with 202 per process {sent_by_each}, faults {stats['faults']}, duplicates {duplicates}, "
        f"losses {losses}, {time.monotonic() - started:.1f} s"
    )


def test_a_lease_claims_at_most_its_size_and_never_a_leased_row(world):
    """PostgreSQL can rescan `IN (SELECT … LIMIT n FOR UPDATE SKIP LOCKED)` and claim more than n rows:
    the lease must not be written that way (it once claimed 1,250 rows for a limit of 1,000)."""
    populate(world, 3000)
    with world.engine.connect() as conn:
        notice_id = conn.execute(select(store.notices.c.id)).scalar_one()
    deliveries = SqlDeliveries(world.engine)
    first = deliveries.lease(notice_id, "en", 1000, "a" * 32)
    second = deliveries.lease(notice_id, "en", 1000, "b" * 32)
    assert (len(first), len(second)) == (1000, 500)
    assert not {r.id for r in first} & {r.id for r in second}
    assert deliveries.lease(notice_id, "en", 1000, "c" * 32) == []


def _also_due_the_cookie_notice(world) -> None:
    """Every user also due a second notice (the cookie policy's), fanned out beside the privacy one."""
    with world.engine.begin() as conn:
        cookie_notice = conn.execute(
            insert(store.notices)
            .values(
                policy="cookies",
                version="2023-02-01",
                change_class="major",
                published_at=date(2023, 2, 1),
                effective_at=date(2023, 2, 1),
                planned_at=datetime(2026, 11, 21),
                audience="active_accounts",
            )
            .returning(store.notices.c.id)
        ).scalar_one()
        d = store.deliveries
        copied = ("user_id", "channel", "locale", "email", "text_sha256", "status", "attempts", "created_at")
        source = select(literal(cookie_notice), *(d.c[name] for name in copied))
        conn.execute(insert(d).from_select(["notice_id", *copied], source))


def test_dispatchers_bundling_at_once_tell_each_user_each_notice_exactly_once(world):
    """Four processes start together on users due two notices: each one bundles, leases and sends while the
    others do. Whatever the interleaving, every user is told each notice in exactly one email."""
    users = populate(world, 5_000)
    _also_due_the_cookie_notice(world)
    with FakeSendGrid(keep_bodies=False, seed=5) as fake:
        processes = [start_dispatcher(world, fake, workers=2, **TIMEOUTS) for _ in range(PROCESSES)]
        for process in processes:
            _out, err = process.communicate(timeout=600)
            assert process.returncode == 0, err[-2000:]
        accepted = fake.state.delivery_ids
    assert states(world) == {"pending": 0, "sending": 0, "unknown": 0, "sent": 2 * users, "failed": 0}
    d = store.deliveries
    with world.engine.connect() as conn:
        rows = conn.execute(select(d.c.id, d.c.user_id, d.c.notice_id, d.c.bundle, d.c.joined_to)).all()
    by_id = {row.id: row for row in rows}
    told: dict[tuple[str, int], int] = {}
    for delivery_id, times in accepted.items():
        email = by_id[int(delivery_id)]
        assert email.joined_to is None and times == 1, "a joined delivery is never sent on its own"
        for notice in bundle_ids(email.bundle) if email.bundle else [email.notice_id]:
            told[(email.user_id, notice)] = told.get((email.user_id, notice), 0) + 1
    assert len(told) == 2 * users and set(told.values()) == {1}
    joined = [row for row in rows if row.joined_to is not None]
    assert joined and all(by_id[row.joined_to].user_id == row.user_id for row in joined)
