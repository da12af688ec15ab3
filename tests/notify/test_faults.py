"""Every way the provider can answer, or not: what the channel concludes, and what the store then does.

Channel level (against the strict fake): 400 with a personalization's field dead-letters only it; 400 on
the message itself stops; 401/403 stop; 413 splits; 429 waits for the reset; 5xx backs off; a refused
connection is retried; a timeout after sending and an accepted-then-dropped request are *unknown*.
Store level (on SQLite and PostgreSQL): an unknown delivery is settled by the webhook, or resent after a
silent window; retries are dead-lettered after the maximum attempts; 401 keeps everything pending.
"""

from __future__ import annotations

import logging
import socket
import time
from datetime import timedelta

import pytest
from fake_sendgrid import API_KEY, FakeSendGrid
from harness import deliver_events, populate, states, webhook_client
from sqlalchemy import select, update

from notifier.delivery import store
from notifier.delivery.channels.base import Batch, ChannelError, Recipient
from notifier.delivery.channels.sendgrid import SendGridChannel
from notifier.delivery.dispatch import MAX_ATTEMPTS, dispatch
from notifier.delivery.emails import ACK_MARKER, RenderedMessage
from notifier.delivery.model import DeliveryState
from notifier.delivery.reconcile import reconcile
from notifier.delivery.retry import Backoff
from notifier.delivery.status import format_status, status
from notifier.delivery.store.dispatching import SqlDeliveries
from notifier.problems import PolicyError

MESSAGE = RenderedMessage("en", "Our Privacy Policy changes", f"Read it. {ACK_MARKER}", f"<p>{ACK_MARKER}</p>")
QUICK = Backoff(base=0.01, rate_limit_jitter=0.01)
TIMEOUT = 1.0  # the request timeout of these tests: room for a loaded 2-core machine
SLOW = 3 * TIMEOUT  # a "slow" answer comes well after the client gave up waiting
# Requests of 750-1,250 recipients: under a loaded CI run one took more than 1 s to be answered and came back
# unknown. They get 10 s (and a lease over 4 x that); a "slow" answer comes 2 s after that.
BATCH_TIMEOUT = {"POLICIES_REQUEST_TIMEOUT": "10", "POLICIES_LEASE_SECONDS": "60"}
BATCH_SLOW = 12.0


def batch(emails: list[str], sender: str = "privacy@24sevres.com") -> Batch:
    recipients = [
        Recipient(i + 1, f"u{i + 1}", e, {ACK_MARKER: f"https://x.test/a/t{i + 1}"}) for i, e in enumerate(emails)
    ]
    return Batch(7, "privacy", "2026-11-21", MESSAGE, sender, "24 Sèvres", None, recipients)


def emails(n: int) -> list[str]:
    return [f"user{i}@example.com" for i in range(n)]


def test_a_bad_personalization_is_dead_lettered_by_its_field_and_the_rest_resent_at_once():
    addresses = emails(10)
    addresses[3] = "not an address"
    with FakeSendGrid() as fake:
        result = SendGridChannel(API_KEY, fake.url, backoff=QUICK).send(batch(addresses))
        stats = fake.stats()
    assert set(result.failed) == {4} and "personalizations.3.to.0.email" in result.failed[4]
    assert len(result.sent) == 9 and result.requests == 2  # no halving: the field names the culprit
    assert stats["unique_delivery_ids"] == 9 and stats["duplicated_delivery_ids"] == 0


def test_an_error_in_the_message_itself_stops_without_dead_lettering_anyone():
    with FakeSendGrid() as fake, pytest.raises(ChannelError, match=r"from\.email.*nothing was dead-lettered"):
        SendGridChannel(API_KEY, fake.url, backoff=QUICK).send(batch(emails(3), sender="not-an-address"))


@pytest.mark.parametrize("status", [401, 403])
def test_refused_credentials_stop_at_once(status):
    with FakeSendGrid() as fake:
        fake.answer_next(status)
        with pytest.raises(ChannelError, match=str(status)):
            SendGridChannel(API_KEY, fake.url, backoff=QUICK).send(batch(emails(2)))
        assert fake.stats()["requests"] == 1


