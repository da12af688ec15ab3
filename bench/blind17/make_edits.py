# ruff: noqa: E501
"""Blind set blind17: 80 labelled policy changes (40 English, 40 French) the classifier has never seen.

Why it exists: the change classifier was tuned against the shared corpus and earlier sets; this set measures it
once on text nobody tuned it against, in one theme (travel, mobility, leisure and e-commerce retail).
How it was written: every label comes from legal-rules.md alone (rules R1-R19); the writer never saw the
classifier, its tests or earlier blind sets, and read the shared corpus only to learn how real policies and
rationales are worded. All pairs sit on 40 fresh bases (20 per language) written here, one per organisation,
two pairs per base; no corpus record is used as a base. The organisations are invented.
"""

from __future__ import annotations

import re
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_edits import Edit, Pair, before, corpus_records, drop, pairs, rebuild  # noqa: F401

NAME = "blind17"
WRITTEN = "2026-11-29"

EN_SCOOT = """# Glydr Privacy Notice

Last updated: 12 May 2026

This notice explains how Glydr Mobility Limited ("Glydr", "we", "us") handles personal data when you use our shared e-scooters, the Glydr app and our website. Glydr Mobility Limited is registered in Ireland (company number 701245) at 14 Grand Canal Quay, Dublin 2, D02 KX30, and is the controller of your personal data.

If you have questions, write to our Data Protection Officer at privacy@glydr.ie or use the "Privacy" topic in the in-app help centre.

## 1. The data we collect

### Account data
When you create an account we collect:

- your name, e-mail address and mobile phone number;
- your date of birth, which you confirm yourself when signing up, because riders must be 18 or older;
- your language and the city you ride in;
- a password (stored only as a salted hash).

### Ride data
Each time you ride we record the vehicle number, the start and end time, the start and end point, the route travelled, the distance, the fare and any discount or pass applied. We also record the photo of the parked scooter that you take at the end of every ride, so we can check that the vehicle was left in an allowed parking zone.

### Location data
The app uses your device's precise location (GPS) only while the app is open, to show nearby scooters and parking zones, and during a ride, to calculate the fare and enforce slow zones and no-ride zones set by the city. We do not track your location when the app is closed or when no ride is in progress.

### Payment data
Payments are handled by our payment provider. We receive a token, the card brand, the last four digits and the expiry date; we never see or store your full card number.

### Device and usage data
We collect your device model, operating system, app version, IP address, crash reports and how you use the app's screens, so we can fix bugs and improve the service.

### Communications
If you contact our support team we keep your messages, any photos you send (for example of a damaged scooter) and our replies.

### Incident data
If you report an accident, or if someone reports an incident involving a scooter you were riding, we collect the details of the incident, statements from the people involved and, where relevant, information from the police or insurers.

## 2. Why we use your data and on what legal basis

| Purpose | Legal basis |
|---|---|
| Creating your account and letting you unlock, ride and park scooters | Performance of our contract with you |
| Calculating fares and taking payment | Performance of our contract with you |
| Checking parking photos and applying parking fines set out in our Terms | Performance of our contract with you |
| Preventing fraud and misuse of accounts | Our legitimate interest in protecting the service |
| Handling accidents, damage and insurance claims | Our legitimate interest and our legal obligations |
| Sharing aggregated trip data with the cities we operate in | Legal obligation under our operating permits |
| Sending service messages (receipts, safety notices) | Performance of our contract with you |
| Sending offers and news about Glydr by e-mail or push notification | Your consent, which you can withdraw at any time |
| Improving the app and planning where to place scooters | Our legitimate interest in developing the service |

## 3. Who we share your data with

We share personal data only with the following recipients, each bound by a contract that limits what they may do with it.

| Recipient | What they do | Where the data is processed |
|---|---|---|
| Amazon Web Services EMEA SARL | Hosting of our platform | Ireland |
| Stripe Payments Europe Ltd | Card payments and refunds | Ireland |
| Zendesk, Inc. | Customer support tickets | European Union (EU data centre) |
| Braze, Inc. | Push notifications and service e-mails | European Union (EU data centre) |
| FleetCare Services Ltd | Collecting, charging and repairing scooters | Ireland |
| Our insurer, Hibernia Mutual Insurance DAC | Handling accident and liability claims | Ireland |

We also share:

- anonymised or aggregated trip data (start and end zones, times, distances) with the city authorities that license our service, as required by our permits; individual riders are not identified in these reports;
- information with the police or a court when the law requires us to, for example after a serious accident;
- information with a buyer or successor if Glydr sells or merges its business, in which case we will tell you beforehand.

You can read how our main processors protect data in their own notices: [Stripe privacy policy](https://stripe.com/ie/privacy), [Zendesk privacy policy](https://www.zendesk.com/company/agreements-and-terms/privacy-notice/) and [Braze privacy policy](https://www.braze.com/company/legal/privacy).

We do not sell your personal data and we do not share it with advertisers.

## 4. International transfers

Your data is stored and processed in the European Union. Where a processor's parent company is established outside the EU, its access is governed by the European Commission's Standard Contractual Clauses and additional security measures.

## 5. How long we keep your data

- Account data: for as long as your account is open, then 12 months after closure.
- Ride and payment records: 6 years after the ride, to meet our accounting and tax obligations.
- Precise route data: 90 days after the ride, after which only the start and end zone are kept.
- Parking photos: 60 days, or until any parking dispute is settled.
- Support conversations: 2 years after the ticket is closed.
- Incident files: 6 years after the file is closed, or longer if legal proceedings are under way.
- Marketing preferences: until you withdraw your consent.

## 6. Your rights

You have the right to access your data, to have it corrected or erased, to restrict or object to its use, to data portability and to withdraw your consent at any time without affecting earlier processing. To exercise a right, write to privacy@glydr.ie or use the "Privacy" topic in the app. We will answer within one month. We may ask you to confirm a request from the e-mail address linked to your account; we do not ask for a copy of an identity document unless we cannot otherwise be sure that the request comes from you.

You can also complain to the Data Protection Commission in Ireland ([www.dataprotection.ie](https://www.dataprotection.ie)) or to the supervisory authority of the country where you live.

## 7. Security

We encrypt data in transit and at rest, limit access to staff who need it and test our systems regularly. Scooters send their position to our platform over an encrypted connection.

## 8. Changes to this notice

If we make important changes we will tell you by e-mail and in the app at least one month before they take effect. The date at the top shows when this notice was last changed.
"""

EN_RAILBOOK = """# Platform Nine privacy policy

Last updated: 2 February 2026

Platform Nine Tickets Ltd ("Platform Nine", "we") runs the Platform Nine app and website, where you can search for train journeys across the UK and Europe, buy tickets and railcards, and receive live journey updates. This policy explains what personal data we process, why, and the choices you have. We are registered in England and Wales (company number 11873342), 40 Eversholt Street, London NW1 1DN, and we are the controller of the data described here.

Our Data Protection Officer can be reached at dpo@platformnine.co.uk.

## What we collect

**Information you give us**

- Your name, e-mail address, phone number and password when you create an account.
- The names and dates of birth of the passengers you book for, where the ticket or railcard requires it (for example, for child fares, young person's railcards or international tickets that show the passenger's name).
- Railcard numbers and expiry dates you store in your account.
- Your billing address and payment card details (processed by our payment provider, see below).
- Messages you send our customer care team and any refund or compensation claims you submit.

**Information created when you use the service**

- Your searches, the journeys you book and the tickets you hold.
- Delay Repay and compensation claims we file on your behalf, if you switch on automatic claims.
- Your device identifiers, IP address, app version and crash logs.
- Your approximate location, if you allow it, to show nearby stations.

**Information we receive from others**

- Train operators tell us when a ticket has been used, refunded or changed at a station, and when your journey was disrupted.
- Our payment provider tells us whether a payment succeeded and flags payments it considers fraudulent.

## Why we use it

We use your data:

1. to sell you tickets and railcards, deliver them as e-tickets or for collection, and give you refunds (contract);
2. to send you journey alerts about platform changes, delays and cancellations for the trips you have booked (contract);
3. to claim delay compensation on your behalf when you have asked us to (contract);
4. to detect and prevent fraud, including the resale of discounted tickets in breach of the fare rules (legitimate interests);
5. to improve our search results and app performance using analytics about how the app is used (legitimate interests);
6. to suggest journeys and offers based on the routes you book most often, shown in the app and in our e-mails (legitimate interests; you can object at any time, see below);
7. to send marketing e-mails about fares and promotions, if you have agreed (consent);
8. to keep the records required by law, such as accounting and tax records (legal obligation).

## Who receives your data

When you buy a ticket, the train operator that runs your journey and the Rail Settlement Plan receive the booking details they need to issue the ticket, check it on the train and share the revenue among operators. For international journeys, the foreign rail company receives the passenger names shown on the ticket.

We also use service providers who act on our instructions:

| Provider | Service | Location |
|---|---|---|
| Adyen N.V. | Payment processing and fraud screening | Netherlands |
| Google Cloud EMEA Ltd | Hosting and databases | United Kingdom and Belgium |
| Salesforce UK Ltd (Marketing Cloud) | E-mails and push notifications | United Kingdom |
| Sitel UK Ltd | Customer care agents | United Kingdom |
| Mixpanel, Inc. | In-app analytics | United States (UK International Data Transfer Agreement) |

We may disclose data to the British Transport Police or other authorities when required by law or to investigate fraud.

We will never sell your personal data.

## International transfers

Some of our providers process data outside the UK, as shown in the table above. When this happens we rely on an adequacy decision or on the UK International Data Transfer Agreement, and we check that the provider applies appropriate security measures.

## How long we keep it

We keep your account for as long as you use it. If you do not sign in for 3 years we will warn you by e-mail and then close the account. Booking and payment records are kept for 7 years to meet tax rules. Customer care messages are kept for 3 years. Analytics data is kept in identifiable form for 14 months and then aggregated.

## Your choices and rights

You can:

- change your marketing preferences at any time in Settings > Notifications, or by clicking "unsubscribe" in any e-mail;
- turn off location access in your phone settings;
- ask us to stop using your booking history for suggestions, by writing to dpo@platformnine.co.uk.

Under data protection law you can also ask for a copy of your data, ask us to correct or delete it, restrict or object to how we use it, or ask us to send it to another company. Send your request to dpo@platformnine.co.uk or use the form at platformnine.co.uk/privacy-request. We will respond within one month of receiving your request. If we need more time for a complex request we will tell you within that month and explain why.

If you are unhappy with how we handled your data, you can complain to the Information Commissioner's Office at [ico.org.uk](https://ico.org.uk/make-a-complaint/).

## Automatic delay compensation

If you switch on "Auto Delay Repay" in the app, we check each booked journey against the operators' running data after you travel. When a train was late enough to qualify, we submit the claim to the train operator in your name, using your ticket details and the bank account or card you chose for refunds. You can switch the feature off at any time; claims already submitted will still be processed by the operator.

## Cookies and similar technologies

Our website uses cookies that are needed for it to work (for example to keep your basket and sign you in) and, if you agree, cookies for analytics. You can change your choice at any time via "Cookie settings" at the bottom of each page. Details are in our [cookie policy](https://www.platformnine.co.uk/cookies).

## Children

Our accounts are for people aged 16 and over. Adults can book tickets for children, in which case we process the child's name and age only as needed for the ticket.

## Security

Payment data is handled by Adyen to PCI DSS standards. Your account is protected by your password and, if you switch it on, two-step verification. We never ask for your password by e-mail or phone.

## Changes

When we make significant changes to this policy we will e-mail account holders and show a notice in the app before the changes take effect.
"""

