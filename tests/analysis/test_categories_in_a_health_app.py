"""A second fresh batch, on a policy of another shape: a health app whose facts sit in tables and long lists.

The same categories as test_categories_in_fresh_wordings (issue 14's list), written after that batch was fixed
and run once before any fix of their own, so they measure how the mechanisms carry over to a policy written
differently. Must-notify changes come out major or rights_reducing; harmless ones minor or editorial without
review.
"""

from __future__ import annotations

import pytest

from notifier.analysis.change_class import ChangeClass
from tests.analysis.scenarios import assert_not_told, assert_told, one_edit

E, MINOR, MAJOR, RR = ChangeClass.EDITORIAL, ChangeClass.MINOR, ChangeClass.MAJOR, ChangeClass.RIGHTS_REDUCING

POLICY = {
    "en": """# Pulse privacy notice

Effective 2 February 2026.

## 1. Controller

Pulse Health Ltd, 40 Canal Street, Manchester M1 3HE, United Kingdom, runs the Pulse app.

## 2. What the app records

| Category | Examples |
| --- | --- |
| Account | name, email address, date of birth |
| Activity | steps, workouts you log |
| Device | app version, crash reports |

## 3. Purposes

The app uses these data to:

- show your progress;
- remind you of your goals;
- fix bugs.

## 4. Who receives your data

| Recipient | Why |
| --- | --- |
| CloudNest (hosting) | stores your account in Ireland |
| Your coach, if you invite one | sees your activity |

We never give your activity data to insurers or employers.

## 5. How long we keep it

Activity is deleted 12 months after you stop using the app. Crash reports are kept for 90 days.

## 6. Your choices and rights

You can export your activity as a CSV file from the settings. You may ask for access, correction or deletion,
and you may complain to the Information Commissioner's Office. Reminders can be switched off in the settings.

## 7. Updates

We will send you a notification in the app two weeks before an important change.
""",
    "fr": """# Politique de confidentialité de Pulse

En vigueur le 2 février 2026.

## 1. Responsable

Pulse Santé SAS, 40 quai de la Loire, 75019 Paris, édite l'application Pulse.

## 2. Ce que l'application enregistre

| Catégorie | Exemples |
| --- | --- |
| Compte | nom, adresse e-mail, date de naissance |
| Activité | pas, séances que vous saisissez |
| Appareil | version de l'application, rapports de plantage |

## 3. Finalités

L'application utilise ces données pour :

- afficher vos progrès ;
- vous rappeler vos objectifs ;
- corriger les anomalies.

## 4. Destinataires

| Destinataire | Pourquoi |
| --- | --- |
| CloudNest (hébergement) | stocke votre compte en Irlande |
| Votre coach, si vous l'invitez | voit votre activité |

Nous ne transmettons jamais vos données d'activité à des assureurs ou à des employeurs.

## 5. Durée de conservation

L'activité est supprimée 12 mois après votre dernière utilisation. Les rapports de plantage sont gardés 90 jours.

## 6. Vos choix et vos droits

Vous pouvez exporter votre activité au format CSV depuis les réglages. Vous pouvez demander l'accès, la
rectification ou l'effacement, et vous pouvez introduire une réclamation auprès de la CNIL. Les rappels peuvent
être désactivés dans les réglages.

## 7. Mises à jour

Nous vous enverrons une notification dans l'application deux semaines avant toute modification importante.
""",
}


def before_after(lang: str, old: str, new: str) -> tuple[str, str]:
    return one_edit(POLICY[lang], old, new)


