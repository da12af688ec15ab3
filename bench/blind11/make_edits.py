# ruff: noqa: E501
"""Blind set blind11: 80 labelled policy changes (40 English, 40 French) the classifier has never seen.

Why it exists: the classifier's authors need an honest measure on text nobody tuned against. How it was written:
every label comes from /work/shared/design/legal-rules.md alone (rules R1-R19); the writer never saw the
classifier, its tests or earlier blind sets, and used the shared corpus only to learn how real policies are
worded. All pairs sit on 40 fresh bases (20 per language) written here, one unusual sector per base, two pairs
per base; no corpus record is used as a base.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_edits import Pair, before, corpus_records, drop, pairs, rebuild  # noqa: F401

NAME = "blind11"
WRITTEN = "2026-11-28"

EN_BEEKEEPING = """# Privacy Notice – Hivecraft Supplies Ltd

Last updated: 3 March 2026

Hivecraft Supplies Ltd ("we") sells hives, frames, protective clothing and queen bees to hobby and commercial beekeepers across the UK and Ireland. This notice explains what we do with personal data when you order from our catalogue, visit our shop in Hexham or join our swarm-collection register.

## 1. Who we are
Hivecraft Supplies Ltd, Unit 4 Tyne Mill, Hexham NE46 1XX, company number 08812345, is the controller. Our data protection lead can be reached at privacy@hivecraft.example.

## 2. What we collect
- Contact details: name, postal address, email, phone number.
- Order history, including livestock orders (queens and nucleus colonies) and delivery instructions.
- Apiary location, if you ask us to deliver colonies directly to your site.
- Payment confirmation from our card processor (we never see full card numbers).

## 3. Why we use it
We use your data to take and deliver orders, to comply with animal-health movement rules for live bees, to answer queries and, if you tick the box at checkout, to send our seasonal newsletter. The newsletter relies on your consent; everything else relies on our contract with you or on a legal obligation.

## 4. Who receives it
- Our courier for live deliveries, Apex Livestock Couriers.
- Our card processor.
- The National Bee Unit, only where a notifiable disease is suspected on a colony we supplied.

We do not sell your data.

## 5. How long we keep it
Order records are kept for six years for tax purposes. Swarm-register entries are deleted at the end of each season unless you renew. Newsletter subscriptions end when you unsubscribe.

## 6. Your rights
You may ask for access, correction, erasure, restriction or portability of your data and may object to processing based on our legitimate interests. Write to privacy@hivecraft.example or to our postal address. You may also complain to the Information Commissioner's Office (ico.org.uk).
"""

EN_CHANDLER = """# Privacy Policy

**Saltline Chandlery Ltd** – marine hardware, charts and provisioning for commercial vessels and yachts

## About this policy
This policy covers the personal data of skippers, crew agents and ship managers who order from Saltline, whether at our quayside store in Falmouth, by phone, or through the online account portal. Saltline Chandlery Ltd, Custom House Quay, Falmouth TR11 3XX, is the data controller.

## Data we hold
| Category | Examples |
|---|---|
| Identity and contact | name, company, rank, email, phone |
| Vessel details | vessel name, IMO number, berth or anchorage |
| Orders | items, quantities, delivery times to the quay |
| Account | login email, hashed password, order approvals |

## Purposes
1. Supplying and delivering orders, including out-of-hours deliveries to vessels at anchor.
2. Invoicing the vessel's owner or managing agent.
3. Meeting customs rules on duty-free ship stores.
4. Keeping our account portal secure.

## Sharing
We share order details with the launch operators who take goods out to vessels, with HM Revenue & Customs for bonded stores, and with our accountants. Data is stored on servers in the United Kingdom.

## Retention
Invoices and customs records: seven years. Portal accounts: deleted 24 months after the last login.

## Your rights
You have the right to access, rectify and erase your data, to restrict or object to processing, and to data portability. To use them, you can:
- email dataprotection@saltline.example;
- call the store on 01326 000 111 during opening hours;
- write to the address above.

We reply within one month. If you are unhappy with our answer you may complain to the Information Commissioner's Office.
"""

EN_SEEDS = """# How we handle your information

*Old Furrow Seed Collective – heritage vegetable seeds, seed swaps and the grower network*

## Who we are
Old Furrow Seed Collective CIC ("Old Furrow") keeps a library of open-pollinated vegetable varieties and runs a network of volunteer growers who multiply rare seed each year. Our office is at The Granary, Lower Lane, Ludlow SY8 1XX. Questions: data@oldfurrow.example.

## What we collect and why
- **Members:** name, address, email and membership tier, to send seed parcels and the annual catalogue.
- **Volunteer growers:** the above plus the varieties you grow, your garden's approximate location (town or village only) and your harvest reports, so we can track isolation distances and seed quality.
- **Donors:** name, donation amount and Gift Aid declaration, to claim Gift Aid from HMRC.

## Legal bases
Membership and grower records rest on our agreement with you. Gift Aid records are kept to meet a legal obligation. The optional grower map, which shows growers' villages to other growers, relies on your consent, which you can withdraw at any time in your profile.

## Sharing
Seed parcels are posted by Royal Mail. Our membership database is hosted by a UK provider under a processing contract. We never give grower locations to seed companies.

## Retention
- Member records: while you are a member and 12 months afterwards.
- Grower harvest reports: 5 years, as variety histories.
- Gift Aid declarations: 6 years after the last donation.

## Your rights
You can ask to see, correct or delete your data, object to processing, and take your data elsewhere. Email data@oldfurrow.example. You can also contact the ICO.
"""

EN_WEATHER = """# Cookie Policy – Skywatch Stations Network

Skywatch Stations Network ("Skywatch") publishes live readings from more than 2,000 amateur weather stations. This page explains the cookies and similar technologies on skywatch.example and in the station dashboard.

## Strictly necessary cookies
These are set without consent because the site cannot work without them.

| Cookie | Purpose | Lifetime |
|---|---|---|
| sw_session | keeps you logged in to your station dashboard | session |
| sw_csrf | protects forms against cross-site request forgery | session |
| sw_consent | stores your cookie choices | 6 months |

## Preference cookies
| Cookie | Purpose | Lifetime |
|---|---|---|
| sw_units | remembers metric or imperial units | 12 months |
| sw_map | remembers the last map area you viewed | 30 days |

## Audience measurement
With your consent we use Matomo, hosted on our own servers in Germany, to count visits and see which station pages are popular. The `_pk_id` cookie lasts 13 months and the `_pk_ses` cookie 30 minutes. IP addresses are truncated to two bytes before storage.

## What we do not use
We do not show advertising and we do not load social-media buttons or advertising trackers.

## Managing your choices
You can accept or refuse audience measurement in the banner shown on your first visit. Your choice is kept for six months. To change it at any time, use the "Cookies" link in the footer of every page. Refusing does not affect access to station data.

## Contact
Skywatch Stations Network, 18 Meridian Road, Reading RG1 1XX – cookies@skywatch.example
"""

EN_SURVEYOR = """# Privacy Notice

**Benchmark Land Surveys LLP**

Last reviewed: January 2026

Benchmark Land Surveys LLP carries out boundary, topographic and measured-building surveys for homeowners, solicitors and developers. When we survey a site we inevitably handle information about the client and, sometimes, about neighbours. This notice explains how.

## Controller
Benchmark Land Surveys LLP, 2 Station Yard, Kendal LA9 6XX. Email: office@benchmarksurveys.example.

## Information we process
1. Client name, address, email and phone number.
2. Title plans and deeds you provide or that we obtain from HM Land Registry.
3. Site photographs and point-cloud scans of the land surveyed.
4. Names and addresses of adjoining owners, where a boundary agreement or party-wall notice is needed.

## How we use it
- To carry out the survey and prepare drawings and reports.
- To correspond with adjoining owners and their surveyors on boundary matters.
- To invoice and to keep professional records required by the RICS.

Our legal bases are the contract with our client, our legitimate interest in resolving boundary questions for that client, and our legal and professional obligations.

## Recipients
Survey reports go to the client and, on instruction, to the client's solicitor. We use a cloud storage provider in the UK for drawings and scans. We do not pass data to marketing companies.

## How long we keep records
Survey files are kept for 15 years because boundary disputes can arise long after a survey. Accounting records are kept for six years.

## Your rights
You may request access to, correction of or erasure of your data, restriction of processing, and you may object to processing based on legitimate interests. Contact office@benchmarksurveys.example. If you are not satisfied, you may complain to the Information Commissioner's Office.
"""

EN_FALCONRY = """# Privacy Policy – Kestrel Ridge Falconry Centre

Welcome to Kestrel Ridge. We run hawk walks, flying displays and beginner falconry courses on our farm near Builth Wells. This policy tells you what we do with your details.

## Who is responsible
Kestrel Ridge Falconry Centre is run by Owain Pritchard trading as Kestrel Ridge, Ty Hebog, Builth Wells LD2 3XX. Email: hello@kestrelridge.example.

## What we collect
- **Bookings:** name, email, phone, number of participants, date of experience.
- **Courses:** the above plus emergency contact and any medical condition you choose to tell us about (for example a severe allergy), so our team can respond safely.
- **Gift vouchers:** the buyer's name and email and the recipient's first name.
- **Photos:** our staff may photograph your experience and send you the pictures.

## How we use it
We use booking details to run your experience and contact you if weather forces a change. Medical information is used only on the day and only by the instructor leading the session. We send our newsletter only to people who ask for it.

## Photographs
We will never publish photos of visitors on our website or social media without asking first. If you agree, you can withdraw that permission by email and we will take the photo down.

## Sharing
Bookings are managed through our booking software provider, which acts on our instructions. Card payments go through our payment provider. Nothing else is shared.

## How long we keep it
Booking data: two years. Medical details: destroyed at the end of the course. Voucher records: until the voucher expires plus one year.

## Your rights
You can ask us for a copy of your data, ask us to correct or delete it, or object to how we use it. Email hello@kestrelridge.example. You can complain to the Information Commissioner's Office at any time.
"""

EN_MODELRAIL = """# Cookies on Gauge & Sleeper

Gauge & Sleeper is the online edition of the monthly model railway magazine, with layout features, reviews and the classified adverts board. This notice describes the cookies we use.

## 1. Essential cookies
| Name | What it does | Expires |
|---|---|---|
| gs_sess | keeps subscribers signed in | end of session |
| gs_basket | remembers back issues in your basket | 7 days |
| gs_cookiechoice | records your cookie decision | 6 months |

## 2. Analytics cookies (with consent)
We use Plausible-style, privacy-friendly analytics hosted by our supplier in the EU. It sets one cookie, `gs_stats`, lasting 30 days, to tell new visitors from returning ones. We use the statistics to decide which layout features to commission.

## 3. Embedded video (with consent)
Some layout tours are videos hosted on Vimeo. Vimeo sets its own cookies only if you click to play a video after accepting the "Embedded media" category.

## 4. No advertising cookies
Our adverts are sold directly to model shops and are shown without any tracking.

## 5. Your choices
When you first visit you can accept all, reject all or choose per category. We remember your decision for six months. You can change your mind through "Cookie settings" at the bottom of every page, and we will delete analytics cookies already set.

## 6. Contact
Gauge & Sleeper Publishing Ltd, 9 Wharf Street, Derby DE1 1XX. privacy@gaugeandsleeper.example

## Changes
When we change this notice in a way that affects your choices, we will show the cookie banner again and record the date of the change at the top of this page.
"""

EN_CALIBRATION = """# Privacy Notice – Trueline Calibration Services

Trueline Calibration Services Ltd is an accredited laboratory that calibrates pressure gauges, torque tools and temperature probes for manufacturers, utilities and hospitals. Most of our work is business-to-business, but we still handle the personal data of the people we deal with.

## The controller
Trueline Calibration Services Ltd, Laboratory 2, Enterprise Park, Swindon SN2 8XX. Data contact: compliance@trueline.example.

## Personal data we handle
- Names, job titles, work emails and phone numbers of customer contacts.
- Names of technicians who submit instruments and sign delivery notes.
- Certificate records listing the customer contact who approved each calibration.
- Visitor log entries and CCTV images at our laboratory entrance.

## Purposes and legal bases
- Performing calibration contracts and issuing certificates (contract).
- Keeping traceability records required by our UKAS accreditation (legal obligation and legitimate interest).
- Site security through CCTV (legitimate interest).
- Sending technical bulletins about recall dates to customer contacts (legitimate interest; you can opt out at any time).

## Who sees your data
Our couriers for instrument collection, our IT support company and UKAS assessors during audits. Our systems are hosted in UK data centres and no personal data leaves the UK or the European Economic Area.

## Retention
- Calibration certificates and traceability records: 10 years.
- CCTV footage: 31 days.
- Visitor log: 12 months.

## Your rights
You have the right to access, correct and delete your data, to restrict or object to processing, and to portability. Write to compliance@trueline.example. You may complain to the Information Commissioner's Office.
"""

EN_TRANSLATION = """# Privacy Policy

## Polyglot Bridge Translations

Polyglot Bridge Translations Ltd provides certified translation of personal documents (birth certificates, diplomas, driving licences) and business translation. Documents sent to us often contain sensitive information, so we take care with them.

### Who we are
Polyglot Bridge Translations Ltd, 40 Queen Street, Edinburgh EH2 3XX, is the controller. Contact: privacy@polyglotbridge.example.

### What we process
- Your name, email, phone and billing address.
- The documents you send for translation and their content, which may include dates of birth, nationality, marital status or health information.
- Our translators' notes and the certified translation we produce.

### Why
To produce and certify translations, to deliver them to you, to invoice, and to answer later questions about a certified translation. We rely on our contract with you and, for certification records, on our legal obligations.

### Translators
Translations are carried out by our in-house linguists and by freelance translators bound by confidentiality agreements, who receive only the document they are working on.

### Retention
Source documents and translations are deleted 12 months after delivery. Certification records (translator, date, document type) are kept for six years.

### Your rights
You can ask us free of charge for access to your data, for correction or erasure, for restriction, and for a portable copy. You may also object to processing. Send your request to privacy@polyglotbridge.example; we answer within one month. You may complain to the Information Commissioner's Office.