EN_CRUISE = """# Privacy Policy

Meridian Star Cruises plc

Effective date: 1 April 2026

Meridian Star Cruises plc, Ocean Gate, Western Docks, Southampton SO15 1AA, United Kingdom ("Meridian Star", "we") respects your privacy. This policy applies to personal information we collect when you book a cruise with us directly or through a travel agent, when you sail with us, and when you use our website or the Meridian Star onboard app.

## Information we collect

**Booking information.** Names, dates of birth, nationality, passport or identity card details, home address, e-mail address, phone number and emergency contact of every guest in the booking, together with the cruise, cabin, dining preferences and any special requests.

**Guest services information.** Accessibility and mobility needs, dietary requirements and allergies you tell us about so that we can look after you on board.

**Onboard information.** Your cruise card is linked to your cabin account. We record purchases made on board, shore excursions booked, spa appointments, and when you board and leave the ship at each port. For security reasons, a photograph is taken of each guest at embarkation and is displayed to gangway staff when the cruise card is scanned.

**CCTV.** Public areas of our ships and terminals are monitored by CCTV for the safety of guests and crew.

**Website and app information.** IP address, device information and pages visited. Our cookie policy describes the cookies we use.

## How we use your information

- To make and manage your booking, take payment and issue travel documents.
- To comply with immigration, customs and port security rules, which require us to send guest manifests, including passport details, to the authorities of the countries we visit before we arrive.
- To provide the services you ask for on board, including dining, excursions and spa appointments.
- To keep guests and crew safe, including CCTV and embarkation photographs.
- To send you information about future cruises, if you have agreed to receive it.
- To handle complaints, claims and legal proceedings.

## Sharing your information

We share information with:

- port agents and the authorities of the countries on your itinerary, as required by law;
- excursion operators, for the excursions you book;
- your travel agent, if you booked through one;
- our IT, payment and communications providers, under contract;
- our insurers and legal advisers, where there is a claim.

Because our cruises visit ports outside the United Kingdom and the European Economic Area, some information must be sent to countries that may not offer the same level of protection. We only send what the authorities or local providers need for your voyage.

## How long we keep information

Booking and onboard account records are kept for 7 years after your cruise. Embarkation photographs are deleted at the end of each cruise. CCTV footage is kept for 30 days unless it is needed to investigate an incident.

## Your rights

You may ask for access to your information, and ask us to correct, erase or restrict it, to object to its use, or to transfer it. You may withdraw consent to marketing at any time. Contact our Data Protection Officer at dataprotection@meridianstar.co.uk or by post at the address above. You also have the right to complain to the Information Commissioner's Office.

## Changes to this policy

We will notify guests with upcoming bookings of any significant changes to this policy by e-mail.
"""

EN_EVCHARGE = """# VoltWay privacy statement

Version 4.2, 15 January 2026

VoltWay Charging B.V. operates a public network of fast chargers for electric vehicles in the Netherlands, Belgium, Germany and Ireland, and the VoltWay app and charge cards. VoltWay Charging B.V., Stationsplein 45, 3511 ED Utrecht, the Netherlands, is responsible for the processing of your personal data described in this statement.

## What data we process

**Account holders.** If you create a VoltWay account or order a charge card, we process your name, e-mail address, billing address, phone number, payment method, the charge card number (RFID identifier) and, if you choose to enter it, your vehicle make and model so we can show compatible chargers.

**Charging sessions.** For every charging session we record the charger and connector used, the start and end time, the energy delivered (kWh), the price and the identifier used to start the session (charge card, app or contactless bank card). When you pay by contactless bank card at the charger, we receive only a payment reference and the last four digits of the card from our payment provider.

**App use.** If you allow it, the app uses your location to show nearby chargers and route planning. The app also records crash reports and technical logs.

**Roaming.** If you charge at our stations with a charge card from another provider (for example your car maker's card), we receive the card identifier and session data so we can bill that provider. We do not receive your name from the other provider.

## Purposes

We use this data to provide charging, to invoice and collect payment, to handle roaming settlement with other charging providers, to answer support requests, to monitor and maintain the network, and to meet our legal obligations (for example accounting and tax). With your consent, we send you news and offers by e-mail. We use anonymised session statistics to decide where to build new chargers.

## Recipients

We work with processors who host our systems (Microsoft Azure, data centres in the Netherlands and Ireland), process payments (Adyen N.V.), run our customer service (VoltWay's own team in Utrecht) and provide the roaming platform that connects charging networks (Hubject GmbH, Berlin). Processors only act on our instructions.

## Where your data is stored

Charging session data and account data are stored in Microsoft Azure data centres in the Netherlands and Ireland.

## Retention

Account data is kept while your account is active and deleted 24 months after your last charging session. Charging session and invoice data are kept for 7 years because of Dutch tax law. Technical logs are deleted after 30 days.

## Your rights

You have the right to access, rectify or erase your data, to restrict processing, to object and to data portability. You can withdraw consent to marketing at any time via the link in each e-mail. To use your rights, send an e-mail to privacy@voltway.eu or write to VoltWay Charging B.V., attn. Privacy, Stationsplein 45, 3511 ED Utrecht. We respond within one month. You may lodge a complaint with the Autoriteit Persoonsgegevens or with the supervisory authority in your country.

## Changes

We publish every new version of this statement on this page with a new version number. Account holders are informed by e-mail of important changes.
"""
EN_TELEMATICS = """# Steadyhand Drive: Privacy Notice

Last reviewed: March 2026

Steadyhand Insurance Services Limited ("Steadyhand", "we", "our") provides car insurance policies with the Steadyhand Drive app, which scores how you drive and rewards careful driving with a lower premium. We are the data controller for the personal data described in this notice. Our registered office is 3 Colmore Circus, Birmingham B4 6AT, United Kingdom (company number 09871234). Steadyhand Insurance Services Limited is authorised and regulated by the Financial Conduct Authority.

Your policy is underwritten by Castlegate Underwriting Limited, which is a separate controller for the data it uses to decide whether to insure you and to handle claims. Castlegate's privacy notice is available at [castlegate-uw.co.uk/privacy](https://www.castlegate-uw.co.uk/privacy).

## 1. Who this notice covers

This notice covers policyholders, named drivers on a policy, and people who request a quote. If you give us information about another person (for example a named driver), please make sure they have seen this notice.

## 2. The information we collect

### 2.1 When you ask for a quote or buy a policy

- Name, address, date of birth, e-mail address and phone number of the policyholder and each named driver.
- Driving licence number, licence type, the date you passed your test, and any driving convictions, penalty points and previous claims.
- Details of the vehicle: registration number, make and model, value, modifications, where it is kept overnight and annual mileage.
- Occupation and marital status, which insurers use to price risk.
- Payment details and, if you pay monthly, the information needed for the credit agreement.

### 2.2 When you use the Steadyhand Drive app

The app must be installed on the phone of every driver on the policy. While you drive, it uses your phone's sensors to record:

- GPS location, speed and the time of each trip;
- acceleration, braking and cornering forces measured by the phone's accelerometer and gyroscope;
- whether the phone was being handled (picked up or unlocked) while the vehicle was moving;
- the type of road and the speed limit that applied, which we look up from map data.

The app starts recording automatically when it detects a car journey and stops when the journey ends. You can mark a trip as one where you were a passenger, and it will then not count towards your score. The app does not record sound or images, and it does not read your messages or contacts.

### 2.3 When you make a claim

Details of the incident, the other people and vehicles involved, witnesses, photographs, repair estimates, medical information where someone is injured, and the trip data recorded around the time of the incident.

### 2.4 From third parties

We check the information you give us against industry databases, including the Claims and Underwriting Exchange (CUE), the Motor Insurance Database (MID), the DVLA driving licence data service and credit reference agencies.

## 3. How we use your information

| What we do | Why we are allowed to do it |
|---|---|
| Give you a quote and set up your policy | Necessary to enter into and perform the insurance contract |
| Calculate your driving score from trip data and show it in the app | Necessary to perform the contract |
| Apply your driving score discount at renewal | Necessary to perform the contract |
| Handle claims, including using trip data to understand what happened | Necessary to perform the contract; legitimate interests in handling claims fairly |
| Prevent and detect fraud | Legitimate interests; legal obligations |
| Meet regulatory requirements, including FCA rules and anti-money-laundering checks | Legal obligation |
| Send you tips about safer driving based on your trips | Legitimate interests (you can turn these off in the app) |
| Send you offers for other insurance products | Consent |
| Improve our scoring model using pseudonymised trip data | Legitimate interests |

Where we process information about criminal convictions or health (for example after an injury), we do so because it is necessary for insurance purposes, as allowed by the Data Protection Act 2018.

## 4. Your driving score

Your score is between 0 and 100 and is calculated from the smoothness of your acceleration and braking, your speed compared with the limit, the time of day you drive, and phone handling while driving. Each trip's contribution is shown in the app so you can see how your score changes.

At renewal, a score of 70 or more gives you a discount of up to 30% on the renewal premium. We will never use your driving score to increase your premium: the score can only lower the price you pay. The discount is calculated automatically from your score. If you think your score is wrong, for example because trips were recorded when you were not driving, you can ask us to review it by contacting drive@steadyhand.co.uk, and a member of our team will look at your trips.

## 5. Who we share information with

- Castlegate Underwriting Limited, the insurer of your policy.
- Other insurers and the Motor Insurers' Bureau, when dealing with a claim involving another vehicle.
- Industry fraud-prevention databases such as CUE and the Insurance Fraud Register.
- Repairers, engineers, solicitors and loss adjusters we appoint to handle claims.
- The police and regulators, when required by law.
- Our service providers: [Cambridge Mobile Telematics](https://www.cmtelematics.com/privacy-policy/), which provides the trip-recording technology in the app; Microsoft Ireland Operations Ltd, which hosts our systems; and Twilio Ireland Ltd, which sends our text messages.

Trip data sent to Cambridge Mobile Telematics is processed in the United States. This transfer is made under the UK International Data Transfer Addendum to the European Commission's Standard Contractual Clauses.

We do not sell your information, and we do not share your trip data with other companies for their own marketing.

## 6. How long we keep information

| Information | How long |
|---|---|
| Quotes that do not become a policy | 15 months |
| Policy and payment records | 7 years after the policy ends |
| Raw trip data (GPS points and sensor readings) | 12 months after the trip |
| Trip summaries and driving scores | 3 years after the policy ends |
| Claims files | 7 years after the claim is settled, longer for injury claims involving children |

## 7. Your rights

You have the right to ask for a copy of your information, to correct it, to ask us to delete it, to restrict or object to how we use it, to ask for a copy in a portable format, and to withdraw consent for marketing at any time. Because the app is a condition of the policy, deleting your trip data or the app before the policy ends may mean the policy is cancelled under its terms.

To make a request, e-mail privacy@steadyhand.co.uk or write to the Data Protection Officer at our registered office. We will reply within one month. There is no fee.

If you are not happy with our response, you can complain to the Information Commissioner's Office (ico.org.uk, 0303 123 1113).

## 8. Changes to this notice

We review this notice every year. If we change how we use your trip data we will tell you in the app and by e-mail before the change applies.
"""

