"""Changes of kinds the classifier got wrong on other companies' policies (issue 14), as an editor meets them.

Each scenario is one paragraph of a policy before and after the edit, in English and in French, with the class
it deserves under legal-rules.md and the rule that must say why. The paragraphs are written for these tests;
they do not come from the evaluation corpus.
"""

from __future__ import annotations

import pytest

from notifier.analysis.change_class import ChangeClass
from notifier.analysis.classify import REVIEW_RULE, classify

E, MINOR, MAJOR, RR = ChangeClass.EDITORIAL, ChangeClass.MINOR, ChangeClass.MAJOR, ChangeClass.RIGHTS_REDUCING

TITLES = {
    "en": [
        "Privacy notice",
        "Who we are",
        "What we collect",
        "Why we use it",
        "Who receives it",
        "How long we keep it",
        "Your rights",
        "Changes to this notice",
    ],
    "fr": [
        "Politique de confidentialité",
        "Qui sommes-nous",
        "Ce que nous collectons",
        "Pourquoi nous les utilisons",
        "Qui les reçoit",
        "Combien de temps nous les gardons",
        "Vos droits",
        "Modifications de cette politique",
    ],
}
SECTIONS = ["who", "data", "purposes", "recipients", "retention", "rights", "changes"]


BASE = {
    "en": {
        "who": "Northwind Books SAS runs the online bookshop. Write to privacy@northwind.example about your data.",
        "data": "We collect your name, your postal address and the books you order.",
        "purposes": "We use these data to deliver your orders and to answer your questions.",
        "recipients": "Our carrier receives your name and address to deliver your parcel.",
        "retention": "We keep your order history for three years after your last order.",
        "rights": "You can ask for a copy of your data, its correction or its deletion by writing to "
        "privacy@northwind.example. We answer within one month.",
        "changes": "We will tell you by email one month before any important change takes effect.",
    },
    "fr": {
        "who": "Northwind Livres SAS exploite la librairie en ligne. Écrivez à privacy@northwind.example pour vos "
        "données.",
        "data": "Nous collectons votre nom, votre adresse postale et les livres que vous commandez.",
        "purposes": "Nous utilisons ces données pour livrer vos commandes et répondre à vos questions.",
        "recipients": "Notre transporteur reçoit votre nom et votre adresse pour livrer votre colis.",
        "retention": "Nous conservons l'historique de vos commandes pendant trois ans après votre dernière commande.",
        "rights": "Vous pouvez demander une copie de vos données, leur rectification ou leur effacement en écrivant "
        "à privacy@northwind.example. Nous répondons dans un délai d'un mois.",
        "changes": "Nous vous informerons par e-mail un mois avant l'entrée en vigueur de toute modification "
        "importante.",
    },
}


def policy(lang: str, **sections: str) -> str:
    """A whole policy with stable section ids, the given sections' paragraphs in place of the usual ones."""
    title, *headings = TITLES[lang]
    texts = {**BASE[lang], **sections}
    body = "".join(
        f"## {number}. {heading} {{#{key}}}\n\n{texts[key]}\n\n"
        for number, (heading, key) in enumerate(zip(headings, SECTIONS, strict=True), start=1)
    )
    return f"# {title}\n\n{body}"


def edited(lang: str, section: str, old: str, new: str) -> tuple[str, str]:
    """The whole policy before and after the editor's edit of one section's paragraph."""
    return policy(lang, **{section: old}), policy(lang, **{section: new})


def check(lang: str, section: str, old: str, new: str, expected: ChangeClass, rule: str) -> None:
    result = classify(*edited(lang, section, old, new), lang=lang)
    found = {r.rule for r in result.reasons}
    assert result.change_class is expected, result.to_dict()
    assert rule in found, result.to_dict()


# --- Must notify: facts gained or lost that the rules used to miss -------------------------------------------


@pytest.mark.parametrize(
    "lang, section, old, new",
    [
        (
            "en",
            "data",
            "We collect your name, your postal address and the books you order.",
            "We collect your name, your postal address and the books you order.\n\n"
            "* Your precise location, when you use the shop's app.",
        ),
        (
            "fr",
            "data",
            "Nous collectons votre nom, votre adresse postale et les livres que vous commandez.",
            "Nous collectons votre nom, votre adresse postale et les livres que vous commandez.\n\n"
            "* Votre historique de navigation sur nos sites.",
        ),
    ],
)
def test_a_new_bullet_adding_a_category_of_data_is_major_r7(lang, section, old, new):
    check(lang, section, old, new, MAJOR, "R7")


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (
            "en",
            "We use these data to deliver your orders and to answer your questions.",
            "We use these data to deliver your orders, to answer your questions and to run our loyalty programme.",
        ),
        (
            "fr",
            "Nous utilisons ces données pour livrer vos commandes et répondre à vos questions.",
            "Nous utilisons ces données pour livrer vos commandes, répondre à vos questions et détecter la fraude.",
        ),
    ],
)
def test_a_new_use_of_the_data_is_major_r2(lang, old, new):
    check(lang, "purposes", old, new, MAJOR, "R2")


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (
            "en",
            "We show our posts on Facebook, Instagram and LinkedIn.",
            "We show our posts on Facebook, Instagram, LinkedIn and TikTok.",
        ),
        (
            "fr",
            "Nous publions sur Facebook, Instagram et LinkedIn.",
            "Nous publions sur Facebook, Instagram, LinkedIn et Pinterest.",
        ),
    ],
)
def test_one_more_name_in_a_list_of_recipients_is_major_r5(lang, old, new):
    old_text = BASE[lang]["recipients"] + " " + old
    new_text = BASE[lang]["recipients"] + " " + new
    check(lang, "recipients", old_text, new_text, MAJOR, "R5")


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (
            "en",
            "We use these service providers: https://www.carrier.example/privacy.",
            "We use these service providers: https://www.carrier.example/privacy, https://www.mailjet.com/privacy.",
        ),
        (
            "fr",
            "Nous faisons appel à ces prestataires : https://www.carrier.example/privacy.",
            "Nous faisons appel à ces prestataires : https://www.carrier.example/privacy, "
            "https://www.mailjet.com/privacy.",
        ),
    ],
)
def test_a_new_service_provider_named_only_by_its_link_is_major_r5(lang, old, new):
    check(lang, "recipients", old, new, MAJOR, "R5")


@pytest.mark.parametrize(
    "lang, old, new",
    [
        ("en", "| Hosting | Our host | France |", "| Hosting | Our host | France, United States |"),
        ("fr", "| Hébergement | Notre hébergeur | France |", "| Hébergement | Notre hébergeur | France, Inde |"),
    ],
)
def test_a_new_transfer_destination_in_a_table_cell_is_major_r6(lang, old, new):
    header = (
        "| Purpose | Recipient | Country |\n|---|---|---|\n"
        if lang == "en"
        else ("| Finalité | Destinataire | Pays |\n|---|---|---|\n")
    )
    check(lang, "recipients", header + old, header + new, MAJOR, "R6")


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (
            "en",
            "We keep your order history for three years after your last order.",
            "We keep your order history for three years after your last order. We keep your support chats "
            "for five years.",
        ),
        (
            "fr",
            "Nous supprimons immédiatement le numéro de suivi de votre colis après la livraison.",
            "Nous supprimons le numéro de suivi de votre colis 30 jours après la livraison.",
        ),
    ],
)
def test_retention_made_longer_is_major_r8(lang, old, new):
    check(lang, "retention", old, new, MAJOR, "R8")


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (
            "en",
            "Our shop is not meant for children under 16 and we do not knowingly collect their data.",
            "Our shop is not meant for children under 13 and we do not knowingly collect their data.",
        ),
        (
            "fr",
            "Notre boutique n'est pas destinée aux enfants de moins de 16 ans.",
            "Notre boutique n'est pas destinée aux enfants de moins de 13 ans.",
        ),
    ],
)
def test_a_lower_age_threshold_is_major_r7(lang, old, new):
    check(lang, "data", BASE[lang]["data"] + "\n\n" + old, BASE[lang]["data"] + "\n\n" + new, MAJOR, "R7")


@pytest.mark.parametrize(
    "lang, added",
    [
        ("en", " We charge a fee of 10 euros for each request."),
        ("fr", " Des frais de 10 euros sont facturés pour chaque demande."),
    ],
)
def test_a_fee_per_request_is_rights_reducing_r4(lang, added):
    check(lang, "rights", BASE[lang]["rights"], BASE[lang]["rights"] + added, RR, "R4")


@pytest.mark.parametrize(
    "lang, added",
    [
        ("en", " You must enclose a copy of your identity card with your request."),
        ("fr", " Vous devez joindre une copie de votre pièce d'identité à votre demande."),
    ],
)
def test_a_new_proof_of_identity_requirement_is_rights_reducing_r4(lang, added):
    check(lang, "rights", BASE[lang]["rights"], BASE[lang]["rights"] + added, RR, "R4")


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (
            "en",
            "If you opt in, we send your reading list to our partner bookshops.",
            "We send your reading list to our partner bookshops by default; you can turn this off in your settings.",
        ),
        (
            "fr",
            "Si vous l'acceptez, nous transmettons votre liste de lecture à nos librairies partenaires.",
            "Par défaut, nous transmettons votre liste de lecture à nos librairies partenaires.",
        ),
    ],
)
def test_data_sent_by_default_where_it_needed_an_opt_in_is_major_r10(lang, old, new):
    check(lang, "recipients", BASE[lang]["recipients"] + " " + old, BASE[lang]["recipients"] + " " + new, MAJOR, "R10")


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (
            "en",
            "We send you our newsletter. You can choose text-only emails, or unsubscribe with the link in each email.",
            "We send you our newsletter.",
        ),
        (
            "fr",
            "Nous vous envoyons notre lettre d'information. Vous pouvez vous désabonner avec le lien de chaque e-mail.",
            "Nous vous envoyons notre lettre d'information.",
        ),
    ],
)
def test_an_opt_out_path_removed_is_rights_reducing_r13(lang, old, new):
    check(lang, "purposes", old, new, RR, "R13")


@pytest.mark.parametrize(
    "lang, new",
    [
        ("en", "If you keep using the shop after a change, you accept the new notice."),
        ("fr", "En continuant à utiliser la boutique après une modification, vous acceptez la nouvelle politique."),
    ],
)
def test_notice_of_changes_replaced_by_continued_use_is_rights_reducing_r12(lang, new):
    check(lang, "changes", BASE[lang]["changes"], new, RR, "R12")


# --- Not must-notify: edits the rules used to over-call --------------------------------------------------------


def not_notified(lang: str, section: str, old: str, new: str) -> None:
    result = classify(*edited(lang, section, old, new), lang=lang)
    assert not result.change_class.must_notify, result.to_dict()
    assert not result.review, result.to_dict()


@pytest.mark.parametrize(
    "lang, added",
    [
        ("en", " You can also reach our representative in the EU, Rep Europe Ltd, at eu-rep@repeurope.example."),
        ("fr", " Vous pouvez aussi contacter notre délégué à la protection des données à dpo@northwind.example."),
    ],
)
def test_a_new_contact_point_added_while_the_old_one_stays_is_minor(lang, added):
    not_notified(lang, "rights", BASE[lang]["rights"], BASE[lang]["rights"] + added)


@pytest.mark.parametrize(
    "lang, added",
    [
        ("en", "\n\nResidents of California: see our supplemental notice at https://northwind.example/privacy/us-ca."),
        ("fr", "\n\nRésidents de Suisse : consultez notre notice complémentaire https://northwind.example/privacy/ch."),
    ],
)
def test_a_link_to_a_supplemental_regional_page_is_not_notified(lang, added):
    not_notified(lang, "rights", BASE[lang]["rights"], BASE[lang]["rights"] + added)


@pytest.mark.parametrize(
    "lang, old, new",
    [
        ("en", "Follow us on Facebook and Twitter.", "Follow us on Meta and X."),
        ("fr", "Suivez-nous sur Facebook et Twitter.", "Suivez-nous sur Meta et X."),
    ],
)
def test_an_entity_renamed_is_not_notified(lang, old, new):
    not_notified(lang, "recipients", BASE[lang]["recipients"] + " " + old, BASE[lang]["recipients"] + " " + new)


