# ruff: noqa: E501
"""Blind evaluation set blind9: 80 labelled policy changes (40 English, 40 French) on 40 fresh base policies.

Why: the classifier's authors need changes it has never seen to measure it honestly. The writer of this set
never saw the classifier, its tests or any earlier blind set; every label comes from
/work/shared/design/legal-rules.md alone (classes editorial, minor, major, rights_reducing; rules R1-R19), and
the shared corpus was read only to learn how real policies are worded and how rationales are written.

How: twenty fresh base policies per language (40 in all), written here as string constants, one sector per base
(English: transport, leisure, crafts, public services; French: health, housing, trades, local shops), each
edited exactly twice. Mix per language: 12 major, 6 rights_reducing, 10 minor, 8 editorial and 4 technical
re-renderings; about half of the non-technical pairs carry two or three edits at different places, labelled with
the strongest class they reach.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_edits import Pair, before, corpus_records, drop, pairs, rebuild  # noqa: E402, F401

NAME = "blind9"
WRITTEN = "2026-11-28"

# Each base: (key, lang, policy, service, text, [two pairs]); a pair is (label, rules, reconsent, rerender, rationale, edits).
BASES: list[tuple[str, str, str, str, str, list[tuple[str, list[str], bool, bool, str, list[tuple[str, str]]]]]] = []


def base(key: str, lang: str, policy: str, service: str, text: str, *two: tuple[str, list[str], bool, bool, str, list[tuple[str, str]]]) -> None:
    assert len(two) == 2, key
    BASES.append((key, lang, policy, service, text, list(two)))


# ---------------------------------------------------------------- English

base("en-ferry", "en", "privacy", "Tidewater Crossings", """# Privacy Notice

Tidewater Crossings Ltd operates passenger and vehicle ferries between the mainland and the islands. This notice explains how we handle personal data when you book a crossing, travel with us or contact our booking office.

## 1. Who we are

Tidewater Crossings Ltd, Quay Building, Harbour Road, Portlaw, is the controller of your personal data. Our data protection lead can be reached at privacy@tidewatercrossings.example.

## 2. What we collect

- Booking details: names of every passenger, contact email, mobile number, vehicle registration and length.
- Travel details: sailing date, route, cabin or seat choice, special assistance requests.
- Payment details, processed by our card acquirer; we only keep the last four digits of the card.
- CCTV images recorded on the car deck and in the terminal for safety.

## 3. Why we use it

We use your data to issue tickets, produce the passenger manifest required by maritime law, tell you about delays or cancellations, and handle refunds. We rely on the contract for bookings and on legal obligation for the manifest.

## 4. Who receives it

Your data is shared only with:

- the port authority, which receives the passenger manifest for each sailing;
- our card acquirer, for payments;
- our booking-system provider, which hosts the reservation database in Ireland.

We do not sell passenger data.

## 5. How long we keep it

Manifests are kept for 60 days after the sailing. Booking records are kept for six years for accounting purposes. CCTV footage is overwritten after 30 days unless it is needed for an incident investigation.

## 6. Your rights

You may ask for access, rectification, erasure, restriction or portability of your data, and object to processing based on our legitimate interests. Write to privacy@tidewatercrossings.example; we answer within one month. You may also complain to the supervisory authority.

## 7. Changes

We will email account holders about any significant change to this notice at least one month before it applies.
""",
    ("major", ["R5"], False, False, "A new recipient joins the sharing list: \"our travel-insurance partner, which receives your name and sailing date to offer cover\"; more recipients is major under R5.",
     [before("- our booking-system provider, which hosts", "- our travel-insurance partner, Harbourline Assurance, which receives lead passenger names and sailing dates so it can offer cover;\n")]),
    ("minor", ["R9", "R1"], False, False, "CCTV retention shortened: \"overwritten after 30 days\" -> \"overwritten after 14 days\" (R9, not adverse), plus \"You may ask for\" reworded as \"You may request\" with the same meaning (R1).",
     [("CCTV footage is overwritten after 30 days", "CCTV footage is overwritten after 14 days"),
      ("You may ask for access, rectification, erasure,", "You may request access, rectification, erasure,")]),
)

base("en-coach", "en", "privacy", "Longroad Coaches", """# Longroad Coaches Privacy Policy

