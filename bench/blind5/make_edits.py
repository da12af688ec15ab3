"""Blind set 5: eighty policy changes (forty English, forty French) the classifier has never seen.

Why it exists: the classifier's rules were tuned on the corpus and on earlier blind sets, so only changes
written after that tuning, by someone who never saw the classifier, measure how it does on a real release.
How it was written: on 28 November 2026, from design/legal-rules.md (R1-R17) alone, without opening the
classifier, its tests, its README sections or the earlier blind sets, and without ever running it. The
bases are twenty-two policies written here for companies in sectors no earlier set used (hotel, wearable,
crypto exchange, newspaper, pharmacy, estate agency, museum tickets, coworking, car rental, VPN, podcasts,
second-hand clothes, town hall, university, sports club, funeral services, solar panels, wedding planner,
toys, photo printing) and corpus records whose newest text becomes the old version. Each pair carries the
label the rules give its strongest edit; rationales quote the decisive words.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_edits import Pair, before, corpus_records, drop, pairs, rebuild

NAME = "blind5"
WRITTEN = "2026-11-28"

# ruff: noqa: E501
EN_HOTEL = """# Harbourline Hotels – Privacy Notice

*Last updated: 2 March 2026*

## 1. Who we are

Harbourline Hotels Ltd, 14 Quay Street, Cork, Ireland ("Harbourline", "we") operates 23 hotels in Ireland, the United Kingdom and France. We are the controller of the personal data described in this notice.

## 2. What we collect

When you book a room, stay with us or join Harbourline Rewards we collect:

- your name, postal address, email address and telephone number;
- your arrival and departure dates, room preferences and special requests;
- payment card details, which are tokenised by our payment provider;
- your loyalty number and the points you earn and spend;
- the registration card you sign at check-in, where national law requires it.

We do not ask for information about your health. If you tell us about an allergy or an accessibility need, we only use it to prepare your stay.

## 3. Why we use it

We use your data to take and manage bookings, to provide the services you request during your stay, to run the Rewards programme, to meet our legal obligations as a hotel operator and, where you agreed, to send you offers by email.

After each stay we send one satisfaction survey to help us improve our hotels.

## 4. How long we keep it

| Data | Retention period |
|---|---|
| Booking records | 2 years after departure |
| Guest folio and stay history | 3 years after check-out |
| Registration cards | 1 year, or longer where local law requires |
| Rewards account | until you close it, plus 12 months |

## 5. Your rights

You may ask for access to your data, its correction or deletion, restrict or object to its use, and ask for a portable copy. Write to privacy@harbourline.ie. You may also complain to the Data Protection Commission.
"""

EN_FITNESS = """# Pulsewise privacy policy

Hi! This page explains what the Pulsewise band and app do with your data. We've tried to keep it short and human.

## The short version

Your body data is yours. We use it to run the app and show you your own trends. We don't sell it, and we don't show you ads.

## What the band records

- Steps, distance and active minutes
- Heart rate, measured every five minutes and continuously during workouts
- Sleep duration and sleep stages
- Skin temperature, if you turn on the temperature feature

The app also stores your profile (name, email, year of birth, height and weight) and the goals you set.

## What we do with it

We use your data to:

1. sync the band with the app and back up your history;
2. calculate your daily scores, weekly trends and goal progress;
3. keep the service secure and fix bugs, using crash reports without your name;
4. answer you when you contact support.

We process your heart-rate, sleep and temperature data on the basis of your explicit consent, which you give when you pair the band. You can withdraw it in Settings > Privacy; the band will then only count steps.

## Who else sees it

Our cloud is hosted by Hetzner in Germany. Our support desk runs on Zendesk, which only sees what you write to us. Nobody else receives your data unless you connect another app yourself (for example Strava), and you can disconnect it at any time.

## How long we keep it

We keep your history for as long as you have an account. If you don't open the app for 3 years, we delete your account and all its data, after warning you by email.

## Your rights

You can download all your data as a CSV file from Settings > Export, delete your account from Settings > Account, and ask us anything at privacy@pulsewise.io. If you're not happy with our answer, you can complain to your data protection authority.

Pulsewise GmbH, Friedrichstraße 88, 10117 Berlin, Germany.
"""

EN_CRYPTO = """# Privacy Policy

**Koinvault Europe UAB** – effective 15 January 2026

## 1. Controller

The controller of your personal data is Koinvault Europe UAB, Konstitucijos pr. 7, Vilnius, Lithuania, a virtual asset service provider registered with the Financial Crime Investigation Service. Our data protection officer can be reached at dpo@koinvault.eu.

## 2. Categories of data

To open and operate your account we process:

- identification data: full name, date of birth, nationality, identity document and a liveness check;
- contact data: email address, telephone number and residential address;
- financial data: bank account details, source of funds declarations and transaction history;
- technical data: IP address, device identifiers and login timestamps.

## 3. Purposes and legal bases

We process identification and financial data to comply with our obligations under anti-money-laundering and counter-terrorist-financing law (legal obligation). We process contact and technical data to provide the exchange and custody services you signed up for (performance of a contract) and to protect your account from fraud (legitimate interest).

## 4. Recipients

We disclose personal data to identity-verification providers, banks and payment institutions that process your deposits and withdrawals, our auditors, and competent authorities when the law requires it.

## 5. Storage and transfers

We store your data in data centres in Ireland and Germany.

## 6. Retention

We keep identification and transaction records for eight years after the end of the business relationship, as anti-money-laundering law requires. Technical logs are kept for 12 months.

## 7. Your rights

You have the right to access, rectify and erase your data, to restrict or object to processing, and to data portability, within the limits set by anti-money-laundering law. To exercise your rights, email privacy@koinvault.eu from the address linked to your account. We reply within one month. You may lodge a complaint with the State Data Protection Inspectorate of Lithuania.
"""

EN_NEWS = """# Cookie policy

The Harbour Gazette uses cookies and similar technologies on harbourgazette.com and in our apps. This page lists them and explains your choices.

## What is a cookie?

A cookie is a small text file stored by your browser when you visit a website. It lets the site recognise your device on your next visit.

## Cookies we always use

Some cookies are needed to run the site: they keep you logged in to your subscription, remember your cookie choices and protect our comment section from spam. They do not require your consent.

## Cookies we use with your consent

With your permission, we use cookies to count our readers and understand which articles are read, and to remember the display settings you choose. We do not place advertising cookies on subscriber pages.

## The full list

| Cookie | Provider | Purpose | Lifetime |
|---|---|---|---|
| hg_auth | The Harbour Gazette | Keeps you logged in | Session |
| hg_consent | The Harbour Gazette | Stores your cookie choices | 6 months |
| hg_session_pref | The Harbour Gazette | Remembers font size and dark mode | 6 months |
| _pk_id | Matomo (self-hosted) | Audience measurement | 13 months |
| cf_clearance | Cloudflare | Protects the comments against bots | 30 minutes |

## How to change your mind

Click "Cookie settings" at the bottom of any page to withdraw or give consent at any time. Refusing is as easy as accepting: the "Reject all" button is always next to "Accept all". We keep your choice for six months and then ask again.

You can also delete cookies in your browser settings. If you block the cookies we always use, you may be unable to log in.

## Contact

Questions about cookies can be sent to privacy@harbourgazette.com or by post to The Harbour Gazette, Data Protection, 3 Mill Lane, Galway, Ireland.
"""

EN_PHARMACY = """# MedRight Pharmacy – How we handle your information

MedRight Pharmacy Ltd is a registered online pharmacy. Because the information you give us is often about your health, we hold ourselves to a high standard, and we want you to understand exactly what happens to it.

## Information we collect

- Your name, date of birth, delivery address, email and phone number.
- Your prescriptions, whether uploaded by you or sent electronically by your doctor.
- Answers to our health questionnaires for pharmacy medicines.
- Your order history and payment confirmation (we never see your full card number).

## Why we use it

We use your information to check that the medicines you order are safe and suitable for you, to dispense and deliver your order, to keep the records pharmacy law requires, and to answer your questions. We process health data because it is necessary for the provision of health care by our pharmacists.

We will never use your prescription history for marketing. If you agree to receive our newsletter, it is based only on the email address you gave us and the general product categories you choose.

## Who we share it with

We share your information only with:

- the pharmacist who reviews and dispenses your order;
- Parcelwise Ltd, our delivery partner, which receives your name and address only;
- your doctor, if we need to confirm a prescription;
- regulators, when the law requires it.

## How long we keep it

Prescription and dispensing records are kept for 10 years, as pharmacy regulations require. Marketing preferences are kept until you unsubscribe.

## Your choices and rights

You can access, correct or delete your information (except records we must keep by law), and object to marketing at any time by clicking "unsubscribe". Contact our Data Protection Officer at dpo@medright.co.uk or MedRight Pharmacy, Unit 4, Brook Park, Leeds LS11 5AB.

If you are unhappy with how we handled your information, you can complain to the Information Commissioner's Office.
"""

EN_ESTATE = """# Keystone Homes: your privacy questions answered

Keystone Homes is an estate agency selling and letting homes in Bristol and Bath. Here are the questions our clients ask most about their personal data.

**Who is responsible for my data?**

Keystone Homes Ltd, 21 Whiteladies Road, Bristol BS8 2LG. You can reach our privacy lead at privacy@keystonehomes.co.uk.

**What information do you hold about me?**

If you are selling or letting a property: your name, contact details, the property address, proof of ownership and the details you give us about the property. If you are buying or renting: your name, contact details, the properties you viewed, and, when you make an offer or apply for a tenancy, proof of identity and proof of address.

**Where do you get it?**

Directly from you, when you fill in a form, call us or visit one of our branches.

**What do you use it for?**

To market properties, arrange viewings, pass offers between buyers and sellers, prepare tenancy agreements, and carry out the identity checks that money-laundering rules require. If you ask for a valuation, we may send you our monthly market newsletter.

**Do you pass my details to anyone?**

We pass offers and contact details between the parties to a sale or letting, and we use a tenancy deposit scheme and a referencing agency for tenancies. We don't sell your details to anyone.

