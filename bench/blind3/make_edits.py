"""Third blind evaluation set for the policy-change classifier.

Why it exists: the classifier's quality only means something on changes it has never seen, and the two earlier
blind sets have been looked at while the classifier evolved. These 80 pairs (40 English, 40 French) take the
newest text of a corpus record as the old version and apply hand-written edits, in the way real companies change
their policies in a release, to make the new version.

Every label, rule list, re-consent flag and rationale was written from ../shared/design/legal-rules.md alone, by
someone who never read the classifier, its tests, its lexicon or the earlier blind sets, and who never ran it.

Run: python bench/blind3/make_edits.py [corpus_dir]  -> rewrites bench/blind3/edits.jsonl
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

WRITTEN = "2026-11-28"
DROP = "\0drop"

Edit = tuple[str, str]
Pair = tuple[str, str, list[str], bool, bool, str, list[Edit]]


def before(anchor: str, text: str) -> Edit:
    """Insert text in front of an existing line, so new items land where an editor would put them."""
    return (anchor, text + anchor)


def drop(anchor: str) -> Edit:
    """Remove the whole line holding the anchor, as when a paragraph, row or list item is deleted."""
    return (anchor, DROP)


# ruff: noqa: E501
EDITS: list[Pair] = [
    (
        "en-005",
        "major",
        ["R5"],
        False,
        False,
        "A new subprocessor is added to the list of third parties receiving customer and personal data: \"Mistral AI | AI Inference and AI Services\".",
        [
            before(
                "| Moveworks                     |",
                "| Mistral AI SAS                | AI Inference and AI Services                                                   | France                                            | France             |\n",
            ),
        ],
    ),
    (
        "en-147",
        "editorial",
        ["R1"],
        False,
        True,
        "Only Markdown and typography change: heading level, bold syntax and curly quotes; every sentence says the same thing.",
        [
            ("#### **Welcome to our Privacy Center**", "## Welcome to our Privacy Center"),
            ("* **Site visitors** **Privacy Policy** –", "* **Site Visitors Privacy Policy** –"),
            ("You are a “user” when you visit", 'You are a "user" when you visit'),
            ("You are a “business partner” if you", 'You are a "business partner" if you'),
        ],
    ),
    (
        "en-017",
        "major",
        ["R2"],
        False,
        False,
        "A new purpose is added under legitimate interests: \"To create labour-market research reports that we license to governments, universities and businesses\".",
        [
            before(
                "| **For Personalised Ads in the Designated Countries:**<br><br>**1\\. To display personalised ads:**",
                "| **Licensed workforce research:** | To create labour-market research reports that we license to governments, universities and businesses, combining your profile, job-seeking activity and salary insights with those of other Members. Reports are aggregated before they are shared. | LinkedIn's interest in developing new research products and revenue streams. | Profile data, job-seeking activity, salary insights and usage data |\n",
            ),
            ("_[Effective August 21, 2026]", "_[Effective December 29, 2026]"),
        ],
    ),
    (
        "en-022",
        "major",
        ["R7"],
        False,
        False,
        "A new category of personal data is collected: \"Voice recordings: If you use voice search, we collect the audio of your request and its transcript\".",
        [
            before(
                "* **Your contacts**: If you previously chose",
                "* **Voice recordings**: If you use voice search in our apps, we collect the audio of your request and its transcript, and keep them to improve our speech recognition.\n",
            ),
            ("* **Usage data and inference**s. When", "* **Usage data and inferences**: When"),
        ],
    ),
    (
        "en-013",
        "minor",
        ["R17", "R1"],
        False,
        False,
        "Removes the cookie row \"org_transform_notice\" and the subprocessor \"Magic Robot\", which takes processing away; the rest is a punctuation fix (\"change, the\").",
        [
            drop("| GitHub | `org_transform_notice` |"),
            drop("| Magic Robot | Campaign reporting (Salesforce Add-on) |"),
            ("Since the number and names of cookies may change,the table", "Since the number and names of cookies may change, the table"),
        ],
    ),
    (
        "en-026",
        "major",
        ["R6"],
        False,
        False,
        "A new transfer outside the EU is added: personal data now also goes \"to the engineering teams of our subcontractor in India who maintain our recommendation systems\".",
        [
            (
                "to our hosting provider which uses servers in the US. You can exercise",
                "to our hosting provider which uses servers in the US, and to the engineering teams of our subcontractor in India who maintain our recommendation systems. You can exercise",
            ),
            ("* help to give your data the same level of protection as it has in the EU", "* help give your data the same level of protection it has in the EU"),
        ],
    ),
    (
        "en-023",
        "minor",
        ["R9"],
        False,
        False,
        "Adds a new opt-out for a practice already disclosed: \"You can turn off the use of your offsite activity for recommendations at any time in your Privacy and Data Settings\".",
        [
            (
                "we may suggest guitar Pins to you. For more information on how we recommend content to you",
                "we may suggest guitar Pins to you. You can turn off the use of your offsite activity for recommendations at any time in your Privacy and Data Settings. For more information on how we recommend content to you",
            ),
        ],
    ),
    (
        "en-039",
        "major",
        ["R8"],
        False,
        False,
        "The retention of voiceprints grows: \"for up to five years after you last interact with Zoom\" instead of three years.",
        [
            ("or for up to three years after you last interact with Zoom.", "or for up to five years after you last interact with Zoom."),
            ("Last updated: July 19, 2024", "Last updated: December 2, 2024"),
        ],
    ),
    (
        "en-027",
        "rights_reducing",
        ["R12", "R11"],
        False,
        False,
        "The promise that \"Spotify does not carry out this type of automated decision making\" is weakened to \"does not generally carry out ... except where needed to detect fraud or payment abuse\".",
        [
            (
                "| Spotify does not carry out this type of automated decision making in the Spotify Service. |",
                "| Spotify does not generally carry out this type of automated decision making in the Spotify Service, except where needed to detect fraud or payment abuse. |",
            ),
            ("Effective as of 27 August 2025", "Effective as of 1 February 2026"),
        ],
    ),
    (
        "en-100",
        "major",
        ["R11"],
        False,
        False,
        "Automated decision-making is extended to sign-up: \"our systems estimate your age from your selfie ... your account will automatically be suspended\".",
        [
            before(
                "Please note that if your account is blocked for any reason, any account(s)",
                "We also use automated decisions when you sign up. Our systems estimate your age from your verification selfie and the information in your profile; if the estimate suggests you are under 18, your account will automatically be suspended until you complete an ID check. You can ask for a member of our team to review the suspension.\n\n",
            ),
        ],
    ),
    (
        "en-103",
        "major",
        ["R10", "R1"],
        False,
        False,
        "The legal basis for photo and profile feedback moves from \"Our contractual obligation\" to \"Our legitimate interests in helping members present their profiles\"; the rest fixes the typo \"unathorised\".",
        [
            (
                "| **Our contractual obligation**  <br>We retain details of feedback for six years after account deletion",
                "| **Our legitimate interests** in helping members present their profiles well and in improving the App  <br>We retain details of feedback for six years after account deletion",
            ),
            ("To moderate messages for unathorised, toxic", "To moderate messages for unauthorised, toxic"),
        ],
    ),
    (
        "en-102",
        "rights_reducing",
        ["R13", "R1"],
        False,
        False,
        "The right \"to data portability: you can request a copy of certain data in a machine-readable form\" is removed from the list of rights; the renumbering is editorial.",
        [
            drop("6. Right to data portability: you can request a copy of certain data"),
            ("7. Right to object: in certain circumstances", "6. Right to object: in certain circumstances"),
            ("8. Rights related to automated decision-making including profiling", "7. Rights related to automated decision-making including profiling"),
            ("This Privacy Policy was last updated 12th April 2023.", "This Privacy Policy was last updated 3rd October 2023."),
        ],
    ),
    (
        "en-133",
        "major",
        ["R3"],
        False,
        False,
        "The controller changes: the Services \"are provided by Lex Social Ltd, a company registered in England and Wales, which acquired them from Personal Best, Inc.\".",
        [
            (
                "are provided by Personal Best, Inc. (“Personals”).",
                "are provided by Lex Social Ltd, a company registered in England and Wales, which acquired them from Personal Best, Inc. (“Lex”, “we” or “us”).",
            ),
            ("_Last updated September 16, 2022._", "_Last updated March 1, 2023._"),
        ],
    ),
    (
        "en-122",
        "rights_reducing",
        ["R10"],
        False,
        False,
        "Personalised ads move from \"your consent\" to \"our legitimate interest\" and the sentence \"you are entitled to revoke your consent anytime\" is removed, so the right to withdraw consent goes.",
        [
            (
                "| you indirectly provide this information to us and we automatically collect it from your device | your consent |",
                "| you indirectly provide this information to us and we automatically collect it from your device | our legitimate interest in funding the free version of the Services |",
            ),
            (
                "**5.9. **Behavioral Advertising.** Since we rely on your consent to show you personalized ads, you are entitled to revoke your consent anytime and request that we stop using personalized ads towards you. Please contact us at [support@hily.com](mailto:support@hily.com) to strike off your consent.",
                "**5.9. **Behavioral Advertising.** We show you personalized ads on the basis of our legitimate interest in keeping Hily free to use. Questions about personalized ads can be sent to [support@hily.com](mailto:support@hily.com).",
            ),
            ("Effective date: Aug 09, 2024", "Effective date: Jan 15, 2025"),
        ],
    ),
    (
        "en-134",
        "minor",
        ["R9", "R1"],
        False,
        False,
        "A new, more private choice is offered, \"Share an approximate location only (accurate to about 5 km)\", alongside the existing settings; the date stamp is editorial.",
        [
            before("* Do not share location\n", "* Share an approximate location only (accurate to about 5 km)\n"),
            ("_Last updated July 26, 2025._", "_Last updated January 12, 2026._"),
        ],
    ),
    (
        "en-011",
        "rights_reducing",
        ["R4", "R8"],
        False,
        False,
        "Deletion requests become slower: GitHub \"will delete your full profile within 180 days of your request\" instead of 90 days.",
        [
            ("we will delete your full profile within 90 days of your request.", "we will delete your full profile within 180 days of your request."),
        ],
    ),
    (
        "en-174",
        "rights_reducing",
        ["R4"],
        False,
        False,
        "Exercising rights becomes harder and costlier: requests \"must be accompanied by a copy of a valid passport or driving licence\" and \"we may charge an administrative fee of £10\".",
        [
            (
                "Please also ensure that when you do so, you provide sufficient information to enable us to clearly identify you.",
                "Requests must be accompanied by a copy of a valid passport or driving licence so that we can clearly identify you, and we may charge an administrative fee of £10 for each request beyond the first in any twelve-month period.",
            ),
        ],
    ),
    (
        "en-176",
        "minor",
        ["R9", "R1"],
        False,
        False,
        "Log files are kept for a shorter time: \"in an inaccessible archive for 14 days and then deletes them\" instead of 30 days; the version stamp is editorial.",
        [
            ("in an inaccessible archive for 30 days and then deletes them.", "in an inaccessible archive for 14 days and then deletes them."),
            ("Version: July 17th 2024", "Version: November 4th 2024"),
        ],
    ),
    (
        "en-173",
        "major",
        ["R7", "R1"],
        False,
        False,
        "A new source of personal data is added: \"we receive information about you from our identity verification partner ... public records that match your name and date of birth\"; the spelling fix \"connection\" is editorial.",
        [
            before(
                "**Biometric Information Collected with Your Consent for Limited Purposes.**",
                "**Information from our identity verification partner**\n\nTo keep the eharmony Service safe, we receive information about you from our identity verification partner when you register, including whether your email address and phone number have been linked to fraud elsewhere and public records that match your name and date of birth.\n\n",
            ),
            ("**Data required in connetion with a Basic Membership**", "**Data required in connection with a Basic Membership**"),
        ],
    ),
    (
        "en-154",
        "major",
        ["R4", "R14"],
        False,
        False,
        "The channel for rectification, deletion, objection and restriction requests changes from \"contact us here\" (help centre) to \"the privacy request form in the app, under Settings > Privacy > Manage my data\".",
        [
            (
                "want to request its rectification, deletion, object to or restrict its processing, please contact us [here.](https://gotinder.com/help)",
                "want to request its rectification, deletion, object to or restrict its processing, please use the privacy request form in the app, under Settings > Privacy > Manage my data.",
            ),
        ],
    ),
    (
        "en-155",
        "rights_reducing",
        ["R13"],
        False,
        False,
        "The right \"to lodge a complaint with the appropriate data protection authority\" is removed; only \"a right to a judicial remedy\" remains.",
        [
            (
                "you have a right to a judicial remedy and to lodge a complaint with the appropriate data protection authority if you have concerns about how we process your personal data. You can find information about your data protection regulator in the European Economic Area [here](https://edpb.europa.eu/about-edpb/board/members_en), and in the United Kingdom [here](https://ico.org.uk/). The data protection authority you can lodge a complaint with may be that of your habitual residence, where you work or where an alleged infringement took place.",
                "you have a right to a judicial remedy if you have concerns about how we process your personal data.",
            ),
        ],
    ),
    (
        "en-160",
        "major",
        ["R15"],
        True,
        False,
        "A new third-party advertising vendor is added to the table: \"TikTok Pixel | Advertising, retargeting and conversion measurement\", so earlier cookie consent does not cover it.",
        [
            before(
                "| The Trade Desk | Advertising |",
                "| TikTok Pixel and TikTok Events API | Advertising, retargeting and conversion measurement | For privacy information, go to:<br><br>[https://www.tiktok.com/legal/page/eea/privacy-policy/en](https://www.tiktok.com/legal/page/eea/privacy-policy/en) |\n",
            ),
            ("_Last Updated: March 23, 2026_", "_Last Updated: May 4, 2026_"),
        ],
    ),
    (
        "en-001",
        "editorial",
        ["R1"],
        False,
        True,
        "Re-rendering only: the setext title becomes an ATX heading, questions become level-2 headings and the link list loses its horizontal rules; no wording changes.",
        [
            ("Cookies Policy\n--------------\n", "# Cookies Policy\n"),
            ("\nWhat are cookies, and what does this policy cover?\n", "\n## What are cookies, and what does this policy cover?\n"),
            ("\nWhy do we use cookies?\n", "\n## Why do we use cookies?\n"),
            ("\nWhere do we use cookies?\n", "\n## Where do we use cookies?\n"),
            ("\nHow can you control your Information?\n", "\n## How can you control your Information?\n"),
            ("subpage=subpage-4.1)\n\n* * *\n", "subpage=subpage-4.1)\n"),
            ("subpage=subpage-4.2)\n\n* * *\n", "subpage=subpage-4.2)\n"),
        ],
    ),
    (
        "en-145",
        "major",
        ["R16"],
        False,
        False,
        "The Outbrain tracking cookie lives longer: it now \"expires twelve (12) months after a user visited\" instead of three months.",
        [
            ("the Outbrain cookie (Obuid),which is used for tracking user actions such as clicks, expires three (3) months after", "the Outbrain cookie (Obuid),which is used for tracking user actions such as clicks, expires twelve (12) months after"),
        ],
    ),
    (
        "en-034",
        "minor",
        ["R17"],
        False,
        False,
        "A cookie use is withdrawn: the item \"to understand which of our FAQs are most popular and to show you relevant content\" is removed and nothing is added.",
        [
            drop("* to understand which of our FAQs are most popular and to show you relevant content related to our Services;"),
        ],
    ),
    (
        "en-018",
        "editorial",
        ["R1"],
        False,
        False,
        "The lawful-bases paragraph is split in two and a missing space is restored (\"consent (where\"); the wording and meaning are unchanged.",
        [
            ("Lawful bases include\u00a0consent(where you have given consent)", "Lawful bases include\u00a0consent (where you have given consent)"),
            (
                "[Learn More](https://www.linkedin.com/help/linkedin/answer/89878?trk=microsites-frontend_legal_privacy-policy&lang=en). If you have any questions about the lawful bases",
                "[Learn More](https://www.linkedin.com/help/linkedin/answer/89878?trk=microsites-frontend_legal_privacy-policy&lang=en).\n    \n    If you have any questions about the lawful bases",
            ),
        ],
    ),
    (
        "en-175",
        "minor",
        ["R17", "R1"],
        False,
        False,
        "A recipient of tracking data is removed: data now goes to \"companies like Google\" without \"and Microsoft\"; the missing word in \"you could not use our Service\" is editorial.",
        [
            ("We also forward tracking data to companies like Google and Microsoft so that we can measure", "We also forward tracking data to companies like Google so that we can measure"),
            ("functions without which you could not our Service as desired", "functions without which you could not use our Service as desired"),
        ],
    ),
    (
        "en-116",
        "minor",
        ["R14", "R9"],
        False,
        False,
        "A further contact channel is added, \"through the privacy form of our help centre\", while the email and postal address stay; nothing becomes harder.",
        [
            before("- by mail at the following postal address : FLASHGAP", "- through the privacy form of our help centre at help.fruitz.io/privacy;\n\nor\n\n"),
        ],
    ),
    (
        "en-129",
        "editorial",
        ["R1"],
        False,
        False,
        "Wording is polished without changing meaning: \"like contact information\" becomes \"such as the contact information\".",
        [
            ("We communicate with you using information you've given us, like contact information you've entered on your profile.", "We communicate with you using information you've given us, such as the contact information you've entered on your profile."),
        ],
    ),
    (
        "en-117",
        "minor",
        ["R17", "R1"],
        False,
        False,
        "A marketing and analytics provider is removed from the list of recipients (\"Adikteev 29 rue des Pyramides\"); the date stamp is editorial.",
        [
            (
                "Germany (https://help.adjust.com/fr/marketer/data-protection ), Adikteev 29 rue des\n\nPyramides, 75001 Paris, France ( https: //w ww .adikteev.com/ ) Mixpanel One Front Street, 28",
                "Germany (https://help.adjust.com/fr/marketer/data-protection ), Mixpanel One Front Street, 28",
            ),
            ("Last update: 16 July 2024", "Last update: 2 December 2024"),
        ],
    ),
    (
        "en-167",
        "editorial",
        ["R1"],
        False,
        True,
        "Capture fixes only: the control characters captured instead of dashes around \"small anonymous identifiers\" become real em dashes and the spacing after the list numbers is normalised; the text says the same.",
        [
            ("send one or more cookies\x97small anonymous identifiers\x97to your computer", "send one or more cookies—small anonymous identifiers—to your computer"),
            ("1.  Strictly Necessary Cookies:", "1. Strictly Necessary Cookies:"),
            ("2.  Functional Cookies:", "2. Functional Cookies:"),
            ("3.  Performance Cookies:", "3. Performance Cookies:"),
            ("4.  Targeting Cookies:", "4. Targeting Cookies:"),
        ],
    ),
    (
        "en-142",
        "minor",
        ["R9"],
        False,
        False,
        "Clearer wording of an existing choice: the new sentence \"Opting out does not stop you from seeing ads; the ads you see will be less relevant to you\" restates what the opt-out already did.",
        [
            (
                "(https://go.microsoft.com/fwlink/?LinkID=286759). When you opt out, your preference is stored in a cookie that is specific to the web browser you are using. The opt-out cookie has an expiration date of five years. If you delete the cookies on your device, you need to opt out again.",
                "(https://go.microsoft.com/fwlink/?LinkID=286759). When you opt out, your preference is stored in a cookie that is specific to the web browser you are using. The opt-out cookie has an expiration date of five years. If you delete the cookies on your device, you need to opt out again. Opting out does not stop you from seeing ads; the ads you see will simply be less relevant to you.",
            ),
        ],
    ),
    (
        "en-124",
        "editorial",
        ["R1"],
        False,
        False,
        "Grammar only: \"ask all the inaccurate personal information concerning you been corrected\" becomes \"ask that all inaccurate personal information concerning you be corrected\".",
        [
            ("you can ask all the inaccurate personal information concerning you been corrected.", "you can ask that all inaccurate personal information concerning you be corrected."),
        ],
    ),
    (
        "en-028",
        "minor",
        ["R14"],
        False,
        False,
        "The postal address of the Data Protection Officer is laid out on several lines with an \"Attn: Data Protection Officer\" line; same company, same street, same channel.",
        [
            (
                "* write to us at: Spotify USA Inc., 150 Greenwich Street, Floor 62, New York, NY 10007, USA",
                "* write to us at:  \n  Spotify USA Inc.  \n  Attn: Data Protection Officer  \n  150 Greenwich Street, 62nd Floor  \n  New York, NY 10007, USA",
            ),
        ],
    ),
    (
        "en-036",
        "editorial",
        ["R1"],
        False,
        True,
        "Markdown only: level-3 headings become level 2, list markers change from \"*   \" to \"- \" and a stray blank line goes; no word changes.",
        [
            ("### About cookies", "## About cookies"),
            ("### How we use cookies", "## How we use cookies"),
            ("### How to control cookies", "## How to control cookies"),
            ("*   [Google Chrome]", "- [Google Chrome]"),
            ("*   [Internet Explorer]", "- [Internet Explorer]"),
            ("*   [Firefox]", "- [Firefox]"),
            ("*   [Safari](", "- [Safari]("),
            ("*   [Safari Mobile]", "- [Safari Mobile]"),
            ("*   [Opera]", "- [Opera]"),
            ("Effective February 1, 2024\n\n  \n", "Effective February 1, 2024\n"),
        ],
    ),
    (
        "en-130",
        "editorial",
        ["R1"],
        False,
        False,
        "A sentence is reworded with the same meaning: \"Lots of people rely on our Products\" becomes \"Many people rely on our Products ... or to share content\".",
        [
            (
                "Lots of people rely on our Products to run or promote their businesses or share content.",
                "Many people rely on our Products to run or promote their businesses or to share content.",
            ),
        ],
    ),
    (
        "en-162",
        "editorial",
        ["R1"],
        False,
        False,
        "Consistency and punctuation fixes (\"Ads & Cookies Policy\", \"more information on\") and a new date stamp; nothing changes in substance.",
        [
            ("_Last Updated: March 23, 2026_", "_Last Updated: April 2, 2026_"),
            ("For more information of your rights and choices, please see", "For more information on your rights and choices, please see"),
            ("**In the event you read this Ads & Cookie Policy in any language", "**In the event you read this Ads & Cookies Policy in any language"),
        ],
    ),
    (
        "en-164",
        "editorial",
        ["R1"],
        False,
        False,
        "Two paragraphs of \"Our principles\" swap places without any change of wording, and the date stamp moves.",
        [
            (
                "Vodafone is committed to respecting your privacy. We take privacy, security, and complying with data protection and privacy laws seriously.\n\nWe have set out our core [Privacy Commitments](http://www.vodafone.com/content/index/about/privacy.html) in our Privacy Centre. We aim to put these commitments at the heart of everything we do.",
                "We have set out our core [Privacy Commitments](http://www.vodafone.com/content/index/about/privacy.html) in our Privacy Centre. We aim to put these commitments at the heart of everything we do.\n\nVodafone is committed to respecting your privacy. We take privacy, security, and complying with data protection and privacy laws seriously.",
            ),
            ("Last updated: 13 Jan 2026", "Last updated: 27 Jan 2026"),
        ],
    ),
    (
        "en-169",
        "editorial",
        ["R1"],
        False,
        False,
        "Capitalisation and wording are tidied (\"offline. However, please be aware\") and the last-updated date changes; the practice described is the same.",
        [
            ("this policy also does not apply to information you may provide to us offline. however please do be aware that", "this policy also does not apply to information you may provide to us offline. However, please be aware that"),
            ("This policy was last updated on December 31, 2014.", "This policy was last updated on March 2, 2015."),
        ],
    ),
    (
        "en-019",
        "editorial",
        ["R1"],
        False,
        False,
        "A typo is corrected (\"we have set our further information below\" becomes \"we set out further information below\") and a sentence about minors is split in two; meaning unchanged.",
        [
            ("we have set our further information below on how LinkedIn may share", "we set out further information below on how LinkedIn may share"),
            (
                "LinkedIn’s Privacy Policy and this Regional Privacy Notice apply, as they do for other members. You can",
                "LinkedIn’s Privacy Policy and this Regional Privacy Notice apply to you, as they do for other members.\n\nYou can",
            ),
        ],
    ),
]


def apply(text: str, edits: list[Edit], where: str) -> str:
    """Apply edits in order; an anchor that is missing or ambiguous would silently edit the wrong place."""
    for anchor, replacement in edits:
        count = text.count(anchor)
        assert count == 1, f"{where}: anchor occurs {count} times: {anchor[:80]!r}"
        if replacement != DROP:
            text = text.replace(anchor, replacement)
            continue
        at = text.index(anchor)
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        text = text[:start] + text[end + 1 :] if end != -1 else text[:start]
    return text


def build(corpus: dict[str, dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Number the pairs per language in the order they are written above."""
    numbers: dict[str, int] = {}
    for base_id, label, rules, reconsent, rerender, rationale, edits in EDITS:
        base = corpus[base_id]
        lang = base["lang"]
        numbers[lang] = numbers.get(lang, 0) + 1
        pair_id = f"blind3-{lang}-{numbers[lang]:03d}"
        new = apply(base["new"], edits, f"{pair_id} (base {base_id})")
        assert new != base["new"], f"{pair_id}: edits leave the text unchanged"
        yield {
            "id": pair_id,
            "lang": lang,
            "policy": base["policy"],
            "service": "blind3/" + base["service"],
            "source": {"base": base_id, "written": WRITTEN},
            "technical_rerender": rerender,
            "label": label,
            "reconsent": reconsent,
            "rules": rules,
            "rationale": rationale,
            "old": base["new"],
            "new": new,
        }


def main() -> None:
    here = Path(__file__).resolve()
    corpus_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else here.parents[3] / "shared" / "corpus"
    corpus: dict[str, dict[str, Any]] = {}
    for path in sorted(corpus_dir.glob("changes*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                corpus[record["id"]] = record
    pairs = list(build(corpus))
    out = here.parent / "edits.jsonl"
    out.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pairs), encoding="utf-8")
    print(f"{len(pairs)} pairs written to {out}")


if __name__ == "__main__":
    main()
