"""Sixth blind evaluation set: 80 policy changes (40 English, 40 French) the classifier has never seen.

Why it exists: a classifier tuned on the corpus and on earlier blind sets can learn their wording; only
changes written afresh, by someone who has not seen the classifier, say how it does on the next release.

How it was written: the labels come from /work/shared/design/legal-rules.md (rules R1-R17) alone. The writer
read the corpus (to learn how real companies word and change policies) and bench/blind_edits.py, never the
classifier, its tests or any earlier blind set, and never ran the classifier. Twenty-four base texts are
fresh (twelve per language, sectors chosen for this set); twelve pairs per language edit corpus records.
"""
# ruff: noqa: E501

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_edits import Pair, before, corpus_records, drop, pairs, rebuild

NAME = "blind6"
WRITTEN = "2026-11-28"

SKYWARD = """# Skyward Air Privacy Notice

Last updated: 3 March 2026

Skyward Air Ltd ("Skyward", "we") operates scheduled flights and the Skyward Miles programme. This notice explains what we do with your personal data when you book, fly or collect miles with us.

## 1. Data we collect

- Booking data: name, date of birth, contact details, itinerary, seat and meal choices.
- Travel document data: passport or identity card number, nationality and expiry date, which we must send to border authorities.
- Payment data, processed by our payment provider; we do not keep full card numbers.
- Special assistance requests, which may reveal health information and are collected only with your explicit consent.

## 2. Why we use it

We use your data to carry you and your baggage, to meet our legal duties to border and aviation authorities, to run Skyward Miles and, if you agreed, to send you fare alerts. We do not use your travel history to build advertising profiles.

## 3. Who receives it

Airports, ground handlers, partner airlines on connecting flights and border authorities receive the data they need to operate your journey. Our booking system is hosted by a processor in Ireland.

## 4. Retention

Booking records are kept for 3 years after your flight. Passenger name records sent to authorities are deleted by them under their own rules. Skyward Miles accounts are closed, and the data deleted, after 24 months without activity.

## 5. Your rights

You may access, correct or erase your data, object to processing based on our legitimate interests, withdraw consent at any time and ask for portability. Write to privacy@skywardair.example or use the form in "My Trips". We answer within one month. You may also complain to your data protection authority.

## 6. Changes

If we change this notice in a way that matters, we will email Skyward Miles members and show a notice on our website before the change applies.
"""

FRESHPOINTS = """# FreshPoints Card – How we handle your data

**Who we are.** FreshPoints is the loyalty programme of Greenway Supermarkets plc, 14 Mill Lane, Leeds LS1 4AB, which is the controller of your data.

**What we collect.** When you join we ask for your name, email address and postcode. Each time you scan your card we record the store, the date, the total spent and the products bought. We do not collect your payment card details through the loyalty card.

**What we use it for.** We use your shopping history to:

1. add points to your account and send you vouchers;
2. show you offers on products similar to the ones you buy;
3. understand, in aggregated form, how our stores are used.

We never sell your shopping history, and we do not share it with product manufacturers in a form that identifies you.

**Legal basis.** Running your account is necessary for the FreshPoints contract. Personalised offers rely on your consent, which you give when you join and may withdraw in the app under "Offers settings" at any time; you will still collect points.

**How long we keep it.** Purchase records are kept for 26 months and then aggregated so they no longer identify you. If you close your account, we delete your profile within 30 days.

**Who sees it.** Our mailing provider and our cloud host act on our instructions. Both are located in the United Kingdom or the European Economic Area.

**Your rights.** You can ask for a copy of your data, correct it, delete it, or move it to another service. You can object to marketing at any time. Send requests to dataprotection@freshpoints.example, or call 0800 123 456. We do not charge for requests.

**Complaints.** You may complain to the Information Commissioner's Office.
"""

PARKEASY = """# ParkEasy Cookie Policy

This policy explains which cookies and similar technologies the ParkEasy website and app use, and how you can control them.

## What is a cookie?

A cookie is a small file stored on your device when you visit a website. Apps use comparable identifiers stored on the device. Some are needed for the service; others are only set if you agree.

## Cookies we use

| Name | Purpose | Type | Lifetime |
|---|---|---|---|
| pe_session | Keeps you logged in while you pay for parking | Strictly necessary | Session |
| pe_zone | Remembers the last parking zone you used | Functional | 30 days |
| pe_lang | Remembers your language | Functional | 6 months |
| _pa_stats | Counts visits and pages seen, with no cross-site tracking | Audience measurement | 6 months |

We do not use advertising cookies and we do not allow advertising networks to place cookies through our website.

## Your choices

When you first visit, a banner lets you accept or refuse functional and audience measurement cookies. Refusing is as easy as accepting: both buttons are on the first screen. Strictly necessary cookies cannot be refused because the payment would not work without them.

You can change your mind at any time with the "Cookies" link at the bottom of each page. Your choice is kept for six months; after that we ask you again.

## Location data

The app asks for your location only to find the nearest parking zone, and only while the app is open. It is never stored in a cookie.

## Contact

Questions about this policy can be sent to privacy@parkeasy.example.

*Version 4, effective 1 February 2026.*
"""

BRIGHTSMILE = """BRIGHTSMILE DENTAL CLINIC – PATIENT PRIVACY NOTICE

Article 1 – Controller
Brightsmile Dental Clinic LLP, 22 Harbour Street, Bristol BS1 5TT, is the controller of the personal data of its patients. Our data protection officer can be reached at dpo@brightsmile.example.

Article 2 – Data processed
We process identification data (name, date of birth, address, telephone number), your medical and dental history, X-rays and photographs of your teeth, treatment plans, and billing information. Health data are special category data and are processed only for the purposes of Article 3.

Article 3 – Purposes and legal bases
(a) Providing dental care and keeping your clinical record: provision of health care (GDPR Article 9(2)(h)).
(b) Sending appointment reminders by text message: our legitimate interest in reducing missed appointments. You may object at any time.
(c) Billing and accounting: legal obligation.

Article 4 – Recipients
Your data are disclosed only to the dentists and staff treating you, to dental laboratories preparing your appliances (which receive impressions and the data needed to make them), and, where you ask, to your insurer. Our practice software is hosted in the United Kingdom.

Article 5 – Retention
Clinical records are kept for 11 years after your last visit, or until your 25th birthday if you were a child when treated, whichever is later. Billing records are kept for 6 years.

Article 6 – Your rights
You have the right to access your clinical record, to have inaccurate data corrected, to restrict processing and to object to processing based on legitimate interests. Requests may be made at reception, by post or by email to dpo@brightsmile.example. A copy of your record is provided free of charge within one month.

Article 7 – Complaints
If you are unhappy with how we handle your data, you may complain to the Information Commissioner's Office.
"""

LINGUA = """# LinguaHouse – Privacy, in plain words

**Hi! Here is how we look after your data when you learn a language with us.**

### What do we know about you?
Your name, email, the language you are learning, your level test results, which lessons you booked and attended, and what you pay. If you join online classes, your teacher sees your video while the lesson runs. We don't record lessons.

### Why do we need it?
- To put you in the right class and keep track of your progress.
- To send you your timetable and certificates.
- To take payments and send invoices.
- To send you our newsletter, only if you tick the box.

### Who else sees it?
Your teachers, our video-call provider (based in the EU) and our payment company. That's it. We don't share your details with partner schools or sell them to anyone.

### How long do we keep it?
We keep your learner file for 2 years after your last course so you can come back and pick up where you left off. Invoices are kept for 10 years because the tax office requires it.

### What can you do?
You can see, fix or delete your data, ask us to stop using it, or take it with you. Just email hello@linguahouse.example. We'll reply within a month. If you're not happy with our answer, you can complain to the data protection authority where you live.

### Who are we?
LinguaHouse Ltd, 8 Kings Road, Brighton BN1 2HJ.

### Changes
We'll email you if we change anything important here, at least a month before it applies.

_Last updated: January 2026_
"""

REELHOUSE = """# Reelhouse Cinemas – Cookie Notice

Reelhouse Cinemas Ltd uses cookies on reelhouse.example to sell tickets, remember your preferences and understand how the site is used.

## Categories

**Essential cookies** keep your basket and your seat selection while you book. They are always on.

**Preference cookies** remember your favourite cinema and whether you prefer original-language screenings. They are set only if you accept them.

**Analytics cookies** tell us which films people look at and where they leave the booking path. We use Matomo, hosted on our own servers, so the data never leave Reelhouse.

## Cookie list

- `rh_basket` – essential – until the end of the session
- `rh_seat` – essential – 20 minutes
- `rh_cinema` – preference – 12 months
- `rh_vo` – preference – 12 months
- `_pk_id` – analytics (Matomo) – 13 months
- `_pk_ses` – analytics (Matomo) – 30 minutes

## Managing your choice

Our banner offers "Accept all", "Reject all" and "Choose" buttons side by side. Nothing except essential cookies is stored before you choose. To change your mind, click "Cookie settings" in the footer of any page; your new choice applies immediately and the cookies you refused are deleted.

We keep your choice for six months and then ask again. We will also ask again if we add a new purpose or a new company to this list.

## Third parties

No third party sets cookies through our website. Trailers are hosted on our own servers, not on a video platform.

## Questions

Email cookies@reelhouse.example or write to Reelhouse Cinemas Ltd, Data Protection, 5 Regent Square, Manchester M2 3BB.

Updated 12 April 2026.
"""

