"""Dates written as readers of each language write them, alike on the site, in emails and in pop-ups.

English is British ("1 February 2023"), as the policy texts are, rather than Babel's default American
"February 1, 2023": a customer must not read one date two ways. A language without an entry here gets
Babel's locale of the same name.
"""

from __future__ import annotations

from datetime import date

from babel.dates import format_date

BABEL_LOCALES = {"en": "en_GB", "fr": "fr_FR"}


def long_date(day: date, lang: str) -> str:
    """`day` as readers of `lang` write it: "1 February 2023", "1er février 2023" (French ordinal first day)."""
    written = format_date(day, format="long", locale=BABEL_LOCALES.get(lang, lang))
    if lang == "fr" and day.day == 1 and written.startswith("1 "):
        return "1er" + written[1:]
    return written
