"""Several versions due for the same customer at once are told in one email (issue 11, point 8).

The editor releases a cookie change the day after the privacy release, before any tick ran: the next tick
owes most customers both notices. Each gets one email that tells both changes, with its own dates, summary,
pages and answer link; each notice keeps its own delivery, so the proof is still per version.
"""

from __future__ import annotations

import re
from datetime import date
from email.header import decode_header, make_header
from pathlib import Path

import pytest
from helpers import (
    dead_links,
    import_sample,
    outbox,
    release_rights_reducing_cookies,
    run_tick,
    text_part,
    tick_and_build,
)
from starlette.testclient import TestClient

from notifier.audit.evidence import write_bundle
from notifier.audit.proof import format_proof, user_proof
from notifier.delivery import tokens
from notifier.delivery.http.api import create_app
from notifier.delivery.preview import dry_run
from tests.browser import VIEWPORTS, axe_violations, screenshot

PRIVACY, COOKIES = "privacy/2026-11-21", "cookies/2026-11-22"
DAY = date(2026, 11, 22)
TITLES = {
    "en": {"privacy": "Privacy Policy", "cookies": "Cookie Policy"},
    "fr": {"privacy": "Politique de confidentialité", "cookies": "Politique de cookies"},
}


@pytest.fixture
def told(world, tmp_path: Path):
    """The sample customers, the two releases, and the tick of 22 November with the site it rebuilt."""
    import_sample(world)
    release_rights_reducing_cookies(world, DAY)
    world = world.reopen()
    site = tmp_path / "site"
    result = tick_and_build(world, DAY, site)
    return world, result, outbox(world), site


def _subject(message) -> str:
    return str(make_header(decode_header(message["Subject"])))


def _notices(message) -> list[str]:
    return message["X-Policy-Notice"].split(", ")


def _links(world, message) -> list[tuple[str, str]]:
    found = re.findall(r"https?://\S+/a/(\S+)", text_part(message))
    return [(claims.notice, claims.action) for claims in (tokens.verify(world.settings.secret_key, t) for t in found)]


def test_each_customer_gets_one_email_that_tells_every_change_due(told) -> None:
    world, result, messages, site = told
    recipients = [m["To"] for m in messages]
    assert len(recipients) == len(set(recipients)), "one email per customer"
    both = [m for m in messages if _notices(m) == [PRIVACY, COOKIES]]
    assert both, "customers due both notices get them together"
    assert result.notices == [PRIVACY, COOKIES] and result.stopped is None
    english = next(m for m in both if m["Content-Language"] == "en")
    assert _subject(english) == "24 Sèvres: our Privacy Policy and Cookie Policy are changing"
    text = text_part(english)
    assert "Privacy Policy: the new version takes effect on 21 December 2026." in text
    assert "Cookie Policy: the new version takes effect on 22 December 2026." in text
    assert "We add an advertising partner." in text
    assert text.index("Privacy Policy:") < text.index("Cookie Policy:")
    assert _links(world, english) == [(PRIVACY, "acknowledge"), (COOKIES, "accept")]
    assert dead_links(messages, world, site) == []


def test_french_customers_get_theirs_in_french(told) -> None:
    _world, _result, messages, _site = told
    french = next(m for m in messages if _notices(m) == [PRIVACY, COOKIES] and m["Content-Language"] == "fr")
    assert (
        _subject(french)
        == "24 Sèvres\u00a0: nos documents changent (Politique de confidentialité et Politique de cookies)"
    )
    text = text_part(french)
    assert "Nous ajoutons un partenaire publicitaire." in text and "We add" not in text
    assert "Politique de cookies\u00a0: la nouvelle version prend effet le 22 décembre 2026." in text


def test_customers_due_one_change_get_the_email_of_that_change_alone(told) -> None:
    """Active customers without cookie consent are due the privacy notice only; consenting customers inactive
    for a year, the cookie notice only."""
    world, _result, messages, _site = told
    alone = [m for m in messages if len(_notices(m)) == 1]
    assert sorted({tuple(_notices(m)) for m in alone}) == [(COOKIES,), (PRIVACY,)]
    config = world.repository.config
    for message in alone:
        other = "cookies" if _notices(message) == [PRIVACY] else "privacy"
        title = config.policy(other).titles[message["Content-Language"]]
        assert title not in _subject(message) and title not in text_part(message)