EN_ELECTRO = """# Cookie Policy

**Circuitry Direct Ltd** · Unit 7, Enterprise Park, Reading RG2 0QE · company number 06123459

This Cookie Policy explains how Circuitry Direct ("we", "us") uses cookies and similar technologies on circuitrydirect.co.uk and in our mobile app, what they do, and how you can control them. It should be read together with our [Privacy Policy](https://www.circuitrydirect.co.uk/privacy).

Last updated: 9 June 2026

## What are cookies?

Cookies are small text files stored on your device when you visit a website. Similar technologies include pixels (tiny images that tell a server a page was loaded), local storage in your browser, and software development kits (SDKs) in mobile apps. In this policy we call all of them "cookies".

Cookies set by us are "first-party" cookies. Cookies set by another company through our site are "third-party" cookies; that company may also use the information for its own purposes, as described in its own privacy policy.

## How we ask for your consent

When you first visit our site, a banner lets you accept all cookies, reject all non-essential cookies, or choose by category. Strictly necessary cookies are always on, because the site cannot work without them. All other categories are off until you switch them on. You can change your choice at any time by clicking "Cookie settings" at the bottom of every page. We keep your choice for 6 months and then ask you again.

## The cookies we use

### Strictly necessary

These cookies let you add products to your basket, check out securely, sign in and remember your cookie choices. They do not require consent.

| Cookie | Set by | Purpose | Lifetime |
|---|---|---|---|
| cd_session | Circuitry Direct | Keeps you signed in and keeps your basket during your visit | Session |
| cd_basket | Circuitry Direct | Remembers the items in your basket if you leave and come back | 30 days |
| cd_consent | Circuitry Direct | Stores your cookie choices | 6 months |
| __cf_bm | Cloudflare | Distinguishes people from bots to protect the site against attacks | 30 minutes |
| adyen-device | Adyen | Fraud check during card payment | Session |

### Functional

These cookies remember your preferences, such as the delivery postcode you entered to check stock at your nearest store, and your recently viewed products.

| Cookie | Set by | Purpose | Lifetime |
|---|---|---|---|
| cd_postcode | Circuitry Direct | Remembers your postcode for delivery estimates and store stock | 90 days |
| cd_recent | Circuitry Direct | Shows your recently viewed products | 30 days |
| lc_visitor | LiveChat | Keeps your chat with our product experts open across pages | 12 months |

### Analytics

These cookies tell us how visitors use our site (which pages are visited, how long people stay, where they leave) so we can improve it. We use them only if you agree.

| Cookie | Set by | Purpose | Lifetime |
|---|---|---|---|
| _ga | Google Analytics | Distinguishes visitors to count visits | 13 months |
| _ga_<container-id> | Google Analytics | Keeps the state of the session | 13 months |
| _hjSessionUser_<site-id> | Hotjar | Identifies a visitor across sessions to build heatmaps and session recordings | 12 months |
| _hjSession_<site-id> | Hotjar | Holds the current session data | 30 minutes |

Hotjar recordings mask everything you type in form fields, so your name, address and card details are never recorded.

### Advertising

With your consent, these cookies let us and our advertising partners show you adverts for our products on other websites and social media, and measure whether our campaigns work.

| Cookie | Set by | Purpose | Lifetime |
|---|---|---|---|
| _gcl_au | Google Ads | Measures conversions from our Google adverts | 90 days |
| IDE | Google (DoubleClick) | Shows relevant Circuitry Direct adverts on other sites | 13 months |
| _fbp | Meta | Measures and targets our adverts on Facebook and Instagram | 90 days |

Our advertising partners are Google Ireland Ltd and Meta Platforms Ireland Ltd. You can read how they use data in [Google's advertising policy](https://policies.google.com/technologies/ads) and [Meta's cookie policy](https://www.facebook.com/policies/cookies/).

## Cookies in our app

Our app uses the Firebase SDK (Google) for crash reports, which is necessary to keep the app working, and, if you agree in the app's privacy settings, the Google Analytics for Firebase SDK for usage statistics. The app does not use advertising SDKs.

## How to control cookies

- Use "Cookie settings" at the bottom of any page to change your choices.
- Most browsers let you block or delete cookies; see your browser's help pages ([Chrome](https://support.google.com/chrome/answer/95647), [Firefox](https://support.mozilla.org/kb/clear-cookies-and-site-data-firefox), [Safari](https://support.apple.com/guide/safari/manage-cookies-sfri11471/mac), [Edge](https://support.microsoft.com/microsoft-edge)).
- To opt out of Google Analytics on all websites you can install the [Google Analytics opt-out browser add-on](https://tools.google.com/dlpage/gaoptout).

If you block strictly necessary cookies, parts of the site such as the basket and checkout will not work.

## Contact

Questions about this policy can be sent to privacy@circuitrydirect.co.uk or by post to our Data Protection Officer at the address above.
"""

EN_SPORTS = """# Privacy Policy

## Peak & Pitch Sports

Peak & Pitch Sports Limited sells sports equipment, clothing and footwear online at peakandpitch.com and in 34 stores across England and Wales. We run the Peak & Pitch Club loyalty scheme. This policy explains how we use your personal information. Peak & Pitch Sports Limited (company number 04455120), Meadowhall Way, Sheffield S9 1EP, is the controller.

Last updated 20 January 2026.

### What information we collect

We collect the information you give us when you shop online, join the Club, book a service (such as bike servicing, ski boot fitting or racket stringing) or contact us: your name, postal address, e-mail address, phone number, your order history and your payment details. For Club members we also record your purchases in store when you scan your Club card, your favourite sports if you choose to tell us, and your date of birth so we can send you a birthday voucher.

When you use our website we collect your IP address, browser type and information on how you use the site through cookies, as set out in our Cookie Policy.

For gait analysis in our running stores, we film your feet and lower legs on a treadmill to recommend the right shoe. The recording is shown to you during the session and is deleted immediately after it.

### How we use it

We use your information to:

* process and deliver your orders, and handle returns and refunds;
* provide the services you book, such as bike servicing;
* run the Club, give you points and send you vouchers;
* send you marketing e-mails and text messages if you have opted in;
* personalise the offers we send Club members, based on what they buy and the sports they choose;
* prevent fraud and keep our website secure;
* comply with our legal obligations, for example keeping tax records.

We rely on our contract with you for orders and services, on your consent for marketing, and on our legitimate interests for personalising offers, fraud prevention and improving our services.

### Who we share it with

We share your information with delivery companies (Royal Mail, DPD and Evri) so they can deliver your orders, with our payment providers (Worldpay and PayPal) to take payment, with our IT and e-mail providers who host our systems and send our e-mails, and with the brand or repair centre when you return a faulty product under warranty. We do not share your information with other companies for their own marketing.

### How long we keep it

We keep your order information for 6 years for tax and warranty purposes. If you are a Club member and you do not buy anything for 3 years, we close your membership and delete your Club profile. Marketing preferences are kept until you change them.

### Your rights

You can ask us for a copy of your information, ask us to correct or delete it, object to how we use it (including for personalised offers), or ask us to stop sending marketing at any time. E-mail dataprotection@peakandpitch.com or write to the Data Protection Team at our Sheffield address. You can also complain to the Information Commissioner's Office at ico.org.uk.

### Changes

We will post any changes on this page and, if they are significant, tell Club members by e-mail.
"""
EN_COSMETICS = """# Lumen & Lily Privacy Notice

Updated: 4 March 2026

Lumen & Lily Beauty Ltd ("Lumen & Lily", "we") sells skincare, make-up and fragrance at lumenandlily.com and through the Lumen & Lily app, and runs the Glow Club loyalty programme. We are registered in England (company number 12093377) at 88 Wardour Street, London W1F 0TF, and we are the controller of your personal data.

## Information we collect

- **Account details:** name, e-mail address, password, phone number (optional) and delivery addresses.
- **Orders:** the products you buy, returns, and payment confirmations from our payment provider (we do not store card numbers).
- **Glow Club:** your points balance, rewards redeemed, your tier, your birthday month and the beauty preferences you choose to share in your Beauty Profile (skin type, skin concerns, preferred finishes and scents).
- **App data:** device type, app version, push notification token and crash logs.
- **Reviews:** the reviews and star ratings you publish, with the display name you choose.
- **Customer care:** your messages, call notes and chat transcripts.

We do not ask for, and do not want you to share, information about your health. If you mention an allergic reaction when contacting customer care, we use it only to deal with your complaint and report the product issue to our safety team.

## How we use your information

| Purpose | Legal basis |
|---|---|
| Taking and delivering orders, returns and refunds | Contract |
| Running the Glow Club, awarding points and rewards | Contract |
| Recommending products in the app and on the website based on your Beauty Profile and purchases | Legitimate interests |
| Sending personalised offers by e-mail and push notification | Consent |
| Publishing your reviews | Consent |
| Answering customer care enquiries and product safety reports | Legitimate interests; legal obligation for safety reports |
| Preventing fraud and abuse of promotions | Legitimate interests |

Personalised offers are optional: you can switch them off at any time in the app under Profile > Preferences, and you will still earn and spend points as before.

## Sharing

We use trusted service providers: Shopify (online store and hosting), Klaviyo (e-mail and push messages), Yotpo (reviews and loyalty platform), Gorgias (customer care inbox), Adyen (payments) and DHL Parcel UK (deliveries). They process data only on our instructions. Some of these providers are based in the United States or Canada; where your data is transferred outside the UK, we use the UK International Data Transfer Agreement or rely on adequacy regulations.

We never sell your personal information.

## Retention

Account and Glow Club data are kept while your account is open. If you have not logged in or purchased for 24 months, we delete your account and points after warning you by e-mail. Order records are kept for 6 years. Chat transcripts are kept for 18 months.

## Your rights

You can access, correct, delete or download your data, object to processing based on legitimate interests and withdraw your consent at any time. E-mail privacy@lumenandlily.com. You may complain to the Information Commissioner's Office.

## Changes to this notice

We will let you know about important changes by e-mail or in the app.
"""

EN_THEMEPARK = """# Thunder Valley Privacy Policy

Thunder Valley Resorts Ltd operates Thunder Valley Adventure Park and the Thunder Valley Lodge Hotel, Valley Road, Tamworth B78 3QT. This policy explains how we use personal information about visitors, ticket buyers and Season Pass holders. We are the controller. You can contact us at privacy@thundervalley.co.uk.

Last updated: 27 February 2026

## Tickets and Season Passes

When you buy day tickets online we collect the lead booker's name, e-mail address, postcode and payment details, and the number and ages of visitors in the group (ages determine ticket prices and height or age restrictions on rides).

Season Pass holders give us their name, date of birth, address and a photograph, which we print on the pass. At the entrance, staff compare the photograph with the pass holder to prevent passes being shared. The photograph is kept for as long as the pass is valid and deleted 3 months after it expires.

## In the park

**Ride photos.** Cameras on some rides take photos of riders. You can view your photos at the photo kiosks or in the app by scanning your ticket. Photos that are not bought are kept for 30 days so you can buy them after your visit, and then deleted.

**Cashless wristbands.** If you choose a cashless wristband, we link it to a payment card and record purchases made with it during your stay.

**CCTV.** We use CCTV throughout the park and hotel for safety and security. Footage is kept for 31 days unless needed for an investigation.

**First aid.** If you need first aid, our staff record what happened and the treatment given. We keep these records for 3 years, or until a child reaches 21, because of insurance and health and safety rules.

## Marketing

We send news and offers by e-mail only if you opt in. Season Pass holders receive service e-mails about the park opening calendar and pass-holder events; you can unsubscribe from these at any time.

## Who sees your information

We share information with our ticketing platform (Accesso), our payment provider (Worldpay), our ride photo provider (Picsolve), our e-mail provider, and the emergency services or police when needed. We do not sell your information.

## Your rights

You can ask for a copy of your information, ask us to correct it or delete it, object to its use, and withdraw consent to marketing at any time. Contact privacy@thundervalley.co.uk. If you are not satisfied, you may complain to the Information Commissioner's Office.
"""

