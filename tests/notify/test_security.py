"""Nobody acts for anyone else, nothing personal leaks, and bad input fails clearly without losing good input.

Tokens (property-based): any change to a token, its expiry passing, or its use for another user, notice or
action is refused. The backend's API key is compared in constant time. Header injection through names,
addresses or subjects is impossible; HTML emails are autoescaped; API bodies are size-limited; logs at info
level and error messages carry no address or user id. Broken ledgers, templates and CSV rows are reported
with where and why, and what is valid is still imported or kept pending. The SendGrid batch splitting
(property-based, against the strict fake SendGrid): each valid recipient is accepted exactly once, each
invalid one dead-lettered, whatever the mix and the size limit.
"""

from __future__ import annotations

import dataclasses
import hmac
import json
import logging
import re
from datetime import date

import pytest
from fake_sendgrid import API_KEY, FakeSendGrid
from helpers import import_sample, run_tick
from hypothesis import example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from starlette.testclient import TestClient

from notifier.config import settings as settings_module
from notifier.delivery import store, tokens
from notifier.delivery.channels.base import Batch, Recipient
from notifier.delivery.channels.mime import build
from notifier.delivery.channels.sendgrid import SendGridChannel
from notifier.delivery.emails import ACK_MARKER, EmailTemplates, RenderedMessage
from notifier.delivery.http.api import create_app
from notifier.delivery.model import DeliveryState
from notifier.delivery.retry import Backoff
from notifier.delivery.users import import_users
from notifier.problems import PolicyError
from notifier.publishing.repository import PolicyRepository

KEY = b"k" * 32
NOW = 1_800_000_000
ids = st.text(min_size=1, max_size=40)
notices = st.sampled_from(["privacy/2026-11-21", "cookies/2026-11-22"])
actions = st.sampled_from(["acknowledge", "accept"])


@settings(max_examples=200, deadline=None)
@given(user=ids, notice=notices, action=actions, position=st.integers(min_value=0), replacement=st.characters())
def test_a_changed_token_is_always_refused(user, notice, action, position, replacement):
    token = tokens.sign(KEY, user, notice, action, 3600, now=NOW)
    claims = tokens.verify_for(KEY, token, user_id=user, notice=notice, action=action, now=NOW)
    assert (claims.user_id, claims.notice, claims.action) == (user, notice, action)
    index = position % len(token)
    if token[index] == replacement:
        return
    forged = token[:index] + replacement + token[index + 1 :]
    with pytest.raises(tokens.InvalidToken):
        tokens.verify(KEY, forged, now=NOW)


@settings(max_examples=100, deadline=None)
@given(user=ids, other=ids, notice=notices, action=actions, ttl=st.integers(1, 10**6), late=st.integers(0, 10**6))
def test_a_token_works_only_for_its_user_and_only_until_it_expires(user, other, notice, action, ttl, late):
    token = tokens.sign(KEY, user, notice, action, ttl, now=NOW)
    if other != user:
        with pytest.raises(tokens.InvalidToken, match="another user"):
            tokens.verify_for(KEY, token, user_id=other, now=NOW)
    with pytest.raises(tokens.InvalidToken, match="expired"):
        tokens.verify(KEY, token, now=NOW + ttl + late)
    with pytest.raises(tokens.InvalidToken, match="signature"):
        tokens.verify(KEY + b"x", token, now=NOW)