def test_a_429_storm_is_waited_out_with_the_reset_time_and_jitter():
    waits: list[float] = []
    with FakeSendGrid() as fake:
        fake.answer_next(*[429] * 6, reset_in=2)
        result = SendGridChannel(API_KEY, fake.url, sleep=waits.append).send(batch(emails(3)))
        stats = fake.stats()
    assert len(result.sent) == 3 and stats["statuses"]["429"] == 6 and len(waits) == 6
    assert all(0.5 <= w <= 3.0 for w in waits), waits  # until X-RateLimit-Reset (1-2 s away), plus <= 1 s
    assert len(set(waits)) > 1, "jitter: waits differ"


def test_an_endless_429_storm_leaves_the_batch_pending_without_counting_an_attempt():
    with FakeSendGrid() as fake:
        fake.answer_next(*[429] * 20, reset_in=0)
        result = SendGridChannel(API_KEY, fake.url, sleep=lambda _s: None).send(batch(emails(2)))
    assert set(result.later) == {1, 2} and not result.sent and not result.retry


def test_server_errors_back_off_exponentially_then_leave_the_batch_for_later():
    waits: list[float] = []
    with FakeSendGrid() as fake:
        fake.answer_next(500, 502, 503, 504)
        result = SendGridChannel(API_KEY, fake.url, backoff=Backoff(attempts=4, base=1), sleep=waits.append).send(
            batch(emails(2))
        )
    assert set(result.retry) == {1, 2} and "after 4 attempts" in result.retry[1]
    assert len(waits) == 3 and all(0 <= w <= 2**i for i, w in enumerate(waits))


def test_a_refused_connection_is_certainly_not_sent_and_is_retried():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed once the block ends: connections are refused
    channel = SendGridChannel(API_KEY, f"http://127.0.0.1:{port}", backoff=Backoff(attempts=2, base=0.01))
    result = channel.send(batch(emails(2)))
    assert set(result.retry) == {1, 2} and "unreachable" in result.retry[1] and not result.unknown


@pytest.mark.parametrize("fault", ["slow", "drop"])
def test_an_accepted_request_without_an_answer_is_unknown_not_retried(fault):
    with FakeSendGrid(slow_seconds=SLOW) as fake:
        fake.answer_next(fault)
        result = SendGridChannel(API_KEY, fake.url, timeout=TIMEOUT, backoff=QUICK).send(batch(emails(3)))
        fake.wait_idle()
        stats = fake.stats()
    assert set(result.unknown) == {1, 2, 3} and not result.sent and not result.retry
    assert result.requests == 1 and stats["unique_delivery_ids"] == 3  # the fake did accept them


# --- the store's side, on SQLite and PostgreSQL ---------------------------------------------------------


def _sendgrid(world, fake, **env):
    return world.reopen(
        POLICIES_EMAIL_CHANNEL="sendgrid",
        SENDGRID_API_KEY=API_KEY,
        SENDGRID_API_HOST=fake.url,
        **{"POLICIES_REQUEST_TIMEOUT": str(TIMEOUT), "POLICIES_LEASE_SECONDS": "5", **env},
    )


def _channel(world):
    s = world.settings
    return SendGridChannel(API_KEY, s.sendgrid_api_host, backoff=QUICK, timeout=s.request_timeout)


def test_unknown_outcomes_are_settled_by_webhook_events_and_never_resent(world, caplog):
    populate(world, 2500)
    with FakeSendGrid(keep_bodies=False, events=True, slow_seconds=BATCH_SLOW) as fake:
        world = _sendgrid(world, fake, POLICIES_UNKNOWN_WINDOW="3600", **BATCH_TIMEOUT)
        fake.answer_next("drop", "slow")
        first = dispatch(world.engine, world.repository, world.settings, _channel(world), workers=1)
        fake.wait_idle()
        assert first.unknown == 1250 and first.sent == 1250  # en: dropped, then slow; fr: accepted
        report = status(world.engine, world.settings)
        assert report["states"]["unknown"] == 1250 and "waiting for provider events" in format_status(report)
        again = dispatch(world.engine, world.repository, world.settings, _channel(world))
        assert again.sent == 0 and again.reconciled.resent == 0, "inside the window, nothing is resent"
        deliver_events(webhook_client(world, fake), fake)
        assert states(world)["sent"] == 2500
        stats = fake.stats()
    assert stats["unique_delivery_ids"] == 2500 and stats["duplicated_delivery_ids"] == 0


