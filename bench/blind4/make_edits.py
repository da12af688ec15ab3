"""Blind set 4: eighty policy changes (forty English, forty French) the classifier has never seen.

Why it exists: the classifier must be judged on changes it was not tuned on. The earlier blind sets have been
read while the classifier was improved, so they no longer measure it; this set does, once.

How it was written: every label, rule id and re-consent flag comes from design/legal-rules.md (R1-R17) alone.
The writer never opened the classifier, its tests or the earlier blind sets, and never ran the classifier.
Bases are corpus texts no earlier set used, plus fresh policies written here for sectors the corpus lacks
(a bank, a game, a smart-home maker, an edtech platform, a job board, car telematics, food delivery, a travel
agent, a charity, a telecom operator, pet telehealth, an energy supplier; in French a mutuelle, a public
transport app, a bank, a school ENT, a bakery's cookie policy, a travel agency, a charity). The edits imitate
real releases: a decisive change is often paired with a date bump or a rewording, labelled by the strongest
class present; "looks big" editorial and minor changes sit beside one-word must-notify changes. Only
unambiguous cases under the rules were kept; each rationale quotes the decisive words.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_edits import Pair, before, corpus_records, drop, pairs, rebuild

NAME = "blind4"
WRITTEN = "2026-11-28"

NORTHWIND = """# Northwind Bank app: privacy notice

_Last updated: 3 March 2026_

Northwind Bank S.A. ("Northwind", "we") runs the Northwind current account, card and savings app. This notice explains what we do with your personal data when you open and use an account.

## 1. Who is responsible

Northwind Bank S.A., 12 Rue Aldringen, L-1118 Luxembourg, is the controller. Our data protection officer can be reached at dpo@northwind.bank.

## 2. What we collect

- **Identity data**: name, date of birth, nationality, a copy of your ID document and a selfie taken during onboarding.
- **Contact data**: postal address, email address, mobile number.
- **Financial data**: IBAN, balances, card transactions, payees and transfer history.
- **Device data**: device model, operating system version, app version and IP address.

We do not collect your precise location.

## 3. Why we use it

| Purpose | Legal basis |
|---|---|
| Opening and running your account | Contract |
| Anti-money-laundering and fraud checks | Legal obligation |
| Spending insights shown in the app | Contract |
| Product news by email | Consent |

## 4. Who receives it

We share your data only with:

1. our card processor, which routes card payments;
2. the identity-verification provider that checks your ID document;
3. public authorities, where the law requires it.

Northwind never sells your personal data.

## 5. Where it is stored

Your data is hosted in data centres in Luxembourg and Germany. It does not leave the European Economic Area.

## 6. How long we keep it

Account and transaction records are kept for 10 years after the account is closed, as banking law requires. Onboarding selfies are deleted 30 days after your identity is verified. Marketing preferences are kept until you change them.

## 7. Your rights

You can access, correct or delete your data, ask for a copy in a portable format, object to processing based on our legitimate interests and withdraw your consent to product news at any time. Send your request from the **Privacy** screen of the app or by email to dpo@northwind.bank. We answer within one month, free of charge.

You may also complain to the Commission nationale pour la protection des données (CNPD) in Luxembourg.

## 8. Changes

If we change this notice in a way that matters to you, we will tell you in the app and by email at least one month before the change takes effect.
"""

EMBERLIGHT = """Emberlight Studios Privacy Policy
=================================

Effective 14 January 2026

Thanks for playing *Ashen Realms*. This policy covers the game, the Emberlight launcher and our forums.

Who we are
----------

Emberlight Studios Ltd, 40 Queen Street, Edinburgh EH2 3NH, United Kingdom, is the company behind the game and is responsible for your data.

What we collect
---------------

* Your account: username, email address, password (hashed), date of birth and country.
* Gameplay: matches played, items earned, in-game purchases, chat messages sent in public channels.
* Technical data: hardware specifications, crash reports, IP address and connection quality.
* Support tickets you send us.

We do not access your microphone. Voice chat is peer-to-peer and is not recorded by us.

How we use it
-------------

We use your data to run your account and matchmaking, to process purchases, to stop cheating and to fix bugs. Anti-cheat software scans the game process while the game is running; it does not scan other files on your computer.

We may send you patch notes and event announcements by email if you tick the box in the launcher. You can untick it at any time.

Children
--------

Ashen Realms is rated for players aged 16 and over. We do not knowingly create accounts for anyone younger than 16, and we close such accounts when we find them.

Sharing
-------

We share data with our hosting provider, our payment processor and our anti-cheat vendor, each bound by a data processing agreement. Public chat messages and your username are visible to other players. We never share your data with advertisers.

Keeping your data
-----------------

We delete inactive accounts 24 months after the last login, after warning you by email. Chat logs are kept for 90 days for moderation. Crash reports are kept for 6 months.

Your choices and rights
-----------------------

You can download your data or delete your account from the **Account > Privacy** page of the launcher. You can also write to privacy@emberlight.games. If you are in the EU or the UK, you may complain to your data protection authority.

Contact
-------

Emberlight Studios Ltd, Data Protection, 40 Queen Street, Edinburgh EH2 3NH. Email: privacy@emberlight.games.
"""

HEARTHWISE = """## Hearthwise Privacy Statement

**Version 4.2 — in force from 1 February 2026**

Hearthwise makes smart thermostats, radiator valves and the Hearthwise Home app. We wrote this statement to explain plainly what the devices and the app record.

### The data our devices record

Your thermostat records the room temperature, humidity, the target temperature you set and whether the heating is on. Radiator valves record valve position and battery level. Readings are sent to our cloud every 5 minutes.

Devices do not contain microphones or cameras.

### The data the app records

- the email address and name on your account;
- your home's postcode (used for weather-based heating);
- the schedules and rooms you create;
- app usage statistics, if you allow them in **Settings > Privacy**. This setting is off by default.

### What we do with it

We use readings to run your heating schedules, to show you energy reports and to warn you when a battery is low. We use aggregated, anonymised readings to improve our heating algorithms.

Geofencing (switching the heating off when everyone has left) is optional. When you turn it on, the app checks your phone's location only to decide whether you are inside or outside a 500 m radius around your home; the location itself is not stored.

### Who we share it with

- Our cloud host, Amazon Web Services, in its Frankfurt (Germany) region.
- Your energy supplier, only if you link your supplier account in the app.
- Voice assistants (Alexa, Google Assistant), only if you enable the integration.

### How long we keep it

Detailed readings are kept for 12 months and then reduced to daily averages. Daily averages are kept while your account exists. When you delete your account, everything is deleted within 30 days.

### Your rights

You can see, export or delete your data in **Settings > Privacy > My data**. For anything else, write to privacy@hearthwise.io or to Hearthwise B.V., Keizersgracht 221, 1016 DV Amsterdam, the Netherlands. You may complain to the Autoriteit Persoonsgegevens or to your local authority.

### Updates

We will email you before any material change to this statement.
"""

SLATEBOARD = """# Slateboard Privacy Policy for Schools

Last updated: 20 August 2025

Slateboard is a classroom platform for homework, grades and messaging between teachers, pupils and parents. Schools sign up for Slateboard and decide how it is used.

## Roles

The **school** is the controller of pupil data. Slateboard Learning Ltd acts as the school's processor and only follows the school's written instructions. For teacher and parent accounts created directly with us, Slateboard Learning Ltd is the controller.

## Pupil data we process for schools

- name, class, year group and school pupil number;
- homework submissions, teacher feedback and marks;
- attendance notes entered by teachers;
- messages between pupils and teachers.

We do not ask pupils for their home address or their date of birth.

## What we never do with pupil data

- We do not show advertising to pupils.
- We do not build profiles of pupils for any purpose other than the school's teaching.
- We do not sell pupil data or share it with data brokers.

## Service providers

We use a small number of sub-processors: Microsoft Azure (hosting, in the UK South region) and Postmark (email delivery, EU servers). Schools are told 30 days before we add a new sub-processor and may object.

## Retention

At the end of each school year, the school chooses which classes to archive. Archived classes are deleted 12 months after the archive date. If a school leaves Slateboard, all of its data is deleted within 90 days.

## Rights of pupils and parents

Because the school decides about pupil data, requests to access, correct or erase it should go to the school. If you send a request to us, we pass it to the school within 5 working days. Parents can always contact our support team at help@slateboard.school.

## Security

Data is encrypted in transit and at rest. Staff access is logged and limited to support cases opened by the school.

## Contact

Slateboard Learning Ltd, 2 Market Place, Reading RG1 2EQ, United Kingdom — privacy@slateboard.school
"""

HIRELOOP = """# Candidate Privacy Notice

*HireLoop GmbH — effective 1 October 2025*

HireLoop is a job board and applicant-tracking service. Employers post jobs on HireLoop; you search and apply. This notice tells candidates how their data is handled.

## Information you give us

When you create a candidate profile we ask for your name, email address, phone number, CV, work history, education and the jobs you are interested in. You may add a photo and a cover letter. Adding a photo is optional and it is never shown to employers before you apply.

## Information we create

We record which jobs you view, save and apply to, and we calculate a match score between your CV and each job's requirements. The match score is shown to you only, to help you find relevant jobs; employers do not see it.

## When employers see your data

Your profile is private by default. An employer sees your application only when you apply to one of its jobs. You can make your profile visible to recruiters in **Settings > Visibility**.

## Why we use it

| What we do | Why we are allowed to |
|---|---|
| Run your account and send applications | Performance of our contract with you |
| Job alerts by email | Your consent, which you can withdraw |
| Security and fraud prevention | Our legitimate interest |

## Retention

If you do not log in for 18 months, we delete your profile. Applications are kept by us for 6 months after the employer closes the job; after that, the employer's own retention rules apply to its copy.

## Your rights

You can download your data and delete your profile from your account settings at any time. You may object to processing based on our legitimate interest. Requests can be sent to datenschutz@hireloop.de and we reply within one month. You have the right to lodge a complaint with the Berlin data protection commissioner.

## Contact

HireLoop GmbH, Torstraße 109, 10119 Berlin, Germany.
"""

DRIVESENSE = """DriveSense Connected Car Privacy Notice
---------------------------------------

Updated 5 May 2026

DriveSense provides the connected services in your vehicle: remote lock and unlock, vehicle status, breakdown assistance and the optional **SmartDriver** insurance discount. DriveSense Mobility AB, Lindholmspiren 7, 417 56 Göteborg, Sweden, is the controller.

**What the car sends us**

* Vehicle identification number (VIN) and odometer reading.
* Fuel or battery level, tyre pressure and warning lights.
* The car's GPS position when you use remote services or call breakdown assistance.
* If you join SmartDriver: trip start and end times, speed, harsh braking and acceleration events.

The car does not send us audio from the cabin.

**How we use it**