@pytest.mark.parametrize(
    "lang, old, new, expected",
    [
        (
            "en",
            "| Device | app version, crash reports |",
            "| Device | app version, crash reports |\n| Sleep | hours slept, heart rate at night |",
            MAJOR,
        ),
        (
            "en",
            "| Activity | steps, workouts you log |",
            "| Activity | steps, workouts you log, your menstrual cycle |",
            MAJOR,
        ),
        ("en", "- fix bugs.", "- fix bugs;\n- offer you discounts from our sports-brand partners.", MAJOR),
        (
            "en",
            "| Your coach, if you invite one | sees your activity |",
            "| Your coach, if you invite one | sees your activity |\n| Strideworks Inc. | studies anonymised trends |",
            MAJOR,
        ),
        ("en", "stores your account in Ireland", "stores your account in Ireland and in Virginia, USA", MAJOR),
        ("en", "Crash reports are kept for 90 days.", "Crash reports are kept for 18 months.", MAJOR),
        ("en", "deleted 12 months after you stop using the app.", "deleted when we no longer need it.", MAJOR),
        (
            "en",
            "We never give your activity data to insurers or employers.",
            "We never give your activity data to employers.",
            RR,
        ),
        ("en", "Reminders can be switched off in the settings.", "", RR),
        ("en", "and you may complain to the Information Commissioner's Office.", ".", RR),
        (
            "en",
            "We will send you a notification in the app two weeks before an important change.",
            "We may update this notice from time to time; please check it regularly.",
            RR,
        ),
        (
            "en",
            "You can export your activity as a CSV file from the settings.",
            "You can ask us by post for an export of your activity.",
            RR,
        ),
        (
            "fr",
            "| Appareil | version de l'application, rapports de plantage |",
            "| Appareil | version de l'application, rapports de plantage |\n"
            "| Sommeil | heures de sommeil, fréquence cardiaque nocturne |",
            MAJOR,
        ),
        (
            "fr",
            "| Activité | pas, séances que vous saisissez |",
            "| Activité | pas, séances que vous saisissez, votre cycle menstruel |",
            MAJOR,
        ),
        (
            "fr",
            "- corriger les anomalies.",
            "- corriger les anomalies ;\n- vous proposer des remises de nos marques de sport partenaires.",
            MAJOR,
        ),
        (
            "fr",
            "| Votre coach, si vous l'invitez | voit votre activité |",
            "| Votre coach, si vous l'invitez | voit votre activité |\n"
            "| Strideworks Inc. | étudie des tendances anonymisées |",
            MAJOR,
        ),
        ("fr", "stocke votre compte en Irlande", "stocke votre compte en Irlande et en Virginie (États-Unis)", MAJOR),
        (
            "fr",
            "Les rapports de plantage sont gardés 90 jours.",
            "Les rapports de plantage sont gardés 18 mois.",
            MAJOR,
        ),
        (
            "fr",
            "supprimée 12 mois après votre dernière utilisation.",
            "supprimée lorsque nous n'en avons plus besoin.",
            MAJOR,
        ),
        (
            "fr",
            "Nous ne transmettons jamais vos données d'activité à des assureurs ou à des employeurs.",
            "Nous ne transmettons jamais vos données d'activité à des employeurs.",
            RR,
        ),
        ("fr", " Les rappels peuvent\nêtre désactivés dans les réglages.", "", RR),
        ("fr", ", et vous pouvez introduire une réclamation auprès de la CNIL.", ".", RR),
        (
            "fr",
            "Nous vous enverrons une notification dans l'application deux semaines avant toute modification "
            "importante.",
            "Nous pouvons mettre à jour cette politique à tout moment ; consultez-la régulièrement.",
            RR,
        ),
        (
            "fr",
            "Vous pouvez exporter votre activité au format CSV depuis les réglages.",
            "Vous pouvez nous demander par courrier un export de votre activité.",
            RR,
        ),
    ],
)
def test_a_change_in_a_table_or_list_policy_is_must_notify_with_its_class(lang, old, new, expected):
    assert_told(lang, before_after(lang, old, new), expected)


@pytest.mark.parametrize(
    "lang, old, new",
    [
        ("en", "| CloudNest (hosting) | stores your account in Ireland |\n", ""),
        ("en", "Crash reports are kept for 90 days.", "Crash reports are kept for 30 days."),
        (
            "en",
            "runs the Pulse app.",
            "runs the Pulse app. Our data protection officer can be reached at dpo@pulse.health.",
        ),
        (
            "en",
            "Reminders can be switched off in the settings.",
            "Reminders can be switched off in the settings, and so can weekly summaries.",
        ),
        ("fr", "| CloudNest (hébergement) | stocke votre compte en Irlande |\n", ""),
        ("fr", "Les rapports de plantage sont gardés 90 jours.", "Les rapports de plantage sont gardés 30 jours."),
        (
            "fr",
            "édite l'application Pulse.",
            "édite l'application Pulse. Notre délégué à la protection des données est joignable à dpo@pulse.sante.",
        ),
        (
            "fr",
            "Les rappels peuvent\nêtre désactivés dans les réglages.",
            "Les rappels peuvent\nêtre désactivés dans les réglages, tout comme les résumés hebdomadaires.",
        ),
    ],
)
def test_a_harmless_change_in_a_table_or_list_policy_is_not_notified(lang, old, new):
    assert_not_told(lang, before_after(lang, old, new))
