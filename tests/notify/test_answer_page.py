"""The page behind the link in a notice email (issue 11, point 6), in a real browser on a 390 px phone and a
1280 px desktop: the user's language only, the site's look, the policy's title and dates rather than ids,
one button, a clear confirmation, and no serious accessibility violation."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator

import pytest
import uvicorn
from helpers import import_sample, outbox, run_tick, text_part

from notifier.delivery.http.api import create_app
from notifier.publishing.schedule import today
from tests.browser import VIEWPORTS, axe_violations, screenshot

READER = {  # address in examples/users.csv, words the page must show, words of the other language it must not
    "fr": (
        "camille.martin@example.fr",
        "Notre Politique de confidentialité évolue",
        "21 décembre 2026",
        "J’ai lu cet avis",
        "Merci",
        "Privacy",
    ),
    "en": (
        "olivia.smith@example.com",
        "Our Privacy Policy is changing",
        "21 December 2026",
        "I have read this notice",
        "Thank you",
        "Politique",
    ),
}


@pytest.fixture
def api(world) -> Iterator[tuple[str, object]]:
    import_sample(world)
    run_tick(world, today(world.repository.config.timezone))
    app = create_app(world.repository, world.settings, world.engine)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:  # a condition, polled: uvicorn has no ready callback
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}/", world
    server.should_exit = True
    thread.join(timeout=10)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("screen", sorted(VIEWPORTS))
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_email_link_page_speaks_the_users_language_and_confirms(api, browser, screen: str, lang: str) -> None:
    base, world = api
    address, title, effective, button, thanks, other_language = READER[lang]
    message = next(m for m in outbox(world) if m["To"] == address)
    link = re.search(r"https?://\S+/(a/\S+)", text_part(message)).group(1)
    context = browser.new_context(viewport=VIEWPORTS[screen])
    page = context.new_page()
    page.goto(base + link)
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator("meta[name=viewport]").count() == 1
    assert page.locator("h1").inner_text() == title
    body = page.locator("body").inner_text()
    assert effective in body and "privacy/2026-11-21" not in body and other_language not in body
    assert page.locator("button").count() == 1 and page.locator("button").inner_text() == button
    assert axe_violations(page) == []
    screenshot(page, f"answer-{lang}-{screen}")
    page.locator("button").click()
    page.locator("h1", has_text=thanks).wait_for()
    assert effective.split()[-1] in page.locator("[role=status]").inner_text()
    screenshot(page, f"answer-done-{lang}-{screen}")
    context.close()


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_an_invalid_link_says_so_in_the_browsers_language(api, browser) -> None:
    base, _world = api
    context = browser.new_context(locale="fr-FR")
    page = context.new_page()
    response = page.goto(base + "a/not-a-token")
    assert response.status == 403
    assert page.locator("h1").inner_text() == "Ce lien ne peut pas être utilisé"
    context.close()
