"""Consent cannot be forged: a token authorises exactly its own user, notice and action until its own expiry.

Camille (u-0001) has two notices waiting: the major privacy release (acknowledge) and a rights-reducing cookie
release (explicit acceptance, T5). Her email (one for both, as they are due at once) carries one link per
notice. Whoever holds one of those links, say an
old email forwarded or left in a shared mailbox, may do what that link says and nothing more: never accept
a change she did not accept, never obtain another or a longer-lived token.
"""

from __future__ import annotations

import re
import time

import pytest
from helpers import import_sample, outbox, release_rights_reducing_cookies, run_tick, text_part
from starlette.testclient import TestClient

from notifier.audit.proof import user_proof
from notifier.delivery import tokens
from notifier.delivery.http.api import create_app
from notifier.publishing.schedule import today

API_KEY = "backend-key"
PRIVACY, COOKIES = "privacy/2026-11-21", "cookies/{day}"
CAMILLE, CAMILLE_ADDRESS = "u-0001", "camille.martin@example.fr"


@pytest.fixture
def client(world):
    """Both notices planned and emailed; the API as the storefront and the email links reach it."""
    import_sample(world)
    day = today(world.repository.config.timezone)
    release_rights_reducing_cookies(world, day)
    world = world.reopen(POLICIES_API_KEY=API_KEY)
    run_tick(world, day)
    with TestClient(create_app(world.repository, world.settings, world.engine)) as client:
        client.world, client.cookies_notice = world, COOKIES.format(day=day.isoformat())
        yield client


def _emailed_token(world, notice: str) -> str:
    message = next(m for m in outbox(world) if m["To"] == CAMILLE_ADDRESS and notice in m["X-Policy-Notice"])
    found = re.findall(r"https?://\S+/a/(\S+)", text_part(message))
    return next(token for token in found if tokens.verify(world.settings.secret_key, token).notice == notice)


def _accepted(world) -> set[str]:
    return {f"{a['policy']}/{a['version']}" for a in user_proof(world.engine, CAMILLE)["acceptances"]}


def test_the_holder_of_an_old_acknowledge_link_cannot_accept_for_the_user(client):
    world, cookies = client.world, client.cookies_notice
    acknowledge = _emailed_token(world, PRIVACY)
    assert tokens.verify(world.settings.secret_key, acknowledge).action == "acknowledge"

    for asked in (
        {"params": {"token": acknowledge}},
        {"headers": {"Authorization": f"Bearer {acknowledge}"}},
    ):
        answer = client.get(f"/v1/users/{CAMILLE}/notices", **asked)
        assert answer.status_code == 200
        notices = answer.json()["notices"]
        assert [n["notice"] for n in notices] == [PRIVACY], "the link shows its own notice, not the others"
        assert all("token" not in n for n in notices), "a token never mints other tokens"

    # Naming another action or notice in the body changes nothing: the token decides.
    forged = {"token": acknowledge, "action": "accept", "policy": "cookies", "notice": cookies}
    answer = client.post("/v1/acknowledgements", json=forged)
    assert answer.status_code == 201 and (answer.json()["notice"], answer.json()["action"]) == (PRIVACY, "acknowledge")
    assert cookies not in _accepted(world)
    pending = client.get(f"/v1/users/{CAMILLE}/notices", headers={"Authorization": f"Bearer {API_KEY}"})
    assert [n["notice"] for n in pending.json()["notices"]] == [cookies]


def test_the_storefront_hands_the_popup_only_short_acknowledge_tokens(client):
    world, cookies = client.world, client.cookies_notice
    answer = client.get(f"/v1/users/{CAMILLE}/notices", headers={"Authorization": f"Bearer {API_KEY}"})
    by_notice = {n["notice"]: n for n in answer.json()["notices"]}
    assert set(by_notice) == {PRIVACY, cookies}
    assert by_notice[cookies]["required_action"] == "accept" and "token" not in by_notice[cookies], (
        "an acceptance is recorded by the backend with its key or by the emailed accept link, never by a minted token"
    )
    claims = tokens.verify_for(
        world.settings.secret_key, by_notice[PRIVACY]["token"], user_id=CAMILLE, notice=PRIVACY, action="acknowledge"
    )
    assert claims.expires <= time.time() + 86400, "a pop-up token lives a day, not the 90 days of an email link"


def test_only_the_emailed_accept_link_or_the_backend_records_an_acceptance(client):
    world, cookies = client.world, client.cookies_notice
    accept = _emailed_token(world, cookies)
    assert client.get(f"/a/{accept}").status_code == 200 and _accepted(world) == {
        "privacy/2023-02-01",
        "cookies/2023-02-01",
    }
    assert client.post(f"/a/{accept}").status_code == 200
    assert cookies in _accepted(world)
    how = {a["version"]: a["how"] for a in user_proof(world.engine, CAMILLE)["acceptances"] if a["policy"] == "cookies"}
    assert how[cookies.partition("/")[2]] == "email_link"


def test_a_token_never_outlives_its_own_expiry(client):
    world = client.world
    expired = tokens.sign(world.settings.secret_key, CAMILLE, PRIVACY, "acknowledge", -1)
    assert client.get(f"/v1/users/{CAMILLE}/notices", params={"token": expired}).status_code == 403
    assert client.post("/v1/acknowledgements", json={"token": expired}).status_code == 403
    assert client.post(f"/a/{expired}").status_code == 403
