"""The built site in Chromium: pages in each language, switcher, archive, permanent addresses, redlines, print."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

LANGS = {
    "en": {"published": "1 February 2023", "upcoming": "21 December 2026", "archive": "All versions"},
    "fr": {"published": "1er février 2023", "upcoming": "21 décembre 2026", "archive": "Toutes les versions"},
}


def _open(page, server, path: str) -> None:
    response = page.goto(server.url + path)
    assert response is not None and response.status == 200, path


@pytest.mark.parametrize("lang", sorted(LANGS))
def test_privacy_page_shows_version_in_force_and_upcoming_notice(page, server, artifacts, lang: str) -> None:
    words = LANGS[lang]
    _open(page, server, f"{lang}/privacy/")
    assert page.locator("html").get_attribute("lang") == lang
    meta = page.locator(".policies-meta")
    assert meta.get_attribute("data-version") == "2023-02-01"
    assert meta.locator("dd").nth(1).inner_text() == words["published"]
    assert meta.locator("dd").nth(2).inner_text() == words["published"]
    notice = page.locator(".policies-upcoming")
    assert notice.get_attribute("data-version") == "2026-11-21"
    assert words["upcoming"] in notice.inner_text()
    assert notice.locator("a[href='v/2026-11-21/']").count() == 1
    assert notice.locator("a[href='changes/2026-11-21/']").count() == 1
    page.screenshot(path=str(artifacts / f"privacy-{lang}.png"))
    assert page.js_errors == []


@pytest.mark.parametrize("lang", sorted(LANGS))
def test_home_and_cookie_pages(page, server, lang: str) -> None:
    _open(page, server, f"{lang}/")
    cards = page.locator(".policies-card")
    assert cards.count() == 2
    assert LANGS[lang]["upcoming"] in cards.first.inner_text()
    _open(page, server, f"{lang}/cookies/")
    assert page.locator(".policies-meta").get_attribute("data-version") == "2023-02-01"
    assert page.locator("h2#cookie-table").count() == 1
    table = page.locator("h2#cookie-table ~ table.policies-cookies")
    assert "cc_cookie" in table.inner_text() and "_pk_id" in table.inner_text()
    assert ("13\u00a0months" if lang == "en" else "13\u00a0mois") in table.inner_text()  # never broken


def test_site_never_shows_unreleased_working_text(site: Path) -> None:
    """docs/en/cookies.md has an unreleased CNIL address; no built page may contain it."""
    working = (Path(__file__).resolve().parents[2] / "docs/en/cookies.md").read_text(encoding="utf-8")
    assert "cnil_url" in working
    for html in site.rglob("*.html"):
        assert "cnil.fr" not in html.read_text(encoding="utf-8"), html


def test_language_switcher_lands_on_the_same_page(page, server) -> None:
    _open(page, server, "en/privacy/archive/")
    page.locator(".md-header__option .md-select").hover()
    page.locator("a.policies-lang-link[hreflang='fr']").click()
    page.wait_for_url("**/fr/privacy/archive/")
    assert page.locator("h1").inner_text().startswith("Politique de confidentialité")
    page.locator(".md-header__option .md-select").hover()
    page.locator("a.policies-lang-link[hreflang='en']").click()
    page.wait_for_url("**/en/privacy/archive/")


@pytest.mark.parametrize("lang", sorted(LANGS))
def test_archive_lists_every_version_at_its_permanent_address(page, server, artifacts, lang: str) -> None:
    _open(page, server, f"{lang}/privacy/archive/")
    rows = page.locator("table.policies-archive tbody tr")
    assert rows.count() == 2
    assert rows.first.locator("th").inner_text().startswith("2026-11-21")
    assert "2023-02-01" in rows.nth(1).inner_text()
    page.screenshot(path=str(artifacts / f"archive-{lang}.png"), full_page=True)
    # The banner takes focus as it appears and again when its fade-in ends: follow the link after that.
    page.wait_for_function(
        "() => { const m = document.querySelector('#cc-main .cm');"
        " return m && getComputedStyle(m).opacity === '1' && document.activeElement.closest('#cc-main'); }"
    )
    rows.nth(1).locator("th a").first.focus()  # by keyboard: the cookie banner covers the lower part of the page
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/{lang}/privacy/v/2023-02-01/")
    assert page.locator(".policies-meta").get_attribute("data-version") == "2023-02-01"
    assert page.locator(".policies-upcoming").count() == 0


def test_permanent_pages_are_byte_identical_across_build_dates(site: Path, site_later: Path) -> None:
    for lang in LANGS:
        for path in (
            "privacy/v/2023-02-01",
            "privacy/v/2026-11-21",
            "privacy/changes/2026-11-21",
            "cookies/v/2023-02-01",
        ):
            first = (site / lang / path / "index.html").read_bytes()
            assert first == (site_later / lang / path / "index.html").read_bytes(), f"{lang}/{path}"
    # while the current page did change: on 25 December the 2026-11-21 version is in force
    current = (site_later / "en/privacy/index.html").read_text(encoding="utf-8")
    assert 'data-version="2026-11-21"' in current and "policies-upcoming" not in current


@pytest.mark.parametrize(
    ("lang", "deleted", "inserted"),
    [
        ("en", "thirty (30) business days", "one month"),
        ("fr", "trente (30) jours ouvrés", "un mois"),
    ],
)
def test_redline_shows_the_deadline_change(page, server, artifacts, lang: str, deleted: str, inserted: str) -> None:
    _open(page, server, f"{lang}/privacy/changes/2026-11-21/")
    rights = page.locator("section#redline-rights")
    assert rights.locator("h2").count() == 1  # changed sections are open, with their heading
    dels = " ".join(rights.locator("del").all_inner_texts())
    inss = " ".join(rights.locator("ins").all_inner_texts())
    assert deleted in dels and inserted in inss
    # screen readers hear the change, not only see a colour
    label = "deleted:" if lang == "en" else "supprimé\u00a0:"
    assert rights.locator("del .visually-hidden").first.text_content().strip() == label
    assert page.locator("section.redline-section.unchanged details").count() >= 1
    page.screenshot(path=str(artifacts / f"redline-{lang}.png"))


def test_print_shows_version_and_dates(page, server, artifacts) -> None:
    _open(page, server, "en/privacy/")
    page.emulate_media(media="print")
    assert page.locator(".policies-meta").is_visible()
    assert page.locator(".policies-print-only").is_visible()
    assert "privacy/v/2023-02-01/" in page.locator(".policies-print-only").inner_text()
    assert not page.locator(".md-header").is_visible()
    assert not page.locator("#cc-main .cm").is_visible()
    page.screenshot(path=str(artifacts / "privacy-en-print.png"))
    page.pdf(path=str(artifacts / "privacy-en-print.pdf"))


def test_api_feed_and_sitemap(site: Path) -> None:
    data = json.loads((site / "api/policies.json").read_text(encoding="utf-8"))
    privacy = data["policies"]["privacy"]
    assert privacy["current"] == {"en": "2023-02-01", "fr": "2023-02-01"}
    assert privacy["upcoming"]["fr"] == ["2026-11-21"]
    latest = privacy["versions"][-1]
    assert latest["class"] == "major" and latest["effective_at"] == "2026-12-21"
    assert len(latest["texts"]["fr"]["sha256"]) == 64
    assert latest["urls"]["fr"]["redline"] == "https://legal.24sevres.com/fr/privacy/changes/2026-11-21/"
    notices = json.loads((site / "api/notices.en.json").read_text(encoding="utf-8"))
    assert [n["id"] for n in notices["notices"]] == ["privacy@2026-11-21"]
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(site / "fr/feed.xml").getroot()
    entries = feed.findall(f"{atom}entry")
    assert len(entries) == 3
    assert entries[0].find(f"{atom}title").text.startswith("[Modification majeure]")
    assert any(c.get("term") == "major" for c in entries[0].findall(f"{atom}category"))
    sm = ET.parse(site / "sitemap.xml").getroot()
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    url = next(u for u in sm.findall("s:url", ns) if u.find("s:loc", ns).text.endswith("/fr/privacy/"))
    links = {link.get("hreflang"): link.get("href") for link in url.findall("x:link", ns)}
    assert links == {
        "en": "https://legal.24sevres.com/en/privacy/",
        "fr": "https://legal.24sevres.com/fr/privacy/",
        "x-default": "https://legal.24sevres.com/en/privacy/",
    }


def test_search_index_per_language(site: Path) -> None:
    for lang in LANGS:
        index = json.loads((site / lang / "search/search_index.json").read_text(encoding="utf-8"))
        assert index["config"]["lang"] == [lang]
        locations = {doc["location"].split("#")[0] for doc in index["docs"]}
        assert "privacy/" in locations and not any("/v/" in loc for loc in locations)
