"""The repository's configuration (policies.yml) as typed, validated values.

Everything a legal editor may set lives in one reviewed file in git; operators override what differs per
deployment through the environment. The file is declared field by field (notifier/config/reader.py), and
loading reports every bad field at once, by file and line.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

import yaml

from notifier.config.reader import (
    INVALID,
    Block,
    Choice,
    Entry,
    Field,
    ListOf,
    MappingOf,
    Text,
    Unchecked,
    read_document,
)
from notifier.problems import PolicyError, Problem

CONFIG_FILE = "policies.yml"
LEDGER_DIR = "policy_versions"
_LANG = re.compile(r"^[a-z]{2,3}(?:-[A-Z]{2})?$")
_NAME = re.compile(r"^[a-z][a-z0-9_-]*$")
_VARIABLE = re.compile(r"^[a-z][a-z0-9_]*$")


class Role(StrEnum):
    """What a policy is to the tool, whatever its name: the banner links to both and shows the cookie data of
    the `cookies` one, whose versions the consent records cite."""

    PRIVACY = "privacy"
    COOKIES = "cookies"


@dataclass(frozen=True)
class PolicyConfig:
    name: str
    titles: dict[str, str]
    source: str = "docs/{lang}/{policy}.md"
    data: str | None = None  # structured facts released with the policy (the cookie inventory)
    role: Role | None = None

    def source_path(self, lang: str) -> str:
        return self.source.format(lang=lang, policy=self.name)


@dataclass(frozen=True)
class Config:
    root: Path
    site_name: str
    site_url: str
    languages: tuple[str, ...]
    default_language: str
    timezone: str
    policies: dict[str, PolicyConfig]
    variables: dict[str, dict[str, str]]
    raw: dict[str, Any] = field(default_factory=dict, repr=False)
    tree: yaml.Node | None = field(default=None, repr=False, compare=False)  # the lines of policies.yml

    @property
    def ledger_dir(self) -> Path:
        return self.root / LEDGER_DIR

    def policy(self, name: str) -> PolicyConfig:
        if name not in self.policies:
            known = ", ".join(sorted(self.policies))
            raise PolicyError(Problem(CONFIG_FILE, f"unknown policy '{name}'; known policies: {known}"))
        return self.policies[name]

    def with_role(self, role: Role) -> PolicyConfig | None:
        """The policy that plays `role` (policies.<name>.role in policies.yml), if any does."""
        return next((policy for policy in self.policies.values() if policy.role is role), None)

    def variable_values(self, lang: str) -> dict[str, str]:
        return {name: values[lang] for name, values in self.variables.items() if lang in values}

    def section(self, name: str) -> dict[str, Any]:
        """A further top-level block of policies.yml, for the parts of the tool that own it."""
        value = self.raw.get(name) or {}
        return value if isinstance(value, dict) else {}

    def entry(self, name: str) -> Entry:
        """A top-level block with its lines, for the parts of the tool that read and check it themselves."""
        return Entry(CONFIG_FILE, self.raw, self.tree).child(name)


def unsafe_characters(text: str) -> str:
    """The control and line-separator characters in `text` ("U+000B, U+0085"); empty when there are none.

    In an email header such a character either ends the line (CR and LF, and to some parsers VT, FF, FS to
    RS, NEL, LS and PS), which injects whatever follows as a header of its own, or corrupts the message (NUL
    and the other C0 and C1 controls). Every value that reaches a header is checked with this one rule.
    """
    found = sorted({c for c in text if unicodedata.category(c) in ("Cc", "Zl", "Zp")})
    return ", ".join(f"U+{ord(c):04X}" for c in found)


def find_root(start: Path | None = None) -> Path:
    """The repository root: the nearest folder upwards holding policies.yml (POLICIES_ROOT overrides)."""
    if env := os.environ.get("POLICIES_ROOT"):
        return Path(env).resolve()
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG_FILE).is_file():
            return folder
    raise PolicyError(
        Problem(str(here), f"no {CONFIG_FILE} here or in any parent folder; run from the policies repository")
    )


def _check_site(site: dict[str, Any], entry: Entry, problems: list[Problem]) -> None:
    """The rules between the site's fields; the URL gets its closing slash here."""
    languages = site["languages"] = tuple(site["languages"])
    if not languages or not all(_LANG.match(lang) for lang in languages):
        problems.append(
            entry.child("languages").problem("site.languages must list language codes like [en, fr]", False)
        )
    default = site["default_language"] = site["default_language"] or (languages[0] if languages else "en")
    if languages and default not in languages:
        problems.append(
            entry.child("default_language").problem(f"default_language '{default}' is not in languages", False)
        )
    url = site["url"]
    if not url.startswith(("http://", "https://")):
        problems.append(entry.child("url").problem("site.url must be the absolute https:// address of the site", False))
    elif not url.endswith("/"):
        site["url"] = url + "/"
    if bad := unsafe_characters(site["name"] or ""):  # the default sender name, and in every subject
        problems.append(entry.child("name").problem(f"site.name must be one line of text: it has {bad}", False))


