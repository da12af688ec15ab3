"""The notifier's settings: the `notifier:` block of policies.yml, then environment overrides.

What the legal team decides (who is told of which policy, the sender, how long a link stays valid) is
reviewed in git with the policies; what differs per deployment (database, mail account, secrets) comes from
the environment so that no secret is ever committed. Every bad value is reported at once, by file, line and key
(policies.yml) or by variable (environment). Reading them writes nothing: the demo key is made by
`policies keys --demo`.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from notifier.config.project import Config, unsafe_characters
from notifier.config.reader import INVALID, Block, Choice, Entry, Field, Kind, MappingOf, Scalar, Text, Unfit, Whole
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
    signing_key: bytes | None = field(default=None, repr=False)  # POLICIES_SECRET_KEY, else the demo key

    def audience(self, policy: str) -> AudienceSpec | None:
        return self.audiences.get(policy)

    @property
    def secret_key(self) -> bytes:
        """The key every link is signed with; only the commands that sign or check links need one, and
        without it they stop with what to do (see check_signing_key)."""
        if self.signing_key is None:
            raise PolicyError(NO_SECRET)
        return self.signing_key

    def check_signing_key(self) -> None:
        """Stop with what to do when there is no key, before anything is planned or sent."""
        self.secret_key  # noqa: B018 - reading it is the check


class _HeaderText(Scalar):
    """A setting that goes into every email's headers: one line of text, whatever shape the YAML gave it.

    A list or a mapping is refused as a whole rather than turned into text: its items would reach the
    header unchecked (a reply_to list once carried a line break and a Bcc: header into every message).
    """

    def convert(self, value: Any) -> str:
        text = Text(hint="one line of text").convert(value)
        if bad := unsafe_characters(text):
            raise Unfit(
                f"must not contain line breaks or other control characters ({bad}): they would inject email headers"
            )
        return text


def _check_sender(sender: dict[str, Any], entry: Entry, problems: list[Problem]) -> None:
    if "@" not in sender["email"] and not entry.child("email").reported(problems):
        problems.append(entry.child("email").problem("the sender address is missing"))


class _Sender(Kind):
    """notifier.from: {email, name}, or a bare address."""

    block = Block(
        {"email": Field(_HeaderText(), default=""), "name": Field(_HeaderText(), default="")},
        hint="a mapping {email: …, name: …}",
        check=_check_sender,
    )

    def read(self, entry: Entry, problems: list[Problem]) -> Any:
        if isinstance(entry.value, str):
            entry = Entry(entry.file, {"email": entry.value}, entry.node, entry.path, entry.key_node)
        return self.block.read(entry, problems)


def _check_reply_to(block: dict[str, Any], entry: Entry, problems: list[Problem]) -> None:
    if block["reply_to"] and "@" not in block["reply_to"]:
        problems.append(entry.child("reply_to").problem("must be one email address"))


AUDIENCE = Block(
    {
        "who": Field(Choice(AUDIENCE_KINDS), default="active_accounts"),
        "active_within_days": Field(Whole(1, 3650), default=365),
    },
    hint="a mapping {who: …, active_within_days: …}",
)
NOTIFIER = Block(
    {
        "channel": Field(Choice(CHANNELS), default="file"),
        "from": Field(_Sender(), default={"email": "", "name": ""}, read_absent=True),
        "reply_to": Field(_HeaderText(), default=""),
        "api_url": Field(Text(), default="http://127.0.0.1:8080/"),
        "token_ttl_days": Field(Whole(1, 3650), default=90),
        "audiences": Field(MappingOf(AUDIENCE, hint="a mapping: policy -> {who: …}"), default={}),
        "database_url": Field(Text(), default=""),
        "outbox": Field(Text(), default="var/outbox"),
        "batch_size": Field(Whole(1, 1000), default=1000),
    },
    hint="a mapping of the notifier's settings",
    check=_check_reply_to,
)


def _audiences(config: Config, read: dict[str, dict[str, Any]], problems: list[Problem]) -> dict[str, AudienceSpec]:
    """Who is emailed for each configured policy; an audience for a policy that does not exist is refused."""
    audiences: dict[str, AudienceSpec] = {}
    for policy, spec in read.items():
        if policy not in config.policies:
            problems.append(
                config.entry("notifier").child("audiences").child(policy).problem(f"unknown policy '{policy}'")
            )
            continue
        audiences[policy] = AudienceSpec(kind=spec["who"], active_within_days=spec["active_within_days"])
    return audiences


def read_secret(root: Path, env: Mapping[str, str]) -> bytes | None:
    """POLICIES_SECRET_KEY, which signs every link, or else the demo key `policies keys --demo` wrote."""
    if value := env.get("POLICIES_SECRET_KEY"):
        return value.encode()
    path = root / DEV_SECRET_FILE
    return path.read_text(encoding="utf-8").strip().encode() if path.is_file() else None


def write_demo_secret(root: Path) -> bool:
    """Make the local key a demo signs its links with (var/secret.key), unless there is one; True if made.

    Fine on a laptop (var/ is git-ignored), but links signed with it stop working when var/ is deleted, so
    production sets POLICIES_SECRET_KEY; `policies tick` logs which one is in use.
    """
    path = root / DEV_SECRET_FILE
    if path.is_file():
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(secrets.token_urlsafe(48), encoding="utf-8")
    path.chmod(0o600)
    return True


NO_SECRET = Problem(
    "POLICIES_SECRET_KEY",
    f"not set, and no demo key in {DEV_SECRET_FILE}: set it in production, or run `policies keys --demo` "
    "to make a local key for a demo",
)


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


def _channel(env: Mapping[str, str], block: dict[str, Any], problems: list[Problem]) -> str:
    """The email channel (POLICIES_EMAIL_CHANNEL over notifier.channel) and the credentials it needs."""
    channel = env.get("POLICIES_EMAIL_CHANNEL") or block["channel"]
    if channel not in CHANNELS:
        problems.append(Problem("POLICIES_EMAIL_CHANNEL", f"'{channel}' is not one of {', '.join(CHANNELS)}"))
    if channel == "sendgrid" and not env.get("SENDGRID_API_KEY"):
        problems.append(Problem("SENDGRID_API_KEY", "the sendgrid channel needs an API key in the environment"))
    if channel == "smtp" and (smtp_problem := _smtp_url_problem(env.get("SMTP_URL") or "")):
        problems.append(Problem("SMTP_URL", smtp_problem))
    return str(channel)


def _tuning(env: Mapping[str, str], problems: list[Problem]) -> dict[str, Any]:
    """The dispatcher's pace and patience, from the environment, checked against each other."""
    tuning: dict[str, Any] = {
        "workers": int(_number(env, "POLICIES_DISPATCH_WORKERS", 4, problems, 1, 64)),
        "rate_limit": _number(env, "POLICIES_RATE_LIMIT", 0, problems, 0, 10_000),
        "request_timeout": _number(env, "POLICIES_REQUEST_TIMEOUT", 30, problems, 0.05, 600),
        "lease_seconds": int(_number(env, "POLICIES_LEASE_SECONDS", 600, problems, 1, 86_400)),
        "unknown_window_seconds": int(_number(env, "POLICIES_UNKNOWN_WINDOW", 7200, problems, 0, 30 * 86_400)),
        "retry_base_seconds": _number(env, "POLICIES_RETRY_BASE", 60, problems, 0, 3600),
        "webhook_tolerance_seconds": int(_number(env, "POLICIES_WEBHOOK_TOLERANCE", 300, problems, 1, 86_400)),
    }
    _never_send_twice(tuning["request_timeout"], tuning["lease_seconds"], tuning["unknown_window_seconds"], problems)
    return tuning