def test_unknown_outcomes_without_events_are_resent_after_the_window_and_the_decision_logged(world, caplog):
    populate(world, 1500)
    with FakeSendGrid(keep_bodies=False) as fake:  # accepted, but no webhook ever comes
        world = _sendgrid(world, fake, POLICIES_UNKNOWN_WINDOW="600", **BATCH_TIMEOUT)
        fake.answer_next("drop")
        dispatch(world.engine, world.repository, world.settings, _channel(world), workers=1)
        fake.wait_idle()
        later = store.utcnow() + timedelta(seconds=world.settings.unknown_window_seconds + 1)
        with caplog.at_level(logging.WARNING, logger="notifier"):
            decided = reconcile(SqlDeliveries(world.engine), world.settings, now=later)
        assert decided.resent == 750  # the dropped English batch
        assert any("resent_after_silence" in str(getattr(r, "fields", "")) for r in caplog.records)
        dispatch(world.engine, world.repository, world.settings, _channel(world))
        with world.engine.connect() as conn:
            resends = conn.execute(
                select(store.delivery_events.c.detail).where(store.delivery_events.c.kind == "resend")
            ).all()
        assert len(resends) == 750 and "no provider event within 600 s" in resends[0].detail
        assert states(world)["sent"] == 1500


def test_retries_are_dead_lettered_after_the_maximum_attempts(world):
    populate(world, 10)
    with FakeSendGrid(keep_bodies=False) as fake:
        world = _sendgrid(world, fake, POLICIES_RETRY_BASE="0")
        fake.answer_next(*[503] * 100)
        for _ in range(MAX_ATTEMPTS):
            dispatch(world.engine, world.repository, world.settings, _channel(world), workers=1)
    final = states(world)
    assert final["failed"] == 10 and final["pending"] == 0
    with world.engine.connect() as conn:
        errors = set(conn.execute(select(store.deliveries.c.error)).scalars())
    assert errors == {f"gave up after {MAX_ATTEMPTS} attempts: sendgrid 503 after 4 attempts"}


def test_a_retried_delivery_waits_for_its_backoff(world):
    populate(world, 10)
    with FakeSendGrid(keep_bodies=False) as fake:
        world = _sendgrid(world, fake, POLICIES_RETRY_BASE="60")
        fake.answer_next(503, 503, 503, 503)
        dispatch(world.engine, world.repository, world.settings, _channel(world), workers=1)
        again = dispatch(world.engine, world.repository, world.settings, _channel(world), workers=1)
        assert again.sent == 0 and status(world.engine, world.settings)["pending_backoff"] == 5  # en failed
        with world.engine.begin() as conn:
            conn.execute(update(store.deliveries).values(next_attempt_at=store.utcnow() - timedelta(seconds=1)))
        assert dispatch(world.engine, world.repository, world.settings, _channel(world)).sent == 5


def test_a_dead_dispatchers_lease_expires_into_unknown_then_into_a_resend(world):
    populate(world, 10)
    world = world.reopen(POLICIES_UNKNOWN_WINDOW="3600")
    settings = world.settings
    leased_at = store.utcnow() - timedelta(seconds=settings.lease_seconds + 1)  # the lease just expired
    with world.engine.begin() as conn:  # what a dispatcher killed mid-request leaves behind
        dead = {"status": DeliveryState.SENDING, "lease_token": "dead", "leased_at": leased_at}
        conn.execute(update(store.deliveries).values(**dead))
    deliveries = SqlDeliveries(world.engine)
    first = reconcile(deliveries, settings)
    assert (first.expired, first.resent) == (10, 0) and states(world)["unknown"] == 10
    second = reconcile(deliveries, settings, now=leased_at + timedelta(seconds=settings.unknown_window_seconds + 1))
    assert second.resent == 10 and states(world)["pending"] == 10


def test_the_pacer_spreads_requests_to_the_configured_rate_across_threads():
    from notifier.delivery.retry import Pacer

    clock = [100.0]
    slept: list[float] = []
    pacer = Pacer(10, clock=lambda: clock[0], sleep=slept.append)
    for _ in range(4):
        pacer.wait()
    assert slept == pytest.approx([0.1, 0.2, 0.3])  # the first goes at once, then one every 100 ms
    clock[0] += 10  # idle for a while: no burst credit is hoarded beyond the next slot
    pacer.wait()
    assert len(slept) == 3


