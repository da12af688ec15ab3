"""Edits of kinds a reader who had not seen the rules wrote (rights, channels, automated decisions, promises),
as an editor meets them, and three kinds of harmless edits that must stay minor.

Each scenario edits one block of a whole policy: a sentence, a list item, a heading with its paragraph or a
table row. The wordings are written for these tests; they come neither from the evaluation corpus nor from the
blind edits.
"""

from __future__ import annotations

import pytest

from notifier.analysis.change_class import ChangeClass
from notifier.analysis.classify import classify

MINOR, MAJOR, RR = ChangeClass.MINOR, ChangeClass.MAJOR, ChangeClass.RIGHTS_REDUCING

POLICY = {
    "en": """# Privacy notice

## Who we are

Harbour Rail Ltd (company number 0481516) sells train tickets online and is the controller of your data.

## What we collect

We collect your name, your email address, your journeys and your payment details.

## Why we use it

We use your data to issue your tickets, to handle refunds and to send you our newsletter if you ask for it.
You can withdraw your consent to the newsletter at any time with the link in each email.

## How long we keep it

| Data | How long |
| --- | --- |
| Tickets and journeys | 3 years |
| Accounting records | 10 years |

We keep your account for two years after your last journey.

## Your rights

You have the right to access your data, to have it corrected and to have it erased.

* **Objection**: you may object at any time to our use of your data for reasons relating to your situation.
* **Portability**: you can receive the data you gave us in a structured, machine-readable format.
* **Restriction**: you can ask us to restrict the processing of your data while a dispute is settled.

### Complaints

If you think we misuse your data, you may lodge a complaint with the Information Commissioner's Office or
another supervisory authority.

## How to exercise your rights

Write to our data protection officer at dpo@harbourrail.example or use the form at
https://harbourrail.example/privacy/requests. Requests are free of charge and we answer within one month.

## Changes

We will tell you by email before any important change.
""",
    "fr": """# Politique de confidentialité

## Qui sommes-nous

Rail du Port SAS (RCS Paris 481 516 234) vend des billets de train en ligne et est responsable du traitement
de vos données.

## Ce que nous collectons

Nous collectons votre nom, votre adresse e-mail, vos trajets et vos moyens de paiement.

## Pourquoi nous les utilisons

Nous utilisons vos données pour émettre vos billets, traiter vos remboursements et vous envoyer notre lettre
d'information si vous la demandez. Vous pouvez retirer votre consentement à tout moment grâce au lien présent
dans chaque e-mail.

## Combien de temps nous les gardons

| Données | Durée |
| --- | --- |
| Billets et trajets | 3 ans |
| Pièces comptables | 10 ans |

Nous conservons votre compte pendant deux ans après votre dernier trajet.

## Vos droits

Vous disposez d'un droit d'accès, de rectification et d'effacement de vos données.

* **Opposition** : vous pouvez vous opposer à tout moment au traitement de vos données pour des raisons tenant
  à votre situation particulière.
* **Portabilité** : vous pouvez recevoir les données que vous nous avez fournies dans un format structuré et
  lisible par machine.
* **Limitation** : vous pouvez demander la limitation du traitement de vos données pendant un litige.

### Réclamations

Si vous estimez que nous utilisons mal vos données, vous pouvez introduire une réclamation auprès de la CNIL.

## Exercer vos droits

Écrivez à notre délégué à la protection des données à dpo@railduport.example ou utilisez le formulaire
https://railduport.example/confidentialite/demandes. Les demandes sont gratuites et nous répondons dans un
délai d'un mois.

## Modifications

Nous vous préviendrons par e-mail avant toute modification importante.
""",
}


def edit(lang: str, old: str, new: str) -> tuple[str, str]:
    """The whole policy before and after the editor replaced one passage of it."""
    text = POLICY[lang]
    assert old in text, old
    return text, text.replace(old, new, 1)


