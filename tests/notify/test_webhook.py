"""SendGrid's event webhook: only genuine, fresh, signed requests are recorded, and each event only once."""

from __future__ import annotations

import json
import time

import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from fake_sendgrid import API_KEY, FakeSendGrid
from harness import populate, states, webhook_client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from notifier.delivery import store
from notifier.delivery.channels.sendgrid import SendGridChannel
from notifier.delivery.dispatch import dispatch
from notifier.delivery.http import webhook
from notifier.delivery.status import format_status, status

PATH = "/v1/webhooks/sendgrid"
KEY = ec.generate_private_key(ec.SECP256R1())
PUBLIC = webhook.load_public_key(webhook.public_key_text(KEY))


@pytest.fixture
def sent(world):
    """20 deliveries sent through the fake (two of them to bouncing addresses), its events not yet posted."""
    populate(world, 20)
    with FakeSendGrid(keep_bodies=False, events=True) as fake:
        w = world.reopen(POLICIES_EMAIL_CHANNEL="sendgrid", SENDGRID_API_KEY=API_KEY, SENDGRID_API_HOST=fake.url)
        with w.engine.begin() as conn:
            for user in ("c0000003", "c0000004"):
                conn.execute(
                    store.deliveries.update()
                    .where(store.deliveries.c.user_id == user)
                    .values(email=f"bounce-{user}@example.com")
                )
        dispatch(w.engine, w.repository, w.settings, SendGridChannel(API_KEY, fake.url))
        yield w, fake, webhook_client(w, fake)


def _events(world) -> int:
    with world.engine.connect() as conn:
        return conn.execute(
            select(func.count()).where(store.delivery_events.c.provider_event_id.is_not(None))
        ).scalar_one()


def test_genuine_events_are_recorded_and_bounces_fall_back_to_the_popup(sent):
    world, fake, client = sent
    payload, headers = fake.signed_events(fake.take_events())
    answer = client.post(PATH, content=payload, headers=headers)
    assert answer.status_code == 200 and answer.json() == {
        "recorded": 40,
        "duplicates": 0,
        "unmatched": 0,
        "ignored": 0,
        "malformed": 0,
    }
    report = status(world.engine, world.settings)
    assert report["provider"] == {"delivered": 18, "bounce": 2} and report["fallback_to_popup"] == 2
    assert "2 bounced or dropped: they see the notice as a pop-up" in format_status(report)
    assert "bounce@example.com" not in format_status(report)


def test_a_replayed_or_retried_request_counts_each_event_once(sent):
    world, fake, client = sent
    payload, headers = fake.signed_events(fake.take_events())
    assert client.post(PATH, content=payload, headers=headers).json()["recorded"] == 40
    again = client.post(PATH, content=payload, headers=headers).json()
    assert again == {"recorded": 0, "duplicates": 40, "unmatched": 0, "ignored": 0, "malformed": 0}
    assert _events(world) == 40


def test_forged_tampered_stale_and_unsigned_requests_are_refused(sent):
    world, fake, client = sent
    events = fake.take_events()
    payload, headers = fake.signed_events(events)
    impostor = FakeSendGrid()  # another key
    _p, forged = impostor.signed_events(events)
    tampered = payload.replace(b'"delivered"', b'"bounce"', 1)
    _p, stale = fake.signed_events(events, at=time.time() - 301)
    cases = {
        "forged": (payload, forged, "bad signature"),
        "tampered": (tampered, headers, "bad signature"),
        "stale": (payload, stale, "stale timestamp"),
        "unsigned": (payload, {"Content-Type": "application/json"}, "missing signature"),
        "timestamp moved": (payload, headers | {webhook.TIMESTAMP_HEADER: str(int(time.time()) - 1)}, "bad signature"),
    }
    for name, (body, hdrs, reason) in cases.items():
        answer = client.post(PATH, content=body, headers=hdrs)
        assert answer.status_code == 403 and reason in answer.json()["error"], name
    assert _events(world) == 0 and states(world)["sent"] == 20


def test_the_webhook_refuses_everything_without_a_configured_key_and_oversize_bodies(sent):
    world, fake, client = sent
    from starlette.testclient import TestClient

    from notifier.delivery.http.api import create_app

    payload, headers = fake.signed_events(fake.take_events())
    unconfigured = TestClient(create_app(world.repository, world.settings, world.engine))
    assert unconfigured.post(PATH, content=payload, headers=headers).status_code == 503
    huge = b"[" + b" " * (world.settings.webhook_max_body + 1) + b"]"
    assert client.post(PATH, content=huge, headers=headers).status_code == 413
    signed_garbage = b"{not json"
    ts = str(int(time.time()))
    garbage_headers = {
        webhook.SIGNATURE_HEADER: webhook.sign(fake.private_key, ts, signed_garbage),
        webhook.TIMESTAMP_HEADER: ts,
    }
    assert client.post(PATH, content=signed_garbage, headers=garbage_headers).status_code == 400
    assert _events(world) == 0


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    payload=st.binary(min_size=1, max_size=300),
    age=st.integers(-400, 400),
    flip=st.integers(min_value=0),
    bit=st.integers(0, 7),
)
def test_verification_accepts_exactly_the_signed_payload_at_a_fresh_time(payload, age, flip, bit):
    now = 1_800_000_000
    timestamp = str(now - age)
    signature = webhook.sign(KEY, timestamp, payload)
    if abs(age) <= 300:
        webhook.verify(PUBLIC, signature, timestamp, payload, 300, now=now)
    else:
        with pytest.raises(webhook.WebhookRefused, match="stale"):
            webhook.verify(PUBLIC, signature, timestamp, payload, 300, now=now)
    changed = bytearray(payload)
    changed[flip % len(changed)] ^= 1 << bit
    with pytest.raises(webhook.WebhookRefused):
        webhook.verify(PUBLIC, signature, timestamp, bytes(changed), 300, now=now)
    other = webhook.sign(ec.generate_private_key(ec.SECP256R1()), timestamp, payload)
    with pytest.raises(webhook.WebhookRefused):
        webhook.verify(PUBLIC, other, timestamp, payload, 300, now=now)