### Security
Documents are uploaded through an encrypted portal, not by ordinary email, and are stored on encrypted servers in the UK that only the project manager and the assigned translator can open.
"""

EN_TRANSCRIPTION = """# Privacy Notice – Verbatim Court Reporting Ltd

Verbatim Court Reporting Ltd produces transcripts of hearings, depositions, tribunal sessions and inquiries for law firms, courts and public bodies. This notice explains how we handle personal data in recordings and transcripts and about our clients.

## Controller and processor roles
When a court or tribunal instructs us, we act as its processor and its own privacy notice applies. When a law firm or individual orders a transcript, Verbatim Court Reporting Ltd, 12 Temple Row, Birmingham B2 5XX, is the controller.

## Data we handle
- Audio recordings of hearings and the names, roles and statements of the people heard.
- Transcripts, including any special-category data mentioned in proceedings.
- Client contact and billing details.

## How we use it
We use recordings only to produce the transcript ordered. Our transcribers listen to the recording and type the transcript; a senior editor proofreads every transcript before delivery. We do not use recordings or transcripts for any other purpose.

## Who we share with
Transcripts go only to the client who ordered them and, where a court directs, to other parties. Our transcribers are employees or vetted contractors working under confidentiality agreements. Recordings are held on servers in the UK.

## Retention
Audio files are deleted 90 days after the transcript is delivered. Transcripts are kept for seven years so that certified copies can be supplied.

## Your rights
Where we are controller you may ask for access, correction, erasure or restriction of your data and may object to processing. Contact dpo@verbatimcr.example. You have the right to complain to the Information Commissioner's Office.
"""

EN_GRAIN = """# Member Privacy Notice

**Fenland Grain Growers Co-operative Ltd**

Fenland Grain Growers is a farmer-owned co-operative that stores, dries and markets wheat, barley and oilseed rape for around 400 member farms. This notice explains how we use the personal data of members, their staff and hauliers.

## Controller
Fenland Grain Growers Co-operative Ltd, Store Road, March PE15 0XX. Data enquiries: members@fenlandgrain.example.

## What we hold
- Member farm details: names of partners or directors, farm address, holding number, bank details for crop payments.
- Crop records: tonnages delivered, moisture and quality test results, pool selection.
- Assurance data: your Red Tractor membership number and audit status.
- Haulier details: driver name and vehicle registration recorded at the weighbridge.

## Why we use it
1. To store and market your grain and pay you for it.
2. To prove crop assurance to buyers.
3. To run co-operative governance: member votes, the AGM and share registers.
4. To keep weighbridge and food-safety records.

## Sharing
We share crop quality data with the mills and maltsters who buy the pooled grain, without member names. We share member names with our crop assurance scheme when it audits the store. Payments go through our bank.

## Retention
Crop and payment records are kept for seven years. Weighbridge tickets are kept for three years. Share register entries are kept as long as the law requires.

## Your rights
Members and their staff can ask for a copy of their data, for corrections or erasure where we no longer need it, and can object to processing. Write to members@fenlandgrain.example or ask at the store office. Complaints can also go to the Information Commissioner's Office.
"""

EN_RADIO = """# Privacy Policy – Northern Amateur Radio Society

The Northern Amateur Radio Society ("NARS") is a members' club for licensed radio amateurs and people studying for their licence. We run a club station, weekly nets, contest entries and Foundation licence courses.

## Who we are
NARS, c/o The Scout Hut, Mill Lane, Harrogate HG1 1XX. Data contact: the Membership Secretary, membership@nars.example.

## What we hold about members
- Name, postal address, email and phone.
- Your callsign and licence class.
- Course results for members who sit exams through our courses.
- Subscription payments.

## How we use it
We use this information to run the club, send the monthly newsletter, organise exam entries with the national exam body and record who operated the club station during contests, as the licence requires.

## Published information
Callsigns already appear in public logs. We print members' callsigns and first names in the newsletter. We do not publish members' home addresses or phone numbers.

## Sharing
We share exam candidates' names and dates of birth with the exam body when entering them for an exam. Contest logs with operator callsigns are submitted to contest organisers. Our membership list is kept in a spreadsheet on the committee's shared drive.

## How long we keep it
Membership records are deleted two years after membership lapses. Station logs are kept for six years as the licence requires.

## Your rights
You can ask the Membership Secretary for a copy of your data, ask us to correct or delete it, and object to its use. You can also complain to the Information Commissioner's Office at ico.org.uk or by phone on 0303 123 1113.
"""

EN_VENDING = """# Cookie Notice – SnackPoint Vending

SnackPoint Vending Ltd operates vending machines and micro-markets in offices, hospitals and universities. On snackpoint.example, customers top up their SnackPoint wallet and businesses request a machine. This notice covers the cookies on that site.

## Cookies we always use
- `sp_session` – keeps your wallet session open (expires when you close the browser).
- `sp_lb` – routes your requests to the same server (expires after 1 hour).
- `sp_choice` – stores your cookie preferences (expires after 6 months).

## Cookies we use only with your consent
**Analytics.** We use Google Analytics 4 to see how people use the top-up pages and where they drop out. Cookies: `_ga` (13 months) and `_ga_<id>` (13 months). IP anonymisation is switched on and Google signals are switched off.

**Live chat.** The help widget from Crisp sets `crisp-client/session` (6 months) so our support team can keep a conversation going between pages.

## How to control cookies
On your first visit a banner lets you accept all, reject all or choose. Nothing except the cookies we always use is set until you decide. You can reopen the banner from the "Cookie choices" link in the footer. Your browser settings also let you delete cookies.

## Updates
If we add a cookie that needs your consent we will ask you again.

## Contact
SnackPoint Vending Ltd, 3 Depot Way, Leicester LE4 1XX. Email: privacy@snackpoint.example.

## Payment cards
Card payments at the machines and on the top-up pages are handled by our payment provider; no card data is stored in cookies.
"""

EN_ARBORIST = """# Privacy Notice – Greenbough Tree Surgery

Greenbough Tree Surgery Ltd provides tree felling, crown reduction, stump grinding and tree surveys for homeowners, schools and councils in Surrey and Sussex.

## Who we are
Greenbough Tree Surgery Ltd, The Yard, Dorking RH4 1XX, is the data controller. Email: office@greenbough.example. Phone: 01306 000 222.

## What we collect
- Your name, address, phone and email when you ask for a quote.
- Photographs of the trees and the work area, taken by our surveyor.
- Details of protected trees or conservation areas relevant to your property.
- Payment records.

## What we use it for
- Preparing quotes and carrying out the work.
- Applying to the local planning authority for consent to work on protected trees, on your behalf.
- Keeping health and safety records for each job.
- Sending you a reminder when a tree is due for re-inspection, if you ask us to.

## Who we share it with
Your local planning authority (for tree-work applications), our accountants, and the waste-wood recycler who collects arisings (address only).

## How long we keep it
- Quotes that do not go ahead: 12 months.
- Job files, photographs and safety records: 6 years after the job.
- Re-inspection reminders: until you tell us to stop.

## Your rights
You may ask for access to your data, have it corrected or deleted, restrict or object to our use of it, and receive a portable copy. Contact office@greenbough.example or 01306 000 222. You may complain to the Information Commissioner's Office.
"""

EN_SIGNLANG = """# Privacy Policy

**HandsOn Interpreting Ltd** – British Sign Language interpreters and lipspeakers

HandsOn Interpreting books qualified BSL/English interpreters, deafblind interpreters and lipspeakers for medical appointments, job interviews, courts, workplaces and events. Because many bookings concern health or employment, we treat the information we receive as confidential.

## Controller
HandsOn Interpreting Ltd, Suite 5, Canal House, Manchester M1 3XX. Email: privacy@handson.example. Text relay: 18001 0161 000 333. SMS: 07700 900 444.

## What we collect
- **Deaf and deafblind clients:** name, contact details, communication preferences (e.g. hands-on signing, visual frame), and the date, place and type of appointment.
- **Booking organisations:** names and contacts of staff who book, purchase order numbers.
- **Interpreters:** registration numbers, qualifications, DBS status, availability.

## How we use it
We use this information only to match an interpreter with each appointment and to pay our interpreters. We record the type of appointment but not what is said during it. Interpreters follow the confidentiality rules of their registration body.

## Sharing
The interpreter booked receives the details of the appointment. Booking organisations receive the interpreter's name and registration number. Invoices go to the organisation that pays.

## Retention
Booking records are kept for six years for accounting reasons.

## Your rights
You may request a copy of your data, correction or deletion, and you may object to our processing. You can contact us in BSL by video call, by email, SMS or text relay, whichever suits you. If you are unhappy, you can complain to the Information Commissioner's Office.
"""

EN_DRONE = """# Privacy Notice – Aerosight Drone Surveys

Aerosight Drone Surveys Ltd flies drones to inspect roofs, solar farms, wind turbines, bridges and crops. Our flights may capture images of people and property near the survey site. This notice explains how we handle them.

## Who we are
Aerosight Drone Surveys Ltd, Hangar 3, Airfield Road, Andover SP11 8XX. Contact: dataprotection@aerosight.example.

## Personal data we may capture
1. Client contact details and site access information.
2. Aerial photographs, video and thermal images of the site, which may incidentally show people, vehicles and number plates.
3. Flight logs recording the date, time, location and pilot of every flight.

## How we limit capture
We plan flight paths to avoid gardens and public spaces where possible and fly at heights that keep people unrecognisable. Images delivered to clients are reviewed, and faces and number plates that are not needed for the survey are blurred before delivery.

## How we use the data
We use the data to deliver the inspection report ordered by our client. Our engineers review each image by eye and mark defects such as cracked tiles or hot spots on solar panels. We keep flight logs because the Civil Aviation Authority requires them.

## Recipients
Our client receives the report and images. Our image storage is hosted in the UK.

## Retention
Raw footage is deleted 60 days after the report is delivered. Reports are kept for six years. Flight logs are kept for three years.

## Your rights
If you think you were captured by one of our flights, you may ask for access to the images, for erasure or restriction, and object to processing. Contact dataprotection@aerosight.example. You may complain to the ICO.
"""

EN_VISA = """# Privacy Notice – PassportPath Application Services

PassportPath Ltd helps UK residents prepare and submit applications for visas, passport renewals and document legalisation (apostilles). We check your forms, book appointments at consulates and visa centres, and courier your documents.

## Controller
PassportPath Ltd, 77 Victoria Street, London SW1H 0XX. Email: privacy@passportpath.example.

## What we collect
- Identity details: full name, date and place of birth, nationality, passport number and copies of your passport.
- Travel details: destination, dates, purpose of travel, accommodation.
- Supporting documents: bank statements, employment letters, invitation letters.
- Payment details for our fees and the government fees we pay on your behalf.

## Why we collect it
We use this information solely to prepare and lodge the applications you instruct us to handle. Our legal basis is the contract with you. Where a consulate requires health or criminal record information, we process it only because you give it to us for your application.

## Who receives it
- The embassy, consulate or visa centre for your destination country.
- The Foreign, Commonwealth & Development Office for apostilles.
- Our secure courier.

Some of these recipients are outside the UK; we send your data only to the country whose visa you apply for.

## Retention
Copies of passports and supporting documents are deleted 30 days after your documents are returned. Our invoice and a record of the service are kept for six years.

## Your rights
You can ask for access, correction, deletion, restriction or portability, and you can object. Contact privacy@passportpath.example. You can complain to the Information Commissioner's Office.
"""

EN_SHEEPDOG = """# Privacy Policy

**Dales Sheepdog Trials Association**

The Dales Sheepdog Trials Association organises open and nursery sheepdog trials, a handlers' league and training clinics across the Yorkshire Dales. This policy explains how we use handlers' and spectators' information.

## Who we are
Dales Sheepdog Trials Association (an unincorporated association), Secretary: Mrs J. Thwaite, Low Garth, Hawes DL8 3XX. Email: secretary@dalestrials.example.

## Information we collect
- **Handlers:** name, address, phone, email, dogs' names and registration numbers, trial entries and scores.
- **Junior handlers (12 to 17):** the above plus a parent or guardian's name and consent.
- **Spectators buying tickets online:** name and email.

## How we use it
- To accept entries, draw running orders and publish results.
- To calculate league standings.
- To contact handlers about cancelled trials (for example, when a trial is stopped for bad weather or livestock disease).

## Results
Results with handlers' names, dogs' names and scores are published on our website and in the local farming press. Junior handlers' results are published with first name and initial only.

## Sharing
We share trial entries with the host farm and judges for the day, and dog registration numbers with the national sheepdog society to record qualifying runs.

## Retention
Entry forms: 2 years. Results: kept permanently as the association's history. Ticket orders: 12 months.

## Your rights
You may ask for access, correction or erasure of your data and may object to its use. Contact the Secretary. You may complain to the ICO.

## Photographs at trials
Volunteers may photograph runs for the newsletter. Handlers who prefer not to appear can tell the course director before their run.
"""

EN_TRADESHOW = """# Cookie Policy – ExpoNorth

ExpoNorth Events Ltd organises trade shows for the packaging-free food, hospitality equipment and agricultural machinery industries. This cookie policy applies to exponorth.example, the exhibitor portal and the visitor registration pages.

## Essential cookies
| Cookie | Purpose | Duration |
|---|---|---|
| exn_sid | keeps your registration or exhibitor session | session |
| exn_xsrf | security token for forms | session |
| exn_pref | stores your cookie choices | 6 months |

## Statistics cookies
With your consent, our own analytics tool sets `exn_an` (12 months) to count visitors to show pages and measure registrations per show.

## Marketing cookies
With your consent, we use the LinkedIn Insight Tag (`li_sugr`, `bcookie`, up to 12 months) to measure how many registrations come from our LinkedIn campaigns.

## Badge scanning is not a cookie
At the show, exhibitors may scan your badge if you let them. This is covered by our privacy notice, not this cookie policy.

## Your choices
You can accept all, reject all or choose by category in the banner. You can change your choice at any time from the "Cookie settings" link in the footer. We keep your choice for six months before asking again.

## Who to contact
ExpoNorth Events Ltd, Exhibition Way, Harrogate HG2 8XX. cookies@exponorth.example.

