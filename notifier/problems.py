"""One clear message per problem, naming the file, line or field and what to do.

Legal editors are not programmers: every check, load and release reports what it found as `Problem`s
instead of raising on the first one, so a single run lists everything that needs fixing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    where: str
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        prefix = "" if self.severity is Severity.ERROR else "warning: "
        return f"{self.where}: {prefix}{self.message}"


class PolicyError(Exception):
    """Raised when an operation cannot go on; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem] | Problem):
        self.problems = problems if isinstance(problems, list) else [problems]
        super().__init__("\n".join(str(p) for p in self.problems))
