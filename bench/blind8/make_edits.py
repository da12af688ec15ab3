# ruff: noqa: E501
"""Blind evaluation set "blind8": 80 labelled policy changes (40 English, 40 French) for the policy-change
classifier, written so that its authors can measure it on text it has never seen.

How it was written: every label and rule id comes from /work/shared/design/legal-rules.md alone, read rule by
rule while writing each pair. The writer never saw the classifier, its tests, its benchmark scripts or any
earlier blind set; the shared corpus was read only to learn how real companies word policies and how
rationales are phrased, and no corpus pair is copied.

What is in it: 24 fresh base policies (12 English, 12 French, one sector each, privacy and cookie policies
written here as string constants) carry 28 pairs per language; 12 pairs per language edit the newest text of
corpus records from other services. Per language the mix is 12 major, 6 rights_reducing, 10 minor,
8 editorial and 4 technical re-renderings. About half of the non-technical pairs hold two or three edits at
different places; a pair's label is the strongest class its edits reach.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_edits import Pair, before, corpus_records, drop, pairs, rebuild

NAME = "blind8"
WRITTEN = "2026-11-28"

# ---------------------------------------------------------------------------------------------------------
# English fresh bases
# ---------------------------------------------------------------------------------------------------------

EN_ESCAPE = """# Privacy Notice

**Lockstep Escape Rooms Ltd** runs escape games in Leeds, Sheffield and York. This notice explains what we do with the information you give us when you book a room, play a game or sign up for our newsletter.

Last updated: 3 March 2026

## Who we are

Lockstep Escape Rooms Ltd (company number 10482771), 14 Wharf Street, Leeds LS2 7EQ, is the controller of your personal data. You can reach our privacy lead at privacy@lockstep-escape.co.uk.

## What we collect

- **Booking details**: the lead booker's name, email address, phone number and the number of players.
- **Payment information**: processed by our payment provider; we only see the last four digits of the card and the payment status.
- **Waiver forms**: every player signs a short safety waiver at the venue. It records the player's name, date of birth and an emergency contact.
- **Game results**: your team name, finishing time and the number of hints used, which we show on the leaderboard in the lobby if you agree.
- **Newsletter**: your email address and your preferences, if you subscribe.

We do not ask for health information. If you tell us about an access need so that we can adapt a room, we keep that note with the booking and delete it with the booking.

## Why we use it

We use booking and waiver details to run your game safely and to contact you if something changes. We use game results for the leaderboard and for team photos only with the team's agreement. We send the newsletter only to people who asked for it, and every email has an unsubscribe link.

Our legal bases are the contract for bookings, our legal obligations for safety records, and your consent for the leaderboard, photos and newsletter.

## Who we share it with

- our booking software provider, which hosts reservations;
- our payment provider;
- our email service, for confirmations and the newsletter.

We do not sell your details and we do not pass them to advertisers.

## How long we keep it

Bookings are kept for 2 years after your visit. Waiver forms are kept for 3 years, the period in which a claim could be brought. Leaderboard entries are removed after 12 months. Newsletter data is kept until you unsubscribe.

## Your rights

You can ask for a copy of your data, ask us to correct or delete it, object to its use, or withdraw consent at any time. Email privacy@lockstep-escape.co.uk and we will reply within one month. You may also complain to the Information Commissioner's Office (ico.org.uk).

## Changes

If we change this notice in a way that matters, we will email everyone with a booking in the last 12 months.
"""

EN_SCALE = """# Balancia Privacy Policy

Effective date: 12 January 2026

Balancia Health Devices B.V. ("Balancia", "we") makes the Balancia One smart scale and the Balancia app. This policy covers the scale, the app and our website.

## 1. Data we process

| Category | Examples | Source |
|---|---|---|
| Account data | name, email, password hash, country | you |
| Body measurements | weight, body fat percentage, muscle mass, BMI | the scale |
| Profile data | height, year of birth, sex, activity level | you |
| Device data | scale serial number, firmware version, Wi-Fi signal strength | the scale |
| App usage | screens viewed, crash reports | the app |

Body measurements are health data. We process them only with your explicit consent, which you give when you pair the scale.

## 2. How we use your data

We use your measurements to show your trends, to set goals and to recognise which family member is standing on the scale. We use device data to deliver firmware updates and to diagnose connection problems. App usage data helps us fix bugs and improve the app.

We never share your body measurements with insurers, employers or advertisers.

## 3. Sharing

Your data is hosted by our cloud provider in Frankfurt, Germany. If you connect a third-party health app (for example a fitness tracker), we send it the measurements you choose, and only while the connection is active. Our customer support tool receives your name, email and device serial number when you contact us.

## 4. Retention

We keep your measurements for as long as your account is open. If you delete your account, we delete your measurements within 30 days and remove them from backups within 90 days. Crash reports are kept for 18 months.

## 5. Your choices and rights

- You can withdraw consent for body measurements at any time in **Settings > Privacy**; the scale will then work offline only.
- You can export your measurements as a CSV file from the app.
- You can ask for access, correction, deletion, restriction or portability, and you can object to processing based on our legitimate interests.

Send requests to privacy@balancia.health or write to Balancia Health Devices B.V., Keizersgracht 221, 1016 DV Amsterdam, the Netherlands. You may lodge a complaint with the Autoriteit Persoonsgegevens or the authority where you live.

## 6. Children

The app is not intended for children under 16. A parent may add a child as a family member on the scale; in that case only the weight is recorded and no body composition is calculated.

## 7. Changes to this policy

We will tell you about important changes by email and in the app at least one month before they apply.
"""

EN_MORTGAGE = """# Privacy Notice

Harbourline Mortgages Limited is a mortgage broker authorised and regulated by the Financial Conduct Authority (FRN 701339). We help you find a mortgage and related protection insurance. To do that we need to collect quite a lot of information about you, and this notice explains how we handle it.

## Who is responsible

Harbourline Mortgages Limited, 2 Dock Lane, Bristol BS1 5TT, is the controller. Our Data Protection Officer can be contacted at dpo@harbourline.co.uk or on 0117 496 0312.

## Information we collect

When you enquire or apply, we ask for:

1. identity details: name, date of birth, address history for the last three years, nationality;
2. financial details: income, employment, outgoings, debts, bank statements, credit commitments;
3. property details: the property you want to buy or remortgage and its value;
4. information about your dependants, if it affects affordability;
5. health information, only if you ask us to arrange protection insurance and only with your explicit consent.

## What we use it for

- to assess which lenders and products suit you;
- to submit your application to the lender you choose;
- to meet our regulatory duties, including anti-money-laundering checks;
- to remind you when your fixed rate is about to end, if you agree to hear from us.

## Who we share it with

| Recipient | Why |
|---|---|
| The lender you choose | to process your application |
| Insurers | only if you ask for protection cover |
| Credit reference agencies | identity and credit checks |
| Our compliance network | regulatory file reviews |
| Solicitors and surveyors | to complete the purchase |

We do not sell your information.

## How long we keep it

We keep your file for 6 years after our relationship ends, as our regulator expects. If you enquire but do not go ahead, we delete your details after 12 months.

## Transfers

All your information is stored in the United Kingdom.

## Your rights

You have the right to access your data, to correct it, to have it erased where we no longer need it, to restrict or object to processing, and to data portability. Where we rely on consent, you can withdraw it at any time.

To use your rights, write to dpo@harbourline.co.uk or to our postal address. We answer within one month. If you are unhappy with our answer you can complain to the Information Commissioner's Office.

## Updates

This notice was last reviewed on 20 February 2026.
"""

EN_FAITH = """# Gathering App Privacy Policy

Gathering is an app that helps churches, mosques, synagogues, temples and other faith communities share events, prayer requests and giving. It is operated by Gathering Labs Ltd, 41 Castle Street, Edinburgh EH2 3DN.

*Updated 8 April 2026*

## The information we hold

Because the app is used by religious communities, some of the information in it reveals your religious beliefs. We treat all of it as special category data.

We hold:

- your profile: name, email address, phone number (optional) and photo (optional);
- the communities you belong to and your role in them (member, volunteer, leader);
- prayer requests and messages you post;
- event registrations;
- donations you make through the app: amount, date and the community that received it. Card payments are handled by our payment processor.

## How we use it

We use your information to run the app for you and your communities: showing you their events and news, delivering messages, recording donations and sending gift-aid statements where your community asks for them.

A prayer request is visible only to the group you post it in. Leaders of a community can see its member list and donation totals, but not individual messages sent privately.

We process your data with your explicit consent, given when you join a community. You can leave a community at any time and withdraw that consent.

## Sharing

We share your information only with:

- the communities you join;
- our hosting provider (servers in Ireland);
- our payment processor, for donations.

We will never use your faith data for advertising, and we do not sell any data.

## Keeping your data

When you leave a community, your membership record is deleted straight away; your old posts remain visible to the group unless you delete them. When you close your account, we delete your profile within 30 days. Donation records are kept for 6 years because charities must keep them for tax purposes.

## Your rights

You can:

- see and download your data from **Profile > My data**;
- correct your profile at any time;
- ask us to delete your account;
- object to any processing or withdraw consent;
- complain to the Information Commissioner's Office if you think we have handled your data badly.

Contact our privacy team at privacy@gatheringapp.org. We reply within one month.

## Changes

We will tell you in the app before any significant change takes effect. We will tell you in the app before any significant change takes effect.
"""

EN_GARDEN = """# Cookie Policy

This policy explains how Thornfield Garden Centre uses cookies and similar technologies on thornfieldgardens.co.uk, including our online shop and plant-care guides.

## What cookies are

Cookies are small text files that a website stores on your device. Some are needed for the site to work; others help us understand how the site is used or show you relevant offers. We only set cookies that are not strictly necessary if you agree to them in our cookie banner.

## The cookies we use

### Strictly necessary

These keep the site working and cannot be switched off.

| Cookie | Provider | Purpose | Lifetime |
|---|---|---|---|
| tgc_session | Thornfield | keeps you logged in and remembers your basket | session |
| tgc_consent | Thornfield | stores your cookie choices | 6 months |
| click_collect | Thornfield | remembers the store you chose for click and collect | 30 days |

### Analytics

These tell us which pages are visited and how people move around the site, so we can improve it. The data is aggregated.

| Cookie | Provider | Purpose | Lifetime |
|---|---|---|---|
| _ga | Google Analytics | distinguishes visitors | 13 months |
| _ga_XXXX | Google Analytics | keeps session state | 13 months |
| hj_session | Hotjar | records how pages are scrolled, without keystrokes | 30 minutes |

### Marketing

These let us show you adverts for seasonal offers on other websites and measure whether those adverts work.

| Cookie | Provider | Purpose | Lifetime |
|---|---|---|---|
| _fbp | Meta | measures ad conversions | 3 months |
| _gcl_au | Google Ads | links ad clicks to purchases | 3 months |

## Managing your choices

You can change your mind at any time by clicking **Cookie settings** at the bottom of any page. Rejecting cookies will not stop you from using the shop. You can also delete cookies in your browser settings, but you will then need to set your choices again.

## Third-party providers

Google, Hotjar and Meta act as independent controllers for some of the data they receive. Their own privacy policies explain what they do with it:

- Google: https://policies.google.com/privacy
- Hotjar: https://www.hotjar.com/legal/policies/privacy/
- Meta: https://www.facebook.com/privacy/policy

## Contact

Thornfield Garden Centre Ltd, Ashby Road, Loughborough LE11 3QF. Email: hello@thornfieldgardens.co.uk. Phone: 01509 882 410.

This policy was last updated on 2 February 2026.
"""

EN_CARPOOL = """# RideAlong Privacy Policy

RideAlong connects drivers who have empty seats with passengers going the same way. This policy describes how RideAlong Mobility Ltd, 9 Temple Row, Birmingham B2 5HG ("RideAlong", "we"), handles personal data of drivers and passengers.

Last modified: 15 May 2026

## 1. What we collect

**From everyone:** name, email address, mobile number, profile photo, date of birth, and the ratings and reviews you give and receive.

**From drivers:** vehicle make, model, colour and registration number; a copy of the driving licence, which we check once and then delete, keeping only the result of the check.

**During a trip:** the pick-up and drop-off points, the agreed price and the messages exchanged in the app. We collect your precise location only while a trip is in progress and only if you switch on live sharing.

**Payments:** handled by our payment partner; we store the transaction reference and amount.

## 2. Why we use it

- to create your account and verify your phone number;
- to match drivers and passengers and show trips that fit your search;
- to process payments and driver payouts;
- to keep the community safe: checking reviews, handling reports and blocking abusive users;
- to send service messages about your trips.

We only send marketing emails if you opt in, and we never show third-party advertising in the app.

## 3. Sharing

When a trip is booked, the driver and passengers see each other's first name, photo, rating and, on the day of the trip, each other's phone number. We also share data with:

- our cloud hosting provider in Ireland;
- our payment partner;
- our customer support team, based in Birmingham and Manchester;
- the police, if the law requires it or if a user's safety is at risk.

## 4. International transfers

Your data is stored and processed in the United Kingdom and the European Economic Area.

## 5. How long we keep data

Account data is kept while your account is active and for 2 years after your last trip. Trip messages are deleted 6 months after the trip. Records of safety reports are kept for 5 years.

## 6. Your rights

You can access, correct or delete your data, object to processing, ask for portability and withdraw consent. Most of this can be done in **Account > Privacy**. You can also email dataprotection@ridealong.co.uk or use the form in the Help Centre. We will answer within one month.