CYCLELOOP = """CycleLoop privacy policy

CycleLoop Mobility BV runs the bike-sharing scheme in partnership with the city. We are the controller for the data described here.

What we collect. To create an account we ask for your name, email address, mobile number and a payment card. While you ride, the bike's GPS unit records the start and end points of each trip and the route, so we can bill you and find the bike. We also record the time of each unlock and the bike used.

Why. We use trip data to charge you, to handle damage and theft, to plan where bikes and docks are needed and to answer your complaints. We publish aggregated, anonymous trip statistics for the city. We do not use your trips for advertising.

Legal basis. Billing and bike recovery are necessary for your contract. Planning the network is in our legitimate interest and in the public interest of the city; you can object to it.

Sharing. The city receives only aggregated statistics, never individual trips. Our payment provider receives what it needs to charge your card. Police receive trip data only on a court order.

Retention. Route data are kept for 90 days and then reduced to start and end zone. Billing records are kept for 7 years as the law requires. When you close your account, the rest of your profile is deleted within 30 days.

Where. All data are stored on servers in the Netherlands.

Your rights. You may access, correct, erase and port your data, restrict processing and object to it. Use the "Privacy" menu in the app or write to privacy@cycleloop.example. Proof of identity is not required when you write from your account email address. You can also complain to the Dutch data protection authority, Autoriteit Persoonsgegevens.

Version of 1 May 2026.
"""

HEARTHGUARD = """# Hearthguard Home Insurance – Privacy Statement

## Who we are
Hearthguard Insurance Company Ltd, 40 Lombard Row, London EC3V 9AA, insures homes and their contents. We are the controller of the data you give us when you ask for a quote, buy a policy or make a claim.

## Information we hold
- Your identity and contact details, and those of people living with you whom you name on the policy.
- Details of your property: address, type, year built, security devices, previous claims.
- Claims information: what happened, photographs, repair estimates, police reference numbers.
- Payment details for your premiums and any refunds.

## How we use it
We use this information to price your cover, manage your policy, handle claims and prevent fraud. We price your policy using your property details and claims history; an underwriter reviews every refusal of cover. We do not use data from your social media accounts.

## Who we share it with
Loss adjusters, repairers and claims handlers appointed on your claim; our reinsurers; fraud prevention databases used by UK insurers; and regulators when the law requires it.

## How long we keep it
Quotes not taken up: 12 months. Policies and claims: 7 years after the policy ends.

## Your rights
You may ask for a copy of your information, correct it, ask us to erase it where we no longer need it, and object to its use for marketing. Contact our Data Protection Officer at dpo@hearthguard.example or Hearthguard, DPO, 40 Lombard Row, London EC3V 9AA. We reply within one month and do not charge a fee.

You may complain to the Information Commissioner's Office at ico.org.uk.

## Marketing
We send offers about other Hearthguard products only if you agreed. Every email has an unsubscribe link.
"""

PAGEWISE = """# Pagewise cookie policy

Pagewise sells e-books and audiobooks through pagewise.example and the Pagewise reading apps. This page lists the cookies and similar technologies we use.

## 1. Strictly necessary
These cookies keep you signed in, hold your basket and protect the checkout against fraud. They do not need your consent.

| Cookie | Why | Lifetime |
|---|---|---|
| pw_sid | Keeps you signed in | 30 days |
| pw_cart | Holds your basket | 7 days |
| pw_csrf | Protects forms | Session |

## 2. Reading preferences (consent)
If you accept them, we remember your font size, theme and the last page you read on the website.

| Cookie | Why | Lifetime |
|---|---|---|
| pw_font | Font and theme | 12 months |
| pw_lastpage | Last page read on the web reader | 6 months |

## 3. Recommendations (consent)
With your consent we note which book pages you view so we can suggest titles on our own website. This information is not used outside Pagewise.

| Cookie | Why | Lifetime |
|---|---|---|
| pw_reco | Books viewed | 6 months |

## 4. Measurement (consent)
We use Plausible Analytics, which does not set cookies on your device and does not track you across websites. We list it here for transparency.

## Your consent
You choose in our banner, which has "Accept", "Refuse" and "Settings" buttons of the same size. You can withdraw your consent at any time from the "Cookies" link in the footer. We keep your choice for 6 months.

## Contact
privacy@pagewise.example
"""

THERMIA = """# Thermia Home – Privacy Policy

*Effective 1 June 2026*

Thermia Home Ltd makes smart thermostats and the Thermia app. This policy covers data collected by the thermostat, the app and our website.

## What the thermostat collects
- Room temperature and humidity every five minutes.
- The temperature you set and your heating schedule.
- Whether the boiler is on or off.
- Motion sensor readings (present / absent), used only on the device to switch to eco mode.

Motion readings stay on the thermostat and are not sent to our servers.

## What the app collects
Your email address, your home's approximate location (town level, for weather forecasts), and the devices linked to your account.

## What we use it for
1. Running your heating schedule and showing your history in the app.
2. Sending you a monthly energy report.
3. Diagnosing faults when you contact support.

We do not sell your data, and we do not share your heating data with energy suppliers.

## Legal basis
Points 1 and 3 are necessary to provide the service you bought. The monthly report is based on our legitimate interest; you can switch it off in the app.

## Storage and retention
Data are stored in data centres in Germany. Temperature history is kept for 24 months, then deleted. If you delete your account, all data linked to it are deleted within 14 days.

## Your rights
You can access, correct, delete or export your data from the app (Settings > Privacy) or by writing to privacy@thermia.example. We reply within one month. You can complain to your supervisory authority.
"""

GATESTUB = """GateStub Privacy Policy

1. About us
GateStub Ltd sells tickets for concerts, festivals and sports events on behalf of event organisers. For your account and your purchases, GateStub is the controller.

2. What we collect
When you buy a ticket we collect your name, email address, phone number, billing address and the tickets you bought. For some events the organiser requires the name of each attendee, which we print on the ticket. We check payments for fraud using the device and IP address used for the purchase.

3. Why
- to issue and deliver your tickets and handle refunds if an event is cancelled;
- to tell you about changes to an event you have tickets for;
- to prevent ticket touting and fraud;
- to send you news about similar events, if you agreed.

4. Event organisers
We pass to the organiser of the event you booked your name, email address and the tickets bought, so it can admit you and contact you about the event. The organiser may only use them for that event unless you agree to hear from it.

5. Retention
Orders are kept for 6 years for accounting. Accounts with no purchase for 3 years are deleted.

6. International transfers
Your data are processed in the European Economic Area.

7. Your rights
You may ask for access to your data, correct it, delete it, restrict or object to processing and receive a copy in a portable format. To exercise your rights, use the online form at gatestub.example/privacy or email privacy@gatestub.example. We will respond within one month.

8. Complaints
You may lodge a complaint with a supervisory authority.

9. Changes
We will tell you by email of any significant change to this policy at least one month before it takes effect.
"""

ALPENGLOW = """# Cookies at Alpenglow Ski Resort

Alpenglow Resort SA runs the lifts, ski school and web shop at alpenglow.example. We use cookies to sell lift passes online and to improve the site.

### Which cookies?

* **Necessary** – keep your basket and your login to the pass shop. No consent needed.
* **Snow report preferences** – remember the slopes and webcams you follow. Consent needed.
* **Statistics** – count visits with our self-hosted analytics tool. Consent needed.

### Details

| Cookie | Category | Provider | Duration |
|---|---|---|---|
| ag_cart | Necessary | Alpenglow | 2 hours |
| ag_login | Necessary | Alpenglow | 14 days |
| ag_slopes | Preferences | Alpenglow | 6 months |
| ag_stats | Statistics | Alpenglow | 13 months |

### Your choice

Our banner shows "Accept", "Decline" and "Customise". If you click "Decline" or close the banner, only necessary cookies are used. You can change your choice at any time through "Cookie preferences" at the bottom of the page.

### Webcams

The live webcams are streamed from our own servers and set no cookies.

### Ski pass photos

The photo on your season pass is not stored in any cookie and is covered by our privacy policy.

### Why we ask

Swiss and European rules require us to ask before we store anything on your device that is not needed to sell you a pass. We would rather ask once, clearly, than fill the site with trackers you did not want.

### Contact

Alpenglow Resort SA, Route des Crêtes 12, 1936 Verbier, Switzerland – privacy@alpenglow.example

Last updated: 20 October 2026
"""

EMPLOI = """# Politique de protection des données personnelles – Agence Emploi Avenir

L'Agence Emploi Avenir, établissement public chargé d'accompagner les demandeurs d'emploi, traite vos données personnelles dans le cadre de sa mission de service public.

## Responsable du traitement

Le responsable du traitement est l'Agence Emploi Avenir, 12 rue de la République, 69002 Lyon, représentée par son directeur général.

## Données traitées

- données d'identification : nom, prénoms, date de naissance, numéro d'inscription ;
- coordonnées : adresse postale, adresse électronique, téléphone ;
- parcours professionnel : diplômes, expériences, compétences, curriculum vitae ;
- situation au regard de l'emploi : date d'inscription, rendez-vous, formations suivies ;
- données relatives à l'indemnisation transmises par l'organisme payeur.

## Finalités

Vos données sont utilisées pour :

1. gérer votre inscription et votre dossier ;
2. vous proposer des offres d'emploi et des formations adaptées à votre profil ;
3. organiser vos rendez-vous avec votre conseiller ;
4. produire des statistiques anonymes sur le marché du travail.

Les propositions d'offres sont préparées par votre conseiller ; aucune décision vous concernant n'est prise sur le seul fondement d'un traitement automatisé.

## Base légale

Ces traitements sont nécessaires à l'exécution d'une mission d'intérêt public confiée à l'Agence par le code du travail.

## Destinataires

Vos données sont accessibles à votre conseiller et aux agents habilités de l'Agence. Lorsque vous postulez à une offre, votre CV est transmis à l'employeur concerné.

## Durée de conservation

Votre dossier est conservé pendant deux ans après votre dernière inscription, puis archivé pendant cinq ans.

## Vos droits

Vous disposez d'un droit d'accès, de rectification, de limitation et d'opposition. Vous pouvez l'exercer depuis votre espace personnel, rubrique « Mes données », ou par courrier adressé au délégué à la protection des données de l'Agence. Vous pouvez introduire une réclamation auprès de la CNIL.
"""

