"""Crash safety: SIGKILL real dispatcher processes at random moments while the provider misbehaves, restart
until everything is settled, and check that every user was accepted by the provider exactly once.

Each trial resets the same 10,000 deliveries and runs `python -m notifier dispatch --workers 2` against the
fake SendGrid, which answers 429 and 5xx, answers too late, or accepts and drops the connection, at random.
Up to two runs per trial are killed as a random one of their requests (all but the last batch's) reaches
the fake, then 0-50 ms later (a run that finishes first is not counted as killed); after each run the
fake's signed webhook events are delivered to the API and the dispatcher restarted, until nothing is
pending, in flight or unknown. Figures go to the README: trials, deliveries, kills, duplicates, losses.
"""

from __future__ import annotations

import random
import time

from fake_sendgrid import FakeSendGrid
from harness import (
    FAST,
    deliver_events,
    kill_during_dispatch,
    populate,
    reset,
    start_dispatcher,
    states,
    wait_until_reconcilable,
    webhook_client,
)

TRIALS = 20
DELIVERIES = 10_000
KILLS_PER_TRIAL = 2
FAULTS = {"429": 0.02, "500": 0.03, "503": 0.02, "slow": 0.03, "drop": 0.03}


def test_killed_dispatchers_never_lose_or_duplicate_a_notice(world):
    assert populate(world, DELIVERIES) == DELIVERIES
    rng = random.Random(20261121)
    dispatchers = world.reopen(**FAST).settings  # the settings the dispatcher processes run with
    slow = 2 * dispatchers.request_timeout  # a "slow" answer comes after the dispatcher gave up waiting
    figures = {"trials": 0, "deliveries": 0, "kills": 0, "runs": 0, "duplicates": 0, "losses": 0}
    started = time.monotonic()
    for trial in range(TRIALS):
        reset(world)
        with FakeSendGrid(keep_bodies=False, faults=FAULTS, seed=trial, slow_seconds=slow, events=True) as fake:
            fake.state.rate_limit_reset_in = 0
            client = webhook_client(world, fake)
            kills = 0
            for _run in range(40):
                fake.wait_idle()
                deliver_events(client, fake)
                left = states(world)
                if not (left["pending"] or left["sending"] or left["unknown"]):
                    break
                if not left["pending"]:  # only a killed run's leases, or unknown outcomes without events
                    wait_until_reconcilable(world, dispatchers)
                process = start_dispatcher(world, fake)
                figures["runs"] += 1
                batches = -(-left["pending"] // world.settings.batch_size)
                if kills < KILLS_PER_TRIAL and kill_during_dispatch(process, fake, rng, batches):
                    kills += 1
                    continue
                _out, err = process.communicate(timeout=120)
                assert process.returncode == 0, err[-2000:]
            else:
                raise AssertionError(f"trial {trial}: not settled after 40 runs: {states(world)}")
            stats = fake.stats()
            counts = fake.state.delivery_ids
        final = states(world)
        duplicates = sum(1 for n in counts.values() if n > 1)
        losses = DELIVERIES - len(counts)
        assert final == {"pending": 0, "sending": 0, "unknown": 0, "sent": DELIVERIES, "failed": 0}, final
        assert (duplicates, losses) == (0, 0), (trial, stats)
        assert kills >= 1, f"trial {trial}: no kill landed during dispatch"
        figures["trials"] += 1
        figures["deliveries"] += DELIVERIES
        figures["kills"] += kills
        figures["duplicates"] += duplicates
        figures["losses"] += losses
    assert figures["kills"] >= TRIALS * 3 // 2, figures
    figures["seconds"] = round(time.monotonic() - started, 1)
    print(f"\ncrash test ({world.engine.dialect.name}): {figures}")
