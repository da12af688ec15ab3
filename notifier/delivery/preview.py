"""`policies notify --dry-run`: who would be told of what, and the email each language would get.

Nothing is written: the figures come from the audience queries (minus those already planned) and the
pending deliveries, and the sample email is rendered with links for a made-up user. When several versions
are due, the email that tells them together (what people due all of them get) is shown too.
"""

from __future__ import annotations

from datetime import date

from notifier.config.project import Config
from notifier.config.settings import Settings
from notifier.delivery.audience import audience
from notifier.delivery.dispatch import action_url
from notifier.delivery.emails import ACTIONS, EmailTemplates, link_marker
from notifier.delivery.plan import notifiable_versions
from notifier.delivery.store import Engine, planning
from notifier.publishing.ledger import PolicyVersion
from notifier.publishing.repository import PolicyRepository

SAMPLE_USER = "sample-user"


def dry_run(engine: Engine, repository: PolicyRepository, settings: Settings, as_of: date) -> str:
    config = repository.config
    templates = EmailTemplates(repository.root)
    templates.check(config.languages)
    lines = [f"as of {as_of.isoformat()}, channel {settings.email_channel}"]
    versions = list(notifiable_versions(repository.ledger, config, as_of))
    if not versions:
        lines.append("nothing to notify: no major or rights-reducing version is published and current")
        return "\n".join(lines)
    lines.append(f"{'policy':<10}{'version':<14}{'class':<17}{'locale':<8}{'channel':<10}{'to plan':>9}{'pending':>9}")
    locales: set[str] = set()
    for version in versions:
        lines += _count_lines(engine, settings, config, version, as_of, locales)
    groups = [[version] for version in versions] + ([versions] if len(versions) > 1 else [])
    for group in groups:
        for lang in sorted(locales):
            lines += _sample_email(templates, repository, settings, group, lang)
    return "\n".join(lines)


def _count_lines(
    engine: Engine, settings: Settings, config: Config, version: PolicyVersion, as_of: date, locales: set[str]
) -> list[str]:
    """The table rows of one version: per language, who is still to plan and what is pending; `locales`
    collects the languages seen, for the sample emails."""
    spec = settings.audience(version.policy)
    members = None if spec is None else audience(spec, version.policy, version.version, as_of, config.default_language)
    counts = planning.preview_counts(engine, members, version.policy, version.version)
    head = f"{version.policy:<10}{version.version:<14}{version.change_class!s:<17}"
    if not counts:
        who = "no email audience configured" if spec is None else "nobody to email"
        return [f"{head}({who}; pop-up only)"]
    locales.update(counts)
    return [
        f"{head}{lang:<8}{settings.email_channel:<10}{to_plan:>9}{pending:>9}"
        for lang, (to_plan, pending) in sorted(counts.items())
    ]


def _sample_email(
    templates: EmailTemplates, repository: PolicyRepository, settings: Settings, told: list[PolicyVersion], lang: str
) -> list[str]:
    message = templates.render_together(repository.config, repository.ledger, told, lang)
    keys = [f"{version.policy}/{version.version}" for version in told]
    values = {
        link_marker(action, position): action_url(settings, SAMPLE_USER, key, action)
        for position, key in enumerate(keys)
        for action in ACTIONS
    }
    sample = message.personalise(values)
    together = " (to people due all of them at once, one email)" if len(told) > 1 else ""
    return [
        "",
        f"--- sample email: {' + '.join(keys)}{together}, {lang} (message sha256 {message.sha256[:16]}…) ---",
        f"Subject: {sample.subject}",
        "",
        sample.text.rstrip(),
        f"--- (HTML part: {len(sample.html)} characters) ---",
    ]
