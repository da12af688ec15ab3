"""Build the blind evaluation set (bench/blind/edits.jsonl) from the labelled corpus.

Why: the classifier was tuned on every labelled pair of ../shared/corpus, so no figure on it says how it does on
unseen companies. Each pair here takes a real policy (the `new` text of a corpus record) as the old version and
applies ONE edit written by someone who never read the classifier's rules; each label comes from
../shared/design/legal-rules.md alone and was fixed before the classifier was run. The script is kept so the set
can be rebuilt byte for byte from the corpus: each edit is an (anchor, replacement) pair that must occur exactly
once in its base text.
Usage: python bench/blind/make_edits.py [path/to/corpus]  (default: <repo root>/../shared/corpus)
"""

# The edits below are real policy sentences quoted verbatim (anchors must match the corpus byte for byte), so
# their lines cannot be wrapped.
# ruff: noqa: E501

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path
from typing import Any

WRITTEN = "2026-11-28"
OUT = Path(__file__).resolve().parent / "edits.jsonl"


def load_bases(corpus: Path) -> dict[str, dict[str, Any]]:
    """Every corpus record by id (its `new` text is the base document)."""
    rows: dict[str, dict[str, Any]] = {}
    for file in sorted(corpus.glob("changes*.jsonl")):
        for line in file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows[row["id"]] = row
    return rows


def apply_edit(text: str, anchor: str, replacement: str, pair_id: str) -> str:
    """Replace the anchor, which must occur exactly once so the edit lands where it was written for."""
    count = text.count(anchor)
    assert count == 1, f"{pair_id}: anchor occurs {count} times: {anchor[:80]!r}"
    return text.replace(anchor, replacement, 1)


def build(corpus: Path) -> list[dict[str, Any]]:
    """One record per edit, in the corpus schema, ids numbered per language in the order written."""
    bases = load_bases(corpus)
    records: list[dict[str, Any]] = []
    for lang, edits in (("en", EDITS_EN), ("fr", EDITS_FR)):
        for number, edit in enumerate(edits, start=1):
            pair_id = f"blind-{lang}-{number:03d}"
            base = bases[edit["base"]]
            assert base["lang"] == lang, f"{pair_id}: base {edit['base']} is not {lang}"
            old = base["new"]
            new = old
            for anchor, replacement in edit["edits"]:
                new = apply_edit(new, anchor, replacement, pair_id)
            assert new != old, f"{pair_id}: edit changed nothing"
            records.append(
                {
                    "id": pair_id,
                    "lang": lang,
                    "policy": base["policy"],
                    "service": f"blind/{base['service']}",
                    "source": {"base": edit["base"], "written": WRITTEN},
                    "technical_rerender": edit.get("rerender", False),
                    "label": edit["label"],
                    "reconsent": edit.get("reconsent", False),
                    "rules": edit["rules"],
                    "rationale": edit["rationale"],
                    "old": old,
                    "new": new,
                }
            )
    return records


def main() -> int:
    default = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    records = build(corpus)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    print(f"{len(records)} pairs written to {OUT}")
    return 0


