"""The notifier's settings: the `notifier:` block of policies.yml, then environment overrides.

What the legal team decides (who is told of which policy, the sender, how long a link stays valid) is
reviewed in git with the policies; what differs per deployment (database, mail account, secrets) comes from
the environment so that no secret is ever committed. Every bad value is reported at once, by key.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from notifier.config import CONFIG_FILE, Config
from notifier.problems import PolicyError, Problem

CHANNELS = ("file", "smtp", "sendgrid")
AUDIENCE_KINDS = ("active_accounts", "stored_consent", "all_accounts")
DEV_SECRET_FILE = "var/secret.key"


@dataclass(frozen=True)
class AudienceSpec:
    """Who receives the email for a policy's major release; the others see the pop-up on their next visit."""

    kind: str = "active_accounts"
    active_within_days: int = 365


@dataclass(frozen=True)
class Settings:
    root: Path
    database_url: str
    email_channel: str
    sender_email: str
    sender_name: str
    reply_to: str | None
    api_url: str
    token_ttl_days: int
    batch_size: int
    audiences: dict[str, AudienceSpec]
    secret_key: bytes = field(repr=False)
    api_key: str | None = field(default=None, repr=False)
    sendgrid_api_key: str | None = field(default=None, repr=False)
    sendgrid_api_host: str = "https://api.sendgrid.com"
    smtp_url: str | None = field(default=None, repr=False)
    outbox: Path = Path("var/outbox")
    workers: int = 4  # batches in flight at once in one dispatcher process
    rate_limit: float = 0.0  # requests per second per process; 0: no limit of our own
    request_timeout: float = 30.0  # seconds to wait for the provider's answer
    lease_seconds: int = 600  # a `sending` row whose lease is older is taken as unknown
    unknown_window_seconds: int = 7200  # an unknown delivery with no provider event after this is resent
    retry_base_seconds: float = 60.0  # a retried delivery waits ~base x 2^(attempt-1), jittered, capped at 1 h
    webhook_public_key: str | None = None  # SendGrid's signed event webhook key (base64 DER, ECDSA P-256)
    webhook_tolerance_seconds: int = 300  # older webhook timestamps are refused (replays)
    api_max_body: int = 1_000_000  # bytes; the event webhook may send up to webhook_max_body
    webhook_max_body: int = 5_000_000

    def audience(self, policy: str) -> AudienceSpec | None:
        return self.audiences.get(policy)


def _int(block: Mapping[str, Any], key: str, default: int, problems: list[Problem], low: int, high: int) -> int:
    value = block.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        problems.append(Problem(f"{CONFIG_FILE} (notifier.{key})", f"must be a whole number from {low} to {high}"))
        return default
    return value


def _secret(root: Path, env: Mapping[str, str]) -> bytes:
    """POLICIES_SECRET_KEY signs every link; without it a local key is made under var/ so the demo runs.

    The local key is fine on a laptop (var/ is git-ignored) but links signed with it stop working when var/
    is deleted, so production must set the variable; `policies tick` logs which one is in use.
    """
    if value := env.get("POLICIES_SECRET_KEY"):
        return value.encode()
    path = root / DEV_SECRET_FILE
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(48), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip().encode()


def _number(
    env: Mapping[str, str], name: str, default: float, problems: list[Problem], low: float, high: float
) -> float:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        value = low - 1
    if not low <= value <= high:
        problems.append(Problem(name, f"must be a number from {low:g} to {high:g}"))
        return default
    return value


def _no_line_breaks(where: str, value: object, problems: list[Problem]) -> None:
    """Header values (sender name, addresses) must not carry CR/LF: that is how headers get injected."""
    if isinstance(value, str) and any(c in value for c in "\r\n\0"):
        problems.append(Problem(where, "must not contain line breaks (they would inject email headers)"))


def _never_send_twice(request_timeout: float, lease_seconds: int, unknown_window: int, problems: list[Problem]) -> None:
    """4 x request timeout < lease < unknown window, or a batch could be sent twice.

    A batch's last attempt may start at lease - 3 x timeout and lasts up to 3 x timeout (connect, write, read),
    so it ends before the lease does; reconcile resends an unknown batch only once the window has passed since
    its lease began. With the window longer than the lease, no resend can overlap a request of the first lease
    (a live dispatcher that is merely slow, or one killed mid-request), and what the window has beyond the lease
    is the time the provider's events have to arrive after that last request.
    """
    if not request_timeout * 4 < lease_seconds < unknown_window:
        problems.append(
            Problem(
                "POLICIES_REQUEST_TIMEOUT, POLICIES_LEASE_SECONDS, POLICIES_UNKNOWN_WINDOW",
                f"must be 4 x POLICIES_REQUEST_TIMEOUT < POLICIES_LEASE_SECONDS < POLICIES_UNKNOWN_WINDOW "
                f"(now 4 x {request_timeout:g} s, {lease_seconds} s, {unknown_window} s): a batch's requests must end "
                "before its lease does, and an unknown outcome may be resent only after the lease, once the "
                "provider's events had time to arrive",
            )
        )


