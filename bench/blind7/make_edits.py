# ruff: noqa: E501
"""Blind evaluation set blind7: 80 labelled policy changes (40 English, 40 French) that the policy-change
classifier has never seen, so that its authors can measure it honestly.

How it was written: every label, rule list and re-consent flag comes from /work/shared/design/legal-rules.md
alone (classes editorial, minor, major, rights_reducing; rules R1-R19). The writer never saw the classifier,
its tests, its benchmark script or any earlier blind set; the shared corpus was read only to learn how real
companies word their policies and how rationales are written, and no pair was copied from it.

Bases: 24 fresh policies written for this set (12 English, 12 French, one sector each: bakery loyalty card,
fertility app, marina, chess site, charity, dive centre, genealogy/DNA, doorbell camera, taxi app, tutoring,
nursing homes, auction house; pressing, box repas, auto-école, garde d'animaux, syndicat de déchets, don du
sang, colonie de vacances, panier de producteurs, caviste, office notarial, opticien, fleuriste), with 28
pairs per language on them, plus 12 pairs per language on the "new" text of corpus records of different
services. Mix per language: 12 major, 6 rights_reducing, 10 minor, 8 editorial, 4 technical re-renderings.
About half of the non-technical pairs carry two or three edits in different places; the label is the
strongest class the edits reach.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_edits import Pair, before, corpus_records, drop, pairs, rebuild

NAME = "blind7"
WRITTEN = "2026-11-28"

# ---------------------------------------------------------------------------------------------------------
# English fresh bases
# ---------------------------------------------------------------------------------------------------------

EN_BAKERY = """# Crumb & Co. Rewards – Privacy Notice

_Last updated: 3 March 2026_

Crumb & Co. Bakeries Limited ("Crumb & Co.", "we", "us") runs the Crumb Rewards loyalty card in our 48 bakeries across Ireland. This notice explains what we do with your personal data when you join the scheme, scan your card at the till or use the Crumb Rewards app.

## 1. Who is responsible

Crumb & Co. Bakeries Limited, 14 Millbrook Lane, Dublin 8, D08 K2X4, Ireland, is the controller of your data. Our data protection lead can be reached at privacy@crumbandco.ie.

## 2. What we collect

- **Account details:** your name, email address, date of birth (so we can send your birthday treat) and your home bakery.
- **Purchase history:** the items, amount, date and store of each purchase on which you scan your card.
- **App data:** device type, operating system, app version and crash reports.

We do not collect payment card numbers. Payments are handled by our till provider and are never linked to your Rewards account.

## 3. Why we use it

1. To run the scheme: add points, issue vouchers and send your birthday treat (performance of our contract with you).
2. To send you offers by email, only if you opted in (consent). Every email has an unsubscribe link.
3. To understand which products sell in which stores, using aggregated figures (our legitimate interests).

## 4. Who we share it with

| Recipient | Role |
|---|---|
| Pointwise Systems Ltd | hosts the loyalty database |
| Mailfrost Ltd | sends our emails |
| Our external auditors | yearly accounts checks |

We never sell your personal data or give it to other brands for their own marketing.

## 5. How long we keep it

We keep your account while it is active. If you do not use your card for 24 months, we close the account and delete your details within 30 days. Till records linked to a card are kept for 6 years to meet our tax obligations and are then destroyed.

## 6. Your rights

You can ask for a copy of your data, have it corrected or deleted, object to our use of it, or ask for it to be sent to another provider. Write to privacy@crumbandco.ie or ask at any counter; we reply within one month and there is no charge. You may also complain to the Data Protection Commission (www.dataprotection.ie).

## 7. Changes to this notice

If we change this notice in a way that matters to you, we will email you at least one month before the change takes effect.
"""

EN_FERTILITY = """# Lunara Privacy Policy

**Effective date: 1 February 2026**

Lunara Health B.V. ("Lunara") makes the Lunara app, which helps you track your cycle, symptoms and fertile window. Because cycle data is health data, we hold ourselves to a strict standard. This policy explains how we handle it.

## Data we process

- **Account data**: email address, password (hashed), year of birth and country.
- **Cycle data you enter**: period dates, basal body temperature, ovulation test results, symptoms, mood and notes.
- **Device data**: device model, operating system, language and an app-instance identifier.

We do not access your location, contacts or photos.

## Why we process it

| Purpose | Legal basis |
|---|---|
| Predicting your fertile window and next period | Your explicit consent (Art. 9(2)(a) GDPR) |
| Keeping your account secure | Contract |
| Fixing bugs and measuring app stability | Legitimate interest |

You may withdraw your consent at any time in **Settings > Privacy**. Withdrawing stops predictions but does not affect processing before the withdrawal.

Cycle data is never used for advertising and is never used to train machine-learning models.

## Storage and security

Your data is stored on servers in Frankfurt, Germany, operated by our hosting provider. Cycle data is encrypted at rest and in transit. Only two named engineers can access production data, and every access is logged.

## Sharing

We share data only with:

- our hosting provider (infrastructure);
- our customer-support tool provider, which sees your email address and the messages you send us.

We do not sell or rent personal data. We will not hand over cycle data to law enforcement unless compelled by a court order, and we will tell you about such a request where the law allows.

## Retention

Cycle data is kept until you delete it or close your account. When you close your account, all data is erased within 14 days, and backups roll over within a further 30 days.

## Your rights

You have the right to access, correct, delete and export your data (in CSV format from **Settings > Export**). You can object to processing based on legitimate interest and lodge a complaint with the Dutch Autoriteit Persoonsgegevens. For any request, email privacy@lunara.app.

## Contact

Lunara Health B.V., Keizersgracht 221, 1016 DV Amsterdam, the Netherlands. Data Protection Officer: dpo@lunara.app.
"""

EN_MARINA = """# Harbourline Berths – How we use your information

Last revised 12 January 2026

Harbourline Marinas S.L. operates berth booking at six marinas on the Costa Brava and the Balearic Islands through harbourline.es and the Harbourline app. This policy applies to skippers, boat owners and crew who book a berth or use our services.

## 1. Information we collect

When you book a berth we ask for:

1. your name, phone number and email address;
2. the vessel's name, flag, length, beam and draught;
3. the registration number and insurance certificate of the vessel;
4. arrival and departure dates and the number of people on board.

At the marina, our harbour staff record the times you enter and leave the berth and any fuel or water you buy. CCTV cameras cover the pontoons and the car park for safety reasons.

## 2. How we use it

We use your information to confirm and manage your booking, allocate a berth that fits your boat, invoice you, and comply with port authority and harbour regulations, which require us to keep a register of vessels. We send a reminder text two days before arrival. We will only send newsletters if you tick the box when booking.

## 3. Sharing

We pass the vessel register to the local port authority when it asks for it. Payment is processed by our bank, which receives only the card details needed to take payment. We do not share your details with anyone else.

## 4. Retention

- Booking and invoicing records: 5 years.
- Vessel register entries: 3 years after your last stay.
- CCTV footage: 30 days, unless needed for an incident investigation.

## 5. Your rights under the GDPR

You can access, rectify or erase your data, restrict or object to processing, and receive your data in a portable format. You can send requests by email to dpo@harbourline.es or by post to our head office. You also have the right to complain to the Agencia Española de Protección de Datos (AEPD).

## 6. Contact

Harbourline Marinas S.L.
Passeig del Port 3
17250 Platja d'Aro, Girona, Spain
Tel. +34 972 000 118
dpo@harbourline.es
"""

EN_CHESS = """# KnightPost Cookie Policy

KnightPost runs an online chess site where you can play rated games, solve puzzles and watch tournaments. This page explains which cookies and similar technologies we use on knightpost.com and how you can control them.

## What cookies are

Cookies are small text files that a website stores in your browser. Some are needed for the site to work; others help us understand how the site is used. We ask for your consent before setting any cookie that is not strictly necessary.

## Cookies we use

### Strictly necessary

| Name | Purpose | Lifetime |
|---|---|---|
| kp_session | keeps you signed in during a game | session |
| kp_csrf | protects forms against cross-site request forgery | session |
| kp_consent | remembers your cookie choices | 6 months |

### Preferences

| Name | Purpose | Lifetime |
|---|---|---|
| kp_board | remembers your board theme and piece set | 12 months |
| kp_sound | remembers whether move sounds are on | 12 months |

### Audience measurement

We use our self-hosted Matomo instance to count visits and see which pages are used. The data stays on our servers and is not shared with anyone.

| Name | Purpose | Lifetime |
|---|---|---|
| _pk_id | distinguishes visitors | 13 months |
| _pk_ses | groups page views into one visit | 30 minutes |

We do not use advertising cookies and we do not show ads on KnightPost.

## Managing your choices

When you first visit, a banner lets you accept or refuse non-essential cookies, with both buttons on the same screen. You can change your mind at any time through the **Cookies** link at the bottom of every page. We keep your choice for 6 months and then ask again.

You can also block or delete cookies in your browser settings. If you block strictly necessary cookies, you will not be able to sign in or play rated games.

## Fair-play checks

To detect cheating, our servers analyse move timings and engine-match rates from the games you play. This does not rely on cookies; it is described in our Privacy Policy.

## Contact

Questions about this policy: privacy@knightpost.com, or KnightPost OÜ, Narva mnt 5, 10117 Tallinn, Estonia.
"""

EN_CHARITY = """# Open Hands Giving – Privacy Statement

Open Hands Giving CLG ("Open Hands") is a registered charity that lets people give to more than 300 small charities through one platform. We take the trust of our donors seriously. This statement covers the website openhandsgiving.org and our donation forms.

## What we collect and why

**When you donate**, we collect your name, email address, postal address, the amount and the charity you chose. We need this to process your gift, send a receipt and, if you are a taxpayer who agrees, to claim tax relief on your donation.

**When you set up a monthly gift**, we also collect your bank account details (IBAN) so that our payment partner can collect the direct debit.

**When you sign up for updates**, we collect your email address and send you our quarterly newsletter. You can unsubscribe at any time.

We do not use your data to build wealth profiles, and we do not buy information about you from data brokers or screen you against public records.

## Legal bases

- Processing your donation and receipt: contract.
- Tax relief claims: legal obligation.
- Newsletter: consent.
- Fraud prevention on card payments: legitimate interests.

## Who receives your data

- **The charity you give to** receives your name and the amount, unless you tick "give anonymously".
- **StripeLane Payments Ltd** processes card payments and direct debits.
- **The Revenue Commissioners** receive the details needed for tax relief claims.

We will never sell, swap or rent your details to other charities or companies.

## How long we keep it

Donation records are kept for 6 years after the end of the tax year, as tax law requires. Newsletter subscriptions are removed as soon as you unsubscribe. If you ask us to delete your data, we do so within one month, except records we must keep by law.

## International transfers

All our systems are hosted in the European Union. We do not transfer your data outside the EEA.

## Your rights

You have the right to access your data, to have it corrected or erased, to restrict or object to its use and to data portability. Where we rely on consent, you can withdraw it at any time. To exercise a right, email dataprotection@openhandsgiving.org or call +353 1 555 0142. If you are unhappy with our answer, you can complain to the Data Protection Commission.

## Contact us

Open Hands Giving CLG, 7 Quay Street, Galway H91 X2Y3, Ireland. Registered charity number 20099812.
"""

EN_SCUBA = """# Blue Fathom Dive Centre – Privacy Policy

Updated: 20 April 2026

Blue Fathom Diving Ltd runs a PADI dive centre in Sliema, Malta, offering try-dives, courses and guided boat dives. This policy tells you how we handle the personal information of divers, students and visitors.

## 1. What we collect

- Contact details: name, email, phone number and hotel or home address.
- Diving details: certification level and number, logged dives, and the date of your last dive.
- Health information: the answers to the diver medical questionnaire you complete before any in-water activity, and a doctor's fitness certificate where the questionnaire requires one.
- Equipment sizes: wetsuit, boots, fins and BCD size, so we can prepare your rental kit.
- Emergency contact: the name and phone number of a person we can call in an accident.

## 2. Why we use it

We use your information to book your dives and courses, check that you are certified and fit to dive, register you with PADI when you complete a course, and respond to an emergency. Health information is processed only for your safety underwater and only with your explicit consent; without it we cannot take you diving.

We may send you news about trips and offers if you ask us to.

## 3. Who sees it

- Our instructors and divemasters see your certification and medical answers for the dives they lead.
- PADI receives your name, date of birth and course results to issue your certification card.
- In an emergency, we give relevant information to the hyperbaric unit at Mater Dei Hospital and to emergency services.

We do not share medical information with anyone else.

## 4. How long we keep it

| Record | Kept for |
|---|---|
| Booking and payment records | 6 years |
| Medical questionnaire | 12 months after your last dive with us |
| Course records | 5 years after the course |
| Marketing list | until you unsubscribe |

## 5. Your rights

You may request access to, correction or deletion of your data and object to direct marketing at any time. Contact us at privacy@bluefathom.mt, by phone, or in person at the centre. You may complain to the Information and Data Protection Commissioner (IDPC) in Malta.

## 6. Contact

Blue Fathom Diving Ltd, Tower Road 112, Sliema SLM 1605, Malta. Phone +356 2133 4455.
"""

EN_GENEALOGY = """# RootLine Privacy Notice

