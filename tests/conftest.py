"""What every area of tests shares: one Chromium per session.

Playwright's sync API runs one event loop per thread, so two session browsers (the site's and the auditor's
tests) cannot live side by side in one run: both areas use this one.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from notifier.scanner import CHROMIUM, CHROMIUM_ARGS


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
