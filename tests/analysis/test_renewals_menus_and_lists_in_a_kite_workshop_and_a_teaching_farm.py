"""An audience cookie renewed on each visit, a settings path and a "no third party" clause added, no transfer and
self-hosting said again in other words, a provider moved up its list, an ID copy above a threshold, and
promises that lose items, in the words a kite-making workshop (English) and a French teaching farm use. Blind
set 12 found these categories; the scenarios were written, in other sectors and words, before the fixes.
"""

from __future__ import annotations

import pytest

from tests.analysis.scenarios import MAJOR, RR, assert_not_told, assert_told, one_edit

KITES = """# Privacy at Skyline Kite Workshop

## Audience measurement

We count visits with Plausible, set up so that it needs no consent. The cookie lasts 13 months at most; its
lifetime is not extended when you come back. You can turn the measurement off on our cookie page.

| Cookie | Purpose | Lifetime |
|---|---|---|
| sk_basket | Keeps your basket | 7 days |
| sk_recent | Kites you looked at recently | 30 days |

## What we collect

- Your name, email and postal address.
- Crash reports from our kite-design app.

## Who helps us

Our providers:

- Postmark (emails, United States, standard contractual clauses);
- Fly.io (hosting, France).

## Transfers

Our site is hosted by us in France. No personal data is transferred outside the European Union.

## Deposits

For workshops we take a deposit and your name, email and phone number.

## Our promise

We never record the designs you sketch, your location, your contacts or your device identifiers. No data is
passed to advertising networks or to data brokers.
"""

FERME = """# Ferme pédagogique des Quatre Saisons : vos données

## Mesure d'audience

Nous mesurons la fréquentation avec Matomo, configuré pour être exempté de consentement. Le cookie dure 13 mois au
plus ; sa durée n'est pas prolongée lors de vos visites suivantes. Vous pouvez vous y opposer sur la page cookies.

| Cookie | Finalité | Durée |
|---|---|---|
| qs_panier | Garde votre panier | 7 jours |
| qs_visites | Visites déjà réservées | 30 jours |

## Ce que nous collectons

- Votre nom, votre adresse e-mail et votre adresse postale.
- Les rapports d'erreur de notre application de réservation.

## Nos prestataires

Nous utilisons :

- Mailjet (e-mails, France) ;
- OVHcloud (hébergement, France).

## Transferts

Notre site est hébergé par nos soins en France. Aucun transfert hors de l'Union européenne n'est réalisé.

## Acomptes

Pour les classes vertes, nous demandons un acompte ainsi que le nom et le téléphone de l'enseignant.

## Nos engagements

Nous n'enregistrons jamais les photos des enfants, leur adresse, leur date de naissance ni le nom de leurs
parents. Aucune donnée n'est transmise à des régies publicitaires ou à des courtiers en données.
"""

POLICY = {"en": KITES, "fr": FERME}


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        ("en", "its\nlifetime is not extended when you come back.", "it is renewed on each new visit."),
        (
            "fr",
            "sa durée n'est pas prolongée lors de vos visites suivantes.",
            "elle est renouvelée à chaque nouvelle visite.",
        ),
    ],
)
def test_an_audience_cookie_renewed_on_each_visit_is_major(lang, old, new):
    result = assert_told(lang, one_edit(POLICY[lang], old, new), MAJOR)
    assert "R16" in {reason.rule for reason in result.reasons}, result.to_dict()


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "- Crash reports from our kite-design app.",
            "- Crash reports from our kite-design app, which you can switch off in Settings > Privacy > Diagnostics.",
        ),
        (
            "fr",
            "- Les rapports d'erreur de notre application de réservation.",
            "- Les rapports d'erreur de notre application de réservation, que vous pouvez désactiver dans Compte > "
            "Confidentialité > Diagnostic.",
        ),
    ],
)
def test_a_settings_path_to_switch_something_off_names_no_company(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "| Kites you looked at recently |",
            "| Kites you looked at recently, worked out from this site only; this cookie is read by no third party |",
        ),
        (
            "fr",
            "| Visites déjà réservées |",
            "| Visites déjà réservées, calculées sur ce site uniquement ; ce cookie n'est lu par aucun tiers |",
        ),
    ],
)
def test_a_cookie_read_by_no_third_party_is_a_promise_gained(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "Our site is hosted by us in France. No personal data is transferred outside the European Union.",
            "We host the site ourselves, in France. Your data are not transferred outside the European Union.",
        ),
        (
            "fr",
            "Notre site est hébergé par nos soins en France. Aucun transfert hors de l'Union européenne n'est réalisé.",
            "Le site est un site que nous hébergeons nous-mêmes en France. Vos données ne sont pas transférées hors de "
            "l'Union européenne.",
        ),
    ],
)
def test_self_hosting_and_no_transfer_said_again_are_not_notified(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))


def test_a_provider_moved_up_a_list_now_introduced_as_providers_is_not_new():
    old = "Nous utilisons :\n\n- Mailjet (e-mails, France) ;\n- OVHcloud (hébergement, France)."
    new = (
        "Nous faisons appel aux prestataires suivants :\n\n- OVHcloud (hébergement, France) ;\n"
        "- Mailjet (e-mails, France)."
    )
    assert_not_told("fr", one_edit(FERME, old, new))


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "For workshops we take a deposit and your name, email and phone number.",
            "For workshops we take a deposit and your name, email and phone number. For any order above 1,000 euros "
            "we also collect a copy of your identity document.",
        ),
        (
            "fr",
            "ainsi que le nom et le téléphone de l'enseignant.",
            "ainsi que le nom et le téléphone de l'enseignant. Pour tout séjour supérieur à 1 000 euros, nous "
            "recueillons en outre une copie de la pièce d'identité de l'enseignant.",
        ),
    ],
)
def test_an_identity_copy_above_an_amount_is_new_data_not_a_fee_on_requests(lang, old, new):
    result = assert_told(lang, one_edit(POLICY[lang], old, new), MAJOR)
    assert result.change_class is MAJOR, result.to_dict()


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "your location, your contacts or your device identifiers.",
            "or your location. To improve the app, we may keep your contacts and your device identifiers for up to "
            "a week.",
        ),
        (
            "fr",
            "leur adresse, leur date de naissance ni le nom de leurs\nparents.",
            "ni leur adresse. Pour les sorties, nous pouvons garder leur date de naissance et le nom de leurs parents "
            "pendant un mois.",
        ),
    ],
)
def test_items_taken_out_of_a_promise_and_now_kept_reduce_rights(lang, old, new):
    result = assert_told(lang, one_edit(POLICY[lang], old, new), RR)
    assert "R12" in {reason.rule for reason in result.reasons}, result.to_dict()


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "No data is\npassed to advertising networks or to data brokers.",
            "No data is passed to data brokers. The free plan shows ads from our partner Kidoz.",
        ),
        (
            "fr",
            "Aucune donnée n'est transmise à des régies publicitaires ou à des courtiers en données.",
            "Aucune donnée n'est transmise à des courtiers en données. La version gratuite affiche des publicités de "
            "notre régie partenaire.",
        ),
    ],
)
def test_no_data_for_ad_networks_dropped_from_a_promise_reduces_rights(lang, old, new):
    result = assert_told(lang, one_edit(POLICY[lang], old, new), RR)
    assert "R12" in {reason.rule for reason in result.reasons}, result.to_dict()