RootLine DNA Ltd helps you build your family tree and discover your ancestry through a saliva-based DNA test. Your genetic data is uniquely personal, so we have written this notice to be as clear as possible about what happens to it.

## The data we hold

**Account and order data.** Name, email, delivery address and payment confirmation for your test kit.

**Genetic data.** The raw DNA data produced by our laboratory from your saliva sample, and the ancestry estimates we calculate from it.

**Family tree data.** The names, dates and places you enter for your relatives, and any photos or documents you upload.

**Optional questionnaire.** If you choose to answer it, information about your traits and family origins.

## How we use it

- To process your sample and show you your ancestry results.
- To show you DNA matches with other RootLine members, **only if** you switch on DNA Matching. Matching is off by default.
- To improve the accuracy of our ancestry estimates using pseudonymised data.

We do not use genetic data for medical or health reports.

## Your sample

Your saliva sample is analysed by our laboratory partner, GenoSure Laboratories in Cork, Ireland, and destroyed once the analysis is complete, unless you ask us to store it. Stored samples are kept for up to 5 years.

## Sharing

We do not give genetic data to insurers, employers or research partners. We do not share your data with law enforcement unless we receive a valid court order, and we publish the number of such requests each year in our transparency report.

Our processors are:

- GenoSure Laboratories (sample analysis, Ireland);
- CloudRidge Hosting (data storage, Germany);
- HelpHive (customer support emails, Ireland).

## Keeping your data

Genetic data and family trees are kept until you delete your account. You can delete your raw DNA data at any time without closing your account.

## Your rights and choices

You can download your raw DNA data and your family tree (GEDCOM format), correct your details, delete your data and withdraw consent for DNA Matching in your account settings. You can also email privacy@rootline.ie. We answer within one month. You have the right to complain to the Data Protection Commission.

## Contact

RootLine DNA Ltd, 3 Grand Parade, Cork T12 AB34, Ireland. Data protection officer: dpo@rootline.ie
"""

EN_DOORBELL = """# Porchlight Privacy Policy

_Version 4.2 – effective 1 May 2026_

Porchlight Home GmbH ("Porchlight") makes smart video doorbells and the Porchlight app. This policy explains how we process personal data when you set up and use a Porchlight doorbell.

## What your doorbell records

Your doorbell records video and sound when it detects motion or when someone presses the button. Recordings are stored in your Porchlight account so you can watch them in the app. You choose the motion zones and can switch audio recording off.

Because your doorbell can capture people passing by, you are responsible for placing it so that it films your own property and for telling visitors that recording takes place.

## What we collect

- Account information: name, email address, address of the installation and the devices paired with your account.
- Recordings: video clips, snapshots and audio, stored for the period you choose.
- Device data: Wi-Fi signal strength, battery level, firmware version and error logs.
- Support information: what you tell our support team.

## How we use it

We use this information to provide the service (live view, alerts and recordings), to keep devices secure and up to date, and to answer support requests. Our staff do not watch your recordings, except when you share a specific clip with support to solve a problem.

Face recognition is not available on Porchlight devices.

## Storage of recordings

By default, recordings are deleted automatically after 30 days. You can choose 7, 14 or 30 days in the app, or delete clips manually at any time.

All recordings are stored in data centres in Germany and Ireland.

## Sharing

Porchlight does not share recordings with the police or other authorities unless you choose to send them a clip, or we are legally required to do so by a court order.

We use processors for hosting (EU), push notifications and customer support. We do not sell personal data.

## Your rights

You have the right of access, rectification, erasure, restriction, portability and objection. Send your request through the in-app form under **Account > Privacy** or by email to privacy@porchlight.de. We will reply within one month. You can complain to any data protection authority, in particular the Berlin Commissioner for Data Protection.

## Contact

Porchlight Home GmbH, Torstraße 140, 10119 Berlin, Germany.
"""

EN_TAXI = """# CabNow Cookie Notice

This notice explains how CabNow Mobility S.A. uses cookies and similar technologies on cabnow.eu and in the web version of our taxi booking service. It should be read with our Privacy Policy.

## Why we use cookies

We use cookies to let you book a ride, keep you signed in, remember your pickup addresses and measure how our website is used. Apart from strictly necessary cookies, nothing is stored on your device until you click **Accept** in our cookie banner or switch a category on in **Cookie settings**.

## Categories

**Strictly necessary cookies** keep the booking flow working and protect your account. They cannot be switched off.

**Functional cookies** remember your language, your last pickup address and whether you prefer cash or card.

**Analytics cookies** tell us how many people visit each page and where bookings are abandoned. We use them only with your consent.

## List of cookies

| Cookie | Provider | Category | Lifetime |
|---|---|---|---|
| cn_sid | CabNow | Strictly necessary | session |
| cn_xsrf | CabNow | Strictly necessary | session |
| cn_lang | CabNow | Functional | 12 months |
| cn_pickup | CabNow | Functional | 3 months |
| _ga | Google Analytics | Analytics | 13 months |
| _ga_* | Google Analytics | Analytics | 13 months |

Google Analytics is configured with IP anonymisation and data sharing with Google switched off.

## Your choices

You can accept all cookies, reject all non-essential cookies or choose by category. You can change your choice at any time from the **Cookie settings** link in the footer of every page. We store your choice for 6 months.

Most browsers also let you refuse or delete cookies. Blocking strictly necessary cookies will stop the booking form from working.

## Contact

CabNow Mobility S.A., 12 rue Goethe, L-1637 Luxembourg. Email: privacy@cabnow.eu
"""

EN_TUTORING = """# Brightpath Tutors – Privacy Policy

Last updated 9 September 2026

Brightpath Learning Ltd ("Brightpath") connects students with qualified tutors for live online lessons in maths, sciences and languages. This policy explains how we use the personal data of students, parents and tutors.

## 1. Who we are

Brightpath Learning Ltd, 22 Clarendon Row, Dublin 2, Ireland, is the controller. You can contact our data protection officer at dpo@brightpath.ie.

## 2. Children

Students under 16 can only be registered by a parent or guardian, who manages the account and gives any consent needed. We do not knowingly collect data directly from children under 16.

## 3. Personal data we use

- **Parents and adult students**: name, email address, phone number, billing details.
- **Students**: first name, school year, subjects, learning goals and lesson notes written by the tutor.
- **Tutors**: name, contact details, qualifications, Garda vetting disclosure, bank details and availability.
- **Lessons**: lesson times, attendance and the shared whiteboard content.

Lessons are not recorded. Video and audio pass through our video provider in real time and are not stored.

## 4. Purposes

We use personal data to match students with tutors, schedule and hold lessons, take payment and pay tutors, check that tutors are suitable to work with children, and answer questions. With the parent's consent, we send progress reports by email after every fifth lesson.

## 5. Recipients

- Our video lesson provider, which hosts the live lessons in EU data centres.
- Our payment processor.
- Tutors, who see the student's first name, school year, goals and previous lesson notes.

We do not share students' data with schools or advertisers.

## 6. Retention

Lesson notes and attendance records are deleted 12 months after the last lesson. Billing records are kept for 6 years. Tutor vetting records are kept while the tutor works with us and for 1 year afterwards.

## 7. Your rights

Parents can exercise the rights of their children. You may request access, correction, deletion, restriction, portability, or object to processing. You can also withdraw consent for progress reports at any time. Email dpo@brightpath.ie or use the **Privacy** section of your dashboard. You may lodge a complaint with the Data Protection Commission.
"""

EN_NURSING = """# Elmcare Homes – Privacy Notice for Residents and Families

Elmcare Homes Ltd runs eleven residential and nursing care homes in Leinster. This notice explains how we use information about the people who live in our homes, their families and representatives.

## Information we hold about residents

To provide safe, person-centred care we hold:

- personal details such as name, date of birth, PPS number, next of kin and GP;
- health and care records, including care plans, medication records, nursing notes and falls records;
- information about your preferences, beliefs, routines and life story, which you or your family choose to share;
- financial information needed for fees and the Nursing Home Support Scheme.

Information comes from you, your family, your GP, the hospital that referred you and the HSE.

## How we use it

We use this information to plan and deliver your care, give you medicines safely, work with your GP and other health professionals, handle fees, and meet our obligations to HIQA, the regulator of care homes. The legal bases are the provision of health and social care (GDPR Art. 9(2)(h)) and our legal obligations.

Photographs of residents are used on noticeboards or in our newsletter only with the resident's consent, or their representative's where they cannot decide.

## Who we share it with

- your GP, pharmacy and hospital teams involved in your care;
- HIQA inspectors, when they review care records during an inspection;
- the HSE, for the Nursing Home Support Scheme.

We share information with family members only where you agree or where you have appointed them as your representative.

## How long we keep it

Care records are kept for 8 years after a resident leaves or dies, in line with health record guidance. Visitor sign-in sheets are kept for 3 months.

## CCTV

CCTV is used at entrances and in car parks. There are no cameras in bedrooms, bathrooms or lounges. Footage is kept for 28 days.

## Your rights

Residents and their representatives can ask to see and get a copy of care records, ask for corrections and object to some uses. Ask the home manager, or write to our Data Protection Officer, Elmcare Homes Ltd, Unit 4 Maple Business Park, Naas, Co. Kildare, or email dpo@elmcare.ie. Requests are free of charge and answered within one month. You may complain to the Data Protection Commission.
"""

EN_AUCTION = """# Harrow & Vane – Cookie Policy

Harrow & Vane Auctioneers Ltd holds live and online sales of fine art, antiques and collectables. This cookie policy applies to harrowvane.com, including our online bidding platform.

## What are cookies?

Cookies are small files placed on your device by the websites you visit. Some cookies are set by us (first-party cookies) and others by services we use (third-party cookies).

## How we use cookies

### Essential cookies

These are needed to run the site and the bidding platform, for example to keep you logged in while you bid, to place a bid securely and to remember the lots in your watchlist. They do not need consent.

| Cookie | Purpose | Expires |
|---|---|---|
| hv_session | login and bidding session | end of session |
| hv_bid_token | secures bids against forgery | end of session |
| hv_watch | remembers your watchlist when not logged in | 30 days |
| hv_cookie_choice | stores your cookie choices | 6 months |

### Analytics cookies

With your consent, we use Plausible Analytics, a cookie-light European service, to see how visitors use our catalogues. It does not track you across other sites.

| Cookie | Purpose | Expires |
|---|---|---|
| plaus_v | counts unique visits | 24 hours |

### Live-stream cookies

When you watch a live sale, our streaming provider, Vidcast Europe, sets a cookie to keep the video stable during the auction. It is only set when you press **Watch live**.

| Cookie | Purpose | Expires |
|---|---|---|
| vc_stream | keeps the live video stable | end of session |

We do not use marketing or advertising cookies.

## Your choice

When you first visit, you can accept or refuse analytics cookies in our banner. You can withdraw your consent at any time by clicking **Cookie preferences** at the foot of every page. Refusing analytics cookies does not affect your ability to bid.

## Contact

For questions about cookies, please write to privacy@harrowvane.com or Harrow & Vane Auctioneers Ltd, 18 Merrion Square, Dublin 2, Ireland.
"""

# ---------------------------------------------------------------------------------------------------------
# French fresh bases
# ---------------------------------------------------------------------------------------------------------

FR_PRESSING = """# Politique de confidentialité – Pressing Malo

_Dernière mise à jour : 15 février 2026_

Pressing Malo SAS propose un service de pressing et de blanchisserie avec collecte et livraison à domicile à Rennes et Saint-Malo, commandé sur pressingmalo.fr ou dans l'application. La présente politique décrit la manière dont nous traitons vos données personnelles.

## 1. Responsable du traitement

Le responsable du traitement est Pressing Malo SAS, 8 rue de la Soif, 35400 Saint-Malo, immatriculée au RCS de Saint-Malo sous le numéro 901 234 567. Pour toute question : donnees@pressingmalo.fr.

## 2. Données collectées

- **Identité et contact** : nom, prénom, adresse électronique, numéro de téléphone.
- **Adresses** : adresse de collecte et de livraison, code d'accès de l'immeuble et consignes au livreur.
- **Commandes** : articles confiés, prestations choisies (nettoyage à sec, repassage, retouches), remarques sur les taches.
- **Paiement** : les quatre derniers chiffres de la carte et sa date d'expiration ; le numéro complet est conservé uniquement par notre prestataire de paiement.

## 3. Finalités et bases légales

| Finalité | Base légale |
|---|---|
| Gestion des commandes, collectes et livraisons | Exécution du contrat |
| Facturation et comptabilité | Obligation légale |
| Envoi d'offres promotionnelles par courriel | Consentement |
| Traitement des réclamations (article abîmé, perte) | Exécution du contrat |

Vous pouvez retirer votre consentement aux offres à tout moment grâce au lien de désinscription présent dans chaque courriel.

## 4. Destinataires

Vos données sont accessibles à nos équipes d'atelier et à nos livreurs salariés, dans la limite de ce qui leur est nécessaire. Elles sont également transmises à notre prestataire de paiement et à notre hébergeur, situé en France. Nous ne vendons ni ne louons vos données.

## 5. Durée de conservation

