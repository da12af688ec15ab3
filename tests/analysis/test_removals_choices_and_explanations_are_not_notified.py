"""Round six, seventh fresh batch: over-calls blind set 3 found, in a ride-hailing app's policy and in new
words, run once before any fix of their own. A recipient removed with its postal address, a more private choice
offered beside the existing ones, and a sentence explaining what an existing opt-out does are not told.
"""

from __future__ import annotations

import pytest

from tests.analysis.scenarios import assert_not_told, one_edit

POLICY = {
    "en": """# Ridely privacy policy

## Partners

We share trip data with these partners: Mapwise GmbH, Kantstrasse 12, 10623 Berlin, Germany (maps); Paylane BV,
Keizersgracht 1, 1015 CJ Amsterdam, Netherlands (payments).

## Location settings

In the app you can choose to:

* share your precise location during trips;
* turn location sharing off when the app is closed.

## Personalised offers

To opt out of personalised offers, switch off "Offers" in your settings.
""",
    "fr": """# Politique de confidentialité de Ridely

## Partenaires

Nous partageons les données de course avec ces partenaires : Mapwise GmbH, Kantstrasse 12, 10623 Berlin,
Allemagne (cartes) ; Paylane BV, Keizersgracht 1, 1015 CJ Amsterdam, Pays-Bas (paiements).

## Réglages de localisation

Dans l'application, vous pouvez choisir de :

* partager votre position précise pendant les courses ;
* désactiver le partage de position quand l'application est fermée.

## Offres personnalisées

Pour refuser les offres personnalisées, désactivez « Offres » dans vos paramètres.
""",
}


@pytest.mark.parametrize(
    "lang, old, new",
    [
        ("en", "Mapwise GmbH, Kantstrasse 12, 10623 Berlin, Germany (maps); ", ""),
        (
            "en",
            "* turn location sharing off when the app is closed.",
            "* turn location sharing off when the app is closed;\n"
            "* share an approximate location only (to about 2 km).",
        ),
        (
            "en",
            'switch off "Offers" in your settings.',
            'switch off "Offers" in your settings. Switching it off does not remove offers; the offers you see '
            "are simply no longer based on your trips.",
        ),
        ("fr", "Mapwise GmbH, Kantstrasse 12, 10623 Berlin,\nAllemagne (cartes) ; ", ""),
        (
            "fr",
            "* désactiver le partage de position quand l'application est fermée.",
            "* désactiver le partage de position quand l'application est fermée ;\n"
            "* partager seulement une position approximative (à 2 km près).",
        ),
        (
            "fr",
            "désactivez « Offres » dans vos paramètres.",
            "désactivez « Offres » dans vos paramètres. Les offres ne disparaissent pas pour autant : elles ne "
            "sont simplement plus fondées sur vos courses.",
        ),
    ],
)
def test_a_removal_a_more_private_choice_or_an_explanation_is_not_notified(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))