# One dict per pair: base (corpus id whose `new` text is the old version), label, rules, rationale, edits
# [(anchor, replacement)], and reconsent / rerender when true. Labels were fixed from legal-rules.md alone,
# before the classifier was run on the set.
EDITS_EN: list[dict[str, Any]] = [
    # ---- major ----
    {
        "base": "en-097",
        "label": "major",
        "rules": ["R8"],
        "rationale": 'Longer retention: session data "kept for a maximum of 90 days" becomes "kept for a maximum of 24 months".',
        "edits": [
            (
                "This data is kept for a maximum of 90 days from the time of collection",
                "This data is kept for a maximum of 24 months from the time of collection",
            )
        ],
    },
    {
        "base": "en-098",
        "label": "major",
        "rules": ["R7"],
        "rationale": 'New category of personal data collected: "precise geolocation of your mobile device (GPS coordinates)".',
        "edits": [
            (
                "\\- nationality;<br><br>",
                "\\- nationality;<br><br>\\- precise geolocation of your mobile device (GPS coordinates), collected each time you log in;<br><br>",
            )
        ],
    },
    {
        "base": "en-106",
        "label": "major",
        "rules": ["R2"],
        "rationale": 'New purpose: "To show you personalised advertising for Anthropic products on third-party websites and apps, based on how you use the Services".',
        "edits": [
            (
                "*   To communicate with you, including to send you information about our Services and events;",
                "*   To show you personalised advertising for Anthropic products on third-party websites and apps, based on how you use the Services;\n*   To communicate with you, including to send you information about our Services and events;",
            )
        ],
    },
    {
        "base": "en-110",
        "label": "major",
        "rules": ["R6"],
        "rationale": 'New transfer outside the EU: "teams located in Singapore and the Republic of Korea ... access your Personal Data remotely".',
        "edits": [
            (
                "Where required, we will use appropriate safeguards for transferring Personal Data outside of certain countries",
                "Our customer support and content review teams located in Singapore and the Republic of Korea also access your Personal Data remotely in order to answer your requests and moderate content.\n\nWhere required, we will use appropriate safeguards for transferring Personal Data outside of certain countries",
            )
        ],
    },
    {
        "base": "en-114",
        "label": "major",
        "rules": ["R2"],
        "rationale": 'New purpose for Content: "automated systems analyse the text, images and audio in your notes to train the machine-learning models".',
        "edits": [
            (
                "To test and improve our product offerings for our users**,** we use aggregated data",
                "To build our AI features, our automated systems analyse the text, images and audio in your notes to train the machine-learning models behind AI search, note summaries and handwriting recognition. No Evernote employee reads your Content for this purpose.\n\nTo test and improve our product offerings for our users**,** we use aggregated data",
            )
        ],
    },
    {
        "base": "en-015",
        "label": "major",
        "rules": ["R5"],
        "rationale": 'New recipient: "We share User Personal Information ... with Microsoft Corporation and its affiliates, which may use it to offer you their own products".',
        "edits": [
            (
                "we may share the number of times a particular file was accessed.",
                "we may share the number of times a particular file was accessed.\n\nWe share User Personal Information, such as your name, email address, and the repositories you contribute to, with our parent company Microsoft Corporation and its affiliates, which may use it to offer you their own products and services, including LinkedIn.",
            )
        ],
    },
    {
        "base": "en-024",
        "label": "major",
        "rules": ["R11"],
        "rationale": 'Automated decision introduced: accounts are "automatically suspended ... without review by a person" based on a risk score.',
        "edits": [
            (
                "* Decide which ads to show you, directly on Pinterest,",
                "* Calculate a risk score for your account from your activity, device and network signals; accounts whose score exceeds a threshold are automatically suspended, without review by a person, until you verify your account.\n* Decide which ads to show you, directly on Pinterest,",
            )
        ],
    },
    {
        "base": "en-040",
        "label": "major",
        "rules": ["R7"],
        "rationale": 'New source of data: "Zoom purchases information ... from commercial data brokers, including job titles, seniority".',
        "edits": [
            (
                "* **Information from Partners**: Zoom obtains information",
                "* **Information from Data Brokers**: Zoom purchases information about account owners and their employees from commercial data brokers, including job titles, seniority, business phone numbers and professional social media profiles, to keep our sales records up to date.\n* **Information from Partners**: Zoom obtains information",
            )
        ],
    },
    {
        "base": "en-171",
        "label": "major",
        "rules": ["R5"],
        "rationale": 'New recipient category: "We share your name, email address ... with insurance and financing partners so they can contact you with offers".',
        "edits": [
            (
                "4.  ****CONTROLLING YOUR PERSONAL DATA****",
                "    10.  **Insurance and Financing Partners:** When you request quotes for home or auto services, we share your name, email address, phone number and the type of project you describe with insurance and financing partners so they can contact you with their own offers.\n4.  ****CONTROLLING YOUR PERSONAL DATA****",
            )
        ],
    },
    {
        "base": "en-123",
        "label": "major",
        "reconsent": True,
        "rules": ["R15"],
        "rationale": 'Cookie policy: new third-party advertising vendor "_ttp | Used by TikTok to ... personalise the ads you see on TikTok".',
        "edits": [
            (
                "| 1P\\_JAR | Gathers website statistics",
                "| \\_ttp | Used by TikTok to measure the performance of our advertising campaigns and to personalise the ads you see on TikTok | Targeting/<br><br>Advertising | 13 months | [tiktok.com](https://www.tiktok.com/legal/page/global/cookie-policy/en) |\n| 1P\\_JAR | Gathers website statistics",
            )
        ],
    },
    {
        "base": "en-033",
        "label": "major",
        "reconsent": True,
        "rules": ["R15", "R5"],
        "rationale": 'Cookie policy: new purpose "Share your browsing activity with advertising partners so they can build audiences for their own campaigns".',
        "edits": [
            (
                "* Measure the effectiveness of our advertising and marketing.",
                "* Measure the effectiveness of our advertising and marketing.\n* Share your browsing activity on X with advertising partners so they can build audiences for their own campaigns.",
            )
        ],
    },
    # ---- rights_reducing ----
    {
        "base": "en-104",
        "label": "rights_reducing",
        "rules": ["R12", "R5"],
        "rationale": 'Negation weakened: "does not sell your data" now has "except that we may make device identifiers ... available to advertising partners ... considered a sale".',
        "edits": [
            (
                "Bumble does not sell your data and has not sold your personal data in the previous 12 months.",
                "Bumble does not sell your data, except that we may make device identifiers and information about your use of the app available to advertising partners, which may be considered a “sale” or “sharing” of personal data under certain laws.",
            )
        ],
    },
    {
        "base": "en-138",
        "label": "rights_reducing",
        "rules": ["R13"],
        "rationale": 'A right removed: the sentence "you also have the right to object to the processing of your Personal Data" is deleted.',
        "edits": [
            (
                "In addition, to the extent permitted by Applicable Laws, you also have the right to object to the processing of your Personal Data that we process in certain cases.  \n",
                "",
            )
        ],
    },
    {
        "base": "en-029",
        "label": "rights_reducing",
        "rules": ["R4"],
        "rationale": 'Fee introduced for exercising the access right: "A fee of EUR 10 applies to each further request for a copy".',
        "edits": [
            (
                "*   [contact us](#_l8q1yc21jzme)<br><br>When you download your data",
                "*   [contact us](#_l8q1yc21jzme)<br><br>Your first request in any 12-month period is free. A fee of EUR 10 applies to each further request for a copy within that period.<br><br>When you download your data",
            )
        ],
    },
    {
        "base": "en-020",
        "label": "rights_reducing",
        "rules": ["R4"],
        "rationale": 'Extra proof of identity demanded: "we will ask you to send us a copy of a government-issued photo ID, even if you are signed in".',
        "edits": [
            (
                "    For personal data that we have about you, you can:",
                "    Before we act on a request to access, delete or correct your data, we will ask you to send us a copy of a government-issued photo ID, even if you are signed in to your account.\n\n    For personal data that we have about you, you can:",
            )
        ],
    },
    {
        "base": "en-152",
        "label": "rights_reducing",
        "rules": ["R13", "R12"],
        "rationale": 'Opt-out removed: "You can withdraw your consent at any time" replaced by "you cannot opt out of them".',
        "edits": [
            (
                'You can withdraw your consent at any time ("opt out"); see the section "What are your rights?" below. In case of electronic direct marketing you can opt out by following the instructions in the communication.',
                "As long as you have an active account, these communications are part of the service and you cannot opt out of them.",
            )
        ],
    },
    {
        "base": "en-170",
        "label": "rights_reducing",
        "rules": ["R12", "R5"],
        "rationale": 'Negation flip: "not in the business of selling your personal data" becomes "may sell or license certain personal data ... to advertising partners".',
        "edits": [
            (
                "it is not in the business of selling your personal data to third parties.",
                "it may sell or license certain personal data, such as your device identifiers and approximate location, to advertising partners.",
            )
        ],
    },
    # ---- major (continued) ----
    {
        "base": "en-177",
        "label": "major",
        "rules": ["R10"],
        "rationale": 'Legal basis changes for the login: "contractual necessity" becomes "our legitimate interest in offering convenient sign-in options"; no consent is withdrawn.',
        "edits": [
            (
                "To provide a login via the eharmony platform, Facebook login or Apple login. (The legal basis of processing is contractual necessity.)",
                "To provide a login via the eharmony platform, Facebook login or Apple login. (The legal basis of processing is our legitimate interest in offering convenient sign-in options.)",
            )
        ],
    },
    # ---- minor ----
    {
        "base": "en-119",
        "label": "minor",
        "rules": ["R14"],
        "rationale": 'Postal contact address updated, same channel: "188 Spear Street, Suite 250" becomes "1 Market Street, Floor 9".',
        "edits": [
            (
                "188 Spear Street,\xa0Suite 250  \nSan Francisco,\xa0CA 94105",
                "1 Market Street,\xa0Floor 9  \nSan Francisco,\xa0CA 94105",
            )
        ],
    },
    {
        "base": "en-125",
        "label": "minor",
        "rules": ["R17"],
        "rationale": 'A processor removed from the table: the "Hubspot ... Analytical Information, Form Submissions" row is deleted; nothing added.',
        "edits": [
            ("| [Hubspot](https://legal.hubspot.com/privacy-policy) | Analytical Information, Form Submissions |\n", "")
        ],
    },
    {
        "base": "en-108",
        "label": "minor",
        "rules": ["R9"],
        "rationale": 'Shorter retention: inactive accounts are closed after "12 months" instead of "24 months".',
        "edits": [
            (
                "for a continuous period of 24 months (“Inactivity Period”)",
                "for a continuous period of 12 months (“Inactivity Period”)",
            )
        ],
    },
    {
        "base": "en-031",
        "label": "minor",
        "rules": ["R17"],
        "rationale": 'Cookie removed: the third-party "imgur.com | __cfduid" row is deleted; nothing added.',
        "edits": [("| imgur.com | \\_\\_cfduid | 3rd Party |\n", "")],
    },
    {
        "base": "en-118",
        "label": "minor",
        "rules": ["R14"],
        "rationale": 'Company rename only: "FLASHGAP changed its company name to FRUITZ SAS ... registration number ... unchanged, and it remains the controller".',
        "edits": [
            (
                "Last update: 16 July 2024",
                "Last update: 16 July 2024\n\nOn 1 September 2024, FLASHGAP changed its company name to FRUITZ SAS. The company itself, its registration number 805 232 352 and its registered office are unchanged, and it remains the controller of your Personal Data.",
            )
        ],
    },
    {
        "base": "en-136",
        "label": "minor",
        "rules": ["R9"],
        "rationale": 'Clearer, not adverse: deleted posts are "removed from the App immediately and from our backups within 30 days"; same practice, a precise bound added.',
        "edits": [
            (
                "You can view your posts and you can choose to delete them from your profile.",
                "You can view your posts and you can choose to delete them from your profile. When you delete a post, it is removed from the App immediately and from our backups within 30 days.",
            )
        ],
    },
    {
        "base": "en-095",
        "label": "minor",
        "rules": ["R9"],
        "rationale": 'Added explanation of an existing practice in the user\'s favour: "We will send you a reminder by mail before your direct mail opt-out preferences expire".',
        "edits": [
            (
                "Your GM direct mail opt-out preferences will expire three (3) years from the date of your submission.",
                "Your GM direct mail opt-out preferences will expire three (3) years from the date of your submission. We will send you a reminder by mail before your direct mail opt-out preferences expire so that you can renew them.",
            )
        ],
    },
    {
        "base": "en-112",
        "label": "minor",
        "rules": ["R9"],
        "rationale": 'Link to a regional page added: "customers in Northern Ireland can also read our Northern Ireland privacy information"; no practice changes.',
        "edits": [
            (
                "* Data Protection Officer, The Liberty Centre, Blanchardstown Retail Park, Dublin 15, D15 YT2H.",
                "* Data Protection Officer, The Liberty Centre, Blanchardstown Retail Park, Dublin 15, D15 YT2H.\n\nIf you are a customer in Northern Ireland, you can also read our [Northern Ireland privacy information](https://www.energia.com/ni/privacy-notice), which explains the same practices for our Northern Ireland services.",
            )
        ],
    },
    {
        "base": "en-166",
        "label": "minor",
        "rules": ["R9"],
        "rationale": 'Shorter retention: applicant information kept "for no longer than one year" instead of "two years".',
        "edits": [
            (
                "for no longer than two years after the applied position has been filled or closed",
                "for no longer than one year after the applied position has been filled or closed",
            )
        ],
    },
    {
        "base": "en-157",
        "label": "minor",
        "rules": ["R9"],
        "rationale": 'Added explanation of an existing setting: "You can change this period at any time in Settings > Messages"; periods and default unchanged.',
        "edits": [
            (
                "(The default setting is 14 days.)",
                "(The default setting is 14 days.) You can change this period at any time in Settings > Messages; the new period applies to messages sent after the change.",
            )
        ],
    },
    # ---- editorial ----
    {
        "base": "en-096",
        "label": "editorial",
        "rules": ["R1"],
        "rationale": 'Punctuation typo fixed in the title: "Web &. Mobile Privacy Statement" becomes "Web & Mobile Privacy Statement".',
        "edits": [("This Aetna Web &. Mobile Privacy Statement", "This Aetna Web & Mobile Privacy Statement")],
    },
    {
        "base": "en-126",
        "label": "editorial",
        "rules": ["R1"],
        "rationale": 'Spelling: "This inlcudes your personal details" becomes "This includes your personal details".',
        "edits": [("This inlcudes your personal details", "This includes your personal details")],
    },
    {
        "base": "en-172",
        "label": "editorial",
        "rules": ["R1"],
        "rationale": 'Punctuation only: a comma added in "provided in a layered format, so you can click through".',
        "edits": [
            (
                "This Policy is provided in a layered format so you can click through",
                "This Policy is provided in a layered format, so you can click through",
            )
        ],
    },
    {
        "base": "en-168",
        "label": "editorial",
        "rules": ["R1"],
        "rationale": 'Punctuation: "comply with law. enforce our Terms of Use and other agreements. or protect" gets commas.',
        "edits": [
            (
                "in order to comply with law. enforce our Terms of Use and other agreements. or protect",
                "in order to comply with law, enforce our Terms of Use and other agreements, or protect",
            )
        ],
    },
    {
        "base": "en-003",
        "label": "editorial",
        "rules": ["R1"],
        "rationale": 'Heading reworded, same meaning: "Why do we use cookies?" becomes "Why we use cookies".',
        "edits": [("\nWhy do we use cookies?\n", "\nWhy we use cookies\n")],
    },
    {
        "base": "en-113",
        "label": "editorial",
        "rules": ["R1"],
        "rationale": 'Grammar: "This a short-lived cookie" becomes "This is a short-lived cookie".',
        "edits": [("This a short-lived cookie", "This is a short-lived cookie")],
    },
    {
        "base": "en-141",
        "label": "editorial",
        "rules": ["R1"],
        "rationale": 'Two sentences reordered without change of meaning: "LibraryThing respects your inbox..." now comes before "membership does not require an email address".',
        "edits": [
            (
                "LibraryThing membership does not require an email address.\n\nLibraryThing respects your inbox. We do not sell your email address to authors, publishers, marketing companies, or anyone else.",
                "LibraryThing respects your inbox. We do not sell your email address to authors, publishers, marketing companies, or anyone else.\n\nLibraryThing membership does not require an email address.",
            )
        ],
    },
    {
        "base": "en-127",
        "label": "editorial",
        "rules": ["R1"],
        "rationale": 'Typo in an abbreviation: "(_g_., sports or travel)" becomes "(e.g., sports or travel)".',
        "edits": [("(_g_., sports or travel)", "(e.g., sports or travel)")],
    },
    # ---- technical re-renderings ----
    {
        "base": "en-149",
        "label": "editorial",
        "rerender": True,
        "rules": ["R1"],
        "rationale": 'Re-rendering: the browser headings move from level 3 to level 4 ("### Firefox" -> "#### Firefox"); no word changes.',
        "edits": [
            (f"\n### {name}\n", f"\n#### {name}\n")
            for name in (
                "Firefox",
                "Google Chrome",
                "Microsoft Internet Explorer",
                "Safari",
                "Opera",
                "iOS",
                "Android",
                "Windows Phone",
            )
        ],
    },
    {
        "base": "en-037",
        "label": "editorial",
        "rerender": True,
        "rules": ["R1"],
        "rationale": 'Re-rendering: list markers "* " become "- " in both lists; no word changes.',
        "edits": [
            (f"\n* {start}", f"\n- {start}")
            for start in (
                "to provide WhatsApp",
                "to understand which",
                "to remember your",
                "to rank the FAQs",
                "[Google Chrome]",
                "[Internet Explorer]",
                "[Firefox]",
                "[Safari]",
                "[Safari Mobile]",
                "[Opera]",
            )
        ],
    },
    {
        "base": "en-156",
        "label": "editorial",
        "rerender": True,
        "rules": ["R1"],
        "rationale": "Re-rendering: two paragraphs hard-wrapped at 80 columns (Markdown joins the lines again); no word changes.",
        "edits": [
            (paragraph, textwrap.fill(paragraph, 80))
            for paragraph in (
                "Cookies are small text files that are sent to or accessed from your web browser or your device’s memory. A cookie typically contains the name of the domain (internet location) from which the cookie originated, the “lifetime” of the cookie (i.e., when it expires) and a randomly generated unique number or similar identifier. A cookie also may contain information about your device, such as user settings, browsing history and activities conducted while using our services.",
                "There are first-party cookies and third-party cookies. First-party cookies are placed on your device directly by us. For example, we use first-party cookies to adapt our website to your browser’s language preferences and to better understand your use of our website. Third-party cookies are placed on your device by our partners and service providers. You can learn more about these partners and service providers through our website and in-app consent management tools. For details on these tools, see _“How can you control cookies?”_ below.",
            )
        ],
    },
    {
        "base": "en-178",
        "label": "editorial",
        "rerender": True,
        "rules": ["R1"],
        "rationale": 'Re-rendering: bold markers "**...**" become "__...__" in the data categories table; no word changes.',
        "edits": [
            (f"| **{cell}** |", f"| __{cell}__ |")
            for cell in (
                "Category",
                "Name & contact information",
                "Account information",
                "Security information",
                "Billing & payment information",
                "User contributions & user content",
                "Device & browser information",
            )
        ],
    },
]