LUMEN = """POLITIQUE DE CONFIDENTIALITÉ – RÉSEAU LUMEN

Article 1 – Objet
Réseau Lumen SA, gestionnaire du réseau public de distribution d'électricité, exploite les compteurs communicants installés chez ses clients. La présente politique décrit les traitements de données réalisés à partir de ces compteurs.

Article 2 – Responsable de traitement
Réseau Lumen SA, 3 quai des Flandres, 59000 Lille, est responsable des traitements décrits ci-après.

Article 3 – Données collectées
Le compteur enregistre l'index de consommation quotidien. La courbe de charge (consommation relevée toutes les trente minutes) n'est enregistrée dans le compteur et transmise à Réseau Lumen qu'avec votre accord exprès. Le compteur ne collecte aucune donnée sur les appareils utilisés dans votre logement.

Article 4 – Finalités
Les données sont utilisées pour établir la facturation de l'acheminement, transmettre les index à votre fournisseur d'électricité, détecter les incidents sur le réseau et, si vous l'avez accepté, vous présenter l'historique de votre consommation.

Article 5 – Destinataires
Les index quotidiens sont transmis à votre fournisseur d'électricité. La courbe de charge n'est communiquée à un tiers (fournisseur, société de services énergétiques) qu'avec votre consentement, donné pour chaque destinataire.

Article 6 – Durée de conservation
Les index quotidiens sont conservés vingt-quatre mois. La courbe de charge est conservée douze mois au plus.

Article 7 – Retrait du consentement
Vous pouvez retirer à tout moment votre accord à l'enregistrement ou à la transmission de la courbe de charge depuis votre espace client ou par téléphone au 09 70 00 00 00 (appel non surtaxé).

Article 8 – Droits
Vous disposez des droits d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité. Ils s'exercent par courriel à donnees@reseau-lumen.example ou par courrier au siège. Une réponse vous est apportée dans un délai d'un mois. Vous pouvez saisir la CNIL.

Article 9 – Hébergement
Les données sont hébergées en France.
"""

AMBRE = """# Politique cookies – Maison Ambre

Maison Ambre, marque de cosmétiques naturels, utilise des cookies et traceurs sur le site maison-ambre.example. Cette page vous explique lesquels et comment les refuser.

## Qu'est-ce qu'un cookie ?

Un cookie est un petit fichier déposé sur votre terminal lors de la consultation d'un site. Il permet de reconnaître votre navigateur pendant sa durée de validité.

## Les cookies que nous utilisons

| Cookie | Émetteur | Finalité | Durée |
|---|---|---|---|
| ambre_panier | Maison Ambre | Conserver le contenu de votre panier | 7 jours |
| ambre_session | Maison Ambre | Maintenir votre connexion | Session |
| ambre_diag | Maison Ambre | Mémoriser les résultats de votre diagnostic de peau | 6 mois |
| _ga | Google | Mesure d'audience | 13 mois |

Les cookies « ambre_diag » et « _ga » ne sont déposés qu'avec votre consentement.

## Pas de publicité ciblée

Nous n'utilisons aucun cookie publicitaire et ne permettons à aucune régie de déposer des traceurs sur notre site.

## Boutons de partage

Les boutons de partage vers les réseaux sociaux présents sur nos fiches produits sont de simples liens : ils ne déposent aucun cookie tant que vous ne cliquez pas dessus.

## Votre consentement

Lors de votre première visite, un bandeau vous propose de tout accepter, de tout refuser ou de choisir finalité par finalité. Fermer le bandeau vaut refus. Votre choix est conservé six mois.

Vous pouvez modifier vos choix à tout moment via le lien « Gérer mes cookies » en bas de chaque page.

## Nous contacter

Pour toute question : dpo@maison-ambre.example.

Mise à jour : 2 septembre 2026
"""

TILLEULS = """Clinique vétérinaire des Tilleuls – Vos données et celles de votre animal

Qui sommes-nous ?
La SELARL Clinique vétérinaire des Tilleuls, 8 avenue des Tilleuls, 33000 Bordeaux, est responsable du traitement des données de ses clients.

Quelles données ?
Nous enregistrons vos nom, adresse, téléphone et adresse électronique, ainsi que les informations concernant votre animal : espèce, race, âge, numéro d'identification, antécédents médicaux, vaccins, traitements et comptes rendus de consultation. Nous enregistrons aussi vos règlements.

Pourquoi ?
Pour soigner votre animal, tenir son dossier médical, vous envoyer les rappels de vaccination, établir les factures et répondre à nos obligations réglementaires (registre des médicaments, déclarations au fichier national d'identification).

Sur quelle base ?
Le suivi médical et la facturation reposent sur le contrat de soins. Les rappels de vaccination reposent sur notre intérêt légitime à assurer le suivi sanitaire ; vous pouvez vous y opposer à tout moment. Les déclarations d'identification sont une obligation légale.

Qui y a accès ?
Les vétérinaires et les auxiliaires de la clinique, le laboratoire d'analyses lorsque des prélèvements sont réalisés, et le fichier national d'identification des carnivores domestiques. Nous ne communiquons jamais vos coordonnées à des fabricants d'aliments ou de médicaments.

Combien de temps ?
Le dossier médical est conservé cinq ans après la dernière visite. Les factures sont conservées dix ans.

Vos droits
Vous pouvez accéder à vos données, les faire rectifier ou effacer, vous opposer à leur traitement ou en demander la limitation. Adressez votre demande à l'accueil de la clinique ou par courriel à contact@clinique-tilleuls.example. Nous répondons sous un mois. En cas de désaccord, vous pouvez saisir la CNIL.
"""

ROUSSEL = """# Déménagements Roussel – Données personnelles

## 1. Qui traite vos données ?

Déménagements Roussel SARL, ZA des Prés, 45000 Orléans (« Roussel »).

## 2. Ce que nous recueillons

Pour établir un devis puis réaliser votre déménagement, nous recueillons :

- vos nom, prénom, téléphone et adresse électronique ;
- les adresses de départ et d'arrivée, les étages, l'accès et le stationnement ;
- la liste et le volume des biens à déménager, et les photographies de vos pièces si vous choisissez la visite technique en vidéo ;
- la valeur déclarée des objets pour l'assurance.

## 3. Pourquoi

- établir le devis et la lettre de voiture ;
- organiser le chantier et les autorisations de stationnement ;
- gérer les éventuels sinistres avec notre assureur ;
- facturer.

Nous ne vous adressons pas de prospection commerciale.

## 4. À qui

Aux équipes de déménageurs affectées à votre chantier, à notre assureur en cas de sinistre, et à la mairie pour les demandes d'autorisation de stationnement. Nous ne faisons appel à aucun sous-traitant pour réaliser le déménagement.

## 5. Combien de temps

Devis non signés : six mois. Dossiers de déménagement : cinq ans après la prestation. Photographies de la visite vidéo : supprimées à la fin du déménagement.

## 6. Vos droits

Vous pouvez demander l'accès à vos données, leur rectification, leur effacement ou la limitation du traitement, et vous opposer au traitement. Écrivez-nous à donnees@roussel-demenagement.example. Vous pouvez également adresser une réclamation à la CNIL (www.cnil.fr).

## 7. Sécurité

Les dossiers sont stockés sur un logiciel de gestion hébergé en France, accessible uniquement à nos employés.
"""

PANELIA = """# Panelia – Charte de confidentialité du panel

Bienvenue dans le panel Panelia ! Vous répondez à des questionnaires en ligne et gagnez des points échangeables contre des bons d'achat. Voici comment nous traitons vos données.

## Qui est responsable ?
Panelia SAS, 27 rue Oberkampf, 75011 Paris.

## Quelles données ?
- votre profil : sexe, année de naissance, code postal, composition du foyer, profession ;
- vos réponses aux questionnaires ;
- votre solde de points et vos échanges de bons ;
- des données techniques pour vérifier qu'une même personne ne répond pas plusieurs fois (adresse IP, type de navigateur).

Nous ne vous posons des questions sur votre santé, vos opinions politiques ou religieuses qu'avec votre consentement explicite, recueilli au début du questionnaire concerné ; vous pouvez toujours passer ces questions.

## Pour quoi faire ?
Nous utilisons votre profil pour vous inviter aux études qui correspondent à votre profil et nous gérons vos points. Vos réponses sont transmises à nos clients uniquement sous forme agrégée et anonyme : nos clients ne connaissent jamais votre identité.

## Combien de temps ?
Votre profil est conservé tant que vous êtes membre, puis supprimé douze mois après votre dernière connexion. Les réponses brutes sont conservées dix-huit mois.

## Où ?
Vos données sont hébergées dans l'Union européenne.

## Vos droits
Accès, rectification, effacement, portabilité, limitation et opposition : écrivez à vie-privee@panelia.example ou utilisez la rubrique « Mon compte > Mes données ». Vous pouvez quitter le panel à tout moment en un clic. Vous pouvez saisir la CNIL.
"""

COIFFEO = """# Coiffeo – Cookies et autres traceurs

Coiffeo est l'application de réservation de rendez-vous chez votre coiffeur. Cette politique s'applique au site coiffeo.example et à l'application.

## Traceurs indispensables

Ils permettent la réservation et ne nécessitent pas votre accord :

- `cf_session` : maintient votre connexion (durée de la session) ;
- `cf_booking` : conserve le créneau choisi pendant la réservation (30 minutes) ;
- `cf_consent` : enregistre vos choix en matière de cookies (6 mois).

## Traceurs soumis à votre consentement

- `cf_favoris` : mémorise vos salons favoris sur cet appareil (12 mois) ;
- `_mtm` : mesure d'audience avec Matomo, hébergé par Coiffeo (13 mois).

Aucun traceur publicitaire n'est utilisé, et aucune donnée de navigation n'est transmise aux salons partenaires.

## Comment choisir ?

Au premier lancement, un écran vous propose « Tout accepter », « Tout refuser » et « Personnaliser ». Tant que vous n'avez pas fait de choix, seuls les traceurs indispensables sont utilisés. Vous pouvez revenir sur votre choix dans Profil > Confidentialité > Cookies.

## Vos choix sont conservés

Nous conservons votre choix, qu'il s'agisse d'un accord ou d'un refus, pendant six mois. Nous ne vous redemandons pas votre avis pendant cette période, sauf si nous ajoutons une nouvelle finalité.

## Application mobile

Dans l'application, les mêmes règles s'appliquent aux identifiants stockés sur votre téléphone. Nous n'accédons pas à l'identifiant publicitaire de votre appareil.

## Contact

Coiffeo SAS – Délégué à la protection des données – 5 place Bellecour, 69002 Lyon – dpo@coiffeo.example

Version du 15 mars 2026.
"""

