"""The consent log in Chromium (legal-rules.md B9): each act in the banner is one record in the API's database,
with the cookie-policy version in force and the hash of the banner configuration shown."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

import pytest

BANNER = "#cc-main .cm"
PREFERENCES = "#cc-main .pm"
COOKIE_VERSION = "2023-02-01"


@pytest.fixture
def page(browser, consent_log):
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def _wait_for_records(page, log, count: int) -> list[dict]:
    """The record is sent after the choice, without blocking the page: wait until the API has it and the
    browser's queue is empty, then check that nothing more arrived."""
    deadline = time.monotonic() + 10
    while len(log.records()) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    page.wait_for_function("() => localStorage.getItem('cc_cookie') === null")
    records = log.records()
    assert len(records) == count
    return records


def _stored_consent_id(page) -> str:
    return page.evaluate("() => CookieConsent.getCookie('consentId')")


def _check(record: dict, page, act: str, categories: dict[str, bool], language: str = "en") -> None:
    assert record["act"] == act
    assert record["categories"] == categories
    assert record["cookie_policy_version"] == COOKIE_VERSION
    assert record["config_hash"] == page.evaluate("window.POLICIES_CONSENT.configVersion")
    assert record["language"] == language
    assert record["consent_id"] == _stored_consent_id(page)
    assert record["user_ref"] is None
    assert "ip" not in " ".join(record)  # no address column at all


def test_accept_all_then_withdraw_marketing_from_the_footer(page, consent_log) -> None:
    page.goto(consent_log.url + "en/privacy/")
    page.locator(f"{BANNER} button[data-role=all]").click()
    (first,) = _wait_for_records(page, consent_log, 1)
    _check(first, page, "accept_all", {"necessary": True, "analytics": True, "marketing": True})

    page.locator("dialog.policies-notice").wait_for(state="visible")  # the change pop-up comes after the banner
    page.keyboard.press("Escape")
    page.locator("footer button.policies-cookies-link").click()
    page.locator(PREFERENCES).wait_for(state="visible")
    page.locator(f"{PREFERENCES} input[value=marketing]").uncheck(force=True)
    page.locator(f"{PREFERENCES} button[data-role=save]").click()
    first, second = _wait_for_records(page, consent_log, 2)
    _check(second, page, "withdraw", {"necessary": True, "analytics": True, "marketing": False})
    assert second["consent_id"] == first["consent_id"], "a change keeps the consent id of the choice cookie"
    assert second["record_id"] != first["record_id"]


def test_reject_all_in_french(page, consent_log) -> None:
    page.goto(consent_log.url + "fr/cookies/")
    page.locator(f"{BANNER} button[data-role=necessary]").click()
    (record,) = _wait_for_records(page, consent_log, 1)
    _check(record, page, "reject_all", {"necessary": True, "analytics": False, "marketing": False}, "fr")
    page.reload()
    page.wait_for_load_state("networkidle")
    assert len(consent_log.records()) == 1, "a page load without an act sends nothing"


def test_custom_choice_from_the_preferences(page, consent_log) -> None:
    page.goto(consent_log.url + "en/")
    page.locator(f"{BANNER} button[data-role=show]").click()
    page.locator(PREFERENCES).wait_for(state="visible")
    page.locator(f"{PREFERENCES} input[value=analytics]").check(force=True)
    page.locator(f"{PREFERENCES} button[data-role=save]").click()
    (record,) = _wait_for_records(page, consent_log, 1)
    _check(record, page, "custom", {"necessary": True, "analytics": True, "marketing": False})


def test_a_record_lost_during_an_outage_is_sent_on_the_next_page_load(page, consent_log) -> None:
    consent_log.api_up.clear()
    page.goto(consent_log.url + "en/")
    page.locator(f"{BANNER} button[data-role=all]").click()
    page.wait_for_function("() => performance.getEntriesByName(location.origin + '/api/v1/consents').length > 0")
    page.wait_for_load_state("networkidle")
    queued = page.evaluate("() => JSON.parse(localStorage.getItem('cc_cookie'))")
    assert [r["act"] for r in queued] == ["accept_all"] and consent_log.records() == []

    consent_log.api_up.set()
    page.goto(consent_log.url + "en/privacy/")
    (record,) = _wait_for_records(page, consent_log, 1)
    assert record["record_id"] == queued[0]["record_id"]
    _check(record, page, "accept_all", {"necessary": True, "analytics": True, "marketing": True})


def test_renewal_after_six_months_is_a_new_consent(page, consent_log) -> None:
    """B6: the choice expired, the banner asks again; the renewed choice is a new record with a new consent id."""
    page.goto(consent_log.url + "en/")
    page.locator(f"{BANNER} button[data-role=necessary]").click()
    (refusal,) = _wait_for_records(page, consent_log, 1)
    later = page.context.new_page()
    later.set_default_timeout(10_000)
    later.clock.install(time=datetime.now() + timedelta(days=186))
    later.goto(consent_log.url + "en/")
    later.locator(f"{BANNER} button[data-role=all]").click()
    refusal, renewal = _wait_for_records(later, consent_log, 2)
    _check(renewal, later, "accept_all", {"necessary": True, "analytics": True, "marketing": True})
    assert renewal["consent_id"] != refusal["consent_id"]
    assert (renewal["given_at"] - refusal["given_at"]).days >= 185