If you are not satisfied, you may complain to the Information Commissioner's Office.

## 7. Updates

We will let you know about material changes by email before they take effect.
"""

EN_BETTING = """# Cookie Policy

Bet Meridian is operated by Meridian Gaming Ltd, licensed by the Gambling Commission (account 58821). This policy explains which cookies and similar technologies we use on betmeridian.com and in our mobile apps, and how you can control them.

## Why we use cookies

Gambling sites have to know who is logged in, where they are and whether they have set limits. Some cookies are therefore essential and required by our licence. Others are optional, and we only use them with your consent.

## Essential cookies

| Name | Purpose | Duration |
|---|---|---|
| bm_sid | keeps you logged in and protects your session | session |
| bm_geo | confirms you are betting from a country where we are licensed | 24 hours |
| bm_limits | applies your deposit and time limits on every page | 30 days |
| bm_consent | remembers your cookie choices | 6 months |
| __cf_bm | bot and fraud protection (Cloudflare) | 30 minutes |

## Performance cookies

| Name | Provider | Purpose | Duration |
|---|---|---|---|
| _ga | Google Analytics | counts visits and page views | 13 months |
| bm_ab | Bet Meridian | remembers which version of a page you saw in a test | 14 days |

## Marketing cookies

| Name | Provider | Purpose | Duration |
|---|---|---|---|
| aff_ref | Bet Meridian | records which affiliate sent you to us, so we can pay them | 30 days |
| _fbp | Meta | measures sign-ups from our adverts | 3 months |

We do not use marketing cookies for anyone who has self-excluded, and we stop showing you promotional messages if you set a cooling-off period.

## Your choices

The first time you visit, our banner lets you accept or reject optional cookies with one click each, or choose by category. You can reopen the banner at any time with the **Cookies** link in the footer. Your choice is kept for 6 months, after which we ask again.

Blocking essential cookies in your browser will stop you from logging in or placing bets.

## More information

For anything else about your personal data, see our Privacy Policy or contact our Data Protection Officer at dpo@betmeridian.com, Meridian Gaming Ltd, 120 Leadenhall Street, London EC3V 4AB.

Last updated: 1 June 2026.
"""

EN_FREELANCE = """# Taskwell Privacy Notice

Taskwell is an online marketplace where businesses hire independent professionals for projects. This notice applies to clients and freelancers who use taskwell.io. The controller is Taskwell Europe Ltd, 3 Grand Canal Square, Dublin 2, Ireland.

Effective 1 February 2026

## What we collect

**Account information.** Name, email, password, country, and whether you are a client, a freelancer or both.

**Freelancer profile.** Your skills, portfolio, hourly rate, work history on Taskwell, reviews, and an optional profile video. Profiles are public unless you hide them.

**Identity verification.** Before a freelancer can be paid, we check a government ID and a selfie through our verification provider. We keep the result and the ID type, not the image.

**Payments and tax.** Bank or payout details, invoices, and tax information such as a VAT number.

**Messages and files** exchanged on the platform, and the records of disputes.

**Technical data.** IP address, device and browser type, and log data.

## How we use it

1. to run the marketplace: showing profiles, sending proposals, holding funds in escrow and releasing them;
2. to verify identities and prevent fraud and money laundering;
3. to resolve disputes between clients and freelancers; a member of our disputes team reviews every case;
4. to rank search results by relevance to the client's query, using the skills and rates in profiles;
5. to send you service messages and, if you agree, news about Taskwell.

## Legal bases

Contract for running the marketplace; legal obligation for identity and tax checks; legitimate interests for fraud prevention and search ranking; consent for marketing.

## Who receives your data

- other users, as needed for a project;
- our payment and escrow provider;
- our identity verification provider;
- cloud hosting and email delivery providers;
- tax authorities, when the law requires us to report freelancer earnings.

## Transfers

Some of our providers are in the United States. We rely on the EU-US Data Privacy Framework or, where a provider is not certified, on Standard Contractual Clauses.

## Retention

Account data: while your account exists and 3 years after it closes. Payment and tax records: 7 years. Messages: 3 years after the project ends.

## Your rights

You may ask for access, rectification, erasure, restriction, portability and object to processing based on legitimate interests. Write to privacy@taskwell.io. You may complain to the Data Protection Commission in Ireland or your local authority.
"""

EN_HEARING = """# Privacy Policy

Auralis Hearing GmbH designs hearing aids and the Auralis Connect app, which lets you adjust your hearing aids from your phone and lets your hearing care professional fine-tune them remotely.

**Controller:** Auralis Hearing GmbH, Leopoldstrasse 88, 80802 Munich, Germany. **Data Protection Officer:** dpo@auralis-hearing.com.

Version 4.2, valid from 10 March 2026.

## What data we process

- **Account data**: name, email address, the name of your hearing care professional.
- **Hearing data**: your audiogram, the fitting settings of your hearing aids, and the programme and volume changes you make. This is health data.
- **Usage logs**: how many hours a day you wear your hearing aids, battery levels, and the sound environments detected (for example quiet, speech in noise, music). The logs do not contain recordings; the hearing aids never store audio.
- **Support requests** you send us.

## Purposes and legal bases

| Purpose | Data | Legal basis |
|---|---|---|
| Operating the app and syncing settings | account, hearing data | contract |
| Remote fine-tuning by your professional | hearing data, usage logs | your explicit consent |
| Improving our sound-processing algorithms with pseudonymised usage logs | usage logs | your explicit consent |
| Answering support requests | account, support requests | contract |

You can withdraw either consent in the app under **Profile > Data sharing** at any time. Withdrawal does not affect processing that already took place.

## Recipients

Your hearing care professional sees your hearing data and usage logs once you connect the app to their clinic. Our hosting provider stores the data in the EU. We do not share your data with health insurers.

## Retention

Hearing data and usage logs are kept for 2 years from their collection, unless you delete your account earlier. Support requests are deleted 12 months after they are closed.

## Your rights

Under the GDPR you have the right of access, rectification, erasure, restriction, data portability and objection, and the right to withdraw consent. To exercise them, email dpo@auralis-hearing.com or use the form in the app. You can also lodge a complaint with the Bavarian Data Protection Authority (BayLDA) or any other supervisory authority.

## Changes

If we change this policy, the app will show you the new version and what has changed before it applies.
"""

EN_UNION = """# How the Union Uses Your Information

The United Transport and Logistics Workers' Union (UTLWU) is a trade union registered with the Certification Officer. Membership of a trade union is special category data under data protection law, so we take particular care with it.

## Our contact details

UTLWU, Unity House, 66 Corporation Street, Manchester M4 2DE. Data Protection Officer: dataprotection@utlwu.org.uk, tel. 0161 555 0148.

## What we hold about you

- your name, home address, date of birth, email and phone number;
- your employer, workplace, job title and branch;
- how you pay your subscriptions (direct debit or payroll deduction) and your payment history;
- details of any case we handle for you, such as a grievance, a disciplinary hearing or a personal injury claim;
- whether you have volunteered as a workplace representative, and the training you have completed;
- your political fund status.

## Why we use it

We use your information to administer your membership, to represent you at work, to give you legal assistance under our rules, to hold ballots and elections as the law requires, and to keep you informed about the union's campaigns and negotiations.

Our legal bases are the contract of membership, our legal obligations (for example keeping a register of members and running statutory ballots), and the exemption for not-for-profit bodies with a trade union aim for special category data.

## Who we share it with

- independent scrutineers, who run ballots and must receive the names and addresses of members entitled to vote;
- the union's solicitors, when you ask for legal assistance;
- your employer, only to set up payroll deduction of subscriptions if you choose it;
- our mailing house, which prints and posts our magazine;
- our membership database provider.

We never give your details to any political party, and we never sell members' data.

## How long we keep it

Membership records are kept for 6 years after your membership ends. Case files are kept for 6 years after the case closes, or longer if a claim involves a child or a long-tail illness such as asbestos exposure. Ballot records are kept for one year after the result.

## Your rights

You can ask for a copy of the information we hold about you, ask us to correct or delete it, object to its use, or ask us to restrict it. Contact the Data Protection Officer using the details above. You can also complain to the Information Commissioner's Office.

This notice was approved by the National Executive Committee in January 2026.
"""

EN_STUDENT = """# Privacy Notice for Residents and Applicants

Quadrant Student Living Ltd provides student accommodation in Glasgow, Newcastle, Nottingham and Cardiff. We are the controller of the personal data described below.

Registered office: 5 Queen Street, Glasgow G1 3DX. Contact: privacy@quadrantliving.co.uk

### 1. When this notice applies

This notice covers people who apply for a room, residents, guarantors and visitors to our buildings.

### 2. Information we collect

**Applicants and residents**

- name, date of birth, nationality and home address;
- university, course and year of study;
- contact details of an emergency contact;
- passport or visa details, because we must check your right to rent in England;
- payment details and rent history;
- maintenance requests and records of incidents in the building.

**Guarantors**

- name, address, contact details and proof of income.

**Visitors**

- name and the time of entry, recorded at reception.

### 3. CCTV and access cards

Our buildings have CCTV in entrances, corridors and car parks, never in bedrooms or bathrooms. Footage is kept for 30 days unless it is needed to investigate an incident. Your access card records when it is used at the building's main doors.

### 4. How we use your information

- to process your application and sign your tenancy agreement;
- to collect rent and, if a payment is missed, to contact you and your guarantor;
- to carry out right-to-rent checks;
- to keep residents safe and respond to incidents;
- to arrange repairs;
- to send you information about events in your building.

### 5. Sharing

We share information with your university if you are in a nominated room, with the local council for council tax exemption, with contractors who carry out repairs, and with the police where the law requires it.

### 6. Retention

Tenancy records are kept for 6 years after your tenancy ends. Unsuccessful applications are deleted after 6 months. Right-to-rent records are kept for one year after the tenancy ends.

### 7. Your rights

You can ask for access to your data, correction, deletion, restriction, portability, or object to its use. Email privacy@quadrantliving.co.uk. You also have the right to complain to the Information Commissioner's Office.
"""

EN_SATELLITE = """# Cookies and Similar Technologies

This notice explains how Skyreach Television Ltd uses cookies, pixels and device identifiers on skyreach.tv, in the My Skyreach app and on Skyreach set-top boxes connected to the internet.

Updated: 30 April 2026

## Your consent

We ask for your consent before using any cookie that is not strictly necessary. On the website and in the app you choose in the consent banner; on your set-top box the choice is in **Settings > Privacy > Viewing data**. You can change your choices at any time, and refusing has no effect on your subscription.

## Categories

**Strictly necessary.** Used to sign you in, keep your account secure, remember your consent choices and deliver the channels you pay for.

**Performance.** Used to measure how our website and app perform and to find errors.

**Personalisation.** Used to recommend programmes in the My Skyreach app based on what you have watched on your set-top box.

**Advertising.** Used to show Skyreach offers on other websites and to limit how often you see them.

## List of technologies

| Name | Category | Set by | Lifetime |
|---|---|---|---|
| sr_auth | Strictly necessary | Skyreach | session |
| sr_choices | Strictly necessary | Skyreach | 6 months |
| sr_device | Strictly necessary | Skyreach (set-top box) | until factory reset |
| sr_perf | Performance | Skyreach | 90 days |
| dtCookie | Performance | Dynatrace | session |
| sr_reco | Personalisation | Skyreach | 12 months |
| _gcl_au | Advertising | Google | 90 days |
| IDE | Advertising | Google | 12 months |

## Viewing data on set-top boxes

If you accept personalisation on your set-top box, the box records which channels and programmes you watch and for how long. We use this only for recommendations to your household, and we keep it for 12 months. It is not shared with advertisers.

## How to withdraw

- Website: click **Cookie preferences** in the footer.
- App: go to **Profile > Privacy choices**.
- Set-top box: go to **Settings > Privacy > Viewing data** and switch it off.

When you withdraw, we stop the related cookies and delete the viewing history linked to your box within 30 days.

## Contact

