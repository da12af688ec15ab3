"""The SendGrid channel against the strict fake: limits, error handling, and what each request carries."""

from __future__ import annotations

import json

import pytest
from fake_sendgrid import API_KEY, FakeSendGrid, Invalid, validate

from notifier.delivery.channels.base import Batch, ChannelError, Recipient
from notifier.delivery.channels.sendgrid import SendGridChannel
from notifier.delivery.emails import ACK_MARKER, RenderedMessage
from notifier.delivery.retry import Backoff

MESSAGE = RenderedMessage("en", "Our Privacy Policy changes", f"Read it. {ACK_MARKER}", f"<p>{ACK_MARKER}</p>")


def batch(emails: list[str]) -> Batch:
    recipients = [
        Recipient(i + 1, f"u{i + 1}", e, {ACK_MARKER: f"https://x.test/a/t{i + 1}"}) for i, e in enumerate(emails)
    ]
    return Batch(
        7, "privacy", "2026-11-21", MESSAGE, "privacy@24sevres.com", "24 Sèvres", "dpo@24sevres.com", recipients
    )


def test_one_request_carries_a_thousand_personalizations():
    with FakeSendGrid() as fake:
        result = SendGridChannel(API_KEY, fake.url).send(batch([f"user{i}@example.com" for i in range(1000)]))
        body = fake.accepted[0]
    assert result.requests == 1 and len(result.sent) == 1000
    assert len(body["personalizations"]) == 1000
    assert body["personalizations"][5]["custom_args"] == {"delivery_id": "6"}
    assert body["personalizations"][5]["substitutions"] == {ACK_MARKER: "https://x.test/a/t6"}
    assert body["categories"] == ["privacy", "privacy-2026-11-21"]
    assert body["tracking_settings"]["click_tracking"]["enable"] is False


def test_a_bad_address_is_isolated_and_only_it_fails():
    emails = [f"user{i}@example.com" for i in range(8)]
    emails[5] = "user5@@example.com"
    with FakeSendGrid() as fake:
        result = SendGridChannel(API_KEY, fake.url).send(batch(emails))
    assert set(result.failed) == {6} and "valid address" in result.failed[6]
    assert len(result.sent) == 7
    assert fake.stats()["duplicated_delivery_ids"] == 0


def test_a_payload_too_large_is_split():
    emails = [f"user{i}@example.com" for i in range(6)]
    three = batch(emails[:3])
    limit = len(json.dumps(SendGridChannel(API_KEY).body(three, three.recipients)))  # room for three, not six
    with FakeSendGrid(max_body=limit) as fake:
        result = SendGridChannel(API_KEY, fake.url).send(batch(emails))
        stats = fake.stats()
    assert len(result.sent) == 6 and stats["statuses"]["413"] >= 1 and stats["unique_delivery_ids"] == 6


def test_an_invalid_key_is_a_channel_error():
    with FakeSendGrid() as fake, pytest.raises(ChannelError, match="401"):
        SendGridChannel("SG.wrong", fake.url).send(batch(["a@example.com"]))


def test_persistent_server_errors_leave_the_batch_for_a_later_retry():
    waits: list[float] = []
    with FakeSendGrid() as fake:
        fake.answer_next(500, 502, 503, 500)
        channel = SendGridChannel(API_KEY, fake.url, backoff=Backoff(attempts=4, base=0.5), sleep=waits.append)
        result = channel.send(batch(["a@example.com", "b@example.com"]))
    assert set(result.retry) == {1, 2} and not result.sent and result.requests == 4
    # exponential with full jitter: each wait somewhere in [0, 0.5 x 2^(n-1)]
    assert len(waits) == 3 and all(0 <= w <= 0.5 * 2**i for i, w in enumerate(waits))


def test_rate_limit_waits_for_the_reset_header():
    waits: list[float] = []
    with FakeSendGrid() as fake:
        fake.answer_next(429, reset_in=3)
        result = SendGridChannel(API_KEY, fake.url, sleep=waits.append).send(batch(["a@example.com"]))
    assert len(result.sent) == 1 and len(waits) == 1 and 1 <= waits[0] <= 3 + 1  # reset, plus up to 1 s jitter


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda b: b.update(personalizations=[{"to": [{"email": "a@x.com"}]}] * 1001), "personalizations"),
        (lambda b: b.update(categories=[f"c{i}" for i in range(11)]), "categories"),
        (lambda b: b.pop("subject"), "subject"),
        (lambda b: b.update(content=list(reversed(b["content"]))), "content.0.type"),
        (lambda b: b["personalizations"][0].update(custom_args={"x": "y" * 10_000}), "personalizations.0.custom_args"),
        (lambda b: b.update(headers={"To": "a@x.com"}), "headers.To"),
        (lambda b: b.update(unknown=1), "unknown"),
    ],
)
def test_the_fake_is_strict(mutate, field):
    body = json.loads(
        json.dumps(SendGridChannel(API_KEY).body(batch(["a@example.com"]), batch(["a@example.com"]).recipients))
    )
    validate(body)
    mutate(body)
    with pytest.raises(Invalid) as error:
        validate(body)
    assert error.value.field == field