AZUR = """Carte Azur – Notice d'information sur les données personnelles

Article 1. Responsable du traitement
Banque Azur SA, émetteur de la Carte Azur, 18 boulevard Haussmann, 75009 Paris, agit en qualité de responsable du traitement.

Article 2. Données traitées
Nous traitons vos données d'identité, vos coordonnées, vos revenus déclarés lors de la demande de carte, les données de vos opérations (montant, date, commerçant) et les informations relatives au fonctionnement de votre compte.

Article 3. Finalités et fondements
3.1. Gestion de la carte et des opérations de paiement : exécution du contrat.
3.2. Lutte contre la fraude à la carte : intérêt légitime. Une opération inhabituelle peut être bloquée automatiquement ; vous pouvez alors joindre notre service d'opposition pour la débloquer.
3.3. Lutte contre le blanchiment : obligation légale.
3.4. Offres commerciales par courriel : consentement, que vous pouvez retirer à tout moment.

Article 4. Octroi de la carte
La décision d'octroi est prise par un analyste de la banque au vu de votre dossier.

Article 5. Destinataires
Les réseaux de paiement par carte, nos sous-traitants informatiques, les autorités habilitées (Banque de France, administration fiscale) dans les cas prévus par la loi. Vos données ne sont jamais vendues.

Article 6. Transferts
Certaines opérations sont traitées par le réseau de paiement aux États-Unis, sur la base des clauses contractuelles types de la Commission européenne.

Article 7. Conservation
Les données relatives aux opérations sont conservées treize mois à des fins de contestation, puis dix ans en archive pour nos obligations comptables.

Article 8. Droits
Vous disposez des droits d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité. Pour les exercer, écrivez à donnees-personnelles@banque-azur.example ou dans votre agence. Aucun frais ne vous est demandé. Vous pouvez introduire une réclamation auprès de la CNIL.
"""

ONDINE = """# Air Ondine – Gestion des cookies

Lorsque vous consultez air-ondine.example pour rechercher ou réserver un vol, des cookies peuvent être déposés sur votre terminal. Air Ondine SA vous informe ci-dessous de leur finalité et de vos moyens de contrôle.

## 1. Cookies nécessaires au fonctionnement

Ils permettent la recherche de vols, la réservation et le paiement sécurisé. Ils servent aussi à mémoriser la réservation en cours si vous changez de page. Ils ne peuvent pas être désactivés.

## 2. Cookies de personnalisation

Ils mémorisent votre aéroport de départ favori et votre devise. Ils sont déposés uniquement si vous les acceptez. Durée : 6 mois.

## 3. Cookies de mesure d'audience

Nous mesurons la fréquentation du site avec AT Internet (Piano Analytics). Ces cookies sont déposés avec votre accord et expirent au bout de 13 mois.

## 4. Partenaires

| Partenaire | Finalité | Durée |
|---|---|---|
| Piano Analytics | Mesure d'audience | 13 mois |
| Payline | Paiement sécurisé | Session |

Aucun autre partenaire ne dépose de cookie via notre site.

## 5. Exprimer et modifier vos choix

Le bandeau affiché lors de votre première visite vous permet d'accepter ou de refuser les cookies, catégorie par catégorie. Le refus est aussi simple que l'acceptation. Vous pouvez modifier vos choix à tout moment depuis le lien « Cookies » présent en pied de page.

Vos choix sont conservés six mois.

## 6. Contact

Pour toute question relative aux cookies, écrivez à dpo@air-ondine.example.

Dernière mise à jour : 1er juillet 2026
"""

MARCHEPLUS = """# Carte Marché Plus : vos données, vos choix

**Qui traite vos données ?** Marché Plus SAS, 4 rue du Commerce, 35000 Rennes, responsable du programme de fidélité « Carte Marché Plus ».

**Quelles données ?** Vos nom, prénom, date de naissance, adresse électronique, code postal, et l'historique de vos achats réalisés avec la carte (magasin, date, produits, montant).

**Pourquoi ?**

| Finalité | Base légale |
|---|---|
| Gérer votre carte et votre cagnotte | Contrat |
| Vous envoyer des bons de réduction personnalisés | Consentement |
| Réaliser des statistiques de vente agrégées | Intérêt légitime |

**Vos achats restent chez nous.** Nous ne transmettons pas votre historique d'achats aux marques ni à des partenaires commerciaux.

**Combien de temps ?** Votre historique d'achats est conservé 24 mois. Sans utilisation de la carte pendant trois ans, votre compte est clôturé et vos données supprimées.

**Qui y a accès ?** Le service fidélité de Marché Plus et notre prestataire d'envoi de courriels, situé en France.

**Vos droits.** Vous pouvez accéder à vos données, les rectifier, les effacer, en demander la portabilité, vous opposer à leur traitement et retirer votre consentement aux bons personnalisés à tout moment depuis l'application ou à l'accueil de votre magasin. Pour toute demande : fidelite@marcheplus.example. Vous pouvez aussi saisir la CNIL.

**Sécurité.** Vos données sont stockées sur des serveurs protégés par chiffrement et accessibles uniquement aux personnes habilitées. Les accès sont journalisés et contrôlés chaque trimestre.

**Modifications.** Nous vous informerons par courriel de toute modification importante un mois avant son entrée en vigueur.
"""

PARLONS = """Parlons ! École de langues – Questions fréquentes sur vos données

Qui est responsable de mes données ?
L'association Parlons !, 10 rue Sainte-Catherine, 13001 Marseille, qui organise les cours de langues.

Quelles informations me demandez-vous ?
Lors de l'inscription : nom, prénom, date de naissance, adresse, téléphone, adresse électronique, langue étudiée et niveau. Pendant l'année : votre présence aux cours, vos résultats aux évaluations et vos paiements. Pour les mineurs, nous demandons les coordonnées d'un responsable légal.

À quoi servent-elles ?
À constituer les groupes de niveau, suivre votre progression, délivrer les attestations, encaisser les cotisations et vous informer des changements d'horaires. Nous n'utilisons pas vos données pour de la publicité.

Qui peut les consulter ?
Votre professeur, le secrétariat et le trésorier de l'association. Les attestations de niveau pour les examens officiels sont transmises au centre d'examen uniquement si vous vous inscrivez à un examen.

Combien de temps les gardez-vous ?
Trois ans après votre dernière année d'inscription. Les pièces comptables sont conservées dix ans.

Mes données sortent-elles de France ?
Non : notre logiciel de gestion est hébergé à Marseille.

Comment exercer mes droits ?
Vous pouvez accéder à vos données, les rectifier, demander leur effacement ou vous opposer à leur traitement. Il suffit de le demander au secrétariat, sur place ou par courriel à secretariat@parlons.example. Nous vous répondons dans le mois. Vous pouvez aussi vous adresser à la CNIL.

Comment serai-je informé des changements ?
Par courriel, un mois avant leur entrée en vigueur.

Mise à jour : août 2026.
"""

CINEROYAL = """# Cinéroyal – Politique relative aux cookies

Cinéroyal, réseau de cinémas indépendants, édite le site cineroyal.example sur lequel vous pouvez consulter les séances et acheter vos places.

## Pourquoi des cookies ?

- **Fonctionnement** : sélection de votre cinéma, panier, paiement. Ces cookies sont exemptés de consentement.
- **Mesure d'audience** : nous comptons les visites avec un outil paramétré conformément aux recommandations de la CNIL pour bénéficier de l'exemption de consentement (données anonymisées, pas de recoupement avec d'autres traitements, durée de vie de 13 mois non prolongée à chaque visite).
- **Bandes-annonces** : les bandes-annonces sont lues depuis YouTube. YouTube ne dépose ses cookies que si vous cliquez sur « Lire la bande-annonce » après avoir accepté les cookies de YouTube.

## Liste des cookies

| Nom | Finalité | Durée |
|---|---|---|
| cr_cinema | Cinéma choisi | 12 mois |
| cr_panier | Panier | 1 heure |
| cr_audience | Mesure d'audience exemptée | 13 mois |
| YSC, VISITOR_INFO1_LIVE | Lecture des bandes-annonces (YouTube) | Session, 6 mois |

## Refuser ou retirer votre consentement

Vous pouvez refuser les cookies de YouTube dans le bandeau ou à tout moment via le lien « Cookies » en bas de page. Les bandes-annonces restent alors accessibles par un lien vers YouTube.

## Conservation de vos choix

Votre choix, qu'il s'agisse d'un accord ou d'un refus, est conservé six mois ; nous vous interrogeons à nouveau au terme de ce délai.

## Contact

Cinéroyal, service données personnelles, 21 rue des Écoles, 75005 Paris – cookies@cineroyal.example.
"""