def check(lang: str, old: str, new: str, expected: ChangeClass, rule: str) -> None:
    result = classify(*edit(lang, old, new), lang=lang)
    assert result.change_class is expected, result.to_dict()
    assert rule in {r.rule for r in result.reasons}, result.to_dict()
    decisive = [r for r in result.reasons if r.rule == rule]
    assert all(r.section for r in decisive), result.to_dict()
    assert all(r.old or r.new for r in decisive), result.to_dict()


def insert_after(anchor: str, added: str) -> tuple[str, str]:
    """The passage before and after the editor added words right after it."""
    return anchor, anchor + added


# --- 1. A right removed or narrowed (R13) ----------------------------------------------------------------


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (  # a list item granting portability deleted
            "en",
            "* **Portability**: you can receive the data you gave us in a structured, machine-readable format.\n",
            "",
        ),
        (  # a heading and its paragraph on complaints deleted
            "en",
            "### Complaints\n\nIf you think we misuse your data, you may lodge a complaint with the Information "
            "Commissioner's Office or\nanother supervisory authority.\n",
            "",
        ),
        (  # the withdrawal of consent, stated outside the rights section, deleted
            "en",
            "\nYou can withdraw your consent to the newsletter at any time with the link in each email.",
            "",
        ),
        (  # the right to object narrowed in time
            "en",
            "you may object at any time to our use",
            "you may object within 30 days of collection to our use",
        ),
        (  # erasure dropped from the prose list of rights
            "en",
            "to access your data, to have it corrected and to have it erased.",
            "to access your data and to have it corrected.",
        ),
        (
            "fr",
            "* **Portabilité** : vous pouvez recevoir les données que vous nous avez fournies dans un format "
            "structuré et\n  lisible par machine.\n",
            "",
        ),
        (
            "fr",
            "### Réclamations\n\nSi vous estimez que nous utilisons mal vos données, vous pouvez introduire une "
            "réclamation auprès de la CNIL.\n",
            "",
        ),
        (
            "fr",
            " Vous pouvez retirer votre consentement à tout moment grâce au lien présent\ndans chaque e-mail.",
            "",
        ),
        (
            "fr",
            "vous pouvez vous opposer à tout moment au traitement",
            "vous pouvez vous opposer dans les 30 jours suivant la collecte au traitement",
        ),
        (
            "fr",
            "d'un droit d'accès, de rectification et d'effacement de vos données.",
            "d'un droit d'accès et de rectification de vos données.",
        ),
    ],
)
def test_a_right_the_new_version_no_longer_grants_is_rights_reducing_r13(lang, old, new):
    check(lang, old, new, RR, "R13")


# --- 2. A way to exercise rights removed or made harder (R4) ---------------------------------------------


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (  # the DPO's mailbox removed, only the web form left
            "en",
            "Write to our data protection officer at dpo@harbourrail.example or use the form at\n",
            "Use the form at\n",
        ),
        (  # the web form replaced by registered letter only
            "en",
            "Write to our data protection officer at dpo@harbourrail.example or use the form at\n"
            "https://harbourrail.example/privacy/requests.",
            "Send your request by registered letter only to our data protection officer, Harbour Rail Ltd, "
            "4 Quay Street, Bristol BS1 4DJ.",
        ),
        (  # free requests made paying
            "en",
            "Requests are free of charge",
            "Each request is charged an administrative fee of £15",
        ),
        (  # online requests replaced by a visit in person
            "en",
            "or use the form at\nhttps://harbourrail.example/privacy/requests.",
            "or come in person to any of our ticket offices.",
        ),
        (
            "fr",
            "Écrivez à notre délégué à la protection des données à dpo@railduport.example ou utilisez le formulaire\n",
            "Utilisez le formulaire\n",
        ),
        (
            "fr",
            "ou utilisez le formulaire\nhttps://railduport.example/confidentialite/demandes.",
            "uniquement par courrier postal à Rail du Port SAS, 8 quai de la Gare, 75013 Paris.",
        ),
        (
            "fr",
            "Les demandes sont gratuites",
            "Chaque demande donne lieu à des frais de traitement de 15 euros",
        ),
        (
            "fr",
            "ou utilisez le formulaire\nhttps://railduport.example/confidentialite/demandes.",
            "ou présentez-vous en personne à l'un de nos guichets.",
        ),
    ],
)
def test_a_way_to_exercise_rights_removed_or_made_harder_is_rights_reducing_r4(lang, old, new):
    check(lang, old, new, RR, "R4")


