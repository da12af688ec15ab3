"""Releasing a version: validate, write the ledger record, and commit record and texts together.

A release is refused rather than half-done: languages out of sync, unrelated uncommitted changes, a missing
summary, an effective date earlier than the law allows, or nothing to release each stop it before any file
is written, with every reason listed.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from notifier.analysis.change_class import ChangeClass, strongest
from notifier.analysis.classify import REVIEW_RULE, Classification, Reason, classify, classify_cookie_data
from notifier.config.project import CONFIG_FILE, load_yaml
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
    results = [
        _in_words(
            classify(repository.released_source(old, lang), new_sources[lang], lang=lang, policy=old.policy),
            old.variables.get(lang, {}),
            new_values[lang] if new_values is not None else repository.config.variable_values(lang),
        )
        for lang in old.texts
        if lang in new_sources
    ]
    old_data = repository.released_data(old)
    if old_data is not None and new_data is not None:
        where = repository.config.policy(old.policy).data or old.record_path
        results.append(classify_cookie_data(read_inventory(old_data, where), read_inventory(new_data, where)))
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
    defined = (load_yaml(committed.decode("utf-8"))[0] or {}).get("variables") if committed else None
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


def prepare(repository: PolicyRepository, request: ReleaseRequest) -> PolicyVersion:
    """Everything a release needs, validated; nothing is written."""
    config = repository.config
    spec = config.policy(request.policy)
    sources = repository.working_sources(request.policy)
    facts = working_data(repository, request.policy)
    problems: list[Problem] = list(repository.ledger_problems)
    if spec.data:  # released data is read by every later build: it must be one the banner can show
        problems.extend(load_inventory(config)[1])
    for lang, text in sources.items():
        problems.extend(missing_variables(text, config.variable_values(lang), spec.source_path(lang), lang))

    working = parse_all(sources)
    problems.extend(section_sync(config, request.policy, working))
    latest = repository.ledger.latest(request.policy)
    if latest is not None:
        released = parse_all({lang: repository.released_source(latest, lang) for lang in latest.texts})
        problems.extend(change_sync(config, request.policy, released, working))
        data_unchanged = facts == repository.released_data(latest)
        if data_unchanged and all(
            sources.get(lang) == repository.released_source(latest, lang) for lang in latest.texts
        ):
            where = spec.source_path(config.default_language)
            problems.append(Problem(where, f"nothing changed since {latest.version}: edit the text first"))

    allowed = {spec.source_path(lang) for lang in config.languages} | ({spec.data} if spec.data else set())
    if _new_variables(repository, sources):
        allowed.add(CONFIG_FILE)  # committed with the texts that need it
    unrelated = [p for p in repository.history.uncommitted_paths() if p not in allowed]
    if unrelated:
        problems.append(
            Problem(
                unrelated[0],
                f"uncommitted changes unrelated to this release ({', '.join(unrelated[:5])}"
                f"{' …' if len(unrelated) > 5 else ''}): commit or stash them first",
            )
        )

    # A first version has nothing to compare with: the editor gives its class.
    detected = classify_texts(repository, latest, sources, facts) if latest is not None else None
    change_class = request.change_class or (detected.change_class if detected else None)
    if change_class is None:
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
    summaries = {lang: text.strip() for lang, text in request.summaries.items() if text.strip()}
    for lang in summaries:
        if lang not in config.languages:
            problems.append(
                Problem(f"--summary {lang}=…", f"'{lang}' is not a site language ({', '.join(config.languages)})")
            )
    if change_class.must_notify:
        for lang in config.languages:
            if lang not in summaries:
                problems.append(
                    Problem(
                        f"--summary {lang}=…",
                        f"a {change_class} release needs a summary of the changes in {lang}; users are told it",
                    )
                )

    published = _publication_day(repository, request, change_class, problems)
    earliest = earliest_effective_date(published, change_class)
    if latest is not None:
        if published < latest.published_at:
            problems.append(Problem("--on", f"{published} is before the last release {latest.version}"))
        # Versions take effect in order: a release after a pending major one waits for it.
        earliest_in_order = max(earliest, latest.effective_at)
    else:
        earliest_in_order = earliest
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
    if problems:
        raise PolicyError(problems)

    texts: dict[str, ReleasedText] = {}
    for lang, text in sources.items():
        data = text.encode("utf-8")
        texts[lang] = ReleasedText(
            path=spec.source_path(lang), blob=repository.history.store_blob(data), sha256=sha256(data)
        )
    data = (
        ReleasedText(path=spec.data, blob=repository.history.store_blob(facts), sha256=sha256(facts))
        if spec.data and facts is not None
        else None
    )
    return PolicyVersion(
        policy=request.policy,
        data=data,
        version=next_version_id(repository, request.policy, published),
        published_at=published,
        effective_at=effective,
        change_class=change_class,
        detected_class=detected.change_class if detected else None,
        reasons=(*request.reasons, *(describe(r) for r in detected.reasons)) if detected else request.reasons,
        reconsent=request.reconsent or bool(detected and detected.reconsent),
        summary={lang: summaries[lang] for lang in config.languages if lang in summaries},
        texts=texts,
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