## Changes to this policy
If we add a cookie that needs consent, or use an existing one for a new purpose, the banner will ask for your choice again. The date of the last change is shown below the title of this page.
"""

EN_COMMRADIO = """# Cookies at Wyeside FM

Wyeside FM is a community radio station broadcasting on 97.4 FM and online to Hereford and the Wye Valley. This page describes the cookies and local storage used on wyesidefm.example and our listen-live player.

## Necessary
- `wfm_player` – remembers the volume and whether the player is open while you move between pages (session).
- `wfm_consent` – remembers your cookie choices (6 months).

## Functional (with your consent)
- `wfm_recent` – lists the shows you listened to recently on this device so they appear on the home page (30 days).

## Statistics (with your consent)
Our stream provider counts listeners for our Ofcom licence reporting. When you accept statistics, the player stores `wfm_lid`, a random listener identifier kept for 12 months, so that the same listener is not counted twice in a month.

## Third-party content (with your consent)
Shows with a podcast replay use an embedded player from Mixcloud, which sets its own cookies when you press play.

## Your choices
You can accept or refuse each category from the banner when you first visit, and change your mind any time via "Cookie settings" at the bottom of the page. Refusing cookies never stops you listening live.

## Contact
Wyeside FM CIC, The Old Chapel, Hereford HR1 2XX. studio@wyesidefm.example.

## Volunteers and contributors
Information about presenters, volunteers and people who contact the studio is covered by our separate privacy notice, available from the studio on request. Phone-in callers are not recorded unless the show is pre-recorded, in which case the presenter tells you before you go on air.
"""

EN_BASES: dict[str, tuple[str, str, str]] = {
    "beekeeping": ("privacy", "Hivecraft Supplies", EN_BEEKEEPING),
    "chandler": ("privacy", "Saltline Chandlery", EN_CHANDLER),
    "seeds": ("privacy", "Old Furrow Seed Collective", EN_SEEDS),
    "weather": ("cookies", "Skywatch Stations Network", EN_WEATHER),
    "surveyor": ("privacy", "Benchmark Land Surveys", EN_SURVEYOR),
    "falconry": ("privacy", "Kestrel Ridge Falconry", EN_FALCONRY),
    "modelrail": ("cookies", "Gauge & Sleeper", EN_MODELRAIL),
    "calibration": ("privacy", "Trueline Calibration", EN_CALIBRATION),
    "translation": ("privacy", "Polyglot Bridge Translations", EN_TRANSLATION),
    "transcription": ("privacy", "Verbatim Court Reporting", EN_TRANSCRIPTION),
    "grain": ("privacy", "Fenland Grain Growers", EN_GRAIN),
    "hamradio": ("privacy", "Northern Amateur Radio Society", EN_RADIO),
    "vending": ("cookies", "SnackPoint Vending", EN_VENDING),
    "arborist": ("privacy", "Greenbough Tree Surgery", EN_ARBORIST),
    "signlang": ("privacy", "HandsOn Interpreting", EN_SIGNLANG),
    "drone": ("privacy", "Aerosight Drone Surveys", EN_DRONE),
    "visa": ("privacy", "PassportPath", EN_VISA),
    "sheepdog": ("privacy", "Dales Sheepdog Trials Association", EN_SHEEPDOG),
    "tradeshow": ("cookies", "ExpoNorth Events", EN_TRADESHOW),
    "commradio": ("cookies", "Wyeside FM", EN_COMMRADIO),
}


def en(key: str) -> str:
    return f"{NAME}-base-en-{key}"


EN_EDITS: list[Pair] = [
    (
        en("beekeeping"),
        "major",
        ["R5"],
        False,
        False,
        'Adds a recipient to the list: "Our nucleus-colony supplier, Border Apiaries, which receives your delivery address to ship colonies directly"; a new recipient category (R5). The date stamp change is R1.',
        [
            before(
                "- Our card processor.\n",
                "- Our nucleus-colony supplier, Border Apiaries, which receives your name and delivery address to ship colonies directly.\n",
            ),
            ("Last updated: 3 March 2026", "Last updated: 9 November 2026"),
        ],
    ),
    (
        en("beekeeping"),
        "editorial",
        ["R1"],
        False,
        False,
        'Typo and wording fixes only: "animal-health movement rules for live bees" -> "the animal-health rules on moving live bees" and "Our data protection lead can be reached at" -> "You can reach our data protection lead at"; same meaning (R1).',
        [
            (
                "to comply with animal-health movement rules for live bees",
                "to comply with the animal-health rules on moving live bees",
            ),
            (
                "Our data protection lead can be reached at privacy@hivecraft.example.",
                "You can reach our data protection lead at privacy@hivecraft.example.",
            ),
        ],
    ),
    (
        en("chandler"),
        "rights_reducing",
        ["R4"],
        False,
        False,
        'Removes a channel for exercising rights: the line "call the store on 01326 000 111 during opening hours" is deleted, leaving email and post; exercising rights gets harder (R4).',
        [drop("- call the store on 01326 000 111 during opening hours;")],
    ),
    (
        en("chandler"),
        "minor",
        ["R9"],
        False,
        False,
        'Shortens retention of portal accounts: "deleted 24 months after the last login" -> "deleted 12 months after the last login" (R9); the heading "About this policy" -> "About this notice" is R1.',
        [
            ("deleted 24 months after the last login", "deleted 12 months after the last login"),
            ("## About this policy", "## About this notice"),
        ],
    ),
    (
        en("seeds"),
        "major",
        ["R8"],
        False,
        False,
        'Lengthens retention in the list: member records kept "12 months afterwards" -> "36 months afterwards" (R8); fixing "Questions: data@" to "Questions to: data@" is R1.',
        [
            ("while you are a member and 12 months afterwards", "while you are a member and 36 months afterwards"),
            ("Questions: data@oldfurrow.example.", "Questions to: data@oldfurrow.example."),
        ],
    ),
    (
        en("seeds"),
        "editorial",
        ["R1"],
        False,
        True,
        "Technical re-rendering: the \"What we collect and why\" heading drops one level and the retention bullets switch from '-' to '*'; no wording changes (R1).",
        [
            ("- Member records: while", "* Member records: while"),
            ("- Grower harvest reports: 5 years", "* Grower harvest reports: 5 years"),
            ("- Gift Aid declarations: 6 years", "* Gift Aid declarations: 6 years"),
            ("## What we collect and why", "### What we collect and why"),
        ],
    ),
    (
        en("weather"),
        "major",
        ["R15"],
        True,
        False,
        'A new third-party vendor and tracker category in the cookie policy: "Interactive radar map ... Mapbox, which sets the `mbx_sess` cookie" under consent; earlier consent does not cover it (R15, reconsent).',
        [
            before(
                "## What we do not use\n",
                "## Interactive radar map\nWith your consent, the radar overlay is loaded from Mapbox, which sets the `mbx_sess` cookie (12 months) and receives your IP address to serve map tiles.\n\n",
            )
        ],
    ),
    (
        en("weather"),
        "minor",
        ["R17"],
        False,
        False,
        'A preference cookie is removed: the `sw_map` row ("remembers the last map area you viewed") is deleted (R17).',
        [drop("| sw_map | remembers the last map area you viewed | 30 days |")],
    ),
    (
        en("surveyor"),
        "major",
        ["R7"],
        False,
        False,
        'A new data category slipped into the numbered list: "Drone imagery of the site and of adjoining gardens" (R7); "Last reviewed: January 2026" -> "Last reviewed: November 2026" is R1.',
        [
            (
                "3. Site photographs and point-cloud scans of the land surveyed.",
                "3. Site photographs, point-cloud scans and drone imagery of the land surveyed and of adjoining gardens.",
            ),
            ("Last reviewed: January 2026", "Last reviewed: November 2026"),
        ],
    ),
    (
        en("surveyor"),
        "editorial",
        ["R1"],
        False,
        False,
        'Two sentences of the introduction are merged and reworded ("we inevitably handle" -> "we unavoidably handle"); nothing said differently (R1).',
        [
            (
                "When we survey a site we inevitably handle information about the client and, sometimes, about neighbours. This notice explains how.",
                "When we survey a site we unavoidably handle information about the client and sometimes about neighbours; this notice explains how.",
            )
        ],
    ),
    (
        en("falconry"),
        "rights_reducing",
        ["R12"],
        False,
        False,
        'The promise weakens: "We will never publish photos of visitors ... without asking first" -> "We may publish photos of visitors ... unless you tell us not to"; a never -> may flip (R12).',
        [
            (
                "We will never publish photos of visitors on our website or social media without asking first. If you agree, you can withdraw that permission by email and we will take the photo down.",
                "We may publish photos of visitors on our website or social media unless you tell us on the day that you would rather we did not. You can ask by email for a photo to be taken down.",
            )
        ],
    ),
    (
        en("falconry"),
        "minor",
        ["R14"],
        False,
        False,
        'The contact address is reformatted and a phone number added while the email stays: "Ty Hebog, Builth Wells LD2 3XX" laid out with the phone "01982 000 555" (R14); same rights channel.',
        [
            (
                "Email: hello@kestrelridge.example.\n\n## What we collect",
                "Email: hello@kestrelridge.example. Phone: 01982 000 555.\n\n## What we collect",
            )
        ],
    ),
    (
        en("modelrail"),
        "major",
        ["R16"],
        False,
        False,
        'Longer cookie lifetime: `gs_stats` "lasting 30 days" -> "lasting 12 months"; within 13 months, so major (R16). The reworded introduction is R1.',
        [
            ("It sets one cookie, `gs_stats`, lasting 30 days,", "It sets one cookie, `gs_stats`, lasting 12 months,"),
            (
                "is the online edition of the monthly model railway magazine",
                "is the online edition of the monthly magazine for model railway enthusiasts",
            ),
        ],
    ),
    (
        en("modelrail"),
        "editorial",
        ["R1"],
        False,
        True,
        'Technical re-rendering: numbered headings lose their numbers ("## 1. Essential cookies" -> "## Essential cookies", etc.); text identical (R1).',
        [
            ("## 1. Essential cookies", "## Essential cookies"),
            ("## 2. Analytics cookies", "## Analytics cookies"),
            ("## 3. Embedded video", "## Embedded video"),
            ("## 4. No advertising", "## No advertising"),
            ("## 5. Your choices", "## Your choices"),
            ("## 6. Contact", "## Contact"),
        ],
    ),
    (
        en("calibration"),
        "major",
        ["R6"],
        False,
        False,
        'A new transfer: "no personal data leaves the UK or the European Economic Area" -> "certificate records are also replicated to our group\'s laboratory in Pune, India, under standard contractual clauses" (R6).',
        [
            (
                "Our systems are hosted in UK data centres and no personal data leaves the UK or the European Economic Area.",
                "Our systems are hosted in UK data centres; certificate records are also replicated to our group's laboratory in Pune, India, under standard contractual clauses, so that it can issue duplicate certificates.",
            )
        ],
    ),
    (
        en("calibration"),
        "editorial",
        ["R1"],
        False,
        False,
        'Reorders the retention list (CCTV first) and fixes "Data contact:" -> "Data protection contact:"; same periods, same address (R1).',
        [
            drop("- CCTV footage: 31 days."),
            before("- Calibration certificates and traceability records: 10 years.\n", "- CCTV footage: 31 days.\n"),
            ("Data contact: compliance@trueline.example.", "Data protection contact: compliance@trueline.example."),
        ],
    ),
    (
        en("translation"),
        "rights_reducing",
        ["R4"],
        False,
        False,
        'A fee is added to rights requests: "You can ask us free of charge for access" -> "... a £10 administration fee applies to each request for a copy of your data" (R4, costlier).',
        [
            (
                "You can ask us free of charge for access to your data, for correction or erasure, for restriction, and for a portable copy.",
                "You can ask us for access to your data, for correction or erasure, for restriction, and for a portable copy; a £10 administration fee applies to each request for a copy of your data.",
            )
        ],
    ),
    (
        en("translation"),
        "minor",
        ["R9"],
        False,
        False,
        'Clarifies an existing practice: adds that freelance translators "delete the document from their devices once the translation is delivered"; no new recipient (R9). Heading level fix is R1.',
        [
            (
                "who receive only the document they are working on.",
                "who receive only the document they are working on and delete it from their devices once the translation is delivered.",
            ),
            ("### Retention", "### How long we keep data"),
        ],
    ),
    (
        en("transcription"),
        "major",
        ["R2"],
        False,
        False,
        'A new purpose in a long paragraph: recordings are now "first processed by automatic speech recognition software, and anonymised extracts are also used to train and improve that software" (R2); the closing promise is kept but no longer covers that use.',
        [
            (
                "Our transcribers listen to the recording and type the transcript; a senior editor proofreads every transcript before delivery. We do not use recordings or transcripts for any other purpose.",
                "Each recording is first processed by automatic speech recognition software, and anonymised extracts are also used to train and improve that software; our transcribers then correct the draft and a senior editor proofreads every transcript before delivery. We do not use recordings or transcripts for any other purpose.",
            )
        ],
    ),
    (
        en("transcription"),
        "editorial",
        ["R1"],
        False,
        False,
        'Wording trimmed: "the names, roles and statements of the people heard" -> "the names, roles and statements of those heard"; heading shortened; meaning unchanged (R1).',
        [
            (
                "and the names, roles and statements of the people heard.",
                "and the names, roles and statements of those heard.",
            ),
            ("## Controller and processor roles", "## Controller and processor"),
        ],
    ),
    (
        en("grain"),
        "major",
        ["R3"],
        False,
        False,
        'Controller change: "Fenland Grain Growers Co-operative Ltd, Store Road" becomes "East Anglian Arable Co-operative Ltd, following the merger of Fenland Grain Growers into it" (R3).',
        [
            (
                "## Controller\nFenland Grain Growers Co-operative Ltd, Store Road, March PE15 0XX.",
                "## Controller\nFollowing the merger of Fenland Grain Growers into East Anglian Arable Co-operative Ltd, the controller is East Anglian Arable Co-operative Ltd, Store Road, March PE15 0XX.",
            )
        ],
    ),
    (
        en("grain"),
        "minor",
        ["R9"],
        False,
        False,
        'Shorter retention: weighbridge tickets "kept for three years" -> "kept for two years" (R9); a comma fix elsewhere is R1.',
        [
            ("Weighbridge tickets are kept for three years.", "Weighbridge tickets are kept for two years."),
            ("Members and their staff can ask", "Members, and their staff, can ask"),
        ],
    ),
    (
        en("hamradio"),
        "rights_reducing",
        ["R13"],
        False,
        False,
        'The complaint right is removed: "You can also complain to the Information Commissioner\'s Office at ico.org.uk or by phone..." -> "Complaints are handled by the committee, whose decision is final" (R13).',
        [
            (
                "You can also complain to the Information Commissioner's Office at ico.org.uk or by phone on 0303 123 1113.",
                "Complaints about data handling are dealt with by the committee, whose decision is final.",
            )
        ],
    ),
    (
        en("hamradio"),
        "editorial",
        ["R1"],
        False,
        False,
        'Rewording with the same meaning: "We do not publish members\' home addresses or phone numbers" -> "Members\' home addresses and phone numbers are never published"; "c/o" spelled out as "care of" (R1).',
        [
            (
                "We do not publish members' home addresses or phone numbers.",
                "Members' home addresses and phone numbers are never published.",
            ),
            ("## Who we are\nNARS, c/o", "## Who we are\nNARS, care of"),
        ],
    ),
    (
        en("vending"),
        "major",
        ["R15"],
        True,
        False,
        'New consent-based tracker category and vendor: "Advertising. ... Meta Pixel ... to show SnackPoint offers to people who visited our top-up pages" (R15, reconsent).',
        [
            before(
                "## How to control cookies\n",
                "**Advertising.** With your consent, the Meta Pixel sets `_fbp` (3 months) so we can show SnackPoint offers on Facebook and Instagram to people who visited our top-up pages.\n\n",
            )
        ],
    ),
    (
        en("vending"),
        "minor",
        ["R17"],
        False,
        False,
        'A vendor is removed: the "Live chat" paragraph about Crisp and `crisp-client/session` is deleted (R17).',
        [drop("**Live chat.** The help widget from Crisp")],
    ),
    (
        en("arborist"),
        "major",
        ["R8"],
        False,
        False,
        'Fixed periods replaced by vague criteria: job files "6 years after the job" -> "for as long as we consider necessary for our business" (R8); "phone and email" -> "phone number and email address" is R1.',
        [
            (
                "- Job files, photographs and safety records: 6 years after the job.",
                "- Job files, photographs and safety records: for as long as we consider necessary for our business.",
            ),
            (
                "## What we collect\n- Your name, address, phone and email when you ask for a quote.",
                "## What we collect\n- Your name, address, phone number and email address when you ask for a quote.",
            ),
        ],
    ),
    (
        en("arborist"),
        "editorial",
        ["R1"],
        False,
        True,
        "Technical re-rendering: the \"What we use it for\" list switches from '-' to '*' bullets and the phone number moves to its own line; nothing said differently (R1).",
        [
            ("- Preparing quotes and carrying out the work.", "* Preparing quotes and carrying out the work."),
            ("- Applying to the local planning authority", "* Applying to the local planning authority"),
            ("- Keeping health and safety records for each job.", "* Keeping health and safety records for each job."),
            ("- Sending you a reminder", "* Sending you a reminder"),
            (
                "Email: office@greenbough.example. Phone: 01306 000 222.",
                "Email: office@greenbough.example.\nPhone: 01306 000 222.",
            ),
        ],
    ),
    (
        en("signlang"),
        "rights_reducing",
        ["R4"],
        False,
        False,
        'Proof of identity added and channels cut: "You can contact us in BSL by video call, by email, SMS or text relay" -> "Requests must be made by email with a copy of photo ID" (R4, harder).',
        [
            (
                "You can contact us in BSL by video call, by email, SMS or text relay, whichever suits you.",
                "Requests must be made by email and include a scanned copy of a photo ID.",
            )
        ],
    ),
    (
        en("signlang"),
        "minor",
        ["R9"],
        False,
        False,
        'A fixed period replaces a single long one for a subset: "Booking records are kept for six years" now adds "communication preferences are deleted two years after your last booking" (R9, shorter).',
        [
            (
                "Booking records are kept for six years for accounting reasons.",
                "Booking records are kept for six years for accounting reasons. Communication preferences are deleted two years after your last booking.",
            )
        ],
    ),
    (
        en("drone"),
        "major",
        ["R5", "R2"],
        False,
        False,
        'A recipient and a purpose are added: "Our client receives the report and images" -> "... and survey images, including people captured incidentally, are shared with our software partner Skyvision AI to train its defect-detection models" (R5, R2).',
        [
            (
                "Our client receives the report and images.",
                "Our client receives the report and images. Survey images, including any people captured incidentally, are also shared with our software partner Skyvision AI to train its defect-detection models.",
            )
        ],
    ),
    (
        en("drone"),
        "editorial",
        ["R1"],
        False,
        False,
        'Punctuation and wording only: "Aerial photographs, video and thermal images of the site, which may incidentally show" -> "... site; these may incidentally show"; "ICO" spelled out as "Information Commissioner\'s Office (ICO)" (R1).',
        [
            (
                "thermal images of the site, which may incidentally show",
                "thermal images of the site; these may incidentally show",
            ),
            ("You may complain to the ICO.", "You may complain to the Information Commissioner's Office (ICO)."),
        ],
    ),
    (
        en("visa"),
        "minor",
        ["R14"],
        False,
        False,
        'A contact channel is added while the old one stays: "Email: privacy@passportpath.example" plus "Phone: 020 0000 7777" (R14).',
        [
            (
                "Email: privacy@passportpath.example.\n\n## What we collect",
                "Email: privacy@passportpath.example. Phone: 020 0000 7777 (weekdays 9am-5pm).\n\n## What we collect",
            )
        ],
    ),
    (
        en("visa"),
        "minor",
        ["R9"],
        False,
        False,
        'A clearer statement of an existing practice: adds that the courier "receives only your name, address and a sealed envelope"; same recipient (R9). "courier your documents" -> "courier your documents back to you" says what was already meant (R1).',
        [
            (
                "- Our secure courier.",
                "- Our secure courier, which receives only your name, delivery address and a sealed envelope.",
            ),
            ("and courier your documents.", "and courier your documents back to you."),
        ],
    ),
    (
        en("sheepdog"),
        "rights_reducing",
        ["R13"],
        False,
        False,
        'Right narrowed: "You may ask for access, correction or erasure of your data and may object to its use" -> "... access or correction of your data. Results cannot be erased"; erasure and objection are removed (R13).',
        [
            (
                "You may ask for access, correction or erasure of your data and may object to its use. Contact the Secretary.",
                "You may ask for access to or correction of your data; results and entries cannot be erased. Contact the Secretary.",
            )
        ],
    ),
    (
        en("sheepdog"),
        "editorial",
        ["R1"],
        False,
        False,
        'Reorders the "How we use it" list (league standings first) and fixes "Secretary: Mrs J. Thwaite" -> "Secretary - Mrs J. Thwaite"; nothing said differently (R1).',
        [
            drop("- To calculate league standings."),
            before(
                "- To accept entries, draw running orders and publish results.\n", "- To calculate league standings.\n"
            ),
            ("Secretary: Mrs J. Thwaite", "Secretary - Mrs J. Thwaite"),
        ],
    ),
    (
        en("tradeshow"),
        "major",
        ["R15"],
        True,
        False,
        'New purpose for the existing LinkedIn tag: "to measure how many registrations come from our LinkedIn campaigns" -> "... and to show our ads to people who visited exhibitor pages (retargeting)" (R15, reconsent).',
        [
            (
                "to measure how many registrations come from our LinkedIn campaigns.",
                "to measure how many registrations come from our LinkedIn campaigns and to show our adverts on LinkedIn to people who visited exhibitor pages.",
            )
        ],
    ),
    (
        en("tradeshow"),
        "editorial",
        ["R1"],
        False,
        True,
        "Technical re-rendering: the essential-cookie table is reflowed with aligned columns; same cookies, purposes and durations (R1).",
        [
            (
                "| Cookie | Purpose | Duration |\n|---|---|---|\n| exn_sid | keeps your registration or exhibitor session | session |\n| exn_xsrf | security token for forms | session |\n| exn_pref | stores your cookie choices | 6 months |",
                "| Cookie   | Purpose                                        | Duration |\n|----------|------------------------------------------------|----------|\n| exn_sid  | keeps your registration or exhibitor session   | session  |\n| exn_xsrf | security token for forms                       | session  |\n| exn_pref | stores your cookie choices                     | 6 months |",
            )
        ],
    ),
    (
        en("commradio"),
        "minor",
        ["R17"],
        False,
        False,
        'Third-party content removed: the Mixcloud paragraph goes, replays now "are played from our own server" (R17).',
        [
            (
                "Shows with a podcast replay use an embedded player from Mixcloud, which sets its own cookies when you press play.",
                "Show replays are now played from our own server and set no extra cookies.",
            )
        ],
    ),
    (
        en("commradio"),
        "editorial",
        ["R1"],
        False,
        False,
        'Rewording: "Refusing cookies never stops you listening live" -> "You can always listen live, even if you refuse cookies"; and "on ... our listen-live player" -> "in our listen-live player"; same meaning (R1).',
        [
            (
                "Refusing cookies never stops you listening live.",
                "You can always listen live, even if you refuse cookies.",
            ),
            ("on wyesidefm.example and our listen-live player", "on wyesidefm.example and in our listen-live player"),
        ],
    ),
]

FR_LAITIERE = """# Politique de confidentialité – Coopérative laitière du Haut-Doubs