def load(config: Config, env: Mapping[str, str] | None = None) -> Settings:
    env = os.environ if env is None else env
    block = config.section("notifier")
    problems: list[Problem] = []
    root = config.root

    channel = env.get("POLICIES_EMAIL_CHANNEL") or str(block.get("channel") or "file")
    if channel not in CHANNELS:
        problems.append(Problem("POLICIES_EMAIL_CHANNEL", f"'{channel}' is not one of {', '.join(CHANNELS)}"))
    sender = block.get("from") or {}
    sender_email = str(sender.get("email") or "")
    if "@" not in sender_email:
        problems.append(Problem(f"{CONFIG_FILE} (notifier.from.email)", "the sender address is missing"))
    _no_line_breaks(f"{CONFIG_FILE} (notifier.from.email)", sender_email, problems)
    _no_line_breaks(f"{CONFIG_FILE} (notifier.from.name)", sender.get("name"), problems)
    _no_line_breaks(f"{CONFIG_FILE} (notifier.reply_to)", block.get("reply_to"), problems)

    audiences: dict[str, AudienceSpec] = {}
    for policy, spec in (block.get("audiences") or {}).items():
        spec = spec or {}
        where = f"{CONFIG_FILE} (notifier.audiences.{policy})"
        if policy not in config.policies:
            problems.append(Problem(where, f"unknown policy '{policy}'"))
            continue
        kind = spec.get("who", "active_accounts")
        if kind not in AUDIENCE_KINDS:
            problems.append(Problem(where, f"who: '{kind}' is not one of {', '.join(AUDIENCE_KINDS)}"))
            continue
        days = _int(spec, "active_within_days", 365, problems, 1, 3650)
        audiences[policy] = AudienceSpec(kind=kind, active_within_days=days)

    database_url = env.get("DATABASE_URL") or str(block.get("database_url") or "")
    if not database_url:
        database_url = f"sqlite:///{root / 'var' / 'notifier.sqlite3'}"
    api_url = env.get("POLICIES_API_URL") or str(block.get("api_url") or "http://127.0.0.1:8080/")
    if not api_url.endswith("/"):
        api_url += "/"
    ttl = _int(block, "token_ttl_days", 90, problems, 1, 3650)
    batch = _int(block, "batch_size", 1000, problems, 1, 1000)
    if channel == "sendgrid" and not env.get("SENDGRID_API_KEY"):
        problems.append(Problem("SENDGRID_API_KEY", "the sendgrid channel needs an API key in the environment"))
    if channel == "smtp" and not env.get("SMTP_URL"):
        problems.append(Problem("SMTP_URL", "the smtp channel needs SMTP_URL, e.g. smtp://user:pass@host:587"))
    workers = int(_number(env, "POLICIES_DISPATCH_WORKERS", 4, problems, 1, 64))
    rate_limit = _number(env, "POLICIES_RATE_LIMIT", 0, problems, 0, 10_000)
    request_timeout = _number(env, "POLICIES_REQUEST_TIMEOUT", 30, problems, 0.05, 600)
    lease_seconds = int(_number(env, "POLICIES_LEASE_SECONDS", 600, problems, 1, 86_400))
    unknown_window = int(_number(env, "POLICIES_UNKNOWN_WINDOW", 7200, problems, 0, 30 * 86_400))
    retry_base = _number(env, "POLICIES_RETRY_BASE", 60, problems, 0, 3600)
    tolerance = int(_number(env, "POLICIES_WEBHOOK_TOLERANCE", 300, problems, 1, 86_400))
    _never_send_twice(request_timeout, lease_seconds, unknown_window, problems)
    if problems:
        raise PolicyError(problems)
    outbox = Path(env.get("POLICIES_OUTBOX") or block.get("outbox") or "var/outbox")
    return Settings(
        root=root,
        database_url=database_url,
        email_channel=channel,
        sender_email=sender_email,
        sender_name=str(sender.get("name") or config.site_name),
        reply_to=block.get("reply_to"),
        api_url=api_url,
        token_ttl_days=ttl,
        batch_size=batch,
        audiences=audiences,
        secret_key=_secret(root, env),
        api_key=env.get("POLICIES_API_KEY") or None,
        sendgrid_api_key=env.get("SENDGRID_API_KEY") or None,
        sendgrid_api_host=(env.get("SENDGRID_API_HOST") or "https://api.sendgrid.com").rstrip("/"),
        smtp_url=env.get("SMTP_URL") or None,
        outbox=outbox if outbox.is_absolute() else root / outbox,
        workers=workers,
        rate_limit=rate_limit,
        request_timeout=request_timeout,
        lease_seconds=lease_seconds,
        unknown_window_seconds=unknown_window,
        webhook_public_key=env.get("SENDGRID_WEBHOOK_PUBLIC_KEY") or None,
        webhook_tolerance_seconds=tolerance,
        retry_base_seconds=retry_base,
    )