@pytest.mark.parametrize(
    "lang, old, new",
    [
        ("en", BASE["fr"]["purposes"], BASE["en"]["purposes"]),
        ("fr", BASE["en"]["purposes"], BASE["fr"]["purposes"]),
    ],
)
def test_a_paragraph_translated_into_the_documents_language_is_not_notified(lang, old, new):
    not_notified(lang, "purposes", old, new)


@pytest.mark.parametrize(
    "lang, removed",
    [
        (
            "en",
            "We measure visits with Plausalytics. You can object to this measurement at "
            "https://plausalytics.example/opt-out.",
        ),
        (
            "fr",
            "Nous mesurons les visites avec Plausalytics. Vous pouvez vous opposer à cette mesure sur "
            "https://plausalytics.example/opt-out.",
        ),
    ],
)
def test_a_vendor_removed_with_its_opt_out_is_minor_r17(lang, removed):
    old = BASE[lang]["recipients"] + "\n\n" + removed
    result = classify(*edited(lang, "recipients", old, BASE[lang]["recipients"]), lang=lang)
    assert result.change_class is MINOR, result.to_dict()


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (
            "en",
            "We keep your order history for three years after your last order.",
            "We keep your order history for three years after your last order, so that you can see your past "
            "orders in your account.",
        ),
        (
            "fr",
            "Nous conservons l'historique de vos commandes pendant trois ans après votre dernière commande.",
            "Nous conservons l'historique de vos commandes pendant trois ans après votre dernière commande, afin "
            "que vous puissiez retrouver vos commandes dans votre compte.",
        ),
    ],
)
def test_a_clarification_of_a_practice_already_disclosed_is_not_notified(lang, old, new):
    not_notified(lang, "retention", old, new)


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (
            "en",
            BASE["en"]["rights"],
            BASE["en"]["rights"]
            .replace("privacy@northwind.example", "privacy [at] northwind [dot] example")
            .replace("a copy of", "acopy of"),
        ),
        (
            "fr",
            BASE["fr"]["rights"],
            BASE["fr"]["rights"]
            .replace("privacy@northwind.example", "privacy [at] northwind [dot] example")
            .replace("une copie", "unecopie"),
        ),
    ],
)
def test_capture_artefacts_are_editorial(lang, old, new):
    result = classify(*edited(lang, "rights", old, new), lang=lang)
    assert result.change_class is E, result.to_dict()


# --- Needs your decision ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "lang, sentence",
    [
        ("en", "Our staff may listen to your calls with our support team."),
        ("fr", "Nos équipes peuvent écouter vos appels avec le service client."),
    ],
)
def test_a_new_sentence_no_rule_explains_needs_the_editors_decision(lang, sentence):
    old, new = edited(lang, "purposes", BASE[lang]["purposes"], BASE[lang]["purposes"] + " " + sentence)
    result = classify(old, new, lang=lang)
    assert result.change_class.must_notify and result.review, result.to_dict()
    first = result.reasons[0]
    assert first.rule == REVIEW_RULE and sentence in first.new


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (
            "en",
            "We use audience measurement cookies on our website, with your consent.",
            "We use audience measurement cookies on our website and tracking pixels in our emails, with your consent.",
        ),
        (
            "fr",
            "Nous utilisons des cookies de mesure d'audience sur notre site, avec votre consentement.",
            "Nous utilisons des cookies de mesure d'audience sur notre site et des pixels de suivi dans nos e-mails, "
            "avec votre consentement.",
        ),
    ],
)
def test_tracking_extended_to_pixels_in_emails_is_major_and_needs_reconsent_r15(lang, old, new):
    result = classify(old, new, lang=lang, policy="cookies")
    assert result.change_class is MAJOR and result.reconsent, result.to_dict()
    assert "R15" in {r.rule for r in result.reasons}, result.to_dict()


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (
            "en",
            "You have the right to erasure of your data. Send your request to privacy@northwind.example.",
            "You can have your data deleted. Send your request to privacy@northwind.example.",
        ),
        (
            "fr",
            "Vous disposez d'un droit à l'effacement de vos données. Écrivez à privacy@northwind.example.",
            "Vous pouvez obtenir la suppression de vos données. Écrivez à privacy@northwind.example.",
        ),
    ],
)
def test_a_right_reworded_under_another_name_is_not_taken_away(lang, old, new):
    result = classify(*edited(lang, "rights", old, new), lang=lang)
    assert result.change_class is not RR, result.to_dict()


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (
            "en",
            "You can block cookies in your browser settings: Chrome, Firefox and Safari.",
            "You can block cookies in your browser settings: Chrome, Firefox, Safari and Edge.",
        ),
        (
            "fr",
            "Vous pouvez bloquer les cookies dans votre navigateur : Chrome, Firefox et Safari.",
            "Vous pouvez bloquer les cookies dans votre navigateur : Chrome, Firefox, Safari et Edge.",
        ),
    ],
)
def test_one_more_browser_in_the_how_to_block_cookies_list_is_no_new_vendor(lang, old, new):
    result = classify(old, new, lang=lang, policy="cookies")
    assert not result.change_class.must_notify and not result.reconsent, result.to_dict()


# --- Categories still missed or over-called after the first held-out evaluation ------------------------------

RECIPIENT_LIST = {
    "en": "We may share your data with the following recipients:\n\n* our carrier, to deliver your parcels;\n"
    "* our payment provider.",
    "fr": "Vos données peuvent être communiquées aux destinataires suivants :\n\n* notre transporteur, pour livrer "
    "vos colis ;\n* notre prestataire de paiement.",
}


@pytest.mark.parametrize(
    "lang, item",
    [
        ("en", "* our auditors;"),
        ("en", "* debt collection agencies;"),
        ("fr", "* nos commissaires aux comptes ;"),
        ("fr", "* les auxiliaires de justice et officiers ministériels ;"),
    ],
)
def test_a_new_item_in_a_list_of_recipients_is_major_r5_whatever_its_words(lang, item):
    # No word of the new bullet names a recipient ("auditors", "auxiliaires de justice"): the list it joins does.
    old = RECIPIENT_LIST[lang]
    new = old.replace("\n* our payment", f"\n{item}\n* our payment").replace(
        "\n* notre prestataire", f"\n{item}\n* notre prestataire"
    )
    check(lang, "recipients", old, new, MAJOR, "R5")


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (
            "en",
            "You can ask for a copy of your data by writing to "
            "[privcy@northwind.example](mailto:privacy@northwind.example). We answer within one month.",
            "You can ask for a copy of your data by writing to "
            "[privacy@northwind.example](mailto:privacy@northwind.example). We answer within one month.",
        ),
        (
            "fr",
            "Vous pouvez demander une copie de vos données en écrivant à "
            "[privcy@northwind.example](mailto:privacy@northwind.example). Nous répondons dans un délai d'un mois.",
            "Vous pouvez demander une copie de vos données en écrivant à "
            "[privacy@northwind.example](mailto:privacy@northwind.example). Nous répondons dans un délai d'un mois.",
        ),
    ],
)
def test_a_typo_fixed_in_a_displayed_email_address_is_editorial_not_a_channel_removed(lang, old, new):
    result = classify(*edited(lang, "rights", old, new), lang=lang)
    assert result.change_class is E, result.to_dict()


@pytest.mark.parametrize(
    "lang, added",
    [
        (
            "en",
            "Readers in Canada can also write to our subsidiary, Northwind Books Canada Inc., at ca@northwind.example.",
        ),
        (
            "fr",
            "Les lecteurs au Canada peuvent aussi écrire à notre filiale, Northwind Livres Canada Inc., à "
            "ca@northwind.example.",
        ),
    ],
)
def test_a_country_in_the_name_of_a_new_contact_point_is_no_transfer(lang, added):
    # A contact point added while the old one stays (R14); "Canada" names the company and its readers, and no
    # data is said to go there (not R6), nor is the subsidiary said to receive any (not R5).
    result = classify(*edited(lang, "who", BASE[lang]["who"], f"{BASE[lang]['who']} {added}"), lang=lang)
    assert result.change_class is MINOR and {r.rule for r in result.reasons} == {"R14"}, result.to_dict()


ESSENTIAL_COOKIES = {
    "en": "# Cookies\n\n## Strictly necessary cookies\n\nThese cookies are needed for the site to work and cannot be "
    "switched off.\n\n| Name | Purpose | Lifetime |\n|---|---|---|\n| session_id | Keeps you signed in | 1 day |\n",
    "fr": "# Cookies\n\n## Cookies strictement nécessaires\n\nCes cookies sont indispensables au fonctionnement du "
    "site et ne peuvent pas être désactivés.\n\n| Nom | Finalité | Durée |\n|---|---|---|\n"
    "| session_id | Vous garde connecté | 1 jour |\n",
}


@pytest.mark.parametrize(
    "lang, old_words, new_words",
    [
        ("en", "| Keeps you signed in |", "| Keeps you signed in and protects your account against fraud |"),
        ("fr", "| Vous garde connecté |", "| Vous garde connecté et protège votre compte contre la fraude |"),
    ],
)
def test_an_essential_cookie_newly_said_to_fight_fraud_states_no_new_purpose(lang, old_words, new_words):
    # Keeping the service secure is what a strictly necessary cookie is for: no consent to ask again. (A new
    # use of personal data for fraud analysis in a privacy policy stays major: test_a_new_use_of_the_data.)
    old = ESSENTIAL_COOKIES[lang]
    result = classify(old, old.replace(old_words, new_words), lang=lang, policy="cookies")
    assert result.change_class is MINOR and not result.reconsent, result.to_dict()


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (
            "en",
            "Our carrier receives your name and address to deliver your parcel. We do not sell your data to anyone.",
            "Only the company that brings your parcel to your door learns where you live; nobody pays us for it.",
        ),
        (
            "fr",
            "Notre transporteur reçoit votre nom et votre adresse pour livrer votre colis. Nous ne vendons pas vos "
            "données.",
            "Seule l'entreprise qui apporte le colis à votre porte apprend où vous habitez ; personne ne nous paie "
            "pour cela.",
        ),
    ],
)
def test_a_promise_in_a_rewritten_paragraph_is_for_the_editor_to_judge_not_rights_reducing(lang, old, new):
    # The paragraph is written anew: "nobody pays us for it" may be the old promise in other words. Whether a
    # promise is lost is the editor's call (major, review, the old promise quoted), not an opt-in for every user.
    result = classify(*edited(lang, "recipients", old, new), lang=lang)
    r12 = [r for r in result.reasons if r.rule == "R12"]
    assert result.change_class is MAJOR and result.review, result.to_dict()
    assert r12 and ("sell" in r12[0].old or "vendons" in r12[0].old), result.to_dict()


COOKIE_PARTNERS = {
    "en": "# Cookies\n\n## Our partners\n\nThese partners set cookies on our site when you accept them.\n\n"
    "**Criteo** Criteo allows us to show you our products on other sites.\n\n"
    "**Google Analytics** Google Analytics helps us measure our audience.\n",
    "fr": "# Cookies\n\n## Nos partenaires\n\nCes partenaires déposent des cookies sur notre site lorsque vous les "
    "acceptez.\n\n**Criteo** Criteo nous permet de vous montrer nos produits sur d'autres sites.\n\n"
    "**Google Analytics** Google Analytics nous aide à mesurer notre audience.\n",
}


@pytest.mark.parametrize(
    "lang, added",
    [
        ("en", "**Tealium** Tealium allows us to recommend products you may like."),
        ("fr", "**Tealium** Tealium nous permet de vous proposer des produits susceptibles de vous intéresser."),
    ],
)
def test_a_new_cookie_partner_named_by_its_brand_alone_is_major_and_needs_reconsent_r15(lang, added):
    old = COOKIE_PARTNERS[lang]
    result = classify(old, f"{old}\n{added}\n", lang=lang, policy="cookies")
    assert result.change_class is MAJOR and result.reconsent and "R15" in {r.rule for r in result.reasons}


