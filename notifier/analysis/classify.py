"""Decide whether users must be told about a new version, and say why (legal-rules.md, rules R1-R19).

The classifier reads the section-aligned diff (notifier/analysis/diff.py), looks at each changed paragraph with one
small detector per family of rules, and takes the strongest class found: one editorial hunk never hides a
major one. Every finding is a `Reason` naming the rule, the section and the decisive old -> new words, so a
legal editor can check the decision instead of trusting it.

Detectors look for what the rules look for (new recipients, purposes, data, countries, longer periods, lost
promises, narrower rights), in English and French, through the vocabulary in notifier/analysis/lexicon.py. They never
rely on the names of services. When the analysis cannot cope (unreadable input, a text mostly rewritten),
the change comes out major with `review: true`: under-notifying is the costly error.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache, cached_property, lru_cache
from typing import Any

from notifier.analysis.change_class import ChangeClass, strongest
from notifier.analysis.diff import ParagraphPair, SectionPair, align
from notifier.analysis.document import PREAMBLE_ID
from notifier.analysis.lexicon import (
    BUSINESS,
    DANGLING,
    DOMAIN,
    DURATION,
    EMAIL,
    END_OF,
    FUNCTION_WORDS,
    IMMEDIATELY,
    MONTHS,
    NEGATIVE,
    NUMBER_WORDS,
    OBFUSCATED_EMAIL,
    ORGANISATION,
    OUR_NEGATION,
    PHONE,
    PLACEHOLDER,
    POSTAL,
    PROMISE_CLAUSE_BREAK,
    PROMISED_ACTIONS,
    RESTATEMENT_NEUTRAL,
    RIGHT_SYNONYMS,
    UNITS,
    URL,
    compile_families,
    normalize_typography,
    number_value,
    promise_patterns,
)

E, MINOR, MAJOR, RR = ChangeClass.EDITORIAL, ChangeClass.MINOR, ChangeClass.MAJOR, ChangeClass.RIGHTS_REDUCING
REVIEW_RULE = "review"
LEGAL_MONTH_DAYS = 31  # GDPR Art. 12(3): requests are answered within one month
MAX_COOKIE_DAYS = 395  # 13 months of 30.4 days (CNIL-2020-092 art. 5; B8; the policy's own promise)
_FAMILIES = compile_families()
_PRACTICE_FAMILIES = {"recipient", "data", "purpose", "source", "country", "tracked_medium", "consent_purpose"}
# A street or building in the same sentence: a country named there is an address (R14), not a transfer (R6).
_STREET = re.compile(
    r"\b(?:street|st\.|road|rd\.|avenue|ave\.|boulevard|blvd|floor|suite|square|lane|drive|rue|all[ée]e|"
    r"unit|business park|way|close|court|crescent|terrace|estate|wharf|quay|mews|parade|"
    r"place|quai|cours|chemin|impasse|parc|route|voie|zone|lieu-dit|hameau|[ée]tage|bureau|bp|cedex|po box|"
    r"p\.o\. box)\b",
    re.IGNORECASE,
)
_PROMISES = promise_patterns()
_SNIPPET_WORDS = 30
MAILTO = re.compile(r"mailto:\S+", re.IGNORECASE)  # a link's target, not the address the reader sees


@dataclass(frozen=True)
class Reason:
    """Why a class was chosen: the rule, the section it applies to and the decisive words before and after."""

    rule: str
    section: str
    old: str
    new: str


@dataclass
class Classification:
    change_class: ChangeClass
    reconsent: bool = False
    review: bool = False
    reasons: list[Reason] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The stable machine contract of `policies classify --format json`."""
        return {
            "class": str(self.change_class),
            "reconsent": self.reconsent,
            "review": self.review,
            "reasons": [{"rule": r.rule, "section": r.section, "old": r.old, "new": r.new} for r in self.reasons],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)


@dataclass(frozen=True)
class Finding:
    change_class: ChangeClass
    reason: Reason
    reconsent: bool = False
    review: bool = False


class _DocumentFacts:
    """What detectors need to know about the whole documents (a promise or address may have moved).

    Each fact is worked out the first time a detector asks for it: most changes never need the whole
    document's promises, domains or addresses, and scanning 100 KB for them costs more than the diff.
    """

    def __init__(self, old_text: str, new_text: str, lang: str, labels: list[list[ParagraphPair]]) -> None:
        self._old_text, self._new_text, self._lang = old_text, new_text, lang
        self._labels = labels

    @cached_property
    def headings(self) -> set[str]:
        return {_navigation_key(p.new or p.old or "") for section in self._labels for p in section}

    @cached_property
    def old_lower(self) -> str:
        return self._old_text.lower()

    @cached_property
    def retention_periods(self) -> list[float]:
        """Every retention period the old version stated: an added paragraph may keep data longer than all."""
        return _periods(self._old_text, self._lang, "retention")

    @cached_property
    def new_lower(self) -> str:
        return self._new_text.lower()

    @cached_property
    def promises(self) -> list[str]:
        promise = _PROMISES[self._lang]
        if not promise.search(self._new_text):
            return []
        return [s for s in _sentences(self._new_text) if promise.search(s)]

    @cached_property
    def promised_actions(self) -> set[str]:
        """Every kind of action the new version still promises not to take, wherever it says so."""
        return {action for sentence in self.promises for action in promised_actions(sentence, self._lang)}

    @cached_property
    def old_sentences(self) -> list[str]:
        return _sentences(self._old_text)

    @cached_property
    def old_words(self) -> set[str]:
        return set(_words(self.old_lower))

    @cached_property
    def old_stems(self) -> set[str]:
        return {_stem(w) for w in self.old_words}

    @cached_property
    def new_sentences(self) -> list[str]:
        return _sentences(self._new_text)

    @cached_property
    def domains(self) -> set[str]:
        return set(_domains(self._old_text))

    @cached_property
    def channels(self) -> set[str]:
        return _channels(self._new_text)

    @cached_property
    def _old_letters(self) -> str:
        return re.sub(r"[\W_]+", "", self._old_text.lower())

    def said_before(self, text: str) -> bool:
        """The old version said these very words in this order ("Brevo (e-mails, France)"), whatever the
        punctuation around them."""
        return _word_run(text) in self._old_word_run

    def moved(self, text: str) -> bool:
        """The old version said these words in this order at least as often as the new one does."""
        run = _word_run(text)
        return 0 < self._new_word_run.count(run) <= self._old_word_run.count(run)

    def still_said(self, text: str) -> bool:
        """The new version says these very words in this order: a sentence moved, not removed."""
        return _word_run(text) in self._new_word_run

    @cached_property
    def _old_word_run(self) -> str:
        return _word_run(self._old_text)

    @cached_property
    def _new_word_run(self) -> str:
        return _word_run(self._new_text)

    @cached_property
    def marketing_stopped(self) -> bool:
        """The new version says mailings or ads stop (asked for every removed sentence about them)."""
        return any(_marketing_stopped(s, self._lang) for s in self.new_sentences)

    def named_before(self, name: str) -> bool:
        """The old version named it, whatever the escaping or spacing ("CI\\_session", "CI_session")."""
        return re.sub(r"[\W_]+", "", name.lower()) in self._old_letters

    @cached_property
    def new_rights(self) -> set[str]:
        return set(rights_granted(self._new_text, self._lang))

    @cached_property
    def old_channels(self) -> set[str]:
        return _channels(self._old_text)


@dataclass
class Change:
    """One changed paragraph as the detectors see it: full old and new texts and the edited runs (hunks)."""

    section: str
    old: str
    new: str
    hunks: list[tuple[str, str]]
    lang: str
    facts: _DocumentFacts
    section_mentions_rights: bool = False
    cookie_context: bool = False
    lead_in: str = ""  # the sentence introducing the list this paragraph is an item of ("We share it with:")
    table_header: str = ""  # the first row of the table this paragraph is a row of ("Data | Retention period")
    section_title: str = ""

    @property
    def new_document_promises(self) -> list[str]:
        return self.facts.promises

    @property
    def old_document_domains(self) -> set[str]:
        return self.facts.domains

    @property
    def old_document_lower(self) -> str:
        return self.facts.old_lower

    def kept_in_new_document(self, term: str) -> bool:
        """The term, or a synonym of the right it names, is still in the new version: moved or reworded."""
        term = term.lower()
        names = [group for group in RIGHT_SYNONYMS if any(stem in term for stem in group)] or [(term,)]
        return any(stem in self.facts.new_lower for group in names for stem in group)

    @property
    def new_document_channels(self) -> set[str]:
        return self.facts.channels

    def new_document_has_channels(self, channels: set[str]) -> bool:
        return bool(channels & self.facts.channels)

    @property
    def deleted(self) -> str:
        return " ".join(d for d, _ in self.hunks if d)

    @property
    def inserted(self) -> str:
        return " ".join(i for _, i in self.hunks if i)

    @cached_property
    def inserted_sentences(self) -> list[str]:
        """The inserted sentences without their links: the words of a link state nothing."""
        return _sentences(URL.sub(" ", self.inserted))

    def family(self, name: str) -> re.Pattern[str]:
        return _FAMILIES[name][self.lang]

    def new_terms(self, name: str) -> list[str]:
        """Terms of a family that the insertion brings as a new fact (not in the old paragraph).

        A term stated in the negative ("we do not share it with third parties") is a promise gained, not a
        practice; a term the old version already stated, in a sentence offering a choice or a right ("to opt
        out of these ads, click here"), is a new choice about a known practice (R9). Neither is a new fact.
        """
        pattern = self.family(name)
        if not pattern.search(self.inserted):
            return []
        old = {_stem(m.group()) for m in pattern.finditer(self.old)}
        return _unique(
            m.group()
            for sentence in self.inserted_sentences
            for m in pattern.finditer(sentence)
            if _stem(m.group()) not in old
            and not self._states_no_new_practice(name, sentence, m.group())
            and not self._moved(_clause_with(sentence, m.group()))
        )

    def _moved(self, clause: str) -> bool:
        """A clause of some length the old version said word for word as often as the new one says it: moved, it
        states nothing new. Said once more (a basis copied into another row), it applies to more."""
        return len(_words(clause)) >= _MOVED_CLAUSE_WORDS and self.facts.moved(clause)

    def _states_no_new_practice(self, family: str, sentence: str, term: str) -> bool:
        if family not in _PRACTICE_FAMILIES:
            return False
        if _postal_address(sentence) or _contact_point(self, sentence):
            return True  # "write to us at Acme AI, 1 Main Street", "... at dpo@acme.ai": contact details
        if _practice_stated_first(self, sentence):
            return False  # "we now also collect X, even if you choose not to share it": X is collected
        if _PROMISES[self.lang].search(sentence) or self.mentions("not_required", sentence):
            return True  # "we do not sell ...", "you do not need to send us your ID": nothing new is done
        offers_choice = _offers_choice(self, sentence) or (
            self.mentions("right", sentence) and self.mentions("request", sentence)
        )
        # A choice about a practice the old version disclosed: one of the sentence's terms of this family names
        # it ("untick the box in your profile" to stop "recommendations", which the old version made).
        return offers_choice and any(
            _stem(m.group()) in self.facts.old_lower for m in self.family(family).finditer(sentence)
        )

    def lost_terms(self, name: str) -> list[str]:
        pattern = self.family(name)
        if not pattern.search(self.deleted):
            return []
        new = {m.group().lower() for m in pattern.finditer(self.new)}
        return _unique(m.group() for m in pattern.finditer(self.deleted) if m.group().lower() not in new)

    def mentions(self, name: str, text: str | None = None) -> bool:
        return bool(self.family(name).search(self.new + " " + self.old if text is None else text))

    def quote_inserted(self, term: str) -> str:
        """The new sentence that states the inserted term, from its start (not from where the edit began)."""
        return _around(_sentence_about(self.new, self.inserted, term), term)

    def quote_deleted(self, term: str) -> str:
        return _around(_sentence_about(self.old, self.deleted, term), term)

    def reason(self, rule: str, old: str | None = None, new: str | None = None) -> Reason:
        return Reason(
            rule,
            self.section,
            _snippet(self.deleted if old is None else old),
            _snippet(self.inserted if new is None else new),
        )


_MOVED_CLAUSE_WORDS = 5


def _sentence_about(paragraph: str, edited: str, term: str) -> str:
    """The sentence of the paragraph that carries the term where the edit put it (the hunk if none does)."""
    candidates = [s for s in _sentences(paragraph) if term.lower() in s.lower()]
    if not candidates:
        return edited
    edited_words = set(_words(edited))
    return max(candidates, key=lambda s: len(edited_words & set(_words(s))))


_PRACTICE_STATEMENTS = ("collection", "use_statement")
_QUALIFIERS = ("choice", "choice_offered", "not_required")


def _practice_stated_first(c: Change, sentence: str) -> bool:
    """The sentence says, in the affirmative, that we collect or use something before any promise or choice it
    makes ("From now on we also collect X, even when you choose not to share it"): what it states is a practice,
    and the choice or the negation only qualifies it. "You can refuse that your purchases are used to ..." offers
    a choice first."""
    negative = NEGATIVE[c.lang]
    practice = min(
        (
            m.start()
            for family in _PRACTICE_STATEMENTS
            for m in c.family(family).finditer(sentence)
            if not negative.search(m.group())
        ),
        default=None,
    )
    if practice is None:
        return False
    qualifiers = [_PROMISES[c.lang].search(sentence)] + [c.family(f).search(sentence) for f in _QUALIFIERS]
    return practice < min((m.start() for m in qualifiers if m), default=len(sentence))


_SUFFIX = re.compile(r"(?:ations?|ements?|ments?|ings?|ional|al|ers?|ez|eons|ons|ed|[ée]e?s?|es|s|e)$")  # "hébergeons"


_OPENING_WORDS = 3


def _offers_choice(c: Change, sentence: str) -> bool:
    """The sentence offers users a choice: "you can ...", or it opens on one ("To stop receiving these emails,
    click ...", "If you would rather not ..., untick ..."); "readers likely to stop buying" offers none."""
    if c.mentions("choice", sentence):
        return True
    offered = c.family("choice_offered").search(sentence)
    return offered is not None and len(sentence[: offered.start()].split()) <= _OPENING_WORDS


def _choice_first(c: Change, text: str) -> bool:
    """The text offers users a choice and states no practice of ours before it."""
    offers = any(_offers_choice(c, s) for s in _sentences(text))
    return offers and not any(_practice_stated_first(c, s) for s in _sentences(text))


def _stem(term: str) -> str:
    """ "recommendations" names what "we recommend" did, "promotional" what "promotions" did; of several words,
    the last names the thing ("mesure d'audience": audience)."""
    word = _words(term)[-1] if _words(term) else term.lower()
    stem = _SUFFIX.sub("", word)
    return stem if len(stem) >= 4 else word


def _unique(items: Iterator[str]) -> list[str]:
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(item.lower(), item)
    return list(seen.values())


def _snippet(text: str, limit: int = _SNIPPET_WORDS) -> str:
    """The words quoted to the editor: whole sentences up to about `limit` words.

    A longer text is cut after its last whole sentence that fits, or within a long sentence after its last
    whole clause (a comma, a semicolon, a bracket), and the cut is shown by an ellipsis: the editor never reads a
    phrase cut in the middle as if it were what the policy says.
    """
    text = " ".join(text.split())
    if len(text.replace(ELLIPSIS, " ").split()) <= limit:
        return text  # short, or already quoted by `_around`
    kept: list[str] = []
    for sentence in _sentences(text):
        if len(" ".join([*kept, sentence]).split()) > limit:
            break
        kept.append(sentence)
    if not kept:
        clauses = _clauses(_sentences(text)[0])
        kept = _leading_clauses(clauses, limit) or [" ".join(text.split()[:limit])]
    return f"{_without_trailing_comma(' '.join(kept))} {ELLIPSIS}"


def _around(text: str, term: str, limit: int = _SNIPPET_WORDS) -> str:
    """The sentence around a term, or in a long sentence the whole clauses around it, marked with ellipses
    where the sentence goes on: the reason quotes the decisive words in their context."""
    sentence = next((s for s in _sentences(text) if term.lower() in s.lower()), "")
    if not sentence:
        return _snippet(text, limit)
    sentence = " ".join(sentence.split())
    if len(sentence.split()) <= limit:
        return sentence
    clauses = _clauses(sentence)
    first = next((k for k, clause in enumerate(clauses) if term.lower() in clause.lower()), 0)
    start, end = first, first + 1
    if len(clauses[first].split()) > limit:
        return _word_window(clauses[first], term, limit)
    while True:
        if end < len(clauses) and _word_count(clauses[start : end + 1]) <= limit:
            end += 1
        elif start > 0 and _word_count(clauses[start - 1 : end]) <= limit:
            start -= 1
        else:
            break
    quoted = _without_trailing_comma(" ".join(clauses[start:end]))
    return (f"{ELLIPSIS} " if start else "") + quoted + (f" {ELLIPSIS}" if end < len(clauses) else "")


ELLIPSIS = "…"
_CLAUSE_BREAK = re.compile(r"(?<=[,;:)])\s+|\s+(?=[(–—])")


def _clauses(sentence: str) -> list[str]:
    """A sentence's clauses, each keeping its punctuation: the places where a quote may stop."""
    return [clause for clause in _CLAUSE_BREAK.split(sentence) if clause]


def _leading_clauses(clauses: list[str], limit: int) -> list[str]:
    kept: list[str] = []
    for clause in clauses:
        if _word_count([*kept, clause]) > limit:
            break
        kept.append(clause)
    return kept


def _word_count(parts: list[str]) -> int:
    return sum(len(part.split()) for part in parts)


def _word_window(clause: str, term: str, limit: int) -> str:
    """A clause too long to quote whole: `limit` words around the term, cut between words, with ellipses."""
    words = clause.split()
    at = next((k for k, word in enumerate(words) if term.lower().split()[0] in word.lower()), 0)
    start = max(0, min(at - limit // 2, len(words) - limit))
    end = start + limit
    return (f"{ELLIPSIS} " if start else "") + " ".join(words[start:end]) + (f" {ELLIPSIS}" if end < len(words) else "")


def _without_trailing_comma(text: str) -> str:
    return text.rstrip(",;:")


# --------------------------------------------------------------------------------------------------------
# R1: changes that do not change meaning

_WORD = re.compile(r"\w+", re.UNICODE)


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(_deobfuscate(normalize_typography(text)))]


@lru_cache(maxsize=4096)
def _word_set(text: str) -> frozenset[str]:
    """Cached: every new sentence is compared with every removed one, so each is split once, not once per pair."""
    return frozenset(_words(text))


def _deobfuscate(text: str) -> str:
    """`name [at] domain [dot] com` is the same mailbox as name@domain.com (R14, not a new channel)."""
    if not any(bracket in text for bracket in "[({<"):
        return text
    return OBFUSCATED_EMAIL.sub(lambda m: f" {m[1]}@{m[2]}.{m[3]} ", text)


def _is_stamp(deleted: str, inserted: str, context: str, lang: str) -> bool:
    """A date or version stamp changed ("last updated", "effective"): R1."""
    words = _words(deleted) + _words(inserted)
    if not words:
        return False
    months = set(MONTHS[lang]) | set(MONTHS["en"])
    if not all(w.isdigit() or w in months or re.fullmatch(r"\d+(?:st|nd|rd|th|er)?", w) for w in words):
        return False
    has_date = any(w in months or (w.isdigit() and len(w) == 4) for w in words) or re.search(
        r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}", context
    )
    return bool(has_date or _FAMILIES["stamp"][lang].search(context))


