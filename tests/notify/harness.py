"""What the crash, concurrency and fault tests share: many users and their deliveries, real dispatcher
processes (`python -m notifier dispatch`) pointed at the fake SendGrid or the fake SMTP server and killed
at random moments, and the fake's signed events delivered to the API's webhook, as SendGrid would."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from fake_sendgrid import API_KEY, FakeSendGrid
from fake_smtp import FakeSmtp
from sqlalchemy import delete, func, insert, select, update
from starlette.testclient import TestClient

from notifier.delivery import store
from notifier.delivery.http.api import create_app
from notifier.delivery.model import DeliveryState
from notifier.delivery.plan import fan_out, notifiable_versions, plan_notices

REPO = Path(__file__).resolve().parents[2]
RELEASE_DAY = date(2026, 11, 21)
# Short leases and timeouts so a killed dispatcher's batch is reclaimed within a second or two. They keep the
# relation the settings enforce (4 x timeout < lease < window): the window's second beyond the lease is the
# time the fake has to take a request a killed dispatcher wrote just before dying, whose events the harness
# delivers before the next run. (A zero window let the next run resend such a batch before its events came.)
FAST = {
    "POLICIES_LEASE_SECONDS": "1",
    "POLICIES_REQUEST_TIMEOUT": "0.2",
    "POLICIES_UNKNOWN_WINDOW": "2",
    "POLICIES_RETRY_BASE": "0",
    "POLICIES_LOG_LEVEL": "WARNING",
}


def populate(world, count: int) -> int:
    """`count` active users in English and French, fanned out for the privacy release: pending deliveries."""
    now = datetime(2026, 10, 1)
    rows = [
        {
            "id": f"c{i:07d}",
            "email": f"user{i}@example.com",
            "locale": "fr" if i % 2 else "en",
            "status": "active",
            "last_active_at": now,
            "updated_at": now,
        }
        for i in range(count)
    ]
    with world.engine.begin() as conn:
        for start in range(0, count, 10_000):
            conn.execute(insert(store.users), rows[start : start + 10_000])
    repository, settings = world.repository, world.settings
    versions = list(notifiable_versions(repository.ledger, repository.config, RELEASE_DAY))
    created = 0
    for notice in plan_notices(world.engine, settings, versions, RELEASE_DAY):
        spec = settings.audience(notice.version.policy)
        if spec is not None:
            created += fan_out(world.engine, notice, spec, repository.config, RELEASE_DAY)
    return created


def reset(world) -> None:
    """Every delivery pending again and no event: a fresh trial over the same deliveries."""
    d = store.deliveries
    with world.engine.begin() as conn:
        conn.execute(delete(store.delivery_events))
        conn.execute(
            update(d).values(
                status=DeliveryState.PENDING,
                attempts=0,
                leased_at=None,
                lease_token=None,
                next_attempt_at=None,
                sent_at=None,
                provider_id=None,
                provider_status=None,
                transport=None,
                error=None,
            )
        )


def env_for(world, fake: FakeSendGrid | FakeSmtp, **extra: str) -> dict[str, str]:
    if isinstance(fake, FakeSmtp):
        channel = {"POLICIES_EMAIL_CHANNEL": "smtp", "SMTP_URL": fake.url}
    else:
        channel = {"POLICIES_EMAIL_CHANNEL": "sendgrid", "SENDGRID_API_KEY": API_KEY, "SENDGRID_API_HOST": fake.url}
    return (
        os.environ
        | {"PYTHONPATH": str(REPO), "DATABASE_URL": world.settings.database_url, "POLICIES_SECRET_KEY": "test-secret"}
        | channel
        | FAST
        | extra
    )


def start_dispatcher(world, fake: FakeSendGrid | FakeSmtp, workers: int = 2, **extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "notifier", "dispatch", "--workers", str(workers)],
        cwd=world.root,
        env=env_for(world, fake, **extra),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def kill_during_dispatch(process, fake: FakeSendGrid | FakeSmtp, rng: random.Random, requests_left: int) -> bool:
    """Kill the process as a random one of its requests reaches the fake, then up to 50 ms later: in the
    middle of a request or while it records answers. False if it finished first.

    Counting requests rather than seconds keeps the kill inside the dispatch however fast the machine is:
    the request is drawn among all but the last of the `requests_left` the dispatch will make.
    """
    target = fake.stats()["requests"] + rng.randint(1, max(requests_left - 1, 1))
    while process.poll() is None and fake.stats()["requests"] < target:
        time.sleep(0.005)
    time.sleep(rng.uniform(0, 0.05))
    if process.poll() is not None:
        return False
    process.send_signal(signal.SIGKILL)
    process.wait()
    return True


def webhook_client(world, fake: FakeSendGrid) -> TestClient:
    settings = world.reopen(SENDGRID_WEBHOOK_PUBLIC_KEY=fake.public_key).settings
    return TestClient(create_app(world.repository, settings, world.engine))


def deliver_events(client: TestClient, fake: FakeSendGrid, chunk: int = 5000) -> int:
    """Post the fake's new events to the webhook, signed, in SendGrid-sized requests; returns how many."""
    events = fake.take_events()
    for start in range(0, len(events), chunk):
        payload, headers = fake.signed_events(events[start : start + chunk])
        answer = client.post("/v1/webhooks/sendgrid", content=payload, headers=headers)
        assert answer.status_code == 200, answer.text
    return len(events)


def states(world) -> dict[str, int]:
    d = store.deliveries
    with world.engine.connect() as conn:
        counts = dict(conn.execute(select(d.c.status, func.count()).group_by(d.c.status)).all())
    return {state: counts.get(state, 0) for state in tuple(DeliveryState)}


def wait_until_reconcilable(world, settings) -> None:
    """Sleep until the next dispatcher's reconcile can settle something: the first lease in `sending` to
    expire, else the first `unknown` outcome's window to pass (both from `settings`, the dispatchers')."""
    d = store.deliveries
    with world.engine.connect() as conn:
        leases = conn.execute(select(func.min(d.c.leased_at)).where(d.c.status == DeliveryState.SENDING)).scalar()
        unknown = conn.execute(select(func.min(d.c.leased_at)).where(d.c.status == DeliveryState.UNKNOWN)).scalar()
    due = [at + timedelta(seconds=settings.lease_seconds) for at in (leases,) if at is not None]
    due += [at + timedelta(seconds=settings.unknown_window_seconds) for at in (unknown,) if at is not None]
    if due:
        time.sleep(max((min(due) - store.utcnow()).total_seconds(), 0))