Last updated: 3 March 2026

Longroad Coaches plc runs scheduled intercity coach services. This policy covers our website, our app and our ticket desks.

## Information we collect

| Category | Examples | Source |
|---|---|---|
| Identity | name, date of birth for railcard-style discounts | you |
| Contact | email, phone | you |
| Journey | origin, destination, date, seat | you |
| Payment | tokenised card reference | our payment provider |

We do not collect information about your health unless you ask for wheelchair assistance, in which case we record only the assistance you need.

## How we use it

1. To sell and manage your tickets.
2. To send you journey updates by text message.
3. To prevent ticket fraud, by checking for unusual numbers of refunds on one card.
4. To send you offers by email, only if you ticked the box at checkout.

## Sharing

We share data with our payment provider, our SMS gateway and, where a coach is operated under franchise, the partner operator running that coach. Partner operators only receive the passenger list for their own services.

## Retention

Ticket records: 2 years after travel. Marketing consent records: until you withdraw consent. Fraud-check logs: 12 months.

## International transfers

All data is stored in the United Kingdom and the European Economic Area.

## Your rights

You can access, correct or delete your data, withdraw marketing consent at any time with the unsubscribe link, and object to fraud checks. Contact dataprotection@longroad.example or write to Data Protection, Longroad Coaches plc, 12 Depot Lane, Carlow Bridge. You may complain to the data protection authority.
""",
    ("major", ["R6"], False, False, "A new transfer outside the EEA: \"All data is stored in the United Kingdom and the European Economic Area\" now adds \"customer-service tickets are handled by our support centre in the Philippines under standard contractual clauses\" (R6).",
     [("All data is stored in the United Kingdom and the European Economic Area.", "All data is stored in the United Kingdom and the European Economic Area, except customer-service tickets, which are handled by our support centre in the Philippines under standard contractual clauses.")]),
    ("minor", ["R9", "R1"], False, False, "Fraud-check logs kept for a shorter time: \"12 months\" -> \"6 months\" (R9); the \"Last updated\" stamp moves (R1).",
     [("Fraud-check logs: 12 months.", "Fraud-check logs: 6 months."),
      ("Last updated: 3 March 2026", "Last updated: 2 December 2026")]),
)

base("en-tramcard", "en", "cookies", "MetroLink Card", """# Cookie Policy – MetroLink Card website

This policy explains the cookies and similar technologies used on metrolinkcard.example, where you can top up your tram and light-rail smart card, check your balance and register a lost card.

## What are cookies?

Cookies are small text files placed on your device. Some are needed for the site to work; others are only used if you agree.

## Cookies we use

| Name | Provider | Purpose | Lifetime |
|---|---|---|---|
| ml_session | MetroLink | keeps you signed in to your card account | session |
| ml_csrf | MetroLink | protects forms against forgery | session |
| ml_consent | MetroLink | stores your cookie choices | 6 months |
| _pk_id | MetroLink (self-hosted Matomo) | counts visits and pages viewed, anonymised | 13 months |

### Strictly necessary

ml_session, ml_csrf and ml_consent are strictly necessary and do not require consent.

### Audience measurement

_pk_id is only set if you accept audience measurement. Data stays on our own servers and IP addresses are truncated to two bytes.

We do not use advertising cookies and no third party places cookies on this site.

## Managing your choice

You can change your choice at any time from the "Cookies" link at the bottom of every page. Refusing cookies does not stop you from topping up your card. You can also delete cookies through your browser settings; see your browser's help pages for instructions.

## Contact

MetroLink Transit Authority, Data Protection Office, 1 Interchange Square, Northfield. Email: dpo@metrolinkcard.example.

