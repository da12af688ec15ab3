"""The change pop-up (T3, T5): shown after the cookie choice, keyboard-operable, remembered per version,
explicit acceptance for a rights-reducing version, and embeddable in another site with the two-line snippet."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

DIALOG = "dialog.policies-notice"
SNIPPET = '<script src="{root}assets/policies/notices.js" defer\n        data-manifest="{root}{manifest}"></script>'


def _reject_cookies(page) -> None:
    page.locator("#cc-main .cm button[data-role=necessary]").click()


def _wait_until_nothing_left_to_show(page) -> None:
    """The pop-up script has read the manifest and the visitor's choices, and has nothing (more) to show."""
    page.locator("html[data-policies-notices=done]").wait_for(state="attached")


def _stored_state(page, notice: str) -> str:
    """The choice the page stored for this notice, waited for: the test reads once the page has stored it."""
    script = "id => (JSON.parse(localStorage.getItem('policies-notices') || '{}')[id] || {}).state"
    return page.wait_for_function(script, arg=notice).json_value()


@pytest.mark.parametrize(
    ("lang", "title", "when"),
    [
        ("en", "Our Privacy Policy is changing", "21 December 2026"),
        ("fr", "Notre Politique de confidentialité évolue", "21 décembre 2026"),
    ],
)
def test_popup_tells_what_changes_and_when(page, server, artifacts, lang: str, title: str, when: str) -> None:
    page.goto(server.url + f"{lang}/")
    assert page.locator(DIALOG).count() == 0  # the consent banner comes first
    _reject_cookies(page)
    dialog = page.locator(DIALOG)
    dialog.wait_for(state="visible")
    assert dialog.locator("h2").inner_text() == title
    assert when in dialog.inner_text()
    assert dialog.locator("a.pn-read").get_attribute("href") == server.url + f"{lang}/privacy/v/2026-11-21/"
    assert dialog.locator("a.pn-redline").get_attribute("href") == server.url + f"{lang}/privacy/changes/2026-11-21/"
    page.screenshot(path=str(artifacts / f"popup-{lang}.png"))


def test_popup_keeps_focus_inside_and_escape_closes(page, server) -> None:
    page.goto(server.url + "en/privacy/")
    _reject_cookies(page)
    page.locator(f"{DIALOG}[data-on-screen]").wait_for()  # painted: an Escape now answers it
    for _ in range(6):
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.closest('dialog.policies-notice') !== null")
    for _ in range(6):
        page.keyboard.press("Shift+Tab")
        assert page.evaluate("document.activeElement.closest('dialog.policies-notice') !== null")
    page.keyboard.press("Escape")
    page.locator(DIALOG).wait_for(state="detached")


def test_dismissal_is_remembered_per_version(page, server) -> None:
    page.goto(server.url + "en/")
    _reject_cookies(page)
    page.locator(f"{DIALOG} button.pn-dismiss").click()
    page.locator(DIALOG).wait_for(state="detached")
    stored = json.loads(page.evaluate("localStorage.getItem('policies-notices')"))
    assert stored["privacy@2026-11-21"]["state"] == "dismissed"
    for path in ("en/privacy/", "fr/"):
        page.goto(server.url + path)
        _wait_until_nothing_left_to_show(page)
        assert page.locator(DIALOG).count() == 0


@pytest.fixture
def storefront(site: Path, server) -> Iterator[Path]:
    """A page of another site embedding the pop-up with the documented two-line snippet, and a manifest with a
    rights-reducing notice (the shipped ledger has none); removed afterwards, since the site is shared."""
    manifest = json.loads((site / "api/notices.en.json").read_text(encoding="utf-8"))
    notice = {
        **manifest["notices"][0],
        "id": "privacy@2099-01-01",
        "class": "rights_reducing",
        "requires_acceptance": True,
        "show_until": "2999-01-01",
    }
    manifest["notices"] = [notice]
    (site / "storefront").mkdir(exist_ok=True)
    (site / "storefront/notices.rr.json").write_text(json.dumps(manifest), encoding="utf-8")
    snippet = SNIPPET.format(root=server.url, manifest="storefront/notices.rr.json")
    page_path = site / "storefront/index.html"
    page_path.write_text(
        f"<!doctype html><html lang='en'><head><title>Shop</title>{snippet}</head>"
        "<body><main><h1>Shop</h1><a href='#'>Bags</a></main></body></html>",
        encoding="utf-8",
    )
    yield page_path
    shutil.rmtree(site / "storefront")


def test_rights_reducing_needs_explicit_acceptance_in_the_storefront(page, server, storefront, artifacts) -> None:
    page.goto(server.url + "storefront/")
    dialog = page.locator(DIALOG)
    page.locator(f"{DIALOG}[data-on-screen]").wait_for()  # painted: an Escape now answers it
    assert dialog.locator("button.pn-accept").count() == 1 and dialog.locator("button.pn-dismiss").count() == 0
    assert "only if you accept" in dialog.inner_text()
    # the storefront page declares no charset: the script is ASCII, so nothing turns into mojibake
    assert dialog.locator("button.pn-close").inner_text() == "\u00d7"
    assert "\u00b7" in dialog.locator("p", has=page.locator("a.pn-read")).inner_text()
    page.screenshot(path=str(artifacts / "popup-rights-reducing-storefront.png"))
    page.keyboard.press("Escape")  # closing is not acceptance (Recital 32)
    dialog.wait_for(state="detached")
    assert page.evaluate("localStorage.getItem('policies-notices')") is None
    # asked again on the next visit (a new session)
    other = page.context.browser.new_context().new_page()
    other.goto(server.url + "storefront/")
    other.locator(DIALOG).wait_for(state="visible")
    other.locator(f"{DIALOG} button.pn-accept").click()
    assert _stored_state(other, "privacy@2099-01-01") == "accepted"
    other.reload()
    _wait_until_nothing_left_to_show(other)
    assert other.locator(DIALOG).count() == 0
    other.context.close()


def test_an_acceptance_is_stored_by_the_click_itself(page, server, storefront) -> None:
    """Stored when the visitor clicks, not a task later when the dialog's close event comes: a storefront
    that leaves the page at once must not lose the acceptance (it used to be stored by the close event)."""
    page.goto(server.url + "storefront/")
    page.locator(DIALOG).wait_for(state="visible")
    stored = page.evaluate(
        """() => {
          document.querySelector('dialog.policies-notice button.pn-accept').click();
          return localStorage.getItem('policies-notices');
        }"""
    )
    assert json.loads(stored)["privacy@2099-01-01"]["state"] == "accepted"
