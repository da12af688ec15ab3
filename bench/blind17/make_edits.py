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

### Reviews

After an order is delivered, we invite the buyer to review the item. Reviews are published with the buyer's username, the star rating and the date, and they are visible to everyone. Sellers can reply publicly once. We do not remove negative reviews at a seller's request, but we remove reviews that breach our review rules, for example reviews that contain personal information about someone else.

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

## 8. Marketing and cookies

If you have agreed, we send you e-mails and app notifications about new Splitly features and shops that accept Splitly. We never use your credit data, your payment history or the content of your orders to choose marketing messages. You can withdraw your consent at any time in the app under Account > Notifications or with the link in each e-mail. Our website and app use cookies and similar technologies as described in our [cookie policy](https://www.splitly.eu/cookies).

## 9. Security

We protect your data with encryption, access controls, two-factor authentication for staff, and regular penetration tests. Card details are stored by our payment provider in line with PCI DSS.

## 10. Changes

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

FR_ASSURVOYAGE = """# Politique de protection des données personnelles

**Escale Assurances** – assurance et assistance voyage

Dernière mise à jour : 15 janvier 2026

Escale Assurances SA, entreprise régie par le Code des assurances, au capital de 12 000 000 €, immatriculée au RCS de Lyon sous le numéro 412 587 963, dont le siège est situé 27 quai Perrache, 69002 Lyon (ci-après « Escale », « nous »), propose des contrats d'assurance voyage (annulation, bagages, frais médicaux, rapatriement) vendus sur escale-assurances.fr, par téléphone et par l'intermédiaire d'agences de voyages partenaires.

Escale est responsable des traitements de données personnelles décrits ci-dessous. Nous avons désigné un délégué à la protection des données (DPO), joignable à l'adresse dpo@escale-assurances.fr ou par courrier : Escale Assurances – Délégué à la protection des données – 27 quai Perrache, 69002 Lyon.

## 1. Quelles données collectons-nous ?

### 1.1 Lors de la souscription

- Identité de l'assuré et des personnes couvertes : nom, prénom, date de naissance.
- Coordonnées : adresse postale, adresse e-mail, numéro de téléphone.
- Informations sur le voyage : destination, dates de départ et de retour, prix du voyage, nom du voyagiste ou de la compagnie.
- Données de paiement : nous ne conservons pas les numéros de carte, qui sont traités par notre prestataire de paiement.

### 1.2 En cas de sinistre ou de demande d'assistance

- Circonstances de l'événement : déclaration, justificatifs (factures, certificats, procès-verbaux de perte ou de vol).
- Données de santé, lorsque la garantie le nécessite (annulation pour maladie, frais médicaux, rapatriement) : certificats médicaux, comptes rendus d'hospitalisation, échanges entre nos médecins et les médecins qui vous soignent.
- Coordonnées bancaires (RIB) pour le versement des indemnités.
- Enregistrement des appels passés à notre plateforme d'assistance, pour la qualité du service et la preuve des instructions données.

### 1.3 Données de navigation

Lorsque vous consultez notre site, nous collectons des données techniques (adresse IP, type de navigateur, pages consultées) au moyen de cookies, dans les conditions décrites dans notre [politique cookies](https://www.escale-assurances.fr/cookies).

## 2. Pourquoi utilisons-nous vos données ?

| Finalité | Base légale |
|---|---|
| Établir un devis et conclure votre contrat | Mesures précontractuelles et exécution du contrat |
| Gérer votre contrat et encaisser les cotisations | Exécution du contrat |
| Organiser l'assistance et le rapatriement | Exécution du contrat ; sauvegarde des intérêts vitaux en cas d'urgence |
| Instruire et indemniser les sinistres | Exécution du contrat |
| Traiter les données de santé nécessaires à l'instruction d'un sinistre | Votre consentement explicite, recueilli lors de la déclaration |
| Lutter contre la fraude à l'assurance | Intérêt légitime |
| Respecter nos obligations (lutte contre le blanchiment, comptabilité, contrôle de l'ACPR) | Obligation légale |
| Vous proposer par e-mail ou par téléphone nos autres contrats d'assurance voyage | Votre consentement |
| Réaliser des statistiques et améliorer nos produits | Intérêt légitime |

Les données de santé ne sont accessibles qu'à notre service médical, soumis au secret médical, et aux gestionnaires qui en ont strictement besoin pour instruire votre dossier.

### Lutte contre la fraude

Les déclarations de sinistre font l'objet de contrôles de cohérence par nos gestionnaires : comparaison des dates du voyage et de l'événement, vérification des justificatifs auprès des émetteurs (hôpitaux, compagnies aériennes) lorsque cela est nécessaire. Un dossier pour lequel une fraude est suspectée est examiné par notre cellule anti-fraude, qui peut vous demander des pièces complémentaires. Aucun refus d'indemnisation n'est décidé sans l'examen d'un gestionnaire. Si une fraude est établie, vos données peuvent être inscrites sur une liste de personnes présentant un risque de fraude, dans les conditions prévues par la CNIL, pendant 5 ans.

## 3. Qui sont les destinataires de vos données ?

Vos données sont destinées à nos services internes (souscription, gestion des sinistres, assistance, service médical, service client) et, dans la limite de ce qui est nécessaire, aux destinataires suivants :

| Destinataire | Rôle | Pays |
|---|---|---|
| Nos réassureurs | Partage du risque | France, Allemagne |
| Prestataires d'assistance locaux (hôpitaux, transporteurs sanitaires, compagnies aériennes) | Organisation des soins et du rapatriement | Pays où vous vous trouvez |
| Experts et enquêteurs | Évaluation des dommages | France |
| Agence de voyages partenaire | Distribution du contrat, si vous êtes passé par elle | France |
| OVHcloud | Hébergement de nos systèmes | France |
| Payline (Monext) | Paiement en ligne | France |
| Autorités administratives et judiciaires | Sur réquisition | France |

## 4. Transferts hors de l'Union européenne

Vos données sont hébergées en France. Lorsque vous avez besoin d'assistance dans un pays situé hors de l'Union européenne, nous transmettons aux prestataires locaux les données strictement nécessaires à votre prise en charge. Ces transferts sont nécessaires à l'exécution de votre contrat ou à la sauvegarde de vos intérêts vitaux (article 49 du RGPD).

## 5. Combien de temps conservons-nous vos données ?

| Données | Durée de conservation |
|---|---|
| Devis non suivis d'une souscription | 3 ans à compter du devis |
| Contrat et cotisations | Durée du contrat, puis 5 ans (prescription) |
| Dossiers de sinistre | 5 ans après la clôture du dossier |
| Données de santé | 5 ans après la clôture du dossier, en accès restreint au service médical |
| Enregistrements d'appels | 6 mois |
| Données de prospection | 3 ans après le dernier contact de votre part |

## 6. Prospection commerciale

Nous ne vous adressons des offres par e-mail ou par téléphone que si vous y avez consenti, par exemple en cochant la case prévue lors de la souscription. Vous pouvez retirer votre consentement à tout moment, en cliquant sur le lien de désinscription présent dans chaque e-mail ou en nous écrivant à dpo@escale-assurances.fr. Vous pouvez également vous inscrire gratuitement sur la liste d'opposition au démarchage téléphonique Bloctel.

## 7. Vos droits

Conformément au RGPD et à la loi Informatique et Libertés, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité de vos données, ainsi que du droit de retirer votre consentement à tout moment. Vous pouvez également définir des directives relatives au sort de vos données après votre décès.

Pour exercer vos droits, écrivez à dpo@escale-assurances.fr ou à l'adresse postale du DPO indiquée ci-dessus. Nous vous répondrons dans un délai d'un mois à compter de la réception de votre demande. Si nous avons un doute raisonnable sur votre identité, nous pourrons vous demander un justificatif.

Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez introduire une réclamation auprès de la CNIL ([www.cnil.fr](https://www.cnil.fr)).

## 8. Sécurité

Nous mettons en œuvre des mesures techniques et organisationnelles adaptées : chiffrement des échanges, cloisonnement des données de santé, contrôle des habilitations, journalisation des accès et sensibilisation de nos équipes.

## 9. Modification de la présente politique

Nous pouvons être amenés à modifier cette politique. En cas de modification importante, nous vous en informerons par e-mail au moins un mois avant son entrée en vigueur.
"""

FR_VOILIER = """# Confidentialité

Bord à Bord Location – location de voiliers avec ou sans skipper

Bord à Bord Location SARL, Port des Minimes, 17000 La Rochelle (RCS La Rochelle 823 114 507), loue des voiliers et des catamarans au départ de La Rochelle, de Lorient et d'Ajaccio. Cette page explique comment nous traitons vos données personnelles lorsque vous réservez une location ou une croisière avec skipper.

Mise à jour : 4 mars 2026

## Les données que nous traitons

Pour établir votre contrat de location, nous vous demandons :

- l'identité et les coordonnées du locataire (nom, prénom, adresse, téléphone, e-mail) ;
- la liste de l'équipage (noms, dates de naissance, nationalités), exigée pour la déclaration aux autorités portuaires et à l'assureur ;
- votre CV nautique (expérience de navigation, bateaux déjà loués, zones fréquentées), pour les locations sans skipper, et le numéro de votre permis côtier ou hauturier le cas échéant ;
- les informations de paiement et l'empreinte de carte bancaire prise pour la caution.

Si vous choisissez une croisière avec skipper, le skipper reçoit la liste de l'équipage et les informations utiles à la sécurité (allergies, traitement en cours) que vous choisissez de lui communiquer.

## Pourquoi

Ces données servent à conclure et exécuter le contrat de location, à vérifier que le chef de bord a l'expérience nécessaire pour le bateau et la zone choisis, à gérer la caution et les éventuels dommages avec notre assureur, et à respecter nos obligations comptables. Si vous l'acceptez, nous vous envoyons aussi notre lettre d'information (deux fois par an).

## Qui y a accès

Seuls notre équipe de réservation et de base, les skippers indépendants avec qui nous travaillons, notre assureur (Pantaenius) et notre prestataire de paiement (Stripe) ont accès à vos données, chacun pour ce qui le concerne. Nous ne les communiquons à aucun autre tiers, sauf obligation légale.

## Durées de conservation

- Contrats et factures : 10 ans (obligation comptable).
- CV nautique : 3 ans après votre dernière location.
- Empreinte de carte bancaire : jusqu'à 30 jours après la restitution du bateau, sauf litige sur la caution.
- Lettre d'information : jusqu'à votre désinscription.

## Vos droits

Vous pouvez accéder à vos données, les faire rectifier ou effacer, vous opposer à leur traitement, en demander la limitation ou la portabilité, en écrivant à contact@bordabord-location.fr. Vous pouvez aussi saisir la CNIL.
"""

FR_BILLETS = """# Politique de confidentialité de Rebillet

Date d'entrée en vigueur : 1er février 2026

Rebillet est une plateforme de revente de billets de concerts, de spectacles et d'événements sportifs entre particuliers, au prix d'achat initial au maximum. Elle est éditée par Rebillet SAS, 18 rue de la Folie-Méricourt, 75011 Paris, immatriculée au RCS de Paris sous le numéro 851 302 774 (« Rebillet », « nous »). Rebillet est responsable du traitement des données personnelles des vendeurs, des acheteurs et des visiteurs de rebillet.fr et de l'application Rebillet.

Pour toute question, vous pouvez écrire à notre délégué à la protection des données : dpo@rebillet.fr.

## 1. Les données que nous collectons

### Vous êtes acheteur

- Nom, prénom, adresse e-mail, numéro de téléphone.
- Billets achetés, prix payé, historique des achats.
- Données de paiement, traitées par notre prestataire de paiement (nous ne voyons jamais votre numéro de carte complet).
- Le nom qui doit figurer sur le billet, lorsque l'organisateur émet des billets nominatifs.

### Vous êtes vendeur

- Nom, prénom, adresse e-mail, numéro de téléphone, date de naissance.
- Les billets que vous mettez en vente : événement, catégorie, placement, prix d'achat et justificatif d'achat (confirmation de commande de la billetterie d'origine).
- IBAN pour le versement du produit de vos ventes.
- Au-delà de 30 ventes ou de 2 000 € de ventes par an, les informations exigées par la loi pour la déclaration des revenus des vendeurs aux autorités fiscales (adresse, numéro fiscal).

### Tous les utilisateurs

- Données de connexion : adresse IP, identifiant de l'appareil, date et heure de connexion.
- Échanges avec notre service client.
- Données de navigation collectées au moyen de cookies, selon notre [politique cookies](https://www.rebillet.fr/cookies).

## 2. Pourquoi nous utilisons vos données

1. **Faire fonctionner la plateforme** : créer votre compte, publier vos annonces, réaliser les ventes, transférer les billets et payer les vendeurs (exécution du contrat).
2. **Garantir l'authenticité des billets** : nous vérifions les billets mis en vente auprès des billetteries partenaires lorsque c'est possible, et nous réémettons le billet au nom de l'acheteur (exécution du contrat).
3. **Faire respecter la loi et nos conditions** : la revente au-dessus du prix d'achat est interdite ; nous comparons le prix demandé au justificatif d'achat et nous supprimons les annonces non conformes (obligation légale et intérêt légitime).
4. **Lutter contre la fraude** : comptes multiples, billets déjà utilisés ou annulés, moyens de paiement volés. Les annonces et transactions suspectes sont examinées par notre équipe de modération, qui décide de les suspendre ou non (intérêt légitime).
5. **Vous informer** : confirmations, alertes lorsque des billets sont mis en vente pour un événement que vous suivez (exécution du contrat).
6. **Vous envoyer notre newsletter**, si vous y avez consenti (consentement).
7. **Respecter nos obligations fiscales et comptables**, notamment la déclaration annuelle des revenus des vendeurs (obligation légale).

## 3. Les destinataires de vos données

### Entre utilisateurs

L'acheteur ne voit que le prénom du vendeur et sa note. Le vendeur ne voit que le prénom de l'acheteur. Les coordonnées complètes ne sont jamais échangées entre utilisateurs.

### Organisateurs et billetteries

Lorsque le billet est réémis au nom de l'acheteur, nous transmettons à la billetterie officielle de l'événement le nom de l'acheteur, son adresse e-mail et la référence du billet. La billetterie agit alors comme responsable de traitement distinct.

### Prestataires

| Prestataire | Service | Localisation des données |
|---|---|---|
| Mangopay SA | Paiement et portefeuille électronique des vendeurs | Luxembourg |
| Scaleway SAS | Hébergement | France |
| Brevo (Sendinblue SAS) | E-mails et SMS | France |
| Zendesk | Service client | Union européenne (centre de données en Allemagne) |

### Autorités

Administration fiscale (déclaration annuelle des revenus des vendeurs), autorités judiciaires et services de police sur réquisition. Nous pouvons également transmettre aux organisateurs d'un événement, à leur demande, la liste des annonces retirées pour revente au-dessus du prix d'achat, sans les coordonnées des vendeurs.

Nous ne vendons pas vos données personnelles.

## 4. Comment nous vérifions les billets

Lorsque vous mettez un billet en vente, nous vous demandons le justificatif d'achat délivré par la billetterie d'origine. Pour les événements dont la billetterie est partenaire de Rebillet, nous interrogeons directement cette billetterie avec la référence du billet : elle nous indique si le billet est valide et s'il a déjà été revendu, sans nous communiquer d'autres données sur l'acheteur initial. Après la vente, l'ancien billet est annulé et un nouveau billet est émis au nom de l'acheteur, de sorte qu'un même billet ne peut pas être utilisé deux fois.

Pour les autres événements, nous conservons le fichier du billet jusqu'au jour de l'événement et nous ne le remettons à l'acheteur qu'après confirmation du paiement. Le vendeur n'est payé qu'après l'événement, lorsqu'aucune réclamation n'a été déposée.

## 5. Durées de conservation

- Compte : tant qu'il est actif, puis 3 ans après votre dernière connexion.
- Transactions et justificatifs d'achat : 10 ans (obligations comptables).
- Données fiscales des vendeurs : 10 ans.
- Données de connexion : 1 an (obligation légale de conservation).
- Échanges avec le service client : 3 ans.

## 6. Vos droits

Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité, ainsi que du droit de définir des directives relatives au sort de vos données après votre décès. Vous pouvez retirer à tout moment votre consentement à la newsletter.

Pour exercer vos droits, écrivez à dpo@rebillet.fr depuis l'adresse e-mail associée à votre compte. Nous vous répondrons dans un délai d'un mois. Vous pouvez introduire une réclamation auprès de la CNIL (3 place de Fontenoy, 75007 Paris, [www.cnil.fr](https://www.cnil.fr)).

## 7. Sécurité

Les mots de passe sont chiffrés, les échanges sont protégés par TLS, les accès de nos équipes sont nominatifs et journalisés. Les justificatifs d'achat sont stockés dans un espace chiffré séparé.

## 8. Notes et avis entre utilisateurs

Après chaque vente, l'acheteur peut attribuer une note au vendeur (de 1 à 5 étoiles) et laisser un commentaire. La note moyenne et le nombre de ventes du vendeur sont affichés sur ses annonces, avec son prénom. Les commentaires injurieux ou contenant des données personnelles sont supprimés par notre équipe. Un vendeur peut répondre une fois à chaque commentaire.

## 9. Mineurs

Il faut avoir au moins 18 ans pour vendre des billets sur Rebillet. Les mineurs de 15 ans et plus peuvent acheter des billets avec l'accord de leurs parents.

## 10. Modifications

Toute modification importante de cette politique vous sera notifiée par e-mail et par un message dans l'application, au moins un mois avant son entrée en vigueur.
"""

FR_ACCROBRANCHE = """# Données personnelles

**Les Cimes d'Orée** – parc aventure en forêt, route de la Chênaie, 41000 Blois

Les Cimes d'Orée SAS exploite un parc d'accrobranche, de tyroliennes et de filets suspendus. Nous sommes responsables du traitement des données que vous nous confiez lors de vos réservations et de vos visites. Contact : bonjour@cimesdoree.fr.

Dernière mise à jour : 2 avril 2026

## Réservation

Lorsque vous réservez en ligne, nous collectons le nom, le prénom, l'adresse e-mail et le numéro de téléphone de la personne qui réserve, ainsi que le nombre de participants et leur tranche d'âge et de taille, qui déterminent les parcours autorisés. Le paiement est traité par notre prestataire SumUp ; nous ne conservons pas vos données bancaires.

## Sur place

Avant de monter sur les parcours, chaque participant (ou son représentant légal pour les mineurs) signe une fiche d'engagement sur tablette, qui indique son nom, son âge et confirme qu'il a suivi la formation de sécurité. Ces fiches sont conservées 3 ans, durée pendant laquelle elles peuvent être demandées par notre assureur en cas d'accident.

Le parking et l'accueil sont placés sous vidéoprotection pour la sécurité des biens et des personnes. Les images sont conservées 30 jours, sauf si elles sont nécessaires à une enquête. Un panneau à l'entrée du parc vous en informe.

## Groupes et anniversaires

Pour les groupes scolaires, les centres de loisirs et les anniversaires, nous traitons les coordonnées de l'organisateur et la liste des enfants participants (prénom, âge). Ces listes sont supprimées à la fin de la saison.

## Newsletter

Si vous cochez la case prévue lors de la réservation, nous vous envoyons nos actualités (ouverture de saison, nocturnes, nouveaux parcours) par e-mail, au plus une fois par mois. Vous pouvez vous désinscrire à tout moment.

## Vos droits

Vous pouvez accéder à vos données, les faire corriger ou supprimer et vous opposer à leur utilisation en nous écrivant à bonjour@cimesdoree.fr ou à l'adresse du parc. Vous pouvez aussi adresser une réclamation à la CNIL.
"""

FR_PROMO = """# Politique cookies

CodeMalin SAS – 5 rue Sainte-Catherine, 33000 Bordeaux

Dernière mise à jour : 10 juin 2026

CodeMalin publie des codes promo et des bons plans de plus de 3 000 marchands en ligne. Lorsque vous cliquez sur « Voir le code » ou « Accéder à l'offre », vous êtes redirigé vers le site du marchand. Si vous effectuez un achat, le marchand peut nous verser une commission : c'est ce qui nous permet de proposer le site gratuitement. La présente politique décrit les cookies et traceurs déposés lorsque vous consultez codemalin.fr.

## Qu'est-ce qu'un cookie ?

Un cookie est un petit fichier texte déposé sur votre terminal (ordinateur, smartphone, tablette) lors de la consultation d'un site. Il permet au site, pendant sa durée de validité, de reconnaître votre terminal. D'autres traceurs fonctionnent de la même manière, comme les pixels ou le stockage local du navigateur.

## Les cookies que nous utilisons

### Cookies strictement nécessaires

Ils sont indispensables au fonctionnement du site et ne nécessitent pas votre consentement :
- cm_session : maintien de votre session de navigation (durée de la session) ;
- cm_consent : mémorisation de vos choix en matière de cookies (6 mois) ;
- cm_favoris : mémorisation des marchands que vous avez ajoutés à vos favoris (12 mois).

### Cookies d'affiliation

Lorsque vous cliquez sur une offre, un identifiant de clic est transmis au marchand ou à sa plateforme d'affiliation, qui dépose un cookie sur son propre site pour attribuer l'éventuel achat à CodeMalin. Nos plateformes d'affiliation partenaires sont Awin, Effiliation et TimeOne. Ces cookies ne sont déposés qu'avec votre consentement.

### Cookies de mesure d'audience

Nous utilisons Matomo, hébergé sur nos serveurs en France, pour mesurer la fréquentation du site. Matomo est configuré conformément aux recommandations de la CNIL pour être exempté de consentement : les données sont anonymisées, ne sont pas croisées avec d'autres traitements et ne servent qu'à produire des statistiques. Durée de vie des cookies : 13 mois. Vous pouvez néanmoins vous y opposer depuis notre gestionnaire de cookies.

### Cookies publicitaires

Avec votre consentement, Google (Google Ads) dépose des cookies permettant de mesurer l'efficacité de nos campagnes publicitaires sur le moteur de recherche Google (durée : 90 jours).

## Comment gérer vos choix ?

Lors de votre première visite, un bandeau vous permet d'accepter ou de refuser les cookies non nécessaires, catégorie par catégorie ou tous à la fois. Le refus est aussi simple que l'acceptation. Vous pouvez modifier vos choix à tout moment en cliquant sur le lien « Gestion des cookies » en bas de chaque page. Vos choix sont conservés 6 mois.

Vous pouvez également configurer votre navigateur pour bloquer les cookies ; certaines fonctionnalités du site risquent alors de ne plus fonctionner.

## Contact

Pour toute question : vieprivee@codemalin.fr
"""
FR_THERMES = """# Politique de confidentialité

**Sourcéa** – réservation de cures thermales et de séjours bien-être

Sourcéa SAS, 8 allée des Thermes, 63150 La Bourboule, exploite le site sourcea.fr, qui permet de réserver une cure thermale conventionnée ou un séjour de remise en forme dans l'un des douze établissements thermaux partenaires, ainsi que l'hébergement associé. Sourcéa est responsable des traitements décrits ci-dessous.

Version du 12 février 2026

## Données collectées

Lors de votre réservation, nous collectons :

- vos nom, prénom, date de naissance, adresse postale, adresse e-mail et numéro de téléphone ;
- l'orientation thérapeutique de votre cure (par exemple rhumatologie ou voies respiratoires) et les dates souhaitées, afin de vous proposer un établissement et des créneaux adaptés ;
- vos préférences d'hébergement et les personnes qui vous accompagnent ;
- les informations de paiement de l'acompte, traitées par notre prestataire Lyra (nous ne conservons pas vos données bancaires).

Nous ne vous demandons pas votre prescription médicale : vous la présentez directement à l'établissement thermal lors de votre arrivée, avec votre formulaire de prise en charge de l'Assurance Maladie.

## Utilisation des données

Vos données sont utilisées pour :

- traiter votre réservation et la transmettre à l'établissement thermal et à l'hébergeur choisis (exécution du contrat) ;
- vous envoyer la confirmation, les documents de préparation de votre cure et un rappel avant votre arrivée (exécution du contrat) ;
- vous adresser, avec votre accord, nos offres de séjours et nos conseils bien-être (consentement) ;
- établir des statistiques anonymes de fréquentation (intérêt légitime).

L'orientation thérapeutique de votre cure est une donnée de santé. Nous ne la traitons qu'avec votre consentement explicite, recueilli au moment de la réservation, et uniquement pour organiser votre séjour.

## Destinataires

Vos données sont transmises à l'établissement thermal et à l'hébergeur que vous avez choisis, qui en deviennent responsables pour la durée de votre séjour. Nos prestataires techniques (hébergement du site chez OVHcloud à Roubaix, envoi d'e-mails par Brevo) y ont accès dans la limite de leurs missions.

## Conservation

Les données de réservation sont conservées 3 ans après votre dernier séjour, puis supprimées. L'orientation thérapeutique est supprimée 6 mois après la fin de votre cure. Les pièces comptables sont conservées 10 ans.

## Vos droits

Vous pouvez exercer vos droits d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité, et retirer votre consentement à tout moment, en écrivant à notre délégué à la protection des données : dpo@sourcea.fr, ou par courrier à l'adresse du siège. Vous pouvez introduire une réclamation auprès de la CNIL.
"""

FR_COURSES = """# Protection de vos données

**Dossard Express** – inscriptions en ligne aux courses à pied, trails et triathlons

Dossard Express SAS, 14 rue du Stade, 38000 Grenoble, édite la plateforme dossard-express.fr, sur laquelle les organisateurs de courses gèrent les inscriptions et les coureurs s'inscrivent et paient leur dossard.

Mise à jour le 6 mai 2026

## Qui est responsable ?

Dossard Express est responsable du traitement des données de votre compte coureur. L'organisateur de chaque course à laquelle vous vous inscrivez est responsable des données de votre inscription à sa course ; Dossard Express agit alors comme son sous-traitant.

## Quelles données ?

- Compte coureur : nom, prénom, sexe, date de naissance, adresse e-mail, téléphone, club, numéro de licence FFA ou FFTri le cas échéant.
- Inscription : course choisie, catégorie, taille de t-shirt, personne à prévenir en cas d'urgence.
- Certificat médical ou attestation du questionnaire de santé, lorsque la réglementation l'impose aux non-licenciés : le document est téléversé sur la plateforme et consulté par l'organisateur.
- Paiement : traité par Stripe ; nous conservons la référence et le montant.

## Pour quoi faire ?

- Gérer votre compte et vos inscriptions, encaisser les frais d'inscription et les transmettre à l'organisateur.
- Permettre à l'organisateur de vérifier votre certificat médical ou votre licence et de préparer les dossards.
- Publier les listes d'inscrits et les résultats (nom, prénom, catégorie, club, temps) sur la page de la course, comme le prévoit le règlement de chaque épreuve. Vous pouvez demander à l'organisateur d'apparaître sous forme anonyme.
- Vous envoyer, si vous l'acceptez, le calendrier des courses de votre région.

## Qui reçoit vos données ?

L'organisateur de la course, son prestataire de chronométrage, et nos sous-traitants techniques (hébergement chez Scaleway en France, paiement par Stripe).

## Combien de temps ?

Votre compte est conservé tant que vous l'utilisez, puis supprimé après 3 ans sans inscription. Les certificats médicaux sont supprimés 1 mois après la course. Les résultats restent publiés, sauf demande d'anonymisation.

## Vos droits

Vous pouvez demander l'accès à vos données, leur rectification, leur effacement ou leur portabilité, et vous opposer à leur traitement, en écrivant à donnees@dossard-express.fr. Pour les données d'une inscription, vous pouvez aussi vous adresser directement à l'organisateur. Nous répondons sous un mois. En cas de difficulté, vous pouvez saisir la CNIL.
"""

FR_MONTAGNE = """# Politique relative aux cookies et autres traceurs

**Cordée Équipement** – matériel d'alpinisme, d'escalade et de randonnée

Mise à jour : 25 août 2026

Cordée Équipement SAS, 112 avenue de l'Aiguille du Midi, 74400 Chamonix-Mont-Blanc (RCS Annecy 789 456 123), édite la boutique en ligne cordee-equipement.fr et l'application Cordée. La présente politique vous informe sur les cookies et autres traceurs utilisés sur nos services, sur leurs finalités et sur les choix dont vous disposez. Pour en savoir plus sur le traitement de vos données personnelles en général, consultez notre [politique de confidentialité](https://www.cordee-equipement.fr/confidentialite).

## 1. Qu'est-ce qu'un traceur ?

Un cookie est un fichier déposé sur votre terminal lors de la visite d'un site. Par « traceurs », nous désignons les cookies et toute autre technologie permettant de lire ou d'écrire des informations sur votre terminal : pixels, balises, stockage local, identifiants publicitaires mobiles, SDK intégrés à notre application.

Certains traceurs sont déposés par Cordée Équipement (traceurs « internes »), d'autres par des sociétés partenaires (traceurs « tiers »), qui peuvent les utiliser pour leurs propres finalités selon leur propre politique de confidentialité.

## 2. Votre consentement

Conformément à l'article 82 de la loi Informatique et Libertés et aux lignes directrices de la CNIL, les traceurs qui ne sont pas strictement nécessaires au service ne sont déposés qu'après votre consentement. Lors de votre première visite, notre bandeau vous propose trois boutons de même taille : « Tout accepter », « Tout refuser » et « Personnaliser ». Fermer le bandeau vaut refus.

Votre choix est conservé pendant 6 mois, puis nous vous le redemandons. Vous pouvez le modifier à tout moment grâce au lien « Gérer mes cookies » présent en bas de chaque page et dans le menu « Mon compte » de l'application. Retirer votre consentement est aussi simple que de le donner.

## 3. Les traceurs que nous utilisons

### 3.1 Traceurs strictement nécessaires (sans consentement)

| Nom | Émetteur | Finalité | Durée |
|---|---|---|---|
| ce_session | Cordée Équipement | Session, connexion à votre compte | Session |
| ce_panier | Cordée Équipement | Conservation de votre panier | 30 jours |
| ce_consent | Cordée Équipement | Mémorisation de vos choix de cookies | 6 mois |
| __cf_bm | Cloudflare | Protection du site contre les robots | 30 minutes |
| PSPsession | Payplug | Sécurisation du paiement | Session |

### 3.2 Traceurs de personnalisation (avec consentement)

| Nom | Émetteur | Finalité | Durée |
|---|---|---|---|
| ce_magasin | Cordée Équipement | Mémorisation de votre magasin préféré pour afficher les stocks | 12 mois |
| ce_reco | Cordée Équipement | Recommandations de produits selon les articles consultés | 6 mois |

### 3.3 Traceurs de mesure d'audience (avec consentement)

| Nom | Émetteur | Finalité | Durée |
|---|---|---|---|
| _ga | Google Analytics | Distinction des visiteurs | 13 mois |
| _ga_<ID> | Google Analytics | État de la session | 13 mois |
| _cs_id | Contentsquare | Analyse des parcours et des zones cliquées | 13 mois |
| _cs_s | Contentsquare | Nombre de pages vues dans la session | 30 minutes |

Les données de Contentsquare sont pseudonymisées : les champs de saisie (adresse, paiement) ne sont jamais collectés.

### 3.4 Traceurs publicitaires (avec consentement)

| Nom | Émetteur | Finalité | Durée |
|---|---|---|---|
| _fbp | Meta Platforms Ireland | Mesure et ciblage de nos publicités sur Facebook et Instagram | 3 mois |
| _gcl_au | Google Ireland | Mesure des conversions de nos annonces Google | 3 mois |
| _ttp | TikTok Technology Ltd | Mesure de nos campagnes sur TikTok | 13 mois |
| cto_bundle | Criteo | Affichage de nos publicités sur d'autres sites selon les produits consultés | 13 mois |

Ces partenaires sont responsables des traitements qu'ils réalisent pour leur propre compte. Vous pouvez consulter leurs politiques : [Meta](https://www.facebook.com/privacy/policy/), [Google](https://policies.google.com/privacy), [TikTok](https://www.tiktok.com/legal/privacy-policy-eea) et [Criteo](https://www.criteo.com/fr/privacy/).

## 4. Traceurs dans l'application

L'application Cordée utilise le SDK Firebase Crashlytics pour détecter les plantages (strictement nécessaire) et, avec votre consentement donné dans l'écran « Confidentialité », le SDK Google Analytics pour Firebase. L'application n'utilise pas l'identifiant publicitaire de votre téléphone.

## 5. Paramétrer votre navigateur

Vous pouvez aussi bloquer les cookies depuis votre navigateur. Le blocage des traceurs strictement nécessaires peut empêcher le fonctionnement du panier ou du paiement. Pour savoir comment faire : [Chrome](https://support.google.com/chrome/answer/95647), [Firefox](https://support.mozilla.org/fr/kb/cookies-informations-sites-enregistrent), [Safari](https://support.apple.com/fr-fr/guide/safari/sfri11471/mac), [Edge](https://support.microsoft.com/fr-fr/microsoft-edge).

## 6. Nous contacter

Pour toute question relative aux traceurs, écrivez à notre délégué à la protection des données : dpo@cordee-equipement.fr.
"""

FR_THE = """# Vos données personnelles

La Maison Théodore, thés et infusions biologiques, vend ses thés sur maison-theodore.fr et dans sa boutique du 9 rue des Carmes, 45000 Orléans. Le site est édité par la Maison Théodore SARL (RCS Orléans 502 318 944), responsable du traitement de vos données.

Dernière révision : mars 2026

## Ce que nous collectons

Quand vous passez commande, nous avons besoin de vos nom, prénom, adresse de livraison et de facturation, adresse e-mail et numéro de téléphone (pour le transporteur). Le paiement est assuré par PayPlug : vos coordonnées bancaires ne nous sont jamais transmises.

Si vous créez un compte, nous conservons l'historique de vos commandes pour vous permettre de recommander facilement vos thés préférés. Si vous vous abonnez à notre « Thé du mois », nous conservons aussi vos préférences (thés noirs, verts, sans théine…).

## Pourquoi

Nous utilisons ces informations pour préparer et expédier vos commandes, gérer votre abonnement, répondre à vos questions et, si vous l'avez accepté, vous envoyer notre lettre mensuelle avec nos nouveautés et nos recettes.

## Avec qui nous les partageons

Vos coordonnées de livraison sont transmises à Colissimo ou à Mondial Relay selon le mode de livraison choisi. Notre boutique en ligne est hébergée par Shopify. Notre lettre est envoyée avec Brevo. Personne d'autre n'a accès à vos données, et nous ne les vendons à personne.

## Cookies

Notre site n'utilise que les cookies nécessaires au panier et au paiement, ainsi que, si vous l'acceptez, la mesure d'audience de Shopify. Vous pouvez modifier votre choix à tout moment grâce au lien « Cookies » en bas de page.

## Combien de temps

Nous gardons vos données de client pendant 3 ans après votre dernière commande, et nos factures pendant 10 ans, comme la loi l'exige.

## Vos droits

Vous pouvez nous demander à tout moment de consulter, corriger ou effacer vos données, ou vous opposer à leur utilisation, en écrivant à bonjour@maison-theodore.fr. Vous pouvez aussi vous adresser à la CNIL si vous pensez que vos droits ne sont pas respectés.
"""

FR_VOLS = """# Cookies et traceurs sur Envolia

Envolia SAS, 3 place Jean-Jaurès, 31000 Toulouse, édite le comparateur de vols envolia.fr. Nous comparons les tarifs de plus de 500 compagnies aériennes et agences de voyages en ligne ; lorsque vous choisissez un vol, nous vous redirigeons vers le site du vendeur pour la réservation.

Dernière modification : 30 septembre 2026

## Pourquoi des cookies ?

Nous utilisons des cookies pour faire fonctionner le comparateur (mémoriser votre recherche en cours, vos choix de langue et de devise), pour mesurer l'audience du site et, si vous l'acceptez, pour mesurer l'efficacité de nos campagnes publicitaires.

## Cookies nécessaires

- `env_search` : conserve les critères de votre recherche en cours (aéroports, dates, passagers). Durée : 24 heures.
- `env_prefs` : mémorise votre langue, votre devise et votre aéroport de départ habituel. Durée : 6 mois.
- `env_consent` : enregistre vos choix en matière de cookies. Durée : 6 mois.

## Cookies de mesure d'audience

Nous utilisons AT Internet (Piano Analytics) pour savoir combien de personnes visitent le site, quelles pages sont consultées et d'où viennent les visiteurs. Ces cookies (`_pcid`, `_pctx`, 13 mois) ne sont déposés qu'avec votre consentement. Vous pouvez les refuser dans le bandeau de cookies ou les désactiver à tout moment depuis la page « Mes préférences cookies ».

## Cookies publicitaires

Avec votre accord, Google Ads (`_gcl_au`, 90 jours) et Microsoft Advertising (`_uetvid`, 13 mois) mesurent combien de recherches proviennent de nos annonces sur leurs moteurs de recherche.

## Vos choix

À votre première visite, vous pouvez tout accepter, tout refuser ou choisir catégorie par catégorie. Vous pouvez modifier vos choix à tout moment depuis la page « Mes préférences cookies », accessible en bas de chaque page. Nous vous redemandons votre choix au bout de 6 mois.

## Contact

Pour toute question : confidentialite@envolia.fr
"""
FR_SCOOTERS = """# Politique de confidentialité Mobeo

Date de mise à jour : 20 avril 2026

Mobeo SAS met à disposition, en libre-service, des scooters électriques équivalents 50 cm³ et 125 cm³ à Paris, Lyon, Marseille et Nantes, réservables depuis l'application Mobeo. Mobeo SAS, société par actions simplifiée au capital de 2 500 000 €, immatriculée au RCS de Nanterre sous le numéro 880 412 657, dont le siège social est situé 40 rue Jean-Jaurès, 92300 Levallois-Perret, est responsable du traitement de vos données personnelles.

Notre délégué à la protection des données (DPO) est joignable à dpo@mobeo.fr.

## 1. Données collectées

### 1.1 Inscription

Pour créer un compte, vous nous communiquez :

- vos nom, prénom, date de naissance, adresse e-mail et numéro de téléphone mobile ;
- une photo recto verso de votre permis de conduire (catégorie AM, A1, A2, A ou B selon le véhicule) et un selfie, que notre équipe compare avec la photo du permis pour vérifier que le permis vous appartient ;
- un moyen de paiement (carte bancaire, Apple Pay ou Google Pay), enregistré par notre prestataire de paiement.

### 1.2 Utilisation des scooters

Pendant chaque location, nous collectons :

- la position GPS du scooter, transmise toutes les 30 secondes par son boîtier connecté ;
- l'heure de début et de fin de location, la distance parcourue et le niveau de batterie ;
- la photo du scooter garé que vous prenez en fin de location ;
- l'ouverture et la fermeture du top-case où se trouvent les casques.

Entre deux locations, le boîtier continue de transmettre la position du scooter pour que nous puissions le localiser, le recharger et le retrouver en cas de vol. Cette position n'est alors rattachée à aucun utilisateur.

### 1.3 Infractions et sinistres

Si une infraction au code de la route est commise pendant votre location (excès de vitesse relevé par un radar, stationnement interdit), nous recevons l'avis de contravention et, comme la loi nous y oblige, nous désignons le conducteur à l'Agence nationale de traitement automatisé des infractions (ANTAI). En cas d'accident ou de dommage, nous collectons le constat amiable, les photos et les témoignages.

### 1.4 Données techniques

Modèle de téléphone, version de l'application, adresse IP, journaux d'erreurs, et, si vous l'autorisez, la position de votre téléphone lorsque l'application est ouverte, afin d'afficher les scooters disponibles autour de vous.

### 1.5 Parrainage et offres professionnelles

Si vous parrainez un proche, nous enregistrons son adresse e-mail uniquement pour lui envoyer votre invitation ; elle est supprimée au bout de 30 jours s'il ne s'inscrit pas. Si votre employeur a souscrit une offre Mobeo Pro, nous lui communiquons chaque mois le nombre de trajets et le montant pris en charge pour chacun de ses salariés bénéficiaires, mais jamais les itinéraires ni les positions.

## 2. Finalités et bases légales

| Finalité | Base légale |
|---|---|
| Création et gestion de votre compte | Exécution du contrat |
| Vérification de votre permis de conduire et de votre identité | Obligation légale (le loueur doit vérifier le permis) et exécution du contrat |
| Location des scooters, calcul du prix et facturation | Exécution du contrat |
| Localisation des scooters, recharge et maintenance de la flotte | Intérêt légitime |
| Désignation du conducteur en cas d'infraction | Obligation légale |
| Gestion des sinistres et des litiges | Exécution du contrat et intérêt légitime |
| Prévention de la fraude (comptes frauduleux, moyens de paiement volés) | Intérêt légitime |
| Envoi d'offres promotionnelles par e-mail ou notification | Consentement |
| Statistiques de déplacement anonymisées pour les collectivités | Obligation prévue par les autorisations d'occupation du domaine public |

## 3. Destinataires

| Destinataire | Objet | Localisation |
|---|---|---|
| Équipes de Mobeo (service client, opérations, fraude) | Gestion du service | France |
| [Adyen N.V.](https://www.adyen.com/fr_FR/politiques-et-mentions-legales/privacy-policy) | Paiements | Pays-Bas |
| Google Cloud (centre de données de Paris) | Hébergement | France |
| Invers GmbH | Boîtiers connectés des scooters | Allemagne |
| Axeria IARD | Assurance des véhicules et gestion des sinistres | France |
| Brevo | E-mails et SMS | France |
| ANTAI, forces de l'ordre, autorités judiciaires | Obligations légales, réquisitions | France |

Les données transmises à Invers GmbH se limitent aux identifiants des boîtiers, aux positions et aux commandes d'ouverture et de fermeture : Invers ne reçoit ni votre nom ni vos coordonnées. Les villes où nous opérons reçoivent uniquement des statistiques anonymisées (nombre de trajets par zone et par tranche horaire). Nous ne vendons pas vos données et ne les transmettons pas à des annonceurs.

## 4. Transferts hors de l'Union européenne

Vos données sont hébergées et traitées dans l'Union européenne. Nos prestataires peuvent faire appel, pour la maintenance de leurs outils, à des équipes situées hors de l'Union européenne ; ces accès sont alors encadrés par les clauses contractuelles types de la Commission européenne.

## 5. Traceurs de l'application

L'application utilise des traceurs strictement nécessaires à son fonctionnement (connexion, sécurité, rapports de plantage) et, uniquement si vous l'acceptez dans l'écran de consentement affiché au premier lancement, un outil de mesure d'audience qui nous indique quels écrans sont consultés. Vous pouvez modifier ce choix à tout moment dans Profil > Confidentialité.

## 6. Durées de conservation

- Compte : pendant toute la durée de votre inscription, puis 3 ans après votre dernière location.
- Photos du permis et selfie : jusqu'à la validation de votre compte, puis seule la date de validité du permis est conservée.
- Données de location (trajets, positions GPS rattachées à une location) : 12 mois, puis anonymisation ; les factures sont conservées 10 ans.
- Photos de stationnement : 3 mois.
- Dossiers d'infraction et de sinistre : jusqu'à la fin de la procédure, puis 5 ans.

## 7. Vos droits

Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité, ainsi que du droit de retirer votre consentement à tout moment et de définir des directives relatives au sort de vos données après votre décès.

Vous pouvez exercer ces droits depuis l'application (Profil > Confidentialité) ou par e-mail à dpo@mobeo.fr. Nous vous répondrons dans un délai d'un mois. Vous pouvez également introduire une réclamation auprès de la CNIL ([www.cnil.fr/fr/plaintes](https://www.cnil.fr/fr/plaintes)).

## 8. Sécurité

Les données sont chiffrées en transit et au repos. Les photos de permis sont stockées dans un espace séparé, accessible uniquement à l'équipe chargée des vérifications. Les accès de nos salariés sont nominatifs et contrôlés.

## 9. Modifications

En cas de modification substantielle de la présente politique, nous vous informerons par e-mail et par une notification dans l'application au moins un mois avant son entrée en vigueur.
"""

FR_VEHICULE = """# Politique de confidentialité

**Voltabo** – abonnement mensuel à une voiture électrique

Voltabo SAS, 22 boulevard de la Liberté, 59000 Lille, propose des abonnements tout compris à des voitures électriques (véhicule, assurance, entretien et assistance) sans engagement de longue durée. Nous sommes responsables du traitement des données personnelles de nos abonnés et des personnes qui font une demande d'abonnement.

Dernière mise à jour : 7 juillet 2026

## 1. Les données que nous traitons

- **Identité et contact** : nom, prénom, date et lieu de naissance, adresse, e-mail, téléphone.
- **Permis de conduire** : copie recto verso, date d'obtention, catégorie, pour vous et pour chaque conducteur secondaire déclaré.
- **Étude de votre demande** : justificatif de domicile, justificatif de revenus (trois derniers bulletins de salaire ou dernier avis d'imposition), RIB.
- **Véhicule** : immatriculation, kilométrage relevé lors des entretiens, rendez-vous d'entretien, sinistres déclarés.
- **Géolocalisation** : nos véhicules sont équipés d'un boîtier qui transmet leur position. Celle-ci n'est consultée qu'en cas de vol déclaré, de non-restitution du véhicule à la fin de l'abonnement ou de demande d'assistance de votre part.

## 2. Finalités

Nous utilisons ces données pour étudier votre demande et vérifier votre solvabilité, conclure et gérer votre abonnement, assurer le véhicule auprès de notre assureur partenaire, organiser les entretiens et l'assistance, retrouver le véhicule en cas de vol ou de non-restitution, recouvrer les impayés et respecter nos obligations légales. Avec votre accord, nous vous informons de nos nouveaux modèles et offres.

L'étude de votre demande donne lieu à une analyse par nos conseillers ; aucune décision de refus n'est prise de manière entièrement automatisée.

## 3. Destinataires

Nos équipes commerciales et de gestion, notre assureur (Leocare), les ateliers du réseau d'entretien auxquels vous confiez le véhicule, notre prestataire de géolocalisation (Munic), notre prestataire de prélèvement (GoCardless) et, en cas d'impayé, notre société de recouvrement.

## 4. Durées de conservation

- Demandes refusées ou abandonnées : 6 mois.
- Dossier d'abonné : durée de l'abonnement, puis 5 ans.
- Données de géolocalisation : 2 mois, puis suppression automatique, sauf si elles sont nécessaires à une procédure en cours (vol, non-restitution).
- Factures : 10 ans.

## 5. Vos droits

Vous pouvez accéder à vos données, les rectifier, les effacer, en limiter le traitement, vous opposer à leur traitement et en demander la portabilité en écrivant à privacy@voltabo.fr. Vous pouvez retirer à tout moment votre accord pour nos communications commerciales. En cas de désaccord, vous pouvez saisir la CNIL.
"""

FR_PIECESAUTO = """# Politique de confidentialité – Piston Direct

Piston Direct SAS, 3 rue de l'Industrie, 69200 Vénissieux, vend en ligne des pièces détachées et accessoires pour voitures et deux-roues sur piston-direct.fr. Cette politique décrit la manière dont nous traitons vos données personnelles.

En vigueur au 18 mars 2026

## Responsable du traitement

Piston Direct SAS (RCS Lyon 834 221 907) est responsable du traitement. Vous pouvez nous écrire à donnees-perso@piston-direct.fr.

## Données collectées

- Données de compte et de commande : civilité, nom, prénom, adresses, e-mail, téléphone, historique des commandes et des retours.
- Votre véhicule : pour vous proposer des pièces compatibles, vous pouvez saisir votre plaque d'immatriculation. Nous interrogeons alors le Système d'immatriculation des véhicules (SIV), par l'intermédiaire de notre prestataire agréé, pour obtenir la marque, le modèle, la motorisation et la date de première mise en circulation. Vous pouvez enregistrer un ou plusieurs véhicules dans votre « Garage ».
- Données de paiement : traitées par notre prestataire Ingenico ; nous ne conservons pas votre numéro de carte.
- Avis : les avis que vous déposez sur les produits, publiés avec votre prénom et l'initiale de votre nom.

## Finalités

Nous traitons vos données pour gérer vos commandes, livraisons, retours et garanties (exécution du contrat), pour afficher les pièces compatibles avec votre véhicule (exécution du contrat), pour prévenir la fraude au paiement (intérêt légitime), pour vous envoyer nos offres par e-mail si vous l'avez accepté (consentement) et pour tenir notre comptabilité (obligation légale).

## Destinataires

Vos données sont accessibles à notre service client et à notre entrepôt, ainsi qu'à nos prestataires : hébergement (OVHcloud), paiement (Ingenico), transport (Colissimo, DPD, GLS), envoi d'e-mails (Splio) et interrogation du SIV (AAA Data). Nous ne transmettons jamais votre plaque d'immatriculation ni les informations de votre véhicule à des tiers, en dehors de notre prestataire d'interrogation du SIV.

## Durées de conservation

Les données clients sont conservées 3 ans à compter de la dernière commande. Les véhicules enregistrés dans votre Garage le restent jusqu'à ce que vous les supprimiez ou que votre compte soit clôturé. Les factures sont conservées 10 ans.

## Vos droits

Conformément au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité. Pour les exercer, écrivez à donnees-perso@piston-direct.fr ou à Piston Direct – Service Données personnelles – 3 rue de l'Industrie, 69200 Vénissieux. Vous pouvez introduire une réclamation auprès de la CNIL ([www.cnil.fr](https://www.cnil.fr/fr/plaintes)).
"""

FR_JEUX = """# Politique cookies du Repaire du Dé

Le Repaire du Dé, boutique de jeux de société à Rennes (12 rue Saint-Malo, 35000 Rennes), vend ses jeux en ligne sur repairedude.fr. Voici comment nous utilisons les cookies sur ce site.

Mise à jour : 3 novembre 2026

## Les cookies indispensables

| Cookie | À quoi il sert | Durée |
|---|---|---|
| PHPSESSID | Garder votre session et votre panier | Session |
| rdd_consent | Retenir vos choix sur les cookies | 6 mois |
| rdd_wishlist | Garder votre liste d'envies si vous n'avez pas de compte | 3 mois |

Ces cookies sont nécessaires au fonctionnement de la boutique : ils ne demandent pas votre accord.

## Les cookies de mesure d'audience

Nous utilisons Matomo, installé sur notre propre serveur, pour compter les visites et savoir quels jeux vous intéressent le plus. Matomo est paramétré selon les recommandations de la CNIL (adresses IP anonymisées, pas de suivi d'un site à l'autre) ; ces cookies (`_pk_id` 13 mois, `_pk_ses` 30 minutes) sont donc déposés sans consentement, mais vous pouvez vous y opposer avec le bouton ci-dessous.

## Les contenus intégrés

Nos fiches produits contiennent des vidéos de présentation des règles hébergées sur YouTube. Si vous acceptez les cookies « Vidéos » dans le bandeau, YouTube (Google) peut déposer ses propres cookies (`VISITOR_INFO1_LIVE`, `YSC`) lorsque vous regardez une vidéo. Sinon, la vidéo est remplacée par un lien vers YouTube.

Nos fiches affichent aussi les avis clients collectés par Avis Vérifiés ; ce module ne dépose pas de cookie.

## Les cookies publicitaires

Si vous les acceptez, Meta (`_fbp`, 3 mois) mesure les achats réalisés après avoir vu nos publications sponsorisées sur Facebook et Instagram.

## Changer d'avis

Vous pouvez changer vos choix à tout moment en cliquant sur « Cookies » en bas de chaque page. Pour toute question, écrivez-nous à bonjour@repairedude.fr.
"""

FR_MONTGOLFIERE = """# Données personnelles

Ciel d'Anjou Montgolfières – baptêmes de l'air en montgolfière au-dessus de la vallée de la Loire

Ciel d'Anjou SARL, 5 chemin des Aéronautes, 49400 Saumur, organise des vols en montgolfière et vend des bons cadeaux sur cieldanjou.fr. Nous sommes responsables des données que vous nous confiez.

Dernière mise à jour : 22 janvier 2026

## Quelles données et pourquoi ?

**Réservation et bons cadeaux.** Nom, prénom, e-mail et téléphone de l'acheteur et de chaque passager, date de vol souhaitée. Si vous offrez un bon cadeau, nous enregistrons aussi le nom du bénéficiaire et le message que vous souhaitez y faire figurer. Ces données servent à organiser votre vol et à vous prévenir en cas de report lié à la météo, ce qui arrive souvent.

**Poids des passagers.** Nous demandons le poids approximatif de chaque passager. Il sert au pilote pour calculer la charge de la nacelle, comme l'exige la réglementation aéronautique. Il n'est utilisé pour rien d'autre.

**Santé.** Nous vous demandons de nous signaler une éventuelle grossesse ou un problème de dos, de genoux ou de cœur, car l'atterrissage peut être brusque. Ces informations ne sont communiquées qu'au pilote du jour.

**Photos.** Notre équipe au sol peut prendre des photos du décollage. Elles vous sont envoyées gratuitement par e-mail après le vol.

## Qui y a accès ?

Notre pilote et notre équipe au sol, notre prestataire de réservation en ligne (Regiondo) et notre assureur en cas d'incident. Vos données ne sont jamais vendues.

## Combien de temps ?

Les données de réservation sont supprimées 2 ans après votre vol. Le poids et les informations de santé sont effacés le lendemain du vol. Les photos sont supprimées de nos serveurs 3 mois après l'envoi.

## Vos droits

Vous pouvez accéder à vos données, les corriger, les effacer ou vous opposer à leur utilisation en écrivant à contact@cieldanjou.fr. Vous pouvez aussi saisir la CNIL.
"""
FR_NAVETTES = """# Politique de confidentialité

**Navette Aéro Express** – transferts partagés et privés vers les aéroports de Paris

Navette Aéro Express SAS, 31 rue de Clichy, 75009 Paris (RCS Paris 818 540 221), organise des transferts en minibus partagé et en voiture privée entre Paris, sa banlieue et les aéroports de Roissy-Charles-de-Gaulle, d'Orly et de Beauvais. La présente politique explique comment nous utilisons vos données.

Mise à jour : 9 septembre 2026

## Responsable du traitement

Navette Aéro Express SAS est responsable du traitement de vos données. Pour toute question : rgpd@navette-aero.fr.

## Données collectées

Pour organiser votre transfert, nous collectons :

- le nom, le prénom, l'e-mail et le numéro de téléphone portable du passager principal ;
- le nombre de passagers et de bagages, la présence d'enfants (pour prévoir les sièges adaptés) ;
- l'adresse de prise en charge ou de dépose et le numéro de vol, qui nous permet de suivre l'heure réelle d'arrivée de votre avion ;
- les données de paiement, traitées par Stripe.

Le jour du transfert, le chauffeur vous appelle ou vous envoie un SMS par l'intermédiaire d'un numéro masqué : il ne voit pas votre vrai numéro.

## Finalités

Vos données sont utilisées pour organiser le transfert et optimiser l'ordre des prises en charge dans les navettes partagées (exécution du contrat), pour vous envoyer la confirmation et les informations de dernière minute (exécution du contrat), pour traiter les réclamations et objets oubliés (intérêt légitime), pour vous adresser nos offres si vous y avez consenti (consentement) et pour respecter nos obligations comptables (obligation légale).

## Destinataires

Les transferts sont assurés par nos chauffeurs salariés, qui reçoivent le nom du passager principal, l'adresse de prise en charge, le numéro de vol et le nombre de passagers. Nos sous-traitants sont Stripe (paiement), Twilio (numéros masqués et SMS), Google Cloud (hébergement, Belgique) et Brevo (e-mails).

## Conservation

Les réservations sont conservées 3 ans après le transfert, les factures 10 ans. Les journaux d'appels et de SMS passés par numéro masqué sont supprimés après 3 mois.

## Vos droits

Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité, ainsi que du droit de retirer votre consentement à tout moment. Écrivez à rgpd@navette-aero.fr. Nous vous répondrons dans un délai d'un mois.

Si vous estimez que vos droits ne sont pas respectés, vous pouvez introduire une réclamation auprès de la Commission nationale de l'informatique et des libertés (CNIL), 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, ou en ligne sur [www.cnil.fr](https://www.cnil.fr/fr/plaintes).
"""

FR_BOX = """# Politique de confidentialité

**La Box du Terroir** – chaque mois, une box de produits de petits producteurs français

La Box du Terroir SAS, 6 rue des Halles, 21000 Dijon, RCS Dijon 842 090 613, est responsable des traitements de données décrits ci-dessous.

Version en vigueur depuis le 1er juin 2026

## Vos données

Quand vous vous abonnez ou offrez une box, nous collectons votre nom, votre prénom, votre adresse de livraison, votre adresse e-mail, votre numéro de téléphone (pour le livreur) et, si c'est un cadeau, le nom et l'adresse du destinataire. Le paiement récurrent est géré par Stripe.

Vous pouvez aussi nous indiquer vos goûts et vos contraintes (sans alcool, sans porc, sans gluten, végétarien) dans votre espace « Mes préférences », et noter les produits reçus.

## Nos finalités

| Finalité | Base légale |
|---|---|
| Gestion de l'abonnement, préparation et livraison des box | Exécution du contrat |
| Adaptation du contenu de votre box à vos préférences et à vos notes | Exécution du contrat |
| Envoi de notre lettre d'information et de nos offres | Consentement |
| Service client et réclamations | Exécution du contrat |
| Prévention des impayés | Intérêt légitime |
| Comptabilité | Obligation légale |

Les contraintes alimentaires que vous nous indiquez (par exemple « sans porc ») peuvent révéler des convictions religieuses ou un état de santé. Nous les utilisons uniquement pour composer votre box et ne les communiquons à personne.

## Destinataires

Nos équipes de préparation et de service client, nos prestataires Stripe (paiement), Colissimo et Chronopost (livraison), Shopify (boutique en ligne) et Klaviyo (e-mails). Les producteurs dont nous sélectionnons les produits ne reçoivent aucune donnée personnelle.

## Durée de conservation

Vos données sont conservées pendant votre abonnement, puis 3 ans après la fin de celui-ci à des fins de relation client. Vos préférences alimentaires sont supprimées à la fin de votre abonnement. Les factures sont conservées 10 ans.

## Vos droits

Vous pouvez exercer vos droits d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité en écrivant à donnees@boxduterroir.fr. Vous pouvez retirer votre consentement à tout moment. En cas de litige, vous pouvez saisir la CNIL.
"""

FR_CARTECADEAU = """# Politique de protection des données personnelles de Kadoa

Dernière mise à jour : 5 mai 2026

Kadoa est une carte cadeau multi-enseignes, utilisable dans plus de 400 enseignes partenaires en France, en boutique et en ligne. Elle est vendue aux particuliers sur kadoa.fr et aux entreprises et comités sociaux et économiques (CSE), qui l'offrent à leurs salariés. La carte est émise par Kadoa SAS, établissement de monnaie électronique agréé par l'Autorité de contrôle prudentiel et de résolution (ACPR), 45 rue de la Victoire, 75009 Paris, RCS Paris 829 331 504 (« Kadoa », « nous »).

Kadoa est responsable du traitement des données personnelles décrites dans la présente politique. Notre délégué à la protection des données peut être contacté par e-mail à dpo@kadoa.fr ou par courrier à l'adresse de notre siège, à l'attention du DPO.

## 1. Quelles données traitons-nous ?

### 1.1 Acheteurs particuliers

- Identité et coordonnées : nom, prénom, adresse e-mail, numéro de téléphone, adresse postale si la carte est envoyée par courrier.
- Commande : montant, nombre de cartes, message personnalisé, nom et e-mail du bénéficiaire pour les cartes électroniques.
- Paiement : référence de la transaction ; vos données bancaires sont traitées par notre prestataire de paiement.
- Au-delà de 150 € de cartes achetées sur une période de 30 jours, une pièce d'identité, en application de la réglementation relative à la lutte contre le blanchiment des capitaux et le financement du terrorisme (LCB-FT).

### 1.2 Entreprises et CSE

- Coordonnées des interlocuteurs : nom, prénom, fonction, e-mail et téléphone professionnels.
- Liste des bénéficiaires transmise par l'entreprise ou le CSE pour l'envoi des cartes électroniques : nom, prénom et adresse e-mail professionnelle.

### 1.3 Bénéficiaires (porteurs de carte)

- Numéro de carte, solde, date d'expiration.
- Historique d'utilisation : date, montant et enseigne de chaque paiement.
- Si vous créez un espace en ligne ou utilisez l'application Kadoa : adresse e-mail, mot de passe, et les cartes que vous y avez enregistrées.

### 1.4 Données techniques

Adresse IP, type de terminal, journaux de connexion, et cookies, selon notre [politique cookies](https://www.kadoa.fr/cookies).

## 2. Pourquoi traitons-nous ces données ?

| Finalité | Base légale |
|---|---|
| Vente, émission et envoi des cartes | Exécution du contrat |
| Gestion du solde, des paiements chez les enseignes et de l'espace en ligne | Exécution du contrat |
| Remboursement du solde ou prolongation de la validité sur demande | Exécution du contrat |
| Lutte contre le blanchiment et le financement du terrorisme, vérification d'identité | Obligation légale |
| Lutte contre la fraude (cartes achetées avec des moyens de paiement volés, tentatives de piratage de comptes) | Intérêt légitime |
| Envoi d'un rappel avant l'expiration de votre carte | Intérêt légitime |
| Envoi d'offres et d'informations sur les enseignes partenaires | Consentement |
| Statistiques d'utilisation agrégées communiquées aux enseignes | Intérêt légitime |

Les statistiques communiquées aux enseignes partenaires sont agrégées (montants dépensés par enseigne et par mois) : elles ne permettent pas d'identifier un porteur de carte.

## 3. Destinataires

### 3.1 Enseignes partenaires

Lorsque vous payez avec votre carte Kadoa, l'enseigne reçoit une autorisation de paiement et le montant débité, mais pas votre nom. Si vous retournez un article acheté avec votre carte, l'enseigne peut recréditer la carte : elle utilise alors le numéro de la carte, sans accéder à votre historique.

### 3.1 bis Carte perdue ou volée

Les cartes Kadoa nominatives enregistrées dans votre espace en ligne peuvent être bloquées à distance en cas de perte ou de vol. Nous vous demandons alors de confirmer votre identité au moyen du code envoyé par SMS, puis nous reportons le solde restant sur une nouvelle carte. Les cartes au porteur, non enregistrées, ne peuvent pas être bloquées : nous vous recommandons donc d'enregistrer vos cartes dès leur réception.

### 3.2 Entreprises et CSE

L'entreprise ou le CSE qui vous a offert la carte sait qu'une carte vous a été envoyée et si elle a été activée. Il ne voit pas vos dépenses.

### 3.3 Prestataires

| Prestataire | Mission | Localisation |
|---|---|---|
| Worldline | Traitement des paiements par carte chez les enseignes | France, Belgique |
| Lemonway | Paiement en ligne des commandes | France |
| OVHcloud | Hébergement | France |
| Ubble | Vérification d'identité à distance (LCB-FT) | France |
| Mailjet | Envoi des cartes électroniques et des e-mails | France, Allemagne |
| Salesforce | Gestion de la relation avec les clients entreprises | États-Unis |

Notre prestataire Salesforce, Inc. peut accéder depuis les États-Unis aux coordonnées professionnelles de nos interlocuteurs en entreprise. Ce transfert est encadré par les clauses contractuelles types adoptées par la Commission européenne, complétées par des mesures de chiffrement.

### 3.4 Autorités

Tracfin, l'ACPR, l'administration fiscale et les autorités judiciaires, lorsque la loi l'exige. Lorsque nous effectuons une déclaration de soupçon auprès de Tracfin, la loi nous interdit de vous en informer, et votre droit d'accès à ces informations s'exerce alors auprès de la CNIL.

Nous ne vendons pas vos données personnelles.

## 4. Durées de conservation

| Données | Durée |
|---|---|
| Données des acheteurs | 3 ans après le dernier achat |
| Données des porteurs et historique d'utilisation | Durée de validité de la carte, puis 5 ans |
| Données de vérification d'identité (LCB-FT) | 5 ans après la fin de la relation d'affaires |
| Espace en ligne inactif | Supprimé après 3 ans sans connexion |
| Données de prospection | 3 ans après le dernier contact |

## 5. Vos droits

Vous disposez des droits d'accès, de rectification, d'effacement, de limitation du traitement, d'opposition et de portabilité de vos données, ainsi que du droit de retirer votre consentement à tout moment et de définir des directives sur le sort de vos données après votre décès. Certains droits peuvent être limités lorsque nous devons conserver des données pour respecter nos obligations légales, notamment en matière de LCB-FT.

Pour exercer vos droits, adressez votre demande à dpo@kadoa.fr ou par courrier à Kadoa SAS – DPO – 45 rue de la Victoire, 75009 Paris. Nous vous répondrons dans un délai d'un mois, qui peut être prolongé de deux mois compte tenu de la complexité de la demande ; nous vous en informerons alors dans le premier mois.

Vous pouvez introduire une réclamation auprès de la CNIL : [www.cnil.fr](https://www.cnil.fr).

## 6. Sécurité

Les numéros de carte sont chiffrés et les transactions sont traitées selon la norme PCI DSS. L'accès à votre espace en ligne est protégé par un mot de passe et, pour les opérations sensibles, par un code à usage unique envoyé par SMS.

## 7. Modification de la politique

Nous vous informerons de toute modification importante de la présente politique par e-mail, au moins un mois avant son entrée en vigueur.
"""

FR_VINYLES = """# Cookies

Sillons – disquaire indépendant en ligne
Sillons SARL, 27 rue Oberkampf, 75011 Paris

Mise à jour : 15 octobre 2026

Sur sillons.fr, nous utilisons quelques cookies pour faire fonctionner la boutique et, si vous nous le permettez, pour savoir comment le site est utilisé. Nous n'utilisons pas de cookies publicitaires.

## Cookies nécessaires

Ces cookies sont déposés sans votre consentement, car la boutique ne peut pas fonctionner sans eux :

- `sillons_session` : garde votre panier et votre connexion pendant la visite ;
- `sillons_cookies` : retient vos choix en matière de cookies, pendant 6 mois ;
- `__stripe_mid` et `__stripe_sid` : déposés par Stripe lors du paiement, pour la prévention de la fraude (1 an et 30 minutes).

## Cookies de mesure d'audience

Avec votre accord, nous utilisons Plausible, un outil de statistiques hébergé dans l'Union européenne, pour connaître le nombre de visiteurs et les pages les plus consultées. Plausible ne dépose pas de cookie et ne conserve pas votre adresse IP ; il s'appuie sur un identifiant journalier qui change chaque jour.

Avec votre accord également, nous utilisons Google Analytics (`_ga`, `_ga_<ID>`, 13 mois) pour connaître la provenance des visiteurs et mesurer nos ventes par genre musical.

## Ce que nous ne faisons pas

Nous ne revendons aucune donnée de navigation et nous ne faisons pas de reciblage publicitaire : vous ne verrez pas nos disques vous suivre sur d'autres sites.

## Lecteur d'écoute

Les extraits que vous pouvez écouter sur les fiches des disques sont lus par notre propre lecteur ; aucun cookie tiers n'est déposé.

## Comment donner ou retirer votre accord ?

Lors de votre première visite, un bandeau vous permet d'accepter ou de refuser les cookies de mesure d'audience. Vous pouvez changer d'avis en supprimant les cookies de votre navigateur : le bandeau s'affichera de nouveau lors de votre prochaine visite.

## Une question ?

Écrivez-nous à disquaire@sillons.fr.
"""

FR_AVIS = """# Politique de confidentialité de Confiavis

Dernière mise à jour : 2 mars 2026

Confiavis SAS (« Confiavis », « nous ») est un tiers de confiance qui collecte, modère et publie les avis des clients des sites marchands et des magasins qui font appel à lui. Confiavis SAS, 60 rue de la République, 13002 Marseille, RCS Marseille 833 705 982, est certifiée conforme à la norme NF Z74-501 relative aux avis en ligne.

Cette politique s'adresse aux consommateurs qui déposent un avis ou reçoivent une invitation à le faire, aux visiteurs de confiavis.fr et des widgets d'avis affichés sur les sites de nos clients, ainsi qu'aux interlocuteurs de nos clients professionnels.

## 1. Qui est responsable du traitement ?

Lorsqu'un marchand nous transmet vos coordonnées pour vous inviter à donner votre avis après un achat, le marchand est responsable de la transmission de vos données à Confiavis, et Confiavis agit comme sous-traitant pour l'envoi de l'invitation. Confiavis est responsable de traitement pour la modération et la publication de votre avis, pour la gestion de votre compte contributeur et pour la lutte contre les faux avis.

Notre délégué à la protection des données est joignable à dpo@confiavis.fr.

## 2. Les données que nous traitons

### 2.1 Données transmises par le marchand

- Vos nom, prénom et adresse e-mail.
- La référence, la date et le montant de votre commande, ainsi que les produits achetés.

Ces données nous permettent de vous envoyer une invitation à donner votre avis et de garantir que l'avis est lié à une expérience de consommation réelle.

### 2.2 Données que vous nous fournissez

- Votre avis : la note, le texte, les photos éventuelles, et la date de votre expérience.
- Le pseudonyme ou le prénom et l'initiale que vous choisissez d'afficher.
- Si vous créez un compte contributeur : adresse e-mail, mot de passe, ville (facultatif).
- Vos échanges avec notre service de modération, par exemple si vous contestez le refus de votre avis.

### 2.3 Données de navigation

Adresse IP, date et heure de dépôt de l'avis, type de navigateur. Le site confiavis.fr utilise par ailleurs des cookies, décrits dans notre [politique cookies](https://www.confiavis.fr/cookies). Les données de navigation sont conservées pour prouver l'authenticité de l'avis en cas de contestation.

## 3. Pourquoi traitons-nous vos données ?

| Finalité | Base légale |
|---|---|
| Envoyer les invitations à donner un avis pour le compte des marchands | Exécution du contrat conclu avec le marchand (Confiavis sous-traitant) |
| Collecter, modérer et publier votre avis | Intérêt légitime à fournir une information fiable aux consommateurs |
| Permettre au marchand de répondre publiquement à votre avis | Intérêt légitime |
| Détecter les faux avis et les avis frauduleux | Intérêt légitime ; obligation légale (article L. 111-7-2 du Code de la consommation) |
| Gérer votre compte contributeur | Exécution des conditions d'utilisation |
| Traiter vos contestations et réclamations | Intérêt légitime |

## 4. Modération des avis

Chaque avis est relu par un modérateur de notre équipe, basée à Marseille, avant sa publication. Nous refusons les avis qui contiennent des propos injurieux, des données personnelles de tiers, des contenus sans rapport avec l'expérience, ou dont nous ne pouvons pas vérifier qu'ils correspondent à une commande réelle. Si votre avis est refusé, nous vous en informons par e-mail en précisant le motif, et vous pouvez le modifier ou contester la décision.

Nous publions tous les avis conformes à nos règles, qu'ils soient positifs ou négatifs, dans l'ordre chronologique de leur dépôt. Les avis ne sont pas triés en fonction de la note, et le marchand ne peut pas choisir les avis publiés. La note moyenne affichée est calculée sur l'ensemble des avis publiés au cours des 12 derniers mois.

Le marchand ne peut ni modifier ni supprimer votre avis. Il peut y répondre et peut signaler un avis qu'il estime contraire à nos règles ; la décision appartient à notre équipe de modération.

### Avis des collaborateurs et avis rémunérés

Les salariés d'un marchand et leurs proches ne peuvent pas déposer d'avis sur ce marchand. Lorsque nous savons qu'un avis a été déposé en échange d'une contrepartie (bon de réduction, participation à un jeu), nous l'indiquons clairement à côté de l'avis, comme l'exige le Code de la consommation. Les marchands doivent nous signaler toute contrepartie offerte en échange d'un avis.

## 5. Destinataires

- **Le public** : votre avis est publié sur confiavis.fr, sur la page du marchand et dans les widgets affichés sur son site, avec votre pseudonyme ou votre prénom et l'initiale de votre nom, la date et la note. Votre adresse e-mail n'est jamais publiée.
- **Le marchand concerné** : il accède à votre avis, à votre nom et à la référence de commande, pour pouvoir vous répondre ou traiter un éventuel problème.
- **Nos prestataires** : hébergement (Scaleway, France), envoi d'e-mails (Mailjet, France) et outil de support (Crisp, France).
- **Les autorités** : la DGCCRF et les autorités judiciaires, sur demande légale.

Nous ne vendons pas vos données et nous ne les utilisons pas pour vous adresser de la publicité.

## 6. Durées de conservation

| Données | Durée |
|---|---|
| Données transmises par le marchand, si vous ne déposez pas d'avis | 3 mois après l'envoi de l'invitation |
| Avis publiés et données associées | 5 ans après la publication, puis suppression de l'avis |
| Preuves d'authenticité (adresse IP, date, référence de commande) | 5 ans après la publication |
| Compte contributeur inactif | Supprimé après 3 ans sans connexion |

## 7. Vos droits

Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité de vos données. Vous pouvez à tout moment demander la suppression de votre avis depuis le lien figurant dans l'e-mail de confirmation de publication ou depuis votre compte contributeur. Vous pouvez refuser de recevoir les invitations d'un marchand grâce au lien de désinscription présent dans chaque invitation.

Pour exercer vos droits, écrivez à dpo@confiavis.fr. Nous vous répondrons dans un délai d'un mois à compter de la réception de votre demande. Vous pouvez introduire une réclamation auprès de la CNIL ([www.cnil.fr](https://www.cnil.fr)).

## 8. Sécurité

Nos serveurs sont hébergés en France. Les accès à l'outil de modération sont nominatifs et protégés par une double authentification. Les données de navigation utilisées comme preuves d'authenticité sont stockées séparément et ne sont consultées qu'en cas de contestation.

## 9. Modifications

Nous vous informerons par e-mail de toute modification substantielle de cette politique avant son entrée en vigueur si vous disposez d'un compte contributeur ; elle sera également signalée en haut de cette page.
"""
FR_BASES: dict[str, tuple[str, str, str]] = {
    "assurvoyage": ("privacy", "Escale Assurances", FR_ASSURVOYAGE),
    "voilier": ("privacy", "Bord à Bord Location", FR_VOILIER),
    "billets": ("privacy", "Rebillet", FR_BILLETS),
    "accrobranche": ("privacy", "Les Cimes d'Orée", FR_ACCROBRANCHE),
    "promo": ("cookies", "CodeMalin", FR_PROMO),
    "thermes": ("privacy", "Sourcéa", FR_THERMES),
    "courses": ("privacy", "Dossard Express", FR_COURSES),
    "montagne": ("cookies", "Cordée Équipement", FR_MONTAGNE),
    "the": ("privacy", "Maison Théodore", FR_THE),
    "vols": ("cookies", "Envolia", FR_VOLS),
    "scooters": ("privacy", "Mobeo", FR_SCOOTERS),
    "vehicule": ("privacy", "Voltabo", FR_VEHICULE),
    "piecesauto": ("privacy", "Piston Direct", FR_PIECESAUTO),
    "jeux": ("cookies", "Le Repaire du Dé", FR_JEUX),
    "montgolfiere": ("privacy", "Ciel d'Anjou Montgolfières", FR_MONTGOLFIERE),
    "navettes": ("privacy", "Navette Aéro Express", FR_NAVETTES),
    "box": ("privacy", "La Box du Terroir", FR_BOX),
    "cartecadeau": ("privacy", "Kadoa", FR_CARTECADEAU),
    "vinyles": ("cookies", "Sillons", FR_VINYLES),
    "avis": ("privacy", "Confiavis", FR_AVIS),
}

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
        bullet = re.match(r"^([*-] +|\d+\. +)", line)
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


def demoted_headings(text: str) -> str:
    """Every heading re-rendered one level lower ('# ' -> '## ', '## ' -> '### ', ...)."""
    return re.sub(r"(?m)^(#{1,5}) ", r"#\1 ", text)


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
    (en("railbook"), "rights_reducing", ["R4"], False, False,
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
    (en("electro"), "major", ["R15"], True, False,
     "New third-party advertising vendor: row \"cto_bundle | Criteo | Shows you adverts for products you viewed on our site on other websites\" and \"Criteo SA\" added to the advertising partners; consent given before did not cover this vendor. Date stamp editorial.",
     [("Last updated: 9 June 2026", "Last updated: 2 November 2026"),
      before("| _fbp | Meta | Measures and targets our adverts on Facebook and Instagram | 90 days |", "| cto_bundle | Criteo | Shows you adverts for products you viewed on our site on other websites | 13 months |\n"),
      ("Our advertising partners are Google Ireland Ltd and Meta Platforms Ireland Ltd. You can read how they use data in [Google's advertising policy](https://policies.google.com/technologies/ads) and [Meta's cookie policy](https://www.facebook.com/policies/cookies/).",
       "Our advertising partners are Google Ireland Ltd, Meta Platforms Ireland Ltd and Criteo SA. You can read how they use data in [Google's advertising policy](https://policies.google.com/technologies/ads), [Meta's cookie policy](https://www.facebook.com/policies/cookies/) and [Criteo's privacy policy](https://www.criteo.com/privacy/).")]),
    (en("electro"), "minor", ["R17"], False, False,
     "Hotjar removed: both \"_hjSessionUser\" and \"_hjSession\" rows and the note on Hotjar recordings are deleted, nothing added; the contact sentence is only reworded.",
     [drop("| _hjSessionUser_<site-id> | Hotjar |"),
      drop("| _hjSession_<site-id> | Hotjar |"),
      ("Hotjar recordings mask everything you type in form fields, so your name, address and card details are never recorded.\n\n", ""),
      ("Questions about this policy can be sent to", "If you have questions about this policy, write to")]),
    # Peak & Pitch Sports
    (en("sports"), "editorial", ["R1"], False, False,
     "The sharing paragraph is split into a bulleted list of the same recipients (delivery companies, Worldpay and PayPal, IT and e-mail providers, brands and repair centres) and keeps \"We do not share your information with other companies for their own marketing\"; nobody is added or removed.",
     [("We share your information with delivery companies (Royal Mail, DPD and Evri) so they can deliver your orders, with our payment providers (Worldpay and PayPal) to take payment, with our IT and e-mail providers who host our systems and send our e-mails, and with the brand or repair centre when you return a faulty product under warranty. We do not share",
       "We share your information with:\n\n* delivery companies (Royal Mail, DPD and Evri), so they can deliver your orders;\n* our payment providers (Worldpay and PayPal), to take payment;\n* our IT and e-mail providers, who host our systems and send our e-mails;\n* the brand or repair centre, when you return a faulty product under warranty.\n\nWe do not share")]),
    (en("sports"), "editorial", ["R1"], False, False,
     "Headings reworded (\"How we use it\" -> \"How we use your information\", \"Who we share it with\" -> \"Who we share your information with\"), a sentence rephrased and the date stamp changed; same practices.",
     [("### How we use it", "### How we use your information"),
      ("### Who we share it with", "### Who we share your information with"),
      ("Last updated 20 January 2026.", "Last updated 6 October 2026."),
      ("The recording is shown to you during the session and is deleted immediately after it.", "We show you the recording during the session and delete it as soon as the session ends.")]),
    # Lumen & Lily (cosmetics and loyalty app)
    (en("cosmetics"), "major", ["R7", "R2"], False, False,
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
     "New processor in the recipients table: \"Mollie B.V. | iDEAL, Bancontact and SEPA Direct Debit payments | Netherlands\"; payment data now also goes to a recipient not listed before (no transfer outside the EU).",
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
    (en("compare"), "minor", ["R17"], False, False,
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
     "A second route for rights requests is added, \"the privacy request form under Account > Privacy in the app\", while the e-mail address stays; easier, not harder, to exercise rights (uncertain: read literally, R4 makes any channel change major).",
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

FR_EDITS: list[Pair] = [
    # Escale Assurances (assurance voyage)
    (fr("assurvoyage"), "major", ["R5", "R6"], False, False,
     "Nouveau destinataire et nouveau transfert : les appels d'assistance de nuit et de week-end sont traités par « Atlas Assistance SARL » à Casablanca (Maroc), qui accède au dossier y compris aux données de santé, sous clauses contractuelles types.",
     [before("| Experts et enquêteurs |", "| Atlas Assistance SARL | Réception des appels d'assistance la nuit, le week-end et les jours fériés | Maroc |\n"),
      ("Vos données sont hébergées en France. Lorsque vous avez besoin",
       "Vos données sont hébergées en France. Les appels reçus par notre plateforme d'assistance la nuit, le week-end et les jours fériés sont traités par notre partenaire Atlas Assistance SARL, à Casablanca (Maroc), qui accède à votre dossier (identité, contrat, circonstances et, si nécessaire, données de santé) ; ce transfert est encadré par les clauses contractuelles types de la Commission européenne.\n\nLorsque vous avez besoin")]),
    (fr("assurvoyage"), "rights_reducing", ["R10", "R12"], False, False,
     "Base légale de la prospection : « Votre consentement » devient « Intérêt légitime » ; la promesse « Nous ne vous adressons des offres ... que si vous y avez consenti » et le retrait du consentement disparaissent au profit d'un simple droit d'opposition.",
     [("| Vous proposer par e-mail ou par téléphone nos autres contrats d'assurance voyage | Votre consentement |",
       "| Vous proposer par e-mail ou par téléphone nos autres contrats d'assurance voyage | Intérêt légitime |"),
      ("Nous ne vous adressons des offres par e-mail ou par téléphone que si vous y avez consenti, par exemple en cochant la case prévue lors de la souscription. Vous pouvez retirer votre consentement à tout moment,",
       "En tant que client, vous pouvez recevoir par e-mail ou par téléphone des offres portant sur des contrats d'assurance voyage analogues à ceux que vous avez souscrits. Vous pouvez vous y opposer à tout moment,")]),
    # Rebillet (revente de billets)
    (fr("billets"), "major", ["R11"], False, False,
     "La lutte contre la fraude passe d'un examen par « notre équipe de modération, qui décide » à « un score de risque calculé automatiquement » qui suspend l'annonce et peut bloquer le compte « sans intervention humaine » : décision automatisée introduite. Date d'entrée en vigueur éditoriale.",
     [("Date d'entrée en vigueur : 1er février 2026", "Date d'entrée en vigueur : 1er décembre 2026"),
      ("Les annonces et transactions suspectes sont examinées par notre équipe de modération, qui décide de les suspendre ou non (intérêt légitime).",
       "Chaque annonce et chaque transaction reçoit un score de risque calculé automatiquement à partir de l'historique du compte, de l'appareil utilisé et du prix demandé ; au-delà d'un certain seuil, l'annonce est suspendue et le compte peut être bloqué automatiquement, sans intervention humaine. Vous pouvez contester cette décision auprès de notre équipe de modération (intérêt légitime).")]),
    (fr("billets"), "editorial", ["R1"], False, True,
     "Re-rendu technique : espaces insécables avant « : », « ; », « ? » et marqueurs de liste élargis (« - » -> « -   ») ; texte, tableaux et liens identiques.",
     [whole(FR_BILLETS, nbsp_punctuation, padded_bullets)]),
    # Les Cimes d'Orée (parc aventure)
    (fr("accrobranche"), "minor", ["R9"], False, False,
     "Durée plus courte : les images de vidéoprotection sont conservées « 15 jours » au lieu de « 30 jours » ; rien d'autre ne change.",
     [("Les images sont conservées 30 jours, sauf si", "Les images sont conservées 15 jours, sauf si")]),
    (fr("accrobranche"), "editorial", ["R1"], False, False,
     "Reformulations sans changement de sens (« données personnelles », « une fois par mois au maximum », « Pour les groupes ») et nouvelle date de mise à jour.",
     [("Dernière mise à jour : 2 avril 2026", "Dernière mise à jour : 14 octobre 2026"),
      ("Nous sommes responsables du traitement des données que vous nous confiez", "Nous sommes responsables du traitement des données personnelles que vous nous confiez"),
      ("au plus une fois par mois.", "une fois par mois au maximum."),
      ("Pour les groupes scolaires, les centres de loisirs et les anniversaires, nous traitons", "Pour les groupes (écoles, centres de loisirs) et les anniversaires, nous traitons")]),
    # CodeMalin (codes promo), cookies
    (fr("promo"), "major", ["R15"], True, False,
     "Nouveau tiers déposant des traceurs d'affiliation : « Kwanko » s'ajoute à Awin, Effiliation et TimeOne ; le consentement déjà recueilli ne couvrait pas ce partenaire.",
     [("Nos plateformes d'affiliation partenaires sont Awin, Effiliation et TimeOne.", "Nos plateformes d'affiliation partenaires sont Awin, Effiliation, TimeOne et Kwanko.")]),
    (fr("promo"), "editorial", ["R1"], False, True,
     "Re-rendu technique : marqueurs de liste élargis (« - cm_session » -> « -   cm_session ») et paragraphes longs coupés à 88 caractères ; mots identiques.",
     [whole(FR_PROMO, padded_bullets, hard_wrapped)]),
    # Sourcéa (cures thermales)
    (fr("thermes"), "major", ["R7"], False, False,
     "Nouvelle catégorie de données : « votre numéro de sécurité sociale et le nom de votre caisse d'assurance maladie » sont désormais collectés à la réservation pour préparer la prise en charge.",
     [before("- vos préférences d'hébergement", "- votre numéro de sécurité sociale et le nom de votre caisse d'assurance maladie, que nous transmettons à l'établissement thermal pour préparer votre dossier de prise en charge ;\n")]),
    (fr("thermes"), "minor", ["R14"], False, False,
     "Adresse e-mail du DPO modifiée, même canal : « dpo@sourcea.fr » devient « protection-donnees@sourcea.fr » ; le courrier au siège reste possible.",
     [("dpo@sourcea.fr", "protection-donnees@sourcea.fr")]),
    # Dossard Express (inscriptions aux courses)
    (fr("courses"), "rights_reducing", ["R4"], False, False,
     "Exercice des droits plus difficile : il faut écrire « en joignant une copie recto verso de votre pièce d'identité en cours de validité » et « toute demande incomplète ne sera pas traitée » ; un simple e-mail suffisait.",
     [("en écrivant à donnees@dossard-express.fr.", "en écrivant à donnees@dossard-express.fr et en joignant une copie recto verso de votre pièce d'identité en cours de validité. Toute demande incomplète ne sera pas traitée.")]),
    (fr("courses"), "editorial", ["R1"], False, False,
     "Seuls les intitulés de section sont reformulés (« Pour quoi faire ? » -> « Pourquoi utilisons-nous vos données ? », etc.) ; contenu inchangé.",
     [("## Qui est responsable ?", "## Qui est responsable du traitement ?"),
      ("## Pour quoi faire ?", "## Pourquoi utilisons-nous vos données ?"),
      ("## Combien de temps ?", "## Combien de temps les conservons-nous ?")]),
    # Cordée Équipement (matériel de montagne), cookies
    (fr("montagne"), "editorial", ["R1"], False, False,
     "Reformulations : « Fermer le bandeau vaut refus » est développé sans changer la règle, l'intitulé « Nous contacter » devient « Contact », et la date change.",
     [("Mise à jour : 25 août 2026", "Mise à jour : 3 novembre 2026"),
      ("Fermer le bandeau vaut refus.", "Si vous fermez le bandeau sans faire de choix, nous considérons que vous refusez."),
      ("## 6. Nous contacter", "## 6. Contact")]),
    (fr("montagne"), "minor", ["R17"], False, False,
     "Traceur supprimé : la ligne « _ttp | TikTok Technology Ltd » et le lien vers la politique de TikTok sont retirés ; aucun traceur ni partenaire ajouté.",
     [drop("| _ttp | TikTok Technology Ltd |"),
      ("[Google](https://policies.google.com/privacy), [TikTok](https://www.tiktok.com/legal/privacy-policy-eea) et [Criteo]", "[Google](https://policies.google.com/privacy) et [Criteo]")]),
    # Maison Théodore (thés en ligne)
    (fr("the"), "major", ["R3"], False, False,
     "Changement de responsable de traitement : « la Maison Théodore SARL » est remplacée par « Infusions de France SAS » (Tours, autre RCS), après le rachat de la maison par ce groupe.",
     [("Le site est édité par la Maison Théodore SARL (RCS Orléans 502 318 944), responsable du traitement de vos données.",
       "Depuis le 1er octobre 2026, la Maison Théodore appartient au groupe Infusions de France. Le site est édité par Infusions de France SAS, 40 avenue de la Libération, 37000 Tours (RCS Tours 791 640 225), désormais responsable du traitement de vos données.")]),
    (fr("the"), "editorial", ["R1"], False, False,
     "Reformulation d'une phrase (« Ces informations nous servent à préparer et à expédier ») et nouvelle date de révision ; mêmes finalités.",
     [("Dernière révision : mars 2026", "Dernière révision : novembre 2026"),
      ("Nous utilisons ces informations pour préparer et expédier vos commandes,", "Ces informations nous servent à préparer et à expédier vos commandes,")]),
    # Envolia (comparateur de vols), cookies
    (fr("vols"), "rights_reducing", ["R13", "R10"], False, False,
     "La mesure d'audience Piano Analytics passe du consentement (« Vous pouvez les refuser ... ou les désactiver à tout moment ») à un dépôt « sans recueil de votre consentement » qui « ne peuvent pas être désactivés »  : possibilité de refus et de retrait supprimée (reconsent laissé à faux, le traitement ne repose plus sur le consentement ; incertain).",
     [("Ces cookies (`_pcid`, `_pctx`, 13 mois) ne sont déposés qu'avec votre consentement. Vous pouvez les refuser dans le bandeau de cookies ou les désactiver à tout moment depuis la page « Mes préférences cookies ».",
       "Piano Analytics étant configuré en mode exempté, ces cookies (`_pcid`, `_pctx`, 13 mois) sont déposés dès votre arrivée sur le site, sans recueil de votre consentement, et ne peuvent pas être désactivés depuis le bandeau ni depuis la page « Mes préférences cookies ».")]),
    (fr("vols"), "major", ["R16"], False, False,
     "Durée de vie allongée : le cookie « env_prefs » passe de « 6 mois » à « 12 mois », sans dépasser 13 mois.",
     [("`env_prefs` : mémorise votre langue, votre devise et votre aéroport de départ habituel. Durée : 6 mois.", "`env_prefs` : mémorise votre langue, votre devise et votre aéroport de départ habituel. Durée : 12 mois.")]),
    # Mobeo (scooters électriques en libre-service)
    (fr("scooters"), "major", ["R7", "R11", "R2"], False, False,
     "Nouvelles données de conduite (« vitesse, accélérations et freinages brusques, circulation sur les trottoirs ») et nouvelle finalité : « calcul automatique d'un score de conduite » pouvant entraîner une pénalité ou la suspension du compte.",
     [before("- la photo du scooter garé que vous prenez", "- les données de conduite mesurées par le boîtier : vitesse, accélérations et freinages brusques, circulation sur les trottoirs et dans les zones piétonnes ;\n"),
      before("| Désignation du conducteur en cas d'infraction |", "| Détection de la conduite dangereuse : calcul automatique d'un score de conduite, pouvant entraîner une pénalité de 10 € ou la suspension du compte après trois alertes | Intérêt légitime et exécution du contrat |\n"),
      before("- Photos de stationnement : 3 mois.", "- Données et score de conduite : 12 mois.\n")]),
    (fr("scooters"), "editorial", ["R1"], False, True,
     "Re-rendu technique : tous les titres descendent d'un niveau (« # » -> « ## », « ## » -> « ### », « ### » -> « #### ») ; aucun mot ne change.",
     [whole(FR_SCOOTERS, demoted_headings)]),
    # Voltabo (abonnement voiture électrique)
    (fr("vehicule"), "major", ["R8"], False, False,
     "Durée fixe remplacée par un critère vague : la géolocalisation, conservée « 2 mois, puis suppression automatique », l'est désormais « pendant la durée nécessaire à la gestion de votre abonnement et de ses suites ». Date éditoriale.",
     [("Dernière mise à jour : 7 juillet 2026", "Dernière mise à jour : 1er décembre 2026"),
      ("- Données de géolocalisation : 2 mois, puis suppression automatique, sauf si elles sont nécessaires à une procédure en cours (vol, non-restitution).",
       "- Données de géolocalisation : pendant la durée nécessaire à la gestion de votre abonnement et de ses suites.")]),
    (fr("vehicule"), "minor", ["R9"], False, False,
     "Nouvelle possibilité d'opposition : l'abonné peut « demander la désactivation de la transmission de position du boîtier » ; le traitement décrit ne change pas, un choix est ajouté.",
     [("Vous pouvez retirer à tout moment votre accord pour nos communications commerciales.",
       "Vous pouvez retirer à tout moment votre accord pour nos communications commerciales. Vous pouvez également demander la désactivation de la transmission de position du boîtier pendant votre abonnement ; en cas de vol, le véhicule ne pourra alors pas être localisé.")]),
    # Piston Direct (pièces auto)
    (fr("piecesauto"), "rights_reducing", ["R12", "R5"], False, False,
     "Promesse supprimée : « Nous ne transmettons jamais votre plaque d'immatriculation ... à des tiers » devient « Nous pouvons transmettre votre plaque ... à des garages partenaires du réseau Piston Pro ».",
     [("Nous ne transmettons jamais votre plaque d'immatriculation ni les informations de votre véhicule à des tiers, en dehors de notre prestataire d'interrogation du SIV.",
       "Nous pouvons transmettre votre plaque d'immatriculation, les informations de votre véhicule et votre code postal à des garages partenaires du réseau Piston Pro, afin qu'ils vous proposent un devis de montage des pièces commandées.")]),
    (fr("piecesauto"), "editorial", ["R1"], False, False,
     "Libellé du lien CNIL corrigé vers la même cible (« www.cnil.fr » -> « www.cnil.fr/fr/plaintes ») et formule de date reformulée ; aucun changement de fond.",
     [("En vigueur au 18 mars 2026", "En vigueur à compter du 18 mars 2026"),
      ("([www.cnil.fr](https://www.cnil.fr/fr/plaintes))", "([www.cnil.fr/fr/plaintes](https://www.cnil.fr/fr/plaintes))")]),
    # Le Repaire du Dé (jeux de société), cookies
    (fr("jeux"), "minor", ["R17"], False, False,
     "Tiers supprimé : les vidéos ne sont plus hébergées sur YouTube et les cookies « VISITOR_INFO1_LIVE » et « YSC » disparaissent ; aucun traceur ajouté. Date éditoriale.",
     [("Mise à jour : 3 novembre 2026", "Mise à jour : 24 novembre 2026"),
      ("Nos fiches produits contiennent des vidéos de présentation des règles hébergées sur YouTube. Si vous acceptez les cookies « Vidéos » dans le bandeau, YouTube (Google) peut déposer ses propres cookies (`VISITOR_INFO1_LIVE`, `YSC`) lorsque vous regardez une vidéo. Sinon, la vidéo est remplacée par un lien vers YouTube.",
       "Les vidéos de présentation des règles sont désormais hébergées sur notre propre serveur et ne déposent aucun cookie.")]),
    (fr("jeux"), "editorial", ["R1"], False, True,
     "Re-rendu technique : apostrophes et esperluettes échappées en entités HTML (« d'une » -> « d&#39;une ») par le convertisseur ; texte identique une fois décodé.",
     [whole(FR_JEUX, html_entities)]),
    # Ciel d'Anjou Montgolfières
    (fr("montgolfiere"), "major", ["R2", "R8"], False, False,
     "Nouvelle finalité : les photos de décollage où « les passagers sont reconnaissables » peuvent être publiées « sur notre site, nos pages Facebook et Instagram et nos brochures », et celles retenues sont gardées 5 ans au lieu de 3 mois.",
     [("Elles vous sont envoyées gratuitement par e-mail après le vol.",
       "Elles vous sont envoyées gratuitement par e-mail après le vol. Nous pouvons aussi publier une sélection de ces photos, sur lesquelles les passagers sont reconnaissables, sur notre site, nos pages Facebook et Instagram et nos brochures, pour faire connaître nos vols."),
      ("Les photos sont supprimées de nos serveurs 3 mois après l'envoi.", "Les photos sont supprimées de nos serveurs 3 mois après l'envoi, sauf celles retenues pour notre communication, conservées 5 ans.")]),
    (fr("montgolfiere"), "minor", ["R9"], False, False,
     "Moins de données et précision sur une collecte existante : le poids est demandé « par tranche de 10 kg » et son usage pour la charge de la nacelle est mieux expliqué ; rien de défavorable.",
     [("Nous demandons le poids approximatif de chaque passager. Il sert au pilote pour calculer la charge de la nacelle, comme l'exige la réglementation aéronautique.",
       "Nous demandons le poids approximatif de chaque passager, par tranche de 10 kg. Le pilote s'en sert pour répartir les passagers dans les compartiments de la nacelle et vérifier que la charge totale reste dans les limites du ballon, comme l'exige la réglementation aéronautique.")]),
    # Navette Aéro Express (navettes aéroport)
    (fr("navettes"), "major", ["R5"], False, False,
     "Nouveaux destinataires : outre les chauffeurs salariés, « des chauffeurs VTC indépendants et des sociétés de transport partenaires » reçoivent le nom, l'adresse de prise en charge et le numéro de vol.",
     [("Les transferts sont assurés par nos chauffeurs salariés, qui reçoivent",
       "Les transferts sont assurés par nos chauffeurs salariés et, lors des pics d'activité, par des chauffeurs VTC indépendants et des sociétés de transport partenaires, qui reçoivent")]),
    (fr("navettes"), "rights_reducing", ["R13"], False, False,
     "Le droit d'introduire une réclamation auprès de la CNIL n'est plus mentionné : le paragraphe est remplacé par « Toute réclamation ... doit être adressée à notre service client ».",
     [("Si vous estimez que vos droits ne sont pas respectés, vous pouvez introduire une réclamation auprès de la Commission nationale de l'informatique et des libertés (CNIL), 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, ou en ligne sur [www.cnil.fr](https://www.cnil.fr/fr/plaintes).",
       "Toute réclamation relative à vos données doit être adressée à notre service client, à rgpd@navette-aero.fr.")]),
    # La Box du Terroir (box d'abonnement)
    (fr("box"), "major", ["R10"], False, False,
     "Base légale modifiée : l'adaptation du contenu de la box passe de « Exécution du contrat » à « Intérêt légitime » ; aucun consentement n'est retiré, mais la base change. Date de version éditoriale.",
     [("Version en vigueur depuis le 1er juin 2026", "Version en vigueur depuis le 1er janvier 2027"),
      ("| Adaptation du contenu de votre box à vos préférences et à vos notes | Exécution du contrat |", "| Adaptation du contenu de votre box à vos préférences et à vos notes | Intérêt légitime |")]),
    (fr("box"), "editorial", ["R1"], False, False,
     "Paragraphe déplacé sans modification : la mise en garde sur les contraintes alimentaires passe de la section « Nos finalités » à la section « Vos données ».",
     [("\n\nLes contraintes alimentaires que vous nous indiquez (par exemple « sans porc ») peuvent révéler des convictions religieuses ou un état de santé. Nous les utilisons uniquement pour composer votre box et ne les communiquons à personne.", ""),
      ("et noter les produits reçus.\n", "et noter les produits reçus.\n\nLes contraintes alimentaires que vous nous indiquez (par exemple « sans porc ») peuvent révéler des convictions religieuses ou un état de santé. Nous les utilisons uniquement pour composer votre box et ne les communiquons à personne.\n")]),
    # Kadoa (carte cadeau multi-enseignes)
    (fr("cartecadeau"), "major", ["R6"], False, False,
     "Garantie du transfert vers Salesforce modifiée : les « clauses contractuelles types ... complétées par des mesures de chiffrement » sont remplacées par la certification au « Data Privacy Framework » UE–États-Unis.",
     [("Ce transfert est encadré par les clauses contractuelles types adoptées par la Commission européenne, complétées par des mesures de chiffrement.",
       "Ce transfert repose sur la certification de Salesforce, Inc. au cadre de protection des données UE–États-Unis (Data Privacy Framework), reconnu adéquat par la Commission européenne.")]),
    (fr("cartecadeau"), "minor", ["R14"], False, False,
     "Siège et adresse postale du DPO déplacés, même société (même RCS) et même canal : « 45 rue de la Victoire » devient « 12 rue Bergère » ; date mise à jour.",
     [("Dernière mise à jour : 5 mai 2026", "Dernière mise à jour : 16 novembre 2026"),
      ("45 rue de la Victoire, 75009 Paris, RCS Paris 829 331 504", "12 rue Bergère, 75009 Paris, RCS Paris 829 331 504"),
      ("Kadoa SAS – DPO – 45 rue de la Victoire, 75009 Paris", "Kadoa SAS – DPO – 12 rue Bergère, 75009 Paris")]),
    # Confiavis (avis clients)
    (fr("avis"), "minor", ["R9"], False, False,
     "Clarification de la modération existante avec un lien vers la « charte de modération » et un engagement favorable (« dans un délai de 7 jours ») pour informer du refus ; pas de nouvelle donnée ni finalité.",
     [("Si votre avis est refusé, nous vous en informons par e-mail en précisant le motif,",
       "Nos règles sont détaillées dans notre [charte de modération](https://www.confiavis.fr/charte-moderation). Si votre avis est refusé, nous vous en informons par e-mail dans un délai de 7 jours en précisant le motif,")]),
    (fr("avis"), "rights_reducing", ["R4"], False, False,
     "Délai de réponse aux demandes d'exercice des droits allongé : « dans un délai d'un mois » devient « dans un délai de trois mois », plus lent ; la date de mise à jour est éditoriale.",
     [("Dernière mise à jour : 2 mars 2026", "Dernière mise à jour : 9 novembre 2026"),
      ("Nous vous répondrons dans un délai d'un mois à compter de la réception de votre demande.", "Nous vous répondrons dans un délai de trois mois à compter de la réception de votre demande.")]),
    # Sillons (disquaire en ligne), cookies
    (fr("vinyles"), "editorial", ["R1"], False, False,
     "Phrase d'introduction reformulée et intitulé « Une question ? » remplacé par « Contact » ; mêmes cookies, mêmes choix.",
     [("Sur sillons.fr, nous utilisons quelques cookies pour faire fonctionner la boutique et, si vous nous le permettez, pour savoir comment le site est utilisé.",
       "Sur sillons.fr, quelques cookies font fonctionner la boutique ; d'autres, si vous nous le permettez, nous indiquent comment le site est utilisé."),
      ("## Une question ?", "## Contact")]),
    (fr("vinyles"), "minor", ["R9"], False, False,
     "Retrait du consentement facilité : un lien « Gérer mes cookies » en bas de chaque page s'ajoute à la suppression des cookies du navigateur ; aucun cookie ni finalité ajouté.",
     [("Vous pouvez changer d'avis en supprimant les cookies de votre navigateur : le bandeau s'affichera de nouveau lors de votre prochaine visite.",
       "Vous pouvez changer d'avis à tout moment grâce au lien « Gérer mes cookies » en bas de chaque page, ou en supprimant les cookies de votre navigateur : le bandeau s'affichera alors de nouveau lors de votre prochaine visite.")]),
    # Bord à Bord Location (location de voiliers)
    (fr("voilier"), "minor", ["R9"], False, False,
     "Conservation plus courte : l'empreinte de carte bancaire est gardée « jusqu'à 7 jours » après la restitution du bateau au lieu de « 30 jours ».",
     [("- Empreinte de carte bancaire : jusqu'à 30 jours après la restitution du bateau", "- Empreinte de carte bancaire : jusqu'à 7 jours après la restitution du bateau")]),
    (fr("voilier"), "editorial", ["R1"], False, False,
     "Intitulés de sections complétés (« Pourquoi » -> « Pourquoi nous les utilisons », « Qui y a accès » -> « Qui a accès à vos données ») et date de mise à jour changée ; contenu identique.",
     [("Mise à jour : 4 mars 2026", "Mise à jour : 2 novembre 2026"),
      ("## Pourquoi\n", "## Pourquoi nous les utilisons\n"),
      ("## Qui y a accès\n", "## Qui a accès à vos données\n")]),
]



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
