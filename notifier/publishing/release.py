"""Releasing a version: validate, write the ledger record, and commit record and texts together.

A release is refused rather than half-done: languages out of sync, unrelated uncommitted changes, a missing
summary, an effective date earlier than the law allows, or nothing to release each stop it before any file
is written, with every reason listed.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Any

from notifier.analysis.change_class import ChangeClass, strongest
from notifier.analysis.classify import REVIEW_RULE, Classification, Reason, classify, classify_cookie_data
from notifier.config.project import CONFIG_FILE
from notifier.config.reader import read_document
from notifier.problems import PolicyError, Problem
from notifier.publishing.content import fill_variables, missing_variables, used_values, variable_uses
from notifier.publishing.history import sha256
from notifier.publishing.ledger import HISTORY_SETTING, PolicyVersion, ReleasedText, published_before_repository
from notifier.publishing.repository import PolicyRepository
from notifier.publishing.schedule import earliest_effective_date, today
from notifier.publishing.translations import change_sync, parse_all, section_sync
from notifier.site.consent import load as load_inventory
from notifier.site.consent import read_inventory


@dataclass(frozen=True)
class ReleaseRequest:
    policy: str
    change_class: ChangeClass | None
    summaries: dict[str, str]
    reasons: tuple[str, ...] = ()
    published_on: date | None = None
    effective_on: date | None = None
    reconsent: bool = False


def describe(reason: Reason) -> str:
    """A reason as one line of the ledger and of `policies check`: rule, section, decisive words."""
    where = f" [{reason.section}]" if reason.section else ""
    if reason.rule == REVIEW_RULE:
        return f"needs your decision{where}: “{reason.new or reason.old}”" + (
            f" (was “{reason.old}”)" if reason.old and reason.new else ""
        )
    words = f": “{reason.old}” → “{reason.new}”" if reason.old or reason.new else ""
    return f"{reason.rule}{where}{words}"


def classify_texts(
    repository: PolicyRepository,
    old: PolicyVersion,
    new_sources: dict[str, str],
    new_data: bytes | None = None,
    new_values: dict[str, dict[str, str]] | None = None,
) -> Classification:
    """The class of the change from released version `old` to `new_sources` (and `new_data`), in every language.

    Each language is classified with its own vocabulary and the strongest class wins, so a change made only
    in the French text is never hidden by an unchanged English one. Where the policy has structured facts (the
    cookie inventory) released with `old`, they are compared as facts too: a new vendor is a new vendor whatever
    the prose says. Reasons quote variables with their values: the release's (`new_values`), else today's.
    """
    role = repository.config.policy(old.policy).role  # the classifier reads a `cookies` policy as trackers
    results = [
        _in_words(
            classify(repository.released_source(old, lang), new_sources[lang], lang=lang, policy=role),
            old.variables.get(lang, {}),
            new_values[lang] if new_values is not None else repository.config.variable_values(lang),
        )
        for lang in old.texts
        if lang in new_sources
    ]
    old_data = repository.released_data(old)
    if old_data is not None and new_data is not None:
        where = repository.config.policy(old.policy).data or old.record_path
        lang = repository.config.default_language
        results.append(classify_cookie_data(_facts(old_data, where, lang), _facts(new_data, where, lang)))
    reasons: list[Reason] = []
    for result in results:
        reasons.extend(r for r in result.reasons if r not in reasons)
    reasons.sort(key=lambda r: r.rule != REVIEW_RULE)  # sentences needing a decision first, in every language
    return Classification(
        change_class=strongest([r.change_class for r in results]),
        reconsent=any(r.reconsent for r in results),
        review=any(r.review for r in results),
        reasons=reasons,
    )


def _facts(raw: bytes, where: str, lang: str) -> Any:
    """The cookie inventory as the classifier compares it: a provider named per language counts as its name in
    `lang`, so translating a provider's name changes no fact."""
    data = read_inventory(raw, where)
    for cookie in data.get("cookies") or [] if isinstance(data, dict) else []:
        if isinstance(cookie, dict) and isinstance(cookie.get("provider"), dict):
            cookie["provider"] = cookie["provider"].get(lang, "")
    return data


def _in_words(result: Classification, old_values: dict[str, str], new_values: dict[str, str]) -> Classification:
    """The reasons quote addresses and links as readers see them, not `{{ name }}`: the texts are compared as
    written (a variable is the same channel whatever its value) and only the quotes are filled in."""
    reasons = [
        dataclasses.replace(r, old=fill_variables(r.old, old_values), new=fill_variables(r.new, new_values))
        for r in result.reasons
    ]
    return dataclasses.replace(result, reasons=reasons)


def working_data(repository: PolicyRepository, policy: str) -> bytes | None:
    """The current structured facts of `policy` (its `data` file in policies.yml), if it has any."""
    path = repository.config.policy(policy).data
    if path is None:
        return None
    file = repository.root / path
    if not file.is_file():
        raise PolicyError(Problem(path, f"file not found: policies.{policy}.data in policies.yml names it"))
    return file.read_bytes()