La Coopérative laitière du Haut-Doubs collecte le lait de 180 exploitations adhérentes et le transforme en comté et en morbier dans ses deux fruitières. La présente politique décrit la manière dont nous traitons les données personnelles de nos adhérents, de leurs salariés et des clients de nos magasins.

## Responsable du traitement
Coopérative laitière du Haut-Doubs, SCA, 12 rue de la Fruitière, 25650 Montbenoît. Contact : donnees@cooplhd.example.

## Données traitées
- Identité et coordonnées des associés coopérateurs (nom, adresse, téléphone, courriel).
- Numéro d'exploitation, volumes de lait livrés et résultats d'analyses (taux butyreux, cellules, germes).
- Coordonnées bancaires pour le paiement du lait.
- Pour les clients de nos magasins : nom et courriel s'ils adhèrent au programme de fidélité.

## Finalités et bases légales
| Finalité | Base légale |
|---|---|
| Collecte, paiement et contrôle qualité du lait | exécution du contrat coopératif |
| Respect du cahier des charges AOP | obligation légale |
| Tenue du registre des associés et des assemblées | obligation légale |
| Programme de fidélité des magasins | consentement |

## Destinataires
Les résultats d'analyses sont transmis au laboratoire interprofessionnel et à l'organisme de défense de l'AOP. Les données bancaires sont transmises à notre banque. Nous ne vendons aucune donnée.

## Durées de conservation
Les données de livraison et de paiement sont conservées dix ans. Les données du programme de fidélité sont supprimées trois ans après le dernier achat.

## Vos droits
Conformément au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité. Vous pouvez retirer votre consentement au programme de fidélité à tout moment. Écrivez à donnees@cooplhd.example ou adressez-vous à l'accueil de la fruitière. Vous pouvez introduire une réclamation auprès de la CNIL.
"""

FR_PILOTAGE = """# Politique de protection des données personnelles

**Remorquage et Lamanage de l'Estuaire (RLE)**

RLE assure le remorquage portuaire, le lamanage et l'assistance aux navires dans le port de Saint-Nazaire. Nous traitons des données concernant les capitaines, les agents maritimes et nos propres équipages.

## Qui est responsable ?
Remorquage et Lamanage de l'Estuaire SAS, quai des Frégates, 44600 Saint-Nazaire, est responsable du traitement. Notre délégué à la protection des données est joignable à dpo@rle-estuaire.example.

## Quelles données ?
- Nom, fonction et coordonnées des agents maritimes et des capitaines qui commandent nos prestations.
- Nom du navire, numéro OMI, heure d'arrivée prévue et poste à quai.
- Enregistrements des échanges radio VHF sur les canaux de travail, conservés pour la sécurité des manœuvres.
- Données de facturation de l'armateur ou de l'agent.

## Pourquoi ?
1. Planifier et exécuter les manœuvres de remorquage et d'amarrage.
2. Facturer les prestations.
3. Établir les faits en cas d'incident ou d'abordage.

Ces traitements reposent sur l'exécution du contrat et sur notre intérêt légitime à assurer la sécurité des manœuvres.

## Destinataires
La capitainerie du port, notre assureur en cas de sinistre et notre expert-comptable. Les données sont hébergées en France.

## Conservation
Enregistrements VHF : 30 jours, sauf incident. Dossiers de manœuvre et factures : 10 ans.

## Vos droits
Vous pouvez exercer vos droits d'accès, de rectification, d'effacement, de limitation et d'opposition en écrivant à dpo@rle-estuaire.example ou par courrier à notre adresse. Nous répondons dans un délai d'un mois. Vous pouvez également saisir la CNIL.
"""

FR_HUITRES = """# Confidentialité – Parcs Ostréicoles Guérin

Les Parcs Ostréicoles Guérin élèvent des huîtres à Marennes-Oléron depuis trois générations. Nous vendons à la cabane, sur les marchés, et par expédition de bourriches commandées sur notre site. Voici comment nous traitons vos données.

## Responsable du traitement
EARL Parcs Ostréicoles Guérin, chenal de la Cayenne, 17320 Marennes. Courriel : contact@huitres-guerin.example.

## Ce que nous recueillons
- Lors d'une commande en ligne : nom, adresse de livraison, téléphone, courriel, date de livraison souhaitée.
- Lors d'une dégustation réservée à la cabane : nom, téléphone, nombre de personnes.
- Si vous vous inscrivez à notre lettre : votre courriel.

## Utilisation
Nous utilisons ces informations pour préparer et expédier les bourriches, vous prévenir en cas de fermeture sanitaire de la zone de production, gérer les réservations et, si vous l'avez demandé, vous envoyer notre lettre saisonnière (une par mois de septembre à avril).

