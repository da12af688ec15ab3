"""Round six, sixth fresh batch: a music-streaming service whose facts sit in tables and link lists, in English
and French, written after the fifth batch was fixed and run once before any fix of its own.

Must-notify: a provider named only by a link, a transfer destination in a table cell, pixels in e-mails, an opt-in
made a default, an opt-out path removed, a new proof of identity, a promise weakened by "nevertheless" or
"néanmoins". Not told: a vendor removed with its opt-out, an entity renamed, a supplemental regional page, a
clarification of a practice already disclosed.
"""

from __future__ import annotations

import pytest

from notifier.analysis.change_class import ChangeClass
from tests.analysis.scenarios import assert_not_told, assert_told, one_edit

E, MINOR, MAJOR, RR = ChangeClass.EDITORIAL, ChangeClass.MINOR, ChangeClass.MAJOR, ChangeClass.RIGHTS_REDUCING

POLICY = {
    "en": """# Tunebird privacy policy

## Providers

| Provider | Service | Country |
| --- | --- | --- |
| Nimbus Hosting | hosting | Ireland |
| Paylane | payments | Netherlands |

Our analytics providers are listed here: [Statwise](https://statwise.cloud/privacy).

## Emails

Our emails contain no tracking pixels. Personalised playlists by email are sent only if you switch them on. You
can choose plain-text emails in your settings.

## Advertising

We work with Adverity for ads; you can opt out of Adverity's ads at https://adverity.example/optout. We never
sell your listening history.

## Requests

We answer requests sent from the email address of your account without asking for further proof.
""",
    "fr": """# Politique de confidentialité de Tunebird

## Prestataires

| Prestataire | Service | Pays |
| --- | --- | --- |
| Nimbus Hosting | hébergement | Irlande |
| Paylane | paiements | Pays-Bas |

Nos prestataires de mesure d'audience sont listés ici : [Statwise](https://statwise.cloud/privacy).

## E-mails

Nos e-mails ne contiennent aucun pixel de suivi. Les playlists personnalisées par e-mail ne sont envoyées que
si vous les activez. Vous pouvez choisir des e-mails en texte brut dans vos paramètres.

## Publicité

Nous travaillons avec Adverity pour la publicité ; vous pouvez refuser les publicités d'Adverity sur
https://adverity.example/optout. Nous ne vendons jamais votre historique d'écoute.

## Demandes

Nous répondons aux demandes envoyées depuis l'adresse e-mail de votre compte sans demander d'autre justificatif.
""",
}


def before_after(lang: str, old: str, new: str) -> tuple[str, str]:
    return one_edit(POLICY[lang], old, new)


@pytest.mark.parametrize(
    "lang, old, new, expected",
    [
        (
            "en",
            "[Statwise](https://statwise.cloud/privacy).",
            "[Statwise](https://statwise.cloud/privacy), [Clickpath](https://clickpath.cloud/privacy).",
            MAJOR,
        ),
        ("en", "| Paylane | payments | Netherlands |", "| Paylane | payments | Netherlands, India |", MAJOR),
        (
            "en",
            "Our emails contain no tracking pixels.",
            "Our emails contain pixels that tell us when you open them.",
            MAJOR,
        ),
        (
            "en",
            "Personalised playlists by email are sent only if you switch them on.",
            "Personalised playlists by email are sent to every listener.",
            MAJOR,
        ),
        ("en", "You\ncan choose plain-text emails in your settings.", "", RR),
        (
            "en",
            "without asking for further proof.",
            "once you have sent us a copy of your passport.",
            RR,
        ),
        (
            "en",
            "We never\nsell your listening history.",
            "We never\nsell your listening history. Nevertheless, record labels may buy aggregated listening reports "
            "that include it.",
            RR,
        ),
        (
            "fr",
            "[Statwise](https://statwise.cloud/privacy).",
            "[Statwise](https://statwise.cloud/privacy), [Clickpath](https://clickpath.cloud/privacy).",
            MAJOR,
        ),
        ("fr", "| Paylane | paiements | Pays-Bas |", "| Paylane | paiements | Pays-Bas, Inde |", MAJOR),
        (
            "fr",
            "Nos e-mails ne contiennent aucun pixel de suivi.",
            "Nos e-mails contiennent des pixels qui nous indiquent quand vous les ouvrez.",
            MAJOR,
        ),
        (
            "fr",
            "Les playlists personnalisées par e-mail ne sont envoyées que\nsi vous les activez.",
            "Les playlists personnalisées par e-mail sont envoyées à tous les auditeurs.",
            MAJOR,
        ),
        ("fr", " Vous pouvez choisir des e-mails en texte brut dans vos paramètres.", "", RR),
        (
            "fr",
            "sans demander d'autre justificatif.",
            "après réception d'une copie de votre passeport.",
            RR,
        ),
        (
            "fr",
            "Nous ne vendons jamais votre historique d'écoute.",
            "Nous ne vendons jamais votre historique d'écoute. Les maisons de disques peuvent néanmoins acheter des "
            "rapports d'écoute agrégés qui l'incluent.",
            RR,
        ),
    ],
)
def test_a_change_in_a_table_and_link_policy_is_must_notify_with_its_class(lang, old, new, expected):
    assert_told(lang, before_after(lang, old, new), expected)


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (
            "en",
            "We work with Adverity for ads; you can opt out of Adverity's ads at https://adverity.example/optout. ",
            "",
        ),
        (
            "en",
            "| Nimbus Hosting | hosting | Ireland |",
            "| Nimbus Cloud (formerly Nimbus Hosting) | hosting | Ireland |",
        ),
        (
            "en",
            "listed here: [Statwise](https://statwise.cloud/privacy).",
            "listed here: [Statwise](https://statwise.cloud/privacy). Listeners in Switzerland, see also our "
            "[Swiss supplement](https://tunebird.example/ch).",
        ),
        (
            "en",
            "Our emails contain no tracking pixels.",
            "Our emails contain no tracking pixels, so we do not know whether you open them.",
        ),
        (
            "fr",
            "Nous travaillons avec Adverity pour la publicité ; vous pouvez refuser les publicités d'Adverity sur\n"
            "https://adverity.example/optout. ",
            "",
        ),
        (
            "fr",
            "| Nimbus Hosting | hébergement | Irlande |",
            "| Nimbus Cloud (anciennement Nimbus Hosting) | hébergement | Irlande |",
        ),
        (
            "fr",
            "listés ici : [Statwise](https://statwise.cloud/privacy).",
            "listés ici : [Statwise](https://statwise.cloud/privacy). Auditeurs en Suisse, consultez aussi notre "
            "[supplément suisse](https://tunebird.example/ch).",
        ),
        (
            "fr",
            "Nos e-mails ne contiennent aucun pixel de suivi.",
            "Nos e-mails ne contiennent aucun pixel de suivi : nous ne savons donc pas si vous les ouvrez.",
        ),
    ],
)
def test_a_harmless_change_in_a_table_and_link_policy_is_not_notified(lang, old, new):
    assert_not_told(lang, before_after(lang, old, new))