def test_a_late_processed_event_does_not_hide_a_delivery_or_a_bounce(sent):
    world, _fake, _client = sent
    with world.engine.connect() as conn:
        first, second = conn.execute(select(store.deliveries.c.id).order_by(store.deliveries.c.id).limit(2)).scalars()
    events = [
        {"event": "delivered", "sg_event_id": "e1", "delivery_id": str(first)},
        {"event": "processed", "sg_event_id": "e2", "delivery_id": str(first)},
        {"event": "bounce", "sg_event_id": "e3", "delivery_id": str(second)},
    ]
    webhook.record_events(world.engine, events)
    webhook.record_events(world.engine, [{"event": "deferred", "sg_event_id": "e4", "delivery_id": str(second)}])
    with world.engine.connect() as conn:
        got = dict(conn.execute(select(store.deliveries.c.id, store.deliveries.c.provider_status)).all())
    assert (got[first], got[second]) == ("delivered", "bounce")


def test_malformed_events_are_ignored_not_fatal(sent):
    world, _fake, _client = sent
    with world.engine.connect() as conn:
        delivery = conn.execute(select(store.deliveries.c.id).limit(1)).scalar_one()
    events = [
        "not an object",
        {"event": "delivered"},  # no sg_event_id
        {"event": "open", "sg_event_id": "x1", "delivery_id": str(delivery)},  # not tracked (tracking is off)
        {"event": "delivered", "sg_event_id": "x2", "delivery_id": "99999999"},  # not ours
        {"event": "delivered", "sg_event_id": "x3", "delivery_id": str(delivery), "timestamp": 1_800_000_000},
    ]
    result = webhook.record_events(world.engine, json.loads(json.dumps(events)))
    assert (result.recorded, result.ignored, result.malformed, result.unmatched) == (1, 1, 2, 1)


def test_the_proof_shows_the_provider_status_and_the_popup_fallback(sent):
    from notifier.audit.proof import format_proof, user_proof

    world, fake, client = sent
    payload, headers = fake.signed_events(fake.take_events())
    assert client.post(PATH, content=payload, headers=headers).status_code == 200
    text = format_proof(user_proof(world.engine, "c0000003"))
    assert "provider status bounce  (bounced or dropped: told by the pop-up instead)" in text
    assert "event bounce" in text and "550 5.1.1" in text
    assert "provider status delivered" in format_proof(user_proof(world.engine, "c0000005"))


def test_one_odd_event_never_costs_the_others(sent, caplog):
    """A genuine, signed batch with strange entries: the good events are recorded, the odd ones counted and
    logged by position (never their content), and SendGrid gets a 2xx so it does not retry and drop them."""
    world, fake, client = sent
    events = fake.take_events()
    delivery = events[0]["delivery_id"]
    odd = {
        3: {"event": "delivered", "sg_event_id": "odd-1", "delivery_id": "1" * 20},
        7: {"event": "delivered", "sg_event_id": "odd-2", "delivery_id": "١٢"},
        11: {"event": "delivered", "sg_event_id": "odd-3", "delivery_id": "²"},
        15: {"event": "delivered", "sg_event_id": "odd-4", "delivery_id": delivery, "timestamp": float("nan")},
        19: {"event": "delivered", "sg_event_id": "odd\x00-5", "delivery_id": delivery},
        23: {"event": ["delivered"], "sg_event_id": "odd-6", "delivery_id": delivery},
        27: {"event": "delivered", "sg_event_id": "odd-7", "delivery_id": delivery, "timestamp": 1e300},
        31: {
            "event": "bounce",
            "sg_event_id": "odd-8",
            "delivery_id": delivery,
            "reason": "\ud800 personal@example.com",
        },
    }
    batch = list(events)
    for position, event in sorted(odd.items()):
        batch.insert(position, event)
    payload, headers = fake.signed_events(batch)
    with caplog.at_level("INFO", logger="notifier"):
        answer = client.post(PATH, content=payload, headers=headers)
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"recorded": 41, "duplicates": 0, "unmatched": 0, "ignored": 0, "malformed": 7}
    assert _events(world) == 41
    (line,) = [r for r in caplog.records if r.getMessage() == "webhook events malformed"]
    assert line.fields["positions"] == "3,7,11,15,19,23,27"
    logged = " ".join(str(v) for r in caplog.records for v in [r.getMessage(), *getattr(r, "fields", {}).values()])
    assert "example.com" not in logged and "odd" not in logged, "no content of an event reaches the logs"
