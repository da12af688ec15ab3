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

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/, where the shared mechanics live

from blind_edits import Pair, before, corpus_records, drop, pairs, rebuild

NAME = "blind3"
WRITTEN = "2026-11-28"

# ruff: noqa: E501
EDITS: list[Pair] = [
    (
        "en-005",
        "major",
        ["R5"],
        False,
        False,
        'A new subprocessor is added to the list of third parties receiving customer and personal data: "Mistral AI SAS", for AI inference, located in France.',
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
            ("* **Site visitors** **Privacy Policy** –", "* **Site visitors Privacy Policy** –"),
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
        'A new purpose is added under legitimate interests: "To create labour-market research reports that we license to governments, universities and businesses".',
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
        'A new category of personal data is collected: voice recordings ("If you use voice search in our apps, we collect the audio of your request and its transcript").',
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
        'Removes the cookie row "org_transform_notice" and the subprocessor "Magic Robot", which takes processing away; the rest is a punctuation fix ("change, the").',
        [
            drop("| GitHub | `org_transform_notice` |"),
            drop("| Magic Robot | Campaign reporting (Salesforce Add-on) |"),
            (
                "Since the number and names of cookies may change,the table",
                "Since the number and names of cookies may change, the table",
            ),
        ],
    ),
    (
        "en-026",
        "major",
        ["R6"],
        False,
        False,
        'A new transfer outside the EU is added: personal data now also goes "to the engineering teams of our subcontractor in India who maintain our recommendation systems".',
        [
            (
                "to our hosting provider which uses servers in the US. You can exercise",
                "to our hosting provider which uses servers in the US, and to the engineering teams of our subcontractor in India who maintain our recommendation systems. You can exercise",
            ),
            (
                "* help to give your data the same level of protection as it has in the EU",
                "* help give your data the same level of protection it has in the EU",
            ),
        ],
    ),
    (
        "en-023",
        "minor",
        ["R9"],
        False,
        False,
        'Adds a new opt-out for a practice already disclosed: "You can turn off the use of your offsite activity for recommendations at any time in your Privacy and Data Settings".',
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
        'The retention of voiceprints grows: "for up to five years after you last interact with Zoom" instead of three years.',
        [
            (
                "or for up to three years after you last interact with Zoom.",
                "or for up to five years after you last interact with Zoom.",
            ),
            ("Last updated: July 19, 2024", "Last updated: December 2, 2024"),
        ],
    ),
    (
        "en-027",
        "rights_reducing",
        ["R12", "R11"],
        False,
        False,
        'The promise that "Spotify does not carry out this type of automated decision making" is weakened to "does not generally carry out ... except where needed to detect fraud or payment abuse".',
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
        'Automated decision-making is extended to sign-up: "Our systems estimate your age from your verification selfie" and "your account will automatically be suspended".',
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
        'The legal basis for photo and profile feedback moves from "Our contractual obligation" to legitimate interests "in helping members present their profiles well"; the rest fixes the typo "unathorised".',
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
        'The right "to data portability: you can request a copy of certain data in a machine-readable form" is removed from the list of rights; the renumbering is editorial.',
        [
            drop("6. Right to data portability: you can request a copy of certain data"),
            ("7. Right to object: in certain circumstances", "6. Right to object: in certain circumstances"),
            (
                "8. Rights related to automated decision-making including profiling",
                "7. Rights related to automated decision-making including profiling",
            ),
            (
                "This Privacy Policy was last updated 12th April 2023.",
                "This Privacy Policy was last updated 3rd October 2023.",
            ),
        ],
    ),
    (
        "en-133",
        "major",
        ["R3"],
        False,
        False,
        'The controller changes: the Services "are provided by Lex Social Ltd, a company registered in England and Wales, which acquired them from Personal Best, Inc.".',
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
        'Personalised ads move from "your consent" to "our legitimate interest" and the sentence "you are entitled to revoke your consent anytime" is removed, so the right to withdraw consent goes.',
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
        'A new, more private choice is offered, "Share an approximate location only (accurate to about 5 km)", alongside the existing settings; the date stamp is editorial.',
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
        'Deletion requests become slower: GitHub "will delete your full profile within 180 days of your request" instead of 90 days.',
        [
            (
                "we will delete your full profile within 90 days of your request.",
                "we will delete your full profile within 180 days of your request.",
            ),
        ],
    ),
    (
        "en-174",
        "rights_reducing",
        ["R4"],
        False,
        False,
        'Exercising rights becomes harder and costlier: requests "must be accompanied by a copy of a valid passport or driving licence" and "we may charge an administrative fee of £10".',
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
        'Log files are kept for a shorter time: "in an inaccessible archive for 14 days and then deletes them" instead of 30 days; the version stamp is editorial.',
        [
            (
                "in an inaccessible archive for 30 days and then deletes them.",
                "in an inaccessible archive for 14 days and then deletes them.",
            ),
            ("Version: July 17th 2024", "Version: November 4th 2024"),
        ],
    ),
    (
        "en-173",
        "major",
        ["R7", "R1"],
        False,
        False,
        'A new source of personal data is added: "we receive information about you from our identity verification partner ... public records that match your name and date of birth"; the spelling fix "connection" is editorial.',
        [
            before(
                "**Biometric Information Collected with Your Consent for Limited Purposes.**",
                "**Information from our identity verification partner**\n\nTo keep the eharmony Service safe, we receive information about you from our identity verification partner when you register, including whether your email address and phone number have been linked to fraud elsewhere and public records that match your name and date of birth.\n\n",
            ),
            (
                "**Data required in connetion with a Basic Membership**",
                "**Data required in connection with a Basic Membership**",
            ),
        ],
    ),
    (
        "en-154",
        "major",
        ["R4", "R14"],
        False,
        False,
        'The channel for rectification, deletion, objection and restriction requests moves from the help centre ("please contact us") to a dedicated web form ("please submit our online privacy request form"), neither harder nor slower.',
        [
            (
                "want to request its rectification, deletion, object to or restrict its processing, please contact us [here.](https://gotinder.com/help)",
                "want to request its rectification, deletion, object to or restrict its processing, please submit our online privacy request form [here.](https://account.gotinder.com/privacy-request)",
            ),
        ],
    ),
    (
        "en-155",
        "rights_reducing",
        ["R13"],
        False,
        False,
        'The right "to lodge a complaint with the appropriate data protection authority" is removed; only "a right to a judicial remedy" remains.',
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
        'A new third-party advertising vendor is added to the table: "TikTok Pixel and TikTok Events API" for "Advertising, retargeting and conversion measurement", so earlier cookie consent does not cover it.',
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
            (
                "\nWhat are cookies, and what does this policy cover?\n",
                "\n## What are cookies, and what does this policy cover?\n",
            ),
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
        'The Outbrain tracking cookie lives longer: it now "expires twelve (12) months after a user visited" instead of three months.',
        [
            (
                "the Outbrain cookie (Obuid),which is used for tracking user actions such as clicks, expires three (3) months after",
                "the Outbrain cookie (Obuid),which is used for tracking user actions such as clicks, expires twelve (12) months after",
            ),
        ],
    ),
    (
        "en-034",
        "minor",
        ["R17"],
        False,
        False,
        'A cookie use is withdrawn: the item "to understand which of our FAQs are most popular and to show you relevant content" is removed and nothing is added.',
        [
            drop(
                "* to understand which of our FAQs are most popular and to show you relevant content related to our Services;"
            ),
        ],
    ),
    (
        "en-018",
        "editorial",
        ["R1"],
        False,
        False,
        'The lawful-bases paragraph is split in two and a missing space is restored ("consent (where"); the wording and meaning are unchanged.',
        [
            (
                "Lawful bases include\u00a0consent(where you have given consent)",
                "Lawful bases include\u00a0consent (where you have given consent)",
            ),
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
        'A recipient of tracking data is removed: data now goes to "companies like Google" without "and Microsoft"; the missing word in "you could not use our Service" is editorial.',
        [
            (
                "We also forward tracking data to companies like Google and Microsoft so that we can measure",
                "We also forward tracking data to companies like Google so that we can measure",
            ),
            (
                "functions without which you could not our Service as desired",
                "functions without which you could not use our Service as desired",
            ),
        ],
    ),
    (
        "en-116",
        "minor",
        ["R14", "R9"],
        False,
        False,
        'A further contact channel is added, "through the privacy form of our help centre", while the existing email and postal address stay unchanged; nothing becomes harder.',
        [
            before(
                "- by mail at the following postal address : FLASHGAP",
                "- through the privacy form of our help centre at help.fruitz.io/privacy;\n\nor\n\n",
            ),
        ],
    ),
    (
        "en-129",
        "editorial",
        ["R1"],
        False,
        False,
        'Wording is polished without changing meaning: "like contact information" becomes "such as the contact information".',
        [
            (
                "We communicate with you using information you've given us, like contact information you've entered on your profile.",
                "We communicate with you using information you've given us, such as the contact information you've entered on your profile.",
            ),
        ],
    ),
    (
        "en-117",
        "minor",
        ["R17", "R1"],
        False,
        False,
        'A marketing and analytics provider is removed from the list of recipients ("Adikteev 29 rue des" Pyramides, Paris); the date stamp is editorial.',
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
        'Capture fixes only: the control characters captured instead of dashes around "small anonymous identifiers" become real em dashes and the spacing after the list numbers is normalised; the text says the same.',
        [
            (
                "send one or more cookies\x97small anonymous identifiers\x97to your computer",
                "send one or more cookies—small anonymous identifiers—to your computer",
            ),
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
        'Clearer wording of an existing choice: the new sentence "Opting out does not stop you from seeing ads; the ads you see will simply be less relevant to you" restates what the opt-out already did.',
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
        'Grammar only: "ask all the inaccurate personal information concerning you been corrected" becomes "ask that all inaccurate personal information concerning you be corrected".',
        [
            (
                "you can ask all the inaccurate personal information concerning you been corrected.",
                "you can ask that all inaccurate personal information concerning you be corrected.",
            ),
        ],
    ),
    (
        "en-028",
        "minor",
        ["R14"],
        False,
        False,
        'The postal address of the Data Protection Officer is laid out on several lines with an "Attn: Data Protection Officer" line; same company, same street, same channel.',
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
        'Markdown only: level-3 headings become level 2, list markers change from "*   " to "- " and a stray blank line goes; no word changes.',
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
        'A sentence is reworded with the same meaning: "Lots of people rely on our Products" becomes "Many people rely on our Products ... or to share content".',
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
        'Consistency and punctuation fixes ("Ads & Cookies Policy", "more information on") and a new date stamp; nothing changes in substance.',
        [
            ("_Last Updated: March 23, 2026_", "_Last Updated: April 2, 2026_"),
            (
                "For more information of your rights and choices, please see",
                "For more information on your rights and choices, please see",
            ),
            (
                "**In the event you read this Ads & Cookie Policy in any language",
                "**In the event you read this Ads & Cookies Policy in any language",
            ),
        ],
    ),
    (
        "en-164",
        "editorial",
        ["R1"],
        False,
        False,
        'Two paragraphs of "Our principles" swap places without any change of wording, and the date stamp moves.',
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
        'Capitalisation and wording are tidied ("offline. However, please be aware") and the last-updated date changes; the practice described is the same.',
        [
            (
                "this policy also does not apply to information you may provide to us offline. however please do be aware that",
                "this policy also does not apply to information you may provide to us offline. However, please be aware that",
            ),
            ("This policy was last updated on December 31, 2014.", "This policy was last updated on March 2, 2015."),
        ],
    ),
    (
        "en-019",
        "editorial",
        ["R1"],
        False,
        False,
        'A typo is corrected ("we have set our further information below" becomes "we set out further information below") and a sentence about minors is split in two; meaning unchanged.',
        [
            (
                "we have set our further information below on how LinkedIn may share",
                "we set out further information below on how LinkedIn may share",
            ),
            (
                "LinkedIn’s Privacy Policy and this Regional Privacy Notice apply, as they do for other members. You can",
                "LinkedIn’s Privacy Policy and this Regional Privacy Notice apply to you, as they do for other members.\n\nYou can",
            ),
        ],
    ),
    (
        "fr-042",
        "major",
        ["R6"],
        False,
        False,
        "Le fondement des transferts hors UE change : ils reposent désormais sur les « règles d’entreprise contraignantes (BCR) du groupe Air France-KLM » et sur le « cadre de protection des données UE–États-Unis » au lieu des seules clauses contractuelles types.",
        [
            (
                "notamment au travers de la signature, au cas par cas, des clauses contractuelles types définies par la Commission Européenne, ou tout autre mécanisme décrit dans le règlement.",
                "notamment au travers des règles d’entreprise contraignantes (BCR) du groupe Air France-KLM pour les transferts entre sociétés du groupe et, pour nos prestataires établis aux États-Unis, de leur adhésion au cadre de protection des données UE–États-Unis (Data Privacy Framework) ; à défaut, nous recourons aux clauses contractuelles types définies par la Commission européenne.",
            ),
        ],
    ),
    (
        "fr-239",
        "editorial",
        ["R1"],
        False,
        True,
        "Rendu uniquement : les titres soulignés de tirets ou de signes égal deviennent des titres Markdown ; aucun mot ne change.",
        [
            ("Politique de confidentialité - IntraMuros\n" + "=" * 41, "# Politique de confidentialité - IntraMuros"),
            (
                "Parties impliquées dans la collecte des données personnelles\n" + "-" * 60,
                "## Parties impliquées dans la collecte des données personnelles",
            ),
            ("\nResponsable de traitement\n" + "-" * 25, "\n## Responsable de traitement"),
            ("Délégué à la protection des données\n" + "-" * 35, "## Délégué à la protection des données"),
            ("Traitement des données personnelles\n" + "-" * 35, "## Traitement des données personnelles"),
            ("\nDonnées traitées\n" + "-" * 16, "\n## Données traitées"),
            (
                "Notification de violation de donne\u0301es personnelles\n" + "-" * 50,
                "## Notification de violation de donne\u0301es personnelles",
            ),
        ],
    ),
    (
        "fr-045",
        "major",
        ["R5", "R1"],
        False,
        False,
        "Une nouvelle catégorie de destinataires apparaît : « les autorités organisatrices de la mobilité et les collectivités territoriales [...] auxquelles nous transmettons les trajets réalisés » ; la numérotation « 4.3. » est une correction de forme.",
        [
            before(
                "* les sous-traitants auxquels nous recourons notamment",
                "* les autorités organisatrices de la mobilité et les collectivités territoriales qui financent des incitations au covoiturage, auxquelles nous transmettons les trajets réalisés, leur date et le nombre de passagers afin qu’elles puissent verser leurs aides ;\n\n",
            ),
            ("**4.3** Nous pouvons divulguer des informations", "**4.3.** Nous pouvons divulguer des informations"),
        ],
    ),
    (
        "fr-231",
        "rights_reducing",
        ["R12", "R5"],
        False,
        False,
        "La promesse « nous ne partageons pas d'informations qui permettent de vous identifier, telles que votre nom ou votre adresse e-mail, avec les annonceurs » est affaiblie : « votre adresse e-mail peut toutefois leur être communiquée sous une forme hachée ».",
        [
            (
                "nous ne partageons pas d'informations qui permettent de vous identifier, telles que votre nom ou votre adresse e-mail, avec les annonceurs.",
                "nous ne partageons pas d'informations qui permettent de vous identifier directement, telles que votre nom, avec les annonceurs ; votre adresse e-mail peut toutefois leur être communiquée sous une forme hachée afin de mesurer l'efficacité de leurs campagnes.",
            ),
        ],
    ),
    (
        "fr-051",
        "major",
        ["R8"],
        False,
        False,
        "La conservation des données de marketing direct s’allonge : « Vos données seront supprimées 5 ans après le dernier contact » au lieu de 3 ans.",
        [
            (
                "Vos données seront supprimées 3 ans après le dernier contact.",
                "Vos données seront supprimées 5 ans après le dernier contact.",
            ),
        ],
    ),
    (
        "fr-181",
        "minor",
        ["R17"],
        False,
        False,
        "Un outil tiers est retiré : la finalité « Analyse du partage des pages [...] l'outil «Addthis» » disparaît de la liste, sans ajout.",
        [
            drop("* Analyse du partage des pages de notre site à partir d'informations anonymes sur votre navigation."),
        ],
    ),
    (
        "fr-058",
        "major",
        ["R2", "R5"],
        False,
        False,
        "Une nouvelle finalité est ajoutée : « La constitution d’audiences publicitaires et la diffusion de publicités ciblées sur les réseaux sociaux », avec transmission de l’e-mail haché à « Meta, Google et TikTok ».",
        [
            before(
                "*** Gérer et répondre à vos questions et demandes de contact**",
                "*** La constitution d’audiences publicitaires et la diffusion de publicités ciblées sur les réseaux sociaux**\n\nCe Traitement consiste à transmettre une version hachée de votre adresse e-mail ainsi que votre historique d’achats à nos partenaires publicitaires (Meta, Google et TikTok) afin de vous présenter des publicités personnalisées sur leurs plateformes et de toucher des personnes ayant un profil proche du vôtre.\n\n**Base légale**\n\nNotre intérêt légitime à promouvoir nos produits auprès de nos clientes et de nouveaux publics.\n\n",
            ),
        ],
    ),
    (
        "fr-200",
        "rights_reducing",
        ["R13"],
        False,
        False,
        "Le droit d’opposition est restreint : les « droits de limitation et d’objection au traitement » deviennent le seul droit à la limitation, l’opposition n’étant plus possible qu’« à des fins de prospection commerciale ».",
        [
            (
                "ainsi que des droits de limitation et d’objection au traitement de celles-ci.",
                "ainsi que du droit à la limitation du traitement de celles-ci. Vous pouvez vous opposer à l’utilisation de vos données à des fins de prospection commerciale.",
            ),
        ],
    ),
    (
        "fr-064",
        "major",
        ["R7", "R1"],
        False,
        False,
        "De nouvelles catégories de données de santé sont collectées : « variabilité de la fréquence cardiaque, qualité et durée du sommeil » ; « notre Plateforme » corrige une coquille.",
        [
            (
                "* données de capteurs, comprenant rythme cardiaque et données de localisation (GPS)",
                "* données de capteurs, comprenant rythme cardiaque, variabilité de la fréquence cardiaque, qualité et durée du sommeil et données de localisation (GPS)",
            ),
            ("fonctionnalités spécifiques sur notres Plateforme", "fonctionnalités spécifiques sur notre Plateforme"),
        ],
    ),
    (
        "fr-052",
        "editorial",
        ["R1"],
        False,
        False,
        "Corrections de forme : « 1 an » au lieu de « 1 ans » et une question reformulée (« Où, quand, comment et pourquoi traitons-nous vos données ») ; le sens est inchangé.",
        [
            (
                "Vos données seront supprimées 1 ans après le dernier contact.",
                "Vos données seront supprimées 1 an après le dernier contact.",
            ),
            (
                "Où, quand, comment, pourquoi traitons-nous vos données et, aussi, quels sont vos droits.",
                "Où, quand, comment et pourquoi traitons-nous vos données, et quels sont vos droits ?",
            ),
        ],
    ),
    (
        "fr-190",
        "major",
        ["R3"],
        False,
        False,
        "Un responsable conjoint du traitement apparaît : « AIR EUROPA et la société Air France-KLM S.A. [...] agissent en qualité de responsables conjoints du traitement ».",
        [
            before(
                "**Vous pouvez nous contacter par les moyens suivants**",
                "**Responsables conjoints**  \nPour les vols opérés en partage de codes avec Air France et KLM et pour le programme de fidélité Flying Blue, AIR EUROPA et la société Air France-KLM S.A. déterminent ensemble les finalités et les moyens du traitement et agissent en qualité de responsables conjoints du traitement.\n\n",
            ),
        ],
    ),
    (
        "fr-079",
        "minor",
        ["R14"],
        False,
        False,
        "Seule la présentation d’une adresse change (« San Francisco, CA 94158 ») ; même société, même adresse, même canal.",
        [
            (
                "(1515\u00a03rd\u00a0Street, San\u00a0Francisco, CA, 94158, États-Unis)",
                "(1515\u00a03rd\u00a0Street, San\u00a0Francisco, CA\u00a094158, États-Unis)",
            ),
        ],
    ),
    (
        "fr-089",
        "major",
        ["R11", "R1"],
        False,
        False,
        "Une décision entièrement automatisée est introduite : « au-delà d’un certain seuil, le compte est suspendu automatiquement, sans examen humain préalable » ; la date est éditoriale.",
        [
            (
                "Vinted supervise activement le respect et l’application des CG dans le but d’assurer la sécurité de votre compte et de la Plateforme.",
                "Vinted supervise activement le respect et l’application des CG dans le but d’assurer la sécurité de votre compte et de la Plateforme. Pour ce faire, nos systèmes analysent automatiquement les annonces, les messages et l’activité de chaque compte et lui attribuent un score de risque ; au-delà d’un certain seuil, le compte est suspendu automatiquement, sans examen humain préalable. Vous pouvez contester cette suspension auprès de notre service d’assistance.",
            ),
            ("Date de la dernière mise à jour : 07/09/2022", "Date de la dernière mise à jour : 15/11/2022"),
        ],
    ),
    (
        "fr-260",
        "minor",
        ["R9", "R1"],
        False,
        False,
        "Un traceur publicitaire vit moins longtemps : « _uetvid » passe de 13 mois à « 6 mois » ; « Géolocalisation » est une correction de traduction.",
        [
            (
                "| \\_uetvid | Bing | .withings.com | Suivre les visites | Publicités personnalisées | 13 mois | Interne |",
                "| \\_uetvid | Bing | .withings.com | Suivre les visites | Publicités personnalisées | 6 mois | Interne |",
            ),
            ("| Performance, Geolocation | 13 mois |", "| Performance, Géolocalisation | 13 mois |"),
        ],
    ),
    (
        "fr-084",
        "major",
        ["R15", "R1"],
        True,
        False,
        "Un nouveau tiers peut déposer des traceurs : « Meta Platforms Ireland Limited et Pinterest Europe Limited peuvent déposer des pixels de mesure d’audience » ; le consentement recueilli ne le couvrait pas.",
        [
            (
                "Dans ce dernier cadre, Meta Platforms Ireland Limited peut déposer des pixels de mesure d’audience",
                "Dans ce dernier cadre, Meta Platforms Ireland Limited et Pinterest Europe Limited peuvent déposer des pixels de mesure d’audience",
            ),
            (
                "des plateformes Facebook et Instagram vers le site Veepee",
                "des plateformes Facebook, Instagram et Pinterest vers le site Veepee",
            ),
            (
                "collectées lors de la creation et l’utilisation de votre compte",
                "collectées lors de la création et l’utilisation de votre compte",
            ),
        ],
    ),
    (
        "fr-237",
        "editorial",
        ["R1"],
        False,
        False,
        "Coquilles corrigées (« les données », « S.A. ») sans aucune modification de fond.",
        [
            (
                "Nous utiliserons également les donnés pour essayer",
                "Nous utiliserons également les données pour essayer",
            ),
            ("International Consolidated Airlines Group, S.A..", "International Consolidated Airlines Group, S.A."),
        ],
    ),
    (
        "fr-208",
        "rights_reducing",
        ["R13"],
        False,
        False,
        "Le droit « d’introduire une réclamation auprès de l’autorité de contrôle » est supprimé avec les coordonnées de l’Autorité de protection des données.",
        [
            (
                "Vous avez aussi le droit d’introduire une réclamation auprès de l’autorité de contrôle de l’État membre de l’Union européenne dans lequel se trouve votre résidence habituelle, votre lieu de travail ou le lieu où la violation en matière de protection des données aurait été commise\u00a0:\n\nEn Belgique, l’autorité de contrôle est la suivante\u00a0:  \n\nAutorité de protection des données  \nGegevensbeschermingsautoriteit  \nRue de la presse\u00a035, 1000\u00a0Bruxelles  \n[\u200bcontact@apd-gba.be](mailto:contact@apd-gba.be)  \n[\u200bwww.dataprotectionauthority.beLe lien s’ouvrira dans un nouvel onglet de navigateur.](https://www.dataprotectionauthority.be/)\n\n",
                "",
            ),
        ],
    ),
    (
        "fr-093",
        "major",
        ["R16", "R1"],
        False,
        False,
        "Le traceur d’identifiant utilisateur Beamer vit plus longtemps : sa durée passe de 300 jours à « 390 jours » (moins de 13 mois) ; la date de version est éditoriale.",
        [
            (
                "|     | _BEAMER\\_USER\\_ID_{product ID} | 300 jours |",
                "|     | _BEAMER\\_USER\\_ID_{product ID} | 390 jours |",
            ),
            ("### Version en date du 21 décembre 2022", "### Version en date du 9 janvier 2023"),
        ],
    ),
    (
        "fr-090",
        "minor",
        ["R9"],
        False,
        False,
        "Un nouveau moyen de refus est offert : « Vous pouvez désactiver à tout moment la personnalisation de votre fil d’actualité dans Paramètres > Confidentialité ».",
        [
            (
                "en rendant l’utilisation de la Plateforme plus agréable.",
                "en rendant l’utilisation de la Plateforme plus agréable. Vous pouvez désactiver à tout moment la personnalisation de votre fil d’actualité dans Paramètres > Confidentialité ; les articles vous sont alors présentés par date de publication.",
            ),
        ],
    ),
    (
        "fr-186",
        "editorial",
        ["R1"],
        False,
        False,
        "Nouveau numéro de version et accent sur la majuscule (« À la date de rédaction ») ; le contenu est identique.",
        [
            (
                "Air Corsica. Version 1.8 temporaire du mardi 18 avril 2023. Mise en ligne le 18 avril 2023.",
                "Air Corsica. Version 1.9 du lundi 5 juin 2023. Mise en ligne le 5 juin 2023.",
            ),
            ("A la date de rédaction du présent document", "À la date de rédaction du présent document"),
        ],
    ),
    (
        "fr-195",
        "major",
        ["R10"],
        False,
        False,
        "La base légale change pour l’amélioration des offres et les analyses : le traitement « repose désormais sur notre intérêt légitime et non plus sur l’exécution de notre contrat avec vous ».",
        [
            (
                "nous collectons des données sur les morceaux écoutés afin de vous fournir le contenu demandé ou à des fins de redevance.",
                "nous collectons des données sur les morceaux écoutés afin de vous fournir le contenu demandé ou à des fins de redevance. Lorsque ces données sont utilisées pour améliorer nos offres ou à des fins d’analyse interne, ce traitement repose désormais sur notre intérêt légitime et non plus sur l’exécution de notre contrat avec vous ; vous pouvez vous y opposer en désactivant le partage des analyses dans les Réglages de votre appareil.",
            ),
        ],
    ),
    (
        "fr-221",
        "rights_reducing",
        ["R10"],
        False,
        False,
        "La géolocalisation précise passe du consentement à l’exécution du contrat (« repose également sur l’exécution de ce contrat ») et la possibilité de retirer son consentement pour cette collecte disparaît.",
        [
            (
                "et vous fournir nos fonctionnalités gratuites et payantes.",
                "et vous fournir nos fonctionnalités gratuites et payantes. La collecte de votre géolocalisation précise, nécessaire pour vous présenter des profils à proximité, repose également sur l’exécution de ce contrat.",
            ),
            (
                "nous pouvons vous demander votre consentement pour collecter des informations spécifiques telles que votre géolocalisation précise ou pour utiliser vos informations à des fins spécifiques.",
                "nous pouvons vous demander votre consentement pour utiliser vos informations à des fins spécifiques.",
            ),
            (
                "vous pouvez retirer votre consentement en modifiant vos paramètres (par exemple en ce qui concerne la collecte de votre géolocalisation précise) ou en supprimant votre contenu",
                "vous pouvez retirer votre consentement en supprimant votre contenu",
            ),
        ],
    ),
    (
        "fr-094",
        "minor",
        ["R9", "R1"],
        False,
        False,
        "La règle d’inactivité est reformulée plus clairement (« Si vous n’avez effectué aucune action [...] pendant plus de 3 ans ») sans changer la pratique ; la date de version est éditoriale.",
        [
            (
                "En cas de période d’inactivité, aucun acte positif de votre part d’une durée supérieure à 3 ans, nous nous réservons le droit",
                "Si vous n’avez effectué aucune action (ouverture d’un e-mail, clic sur un lien ou connexion à votre espace) pendant plus de 3 ans, nous nous réservons le droit",
            ),
            ("### Version en date du 27 avril 2026", "### Version en date du 4 mai 2026"),
        ],
    ),
    (
        "fr-207",
        "major",
        ["R4", "R14"],
        False,
        False,
        "L’adresse postale du délégué à la protection des données, canal d’exercice des droits, déménage : « B.HOUSE, BRUSSELS AIRPORT – BOÎTE 5 », « 1930 ZAVENTEM ».",
        [
            (
                "AIRPORT BLD 26, GENERAL AVIATION – RINGBAAN  \n1831 MACHELEN  ",
                "B.HOUSE, BRUSSELS AIRPORT – BOÎTE 5  \n1930 ZAVENTEM  ",
            ),
        ],
    ),
    (
        "fr-214",
        "editorial",
        ["R1"],
        False,
        False,
        "La mention « Traduit avec www.DeepL.com/Translator (version gratuite) » est retirée ; elle ne disait rien du traitement des données.",
        [
            drop("Traduit avec www.DeepL.com/Translator (version gratuite)"),
        ],
    ),
    (
        "fr-189",
        "rights_reducing",
        ["R4"],
        False,
        False,
        "L’exercice des droits devient plus difficile : « Toute demande doit être accompagnée d’une copie recto verso de votre carte d’identité ou de votre passeport [...] à défaut, elle ne pourra pas être traitée ».",
        [
            before(
                "Dans tous les cas, nous mettons à votre disposition un [formulaire en ligne]",
                "Toute demande doit être accompagnée d’une copie recto verso de votre carte d’identité ou de votre passeport en cours de validité ; à défaut, elle ne pourra pas être traitée.  \n",
            ),
        ],
    ),
    (
        "fr-180",
        "editorial",
        ["R1"],
        False,
        True,
        "Rendu uniquement : intitulés en gras transformés en titres, titre vide réparé, niveaux de titres ajustés ; le texte est identique.",
        [
            ("### Cookies\n", "## Cookies\n"),
            (
                "**Qu'est ce qu' un témoin de connexion (cookie)**  \n",
                "#### Qu'est ce qu' un témoin de connexion (cookie)\n\n",
            ),
            (
                "**Quelle utilisation faisons-nous des cookies**  \n",
                "#### Quelle utilisation faisons-nous des cookies\n\n",
            ),
            (
                "**Puis-je m'opposer à l'enregistrement des cookies\u00a0?**  \n",
                "#### Puis-je m'opposer à l'enregistrement des cookies\u00a0?\n\n",
            ),
            ("### \u00a0  \nTransmission des données API-PNR", "### Transmission des données API-PNR"),
        ],
    ),
    (
        "fr-228",
        "rights_reducing",
        ["R4"],
        False,
        False,
        "L’exercice des droits devient plus coûteux : les demandes ne sont plus gratuites qu’« une fois tous les douze (12) mois » au lieu de six.",
        [
            (
                "Les demandes concernant les données personnelles sont gratuites une fois tous les six (6) mois.",
                "Les demandes concernant les données personnelles sont gratuites une fois tous les douze (12) mois.",
            ),
        ],
    ),
    (
        "fr-185",
        "minor",
        ["R9"],
        False,
        False,
        "La durée de conservation probatoire des justificatifs de tarif résident est raccourcie : « pour une durée de 3 ans » au lieu de 5 ans.",
        [
            ("pour une durée de 5 ans à titre probatoire", "pour une durée de 3 ans à titre probatoire"),
        ],
    ),
    (
        "fr-222",
        "editorial",
        ["R1"],
        False,
        False,
        "Une ligne du tableau (« Données sur les réseaux sociaux ») est déplacée plus haut sans être modifiée et une tournure est corrigée (« efforcés de rendre »).",
        [
            drop("| Données sur les réseaux sociaux |"),
            before(
                "| Données de tierces parties |",
                "| Données sur les réseaux sociaux | Vous pouvez décider de partager des données avec nous via vos comptes sur d’autres plateformes (par ex., Spotify, Google ou Apple), par exemple si vous décidez de créer et de vous connecter à votre compte via ces plateformes ou si vous décidez de télécharger des données telles qu’une playlist sur notre service à partir de ces plateformes. |\n",
            ),
            (
                "Nous nous sommes efforcés en vue de rendre cette politique",
                "Nous nous sommes efforcés de rendre cette politique",
            ),
        ],
    ),
    (
        "fr-229",
        "minor",
        ["R14", "R9"],
        False,
        False,
        "Un canal de contact supplémentaire est ajouté (« le formulaire de contact du service clientèle sur finnair.com ») tandis que l’e-mail et l’adresse postale restent.",
        [
            (
                "ou le délégué à la protection des données de Finnair, PO\u00a0Box\u00a015, 01053\u00a0Finnair, Finlande.",
                "ou le délégué à la protection des données de Finnair, PO\u00a0Box\u00a015, 01053\u00a0Finnair, Finlande. Vous pouvez également nous écrire via le formulaire de contact du service clientèle sur finnair.com, rubrique « Protection des données ».",
            ),
        ],
    ),
    (
        "fr-213",
        "major",
        ["R8", "R1"],
        False,
        False,
        "Une durée fixe est remplacée par un critère vague : « Suppression des opérations de paiement à l’issue de la durée nécessaire au traitement des éventuels litiges » au lieu de « après 12 mois » ; « Ce n'est » corrige une coquille.",
        [
            (
                "Suppression des opérations de paiement après 12 mois.",
                "Suppression des opérations de paiement à l’issue de la durée nécessaire au traitement des éventuels litiges et contrôles antifraude.",
            ),
            ("SCe n'est qu'avec votre consentement exprès", "Ce n'est qu'avec votre consentement exprès"),
        ],
    ),
    (
        "fr-247",
        "editorial",
        ["R1"],
        False,
        False,
        "Nouvelle mention de version et double espace supprimé ; aucune modification de fond.",
        [
            ("Version Juin 2025", "Version Septembre 2025"),
            ("(smartphone et tablette)\u00a0 et sur le web", "(smartphone et tablette) et sur le web"),
        ],
    ),
    (
        "fr-235",
        "minor",
        ["R17"],
        False,
        False,
        "Un destinataire disparaît : l’exemple du partage avec Bag On Board (« BOB ») pour la collecte de bagages est supprimé, sans ajout.",
        [
            drop("_Si vous souscrivez auprès de Bag On Board"),
        ],
    ),
    (
        "fr-202",
        "editorial",
        ["R1"],
        False,
        True,
        "Rendu uniquement : titre souligné converti, intitulés en gras devenus titres de niveau 2, tirets échappés normalisés ; le texte ne change pas.",
        [
            ("POLITIQUE DE CONFIDENTIALITÉ BZB\n" + "=" * 32, "# POLITIQUE DE CONFIDENTIALITÉ BZB"),
            (
                "**1\\. Pourquoi BZB collecte vos données personnelles ?**  ",
                "## 1. Pourquoi BZB collecte vos données personnelles ?",
            ),
            (
                "**2\\. Quelles données personnelles sont collectées ?**  ",
                "## 2. Quelles données personnelles sont collectées ?",
            ),
            (
                "    \\- De la création et la gestion d’un compte client",
                "    - De la création et la gestion d’un compte client",
            ),
            ("    \\- De l’organisation de jeux concours ;", "    - De l’organisation de jeux concours ;"),
        ],
    ),
    (
        "fr-242",
        "minor",
        ["R9", "R1"],
        False,
        False,
        "Un droit s’ajoute à la liste : « en demander la limitation » ; « réglementation » corrige l’orthographe.",
        [
            (
                "Vous pouvez également vous opposer aux traitements ou exercer votre droit à la portabilité.",
                "Vous pouvez également vous opposer aux traitements, en demander la limitation ou exercer votre droit à la portabilité.",
            ),
            (
                "conformément aux dispositions de la règlementation applicable",
                "conformément aux dispositions de la réglementation applicable",
            ),
        ],
    ),
    (
        "fr-230",
        "editorial",
        ["R1"],
        False,
        False,
        "Orthographe et vocabulaire harmonisés (« plateformes », « applications ») sans changement de sens.",
        [
            (
                "* Des plates-formes, telles que le navigateur Chrome",
                "* Des plateformes, telles que le navigateur Chrome",
            ),
            (
                "* Des produits intégrés dans des applis et des sites tiers",
                "* Des produits intégrés dans des applications et des sites tiers",
            ),
        ],
    ),
    (
        "fr-086",
        "minor",
        ["R17", "R1"],
        False,
        False,
        "Un traceur tiers est retiré : la ligne « script.hotjar.com » disparaît du tableau ; « À cette fin » est une correction d’accent.",
        [
            drop("| [script.hotjar.com](https://cookiepedia.co.uk/host/script.hotjar.com) |"),
            ("sur des sites tiers. A cette fin, la technologie", "sur des sites tiers. À cette fin, la technologie"),
        ],
    ),
    (
        "fr-080",
        "editorial",
        ["R1"],
        False,
        False,
        "Date de modification et tournure (« nos partenaires et nous-mêmes ») mises à jour ; rien ne change sur les traceurs.",
        [
            ("Date de modification: 18/07/2024", "Date de modification : 02/09/2024"),
            (
                "Le présent Avis décrit les Technologies de suivi que nous et nos partenaires utilisons,",
                "Le présent Avis décrit les Technologies de suivi que nos partenaires et nous-mêmes utilisons,",
            ),
        ],
    ),
    (
        "fr-261",
        "editorial",
        ["R1"],
        False,
        True,
        "Rendu uniquement : titres soulignés convertis en titres Markdown et syntaxe de l’italique réécrite ; aucun mot ne change.",
        [
            ("POLITIQUE DE CONFIDENTIALITÉ WITHINGS\n" + "=" * 37, "# POLITIQUE DE CONFIDENTIALITÉ WITHINGS"),
            (
                "LE RESPECT DE VOS DONNÉES PERSONNELLES, AU COEUR DE NOS SOLUTIONS\n" + "-" * 65,
                "## LE RESPECT DE VOS DONNÉES PERSONNELLES, AU COEUR DE NOS SOLUTIONS",
            ),
            (
                "L'HÉBERGEMENT SÉCURISÉ DES DONNÉES DE SANTÉ, NOTRE PRIORITÉ QUOTIDIENNE\n" + "-" * 71,
                "## L'HÉBERGEMENT SÉCURISÉ DES DONNÉES DE SANTÉ, NOTRE PRIORITÉ QUOTIDIENNE",
            ),
            ("APPLICATION GLOBALE ET UNIFORME\n" + "-" * 31, "## APPLICATION GLOBALE ET UNIFORME"),
            ("_I. QUELQUES NOTIONS CLES_", "*I. QUELQUES NOTIONS CLES*"),
        ],
    ),
]


def build(corpus_dir: Path) -> Iterator[dict[str, Any]]:
    """The set's records from the corpus it edits."""
    return pairs(NAME, WRITTEN, corpus_records(corpus_dir), EDITS)


if __name__ == "__main__":
    rebuild(__file__, build)