## Destinataires
- Le transporteur frigorifique qui livre les bourriches.
- Notre prestataire de paiement.
- Notre hébergeur, situé en France.

Nous ne communiquons jamais vos coordonnées à d'autres producteurs ou à des partenaires commerciaux.

## Conservation
- Commandes : trois ans à compter de la dernière commande, puis archivage comptable pendant dix ans des seules factures.
- Réservations : six mois.
- Lettre : jusqu'à votre désinscription.

## Vos droits
Vous pouvez demander l'accès à vos données, leur rectification ou leur effacement, vous opposer à leur traitement et demander leur portabilité. Le lien de désinscription figure dans chaque lettre. Écrivez-nous à contact@huitres-guerin.example ou par téléphone au 05 46 00 00 11. Vous pouvez saisir la CNIL (www.cnil.fr).
"""

FR_METEOAGRI = """# Politique relative aux cookies – AgriMétéo Parcelles

AgriMétéo Parcelles fournit aux agriculteurs des prévisions météo à la parcelle, des alertes de gel et des conseils de traitement. Cette page décrit les cookies et traceurs déposés sur agrimeteo.example et dans l'application web.

## Cookies strictement nécessaires
Ils ne requièrent pas votre consentement.

| Nom | Finalité | Durée |
|---|---|---|
| am_session | maintenir votre connexion | session |
| am_csrf | sécuriser les formulaires | session |
| am_choix | mémoriser vos choix en matière de cookies | 6 mois |

## Cookies de mesure d'audience
Avec votre accord, nous utilisons AT Internet (Piano Analytics) pour mesurer la fréquentation des pages de prévisions. Cookie `atuserid`, durée 13 mois. Les données servent uniquement à produire des statistiques anonymes.

## Cookies de personnalisation
Le cookie `am_parcelle` mémorise la dernière parcelle consultée pendant 30 jours, afin de l'afficher directement à votre retour. Il n'est déposé qu'avec votre accord.

## Ce que nous ne faisons pas
Nous n'utilisons aucun cookie publicitaire et ne partageons pas vos parcelles avec des fournisseurs d'intrants.

## Gérer vos choix
Lors de votre première visite, un bandeau vous permet d'accepter, de refuser ou de personnaliser les cookies soumis à consentement. Vos choix sont conservés six mois. Vous pouvez les modifier à tout moment via le lien « Cookies » présent en bas de chaque page ; le retrait de votre consentement entraîne la suppression des cookies concernés.

## Contact
AgriMétéo Parcelles SAS, 5 allée des Semailles, 31320 Castanet-Tolosan. dpo@agrimeteo.example.
"""

FR_ACOUSTIQUE = """# Politique de confidentialité

**Échos Ingénierie** – bureau d'études acoustiques

Échos Ingénierie réalise des mesures de bruit, des études d'impact acoustique et des diagnostics d'isolation pour des particuliers, des copropriétés, des collectivités et des industriels.

## Responsable du traitement
Échos Ingénierie SARL, 8 rue Lafayette, 69003 Lyon. Contact : rgpd@echos-ingenierie.example.

## Données collectées
- Coordonnées du client : nom, adresse, téléphone, courriel.
- Adresse des lieux mesurés et, pour les plaintes de voisinage, description de la gêne signalée.
- Enregistrements sonores effectués lors des mesures. Nos sonomètres enregistrent des niveaux en décibels ; les séquences audio ne sont conservées que pour identifier la source de bruit et ne sont jamais analysées pour comprendre des conversations.
- Données de facturation.

## Finalités
Nous utilisons ces données pour réaliser les mesures, rédiger les rapports, facturer et, le cas échéant, défendre nos conclusions en cas de litige. La base légale est l'exécution du contrat et notre intérêt légitime.

## Destinataires
Les rapports sont remis au client et, à sa demande, à son avocat, à son syndic ou à la mairie. Nous faisons appel à un hébergeur en France pour le stockage des mesures.

## Durées de conservation
- Séquences audio : 6 mois après la remise du rapport.
- Rapports et données de mesure : 10 ans, durée de notre responsabilité professionnelle.
- Données de prospection : 3 ans après le dernier contact.

## Vos droits
Vous disposez des droits d'accès, de rectification, d'effacement, de limitation et d'opposition, ainsi que du droit à la portabilité. Pour les exercer, écrivez à rgpd@echos-ingenierie.example. Vous pouvez introduire une réclamation auprès de la Commission nationale de l'informatique et des libertés (CNIL).
"""

FR_COLOMBO = """# Protection des données – Société colombophile de l'Avesnois

La Société colombophile de l'Avesnois réunit les amateurs de pigeons voyageurs du secteur de Maubeuge et d'Avesnes. Elle organise des concours de vitesse et de fond, enregistre les constatations d'arrivée et publie les classements.

## Responsable du traitement
Société colombophile de l'Avesnois, association loi 1901, local du club, 3 rue des Colombiers, 59440 Avesnes-sur-Helpe. Le secrétaire répond aux questions sur les données : secretariat@colombo-avesnois.example.

## Données traitées
- Nom, adresse, téléphone et courriel des membres.
- Numéros de bagues des pigeons engagés et coordonnées GPS du colombier, nécessaires au calcul des distances.
- Heures de constatation enregistrées par les systèmes électroniques.
- Cotisations et engagements payés.

## Utilisation
Ces données servent à organiser les concours, calculer les vitesses, établir et publier les classements, et transmettre les licences à la fédération nationale. Les coordonnées du colombier ne sont jamais publiées : seuls le nom de l'amateur, la commune et la vitesse figurent dans les classements.

## Destinataires
- La fédération colombophile, pour les licences et les classements nationaux.
- Le groupement régional qui organise les concours de fond.

## Conservation
Les données des membres sont conservées pendant l'adhésion et deux ans après. Les classements sont archivés sans limite de durée, comme mémoire du club.

## Vos droits
Vous pouvez accéder à vos données, les faire rectifier ou effacer et vous opposer à leur traitement en écrivant au secrétaire ou en le rencontrant lors des enlogements du vendredi soir. Vous pouvez aussi saisir la CNIL.
"""

FR_PLANEUR = """# Politique de confidentialité – Aéroclub de vol à voile du Luberon

L'Aéroclub de vol à voile du Luberon propose des vols d'initiation en planeur, la formation au brevet de pilote et l'hébergement de planeurs privés sur l'aérodrome de Sisteron.

## Responsable
Aéroclub de vol à voile du Luberon, association loi 1901, aérodrome de Sisteron-Thèze, 04200 Sisteron. Courriel : bureau@planeur-luberon.example.

## Données que nous traitons
- **Membres et élèves pilotes :** état civil, coordonnées, numéro de licence fédérale, date du certificat médical d'aptitude, progression en formation, heures de vol.
- **Passagers de vols d'initiation :** nom, âge, poids (pour le centrage du planeur), téléphone.
- **Propriétaires de planeurs :** immatriculation et assurance de l'appareil.

## Finalités
- Gérer les adhésions et les licences auprès de la fédération.
- Organiser les vols et la formation, tenir les carnets de vol.
- Respecter les obligations de sécurité aérienne.

Le club n'utilise pas vos données à des fins commerciales.

## Destinataires
La fédération française de vol en planeur (licences et assurance), la direction générale de l'aviation civile sur demande, et notre logiciel de gestion de club, hébergé dans l'Union européenne.

## Conservation
Les carnets de vol et dossiers de formation sont conservés cinq ans après la fin de l'adhésion. Les données des passagers d'initiation sont supprimées un an après le vol.

## Vos droits
Vous disposez des droits d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité. Ils s'exercent gratuitement par courriel à bureau@planeur-luberon.example, par courrier ou au secrétariat du club. Vous pouvez adresser une réclamation à la CNIL.
"""

FR_PHILATELIE = """# Cookies – Le Comptoir Philatélique

Le Comptoir Philatélique vend en ligne des timbres de collection, des lettres anciennes et des cartes postales, et organise des ventes sur offres. Cette politique explique l'usage des cookies sur comptoir-philatelique.example.

## 1. Cookies indispensables
| Cookie | Rôle | Durée |
|---|---|---|
| cp_panier | conserver le contenu du panier | 7 jours |
| cp_session | maintenir la connexion à votre compte | session |
| cp_consent | enregistrer vos choix de cookies | 6 mois |

## 2. Mesure d'audience
Sous réserve de votre consentement, nous utilisons Matomo, installé sur nos propres serveurs en France. Le cookie `_pk_id` dure 13 mois. Les statistiques nous aident à savoir quelles séries de timbres intéressent nos visiteurs.

## 3. Vidéos
Nos présentations de lots rares sont hébergées sur notre serveur : elles ne déposent aucun cookie tiers.

## 4. Absence de publicité ciblée
Aucun cookie publicitaire n'est utilisé sur notre site et aucune donnée de navigation n'est transmise à des régies.

## 5. Vos choix
Le bandeau affiché lors de votre première visite propose « Tout accepter », « Tout refuser » et « Personnaliser », avec la même présentation. Sans action de votre part, aucun cookie soumis à consentement n'est déposé. Vos choix sont conservés six mois et peuvent être modifiés à tout moment via le lien « Gérer les cookies » en pied de page.

## 6. Contact
Le Comptoir Philatélique SARL, 14 passage des Panoramas, 75002 Paris – cookies@comptoir-philatelique.example.

## 7. Modifications
Toute modification ajoutant un cookie soumis à consentement entraîne un nouvel affichage du bandeau.
"""

FR_RELATIONSPRESSE = """# Politique de confidentialité – Agence Contrechamp RP

Contrechamp RP est une agence de relations presse qui fait connaître les projets de ses clients auprès des journalistes. Pour cela, nous tenons un fichier de contacts journalistes et traitons les données de nos clients.

## Responsable du traitement
Contrechamp RP SAS, 22 rue du Faubourg-Poissonnière, 75010 Paris. Délégué à la protection des données : dpo@contrechamp-rp.example.

## Données des journalistes
Nous traitons le nom, le média, la rubrique, l'adresse électronique et le téléphone professionnels de journalistes, issus de leurs publications, de leurs signatures de courriels et d'annuaires professionnels de la presse.

## Finalités
- Envoyer des communiqués et des invitations pertinents au regard de la rubrique couverte.
- Organiser des interviews et des voyages de presse.
- Suivre les retombées presse pour nos clients.

Ces traitements reposent sur notre intérêt légitime. Chaque envoi contient un lien permettant de ne plus recevoir nos communiqués.

## Destinataires
Nos clients reçoivent la liste des articles publiés, mais jamais notre fichier de contacts. Notre outil d'envoi de communiqués est hébergé en Irlande.

## Conservation
Les fiches de journalistes sont mises à jour chaque année et supprimées si le journaliste n'a ouvert aucun de nos envois pendant trois ans. Les données des clients sont conservées pendant la relation contractuelle et cinq ans après.

## Vos droits
Vous disposez d'un droit d'accès, de rectification, d'effacement et d'opposition. Vous pouvez les exercer par courriel à dpo@contrechamp-rp.example ou via le lien de désinscription. En cas de difficulté, vous pouvez saisir la CNIL.
"""

FR_SOUSTITRAGE = """# Politique de confidentialité

**Titrages Lumière** – sous-titrage, audiodescription et doublage

Titrages Lumière réalise le sous-titrage pour sourds et malentendants, l'audiodescription et l'adaptation de films, séries et documentaires pour des chaînes, des plateformes et des producteurs.

## Responsable du traitement
Titrages Lumière SARL, 6 rue de la Pépinière, 13001 Marseille. Contact : vieprivee@titrages-lumiere.example.

## Données concernées
1. Données de nos clients : noms, fonctions et coordonnées des interlocuteurs chez les diffuseurs et producteurs.
2. Données de nos auteurs et comédiens : identité, coordonnées, numéro de sécurité sociale et RIB pour la rémunération, relevés de droits d'auteur.
3. Contenus confiés : œuvres audiovisuelles pouvant montrer des personnes.

## Finalités
Exécution des commandes, rémunération des auteurs et comédiens, déclarations aux organismes sociaux et aux sociétés d'auteurs. Les œuvres confiées ne sont utilisées que pour réaliser la commande.

## Sécurité des contenus
Les œuvres sont stockées sur des serveurs chiffrés en France et ne sont accessibles qu'aux auteurs affectés au projet.

## Destinataires
Les organismes sociaux, la société de gestion des droits d'auteur, notre expert-comptable. Nous ne transmettons pas les données de nos auteurs à d'autres studios.

## Conservation
Les œuvres confiées sont effacées de nos serveurs 60 jours après la livraison. Les données de paie sont conservées 5 ans et les relevés de droits 10 ans.

## Vos droits
Vous pouvez demander l'accès à vos données, leur rectification, leur effacement, la limitation du traitement et la portabilité, et vous opposer au traitement. Écrivez à vieprivee@titrages-lumiere.example. Vous pouvez saisir la CNIL.

## Propriété des œuvres
Les œuvres confiées restent la propriété de leurs ayants droit ; nos équipes n'en conservent aucune copie personnelle.
"""

FR_WEBTV = """# Politique cookies – Vallée TV

Vallée TV est la télévision locale en ligne de la vallée de l'Arve : journal quotidien, matchs de hockey en direct et émissions de montagne. Cette politique décrit les cookies utilisés sur valleetv.example et dans notre lecteur vidéo.

## Cookies nécessaires
- `vtv_session` : maintient votre connexion à l'espace abonné (durée de la session).
- `vtv_lecteur` : mémorise le volume et la qualité vidéo choisie (session).
- `vtv_consent` : conserve vos choix en matière de cookies (6 mois).

## Mesure d'audience (avec consentement)
Nous utilisons Médiamétrie eStat pour mesurer l'audience de nos vidéos, conformément aux pratiques du secteur audiovisuel. Le cookie `estat_id` est conservé 13 mois.

## Publicité (avec consentement)
Des spots publicitaires de commerçants locaux sont diffusés avant certaines vidéos. Ils sont servis par notre propre serveur, sans ciblage individuel ; un cookie `vtv_cap` (24 heures) limite le nombre de diffusions d'un même spot.

