"""WCAG 2.1 AA with axe-core 4 (vendored, tests/site/vendor): no serious or critical violation on the pages,
with the consent banner, the preferences and the change pop-up open."""

from __future__ import annotations

import pytest

from tests.browser import axe_violations


def _banner_gone(page) -> None:
    """Wait for the banner's fade-out to end: axe would measure the contrast of half-transparent text."""
    page.locator("#cc-main .cm").wait_for(state="hidden")


def _choose(page) -> None:
    """Reject cookies and dismiss the pop-up, to check the page itself."""
    page.locator("#cc-main .cm button[data-role=necessary]").click()
    _banner_gone(page)
    page.locator("dialog.policies-notice[data-on-screen]").wait_for()  # painted: an Escape now answers it
    page.keyboard.press("Escape")
    page.locator("dialog.policies-notice").wait_for(state="detached")


@pytest.mark.parametrize(
    "path",
    [
        "en/",
        "fr/",
        "en/privacy/",
        "fr/privacy/",
        "en/cookies/",
        "en/privacy/archive/",
        "fr/privacy/archive/",
        "en/privacy/changes/2026-11-21/",
        "fr/privacy/changes/2026-11-21/",
        "en/privacy/v/2026-11-21/",
    ],
)
def test_pages(page, server, path: str) -> None:
    page.goto(server.url + path)
    _choose(page)
    assert axe_violations(page) == []


def _faded_in(page, selector: str) -> None:
    """Wait for the fade-in to end: the element fully opaque and no transition of the page still running."""
    page.wait_for_function(
        """selector => getComputedStyle(document.querySelector(selector)).opacity === '1'
            && document.getAnimations().every(animation => animation.playState !== 'running')""",
        arg=selector,
    )


def test_banner_open(page, server) -> None:
    page.goto(server.url + "fr/privacy/")
    page.locator("#cc-main .cm").wait_for(state="visible")
    _faded_in(page, "#cc-main .cm")  # contrast is measured on the opaque banner
    assert axe_violations(page) == []


def test_preferences_open(page, server) -> None:
    page.goto(server.url + "en/privacy/")
    page.locator("#cc-main .cm button[data-role=show]").click()
    page.locator("#cc-main .pm").wait_for(state="visible")
    _faded_in(page, "#cc-main .pm")
    assert axe_violations(page) == []


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_popup_open(page, server, lang: str) -> None:
    page.goto(server.url + f"{lang}/privacy/")
    page.locator("#cc-main .cm button[data-role=necessary]").click()
    _banner_gone(page)
    page.locator("dialog.policies-notice").wait_for(state="visible")
    assert axe_violations(page) == []


@pytest.mark.parametrize("path", ["fr/privacy/archive/", "en/cookies/", "fr/cookies/", "fr/"])
def test_pages_on_a_phone(browser, server, path: str) -> None:
    """At 390 px the tables are stacked cards: still no serious or critical violation."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(server.url + path)
    _choose(page)
    assert axe_violations(page) == []
    context.close()


@pytest.mark.parametrize(
    "path",
    ["en/privacy/compare/2023-02-01/2026-11-25/", "fr/privacy/compare/2023-02-01/2026-11-25/", "fr/privacy/compare/"],
)
def test_comparison_pages(page, server, three_versions_site, path: str) -> None:
    server.root = three_versions_site
    page.goto(server.url + path)
    _choose(page)
    assert axe_violations(page) == []


@pytest.mark.parametrize(("lang", "button"), [("en", "Compare"), ("fr", "Comparer")])
def test_comparison_form_saying_what_to_do_on_a_phone(
    browser, server, three_versions_site, lang: str, button: str
) -> None:
    """The archive's form at 390 px, with its message for two identical versions on screen."""
    server.root = three_versions_site
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(server.url + f"{lang}/privacy/archive/")
    _choose(page)
    page.locator("#compare-from").select_option("2026-11-25")
    page.get_by_role("button", name=button, exact=True).click()
    page.locator(".policies-compare-error:not(:empty)").wait_for()
    assert axe_violations(page) == []
    context.close()
