"""Dates written as readers of each language write them, alike on the site, in emails and in pop-ups.

English is British ("1 February 2023"), as the policy texts are, rather than Babel's default American
"February 1, 2023": a customer must not read one date two ways. A language without an entry here gets
Babel's locale of the same name.
"""

from __future__ import annotations

import re
from datetime import date

from babel.dates import format_date

BABEL_LOCALES = {"en": "en_GB", "fr": "fr_FR"}
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


class ImpossibleDay(ValueError):
    """A date written in the right shape that no calendar has (30 February, month 13)."""


def read_day(text: str) -> date:
    """A day written YYYY-MM-DD; a ValueError says in words what is wrong ("30 February 2026 does not exist")."""
    match = _ISO_DAY.match(text.strip())
    if match is None:
        raise ValueError(f"'{text}' is not a date written YYYY-MM-DD")
    year, month, day = (int(part) for part in match.groups())
    if not 1 <= month <= 12:
        raise ImpossibleDay(f"'{text}': there is no month {month}")
    try:
        return date(year, month, day)
    except ValueError:
        written = f"{day} {format_date(date(year, month, 1), 'MMMM', locale='en_GB')} {year}"
        raise ImpossibleDay(f"{written} does not exist") from None


def long_date(day: date, lang: str) -> str:
    """`day` as readers of `lang` write it: "1 February 2023", "1er février 2023" (French ordinal first day)."""
    written = format_date(day, format="long", locale=BABEL_LOCALES.get(lang, lang))
    if lang == "fr" and day.day == 1 and written.startswith("1 "):
        return "1er" + written[1:]
    return written