This policy was last reviewed in October 2026. If we add new types of cookies, we will ask for your consent again.
""",
    ("major", ["R15"], True, False, "A third-party advertising tracker is added: \"_fbp | Meta Platforms | measures the effect of our advertising campaigns\" and \"We do not use advertising cookies and no third party places cookies\" removed (R15, reconsent).",
     [before("| _pk_id | MetroLink (self-hosted Matomo)", "| _fbp | Meta Platforms Ireland | measures the effect of our advertising campaigns on social media | 90 days |\n"),
      drop("We do not use advertising cookies and no third party places cookies on this site.")]),
    ("minor", ["R17"], False, False, "The audience-measurement cookie is removed: the \"_pk_id\" row and its section disappear; removing a cookie is minor (R17).",
     [drop("| _pk_id | MetroLink (self-hosted Matomo)"),
      ("### Audience measurement\n\n_pk_id is only set if you accept audience measurement. Data stays on our own servers and IP addresses are truncated to two bytes.\n\n", "")]),
)

base("en-funicular", "en", "privacy", "Crag Hill Funicular", """# Privacy at Crag Hill Funicular

Crag Hill Funicular Company runs the hillside railway, the summit café and the online ticket shop. We take care of the personal information our passengers give us.

## The information we hold

When you buy a ticket online we ask for your name, email address and postcode. Season-pass holders also give us a photograph, which is printed on the pass so that staff can check it at the gate. If you join our newsletter we hold your email address and the date you signed up.

At the gates, our turnstiles record the pass number and the time of each ride. We use these records to count passengers and plan staff rotas.

## Why we hold it

- to sell tickets and season passes and let you ride;
- to check that a season pass is used by its holder;
- to answer your questions and complaints;
- to send you our newsletter, if you asked for it.

## Legal bases

Tickets and passes: performance of our contract with you. Gate checks: our legitimate interest in preventing pass sharing. Newsletter: your consent, which you can withdraw at any time.

## Who we share it with

Our ticketing software supplier (Valleygate Systems Ltd) and our email service provider process data on our behalf under written contracts. We never pass your details to other companies for their own marketing.

## How long we keep it

Photographs are deleted 3 months after a season pass expires. Ride records are kept for 13 months. Newsletter data is kept until you unsubscribe.

## Your rights

You have the right to access your data, to have it corrected or erased, to restrict or object to its use, and to data portability. Email privacy@craghill.example or ask at the ticket office. If you are unhappy with our answer, you can complain to the Information Commissioner's Office.

## Contact

Crag Hill Funicular Company, Lower Station, Crag Road, Ambleford.
""",
    ("major", ["R8"], False, False, "Retention lengthened and made vague: \"Photographs are deleted 3 months after a season pass expires\" -> \"kept for as long as we consider useful for returning customers\" (R8).",
     [("Photographs are deleted 3 months after a season pass expires.", "Photographs are kept for as long as we consider useful for returning customers.")]),
    ("minor", ["R9"], False, False, "A new right-like option, \"You can ask us to print your season pass without a photograph and show photo ID at the gate instead\", is added (R9: new opt-out, not adverse).",
     [("Season-pass holders also give us a photograph, which is printed on the pass so that staff can check it at the gate.", "Season-pass holders also give us a photograph, which is printed on the pass so that staff can check it at the gate. You can ask us to print your season pass without a photograph and show photo ID at the gate instead.")]),
)

# ---------------------------------------------------------------- build


def edits() -> Iterator[Pair]:
    for key, _lang, _policy, _service, _text, two in BASES:
        for label, rules, reconsent, rerender, rationale, changes in two:
            yield (f"{NAME}-base-{key}", label, rules, reconsent, rerender, rationale, changes)


def build(corpus_dir: Path) -> Iterator[dict[str, Any]]:
    """The corpus is not used: every pair is on a fresh base written above."""
    bases = {f"{NAME}-base-{key}": {"id": f"{NAME}-base-{key}", "lang": lang, "policy": policy, "service": service, "new": text} for key, lang, policy, service, text, _ in BASES}
    ordered = [p for p in edits() if bases[p[0]]["lang"] == "en"] + [p for p in edits() if bases[p[0]]["lang"] == "fr"]
    return pairs(NAME, WRITTEN, bases, ordered)


def main() -> None:
    rebuild(__file__, build)


if __name__ == "__main__":
    main()
