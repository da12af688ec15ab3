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
from blind_edits import Pair, before, corpus_records, drop, pairs, rebuild  # noqa: F401

NAME = "blind9"
WRITTEN = "2026-11-28"

# Each base: (key, lang, policy, service, text, [two pairs]); a pair is (label, rules, reconsent, rerender, rationale, edits).
BASES: list[tuple[str, str, str, str, str, list[tuple[str, list[str], bool, bool, str, list[tuple[str, str]]]]]] = []


def aligned(table: str) -> str:
    """The same Markdown table with every column padded to its widest cell, as a formatter would reflow it."""
    rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in table.splitlines()]
    widths = [max(len(row[i]) for row in rows if not set(row[i]) <= set("-")) for i in range(len(rows[0]))]
    out = []
    for row in rows:
        if all(set(cell) <= set("-") for cell in row):
            out.append("| " + " | ".join("-" * w for w in widths) + " |")
        else:
            out.append("| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) + " |")
    return "\n".join(out)


BOOKBINDING_TABLE = "| What | Why | Legal basis |\n|---|---|---|\n| Name, email, phone | to take orders and bookings and keep you informed | contract |\n| Delivery address | to return your book or thesis | contract |\n| Thesis title and university | to print the spine and cover correctly | contract |\n| Course preferences | to send you our course calendar | consent |"
POISSON_TABLE = "| Cookie | Rôle | Durée |\n|---|---|---|\n| mh_panier | garder votre commande en cours | 3 jours |\n| mh_session | maintenir votre connexion | session |\n| mh_choix | mémoriser vos choix de cookies | 6 mois |"


def base(
    key: str,
    lang: str,
    policy: str,
    service: str,
    text: str,
    *two: tuple[str, list[str], bool, bool, str, list[tuple[str, str]]],
) -> None:
    assert len(two) == 2, key
    BASES.append((key, lang, policy, service, text, list(two)))


# ---------------------------------------------------------------- English

base(
    "en-ferry",
    "en",
    "privacy",
    "Tidewater Crossings",
    """# Privacy Notice

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
    (
        "major",
        ["R5", "R1"],
        False,
        False,
        'A new recipient joins the sharing list: "our travel-insurance partner, Harbourline Assurance, which receives lead passenger names and sailing dates so it can offer cover"; more recipients is major under R5; "at least one month before it applies" -> "at least a month before it takes effect" is wording only (R1).',
        [
            before(
                "- our booking-system provider, which hosts",
                "- our travel-insurance partner, Harbourline Assurance, which receives lead passenger names and sailing dates so it can offer cover;\n",
            ),
            ("at least one month before it applies.", "at least a month before it takes effect."),
        ],
    ),
    (
        "minor",
        ["R9", "R1"],
        False,
        False,
        'CCTV retention shortened: "overwritten after 30 days" -> "overwritten after 14 days" (R9, not adverse), plus "You may ask for" reworded as "You may request" with the same meaning (R1).',
        [
            ("CCTV footage is overwritten after 30 days", "CCTV footage is overwritten after 14 days"),
            ("You may ask for access, rectification, erasure,", "You may request access, rectification, erasure,"),
        ],
    ),
)

base(
    "en-coach",
    "en",
    "privacy",
    "Longroad Coaches",
    """# Longroad Coaches Privacy Policy

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
    (
        "major",
        ["R6"],
        False,
        False,
        'A new transfer outside the EEA: "All data is stored in the United Kingdom and the European Economic Area" now adds "except customer-service tickets, which are handled by our support centre in the Philippines under standard contractual clauses" (R6).',
        [
            (
                "All data is stored in the United Kingdom and the European Economic Area.",
                "All data is stored in the United Kingdom and the European Economic Area, except customer-service tickets, which are handled by our support centre in the Philippines under standard contractual clauses.",
            )
        ],
    ),
    (
        "minor",
        ["R9", "R1"],
        False,
        False,
        'Fraud-check logs kept for a shorter time: "12 months" -> "6 months" (R9); the "Last updated" stamp moves (R1).',
        [
            ("Fraud-check logs: 12 months.", "Fraud-check logs: 6 months."),
            ("Last updated: 3 March 2026", "Last updated: 2 December 2026"),
        ],
    ),
)

base(
    "en-tramcard",
    "en",
    "cookies",
    "MetroLink Card",
    """# Cookie Policy – MetroLink Card website

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

Every cookie set on this site is listed in the table above.

## Managing your choice

You can change your choice at any time from the "Cookies" link at the bottom of every page. Refusing cookies does not stop you from topping up your card. You can also delete cookies through your browser settings; see your browser's help pages for instructions.

## Contact

MetroLink Transit Authority, Data Protection Office, 1 Interchange Square, Northfield. Email: dpo@metrolinkcard.example.

This policy was last reviewed in October 2026. If we add new types of cookies, we will ask for your consent again.
""",
    (
        "major",
        ["R15"],
        True,
        False,
        'A third-party advertising tracker is added to the table: "_fbp | Meta Platforms Ireland | measures the effect of our advertising campaigns on social media | 90 days"; a new vendor and purpose needing consent (R15, reconsent).',
        [
            before(
                "| _pk_id | MetroLink (self-hosted Matomo)",
                "| _fbp | Meta Platforms Ireland | measures the effect of our advertising campaigns on social media | 90 days |\n",
            )
        ],
    ),
    (
        "minor",
        ["R17"],
        False,
        False,
        'The audience-measurement cookie is removed: the "_pk_id" row and its section disappear; removing a cookie is minor (R17).',
        [
            drop("| _pk_id | MetroLink (self-hosted Matomo)"),
            (
                "### Audience measurement\n\n_pk_id is only set if you accept audience measurement. Data stays on our own servers and IP addresses are truncated to two bytes.\n\n",
                "",
            ),
        ],
    ),
)

base(
    "en-funicular",
    "en",
    "privacy",
    "Crag Hill Funicular",
    """# Privacy at Crag Hill Funicular

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
    (
        "major",
        ["R8"],
        False,
        False,
        'Retention lengthened and made vague: "Photographs are deleted 3 months after a season pass expires" -> "kept for as long as we consider useful for returning customers" (R8).',
        [
            (
                "Photographs are deleted 3 months after a season pass expires.",
                "Photographs are kept for as long as we consider useful for returning customers.",
            )
        ],
    ),
    (
        "minor",
        ["R9"],
        False,
        False,
        'A new right-like option, "You can ask us to print your season pass without a photograph and show photo ID at the gate instead", is added (R9: new opt-out, not adverse).',
        [
            (
                "Season-pass holders also give us a photograph, which is printed on the pass so that staff can check it at the gate.",
                "Season-pass holders also give us a photograph, which is printed on the pass so that staff can check it at the gate. You can ask us to print your season pass without a photograph and show photo ID at the gate instead.",
            )
        ],
    ),
)

base(
    "en-canalboat",
    "en",
    "privacy",
    "Slow Water Narrowboats",
    """# Privacy Policy

Slow Water Narrowboats hires self-drive narrowboats for holidays on the canal network. We are a family business and we keep the information we ask for to a minimum.

## Who is responsible

Slow Water Narrowboats LLP, The Wharf, Lock 14, Mill Lane, Hadley Cross ("we", "us"). Contact: bookings@slowwater.example, telephone 01632 960 418.

## What we ask for and why

When you book, we ask the lead hirer for:

- full name, home address, email and phone number, to make and confirm the booking;
- the names and ages of everyone on board, because our insurer limits the number of children per boat;
- an emergency contact on shore, in case something happens during the hire.

On the day of departure, our handover instructor records that the lead hirer has completed the boat-handling briefing. We do not take copies of driving licences or passports.

## Payments

Deposits and balances are paid by card through our payment processor, which handles your card details under its own terms. We see only a confirmation and the last four digits.

## Sharing

We share the booking details with our insurer if there is an incident on the water, and with the Canal & River Trust when it asks us for the names of hirers on a given stretch after an incident. Otherwise we do not share your information.

## Keeping your data

We keep booking records for six years because of tax rules. Emergency contact details are deleted at the end of each hire.

## Your rights

You can ask to see the information we hold about you, ask us to correct or delete it, or object to how we use it. Email bookings@slowwater.example and we will reply within a month. You can also complain to the Information Commissioner's Office (ico.org.uk).

## Updates

If we change this policy in a way that matters to you, we will tell you by email before your next hire.
""",
    (
        "major",
        ["R7"],
        False,
        False,
        'New data categories: the booking now asks for "any medical conditions or medication relevant to safety on board, and whether anyone on board is a non-swimmer", health data not collected before (R7).',
        [
            before(
                "- an emergency contact on shore, in case",
                "- any medical conditions or medication relevant to safety on board, and whether anyone on board is a non-swimmer;\n",
            )
        ],
    ),
    (
        "minor",
        ["R14"],
        False,
        False,
        'Contact block reformatted with the same channels: the phone number is written "+44 1632 960418" and the postal address gains a postcode (R14); the rights email is unchanged.',
        [
            (
                "Contact: bookings@slowwater.example, telephone 01632 960 418.",
                "Contact: bookings@slowwater.example, telephone +44 1632 960418.",
            ),
            ('Mill Lane, Hadley Cross ("we", "us").', 'Mill Lane, Hadley Cross HX7 2QP ("we", "us").'),
        ],
    ),
)

base(
    "en-karting",
    "en",
    "privacy",
    "Apex Indoor Karting",
    """# Apex Indoor Karting – Privacy Policy

Apex Indoor Karting Ltd runs indoor electric karting tracks in three cities. This notice explains what happens to your information when you register as a driver, race with us or book a party.

## Driver registration

Before your first race every driver registers at a kiosk or online. We collect:

- name, date of birth and email address;
- for drivers under 16, the name and signature of a parent or guardian;
- your height, so that we can give you a kart with the right seat and pedal settings;
- a signed safety declaration.

## Lap timing

Each kart carries a transponder. We record your lap times and show them on the screens at the track and on our online leaderboard under the nickname you choose. You can race without appearing on the public leaderboard by ticking "private driver" at registration.

## How we use your data

We use your information to run races safely, to show your results, to manage bookings and, if you agree, to send you news about events and championships. Race marshals may note dangerous driving in your driver file; a marshal decides whether a driver is asked to leave the track.

## Sharing

We use a specialist timing-software provider that hosts driver profiles and lap times for us in Germany. We do not share your details with anyone else except where the law requires it.

## Retention

Driver profiles are deleted after 3 years without a race. Safety declarations are kept for 3 years after your last visit, in case of a claim. Party bookings are kept for 6 years for accounting.

## Your choices and rights

You may ask for a copy of your data, correct it, delete your profile, or object to our use of it. You can withdraw consent to news emails at any time. Send requests to privacy@apexkarting.example. You can complain to your data protection authority.

Apex Indoor Karting Ltd, Unit 4, Riverside Trading Estate, Dunmore.
""",
    (
        "major",
        ["R11"],
        False,
        False,
        'Automated decision introduced: "a marshal decides whether a driver is asked to leave" -> "our timing system automatically suspends, for 30 days, any driver whose lap data shows repeated collisions or sudden braking patterns" (R11).',
        [
            (
                "Race marshals may note dangerous driving in your driver file; a marshal decides whether a driver is asked to leave the track.",
                "Race marshals may note dangerous driving in your driver file, and our timing system automatically suspends, for 30 days, any driver whose lap data shows repeated collisions or sudden braking patterns.",
            )
        ],
    ),
    (
        "minor",
        ["R9"],
        False,
        False,
        'Shorter retention: "Driver profiles are deleted after 3 years without a race" -> "after 18 months without a race"; shorter retention is not adverse (R9).',
        [
            (
                "Driver profiles are deleted after 3 years without a race.",
                "Driver profiles are deleted after 18 months without a race.",
            )
        ],
    ),
)

base(
    "en-pottery",
    "en",
    "privacy",
    "Kilnhouse Pottery Studio",
    """# Privacy Notice – Kilnhouse Pottery Studio

Thank you for taking a class with us. This notice tells you how Kilnhouse Pottery Studio handles the personal details of students, members and visitors to our open studio days.

## Who we are

Kilnhouse Pottery Studio is run by Margaret Ellery, trading as Kilnhouse, 27 Foundry Street, Wexbridge. Email: hello@kilnhouse.example. Margaret is responsible for your data.

## Information we collect

- Booking information: your name, email, phone number and which course you booked.
- Membership information for studio members: your shelf number, firing records and the dates you used the studio.
- Photos of your work: with your permission, we photograph finished pieces for our Instagram page. We never show your face without asking first.
- Accessibility notes you choose to tell us, for example if you need a seat at the wheel with back support.

## How we use it

We use this information to run courses, to keep track of which pieces are in the kiln, to contact you when your work is ready for collection, and to send you our term programme if you asked to receive it.

## Who sees it

Your booking details are stored in our online booking tool. Our part-time technician sees firing records. Nobody else has access.

## How long we keep it

Course bookings: 2 years. Members' firing records: for as long as you are a member and 1 year after. Unclaimed pieces are recycled after 3 months, and we delete the related notes at the same time.

## Your rights

You can ask for a copy of your information, correct it, or ask us to delete it. You can withdraw permission for photos of your work at any time and we will take them down within 7 days. Write to hello@kilnhouse.example. You also have the right to complain to the ICO.
""",
    (
        "major",
        ["R3"],
        False,
        False,
        'Controller identity changes: "run by Margaret Ellery, trading as Kilnhouse" -> "run by Clayworks Collective CIC (company no. 14820077), which took over the studio in 2026"; a new entity is responsible (R3).',
        [
            (
                "Kilnhouse Pottery Studio is run by Margaret Ellery, trading as Kilnhouse, 27 Foundry Street, Wexbridge. Email: hello@kilnhouse.example. Margaret is responsible for your data.",
                "Kilnhouse Pottery Studio is run by Clayworks Collective CIC (company no. 14820077), which took over the studio in 2026, 27 Foundry Street, Wexbridge. Email: hello@kilnhouse.example. Clayworks Collective CIC is responsible for your data.",
            )
        ],
    ),
    (
        "minor",
        ["R9", "R1"],
        False,
        False,
        'A clearer statement of an existing practice: the booking tool is now named ("our online booking tool (Bookwell), the same tool we have used since the studio opened") (R9), and "Thank you for taking a class" -> "Thanks for taking a class" (R1).',
        [
            (
                "Your booking details are stored in our online booking tool.",
                "Your booking details are stored in our online booking tool (Bookwell), the same tool we have used since the studio opened.",
            ),
            ("Thank you for taking a class with us.", "Thanks for taking a class with us."),
        ],
    ),
)

base(
    "en-stainedglass",
    "en",
    "privacy",
    "Leadlight & Lantern",
    """# Leadlight & Lantern – How we use your information

Leadlight & Lantern designs and restores stained-glass windows for homes and churches, and teaches weekend glass-cutting courses. This policy covers commission clients, course participants and people who contact us.

## What we collect

**Commission clients.** Name, address of the property, email, phone, photographs and measurements of the window openings, and, for listed buildings, the listing reference and correspondence with the conservation officer.

**Course participants.** Name, email, phone and any allergy to flux or lead that you tell us about, so that we can give you the right gloves and materials.

**Enquiries.** Whatever you write to us in your email or through the contact form.

## How we use it

We use commission information to prepare quotes, design and install the work, and keep a record of restoration carried out, which the owner of a listed building may need later. We use course information to organise the course and keep participants safe. We reply to enquiries. We do not send newsletters.

## Legal basis

Our contract with you, or steps before a contract; our legal obligations for accounting records; and your explicit consent for any allergy information.

## Sharing

Photographs and measurements may be passed to the conservation officer of your local council when listed building consent is needed. Our accountant sees invoices. That is all.

## Retention

Restoration records are kept for 25 years because they form part of the history of the building. Course records are kept for one year. Allergy information is deleted on the last day of the course.

## Your rights

You have the rights of access, rectification, erasure, restriction, objection and portability. Contact us at studio@leadlight.example or by post at Leadlight & Lantern, The Old Chapel, Steeple Row, Brackenfield. You may lodge a complaint with the Information Commissioner.
""",
    (
        "major",
        ["R2"],
        False,
        False,
        'New purpose added in a long sentence: commission photographs are now used "feature finished windows together with the street and town in our online portfolio and print advertising" (R2).',
        [
            (
                "We use commission information to prepare quotes, design and install the work, and keep a record of restoration carried out, which the owner of a listed building may need later.",
                "We use commission information to prepare quotes, design and install the work, feature finished windows together with the street and town in our online portfolio and print advertising, and keep a record of restoration carried out, which the owner of a listed building may need later.",
            )
        ],
    ),
    (
        "minor",
        ["R17", "R1"],
        False,
        False,
        'A recipient is removed: "Our accountant sees invoices" -> "We now keep our own accounts in-house"; a vendor removed is minor (R17), and "That is all." -> "No one else receives your data." says the same (R1).',
        [
            (
                "Our accountant sees invoices. That is all.",
                "We now keep our own accounts in-house. No one else receives your data.",
            )
        ],
    ),
)

base(
    "en-yarn",
    "en",
    "cookies",
    "Fleece & Fettle Yarns",
    """# Cookies on fleeceandfettle.example

Fleece & Fettle Yarns is a small online shop for hand-dyed wool, knitting patterns and spinning fibre. We use a few cookies to run the shop and, with your permission, to understand how visitors use it.

## Essential cookies

These cookies are needed for the basket and checkout to work, and cannot be switched off:

- `ff_basket` remembers what is in your basket (expires after 7 days);
- `ff_session` keeps you logged in during your visit (deleted when you close the browser);
- `ff_cookie_choice` remembers whether you accepted or refused optional cookies (6 months).

## Optional cookies

We only set these if you click "Accept" in the cookie banner or switch them on in the settings panel:

- `_plausible_v` – a visitor counter from our analytics tool, used to see which patterns are popular. It expires after 6 months.
- `ff_recent` – remembers the colourways you looked at recently, so we can show them again on your next visit. It expires after 30 days.

We do not use advertising or social-media cookies, and we do not allow other companies to track you on our site.

## Payment pages

When you pay, you are taken to our payment provider's page, which sets its own strictly necessary fraud-prevention cookies. We have no access to them.

## Changing your mind

Use the "Cookie settings" link in the footer at any time to change your choice. Withdrawing consent is as easy as giving it and removes the optional cookies from your browser.

## Questions

Write to Fleece & Fettle Yarns, 3 Weavers Yard, Tolland, or email shop@fleeceandfettle.example. For more about your privacy rights, see our privacy policy.
""",
    (
        "major",
        ["R16", "R17"],
        False,
        False,
        'Longer cookie lifetime within the 13-month cap: "`_plausible_v` ... expires after 6 months" -> "expires after 12 months" (R16, major); the `ff_recent` cookie is also removed (R17, minor).',
        [
            drop("- `ff_recent` – remembers the colourways"),
            (
                "used to see which patterns are popular. It expires after 6 months.",
                "used to see which patterns are popular. It expires after 12 months.",
            ),
        ],
    ),
    (
        "editorial",
        ["R1"],
        False,
        False,
        'Spelling and punctuation only: "colourways you looked at recently" -> "colourways you have looked at recently" and "Withdrawing consent is as easy as giving it" -> "Withdrawing consent is just as easy as giving it"; nothing said differently (R1).',
        [
            ("remembers the colourways you looked at recently", "remembers the colourways you have looked at recently"),
            ("Withdrawing consent is as easy as giving it", "Withdrawing consent is just as easy as giving it"),
        ],
    ),
)

base(
    "en-leather",
    "en",
    "privacy",
    "Saddler's Bench",
    """# Privacy Policy

**Saddler's Bench** makes leather goods to order (belts, bags, watch straps) and runs evening leatherworking classes. This policy explains how we look after the personal information of customers and students.

## The short version

- We collect what we need to make your order or run your class.
- We do not sell your data or use it for advertising.
- You can ask us what we hold and have it deleted.

## Information we collect

For made-to-order goods: your name, delivery address, email, and any measurements you give us (for example, wrist size for a watch strap or waist size for a belt). If you want initials or a name embossed on the item, we record the text.

For classes: your name, email, phone, and whether you are left- or right-handed so we can set out the right tools.

## Why and on what basis

| Purpose | Legal basis |
|---|---|
| Making and delivering your order | Contract |
| Running classes | Contract |
| Keeping invoices | Legal obligation |
| Sending our twice-yearly catalogue by post to past customers | Legitimate interest – you can object at any time |

## Who we share it with

Our courier receives your name and delivery address. Our web host stores our order database in the EU. Our accountant sees invoices.

## How long

We keep order records for six years, then delete them. Measurements are kept for two years so that repeat orders fit; you can ask us to delete them sooner. Class registers are kept until the end of the term.

## Your rights

Access, rectification, erasure, restriction, objection, portability, and the right to complain to the ICO. Write to Saddler's Bench, 8 Tannery Lane, Holmbridge, or email orders@saddlersbench.example. We reply within one month.
""",
    (
        "major",
        ["R10"],
        False,
        False,
        'Legal basis changes in the table: "Running classes | Contract" -> "Running classes | Legitimate interest"; a changed basis is major (R10), and no consent is withdrawn.',
        [("| Running classes | Contract |", "| Running classes | Legitimate interest |")],
    ),
    (
        "editorial",
        ["R1"],
        False,
        False,
        'Reordering without change of meaning: the two short-version bullets "We do not sell your data..." and "We collect what we need..." swap places, and "How long" becomes "How long we keep it" (R1).',
        [
            drop("- We collect what we need to make your order or run your class."),
            before(
                "- You can ask us what we hold and have it deleted.",
                "- We collect what we need to make your order or run your class.\n",
            ),
            ("## How long\n", "## How long we keep it\n"),
        ],
    ),
)

base(
    "en-records",
    "en",
    "privacy",
    "Westmarch Record Office",
    """# Westmarch Record Office – Privacy Notice

Westmarch Record Office keeps the historical archives of the county: parish registers, court and estate papers, maps and photographs. This notice covers readers who visit our searchroom, people who order copies online, and depositors who give or lend us records.

## Controller

The controller is Westmarch County Council, acting through its Archives Service, County Hall, Westmarch. Our Data Protection Officer can be contacted at dpo@westmarch.example.

## Readers and online customers

To issue a reader's ticket we need your name, address, email and a proof of address, which we look at but do not copy. We log which documents you order so that we can trace any damage or loss. Online customers give us their name, email, postal address and payment.

## Depositors

We keep the names and contact details of depositors and the terms of each deposit for as long as we hold the records, which is normally permanently.

## Personal data in the archives

Many of our records contain information about people. Records containing sensitive information about living people are closed for 100 years from their date. Before that, access is given only for research that meets the conditions of the law on archiving in the public interest.

## Why we process your data

We process reader and customer data to provide access to the archives, to protect the collections and to take payment for copies, as part of our public task under the Public Records and Local Government Acts, and we process depositor data to manage the deposit agreements.

## Sharing

We do not share reader information outside the Council, except with the police if documents are stolen or damaged.

## Retention

Reader registrations: 5 years after your last visit. Document-ordering logs: 5 years. Copy orders: 6 years.

## Your rights

You may ask for access to your data, for corrections, and in some cases for erasure or restriction, and you may object. Email dpo@westmarch.example or write to the Data Protection Officer, County Hall, Westmarch. You can complain to the Information Commissioner's Office.
""",
    (
        "major",
        ["R2", "R5"],
        False,
        False,
        'A new purpose and recipient hidden in a long sentence: reader and customer data are also used "to share reader contact details with the Friends of Westmarch Archives for their fundraising appeals" (R2, R5).',
        [
            (
                "to protect the collections and to take payment for copies, as part of our public task",
                "to protect the collections, to take payment for copies and to share reader contact details with the Friends of Westmarch Archives for their fundraising appeals, as part of our public task",
            )
        ],
    ),
    (
        "editorial",
        ["R1"],
        False,
        False,
        'A link to the same target and a sentence split: "Email dpo@westmarch.example" becomes a mailto link to the same address, and the proof-of-address sentence is split in two; same meaning (R1).',
        [
            (
                "Email dpo@westmarch.example or write to",
                "Email [dpo@westmarch.example](mailto:dpo@westmarch.example) or write to",
            ),
            (
                "a proof of address, which we look at but do not copy.",
                "a proof of address. We look at the proof of address but we do not copy it.",
            ),
        ],
    ),
)

base(
    "en-water",
    "en",
    "privacy",
    "Brookvale Water",
    """# Customer Privacy Notice

Brookvale Water Services Ltd supplies drinking water and collects waste water for households and businesses in the Brookvale region. Because we are the only water supplier here, we think it is especially important to be clear about the information we hold.

## Information about you

- **Account details:** name, supply address, billing address, phone, email, date of birth for account security.
- **Billing and payment:** meter readings, water use, direct debit details, payment history, any debt owed.
- **Priority services:** if you register for our Priority Services Register, details of a disability, medical condition or reliance on water for medical equipment, so that we can deliver bottled water during interruptions.
- **Calls:** recordings of calls to our contact centre, used for training and to resolve complaints.

## How we use it

We use this information to supply water, bill you, read and maintain meters, handle complaints, help customers who struggle to pay, and support priority customers during supply interruptions.

## Who we share it with

We share data with contractors who read meters and repair pipes, with the local council when you apply for help with water charges, and with emergency services during a major incident involving priority customers. We do not sell customer data.

## Retention

Account records are kept for 6 years after you close your account. Call recordings are kept for 90 days. Priority Services Register entries are reviewed every two years and removed if you no longer need support.

## Your rights

You can ask for a copy of your data, correct it, ask for it to be deleted where we do not need to keep it, restrict or object to certain uses, and complain to the Information Commissioner's Office. Contact our Data Protection Officer at dataprotection@brookvalewater.example, by phone on 0800 555 0143, or by post at Brookvale Water, PO Box 90, Brookvale.

We cannot disconnect household customers for non-payment.
""",
    (
        "major",
        ["R5", "R1"],
        False,
        False,
        'More recipients: the sharing list adds "with debt-collection agencies and credit reference agencies when an account is more than 90 days in arrears" (R5); "Because we are" -> "As we are" in the introduction is wording only (R1).',
        [
            (
                "with the local council when you apply for help with water charges,",
                "with the local council when you apply for help with water charges, with debt-collection agencies and credit reference agencies when an account is more than 90 days in arrears,",
            ),
            (
                "Because we are the only water supplier here, we think",
                "As we are the only water supplier here, we believe",
            ),
        ],
    ),
    (
        "editorial",
        ["R1"],
        False,
        False,
        'A heading reworded and a sentence restructured with the same meaning: "Information about you" -> "The information we hold about you", "We do not sell customer data" -> "Customer data is never sold" (R1).',
        [
            ("## Information about you", "## The information we hold about you"),
            ("We do not sell customer data.", "Customer data is never sold."),
        ],
    ),
)

base(
    "en-toll",
    "en",
    "privacy",
    "Estuary Crossing Tolls",
    """# Privacy Notice – Estuary Crossing

The Estuary Crossing is a tolled bridge operated by Estuary Crossing Operations Ltd on behalf of the Estuary Bridge Authority. This notice explains how we use personal data to collect tolls, run tag accounts and enforce unpaid charges.

## Who is the controller?

Estuary Crossing Operations Ltd, Toll Plaza Offices, Bridge Approach, Saltmarsh, is the controller. You can reach our privacy team at privacy@estuarycrossing.example.

## What data we use

1. **Number plate images.** Cameras on each lane photograph the front and rear number plates of every vehicle crossing.
2. **Tag account data.** If you open a pre-pay account: name, address, email, phone, vehicle registrations, tag number, payment card token and crossing history.
3. **Enforcement data.** If a toll is not paid, we obtain the registered keeper's name and address from the vehicle licensing agency.

## Why

- To charge the correct toll and keep your account up to date.
- To pursue unpaid tolls and issue penalty charge notices.
- To produce anonymous traffic statistics for the Bridge Authority.

## Retention

Images of vehicles that paid are deleted after 30 days. Images linked to an unpaid toll are kept until the matter is closed, plus 12 months. Tag accounts are kept while open and for 2 years after closure.

## Sharing

We share enforcement data with our debt recovery agent and, if a case goes to court, with the court. Traffic statistics shared with the Bridge Authority contain no personal data.

## Your rights

You can ask for a copy of the images and records we hold about your vehicle, have inaccurate data corrected, and object to processing. Requests are free of charge. You can make a request by email, by post to the address above, or at the customer desk at the toll plaza, and we reply within one month. You can complain to the Information Commissioner's Office.
""",
    (
        "rights_reducing",
        ["R4"],
        False,
        False,
        'Exercising rights becomes costlier and harder: "Requests are free of charge" -> "A £10 administration fee applies to each request for camera images", and the customer-desk channel is removed (R4, harder).',
        [
            (
                "Requests are free of charge. You can make a request by email, by post to the address above, or at the customer desk at the toll plaza, and we reply within one month.",
                "A £10 administration fee applies to each request for camera images. You can make a request by email or by post to the address above, and we reply within one month.",
            )
        ],
    ),
    (
        "editorial",
        ["R1"],
        False,
        False,
        'Punctuation and capitalisation only: "Who is the controller?" -> "Who is the data controller?" and "Tag account data." -> "Tag-account data." (R1).',
        [
            ("## Who is the controller?", "## Who is the data controller?"),
            ("2. **Tag account data.**", "2. **Tag-account data.**"),
        ],
    ),
)

base(
    "en-fishing",
    "en",
    "privacy",
    "Riverwardens Angling Permits",
    """# Riverwardens Angling Permits – Privacy Policy

Riverwardens is the permit service for the Upper Lune fisheries partnership, a group of riparian owners and angling associations. We sell day, week and season fishing permits online and through local tackle shops.

## Data we collect

- Your name, email, postcode and mobile number when you buy a permit.
- Your rod licence number, which we check before issuing a permit.
- Catch returns you submit after fishing: date, beat, species, weight and whether the fish was released.
- Bailiff reports, if a water bailiff checks your permit on the bank.

## How we use it

To issue and check permits; to contact you if a beat is closed because of flooding or pollution; to compile catch statistics for fisheries management; and to deal with fishing without a permit.

## Lawful basis

Permit sales rely on our contract with you. Catch statistics rely on our legitimate interest in managing fish stocks; we publish them only in totals per beat. Bailiff reports rely on our legitimate interest in protecting the fishery.

## Recipients

- The riparian owner of the beat you booked, who receives your name and permit number.
- The Environment Agency, which receives anonymous catch totals.
- Our web shop provider.

## Retention

Permit records: 3 years. Catch returns: kept in anonymous form indefinitely, and with your name for 3 years. Bailiff reports: 6 years.

## Your rights

You have the right:

- to access your personal data;
- to have it rectified;
- to have it erased;
- to restrict processing;
- to data portability;
- to object to processing based on legitimate interests, including catch statistics;
- to complain to the Information Commissioner's Office.

Contact: Riverwardens, Fishery Office, Weir Cottage, Lunesdale, or permits@riverwardens.example.
""",
    (
        "rights_reducing",
        ["R13"],
        False,
        False,
        'Rights narrowed: "to data portability" is removed and objection is narrowed to "legitimate interests, except catch statistics" (R13).',
        [
            drop("- to data portability;"),
            (
                "- to object to processing based on legitimate interests, including catch statistics;",
                "- to object to processing based on legitimate interests, except catch statistics, which we need for fisheries management;",
            ),
        ],
    ),
    (
        "editorial",
        ["R1"],
        False,
        False,
        'A list reordered and a word fixed, no change of meaning: the Environment Agency and web-shop bullets swap, and "To issue and check permits" -> "To issue permits and check them" (R1).',
        [
            drop("- Our web shop provider."),
            before("- The Environment Agency, which receives", "- Our web shop provider.\n"),
            ("To issue and check permits;", "To issue permits and check them;"),
        ],
    ),
)

base(
    "en-trampoline",
    "en",
    "cookies",
    "Bounce Republic",
    """# Bounce Republic Cookie Policy

Bounce Republic runs trampoline parks with open jump sessions, dodgeball courts and toddler mornings. This policy explains the cookies used on bouncerepublic.example and in our booking pages.

## Our approach

We ask for your consent before using any cookie that is not needed to make the website work. Your choice is stored for six months and you can change it at any time through "Cookie preferences" in the footer.

## Cookies that are always on

| Cookie | Why | Lifetime |
|---|---|---|
| br_sess | keeps your booking basket while you choose a session | 2 hours |
| br_waiver | remembers that a jumper's safety waiver has been signed in this visit | session |
| br_consent | stores your cookie choices | 6 months |

## Cookies we only use with your consent

| Cookie | Provider | Why | Lifetime |
|---|---|---|---|
| _ga, _ga_* | Google Analytics | counts visitors and booking steps completed | 13 months |
| br_promo | Bounce Republic | remembers if you closed the birthday-party banner | 30 days |

Google Analytics is configured with IP anonymisation and data-sharing settings switched off. The data it collects is never shared with advertisers and never used to show you ads.

## Embedded content

Our "How to jump safely" video is hosted on a video platform and loads only after you click the play button.

## Other devices

If you book on a phone and then on a laptop, you will be asked for your choice on each device, because cookies are stored separately in each browser.

## Contact

Bounce Republic Ltd, Unit 9, Canal Park, Ryebridge. Email: hello@bouncerepublic.example.
""",
    (
        "rights_reducing",
        ["R12", "R15"],
        True,
        False,
        'Negation weakened: "never shared with advertisers and never used to show you ads" -> "may be shared with Google\'s advertising services and used to show you ads for our parks on other websites"; a promise is dropped (R12) and a new advertising purpose appears (R15, reconsent).',
        [
            (
                "The data it collects is never shared with advertisers and never used to show you ads.",
                "The data it collects may be shared with Google's advertising services and used to show you ads for our parks on other websites.",
            )
        ],
    ),
    (
        "editorial",
        ["R1"],
        False,
        False,
        'Wording only: "Our approach" -> "How we approach cookies" and "loads only after you click the play button" -> "only loads once you click play"; same behaviour (R1).',
        [
            ("## Our approach", "## How we approach cookies"),
            ("loads only after you click the play button.", "only loads once you click play."),
        ],
    ),
)

base(
    "en-bowling",
    "en",
    "privacy",
    "Tenpin Tavern",
    """# Tenpin Tavern – Privacy Notice

Tenpin Tavern is a ten-pin bowling centre with a bar, an arcade and party rooms. This notice explains what personal information we collect, why, and what you can do about it.

## Contact details

Tenpin Tavern Leisure Ltd, 44 Station Parade, Orbury. Privacy questions: privacy@tenpintavern.example or 01632 960 222.

## What we collect

- **Lane bookings:** name, phone, email, number of bowlers, whether you need bumpers or a ramp.
- **League members:** name, email, league, handicap and score history.
- **Party bookings:** the name and age of the birthday child, the number of guests, and any food allergies you tell us about.
- **Arcade cards:** if you register a reloadable arcade card, your email and card balance.
- **CCTV:** images inside the building and in the car park.

## How we use it

Bookings and parties: to run your visit. League data: to calculate handicaps and publish league tables on the noticeboard and website. Arcade cards: to restore a lost card's balance. CCTV: for safety and to deal with incidents.

## Sharing

League results are sent to the regional bowling association. Our booking system and arcade card system are run by service providers on our behalf. We share CCTV footage with the police only when they ask for it about a specific incident.

## Retention

Bookings: 12 months. League data: 5 years after you leave the league. Allergy information: deleted the day after the party. CCTV: 31 days.

## Your rights

You can ask for a copy of your information, correct it, ask us to delete it, or object to its use. Just email or phone us, or ask the duty manager at the front desk, and we will confirm your identity by asking about your last booking. We reply within one month. You can also complain to the ICO.
""",
    (
        "rights_reducing",
        ["R4", "R9"],
        False,
        False,
        'Identity requirement and fewer channels: "Just email or phone us, or ask the duty manager" -> "Requests must be made in writing to our privacy email address and include a copy of a photo ID" (R4, harder); CCTV retention shortened from 31 to 21 days (R9).',
        [
            (
                "Just email or phone us, or ask the duty manager at the front desk, and we will confirm your identity by asking about your last booking.",
                "Requests must be made in writing to our privacy email address and include a copy of a photo ID such as a passport or driving licence.",
            ),
            (
                "Allergy information: deleted the day after the party. CCTV: 31 days.",
                "Allergy information: deleted the day after the party. CCTV: 21 days.",
            ),
        ],
    ),
    (
        "editorial",
        ["R1"],
        False,
        False,
        'Wording only: "images inside the building" -> "images from inside the building" and "to run your visit" -> "to organise your visit" (R1).',
        [
            (
                "- **CCTV:** images inside the building and in the car park.",
                "- **CCTV:** images from inside the building and from the car park.",
            ),
            ("Bookings and parties: to run your visit.", "Bookings and parties: to organise your visit."),
        ],
    ),
)

base(
    "en-observatory",
    "en",
    "privacy",
    "Dark Sky Tours",
    """# Dark Sky Tours Privacy Policy

Dark Sky Tours organises guided stargazing evenings at the Heathermoor observatory and telescope-handling workshops for beginners. We are a small team of astronomers and we respect your privacy.

## What we collect

- When you book a tour: your name, email address, mobile number and the number of people in your group.
- If you hire a telescope to take home for a weekend: your home address and a deposit taken on your card.
- When you sign up for clear-sky alerts: your mobile number and the nights of the week you are usually free.
- If you send us your astrophotography for our monthly gallery: the image, your name as you want it credited, and the camera settings you share.

## How we use it

- to confirm and, when the sky is cloudy, reschedule your tour;
- to send clear-sky alerts by text message, if you asked for them;
- to recover a hired telescope if it is not returned;
- to publish the gallery with the credit you chose.

## Who we share it with

- Our booking platform, which stores bookings on our behalf.
- Our text-message provider, which sends alerts on our behalf.
- Our card payment processor.

We never sell, rent or trade your personal information, and we never give it to other tour operators or advertisers.

## How long we keep it

Tour bookings are deleted 12 months after the tour. Clear-sky alert numbers are deleted when you reply STOP. Telescope hire records are kept for 6 years.

## Your rights

You can ask for access to your data, correction, deletion, restriction, portability, or object to our use of it. You can also complain to the ICO. Email stars@darkskytours.example or write to Dark Sky Tours, Observatory Lodge, Heathermoor Road, Kelbeck.
""",
    (
        "rights_reducing",
        ["R12", "R5"],
        False,
        False,
        'A promise weakened: "We never sell, rent or trade your personal information, and we never give it to other tour operators or advertisers" -> "we may share it with partner tour operators and accommodation providers in the area" (R12, also R5).',
        [
            (
                "We never sell, rent or trade your personal information, and we never give it to other tour operators or advertisers.",
                "We never sell your personal information, but we may share it with partner tour operators and accommodation providers in the area so that they can offer you packages.",
            )
        ],
    ),
    (
        "editorial",
        ["R1"],
        False,
        True,
        'Technical re-rendering: every bullet marker changes from "-" to "*"; the text of each item is identical.',
        [
            ("- When you book a tour:", "* When you book a tour:"),
            ("- If you hire a telescope", "* If you hire a telescope"),
            ("- When you sign up for clear-sky alerts:", "* When you sign up for clear-sky alerts:"),
            ("- If you send us your astrophotography", "* If you send us your astrophotography"),
            ("- to confirm and, when the sky", "* to confirm and, when the sky"),
            ("- to send clear-sky alerts by text", "* to send clear-sky alerts by text"),
            ("- to recover a hired telescope", "* to recover a hired telescope"),
            ("- to publish the gallery", "* to publish the gallery"),
            ("- Our booking platform,", "* Our booking platform,"),
            ("- Our text-message provider,", "* Our text-message provider,"),
            ("- Our card payment processor.", "* Our card payment processor."),
        ],
    ),
)

base(
    "en-bookbinding",
    "en",
    "privacy",
    "Quire & Thread Bindery",
    """# Privacy Notice

Quire & Thread is a hand bindery that repairs old books, binds theses and runs bookbinding courses. This notice explains how we treat the personal information of our customers and students.

## Who we are

Quire & Thread Bindery, 5 Printers' Court, Eastlow. Email: bindery@quireandthread.example.

## What we collect and why

| What | Why | Legal basis |
|---|---|---|
| Name, email, phone | to take orders and bookings and keep you informed | contract |
| Delivery address | to return your book or thesis | contract |
| Thesis title and university | to print the spine and cover correctly | contract |
| Course preferences | to send you our course calendar | consent |

We do not read the contents of theses or books left with us beyond what is needed to bind or repair them.

## Sharing

Finished theses are sent back by a tracked courier, which receives your name and address. We use an online calendar to manage course bookings. We do not share data with anyone else.

## Retention

Orders are kept for six years for our accounts. Course calendar subscriptions last until you unsubscribe.

## Your rights

- You can withdraw your consent to the course calendar at any time, by clicking the unsubscribe link or emailing us.
- You can ask for a copy of your data and have it corrected or deleted.
- You can object to our processing.
- You can complain to the Information Commissioner's Office if you are unhappy with how we handle your data.

We will answer any request within one month.

## Changes to this notice

We will email customers about important changes before they take effect.
""",
    (
        "rights_reducing",
        ["R13"],
        False,
        False,
        'Rights removed: the bullets "You can object to our processing" and "You can complain to the Information Commissioner\'s Office" are deleted (R13).',
        [
            drop("- You can object to our processing."),
            drop("- You can complain to the Information Commissioner's Office if you are unhappy"),
        ],
    ),
    (
        "editorial",
        ["R1"],
        False,
        True,
        "Technical re-rendering: the table is reflowed with padded, aligned columns; every cell says the same.",
        [(BOOKBINDING_TABLE, aligned(BOOKBINDING_TABLE))],
    ),
)

base(
    "en-schoolbus",
    "en",
    "privacy",
    "Greystone School Transport",
    """# School Transport Privacy Notice

Greystone Council's School Transport team arranges free and subsidised home-to-school travel by bus, minibus and taxi for eligible pupils. This notice explains how we use information about pupils and their parents or carers.

## Controller

Greystone Borough Council, Civic Centre, Market Street, Greystone, is the controller. Data Protection Officer: dpo@greystone.example.

## The information we use

- Pupil's name, date of birth, home address, school and year group.
- Parent or carer's name, phone number and email.
- Information about special educational needs or a disability, where it affects the type of transport or whether a passenger assistant is needed.
- Low-income information, where you apply for free transport on that ground.
- Bus pass photograph.

## Why we use it

To decide whether a pupil is eligible, to plan routes and book vehicles, to issue bus passes, and to contact parents if a route changes or a vehicle breaks down. This is part of our statutory duty under education law (public task); information about special needs is used because it is necessary for reasons of substantial public interest.

## Who receives it

Transport operators on contract to the Council receive the pupil's name, pick-up point, school and any medical instructions the driver and passenger assistant need. Schools receive the list of pupils using each route.

## How long we keep it

Applications and eligibility decisions: until the pupil leaves school plus 3 years. Bus pass photographs: deleted when the pass expires.

## Your rights

You can ask for access to the information we hold, ask us to correct it, and in some cases ask us to restrict it or object. You can appeal an eligibility decision through the transport appeals process. Contact the DPO at dpo@greystone.example or write to the Data Protection Officer, Civic Centre, Market Street, Greystone. You can complain to the Information Commissioner's Office.
""",
    (
        "minor",
        ["R14"],
        False,
        False,
        'Contact details reformatted, same channel: "Civic Centre, Market Street, Greystone" in the rights section is set out on separate lines with a postcode; the DPO email is unchanged (R14).',
        [
            (
                "write to the Data Protection Officer, Civic Centre, Market Street, Greystone. You can complain",
                "write to:\n\n> Data Protection Officer  \n> Civic Centre, Market Street  \n> Greystone GR1 4AA\n\nYou can complain",
            )
        ],
    ),
    (
        "editorial",
        ["R1"],
        False,
        True,
        'Technical re-rendering: the long "Why we use it" paragraph is hard-wrapped over several lines; the words are unchanged.',
        [
            (
                "To decide whether a pupil is eligible, to plan routes and book vehicles, to issue bus passes, and to contact parents if a route changes or a vehicle breaks down. This is part of our statutory duty",
                "To decide whether a pupil is eligible, to plan routes and book vehicles,\nto issue bus passes, and to contact parents if a route changes or a vehicle\nbreaks down. This is part of our statutory duty",
            )
        ],
    ),
)

base(
    "en-allotments",
    "en",
    "privacy",
    "Hollins Lane Allotments",
    """# Allotment Tenancy Privacy Notice

Hollins Lane Allotments are municipal allotments managed by the Parks and Open Spaces service of Ashby Vale Town Council. This notice covers people on the waiting list and plot holders.

## 1. Who we are

Ashby Vale Town Council, Council Offices, 2 Church Walk, Ashby Vale. Email: allotments@ashbyvale.example.

## 2. What we collect

Name, address, email and phone number of applicants and plot holders; the date you joined the waiting list; your plot number, tenancy start date and rent payments; inspection notes on the condition of your plot; and, if you ask for a raised bed or a plot near the gate, the fact that you have mobility needs.

## 3. Why

To manage the waiting list in date order, grant tenancies, collect rent, carry out plot inspections and send notices about water supply, bonfire rules and the annual show. Our legal basis is the performance of the tenancy agreement and our public task under allotment legislation.

## 4. Sharing

The volunteer site secretary has the names and plot numbers of plot holders on the site, so that they can contact neighbours about shared paths. We do not give your details to anyone else.

## 5. Retention

Waiting-list entries are removed if you do not renew your application each year. Tenancy records are kept for 6 years after the tenancy ends.

## 6. Your rights

You may ask to access, correct or delete your data, restrict or object to processing, and you may complain to the Information Commissioner's Office. Please contact allotments@ashbyvale.example.
""",
    (
        "minor",
        ["R9"],
        False,
        False,
        'Clearer wording of the same practice: "removed if you do not renew your application each year" -> adds "we email a renewal reminder each January and remove the entry if you have not renewed by 31 March" (R9).',
        [
            (
                "Waiting-list entries are removed if you do not renew your application each year.",
                "Waiting-list entries are removed if you do not renew your application each year: we email a renewal reminder each January and remove the entry if you have not renewed by 31 March.",
            )
        ],
    ),
    (
        "editorial",
        ["R1"],
        False,
        True,
        'Technical re-rendering: the numbered headings lose their numbers ("## 1. Who we are" -> "## Who we are" and so on); the text is identical.',
        [
            ("## 1. Who we are", "## Who we are"),
            ("## 2. What we collect", "## What we collect"),
            ("## 3. Why", "## Why"),
            ("## 4. Sharing", "## Sharing"),
            ("## 5. Retention", "## Retention"),
            ("## 6. Your rights", "## Your rights"),
        ],
    ),
)

# ---------------------------------------------------------------- French

base(
    "fr-kine",
    "fr",
    "privacy",
    "Cabinet Kiné des Tilleuls",
    """# Politique de confidentialité

Le Cabinet de kinésithérapie des Tilleuls accueille des patients pour de la rééducation, de la kinésithérapie respiratoire et du drainage. Cette politique décrit la manière dont nous traitons vos données personnelles, conformément au règlement général sur la protection des données (RGPD) et à la loi Informatique et Libertés.

## Responsable du traitement

SCM Kiné des Tilleuls, 14 avenue des Tilleuls, 49000 Angers. Contact : contact@kine-tilleuls.example – 02 41 00 12 34.

## Données traitées

- Identité : nom, prénom, date de naissance, adresse, téléphone, courriel ;
- numéro de sécurité sociale et coordonnées de votre mutuelle, pour la facturation ;
- prescription médicale, bilan kinésithérapique, compte rendu des séances et évolution de vos douleurs ;
- pour les enfants, les coordonnées des titulaires de l'autorité parentale.

## Finalités et bases légales

Nous utilisons ces données pour assurer votre prise en charge, tenir votre dossier de soins, gérer les rendez-vous et facturer les actes à l'Assurance maladie. Ces traitements reposent sur l'exercice de notre mission de soins (article 9.2.h du RGPD) et sur nos obligations légales.

## Destinataires

Vos données sont accessibles aux seuls kinésithérapeutes du cabinet et à notre secrétaire, tenus au secret professionnel. Elles sont transmises :

- à votre caisse d'Assurance maladie et à votre mutuelle, par télétransmission ;
- à votre médecin prescripteur, sous forme de bilan en fin de traitement ;
- à notre hébergeur de données de santé certifié HDS, qui héberge le logiciel du cabinet.

## Durée de conservation

Votre dossier est conservé 20 ans à compter de votre dernière séance, conformément aux règles applicables aux dossiers médicaux. Les rendez-vous annulés sont supprimés au bout d'un an.

## Vos droits

Vous disposez d'un droit d'accès à votre dossier, de rectification, d'opposition, de limitation et, dans les limites prévues par la loi, d'effacement. Adressez votre demande par courriel ou au secrétariat du cabinet. Vous pouvez introduire une réclamation auprès de la CNIL (www.cnil.fr).
""",
    (
        "major",
        ["R5", "R1"],
        False,
        False,
        "Nouveau destinataire glissé dans la liste : « à la plateforme de prise de rendez-vous en ligne Rendiz, qui reçoit vos nom, téléphone et motif de consultation » (R5) ; « tenus au secret professionnel » -> « tous tenus au secret professionnel » ne change rien (R1).",
        [
            before(
                "- à notre hébergeur de données de santé certifié HDS",
                "- à la plateforme de prise de rendez-vous en ligne Rendiz, qui reçoit vos nom, téléphone et motif de consultation ;\n",
            ),
            (
                "et à notre secrétaire, tenus au secret professionnel.",
                "et à notre secrétaire, tous tenus au secret professionnel.",
            ),
        ],
    ),
    (
        "minor",
        ["R9", "R1"],
        False,
        False,
        "Conservation raccourcie : « Les rendez-vous annulés sont supprimés au bout d'un an » -> « au bout de six mois » (R9), et « la manière dont nous traitons » -> « comment nous traitons », même sens (R1).",
        [
            (
                "Les rendez-vous annulés sont supprimés au bout d'un an.",
                "Les rendez-vous annulés sont supprimés au bout de six mois.",
            ),
            ("Cette politique décrit la manière dont nous traitons", "Cette politique décrit comment nous traitons"),
        ],
    ),
)

base(
    "fr-labo",
    "fr",
    "cookies",
    "Laboratoire BioVal",
    """# Politique relative aux cookies

Le site labo-bioval.example permet de consulter les horaires de nos sites de prélèvement, de préparer votre venue et d'accéder à vos résultats d'analyses. Cette page explique quels traceurs nous utilisons et comment vous pouvez les refuser.

## Qu'est-ce qu'un traceur ?

Un cookie ou traceur est un petit fichier déposé sur votre terminal lors de la visite d'un site. Certains sont indispensables au fonctionnement du site ; les autres ne sont déposés qu'avec votre accord, conformément aux lignes directrices de la CNIL.

## Traceurs utilisés

| Nom | Émetteur | Finalité | Durée |
|---|---|---|---|
| bv_session | BioVal | maintenir votre connexion à l'espace résultats | session |
| bv_lang | BioVal | mémoriser la langue choisie | 6 mois |
| bv_choix | BioVal | conserver vos choix en matière de cookies | 6 mois |
| _pk_ses, _pk_id | BioVal (Matomo auto-hébergé) | mesure d'audience anonymisée | 30 minutes / 13 mois |

Les cookies de mesure d'audience Matomo sont configurés conformément à la recommandation de la CNIL pour être exemptés de consentement : ils servent uniquement à produire des statistiques anonymes et ne permettent pas de suivre votre navigation sur d'autres sites.

Aucun cookie publicitaire n'est déposé sur notre site et aucune donnée de l'espace résultats n'est utilisée pour mesurer l'audience.

## Vos choix

Vous pouvez à tout moment modifier vos choix grâce au lien « Gérer mes cookies » en bas de chaque page. Votre choix, qu'il s'agisse d'un accord ou d'un refus, est conservé six mois.

## Contact

SELAS Laboratoire BioVal, 3 rue Pasteur, 26000 Valence. Délégué à la protection des données : dpo@labo-bioval.example.
""",
    (
        "major",
        ["R15"],
        True,
        False,
        "Nouveau tiers et nouvelle finalité soumise au consentement : ligne « _hjid | Hotjar Ltd | enregistrement des parcours de navigation (clics, défilement) pour améliorer la prise de rendez-vous, déposé avec votre accord | 12 mois » ajoutée au tableau (R15, nouveau consentement).",
        [
            before(
                "| _pk_ses, _pk_id | BioVal (Matomo auto-hébergé)",
                "| _hjid | Hotjar Ltd | enregistrement des parcours de navigation (clics, défilement) pour améliorer la prise de rendez-vous, déposé avec votre accord | 12 mois |\n",
            )
        ],
    ),
    (
        "minor",
        ["R17"],
        False,
        False,
        "Un traceur disparaît : la ligne « bv_lang ... mémoriser la langue choisie » est supprimée ; retirer un cookie est mineur (R17).",
        [drop("| bv_lang | BioVal | mémoriser la langue choisie | 6 mois |")],
    ),
)

base(
    "fr-radiologie",
    "fr",
    "privacy",
    "Imagerie Médicale du Parc",
    """# Protection de vos données personnelles

Le centre Imagerie Médicale du Parc réalise des radiographies, échographies, mammographies, scanners et IRM. Les informations ci-dessous vous sont fournies en application des articles 13 et 14 du RGPD.

## Qui est responsable du traitement ?

SELARL Imagerie Médicale du Parc, 2 allée du Parc, 31400 Toulouse, représentée par son gérant. Notre délégué à la protection des données (DPO) est joignable à dpo@imagerie-parc.example.

## Quelles données ?

Nous traitons votre identité et vos coordonnées, votre numéro de sécurité sociale, l'ordonnance de votre médecin, vos antécédents utiles à l'examen (allergie aux produits de contraste, grossesse, port d'un pacemaker), les images produites et le compte rendu du radiologue.

## Pourquoi ?

- réaliser et interpréter l'examen prescrit ;
- transmettre le compte rendu à votre médecin ;
- vous donner accès à vos images en ligne pendant un an ;
- facturer l'examen ;
- participer au programme national de dépistage du cancer du sein, lorsque vous y êtes invitée.

## Qui y a accès ?

Les radiologues, manipulateurs et secrétaires du centre ; votre médecin prescripteur ; l'Assurance maladie et votre complémentaire ; la structure régionale de dépistage des cancers pour les mammographies de dépistage ; notre prestataire d'archivage des images (PACS), hébergeur agréé HDS situé en France.

Vos données sont hébergées et traitées en France.

## Combien de temps ?

Les images et comptes rendus sont conservés 20 ans après votre dernier examen. Le lien d'accès en ligne expire au bout d'un an.

## Vos droits

Vous pouvez demander l'accès à votre dossier, sa rectification, la limitation du traitement ou vous opposer à certains traitements. Écrivez au DPO ou présentez-vous à l'accueil avec une pièce d'identité. En cas de difficulté, vous pouvez saisir la CNIL.
""",
    (
        "major",
        ["R6"],
        False,
        False,
        "Nouveau transfert hors UE : « Vos données sont hébergées et traitées en France » reçoit une exception : « sauf les examens réalisés la nuit et le week-end, interprétés par un centre de téléradiologie partenaire situé au Maroc dans le cadre de clauses contractuelles types » (R6).",
        [
            (
                "Vos données sont hébergées et traitées en France.",
                "Vos données sont hébergées et traitées en France, sauf les examens réalisés la nuit et le week-end, interprétés par un centre de téléradiologie partenaire situé au Maroc dans le cadre de clauses contractuelles types de la Commission européenne.",
            )
        ],
    ),
    (
        "minor",
        ["R9"],
        False,
        False,
        "Nouveau service qui n'enlève rien : l'accès en ligne peut désormais être désactivé à la demande (« vous pouvez demander à l'accueil à ne pas recevoir de lien et à obtenir vos images sur CD »), nouvel opt-out (R9).",
        [
            (
                "Le lien d'accès en ligne expire au bout d'un an.",
                "Le lien d'accès en ligne expire au bout d'un an ; vous pouvez demander à l'accueil à ne pas recevoir de lien et à obtenir vos images sur CD.",
            )
        ],
    ),
)

base(
    "fr-orthophonie",
    "fr",
    "privacy",
    "Cabinet d'orthophonie Les Mots Passants",
    """# Politique de confidentialité du cabinet

Le cabinet d'orthophonie Les Mots Passants prend en charge des enfants et des adultes pour des troubles du langage oral et écrit, de la voix, de la déglutition et de la communication. Nous recueillons uniquement les informations nécessaires à votre suivi.

## Responsable du traitement

Mme Claire Vasseur, orthophoniste, 6 place du Marché, 35000 Rennes. Courriel : cabinet@lesmotspassants.example.

## Informations recueillies

Lors du premier rendez-vous, nous recueillons :

- l'identité et les coordonnées du patient et, pour un mineur, de ses représentants légaux ;
- la prescription du médecin ;
- les éléments d'anamnèse (développement du langage, scolarité, antécédents médicaux utiles) ;
- les résultats des tests passés lors du bilan et les comptes rendus de séances.

Avec votre accord écrit, nous pouvons échanger avec l'enseignant ou l'établissement scolaire de l'enfant.

## Utilisation

Ces données servent au bilan orthophonique, au suivi de la rééducation, à la rédaction des comptes rendus adressés au médecin prescripteur et à la facturation auprès de l'Assurance maladie. Elles ne sont jamais utilisées à d'autres fins.

## Conservation

Le dossier est conservé 20 ans après la dernière séance ou, pour un mineur, jusqu'à ses 28 ans au moins. Les enregistrements audio réalisés pendant le bilan sont détruits à la fin de la prise en charge.

## Sécurité

Le logiciel du cabinet est hébergé chez un hébergeur certifié pour les données de santé. Les dossiers papier sont rangés dans une armoire fermée à clé.

## Vos droits

Vous pouvez accéder à votre dossier, demander la rectification de vos données, vous opposer à l'échange avec l'école ou retirer votre accord à tout moment. Écrivez à cabinet@lesmotspassants.example. Vous pouvez aussi adresser une réclamation à la CNIL.
""",
    (
        "major",
        ["R8"],
        False,
        False,
        "Conservation allongée : « Les enregistrements audio ... sont détruits à la fin de la prise en charge » -> « sont conservés avec le dossier, pendant la même durée » (20 ans) (R8).",
        [
            (
                "Les enregistrements audio réalisés pendant le bilan sont détruits à la fin de la prise en charge.",
                "Les enregistrements audio réalisés pendant le bilan sont conservés avec le dossier, pendant la même durée.",
            )
        ],
    ),
    (
        "minor",
        ["R9", "R1"],
        False,
        False,
        "Précision d'une pratique déjà décrite : l'hébergeur est nommé (« hébergeur certifié pour les données de santé (HDS), la société Santeo ») (R9), et « Le dossier » -> « Votre dossier » (R1).",
        [
            (
                "Le logiciel du cabinet est hébergé chez un hébergeur certifié pour les données de santé.",
                "Le logiciel du cabinet est hébergé chez un hébergeur certifié pour les données de santé (HDS), la société Santeo, à Lille, comme depuis l'ouverture du cabinet.",
            ),
            ("Le dossier est conservé 20 ans après", "Votre dossier est conservé 20 ans après"),
        ],
    ),
)

base(
    "fr-podologue",
    "fr",
    "privacy",
    "Podologie Saint-Éloi",
    """# Vos données au cabinet de pédicurie-podologie

Le cabinet Podologie Saint-Éloi réalise des soins de pédicurie, des bilans podologiques et des semelles orthopédiques sur mesure. Nous attachons une grande importance à la confidentialité des informations que vous nous confiez.

## Qui traite vos données ?

M. Julien Garnier, pédicure-podologue, 21 rue Saint-Éloi, 59000 Lille, responsable du traitement. Téléphone : 03 20 00 45 67. Courriel : podologie.saint-eloi@example.fr.

## Quelles données ?

- nom, prénom, date de naissance, coordonnées ;
- antécédents médicaux utiles au soin (diabète, troubles circulatoires, traitements anticoagulants) ;
- examen clinique des pieds et bilan postural ;
- empreintes et mesures prises pour la fabrication des semelles.

## À quoi servent-elles ?

À réaliser les soins, à fabriquer vos semelles, à assurer la continuité de votre suivi, à vous rappeler vos rendez-vous par SMS et à établir les factures et feuilles de soins.

## Qui les reçoit ?

Notre prothésiste-orthésiste reçoit vos mesures et empreintes, sans votre nom, sous un numéro de dossier. Votre mutuelle reçoit les factures que vous lui transmettez. Le logiciel de gestion est hébergé en France par un hébergeur agréé.

## Combien de temps ?

Les dossiers de soins sont conservés 20 ans. Les numéros de téléphone utilisés pour les rappels sont supprimés deux ans après votre dernier rendez-vous.

## Vos droits

Conformément au RGPD, vous pouvez accéder à vos données, les faire rectifier ou effacer lorsque la loi le permet, vous opposer aux rappels par SMS et introduire une réclamation auprès de la CNIL. Pour exercer vos droits, adressez-vous au cabinet par courriel ou au comptoir.
""",
    (
        "major",
        ["R7"],
        False,
        False,
        "Nouvelle catégorie de données : le bilan comprend désormais « une analyse vidéo enregistrée de votre marche et de votre course sur tapis » (R7).",
        [
            (
                "- examen clinique des pieds et bilan postural ;",
                "- examen clinique des pieds et bilan postural, avec une analyse vidéo enregistrée de votre marche et de votre course sur tapis ;",
            )
        ],
    ),
    (
        "minor",
        ["R14"],
        False,
        False,
        "Coordonnées reformatées, même canal : le téléphone est écrit « +33 3 20 00 45 67 » et le courriel est inchangé (R14).",
        [("Téléphone : 03 20 00 45 67.", "Téléphone : +33 3 20 00 45 67.")],
    ),
)

base(
    "fr-hlm",
    "fr",
    "privacy",
    "Habitat Loire Solidaire",
    """# Politique de protection des données personnelles

Habitat Loire Solidaire est un organisme de logement social qui gère environ 9 000 logements. Cette politique s'adresse aux demandeurs de logement, aux locataires et à leurs garants.

## Responsable du traitement

Office public de l'habitat Habitat Loire Solidaire, 8 boulevard de la Prairie, 44000 Nantes. Délégué à la protection des données : dpd@habitat-loire.example.

## Données collectées

| Situation | Données |
|---|---|
| Demande de logement | identité, composition du foyer, ressources, situation professionnelle, logement actuel, numéro unique de demande |
| Locataire | bail, paiements des loyers, réclamations techniques, échanges avec le gardien |
| Accompagnement social | difficultés de paiement, plan d'apurement, échanges avec la conseillère sociale |
| Enquêtes obligatoires | ressources et occupation du logement (enquêtes SLS et OPS) |

## Finalités

Nous traitons ces données pour instruire les demandes et les présenter à la commission d'attribution, gérer les baux, encaisser les loyers, réaliser les travaux et répondre aux réclamations, accompagner les locataires en difficulté et répondre aux enquêtes imposées par le code de la construction et de l'habitation.

Les attributions sont décidées par la commission d'attribution des logements, composée d'élus et de représentants des locataires, après examen de chaque dossier par un chargé de clientèle.

## Destinataires

Le service national d'enregistrement des demandes, les réservataires (préfecture, communes, Action Logement), la caisse d'allocations familiales pour l'aide au logement, nos entreprises de maintenance pour les interventions techniques.

## Conservation

Demandes non satisfaites : jusqu'à leur radiation. Dossiers locataires : durée du bail plus 5 ans. Dossiers d'accompagnement social : 2 ans après la fin de l'accompagnement.

## Vos droits

Vous disposez des droits d'accès, de rectification, d'effacement, de limitation et d'opposition. Adressez-vous au DPD par courriel ou par courrier, ou à votre agence de proximité. Vous pouvez saisir la CNIL.
""",
    (
        "major",
        ["R11", "R1"],
        False,
        False,
        "Profilage automatisé introduit : « après examen de chaque dossier par un chargé de clientèle » -> « après un classement automatique des dossiers selon un score de priorité et de solvabilité calculé par notre logiciel » (R11) ; « Nous traitons ces données pour » -> « Ces données sont traitées pour » (R1).",
        [
            (
                "après examen de chaque dossier par un chargé de clientèle.",
                "après un classement automatique des dossiers selon un score de priorité et de solvabilité calculé par notre logiciel à partir des ressources et de l'historique de paiement.",
            ),
            ("Nous traitons ces données pour instruire", "Ces données sont traitées pour instruire"),
        ],
    ),
    (
        "minor",
        ["R9"],
        False,
        False,
        "Conservation raccourcie : « Dossiers d'accompagnement social : 2 ans après la fin de l'accompagnement » -> « 1 an » (R9).",
        [
            (
                "Dossiers d'accompagnement social : 2 ans après la fin de l'accompagnement.",
                "Dossiers d'accompagnement social : 1 an après la fin de l'accompagnement.",
            )
        ],
    ),
)

base(
    "fr-syndic",
    "fr",
    "privacy",
    "Cabinet Martel Syndic",
    """# Politique de confidentialité – gestion de copropriété

Le Cabinet Martel exerce l'activité de syndic de copropriété professionnel. Dans le cadre de ses mandats, il traite des données concernant les copropriétaires, les locataires occupants et les fournisseurs des immeubles gérés.

## Responsable du traitement

Cabinet Martel SARL, 17 quai Saint-Vincent, 69001 Lyon, titulaire de la carte professionnelle « syndic » délivrée par la CCI de Lyon. Contact données personnelles : rgpd@cabinet-martel.example.

## Données traitées

- identité et coordonnées des copropriétaires et, le cas échéant, de leurs locataires ;
- numéros de lots, tantièmes, appels de fonds et état des paiements ;
- procès-verbaux d'assemblée générale, feuilles de présence et pouvoirs ;
- signalements de sinistres et de travaux dans les parties communes ;
- coordonnées bancaires pour le prélèvement des charges.

## Finalités

Tenir la liste des copropriétaires, convoquer les assemblées générales, appeler les charges, recouvrer les impayés, suivre les sinistres et les travaux, et tenir le registre national des copropriétés à jour.

## Destinataires

Le conseil syndical, les autres copropriétaires pour ce qui figure dans les procès-verbaux, les entreprises intervenant dans l'immeuble, l'assureur de l'immeuble, notre huissier et notre avocat en cas d'impayés, l'extranet de copropriété.

## Durée de conservation

Les archives de la copropriété sont conservées pendant toute la durée de notre mandat, puis transmises au syndic suivant. Les données bancaires sont supprimées à la vente de votre lot.

## Vos droits

Vous pouvez exercer vos droits d'accès, de rectification, de limitation et d'opposition en écrivant à rgpd@cabinet-martel.example ou au 17 quai Saint-Vincent, 69001 Lyon. Vous pouvez introduire une réclamation auprès de la CNIL.
""",
    (
        "major",
        ["R3"],
        False,
        False,
        "Changement de responsable du traitement : « Cabinet Martel SARL » -> « Rhône Gestion Immobilière SAS, qui a absorbé le Cabinet Martel le 1er octobre 2026 » (R3).",
        [
            (
                "Cabinet Martel SARL, 17 quai Saint-Vincent, 69001 Lyon, titulaire de la carte professionnelle",
                "Rhône Gestion Immobilière SAS, qui a absorbé le Cabinet Martel le 1er octobre 2026, 17 quai Saint-Vincent, 69001 Lyon, titulaire de la carte professionnelle",
            )
        ],
    ),
    (
        "minor",
        ["R17", "R1"],
        False,
        False,
        "Un destinataire disparaît : « notre huissier et notre avocat en cas d'impayés » -> « notre avocat en cas d'impayés » (R17, non défavorable), et « Tenir la liste » -> « Tenir à jour la liste » (R1).",
        [
            (
                "l'assureur de l'immeuble, notre huissier et notre avocat en cas d'impayés,",
                "l'assureur de l'immeuble, notre avocat en cas d'impayés,",
            ),
            ("Tenir la liste des copropriétaires,", "Tenir à jour la liste des copropriétaires,"),
        ],
    ),
)

base(
    "fr-diagimmo",
    "fr",
    "privacy",
    "Diag'Habitat Conseil",
    """# Politique de confidentialité

Diag'Habitat Conseil réalise les diagnostics immobiliers obligatoires avant une vente ou une location : diagnostic de performance énergétique, amiante, plomb, électricité, gaz, termites et mesurage Carrez.

## Qui sommes-nous ?

Diag'Habitat Conseil EURL, 5 rue des Artisans, 33000 Bordeaux, est responsable du traitement de vos données. Vous pouvez nous écrire à donnees@diaghabitat.example.

## Données collectées

Pour chaque mission, nous recueillons :

1. le nom et les coordonnées du propriétaire, du notaire ou de l'agence qui commande le diagnostic ;
2. l'adresse et les caractéristiques du bien, les factures d'énergie des trois dernières années ;
3. les photographies prises pendant la visite, les relevés et les prélèvements éventuels ;
4. les coordonnées de l'occupant, pour organiser l'accès au logement.

## Utilisation des données

Nous utilisons ces données pour planifier la visite, réaliser les diagnostics, rédiger les rapports, transmettre le DPE à l'Ademe comme la loi l'impose, et facturer la mission. Les photographies ne servent qu'à illustrer le rapport remis au client.

## Destinataires

Le rapport est remis au donneur d'ordre et, à sa demande, à son notaire ou à son agence. Le DPE est enregistré dans l'observatoire national de l'Ademe. Les prélèvements d'amiante sont analysés par un laboratoire accrédité, qui ne reçoit que l'adresse du bien.

## Conservation

Nous conservons les rapports et les éléments de mission pendant 10 ans, durée de notre responsabilité professionnelle.

## Vos droits

Vous pouvez demander l'accès à vos données, leur rectification ou leur effacement lorsque la loi ne nous oblige pas à les garder, et vous opposer à leur traitement. Écrivez à donnees@diaghabitat.example. Vous pouvez adresser une réclamation à la CNIL.
""",
    (
        "major",
        ["R2"],
        False,
        False,
        "Nouvelle finalité : « Les photographies ne servent qu'à illustrer le rapport remis au client » -> « servent à illustrer le rapport remis au client ainsi qu'à entraîner notre outil de détection automatique des défauts d'isolation » (R2).",
        [
            (
                "Les photographies ne servent qu'à illustrer le rapport remis au client.",
                "Les photographies servent à illustrer le rapport remis au client ainsi qu'à entraîner notre outil de détection automatique des défauts d'isolation.",
            )
        ],
    ),
    (
        "minor",
        ["R9"],
        False,
        False,
        "Précision d'une pratique déjà décrite : « transmettre le DPE à l'Ademe comme la loi l'impose » est expliqué (« il y est identifié par son numéro et l'adresse du bien, sans le nom du propriétaire ») ; rien de nouveau n'est traité (R9).",
        [
            (
                "Le DPE est enregistré dans l'observatoire national de l'Ademe.",
                "Le DPE est enregistré dans l'observatoire national de l'Ademe ; il y est identifié par son numéro et l'adresse du bien, sans le nom du propriétaire.",
            )
        ],
    ),
)

base(
    "fr-menuiserie",
    "fr",
    "cookies",
    "Menuiserie Bois & Lumière",
    """# Gestion des cookies

Menuiserie Bois & Lumière fabrique et pose des fenêtres, portes et escaliers en bois sur mesure. Notre site bois-lumiere.example présente nos réalisations et permet de demander un devis. Voici comment nous utilisons les cookies.

## Cookies nécessaires

Ces cookies sont indispensables au fonctionnement du site ; ils ne demandent pas votre consentement :

- **bl_devis** : conserve les informations saisies dans le formulaire de devis si vous changez de page (durée : 1 jour) ;
- **bl_consent** : enregistre vos choix concernant les cookies (durée : 6 mois).

## Cookies soumis à votre consentement

- **Mesure d'audience (Google Analytics 4)** : cookies _ga et _ga_* ; ils nous indiquent quelles réalisations sont les plus consultées. Durée : 6 mois.
- **Cartes (Google Maps)** : la carte de notre atelier n'est chargée que si vous l'acceptez ; Google peut alors déposer ses propres cookies.

Ces cookies ne sont déposés qu'après un clic sur « Accepter » ou l'activation de la catégorie correspondante. Le bouton « Refuser » figure au même niveau que le bouton « Accepter ».

## Durée de conservation de votre choix

Votre choix est conservé six mois. À l'issue de ce délai, nous vous le redemandons.

## Modifier vos choix

Le lien « Cookies » en pied de page vous permet de revenir sur votre choix à tout moment. Si vous retirez votre consentement, les cookies concernés sont supprimés.

## Nous contacter

Menuiserie Bois & Lumière SARL, ZA des Chênes, 72000 Le Mans. Courriel : atelier@bois-lumiere.example.
""",
    (
        "major",
        ["R16"],
        False,
        False,
        "Durée de vie allongée sans dépasser 13 mois : cookies _ga « Durée : 6 mois » -> « Durée : 13 mois » (R16).",
        [
            (
                "quelles réalisations sont les plus consultées. Durée : 6 mois.",
                "quelles réalisations sont les plus consultées. Durée : 13 mois.",
            )
        ],
    ),
    (
        "editorial",
        ["R1"],
        False,
        False,
        "Orthographe et style, même sens : « nous vous le redemandons » -> « nous vous le demandons à nouveau » et « ils ne demandent pas votre consentement » -> « ils ne nécessitent pas votre consentement » (R1).",
        [
            ("nous vous le redemandons.", "nous vous le demandons à nouveau."),
            ("ils ne demandent pas votre consentement :", "ils ne nécessitent pas votre consentement :"),
        ],
    ),
)

base(
    "fr-ramonage",
    "fr",
    "privacy",
    "Ramonage Dubreuil & Fils",
    """# Politique de confidentialité

L'entreprise Ramonage Dubreuil & Fils intervient pour le ramonage des conduits de cheminée, de poêle et de chaudière, le débistrage et l'entretien des poêles à granulés, auprès des particuliers et des collectivités.

## Responsable

Ramonage Dubreuil & Fils, entreprise individuelle, 9 chemin des Forges, 63000 Clermont-Ferrand. Téléphone : 04 73 00 98 76. Courriel : contact@ramonage-dubreuil.example.

## Ce que nous collectons

Lors de la prise de rendez-vous et de l'intervention, nous notons :

- vos nom, adresse, téléphone et courriel ;
- le type d'appareil et de conduit, et les observations faites lors du passage ;
- le certificat de ramonage que nous vous remettons, exigé par votre assureur ;
- la date de la prochaine intervention recommandée.

## Pourquoi

| Utilisation | Fondement |
|---|---|
| Planifier et réaliser l'intervention, établir le certificat et la facture | exécution du contrat |
| Conserver les factures | obligation légale |
| Vous envoyer un rappel annuel avant la saison de chauffe | votre consentement, recueilli lors du rendez-vous |

## Destinataires

Vos données ne sont communiquées qu'à notre expert-comptable pour la tenue de la comptabilité et, en cas de sinistre, à votre assureur si vous nous le demandez.

## Conservation

Fiches d'intervention et copies des certificats : 5 ans. Factures : 10 ans. Rappels annuels : jusqu'à ce que vous nous demandiez d'arrêter.

## Vos droits

Vous pouvez accéder à vos données, les rectifier, demander leur effacement, retirer votre consentement aux rappels à tout moment et introduire une réclamation auprès de la CNIL. Il suffit de nous appeler ou de nous écrire.
""",
    (
        "major",
        ["R10"],
        False,
        False,
        "Fondement juridique modifié dans le tableau : « Planifier et réaliser l'intervention ... | exécution du contrat » -> « intérêt légitime de l'entreprise » (R10) ; aucun droit de retirer un consentement n'est supprimé.",
        [
            (
                "| Planifier et réaliser l'intervention, établir le certificat et la facture | exécution du contrat |",
                "| Planifier et réaliser l'intervention, établir le certificat et la facture | intérêt légitime de l'entreprise |",
            )
        ],
    ),
    (
        "editorial",
        ["R1"],
        False,
        False,
        "Réorganisation sans changement de sens : les deux premières puces de la liste échangent leur place et « Pourquoi » devient « Pourquoi nous utilisons vos données » (R1).",
        [
            drop("- vos nom, adresse, téléphone et courriel ;"),
            before(
                "- le certificat de ramonage que nous vous remettons", "- vos nom, adresse, téléphone et courriel ;\n"
            ),
            ("## Pourquoi\n", "## Pourquoi nous utilisons vos données\n"),
        ],
    ),
)

base(
    "fr-plombier",
    "fr",
    "privacy",
    "Aquatherm Services",
    """# Confidentialité de vos données

Aquatherm Services est une entreprise de plomberie et de chauffage : dépannage de fuites, installation de chaudières et de pompes à chaleur, contrats d'entretien annuel. Cette page explique comment nous traitons les données de nos clients, en conformité avec le RGPD.

## Responsable du traitement

Aquatherm Services SAS, 40 avenue Jean-Jaurès, 21000 Dijon. Référent données personnelles : M. Karim Benali, rgpd@aquatherm.example.

## Données que vous nous fournissez

- Identification : nom, prénom, adresse du logement, téléphone, courriel.
- Logement : type de chauffage, marque et âge de la chaudière, surface chauffée.
- Intervention : description de la panne, photos que vous nous envoyez, rapport du technicien, pièces remplacées.
- Aides : pour les travaux de rénovation énergétique, les justificatifs nécessaires au dossier MaPrimeRénov' ou aux certificats d'économies d'énergie, que vous nous transmettez vous-même.

## Finalités

Nous utilisons vos données pour établir les devis, planifier les interventions, exécuter les contrats d'entretien, vous envoyer l'attestation d'entretien annuelle, gérer la garantie des appareils posés et monter les dossiers d'aides à votre demande.

## Destinataires

Nos techniciens ; le fabricant de l'appareil pour l'enregistrement de la garantie ; l'organisme qui instruit votre demande d'aide, lorsque vous nous confiez le dossier. Nous ne vendons pas vos coordonnées.

## Conservation

- Devis non signés : 3 ans.
- Dossiers clients et rapports d'intervention : 10 ans après les travaux (garantie décennale).
- Factures : 10 ans.

## Vos droits

Vous pouvez accéder à vos données, les rectifier, les effacer, en limiter l'usage, vous y opposer et en obtenir la portabilité. Contactez rgpd@aquatherm.example. Vous pouvez introduire une réclamation auprès de la CNIL, 3 place de Fontenoy, 75007 Paris.
""",
    (
        "major",
        ["R7"],
        False,
        False,
        "Nouvelle source de données : les justificatifs « que vous nous transmettez vous-même » deviennent « que nous consultons directement auprès de l'administration fiscale à partir de votre numéro fiscal et de votre revenu fiscal de référence » (R7, nouvelle source).",
        [
            (
                "ou aux certificats d'économies d'énergie, que vous nous transmettez vous-même.",
                "ou aux certificats d'économies d'énergie, que vous nous transmettez ou que nous consultons directement auprès de l'administration fiscale à partir de votre numéro fiscal et de votre revenu fiscal de référence.",
            )
        ],
    ),
    (
        "editorial",
        ["R1"],
        False,
        False,
        "Reformulation et ponctuation : « en conformité avec le RGPD » -> « conformément au RGPD », et « Nos techniciens ; » -> « Nos techniciens, » (R1).",
        [
            ("en conformité avec le RGPD.", "conformément au RGPD."),
            ("Nos techniciens ; le fabricant", "Nos techniciens, le fabricant"),
        ],
    ),
)

base(
    "fr-electricien",
    "fr",
    "privacy",
    "Voltéa Électricité",
    """# Politique de protection des données

Voltéa Électricité réalise des installations et des mises aux normes électriques, la pose de bornes de recharge pour véhicules électriques et de systèmes domotiques, pour les particuliers et les professionnels de la région.

## 1. Responsable

Voltéa Électricité SARL, 12 rue de l'Industrie, 67000 Strasbourg. Courriel : contact@voltea.example.

## 2. Données concernées

Nous traitons les données que vous nous communiquez : identité, coordonnées, adresse du chantier, plans et photos de l'installation existante, puissance souscrite et numéro de point de livraison (PDL) lorsque les travaux l'exigent, ainsi que vos coordonnées bancaires si vous payez par virement.

Pour les systèmes domotiques, nous paramétrons l'application de pilotage avec votre adresse électronique ; nous n'avons pas accès aux données de consommation ou aux scénarios que vous créez ensuite.

## 3. Utilisation

Les données servent à établir les devis, réaliser les travaux, obtenir l'attestation de conformité du Consuel, déclarer la borne de recharge lorsqu'une aide est demandée, et facturer.

## 4. Transmission

Vos données sont transmises, pour le strict nécessaire :

- au Consuel, pour l'attestation de conformité ;
- au gestionnaire du réseau de distribution, lorsqu'une modification du raccordement est nécessaire ;
- à notre expert-comptable.

## 5. Conservation

Les dossiers de chantier sont conservés 10 ans après la réception des travaux. Les devis non acceptés sont supprimés après 2 ans.

## 6. Droits

Vous pouvez demander l'accès, la rectification, l'effacement ou la limitation de vos données, vous opposer à leur traitement et demander leur portabilité en écrivant à contact@voltea.example. Vous pouvez également saisir la CNIL.
""",
    (
        "major",
        ["R5", "R9"],
        False,
        False,
        "Nouveau destinataire dans la liste : « à notre partenaire de financement Solfinéa, qui reçoit vos coordonnées et le montant du devis pour vous proposer un crédit travaux » (R5) ; devis non acceptés supprimés « après 1 an » au lieu de « 2 ans » (R9).",
        [
            before(
                "- à notre expert-comptable.",
                "- à notre partenaire de financement Solfinéa, qui reçoit vos coordonnées et le montant du devis pour vous proposer un crédit travaux ;\n",
            ),
            ("Les devis non acceptés sont supprimés après 2 ans.", "Les devis non acceptés sont supprimés après 1 an."),
        ],
    ),
    (
        "editorial",
        ["R1"],
        False,
        False,
        "Reformulation sans changement de sens : « Les données servent à » -> « Nous utilisons les données pour » et « Droits » -> « Vos droits » (R1).",
        [
            ("Les données servent à établir les devis,", "Nous utilisons les données pour établir les devis,"),
            ("## 6. Droits", "## 6. Vos droits"),
        ],
    ),
)

base(
    "fr-serrurier",
    "fr",
    "privacy",
    "Serrurerie Clé d'Or",
    """# Politique de confidentialité

La Serrurerie Clé d'Or intervient 7 jours sur 7 pour l'ouverture de portes, le remplacement de serrures, la reproduction de clés et l'installation de portes blindées. Les informations qui suivent expliquent l'usage que nous faisons de vos données.

## Responsable du traitement

Serrurerie Clé d'Or SARL, 3 rue des Remparts, 84000 Avignon. Courriel : vie-privee@cle-dor.example. Téléphone : 04 90 00 11 22.

## Données collectées

- Vos nom, adresse d'intervention, téléphone et courriel ;
- pour une ouverture de porte, un justificatif de domicile ou une pièce d'identité, que nous consultons sur place pour vérifier que vous êtes bien l'occupant, sans en garder copie ;
- pour les clés de sécurité protégées, le numéro de la carte de propriété et votre identité, que le fabricant exige ;
- les photos de la serrure endommagée, pour votre déclaration à l'assurance.

## Finalités

Intervenir chez vous, vérifier votre droit d'accès au logement, commander les clés protégées, facturer et vous fournir les éléments utiles à votre assurance.

## Destinataires

Le fabricant des serrures de sécurité pour les commandes de clés protégées ; votre assureur si vous nous le demandez ; les forces de l'ordre sur réquisition.

## Conservation

Factures : 10 ans. Registre des clés protégées : tant que la carte de propriété est valable. Photos : 1 an.

## Vos droits

Vous disposez des droits d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité. Écrivez-nous par courriel ou par courrier à l'adresse ci-dessus, ou appelez-nous ; nous répondons dans un délai d'un mois. Vous pouvez introduire une réclamation auprès de la CNIL.
""",
    (
        "rights_reducing",
        ["R4"],
        False,
        False,
        "Exercice des droits plus lent et plus difficile : « nous répondons dans un délai d'un mois » -> « dans un délai de trois mois », et seuls restent « par courrier recommandé », courriel et téléphone disparaissant (R4).",
        [
            (
                "Écrivez-nous par courriel ou par courrier à l'adresse ci-dessus, ou appelez-nous ; nous répondons dans un délai d'un mois.",
                "Écrivez-nous par courrier recommandé à l'adresse ci-dessus ; nous répondons dans un délai de trois mois.",
            )
        ],
    ),
    (
        "editorial",
        ["R1"],
        False,
        False,
        "Corrections de forme : « 7 jours sur 7 » -> « sept jours sur sept » et « Les informations qui suivent expliquent » -> « Les informations ci-dessous expliquent » (R1).",
        [
            ("intervient 7 jours sur 7 pour", "intervient sept jours sur sept pour"),
            ("Les informations qui suivent expliquent", "Les informations ci-dessous expliquent"),
        ],
    ),
)

base(
    "fr-couvreur",
    "fr",
    "privacy",
    "Toitures Lemarchand",
    """# Données personnelles

Toitures Lemarchand, entreprise de couverture et de zinguerie, réalise la réfection de toitures, la pose de gouttières, le démoussage et les réparations après tempête.

## Qui est responsable ?

Toitures Lemarchand SAS, 25 route de Caen, 14400 Bayeux, est responsable des traitements décrits ici. Vous pouvez nous joindre à donnees@toitures-lemarchand.example.

## Quelles données et pourquoi ?

Nous collectons vos nom, adresse, téléphone et courriel pour établir le devis et réaliser le chantier. Pour les chantiers en hauteur visibles depuis la rue, nous photographions la toiture avant et après les travaux, parfois à l'aide d'un drone ; ces photos servent au suivi du chantier et à la garantie.

Lorsque des travaux font suite à un sinistre, nous recueillons le numéro de dossier de votre assureur et le rapport de l'expert.

## Base légale

Devis et chantiers : contrat. Photos : notre intérêt légitime à documenter les travaux. Dossiers de sinistre : contrat et votre demande.

## Destinataires

Votre assureur, si vous nous le demandez ; la mairie, pour les demandes d'autorisation d'occupation de la voirie ; notre fournisseur d'échafaudages, qui reçoit l'adresse du chantier.

## Conservation

Les dossiers de chantier, y compris les photos, sont conservés 10 ans au titre de la garantie décennale. Les devis non signés sont supprimés au bout de 3 ans.

## Vos droits

Selon le RGPD, vous pouvez :

- accéder à vos données ;
- les faire rectifier ;
- demander leur effacement lorsque nous n'avons plus à les conserver ;
- vous opposer aux photos de votre maison par drone ;
- introduire une réclamation auprès de la CNIL.

Pour exercer ces droits, écrivez à donnees@toitures-lemarchand.example.
""",
    (
        "rights_reducing",
        ["R13", "R1"],
        False,
        False,
        "Droit d'opposition supprimé : la puce « vous opposer aux photos de votre maison par drone » disparaît (R13) ; la phrase d'introduction est tournée autrement, même sens (R1).",
        [
            drop("- vous opposer aux photos de votre maison par drone ;"),
            (
                "Toitures Lemarchand, entreprise de couverture et de zinguerie, réalise",
                "Toitures Lemarchand est une entreprise de couverture et de zinguerie qui réalise",
            ),
        ],
    ),
    (
        "editorial",
        ["R1"],
        False,
        False,
        "Intitulés reformulés, même contenu : « Données personnelles » -> « Vos données personnelles » et « Qui est responsable ? » -> « Qui est le responsable du traitement ? » (R1).",
        [
            ("# Données personnelles\n", "# Vos données personnelles\n"),
            ("## Qui est responsable ?", "## Qui est le responsable du traitement ?"),
        ],
    ),
)

base(
    "fr-quincaillerie",
    "fr",
    "cookies",
    "Quincaillerie Ferrand",
    """# Politique cookies

La Quincaillerie Ferrand, commerce familial de centre-ville, propose sur quincaillerie-ferrand.example la réservation en ligne de ses articles (outillage, visserie, droguerie, petit électroménager) avec retrait en magasin.

## Pourquoi des cookies ?

Nous utilisons quelques cookies pour faire fonctionner le site et, si vous l'acceptez, pour savoir comment il est utilisé.

## Liste des cookies

**Indispensables (sans consentement)**

- `qf_panier` : contenu de votre panier de réservation, 7 jours ;
- `qf_auth` : connexion à votre compte client, durée de la session ;
- `qf_cookies` : mémorisation de votre choix, 6 mois.

**Statistiques (avec votre consentement)**

- `_pk_id` (Matomo Cloud, hébergé en France) : nombre de visites et pages consultées, 13 mois.

Les statistiques collectées restent chez nous. Nous ne les partageons avec aucun partenaire et ne les utilisons jamais pour de la publicité.

## Votre consentement

Au premier affichage, un bandeau vous propose « Tout accepter », « Tout refuser » et « Personnaliser ». Fermer le bandeau vaut refus. Votre choix est conservé six mois.

## Retirer votre consentement

Cliquez sur « Cookies » en bas de page et désactivez la catégorie « Statistiques » ; le cookie `_pk_id` est alors supprimé.

## Paramétrer votre navigateur

Vous pouvez aussi configurer votre navigateur pour bloquer les cookies ou les effacer à la fin de chaque session. Les rubriques d'aide de Firefox, Chrome, Safari et Edge expliquent la marche à suivre. Attention : si vous bloquez les cookies indispensables, la réservation en ligne ne fonctionnera plus et vous devrez passer commande par téléphone ou directement au comptoir.

## Réseaux sociaux

Les liens vers notre page Facebook et notre compte Instagram sont de simples liens : aucun bouton de partage ni module de réseau social n'est intégré au site.

## Contact

Quincaillerie Ferrand, 11 Grande Rue, 25000 Besançon – contact@quincaillerie-ferrand.example.
""",
    (
        "rights_reducing",
        ["R12", "R15"],
        True,
        False,
        "Promesse affaiblie : « Nous ne les partageons avec aucun partenaire et ne les utilisons jamais pour de la publicité » -> « Les statistiques collectées peuvent être partagées avec nos fournisseurs partenaires afin de vous présenter leurs offres promotionnelles » (R12), nouvelle finalité publicitaire (R15, nouveau consentement).",
        [
            (
                "Les statistiques collectées restent chez nous. Nous ne les partageons avec aucun partenaire et ne les utilisons jamais pour de la publicité.",
                "Les statistiques collectées peuvent être partagées avec nos fournisseurs partenaires afin de vous présenter leurs offres promotionnelles.",
            )
        ],
    ),
    (
        "editorial",
        ["R1"],
        False,
        False,
        "Style seulement : « Pourquoi des cookies ? » -> « Pourquoi utilisons-nous des cookies ? » et « Fermer le bandeau vaut refus » -> « Si vous fermez le bandeau, cela vaut refus » (R1).",
        [
            ("## Pourquoi des cookies ?", "## Pourquoi utilisons-nous des cookies ?"),
            ("Fermer le bandeau vaut refus.", "Si vous fermez le bandeau, cela vaut refus."),
        ],
    ),
)

base(
    "fr-primeur",
    "fr",
    "privacy",
    "Le Panier du Primeur",
    """# Programme de fidélité et données personnelles

Le Panier du Primeur est un commerce de fruits et légumes de saison, en circuit court, au cœur du marché couvert. Notre carte de fidélité vous permet de cumuler des points et de recevoir, si vous le souhaitez, l'arrivage de la semaine par SMS.

## Responsable du traitement

Le Panier du Primeur, EURL au capital de 5 000 €, Halle du marché, place Carnot, 37000 Tours. Courriel : bonjour@panierduprimeur.example.

## Données collectées

À l'inscription au programme de fidélité : nom, prénom, numéro de téléphone mobile et, si vous le souhaitez, date d'anniversaire. À chaque passage en caisse : le montant de vos achats et les points cumulés. Nous n'enregistrons pas le détail des produits achetés.

## Utilisation

| Finalité | Base légale |
|---|---|
| Gérer votre carte et vos points | exécution du contrat de fidélité |
| Vous envoyer l'arrivage de la semaine par SMS | votre consentement, que vous pouvez retirer à tout moment en répondant STOP |
| Vous offrir un bon d'achat pour votre anniversaire | votre consentement |

## Destinataires

Notre prestataire d'envoi de SMS, qui agit sur nos instructions, et l'éditeur de notre logiciel de caisse. Aucune autre personne n'a accès à vos données.

## Conservation

Vos données sont supprimées si la carte n'est pas utilisée pendant 2 ans. Les consentements sont conservés tant que vous ne les retirez pas.

## Vos droits

Vous pouvez accéder à vos données, les faire rectifier ou supprimer, retirer votre consentement aux SMS à tout moment, et saisir la CNIL. Demandez-le en caisse ou par courriel.
""",
    (
        "rights_reducing",
        ["R10"],
        False,
        False,
        "Base légale changée en supprimant le retrait du consentement : « votre consentement, que vous pouvez retirer à tout moment en répondant STOP » -> « notre intérêt légitime à fidéliser notre clientèle » pour les SMS, et « retirer votre consentement aux SMS » est supprimé (R10, droit de retrait ôté).",
        [
            (
                "| Vous envoyer l'arrivage de la semaine par SMS | votre consentement, que vous pouvez retirer à tout moment en répondant STOP |",
                "| Vous envoyer l'arrivage de la semaine par SMS | notre intérêt légitime à fidéliser notre clientèle |",
            ),
            (
                "les faire rectifier ou supprimer, retirer votre consentement aux SMS à tout moment, et saisir la CNIL.",
                "les faire rectifier ou supprimer, et saisir la CNIL.",
            ),
        ],
    ),
    (
        "editorial",
        ["R1"],
        False,
        False,
        "Une phrase reformulée et une coquille corrigée sans changer le sens : « Aucune autre personne n'a accès » -> « Personne d'autre n'a accès » et « au cœur du marché couvert » -> « au cœur de la halle du marché » (R1).",
        [
            ("Aucune autre personne n'a accès à vos données.", "Personne d'autre n'a accès à vos données."),
            ("au cœur du marché couvert.", "au cœur de la halle du marché."),
        ],
    ),
)

base(
    "fr-tabac",
    "fr",
    "privacy",
    "Tabac-Presse Le Balto",
    """# Informations sur vos données personnelles

Le Balto est un bureau de tabac et maison de la presse. Nous proposons aussi un point relais colis, la vente de timbres fiscaux et d'amendes dématérialisés, le paiement de proximité de certaines factures publiques et les abonnements presse livrés en magasin.

## Responsable

SNC Le Balto, 2 place de la République, 56100 Lorient. Gérante : Mme Sophie Le Goff. Courriel : lebalto@example.fr.

## Données traitées

- **Point relais** : nom du destinataire, numéro de colis, pièce d'identité présentée au retrait (numéro relevé par le terminal du transporteur).
- **Abonnements presse** : nom, téléphone, titres réservés.
- **Paiement de proximité** : le QR code de votre facture est scanné ; nous ne conservons aucune donnée, l'opération est enregistrée par l'administration.
- **Vidéoprotection** : images de la zone de vente, conservées 15 jours.

## Finalités et bases légales

Remise des colis et abonnements : contrat. Paiement de proximité : mission confiée par l'administration. Vidéoprotection : intérêt légitime (sécurité des biens et des personnes), avec autorisation préfectorale.

## Destinataires

Le transporteur du point relais ; les éditeurs de presse pour les abonnements ; les forces de l'ordre sur réquisition pour les images.

## Conservation

Données d'abonnement : jusqu'à la fin de l'abonnement. Données de point relais : conservées par le transporteur selon sa propre politique.

## Vos droits

Vous pouvez exercer vos droits d'accès, de rectification, d'effacement et d'opposition directement au comptoir, par courriel ou par courrier. Vous pouvez aussi introduire une réclamation auprès de la CNIL.
""",
    (
        "rights_reducing",
        ["R4"],
        False,
        False,
        "Canaux réduits et justificatif exigé : « directement au comptoir, par courriel ou par courrier » -> « uniquement par courrier, accompagné de la copie d'une pièce d'identité » (R4, plus difficile).",
        [
            (
                "Vous pouvez exercer vos droits d'accès, de rectification, d'effacement et d'opposition directement au comptoir, par courriel ou par courrier.",
                "Vous pouvez exercer vos droits d'accès, de rectification, d'effacement et d'opposition uniquement par courrier, accompagné de la copie d'une pièce d'identité.",
            )
        ],
    ),
    (
        "editorial",
        ["R1"],
        False,
        True,
        "Re-rendu technique : les libellés en gras de la liste passent de « **...** » à « __...__ » ; le texte est identique.",
        [
            ("- **Point relais** :", "- __Point relais__ :"),
            ("- **Abonnements presse** :", "- __Abonnements presse__ :"),
            ("- **Paiement de proximité** :", "- __Paiement de proximité__ :"),
            ("- **Vidéoprotection** :", "- __Vidéoprotection__ :"),
        ],
    ),
)

base(
    "fr-cordonnerie",
    "fr",
    "privacy",
    "Cordonnerie du Vieux Port",
    """# Politique de confidentialité

La Cordonnerie du Vieux Port répare chaussures, sacs et articles de maroquinerie, reproduit les clés et grave les plaques. Nous recueillons peu de données, et seulement pour vous rendre service.

## Responsable du traitement

M. Antoine Ricci, cordonnier, 7 quai du Port, 13002 Marseille. Téléphone : 04 91 00 33 44. Courriel : cordonnerie.vieuxport@example.fr.

## Données recueillies

Lorsque vous déposez un article, nous notons votre prénom et votre numéro de téléphone sur le ticket de dépôt, afin de vous prévenir par SMS lorsque la réparation est prête. Pour une gravure, nous notons le texte à graver. Pour les commandes de semelles ou de cuir spécifiques, nous notons aussi votre adresse électronique.

## Finalités

- vous prévenir que votre article est prêt ;
- retrouver votre article en cas de perte du ticket ;
- vous recontacter si un article n'est pas retiré.

Ces traitements reposent sur l'exécution de la prestation demandée.

## Durée

Les tickets et les numéros de téléphone sont détruits trois mois après le retrait de l'article. Les articles non retirés au bout d'un an sont donnés à une association, et les données correspondantes supprimées.

## Partage

Vos données ne sont transmises à personne. Les SMS sont envoyés depuis le téléphone de la boutique.

## Vos droits

Vous pouvez à tout moment :

- savoir quelles données nous détenons sur vous ;
- les faire corriger ;
- demander leur suppression ;
- vous opposer à ce que nous vous recontactions pour un article non retiré ;
- saisir la CNIL (www.cnil.fr).

Il suffit de le demander en boutique ou par téléphone.
""",
    (
        "rights_reducing",
        ["R13"],
        False,
        False,
        "Droit restreint : « vous opposer à ce que nous vous recontactions » est supprimé de la liste des droits et la réclamation auprès de la CNIL disparaît aussi (R13).",
        [
            drop("- vous opposer à ce que nous vous recontactions pour un article non retiré ;"),
            drop("- saisir la CNIL (www.cnil.fr)."),
        ],
    ),
    (
        "editorial",
        ["R1"],
        False,
        True,
        "Re-rendu technique : les titres de niveau 2 passent au niveau 3 (« ## » -> « ### ») ; aucun mot ne change.",
        [
            ("## Responsable du traitement", "### Responsable du traitement"),
            ("## Données recueillies", "### Données recueillies"),
            ("## Finalités", "### Finalités"),
            ("## Durée", "### Durée"),
            ("## Partage", "### Partage"),
            ("## Vos droits", "### Vos droits"),
        ],
    ),
)

base(
    "fr-poissonnerie",
    "fr",
    "cookies",
    "Poissonnerie La Marée Haute",
    """# Cookies et traceurs

Notre site lamareehaute.example vous permet de commander poissons, coquillages et plateaux de fruits de mer pour un retrait le lendemain en boutique. Cette page décrit les cookies utilisés.

## Cookies indispensables

| Cookie | Rôle | Durée |
|---|---|---|
| mh_panier | garder votre commande en cours | 3 jours |
| mh_session | maintenir votre connexion | session |
| mh_choix | mémoriser vos choix de cookies | 6 mois |

Ces cookies sont exemptés de consentement car ils sont strictement nécessaires au service que vous demandez.

## Cookies soumis à consentement

| Cookie | Émetteur | Rôle | Durée |
|---|---|---|---|
| _ga | Google | statistiques de fréquentation | 13 mois |
| _gcl_au | Google | mesure de l'efficacité de nos annonces Google Ads | 90 jours |
| _fbp | Meta | mesure de l'efficacité de nos publications sponsorisées | 90 jours |

Ils ne sont déposés que si vous cliquez sur « Accepter » ou activez leur catégorie dans « Personnaliser ». Vous pouvez refuser aussi simplement qu'accepter, grâce au bouton « Refuser » du bandeau.

## Durée de votre choix

Nous conservons votre choix pendant six mois, puis nous vous interrogeons à nouveau.

## Modifier votre choix

Le lien « Cookies » en bas de chaque page permet de retirer votre consentement à tout moment. Le retrait est aussi simple que l'accord et entraîne la suppression des cookies concernés.

## Contact

Poissonnerie La Marée Haute, 4 rue des Pêcheurs, 17000 La Rochelle – commandes@lamareehaute.example.
""",
    (
        "minor",
        ["R17"],
        False,
        False,
        "Traceur tiers retiré : la ligne « _fbp | Meta | mesure de l'efficacité de nos publications sponsorisées » est supprimée (R17, non défavorable).",
        [drop("| _fbp | Meta | mesure de l'efficacité de nos publications sponsorisées | 90 jours |")],
    ),
    (
        "editorial",
        ["R1"],
        False,
        True,
        "Re-rendu technique : le premier tableau est réaligné avec des colonnes complétées d'espaces ; chaque cellule est identique.",
        [(POISSON_TABLE, aligned(POISSON_TABLE))],
    ),
)

base(
    "fr-infirmiers",
    "fr",
    "privacy",
    "Cabinet infirmier des Coteaux",
    """# Protection des données des patients

Le Cabinet infirmier des Coteaux regroupe quatre infirmières et infirmiers libéraux qui interviennent à domicile et au cabinet : pansements, injections, prises de sang, surveillance de traitements, soins d'hygiène et accompagnement après une hospitalisation.

## Responsables du traitement

Les infirmiers associés de la SCM Infirmiers des Coteaux, 10 rue des Vignes, 51100 Reims, sont responsables conjoints du dossier de soins partagé au sein du cabinet. Contact : secretariat@idel-coteaux.example, 03 26 00 55 66.

## Données traitées

Identité, adresse, coordonnées d'une personne à prévenir, numéro de sécurité sociale, prescriptions médicales, dossier de soins infirmiers (transmissions entre infirmiers, constantes, évolution des plaies), et informations sur l'accès au domicile (code d'entrée, présence d'un animal, emplacement de la clé) lorsque vous nous les confiez.

## Finalités

Assurer vos soins et leur continuité entre les membres du cabinet, organiser les tournées, coordonner votre prise en charge avec votre médecin traitant et, si vous y consentez, avec le service de soins à domicile ou la pharmacie, et facturer les actes à l'Assurance maladie.

## Destinataires

Votre médecin traitant et les professionnels qui vous suivent, l'Assurance maladie et votre complémentaire santé, notre éditeur de logiciel de soins, hébergeur certifié HDS.

## Conservation

Le dossier de soins est conservé 20 ans après le dernier soin. Les informations d'accès au domicile sont effacées dès la fin de la prise en charge.

## Vos droits

Vous pouvez accéder à votre dossier, le faire rectifier, vous opposer à un partage avec d'autres intervenants et introduire une réclamation auprès de la CNIL. Adressez-vous à votre infirmier ou au secrétariat.
""",
    (
        "minor",
        ["R9"],
        False,
        False,
        "Précision d'une pratique déjà décrite : l'effacement des informations d'accès « dès la fin de la prise en charge » est détaillé (« la clé vous est restituée contre signature et le code d'entrée est supprimé de nos téléphones le jour même ») ; aucune donnée ni durée nouvelle (R9).",
        [
            (
                "Les informations d'accès au domicile sont effacées dès la fin de la prise en charge.",
                "Les informations d'accès au domicile sont effacées dès la fin de la prise en charge : la clé vous est restituée contre signature et le code d'entrée est supprimé de nos téléphones le jour même.",
            )
        ],
    ),
    (
        "editorial",
        ["R1"],
        False,
        True,
        "Re-rendu technique : le long paragraphe « Données traitées » est découpé en lignes courtes (retours à la ligne simples, même paragraphe Markdown) ; les mots sont identiques.",
        [
            (
                "Identité, adresse, coordonnées d'une personne à prévenir, numéro de sécurité sociale, prescriptions médicales, dossier",
                "Identité, adresse, coordonnées d'une personne à prévenir,\nnuméro de sécurité sociale, prescriptions médicales,\ndossier",
            )
        ],
    ),
)

# ---------------------------------------------------------------- build


def edits() -> Iterator[Pair]:
    for key, _lang, _policy, _service, _text, two in BASES:
        for label, rules, reconsent, rerender, rationale, changes in two:
            yield (f"{NAME}-base-{key}", label, rules, reconsent, rerender, rationale, changes)


def build(corpus_dir: Path) -> Iterator[dict[str, Any]]:
    """The corpus is not used: every pair is on a fresh base written above."""
    bases = {
        f"{NAME}-base-{key}": {
            "id": f"{NAME}-base-{key}",
            "lang": lang,
            "policy": policy,
            "service": service,
            "new": text,
        }
        for key, lang, policy, service, text, _ in BASES
    }
    ordered = [p for p in edits() if bases[p[0]]["lang"] == "en"] + [p for p in edits() if bases[p[0]]["lang"] == "fr"]
    return pairs(NAME, WRITTEN, bases, ordered)


def main() -> None:
    rebuild(__file__, build)


if __name__ == "__main__":
    main()