@pytest.mark.parametrize(
    "lang, old_words, new_words",
    [
        ("en", "measure our audience.", "measure our audience. This helps us improve the site."),
        ("fr", "mesurer notre audience.", "mesurer notre audience. Cela nous permet d'améliorer le site."),
    ],
)
def test_a_sentence_opening_with_a_pronoun_names_no_new_cookie_partner(lang, old_words, new_words):
    old = COOKIE_PARTNERS[lang]
    result = classify(old, old.replace(old_words, new_words), lang=lang, policy="cookies")
    assert not result.reconsent and "R15" not in {r.rule for r in result.reasons}, result.to_dict()


@pytest.mark.parametrize(
    "lang, added",
    [
        ("en", "Where the UK GDPR applies, you can also complain to the Information Commissioner's Office."),
        ("fr", "Lorsque le RGPD du Royaume-Uni s'applique, vous pouvez aussi saisir l'autorité britannique."),
    ],
)
def test_a_country_in_the_name_of_a_law_is_no_transfer(lang, added):
    result = classify(*edited(lang, "rights", BASE[lang]["rights"], f"{BASE[lang]['rights']} {added}"), lang=lang)
    assert "R6" not in {r.rule for r in result.reasons}, result.to_dict()


@pytest.mark.parametrize(
    "lang, promise",
    [
        ("en", "We sell your data to no one."),
        ("fr", "Nous ne vendons vos données à personne."),
    ],
)
def test_a_promise_to_sell_to_no_one_deleted_is_rights_reducing_r12(lang, promise):
    base = BASE[lang]["recipients"]
    check(lang, "recipients", f"{base} {promise}", base, RR, "R12")


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (
            "en",
            "Our payment provider receives your card details (see https://stripe.com/privacy).",
            "Our payment provider receives your card details (see [Stripe Payments Europe Ltd privacy notice]"
            "(https://stripe.com/privacy)).",
        ),
        (
            "fr",
            "Notre prestataire de paiement reçoit vos données de carte (voir https://stripe.com/privacy).",
            "Notre prestataire de paiement reçoit vos données de carte (voir [politique de Stripe Payments Europe Ltd]"
            "(https://stripe.com/privacy)).",
        ),
    ],
)
def test_bare_links_given_a_text_naming_a_company_are_a_re_rendering(lang, old, new):
    # The page now shows a text for the same address: the link already pointed to that company (R1, not R5).
    result = classify(*edited(lang, "recipients", old, new), lang=lang)
    assert result.change_class is E, result.to_dict()


# --- Paraphrase sweep: each category of issue 14 in other words and other shapes ------------------------------
# Lists, tables, long sentences and negations, in wordings of our own: the detectors must recognise what a change
# means, not the words of the first example they were shown.


def notified(lang: str, section: str, old: str, new: str, classes: set[ChangeClass], rules: set[str]) -> None:
    """Users are told, for one of the given rules (the change may fairly be read under more than one)."""
    result = classify(*edited(lang, section, old, new), lang=lang)
    assert result.change_class in classes, result.to_dict()
    assert rules & {r.rule for r in result.reasons}, result.to_dict()


COLLECTED = {
    "en": "We collect the following data:\n\n* your name;\n* your postal address;\n* the books you order.",
    "fr": "Nous collectons les données suivantes :\n\n* votre nom ;\n* votre adresse postale ;\n"
    "* les livres que vous commandez.",
}


@pytest.mark.parametrize(
    "lang, section, old, new",
    [
        ("en", "data", COLLECTED["en"], COLLECTED["en"] + "\n* the contents of the SMS you exchange with couriers."),
        (
            "en",
            "data",
            BASE["en"]["data"],
            BASE["en"]["data"] + " When the app is open, we also record which street you are in and the other "
            "websites you visited before reaching our shop.",
        ),
        ("fr", "data", COLLECTED["fr"], COLLECTED["fr"] + "\n* le contenu des SMS échangés avec nos livreurs."),
        (
            "fr",
            "data",
            BASE["fr"]["data"],
            BASE["fr"]["data"] + " Lorsque l'application est ouverte, nous relevons aussi la position de votre "
            "téléphone et les empreintes digitales qui servent à la déverrouiller.",
        ),
        (
            "en",
            "data",
            "Data we hold about you:\n\n| Data | Why |\n|---|---|\n| Name | delivery |",
            "Data we hold about you:\n\n| Data | Why |\n|---|---|\n| Name | delivery |\n"
            "| Heart rate read from your watch | reading challenges |",
        ),
        (
            "fr",
            "data",
            BASE["fr"]["data"],
            BASE["fr"]["data"] + " Nous gardons désormais aussi une trace des pages que vous consultez et du temps "
            "passé sur chacune.",
        ),
    ],
)
def test_paraphrase_new_data_collected_is_major_r7(lang, section, old, new):
    check(lang, section, old, new, MAJOR, "R7")


USES = {
    "en": "We use your data for the following purposes:\n\n* to deliver your orders;\n* to answer your questions.",
    "fr": "Nous utilisons vos données pour :\n\n* livrer vos commandes ;\n* répondre à vos questions.",
}


@pytest.mark.parametrize(
    "lang, old, new",
    [
        ("en", USES["en"], USES["en"] + "\n* to reward your purchases with points of our Reader Club."),
        (
            "en",
            BASE["en"]["purposes"],
            "We use these data to deliver your orders, to answer your questions and, each time you sign in, to "
            "email you a one-time code.",
        ),
        ("fr", USES["fr"], USES["fr"] + "\n* vous envoyer par e-mail un code à usage unique à chaque connexion."),
        (
            "fr",
            BASE["fr"]["purposes"],
            "Nous utilisons ces données pour livrer vos commandes, répondre à vos questions et repérer les achats "
            "suspects réglés avec des cartes volées.",
        ),
        (
            "en",
            BASE["en"]["purposes"],
            BASE["en"]["purposes"] + " We may also process your contact details to invite you to author events near "
            "you.",
        ),
        (
            "fr",
            BASE["fr"]["purposes"],
            BASE["fr"]["purposes"] + " Vos commandes nous servent également à décider quels livres rééditer.",
        ),
    ],
)
def test_paraphrase_a_new_use_of_the_data_is_major_r2(lang, old, new):
    check(lang, "purposes", old, new, MAJOR, "R2")


PARTNER_TABLE = {
    "en": "We share your data with these partners:\n\n| Partner | What they receive |\n|---|---|\n"
    "| Facebook | your email address, hashed |\n| Instagram | your email address, hashed |",
    "fr": "Nous partageons vos données avec ces partenaires :\n\n| Partenaire | Ce qu'il reçoit |\n|---|---|\n"
    "| Facebook | votre adresse e-mail, hachée |\n| Instagram | votre adresse e-mail, hachée |",
}


@pytest.mark.parametrize(
    "lang, section, old, new, rules",
    [
        (
            "en",
            "recipients",
            PARTNER_TABLE["en"],
            PARTNER_TABLE["en"] + "\n| Pinterest | your email address, hashed |",
            {"R5"},
        ),
        (
            "en",
            "who",
            "Northwind Books SAS is the controller of your data.",
            "Northwind Books SAS and Leaf Publishing are joint controllers of your data.",
            {"R3", "R5"},
        ),
        (
            "fr",
            "recipients",
            PARTNER_TABLE["fr"],
            PARTNER_TABLE["fr"] + "\n| Pinterest | votre adresse e-mail, hachée |",
            {"R5"},
        ),
        (
            "fr",
            "who",
            "Northwind Livres SAS est responsable du traitement de vos données.",
            "Northwind Livres SAS et les Éditions Lumière sont responsables conjoints du traitement de vos données.",
            {"R3", "R5"},
        ),
        (
            "en",
            "recipients",
            BASE["en"]["recipients"],
            BASE["en"]["recipients"] + " Besides our carrier, the bookshop chain Leafy Pages now receives your address "
            "for in-store pick-up.",
            {"R5"},
        ),
        (
            "fr",
            "recipients",
            BASE["fr"]["recipients"],
            BASE["fr"]["recipients"] + " Outre notre transporteur, la chaîne Pages Vertes reçoit désormais votre "
            "adresse pour les retraits en magasin.",
            {"R5"},
        ),
    ],
)
def test_paraphrase_a_new_recipient_or_controller_is_major(lang, section, old, new, rules):
    notified(lang, section, old, new, {MAJOR}, rules)


PROCESSOR_LINKS = {
    "en": "Our processors publish their own notices:\n\n* https://www.parcelcarrier.example/privacy",
    "fr": "Nos sous-traitants publient leurs propres politiques :\n\n* https://www.parcelcarrier.example/privacy",
}


@pytest.mark.parametrize(
    "lang, old, new",
    [
        ("en", PROCESSOR_LINKS["en"], PROCESSOR_LINKS["en"] + "\n* https://www.brevo.com/legal/privacypolicy/"),
        (
            "en",
            "Our carrier receives your name and address to deliver your parcel.",
            "Our carrier receives your name and address to deliver your parcel. Other providers we rely on: "
            "[zendesk.com](https://www.zendesk.com/company/privacy/), "
            "[twilio.com](https://www.twilio.com/legal/privacy).",
        ),
        ("fr", PROCESSOR_LINKS["fr"], PROCESSOR_LINKS["fr"] + "\n* https://www.brevo.com/fr/legal/privacypolicy/"),
        (
            "fr",
            "Notre transporteur reçoit votre nom et votre adresse pour livrer votre colis.",
            "Notre transporteur reçoit votre nom et votre adresse pour livrer votre colis. Autres prestataires : "
            "[zendesk.fr](https://www.zendesk.fr/company/privacy/), "
            "[twilio.com](https://www.twilio.com/legal/privacy).",
        ),
        (
            "en",
            BASE["en"]["recipients"],
            BASE["en"]["recipients"] + " Payments are handled by our provider "
            "([privacy notice](https://www.adyen.com/policies-and-disclaimer/privacy-policy)).",
        ),
        (
            "fr",
            BASE["fr"]["recipients"],
            BASE["fr"]["recipients"] + " Le paiement est assuré par notre prestataire (voir "
            "https://www.adyen.com/fr_FR/politiques-et-mentions-legales/privacy-policy).",
        ),
    ],
)
def test_paraphrase_new_providers_named_only_by_links_are_major_r5(lang, old, new):
    check(lang, "recipients", old, new, MAJOR, "R5")


WHERE_TABLE = {
    "en": "| Activity | Provider | Where |\n|---|---|---|\n| Customer support | Our call centre | Portugal |",
    "fr": "| Activité | Prestataire | Lieu |\n|---|---|---|\n| Service client | Notre centre d'appels | Portugal |",
}


