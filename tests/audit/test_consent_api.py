"""POST /v1/consents, the export, the retention purge and the counts in `policies status` (legal-rules.md B9).

The storefront's banner posts from any origin, without credentials; the log keeps well-formed records only,
once each, and never an IP address.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta

import pytest
from click.testing import CliRunner
from sqlalchemy import inspect
from starlette.testclient import TestClient

from notifier.audit import consents
from notifier.cli import cli
from notifier.delivery import store
from notifier.delivery.http.api import create_app
from notifier.delivery.http.rate_limit import RateLimiter
from notifier.delivery.status import format_status, status
from notifier.delivery.store import consents as consent_log

RECORD = {
    "record_id": "3f1c6a1e9b2d4c7f8a0b1c2d3e4f5a6b",
    "consent_id": "0b8e5c1a-2f4d-4e6a-9c3b-7d1e2f3a4b5c",
    "act": "custom",
    "categories": {"necessary": True, "analytics": True, "marketing": False},
    "config_hash": "a1b2c3d4e5f6",
    "cookie_policy_version": "2023-02-01",
    "language": "fr",
    "at": "2026-11-25T09:30:00.000Z",
}


@pytest.fixture
def client(world, monkeypatch):
    monkeypatch.setenv("POLICIES_CONSENT_RATE_LIMIT", "5")
    with TestClient(create_app(world.repository, world.settings, world.engine)) as client:
        client.world = world
        yield client


def _post(client, record: dict, content_type: str = "text/plain"):
    return client.post("/v1/consents", content=json.dumps(record), headers={"Content-Type": content_type})


def _rows(world) -> list[dict]:
    with world.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(consent_log.records.select())]


def test_a_record_is_stored_once_without_any_address(client) -> None:
    answer = _post(client, RECORD)
    assert answer.status_code == 201 and answer.json() == {"record_id": RECORD["record_id"], "created": True}
    assert answer.headers["access-control-allow-origin"] == "*", "the storefront's banner posts from its origin"
    again = _post(client, RECORD)  # the browser resent it after losing the answer
    assert again.status_code == 200 and again.json()["created"] is False
    (row,) = _rows(client.world)
    assert row["act"] == "custom" and row["categories"] == RECORD["categories"]
    assert row["given_at"].isoformat() == "2026-11-25T09:30:00" and row["user_ref"] is None
    columns = {c["name"] for c in inspect(client.world.engine).get_columns("consent_records")}
    assert not any("ip" in name.split("_") or "addr" in name for name in columns)
    assert "testclient" not in json.dumps(row, default=str)


def test_a_preflight_from_another_origin_is_answered(client) -> None:
    answer = client.options("/v1/consents", headers={"Origin": "https://www.24sevres.com"})
    assert answer.status_code == 204 and "POST" in answer.headers["access-control-allow-methods"]


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"act": "maybe"}, "act", "accept_all, reject_all, custom, withdraw"),
        ({"cookie_policy_version": "2099-01-01"}, "cookie_policy_version", "not a released version"),
        ({"cookie_policy_version": "latest"}, "cookie_policy_version", "YYYY-MM-DD"),
        ({"categories": {"analytics": "yes"}}, "categories", "true or false"),
        ({"categories": []}, "categories", "object"),
        ({"at": "yesterday"}, "at", "ISO 8601"),
        ({"at": "2026-11-25T09:30:00"}, "at", "zone"),
        ({"consent_id": "x"}, "consent_id", "16 to 64"),
        ({"consent_id": RECORD["consent_id"] + "\n"}, "consent_id", "16 to 64"),
        ({"config_hash": "not hex"}, "config_hash", "hexadecimal"),
        ({"language": "french"}, "language", "language code"),
        ({"ip": "203.0.113.9"}, "ip", "unknown field"),
        ({"user_ref": ""}, "user_ref", "pseudonymous"),
    ],
)
def test_a_malformed_record_is_refused_naming_the_field(client, change, field, words) -> None:
    answer = _post(client, RECORD | change)
    assert answer.status_code == 400
    assert answer.json()["field"] == field and words in answer.json()["error"]
    assert _rows(client.world) == []


def test_a_missing_field_or_a_body_that_is_not_json(client) -> None:
    record = {k: v for k, v in RECORD.items() if k != "language"}
    assert _post(client, record).json() == {"error": "language: is required", "field": "language"}
    answer = client.post("/v1/consents", content=b"\xff{not json")
    assert answer.status_code == 400 and answer.json()["field"] == "body"


def test_one_client_flooding_the_log_is_slowed_down(client) -> None:
    answers = [_post(client, RECORD | {"record_id": f"flood-{i:020d}"}).status_code for i in range(7)]
    assert answers == [201] * 5 + [429] * 2
    refused = _post(client, RECORD | {"record_id": "flood-after-the-limit"})
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) >= 1
    assert len(_rows(client.world)) == 5


def test_the_token_bucket_refills_with_time() -> None:
    limiter = RateLimiter(per_minute=2)
    assert [limiter.allow("a", now=0.0) for _ in range(3)] == [True, True, False]
    assert limiter.allow("b", now=0.0), "each client address has its own bucket"
    assert limiter.allow("a", now=30.0) and not limiter.allow("a", now=30.0)


def _invoke(world, *args: str):
    env = {"POLICIES_ROOT": str(world.root), "DATABASE_URL": world.settings.database_url}
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


def test_export_purge_and_status(world) -> None:
    for index, act in enumerate(("accept_all", "reject_all", "reject_all")):
        row = consents.validate(RECORD | {"record_id": f"record-{index:016d}", "act": act}, world.repository)
        assert consent_log.append(world.engine, row)
    old = consents.validate(RECORD | {"record_id": "record-from-long-ago"}, world.repository)
    consent_log.append(world.engine, old)
    with world.engine.begin() as conn:
        long_ago = store.utcnow() - timedelta(days=consents.DEFAULT_RETENTION_DAYS + 1)
        conn.execute(
            consent_log.records.update()
            .where(consent_log.records.c.record_id == old["record_id"])
            .values(received_at=long_ago)
        )

    today = store.utcnow().date().isoformat()
    exported = _invoke(world, "consents", "export", "--from", today, "--to", today)
    assert exported.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(exported.output)))
    assert [r["act"] for r in rows] == ["accept_all", "reject_all", "reject_all"]
    assert json.loads(rows[0]["categories"]) == RECORD["categories"] and rows[0]["received_at"].endswith("Z")
    lines = _invoke(world, "consents", "export", "--from", "2000-01-01", "--to", today, "--format", "jsonl").output
    assert len(lines.splitlines()) == 4 and json.loads(lines.splitlines()[0])["record_id"] == "record-from-long-ago"
    assert _invoke(world, "consents", "export", "--from", today, "--to", "2000-01-01").exit_code == 2

    report = status(world.engine, world.settings)
    assert report["consents_by_cookie_policy_version"] == {
        "2023-02-01": {"accept_all": 1, "reject_all": 2, "custom": 1}
    }
    assert "consents for cookie policy 2023-02-01: accept_all 1, custom 1, reject_all 2" in format_status(report)

    purged = _invoke(world, "consents", "purge")
    assert purged.exit_code == 0 and purged.output.startswith("deleted 1 consent records received more than 1826 days")
    assert len(_rows(world)) == 3


def test_a_bad_retention_setting_stops_the_purge(world) -> None:
    config = world.root / "policies.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("retention_days: 1826", "retention_days: forever"), encoding="utf-8")
    result = _invoke(world, "consents", "purge")
    assert result.exit_code == 1
    assert result.output == "policies.yml (consent.retention_days): must be a whole number of days, 1 or more\n"