# --- 3. Automated decisions introduced (R11) -------------------------------------------------------------


@pytest.mark.parametrize(
    "lang, anchor, added",
    [
        (
            "en",
            "to send you our newsletter if you ask for it.",
            " Each booking gets a fraud risk score; bookings above a threshold are cancelled automatically, "
            "without human review.",
        ),
        (
            "en",
            "while a dispute is settled.\n",
            "* **Account checks**: our system suspends accounts it flags as suspicious on its own, with no "
            "member of staff involved.\n",
        ),
        (
            "en",
            "to send you our newsletter if you ask for it.",
            " Whether you may pay by instalments is decided by software from your payment history, and no "
            "person looks at the decision.",
        ),
        (
            "fr",
            "si vous la demandez.",
            " Chaque réservation reçoit un score de risque de fraude ; au-delà d'un seuil, elle est annulée "
            "automatiquement, sans intervention humaine.",
        ),
        (
            "fr",
            "pendant un litige.\n",
            "* **Contrôle des comptes** : notre système suspend de lui-même les comptes qu'il juge suspects, "
            "sans qu'aucun agent ne vérifie.\n",
        ),
        (
            "fr",
            "si vous la demandez.",
            " Le paiement en plusieurs fois vous est accordé ou refusé par un logiciel selon votre historique "
            "de paiement, sans examen par une personne.",
        ),
    ],
)
def test_a_decision_taken_by_software_alone_is_major_r11(lang, anchor, added):
    check(lang, *insert_after(anchor, added), MAJOR, "R11")


# --- 4. A promise not to do something weakened (R12) -----------------------------------------------------


@pytest.mark.parametrize(
    "lang, promise, weakened",
    [
        ("en", "We do not sell your personal data.", "We may sell your personal data to selected partners."),
        (
            "en",
            "We are not in the business of selling your data.",
            "We may sell or share your data with advertising partners.",
        ),
        ("en", "We will never rent your email address to anyone.", "We may rent your email address to other brands."),
        ("fr", "Nous ne vendons jamais vos données.", "Nous pouvons être amenés à vendre vos données."),
        (
            "fr",
            "Nous ne faisons pas commerce de vos données.",
            "Nous pouvons vendre ou partager vos données avec des partenaires publicitaires.",
        ),
        (
            "fr",
            "Nous ne louerons jamais votre adresse e-mail à qui que ce soit.",
            "Nous pourrons louer votre adresse e-mail à d'autres marques.",
        ),
    ],
)
def test_a_promise_turned_into_a_possibility_is_rights_reducing_r12(lang, promise, weakened):
    anchor = {"en": "payment details.", "fr": "moyens de paiement."}[lang]
    with_promise = POLICY[lang].replace(anchor, f"{anchor} {promise}")
    result = classify(with_promise, with_promise.replace(promise, weakened), lang=lang)
    assert result.change_class is RR, result.to_dict()
    assert "R12" in {r.rule for r in result.reasons}, result.to_dict()