@pytest.mark.parametrize(
    "lang, old_cell, new_cell",
    [
        ("en", "| Portugal |", "| Portugal and Morocco |"),
        ("en", "| Portugal |", "| Portugal; Kenya |"),
        ("fr", "| Portugal |", "| Portugal et île Maurice |"),
        ("fr", "| Portugal |", "| Portugal ; Kenya |"),
        ("en", "| Portugal |", "| Portugal, and worldwide through our content delivery network |"),
        ("fr", "| Portugal |", "| Portugal et dans le monde entier |"),
    ],
)
def test_paraphrase_a_new_destination_in_a_table_cell_is_major_r6(lang, old_cell, new_cell):
    old = WHERE_TABLE[lang]
    check(lang, "recipients", old, old.replace(old_cell, new_cell), MAJOR, "R6")


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (
            "en",
            "We place cookies on our website to measure visits, with your consent.",
            "We place cookies on our website, and invisible images in our newsletters, to measure visits and which "
            "newsletters you open, with your consent.",
        ),
        (
            "en",
            "We use the following technologies, with your consent:\n\n* cookies;\n* local storage.",
            "We use the following technologies, with your consent:\n\n* cookies;\n* local storage;\n"
            "* a one-pixel image in each marketing email, which tells us whether you opened it.",
        ),
        (
            "fr",
            "Avec votre accord, nous déposons des cookies sur notre site pour mesurer sa fréquentation.",
            "Avec votre accord, nous déposons des cookies sur notre site, et des images invisibles dans nos lettres "
            "d'information, pour mesurer sa fréquentation et savoir quelles lettres vous ouvrez.",
        ),
        (
            "fr",
            "Avec votre accord, nous utilisons :\n\n* des cookies ;\n* le stockage local de votre navigateur.",
            "Avec votre accord, nous utilisons :\n\n* des cookies ;\n* le stockage local de votre navigateur ;\n"
            "* une image d'un pixel dans chaque courriel promotionnel, qui nous dit si vous l'avez ouvert.",
        ),
        (
            "en",
            "With your consent, we use cookies to count visits to our site.",
            "With your consent, we use cookies to count visits to our site. Our emails also contain small tracking "
            "images.",
        ),
        (
            "fr",
            "Avec votre accord, nous utilisons des cookies pour compter les visites de notre site.",
            "Avec votre accord, nous utilisons des cookies pour compter les visites de notre site. Nos e-mails "
            "contiennent aussi de petites images qui nous indiquent si vous les avez ouverts.",
        ),
    ],
)
def test_paraphrase_tracking_extended_to_emails_is_major_and_needs_reconsent_r15(lang, old, new):
    result = classify(old, new, lang=lang, policy="cookies")
    assert result.change_class is MAJOR and result.reconsent, result.to_dict()
    assert "R15" in {r.rule for r in result.reasons}, result.to_dict()


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (
            "en",
            "We delete your card details as soon as the payment has gone through.",
            "We delete your card details 90 days after the payment has gone through.",
        ),
        (
            "en",
            "| Data | Retention period |\n|---|---|\n| Server logs | 24 hours |",
            "| Data | Retention period |\n|---|---|\n| Server logs | no more than 3 days |",
        ),
        (
            "fr",
            "Nous effaçons les coordonnées de votre carte dès que le paiement est accepté.",
            "Nous effaçons les coordonnées de votre carte trois mois après l'acceptation du paiement.",
        ),
        (
            "fr",
            "Les journaux de nos serveurs, qui contiennent votre adresse IP, sont effacés toutes les 24 heures.",
            "Les journaux de nos serveurs, qui contiennent votre adresse IP, sont gardés au plus trois jours avant "
            "d'être effacés.",
        ),
        (
            "en",
            "We erase inactive accounts after one year of inactivity.",
            "We erase inactive accounts after two years without a login.",
        ),
        (
            "fr",
            "Durées de conservation :\n\n* Relevés de connexion : 6 mois\n* Factures : 10 ans",
            "Durées de conservation :\n\n* Relevés de connexion : 1 an\n* Factures : 10 ans",
        ),
    ],
)
def test_paraphrase_retention_made_longer_is_major_r8(lang, old, new):
    check(lang, "retention", old, new, MAJOR, "R8")


@pytest.mark.parametrize(
    "lang, old, new",
    [
        ("en", "You must be 18 or older to open an account.", "You must be 15 or older to open an account."),
        ("en", "* Minimum age to register: sixteen", "* Minimum age to register: thirteen"),
        (
            "fr",
            "L'inscription est réservée aux personnes âgées d'au moins 16 ans.",
            "L'inscription est réservée aux personnes âgées d'au moins 13 ans.",
        ),
        (
            "fr",
            "Les mineurs de moins de quinze ans ne peuvent pas ouvrir de compte.",
            "Les mineurs de moins de treize ans ne peuvent pas ouvrir de compte.",
        ),
        ("en", "The shop is for adults (18+).", "The shop is for teenagers and adults (13+)."),
        ("fr", "Le service est ouvert à partir de 16 ans.", "Le service est ouvert à partir de 13 ans."),
    ],
)
def test_paraphrase_a_lower_age_threshold_is_major_r7(lang, old, new):
    check(lang, "data", BASE[lang]["data"] + "\n\n" + old, BASE[lang]["data"] + "\n\n" + new, MAJOR, "R7")


@pytest.mark.parametrize(
    "lang, added",
    [
        ("en", " A processing charge of €15 applies to each request."),
        ("en", " For copies beyond the first, you will need to pay a reasonable administrative cost."),
        ("fr", " Toute demande donne lieu au paiement de 15 euros."),
        ("fr", " Nous pouvons exiger le versement d'une somme forfaitaire de 10 € par demande de copie."),
        ("en", " You'll be billed $5 for each request."),
        ("fr", " Chaque demande d'accès est soumise à une participation forfaitaire de 8 €."),
    ],
)
def test_paraphrase_a_fee_for_requests_is_rights_reducing_r4(lang, added):
    check(lang, "rights", BASE[lang]["rights"], BASE[lang]["rights"] + added, RR, "R4")


@pytest.mark.parametrize(
    "lang, added",
    [
        ("en", " Before we act on a request, we will ask you to show a valid passport."),
        ("en", " Requests must come with a scan of a government photo ID so that we can confirm who you are."),
        (
            "fr",
            " Avant de traiter votre demande, nous vous demanderons de présenter un passeport en cours de validité.",
        ),
        ("fr", " Toute demande doit être accompagnée de la photocopie recto verso d'un titre d'identité."),
        ("en", " We will only act on a request once you have sent us a photo of yourself holding your ID card."),
        ("fr", " Nous ne traiterons votre demande qu'après réception d'une copie de votre carte nationale d'identité."),
    ],
)
def test_paraphrase_a_proof_of_identity_required_is_rights_reducing_r4(lang, added):
    check(lang, "rights", BASE[lang]["rights"], BASE[lang]["rights"] + added, RR, "R4")


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (
            "en",
            "Your reading list is shared with partner bookshops only if you tick the box in your account.",
            "Your reading list is shared with partner bookshops; you can untick the box in your account.",
        ),
        (
            "en",
            "We share your wish list with partner bookshops when you switch on the Share option.",
            "We automatically share your wish list with partner bookshops.",
        ),
        (
            "fr",
            "Votre liste de souhaits n'est transmise à nos librairies partenaires qu'avec votre accord explicite.",
            "Votre liste de souhaits est transmise à nos librairies partenaires, sauf si vous vous y opposez.",
        ),
        (
            "fr",
            "Nous partageons votre liste de lecture avec nos librairies partenaires lorsque vous activez l'option "
            "Partager.",
            "Nous partageons automatiquement votre liste de lecture avec nos librairies partenaires.",
        ),
        (
            "en",
            "With your permission, we send your reviews to the book's publisher.",
            "We send your reviews to the book's publisher.",
        ),
        (
            "fr",
            "Nous transmettons vos avis à l'éditeur du livre si vous cochez la case prévue.",
            "Nous transmettons vos avis à l'éditeur du livre.",
        ),
    ],
)
def test_paraphrase_data_sent_by_default_where_it_was_opt_in_is_notified(lang, old, new):
    base = BASE[lang]["recipients"]
    notified(lang, "recipients", f"{base} {old}", f"{base} {new}", {MAJOR, RR}, {"R10", "R12"})


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (
            "en",
            "We send you our newsletter. You can:\n\n* switch to plain-text emails in your profile;\n"
            "* stop the newsletter with the link in each email.",
            "We send you our newsletter. You can:\n\n* stop the newsletter with the link in each email.",
        ),
        (
            "en",
            "We post our catalogue to you each season. If you would rather not receive it, tell us and we will stop.",
            "We post our catalogue to you each season.",
        ),
        (
            "fr",
            "Nous vous envoyons notre lettre d'information. Vous pouvez à tout moment passer à des e-mails en texte "
            "seul depuis votre profil.",
            "Nous vous envoyons notre lettre d'information.",
        ),
        (
            "fr",
            "Nous vous envoyons notre catalogue chaque saison. Si vous ne souhaitez plus le recevoir, dites-le-nous "
            "et nous arrêterons.",
            "Nous vous envoyons notre catalogue chaque saison.",
        ),
        (
            "en",
            "We text you when your parcel ships. To stop receiving these texts, reply STOP.",
            "We text you when your parcel ships.",
        ),
        (
            "fr",
            "Nous vous envoyons un SMS à l'expédition du colis. Pour ne plus recevoir ces SMS, répondez STOP.",
            "Nous vous envoyons un SMS à l'expédition du colis.",
        ),
    ],
)
def test_paraphrase_an_opt_out_path_removed_is_rights_reducing_r13(lang, old, new):
    check(lang, "purposes", old, new, RR, "R13")


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (
            "en",
            "We will email you before any important change.",
            "By continuing to browse the shop after we post a change, you agree to it.",
        ),
        (
            "en",
            "Important changes will be announced to you by email one month in advance.",
            "Changes take effect when posted on this page; your further use of the shop constitutes your acceptance.",
        ),
        (
            "fr",
            "Nous vous préviendrons par e-mail avant toute modification importante.",
            "Toute utilisation de la boutique après la publication d'une modification vaut acceptation de celle-ci.",
        ),
        (
            "fr",
            "Nous vous informerons par e-mail un mois avant toute modification importante.",
            "Si vous continuez à naviguer sur la boutique après une modification, vous êtes réputé l'avoir acceptée.",
        ),
        (
            "en",
            "We will let you know by email before changes apply.",
            "If you do not close your account before a change applies, we will consider that you accept it.",
        ),
        (
            "fr",
            "Nous vous avertirons par e-mail avant l'entrée en vigueur de toute modification.",
            "Faute d'opposition de votre part dans les 15 jours, la modification sera considérée comme acceptée.",
        ),
    ],
)
def test_paraphrase_notice_replaced_by_continued_use_is_rights_reducing_r12(lang, old, new):
    check(lang, "changes", old, new, RR, "R12")


CONTACT_LIST = {
    "en": "You can reach us:\n\n* by email at privacy@northwind.example;\n* by post at Northwind Books, "
    "12 rue des Lilas, 75011 Paris.",
    "fr": "Vous pouvez nous joindre :\n\n* par e-mail à privacy@northwind.example ;\n* par courrier à Northwind "
    "Livres, 12 rue des Lilas, 75011 Paris.",
}


@pytest.mark.parametrize(
    "lang, section, old, new",
    [
        (
            "en",
            "rights",
            BASE["en"]["rights"],
            BASE["en"]["rights"] + " Our data protection officer can also be reached by post at Northwind Books, "
            "DPO, 12 rue des Lilas, 75011 Paris.",
        ),
        ("en", "who", CONTACT_LIST["en"], CONTACT_LIST["en"] + "\n* by phone on +33 1 23 45 67 89, Monday to Friday."),
        (
            "fr",
            "rights",
            BASE["fr"]["rights"],
            BASE["fr"]["rights"] + " Vous pouvez également joindre notre représentant au Royaume-Uni, UK Rep Ltd, "
            "à ukrep@ukrep.example.",
        ),
        (
            "fr",
            "who",
            CONTACT_LIST["fr"],
            CONTACT_LIST["fr"] + "\n* par téléphone au 01 23 45 67 89, du lundi au vendredi.",
        ),
        (
            "en",
            "rights",
            BASE["en"]["rights"],
            BASE["en"]["rights"] + " For questions about this notice, you may also call us on 0800 123 456.",
        ),
        (
            "fr",
            "rights",
            BASE["fr"]["rights"],
            BASE["fr"]["rights"] + " Notre DPO est joignable à dpo@northwind.example.",
        ),
    ],
)
def test_paraphrase_a_new_contact_point_beside_the_old_ones_is_not_notified(lang, section, old, new):
    not_notified(lang, section, old, new)


