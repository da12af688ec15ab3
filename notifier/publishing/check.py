"""`policies check`: everything that must hold before a release or a build, reported in one run.

Checks the ledger (schema, immutability, texts in git), the variables, the translations and the Markdown.
Each problem is one line naming the file, line or field and what to do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from notifier.analysis.classify import Classification, needs_decision
from notifier.config.project import CONFIG_FILE, LEDGER_DIR
from notifier.problems import PolicyError, Problem, Severity
from notifier.publishing.content import unset_variables
from notifier.publishing.history import sha256
from notifier.publishing.ledger import HISTORY_SETTING, PolicyVersion, published_before_repository
from notifier.publishing.lint import lint
from notifier.publishing.release import classify_texts, describe, working_data
from notifier.publishing.repository import PolicyRepository
from notifier.publishing.translations import change_sync, changed_sections, parse_all, section_sync, suggested_ids


@dataclass(frozen=True)
class PendingChange:
    """Unreleased edits of one policy and the class they would be released with."""

    policy: str
    since: str
    changes: list[str]
    detected: Classification


@dataclass
class CheckReport:
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    pending: list[PendingChange] = field(default_factory=list)


_RECORD_PATH = re.compile(rf"^{LEDGER_DIR}/[^/]+/[^/]+\.yml$")


def check_immutability(repository: PolicyRepository) -> list[Problem]:
    """A release record and its texts never change once committed (T4: proof of what was published)."""
    problems: list[Problem] = []
    history = repository.history
    history_keys, _ = published_before_repository(repository.config)
    for version in repository.ledger.all():
        path = version.record_path
        current = (repository.root / path).read_bytes()
        first = history.first_committed(path)
        if first is None:
            problems.append(Problem(path, "this record is not committed: releases are made with `policies release`"))
            continue
        commit, original = first
        if current != original:
            problems.append(
                Problem(
                    path,
                    f"changed after release (released in commit {commit[:12]}); released versions are "
                    f"immutable: restore it with `git checkout {commit[:12]} -- {path}` and release a new version",
                )
            )
            continue
        released_on = history.commit_day(commit)
        if version.published_at < released_on and version.key not in history_keys:
            problems.append(
                Problem(
                    f"{path} (published_at)",
                    f"published_at {version.published_at} is earlier than the release commit {commit[:12]} of "
                    f"{released_on}: a version is published when it is recorded; remove this record and release "
                    "with `policies release`",
                )
            )
        problems.extend(_released_files_problems(repository, version, commit))
    return problems


def _released_files_problems(repository: PolicyRepository, version: PolicyVersion, commit: str) -> list[Problem]:
    """Each file of a release is in git, matches its sha256, and is the one the release commit holds."""
    problems: list[Problem] = []
    history = repository.history
    path = version.record_path
    release_tree = history.repo.commit(commit).tree
    released_files = [(f"{path} (texts.{lang})", text) for lang, text in version.texts.items()]
    if version.data is not None:
        released_files.append((f"{path} (data)", version.data))
    for where, text in released_files:
        data = history.read_blob(text.blob)
        if data is None:
            problems.append(
                Problem(where, f"released text {text.blob[:12]} is missing from git: run `git fetch --unshallow`")
            )
        elif sha256(data) != text.sha256:
            problems.append(Problem(where, "sha256 does not match the released text in git"))
        else:
            try:
                committed_blob = (release_tree / text.path).hexsha
            except KeyError:
                committed_blob = None
            if committed_blob != text.blob:
                problems.append(
                    Problem(where, f"{text.path} in the release commit {commit[:12]} is not the recorded text")
                )
    return problems


def deleted_records(repository: PolicyRepository) -> list[Problem]:
    """A record ever committed is a release; it may never leave the ledger (its permanent page would vanish)."""
    problems: list[Problem] = []
    for path, commit in repository.history.added_files(LEDGER_DIR).items():
        if _RECORD_PATH.match(path) and not (repository.root / path).exists():
            problems.append(
                Problem(
                    path,
                    f"released in commit {commit[:12]} and deleted since: released versions are permanent; "
                    f"restore it with `git checkout {commit[:12]} -- {path}`",
                )
            )
    return problems


def history_problems(repository: PolicyRepository) -> list[Problem]:
    """Versions declared published before the repository can never start, shorten or reorder a notice.

    So each must be editorial or minor and in force from its publication day, published before every other
    version, and recorded before every other release (nothing can be slipped in as history later).
    """
    listed, problems = published_before_repository(repository.config)
    ledger, history = repository.ledger, repository.history
    versions = {version.key: version for version in ledger.all()}
    regular = [version for version in versions.values() if version.key not in listed]
    for key in sorted(listed):
        old = versions.get(key)
        if old is None:
            problems.append(Problem(f"{CONFIG_FILE} ({HISTORY_SETTING})", f"'{key}' names no released version"))
            continue
        where = old.record_path
        if old.change_class.must_notify or old.effective_at != old.published_at:
            problems.append(
                Problem(
                    where,
                    f"{key} is declared published before this repository: it can only be editorial or "
                    "minor, in force from its publication day; release the change as a new version instead",
                )
            )
        if newer := [v for v in regular if v.published_at <= old.published_at]:
            problems.append(
                Problem(
                    where,
                    f"declared published before this repository but not older than {newer[0].key}: only versions "
                    f"older than every other can be; remove it from {HISTORY_SETTING}",
                )
            )
        old_commit = history.first_committed(where)
        later = history.descendants(old_commit[0]) if old_commit else set()
        for version in regular:
            commit = history.first_committed(version.record_path)
            if commit and commit[0] not in later:
                problems.append(
                    Problem(
                        where,
                        f"listed in {CONFIG_FILE} ({HISTORY_SETTING}) but recorded after the release of "
                        f"{version.policy} {version.version}: only versions recorded before every other release "
                        "can be history; remove this record and its entry",
                    )
                )
                break
    return problems


def integrity_problems(repository: PolicyRepository) -> list[Problem]:
    """What proves the ledger is the one released: nothing the site or a notice relies on was rewritten."""
    problems = list(repository.ledger_problems)
    for rule in (check_immutability, deleted_records, history_problems):
        try:
            problems.extend(rule(repository))
        except PolicyError as error:
            problems.extend(error.problems)
    return problems


def require_intact(repository: PolicyRepository) -> None:
    """Stop a build or a tick before it publishes or emails anything from a ledger that fails its checks."""
    if problems := integrity_problems(repository):
        raise PolicyError(
            [*problems, Problem(LEDGER_DIR, "the ledger fails its integrity checks: fix it (see `policies check`)")]
        )


def _latest_release_review(repository: PolicyRepository, policy: str, report: CheckReport) -> list[str]:
    """Re-read the last release against the one before: the class it was released with, and the detected one."""
    versions = repository.ledger.versions(policy)
    if len(versions) < 2:
        return []
    previous, latest = versions[-2], versions[-1]
    sources = {lang: repository.released_source(latest, lang) for lang in latest.texts}
    detected = classify_texts(repository, previous, sources, repository.released_data(latest), latest.variables)
    if latest.change_class < detected.change_class:
        report.problems.append(
            Problem(
                f"{latest.record_path} (class)",
                f"released as {latest.change_class} but the change reads as {detected.change_class} "
                f"({'; '.join(describe(r) for r in detected.reasons[:3])}): check it was notified",
                Severity.WARNING,
            )
        )
    return [
        f"{policy} {latest.version}: released as {latest.change_class}; detected {detected.change_class}"
        + "".join(f"\n  {describe(reason)}" for reason in detected.reasons)
    ]


def _consent_problems(repository: PolicyRepository) -> list[Problem]:
    """The cookie inventory behind the banner and the cookie table (B8: no lifetime above 13 months)."""
    from notifier.site.consent import load as load_consent

    if not repository.config.section("consent"):
        return []
    return load_consent(repository.config)[1]


def run_check(repository: PolicyRepository) -> CheckReport:
    report = CheckReport(problems=integrity_problems(repository))
    config = repository.config
    report.problems.extend(_consent_problems(repository))
    known = set(config.variables)
    for policy in config.policies:
        try:
            sources = repository.working_sources(policy)
        except PolicyError as error:
            report.problems.extend(error.problems)
            continue
        spec = config.policy(policy)
        working = parse_all(sources)
        suggestions = suggested_ids(working)
        for lang, text in sources.items():
            where = spec.source_path(lang)
            report.problems.extend(lint(text, where, known, frozenset(suggestions[lang])))
            report.problems.extend(unset_variables(text, config, where, lang))
        report.problems.extend(section_sync(config, policy, working))
        latest = repository.ledger.latest(policy)
        if latest is None:
            report.notes.append(f"{policy}: never released")
            continue
        try:
            released = parse_all({lang: repository.released_source(latest, lang) for lang in latest.texts})
        except PolicyError as error:
            report.problems.extend(error.problems)
            continue
        report.problems.extend(change_sync(config, policy, released, working))
        try:
            report.notes.extend(_latest_release_review(repository, policy, report))
        except PolicyError as error:
            report.problems.extend(p for p in error.problems if p not in report.problems)
        changed = [
            f"section {key}"
            for key in sorted(
                set().union(*(changed_sections(released.get(lang), doc) for lang, doc in working.items()))
            )
        ]
        facts = working_data(repository, policy)
        if facts != repository.released_data(latest):
            changed.append(config.policy(policy).data or "data")
        if changed:
            detected = classify_texts(repository, latest, sources, facts)
            report.pending.append(PendingChange(policy, latest.version, changed, detected))
            report.notes.append(
                f"{policy}: unreleased changes since {latest.version} in {', '.join(changed)}; "
                f"detected class: {detected.change_class}"
                + "".join(f"\n  {describe(reason)}" for reason in detected.reasons)
            )
        else:
            report.notes.append(f"{policy}: no change since {latest.version}")
    return report


def pull_request_summary(repository: PolicyRepository, report: CheckReport) -> str:
    """Markdown for a pull request: what would be released, its class and why, and where to read the redline."""
    config = repository.config
    lines = ["## Policy changes", ""]
    if report.problems:
        lines += [f"**{len(report.problems)} problem(s)** to fix before release:", ""]
        lines += [f"- `{problem}`" for problem in report.problems]
        lines.append("")
    if not report.pending:
        lines.append("No unreleased change to any policy.")
    for change in report.pending:
        detected = change.detected
        flags = "".join(
            [" · reconsent" if detected.reconsent else "", " · needs human review" if detected.review else ""]
        )
        lines += [f"### {change.policy}: **{detected.change_class}**{flags}", ""]
        lines.append(f"Changed since {change.since}: {', '.join(f'`{s}`' for s in change.changes)}.")
        if detected.change_class.must_notify:
            lines.append("Users must be told before it takes effect, one calendar month after publication.")
        lines.append("")
        undecided = needs_decision(detected.reasons)
        if undecided:
            lines += ["**Needs your decision**: no rule explains these sentences; read them and set the class.", ""]
            lines += [f"- {describe(reason)}" for reason in undecided] + [""]
        decided = [reason for reason in detected.reasons if reason not in undecided]
        lines += [f"- {describe(reason)}" for reason in decided] or ["- no change of meaning found"]
        lines.append("")
        lines.append(
            f"Redline: `policies diff {change.policy}`; published versions: "
            + ", ".join(f"[{lang}]({config.site_url}{lang}/{change.policy}/archive/)" for lang in config.languages)
        )
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
