"""The legal editor's commands: check, release, timeline (and diff)."""

from __future__ import annotations

import sys
from datetime import date

import click

from notifier.analysis.change_class import ChangeClass
from notifier.cli.common import DATE, EXIT_PROBLEMS
from notifier.problems import Severity
from notifier.publishing.ledger import PolicyVersion
from notifier.publishing.repository import PolicyRepository
from notifier.publishing.schedule import Timeline, today


@click.command()
@click.option("--markdown", is_flag=True, help="Print a summary for a pull request (class, reasons, redline links).")
def check(markdown: bool) -> None:
    """Check the ledger, variables, translations and Markdown; show the detected class of unreleased changes.

    \b
    Exit codes: 0 no problem, 1 problems listed on standard error (warnings alone do not fail).
    """
    from notifier.publishing.check import pull_request_summary, run_check

    repository = PolicyRepository.open(strict=False)
    report = run_check(repository)
    if markdown:
        click.echo(pull_request_summary(repository, report))
        sys.exit(EXIT_PROBLEMS if any(p.severity is Severity.ERROR for p in report.problems) else 0)
    for note in report.notes:
        click.echo(note)
    failures = [p for p in report.problems if p.severity is Severity.ERROR]
    for problem in report.problems:
        click.echo(str(problem), err=True)
    if failures:
        click.echo(f"{len(failures)} problem(s) found", err=True)
        sys.exit(EXIT_PROBLEMS)
    versions = sum(1 for _ in repository.ledger.all())
    click.echo(f"ok: {len(repository.config.policies)} policies, {versions} released versions checked")


@click.command()
@click.argument("policy")
@click.option(
    "--on",
    "published_on",
    type=DATE,
    help="Publication date (default: today in Europe/Paris); never before the day of the release commit.",
)
@click.option(
    "--class",
    "change_class",
    type=click.Choice([c.value for c in ChangeClass]),
    help="The class of the change (default: the detected class; lowering it needs --reason).",
)
@click.option("--reason", "reasons", multiple=True, help="Why this class; repeat for several reasons.")
@click.option(
    "--summary",
    "summaries",
    multiple=True,
    metavar="LANG=TEXT",
    help="What changes, per language (required for major and rights_reducing).",
)
@click.option("--effective-on", type=DATE, help="Take effect later than the earliest allowed date.")
@click.option("--reconsent", is_flag=True, help="Cookie policy: earlier consent no longer covers the processing.")
def release(
    policy: str,
    published_on: date | None,
    change_class: str | None,
    reasons: tuple[str, ...],
    summaries: tuple[str, ...],
    effective_on: date | None,
    reconsent: bool,
) -> None:
    """Release POLICY: write its ledger record and commit it with the texts.

    \b
    The class defaults to the one detected against the last release; the editor may raise it, and lowering
    it needs --reason (both classes and the reasons are recorded).
    Refused (exit 1, nothing written) when languages are out of sync, unrelated files have uncommitted
    changes, a required summary is missing, the class is lowered without a reason, the effective date is
    too early, or --on is a past day (except for a version policies.yml declares published before this
    repository: ledger.published_before_repository).
    """
    from notifier.publishing.release import ReleaseRequest
    from notifier.publishing.release import release as do_release

    parsed: dict[str, str] = {}
    for item in summaries:
        lang, sep, text = item.partition("=")
        if not sep:
            raise click.BadParameter(f"'{item}' must be written LANG=TEXT", param_hint="--summary")
        parsed[lang.strip()] = text
    repository = PolicyRepository.open()
    request = ReleaseRequest(
        policy=policy,
        change_class=ChangeClass(change_class) if change_class else None,
        summaries=parsed,
        reasons=reasons,
        published_on=published_on,
        effective_on=effective_on,
        reconsent=reconsent,
    )
    version, commit = do_release(repository, request)
    for reason in version.reasons:  # the sentences no rule explained come first: the editor decided on them
        if reason.startswith("needs your decision"):
            click.echo(reason)
    click.echo(
        f"released {version.policy} {version.version}: {version.change_class}, published {version.published_at}, "
        f"effective {version.effective_at} (commit {commit[:12]})"
    )


@click.command()
@click.argument("policy")
@click.option("--from", "from_version", metavar="VERSION", help="Old side (default: the last release).")
@click.option("--to", "to_version", metavar="VERSION", help="New side (default: the working texts).")
@click.option("--lang", "langs", multiple=True, help="Only this language (repeatable; default: all).")
@click.option("--color/--no-color", default=None, help="Colour the redline (default: when writing to a terminal).")
def diff(
    policy: str, from_version: str | None, to_version: str | None, langs: tuple[str, ...], color: bool | None
) -> None:
    """Redline of the working texts against the last release, or between two released versions."""
    from notifier.analysis.diff import align, render_terminal

    repository = PolicyRepository.open()
    config = repository.config
    config.policy(policy)
    ledger = repository.ledger
    old = ledger.get(policy, from_version) if from_version else ledger.latest(policy)
    new = ledger.get(policy, to_version) if to_version else None
    for lang in langs:
        if lang not in config.languages:
            raise click.BadParameter(f"'{lang}' is not one of {', '.join(config.languages)}", param_hint="--lang")
    use_color = sys.stdout.isatty() if color is None else color
    for lang in langs or config.languages:
        old_text = repository.released_markdown(old, lang) if old and lang in old.texts else ""
        new_text = repository.released_markdown(new, lang) if new else repository.working_markdown(policy, lang)
        old_name = old.version if old else "nothing released"
        new_name = new.version if new else "working text"
        click.echo(f"=== {policy} [{lang}] {old_name} → {new_name}")
        click.echo(render_terminal(align(old_text, new_text), color=use_color))


@click.command()
@click.argument("policy", required=False)
@click.option("--as-of", type=DATE, help="The day to answer for (default: today in Europe/Paris).")
def timeline(policy: str | None, as_of: date | None) -> None:
    """List versions with their dates and class, and which one is in force or upcoming."""
    repository = PolicyRepository.open()
    config = repository.config
    on = as_of or today(config.timezone)
    names = [config.policy(policy).name] if policy else list(config.policies)
    click.echo(f"as of {on.isoformat()}")
    for name in names:
        click.echo(f"\n{name}")
        versions = repository.ledger.versions(name)
        if not versions:
            click.echo("  no released version")
            continue
        states = {lang: repository.ledger.timeline(name, lang, on) for lang in config.languages}
        click.echo(f"  {'version':<14}{'published':<12}{'effective':<12}{'class':<17}status")
        for version in versions:
            click.echo(
                f"  {version.version:<14}{version.published_at.isoformat():<12}{version.effective_at.isoformat():<12}"
                f"{version.change_class:<17}{_status(version, states)}"
            )


def _status(version: PolicyVersion, states: dict[str, Timeline]) -> str:
    """How `version` stands on the day asked; languages are named only where they differ."""
    parts = []
    for label, langs in (
        ("in force", [lang for lang, state in states.items() if state.in_force is version]),
        ("upcoming", [lang for lang, state in states.items() if version in state.upcoming]),
    ):
        if langs:
            parts.append(label + ("" if len(langs) == len(states) else f" ({', '.join(sorted(langs))})"))
    if parts:
        return "; ".join(parts)
    on = next(iter(states.values())).on
    return "not yet published" if version.published_at > on else "superseded"
