"""A user's pending notices and their acknowledgements: the pop-up's data and the record of its answers.

Pending means: a major or rights-reducing version that is current (in force or upcoming), which the user
has not acknowledged (major) or accepted (rights_reducing; continued use is not consent, T5), and whose
version they did not already accept. This is independent of email: users outside the email audience see
the same notices as a pop-up on their next visit (T3).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from notifier.analysis.change_class import ChangeClass
from notifier.config.project import Config
from notifier.delivery.plan import notifiable_versions
from notifier.delivery.store import Engine, answers
from notifier.problems import PolicyError
from notifier.publishing.ledger import PolicyVersion
from notifier.publishing.repository import PolicyRepository
from notifier.site.links import policy_links

CHANNELS = ("email_link", "popup", "api")


class NotFound(Exception):
    pass


@dataclass(frozen=True)
class UserRef:
    id: str
    locale: str


def find_user(engine: Engine, repository: PolicyRepository, user_id: str) -> UserRef:
    found = answers.find_user(engine, user_id)
    if found is None:
        raise NotFound("unknown user")  # the id is not echoed: errors carry no personal data
    return UserRef(found.id, found.locale or repository.config.default_language)


def notice_language(user: UserRef, version: PolicyVersion, config: Config) -> str:
    """The user's language when the version has a text in it, else the site's default language."""
    return user.locale if user.locale in version.texts else config.default_language


def needed_action(change_class: ChangeClass) -> str:
    return "accept" if change_class is ChangeClass.RIGHTS_REDUCING else "acknowledge"


def pending_notices(engine: Engine, repository: PolicyRepository, user: UserRef, on: date) -> list[dict[str, Any]]:
    config, ledger = repository.config, repository.ledger
    done = answers.answers_of(engine, user.id)
    notices = []
    for version in notifiable_versions(ledger, config, on):
        action = needed_action(version.change_class)
        answered = (version.policy, version.version)
        if answered in done.accepted or (*answered, action) in done.acknowledged:
            continue
        lang = notice_language(user, version, config)
        links = policy_links(config, ledger, version, lang)
        notices.append(
            {
                "notice": f"{version.policy}/{version.version}",
                "policy": version.policy,
                "version": version.version,
                "title": config.policy(version.policy).titles.get(lang, version.policy),
                "change_class": str(version.change_class),
                "locale": lang,
                "summary": version.summary.get(lang, ""),
                "published_at": version.published_at.isoformat(),
                "effective_at": version.effective_at.isoformat(),
                "version_url": links.version_url,
                "redline_url": links.redline_url,
                "content_sha256": version.texts[lang].sha256,
                "required_action": action,
            }
        )
    return notices


def record(
    engine: Engine, repository: PolicyRepository, user: UserRef, notice: str, action: str, channel: str
) -> tuple[dict[str, Any], bool]:
    """Record an acknowledgement or acceptance; returns it and whether it is new (repeats change nothing)."""
    if channel not in CHANNELS:
        raise ValueError(f"channel must be one of {', '.join(CHANNELS)}")
    if action not in ("acknowledge", "accept"):
        raise ValueError("action must be acknowledge or accept")
    policy, _, version_id = notice.partition("/")
    try:
        version = repository.ledger.get(policy, version_id)
    except PolicyError as exc:
        raise NotFound(f"no released version {notice!r}") from exc
    lang = notice_language(user, version, repository.config)
    answer = answers.Answer(user.id, policy, version_id, action, channel, lang, version.texts[lang].sha256)
    row, created = answers.record_answer(engine, answer)
    at = row["at"]
    return {
        "user_id": row["user_id"],
        "notice": notice,
        "policy": row["policy"],
        "version": row["version"],
        "action": row["action"],
        "channel": row["channel"],
        "locale": row["locale"],
        "content_sha256": row["content_sha256"],
        "at": at.isoformat() + "Z" if isinstance(at, datetime) else str(at),
    }, created
