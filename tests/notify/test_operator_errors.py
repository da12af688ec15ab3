"""What an operator reads when the SMTP settings are wrong (issue 11, point 14): one clear line naming
SMTP_URL, never a traceback, and one line per cause, not one per worker."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest
from helpers import import_sample


def _policies(world, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = (
        os.environ
        | {
            "POLICIES_ROOT": str(world.root),
            "DATABASE_URL": world.settings.database_url,
            "POLICIES_SECRET_KEY": "test-secret",
            "POLICIES_EMAIL_CHANNEL": "smtp",
        }
        | env
    )
    return subprocess.run(
        [sys.executable, "-m", "notifier", *args], env=environment, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("url", ["smtp//mail.example.com", "smtp://mail.example.com:twenty-five", "smtp://[::1"])
def test_a_malformed_smtp_url_is_one_clear_line(world, url: str) -> None:
    for command in (("tick", "--as-of", "2026-11-25"), ("dispatch",)):
        result = _policies(world, *command, SMTP_URL=url)
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("SMTP_URL: "), result.stderr


def test_an_unreachable_smtp_server_is_reported_once_not_once_per_worker(world) -> None:
    import_sample(world)
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = _policies(
        world, "tick", "--as-of", "2026-11-25", SMTP_URL=f"smtp://127.0.0.1:{port}", POLICIES_DISPATCH_WORKERS="4"
    )
    assert "Traceback" not in result.stderr
    assert result.stderr.count("channel unusable") == 1, result.stderr
    assert f"dispatch stopped: cannot reach SMTP server 127.0.0.1:{port}" in result.stderr