1. To provide the remote services you request in the app.
2. To send a breakdown truck to your location when you call for help.
3. To remind you about servicing.
4. For SmartDriver, to compute a driving score from 0 to 100. You choose whether to share your score with our insurance partner, Lyra Försäkring AB. The score is never used to refuse you cover; it can only lower your premium.

**Location history**

We do not keep a history of where you have driven. A GPS position is used for the request it was sent for and deleted after 24 hours.

**Sharing**

We share data with authorised workshops you choose, with the breakdown service, and — only if you opt in — with Lyra Försäkring AB. Emergency services receive your position when an eCall is triggered.

**Keeping data**

Vehicle status data is kept for 3 months. SmartDriver trip data is kept for 12 months. Account data is kept until you unlink the car.

**Your rights**

You can leave SmartDriver at any time in the app; your score is then deleted. You can access, rectify and erase your data and receive it in a machine-readable format. Write to privacy@drivesense.se or use the in-car menu **Settings > Privacy**. You may complain to the Swedish Authority for Privacy Protection (IMY).
"""

FORKFUL = """# Forkful Cookie Policy

_Last revised: 9 April 2026_

Forkful (Forkful Delivery Ltd, Dublin) uses cookies and similar technologies on forkful.ie and in the Forkful app. This policy lists them. You choose which optional cookies we may use in our cookie banner, and you can change your mind at any time through the **Cookie settings** link at the bottom of every page.

## Strictly necessary

These cookies make ordering possible and cannot be switched off.

| Cookie | Provider | Purpose | Lifetime |
|---|---|---|---|
| `fk_session` | Forkful | Keeps you logged in and remembers your basket | Session |
| `fk_csrf` | Forkful | Protects forms against cross-site request forgery | Session |
| `fk_consent` | Forkful | Stores your cookie choices | 6 months |

## Analytics (optional)

| Cookie | Provider | Purpose | Lifetime |
|---|---|---|---|
| `_pk_id` | Matomo (self-hosted) | Counts visits and pages viewed | 13 months |
| `_pk_ses` | Matomo (self-hosted) | Groups page views into one visit | 30 minutes |

## Personalisation (optional)

| Cookie | Provider | Purpose | Lifetime |
|---|---|---|---|
| `fk_recent` | Forkful | Shows restaurants you ordered from recently | 3 months |

We do not use advertising cookies. We do not let third parties place cookies for their own purposes on our website.

## Your choices

Optional cookies are only set after you click **Accept** in the banner or switch them on in Cookie settings. If you click **Reject all** or close the banner, no optional cookie is set. We ask you again after 6 months.

You can also delete cookies in your browser settings.

## In the app

The Forkful app does not use browser cookies. It keeps a login token and your consent choice in the app's own storage on your phone, and the same choices described above apply to them.

## Contact

Questions about cookies: privacy@forkful.ie.
"""

WAYFARER = """# Privacy at Wayfarer Travel

**Last update: 12 February 2026**

Wayfarer Travel Ltd (company no. 08811234), 18 Cornmarket Street, Oxford OX1 3EX, is a tour operator and travel agent. We are responsible for the personal data you give us when you book a holiday, a flight or a hotel with us.

## Data we need to book your trip

* Names of all travellers, dates of birth and passport details (required by airlines and some destinations).
* Contact details of the lead passenger.
* Payment card details, which go straight to our payment provider; we only keep the last four digits.
* Special requests you choose to tell us, such as dietary needs or reduced mobility. We use these only to pass them to the airline or hotel concerned.

## Who we pass it to

To deliver your trip we must give your data to the airlines, hotels, transfer companies and excursion providers in your booking. Some of them are outside the UK and the EEA — for example a hotel in Morocco — and we send them only what they need for your booking.

We also use a booking platform (Amadeus) and a payment provider (Worldpay).

## Marketing

We send our brochure and offers by email only if you ask us to. Every email has an unsubscribe link.

## How long we keep it

Booking records are kept for 7 years after your return for accounting and claims. Passport details are deleted 3 months after your return.

## Keeping it safe

Our staff can only see the bookings they handle, and every access to our booking system is logged. Card numbers never reach our own systems.

## Your rights

You have the right to access your data, have it corrected or erased, restrict or object to its use, and to data portability. Email dataprotection@wayfarertravel.co.uk or write to our Data Protection Officer at the address above. You can complain to the Information Commissioner's Office (ico.org.uk).
"""

OPENHANDS = """Open Hands Trust — How we use your information
==============================================

Open Hands Trust is a registered charity (no. 1187745) that funds community kitchens across England. We rely on the generosity of supporters, and we take the trust you place in us seriously.

_This notice was last reviewed in November 2025._

What we hold about you
----------------------

If you donate, volunteer or sign up to our newsletter, we hold your name, contact details, your donation history and, if you give it, a Gift Aid declaration. For volunteers we also hold emergency contact details and the results of a basic DBS check where the role requires it.

How we use it
-------------

* To process donations and claim Gift Aid from HMRC.
* To organise volunteering.
* To send you our newsletter and appeals, if you have agreed to receive them.
* To thank you and keep you informed about the kitchens you support.

We do not carry out wealth screening and we do not use third-party data to research supporters.

Who we share it with
--------------------

We share your data with HMRC for Gift Aid, with our mailing house when we post appeals, and with our CRM provider (Beacon), which stores our supporter records in the UK. We will never sell or swap your details with other charities.

How long we keep it
-------------------

Gift Aid records are kept for 6 years after the last donation, as HMRC requires. If you unsubscribe, we keep your email address on a suppression list so that we do not contact you again.

Your rights
-----------

You can ask to see the information we hold about you, ask us to correct it, ask us to delete it and object to direct marketing. Contact our Supporter Care team on 020 7946 0321 or at supportercare@openhands.org.uk. You can complain to the Information Commissioner's Office.
"""

CELTRA = """# Celtra Mobile Privacy Notice

Effective date: 1 June 2026

This notice applies to Celtra Mobile customers on pay-monthly and prepaid plans, and to users of the My Celtra app.

## 1. Who we are

Celtra Mobile Ltd, Harbour House, Cork T12 X8Y2, Ireland, is the controller of your personal data.

## 2. What we process

1. **Customer data**: name, address, date of birth, contact details, ID checked when you sign up for a pay-monthly plan.
2. **Billing data**: bank account or card, payment history, credit check results.
3. **Traffic data**: numbers called and texted, date, time and duration, data volume used.
4. **Location data**: the mast your phone is connected to, needed to route calls and data.
5. **Customer service**: records of your calls, chats and emails with us.

We do not read the content of your calls, texts or emails.

## 3. How we use it

- to provide your service and bill you;
- to check your credit before a pay-monthly contract;
- to prevent fraud and protect the network;
- to answer emergency calls and pass your location to emergency services;
- to send offers, if you agreed to marketing.

We use traffic data to build network statistics. These statistics are fully aggregated and no customer can be identified from them.

## 4. Sharing

We share your data with credit reference agencies, debt collectors (only for unpaid bills), our IT and billing suppliers, other operators when you port your number, and law enforcement where the law requires it.

## 5. Retention

Traffic data is kept for 6 months for billing disputes, then deleted, unless the law requires us to keep it longer. Customer records are kept for 6 years after your contract ends.

## 6. Your rights

You may request access, correction, erasure, restriction, portability and object to direct marketing. Call 1908 free from your Celtra phone, use the My Celtra app, or write to dataprotection@celtra.ie. You may complain to the Data Protection Commission (dataprotection.ie).
"""

POCKETVET = """# Pocketvet privacy policy

_Last updated 28 September 2025_

Pocketvet connects pet owners with licensed veterinarians by video call. Pocketvet Inc., 510 Market Street, San Francisco, CA 94105, runs the service; for users in the EU and UK, our EU representative is Pocketvet Europe SAS, 8 rue de Londres, 75009 Paris.

## What we collect

- About you: name, email, phone number, billing address, payment method.
- About your pet: species, breed, age, weight, medical history and the photos and videos you upload.
- About the consultation: the vet's notes, prescriptions and follow-up advice.
- Technical data: device type, app version, crash logs.

Video calls are not recorded.

## How we use it

We use your information to book and run consultations, to let vets see your pet's history, to send prescriptions to the pharmacy you pick and to bill you. We send appointment reminders by SMS.

We use de-identified consultation notes to produce statistics about common pet health problems. These statistics do not identify you or your pet.

## Who sees it

- The veterinarian you consult, and any vet you later consult through Pocketvet.
- The pharmacy you choose for a prescription.
- Our service providers for hosting (Google Cloud, Belgium region), payments (Stripe) and SMS (Twilio).

We do not sell personal information and we do not share it for cross-context behavioural advertising.

## International transfers

Some service providers are in the United States. Where we transfer data of EU and UK users to the United States, we rely on the EU-U.S. Data Privacy Framework and on the standard contractual clauses.

## Retention

Consultation records are kept for 5 years after the last consultation, because vets must keep clinical records. Other account data is deleted 90 days after you close your account.

## Your rights

You can access, correct and delete your data, and export your pet's records as a PDF, from the **Account** tab. You may also email privacy@pocketvet.com. EU and UK users can complain to their data protection authority.
"""

BRIGHTMETER = """Brightmeter Energy — Cookie Notice
==================================

_Version 3, published 2 March 2026_

Brightmeter Energy Ltd supplies electricity and gas. This notice explains the cookies used on brightmeter.co.uk and in the customer account area.

### 1. Our approach

We use cookies that are necessary to run the website and, if you agree, cookies that help us understand how the website is used. We do not use cookies for advertising.

Your choice is stored for 6 months. You can change it at any time via **Manage cookies** in the footer.

### 2. Cookies we use

**Necessary cookies** (always on)

| Name | Set by | What it does | Expires |
|---|---|---|---|
| BM_SESSION | Brightmeter | Keeps you signed in to your account | End of session |
| BM_LB | Brightmeter | Load balancing between servers | End of session |
| BM_CHOICE | Brightmeter | Remembers your cookie choices | 6 months |

**Analytics cookies** (only with your consent)

| Name | Set by | What it does | Expires |
|---|---|---|---|
| _ga | Google Analytics | Distinguishes visitors to count them | 13 months |
| _gid | Google Analytics | Distinguishes visitors for daily counts | 24 hours |
| _hjSessionUser | Hotjar | Records how visitors scroll and click on tariff pages | 12 months |

Google Analytics is configured with IP anonymisation. We have turned off Google signals and data sharing with other Google products.

### 3. Third parties

Google Ireland Ltd and Hotjar Ltd act as our processors for analytics. They may not use the data for their own purposes.

### 4. Questions

Contact our Data Protection Officer at dpo@brightmeter.co.uk or write to Brightmeter Energy Ltd, 1 Temple Way, Bristol BS2 0BY.

### 5. Changes to this notice

When we add a cookie that needs your consent, we will show the cookie banner again so that you can make a new choice.
"""
HORIZON = """# Politique de protection des données personnelles — Mutuelle Horizon Santé

*Mise à jour : 1er février 2026*