def _editorial(deleted: str, inserted: str, change_context: str, lang: str) -> bool:
    """Punctuation, case, spacing, obfuscated spellings of the same address, date stamps: no change of meaning."""
    if _words(deleted) == _words(inserted) or "".join(_words(deleted)) == "".join(_words(inserted)):
        return True
    if _same_anchors(deleted, inserted) or _address_respelled(deleted, inserted) or _links_labelled(deleted, inserted):
        return True
    if [w.replace("-", "") for w in _words(deleted)] == [w.replace("-", "") for w in _words(inserted)]:
        return True
    return _typos_fixed(deleted, inserted) or _is_stamp(deleted, inserted, change_context, lang)


_TYPO_LONG_WORD = 8


def _typos_fixed(deleted: str, inserted: str) -> bool:
    """Each word replaced by a spelling of itself: an accent ("aprés" -> "après"), a letter missed or doubled
    ("acount", "donnés"), a plural "s". Two letters on long words; the first two letters kept, so "limited" ->
    "unlimited" or "lawful" -> "unlawful" is no typo; figures never are."""
    old_words, new_words = _words(deleted), _words(inserted)
    if not old_words or len(old_words) != len(new_words) or "@" in deleted + inserted or URL.search(deleted + inserted):
        return False  # an address or a link respelled is another mailbox or page (R14)
    return all(_respelling(a, b) for a, b in zip(old_words, new_words, strict=True))


def _respelling(old: str, new: str) -> bool:
    if old == new:
        return True
    plain_old, plain_new = _unaccented(old), _unaccented(new)
    if plain_old == plain_new:
        return True
    if any(ch.isdigit() for ch in old + new) or min(len(old), len(new)) < 4 or plain_old[:2] != plain_new[:2]:
        return False
    allowed = 2 if min(len(old), len(new)) >= _TYPO_LONG_WORD else 1
    return _within_edits(plain_old, plain_new, allowed)


def _unaccented(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


def _same_sentences_reordered(old: str, new: str) -> bool:
    """The paragraph says the same sentences in another order (R1)."""
    old_keys = sorted(" ".join(_words(s)) for s in _sentences(old))
    return len(old_keys) > 1 and old_keys == sorted(" ".join(_words(s)) for s in _sentences(new))


_LABEL_WORDS = 8
_LINK_TOKEN = re.compile(r"(?:https?://|www\.)\S+|\w+", re.IGNORECASE)


def _links_labelled(deleted: str, inserted: str) -> bool:
    """Bare addresses given a text ("https://stripe.com" -> "[Stripe](https://stripe.com)"), nothing else: the
    page re-rendered its links (R1). The label names what the link already pointed to, not a new recipient."""
    old, new = _link_tokens(deleted), _link_tokens(inserted)
    if not any(URL.match(token) for token in old):
        return False
    for tag, old_start, old_end, start, end in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        target = new[end] if end < len(new) and URL.match(new[end]) else ""
        if not target or end - start > _LABEL_WORDS:
            return False
        # what the label replaced: the address shown as its own text, or a word or two naming the link ("here")
        replaced = [token for token in old[old_start:old_end] if token != target]
        if len(replaced) > _LINK_WORDS or (replaced and (old_end >= len(old) or old[old_end] != target)):
            return False
    return True


_LINK_WORDS = 2


def _link_tokens(text: str) -> list[str]:
    """Words and link addresses, the addresses without the punctuation that closes a sentence or a bracket."""
    return [t.rstrip(".,;:)]") if URL.match(t) else t.lower() for t in _LINK_TOKEN.findall(text)]


def _address_respelled(deleted: str, inserted: str) -> bool:
    """Only a displayed e-mail address changed, by a typo corrected: the mailbox is the same (R1)."""
    old, new = MAILTO.sub(" ", deleted).split(), MAILTO.sub(" ", inserted).split()
    return (
        len(old) == len(new) == 1
        and bool(EMAIL.fullmatch(old[0]) and EMAIL.fullmatch(new[0]))
        and _respelled(old[0].lower(), {new[0].lower()})
    )


# A word holding an in-page anchor; matched from a word's start only, so a long word costs one pass, not one per letter.
_ANCHORED_LINK = re.compile(r"(?<!\S)\S*#\S+")


def _same_anchors(deleted: str, inserted: str) -> bool:
    """Only link targets changed, and they point at the same in-page anchors (`...#section-2`)."""
    old_links, new_links = URL.findall(deleted) + _ANCHORED_LINK.findall(deleted), _ANCHORED_LINK.findall(inserted)
    if (
        not old_links
        or not new_links
        or URL.sub("", deleted).strip(" >")
        or _ANCHORED_LINK.sub("", inserted).strip(" >")
    ):
        return False
    return sorted(u.rsplit("#", 1)[-1] for u in set(old_links) if "#" in u) == sorted(
        u.rsplit("#", 1)[-1] for u in set(new_links)
    )


def _hunks(paragraph: ParagraphPair) -> list[tuple[str, str]]:
    if paragraph.status == "added":
        return [("", paragraph.new or "")]
    if paragraph.status == "removed":
        return [(paragraph.old or "", "")]
    hunks: list[tuple[str, str]] = []
    deleted, inserted = "", ""
    for op in paragraph.ops:
        if op.kind == "equal":
            # A run of one or two short words between edits belongs to the same edit.
            if (deleted or inserted) and len(op.text.split()) > 2:
                hunks.append((deleted.strip(), inserted.strip()))
                deleted, inserted = "", ""
            elif deleted or inserted:
                deleted += op.text
                inserted += op.text
            continue
        if op.kind == "delete":
            deleted += op.text
        else:
            inserted += op.text
    if deleted or inserted:
        hunks.append((deleted.strip(), inserted.strip()))
    return hunks


# --------------------------------------------------------------------------------------------------------
# Durations (R4 deadlines, R8/R9 retention, R16 cookie lifetimes)


def durations(text: str) -> list[float]:
    """Every duration in the text, in days ("thirty (30) business days" = 42, "un an" = 365.25, "13 mois")."""
    out: list[float] = []
    for m in DURATION.finditer(normalize_typography(text)):
        raw = m["num"].lower().replace(",", ".")
        number = float(raw) if raw[0].isdigit() else number_value(raw)
        if raw in ("a", "an") and m["unit"].lower() in ("an", "ans"):
            continue  # English articles before the French unit "an": not a duration
        days = number * UNITS[m["unit"].lower()]
        qualifier = ((m["pre"] or "") + (m["post"] or "")).strip().lower()
        if qualifier in BUSINESS:
            days *= 7 / 5
        out.append(days)
    out += [UNITS.get(m["unit"].lower(), 365.25) for m in END_OF.finditer(text)]  # "at the end of each year"
    return out + [0.0 for _ in IMMEDIATELY.finditer(text)]  # "deleted immediately" is a period of no days


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.;!?])\s+(?=[A-Z\"(ÀÉÈ])|\s+\|\s+", text) if s.strip()]


def _deadlines(text: str, lang: str) -> list[float]:
    """The periods of sentences about answering requests, not of those saying how long records are kept."""
    return sorted(d for s in _sentences(text) if _deadline_sentence(s, lang) for d in durations(s))


def _periods(text: str, lang: str, family: str) -> list[float]:
    """The periods of sentences of the family (retention words, or any), except deadlines for answering requests."""
    pattern = _FAMILIES[family][lang]
    return sorted(
        d for s in _sentences(text) if pattern.search(s) and not _deadline_sentence(s, lang) for d in durations(s)
    )


def _deadline_sentence(sentence: str, lang: str) -> bool:
    """About requests, and either no record is said to be kept or deleted, or the period runs from the request
    ("we delete your profile within 180 days of your request") or to an answer."""
    if not _FAMILIES["request"][lang].search(sentence):
        return False
    return not _FAMILIES["keeping_verb"][lang].search(sentence) or bool(_FAMILIES["answering"][lang].search(sentence))


# --------------------------------------------------------------------------------------------------------
# Detectors: each returns the findings of one family of rules for one changed paragraph.


def detect_deadlines(c: Change) -> list[Finding]:
    """R4: a deadline for answering requests changed; slower (or no deadline at all) is rights-reducing."""
    if not (c.mentions("request") and (c.mentions("right") or c.section_mentions_rights)):
        return []
    old, new = _deadlines(c.old, c.lang), _deadlines(c.new, c.lang)
    if old == new or (not old and not new):
        return []
    if not _duration_touched(c):
        return []
    if old and not new:
        return [Finding(RR, c.reason("R4"))]
    if new and not old:
        # GDPR 12(3): one month is the rule; a deadline beyond it added to an existing procedure slows answers.
        slower = min(new) > LEGAL_MONTH_DAYS and bool(c.old) and not c.new_terms("right")
        return [Finding(RR if slower else MINOR, c.reason("R4" if slower else "R9"))]
    # The first deadline is the promise; an extension "in complex cases" does not make the answer slower.
    return [Finding(RR if min(new) > min(old) * 1.05 else MAJOR, c.reason("R4"))]


def _duration_touched(c: Change) -> bool:
    """The edit changed a figure, a number in words ("three" -> "five" years) or a unit of time ("a week" -> "a
    year" changes only the unit)."""
    edited = f"{c.deleted} {c.inserted}"
    return bool(DURATION.search(edited) or IMMEDIATELY.search(edited) or re.search(r"\d", edited)) or any(
        w in UNITS or NUMBER_WORDS.get(w, 0) > 1 for w in _words(edited)
    )


def _lengthened(old: list[float], new: list[float]) -> bool:
    """Some period is longer: the same number of periods compared in order ("6 months and 10 years" -> "2 years
    and 10 years" keeps the longest but lengthens one), else the longest of each."""
    if len(old) == len(new):
        return any(after > before * 1.05 for before, after in zip(old, new, strict=True))
    return max(new) > max(old) * 1.05


def _edit_lengthened(c: Change) -> bool:
    """An edit put a longer period where it took one out ("14 months" -> "26 months, so that you can compare with
    two years earlier"), however many other periods the sentence now names."""
    for deleted, inserted in c.hunks:
        before, after = durations(deleted), durations(inserted)
        if before and after and max(after) > max(before) * 1.05:
            return True
    return False


def detect_retention(c: Change) -> list[Finding]:
    """R8/R9/R16: how long data or cookies are kept. Longer, or fixed replaced by vague, is major."""
    findings: list[Finding] = []
    family = "retention"
    cookie = c.cookie_context
    if (cookie and (" | " in (c.new or c.old) or _about_one_cookie(c))) or c.mentions(
        "retention", f"{c.table_header} {c.lead_in}"
    ):
        # a cookie table row or item, or a row or item of a table or list of retention periods: its durations
        old, new = sorted(durations(c.old)), sorted(durations(c.new))
    elif not cookie and c.mentions("retention", c.section_title):
        # in a section about how long data are kept, every period but a deadline for requests is a retention one
        old, new = _periods(c.old, c.lang, "any"), _periods(c.new, c.lang, "any")
    else:
        old, new = _periods(c.old, c.lang, family), _periods(c.new, c.lang, family)
    rule_longer = "R16" if cookie else "R8"
    if cookie and (renewed := _renewed_each_visit(c)):
        return [Finding(MAJOR, c.reason("R16", new=renewed))]
    vague = c.new_terms("vague_period")
    if vague and ((old and not new) or _period_made_vague(c)):
        return [Finding(MAJOR, c.reason("R8", new=c.quote_inserted(vague[0])))]
    if kept := _deletion_now_keeping(c):
        return [Finding(MAJOR, c.reason(rule_longer, old=kept[0], new=kept[1]))]
    if old != new and _duration_touched(c):
        if old and new and (_lengthened(old, new) or _edit_lengthened(c)):
            findings.append(Finding(MAJOR, c.reason(rule_longer)))
        elif (old and new and (_lengthened(new, old) or new[0] < old[0])) or (new and not old and c.old):
            # shorter, or a shorter period added beside the others ("and at once when you turn monitoring off")
            findings.append(Finding(MINOR, c.reason("R9")))
    if not c.old and new and not cookie:
        known = c.facts.retention_periods
        if known and max(new) > max(known) * 1.05:
            findings.append(Finding(MAJOR, c.reason(rule_longer)))
    return findings


def _renewed_each_visit(c: Change) -> str:
    """A new sentence saying a cookie's lifetime starts again at each visit, which no old sentence said (R16: an
    audience cookie renewed on each visit is no longer exempt from consent), or ""."""
    pattern = c.family("renewed_each_visit")

    def affirmed(sentence: str) -> bool:
        m = pattern.search(sentence)
        return m is not None and not c.mentions("negation", sentence[max(0, m.start() - 20) : m.start()])

    if any(affirmed(s) for s in _sentences(c.old)):
        return ""
    return next((s for s in _changed_sentences(c)[1] if affirmed(s)), "")


_ONE_COOKIE_WORDS = 40


def _about_one_cookie(c: Change) -> bool:
    """A short paragraph or list item of a cookie policy ("`gm_langue`: remembers your language (6 months)",
    "Our booking cookie lasts only a few minutes", "**_ga** (Google): tells visitors apart, 13 months" under a
    heading or lead-in about cookies): any period it gives is a cookie's lifetime."""
    text = c.new or c.old
    named = "`" in text or (_COOKIE_NAME.match(text) and c.mentions("cookie", f"{c.section_title} {c.lead_in}"))
    return len(text.split()) <= _ONE_COOKIE_WORDS and bool(c.mentions("cookie", text) or named)


# A list item that opens on a cookie's name, an identifier with an underscore or in capitals, followed by its
# vendor or its description: "_ga (Google): ...", "lys_pref: ...", "NID - ...".
_COOKIE_NAME = re.compile(r"^\W*(?:[\w.-]*_[\w.-]*|[A-Z0-9]{2,12})[`*]*\s*[(:—–-]")


# Verbs of keeping, one for the other: "we keep your choice" and "your choice is stored" say the same.
_KEEPING = {
    "en": re.compile(r"keep\w*|kept|stor(?:e|es|ed|ing)|retain\w*|remember\w*|sav(?:e|es|ed)", re.I),
    "fr": re.compile(r"conserv\w*|gard\w*|stock\w*|m[ée]moris\w*|enregistr\w*", re.I),
}


_DELETING = {
    "en": re.compile(r"\b(?:delet|eras|destroy|wip(?:e|ed)\b|purg|anonymi)\w*", re.I),
    "fr": re.compile(r"\b(?:supprim|effac|d[ée]trui|anonymis|purg)\w*", re.I),
}


def _deletion_now_keeping(c: Change) -> tuple[str, str] | None:
    """A sentence that said data are deleted at some point now says they are kept ("deleted once the report is
    written" -> "kept with your file, for the same period"): kept longer, whatever the figures say (R8, R16)."""
    if not _DELETING[c.lang].search(c.deleted):
        return None  # the deleting word must be among the words the edit removed
    old_only, new_only = _changed_sentences(c)
    for new in new_only:
        old = _replaced(new, old_only)
        deleted_before = bool(old) and bool(_DELETING[c.lang].search(old))
        if deleted_before and not _DELETING[c.lang].search(new) and _KEEPING[c.lang].search(new):
            return old, new
    return None


def _period_made_vague(c: Change) -> bool:
    """A sentence that gave a period now gives none ("deleted 12 months after you stop" -> "deleted when we no
    longer need it"), whatever other periods the paragraph keeps."""
    old_only, new_only = _changed_sentences(c)
    return any(
        durations(old) and not durations(new)
        for new in new_only
        if (old := _replaced(new, old_only)) and c.mentions("vague_period", new)
    )


def detect_negation(c: Change) -> list[Finding]:
    """R12: a promise not to do something ("we do not sell", "nous ne vendons pas") removed or weakened."""
    if not c.old:
        return []
    findings: list[Finding] = []
    promise = _PROMISES[c.lang]
    for sentence in _sentences(c.old):
        if not _our_promise(promise, sentence):
            continue
        if _gone_with_its_practice(c, sentence) or _vendor_gone(c, sentence):
            continue
        if not _touched(sentence, c.deleted) and (not c.new or _promise_unchanged(c, sentence)):
            continue  # the diff may pair a promise's items with a new sentence ("we may keep your IP address")
        replacement = _best_match(sentence, _sentences(c.new)) if c.new else ""
        rewritten = _rewritten(c) and not replacement
        if replacement and _exception_said_as_only(c, sentence, replacement):
            continue  # "we do not share it unless the law requires it" -> "we share it only where the law requires"
        if not rewritten and (lost := promised_actions(sentence, c.lang) - c.facts.promised_actions):
            # "we do not sell or share" -> "we do not sell": sharing is no longer promised anywhere
            findings.append(Finding(RR, c.reason("R12", old=sentence, new=replacement or f"(no longer: {min(lost)})")))
            break
        if replacement and (_done_after_all(c, sentence, replacement) or _promise_object_narrowed(c, replacement)):
            findings.append(Finding(RR, c.reason("R12", old=sentence, new=replacement)))
            break
        kept = _kept_elsewhere(sentence, c.new_document_promises, c.lang)
        if kept and not _item_dropped(c, sentence, kept):
            continue
        if (
            replacement
            and promise.search(replacement)
            and _negations_kept(sentence, replacement, c)
            and not _item_dropped(c, sentence, replacement)
        ):
            continue
        if rewritten and (flipped := _now_done(c, sentence)):
            findings.append(Finding(RR, c.reason("R12", old=sentence, new=flipped)))
        elif rewritten:
            # The paragraph was written anew: the promise may be reworded past recognition. The editor decides.
            findings.append(Finding(MAJOR, c.reason("R12", old=sentence, new=_snippet(c.new)), review=True))
        else:
            findings.append(Finding(RR, c.reason("R12", old=sentence, new=replacement)))
        break
    return findings


_ONLY = {
    "en": re.compile(r"\bonly (?:where|when|if|as far as|to the extent)\b", re.I),
    "fr": re.compile(
        r"\b(?:uniquement|seulement) (?:si|lorsque|quand|dans la mesure)\b|\bque (?:si|lorsque|quand)\b", re.I
    ),
}


def _exception_said_as_only(c: Change, old: str, new: str) -> bool:
    """A promise with its exception ("we do not share it with anyone else unless the law requires it") said again
    as the practice's only case ("we share it only where the law requires us to"): the same promise, when the
    exception's words are the condition's."""
    exception = c.family("promise_exception").search(old)
    only = _ONLY[c.lang].search(new)
    if exception is None or only is None or _PROMISES[c.lang].search(new):
        return False
    unless = {_stem(w) for w in _words(old[exception.end() :]) if len(w) > 3}
    condition = {_stem(w) for w in _words(new[only.end() :]) if len(w) > 3}
    return bool(condition) and condition <= unless | {_stem(w) for w in _words(old) if len(w) > 3}


