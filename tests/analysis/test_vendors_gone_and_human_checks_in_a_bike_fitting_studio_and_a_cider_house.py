"""A recording vendor removed with the promise it came with, a video host removed with the consent its cookies
needed, and a new promise that no refusal is left to a machine, in the words of a bike-fitting studio's cookie
policy (English) and a French cider house's (cidrerie). Blind set 17 found these categories; the scenarios were
written, in other sectors and words, before the fixes.
"""

from __future__ import annotations

import pytest

from tests.analysis.scenarios import assert_not_told, one_edit

STUDIO = """# Cookies at Apex Bike Fit

## Cookies we use

| Cookie | Provider | Purpose | Lifetime |
|---|---|---|---|
| af_session | Apex Bike Fit | Keeps you signed in | Session |
| _clck | Clarity | Records how visitors scroll and click | 12 months |

Clarity recordings hide everything you type, so your measurements are never recorded.

## Videos

Our fitting guides are hosted on Vimeo. If you accept "Video" cookies, Vimeo may set its own cookies (vuid) when you
play a guide. Otherwise the guide is replaced by a link.

## Online orders

We check unusual orders to detect fraud.
"""

CIDRERIE = """# Cookies de la Cidrerie du Bocage

## Les cookies utilisés

| Cookie | Fournisseur | Finalité | Durée |
|---|---|---|---|
| cb_session | Cidrerie du Bocage | Garde votre session ouverte | Session |
| _clck | Clarity | Enregistre les défilements et les clics | 12 mois |

Les enregistrements Clarity masquent tout ce que vous saisissez : vos coordonnées ne sont jamais enregistrées.

## Vidéos

Nos vidéos de visite du pressoir sont hébergées sur Vimeo. Si vous acceptez les cookies « Vidéos », Vimeo peut
déposer ses propres cookies (vuid) lorsque vous regardez une vidéo. Sinon, la vidéo est remplacée par un lien.

## Commandes en ligne

Nous vérifions les commandes inhabituelles pour détecter la fraude.
"""

POLICY = {"en": STUDIO, "fr": CIDRERIE}


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "| _clck | Clarity | Records how visitors scroll and click | 12 months |\n\nClarity recordings hide "
            "everything you type, so your measurements are never recorded.\n",
            "",
        ),
        (
            "fr",
            "| _clck | Clarity | Enregistre les défilements et les clics | 12 mois |\n\nLes enregistrements Clarity "
            "masquent tout ce que vous saisissez : vos coordonnées ne sont jamais enregistrées.\n",
            "",
        ),
    ],
)
def test_a_recording_vendor_removed_with_its_promise_is_not_notified(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            'Our fitting guides are hosted on Vimeo. If you accept "Video" cookies, Vimeo may set its own cookies '
            "(vuid) when you\nplay a guide. Otherwise the guide is replaced by a link.",
            "Our fitting guides are now hosted on our own server and set no cookies.",
        ),
        (
            "fr",
            "Nos vidéos de visite du pressoir sont hébergées sur Vimeo. Si vous acceptez les cookies « Vidéos », Vimeo "
            "peut\ndéposer ses propres cookies (vuid) lorsque vous regardez une vidéo. Sinon, la vidéo est remplacée "
            "par un lien.",
            "Nos vidéos de visite du pressoir sont désormais hébergées sur notre propre serveur et ne déposent aucun "
            "cookie.",
        ),
    ],
)
def test_a_video_host_removed_with_the_consent_its_cookies_needed_is_not_notified(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "We check unusual orders to detect fraud.",
            "We check unusual orders to detect fraud. Fraud checks never lead to an automatic refusal: a member of our "
            "team reviews every order flagged by our system.",
        ),
        (
            "fr",
            "Nous vérifions les commandes inhabituelles pour détecter la fraude.",
            "Nous vérifions les commandes inhabituelles pour détecter la fraude. Ces contrôles ne conduisent jamais à "
            "un refus automatique : un membre de notre équipe examine chaque commande signalée par notre système.",
        ),
    ],
)
def test_a_promise_that_no_refusal_is_left_to_a_machine_is_not_notified(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))
