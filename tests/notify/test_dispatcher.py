"""The dispatcher's decisions, on the in-memory store (which test_store_contract.py holds to the SQL stores'
behaviour) and the real SendGrid channel against the fake: batches of one notice in one language, a payload
too large split in halves, temporary failures backed off then dead-lettered, unknown outcomes settled by the
provider's events or resent after the window, and an unusable channel handing its lease back.

The store's clock is the scenario's, so backoffs and windows pass without waiting.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from fake_sendgrid import API_KEY, FakeSendGrid

from notifier.config import settings as settings_module
from notifier.config.settings import Settings
from notifier.delivery.channels.sendgrid import SendGridChannel
from notifier.delivery.dispatch import MAX_ATTEMPTS, Dispatcher
from notifier.delivery.http.webhook import record_events_in
from notifier.delivery.model import DeliveryState
from notifier.delivery.plan import notifiable_versions
from notifier.delivery.retry import Backoff
from notifier.delivery.store.memory import InMemoryDeliveries
from notifier.publishing.repository import PolicyRepository

RELEASE_DAY = datetime(2026, 11, 21, 9, 0)
QUICK = Backoff(base=0.01, rate_limit_jitter=0.01)


class Clock:
    def __init__(self) -> None:
        self.at = RELEASE_DAY

    def __call__(self) -> datetime:
        return self.at


class Desk:
    """A dispatcher on the in-memory store, its clock, and the fake SendGrid it talks to."""

    def __init__(self, repo_root: Path, fake: FakeSendGrid, **env: str):
        self.repository = PolicyRepository.open(repo_root)
        base = {
            "DATABASE_URL": "sqlite:///unused",
            "POLICIES_SECRET_KEY": "test-secret",
            "POLICIES_EMAIL_CHANNEL": "sendgrid",
            "SENDGRID_API_KEY": API_KEY,
            "SENDGRID_API_HOST": fake.url,
            # Time enough for a 1,000-recipient request on a loaded machine: a request that outlives its timeout
            # is an unknown outcome, which these scenarios do not expect. The store's clock is the scenario's.
            "POLICIES_REQUEST_TIMEOUT": "10",
            "POLICIES_LEASE_SECONDS": "60",
        }
        self.settings: Settings = settings_module.load(self.repository.config, base | env)
        self.clock = Clock()
        self.store = InMemoryDeliveries(self.clock)
        self.fake = fake
        (version,) = notifiable_versions(self.repository.ledger, self.repository.config, RELEASE_DAY.date())
        self.store.add_notice(1, version.policy, version.version)

    def users(self, locale: str, count: int) -> list[int]:
        return [self.store.add(1, f"{locale}{n}", f"{locale}{n}@example.com", locale) for n in range(count)]

    def dispatch(self, workers: int = 1):
        channel = SendGridChannel(API_KEY, self.fake.url, backoff=QUICK, timeout=self.settings.request_timeout)
        return Dispatcher(self.store, self.repository, self.settings, channel).run(workers=workers)

    def states(self) -> dict[DeliveryState, int]:
        counts = {state: 0 for state in DeliveryState}
        for delivery_id in self.store.rows:
            record = self.store.delivery(delivery_id)
            assert record is not None
            counts[record.state] += 1
        return counts

    def later(self, seconds: float) -> None:
        self.clock.at += timedelta(seconds=seconds)


@pytest.fixture
def fake():
    with FakeSendGrid(keep_bodies=True, events=True) as fake:
        yield fake


def test_every_request_is_one_notice_in_one_language_and_everyone_is_told_once(repo_root, fake):
    desk = Desk(repo_root, fake)
    desk.users("en", 2500)
    desk.users("fr", 1500)
    result = desk.dispatch(workers=2)
    assert (result.sent, result.requests) == (4000, 5)  # en: 1000 + 1000 + 500, fr: 1000 + 500
    rows = desk.store.rows
    languages = [
        {rows[int(p["custom_args"]["delivery_id"])].locale for p in b["personalizations"]} for b in fake.accepted
    ]
    assert sorted(len(one) for one in languages) == [1] * 5
    assert fake.stats()["unique_delivery_ids"] == 4000 and fake.stats()["duplicated_delivery_ids"] == 0
    assert desk.states()[DeliveryState.SENT] == 4000
    assert len(desk.store.messages) == 2, "the exact email of each language is kept"


def test_a_payload_too_large_is_split_and_each_half_sent(repo_root, fake):
    desk = Desk(repo_root, fake)
    desk.users("en", 1000)
    fake.answer_next(413)
    result = desk.dispatch()
    assert (result.sent, result.requests) == (1000, 3)
    assert fake.stats()["unique_delivery_ids"] == 1000


def test_a_temporary_failure_waits_its_backoff_and_is_dead_lettered_after_the_last_attempt(repo_root, fake):
    desk = Desk(repo_root, fake, POLICIES_RETRY_BASE="60")
    (delivery,) = desk.users("en", 1)
    fake.answer_next(*[503] * 4 * MAX_ATTEMPTS)
    assert desk.dispatch().retry == 1
    assert desk.dispatch().requests == 0, "not before its backoff"
    for attempt in range(2, MAX_ATTEMPTS + 1):
        desk.later(3600)
        desk.dispatch()
        record = desk.store.delivery(delivery)
        assert record is not None and record.attempts == attempt
    assert record.state == DeliveryState.FAILED
    assert record.error == f"gave up after {MAX_ATTEMPTS} attempts: sendgrid 503 after 4 attempts"
    assert record.events == ("deferred",) * (MAX_ATTEMPTS - 1) + ("failed",)


def test_an_unknown_outcome_is_settled_by_the_providers_events_never_resent(repo_root, fake):
    desk = Desk(repo_root, fake, POLICIES_UNKNOWN_WINDOW="3600")
    desk.users("en", 10)
    fake.answer_next("drop")  # accepted, then the connection dropped before the answer
    assert desk.dispatch().unknown == 10
    desk.later(60)
    again = desk.dispatch()
    assert (again.requests, again.reconciled.resent) == (0, 0), "inside the window nothing is resent"
    recorded = record_events_in(desk.store, json.loads(fake.signed_events(fake.take_events())[0]))
    assert recorded.recorded >= 10
    assert desk.states()[DeliveryState.SENT] == 10
    assert fake.stats()["duplicated_delivery_ids"] == 0


def test_an_unknown_outcome_without_events_is_resent_after_the_window(repo_root):
    with FakeSendGrid(keep_bodies=False) as silent:  # accepts, but never sends an event
        desk = Desk(repo_root, silent, POLICIES_UNKNOWN_WINDOW="600")
        desk.users("en", 10)
        silent.answer_next("drop")
        desk.dispatch()
        desk.later(601)
        again = desk.dispatch()
        assert (again.reconciled.resent, again.sent) == (10, 10)
    assert desk.states()[DeliveryState.SENT] == 10


def test_a_lease_that_expired_mid_request_becomes_unknown_not_pending(repo_root, fake):
    desk = Desk(repo_root, fake, POLICIES_UNKNOWN_WINDOW="3600")
    (delivery,) = desk.users("en", 1)
    desk.store.lease(1, "en", 10, "dead" * 8)  # a dispatcher that died holding this lease
    desk.later(desk.settings.lease_seconds + 1)
    result = desk.dispatch()
    assert (result.reconciled.expired, result.requests) == (1, 0)
    assert desk.store.delivery(delivery).state == DeliveryState.UNKNOWN  # type: ignore[union-attr]


def test_an_unusable_channel_stops_the_dispatch_and_hands_the_lease_back(repo_root, fake):
    desk = Desk(repo_root, fake)
    desk.users("en", 5)
    fake.answer_next(401)
    result = desk.dispatch(workers=2)
    assert result.stopped and "401" in result.stopped
    assert desk.states()[DeliveryState.PENDING] == 5
    assert all(desk.store.delivery(i).attempts == 0 for i in desk.store.rows)  # type: ignore[union-attr]