def _new_variables(repository: PolicyRepository, sources: dict[str, str]) -> set[str]:
    """Variables the texts use that the committed policies.yml does not define yet."""
    committed = repository.history.file_in_commit("HEAD", CONFIG_FILE)
    defined = read_document(committed, CONFIG_FILE).child("variables").value if committed else None
    used = {use.name for text in sources.values() for use in variable_uses(text)}
    return used - set(defined or {})


def next_version_id(repository: PolicyRepository, policy: str, published: date) -> str:
    """The publication date, then .2, .3 … for further releases on the same day."""
    taken = {v.version for v in repository.ledger.versions(policy)}
    candidate, sequence = published.isoformat(), 1
    while candidate in taken:
        sequence += 1
        candidate = f"{published.isoformat()}.{sequence}"
    return candidate


def _publication_day(
    repository: PolicyRepository, request: ReleaseRequest, change_class: ChangeClass, problems: list[Problem]
) -> date:
    """The day the version is published: never before the day of its release commit, so a notice period is
    counted from when the text really appears. Only a version policies.yml declares published before this
    repository may be dated earlier, and then only as one that starts no notice."""
    moment = repository.history.next_commit_time()
    commit_day = moment.date()
    published = request.published_on or max(commit_day, today(repository.config.timezone, moment))
    if published >= commit_day:
        return published
    key = f"{request.policy}/{next_version_id(repository, request.policy, published)}"
    listed, _ = published_before_repository(repository.config)
    if key not in listed:
        problems.append(
            Problem(
                "--on",
                f"{published} is before the day of the release commit ({commit_day}): a version is published when "
                "it is released; leave out --on or give a later day (a version published before this repository "
                f"existed is declared under {HISTORY_SETTING} in policies.yml)",
            )
        )
    elif change_class.must_notify or request.effective_on not in (None, published):
        problems.append(
            Problem(
                "--class",
                f"{key} was published before this repository: it can only be recorded as editorial or minor, "
                "in force from its publication day, so it never starts or shortens a notice",
            )
        )
    elif any(version.key not in listed for version in repository.ledger.all()):
        problems.append(
            Problem("--on", f"{key}: a version published before this repository is recorded before any other release")
        )
    return published


def _working_problems(
    repository: PolicyRepository, policy: str, sources: dict[str, str], facts: bytes | None
) -> list[Problem]:
    """What stops the working texts and data from being released, whatever their class."""
    config = repository.config
    spec = config.policy(policy)
    problems: list[Problem] = list(repository.ledger_problems)
    if spec.data:  # released data is read by every later build: it must be one the banner can show
        problems.extend(load_inventory(config)[1])
    for lang, text in sources.items():
        problems.extend(missing_variables(text, config.variable_values(lang), spec.source_path(lang), lang))
    working = parse_all(sources)
    problems.extend(section_sync(config, policy, working))
    latest = repository.ledger.latest(policy)
    if latest is None:
        return problems
    released = parse_all({lang: repository.released_source(latest, lang) for lang in latest.texts})
    problems.extend(change_sync(config, policy, released, working))
    unchanged = all(sources.get(lang) == repository.released_source(latest, lang) for lang in latest.texts)
    if unchanged and facts == repository.released_data(latest):
        where = spec.source_path(config.default_language)
        problems.append(Problem(where, f"nothing changed since {latest.version}: edit the text first"))
    return problems


def _unrelated_changes(repository: PolicyRepository, policy: str, sources: dict[str, str]) -> list[Problem]:
    """The release commit holds the policy's texts and data (and policies.yml for a new variable), nothing else."""
    config = repository.config
    spec = config.policy(policy)
    allowed = {spec.source_path(lang) for lang in config.languages} | ({spec.data} if spec.data else set())
    if _new_variables(repository, sources):
        allowed.add(CONFIG_FILE)  # committed with the texts that need it
    unrelated = [p for p in repository.history.uncommitted_paths() if p not in allowed]
    if not unrelated:
        return []
    listed = f"{', '.join(unrelated[:5])}{' …' if len(unrelated) > 5 else ''}"
    return [
        Problem(unrelated[0], f"uncommitted changes unrelated to this release ({listed}): commit or stash them first")
    ]


def _decide_class(request: ReleaseRequest, detected: Classification | None, problems: list[Problem]) -> ChangeClass:
    """The editor's class, else the detected one; lowering the detected class needs a reason."""
    change_class = request.change_class or (detected.change_class if detected else None)
    if change_class is None:  # a first version has nothing to compare with: the editor gives its class
        raise PolicyError(Problem("--class", f"the first release of {request.policy} needs --class"))
    if detected and change_class < detected.change_class and not request.reasons:
        found = "; ".join(describe(r) for r in detected.reasons[:3])
        problems.append(
            Problem(
                "--class",
                f"{change_class} is lower than the detected class {detected.change_class} ({found}): "
                "give --reason to explain why",
            )
        )
    return change_class