# What a promise calls the data it covers when it means all of it: "it", "them", "your data", "vos données".
_ALL_THE_DATA = {
    *("it", "them", "this", "your", "our", "data", "information", "personal", "details"),
    *("les", "la", "le", "l", "vos", "votre", "données", "informations", "personnelles", "ces", "celles"),
}
_NARROWING_WORDS = 2


def _promise_object_narrowed(c: Change, replacement: str) -> bool:
    """The promise now covers part of the data only: "we never use it for advertising" -> "we do not use the
    contents of your vault for advertising". What the edit removed named all of it (a pronoun, "your data"); what
    it put in names something narrower."""
    kept = set(_words(c.inserted)) | {"ne", "n"}
    deleted = [w for w in _words(c.deleted) if not _NEGATION_WORD.fullmatch(w) and w not in kept]
    if not deleted or any(w not in _ALL_THE_DATA for w in deleted) or not _PROMISES[c.lang].search(replacement):
        return False
    grammar = FUNCTION_WORDS[c.lang] | _PROMISE_GRAMMAR | _ALL_THE_DATA
    named = [w for w in _words(c.inserted) if len(w) > 2 and w not in grammar and not _NEGATION_WORD.fullmatch(w)]
    return len(named) >= _NARROWING_WORDS


# Where a sentence goes on with a clause of its own: ", and we ...", "; nous ...".
_NEXT_CLAUSE = re.compile(r",\s*(?:and|but|while|et|mais)\s+|;\s*", re.I)
_WE = {"en": re.compile(r"\bwe\b", re.I), "fr": re.compile(r"\bnous\b", re.I)}


def _done_after_all(c: Change, promise: str, replacement: str) -> bool:
    """The promise stays for some and a clause added beside it says we now do the promised-against thing ("We never
    pass it to advertisers, and we pass it to publishers only for ..."): the promise no longer holds for them."""
    said = _PROMISES[c.lang].search(promise)
    verb = c.family("promise_verb").search(said.group()) if said else None
    if verb is None or not _NEXT_CLAUSE.search(c.inserted):
        return False
    stem = re.compile(rf"\b{re.escape(verb.group()[:5])}", re.I)
    return any(
        _WE[c.lang].search(clause) and stem.search(clause) and not NEGATIVE[c.lang].search(clause)
        for clause in _NEXT_CLAUSE.split(replacement)[1:]
    )


def _now_done(c: Change, promise: str) -> str:
    """A new sentence saying, with no negation, that we take the action the promise ruled out, on what it
    protected ("Nous ne transmettons jamais vos coordonnées à des garages" -> "Nous pouvons transmettre vos
    coordonnées ... à des garages partenaires"), or ""."""
    kinds = promised_actions(promise, c.lang) if _WE[c.lang].search(promise) else set()
    protected = {_stem(w) for w in _words(promise) if len(w) > 3} - {_stem(w) for w in _GENERIC}
    for sentence in _changed_sentences(c)[1]:
        if NEGATIVE[c.lang].search(sentence) or not _WE[c.lang].search(sentence):
            continue
        done = {kind for kind in kinds if _ACTIONS[c.lang][kind].search(sentence)}
        if done and len(protected & {_stem(w) for w in _words(sentence)}) >= 2:
            return sentence
    return ""


def _gone_with_its_practice(c: Change, promise: str) -> bool:
    """A paragraph removed whole, stating a practice and the promise that limited it ("We show our ads using
    advertising cookies. We never use your lesson history to target ads."), when the new version no longer names
    what the practice was about: the practice is gone, so the promise has nothing left to limit (R17, R9)."""
    if c.new or any(rights_granted(s, c.lang) or c.mentions("choice_offered", s) for s in _sentences(c.old)):
        return False  # a right or a choice went with it: the rights detectors judge that
    generic = _GENERIC | FUNCTION_WORDS[c.lang]
    promised = {_stem(w) for w in _words(promise) if len(w) > 2}
    for practice in _sentences(c.old):
        if _our_promise(_PROMISES[c.lang], practice):
            continue
        about = {w for w in _words(practice) if len(w) > 2 and _stem(w) in promised and w not in generic}
        if any(not c.kept_in_new_document(w) for w in about):
            return True
    return False


# What every practice and promise names, which says nothing about which practice a promise limits.
_GENERIC = {"data", "données", "information", "informations", "personal", "personnelles", "nous", "our", "nos"}


def detect_promise_excepted(c: Change) -> list[Finding]:
    """R12: a promise left word for word but followed by an exception ("we do not share it with advertisers.
    However, we may ...", "... unless", "Il peut toutefois être transmis ..."): it no longer holds in every
    case. An exception that is itself a promise ("However, we never sell it") takes nothing away."""
    exception = c.family("promise_exception")
    if not c.old or not c.new or not exception.search(c.inserted):
        return []
    old_promises = [s for s in _sentences(c.old) if _our_promise(_PROMISES[c.lang], s)]
    if not old_promises:
        return []
    added = {m.group().lower() for m in exception.finditer(c.inserted)}
    new_sentences = _sentences(c.new)
    for index, sentence in enumerate(new_sentences):
        marker = next((m for m in exception.finditer(sentence) if m.group().lower() in added), None)
        if marker is None or _promise_in_exception(c, sentence, marker):
            continue  # no exception, or one that is a promise of its own
        if _USERS_OBJECTION[c.lang].match(sentence, marker.start()):
            continue  # "Sauf opposition de l'organisation cliente, ...": a new practice with an opt-out (R2)
        qualified = sentence[: marker.start()] if marker.start() else ""
        if not _our_promise(_PROMISES[c.lang], qualified) and index:
            qualified = new_sentences[index - 1]  # "We do not share it. However, we may ...": the one before
        promise = _best_match(qualified, old_promises) if _our_promise(_PROMISES[c.lang], qualified) else ""
        if promise:
            return [Finding(RR, c.reason("R12", old=promise, new=sentence))]
    return []


_USERS_OBJECTION = {
    "en": re.compile(r"unless (?:you|the \w+|your \w+) (?:object|opts? out|opted out|refuse|say no)", re.I),
    "fr": re.compile(
        r"sauf (?:opposition|refus|si vous (?:vous y opposez|refusez))"
        r"|[àa] moins que vous (?:ne )?(?:vous y opposiez|refusiez)",
        re.I,
    ),
}


def _promise_in_exception(c: Change, sentence: str, marker: re.Match[str]) -> bool:
    """The exception is a promise of its own ("However, we never rent it", "Nous ne le vendons toutefois à
    personne"). An exception opening the sentence runs to its end; one inside it, to the next comma ("with the
    exception of X, and we never use it": the promise after the comma is another one)."""
    opening = not _words(sentence[: marker.start()])
    end = len(sentence) if opening else _clause_end(sentence, marker.end())
    return any(m.start() < end and m.end() > marker.start() for m in _PROMISES[c.lang].finditer(sentence))


def _clause_end(sentence: str, start: int) -> int:
    found = re.compile(r"[,;:]").search(sentence, start)
    return found.start() if found else len(sentence)


_REWRITTEN_SHARE = 0.6


def _rewritten(c: Change) -> bool:
    """Most of the old paragraph's words were replaced by a new text of comparable length: a rewrite."""
    return bool(c.new) and _removed_sentence_share(c) >= _REWRITTEN_SHARE and len(c.new) >= len(c.old) / 2


_RELATIVE = re.compile(r"\b(?:that|which|who|qui)\s+$", re.IGNORECASE)


def promised_actions(sentence: str, lang: str) -> set[str]:
    """The kinds of action (sell, rent, share, trade, use) a promise says we do not take, clause by clause: in
    "we do not sell your data; we may however share it" only selling is still promised."""
    actions: set[str] = set()
    if not _our_promise(_PROMISES[lang], sentence):
        return actions
    for clause in PROMISE_CLAUSE_BREAK.split(sentence):
        # "Personne d'autre, et nous ne les vendons pas": the negation that is ours may not be the first one
        for negation in NEGATIVE[lang].finditer(clause):
            if _RELATIVE.search(clause[: negation.start()]):
                break
            if not OUR_NEGATION[lang].search(clause[: negation.end() + 12]):
                continue  # "if you choose not to provide it": the user's choice, not our promise
            governed = clause[negation.start() :]
            actions |= {kind for kind, pattern in _ACTIONS[lang].items() if pattern.search(governed)}
            break
    return actions


_ACTIONS = {lang: {kind: re.compile(by[lang], re.I) for kind, by in PROMISED_ACTIONS.items()} for lang in ("en", "fr")}


def _our_promise(promise: re.Pattern[str], sentence: str) -> bool:
    """A negation we state about ourselves; "a country that does not provide ..." describes someone else."""
    return any(not _RELATIVE.search(sentence[: m.start()]) for m in promise.finditer(sentence))


def _item_dropped(c: Change, old: str, new: str) -> bool:
    """The promise covers fewer cases: an item of its enumeration ("A, B or C" -> "B or C", "neither to X nor to
    Y" -> "not to Y") is gone, none added; the negation it needed to say so ("ne ... ni" -> "ne ... pas") is none.

    The deleted words carry the list's comma or its "or": "data or information" -> "data" is a synonym dropped, not
    a case; "to set your premium or to refuse a claim" -> "to refuse a claim" is a whole purpose gone.
    """
    old_words = _words(old)
    # a table cell above may run into the promise's sentence: the line that repeats it is the promise
    new = max(new.splitlines() or [new], key=lambda line: len(set(old_words) & set(_words(line))))
    new_words = set(_words(new))
    lost = [w for w in old_words if w not in new_words]
    gained = [w for w in new_words if w not in set(old_words) and not w.isdigit() and not _NEGATION_WORD.fullmatch(w)]
    if not lost or gained or len(lost) > _ITEM_WORDS:
        return False
    if "," in c.deleted:
        return True
    if not _EITHER.search(c.deleted):
        return False  # "data and information" -> "data": a synonym dropped, not one of whom
    to_whom = _TO_WHOM.search(old)
    if to_whom is not None and set(lost) <= set(_words(old[to_whom.end() :])):
        return True  # "to insurers or employers" -> "to employers": one of those it is never to reach is gone
    return sum(len(w) > 2 and not _EITHER.fullmatch(w) for w in lost) >= 2


_NEGATION_WORD = re.compile(r"not|never|no|pas|point|jamais|aucune?", re.I)
_TO_WHOM = re.compile(r"\b(?:to|with|à|au|aux|avec)\s", re.I)
_EITHER = re.compile(r"\b(?:or|nor|ou|ni)\b", re.I)


def _negations_kept(old: str, new: str, c: Change) -> bool:
    """The negation words of the old sentence are all still in its replacement."""
    pattern = c.family("negation")
    return len(pattern.findall(new)) >= len(pattern.findall(old))


def _promise_unchanged(c: Change, sentence: str) -> bool:
    """The new paragraph still says the promise's sentence, every word in order."""
    return _word_run(sentence) in _word_run(c.new)


def _word_run(text: str) -> str:
    """The text's words in order, one space apart: two texts say the same words whatever their punctuation."""
    return " ".join(_words(text))


def _touched(sentence: str, deleted: str) -> bool:
    """The edit removed words of this sentence (not just words next to it)."""
    sentence_words = set(_words(sentence))
    deleted_words = [w for w in _words(deleted) if len(w) > 2]
    return bool(deleted_words) and sum(w in sentence_words for w in deleted_words) >= min(2, len(deleted_words))


def _best_match(sentence: str, candidates: list[str]) -> str:
    best, score = _closest(sentence, candidates)
    return best if score >= 0.3 else ""


def _best_score(sentence: str, candidates: list[str]) -> float:
    return _closest(sentence, candidates)[1]


_REPLACED_SHARE = 0.15


def _replaced(sentence: str, removed: list[str]) -> str:
    """The removed sentence this new one replaced, reworded as much as it may be, or ""."""
    best, score = _closest(sentence, removed)
    return best if score >= _REPLACED_SHARE else ""


def _closest(sentence: str, candidates: list[str]) -> tuple[str, float]:
    """The candidate sharing the most words with the sentence, and the share (Jaccard) of words they share."""
    words = _word_set(sentence)
    best, score = "", 0.0
    for candidate in candidates:
        other = _word_set(candidate)
        value = len(words & other) / len(words | other) if words | other else 0
        if value > score:
            best, score = candidate, value
    return best, score


def _kept_elsewhere(sentence: str, promises: list[str], lang: str) -> str:
    """The promise of the new version that repeats this one (moved or reworded), or "". Turned from the passive
    to the active ("calls are not recorded" -> "we never record calls"), it names the same things by the same
    stems, whatever its negation and auxiliaries."""
    words, stems = _word_set(sentence), _promised_stems(sentence, lang)
    for promise in promises:
        other = _word_set(promise)
        if words and len(words & other) / len(words | other) >= 0.6:
            return promise
        if stems and _promised_stems(promise, lang) == stems:
            return promise
    return ""


# Words that carry a promise's grammar, not what it is about: "are not filmed", "nous ne les enregistrons jamais".
_PROMISE_GRAMMAR = {"are", "sont", "est", "seront", "sera", "does", "did", "will", "shall", "ever", "any", "pas"}


def _promised_stems(sentence: str, lang: str) -> frozenset[str]:
    """What a promise is about, by stem; a verb of promise by its kind, so "sell" and "sold" are one."""
    grammar = FUNCTION_WORDS[lang] | _PROMISE_GRAMMAR
    return frozenset(
        _action_kind(w, lang) or _stem(w)
        for w in _words(sentence)
        if len(w) > 2 and w not in grammar and not _NEGATION_WORD.fullmatch(w)
    )


def _action_kind(word: str, lang: str) -> str:
    return next((kind for kind, pattern in _ACTIONS[lang].items() if pattern.fullmatch(word)), "")


def detect_rights(c: Change) -> list[Finding]:
    """R13/R9: a right or a user choice removed or narrowed (rights-reducing); added is minor.

    R4: a channel for exercising rights removed (rights-reducing) or replaced (R14, minor, reviewed).
    """
    findings: list[Finding] = []
    removed = _changed_sentences(c)[0] if c.new else _sentences(c.old)
    if removed and all(_ended_with_its_marketing(c, s) for s in removed):
        return findings  # "Nous n'envoyons plus de lettre d'information": its unsubscribe link goes with it (R17)
    # Evidence that a right is taken away: its words are gone from the whole new version, not just moved.
    lost = [t for t in c.lost_terms("right") if len(t) > 3 and not c.kept_in_new_document(t)]
    if withdrawn := _right_no_longer_granted(c) or _right_narrowed(c) or _right_confined(c):
        findings.append(Finding(RR, c.reason("R13", old=withdrawn[0], new=withdrawn[1])))
    elif (
        lost
        and c.old
        and not _all_rights_still_granted(c)
        and _removed_sentence_share(c) >= 0.5
        and not _removed_with_its_vendor(c)
    ):
        condition = c.lost_terms("condition")
        findings.append(Finding(RR, c.reason("R13", old=c.quote_deleted(condition[0] if condition else lost[0]))))
    elif choice := _choice_taken_away(c):
        findings.append(Finding(RR, c.reason("R13", old=choice, new="")))
    rights_context = c.mentions("right") or c.mentions("contact") or c.section_mentions_rights
    old_channels, new_channels = _channels(c.old), _channels(c.new)
    if rights_context and (harder := _harder_to_exercise(c)):
        findings.append(Finding(RR, c.reason("R4", old=harder[0], new=harder[1])))
    elif rights_context and (moved := _route_replaced(c)):
        findings.append(Finding(MAJOR, c.reason("R4", old=moved[0], new=moved[1])))
    elif rights_context and (dropped := _route_dropped(c)):
        findings.append(dropped)
    elif rights_context and old_channels != new_channels:
        gone = {g for g in old_channels - new_channels if not _respelled(g, new_channels | c.new_document_channels)}
        # A channel the old version already gave elsewhere is no replacement: one way fewer to reach us.
        added = new_channels - old_channels - c.facts.old_channels
        if gone and not added and len(DANGLING.findall(c.new)) > len(DANGLING.findall(c.old)):
            # The address vanished with its link and left "contact us using ." behind: a rendering loss to check.
            findings.append(Finding(MINOR, c.reason("R14", old=", ".join(sorted(gone)), new=""), review=True))
        elif gone and not added and not c.new_document_has_channels(gone):
            findings.append(_channel_gone(c, gone))
        elif gone and added:
            # A mailbox for a mailbox, an address for an address: new contact details (R14). A different kind
            # of channel may make rights harder to exercise (R4): the editor checks.
            same_kind = {_channel_kind(g) for g in gone} <= {_channel_kind(a) for a in added}
            placeholder = bool(PLACEHOLDER.search(c.old + c.new))
            findings.append(Finding(MINOR, c.reason("R14"), review=not (placeholder or same_kind)))
    return findings


RIGHT_KINDS = (
    "access",
    "rectification",
    "erasure",
    "objection",
    "portability",
    "restriction",
    "complaint",
    "post_mortem",
    "withdrawal",
)


def rights_granted(text: str, lang: str) -> dict[str, str]:
    """Each kind of right the text grants the reader, with the first sentence granting it.

    Kinds, not words, are compared: "you may object" and "droit d'opposition" are one right, and a right moved
    to another section or reworded is still granted.
    """
    granted: dict[str, str] = {}
    for sentence in _sentences(text):
        if not _FAMILIES["grant"][lang].search(sentence):
            continue
        for kind in RIGHT_KINDS:
            if kind not in granted and _FAMILIES[f"right_{kind}"][lang].search(sentence):
                granted[kind] = sentence
        stops = _FAMILIES["stopping"][lang].search(sentence)
        if stops and "marketing" not in granted and _FAMILIES["marketing"][lang].search(sentence):
            granted["marketing"] = sentence  # stopping marketing (GDPR 21(2)), whatever the general objection says
    return granted


def _right_no_longer_granted(c: Change) -> tuple[str, str] | None:
    """R13: a right the old paragraph granted, whose words the edit removed, that the new version grants nowhere.

    A vendor's opt-out leaving with the vendor goes with the practice (R17); an authority to complain to is no
    vendor.
    """
    granting = f"{c.lead_in} {c.old}" if c.lead_in else c.old  # "You have the right to:" + "complain to the CNIL"
    for kind, sentence in rights_granted(granting, c.lang).items():
        untouched = not _right_words(c, kind).search(c.deleted)  # "erase and port your data": "port" alone goes
        if kind in c.facts.new_rights or (c.new and untouched and kind in rights_granted(c.new, c.lang)):
            continue
        if kind != "complaint" and _removed_with_its_vendor(c):
            continue
        return sentence, _best_match(sentence, _sentences(c.new)) if c.new else ""
    return None


def _right_words(c: Change, kind: str) -> re.Pattern[str]:
    """The words naming a kind of right; stopping marketing is named by the marketing it stops."""
    return c.family("marketing" if kind == "marketing" else f"right_{kind}")