Les données de votre compte sont conservées tant que celui-ci est actif, puis supprimées après 2 ans sans commande. Les factures sont conservées 10 ans conformément au Code de commerce. Les codes d'accès et consignes de livraison sont effacés 3 mois après votre dernière commande.

## 6. Vos droits

Conformément au RGPD et à la loi Informatique et Libertés, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition, ainsi que du droit de définir des directives relatives au sort de vos données après votre décès. Pour les exercer, écrivez à donnees@pressingmalo.fr ou à l'adresse postale ci-dessus. Nous répondons dans un délai d'un mois.

Vous pouvez également introduire une réclamation auprès de la CNIL (www.cnil.fr).
"""

FR_BOXREPAS = """# Politique cookies – Popote Box

Popote Box SAS livre chaque semaine des box repas avec recettes et ingrédients frais. Cette page explique quels cookies et autres traceurs sont déposés lorsque vous consultez popotebox.fr et comment vous pouvez les gérer.

## Qu'est-ce qu'un cookie ?

Un cookie est un petit fichier texte déposé sur votre terminal (ordinateur, téléphone, tablette) lors de la consultation d'un site. Il permet au site de reconnaître votre terminal pendant sa durée de validité.

## Les cookies que nous utilisons

### Cookies strictement nécessaires

Ils permettent le fonctionnement du site : connexion à votre compte, panier, choix des recettes de la semaine, sécurité du paiement. Ils sont exemptés de consentement.

| Nom | Finalité | Durée |
|---|---|---|
| pb_session | maintien de la connexion | session |
| pb_panier | contenu de votre box | 7 jours |
| pb_choix | mémorisation de vos choix cookies | 6 mois |

### Cookies de mesure d'audience

Avec votre accord, nous utilisons AT Internet (Piano Analytics) pour mesurer la fréquentation et améliorer nos pages de recettes.

| Nom | Émetteur | Finalité | Durée |
|---|---|---|---|
| _pcid | Piano | identifiant de visiteur | 13 mois |
| _pctx | Piano | contexte de la visite | 13 mois |

### Cookies publicitaires

Avec votre accord, nous utilisons le pixel Meta pour mesurer l'efficacité de nos campagnes sur Facebook et Instagram (nombre d'inscriptions issues d'une publicité).

| Nom | Émetteur | Finalité | Durée |
|---|---|---|---|
| _fbp | Meta | mesure des conversions publicitaires | 3 mois |

## Recueil de votre consentement

Lors de votre première visite, un bandeau vous permet d'**accepter tout**, de **refuser tout** ou de **personnaliser** vos choix par finalité. Tant que vous n'avez pas fait de choix, aucun cookie soumis à consentement n'est déposé. Fermer le bandeau vaut refus.

Votre choix est conservé 6 mois. Vous pouvez le modifier à tout moment via le lien « Gérer mes cookies » en bas de chaque page ; le retrait est aussi simple que l'acceptation.

## Paramétrage du navigateur

Vous pouvez aussi configurer votre navigateur pour bloquer les cookies. Certaines fonctionnalités, comme le panier, risquent alors de ne plus fonctionner.

## Contact

Popote Box SAS, 27 quai de la Fosse, 44000 Nantes – dpo@popotebox.fr
"""

FR_AUTOECOLE = """# Protection des données personnelles – Auto-école Feu Vert

L'Auto-école Feu Vert SARL accompagne chaque année plus de 600 élèves vers le permis B, le permis moto et la conduite accompagnée, dans ses trois agences de Lyon et Villeurbanne. Nous attachons une grande importance à la protection de vos données.

## Qui est responsable du traitement ?

Auto-école Feu Vert SARL, 42 cours Gambetta, 69007 Lyon, représentée par sa gérante. Contact : rgpd@autoecole-feuvert.fr.

## Quelles données traitons-nous ?

Pour votre inscription et votre formation, nous collectons :

- votre état civil (nom, prénoms, date et lieu de naissance) et vos coordonnées ;
- une copie de votre pièce d'identité, un justificatif de domicile et, pour les moins de 25 ans, l'attestation de recensement ou de participation à la JDC ;
- votre photo et votre signature numérisées pour la demande de permis (ANTS) ;
- votre numéro NEPH ;
- le suivi de votre formation : heures de conduite, évaluations du moniteur, résultats aux examens blancs du code.

Pour les élèves mineurs, nous collectons aussi les coordonnées du représentant légal.

## Pourquoi ?

Ces données servent à constituer votre dossier auprès de l'ANTS, à planifier vos leçons, à vous présenter aux examens, à facturer nos prestations et à gérer le financement par le CPF le cas échéant. Elles sont traitées sur la base du contrat qui nous lie et de nos obligations réglementaires.

## Qui y a accès ?

- nos moniteurs et notre secrétariat ;
- l'ANTS et les services de l'État chargés des examens ;
- la Caisse des Dépôts, si vous financez votre formation par le CPF ;
- notre éditeur de logiciel de planning, en tant que sous-traitant.

Aucune donnée n'est transmise à des fins commerciales.

## Combien de temps ?

Votre dossier est conservé pendant toute la durée de votre formation, puis 3 ans après l'obtention du permis ou votre dernière leçon. Les copies de pièces d'identité sont détruites dès la validation de votre dossier par l'ANTS. Les factures sont conservées 10 ans.

## Vos droits

Vous pouvez accéder à vos données, les rectifier, demander leur effacement ou leur limitation, vous opposer à un traitement et demander la portabilité de vos données. Adressez votre demande par courriel à rgpd@autoecole-feuvert.fr ou à l'accueil de votre agence. Si vous estimez que vos droits ne sont pas respectés, vous pouvez saisir la CNIL.
"""

FR_PETSITTING = """# Politique de confidentialité – Patounes & Cie

En vigueur au 1er mars 2026

Patounes & Cie SAS met en relation des propriétaires d'animaux avec des gardiens vérifiés pour la garde à domicile, les visites et les promenades. La présente politique s'applique au site patounes.fr et à l'application mobile.

## 1. Les données que nous traitons

**Propriétaires** : nom, prénom, coordonnées, adresse du domicile, informations sur l'animal (nom, espèce, race, âge, traitements, habitudes, vétérinaire traitant), instructions pour l'accès au logement.

**Gardiens** : identité, coordonnées, copie de la pièce d'identité, extrait de casier judiciaire (bulletin n° 3), photo de profil, disponibilités, avis laissés par les propriétaires, coordonnées bancaires pour le versement des rémunérations.

**Messagerie** : les messages échangés entre propriétaires et gardiens sur la plateforme.

**Photos de garde** : les photos de votre animal que le gardien partage pendant la garde.

## 2. Pourquoi nous les utilisons

- mettre en relation propriétaires et gardiens et gérer les réservations (contrat) ;
- vérifier l'identité et l'honorabilité des gardiens (intérêt légitime à la sécurité des animaux et des domiciles) ;
- traiter les paiements et verser les rémunérations (contrat) ;
- modérer la messagerie en cas de signalement (intérêt légitime) ;
- vous envoyer notre lettre d'information, si vous y avez consenti.

La géolocalisation du gardien pendant une promenade n'est activée que si le gardien l'accepte, et le trajet n'est visible que par le propriétaire concerné.

## 3. Destinataires

Les informations sur l'animal et les instructions d'accès ne sont communiquées qu'au gardien retenu. Nos sous-traitants (hébergement en France, paiement, envoi de SMS) n'accèdent aux données que pour le compte de Patounes & Cie. En cas de sinistre, les informations utiles sont transmises à notre assureur.

## 4. Conservation

- Comptes : jusqu'à la suppression du compte, puis 1 an pour la gestion des litiges.
- Messagerie : 12 mois après la fin de la garde.
- Extrait de casier judiciaire : consulté lors de l'inscription du gardien, puis supprimé sans copie.
- Données de paiement : 13 mois après la transaction, pour les contestations.

## 5. Vos droits

Vous disposez des droits d'accès, de rectification, d'effacement, d'opposition, de limitation et de portabilité. Vous pouvez les exercer depuis la rubrique **Mon compte > Mes données** ou par courriel à vieprivee@patounes.fr. En cas de difficulté, vous pouvez adresser une réclamation à la CNIL.

## 6. Contact

Patounes & Cie SAS, 5 rue des Tanneurs, 67000 Strasbourg.
"""

FR_DECHETS = """# Traitement des données personnelles – SYVALOR

Le Syndicat intercommunal de valorisation des ordures ménagères du Val de Loire (SYVALOR) assure la collecte et le traitement des déchets ménagers pour 38 communes. Cette page vous informe sur les traitements de données que nous mettons en œuvre dans le cadre de notre mission de service public.

## Responsable du traitement

SYVALOR, établissement public de coopération intercommunale, 2 allée des Tilleuls, 41000 Blois, représenté par son président. Délégué à la protection des données : dpd@syvalor.fr.

## Traitements mis en œuvre

### Gestion des bacs et de la redevance incitative

Chaque bac est équipé d'une puce qui enregistre le nombre de levées. Nous associons cette puce à l'adresse du foyer et au nom du titulaire du contrat afin de calculer la redevance incitative. Les données traitées sont : nom, adresse, composition du foyer (nombre de personnes), numéro de bac, date et nombre de levées.

Base légale : mission d'intérêt public (article 6.1.e du RGPD).

### Accès aux déchèteries

L'accès aux déchèteries se fait avec une carte nominative. À chaque passage, nous enregistrons la date, la déchèterie et le nombre de passages. Les particuliers ont droit à 24 passages gratuits par an.

### Demandes des usagers

Lorsque vous nous contactez (changement de bac, réclamation, composteur), nous enregistrons vos coordonnées et votre demande.

## Destinataires

- les agents du syndicat habilités ;
- le Trésor public, pour le recouvrement de la redevance ;
- notre prestataire de collecte, qui ne reçoit que les adresses et numéros de bacs des tournées.

Vos données ne sont jamais utilisées à des fins commerciales.

## Durées de conservation

| Données | Durée |
|---|---|
| Données de levée des bacs | 2 ans |
| Passages en déchèterie | 1 an |
| Données de facturation | 6 ans |
| Demandes des usagers | 3 ans à compter de la clôture |

## Vos droits

Vous disposez d'un droit d'accès, de rectification, de limitation et d'opposition. Le droit d'opposition ne s'applique pas à la redevance, qui relève d'une obligation légale. Pour exercer vos droits : dpd@syvalor.fr ou par courrier au siège du syndicat. Vous pouvez introduire une réclamation auprès de la CNIL, 3 place de Fontenoy, 75007 Paris.
"""

FR_DONSANG = """# Politique de protection des données – Association Goutte de Vie

L'association Goutte de Vie, association loi 1901, encourage le don du sang, de plasma et de plaquettes en Occitanie. Elle organise des collectes avec l'Établissement français du sang (EFS), anime un réseau de bénévoles et envoie des rappels aux donneurs qui le souhaitent.

Important : l'association ne collecte pas de données médicales. Le questionnaire préalable au don et l'entretien médical relèvent exclusivement de l'EFS.

## Données traitées

Nous traitons les données suivantes :

- **donneurs inscrits à nos rappels** : nom, prénom, adresse électronique, numéro de téléphone, commune et groupe sanguin si vous choisissez de nous l'indiquer ;
- **bénévoles** : identité, coordonnées, disponibilités et missions ;
- **adhérents** : identité, coordonnées et montant de la cotisation.

## Finalités

- vous rappeler par SMS ou courriel les prochaines collectes près de chez vous ;
- organiser l'accueil et la collation lors des collectes ;
- gérer les adhésions et les reçus fiscaux ;
- coordonner nos bénévoles.

Les rappels reposent sur votre consentement, que vous pouvez retirer à tout moment en répondant STOP ou via le lien de désinscription. La gestion des adhésions repose sur nos statuts et sur nos obligations comptables.

## Destinataires

Vos données sont réservées aux membres du bureau et aux bénévoles chargés des rappels. Nous utilisons un prestataire d'envoi de SMS établi en France. Nous ne transmettons pas vos coordonnées à l'EFS ni à aucun partenaire.

## Conservation

Les coordonnées des donneurs sont conservées jusqu'à leur désinscription, et au plus 3 ans après le dernier contact. Les données des adhérents sont conservées 6 ans pour les besoins comptables.

## Vos droits

Vous pouvez accéder à vos données, les faire rectifier ou supprimer, vous opposer à leur traitement ou en demander la limitation. Écrivez-nous à contact@gouttedevie.org ou à Association Goutte de Vie, 11 rue du Taur, 31000 Toulouse. Vous pouvez aussi saisir la CNIL.
"""

FR_COLONIE = """# Confidentialité – Les Colos du Vercors

Les Colos du Vercors, association organisatrice d'accueils collectifs de mineurs déclarée auprès du service départemental à la jeunesse, proposent des séjours de vacances pour les 6-17 ans. Cette politique explique comment nous traitons les données des enfants et de leurs familles.

## 1. Responsable du traitement

Association Les Colos du Vercors, 9 place Victor Hugo, 38000 Grenoble. Contact : protection-donnees@colosvercors.fr.

## 2. Données collectées à l'inscription

Pour l'enfant :