# --- 5-7. Harmless edits that must not be notified ---------------------------------------------------------


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (  # 5. the company renamed, the same controller
            "en",
            "Harbour Rail Ltd (company number 0481516) sells",
            "Coastline Rail Ltd, formerly Harbour Rail Ltd, remains the controller; its company number "
            "(0481516) is unchanged. It sells",
        ),
        (
            "en",
            "is the controller of your data.",
            "is the controller of your data. Harbour Rail Ltd now trades as Tidal Trains; it is the same "
            "company, with the same registration number.",
        ),
        (
            "fr",
            "Rail du Port SAS (RCS Paris 481 516 234) vend",
            "Rail Atlantique SAS, anciennement Rail du Port SAS, reste responsable du traitement ; son numéro "
            "RCS (481 516 234) est inchangé. Elle vend",
        ),
        (
            "fr",
            "responsable du traitement\nde vos données.",
            "responsable du traitement\nde vos données. Rail du Port SAS s'appelle désormais Trains du Large SAS ; "
            "il s'agit de la même société, avec le même numéro d'immatriculation.",
        ),
        (  # 6. a page for a region that explains the same practices
            "en",
            "We will tell you by email before any important change.",
            "We will tell you by email before any important change. Travellers in Ireland can read "
            "https://harbourrail.example/ie/privacy, which explains the same practices.",
        ),
        (
            "en",
            "We will tell you by email before any important change.",
            "We will tell you by email before any important change.\n\n* [Scotland]"
            "(https://harbourrail.example/scot/privacy): the same practices, described for Scottish travellers.",
        ),
        (
            "fr",
            "avant toute modification importante.",
            "avant toute modification importante. Les voyageurs belges trouveront à l'adresse "
            "https://railduport.example/be/confidentialite une page qui reprend les mêmes pratiques.",
        ),
        (
            "fr",
            "avant toute modification importante.",
            "avant toute modification importante.\n\n* [Suisse](https://railduport.example/ch/confidentialite) : "
            "les mêmes pratiques, présentées pour nos clients suisses.",
        ),
        (  # 7. an example added to a retention period that stays the same
            "en",
            "| Accounting records | 10 years |",
            "| Accounting records (in particular invoices and credit notes) | 10 years |",
        ),
        (
            "en",
            "We keep your account for two years after your last journey.",
            "We keep your account (for example your saved journeys and railcards) for two years after your last "
            "journey.",
        ),
        (
            "fr",
            "| Pièces comptables | 10 ans |",
            "| Pièces comptables (notamment les factures et les avoirs) | 10 ans |",
        ),
        (
            "fr",
            "Nous conservons votre compte pendant deux ans",
            "Nous conservons votre compte (par exemple vos trajets enregistrés et vos cartes de réduction) "
            "pendant deux ans",
        ),
    ],
)
def test_a_renaming_a_regional_page_or_an_example_changes_no_practice_and_is_minor(lang, old, new):
    result = classify(*edit(lang, old, new), lang=lang)
    assert result.change_class is MINOR, result.to_dict()
    assert not result.review, result.to_dict()


# --- Second wordings, written after the mechanisms: they measure how far the mechanisms reach -------------


@pytest.mark.parametrize(
    "lang, old, new",
    [
        ("en", "Requests are free of charge and we", "Requests are handled and we"),
        ("fr", "Les demandes sont gratuites et nous", "Les demandes sont payantes et nous"),
    ],
)
def test_requests_no_longer_free_are_rights_reducing_r4(lang, old, new):
    check(lang, old, new, RR, "R4")


