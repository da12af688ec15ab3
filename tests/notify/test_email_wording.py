"""The notice email reads well (issue 11, point 8): French typography, whole sentences on one line in the
plain-text part, and the redline link named as the page shows it ("see what changes": marked in the text)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from notifier.delivery.emails import EmailTemplates

NBSP, NARROW_NBSP = "\u00a0", "\u202f"


def _render(world, lang: str):
    ledger = world.repository.ledger
    version = ledger.get("privacy", "2026-11-21")
    return EmailTemplates(world.root).render(world.repository.config, ledger, version, lang)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_french_email_sets_no_break_spaces_before_high_punctuation(world) -> None:
    message = _render(world, "fr")
    for part in (message.subject, message.text, message.html):
        assert not re.search(r" [:;!?»]|« ", part), part
    assert f"24 Sèvres{NBSP}: notre Politique de confidentialité change le 21 décembre 2026" == message.subject
    assert f"Lire la nouvelle version{NBSP}:" in message.text
    assert f"compte 24 Sèvres{NARROW_NBSP}; c’est" in message.text


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize(("lang", "redline"), [("en", "See what changes"), ("fr", "Voir les modifications")])
def test_plain_text_keeps_each_sentence_on_one_line(world, lang: str, redline: str) -> None:
    message = _render(world, lang)
    lines = [line for line in message.text.splitlines() if line.strip()]
    for line in lines:
        # A line ends a sentence, introduces a link, is a link, a heading, or the signature.
        ending = line.rstrip()[-1]
        assert ending in ".:!?" or line.startswith(("http", "%")) or len(line.split()) <= 3, line
    assert redline in message.text and redline in message.html
    assert "side by side" not in message.text and "côte à côte" not in message.text


def test_first_of_the_month_is_written_1er_in_french() -> None:
    from notifier.dates import long_date

    assert long_date(date(2023, 2, 1), "fr") == "1er février 2023"
    assert long_date(date(2023, 2, 2), "fr") == "2 février 2023"
    assert long_date(date(2023, 2, 1), "en") == "1 February 2023"