def _check_policy(policy: dict[str, Any], entry: Entry, problems: list[Problem]) -> None:
    """Every title fits an email subject; only the `cookies` policy has cookie data, and it needs some."""
    title = entry.child("title")
    for lang, text in policy["title"].items():  # each title goes into the subject of the notice emails
        if bad := unsafe_characters(text):
            problems.append(title.problem(f"title ({lang}) must be one line of text: it has {bad}", False))
    name = entry.path[-1]
    if policy["data"] and policy["role"] != Role.COOKIES and not entry.child("role").reported(problems):
        problems.append(
            entry.child("data").problem(
                f"only the policy with `role: cookies` has cookie data: add `role: cookies` under policies.{name}"
            )
        )
    if policy["role"] == Role.COOKIES and not policy["data"]:
        problems.append(
            entry.child("role").problem(
                "the cookies policy needs its cookie data: add `data: data/cookies.yml` (the banner and the "
                "cookie table are built from it)"
            )
        )


SITE = Block(
    {
        "name": Field(Text()),
        "url": Field(Text(), default=""),
        "languages": Field(ListOf(Text(), hint="a list of language codes like [en, fr]"), default=[]),
        "default_language": Field(Text()),
        "timezone": Field(Text(), default="Europe/Paris"),
    },
    check=_check_site,
)
POLICY = Block(
    {
        "title": Field(MappingOf(Text(), hint="a mapping {en: …, fr: …}"), default={}),
        "role": Field(Choice(tuple(Role))),
        "source": Field(Text(), default=PolicyConfig.source),
        "data": Field(Text(hint="the path of the data file, like data/cookies.yml")),
    },
    hint="a mapping with title (and role, source, data)",
    check=_check_policy,
)
TOP = Block(
    {
        "site": Field(SITE, default={}, read_absent=True),
        "policies": Field(MappingOf(POLICY, hint="a mapping of policy names to their settings"), default={}),
        "ledger": Field(Unchecked(), default={}),
        "variables": Field(Unchecked(), default={}),
        "notifier": Field(Unchecked(), default={}),
        "consent": Field(Unchecked(), default={}),
        "notices": Field(Unchecked(), default={}),
    },
    hint="a mapping with site, policies and variables",
)


def _policies(
    read: dict[str, dict[str, Any]], entry: Entry, languages: tuple[str, ...]
) -> tuple[dict[str, PolicyConfig], list[Problem]]:
    """Named policies with their titles in every language, each role played by one policy at most."""
    problems: list[Problem] = []
    policies: dict[str, PolicyConfig] = {}
    for name, spec in read.items():
        where = entry.child(name)
        if not _NAME.match(name):
            problems.append(where.problem(f"policy name '{name}' must be lowercase letters", False))
            continue
        titled = isinstance(where.child("title").value, dict)  # else the reader said it must be a mapping
        if titled and (missing := [lang for lang in languages if lang not in spec["title"]]):
            problems.append(
                where.child("title").problem(f"policy '{name}' has no title for {', '.join(missing)}", False)
            )
        role = Role(spec["role"]) if spec["role"] else None
        if role is not None and (other := next((p for p in policies.values() if p.role is role), None)):
            problems.append(
                where.child("role").problem(f"policy '{other.name}' already has role {role}; one policy per role")
            )
        policies[name] = PolicyConfig(name, dict(spec["title"]), spec["source"], spec["data"], role)
    if not policies:
        problems.append(entry.problem("no policies configured", False))
    return policies, problems


def _variables(entry: Entry, languages: tuple[str, ...]) -> tuple[dict[str, dict[str, str]], list[Problem]]:
    """Each variable's value per language: a plain value serves every language, a mapping gives one each."""
    problems: list[Problem] = []
    variables: dict[str, dict[str, str]] = {}
    for name, child in entry.items():
        value = child.value
        if not _VARIABLE.match(name):
            problems.append(child.problem(f"variable name '{name}' must be snake_case", False))
        elif isinstance(value, dict):
            variables[name] = {str(k): str(v) for k, v in value.items() if v not in (None, "")}
        elif value not in (None, ""):
            variables[name] = {lang: str(value) for lang in languages}
        else:
            variables[name] = {}
    return variables, problems


def load(root: Path | None = None) -> Config:
    root = root or find_root()
    try:
        document = read_document((root / CONFIG_FILE).read_text(encoding="utf-8"), CONFIG_FILE)
    except FileNotFoundError as exc:
        raise PolicyError(Problem(CONFIG_FILE, "file not found; create it (see README, Configuration)")) from exc
    if document.value is None:
        document = Entry(CONFIG_FILE, {}, document.node)  # an empty file: every block takes its defaults
    problems: list[Problem] = []
    top = TOP.read(document, problems)
    if top is INVALID:
        raise PolicyError(problems)
    site = top["site"] or SITE.read(Entry(CONFIG_FILE, {}, document.node, ("site",)), problems)
    languages = site["languages"]
    policies, policy_problems = _policies(top["policies"], document.child("policies"), languages)
    variables, variable_problems = _variables(document.child("variables"), languages)
    if problems := [*problems, *policy_problems, *variable_problems]:
        raise PolicyError(problems)
    return Config(
        root=root,
        site_name=str(site["name"] or root.name),
        site_url=site["url"],
        languages=languages,
        default_language=site["default_language"],
        timezone=site["timezone"],
        policies=policies,
        variables=variables,
        raw=document.value,
        tree=document.node,
    )