EN_FESTIVAL = """# Saltmarsh Sound privacy notice

Saltmarsh Sound Festival is organised by Saltmarsh Events CIC, Harbour Studios, Quay Street, Aldeburgh IP15 5AA (company number 10234871). We are the controller of the personal data described below. Tickets are sold through our ticketing partner Ticketsphere Ltd.

Updated 10 January 2026

## What we collect and why

**Ticket buyers.** Ticketsphere collects your name, e-mail address, phone number, postcode and payment details when you buy a ticket, and passes us your name, e-mail, postcode and ticket type so that we can send you festival information, check tickets at the gate and plan transport and parking. Each ticket carries the name of the attendee; we ask for ID at the gate to check it matches the name on the ticket, but we do not copy or keep your ID.

**Wristbands.** Your wristband contains a chip used for entry and cashless payments at bars and food stalls. If you top up your wristband online, we record your top-ups and what you spend, so that we can refund any unused balance after the festival.

**Accessibility.** If you apply for an accessible ticket or a carer's ticket, we ask for evidence of your access needs. We use it only to assess your application and to provide the support you need on site, and we delete it 3 months after the festival.

**Volunteers and traders.** If you volunteer or trade at the festival, we collect your contact details, emergency contact and, for volunteers in certain roles, details of a DBS check.

**Photography.** Our photographers take crowd photos and video for our website and social media. If you would prefer not to be photographed, speak to a photographer or contact us and we will not use images in which you can be identified.

## Sharing

We share data with Ticketsphere Ltd (ticketing), our cashless payments provider, our security and medical contractors when needed to deal with an incident, and the police or local authority where the law requires it. We do not sell data.

## Keeping your data

We keep ticket buyer data for 2 years after the festival, wristband spending data for 12 months after the festival, and volunteer records for 3 years.

## Your rights

You can ask for access to your data, and ask us to correct, delete or restrict it, object to its use or receive it in a portable format. You can unsubscribe from our e-mails at any time. To make a request, e-mail hello@saltmarshsound.org.uk. We do not charge for requests. You can complain to the Information Commissioner's Office if you are unhappy with how we have handled your data.
"""

EN_HANDMADE = """# Makersbench Privacy Policy

**Effective: 16 April 2026**

Makersbench is an online marketplace where independent makers sell handmade and vintage goods to buyers across Europe. This Privacy Policy explains how Makersbench Marketplace Ltd handles personal data about buyers, sellers and visitors.

## 1. Who we are

Makersbench Marketplace Ltd, 5th Floor, 1 Windmill Lane, Dublin 2, D02 F206, Ireland, is the controller of your personal data. Our Data Protection Officer can be contacted at dpo@makersbench.com.

Sellers on Makersbench are independent businesses or individuals. When you buy from a seller, the seller receives your details to fulfil your order and is a separate controller for that data. Sellers must follow our [Seller Data Rules](https://www.makersbench.com/legal/seller-data-rules).

## 2. Information we collect

### 2.1 From buyers
- Account information: name, username, e-mail address, password and, optionally, a profile photo.
- Orders: items bought, delivery address, messages to sellers, reviews and photos you post with reviews.
- Payment information: handled by our payment providers; we receive the payment status and a partial card number.
- Favourites, searches and items you view, so that we can show you relevant items.

### 2.2 From sellers
- Shop information: shop name, logo, description, listings and policies.
- Identity and tax information required by law for payouts and by the EU DAC7 directive: legal name, date of birth, address, tax identification number, VAT number if any, and bank account details.
- Sales, payouts, fees and tax reports.

### 2.3 From everyone
- Device and log data: IP address, browser, operating system, pages visited and the date and time of visits.
- Cookies and similar technologies, as described in our [Cookie Policy](https://www.makersbench.com/legal/cookies).
- Messages you send to our support team.

## 3. How we use information

We use personal data to:

- run the marketplace: create accounts, list items, process orders and payments, and pay sellers (contract);
- let buyers and sellers message each other about orders (contract);
- show search results and recommendations based on your activity on Makersbench (legitimate interests);
- keep the marketplace safe by detecting fraud, fake accounts, counterfeit items and prohibited listings (legitimate interests; legal obligations under the Digital Services Act);
- verify sellers and report seller income to tax authorities under DAC7 (legal obligation);
- send buyers and sellers service messages about orders, payouts and policy changes (contract);
- send marketing e-mails about featured makers and seasonal collections (consent, which you can withdraw at any time);
- understand how the site is used and improve it (legitimate interests).

### Messages between buyers and sellers

Messages sent through Makersbench are stored on our systems. We scan messages automatically for links to phishing sites and for attempts to take payments off the platform, which breach our terms. Our Trust & Safety team may read a conversation if one of the participants reports it or if the automated scan flags it. We do not use the content of messages for advertising.

### Seller addresses and buyer addresses

When you buy an item, the seller sees your name, delivery address and the message you added to the order, so they can send the item. Sellers may only use this information to fulfil and support your order.

## 4. Sharing personal data

We share data with:

| Recipient | Purpose | Location |
|---|---|---|
| Sellers (for your orders) | Fulfilling and supporting orders | Mainly EU and UK |
| Adyen N.V. | Card payments and seller payouts | Netherlands |
| PayPal (Europe) S.à r.l. | PayPal payments | Luxembourg |
| Amazon Web Services EMEA SARL | Hosting | Ireland, Germany |
| Freshworks Inc. | Customer support tickets | EU data centre (Germany) |
| Sendcloud B.V. | Shipping labels for sellers who use it | Netherlands |
| Irish Revenue Commissioners | DAC7 reporting of seller income | Ireland |

We may also disclose information to law enforcement when the law requires it, to protect people from harm, or in connection with a sale or reorganisation of our business.

We do not sell personal data.

## 5. International transfers

Our main systems are hosted in the European Union. When a seller is based outside the EU (for example in the United Kingdom or Switzerland), your order details are sent to that seller to fulfil your order, which is necessary for the performance of the contract. The United Kingdom and Switzerland benefit from EU adequacy decisions.

## 6. Retention

- Accounts: while your account is open. When you close your account we delete or anonymise your profile within 30 days, except what we must keep by law.
- Orders and transactions: 7 years after the transaction, for accounting purposes.
- Seller verification and DAC7 data: 10 years after the end of the reporting period, as required by law.
- Messages: 3 years after the last message in the conversation.
- Log data: 12 months.

## 7. Your rights

You can access, correct and delete your personal data, object to processing based on legitimate interests, restrict processing, receive your data in a portable format, and withdraw consent at any time. Most account data can be edited directly in your account settings. For anything else, contact dpo@makersbench.com. We will reply within one month. You can complain to the Data Protection Commission ([dataprotection.ie](https://www.dataprotection.ie)) or to the authority in the EU country where you live.

## 8. Security

We protect personal data with encryption in transit and at rest, access controls based on each employee's role, and regular security testing by independent specialists. Sellers never receive buyers' payment details. If we become aware of a personal data breach that is likely to put you at risk, we will tell you without undue delay.

## 9. Your choices

- **Recommendations:** you can turn off recommendations based on your activity under Settings > Privacy. You will then see the same featured items as visitors who are not signed in.
- **E-mails:** you can unsubscribe from marketing e-mails with the link at the bottom of each e-mail or under Settings > Notifications. Service messages about your orders and account cannot be switched off while your account is open.
- **Cookies:** you can change your cookie choices at any time via "Cookie settings" in the footer.

## 10. Children

Makersbench is not intended for anyone under 18. Sellers must be at least 18 years old.

## 11. Changes

We will notify you by e-mail and on the site at least 30 days before any material change to this policy takes effect.
"""

EN_FLASHSALE = """# DealDrop cookie notice

Last updated: 18 August 2026

DealDrop SAS (Paris, France) runs dealdrop.eu, a members-only site with time-limited sales on fashion, home and travel. This notice explains which cookies we use on dealdrop.eu and why.

## Essential cookies

These cookies are needed to sign in, keep items in your basket while a sale is open, take payment and remember your cookie choices. They are always active.

| Name | Provider | Purpose | Duration |
|---|---|---|---|
| dd_sid | DealDrop | Session and sign-in | Session |
| dd_cart | DealDrop | Holds your basket for the 20 minutes a reservation lasts | 20 minutes |
| dd_consent | DealDrop | Your cookie choices | 6 months |
| checkout_csrf | DealDrop | Protects the checkout against forged requests | Session |

## Audience measurement

With your consent, we measure which sales are opened, how members move between pages and where they leave, to schedule sales and improve the site.

| Name | Provider | Purpose | Duration |
|---|---|---|---|
| _pk_id | Matomo (self-hosted) | Distinguishes visitors | 6 months |
| _pk_ses | Matomo (self-hosted) | Groups pages into a visit | 30 minutes |
| amp_device | Amplitude | Counts devices and sessions for product analytics | 6 months |

## Advertising

With your consent, these cookies let us measure which adverts brought new members and show DealDrop adverts on other sites.

| Name | Provider | Purpose | Duration |
|---|---|---|---|
| _fbp | Meta | Measures and targets DealDrop adverts | 3 months |
| _gcl_au | Google | Measures conversions from Google adverts | 3 months |
| cto_bundle | Criteo | Shows DealDrop adverts based on sales you viewed | 13 months |

## Your choices

Non-essential cookies are set only after you click "Accept" or switch on a category in "Customise". "Reject all" on the first screen refuses all of them. You can change your choices at any time using the "Cookies" link in the footer. We ask you again after 6 months.

## Contact

privacy@dealdrop.eu
"""
EN_COMPARE = """# PriceHound cookie policy

PriceHound Ltd, 22 Park Row, Leeds LS1 5JA (pricehound.co.uk)

Effective 1 July 2026

PriceHound compares prices for electronics, home appliances and toys from more than 900 UK retailers. When you click "Go to shop", we send you to the retailer's website and the retailer may pay us a commission if you buy. This policy explains the cookies and similar technologies we use.

## Cookies that make the site work

- `ph_session` keeps your session and your filters while you browse (deleted when you close your browser).
- `ph_alerts` remembers the price alerts you set without an account (12 months).
- `ph_cookie_choice` remembers your cookie settings (6 months).

## Affiliate tracking

When you click through to a retailer, the link passes a click identifier to the retailer or to its affiliate network (Awin, Rakuten Advertising or Partnerize). This identifier lets the retailer tell us that a sale came from PriceHound so that we can be paid. The click identifier is not linked to your name, and retailers do not receive any information about the products you compared. Affiliate tracking cookies are set by the retailer or network on their own site, under their own cookie policy; on pricehound.co.uk we only add the click identifier to the link.

## Analytics

If you agree, we use Google Analytics 4 (`_ga`, `_ga_*`, up to 13 months) to understand which categories and features are used, and Microsoft Advertising (`_uetsid`, `_uetvid`, up to 13 months) to measure visits that come from our adverts on Bing. IP addresses are not stored by Google Analytics.

## What we do not do

We do not use cookies to track you across other websites, and we do not let advertising networks place cookies on pricehound.co.uk. We do not show you adverts based on your browsing on other sites.

## Managing cookies

You can accept or reject analytics in the banner shown on your first visit, and change your mind at any time via "Cookie settings" in the footer. You can also delete cookies in your browser settings.

Questions? E-mail privacy@pricehound.co.uk.
"""

