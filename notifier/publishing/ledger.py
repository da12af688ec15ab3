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
from notifier.config.project import LEDGER_DIR, Config
from notifier.config.reader import (
    INVALID,
    Block,
    Choice,
    Day,
    Entry,
    Field,
    Flag,
    ListOf,
    MappingOf,
    Text,
    read_document,
)
from notifier.problems import PolicyError, Problem
from notifier.publishing.schedule import Timeline, earliest_effective_date, timeline

VERSION_ID = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2})(?:\.(?P<seq>[2-9]|[1-9]\d+))?$")
_SHA1 = re.compile(r"^[0-9a-f]{40}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
HISTORY_SETTING = "ledger.published_before_repository"


def published_before_repository(config: Config) -> tuple[frozenset[str], list[Problem]]:
    """The versions policies.yml declares were published before this repository existed (`policy/version`).

    Their records are dated before their release commits, which is refused for any other record; the
    declaration lives in policies.yml so that records released before it existed keep their exact bytes.
    """
    entry = config.entry("ledger").child("published_before_repository")
    listed = entry.value or []
    if not isinstance(listed, list) or not all(isinstance(key, str) for key in listed):
        return frozenset(), [entry.problem("must be a list like [privacy/2023-02-01]")]
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


def _check_released_file(released: dict[str, Any], entry: Entry, problems: list[Problem]) -> None:
    if not _SHA1.match(released["blob"]):
        problems.append(
            entry.child("blob").problem(f"blob must be a 40-hex-digit git blob id, not '{released['blob']}'")
        )
    if not _SHA256.match(released["sha256"]):
        problems.append(entry.child("sha256").problem("sha256 must be 64 hex digits"))
    if not released["path"]:
        problems.append(entry.problem("path of the released file is missing"))


def _class_field(name: str, required: bool = False) -> Field:
    allowed = " | ".join(ChangeClass)
    return Field(
        Choice(tuple(ChangeClass)), required=required, message=f"{name} must be one of {allowed}, not '{{value}}'"
    )


RELEASED_FILE = Block(
    {"path": Field(Text(), default=""), "blob": Field(Text(), default=""), "sha256": Field(Text(), default="")},
    hint="a mapping with path, blob and sha256",
    check=_check_released_file,
)
RECORD = Block(
    {
        "policy": Field(Text(), required=True),
        "version": Field(Text(), required=True),
        "published_at": Field(Day("published_at"), required=True),
        "effective_at": Field(Day("effective_at"), required=True),
        "class": _class_field("class", required=True),
        "detected_class": _class_field("detected_class"),
        "reasons": Field(ListOf(Text()), required=True, default=[], message="reasons must be a list of sentences"),
        "reconsent": Field(Flag(), default=False),
        "summary": Field(MappingOf(Text()), default={}, message="summary must map each language to a text"),
        "texts": Field(MappingOf(RELEASED_FILE, hint="a mapping of each language to its path, blob and sha256")),
        "data": Field(RELEASED_FILE),
        "variables": Field(MappingOf(MappingOf(Text()), hint="a mapping of each language to its values"), default={}),
    },
    hint="a mapping of fields; restore it from git",
)
FIELDS = tuple(RECORD.fields)


def _released(spec: dict[str, str]) -> ReleasedText:
    return ReleasedText(path=spec["path"], blob=spec["blob"], sha256=spec["sha256"])


def _check_identity(fields: dict[str, Any], record: Entry, path: Path, config: Config, problems: list[Problem]) -> None:
    """The record is where its policy and version say: its folder, its file name, its publication day."""
    policy, version, published = fields["policy"], fields["version"], fields["published_at"]
    if policy != path.parent.name:
        problems.append(
            record.child("policy").problem(f"policy '{policy}' does not match its folder '{path.parent.name}'")
        )
    if policy not in config.policies:
        problems.append(record.child("policy").problem(f"policy '{policy}' is not configured in policies.yml"))
    match = VERSION_ID.match(version)
    if not match:
        message = f"version '{version}' must be the publication date YYYY-MM-DD (then .2, .3 …)"
        problems.append(record.child("version").problem(message))
    elif version != path.stem:
        problems.append(
            record.child("version").problem(f"version '{version}' does not match the file name '{path.stem}.yml'")
        )
    if match and match["date"] != published.isoformat():
        message = f"published_at {published} must be the date in the version id {version}"
        problems.append(record.child("published_at").problem(message))


def _check_schedule(fields: dict[str, Any], record: Entry, problems: list[Problem]) -> None:
    """T1: no earlier effect than the class allows; a class below the detected one says why."""
    published, effective, change_class = fields["published_at"], fields["effective_at"], ChangeClass(fields["class"])
    earliest = earliest_effective_date(published, change_class)
    if effective < earliest:
        problems.append(
            record.child("effective_at").problem(
                f"effective_at {effective} is too early: a {change_class} change published on {published} "
                f"takes effect on {earliest} at the earliest (T1)"
            )
        )
    detected = fields["detected_class"]
    if detected is not None and change_class < ChangeClass(detected) and not fields["reasons"]:
        message = f"class {change_class} is lower than the detected {detected} and no reason is given"
        problems.append(record.child("reasons").problem(message))


def _check_texts(fields: dict[str, Any], record: Entry, config: Config, problems: list[Problem]) -> None:
    """A text per configured language, and the summary users are told for a release they are told of."""
    if not fields["texts"]:
        problems.append(record.child("texts").problem("texts must map each language to its path, blob and sha256"))
    for lang in fields["texts"]:
        if lang not in config.languages:
            problems.append(record.child("texts").child(lang).problem(f"language '{lang}' is not in site.languages"))
    change_class = ChangeClass(fields["class"])
    if change_class.must_notify:
        for lang in (lang for lang in fields["texts"] if lang in config.languages):
            if not str(fields["summary"].get(lang) or "").strip():
                message = f"a {change_class} release needs a summary of the changes in {lang} (users are told it)"
                problems.append(record.child("summary").problem(message))


def parse_record(path: Path, relative: str, config: Config) -> tuple[PolicyVersion | None, list[Problem]]:
    """Validate one record against the schema and the schedule rules; every problem names its field."""
    try:
        record = read_document(path.read_text(encoding="utf-8"), relative, "; restore it from git")
    except PolicyError as error:
        return None, error.problems
    problems: list[Problem] = []
    fields = RECORD.read(record, problems)
    if problems or fields is INVALID:
        return None, problems
    _check_identity(fields, record, path, config, problems)
    _check_schedule(fields, record, problems)
    _check_texts(fields, record, config, problems)
    if problems:
        return None, problems
    version = PolicyVersion(
        policy=fields["policy"],
        version=fields["version"],
        published_at=fields["published_at"],
        effective_at=fields["effective_at"],
        change_class=ChangeClass(fields["class"]),
        detected_class=ChangeClass(fields["detected_class"]) if fields["detected_class"] is not None else None,
        reasons=tuple(fields["reasons"]),
        reconsent=fields["reconsent"],
        summary=fields["summary"],
        texts={lang: _released(spec) for lang, spec in fields["texts"].items()},
        variables=fields["variables"],
        data=_released(fields["data"]) if fields["data"] is not None else None,
    )
    return version, []


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
