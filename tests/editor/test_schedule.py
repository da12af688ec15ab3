"""When a version takes effect, and which one is in force: the dates a reader and a lawyer rely on."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from notifier.analysis.change_class import ChangeClass
from notifier.publishing.ledger import PolicyVersion, ReleasedText
from notifier.publishing.schedule import earliest_effective_date, timeline, today

MAJOR, MINOR = ChangeClass.MAJOR, ChangeClass.MINOR


@pytest.mark.parametrize(
    ("published", "effective"),
    [
        (date(2026, 1, 31), date(2026, 2, 28)),  # month end: no 31 February
        (date(2028, 1, 31), date(2028, 2, 29)),  # leap year
        (date(2028, 2, 29), date(2028, 3, 29)),
        (date(2026, 3, 31), date(2026, 4, 30)),
        (date(2026, 12, 31), date(2027, 1, 31)),  # across the year
        (date(2026, 11, 21), date(2026, 12, 21)),  # this repository's privacy release
        (date(2026, 3, 29), date(2026, 4, 29)),  # published on the day clocks go forward
        (date(2026, 10, 25), date(2026, 11, 25)),  # published on the day clocks go back
    ],
)
def test_major_changes_take_effect_one_calendar_month_after_publication(published: date, effective: date) -> None:
    assert earliest_effective_date(published, MAJOR) == effective
    assert earliest_effective_date(published, ChangeClass.RIGHTS_REDUCING) == effective


@pytest.mark.parametrize("change_class", [ChangeClass.EDITORIAL, MINOR])
def test_editorial_and_minor_changes_take_effect_on_publication(change_class: ChangeClass) -> None:
    assert earliest_effective_date(date(2026, 1, 31), change_class) == date(2026, 1, 31)


@pytest.mark.parametrize(
    ("utc", "paris_day"),
    [
        (datetime(2026, 3, 28, 23, 30, tzinfo=UTC), date(2026, 3, 29)),  # 00:30 CET, night clocks go forward
        (datetime(2026, 3, 29, 0, 30, tzinfo=UTC), date(2026, 3, 29)),  # 01:30 CET
        (datetime(2026, 3, 29, 22, 30, tzinfo=UTC), date(2026, 3, 30)),  # 00:30 CEST
        (datetime(2026, 10, 24, 22, 30, tzinfo=UTC), date(2026, 10, 25)),  # 00:30 CEST, night clocks go back
        (datetime(2026, 10, 25, 22, 30, tzinfo=UTC), date(2026, 10, 25)),  # 23:30 CET
        (datetime(2026, 12, 31, 23, 0, tzinfo=UTC), date(2027, 1, 1)),
    ],
)
def test_the_publication_day_is_the_day_in_paris(utc: datetime, paris_day: date) -> None:
    assert today("Europe/Paris", now=utc) == paris_day


def test_today_refuses_a_naive_time() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        today(now=datetime(2026, 1, 1, 12, 0))


def version(name: str, published: date, effective: date, langs: tuple[str, ...] = ("en", "fr")) -> PolicyVersion:
    text = ReleasedText(path="docs/x.md", blob="0" * 40, sha256="0" * 64)
    return PolicyVersion(
        policy="privacy",
        version=name,
        published_at=published,
        effective_at=effective,
        change_class=MAJOR if effective > published else MINOR,
        reasons=(),
        summary={},
        texts=dict.fromkeys(langs, text),
    )


V1 = version("2023-02-01", date(2023, 2, 1), date(2023, 2, 1))
V2 = version("2026-11-21", date(2026, 11, 21), date(2026, 12, 21))


@pytest.mark.parametrize(
    ("on", "in_force", "upcoming"),
    [
        (date(2023, 1, 31), None, ()),
        (date(2023, 2, 1), V1, ()),
        (date(2026, 11, 20), V1, ()),
        (date(2026, 11, 21), V1, (V2,)),
        (date(2026, 11, 25), V1, (V2,)),
        (date(2026, 12, 20), V1, (V2,)),
        (date(2026, 12, 21), V2, ()),
    ],
)
def test_which_version_is_in_force_and_which_is_coming(
    on: date, in_force: PolicyVersion | None, upcoming: tuple
) -> None:
    answer = timeline([V2, V1], "en", on)
    assert answer.in_force is in_force
    assert answer.upcoming == upcoming


def test_a_version_without_a_text_in_a_language_does_not_count_for_that_language() -> None:
    english_only = version("2027-01-10", date(2027, 1, 10), date(2027, 1, 10), langs=("en",))
    assert timeline([V1, V2, english_only], "en", date(2027, 2, 1)).in_force is english_only
    assert timeline([V1, V2, english_only], "fr", date(2027, 2, 1)).in_force is V2