- nom, prénom, date de naissance, sexe ;
- fiche sanitaire de liaison : vaccinations, allergies, traitements en cours, régime alimentaire, recommandations des parents ;
- attestation d'aisance aquatique pour les séjours avec activités nautiques.

Pour les responsables légaux :

- nom, prénom, adresse, téléphones, adresse électronique ;
- numéro d'allocataire CAF et quotient familial pour le calcul des aides ;
- personnes autorisées à récupérer l'enfant.

## 3. Finalités

Nous utilisons ces données pour gérer les inscriptions, assurer la sécurité et la santé des enfants pendant le séjour, calculer le prix selon le quotient familial, et respecter nos obligations envers le service départemental à la jeunesse. Les données de santé sont traitées pour la protection des intérêts vitaux de l'enfant et avec l'accord des parents.

## 4. Photos et blog du séjour

Pendant le séjour, les animateurs publient des photos sur un blog privé, accessible uniquement aux familles avec un code. Les photos ne sont publiées que si vous avez coché l'autorisation de droit à l'image. Elles ne sont jamais publiées sur les réseaux sociaux.

## 5. Destinataires

- l'équipe de direction et l'assistant sanitaire du séjour, pour la fiche sanitaire ;
- les animateurs, pour les informations utiles au quotidien ;
- la CAF, pour les aides aux vacances ;
- les services de secours en cas d'urgence.

## 6. Conservation

Les fiches sanitaires sont détruites à la fin du séjour. Les dossiers d'inscription sont conservés 3 ans, les documents comptables 10 ans. Les photos du blog sont supprimées un mois après le retour des enfants.

## 7. Vos droits

Vous pouvez exercer vos droits d'accès, de rectification, d'effacement, d'opposition et de limitation en écrivant à protection-donnees@colosvercors.fr. Nous répondons sous un mois. Vous pouvez introduire une réclamation auprès de la CNIL.
"""

FR_PANIER = """# Politique de confidentialité – Le Panier des Coteaux

Le Panier des Coteaux est une association qui met en relation des familles adhérentes et une quinzaine de producteurs du Beaujolais pour la distribution hebdomadaire de paniers de légumes, de fruits, d'œufs et de fromages. Les adhérents s'engagent sur une saison de contrats.

## Ce que nous collectons

Lors de votre adhésion, nous vous demandons :

- vos nom, prénom, adresse postale, adresse électronique et numéro de téléphone ;
- les contrats souscrits auprès de chaque producteur (légumes, œufs, fromage, pain…) et la taille de panier ;
- vos échéances de paiement, en chèques ou par virement ;
- vos créneaux de permanence lors des distributions.

Nous ne collectons aucune donnée bancaire en dehors de la mention des paiements reçus.

## Pourquoi nous les utilisons

Ces données servent à organiser les distributions, à transmettre aux producteurs le nombre de paniers à préparer, à suivre les paiements et à vous informer de la vie de l'association (assemblée générale, visites de ferme, absences d'un producteur). La base légale est votre adhésion et les contrats que vous signez.

## Qui y a accès

- les membres du bureau et les référents de chaque contrat ;
- chaque producteur, pour ses seuls adhérents : nom, taille de panier et échéances ;
- notre outil de gestion en ligne Cagette, hébergé en France.

La liste des adhérents n'est jamais communiquée en dehors de l'association. Nous ne l'utilisons pas pour d'autres sollicitations.

## Durée de conservation

Vos données sont conservées pendant votre adhésion et supprimées 2 ans après la fin de votre dernier contrat. Les pièces comptables sont conservées 10 ans.

## Vos droits

Vous pouvez demander l'accès à vos données, leur correction ou leur suppression, et vous opposer à la réception de nos courriels d'information. Il suffit d'en parler à un membre du bureau lors d'une distribution ou d'écrire à bureau@panierdescoteaux.fr.

Vous pouvez introduire une réclamation auprès de la CNIL.

## Contact

Association Le Panier des Coteaux, Maison des associations, 12 rue de la Mairie, 69460 Saint-Étienne-des-Oullières.
"""

FR_CAVISTE = """# Gestion des cookies – Cave Bacchus

Cave Bacchus SAS vend en ligne des vins, champagnes et spiritueux sur cavebacchus.fr. La vente d'alcool étant interdite aux mineurs, l'accès au site suppose de confirmer que vous avez 18 ans ou plus. Cette page décrit les cookies utilisés sur notre site.

## Cookies indispensables

Ces cookies sont nécessaires au fonctionnement du site. Ils ne nécessitent pas votre consentement.

| Cookie | Rôle | Durée de vie |
|---|---|---|
| cb_age | mémorise la confirmation de votre majorité | 30 jours |
| cb_sess | session et panier | session |
| cb_consent | enregistre vos choix en matière de cookies | 6 mois |

## Cookies de mesure d'audience

Nous utilisons Matomo, configuré conformément aux recommandations de la CNIL pour être exempté de consentement : les adresses IP sont anonymisées, les données ne sont pas croisées avec d'autres traitements et ne servent qu'à produire des statistiques anonymes.

| Cookie | Rôle | Durée de vie |
|---|---|---|
| _pk_id | statistiques de visite | 13 mois |
| _pk_ses | durée de la visite | 30 minutes |

Vous pouvez néanmoins vous opposer à ce suivi en décochant la case prévue en bas de cette page.

## Cookies de personnalisation

Avec votre accord, nous mémorisons les vins que vous avez consultés pour vous proposer des accords mets-vins sur la page d'accueil. Ces informations restent chez Cave Bacchus et ne sont transmises à aucun tiers.

| Cookie | Rôle | Durée de vie |
|---|---|---|
| cb_reco | vins récemment consultés | 3 mois |

## Ce que nous ne faisons pas

Nous n'utilisons aucun cookie publicitaire et ne permettons à aucune régie de déposer des traceurs sur notre site. Nous n'utilisons pas de boutons de partage des réseaux sociaux qui déposent des cookies.

## Exprimer vos choix

À votre première visite, le bandeau cookies vous propose « Tout accepter », « Tout refuser » et « Personnaliser ». Vous pouvez revenir sur votre choix à tout moment depuis le lien « Cookies » présent en pied de page. Nous vous redemandons votre avis tous les 6 mois.

## Nous contacter

Cave Bacchus SAS, 3 rue Sainte-Catherine, 33000 Bordeaux – confidentialite@cavebacchus.fr
"""

FR_NOTAIRE = """# Politique de protection des données personnelles – Office notarial Delorme & Associés

L'office notarial Delorme & Associés, société titulaire d'un office de notaire à Tours, traite des données personnelles dans le cadre de son activité d'officier public et de ses missions de conseil. La présente notice vous informe de ces traitements.

## Responsable du traitement

Delorme & Associés, notaires, SELARL, 18 boulevard Heurteloup, 37000 Tours. Le délégué à la protection des données de l'office peut être contacté à dpo@delorme-notaires.fr.

## Données traitées

Selon la nature de l'acte (vente immobilière, succession, donation, contrat de mariage, PACS), nous traitons :

- état civil, situation matrimoniale et régime matrimonial ;
- coordonnées ;
- pièce d'identité ;
- informations patrimoniales et fiscales ;
- données bancaires nécessaires aux virements ;
- le cas échéant, informations relatives à vos héritiers et ayants droit.

## Finalités et bases légales