@pytest.mark.parametrize(
    "lang, old, new, expected, rule",
    [
        (  # restriction dropped from a list item's wording, nothing else grants it
            "en",
            "* **Restriction**: you can ask us to restrict the processing of your data while a dispute is settled.\n",
            "",
            RR,
            "R13",
        ),
        (  # objection narrowed to marketing only
            "en",
            "you may object at any time to our use of your data for reasons relating to your situation.",
            "you may object to our use of your data for direct marketing only.",
            RR,
            "R13",
        ),
        (  # a paying request and only by post, in one edit
            "en",
            "Requests are free of charge and we answer within one month.",
            "Requests must be sent by registered letter, and we answer within one month.",
            RR,
            "R4",
        ),
        (  # an automated refusal stated in a table row
            "en",
            "| Accounting records | 10 years |",
            "| Accounting records | 10 years |\n| Fraud score | Bookings refused automatically above a set score |",
            MAJOR,
            "R11",
        ),
        (
            "fr",
            "* **Limitation** : vous pouvez demander la limitation du traitement de vos données pendant un litige.\n",
            "",
            RR,
            "R13",
        ),
        (
            "fr",
            "vous pouvez vous opposer à tout moment au traitement de vos données pour des raisons tenant\n  à votre "
            "situation particulière.",
            "vous pouvez vous opposer au traitement de vos données uniquement à des fins de prospection.",
            RR,
            "R13",
        ),
        (
            "fr",
            "Les demandes sont gratuites et nous répondons dans un\ndélai d'un mois.",
            "Les demandes doivent être envoyées par lettre recommandée et nous répondons dans un\ndélai d'un mois.",
            RR,
            "R4",
        ),
        (
            "fr",
            "| Pièces comptables | 10 ans |",
            "| Pièces comptables | 10 ans |\n| Score de fraude | Réservations refusées automatiquement au-delà "
            "d'un seuil |",
            MAJOR,
            "R11",
        ),
    ],
)
def test_other_wordings_of_a_right_lost_a_harder_way_or_a_machine_decision(lang, old, new, expected, rule):
    check(lang, old, new, expected, rule)


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (  # a third renaming, in a table
            "en",
            "Harbour Rail Ltd (company number 0481516)",
            "Harbour Rail Ltd, now called Seaboard Rail Ltd (the same company, number 0481516),",
        ),
        (  # a third regional page, as a heading's paragraph
            "en",
            "We will tell you by email before any important change.",
            "We will tell you by email before any important change.\n\n### Northern Ireland\n\n"
            "https://harbourrail.example/ni/privacy sets out the same practices for Northern Irish travellers.",
        ),
        (  # a third example, in prose
            "en",
            "We keep your account for two years",
            "We keep your account (including your saved cards) for two years",
        ),
        (
            "fr",
            "Rail du Port SAS (RCS Paris 481 516 234)",
            "Rail du Port SAS, désormais dénommée Rail Océan SAS (même société, RCS Paris 481 516 234),",
        ),
        (
            "fr",
            "avant toute modification importante.",
            "avant toute modification importante.\n\n### Luxembourg\n\nLa page "
            "https://railduport.example/lu/confidentialite reprend les mêmes pratiques pour nos clients "
            "luxembourgeois.",
        ),
        (
            "fr",
            "| Billets et trajets | 3 ans |",
            "| Billets et trajets (y compris les justificatifs de voyage) | 3 ans |",
        ),
    ],
)
def test_other_wordings_of_a_renaming_a_regional_page_or_an_example_stay_minor(lang, old, new):
    result = classify(*edit(lang, old, new), lang=lang)
    assert result.change_class is MINOR, result.to_dict()


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (  # the right to object moved out of the list into the prose: still granted
            "en",
            "You have the right to access your data, to have it corrected and to have it erased.\n\n"
            "* **Objection**: you may object at any time to our use of your data for reasons relating to your "
            "situation.\n",
            "You have the right to access your data, to have it corrected, to have it erased and to object at any "
            "time to our use of it.\n\n",
        ),
        (  # a deadline for our answer added next to the rights: no right narrowed
            "en",
            "to have it corrected and to have it erased.",
            "to have it corrected and to have it erased; we reply within one month.",
        ),
        (  # the rights listed one per item instead of in one sentence
            "fr",
            "Vous disposez d'un droit d'accès, de rectification et d'effacement de vos données.",
            "* Vous pouvez accéder à vos données.\n* Vous pouvez les faire rectifier.\n* Vous pouvez les faire "
            "effacer.",
        ),
        (  # a phone line added while the mailbox and form stay
            "en",
            "Requests are free of charge",
            "You can also call us on 0117 496 0123. Requests are free of charge",
        ),
        (  # accounts closed after two years without use: retention, not an automated decision
            "en",
            "We keep your account for two years after your last journey.",
            "We keep your account for two years after your last journey; after that it is closed automatically.",
        ),
        (
            "fr",
            "Vous disposez d'un droit d'accès, de rectification et d'effacement de vos données.\n\n"
            "* **Opposition** : vous pouvez vous opposer à tout moment au traitement de vos données pour des "
            "raisons tenant\n  à votre situation particulière.\n",
            "Vous disposez d'un droit d'accès, de rectification, d'effacement et d'opposition à tout moment au "
            "traitement de vos données.\n\n",
        ),
        (
            "fr",
            "Les demandes sont gratuites",
            "Vous pouvez aussi nous appeler au 01 23 45 67 89. Les demandes sont gratuites",
        ),
        (
            "fr",
            "Nous conservons votre compte pendant deux ans après votre dernier trajet.",
            "Nous conservons votre compte pendant deux ans après votre dernier trajet ; il est ensuite fermé "
            "automatiquement.",
        ),
    ],
)
def test_a_right_moved_a_way_added_or_an_automatic_closing_is_not_rights_reducing(lang, old, new):
    result = classify(*edit(lang, old, new), lang=lang)
    assert result.change_class not in (RR,), result.to_dict()
    assert "R11" not in {r.rule for r in result.reasons}, result.to_dict()