EDITS_FR: list[dict[str, Any]] = [
    # ---- major ----
    {
        "base": "fr-183",
        "label": "major",
        "rules": ["R10"],
        "rationale": "Changement de base légale : « répondre aux obligations légales » devient « fondé sur l’intérêt légitime d’Air Caraïbes » pour la sûreté des vols ; aucun consentement retiré.",
        "edits": [
            (
                "| Assurer la sûreté et la sécurité de nos vols | Le traitement est réalisé afin de répondre aux obligations légales qui incombent à Air Caraïbes. |",
                "| Assurer la sûreté et la sécurité de nos vols | Le traitement est fondé sur l’intérêt légitime d’Air Caraïbes à garantir la sûreté et la sécurité de ses vols. |",
            )
        ],
    },
    {
        "base": "fr-218",
        "label": "major",
        "rules": ["R8"],
        "rationale": "Durée fixe remplacée par un critère vague : « 5 ans après le dernier achat » devient « aussi longtemps que nécessaire à nos besoins commerciaux ».",
        "edits": [
            (
                "Les données des clients sont conservées 5 ans après le dernier achat.",
                "Les données des clients sont conservées aussi longtemps que nécessaire à nos besoins commerciaux.",
            )
        ],
    },
    {
        "base": "fr-187",
        "label": "major",
        "rules": ["R6"],
        "rationale": "Nouveau transfert hors UE : données de réservation « hébergées par notre prestataire ... aux États-Unis », encadré par les clauses contractuelles types.",
        "edits": [
            (
                "nous nous assurons au préalable que nos partenaires respectent la réglementation applicable et sont conformes au RGPD.",
                "nous nous assurons au préalable que nos partenaires respectent la réglementation applicable et sont conformes au RGPD.\n\nVos données de réservation (identité, coordonnées, itinéraire) sont par ailleurs hébergées par notre prestataire de système de réservation aux États-Unis. Ce transfert est encadré par les clauses contractuelles types adoptées par la Commission européenne.",
            )
        ],
    },
    {
        "base": "fr-192",
        "label": "major",
        "rules": ["R5"],
        "rationale": "Nouveaux destinataires : « nous communiquerons vos données ... à des **partenaires hôteliers et de location de voitures** » pour leurs propres offres.",
        "edits": [
            (
                "*   Nous communiquerons vos données aux **entités que vous avez utilisées pour obtenir des informations sur nos vols",
                "*   Nous communiquerons vos données (nom, prénom, adresse électronique et destination) à des **partenaires hôteliers et de location de voitures**, afin qu’ils puissent vous adresser leurs propres offres pour votre séjour.\n*   Nous communiquerons vos données aux **entités que vous avez utilisées pour obtenir des informations sur nos vols",
            )
        ],
    },
    {
        "base": "fr-196",
        "label": "major",
        "rules": ["R7"],
        "rationale": "Nouvelle catégorie de données : « **Données vocales.** Enregistrements audio de vos requêtes et leurs transcriptions ».",
        "edits": [
            (
                "    * **Informations sur l’activité physique.** Données relatives à l’activité et aux exercices physiques lorsque vous choisissez de les partager",
                "    * **Données vocales.** Enregistrements audio de vos requêtes vocales et leurs transcriptions, lorsque vous utilisez la dictée ou un assistant vocal.\n\n    * **Informations sur l’activité physique.** Données relatives à l’activité et aux exercices physiques lorsque vous choisissez de les partager",
            )
        ],
    },
    {
        "base": "fr-211",
        "label": "major",
        "rules": ["R7", "R2"],
        "rationale": "Nouvelle technique de traçage : « empreinte numérique de l’appareil (« fingerprinting ») ... afin de vous reconnaître ... et de mesurer l’efficacité de nos campagnes ».",
        "edits": [
            (
                "y compris des pixels, afin de gérer et d’améliorer nos activités de marketing.  ",
                "y compris des pixels, afin de gérer et d’améliorer nos activités de marketing.  \n\nNous utilisons en outre une technique d’empreinte numérique de l’appareil (« fingerprinting »), qui combine la configuration de votre navigateur, votre adresse IP et votre fuseau horaire, afin de vous reconnaître lorsque vous revenez sur nos sites et de mesurer l’efficacité de nos campagnes publicitaires.  ",
            )
        ],
    },
    {
        "base": "fr-251",
        "label": "major",
        "rules": ["R2"],
        "rationale": "Nouvelle finalité : « entraîner des modèles d’intelligence artificielle générative » avec vos photos et messages.",
        "edits": [
            (
                "| Pour assurer votre sécurité et celle des autres membres sur notre service et dans l’ensemble du groupe Match, notamment",
                "| Pour entraîner des modèles d’intelligence artificielle générative utilisés par les sociétés du groupe Match, notamment pour rédiger des suggestions de messages | *   Notre intérêt légitime | *   Des données relatives au profil<br>*   Vos photos<br>*   Le contenu de vos messages |\n| Pour assurer votre sécurité et celle des autres membres sur notre service et dans l’ensemble du groupe Match, notamment",
            )
        ],
    },
    {
        "base": "fr-062",
        "label": "major",
        "rules": ["R11"],
        "rationale": "Décision automatisée introduite : score de conduite ; « votre compte est suspendu automatiquement, sans intervention humaine ».",
        "edits": [
            (
                "*   confirmer que les utilisateurs et les passagers portent un casque",
                "*   calculer un score de conduite à partir des données de vos trajets (vitesse, freinages brusques, stationnement) ; si ce score descend sous un seuil, votre compte est suspendu automatiquement, sans intervention humaine ;\n*   confirmer que les utilisateurs et les passagers portent un casque",
            )
        ],
    },
    {
        "base": "fr-226",
        "label": "major",
        "reconsent": True,
        "rules": ["R15"],
        "rationale": "Politique cookies : nouvelle finalité et nouveaux tiers, « des publicités ciblées ... en partageant avec nos partenaires publicitaires un identifiant de votre navigateur ».",
        "edits": [
            (
                "● vous fournir un contenu adapté sur la Plateforme.",
                "● vous fournir un contenu adapté sur la Plateforme.\n\n● vous proposer, sur d’autres sites et sur les réseaux sociaux, des publicités ciblées pour les services de Doctolib, en partageant avec nos partenaires publicitaires un identifiant de votre navigateur.",
            )
        ],
    },
    {
        "base": "fr-182",
        "label": "major",
        "rules": ["R16", "R8"],
        "rationale": "Politique cookies : durée allongée, « pour une durée de 6 mois » devient « pour une durée de 12 mois » (sous 13 mois).",
        "edits": [
            (
                "conservées par Air Austral pour une durée de 6 mois",
                "conservées par Air Austral pour une durée de 12 mois",
            )
        ],
    },
    {
        "base": "fr-077",
        "label": "major",
        "rules": ["R2"],
        "rationale": "Nouvelle finalité : « afficher sur notre Site ... des publicités pour les produits de marques partenaires, choisies en fonction de votre historique d’achats ».",
        "edits": [
            (
                "\\- gérer les transactions et lutter contre la fraude",
                "\\- afficher sur notre Site et nos applications des publicités pour les produits de marques partenaires, choisies en fonction de votre historique d’achats et de navigation ;\n\n\\- gérer les transactions et lutter contre la fraude",
            )
        ],
    },
    {
        "base": "fr-255",
        "label": "major",
        "rules": ["R3"],
        "rationale": "Nouveau responsable conjoint : « Space Exploration Technologies Corp. et Starlink Internet Services Limited (Irlande) sont responsables conjoints du traitement ».",
        "edits": [
            (
                "    Space Exploration Technologies Corp. est le responsable du traitement de vos données personnelles.",
                "    Space Exploration Technologies Corp. et Starlink Internet Services Limited (Irlande) sont responsables conjoints du traitement de vos données personnelles.",
            )
        ],
    },
    # ---- rights_reducing ----
    {
        "base": "fr-091",
        "label": "rights_reducing",
        "rules": ["R13"],
        "rationale": "Droit supprimé : la phrase « vous avez également le droit à tout moment de soumettre une plainte auprès des autorités de surveillance » est retirée.",
        "edits": [
            (
                " Indépendamment de tout autre recours juridique, vous avez également le droit à tout moment de soumettre une plainte auprès des autorités de surveillance.",
                "",
            )
        ],
    },
    {
        "base": "fr-065",
        "label": "rights_reducing",
        "rules": ["R4"],
        "rationale": "Exercice des droits plus difficile : le formulaire en ligne est remplacé par « un courrier recommandé avec accusé de réception ».",
        "edits": [
            (
                "il suffit de vous connecter à notre plateforme Nike [Privacy Webform](https://www.nike.com/fr/help/privacy).",
                "vous devez nous adresser un courrier recommandé avec accusé de réception à Nike European Operations Netherlands B.V., Colosseum 1, 1213 NL Hilversum, Pays-Bas.",
            )
        ],
    },
    {
        "base": "fr-059",
        "label": "rights_reducing",
        "rules": ["R4"],
        "rationale": "Preuve d’identité exigée : « Toute demande devra être accompagnée d’une copie recto verso d’une pièce d’identité ... à défaut, elle ne sera pas traitée ».",
        "edits": [
            (
                "– en précisant clairement l’objet de votre demande.",
                "– en précisant clairement l’objet de votre demande. Toute demande devra être accompagnée d’une copie recto verso d’une pièce d’identité en cours de validité ; à défaut, elle ne sera pas traitée.",
            )
        ],
    },
    {
        "base": "fr-257",
        "label": "rights_reducing",
        "rules": ["R13"],
        "rationale": "Droit supprimé : le paragraphe « (VI) Droit de portabilité de vos données » est retiré de la liste.",
        "edits": [
            (
                "(VI) Droit de portabilité de vos données : vous avez droit d'obtenir une copie de toutes les données que vous nous avez fournies et, lorsque cela est techniquement possible, de demander à ce que vos données personnelles soient communiquées à un autre responsable du traitement.\n\n",
                "",
            )
        ],
    },
    {
        "base": "fr-067",
        "label": "rights_reducing",
        "rules": ["R13"],
        "rationale": "Droit restreint : « un droit d’opposition à la prospection à tout moment » est retiré de la liste des droits.",
        "edits": [("un droit d’opposition à la prospection à tout moment, ", "")],
    },
    {
        "base": "fr-234",
        "label": "rights_reducing",
        "rules": ["R4"],
        "rationale": "Canal d’exercice des droits retiré : l’adresse du DPO « dpo@kelindi.com » disparaît de la liste des contacts pour exercer vos droits.",
        "edits": [
            (
                "*   notre Officier de Protection des Données, à l’adresse [dpo@kelindi.com](mailto:dpo@kelindi.com)\n",
                "",
            )
        ],
    },
    # ---- minor ----
    {
        "base": "fr-205",
        "label": "minor",
        "rules": ["R9"],
        "rationale": "Conservation raccourcie : données de prospection conservées « 2 ans » au lieu de « 3 ans ».",
        "edits": [
            (
                "• Les données relatives à la prospection sont conservées 3 ans à compter du dernier contact avec vous.",
                "• Les données relatives à la prospection sont conservées 2 ans à compter du dernier contact avec vous.",
            )
        ],
    },
    {
        "base": "fr-204",
        "label": "minor",
        "rules": ["R14"],
        "rationale": "Coordonnées mises à jour, même canal : l’adresse pour les questions devient « dpo@b-z-b.com » au lieu de « dpo@happychicgroup.com ».",
        "edits": [("[dpo@happychicgroup.com](mailto:dpo@happychicgroup.com)", "[dpo@b-z-b.com](mailto:dpo@b-z-b.com)")],
    },
    {
        "base": "fr-220",
        "label": "minor",
        "rules": ["R9"],
        "rationale": "Précision d’une durée déjà annoncée : « 10 ans ... (notamment la conservation des factures et des pièces comptables) ».",
        "edits": [
            (
                "*   \\- 10 ans au titre de nos obligations légales et contractuelles",
                "*   \\- 10 ans au titre de nos obligations légales et contractuelles (notamment la conservation des factures et des pièces comptables)",
            )
        ],
    },
    {
        "base": "fr-225",
        "label": "minor",
        "rules": ["R9"],
        "rationale": "Explication ajoutée en faveur de l’utilisateur : « Nous vous préviendrons par e-mail un mois avant cette clôture automatique » ; durée inchangée.",
        "edits": [
            (
                "nous clôturerons votre compte automatiquement si vous êtes inactif pendant deux ans.",
                "nous clôturerons votre compte automatiquement si vous êtes inactif pendant deux ans. Nous vous préviendrons par e-mail un mois avant cette clôture automatique.",
            )
        ],
    },
    {
        "base": "fr-056",
        "label": "minor",
        "rules": ["R14"],
        "rationale": "Adresse postale du DPO mise à jour, même canal : « 26 quai Marcel Boyer » devient « 52 rue Camille Desmoulins ».",
        "edits": [
            (
                "LCOMMERCE – Délégué à la Protection des Données - 26 quai Marcel Boyer 94200 Ivry sur Seine.",
                "LCOMMERCE – Délégué à la Protection des Données - 52 rue Camille Desmoulins 94200 Ivry sur Seine.",
            )
        ],
    },
    {
        "base": "fr-243",
        "label": "minor",
        "rules": ["R9"],
        "rationale": "Précision d’une finalité existante : « Optimiser votre navigation ... (mémorisation de votre panier et de vos préférences d’affichage) ».",
        "edits": [
            (
                "| Optimiser votre navigation dans votre espace client et sur le site Internet |",
                "| Optimiser votre navigation dans votre espace client et sur le site Internet (mémorisation de votre panier et de vos préférences d’affichage) |",
            )
        ],
    },
    {
        "base": "fr-244",
        "label": "minor",
        "rules": ["R9"],
        "rationale": "Précision d’une pratique déjà annoncée : « Les bons d’achat vous sont envoyés à l’adresse e-mail indiquée lors du dépôt des Articles » ; mêmes données, même finalité.",
        "edits": [
            (
                "qui collecte et traite pour le compte de Lacoste certaines données (nom, prénom, adresse e-mail).",
                "qui collecte et traite pour le compte de Lacoste certaines données (nom, prénom, adresse e-mail). Les bons d’achat vous sont envoyés à l’adresse e-mail indiquée lors du dépôt des Articles.",
            )
        ],
    },
    {
        "base": "fr-246",
        "label": "minor",
        "rules": ["R17"],
        "rationale": "Catégorie de prestataires retirée : « Demande de matériel médical » disparaît de la liste ; rien n’est ajouté.",
        "edits": [("*   Demande de matériel médical\n", "")],
    },
    {
        "base": "fr-087",
        "label": "minor",
        "rules": ["R17"],
        "rationale": "Cookie retiré : la ligne « tokywoky.com | __cf_bm | Cookies tiers » est supprimée ; rien n’est ajouté.",
        "edits": [
            ("| [tokywoky.com](https://cookiepedia.co.uk/host/tokywoky.com) | \\_\\_cf\\_bm | Cookies tiers |\n", "")
        ],
    },
    {
        "base": "fr-254",
        "label": "minor",
        "rules": ["R14"],
        "rationale": "Nouveau point de contact, les autres restant : ligne « Téléphone : 900 100 050 » ajoutée aux coordonnées du responsable du traitement.",
        "edits": [
            (
                "| **Courriel :** | **SEAT:** [customercare@seat.es](mailto:customercare@seat.es) **CUPRA**: [customercare@cupraofficial.es](mailto:customercare@cupraofficial.es) |",
                "| **Courriel :** | **SEAT:** [customercare@seat.es](mailto:customercare@seat.es) **CUPRA**: [customercare@cupraofficial.es](mailto:customercare@cupraofficial.es) |\n| **Téléphone :** | **SEAT:** 900 100 050 **CUPRA**: 900 100 060 (du lundi au vendredi, de 9 h à 18 h) |",
            )
        ],
    },
    # ---- editorial ----
    {
        "base": "fr-240",
        "label": "editorial",
        "rules": ["R1"],
        "rationale": "Lignes du tableau réordonnées sans changement de sens : « Formulaire Boite à idées » passe avant « Formulaire de Signalement ».",
        "edits": [
            (
                "| Formulaire de Signalement | Traitement de votre demande | Modification, suppression à votre demande |\n| Formulaire Boite à idées | Traitement de votre demande | Modification, suppression à votre demande |",
                "| Formulaire Boite à idées | Traitement de votre demande | Modification, suppression à votre demande |\n| Formulaire de Signalement | Traitement de votre demande | Modification, suppression à votre demande |",
            )
        ],
    },
    {
        "base": "fr-241",
        "label": "editorial",
        "rules": ["R1"],
        "rationale": "Majuscule dans le titre : « charte de confidentialité » devient « Charte de confidentialité ».",
        "edits": [("charte de confidentialité\n", "Charte de confidentialité\n")],
    },
    {
        "base": "fr-245",
        "label": "editorial",
        "rules": ["R1"],
        "rationale": "Ponctuation : espace superflue supprimée dans « la présente Déclaration . ».",
        "edits": [
            (
                "Nous pouvons modifier de temps à autre la présente Déclaration . ",
                "Nous pouvons modifier de temps à autre la présente Déclaration. ",
            )
        ],
    },
    {
        "base": "fr-060",
        "label": "editorial",
        "rules": ["R1"],
        "rationale": "Titre reformulé, même sens : « Qui est le responsable du traitement ? » devient « Qui est responsable du traitement de vos données ? ».",
        "edits": [
            ("**Qui est le responsable du traitement ?**", "**Qui est responsable du traitement de vos données ?**")
        ],
    },
    {
        "base": "fr-256",
        "label": "editorial",
        "rules": ["R1"],
        "rationale": "Deux puces réordonnées sans changement de sens : « Des données concernant votre dispositif » passe avant « Des informations à caractère personnel ».",
        "edits": [
            (
                "* **Des informations à caractère personnel**, pour vous permettre de bénéficier des services offerts par TAP Air Portugal ;\n* **Des données concernant votre dispositif**, à travers des fichiers appelés « cookies » servant à améliorer la performance des plateformes.",
                "* **Des données concernant votre dispositif**, à travers des fichiers appelés « cookies » servant à améliorer la performance des plateformes ;\n* **Des informations à caractère personnel**, pour vous permettre de bénéficier des services offerts par TAP Air Portugal.",
            )
        ],
    },
    {
        "base": "fr-249",
        "label": "editorial",
        "rules": ["R1"],
        "rationale": "Mot répété supprimé : « et/ou de de mesure d’audience » devient « et/ou de mesure d’audience ».",
        "edits": [("et/ou de de mesure d’audience", "et/ou de mesure d’audience")],
    },
    {
        "base": "fr-198",
        "label": "editorial",
        "rules": ["R1"],
        "rationale": "Grammaire du titre : « Quels types de cookies existe-il ? » devient « existe-t-il ? ».",
        "edits": [("2. Quels types de cookies existe-il ?", "2. Quels types de cookies existe-t-il ?")],
    },
    {
        "base": "fr-057",
        "label": "editorial",
        "rules": ["R1"],
        "rationale": "Accord : « Les durées de conservations des données » devient « Les durées de conservation des données ».",
        "edits": [("Les durées de conservations des données", "Les durées de conservation des données")],
    },
    # ---- technical re-renderings ----
    {
        "base": "fr-046",
        "label": "editorial",
        "rerender": True,
        "rules": ["R1"],
        "rationale": "Rendu technique : titres soulignés (« ---- ») réécrits en titres « ## » de même niveau ; aucun mot ne change.",
        "edits": [
            (f"{heading}\n{'-' * len(heading)}\n", f"## {heading}\n")
            for heading in (
                "3\\. Quels sont les différents types de cookies et comment sont-ils utilisés sur nos plateformes ?",
                "4\\. Comment pouvez-vous décider quels cookies sont utilisés ?",
                "5\\. Durées",
                "6\\. Mises à jour de notre Politique en matière de cookies",
            )
        ],
    },
    {
        "base": "fr-248",
        "label": "editorial",
        "rerender": True,
        "rules": ["R1"],
        "rationale": "Rendu technique : gras « **...** » réécrit « __...__ » dans la liste des types de cookies ; aucun mot ne change.",
        "edits": [
            (f"Les **{kind}**", f"Les __{kind}__")
            for kind in ("cookies propriétaires", "cookies tiers", "cookies de session", "cookies persistants")
        ],
    },
    {
        "base": "fr-252",
        "label": "editorial",
        "rerender": True,
        "rules": ["R1"],
        "rationale": "Rendu technique : un paragraphe recoupé à 72 colonnes (Markdown rejoint les lignes) ; aucun mot ne change.",
        "edits": [
            (paragraph, textwrap.fill(paragraph, 72))
            for paragraph in (
                "Mektoube.fr traite, uniquement lors de l’inscription par l’internaute pour devenir Membre, la géolocalisation de ce dernier par l’intermédiaire de son adresse IP. Cette donnée est uniquement utilisée pour faciliter l’inscription et n’est ni conservée, ni réutilisée par la suite. Toute référence à la localisation du Membre sur le site Internet www.mektoube.fr résulte dès lors de l’adresse déclarée par le Membre lors de son inscription.",
            )
        ],
    },
    {
        "base": "fr-253",
        "label": "editorial",
        "rerender": True,
        "rules": ["R1"],
        "rationale": "Rendu technique : apostrophes et guillemets d’un paragraphe écrits en entités HTML (&rsquo; &laquo; &raquo;) ; le texte affiché est identique.",
        "edits": [
            (paragraph, paragraph.replace("’", "&rsquo;").replace("«", "&laquo;").replace("»", "&raquo;"))
            for paragraph in (
                "Les présentes constituent la Politique de confidentialité du site « Petit BamBou » (ci-après le « **Site** »), accessible à l'adresse https://www.petitbambou.com/, ainsi que de l’application « Petit BamBou » (ci-après l’ « **Application** »), accessible sur Google Play et/ou l’App Store.",
            )
        ],
    },
]


if __name__ == "__main__":
    sys.exit(main())
