"""When a version takes effect, and which version is in force on a given day.

Dates are calendar days in the company's time zone (Europe/Paris): a release published at 00:30 in Paris
on 1 March is published on 1 March even though it is still 28 February in UTC.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta

from notifier.analysis.change_class import ChangeClass

if TYPE_CHECKING:
    from notifier.publishing.ledger import PolicyVersion

NOTICE_PERIOD = relativedelta(months=1)


def today(timezone: str = "Europe/Paris", now: datetime | None = None) -> date:
    """The calendar day it is in `timezone` at `now` (an aware datetime; the current time by default)."""
    moment = now or datetime.now(tz=ZoneInfo("UTC"))
    if moment.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return moment.astimezone(ZoneInfo(timezone)).date()


def earliest_effective_date(published_at: date, change_class: ChangeClass) -> date:
    """T1: major and rights-reducing changes take effect one calendar month after publication, never earlier.

    A calendar month, not 30 days: 31 January + 1 month is 28 February (29 in a leap year), which is what
    the policy's promise "one month after publication" means to a reader.
    """
    if change_class.must_notify:
        return published_at + NOTICE_PERIOD
    return published_at


@dataclass(frozen=True)
class Timeline:
    """For one policy and language on one day: the version in force and those published but not yet in force."""

    on: date
    in_force: PolicyVersion | None
    upcoming: tuple[PolicyVersion, ...]


def timeline(versions: Sequence[PolicyVersion], lang: str, on: date) -> Timeline:
    """Answer "which version is in force, and which is coming" for `versions` of one policy.

    Versions not yet published on `on` do not exist yet for the reader. A version without a text in `lang`
    (a language added later) does not count for that language.
    """
    published = sorted(
        (v for v in versions if v.published_at <= on and lang in v.texts),
        key=lambda v: (v.effective_at, v.published_at, v.sequence),
    )
    in_force = [v for v in published if v.effective_at <= on]
    upcoming = tuple(v for v in published if v.effective_at > on)
    return Timeline(on=on, in_force=in_force[-1] if in_force else None, upcoming=upcoming)