FRESH: list[dict[str, Any]] = [
    {"id": "fresh-en-01", "lang": "en", "policy": "privacy", "service": "Skyward Air", "new": SKYWARD},
    {"id": "fresh-en-02", "lang": "en", "policy": "privacy", "service": "FreshPoints", "new": FRESHPOINTS},
    {"id": "fresh-en-03", "lang": "en", "policy": "cookies", "service": "ParkEasy", "new": PARKEASY},
    {"id": "fresh-en-04", "lang": "en", "policy": "privacy", "service": "Brightsmile Dental", "new": BRIGHTSMILE},
    {"id": "fresh-en-05", "lang": "en", "policy": "privacy", "service": "LinguaHouse", "new": LINGUA},
    {"id": "fresh-en-06", "lang": "en", "policy": "cookies", "service": "Reelhouse Cinemas", "new": REELHOUSE},
    {"id": "fresh-en-07", "lang": "en", "policy": "privacy", "service": "CycleLoop", "new": CYCLELOOP},
    {"id": "fresh-en-08", "lang": "en", "policy": "privacy", "service": "Hearthguard", "new": HEARTHGUARD},
    {"id": "fresh-en-09", "lang": "en", "policy": "cookies", "service": "Pagewise", "new": PAGEWISE},
    {"id": "fresh-en-10", "lang": "en", "policy": "privacy", "service": "Thermia Home", "new": THERMIA},
    {"id": "fresh-en-11", "lang": "en", "policy": "privacy", "service": "GateStub", "new": GATESTUB},
    {"id": "fresh-en-12", "lang": "en", "policy": "cookies", "service": "Alpenglow Resort", "new": ALPENGLOW},
    {"id": "fresh-fr-01", "lang": "fr", "policy": "privacy", "service": "Agence Emploi Avenir", "new": EMPLOI},
    {"id": "fresh-fr-02", "lang": "fr", "policy": "privacy", "service": "Réseau Lumen", "new": LUMEN},
    {"id": "fresh-fr-03", "lang": "fr", "policy": "cookies", "service": "Maison Ambre", "new": AMBRE},
    {
        "id": "fresh-fr-04",
        "lang": "fr",
        "policy": "privacy",
        "service": "Clinique vétérinaire des Tilleuls",
        "new": TILLEULS,
    },
    {"id": "fresh-fr-05", "lang": "fr", "policy": "privacy", "service": "Déménagements Roussel", "new": ROUSSEL},
    {"id": "fresh-fr-06", "lang": "fr", "policy": "privacy", "service": "Panelia", "new": PANELIA},
    {"id": "fresh-fr-07", "lang": "fr", "policy": "cookies", "service": "Coiffeo", "new": COIFFEO},
    {"id": "fresh-fr-08", "lang": "fr", "policy": "privacy", "service": "Carte Azur", "new": AZUR},
    {"id": "fresh-fr-09", "lang": "fr", "policy": "cookies", "service": "Air Ondine", "new": ONDINE},
    {"id": "fresh-fr-10", "lang": "fr", "policy": "privacy", "service": "Marché Plus", "new": MARCHEPLUS},
    {"id": "fresh-fr-11", "lang": "fr", "policy": "privacy", "service": "Parlons !", "new": PARLONS},
    {"id": "fresh-fr-12", "lang": "fr", "policy": "cookies", "service": "Cinéroyal", "new": CINEROYAL},
]

