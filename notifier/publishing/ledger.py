"""The release ledger: one YAML record per released version, policy_versions/<policy>/<version>.yml.

The record is the proof of what was published: dates, class and reasons, the summary shown to users, and
for each language the git blob id and sha256 of the exact text. The text itself stays in git and is read
back by blob id, so the ledger is small and cannot drift from what was released.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from notifier.analysis.change_class import ChangeClass
from notifier.config.project import CONFIG_FILE, LEDGER_DIR, Config, load_yaml, yaml_problem
from notifier.dates import ImpossibleDay, read_day
from notifier.problems import PolicyError, Problem
from notifier.publishing.schedule import Timeline, earliest_effective_date, timeline

VERSION_ID = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2})(?:\.(?P<seq>[2-9]|[1-9]\d+))?$")
_SHA1 = re.compile(r"^[0-9a-f]{40}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
FIELDS = (
    "policy",
    "version",
    "published_at",
    "effective_at",
    "class",
    "detected_class",
    "reasons",
    "reconsent",
    "summary",
    "texts",
    "data",
    "variables",
)
REQUIRED = ("policy", "version", "published_at", "effective_at", "class", "reasons", "texts")
HISTORY_SETTING = "ledger.published_before_repository"


def published_before_repository(config: Config) -> tuple[frozenset[str], list[Problem]]:
    """The versions policies.yml declares were published before this repository existed (`policy/version`).

    Their records are dated before their release commits, which is refused for any other record; the
    declaration lives in policies.yml so that records released before it existed keep their exact bytes.
    """
    listed = config.section("ledger").get("published_before_repository") or []
    if not isinstance(listed, list) or not all(isinstance(key, str) for key in listed):
        return frozenset(), [Problem(f"{CONFIG_FILE} ({HISTORY_SETTING})", "must be a list like [privacy/2023-02-01]")]
    return frozenset(listed), []


@dataclass(frozen=True)
class ReleasedText:
    path: str
    blob: str
    sha256: str


@dataclass(frozen=True)
class PolicyVersion:
    policy: str
    version: str
    published_at: date
    effective_at: date
    change_class: ChangeClass
    reasons: tuple[str, ...]
    summary: dict[str, str]
    texts: dict[str, ReleasedText]
    variables: dict[str, dict[str, str]] = field(default_factory=dict)
    detected_class: ChangeClass | None = None
    reconsent: bool = False
    data: ReleasedText | None = None

    @property
    def sequence(self) -> int:
        match = VERSION_ID.match(self.version)
        return int(match["seq"] or 1) if match else 1

    @property
    def key(self) -> str:
        """`policy/version`, as notices and policies.yml name a version."""
        return f"{self.policy}/{self.version}"

    @property
    def record_path(self) -> str:
        return f"{LEDGER_DIR}/{self.policy}/{self.version}.yml"

    def to_record(self) -> dict[str, Any]:
        record: dict[str, Any] = {
            "policy": self.policy,
            "version": self.version,
            "published_at": self.published_at.isoformat(),
            "effective_at": self.effective_at.isoformat(),
            "class": str(self.change_class),
        }
        if self.detected_class is not None:
            record["detected_class"] = str(self.detected_class)
        record["reasons"] = list(self.reasons)
        record["reconsent"] = self.reconsent
        record["summary"] = dict(self.summary)
        record["texts"] = {lang: {"path": t.path, "blob": t.blob, "sha256": t.sha256} for lang, t in self.texts.items()}
        if self.data is not None:
            record["data"] = {"path": self.data.path, "blob": self.data.blob, "sha256": self.data.sha256}
        if self.variables:
            record["variables"] = {lang: dict(values) for lang, values in self.variables.items()}
        return record

    def to_yaml(self) -> str:
        return yaml.safe_dump(self.to_record(), sort_keys=False, allow_unicode=True, width=100)


class _Record:
    """A parsed record file that knows the line of every field, for messages that point at it."""

    def __init__(self, path: Path, relative: str):
        self.relative = relative
        self.problems: list[Problem] = []
        text = path.read_text(encoding="utf-8")
        try:
            self.data, self.tree = load_yaml(text)
        except yaml.YAMLError as exc:
            self.tree, self.data = None, None
            self.problems.append(yaml_problem(exc, relative, "; restore it from git"))

    def where(self, *keys: str) -> str:
        node = self.tree
        for key in keys:
            if not isinstance(node, yaml.MappingNode):
                break
            match = next((v for k, v in node.value if k.value == key), None)
            if match is None:
                break
            node = match
        line = node.start_mark.line + 1 if node is not None else 1
        return f"{self.relative}:{line} ({'.'.join(keys)})" if keys else f"{self.relative}:{line}"

    def fail(self, message: str, *keys: str) -> None:
        self.problems.append(Problem(self.where(*keys), message))


def _date(record: _Record, key: str) -> date | None:
    value = record.data.get(key)
    if isinstance(value, date):
        return value
    try:
        return read_day(str(value))
    except ImpossibleDay as error:
        record.fail(f"{key}: {error}", key)
    except ValueError:
        record.fail(f"{key} must be a date written YYYY-MM-DD, not '{value}'", key)
    return None


def _class(record: _Record, key: str) -> ChangeClass | None:
    value = record.data.get(key)
    try:
        return ChangeClass(value)
    except ValueError:
        allowed = " | ".join(ChangeClass)
        record.fail(f"{key} must be one of {allowed}, not '{value}'", key)
        return None


def _released_file(record: _Record, spec: Any, *keys: str) -> ReleasedText | None:
    """A file released with the version: where it was, and its git blob id and sha256."""
    if not isinstance(spec, dict):
        record.fail("needs path, blob and sha256", *keys)
        return None
    blob, sha256, path = str(spec.get("blob", "")), str(spec.get("sha256", "")), spec.get("path")
    if not _SHA1.match(blob):
        record.fail(f"blob must be a 40-hex-digit git blob id, not '{blob}'", *keys, "blob")
    if not _SHA256.match(sha256):
        record.fail("sha256 must be 64 hex digits", *keys, "sha256")
    if not isinstance(path, str) or not path:
        record.fail("path of the released file is missing", *keys)
        path = ""
    return ReleasedText(path=path, blob=blob, sha256=sha256)


def parse_record(path: Path, relative: str, config: Config) -> tuple[PolicyVersion | None, list[Problem]]:
    """Validate one record against the schema and the schedule rules; every problem names its field."""
    record = _Record(path, relative)
    if record.tree is None:
        return None, record.problems
    data = record.data
    if not isinstance(data, dict):
        record.fail("a release record must be a mapping of fields; restore it from git")
        return None, record.problems
    for key in REQUIRED:
        if key not in data:
            record.fail(f"required field '{key}' is missing")
    for key in data:
        if key not in FIELDS:
            record.fail(f"unknown field '{key}'; allowed: {', '.join(FIELDS)}", key)
    if record.problems:
        return None, record.problems

    policy_dir, stem = path.parent.name, path.stem
    if data["policy"] != policy_dir:
        record.fail(f"policy '{data['policy']}' does not match its folder '{policy_dir}'", "policy")
    if data["policy"] not in config.policies:
        record.fail(f"policy '{data['policy']}' is not configured in policies.yml", "policy")
    version = str(data["version"])
    match = VERSION_ID.match(version)
    if not match:
        record.fail(f"version '{version}' must be the publication date YYYY-MM-DD (then .2, .3 …)", "version")
    elif version != stem:
        record.fail(f"version '{version}' does not match the file name '{stem}.yml'", "version")
    published, effective = _date(record, "published_at"), _date(record, "effective_at")
    change_class = _class(record, "class")
    detected = _class(record, "detected_class") if data.get("detected_class") is not None else None
    if match and published and match["date"] != published.isoformat():
        record.fail(f"published_at {published} must be the date in the version id {version}", "published_at")
    if published and effective and change_class:
        earliest = earliest_effective_date(published, change_class)
        if effective < earliest:
            record.fail(
                f"effective_at {effective} is too early: a {change_class} change published on {published} "
                f"takes effect on {earliest} at the earliest (T1)",
                "effective_at",
            )
    reasons = data.get("reasons")
    if not isinstance(reasons, list) or not all(isinstance(r, str) for r in reasons):
        record.fail("reasons must be a list of sentences", "reasons")
        reasons = []
    if detected and change_class and change_class < detected and not reasons:
        record.fail(f"class {change_class} is lower than the detected {detected} and no reason is given", "reasons")
    summary = data.get("summary") or {}
    if not isinstance(summary, dict):
        record.fail("summary must map each language to a text", "summary")
        summary = {}
    texts_data = data.get("texts")
    texts: dict[str, ReleasedText] = {}
    if not isinstance(texts_data, dict) or not texts_data:
        record.fail("texts must map each language to its path, blob and sha256", "texts")
        texts_data = {}
    for lang, spec in texts_data.items():
        if lang not in config.languages:
            record.fail(f"language '{lang}' is not in site.languages", "texts", lang)
            continue
        if (released := _released_file(record, spec, "texts", lang)) is not None:
            texts[lang] = released
    data_file = _released_file(record, data["data"], "data") if "data" in data else None
    if change_class and change_class.must_notify:
        for lang in texts:
            if not str(summary.get(lang) or "").strip():
                record.fail(
                    f"a {change_class} release needs a summary of the changes in {lang} (users are told it)",
                    "summary",
                )
    variables = data.get("variables") or {}
    if record.problems or not (published and effective and change_class):
        return None, record.problems
    return (
        PolicyVersion(
            policy=str(data["policy"]),
            version=version,
            published_at=published,
            effective_at=effective,
            change_class=change_class,
            detected_class=detected,
            reasons=tuple(reasons),
            reconsent=bool(data.get("reconsent", False)),
            summary={str(k): str(v) for k, v in summary.items()},
            texts=texts,
            variables={str(k): {str(n): str(x) for n, x in (v or {}).items()} for k, v in variables.items()},
            data=data_file,
        ),
        [],
    )


@dataclass(frozen=True)
class Ledger:
    """Every released version of every policy, validated, in publication order."""

    versions_by_policy: dict[str, tuple[PolicyVersion, ...]]

    def versions(self, policy: str) -> tuple[PolicyVersion, ...]:
        return self.versions_by_policy.get(policy, ())

    def all(self) -> Iterable[PolicyVersion]:
        for versions in self.versions_by_policy.values():
            yield from versions

    def latest(self, policy: str) -> PolicyVersion | None:
        versions = self.versions(policy)
        return versions[-1] if versions else None

    def get(self, policy: str, version: str) -> PolicyVersion:
        for v in self.versions(policy):
            if v.version == version:
                return v
        known = ", ".join(v.version for v in self.versions(policy)) or "none yet"
        raise PolicyError(Problem(f"{LEDGER_DIR}/{policy}", f"no version '{version}'; released versions: {known}"))

    def timeline(self, policy: str, lang: str, on: date) -> Timeline:
        """For policy P, language L and date D: the version in force, and those published but not yet in force."""
        return timeline(self.versions(policy), lang, on)


def load(config: Config, strict: bool = True) -> tuple[Ledger, list[Problem]]:
    """Read and validate every record; with `strict`, any problem stops here with all of them listed."""
    problems: list[Problem] = []
    by_policy: dict[str, list[PolicyVersion]] = {name: [] for name in config.policies}
    ledger_dir = config.ledger_dir
    if ledger_dir.is_dir():
        for path in sorted(ledger_dir.rglob("*")):
            relative = path.relative_to(config.root).as_posix()
            if path.is_dir():
                continue
            if path.suffix != ".yml" or path.parent.parent != ledger_dir:
                problems.append(Problem(relative, "unexpected file in the ledger; records are <policy>/<version>.yml"))
                continue
            version, found = parse_record(path, relative, config)
            problems.extend(found)
            if version is not None and version.policy in by_policy:
                by_policy[version.policy].append(version)
    for name, versions in by_policy.items():
        versions.sort(key=lambda v: (v.published_at, v.sequence))
        for previous, current in itertools.pairwise(versions):
            if current.effective_at < previous.effective_at:
                problems.append(
                    Problem(
                        f"{current.record_path} (effective_at)",
                        f"takes effect on {current.effective_at}, before the previous version {previous.version} "
                        f"({previous.effective_at}); versions of {name} must take effect in order",
                    )
                )
    if strict and problems:
        raise PolicyError(problems)
    return Ledger({name: tuple(v) for name, v in by_policy.items()}), problems