Skyreach Television Ltd, 1 Broadcast Way, Reading RG2 6GP. Email our Data Protection Officer at dpo@skyreach.tv.
"""

EN_ESC = "blind8-base-en-escape"
EN_SCL = "blind8-base-en-scale"
EN_MTG = "blind8-base-en-mortgage"
EN_FTH = "blind8-base-en-faith"
EN_GRD = "blind8-base-en-garden"
EN_CAR = "blind8-base-en-carpool"
EN_BET = "blind8-base-en-betting"
EN_FRL = "blind8-base-en-freelance"
EN_HRG = "blind8-base-en-hearing"
EN_UNI = "blind8-base-en-union"
EN_STU = "blind8-base-en-student"
EN_SAT = "blind8-base-en-satellite"

EN_FRESH_PAIRS: list[Pair] = [
    (
        EN_ESC,
        "major",
        ["R7"],
        False,
        False,
        'A new data category is slipped into the collection list: "Room cameras: each room is filmed during play ... recordings are kept for 7 days" (R7); the date change is editorial.',
        [
            before(
                "- **Game results**:",
                "- **Room cameras**: each room is filmed during play so that our game masters can give timely hints and keep players safe. Recordings are kept for 7 days.\n",
            ),
            ("Last updated: 3 March 2026", "Last updated: 2 September 2026"),
        ],
    ),
    (
        EN_ESC,
        "editorial",
        ["R1"],
        False,
        False,
        'Same meaning in other words: "We use booking and waiver details to run your game safely" -> "Booking and waiver details are used so that your game runs safely"; "2 years" spelt "two years" (R1).',
        [
            (
                "We use booking and waiver details to run your game safely and to contact you if something changes.",
                "Booking and waiver details are used so that your game runs safely and so that we can reach you if anything changes.",
            ),
            ("Bookings are kept for 2 years after your visit.", "Bookings are kept for two years after your visit."),
        ],
    ),
    (
        EN_SCL,
        "major",
        ["R2"],
        False,
        False,
        'A new purpose is appended to a long sentence: "we use pseudonymised body measurements from all users to train the models that estimate body composition" (R2, AI training on health data).',
        [
            (
                "We use device data to deliver firmware updates and to diagnose connection problems.",
                "We use device data to deliver firmware updates and to diagnose connection problems, and we use pseudonymised body measurements from all users to train the models that estimate body composition on future scale models.",
            )
        ],
    ),
    (
        EN_SCL,
        "minor",
        ["R9"],
        False,
        False,
        'Shorter retention: "Crash reports are kept for 18 months" -> "for 6 months" (R9, not adverse).',
        [("Crash reports are kept for 18 months.", "Crash reports are kept for 6 months.")],
    ),
    (
        EN_SCL,
        "rights_reducing",
        ["R12", "R5"],
        False,
        False,
        'The promise "We never share your body measurements with insurers, employers or advertisers" now keeps only advertisers and lets measurements go "to insurers or employers ... as part of a wellness programme" (R12 negation weakened, R5 new recipients).',
        [
            (
                "We never share your body measurements with insurers, employers or advertisers.",
                "We never share your body measurements with advertisers, and we share them with insurers or employers only as part of a wellness programme you have joined through them.",
            )
        ],
    ),
    (
        EN_MTG,
        "major",
        ["R5"],
        False,
        False,
        'One more recipient row in the sharing table: "Lead partners | to offer you conveyancing and home insurance quotes" (R5).',
        [
            before(
                "| Solicitors and surveyors |",
                "| Lead partners | to offer you conveyancing and home insurance quotes |\n",
            )
        ],
    ),
    (
        EN_MTG,
        "editorial",
        ["R1"],
        False,
        True,
        "Technical re-rendering: the numbered list of collected information becomes a bulleted list and the sharing table is re-aligned; no word changes (R1).",
        [
            ("1. identity details", "- identity details"),
            ("2. financial details", "- financial details"),
            ("3. property details", "- property details"),
            ("4. information about your dependants", "- information about your dependants"),
            ("5. health information", "- health information"),
            ("| Recipient | Why |\n|---|---|", "| Recipient | Why |\n| :-------- | :-- |"),
        ],
    ),
    (
        EN_MTG,
        "minor",
        ["R14"],
        False,
        False,
        'The DPO contact line is reformatted, same email and number: "can be contacted at dpo@harbourline.co.uk or on 0117 496 0312" -> "dpo@harbourline.co.uk, telephone +44 117 496 0312" (R14).',
        [
            (
                "Our Data Protection Officer can be contacted at dpo@harbourline.co.uk or on 0117 496 0312.",
                "Data Protection Officer: dpo@harbourline.co.uk, telephone +44 117 496 0312.",
            )
        ],
    ),
    (
        EN_FTH,
        "rights_reducing",
        ["R13"],
        False,
        False,
        'The right to complain is removed: the list item "complain to the Information Commissioner\'s Office" is deleted and the contact line now says "we aim to resolve every concern ourselves" (R13).',
        [
            drop("- complain to the Information Commissioner's Office if you think"),
            (
                "Contact our privacy team at privacy@gatheringapp.org. We reply within one month.",
                "Contact our privacy team at privacy@gatheringapp.org. We reply within one month and aim to resolve every concern ourselves.",
            ),
        ],
    ),
    (
        EN_FTH,
        "editorial",
        ["R1"],
        False,
        False,
        'A duplicated sentence is removed ("We will tell you in the app before any significant change takes effect." appeared twice) and the update stamp changes (R1).',
        [
            (
                "significant change takes effect. We will tell you in the app before any significant change takes effect.",
                "significant change takes effect.",
            ),
            ("*Updated 8 April 2026*", "*Updated 19 October 2026*"),
        ],
    ),
    (
        EN_GRD,
        "minor",
        ["R17"],
        False,
        False,
        'A vendor is removed: the "hj_session | Hotjar" row, the Hotjar policy link and its mention among independent controllers are deleted (R17).',
        [
            drop("| hj_session | Hotjar |"),
            drop("- Hotjar: https://www.hotjar.com"),
            (
                "Google, Hotjar and Meta act as independent controllers",
                "Google and Meta act as independent controllers",
            ),
        ],
    ),
    (
        EN_GRD,
        "editorial",
        ["R1"],
        False,
        False,
        'Reworded with the same meaning ("Rejecting cookies will not stop you from using the shop" -> "You can still use the shop if you reject cookies") and a link fixed to the same target (R1).',
        [
            (
                "Rejecting cookies will not stop you from using the shop.",
                "You can still use the shop if you reject cookies.",
            ),
            ("- Meta: https://www.facebook.com/privacy/policy", "- Meta: https://www.facebook.com/privacy/policy/"),
        ],
    ),
    (
        EN_CAR,
        "major",
        ["R6", "R5"],
        False,
        False,
        'Support moves partly offshore: "based in Birmingham, Manchester and Cebu (the Philippines), part of which is run by our outsourced support partner" and a new sentence on the transfer: "we rely on the UK International Data Transfer Addendum" (R6 new transfer, R5 new processor).',
        [
            (
                "- our customer support team, based in Birmingham and Manchester;",
                "- our customer support team, based in Birmingham, Manchester and Cebu (the Philippines), part of which is run by our outsourced support partner;",
            ),
            (
                "and the European Economic Area.\n",
                "and the European Economic Area. When our support partner in the Philippines accesses it, we rely on the UK International Data Transfer Addendum to the EU Standard Contractual Clauses.\n",
            ),
        ],
    ),
    (
        EN_CAR,
        "rights_reducing",
        ["R4"],
        False,
        False,
        'Exercising rights gets harder and slower: the email channel goes, requests need "a copy of a photo ID", and "within one month" becomes "within 45 days" (R4, harder and slower).',
        [
            (
                "You can also email dataprotection@ridealong.co.uk or use the form in the Help Centre.",
                "Anything else must be requested through the form in the Help Centre, together with a copy of a photo ID.",
            ),
            ("We will answer within one month.", "We will answer within 45 days."),
        ],
    ),
    (
        EN_CAR,
        "editorial",
        ["R1"],
        False,
        False,
        'Two purposes swap places in the list ("to process payments and driver payouts" moves down); nothing is said differently (R1).',
        [
            drop("- to process payments and driver payouts;"),
            before("- to send service messages about your trips.", "- to process payments and driver payouts;\n"),
        ],
    ),
    (
        EN_BET,
        "major",
        ["R16"],
        False,
        False,
        'A cookie lives longer: "bm_ab ... remembers which version of a page you saw in a test | 14 days" -> "6 months" (R16, longer lifetime under 13 months).',
        [
            (
                "remembers which version of a page you saw in a test | 14 days |",
                "remembers which version of a page you saw in a test | 6 months |",
            )
        ],
    ),
    (
        EN_BET,
        "editorial",
        ["R1"],
        False,
        True,
        "Technical re-rendering: cookie-category headings drop one level and the essential-cookies table gets alignment markers; no word changes (R1).",
        [
            ("## Essential cookies", "### Essential cookies"),
            ("## Performance cookies", "### Performance cookies"),
            ("## Marketing cookies", "### Marketing cookies"),
            ("| Name | Purpose | Duration |\n|---|---|---|", "| Name | Purpose | Duration |\n|:---|:---|:---|"),
        ],
    ),
    (
        EN_FRL,
        "major",
        ["R11"],
        False,
        False,
        'Automated decision-making is introduced: "a member of our disputes team reviews every case" -> "disputes under EUR 500 are decided automatically from the project messages and delivery records" (R11).',
        [
            (
                "a member of our disputes team reviews every case;",
                "disputes under EUR 500 are decided automatically from the project messages and delivery records, and either party can then ask our disputes team for a review;",
            )
        ],
    ),
    (
        EN_FRL,
        "minor",
        ["R9"],
        False,
        False,
        'A new opt-out ("you can also stop your profile from appearing in search engines") and earlier deletion of messages "if both parties delete the conversation" (R9, not adverse).',
        [
            (
                "Profiles are public unless you hide them.",
                "Profiles are public unless you hide them; you can also stop your profile from appearing in search engines under **Settings > Visibility**.",
            ),
            (
                "Messages: 3 years after the project ends.",
                "Messages: 3 years after the project ends, or earlier if both parties delete the conversation.",
            ),
        ],
    ),
    (
        EN_FRL,
        "editorial",
        ["R1"],
        False,
        False,
        'Grammar only: "You may ask for access, rectification, erasure, restriction, portability and object to processing" -> "... and portability, and you may object to processing" (R1).',
        [
            (
                "You may ask for access, rectification, erasure, restriction, portability and object to processing",
                "You may ask for access, rectification, erasure, restriction and portability, and you may object to processing",
            )
        ],
    ),
    (
        EN_HRG,
        "major",
        ["R8"],
        False,
        False,
        'A fixed period becomes vague: "kept for 2 years from their collection" -> "kept for as long as your hearing aids are in use and for a reasonable period afterwards" (R8); version stamp editorial.',
        [
            (
                "Hearing data and usage logs are kept for 2 years from their collection,",
                "Hearing data and usage logs are kept for as long as your hearing aids are in use and for a reasonable period afterwards,",
            ),
            ("Version 4.2, valid from 10 March 2026.", "Version 4.3, valid from 1 January 2027."),
        ],
    ),
    (
        EN_HRG,
        "rights_reducing",
        ["R10", "R13"],
        False,
        False,
        'Algorithm improvement moves from "your explicit consent" to "our legitimate interest in product development", and "You can withdraw either consent" becomes withdrawal for remote fine-tuning only (R10 removing withdrawal, R13).',
        [
            (
                "| usage logs | your explicit consent |",
                "| usage logs | our legitimate interest in product development |",
            ),
            (
                "You can withdraw either consent in the app",
                "You can withdraw your consent to remote fine-tuning in the app",
            ),
        ],
    ),
    (
        EN_UNI,
        "minor",
        ["R9"],
        False,
        False,
        'Shorter retention ("Ballot records are kept for one year" -> "for six months") and a clarification that the mailing house "receives only your name and postal address" (R9).',
        [
            (
                "Ballot records are kept for one year after the result.",
                "Ballot records are kept for six months after the result.",
            ),
            (
                "- our mailing house, which prints and posts our magazine;",
                "- our mailing house, which prints and posts our magazine and receives only your name and postal address;",
            ),
        ],
    ),
    (
        EN_UNI,
        "editorial",
        ["R1"],
        False,
        False,
        'Recipients reordered ("our membership database provider" moves up, punctuation adjusted); no change of meaning (R1).',
        [
            drop("- our membership database provider."),
            (
                "- our mailing house, which prints and posts our magazine;",
                "- our membership database provider;\n- our mailing house, which prints and posts our magazine.",
            ),
        ],
    ),
    (
        EN_STU,
        "minor",
        ["R9"],
        False,
        False,
        'Clearer and gentler: access-card entries "are kept for 30 days ... and only looked at when an incident is investigated", and events mail gets "you can unsubscribe ... at any time" (R9).',
        [
            (
                "Your access card records when it is used at the building's main doors.",
                "Your access card records when it is used at the building's main doors; these entries are kept for 30 days and are only looked at when an incident is investigated.",
            ),
            (
                "- to send you information about events in your building.",
                "- to send you information about events in your building (you can unsubscribe from these at any time).",
            ),
        ],
    ),
    (
        EN_STU,
        "editorial",
        ["R1"],
        False,
        True,
        "Technical re-rendering: numbered level-3 headings become unnumbered level-2 headings and the bold group labels become level-4 headings; same words (R1).",
        [
            ("### 1. When this notice applies", "## When this notice applies"),
            ("### 2. Information we collect", "## Information we collect"),
            ("### 3. CCTV and access cards", "## CCTV and access cards"),
            ("### 4. How we use your information", "## How we use your information"),
            ("### 5. Sharing", "## Sharing"),
            ("### 6. Retention", "## Retention"),
            ("### 7. Your rights", "## Your rights"),
            ("**Applicants and residents**", "#### Applicants and residents"),
            ("**Guarantors**", "#### Guarantors"),
            ("**Visitors**", "#### Visitors"),
        ],
    ),
    (
        EN_SAT,
        "major",
        ["R15"],
        True,
        False,
        'A new third-party advertising vendor: row "_ttp | Advertising | TikTok | 13 months" and adverts now also "on social networks" (R15, consent must be asked again).',
        [
            before("| IDE | Advertising | Google |", "| _ttp | Advertising | TikTok | 13 months |\n"),
            (
                "Used to show Skyreach offers on other websites and to limit",
                "Used to show Skyreach offers on other websites and social networks and to limit",
            ),
        ],
    ),
    (
        EN_SAT,
        "minor",
        ["R17"],
        False,
        False,
        'A tracker is removed: the "dtCookie | Performance | Dynatrace" row is deleted (R17).',
        [drop("| dtCookie | Performance | Dynatrace |")],
    ),
]

# ---------------------------------------------------------------------------------------------------------
# French fresh bases
# ---------------------------------------------------------------------------------------------------------

FR_MUTUELLE = """# Politique de protection des données personnelles