EN_BNPL = """# Splitly privacy notice

Last updated: 30 April 2026

Splitly lets you pay for online purchases in three or four interest-free instalments, or later in 30 days, at participating shops. This notice explains how Splitly Payments AB, Kungsgatan 9, 111 43 Stockholm, Sweden (company registration number 559321-4410) processes your personal data. Splitly Payments AB is authorised by Finansinspektionen as a credit institution and is the controller of your personal data. You can contact our Data Protection Officer at dpo@splitly.eu.

## 1. Data we process

### 1.1 Data you give us
- Identity and contact details: name, date of birth, address, e-mail address and mobile number.
- Your personal identity number where this is used to identify customers in your country.
- Payment details: the debit or credit card you use to pay instalments.
- Information you give us in support conversations.

### 1.2 Data we receive from shops
When you choose Splitly at checkout, the shop sends us the order details: the items and amount, the delivery address, your e-mail and phone number, and basic information about your device and IP address.

### 1.3 Data we receive from others
- Credit reference agencies (UC AB in Sweden, Schufa in Germany, Experian in the United Kingdom): your credit history and any payment defaults.
- Fraud-prevention services: whether your e-mail, phone or device has been linked to fraud.
- Sanctions and politically exposed persons lists.

### 1.4 Data we create
- Your payment history with Splitly, your credit limit and your internal risk score.
- Records of calls and messages with our customer service.

## 2. Why we process your data

| Purpose | Data used | Legal basis |
|---|---|---|
| To identify you and assess whether to offer you credit | Identity data, order details, data from credit reference agencies, payment history with Splitly | Necessary to enter into the credit agreement; legal obligation to assess creditworthiness |
| To manage the credit agreement and collect payments | Identity and payment data, payment history | Contract |
| To prevent fraud and money laundering | All categories above | Legal obligation; legitimate interest in preventing fraud |
| To collect overdue amounts, including through a debt collection agency | Identity and contact data, outstanding amounts | Legitimate interest |
| To send you reminders about upcoming instalments | Contact details, payment plan | Contract |
| To send marketing from Splitly about new features | Contact details | Consent |
| To improve our credit and fraud models | Pseudonymised historical data | Legitimate interest |
| To meet accounting and regulatory obligations | Transaction records | Legal obligation |

## 3. Credit decisions

When you choose Splitly at checkout, we decide in a few seconds whether to approve the purchase and what payment options to offer. This decision is made automatically by our credit model, which uses the order amount, your payment history with Splitly, and data from a credit reference agency. We use automated decisions because they are necessary to enter into the credit agreement with you at the moment of purchase.

If your application is declined, we tell you at checkout and you can pay another way. You have the right to ask for a member of our credit team to review the decision, to give your point of view and to contest the decision. To do so, write to credit-review@splitly.eu within 30 days of the decision.

Each credit check we make is recorded by the credit reference agency and may be visible to other lenders.

## 4. Who we share data with

- **Shops**: we tell the shop whether the payment was approved, and we share the payment status for refunds and returns. We do not tell shops why an application was declined.
- **Credit reference agencies**: we report new credit agreements, repayments and defaults to UC AB, Schufa or Experian, depending on your country.
- **Fraud-prevention agencies**: we share data about suspected fraud.
- **Debt collection**: if an amount is still unpaid after reminders, we pass your details to Intrum AB, which collects the debt on our behalf.
- **Service providers**: [Amazon Web Services](https://aws.amazon.com/privacy/) (hosting, Frankfurt and Stockholm regions), [Twilio](https://www.twilio.com/legal/privacy) (text messages), [Zendesk](https://www.zendesk.com/company/agreements-and-terms/privacy-notice/) (customer service) and Adyen N.V. (card payments).
- **Authorities**: Finansinspektionen, the Swedish Financial Intelligence Unit and the tax agency, when required by law.

We do not sell your data. We do not share your data with shops for their own marketing.

## 5. Transfers outside the EU/EEA

Twilio and Zendesk may process data in the United States. These transfers are based on the EU-US Data Privacy Framework, which the European Commission found provides an adequate level of protection; where a provider is not certified, we use Standard Contractual Clauses.

## 6. How long we keep your data

| Data | Retention |
|---|---|
| Declined applications | 3 months after the decision |
| Credit agreements and payment history | 10 years after the agreement ends (Swedish anti-money laundering and accounting rules) |
| Customer service recordings | 12 months |
| Marketing consent records | Until you withdraw consent, then 12 months as proof |

## 7. Your rights

You have the right to:

- access the data we hold about you;
- correct inaccurate data;
- have data deleted when we no longer need it, unless we must keep it by law;
- restrict processing while a complaint is looked at;
- object to processing based on our legitimate interests, including for marketing at any time;
- receive your data in a machine-readable format;
- not be subject to a decision based solely on automated processing without the safeguards described in section 3;
- withdraw your consent at any time.

To exercise your rights, sign in to the Splitly app and go to Account > Privacy, or e-mail dpo@splitly.eu. We reply within one month. You can also lodge a complaint with the Swedish Authority for Privacy Protection (IMY, [imy.se](https://www.imy.se)) or your local data protection authority.

## 8. Security

We protect your data with encryption, access controls, two-factor authentication for staff, and regular penetration tests. Card details are stored by our payment provider in line with PCI DSS.

## 9. Changes

We will tell you about material changes to this notice by e-mail and in the app at least one month before they apply.
"""

EN_LUGGAGE = """# Bagsafe privacy policy

Bagsafe Ltd ("Bagsafe") runs a network of luggage storage points in shops, cafés and hotels in 40 cities. You book a storage slot through bagsafe.com or the Bagsafe app and drop your bags at a partner location. Bagsafe Ltd, 9 Chapel Place, London EC2A 3DQ, is the controller of your data. Contact: privacy@bagsafe.com.

Last updated: 5 May 2026.

## What we collect

- When you book: your name, e-mail address, phone number, the location, date and number of bags, and payment details (processed by Stripe).
- At drop-off: the partner location scans your booking code and attaches a numbered security seal to each bag. The partner sees your name and the number of bags, nothing else.
- If you make a claim under our bag protection guarantee: a description of the items, photos and proof of value.
- When you use our website or app: device information, IP address and cookies (see our cookie policy).

## What we use it for

We use your data to take and manage bookings, to let partners check that they hand bags back to the right person, to handle claims, to send booking confirmations and reminders, to prevent fraud, and, if you agree, to send you travel tips and discounts. Bookings are handled on the basis of our contract with you; fraud prevention on our legitimate interests; marketing on your consent.

## Who we share it with

Partner locations receive your name and booking details for the booking you made with them. We also use Stripe (payments), Google Cloud (hosting in Belgium) and Postmark (e-mails). Claims are handled with our insurer.

## How long we keep it

Bookings are kept for 6 years for accounting reasons. Claims files are kept for 3 years after the claim is closed.

## Your rights

You can ask to see, correct or delete your data, object to its use or withdraw consent to marketing by writing to privacy@bagsafe.com. You can complain to the Information Commissioner's Office.
"""

EN_ESIM = """# Roamlite privacy policy

Roamlite Connectivity Ltd, Block B, Maple House, Sandyford Business Park, Dublin 18, Ireland, provides prepaid travel eSIMs and data plans through the Roamlite app and roamlite.com. We are the controller of your personal data and can be reached at privacy@roamlite.com.

Effective: 22 March 2026

## Data we collect

**Account and purchase data.** Your e-mail address, name (optional), country of residence, the plans you buy, payment confirmations, and any referral or promotion code you use.

**eSIM and network data.** To activate your eSIM, we process its identifiers (ICCID and EID) and the identifier of your device model. While your plan is active, our partner mobile networks send us the amount of data used per day and the country where it was used, so that we can show your remaining data in the app and apply the right plan. We do not receive the content of your traffic, the websites you visit or your precise location.

**Support data.** Messages you send us in the app chat or by e-mail, and screenshots you attach.

## How we use your data

- To sell and activate eSIMs and to provide the data plans you bought (performance of contract).
- To show your data usage and send alerts when your plan is running low (performance of contract).
- To detect fraud, such as the use of stolen cards, using purchase data and IP address (legitimate interest).
- To send you offers for destinations you may visit, if you agree (consent).
- To keep accounting records (legal obligation).

## Sharing

We share the eSIM identifiers and usage data with the partner mobile networks that provide coverage in your destination, only as needed to connect you and bill the usage. We use Stripe and Apple Pay for payments, Intercom for support chat and Amazon Web Services (Ireland) for hosting.

## Retention

We keep account data while your account is active and for 2 years after your last purchase. Daily usage records are deleted 12 months after the plan expires. Support chats are kept for 1 year.

## Your rights

You have the right to access, rectify or erase your data, to restrict or object to processing, to data portability, and to withdraw consent to marketing at any time. E-mail privacy@roamlite.com and we will reply within one month. You can complain to the Data Protection Commission in Ireland.
"""
EN_LOUNGE = """# Gatehouse cookie policy

Gatehouse Lounges Ltd sells airport lounge passes and memberships at gatehouselounges.com and in the Gatehouse app. This policy describes the cookies and similar technologies used on our website and app. For everything else, see our [privacy policy](https://www.gatehouselounges.com/privacy).

Last updated 3 September 2026.

## Strictly necessary cookies

We use these cookies to run the booking process, keep you signed in, show your digital membership card and remember your consent choices. You cannot switch them off in our banner because the site would not work without them.

- `gh_session` - session identifier, deleted when you close the browser.
- `gh_booking` - keeps your lounge, date and number of guests while you book, 1 hour.
- `gh_consent` - stores your cookie choices, 6 months.
- `__stripe_mid` - set by Stripe to prevent payment fraud, 12 months. See [Stripe's cookie policy](https://stripe.com/cookies-policy/legal).

## Preference cookies

- `gh_airport` - remembers your home airport so we show its lounges first, 12 months.
- `gh_currency` - remembers your currency, 12 months.

These cookies are set only if you accept "Preferences" in our banner.

## Analytics cookies

With your consent, we use Google Analytics to understand how visitors use our website: which lounges and airports they look at, how they move through the booking steps and where they leave. Google Analytics sets `_ga` and `_ga_<ID>` cookies for up to 13 months. We have configured it so that Google does not use the data for its own purposes and does not share it with advertisers. More information: [how Google uses data from sites that use its services](https://policies.google.com/technologies/partner-sites).

## Advertising cookies

With your consent, Meta Platforms Ireland Ltd sets the `_fbp` cookie (90 days) so that we can measure how many bookings come from our adverts on Facebook and Instagram. We do not use advertising cookies to choose which adverts you see.

## Your choices

Non-essential cookies are only set after you accept them. You can accept all, refuse all or choose by category in the banner, and change your choice at any time using "Manage cookies" at the bottom of each page. You can also delete cookies in your browser.

## Contact

For questions about cookies, write to privacy@gatehouselounges.com.
"""

EN_TOURS = """# Privacy Policy

**Wayfarer Experiences B.V.**

Wayfarer is an online marketplace where you can book tours, tickets, classes and day trips run by local activity providers in more than 60 countries. This policy explains how Wayfarer Experiences B.V., Herengracht 182, 1016 BR Amsterdam, the Netherlands, uses your personal data as the controller of the Wayfarer website and app.

Last updated: 11 June 2026

## 1. What data we collect

- **Account and booking data:** name, e-mail address, phone number, country, and the details of each booking (activity, date, time, number of participants, language, price and any answers you give to the provider's questions, such as hotel pick-up location or dietary needs).
- **Payment data:** processed by Adyen; we receive the payment result and the last four digits of your card.
- **Reviews:** the star rating, text and photos you publish after an activity, with your first name and country.
- **Communications:** messages you exchange with providers through Wayfarer and with our customer service.
- **Usage data:** device, IP address, searches and pages viewed; see our cookie policy for details.

## 2. How we use your data

We use your data to process bookings and send your tickets (contract), to pass your booking details to the activity provider so they can run the activity (contract), to handle cancellations and refunds (contract), to send you reminders and updates about your booking (contract), to publish your reviews (contract, under our review guidelines), to detect fraud and fake reviews (legitimate interest), to recommend activities based on your bookings and searches (legitimate interest), and to send you newsletters if you subscribe (consent).

## 3. Sharing

Activity providers receive your name, phone number, number of participants and your answers to their questions for the activity you book. They are independent controllers of the data they receive and must use it only to run the activity. We also work with processors for payments (Adyen), hosting (Google Cloud, Netherlands), e-mail (Braze) and customer service (Zendesk). We do not sell your data.

## 4. Retention

We keep your account until you close it. Booking data is kept for 7 years for tax purposes. Reviews stay published until you delete them or close your account.

## 5. Your rights

You can access, correct or delete your personal data, object to processing based on legitimate interest, restrict processing, ask for your data in a portable format, and withdraw consent to newsletters at any time. Send your request to privacy@wayfarer.travel. We will ask you to confirm the request from the e-mail address on your account. We answer within one month. You may lodge a complaint with the Autoriteit Persoonsgegevens.

## 6. Changes

We will inform you by e-mail of material changes to this policy before they apply.
"""

