"""No personal data in logs: an operator reading `policies api`'s log sees routes, statuses and durations,
never a user id, a token (base64 of the user id) or the backend's key; and the key works in the header only,
where access logs and proxies do not write it down.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import import_sample, run_tick

from notifier.delivery import tokens
from notifier.publishing.schedule import today

REPO = Path(__file__).resolve().parents[2]
API_KEY = "backend-key-0123456789"
USER = "u-0001"
NOTICE = "privacy/2026-11-21"


@pytest.fixture
def api(world, tmp_path) -> Iterator[tuple[str, subprocess.Popen]]:
    """`policies api` as an operator runs it, on a free port of 127.0.0.1; yields its address."""
    import_sample(world)
    run_tick(world, today(world.repository.config.timezone))
    env = os.environ | {
        "PYTHONPATH": str(REPO),
        "POLICIES_ROOT": str(world.root),
        "DATABASE_URL": world.settings.database_url,
        "POLICIES_SECRET_KEY": "test-secret",
        "POLICIES_API_KEY": API_KEY,
        "POLICIES_LOG_LEVEL": "INFO",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "notifier", "api", "--host", "127.0.0.1", "--port", "0"],
        cwd=tmp_path,  # not the clone: `python -m` would import its committed notifier before this one
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,  # uvicorn writes its access log to standard output, ours go to standard error
        text=True,
    )
    try:
        for line in process.stdout:  # wait for the condition: the server says where it listens
            found = re.search(r"running on (http://127\.0\.0\.1:\d+)", line, re.IGNORECASE)
            if found:
                yield found.group(1), process
                break
        else:
            pytest.fail("policies api stopped before listening")
    finally:
        if process.poll() is None:
            process.terminate()
        process.wait(timeout=30)


def _get(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers or {}), timeout=30) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as refused:
        return refused.code, json.loads(refused.read())


def test_an_operator_reading_the_api_log_finds_routes_not_people(api, world):
    base, process = api
    token = tokens.sign(world.settings.secret_key, USER, NOTICE, "acknowledge", 3600)
    backend = {"Authorization": f"Bearer {API_KEY}"}
    assert _get(f"{base}/v1/users/{USER}/notices", backend)[0] == 200
    assert _get(f"{base}/v1/users/{USER}/notices?token={token}")[0] == 200
    assert _get(f"{base}/v1/users/{USER}/notices?token={API_KEY}")[0] == 403, (
        "the backend's key is taken from the Authorization header only"
    )
    urllib.request.urlopen(f"{base}/a/{token}", timeout=30).close()
    process.terminate()
    log = process.stdout.read()
    process.wait(timeout=30)

    requests = [line for line in log.splitlines() if 'event="http request"' in line]
    assert len(requests) == 4, log
    assert sum("route=/v1/users/{user_id}/notices" in line for line in requests) == 3
    assert any("route=/a/{token} " in line and "status=200" in line for line in requests)
    assert all(re.search(r"method=GET .*status=\d{3} .*duration_ms=\d", line) for line in requests)
    for secret in (USER, token, token.partition(".")[0], API_KEY):
        assert secret not in log, f"{secret[:12]}… appears in the log"