Mutuelle Horizon Santé est une mutuelle régie par le livre II du Code de la mutualité, immatriculée sous le numéro SIREN 781 442 905. Elle propose des garanties complémentaires santé individuelles et collectives.

Dernière mise à jour : 14 janvier 2026

## Responsable du traitement

Mutuelle Horizon Santé, 18 rue de la République, 69002 Lyon, est responsable du traitement des données décrites ci-dessous. Notre délégué à la protection des données (DPO) est joignable à dpo@horizon-sante.fr ou par courrier à l'adresse du siège, à l'attention du DPO.

## Données collectées

| Catégorie | Exemples | Origine |
|---|---|---|
| Identification | nom, prénom, date de naissance, numéro de sécurité sociale | vous-même ou votre employeur |
| Situation familiale | ayants droit, bénéficiaires | vous-même |
| Données bancaires | IBAN pour les cotisations et les remboursements | vous-même |
| Données de santé | actes remboursés, montants, décomptes | l'Assurance maladie (télétransmission) et les professionnels de santé |
| Échanges | courriels, appels, réclamations | vous-même |

Nous ne collectons jamais le détail de vos diagnostics : seuls les codes d'actes nécessaires au remboursement nous sont transmis.

## Finalités et bases légales

- gestion de votre adhésion et de vos cotisations (exécution du contrat) ;
- remboursement des frais de santé et tiers payant (exécution du contrat) ;
- lutte contre la fraude (intérêt légitime et obligation légale) ;
- respect de nos obligations comptables et fiscales (obligation légale) ;
- envoi d'informations sur nos actions de prévention, si vous l'acceptez (consentement).

## Destinataires

Vos données sont accessibles aux seuls services habilités de la mutuelle. Elles peuvent être transmises à nos gestionnaires délégués pour le tiers payant, à notre réassureur, et aux autorités de contrôle (ACPR) lorsque la loi l'exige. Aucune donnée de santé n'est transmise à votre employeur.

## Durées de conservation

Les données de votre contrat sont conservées pendant toute la durée de l'adhésion, puis 5 ans après sa fin. Les décomptes de remboursement sont conservés 2 ans. Les enregistrements d'appels sont conservés 6 mois.

## Vos droits

Conformément au RGPD et à la loi Informatique et Libertés, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition, ainsi que du droit de définir des directives relatives au sort de vos données après votre décès. Vous pouvez retirer votre consentement à tout moment.

Pour exercer vos droits, écrivez au DPO par courriel ou par courrier, ou utilisez le formulaire de votre espace adhérent. Nous répondons dans un délai d'un mois.

Si vous estimez que vos droits ne sont pas respectés, vous pouvez introduire une réclamation auprès de la CNIL (www.cnil.fr).
"""

FR_AVOCATS = """# Politique de confidentialité

Le cabinet Delmas & Associés, société d'exercice libéral d'avocats inscrite au barreau de Bordeaux, attache une grande importance au secret professionnel et à la protection des données personnelles de ses clients, de leurs contradicteurs et des visiteurs de son site.

## 1. Qui est responsable du traitement ?

Delmas & Associés SELARL, 42 cours de l'Intendance, 33000 Bordeaux. Contact : donnees@delmas-avocats.fr.

## 2. Quelles données traitons-nous ?

Dans le cadre d'un dossier, nous traitons les données que vous nous confiez ou que nous recevons des autres parties : identité, coordonnées, situation professionnelle et familiale, éléments du litige, pièces de procédure et, le cas échéant, des données sensibles (santé, infractions) lorsqu'elles sont nécessaires à la défense de vos intérêts.

Pour les visiteurs du site, nous traitons uniquement les données saisies dans le formulaire de contact (nom, courriel, téléphone, objet de la demande).

## 3. Pourquoi ?

