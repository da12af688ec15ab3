"""Markdown rules for policy files, so every language stays alignable and nothing reaches readers broken."""

from __future__ import annotations

import difflib
import re

from notifier.analysis.document import PREAMBLE_ID, parse
from notifier.problems import Problem, Severity
from notifier.publishing.content import VARIABLE

SECTION_ID = re.compile(r"^[a-z][a-z0-9-]*$")
_EMPTY_LINK = re.compile(r"\[[^\]]*\]\(\s*\)")
# CommonMark's hard line break; Python-Markdown (the site's) and many other tools print the backslash instead.
BACKSLASH_BREAK = re.compile(r"(?<!\\)((?:\\\\)*)\\$")
_OPEN_BRACES = re.compile(r"\{\{(?![^{}]*\}\})")
# R19: telling readers to come back and look is not a way to tell them of a change (WP260 par. 29).
_CHECK_REGULARLY = re.compile(
    r"(check|review|consult|visit)\s+(this|the)\s+(page|policy)\s+(regularly|periodically|frequently|often)"
    r"|consulter\s+(régulièrement|périodiquement)\s+(cette|la présente)\s+(page|politique)"
    r"|(cette|la présente)\s+(page|politique)\s+(régulièrement|périodiquement)",
    re.IGNORECASE,
)


def _unknown_variable(name: str, known: set[str]) -> str:
    """An unknown variable, with the defined one the editor most likely meant (a typo, usually)."""
    closest = difflib.get_close_matches(name, sorted(known), n=1)
    hint = f" (did you mean '{closest[0]}'?)" if closest else ""
    return f"unknown variable '{name}'{hint}; define it under variables in policies.yml"


def lint(
    text: str, where: str, known_variables: set[str], named_elsewhere: frozenset[int] = frozenset()
) -> list[Problem]:
    """Markdown problems of one text; headings on `named_elsewhere` lines are left to the translation check,
    which names the id the other language already gives them."""
    problems: list[Problem] = []
    document = parse(text)
    if document.title is None:
        problems.append(Problem(f"{where}:1", "the file must start with its title as `# Title`"))
    seen: dict[str, int] = {}
    for section in document.sections:
        if section.level == 0:
            continue
        at = f"{where}:{section.line}"
        if section.id is None:
            if section.line not in named_elsewhere:
                problems.append(Problem(at, f"heading '{section.title}' needs a stable id, e.g. `{{#{section.key}}}`"))
        elif not SECTION_ID.match(section.id) or section.id == PREAMBLE_ID:
            problems.append(Problem(at, f"section id '{section.id}' must be lowercase words joined by '-'"))
        elif section.id in seen:
            problems.append(Problem(at, f"section id '{section.id}' is already used on line {seen[section.id]}"))
        else:
            seen[section.id] = section.line
        if not section.body.strip():
            problems.append(Problem(at, f"section '{section.title}' is empty", Severity.WARNING))
    for number, line in enumerate(text.splitlines(), start=1):
        at = f"{where}:{number}"
        for match in VARIABLE.finditer(line):
            if match["name"] not in known_variables:
                problems.append(Problem(at, _unknown_variable(match["name"], known_variables)))
        if _OPEN_BRACES.search(line):
            problems.append(Problem(at, "'{{' without its closing '}}'; write variables as {{ name }}"))
        if _EMPTY_LINK.search(line):
            problems.append(Problem(at, "link without a target: write [text](https://…)"))
        if _CHECK_REGULARLY.search(line):
            problems.append(
                Problem(
                    at,
                    "R19: asking readers to check the page regularly does not tell them of changes; "
                    "major changes are notified by email or pop-up",
                    Severity.WARNING,
                )
            )
    problems.extend(_backslash_breaks(text, where))
    return problems


def _backslash_breaks(text: str, where: str) -> list[Problem]:
    """One warning per run of lines ending in a backslash (an address block is one thing to fix, not four)."""
    numbers = [n for n, line in enumerate(text.splitlines(), start=1) if BACKSLASH_BREAK.search(line)]
    runs: list[list[int]] = []
    for number in numbers:
        if runs and runs[-1][-1] == number - 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return [
        Problem(
            f"{where}:{run[0]}" + (f"-{run[-1]}" if len(run) > 1 else ""),
            ("the line ends" if len(run) == 1 else "these lines end")
            + " with '\\', a line break some Markdown tools print as a backslash; end "
            + ("it" if len(run) == 1 else "each")
            + " with <br> instead",
            Severity.WARNING,
        )
        for run in runs
    ]