def test_each_answer_link_of_the_email_records_its_own_version(told) -> None:
    world, _result, messages, _site = told
    message = next(m for m in messages if _notices(m) == [PRIVACY, COOKIES])
    user_id = tokens.verify(world.settings.secret_key, _tokens(message)[0]).user_id
    with TestClient(create_app(world.repository, world.settings, world.engine)) as client:
        for link in re.findall(r"https?://\S+/(a/\S+)", text_part(message)):
            assert client.post(f"/{link}").status_code == 200
    proof = user_proof(world.engine, user_id)
    answered = {(a["policy"], a["version"], a["action"]) for a in proof["acknowledgements"]}
    assert answered == {("privacy", "2026-11-21", "acknowledge"), ("cookies", "2026-11-22", "accept")}


def test_the_proof_shows_both_notices_sent_in_the_same_email_and_the_next_tick_sends_nothing(told) -> None:
    world, _result, messages, _site = told
    message = next(m for m in messages if _notices(m) == [PRIVACY, COOKIES])
    user_id = tokens.verify(world.settings.secret_key, _tokens(message)[0]).user_id
    proof = user_proof(world.engine, user_id)
    sent = {f"{n['policy']}/{n['version']}": n for n in proof["notices"]}
    assert {key: n["status"] for key, n in sent.items()} == {PRIVACY: "sent", COOKIES: "sent"}
    assert (
        sent[PRIVACY]["message_sha256"]
        == sent[COOKIES]["message_sha256"]
        == "".join(message["X-Policy-Message-SHA256"].split())
    )
    assert sent[COOKIES]["joined_to"] == sent[PRIVACY]["id"]
    assert "told in one email with the other changes due at once" in format_proof(proof)
    again = run_tick(world, DAY)
    assert (again.sent, again.pending) == (0, 0) and len(outbox(world)) == len(messages)


def _tokens(message) -> list[str]:
    return re.findall(r"https?://\S+/a/(\S+)", text_part(message))


def test_the_evidence_of_each_version_holds_the_email_that_told_both(told, tmp_path: Path) -> None:
    world, _result, messages, _site = told
    sent = {"".join(m["X-Policy-Message-SHA256"].split()) for m in messages if _notices(m) == [PRIVACY, COOKIES]}
    for policy, version in (("privacy", "2026-11-21"), ("cookies", "2026-11-22")):
        out = tmp_path / f"evidence-{policy}"
        evidence = write_bundle(world.repository, world.engine, policy, version, out)
        together = evidence["told_together"]
        assert {t["sha256"] for t in together} == sent and all(t["told"] == [PRIVACY, COOKIES] for t in together)
        english = next(t for t in together if t["locale"] == "en")
        assert "Cookie Policy: the new version takes effect" in (out / english["files"][0]).read_text(encoding="utf-8")


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("screen", sorted(VIEWPORTS))
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_email_telling_both_reads_well_on_a_phone_and_a_desktop(told, browser, screen: str, lang: str) -> None:
    _world, _result, messages, _site = told
    message = next(m for m in messages if _notices(m) == [PRIVACY, COOKIES] and m["Content-Language"] == lang)
    html = next(p for p in message.walk() if p.get_content_type() == "text/html").get_payload(decode=True)
    context = browser.new_context(viewport=VIEWPORTS[screen])
    page = context.new_page()
    page.set_content(html.decode("utf-8"))
    assert page.locator("h2").all_inner_texts() == [TITLES[lang]["privacy"], TITLES[lang]["cookies"]]
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling"
    assert axe_violations(page) == []
    screenshot(page, f"email-together-{lang}-{screen}")
    context.close()


def test_the_operators_dry_run_shows_the_email_that_tells_both_and_writes_nothing(world) -> None:
    import_sample(world)
    release_rights_reducing_cookies(world, DAY)
    world = world.reopen()
    shown = dry_run(world.engine, world.repository, world.settings, DAY)
    assert f"--- sample email: {PRIVACY} + {COOKIES} (to people due all of them at once, one email), en" in shown
    assert "Subject: 24 Sèvres: our Privacy Policy and Cookie Policy are changing" in shown
    assert "%ack_url" not in shown and "%accept_url" not in shown, "every link is filled in"
    assert outbox(world) == [] and run_tick(world, DAY).planned > 0, "the dry run planned and sent nothing"