- la gestion des dossiers et la représentation de nos clients en justice ;
- la facturation et le recouvrement de nos honoraires ;
- le respect de nos obligations légales, notamment en matière de lutte contre le blanchiment des capitaux (vérification d'identité) ;
- la réponse aux demandes adressées via le formulaire de contact.

Ces traitements reposent sur l'exécution de la convention d'honoraires, sur nos obligations légales et déontologiques, et sur notre intérêt légitime à répondre aux demandes de contact.

## 4. Qui a accès à vos données ?

Les avocats et collaborateurs du cabinet, tous tenus au secret professionnel. Selon le dossier, vos données peuvent être communiquées aux juridictions, aux auxiliaires de justice (huissiers, experts, notaires) et aux avocats des autres parties. Nos prestataires informatiques (hébergement du logiciel de gestion des dossiers, messagerie) y ont accès dans la stricte limite de leur mission.

Nous ne transmettons vos données à aucun tiers à des fins commerciales.

## 5. Combien de temps ?

Les dossiers sont archivés pendant 5 ans à compter de la fin de la mission, durée de la responsabilité civile professionnelle de l'avocat. Les pièces d'identité collectées au titre de la lutte contre le blanchiment sont conservées 5 ans. Les demandes de contact sans suite sont supprimées au bout d'un an.

## 6. Où sont-elles hébergées ?

Toutes les données sont hébergées en France.

## 7. Vos droits

Vous pouvez demander l'accès à vos données, leur rectification, leur effacement ou la limitation de leur traitement, et vous opposer à leur traitement, dans les limites fixées par le secret professionnel et les obligations légales de conservation. Adressez votre demande à donnees@delmas-avocats.fr ; nous y répondons dans un délai d'un mois.

Vous pouvez également saisir la CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07.

*Mise à jour : février 2026.*
"""

FR_PISCINE = """# Centre aquatique Les Ondines – Données personnelles

Le centre aquatique Les Ondines est un équipement de la commune de Saint-Aubin-sur-Loire, exploité en régie. La présente notice explique comment nous utilisons les données des usagers : achat d'entrées et d'abonnements, inscriptions aux cours de natation et aux activités (aquagym, aquabike, bébés nageurs).

## Responsable du traitement

Commune de Saint-Aubin-sur-Loire, représentée par son maire, Hôtel de ville, 1 place de la Mairie, 45150 Saint-Aubin-sur-Loire.

Délégué à la protection des données mutualisé : dpo@agglo-val-de-loire.fr.

## Données traitées

- **Abonnés** : nom, prénom, date de naissance, photo (imprimée sur la carte d'abonnement), adresse, téléphone, courriel, justificatif de domicile pour le tarif résident ;
- **Cours et activités** : niveau de natation, présence aux séances, et pour les mineurs le nom et les coordonnées du représentant légal ;
- **Certificat médical** : uniquement pour l'aquabike et l'aquagym intensive, nous notons la date du certificat sans en conserver de copie ;
- **Paiements** : mode de paiement, montant, date. Les paiements par carte sont traités par la régie de recettes via le prestataire bancaire de la commune.

## Finalités

Ces données servent à :

1. vendre les entrées et gérer les abonnements ;
2. organiser les cours et prévenir les familles en cas d'annulation ;
3. appliquer les tarifs réservés aux habitants de la commune ;
4. assurer la sécurité des baigneurs ;
5. établir des statistiques de fréquentation anonymes.

Le traitement repose sur l'exécution d'une mission de service public (article 6.1.e du RGPD).

## Vidéoprotection

Le hall d'accueil et le parking sont placés sous vidéoprotection, autorisée par arrêté préfectoral. Aucune caméra ne filme les bassins, les vestiaires ou les douches. Les images sont conservées 15 jours.

## Destinataires

Les agents du centre aquatique et du service des sports, le trésorier public pour les encaissements, et l'éditeur du logiciel de billetterie, hébergé en France.

## Conservation

Les données des abonnés sont conservées pendant la validité de l'abonnement et un an après son expiration. Les fiches d'inscription aux cours sont conservées jusqu'à la fin de la saison. Les données comptables sont conservées 10 ans.

## Vos droits

Vous disposez d'un droit d'accès, de rectification, d'effacement et de limitation, ainsi que d'un droit d'opposition pour motif légitime. Pour les exercer, adressez-vous à l'accueil du centre aquatique, écrivez au DPO à l'adresse ci-dessus, ou envoyez un courrier à la mairie.

En cas de difficulté, vous pouvez saisir la CNIL.
"""

FR_STUDIO = """# Politique de confidentialité de Pixel Brume

Pixel Brume SAS, studio indépendant basé à Montpellier, développe et exploite le jeu en ligne multijoueur *Archipel des Brumes* sur PC et consoles. Cette politique concerne le jeu, le launcher, le site pixelbrume.fr et nos serveurs Discord.

Version du 20 mars 2026

## 1. Responsable du traitement

Pixel Brume SAS, 7 rue de l'Aiguillerie, 34000 Montpellier, RCS Montpellier 912 334 561. Contact : privacy@pixelbrume.fr.

## 2. Données que nous traitons

- **Compte joueur** : pseudonyme, adresse électronique, date de naissance (pour vérifier l'âge), mot de passe chiffré, pays.
- **Données de jeu** : progression, inventaire, statistiques de parties, classements, historique d'achats d'objets virtuels.
- **Communications** : messages du chat en jeu et signalements, conservés pour la modération.
- **Données techniques** : adresse IP, identifiant de la plateforme (Steam, PlayStation, Xbox), configuration matérielle, journaux de connexion et rapports de plantage.
- **Anti-triche** : notre outil anti-triche analyse les processus en cours sur votre ordinateur uniquement pendant que le jeu est lancé.

## 3. Pourquoi nous les utilisons

Nous utilisons vos données pour faire fonctionner le jeu et vos achats (exécution du contrat), pour détecter la triche et les comportements toxiques (intérêt légitime), pour corriger les bugs et équilibrer le jeu à partir de statistiques agrégées (intérêt légitime), et pour vous envoyer notre lettre d'information si vous l'avez demandée (consentement).

Nous ne vendons pas vos données et nous n'affichons aucune publicité ciblée dans le jeu.

## 4. Mineurs

Le jeu est accessible à partir de 13 ans. Entre 13 et 15 ans, l'ouverture d'un compte nécessite l'accord d'un titulaire de l'autorité parentale, et le chat textuel est désactivé par défaut.

## 5. Partage

Vos données sont partagées avec :

- la plateforme sur laquelle vous jouez (Steam, Sony, Microsoft), pour l'authentification et les achats ;
- notre hébergeur de serveurs de jeu, situé dans l'Union européenne ;
- notre prestataire anti-triche ;
- notre outil de support client.

## 6. Conservation

Les données du compte sont conservées tant que le compte est actif, puis supprimées après 3 ans d'inactivité, après un courriel de rappel. Les messages du chat sont conservés 30 jours. Les journaux de connexion sont conservés 1 an, conformément à la loi.

## 7. Vos droits

Vous pouvez accéder à vos données, les rectifier, les effacer, en demander la portabilité, vous opposer à leur traitement et retirer votre consentement. Écrivez-nous à privacy@pixelbrume.fr ou utilisez le bouton « Mes données » dans les options du jeu. Vous pouvez introduire une réclamation auprès de la CNIL.
"""

FR_ESCALADE = """# Protection des données – Bloc Altitude

Bloc Altitude exploite deux salles d'escalade de bloc à Grenoble et à Chambéry. Lorsque vous achetez une entrée, prenez un abonnement ou vous inscrivez à un cours, nous collectons quelques données vous concernant. Voici ce que nous en faisons.

*Dernière modification : 5 février 2026*

## Qui sommes-nous ?

Bloc Altitude SARL, 12 avenue Alsace-Lorraine, 38000 Grenoble, est responsable du traitement. Pour toute question : contact@blocaltitude.fr.

## Les données que nous collectons

- À l'inscription : nom, prénom, date de naissance, adresse électronique, téléphone, et une photo prise à l'accueil pour la carte de membre.
- Le test d'autonomie : la date à laquelle vous l'avez validé et le nom du moniteur.
- Pour les mineurs : l'autorisation parentale et les coordonnées du responsable légal.
- Vos passages : la date et l'heure de chaque entrée, enregistrées quand votre carte est scannée.
- Vos achats : abonnements, cartes 10 entrées, location de chaussons, boutique.

Nous ne collectons aucune donnée de santé. En cas d'accident, le rapport d'incident contient uniquement les circonstances et les coordonnées des témoins.

## Ce que nous en faisons

Nous utilisons ces données pour gérer vos entrées et vos abonnements, organiser les cours et les stages, vérifier qu'un grimpeur est autorisé à grimper seul, et vous prévenir en cas de fermeture exceptionnelle. Avec votre accord, nous vous envoyons aussi notre lettre d'information mensuelle (nouvelles voies, compétitions, soirées).

## Avec qui nous les partageons

Notre logiciel de gestion de salle (hébergé en France), notre prestataire d'envoi de courriels et, en cas d'accident, notre assureur.

## Durée de conservation

| Données | Durée |
|---|---|
| Fiche membre | 2 ans après le dernier passage |
| Historique des passages | 12 mois |
| Rapports d'incident | 5 ans |
| Données de facturation | 10 ans |
| Lettre d'information | jusqu'à la désinscription |

## Vos droits

Vous pouvez consulter, corriger ou faire supprimer vos données, vous opposer à leur utilisation ou demander leur portabilité en écrivant à contact@blocaltitude.fr ou directement à l'accueil de votre salle. Vous pouvez aussi vous adresser à la CNIL.
"""

FR_LIBRAIRIE = """# Gestion des cookies

La Page Tournée est une librairie indépendante située à Nantes, qui vend aussi des livres en ligne sur lapagetournee.fr. Cette page explique quels cookies et autres traceurs sont déposés lorsque vous visitez notre site, et comment vous pouvez les refuser.

## Qu'est-ce qu'un cookie ?

Un cookie est un petit fichier enregistré sur votre terminal (ordinateur, tablette, téléphone) lorsque vous consultez un site. Il permet au site de reconnaître votre navigateur pendant une durée limitée.

## Votre consentement

Conformément aux recommandations de la CNIL, les cookies qui ne sont pas strictement nécessaires ne sont déposés qu'après votre accord. Lors de votre première visite, un bandeau vous permet de tout accepter, de tout refuser ou de choisir finalité par finalité. Votre choix est conservé 6 mois. Vous pouvez le modifier à tout moment grâce au lien « Gérer mes cookies » en bas de chaque page.

## Les cookies que nous utilisons

### Cookies nécessaires (exemptés de consentement)

| Nom | Émetteur | Finalité | Durée |
|---|---|---|---|
| lpt_panier | La Page Tournée | conserver le contenu de votre panier | 7 jours |
| lpt_session | La Page Tournée | maintenir votre connexion à votre compte | session |
| lpt_choix | La Page Tournée | mémoriser vos choix en matière de cookies | 6 mois |
| __stripe_mid | Stripe | sécuriser le paiement et prévenir la fraude | 12 mois |

### Mesure d'audience

Nous utilisons Matomo, installé sur nos propres serveurs, pour savoir quelles pages sont les plus consultées. Les adresses IP sont anonymisées et les données ne sont partagées avec personne.

| Nom | Émetteur | Finalité | Durée |
|---|---|---|---|
| _pk_id | La Page Tournée (Matomo) | distinguer les visiteurs | 13 mois |
| _pk_ses | La Page Tournée (Matomo) | regrouper les pages d'une même visite | 30 minutes |

### Contenus tiers

Certaines fiches de livres intègrent des vidéos de rencontres avec les auteurs hébergées sur YouTube. Si vous acceptez les cookies de cette catégorie, YouTube peut déposer ses propres cookies lorsque vous lancez une vidéo.

| Nom | Émetteur | Finalité | Durée |
|---|---|---|---|
| VISITOR_INFO1_LIVE | YouTube | lecture des vidéos | 6 mois |
| YSC | YouTube | statistiques de lecture | session |

Nous n'utilisons aucun cookie publicitaire.

## Paramétrer votre navigateur

Vous pouvez aussi bloquer les cookies dans les réglages de votre navigateur. Le site restera consultable, mais le panier ne fonctionnera plus.

## Contact

Librairie La Page Tournée, 9 rue de la Paix, 44000 Nantes – bonjour@lapagetournee.fr.

Mise à jour : 3 avril 2026
"""

FR_GARDE = """# Politique de confidentialité – Petits Pas Services

Petits Pas Services est une entreprise de services à la personne, agréée pour la garde d'enfants de moins de 3 ans à domicile. Nous mettons en relation des familles avec des intervenants (baby-sitters, nounous, auxiliaires de puériculture) que nous employons, et nous gérons les plannings, la paie et les avantages fiscaux.

Date d'effet : 1er mars 2026

## Responsable du traitement

Petits Pas Services SAS, 25 rue Sainte-Catherine, 31000 Toulouse. Délégué à la protection des données : dpo@petitspas-services.fr.

## Données des familles

- nom, adresse et coordonnées des parents ;
- prénom, date de naissance et habitudes de vie des enfants gardés (repas, sieste, allergies signalées par les parents) ;
- les consignes particulières et les personnes autorisées à venir chercher l'enfant ;
- les informations nécessaires à l'attestation fiscale et au crédit d'impôt ;
- les coordonnées bancaires pour le prélèvement des factures.

## Données des intervenants

- identité, coordonnées, numéro de sécurité sociale, titre de séjour le cas échéant ;
- diplômes, expériences, références ;
- extrait de casier judiciaire (bulletin n° 3), vérifié lors de l'embauche puis restitué ;
- disponibilités et plannings ;
- les évaluations laissées par les familles.

## Utilisations

1. proposer à chaque famille des intervenants disponibles près de chez elle ; le choix final est toujours fait par une chargée de recrutement de l'agence, après entretien ;
2. établir les contrats, les plannings, les fiches de paie et les factures ;
3. délivrer les attestations fiscales ;
4. assurer la sécurité des enfants, notamment en cas d'urgence ;
5. vous envoyer nos offres de rentrée, si vous l'acceptez.

## Destinataires

Les intervenants reçoivent les informations utiles à la garde de l'enfant. Nos données sont aussi transmises à notre cabinet d'expertise comptable, à l'URSSAF et à l'administration fiscale pour les déclarations obligatoires, et à notre éditeur de logiciel de planning.

## Conservation

Les dossiers des familles sont conservés 3 ans après la dernière prestation. Les données de paie des intervenants sont conservées 5 ans, les bulletins de paie 50 ans comme le prévoit le Code du travail. Les évaluations sont supprimées à la fin du contrat de l'intervenant.

## Vos droits

Vous disposez des droits d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité. Pour les exercer, il suffit d'écrire à dpo@petitspas-services.fr, d'appeler votre agence ou d'utiliser votre espace client. La demande est gratuite et nous y répondons sous un mois.

Vous pouvez introduire une réclamation auprès de la CNIL.
"""

FR_EQUESTRE = """# Les Écuries du Moulin – Vie privée

Les Écuries du Moulin, centre équestre affilié à la Fédération française d'équitation, accueillent cavaliers débutants et confirmés, en cours collectifs, en stages et en pension.

## Responsable du traitement

Association Les Écuries du Moulin, Chemin du Moulin, 49400 Saumur. Courriel : secretariat@ecuries-du-moulin.fr. Téléphone : 02 41 50 12 34.

## Quelles informations ?

Pour les cavaliers :
* nom, prénom, date de naissance, adresse, téléphone, courriel ;
* niveau équestre (galops obtenus) ;
* numéro de licence fédérale ;
* pour les mineurs, coordonnées des parents et autorisation de soins en cas d'urgence.

Pour les propriétaires de chevaux en pension :
* identité et coordonnées ;
* informations sur le cheval (numéro SIRE, vaccinations, vétérinaire traitant) ;
* contrat de pension et factures.

## Pourquoi ?

Nous utilisons ces informations pour :
* gérer les inscriptions, les reprises et les stages ;
* prendre la licence fédérale en votre nom auprès de la FFE ;
* facturer les prestations ;
* vous joindre ou joindre vos parents en cas d'accident ;
* vous informer des concours et des fêtes du club, si vous le souhaitez.

Ces traitements sont fondés sur votre adhésion à l'association et sur votre consentement pour les informations sur la vie du club.

## Photos

Nous prenons parfois des photos pendant les stages et les concours. Elles ne sont publiées sur notre site ou nos réseaux sociaux qu'avec votre accord ou celui de vos parents, donné sur la fiche d'inscription.

## À qui sont-elles transmises ?

À la Fédération française d'équitation pour la licence, à notre assureur en cas d'accident, à notre comptable, et aux organisateurs de concours lorsque vous vous engagez dans une épreuve.

## Combien de temps ?

Les fiches d'inscription sont conservées 3 ans après votre dernière activité au club. Les pièces comptables sont conservées 10 ans. Les photos sont retirées du site sur simple demande.

## Vos droits

Vous pouvez demander à consulter, corriger ou supprimer vos informations, ou vous opposer à leur utilisation, en écrivant au secrétariat ou en passant au club. Si vous n'êtes pas satisfait de notre réponse, vous pouvez contacter la CNIL.

Document mis à jour le 10 janvier 2026.
"""

FR_FESTIVAL = """# Politique relative aux cookies

Le festival Rives Électriques se tient chaque été sur les bords de la Garonne. Le site rives-electriques.fr et l'application du festival utilisent des cookies et des traceurs, décrits ci-dessous. Ils sont gérés par l'association Rives Électriques, 4 quai des Chartrons, 33300 Bordeaux.

## Pourquoi des cookies ?

Certains cookies sont indispensables pour acheter votre billet et accéder à votre compte. D'autres nous aident à mesurer la fréquentation du site ou à faire connaître le festival. Ces derniers ne sont déposés que si vous les acceptez.

## Liste des traceurs

### Indispensables

| Nom | Fournisseur | Rôle | Durée de vie |
|---|---|---|---|
| re_session | Rives Électriques | session de connexion | session |
| re_consent | Rives Électriques | enregistrement de vos choix | 6 mois |
| wt_basket | Weezevent | panier de la billetterie | 1 jour |
| wt_queue | Weezevent | file d'attente lors de l'ouverture de la billetterie | 2 heures |

### Mesure d'audience

| Nom | Fournisseur | Rôle | Durée de vie |
|---|---|---|---|
| _pk_id | Matomo | identifiant de visiteur anonyme | 6 mois |
| _pk_ses | Matomo | durée de la visite | 30 minutes |

### Communication

| Nom | Fournisseur | Rôle | Durée de vie |
|---|---|---|---|
| _fbp | Meta | mesurer l'efficacité de nos campagnes sur Facebook et Instagram | 3 mois |
| li_sugr | LinkedIn | mesurer les visites issues de nos offres de bénévolat | 3 mois |

## Application mobile

L'application du festival n'utilise pas de cookies, mais un identifiant technique de l'appareil pour envoyer les notifications (changements d'horaires, alertes météo). Vous pouvez désactiver les notifications dans les réglages de votre téléphone.

## Vos choix

À votre première visite, un bandeau vous propose d'accepter, de refuser ou de personnaliser les cookies. Refuser est aussi simple qu'accepter. Votre choix est conservé 6 mois. Pour revenir dessus, cliquez sur « Cookies » en bas de page.

## Contact

Pour toute question sur cette politique : donnees@rives-electriques.fr.

Dernière mise à jour : 12 mai 2026
"""

FR_ALARME = """# Politique de protection des données personnelles

Veillance Protect est une société de télésurveillance qui installe des systèmes d'alarme et de vidéosurveillance chez les particuliers et les professionnels, et assure leur surveillance 24 h/24 depuis son centre de télésurveillance certifié APSAD.

## 1. Responsable du traitement

Veillance Protect SAS, 60 boulevard Vivier-Merle, 69003 Lyon, autorisation CNAPS n° AUT-069-2118-03-21-20190512345. Délégué à la protection des données : dpo@veillance-protect.fr.

## 2. Données collectées

- **Données d'identification** : nom, prénom, adresse du site protégé, téléphone, courriel ;
- **Liste des personnes à prévenir** : nom et téléphone des personnes que vous désignez, qui sont informées de ce traitement par vos soins ;
- **Codes et consignes** : mot de passe d'identification, consignes d'intervention, horaires d'occupation des locaux ;
- **Événements d'alarme** : date, heure, type de détecteur déclenché, actions réalisées par l'opérateur ;
- **Images** : en cas de déclenchement, les séquences vidéo ou les photos prises par vos détecteurs, utilisées pour la levée de doute ;
- **Enregistrement des appels** passés et reçus par le centre de télésurveillance.

## 3. Finalités

Vos données sont utilisées pour surveiller votre domicile ou vos locaux, procéder à la levée de doute, prévenir les personnes désignées et, si nécessaire, les forces de l'ordre ou un agent d'intervention, assurer la maintenance de votre matériel et gérer votre contrat. Les enregistrements d'appels servent à la formation de nos opérateurs et à la preuve des interventions.

## 4. Destinataires

- les opérateurs de notre centre de télésurveillance, situé à Lyon ;
- nos techniciens d'installation et de maintenance ;
- la société d'intervention que nous mandatons, le cas échéant ;
- les forces de l'ordre en cas d'intrusion avérée ;
- notre hébergeur, dont les serveurs sont situés en France.

Vos données sont hébergées et traitées dans l'Union européenne.

## 5. Durées de conservation

Les images de levée de doute sont conservées 30 jours. Les enregistrements des appels sont conservés 3 mois. L'historique des événements d'alarme est conservé pendant toute la durée du contrat et un an après. Les données contractuelles sont conservées 5 ans après la fin du contrat.

## 6. Sécurité

Les échanges entre votre centrale et notre centre sont chiffrés. L'accès aux consignes et aux images est réservé aux opérateurs habilités et tracé.

## 7. Vos droits

Vous pouvez exercer vos droits d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité en écrivant à dpo@veillance-protect.fr ou à Veillance Protect – Service DPO, 60 boulevard Vivier-Merle, 69003 Lyon. Vous disposez aussi du droit d'introduire une réclamation auprès de la CNIL.

Mise à jour du 2 mars 2026.
"""

FR_MUSIQUE = """# Données personnelles des élèves et des familles

L'école de musique Arpège est une association loi 1901 qui propose des cours d'instrument, de formation musicale, de chant et des ateliers d'orchestre pour les enfants dès 5 ans et pour les adultes.

## Qui traite vos données ?

Association École de musique Arpège, 3 place du Marché, 67000 Strasbourg, représentée par sa présidente. Pour toute question : secretariat@arpege-musique.fr ou 03 88 12 45 67.

## Quelles données ?

- élève : nom, prénom, date de naissance, instrument, niveau, cursus, résultats aux examens de fin de cycle ;
- responsables légaux (pour les élèves mineurs) : nom, adresse, téléphone, courriel, quotient familial si vous demandez un tarif réduit ;
- location d'instruments : numéro de l'instrument prêté, état au départ et au retour, attestation d'assurance ;
- paiement : mode de règlement et échéancier.

## À quoi servent-elles ?

À gérer les inscriptions et les emplois du temps, à organiser les auditions et les concerts, à calculer les tarifs, à suivre le parc d'instruments, et à vous tenir informés de la vie de l'école. Le traitement est fondé sur l'adhésion à l'association ; l'utilisation des photos et vidéos des auditions repose sur votre consentement, que vous pouvez retirer à tout moment.

## Qui y a accès ?

Les professeurs (pour leurs élèves uniquement), le secrétariat, le bureau de l'association, et la ville de Strasbourg, qui subventionne l'école et reçoit chaque année le nombre d'élèves par quartier, sans les noms.

## Photos et vidéos

Les auditions et concerts peuvent être photographiés ou filmés. Ces images ne sont diffusées sur notre site et notre page Facebook qu'avec l'accord écrit de l'élève majeur ou de ses parents.

## Conservation

Les dossiers d'inscription sont conservés 3 ans après le départ de l'élève. Les pièces comptables sont conservées 10 ans. Les photos et vidéos sont retirées de nos publications sur simple demande.

## Vos droits

Vous pouvez accéder à vos données et à celles de vos enfants mineurs, les faire rectifier ou effacer, vous opposer à leur traitement, demander leur portabilité et retirer votre consentement à la diffusion des images. Adressez-vous au secrétariat par courriel, par téléphone ou à l'accueil aux heures d'ouverture.

Vous pouvez également déposer une réclamation auprès de la CNIL (www.cnil.fr).

Mise à jour : septembre 2025.
"""

FR_BOUCHERIE = """# Politique de confidentialité

Maison Carvel est une boucherie artisanale de Clermont-Ferrand qui vend en ligne, sur maisoncarvel.fr, des viandes et des colis préparés à la découpe, livrés en caisse réfrigérée partout en France métropolitaine.

Dernière mise à jour : 8 juin 2026

## Responsable du traitement

Maison Carvel SARL, 15 rue du Port, 63000 Clermont-Ferrand, RCS Clermont-Ferrand 834 221 790. Courriel : contact@maisoncarvel.fr.

## Données collectées

Lors de votre commande, nous collectons vos nom, prénom, adresse de livraison et de facturation, numéro de téléphone (pour le transporteur) et adresse électronique. Nous conservons l'historique de vos commandes et, si vous nous les indiquez, vos préférences de découpe et de cuisson. Les paiements sont traités par notre prestataire de paiement ; nous ne voyons jamais votre numéro de carte complet.

## Utilisation

Vos données nous servent à :

- préparer et livrer vos commandes ;
- vous prévenir du jour et du créneau de livraison ;
- traiter vos réclamations (colis abîmé, retard, produit non conforme) ;
- tenir notre comptabilité ;
- vous envoyer nos recettes et nos offres de saison si vous êtes inscrit à notre lettre d'information.

Les quatre premières finalités reposent sur l'exécution du contrat de vente et sur nos obligations légales ; la lettre d'information repose sur votre consentement.

## Destinataires

- notre transporteur frigorifique, qui reçoit votre nom, votre adresse et votre téléphone ;
- notre prestataire de paiement ;
- notre plateforme d'envoi de courriels ;
- notre hébergeur, situé en France.

Nous ne louons ni ne vendons nos fichiers clients.

## Durée de conservation

Vos données de client sont conservées 3 ans après votre dernière commande. Les factures sont conservées 10 ans. Si vous vous désinscrivez de la lettre d'information, votre adresse est supprimée de la liste d'envoi sous 48 heures.

## Vos droits

Vous pouvez à tout moment demander l'accès à vos données, leur rectification ou leur suppression, vous opposer à leur traitement ou demander leur portabilité. Écrivez-nous à contact@maisoncarvel.fr ou par courrier à l'adresse ci-dessus. Nous vous répondrons dans un délai d'un mois.

En cas de désaccord persistant, vous pouvez saisir la CNIL.
"""

FR_MUT = "blind8-base-fr-mutuelle"
FR_AVO = "blind8-base-fr-avocats"
FR_PIS = "blind8-base-fr-piscine"
FR_STD = "blind8-base-fr-studio"
FR_ESC = "blind8-base-fr-escalade"
FR_LIB = "blind8-base-fr-librairie"
FR_GAR = "blind8-base-fr-garde"
FR_EQU = "blind8-base-fr-equestre"
FR_FES = "blind8-base-fr-festival"
FR_ALA = "blind8-base-fr-alarme"
FR_MUS = "blind8-base-fr-musique"
FR_BOU = "blind8-base-fr-boucherie"

FR_FRESH_PAIRS: list[Pair] = [
    (
        FR_MUT,
        "major",
        ["R7"],
        False,
        False,
        'Nouvelle catégorie de données de santé dans une cellule du tableau : "actes remboursés, montants, décomptes" -> "..., prescriptions de médicaments" (R7).',
        [
            (
                "| actes remboursés, montants, décomptes |",
                "| actes remboursés, montants, décomptes, prescriptions de médicaments délivrées en pharmacie |",
            )
        ],
    ),
    (
        FR_MUT,
        "rights_reducing",
        ["R13"],
        False,
        False,
        'Le droit de réclamation auprès de la CNIL disparaît : "vous pouvez introduire une réclamation auprès de la CNIL" -> "vous pouvez saisir le médiateur de la mutualité, après avoir épuisé la procédure de réclamation interne" (R13).',
        [
            (
                "vous pouvez introduire une réclamation auprès de la CNIL (www.cnil.fr).",
                "vous pouvez saisir le médiateur de la mutualité, après avoir épuisé la procédure de réclamation interne.",
            )
        ],
    ),
    (
        FR_MUT,
        "minor",
        ["R9"],
        False,
        False,
        "Conservation raccourcie et nouvelle faculté d'opposition : \"enregistrements d'appels sont conservés 6 mois\" -> \"3 mois, et vous pouvez refuser l'enregistrement dès le début de l'appel\" (R9).",
        [
            (
                "Les enregistrements d'appels sont conservés 6 mois.",
                "Les enregistrements d'appels sont conservés 3 mois, et vous pouvez refuser l'enregistrement dès le début de l'appel.",
            )
        ],
    ),
    (
        FR_AVO,
        "major",
        ["R5"],
        False,
        False,
        "Un destinataire de plus au bout d'une longue phrase : \"et, en cas d'honoraires impayés, à une société de recouvrement de créances\" (R5).",
        [
            (
                "et aux avocats des autres parties.",
                "et aux avocats des autres parties et, en cas d'honoraires impayés, à une société de recouvrement de créances.",
            )
        ],
    ),
    (
        FR_AVO,
        "editorial",
        ["R1"],
        False,
        False,
        'Reformulation sans changement de sens : "Les dossiers sont archivés pendant 5 ans à compter de la fin de la mission" -> "À la fin de la mission, les dossiers sont archivés pendant 5 ans" ; titre précisé (R1).',
        [
            (
                "Les dossiers sont archivés pendant 5 ans à compter de la fin de la mission, durée de la responsabilité civile professionnelle de l'avocat.",
                "À la fin de la mission, les dossiers sont archivés pendant 5 ans, ce qui correspond à la durée de la responsabilité civile professionnelle de l'avocat.",
            ),
            ("## 6. Où sont-elles hébergées ?", "## 6. Où vos données sont-elles hébergées ?"),
        ],
    ),
    (
        FR_PIS,
        "minor",
        ["R14"],
        False,
        False,
        'Coordonnées remises en forme, canaux inchangés : "Délégué à la protection des données mutualisé : dpo@..." -> "Délégué à la protection des données (mutualisé avec l\'agglomération) : dpo@..." et adresse de la mairie réécrite (R14).',
        [
            (
                "Délégué à la protection des données mutualisé : dpo@agglo-val-de-loire.fr.",
                "Délégué à la protection des données (mutualisé avec l'agglomération) : dpo@agglo-val-de-loire.fr.",
            ),
            (
                "Hôtel de ville, 1 place de la Mairie, 45150 Saint-Aubin-sur-Loire.",
                "Hôtel de ville – 1, place de la Mairie – 45150 Saint-Aubin-sur-Loire.",
            ),
        ],
    ),
    (
        FR_PIS,
        "editorial",
        ["R1"],
        False,
        True,
        "Re-rendu technique : numérotation paresseuse de la liste ordonnée (tous les items en « 1. ») et gras écrit avec des soulignés ; rendu et texte identiques (R1).",
        [
            ("2. organiser les cours", "1. organiser les cours"),
            ("3. appliquer les tarifs", "1. appliquer les tarifs"),
            ("4. assurer la sécurité", "1. assurer la sécurité"),
            ("5. établir des statistiques", "1. établir des statistiques"),
            ("**Abonnés**", "__Abonnés__"),
            ("**Cours et activités**", "__Cours et activités__"),
            ("**Certificat médical**", "__Certificat médical__"),
            ("**Paiements**", "__Paiements__"),
        ],
    ),
    (
        FR_STD,
        "major",
        ["R2"],
        False,
        False,
        'Nouvelle finalité glissée dans une longue phrase : "et pour entraîner des joueurs virtuels pilotés par intelligence artificielle à partir de l\'historique de vos parties et de vos messages de chat" (R2).',
        [
            (
                "pour corriger les bugs et équilibrer le jeu à partir de statistiques agrégées (intérêt légitime),",
                "pour corriger les bugs et équilibrer le jeu à partir de statistiques agrégées, et pour entraîner des joueurs virtuels pilotés par intelligence artificielle à partir de l'historique de vos parties et de vos messages de chat (intérêt légitime),",
            )
        ],
    ),
    (
        FR_STD,
        "rights_reducing",
        ["R12", "R2", "R7"],
        False,
        False,
        'Négation retournée : "nous n\'affichons aucune publicité ciblée dans le jeu" -> "des publicités adaptées à votre profil de joueur peuvent être affichées" (R12, R2) ; l\'âge minimum passe de 13 à 10 ans (R7).',
        [
            (
                "Nous ne vendons pas vos données et nous n'affichons aucune publicité ciblée dans le jeu.",
                "Nous ne vendons pas vos données. Des publicités adaptées à votre profil de joueur peuvent être affichées dans les menus du jeu.",
            ),
            (
                "Le jeu est accessible à partir de 13 ans. Entre 13 et 15 ans,",
                "Le jeu est accessible à partir de 10 ans. Entre 10 et 15 ans,",
            ),
        ],
    ),
    (
        FR_STD,
        "editorial",
        ["R1"],
        False,
        False,
        'Phrases réécrites à sens constant : "Les journaux de connexion sont conservés 1 an, conformément à la loi" -> "Conformément à la loi, les journaux de connexion sont conservés un an" (R1).',
        [
            (
                "Les journaux de connexion sont conservés 1 an, conformément à la loi.",
                "Conformément à la loi, les journaux de connexion sont conservés un an.",
            )
        ],
    ),
    (
        FR_ESC,
        "major",
        ["R8"],
        False,
        False,
        'Durée allongée dans le tableau : "Historique des passages | 12 mois" -> "3 ans" (R8).',
        [
            ("| Historique des passages | 12 mois |", "| Historique des passages | 3 ans |"),
            ("*Dernière modification : 5 février 2026*", "*Dernière modification : 14 octobre 2026*"),
        ],
    ),
    (
        FR_ESC,
        "editorial",
        ["R1"],
        False,
        False,
        'Deux éléments de liste échangés ("Vos achats" remonte avant "Vos passages") et formule de contact réécrite ; rien n\'est dit autrement (R1).',
        [
            drop("- Vos achats : abonnements"),
            before(
                "- Vos passages :", "- Vos achats : abonnements, cartes 10 entrées, location de chaussons, boutique.\n"
            ),
            (
                "Pour toute question : contact@blocaltitude.fr.",
                "Pour toute question, écrivez à contact@blocaltitude.fr.",
            ),
        ],
    ),
    (
        FR_LIB,
        "major",
        ["R15"],
        True,
        False,
        'Nouveau tiers dans les contenus tiers : "ainsi que des boutons de partage Pinterest" et la ligne "_pin_unauth | Pinterest" (R15, nouveau fournisseur : consentement à redemander).',
        [
            ("hébergées sur YouTube.", "hébergées sur YouTube, ainsi que des boutons de partage Pinterest."),
            before(
                "| YSC | YouTube |", "| _pin_unauth | Pinterest | mesure des visites issues des épingles | 12 mois |\n"
            ),
        ],
    ),
    (
        FR_LIB,
        "minor",
        ["R17"],
        False,
        False,
        'Un traceur retiré : la ligne "YSC | YouTube | statistiques de lecture" disparaît (R17).',
        [drop("| YSC | YouTube |")],
    ),
    (
        FR_GAR,
        "major",
        ["R11"],
        False,
        False,
        'Décision humaine remplacée par un classement automatique : "le choix final est toujours fait par une chargée de recrutement" -> "présélectionnés et classés automatiquement par notre algorithme selon leurs évaluations, leur taux d\'annulation" (R11).',
        [
            (
                "le choix final est toujours fait par une chargée de recrutement de l'agence, après entretien ;",
                "les intervenants sont présélectionnés et classés automatiquement par notre algorithme selon leurs évaluations, leur taux d'annulation et leur distance ;",
            )
        ],
    ),
    (
        FR_GAR,
        "rights_reducing",
        ["R4"],
        False,
        False,
        'Exercice des droits plus difficile et payant : appel à l\'agence et espace client supprimés, "en joignant une copie de votre pièce d\'identité", et "des frais de 15 €" au-delà d\'une demande par an (R4).',
        [
            (
                "il suffit d'écrire à dpo@petitspas-services.fr, d'appeler votre agence ou d'utiliser votre espace client.",
                "écrivez à dpo@petitspas-services.fr en joignant une copie de votre pièce d'identité.",
            ),
            (
                "La demande est gratuite et nous y répondons sous un mois.",
                "La première demande de l'année est gratuite ; les suivantes sont facturées 15 €. Nous y répondons sous un mois.",
            ),
        ],
    ),
    (
        FR_GAR,
        "minor",
        ["R9"],
        False,
        False,
        'Conservation raccourcie ("3 ans après la dernière prestation" -> "2 ans") et nouveau droit pour l\'intervenant de "consulter les évaluations qui le concernent et y répondre" (R9).',
        [
            (
                "Les dossiers des familles sont conservés 3 ans après la dernière prestation.",
                "Les dossiers des familles sont conservés 2 ans après la dernière prestation.",
            ),
            (
                "Les évaluations sont supprimées à la fin du contrat de l'intervenant.",
                "Les évaluations sont supprimées à la fin du contrat de l'intervenant, qui peut les consulter à tout moment et y répondre.",
            ),
        ],
    ),
    (
        FR_EQU,
        "editorial",
        ["R1"],
        False,
        False,
        'Phrase sur les photos reformulée sans changer le sens ("qu\'avec votre accord ou celui de vos parents" -> "que si vous, ou vos parents, l\'avez accepté") (R1).',
        [
            (
                "Elles ne sont publiées sur notre site ou nos réseaux sociaux qu'avec votre accord ou celui de vos parents, donné sur la fiche d'inscription.",
                "Nous ne les publions sur notre site ou nos réseaux sociaux que si vous, ou vos parents, l'avez accepté sur la fiche d'inscription.",
            )
        ],
    ),
    (
        FR_EQU,
        "editorial",
        ["R1"],
        False,
        True,
        "Re-rendu technique : les puces « * » deviennent des tirets « - » et une ligne vide précède chaque liste ; texte identique (R1).",
        [
            ("Pour les cavaliers :\n* nom", "Pour les cavaliers :\n\n- nom"),
            ("* niveau équestre", "- niveau équestre"),
            ("* numéro de licence", "- numéro de licence"),
            ("* pour les mineurs", "- pour les mineurs"),
            (
                "Pour les propriétaires de chevaux en pension :\n* identité",
                "Pour les propriétaires de chevaux en pension :\n\n- identité",
            ),
            ("* informations sur le cheval", "- informations sur le cheval"),
            ("* contrat de pension", "- contrat de pension"),
            ("Nous utilisons ces informations pour :\n* gérer", "Nous utilisons ces informations pour :\n\n- gérer"),
            ("* prendre la licence", "- prendre la licence"),
            ("* facturer", "- facturer"),
            ("* vous joindre", "- vous joindre"),
            ("* vous informer", "- vous informer"),
        ],
    ),
    (
        FR_FES,
        "major",
        ["R16"],
        False,
        False,
        'Durée de vie allongée : "_pk_id | Matomo | identifiant de visiteur anonyme | 6 mois" -> "13 mois" (R16, plus long mais pas au-delà de 13 mois).',
        [("| identifiant de visiteur anonyme | 6 mois |", "| identifiant de visiteur anonyme | 13 mois |")],
    ),
    (
        FR_FES,
        "editorial",
        ["R1"],
        False,
        True,
        "Re-rendu technique : le tableau des traceurs indispensables est réaligné (séparateurs espacés, colonnes complétées d'espaces) ; aucun mot ne change (R1).",
        [
            (
                "|---|---|---|---|\n| re_session | Rives Électriques | session de connexion | session |",
                "| --- | --- | --- | --- |\n| re_session | Rives Électriques | session de connexion      | session |",
            ),
            (
                "| re_consent | Rives Électriques | enregistrement de vos choix | 6 mois |",
                "| re_consent | Rives Électriques | enregistrement de vos choix | 6 mois  |",
            ),
        ],
    ),
    (
        FR_ALA,
        "major",
        ["R6", "R5"],
        False,
        False,
        'Nouveau transfert hors UE : "notre centre de télésurveillance de nuit, situé à Tunis (Tunisie)" et "Les transferts vers la Tunisie sont encadrés par les clauses contractuelles types" (R6, R5).',
        [
            before(
                "- notre hébergeur, dont les serveurs",
                "- notre centre de télésurveillance de nuit, situé à Tunis (Tunisie), qui traite les alarmes entre 22 h et 6 h ;\n",
            ),
            (
                "Vos données sont hébergées et traitées dans l'Union européenne.",
                "Vos données sont hébergées dans l'Union européenne ; les transferts vers la Tunisie sont encadrés par les clauses contractuelles types de la Commission européenne.",
            ),
        ],
    ),
    (
        FR_ALA,
        "minor",
        ["R14"],
        False,
        False,
        'Coordonnées du DPO remises en forme, mêmes canaux : "Veillance Protect – Service DPO, 60 boulevard Vivier-Merle" -> "par courrier : Veillance Protect, Service DPO, 60 bd Vivier-Merle, 69003 LYON" (R14).',
        [
            (
                "ou à Veillance Protect – Service DPO, 60 boulevard Vivier-Merle, 69003 Lyon.",
                "ou par courrier : Veillance Protect, Service DPO, 60 bd Vivier-Merle, 69003 LYON.",
            )
        ],
    ),
    (
        FR_ALA,
        "editorial",
        ["R1"],
        False,
        False,
        'Reformulation : "Les échanges entre votre centrale et notre centre sont chiffrés" -> "Les communications entre votre centrale d\'alarme et notre centre sont chiffrées" ; date de mise à jour (R1).',
        [
            (
                "Les échanges entre votre centrale et notre centre sont chiffrés.",
                "Les communications entre votre centrale d'alarme et notre centre sont chiffrées.",
            ),
            ("Mise à jour du 2 mars 2026.", "Mise à jour du 12 novembre 2026."),
        ],
    ),
    (
        FR_MUS,
        "rights_reducing",
        ["R13"],
        False,
        False,
        'Droits restreints : le consentement aux images est "donné pour l\'année scolaire" au lieu de "que vous pouvez retirer à tout moment", et opposition et retrait disparaissent de la liste des droits (R13).',
        [
            (
                "repose sur votre consentement, que vous pouvez retirer à tout moment.",
                "repose sur votre consentement, donné pour l'année scolaire.",
            ),
            (
                "les faire rectifier ou effacer, vous opposer à leur traitement, demander leur portabilité et retirer votre consentement à la diffusion des images.",
                "les faire rectifier ou effacer et demander leur portabilité.",
            ),
        ],
    ),
    (
        FR_MUS,
        "minor",
        ["R9"],
        False,
        False,
        'Durée réduite ("conservés 3 ans après le départ de l\'élève" -> "2 ans") et désabonnement possible des courriels sur la vie de l\'école (R9).',
        [
            (
                "Les dossiers d'inscription sont conservés 3 ans après le départ de l'élève.",
                "Les dossiers d'inscription sont conservés 2 ans après le départ de l'élève.",
            ),
            (
                "et à vous tenir informés de la vie de l'école.",
                "et à vous tenir informés de la vie de l'école ; un lien en bas de chaque courriel permet de ne plus recevoir ces nouvelles.",
            ),
        ],
    ),
    (
        FR_BOU,
        "minor",
        ["R9"],
        False,
        False,
        'Précision d\'une pratique déjà décrite ("uniquement pour la livraison de votre colis") et nouveau moyen de suppression : "supprimer vous-même votre compte depuis la rubrique « Mon compte »" (R9).',
        [
            (
                "qui reçoit votre nom, votre adresse et votre téléphone ;",
                "qui reçoit votre nom, votre adresse et votre téléphone, uniquement pour la livraison de votre colis ;",
            ),
            (
                "Écrivez-nous à contact@maisoncarvel.fr ou par courrier à l'adresse ci-dessus.",
                "Écrivez-nous à contact@maisoncarvel.fr ou par courrier à l'adresse ci-dessus. Vous pouvez aussi supprimer vous-même votre compte depuis la rubrique « Mon compte ».",
            ),
        ],
    ),
    (
        FR_BOU,
        "editorial",
        ["R1"],
        False,
        False,
        'Adresse électronique transformée en lien vers la même adresse et "Vos données de client" corrigé en "Vos données client" (R1).',
        [
            (
                "Courriel : contact@maisoncarvel.fr.",
                "Courriel : [contact@maisoncarvel.fr](mailto:contact@maisoncarvel.fr).",
            ),
            ("Vos données de client sont conservées", "Vos données client sont conservées"),
        ],
    ),
]

# ---------------------------------------------------------------------------------------------------------
# English pairs on corpus records (the record's newest text is the old version)
# ---------------------------------------------------------------------------------------------------------

EN_CORPUS_PAIRS: list[Pair] = [
    (
        "en-034",
        "editorial",
        ["R1"],
        False,
        True,
        "Technical re-rendering: the setext title becomes an ATX heading, section headings go up one level and the bullets change from * to -; no word changes (R1).",
        [
            ("Cookies\n=======", "# Cookies"),
            ("### About cookies", "## About cookies"),
            ("### How we use cookies", "## How we use cookies"),
            ("### How to control cookies", "## How to control cookies"),
            ("* to provide WhatsApp", "- to provide WhatsApp"),
            ("* to understand which", "- to understand which"),
            ("* to remember your choices", "- to remember your choices"),
            ("* to rank the FAQs", "- to rank the FAQs"),
        ],
    ),
    (
        "en-113",
        "minor",
        ["R9"],
        False,
        False,
        'Shorter cookie lifetime: "all cookies will expire after two years" -> "after 13 months" (R9, not adverse); "This a short-lived cookie" typo fixed.',
        [
            (
                "Except for essential cookies, all cookies will expire after two years.",
                "Except for essential cookies, all cookies will expire after 13 months.",
            ),
            ("This a short-lived cookie", "This is a short-lived cookie"),
        ],
    ),
    (
        "en-003",
        "major",
        ["R15", "R2"],
        True,
        False,
        'A new cookie purpose joins the purpose list, "Training and improving AI at Meta", and the summary adds "developing and improving AI at Meta" (R15, R2: consent must be asked again).',
        [
            before(
                "[Third-party websites and apps](https://www.facebook.com/privacy/policies/cookies/?subpage=subpage-1.7)",
                "[Training and improving AI at Meta](https://www.facebook.com/privacy/policies/cookies/?subpage=subpage-1.8)\n\n* * *\n\n",
            ),
            (
                "tailoring and measuring ads, and providing a safer experience.",
                "tailoring and measuring ads, providing a safer experience, and developing and improving AI at Meta.",
            ),
        ],
    ),
    (
        "en-168",
        "rights_reducing",
        ["R12", "R5"],
        False,
        False,
        'The no-sale promise goes: "we are not in the business of selling it to others. If you opt to allow us to share..." -> "we may share it with selected Wolfram Research partners, who may use it to send you their own offers" (R12, R5).',
        [
            (
                "and we are not in the business of selling it to others. If you opt to allow us to share your information, we will do so only with Wolfram Research partners who also respect privacy concerns.",
                "and we may share it with selected Wolfram Research partners, who may use it to send you their own offers.",
            ),
            (
                "comply with law. enforce our Terms of Use and other agreements. or protect",
                "comply with law, enforce our Terms of Use and other agreements, or protect",
            ),
        ],
    ),
    (
        "en-147",
        "editorial",
        ["R1"],
        False,
        False,
        'A caption is reworded with the same meaning: "Example of the widget is available below:" -> "An example of the widget is shown below:" (R1).',
        [("**Example of the widget is available below:**", "**An example of the widget is shown below:**")],
    ),
    (
        "en-163",
        "rights_reducing",
        ["R12", "R10"],
        False,
        False,
        'The promise "We only use cookies based on your consent (except for strictly necessary cookies)" now exempts "the analytics cookies ... which we set on the basis of our legitimate interests" (R12 weakened, R10 removing withdrawal of consent); a stray dot is removed.',
        [
            (
                "We only use cookies based on your consent (except for strictly necessary cookies) and you can manage",
                "We use cookies based on your consent, except for strictly necessary cookies and the analytics cookies that measure how our site performs, which we set on the basis of our legitimate interests, and you can manage",
            ),
            ("* .Select “Application”", "* Select “Application”"),
        ],
    ),
    (
        "en-149",
        "major",
        ["R15"],
        True,
        False,
        'A new third-party marketing vendor in the banner list: "Hotjar, Twitter Ads" -> "Hotjar, LinkedIn Insight Tag, Twitter Ads" (R15, consent must be asked again).',
        [
            (
                "Applicable cookies: Facebook Pixel, Google AdWords New, Hotjar, Twitter Ads",
                "Applicable cookies: Facebook Pixel, Google AdWords New, Hotjar, LinkedIn Insight Tag, Twitter Ads",
            )
        ],
    ),
    (
        "en-119",
        "minor",
        ["R9"],
        False,
        False,
        'A right is widened, not narrowed: "to the extent required by applicable law, you may have the right to request access to or delete" -> "wherever you live, you may request access to or deletion" (R9).',
        [
            (
                "In addition, to the extent required by applicable law, you may have the right to request access to or delete your personal information.",
                "In addition, wherever you live, you may request access to or deletion of your personal information.",
            )
        ],
    ),
    (
        "en-101",
        "major",
        ["R15", "R2", "R11"],
        True,
        False,
        'Analytics cookie data gets a new purpose inside a table cell: "combined with your profile, to suggest profiles you are more likely to match with" (R15, R2, R11 profiling; consent must be asked again).',
        [
            (
                "We use the information to compile reports and to help us improve the Site or App.",
                "We use the information to compile reports, to help us improve the Site or App and, combined with your profile, to suggest profiles you are more likely to match with.",
            )
        ],
    ),
    (
        "en-141",
        "major",
        ["R7", "R2"],
        False,
        False,
        'The apps now collect a new category: "and your approximate location, which the apps send to LibraryThing to suggest nearby libraries and bookstores" (R7, R2); "devices\'s" typo fixed.',
        [
            (
                "except if specifically uploaded by you (example: book cover photos uploaded to your books).",
                "except if specifically uploaded by you (example: book cover photos uploaded to your books) and your approximate location, which the apps send to LibraryThing to suggest nearby libraries and bookstores.",
            ),
            ("your devices's Internet Protocol", "your device's Internet Protocol"),
        ],
    ),
    (
        "en-156",
        "editorial",
        ["R1"],
        False,
        False,
        'A duplicated title line ("Google™ Maps API Cookies" repeated under its own heading) is removed and "Keep on reading" becomes "Read on" (R1).',
        [
            ("Google™ Maps API Cookies  \nSome features", "Some features"),
            ("Happy to explain! Keep on reading.", "Happy to explain! Read on."),
        ],
    ),
    (
        "en-123",
        "minor",
        ["R17"],
        False,
        False,
        'A tracker is removed: the "OTZ" Google Analytics row disappears from the cookie table (R17); "coockie" spelling fixed.',
        [drop("| OTZ |"), ("This coockie allows users", "This cookie allows users")],
    ),
]

# ---------------------------------------------------------------------------------------------------------
# French pairs on corpus records (the record's newest text is the old version)
# ---------------------------------------------------------------------------------------------------------


def atx(title: str) -> tuple[str, str]:
    """A setext level-2 heading (title underlined with dashes) re-rendered as an ATX heading."""
    return (title + "\n" + "-" * len(title), "## " + title)


FR_CORPUS_PAIRS: list[Pair] = [
    (
        "fr-181",
        "rights_reducing",
        ["R12", "R5"],
        False,
        False,
        'Promesse retirée : les données "ne sont pas cédées à des tiers ni utilisées à d\'autres fins" -> "peuvent être partagées avec nos partenaires commerciaux" (R12, R5) ; "Qu\'est ce qu\' un" corrigé.',
        [
            (
                "et ne sont pas cédées à des tiers ni utilisées à d'autres fins.",
                "et peuvent être partagées avec nos partenaires commerciaux.",
            ),
            ("Qu'est ce qu' un témoin de connexion", "Qu'est-ce qu'un témoin de connexion"),
        ],
    ),
    (
        "fr-239",
        "rights_reducing",
        ["R4"],
        False,
        False,
        'Exercice des droits plus lent et plus exigeant : "traitées dans les 30 jours" -> "dans un délai de trois mois", et la pièce d\'identité devient obligatoire ("Toute demande doit être accompagnée") (R4).',
        [
            (
                "Vos requêtes seront traitées dans les 30 jours. Nous pouvons vous demander à ce que votre demande soit accompagnée d’une photocopie de preuve d’identité ou d’autorité.",
                "Vos requêtes seront traitées dans un délai de trois mois. Toute demande doit être accompagnée d’une photocopie de pièce d’identité.",
            )
        ],
    ),
    (
        "fr-066",
        "minor",
        ["R9"],
        False,
        False,
        'Rédaction plus claire d\'une pratique inchangée : la seconde liste "Les destinataires de vos données en interne" devient "Les destinataires externes", et le titre 9 dupliqué devient "Vos données sont-elles transférées hors de l\'Union européenne ?" (R9).',
        [
            (
                "Les destinataires de vos données en interne sont :\n\n* les sous-traitants",
                "Les destinataires externes de vos données sont :\n\n* les sous-traitants",
            ),
            (
                "9\\. Quelles sont les personnes susceptibles d’accéder à vos données personnelles ?",
                "9\\. Vos données sont-elles transférées hors de l’Union européenne ?",
            ),
        ],
    ),
    (
        "fr-086",
        "editorial",
        ["R1"],
        False,
        False,
        'Deux phrases en double supprimées dans le paragraphe anti-fraude ("L\'utilisation de ces cookies repose sur l\'intérêt légitime ... Vous pouvez vous opposer à ce traceur à tout moment." apparaissait deux fois) et accord corrigé ("le plus adaptée" -> "le plus adapté") (R1).',
        [
            (
                "Vous pouvez vous opposer à ce traceur à tout moment. L’utilisation de ces cookies repose sur l’intérêt légitime de Vente-privee.com de se prémunir contre la fraude et de prévenir toute usurpation de compte de ses membres. Vous pouvez vous opposer à ce traceur à tout moment.",
                "Vous pouvez vous opposer à ce traceur à tout moment.",
            ),
            ("le contenu le plus adaptée", "le contenu le plus adapté"),
        ],
    ),
    (
        "fr-248",
        "editorial",
        ["R1"],
        False,
        True,
        "Re-rendu technique : les titres soulignés de tirets (setext) deviennent des titres « ## » ; aucun mot ne change (R1).",
        [
            atx("Qu’est-ce qu’un cookie ?"),
            atx("Comment nous utilisons les cookies"),
            atx("Type de cookie"),
            atx("Les cookies que nous utilisons et la manière de les supprimer"),
            atx("Données personnelles"),
            atx("Modifications de la présente politique"),
            atx("Questions"),
        ],
    ),
    (
        "fr-245",
        "major",
        ["R7"],
        False,
        False,
        'Nouvelles catégories dans une longue énumération : "la photo du profil, la date de naissance, une copie de votre pièce d\'identité, la méthode de paiement" (R7).',
        [
            (
                "la photo du profil, la méthode de paiement",
                "la photo du profil, la date de naissance, une copie de votre pièce d’identité, la méthode de paiement",
            )
        ],
    ),
    (
        "fr-205",
        "major",
        ["R8"],
        False,
        False,
        'Conservation allongée : "Les données relatives à la prospection sont conservées 3 ans" -> "5 ans à compter du dernier contact" (R8).',
        [
            (
                "Les données relatives à la prospection sont conservées 3 ans à compter du dernier contact avec vous.",
                "Les données relatives à la prospection sont conservées 5 ans à compter du dernier contact avec vous.",
            )
        ],
    ),
    (
        "fr-234",
        "major",
        ["R5", "R6"],
        False,
        False,
        'Nouveau sous-traitant hors UE : "Support client : Intercom ... Des informations peuvent transiter hors de l\'UE", annoncé dans l\'historique "nous avons ajouté un sous-traitant : Intercom" (R5, R6).',
        [
            before(
                "Configuration des murs de paie : RevenueCat",
                "Support client : Intercom\n\n*   Des informations peuvent transiter hors de l’UE, dans le cadre de clauses contractuelles types de la Commission européenne\n*   Plus d’informations : [https://www.intercom.com/legal/privacy](https://www.intercom.com/legal/privacy)\n\n",
            ),
            before(
                "*   Le 26 septembre 2025, nous avons ajouté 2 sous-traitants",
                "*   Le 16 novembre 2026, nous avons ajouté un sous-traitant : Intercom\n",
            ),
        ],
    ),
    (
        "fr-046",
        "minor",
        ["R9"],
        False,
        False,
        'Durée raccourcie : "conservées pour une durée maximale de vingt-cinq mois" -> "treize mois" (R9).',
        [
            (
                "conservées pour une durée maximale de vingt-cinq mois.",
                "conservées pour une durée maximale de treize mois.",
            )
        ],
    ),
    (
        "fr-249",
        "major",
        ["R15", "R2"],
        True,
        False,
        'Nouvelle catégorie de traceurs et nouveaux tiers : "Des cookies publicitaires ... permettent à nos partenaires publicitaires, Google Ads et Meta, de vous présenter ... des offres adaptées aux spécialités médicales que vous avez consultées" (R15, R2 : consentement à redemander) ; "de de" corrigé.',
        [
            before(
                "**Spécificité des cookies de partage**",
                "**Des cookies publicitaires**  \nCes cookies permettent à nos partenaires publicitaires, Google Ads et Meta, de vous présenter sur d’autres sites des offres adaptées aux spécialités médicales que vous avez consultées sur notre site.  \n  \n",
            ),
            ("publicitaires et/ou de de mesure", "publicitaires et/ou de mesure"),
        ],
    ),
    (
        "fr-183",
        "minor",
        ["R14"],
        False,
        False,
        'Même canal, formule remaniée : "n\'hésitez pas à nous contacter via l\'adresse e-mail suivante : dpo@aircaraibes.com" -> "écrivez à notre DPO par e-mail : dpo@aircaraibes.com" (R14) ; "de la fin de la fin" corrigé.',
        [
            (
                "n’hésitez pas à nous contacter via l’adresse e-mail suivante : [dpo@aircaraibes.com](mailto:dpo@aircaraibes.com).",
                "écrivez à notre DPO par e-mail : [dpo@aircaraibes.com](mailto:dpo@aircaraibes.com).",
            ),
            (
                "à compter de la fin de la fin de la relation contractuelle",
                "à compter de la fin de la relation contractuelle",
            ),
        ],
    ),
    (
        "fr-241",
        "editorial",
        ["R1"],
        False,
        False,
        'Corrections de forme : "mentionnées dans la présente ci-dessus" -> "mentionnées ci-dessus", "sis au 3, rue Etienne Dolet" -> "sis 3, rue Étienne Dolet" (R1).',
        [
            ("mentionnées dans la présente ci-dessus,", "mentionnées ci-dessus,"),
            ("sis au 3, rue Etienne Dolet", "sis 3, rue Étienne Dolet"),
        ],
    ),
]


# ---------------------------------------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------------------------------------

FRESH: dict[str, tuple[str, str, str, str]] = {
    EN_ESC: ("en", "privacy", "Lockstep Escape Rooms", EN_ESCAPE),
    EN_SCL: ("en", "privacy", "Balancia", EN_SCALE),
    EN_MTG: ("en", "privacy", "Harbourline Mortgages", EN_MORTGAGE),
    EN_FTH: ("en", "privacy", "Gathering App", EN_FAITH),
    EN_GRD: ("en", "cookies", "Thornfield Garden Centre", EN_GARDEN),
    EN_CAR: ("en", "privacy", "RideAlong", EN_CARPOOL),
    EN_BET: ("en", "cookies", "Bet Meridian", EN_BETTING),
    EN_FRL: ("en", "privacy", "Taskwell", EN_FREELANCE),
    EN_HRG: ("en", "privacy", "Auralis Hearing", EN_HEARING),
    EN_UNI: ("en", "privacy", "UTLWU", EN_UNION),
    EN_STU: ("en", "privacy", "Quadrant Student Living", EN_STUDENT),
    EN_SAT: ("en", "cookies", "Skyreach TV", EN_SATELLITE),
    FR_MUT: ("fr", "privacy", "Mutuelle Horizon Santé", FR_MUTUELLE),
    FR_AVO: ("fr", "privacy", "Delmas & Associés", FR_AVOCATS),
    FR_PIS: ("fr", "privacy", "Centre aquatique Les Ondines", FR_PISCINE),
    FR_STD: ("fr", "privacy", "Pixel Brume", FR_STUDIO),
    FR_ESC: ("fr", "privacy", "Bloc Altitude", FR_ESCALADE),
    FR_LIB: ("fr", "cookies", "La Page Tournée", FR_LIBRAIRIE),
    FR_GAR: ("fr", "privacy", "Petits Pas Services", FR_GARDE),
    FR_EQU: ("fr", "privacy", "Les Écuries du Moulin", FR_EQUESTRE),
    FR_FES: ("fr", "cookies", "Rives Électriques", FR_FESTIVAL),
    FR_ALA: ("fr", "privacy", "Veillance Protect", FR_ALARME),
    FR_MUS: ("fr", "privacy", "École de musique Arpège", FR_MUSIQUE),
    FR_BOU: ("fr", "privacy", "Maison Carvel", FR_BOUCHERIE),
}

ALL_PAIRS: list[Pair] = EN_FRESH_PAIRS + EN_CORPUS_PAIRS + FR_FRESH_PAIRS + FR_CORPUS_PAIRS


def build(corpus_dir: Path) -> Iterable[dict[str, Any]]:
    """Fresh bases as pseudo-records plus the corpus records the pairs edit, then the pairs themselves."""
    bases: dict[str, dict[str, Any]] = {
        base_id: {"id": base_id, "lang": lang, "policy": policy, "service": service, "new": text}
        for base_id, (lang, policy, service, text) in FRESH.items()
    }
    records = corpus_records(corpus_dir)
    for base_id, *_ in ALL_PAIRS:
        if base_id not in bases:
            bases[base_id] = records[base_id]
    return list(pairs(NAME, WRITTEN, bases, ALL_PAIRS))


def main() -> None:
    rebuild(__file__, build)


if __name__ == "__main__":
    main()
