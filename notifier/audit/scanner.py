"""`policies cookies scan`: what a page really stores, compared with the cookie data of the version in force.

A banner can say the right things while the storefront sets trackers anyway. The scanner opens each page in
Debian's Chromium (Playwright, nothing downloaded) three times: before any choice, after "reject all" and after
"accept all", and reads the cookies (every domain), localStorage, sessionStorage and the hosts the page
contacted. Each finding names the page, the cookie or storage key, what is wrong and the rule (legal-rules.md):
- B1: a non-essential cookie or storage item before a choice or after a refusal;
- B4: a cookie, storage item or third-party host that the cookie data does not declare;
- B8: a lifetime above the declared one, or above 13 months.
"""

from __future__ import annotations

import functools
import json
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from notifier.analysis.classify import MAX_COOKIE_DAYS
from notifier.publishing.repository import PolicyRepository
from notifier.site import consent

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHASES = ("before choice", "after reject all", "after accept all")
BANNER = "#cc-main .cm"
BUTTONS = {"after reject all": "button[data-role=necessary]", "after accept all": "button[data-role=all]"}
LIFETIME_SLACK_DAYS = 1  # a cookie set "for 90 days" a few seconds ago still has 90 days minus seconds left


@dataclass(frozen=True)
class Inventory:
    """The declared cookies (name → category and lifetime), the required categories and the declared hosts."""

    cookies: dict[str, consent.Cookie]
    required: frozenset[str]
    hosts: frozenset[str]
    source: str


@dataclass(frozen=True)
class Finding:
    page: str
    phase: str
    item: str
    problem: str
    rule: str

    def __str__(self) -> str:
        return f"{self.page}: {self.item} ({self.phase}): {self.problem} [{self.rule}]"


@dataclass(frozen=True)
class Observation:
    """What one phase of one page left behind."""

    cookies: list[dict[str, Any]]
    storage: list[str]
    hosts: list[str]
    banner: bool = True