@pytest.mark.parametrize(
    "lang, added",
    [
        ("en", "\n\nIf you live in Brazil, more information applies to you: [Brazil](https://northwind.example/br)."),
        ("en", "\n\n* Users in Japan: [additional terms](https://northwind.example/privacy/jp)"),
        (
            "fr",
            "\n\nSi vous résidez au Québec, des informations complémentaires figurent sur [cette page]"
            "(https://northwind.example/privacy/qc).",
        ),
        ("fr", "\n\n* Utilisateurs situés aux États-Unis : [annexe](https://northwind.example/privacy/us)"),
        ("en", "\n\nCalifornian residents: read the CCPA section at https://northwind.example/ccpa."),
        ("fr", "\n\nPour les résidents du Brésil (LGPD), voir https://northwind.example/lgpd."),
    ],
)
def test_paraphrase_a_link_to_a_regional_supplement_is_not_notified(lang, added):
    not_notified(lang, "rights", BASE[lang]["rights"], BASE[lang]["rights"] + added)


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (
            "en",
            "We advertise our books on Facebook, Instagram and Twitter.",
            "We advertise our books on Facebook, Instagram and X (formerly Twitter).",
        ),
        (
            "en",
            "Our social media pages are run jointly with Facebook Ireland Ltd.",
            "Our social media pages are run jointly with Meta Platforms Ireland Ltd (formerly Facebook Ireland Ltd).",
        ),
        (
            "fr",
            "Nous faisons la promotion de nos livres sur Facebook, Instagram et Twitter.",
            "Nous faisons la promotion de nos livres sur Facebook, Instagram et X (anciennement Twitter).",
        ),
        (
            "fr",
            "Nos pages sur les réseaux sociaux sont gérées avec Facebook Ireland Limited.",
            "Nos pages sur les réseaux sociaux sont gérées avec Meta Platforms Ireland Limited (anciennement Facebook "
            "Ireland Limited).",
        ),
        (
            "en",
            "Our pages carry share buttons for Facebook, Twitter and Pinterest.",
            "Our pages carry share buttons for Facebook, X and Pinterest.",
        ),
        (
            "fr",
            "Nos vidéos sont hébergées par Google Ireland Limited.",
            "Nos vidéos sont hébergées par Alphabet Ireland Limited (anciennement Google Ireland Limited).",
        ),
    ],
)
def test_paraphrase_an_entity_renamed_is_not_notified(lang, old, new):
    not_notified(lang, "recipients", old, new)


@pytest.mark.parametrize(
    "lang, section, old, new",
    [
        (
            "en",
            "retention",
            "Nous conservons vos factures pendant dix ans, comme l'exige la loi.",
            "We keep your invoices for ten years, as the law requires.",
        ),
        (
            "en",
            "rights",
            "Vous pouvez demander une copie de vos données et vous opposer à leur utilisation à des fins de "
            "prospection en écrivant à privacy@northwind.example.",
            "You can ask for a copy of your data and object to its use for marketing by writing to "
            "privacy@northwind.example.",
        ),
        (
            "fr",
            "retention",
            "We keep your invoices for ten years, as the law requires.",
            "Nous conservons vos factures pendant dix ans, comme l'exige la loi.",
        ),
        (
            "fr",
            "rights",
            "You can ask for a copy of your data and object to its use for marketing by writing to "
            "privacy@northwind.example.",
            "Vous pouvez demander une copie de vos données et vous opposer à leur utilisation à des fins de "
            "prospection en écrivant à privacy@northwind.example.",
        ),
        (
            "en",
            "rights",
            "Nous répondons à vos demandes dans un délai d'un mois.",
            "We answer your requests within one month.",
        ),
        (
            "fr",
            "rights",
            "We answer your requests within one month.",
            "Nous répondons à vos demandes dans un délai d'un mois.",
        ),
    ],
)
def test_paraphrase_a_paragraph_translated_into_the_documents_language_is_not_notified(lang, section, old, new):
    not_notified(lang, section, old, new)


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (
            "en",
            "We rely on these vendors:\n\n* our carrier;\n* Hotjar, which records how you move around our pages; "
            "you can opt out at https://www.hotjar.com/opt-out.",
            "We rely on these vendors:\n\n* our carrier.",
        ),
        (
            "en",
            "Our carrier receives your name and address to deliver your parcel. We count visits with Mixpanel, and "
            "you can refuse this counting in your settings.",
            "Our carrier receives your name and address to deliver your parcel.",
        ),
        (
            "fr",
            "Nous faisons appel à ces prestataires :\n\n* notre transporteur ;\n* Hotjar, qui enregistre vos "
            "parcours sur nos pages ; vous pouvez vous y opposer sur https://www.hotjar.com/opt-out.",
            "Nous faisons appel à ces prestataires :\n\n* notre transporteur.",
        ),
        (
            "fr",
            "Notre transporteur reçoit votre nom et votre adresse pour livrer votre colis. Nous comptons les visites "
            "avec Mixpanel, et vous pouvez refuser ce comptage dans vos paramètres.",
            "Notre transporteur reçoit votre nom et votre adresse pour livrer votre colis.",
        ),
        (
            "en",
            "| Purpose | Vendor | Your choice |\n|---|---|---|\n| Delivery | our carrier | none |\n"
            "| Analytics | Matomo Cloud | you can opt out in the footer |",
            "| Purpose | Vendor | Your choice |\n|---|---|---|\n| Delivery | our carrier | none |",
        ),
        (
            "fr",
            "| Finalité | Prestataire | Votre choix |\n|---|---|---|\n| Livraison | notre transporteur | aucun |\n"
            "| Statistiques | Matomo Cloud | vous pouvez vous y opposer en bas de page |",
            "| Finalité | Prestataire | Votre choix |\n|---|---|---|\n| Livraison | notre transporteur | aucun |",
        ),
    ],
)
def test_paraphrase_a_vendor_removed_with_its_opt_out_is_no_lost_right(lang, old, new):
    result = classify(*edited(lang, "recipients", old, new), lang=lang)
    assert result.change_class in (MINOR, MAJOR), result.to_dict()


@pytest.mark.parametrize(
    "lang, section, old, new",
    [
        (
            "en",
            "retention",
            BASE["en"]["retention"],
            "We keep your order history for three years after your last order; once that time is up, we erase it.",
        ),
        (
            "en",
            "recipients",
            BASE["en"]["recipients"],
            "Our carrier receives your name and address, and nothing more, only so that the parcel reaches the right "
            "door.",
        ),
        (
            "fr",
            "retention",
            BASE["fr"]["retention"],
            "Nous conservons l'historique de vos commandes pendant trois ans après votre dernière commande ; passé "
            "ce délai, nous l'effaçons.",
        ),
        (
            "fr",
            "recipients",
            BASE["fr"]["recipients"],
            "Notre transporteur reçoit votre nom et votre adresse, et rien d'autre, uniquement pour que le colis "
            "arrive à la bonne porte.",
        ),
        (
            "en",
            "purposes",
            BASE["en"]["purposes"],
            "We use these data only to deliver your orders and to answer your questions, and for no other purpose.",
        ),
        (
            "fr",
            "retention",
            BASE["fr"]["retention"],
            "Nous conservons l'historique de vos commandes pendant trois ans après votre dernière commande, puis nous "
            "le supprimons définitivement.",
        ),
    ],
)
def test_paraphrase_a_clarification_of_a_practice_already_disclosed_is_not_notified(lang, section, old, new):
    not_notified(lang, section, old, new)


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (
            "en",
            BASE["en"]["rights"],
            BASE["en"]["rights"].replace("privacy@northwind.example", "privacy (at) northwind (dot) example"),
        ),
        ("en", BASE["en"]["rights"], BASE["en"]["rights"].replace("its correction or", "itscorrection or")),
        (
            "fr",
            BASE["fr"]["rights"],
            BASE["fr"]["rights"].replace("privacy@northwind.example", "privacy [arobase] northwind [point] example"),
        ),
        ("fr", BASE["fr"]["rights"], BASE["fr"]["rights"].replace("leur rectification", "leurrectification")),
        (
            "en",
            BASE["en"]["rights"],
            BASE["en"]["rights"].replace("privacy@northwind.example", "privacy{at}northwind{dot}example"),
        ),
        ("fr", BASE["fr"]["rights"], BASE["fr"]["rights"].replace("dans un délai", "dansun délai")),
    ],
)
def test_paraphrase_capture_artefacts_are_editorial(lang, old, new):
    result = classify(*edited(lang, "rights", old, new), lang=lang)
    assert result.change_class is E, result.to_dict()


@pytest.mark.parametrize(
    "lang, section, old, new, rule",
    [
        (
            "en",
            "recipients",
            BASE["en"]["recipients"] + " We do not sell your data.",
            BASE["en"]["recipients"] + " We do not sell your data. Our printer, Inkwell Ltd, receives your "
            "address to print the dedication cards you order.",
            "R5",
        ),
        (
            "en",
            "purposes",
            BASE["en"]["purposes"],
            "We use these data to deliver your orders, to answer your questions and to show you personalised offers; "
            "you can object to these offers at any time.",
            "R2",
        ),
        (
            "fr",
            "recipients",
            BASE["fr"]["recipients"] + " Nous ne vendons pas vos données.",
            BASE["fr"]["recipients"] + " Nous ne vendons pas vos données. Notre imprimeur, Inkwell SARL, reçoit "
            "votre adresse pour imprimer les cartes de dédicace que vous commandez.",
            "R5",
        ),
        (
            "fr",
            "purposes",
            BASE["fr"]["purposes"],
            "Nous utilisons ces données pour livrer vos commandes, répondre à vos questions et vous présenter des "
            "offres personnalisées ; vous pouvez vous y opposer à tout moment.",
            "R2",
        ),
        (
            "en",
            "recipients",
            BASE["en"]["recipients"],
            BASE["en"]["recipients"] + " We may also pass your name to the author of a book you review.",
            "R5",
        ),
        (
            "fr",
            "recipients",
            BASE["fr"]["recipients"],
            BASE["fr"]["recipients"] + " Nous pouvons aussi communiquer votre nom à l'auteur d'un livre que vous "
            "commentez.",
            "R5",
        ),
    ],
)
def test_paraphrase_a_plain_new_purpose_or_recipient_is_major_not_rights_reducing(lang, section, old, new, rule):
    check(lang, section, old, new, MAJOR, rule)


# --- What the new readings must not over-call: promises, choices kept, narrower practices ----------------------


@pytest.mark.parametrize(
    "lang, section, old, new",
    [
        ("en", "data", BASE["en"]["data"], BASE["en"]["data"] + " We never record your calls with our support team."),
        (
            "fr",
            "data",
            BASE["fr"]["data"],
            BASE["fr"]["data"] + " Nous n'enregistrons jamais vos appels au service client.",
        ),
        (
            "en",
            "recipients",
            BASE["en"]["recipients"],
            BASE["en"]["recipients"] + " We do not pass your details to anyone else.",
        ),
        (
            "fr",
            "recipients",
            BASE["fr"]["recipients"],
            BASE["fr"]["recipients"] + " Nous ne transmettons vos coordonnées à personne d'autre.",
        ),
        (
            "en",
            "rights",
            BASE["en"]["rights"],
            BASE["en"]["rights"] + " Requests are free; we will never charge you a fee.",
        ),
        (
            "fr",
            "rights",
            BASE["fr"]["rights"],
            BASE["fr"]["rights"] + " Vos demandes sont gratuites ; nous ne vous facturerons jamais de frais.",
        ),
        (
            "en",
            "rights",
            BASE["en"]["rights"],
            BASE["en"]["rights"] + " You do not need to send us a copy of your ID card with your request.",
        ),
        (
            "fr",
            "rights",
            BASE["fr"]["rights"],
            BASE["fr"]["rights"] + " Vous n'avez pas à joindre de pièce d'identité à votre demande.",
        ),
        (
            "en",
            "purposes",
            "We send you our newsletter. You can switch to plain-text emails in your profile.",
            "We send you our newsletter. In your profile, you can choose plain-text emails instead.",
        ),
        (
            "fr",
            "purposes",
            "Nous vous envoyons notre lettre d'information. Vous pouvez passer à des e-mails en texte seul dans votre "
            "profil.",
            "Nous vous envoyons notre lettre d'information. Dans votre profil, vous pouvez choisir des e-mails en "
            "texte seul.",
        ),
        (
            "en",
            "retention",
            "How long we keep data:\n\n* Server logs: 1 year\n* Invoices: 10 years",
            "How long we keep data:\n\n* Server logs: 6 months\n* Invoices: 10 years",
        ),
        (
            "fr",
            "retention",
            "Durées de conservation :\n\n* Journaux : 1 an\n* Factures : 10 ans",
            "Durées de conservation :\n\n* Journaux : 6 mois\n* Factures : 10 ans",
        ),
        ("en", "data", "You must be 13 or older to open an account.", "You must be 16 or older to open an account."),
        ("fr", "data", "Le service est ouvert à partir de 13 ans.", "Le service est ouvert à partir de 16 ans."),
    ],
)
def test_a_new_promise_a_choice_reworded_or_a_narrower_practice_is_not_notified(lang, section, old, new):
    not_notified(lang, section, old, new)