La Mutuelle Horizon Santé, mutuelle régie par le livre II du Code de la mutualité, immatriculée au répertoire SIRENE sous le n° 775 612 345, dont le siège est situé 14 boulevard Vauban, 59000 Lille, est responsable des traitements décrits ci-dessous.

## 1. Données traitées

Nous traitons les données nécessaires à votre adhésion et au versement de vos prestations :

- données d'identification : nom, prénom, date de naissance, numéro de sécurité sociale, coordonnées ;
- données relatives à votre contrat : garanties choisies, bénéficiaires, cotisations ;
- données de santé strictement nécessaires au remboursement : actes, montants, décomptes transmis par l'Assurance maladie (télétransmission « Noémie ») ;
- coordonnées bancaires (IBAN) pour les prélèvements et remboursements.

Nous ne collectons aucune donnée issue d'objets connectés ou d'applications de bien-être.

## 2. Finalités et bases légales

| Finalité | Base légale |
|---|---|
| Gestion de l'adhésion et des cotisations | Exécution du contrat |
| Remboursement des frais de santé | Exécution du contrat |
| Lutte contre la fraude | Intérêt légitime |
| Lettre d'information et actions de prévention | Consentement |

Vos données de santé ne sont jamais utilisées pour fixer le montant de votre cotisation ni pour sélectionner les adhérents.

## 3. Destinataires

Seuls nos services de gestion et les professionnels de santé habilités y ont accès. Nous transmettons les données nécessaires à nos partenaires pour le tiers payant et à notre réassureur. Vos données ne sont pas cédées à des fins commerciales.

## 4. Lieu d'hébergement

Vos données sont hébergées en France, chez un hébergeur certifié HDS (hébergeur de données de santé).

## 5. Durées de conservation

Les données de votre contrat sont conservées pendant toute la durée de l'adhésion puis 5 ans après sa résiliation. Les décomptes de remboursement sont conservés 2 ans à compter de leur émission.

## 6. Vos droits

Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition, ainsi que du droit de retirer votre consentement à tout moment. Vous pouvez exercer ces droits depuis votre espace adhérent ou par courriel à dpo@horizon-sante.fr. Nous vous répondons dans un délai d'un mois.

Vous pouvez introduire une réclamation auprès de la CNIL (www.cnil.fr).
"""

TRAJET = """Application Trajet+ : politique de confidentialité
===================================================

Dernière mise à jour : 15 janvier 2026

L'application Trajet+ permet d'acheter et de valider des titres de transport sur le réseau de bus et de tramway de l'agglomération. Elle est éditée par la Régie des Transports de l'Agglomération (RTA), établissement public, 2 place de la Gare, 37000 Tours, responsable de traitement.

Données collectées
------------------

* Votre compte : nom, prénom, adresse électronique, mot de passe chiffré.
* Vos achats : titres achetés, date, montant, moyen de paiement (les quatre derniers chiffres de la carte uniquement).
* Vos validations : ligne, arrêt, date et heure de validation.
* Si vous bénéficiez d'un tarif réduit : le justificatif demandé (carte d'étudiant, attestation de quotient familial).

L'application n'accède pas à votre position GPS. Le calcul d'itinéraire fonctionne à partir de l'adresse que vous saisissez.

Utilisation des données
-----------------------

Nous utilisons ces données pour vous délivrer vos titres, contrôler leur validité, gérer le service client et établir des statistiques de fréquentation. Ces statistiques sont produites à partir de données agrégées et ne permettent pas de vous identifier.

Les validations sont anonymisées au bout de 48 heures : passé ce délai, nous ne savons plus qui a voyagé sur quelle ligne.

Destinataires
-------------

* les agents habilités de la RTA ;
* notre prestataire de billettique, qui héberge les données en France ;
* notre prestataire de paiement.

Aucune donnée n'est transmise à des annonceurs.

Conservation
------------

Les données de compte sont supprimées 3 ans après votre dernière connexion. Les justificatifs de tarif réduit sont supprimés dès leur vérification.

Vos droits
----------

Vous pouvez accéder à vos données, les rectifier, les effacer, vous opposer à leur traitement ou en demander la limitation, en écrivant à dpo@rta-tours.fr ou à l'accueil de l'agence commerciale, 2 place de la Gare. Vous pouvez saisir la CNIL si vous estimez que vos droits ne sont pas respectés.
"""

LUMEN = """# Banque Lumen — Notice d'information sur les données personnelles

Version du 10 mars 2026

Banque Lumen SA, établissement de crédit agréé par l'ACPR, 27 rue de la Victoire, 75009 Paris (ci-après « Lumen »), traite vos données en qualité de responsable de traitement lorsque vous ouvrez et utilisez un compte Lumen.

## Quelles données ?

1. État civil et pièce d'identité (y compris une vidéo d'identification lors de l'ouverture de compte).
2. Coordonnées : adresse postale, courriel, téléphone mobile.
3. Situation professionnelle et revenus déclarés.
4. Opérations : virements, paiements par carte, prélèvements, soldes.
5. Données de connexion : identifiant d'appareil, adresse IP, journaux de connexion.

## Pourquoi ?

- Ouvrir et gérer votre compte et votre carte (exécution du contrat).
- Respecter nos obligations de lutte contre le blanchiment et le financement du terrorisme (obligation légale).
- Détecter les opérations frauduleuses (intérêt légitime).
- Vous proposer des offres adaptées, uniquement si vous l'avez accepté (consentement).

L'octroi d'un découvert autorisé fait l'objet d'une analyse par un conseiller ; aucune décision de refus n'est prise de manière entièrement automatisée.

## À qui ?

Vos données sont communiquées à nos sous-traitants (hébergement, édition de cartes, service client), à la Banque de France dans les cas prévus par la loi et aux autorités administratives et judiciaires sur réquisition.

Lumen ne vend pas vos données.

## Où ?

Vos données sont hébergées dans l'Union européenne (France et Irlande).

## Combien de temps ?

| Données | Durée |
|---|---|
| Données du compte et opérations | 10 ans après la clôture du compte |
| Vidéo d'identification | 5 ans après la clôture du compte |
| Données de prospection | 3 ans après le dernier contact |

## Vos droits

Vous pouvez demander l'accès à vos données, leur rectification, leur effacement, leur portabilité, la limitation du traitement, et vous opposer à la prospection commerciale à tout moment, sans frais. Écrivez à notre délégué à la protection des données : dpo@banque-lumen.fr ou Banque Lumen, DPO, 27 rue de la Victoire, 75009 Paris. Vous pouvez aussi adresser une réclamation à la CNIL.
"""

ECOLECONNECT = """# ÉcoleConnect — Politique de confidentialité

**En vigueur au 1er septembre 2025**

ÉcoleConnect est un espace numérique de travail (ENT) utilisé par les écoles et collèges pour le cahier de textes, les notes, la vie scolaire et la messagerie entre familles et enseignants.

### Qui est responsable ?

Pour les données des élèves, le responsable de traitement est l'établissement scolaire (le chef d'établissement). La société ÉcoleConnect SAS, 5 rue du Faubourg, 69003 Lyon, agit comme sous-traitant et ne traite les données que sur instruction de l'établissement.

### Données traitées

- élèves : nom, prénom, classe, emploi du temps, notes, absences et retards, travaux rendus ;
- responsables légaux : nom, prénom, coordonnées ;
- personnels : nom, fonction, matières enseignées ;
- traces de connexion (date, heure, adresse IP).

Aucune donnée relative à la santé ou à la religion n'est demandée.

### Finalités

Les données servent uniquement au suivi de la scolarité et à la communication au sein de la communauté éducative. Elles ne sont jamais utilisées à des fins publicitaires ou commerciales.

### Destinataires

Les enseignants et personnels de l'établissement, selon leurs habilitations ; les familles pour les données de leurs enfants ; notre hébergeur, OVHcloud, dont les serveurs sont situés en France.

### Durées de conservation

Les notes et absences sont conservées pendant l'année scolaire en cours et l'année suivante. Les traces de connexion sont conservées 6 mois. Les comptes des élèves ayant quitté l'établissement sont supprimés au 31 août.

### Vos droits

Les familles exercent leurs droits (accès, rectification, limitation) auprès du chef d'établissement, qui peut s'appuyer sur nous. Vous pouvez aussi écrire à notre DPO : dpo@ecoleconnect.fr. En cas de difficulté, vous pouvez saisir la CNIL.

### Sécurité

Les accès sont protégés par identifiant et mot de passe, et les échanges sont chiffrés. Chaque établissement peut consulter la liste des comptes ayant accédé aux données de ses élèves.

### Cookies

ÉcoleConnect n'utilise que des cookies strictement nécessaires à l'authentification. Aucun cookie de mesure d'audience tiers n'est déposé.
"""

FOURNIL = """# Politique cookies — Fournil & Co

_Dernière mise à jour : 4 avril 2026_

Fournil & Co (Fournil & Co SAS, 18 rue Oberkampf, 75011 Paris) livre pain et viennoiseries à domicile. Lorsque vous consultez fournil-co.fr, des cookies et autres traceurs peuvent être déposés sur votre terminal. Cette page vous indique lesquels et comment les refuser.

## Votre consentement

Les traceurs non essentiels ne sont déposés qu'après votre accord, donné en cliquant sur « Tout accepter » ou en activant chaque finalité dans le panneau « Personnaliser ». Refuser est aussi simple qu'accepter : le bouton « Tout refuser » figure sur le premier écran. Votre choix est conservé 6 mois. Vous pouvez le modifier à tout moment via le lien « Gérer mes cookies » en bas de chaque page.

## Liste des traceurs

| Nom | Émetteur | Finalité | Durée |
|---|---|---|---|
| `fco_panier` | Fournil & Co | Conserver le contenu du panier | Session |
| `fco_auth` | Fournil & Co | Maintenir la connexion à votre compte | 30 jours |
| `fco_choix` | Fournil & Co | Mémoriser vos choix en matière de cookies | 6 mois |
| `_pk_id` | Matomo (hébergé par nos soins) | Mesure d'audience exemptée de consentement | 13 mois |
| `_pk_ses` | Matomo (hébergé par nos soins) | Mesure d'audience exemptée de consentement | 30 minutes |
| `__stripe_mid` | Stripe | Prévention de la fraude lors du paiement | 12 mois |
| `_fbp` | Meta | Mesurer l'efficacité de nos publicités sur Facebook et Instagram | 3 mois |

Notre outil Matomo est configuré conformément aux recommandations de la CNIL pour bénéficier de l'exemption de consentement : les données ne sont pas croisées avec d'autres traitements et les adresses IP sont tronquées.

## Cookies publicitaires

Le cookie `_fbp` n'est déposé que si vous acceptez la finalité « Publicité ». Il permet à Meta de savoir qu'une visite provient d'une de nos annonces. Nous ne vendons aucune donnée à des tiers.

## Contact