## Partage sur les réseaux sociaux
Les boutons de partage sont de simples liens : ils ne déposent aucun cookie tant que vous ne cliquez pas.

## Vos choix
Le bandeau de première visite permet d'accepter ou de refuser chaque catégorie, avec des boutons de même taille. Vous pouvez revenir sur votre choix à tout moment via le lien « Cookies » en bas de chaque page. Vos choix sont conservés six mois.

## Contact
Vallée TV SAS, 40 avenue de la Gare, 74300 Cluses. confidentialite@valleetv.example.

## Mineurs
L'espace abonné est réservé aux personnes majeures ; les vidéos restent accessibles à tous sans création de compte.
"""

FR_CARTEGRISE = """# Politique de confidentialité – Immatric'Express

Immatric'Express est un professionnel de l'automobile habilité par le ministère de l'Intérieur à effectuer les démarches d'immatriculation (certificat d'immatriculation, changement d'adresse, déclaration de cession) pour le compte des particuliers.

## Responsable du traitement
Immatric'Express SAS, 9 boulevard Carnot, 21000 Dijon. Habilitation n° 21-0000. Contact : donnees@immatric-express.example.

## Données collectées
- Identité du titulaire : nom, prénoms, date et lieu de naissance, adresse.
- Copie de la pièce d'identité et du justificatif de domicile.
- Informations sur le véhicule : numéro d'immatriculation, numéro VIN, ancien certificat.
- Attestation d'assurance et, le cas échéant, permis de conduire.
- Données de paiement des taxes et de nos frais.

## Finalités
Nous utilisons ces données exclusivement pour accomplir la démarche que vous nous confiez et la transmettre au système d'immatriculation des véhicules (SIV). La base légale est l'exécution du contrat et le respect de nos obligations d'habilité.

## Destinataires
- Le système d'immatriculation des véhicules géré par l'Agence nationale des titres sécurisés.
- L'Imprimerie nationale, pour la fabrication du certificat.
- Notre prestataire de paiement.

## Conservation
Les justificatifs sont conservés pendant la durée imposée par notre habilitation, soit cinq ans, puis détruits. Les factures sont conservées dix ans.

## Vos droits
Vous pouvez exercer vos droits d'accès, de rectification, de limitation et d'opposition par courriel à donnees@immatric-express.example, par courrier, ou directement au comptoir de notre agence. Nous vous répondons dans un délai d'un mois. Vous pouvez introduire une réclamation auprès de la CNIL.

## Sécurité
Les justificatifs transmis en ligne sont chiffrés et ne sont consultés que par les agents habilités de notre agence.
"""

FR_FORAGE = """# Politique de confidentialité

**Forages Thibaud & Fils** – forage de puits, géothermie et pompes

Forages Thibaud & Fils réalise des forages d'eau pour particuliers et agriculteurs, des sondes géothermiques et l'entretien des pompes immergées en Touraine et dans le Loir-et-Cher.

## Qui traite vos données ?
Forages Thibaud & Fils SARL, ZA des Varennes, 37150 Bléré, est responsable du traitement. Vous pouvez nous écrire à contact@forages-thibaud.example.

## Données traitées
- Vos nom, adresse, téléphone et courriel.
- La localisation de la parcelle à forer et les références cadastrales.
- Les données techniques du forage : profondeur, débit, coupe géologique, analyses d'eau.
- Les données de facturation.

## Pourquoi ?
- Établir le devis et réaliser les travaux.
- Déclarer l'ouvrage en mairie et auprès du service géologique national, comme la loi l'exige pour tout forage de plus de dix mètres.
- Assurer l'entretien et la garantie de la pompe.

## Destinataires
Le service géologique national reçoit la déclaration de l'ouvrage (localisation, coupe géologique et nom du déclarant). Notre laboratoire partenaire reçoit les échantillons d'eau avec un numéro de dossier, sans votre nom.

## Durée de conservation
- Devis non signés : un an.
- Dossiers de forage : dix ans au titre de la garantie décennale.
- Contrats d'entretien : pendant le contrat et deux ans après.

## Vos droits
Vous disposez des droits d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité. Pour les exercer, écrivez à contact@forages-thibaud.example ou appelez le 02 47 00 00 33. Vous pouvez introduire une réclamation auprès de la CNIL.
"""

FR_BOISCHAUFFAGE = """# Politique de confidentialité – Bois de la Chaîne des Puys

Bois de la Chaîne des Puys exploite des parcelles forestières en Auvergne et vend du bois de chauffage, des plaquettes et des granulés, livrés chez les particuliers et les collectivités.

## Responsable du traitement
SARL Bois de la Chaîne des Puys, lieu-dit Les Fayes, 63230 Pontgibaud. Contact : contact@bois-puys.example.

## Données collectées
- Identité et coordonnées des clients (nom, adresse de livraison, téléphone, courriel).
- Informations utiles à la livraison : accès au terrain, gabarit du portail, emplacement de stockage.
- Historique des commandes et factures.
- Pour les propriétaires forestiers qui nous vendent du bois sur pied : références cadastrales et coordonnées bancaires.

## Finalités
- Traiter et livrer les commandes.
- Acheter du bois sur pied et établir les contrats de coupe.
- Vous rappeler, si vous le souhaitez, l'ouverture des commandes avant l'hiver.

## Bases légales
Les commandes et contrats de coupe reposent sur le contrat. Le rappel saisonnier repose sur votre consentement, que vous pouvez retirer en répondant STOP au SMS.

## Destinataires
Nos chauffeurs et le transporteur partenaire pour les livraisons de granulés, notre comptable et notre banque.

## Conservation
Les données des clients sont conservées trois ans après la dernière commande ; les factures dix ans.

## Vos droits
Vous pouvez exercer vos droits d'accès, de rectification, d'effacement, d'opposition et de portabilité en écrivant à contact@bois-puys.example. Vous pouvez saisir la CNIL.

## Sécurité
Nos fichiers clients sont conservés sur un logiciel de gestion hébergé en France, dont l'accès est protégé par un mot de passe individuel.
"""

FR_HORLOGERIE = """# Politique de confidentialité – Atelier Chronos

L'Atelier Chronos répare et restaure des montres mécaniques, des pendules et des horloges comtoises. Nous recevons les pièces au comptoir de notre boutique de Besançon ou par envoi postal assuré.

## Responsable du traitement
Atelier Chronos, entreprise individuelle de M. Lucien Vauthier, 3 rue des Granges, 25000 Besançon. Courriel : atelier@chronos-besancon.example.

## Informations recueillies
- Nom, adresse, téléphone et courriel du propriétaire de la pièce.
- Description de la pièce, numéro de série, photographies avant et après intervention.
- Devis, factures et certificats de restauration.

## Utilisation
Nous utilisons ces informations pour établir le devis, suivre la réparation, vous avertir lorsque la pièce est prête et assurer la garantie d'un an sur nos interventions. Les photographies sont utilisées uniquement dans votre dossier de restauration.

## Destinataires
- Le transporteur assuré pour les envois.
- Notre assureur en cas de sinistre.
- Les fabricants de mouvements, uniquement lorsqu'une pièce de rechange d'origine doit être commandée avec le numéro de série.

## Conservation
Les dossiers de réparation sont conservés cinq ans pour permettre le suivi des révisions. Les factures sont conservées dix ans.

## Vos droits
Vous pouvez accéder à vos données, les rectifier, les effacer et vous opposer à leur traitement en nous écrivant ou en passant à l'atelier. Une réponse vous est apportée sous un mois. Vous pouvez également saisir la Commission nationale de l'informatique et des libertés.

## Pièces non réclamées
Les pièces non réclamées donnent lieu à deux relances par courrier ; vos coordonnées sont utilisées à cette seule fin.
"""

FR_ANALYSESOLS = """# Politique de protection des données

**AgroSol Analyses** – laboratoire d'analyses de terre, d'effluents et de fourrages

AgroSol Analyses analyse des échantillons de terre, de fumier et de fourrage pour les agriculteurs, les coopératives et les bureaux d'études, et fournit des conseils de fertilisation.

## Responsable du traitement
AgroSol Analyses SAS, 17 route de Rennes, 35510 Cesson-Sévigné. Contact : protection.donnees@agrosol.example.

## Données traitées
- Coordonnées de l'exploitant ou du prescripteur : nom, exploitation, adresse, courriel, téléphone.
- Références des parcelles échantillonnées (nom de parcelle, commune, surface).
- Résultats d'analyses et préconisations.
- Données de facturation.

## Finalités
1. Réaliser les analyses commandées et envoyer les résultats.
2. Établir les préconisations de fertilisation.
3. Facturer.

Ces traitements reposent sur l'exécution du contrat.

## Partage des résultats
Les résultats sont envoyés à l'exploitant et, s'il l'a indiqué sur le bon de commande, à son technicien de coopérative. Nous ne transmettons pas les résultats à d'autres organismes.

## Conservation
Les résultats sont conservés cinq ans, afin de permettre le suivi de l'évolution des sols. Les factures sont conservées dix ans.

## Vos droits
Conformément au règlement général sur la protection des données, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité. Écrivez à protection.donnees@agrosol.example. Vous pouvez introduire une réclamation auprès de la CNIL.

## Échantillons
Les échantillons physiques sont détruits trois mois après l'envoi des résultats. Les bons de commande papier sont numérisés puis détruits.

## Sécurité
Les résultats sont accessibles dans un espace client protégé par mot de passe, hébergé en France.
"""

FR_LOCATIONBTP = """# Politique d'utilisation des cookies – LocaChantier

LocaChantier loue des engins et du matériel de chantier (mini-pelles, nacelles, échafaudages) aux entreprises du bâtiment et aux particuliers. Cette politique porte sur les cookies du site locachantier.example et de l'espace client.

## Cookies exemptés de consentement
| Cookie | Finalité | Durée |
|---|---|---|
| lc_sess | session de l'espace client | session |
| lc_agence | agence choisie pour le retrait du matériel | 30 jours |
| lc_cmp | conservation de vos choix de cookies | 6 mois |

## Cookies soumis à consentement
**Statistiques.** Google Analytics 4 (cookies `_ga` et `_ga_*`, 13 mois) nous permet de mesurer l'utilisation du simulateur de devis.

**Assistance en ligne.** Le module de discussion Zendesk dépose un cookie `__zlcmid` (12 mois) pour conserver l'historique de votre conversation.

## Ce que nous n'utilisons pas
Nous ne recourons à aucun cookie de publicité ciblée.

## Gérer vos préférences
Au premier affichage, le bandeau vous propose d'accepter ou de refuser les cookies soumis à consentement, ou de choisir finalité par finalité. Refuser est aussi simple qu'accepter. Le lien « Paramétrer les cookies », en bas de chaque page, vous permet de modifier votre choix à tout moment. Votre choix est conservé six mois.

## Nous contacter
LocaChantier SAS, 2 rue de l'Industrie, 67400 Illkirch-Graffenstaden. cookies@locachantier.example.

## Évolution de cette politique
Si nous ajoutons un cookie soumis à consentement ou modifions la finalité d'un cookie existant, le bandeau vous sera présenté de nouveau afin que vous puissiez exprimer un choix éclairé.
"""

FR_ELEVAGE = """# Politique de confidentialité – Élevage des Monts du Forez

L'Élevage des Monts du Forez élève des bergers australiens inscrits au livre des origines. Nous tenons une liste d'attente pour les portées à venir et suivons nos chiots après leur adoption.

## Responsable du traitement
Mme Claire Monnet, éleveuse, Élevage des Monts du Forez, Le Bourg, 42920 Chalmazel. Courriel : elevage@montsduforez.example.

## Données collectées
- Identité et coordonnées des familles candidates et adoptantes.
- Questionnaire d'adoption : type de logement, présence d'enfants ou d'autres animaux, temps disponible.
- Pour les adoptants : numéro d'identification du chiot, certificat d'engagement et de connaissance, contrat de vente.

## Utilisation
- Gérer la liste d'attente et choisir les familles.
- Établir les documents de cession exigés par la loi.
- Prendre des nouvelles du chiot et proposer, si vous le souhaitez, un album photo de la portée.

## Destinataires
Le fichier national d'identification des carnivores domestiques, pour l'enregistrement du chiot au nom de l'adoptant, et la société centrale canine pour le pedigree. Aucune autre transmission n'a lieu.

## Conservation
- Candidatures non retenues : supprimées à la fin de la portée.
- Dossiers d'adoption : conservés pendant la vie du chien, au plus quinze ans.

## Vos droits
Vous pouvez accéder à vos données, les rectifier ou les effacer, vous opposer à leur traitement et demander leur portabilité, par courriel ou par téléphone au 04 77 00 00 44. Vous pouvez introduire une réclamation auprès de la CNIL.

## Sécurité
Les dossiers papier sont rangés dans une armoire fermée à clé ; les fichiers numériques sont protégés par mot de passe.
"""

FR_BAGUAGE = """# Politique de confidentialité – Station ornithologique de la Baie

La Station ornithologique de la Baie est une association qui mène des programmes de baguage d'oiseaux, anime des sorties d'observation et forme des bénévoles au suivi des populations.

## Responsable du traitement
Station ornithologique de la Baie, association loi 1901, 1 chemin des Mollières, 80230 Saint-Valery-sur-Somme. Contact : benevoles@station-baie.example.

## Données que nous traitons
- **Bénévoles :** nom, coordonnées, date de naissance, compétences, participation aux sessions de baguage.
- **Bagueurs agréés :** numéro de programme et d'autorisation.
- **Participants aux sorties :** nom, téléphone, nombre de participants.
- **Observateurs signalant une bague :** nom, courriel, lieu et date de l'observation.

## Finalités
Organiser les sessions de baguage et les sorties, gérer l'assurance des bénévoles, répondre aux observateurs qui nous signalent un oiseau bagué en leur envoyant son histoire, et transmettre les données de baguage au centre national de recherche.

## Destinataires
Le centre national de recherche sur la biologie des populations d'oiseaux reçoit les données de baguage et, pour les observations, le nom de l'observateur. Les noms des observateurs ne sont jamais publiés.

## Conservation
Données des bénévoles : pendant l'engagement et trois ans après. Participants aux sorties : un an. Observations : conservées durablement pour la recherche.