def _all_rights_still_granted(c: Change) -> bool:
    """The old paragraph granted rights, and the new version still grants every one of them, in other words."""
    granted = set(rights_granted(c.old, c.lang))
    return bool(granted) and granted <= c.facts.new_rights


def _right_narrowed(c: Change) -> tuple[str, str] | None:
    """R13: a right still granted, but no longer "at any time" or "for any reason", or now "within 30 days",
    "only for ..."."""
    if not c.old or not c.new:
        return None
    granted_new = rights_granted(c.new, c.lang)
    for kind, sentence in rights_granted(c.old, c.lang).items():
        replacement = _best_match(sentence, _sentences(c.new))
        if not replacement or granted_new.get(kind) != replacement or replacement == sentence:
            continue
        opened_lost = c.mentions("open_scope", sentence) and not c.mentions("open_scope", replacement)
        narrowing = [
            m.group()
            for clause in _clauses(replacement)
            if _right_words(c, kind).search(clause) or c.mentions("grant", clause)
            for m in c.family("narrow_scope").finditer(clause)
        ]  # "you may object within 30 days", not "; we reply within one month"
        narrowed = any(n in c.inserted for n in narrowing) and not c.mentions("narrow_scope", sentence)
        if opened_lost or narrowed:
            return sentence, replacement
    return None


def _right_confined(c: Change) -> tuple[str, str] | None:
    """R13: a right the old paragraph granted without limit that the new paragraph grants only with one ("the
    rights of restriction and objection" -> "you may object to marketing"), however its sentences were split or
    merged; the old and new sentences granting it, or None."""
    if not c.old or not c.new:
        return None
    for kind in RIGHT_KINDS:
        old_grants, new_grants = _granting(c, c.old, kind), _granting(c, c.new, kind)
        if not old_grants or not new_grants or any(_limited(c, kind, s) for s in old_grants):
            continue
        if all(_limited(c, kind, s) and _touched(s, c.inserted) for s in new_grants):
            return old_grants[0], new_grants[0]
    return None


def _granting(c: Change, text: str, kind: str) -> list[str]:
    """The sentences of the text that grant the reader this kind of right."""
    words = _right_words(c, kind)
    return [s for s in _sentences(text) if c.mentions("grant", s) and words.search(s)]


def _limited(c: Change, kind: str, sentence: str) -> bool:
    """A clause naming the right carries a limit ("only", "for direct marketing", "once your account is closed")."""
    words = _right_words(c, kind)
    return any(words.search(clause) and c.mentions("narrow_scope", clause) for clause in _clauses(sentence))


def _choice_taken_away(c: Change) -> str:
    """The old sentence offering users a way to stop or change a practice ("you can switch to plain-text emails",
    "if you would rather not receive it, tell us"), gone from the whole new version, or "".

    A choice that leaves with its vendor goes with the practice it was about (R17), not a lost right.
    """
    if not c.old or _removed_with_its_vendor(c):
        return ""
    offered = c.family("choice_offered")
    lead_in = c.lead_in.rstrip(" :")
    listed = c.mentions("choice_heading", f"{lead_in} {c.table_header}")
    if listed and not c.new and not _choice_still_offered(c, c.old):
        return c.old  # an item or a row of a list or table of the choices users have
    for sentence in _changed_sentences(c)[0]:
        if offered.search(f"{lead_in} {sentence}" if lead_in else sentence) and not _choice_still_offered(c, sentence):
            return sentence
    return ""


_CHOICE_KEPT_SHARE = 0.4


def _choice_still_offered(c: Change, sentence: str) -> bool:
    """The new version still offers this choice, reworded or moved ("To unsubscribe, use the link in each email"
    for "You can unsubscribe with the link in each email"): a sentence offering a choice or a right that shares
    most of its words."""
    if _best_score(sentence, c.facts.new_sentences) >= 0.5:
        return True
    words = {w for w in _words(sentence) if len(w) > 3}
    offers = [s for s in c.facts.new_sentences if c.mentions("choice_offered", s) or c.mentions("right", s)]
    return any(
        len(shared := words & set(_words(s))) >= 2 and len(shared) >= _CHOICE_KEPT_SHARE * len(words) for s in offers
    )


def _channel_gone(c: Change, gone: set[str]) -> Finding:
    """R4: a way to reach the company is gone and nothing replaces it. A mailbox for requests gone, no link put in
    its place, leaves users only harder or fewer ways to exercise their rights (rights-reducing); a postal address
    or a number gone while others remain, or a paragraph written anew, is one way fewer (major); none left, the
    rights can no longer be exercised (rights-reducing)."""
    reason = c.reason("R4", old=", ".join(sorted(gone)), new="")
    exercise = (c.mentions("request", c.old) or c.mentions("right", c.old)) and not _rewritten(c)
    online_lost = any(_channel_kind(g) == "email" for g in gone) and not URL.search(c.inserted)
    return Finding(MAJOR if c.new_document_channels and not (exercise and online_lost) else RR, reason)


# How hard a way of exercising rights is to use: online (a form, a mailbox, the account) first, in person last.
_WAYS = ("way_online", "way_phone", "way_post", "way_in_person")


def _ways(c: Change, text: str) -> set[int]:
    """The kinds of ways the text offers to reach the company, by how hard they are to use."""
    found = {rank for rank, family in enumerate(_WAYS) if c.mentions(family, URL.sub(" site ", text))}
    if URL.search(text) or EMAIL.search(text):
        found.add(0)
    if _postal_address(text):
        found.add(_WAYS.index("way_post"))
    return found


def _harder_to_exercise(c: Change) -> tuple[str, str] | None:
    """R4: the paragraph telling users how to exercise their rights now offers only harder ways: an online form
    replaced by a registered letter, by a visit in person; the old and new sentences, or None.

    A way added while the old ones stay changes nothing for users who used them.
    """
    if not c.old or not c.new or not (c.mentions("request", c.old) or c.mentions("right", c.old)):
        return None
    old_ways, new_ways = _ways(c, c.old), _ways(c, c.new)
    if not old_ways or not new_ways:
        return None
    easiest_gone = min(new_ways) > min(old_ways) and max(new_ways - old_ways, default=0) > min(old_ways)
    easiest_gone = easiest_gone or _sentence_made_harder(c)
    added = new_ways - old_ways
    # "Requests must be sent by registered letter": the easier ways still named are no longer accepted.
    required = (
        bool(added)
        and not _rewritten(c)
        and any(
            c.mentions("required_way", sentence) and min(_ways(c, sentence) & added, default=0) > min(old_ways)
            for sentence in _changed_sentences(c)[1]
        )
    )
    form_gone = bool(added) and min(added) > 0 and bool(_request_links_gone(c)) and not URL.search(c.inserted)
    if easiest_gone or form_gone or required:
        old_sentence, new_sentence = _edited_sentences(c)
        return old_sentence or _snippet(c.old), new_sentence
    return None


_ROUTES = ("route_help", "route_form", "route_email", "route_settings", "way_post", "way_phone", "way_in_person")


def _routes(c: Change, sentence: str) -> set[str]:
    """The kinds of route a sentence sends users to (help centre, form, e-mail, settings, post, phone, visit)."""
    found = {family for family in _ROUTES if c.mentions(family, URL.sub(" ", sentence))}
    if EMAIL.search(sentence):
        found.add("route_email")
    if _postal_address(sentence):
        found.add("way_post")
    return found


def _route_dropped(c: Change) -> Finding | None:
    """R4: a way to exercise rights removed from their list ("You can exercise your rights:" + "- through the form in
    your account;") or from their sentence ("... or by speaking to us at the farm gate"), a route the new version no
    longer offers: one way fewer (major), or the last way online gone (rights-reducing). Channels (mailboxes,
    numbers, addresses) are judged by what they are."""
    granting = f"{c.lead_in} {c.old}"
    if not (rights_granted(granting, c.lang) or c.mentions("request", granting)) or _removed_with_its_vendor(c):
        return None  # "Crisp, our chat tool (you can turn the chat off)": a vendor gone with its opt-out (R17)
    if _channels(c.old) - _channels(c.new):
        return None
    if c.new and (_rewritten(c) or len(DANGLING.findall(c.new)) > len(DANGLING.findall(c.old))):
        return None  # a paragraph written anew, or a link's words lost in extraction: judged elsewhere
    routes = _routes(c, c.deleted if c.new else c.old) - _routes(c, c.new) - {"route_email"}
    about_rights = [s for s in c.facts.new_sentences if c.mentions("right", s) or c.mentions("request", s)]
    still = {route for sentence in about_rights for route in _routes(c, sentence)}
    if not routes or routes <= still:
        return None
    online_left = bool(still & {"route_email", "route_form", "route_help", "route_settings"})
    return Finding(MAJOR if online_left else RR, c.reason("R4", old=_snippet(c.old), new=""))


_BRAND = re.compile(r"\b[A-Z][a-z]+[A-Za-z]*\b")


def _vendor_gone(c: Change, sentence: str) -> bool:
    """In a cookie policy, the sentence names a brand ("Hotjar recordings mask ...", "YouTube peut déposer ...")
    the new version no longer names anywhere: the vendor is gone (R17), and what the sentence promised or asked
    about it goes with it."""
    if not c.cookie_context:
        return False
    brands = {m.group().lower() for m in _BRAND.finditer(sentence)} - {w.lower() for w in _SENTENCE_OPENERS}
    return any(len(b) > 3 and b not in c.facts.new_lower for b in brands)


# Capitalised only because they open a sentence or a clause: no brand.
# fmt: off
_SENTENCE_OPENERS = {
    "If", "We", "You", "Your", "Our", "The", "This", "These", "When", "Otherwise",
    "Si", "Nous", "Vous", "Votre", "Nos", "Les", "Le", "La", "Lorsque", "Quand", "Ces", "Cette", "Sinon",
}
# fmt: on


def _ended_with_its_marketing(c: Change, sentence: str) -> bool:
    """The sentence is about mailings or ads (by its words, or as a sentence of a paragraph about them that grants
    no right) the new version says stop ("Nous n'envoyons plus de lettre d'information", "le site n'affiche plus
    aucune publicité"): a way to stop them, or the consent they needed, goes with them (R17), nothing is taken."""
    if not c.facts.marketing_stopped:
        return False
    return c.mentions("marketing", sentence) or (
        c.mentions("marketing", c.old) and not rights_granted(sentence, c.lang)
    )


# We stopped doing it ("we no longer send", "nous n'envoyons plus", "a été arrêtée"); "if you no longer want"
# is the user's wish, not the end of the practice.
def _marketing_stopped(sentence: str, lang: str) -> bool:
    """The sentence says mailings or ads stop ("we no longer send a newsletter"), not that a consent stops being
    asked ("we no longer ask your consent for marketing emails")."""
    return bool(
        _NO_LONGER[lang].search(sentence)
        and _FAMILIES["marketing"][lang].search(sentence)
        and not _CONSENT_TERM.search(sentence)
        and not _FAMILIES["condition"][lang].search(sentence)
    )


_NO_LONGER = {
    "en": re.compile(
        r"\bwe (?:\w+ )?no longer\b|\bwe (?:have )?(?:stopped|discontinued|ceased)\b"
        r"|\bno longer (?:shows?|sends?) any\b|\b(?:has|have) been (?:discontinued|stopped)\b"
        r"|\b(?:is|are) no longer (?:sent|published)\b",
        re.I,
    ),
    "fr": re.compile(
        r"\bnous (?:ne |n')\w+ plus\b|\bnous avons (?:arr[êe]t[ée]|cess[ée])\b|\b(?:ne |n')\w+ plus aucune?\b"
        r"|\bn'(?:est|sont) plus (?:envoy|publi|diffus)\w*|\ba été (?:arr[êe]t[ée]e|supprim[ée]e)\b",
        re.I,
    ),
}


def _route_replaced(c: Change) -> tuple[str, str] | None:
    """R4: a sentence telling users how to exercise their rights now sends them to another kind of route than the
    sentence it replaced (help centre -> request form, e-mail -> form): how rights are exercised changed. A new
    address on the same kind of route is new contact details (R14); a route added beside the old ones, one more
    way (R9). The old and new sentences, or None."""
    old_only, new_only = _changed_sentences(c)
    for new in new_only:
        old = _replaced(new, old_only)
        if not old or not (c.mentions("right", old) or c.mentions("request", old)):
            continue
        before, after = _routes(c, old), _routes(c, new)
        if before - after and after - before:
            return old, new
    return None


def _sentence_made_harder(c: Change) -> bool:
    """A sentence telling users how to exercise a right now offers only a harder way than the sentence it replaced
    ("export your activity from the settings" -> "ask us by post for an export"), whatever other ways the
    paragraph names for other things."""
    old_only, new_only = _changed_sentences(c)
    for new in new_only:
        old = _replaced(new, old_only)
        # the same right in both ("export" and "export"): the new sentence is the old one's replacement
        about_rights = bool(old) and (
            bool(_right_terms(c, old) & _right_terms(c, new)) or (_exercising(c, old) and _exercising(c, new))
        )
        old_ways, new_ways = (_ways(c, old), _ways(c, new)) if about_rights else (set(), set())
        if old_ways and new_ways and min(new_ways) > min(old_ways):
            return True
    return False


def _exercising(c: Change, sentence: str) -> bool:
    """The sentence tells users how to exercise their rights ("To exercise your rights, write to ...")."""
    return bool(_EXERCISE[c.lang].search(sentence))


_EXERCISE = {
    "en": re.compile(r"\bexercis\w* (?:your|these|any of your|the) (?:\w+ )?rights?\b", re.I),
    "fr": re.compile(r"\bexerc\w* (?:vos|ces|l'un de vos|le|les) (?:\w+ )?droits?\b", re.I),
}


def _right_terms(c: Change, sentence: str) -> set[str]:
    return {_stem(m.group()) for m in c.family("right").finditer(sentence) if m.group().lower() not in _BARE_RIGHT}


_BARE_RIGHT = {"right", "rights", "droit", "droits"}


def _request_links_gone(c: Change) -> list[str]:
    """Links to where requests are made (a form, a portal) that the new version no longer gives anywhere."""
    return [
        link
        for sentence in _sentences(c.old)
        if c.mentions("way_online", URL.sub(" ", sentence)) or c.mentions("request", sentence)
        for link in URL.findall(sentence)
        if link.rstrip(".,;)") not in c.facts.new_lower and link.rstrip(".,;)").lower() not in c.facts.new_lower
    ]


_RESPELLED_MIN_LETTERS = 5


def _respelled(address: str, channels: set[str]) -> bool:
    """A typo corrected in an e-mail address ("privcy@" -> "privacy@"): the same mailbox, not one channel fewer.

    Short names are left out: "dpo@" and "dpa@" may well be two mailboxes.
    """
    if "@" not in address or len(address.split("@", 1)[0]) < _RESPELLED_MIN_LETTERS:
        return False
    local, domain = address.split("@", 1)
    return any(
        "@" in other and other.split("@", 1)[1] == domain and _within_edits(local, other.split("@", 1)[0], 2)
        for other in channels
    )


def _within_edits(a: str, b: str, limit: int) -> bool:
    """Whether at most `limit` letters inserted, deleted or replaced turn one word into the other.

    The common start and end are set aside and only the band of `limit` letters either side of the diagonal is
    computed: a hostile 20,000-letter "word" costs a few steps, not 400 million.
    """
    start = _common_start(a, b)
    a, b = a[start:], b[start:]
    end = _common_start(a[::-1], b[::-1])
    a, b = a[: len(a) - end], b[: len(b) - end]
    if abs(len(a) - len(b)) > limit:
        return False
    beyond = limit + 1
    previous = {j: j for j in range(min(len(b), limit) + 1)}
    for i, x in enumerate(a, start=1):
        current = {i - limit - 1: beyond} if i > limit else {0: i}
        for j in range(max(1, i - limit), min(len(b), i + limit) + 1):
            current[j] = min(
                previous.get(j, beyond) + 1, current.get(j - 1, beyond) + 1, previous[j - 1] + (x != b[j - 1])
            )
        if min(current.values()) > limit:
            return False
        previous = current
    return previous.get(len(b), beyond) <= limit


