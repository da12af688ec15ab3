"""Policy texts as editors write them: Markdown in docs/<lang>/, with named variables for contact details.

Contact addresses and authority web pages are set once in policies.yml and written `{{ name }}` in every
language, so a changed address is one edit, never a hunt through translations. A variable that is not set
stops check and build: a policy must never be published with a blank where an address should be.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from notifier.config.project import Config
from notifier.problems import PolicyError, Problem

VARIABLE = re.compile(r"\{\{\s*(?P<name>[^{}\s]*)\s*\}\}")


@dataclass(frozen=True)
class UnsetVariable(Problem):
    variable: str = ""


@dataclass(frozen=True)
class VariableUse:
    name: str
    line: int


def variable_uses(text: str) -> Iterator[VariableUse]:
    for number, line in enumerate(text.splitlines(), start=1):
        for match in VARIABLE.finditer(line):
            yield VariableUse(match["name"], number)


def missing_variables(text: str, values: dict[str, str], where: str, lang: str) -> list[Problem]:
    """Every `{{ name }}` in `text` that has no value for `lang`, by line."""
    return [
        UnsetVariable(
            f"{where}:{use.line}",
            f"variable '{use.name}' has no value for {lang}; set variables.{use.name} in policies.yml",
            variable=use.name,
        )
        for use in variable_uses(text)
        if use.name not in values
    ]


def unset_variables(text: str, config: Config, where: str, lang: str) -> list[Problem]:
    """Variables defined in policies.yml but without a value for `lang` (unknown names are lint's to report)."""
    values = config.variable_values(lang)
    unset = missing_variables(text, values, where, lang)
    return [p for p in unset if isinstance(p, UnsetVariable) and p.variable in config.variables]


def render_variables(text: str, values: dict[str, str], where: str, lang: str) -> str:
    """Replace every `{{ name }}` by its value; an unset one stops with its line rather than leaving a blank."""
    if problems := missing_variables(text, values, where, lang):
        raise PolicyError(problems)
    return fill_variables(text, values)


def fill_variables(text: str, values: dict[str, str]) -> str:
    """Every `{{ name }}` that has a value replaced by it, the others left as written (check reports them):
    the classifier reads the text as readers will, so its reasons quote addresses, not variable names."""
    return VARIABLE.sub(lambda m: values.get(m["name"], m[0]), text)


def used_values(text: str, values: dict[str, str]) -> dict[str, str]:
    """The values a text uses, recorded with a release so its permanent page never changes afterwards."""
    return {use.name: values[use.name] for use in variable_uses(text) if use.name in values}


def working_text(config: Config, policy: str, lang: str) -> str | None:
    """The editor's current, unreleased text of `policy` in `lang`, or None when the file does not exist."""
    path = config.root / config.policy(policy).source_path(lang)
    return path.read_text(encoding="utf-8") if path.is_file() else None
