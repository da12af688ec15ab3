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
from blind_edits import Pair, before, corpus_records, drop, pairs, rebuild  # noqa: E402

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

Your data is stored and processed in the United Kingdom and the European Economic Area. We do not transfer it elsewhere.

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
    (EN_ESC, "major", ["R7"], False, False,
     'A new data category is slipped into the collection list: "Room cameras: each room is filmed during play ... recordings are kept for 7 days" (R7); the date change is editorial.',
     [before("- **Game results**:", "- **Room cameras**: each room is filmed during play so that our game masters can give timely hints and keep players safe. Recordings are kept for 7 days.\n"),
      ("Last updated: 3 March 2026", "Last updated: 2 September 2026")]),
    (EN_ESC, "editorial", ["R1"], False, False,
     'Same meaning in other words: "We use booking and waiver details to run your game safely" -> "Booking and waiver details are used so that your game runs safely"; "2 years" spelt "two years" (R1).',
     [("We use booking and waiver details to run your game safely and to contact you if something changes.", "Booking and waiver details are used so that your game runs safely and so that we can reach you if anything changes."),
      ("Bookings are kept for 2 years after your visit.", "Bookings are kept for two years after your visit.")]),
    (EN_SCL, "major", ["R2"], False, False,
     'A new purpose is appended to a long sentence: "we use pseudonymised body measurements from all users to train the models that estimate body composition" (R2, AI training on health data).',
     [("We use device data to deliver firmware updates and to diagnose connection problems.", "We use device data to deliver firmware updates and to diagnose connection problems, and we use pseudonymised body measurements from all users to train the models that estimate body composition on future scale models."),
      ("Effective date: 12 January 2026", "Effective date: 1 October 2026")]),
    (EN_SCL, "minor", ["R9"], False, False,
     'Shorter retention: "Crash reports are kept for 18 months" -> "for 6 months" (R9, not adverse).',
     [("Crash reports are kept for 18 months.", "Crash reports are kept for 6 months.")]),
    (EN_SCL, "rights_reducing", ["R12", "R5"], False, False,
     'The promise "We never share your body measurements with insurers, employers or advertisers" now keeps only advertisers and lets measurements go "to insurers or employers ... as part of a wellness programme" (R12 negation weakened, R5 new recipients).',
     [("We never share your body measurements with insurers, employers or advertisers.", "We never share your body measurements with advertisers, and we share them with insurers or employers only as part of a wellness programme you have joined through them.")]),
    (EN_MTG, "major", ["R5"], False, False,
     'One more recipient row in the sharing table: "Lead partners | to offer you conveyancing and home insurance quotes" (R5); the review date is editorial.',
     [before("| Solicitors and surveyors |", "| Lead partners | to offer you conveyancing and home insurance quotes |\n"),
      ("This notice was last reviewed on 20 February 2026.", "This notice was last reviewed on 1 October 2026.")]),
    (EN_MTG, "editorial", ["R1"], False, True,
     "Technical re-rendering: the numbered list of collected information becomes a bulleted list and the sharing table is re-aligned; no word changes (R1).",
     [("1. identity details", "- identity details"), ("2. financial details", "- financial details"), ("3. property details", "- property details"),
      ("4. information about your dependants", "- information about your dependants"), ("5. health information", "- health information"),
      ("| Recipient | Why |\n|---|---|", "| Recipient | Why |\n| :-------- | :-- |")]),
    (EN_MTG, "minor", ["R14"], False, False,
     'The DPO contact line is reformatted, same email and number: "can be contacted at dpo@harbourline.co.uk or on 0117 496 0312" -> "dpo@harbourline.co.uk, telephone +44 117 496 0312" (R14).',
     [("Our Data Protection Officer can be contacted at dpo@harbourline.co.uk or on 0117 496 0312.", "Data Protection Officer: dpo@harbourline.co.uk, telephone +44 117 496 0312.")]),
    (EN_FTH, "rights_reducing", ["R13"], False, False,
     'The right to complain is removed: the list item "complain to the Information Commissioner\'s Office" is deleted and the contact line now says "we aim to resolve every concern ourselves" (R13).',
     [drop("- complain to the Information Commissioner's Office if you think"),
      ("Contact our privacy team at privacy@gatheringapp.org. We reply within one month.", "Contact our privacy team at privacy@gatheringapp.org. We reply within one month and aim to resolve every concern ourselves.")]),
    (EN_FTH, "editorial", ["R1"], False, False,
     'A duplicated sentence is removed ("We will tell you in the app before any significant change takes effect." appeared twice) and the update stamp changes (R1).',
     [("significant change takes effect. We will tell you in the app before any significant change takes effect.", "significant change takes effect."),
      ("*Updated 8 April 2026*", "*Updated 19 October 2026*")]),
    (EN_GRD, "minor", ["R17"], False, False,
     'A vendor is removed: the "hj_session | Hotjar" row, the Hotjar policy link and its mention among independent controllers are deleted (R17).',
     [drop("| hj_session | Hotjar |"), drop("- Hotjar: https://www.hotjar.com"),
      ("Google, Hotjar and Meta act as independent controllers", "Google and Meta act as independent controllers")]),
    (EN_GRD, "editorial", ["R1"], False, False,
     'Reworded with the same meaning ("Rejecting cookies will not stop you from using the shop" -> "You can still use the shop if you reject cookies") and a link fixed to the same target (R1).',
     [("Rejecting cookies will not stop you from using the shop.", "You can still use the shop if you reject cookies."),
      ("- Meta: https://www.facebook.com/privacy/policy", "- Meta: https://www.facebook.com/privacy/policy/")]),
    (EN_CAR, "major", ["R6", "R5"], False, False,
     'Support moves partly offshore: "based in Birmingham, Manchester and Cebu (the Philippines), run by our outsourced support partner" and "We do not transfer it elsewhere" becomes a transfer under the UK IDTA (R6 new transfer, R5 new processor).',
     [("- our customer support team, based in Birmingham and Manchester;", "- our customer support team, based in Birmingham, Manchester and Cebu (the Philippines), part of which is run by our outsourced support partner;"),
      ("We do not transfer it elsewhere.", "When our support partner in the Philippines accesses it, we rely on the UK International Data Transfer Addendum to the EU Standard Contractual Clauses.")]),
    (EN_CAR, "rights_reducing", ["R4"], False, False,
     'Exercising rights gets harder and slower: the email channel goes, requests need "a copy of a photo ID", and "within one month" becomes "within 45 days" (R4, harder and slower).',
     [("You can also email dataprotection@ridealong.co.uk or use the form in the Help Centre.", "Anything else must be requested through the form in the Help Centre, together with a copy of a photo ID."),
      ("We will answer within one month.", "We will answer within 45 days.")]),
    (EN_CAR, "editorial", ["R1"], False, False,
     'Two purposes swap places in the list ("to process payments and driver payouts" moves down) and the modification date changes; nothing is said differently (R1).',
     [drop("- to process payments and driver payouts;"),
      before("- to keep the community safe", "- to process payments and driver payouts;\n"),
      ("Last modified: 15 May 2026", "Last modified: 4 November 2026")]),
    (EN_BET, "major", ["R16"], False, False,
     'A cookie lives longer: "bm_ab ... remembers which version of a page you saw in a test | 14 days" -> "6 months" (R16, longer lifetime under 13 months).',
     [("remembers which version of a page you saw in a test | 14 days |", "remembers which version of a page you saw in a test | 6 months |"),
      ("Last updated: 1 June 2026.", "Last updated: 9 November 2026.")]),
    (EN_BET, "editorial", ["R1"], False, True,
     "Technical re-rendering: cookie-category headings drop one level and the essential-cookies table gets alignment markers; no word changes (R1).",
     [("## Essential cookies", "### Essential cookies"), ("## Performance cookies", "### Performance cookies"), ("## Marketing cookies", "### Marketing cookies"),
      ("| Name | Purpose | Duration |\n|---|---|---|", "| Name | Purpose | Duration |\n|:---|:---|:---|")]),
    (EN_FRL, "major", ["R11"], False, False,
     'Automated decision-making is introduced: "a member of our disputes team reviews every case" -> "disputes under EUR 500 are decided automatically from the project messages and delivery records" (R11).',
     [("a member of our disputes team reviews every case;", "disputes under EUR 500 are decided automatically from the project messages and delivery records, and either party can then ask our disputes team for a review;")]),
    (EN_FRL, "minor", ["R9"], False, False,
     'A new opt-out ("you can also stop your profile from appearing in search engines") and earlier deletion of messages "if both parties delete the conversation" (R9, not adverse).',
     [("Profiles are public unless you hide them.", "Profiles are public unless you hide them; you can also stop your profile from appearing in search engines under **Settings > Visibility**."),
      ("Messages: 3 years after the project ends.", "Messages: 3 years after the project ends, or earlier if both parties delete the conversation.")]),
    (EN_FRL, "editorial", ["R1"], False, False,
     'Grammar and wording only: "You may ask for access, rectification, erasure, restriction, portability and object to processing" -> "... and portability, and you may object to processing"; the ID sentence is reworded with the same meaning (R1).',
     [("You may ask for access, rectification, erasure, restriction, portability and object to processing", "You may ask for access, rectification, erasure, restriction and portability, and you may object to processing"),
      ("We keep the result and the ID type, not the image.", "We keep the outcome of the check and the type of ID, but not the image itself.")]),
    (EN_HRG, "major", ["R8"], False, False,
     'A fixed period becomes vague: "kept for 2 years from their collection" -> "kept for as long as your hearing aids are in use and for a reasonable period afterwards" (R8); version stamp editorial.',
     [("Hearing data and usage logs are kept for 2 years from their collection,", "Hearing data and usage logs are kept for as long as your hearing aids are in use and for a reasonable period afterwards,"),
      ("Version 4.2, valid from 10 March 2026.", "Version 4.3, valid from 1 January 2027.")]),
    (EN_HRG, "rights_reducing", ["R10", "R13"], False, False,
     'Algorithm improvement moves from "your explicit consent" to "our legitimate interest in product development", and "You can withdraw either consent" becomes withdrawal for remote fine-tuning only (R10 removing withdrawal, R13).',
     [("| usage logs | your explicit consent |", "| usage logs | our legitimate interest in product development |"),
      ("You can withdraw either consent in the app", "You can withdraw your consent to remote fine-tuning in the app")]),
    (EN_UNI, "minor", ["R9"], False, False,
     'Shorter retention ("Ballot records are kept for one year" -> "for six months") and a clarification that the mailing house "receives only your name and postal address" (R9).',
     [("Ballot records are kept for one year after the result.", "Ballot records are kept for six months after the result."),
      ("- our mailing house, which prints and posts our magazine;", "- our mailing house, which prints and posts our magazine and receives only your name and postal address;")]),
    (EN_UNI, "editorial", ["R1"], False, False,
     'Recipients reordered ("our membership database provider" moves up, punctuation adjusted) and a heading lengthened to "How long we keep your information"; no change of meaning (R1).',
     [drop("- our membership database provider."),
      ("- our mailing house, which prints and posts our magazine;", "- our membership database provider;\n- our mailing house, which prints and posts our magazine."),
      ("## How long we keep it", "## How long we keep your information")]),
    (EN_STU, "minor", ["R9"], False, False,
     'Clearer and gentler: access-card entries "are kept for 30 days ... and only looked at when an incident is investigated", and events mail gets "you can unsubscribe ... at any time" (R9).',
     [("Your access card records when it is used at the building's main doors.", "Your access card records when it is used at the building's main doors; these entries are kept for 30 days and are only looked at when an incident is investigated."),
      ("- to send you information about events in your building.", "- to send you information about events in your building (you can unsubscribe from these at any time).")]),
    (EN_STU, "editorial", ["R1"], False, True,
     "Technical re-rendering: numbered level-3 headings become unnumbered level-2 headings and the bold group labels become level-4 headings; same words (R1).",
     [("### 1. When this notice applies", "## When this notice applies"), ("### 2. Information we collect", "## Information we collect"),
      ("### 3. CCTV and access cards", "## CCTV and access cards"), ("### 4. How we use your information", "## How we use your information"),
      ("### 5. Sharing", "## Sharing"), ("### 6. Retention", "## Retention"), ("### 7. Your rights", "## Your rights"),
      ("**Applicants and residents**", "#### Applicants and residents"), ("**Guarantors**", "#### Guarantors"), ("**Visitors**", "#### Visitors")]),
    (EN_SAT, "major", ["R15"], True, False,
     'A new third-party advertising vendor: row "_ttp | Advertising | TikTok | 13 months" and adverts now also "on social networks" (R15, consent must be asked again).',
     [before("| IDE | Advertising | Google |", "| _ttp | Advertising | TikTok | 13 months |\n"),
      ("Used to show Skyreach offers on other websites and to limit", "Used to show Skyreach offers on other websites and social networks and to limit")]),
    (EN_SAT, "minor", ["R17"], False, False,
     'A tracker is removed: the "dtCookie | Performance | Dynatrace" row is deleted (R17).',
     [drop("| dtCookie | Performance | Dynatrace |")]),
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
}

ALL_PAIRS: list[Pair] = EN_FRESH_PAIRS


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