def _common_start(a: str, b: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def _channel_kind(channel: str) -> str:
    return "email" if "@" in channel else "phone" if channel.isdigit() else "postal"


def _removed_with_its_vendor(c: Change) -> bool:
    """A paragraph, a sentence or an item about a vendor removed, its opt-out with it: a removal (R17), not a lost
    right. A supervisory authority named where a right was ("complain to the CNIL") is no vendor."""
    if not c.old:
        return False
    gone = c.deleted if c.new else c.old
    names = [*_domains(gone), *_organisations(gone), *_NAME.findall(gone)]
    if not c.new:
        names += re.findall(r"\b[A-Z][a-z]+[A-Z]?\w*\b", c.old)[1:]
    return any(
        len(n) > 3 and not c.kept_in_new_document(n) and not c.mentions("right", n) and not c.mentions("contact", n)
        for n in names
    )


def _removed_sentence_share(c: Change) -> float:
    """How much of the old paragraph's wording the edit removed (a few words, or whole sentences)."""
    old_words = _words(c.old)
    return len(_words(c.deleted)) / len(old_words) if old_words else 0.0


def _channels(text: str) -> set[str]:
    """E-mail addresses, phone numbers and postal addresses: the ways users reach the company (web links aside)."""
    text = _deobfuscate(PLACEHOLDER.sub(" ", MAILTO.sub(" ", text)))
    found = {m.group().lower().rstrip(".") for m in EMAIL.finditer(text)}
    text = URL.sub(" ", EMAIL.sub(" ", text))
    found |= {re.sub(r"\D", "", m.group()) for m in PHONE.finditer(text) if len(re.sub(r"\D", "", m.group())) >= 9}
    found |= {m.group() for m in POSTAL.finditer(text) if not _a_date(text, m)}
    return found


_BEFORE_A_YEAR = re.compile(
    rf"\b(?:{'|'.join(sorted({*MONTHS['en'], *MONTHS['fr']}))}|in|since|en|depuis|de)\s*$", re.IGNORECASE
)


def _a_date(text: str, match: re.Match[str]) -> bool:
    """A year after a month ("until April 2024 Privacy policy") is a date, not a postcode before a town."""
    return bool(re.match(r"(?:19|20)\d\d\b", match.group()) and _BEFORE_A_YEAR.search(text[: match.start()]))


def detect_conditions(c: Change) -> list[Finding]:
    """R10/R2: a protective condition (consent, opt-in, "if enabled") removed, or a hedge put in front of it; a
    practice users can no longer refuse takes their choice away (rights-reducing)."""
    if refused := _cannot_refuse(c):
        # "except audience cookies, which you cannot refuse": consent, and the right to withdraw it, gone
        return [Finding(RR, c.reason("R10", new=refused))]
    lost = [t for t in c.lost_terms("condition") if _condition_lost(c, t)]
    if lost and c.new:
        taken = RR if _consent_dropped(c, lost[0]) else MAJOR
        return [Finding(taken, c.reason("R10", old=c.quote_deleted(lost[0])))]
    if defaulted := c.new_terms("default_on"):
        return [Finding(MAJOR, c.reason("R10", new=c.quote_inserted(defaulted[0])))]
    if switched := _switched_on(c):
        return [Finding(MAJOR, c.reason("R10", old=switched[0], new=switched[1]))]
    hedge = c.new_terms("hedge")
    if hedge and c.mentions("basis", c.new) and c.mentions("basis", c.old) and not c.new_terms("basis"):
        around = c.quote_inserted(hedge[0])
        if c.family("basis").search(c.new) and re.search(r"consent|consentement|accord", c.new, re.I):
            return [Finding(MAJOR, c.reason("R10", new=around))]  # weaker, but nothing shown taken away
    return []


def _condition_lost(c: Change, term: str) -> bool:
    """The condition is gone, not reworded, not moved ("your GP, with your consent, ..." moved down its list), and
    not gone with the mailings or the vendor it was about."""
    sentence = _sentence_about(c.old, c.deleted, term)
    return not (
        _ended_with_its_marketing(c, sentence)
        or _vendor_gone(c, sentence)
        or _condition_reworded(c, term)
        or c.facts.still_said(_clause_with(sentence, term))
    )


_WITHOUT = re.compile(r"\b(?:without|sans)\b", re.I)
_CONSENT_TERM = re.compile(r"consent|agree|accept|opt[- ]?in|allow|permission|autoris|accord|ticked|coch", re.I)


def _consent_dropped(c: Change, term: str) -> bool:
    """The user's yes is no longer asked before a practice the sentence still states ("If you opt in, we pass your
    address to ..." -> "We pass your address to ..."): the right to refuse and withdraw it goes with it (R10,
    rights_reducing). A condition lost in a rewrite, or one that was no consent ("if you choose to verify your
    photo", "if enabled by the account owner"), changes the basis: major."""
    sentence = _sentence_about(c.old, c.deleted, term)
    if not _CONSENT_TERM.search(term) or _rewritten(c) or _title_like(sentence):
        return False  # a heading ("Other data we collect with your consent") states no practice
    if c.mentions("choice_offered", c.new) or _STILL_REFUSABLE.search(c.inserted):
        return False  # opt-in made opt-out ("unless you object", "by default"): the choice stays (R10, major)
    return bool(_best_match(sentence, _sentences(c.new)))


_STILL_REFUSABLE = re.compile(
    r"opt[- ]?out|unless (?:you|they) object|(?:turn|switch) (?:\w+ )?off|by default|s'y opposent|vous y opposez"
    r"|d[ée]sactiv|par d[ée]faut",
    re.I,
)


def _condition_reworded(c: Change, term: str) -> bool:
    """The sentence that asked for the user's consent still asks for it in other words ("with your consent" ->
    "if you agree", "sous réserve de votre accord" -> "avec votre autorisation"); "without your consent" is the
    opposite of "with", so the two never stand for each other."""
    old = _sentence_about(c.old, c.deleted, term)
    new = _best_match(old, _sentences(c.new))
    kept = c.family("condition").search(new) if new else None
    return kept is not None and bool(_WITHOUT.search(term)) == bool(_WITHOUT.search(kept.group()))


_NECESSARY = re.compile(
    r"(?<!non[- ])(?<!non )\b(?:strictly necessary|essential|necessary|required|strictement n[ée]cessaires?"
    r"|n[ée]cessaires?|essentiel(?:le)?s?|indispensables?)\b",
    re.I,
)


def _cannot_refuse(c: Change) -> str:
    """A new sentence saying users cannot refuse or switch off something that is not strictly necessary, or "".
    That essential cookies cannot be switched off is how they are defined; of the cookies named last before the
    words ("for analytics cookies, which cannot be switched off") it says their consent is gone."""
    pattern = c.family("no_refusal")
    for sentence in c.inserted_sentences:
        for m in pattern.finditer(sentence):
            named = [n.start() for n in c.family("cookie").finditer(sentence, 0, m.start())]
            start = max(named[-1] - 20, 0) if named else 0
            if not _NECESSARY.search(sentence[start : m.start()]) and not c.mentions("no_refusal", c.old):
                return sentence
    return ""


def _switched_on(c: Change) -> tuple[str, str] | None:
    """A setting that was off now on ("off until you turn it on" -> "on until you turn it off", "n'est pas
    cochée" -> "est cochée"): the old and new sentences, or None. The first state a sentence gives is the one
    users are in; a negation in front of it inverts it."""
    state = c.family("setting_state")
    for new in _changed_sentences(c)[1]:
        old = _best_match(new, _sentences(c.old))
        if old and _first_state(state, old, c) == "off" and _first_state(state, new, c) == "on":
            return old, new
    return None


_OFF = re.compile(r"\b(?:off|un\w+|d[ée]s\w+|dis\w+|d[ée]co\w+|deactiv\w+|inact\w+|opt(?:ed)?[- ]in)\b", re.I)


def _first_state(state: re.Pattern[str], sentence: str, c: Change) -> str:
    m = state.search(sentence)
    if m is None:
        return ""
    off = bool(_OFF.search(m.group()))
    negated = c.mentions("negation", sentence[max(0, m.start() - 12) : m.start()])
    return "off" if off != negated else "on"


def detect_recipients(c: Change) -> list[Finding]:
    """R5 (and R3 for controllers): new recipients, sharing, vendors or companies named.

    A company named as a way to reach us (a representative, a DPO with an address) is a contact point (R14); one
    named as who a disclosed recipient is, "as it has been since we opened", clarifies (R9).
    """
    if c.old and c.mentions("clarifying", c.inserted) and not c.new_terms("recipient"):
        return []
    findings: list[Finding] = []
    organisations = [
        o
        for o in _organisations(c.inserted)
        if o.lower() not in c.old.lower() and not _contact_point(c, _sentence_with(c.inserted, o))
    ]
    renamed = _renamed(c, organisations) or bool(_RENAMING.search(c.inserted) and c.mentions("same_controller"))
    if renamed:
        organisations = []
    if organisations and c.mentions("controller", c.new):
        return [Finding(MAJOR, c.reason("R3", new=c.quote_inserted(organisations[0])))]
    if not renamed and (controllers := _new_controllers(c)):
        return [Finding(MAJOR, c.reason("R3", new=c.quote_inserted(controllers[0])))]
    terms = c.new_terms("recipient")
    if c.mentions("recipient", c.old) and all(c.family("sharing_verb").fullmatch(t) for t in terms):
        terms = []  # "disclose" -> "transmit" where the paragraph already spoke of sharing: a rewording
    if c.new.rstrip().endswith(":") and c.mentions("recipient", c.section_title):
        terms = []  # "Nous utilisons :" -> "Nous faisons appel aux prestataires suivants :" under "Prestataires"
    named = [] if renamed else organisations or _names_added_to_a_list(c) or _providers_by_link(c) or _new_receivers(c)
    if _new_item_of_a_list(c, "recipient") or _new_receiver_under_recipients(c):
        return [Finding(MAJOR, c.reason("R5", new=c.new))]
    if named and not c.cookie_context:
        findings.append(Finding(MAJOR, c.reason("R5", new=c.quote_inserted(named[0]))))
    elif terms and _substantive(c.inserted) >= 4:
        findings.append(Finding(MAJOR, c.reason("R5", new=c.quote_inserted(terms[0]))))
    elif not c.cookie_context and (receiving := _now_receives_data(c)):
        findings.append(Finding(MAJOR, c.reason("R5", new=receiving)))
    return findings


# What names a person: not sensitive, but data all the same when someone new receives it.
_IDENTIFYING = {
    "en": re.compile(
        r"\b(?:names?|e-?mail(?: address(?:es)?)?|postal address\w*|phone numbers?|contact details)\b", re.I
    ),
    "fr": re.compile(
        r"\b(?:noms?|pr[ée]noms?|adresses? (?:e-?mail|postale|[ée]lectronique)|t[ée]l[ée]phone|coordonn[ée]es)\b", re.I
    ),
}


def _now_receives_data(c: Change) -> str:
    """A new sentence saying someone other than us receives data about the reader ("celle-ci reçoit vos nom,
    prénom, adresse e-mail ..."), which no old sentence said: one more recipient, even one the text named before
    for something else (R5); or ""."""
    receiving = c.family("receiving")
    for sentence in _changed_sentences(c)[1]:
        verb = receiving.search(sentence)
        if verb is None or _WE[c.lang].search(sentence[: verb.start()]) or _PROMISES[c.lang].search(sentence):
            continue
        if _readers_own(sentence, verb):
            continue  # "you receive a confirmation with your name": the reader receives it
        after = sentence[verb.end() :]
        if not (_IDENTIFYING[c.lang].search(after) or c.family("data").search(after)):
            continue
        if _best_score(sentence, [s for s in c.facts.old_sentences if receiving.search(s)]) < _SAME_SENTENCE:
            return sentence
    return ""


_RENAMING = re.compile(
    r"\b(?:formerly|previously (?:called|named|known as)|now (?:called|named|known as)|renamed|anciennement"
    r"|pr[ée]c[ée]demment (?:appel|d[ée]nomm|connu)\w*|renomm\w*|nouveau nom)\b",
    re.I,
)


def _renamed(c: Change, organisations: list[str]) -> bool:
    """Companies the text says are old ones renamed ("Meta Platforms Ireland Ltd (formerly Facebook Ireland Ltd)"):
    the same recipients under new names (R9).

    Without such words a new legal name is a new entity, however alike the names ("Infinite Styles Ecommerce Co,
    Ltd" -> "Infinite Styles Services Co., Limited" is another company): R3 or R5.
    """
    return bool(organisations) and (bool(_RENAMING.search(c.inserted)) or c.mentions("same_controller", c.inserted))


def _new_controllers(c: Change) -> list[str]:
    """Names the old version never gave, in a sentence about who controls the data ("... and Leaf Publishing are
    joint controllers"): a new controller, with or without a legal form (R3)."""
    if not c.mentions("controller", c.inserted + " " + c.new) or c.mentions("same_controller", c.inserted):
        return []  # "X, formerly Y, remains the controller": a new name, the same controller
    if _RENAMING.search(c.inserted):
        return []  # "Mutuelle Horizon (formerly Mutuelle des Tisserands)": the same controller, its old name given
    names = _NAME.findall(c.inserted) + [run for run in _NAME_RUN.findall(c.new) if _touched_by(run, c.inserted)]
    holding = _sentences_holding(c.new)
    return [
        n
        for n in dict.fromkeys(names)
        if not c.facts.named_before(n)
        and c.mentions("controller", sentence := holding(n))
        and not _contact_point(c, sentence)
        and not _in_address(sentence, n)
    ]


_UK_POSTCODE_AREA = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\b")


def _in_address(sentence: str, name: str) -> bool:
    """The name is a street or a town of a postal address ("14 boulevard de la Prairie, 44200 Nantes", "4 Kings
    Road"): the controller moved, it did not change (R14)."""
    if _STREET.search(name) or _UK_POSTCODE_AREA.search(name):
        return True  # "Second Floor", "Temple Way", "Bristol BS2": parts of an address themselves
    named = re.escape(name)
    return bool(
        re.search(rf"(?:{_STREET.pattern})(?:\s+[\w'-]+){{0,3}}?\s+{named}\b", sentence, re.IGNORECASE)
        or re.search(rf"\b{named}\s+(?:{_STREET.pattern})|\b\d{{4,5}}\s+{named}\b", sentence, re.IGNORECASE)
    )


# A company's whole name, capitals and legal form included ("PMI Global Services Colombia S.A.S."), or one word in
# capitals ("ACIAM"): one word of it may be new while every other word was named before.
_NAME_RUN = re.compile(
    r"\b[A-Z][\w&'.-]*(?:[ \t]+(?:[A-Z][\w&'.-]*|&|of|de|du|des))*[ \t]+[A-Z][\w&'.-]*|\b[A-Z][A-Z0-9&-]{2,}\b"
)


def _touched_by(run: str, inserted: str) -> bool:
    """Some word of the name is one the edit inserted."""
    return bool(set(_words(run)) & set(_words(inserted)))


def _new_item_of_a_list(c: Change, family: str) -> bool:
    """A new item in a list the lead-in says is of recipients ("We may share your data with:" + "our auditors"),
    of data collected or of uses, or a new row of a table whose first column says so ("Recipient | Purpose"): one
    more of them, whatever words it uses (R5, R7, R2). An item giving a way to reach us is a contact point (R14).
    """
    item = _added_item(c)
    lead = c.lead_in or c.table_header.split(" | ")[0]  # a table's first column names what its rows are
    if not lead and not c.old and _fragment(item):
        lead = c.section_title  # a bullet under "Information we collect", with no lead-in of its own
    if not item or not lead or c.cookie_context or _substantive(item) == 0 or _choice_first(c, item):
        return False  # "You can unsubscribe from our newsletters" after a list of recipients offers a choice
    if c.facts.said_before(item):
        return False  # an item moved up the list
    return c.mentions(family, lead) and not c.mentions("contact", item) and not _channels(item)


def _new_receiver_under_recipients(c: Change) -> bool:
    """A block added under a heading about recipients that says someone receives the data ("The council that funds
    your alarm, which receives a monthly report of your calls"): one more recipient, however long the block."""
    return (
        not c.old
        and (c.mentions("recipient", c.section_title) or c.mentions("receiving", c.section_title))
        and c.mentions("receiving", c.new)
        and not _PROMISES[c.lang].search(c.new)
        and not _choice_first(c, c.new)
        and not _channels(c.new)
    )


def _fragment(text: str) -> bool:
    """A short block that is no sentence ("the text of your chats with hotels"): an item of a list."""
    return 0 < len(text.split()) <= _ITEM_WORDS and not re.search(r"[.!?:]\s*$", text) and " | " not in text


def _added_item(c: Change) -> str:
    """The text of an item added to a list: the whole paragraph, or what follows an item the diff joined it to
    ("our payment provider." -> "our payment provider; Booklytics, which studies reading trends")."""
    if not c.old:
        return c.new
    kept = c.old.rstrip(" .;,")
    tail = c.new[len(kept) :] if kept and c.new.startswith(kept) else ""
    return tail.strip(" .;,") if tail[:3].strip().startswith((";", ",")) else ""


def _sentence_with(text: str, term: str) -> str:
    return next((s for s in _sentences(text) if term in s), text)


def _sentences_holding(text: str) -> Callable[[str], str]:
    """`_sentence_with` for many terms of one text: the text split once, each term looked up once (a hostile text
    naming thousands of names would otherwise be split once a name)."""
    sentences = _sentences(text)

    @cache
    def holding(term: str) -> str:
        return next((s for s in sentences if term in s), text)

    return holding


def _contact_point(c: Change, sentence: str) -> bool:
    """A way to reach us: a mailbox, a number or a street address, said to be a contact or a representative."""
    return bool(_channels(sentence) or _postal_address(sentence)) and c.mentions("contact", sentence)


_NAME = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][\w&'-]*[a-z][\w&'-]*\b")
# A path through the app's menus ("Settings > Privacy > Diagnostics", "Compte › Confidentialité"): its steps
# are the names of screens, not of companies.
_MENU_PATH = re.compile(r"\b[A-ZÀ-Ý][\w'-]*(?: [\w'-]+){0,2}(?:\s*(?:>|&gt;|›|→)\s*[A-ZÀ-Ý][\w'-]*(?: [\w'-]+){0,2})+")


def _names(text: str) -> list[str]:
    """The capitalised names in the text, outside menu paths."""
    return _NAME.findall(_MENU_PATH.sub(" ", text))


_LIST_SEPARATOR = re.compile(r",|\b(?:and|or|et|ou)\b")


def _names_added_to_a_list(c: Change) -> list[str]:
    """One more name in an enumeration of names ("Facebook, Instagram and LinkedIn" + "TikTok"): a recipient.

    Names swapped one for one (Facebook -> Meta) are renames, not new recipients.
    """
    if not c.old or not _LIST_SEPARATOR.search(c.inserted):
        return []
    added = [n for n in _names(c.inserted) if not c.facts.named_before(n)]
    removed = [n for n in _names(c.deleted) if not c.kept_in_new_document(n)]
    if not added or len(added) <= len(removed):
        return []
    sentence = _sentence_with(c.new, added[0])
    listed = len(_NAME.findall(sentence)) >= 3 and len(_LIST_SEPARATOR.findall(sentence)) >= 2
    return added if listed and not _contact_point(c, sentence) and not _postal_address(sentence) else []


def _new_receivers(c: Change) -> list[str]:
    """A name the old version never gave, said to receive data ("the chain Leafy Pages now receives your
    address"): a new recipient by its name alone, with no legal form and no list around it (R5).

    A name given to a recipient the sentence already described ("Our carrier, La Poste, receives ...") names a
    disclosed recipient (R9), it adds none.
    """
    receiving = c.family("receiving")
    holding = _sentences_holding(c.new)
    old_receiving = [s for s in _sentences(c.old) if receiving.search(s)]

    @cache
    def receives(sentence: str) -> re.Match[str] | None:
        """The receiving verb of a sentence no old one said, that gives no contact point; judged once a sentence."""
        verb = receiving.search(sentence)
        if verb is None or _best_score(sentence, old_receiving) >= _SAME_SENTENCE:
            return None
        return None if _contact_point(c, sentence) or _postal_address(sentence) else verb

    found = []
    for name in dict.fromkeys(_names(c.inserted)):
        sentence = holding(name)
        verb = receives(sentence)
        if verb is not None and not c.facts.named_before(name) and sentence.find(name) <= verb.start():
            found.append(name)
    return found


_SAME_SENTENCE = 0.5


def _providers_by_link(c: Change) -> list[str]:
    """A new outside site named where the paragraph speaks of providers or recipients: a vendor by its link."""
    # "Our newsletter is sent through https://mailrelay.example": a site doing something with data for us
    linked_practice = any(URL.search(s) and _states_practice(c, URL.sub(" ", s)) for s in _sentences(c.inserted))
    if not c.mentions("recipient", c.new) and not c.mentions("receiving", c.new) and not linked_practice:
        return []
    if _domains(c.deleted):
        return []  # a link replaced by another (a redirect, a new address of the same page)
    own = set(c.old_document_domains)
    return [d for d in _domains(c.inserted) if d not in own and d.split(".")[0] not in c.old_document_lower]


def _organisations(text: str) -> list[str]:
    return _unique(m.group().strip() for m in ORGANISATION.finditer(text))


def _substantive(text: str) -> int:
    return len([w for w in _words(text) if len(w) > 2 and not w.isdigit()])


def detect_transfers(c: Change) -> list[Finding]:
    """R6: a new country outside the EU, or a changed safeguard in a paragraph about transfers."""
    countries = [t for t in c.new_terms("country") if not _country_of_an_address(c, t)]
    if countries:
        return [Finding(MAJOR, c.reason("R6", new=c.quote_inserted(countries[0])))]
    if c.old and c.new:
        old_only, new_only = _changed_sentences(c, without_links=True)
        transfer = c.family("transfer")
        # words of a link state nothing; "no transfer is made" said again in other words states no transfer
        stated = [s for s in old_only + new_only if transfer.search(URL.sub(" ", s)) and not _no_transfer(c, s)]
        if stated:
            return [Finding(MAJOR, c.reason("R6"))]
    return []


