"""Rights listed as verbs, a fee per request, and cookie lifetimes, in the words a gym chain (English) and a French
car-repair network use. Blind set 6 missed these categories; the scenarios were written before the fixes.
"""

from __future__ import annotations

import pytest

from tests.analysis.scenarios import MAJOR, RR, assert_not_told, assert_told, one_edit

GYM = """# Privacy and cookies at FitHall

## Your rights

You can see, fix, delete and take away your data, limit how we use it and object to that use. Write to
privacy@fithall.example. We do not charge for requests.

## Cookies

| Cookie | What it does | Lifetime |
|---|---|---|
| fh_session | keeps you signed in | a few hours |
| fh_lang | remembers your language | 6 months |

Our booking cookie is short-lived, lasting only a few minutes.
"""

GARAGE = """# Politique de confidentialité et cookies

## Vos droits

Vous pouvez consulter, corriger, supprimer et récupérer vos données, limiter leur utilisation et vous opposer
à celle-ci. Écrivez à vie-privee@garage-martin.example. Vos demandes sont gratuites.

## Cookies

- `gm_panier` : garde votre devis en cours (quelques heures) ;
- `gm_langue` : retient votre langue (6 mois) ;

Le cookie de prise de rendez-vous est de courte durée : quelques minutes seulement.
"""

POLICY = {"en": GYM, "fr": GARAGE}
RIGHTS = {
    "en": "You can see, fix, delete and take away your data, limit how we use it and object to that use.",
    "fr": "Vous pouvez consulter, corriger, supprimer et récupérer vos données, limiter leur utilisation et vous "
    "opposer\nà celle-ci.",
}


@pytest.mark.parametrize(
    ("lang", "new"),
    [
        ("en", "You can see, fix and delete your data and limit how we use it."),
        ("fr", "Vous pouvez consulter, corriger et supprimer vos données et limiter leur utilisation."),
    ],
)
def test_rights_listed_as_verbs_losing_two_of_them_take_them_away(lang, new):
    assert_told(lang, one_edit(POLICY[lang], RIGHTS[lang], new), RR)


@pytest.mark.parametrize(
    ("lang", "new"),
    [
        ("en", "You can see, fix and delete your data, limit how we use it and object to that use."),
        (
            "fr",
            "Vous pouvez consulter, corriger et supprimer vos données, limiter leur utilisation et vous opposer\nà "
            "celle-ci.",
        ),
    ],
)
def test_taking_ones_data_away_no_longer_offered_takes_the_right_to_portability_away(lang, new):
    assert_told(lang, one_edit(POLICY[lang], RIGHTS[lang], new), RR)


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        ("en", "We do not charge for requests.", "The first copy each year is free; further copies cost £10 each."),
        (
            "fr",
            "Vos demandes sont gratuites.",
            "La première copie est gratuite ; chaque copie suivante est facturée 12 euros.",
        ),
    ],
)
def test_a_fee_per_request_where_requests_were_free_takes_a_right_away(lang, old, new):
    assert_told(lang, one_edit(POLICY[lang], old, new), RR)


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        ("en", "| 6 months |", "| 12 months |"),
        ("en", "short-lived, lasting only a few minutes.", "kept for 30 days."),
        ("fr", "(6 mois)", "(12 mois)"),
        ("fr", "de courte durée : quelques minutes seulement.", "conservé 30 jours."),
    ],
)
def test_a_cookie_kept_longer_is_major(lang, old, new):
    result = assert_told(lang, one_edit(POLICY[lang], old, new), MAJOR)
    assert {"R16", "R8"} & {r.rule for r in result.reasons}, result.to_dict()


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        ("en", "| 6 months |", "| 3 months |"),
        ("fr", "(6 mois)", "(3 mois)"),
    ],
)
def test_a_cookie_kept_for_less_time_is_not_notified(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))
