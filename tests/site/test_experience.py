"""The customer's experience of the site on a 390 px phone and a 1280 px desktop, in both languages
(issue 11, points 5 to 10): the banner and the pop-up, tables, French typography, the 404 page, the root's
language choice and comparisons between any two versions."""

from __future__ import annotations

import json
import re
from datetime import datetime

import pytest

from tests.browser import VIEWPORTS

BANNER = "#cc-main .cm"
DIALOG = "dialog.policies-notice"


@pytest.fixture(params=sorted(VIEWPORTS))
def screen(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def device(browser, server, screen: str):
    """A fresh page at the screen size under test."""
    ctx = browser.new_context(viewport=VIEWPORTS[screen])
    pg = ctx.new_page()
    pg.set_default_timeout(5000)
    yield pg
    ctx.close()


def _stored_notices(page) -> dict:
    return json.loads(page.evaluate("localStorage.getItem('policies-notices') || '{}'"))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_escape_on_the_banner_leaves_the_popup_on_screen(device, server, lang: str) -> None:
    """Point 5: one Escape closes the banner only; the notice the visitor has not seen yet is not dismissed."""
    device.goto(server.url + f"{lang}/")
    device.locator(f"{BANNER} button[data-role=all]").focus()
    device.keyboard.press("Escape")
    device.locator(BANNER).wait_for(state="hidden")
    dialog = device.locator(DIALOG)
    device.locator(f"{DIALOG}[data-on-screen]").wait_for()  # painted, and still there after that Escape
    assert dialog.is_visible()
    assert _stored_notices(device) == {}
    device.keyboard.press("Escape")  # now it was on screen: the visitor's Escape is an answer
    dialog.wait_for(state="detached")
    assert _stored_notices(device)["privacy@2026-11-21"]["state"] == "dismissed"


@pytest.mark.parametrize(
    ("lang", "before", "after"),
    [
        ("en", "Our Privacy Policy is changing", "Our Privacy Policy has changed"),
        ("fr", "Notre Politique de confidentialité évolue", "Notre Politique de confidentialité a changé"),
    ],
)
def test_popup_title_follows_the_visitors_date(
    browser, server, screen: str, lang: str, before: str, after: str
) -> None:
    """Point 9: the same static manifest says "is changing" before 21 December 2026 and "has changed" after."""
    for when, title in ((datetime(2026, 12, 20, 12), before), (datetime(2026, 12, 22, 12), after)):
        ctx = browser.new_context(viewport=VIEWPORTS[screen])
        page = ctx.new_page()
        page.clock.install(time=when)
        page.goto(server.url + f"{lang}/")
        page.locator(f"{BANNER} button[data-role=necessary]").click()
        assert page.locator(f"{DIALOG} h2").inner_text() == title
        ctx.close()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_not_found_page_has_the_banner_and_styles_at_any_depth(device, server, site, lang: str) -> None:
    """Point 9: hosts serve 404.html at the missing page's address, however deep; its assets still load."""
    deep = site / lang / "no" / "such" / "page"
    deep.mkdir(parents=True, exist_ok=True)
    (deep / "index.html").write_bytes((site / lang / "404.html").read_bytes())
    failed: list[str] = []
    # the page and its assets; the banner's consent record goes to the API, which this static server lacks
    assets = {"document", "stylesheet", "script", "image", "font"}
    device.on(
        "response", lambda r: failed.append(r.url) if r.status >= 400 and r.request.resource_type in assets else None
    )
    device.goto(server.url + f"{lang}/no/such/page/")
    device.locator(BANNER).wait_for(state="visible")
    device.locator(f"{BANNER} button[data-role=necessary]").click()
    device.locator(DIALOG).wait_for(state="visible")
    assert failed == []


@pytest.mark.parametrize(
    ("locale", "landing"), [("fr-FR", "fr/"), ("fr-CA", "fr/"), ("en-US", "en/"), ("de-DE", "en/")]
)
def test_root_sends_visitors_to_their_browsers_language(browser, server, locale: str, landing: str) -> None:
    """Point 9: the root goes to the browser's language when the site has it, else to the default one."""
    ctx = browser.new_context(locale=locale)
    page = ctx.new_page()
    page.goto(server.url)
    page.wait_for_url(server.url + landing)
    ctx.close()


def _settle(page) -> None:
    """Reject optional cookies and answer the pop-up if it shows, to look at the page itself."""
    page.locator(f"{BANNER} button[data-role=necessary]").click()
    page.locator(BANNER).wait_for(state="hidden")
    dialog = page.locator(DIALOG)
    if page.evaluate(
        "() => fetch('/api/notices.' + document.documentElement.lang + '.json')"
        ".then(r => r.json()).then(m => m.notices.length)"
    ):
        dialog.wait_for(state="visible")
        dialog.locator("button.pn-primary").click()
        dialog.wait_for(state="detached")


def _no_cell_is_cut(page, table: str) -> None:
    """Every cell of the table is inside the viewport's width, nothing scrolls sideways, no date breaks inside."""
    assert page.evaluate(f"(t => t.scrollWidth <= t.parentElement.clientWidth + 1)(document.querySelector('{table}'))")
    width = page.evaluate("document.documentElement.clientWidth")
    cells = page.locator(f"{table} td:not(:empty), {table} th[scope=row]")
    assert cells.count() > 0
    for box in (cells.nth(i).bounding_box() for i in range(cells.count())):
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width + 1
    unbroken = f"{table} time, {table} .policies-nowrap"
    heights = page.evaluate(f"[...document.querySelectorAll('{unbroken}')].map(t => t.getClientRects().length)")
    assert heights and set(heights) == {1}  # one line box each: the date never wraps


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_archive_table_is_readable_on_every_screen(device, server, artifacts, screen: str, lang: str) -> None:
    """Point 7: on a 390 px phone the archive's rows become labelled cards; nothing is cut or scrolled away."""
    device.goto(server.url + f"{lang}/privacy/archive/")
    _settle(device)
    _no_cell_is_cut(device, "table.policies-archive")
    label = device.locator("table.policies-archive td").first
    shown = device.evaluate("el => getComputedStyle(el, '::before').content", label.element_handle())
    assert (shown not in ("none", "normal")) == (screen == "phone")
    device.screenshot(path=str(artifacts / f"archive-{lang}-{screen}.png"), full_page=True)


@pytest.mark.parametrize(("lang", "lifetime"), [("en", "6\u00a0months"), ("fr", "6\u00a0mois")])
def test_cookie_table_is_readable_on_every_screen(
    device, server, artifacts, screen: str, lang: str, lifetime: str
) -> None:
    device.goto(server.url + f"{lang}/cookies/")
    _settle(device)
    table = device.locator("table.policies-cookies")
    table.scroll_into_view_if_needed()
    _no_cell_is_cut(device, "table.policies-cookies")
    assert lifetime in table.inner_text()
    table.screenshot(path=str(artifacts / f"cookie-table-{lang}-{screen}.png"))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_cnil_address_shows_its_lines_without_backslashes(site, lang: str) -> None:
    """Point 7: the released 2026 text writes line breaks as trailing backslashes; the site shows real breaks."""
    for page in (f"{lang}/privacy/v/2026-11-21/index.html", f"{lang}/privacy/changes/2026-11-21/index.html"):
        html = (site / page).read_text(encoding="utf-8")
        address = html[html.index("CNIL") : html.index("Fontenoy") + 20]
        assert "\\" not in address, address
    version = (site / f"{lang}/privacy/v/2026-11-21/index.html").read_text(encoding="utf-8")
    assert re.search(r"CNIL<br ?/?>\s*3 Place de Fontenoy<br ?/?>", version)


_BAD_FRENCH_SPACE = re.compile(r"[ \t\n][:;!?»]|«[ \t\n]")


def _visible_text(page) -> str:
    return page.evaluate("document.body.innerText")


@pytest.mark.parametrize("path", ["fr/", "fr/privacy/", "fr/cookies/", "fr/privacy/archive/"])
def test_french_pages_banner_and_popup_set_no_break_spaces(device, server, artifacts, screen: str, path: str) -> None:
    """Point 8: « : ; ! ? » never follow an ordinary space in French, in the page, the banner and the pop-up;
    the site's name is French; the first of the month is « 1er »."""
    device.goto(server.url + path)
    device.locator(BANNER).wait_for(state="visible")
    banner = device.locator(BANNER).inner_text()
    assert not _BAD_FRENCH_SPACE.search(banner), banner
    device.locator(f"{BANNER} button[data-role=necessary]").click()
    dialog = device.locator(DIALOG)
    dialog.wait_for(state="visible")
    assert not _BAD_FRENCH_SPACE.search(dialog.inner_text()), dialog.inner_text()
    device.locator(BANNER).wait_for(state="hidden")  # its fade-out has ended: the screenshot shows the pop-up alone
    device.screenshot(path=str(artifacts / f"popup-fr-{path.strip('/').replace('/', '-') or 'home'}-{screen}.png"))
    dialog.locator("button.pn-primary").click()
    text = _visible_text(device)
    bad = _BAD_FRENCH_SPACE.search(text)
    assert not bad, text[max(0, bad.start() - 80) : bad.end() + 20]
    assert "Legal" not in device.title() and "Informations légales" in device.title()
    if path in ("fr/privacy/", "fr/privacy/archive/"):
        assert "1er février 2023" in text


COMPARE = {
    "en": {"form": "Compare two versions", "from": "From version", "to": "To version", "button": "Compare"},
    "fr": {"form": "Comparer deux versions", "from": "De la version", "to": "À la version", "button": "Comparer"},
}
CHANGES = {  # one change of 2026-11-21 and one of 2026-11-25: a comparison of the first and the last shows both
    "en": ("thirty (30) business days", "one month"),
    "fr": ("trente (30) jours ouvrés", "un mois"),
}
COMPARE_SAME = {
    "en": "Choose two different versions to compare.",
    "fr": "Choisissez deux versions différentes à comparer.",
}


def _choose_by_keyboard(page, label: str, version: str) -> None:
    """Move through a closed select with the arrow keys, as a keyboard user does (the options are newest first)."""
    select = page.get_by_label(label, exact=True)
    select.focus()
    values = select.evaluate("s => [...s.options].map(o => o.value)")
    key = "ArrowDown" if values.index(version) > values.index(select.input_value()) else "ArrowUp"
    while select.input_value() != version:
        page.keyboard.press(key)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_any_two_versions_compare_from_the_archive(
    device, server, three_versions_site, artifacts, screen: str, lang: str
) -> None:
    """Point 10: on the archive, a reader picks the first and the newest version (another one lies between) with
    the keyboard and reads what changed across both releases, on a page generated in advance (no server)."""
    server.root = three_versions_site
    words = COMPARE[lang]
    device.goto(server.url + f"{lang}/privacy/archive/")
    _settle(device)
    form = device.get_by_role("form", name=words["form"])
    assert device.get_by_label(words["from"], exact=True).input_value() == "2026-11-21"  # the latest change first
    assert device.get_by_label(words["to"], exact=True).input_value() == "2026-11-25"
    _choose_by_keyboard(device, words["from"], "2023-02-01")
    form.scroll_into_view_if_needed()
    assert device.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    device.screenshot(path=str(artifacts / f"compare-form-{lang}-{screen}.png"), full_page=True)
    device.keyboard.press("Tab")  # to the second select
    device.keyboard.press("Tab")  # to the button
    assert device.evaluate("document.activeElement.textContent") == words["button"]
    device.keyboard.press("Enter")
    device.wait_for_url(f"**/{lang}/privacy/compare/2023-02-01/2026-11-25/")
    assert "2023-02-01" in device.locator("h1").inner_text() and "2026-11-25" in device.locator("h1").inner_text()
    deleted, inserted = CHANGES[lang]
    assert deleted in " ".join(device.locator("section#redline-rights del").all_inner_texts())
    assert inserted in " ".join(device.locator("section#redline-rights ins").all_inner_texts())
    contact = device.locator("section#redline-contact")
    assert "79" in contact.locator("del").all_inner_texts()[0] and "80" in contact.locator("ins").all_inner_texts()[0]
    assert device.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    device.screenshot(path=str(artifacts / f"compare-{lang}-{screen}.png"), full_page=False)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_consecutive_versions_compare_on_their_redline_and_one_version_is_refused(
    device, server, three_versions_site, artifacts, screen: str, lang: str
) -> None:
    """Two consecutive versions lead to the redline the emails link to; the same version twice says what to do
    (announced: role=status) and goes nowhere; the order of the choice does not matter."""
    server.root = three_versions_site
    words = COMPARE[lang]
    device.goto(server.url + f"{lang}/privacy/archive/")
    _settle(device)
    form = device.get_by_role("form", name=words["form"])
    device.get_by_label(words["from"], exact=True).select_option("2026-11-25")
    form.get_by_role("button", name=words["button"]).click()
    error = form.get_by_role("status")
    error.wait_for()
    assert error.inner_text() == COMPARE_SAME[lang]
    assert device.get_by_label(words["from"], exact=True).get_attribute("aria-invalid") == "true"
    device.screenshot(path=str(artifacts / f"compare-same-{lang}-{screen}.png"), full_page=True)
    device.get_by_label(words["to"], exact=True).select_option("2026-11-21")  # newer "from", older "to"
    assert error.inner_text() == ""
    form.get_by_role("button", name=words["button"]).click()
    device.wait_for_url(f"**/{lang}/privacy/changes/2026-11-25/")


def test_comparison_without_javascript_lists_every_pair(browser, server, three_versions_site, artifacts) -> None:
    """Without script the form still leads somewhere: its target lists the three comparisons of three versions."""
    server.root = three_versions_site
    context = browser.new_context(java_script_enabled=False, viewport=VIEWPORTS["phone"])
    page = context.new_page()
    page.goto(server.url + "fr/privacy/archive/")
    page.get_by_label("De la version", exact=True).select_option("2023-02-01")
    page.get_by_role("button", name="Comparer").click()
    page.wait_for_url("**/fr/privacy/compare/?from=2023-02-01&to=2026-11-25")
    links = page.locator("ul.policies-compare-list a")
    assert links.all_inner_texts() == [
        "De la version 2026-11-21 à la version 2026-11-25",
        "De la version 2023-02-01 à la version 2026-11-25",
        "De la version 2023-02-01 à la version 2026-11-21",
    ]
    lines = page.evaluate(
        "[...document.querySelectorAll('.policies-compare-list .policies-nowrap')].map(v => v.getClientRects().length)"
    )
    assert lines == [1] * 6  # a version id never breaks at its hyphens on a phone
    page.screenshot(path=str(artifacts / "compare-list-fr-phone-no-script.png"), full_page=True)
    links.nth(1).click()
    page.wait_for_url("**/fr/privacy/compare/2023-02-01/2026-11-25/")
    context.close()


def test_a_shared_comparison_address_goes_to_the_pair_in_either_order(page, server, three_versions_site) -> None:
    """The form's address with a query (bookmarked, or typed) leads to the pair's page, older version first."""
    server.root = three_versions_site
    page.goto(server.url + "en/privacy/compare/?from=2026-11-25&to=2023-02-01")
    page.wait_for_url("**/en/privacy/compare/2023-02-01/2026-11-25/")
    page.goto(server.url + "en/privacy/compare/?from=2026-11-21&to=2026-11-25")
    page.wait_for_url("**/en/privacy/changes/2026-11-25/")