def _no_transfer(c: Change, sentence: str) -> bool:
    """The sentence says no data leave ("Aucun transfert ... n'est réalisé", "are not transferred outside the
    EU"), with no exception."""
    return bool(_NOT[c.lang].search(sentence)) and not c.mentions("promise_exception", sentence)


# A plain negation: "only with SCCs" or "sans" restricts a transfer, it does not deny one.
_NOT = {
    "en": re.compile(r"\b(?:no|not|never|none)\b|n't\b", re.I),
    "fr": re.compile(r"\b(?:ne\b|n'|aucun\w*|jamais\b)", re.I),
}


_LAW_NAME = r"(?:GDPR|RGPD|Data Protection|Privacy Act|Consumer Privacy|law\b|laws\b|Act\b|regulations?\b)"


def _country_of_an_address(c: Change, country: str) -> bool:
    """The country ends a postal address, names the users it is about ("residents of Canada"), is part of a
    company's or a law's name ("Acme Canada Inc.", "UK GDPR"), or is where a new contact point is: no data goes
    there (R6)."""
    sentence = _sentence_with(c.inserted, country)
    name = re.escape(country)
    law = re.search(rf"\b{name}\s+{_LAW_NAME}|{_LAW_NAME}\s+(?:of the|of|du|de la|des)\s+{name}", sentence)
    in_a_name = bool(law) or any(country in organisation for organisation in _organisations(sentence))
    return (
        _only_in_postal_addresses(c.new, country)  # the country alone may be all the edit inserted (", USA")
        or c.mentions("residents", sentence)
        or in_a_name
        or _contact_point(c, sentence)
        or _points_elsewhere(c)
    )


_POINTER_WORDS = 20


def _points_elsewhere(c: Change) -> bool:
    """The insertion only sends readers of a country to another page ("Are you in Canada? Please also read our
    addendum" + link): the country is the audience of that page, not where data goes (R9)."""
    words = _substantive(URL.sub(" ", c.inserted))
    if URL.search(c.inserted) and c.mentions("same_practices", c.inserted) and words <= _POINTER_WORDS:
        return True  # "our Swiss page (link) states the same practices"
    if not URL.search(c.inserted) or not c.mentions("pointer", c.inserted) or words > _POINTER_WORDS:
        return False
    return not any(c.mentions(family, c.inserted) for family in ("data_place", "recipient", "receiving"))


def _changed_sentences(c: Change, without_links: bool = False) -> tuple[list[str], list[str]]:
    """Sentences of the old paragraph gone from the new one, and sentences new in it (links aside if asked)."""
    old, new = _sentences(c.old), _sentences(c.new)

    def key(sentence: str) -> str:
        return " ".join(_words(URL.sub(" ", sentence) if without_links else sentence))

    old_keys, new_keys = {key(s) for s in old}, {key(s) for s in new}
    return [s for s in old if key(s) not in new_keys], [s for s in new if key(s) not in old_keys]


def _only_in_postal_addresses(text: str, country: str) -> bool:
    """Every sentence naming the country is a postal address it ends ("1 Ashley Road, Altrincham WA14 2DT, United
    Kingdom"); one that sends data there is not."""
    naming = [s for s in _sentences(text) if country in s]
    return bool(naming) and all(_postal_address(s) for s in naming)


def _postal_address(sentence: str) -> bool:
    return bool(_STREET.search(sentence) and re.search(r"\d", sentence))


def detect_data(c: Change) -> list[Finding]:
    """R7: new categories of personal data or a new source."""
    for family in ("data", "source"):
        terms = c.new_terms(family)
        if terms and _substantive(c.inserted) >= 2:
            return [Finding(MAJOR, c.reason("R7", new=c.quote_inserted(terms[0])))]
    if _new_item_of_a_list(c, "collection") or _new_row_of_a_data_table(c):
        return [Finding(MAJOR, c.reason("R7", new=c.new))]
    return []


def _new_row_of_a_data_table(c: Change) -> bool:
    """A row added to a table whose first column lists personal data ("Category | Examples" + "Wellbeing | mood
    you report in the app"): one more category of data, whatever it is called (R7)."""
    first_column = c.table_header.split(" | ")[0]
    return bool(first_column) and not c.old and not c.cookie_context and c.mentions("data_heading", first_column)


def detect_purposes(c: Change) -> list[Finding]:
    """R2 new purposes, R11 automated decisions, R10 new legal bases."""
    findings: list[Finding] = []
    if (terms := c.new_terms("automated")) and _substantive(c.inserted) >= 2:
        findings.append(Finding(MAJOR, c.reason("R11", new=c.quote_inserted(terms[0]))))
    elif decision := _machine_decision(c):
        findings.append(Finding(MAJOR, c.reason("R11", new=decision)))
    terms = [t for t in c.new_terms("purpose") if not _securing_essential_cookies(c, t)]
    if terms and _substantive(c.inserted) >= 2:
        findings.append(Finding(MAJOR, c.reason("R2", new=c.quote_inserted(terms[0])), reconsent=c.cookie_context))
    elif _new_item_of_a_list(c, "purpose_lead"):
        findings.append(Finding(MAJOR, c.reason("R2", new=c.new)))
    if (terms := c.new_terms("basis")) and c.old and _substantive(c.inserted) >= 2:
        findings.append(Finding(MAJOR, c.reason("R10", new=c.quote_inserted(terms[0]))))
    return findings


def _machine_decision(c: Change) -> str:
    """A new sentence saying a decision about the user ("suspended", "refused") is taken by a machine or by no
    person ("automatically", "by our system", "without human review"), which no old sentence said, or ""."""
    old = [s for s in _sentences(c.old) if _states_machine_decision(c, s)]
    for sentence in _changed_sentences(c)[1]:
        if _states_machine_decision(c, sentence) and not _best_match(sentence, old):
            return sentence
    return ""


_NEGATION_REACH = 40  # "never lead to an automatic refusal": the negation may stand a few words before
_USERS_OWN = re.compile(r"\b(?:you|vous)\s+(?:\w+\s+)?$", re.I)


def _readers_own(sentence: str, verb: re.Match[str]) -> bool:
    """The reader does it ("if you refuse", "you receive"): the verb's subject is "you" or "vous"."""
    return bool(_USERS_OWN.search(sentence[max(0, verb.start() - 20) : verb.start()]))


def _states_machine_decision(c: Change, sentence: str) -> bool:
    """A decision taken by a machine; "we never take decisions automatically" is a promise (a negation just
    before the decision word), and "if you refuse statistics cookies, you can still use the quotation tool" is the
    user's own decision."""
    decision = next(
        (m for m in c.family("decision_effect").finditer(sentence) if not _readers_own(sentence, m)),
        None,
    )
    if decision is None or not c.mentions("machine_made", sentence) or c.mentions("human_review_right", sentence):
        return False  # "you may obtain human intervention in an automated decision" grants a right
    if durations(sentence) or c.mentions("choice_offered", sentence):
        return False  # "closed automatically after two years without use" is retention; "you can cancel" a choice
    return not _decision_negated(c, sentence, decision)


def _securing_essential_cookies(c: Change, text: str) -> bool:
    """What an essential cookie does to keep the service secure ("protects your account against fraud"): a
    purpose exempt from consent (R15), not a new one. Elsewhere fraud analysis is a new use of data (R2)."""
    essential_context = c.mentions("essential", f"{c.section_title} {c.old}")  # essential before the edit
    return c.cookie_context and essential_context and c.mentions("security_purpose", text)


def detect_trackers(c: Change) -> list[Finding]:
    """R15: a new third-party vendor or a new tracker purpose needing consent (major + reconsent); R17 removed."""
    if not c.cookie_context:
        return []
    domains = [d for d in _domains(c.inserted) if d not in c.old_document_domains]
    organisations = [o for o in _organisations(c.inserted) if o.lower() not in c.old_document_lower]
    # "Google, Meta" + "Criteo": a vendor named by its brand alone; "block cookies in Chrome" + "Edge": a browser.
    organisations += [n for n in _names_added_to_a_list(c) if not c.mentions("browser", _sentence_with(c.new, n))]
    organisations += _vendors_introduced(c)
    consent = c.new_terms("consent_purpose")
    essential = c.mentions("essential", c.new) and not consent
    if domains and not organisations and _domains(c.old) and not c.mentions("consent_purpose"):
        domains = []  # a site added to an existing list of sites, with no tracking purpose in sight: scope (R9)
    if (domains or organisations) and not essential:
        who = (domains or organisations)[0]
        return [Finding(MAJOR, c.reason("R15", new=c.quote_inserted(who)), reconsent=True)]
    if consent and _substantive(c.inserted) >= 3 and not c.old:
        return [Finding(MAJOR, c.reason("R15", new=c.quote_inserted(consent[0])), reconsent=True)]
    if essential and not c.old and not (domains or organisations):
        return [Finding(MINOR, c.reason("R9"))]  # a strictly necessary cookie of ours disclosed: no consent needed
    technologies = [t for t in c.new_terms("tracker_technology") if not c.facts.named_before(t.rstrip("s"))]
    technologies += _new_tracked_media(c)
    if technologies:
        return [Finding(MAJOR, c.reason("R15", new=c.quote_inserted(technologies[0])), reconsent=True)]
    return []


def _new_tracked_media(c: Change) -> list[str]:
    """Trackers said to reach users somewhere new ("and invisible images in our newsletters"): tracking extended
    to emails or text messages is a new tracker, whatever the technique is called (R15). A way to reach us or to
    choose by email is no tracker."""
    return [
        t
        for t in c.new_terms("tracked_medium")
        if any(c.mentions(f, sentence := _sentence_with(c.new, t)) for f in _TRACKING_FAMILIES)
        and not c.mentions("choice", sentence)
        and not c.mentions("contact", sentence)
    ]


_TRACKING_FAMILIES = ("cookie", "tracker_technology", "consent_purpose", "reading_measure")


_INTRODUCED = re.compile(
    r"\b([A-Z][\w&'-]*[a-z][\w&'-]*(?: [A-Z][\w&'-]*)?) (?:(?:also|aussi|then) )?"
    r"(?:nous permet|vous permet|permet|nous aide|allows us|allows you|lets us|enables us|helps us"
    r"|sets|places|drops|d[ée]pose|installe)\b"
)


def _vendors_introduced(c: Change) -> list[str]:
    """A name the old version never gave, introduced by what it does ("Veasybl allows us to recommend ..."): in a
    list of cookie partners, a new vendor named by its brand alone. A pronoun opening a sentence ("This", "Cela")
    is no name."""
    return _unique(
        m[1]
        for m in _INTRODUCED.finditer(c.inserted)
        if m[1].lower() not in _PRONOUNS and not c.facts.named_before(m[1])
    )


_PRONOUNS = {
    *("this", "that", "it", "these", "those", "they", "which", "who", "such", "each", "our", "your", "their"),
    *("cela", "ceci", "ce", "cet", "cette", "ces", "il", "elle", "ils", "elles", "qui", "chacun", "chaque", "on"),
    *("notre", "votre", "leur"),
}


def _domains(text: str) -> list[str]:
    text = EMAIL.sub(" ", text)
    return _unique(_registrable(m.group().lower()) for m in DOMAIN.finditer(text))


def _registrable(host: str) -> str:
    parts = host.strip(".").split(".")
    if len(parts) >= 3 and parts[-2] in ("co", "com", "org", "gouv"):
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def detect_age(c: Change) -> list[Finding]:
    """R7: the age from which the service takes people's data is lowered (younger children); raised is R9."""
    old, new = _ages(c.old, c.lang), _ages(c.new, c.lang)
    if not old or not new or old == new:
        return []
    if min(new) < min(old):
        return [Finding(MAJOR, c.reason("R7"))]
    return [Finding(MINOR, c.reason("R9"))]


def _ages(text: str, lang: str) -> list[int]:
    """The ages the text names, in digits or in words ("sixteen", "quinze ans"); "adults only", "personnes
    majeures" name the age of majority."""
    found = (m["age"] or m["age2"] or m["age3"] or m["age4"] for m in _FAMILIES["age"][lang].finditer(text))
    adults = [_MAJORITY_AGE for _ in _ADULTS[lang].finditer(text)]
    return [int(a) if a.isdigit() else int(number_value(a)) for a in found] + adults


_MAJORITY_AGE = 18
_ADULTS = {
    "en": re.compile(r"\b(?:adults? only|only (?:to |for )?adults|over-18s)\b", re.I),
    "fr": re.compile(
        r"\b(?:personnes?|client(?:e|s|es)?|utilisat(?:eur|rice)s?|membres?|adh[ée]rent(?:e|s|es)?|participant(?:e|s|es)?"
        r"|joueu(?:r|se)s?|patient(?:e|s|es)?) majeur(?:e|s|es)?\b|\b(?:aux|des|les) majeur(?:e)?s\b",
        re.I,
    ),
}


def detect_request_burden(c: Change) -> list[Finding]:
    """R4: a fee or a proof of identity now required to exercise a right: harder or costlier, rights-reducing."""
    for family in ("fee", "identity_proof"):
        for term in c.new_terms(family):
            sentence = _sentence_with(c.inserted, term)
            if not c.mentions("request", sentence) and not c.mentions("right", sentence):
                sentence = _sentence_with(c.new, term)  # "are free" -> "are paying": the request is the subject
            about_requests = c.mentions("request", sentence) or c.mentions("right", sentence)
            # a fee for "copies beyond the first": what an access request asks for (a copy of an ID is no request)
            copies = c.mentions("copy", sentence) and not c.mentions("identity_proof", sentence)
            about_requests = about_requests or (family == "fee" and copies)
            clause = _clause_with(sentence, term)  # "the first copy is free; further copies cost £10"
            if about_requests and not _free(c, clause) and not c.mentions("not_required", clause):
                return [Finding(RR, c.reason("R4", new=c.quote_inserted(term)))]
    if free_lost := _free_requests_withdrawn(c):
        return [Finding(RR, c.reason("R4", old=free_lost, new=_best_match(free_lost, _sentences(c.new))))]
    return []


def _clause_with(sentence: str, term: str) -> str:
    """The part of the sentence, between semicolons or a "but", that holds the term."""
    return next((part for part in PROMISE_CLAUSE_BREAK.split(sentence) if term.lower() in part.lower()), sentence)


def _free_requests_withdrawn(c: Change) -> str:
    """The old sentence saying requests are free, whose "free" the edit removed and the new version says nowhere
    (a fee may be asked now), or ""."""
    if not c.lost_terms("free"):
        return ""
    for sentence in _sentences(c.old):
        about_requests = c.mentions("request", sentence) or c.mentions("right", sentence)
        if about_requests and _free(c, sentence) and not any(_free(c, s) for s in c.facts.new_sentences):
            return sentence
    return ""


def detect_deemed_acceptance(c: Change) -> list[Finding]:
    """R12: "continued use means acceptance" where users were told of changes: the promise to tell them is lost.

    The promise to tell users of changes removed with nothing in its place ("We will tell you by email one month
    before ..." -> "We may change this notice at any time") is lost as well, unless the new version makes it
    elsewhere.
    """
    terms = c.new_terms("deemed_acceptance")
    notify = c.family("notify_promise")
    told = next((s for s in _sentences(c.old) if notify.search(s) and _touched(s, c.deleted)), "")
    promise_lost = bool(told) and not notify.search(c.new)
    if terms:
        return [Finding(RR if promise_lost else MAJOR, c.reason("R12", new=c.quote_inserted(terms[0])))]
    if promise_lost and not any(notify.search(s) for s in c.facts.new_sentences):
        return [Finding(RR, c.reason("R12", old=told, new=_best_match(told, _sentences(c.new)) or c.new))]
    return []


DETECTORS = (
    detect_age,
    detect_request_burden,
    detect_deemed_acceptance,
    detect_negation,
    detect_promise_excepted,
    detect_rights,
    detect_deadlines,
    detect_conditions,
    detect_retention,
    detect_transfers,
    detect_trackers,
    detect_recipients,
    detect_data,
    detect_purposes,
)


# --------------------------------------------------------------------------------------------------------
# Putting it together


def _section_name(pair: SectionPair) -> str:
    if pair.key == PREAMBLE_ID:
        return PREAMBLE_ID
    return pair.key


def classify(old: str, new: str, lang: str = "en", policy: str | None = None) -> Classification:
    """Classify the change from `old` to `new` (Markdown) under legal-rules.md, with reasons.

    `lang` selects the vocabulary (en, fr); `policy="cookies"` reads every change as a change to trackers (R15,
    R16, reconsent). An empty or unreadable new text is major with `review`.
    """
    if lang not in ("en", "fr"):
        raise ValueError(f"unsupported language {lang!r}: use en or fr")
    if not new.strip() and old.strip():
        return Classification(MAJOR, review=True, reasons=[Reason(REVIEW_RULE, "", "(whole text)", "(empty)")])
    if _same_words(old, new):
        return Classification(E)  # a re-rendering (R1): editorial changes carry no reasons
    # the vocabulary has plain spellings; an acronym spelled out in brackets says the same words
    pairs = align(_plain(old), _plain(new))
    findings: list[Finding] = []
    new_text = "\n".join(p.new or "" for s in pairs for p in s.paragraphs)
    old_text = "\n".join(p.old or "" for s in pairs for p in s.paragraphs)
    section_labels = [_labels(pair.paragraphs) for pair in pairs]
    facts = _DocumentFacts(
        old_text,
        new_text,
        lang,
        section_labels,
    )
    changed_words = total_words = 0
    for pair, pair_labels in zip(pairs, section_labels, strict=True):
        if pair.status in ("same", "moved"):
            total_words += sum(len((p.new or p.old or "").split()) for p in pair.paragraphs)
            continue  # nothing changed in this section (a moved block is not a change of content)
        title = pair.title
        labels = {id(p) for p in pair_labels}
        section_text = " ".join(p.old or p.new or "" for p in pair.paragraphs)
        section_rights = any(
            _FAMILIES[family][lang].search(title) for family in ("right", "request", "contact")
        ) or bool(_FAMILIES["contact"][lang].search(section_text))
        for paragraph in pair.paragraphs:
            total_words += len((paragraph.new or paragraph.old or "").split())
            if paragraph.status not in ("changed", "added", "removed"):
                continue
            if id(paragraph) in labels or _navigation_key(paragraph.new or paragraph.old or "") in facts.headings:
                continue  # headings and table-of-contents entries name sections; the sections' text decides
            found, changed = _paragraph_findings(pair, paragraph, facts, lang, policy, section_rights)
            findings.extend(found)
            changed_words += changed
    if total_words and changed_words / (2 * total_words) > 0.6:
        findings.append(Finding(MAJOR, Reason(REVIEW_RULE, "", "(most of the text)", "(rewritten)"), review=True))
    return _combine(_boilerplate_as_editorial(findings))