**How long do you keep it?**

Records of a completed sale or letting are kept for six years. Enquiries that don't lead anywhere are deleted after 18 months.

**Can I object to the newsletter?**

Yes. You can object at any time to our use of your data for the market newsletter by clicking the link at the bottom of any issue or by telling your branch.

**What are my other rights?**

You can ask for a copy of your data, have it corrected or deleted, or restrict its use. You can also complain to the Information Commissioner's Office.
"""

EN_MUSEUM = """# Cookies on Galleria Pass

Galleria Pass sells timed-entry tickets for 40 museums and galleries. This notice explains the cookies used on galleriapass.com.

## Essential cookies

These make the ticket shop work: they keep the tickets in your basket while you choose a time slot, remember the language you picked and secure the checkout. They are set without asking because the site would not work without them.

## Analytics cookies (optional)

If you accept them, we use analytics cookies to learn which exhibitions people look for and where they give up during checkout. We use the following providers:

- Plausible Analytics, which does not store personal data and runs on servers in the EU;
- Hotjar, which records anonymised heatmaps of how visitors scroll and click on our checkout pages.

Analytics cookies expire after 6 months.

## Marketing cookies

We do not use cookies for advertising and we do not let museums or any other third party place tracking cookies on our pages.

## Your choice

When you first visit, our banner lets you accept or refuse analytics cookies with one click. You can change your mind at any time using the "Cookie preferences" link in the footer. Your choice is remembered for six months.

If you refuse analytics cookies you can still buy tickets exactly as before.

## Managing cookies in your browser

Most browsers let you see, block and delete cookies. Look for "Privacy" or "Cookies" in your browser's settings. Blocking essential cookies will stop the basket from working.

## Questions

For any question about this cookie notice, write to hello@galleriapass.eu. Our full privacy notice explains how we process the personal data you give us when buying tickets.

Last reviewed: 10 April 2026
"""

EN_COWORK = """# Hive Desk privacy notice

Hive Desk Ltd runs coworking spaces in Manchester and Leeds. This notice covers members, day-pass users and visitors.

## Data we process

- **Members:** name, company, email, phone, billing details, membership plan, access badge number.
- **Visitors:** name, host member, time of arrival and departure.
- **Event guests:** name and email address given by the member who books a meeting room or an event.
- **Everyone:** CCTV images in entrances and corridors; Wi-Fi connection logs (device MAC address, time connected).

## Purposes

- Managing memberships and invoices (contract).
- Building security and access control (legitimate interest).
- Wi-Fi abuse prevention (legitimate interest).
- Community newsletter (consent; unsubscribe anytime).

## Sharing

- Our accounting software provider.
- Our security contractor, for CCTV maintenance only.
- Police, when legally required.

No data is sold. No data leaves the UK.

## Retention

- Membership records: 6 years after membership ends.
- Visitor log: 3 months.
- CCTV: 30 days, unless needed for an incident.
- Wi-Fi logs: 90 days.

## Security

Access badges are personal and must not be lent. Lost badges are deactivated as soon as you report them. CCTV cameras do not cover desks, meeting rooms, phone booths or toilets, and footage is viewed only by the community manager on duty or our security contractor after an incident.

## Rights

You may request access, correction, erasure, restriction, objection or portability. Requests are answered within one month, free of charge.

## Contact

Data Protection, Hive Desk Ltd
Unit 12, Ancoats Works
Manchester
M4 6BX
privacy@hivedesk.co.uk

Complaints: Information Commissioner's Office, ico.org.uk.
"""

EN_CARRENT = """# ROADMILE CAR RENTAL – PRIVACY POLICY

Version of 1 February 2026

**Article 1 – Controller.** Roadmile Rent A Car B.V., Stationsplein 45, 3511 ED Utrecht, the Netherlands ("Roadmile") is the controller for the processing described in this policy.

**Article 2 – Data collected.** When you rent a vehicle, Roadmile collects: your identity and contact details; a copy of your driving licence and identity document; your payment card details; the rental agreement, including pick-up and return stations, dates and mileage; and, for vehicles fitted with a telematics unit, the vehicle's location, speed and fuel level during the rental.

**Article 3 – Purposes and legal bases.**
(a) Performing the rental agreement, including invoicing fuel, mileage, tolls and damage: performance of the contract.
(b) Checking the validity of your driving licence: performance of the contract.
(c) Locating the vehicle in case of theft, breakdown or late return using telematics data: performance of the contract.
(d) Handling traffic fines incurred during the rental: legal obligation.
(e) Sending you offers by email: your consent, which you may withdraw at any time.

**Article 4 – Recipients.** Data is disclosed to the franchisee operating your rental station, to our roadside assistance provider, to our insurer in the event of an accident, and to the authorities that issue traffic fines.

**Article 5 – Retention.** Rental agreements and invoices are kept for 7 years for accounting purposes. Copies of driving licences and identity documents are kept for 5 years after the end of the rental. Telematics data is deleted 30 days after the vehicle is returned, unless an incident is under investigation.

**Article 6 – Rights.** You may exercise your rights of access, rectification, erasure, restriction, objection and portability by writing to privacy@roadmile.eu. Requests are answered within one month of receipt. You may also lodge a complaint with the Autoriteit Persoonsgegevens.

**Article 7 – Changes.** Roadmile will inform customers by email of any significant change to this policy at least one month before it applies.
"""

EN_VPN = """# Tunnelfox Privacy Policy

Tunnelfox exists so that you can use the internet without being watched. This policy is written to be checked: every claim below is covered by our annual independent audit.

## Logs

We never log your browsing activity, DNS queries or the IP addresses you connect from. Our servers run from RAM, so nothing survives a reboot.

To keep the service working we keep only aggregate numbers: the total bandwidth used per server and the number of simultaneous connections per account (to enforce the device limit). These counters are not linked to any time or destination.

## Account data

To create an account you only need an email address. You can also create an account with no email at all, using a randomly generated account number.

## Payments

We accept card payments, PayPal, Bitcoin and cash by post. Payments are handled by the following processors:

- Stripe (cards)
- PayPal
- BitPay (cryptocurrency)

These processors see your payment details; we only receive confirmation that an account has been paid and until when.

## Apps and website

Our apps send no analytics. Crash reports are off by default; if you turn them on, they contain the app version and the error, never your IP address. Our website uses no third-party cookies and no tracking pixels.

## Retention

We delete your email address and payment confirmation 30 days after your subscription ends.

## Legal requests

Tunnelfox AG is based in Switzerland. When we receive a legal request for user data, we can only hand over what we have: the email address and subscription status of an account. We publish the number of requests we receive each year.

## Your rights

You can delete your account yourself in the app. For any other request, email privacy@tunnelfox.ch.

Tunnelfox AG, Bahnhofstrasse 20, 8001 Zürich, Switzerland
"""

EN_PODCAST = """# Earshot cookie notice

Earshot is a podcast listening and hosting platform. This notice explains the cookies and similar technologies used on earshot.fm and in the web player embedded on other sites.

## Why we use cookies

We use cookies to keep you signed in, to remember where you stopped listening, to count downloads for podcasters, and, if you agree, to understand how people find shows on Earshot.

## Cookies used

| Name | Set by | Purpose | Category | Duration |
| --- | --- | --- | --- | --- |
| es_session | Earshot | Keeps you signed in | Strictly necessary | Session |
| es_resume | Earshot | Remembers your playback position | Functional | 6 months |
| es_consent | Earshot | Stores your cookie choice | Strictly necessary | 6 months |
| _ga | Google Analytics | Measures how listeners find shows | Analytics | 13 months |
| mp_distinct_id | Mixpanel | Measures which player features are used | Analytics | 12 months |
| chartable_id | Chartable | Attributes downloads to marketing campaigns | Analytics | 12 months |

## Consent

Strictly necessary and functional cookies are set when you use the site. Analytics cookies are only set if you click "Accept" on our banner. You can refuse them with "Reject" on the same banner, and change your decision at any time from the "Cookies" link in the footer of every page.

## Embedded players

When a website embeds the Earshot player, only the strictly necessary cookies and es_resume are set. Analytics cookies are never set in embedded players.

## Download counting

Podcast apps download episodes directly from our servers. To count downloads, we process the IP address and user agent of the app and discard the IP address after 24 hours.

## Contact

Earshot Media Ltd, 40 Tabernacle Street, London EC2A 4DD. Email: privacy@earshot.fm
"""

EN_RESALE = """# Rewear Privacy Policy

Welcome to Rewear, the marketplace for pre-loved clothes! Here's how we treat the information you share with us while you buy, sell and chat.

## About us

Rewear is run by Rewear SAS, 12 rue du Faubourg Saint-Denis, 75010 Paris, France. We're the controller of your data.

## Selling on Rewear

When you list an item, we use the photos, description, size and price you provide to show your listing to other members. Your username, your rating and the city you ship from are public; your full name and address are only shared with a buyer once they have paid.

## Buying on Rewear

When you buy, we pass your name and delivery address to the seller and to the shipping carrier you choose. Payments are handled by Mangopay, which checks sellers' identities as the law requires.

## Chatting with other members

Messages between members are stored so that we can help if something goes wrong with an order. Our moderation team reads messages only when a member reports them or when our automatic filters detect a likely scam.

## Emails from us

We send you emails about your orders and your listings. With your agreement, we also send a weekly "Similar items" email based on your favourites.

## How long we keep things

- Your account: until you close it.
- Listings and messages: 2 years after your last activity.
- Transaction records: 10 years (French accounting law).

## Your rights

You can access, correct, download or delete your data, object to processing based on our legitimate interests, and withdraw your consent to marketing emails at any time. Just write to privacy@rewear.fr. You can also complain to the CNIL.

## Changes

If we make important changes to this policy, we'll tell you by email and in the app before they apply.
"""

FR_MAIRIE = """# Mairie de Saint-Aubin-sur-Loire – Politique de protection des données personnelles

## Article 1 – Responsable du traitement

