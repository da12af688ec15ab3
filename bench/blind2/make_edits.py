"""Build the second blind evaluation set (bench/blind2/edits.jsonl) from corpus documents.

Why: every labelled pair so far has been used to tune the classifier; this set was written and labelled from
legal-rules.md alone, by someone who never read the classifier's rules, so its figure is the honest one.
Each pair takes the `new` text of a corpus record as the old version and applies hand-written edits, each an
(anchor, replacement) pair whose anchor must occur exactly once, so the file rebuilds byte for byte.

Run: python bench/blind2/make_edits.py [corpus dir]
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/, where the shared mechanics live

from blind_edits import Pair, before, corpus_records, drop, pairs, rebuild

NAME = "blind2"
WRITTEN = "2026-11-28"

# The table below quotes whole sentences of real documents, which cannot be wrapped without changing them.
# ruff: noqa: E501
# (base id, label, rules, reconsent, technical_rerender, rationale, edits)
EDITS: list[Pair] = [
    # ---------------- English ----------------
    (
        "en-097",
        "major",
        ["R7", "R1"],
        False,
        False,
        'New data category: "we also collect the precise GPS location of your device each time you post"; the date stamp is editorial.',
        [
            ("Last updated: June 30, 2026", "Last updated: November 28, 2026"),
            (
                "### 1.1. Data that you provide to us",
                "### 1.1. Data that you provide to us\n\nFrom now on, we also collect the precise GPS location of your device each time you post a BeReal, even when you choose not to share your location with your friends.",
            ),
        ],
    ),
    (
        "en-098",
        "rights_reducing",
        ["R13", "R1"],
        False,
        False,
        'The right "to lodge complaint to the relevant data protection authority" is removed from the list of rights.',
        [
            drop("*   **Right to lodge complaint to the relevant data protection authority**."),
            ("Last updated: 5 July 2022", "Last updated: 28 November 2026"),
        ],
    ),
    (
        "en-099",
        "minor",
        ["R9"],
        False,
        False,
        'Shorter retention: communications records kept "for 3 years" instead of 6 years after account deletion.',
        [
            (
                "We keep records of our communications with you for 6 years after your account is deleted, including",
                "We keep records of our communications with you for 3 years after your account is deleted, including",
            ),
            (
                ": we keep records of our communications with you for 6 years after your account is deleted.",
                ": we keep records of our communications with you for 3 years after your account is deleted.",
            ),
        ],
    ),
    (
        "en-105",
        "major",
        ["R5", "R1"],
        False,
        False,
        "New recipient category: \"we share personal data with our insurers, auditors and professional advisers\"; '&' -> 'and' is editorial.",
        [
            ("*   **Cookies & Similar Technologies.**", "*   **Cookies and Similar Technologies.**"),
            before(
                "*   **As part of a significant corporate event.**",
                "*   **With insurers and advisers.** We share personal data with our insurers, auditors and professional advisers, who use it to provide insurance, audit and advisory services to Anthropic.\n",
            ),
        ],
    ),
    (
        "en-107",
        "editorial",
        ["R1"],
        False,
        False,
        'Only the "Effective Date" stamp changes and "the" is added before "Privacy & Security settings".',
        [
            ("**Effective Date: January 21, 2026**", "**Effective Date: November 28, 2026**"),
            ("Go to Privacy & Security settings", "Go to the Privacy & Security settings"),
        ],
    ),
    (
        "en-109",
        "editorial",
        ["R1"],
        False,
        False,
        'Grammar only: "We collect the Personal Data that you provide" says the same thing.',
        [
            (
                "We collect Personal Data that you provide when you set up an account",
                "We collect the Personal Data that you provide when you set up an account",
            )
        ],
    ),
    (
        "en-111",
        "editorial",
        ["R1"],
        False,
        True,
        'Technical re-rendering: heading level "###" -> "##" and bold written with underscores, no word changes.',
        [
            ("### 1\\. Introduction", "## 1\\. Introduction"),
            ("**1.1 Company Information.**", "__1.1 Company Information.__"),
        ],
    ),
    (
        "en-113",
        "minor",
        ["R9", "R16"],
        False,
        False,
        'Shorter cookie lifetime: cookies "will expire after thirteen months" instead of two years.',
        [("all cookies will expire after two years.", "all cookies will expire after thirteen months.")],
    ),
    (
        "en-114",
        "major",
        ["R5", "R6", "R1"],
        False,
        False,
        'New processor outside the EU: "our customer-support contractor in the Philippines" under standard contractual clauses.',
        [
            ("**Effective Date:\u00a0July 21, 2021", "**Effective Date:\u00a0November 28, 2026"),
            before(
                "*   In the event of a merger, sale, or reorganization",
                "*   We share account and usage information with our customer-support contractor in the Philippines, which processes it on our behalf under the European Commission's standard contractual clauses.\n",
            ),
        ],
    ),
    (
        "en-000",
        "major",
        ["R15"],
        True,
        False,
        'New third-party vendors: "TikTok and Criteo may also place advertising cookies" to target and measure ads.',
        [
            before(
                "### Why do we use cookies?",
                "TikTok and Criteo may also place advertising cookies on the Meta Products to show you ads on their own services and measure their performance.\n\n",
            )
        ],
    ),
    (
        "en-115",
        "minor",
        ["R9"],
        False,
        False,
        'New opt-out: "you can unsubscribe from our newsletters at any time by clicking the link at the bottom of each email".',
        [
            before(
                "6\\. Is your Personal Data transferred outside the European Union?",
                "You can unsubscribe from our newsletters at any time by clicking the link at the bottom of each email.\n\n",
            )
        ],
    ),
    (
        "en-004",
        "minor",
        ["R14", "R1"],
        False,
        False,
        'Contact reformatted, same channel: "privacy [at] github [dot] com" written as "privacy@github.com"; new effective date.',
        [
            ("cc: **privacy [at] github [dot] com**", "cc: **privacy@github.com**"),
            ("Effective date: September 1, 2022", "Effective date: November 28, 2026"),
        ],
    ),
    (
        "en-119",
        "editorial",
        ["R1"],
        False,
        False,
        'Only the "Last updated" stamp changes.',
        [("Last updated: June 27, 2023.", "Last updated: November 28, 2026.")],
    ),
    (
        "en-120",
        "major",
        ["R11", "R1"],
        False,
        False,
        'Automated decision introduced: systems that "may suspend your account without human review".',
        [
            ("**Last Updated: January 14, 2022**", "**Last Updated: November 28, 2026**"),
            before(
                "**Users Outside of the United States.**",
                "**Automated Moderation.** We use automated systems that analyse your photos and messages and may suspend your account without human review when they detect a breach of our Community Guidelines.\n\n",
            ),
        ],
    ),
    (
        "en-121",
        "minor",
        ["R9"],
        False,
        False,
        'New opt-out: "You can switch off marketing push notifications at any time in Settings".',
        [
            before(
                "**1.2.**\u00a0**Privacy tips**",
                "You can switch off marketing push notifications at any time in Settings > Notifications; this does not affect messages about your account.\n\n",
            )
        ],
    ),
    (
        "en-125",
        "editorial",
        ["R1"],
        False,
        False,
        'Only the "Effective" date and the heading\'s ampersand change.',
        [
            ("_Effective: 13 July 2026_", "_Effective: 28 November 2026_"),
            ("### Diagnostic & Login Information", "### Diagnostic and Login Information"),
        ],
    ),
    (
        "en-126",
        "major",
        ["R5"],
        False,
        False,
        'New recipient: "Mixpanel" added to the list of providers that serve online behavioural advertising.',
        [before("* [PubNub](https://www.pubnub.com/)", "* [Mixpanel](https://mixpanel.com/)\n")],
    ),
    (
        "en-127",
        "editorial",
        ["R1"],
        False,
        False,
        'Punctuation and date stamp only: a comma before "[click here]" and the "Effective" date.',
        [
            ("Effective:\u00a0Jan\u00a01, 2019.", "Effective:\u00a0Nov\u00a028, 2026."),
            ("To opt out of Infolinks Media ads [click here]", "To opt out of Infolinks Media ads, [click here]"),
        ],
    ),
    (
        "en-128",
        "rights_reducing",
        ["R12"],
        False,
        False,
        'Promise weakened: "We don\'t sell any of your information to anyone, and we never will" becomes "except to carefully selected advertising partners".',
        [
            (
                "We don't sell any of your information to anyone, and we never will.",
                "We don't sell any of your information to anyone, except to carefully selected advertising partners.",
            )
        ],
    ),
    (
        "en-132",
        "minor",
        ["R9", "R1"],
        False,
        False,
        'New right: "you may also ask us to restrict the processing of your personal data while we check a correction request".',
        [
            ("_Last updated September 19, 2022._", "_Last updated November 28, 2026._"),
            before(
                "[Privacy Notice for California Residents]",
                "You may also ask us to restrict the processing of your personal data while we check a correction request you made.\n\n",
            ),
        ],
    ),
    (
        "en-137",
        "editorial",
        ["R1"],
        False,
        True,
        "Technical re-rendering: the bare address line@gdpr-rep.com becomes a mailto link to the same address.",
        [("\nline@gdpr-rep.com", "\n[line@gdpr-rep.com](mailto:line@gdpr-rep.com)")],
    ),
    (
        "en-141",
        "rights_reducing",
        ["R12"],
        False,
        False,
        'Negation weakened: "will not sell or give" becomes "will not sell ... but may give it to partners".',
        [
            (
                "LibraryThing will not sell or give personally-identifiable information to any third party.",
                "LibraryThing will not sell personally-identifiable information to any third party, but may give it to partners who help us promote books.",
            )
        ],
    ),
    (
        "en-016",
        "major",
        ["R2", "R1"],
        False,
        False,
        'New purpose: "we use your profile data, posts and activity to train generative AI models".',
        [
            ("5. 4\\. Your Choices & Obligations", "5. 4\\. Your Choices and Obligations"),
            before(
                "#### Choices",
                "We use your profile data, posts and activity to train generative AI models that power content-creation features for members and for our affiliates.\n\n",
            ),
        ],
    ),
    (
        "en-143",
        "rights_reducing",
        ["R12"],
        False,
        False,
        '"We do not sell or rent" becomes "We do not rent": the no-sale promise is removed.',
        [
            (
                "We do not sell or rent email addresses and other Personal Information.",
                "We do not rent email addresses and other Personal Information.",
            )
        ],
    ),
    (
        "en-144",
        "editorial",
        ["R1"],
        False,
        False,
        'Date stamp and capitalisation of "Who We Are" only.',
        [("Last Updated 30 October 2023", "Last Updated 28 November 2026"), ("**Who we are:**", "**Who We Are:**")],
    ),
    (
        "en-148",
        "major",
        ["R3"],
        False,
        False,
        'Controller identity changes: "The data controller is PMI Global Services Colombia S.A.S." instead of Coltabaco S.A.S.',
        [("The data controller is Coltabaco S.A.S.", "The data controller is PMI Global Services Colombia S.A.S.")],
    ),
    (
        "en-021",
        "minor",
        ["R9", "R1"],
        False,
        False,
        'New opt-out: "Turn off ad personalisation based on your activity on partner sites" in settings; new effective date.',
        [
            ("Effective Date December 16, 2022", "Effective Date November 28, 2026"),
            before(
                "* [Close your account at any time]",
                "* Turn off ad personalisation based on your activity on partner sites at any time in your Privacy and data settings.\n    ",
            ),
        ],
    ),
    (
        "en-149",
        "editorial",
        ["R1"],
        False,
        True,
        "Technical re-rendering: '&' escaped as '&amp;' and a heading level change, same text.",
        [
            ("Select the Privacy & Security panel", "Select the Privacy &amp; Security panel"),
            ("### Firefox", "#### Firefox"),
        ],
    ),
    (
        "en-025",
        "major",
        ["R8", "R1"],
        False,
        False,
        'Longer retention: listening history and payment data kept "for 10 years after you delete your account".',
        [
            ("Effective as of 5 December 2023", "Effective as of 28 November 2026"),
            before(
                "* **Data retained until your Spotify account is deleted**",
                "* **Data retained for 10 years after your Spotify account is deleted**\n\n  We keep your listening history and payment data for 10 years after you delete your account.\n\n",
            ),
        ],
    ),
    (
        "en-030",
        "major",
        ["R15"],
        True,
        False,
        'New tracker purpose needing consent: "record your mouse movements and clicks with session-replay tools".',
        [
            before(
                "*   Measure the effectiveness of on-site products",
                "*   Record your mouse movements, scrolls and clicks with session-replay tools to analyse how pages are used\n",
            )
        ],
    ),
    (
        "en-150",
        "editorial",
        ["R1"],
        False,
        False,
        'Rewording without change of meaning: "the way we approach everything" and the intro sentence.',
        [
            (
                "we approach data and privacy as we approach everything we do",
                "we approach data and privacy the way we approach everything we do",
            )
        ],
    ),
    (
        "en-151",
        "rights_reducing",
        ["R4"],
        False,
        False,
        'Exercising rights made harder and costlier: "must now be accompanied by a copy of a government-issued photo ID" and "a fee of 10 EUR".',
        [
            (
                "**Exercising Your Rights.**",
                "**Exercising Your Rights.** Every request must now be accompanied by a copy of a government-issued photo ID, and we charge a fee of 10 EUR for each request after the first one in a calendar year.",
            )
        ],
    ),
    (
        "en-152",
        "minor",
        ["R9", "R1"],
        False,
        False,
        'Clarification of the same practice: "anonymized information is information that can no longer be linked to you"; new date.',
        [
            ("Last Updated: May 14, 2026", "Last Updated: November 28, 2026"),
            before(
                "In certain cases, we may anonymize your Personal Information",
                "For clarity, anonymized information is information that can no longer be linked to you, even by us. ",
            ),
        ],
    ),
    (
        "en-153",
        "major",
        ["R11", "R7", "R1"],
        False,
        False,
        'Automated decision and new data: "estimate your age from your selfies using facial analysis, and restrict or ban accounts".',
        [
            ("### **3\\. Data We Collect**", "### **3\\. Information We Collect**"),
            before(
                "* To make all Match Group platforms safer",
                "* To estimate your age from your selfies using facial analysis, and automatically restrict or ban accounts that our model estimates to be under 18\n",
            ),
        ],
    ),
    (
        "en-157",
        "editorial",
        ["R1"],
        False,
        True,
        "Technical re-rendering: a definition re-wrapped over two lines, same words.",
        [
            (
                "**Account** means a unique account created for you to access our Website or Apps.",
                "**Account** means a unique account created for you\nto access our Website or Apps.",
            )
        ],
    ),
    (
        "en-032",
        "minor",
        ["R9"],
        False,
        False,
        'New way to opt out: "You can turn off all non-essential cookies from the Cookies link in the footer of every page".',
        [
            before(
                "### Where are these technologies used?",
                "You can turn off all non-essential cookies from the Cookies link in the footer of every page.\n\n",
            )
        ],
    ),
    (
        "en-159",
        "major",
        ["R15", "R1"],
        True,
        False,
        'New third-party vendor: "Hotjar | Session recording and heatmaps" added to the cookie table.',
        [
            ("_\\[Last Updated: August 22, 2023\\]_", "_\\[Last Updated: November 28, 2026\\]_"),
            before(
                "| Unbounce | Landing pages tracking |",
                "| Hotjar | Session recording and heatmaps | For privacy information, go to:<br><br>[https://www.hotjar.com/legal/policies/privacy/](https://www.hotjar.com/legal/policies/privacy/) |\n",
            ),
        ],
    ),
    (
        "en-163",
        "editorial",
        ["R1"],
        False,
        False,
        'Wording only: "head to" becomes "go to" and a question mark is added to a heading.',
        [
            ("If you want to know more about cookies, head to", "If you want to know more about cookies, go to"),
            ("**What is Local Storage**", "**What is Local Storage?**"),
        ],
    ),
    (
        "en-038",
        "rights_reducing",
        ["R13", "R1"],
        False,
        False,
        'A right is removed: the bullet "Opt out of the “sale” of personal data or “sharing” ... for targeted advertising" disappears.',
        [
            drop(
                "* **Opt out of the “sale” of personal data or “sharing” of personal data for targeted advertising purposes**."
            ),
            ("Last updated: March 17, 2024", "Last updated: November 28, 2026"),
        ],
    ),
    (
        "en-172",
        "minor",
        ["R9"],
        False,
        False,
        'New opt-out: "You can unsubscribe from promotional text messages at any time by replying STOP".',
        [
            before(
                "You may have certain rights under applicable data protection laws",
                "You can unsubscribe from promotional text messages at any time by replying STOP to any of them.\n\n",
            )
        ],
    ),
    # ---------------- French ----------------
    (
        "fr-179",
        "major",
        ["R15", "R1"],
        True,
        False,
        'Nouveau tiers : "notre partenaire publicitaire Criteo" déposera des cookies de ciblage publicitaire.',
        [
            ("**Qu'est ce qu' un témoin de connexion (cookie)**", "**Qu'est-ce qu'un témoin de connexion (cookie) ?**"),
            before(
                "[Gestion des cookies](https://www.air-austral.com/mentions-legales.html#)",
                "Nous autorisons désormais notre partenaire publicitaire Criteo à déposer des cookies de ciblage publicitaire sur notre site, sous réserve de votre consentement.\n\n",
            ),
        ],
    ),
    (
        "fr-183",
        "rights_reducing",
        ["R12", "R1"],
        False,
        False,
        'Négation inversée : "ne divulgue jamais les Données Personnelles à des tiers" devient "peut divulguer ... à ses partenaires commerciaux".',
        [
            ("_Mise à jour le 30/10/2024_", "_Mise à jour le 28/11/2026_"),
            (
                "Air Caraïbes ne divulgue jamais les Données Personnelles à des tiers, sauf",
                "Air Caraïbes peut divulguer les Données Personnelles à ses partenaires commerciaux à des fins de prospection, ainsi qu’à des tiers",
            ),
        ],
    ),
    (
        "fr-184",
        "major",
        ["R6", "R5"],
        False,
        False,
        'Nouveau transfert hors UE : données de réservation "hébergées par notre prestataire aux États-Unis" sous clauses contractuelles types.',
        [
            (
                "5.3 – TRANSFERT DES DONNÉES",
                "5.3 – TRANSFERT DES DONNÉES\n\nCertaines données de réservation sont désormais hébergées par notre prestataire informatique aux États-Unis, sur la base des clauses contractuelles types adoptées par la Commission européenne.",
            )
        ],
    ),
    (
        "fr-188",
        "minor",
        ["R14"],
        False,
        False,
        'Coordonnées reformulées, même canal : "par courrier électronique à l\'adresse" la même adresse delegadopd@aireuropa.com.',
        [
            (
                "à l'adresse postale susmentionnée et/ou par e-mail : [delegadopd@aireuropa.com]",
                "à l'adresse postale susmentionnée ou par courrier électronique à l'adresse [delegadopd@aireuropa.com]",
            )
        ],
    ),
    (
        "fr-041",
        "major",
        ["R2", "R11"],
        False,
        False,
        'Nouvelle finalité : "établir un profil de vos préférences et vous adresser des offres personnalisées de nos partenaires hôteliers".',
        [
            before(
                "#### Service client",
                "Nous utilisons également l’historique de vos voyages et de vos achats pour établir un profil de vos préférences et vous adresser des offres personnalisées de nos partenaires hôteliers.\n\n",
            )
        ],
    ),
    (
        "fr-193",
        "major",
        ["R7", "R1"],
        False,
        False,
        'Nouvelles catégories de données : "enregistrements vocaux de vos appels" et "géolocalisation précise".',
        [
            (
                "Transferts internationaux de données personnelles.",
                "Transferts internationaux de données à caractère personnel.",
            ),
            before(
                "Remarque : la présente Politique de confidentialité d’Alibaba.com",
                "Nous collectons également les enregistrements vocaux de vos appels avec notre service client ainsi que les données de géolocalisation précise de votre appareil.\n\n",
            ),
        ],
    ),
    (
        "fr-194",
        "major",
        ["R5", "R1"],
        False,
        False,
        'Nouveaux destinataires : données d’achat "communiquées à des partenaires de mesure publicitaire".',
        [
            ("22 de\u0301cembre 2022", "28 novembre 2026"),
            before(
                "Outre cet Engagement de confidentialite\u0301, nous fournissons des informations",
                "Apple peut désormais communiquer vos données d’achat et d’utilisation de l’App Store à des partenaires de mesure publicitaire.\n\n",
            ),
        ],
    ),
    (
        "fr-197",
        "minor",
        ["R9"],
        False,
        False,
        'Conservation plus courte : "pendant 3 mois" au lieu de 6 mois à compter de la fin de l’action.',
        [
            (
                "données personnelles pendant 6 mois à compter de la fin de l’action.",
                "données personnelles pendant 3 mois à compter de la fin de l’action.",
            )
        ],
    ),
    (
        "fr-199",
        "major",
        ["R3", "R1"],
        False,
        False,
        'Nouveau responsable conjoint : "BZB et la société Valiuz sont désormais responsables conjoints du traitement".',
        [
            (
                "**1\\. Pourquoi BZB collecte vos données personnelles ?**",
                "**1\\. Pourquoi BZB collecte-t-elle vos données personnelles ?**",
            ),
            before(
                "Enfin, BZB est membre de l’alliance Valiuz",
                "BZB et la société Valiuz sont désormais responsables conjoints du traitement de vos données de fidélité.\n\n",
            ),
        ],
    ),
    (
        "fr-043",
        "editorial",
        ["R1"],
        False,
        True,
        "Rendu technique : gras écrit avec des soulignés au lieu d’astérisques, même texte.",
        [("* **Cookies essentiels :**", "* __Cookies essentiels :__")],
    ),
    (
        "fr-047",
        "editorial",
        ["R1"],
        False,
        False,
        'Seule la date de la déclaration change : "last updated on 28/11/2026".',
        [("Cookie declaration last updated on 20/07/2022", "Cookie declaration last updated on 28/11/2026")],
    ),
    (
        "fr-205",
        "minor",
        ["R9"],
        False,
        False,
        'Nouvelle possibilité d’opposition : "Vous pouvez à tout moment refuser que vos données d’achat soient utilisées pour des recommandations personnalisées".',
        [
            before(
                "4\\. Combien de temps vos données personnelles sont-elles conservées ?",
                "Vous pouvez à tout moment refuser que vos données d’achat soient utilisées pour vous adresser des recommandations personnalisées, en cochant la case prévue à cet effet dans votre espace client.\n\n",
            )
        ],
    ),
    (
        "fr-206",
        "rights_reducing",
        ["R13", "R1"],
        False,
        False,
        'Droit supprimé : la phrase "Vous avez aussi le droit d’introduire une réclamation auprès de l’autorité de contrôle" disparaît.',
        [
            drop("Vous avez aussi le droit d’introduire une réclamation auprès de l’autorité de contrôle"),
            (
                "**Date de dernière mise à jour\u00a0: Août\u00a02024",
                "**Date de dernière mise à jour\u00a0: Novembre\u00a02026",
            ),
        ],
    ),
    (
        "fr-212",
        "major",
        ["R3", "R1"],
        False,
        False,
        'Changement de responsable : "la société C&A Europe Retail SE, qui a repris l’exploitation de l’e-shop".',
        [
            (
                "### 1. Qui est le responsable de traitement de l’e-shop C&A ?",
                "### 1. Qui est le responsable du traitement de l’e-shop C&A ?",
            ),
            (
                "désignent donc la société C&A Mode GmbH & Co. KG",
                "désignent donc la société C&A Europe Retail SE, qui a repris l’exploitation de l’e-shop au 1er janvier 2027,",
            ),
        ],
    ),
    (
        "fr-218",
        "minor",
        ["R9", "R1"],
        False,
        False,
        'Nouvelle possibilité de retrait : "retirer votre consentement aux cookies de mesure d’audience ... en bas de chaque page".',
        [
            ("Mise à jour le 25/05/2018", "Mise à jour le 28/11/2026"),
            before(
                "Pour plus d'infos sur les cookies Camaieu et cookies partenaires",
                "Vous pouvez à tout moment retirer votre consentement aux cookies de mesure d’audience en cliquant sur le lien « Gestion des cookies » en bas de chaque page.\n\n",
            ),
        ],
    ),
    (
        "fr-219",
        "rights_reducing",
        ["R12", "R1"],
        False,
        False,
        'Négation affaiblie : "ne seront jamais transmises à des tiers dans un but commercial" devient "pourront être transmises à des partenaires dans un but commercial".',
        [
            ("(Ci-après « la Société »)", "(ci-après « la Société »)"),
            (
                "les Données ne seront jamais transmises à des tiers dans un but commercial ni vendues ni échangées, sans votre consentement exprès.",
                "les Données pourront être transmises à des partenaires dans un but commercial, mais ne seront ni vendues ni échangées sans votre consentement exprès.",
            ),
        ],
    ),
    (
        "fr-050",
        "minor",
        ["R9", "R1"],
        False,
        False,
        'Conservation plus courte : "supprimées 6 mois après le dernier contact" au lieu de 1 an.',
        [
            ("### Nos engagements, de sportifs a sportifs", "### Nos engagements, de sportifs à sportifs"),
            (
                "Vos données seront supprimées 1 ans après le dernier contact.",
                "Vos données seront supprimées 6 mois après le dernier contact.",
            ),
        ],
    ),
    (
        "fr-226",
        "minor",
        ["R14"],
        False,
        False,
        'Coordonnées reformulées, même canal et même adresse : "par e-mail : contact.dataprivacy@doctolib.fr".',
        [("● contact.dataprivacy@doctolib.fr", "● par e-mail : contact.dataprivacy@doctolib.fr")],
    ),
    (
        "fr-055",
        "editorial",
        ["R1"],
        False,
        False,
        'Reformulation sans changement de sens : "réglementation relative aux données".',
        [
            (
                "Conformément à la réglementation sur les données à caractère personnel, nous avons l’obligation",
                "Conformément à la réglementation relative aux données à caractère personnel, nous avons l’obligation",
            )
        ],
    ),
    (
        "fr-227",
        "major",
        ["R11", "R1"],
        False,
        False,
        'Décision automatisée introduite : un système qui "peut annuler automatiquement un billet sans intervention humaine".',
        [
            ("### À propos de nous", "### Qui sommes-nous ?"),
            before(
                "Gérez vos paramètres de confidentialité et demandez vos données personnelles",
                "Nous utilisons un système automatisé qui évalue le risque de fraude de chaque réservation et peut annuler automatiquement un billet sans intervention humaine.\n\n",
            ),
        ],
    ),
    (
        "fr-057",
        "rights_reducing",
        ["R4", "R1"],
        False,
        False,
        'Exercice des droits plus difficile et coûteux : "uniquement par courrier recommandé avec accusé de réception".',
        [
            ("### Les Grands Principes", "### Les grands principes"),
            (
                "Vous pouvez exercer vos droits d’accès par courrier",
                "Vous pouvez exercer vos droits d’accès uniquement par courrier recommandé avec accusé de réception",
            ),
        ],
    ),
    (
        "fr-245",
        "editorial",
        ["R1"],
        False,
        False,
        'Reformulation d’un titre sans changement de sens : "utiles à l’utilisation du service".',
        [
            (
                "**LeCab ne recueille que les données utiles à son utilisation**",
                "**LeCab ne recueille que les données utiles à l’utilisation du service**",
            )
        ],
    ),
    (
        "fr-060",
        "minor",
        ["R9"],
        False,
        False,
        'Conservation plus courte des appels enregistrés : "3 mois à compter de l’appel" au lieu de 6 mois.',
        [("| 6 mois à compter de l’appel |", "| 3 mois à compter de l’appel |")],
    ),
    (
        "fr-246",
        "editorial",
        ["R1"],
        False,
        False,
        'Correction grammaticale, la promesse reste : "Nous n’offrons ni ne vendons vos données".',
        [
            (
                "Nous n’offrons pas ni ne vendons vos données à caractère personnel",
                "Nous n’offrons ni ne vendons vos données à caractère personnel",
            )
        ],
    ),
    (
        "fr-061",
        "rights_reducing",
        ["R12"],
        False,
        False,
        'Promesse affaiblie : "ne partageons" supprimé, "nous pouvons toutefois les partager avec des tiers pour leurs finalités de marketing direct".',
        [
            (
                "Nous ne vendons pas ni ne partageons vos données à caractère personnel avec des tiers pour leurs finalités de marketing direct.",
                "Nous ne vendons pas vos données à caractère personnel ; nous pouvons toutefois les partager avec des tiers pour leurs finalités de marketing direct.",
            )
        ],
    ),
    (
        "fr-249",
        "editorial",
        ["R1"],
        False,
        True,
        'Rendu technique : marqueurs de liste "*" remplacés par "-", même texte.',
        [
            ("*   **Les cookies persistants**", "- **Les cookies persistants**"),
            ("*   \u00a0**Les cookies de session**", "- \u00a0**Les cookies de session**"),
        ],
    ),
    (
        "fr-250",
        "major",
        ["R5", "R1"],
        False,
        False,
        'Nouveaux destinataires : profil partagé "avec les autres sociétés du groupe Match Group pour leurs propres campagnes marketing".',
        [
            (
                "7.  [TRANSFERTS TRANSFRONTALIERS DE DONNÉES](#_section07)",
                "7.  [TRANSFERTS INTERNATIONAUX DE DONNÉES](#_section07)",
            ),
            before(
                "La version précédente de cette politique de confidentialité",
                "Nous partageons désormais les données de ton profil (âge, genre, ville, centres d’intérêt) avec les autres sociétés du groupe Match Group pour leurs propres campagnes marketing.\n\n",
            ),
        ],
    ),
    (
        "fr-063",
        "minor",
        ["R9"],
        False,
        False,
        'Nouveau droit : "demander la limitation du traitement de vos données pendant l’examen d’une contestation".',
        [
            before(
                "Les coordonnées de notre Délégué à la Protection des Données sont les suivantes",
                "Vous pouvez également demander la limitation du traitement de vos données pendant l’examen d’une contestation de leur exactitude.\n\n",
            )
        ],
    ),
    (
        "fr-253",
        "editorial",
        ["R1"],
        False,
        False,
        'Correction de la casse du nom : "Petit BamBou".',
        [("### Petit bambou", "### Petit BamBou")],
    ),
    (
        "fr-066",
        "editorial",
        ["R1"],
        False,
        False,
        'Ponctuation seulement : "gestion des réclamations ;".',
        [("* gestion des réclamations.", "* gestion des réclamations ;")],
    ),
    (
        "fr-254",
        "major",
        ["R7", "R2", "R5", "R1"],
        False,
        False,
        'Nouvelles données et finalité : vitesse, freinage et accélération pour "calculer un score de conduite" transmis "à des assureurs partenaires".',
        [
            (
                "**POLITIQUE DE CONFIDENTIALITÉ DE SEAT & CUPRA CONNECT**",
                "**POLITIQUE DE CONFIDENTIALITÉ DE SEAT ET CUPRA CONNECT**",
            ),
            before(
                "Véhicule étendu : cette fonction",
                "Style de conduite : nous collectons désormais les données de vitesse, de freinage et d’accélération de votre véhicule afin de calculer un score de conduite, que nous pouvons transmettre à des assureurs partenaires si vous y consentez.\n\n",
            ),
        ],
    ),
    (
        "fr-077",
        "editorial",
        ["R1"],
        False,
        False,
        'Correction d’accent dans le titre : "CONFIDENTIALITÉ".',
        [("**POLITIQUE DE CONFIDENTIALITE**", "**POLITIQUE DE CONFIDENTIALITÉ**")],
    ),
    (
        "fr-255",
        "minor",
        ["R9", "R1"],
        False,
        False,
        'Clarification de la même pratique : exemple ajouté à l’"Opposition au traitement" ; nouvelle date.',
        [
            ("_Dernière mise à jour le 15 janvier 2026_", "_Dernière mise à jour le 28 novembre 2026_"),
            (
                "*   **Opposition au traitement** - ",
                "*   **Opposition au traitement** - par exemple, vous pouvez vous opposer à tout moment à l’envoi de communications marketing ; plus généralement, ",
            ),
        ],
    ),
    (
        "fr-256",
        "editorial",
        ["R1"],
        False,
        False,
        'Reformulation sans changement de sens : "mentionnées plus haut".',
        [
            (
                "Dans toutes les situations mentionnées ci-dessus, TAP Air Portugal",
                "Dans toutes les situations mentionnées plus haut, TAP Air Portugal",
            )
        ],
    ),
    (
        "fr-078",
        "major",
        ["R15", "R1"],
        True,
        False,
        'Nouvelle catégorie de traceur soumise au consentement : "empreintes numériques de l’appareil (fingerprinting) à des fins de publicité ciblée".',
        [
            ("**AVIS CONCERNANT LES COOKIES (MONDE)**", "**AVIS RELATIF AUX COOKIES (MONDE)**"),
            before(
                "### **Les technologies de suivi que nous utilisons**",
                "Nous utilisons également des empreintes numériques de l’appareil (fingerprinting) à des fins de publicité ciblée, avec votre consentement.\n\n",
            ),
        ],
    ),
    (
        "fr-083",
        "editorial",
        ["R1"],
        False,
        True,
        'Rendu technique : niveau de titre "###" -> "##".',
        [("### Liste des cookies", "## Liste des cookies")],
    ),
    (
        "fr-088",
        "rights_reducing",
        ["R13", "R1"],
        False,
        False,
        'Droit supprimé : la ligne "de s’opposer à la collecte et à l’utilisation des données" disparaît de la liste des droits.',
        [
            drop("* de s’opposer à la collecte et à l’utilisation des données, uniquement lorsque"),
            ("Date de la dernière mise à jour : 23/12/2022", "Date de la dernière mise à jour : 28/11/2026"),
        ],
    ),
    (
        "fr-257",
        "minor",
        ["R9", "R1"],
        False,
        False,
        'Nouvelle opposition : "vous opposer à l’envoi de nos offres par SMS en répondant STOP" ; faute d’accord corrigée.',
        [
            ("Le traitement de vos données personnelle sera", "Le traitement de vos données personnelles sera"),
            before(
                "Enfin, nous souhaitons vous informer que nous utilisons des cookies.",
                "Vous pouvez à tout moment vous opposer à l’envoi de nos offres par SMS en répondant STOP à l’un de nos messages.\n\n",
            ),
        ],
    ),
    (
        "fr-258",
        "major",
        ["R6", "R1"],
        False,
        False,
        'Nouveau transfert hors UE : données de santé "également hébergées par un prestataire situé aux États-Unis".',
        [
            ("### I. QUELQUES NOTIONS CLES", "### I. QUELQUES NOTIONS CLÉS"),
            (
                "_VI. HÉBERGEMENT, TRANSFERT ET SÉCURITÉ DES DONNÉES_",
                "_VI. HÉBERGEMENT, TRANSFERT ET SÉCURITÉ DES DONNÉES_\n\nVos données de santé sont désormais également hébergées par un prestataire situé aux États-Unis, certifié au titre du Data Privacy Framework UE–États-Unis.",
            ),
        ],
    ),
    (
        "fr-092",
        "editorial",
        ["R1"],
        False,
        True,
        "Rendu technique : niveau de titre et gras écrit avec des soulignés, même texte.",
        [
            ("### Version en date du 21 décembre 2022", "#### Version en date du 21 décembre 2022"),
            ("**1\\. Qu’est-ce qu’un cookie ?**", "__1\\. Qu’est-ce qu’un cookie ?__"),
        ],
    ),
]


def build(corpus_dir: Path) -> Iterator[dict[str, Any]]:
    """The set's records from the corpus it edits."""
    return pairs(NAME, WRITTEN, corpus_records(corpus_dir), EDITS)


if __name__ == "__main__":
    rebuild(__file__, build)
