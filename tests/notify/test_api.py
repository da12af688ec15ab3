"""The API and signed links: acknowledge from an email without logging in; nobody acts for anyone else."""

from __future__ import annotations

import re

import pytest
from helpers import import_sample, outbox, run_tick, text_part
from starlette.testclient import TestClient

from notifier.audit.proof import format_proof, user_proof
from notifier.delivery import tokens
from notifier.delivery.http.api import create_app
from notifier.publishing.schedule import today

API_KEY = "backend-key"
NOTICE = "privacy/2026-11-21"


@pytest.fixture
def client(world):
    import_sample(world)
    run_tick(world, today(world.repository.config.timezone))
    world = world.reopen(POLICIES_API_KEY=API_KEY)
    app = create_app(world.repository, world.settings, world.engine)
    with TestClient(app) as client:
        client.world = world
        yield client


def _link_for(world, address: str) -> str:
    message = next(m for m in outbox(world) if m["To"] == address)
    return re.search(r"https?://\S+/(a/\S+)", text_part(message)).group(1)


def _pending(client, user_id: str, credential: str = API_KEY):
    return client.get(f"/v1/users/{user_id}/notices", headers={"Authorization": f"Bearer {credential}"})


def _without_tokens(notices: list[dict]) -> list[dict]:
    """Each answer mints fresh tokens (their expiry counts from now, in seconds): compare what is recorded."""
    return [{key: value for key, value in notice.items() if key != "token"} for notice in notices]


def test_acknowledgement_through_the_signed_link_in_the_email(client):
    link = _link_for(client.world, "camille.martin@example.fr")  # u-0001, French
    before = _without_tokens(_pending(client, "u-0001").json()["notices"])
    assert [n["notice"] for n in before] == [NOTICE] and before[0]["locale"] == "fr"

    page = client.get(f"/{link}")
    assert page.status_code == 200 and "<form" in page.text and "J’ai lu cet avis" in page.text
    assert _without_tokens(_pending(client, "u-0001").json()["notices"]) == before, (
        "opening the link alone records nothing"
    )

    done = client.post(f"/{link}")
    assert done.status_code == 200 and "Merci" in done.text
    assert _pending(client, "u-0001").json()["notices"] == []
    proof = user_proof(client.world.engine, "u-0001")
    (ack,) = proof["acknowledgements"]
    sha = client.world.repository.ledger.get("privacy", "2026-11-21").texts["fr"].sha256
    assert (ack["action"], ack["channel"], ack["locale"], ack["content_sha256"]) == (
        "acknowledge",
        "email_link",
        "fr",
        sha,
    )
    assert "acknowledge via email_link" in format_proof(proof)
    assert client.post(f"/{link}").status_code == 200  # a second click changes nothing
    assert len(user_proof(client.world.engine, "u-0001")["acknowledgements"]) == 1


def test_a_forged_or_expired_token_is_refused(client):
    key = client.world.settings.secret_key
    link = _link_for(client.world, "camille.martin@example.fr")
    token = link.removeprefix("a/")
    payload, signature = token.split(".")
    forged_for_other = tokens.sign(b"not-the-key", "u-0002", NOTICE, "acknowledge", 3600)
    expired = tokens.sign(key, "u-0001", NOTICE, "acknowledge", -1)
    tampered = payload[:-2] + ("A" if payload[-2] != "A" else "B") + payload[-1] + "." + signature
    for bad in (forged_for_other, expired, tampered, "garbage", token + "x"):
        assert client.post(f"/a/{bad}").status_code == 403
        assert client.post("/v1/acknowledgements", json={"token": bad}).status_code == 403
    assert _pending(client, "u-0001").json()["notices"] != []
    assert _pending(client, "u-0002").json()["notices"] != []


def test_nobody_can_act_or_read_for_someone_else(client):
    key = client.world.settings.secret_key
    camille = tokens.sign(key, "u-0001", NOTICE, "acknowledge", 3600)
    assert _pending(client, "u-0002", camille).status_code == 403
    assert _pending(client, "u-0001", camille).status_code == 200
    assert _pending(client, "u-0001", "wrong-key").status_code == 403
    assert client.get("/v1/users/u-0001/notices").status_code == 401
    # The token decides who acts; a user_id in the body cannot redirect it.
    answer = client.post("/v1/acknowledgements", json={"token": camille, "user_id": "u-0002", "channel": "popup"})
    assert answer.status_code == 201 and answer.json()["user_id"] == "u-0001"
    assert _pending(client, "u-0002").json()["notices"] != []
    assert (
        client.post(
            "/v1/acknowledgements",
            json={"user_id": "u-0002", "policy": "privacy", "version": "2026-11-21", "action": "accept"},
        ).status_code
        == 401
    )


def test_the_api_key_is_accepted_only_in_the_authorization_header(client):
    """A query string ends up in access logs and browser history: there the key is only a token that fails."""
    answer = client.get("/v1/users/u-0001/notices", params={"token": API_KEY})
    assert answer.status_code == 403 and answer.json()["field"] == "token"
    answer = client.post("/v1/acknowledgements", json={"token": API_KEY})
    assert answer.status_code == 403 and answer.json()["field"] == "token"
    assert _pending(client, "u-0001").json()["notices"] != []


def test_a_users_token_in_the_header_does_not_stand_in_for_the_api_key(client):
    camille = tokens.sign(client.world.settings.secret_key, "u-0001", NOTICE, "acknowledge", 3600)
    for user_id in ("u-0001", "u-0002"):
        body = {"user_id": user_id, "policy": "privacy", "version": "2026-11-21", "action": "accept"}
        answer = client.post("/v1/acknowledgements", headers={"Authorization": f"Bearer {camille}"}, json=body)
        assert answer.status_code == 401 and answer.json()["field"] == "Authorization"
        assert NOTICE in [n["notice"] for n in _pending(client, user_id).json()["notices"]], "nothing was recorded"


def test_the_backend_records_an_explicit_acceptance_for_the_popup(client):
    answer = client.post(
        "/v1/acknowledgements",
        headers={"Authorization": f"Bearer {API_KEY}"},
        json={
            "user_id": "u-0005",
            "policy": "privacy",
            "version": "2026-11-21",
            "action": "accept",
            "channel": "popup",
        },
    )
    assert answer.status_code == 201 and answer.json()["content_sha256"]
    proof = user_proof(client.world.engine, "u-0005")
    assert ("privacy", "2026-11-21", "popup") in {(a["policy"], a["version"], a["how"]) for a in proof["acceptances"]}
    assert _pending(client, "u-0005").json()["notices"] == []


def test_the_openapi_document_is_served(client):
    document = client.get("/openapi.json").json()
    assert document["openapi"].startswith("3.") and "/v1/users/{user_id}/notices" in document["paths"]