La commune de Saint-Aubin-sur-Loire, représentée par son maire, 1 place de la Mairie, 49170 Saint-Aubin-sur-Loire, est responsable des traitements de données mis en œuvre pour les démarches en ligne proposées sur le site www.saint-aubin-sur-loire.fr.

## Article 2 – Démarches concernées

La présente politique s'applique aux démarches suivantes :

- inscription à la restauration scolaire et à l'accueil périscolaire ;
- réservation des salles municipales ;
- demandes d'actes d'état civil ;
- inscription à la lettre d'information municipale.

## Article 3 – Finalités et bases légales

Les données sont traitées pour l'exécution des missions d'intérêt public dont la commune est investie (restauration scolaire, accueil périscolaire, état civil) et pour l'exécution du contrat de location des salles. L'inscription à la lettre d'information repose sur votre consentement, que vous pouvez retirer à tout moment grâce au lien de désinscription.

## Article 4 – Destinataires

Les données sont destinées aux seuls agents municipaux habilités des services Enfance, Vie associative et État civil. Les données de facturation de la restauration scolaire sont transmises au Trésor public pour le recouvrement.

## Article 5 – Durées de conservation

Les données d'inscription à la restauration scolaire sont conservées deux ans après la fin de l'année scolaire concernée. Les demandes de réservation de salles sont conservées un an après la date de l'événement. Les données relatives à l'état civil sont conservées selon les règles applicables aux archives publiques.

## Article 6 – Vos droits

Vous disposez d'un droit d'accès, de rectification, d'effacement et de limitation du traitement de vos données, ainsi que d'un droit d'opposition pour motif légitime. Vous pouvez exercer ces droits auprès du délégué à la protection des données mutualisé du Centre de gestion de Maine-et-Loire, par courriel à dpd@cdg49.fr ou par courrier à la mairie.

Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL.

Dernière mise à jour : 12 janvier 2026
"""

FR_UNIV = """# Université Pascal-Véran – Données personnelles des étudiants et candidats

L'Université Pascal-Véran, établissement public à caractère scientifique, culturel et professionnel, dont le siège est situé 20 avenue des Facultés, 63000 Clermont-Ferrand, traite des données personnelles dans le cadre de ses missions de service public d'enseignement supérieur.

## 1. Quelles données ?

- État civil, coordonnées et numéro INE ;
- parcours scolaire et universitaire, relevés de notes, diplômes ;
- pièces justificatives déposées lors de la candidature ;
- situation au regard des bourses et des aménagements d'études (sur déclaration de l'étudiant) ;
- données de connexion à l'environnement numérique de travail (ENT).

## 2. Pour quoi faire ?

- Examiner les candidatures en master et en licence professionnelle ;
- gérer les inscriptions administratives et pédagogiques ;
- organiser les examens et délivrer les diplômes ;
- établir des statistiques anonymes sur la réussite et l'insertion professionnelle.

Les candidatures sont examinées par la commission pédagogique de chaque formation, qui prend seule la décision d'admission.

## 3. Qui y a accès ?

Les services de scolarité, les équipes pédagogiques, le service de santé universitaire pour les aménagements d'études, et le ministère chargé de l'enseignement supérieur pour les remontées statistiques.

Toutes les données sont hébergées sur les serveurs de l'université ou chez des prestataires situés en France.

## 4. Combien de temps ?

Les dossiers des candidats non retenus sont conservés un an. Les dossiers des étudiants sont conservés conformément aux règles d'archivage des établissements d'enseignement supérieur ; les procès-verbaux de délibération sont conservés sans limitation de durée.

## 5. Vos droits

Vous pouvez accéder à vos données, les faire rectifier, demander la limitation de leur traitement et vous opposer, pour des raisons tenant à votre situation particulière, aux traitements qui ne sont pas imposés par la loi. Adressez votre demande au délégué à la protection des données : dpo@univ-pascal-veran.fr.

Vous pouvez également introduire une réclamation auprès de la CNIL.
"""

FR_CLUB = """# Club Athlétique de Vernoux – Vos données au club

Bienvenue au CAV ! Le club est une association loi 1901 gérée par des bénévoles. Voici, simplement, ce que nous faisons des informations que vous nous confiez en prenant votre licence.

## Ce que nous demandons

- vos nom, prénom, date de naissance et sexe (pour la licence et les catégories) ;
- votre adresse, votre e-mail et votre téléphone ;
- pour les mineurs, les coordonnées d'un parent ;
- le certificat médical ou l'attestation du questionnaire de santé exigé par la fédération ;
- une photo si vous souhaitez une carte de membre.

## Pourquoi

- prendre votre licence auprès de la fédération ;
- vous inscrire aux compétitions ;
- vous prévenir des entraînements, des sorties et de l'assemblée générale ;
- publier les résultats des compétitions sur notre site et notre page Facebook.

## Qui voit vos données

Le bureau du club (président, secrétaire, trésorier) et les entraîneurs de votre groupe. Vos données sont transmises à la fédération pour la licence et aux organisateurs des compétitions auxquelles vous êtes inscrit. Rien d'autre, et nous ne les vendons évidemment pas.

## Les photos

Nous prenons des photos pendant les entraînements et les compétitions. Elles sont publiées sur notre site et notre page Facebook. Si vous ne souhaitez pas apparaître, dites-le au secrétariat : nous retirerons les photos concernées.

## Combien de temps

Nous gardons vos coordonnées pendant trois saisons après votre dernière licence, pour vous inviter à revenir. Les photos publiées restent en ligne cinq ans.

## Vos droits

Vous pouvez consulter, corriger ou faire supprimer vos données et vous opposer à la publication de vos résultats en écrivant à secretariat@ca-vernoux.fr. En cas de désaccord, vous pouvez saisir la CNIL.
"""

FR_FUNERAL = """# POMPES FUNÈBRES DELORME & FILS – MENTIONS RELATIVES À LA PROTECTION DES DONNÉES

**Responsable du traitement :** Delorme & Fils SARL, entreprise de pompes funèbres habilitée par la préfecture du Rhône, 8 rue des Tilleuls, 69005 Lyon, immatriculée au RCS de Lyon.

**Personnes concernées.** Les présentes mentions concernent les familles et les personnes qui organisent des obsèques, souscrivent un contrat obsèques ou déposent un message sur nos pages de condoléances en ligne.

**Données traitées.** Nous traitons l'identité et les coordonnées de la personne qui organise les obsèques ; les informations relatives au défunt nécessaires aux démarches administratives (état civil, acte de décès, lieu d'inhumation ou de crémation) ; les choix relatifs à la cérémonie ; les informations de paiement ; pour les contrats obsèques, l'identité du souscripteur et des bénéficiaires désignés.

**Finalités et fondements.** Ces données sont traitées pour l'exécution du contrat de prestations funéraires ou du contrat obsèques, pour l'accomplissement des formalités légales auprès de la mairie et de l'état civil, et pour la publication des avis de décès et des pages de condoléances à la demande de la famille.

**Destinataires.** Les données sont communiquées, dans la stricte mesure nécessaire, aux mairies, aux cimetières et crématoriums, aux lieux de culte choisis par la famille, à l'organisme assureur du contrat obsèques et aux journaux dans lesquels la famille fait publier un avis.

**Conservation.** Les dossiers d'obsèques sont conservés dix ans à compter de la prestation. Les pages de condoléances sont supprimées un an après leur publication, ou plus tôt à la demande de la famille.

**Droits.** Vous disposez des droits d'accès, de rectification, d'effacement, de limitation et d'opposition. Ces droits s'exercent gratuitement, par courrier à l'adresse ci-dessus ou par courriel à contact@pf-delorme.fr. Une réponse vous est apportée dans un délai d'un mois. Vous pouvez introduire une réclamation auprès de la CNIL.

*Mise à jour : mars 2026.*
"""

FR_SOLAR = """# Soleo Énergie – Politique de confidentialité

Soleo Énergie SAS installe et entretient des panneaux photovoltaïques pour les particuliers dans le Sud-Ouest. Nous attachons une grande importance à la confidentialité des informations que vous nous confiez.

## Les données que nous collectons

Lors d'une demande de devis, d'une visite technique puis de l'installation, nous recueillons :

- vos nom, adresse, e-mail et téléphone ;
- les caractéristiques de votre logement et de votre toiture (orientation, surface, photos prises lors de la visite) ;
- votre consommation électrique, à partir des factures que vous nous transmettez ;
- après l'installation, les données de production de vos panneaux, transmises par l'onduleur connecté.

## Pourquoi nous les utilisons

| Finalité | Base légale |
| --- | --- |
| Établir votre devis et réaliser l'installation | Mesures précontractuelles et exécution du contrat |
| Effectuer les démarches de raccordement auprès d'Enedis | Exécution du contrat |
| Suivre la production de vos panneaux et détecter les pannes | Exécution du contrat |
| Vous adresser nos offres d'entretien | Intérêt légitime |

## Avec qui nous les partageons

Nos équipes de poseurs, le fabricant de l'onduleur pour la garantie, Enedis pour le raccordement et, si vous financez votre installation à crédit, l'organisme de crédit que vous avez choisi.

## Combien de temps nous les gardons

Pendant toute la durée du contrat d'entretien, puis cinq ans. Les devis non signés sont supprimés au bout de trois ans.

## Vos droits

Vous pouvez accéder à vos données, les rectifier, les effacer, en limiter l'usage, vous opposer à nos offres commerciales et demander la portabilité des données de production. Écrivez-nous à donnees@soleo-energie.fr ou au 14 chemin de la Garonne, 31200 Toulouse. Vous pouvez aussi saisir la CNIL.
"""

FR_WEDDING = """# Oui Pour Toujours – Vos données, vos questions

Organiser un mariage, c'est nous confier beaucoup d'informations, sur vous et sur vos proches. Voici nos réponses aux questions que vous nous posez le plus souvent.

### Qui est responsable de mes données ?

Oui Pour Toujours SARL, agence d'organisation de mariages, 5 cours Mirabeau, 13100 Aix-en-Provence.

### Quelles informations recueillez-vous ?