# --- Editorial edits: typos fixed and sentences reordered (R1) ---------------------------------------------


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (
            "en",
            "We keep your acount for two years after your last jorney.",
            "We keep your account for two years after your last journey.",
        ),
        (
            "en",
            "You can withdraw your consent to the newsletter at any time with the link in each email.\nWe use your "
            "data to issue your tickets, to handle refunds and to send you our newsletter if you ask for it.",
            "We use your data to issue your tickets, to handle refunds and to send you our newsletter if you ask for "
            "it.\nYou can withdraw your consent to the newsletter at any time with the link in each email.",
        ),
        (
            "fr",
            "Nous conservons votre compte pendant deux ans aprés votre dernier trajet.",
            "Nous conservons votre compte pendant deux ans après votre dernier trajet.",
        ),
        (
            "fr",
            "Si vous estimez que nous utilisons mal vos donnés",
            "Si vous estimez que nous utilisons mal vos données",
        ),
        (
            "fr",
            "Vous pouvez retirer votre consentement à tout moment grâce au lien présent dans chaque e-mail. Nous "
            "utilisons vos données pour émettre vos billets, traiter vos remboursements et vous envoyer notre lettre "
            "d'information si vous la demandez.",
            "Nous utilisons vos données pour émettre vos billets, traiter vos remboursements et vous envoyer notre "
            "lettre\nd'information si vous la demandez. Vous pouvez retirer votre consentement à tout moment grâce au "
            "lien présent\ndans chaque e-mail.",
        ),
    ],
)
def test_a_typo_fixed_or_sentences_put_in_another_order_is_editorial(lang, old, new):
    """The policy with the editor's typo or order first; the published text is the corrected one."""
    assert new in POLICY[lang], new
    result = classify(POLICY[lang].replace(new, old, 1), POLICY[lang], lang=lang)
    assert result.change_class is ChangeClass.EDITORIAL, result.to_dict()


@pytest.mark.parametrize(
    "lang, old, new",
    [
        ("en", "Harbour Rail Ltd (company number 0481516)", "Harbour Rail Ltd (company number 0481517)"),
        ("en", "We keep your account for two years", "We keep your account for three years"),
        ("fr", "dpo@railduport.example", "dpo@raildeport.example"),
        ("fr", "Vous disposez d'un droit d'accès", "Vous disposez d'un droit d'excès"),
    ],
)
def test_a_changed_figure_address_or_word_is_no_typo(lang, old, new):
    result = classify(*edit(lang, old, new), lang=lang)
    assert result.change_class is not ChangeClass.EDITORIAL, result.to_dict()


# --- Third wordings: a heading of its own, a table, a list -------------------------------------------------

WITHOUT_PORTABILITY_OR_NEWSLETTER_CHOICE = {
    "en": POLICY["en"]
    .replace("* **Portability**: you can receive the data you gave us in a structured, machine-readable format.\n", "")
    .replace("You can withdraw your consent to the newsletter at any time with the link in each email.", ""),
    "fr": POLICY["fr"].replace(
        " Vous pouvez retirer votre consentement à tout moment grâce au lien présent\ndans chaque e-mail.", ""
    ),
}


