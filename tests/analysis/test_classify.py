"""The classifier as a legal editor expects it to behave (legal-rules.md, R1-R19), and its CLI contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from notifier.analysis.change_class import ChangeClass
from notifier.analysis.classify import classify, classify_cookie_data, durations
from notifier.analysis.evaluation import evaluate, load_corpus, resolve_corpus, split
from notifier.cli import cli

FIXTURES = Path(__file__).parent / "fixtures"

EN = """# Privacy Policy

## 1. Data we collect {#data}

We collect your name and your email address when you create an account.

## 2. Sharing {#sharing}

We do not sell your personal data. We share it with our payment provider to process your orders.

## 3. Retention {#retention}

We keep your account data for 3 years after your last order.

## 4. Your rights {#rights}

You can ask for a copy of your data or its deletion at privacy@example.com. We will answer your request
within one month.
"""

FR = """# Politique de confidentialité

## 1. Données collectées {#data}

Nous collectons votre nom et votre adresse e-mail lors de la création de votre compte.

## 2. Partage {#sharing}

Nous ne vendons pas vos données personnelles. Nous les partageons avec notre prestataire de paiement.

## 3. Conservation {#retention}

Nous conservons les données de votre compte pendant 1 an après votre dernière commande.

## 4. Vos droits {#rights}