Ces données sont traitées pour l'accomplissement de notre mission d'officier public (authentification des actes, formalités auprès du service de la publicité foncière et de l'administration fiscale), sur le fondement de l'exécution d'une mission d'intérêt public et du respect de nos obligations légales, notamment en matière de lutte contre le blanchiment. Les missions de conseil et de négociation immobilière reposent sur l'exécution du contrat.

## Destinataires

Vos données peuvent être transmises, dans la limite de ce qui est nécessaire :

- aux administrations et services de l'État (publicité foncière, administration fiscale) ;
- aux autres parties à l'acte et à leurs notaires ;
- aux établissements bancaires intervenant dans l'opération ;
- au Conseil supérieur du notariat, pour la base de données immobilières (statistiques de prix) ;
- à nos prestataires informatiques, soumis au secret professionnel.

Les données ne font l'objet d'aucun transfert hors de l'Union européenne.

## Conservation

Les actes authentiques sont conservés 75 ans par l'office, puis versés aux Archives départementales. Les dossiers de négociation non aboutis sont conservés 5 ans. Les données de vigilance relatives à la lutte contre le blanchiment sont conservées 5 ans après la fin de la relation.

## Vos droits

Vous disposez d'un droit d'accès, de rectification, de limitation et, dans certains cas, d'effacement et d'opposition. Ces droits s'exercent dans les limites imposées par les obligations de conservation des actes. Vous pouvez écrire au délégué à la protection des données par courriel ou par courrier. En cas de désaccord, vous pouvez saisir la CNIL.
"""

FR_OPTICIEN = """# Politique de confidentialité – Optique Lumière

_Mise à jour : 10 juin 2026_

Optique Lumière SAS exploite 22 magasins d'optique en Nouvelle-Aquitaine et le site optique-lumiere.fr. Nous respectons le RGPD et les recommandations de la CNIL. Cette politique décrit le traitement des données de nos clients.

## 1. Données collectées

En magasin et en ligne, nous pouvons collecter :

- votre identité, vos coordonnées et votre date de naissance ;
- votre ordonnance et les mesures réalisées en magasin (acuité visuelle, écart pupillaire, hauteur de montage) ;
- votre numéro de sécurité sociale et les informations de votre complémentaire santé, pour le tiers payant ;
- l'historique de vos achats d'équipements et de lentilles.

Les données relatives à votre vue sont des données de santé. Elles sont traitées uniquement par nos opticiens diplômés.

## 2. Finalités

- réalisation et adaptation de vos équipements d'optique ;
- gestion du tiers payant avec l'Assurance maladie et votre complémentaire ;
- suivi de la garantie et du service après-vente ;
- rappel du renouvellement de votre équipement, si vous l'avez accepté.

Nous ne faisons aucun profilage à partir de vos données de santé.

## 3. Destinataires

Vos données sont transmises uniquement :

- à l'Assurance maladie et à votre organisme complémentaire ;
- aux laboratoires qui fabriquent vos verres (mesures et correction, sans votre nom complet) ;
- à notre hébergeur de données de santé, certifié HDS.

## 4. Conservation

| Catégorie | Durée |
|---|---|
| Dossier client et ordonnances | 5 ans après le dernier achat |
| Données de tiers payant | 3 ans |
| Rappels de renouvellement | jusqu'au retrait de votre accord |

## 5. Vos droits

Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité. Vous pouvez les exercer en magasin, par courriel à donnees@optique-lumiere.fr ou par courrier à Optique Lumière – Service client, 45 cours de l'Intendance, 33000 Bordeaux. Une réponse vous est apportée dans un délai d'un mois.

Vous pouvez introduire une réclamation auprès de la CNIL.

## 6. Sécurité

Vos données de santé sont hébergées chez un hébergeur certifié en France et ne sont accessibles qu'au personnel habilité.
"""

FR_FLEURISTE = """# Politique relative aux cookies – Pétales Express

Pétales Express SAS livre des bouquets et compositions florales en France métropolitaine depuis le site petales-express.fr. La présente politique explique l'usage des cookies et traceurs sur notre site, conformément aux lignes directrices et à la recommandation de la CNIL.

## 1. Les finalités des traceurs

Nous déposons des traceurs pour :

1. faire fonctionner le site et le tunnel de commande (traceurs strictement nécessaires) ;
2. mesurer l'audience de nos pages (avec votre consentement) ;
3. afficher des vidéos de nos fleuristes hébergées sur Vimeo (avec votre consentement).

Nous ne déposons aucun traceur à des fins publicitaires.

## 2. Détail des traceurs

| Traceur | Émetteur | Finalité | Durée |
|---|---|---|---|
| pe_cart | Pétales Express | panier et message de la carte | 7 jours |
| pe_sess | Pétales Express | session | session |
| pe_tcf | Pétales Express | choix de consentement | 6 mois |
| _hjSessionUser | Hotjar | mesure d'audience, parcours anonymisés | 12 mois |
| vuid | Vimeo | lecture des vidéos | 12 mois |

## 3. Votre consentement

Les traceurs soumis à consentement ne sont déposés qu'après votre accord, donné via le bandeau affiché lors de votre première visite. Ce bandeau vous permet d'accepter ou de refuser l'ensemble des traceurs, ou de choisir finalité par finalité. Les boutons « Accepter » et « Refuser » sont présentés de la même manière.

Vous pouvez retirer votre consentement à tout moment via le lien « Préférences cookies » disponible en bas de chaque page. Votre choix est conservé 6 mois.

## 4. Traceurs des réseaux sociaux

Les boutons de partage vers Pinterest et Instagram sont de simples liens : ils ne déposent aucun cookie tant que vous ne cliquez pas dessus.

## 5. Durée de vie

Aucun traceur ne dépasse une durée de vie de 13 mois. Les informations collectées par les traceurs de mesure d'audience sont conservées 25 mois au maximum.

## 6. Contact

Pour toute question : Pétales Express SAS, 60 rue de la République, 13002 Marseille, ou dpo@petales-express.fr. Vous pouvez également consulter notre politique de confidentialité.
"""

# ---------------------------------------------------------------------------------------------------------
# Fresh bases as pseudo-records: (key, lang, policy, service, text)
# ---------------------------------------------------------------------------------------------------------

FRESH = [
    ("en-bakery", "en", "privacy", "Crumb & Co. Bakeries", EN_BAKERY),
    ("en-fertility", "en", "privacy", "Lunara Health", EN_FERTILITY),
    ("en-marina", "en", "privacy", "Harbourline Marinas", EN_MARINA),
    ("en-chess", "en", "cookies", "KnightPost", EN_CHESS),
    ("en-charity", "en", "privacy", "Open Hands Giving", EN_CHARITY),
    ("en-scuba", "en", "privacy", "Blue Fathom Diving", EN_SCUBA),
    ("en-genealogy", "en", "privacy", "RootLine DNA", EN_GENEALOGY),
    ("en-doorbell", "en", "privacy", "Porchlight Home", EN_DOORBELL),
    ("en-taxi", "en", "cookies", "CabNow Mobility", EN_TAXI),
    ("en-tutoring", "en", "privacy", "Brightpath Learning", EN_TUTORING),
    ("en-nursing", "en", "privacy", "Elmcare Homes", EN_NURSING),
    ("en-auction", "en", "cookies", "Harrow & Vane Auctioneers", EN_AUCTION),
    ("fr-pressing", "fr", "privacy", "Pressing Malo", FR_PRESSING),
    ("fr-boxrepas", "fr", "cookies", "Popote Box", FR_BOXREPAS),
    ("fr-autoecole", "fr", "privacy", "Auto-école Feu Vert", FR_AUTOECOLE),
    ("fr-petsitting", "fr", "privacy", "Patounes & Cie", FR_PETSITTING),
    ("fr-dechets", "fr", "privacy", "SYVALOR", FR_DECHETS),
    ("fr-donsang", "fr", "privacy", "Goutte de Vie", FR_DONSANG),
    ("fr-colonie", "fr", "privacy", "Les Colos du Vercors", FR_COLONIE),
    ("fr-panier", "fr", "privacy", "Le Panier des Coteaux", FR_PANIER),
    ("fr-caviste", "fr", "cookies", "Cave Bacchus", FR_CAVISTE),
    ("fr-notaire", "fr", "privacy", "Delorme & Associés", FR_NOTAIRE),
    ("fr-opticien", "fr", "privacy", "Optique Lumière", FR_OPTICIEN),
    ("fr-fleuriste", "fr", "cookies", "Pétales Express", FR_FLEURISTE),
]


def base_id(key: str) -> str:
    return f"{NAME}-base-{key}"


# ---------------------------------------------------------------------------------------------------------
# English pairs on fresh bases (28)
# ---------------------------------------------------------------------------------------------------------

EN_FRESH: list[Pair] = [
    (
        base_id("en-bakery"),
        "rights_reducing",
        ["R12", "R5"],
        False,
        False,
        'The promise "We never sell your personal data or give it to other brands for their own marketing" is cut to "We never sell your personal data", and the recipients table gains "Partner brands in the Crumb Rewards network"; a no-sharing promise weakened (R12) with a new recipient (R5).',
        [
            (
                "We never sell your personal data or give it to other brands for their own marketing.",
                "We never sell your personal data.",
            ),
            before(
                "| Our external auditors |",
                "| Partner brands in the Crumb Rewards network | joint offers shown in the app and by email |\n",
            ),
            ("yearly accounts checks", "yearly account checks"),
        ],
    ),
    (
        base_id("en-bakery"),
        "minor",
        ["R9"],
        False,
        False,
        'Dormant accounts are closed sooner: "If you do not use your card for 24 months" -> "for 18 months"; the home-bakery gloss only explains data already listed. Shorter retention, not adverse (R9).',
        [
            ("If you do not use your card for 24 months", "If you do not use your card for 18 months"),
            ("and your home bakery.", "and your home bakery (the shop you picked when you joined)."),
        ],
    ),
    (
        base_id("en-bakery"),
        "editorial",
        ["R1"],
        False,
        True,
        "Technical re-rendering: the recipients table is reflowed with padded columns and aligned separators; the three rows and their words are unchanged (R1).",
        [
            (
                "| Recipient | Role |\n|---|---|\n| Pointwise Systems Ltd | hosts the loyalty database |\n| Mailfrost Ltd | sends our emails |\n| Our external auditors | yearly accounts checks |",
                "| Recipient              | Role                        |\n| ---------------------- | --------------------------- |\n| Pointwise Systems Ltd  | hosts the loyalty database  |\n| Mailfrost Ltd          | sends our emails            |\n| Our external auditors  | yearly accounts checks      |",
            )
        ],
    ),
    (
        base_id("en-fertility"),
        "rights_reducing",
        ["R12", "R2"],
        False,
        False,
        'The promise "is never used to train machine-learning models" becomes "Pseudonymised cycle data may be used to train and improve our prediction models": a "never" turned into "may" (R12) opening a new AI-training purpose (R2).',
        [
            (
                "Cycle data is never used for advertising and is never used to train machine-learning models.",
                "Cycle data is never used for advertising. Pseudonymised cycle data may be used to train and improve our prediction models.",
            ),
            ("Withdrawing stops predictions but", "Withdrawing your consent stops predictions but"),
        ],
    ),
    (
        base_id("en-fertility"),
        "editorial",
        ["R1"],
        False,
        True,
        'Technical re-rendering: list markers change from "-" to "*" in the data list and the sharing list; every item says the same thing (R1).',
        [
            ("- **Account data**: email address", "* **Account data**: email address"),
            ("- **Cycle data you enter**:", "* **Cycle data you enter**:"),
            ("- **Device data**: device model", "* **Device data**: device model"),
            ("- our hosting provider (infrastructure);", "* our hosting provider (infrastructure);"),
            ("- our customer-support tool provider,", "* our customer-support tool provider,"),
        ],
    ),
    (
        base_id("en-fertility"),
        "editorial",
        ["R1"],
        False,
        False,
        'The sentence "We do not sell or rent personal data." moves below the law-enforcement paragraph and the contact block is split into two lines; same promises, same addresses (R1).',
        [
            ("We do not sell or rent personal data. We will not hand over", "We will not hand over"),
            (
                "and we will tell you about such a request where the law allows.",
                "and we will tell you about such a request where the law allows.\n\nWe do not sell or rent personal data.",
            ),
            (
                "Lunara Health B.V., Keizersgracht 221, 1016 DV Amsterdam, the Netherlands. Data Protection Officer: dpo@lunara.app.",
                "Lunara Health B.V., Keizersgracht 221, 1016 DV Amsterdam, the Netherlands.\nData Protection Officer: dpo@lunara.app.",
            ),
        ],
    ),
    (
        base_id("en-marina"),
        "major",
        ["R7"],
        False,
        False,
        'A new data category is added inside the booking list: "and the skipper\'s passport or national ID card number" (R7).',
        [
            (
                "3. the registration number and insurance certificate of the vessel;",
                "3. the registration number and insurance certificate of the vessel, and the skipper's passport or national ID card number;",
            ),
            (
                "We send a reminder text two days before arrival.",
                "We send a reminder text message two days before arrival.",
            ),
        ],
    ),
    (
        base_id("en-marina"),
        "minor",
        ["R9", "R14"],
        False,
        False,
        'CCTV footage retention shortened "30 days" -> "21 days" (R9) and the office phone number changes "+34 972 000 118" -> "+34 972 000 240", same channel; rights requests still go by email or post (R14).',
        [
            ("- CCTV footage: 30 days, unless needed", "- CCTV footage: 21 days, unless needed"),
            ("Tel. +34 972 000 118", "Tel. +34 972 000 240"),
        ],
    ),
    (
        base_id("en-chess"),
        "major",
        ["R15"],
        True,
        False,
        'A new third-party vendor in the audience category: "We also use Hotjar to record how visitors move through the puzzle pages" with a "_hjSessionUser" row; new vendor needing consent, so consent is asked again (R15).',
        [
            (
                "The data stays on our servers and is not shared with anyone.",
                "The data stays on our servers and is not shared with anyone. We also use Hotjar to record how visitors move through the puzzle pages (clicks, scrolling and heatmaps).",
            ),
            before(
                "| _pk_ses | groups page views into one visit | 30 minutes |",
                "| _hjSessionUser | Hotjar: recognises a returning visitor for heatmaps | 12 months |\n",
            ),
        ],
    ),
    (
        base_id("en-chess"),
        "editorial",
        ["R1"],
        False,
        False,
        'Reworded with the same meaning: "We do not use advertising cookies and we do not show ads on KnightPost." -> "KnightPost shows no ads, and no advertising cookies are used." (R1).',
        [
            (
                "We do not use advertising cookies and we do not show ads on KnightPost.",
                "KnightPost shows no ads, and no advertising cookies are used.",
            )
        ],
    ),
    (
        base_id("en-chess"),
        "editorial",
        ["R1"],
        False,
        False,
        'Same retention of the choice in other words: "We keep your choice for 6 months and then ask again." -> "Your choice is stored for six months, after which the banner appears again."; "Questions about this policy:" gets a comma fix (R1).',
        [
            (
                "We keep your choice for 6 months and then ask again.",
                "Your choice is stored for six months, after which the banner appears again.",
            ),
            (
                "Questions about this policy: privacy@knightpost.com, or",
                "Questions about this policy: privacy@knightpost.com or",
            ),
        ],
    ),
    (
        base_id("en-charity"),
        "major",
        ["R5"],
        False,
        False,
        'A new recipient in the list: "**Postbridge Mailing Ltd** prints and posts receipts and tax-relief letters" (R5); "We take the trust of our donors seriously" -> "We take our donors\' trust seriously" is wording only.',
        [
            before(
                "- **The Revenue Commissioners** receive",
                "- **Postbridge Mailing Ltd** prints and posts receipts and tax-relief letters on our behalf.\n",
            ),
            ("We take the trust of our donors seriously.", "We take our donors' trust seriously."),
        ],
    ),
    (
        base_id("en-charity"),
        "rights_reducing",
        ["R4"],
        False,
        False,
        'A rights channel is removed: "email dataprotection@openhandsgiving.org or call +353 1 555 0142" -> "email dataprotection@openhandsgiving.org"; exercising rights gets harder (R4).',
        [
            (
                "To exercise a right, email dataprotection@openhandsgiving.org or call +353 1 555 0142.",
                "To exercise a right, email dataprotection@openhandsgiving.org.",
            )
        ],
    ),
    (
        base_id("en-scuba"),
        "major",
        ["R8"],
        False,
        False,
        'Medical questionnaires kept longer: "12 months after your last dive with us" -> "3 years after your last dive with us" (R8); "try-dives" -> "try dives" is spelling.',
        [
            (
                "| Medical questionnaire | 12 months after your last dive with us |",
                "| Medical questionnaire | 3 years after your last dive with us |",
            ),
            ("offering try-dives, courses", "offering try dives, courses"),
        ],
    ),
    (
        base_id("en-scuba"),
        "editorial",
        ["R1"],
        False,
        False,
        'Heading "Who sees it" -> "Who we share it with" and "We may send you news about trips and offers if you ask us to." reordered as "If you ask us to, we may send you news..."; nothing said differently (R1).',
        [
            ("## 3. Who sees it", "## 3. Who we share it with"),
            (
                "We may send you news about trips and offers if you ask us to.",
                "If you ask us to, we may send you news about trips and offers.",
            ),
        ],
    ),
    (
        base_id("en-genealogy"),
        "rights_reducing",
        ["R12"],
        False,
        False,
        'The negative promise is narrowed: "We do not give genetic data to insurers, employers or research partners." -> "to insurers or employers", so research partners are no longer excluded (R12).',
        [
            (
                "We do not give genetic data to insurers, employers or research partners.",
                "We do not give genetic data to insurers or employers.",
            )
        ],
    ),
    (
        base_id("en-genealogy"),
        "major",
        ["R10", "R5"],
        False,
        False,
        'uncertain (major rather than rights_reducing, as switching off stays possible): default flipped: "**only if** you switch on DNA Matching. Matching is off by default." -> "DNA Matching is switched on for new accounts; you can turn it off at any time"; sharing with other members moves from opt-in consent to opt-out (R10, R5).',
        [
            (
                "- To show you DNA matches with other RootLine members, **only if** you switch on DNA Matching. Matching is off by default.",
                "- To show you DNA matches with other RootLine members. DNA Matching is switched on for new accounts; you can turn it off at any time in your settings.",
            ),
            ("(GEDCOM format)", "(in GEDCOM format)"),
        ],
    ),
    (
        base_id("en-genealogy"),
        "minor",
        ["R17"],
        False,
        False,
        'A processor is removed: "HelpHive (customer support emails, Ireland)" deleted from the list, and "CloudRidge Hosting (data storage, Germany);" now ends the list with a full stop (R17).',
        [
            drop("- HelpHive (customer support emails, Ireland)."),
            ("- CloudRidge Hosting (data storage, Germany);", "- CloudRidge Hosting (data storage, Germany)."),
        ],
    ),
    (
        base_id("en-doorbell"),
        "major",
        ["R8"],
        False,
        False,
        'Default storage of recordings lengthened: "deleted automatically after 30 days. You can choose 7, 14 or 30 days" -> "after 60 days ... 7, 14, 30 or 60 days" (R8); the version stamp change is editorial.',
        [
            (
                "By default, recordings are deleted automatically after 30 days. You can choose 7, 14 or 30 days in the app",
                "By default, recordings are deleted automatically after 60 days. You can choose 7, 14, 30 or 60 days in the app",
            ),
            ("_Version 4.2 – effective 1 May 2026_", "_Version 4.3 – effective 1 August 2026_"),
        ],
    ),
    (
        base_id("en-doorbell"),
        "minor",
        ["R14"],
        False,
        False,
        'Registered address moves, same entity and same channels: "Torstraße 140, 10119 Berlin" -> "Schlesische Straße 26, 10997 Berlin"; requests still go through the in-app form or privacy@porchlight.de (R14).',
        [
            (
                "Porchlight Home GmbH, Torstraße 140, 10119 Berlin, Germany.",
                "Porchlight Home GmbH, Schlesische Straße 26, 10997 Berlin, Germany.",
            )
        ],
    ),
    (
        base_id("en-taxi"),
        "major",
        ["R16"],
        False,
        False,
        'A cookie lives longer: "| cn_pickup | CabNow | Functional | 3 months |" -> "12 months", still under 13 months (R16).',
        [("| cn_pickup | CabNow | Functional | 3 months |", "| cn_pickup | CabNow | Functional | 12 months |")],
    ),
    (
        base_id("en-taxi"),
        "editorial",
        ["R1"],
        False,
        True,
        'Technical re-rendering: the table separator becomes "| --- | --- | --- | --- |" and the analytics paragraph is wrapped onto two lines; same cookies, providers and lifetimes (R1).',
        [
            ("|---|---|---|---|", "| --- | --- | --- | --- |"),
            (
                "**Analytics cookies** tell us how many people visit each page and where bookings are abandoned. We use them only with your consent.",
                "**Analytics cookies** tell us how many people visit each page and where bookings are abandoned.\nWe use them only with your consent.",
            ),
        ],
    ),
    (
        base_id("en-tutoring"),
        "major",
        ["R10", "R7"],
        False,
        False,
        'Age threshold lowered: "Students under 16 can only be registered by a parent" -> "under 13", and "directly from children under 16" -> "under 13": 13-15 year olds now give their own consent and become a new source (R10, R7).',
        [
            (
                "Students under 16 can only be registered by a parent or guardian",
                "Students under 13 can only be registered by a parent or guardian",
            ),
            (
                "We do not knowingly collect data directly from children under 16.",
                "We do not knowingly collect data directly from children under 13.",
            ),
        ],
    ),
    (
        base_id("en-tutoring"),
        "minor",
        ["R9"],
        False,
        False,
        'Shorter retention: "deleted 12 months after the last lesson" -> "deleted 6 months after the last lesson" (R9); "Lessons are not recorded" reworded with the same meaning.',
        [
            (
                "Lesson notes and attendance records are deleted 12 months after the last lesson.",
                "Lesson notes and attendance records are deleted 6 months after the last lesson.",
            ),
            (
                "Lessons are not recorded. Video and audio pass through",
                "We never record lessons. Video and audio pass through",
            ),
        ],
    ),
    (
        base_id("en-nursing"),
        "major",
        ["R5"],
        False,
        False,
        'One more recipient in the list: "Carebridge Digital Ltd, which provides and supports our electronic care-record system" (R5); "eleven" -> "11" is editorial.',
        [
            before(
                "- HIQA inspectors, when they review",
                "- Carebridge Digital Ltd, which provides and supports our electronic care-record system;\n",
            ),
            ("runs eleven residential and nursing care homes", "runs 11 residential and nursing care homes"),
        ],
    ),
    (
        base_id("en-nursing"),
        "rights_reducing",
        ["R4"],
        False,
        False,
        'A fee is introduced: "Requests are free of charge and answered within one month." -> "A fee of €25 applies to copies of complete care records"; exercising access becomes costlier (R4).',
        [
            (
                "Requests are free of charge and answered within one month.",
                "Requests are answered within one month. A fee of €25 applies to each request for a copy of a complete care record.",
            )
        ],
    ),
    (
        base_id("en-auction"),
        "minor",
        ["R17"],
        False,
        False,
        'The live-stream vendor is removed: the "Live-stream cookies" section with Vidcast Europe and "vc_stream" is deleted (R17).',
        [
            (
                "### Live-stream cookies\n\nWhen you watch a live sale, our streaming provider, Vidcast Europe, sets a cookie to keep the video stable during the auction. It is only set when you press **Watch live**.\n\n| Cookie | Purpose | Expires |\n|---|---|---|\n| vc_stream | keeps the live video stable | end of session |\n\n",
                "",
            )
        ],
    ),
    (
        base_id("en-auction"),
        "editorial",
        ["R1"],
        False,
        False,
        'Link and wording only: "Cookie preferences" -> "Cookie settings" label of the same footer link, and "write to privacy@harrowvane.com" gets a mailto link to the same address (R1).',
        [
            (
                "by clicking **Cookie preferences** at the foot of every page",
                "by clicking **Cookie settings** at the foot of every page",
            ),
            (
                "please write to privacy@harrowvane.com",
                "please write to [privacy@harrowvane.com](mailto:privacy@harrowvane.com)",
            ),
        ],
    ),
]

# ---------------------------------------------------------------------------------------------------------
# French pairs on fresh bases (28)
# ---------------------------------------------------------------------------------------------------------

FR_FRESH: list[Pair] = [
    (
        base_id("fr-pressing"),
        "major",
        ["R5", "R6"],
        False,
        False,
        "Nouveau destinataire et transfert hors UE glissés dans la phrase des destinataires : « ainsi qu'à notre plateforme de relation client, hébergée aux États-Unis » (R5, R6).",
        [
            (
                "et à notre hébergeur, situé en France. Nous ne vendons",
                "et à notre hébergeur, situé en France, ainsi qu'à notre plateforme de relation client, hébergée aux États-Unis. Nous ne vendons",
            ),
            ("_Dernière mise à jour : 15 février 2026_", "_Dernière mise à jour : 2 novembre 2026_"),
        ],
    ),
    (
        base_id("fr-pressing"),
        "minor",
        ["R9"],
        False,
        False,
        "Durée raccourcie : les codes d'accès et consignes sont effacés « 3 mois » -> « 1 mois » après la dernière commande (R9) ; « Nous répondons » -> « Nous vous répondons » est éditorial.",
        [
            (
                "Les codes d'accès et consignes de livraison sont effacés 3 mois après votre dernière commande.",
                "Les codes d'accès et consignes de livraison sont effacés 1 mois après votre dernière commande.",
            ),
            ("Nous répondons dans un délai d'un mois.", "Nous vous répondons dans un délai d'un mois."),
        ],
    ),
    (
        base_id("fr-pressing"),
        "editorial",
        ["R1"],
        False,
        True,
        "Nouveau rendu technique : le tableau des finalités est réaligné (colonnes complétées d'espaces, séparateurs « :--- ») ; finalités et bases légales identiques (R1).",
        [
            (
                "| Finalité | Base légale |\n|---|---|",
                "| Finalité                                            | Base légale           |\n|:----------------------------------------------------|:----------------------|",
            ),
            (
                "| Gestion des commandes, collectes et livraisons | Exécution du contrat |",
                "| Gestion des commandes, collectes et livraisons      | Exécution du contrat  |",
            ),
            (
                "| Facturation et comptabilité | Obligation légale |",
                "| Facturation et comptabilité                         | Obligation légale     |",
            ),
            (
                "| Envoi d'offres promotionnelles par courriel | Consentement |",
                "| Envoi d'offres promotionnelles par courriel         | Consentement          |",
            ),
            (
                "| Traitement des réclamations (article abîmé, perte) | Exécution du contrat |",
                "| Traitement des réclamations (article abîmé, perte)  | Exécution du contrat  |",
            ),
        ],
    ),
    (
        base_id("fr-boxrepas"),
        "major",
        ["R15"],
        True,
        False,
        "Nouvel émetteur et nouvelle finalité publicitaire : « et Google Ads pour vous présenter nos offres sur d'autres sites » avec la ligne « _gcl_au | Google » ; le consentement doit être redemandé (R15).",
        [
            (
                "(nombre d'inscriptions issues d'une publicité).",
                "(nombre d'inscriptions issues d'une publicité), et Google Ads pour vous présenter nos offres sur d'autres sites que vous visitez.",
            ),
            before("| _fbp | Meta |", "| _gcl_au | Google | reciblage et mesure des conversions | 3 mois |\n"),
        ],
    ),
    (
        base_id("fr-boxrepas"),
        "rights_reducing",
        ["R10", "R12"],
        False,
        False,
        "Le refus par défaut disparaît : « Tant que vous n'avez pas fait de choix, aucun cookie soumis à consentement n'est déposé. Fermer le bandeau vaut refus. » -> « La poursuite de votre navigation vaut accord pour les cookies de mesure d'audience » ; base du dépôt affaiblie (R10, R12) ; le téléphone ajouté au contact est mineur.",
        [
            (
                "Tant que vous n'avez pas fait de choix, aucun cookie soumis à consentement n'est déposé. Fermer le bandeau vaut refus.",
                "La poursuite de votre navigation vaut accord pour les cookies de mesure d'audience ; les cookies publicitaires ne sont déposés qu'après votre accord.",
            ),
            (
                "Popote Box SAS, 27 quai de la Fosse, 44000 Nantes – dpo@popotebox.fr",
                "Popote Box SAS, 27 quai de la Fosse, 44000 Nantes – dpo@popotebox.fr – 02 40 00 12 34",
            ),
        ],
    ),
    (
        base_id("fr-boxrepas"),
        "editorial",
        ["R1"],
        False,
        False,
        "Reformulation sans changement de sens : « (ordinateur, téléphone, tablette) » -> « (ordinateur, tablette ou smartphone) » et « Ils sont exemptés de consentement » -> « Ils ne requièrent pas votre consentement » (R1).",
        [
            ("(ordinateur, téléphone, tablette)", "(ordinateur, tablette ou smartphone)"),
            ("Ils sont exemptés de consentement.", "Ils ne requièrent pas votre consentement."),
        ],
    ),
    (
        base_id("fr-autoecole"),
        "major",
        ["R5"],
        False,
        False,
        "Un sous-traitant de plus dans la liste des destinataires : « notre prestataire de signature électronique des contrats de formation » (R5).",
        [
            before(
                "- notre éditeur de logiciel de planning, en tant que sous-traitant.",
                "- notre prestataire de signature électronique des contrats de formation ;\n",
            )
        ],
    ),
    (
        base_id("fr-autoecole"),
        "minor",
        ["R9"],
        False,
        False,
        "Nouveau droit annoncé : « ainsi que définir des directives relatives au sort de vos données après votre décès » (R9) ; « plus de 600 élèves » -> « plus de 650 élèves » ne touche pas aux traitements.",
        [
            (
                "et demander la portabilité de vos données.",
                "et demander la portabilité de vos données, ainsi que définir des directives relatives au sort de vos données après votre décès.",
            ),
            ("plus de 600 élèves", "plus de 650 élèves"),
        ],
    ),
    (
        base_id("fr-petsitting"),
        "rights_reducing",
        ["R13"],
        False,
        False,
        "Le droit d'opposition disparaît de la liste : « d'effacement, d'opposition, de limitation » -> « d'effacement, de limitation » (R13).",
        [
            (
                "Vous disposez des droits d'accès, de rectification, d'effacement, d'opposition, de limitation et de portabilité.",
                "Vous disposez des droits d'accès, de rectification, d'effacement, de limitation et de portabilité.",
            )
        ],
    ),
    (
        base_id("fr-petsitting"),
        "major",
        ["R8"],
        False,
        False,
        "Conservation allongée dans la liste : « Messagerie : 12 mois après la fin de la garde » -> « 3 ans après la fin de la garde » (R8) ; « photo de profil » -> « photographie de profil » est éditorial.",
        [
            ("- Messagerie : 12 mois après la fin de la garde.", "- Messagerie : 3 ans après la fin de la garde."),
            ("photo de profil, disponibilités", "photographie de profil, disponibilités"),
        ],
    ),
    (
        base_id("fr-petsitting"),
        "major",
        ["R11", "R2"],
        False,
        False,
        "Modération élargie à une analyse automatique : « modérer la messagerie en cas de signalement » -> « analyser automatiquement la messagerie pour détecter les paiements hors plateforme et suspendre les comptes concernés » (R11, R2).",
        [
            (
                "- modérer la messagerie en cas de signalement (intérêt légitime) ;",
                "- analyser automatiquement la messagerie pour détecter les tentatives de paiement en dehors de la plateforme et suspendre les comptes concernés (intérêt légitime) ;",
            )
        ],
    ),
    (
        base_id("fr-dechets"),
        "major",
        ["R7"],
        False,
        False,
        "Nouvelle catégorie de données pour la redevance : « date et nombre de levées » -> « date, nombre et poids des levées » (R7) ; « 38 communes » -> « 41 communes » décrit le périmètre du syndicat.",
        [
            ("numéro de bac, date et nombre de levées.", "numéro de bac, date, nombre et poids des levées."),
            ("pour 38 communes", "pour 41 communes"),
        ],
    ),
    (
        base_id("fr-dechets"),
        "minor",
        ["R9"],
        False,
        False,
        "Durée raccourcie dans le tableau : « Données de levée des bacs | 2 ans » -> « 18 mois » (R9).",
        [("| Données de levée des bacs | 2 ans |", "| Données de levée des bacs | 18 mois |")],
    ),
    (
        base_id("fr-donsang"),
        "rights_reducing",
        ["R12", "R5"],
        False,
        False,
        "Promesse affaiblie : « Nous ne transmettons pas vos coordonnées à l'EFS ni à aucun partenaire. » -> « à des partenaires commerciaux », ce qui ouvre la transmission à l'EFS et aux partenaires non commerciaux (R12, R5).",
        [
            (
                "Nous ne transmettons pas vos coordonnées à l'EFS ni à aucun partenaire.",
                "Nous ne transmettons pas vos coordonnées à des partenaires commerciaux.",
            ),
            ("association loi 1901", "association régie par la loi de 1901"),
        ],
    ),
    (
        base_id("fr-donsang"),
        "editorial",
        ["R1"],
        False,
        False,
        "Liste des finalités réordonnée (les adhésions passent en dernier) et « Important : » mis en gras ; mêmes finalités, même phrase (R1).",
        [
            drop("- gérer les adhésions et les reçus fiscaux ;"),
            (
                "- coordonner nos bénévoles.",
                "- coordonner nos bénévoles ;\n- gérer les adhésions et les reçus fiscaux.",
            ),
            ("Important : l'association", "**Important :** l'association"),
        ],
    ),
    (
        base_id("fr-colonie"),
        "major",
        ["R8"],
        False,
        False,
        "Photos conservées plus longtemps : « supprimées un mois après le retour des enfants » -> « supprimées à la fin de l'année scolaire qui suit le séjour » (R8).",
        [
            (
                "Les photos du blog sont supprimées un mois après le retour des enfants.",
                "Les photos du blog sont supprimées à la fin de l'année scolaire qui suit le séjour.",
            )
        ],
    ),
    (
        base_id("fr-colonie"),
        "rights_reducing",
        ["R12", "R2"],
        False,
        False,
        "Négation renversée : « Elles ne sont jamais publiées sur les réseaux sociaux. » -> « Une sélection de photos peut être publiée sur nos pages Facebook et Instagram » pour la promotion des séjours (R12, R2) ; la faute « 6-17 ans » -> « 6 à 17 ans » est éditoriale.",
        [
            (
                "Elles ne sont jamais publiées sur les réseaux sociaux.",
                "Une sélection de photos peut être publiée sur nos pages Facebook et Instagram pour présenter nos séjours.",
            ),
            ("pour les 6-17 ans", "pour les 6 à 17 ans"),
        ],
    ),
    (
        base_id("fr-colonie"),
        "editorial",
        ["R1"],
        False,
        True,
        "Nouveau rendu technique : les puces « - » deviennent « * » et tous les titres perdent leur numérotation (« ## 5. Destinataires » -> « ## Destinataires ») ; aucun mot changé (R1).",
        [
            ("- nom, prénom, date de naissance, sexe ;", "* nom, prénom, date de naissance, sexe ;"),
            ("- fiche sanitaire de liaison :", "* fiche sanitaire de liaison :"),
            ("- attestation d'aisance aquatique", "* attestation d'aisance aquatique"),
            ("## 1. Responsable du traitement", "## Responsable du traitement"),
            ("## 2. Données collectées à l'inscription", "## Données collectées à l'inscription"),
            ("## 3. Finalités", "## Finalités"),
            ("## 4. Photos et blog du séjour", "## Photos et blog du séjour"),
            ("## 5. Destinataires", "## Destinataires"),
            ("## 6. Conservation", "## Conservation"),
            ("## 7. Vos droits", "## Vos droits"),
        ],
    ),
    (
        base_id("fr-panier"),
        "minor",
        ["R9"],
        False,
        False,
        "Précision sur un outil déjà déclaré : « Cagette, hébergé en France » -> « ..., qui nous sert à tenir la liste des contrats et le planning des permanences » (R9) ; un adverbe ajouté ailleurs.",
        [
            (
                "- notre outil de gestion en ligne Cagette, hébergé en France.",
                "- notre outil de gestion en ligne Cagette, hébergé en France, qui nous sert à tenir la liste des contrats et le planning des permanences.",
            ),
            ("Il suffit d'en parler à un membre du bureau", "Il suffit simplement d'en parler à un membre du bureau"),
        ],
    ),
    (
        base_id("fr-panier"),
        "editorial",
        ["R1"],
        False,
        False,
        "Même engagement reformulé : « Nous ne l'utilisons pas pour d'autres sollicitations. » -> « Elle ne sert à aucune autre sollicitation. » (R1).",
        [("Nous ne l'utilisons pas pour d'autres sollicitations.", "Elle ne sert à aucune autre sollicitation.")],
    ),
    (
        base_id("fr-caviste"),
        "rights_reducing",
        ["R12", "R15"],
        True,
        False,
        "Promesse retirée et nouveau tiers : « restent chez Cave Bacchus et ne sont transmises à aucun tiers » -> « sont partagées avec notre partenaire Vinolytics, qui calcule les recommandations » (R12, R15) ; consentement à redemander.",
        [
            (
                "Ces informations restent chez Cave Bacchus et ne sont transmises à aucun tiers.",
                "Ces informations sont partagées avec notre partenaire Vinolytics, qui calcule les recommandations pour notre compte et pour améliorer ses propres algorithmes.",
            ),
            (
                "| cb_reco | vins récemment consultés | 3 mois |",
                "| cb_reco | vins récemment consultés (Vinolytics) | 3 mois |",
            ),
        ],
    ),
    (
        base_id("fr-caviste"),
        "minor",
        ["R17"],
        False,
        False,
        "Un cookie supprimé : la ligne « _pk_ses | durée de la visite | 30 minutes » disparaît du tableau Matomo (R17).",
        [drop("| _pk_ses | durée de la visite | 30 minutes |")],
    ),
    (
        base_id("fr-notaire"),
        "major",
        ["R3"],
        False,
        False,
        "Le responsable du traitement change : « Delorme & Associés, notaires, SELARL » -> « Delorme Vasseur Notaires, SAS issue de la fusion des offices Delorme & Associés et Vasseur » (R3).",
        [
            (
                "Delorme & Associés, notaires, SELARL, 18 boulevard Heurteloup, 37000 Tours.",
                "Delorme Vasseur Notaires, SAS issue de la fusion des offices Delorme & Associés (Tours) et Vasseur (Amboise), 18 boulevard Heurteloup, 37000 Tours.",
            ),
            (
                "Le délégué à la protection des données de l'office",
                "Le délégué à la protection des données de la société",
            ),
        ],
    ),
    (
        base_id("fr-notaire"),
        "editorial",
        ["R1"],
        False,
        False,
        "Tournure seulement : « peut être contacté à dpo@delorme-notaires.fr » -> « est joignable à l'adresse dpo@delorme-notaires.fr », et « dans la limite de ce qui est nécessaire » -> « dans la stricte limite du nécessaire » (R1).",
        [
            ("peut être contacté à dpo@delorme-notaires.fr.", "est joignable à l'adresse dpo@delorme-notaires.fr."),
            (
                "Vos données peuvent être transmises, dans la limite de ce qui est nécessaire :",
                "Vos données peuvent être transmises, dans la stricte limite du nécessaire :",
            ),
        ],
    ),
    (
        base_id("fr-opticien"),
        "major",
        ["R5", "R6"],
        False,
        False,
        "Nouveau destinataire hors UE dans la liste : « à notre prestataire de prise de rendez-vous en ligne, établi au Royaume-Uni » (R5, R6).",
        [
            before(
                "- à notre hébergeur de données de santé, certifié HDS.",
                "- à notre prestataire de prise de rendez-vous en ligne, établi au Royaume-Uni ;\n",
            )
        ],
    ),
    (
        base_id("fr-opticien"),
        "minor",
        ["R9"],
        False,
        False,
        "Durée raccourcie : « Données de tiers payant | 3 ans » -> « 2 ans » (R9) ; mise à jour de la date.",
        [
            ("| Données de tiers payant | 3 ans |", "| Données de tiers payant | 2 ans |"),
            ("_Mise à jour : 10 juin 2026_", "_Mise à jour : 2 septembre 2026_"),
        ],
    ),
    (
        base_id("fr-fleuriste"),
        "major",
        ["R16"],
        False,
        False,
        "Durée de vie allongée sans dépasser 13 mois : « vuid | Vimeo | lecture des vidéos | 12 mois » -> « 13 mois » (R16).",
        [("| vuid | Vimeo | lecture des vidéos | 12 mois |", "| vuid | Vimeo | lecture des vidéos | 13 mois |")],
    ),
    (
        base_id("fr-fleuriste"),
        "editorial",
        ["R1"],
        False,
        True,
        "Nouveau rendu technique : les titres perdent leur numéro (« ## 1. Les finalités des traceurs » -> « ## Les finalités des traceurs ») et passent au niveau ### ; texte inchangé (R1).",
        [
            ("## 1. Les finalités des traceurs", "### Les finalités des traceurs"),
            ("## 2. Détail des traceurs", "### Détail des traceurs"),
            ("## 3. Votre consentement", "### Votre consentement"),
            ("## 4. Traceurs des réseaux sociaux", "### Traceurs des réseaux sociaux"),
            ("## 5. Durée de vie", "### Durée de vie"),
            ("## 6. Contact", "### Contact"),
        ],
    ),
]

# ---------------------------------------------------------------------------------------------------------
# English pairs on corpus records (12), one per service; the record's "new" text is the old version
# ---------------------------------------------------------------------------------------------------------

EN_CORPUS: list[Pair] = [
    (
        "en-036",
        "major",
        ["R15"],
        True,
        False,
        'A new third-party tracker appears where the site was first-party only: "exclusively uses First-Party cookies" -> "uses First-Party cookies and, if you agree, analytics cookies set by Meta Platforms Ireland Limited" (R15); consent must be asked again.',
        [
            (
                "The [https://www.whatsapp.com](https://www.whatsapp.com/) website exclusively uses First-Party cookies.",
                "The [https://www.whatsapp.com](https://www.whatsapp.com/) website uses First-Party cookies and, if you agree, analytics cookies set by Meta Platforms Ireland Limited to measure how our FAQ pages are used.",
            )
        ],
    ),
    (
        "en-113",
        "minor",
        ["R9"],
        False,
        False,
        'Cookie lifetime shortened: "all cookies will expire after two years" -> "after 13 months" (R9); "This a short-lived cookie" -> "This is a short-lived cookie" is grammar.',
        [
            (
                "Except for essential cookies, all cookies will expire after two years.",
                "Except for essential cookies, all cookies will expire after 13 months.",
            ),
            ("This a short-lived cookie", "This is a short-lived cookie"),
        ],
    ),
    (
        "en-168",
        "rights_reducing",
        ["R12", "R10"],
        False,
        False,
        'The opt-in condition is dropped: "If you opt to allow us to share your information, we will do so only with Wolfram Research partners" -> "We may share your information with Wolfram Research partners" (R12, R10); the punctuation fix in "comply with law, enforce" is editorial.',
        [
            (
                "If you opt to allow us to share your information, we will do so only with Wolfram Research partners who also respect privacy concerns.",
                "We may share your information with Wolfram Research partners who also respect privacy concerns.",
            ),
            (
                "comply with law. enforce our Terms of Use and other agreements. or protect",
                "comply with law, enforce our Terms of Use and other agreements, or protect",
            ),
        ],
    ),
    (
        "en-006",
        "major",
        ["R5"],
        False,
        False,
        'A new subprocessor row is slipped into the table: "Mistral AI SAS | AI Inference and AI Services | France" (R5); the spacing fix in "Twilio (SendGrid)" is editorial.',
        [
            before(
                "| Moveworks ",
                "| Mistral AI SAS                  | AI Inference and AI Services                                                   | France                                            | France             |\n",
            ),
            ("| Twilio     (SendGrid)           |", "| Twilio (SendGrid)               |"),
        ],
    ),
    (
        "en-119",
        "major",
        ["R2"],
        False,
        False,
        'New purpose at the end of a long sentence: "used by Goodreads and Amazon to improve the services we offer" -> "... and to personalise the ads you see on Amazon and on other websites" (R2); the date stamp is editorial.',
        [
            (
                "and used by Goodreads and Amazon to improve the services we offer.",
                "and used by Goodreads and Amazon to improve the services we offer and to personalise the ads you see on Amazon and on other websites.",
            ),
            ("Last updated: June 27, 2023.", "Last updated: March 4, 2026."),
        ],
    ),
    (
        "en-147",
        "editorial",
        ["R1"],
        False,
        False,
        'Copy-paste label fixed with the same link: "applicable to the Outbrain Business Partners, please navigate [here](.../site-visitor-policy/)" -> "applicable to Outbrain Site Visitors"; the Interest Profile link text is tidied, same target (R1).',
        [
            (
                "To see the Privacy policy applicable to the Outbrain Business Partners, please navigate [here](https://www.outbrain.com/privacy/site-visitor-policy/).",
                "To see the Privacy policy applicable to Outbrain Site Visitors, please navigate [here](https://www.outbrain.com/privacy/site-visitor-policy/).",
            ),
            (
                "please visit [Outbrain Interest profile.](https://my.outbrain.com/recommendations-settings/home)",
                "please visit [Outbrain Interest Profile](https://my.outbrain.com/recommendations-settings/home).",
            ),
        ],
    ),
    (
        "en-149",
        "minor",
        ["R17"],
        False,
        False,
        'A vendor is removed from the marketing category: "Facebook Pixel, Google AdWords New, Hotjar, Twitter Ads" -> "Facebook Pixel, Google AdWords New, Hotjar" (R17).',
        [
            (
                "Applicable cookies: Facebook Pixel, Google AdWords New, Hotjar, Twitter Ads",
                "Applicable cookies: Facebook Pixel, Google AdWords New, Hotjar",
            )
        ],
    ),
    (
        "en-163",
        "editorial",
        ["R1"],
        False,
        True,
        'Technical re-rendering: empty "###" heading markers are joined to their titles ("### \\n\\nHow we use cookies" -> "### How we use cookies", likewise for "Cookies and you", "Block cookies", "Local Storage"); no words change (R1).',
        [
            ("### \n\nHow we use cookies", "### How we use cookies"),
            ("### \n\nCookies and you", "### Cookies and you"),
            ("### \n\nBlock cookies", "### Block cookies"),
            ("### \n\nLocal Storage\n", "### Local Storage\n"),
        ],
    ),
    (
        "en-101",
        "minor",
        ["R14"],
        False,
        False,
        'DPO postal address changes, same channels (email DPO@bumble.com and post): "The Broadgate Tower Third Floor, 20 Primrose Street ... EC2A 2RS" -> "1 Finsbury Avenue, 5th Floor ... EC2M 2PF" (R14); the updated date is editorial.',
        [
            (
                "The Broadgate Tower Third Floor, 20 Primrose Street, London, United Kingdom, EC2A 2RS.",
                "1 Finsbury Avenue, 5th Floor, London, United Kingdom, EC2M 2PF.",
            ),
            (
                "This Cookie Policy was last updated on 16 June 2025.",
                "This Cookie Policy was last updated on 3 November 2026.",
            ),
        ],
    ),
    (
        "en-141",
        "minor",
        ["R9"],
        False,
        False,
        'Newsletter default becomes more protective for everyone: "By default, most new members ... are subscribed" -> "New members are not subscribed automatically ..., wherever they live; they have to consent explicitly" (R9); "devices\'s internal memory" spelling fixed.',
        [
            (
                'By default, most new members who provide their email address are subscribed to our "State of the Thing" newsletter. Members who join from the EEA after May 25, 2018 are not subscribed automatically, and will have to consent explicitly to receive the State of the Thing.',
                'New members are not subscribed automatically to our "State of the Thing" newsletter, wherever they live; they have to consent explicitly to receive it.',
            ),
            ("stored on your devices's internal memory", "stored on your device's internal memory"),
        ],
    ),
    (
        "en-156",
        "editorial",
        ["R1"],
        False,
        False,
        'Wording and a duplicated line only: "Happy to explain! Keep on reading." -> "Happy to explain: read on." and the repeated "Google™ Maps API Cookies" line under its own heading is removed (R1).',
        [
            ("Happy to explain! Keep on reading.", "Happy to explain: read on."),
            ("Google™ Maps API Cookies  \nSome features", "Some features"),
        ],
    ),
    (
        "en-003",
        "editorial",
        ["R1"],
        False,
        False,
        'Same content reworded: "The cookies that we use include session cookies, which are deleted when you close your browser, and persistent cookies..." -> "We use both session cookies (deleted when you close your browser) and persistent cookies (...)"; a Meta Products link gains a trailing slash to the same page (R1).',
        [
            (
                "The cookies that we use include session cookies, which are deleted when you close your browser, and persistent cookies, which stay in your browser until they expire or you delete them.",
                "We use both session cookies (deleted when you close your browser) and persistent cookies (kept in your browser until they expire or you delete them).",
            ),
            (
                "use the [Meta Products](https://www.facebook.com/help/1561485474074139), including",
                "use the [Meta Products](https://www.facebook.com/help/1561485474074139/), including",
            ),
        ],
    ),
]

# ---------------------------------------------------------------------------------------------------------
# French pairs on corpus records (12), one per service
# ---------------------------------------------------------------------------------------------------------

FR_CORPUS: list[Pair] = [
    (
        "fr-046",
        "major",
        ["R8"],
        False,
        False,
        "Conservation allongée : les informations collectées par les traceurs sont conservées « pour une durée maximale de vingt-cinq mois » -> « de trente-six mois » (R8) ; la date de mise à jour est éditoriale.",
        [
            (
                "conservées pour une durée maximale de vingt-cinq mois.",
                "conservées pour une durée maximale de trente-six mois.",
            ),
            (
                "mise à jour pour la dernière fois le 26 septembre 2024.",
                "mise à jour pour la dernière fois le 14 octobre 2026.",
            ),
        ],
    ),
    (
        "fr-067",
        "rights_reducing",
        ["R4"],
        False,
        False,
        "Justificatif exigé pour exercer ses droits : « doit comprendre obligatoirement votre nom, prénom et adresse » -> « ..., ainsi qu'une copie recto verso d'une pièce d'identité en cours de validité » (R4) ; le second titre « en interne » corrigé en « externes » est éditorial.",
        [
            (
                "Toute demande, doit comprendre obligatoirement votre nom, prénom et adresse et devra",
                "Toute demande, doit comprendre obligatoirement votre nom, prénom et adresse, ainsi qu'une copie recto verso d'une pièce d'identité en cours de validité, et devra",
            ),
            (
                "Les destinataires de vos données en interne sont :\n\n*   les sous-traitants",
                "Les destinataires externes de vos données sont :\n\n*   les sous-traitants",
            ),
        ],
    ),
    (
        "fr-180",
        "editorial",
        ["R1"],
        False,
        True,
        "Nouveau rendu technique : le titre vide « ### \\xa0 » est rattaché à « Transmission des données API-PNR aux autorités publiques » et les puces « *   » de la liste des finalités deviennent « - » ; aucun mot ne change (R1).",
        [
            ("### \u00a0  \nTransmission des données API-PNR", "### Transmission des données API-PNR"),
            ("*   Contrôle aux frontières,", "- Contrôle aux frontières,"),
            ("*   Formalités d’immigration,", "- Formalités d’immigration,"),
            ("*   Prévention et lutte contre le terrorisme,", "- Prévention et lutte contre le terrorisme,"),
            (
                "*   Prévention et répression des infractions graves.",
                "- Prévention et répression des infractions graves.",
            ),
        ],
    ),
    (
        "fr-240",
        "minor",
        ["R9"],
        False,
        False,
        "Durée de vie raccourcie dans le tableau : « Cookie IntraMuros (intramuros-\\*) | Fonctionnement du Site | 120 jours » -> « 90 jours » (R9) ; « Ce qui suit à pour objectif » -> « a pour objectif » est une correction.",
        [
            ("| Fonctionnement du Site | 120 jours |", "| Fonctionnement du Site | 90 jours |"),
            ("Ce qui suit à pour objectif", "Ce qui suit a pour objectif"),
        ],
    ),
    (
        "fr-248",
        "editorial",
        ["R1"],
        False,
        False,
        "Terminologie et ponctuation : « dans la présente notification sur les cookies » -> « dans la présente politique sur les cookies », point final ajouté à « ...fonctionnalités de nos sites web » ; rien ne change dans les pratiques (R1).",
        [
            ("dans la présente notification sur les cookies", "dans la présente politique sur les cookies"),
            (
                "vous risquez de ne pas pouvoir utiliser toutes les fonctionnalités de nos sites web\n",
                "vous risquez de ne pas pouvoir utiliser toutes les fonctionnalités de nos sites web.\n",
            ),
        ],
    ),
    (
        "fr-087",
        "editorial",
        ["R1"],
        False,
        False,
        "Phrase en double supprimée dans les cookies de lutte contre la fraude : « L'utilisation de ces cookies repose sur l'intérêt légitime ... Vous pouvez vous opposer à ce traceur à tout moment. » figurait deux fois (R1).",
        [
            (
                "de prévenir toute usurpation de compte de ses membres. Vous pouvez vous opposer à ce traceur à tout moment. L’utilisation de ces cookies repose sur l’intérêt légitime de Vente-privee.com de se prémunir contre la fraude et de prévenir toute usurpation de compte de ses membres. Vous pouvez vous opposer à ce traceur à tout moment.",
                "de prévenir toute usurpation de compte de ses membres. Vous pouvez vous opposer à ce traceur à tout moment.",
            )
        ],
    ),
    (
        "fr-198",
        "minor",
        ["R9"],
        False,
        False,
        "Nouvelle possibilité d'opposition : la liste des programmes d'autorégulation gagne « Your Online Choices (EDAA) » (R9) ; « Quels types de cookies existe-il ? » -> « existe-t-il ? » est orthographique.",
        [
            before(
                "• Google Analytics - https://tools.google.com/dlpage/gaoptout",
                "• Your Online Choices (EDAA) - https://www.youronlinechoices.com/fr/\n\n\n\n",
            ),
            ("Quels types de cookies existe-il ?", "Quels types de cookies existe-t-il ?"),
        ],
    ),
    (
        "fr-205",
        "major",
        ["R8"],
        False,
        False,
        "Conservation allongée dans la liste : « Les données relatives à la prospection sont conservées 3 ans à compter du dernier contact » -> « 5 ans » (R8) ; « l'adresse suivant » -> « suivante » est une coquille.",
        [
            (
                "Les données relatives à la prospection sont conservées 3 ans à compter du dernier contact avec vous.",
                "Les données relatives à la prospection sont conservées 5 ans à compter du dernier contact avec vous.",
            ),
            ("en nous écrivant à l’adresse suivant :", "en nous écrivant à l’adresse suivante :"),
        ],
    ),
    (
        "fr-245",
        "editorial",
        ["R1"],
        False,
        False,
        "Typographie seulement : espaces avant ponctuation supprimées (« la présente Déclaration . » -> « Déclaration. », « Déclaration , » -> « Déclaration, ») et accord « données relative » -> « relatives » (R1).",
        [
            (
                "Nous pouvons modifier de temps à autre la présente Déclaration . Si",
                "Nous pouvons modifier de temps à autre la présente Déclaration. Si",
            ),
            ("ou la présente Déclaration , nous", "ou la présente Déclaration, nous"),
            ("données relative aux transactions", "données relatives aux transactions"),
        ],
    ),
    (
        "fr-201",
        "minor",
        ["R17"],
        False,
        False,
        "Une catégorie de destinataires retirée : « gestion des jeux concours, régies publicitaires, recommandations » -> « gestion des jeux concours, recommandations » (R17) ; l'espace ajoutée dans « services, sur la base » est éditoriale.",
        [
            (
                "gestion des jeux concours, régies publicitaires, recommandations & personnalisation",
                "gestion des jeux concours, recommandations & personnalisation",
            ),
            (
                "produits et services,sur la base de votre consentement",
                "produits et services, sur la base de votre consentement",
            ),
        ],
    ),
    (
        "fr-241",
        "minor",
        ["R9"],
        False,
        False,
        "Droits ajoutés, même canal : « Pour exercer votre droit d'accès, de modification ou de suppression » -> « ..., de suppression, d'opposition ou de portabilité » ; toujours par email à cnil@jennyfer.com (R9).",
        [
            (
                "Pour exercer votre droit d’accès, de modification ou de suppression de vos données personnelles",
                "Pour exercer votre droit d’accès, de modification, de suppression, d’opposition ou de portabilité de vos données personnelles",
            )
        ],
    ),
    (
        "fr-252",
        "editorial",
        ["R1"],
        False,
        False,
        "Coquilles corrigées : « à compter de la de la dernière connexion » -> « de la dernière connexion » et « Les traits de caractères » -> « Les traits de caractère » ; durées et données inchangées (R1).",
        [
            ("à compter de la de la dernière connexion", "à compter de la dernière connexion"),
            ("Les traits de caractères les plus marqués", "Les traits de caractère les plus marqués"),
        ],
    ),
]


def build(corpus_dir: Path) -> Iterator[dict[str, Any]]:
    """Fresh bases as pseudo-records plus the chosen corpus records; English pairs first, then French."""
    bases: dict[str, dict[str, Any]] = {
        base_id(key): {"id": base_id(key), "lang": lang, "policy": policy, "service": service, "new": text}
        for key, lang, policy, service, text in FRESH
    }
    records = corpus_records(corpus_dir)
    for pair in EN_CORPUS + FR_CORPUS:
        bases[pair[0]] = records[pair[0]]
    yield from pairs(NAME, WRITTEN, bases, EN_FRESH + EN_CORPUS + FR_FRESH + FR_CORPUS)


def main() -> None:
    rebuild(__file__, build)


if __name__ == "__main__":
    main()