EN_INSTRUMENTS = """# Cookies at Fretboard & Reed

Fretboard & Reed Music Ltd, 14 Denmark Street, London WC2H 8NA, sells guitars, keyboards, wind instruments and recording gear online at fretboardandreed.co.uk.

Updated: 14 October 2026

We use cookies to run our shop, to understand how it is used and, with your permission, to measure our advertising. This page lists each cookie. You can change your choices at any time with the "Cookie preferences" link at the bottom of every page.

## Necessary cookies

| Cookie | Purpose | Expires |
|---|---|---|
| fr_session | Keeps you signed in and remembers your basket | When you close your browser |
| fr_consent | Remembers your cookie choices | 6 months |
| fr_currency | Remembers the currency you selected | 30 days |
| __paypal_storage__ | Set by PayPal when you choose PayPal at checkout, for fraud prevention | Persistent local storage, cleared after payment |

## Analytics cookies (only with your consent)

| Cookie | Purpose | Expires |
|---|---|---|
| _ga | Google Analytics: distinguishes visitors | 13 months |
| _ga_XY12Z | Google Analytics: keeps session state | 13 months |
| _clck | Microsoft Clarity: identifies a visitor for heatmaps of our product pages | 12 months |
| _clsk | Microsoft Clarity: links page views in a single session | 1 day |

## Advertising cookies (only with your consent)

| Cookie | Purpose | Expires |
|---|---|---|
| _fbp | Meta: measures purchases made after seeing our adverts | 3 months |
| _gcl_au | Google Ads: measures purchases made after clicking our adverts | 3 months |

## Embedded videos

Our product pages embed demonstration videos from YouTube in privacy-enhanced mode (youtube-nocookie.com). YouTube does not set cookies until you press play; when you do, YouTube may set its own cookies, described in [Google's privacy policy](https://policies.google.com/privacy).

## Contact

If you have questions, e-mail hello@fretboardandreed.co.uk.
"""

EN_CASHBACK = """# Cashwise privacy notice

Cashwise Rewards Ltd ("Cashwise") pays you cashback when you shop with our partner retailers after clicking through from cashwise.co.uk, our browser extension or our app. Cashwise Rewards Ltd, 101 Princess Street, Manchester M1 6DD (company number 10822340), is the controller of your personal data. Our data protection lead can be reached at privacy@cashwise.co.uk.

Last updated: 8 July 2026

## Information we collect

- **Your account:** name, e-mail address, password, and the bank account or PayPal address you choose for cashback payouts.
- **Your clicks and purchases:** when you click through to a retailer, we record the click, the retailer and the time. The retailer (usually through its affiliate network) later tells us the order value, the order reference and whether the purchase was confirmed or cancelled, so that we can credit your cashback. Retailers do not tell us which items you bought.
- **Browser extension:** if you install the Cashwise extension, it checks the address of the website you are on against our list of partner retailers, so it can remind you that cashback is available. The check happens on your device; we do not receive your browsing history. When you activate cashback through the extension, we record the click as described above.
- **Support:** claims for missing cashback, including the order confirmations you send us.

## How we use it

We use your information to track and pay your cashback (contract), to investigate missing cashback claims with retailers (contract), to prevent fraud, for example multiple accounts or fake orders (legitimate interest), to send you our newsletter with offers if you opt in (consent), and to keep accounting records (legal obligation).

## Who we share it with

We share the click identifier with the retailer and its affiliate network (such as Awin, CJ or Rakuten Advertising) so that your purchase can be tracked. When you make a missing cashback claim, we send the retailer your order reference, order date and value. We use processors for hosting (Amazon Web Services, London), e-mail (Mailchimp) and payouts (PayPal and our bank, Starling Bank).

We never sell your personal data, and we never share your name or e-mail address with retailers.

## How long we keep it

We keep your account and cashback history while your account is open. If your account has been inactive for 12 months we will remind you, and after 18 months of inactivity we close it and pay any confirmed cashback above £1. Transaction records are kept for 6 years for accounting.

## Your rights

You can ask to access, correct, delete or port your data, object to processing based on legitimate interest, and withdraw consent to marketing at any time by e-mailing privacy@cashwise.co.uk. You can complain to the Information Commissioner's Office.

## Changes

If we change this notice in a way that matters to you, we will e-mail you before the change applies.
"""

EN_BASES: dict[str, tuple[str, str, str]] = {
    "scoot": ("privacy", "Glydr", EN_SCOOT),
    "railbook": ("privacy", "Platform Nine", EN_RAILBOOK),
    "cruise": ("privacy", "Meridian Star Cruises", EN_CRUISE),
    "evcharge": ("privacy", "VoltWay Charging", EN_EVCHARGE),
    "telematics": ("privacy", "Steadyhand Drive", EN_TELEMATICS),
    "electro": ("cookies", "Circuitry Direct", EN_ELECTRO),
    "sports": ("privacy", "Peak & Pitch Sports", EN_SPORTS),
    "cosmetics": ("privacy", "Lumen & Lily", EN_COSMETICS),
    "themepark": ("privacy", "Thunder Valley", EN_THEMEPARK),
    "festival": ("privacy", "Saltmarsh Sound", EN_FESTIVAL),
    "handmade": ("privacy", "Makersbench", EN_HANDMADE),
    "flashsale": ("cookies", "DealDrop", EN_FLASHSALE),
    "compare": ("cookies", "PriceHound", EN_COMPARE),
    "bnpl": ("privacy", "Splitly", EN_BNPL),
    "luggage": ("privacy", "Bagsafe", EN_LUGGAGE),
    "esim": ("privacy", "Roamlite", EN_ESIM),
    "lounge": ("cookies", "Gatehouse Lounges", EN_LOUNGE),
    "tours": ("privacy", "Wayfarer Experiences", EN_TOURS),
    "instruments": ("cookies", "Fretboard & Reed", EN_INSTRUMENTS),
    "cashback": ("privacy", "Cashwise", EN_CASHBACK),
}

FR_BASES: dict[str, tuple[str, str, str]] = {}

def en(key: str) -> str:
    return f"{NAME}-base-en-{key}"


def fr(key: str) -> str:
    return f"{NAME}-base-fr-{key}"


# Technical re-renderings: the same text re-captured by a different converter. Each helper only changes markup.


def star_bullets(text: str) -> str:
    """List markers '- ' re-rendered as '* '."""
    return re.sub(r"(?m)^- ", "* ", text)


def padded_bullets(text: str) -> str:
    """List markers re-rendered with the marker padded to four columns ('* ' -> '*   ', '- ' -> '-   ')."""
    return re.sub(r"(?m)^([*-]) (?=\S)", r"\1   ", text)


def spaced_table_rules(text: str) -> str:
    """Table separator rows '|---|---|' re-rendered as '| --- | --- |'."""
    return re.sub(r"(?m)^\|(?:---\|)+$", lambda m: "| " + " | ".join(["---"] * m.group(0).count("---")) + " |", text)