def test_the_status_command_prints_counts_and_no_personal_data(world):
    import os
    import subprocess
    import sys

    from harness import REPO

    populate(world, 30)
    env = os.environ | {
        "PYTHONPATH": str(REPO),
        "DATABASE_URL": world.settings.database_url,
        "POLICIES_SECRET_KEY": "x",
    }
    out = subprocess.run(
        [sys.executable, "-m", "notifier", "status"],
        cwd=world.root,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "deliveries: pending 30, sending 0, unknown 0, sent 0, failed 0" in out
    assert "pending: 30 due now, 0 waiting for a retry" in out
    assert "@" not in out and "c00000" not in out


def test_a_database_error_in_one_worker_stops_the_others(world, monkeypatch):
    populate(world, 10_000)
    real_record, calls = SqlDeliveries.record, []

    def failing_record(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("database went away")
        return real_record(*args, **kwargs)

    monkeypatch.setattr(SqlDeliveries, "record", failing_record)
    with FakeSendGrid(keep_bodies=False) as fake:
        world = _sendgrid(world, fake)
        with pytest.raises(RuntimeError, match="database went away"):
            dispatch(world.engine, world.repository, world.settings, _channel(world), workers=2)
        requests = fake.stats()["accepted_requests"]
    assert requests <= 3, "the other worker finished its batch in flight, then stopped"
    assert states(world)["sending"] == 1000, "the failed batch's answer was never recorded: it stays leased"


@pytest.mark.parametrize(
    ("timeout", "lease", "window"),
    [("30", "600", "600"), ("0.2", "1", "0"), ("30", "100", "7200")],
    ids=["window-equal-to-lease", "window-shorter-than-lease", "lease-within-4-timeouts"],
)
def test_settings_that_could_send_a_batch_twice_are_refused_at_start_up(world, timeout, lease, window):
    """A window no longer than the lease would resend a killed dispatcher's batch as soon as its lease ends,
    before the provider's events for its last request could arrive (one batch of 1,000 sent twice in CI)."""
    with pytest.raises(PolicyError) as error:
        world.reopen(POLICIES_REQUEST_TIMEOUT=timeout, POLICIES_LEASE_SECONDS=lease, POLICIES_UNKNOWN_WINDOW=window)
    (problem,) = error.value.problems
    assert problem.where == "POLICIES_REQUEST_TIMEOUT, POLICIES_LEASE_SECONDS, POLICIES_UNKNOWN_WINDOW"
    assert "4 x POLICIES_REQUEST_TIMEOUT < POLICIES_LEASE_SECONDS < POLICIES_UNKNOWN_WINDOW" in problem.message


def test_a_lease_slowed_past_its_last_attempt_makes_no_request_in_that_lease(world, monkeypatch):
    """The last attempt's deadline counts from before the leasing statement: the lease's time is taken before
    it runs, so a statement slowed by load must not leave room for a request after the lease has ended."""
    populate(world, 10)
    with FakeSendGrid(keep_bodies=False) as fake:
        world = _sendgrid(world, fake, POLICIES_UNKNOWN_WINDOW="3600")
        s = world.settings
        budget = s.lease_seconds - 3 * s.request_timeout  # no attempt may start later than this into a lease
        leases: list[float] = []  # when each lease began
        requests: list[float] = []  # how far into its lease each request started

        real_lease = SqlDeliveries.lease

        def slow_first_lease(*args, **kwargs):
            leases.append(time.monotonic())
            leased = real_lease(*args, **kwargs)
            if len(leases) == 1:
                time.sleep(budget)  # the first leasing statement eats the whole budget
            return leased

        channel = _channel(world)
        post = channel._post
        monkeypatch.setattr(channel, "_post", lambda body: requests.append(time.monotonic() - leases[-1]) or post(body))
        monkeypatch.setattr(SqlDeliveries, "lease", slow_first_lease)
        result = dispatch(world.engine, world.repository, s, channel, workers=1)
    assert result.sent == 10 and requests and all(into < budget for into in requests), (requests, budget)
