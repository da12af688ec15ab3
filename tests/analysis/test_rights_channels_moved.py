"""Where users send their rights requests, read from legal-rules.md: R4 makes a change of "how rights are
exercised: channel, form" major (rights_reducing if harder, slower or costlier); R14 makes "contact or address
details reformatted, same channel" minor. So the kind of route decides, not the address: the help centre replaced
by a request form, or an e-mail address by a form, is another channel (R4, major); the DPO's mailbox or postal
address moved, the route staying a mailbox or the post, is new contact details on the same channel (R14, minor).
Written in a telecom's words and run once before any fix (round six, eighth batch).
"""

from __future__ import annotations

import pytest

from notifier.analysis.change_class import ChangeClass
from tests.analysis.scenarios import assert_not_told, assert_told, one_edit

MAJOR = ChangeClass.MAJOR

POLICY = {
    "en": """# Telvia privacy notice

## Exercising your rights

To exercise your rights, contact our customer care through the help centre. You may also write to our Data
Protection Officer, Telvia plc, 10 Dock Street, Leeds LS10 1JF, or email dpo@telvia.example.
""",
    "fr": """# Politique de confidentialité de Telvia

## Exercer vos droits

Pour exercer vos droits, contactez notre service client depuis le centre d'aide. Vous pouvez aussi écrire à notre
délégué à la protection des données, Telvia SA, 10 rue des Docks, 69002 Lyon, ou à dpo@telvia.example.
""",
}


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (
            "en",
            "contact our customer care through the help centre.",
            "submit our privacy request form at https://telvia.example/privacy-request.",
        ),
        (
            "en",
            "or email dpo@telvia.example.",
            "or use the form in your online account.",
        ),
        (
            "fr",
            "contactez notre service client depuis le centre d'aide.",
            "remplissez notre formulaire de demande sur https://telvia.example/demande-droits.",
        ),
        (
            "fr",
            "ou à dpo@telvia.example.",
            "ou via le formulaire de votre espace client.",
        ),
    ],
)
def test_a_rights_route_of_another_kind_is_major(lang, old, new):
    assert_told(lang, one_edit(POLICY[lang], old, new), MAJOR)


@pytest.mark.parametrize(
    "lang, old, new",
    [
        ("en", "10 Dock Street, Leeds LS10 1JF", "Quay House, 2 Wharf Road, Leeds LS2 7EH"),
        ("en", "dpo@telvia.example", "privacy-officer@telvia.example"),
        ("fr", "10 rue des Docks, 69002 Lyon", "Tour Quai, 2 quai du Port, 69005 Lyon"),
        ("fr", "dpo@telvia.example", "delegue-protection@telvia.example"),
    ],
)
def test_the_same_route_at_a_new_address_is_not_notified(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))
