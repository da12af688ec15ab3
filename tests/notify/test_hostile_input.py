"""No input gives a 500: whatever a client sends, it gets a 4xx with a JSON error naming the field.

The named cases are the ones an attacker found by hand; schemathesis then generates thousands more from the
API's own OpenAPI document, which must describe the API truthfully for that to mean anything.
"""

from __future__ import annotations

import time

import pytest
from helpers import import_sample, run_tick
from starlette.testclient import TestClient

from notifier.delivery.http import webhook
from notifier.delivery.http.api import create_app
from notifier.publishing.schedule import today

API_KEY = "backend-key"
NESTED = b"[" * 2000


@pytest.fixture
def client(world):
    import_sample(world)
    run_tick(world, today(world.repository.config.timezone))
    world = world.reopen(POLICIES_API_KEY=API_KEY)
    with TestClient(create_app(world.repository, world.settings, world.engine)) as client:
        client.world = world
        yield client


def _refused(answer, status: int, field: str) -> None:
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"] == "application/json"
    assert answer.json()["field"] == field and field in answer.json()["error"]


def test_a_non_ascii_key_or_token_is_refused_not_crashed(client):
    for credential in ("clé-du-backend", "Wy\u00e9.abc"):
        header = {"Authorization": f"Bearer {credential}".encode()}
        _refused(client.get("/v1/users/u-0001/notices", headers=header), 403, "Authorization")
        _refused(client.get("/v1/users/u-0001/notices", params={"token": credential}), 403, "token")
        _refused(client.post("/v1/acknowledgements", json={"token": credential}), 403, "token")
        answer = client.post("/v1/acknowledgements", headers=header, json={"user_id": "u-0001", "policy": "privacy"})
        _refused(answer, 401, "Authorization")


def test_a_deeply_nested_body_is_a_bad_request(client):
    answer = client.post("/v1/acknowledgements", content=NESTED, headers={"Content-Type": "application/json"})
    _refused(answer, 400, "body")


def test_a_deeply_nested_webhook_body_is_a_bad_request(world):
    from fake_sendgrid import FakeSendGrid
    from harness import webhook_client

    fake = FakeSendGrid()
    client = webhook_client(world, fake)
    timestamp = str(int(time.time()))
    headers = {
        webhook.SIGNATURE_HEADER: webhook.sign(fake.private_key, timestamp, NESTED),
        webhook.TIMESTAMP_HEADER: timestamp,
    }
    _refused(client.post("/v1/webhooks/sendgrid", content=NESTED, headers=headers), 400, "body")


def test_a_control_character_in_a_user_id_is_a_bad_request(client):
    backend = {"Authorization": f"Bearer {API_KEY}"}
    for user_id in ("u-0001%00", "u%0A0001", "x" * 129):
        _refused(client.get(f"/v1/users/{user_id}/notices", headers=backend), 400, "user_id")
    body = {"user_id": "u-0001\x00", "policy": "privacy", "version": "2026-11-21", "action": "acknowledge"}
    _refused(client.post("/v1/acknowledgements", headers=backend, json=body), 400, "user_id")
    body = {"user_id": "u-0001", "policy": "privacy\x00", "version": "2026-11-21", "action": "acknowledge"}
    _refused(client.post("/v1/acknowledgements", headers=backend, json=body), 400, "policy")
    body = {"user_id": "u-0001", "policy": "privacy", "version": ["2026-11-21"], "action": "acknowledge"}
    _refused(client.post("/v1/acknowledgements", headers=backend, json=body), 400, "version")
    body = {"user_id": "u-0001", "policy": "privacy", "version": "2026-11-21", "action": "acknowledge", "channel": []}
    _refused(client.post("/v1/acknowledgements", headers=backend, json=body), 400, "channel")


FUZZ_EXAMPLES = 50  # per operation and generation mode; each case is sent twice (anonymous, backend key)


def _fuzz(app, examples: int) -> tuple[int, list[str], list[str]]:
    """Send schemathesis' cases for every operation, valid and invalid data, anonymously and with the key.

    Returns how many requests were sent, the server errors, and the answers that the document does not
    describe (status, content type, body schema)."""
    import schemathesis
    from hypothesis import HealthCheck, given, settings
    from schemathesis.specs.openapi.checks import positive_data_acceptance

    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    sent, server_errors, nonconforming = [0], [], []
    limits = settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,  # the same cases on every run: a failure reproduces
        database=None,
        suppress_health_check=list(HealthCheck),
    )

    def send(case) -> None:
        for headers in ({}, {"Authorization": f"Bearer {API_KEY}"}):
            response = case.call(headers=headers)
            sent[0] += 1
            where = f"{case.method} {case.path}"
            if response.status_code >= 500:
                server_errors.append(f"{where}: {response.status_code} {response.text[:200]}")
            try:
                # Not "valid data accepted": schemathesis 4.32 draws control characters for path parameters
                # whose pattern forbids them (seen: "\x1dAD\x03Z" as a user_id), which the API rightly refuses.
                case.validate_response(response, headers=headers, excluded_checks=[positive_data_acceptance])
            except BaseException as exc:  # schemathesis reports several failures as one group
                nonconforming.append(f"{where}: {str(exc)[:400]}")

    for result in schema.get_all_operations():
        for mode in (schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE):
            limits(given(case=result.ok().as_strategy(generation_mode=mode))(send))()
    return sent[0], server_errors, nonconforming


def test_schemathesis_finds_no_server_error(client):
    """Cases generated from the API's own document: no 500, and every answer as the document describes it."""
    from cryptography.hazmat.primitives.asymmetric import ec

    key = ec.generate_private_key(ec.SECP256R1())
    world = client.world.reopen(POLICIES_API_KEY=API_KEY, SENDGRID_WEBHOOK_PUBLIC_KEY=webhook.public_key_text(key))
    sent, server_errors, nonconforming = _fuzz(
        create_app(world.repository, world.settings, world.engine), FUZZ_EXAMPLES
    )
    print(f"schemathesis: {sent} requests, {len(server_errors)} server errors, {len(nonconforming)} nonconforming")
    assert sent > 500 and server_errors == [] and nonconforming == [], "\n".join((server_errors + nonconforming)[:10])