Vous pouvez exercer vos droits d'accès et d'effacement à privacy@example.com. Nous répondrons à votre demande
dans un délai d'un mois.
"""


def rules(result):
    return {r.rule for r in result.reasons}


# --- R1: editorial -------------------------------------------------------------------------------------


def test_rewrapping_a_paragraph_is_editorial():
    new = EN.replace("when you create an account.", "when you create\nan account.")
    assert classify(EN, new).change_class is ChangeClass.EDITORIAL


def test_markdown_rerendering_is_editorial():
    new = EN.replace("## 2. Sharing", "### 2. Sharing").replace("privacy@example.com", "<privacy@example.com>")
    new = new.replace("We do not sell", "We **do not** sell")
    result = classify(EN, new)
    assert result.change_class is ChangeClass.EDITORIAL and result.reasons == []


def test_punctuation_and_last_updated_stamp_are_editorial():
    old = EN.replace("# Privacy Policy\n", "# Privacy Policy\n\nLast updated: 3 March 2025\n")
    new = old.replace("3 March 2025", "21 November 2026").replace("your orders.", "your orders;")
    assert classify(old, new).change_class is ChangeClass.EDITORIAL


# --- R4: rights deadlines and channels -------------------------------------------------------------------


def test_30_business_days_to_one_month_is_major_r4():
    old = EN.replace("within one month", "within thirty (30) business days")
    result = classify(old, EN)
    assert result.change_class is ChangeClass.MAJOR
    assert any(r.rule == "R4" and r.section == "rights" and "30" in r.old for r in result.reasons)


def test_a_slower_answer_is_rights_reducing_r4():
    new = EN.replace("within one month", "within three months")
    result = classify(EN, new)
    assert result.change_class is ChangeClass.RIGHTS_REDUCING and "R4" in rules(result)


def test_french_deadline_un_mois_to_deux_mois_is_rights_reducing():
    new = FR.replace("dans un délai d'un mois", "dans un délai de deux mois")
    assert classify(FR, new, lang="fr").change_class is ChangeClass.RIGHTS_REDUCING


def test_removing_the_rights_email_channel_is_rights_reducing():
    new = EN.replace(" at privacy@example.com", "")
    result = classify(EN, new)
    assert result.change_class is ChangeClass.RIGHTS_REDUCING and "R4" in rules(result)


# --- R12: negation flips -----------------------------------------------------------------------------------


def test_we_do_not_sell_removed_is_rights_reducing_r12():
    new = EN.replace("We do not sell your personal data.", "We may sell your personal data.")
    result = classify(EN, new)
    assert result.change_class is ChangeClass.RIGHTS_REDUCING and "R12" in rules(result)
    assert any("do not sell" in r.old for r in result.reasons)


def test_nous_ne_vendons_pas_to_nous_pouvons_vendre_is_rights_reducing_r12():
    new = FR.replace("Nous ne vendons pas vos données personnelles.", "Nous pouvons vendre vos données personnelles.")
    result = classify(FR, new, lang="fr")
    assert result.change_class is ChangeClass.RIGHTS_REDUCING and "R12" in rules(result)


def test_a_reworded_promise_that_keeps_its_negation_is_not_rights_reducing():
    new = EN.replace("We do not sell your personal data.", "We never sell any of your personal data.")
    assert classify(EN, new).change_class < ChangeClass.MAJOR


# --- R5, R6, R7, R2, R8/R9 ---------------------------------------------------------------------------------


def test_new_recipient_is_major_r5():
    new = EN.replace("to process your orders.", "to process your orders, and with advertising partners.")
    result = classify(EN, new)
    assert result.change_class is ChangeClass.MAJOR and "R5" in rules(result)


def test_new_company_named_as_processor_is_major_r5():
    new = EN.replace("to process your orders.", "to process your orders. Hosting is provided by Cloudy Servers Inc.")
    assert "R5" in rules(classify(EN, new))


def test_new_country_is_a_transfer_r6_in_french():
    new = FR.replace("prestataire de paiement.", "prestataire de paiement, situé aux États-Unis.")
    result = classify(FR, new, lang="fr")
    assert result.change_class is ChangeClass.MAJOR and "R6" in rules(result)


def test_new_data_category_is_major_r7():
    new = EN.replace("your name and your email address", "your name, your email address and your precise location")
    result = classify(EN, new)
    assert result.change_class is ChangeClass.MAJOR and "R7" in rules(result)


def test_new_purpose_is_major_r2():
    new = EN.replace("to process your orders.", "to process your orders. We also use your data to train AI models.")
    assert "R2" in rules(classify(EN, new))


def test_longer_retention_1_an_to_13_mois_is_major_r8():
    new = FR.replace("pendant 1 an", "pendant 13 mois")
    result = classify(FR, new, lang="fr")
    assert result.change_class is ChangeClass.MAJOR and "R8" in rules(result)


def test_shorter_retention_is_minor_r9():
    new = EN.replace("for 3 years", "for 1 year")
    result = classify(EN, new)
    assert result.change_class is ChangeClass.MINOR and "R9" in rules(result)


def test_one_editorial_hunk_never_hides_a_major_one():
    new = EN.replace("when you create an account.", "when you create\nan account.").replace("3 years", "5 years")
    assert classify(EN, new).change_class is ChangeClass.MAJOR


RIGHTS_FR = (
    "# Politique\n\n## 2. Vos droits {#rights}\n\n"
    "Écrivez à dpo@example.com. Nous répondons dans un délai d\u2019un mois.\n"
)
RIGHTS_EN = "# Policy\n\n## 2. Your rights {#rights}\n\nWrite to dpo@example.com. We answer within one month.\n"


@pytest.mark.parametrize(
    ("lang", "base", "before", "after"),
    [
        ("fr", RIGHTS_FR, "dans un délai d\u2019un mois", "dans un délai de trois mois"),
        ("fr", RIGHTS_FR, "dans un délai d\u2019un mois", "dans un délai de trente (30) jours ouvrés"),
        ("fr", RIGHTS_FR, "dans un délai d\u2019un mois", "dans un délai de quarante-cinq jours"),
        ("en", RIGHTS_EN, "within one month", "within three months"),
        ("en", RIGHTS_EN, "within one month", "within thirty (30) business days"),
    ],
)
def test_a_slower_answer_to_a_rights_request_is_rights_reducing_in_both_languages(lang, base, before, after):
    # The editor lengthens the time users wait for an answer: users must opt in (R4, GDPR 12(3)).
    result = classify(base, base.replace(before, after), lang=lang)
    assert result.change_class is ChangeClass.RIGHTS_REDUCING and rules(result) == {"R4"}


def test_a_faster_french_answer_is_not_rights_reducing():
    # Thirty business days (about 42 calendar days) brought down to one month is a faster answer: no opt-in.
    old = RIGHTS_FR.replace("d\u2019un mois", "de trente (30) jours ouvrés")
    result = classify(old, RIGHTS_FR, lang="fr")
    assert result.change_class is not ChangeClass.RIGHTS_REDUCING and "R4" in rules(result)


def test_durations_read_compound_numbers_and_typographic_apostrophes():
    assert durations("dans un délai d\u2019un mois") == [30.44]
    assert durations("vingt et un jours") == [21] and durations("quatre-vingt-dix jours") == [90]
    assert durations("thirty-six months") == [36 * 30.44] and durations("conservées un an") == [365.25]
    assert durations("trente (30) jours ouvrés") == [42.0] == durations("thirty (30) working days")


def test_durations_in_english_and_french():
    assert durations("within thirty (30) business days") == [42.0]
    assert durations("1 year") == [365.25] and durations("13 mois") == [13 * 30.44]
    assert durations("dans un délai d'un mois") == [30.44]


# --- cookie policy ---------------------------------------------------------------------------------------

COOKIES = """# Cookie policy

## Cookies we use {#cookies}