@pytest.mark.parametrize(
    "lang, anchor, passage",
    [
        (  # a heading and its paragraph in another section: stopping the newsletter
            "en",
            "## Changes",
            "### Stopping the newsletter\n\nYou can tell us at any time that you no longer want the newsletter, "
            "and we will stop sending it.\n\n",
        ),
        (
            "fr",
            "## Modifications",
            "### Arrêter la lettre d'information\n\nVous pouvez à tout moment nous demander de ne plus recevoir la "
            "lettre d'information.\n\n",
        ),
        (  # a table of rights losing its only row
            "en",
            "## Your rights",
            "| Right | How |\n| --- | --- |\n| Portability | you can download your data from your account |\n\n",
        ),
    ],
)
def test_a_passage_granting_the_only_such_right_deleted_is_rights_reducing_r13(lang, anchor, passage):
    new = WITHOUT_PORTABILITY_OR_NEWSLETTER_CHOICE[lang]
    result = classify(new.replace(anchor, passage + anchor, 1), new, lang=lang)
    assert result.change_class is RR, result.to_dict()
    assert "R13" in {r.rule for r in result.reasons}, result.to_dict()


@pytest.mark.parametrize(
    "lang, added",
    [
        ("en", "## Automatic checks\n\nOur fraud engine decides on its own whether to block a payment.\n\n"),
        ("fr", "## Contrôles automatiques\n\nNotre moteur antifraude décide seul de bloquer un paiement.\n\n"),
    ],
)
def test_a_new_section_on_a_machine_blocking_payments_is_major_r11(lang, added):
    heading = {"en": "## Your rights", "fr": "## Vos droits"}[lang]
    check(lang, heading, added + heading, MAJOR, "R11")


# --- Fourth wordings of the harmless edits, and the controller changes they must not hide ------------------


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (
            "en",
            "is the controller of your data.",
            "is the controller of your data. On 1 March 2026 Harbour Rail Ltd changed its name to Bayline Rail Ltd; "
            "the company and its number stay the same.",
        ),
        (
            "fr",
            "de vos données.\n\n## Ce que",
            "de vos données. Depuis le 1er mars 2026, Rail du Port SAS a changé de dénomination sociale et s'appelle "
            "Rail Baie SAS ; la société reste la même.\n\n## Ce que",
        ),
        (
            "en",
            "before any important change.",
            "before any important change. A German translation of this notice, with the same content, is at "
            "https://harbourrail.example/de/datenschutz.",
        ),
        (
            "fr",
            "avant toute modification importante.",
            "avant toute modification importante. Nos clients espagnols peuvent consulter "
            "https://railduport.example/es/privacidad, qui décrit les mêmes traitements.",
        ),
        ("en", "| Tickets and journeys | 3 years |", "| Tickets and journeys (e.g. seat reservations) | 3 years |"),
        (
            "fr",
            "Nous conservons votre compte pendant deux ans",
            "Nous conservons votre compte (en particulier votre historique de trajets) pendant deux ans",
        ),
    ],
)
def test_fourth_wordings_of_a_renaming_a_same_page_or_an_example_stay_minor(lang, old, new):
    result = classify(*edit(lang, old, new), lang=lang)
    assert result.change_class is MINOR, result.to_dict()
    assert not result.review, result.to_dict()


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (
            "en",
            "is the controller of your data.",
            "is the controller of your data. Harbour Rail Ltd has been bought by Continental Rail Group plc, which "
            "is now the controller of your data.",
        ),
        (
            "fr",
            "de vos données.\n\n## Ce que",
            "de vos données. Rail du Port SAS a été rachetée par Groupe Ferro SA, qui devient responsable du "
            "traitement.\n\n## Ce que",
        ),
        (
            "fr",
            "de vos données.\n\n## Ce que",
            "de vos données. Rail du Port SAS et Car Express SAS sont responsables conjoints du traitement.\n\n"
            "## Ce que",
        ),
    ],
)
def test_a_company_bought_or_a_joint_controller_is_still_major_r3(lang, old, new):
    check(lang, old, new, MAJOR, "R3")