@pytest.mark.parametrize(
    "lang, old, new, elsewhere",
    [
        (
            "en",
            "We send you our newsletter. You can unsubscribe with the link in each email.",
            "We send you our newsletter.",
            "To unsubscribe from our newsletter, use the link in each email.",
        ),
        (
            "fr",
            "Nous vous envoyons notre lettre d'information. Vous pouvez vous désabonner avec le lien de chaque e-mail.",
            "Nous vous envoyons notre lettre d'information.",
            "Pour vous désabonner de notre lettre d'information, utilisez le lien de chaque e-mail.",
        ),
    ],
)
def test_a_choice_moved_to_another_section_is_not_taken_away(lang, old, new, elsewhere):
    before = policy(lang, purposes=old)
    after = policy(lang, purposes=new, rights=f"{BASE[lang]['rights']} {elsewhere}")
    result = classify(before, after, lang=lang)
    assert result.change_class is not RR, result.to_dict()


# --- Third wording of each must-notify category: long sentences, lists joined by the diff, negation flips ----

NOTIFIED = {MAJOR, RR}


@pytest.mark.parametrize(
    "case, lang, section, old, new, classes, rules",
    [
        (
            "data-en",
            "en",
            "data",
            BASE["en"]["data"],
            "We collect your name, your postal address, the books you order and, if you use voice search, recordings "
            "of what you say.",
            NOTIFIED,
            {"R7"},
        ),
        (
            "data-fr",
            "fr",
            "data",
            BASE["fr"]["data"],
            "Nous collectons votre nom, votre adresse postale, les livres que vous commandez et, si vous utilisez la "
            "recherche vocale, l'enregistrement de ce que vous dites.",
            NOTIFIED,
            {"R7"},
        ),
        (
            "use-en",
            "en",
            "purposes",
            BASE["en"]["purposes"],
            "We use these data to deliver your orders, to answer your questions and to work out which readers are "
            "likely to stop buying from us.",
            NOTIFIED,
            {"R2", "R11"},
        ),
        (
            "use-fr",
            "fr",
            "purposes",
            BASE["fr"]["purposes"],
            "Nous utilisons ces données pour livrer vos commandes, répondre à vos questions et repérer les lecteurs "
            "susceptibles de cesser leurs achats.",
            NOTIFIED,
            {"R2", "R11"},
        ),
        (
            "recip-en",
            "en",
            "recipients",
            "We share your order details with:\n\n* our carrier;\n* our payment provider.",
            "We share your order details with:\n\n* our carrier;\n* our payment provider;\n* Booklytics, which "
            "studies reading trends.",
            NOTIFIED,
            {"R5"},
        ),
        (
            "recip-fr",
            "fr",
            "recipients",
            "Nous partageons le détail de vos commandes avec :\n\n* notre transporteur ;\n* notre prestataire de "
            "paiement.",
            "Nous partageons le détail de vos commandes avec :\n\n* notre transporteur ;\n* notre prestataire de "
            "paiement ;\n* Booklytics, qui étudie les tendances de lecture.",
            NOTIFIED,
            {"R5"},
        ),
        (
            "link-en",
            "en",
            "recipients",
            BASE["en"]["recipients"],
            BASE["en"]["recipients"] + " We also work with https://www.segment.com and https://www.braze.com.",
            NOTIFIED,
            {"R5"},
        ),
        (
            "link-fr",
            "fr",
            "recipients",
            BASE["fr"]["recipients"],
            BASE["fr"]["recipients"] + " Nous travaillons aussi avec https://www.segment.com et https://www.braze.com.",
            NOTIFIED,
            {"R5"},
        ),
        (
            "transfer-en",
            "en",
            "recipients",
            "Your data stay on servers in the European Union.",
            "Your data stay on servers in the European Union, except backups, which are kept in Canada.",
            NOTIFIED,
            {"R6"},
        ),
        (
            "transfer-fr",
            "fr",
            "recipients",
            "Vos données restent sur des serveurs situés dans l'Union européenne.",
            "Vos données restent sur des serveurs situés dans l'Union européenne, sauf les sauvegardes, conservées "
            "au Canada.",
            NOTIFIED,
            {"R6"},
        ),
        (
            "ret-en",
            "en",
            "retention",
            "We keep chat transcripts for a week.",
            "We keep chat transcripts for a year.",
            NOTIFIED,
            {"R8"},
        ),
        (
            "ret-fr",
            "fr",
            "retention",
            "Nous gardons les conversations avec le service client une semaine.",
            "Nous gardons les conversations avec le service client un an.",
            NOTIFIED,
            {"R8"},
        ),
        (
            "age-en",
            "en",
            "data",
            "Nobody under sixteen may use the shop.",
            "Nobody under thirteen may use the shop.",
            NOTIFIED,
            {"R7"},
        ),
        (
            "age-fr",
            "fr",
            "data",
            "Aucune personne de moins de seize ans ne peut utiliser la boutique.",
            "Aucune personne de moins de treize ans ne peut utiliser la boutique.",
            NOTIFIED,
            {"R7"},
        ),
        (
            "fee-en",
            "en",
            "rights",
            BASE["en"]["rights"],
            BASE["en"]["rights"] + " Requests are no longer free: each one costs 20 euros.",
            {RR},
            {"R4"},
        ),
        (
            "fee-fr",
            "fr",
            "rights",
            BASE["fr"]["rights"],
            BASE["fr"]["rights"] + " Les demandes ne sont plus gratuites : chacune coûte 20 euros.",
            {RR},
            {"R4"},
        ),
        (
            "id-en",
            "en",
            "rights",
            BASE["en"]["rights"],
            BASE["en"]["rights"] + " We will ask for proof of identity with every request.",
            {RR},
            {"R4"},
        ),
        (
            "id-fr",
            "fr",
            "rights",
            BASE["fr"]["rights"],
            BASE["fr"]["rights"] + " Un justificatif d'identité sera exigé pour chaque demande.",
            {RR},
            {"R4"},
        ),
        (
            "default-en",
            "en",
            "recipients",
            "We never share your wish list unless you ask us to.",
            "We share your wish list with partner bookshops.",
            NOTIFIED,
            {"R10", "R12"},
        ),
        (
            "default-fr",
            "fr",
            "recipients",
            "Nous ne partageons jamais votre liste d'envies, sauf si vous nous le demandez.",
            "Nous partageons votre liste d'envies avec des librairies partenaires.",
            NOTIFIED,
            {"R10", "R12"},
        ),
        (
            "optout-en",
            "en",
            "purposes",
            "We may call you about new releases; you may ask us to stop calling at any time.",
            "We may call you about new releases.",
            {RR},
            {"R13"},
        ),
        (
            "optout-fr",
            "fr",
            "purposes",
            "Nous pouvons vous appeler pour nos nouveautés ; vous pouvez nous demander d'arrêter à tout moment.",
            "Nous pouvons vous appeler pour nos nouveautés.",
            {RR},
            {"R13"},
        ),
        (
            "deemed-en",
            "en",
            "changes",
            BASE["en"]["changes"],
            "Changes apply as soon as they are posted here, and using the shop afterwards means you agree to them.",
            {RR},
            {"R12"},
        ),
        (
            "deemed-fr",
            "fr",
            "changes",
            BASE["fr"]["changes"],
            "Les modifications s'appliquent dès leur publication ; utiliser la boutique ensuite signifie que vous "
            "les acceptez.",
            {RR},
            {"R12"},
        ),
        (
            "negflip-en",
            "en",
            "recipients",
            BASE["en"]["recipients"] + " We will never sell your data.",
            BASE["en"]["recipients"] + " We may sell your data to selected partners.",
            {RR},
            {"R12"},
        ),
        (
            "negflip-fr",
            "fr",
            "recipients",
            BASE["fr"]["recipients"] + " Nous ne vendrons jamais vos données.",
            BASE["fr"]["recipients"] + " Nous pouvons vendre vos données à des partenaires choisis.",
            {RR},
            {"R12"},
        ),
    ],
)
def test_paraphrase_third_wording_is_notified_under_its_rule(case, lang, section, old, new, classes, rules):
    notified(lang, section, old, new, classes, rules)


# --- Third wording of each over-called category -----------------------------------------------------------------


@pytest.mark.parametrize(
    "case, lang, section, old, new",
    [
        (
            "contact-en",
            "en",
            "who",
            BASE["en"]["who"],
            BASE["en"]["who"]
            + " Our EU representative is EU-Rep GmbH, Hauptstraße 1, 10115 Berlin, Germany (eurep@eurep.example).",
        ),
        (
            "contact-fr",
            "fr",
            "who",
            BASE["fr"]["who"],
            BASE["fr"]["who"] + " Notre représentant au Royaume-Uni est UK Rep Ltd, 1 High Street, London EC1A 1AA "
            "(ukrep@ukrep.example).",
        ),
        (
            "contact2-en",
            "en",
            "rights",
            BASE["en"]["rights"],
            BASE["en"]["rights"]
            + "\n\n| Channel | Address |\n|---|---|\n| Post | Northwind Books, 12 rue des Lilas, 75011 Paris |",
        ),
        (
            "contact2-fr",
            "fr",
            "rights",
            BASE["fr"]["rights"],
            BASE["fr"]["rights"]
            + "\n\nVous pouvez aussi nous écrire : Northwind Livres, Service confidentialité, 12 rue des Lilas, "
            "75011 Paris.",
        ),
        (
            "regional-en",
            "en",
            "rights",
            BASE["en"]["rights"],
            BASE["en"]["rights"]
            + "\n\nAre you in Canada? Please also read our [Canadian privacy addendum](https://northwind.example/ca).",
        ),
        (
            "regional-fr",
            "fr",
            "rights",
            BASE["fr"]["rights"],
            BASE["fr"]["rights"]
            + "\n\nVous vivez en Suisse ? Lisez aussi notre [addendum suisse](https://northwind.example/ch).",
        ),
        (
            "rename-en",
            "en",
            "recipients",
            "Our analytics provider is Google Analytics.",
            "Our analytics provider is Google Analytics 4.",
        ),
        (
            "rename-fr",
            "fr",
            "recipients",
            "Nous publions sur Facebook, Instagram et Twitter.",
            "Nous publions sur Facebook, Instagram et X.",
        ),
        (
            "transl-en",
            "en",
            "data",
            "Nous collectons votre nom, votre adresse postale et les livres que vous commandez.",
            BASE["en"]["data"],
        ),
        ("transl-fr", "fr", "recipients", BASE["en"]["recipients"], BASE["fr"]["recipients"]),
        (
            "vendor-en",
            "en",
            "recipients",
            "Our vendors:\n\n* our carrier;\n* Crisp, our chat tool (you can turn the chat off in your settings).",
            "Our vendors:\n\n* our carrier.",
        ),
        (
            "vendor-fr",
            "fr",
            "recipients",
            "Nos prestataires :\n\n* notre transporteur ;\n* Crisp, notre outil de discussion (vous pouvez "
            "désactiver la discussion dans vos paramètres).",
            "Nos prestataires :\n\n* notre transporteur.",
        ),
        (
            "clarify-en",
            "en",
            "data",
            BASE["en"]["data"],
            "We collect your name, your postal address and the books you order, that is, the titles and the number "
            "of copies.",
        ),
        (
            "clarify-fr",
            "fr",
            "retention",
            BASE["fr"]["retention"],
            BASE["fr"]["retention"] + " Ce délai court à compter de votre dernière commande.",
        ),
        (
            "artefact-en",
            "en",
            "rights",
            BASE["en"]["rights"],
            BASE["en"]["rights"]
            .replace("by writing to", "bywriting to")
            .replace("privacy@northwind.example", "privacy @ northwind.example"),
        ),
        (
            "artefact-fr",
            "fr",
            "rights",
            BASE["fr"]["rights"],
            BASE["fr"]["rights"].replace("privacy@northwind.example", "privacy(at)northwind.example"),
        ),
    ],
)
def test_paraphrase_third_wording_is_not_notified(case, lang, section, old, new):
    not_notified(lang, section, old, new)