def _addresses(root: Path, env: Mapping[str, str], block: dict[str, Any]) -> dict[str, Any]:
    """Where the notifier stores, links and writes: the environment over policies.yml over the defaults."""
    api_url = env.get("POLICIES_API_URL") or block["api_url"]
    outbox = Path(env.get("POLICIES_OUTBOX") or block["outbox"])
    return {
        "database_url": env.get("DATABASE_URL")
        or block["database_url"]
        or f"sqlite:///{root / 'var' / 'notifier.sqlite3'}",
        "api_url": api_url if api_url.endswith("/") else api_url + "/",
        "outbox": outbox if outbox.is_absolute() else root / outbox,
        "sendgrid_api_host": (env.get("SENDGRID_API_HOST") or "https://api.sendgrid.com").rstrip("/"),
    }


def load(config: Config, env: Mapping[str, str] | None = None) -> Settings:
    """The settings, every problem listed at once; reading them writes nothing (see `policies keys --demo`).

    A missing signing key is reported by the commands that sign or check links (Settings.secret_key), so
    the others (importing users, consent records, status) run without one.
    """
    env = os.environ if env is None else env
    problems: list[Problem] = []
    block = NOTIFIER.read(config.entry("notifier"), problems)
    if block is INVALID:
        raise PolicyError(problems)
    channel = _channel(env, block, problems)
    audiences = _audiences(config, block["audiences"], problems)
    tuning = _tuning(env, problems)
    if problems:
        raise PolicyError(problems)
    return Settings(
        root=config.root,
        email_channel=channel,
        sender_email=block["from"]["email"],
        sender_name=block["from"]["name"] or config.site_name,
        reply_to=block["reply_to"] or None,
        token_ttl_days=block["token_ttl_days"],
        batch_size=block["batch_size"],
        audiences=audiences,
        signing_key=read_secret(config.root, env),
        api_key=env.get("POLICIES_API_KEY") or None,
        sendgrid_api_key=env.get("SENDGRID_API_KEY") or None,
        smtp_url=env.get("SMTP_URL") or None,
        webhook_public_key=env.get("SENDGRID_WEBHOOK_PUBLIC_KEY") or None,
        **_addresses(config.root, env, block),
        **tuning,
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
