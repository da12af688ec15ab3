"""A fourth fresh batch: a short notice of a writing assistant with a cookie section, written after the three
other fresh batches were fixed and run once before any fix of its own.

It covers what the other batches did not: legal bases, automated decisions, training of models, sources of
data, defaults, trackers and their lifetimes, ages in words, and harmless edits of a notice with a stamp.
"""

from __future__ import annotations

import pytest

from notifier.analysis.change_class import ChangeClass
from tests.analysis.scenarios import assert_not_told, assert_told, one_edit

E, MINOR, MAJOR, RR = ChangeClass.EDITORIAL, ChangeClass.MINOR, ChangeClass.MAJOR, ChangeClass.RIGHTS_REDUCING

POLICY = {
    "en": """# Quillmate privacy notice

Version of 4 April 2026.

## How we use your texts

Quillmate corrects the texts you paste into it. Your texts are used only to return the corrections to you and
are not used to train our models. We rely on the contract with you to process them.

## Where our data come from

We only use the data you give us yourself.

## Account

Quillmate is not meant for anyone under sixteen. Sharing your documents with other users is off until you
switch it on.

## Cookies

We use a session cookie, which expires when you close your browser, and, if you accept them, audience
measurement cookies from Statly that last 6 months.

## Contact

Questions: privacy@quillmate.example.
""",
    "fr": """# Politique de confidentialité de Quillmate

Version du 4 avril 2026.

## Utilisation de vos textes

Quillmate corrige les textes que vous y collez. Vos textes servent uniquement à vous renvoyer les corrections
et ne sont pas utilisés pour entraîner nos modèles. Nous nous fondons sur le contrat conclu avec vous pour les
traiter.

## Origine des données

Nous utilisons uniquement les données que vous nous fournissez vous-même.

## Compte

Quillmate ne s'adresse pas aux personnes de moins de seize ans. Le partage de vos documents avec d'autres
utilisateurs est désactivé tant que vous ne l'activez pas.

## Cookies

Nous utilisons un cookie de session, qui expire à la fermeture du navigateur, et, si vous les acceptez, des
cookies de mesure d'audience de Statly d'une durée de 6 mois.

## Contact

Questions : confidentialite@quillmate.example.
""",
}


def before_after(lang: str, old: str, new: str) -> tuple[str, str]:
    return one_edit(POLICY[lang], old, new)


@pytest.mark.parametrize(
    "lang, old, new, expected",
    [
        ("en", "and\nare not used to train our models.", "and\nmay be used to improve our models.", MAJOR),
        (
            "en",
            "We rely on the contract with you to process them.",
            "We rely on our legitimate interest to process them.",
            MAJOR,
        ),
        (
            "en",
            "Quillmate corrects the texts you paste into it.",
            "Quillmate corrects the texts you paste into it. Accounts whose texts our filter rates as abusive are "
            "closed without anyone looking at them.",
            MAJOR,
        ),
        (
            "en",
            "We only use the data you give us yourself.",
            "We also obtain your job title and employer from professional directories.",
            MAJOR,
        ),
        ("en", "not meant for anyone under sixteen.", "not meant for anyone under thirteen.", MAJOR),
        ("en", "is off until you\nswitch it on.", "is on unless you\nswitch it off.", MAJOR),
        ("en", "from Statly that last 6 months.", "from Statly that last 12 months.", MAJOR),
        (
            "en",
            "audience\nmeasurement cookies from Statly",
            "audience\nmeasurement cookies from Statly and advertising cookies from Adloop",
            MAJOR,
        ),
        (
            "fr",
            "et ne sont pas utilisés pour entraîner nos modèles.",
            "et peuvent servir à améliorer nos modèles.",
            MAJOR,
        ),
        (
            "fr",
            "Nous nous fondons sur le contrat conclu avec vous pour les\ntraiter.",
            "Nous nous fondons sur notre intérêt légitime pour les traiter.",
            MAJOR,
        ),
        (
            "fr",
            "Quillmate corrige les textes que vous y collez.",
            "Quillmate corrige les textes que vous y collez. Les comptes dont les textes sont jugés abusifs par notre "
            "filtre sont fermés sans que personne ne les examine.",
            MAJOR,
        ),
        (
            "fr",
            "Nous utilisons uniquement les données que vous nous fournissez vous-même.",
            "Nous obtenons aussi votre fonction et votre employeur auprès d'annuaires professionnels.",
            MAJOR,
        ),
        ("fr", "de moins de seize ans.", "de moins de treize ans.", MAJOR),
        (
            "fr",
            "est désactivé tant que vous ne l'activez pas.",
            "est activé tant que vous ne le désactivez pas.",
            MAJOR,
        ),
        ("fr", "d'une durée de 6 mois.", "d'une durée de 12 mois.", MAJOR),
        (
            "fr",
            "cookies de mesure d'audience de Statly",
            "cookies de mesure d'audience de Statly et des cookies publicitaires d'Adloop",
            MAJOR,
        ),
    ],
)
def test_a_change_of_use_basis_source_default_or_tracker_is_must_notify(lang, old, new, expected):
    assert_told(lang, before_after(lang, old, new), expected)


@pytest.mark.parametrize(
    "lang, old, new",
    [
        ("en", "Version of 4 April 2026.", "Version of 28 November 2026."),
        ("en", "are not used to train our models.", "cannot be used to train our models."),
        ("en", "Quillmate corrects the texts", "Quillmate corects the texts"),
        ("en", "Questions: privacy@quillmate.example.", "Questions: privacy (at) quillmate.example."),
        ("en", "from Statly that last 6 months.", "from Statly that last 3 months."),
        ("fr", "Version du 4 avril 2026.", "Version du 28 novembre 2026."),
        ("fr", "Quillmate corrige les textes", "Quillmate corige les textes"),
        ("fr", "Questions : confidentialite@quillmate.example.", "Questions : confidentialite (at) quillmate.example."),
        ("fr", "d'une durée de 6 mois.", "d'une durée de 3 mois."),
    ],
)
def test_a_stamp_a_typo_a_spelt_out_address_a_kept_promise_or_a_shorter_lifetime_is_not_notified(lang, old, new):
    assert_not_told(lang, before_after(lang, old, new))