Pour toute question : confidentialite@fournil-co.fr. Vous pouvez également consulter la page de la CNIL consacrée aux cookies.
"""

AZUR = """Agence Azur Voyages — Protection de vos données
===============================================

Mise à jour : 20 décembre 2025

Azur Voyages SARL, agence de voyages immatriculée au registre des opérateurs de voyages et de séjours sous le n° IM006110042, 9 avenue Jean Médecin, 06000 Nice, est responsable des données que vous nous confiez lors d'une demande de devis ou d'une réservation.

Ce que nous collectons
----------------------

* Identité des voyageurs (nom, prénom, date de naissance) et, lorsque la destination l'exige, numéro de passeport et date d'expiration.
* Coordonnées du client : adresse, téléphone, courriel.
* Informations de paiement, traitées par notre banque (nous ne conservons pas votre numéro de carte).
* Demandes particulières (régime alimentaire, assistance à mobilité réduite), communiquées aux seuls prestataires concernés.

Pourquoi
--------

Pour établir vos devis, réserver les prestations (vols, hôtels, circuits, assurances), vous remettre vos documents de voyage et vous assister pendant le séjour. Avec votre accord, nous vous adressons notre lettre d'information deux fois par mois.

À qui nous transmettons vos données
-----------------------------------

Aux compagnies aériennes, hôteliers, réceptifs locaux et assureurs qui exécutent votre voyage. Lorsque votre voyage a lieu hors de l'Union européenne, ces prestataires sont situés dans le pays de destination ; le transfert est alors nécessaire à l'exécution du contrat que vous avez conclu avec nous.

Nous ne transmettons jamais vos coordonnées à des tiers à des fins de prospection.

Combien de temps
----------------

Vos dossiers de voyage sont conservés 5 ans après le retour. Les données de prospection sont conservées 3 ans après notre dernier échange. Les numéros de passeport sont effacés un mois après votre retour.

Vos droits
----------

Vous pouvez accéder à vos données, les faire rectifier ou effacer, vous opposer à la prospection, demander la limitation du traitement ou la portabilité de vos données. Adressez votre demande par courriel à donnees@azur-voyages.fr ou par courrier à l'agence. Vous pouvez introduire une réclamation auprès de la CNIL.
"""

HABITAT = """# Habitat Solidaire — Politique de confidentialité des donateurs et bénévoles

*Document révisé le 6 novembre 2025*

Habitat Solidaire est une association loi 1901 reconnue d'utilité publique qui rénove des logements pour des familles en difficulté. Son siège est situé 31 rue des Tanneurs, 67000 Strasbourg. Elle est responsable des traitements décrits ici.

## Les données que nous traitons

**Donateurs** : civilité, nom, prénom, adresse postale, courriel, montant et date des dons, mode de paiement, et, pour les dons réguliers, vos coordonnées bancaires.

**Bénévoles** : nom, prénom, coordonnées, disponibilités, compétences (bricolage, électricité, accompagnement administratif…).

## Pourquoi nous les traitons