@pytest.mark.parametrize(
    "lang, added",
    [
        ("en", " Our backups are hosted in Canada; see https://northwind.example/backups."),
        ("fr", " Nos sauvegardes sont hébergées au Canada ; voir https://northwind.example/backups."),
    ],
)
def test_a_country_where_data_are_hosted_is_a_transfer_even_beside_a_link_r6(lang, added):
    # A link to another page makes a country the audience of that page ("Are you in Canada? Read our addendum"),
    # unless the sentence says data are held or handled there.
    base = BASE[lang]["recipients"]
    check(lang, "recipients", base, base + added, MAJOR, "R6")


@pytest.mark.parametrize(
    "lang, added",
    [
        ("en", " A woman from our team checks each parcel before it leaves."),
        ("fr", " Une personne de notre équipe, romancière à ses heures, vérifie chaque colis avant son départ."),
    ],
)
def test_a_country_name_inside_another_word_is_no_transfer(lang, added):
    base = BASE[lang]["recipients"]
    result = classify(*edited(lang, "recipients", base, base + added), lang=lang)
    assert "R6" not in {r.rule for r in result.reasons}, result.to_dict()


# --- Negation flips in passive and subject forms; periods in words or made vague ----------------------------------


@pytest.mark.parametrize(
    "case, lang, section, old, new, classes, rules",
    [
        (
            "neg1-en",
            "en",
            "recipients",
            BASE["en"]["recipients"] + " Your reading history is never shared with advertisers.",
            BASE["en"]["recipients"] + " Your reading history may be shared with advertisers.",
            {RR},
            {"R12"},
        ),
        (
            "neg1-fr",
            "fr",
            "recipients",
            BASE["fr"]["recipients"] + " Votre historique de lecture n'est jamais communiqué aux annonceurs.",
            BASE["fr"]["recipients"] + " Votre historique de lecture peut être communiqué aux annonceurs.",
            {RR},
            {"R12"},
        ),
        (
            "neg2-en",
            "en",
            "data",
            BASE["en"]["data"] + " We do not use facial recognition.",
            BASE["en"]["data"] + " We use facial recognition at our shop entrances.",
            NOTIFIED,
            {"R12", "R7", "R2"},
        ),
        (
            "neg2-fr",
            "fr",
            "data",
            BASE["fr"]["data"] + " Nous n'utilisons pas la reconnaissance faciale.",
            BASE["fr"]["data"] + " Nous utilisons la reconnaissance faciale à l'entrée de nos boutiques.",
            NOTIFIED,
            {"R12", "R7", "R2"},
        ),
        (
            "neg3-en",
            "en",
            "recipients",
            BASE["en"]["recipients"] + " No one outside our company sees your payment details.",
            BASE["en"]["recipients"] + " Our bank sees your payment details.",
            NOTIFIED,
            {"R12", "R5"},
        ),
        (
            "neg3-fr",
            "fr",
            "recipients",
            BASE["fr"]["recipients"] + " Personne en dehors de notre société ne voit vos données de paiement.",
            BASE["fr"]["recipients"] + " Notre banque voit vos données de paiement.",
            NOTIFIED,
            {"R12", "R5"},
        ),
        (
            "ret-words-en",
            "en",
            "retention",
            "Support tickets are erased after six months.",
            "Support tickets are erased after eighteen months.",
            NOTIFIED,
            {"R8"},
        ),
        (
            "ret-words-fr",
            "fr",
            "retention",
            "Les tickets d'assistance sont effacés au bout de six mois.",
            "Les tickets d'assistance sont effacés au bout de dix-huit mois.",
            NOTIFIED,
            {"R8"},
        ),
        (
            "ret-vague-en",
            "en",
            "retention",
            "We keep your wish list for two years.",
            "We keep your wish list for as long as we consider useful.",
            NOTIFIED,
            {"R8"},
        ),
        (
            "ret-vague-fr",
            "fr",
            "retention",
            "Nous conservons votre liste d'envies deux ans.",
            "Nous conservons votre liste d'envies aussi longtemps que nous le jugeons utile.",
            NOTIFIED,
            {"R8"},
        ),
    ],
)
def test_paraphrase_a_promise_flipped_or_a_period_lengthened_is_notified(case, lang, section, old, new, classes, rules):
    notified(lang, section, old, new, classes, rules)


@pytest.mark.parametrize(
    "lang, added",
    [
        ("en", " No one outside our company sees your payment details."),
        ("fr", " Personne en dehors de notre société ne voit vos données de paiement."),
    ],
)
def test_a_promise_that_no_one_else_sees_the_data_is_not_notified(lang, added):
    not_notified(lang, "recipients", BASE[lang]["recipients"], BASE[lang]["recipients"] + added)


@pytest.mark.parametrize(
    "lang, new",
    [
        ("en", "Our carrier, La Poste, receives your name and address to deliver your parcel."),
        ("fr", "Notre transporteur, La Poste, reçoit votre nom et votre adresse pour livrer votre colis."),
    ],
)
def test_a_recipient_already_disclosed_now_named_is_not_notified(lang, new):
    # The carrier was disclosed; giving its name adds no recipient (R9). A name said to receive data in a new
    # sentence is one more recipient (test_paraphrase_a_new_recipient_or_controller_is_major).
    not_notified(lang, "recipients", BASE[lang]["recipients"], new)


@pytest.mark.parametrize(
    "lang, old, new",
    [
        ("en", "The shop is not for children aged 15 and under.", "The shop is not for children aged 12 and under."),
        ("en", "Users must have reached the age of sixteen.", "Users must have reached the age of thirteen."),
        (
            "en",
            "If you are a minor (under eighteen), ask a parent first.",
            "If you are a minor (under sixteen), ask a parent first.",
        ),
        ("en", "Teens between 16 and 18 need a parent's consent.", "Teens between 13 and 18 need a parent's consent."),
        (
            "fr",
            "La boutique n'est pas destinée aux enfants de 15 ans et moins.",
            "La boutique n'est pas destinée aux enfants de 12 ans et moins.",
        ),
        ("fr", "Il faut avoir atteint l'âge de seize ans.", "Il faut avoir atteint l'âge de treize ans."),
        (
            "fr",
            "Les adolescents entre 16 et 18 ans ont besoin de l'accord d'un parent.",
            "Les adolescents entre 13 et 18 ans ont besoin de l'accord d'un parent.",
        ),
        ("fr", "Le service est réservé aux 16 ans et plus.", "Le service est réservé aux 13 ans et plus."),
    ],
)
def test_paraphrase_an_age_lowered_in_ranges_words_and_brackets_is_major_r7(lang, old, new):
    check(lang, "data", BASE[lang]["data"] + "\n\n" + old, BASE[lang]["data"] + "\n\n" + new, MAJOR, "R7")


@pytest.mark.parametrize(
    "lang, old, new",
    [
        ("en", "Server logs are purged every 7 days.", "Server logs are purged every 30 days."),
        ("en", "Backups roll over after 35 days.", "Backups roll over after 90 days."),
        ("en", "Your IP address is anonymised within 24 hours.", "Your IP address is anonymised within 72 hours."),
        ("en", "| Item | Period |\n|---|---|\n| Logs | 7 days |", "| Item | Period |\n|---|---|\n| Logs | 30 days |"),
        ("en", "Abandoned baskets: cleared after a week.", "Abandoned baskets: cleared after a month."),
        ("fr", "Les journaux sont purgés tous les 7 jours.", "Les journaux sont purgés tous les 30 jours."),
        (
            "fr",
            "Les sauvegardes sont écrasées au bout de 35 jours.",
            "Les sauvegardes sont écrasées au bout de 90 jours.",
        ),
        (
            "fr",
            "Votre adresse IP est rendue anonyme sous 24 heures.",
            "Votre adresse IP est rendue anonyme sous 72 heures.",
        ),
        (
            "fr",
            "| Élément | Durée |\n|---|---|\n| Journaux | 7 jours |",
            "| Élément | Durée |\n|---|---|\n| Journaux | 30 jours |",
        ),
        ("fr", "Paniers abandonnés : vidés après une semaine.", "Paniers abandonnés : vidés après un mois."),
    ],
)
def test_paraphrase_a_longer_period_in_a_section_about_retention_is_major_r8(lang, old, new):
    # Whatever the verb ("roll over", "écrasées", "rendue anonyme"), a period lengthened in the section that says
    # how long data are kept is a longer retention.
    check(lang, "retention", old, new, MAJOR, "R8")


@pytest.mark.parametrize(
    "rule, lang, section, old, new",
    [
        (
            "R7",
            "en",
            "data",
            "| Category | Examples |\n|---|---|\n| Identity | name |",
            "| Category | Examples |\n|---|---|\n| Identity | name |\n| Wellbeing | mood you report in the app |",
        ),
        (
            "R7",
            "fr",
            "data",
            "| Catégorie | Exemples |\n|---|---|\n| Identité | nom |",
            "| Catégorie | Exemples |\n|---|---|\n| Identité | nom |\n"
            "| Bien-être | humeur que vous indiquez dans l'application |",
        ),
        (
            "R7",
            "en",
            "data",
            BASE["en"]["data"],
            BASE["en"]["data"] + " Our app may also gather the names of the Wi-Fi networks around you.",
        ),
        (
            "R7",
            "fr",
            "data",
            BASE["fr"]["data"],
            BASE["fr"]["data"] + " Notre application peut aussi recueillir le nom des réseaux Wi-Fi autour de vous.",
        ),
        (
            "R5",
            "en",
            "recipients",
            BASE["en"]["recipients"],
            BASE["en"]["recipients"] + " Your order details are also made available to the publisher of each book.",
        ),
        (
            "R5",
            "fr",
            "recipients",
            BASE["fr"]["recipients"],
            BASE["fr"]["recipients"]
            + " Le détail de vos commandes est aussi mis à la disposition de l'éditeur de chaque livre.",
        ),
        (
            "R2",
            "en",
            "purposes",
            BASE["en"]["purposes"],
            BASE["en"]["purposes"] + " Your reading history also feeds the book suggestions we show other readers.",
        ),
        (
            "R2",
            "fr",
            "purposes",
            BASE["fr"]["purposes"],
            BASE["fr"]["purposes"]
            + " Votre historique de lecture alimente aussi les suggestions de livres montrées aux autres lecteurs.",
        ),
    ],
)
def test_paraphrase_a_new_table_row_subject_or_verb_names_its_rule(rule, lang, section, old, new):
    notified(lang, section, old, new, {MAJOR}, {rule})


@pytest.mark.parametrize(
    "rule, lang, section, old, new",
    [
        (
            "R5",
            "en",
            "recipients",
            BASE["en"]["recipients"],
            BASE["en"]["recipients"] + " Insurers may see your claim history when you file a claim.",
        ),
        (
            "R5",
            "fr",
            "recipients",
            BASE["fr"]["recipients"],
            BASE["fr"]["recipients"]
            + " Les assureurs peuvent consulter l'historique de vos sinistres lorsque vous déclarez un sinistre.",
        ),
    ],
)
def test_a_third_party_said_to_see_data_is_notified_for_the_editor_if_no_rule_names_it(rule, lang, section, old, new):
    # "Insurers" is no name and no word of the vocabulary: the editor decides on the quoted sentence.
    notified(lang, section, old, new, {MAJOR}, {rule, REVIEW_RULE})