def aligned_tables(text: str) -> str:
    """Markdown tables re-rendered with every column padded to the width of its widest cell."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not lines[i].startswith("|"):
            out.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].startswith("|"):
            j += 1
        rows = [[c.strip() for c in row.strip("|").split("|")] for row in lines[i:j]]
        widths = [max(len(r[k]) for r in rows if not set(r[k]) <= {"-"}) for k in range(len(rows[0]))]
        for r in rows:
            if all(set(c) <= {"-"} for c in r):
                out.append("| " + " | ".join("-" * w for w in widths) + " |")
            else:
                out.append("| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |")
        i = j
    return "\n".join(out)


def setext_headings(text: str) -> str:
    """'# Title' and '## Section' re-rendered as underlined (setext) headings."""
    text = re.sub(r"(?m)^# (.+)$", lambda m: m.group(1) + "\n" + "=" * len(m.group(1)), text)
    return re.sub(r"(?m)^## (.+)$", lambda m: m.group(1) + "\n" + "-" * len(m.group(1)), text)


def hard_wrapped(text: str, width: int = 88) -> str:
    """Long paragraphs and list items hard-wrapped, as a converter with a fixed line width does."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(("#", "|")):
            out.append(line)
            continue
        bullet = re.match(r"^([*-] |\d+\. )", line)
        indent = " " * len(bullet.group(1)) if bullet else ""
        out.extend(textwrap.wrap(line, width=width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def reference_links(text: str) -> str:
    """Inline links '[label](url)' re-rendered as numbered reference links listed at the end of the text."""
    urls: list[str] = []

    def ref(m: re.Match[str]) -> str:
        if m.group(2) not in urls:
            urls.append(m.group(2))
        return f"[{m.group(1)}][{urls.index(m.group(2)) + 1}]"

    body = re.sub(r"\[([^\]]+)\]\((https?://[^)\s]+)\)", ref, text)
    return body.rstrip("\n") + "\n\n" + "\n".join(f"[{n}]: {u}" for n, u in enumerate(urls, 1)) + "\n"


def html_entities(text: str) -> str:
    """Ampersands and apostrophes escaped as HTML entities by an HTML-to-Markdown converter."""
    return text.replace("&", "&amp;").replace("'", "&#39;")


def nbsp_punctuation(text: str) -> str:
    """Normal spaces before French double punctuation re-captured as non-breaking spaces."""
    return re.sub(r" ([:;?!»])", "\u00a0\\1", text).replace("« ", "«\u00a0")


def section(text: str, start: str, end: str) -> str:
    """The text from the heading start up to (not including) the heading end."""
    return text[text.index(start) : text.index(end)]


def whole(text: str, *renders: Callable[[str], str]) -> Edit:
    """One edit that re-renders the whole base through the given converters."""
    new = text
    for render in renders:
        new = render(new)
    return (text, new)

EN_EDITS: list[Pair] = [
    # Glydr (e-scooter sharing)
    (en("scoot"), "major", ["R7", "R5", "R11"], False, False,
     "Age was self-declared; riders must now upload \"a photo of your driving licence or national identity card and a selfie\" that new processor \"Veriscan B.V.\" compares automatically before the first ride: new data categories, a new recipient and an automated check that decides access.",
     [("- your date of birth, which you confirm yourself when signing up, because riders must be 18 or older;",
       "- your date of birth, because riders must be 18 or older;\n- before your first ride, a photo of your driving licence or national identity card and a selfie, which our verification provider compares automatically to confirm your identity and age;"),
      before("| Preventing fraud and misuse of accounts |", "| Checking your identity and age before your first ride | Legal obligation under our operating permits |\n"),
      before("| FleetCare Services Ltd |", "| Veriscan B.V. | Identity and age verification before your first ride | Netherlands |\n"),
      before("- Ride and payment records:", "- Identity document images and selfies: 30 days after the check; the result of the check is kept while your account is open.\n")]),
    (en("scoot"), "editorial", ["R1"], False, True,
     "Technical re-rendering: list markers \"- \" become \"* \" and table separator rows \"|---|---|\" become \"| --- | --- |\"; every word, cell and link is unchanged.",
     [whole(EN_SCOOT, star_bullets, spaced_table_rules)]),
    # Platform Nine (train tickets)
    (en("railbook"), "rights_reducing", ["R4", "R1"], False, False,
     "Rights-request deadline lengthened: \"We will respond within one month ... If we need more time ... we will tell you within that month\" becomes \"We aim to respond within 60 days\", slower than before; the date stamp change is editorial.",
     [("Last updated: 2 February 2026", "Last updated: 14 September 2026"),
      ("We will respond within one month of receiving your request. If we need more time for a complex request we will tell you within that month and explain why.",
       "We aim to respond within 60 days of receiving your request.")]),
    (en("railbook"), "minor", ["R9"], False, False,
     "New opt-out added to the choices list: users can \"switch off app analytics in Settings > Privacy\" so usage events stop going to Mixpanel; analytics and Mixpanel were already disclosed, nothing adverse.",
     [before("- turn off location access in your phone settings;", "- switch off app analytics in Settings > Privacy, after which your device stops sending usage events to Mixpanel;\n")]),
    # Meridian Star Cruises
    (en("cruise"), "major", ["R7", "R2"], False, False,
     "New health data: every guest completes a pre-boarding \"health questionnaire about symptoms of infectious illness\" and some give \"current medical conditions and medication\", used for a new purpose \"to assess whether guests are fit to travel\"; special-category data not collected before.",
     [before("**Onboard information.**", "**Health information.** Before embarkation, every guest must complete a health questionnaire about symptoms of infectious illness. Guests aged 75 or over, and guests booked on voyages of more than 21 nights, must also give details of current medical conditions and medication so that our medical centre can prepare.\n\n"),
      before("- To provide the services you ask for on board,", "- To assess whether guests are fit to travel, to protect public health on board and to provide medical care.\n")]),
    (en("cruise"), "editorial", ["R1"], False, False,
     "Sections reordered (\"How long we keep information\" now comes before \"Sharing your information\") and the effective date moves to 1 October 2026; wording of both sections is identical.",
     [("Effective date: 1 April 2026", "Effective date: 1 October 2026"),
      (section(EN_CRUISE, "## Sharing your information", "## Your rights"),
       section(EN_CRUISE, "## How long we keep information", "## Your rights") + section(EN_CRUISE, "## Sharing your information", "## How long we keep information"))]),
    # VoltWay (EV charging)
    (en("evcharge"), "major", ["R6"], False, False,
     "New transfer outside the EEA: \"Encrypted backups are kept in a Microsoft Azure data centre in the United States (Virginia)\" under the EU-US Data Privacy Framework; storage was only in the Netherlands and Ireland before.",
     [("stored in Microsoft Azure data centres in the Netherlands and Ireland.\n",
       "stored in Microsoft Azure data centres in the Netherlands and Ireland. Encrypted backups are kept in a Microsoft Azure data centre in the United States (Virginia); this transfer relies on Microsoft's certification under the EU-US Data Privacy Framework.\n")]),
    (en("evcharge"), "minor", ["R14"], False, False,
     "Registered and rights postal address moves from \"Stationsplein 45, 3511 ED Utrecht\" to \"Europalaan 100, 3526 KS Utrecht\"; same company, still by post and by privacy@voltway.eu.",
     [("VoltWay Charging B.V., Stationsplein 45, 3511 ED Utrecht, the Netherlands, is responsible", "VoltWay Charging B.V., Europalaan 100, 3526 KS Utrecht, the Netherlands, is responsible"),
      ("attn. Privacy, Stationsplein 45, 3511 ED Utrecht.", "attn. Privacy, Europalaan 100, 3526 KS Utrecht.")]),
    # Steadyhand Drive (car insurance telematics)
    (en("telematics"), "rights_reducing", ["R12", "R11"], False, False,
     "Promise dropped: \"We will never use your driving score to increase your premium: the score can only lower the price you pay\" becomes \"a score below 40 may increase your premium by up to 20%\", calculated automatically; the automated pricing decision now works against the driver.",
     [("| Apply your driving score discount at renewal |", "| Adjust your renewal premium up or down using your driving score |"),
      ("At renewal, a score of 70 or more gives you a discount of up to 30% on the renewal premium. We will never use your driving score to increase your premium: the score can only lower the price you pay. The discount is calculated automatically from your score.",
       "At renewal, your driving score is used to adjust your renewal premium: a score of 70 or more gives you a discount of up to 30%, and a score below 40 may increase your premium by up to 20%. The adjustment is calculated automatically from your score.")]),
    (en("telematics"), "minor", ["R9"], False, False,
     "Clarifies the existing score factors: time of day \"only counts for trips between midnight and 5 a.m.\" and speed counts \"only when you are more than 10% above the limit\"; same data and same scoring, explained more precisely.",
     [("Each trip's contribution is shown in the app so you can see how your score changes.",
       "Time of day only counts for trips between midnight and 5 a.m., when the risk of an accident is highest; all other trips are scored the same whatever the time. Speed only counts when you are more than 10% above the limit. Each trip's contribution is shown in the app so you can see how your score changes.")]),
    # Circuitry Direct (electronics retailer), cookies
    (en("electro"), "major", ["R15", "R1"], True, False,
     "New third-party advertising vendor: row \"cto_bundle | Criteo | Shows you adverts for products you viewed on our site on other websites\" and \"Criteo SA\" added to the advertising partners; consent given before did not cover this vendor. Date stamp editorial.",
     [("Last updated: 9 June 2026", "Last updated: 2 November 2026"),
      before("| _fbp | Meta | Measures and targets our adverts on Facebook and Instagram | 90 days |", "| cto_bundle | Criteo | Shows you adverts for products you viewed on our site on other websites | 13 months |\n"),
      ("Our advertising partners are Google Ireland Ltd and Meta Platforms Ireland Ltd. You can read how they use data in [Google's advertising policy](https://policies.google.com/technologies/ads) and [Meta's cookie policy](https://www.facebook.com/policies/cookies/).",
       "Our advertising partners are Google Ireland Ltd, Meta Platforms Ireland Ltd and Criteo SA. You can read how they use data in [Google's advertising policy](https://policies.google.com/technologies/ads), [Meta's cookie policy](https://www.facebook.com/policies/cookies/) and [Criteo's privacy policy](https://www.criteo.com/privacy/).")]),
    (en("electro"), "minor", ["R17", "R1"], False, False,
     "Hotjar removed: both \"_hjSessionUser\" and \"_hjSession\" rows and the note on Hotjar recordings are deleted, nothing added; the contact sentence is only reworded.",
     [drop("| _hjSessionUser_<site-id> | Hotjar |"),
      drop("| _hjSession_<site-id> | Hotjar |"),
      ("Hotjar recordings mask everything you type in form fields, so your name, address and card details are never recorded.\n\n", ""),
      ("Questions about this policy can be sent to", "If you have questions about this policy, write to")]),
    # Peak & Pitch Sports
    (en("sports"), "major", ["R5"], False, False,
     "New recipient in the sharing paragraph: \"If you choose to pay with Klarna, Klarna Bank AB receives your name, address, contact details and order details\" to assess your application; Klarna was not among the recipients before.",
     [("with our payment providers (Worldpay and PayPal) to take payment,",
       "with our payment providers (Worldpay and PayPal) to take payment, with Klarna Bank AB, which receives your name, address, contact details and order details to assess your application and manage your instalments if you choose to pay with Klarna,")]),
    (en("sports"), "editorial", ["R1"], False, False,
     "Headings reworded (\"How we use it\" -> \"How we use your information\", \"Who we share it with\" -> \"Who we share your information with\"), a sentence rephrased and the date stamp changed; same practices.",
     [("### How we use it", "### How we use your information"),
      ("### Who we share it with", "### Who we share your information with"),
      ("Last updated 20 January 2026.", "Last updated 6 October 2026."),
      ("The recording is shown to you during the session and is deleted immediately after it.", "We show you the recording during the session and delete it as soon as the session ends.")]),
    # Lumen & Lily (cosmetics and loyalty app)
    (en("cosmetics"), "major", ["R7", "R2", "R1"], False, False,
     "New \"Skin Scan\" feature: the app collects \"the photo of your face that you take\" and an analysis of \"hydration, redness, pores, fine lines\" to recommend products; a new data category and purpose (consent-based). Date stamp editorial.",
     [("Updated: 4 March 2026", "Updated: 1 September 2026"),
      before("- **App data:**", "- **Skin Scan:** if you use Skin Scan in the app, the photo of your face that you take and the analysis of your skin generated from it (hydration, redness, pores, fine lines).\n"),
      before("| Sending personalised offers by e-mail and push notification | Consent |", "| Analysing your Skin Scan photo to recommend products for your skin | Consent |\n")]),
    (en("cosmetics"), "editorial", ["R1"], False, False,
     "Loyalty programme renamed throughout: \"Glow Club\" becomes \"Glow Rewards\"; same points, tiers, data, purposes and opt-out.",
     [whole(EN_COSMETICS, lambda t: t.replace("Running the Glow Club,", "Running Glow Rewards,").replace("Glow Club", "Glow Rewards"))]),
    # Thunder Valley (theme park)
    (en("themepark"), "major", ["R7"], False, False,
     "Pass check moves from staff comparing a photo to \"our facial recognition system\" that takes \"an image of your face\" at the turnstile and stores \"a facial template (a biometric identifier)\": new biometric data category; staff still check failed matches.",
     [("At the entrance, staff compare the photograph with the pass holder to prevent passes being shared. The photograph is kept for as long as the pass is valid and deleted 3 months after it expires.",
       "At the entrance, a camera at the turnstile takes an image of your face and our facial recognition system compares it with the photograph on your pass, to prevent passes being shared; if they do not match, the turnstile stays closed and a member of staff checks the pass. To do this we create a facial template (a biometric identifier) from your pass photograph. The photograph and the template are kept for as long as the pass is valid and deleted 3 months after it expires. Turnstile images are deleted immediately after the check.")]),
    (en("themepark"), "minor", ["R9"], False, False,
     "Shorter retention: ride photos that are not bought are kept \"for 7 days\" instead of \"for 30 days\"; nothing else changes.",
     [("Photos that are not bought are kept for 30 days so you can buy them after your visit", "Photos that are not bought are kept for 7 days so you can buy them after your visit")]),
    # Saltmarsh Sound (music festival)
    (en("festival"), "rights_reducing", ["R4"], False, False,
     "Rights requests become costlier and harder: \"We do not charge for requests\" becomes \"an administration fee of £15 for each request for a copy of your data\", and a copy of a passport or driving licence is now required with every request.",
     [("To make a request, e-mail hello@saltmarshsound.org.uk. We do not charge for requests.",
       "To make a request, e-mail hello@saltmarshsound.org.uk with a copy of your passport or driving licence. We charge an administration fee of £15 for each request for a copy of your data, payable before we start work on it.")]),
    (en("festival"), "editorial", ["R1"], False, False,
     "Vendor rename only: \"Ticketsphere Ltd\" becomes \"TixHub Ltd (formerly Ticketsphere Ltd)\" and \"TixHub\" in later mentions; same ticketing partner, role and data.",
     [("our ticketing partner Ticketsphere Ltd.", "our ticketing partner TixHub Ltd (formerly Ticketsphere Ltd)."),
      ("**Ticket buyers.** Ticketsphere collects", "**Ticket buyers.** TixHub collects"),
      ("We share data with Ticketsphere Ltd (ticketing)", "We share data with TixHub Ltd (ticketing)")]),
    # Makersbench (handmade marketplace)
    (en("handmade"), "major", ["R5"], False, False,
     "New processor in the recipients table: \"Mollie B.V. | iDEAL, Bancontact and SEPA payments | Netherlands\"; payment data now also goes to a recipient not listed before (no transfer outside the EU).",
     [before("| PayPal (Europe) S.à r.l. |", "| Mollie B.V. | iDEAL, Bancontact and SEPA Direct Debit payments | Netherlands |\n")]),
    (en("handmade"), "minor", ["R9"], False, False,
     "Clarifies the disclosed seller-address practice and narrows it: sellers \"cannot see your e-mail address or your payment details\" and \"lose access to your delivery address 90 days after\" delivery; adds a link to a buyer guide.",
     [("Sellers may only use this information to fulfil and support your order.",
       "Sellers may only use this information to fulfil and support your order. Sellers cannot see your e-mail address or your payment details, and they lose access to your delivery address 90 days after the order is marked as delivered. Read more in our [buyer privacy guide](https://www.makersbench.com/help/buyer-privacy).")]),
    # DealDrop (flash sales), cookies
    (en("flashsale"), "major", ["R16"], False, False,
     "Longer cookie lifetime: the Matomo visitor cookie \"_pk_id\" goes from \"6 months\" to \"13 months\"; still within the 13-month ceiling, but longer.",
     [("| _pk_id | Matomo (self-hosted) | Distinguishes visitors | 6 months |", "| _pk_id | Matomo (self-hosted) | Distinguishes visitors | 13 months |")]),
    (en("flashsale"), "editorial", ["R1"], False, True,
     "Technical re-rendering: the three cookie tables are re-emitted with columns padded to equal width and dash-only separator rows; every cookie, provider, purpose and duration is identical.",
     [whole(EN_FLASHSALE, aligned_tables)]),
    # PriceHound (price comparison), cookies
    (en("compare"), "rights_reducing", ["R12", "R15"], True, False,
     "Promise removed: \"We do not use cookies to track you across other websites, and we do not let advertising networks place cookies\" replaced by advertising partners \"including Google and Criteo\" placing cookies to show adverts on other sites; new vendors and purpose need fresh consent.",
     [("## What we do not do\n\nWe do not use cookies to track you across other websites, and we do not let advertising networks place cookies on pricehound.co.uk. We do not show you adverts based on your browsing on other sites.",
       "## Advertising\n\nIf you agree, advertising partners, including Google and Criteo, place cookies on pricehound.co.uk (`IDE`, `cto_bundle`, up to 13 months) so that they can show you adverts for products you compared here when you visit other websites, and measure those adverts."),
      ("You can accept or reject analytics in the banner", "You can accept or reject analytics and advertising cookies in the banner")]),
    (en("compare"), "minor", ["R17", "R1"], False, False,
     "Microsoft Advertising (\"_uetsid\", \"_uetvid\") removed from the analytics section, nothing added; effective date and contact line only reworded.",
     [("Effective 1 July 2026", "Effective 1 December 2026"),
      (", and Microsoft Advertising (`_uetsid`, `_uetvid`, up to 13 months) to measure visits that come from our adverts on Bing.", "."),
      ("Questions? E-mail privacy@pricehound.co.uk.", "Questions? Write to us at privacy@pricehound.co.uk.")]),
    # Splitly (buy now, pay later)
    (en("bnpl"), "major", ["R7", "R5", "R11"], False, False,
     "New source and data: \"Open banking data ... your account balances, income and regular outgoings for the last 12 months\" via new recipient \"Tink AB\", now fed into the automated credit decision (\"an analysis of your income and spending\").",
     [before("- Sanctions and politically exposed persons lists.", "- Open banking data: if you choose to connect your bank account when applying for a higher amount, your account balances, income and regular outgoings for the last 12 months, obtained through our open-banking provider Tink AB.\n"),
      ("which uses the order amount, your payment history with Splitly, and data from a credit reference agency.",
       "which uses the order amount, your payment history with Splitly, data from a credit reference agency and, where you have connected your bank account, an analysis of your income and spending."),
      before("- **Authorities**:", "- **Open banking**: Tink AB, which retrieves your account data on your instructions and is authorised as an account information service provider.\n")]),
    (en("bnpl"), "rights_reducing", ["R13", "R11"], False, False,
     "Safeguard on automated credit decisions removed: \"the right to ask for a member of our credit team to review the decision, to give your point of view and to contest the decision\" is replaced by \"decisions at checkout are final\", and the matching rights-list item is deleted.",
     [("You have the right to ask for a member of our credit team to review the decision, to give your point of view and to contest the decision. To do so, write to credit-review@splitly.eu within 30 days of the decision.",
       "Our decisions at checkout are final, but you are welcome to apply again for a future purchase."),
      drop("- not be subject to a decision based solely on automated processing")]),
    # Bagsafe (luggage storage)
    (en("luggage"), "major", ["R3"], False, False,
     "Controller changes: \"Bagsafe Ltd ... is the controller\" becomes \"The controller of your data is Stowaway Holdings GmbH\" in Berlin after Bagsafe joined the Stowaway group; Bagsafe Ltd is only a contact point.",
     [("Bagsafe Ltd, 9 Chapel Place, London EC2A 3DQ, is the controller of your data. Contact: privacy@bagsafe.com.",
       "Since 1 September 2026 Bagsafe is part of the Stowaway group. The controller of your data is Stowaway Holdings GmbH, Torstraße 140, 10119 Berlin, Germany; Bagsafe Ltd, 9 Chapel Place, London EC2A 3DQ, remains our contact point in the United Kingdom. Contact: privacy@bagsafe.com.")]),
    (en("luggage"), "editorial", ["R1"], False, False,
     "Rewording only: \"We use your data to take and manage bookings\" -> \"Your data is used to take and manage bookings\", \"6 years\" spelled \"six years\", and the date stamp changes; same uses, periods and recipients.",
     [("Last updated: 5 May 2026.", "Last updated: 30 October 2026."),
      ("We use your data to take and manage bookings,", "Your data is used to take and manage bookings,"),
      ("Bookings are kept for 6 years for accounting reasons.", "Booking records are kept for six years for accounting reasons.")]),
    # Roamlite (travel eSIM)
    (en("esim"), "editorial", ["R1"], False, True,
     "Technical re-rendering: \"#\"/\"##\" headings become underlined (setext) headings and long paragraphs and list items are hard-wrapped at 88 characters; the words are identical.",
     [whole(EN_ESIM, setext_headings, hard_wrapped)]),
    (en("esim"), "minor", ["R9"], False, False,
     "New safeguard on the disclosed fraud checks: \"Fraud checks never lead to an automatic refusal: a member of our team reviews every order flagged\"; no new data or purpose, more protective.",
     [("- To detect fraud, such as the use of stolen cards, using purchase data and IP address (legitimate interest).",
       "- To detect fraud, such as the use of stolen cards, using purchase data and IP address (legitimate interest). Fraud checks never lead to an automatic refusal: a member of our team reviews every order flagged by our system before it is cancelled.")]),
    # Gatehouse Lounges (airport lounges), cookies
    (en("lounge"), "major", ["R15"], True, False,
     "New cookie category and vendor: \"Personalisation cookies\" from \"Dynamic Yield\" (`_dy_soct`, `_dyid`) personalise offers \"based on the airports and lounges you viewed and your past bookings\"; a new consent purpose.",
     [before("## Your choices\n", "## Personalisation cookies\n\nWith your consent, Dynamic Yield Ltd sets `_dyid` (12 months) and `_dy_soct` (12 months) so that we can personalise the offers and lounges shown on our home page and in our app, based on the airports and lounges you viewed and your past bookings. See [Dynamic Yield's privacy policy](https://www.dynamicyield.com/privacy-policy/).\n\n")]),
    (en("lounge"), "editorial", ["R1"], False, True,
     "Technical re-rendering: inline links \"[label](url)\" are re-emitted as numbered reference links (\"[label][1]\" with the URLs listed at the end); same labels and targets.",
     [whole(EN_LOUNGE, reference_links)]),
    # Wayfarer Experiences (activities marketplace)
    (en("tours"), "major", ["R2"], False, False,
     "New purpose: reviews are now used \"to generate short automated summaries of the reviews for each activity, using a language model\"; publishing reviews was disclosed, feeding them to a model for generated summaries was not.",
     [("to publish your reviews (contract, under our review guidelines),",
       "to publish your reviews (contract, under our review guidelines), to generate short automated summaries of the reviews for each activity, using a language model we run on Google Cloud, and show them on activity pages (legitimate interest),")]),
    (en("tours"), "minor", ["R9"], False, False,
     "A second route for rights requests is added, \"the privacy request form under Account > Privacy in the app\", while the e-mail address stays; easier, not harder, to exercise rights.",
     [("Send your request to privacy@wayfarer.travel.", "Send your request to privacy@wayfarer.travel or use the privacy request form under Account > Privacy in the app.")]),
    # Fretboard & Reed (musical instruments), cookies
    (en("instruments"), "minor", ["R9"], False, False,
     "Shorter lifetime: the Microsoft Clarity cookie \"_clck\" now expires after \"6 months\" instead of \"12 months\"; no new cookie, vendor or purpose.",
     [("| _clck | Microsoft Clarity: identifies a visitor for heatmaps of our product pages | 12 months |", "| _clck | Microsoft Clarity: identifies a visitor for heatmaps of our product pages | 6 months |")]),
    (en("instruments"), "editorial", ["R1"], False, False,
     "Rows of the necessary-cookies table reordered (\"fr_currency\" moved to the top) and the update date changed; same cookies, purposes and lifetimes.",
     [("Updated: 14 October 2026", "Updated: 20 November 2026"),
      drop("| fr_currency | Remembers the currency you selected | 30 days |"),
      before("| fr_session | Keeps you signed in", "| fr_currency | Remembers the currency you selected | 30 days |\n")]),
    # Cashwise (cashback)
    (en("cashback"), "rights_reducing", ["R12", "R5"], False, False,
     "Promise weakened: \"we never share your name or e-mail address with retailers\" becomes \"We may share your e-mail address, in hashed form, with retailers and their affiliate networks\" to match customers and measure campaigns.",
     [("We never sell your personal data, and we never share your name or e-mail address with retailers.",
       "We never sell your personal data. We may share your e-mail address, in hashed form, with retailers and their affiliate networks so that they can match your cashback purchases with their own customer records and measure their campaigns.")]),
    (en("cashback"), "editorial", ["R1"], False, False,
     "The \"How we use it\" paragraph is split into a bulleted list with the same five uses and legal bases; no wording of substance changes.",
     [("We use your information to track and pay your cashback (contract), to investigate missing cashback claims with retailers (contract), to prevent fraud, for example multiple accounts or fake orders (legitimate interest), to send you our newsletter with offers if you opt in (consent), and to keep accounting records (legal obligation).",
       "We use your information:\n\n- to track and pay your cashback (contract);\n- to investigate missing cashback claims with retailers (contract);\n- to prevent fraud, for example multiple accounts or fake orders (legitimate interest);\n- to send you our newsletter with offers if you opt in (consent);\n- to keep accounting records (legal obligation).")]),
]

FR_EDITS: list[Pair] = []


def en_bases() -> dict[str, dict[str, Any]]:
    return {en(k): {"id": en(k), "lang": "en", "policy": p, "service": s, "new": t} for k, (p, s, t) in EN_BASES.items()}


def fr_bases() -> dict[str, dict[str, Any]]:
    return {fr(k): {"id": fr(k), "lang": "fr", "policy": p, "service": s, "new": t} for k, (p, s, t) in FR_BASES.items()}


def build(corpus_dir: Path) -> list[dict[str, Any]]:
    """The corpus directory is ignored: every base is written in this file."""
    bases = {**en_bases(), **fr_bases()}
    return list(pairs(NAME, WRITTEN, bases, EN_EDITS + FR_EDITS))


def main() -> None:
    rebuild(__file__, build)


if __name__ == "__main__":
    main()