def test_the_api_key_is_compared_in_constant_time(world, monkeypatch):
    calls: list[tuple[bytes, bytes]] = []
    original = hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return original(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    world = world.reopen(POLICIES_API_KEY="the-backend-key")
    client = TestClient(create_app(world.repository, world.settings, world.engine))
    answer = client.get("/v1/users/u-1/notices", headers={"Authorization": "Bearer the-backend-kez"})
    assert answer.status_code == 403
    assert (b"the-backend-kez", b"the-backend-key") in calls  # bytes: any header compares without error


def test_api_bodies_over_the_limit_are_refused_before_parsing(world):
    client = TestClient(create_app(world.repository, world.settings, world.engine))
    big = json.dumps({"token": "x" * (world.settings.api_max_body + 1)})
    assert client.post("/v1/acknowledgements", content=big).status_code == 413

    def chunks():  # no Content-Length: counted as it arrives
        for _ in range(world.settings.api_max_body // 65536 + 2):
            yield b" " * 65536

    assert client.post("/v1/acknowledgements", content=chunks()).status_code == 413


@pytest.mark.parametrize(
    ("block", "where"),
    [
        ({"from": {"email": "privacy@24sevres.com", "name": "24 Sèvres\r\nBcc: all@evil.test"}}, "notifier.from.name"),
        ({"from": {"email": "privacy@24sevres.com\nBcc: all@evil.test"}}, "notifier.from.email"),
        ({"from": {"email": "privacy@24sevres.com"}, "reply_to": "dpo@24sevres.com\r\nX-Evil: 1"}, "notifier.reply_to"),
    ],
)
def test_line_breaks_in_sender_settings_are_refused(world, block, where):
    config = world.repository.config
    fake = dataclasses.replace(config, raw=config.raw | {"notifier": config.section("notifier") | block})
    with pytest.raises(PolicyError) as error:
        settings_module.load(fake, {"POLICIES_SECRET_KEY": "x"})
    assert any(where in str(p) and "line breaks" in str(p) for p in error.value.problems)


def test_header_injection_through_addresses_or_subjects_is_impossible(world, tmp_path):
    path = tmp_path / "users.csv"
    path.write_text(
        "user_id,email,locale\r\n"
        'evil,"victim@example.com\r\nBcc: everyone@example.com",en\r\n'
        "good,good@example.com,en\r\n",
        encoding="utf-8",
    )
    report = import_users(world.engine, path, world.repository.config, world.repository.ledger)
    assert (report.imported, report.bad_count) == (1, 1)
    assert "victim" not in str(report.bad[0].problem(str(path))), "the address is not echoed"
    message = RenderedMessage("en", "Subject", "text", "<p>html</p>")
    batch = Batch(1, "privacy", "v", message, "privacy@24sevres.com", "24 Sèvres", None, [])
    with pytest.raises(ValueError):  # the MIME layer refuses rather than writes a second header
        build(batch, Recipient(1, "u", "a@example.com\r\nBcc: x@example.com", {}))


def _version_with_summary(world, summary: str, title_suffix: str = ""):
    repository = world.repository
    version = repository.ledger.get("privacy", "2026-11-21")
    return dataclasses.replace(version, summary={"en": summary, "fr": summary})


def test_html_emails_autoescape_and_subjects_stay_one_line(world):
    version = _version_with_summary(world, '<script>alert("x")</script> & <b>more</b>')
    templates = EmailTemplates(world.root)
    subject = world.root / "templates/email/en/subject.txt"
    subject.write_text(subject.read_text() + "\nBcc: everyone@example.com\n{{ changes[0].summary }}\r\n")
    message = templates.render(world.repository.config, world.repository.ledger, version, "en")
    assert "<script>" not in message.html and "&lt;script&gt;" in message.html
    assert "\n" not in message.subject and "\r" not in message.subject
    mail = build(
        Batch(1, "privacy", "2026-11-21", message, "privacy@24sevres.com", "24 Sèvres", None, []),
        Recipient(1, "u", "a@example.com", {ACK_MARKER: "https://x.test/a/t"}),
    )
    assert mail["Bcc"] is None and len(mail.get_all("Subject")) == 1


def test_a_broken_template_stops_dispatch_with_its_place_and_loses_nothing(world):
    import_sample(world)
    (world.root / "templates/email/fr/body.html").write_text("<p>{{ summary </p>\n{% if %}")
    with pytest.raises(PolicyError) as error:
        run_tick(world, date(2026, 11, 21))
    assert any("templates/email/fr/body.html" in str(p) and "template error" in str(p) for p in error.value.problems)
    with world.engine.connect() as conn:
        statuses = set(conn.execute(select(store.deliveries.c.status)).scalars())
    assert statuses == {DeliveryState.PENDING}, "nothing leased, nothing lost"


def test_a_broken_ledger_file_is_reported_with_its_line(world):
    path = world.root / "policy_versions/privacy/2026-11-21.yml"
    path.write_text(path.read_text() + "\n  bad: [unclosed\n")
    with pytest.raises(PolicyError) as error:
        PolicyRepository.open(world.root)
    assert any(re.search(r"policy_versions/privacy/2026-11-21\.yml:\d+", str(p)) for p in error.value.problems)
    assert any("not valid YAML" in str(p) for p in error.value.problems)


def test_malformed_and_oversize_rows_are_rejected_and_the_rest_imported(world, tmp_path):
    path = tmp_path / "users.csv"
    long_id = "u" * 129
    long_email = "a" * 310 + "@example.com"
    path.write_text(
        "user_id,email,locale\n"
        "ok1,ok1@example.com,en\n"
        f"{long_id},long@example.com,en\n"
        f"long-email,{long_email},en\n"
        "short-row\n"
        '"unclosed,quote@example.com,en\n',
        encoding="utf-8",
    )
    report = import_users(world.engine, path, world.repository.config, world.repository.ledger)
    assert report.imported == 1 and report.bad_count >= 3
    messages = " ".join(str(b.problem(str(path))) for b in report.bad)
    assert "128 characters" in messages and "invalid email" in messages
    assert long_email not in messages


def test_info_logs_carry_no_address_or_user_id(world, caplog):
    import_sample(world)
    with caplog.at_level(logging.INFO, logger="notifier"):
        run_tick(world, date(2026, 11, 21))
    with world.engine.connect() as conn:
        people = [v for r in conn.execute(select(store.users.c.id, store.users.c.email)) for v in r]
    logged = " ".join(f"{r.getMessage()} {getattr(r, 'fields', '')}" for r in caplog.records)
    assert caplog.records, "the tick logs"
    assert not [p for p in people if p in logged]


# --- batch splitting, property-based, against the strict fake SendGrid ------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    bad=st.lists(st.booleans(), min_size=1, max_size=120),
    limit=st.integers(min_value=1, max_value=60),
)
@example(bad=[False] * 10, limit=1)  # recipient 10 is longer than recipient 1: sized on the first, it never fit
def test_splitting_sends_every_valid_recipient_once_and_dead_letters_only_the_invalid(bad, limit):
    addresses = [f"bad {i}@example.com" if b else f"user{i}@example.com" for i, b in enumerate(bad)]
    recipients = [Recipient(i + 1, f"u{i}", a, {ACK_MARKER: f"https://x.test/a/{i}"}) for i, a in enumerate(addresses)]
    message = RenderedMessage("en", "Subject", f"Text {ACK_MARKER}", f"<p>{ACK_MARKER}</p>")
    batch = Batch(1, "privacy", "2026-11-21", message, "privacy@24sevres.com", "24 Sèvres", None, recipients)
    channel = SendGridChannel(API_KEY)
    largest = max(len(json.dumps(channel.body(batch, [r])).encode()) for r in recipients)
    with FakeSendGrid(max_body=largest * limit) as fake:  # room for at least `limit` recipients per request
        result = SendGridChannel(API_KEY, fake.url, backoff=Backoff(base=0)).send(batch)
        accepted = [p["custom_args"]["delivery_id"] for body in fake.accepted for p in body["personalizations"]]
    good = {r.delivery_id for r, b in zip(recipients, bad, strict=True) if not b}
    assert set(result.sent) == good and set(result.failed) == set(range(1, len(bad) + 1)) - good
    assert sorted(accepted) == sorted(str(i) for i in good), "each valid recipient accepted exactly once"
    assert not result.retry and not result.unknown
