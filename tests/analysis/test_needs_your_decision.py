"""Needs your decision: a sentence that states something no detector names is never a silent minor change.

An editor adds or removes a sentence in words the classifier's vocabulary does not know (notes an agent writes,
copies kept by airlines, a maiden name in a list, a promise not to read messages). Either a rule names it, or the
change is must-notify with `review: true` and the sentence quoted, so the editor decides on the text. Words the
old version used elsewhere are no excuse: a practice is restated only where an old sentence said it.

The wordings are written for these tests (nine of the fourteen additions below came out minor, silently, before
the safety net was widened); they come neither from the evaluation corpus nor from any blind set.
"""

from __future__ import annotations

import pytest

from notifier.analysis.change_class import ChangeClass
from notifier.analysis.classify import REVIEW_RULE, classify
from tests.analysis.test_facts_compared import ANCHOR, POLICY, edit

MINOR, MAJOR, RR = ChangeClass.MINOR, ChangeClass.MAJOR, ChangeClass.RIGHTS_REDUCING


def assert_told_with_the_sentence(lang: str, before: str, after: str, words: str) -> None:
    """Must-notify, and a reason quotes the sentence carrying `words` (for review, or under a named rule)."""
    result = classify(before, after, lang=lang)
    assert result.change_class in (MAJOR, RR), result.to_dict()
    quoted = [r for r in result.reasons if words in r.new or words in r.old]
    assert quoted, result.to_dict()
    assert all(r.section for r in quoted), result.to_dict()
    if all(r.rule == REVIEW_RULE for r in result.reasons):
        assert result.review, result.to_dict()


@pytest.mark.parametrize(
    "lang, place, sentence, words",
    [
        (
            "en",
            "uses",
            "Our customer service also writes down your travel companions' names and keeps them with your bookings.",
            "travel companions",
        ),
        (
            "en",
            "uses",
            "Hotels you book with may also send us the payment details and bookings you made with them directly.",
            "send us",
        ),
        ("en", "hosting", "Copies of your bookings are also kept by the airlines' own data centres.", "airlines' own"),
        (
            "en",
            "uses",
            "We keep your approximate city with your bookings to show you trips from your city.",
            "trips from",
        ),
        (
            "fr",
            "uses",
            "Notre service client note aussi le nom de vos compagnons de voyage et le conserve avec vos réservations.",
            "compagnons",
        ),
        (
            "fr",
            "hosting",
            "Des copies de vos réservations sont aussi gardées par les compagnies aériennes dans leur propre pays.",
            "gardées",
        ),
        (
            "fr",
            "uses",
            "Les hôtels peuvent aussi nous transmettre les réservations que vous avez faites directement chez eux.",
            "nous transmettre",
        ),
    ],
)
def test_a_new_sentence_about_what_is_done_with_data_is_told_or_sent_to_the_editor(lang, place, sentence, words):
    anchor = ANCHOR[lang][place]
    assert_told_with_the_sentence(lang, *edit(lang, anchor, f"{anchor}\n\n{sentence}"), words)


@pytest.mark.parametrize(
    "lang, old, new, words",
    [
        (
            "en",
            "your bookings and your payment details.",
            "your bookings, your mother's maiden name and your payment details.",
            "maiden name",
        ),
        ("en", "and with our payment provider.", "with our payment provider and with our travel insurers.", "insurers"),
        ("en", "to answer your questions", "to answer your questions, to rate your reliability", "reliability"),
        (
            "fr",
            "vos réservations et vos moyens de paiement.",
            "vos réservations, le nom de jeune fille de votre mère et vos moyens de paiement.",
            "jeune fille",
        ),
        (
            "fr",
            "ainsi qu'à notre\nprestataire de paiement.",
            "ainsi qu'à notre\nprestataire de paiement et à nos assureurs voyage.",
            "assureurs",
        ),
        ("fr", "répondre à vos questions", "répondre à vos questions, évaluer votre fiabilité", "fiabilit"),
    ],
)
def test_one_more_item_in_a_list_of_what_we_collect_use_or_share_is_never_a_silent_minor(lang, old, new, words):
    assert_told_with_the_sentence(lang, *edit(lang, old, new), words)


@pytest.mark.parametrize(
    "lang, anchor, sentence, words",
    [
        (
            "en",
            "based on the bookings you made with us.",
            " We never read the messages you send to hotels.",
            "never read",
        ),
        (
            "en",
            "based on the bookings you made with us.",
            " If you prefer not to appear in traveller reviews, tell us and we will leave your name out.",
            "traveller reviews",
        ),
        (
            "fr",
            "d'après vos réservations passées.",
            " Nous ne lisons jamais les messages que vous envoyez aux hôtels.",
            "lisons",
        ),
        (
            "fr",
            "d'après vos réservations passées.",
            " Si vous ne souhaitez pas figurer dans les avis de voyageurs, dites-le-nous et nous retirerons votre nom.",
            "avis de voyageurs",
        ),
    ],
)
def test_a_promise_or_a_choice_removed_in_words_no_rule_knows_goes_to_the_editor(lang, anchor, sentence, words):
    with_it = POLICY[lang].replace(anchor, anchor + sentence, 1)
    assert with_it != POLICY[lang]
    assert_told_with_the_sentence(lang, with_it, POLICY[lang], words)


@pytest.mark.parametrize(
    "lang, anchor, sentence",
    [
        ("en", "to show prices in your currency.", " This helps us show you the right prices."),
        (
            "en",
            "based on the bookings you made with us.",
            " Our recommendations are based only on bookings made with us.",
        ),
        ("fr", "pour afficher les prix dans votre devise.", " Cela sert à afficher les prix dans votre devise."),
        (
            "fr",
            "d'après vos réservations passées.",
            " Ces recommandations reposent uniquement sur vos réservations passées.",
        ),
    ],
)
def test_a_practice_said_again_in_the_old_words_stays_minor_without_review(lang, anchor, sentence):
    result = classify(*edit(lang, anchor, anchor + sentence), lang=lang)
    assert result.change_class is MINOR, result.to_dict()
    assert not result.review, result.to_dict()