Vos noms et coordonnées, la date et le lieu envisagés, votre budget, vos souhaits pour la cérémonie et la réception, et la liste de vos invités (noms, adresses, régimes alimentaires éventuels) si vous nous confiez l'envoi des faire-part ou le plan de table.

### À quoi servent-elles ?

À préparer votre devis, à organiser votre mariage avec les prestataires que vous avez retenus, à envoyer les faire-part et à gérer les réponses de vos invités.

### Transmettez-vous la liste de mes invités ?

Nous ne transmettons jamais la liste de vos invités à nos prestataires partenaires. Le traiteur reçoit uniquement le nombre de couverts et les régimes alimentaires, sans les noms.

### Combien de temps gardez-vous mes informations ?

Votre dossier est conservé trois ans après le mariage, puis supprimé. La liste des invités est effacée six mois après la date du mariage.

### Puis-je recevoir vos inspirations et nouveautés ?

Oui, si vous cochez la case prévue dans le formulaire de contact. Vous pouvez vous désinscrire à tout moment grâce au lien présent dans chaque e-mail.

### Comment exercer mes droits ?

Vous pouvez demander l'accès à vos données, leur rectification, leur effacement ou leur portabilité, et vous opposer à leur traitement. Écrivez-nous à bonjour@ouipourtoujours.fr ou appelez le 04 42 00 00 00. Vous pouvez aussi adresser une réclamation à la CNIL.
"""

FR_TOYS = """# Jouets Brindille – Politique relative aux cookies

Jouets Brindille fabrique des jouets en bois dans le Jura et les vend sur brindille-jouets.fr. Lorsque vous visitez notre boutique en ligne, des cookies peuvent être déposés sur votre terminal. Nous vous expliquons ici lesquels, et comment les refuser.

## Les cookies indispensables

Ils permettent le fonctionnement de la boutique : conservation de votre panier, connexion à votre compte, sécurisation du paiement et mémorisation de vos choix en matière de cookies. Ils ne nécessitent pas votre consentement.

## Les cookies soumis à votre consentement

Avec votre accord, nous utilisons :

- des cookies de **mesure d'audience** (Matomo), pour savoir quelles pages sont consultées et améliorer la boutique ;
- des cookies de **personnalisation**, pour vous suggérer des jouets adaptés à l'âge des enfants que vous avez indiqué ;
- des cookies de **réseaux sociaux** (Pinterest), qui permettent d'épingler nos jouets et nous indiquent le nombre d'épingles.

Ces cookies ont une durée de vie de 6 mois.

## Les cookies que nous n'utilisons pas

Nous n'utilisons pas de cookies publicitaires et ne participons à aucune plateforme d'enchères publicitaires.

## Comment faire votre choix

Lors de votre première visite, un bandeau vous permet d'accepter ou de refuser ces cookies, finalité par finalité, avec des boutons « Tout accepter » et « Tout refuser » de même taille. Votre choix est conservé six mois.

Vous pouvez modifier votre choix à tout moment grâce au lien « Gérer mes cookies » situé en bas de chaque page. Vous pouvez aussi configurer votre navigateur pour bloquer les cookies, mais certaines fonctions de la boutique, comme le panier, ne fonctionneront plus.

## Contact

Pour toute question : Jouets Brindille SAS, 3 rue des Artisans, 39200 Saint-Claude – contact@brindille-jouets.fr.

Mise à jour : 4 février 2026
"""

FR_PHOTO = """# Tirage Lumière – Cookies et traceurs

Sur tiragelumiere.fr, nous utilisons des cookies pour faire fonctionner le service d'impression de vos photos et, si vous l'acceptez, pour mesurer l'audience et personnaliser nos offres.

## Liste des cookies

| Cookie | Émetteur | Finalité | Consentement | Durée |
| --- | --- | --- | --- | --- |
| TL_SESSION | Tirage Lumière | Conserver vos photos téléversées et votre panier | Non requis | Session |
| TL_CONSENT | Tirage Lumière | Enregistrer vos choix en matière de cookies | Non requis | 6 mois |
| _pk_id | Matomo | Mesure d'audience | Requis | 13 mois |
| _fbp | Meta | Mesure de l'efficacité de nos publicités | Requis | 3 mois |
| _pin_unauth | Pinterest | Mesure de l'efficacité de nos publicités | Requis | 12 mois |

## Vos choix

Les cookies dont la colonne « Consentement » indique « Requis » ne sont déposés qu'après votre accord, donné dans le bandeau qui s'affiche lors de votre première visite. Vous pouvez refuser d'un simple clic sur « Continuer sans accepter ».

Vous pouvez retirer votre consentement à tout moment via le lien « Cookies » présent en bas de chaque page ; le retrait est aussi simple que l'acceptation et les cookies concernés sont alors supprimés.

## Vos photos

Les photos que vous téléversez ne sont jamais lues par des cookies ni transmises aux émetteurs de cookies publicitaires. Elles sont utilisées uniquement pour l'impression de vos commandes et supprimées trois mois après la livraison.

## Pour en savoir plus

Notre politique de confidentialité décrit l'ensemble des traitements de données réalisés par Tirage Lumière SAS, 27 rue de la République, 69002 Lyon. Pour toute question relative aux cookies : dpo@tiragelumiere.fr.
"""

FR_PHARMA = """# Pharmacie du Marché en ligne – Protection de vos données de santé

La Pharmacie du Marché, officine située 2 place du Marché, 35000 Rennes, exploite le site de vente en ligne de médicaments pharmaciedumarche.fr, autorisé par l'Agence régionale de santé de Bretagne. Le pharmacien titulaire est responsable du traitement de vos données.

## Données collectées

Lorsque vous commandez, nous collectons :

- vos nom, prénom, date de naissance, adresse de livraison, e-mail et téléphone ;
- vos réponses au questionnaire de santé préalable à la délivrance de certains médicaments (âge, poids, traitements en cours, allergies, grossesse) ;
- l'historique de vos commandes.

## Utilisation

Ces données permettent au pharmacien de vérifier l'absence de contre-indication avant la délivrance, de préparer et expédier votre commande, de répondre à vos questions et de respecter nos obligations de traçabilité. Les données de santé sont traitées sous la responsabilité du pharmacien, tenu au secret professionnel.

Si vous l'acceptez, nous vous envoyons également des rappels de renouvellement de vos produits habituels.

## Destinataires

Les données sont accessibles au pharmacien et aux préparateurs de l'officine. Le transporteur ne reçoit que votre nom et votre adresse. Le site est hébergé par un hébergeur certifié pour les données de santé (HDS), situé en France.

## Conservation

Les données de commande sont conservées deux ans à compter de la dernière commande ; les données du questionnaire de santé, le temps nécessaire à la délivrance puis archivées pendant la durée légale.

## Vos droits

Vous pouvez exercer vos droits d'accès, de rectification, d'effacement et de limitation en écrivant à rgpd@pharmaciedumarche.fr ou à l'adresse de l'officine. Vous pouvez retirer à tout moment votre accord pour les rappels de renouvellement. Vous disposez du droit d'introduire une réclamation auprès de la CNIL.
"""

FR_HOTEL = """# Hôtel Les Tilleuls – Confidentialité

Hôtel Les Tilleuls, SARL au capital de 50 000 €, 9 quai des Tilleuls, 74000 Annecy.

## 1. Données

Réservation : nom, prénom, e-mail, téléphone, dates de séjour, nombre de personnes, demandes particulières.
Paiement : carte bancaire (garantie et règlement), via notre terminal de paiement sécurisé.
Séjour : fiche de police pour les clients étrangers, consommations au bar et au restaurant.

## 2. Finalités

- Gestion des réservations et des séjours (contrat).
- Tenue de la fiche de police (obligation légale).
- Envoi d'un questionnaire de satisfaction après le séjour (intérêt légitime).
- Lettre d'information saisonnière (consentement).

## 3. Outils et prestataires

Nos réservations en ligne passent par le moteur de réservation Reservit. Notre logiciel hôtelier est fourni par Misterbooking. Nous recevons aussi des réservations via Booking.com et Expedia, qui vous fournissent leur propre politique de confidentialité.

## 4. Conservation

- Données de réservation et de séjour : 3 ans après le départ.
- Fiches de police : 6 mois.
- Lettre d'information : jusqu'à votre désinscription.

## 5. Droits

Accès, rectification, effacement, limitation, opposition, portabilité : écrivez à reception@hotel-tilleuls-annecy.fr ou à l'adresse de l'hôtel. Nous répondons sous un mois. Réclamation possible auprès de la CNIL (www.cnil.fr).

## 6. Sécurité

Les données sont stockées en France. L'accès au logiciel hôtelier est protégé par un mot de passe individuel pour chaque membre du personnel. Les numéros de carte bancaire ne sont jamais conservés par l'hôtel.

## 7. Caméras

Le parking et le hall d'entrée sont placés sous vidéoprotection pour la sécurité des clients et des biens. Les images sont conservées quinze jours et ne sont consultées qu'en cas d'incident. Un panneau vous en informe à l'entrée.

