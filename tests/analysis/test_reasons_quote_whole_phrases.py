"""What the editor reads in a reason is a phrase the policy states, never words cut in the middle (issue 11).

`policies check` and `policies release` quote the decisive words of each reason. A quote is a whole sentence;
when a sentence is too long to quote whole, it is cut between clauses (after a comma, a semicolon, a bracket)
and the cut is shown by an ellipsis, so the editor never reads half a phrase as if it were the policy's.
"""

from __future__ import annotations

import re

import pytest

from notifier.analysis.change_class import ChangeClass
from notifier.analysis.classify import REVIEW_RULE, classify

TITLES = {"en": ("Privacy notice", "Who receives your data"), "fr": ("Confidentialité", "Qui reçoit vos données")}
CARRIER = {
    "en": "Our carrier receives your name and address to deliver your parcel.",
    "fr": "Notre transporteur reçoit votre nom et votre adresse pour livrer votre colis.",
}
# A new recipient in a sentence short enough to quote whole, placed between two sentences the edit keeps.
SHORT = {
    "en": "We also share your order history with Acme Analytics Ltd to measure our sales.",
    "fr": "Nous partageons aussi l'historique de vos commandes avec Acme Analytics SAS pour mesurer nos ventes.",
}
# A new recipient at the end of a sentence of more than 40 words.
LONG = {
    "en": "To run the shop, to deliver your parcels on time, to answer the questions you send us, to keep our "
    "accounts as the law requires, to prevent fraud on payments and to understand which books our readers like "
    "most, we also share your order history with Acme Analytics Ltd.",
    "fr": "Pour faire fonctionner la boutique, livrer vos colis à temps, répondre aux questions que vous nous "
    "envoyez, tenir nos comptes comme la loi l'exige, prévenir la fraude aux paiements et comprendre quels "
    "livres nos lecteurs préfèrent, nous partageons aussi l'historique de vos commandes avec Acme Analytics SAS.",
}
CLOSING = {"en": "We never sell your data.", "fr": "Nous ne vendons jamais vos données."}


def policy(lang: str, paragraph: str) -> str:
    title, heading = TITLES[lang]
    return f"# {title}\n\n## {heading} {{#recipients}}\n\n{paragraph}\n"


def reason_for(lang: str, added: str, rule: str) -> str:
    old = f"{CARRIER[lang]} {CLOSING[lang]}"
    new = f"{CARRIER[lang]} {added} {CLOSING[lang]}"
    result = classify(policy(lang, old), policy(lang, new), lang=lang)
    assert result.change_class is ChangeClass.MAJOR, result.to_dict()
    return next(r.new for r in result.reasons if r.rule == rule)


def is_clause_bounded_excerpt(quote: str, sentence: str) -> bool:
    """The quote is the sentence, or a run of its whole clauses with an ellipsis where the sentence goes on."""
    body = quote.removeprefix("… ").removesuffix(" …")
    at = sentence.find(body)
    if at < 0:
        return False
    starts_well = at == 0 or (quote.startswith("… ") and sentence[at - 2] in ",;:)")
    rest = sentence[at + len(body) :]
    ends_well = rest == "" or (quote.endswith(" …") and re.match(r"[,;:]?\s", rest) is not None)
    return starts_well and ends_well


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_new_recipient_is_quoted_in_its_whole_sentence(lang: str) -> None:
    # The edit inserts a sentence mid-paragraph: the quote is that sentence, from its first word to its full stop,
    # not the run of words the diff happened to mark, nor twelve words either side of the name.
    assert reason_for(lang, SHORT[lang], "R5") == SHORT[lang]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_long_sentence_is_quoted_by_whole_clauses_with_an_ellipsis(lang: str) -> None:
    quote = reason_for(lang, LONG[lang], "R5")
    assert quote.startswith("… ") and "Acme Analytics" in quote
    assert is_clause_bounded_excerpt(quote, LONG[lang]), quote
    assert len(quote.split()) <= 32


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_long_unexplained_sentence_is_cut_after_a_whole_clause(lang: str) -> None:
    # A sentence no rule explains is quoted for the editor's decision: its beginning, up to a clause's end.
    sentence = {
        "en": "Members of our reading club, which meets every month in our shops, will from now on be matched with "
        "other readers who live nearby and who like the same authors, and their first names, their favourite books "
        "and their town will be visible to those readers.",
        "fr": "Les membres de notre club de lecture, qui se réunit chaque mois dans nos boutiques, seront désormais "
        "mis en relation avec d'autres lecteurs qui habitent à proximité et qui aiment les mêmes auteurs, et leur "
        "prénom, leurs livres préférés et leur ville seront visibles par ces lecteurs.",
    }[lang]
    result = classify(policy(lang, CARRIER[lang]), policy(lang, f"{CARRIER[lang]} {sentence}"), lang=lang)
    quote = next(r.new for r in result.reasons if r.rule == REVIEW_RULE)
    assert quote.endswith(" …") and not quote.startswith("…")
    assert is_clause_bounded_excerpt(quote, sentence), quote