| Cookie | Provider | Purpose | Lifetime |
|---|---|---|---|
| session | example.com | keeps you logged in | 1 day |
| _pref | example.com | remembers your language | 6 months |
"""


def test_new_third_party_advertising_tracker_is_major_and_needs_reconsent():
    new = COOKIES + "| ad_id | adnetwork.net | advertising across sites | 6 months |\n"
    result = classify(COOKIES, new, policy="cookies")
    assert result.change_class is ChangeClass.MAJOR and result.reconsent and "R15" in rules(result)


def test_longer_cookie_lifetime_is_major_r16():
    new = COOKIES.replace("| 6 months |", "| 12 months |")
    result = classify(COOKIES, new, policy="cookies")
    assert result.change_class is ChangeClass.MAJOR and "R16" in rules(result)


def test_new_cookie_vendor_in_the_data_file_is_major_and_reconsent():
    old = [{"name": "sid", "provider": "us", "category": "essential", "purpose": "login", "lifetime_days": 1}]
    new = [*old, {"name": "ad", "provider": "AdCo", "category": "advertising", "purpose": "ads", "lifetime_days": 90}]
    result = classify_cookie_data(old, new)
    assert result.change_class is ChangeClass.MAJOR and result.reconsent and "R15" in rules(result)


def test_cookie_data_removed_cookie_is_minor_and_longer_lifetime_major():
    old = [{"name": "sid", "provider": "us", "category": "essential", "purpose": "login", "lifetime_days": 1}]
    assert classify_cookie_data(old, []).change_class is ChangeClass.MINOR
    longer = [{**old[0], "lifetime_days": 30}]
    assert classify_cookie_data(old, longer).change_class is ChangeClass.MAJOR


# --- the project's own 2026-11-21 change ------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_2026_privacy_change_is_major_r4_in_rights(lang):
    old = (FIXTURES / f"privacy-2023-{lang}.md").read_text(encoding="utf-8")
    new = (FIXTURES / f"privacy-2026-{lang}.md").read_text(encoding="utf-8")
    result = classify(old, new, lang=lang, policy="privacy")
    assert result.change_class is ChangeClass.MAJOR
    r4 = [r for r in result.reasons if r.rule == "R4" and r.section == "rights"]
    assert r4 and ("30" in r4[0].old) and ("month" in r4[0].new or "mois" in r4[0].new)


# --- CLI contract ---------------------------------------------------------------------------------------


def test_classify_json_contract(tmp_path):
    old, new = tmp_path / "old.md", tmp_path / "new.md"
    old.write_text(EN, encoding="utf-8")
    new.write_text(EN.replace("3 years", "5 years"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["classify", str(old), str(new), "--lang", "en", "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert list(data) == ["class", "reconsent", "review", "reasons"]
    assert data["class"] == "major" and data["reconsent"] is False and data["review"] is False
    assert all(list(r) == ["rule", "section", "old", "new"] for r in data["reasons"])
    assert data["reasons"][0]["rule"] == "R8" and data["reasons"][0]["section"] == "retention"


def test_classify_text_report(tmp_path):
    old, new = tmp_path / "old.md", tmp_path / "new.md"
    old.write_text(FR, encoding="utf-8")
    new.write_text(FR.replace("Nous ne vendons pas", "Nous pouvons vendre").replace(" pas vos", " vos"), "utf-8")
    result = CliRunner().invoke(cli, ["classify", str(old), str(new), "--lang", "fr"])
    assert result.exit_code == 0 and result.output.startswith("class: rights_reducing")


def test_unreadable_input_exits_2_with_one_line(tmp_path):
    new = tmp_path / "new.md"
    new.write_text(EN, encoding="utf-8")
    result = CliRunner().invoke(cli, ["classify", str(tmp_path / "missing.md"), str(new), "--format", "json"])
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1 and "missing.md" in result.output


def test_binary_input_exits_2(tmp_path):
    old, new = tmp_path / "old.md", tmp_path / "new.md"
    old.write_bytes(b"\xff\xfe\x00garbage")
    new.write_text(EN, encoding="utf-8")
    assert CliRunner().invoke(cli, ["classify", str(old), str(new)]).exit_code == 2


# --- evaluation on real changes ---------------------------------------------------------------------------


def test_the_classifier_keeps_its_figures_on_the_development_part_of_the_corpus():
    # A guard against regressions, on the development services only: the held-out services (bench/holdout.txt)
    # are evaluated by bench/eval_classifier.py, never by a test that would invite tuning on them. The floors
    # are the figures measured when the held-out figure was taken (README); the targets are for unseen
    # services and are printed by the evaluation.
    path = resolve_corpus()
    if path is None:
        pytest.skip("../shared/corpus is absent (set POLICIES_SHARED_DIR to evaluate)")
    development, _held_out = split(load_corpus(path))
    scores = evaluate(development)["all"]
    assert scores.recall >= 0.95, scores.misses
    assert scores.precision >= 0.75, scores.false_alarms
    assert scores.rerender_fp <= 0.02
    assert scores.rr_precision >= 0.65
    assert scores.review_rate <= 0.25


# --- speed ---------------------------------------------------------------------------------------------


def test_a_wholly_rewritten_100_kb_policy_is_a_change_people_must_be_told_of():
    # The editor replaces a long policy by a new one. How long that takes is measured by
    # bench/bench_classify.py (100 KB pairs), never by a timed assertion here.
    from notifier.analysis.diff import _make_block

    old = "\n\n".join(f"## {k}. Section {k}\n\n{EN.split('## 1.')[1]}" for k in range(60))[:100_000]
    new = "\n\n".join(f"## {k}. Partie {k}\n\n{FR.split('## 1.')[1]}" for k in range(60))[:100_000]
    _make_block.cache_clear()
    result = classify(old, new)
    assert result.change_class >= ChangeClass.MAJOR