def _summaries(
    languages: tuple[str, ...], request: ReleaseRequest, change_class: ChangeClass, problems: list[Problem]
) -> dict[str, str]:
    """One summary per site language, required for a release users are told of."""
    summaries = {lang: text.strip() for lang, text in request.summaries.items() if text.strip()}
    for lang in summaries:
        if lang not in languages:
            problems.append(Problem(f"--summary {lang}=…", f"'{lang}' is not a site language ({', '.join(languages)})"))
    for lang in languages if change_class.must_notify else ():
        if lang not in summaries:
            message = f"a {change_class} release needs a summary of the changes in {lang}; users are told it"
            problems.append(Problem(f"--summary {lang}=…", message))
    return {lang: summaries[lang] for lang in languages if lang in summaries}


def _effective_day(
    request: ReleaseRequest,
    change_class: ChangeClass,
    published: date,
    latest: PolicyVersion | None,
    problems: list[Problem],
) -> date:
    """T1's earliest day for the class, and never before the previous version takes effect (they go in order)."""
    earliest = earliest_effective_date(published, change_class)
    earliest_in_order = earliest
    if latest is not None:
        if published < latest.published_at:
            problems.append(Problem("--on", f"{published} is before the last release {latest.version}"))
        earliest_in_order = max(earliest, latest.effective_at)  # a release after a pending major one waits
    effective = request.effective_on or earliest_in_order
    if effective < earliest:
        problems.append(
            Problem(
                "--effective-on",
                f"{effective} is too early: a {change_class} change published on {published} "
                f"takes effect on {earliest} at the earliest (T1)",
            )
        )
    elif effective < earliest_in_order:
        problems.append(
            Problem("--effective-on", f"{effective} is before the previous version takes effect ({earliest_in_order})")
        )
    return effective


def _stored(repository: PolicyRepository, path: str, content: bytes) -> ReleasedText:
    """A released file put in git's object store: its path, blob id and sha256 prove it later."""
    return ReleasedText(path=path, blob=repository.history.store_blob(content), sha256=sha256(content))


def prepare(repository: PolicyRepository, request: ReleaseRequest) -> PolicyVersion:
    """Everything a release needs, validated; nothing is written."""
    config = repository.config
    spec = config.policy(request.policy)
    sources = repository.working_sources(request.policy)
    facts = working_data(repository, request.policy)
    problems = _working_problems(repository, request.policy, sources, facts)
    problems.extend(_unrelated_changes(repository, request.policy, sources))
    latest = repository.ledger.latest(request.policy)
    detected = classify_texts(repository, latest, sources, facts) if latest is not None else None
    change_class = _decide_class(request, detected, problems)
    summaries = _summaries(config.languages, request, change_class, problems)
    published = _publication_day(repository, request, change_class, problems)
    effective = _effective_day(request, change_class, published, latest, problems)
    if problems:
        raise PolicyError(problems)
    return PolicyVersion(
        policy=request.policy,
        data=_stored(repository, spec.data, facts) if spec.data and facts is not None else None,
        version=next_version_id(repository, request.policy, published),
        published_at=published,
        effective_at=effective,
        change_class=change_class,
        detected_class=detected.change_class if detected else None,
        reasons=(*request.reasons, *(describe(r) for r in detected.reasons)) if detected else request.reasons,
        reconsent=request.reconsent or bool(detected and detected.reconsent),
        summary=summaries,
        texts={
            lang: _stored(repository, spec.source_path(lang), text.encode("utf-8")) for lang, text in sources.items()
        },
        variables={lang: used_values(text, config.variable_values(lang)) for lang, text in sources.items()},
    )


def release(repository: PolicyRepository, request: ReleaseRequest) -> tuple[PolicyVersion, str]:
    """Write the record and make the release commit (record and texts together); return it and the commit id."""
    version = prepare(repository, request)
    record = repository.root / version.record_path
    record.parent.mkdir(parents=True, exist_ok=True)
    record.write_text(version.to_yaml(), encoding="utf-8")
    paths = [version.record_path, *(t.path for t in version.texts.values())]
    if version.data is not None:
        paths.append(version.data.path)
    if CONFIG_FILE in repository.history.uncommitted_paths():  # a new variable the texts need (see prepare)
        paths.append(CONFIG_FILE)
    message = f"Release {version.policy} {version.version} ({version.change_class}, effective {version.effective_at})"
    if version.summary:
        message += "\n\n" + "\n".join(f"{lang}: {text}" for lang, text in version.summary.items())
    try:
        commit = repository.history.commit(paths, message)
    except Exception:
        record.unlink(missing_ok=True)
        raise
    return version, commit
