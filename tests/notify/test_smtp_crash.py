"""Crash safety over SMTP: SIGKILL real dispatcher processes while they talk to a relay that hangs up after 100
messages per connection and answers 421 now and then; restart until everything is settled.

SMTP has no idempotency key and no event webhook: a message whose final answer was lost with its dispatcher
is unknown, and is sent again once the unknown window has passed. So a second copy is allowed for those and
only those: every duplicate must be a delivery that was in flight (`sending`) when a dispatcher was killed,
at most one per connection killed. Everyone else is told exactly once, and nobody is left untold.

`python bench/bench_smtp_crash.py` runs this test with 5,000 users and 10 kills (the README's figures);
SMTP_CRASH_USERS and SMTP_CRASH_KILLS set those two numbers.
"""

from __future__ import annotations

import os
import random
import time

from fake_smtp import FakeSmtp
from harness import kill_during_dispatch, populate, start_dispatcher, states
from sqlalchemy import select

from notifier.delivery import store
from notifier.delivery.model import DeliveryState

USERS = int(os.environ.get("SMTP_CRASH_USERS", "1000"))
KILLS = int(os.environ.get("SMTP_CRASH_KILLS", "3"))
WORKERS = 2  # connections per dispatcher process
# Room for a loaded 2-core machine: a final answer later than the timeout would be unknown (and resent).
# The lease outlasts 4 x the timeout; the window outlasts the lease.
TIMING = {"POLICIES_REQUEST_TIMEOUT": "1", "POLICIES_LEASE_SECONDS": "5", "POLICIES_UNKNOWN_WINDOW": "6"}


def _in_flight(world) -> set[int]:
    d = store.deliveries
    with world.engine.connect() as conn:
        return set(conn.execute(select(d.c.id).where(d.c.status == DeliveryState.SENDING)).scalars())


def _answers_lost(world) -> set[int]:
    """Messages whose final answer a live dispatcher waited for in vain (a loaded machine): unknown too."""
    events = store.delivery_events
    with world.engine.connect() as conn:
        return set(conn.execute(select(events.c.delivery_id).where(events.c.kind == "unknown")).scalars())


def test_killed_smtp_dispatchers_tell_everyone_and_resend_at_most_the_message_in_flight(world):
    assert populate(world, USERS) == USERS
    rng = random.Random(20261128)
    figures = {"users": USERS, "kills": 0, "runs": 0}
    in_flight_at_kills: set[int] = set()
    started = time.monotonic()
    with FakeSmtp(per_connection=100, busy=0.01, seed=11) as fake:
        for _run in range(100):
            fake.wait_idle()
            left = states(world)
            if not (left["pending"] or left["sending"] or left["unknown"]):
                break
            if not left["pending"]:
                time.sleep(1)  # only killed runs' messages are left: their lease, then the window, must pass
            process = start_dispatcher(world, fake, workers=WORKERS, **TIMING)
            figures["runs"] += 1
            # Spread the kills over the queue: each is drawn within the share left for it and the next one.
            share = left["pending"] // (KILLS - figures["kills"] + 1)
            if figures["kills"] < KILLS and kill_during_dispatch(process, fake, rng, share):
                figures["kills"] += 1
                in_flight_at_kills |= _in_flight(world)
                continue
            _out, err = process.communicate(timeout=300)
            assert process.returncode == 0, err[-2000:]
        else:
            raise AssertionError(f"not settled after 100 runs: {states(world)}")
        accepted = fake.accepted
        figures |= {"busy_answers": fake.stats()["busy_answers"], "connections": fake.stats()["connections"]}
    duplicates = {delivery for delivery, copies in accepted.items() if copies > 1}
    lost = _answers_lost(world)
    figures |= {"told": len(accepted), "duplicates": len(duplicates), "never_sent": USERS - len(accepted)}
    figures |= {"answers_lost_without_a_kill": len(lost)}
    figures["seconds"] = round(time.monotonic() - started, 1)
    print(f"\nSMTP crash test ({world.engine.dialect.name}): {figures}")
    assert states(world) == {"pending": 0, "sending": 0, "unknown": 0, "sent": USERS, "failed": 0}
    assert figures["never_sent"] == 0 and figures["kills"] == KILLS, figures
    assert duplicates <= in_flight_at_kills | lost, "only a message in flight whose answer was lost is resent"
    extra_copies = sum(copies - 1 for copies in accepted.values())
    assert extra_copies <= figures["kills"] * WORKERS + len(lost), "at most one extra copy per connection killed"
