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
from urllib.parse import urlsplit

from notifier.config.project import CONFIG_FILE, Config, unsafe_characters
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


def _header_text(where: str, value: object, problems: list[Problem]) -> str:
    """A setting that goes into every email's headers: one line of text, whatever shape the YAML gave it.

    A list or a mapping is refused as a whole rather than turned into text: its items would reach the
    header unchecked (a reply_to list once carried a line break and a Bcc: header into every message).
    """
    if value is None:
        return ""
    if isinstance(value, list | dict):
        shape = "list" if isinstance(value, list) else "mapping"
        problems.append(Problem(where, f"must be one line of text, not a {shape}"))
        return ""
    text = str(value)
    if bad := unsafe_characters(text):
        problem = f"must not contain line breaks or other control characters ({bad}): they would inject email headers"
        problems.append(Problem(where, problem))
        return ""
    return text


def _sender(block: Mapping[str, Any], problems: list[Problem]) -> tuple[str, str, str | None]:
    """notifier.from ({email, name}, or a bare address) and notifier.reply_to (one address): email, name, reply-to."""
    sender = block.get("from") or {}
    if isinstance(sender, str):
        sender = {"email": sender}
    email = name = ""
    if not isinstance(sender, dict):
        problems.append(Problem(f"{CONFIG_FILE} (notifier.from)", "must be a mapping {email: …, name: …}"))
    else:
        known = len(problems)
        email = _header_text(f"{CONFIG_FILE} (notifier.from.email)", sender.get("email"), problems)
        if "@" not in email and len(problems) == known:
            problems.append(Problem(f"{CONFIG_FILE} (notifier.from.email)", "the sender address is missing"))
        name = _header_text(f"{CONFIG_FILE} (notifier.from.name)", sender.get("name"), problems)
    reply_to = _header_text(f"{CONFIG_FILE} (notifier.reply_to)", block.get("reply_to"), problems)
    if reply_to and "@" not in reply_to:
        problems.append(Problem(f"{CONFIG_FILE} (notifier.reply_to)", "must be one email address"))
    return email, name, reply_to or None


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
    sender_email, sender_name, reply_to = _sender(block, problems)

    audiences: dict[str, AudienceSpec] = {}
    specs = block.get("audiences") or {}
    if not isinstance(specs, dict):
        problems.append(Problem(f"{CONFIG_FILE} (notifier.audiences)", "must be a mapping: policy -> {who: …}"))
        specs = {}
    for policy, spec in specs.items():
        spec = spec or {}
        where = f"{CONFIG_FILE} (notifier.audiences.{policy})"
        if not isinstance(spec, dict):
            problems.append(Problem(where, "must be a mapping {who: …, active_within_days: …}"))
            continue
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
    if channel == "smtp":
        smtp_problem = _smtp_url_problem(env.get("SMTP_URL") or "")
        if smtp_problem:
            problems.append(Problem("SMTP_URL", smtp_problem))
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
    outbox = Path(env.get("POLICIES_OUTBOX") or str(block.get("outbox") or "var/outbox"))
    return Settings(
        root=root,
        database_url=database_url,
        email_channel=channel,
        sender_email=sender_email,
        sender_name=sender_name or config.site_name,
        reply_to=reply_to,
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


def _smtp_url_problem(url: str) -> str | None:
    """Why SMTP_URL cannot be used, checked once at start-up so no worker meets it with a traceback."""
    example = "e.g. smtp://user:password@host:587?starttls=true or smtps://user:password@host:465"
    if not url:
        return f"the smtp channel needs SMTP_URL, {example}"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - reading it validates it
    except ValueError as exc:
        return f"not a usable address ({exc}); {example}"
    if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
        return f"must start with smtp:// or smtps:// and name a host; {example}"
    return None
