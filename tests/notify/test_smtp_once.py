"""SMTP tells each user once, whatever the server does (on SQLite and PostgreSQL).

A relay that hangs up after 100 messages per connection, a relay that answers "421 try again later" now and
then: every user gets the notice once, nobody is dead-lettered or left "unknown" for a message that never
left, and no attempt is spent on the server's moods. Only a message whose answer never came (the server
took longer than the request timeout) is unknown, because the server may have taken it.
"""

from __future__ import annotations

import time

from fake_smtp import FakeSmtp
from harness import populate, states
from sqlalchemy import func, select

from notifier.delivery import store
from notifier.delivery.channels import make_channel
from notifier.delivery.channels.base import Batch, Recipient
from notifier.delivery.channels.smtp import SmtpChannel
from notifier.delivery.dispatch import dispatch
from notifier.delivery.emails import ACK_MARKER, RenderedMessage
from notifier.delivery.model import DeliveryState


def _smtp(world, fake: FakeSmtp, **env: str):
    return world.reopen(POLICIES_EMAIL_CHANNEL="smtp", SMTP_URL=fake.url, **env)


def _dispatch(world, workers: int = 2):
    channel = make_channel(world.settings)
    try:
        return dispatch(world.engine, world.repository, world.settings, channel, workers=workers)
    finally:
        channel.close()


def _attempts(world) -> dict[int, int]:
    """How many deliveries spent how many attempts."""
    d = store.deliveries
    with world.engine.connect() as conn:
        return dict(conn.execute(select(d.c.attempts, func.count()).group_by(d.c.attempts)).all())


def test_a_relay_that_hangs_up_after_100_messages_tells_everyone_once_in_one_dispatch(world):
    populate(world, 500)
    with FakeSmtp(per_connection=100) as fake:
        result = _dispatch(_smtp(world, fake))
        stats = fake.stats()
    assert (result.sent, result.failed, result.unknown) == (500, 0, 0)
    assert states(world) == {"pending": 0, "sending": 0, "unknown": 0, "sent": 500, "failed": 0}
    assert stats["unique_delivery_ids"] == 500 and stats["duplicated_delivery_ids"] == 0
    assert stats["connections"] >= 5, "the relay really did hang up every 100 messages"
    assert _attempts(world) == {1: 500}, "a hang-up between messages spends nobody's attempts"


def test_a_relay_answering_421_now_and_then_is_tried_again_later_without_spending_attempts(world):
    populate(world, 400)
    with FakeSmtp(busy=0.05, seed=9) as fake:
        result = _dispatch(_smtp(world, fake))
        stats = fake.stats()
    assert (result.sent, result.failed, result.unknown) == (400, 0, 0)
    assert states(world)["sent"] == 400
    assert stats["unique_delivery_ids"] == 400 and stats["duplicated_delivery_ids"] == 0
    assert stats["busy_answers"] >= 10, "the relay really was busy now and then"
    assert _attempts(world) == {1: 400}, "421 means try later: not the recipient's failure"


def test_only_the_message_whose_answer_never_came_is_unknown(world):
    populate(world, 40)
    with world.engine.connect() as conn:
        slow_id = conn.execute(select(func.min(store.deliveries.c.id))).scalar_one()
    # The request timeout bounds the wait for the server's answer; the lease must outlast 4 x that timeout.
    with FakeSmtp(slow={slow_id: 3.0}) as fake:
        world = _smtp(world, fake, POLICIES_REQUEST_TIMEOUT="0.5", POLICIES_LEASE_SECONDS="5")
        result = _dispatch(world, workers=1)
        fake.wait_idle()
        accepted = fake.accepted
    assert (result.sent, result.unknown) == (39, 1)
    with world.engine.connect() as conn:
        unknown = conn.execute(
            select(store.deliveries.c.id).where(store.deliveries.c.status == DeliveryState.UNKNOWN)
        ).scalar_one()
    assert unknown == slow_id and accepted[slow_id] == 1, "the server took it: it must not be resent blindly"
    assert len(accepted) == 40 and max(accepted.values()) == 1


def test_no_message_starts_after_the_lease_deadline():
    message = RenderedMessage("en", "Our Privacy Policy changes", f"Read it. {ACK_MARKER}", f"<p>{ACK_MARKER}</p>")
    recipients = [Recipient(i, f"u{i}", f"user{i}@example.com", {ACK_MARKER: "https://x.test/a/t"}) for i in (1, 2)]
    batch = Batch(7, "privacy", "2026-11-21", message, "privacy@24sevres.com", "24 Sèvres", None, recipients)
    with FakeSmtp() as fake:
        channel = SmtpChannel(fake.url, timeout=1)
        try:
            result = channel.send(batch, deadline=time.monotonic() - 1)
        finally:
            channel.close()
        seen = fake.stats()["requests"]
    assert set(result.later) == {1, 2} and not result.sent and seen == 0