_PLAIN_WORD = re.compile(r"[^\W_]+")
# "PVID (prestataires de vérification d'identité à distance)", "ICO (Information Commissioner's Office)"
_ACRONYM_SPELLED_OUT = re.compile(r"\b(?P<acronym>[A-Z]{2,6})\s*\((?P<words>[^()\n]{3,120})\)")


def _plain(text: str) -> str:
    return _ACRONYM_SPELLED_OUT.sub(_acronym_alone, normalize_typography(text))


def _acronym_alone(m: re.Match[str]) -> str:
    """The acronym without the brackets that spell it out word by word; other brackets stay."""
    initials = "".join(_unaccented(w)[0] for w in _words(m["words"]) if len(w) > 2).upper()
    return m["acronym"] if initials == m["acronym"] else m.group()


def _same_words(old: str, new: str) -> bool:
    """Both versions say the same words in the same order once markup is set aside (heading marks and levels,
    bold labels made headings, list markers, escapes, entities, line breaks): a re-rendering (R1), wherever the
    section boundaries now fall. Link targets are words here, so a link sent elsewhere is not one."""

    def words(text: str) -> list[str]:
        return [w.lower() for w in _PLAIN_WORD.findall(normalize_typography(html.unescape(text)))]

    return words(old) == words(new)


def _paragraph_findings(
    pair: SectionPair, paragraph: ParagraphPair, facts: _DocumentFacts, lang: str, policy: str | None, rights: bool
) -> tuple[list[Finding], int]:
    """What one changed paragraph states that the old one did not, and how many words the edit changed."""
    section = _section_name(pair)
    if _translated(paragraph, lang):
        return [Finding(MINOR, Reason("R9", section, "(translated)", _snippet(paragraph.new or "")))], 0
    context = f"{paragraph.old or ''} {paragraph.new or ''}"
    if (
        paragraph.old
        and paragraph.new
        and (_same_sentences_reordered(paragraph.old, paragraph.new) or _links_labelled(paragraph.old, paragraph.new))
    ):
        return [], 0
    substantive = [(d, i) for d, i in _hunks(paragraph) if not _editorial(d, i, context, lang)]
    if not substantive:
        return [], 0
    if all(_translated_text(d, i, lang) for d, i in substantive):
        return [Finding(MINOR, Reason("R9", section, _snippet(substantive[0][0]), _snippet(substantive[0][1])))], 0
    if all(_is_placeholder_fill(d, i) for d, i in substantive):
        return [Finding(MINOR, Reason("R14", section, _snippet(substantive[0][0]), _snippet(substantive[0][1])))], 0
    change = Change(
        section,
        paragraph.old or "",
        paragraph.new or "",
        substantive,
        lang,
        facts,
        section_mentions_rights=rights,
        cookie_context=policy == "cookies" or bool(_FAMILIES["cookie"][lang].search(f"{pair.title} {context}")),
        lead_in=_lead_in(pair.paragraphs, paragraph),
        table_header=_table_header(pair.paragraphs, paragraph),
        section_title=pair.title,
    )
    if _opt_out_listed(change):
        return [Finding(MINOR, change.reason("R9"))], 0  # one more way to refuse, not one more vendor
    found = [f for detector in DETECTORS for f in detector(change)] or [_default(change)]
    return found, sum(len(d.split()) + len(i.split()) for d, i in substantive)


_OPT_OUT_ITEM_WORDS = 15


def _opt_out_listed(c: Change) -> bool:
    """A link added to a list of ways to refuse ("To opt out of interest-based ads, use these programmes:",
    "avec les options d'exclusion correspondantes :"): the programme it names is a way to opt out, not a vendor."""
    return (
        not c.old
        and bool(c.lead_in)
        and (c.mentions("choice_offered", c.lead_in) or c.mentions("choice_heading", c.lead_in))
        and bool(URL.search(c.new))
        and len(URL.sub(" ", c.new).split()) <= _OPT_OUT_ITEM_WORDS
    )


_ITEM_WORDS = 25


def _lead_in(paragraphs: list[ParagraphPair], paragraph: ParagraphPair) -> str:
    """The block introducing the list this paragraph is an item of ("We share your data with:"), or "" if the
    paragraph is no item of a list both versions have.

    An item is a short block; the short blocks before it, up to one ending with a colon, are the same list.
    """
    item = (paragraph.new or paragraph.old or "").rstrip()
    if len(item.split()) > _ITEM_WORDS or item.endswith(":"):
        return ""
    index = next(k for k, p in enumerate(paragraphs) if p is paragraph)
    for previous in reversed(paragraphs[:index]):
        text = (previous.new or previous.old or "").rstrip()
        if text.endswith(":"):
            return text if previous.old and previous.new else ""
        if previous.heading or len(text.split()) > _ITEM_WORDS:
            return ""
    return ""


def _table_header(paragraphs: list[ParagraphPair], paragraph: ParagraphPair) -> str:
    """The header row of the table this paragraph is a row of, if both versions have it, or "".

    A row states its facts through its columns: "| Server logs | 3 days |" is a retention period because the
    header says "Retention period".
    """
    if " | " not in (paragraph.new or paragraph.old or ""):
        return ""
    index = next(k for k, p in enumerate(paragraphs) if p is paragraph)
    header = None
    for previous in reversed(paragraphs[:index]):
        if " | " not in (previous.new or previous.old or ""):
            break
        header = previous
    return (header.new or "") if header is not None and header.old and header.new else ""


_BOILERPLATE_REPEATS = 3


def _boilerplate_as_editorial(findings: list[Finding]) -> list[Finding]:
    """The same unexplained words inserted in three places or more ("opens in a new tab" after every link) are
    the rendering of the page, not a statement of the policy (R1)."""
    inserted = Counter(_inserted_words(f.reason) for f in findings if f.review and f.reason.rule == REVIEW_RULE)
    return [
        Finding(E, Reason("R1", f.reason.section, f.reason.old, f.reason.new))
        if f.review and f.reason.rule == REVIEW_RULE and inserted[_inserted_words(f.reason)] >= _BOILERPLATE_REPEATS
        else f
        for f in findings
    ]


def _inserted_words(reason: Reason) -> str:
    old = set(_words(URL.sub(" ", reason.old)))
    return " ".join(w for w in _words(URL.sub(" ", reason.new)) if w not in old)


def _translated(paragraph: ParagraphPair, lang: str) -> bool:
    """The old paragraph was in the other language and the new one, of about its length, in this one."""
    if paragraph.status != "changed" or not paragraph.old or not paragraph.new:
        return False
    return _translated_text(paragraph.old, paragraph.new, lang)


def _translated_text(old: str, new: str, lang: str) -> bool:
    """The old text was in the other language and the new one, of about its length, in this one: a sentence of
    the page translated into the policy's language (R9)."""
    other = "fr" if lang == "en" else "en"
    old_words, new_words = _words(old), _words(new)
    if not old_words or not new_words:
        return False
    if not 0.6 <= len(new_words) / max(len(old_words), 1) <= 1.6:
        return False
    return _language(old_words) == other and _language(new_words) == lang


def _language(words: list[str]) -> str:
    counts = {lang: sum(w in FUNCTION_WORDS[lang] for w in words) for lang in FUNCTION_WORDS}
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] >= 2 * max(1, min(counts.values())) else ""


def _labels(paragraphs: list[ParagraphPair]) -> list[ParagraphPair]:
    """Headings, including headings that lost their markup: a short line without final punctuation over prose."""
    labels = []
    for k, paragraph in enumerate(paragraphs):
        text = paragraph.new or paragraph.old or ""
        following = paragraphs[k + 1].new or paragraphs[k + 1].old or "" if k + 1 < len(paragraphs) else ""
        label_like = len(text.split()) <= 12 and not re.search(r"[.;:!?,|]\s*$", text) and "|" not in text
        prose_follows = len(following.split()) >= 8 and bool(re.search(r"[.;:!?]\s*$", following))
        if (paragraph.heading and not _statement(text)) or (label_like and prose_follows):
            labels.append(paragraph)
    return labels


_STATEMENT_WORDS = 12


def _statement(text: str) -> bool:
    """A whole sentence marked up as a heading (a line put above a heading's underline) states something, as any
    paragraph does: "Some booking data is now hosted in the United States." is no title."""
    return len(text.split()) >= _STATEMENT_WORDS and bool(re.search(r"[.!?]\s*$", text))


def _navigation_key(text: str) -> str:
    """A heading or a table-of-contents entry reduced to its words: no numbering, links or arrows."""
    return " ".join(w for w in _words(URL.sub(" ", text.replace("javascript:;", " "))) if not w.isdigit())


def _is_placeholder_fill(deleted: str, inserted: str) -> bool:
    """A blank filled with a variable or a link (`{{ rights_contact }}`, "[insert link]"): contact details, R14."""
    rest = URL.sub(" ", EMAIL.sub(" ", PLACEHOLDER.sub(" ", deleted + " " + inserted)))
    return bool(PLACEHOLDER.search(deleted) or PLACEHOLDER.search(inserted)) and _substantive(rest) <= 3


def _default(c: Change) -> Finding:
    """A real change none of the detectors recognises.

    A removal, a label, a few words, a new contact point or choice, or a restatement of what the old version
    already said is a minor change (R9, R14, R17). Anything else states something new that no rule explains:
    the editor must decide on that sentence (major with review, quoted), never a silent minor.
    """
    if not c.inserted.strip():
        if given_up := _commitment_removed(c):
            # A right, a choice or a promise gone with nothing said in its place: the editor decides.
            return Finding(MAJOR, Reason(REVIEW_RULE, c.section, _snippet(given_up), ""), review=True)
        return Finding(MINOR, c.reason("R17" if c.cookie_context else "R9"))
    if _substantive(c.inserted) == 0 and _substantive(c.deleted) == 0:
        # Only figures changed: a stamp is caught earlier (R1); any other figure (an age, an amount) changes facts.
        changed_figures = bool(re.search(r"\d", c.deleted) and re.search(r"\d", c.inserted))
        return Finding(MINOR if changed_figures else E, c.reason("R9" if changed_figures else "R1"))
    harmless = _harmless_edit(c)
    if harmless:
        return Finding(MINOR, c.reason(harmless))
    old_sentence, new_sentence = _edited_sentences(c)
    reason = Reason(REVIEW_RULE, c.section, _snippet(old_sentence), _snippet(new_sentence))
    if (grown := _list_grown(c)) and grown != REVIEW_RULE:
        return Finding(MAJOR, Reason(grown, c.section, reason.old, reason.new))  # one more item of a known list
    for family, rule in (("use_statement", "R2"), ("collection", "R7")):
        if c.mentions(family, new_sentence) and not _PROMISES[c.lang].search(new_sentence):
            # "we also record ...", "we use it to ..., and to ...": what is new is data collected or a use,
            # whatever words name it.
            return Finding(MAJOR, Reason(rule, c.section, reason.old, reason.new))
    return Finding(MAJOR, reason, review=True)


_KEPT_SENTENCE = 0.5
# Something we say we do not do, whatever the verb ("we never read the messages you send to hotels").
_WE_DO_NOT = {
    "en": re.compile(r"\bwe\s+(?:\w+\s+)?(?:do not|does not|will not|never|don't|won't|shall not|cannot)\b", re.I),
    "fr": re.compile(r"\bnous\s+(?:ne|n')\s*(?:\S+\s+){0,3}?(?:pas|jamais|aucun\w*|rien)\b", re.I),
}


def _commitment_removed(c: Change) -> str:
    """A sentence the edit removed that gave users something (a right, a way to stop a practice, a promise not to
    do something) and that the new version does not say again in other words, or "".

    A vendor leaving with its opt-out is a removal (R17); the rights detectors have already judged rights they
    know by kind: this is for what no detector names.
    """
    if _removed_with_its_vendor(c):
        return ""
    promise = _PROMISES[c.lang]
    for sentence in _changed_sentences(c)[0] if c.new else _sentences(c.old):
        if not _touched(sentence, c.deleted) or _best_score(sentence, c.facts.new_sentences) >= _KEPT_SENTENCE:
            continue
        if (promise.search(sentence) and _our_promise(promise, sentence)) or _WE_DO_NOT[c.lang].search(sentence):
            if _gone_with_its_practice(c, sentence) or _vendor_gone(c, sentence):
                continue
            return sentence
        if c.mentions("pointer", sentence) or _ended_with_its_marketing(c, sentence):
            continue  # "Learn more about our ads and how to opt out": a link's words, the page is elsewhere
        if rights_granted(sentence, c.lang) or c.mentions("choice_offered", sentence):
            return sentence
    return ""


_SMALL_EDIT_WORDS = 5
_LINK_LABEL_WORDS = 10
_RESTATED_SHARE = 0.65


def _harmless_edit(c: Change) -> str:
    """The rule of a recognised harmless edit (R9 wording or new choice, R14 contact), or "" if none applies."""
    replaced = set(_words(URL.sub(" ", c.deleted)))
    inserted_words = [
        w for w in _words(URL.sub(" ", c.inserted)) if len(w) > 2 and not w.isdigit() and w not in replaced
    ]
    # One more item in what we collect, use it for or give it to, in words no detector knows, is neither a
    # rewording of a few words nor a restatement.
    if _right_widened(c):
        return "R9"  # "you may object to marketing, including by text message": the same right, reaching further
    if _deletion_explained(c):
        return "R9"  # "erased when the job is done: the code is wiped from our phones that day"
    if _right_added(c) or _choice_added(c):
        return "R9"  # a right the old version did not grant, or a new way to stop ("a link lets you stop receiving it")
    grown = _list_grown(c)
    if len(inserted_words) <= _SMALL_EDIT_WORDS and not grown:
        return "R9"  # a few new words: a rewording, a renamed entity, a link's target or label
    if _channels(c.inserted) - _channels(c.old) and (c.mentions("contact", c.inserted) or _contact_details_only(c)):
        return "R14"  # one more way to reach the company, the old ones kept
    if c.inserted_sentences and all(_marketing_stopped(s, c.lang) for s in c.inserted_sentences):
        return "R17"  # "the site no longer shows any adverts": less processing
    if _route_listed(c) or _route_added_beside(c):
        return "R14"  # "le formulaire en ligne ..." added to the ways to write to us: one more way in
    if c.inserted_sentences and all(_contact_point(c, s) for s in c.inserted_sentences):
        return "R14"  # "Our representative in the EU is Repco Ltd, 2 Main Street, Dublin": one more contact point
    if URL.search(c.deleted) and URL.search(c.inserted) and len(inserted_words) <= _LINK_LABEL_WORDS:
        return "R9"  # a link given a new target and label
    if URL.search(c.inserted) and c.mentions("pointer", c.inserted) and len(inserted_words) <= _LINK_LABEL_WORDS:
        return "R9"  # a pointer to another page (a supplemental or regional notice)
    if _points_elsewhere(c):
        return "R9"  # a page for some readers that states the same practices
    if _choice_explained(c):
        return "R9"  # what an existing choice does, explained after it
    if c.old and _examples_added(c):
        return "R9"  # "(in particular invoices)" after what the text already named, the period unchanged
    if c.old and c.mentions("clarifying", c.inserted):
        return "R9"  # "that is, the titles and the number of copies": what the text already said, explained
    if c.old and c.mentions("user_benefit", c.inserted):
        return "R9"  # what a practice already disclosed does for the user
    if c.mentions("same_controller", c.inserted) and (_RENAMING.search(c.inserted) or _organisations(c.inserted)):
        return "R9"  # the company renamed, the text saying it is the same controller
    if c.old and _promises_gained(c):
        return "R9"  # "we never record your calls": a promise not to do something, gained
    if c.old and c.mentions("limiting", c.inserted) and not c.mentions("taking_away", c.inserted):
        return "R9"  # a practice already disclosed, narrowed ("and nothing more", "only so that")
    if _securing_essential_cookies(c, c.inserted) and not c.new_terms("data"):
        return "R9"  # how essential cookies keep the service secure
    rights = {m.group().lower() for m in c.family("right").finditer(c.inserted)}
    choice = any(_offers_choice(c, s) for s in c.inserted_sentences)
    offered = choice or len(rights) >= 2 or (rights and c.mentions("request", c.inserted))
    if offered and not any(_practice_stated_first(c, s) for s in c.inserted_sentences):
        return "R9"  # a new choice, or a new way to exercise a right
    if not grown and _restated(c, replaced):
        return "R9"  # restates what an old sentence, here or elsewhere, already said
    return ""


def _route_listed(c: Change) -> bool:
    """A new item of a list of the ways to reach us or to exercise rights ("écrivez-nous à :") that names a form,
    a portal or an address: one more way in, the others kept (R14)."""
    return (
        not c.old
        and bool(c.lead_in)
        and (c.section_mentions_rights or c.mentions("contact", c.lead_in))
        and (c.mentions("route_form", c.new) or bool(_channels(c.new)))
    )


_OR_ELSE = re.compile(r"^\W*(?:or|ou)\b", re.I)


def _route_added_beside(c: Change) -> bool:
    """Every edit adds "or ..." a way in (a form, the app's settings, a phone line) to a sentence on rights or
    contact ("Écrivez-nous à ... ou utilisez le formulaire de l'application"): one more way, the old ones kept."""
    rights = c.section_mentions_rights or c.mentions("contact", c.old)
    return (
        bool(c.old)
        and rights
        and all(
            not _words(deleted) and _OR_ELSE.match(inserted) and _routes(c, inserted) for deleted, inserted in c.hunks
        )
    )


def _choice_explained(c: Change) -> bool:
    """Sentences added after a paragraph offering a choice, kept whole, that name no data, recipient, purpose or
    country it did not name and state no practice of ours: what the choice does, explained ("Opting out does not
    remove ads; they are simply less relevant")."""
    return (
        bool(c.old)
        and c.new.startswith(c.old.rstrip(" ."))
        and any(_offers_choice(c, s) for s in _sentences(c.old))
        and not any(c.new_terms(family) for family in _PRACTICE_FAMILIES)
        and not any(_practice_stated_first(c, s) for s in c.inserted_sentences)
    )


def _right_added(c: Change) -> bool:
    """The inserted words grant a kind of right the old paragraph did not, name no new data or recipient and state
    no practice of ours."""
    gained = set(rights_granted(c.new, c.lang)) - set(rights_granted(c.old, c.lang))
    return (
        any(_right_words(c, kind).search(c.inserted) for kind in gained)
        and not c.new_terms("recipient")
        and not c.new_terms("data")
        and not any(_practice_stated_first(c, s) for s in c.inserted_sentences)
    )


_ADDRESSED = re.compile(r"\byou\b|\bvous\b|\bpermet", re.I)


def _deletion_explained(c: Change) -> bool:
    """Words added that say how or when data are deleted, and neither keep, share nor use anything."""
    return (
        bool(c.old)
        and bool(_DELETING[c.lang].search(c.inserted))
        and not _SHARING[c.lang].search(c.inserted)
        and not c.new_terms("recipient")
        and not c.new_terms("purpose")
    )


def _choice_added(c: Change) -> bool:
    """The inserted words offer the reader a way to stop or refuse something ("a link lets you stop receiving it";
    "readers likely to stop buying" offers none) and state no practice of ours."""
    offers = (m.group() for m in c.family("choice_offered").finditer(c.inserted))
    return (
        any(_ADDRESSED.search(offer) for offer in offers)
        and not _practice_stated_first(c, c.inserted)
        and not any(c.new_terms(family) for family in _PRACTICE_FAMILIES)
    )