@pytest.mark.parametrize(
    "lang, added",
    [
        ("en", " For the purposes of this notice, the word shop means our website and our physical stores."),
        (
            "fr",
            " Aux fins de la présente politique, le mot boutique désigne notre site et nos magasins (sa finalité).",
        ),
    ],
)
def test_the_word_purposes_alone_states_no_new_use(lang, added):
    # A definition is no use of data: the editor reads it (review), no rule claims it is a new purpose.
    old, new = edited(lang, "purposes", BASE[lang]["purposes"], BASE[lang]["purposes"] + added)
    result = classify(old, new, lang=lang)
    assert "R2" not in {r.rule for r in result.reasons}, result.to_dict()


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (
            "en",
            "We send partner offers only to readers who opt in.",
            "We send partner offers to all readers unless they opt out.",
        ),
        (
            "fr",
            "Nous n'envoyons les offres de nos partenaires qu'aux lecteurs qui y ont consenti.",
            "Nous envoyons les offres de nos partenaires à tous les lecteurs, sauf s'ils s'y opposent.",
        ),
        (
            "en",
            "The box to share your profile with authors is unticked.",
            "The box to share your profile with authors is ticked by default.",
        ),
        (
            "fr",
            "La case pour partager votre profil avec les auteurs n'est pas cochée.",
            "La case pour partager votre profil avec les auteurs est cochée par défaut.",
        ),
        ("en", "Location sharing is off until you turn it on.", "Location sharing is on until you turn it off."),
        (
            "fr",
            "Le partage de la position est désactivé tant que vous ne l'activez pas.",
            "Le partage de la position est activé tant que vous ne le désactivez pas.",
        ),
    ],
)
def test_paraphrase_a_setting_switched_on_for_users_is_major_r10(lang, old, new):
    # Opt-in made opt-out, a box ticked by default, a switch that was off now on: a choice taken from users.
    base = BASE[lang]["recipients"]
    check(lang, "recipients", f"{base} {old}", f"{base} {new}", MAJOR, "R10")


@pytest.mark.parametrize(
    "switched_on, lang, old, new",
    [
        (
            True,
            "en",
            "Personalised offers are disabled unless you enable them.",
            "Personalised offers are enabled unless you disable them.",
        ),
        (False, "en", "Location sharing is on until you turn it off.", "Location sharing is off until you turn it on."),
        (
            False,
            "en",
            "The box to share your profile with authors is ticked by default.",
            "The box to share your profile with authors is unticked.",
        ),
        (
            False,
            "fr",
            "Le partage de la position est activé tant que vous ne le désactivez pas.",
            "Le partage de la position est désactivé tant que vous ne l'activez pas.",
        ),
        (
            False,
            "fr",
            "La case pour partager votre profil avec les auteurs est cochée par défaut.",
            "La case pour partager votre profil avec les auteurs n'est pas cochée.",
        ),
    ],
)
def test_only_a_setting_switched_on_is_notified_not_one_switched_off(switched_on, lang, old, new):
    base = BASE[lang]["recipients"]
    result = classify(*edited(lang, "recipients", f"{base} {old}", f"{base} {new}"), lang=lang)
    assert result.change_class.must_notify is switched_on, result.to_dict()


@pytest.mark.parametrize(
    "lang, section, old, new",
    [
        ("en", "changes", BASE["en"]["changes"], "We may change this notice at any time."),
        ("fr", "changes", BASE["fr"]["changes"], "Nous pouvons modifier cette politique à tout moment."),
        (
            "en",
            "rights",
            BASE["en"]["rights"],
            BASE["en"]["rights"] + " We may ask for additional information to confirm your identity before we answer.",
        ),
        (
            "fr",
            "rights",
            BASE["fr"]["rights"],
            BASE["fr"]["rights"]
            + " Nous pourrons vous demander des informations complémentaires pour confirmer votre identité avant de "
            "répondre.",
        ),
        (
            "en",
            "rights",
            BASE["en"]["rights"],
            BASE["en"]["rights"] + " A reasonable administrative fee may apply to excessive requests.",
        ),
        (
            "fr",
            "rights",
            BASE["fr"]["rights"],
            BASE["fr"]["rights"]
            + " Des frais administratifs raisonnables peuvent s'appliquer aux demandes excessives.",
        ),
        (
            "en",
            "purposes",
            "| Choice | How |\n|---|---|\n| Newsletter | unsubscribe link in each email |\n| Catalogue by post | "
            "tick the box in your account |",
            "| Choice | How |\n|---|---|\n| Newsletter | unsubscribe link in each email |",
        ),
        (
            "fr",
            "purposes",
            "| Choix | Comment |\n|---|---|\n| Lettre d'information | lien de désabonnement dans chaque e-mail |\n| "
            "Catalogue papier | cochez la case dans votre compte |",
            "| Choix | Comment |\n|---|---|\n| Lettre d'information | lien de désabonnement dans chaque e-mail |",
        ),
        (
            "en",
            "rights",
            BASE["en"]["rights"],
            BASE["en"]["rights"].replace("We answer within one month.", "We answer within three months."),
        ),
        (
            "fr",
            "rights",
            BASE["fr"]["rights"],
            BASE["fr"]["rights"].replace("dans un délai d'un mois", "dans un délai de trois mois"),
        ),
    ],
)
def test_paraphrase_what_takes_something_away_is_rights_reducing(lang, section, old, new):
    # The promise to tell users of changes dropped, a proof of identity or a fee even "where allowed", a slower
    # answer, a row of the table of choices removed: harder, costlier or a promise lost.
    result = classify(*edited(lang, section, old, new), lang=lang)
    assert result.change_class is RR, result.to_dict()
    assert all(r.old or r.new for r in result.reasons), result.to_dict()


@pytest.mark.parametrize(
    "lang, old, new, elsewhere",
    [
        (
            "en",
            BASE["en"]["changes"],
            "We may change this notice at any time.",
            "Before any important change takes effect, we will tell you by email.",
        ),
        (
            "fr",
            BASE["fr"]["changes"],
            "Nous pouvons modifier cette politique à tout moment.",
            "Avant toute modification importante, nous vous informerons par e-mail.",
        ),
    ],
)
def test_the_promise_to_tell_users_moved_to_another_section_is_not_lost(lang, old, new, elsewhere):
    before = policy(lang, changes=old)
    after = policy(lang, changes=new, who=f"{BASE[lang]['who']} {elsewhere}")
    result = classify(before, after, lang=lang)
    assert result.change_class is not RR, result.to_dict()


@pytest.mark.parametrize(
    "rule, lang, section, old, new",
    [
        (
            "R3",
            "en",
            "who",
            BASE["en"]["who"],
            BASE["en"]["who"]
            + " For the loyalty club, Northwind Books SAS and Reader Rewards Ltd decide together how your data are "
            "used.",
        ),
        (
            "R3",
            "fr",
            "who",
            BASE["fr"]["who"],
            BASE["fr"]["who"]
            + " Pour le club de fidélité, Northwind Livres SAS et Reader Rewards SARL décident ensemble de l'usage "
            "de vos données.",
        ),
        (
            "R5",
            "en",
            "recipients",
            "Our partners: Facebook, Instagram, LinkedIn and Twitter.",
            "Our partners: Facebook, Instagram, LinkedIn, Twitter and Reddit.",
        ),
        (
            "R5",
            "fr",
            "recipients",
            "Nos partenaires : Facebook, Instagram, LinkedIn et Twitter.",
            "Nos partenaires : Facebook, Instagram, LinkedIn, Twitter et Reddit.",
        ),
        (
            "R5",
            "en",
            "recipients",
            "| Recipient | Purpose |\n|---|---|\n| Our carrier | delivery |",
            "| Recipient | Purpose |\n|---|---|\n| Our carrier | delivery |\n| Credit reference agencies | checking "
            "payment risk |",
        ),
        (
            "R5",
            "fr",
            "recipients",
            "| Destinataire | Finalité |\n|---|---|\n| Notre transporteur | livraison |",
            "| Destinataire | Finalité |\n|---|---|\n| Notre transporteur | livraison |\n| Organismes de "
            "recouvrement | recouvrement des impayés |",
        ),
        (
            "R6",
            "en",
            "recipients",
            BASE["en"]["recipients"],
            BASE["en"]["recipients"] + " Our customer support is provided from Manila, in the Philippines.",
        ),
        (
            "R6",
            "fr",
            "recipients",
            BASE["fr"]["recipients"],
            BASE["fr"]["recipients"] + " Notre service client est assuré depuis Manille, aux Philippines.",
        ),
        (
            "R6",
            "en",
            "recipients",
            BASE["en"]["recipients"],
            BASE["en"]["recipients"]
            + " Some of our providers may process your data outside the European Economic Area.",
        ),
        (
            "R6",
            "fr",
            "recipients",
            BASE["fr"]["recipients"],
            BASE["fr"]["recipients"]
            + " Certains de nos prestataires peuvent traiter vos données en dehors de l'Espace économique européen.",
        ),
    ],
)
def test_paraphrase_controllers_recipients_and_destinations_in_other_shapes(rule, lang, section, old, new):
    # Controllers by what they do ("decide together how your data are used"), one more name in a list, a new row
    # of a table of recipients, a city beside its country, "outside the European Economic Area".
    notified(lang, section, old, new, {MAJOR}, {rule})


@pytest.mark.parametrize(
    "lang, added",
    [
        ("en", " We are working with you to make every delivery smoother and faster."),
        ("fr", " Nous travaillons avec vous pour rendre chaque livraison plus simple et plus rapide."),
    ],
)
def test_working_with_the_reader_names_no_provider(lang, added):
    base = BASE[lang]["recipients"]
    result = classify(*edited(lang, "recipients", base, base + added), lang=lang)
    assert "R5" not in {r.rule for r in result.reasons}, result.to_dict()


@pytest.mark.parametrize(
    "lang, old, added",
    [
        (
            "en",
            "With your consent, we use cookies to count visits.",
            " For questions about cookies, write to us by email.",
        ),
        (
            "fr",
            "Avec votre accord, nous utilisons des cookies pour compter les visites.",
            " Pour toute question sur les cookies, écrivez-nous par e-mail.",
        ),
    ],
)
def test_writing_to_us_by_email_about_cookies_is_no_tracker_in_emails(lang, old, added):
    result = classify(old, old + added, lang=lang, policy="cookies")
    assert not result.reconsent and "R15" not in {r.rule for r in result.reasons}, result.to_dict()


def test_a_row_of_a_table_of_where_to_find_information_is_no_new_data():
    added = "\n\n| Information | Where to find it |\n|---|---|\n| Our address | at the bottom of each page |"
    result = classify(*edited("en", "rights", BASE["en"]["rights"], BASE["en"]["rights"] + added), lang="en")
    assert "R7" not in {r.rule for r in result.reasons}, result.to_dict()


@pytest.mark.parametrize(
    "lang, section, old, new, rule",
    [
        # the period written in words only: "three" -> "five" changes no digit and no unit
        (
            "en",
            "retention",
            "Where you turn on voice enhancement, we keep the voice model we build for up to three years after "
            "your last call.",
            "Where you turn on voice enhancement, we keep the voice model we build for up to five years after "
            "your last call.",
            "R8",
        ),
        (
            "fr",
            "retention",
            "Si vous activez l'amélioration vocale, nous conservons le modèle de votre voix pendant deux ans "
            "après votre dernier appel.",
            "Si vous activez l'amélioration vocale, nous conservons le modèle de votre voix pendant quatre ans "
            "après votre dernier appel.",
            "R8",
        ),
        # one of two periods lengthened, the longest unchanged
        (
            "en",
            "retention",
            "We keep support tickets for 6 months and invoices for 10 years.",
            "We keep support tickets for 2 years and invoices for 10 years.",
            "R8",
        ),
        (
            "fr",
            "retention",
            "Les tickets du support sont conservés 6 mois et les factures 10 ans.",
            "Les tickets du support sont conservés 3 ans et les factures 10 ans.",
            "R8",
        ),
        (
            "en",
            "retention",
            "Our visitor cookie expires one (1) month after your last visit, and our consent cookie after 13 months.",
            "Our visitor cookie expires nine (9) months after your last visit, and our consent cookie after 13 months.",
            "R16",
        ),
    ],
)
def test_a_period_lengthened_in_words_or_beside_a_longer_one_is_major(lang, section, old, new, rule):
    check(lang, section, old, new, MAJOR, rule)


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (
            "en",
            "We keep support tickets for 2 years and invoices for 10 years.",
            "We keep support tickets for 6 months and invoices for 10 years.",
        ),
        (
            "fr",
            "Nous conservons le modèle de votre voix pendant quatre ans.",
            "Nous conservons le modèle de votre voix pendant deux ans.",
        ),
    ],
)
def test_a_period_shortened_in_words_or_beside_a_longer_one_stays_minor(lang, old, new):
    check(lang, "retention", old, new, MINOR, "R9")