Dernière modification : 1er septembre 2025.
"""

FRESH: dict[str, dict[str, Any]] = {
    record[0]: {"id": record[0], "lang": record[0][6:8], "policy": record[1], "service": record[2], "new": record[3]}
    for record in [
        ("fresh-en-01", "privacy", "Harbourline Hotels", EN_HOTEL),
        ("fresh-en-02", "privacy", "Pulsewise", EN_FITNESS),
        ("fresh-en-03", "privacy", "Koinvault", EN_CRYPTO),
        ("fresh-en-04", "cookies", "The Harbour Gazette", EN_NEWS),
        ("fresh-en-05", "privacy", "MedRight Pharmacy", EN_PHARMACY),
        ("fresh-en-06", "privacy", "Keystone Homes", EN_ESTATE),
        ("fresh-en-07", "cookies", "Galleria Pass", EN_MUSEUM),
        ("fresh-en-08", "privacy", "Hive Desk", EN_COWORK),
        ("fresh-en-09", "privacy", "Roadmile", EN_CARRENT),
        ("fresh-en-10", "privacy", "Tunnelfox", EN_VPN),
        ("fresh-en-11", "cookies", "Earshot", EN_PODCAST),
        ("fresh-en-12", "privacy", "Rewear", EN_RESALE),
        ("fresh-fr-01", "privacy", "Mairie de Saint-Aubin-sur-Loire", FR_MAIRIE),
        ("fresh-fr-02", "privacy", "Université Pascal-Véran", FR_UNIV),
        ("fresh-fr-03", "privacy", "Club Athlétique de Vernoux", FR_CLUB),
        ("fresh-fr-04", "privacy", "Pompes Funèbres Delorme & Fils", FR_FUNERAL),
        ("fresh-fr-05", "privacy", "Soleo Énergie", FR_SOLAR),
        ("fresh-fr-06", "privacy", "Oui Pour Toujours", FR_WEDDING),
        ("fresh-fr-07", "cookies", "Jouets Brindille", FR_TOYS),
        ("fresh-fr-08", "cookies", "Tirage Lumière", FR_PHOTO),
        ("fresh-fr-09", "privacy", "Pharmacie du Marché", FR_PHARMA),
        ("fresh-fr-10", "privacy", "Hôtel Les Tilleuls", FR_HOTEL),
    ]
}

REWEAR_EMAILS = '## Emails from us\n\nWe send you emails about your orders and your listings. With your agreement, we also send a weekly "Similar items" email based on your favourites.\n\n'
SCALEWAY_OPERA = "### Opera\n\n1. Click Preferences and then Advanced.\n2. Select an option relating to Cookies.\n\n"
WEDDING_NEWS = "### Puis-je recevoir vos inspirations et nouveautés ?\n\nOui, si vous cochez la case prévue dans le formulaire de contact. Vous pouvez vous désinscrire à tout moment grâce au lien présent dans chaque e-mail.\n\n"

EDITS: list[Pair] = [
    # ---------------------------------------------------------------- English
    (
        "fresh-en-01",
        "major",
        ["R8", "R1"],
        False,
        False,
        'Guest folio retention goes from "3 years after check-out" to "6 years after check-out": longer retention (R8); the "Last updated" stamp is editorial.',
        [
            (
                "| Guest folio and stay history | 3 years after check-out |",
                "| Guest folio and stay history | 6 years after check-out |",
            ),
            ("*Last updated: 2 March 2026*", "*Last updated: 28 November 2026*"),
        ],
    ),
    (
        "en-034",
        "major",
        ["R15", "R2"],
        True,
        False,
        'The site no longer "exclusively uses First-Party cookies": it adds "advertising cookies set by Meta Platforms to measure our marketing campaigns", a new third-party vendor and purpose needing consent (R15).',
        [
            (
                "website exclusively uses First-Party cookies.",
                "website uses First-Party cookies and, if you accept them, advertising cookies set by Meta Platforms to measure our marketing campaigns.",
            )
        ],
    ),
    (
        "fresh-en-01",
        "minor",
        ["R9", "R1"],
        False,
        False,
        'Adds a new opt-out: "You can opt out of these surveys at check-in or from the link in any survey email" (R9); "your bookings" is a rewording.',
        [
            (
                "help us improve our hotels.",
                "help us improve our hotels. You can opt out of these surveys at check-in or from the link in any survey email.",
            ),
            ("We use your data to take and manage bookings", "We use your data to take and manage your bookings"),
        ],
    ),
    (
        "fresh-en-02",
        "major",
        ["R2"],
        False,
        False,
        'A new purpose is added: "train and improve the machine-learning models behind our coaching features, using your heart-rate and sleep history" (R2).',
        [
            (
                "4. answer you when you contact support.",
                "4. answer you when you contact support;\n5. train and improve the machine-learning models behind our coaching features, using your heart-rate and sleep history.",
            )
        ],
    ),
    (
        "en-113",
        "minor",
        ["R17"],
        False,
        False,
        'The "Targeting cookies" category is removed from the list of cookies used: a cookie category removed (R17).',
        [drop("*   **Targeting cookies.**")],
    ),
    (
        "fresh-en-03",
        "major",
        ["R6", "R5"],
        False,
        False,
        'Adds a support provider "located in the Philippines" with access to contact data and transaction history under "standard contractual clauses": a new transfer outside the EU (R6) and a new recipient (R5).',
        [
            (
                "We store your data in data centres in Ireland and Germany.",
                "We store your data in data centres in Ireland and Germany. Our customer-support provider, located in the Philippines, can access your contact data and transaction history to answer your tickets; this transfer is covered by the European Commission's standard contractual clauses.",
            )
        ],
    ),
    (
        "fresh-en-04",
        "editorial",
        ["R1"],
        False,
        True,
        'Pure re-rendering: the table delimiter row "|---|---|---|---|" gets spaces and the e-mail address becomes an autolink "<privacy@harbourgazette.com>"; every sentence is the same.',
        [
            ("|---|---|---|---|", "| --- | --- | --- | --- |"),
            ("sent to privacy@harbourgazette.com or", "sent to <privacy@harbourgazette.com> or"),
        ],
    ),
    (
        "en-167",
        "rights_reducing",
        ["R12"],
        False,
        False,
        'The promise "we are not in the business of selling it to others" becomes "we may sell it to carefully selected partners": a negation flip (R12).',
        [
            (
                "and we are not in the business of selling it to others.",
                "and we may sell it to carefully selected partners.",
            )
        ],
    ),
    (
        "fresh-en-02",
        "major",
        ["R11", "R2"],
        False,
        False,
        'Introduces automated decision-making: sleep and activity history "is used to calculate automatically, without human review, the discount you receive on partner health-insurance premiums" (R11).',
        [
            before(
                "We process your heart-rate, sleep and temperature data",
                "If you join the Pulsewise Perks programme, your sleep and activity history is used to calculate automatically, without human review, the discount you receive on partner health-insurance premiums.\n\n",
            )
        ],
    ),
    (
        "fresh-en-03",
        "major",
        ["R3", "R1"],
        False,
        False,
        'The controller changes from "Koinvault Europe UAB" in Vilnius to "Koinvault Digital Assets Ltd" in Malta (R3); the effective date moves with it.',
        [
            (
                "The controller of your personal data is Koinvault Europe UAB, Konstitucijos pr. 7, Vilnius, Lithuania, a virtual asset service provider registered with the Financial Crime Investigation Service.",
                "Following the transfer of our European business, the controller of your personal data is Koinvault Digital Assets Ltd, Triq il-Wied, Birkirkara, Malta, a virtual financial asset service provider licensed by the Malta Financial Services Authority.",
            ),
            (
                "**Koinvault Europe UAB** – effective 15 January 2026",
                "**Koinvault Digital Assets Ltd** – effective 1 January 2027",
            ),
        ],
    ),
    (
        "en-034",
        "editorial",
        ["R1"],
        False,
        True,
        'Pure re-rendering: the setext heading "Cookies\\n=======" becomes the ATX heading "# Cookies", same level and words.',
        [("Cookies\n=======", "# Cookies")],
    ),
    (
        "fresh-en-04",
        "major",
        ["R16"],
        False,
        False,
        'The lifetime of hg_session_pref goes from "6 months" to "12 months": a longer cookie lifetime still under 13 months (R16).',
        [("| Remembers font size and dark mode | 6 months |", "| Remembers font size and dark mode | 12 months |")],
    ),
    (
        "fresh-en-05",
        "major",
        ["R5"],
        False,
        False,
        'A new recipient joins the list "We share your information only with": "Medisafe Labels Ltd, which prints the dispensing labels ... receives your name and the medicine prescribed" (R5).',
        [
            before(
                "- regulators, when the law requires it.",
                "- Medisafe Labels Ltd, which prints the dispensing labels for your medicines and receives your name and the medicine prescribed;\n",
            )
        ],
    ),
    (
        "en-006",
        "major",
        ["R5"],
        False,
        False,
        'A new subprocessor row "Mistral AI SAS | AI Inference and AI Services" is added to the list: a new recipient (R5).',
        [
            before(
                "| Microsoft (Azure)               | Cognitive",
                "| Mistral AI SAS                  | AI Inference and AI Services                                                   | France                                            | France             |\n",
            )
        ],
    ),
    (
        "fresh-en-02",
        "minor",
        ["R9", "R1"],
        False,
        False,
        'Inactive accounts are deleted after "2 years" instead of "3 years": shorter retention (R9); "in plain English" is a rewording.',
        [
            ("If you don't open the app for 3 years", "If you don't open the app for 2 years"),
            ("We've tried to keep it short and human.", "We've tried to keep it short and in plain English."),
        ],
    ),
    (
        "fresh-en-03",
        "rights_reducing",
        ["R4"],
        False,
        False,
        'Exercising rights now requires to "attach a certified copy of your identity document and a selfie holding it": a harder way to exercise rights (R4).',
        [
            (
                "from the address linked to your account.",
                "from the address linked to your account and attach a certified copy of your identity document and a selfie holding it.",
            )
        ],
    ),
    (
        "fresh-en-04",
        "major",
        ["R15"],
        True,
        False,
        'A new third-party vendor row "t_gid | Taboola | Recommends articles and advertising from other sites" and the purpose "to let Taboola recommend sponsored content" are added (R15).',
        [
            before(
                "| cf_clearance |",
                "| t_gid | Taboola | Recommends articles and advertising from other sites based on your reading | 13 months |\n",
            ),
            (
                "and understand which articles are read, and to remember the display settings you choose.",
                "and understand which articles are read, to remember the display settings you choose, and to let Taboola recommend sponsored content from other sites.",
            ),
        ],
    ),
    (
        "fresh-en-01",
        "editorial",
        ["R1"],
        False,
        False,
        'The "payment card details" item moves below "your loyalty number" in the list of what we collect: reordering without change of meaning (R1).',
        [
            drop("- payment card details, which are tokenised"),
            before(
                "- the registration card you sign",
                "- payment card details, which are tokenised by our payment provider;\n",
            ),
        ],
    ),
    (
        "en-113",
        "editorial",
        ["R1"],
        False,
        True,
        'Pure re-rendering: the four bullets "*   **" become "- **"; the list and its sentences are unchanged.',
        [
            ("*   **Strictly", "- **Strictly"),
            ("*   **Analytical", "- **Analytical"),
            ("*   **Functionality", "- **Functionality"),
            ("*   **Targeting", "- **Targeting"),
        ],
    ),
    (
        "fresh-en-05",
        "rights_reducing",
        ["R12"],
        False,
        False,
        'The promise "We will never use your prescription history for marketing" becomes "We may use your prescription history to send you offers" (R12).',
        [
            (
                "We will never use your prescription history for marketing.",
                "We may use your prescription history to send you offers on related products.",
            )
        ],
    ),
    (
        "fresh-en-06",
        "major",
        ["R7"],
        False,
        False,
        'A new category and source: "we also obtain your credit history and any county court judgments from a credit reference agency" (R7).',
        [
            (
                "call us or visit one of our branches.",
                "call us or visit one of our branches. When you apply for a tenancy, we also obtain your credit history and any county court judgments from a credit reference agency.",
            )
        ],
    ),
    (
        "fresh-en-05",
        "editorial",
        ["R1"],
        False,
        False,
        'The introduction is reworded ("Much of what you tell us concerns your health ... precisely what happens to it") with the same meaning (R1).',
        [
            (
                "Because the information you give us is often about your health, we hold ourselves to a high standard, and we want you to understand exactly what happens to it.",
                "Much of what you tell us concerns your health. That is why we apply high standards to it and why we want you to know precisely what happens to it.",
            )
        ],
    ),
    (
        "en-163",
        "rights_reducing",
        ["R10"],
        False,
        False,
        'Analytics cookies move off consent: "which we set on the basis of our legitimate interest and which cannot be switched off", removing the right to withdraw consent (R10).',
        [
            (
                "(except for strictly necessary cookies)",
                "(except for strictly necessary cookies and for analytics cookies, which we set on the basis of our legitimate interest and which cannot be switched off)",
            )
        ],
    ),
    (
        "fresh-en-07",
        "minor",
        ["R17"],
        False,
        False,
        'The vendor "Hotjar" is removed from the analytics providers: a vendor removed (R17).',
        [drop("- Hotjar, which records"), ("We use the following providers:", "We use the following provider:")],
    ),
    (
        "fresh-en-06",
        "rights_reducing",
        ["R13"],
        False,
        False,
        'The answer "You can object at any time to our use of your data for the market newsletter" is deleted with its question: the right to object is removed (R13).',
        [drop("**Can I object to the newsletter?**"), drop("Yes. You can object at any time")],
    ),
    (
        "en-167",
        "editorial",
        ["R1"],
        False,
        False,
        'Punctuation fixes only: "comply with law. enforce ... agreements. or protect" gets commas and the broken dashes around "small anonymous identifiers" are repaired (R1).',
        [
            (
                "comply with law. enforce our Terms of Use and other agreements. or protect",
                "comply with law, enforce our Terms of Use and other agreements, or protect",
            ),
            ("cookies\x97small anonymous identifiers\x97to", "cookies (small anonymous identifiers) to"),
        ],
    ),
    (
        "fresh-en-07",
        "editorial",
        ["R1"],
        False,
        False,
        'The "Last reviewed" stamp changes and "see" becomes "view" (R1).',
        [
            ("Last reviewed: 10 April 2026", "Last reviewed: 28 November 2026"),
            ("let you see, block and delete cookies", "let you view, block and delete cookies"),
        ],
    ),
    (
        "fresh-en-08",
        "minor",
        ["R14"],
        False,
        False,
        "The postal contact block is put on one line, same address and same e-mail: contact details reformatted, same channel (R14).",
        [
            (
                "Data Protection, Hive Desk Ltd\nUnit 12, Ancoats Works\nManchester\nM4 6BX\nprivacy@hivedesk.co.uk",
                "Data Protection, Hive Desk Ltd, Unit 12, Ancoats Works, Manchester M4 6BX – privacy@hivedesk.co.uk",
            )
        ],
    ),
    (
        "en-001",
        "editorial",
        ["R1"],
        False,
        False,
        'Only the stamp changes: "Effective December 12, 2023" becomes "Effective January 7, 2026" (R1).',
        [("Effective December 12, 2023", "Effective January 7, 2026")],
    ),
    (
        "fresh-en-09",
        "major",
        ["R10", "R1"],
        False,
        False,
        'The legal basis for telematics location moves from "performance of the contract" to "our legitimate interest in protecting our fleet" (R10); no consent was involved.',
        [
            (
                "late return using telematics data: performance of the contract.",
                "late return using telematics data: our legitimate interest in protecting our fleet.",
            ),
            ("Version of 1 February 2026", "Version of 1 January 2027"),
        ],
    ),
    (
        "fresh-en-09",
        "minor",
        ["R9"],
        False,
        False,
        'Copies of driving licences are kept "1 year" instead of "5 years after the end of the rental": shorter retention (R9).',
        [("identity documents are kept for 5 years after", "identity documents are kept for 1 year after")],
    ),
    (
        "en-147",
        "editorial",
        ["R1"],
        False,
        True,
        'Pure re-rendering: the three setext headings ("User Privacy Policy\\n---") become "## " headings of the same level and words.',
        [
            ("User Privacy Policy\n-------------------", "## User Privacy Policy"),
            (
                "Business Partners Privacy Policy\n--------------------------------",
                "## Business Partners Privacy Policy",
            ),
            ("Site Visitors Privacy Policy\n----------------------------", "## Site Visitors Privacy Policy"),
        ],
    ),
    (
        "fresh-en-10",
        "rights_reducing",
        ["R12", "R1"],
        False,
        False,
        '"We never log your browsing activity, DNS queries or the IP addresses you connect from" loses "the IP addresses you connect from": an item removed from a "never" promise (R12).',
        [
            (
                "We never log your browsing activity, DNS queries or the IP addresses you connect from.",
                "We never log your browsing activity or DNS queries.",
            ),
            ("so nothing survives a reboot.", "so nothing stored on them survives a reboot."),
        ],
    ),
    (
        "fresh-en-10",
        "minor",
        ["R17"],
        False,
        False,
        "PayPal is removed from the payment processors and accepted methods: a vendor removed (R17).",
        [
            drop("- PayPal"),
            (
                "We accept card payments, PayPal, Bitcoin and cash by post.",
                "We accept card payments, Bitcoin and cash by post.",
            ),
        ],
    ),
    (
        "en-149",
        "editorial",
        ["R1"],
        False,
        False,
        'The "### Opera" instructions move before "### Safari": reordering without change of meaning (R1).',
        [(SCALEWAY_OPERA, ""), before("### Safari\n", SCALEWAY_OPERA)],
    ),
    (
        "fresh-en-10",
        "editorial",
        ["R1"],
        False,
        False,
        'The heading "## Logs" becomes "## What we log" and "you only need an email address" is reworded as "All you need ... is an email address" (R1).',
        [
            ("## Logs", "## What we log"),
            (
                "To create an account you only need an email address.",
                "All you need to create an account is an email address.",
            ),
        ],
    ),
    (
        "fresh-en-11",
        "minor",
        ["R17"],
        False,
        False,
        'The "chartable_id | Chartable" analytics cookie row is removed: a cookie and vendor removed (R17).',
        [drop("| chartable_id | Chartable |")],
    ),
    (
        "en-119",
        "minor",
        ["R14"],
        False,
        False,
        'The postal address "Goodreads, Inc / 188 Spear Street ... CA 94105" is put on one line with "USA": same address, same channel (R14).',
        [
            (
                "Goodreads, Inc  \n188 Spear Street,\xa0Suite 250  \nSan Francisco,\xa0CA 94105",
                "Goodreads, Inc, 188 Spear Street, Suite 250, San Francisco, CA 94105, USA",
            )
        ],
    ),
    (
        "fresh-en-12",
        "minor",
        ["R9"],
        False,
        False,
        'A new choice: "you can hide your city from your public profile in Settings > Privacy" (R9).',
        [
            (
                "only shared with a buyer once they have paid.",
                "only shared with a buyer once they have paid. If you prefer, you can hide your city from your public profile in Settings > Privacy.",
            )
        ],
    ),
    (
        "fresh-en-12",
        "editorial",
        ["R1"],
        False,
        False,
        'The "## Emails from us" section moves above "## Chatting with other members", word for word: reordering (R1).',
        [(REWEAR_EMAILS, ""), before("## Chatting with other members", REWEAR_EMAILS)],
    ),
    # ---------------------------------------------------------------- French
    (
        "fresh-fr-01",
        "major",
        ["R5", "R1"],
        False,
        False,
        "Un nouveau destinataire : les inscriptions « sont gérées, pour le compte de la commune, par la société Arpège, éditeur du portail Famille, qui y a accès » (R5) ; la date de mise à jour change.",
        [
            (
                "sont transmises au Trésor public pour le recouvrement.",
                "sont transmises au Trésor public pour le recouvrement. Les inscriptions à la restauration scolaire et à l'accueil périscolaire sont gérées, pour le compte de la commune, par la société Arpège, éditeur du portail Famille, qui y a accès à cette fin.",
            ),
            ("Dernière mise à jour : 12 janvier 2026", "Dernière mise à jour : 28 novembre 2026"),
        ],
    ),
    (
        "fr-181",
        "major",
        ["R8", "R1"],
        False,
        False,
        "Les données recueillies sont conservées « pour une durée de 13 mois » au lieu de « 6 mois » : conservation allongée (R8) ; « Qu'est-ce qu'un » corrige seulement l'orthographe.",
        [
            ("pour une durée de 6 mois", "pour une durée de 13 mois"),
            ("Qu'est ce qu' un témoin", "Qu'est-ce qu'un témoin"),
        ],
    ),
    (
        "fresh-fr-01",
        "minor",
        ["R9"],
        False,
        False,
        "Les données de restauration scolaire sont conservées « un an » au lieu de « deux ans après la fin de l'année scolaire » : conservation raccourcie (R9).",
        [
            (
                "sont conservées deux ans après la fin de l'année scolaire",
                "sont conservées un an après la fin de l'année scolaire",
            )
        ],
    ),
    (
        "fresh-fr-02",
        "major",
        ["R11", "R1"],
        False,
        False,
        "La commission « prend seule la décision d'admission » devient un pré-classement automatique : les candidatures sous le seuil « sont refusées sans examen par la commission pédagogique » (R11) ; le titre « Dans quel but ? » est une reformulation.",
        [
            (
                "Les candidatures sont examinées par la commission pédagogique de chaque formation, qui prend seule la décision d'admission.",
                "Les candidatures sont d'abord classées automatiquement par un algorithme qui attribue à chacune un score à partir des notes et du parcours ; les candidatures dont le score est inférieur au seuil fixé par la formation sont refusées sans examen par la commission pédagogique.",
            ),
            ("## 2. Pour quoi faire ?", "## 2. Dans quel but ?"),
        ],
    ),
    (
        "fresh-fr-08",
        "major",
        ["R15"],
        True,
        False,
        "Un nouvel émetteur « criteo_uid | Criteo | Affichage de publicités personnalisées sur d'autres sites » et la finalité « vous montrer nos publicités sur d'autres sites » sont ajoutés (R15).",
        [
            before(
                "| _pin_unauth |",
                "| criteo_uid | Criteo | Affichage de publicités personnalisées sur d'autres sites | Requis | 13 mois |\n",
            ),
            (
                "pour mesurer l'audience et personnaliser nos offres.",
                "pour mesurer l'audience, personnaliser nos offres et vous montrer nos publicités sur d'autres sites.",
            ),
        ],
    ),
    (
        "fr-046",
        "editorial",
        ["R1"],
        False,
        False,
        "Seule la date change : « mise à jour pour la dernière fois le 26 septembre 2024 » devient « le 28 novembre 2026 » (R1).",
        [("pour la dernière fois le 26 septembre 2024.", "pour la dernière fois le 28 novembre 2026.")],
    ),
    (
        "fresh-fr-02",
        "major",
        ["R6", "R5"],
        False,
        False,
        "Les copies d'examens en ligne sont « hébergées par la société Examsoft aux États-Unis dans le cadre du Data Privacy Framework » : nouveau transfert hors UE (R6) et nouveau destinataire (R5).",
        [
            (
                "Toutes les données sont hébergées sur les serveurs de l'université ou chez des prestataires situés en France.",
                "Les données sont hébergées sur les serveurs de l'université ou chez des prestataires situés en France, à l'exception des copies d'examens passés en ligne, hébergées par la société Examsoft aux États-Unis dans le cadre du Data Privacy Framework UE–États-Unis.",
            )
        ],
    ),
    (
        "fr-239",
        "rights_reducing",
        ["R13"],
        False,
        False,
        "La phrase « vous pouvez porter réclamation auprès de la CNIL » est supprimée : le droit de réclamation disparaît de la politique (R13).",
        [drop("Si vous considérez que l’utilisation de ces données est abusive")],
    ),
    (
        "fresh-fr-03",
        "major",
        ["R7"],
        False,
        False,
        "Nouvelle catégorie de données de santé : « vos allergies, vos traitements en cours et le nom de votre médecin traitant » (R7).",
        [
            before(
                "- une photo si vous souhaitez",
                "- pour les déplacements en stage, vos allergies, vos traitements en cours et le nom de votre médecin traitant ;\n",
            )
        ],
    ),
    (
        "fresh-fr-02",
        "minor",
        ["R9"],
        False,
        False,
        "Un nouveau droit est ajouté : « Vous pouvez également demander la portabilité des données que vous avez fournies lors de votre candidature » (R9).",
        [
            (
                "Adressez votre demande au délégué à la protection des données",
                "Vous pouvez également demander la portabilité des données que vous avez fournies lors de votre candidature. Adressez votre demande au délégué à la protection des données",
            )
        ],
    ),
    (
        "fresh-fr-03",
        "editorial",
        ["R1"],
        False,
        True,
        "Pur changement de rendu : les quatre puces « - » de la liste « Pourquoi » deviennent « * » ; aucune phrase ne change.",
        [
            ("- prendre votre licence", "* prendre votre licence"),
            ("- vous inscrire aux compétitions", "* vous inscrire aux compétitions"),
            ("- vous prévenir des entraînements", "* vous prévenir des entraînements"),
            ("- publier les résultats", "* publier les résultats"),
        ],
    ),
    (
        "fresh-fr-04",
        "major",
        ["R3", "R1"],
        False,
        False,
        "Le responsable du traitement n'est plus « Delorme & Fils SARL » mais « Groupe Obsèques Avenir SAS » après acquisition (R3) ; la date de mise à jour change.",
        [
            (
                "**Responsable du traitement :** Delorme & Fils SARL, entreprise de pompes funèbres habilitée par la préfecture du Rhône, 8 rue des Tilleuls, 69005 Lyon, immatriculée au RCS de Lyon.",
                "**Responsable du traitement :** depuis l'acquisition de notre entreprise, Groupe Obsèques Avenir SAS, 40 boulevard Vivier-Merle, 69003 Lyon, immatriculée au RCS de Lyon, agissant sous l'enseigne Pompes Funèbres Delorme & Fils.",
            ),
            ("*Mise à jour : mars 2026.*", "*Mise à jour : décembre 2026.*"),
        ],
    ),
    (
        "fr-181",
        "rights_reducing",
        ["R12"],
        False,
        False,
        "La promesse « ne sont pas cédées à des tiers ni utilisées à d'autres fins » perd « cédées à des tiers » : un élément retiré d'un engagement négatif (R12).",
        [
            (
                "et ne sont pas cédées à des tiers ni utilisées à d'autres fins.",
                "et ne sont pas utilisées à d'autres fins.",
            )
        ],
    ),
    (
        "fresh-fr-03",
        "minor",
        ["R9", "R1"],
        False,
        False,
        "Les photos restent en ligne « deux ans » au lieu de « cinq ans » : conservation raccourcie (R9) ; « nous ne les vendons pas » est seulement reformulé.",
        [
            ("Les photos publiées restent en ligne cinq ans.", "Les photos publiées restent en ligne deux ans."),
            (
                "Rien d'autre, et nous ne les vendons évidemment pas.",
                "Personne d'autre, et bien sûr nous ne les vendons pas.",
            ),
        ],
    ),
    (
        "fresh-fr-04",
        "rights_reducing",
        ["R4", "R1"],
        False,
        False,
        "Les droits ne s'exercent plus « gratuitement » : une demande de copie « donne lieu à des frais de traitement de 25 € » (R4, plus coûteux) ; la mention de mise à jour change.",
        [
            (
                "Ces droits s'exercent gratuitement, par courrier à l'adresse ci-dessus ou par courriel à contact@pf-delorme.fr.",
                "Ces droits s'exercent par courrier à l'adresse ci-dessus ou par courriel à contact@pf-delorme.fr ; toute demande de copie d'un dossier d'obsèques donne lieu à des frais de traitement de 25 €.",
            ),
            ("*Mise à jour : mars 2026.*", "*Mise à jour : décembre 2026.*"),
        ],
    ),
    (
        "fr-086",
        "major",
        ["R15"],
        True,
        False,
        "Une nouvelle ligne « analytics.tiktok.com | \\_ttp, tt\\_sessionId | Cookies tiers » est ajoutée aux cookies publicitaires : nouvel émetteur tiers (R15).",
        [
            before(
                "| [www.facebook.com](https://cookiepedia.co.uk/host/www.facebook.com) |",
                "| [analytics.tiktok.com](https://cookiepedia.co.uk/host/analytics.tiktok.com) | \\_ttp, tt\\_sessionId | Cookies tiers |\n",
            )
        ],
    ),
    (
        "fresh-fr-05",
        "major",
        ["R10"],
        False,
        False,
        "La base légale du suivi de production passe de « Exécution du contrat » à « Intérêt légitime » (R10) ; aucun consentement n'était en jeu.",
        [
            (
                "| Suivre la production de vos panneaux et détecter les pannes | Exécution du contrat |",
                "| Suivre la production de vos panneaux et détecter les pannes | Intérêt légitime |",
            )
        ],
    ),
    (
        "fr-046",
        "editorial",
        ["R1"],
        False,
        True,
        "Pur changement de rendu : le titre souligné « 5\\. Durées » devient un titre « ## » de même niveau et de même texte.",
        [("5\\. Durées\n----------", "## 5\\. Durées")],
    ),
    (
        "fresh-fr-05",
        "major",
        ["R2", "R1"],
        False,
        False,
        "Nouvelle finalité : « Analyser vos données de production et de consommation pour vous proposer des offres de revente de votre surplus d'électricité et de batteries » (R2).",
        [
            before(
                "| Vous adresser nos offres d'entretien |",
                "| Analyser vos données de production et de consommation pour vous proposer des offres de revente de votre surplus d'électricité et de batteries | Intérêt légitime |\n",
            ),
            ("Nous attachons une grande importance", "Nous attachons la plus grande importance"),
        ],
    ),
    (
        "fresh-fr-06",
        "rights_reducing",
        ["R12", "R5"],
        False,
        False,
        "« Nous ne transmettons jamais la liste de vos invités » devient « Nous pouvons transmettre la liste de vos invités à nos prestataires partenaires » : négation inversée (R12).",
        [
            (
                "Nous ne transmettons jamais la liste de vos invités à nos prestataires partenaires. Le traiteur reçoit uniquement le nombre de couverts et les régimes alimentaires, sans les noms.",
                "Nous pouvons transmettre la liste de vos invités à nos prestataires partenaires lorsque cela facilite l'organisation. Le traiteur reçoit ainsi le nombre de couverts, les noms et les régimes alimentaires.",
            )
        ],
    ),
    (
        "fr-239",
        "minor",
        ["R14"],
        False,
        False,
        "Le numéro « 05.54.67.12.60 » est réécrit « 05 54 67 12 60 » aux deux endroits où il figure : mêmes coordonnées, même canal (R14).",
        [
            (
                "électronique:\n\n* Adresse postale: IntraMuros SAS, 16 rue de Ségur, 33000 Bordeaux\n* Téléphone: 05.54.67.12.60",
                "électronique:\n\n* Adresse postale: IntraMuros SAS, 16 rue de Ségur, 33000 Bordeaux\n* Téléphone : 05 54 67 12 60",
            ),
            (
                "IntraMuros\n\n* Adresse postale: IntraMuros SAS, 16 rue de Ségur, 33000 Bordeaux\n* Téléphone: 05.54.67.12.60",
                "IntraMuros\n\n* Adresse postale: IntraMuros SAS, 16 rue de Ségur, 33000 Bordeaux\n* Téléphone : 05 54 67 12 60",
            ),
        ],
    ),
    (
        "fresh-fr-05",
        "editorial",
        ["R1"],
        False,
        False,
        "La phrase sur la conservation est reformulée (« Nous les conservons pendant toute la durée du contrat d'entretien, puis pendant cinq ans ») sans changer les durées (R1).",
        [
            (
                "Pendant toute la durée du contrat d'entretien, puis cinq ans. Les devis non signés sont supprimés au bout de trois ans.",
                "Nous les conservons pendant toute la durée du contrat d'entretien, puis pendant cinq ans. Les devis qui n'ont pas été signés sont effacés au bout de trois ans.",
            )
        ],
    ),
    (
        "fr-248",
        "minor",
        ["R17"],
        False,
        False,
        "La catégorie « ### Marketing » et sa description sont supprimées : une catégorie de cookies retirée (R17).",
        [drop("### Marketing"), drop("Afficher des publicités pertinentes dans des canaux tiers")],
    ),
    (
        "fresh-fr-06",
        "minor",
        ["R14"],
        False,
        False,
        "Le téléphone « 04 42 00 00 00 » est écrit au format international « +33 4 42 00 00 00 » : même canal (R14).",
        [("appelez le 04 42 00 00 00", "appelez le +33 4 42 00 00 00")],
    ),
    (
        "fresh-fr-06",
        "editorial",
        ["R1"],
        False,
        False,
        "La question « Puis-je recevoir vos inspirations et nouveautés ? » est déplacée avant « Combien de temps gardez-vous mes informations ? », mot pour mot (R1).",
        [(WEDDING_NEWS, ""), before("### Combien de temps gardez-vous", WEDDING_NEWS)],
    ),
    (
        "fr-066",
        "editorial",
        ["R1"],
        False,
        False,
        "« pendant la durée du contrat augmentée des durées de prescriptions légales » est reformulé « pendant toute la durée du contrat, puis pendant les délais de prescription légale » : même durée (R1).",
        [
            (
                "leurs données sont conservées, pendant la durée du contrat augmentée des durées de prescriptions légales applicables ;",
                "leurs données sont conservées pendant toute la durée du contrat, puis pendant les délais de prescription légale applicables ;",
            )
        ],
    ),
    (
        "fresh-fr-07",
        "major",
        ["R16", "R1"],
        False,
        False,
        "La durée de vie des cookies soumis au consentement passe de « 6 mois » à « 12 mois » (R16) ; la date de mise à jour change.",
        [
            ("Ces cookies ont une durée de vie de 6 mois.", "Ces cookies ont une durée de vie de 12 mois."),
            ("Mise à jour : 4 février 2026", "Mise à jour : 28 novembre 2026"),
        ],
    ),
    (
        "fr-245",
        "rights_reducing",
        ["R4"],
        False,
        False,
        "Pour annuler son compte, un e-mail ne suffit plus : il faut « une lettre recommandée avec accusé de réception, accompagnée d'une copie de votre pièce d'identité » (R4, plus difficile).",
        [
            (
                "veuillez nous envoyer un e-mail à contact@lecab.fr\n",
                "veuillez nous adresser une lettre recommandée avec accusé de réception, accompagnée d'une copie de votre pièce d'identité, au siège de LeCab.\n",
            )
        ],
    ),
    (
        "fresh-fr-07",
        "minor",
        ["R17"],
        False,
        False,
        "Les cookies de « réseaux sociaux (Pinterest) » sont retirés de la liste : un cookie et un émetteur supprimés (R17).",
        [drop("- des cookies de **réseaux sociaux** (Pinterest)")],
    ),
    (
        "fresh-fr-08",
        "rights_reducing",
        ["R13", "R1"],
        False,
        False,
        "La phrase « Vous pouvez retirer votre consentement à tout moment via le lien « Cookies » » est supprimée : le retrait du consentement n'est plus offert (R13) ; le titre « En savoir plus » est une reformulation.",
        [
            drop("Vous pouvez retirer votre consentement à tout moment via le lien"),
            ("## Pour en savoir plus", "## En savoir plus"),
        ],
    ),
    (
        "fr-249",
        "editorial",
        ["R1"],
        False,
        True,
        "Pur changement de rendu : le lien vide suivi du lien en gras vers la même adresse de la CNIL devient un lien automatique « <https://www.cnil.fr/vos-droits/vos-traces/les-cookies/> ».",
        [
            (
                "[](https://www.cnil.fr/vos-droits/vos-traces/les-cookies/)**[https://www.cnil.fr/vos-droits/vos-traces/les-cookies/](https://www.cnil.fr/vos-droits/vos-traces/les-cookies/)**",
                "**<https://www.cnil.fr/vos-droits/vos-traces/les-cookies/>**",
            )
        ],
    ),
    (
        "fresh-fr-07",
        "editorial",
        ["R1"],
        False,
        False,
        "L'introduction est réécrite (« Des cookies peuvent être déposés sur votre terminal lorsque vous visitez notre boutique en ligne ») sans changer de sens (R1).",
        [
            (
                "Lorsque vous visitez notre boutique en ligne, des cookies peuvent être déposés sur votre terminal. Nous vous expliquons ici lesquels, et comment les refuser.",
                "Des cookies peuvent être déposés sur votre terminal lorsque vous visitez notre boutique en ligne : cette page vous explique lesquels et comment les refuser.",
            )
        ],
    ),
    (
        "fr-241",
        "minor",
        ["R9"],
        False,
        False,
        "Un nouveau droit est ajouté : « le droit de définir des directives relatives au sort de vos données personnelles après votre décès » (R9).",
        [
            (
                "(mailto:cnil@jennyfer.com).",
                "(mailto:cnil@jennyfer.com). Vous disposez également du droit de définir des directives relatives au sort de vos données personnelles après votre décès.",
            )
        ],
    ),
    (
        "fresh-fr-09",
        "minor",
        ["R9", "R1"],
        False,
        False,
        "Le droit « de portabilité » s'ajoute à la liste « d'accès, de rectification, d'effacement et de limitation » : nouveau droit (R9) ; le titre « Qui reçoit vos données ? » est une reformulation.",
        [
            (
                "vos droits d'accès, de rectification, d'effacement et de limitation",
                "vos droits d'accès, de rectification, d'effacement, de limitation et de portabilité",
            ),
            ("## Destinataires", "## Qui reçoit vos données ?"),
        ],
    ),
    (
        "fr-198",
        "editorial",
        ["R1"],
        False,
        True,
        "Pur changement d'espacement : la ligne vide qui coupait « notre utilisation / des cookies » est supprimée ; la phrase est identique.",
        [
            (
                "concernant notre utilisation\n\ndes cookies et les dispositifs",
                "concernant notre utilisation des cookies et les dispositifs",
            )
        ],
    ),
    (
        "fresh-fr-09",
        "editorial",
        ["R1"],
        False,
        False,
        "Le titre « Données collectées » devient « Les données que nous collectons » et « nous collectons » devient « nous recueillons » (R1).",
        [
            ("## Données collectées", "## Les données que nous collectons"),
            ("Lorsque vous commandez, nous collectons :", "Lors de chaque commande, nous recueillons :"),
        ],
    ),
    (
        "fresh-fr-10",
        "major",
        ["R8", "R1"],
        False,
        False,
        "La durée fixe « 3 ans après le départ » est remplacée par « aussi longtemps que nécessaire à la gestion de notre relation commerciale » : critère vague (R8).",
        [
            (
                "- Données de réservation et de séjour : 3 ans après le départ.",
                "- Données de réservation et de séjour : aussi longtemps que nécessaire à la gestion de notre relation commerciale.",
            ),
            ("Dernière modification : 1er septembre 2025.", "Dernière modification : 1er décembre 2026."),
        ],
    ),
    (
        "fresh-fr-10",
        "minor",
        ["R17"],
        False,
        False,
        "Expedia est retiré des canaux de réservation : « via Booking.com et Expedia » devient « via Booking.com » (R17, prestataire retiré).",
        [
            (
                "via Booking.com et Expedia, qui vous fournissent leur propre politique",
                "via Booking.com, qui vous fournit sa propre politique",
            )
        ],
    ),
    (
        "fresh-fr-10",
        "editorial",
        ["R1"],
        False,
        False,
        "« Les numéros de carte bancaire ne sont jamais conservés par l'hôtel » est tourné à l'actif : « L'hôtel ne conserve jamais les numéros de carte bancaire » (R1).",
        [
            (
                "Les numéros de carte bancaire ne sont jamais conservés par l'hôtel.",
                "L'hôtel ne conserve jamais les numéros de carte bancaire.",
            )
        ],
    ),
    (
        "fresh-fr-01",
        "editorial",
        ["R1"],
        False,
        False,
        "« grâce au lien de désinscription » devient « au moyen du lien de désinscription » et « démarches suivantes » devient « démarches en ligne suivantes », déjà dit à l'article 1 (R1).",
        [
            ("grâce au lien de désinscription", "au moyen du lien de désinscription"),
            ("s'applique aux démarches suivantes :", "s'applique aux démarches en ligne suivantes :"),
        ],
    ),
]


def build(corpus_dir: Path) -> Iterator[dict[str, Any]]:
    """The set's records: corpus bases and the fresh ones share one id space, so a pair names either."""
    bases = {**corpus_records(corpus_dir), **FRESH}
    return pairs(NAME, WRITTEN, bases, EDITS)


if __name__ == "__main__":
    rebuild(__file__, build)