EDITS: list[Pair] = [
    # ---------------- English ----------------
    (
        "fresh-en-01",
        "major",
        ["R2", "R1"],
        False,
        False,
        'A new purpose is added: "to train the machine-learning models that forecast demand on our routes, using your booking history"; the date stamp also moves.',
        [
            ("Last updated: 3 March 2026", "Last updated: 9 November 2026"),
            (
                "to run Skyward Miles and, if you agreed, to send you fare alerts.",
                "to run Skyward Miles, to train the machine-learning models that forecast demand on our routes, using your booking history, and, if you agreed, to send you fare alerts.",
            ),
        ],
    ),
    (
        "fresh-en-01",
        "major",
        ["R6", "R1"],
        False,
        False,
        'A new transfer outside the EU: "our customer-service centre in India accesses booking data under the European Commission\'s standard contractual clauses".',
        [
            (
                "Our booking system is hosted by a processor in Ireland.",
                "Our booking system is hosted by a processor in Ireland; our customer-service centre in India accesses booking data under the European Commission's standard contractual clauses.",
            ),
            ("Last updated: 3 March 2026", "Last updated: 27 November 2026"),
        ],
    ),
    (
        "fresh-en-02",
        "major",
        ["R5"],
        False,
        False,
        'A new recipient is added: "Our retail media partner, Shelfline Ltd, receives your email address in hashed form to measure whether our offers lead to purchases."',
        [
            (
                "Both are located in the United Kingdom or the European Economic Area.",
                "Both are located in the United Kingdom or the European Economic Area. Our retail media partner, Shelfline Ltd, receives your email address in hashed form to measure whether our offers lead to purchases.",
            )
        ],
    ),
    (
        "fresh-en-02",
        "rights_reducing",
        ["R10"],
        False,
        False,
        'Personalised offers move from consent ("may withdraw in the app under \\"Offers settings\\" at any time") to "necessary for the FreshPoints contract", which removes the right to withdraw consent.',
        [
            (
                'Personalised offers rely on your consent, which you give when you join and may withdraw in the app under "Offers settings" at any time; you will still collect points.',
                "Personalised offers are an integral part of the FreshPoints programme and are therefore necessary for the FreshPoints contract.",
            )
        ],
    ),
    (
        "fresh-en-03",
        "minor",
        ["R17", "R1"],
        False,
        False,
        'The functional cookie "pe_lang" is removed from the cookie table; fewer cookies is not adverse.',
        [drop("| pe_lang |"), ("*Version 4, effective 1 February 2026.*", "*Version 4.1, effective 1 December 2026.*")],
    ),
    (
        "fresh-en-03",
        "editorial",
        ["R1"],
        False,
        False,
        '"Refusing is as easy as accepting: both buttons are on the first screen" is reworded to say the same thing, and the version stamp changes.',
        [
            (
                "Refusing is as easy as accepting: both buttons are on the first screen.",
                "Saying no takes no more effort than saying yes, since the two buttons appear side by side on the very first screen.",
            ),
            ("*Version 4, effective 1 February 2026.*", "*Version 5, effective 1 December 2026.*"),
        ],
    ),
    (
        "fresh-en-04",
        "major",
        ["R8", "R1"],
        False,
        False,
        'A fixed period ("kept for 6 years") becomes a vague criterion ("for as long as necessary for our accounting purposes"); the heading rewording is editorial.',
        [
            (
                "Billing records are kept for 6 years.",
                "Billing records are kept for as long as necessary for our accounting purposes.",
            ),
            ("Article 7 – Complaints", "Article 7 – Complaints to the regulator"),
        ],
    ),
    (
        "fresh-en-04",
        "minor",
        ["R14"],
        False,
        False,
        'The controller\'s address is reformatted ("22 Harbour Street, Bristol BS1 5TT" becomes a postal block with the country); same address and channel.',
        [
            (
                "Brightsmile Dental Clinic LLP, 22 Harbour Street, Bristol BS1 5TT, is the controller",
                "Brightsmile Dental Clinic LLP (22 Harbour Street, Bristol, BS1 5TT, United Kingdom) is the controller",
            )
        ],
    ),
    (
        "fresh-en-05",
        "major",
        ["R7"],
        False,
        False,
        'A new data category: "we also collect a copy of your passport and your visa status".',
        [
            (
                "We don't record lessons.",
                "We don't record lessons. If you ask us for a student visa letter, we also collect a copy of your passport and your visa status.",
            )
        ],
    ),
    (
        "fresh-en-05",
        "rights_reducing",
        ["R12", "R5", "R1"],
        False,
        False,
        '"We don\'t share your details with partner schools" becomes "We may also share your details with partner schools abroad": a no-sharing promise is weakened.',
        [
            (
                "That's it. We don't share your details with partner schools or sell them to anyone.",
                "We may also share your details with partner schools abroad that offer study trips. We don't sell them to anyone.",
            ),
            ("_Last updated: January 2026_", "_Last updated: November 2026_"),
        ],
    ),
    (
        "fresh-en-05",
        "editorial",
        ["R1"],
        False,
        False,
        'The list items under "Why do we need it?" are reordered without any change of meaning.',
        [
            (
                "- To put you in the right class and keep track of your progress.\n- To send you your timetable and certificates.\n- To take payments and send invoices.",
                "- To take payments and send invoices.\n- To send you your timetable and certificates.\n- To put you in the right class and keep track of your progress.",
            )
        ],
    ),
    (
        "fresh-en-06",
        "minor",
        ["R9", "R1"],
        False,
        False,
        'Lifetimes get shorter: "`rh_cinema` – preference – 12 months" becomes 6 months; the date stamp changes.',
        [
            ("- `rh_cinema` – preference – 12 months", "- `rh_cinema` – preference – 6 months"),
            ("Updated 12 April 2026.", "Updated 20 November 2026."),
        ],
    ),
    (
        "fresh-en-06",
        "editorial",
        ["R1"],
        False,
        True,
        'Pure re-rendering: list bullets change from "-" to "*" and "## Categories" becomes a level-3 heading; every sentence is unchanged.',
        [
            ("## Categories", "### Categories"),
            ("- `rh_basket`", "* `rh_basket`"),
            ("- `rh_seat`", "* `rh_seat`"),
            ("- `rh_cinema`", "* `rh_cinema`"),
            ("- `rh_vo`", "* `rh_vo`"),
            ("- `_pk_id`", "* `_pk_id`"),
            ("- `_pk_ses`", "* `_pk_ses`"),
        ],
    ),
    (
        "fresh-en-07",
        "major",
        ["R11", "R2"],
        False,
        False,
        'Profiling is introduced: "give each rider a risk score; riders with a high score may be asked for a deposit before unlocking a bike".',
        [
            (
                "you can object to it.\n",
                "you can object to it. We also use your trip history to give each rider a risk score; riders with a high score may be asked for a deposit before unlocking a bike.\n",
            )
        ],
    ),
    (
        "fresh-en-07",
        "rights_reducing",
        ["R13", "R1"],
        False,
        False,
        'The rights list loses portability and objection: "You may access, correct, erase and port your data, restrict processing and object to it" becomes "access, correct and erase your data and restrict processing".',
        [
            (
                "You may access, correct, erase and port your data, restrict processing and object to it.",
                "You may access, correct and erase your data and restrict processing.",
            ),
            ("Version of 1 May 2026.", "Version of 1 December 2026."),
        ],
    ),
    (
        "fresh-en-07",
        "editorial",
        ["R1"],
        False,
        False,
        "Only the title's capitalisation and a comma change; the text says the same.",
        [
            ("CycleLoop privacy policy", "CycleLoop Privacy Policy"),
            ("When you close your account, the rest", "When you close your account the rest"),
        ],
    ),
    (
        "fresh-en-08",
        "major",
        ["R3", "R1"],
        False,
        False,
        'The controller changes: "Hearthguard is a trading name of Northbridge Mutual Insurance plc ... which is the controller".',
        [
            (
                "Hearthguard Insurance Company Ltd, 40 Lombard Row, London EC3V 9AA, insures homes and their contents. We are the controller",
                "Hearthguard is a trading name of Northbridge Mutual Insurance plc, 1 Castle Street, Edinburgh EH1 2DP, which insures homes and their contents and is the controller",
            ),
            ("## Who we share it with", "## Who we share your information with"),
        ],
    ),
    (
        "fresh-en-08",
        "minor",
        ["R9"],
        False,
        False,
        'A new right is listed: "and ask for the information you gave us in a portable format".',
        [
            (
                "and object to its use for marketing.",
                "object to its use for marketing, and ask for the information you gave us in a portable format.",
            )
        ],
    ),
    (
        "fresh-en-08",
        "editorial",
        ["R1"],
        False,
        False,
        "The purposes sentence is rewritten at length with the same four purposes; the marketing heading is renamed.",
        [
            (
                "We use this information to price your cover, manage your policy, handle claims and prevent fraud.",
                "The information described above is what allows us to work out the price of your cover, to look after your policy for as long as it runs, to deal with any claim you make and to protect you and other customers from fraud.",
            ),
            ("## Marketing", "## Marketing messages"),
        ],
    ),
    (
        "fresh-en-09",
        "major",
        ["R15"],
        True,
        False,
        'A new advertising purpose and a new third-party vendor: "Criteo ... to show you Pagewise adverts on other websites".',
        [
            before(
                "## Your consent",
                "## 5. Advertising (consent)\nWith your consent, our partner Criteo places a cookie to show you Pagewise adverts on other websites, based on the books you viewed.\n\n| Cookie | Why | Lifetime |\n|---|---|---|\n| cto_bundle | Advertising on other websites (Criteo) | 13 months |\n\n",
            )
        ],
    ),
    (
        "fresh-en-09",
        "editorial",
        ["R1"],
        False,
        True,
        "Pure re-rendering: the one-row recommendations table becomes a list item with the same name, purpose and lifetime.",
        [
            (
                "| Cookie | Why | Lifetime |\n|---|---|---|\n| pw_reco | Books viewed | 6 months |",
                "- **pw_reco** – Books viewed – 6 months",
            )
        ],
    ),
    (
        "fresh-en-10",
        "major",
        ["R8", "R1"],
        False,
        False,
        'Longer retention: "Temperature history is kept for 24 months" becomes 36 months; the effective date changes.',
        [
            ("Temperature history is kept for 24 months", "Temperature history is kept for 36 months"),
            ("*Effective 1 June 2026*", "*Effective 1 January 2027*"),
        ],
    ),
    (
        "fresh-en-10",
        "minor",
        ["R9", "R1"],
        False,
        False,
        'Clearer wording of the same practice: the location is "the town you enter during set-up", still at town level, still for weather forecasts.',
        [
            (
                "your home's approximate location (town level, for weather forecasts)",
                "your home's approximate location (the town you enter during set-up, used only to fetch weather forecasts)",
            ),
            ("*Effective 1 June 2026*", "*Effective 1 December 2026*"),
        ],
    ),
    (
        "fresh-en-10",
        "editorial",
        ["R1"],
        False,
        False,
        "Heading renamed and a sentence reworded; nothing changes in meaning.",
        [
            ("## Storage and retention", "## Where we store data and for how long"),
            (
                "Diagnosing faults when you contact support.",
                "Finding the cause of a fault when you get in touch with support.",
            ),
        ],
    ),
    (
        "fresh-en-11",
        "major",
        ["R6", "R1"],
        False,
        False,
        'A new transfer outside the EEA: "for customer support, in the Philippines, under standard contractual clauses".',
        [
            (
                "Your data are processed in the European Economic Area.",
                "Your data are processed in the European Economic Area and, for customer support, in the Philippines, under standard contractual clauses.",
            ),
            ("6. International transfers", "6. Where your data are processed"),
        ],
    ),
    (
        "fresh-en-11",
        "rights_reducing",
        ["R4"],
        False,
        False,
        'Exercising rights gets harder: the email channel is removed and "attach a copy of an identity document" is required.',
        [
            (
                "To exercise your rights, use the online form at gatestub.example/privacy or email privacy@gatestub.example.",
                "To exercise your rights, use the online form at gatestub.example/privacy and attach a copy of an identity document.",
            )
        ],
    ),
    (
        "fresh-en-11",
        "editorial",
        ["R1"],
        False,
        False,
        "A heading is renamed and the first purpose is reworded with the same meaning.",
        [
            ("1. About us", "1. Who we are"),
            (
                "- to issue and deliver your tickets and handle refunds if an event is cancelled;",
                "- to issue your tickets, send them to you and refund you if an event is called off;",
            ),
        ],
    ),
    (
        "fresh-en-12",
        "minor",
        ["R17"],
        False,
        False,
        'The statistics cookie "ag_stats" and its category are removed.',
        [drop("* **Statistics**"), drop("| ag_stats |")],
    ),
    (
        "en-167",
        "rights_reducing",
        ["R12"],
        False,
        False,
        '"we are not in the business of selling it to others" becomes "we may sell it to carefully selected partners": a no-sale promise is reversed.',
        [("we are not in the business of selling it to others", "we may sell it to carefully selected partners")],
    ),
    (
        "en-149",
        "rights_reducing",
        ["R10"],
        False,
        False,
        '"Cookies can only be installed on your device with your consent" becomes installation "when you continue to browse the Website", removing the choice to refuse or withdraw.',
        [
            (
                "Cookies can only be installed on your device with your consent unless",
                "Cookies are installed on your device when you continue to browse the Website, unless",
            )
        ],
    ),
    (
        "en-101",
        "major",
        ["R15"],
        True,
        False,
        'A new tracker category needing consent: "Session Replay Cookies ... record your clicks, scrolls and keystrokes".',
        [
            before(
                "| Social Media Cookies |",
                "| Session Replay Cookies | These Cookies record your clicks, scrolls and keystrokes on our Websites so that our analytics partner can replay your visit for us. |\n",
            )
        ],
    ),
    (
        "en-113",
        "major",
        ["R16"],
        False,
        False,
        'A cookie\'s lifetime grows: "only lasting for a few minutes" becomes "lasting for 30 days".',
        [("This a short-lived cookie, only lasting for a few minutes.", "This cookie lasts for 30 days.")],
    ),
    (
        "en-005",
        "minor",
        ["R17"],
        False,
        False,
        "A subprocessor row (Elasticsearch, Inc.) is removed from the list; fewer recipients is not adverse.",
        [drop("| Elasticsearch, Inc.")],
    ),
    (
        "en-163",
        "minor",
        ["R17"],
        False,
        False,
        'The local storage item "_hjRecordingLastActivity" is removed from the table.',
        [drop("_hjRecordingLastActivity")],
    ),
    (
        "en-167",
        "minor",
        ["R14"],
        False,
        False,
        'The postal address is reformatted ("Attn: Legal Department" moved, state and ZIP spelled out); same channel, same address.',
        [
            (
                "Wolfram Research, Inc., Attn: Legal Department, 100 Trade Center Drive, Champaign, IL 61820-7237, USA.",
                "Wolfram Research, Inc. (Attention: Legal Department), 100 Trade Center Drive, Champaign, Illinois 61820-7237, United States.",
            )
        ],
    ),
    (
        "en-119",
        "minor",
        ["R9"],
        False,
        False,
        'A new opt-out is offered: "you can also switch off personalised recommendations in the same section".',
        [
            (
                "You may access or change your information and preferences at any time in the account settings section of Goodreads.com once you have signed in with your personal password.",
                "You may access or change your information and preferences at any time in the account settings section of Goodreads.com once you have signed in with your personal password. You can also switch off personalised recommendations in the same section.",
            )
        ],
    ),
    (
        "en-119",
        "editorial",
        ["R1"],
        False,
        False,
        'Only the "Last updated" stamp changes, and "e-mail" loses its hyphen in one place.',
        [
            ("Last updated: June 27, 2023.", "Last updated: November 28, 2026."),
            ("whether to display your e-mail address", "whether to display your email address"),
        ],
    ),
    (
        "en-147",
        "editorial",
        ["R1"],
        False,
        False,
        'The merger note is reworded ("Outbrain has been trading under the Teads name") without changing who does what.',
        [
            (
                "_Outbrain is operating under the Teads brand following the merger of Outbrain and Teads. Although",
                "_Since Outbrain and Teads merged, Outbrain has been trading under the Teads name. Even though",
            )
        ],
    ),
    (
        "en-034",
        "editorial",
        ["R1"],
        False,
        True,
        "Pure re-rendering: the Internet Explorer link destination is wrapped in angle brackets, same target and label.",
        [
            (
                "* [Internet Explorer](https://support.microsoft.com/en-us/topic/delete-and-manage-cookies-168dab11-0753-043d-7c16-ede5947fc64d)",
                "* [Internet Explorer](<https://support.microsoft.com/en-us/topic/delete-and-manage-cookies-168dab11-0753-043d-7c16-ede5947fc64d>)",
            )
        ],
    ),
    (
        "en-001",
        "editorial",
        ["R1"],
        False,
        True,
        'Pure re-rendering: the "Analytics and research" link text is set in bold, same target and words.',
        [
            (
                "[Analytics and research](https://www.facebook.com/privacy/policies/cookies/?subpage=subpage-1.6)",
                "[**Analytics and research**](https://www.facebook.com/privacy/policies/cookies/?subpage=subpage-1.6)",
            )
        ],
    ),
    # ---------------- French ----------------
    (
        "fresh-fr-01",
        "major",
        ["R11", "R1"],
        False,
        False,
        "Un profilage est introduit : « Un score de distance à l'emploi est calculé automatiquement à partir de votre parcours, de votre âge et de la durée de votre inscription ».",
        [
            (
                "aucune décision vous concernant n'est prise sur le seul fondement d'un traitement automatisé.",
                "aucune décision vous concernant n'est prise sur le seul fondement d'un traitement automatisé. Un score de distance à l'emploi est calculé automatiquement à partir de votre parcours, de votre âge et de la durée de votre inscription ; il est utilisé pour proposer à votre conseiller le type d'accompagnement à vous offrir.",
            ),
            ("## Destinataires", "## Destinataires des données"),
        ],
    ),
    (
        "fresh-fr-01",
        "minor",
        ["R9", "R1"],
        False,
        False,
        "Un nouveau droit est ajouté : « ainsi que d'un droit à la portabilité des données que vous nous avez fournies » ; un titre est reformulé.",
        [
            (
                "Vous disposez d'un droit d'accès, de rectification, de limitation et d'opposition.",
                "Vous disposez d'un droit d'accès, de rectification, de limitation et d'opposition, ainsi que d'un droit à la portabilité des données que vous nous avez fournies.",
            ),
            ("## Durée de conservation", "## Combien de temps vos données sont-elles conservées ?"),
        ],
    ),
    (
        "fresh-fr-02",
        "major",
        ["R3", "R1"],
        False,
        False,
        "Le responsable de traitement change : « Enedra Distribution SA, 8 place de la Gare, 59800 Lille, qui a absorbé Réseau Lumen SA le 1er janvier 2027, est responsable ».",
        [
            (
                "Réseau Lumen SA, 3 quai des Flandres, 59000 Lille, est responsable des traitements décrits ci-après.",
                "Enedra Distribution SA, 8 place de la Gare, 59800 Lille, qui a absorbé Réseau Lumen SA le 1er janvier 2027, est responsable des traitements décrits ci-après.",
            ),
            ("Article 9 – Hébergement", "Article 9 – Lieu d'hébergement"),
        ],
    ),
    (
        "fresh-fr-02",
        "rights_reducing",
        ["R10"],
        False,
        False,
        "La courbe de charge n'est plus enregistrée « qu'avec votre accord exprès » mais « sur le fondement de l'intérêt légitime », et l'article 7 ne permet plus que de s'opposer à sa seule transmission : le droit de retirer son consentement disparaît.",
        [
            (
                "La courbe de charge (consommation relevée toutes les trente minutes) n'est enregistrée dans le compteur et transmise à Réseau Lumen qu'avec votre accord exprès.",
                "La courbe de charge (consommation relevée toutes les trente minutes) est enregistrée dans le compteur et transmise à Réseau Lumen, sur le fondement de l'intérêt légitime, pour les besoins de l'équilibrage du réseau.",
            ),
            (
                "Vous pouvez retirer à tout moment votre accord à l'enregistrement ou à la transmission de la courbe de charge",
                "Vous pouvez retirer à tout moment votre accord à la transmission de la courbe de charge à un tiers",
            ),
        ],
    ),
    (
        "fresh-fr-02",
        "editorial",
        ["R1"],
        False,
        False,
        "« Les données sont hébergées en France » devient « L'hébergement des données est assuré sur le territoire français » : même sens.",
        [("Les données sont hébergées en France.", "L'hébergement des données est assuré sur le territoire français.")],
    ),
    (
        "fresh-fr-03",
        "major",
        ["R15"],
        True,
        False,
        "Un nouveau tiers et un nouveau type de traceur : « _hjid | Hotjar | Enregistrement des clics et du défilement sur nos pages ».",
        [
            before(
                "| _ga | Google |",
                "| _hjid | Hotjar | Enregistrement des clics et du défilement sur nos pages | 12 mois |\n",
            ),
            (
                "Les cookies « ambre_diag » et « _ga » ne sont déposés",
                "Les cookies « ambre_diag », « _hjid » et « _ga » ne sont déposés",
            ),
        ],
    ),
    (
        "fresh-fr-03",
        "minor",
        ["R17", "R1"],
        False,
        False,
        "Le cookie de mesure d'audience « _ga » de Google est retiré ; la date de mise à jour change.",
        [
            drop("| _ga | Google |"),
            (
                "Les cookies « ambre_diag » et « _ga » ne sont déposés qu'avec votre consentement.",
                "Le cookie « ambre_diag » n'est déposé qu'avec votre consentement.",
            ),
            ("Mise à jour : 2 septembre 2026", "Mise à jour : 25 novembre 2026"),
        ],
    ),
    (
        "fresh-fr-04",
        "major",
        ["R5", "R1"],
        False,
        False,
        "Un nouveau destinataire : « notre prestataire d'envoi de SMS, Vetalert, qui reçoit votre nom, votre numéro de téléphone et la date du rappel ».",
        [
            (
                "et le fichier national d'identification des carnivores domestiques.",
                "et le fichier national d'identification des carnivores domestiques. Les rappels de vaccination sont envoyés par notre prestataire d'envoi de SMS, Vetalert, qui reçoit votre nom, votre numéro de téléphone et la date du rappel.",
            ),
            ("Nous enregistrons aussi vos règlements.", "Nous enregistrons également vos règlements."),
        ],
    ),
    (
        "fresh-fr-04",
        "minor",
        ["R9"],
        False,
        False,
        "Durée plus courte : « conservé cinq ans après la dernière visite » devient « trois ans ».",
        [
            (
                "Le dossier médical est conservé cinq ans après la dernière visite.",
                "Le dossier médical est conservé trois ans après la dernière visite.",
            )
        ],
    ),
    (
        "fresh-fr-04",
        "editorial",
        ["R1"],
        False,
        True,
        "Rendu technique seulement : les intertitres en texte simple deviennent des titres Markdown, sans changement d'un mot.",
        [
            ("Qui sommes-nous ?\n", "## Qui sommes-nous ?\n"),
            ("Quelles données ?\n", "## Quelles données ?\n"),
            ("Pourquoi ?\n", "## Pourquoi ?\n"),
            ("Sur quelle base ?\n", "## Sur quelle base ?\n"),
            ("Qui y a accès ?\n", "## Qui y a accès ?\n"),
            ("Combien de temps ?\n", "## Combien de temps ?\n"),
            ("Vos droits\n", "## Vos droits\n"),
        ],
    ),
    (
        "fresh-fr-05",
        "minor",
        ["R14"],
        False,
        False,
        "L'adresse du responsable est remise en forme (« Zone artisanale des Prés » et « 45000 ORLÉANS » sur des lignes distinctes) : même adresse, même canal.",
        [
            (
                "Déménagements Roussel SARL, ZA des Prés, 45000 Orléans (« Roussel »).",
                "Déménagements Roussel SARL (« Roussel »)\nZone artisanale des Prés\n45000 ORLÉANS",
            )
        ],
    ),
    (
        "fresh-fr-05",
        "editorial",
        ["R1"],
        False,
        False,
        "Les finalités de la section 3 sont réordonnées, sans ajout ni retrait.",
        [
            (
                "- établir le devis et la lettre de voiture ;\n- organiser le chantier et les autorisations de stationnement ;\n- gérer les éventuels sinistres avec notre assureur ;\n- facturer.",
                "- établir le devis et la lettre de voiture ;\n- facturer ;\n- organiser le chantier et les autorisations de stationnement ;\n- gérer les éventuels sinistres avec notre assureur.",
            )
        ],
    ),
    (
        "fresh-fr-06",
        "major",
        ["R2", "R1"],
        False,
        False,
        "Nouvelle finalité : « pour entraîner nos modèles d'intelligence artificielle qui prédisent les résultats des études ».",
        [
            (
                "et nous gérons vos points.",
                "et nous gérons vos points. Nous utilisons également vos réponses pour entraîner nos modèles d'intelligence artificielle qui prédisent les résultats des études.",
            ),
            ("## Où ?", "## Où sont-elles hébergées ?"),
        ],
    ),
    (
        "fresh-fr-06",
        "minor",
        ["R9"],
        False,
        False,
        "Durée plus courte : « Les réponses brutes sont conservées dix-huit mois » devient « douze mois ».",
        [("Les réponses brutes sont conservées dix-huit mois.", "Les réponses brutes sont conservées douze mois.")],
    ),
    (
        "fresh-fr-06",
        "editorial",
        ["R1"],
        False,
        False,
        "Longue reformulation de l'introduction et réordonnancement de la liste des données, sans changement de sens.",
        [
            (
                "Bienvenue dans le panel Panelia ! Vous répondez à des questionnaires en ligne et gagnez des points échangeables contre des bons d'achat. Voici comment nous traitons vos données.",
                "Merci de faire partie du panel Panelia ! En répondant à nos questionnaires en ligne, vous cumulez des points que vous pouvez convertir en bons d'achat. Cette charte vous explique ce que nous faisons de vos données.",
            ),
            (
                "- vos réponses aux questionnaires ;\n- votre solde de points et vos échanges de bons ;",
                "- votre solde de points et vos échanges de bons ;\n- vos réponses aux questionnaires ;",
            ),
        ],
    ),
    (
        "fresh-fr-07",
        "major",
        ["R16", "R1"],
        False,
        False,
        "Durée de vie allongée : « `cf_favoris` ... (12 mois) » devient « (13 mois) ».",
        [
            (
                "mémorise vos salons favoris sur cet appareil (12 mois)",
                "mémorise vos salons favoris sur cet appareil (13 mois)",
            ),
            ("Version du 15 mars 2026.", "Version du 1er décembre 2026."),
        ],
    ),
    (
        "fresh-fr-07",
        "minor",
        ["R17"],
        False,
        False,
        "Le traceur de mesure d'audience « `_mtm` » (Matomo) est retiré de la liste.",
        [drop("- `_mtm` :")],
    ),
    (
        "fresh-fr-07",
        "editorial",
        ["R1"],
        False,
        False,
        "La phrase sur l'absence de choix est reformulée et la date de version change, sans effet sur le sens.",
        [
            (
                "Tant que vous n'avez pas fait de choix, seuls les traceurs indispensables sont utilisés.",
                "Aussi longtemps que vous n'avez rien choisi, nous n'utilisons que les traceurs indispensables.",
            ),
            ("Version du 15 mars 2026.", "Version du 27 novembre 2026."),
        ],
    ),
    (
        "fresh-fr-08",
        "major",
        ["R6"],
        False,
        False,
        "La garantie du transfert change : « clauses contractuelles types de la Commission européenne » devient « cadre de protection des données UE–États-Unis ».",
        [
            (
                "sur la base des clauses contractuelles types de la Commission européenne.",
                "sur la base du cadre de protection des données UE–États-Unis (Data Privacy Framework).",
            )
        ],
    ),
    (
        "fresh-fr-08",
        "rights_reducing",
        ["R4", "R1"],
        False,
        False,
        "Des frais sont introduits : « Aucun frais ne vous est demandé » devient « toute demande de copie supplémentaire est facturée 15 euros ».",
        [
            (
                "Aucun frais ne vous est demandé.",
                "La première demande de copie de l'année est gratuite ; toute demande de copie supplémentaire est facturée 15 euros.",
            ),
            ("Article 7. Conservation", "Article 7. Durées de conservation"),
        ],
    ),
    (
        "fresh-fr-09",
        "major",
        ["R15", "R1"],
        True,
        False,
        "Un nouveau partenaire tiers et une nouvelle finalité : « Contentsquare | Analyse des parcours de navigation et des clics ».",
        [
            before("| Payline |", "| Contentsquare | Analyse des parcours de navigation et des clics | 13 mois |\n"),
            ("Dernière mise à jour : 1er juillet 2026", "Dernière mise à jour : 28 novembre 2026"),
        ],
    ),
    (
        "fresh-fr-09",
        "minor",
        ["R17"],
        False,
        False,
        "Le partenaire « Payline » est retiré du tableau des partenaires.",
        [drop("| Payline |")],
    ),
    (
        "fresh-fr-10",
        "major",
        ["R8", "R1"],
        False,
        False,
        "Conservation allongée : « conservé 24 mois » devient « conservé 36 mois » ; la reformulation du titre est éditoriale.",
        [
            ("Votre historique d'achats est conservé 24 mois.", "Votre historique d'achats est conservé 36 mois."),
            ("# Carte Marché Plus : vos données, vos choix", "# Carte Marché Plus – vos données et vos choix"),
        ],
    ),
    (
        "fresh-fr-10",
        "rights_reducing",
        ["R12", "R5"],
        False,
        False,
        "L'engagement « Nous ne transmettons pas votre historique d'achats aux marques » est affaibli : les « marques partenaires du programme » peuvent désormais le recevoir.",
        [
            (
                "Nous ne transmettons pas votre historique d'achats aux marques ni à des partenaires commerciaux.",
                "Nous ne transmettons pas votre historique d'achats à des partenaires commerciaux, à l'exception des marques partenaires du programme, qui peuvent l'utiliser pour vous adresser leurs propres offres.",
            )
        ],
    ),
    (
        "fresh-fr-11",
        "rights_reducing",
        ["R4", "R1"],
        False,
        False,
        "L'exercice des droits devient plus difficile : « lettre recommandée avec accusé de réception » et « copie de votre pièce d'identité » remplacent la demande sur place ou par courriel.",
        [
            (
                "Il suffit de le demander au secrétariat, sur place ou par courriel à secretariat@parlons.example.",
                "Votre demande doit être adressée par lettre recommandée avec accusé de réception au siège de l'association, accompagnée d'une copie de votre pièce d'identité.",
            ),
            ("Mise à jour : août 2026.", "Mise à jour : novembre 2026."),
        ],
    ),
    (
        "fresh-fr-11",
        "editorial",
        ["R1"],
        False,
        False,
        "Une réponse est reformulée (« À quoi servent-elles ? ») et « aussi » devient « également », sans changement de sens.",
        [
            (
                "À constituer les groupes de niveau, suivre votre progression, délivrer les attestations, encaisser les cotisations et vous informer des changements d'horaires.",
                "Elles nous servent à former les groupes de niveau, à suivre vos progrès, à vous remettre vos attestations, à encaisser les cotisations et à vous prévenir quand les horaires changent.",
            ),
            ("Vous pouvez aussi vous adresser à la CNIL.", "Vous pouvez également vous adresser à la CNIL."),
        ],
    ),
    (
        "fresh-fr-12",
        "minor",
        ["R9"],
        False,
        False,
        "Durée de vie raccourcie : « cr_cinema | Cinéma choisi | 12 mois » devient « 6 mois ».",
        [("| cr_cinema | Cinéma choisi | 12 mois |", "| cr_cinema | Cinéma choisi | 6 mois |")],
    ),
    (
        "fresh-fr-12",
        "editorial",
        ["R1"],
        False,
        False,
        "Un titre est renommé (« À quoi servent nos cookies ? ») et une phrase reformulée sans changement de sens.",
        [
            ("## Pourquoi des cookies ?", "## À quoi servent nos cookies ?"),
            (
                "Les bandes-annonces restent alors accessibles par un lien vers YouTube.",
                "Vous pourrez toujours voir les bandes-annonces en suivant un lien vers YouTube.",
            ),
        ],
    ),
    (
        "fr-179",
        "major",
        ["R8"],
        False,
        False,
        "Conservation allongée : « pour une durée de 6 mois » devient « pour une durée de 13 mois ».",
        [
            (
                "sont conservées par Air Austral pour une durée de 6 mois",
                "sont conservées par Air Austral pour une durée de 13 mois",
            )
        ],
    ),
    (
        "fr-239",
        "major",
        ["R6"],
        False,
        False,
        "Nouveau transfert hors UE : « et, pour leur sauvegarde, aux États-Unis, sur la base des clauses contractuelles types ».",
        [
            (
                "sur des serveurs localisés en France.",
                "sur des serveurs localisés en France et, pour leur sauvegarde, aux États-Unis, sur la base des clauses contractuelles types de la Commission européenne.",
            )
        ],
    ),
    (
        "fr-245",
        "major",
        ["R7"],
        False,
        False,
        "Nouvelle catégorie de données : « l’enregistrement audio de l’habitacle pendant la course ».",
        [
            (
                "Le tracé GPS de la course (position du véhicule au cours du trajet) ainsi que",
                "Le tracé GPS de la course (position du véhicule au cours du trajet), l’enregistrement audio de l’habitacle pendant la course, ainsi que",
            )
        ],
    ),
    (
        "fr-239",
        "rights_reducing",
        ["R13"],
        False,
        False,
        "La phrase sur la réclamation auprès de la CNIL (« vous pouvez porter réclamation auprès de la CNIL ») est supprimée.",
        [drop("vous pouvez porter réclamation auprès de la CNIL")],
    ),
    (
        "fr-248",
        "rights_reducing",
        ["R12", "R2"],
        True,
        False,
        "« Nous n’utilisons pas vos données de santé dans le but de vous proposer des publicités » devient « Nous pouvons utiliser certaines informations relatives à vos consultations » à cette fin.",
        [
            (
                "Nous n’utilisons pas vos données de santé dans le but de vous proposer des publicités.",
                "Nous pouvons utiliser certaines informations relatives à vos consultations dans le but de vous proposer des publicités pertinentes.",
            )
        ],
    ),
    (
        "fr-043",
        "minor",
        ["R9"],
        False,
        False,
        "Durée plus courte : « une durée maximale de vingt-cinq mois » devient « treize mois ».",
        [("pour une durée maximale de vingt-cinq mois.", "pour une durée maximale de treize mois.")],
    ),
    (
        "fr-234",
        "minor",
        ["R9"],
        False,
        False,
        "Un nouveau droit est listé : « de portabilité ».",
        [
            (
                "d’opposition, d’effacement ou de limitation du traitement",
                "d’opposition, d’effacement, de portabilité ou de limitation du traitement",
            )
        ],
    ),
    (
        "fr-241",
        "editorial",
        ["R1"],
        False,
        False,
        "« nous nous efforçons de conserver des données personnelles exactes » est reformulé en « nous veillons à ce que les données personnelles que nous détenons soient exactes » : même engagement.",
        [
            (
                "Chez Jennyfer, nous nous efforçons de conserver des données personnelles exactes, complètes et à jour",
                "Chez Jennyfer, nous veillons à ce que les données personnelles que nous détenons soient exactes, complètes et à jour",
            )
        ],
    ),
    (
        "fr-205",
        "editorial",
        ["R1"],
        False,
        False,
        "Reformulation (« pour plusieurs objectifs (appelés « finalités ») ») et suppression d'une virgule fautive.",
        [
            ("pour les différents objectifs (« finalités »)", "pour plusieurs objectifs (appelés « finalités »)"),
            ("• Pour assurer l’exécution d’un contrat, (ex.", "• Pour assurer l’exécution d’un contrat (ex."),
        ],
    ),
    (
        "fr-066",
        "editorial",
        ["R1"],
        False,
        True,
        "Rendu technique seulement : le lien vers la politique cookies perd sa mise en gras et le point passe hors du lien, même cible.",
        [
            (
                "[**politique cookies.**](https://www.qobuz.com/fr-fr/page/charte_cookies)",
                "[politique cookies](https://www.qobuz.com/fr-fr/page/charte_cookies).",
            )
        ],
    ),
    (
        "fr-249",
        "editorial",
        ["R1"],
        False,
        True,
        "Rendu technique seulement : le lien vide et le lien en gras vers la CNIL deviennent un lien automatique vers la même adresse.",
        [
            (
                "[](https://www.cnil.fr/vos-droits/vos-traces/les-cookies/)**[https://www.cnil.fr/vos-droits/vos-traces/les-cookies/](https://www.cnil.fr/vos-droits/vos-traces/les-cookies/)**",
                "<https://www.cnil.fr/vos-droits/vos-traces/les-cookies/>",
            )
        ],
    ),
    (
        "fr-043",
        "editorial",
        ["R1"],
        False,
        True,
        "Rendu technique seulement : la mise en gras passe de « ** » à « __ », même texte.",
        [("* **Cookies publicitaires et de ciblage :**", "* __Cookies publicitaires et de ciblage :__")],
    ),
]


def build(corpus_dir: Path) -> Iterator[dict[str, Any]]:
    """The set's records from the corpus plus this set's fresh texts."""
    bases = corpus_records(corpus_dir) | {record["id"]: record for record in FRESH}
    return pairs(NAME, WRITTEN, bases, EDITS)


if __name__ == "__main__":
    rebuild(__file__, build)
