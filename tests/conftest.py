"""What every test folder shares: how property-based tests run, and one Chromium per session.

In CI (the CI variable set, as GitHub Actions and .ci/run set it) Hypothesis draws its examples from a fixed
seed (derandomize) and keeps no example database, so every run tries the same cases whatever ran before, and
a failure prints its falsifying example and the blob that reproduces it (@reproduce_failure). Elsewhere it
explores with fresh random examples, which is how new failing cases are found; HYPOTHESIS_PROFILE picks one.

Playwright's sync API runs one event loop per thread, so two session browsers (the site's and the auditor's
tests) cannot live side by side in one run: both areas use this one.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import settings

from notifier.audit.scanner import CHROMIUM, CHROMIUM_ARGS

settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "explore"))


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