def _right_widened(c: Change) -> bool:
    """A sentence granting rights grants the same ones after a short insertion that limits none of them and names
    no new data or recipient: the right reaches further, or is said more clearly (R9)."""
    old_sentence, new_sentence = _edited_sentences(c)
    before, after = rights_granted(old_sentence, c.lang), rights_granted(new_sentence, c.lang)
    return (
        bool(before)
        and set(before) <= set(after)
        and _substantive(c.inserted) <= _ITEM_ADDED_WORDS
        and not any(_limited(c, kind, new_sentence) and not _limited(c, kind, old_sentence) for kind in before)
        and not c.new_terms("recipient")
        and not c.new_terms("data")
    )


def _restated(c: Change, replaced: set[str]) -> bool:
    """Each new sentence says again what the old version said: most of its words, in any inflection, are in the
    old paragraph or elsewhere in the old version; words that state nothing ("whose", "dont", "described in this
    notice") count as said. A sentence saying we collect, use or share something must find its very words in
    one old sentence: words scattered over a long policy are no restatement of a practice ("we also share your
    journeys with the insurers of our partners" uses words every policy has, and states a new practice)."""
    negation = c.family("negation")
    if negation.search(c.deleted) and not negation.search(c.inserted):
        return False  # "contain no tracking pixels" -> "contain pixels that tell us ...": the opposite, not again
    neutral = RESTATEMENT_NEUTRAL[c.lang]
    for sentence in c.inserted_sentences:
        sentence = _without_examples(c, sentence)
        words = [w for w in _words(sentence) if len(w) > 2 and not w.isdigit() and w not in replaced]
        if not words:
            continue
        if _states_practice(c, sentence) and not _title_like(sentence):
            said = set(_words(c.old + " " + _closest(sentence, c.facts.old_sentences)[0]))
            words = [w for w in words if w not in FUNCTION_WORDS[c.lang]]
            known = said | neutral | _said_otherwise(words, said, c.lang)
            known |= _inflections_of(words, known | replaced)
        else:
            known, words = c.facts.old_stems | neutral, [w if w in neutral else _stem(w) for w in words]
        if sum(w in known for w in words) < _RESTATED_SHARE * len(words):
            return False
    return True


_EXAMPLE_CLAUSE = {
    "en": re.compile(r",?\s*\b(?:for example|for instance|e\.g\.|such as)\b[^.;]*", re.I),
    "fr": re.compile(r",?\s*\b(?:par exemple|p\. ?ex\.|notamment)\b[^.;]*", re.I),
}


def _without_examples(c: Change, sentence: str) -> str:
    """The sentence without the examples it gives ("We check large orders, for example an order far above your
    usual amount"), unless they name data, recipients, countries or a practice: an example says again what the
    sentence says."""
    example = _EXAMPLE_CLAUSE[c.lang].search(sentence)
    if example is None:
        return sentence
    stated = any(c.mentions(family, example.group()) for family in ("data", "recipient", "country", "purpose"))
    return sentence if stated or _states_practice(c, example.group()) else sentence[: example.start()]


def _said_otherwise(words: list[str], said: set[str], lang: str) -> set[str]:
    """Words the old text (its words: `said`) said in another form: a figure spelled out ("six" for "6"), a verb
    of keeping for another."""
    keeps = any(_KEEPING[lang].fullmatch(w) for w in said)
    return {w for w in words if str(NUMBER_WORDS.get(w, "")) in said or (keeps and _KEEPING[lang].fullmatch(w))}


_INFLECTION_LETTERS = 3


def _inflections_of(words: list[str], known: set[str]) -> set[str]:
    """The words that are another form of a known one ("used" of "use", "planned" of "plan", "utilisées" of
    "utilisons"): the same stem, a few letters of ending apart."""
    stems = {w[:-2] if len(w) > 5 else w for w in known if len(w) >= 3}
    return {w for w in words if any(w.startswith(s) and len(w) - len(s) <= _INFLECTION_LETTERS for s in stems)}


def _title_like(text: str) -> bool:
    """A short line with no final punctuation: a heading or a label, which names what its section says."""
    return len(text.split()) < _STATEMENT_WORDS and not re.search(r"[.!?;:]\s*$", text)


_PRACTICE_VERBS = ("use_statement", "transfer")
# What we do with data, said of us: giving it to others ("provided that" and "communicate with you" are no
# sharing), keeping it, receiving it from others.
_SHARING = {
    "en": re.compile(
        r"\b(?:shar(?:e|es|ed|ing)|disclos\w*|sell\w*|sold|transfer\w*|pass\w* on|keep\w*|kept|stor(?:e|es|ed|ing)"
        r"|retain\w*|record\w*|receiv\w*|send\w* us|give\w* us|pass\w* (?:it |them )?(?:on )?to us)\b",
        re.I,
    ),
    "fr": re.compile(
        r"\b(?:partag\w*|divulg\w*|transm\w*|vend\w*|c[èée]d\w*|transf[èée]r\w*|gard\w*|conserv\w*|stock\w*"
        r"|enregistr\w*|re[çc]o\w*|recev\w*)",
        re.I,
    ),
}
# Data said to be kept, shared or sent, whoever does it ("copies are also kept by the airlines").
_PASSIVE_PRACTICE = {
    "en": re.compile(
        r"\b(?:is|are|will be|may be|can be|might be)\s+(?:also\s+|now\s+)?(?:kept|stored|shared|sent|disclosed"
        r"|transferred|passed|made available|hosted|processed|used|sold|combined|analy[sz]ed)\b",
        re.I,
    ),
    "fr": re.compile(
        r"\b(?:est|sont|sera|seront|peu(?:t|vent) [êe]tre)\s+(?:aussi\s+|[ée]galement\s+|d[ée]sormais\s+)?"
        r"(?:gard|conserv|stock|partag|transmis|envoy|communiqu|h[ée]berg|trait|utilis|vendu|c[ée]d|combin|analys)\w*",
        re.I,
    ),
}
# Others giving data to us ("hotels may send us", "les hôtels peuvent nous transmettre").
_GIVEN_TO_US = {
    "en": re.compile(r"\b(?:send|give|pass|share|transmit|provide)\w*\s+(?:\w+\s+)?(?:to\s+)?us\b", re.I),
    "fr": re.compile(r"\bnous\s+(?:\w+\s+)?(?:transm|envoi|envoy|communiqu|fourni|donn|partag)\w*", re.I),
}
# "we obtain your consent": asking for it is a safeguard, not a collection.
_CONSENT_ASKED = re.compile(r"^(?:\W+\w+){0,3}?\W+(?:consent|consentement|accord|permission|autorisation)", re.I)


_WE = {"en": re.compile(r"\b(?:we|us|our)\b", re.I), "fr": re.compile(r"\bnous\b|\bnotre\b|\bnos\b", re.I)}


def _states_practice(c: Change, sentence: str) -> bool:
    """The sentence says, in the affirmative, that we collect, use, share or transfer something; granting a right
    about it ("you may ask whether we process your data") states none."""
    if rights_granted(sentence, c.lang) or (c.mentions("right", sentence) and c.mentions("grant", sentence)):
        return False
    negative, we = NEGATIVE[c.lang], _WE[c.lang]
    verbs = [m for family in _PRACTICE_VERBS for m in c.family(family).finditer(sentence)]
    verbs += list(_SHARING[c.lang].finditer(sentence))
    collected = [
        m
        for m in c.family("collection").finditer(sentence)
        if not negative.search(m.group()) and not _CONSENT_ASKED.match(sentence[m.end() :])
    ]
    passive = [m for m in (_PASSIVE_PRACTICE[c.lang].search(sentence), _GIVEN_TO_US[c.lang].search(sentence)) if m]
    return (
        bool(collected)
        or any(not negative.search(sentence[max(0, m.start() - 25) : m.start()]) for m in passive)
        or any(
            not negative.search(sentence[max(0, m.start() - 40) : m.start()])
            and bool(we.search(sentence[: m.end()]))  # "Our customer service notes ... and keeps it": we, far off
            for m in verbs
        )
    )


_ITEM_ADDED_WORDS = 8
# What a list is of, by the words around it, and the rule one more item of it falls under.
_LIST_FAMILIES = (
    ("recipient", "R5"),
    ("purpose", "R2"),
    ("purpose_lead", "R2"),
    ("collection", "R7"),
    ("data_heading", "R7"),
    ("data", "R7"),
)
# What opens a clause rather than an item of a list: a subject, a relative, a conjunction of time or purpose.
_CLAUSE = {
    "en": re.compile(r"\b(?:we|you|it|they|which|who|that|once|then|so|because|when|while)\b", re.I),
    "fr": re.compile(r"\b(?:nous|vous|il|elle|ils|elles|on|qui|que|puis|afin|lorsque|quand|car)\b", re.I),
}
_JOINED = re.compile(r"^\W*(?:,|;|and\b|or\b|as well as\b|et\b|ou\b|ainsi que\b)|,\W*$", re.I)


def _list_grown(c: Change) -> str:
    """An edit adds an item to an enumeration ("your bookings" + ", your mother's maiden name", "our payment
    provider" + "and our travel insurers") in a sentence saying what we collect, do or share, with a word the old
    version never used: one more piece of data, use or recipient, whatever it is called. The rule of what the
    list is of (R5, R2, R7), the editor's decision if only its verb says it, or ""."""
    for deleted, inserted in c.hunks:
        kept = set(_words(deleted))
        added = [w for w in _words(inserted) if len(w) > 3 and w not in kept]
        if len(added) > _ITEM_ADDED_WORDS or all(
            w in RESTATEMENT_NEUTRAL[c.lang] or _stem(w) in c.facts.old_stems for w in added
        ):
            continue  # a clause, not an item; or only words the old version used ("which" -> "; these")
        if not _JOINED.search(inserted) or _offers_choice(c, inserted) or _channels(inserted) or URL.search(inserted):
            continue  # "for example, you may object at any time;": a right; an address or a link: contact details
        if _CLAUSE[c.lang].search(inserted) or "(" in inserted or not _NAME.sub("", inserted).strip(" ,;.&-"):
            continue  # "; once that time is up, we erase it": a clause; ", La Poste,": a name the detectors read
        sentence = _sentence_with(c.new, inserted.strip(" ,;.")[:40])
        if _PROMISES[c.lang].search(sentence):
            continue  # "are never published": one more thing we promise not to do
        # what the list is of: the sentence itself, its lead-in, its table's first column ("Category"), its section
        context = (sentence, c.lead_in, c.table_header.split(" | ")[0], c.section_title)
        listed = [rule for family, rule in _LIST_FAMILIES if any(c.mentions(family, part) for part in context)]
        if listed or _states_practice(c, sentence):
            return listed[0] if listed else REVIEW_RULE
    return ""


def _examples_added(c: Change) -> bool:
    """Every edit puts in brackets examples of what the text already named, and no period changed; the edit may
    take the item's closing punctuation with it ("purchases;" -> "purchases (for example skins);")."""
    return durations(c.old) == durations(c.new) and all(
        not _words(deleted)
        and inserted.strip().startswith("(")
        and inserted.strip(" .,;").endswith(")")
        and c.mentions("example_given", inserted.strip())
        for deleted, inserted in c.hunks
    )


_LABEL_ONLY_WORDS = 3


def _contact_details_only(c: Change) -> bool:
    """Every new sentence or cell is an address, a mailbox or a number, or a short label for one ("| Post |
    Northwind Books, 12 rue des Lilas, 75011 Paris |"): contact details (R14)."""
    return all(
        _channels(s) or _postal_address(s) or _substantive(s) <= _LABEL_ONLY_WORDS for s in _sentences(c.inserted)
    )


def _promises_gained(c: Change) -> bool:
    """Every new sentence is a promise not to do something ("we do not pass your details to anyone else") or says
    a request costs or requires nothing: the user gains a promise (R9)."""
    sentences = [s for s in c.inserted_sentences if _substantive(s) >= 2]
    return bool(sentences) and all(
        (
            _our_promise(_PROMISES[c.lang], s)
            or _free(c, s)
            or c.mentions("not_required", s)
            or c.mentions("not_known", s)
            or _no_machine_decision(c, s)
        )
        and not _practice_stated_first(c, s)
        for s in sentences
    )


def _no_machine_decision(c: Change, sentence: str) -> bool:
    """ "Fraud checks never lead to an automatic refusal": a decision said not to be left to a machine."""
    decision = c.family("decision_effect").search(sentence)
    if decision is None or not c.mentions("machine_made", sentence):
        return False
    return _decision_negated(c, sentence, decision)


def _decision_negated(c: Change, sentence: str, decision: re.Match[str]) -> bool:
    return c.mentions("negation", sentence[max(0, decision.start() - _NEGATION_REACH) : decision.start()])


def _free(c: Change, sentence: str) -> bool:
    """The sentence says requests are free, not that they are no longer free."""
    return c.mentions("free", sentence) and not c.mentions("taking_away", sentence)


def _edited_sentences(c: Change) -> tuple[str, str]:
    """The old and new sentences around the edit, quoted to the editor who must decide."""
    inserted = set(_words(c.inserted))
    new_sentences = _sentences(c.new) or [c.new]
    new = max(new_sentences, key=lambda s: len(inserted & set(_words(s))))
    return (_best_match(new, _sentences(c.old)) if c.old else ""), new


def _needs_decision(reason: Reason) -> bool:
    return reason.rule == REVIEW_RULE


def needs_decision(reasons: list[Reason]) -> list[Reason]:
    """The sentences no rule explains, which the editor must read and decide on."""
    return [r for r in reasons if _needs_decision(r)]


def _combine(findings: list[Finding]) -> Classification:
    """The strongest class present decides; reasons of that class (and of any review) come first."""
    if not findings:
        return Classification(E, reasons=[])
    decided = strongest([f.change_class for f in findings])
    # Sentences that need the editor's decision first: the editor decides on the text, not on a label.
    ordered = sorted(findings, key=lambda f: (not _needs_decision(f.reason), -f.change_class.rank))
    reasons: dict[Reason, None] = {}  # in order, each reason once
    for finding in ordered:
        if finding.change_class < MINOR and decided > E:
            continue
        reasons.setdefault(finding.reason)
    return Classification(
        change_class=decided,
        reconsent=any(f.reconsent for f in findings),
        review=any(f.review for f in findings),
        reasons=list(reasons),
    )


# --------------------------------------------------------------------------------------------------------
# Structured cookie data (data/cookies.yml)

ESSENTIAL_CATEGORIES = {"essential", "strictly_necessary", "strictly-necessary", "necessary", "security"}


def _cookie_list(data: Any) -> list[dict[str, Any]]:
    cookies = data.get("cookies", []) if isinstance(data, dict) else data
    if not isinstance(cookies, list) or not all(isinstance(c, dict) for c in cookies):
        raise ValueError("cookie data must be a list of cookies (or a mapping with a `cookies` list)")
    return cookies


def _in_words(purpose: Any) -> str:
    """A cookie's purpose as a reason quotes it: its first language's text, not a mapping of languages."""
    return str(next(iter(purpose.values()), "")) if isinstance(purpose, dict) else str(purpose)


def classify_cookie_data(old: Any, new: Any) -> Classification:
    """Classify a change of the cookie data file (data/cookies.yml).

    Shape: a list of cookies, each with name, provider, category, purpose, lifetime_days.

    The file may be that list or a mapping with a `cookies` key. A cookie is identified by (name, provider).
    New provider or new non-essential category/purpose: major + reconsent (R15); a new provider of an essential
    cookie: major (R5); longer lifetime: major (R16), over 13 months also a review (and a build error in
    `policies check`, notifier/site/consent.py); shorter lifetime or a cookie removed: minor (R9, R17).
    """
    old_cookies, new_cookies = _cookie_list(old), _cookie_list(new)
    before = {_cookie_id(c): c for c in old_cookies}
    after = {_cookie_id(c): c for c in new_cookies}
    findings: list[Finding] = []
    for key, cookie in after.items():
        section = f"cookie {key[0]} ({key[1]})"
        previous = before.get(key)
        if previous is None:
            findings.append(_new_cookie(cookie, section, old_cookies))
        else:
            findings.extend(_cookie_changed(previous, cookie, section))
        if isinstance(cookie.get("lifetime_days"), int | float) and cookie["lifetime_days"] > MAX_COOKIE_DAYS:
            findings.append(
                Finding(MAJOR, Reason("R16", section, "", f"{cookie['lifetime_days']} days > 13 months"), review=True)
            )
    for key in before.keys() - after.keys():
        findings.append(Finding(MINOR, Reason("R17", f"cookie {key[0]} ({key[1]})", "removed", "")))
    return _combine(findings)


def _cookie_id(cookie: dict[str, Any]) -> tuple[str, str]:
    return str(cookie.get("name", "")), str(cookie.get("provider", ""))


def _essential(cookie: dict[str, Any]) -> bool:
    return str(cookie.get("category", "")).lower() in ESSENTIAL_CATEGORIES


def _new_cookie(cookie: dict[str, Any], section: str, old_cookies: list[dict[str, Any]]) -> Finding:
    """A cookie the old data did not list: a new provider or a new use needs consent again (R15)."""
    provider = _cookie_id(cookie)[1]
    described = f"{cookie.get('category')}: {_in_words(cookie.get('purpose'))}, {cookie.get('lifetime_days')} days"
    uses = {(str(c.get("category", "")), str(c.get("purpose", ""))) for c in old_cookies}
    if provider not in {str(c.get("provider", "")) for c in old_cookies}:
        rule, consent = ("R5", False) if _essential(cookie) else ("R15", True)
        return Finding(MAJOR, Reason(rule, section, "", f"new provider {provider}; {described}"), reconsent=consent)
    if (str(cookie.get("category", "")), str(cookie.get("purpose", ""))) not in uses and not _essential(cookie):
        return Finding(MAJOR, Reason("R15", section, "", described), reconsent=True)
    return Finding(MINOR, Reason("R9", section, "", described))


def _cookie_changed(previous: dict[str, Any], cookie: dict[str, Any], section: str) -> list[Finding]:
    """A listed cookie's category or purpose changed (R15, R2), or its lifetime (R16 longer, R9 shorter)."""
    findings = [
        Finding(
            MAJOR,
            Reason("R15" if name == "category" else "R2", section, str(previous.get(name)), str(cookie.get(name))),
            reconsent=not _essential(cookie),
        )
        for name in ("category", "purpose")
        if previous.get(name) != cookie.get(name)
    ]
    old_days, new_days = previous.get("lifetime_days") or 0, cookie.get("lifetime_days") or 0
    lifetimes = f"{old_days} days", f"{new_days} days"
    if new_days > old_days:
        findings.append(Finding(MAJOR, Reason("R16", section, *lifetimes), review=new_days > MAX_COOKIE_DAYS))
    elif new_days < old_days:
        findings.append(Finding(MINOR, Reason("R9", section, *lifetimes)))
    return findings