- émettre vos reçus fiscaux (obligation légale) ;
- gérer les dons et les prélèvements (exécution de votre engagement) ;
- vous tenir informé de nos actions et faire appel à votre générosité (intérêt légitime de l'association) ;
- organiser les chantiers avec nos bénévoles.

## Qui y a accès

Les salariés du service donateurs, notre prestataire de routage pour l'envoi des courriers, et notre prestataire de paiement en ligne. L'association ne loue, n'échange et ne vend jamais ses fichiers de donateurs.

## Durées de conservation

Les données des donateurs sont conservées 3 ans après le dernier don, à l'exception des pièces comptables, conservées 10 ans. Les données des bénévoles sont supprimées 2 ans après leur dernière participation à un chantier.

## Sécurité

Nos fichiers sont hébergés en France. L'accès aux données bancaires est réservé à deux personnes du service donateurs.

## Vos droits

Vous pouvez accéder à vos données, les rectifier, demander leur effacement ou leur limitation, et vous opposer à tout moment à la réception de nos appels à dons. Il vous suffit d'écrire à donateurs@habitat-solidaire.org ou d'appeler le 03 88 00 12 34.

Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL.
"""


def _fresh(number: str, lang: str, policy: str, service: str, text: str) -> dict[str, Any]:
    """A policy written for this set, shaped like a corpus record so the shared mechanics apply unchanged."""
    return {"id": f"fresh-{lang}-{number}", "lang": lang, "policy": policy, "service": service, "new": text}


FRESH: list[dict[str, Any]] = [
    _fresh("01", "en", "privacy", "Northwind Bank", NORTHWIND),
    _fresh("02", "en", "privacy", "Emberlight Studios", EMBERLIGHT),
    _fresh("03", "en", "privacy", "Hearthwise", HEARTHWISE),
    _fresh("04", "en", "privacy", "Slateboard", SLATEBOARD),
    _fresh("05", "en", "privacy", "HireLoop", HIRELOOP),
    _fresh("06", "en", "privacy", "DriveSense", DRIVESENSE),
    _fresh("07", "en", "cookies", "Forkful", FORKFUL),
    _fresh("08", "en", "privacy", "Wayfarer Travel", WAYFARER),
    _fresh("09", "en", "privacy", "Open Hands Trust", OPENHANDS),
    _fresh("10", "en", "privacy", "Celtra Mobile", CELTRA),
    _fresh("11", "en", "privacy", "Pocketvet", POCKETVET),
    _fresh("12", "en", "cookies", "Brightmeter Energy", BRIGHTMETER),
    _fresh("01", "fr", "privacy", "Mutuelle Horizon Santé", HORIZON),
    _fresh("02", "fr", "privacy", "Trajet+", TRAJET),
    _fresh("03", "fr", "privacy", "Banque Lumen", LUMEN),
    _fresh("04", "fr", "privacy", "ÉcoleConnect", ECOLECONNECT),
    _fresh("05", "fr", "cookies", "Fournil & Co", FOURNIL),
    _fresh("06", "fr", "privacy", "Azur Voyages", AZUR),
    _fresh("07", "fr", "privacy", "Habitat Solidaire", HABITAT),
]

# ruff: noqa: E501
EDITS: list[Pair] = [
    # ---- English ----
    (
        "fresh-en-01",
        "rights_reducing",
        ["R4", "R1"],
        False,
        False,
        'A fee now applies to the right of access: "free of charge" is replaced by "further requests for a copy of your data are charged a fee of EUR 15", so exercising the right costs more (R4). The date stamp is editorial.',
        [
            ("_Last updated: 3 March 2026_", "_Last updated: 30 November 2026_"),
            (
                "We answer within one month, free of charge.",
                "We answer within one month. The first request in each calendar year is free; further requests for a copy of your data are charged a fee of EUR 15.",
            ),
        ],
    ),
    (
        "fresh-en-04",
        "major",
        ["R5", "R1"],
        False,
        False,
        'One more sub-processor receives pupil data: "and Intercom (in-app support chat for teachers and pupils, EU servers)" (R5). The "Last updated" change is editorial.',
        [
            ("Last updated: 20 August 2025", "Last updated: 1 December 2026"),
            (
                "Microsoft Azure (hosting, in the UK South region) and Postmark (email delivery, EU servers).",
                "Microsoft Azure (hosting, in the UK South region), Postmark (email delivery, EU servers) and Intercom (in-app support chat for teachers and pupils, EU servers).",
            ),
        ],
    ),
    (
        "en-135",
        "minor",
        ["R9"],
        False,
        False,
        'The opt-out is offered to more users: "If you are an EEA or UK user" becomes "If you are an EEA, UK or Swiss user, you may opt-out" (R9, a new opt-out).',
        [("If you are an EEA or UK user, you may opt-out", "If you are an EEA, UK or Swiss user, you may opt-out")],
    ),
    (
        "fresh-en-03",
        "editorial",
        ["R1"],
        False,
        True,
        'Pure re-rendering: the title becomes a setext heading of the same level, "-" bullets become "*" bullets and ">" is written as the entity "&gt;"; every sentence is unchanged (R1).',
        [
            ("## Hearthwise Privacy Statement\n", "Hearthwise Privacy Statement\n----------------------------\n"),
            (
                "- Our cloud host, Amazon Web Services, in its Frankfurt (Germany) region.\n- Your energy supplier, only if you link your supplier account in the app.\n- Voice assistants",
                "* Our cloud host, Amazon Web Services, in its Frankfurt (Germany) region.\n* Your energy supplier, only if you link your supplier account in the app.\n* Voice assistants",
            ),
            ("**Settings > Privacy > My data**", "**Settings &gt; Privacy &gt; My data**"),
        ],
    ),
    (
        "fresh-en-01",
        "major",
        ["R10"],
        False,
        False,
        'The legal basis of "Spending insights shown in the app" changes from "Contract" to "Legitimate interest" (R10); no consent was involved, so no right to withdraw is lost.',
        [
            (
                "| Spending insights shown in the app | Contract |",
                "| Spending insights shown in the app | Legitimate interest |",
            )
        ],
    ),
    (
        "en-007",
        "major",
        ["R16"],
        False,
        False,
        'The cookie `fileTreeExpanded` lives longer: "30 days" becomes "90 days" (R16, longer lifetime, still under 13 months).',
        [
            (
                "Used to indicate whether the file tree on the code view was last expanded or collapsed | 30 days",
                "Used to indicate whether the file tree on the code view was last expanded or collapsed | 90 days",
            )
        ],
    ),
    (
        "fresh-en-02",
        "rights_reducing",
        ["R12", "R5", "R1"],
        False,
        False,
        '"We never share your data with advertisers" becomes "We may share your data with advertising partners": a never-to-may flip of a sharing promise (R12) that adds a recipient category (R5).',
        [
            ("Effective 14 January 2026", "Effective 1 January 2027"),
            (
                "We never share your data with advertisers.",
                "We may share your data with advertising partners to measure how well our marketing campaigns bring in new players.",
            ),
        ],
    ),
    (
        "fresh-en-04",
        "editorial",
        ["R1"],
        False,
        False,
        'The three "We do not" promises are only reordered, and "Staff access is logged and limited to support cases opened by the school" is reworded as "Our staff can access it only for a support case the school has opened, and every such access is logged" (R1).',
        [
            (
                "- We do not show advertising to pupils.\n- We do not build profiles of pupils for any purpose other than the school's teaching.\n- We do not sell pupil data or share it with data brokers.",
                "- We do not sell pupil data or share it with data brokers.\n- We do not show advertising to pupils.\n- We do not build profiles of pupils for any purpose other than the school's teaching.",
            ),
            (
                "Data is encrypted in transit and at rest. Staff access is logged and limited to support cases opened by the school.",
                "We encrypt data both in transit and at rest. Our staff can access it only for a support case the school has opened, and every such access is logged.",
            ),
        ],
    ),
    (
        "en-006",
        "minor",
        ["R17"],
        False,
        False,
        'The subprocessor "Moveworks" ("Customer support ticketing analysis") is removed from the list (R17, vendor removed).',
        [drop("| Moveworks ")],
    ),
    (
        "fresh-en-05",
        "major",
        ["R11", "R7"],
        False,
        False,
        'Automated decision-making is introduced: applications "are rejected automatically, without a recruiter reviewing them" (R11), based on a new data category, the answers to "the employer\'s screening questions" (R7).',
        [
            before(
                "## When employers see your data",
                "For jobs where the employer uses **HireLoop Screen**, we also ask you the employer's screening questions, and applications whose answers do not meet the employer's mandatory criteria (for example a required work permit or driving licence) are rejected automatically, without a recruiter reviewing them.\n\n",
            )
        ],
    ),
    (
        "en-101",
        "minor",
        ["R14", "R1"],
        False,
        False,
        'The DPO\'s postal address is reformatted ("Bumble, Attn: Data Protection Officer, The Broadgate Tower (Third Floor)"), same channel and same place (R14); the "last updated" date is editorial.',
        [
            (
                "by post at the following address: The Broadgate Tower Third Floor, 20 Primrose Street, London, United Kingdom, EC2A 2RS.",
                "by post at the following address: Bumble, Attn: Data Protection Officer, The Broadgate Tower (Third Floor), 20 Primrose Street, London EC2A 2RS, United Kingdom.",
            ),
            (
                "This Cookie Policy was last updated on 16 June 2025.",
                "This Cookie Policy was last updated on 1 December 2026.",
            ),
        ],
    ),
    (
        "fresh-en-06",
        "rights_reducing",
        ["R12"],
        False,
        False,
        'The promise "The score is never used to refuse you cover; it can only lower your premium" becomes "The score may be used by Lyra Försäkring AB when it sets your premium, which can go up as well as down" (R12, never to may).',
        [
            (
                "The score is never used to refuse you cover; it can only lower your premium.",
                "The score may be used by Lyra Försäkring AB when it sets your premium, which can go up as well as down.",
            )
        ],
    ),
    (
        "en-035",
        "editorial",
        ["R1"],
        False,
        False,
        '"This policy explains how we use cookies and the choices you have" is reworded as "This policy describes how we use cookies, and what choices you have"; same scope, same meaning (R1).',
        [
            (
                "This policy explains how we use cookies and the choices you have, when you use our web-based Services",
                "This policy describes how we use cookies, and what choices you have, when you use our web-based Services",
            )
        ],
    ),
    (
        "fresh-en-07",
        "major",
        ["R15"],
        True,
        False,
        'A new third-party vendor appears among the optional analytics cookies: "`_hjSessionUser` | Hotjar" (R15); earlier consent to analytics did not cover Hotjar, so consent must be asked again.',
        [
            before(
                "| `_pk_ses` |",
                "| `_hjSessionUser` | Hotjar | Records clicks and scrolling to improve page layout | 12 months |\n",
            )
        ],
    ),
    (
        "fresh-en-08",
        "editorial",
        ["R1"],
        False,
        True,
        'Markup only: the title becomes a setext heading of the same level, "*" bullets become "-", the apostrophe is written "&#39;" and "ico.org.uk" becomes a link to the same site; no wording changes (R1).',
        [
            ("# Privacy at Wayfarer Travel\n", "Privacy at Wayfarer Travel\n==========================\n"),
            ("* Names of all travellers", "- Names of all travellers"),
            ("* Contact details of the lead passenger.", "- Contact details of the lead passenger."),
            ("* Payment card details", "- Payment card details"),
            ("* Special requests", "- Special requests"),
            (
                "Information Commissioner's Office (ico.org.uk).",
                "Information Commissioner&#39;s Office ([ico.org.uk](https://ico.org.uk)).",
            ),
        ],
    ),
    (
        "en-008",
        "rights_reducing",
        ["R13"],
        False,
        False,
        'The bullet "The right to receive your collected Personal Data in a structured, commonly used, and machine-readable format" (data portability) is deleted from the list of rights (R13).',
        [
            drop(
                "* The right to receive your collected Personal Data in a structured, commonly used, and machine-readable format"
            )
        ],
    ),
    (
        "fresh-en-06",
        "major",
        ["R8", "R1"],
        False,
        False,
        'A fixed period is replaced by a vague criterion: "SmartDriver trip data is kept for 12 months" becomes "kept for as long as necessary for the purposes described in this notice" (R8).',
        [
            (
                "SmartDriver trip data is kept for 12 months.",
                "SmartDriver trip data is kept for as long as necessary for the purposes described in this notice.",
            ),
            ("Updated 5 May 2026", "Updated 1 December 2026"),
        ],
    ),
    (
        "en-146",
        "editorial",
        ["R1"],
        False,
        False,
        'Only the date stamp ("Last Updated 28 November 2026") and a spacing typo ("and/ or" to "and/or") change (R1).',
        [
            ("Last Updated 30 October 2023", "Last Updated 28 November 2026"),
            ("collect and/ or share", "collect and/or share"),
        ],
    ),
    (
        "fresh-en-09",
        "minor",
        ["R14", "R1"],
        False,
        False,
        'The Supporter Care phone number and email address are laid out as a list with a mailto link: same "020 7946 0321" and "supportercare@openhands.org.uk", same channels (R14). The review date is editorial.',
        [
            (
                "Contact our Supporter Care team on 020 7946 0321 or at supportercare@openhands.org.uk. You can complain",
                "Contact our Supporter Care team:\n\n* by phone: 020 7946 0321\n* by email: [supportercare@openhands.org.uk](mailto:supportercare@openhands.org.uk)\n\nYou can complain",
            ),
            ("_This notice was last reviewed in November 2025._", "_This notice was last reviewed in November 2026._"),
        ],
    ),
    (
        "fresh-en-10",
        "major",
        ["R2", "R11"],
        False,
        False,
        'A new purpose: traffic data is used to "build a usage profile, so that we can recommend plans and add-ons to you in the My Celtra app" (R2, profiling R11).',
        [
            (
                "- to send offers, if you agreed to marketing.",
                "- to send offers, if you agreed to marketing;\n- to analyse your traffic data (data volume, roaming and calls abroad) and build a usage profile, so that we can recommend plans and add-ons to you in the My Celtra app.",
            )
        ],
    ),
    (
        "en-131",
        "editorial",
        ["R1"],
        False,
        False,
        'The contraction in "We don\'t sell any of your information to anyone, and we never will" is spelled out as "We do not sell"; the promise is unchanged (R1).',
        [
            (
                "We don't sell any of your information to anyone, and we never will.",
                "We do not sell any of your information to anyone, and we never will.",
            )
        ],
    ),
    (
        "fresh-en-03",
        "minor",
        ["R9", "R1"],
        False,
        False,
        'Deletion after account closure is faster: "everything is deleted within 30 days" becomes "within 14 days" (R9, shorter retention). The version stamp is editorial.',
        [
            (
                "When you delete your account, everything is deleted within 30 days.",
                "When you delete your account, everything is deleted within 14 days.",
            ),
            ("**Version 4.2 — in force from 1 February 2026**", "**Version 4.3 — in force from 1 December 2026**"),
        ],
    ),
    (
        "fresh-en-11",
        "major",
        ["R6", "R5"],
        False,
        False,
        'A new transfer outside the EU: service providers are now "in the United States and in India", including "our customer support provider in India" under the standard contractual clauses (R6).',
        [
            (
                "Some service providers are in the United States. Where we transfer data of EU and UK users to the United States, we rely on the EU-U.S. Data Privacy Framework and on the standard contractual clauses.",
                "Some service providers are in the United States and in India. Where we transfer data of EU and UK users to the United States, we rely on the EU-U.S. Data Privacy Framework and on the standard contractual clauses; for our customer support provider in India, we rely on the standard contractual clauses.",
            )
        ],
    ),
    (
        "en-161",
        "major",
        ["R15", "R1"],
        True,
        False,
        'A new third-party advertising vendor is added to the table: "TikTok | Advertising, user acquisition, conversion" (R15), so earlier consent does not cover it.',
        [
            before(
                "| Sentry | App performance tracker |",
                "| TikTok | Advertising, user acquisition, conversion | For privacy information, go to:<br><br>[https://www.tiktok.com/legal/page/eea/privacy-policy/en](https://www.tiktok.com/legal/page/eea/privacy-policy/en) |\n",
            ),
            ("_\\[Last Updated: August 22, 2023\\]_", "_\\[Last Updated: November 28, 2026\\]_"),
        ],
    ),
    (
        "fresh-en-05",
        "minor",
        ["R9", "R1"],
        False,
        False,
        'A new choice for candidates: they "can block specific companies, such as your current employer, from ever seeing your profile" (R9, new opt-out). The effective date is editorial.',
        [
            (
                "You can make your profile visible to recruiters in **Settings > Visibility**.",
                "You can make your profile visible to recruiters in **Settings > Visibility**, and from the same page you can block specific companies, such as your current employer, from ever seeing your profile.",
            ),
            ("*HireLoop GmbH — effective 1 October 2025*", "*HireLoop GmbH — effective 1 December 2026*"),
        ],
    ),
    (
        "en-165",
        "editorial",
        ["R1"],
        False,
        True,
        'Pure re-rendering: a heading goes from "####" to "###" and the Markdown link "[dataprotection.ie@vodafone.com](mailto:dataprotection.ie@vodafone.com)" becomes the autolink "<dataprotection.ie@vodafone.com>" with the same target (R1).',
        [
            ("#### Get full control to manage your privacy", "### Get full control to manage your privacy"),
            (
                "Your opinion matters to us – if you have any questions about our privacy notice, you can email us at: [dataprotection.ie@vodafone.com](mailto:dataprotection.ie@vodafone.com)",
                "Your opinion matters to us – if you have any questions about our privacy notice, you can email us at: <dataprotection.ie@vodafone.com>",
            ),
        ],
    ),
    (
        "fresh-en-02",
        "major",
        ["R7"],
        False,
        False,
        'The minimum age drops: "rated for players aged 16 and over" becomes "aged 13 and over", so the game will now collect the data of 13- to 15-year-olds, a new category of data (R7).',
        [
            (
                "Ashen Realms is rated for players aged 16 and over. We do not knowingly create accounts for anyone younger than 16,",
                "Ashen Realms is rated for players aged 13 and over. We do not knowingly create accounts for anyone younger than 13,",
            )
        ],
    ),
    (
        "en-007",
        "minor",
        ["R17"],
        False,
        False,
        'Two Microsoft cookies, "`_uetsid`" and "`X-FD-Time`", are removed from the cookie table (R17, cookie removed).',
        [drop("`_uetsid`"), drop("`X-FD-Time`")],
    ),
    (
        "fresh-en-09",
        "rights_reducing",
        ["R12", "R5"],
        False,
        False,
        '"We will never sell or swap your details with other charities" loses "or swap": "We may swap the postal details of supporters who give by cheque with other charities" weakens the promise (R12) and adds recipients (R5).',
        [
            (
                "We will never sell or swap your details with other charities.",
                "We will never sell your details. We may swap the postal details of supporters who give by cheque with other charities for one-off reciprocal mailings.",
            )
        ],
    ),
    (
        "fresh-en-11",
        "editorial",
        ["R1"],
        False,
        False,
        'The "How we use it" paragraph is reworded ("Your information lets us book your consultations and run them, give the vet access to your pet\'s history ...") with the same four uses and the same "reminders ... by SMS"; the date is editorial (R1).',
        [
            (
                "We use your information to book and run consultations, to let vets see your pet's history, to send prescriptions to the pharmacy you pick and to bill you. We send appointment reminders by SMS.",
                "Your information lets us book your consultations and run them, give the vet access to your pet's history, send any prescription to the pharmacy of your choice and bill you. Appointment reminders are sent to you by SMS.",
            ),
            ("_Last updated 28 September 2025_", "_Last updated 30 November 2026_"),
        ],
    ),
    (
        "en-035",
        "minor",
        ["R9", "R1"],
        False,
        False,
        'A clearer statement of the practice already disclosed (ads with Status and Channels): "Ads are only shown in Status and Channels; they never appear in your personal chats" (R9). The effective date is editorial.',
        [
            (
                "(https://faq.whatsapp.com/661306693503248).",
                "(https://faq.whatsapp.com/661306693503248). Ads are only shown in Status and Channels; they never appear in your personal chats.",
            ),
            ("Effective February 25, 2026", "Effective December 1, 2026"),
        ],
    ),
    (
        "fresh-en-10",
        "rights_reducing",
        ["R13", "R1"],
        False,
        False,
        '"portability" disappears from the list of rights ("You may request access, correction, erasure and restriction, and object to direct marketing"): a right removed (R13).',
        [
            (
                "You may request access, correction, erasure, restriction, portability and object to direct marketing.",
                "You may request access, correction, erasure and restriction, and object to direct marketing.",
            ),
            ("Effective date: 1 June 2026", "Effective date: 1 January 2027"),
        ],
    ),
    (
        "en-101",
        "editorial",
        ["R1"],
        False,
        False,
        'Punctuation only: "you are in control and may refuse" becomes "you are in control: you may refuse" (R1).',
        [
            (
                "you are in control and may refuse to accept Cookies at any time",
                "you are in control: you may refuse to accept Cookies at any time",
            )
        ],
    ),
    (
        "fresh-en-08",
        "major",
        ["R3"],
        False,
        False,
        'A new joint controller: "Wayfarer Travel Ltd and Sunvale Holidays plc, 1 Canada Square, London E14 5AB, are joint controllers" after the "acquisition in October 2026" (R3).',
        [
            (
                "is a tour operator and travel agent. We are responsible for the personal data you give us",
                "is a tour operator and travel agent and, since its acquisition in October 2026, part of the Sunvale Holidays group. Wayfarer Travel Ltd and Sunvale Holidays plc, 1 Canada Square, London E14 5AB, are joint controllers of the personal data you give us",
            )
        ],
    ),
    (
        "en-146",
        "minor",
        ["R9"],
        False,
        False,
        'A new, plainly stated opt-out: "You can unsubscribe from the newsletter at any time by clicking the link at the bottom of each email" (R9).',
        [
            (
                "(e.g., by signing up to receive our newsletter).",
                "(e.g., by signing up to receive our newsletter). You can unsubscribe from the newsletter at any time by clicking the link at the bottom of each email.",
            )
        ],
    ),
    (
        "fresh-en-12",
        "major",
        ["R16"],
        False,
        False,
        'The Hotjar cookie "_hjSessionUser" lives longer: "12 months" becomes "13 months" (R16, longer lifetime within the 13-month cap).',
        [
            (
                "| Records how visitors scroll and click on tariff pages | 12 months |",
                "| Records how visitors scroll and click on tariff pages | 13 months |",
            )
        ],
    ),
    (
        "en-008",
        "editorial",
        ["R1"],
        False,
        False,
        '"For translations of this statement into other languages, please visit" is reworded as "To read this statement in another language, visit", and "small, clear image" as "small, transparent image"; same meaning (R1).',
        [
            (
                "For translations of this statement into other languages, please visit <https://docs.github.com/> and select a language",
                "To read this statement in another language, visit <https://docs.github.com/> and choose a language",
            ),
            ("which is a small, clear image", "which is a small, transparent image"),
        ],
    ),
    (
        "fresh-en-07",
        "minor",
        ["R17", "R1"],
        False,
        False,
        'The Matomo cookie "`_pk_ses`" is removed from the analytics table (R17, cookie removed); the revision date is editorial.',
        [drop("| `_pk_ses` |"), ("_Last revised: 9 April 2026_", "_Last revised: 30 November 2026_")],
    ),
    (
        "en-135",
        "editorial",
        ["R1"],
        False,
        False,
        'The date stamp changes and a broken link is fixed to the same target: "mailto:mailto:support@lex.lgbt" becomes "mailto:support@lex.lgbt" (R1).',
        [
            ("_Last updated April 2, 2024._", "_Last updated November 28, 2026._"),
            (
                "For questions or concerns about this Policy, please email us at [support@lex.lgbt](mailto:mailto:support@lex.lgbt)",
                "For questions or concerns about this Policy, please email us at [support@lex.lgbt](mailto:support@lex.lgbt)",
            ),
        ],
    ),
    (
        "fresh-en-12",
        "editorial",
        ["R1"],
        False,
        True,
        'Pure re-rendering: both cookie tables are realigned with padded columns and the section number is escaped ("### 2\\. Cookies we use"); every cell says the same (R1).',
        [
            ("### 2. Cookies we use", "### 2\\. Cookies we use"),
            (
                "| Name | Set by | What it does | Expires |\n|---|---|---|---|\n| BM_SESSION | Brightmeter | Keeps you signed in to your account | End of session |\n| BM_LB | Brightmeter | Load balancing between servers | End of session |\n| BM_CHOICE | Brightmeter | Remembers your cookie choices | 6 months |",
                "| Name       | Set by      | What it does                        | Expires        |\n| ---------- | ----------- | ----------------------------------- | -------------- |\n| BM_SESSION | Brightmeter | Keeps you signed in to your account | End of session |\n| BM_LB      | Brightmeter | Load balancing between servers      | End of session |\n| BM_CHOICE  | Brightmeter | Remembers your cookie choices       | 6 months       |",
            ),
            (
                "| Name | Set by | What it does | Expires |\n|---|---|---|---|\n| _ga | Google Analytics | Distinguishes visitors to count them | 13 months |\n| _gid | Google Analytics | Distinguishes visitors for daily counts | 24 hours |\n| _hjSessionUser | Hotjar | Records how visitors scroll and click on tariff pages | 12 months |",
                "| Name           | Set by           | What it does                                          | Expires   |\n| -------------- | ---------------- | ----------------------------------------------------- | --------- |\n| _ga            | Google Analytics | Distinguishes visitors to count them                  | 13 months |\n| _gid           | Google Analytics | Distinguishes visitors for daily counts               | 24 hours  |\n| _hjSessionUser | Hotjar           | Records how visitors scroll and click on tariff pages | 12 months |",
            ),
        ],
    ),
    # ---- French ----
    (
        "fresh-fr-01",
        "rights_reducing",
        ["R12", "R1"],
        False,
        False,
        "L'engagement « ne sont jamais utilisées pour fixer le montant de votre cotisation » disparaît : la promesse se réduit à « ne sont jamais utilisées pour sélectionner les adhérents » (R12). La date de mise à jour est éditoriale.",
        [
            (
                "Vos données de santé ne sont jamais utilisées pour fixer le montant de votre cotisation ni pour sélectionner les adhérents.",
                "Vos données de santé ne sont jamais utilisées pour sélectionner les adhérents.",
            ),
            ("*Mise à jour : 1er février 2026*", "*Mise à jour : 1er décembre 2026*"),
        ],
    ),
    (
        "fr-054",
        "major",
        ["R8"],
        False,
        False,
        "Une durée fixe est remplacée par un critère vague : « supprimées 13 mois après la collecte » devient « conservées aussi longtemps que nécessaire à l'affichage de publicités personnalisées » (R8).",
        [
            (
                "Vos données seront supprimées 13 mois après la collecte.",
                "Vos données seront conservées aussi longtemps que nécessaire à l'affichage de publicités personnalisées.",
            )
        ],
    ),
    (
        "fresh-fr-02",
        "minor",
        ["R9", "R1"],
        False,
        False,
        "Nouvelle faculté offerte à l'utilisateur : « Vous pouvez en outre supprimer vous-même l'historique de vos achats » (R9). La date de mise à jour est éditoriale.",
        [
            (
                "Les justificatifs de tarif réduit sont supprimés dès leur vérification.",
                "Les justificatifs de tarif réduit sont supprimés dès leur vérification. Vous pouvez en outre supprimer vous-même l'historique de vos achats depuis la rubrique **Mon compte > Historique**.",
            ),
            ("Dernière mise à jour : 15 janvier 2026", "Dernière mise à jour : 1er décembre 2026"),
        ],
    ),
    (
        "fresh-fr-04",
        "editorial",
        ["R1"],
        False,
        False,
        "La section « Cookies » est déplacée avant « Destinataires » sans qu'un mot change (R1, réorganisation sans changement de sens).",
        [
            (
                "\n\n### Cookies\n\nÉcoleConnect n'utilise que des cookies strictement nécessaires à l'authentification. Aucun cookie de mesure d'audience tiers n'est déposé.\n",
                "\n",
            ),
            before(
                "### Destinataires",
                "### Cookies\n\nÉcoleConnect n'utilise que des cookies strictement nécessaires à l'authentification. Aucun cookie de mesure d'audience tiers n'est déposé.\n\n",
            ),
        ],
    ),
    (
        "fr-191",
        "major",
        ["R2", "R1"],
        False,
        False,
        "Nouvelle finalité : « entraîner et améliorer les modèles d'intelligence artificielle de notre assistant virtuel à partir du contenu de vos échanges avec notre service client » (R2). La date est éditoriale.",
        [
            before(
                "* Pour l'envoi de communications commerciales par des moyens électroniques",
                "* Pour entraîner et améliorer les modèles d'intelligence artificielle de notre assistant virtuel à partir du contenu de vos échanges avec notre service client.\n",
            ),
            ("**Politique mise à jour en août 2022**", "**Politique mise à jour en novembre 2026**"),
        ],
    ),
    (
        "fresh-fr-03",
        "major",
        ["R11", "R1"],
        False,
        False,
        "Une décision automatisée est introduite : bloquer « automatiquement, sans intervention humaine, les paiements par carte que notre modèle de notation juge suspects » (R11). La date de version est éditoriale.",
        [
            (
                "- Détecter les opérations frauduleuses (intérêt légitime).",
                "- Détecter les opérations frauduleuses et bloquer automatiquement, sans intervention humaine, les paiements par carte que notre modèle de notation juge suspects (intérêt légitime).",
            ),
            ("Version du 10 mars 2026", "Version du 1er décembre 2026"),
        ],
    ),
    (
        "fr-085",
        "minor",
        ["R17"],
        False,
        False,
        "La ligne de l'hôte « tokywoky.com » (cookie « \\_\\_cf\\_bm », « Cookies tiers ») est supprimée du tableau des cookies strictement nécessaires (R17, cookie retiré).",
        [drop("| [tokywoky.com](https://cookiepedia.co.uk/host/tokywoky.com) |")],
    ),
    (
        "fresh-fr-01",
        "editorial",
        ["R1"],
        False,
        True,
        "Pur changement de rendu : le tableau des finalités est réaligné, le numéro de titre est échappé (« 1\\. ») et « www.cnil.fr » devient un lien vers la même adresse ; aucune phrase ne change (R1).",
        [
            ("## 1. Données traitées", "## 1\\. Données traitées"),
            (
                "| Finalité | Base légale |\n|---|---|\n| Gestion de l'adhésion et des cotisations | Exécution du contrat |\n| Remboursement des frais de santé | Exécution du contrat |\n| Lutte contre la fraude | Intérêt légitime |\n| Lettre d'information et actions de prévention | Consentement |",
                "| Finalité                                      | Base légale          |\n| --------------------------------------------- | -------------------- |\n| Gestion de l'adhésion et des cotisations      | Exécution du contrat |\n| Remboursement des frais de santé              | Exécution du contrat |\n| Lutte contre la fraude                        | Intérêt légitime     |\n| Lettre d'information et actions de prévention | Consentement         |",
            ),
            ("auprès de la CNIL (www.cnil.fr).", "auprès de la CNIL ([www.cnil.fr](https://www.cnil.fr))."),
        ],
    ),
    (
        "fresh-fr-06",
        "rights_reducing",
        ["R12", "R5", "R1"],
        False,
        False,
        "« Nous ne transmettons jamais vos coordonnées à des tiers à des fins de prospection » devient « Nous pouvons transmettre vos coordonnées à nos partenaires (assureurs, loueurs de voitures) à des fins de prospection » : promesse de non-partage retirée (R12), nouveaux destinataires (R5). La date est éditoriale.",
        [
            (
                "Nous ne transmettons jamais vos coordonnées à des tiers à des fins de prospection.",
                "Nous pouvons transmettre vos coordonnées à nos partenaires (assureurs, loueurs de voitures) à des fins de prospection, sauf si vous vous y êtes opposé.",
            ),
            ("Mise à jour : 20 décembre 2025", "Mise à jour : 1er décembre 2026"),
        ],
    ),
    (
        "fr-201",
        "minor",
        ["R14"],
        False,
        False,
        "L'adresse du DPO est présentée autrement (« **DPO BZB** – [dpobzb@b-z-b.com](mailto:dpobzb@b-z-b.com) ») : même adresse électronique, même canal (R14).",
        [
            (
                "en nous écrivant à l’adresse suivant : [dpobzb@b-z-b.com](mailto:dpobzb@b-z-b.com).",
                "en écrivant à notre délégué à la protection des données :\n\n**DPO BZB** – [dpobzb@b-z-b.com](mailto:dpobzb@b-z-b.com)",
            )
        ],
    ),
    (
        "fresh-fr-05",
        "major",
        ["R15"],
        True,
        False,
        "Un nouvel émetteur tiers de traceurs publicitaires apparaît : « `_ttp` | TikTok | Mesurer l'efficacité de nos publicités sur TikTok » (R15) ; le consentement déjà recueilli ne couvre pas TikTok.",
        [
            before(
                "| `_fbp` | Meta |",
                "| `_ttp` | TikTok | Mesurer l'efficacité de nos publicités sur TikTok | 13 mois |\n",
            )
        ],
    ),
    (
        "fr-209",
        "editorial",
        ["R1"],
        False,
        False,
        "Simple reformulation : « Nous révisons régulièrement notre avis de confidentialité et nous le mettrons à jour si nécessaire » devient « Nous revoyons régulièrement le présent avis de confidentialité et le mettons à jour lorsque cela est nécessaire » (R1).",
        [
            (
                "Nous révisons régulièrement notre avis de confidentialité et nous le mettrons à jour si nécessaire.",
                "Nous revoyons régulièrement le présent avis de confidentialité et le mettons à jour lorsque cela est nécessaire.",
            )
        ],
    ),
    (
        "fresh-fr-02",
        "major",
        ["R8", "R1"],
        False,
        False,
        "Les validations restent nominatives plus longtemps : « anonymisées au bout de 48 heures » devient « anonymisées au bout de 30 jours » (R8). La date est éditoriale.",
        [
            (
                "Les validations sont anonymisées au bout de 48 heures",
                "Les validations sont anonymisées au bout de 30 jours",
            ),
            ("Dernière mise à jour : 15 janvier 2026", "Dernière mise à jour : 1er décembre 2026"),
        ],
    ),
    (
        "fr-223",
        "rights_reducing",
        ["R13"],
        False,
        False,
        "Le droit d'opposition est restreint à une seule finalité : « Droit de vous opposer au traitement des données à caractère personnel » devient « ... à des fins de marketing direct », et « vous opposer ou restreindre » devient « vous opposer à la prospection ou restreindre » (R13).",
        [
            (
                "Droit de vous opposer au traitement des données à caractère personnel ou de demander",
                "Droit de vous opposer au traitement de vos données à caractère personnel à des fins de marketing direct ou de demander",
            ),
            (
                "si vous souhaitez vous opposer ou restreindre un traitement",
                "si vous souhaitez vous opposer à la prospection ou restreindre un traitement",
            ),
        ],
    ),
    (
        "fresh-fr-07",
        "major",
        ["R5", "R1"],
        False,
        False,
        "Un nouveau destinataire : « l'agence de collecte de rue qui recueille pour notre compte les nouveaux dons réguliers » (R5). La date de révision est éditoriale.",
        [
            (
                "Les salariés du service donateurs, notre prestataire de routage pour l'envoi des courriers, et notre prestataire de paiement en ligne.",
                "Les salariés du service donateurs, notre prestataire de routage pour l'envoi des courriers, notre prestataire de paiement en ligne, et l'agence de collecte de rue qui recueille pour notre compte les nouveaux dons réguliers.",
            ),
            ("*Document révisé le 6 novembre 2025*", "*Document révisé le 1er décembre 2026*"),
        ],
    ),
    (
        "fr-044",
        "minor",
        ["R9"],
        False,
        False,
        "Précision sur un droit déjà reconnu : « Vous pouvez notamment vous désabonner de nos communications marketing à tout moment depuis la rubrique Notifications de votre compte » (R9, formulation plus claire).",
        [
            (
                "pour des raisons tenant à votre situation particulière (« droit d’opposition »).",
                "pour des raisons tenant à votre situation particulière (« droit d’opposition »). Vous pouvez notamment vous désabonner de nos communications marketing à tout moment depuis la rubrique Notifications de votre compte ou via le lien figurant dans chacun de nos e-mails.",
            )
        ],
    ),
    (
        "fresh-fr-04",
        "major",
        ["R5", "R1"],
        False,
        False,
        "Un destinataire supplémentaire : « notre prestataire de visioconférence, Visiocampus SAS, pour les classes virtuelles » (R5). La date d'entrée en vigueur est éditoriale.",
        [
            (
                "notre hébergeur, OVHcloud, dont les serveurs sont situés en France.",
                "notre hébergeur, OVHcloud, dont les serveurs sont situés en France ; notre prestataire de visioconférence, Visiocampus SAS, pour les classes virtuelles.",
            ),
            ("**En vigueur au 1er septembre 2025**", "**En vigueur au 1er janvier 2027**"),
        ],
    ),
    (
        "fr-236",
        "editorial",
        ["R1"],
        False,
        True,
        "Pur changement de balisage : un titre passe de « #### » à « ### », le gras passe de « ** » à « __ », et les liens vers OficinaDPO@iberia.es perdent leur infobulle ou deviennent un lien automatique vers la même adresse (R1).",
        [
            (
                "#### Quels types de données personnelles collectons-nous et conservons-nous",
                "### Quels types de données personnelles collectons-nous et conservons-nous",
            ),
            (
                "**Ne partagez jamais votre code de réservation ou localisateur**",
                "__Ne partagez jamais votre code de réservation ou localisateur__",
            ),
            (
                '[OficinaDPO@iberia.es](mailto:OficinaDPO@iberia.es "OficinaDPO@iberia.es") .\n\nSans préjudi',
                "[OficinaDPO@iberia.es](mailto:OficinaDPO@iberia.es) .\n\nSans préjudi",
            ),
            (
                'Bureau de protection des données [OficinaDPO@iberia.es](mailto:OficinaDPO@iberia.es "OficinaDPO@iberia.es").',
                "Bureau de protection des données <OficinaDPO@iberia.es>.",
            ),
        ],
    ),
    (
        "fresh-fr-03",
        "rights_reducing",
        ["R10", "R1"],
        False,
        False,
        "La base légale des offres adaptées passe de « consentement » à « intérêt légitime » et « uniquement si vous l'avez accepté » disparaît : le client perd le droit de retirer son consentement (R10).",
        [
            (
                "- Vous proposer des offres adaptées, uniquement si vous l'avez accepté (consentement).",
                "- Vous proposer des offres adaptées à votre profil (intérêt légitime).",
            ),
            ("Version du 10 mars 2026", "Version du 1er décembre 2026"),
        ],
    ),
    (
        "fr-232",
        "editorial",
        ["R1"],
        False,
        False,
        "Correction d'une faute de frappe : « connecté à vote compte » devient « connecté à votre compte » (R1).",
        [("connecté à vote compte", "connecté à votre compte")],
    ),
    (
        "fresh-fr-06",
        "major",
        ["R3"],
        False,
        False,
        "Un responsable conjoint apparaît : « et sa société mère, Horizons Méditerranée SAS, 40 quai de la Joliette, 13002 Marseille, sont responsables conjoints » (R3).",
        [
            (
                "9 avenue Jean Médecin, 06000 Nice, est responsable des données",
                "9 avenue Jean Médecin, 06000 Nice, et sa société mère, Horizons Méditerranée SAS, 40 quai de la Joliette, 13002 Marseille, sont responsables conjoints des données",
            )
        ],
    ),
    (
        "fr-259",
        "minor",
        ["R9"],
        False,
        False,
        "Conservation raccourcie : « conservées 7 ans par le prestataire Heartbeat Health » devient « conservées 5 ans » (R9).",
        [
            (
                "Les données sont conservées 7 ans par le prestataire Heartbeat Health.",
                "Les données sont conservées 5 ans par le prestataire Heartbeat Health.",
            )
        ],
    ),
    (
        "fresh-fr-07",
        "rights_reducing",
        ["R13"],
        False,
        False,
        "Le droit d'opposition est restreint : « vous opposer à tout moment à la réception de nos appels à dons » devient « vous opposer à la réception de nos appels à dons par courriel » ; les appels par courrier ne sont plus couverts (R13).",
        [
            (
                "et vous opposer à tout moment à la réception de nos appels à dons.",
                "et vous opposer à la réception de nos appels à dons par courriel.",
            )
        ],
    ),
    (
        "fr-048",
        "minor",
        ["R17", "R1"],
        False,
        False,
        "Le stockage « debug | bolt.eu » est retiré de la liste des traceurs nécessaires (R17) et le compteur passe de « Necessary (16) » à « Necessary (15) ».",
        [drop("| debug | bolt.eu |"), ("Necessary (16)", "Necessary (15)")],
    ),
    (
        "fresh-fr-05",
        "editorial",
        ["R1"],
        False,
        True,
        "Pur changement de rendu : « & », « — » et les guillemets sont écrits en entités HTML (« &amp; », « &mdash; », « &laquo;&nbsp; ») ; le texte affiché est identique (R1).",
        [
            ("# Politique cookies — Fournil & Co", "# Politique cookies &mdash; Fournil &amp; Co"),
            (
                "(Fournil & Co SAS, 18 rue Oberkampf, 75011 Paris)",
                "(Fournil &amp; Co SAS, 18 rue Oberkampf, 75011 Paris)",
            ),
            ("en cliquant sur « Tout accepter »", "en cliquant sur &laquo;&nbsp;Tout accepter&nbsp;&raquo;"),
        ],
    ),
    (
        "fr-215",
        "major",
        ["R8"],
        False,
        False,
        "Conservation allongée : dans la base Computop Paygate, « Suppression des opérations de paiement après 12 mois » devient « après 36 mois » (R8).",
        [
            (
                "Suppression des opérations de paiement après 12 mois.",
                "Suppression des opérations de paiement après 36 mois.",
            )
        ],
    ),
    (
        "fresh-fr-07",
        "editorial",
        ["R1"],
        False,
        False,
        "Le paragraphe de présentation est entièrement reformulé (« Association loi 1901 reconnue d'utilité publique, Habitat Solidaire rénove des logements au bénéfice de familles en difficulté ») sans changer l'identité, l'adresse ni le rôle de responsable ; la date est éditoriale (R1).",
        [
            (
                "Habitat Solidaire est une association loi 1901 reconnue d'utilité publique qui rénove des logements pour des familles en difficulté. Son siège est situé 31 rue des Tanneurs, 67000 Strasbourg. Elle est responsable des traitements décrits ici.",
                "Association loi 1901 reconnue d'utilité publique, Habitat Solidaire rénove des logements au bénéfice de familles en difficulté. L'association, dont le siège se trouve 31 rue des Tanneurs, 67000 Strasbourg, est responsable des traitements présentés dans ce document.",
            ),
            ("*Document révisé le 6 novembre 2025*", "*Document révisé le 1er décembre 2026*"),
        ],
    ),
    (
        "fresh-fr-03",
        "major",
        ["R6", "R5"],
        False,
        False,
        "Nouveau transfert hors de l'UE : « Notre prestataire de service client, situé au Maroc, peut y accéder », encadré par les clauses contractuelles types (R6).",
        [
            (
                "Vos données sont hébergées dans l'Union européenne (France et Irlande).",
                "Vos données sont hébergées dans l'Union européenne (France et Irlande). Notre prestataire de service client, situé au Maroc, peut y accéder pour traiter vos demandes ; ces transferts sont encadrés par les clauses contractuelles types de la Commission européenne.",
            )
        ],
    ),
    (
        "fr-085",
        "editorial",
        ["R1"],
        False,
        False,
        "Ponctuation seulement : « dont sa filiale A.Mob d'effectuer » devient « dont sa filiale A.Mob, d'effectuer » (R1).",
        [("dont sa filiale A.Mob d'effectuer", "dont sa filiale A.Mob, d'effectuer")],
    ),
    (
        "fresh-fr-02",
        "rights_reducing",
        ["R4"],
        False,
        False,
        "L'exercice des droits devient plus difficile : l'accueil « de l'agence commerciale » n'est plus un canal et la demande « doit être accompagnée de la copie d'une pièce d'identité en cours de validité » (R4).",
        [
            (
                "en écrivant à dpo@rta-tours.fr ou à l'accueil de l'agence commerciale, 2 place de la Gare.",
                "en écrivant à dpo@rta-tours.fr. Votre demande doit être accompagnée de la copie d'une pièce d'identité en cours de validité.",
            )
        ],
    ),
    (
        "fr-263",
        "major",
        ["R16"],
        False,
        False,
        "Durée de vie allongée : le cookie « \\_fbp » de Facebook passe de « 3 mois » à « 6 mois » (R16, sous le plafond de 13 mois).",
        [
            (
                "| \\_fbp | Facebook | .withings.com | Suivre les visites | Publicités personnalisées | 3 mois | Interne |",
                "| \\_fbp | Facebook | .withings.com | Suivre les visites | Publicités personnalisées | 6 mois | Interne |",
            )
        ],
    ),
    (
        "fresh-fr-06",
        "minor",
        ["R9", "R1"],
        False,
        False,
        "Conservation raccourcie : « Les données de prospection sont conservées 3 ans » devient « 2 ans » (R9) ; la phrase sur la lettre d'information est seulement reformulée (« Si vous l'acceptez, nous vous envoyons »).",
        [
            (
                "Les données de prospection sont conservées 3 ans après notre dernier échange.",
                "Les données de prospection sont conservées 2 ans après notre dernier échange.",
            ),
            (
                "Avec votre accord, nous vous adressons notre lettre d'information deux fois par mois.",
                "Si vous l'acceptez, nous vous envoyons notre lettre d'information deux fois par mois.",
            ),
        ],
    ),
    (
        "fr-191",
        "editorial",
        ["R1"],
        False,
        False,
        "Seules la date (« Politique mise à jour en novembre 2026 ») et une coquille d'en-tête de tableau (« POLÍTICADE » devient « POLÍTICA DE ») changent (R1).",
        [
            ("**Politique mise à jour en août 2022**", "**Politique mise à jour en novembre 2026**"),
            ("POLÍTICADE PRIVACIDAD", "POLÍTICA DE PRIVACIDAD"),
        ],
    ),
    (
        "fresh-fr-01",
        "major",
        ["R7", "R2"],
        False,
        False,
        "Nouvelle catégorie de données : « enregistrements de vos appels téléphoniques avec nos conseillers, conservés à des fins de formation et de preuve » (R7), avec de nouvelles finalités (R2).",
        [
            before(
                "- coordonnées bancaires (IBAN)",
                "- enregistrements de vos appels téléphoniques avec nos conseillers, conservés à des fins de formation et de preuve ;\n",
            )
        ],
    ),
    (
        "fr-053",
        "minor",
        ["R9"],
        False,
        False,
        "Moins de données utilisées : « un historique de 3 ans maximum » devient « un historique de 2 ans maximum » (R9).",
        [("reposent sur un historique de 3 ans maximum.", "reposent sur un historique de 2 ans maximum.")],
    ),
    (
        "fresh-fr-04",
        "editorial",
        ["R1"],
        False,
        True,
        "Pur changement de rendu : un paragraphe est recoupé en lignes de moins de 80 caractères (même rendu Markdown) et le gras « ** » devient « __ » ; aucun mot ne change (R1).",
        [
            (
                "Pour les données des élèves, le responsable de traitement est l'établissement scolaire (le chef d'établissement). La société ÉcoleConnect SAS, 5 rue du Faubourg, 69003 Lyon, agit comme sous-traitant et ne traite les données que sur instruction de l'établissement.",
                "Pour les données des élèves, le responsable de traitement est l'établissement\nscolaire (le chef d'établissement). La société ÉcoleConnect SAS, 5 rue du\nFaubourg, 69003 Lyon, agit comme sous-traitant et ne traite les données que\nsur instruction de l'établissement.",
            ),
            ("**En vigueur au 1er septembre 2025**", "__En vigueur au 1er septembre 2025__"),
        ],
    ),
    (
        "fr-201",
        "minor",
        ["R9", "R1"],
        False,
        False,
        "Conservation raccourcie : les photos de la galerie BZBXME sont supprimées « au plus tard un an » au lieu de « deux ans » après leur publication (R9) ; « préserver » devient « protéger » sans changement de sens.",
        [
            (
                "sont supprimées au plus tard deux ans après leur publication.",
                "sont supprimées au plus tard un an après leur publication.",
            ),
            (
                "BZB s’engage à préserver la confidentialité de vos données personnelles et à se conformer à toutes",
                "BZB s’engage à protéger la confidentialité de vos données personnelles et à respecter toutes",
            ),
        ],
    ),
    (
        "fresh-fr-05",
        "minor",
        ["R17", "R1"],
        False,
        False,
        "Le cookie « `__stripe_mid` » de Stripe est retiré du tableau (R17, cookie retiré) ; la date de mise à jour est éditoriale.",
        [
            drop("| `__stripe_mid` |"),
            ("_Dernière mise à jour : 4 avril 2026_", "_Dernière mise à jour : 1er décembre 2026_"),
        ],
    ),
    (
        "fr-215",
        "editorial",
        ["R1"],
        False,
        False,
        "Simple reformulation : « Vous pouvez vous opposer à tout moment à l’analyse Web par Google » devient « Vous pouvez à tout moment vous opposer à l’analyse Web réalisée par Google » (R1).",
        [
            (
                "Vous pouvez vous opposer à tout moment à l’analyse Web par Google.",
                "Vous pouvez à tout moment vous opposer à l’analyse Web réalisée par Google.",
            )
        ],
    ),
    (
        "fr-081",
        "editorial",
        ["R1"],
        False,
        False,
        "Tournures seulement : « Cliquez ici pour en savoir plus » devient « Pour en savoir plus, cliquez ici » (même lien) et « Elles peuvent également inclure » devient « Elles peuvent aussi inclure » (R1).",
        [
            (
                "Cliquez [ici](https://www.uber.com/us/en/drive/basics/how-ratings-work/) pour en savoir plus.",
                "Pour en savoir plus, cliquez [ici](https://www.uber.com/us/en/drive/basics/how-ratings-work/).",
            ),
            (
                "Elles peuvent également inclure les métadonnées relatives à la méthode que vous utilisez pour communiquer avec Uber.",
                "Elles peuvent aussi inclure les métadonnées relatives à la méthode que vous utilisez pour communiquer avec Uber.",
            ),
        ],
    ),
]


def build(corpus_dir: Path) -> Iterator[dict[str, Any]]:
    """The set's records; fresh bases join the corpus so every pair is built the same way."""
    bases = corpus_records(corpus_dir)
    bases.update({record["id"]: record for record in FRESH})
    return pairs(NAME, WRITTEN, bases, EDITS)


if __name__ == "__main__":
    rebuild(__file__, build)