## Vos droits
Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation et d'opposition. Écrivez à benevoles@station-baie.example. Vous pouvez saisir la CNIL.

## Mineurs
Les bénévoles de moins de dix-huit ans participent avec l'autorisation écrite d'un parent, dont nous conservons le nom et le téléphone pendant l'engagement.
"""

FR_MARCHESPUBLICS = """# Cookies – Plateforme AchatsPublics Pro

AchatsPublics Pro est une plateforme de dématérialisation des marchés publics : les acheteurs publics y publient leurs consultations et les entreprises y téléchargent les dossiers et déposent leurs offres. Cette politique concerne les cookies de achatspublics-pro.example.

## Cookies indispensables
- `app_session` : authentification des acheteurs et des entreprises (session).
- `app_depot` : suivi de l'envoi de vos plis pendant le dépôt (2 heures).
- `app_choix` : mémorisation de vos choix relatifs aux cookies (6 mois).

## Cookies de mesure d'audience
Avec votre consentement, nous mesurons la fréquentation des pages de consultation au moyen d'Eulerian, qui dépose le cookie `etuix` pour une durée de 6 mois. Ces données nous servent à améliorer l'ergonomie du dépôt d'offres.

## Absence de cookies publicitaires
La plateforme, utilisée par des services publics, ne dépose aucun cookie publicitaire et ne transmet aucune donnée de navigation à des annonceurs.

## Vos choix
Lors de votre première visite, vous pouvez accepter ou refuser la mesure d'audience. Le refus n'a aucune incidence sur la possibilité de déposer une offre. Vous pouvez revenir sur votre choix via le lien « Cookies » en pied de page.

## Contact
AchatsPublics Pro SAS, 25 rue de la Commande Publique, 33000 Bordeaux. Délégué à la protection des données : dpo@achatspublics-pro.example.

## Données des offres
Le contenu des plis déposés relève de la politique de confidentialité de la plateforme et de l'acheteur public concerné, et non de la présente politique relative aux cookies.

