"""The consent banner in Chromium (legal-rules.md B1-B10) and the cookie check (B8)."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import unquote

from notifier.publishing.repository import PolicyRepository
from notifier.site import consent

REPO = Path(__file__).resolve().parents[2]
BANNER = "#cc-main .cm"
PREFERENCES = "#cc-main .pm"


def _stored(context) -> dict | None:
    for cookie in context.cookies():
        if cookie["name"] == "cc_cookie":
            return json.loads(unquote(cookie["value"]))
    return None


def _storage(page) -> dict:
    return page.evaluate(
        "() => ({local: localStorage.length, session: sessionStorage.length, cookie: document.cookie})"
    )


def test_nothing_is_stored_before_a_choice(page, context, server) -> None:
    """B1: no cookie and no storage at all until the visitor acts, on several pages."""
    for path in ("en/", "en/privacy/", "fr/cookies/"):
        page.goto(server.url + path)
        page.locator(BANNER).wait_for(state="visible")
        page.wait_for_load_state("load")  # every script of the page has run, the banner is up: nothing stored
        assert _storage(page) == {"local": 0, "session": 0, "cookie": ""}
    assert context.cookies() == []


def test_first_layer_has_three_equal_choices_in_the_page_language(page, server, artifacts) -> None:
    """B2, B10: accept all, reject all, customise: same element, size, font and colours; French on French pages."""
    page.goto(server.url + "fr/privacy/")
    page.locator(BANNER).wait_for(state="visible")  # hidden text has no inner text: read it once shown
    buttons = page.locator(f"{BANNER} button.cm__btn")
    assert buttons.all_inner_texts() == ["Tout accepter", "Tout refuser", "Personnaliser"]
    styles = [
        b.evaluate(
            "e => { const s = getComputedStyle(e); const r = e.getBoundingClientRect();"
            " return [e.tagName, Math.round(r.width), Math.round(r.height), s.fontSize, s.fontWeight,"
            " s.color, s.backgroundColor]; }"
        )
        for b in buttons.all()
    ]
    assert styles[0] == styles[1] == styles[2]
    page.screenshot(path=str(artifacts / "banner-fr.png"))


def test_reject_stores_only_necessary_with_proof(page, context, server) -> None:
    page.goto(server.url + "en/privacy/")
    page.locator(f"{BANNER} button[data-role=necessary]").click()
    page.locator(BANNER).wait_for(state="hidden")
    stored = _stored(context)
    assert stored["categories"] == ["necessary"]
    # B9: time, choices, banner version, cookie-policy version, language
    assert stored["consentTimestamp"] and stored["languageCode"] == "en"
    assert stored["data"]["cookiePolicyVersion"] == "2023-02-01"
    assert stored["data"]["configVersion"] == page.evaluate("window.POLICIES_CONSENT.configVersion")
    cookie = next(c for c in context.cookies() if c["name"] == "cc_cookie")
    days = (cookie["expires"] - datetime.now().timestamp()) / 86400
    assert 181 <= days <= 183  # B6: six months
    page.reload()
    assert not page.locator(BANNER).is_visible()


def test_accept_then_withdraw_from_the_footer(page, context, server, artifacts) -> None:
    """B5: the footer "Cookies" link reopens the choices on any page; withdrawing is as easy as accepting."""
    page.goto(server.url + "en/")
    page.locator(f"{BANNER} button[data-role=all]").click()
    assert set(_stored(context)["categories"]) == {"necessary", "analytics", "marketing"}
    page.goto(server.url + "en/cookies/")
    # the change pop-up comes after the banner; once painted, an Escape is the visitor's answer
    page.locator("dialog.policies-notice[data-on-screen]").wait_for()
    page.keyboard.press("Escape")
    page.locator("dialog.policies-notice").wait_for(state="detached")
    page.locator("footer button.policies-cookies-link").click()
    prefs = page.locator(PREFERENCES)
    prefs.wait_for(state="visible")
    # B3/B4: one toggle per purpose, the necessary one locked; the cookie list is reachable
    assert page.locator(f"{PREFERENCES} input.section__toggle[value=necessary]").is_disabled()
    assert "_fbp" in prefs.inner_text() or prefs.locator("text=Advertising").count() >= 1
    page.screenshot(path=str(artifacts / "preferences-en.png"))
    page.locator(f"{PREFERENCES} button[data-role=necessary]").click()
    prefs.wait_for(state="hidden")
    assert _stored(context)["categories"] == ["necessary"]


def test_customise_defaults_to_off(page, context, server) -> None:
    page.goto(server.url + "en/")
    page.locator(f"{BANNER} button[data-role=show]").click()
    page.locator(PREFERENCES).wait_for(state="visible")
    toggles = page.locator(f"{PREFERENCES} input.section__toggle")
    values = {t.get_attribute("value"): t.is_checked() for t in toggles.all()}
    assert values == {"necessary": True, "analytics": False, "marketing": False}
    page.locator(f"{PREFERENCES} input.section__toggle[value=analytics]").check(force=True)
    page.locator(f"{PREFERENCES} button[data-role=save]").click()
    assert set(_stored(context)["categories"]) == {"necessary", "analytics"}


def test_asks_again_after_the_expiry(page, context, server) -> None:
    """B6: six months after the choice (the clock moved forward), the banner is back."""
    page.goto(server.url + "en/")
    page.locator(f"{BANNER} button[data-role=necessary]").click()
    page.reload()
    assert not page.locator(BANNER).is_visible()
    soon = page.context.new_page()
    soon.clock.install(time=datetime.now() + timedelta(days=150))
    soon.goto(server.url + "en/")
    # The change pop-up script waits for the banner to be dealt with; once it has shown a notice or found
    # none to show, the banner had its chance.
    soon.locator("dialog.policies-notice, html[data-policies-notices=done]").first.wait_for(state="attached")
    assert not soon.locator(BANNER).is_visible()  # no re-prompting inside the window
    later = page.context.new_page()
    later.clock.install(time=datetime.now() + timedelta(days=186))
    later.goto(server.url + "en/")
    later.locator(BANNER).wait_for(state="visible")


def test_asks_again_at_once_after_a_reconsent_version(page, context, server, reconsent_site) -> None:
    """B7: a cookie-policy version flagged reconsent makes the stored choice stale; the new one names it."""
    page.goto(server.url + "en/")
    page.locator(f"{BANNER} button[data-role=necessary]").click()
    before = _stored(context)
    assert before["revision"] == 0
    server.root = reconsent_site
    page.goto(server.url + "en/privacy/")
    page.locator(BANNER).wait_for(state="visible")
    page.locator(f"{BANNER} button[data-role=necessary]").click()
    after = _stored(context)
    assert after["revision"] == 1
    assert after["data"]["cookiePolicyVersion"] == "2026-11-25"


def test_escape_closes_the_banner_without_storing(page, context, server) -> None:
    page.goto(server.url + "en/")
    page.locator(BANNER).wait_for(state="visible")
    page.locator(f"{BANNER} button[data-role=all]").focus()
    page.keyboard.press("Escape")
    page.locator(BANNER).wait_for(state="hidden")
    assert context.cookies() == []


def test_check_fails_a_cookie_over_13_months(tmp_path: Path) -> None:
    config = PolicyRepository.open(REPO).config
    data = (REPO / "data/cookies.yml").read_text(encoding="utf-8").replace("lifetime_days: 395", "lifetime_days: 396")
    (tmp_path / "data").mkdir()
    (tmp_path / "data/cookies.yml").write_text(data, encoding="utf-8")
    _, problems = consent.load(dataclasses.replace(config, root=tmp_path))
    assert len(problems) == 1 and "_pk_id lives 396 days" in problems[0].message
    _, fine = consent.load(config)
    assert fine == []


def test_check_refuses_an_expiry_above_13_months() -> None:
    config = PolicyRepository.open(REPO).config
    raw = {**config.raw, "consent": {"expiry_months": 14, "data": "data/cookies.yml"}}
    _, problems = consent.load(dataclasses.replace(config, raw=raw))
    assert any("expiry_months" in p.where for p in problems)
