"""Small helpers the scenarios share: import the sample users, run a tick on a channel, read an outbox."""

from __future__ import annotations

import email
import re
from datetime import date
from email.message import Message
from pathlib import Path

import pytest

from notifier.analysis.change_class import ChangeClass
from notifier.delivery.channels import make_channel
from notifier.delivery.tick import TickResult, tick
from notifier.delivery.users import ImportReport, import_users
from notifier.publishing.release import ReleaseRequest, release
from notifier.site.build import build_site

# examples/users.csv as of 2026-11-21 with privacy's audience "active in the last 365 days": u-0008 has no
# locale (default en); u-0005, 0009, 0012, 0017 and 0020 are inactive.
EXPECTED_PRIVACY = {
    "en": {"u-0002", "u-0004", "u-0006", "u-0008", "u-0010", "u-0014", "u-0018"},
    "fr": {"u-0001", "u-0003", "u-0007", "u-0011", "u-0013", "u-0015", "u-0019"},
}


def import_sample(world) -> ImportReport:
    path = world.root / "examples" / "users.csv"
    return import_users(world.engine, path, world.repository.config, world.repository.ledger)


def release_rights_reducing_cookies(world, on: date) -> None:
    """A cookie release adding an advertising partner, published on `on`: users must accept it explicitly.

    The release commit is dated that day too: a publication date before its commit is refused (a backdated
    release could shorten the notice period).
    """
    with pytest.MonkeyPatch.context() as env:
        env.setenv("GIT_COMMITTER_DATE", f"{on.isoformat()}T12:00:00+01:00")
        release(
            world.repository,
            ReleaseRequest(
                policy="cookies",
                change_class=ChangeClass.RIGHTS_REDUCING,
                summaries={"en": "We add an advertising partner.", "fr": "Nous ajoutons un partenaire publicitaire."},
                reasons=("R15: new vendor",),
                published_on=on,
            ),
        )


def run_tick(world, on: date) -> TickResult:
    channel = make_channel(world.settings)
    try:
        return tick(world.engine, world.repository, world.settings, channel, on)
    finally:
        channel.close()


def outbox(world) -> list[Message]:
    return [email.message_from_bytes(p.read_bytes()) for p in sorted(Path(world.settings.outbox).rglob("*.eml"))]


def text_part(message: Message) -> str:
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            return part.get_payload(decode=True).decode("utf-8")
    raise AssertionError("no text/plain part")


def tick_and_build(world, on: date, site_dir: Path) -> TickResult:
    """A tick as `policies tick` runs it: the site is rebuilt into `site_dir` when the tick says it changed."""
    result = run_tick(world, on)
    if result.site_changed:
        build_site(world.root, site_dir=site_dir, as_of=on)
    return result


def dead_links(messages: list[Message], world, site_dir: Path) -> list[str]:
    """Every link of `messages` to the policy site that has no page in the built site (the API's are served)."""
    site_url, api_url = world.repository.config.site_url, world.settings.api_url
    missing: set[str] = set()
    for message in messages:
        for part in message.walk():
            if part.get_content_maintype() != "text":
                continue
            body = part.get_payload(decode=True).decode("utf-8")
            for link in re.findall(r"https?://[^\s\"'<>)]+", body):
                if not link.startswith(site_url) or link.startswith(api_url):
                    continue
                path = link.removeprefix(site_url).split("#")[0]
                target = site_dir / path
                if not (target / "index.html" if not path or path.endswith("/") else target).is_file():
                    missing.add(link)
    return sorted(missing)