## Modifications
Toute évolution de cette politique est datée en tête de page.
"""

FR_BASES: dict[str, tuple[str, str, str]] = {
    "laitiere": ("privacy", "Coopérative laitière du Haut-Doubs", FR_LAITIERE),
    "pilotage": ("privacy", "Remorquage et Lamanage de l'Estuaire", FR_PILOTAGE),
    "huitres": ("privacy", "Parcs Ostréicoles Guérin", FR_HUITRES),
    "meteoagri": ("cookies", "AgriMétéo Parcelles", FR_METEOAGRI),
    "acoustique": ("privacy", "Échos Ingénierie", FR_ACOUSTIQUE),
    "colombo": ("privacy", "Société colombophile de l'Avesnois", FR_COLOMBO),
    "planeur": ("privacy", "Aéroclub de vol à voile du Luberon", FR_PLANEUR),
    "philatelie": ("cookies", "Le Comptoir Philatélique", FR_PHILATELIE),
    "relationspresse": ("privacy", "Contrechamp RP", FR_RELATIONSPRESSE),
    "soustitrage": ("privacy", "Titrages Lumière", FR_SOUSTITRAGE),
    "webtv": ("cookies", "Vallée TV", FR_WEBTV),
    "cartegrise": ("privacy", "Immatric'Express", FR_CARTEGRISE),
    "forage": ("privacy", "Forages Thibaud & Fils", FR_FORAGE),
    "boischauffage": ("privacy", "Bois de la Chaîne des Puys", FR_BOISCHAUFFAGE),
    "horlogerie": ("privacy", "Atelier Chronos", FR_HORLOGERIE),
    "analysesols": ("privacy", "AgroSol Analyses", FR_ANALYSESOLS),
    "locationbtp": ("cookies", "LocaChantier", FR_LOCATIONBTP),
    "elevage": ("privacy", "Élevage des Monts du Forez", FR_ELEVAGE),
    "baguage": ("privacy", "Station ornithologique de la Baie", FR_BAGUAGE),
    "marchespublics": ("cookies", "AchatsPublics Pro", FR_MARCHESPUBLICS),
}


def fr(key: str) -> str:
    return f"{NAME}-base-fr-{key}"


FR_EDITS: list[Pair] = [
    (
        fr("laitiere"),
        "major",
        ["R5"],
        False,
        False,
        "Un destinataire s'ajoute dans une phrase : les résultats d'analyses sont aussi transmis « à notre fournisseur d'aliments du bétail, afin qu'il adapte ses rations » ; nouvelle catégorie de destinataires (R5).",
        [
            (
                "Les résultats d'analyses sont transmis au laboratoire interprofessionnel et à l'organisme de défense de l'AOP.",
                "Les résultats d'analyses sont transmis au laboratoire interprofessionnel, à l'organisme de défense de l'AOP et à notre fournisseur d'aliments du bétail, afin qu'il adapte ses rations.",
            )
        ],
    ),
    (
        fr("laitiere"),
        "editorial",
        ["R1"],
        False,
        False,
        "Reformulations sans changement de sens : « La présente politique décrit la manière dont nous traitons » -> « Cette politique explique comment nous traitons » et « Écrivez à » -> « Écrivez-nous à » (R1).",
        [
            (
                "La présente politique décrit la manière dont nous traitons",
                "Cette politique explique comment nous traitons",
            ),
            ("Écrivez à donnees@cooplhd.example", "Écrivez-nous à donnees@cooplhd.example"),
        ],
    ),
    (
        fr("pilotage"),
        "major",
        ["R8"],
        False,
        False,
        "Conservation allongée : « Enregistrements VHF : 30 jours, sauf incident » -> « Enregistrements VHF : un an, sauf incident » (R8) ; la correction « joignable à » -> « joignable par courriel à » relève de R1.",
        [
            ("Enregistrements VHF : 30 jours, sauf incident.", "Enregistrements VHF : un an, sauf incident."),
            ("est joignable à dpo@rle-estuaire.example", "est joignable par courriel à dpo@rle-estuaire.example"),
        ],
    ),
    (
        fr("pilotage"),
        "editorial",
        ["R1"],
        False,
        True,
        "Rendu technique : la liste numérotée « Pourquoi ? » passe en puces et les titres de niveau 2 passent en niveau 3 ; aucun mot changé (R1).",
        [
            ("1. Planifier et exécuter", "- Planifier et exécuter"),
            ("2. Facturer les prestations.", "- Facturer les prestations."),
            ("3. Établir les faits", "- Établir les faits"),
            ("## Quelles données ?", "### Quelles données ?"),
            ("## Pourquoi ?", "### Pourquoi ?"),
        ],
    ),
    (
        fr("huitres"),
        "rights_reducing",
        ["R12", "R5"],
        False,
        False,
        "La promesse s'affaiblit : « Nous ne communiquons jamais vos coordonnées à d'autres producteurs ou à des partenaires commerciaux » -> « Nous pouvons communiquer vos coordonnées à des partenaires commerciaux sélectionnés » (R12).",
        [
            (
                "Nous ne communiquons jamais vos coordonnées à d'autres producteurs ou à des partenaires commerciaux.",
                "Nous pouvons communiquer vos coordonnées à des partenaires commerciaux sélectionnés (producteurs de vin et d'épicerie fine de la région).",
            )
        ],
    ),
    (
        fr("huitres"),
        "minor",
        ["R14"],
        False,
        False,
        "Coordonnées reformatées, même canal : le téléphone « 05 46 00 00 11 » est présenté sur sa propre ligne avec les horaires, le courriel reste (R14).",
        [
            (
                "Écrivez-nous à contact@huitres-guerin.example ou par téléphone au 05 46 00 00 11. ",
                "Écrivez-nous à contact@huitres-guerin.example ou appelez-nous :\n\n- téléphone : 05 46 00 00 11 (du mardi au samedi, 9 h - 12 h).\n\n",
            )
        ],
    ),
    (
        fr("meteoagri"),
        "major",
        ["R15"],
        True,
        False,
        "Nouveau tiers dans la politique cookies : « Cartographie : ... Google Maps, qui dépose ses propres cookies » sous consentement ; le consentement antérieur ne le couvre pas (R15, reconsentement).",
        [
            before(
                "## Ce que nous ne faisons pas\n",
                "## Cartographie\nAvec votre accord, la carte de vos parcelles est affichée au moyen de Google Maps, qui dépose ses propres cookies (jusqu'à 13 mois) et reçoit votre adresse IP.\n\n",
            )
        ],
    ),
    (
        fr("meteoagri"),
        "minor",
        ["R17"],
        False,
        False,
        "Un cookie est retiré : la section « Cookies de personnalisation » et le cookie `am_parcelle` disparaissent (R17).",
        [drop("## Cookies de personnalisation"), drop("Le cookie `am_parcelle` mémorise")],
    ),
    (
        fr("acoustique"),
        "major",
        ["R2"],
        False,
        False,
        "Nouvelle finalité glissée dans une longue phrase : les séquences audio « sont également utilisées, après anonymisation, pour entraîner notre outil de reconnaissance automatique des sources de bruit » (R2).",
        [
            (
                "les séquences audio ne sont conservées que pour identifier la source de bruit et ne sont jamais analysées pour comprendre des conversations.",
                "les séquences audio sont conservées pour identifier la source de bruit et sont également utilisées, après anonymisation, pour entraîner notre outil de reconnaissance automatique des sources de bruit ; elles ne sont jamais analysées pour comprendre des conversations.",
            )
        ],
    ),
    (
        fr("acoustique"),
        "editorial",
        ["R1"],
        False,
        False,
        "Simple réordonnancement de la liste des durées (rapports en premier) et virgule remplacée par un tiret dans l'adresse ; rien ne change (R1).",
        [
            drop("- Séquences audio : 6 mois après la remise du rapport."),
            before("- Données de prospection : 3 ans", "- Séquences audio : 6 mois après la remise du rapport.\n"),
            ("Échos Ingénierie SARL, 8 rue Lafayette", "Échos Ingénierie SARL – 8 rue Lafayette"),
        ],
    ),
    (
        fr("colombo"),
        "rights_reducing",
        ["R4"],
        False,
        False,
        "Un canal d'exercice des droits disparaît : « ou en le rencontrant lors des enlogements du vendredi soir » est supprimé, seul l'écrit reste (R4, plus difficile).",
        [
            (
                "en écrivant au secrétaire ou en le rencontrant lors des enlogements du vendredi soir.",
                "en écrivant au secrétaire.",
            )
        ],
    ),
    (
        fr("colombo"),
        "minor",
        ["R9"],
        False,
        False,
        "Conservation raccourcie : « pendant l'adhésion et deux ans après » -> « pendant l'adhésion et un an après » (R9) ; « Le secrétaire répond » -> « Le secrétaire du club répond » (R1).",
        [
            (
                "sont conservées pendant l'adhésion et deux ans après.",
                "sont conservées pendant l'adhésion et un an après.",
            ),
            ("Le secrétaire répond aux questions", "Le secrétaire du club répond aux questions"),
        ],
    ),
    (
        fr("planeur"),
        "rights_reducing",
        ["R4"],
        False,
        False,
        "Des frais et une pièce d'identité sont exigés : « Ils s'exercent gratuitement par courriel » -> « ... par courrier recommandé accompagné d'une copie de pièce d'identité et d'un chèque de 15 € » (R4, plus coûteux).",
        [
            (
                "Ils s'exercent gratuitement par courriel à bureau@planeur-luberon.example, par courrier ou au secrétariat du club.",
                "Ils s'exercent par courrier recommandé adressé au président, accompagné d'une copie de pièce d'identité et d'un chèque de 15 € pour frais de traitement.",
            )
        ],
    ),
    (
        fr("planeur"),
        "editorial",
        ["R1"],
        False,
        False,
        "Corrections de forme : « Responsable » -> « Responsable du traitement » dans un titre et « Le club n'utilise pas vos données à des fins commerciales » -> « Vos données ne sont pas utilisées par le club à des fins commerciales » (R1).",
        [
            ("## Responsable\n", "## Responsable du traitement\n"),
            (
                "Le club n'utilise pas vos données à des fins commerciales.",
                "Vos données ne sont pas utilisées par le club à des fins commerciales.",
            ),
        ],
    ),
    (
        fr("philatelie"),
        "major",
        ["R15"],
        True,
        False,
        "Les vidéos passent chez un tiers : « hébergées sur notre serveur : elles ne déposent aucun cookie tiers » -> « hébergées sur YouTube, qui dépose ses propres cookies lorsque vous les lisez » ; nouveau fournisseur (R15, reconsentement).",
        [
            (
                "Nos présentations de lots rares sont hébergées sur notre serveur : elles ne déposent aucun cookie tiers.",
                "Nos présentations de lots rares sont hébergées sur YouTube, qui dépose ses propres cookies lorsque vous acceptez la catégorie « Vidéos » et lancez une lecture.",
            )
        ],
    ),
    (
        fr("philatelie"),
        "editorial",
        ["R1"],
        False,
        True,
        "Rendu technique : le tableau des cookies indispensables est réaligné et ses lignes réordonnées par nom ; même contenu (R1).",
        [
            (
                "| Cookie | Rôle | Durée |\n|---|---|---|\n| cp_panier | conserver le contenu du panier | 7 jours |\n| cp_session | maintenir la connexion à votre compte | session |\n| cp_consent | enregistrer vos choix de cookies | 6 mois |",
                "| Cookie     | Rôle                                   | Durée   |\n| ---------- | -------------------------------------- | ------- |\n| cp_consent | enregistrer vos choix de cookies       | 6 mois  |\n| cp_panier  | conserver le contenu du panier         | 7 jours |\n| cp_session | maintenir la connexion à votre compte  | session |",
            )
        ],
    ),
    (
        fr("relationspresse"),
        "major",
        ["R7"],
        False,
        False,
        "Nouvelle source de données : « issus de leurs publications, de leurs signatures de courriels et d'annuaires » -> ajout « et de leurs profils publics sur les réseaux sociaux » (R7).",
        [
            (
                "issus de leurs publications, de leurs signatures de courriels et d'annuaires professionnels de la presse.",
                "issus de leurs publications, de leurs signatures de courriels, d'annuaires professionnels de la presse et de leurs profils publics sur les réseaux sociaux (X, LinkedIn, Bluesky).",
            )
        ],
    ),
    (
        fr("relationspresse"),
        "minor",
        ["R9"],
        False,
        False,
        "Durée raccourcie pour les clients : « cinq ans après » -> « trois ans après » (R9) ; « Délégué » -> « Déléguée » (R1).",
        [
            (
                "pendant la relation contractuelle et cinq ans après.",
                "pendant la relation contractuelle et trois ans après.",
            ),
            (
                "Délégué à la protection des données : dpo@contrechamp-rp.example.",
                "Déléguée à la protection des données : dpo@contrechamp-rp.example.",
            ),
        ],
    ),
    (
        fr("soustitrage"),
        "major",
        ["R6"],
        False,
        False,
        "Nouveau transfert hors UE : les œuvres stockées « sur des serveurs chiffrés en France » sont aussi « accessibles à nos adaptateurs établis au Québec, sur la base de la décision d'adéquation » (R6).",
        [
            (
                "Les œuvres sont stockées sur des serveurs chiffrés en France et ne sont accessibles qu'aux auteurs affectés au projet.",
                "Les œuvres sont stockées sur des serveurs chiffrés en France et ne sont accessibles qu'aux auteurs affectés au projet, y compris nos adaptateurs établis au Québec, sur la base de la décision d'adéquation relative au Canada.",
            )
        ],
    ),
    (
        fr("soustitrage"),
        "editorial",
        ["R1"],
        False,
        False,
        "Coquilles corrigées et reformulation : « Exécution des commandes, rémunération ..., déclarations » -> « L'exécution des commandes, la rémunération ..., les déclarations », « Vous pouvez saisir la CNIL » -> « Vous pouvez également saisir la CNIL » ; même sens (R1).",
        [
            (
                "Exécution des commandes, rémunération des auteurs et comédiens, déclarations",
                "L'exécution des commandes, la rémunération des auteurs et comédiens, les déclarations",
            ),
            ("Vous pouvez saisir la CNIL.", "Vous pouvez également saisir la CNIL."),
        ],
    ),
    (
        fr("webtv"),
        "major",
        ["R16"],
        False,
        False,
        "Durée de vie allongée d'un cookie soumis à consentement : `vtv_cap` « (24 heures) » -> « (3 mois) » ; moins de 13 mois, donc majeur (R16).",
        [("un cookie `vtv_cap` (24 heures) limite", "un cookie `vtv_cap` (3 mois) limite")],
    ),
    (
        fr("webtv"),
        "editorial",
        ["R1"],
        False,
        True,
        "Rendu technique : les puces « - » deviennent « * » et les retours à la ligne du paragraphe « Vos choix » sont déplacés ; texte identique (R1).",
        [
            ("- `vtv_session`", "* `vtv_session`"),
            ("- `vtv_lecteur`", "* `vtv_lecteur`"),
            ("- `vtv_consent`", "* `vtv_consent`"),
            (
                "avec des boutons de même taille. Vous pouvez revenir",
                "avec des boutons de même taille.\nVous pouvez revenir",
            ),
        ],
    ),
    (
        fr("cartegrise"),
        "major",
        ["R3"],
        False,
        False,
        "Changement de responsable : « Immatric'Express SAS, 9 boulevard Carnot » -> « AutoDémarches Groupe SAS, qui a absorbé Immatric'Express » (R3).",
        [
            (
                "## Responsable du traitement\nImmatric'Express SAS, 9 boulevard Carnot, 21000 Dijon.",
                "## Responsable du traitement\nDepuis la fusion-absorption d'Immatric'Express, le responsable du traitement est AutoDémarches Groupe SAS, 9 boulevard Carnot, 21000 Dijon.",
            )
        ],
    ),
    (
        fr("cartegrise"),
        "minor",
        ["R9"],
        False,
        False,
        "Précision d'une pratique déjà décrite : la destruction des justificatifs se fait « par broyage sécurisé » et un droit d'effacement est ajouté à la liste des droits (R9, nouveau droit). Coquille « habilité » -> « habilitation » (R1).",
        [
            ("soit cinq ans, puis détruits.", "soit cinq ans, puis détruits par broyage sécurisé."),
            ("nos obligations d'habilité.", "nos obligations d'habilitation."),
            (
                "droits d'accès, de rectification, de limitation et d'opposition",
                "droits d'accès, de rectification, d'effacement, de limitation et d'opposition",
            ),
        ],
    ),
    (
        fr("forage"),
        "major",
        ["R5"],
        False,
        False,
        "Un destinataire de plus dans la liste : « L'agence de l'eau reçoit vos nom, adresse et volumes prélevés » (R5) ; « Vous pouvez nous écrire » -> « Écrivez-nous » (R1).",
        [
            before(
                "Notre laboratoire partenaire reçoit",
                "L'agence de l'eau reçoit vos nom, adresse et volumes prélevés pour le calcul de la redevance. ",
            ),
            (
                "Vous pouvez nous écrire à contact@forages-thibaud.example.",
                "Écrivez-nous à contact@forages-thibaud.example.",
            ),
        ],
    ),
    (
        fr("forage"),
        "editorial",
        ["R1"],
        False,
        True,
        "Rendu technique : les titres de section passent de « ## » à « ### » et la liste des durées passe en liste numérotée ; aucune formulation ne change (R1).",
        [
            ("## Qui traite vos données ?", "### Qui traite vos données ?"),
            ("## Données traitées", "### Données traitées"),
            ("- Devis non signés : un an.", "1. Devis non signés : un an."),
            ("- Dossiers de forage : dix ans", "2. Dossiers de forage : dix ans"),
            ("- Contrats d'entretien :", "3. Contrats d'entretien :"),
        ],
    ),
    (
        fr("boischauffage"),
        "rights_reducing",
        ["R10"],
        False,
        False,
        "Base légale changée et retrait supprimé : le rappel saisonnier « repose sur votre consentement, que vous pouvez retirer en répondant STOP » -> « repose sur notre intérêt légitime à fidéliser nos clients » (R10, retire le droit de retirer son consentement).",
        [
            (
                "Le rappel saisonnier repose sur votre consentement, que vous pouvez retirer en répondant STOP au SMS.",
                "Le rappel saisonnier, envoyé à tous nos clients, repose sur notre intérêt légitime à fidéliser notre clientèle.",
            )
        ],
    ),
    (
        fr("boischauffage"),
        "minor",
        ["R14"],
        False,
        False,
        "Un numéro de téléphone est ajouté aux coordonnées, le courriel restant : « Contact : contact@bois-puys.example » + « Téléphone : 04 73 00 00 55 » (R14).",
        [("Contact : contact@bois-puys.example.", "Contact : contact@bois-puys.example. Téléphone : 04 73 00 00 55.")],
    ),
    (
        fr("horlogerie"),
        "major",
        ["R2"],
        False,
        False,
        "Nouvelle finalité : les photographies « utilisées uniquement dans votre dossier » -> « peuvent aussi illustrer nos publications sur Instagram et notre site » (R2).",
        [
            (
                "Les photographies sont utilisées uniquement dans votre dossier de restauration.",
                "Les photographies figurent dans votre dossier de restauration et peuvent aussi illustrer nos publications sur Instagram et sur notre site, sans mention de votre nom.",
            )
        ],
    ),
    (
        fr("horlogerie"),
        "editorial",
        ["R1"],
        False,
        False,
        "Reformulation sans effet : « Une réponse vous est apportée sous un mois » -> « Nous vous répondons dans un délai d'un mois » ; et « Informations recueillies » -> « Informations collectées » (R1).",
        [
            ("Une réponse vous est apportée sous un mois.", "Nous vous répondons dans un délai d'un mois."),
            ("## Informations recueillies", "## Informations collectées"),
        ],
    ),
    (
        fr("analysesols"),
        "major",
        ["R8"],
        False,
        False,
        "Durée fixe remplacée par un critère vague : « Les résultats sont conservés cinq ans » -> « aussi longtemps qu'ils présentent un intérêt agronomique » (R8) ; « les préconisations » -> « des préconisations » relève de R1.",
        [
            (
                "Les résultats sont conservés cinq ans, afin de permettre le suivi de l'évolution des sols.",
                "Les résultats sont conservés aussi longtemps qu'ils présentent un intérêt agronomique pour le suivi de l'évolution des sols.",
            ),
            ("2. Établir les préconisations de fertilisation.", "2. Établir des préconisations de fertilisation."),
        ],
    ),
    (
        fr("analysesols"),
        "minor",
        ["R9"],
        False,
        False,
        "Nouvelle option d'opposition : « Vous pouvez à tout moment demander que votre technicien ne reçoive plus vos résultats » (R9) ; « règlement général sur la protection des données » -> « RGPD » (R1).",
        [
            (
                "Nous ne transmettons pas les résultats à d'autres organismes.",
                "Vous pouvez à tout moment demander que votre technicien ne reçoive plus vos résultats. Nous ne transmettons pas les résultats à d'autres organismes.",
            ),
            ("Conformément au règlement général sur la protection des données,", "Conformément au RGPD,"),
        ],
    ),
    (
        fr("locationbtp"),
        "minor",
        ["R17"],
        False,
        False,
        "Un fournisseur est retiré : le paragraphe « Assistance en ligne ... Zendesk ... `__zlcmid` » est supprimé (R17).",
        [drop("**Assistance en ligne.** Le module de discussion Zendesk")],
    ),
    (
        fr("locationbtp"),
        "editorial",
        ["R1"],
        False,
        False,
        "Reformulation : « Refuser est aussi simple qu'accepter » -> « Refuser vous demande aussi peu d'effort qu'accepter » et « Nous contacter » -> « Contact » (R1).",
        [
            ("Refuser est aussi simple qu'accepter.", "Refuser vous demande aussi peu d'effort qu'accepter."),
            ("## Nous contacter", "## Contact"),
        ],
    ),
    (
        fr("elevage"),
        "rights_reducing",
        ["R13"],
        False,
        False,
        "Droits restreints : « vous opposer à leur traitement et demander leur portabilité » supprimé ; restent accès, rectification et effacement (R13) ; « portées à venir » -> « prochaines portées » relève de R1.",
        [
            (
                "Vous pouvez accéder à vos données, les rectifier ou les effacer, vous opposer à leur traitement et demander leur portabilité, par courriel",
                "Vous pouvez accéder à vos données, les rectifier ou les effacer, par courriel",
            ),
            (
                "Nous tenons une liste d'attente pour les portées à venir",
                "Nous tenons une liste d'attente pour les prochaines portées",
            ),
        ],
    ),
    (
        fr("elevage"),
        "editorial",
        ["R1"],
        False,
        False,
        "Ponctuation et tournure : « Gérer la liste d'attente et choisir les familles » -> « Gérer la liste d'attente, et choisir les familles » ; « Aucune autre transmission n'a lieu » -> « Il n'y a aucune autre transmission » (R1).",
        [
            (
                "- Gérer la liste d'attente et choisir les familles.",
                "- Gérer la liste d'attente, et choisir les familles.",
            ),
            ("Aucune autre transmission n'a lieu.", "Il n'y a aucune autre transmission."),
        ],
    ),
    (
        fr("baguage"),
        "rights_reducing",
        ["R12"],
        False,
        False,
        "Négation levée : « Les noms des observateurs ne sont jamais publiés » -> « Les noms des observateurs peuvent être publiés dans notre bulletin annuel » (R12).",
        [
            (
                "Les noms des observateurs ne sont jamais publiés.",
                "Les noms des observateurs peuvent être publiés dans notre bulletin annuel et sur notre site.",
            )
        ],
    ),
    (
        fr("baguage"),
        "editorial",
        ["R1"],
        False,
        False,
        "Doublon supprimé dans la phrase des finalités et mots réordonnés : « répondre aux observateurs qui nous signalent un oiseau bagué en leur envoyant son histoire » -> « envoyer aux observateurs qui nous signalent un oiseau bagué l'histoire de cet oiseau » ; même sens (R1).",
        [
            (
                "répondre aux observateurs qui nous signalent un oiseau bagué en leur envoyant son histoire",
                "envoyer aux observateurs qui nous signalent un oiseau bagué l'histoire de cet oiseau",
            )
        ],
    ),
    (
        fr("marchespublics"),
        "minor",
        ["R9"],
        False,
        False,
        "Durée de cookie raccourcie : `etuix` « pour une durée de 6 mois » -> « pour une durée de 3 mois » (R9).",
        [
            (
                "qui dépose le cookie `etuix` pour une durée de 6 mois.",
                "qui dépose le cookie `etuix` pour une durée de 3 mois.",
            )
        ],
    ),
    (
        fr("marchespublics"),
        "minor",
        ["R14", "R9"],
        False,
        False,
        "Une adresse postale du délégué est ajoutée, le courriel restant (R14) ; précision que le refus « n'empêche ni le téléchargement des dossiers ni le dépôt d'une offre » (R9, même pratique).",
        [
            (
                "Délégué à la protection des données : dpo@achatspublics-pro.example.",
                "Délégué à la protection des données : dpo@achatspublics-pro.example, ou par courrier à l'adresse ci-dessus.",
            ),
            (
                "Le refus n'a aucune incidence sur la possibilité de déposer une offre.",
                "Le refus n'empêche ni le téléchargement des dossiers ni le dépôt d'une offre.",
            ),
        ],
    ),
]


def fr_bases() -> dict[str, dict[str, Any]]:
    return {
        fr(k): {"id": fr(k), "lang": "fr", "policy": p, "service": svc, "new": text}
        for k, (p, svc, text) in FR_BASES.items()
    }


def en_bases() -> dict[str, dict[str, Any]]:
    return {
        en(k): {"id": en(k), "lang": "en", "policy": p, "service": svc, "new": text}
        for k, (p, svc, text) in EN_BASES.items()
    }


def build(corpus_dir: Path) -> list[dict[str, Any]]:
    """The corpus directory is ignored: every base is written in this file."""
    bases = {**en_bases(), **fr_bases()}
    return list(pairs(NAME, WRITTEN, bases, EN_EDITS + FR_EDITS))


def main() -> None:
    rebuild(__file__, build)


if __name__ == "__main__":
    main()
