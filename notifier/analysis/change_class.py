"""The four classes of change and what each obliges the company to do (legal-rules.md, "Change classes")."""

from __future__ import annotations

from enum import StrEnum


class ChangeClass(StrEnum):
    EDITORIAL = "editorial"
    MINOR = "minor"
    MAJOR = "major"
    RIGHTS_REDUCING = "rights_reducing"

    @property
    def rank(self) -> int:
        return list(ChangeClass).index(self)

    @property
    def must_notify(self) -> bool:
        """Major and rights-reducing changes must be actively told to users before they take effect (T1, T3)."""
        return self.rank >= ChangeClass.MAJOR.rank

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, ChangeClass):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, ChangeClass):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, ChangeClass):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, ChangeClass):
            return NotImplemented
        return self.rank >= other.rank


def strongest(classes: list[ChangeClass]) -> ChangeClass:
    """A mix of changes takes the strongest class present: one editorial hunk never hides a major one."""
    return max(classes, key=lambda c: c.rank, default=ChangeClass.EDITORIAL)
