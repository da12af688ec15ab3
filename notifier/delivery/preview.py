"""`policies notify --dry-run`: who would be told of what, and the email each language would get.

Nothing is written: the figures come from the audience queries (minus those already planned) and the
pending deliveries, and the sample email is rendered with links for a made-up user.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, exists, func, select
from sqlalchemy.engine import Engine

from notifier.config.settings import Settings
from notifier.delivery import store
from notifier.delivery.audience import audience_conditions, locale_column
from notifier.delivery.dispatch import action_url
from notifier.delivery.emails import ACCEPT_MARKER, ACK_MARKER, EmailTemplates
from notifier.delivery.model import DeliveryState
from notifier.delivery.plan import notifiable_versions
from notifier.publishing.repository import PolicyRepository

SAMPLE_USER = "sample-user"


def dry_run(engine: Engine, repository: PolicyRepository, settings: Settings, as_of: date) -> str:
    config, ledger = repository.config, repository.ledger
    templates = EmailTemplates(repository.root)
    templates.check(config.languages)
    lines = [f"as of {as_of.isoformat()}, channel {settings.email_channel}"]
    versions = list(notifiable_versions(ledger, config, as_of))
    if not versions:
        lines.append("nothing to notify: no major or rights-reducing version is published and current")
        return "\n".join(lines)
    lines.append(f"{'policy':<10}{'version':<14}{'class':<17}{'locale':<8}{'channel':<10}{'to plan':>9}{'pending':>9}")
    users, d, n = store.users, store.deliveries, store.notices
    locales: set[str] = set()
    with engine.connect() as conn:
        for version in versions:
            spec = settings.audience(version.policy)
            counts: dict[str, list[int]] = {}
            if spec is not None:
                planned = exists().where(
                    d.c.user_id == users.c.id,
                    d.c.notice_id == n.c.id,
                    n.c.policy == version.policy,
                    n.c.version == version.version,
                )
                locale = locale_column(config.default_language).label("locale")
                where = [*audience_conditions(spec, version.policy, version.version, as_of), ~planned]
                for row in conn.execute(
                    select(locale, func.count()).select_from(users).where(and_(*where)).group_by(locale)
                ):
                    counts.setdefault(row[0], [0, 0])[0] = row[1]
            for row in conn.execute(
                select(d.c.locale, func.count())
                .join(n, n.c.id == d.c.notice_id)
                .where(n.c.policy == version.policy, n.c.version == version.version)
                .where(d.c.status == DeliveryState.PENDING)
                .group_by(d.c.locale)
            ):
                counts.setdefault(row[0], [0, 0])[1] = row[1]
            if not counts:
                audience = "no email audience configured" if spec is None else "nobody to email"
                lines.append(
                    f"{version.policy:<10}{version.version:<14}{version.change_class!s:<17}({audience}; pop-up only)"
                )
            for lang, (to_plan, pending) in sorted(counts.items()):
                locales.add(lang)
                lines.append(
                    f"{version.policy:<10}{version.version:<14}{version.change_class!s:<17}{lang:<8}"
                    f"{settings.email_channel:<10}{to_plan:>9}{pending:>9}"
                )
        for version in versions:
            for lang in sorted(locales):
                message = templates.render(config, ledger, version, lang)
                notice = f"{version.policy}/{version.version}"
                values = {
                    ACK_MARKER: action_url(settings, SAMPLE_USER, notice, "acknowledge"),
                    ACCEPT_MARKER: action_url(settings, SAMPLE_USER, notice, "accept"),
                }
                sample = message.personalise(values)
                lines += [
                    "",
                    f"--- sample email: {notice}, {lang} (message sha256 {message.sha256[:16]}…) ---",
                    f"Subject: {sample.subject}",
                    "",
                    sample.text.rstrip(),
                    f"--- (HTML part: {len(sample.html)} characters) ---",
                ]
    return "\n".join(lines)