def cookie_inventory(repository: PolicyRepository, on: date) -> Inventory:
    """The cookie data the scan compares against: the released inventory in force on `on`, as the site shows it.

    Optional `hosts:` per cookie list the third-party hosts that set or read it; the legal site's host
    (site.url), where a storefront loads the banner from, is declared too.
    """
    data = consent.consent_in_force(repository, on)
    hosts = {host for cookie in data.cookies for host in cookie.hosts}
    hosts.add(_host(repository.config.site_url))  # the legal site itself serves the banner and the pop-up
    return Inventory(
        cookies={c.name: c for c in data.cookies},
        required=frozenset(c.id for c in data.categories if c.required),
        hosts=frozenset(hosts),
        source=f"{data.path} as released and in force on {on}",
    )


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def _observe(browser: Any, url: str, phase: str) -> Observation:
    """Open `url` in a fresh profile, make the phase's choice if any, reload, and read what is stored."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    context = browser.new_context()
    try:
        hosts: set[str] = set()
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.on("request", lambda request: hosts.add(_host(request.url)))
        page.goto(url, wait_until="load")
        try:
            page.locator(BANNER).wait_for(state="visible")
        except PlaywrightTimeout:
            banner = False
        else:
            banner = True
            if phase in BUTTONS:
                page.locator(f"{BANNER} {BUTTONS[phase]}").click()
                page.locator(BANNER).wait_for(state="hidden")
                page.reload(wait_until="load")
        page.wait_for_load_state("networkidle")
        storage = page.evaluate(
            "() => [...Object.keys(localStorage).map(k => 'localStorage:' + k),"
            " ...Object.keys(sessionStorage).map(k => 'sessionStorage:' + k)]"
        )
        return Observation(context.cookies(), sorted(storage), sorted(h for h in hosts if h), banner)
    finally:
        context.close()


def _lifetime_days(cookie: dict[str, Any], now: float) -> float:
    expires = cookie.get("expires", -1)
    return 0.0 if expires is None or expires < 0 else (expires - now) / 86400


def _cookie_findings(url: str, phase: str, cookie: dict[str, Any], inventory: Inventory, now: float) -> list[Finding]:
    name, first_party = cookie["name"], _host(url)
    found = functools.partial(Finding, url, phase, f"cookie {name}")
    domain = cookie.get("domain", "").lstrip(".").lower()
    findings: list[Finding] = []
    if domain and domain != first_party and not first_party.endswith("." + domain) and domain not in inventory.hosts:
        findings.append(found(f"set by third-party host {domain}, not declared", "B4"))
    declared = inventory.cookies.get(name)
    if declared is None:
        return [*findings, found(f"not declared in {inventory.source}", "B4")]
    if phase != "after accept all" and declared.category not in inventory.required:
        findings.append(found(f"non-essential ({declared.category}) present {phase}", "B1"))
    days = _lifetime_days(cookie, now)
    if days > MAX_COOKIE_DAYS:
        findings.append(found(f"lives {days:.0f} days, more than 13 months ({MAX_COOKIE_DAYS} days)", "B8"))
    if days > declared.lifetime_days + LIFETIME_SLACK_DAYS:
        declared_as = f"{declared.lifetime_days} days" if declared.lifetime_days else "a session cookie"
        findings.append(found(f"lives {days:.0f} days, declared as {declared_as}", "B8"))
    return findings


def _storage_findings(url: str, phase: str, key: str, inventory: Inventory) -> list[Finding]:
    name = key.split(":", 1)[1]
    declared = inventory.cookies.get(name)
    if declared is None:
        return [Finding(url, phase, key, f"not declared in {inventory.source}", "B4")]
    if phase != "after accept all" and declared.category not in inventory.required:
        return [Finding(url, phase, key, f"non-essential ({declared.category}) present {phase}", "B1")]
    return []


def findings_for(url: str, phase: str, seen: Observation, inventory: Inventory, now: float) -> list[Finding]:
    first_party = _host(url)
    if not seen.banner and phase != PHASES[0]:
        return []  # no choice could be made: what the page stores is reported once, before a choice
    findings = [] if seen.banner else [Finding(url, phase, "consent banner", "not shown: no choice can be made", "B1")]
    findings += [f for cookie in seen.cookies for f in _cookie_findings(url, phase, cookie, inventory, now)]
    findings += [f for key in seen.storage for f in _storage_findings(url, phase, key, inventory)]
    findings += [
        Finding(url, phase, f"host {host}", "contacted, not a declared third party", "B4")
        for host in seen.hosts
        if host != first_party and host not in inventory.hosts
    ]
    return findings


def scan(urls: list[str], inventory: Inventory, now: float, browser: Any | None = None) -> dict[str, Any]:
    """Scan every page in every phase; the report lists what was seen and what is wrong, one finding each.

    Without `browser`, Debian's Chromium is launched for the scan and closed after it.
    """
    if browser is None:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            own = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                return scan(urls, inventory, now, own)
            finally:
                own.close()
    pages: list[dict[str, Any]] = []
    findings: list[Finding] = []
    for url in urls:
        phases: dict[str, Any] = {}
        for phase in PHASES:
            seen = _observe(browser, url, phase)
            phases[phase] = asdict(seen)
            findings += _deduplicated(findings, findings_for(url, phase, seen, inventory, now))
        pages.append({"url": url, "phases": phases})
    return {
        "inventory": inventory.source,
        "pages": pages,
        "findings": [asdict(f) for f in findings],
        "clean": not findings,
    }


def _deduplicated(known: list[Finding], new: list[Finding]) -> list[Finding]:
    """A host contacted in every phase is one finding, not three; cookie findings keep their phase."""
    hosts = {(f.page, f.item) for f in known if f.item.startswith("host ")}
    return [f for f in new if not (f.item.startswith("host ") and (f.page, f.item) in hosts)]


def format_findings(report: dict[str, Any]) -> str:
    lines = [str(Finding(**f)) for f in report["findings"]]
    pages = len(report["pages"])
    lines.append(
        f"{pages} page(s) scanned against {report['inventory']}: "
        + (f"{len(report['findings'])} finding(s)" if report["findings"] else "clean")
    )
    return "\n".join(lines)


def write_report(report: dict[str, Any], path: Path, scanned_on: date) -> None:
    path.write_text(json.dumps({"scanned_on": scanned_on.isoformat()} | report, indent=2) + "\n", encoding="utf-8")
