"""The repository's configuration (policies.yml) as typed, validated values.

Everything a legal editor may set lives in one reviewed file in git; operators override what differs per
deployment through the environment. Loading reports every bad field at once, by file and line.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from notifier.dates import ImpossibleDay, read_day
from notifier.problems import PolicyError, Problem

CONFIG_FILE = "policies.yml"
LEDGER_DIR = "policy_versions"
_LANG = re.compile(r"^[a-z]{2,3}(?:-[A-Z]{2})?$")
_NAME = re.compile(r"^[a-z][a-z0-9_-]*$")
_VARIABLE = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class PolicyConfig:
    name: str
    titles: dict[str, str]
    source: str = "docs/{lang}/{policy}.md"
    data: str | None = None  # structured facts released with the policy (the cookie inventory)

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

    @property
    def ledger_dir(self) -> Path:
        return self.root / LEDGER_DIR

    def policy(self, name: str) -> PolicyConfig:
        if name not in self.policies:
            known = ", ".join(sorted(self.policies))
            raise PolicyError(Problem(CONFIG_FILE, f"unknown policy '{name}'; known policies: {known}"))
        return self.policies[name]

    def variable_values(self, lang: str) -> dict[str, str]:
        return {name: values[lang] for name, values in self.variables.items() if lang in values}

    def section(self, name: str) -> dict[str, Any]:
        """A further top-level block of policies.yml, for the parts of the tool that own it."""
        value = self.raw.get(name) or {}
        return value if isinstance(value, dict) else {}


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


NO_ALIASES = "YAML anchors and aliases (&name, *name) are not allowed here; write every value out"


class AliasRefused(yaml.MarkedYAMLError):
    """An anchor or alias: a few bytes of them can stand for gigabytes once expanded, so none is read."""


class DayRefused(yaml.MarkedYAMLError):
    """An unquoted date no calendar has (2023-02-29): YAML would stop on it without saying where."""


_YAML_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def load_yaml(text: str) -> tuple[Any, yaml.Node | None]:
    """The data of a reviewed YAML file and its node tree (for line numbers), refusing anchors and aliases.

    The events are scanned before anything is built, so a tiny file cannot expand into a huge one; plain
    files, which is all the ledger and the configuration need, read as before.
    """
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if getattr(event, "anchor", None) is not None:
            raise AliasRefused(problem=NO_ALIASES, problem_mark=event.start_mark)
        if isinstance(event, yaml.ScalarEvent) and event.implicit[0] and _YAML_DAY.match(event.value):
            try:
                read_day(event.value)
            except ImpossibleDay as error:
                raise DayRefused(problem=str(error), problem_mark=event.start_mark) from None
    loader = yaml.SafeLoader(text)  # one more pass builds the node tree, and the data from that same tree
    try:
        node = loader.get_single_node()
        return (loader.construct_document(node) if node is not None else None), node
    finally:
        loader.dispose()


def yaml_problem(exc: yaml.YAMLError, relative: str, advice: str = "") -> Problem:
    """A YAML error as one problem at its file and line."""
    mark = getattr(exc, "problem_mark", None)
    where = f"{relative}:{mark.line + 1}" if mark else relative
    if isinstance(exc, AliasRefused | DayRefused):
        return Problem(where, str(exc.problem))
    return Problem(where, f"not valid YAML ({getattr(exc, 'problem', exc)}){advice}")


def _line(node: yaml.Node | None) -> int:
    return node.start_mark.line + 1 if node is not None else 1


def _child(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if k.value == key:
                return v
    return None


def load(root: Path | None = None) -> Config:
    root = root or find_root()
    path = root / CONFIG_FILE
    try:
        data, tree = load_yaml(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise PolicyError(Problem(CONFIG_FILE, "file not found; create it (see README, Configuration)")) from exc
    except yaml.YAMLError as exc:
        raise PolicyError(yaml_problem(exc, CONFIG_FILE)) from exc
    data = data or {}
    if not isinstance(data, dict):
        raise PolicyError(Problem(CONFIG_FILE, "must be a mapping with site, policies and variables"))

    problems: list[Problem] = []

    def where(*keys: str) -> str:
        node = tree
        for key in keys:
            child = _child(node, key)
            if child is None:
                break
            node = child
        return f"{CONFIG_FILE}:{_line(node)}"

    site = data.get("site") or {}
    languages = tuple(site.get("languages") or ())
    if not languages or not all(isinstance(lang, str) and _LANG.match(lang) for lang in languages):
        problems.append(Problem(where("site", "languages"), "site.languages must list language codes like [en, fr]"))
    default_language = site.get("default_language") or (languages[0] if languages else "en")
    if languages and default_language not in languages:
        problems.append(
            Problem(where("site", "default_language"), f"default_language '{default_language}' is not in languages")
        )
    site_url = str(site.get("url") or "")
    if not site_url.startswith(("http://", "https://")):
        problems.append(Problem(where("site", "url"), "site.url must be the absolute https:// address of the site"))
    elif not site_url.endswith("/"):
        site_url += "/"

    if bad := unsafe_characters(str(site.get("name") or "")):  # the default sender name, and in every subject
        problems.append(Problem(where("site", "name"), f"site.name must be one line of text: it has {bad}"))

    policies: dict[str, PolicyConfig] = {}
    for name, spec in (data.get("policies") or {}).items():
        spec = spec or {}
        if not _NAME.match(str(name)):
            problems.append(Problem(where("policies", name), f"policy name '{name}' must be lowercase letters"))
            continue
        titles = spec.get("title") or {}
        if not isinstance(titles, dict):
            problems.append(Problem(where("policies", name, "title"), "title must be a mapping {en: …, fr: …}"))
            continue
        for lang, title in titles.items():  # each title goes into the subject of the notice emails
            if bad := unsafe_characters(str(title)):
                problems.append(
                    Problem(where("policies", name, "title"), f"title ({lang}) must be one line of text: it has {bad}")
                )
        missing = [lang for lang in languages if lang not in titles]
        if missing:
            problems.append(
                Problem(where("policies", name, "title"), f"policy '{name}' has no title for {', '.join(missing)}")
            )
        policies[name] = PolicyConfig(
            name=name, titles=dict(titles), source=spec.get("source", PolicyConfig.source), data=spec.get("data")
        )
    if not policies:
        problems.append(Problem(where("policies"), "no policies configured"))

    variables: dict[str, dict[str, str]] = {}
    for name, value in (data.get("variables") or {}).items():
        if not _VARIABLE.match(str(name)):
            problems.append(Problem(where("variables", name), f"variable name '{name}' must be snake_case"))
            continue
        if isinstance(value, dict):
            variables[name] = {str(k): str(v) for k, v in value.items() if v not in (None, "")}
        elif value not in (None, ""):
            variables[name] = {lang: str(value) for lang in languages}
        else:
            variables[name] = {}
    if problems:
        raise PolicyError(problems)
    return Config(
        root=root,
        site_name=str(site.get("name") or root.name),
        site_url=site_url,
        languages=languages,
        default_language=default_language,
        timezone=str(site.get("timezone") or "Europe/Paris"),
        policies=policies,
        variables=variables,
        raw=data,
    )
