# ruff: noqa: E501
"""Blind set 10: 80 labelled policy changes (40 English, 40 French) on forty fresh base policies.

Why: the classifier's authors need changes it has never seen to measure it honestly. This set was written by a
writer who never saw the classifier, its tests, its analysis code or any earlier blind set; every label comes from
/work/shared/design/legal-rules.md alone (the corpus was read only to learn how real policies are worded and how
rationales are written; no corpus pair is reused). Disclosure: at the start the writer ran `git log` without a
range by mistake and saw the subjects of the ten newest main commits, which summarise some classifier rules; no
pair was built to target them, and one editorial pair that happened to resemble one was replaced. Forty fresh bases (twenty per language, one sector each,
sectors in finance, software, manufacturing and education for English; culture, food, tourism and associations
for French), exactly two pairs per base. Per language: 12 major, 6 rights_reducing, 10 minor, 8 editorial and
4 technical re-renderings.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_edits import Pair, before, corpus_records, drop, pairs, rebuild  # noqa: F401

NAME = "blind10"
WRITTEN = "2026-11-28"

EN_PAYROLL = """# Privacy Notice – Ledgerline Payroll

Last updated: 3 March 2026

Ledgerline Payroll Ltd ("Ledgerline", "we") provides cloud payroll software to small and medium employers. This notice explains how we handle personal data about the employers who subscribe and about the employees whose salaries are processed through our platform.

## 1. Our role

For employee payroll data we act as a processor on behalf of the employer, who is the controller. For account, billing and support data about our customers we are the controller.

## 2. Data we process

- Employer contacts: name, job title, work email, phone number.
- Employee records: name, national insurance number, bank account details, salary, tax code, hours worked and absence records entered by the employer.
- Usage data: log-in times, IP address and browser type.

## 3. Why we use it

We use the data to calculate pay, produce payslips, file returns with the tax authority on the employer's instruction, provide support and secure the service. We do not use employee data for marketing.

## 4. Who receives it

We share personal data only with:

- our hosting provider, Northgate Cloud, in Ireland;
- our payment-file provider, which transmits salary batches to the employer's bank;
- the tax authority, when the employer files a return through us.

## 5. Retention

Payroll records are kept for six years after the end of the tax year they relate to, as tax law requires. Account data is deleted twelve months after the subscription ends.

## 6. Your rights

You may ask for access, correction, erasure, restriction, portability or object to processing. Employees should normally contact their employer first; we will assist the employer in answering. You may also complain to the supervisory authority.

## 7. Contact

Data Protection Lead, Ledgerline Payroll Ltd, 14 Carver Street, Sheffield S1 4FS – privacy@ledgerline.example
"""

EN_VAULT = """# Keyfold Privacy Policy

Effective 12 January 2026

Keyfold is a password manager for individuals and families, published by Keyfold Software GmbH, Lindenstraße 8, 10969 Berlin, Germany.

## Zero-knowledge design

Your vault is encrypted on your device with a key derived from your master password. We never receive your master password and we cannot read the contents of your vault. If you lose your master password, we cannot recover your data.

## What we collect

1. **Account data**: email address, plan, billing country and payment token (card numbers are held by our payment processor, not by us).
2. **Encrypted vault data**: stored as ciphertext only.
3. **Diagnostics**: crash reports and app version, sent only if you switch on "Share diagnostics" in Settings.

## How we use it

Account data is used to run your subscription, send security alerts and answer support requests. Diagnostics help us fix bugs. We never sell your data, and we never use it for advertising.

## Sharing

We use a small number of processors under written contracts:

| Processor | Purpose | Location |
|---|---|---|
| Hetzner Online | Vault hosting | Germany |
| Paymint | Card payments | Netherlands |
| Postwave | Transactional email | Germany |

## Retention

Encrypted vault data is deleted 30 days after you close your account. Billing records are kept for ten years as German commercial law requires.

## Your choices and rights

You can export your vault at any time from Settings > Export. You have the right to access, rectify and erase your data, to restrict or object to processing, and to lodge a complaint with the Berlin Commissioner for Data Protection and Freedom of Information.

To exercise a right, write to privacy@keyfold.example. We reply within one month.

## Changes

We will tell you by email before any material change to this policy takes effect.
"""

EN_TRACKER_COOKIES = """# Cookie Policy – Burrowbug Issue Tracker

Last revised: 20 February 2026

Burrowbug is an issue-tracking tool for software teams, operated by Burrowbug AB, Sveavägen 44, 111 34 Stockholm, Sweden. This policy describes the cookies and similar technologies used on burrowbug.example and in the web app.

## What cookies are

Cookies are small text files stored by your browser. Some are set by us (first-party), others by services we embed (third-party).

## Cookies we use

### Strictly necessary

These keep you signed in and protect forms. They do not need consent.

| Name | Provider | Purpose | Lifetime |
|---|---|---|---|
| bb_session | Burrowbug | Keeps you signed in | Session |
| bb_csrf | Burrowbug | Protects forms against forgery | Session |
| bb_region | Burrowbug | Routes you to your data region | 30 days |

### Analytics (consent required)

With your consent we measure how the app is used so we can improve it.

| Name | Provider | Purpose | Lifetime |
|---|---|---|---|
| _pk_id | Matomo (self-hosted) | Distinguishes visitors | 13 months |
| _pk_ses | Matomo (self-hosted) | Groups page views into a visit | 30 minutes |

We host Matomo ourselves; no analytics data leaves our servers.

### Support chat (consent required)

If you open the help widget, Crispchat sets a cookie to keep the conversation going between pages.

| Name | Provider | Purpose | Lifetime |
|---|---|---|---|
| crisp-client | Crispchat | Restores your chat history | 6 months |

## Managing your choices

When you first visit, a banner lets you accept or reject non-essential cookies. You can change your mind at any time through the "Cookie settings" link in the footer of every page. Rejecting analytics or chat cookies does not affect the rest of the app.

## Contact

Questions about this policy: privacy@burrowbug.example. You may also contact the Swedish Authority for Privacy Protection (IMY).
"""

EN_BOOKS = """# Privacy Policy

**Tallybook Accounting Ltd** – applies to the Tallybook app and website. Updated 8 April 2026.

Tallybook is bookkeeping software for sole traders and small businesses. We take the privacy of our customers, and of the people who appear in their books, seriously.

## Information we hold

When you sign up we collect your name, business name, email address, phone number and VAT number. When you connect a bank feed, we receive transaction descriptions, amounts and dates from your bank through an authorised open-banking provider. Invoices you create may contain your customers' names and addresses.

We also record technical information such as device type, IP address and the pages of the app you use.

## How we use information

- to provide bookkeeping, invoicing and tax-return features;
- to reconcile bank transactions automatically against your invoices;
- to provide customer support and send service messages;
- to send product news, if you opted in (you can unsubscribe from any email).

The legal bases are the performance of our contract with you, our legitimate interest in keeping the service secure, and your consent for product news.

## Storage and retention

Data is stored in data centres in the United Kingdom and Ireland. We keep your books for as long as your account is open and for six years after it closes, so you can meet your record-keeping obligations. Support tickets are deleted after two years. Technical logs are kept for 90 days.

## Sharing

We use processors for hosting, email delivery, bank feeds and customer support. We may share data with your accountant if you invite them to your account. We do not sell personal data.

## Your rights

You can access, correct, export and delete your data from the Settings page, or by emailing dpo@tallybook.example. You can object to processing based on our legitimate interests. If you are unhappy with our answer, you may complain to the Information Commissioner's Office.

## Contact

Tallybook Accounting Ltd, 2 Quayside, Bristol BS1 4RN, United Kingdom.
"""

EN_ESIGN = """# Privacy Policy – Quillsign

Version of 2 February 2026

Quillsign Inc. and its European subsidiary Quillsign Europe SAS (together "Quillsign") provide electronic signature services. Quillsign Europe SAS, 27 rue de la Pépinière, 75008 Paris, is the controller for users in the European Economic Area.

## What we collect

**Senders** give us their name, email, company and billing details. **Signers** give us their name, email and, where the sender asks for it, a phone number for one-time codes. For every signature we record an audit trail: IP address, time stamps, device information and the document's hash.

## Why

We process this information to deliver and sign documents, to produce evidence that a signature is valid, to bill senders, and to prevent fraud. Audit trails are kept because signers and senders may need to prove a signature in court.

## Retention

Signed documents are stored for as long as the sender keeps them in the account. Audit trails are kept for ten years after signature. Marketing preferences are kept until you change them.

## Recipients

- hosting in the EU (OVHcloud, France);
- SMS delivery for one-time codes (Smsburst, Belgium);
- our US parent company, for support outside European hours, under the European Commission's standard contractual clauses.

## Your rights

You have the right of access, rectification, erasure, restriction, portability and objection. Exercising your rights is free of charge. Please send your request:

- by email to privacy@quillsign.example, or
- through the form at quillsign.example/privacy-request.

We answer within one month. If the request is complex we may extend this by two months and will tell you why within the first month.

You may lodge a complaint with the CNIL (www.cnil.fr).

## Data Protection Officer

Our DPO can be reached at dpo@quillsign.example or by post at the Paris address above.
"""

EN_FACTORING = """# Privacy Notice

**Brightwater Invoice Finance Limited**

This notice applies to brightwaterfinance.example and to our invoice factoring and invoice discounting services. It was last reviewed in January 2026.

## About us

Brightwater Invoice Finance Limited (company number 08812345), 40 Dale Street, Manchester M1 2HF, is the controller of the personal data described here. We buy or lend against unpaid invoices of businesses, so we handle data about our clients' directors and about the contacts of their customers (the debtors).

## Personal data we collect

- Directors and guarantors: name, date of birth, home address, identity documents, credit history.
- Debtor contacts: name, job title, business email and phone number as shown on invoices.
- Website visitors: IP address and the pages viewed.

We obtain credit history from credit reference agencies and company information from Companies House.

## Purposes and legal bases

| Purpose | Legal basis |
|---|---|
| Assessing an application | Steps before entering a contract |
| Anti-money-laundering checks | Legal obligation |
| Collecting invoices from debtors | Legitimate interest in recovering what we are owed |
| Improving our website | Legitimate interest |

## Retention

We keep client files for seven years after the facility ends. Records of declined applications are kept for two years. Debtor contact details are deleted three years after the last invoice we collected.

## Sharing

We share data with credit reference and fraud prevention agencies, our funding bank, our professional advisers and, where necessary, debt collection firms acting for us.

## Your rights

You can ask for a copy of your data, ask us to correct or delete it, restrict or object to its use, and complain to the Information Commissioner's Office. Write to our Data Protection Officer at dpo@brightwaterfinance.example.
"""

EN_CREDIT_UNION = """# How Fairholm Credit Union Uses Your Information

Fairholm Community Credit Union Ltd is a member-owned savings and loans co-operative registered in Scotland. We are the controller of our members' personal data. This notice was updated on 15 March 2026.

## The information we hold

When you join or apply for a loan we collect your name, address, date of birth, contact details, employment and income details, bank statements you choose to provide, and the history of your account with us. For payroll deduction savers we also receive your staff number from your employer.

## How we use it

We use your information to open and run your account, decide on loan applications, collect repayments, meet our regulatory obligations and tell you about your annual dividend. Every loan application is read and decided by one of our loan officers, who may call you to talk it through.

We send our member newsletter only to members who ask for it.

## Credit checks

When you apply for a loan we search your record at a credit reference agency. The search will be visible to other lenders. If you fall behind with repayments we may report this to the agency.

## Who we share it with

- credit reference and fraud prevention agencies;
- our card and payments provider;
- your employer, only for payroll deduction savings you have set up;
- the Prudential Regulation Authority and the Financial Conduct Authority when they require it.

## How long we keep it

We keep account records for six years after your membership ends. Unsuccessful loan applications are kept for one year.

## Your rights

You may ask to see the information we hold, have it corrected, ask us to delete it where we no longer need it, or object to its use. Contact our office at 22 Kirk Wynd, Fairholm FK7 2AB, call 01786 555 010, or email members@fairholmcu.example. You can also complain to the ICO.
"""

EN_PENSION = """# Privacy Notice for Scheme Members

**Harrowgate Pension Administration Services**

## 1. Introduction

Harrowgate Pension Administration Services Ltd administers occupational pension schemes on behalf of their trustees. The trustees of each scheme are the controller; we process your data on their instructions. This notice is issued on their behalf.

## 2. The data we hold

- your name, address, date of birth, sex and National Insurance number;
- salary and service history provided by your employer;
- bank details for paying your pension;
- details of your spouse, partner or dependants, where you have given them to us for death benefits;
- health information, only if you apply for ill-health early retirement.

## 3. How we use it

We calculate and pay benefits, send annual statements, deal with transfers in and out of the scheme, and answer your questions. Health information is used only to assess an ill-health retirement claim, with your explicit consent.

## 4. Sharing

We share data with the scheme actuary, auditors, the scheme's legal advisers, insurers who provide death-in-service cover, and HM Revenue & Customs.

## 5. Retention

Because pensions are paid over many decades, we keep your records for as long as benefits may be payable and for fifteen years after the last payment.

## 6. Your rights

1. You may request a copy of the data we hold about you.
2. You may ask us to correct inaccurate data.
3. You may ask us to restrict processing while a dispute is resolved.
4. You may withdraw consent to the use of health information at any time.
5. You may complain to the Information Commissioner's Office (ico.org.uk) if you are unhappy with how your data is handled.

## 7. Contact

Write to The Data Protection Officer, Harrowgate Pension Administration Services, Albion House, Leeds LS1 6HL, or email dataprotection@harrowgatepas.example.
"""

EN_FX = """# Privacy Policy – Meridian Currency Exchange

Last updated 5 February 2026

Meridian Currency Exchange Ltd runs bureaux de change at airports and railway stations and an online order service for travel money (click and collect or home delivery). We are registered with HMRC as a money service business.

## What we collect and why

| When | Data collected | Why |
|---|---|---|
| Over-the-counter exchange up to £1,000 | None, unless you ask for a receipt by email | To complete the sale |
| Exchange above £1,000 | Name, date of birth, photo ID number | Anti-money-laundering rules |
| Online order | Name, email, phone, delivery address, card details | To take payment and deliver your currency |
| Home delivery | Signature on receipt | Proof of delivery |

We also use CCTV in all our branches for the safety of staff and customers.

## Legal bases

We rely on legal obligation for identity checks, contract for online orders and legitimate interest for CCTV and fraud prevention.

## Sharing your data

Your data may be shared with:

- our card payment acquirer;
- Swiftvan Couriers, for home deliveries;
- our anti-fraud screening service;
- law enforcement agencies, where we are required to report suspicious transactions.

## Retention

Identity records required by anti-money-laundering rules are kept for five years after the transaction. CCTV footage is overwritten after 31 days unless needed for an investigation. Online order data is kept for three years.

## Your rights

You can request access to your data, correction, deletion, or restriction. You can object to processing based on legitimate interests. To make a request, email dataprotection@meridianfx.example or write to us at 9 Terminal Road, Crawley RH6 0NP. You have the right to complain to the ICO.
"""

EN_TAX = """# Privacy Statement — Clearreturn

Clearreturn Tax Services LLP prepares personal tax returns for employees, landlords and the self-employed in the United Kingdom. This statement describes how we handle your personal information. Last updated: 10 January 2026.

## Information you give us

To prepare your return we need your name, address, date of birth, Unique Taxpayer Reference, National Insurance number, income details, pension contributions, gift aid payments and any other figures that affect your tax. If you ask us to claim marriage allowance, we also need your spouse's name and National Insurance number.

## How we use it

We use your information to prepare and file your tax return with HM Revenue & Customs as your authorised agent, to calculate what you owe or are owed, to send you reminders of filing deadlines and to answer your questions. We use your email address to send you our annual tax deadline reminder. We use your email address to send you our annual tax deadline reminder.

We never use your financial information for any purpose other than preparing your tax affairs.

## Who sees it

Your return is prepared by a qualified member of our team and checked by a second reviewer. We share information with HMRC, and with our secure document portal provider, Vaultbox, which stores the documents you upload.

## How long we keep it

HMRC can open an enquiry into a return for up to four years, or longer in some cases, so we keep your working papers for six years after the end of the tax year.

## Your rights

You have the right to ask for a copy of your data, to correct it, to have it deleted once we no longer have to keep it, and to object. Email privacy@clearreturn.example or call 0161 555 0199. You can also complain to the Information Commissioner's Office.
"""

EN_PUMPS = """# Privacy Notice – Halden Pumps Customer Portal

Halden Pumps A/S manufactures industrial centrifugal and dosing pumps. This notice covers the Halden customer portal, where distributors, installers and plant operators register equipment, order spare parts and request service visits.

**Controller:** Halden Pumps A/S, Industrivej 31, 8600 Silkeborg, Denmark. Updated 1 March 2026.

## Personal data in the portal

- **Users:** name, employer, job title, business email and phone number, portal password (stored hashed).
- **Equipment register:** serial numbers and installation sites of pumps; where an installer enters the name of a site contact, that name and phone number.
- **Service requests:** description of the fault, photos you upload, the name of the engineer who attends.

We do not ask for private addresses or private phone numbers, and we ask users not to upload photos in which people can be identified.

## Purposes

We use the data to manage warranty claims, ship spare parts, schedule service engineers and send technical bulletins about the pumps you have registered. The legal basis is our contract with your employer and our legitimate interest in supporting installed equipment safely.

## Where the data is stored

The portal is hosted by our own IT department in our data centre in Silkeborg. Backups are copied every night to a second Halden data centre in Aarhus.

## Retention

Equipment records are kept for the service life of the pump plus two years. User accounts are deleted after 24 months without a log-in. Service reports are kept for five years.

## Recipients

Authorised Halden distributors in your country see the equipment and service requests for their area. Carriers receive delivery addresses for spare parts.

## Your rights

You may ask for access, rectification, erasure, restriction or portability, and object to processing based on legitimate interest. Contact privacy@haldenpumps.example. You may complain to Datatilsynet, the Danish Data Protection Agency.
"""

EN_FURNITURE_COOKIES = """# Cookies on oakandalder.example

Oak & Alder Furniture Works Ltd builds made-to-order tables, beds and shelving in our workshop in Hebden Bridge. Our website lets you design a piece in the 3D configurator and order it. This page explains the cookies the website uses. Last updated 14 February 2026.

## Essential cookies

These are needed for the configurator and the basket to work, so they are set without asking.

- **oa_basket** – remembers what is in your basket. Expires after 7 days.
- **oa_config** – saves the design you are working on in the configurator so you do not lose it if you close the tab. Expires after 30 days.
- **oa_lb** – load balancing. Session only.

## Preference cookies

- **oa_units** – remembers whether you prefer centimetres or inches. Expires after 6 months.

## Analytics cookies (only with your consent)

We use Plausible-style counting on our own server and, if you agree, Google Analytics 4 to understand which designs people build and where they leave the configurator.

- **_ga** – Google Analytics, distinguishes visitors. Expires after 6 months.
- **_ga_OAK21** – Google Analytics, keeps the session state. Expires after 6 months.

We have set Google Analytics to shorten IP addresses and not to share data with other Google products.

## Marketing

We do not use advertising or retargeting cookies.

## Your choice

The banner on your first visit has two buttons of the same size, "Accept analytics" and "Refuse". Your choice is stored for six months. You can change it at any time via "Cookie preferences" at the bottom of each page. Read Google's explanation of how it uses data at https://policies.google.com/technologies/partner-sites.

Questions? hello@oakandalder.example
"""

EN_PRINTER = """# Privacy Policy — Filamentor Cloud

Filamentor Ltd designs and manufactures desktop 3D printers. Filamentor Cloud is the companion app and web service that lets you send print jobs to your printer, watch it through the built-in camera and keep a library of your models.

Controller: Filamentor Ltd, Unit 5, Cambridge Science Park, Cambridge CB4 0FZ. Effective 20 March 2026.

## What we collect

- **Account:** name, email, country, password hash.
- **Printer data:** serial number, firmware version, temperature and error logs, print duration and filament used.
- **Your models:** the files you upload to your library.
- **Camera:** time-lapse images from the printer camera, only when you turn on remote monitoring.

## What we use it for

We use your account and printer data to run the service, to send print jobs to your printer, to diagnose faults under warranty and to push firmware updates.

We use aggregated print statistics (success rates per filament type) to improve our slicing profiles. Individual error logs are used for this only if you consent under Settings > Help improve Filamentor; you can withdraw that consent at any time with the same switch.

## Storage

Models and camera images are stored on AWS servers in Frankfurt. Camera images are deleted after 7 days. Models stay in your library until you delete them.

## Sharing

We do not share your models with anyone. We share account data with our payment provider for paid plans and with our support desk provider, Freshline, when you open a ticket.

## Your rights

You have the right of access, rectification, erasure, restriction, portability and objection, and may complain to the ICO. Email privacy@filamentor.example.

## Children

Filamentor Cloud is not intended for children under 13.
"""

EN_OVENS = """# Privacy Notice – Corvell Home Appliances

Corvell Appliances Ltd makes ovens, hobs and range cookers at its factory in Stoke-on-Trent. This notice covers product registration, warranty claims, our service engineers and the Corvell Connect app for our Wi-Fi ovens. Last updated 9 February 2026.

## Product registration and warranty

When you register an appliance we collect:

- your name, address, email and phone number;
- the model, serial number and date of purchase;
- the retailer you bought from.

We use this to provide the warranty, to contact you about safety recalls, and, if you agree, to send you recipes and offers.

## Service visits

If you book a repair, our engineers receive your name, address, phone number and a description of the fault. They may take photos of the appliance, not of your home or family.

## Corvell Connect app

The app lets you preheat the oven remotely and receive alerts. It collects the oven's status, the cooking programmes you start, and error codes. We use error codes to diagnose faults. The app does not access your location or your contacts.

## Retention

Registration data is kept for the warranty period plus one year, or until you ask us to delete it if you registered only for offers. Service records are kept for six years. App data is deleted when you remove the oven from the app.

## Sharing

We share data with our engineer network, our courier for spare parts, and our cloud host (Microsoft Azure, Dublin region). We never sell your data.

## Your rights

You can ask for access, correction, deletion, restriction or portability of your data and object to processing. Contact dpo@corvell.example or write to Corvell Appliances Ltd, Etruria Road, Stoke-on-Trent ST4 7BH. You may complain to the ICO.
"""

EN_PACKAGING_COOKIES = """# Cookie Notice

Last updated: 27 January 2026

This notice applies to the website of **Vantbox Packaging GmbH**, a manufacturer of corrugated cardboard boxes and protective packaging, Hafenstraße 12, 28217 Bremen, Germany.

## Why we use cookies

Our website offers a product catalogue, a quotation tool for custom box sizes and a customer login for repeat orders. We use cookies to make these features work and, with your consent, to understand how visitors use the site.

## Categories

**Necessary cookies** are always active:

| Cookie | Set by | Function | Duration |
|---|---|---|---|
| PHPSESSID | vantbox.example | Session of the quotation tool | Session |
| vb_consent | vantbox.example | Stores your cookie choice | 6 months |
| vb_login | vantbox.example | Customer login | 8 hours |

**Statistics cookies** are set only after you click "Accept statistics":

| Cookie | Set by | Function | Duration |
|---|---|---|---|
| _pk_id | Matomo (hosted by us) | Recognises a returning browser | 12 months |
| _pk_ses | Matomo (hosted by us) | Session of the visit | 30 minutes |
| _hjSessionUser | Hotjar Ltd, Malta | Heatmaps of the quotation tool | 12 months |

**Marketing cookies**: we do not use any.

## Your consent

You can give or withdraw consent at any time by clicking "Privacy settings" at the bottom of every page. Refusing statistics cookies has no effect on the quotation tool or on ordering.

## Further information

For more information on how we process personal data, see our privacy policy. For questions, contact our data protection officer at datenschutz@vantbox.example.
"""

EN_BOOTCAMP = """# Privacy Policy

**Stackforge Academy** runs 12-week online bootcamps in web development and data analysis for adults who want to change careers. Stackforge Academy Ltd, 71 Shoreditch High Street, London E1 6JJ, is the controller of the personal data described below.

*Last updated: 6 March 2026*

## Information we collect

**Applicants:** name, email, phone, country, current occupation, answers to our application questions and the result of the coding aptitude test.

**Learners:** in addition, attendance in live sessions, submitted exercises and projects, mentor feedback, final assessment grades, and the payment plan you chose.

**Graduates:** whether and where you found a job in tech within six months, if you tell us in our graduate survey.

## How we use it

1. To assess your application and decide whether to offer you a place.
2. To deliver the course, grade your work and give feedback.
3. To collect fees, including instalments.
4. To publish anonymised outcome statistics (for example, "78% of graduates employed within six months"). No graduate is named without written permission.
5. To invite you to alumni events by email.

## Sharing

Your data is shared with our learning platform provider (Coursely, hosted in the EU), our video conferencing provider, and our payment processor. Mentors, who are freelancers working under a confidentiality agreement, see the work of the learners they mentor.

We do not pass your CV or contact details to employers. If you want to meet hiring companies, you can sign up yourself for our demo day.

## Retention

Applicant data is deleted 12 months after an unsuccessful application. Learner records and grades are kept for six years so we can confirm your certificate to future employers on your request.

## Your rights

You can ask for access, correction, deletion, restriction or a portable copy of your data, object to processing for alumni invitations, and complain to the ICO. Email dataprotection@stackforge.example.
"""

EN_PROCTOR = """# Proctorly Privacy Notice for Candidates

Proctorly B.V. provides online remote invigilation for universities, professional bodies and certification providers. When you sit an exam with Proctorly, the organisation that set the exam is the controller and we act as its processor, except for the data we describe under "Our own processing". Amsterdam, 1 April 2026.

## What is recorded during your exam

- video from your webcam and audio from your microphone;
- a recording of your screen;
- a photo of you and of your identity document, taken at the start to check who you are;
- events such as a second face in view, a new browser tab, or the microphone detecting speech.

A human proctor reviews every flagged event before anything is reported to the exam organiser. Our software flags; it never decides that a candidate has cheated.

## Retention

Recordings are kept for 30 days after the exam and then deleted, unless the exam organiser asks us to keep a specific recording because it is needed for an appeal or misconduct case. Identity document photos are deleted after 7 days.

## Our own processing

We use technical data (browser version, bandwidth, error logs) to keep the service working. We keep this for 90 days.

## Where data is processed

All recordings are stored in the Netherlands. Our proctors work from our offices in Amsterdam and Lisbon.

## Your rights

Because the exam organiser is the controller, please address requests about your exam recording to them first; we will help them answer. For our own processing you can contact us directly at privacy@proctorly.example. You can ask for access, rectification and erasure. There is no charge for a request and we do not ask for more identification than the email address you used for the exam.

You can complain to the Autoriteit Persoonsgegevens or to the authority in your country.
"""

EN_CANTEEN = """# Munchpass Privacy Policy

Munchpass lets parents top up their children's school canteen accounts, pre-order lunches and see what their children have bought. Munchpass is provided by Munchpass Ltd, 3 Mill Lane, Reading RG1 2EH, to schools in England and Wales. The school is the controller for pupils' data; Munchpass is the controller for parents' accounts.

Updated 22 February 2026.

## Data about parents

Name, email address, mobile number, the children linked to your account, your top-up history and the last four digits of your card.

## Data about pupils

Name, year group, class, the school's pupil ID, a photo shown on the till so staff can identify the child, dietary requirements and allergies entered by the school or a parent, and the meals and snacks bought.

## How we use it

- To let children pay at the till without cash.
- To show parents purchases and balances.
- To warn canteen staff about allergies when a child's meal is scanned.
- To send low-balance alerts to parents.

We never use pupils' data for marketing and we do not show advertising in the app.

## Retention

Pupil accounts are closed when the child leaves the school. Purchase histories are deleted 24 months after the account closes; remaining balances are refunded. Allergy information is deleted as soon as the account closes.

## Sharing

Our card payment provider processes top-ups. The school's catering contractor sees the pre-orders for its kitchen.

## Your rights

You can ask for access, rectification, erasure and restriction of your data. You can download your child's purchase history and your top-up history as a CSV file from the Account page (data portability). You may object to processing based on legitimate interests. You can complain to the ICO.

Contact: privacy@munchpass.example
"""

EN_CPD = """# Privacy Notice – Tillworth Institute for Professional Learning

The Tillworth Institute runs continuing professional development (CPD) courses, accredited short qualifications and annual conferences for engineers and surveyors. Tillworth Institute (charity no. 1098765), 19 Park Row, Nottingham NG1 6GR, is the controller. Last updated on 11 March 2026.

## What we collect

When you book a course or conference we collect your name, employer, job title, professional membership number, email, phone number and billing details. If you need it, we also record access requirements (for example, step-free access or a hearing loop) so the venue can be prepared.

During an accredited course we record your attendance, your assessment results and the certificate number we issue.

## Why we use it

- to manage your booking, invoices and joining instructions;
- to assess your work and award certificates;
- to keep a record of your CPD hours, which you can download from your learner account;
- to answer enquiries from you about past certificates;
- to send you our course programme, if you ticked the box on the booking form.

## Who we share it with

- the trainers who deliver your course (attendance and assessment only);
- the venue, for access requirements and attendee lists;
- our online learning platform provider;
- your employer, if your employer paid for the course and asks for confirmation of attendance.

## How long we keep it

Certificate records are kept permanently so we can confirm qualifications in future. Booking and invoice records are kept for six years. Access requirements are deleted one month after the event.

## Your rights

You may request access to your data, correction, deletion (except certificate records we must keep), restriction, portability, and you may object to marketing at any time. You can complain to the ICO.

Write to: Data Protection Officer, Tillworth Institute, 19 Park Row, Nottingham NG1 6GR, or dpo@tillworth.example.
"""

EN_JOURNAL_COOKIES = """# Cookie Policy

Pellucid Academic Press publishes peer-reviewed journals in the life sciences, open access and by subscription. This policy applies to pellucidpress.example and to our manuscript submission system. Pellucid Academic Press Ltd, 8 Broad Street, Oxford OX1 3AS. Revised 3 February 2026.

## What we use cookies for

We use cookies to keep you logged in to the submission system, to grant institutional access to subscription content based on your library's IP range or login, and, if you agree, to count article views and downloads for our usage statistics.

## Cookies we set

**Required**
- `pap_session` — your login session in the submission system; deleted when you close the browser.
- `pap_inst` — remembers that your institution has access, for 24 hours.
- `pap_cookieprefs` — stores your cookie choices for 6 months.

**Usage statistics (optional)**
- `_pk_id` and `_pk_ses` — Matomo, hosted on our own servers. Used to count views and downloads per article and to produce the usage reports that libraries receive under the COUNTER standard. `_pk_id` lasts 13 months, `_pk_ses` 30 minutes.

**Third-party embeds (optional)**
- Altmetric badges show how often an article has been discussed online. When the badge loads, Altmetric may set a cookie to count the request; lifetime up to 6 months.

## What we do not do

We do not use advertising cookies, we do not allow advertising networks on our pages, and we do not sell information about what you read.

## Your choice

On your first visit you can accept or refuse the optional cookies with two equally visible buttons. Change your choice at any time via "Cookie settings" in the site footer.

Contact: privacy@pellucidpress.example
"""

FR_THEATRE = """# Politique de confidentialité – Théâtre des Ormeaux

Mise à jour : 4 février 2026

Le Théâtre des Ormeaux, scène conventionnée, 12 place du Marché, 37000 Tours, exploité par l'association Les Ormeaux Spectacle Vivant, est responsable du traitement des données personnelles collectées lors de la vente de billets, des abonnements et de l'envoi de sa lettre d'information.

## Données collectées

Lors d'un achat en ligne ou au guichet, nous collectons vos nom, prénom, adresse électronique, numéro de téléphone et, pour les abonnements, votre adresse postale et votre date de naissance (tarifs jeunes et seniors). Le paiement par carte est traité par notre prestataire de paiement ; nous ne conservons pas vos numéros de carte.

## Finalités

- gérer vos réservations, abonnements et échanges de billets ;
- vous prévenir en cas d'annulation ou de changement d'horaire d'un spectacle ;
- vous adresser la lettre d'information, si vous l'avez demandée ;
- établir des statistiques de fréquentation anonymes pour nos financeurs publics.

## Destinataires

Vos données sont destinées à l'équipe de billetterie et de relations avec le public. Elles sont également transmises :

- à notre éditeur de logiciel de billetterie, qui les héberge en France ;
- à notre prestataire d'envoi de courriels, pour la lettre d'information.

Nous ne cédons ni ne louons nos fichiers à d'autres structures culturelles.

## Durée de conservation

Les données des spectateurs sont conservées trois ans après le dernier achat. Les pièces comptables sont conservées dix ans.

## Vos droits

Conformément au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition. Vous pouvez vous désinscrire de la lettre d'information à tout moment grâce au lien présent dans chaque envoi.

Pour exercer vos droits : billetterie@theatre-ormeaux.example ou par courrier à l'adresse ci-dessus. Vous pouvez introduire une réclamation auprès de la CNIL.
"""

FR_CERAMIQUE = """# Confidentialité

**Atelier Terre & Feu** – galerie et ateliers de céramique, 5 rue des Potiers, 84220 Gordes

Dernière modification : 18 janvier 2026

L'Atelier Terre & Feu vend en ligne les pièces de ses céramistes et organise des stages de tournage et de modelage. Mme Claire Vasseur, gérante de la SARL Terre & Feu, est responsable du traitement.

## Quelles données ?

- **Clients de la boutique en ligne** : nom, prénom, adresse de livraison, adresse électronique, téléphone, historique des commandes.
- **Stagiaires** : nom, prénom, téléphone, niveau de pratique et, si vous nous les signalez, les contre-indications utiles pour manipuler l'argile ou les émaux (allergie, grossesse).
- **Visiteurs du site** : données de navigation décrites dans notre politique cookies.

## Pourquoi ?

Nous utilisons ces données pour expédier vos commandes, organiser les stages, vous informer des nouvelles cuissons et des expositions si vous y avez consenti, et tenir notre comptabilité.

## À qui sont-elles communiquées ?

Seuls l'atelier, notre transporteur (pour les livraisons) et notre prestataire de boutique en ligne y ont accès. Nous ne vendons jamais vos coordonnées et nous ne les échangeons avec aucune autre galerie ou boutique.

## Combien de temps ?

| Données | Durée |
|---|---|
| Commandes et factures | 10 ans (obligation comptable) |
| Fiches stagiaires | 2 ans après le dernier stage |
| Contre-indications signalées | jusqu'à la fin du stage |
| Abonnés à la lettre | jusqu'à désinscription |

## Vos droits

Vous pouvez accéder à vos données, les faire rectifier ou effacer, vous opposer à leur traitement ou en demander la limitation. Écrivez à contact@terre-et-feu.example. En cas de difficulté, vous pouvez saisir la CNIL (www.cnil.fr).
"""

FR_OPERA_COOKIES = """# Politique relative aux cookies

**Opéra de la Vallée** – opera-vallee.example

Version du 2 mars 2026

L'Opéra de la Vallée, établissement public de coopération culturelle, 1 esplanade Rameau, 21000 Dijon, utilise des cookies et autres traceurs sur son site internet. Cette page vous explique lesquels et comment les refuser.

## Les traceurs exemptés de consentement

Certains traceurs sont indispensables au fonctionnement du site et de la billetterie ; ils ne nécessitent pas votre accord.

| Nom | Émetteur | Finalité | Durée |
|---|---|---|---|
| ov_panier | Opéra de la Vallée | Conserver votre panier de billets | Session |
| ov_auth | Opéra de la Vallée | Vous maintenir connecté à votre espace abonné | 4 heures |
| ov_choix | Opéra de la Vallée | Mémoriser vos choix en matière de cookies | 6 mois |

## Les traceurs soumis à votre consentement

**Mesure d'audience.** Nous utilisons AT Internet (Piano Analytics) pour connaître le nombre de visiteurs et les pages consultées. Les données sont hébergées en France.

| Nom | Émetteur | Finalité | Durée |
|---|---|---|---|
| _pcid | Piano Analytics | Identifier un visiteur de façon pseudonyme | 13 mois |
| _pctx | Piano Analytics | Contexte de la visite | 13 mois |

**Vidéos.** Les bandes-annonces des spectacles sont hébergées sur Vimeo. Vimeo ne dépose de cookie que si vous lancez une vidéo après avoir accepté cette catégorie.

## Comment exprimer vos choix

Lors de votre première visite, un bandeau vous propose « Tout accepter », « Tout refuser » et « Personnaliser ». Vous pouvez modifier vos choix à tout moment en cliquant sur « Gestion des cookies » en bas de chaque page. Votre choix est conservé six mois.

## Contact

Délégué à la protection des données : dpo@opera-vallee.example. Vous pouvez également adresser une réclamation à la CNIL.
"""

FR_DANSE = """# Protection des données personnelles

**Compagnie Entrechats** – compagnie de danse contemporaine et école de danse pour amateurs

Dernière mise à jour : 9 mars 2026

La Compagnie Entrechats, association loi 1901 dont le siège est situé 40 rue Sainte-Catherine, 33000 Bordeaux, est responsable du traitement des données de ses élèves, de leurs représentants légaux, de ses artistes intervenants et des spectateurs de ses créations.

## 1. Données traitées

Pour les inscriptions aux cours, nous recueillons le nom, le prénom et la date de naissance de l'élève, les coordonnées du représentant légal pour les mineurs, un certificat médical de non contre-indication à la pratique de la danse, ainsi que le mode de règlement de la cotisation.

Lors des spectacles de fin d'année, des photographies et vidéos sont réalisées. Elles ne sont diffusées sur notre site et nos réseaux qu'avec l'autorisation écrite de l'élève majeur ou du représentant légal.

## 2. Finalités et bases légales

- gestion des inscriptions et des cotisations (exécution du contrat d'adhésion) ;
- vérification de l'aptitude à la pratique (obligation de l'assurance de l'association) ;
- communication sur nos activités (consentement, pour les images) ;
- envoi d'informations sur les stages et spectacles (intérêt légitime, avec possibilité de s'y opposer).

## 3. Destinataires

Les données sont accessibles aux professeurs et à l'administratrice de la compagnie. La liste des élèves est transmise à notre assureur en cas de sinistre.

## 4. Conservation

Les dossiers d'inscription sont conservés pendant trois ans après la fin de la dernière saison suivie. Les certificats médicaux sont détruits à la fin de la saison. Les images sont conservées tant que l'autorisation n'est pas retirée.

## 5. Vos droits

Vous disposez des droits d'accès, de rectification, d'effacement, d'opposition et de limitation, ainsi que du droit de retirer à tout moment votre autorisation de diffusion des images. Écrivez à administration@entrechats.example. Vous pouvez introduire une réclamation auprès de la CNIL.
"""

FR_CHOCOLAT = """# Politique de confidentialité

**Maison Cabosse** – chocolatier artisan à Bayonne depuis 1962

Maison Cabosse SAS, 14 rue du Port-Neuf, 64100 Bayonne, vend ses chocolats dans ses boutiques et sur maison-cabosse.example. Nous sommes responsables du traitement de vos données. Texte mis à jour le 25 janvier 2026.

## Les données que nous recueillons

- vos nom, prénom, adresse de livraison et de facturation, adresse électronique et téléphone lorsque vous commandez ;
- le message que vous souhaitez joindre à un coffret cadeau, ainsi que le nom et l'adresse du destinataire ;
- votre date d'anniversaire, si vous adhérez au Club Cabosse, pour vous offrir une douceur ;
- l'historique de vos commandes.

## Ce que nous en faisons

Nous traitons ces données pour préparer et livrer vos commandes, gérer le service après-vente, tenir le programme de fidélité du Club Cabosse et, avec votre accord, vous envoyer notre lettre d'information (nouvelles créations, Pâques, Noël).

## Qui y a accès

Nos équipes de boutique et d'expédition, notre transporteur réfrigéré pour les livraisons d'été, et l'hébergeur de notre boutique en ligne. Aucune donnée n'est transmise hors de l'Union européenne.

## Combien de temps nous les gardons

Les données clients sont conservées trois ans après votre dernière commande. Les données des destinataires de cadeaux sont supprimées un mois après la livraison.

## Vos droits et comment les exercer

Vous pouvez demander l'accès à vos données, leur rectification, leur effacement, la limitation du traitement ou vous opposer à la prospection. Vous pouvez nous joindre :

- par courriel : donnees@maison-cabosse.example ;
- par le formulaire « Mes données » de votre compte client ;
- par courrier à notre adresse de Bayonne.

Nous vous répondons dans un délai d'un mois. Si vous estimez que vos droits ne sont pas respectés, vous pouvez saisir la CNIL.
"""

FR_CAFE_COOKIES = """# Gestion des cookies – Brûlerie du Canal

Dernière mise à jour : 11 février 2026

La Brûlerie du Canal SARL, torréfacteur de cafés de spécialité, 8 quai de Valmy, 75010 Paris, édite le site brulerie-du-canal.example, sur lequel vous pouvez acheter nos cafés et souscrire un abonnement de livraison mensuelle. La présente politique décrit les traceurs déposés sur votre terminal.

## Qu'est-ce qu'un traceur ?

Un cookie ou traceur est un petit fichier déposé par votre navigateur lorsque vous consultez un site. Il permet de reconnaître votre terminal pendant sa durée de validité.

## Les traceurs nécessaires

- **bdc_cart** : conserve le contenu de votre panier (7 jours) ;
- **bdc_session** : maintient votre connexion à votre compte (session) ;
- **bdc_consent** : enregistre vos choix relatifs aux traceurs (6 mois).

## Les traceurs soumis à consentement

**Statistiques de visite**

- **_ga** (Google Ireland Limited) : distingue les visiteurs, 6 mois ;
- **_gid** (Google Ireland Limited) : distingue les visiteurs, 24 heures.

**Avis clients**

- **trustbox_id** (Avisvérifiés SAS) : affiche les avis clients sur les fiches produits, 3 mois.

**Réseaux sociaux**

- **_fbp** (Meta Platforms Ireland) : mesure l'efficacité de nos publicités sur Instagram, 3 mois.

## Votre choix

Aucun traceur soumis à consentement n'est déposé avant que vous ayez cliqué sur « Accepter » dans le bandeau. Le bouton « Refuser » est aussi visible que le bouton « Accepter ». Vous pouvez revenir sur votre choix à tout moment par le lien « Cookies » en pied de page. Votre consentement ou votre refus est conservé six mois.

## Pour en savoir plus

Pour toute question : bonjour@brulerie-du-canal.example. Consultez aussi les recommandations de la CNIL sur www.cnil.fr.
"""

FR_TRAITEUR = """# Politique de protection des données

**Les Tables de Margaux** – traiteur événementiel à Lyon

Les Tables de Margaux SAS, 22 rue Mercière, 69002 Lyon, organise des buffets, cocktails et repas pour les mariages, les séminaires d'entreprise et les réceptions privées. Nous sommes responsables du traitement des données décrites ci-dessous. Mise à jour : 6 février 2026.

### Les informations que nous collectons

Lors d'une demande de devis ou d'une commande, nous recueillons le nom et les coordonnées de l'organisateur (adresse électronique, téléphone, adresse de l'événement), la date et le nombre de convives, ainsi que le budget envisagé. Pour les entreprises, nous recueillons aussi le nom de la société et l'adresse de facturation.

### Pourquoi nous les utilisons

- établir un devis et le suivre ;
- préparer et livrer la prestation le jour venu ;
- facturer et tenir notre comptabilité ;
- vous envoyer nos menus de saison, si vous l'avez accepté.

### Base légale

Nous traitons vos données pour exécuter le contrat ou les mesures précontractuelles que vous demandez, pour respecter nos obligations comptables et, pour les menus de saison, sur la base de votre consentement.

### Destinataires

Le personnel de cuisine et de service reçoit uniquement le nom de l'organisateur, l'adresse et l'horaire de l'événement. Notre expert-comptable a accès aux factures. Nous ne transmettons aucune donnée à des tiers à des fins commerciales.

### Conservation

Les devis non signés sont supprimés au bout d'un an. Les données des clients sont conservées trois ans après la dernière prestation ; les factures, dix ans.

### Vos droits

Vous pouvez accéder à vos données, les rectifier, les effacer, en limiter l'usage, vous opposer à leur traitement et retirer votre consentement aux envois de menus à tout moment. Contact : contact@tables-de-margaux.example. Vous pouvez aussi saisir la CNIL.
"""

FR_BRASSERIE = """# Politique de confidentialité – Brasserie du Haut-Jura

## 1. Qui sommes-nous ?

La Brasserie du Haut-Jura SAS, 3 route des Rousses, 39400 Morez, brasse des bières artisanales et les vend dans sa boutique, lors de visites de la brasserie et sur brasserie-hautjura.example. Elle est responsable du traitement de vos données.

## 2. Vente d'alcool et âge

La vente d'alcool aux mineurs est interdite. Lors d'une commande en ligne, nous vous demandons de confirmer que vous avez au moins 18 ans et, à la livraison, le transporteur peut vérifier votre âge sur présentation d'une pièce d'identité. Nous n'enregistrons pas la pièce d'identité.

## 3. Données collectées

- identité et coordonnées (nom, prénom, adresse, courriel, téléphone) ;
- commandes et réservations de visites ;
- préférences de goût que vous indiquez dans votre compte (blondes, ambrées, IPA…), pour personnaliser la box du mois.

## 4. Finalités

Nous utilisons vos données pour traiter vos commandes, organiser les visites guidées de la brasserie, gérer l'abonnement « Box du mois » et, si vous y avez consenti, vous envoyer notre lettre d'information.

## 5. Conservation

Vos données de client sont conservées trois ans à compter de votre dernière commande. Les factures sont conservées dix ans.

## 6. Destinataires

Nos transporteurs, notre prestataire de paiement et notre hébergeur, tous situés dans l'Union européenne.

## 7. Vos droits

Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition. Vous pouvez retirer votre consentement à la lettre d'information à tout moment, par le lien de désinscription ou depuis votre compte. Pour toute demande : donnees@brasserie-hautjura.example. Vous pouvez introduire une réclamation auprès de la CNIL.

## 8. Modifications

Nous vous informerons par courriel de toute modification importante de la présente politique.

L'abus d'alcool est dangereux pour la santé, à consommer avec modération.
"""

FR_VRAC_COOKIES = """# Politique cookies

**La Grange en Vrac** – épicerie zéro déchet, 17 rue de la Paix, 44000 Nantes

Mise à jour le 19 février 2026

Sur notre site lagrange-envrac.example, vous pouvez consulter nos produits, réserver votre commande en click-and-collect avec vos propres contenants et suivre nos ateliers « cuisine anti-gaspi ». Nous utilisons quelques traceurs, décrits ci-dessous.

## Traceurs indispensables

- `gev_panier` : mémorise votre commande en cours – 3 jours ;
- `gev_creneau` : conserve le créneau de retrait choisi – 3 jours ;
- `gev_cookies` : garde en mémoire vos choix sur les cookies – 6 mois.

Ces traceurs ne nécessitent pas votre consentement car ils sont strictement nécessaires au service que vous demandez.

## Traceurs de mesure d'audience

Avec votre accord, nous utilisons Matomo, installé sur notre propre serveur, pour savoir quelles pages sont consultées et combien de personnes réservent un créneau. Les adresses IP sont anonymisées.

- `_pk_id` : 13 mois ;
- `_pk_ses` : 30 minutes.

## Traceurs de contenus tiers

- La carte d'accès à la boutique est fournie par OpenStreetMap et ne dépose aucun cookie.
- Les vidéos de nos ateliers sont hébergées sur YouTube en mode « confidentialité renforcée » ; YouTube ne dépose des cookies que lorsque vous lancez la lecture, si vous avez accepté cette catégorie.

## Pas de publicité

Nous n'utilisons aucun traceur publicitaire et ne partageons pas de données de navigation avec des régies.

## Modifier vos choix

Cliquez sur « Mes cookies » en bas de chaque page pour accepter ou refuser chaque catégorie. Refuser n'empêche pas de commander.

Contact : bonjour@lagrange-envrac.example
"""

FR_CAMPING = """# Politique de confidentialité – Camping Les Pins d'Argent ★★★★

Le Camping Les Pins d'Argent, exploité par la SAS Pins d'Argent Loisirs, 1250 avenue de l'Océan, 40150 Hossegor, est responsable du traitement de vos données. Dernière mise à jour : 13 janvier 2026.

## Données collectées

Lors d'une réservation d'emplacement ou de mobil-home, nous collectons :

- le nom, le prénom, l'adresse postale, l'adresse électronique et le téléphone du réservataire ;
- le nom, le prénom et l'âge des accompagnants (pour la taxe de séjour et la tarification) ;
- l'immatriculation du véhicule, pour l'accès à la barrière ;
- la fiche individuelle de police pour les clients étrangers, comme l'exige le Code de l'entrée et du séjour des étrangers.

## Finalités

Gérer les réservations et les paiements, vous accueillir, contrôler l'accès au camping, tenir le registre des clients imposé par la réglementation, calculer la taxe de séjour et, si vous l'avez accepté, vous envoyer nos offres pour la saison suivante.

## Hébergement des données

Nos données sont hébergées par l'éditeur de notre logiciel de réservation sur des serveurs situés en France. Une sauvegarde est réalisée chaque nuit sur un second serveur, également situé en France.

## Destinataires

- notre logiciel de réservation ;
- la commune, pour la taxe de séjour (données agrégées) ;
- les services de police, sur réquisition, pour les fiches individuelles.

## Durées de conservation

Les données de réservation sont conservées trois ans après votre séjour. Les fiches individuelles de police sont conservées six mois, comme la loi le prévoit. Les données de l'accès par barrière sont effacées à la fin de votre séjour.

## Vos droits

Vous pouvez exercer vos droits d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité en écrivant à reservation@pinsdargent.example. Vous pouvez introduire une réclamation auprès de la CNIL.
"""

FR_GITES = """# Données personnelles

**Gîtes des Monts d'Arrée** – réseau de gîtes ruraux en Finistère

Mise à jour : 27 février 2026

Le site gites-montsdarree.example permet de réserver l'un des quatorze gîtes de notre réseau. Il est exploité par l'association Accueil Rural des Monts d'Arrée, 2 place de l'Église, 29690 Huelgoat, qui est responsable du traitement. Chaque propriétaire reçoit les données nécessaires à l'accueil des vacanciers dans son gîte.

## Ce que nous collectons

Nom, prénom, coordonnées, dates de séjour, nombre d'adultes et d'enfants, présence d'un animal, et les demandes particulières que vous formulez (lit bébé, arrivée tardive). Le paiement de l'acompte est réalisé par notre prestataire de paiement en ligne.

## Utilisation

- gérer la réservation, l'acompte et le solde ;
- transmettre au propriétaire du gîte les informations utiles à votre arrivée ;
- vous envoyer, deux semaines avant le séjour, un carnet de voyage avec les bonnes adresses du secteur ;
- vous demander votre avis après le séjour.

## Durée de conservation

Nous conservons vos données de réservation cinq ans après votre séjour, afin de vous reconnaître lors d'une prochaine réservation. Les avis publiés restent en ligne tant que le gîte fait partie du réseau.

## Partage

Vos données sont partagées avec le propriétaire du gîte réservé, notre prestataire de paiement et notre hébergeur situé à Rennes. Nous ne les vendons pas.

## Vos droits

Vous disposez des droits d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition. Adressez votre demande à contact@gites-montsdarree.example ou par courrier à l'adresse de l'association. En cas de désaccord, vous pouvez saisir la CNIL.
"""

FR_PENICHES = """# Politique de confidentialité

**Canal Évasion** – location de bateaux habitables sans permis sur le canal du Nivernais et le canal de Bourgogne

Canal Évasion SARL, port de plaisance, 89270 Vermenton, responsable du traitement. Dernière mise à jour : 21 janvier 2026.

## 1. Les données que nous traitons

| Catégorie | Exemples |
|---|---|
| Identité du locataire | nom, prénom, date de naissance, adresse, courriel, téléphone |
| Équipage | nombre de personnes à bord, âge des enfants (gilets de sauvetage adaptés) |
| Location | dates, base de départ et d'arrivée, bateau, options (vélos, kit barbecue) |
| Paiement | acompte, solde, dépôt de garantie par empreinte bancaire |

## 2. Pourquoi

Nous utilisons ces données pour établir votre contrat de location, préparer le bateau, vous former à la conduite lors de la prise en main, gérer le dépôt de garantie et vous assister pendant la croisière par téléphone.

Nos tarifs dépendent de la saison et du bateau ; ils sont les mêmes pour tous les clients et figurent dans notre brochure.

## 3. Destinataires

Les équipes de nos bases de Vermenton et de Migennes, notre assureur en cas de sinistre, notre prestataire de paiement. Vos données ne sont pas communiquées à des tiers à des fins commerciales.

## 4. Conservation

Les contrats de location sont conservés cinq ans. L'empreinte bancaire du dépôt de garantie est supprimée dans les sept jours suivant le retour du bateau.

## 5. Vos droits

Vous pouvez demander l'accès à vos données, leur rectification ou leur effacement, vous opposer à leur traitement ou en demander la limitation et la portabilité. Écrivez à capitainerie@canal-evasion.example. Pour en savoir plus sur vos droits, consultez le site de la CNIL : https://www.cnil.fr/fr/les-droits-pour-maitriser-vos-donnees-personnelles. Vous pouvez introduire une réclamation auprès de la CNIL.
"""

FR_OT_COOKIES = """# Cookies et traceurs

**Office de Tourisme Cœur de Provence** – coeurdeprovence-tourisme.example

Mise à jour : 15 janvier 2026

L'Office de Tourisme Intercommunal Cœur de Provence, 2 boulevard Gambetta, 83170 Brignoles, édite ce site pour présenter les activités, hébergements et événements du territoire. Cette page décrit les traceurs utilisés.

## Traceurs nécessaires au fonctionnement

- **otcp_lang** : mémorise la langue choisie (français, anglais, allemand) – 12 mois ;
- **otcp_carnet** : conserve votre carnet de voyage (les fiches que vous avez mises de côté) – 30 jours ;
- **otcp_consent** : enregistre vos choix – 6 mois.

## Traceurs de mesure d'audience

Avec votre consentement, nous mesurons la fréquentation du site avec Matomo, hébergé par notre prestataire en France, afin de savoir quelles fiches sont les plus consultées.

- **_pk_id** – 13 mois ;
- **_pk_ses** – 30 minutes.

## Contenus de tiers

Certaines pages intègrent des services fournis par d'autres organismes :

- Les cartes interactives sont fournies par IGN (Géoportail). Aucun cookie n'est déposé.
- La réservation d'hébergements est assurée par le module de la centrale de réservation départementale ; lorsque vous l'utilisez, il dépose le cookie **resa_session** pour la durée de votre réservation.

## Vos choix

Lors de votre première visite, vous pouvez accepter ou refuser la mesure d'audience. Vous pouvez changer d'avis à tout moment grâce au lien « Gérer mes cookies » présent en bas de chaque page.

## Contact

Pour toute question relative aux cookies ou à vos données, écrivez à dpo@coeurdeprovence-tourisme.example. Vous pouvez également adresser une réclamation à la CNIL.
"""

FR_VISITES = """# Politique de confidentialité – Les Traboules Contées

**Les Traboules Contées** organise des visites guidées à pied du Vieux-Lyon et de la Croix-Rousse, des jeux de piste pour les familles et des visites privées pour les groupes. Entreprise individuelle de Mme Inès Farcy, guide-conférencière, 9 montée du Gourguillon, 69005 Lyon, responsable du traitement.

Mise à jour : 5 mars 2026

## Données collectées

- nom, prénom, courriel et téléphone de la personne qui réserve ;
- nombre de participants et âge des enfants pour les jeux de piste ;
- langue de visite souhaitée ;
- pour les groupes, le nom de l'organisme et l'adresse de facturation.

## Finalités et fondements

| Finalité | Fondement |
|---|---|
| Gestion des réservations et paiement | Exécution du contrat |
| Message la veille de la visite (point de rendez-vous, météo) | Exécution du contrat |
| Demande d'avis après la visite | Intérêt légitime |
| Envoi du programme des visites thématiques | Consentement |

Vous pouvez retirer à tout moment votre consentement à l'envoi du programme, en cliquant sur le lien de désinscription ou en répondant « STOP ».

## Destinataires

La plateforme de réservation Bookaventure et le prestataire de paiement Stripe. Les guides partenaires qui assurent certaines visites reçoivent la liste des participants de leur groupe.

## Conservation

Les données de réservation sont conservées deux ans. Les abonnés au programme sont désinscrits automatiquement après trois ans sans ouverture d'un envoi.

## Vos droits

Accès, rectification, effacement, limitation, portabilité et opposition : écrivez à bonjour@traboules-contees.example. Réclamation possible auprès de la CNIL.
"""

FR_PARENTS = """# Protection des données – Association des Parents d'Élèves du collège Jean-Moulin

L'Association des Parents d'Élèves du collège Jean-Moulin (APE Jean-Moulin), association loi 1901, boîte aux lettres au collège, 15 rue des Écoles, 86000 Poitiers, est responsable du traitement des données de ses adhérents.

Version adoptée par le bureau le 12 janvier 2026.

## Données recueillies

Lors de l'adhésion : nom et prénom du ou des parents, adresse électronique, téléphone, classe du ou des enfants, montant de la cotisation et mode de paiement. Les parents qui se portent candidats aux élections des représentants au conseil d'administration nous communiquent également leur profession de foi.

## Utilisations

- tenir la liste des adhérents et encaisser les cotisations ;
- organiser les élections des représentants des parents ;
- désigner les parents délégués aux conseils de classe ;
- informer les adhérents des réunions, de la bourse aux fournitures et de la fête du collège.

## Destinataires

Les membres du bureau. Les coordonnées des parents délégués d'une classe sont communiquées aux autres parents de cette classe, avec leur accord. La liste des adhérents n'est jamais transmise au collège, à la commune ni à une autre association.

## Conservation

Les données sont conservées pendant l'année scolaire d'adhésion et l'année suivante, puis supprimées. Les professions de foi sont détruites après les élections.

## Vos droits

Chaque adhérent dispose d'un droit d'accès, de rectification et d'effacement de ses données, et peut s'opposer à leur traitement. Écrivez à ape.jeanmoulin@example.org ou déposez un courrier dans la boîte aux lettres de l'association au collège. Vous pouvez introduire une réclamation auprès de la CNIL.
"""

FR_LOCATAIRES = """# Politique de confidentialité de l'Amicale des Locataires de la Résidence du Parc

L'Amicale des Locataires de la Résidence du Parc, association loi 1901 affiliée à une confédération nationale du logement, local associatif bâtiment C, 4 allée des Tilleuls, 59000 Lille, est responsable du traitement des données de ses adhérents.

Dernière mise à jour : 30 janvier 2026

## Pourquoi nous collectons des données

L'Amicale représente les locataires auprès du bailleur social, accompagne les locataires dans leurs réclamations (chauffage, ascenseurs, charges) et organise des moments de convivialité. Pour cela, nous recueillons :

- nom, prénom, bâtiment, étage et numéro d'appartement ;
- téléphone et adresse électronique ;
- pour les réclamations, la description du problème et, si vous nous les confiez, les courriers échangés avec le bailleur.

## Qui reçoit vos données

Les membres du conseil d'administration de l'Amicale. Une réclamation n'est transmise au bailleur qu'avec votre accord et sous votre nom. La confédération reçoit seulement le nombre d'adhérents.

## Durée de conservation

Les fiches d'adhérent sont conservées tant que vous êtes adhérent, puis deux ans. Les dossiers de réclamation sont conservés trois ans après leur clôture.

## Vos droits

Vous pouvez consulter vos données, les faire corriger ou supprimer, et vous opposer à leur utilisation. Il suffit d'en faire la demande par courriel à amicale.parc@example.org, par un mot déposé dans la boîte aux lettres du local, ou oralement lors de la permanence du mardi soir. Aucun justificatif n'est demandé, sauf en cas de doute sérieux sur votre identité.

Nous répondons dans un délai d'un mois.

Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL, 3 place de Fontenoy, 75007 Paris.
"""

FR_PATRIMOINE = """# Données personnelles

**Les Amis du Château de Montbrison-sur-Lez** – association de sauvegarde du patrimoine

L'association Les Amis du Château, reconnue d'intérêt général, 1 chemin du Château, 26770 Montbrison-sur-Lez, organise des chantiers de restauration bénévoles, des visites et des concerts dans la cour du château, et recueille des dons pour financer les travaux. Elle est responsable du traitement des données de ses membres, bénévoles et donateurs. Mise à jour : 17 février 2026.

### Les données que nous traitons

Pour les membres et les donateurs : nom, prénom, adresse postale et électronique, montant et date des cotisations et des dons, pour l'établissement des reçus fiscaux. Pour les bénévoles des chantiers : en plus, une personne à prévenir en cas d'accident et les compétences que vous souhaitez mettre à disposition (maçonnerie, taille de pierre, menuiserie).

### Usage de ces données

Les données sont saisies par le secrétariat à partir des bulletins d'adhésion et des formulaires de don, papier ou en ligne.

Nous utilisons ces données pour tenir le registre des membres, émettre les reçus fiscaux, organiser les chantiers et l'assurance des bénévoles, et vous envoyer le bulletin semestriel « Pierres vives ».

### Destinataires

Le bureau de l'association et le trésorier ; notre assureur pour les chantiers. Nous ne communiquons pas vos coordonnées à d'autres associations.

### Conservation

Les données des membres sont conservées trois ans après la dernière cotisation ; les justificatifs des dons et reçus fiscaux, six ans.

### Vos droits

Vous pouvez exercer vos droits d'accès, de rectification, d'effacement, de limitation et d'opposition en écrivant à contact@amis-chateau-montbrison.example ou à l'adresse de l'association. Vous pouvez saisir la CNIL.
"""

FR_ALUMNI = """# Politique de confidentialité de l'Association des Anciens de l'École Supérieure d'Arts Appliqués de Roubaix

L'Association des Anciens de l'ESAAR (« l'Association »), 8 rue de l'Espérance, 59100 Roubaix, est responsable du traitement. Elle anime le réseau des diplômés de l'école, publie un annuaire en ligne réservé à ses membres et organise des rencontres professionnelles. Mise à jour : 7 mars 2026.

## 1. Données collectées

- identité : nom, prénom, nom d'usage, promotion, diplôme obtenu ;
- coordonnées : adresse électronique, téléphone, ville de résidence ;
- parcours : employeur actuel, fonction, lien vers votre portfolio ;
- cotisations versées.

Les données de promotion et de diplôme nous sont transmises par l'école à la remise du diplôme ; vous complétez ensuite votre profil vous-même.

## 2. Finalités

- tenir l'annuaire des anciens, consultable uniquement par les membres connectés ;
- organiser les rencontres, afterworks et le salon annuel des métiers ;
- diffuser des offres d'emploi et de stage ;
- gérer les cotisations.

## 3. Visibilité dans l'annuaire

Par défaut, seuls votre nom, votre promotion et votre diplôme sont visibles dans l'annuaire. Vous choisissez, champ par champ, d'afficher ou non votre employeur, votre ville et vos coordonnées.

## 4. Conservation

Votre profil est conservé tant que vous ne demandez pas sa suppression, l'annuaire ayant vocation à retracer l'ensemble des promotions. Les données de cotisation sont conservées cinq ans. Les inscriptions aux événements sont supprimées deux ans après l'événement.

## 5. Vos droits

Vous disposez des droits d'accès, de rectification, d'effacement et de limitation, du droit à la portabilité et du droit de vous opposer à tout moment à la publication de votre profil dans l'annuaire. Écrivez à contact@anciens-esaar.example. Vous pouvez introduire une réclamation auprès de la CNIL.
"""

FR_CHORALES_COOKIES = """# Politique d'utilisation des cookies

**Fédération des Chorales d'Occitanie** – chorales-occitanie.example

Dernière mise à jour : 10 février 2026

La Fédération des Chorales d'Occitanie, association loi 1901, 16 rue du Taur, 31000 Toulouse, fédère plus de 180 chœurs amateurs. Son site permet de trouver une chorale près de chez soi, de s'inscrire aux stages régionaux et de consulter la partothèque réservée aux chefs de chœur.

## Les cookies indispensables

| Cookie | Rôle | Durée |
|---|---|---|
| fco_session | maintient la connexion à l'espace chef de chœur | session |
| fco_stage | conserve votre inscription en cours à un stage | 1 jour |
| fco_choix | enregistre vos préférences en matière de cookies | 6 mois |

## Les cookies de mesure d'audience

Nous utilisons Matomo, installé sur le serveur de la fédération, configuré pour être exempté de consentement selon les recommandations de la CNIL : les adresses IP sont tronquées et les données ne sont pas recoupées avec d'autres traitements.

| Cookie | Rôle | Durée |
|---|---|---|
| _pk_id | distinguer les visiteurs | 13 mois |
| _pk_ses | regrouper les pages d'une visite | 30 minutes |

## Les contenus intégrés

Les enregistrements des concerts sont proposés via le lecteur audio de la fédération, sans service tiers. La carte des chorales utilise OpenStreetMap, qui ne dépose pas de cookie.

## Vos choix

Vous pouvez vous opposer à la mesure d'audience en cliquant sur « Ne pas être suivi » dans la page « Mes préférences », accessible en bas de chaque page. Vous pouvez aussi configurer votre navigateur pour refuser les cookies.

## Contact

Pour toute question : secretariat@chorales-occitanie.example.
"""

FR_CONSO = """# Politique de confidentialité – Union Consommateurs Vigilants de l'Isère

L'Union Consommateurs Vigilants de l'Isère (UCVI), association de défense des consommateurs agréée, 11 cours Berriat, 38000 Grenoble, est responsable du traitement des données de ses adhérents et des personnes qui la sollicitent pour un litige de consommation.

Mise à jour : 23 février 2026

## Données traitées

- **Adhérents** : nom, prénom, adresse, courriel, téléphone, date et montant de la cotisation.
- **Dossiers de litige** : description du litige, nom du professionnel concerné, contrats, factures et échanges que vous nous transmettez.
- **Participants aux enquêtes** : réponses aux questionnaires que nous menons sur les prix, les banques ou les fournisseurs d'énergie (les résultats sont publiés de façon anonyme).

## Finalités

Nous utilisons ces données pour gérer les adhésions, vous conseiller et vous accompagner dans votre litige, intervenir auprès du professionnel avec votre mandat, mener nos enquêtes et vous envoyer notre bulletin « Vigilance » si vous le souhaitez.

## Destinataires

Les bénévoles et juristes de l'association chargés de votre dossier. Avec votre accord exprès, le professionnel concerné par votre litige et, le cas échéant, le médiateur de la consommation compétent.

## Durée de conservation

Les dossiers de litige sont conservés cinq ans après leur clôture. Les données des adhérents sont conservées deux ans après la fin de l'adhésion. Les réponses aux enquêtes sont anonymisées dès la fin de l'enquête.

## Vos droits

Vous pouvez accéder à vos données, les faire rectifier ou effacer, vous opposer à leur traitement et en demander la limitation ou la portabilité. Pour cela, adressez-vous à nos permanences, ou écrivez-nous à :

- dpo@ucvi38.example ;
- UCVI, 11 cours Berriat, 38000 Grenoble.

Vous pouvez introduire une réclamation auprès de la CNIL.
"""


def _base(key: str, lang: str, policy: str, service: str, text: str) -> tuple[str, dict[str, Any]]:
    base_id = f"{NAME}-base-{key}"
    return base_id, {"id": base_id, "lang": lang, "policy": policy, "service": service, "new": text}


BASES: dict[str, dict[str, Any]] = dict(
    [
        _base("en-payroll", "en", "privacy", "Ledgerline Payroll", EN_PAYROLL),
        _base("en-vault", "en", "privacy", "Keyfold", EN_VAULT),
        _base("en-tracker", "en", "cookies", "Burrowbug", EN_TRACKER_COOKIES),
        _base("en-books", "en", "privacy", "Tallybook", EN_BOOKS),
        _base("en-esign", "en", "privacy", "Quillsign", EN_ESIGN),
        _base("en-factoring", "en", "privacy", "Brightwater Invoice Finance", EN_FACTORING),
        _base("en-creditunion", "en", "privacy", "Fairholm Credit Union", EN_CREDIT_UNION),
        _base("en-pension", "en", "privacy", "Harrowgate Pension Administration", EN_PENSION),
        _base("en-fx", "en", "privacy", "Meridian Currency Exchange", EN_FX),
        _base("en-tax", "en", "privacy", "Clearreturn", EN_TAX),
        _base("en-pumps", "en", "privacy", "Halden Pumps", EN_PUMPS),
        _base("en-furniture", "en", "cookies", "Oak & Alder", EN_FURNITURE_COOKIES),
        _base("en-printer", "en", "privacy", "Filamentor", EN_PRINTER),
        _base("en-ovens", "en", "privacy", "Corvell Appliances", EN_OVENS),
        _base("en-packaging", "en", "cookies", "Vantbox Packaging", EN_PACKAGING_COOKIES),
        _base("en-bootcamp", "en", "privacy", "Stackforge Academy", EN_BOOTCAMP),
        _base("en-proctor", "en", "privacy", "Proctorly", EN_PROCTOR),
        _base("en-canteen", "en", "privacy", "Munchpass", EN_CANTEEN),
        _base("en-cpd", "en", "privacy", "Tillworth Institute", EN_CPD),
        _base("en-journal", "en", "cookies", "Pellucid Academic Press", EN_JOURNAL_COOKIES),
        _base("fr-theatre", "fr", "privacy", "Théâtre des Ormeaux", FR_THEATRE),
        _base("fr-ceramique", "fr", "privacy", "Atelier Terre & Feu", FR_CERAMIQUE),
        _base("fr-opera", "fr", "cookies", "Opéra de la Vallée", FR_OPERA_COOKIES),
        _base("fr-danse", "fr", "privacy", "Compagnie Entrechats", FR_DANSE),
        _base("fr-chocolat", "fr", "privacy", "Maison Cabosse", FR_CHOCOLAT),
        _base("fr-cafe", "fr", "cookies", "Brûlerie du Canal", FR_CAFE_COOKIES),
        _base("fr-traiteur", "fr", "privacy", "Les Tables de Margaux", FR_TRAITEUR),
        _base("fr-brasserie", "fr", "privacy", "Brasserie du Haut-Jura", FR_BRASSERIE),
        _base("fr-vrac", "fr", "cookies", "La Grange en Vrac", FR_VRAC_COOKIES),
        _base("fr-camping", "fr", "privacy", "Camping Les Pins d'Argent", FR_CAMPING),
        _base("fr-gites", "fr", "privacy", "Gîtes des Monts d'Arrée", FR_GITES),
        _base("fr-peniches", "fr", "privacy", "Canal Évasion", FR_PENICHES),
        _base("fr-tourisme", "fr", "cookies", "Office de Tourisme Cœur de Provence", FR_OT_COOKIES),
        _base("fr-visites", "fr", "privacy", "Les Traboules Contées", FR_VISITES),
        _base("fr-parents", "fr", "privacy", "APE Jean-Moulin", FR_PARENTS),
        _base("fr-locataires", "fr", "privacy", "Amicale des Locataires du Parc", FR_LOCATAIRES),
        _base("fr-patrimoine", "fr", "privacy", "Les Amis du Château", FR_PATRIMOINE),
        _base("fr-alumni", "fr", "privacy", "Anciens de l'ESAAR", FR_ALUMNI),
        _base("fr-chorales", "fr", "cookies", "Fédération des Chorales d'Occitanie", FR_CHORALES_COOKIES),
        _base("fr-conso", "fr", "privacy", "UCVI", FR_CONSO),
    ]
)


def b(key: str) -> str:
    return f"{NAME}-base-{key}"


EN_EDITS: list[Pair] = [
    # --- Ledgerline Payroll (software) ---
    (
        b("en-payroll"),
        "major",
        ["R5"],
        False,
        False,
        'A recipient is added to the closed list "We share personal data only with:": "Pensio Connect, which receives contribution schedules for the employer\'s workplace pension scheme" (R5); "Last updated" stamp changed.',
        [
            before(
                "- the tax authority, when the employer files a return through us.",
                "- Pensio Connect, which receives contribution schedules for the employer's workplace pension scheme;\n",
            ),
            ("Last updated: 3 March 2026", "Last updated: 17 May 2026"),
        ],
    ),
    (
        b("en-payroll"),
        "editorial",
        ["R1"],
        False,
        False,
        'Same purposes reworded: "We use the data to calculate pay, produce payslips, file returns ... on the employer\'s instruction" -> "The data is used to calculate pay, to produce payslips, to file returns ... when the employer instructs us to"; "Last updated" stamp changed (R1).',
        [
            (
                "We use the data to calculate pay, produce payslips, file returns with the tax authority on the employer's instruction, provide support and secure the service.",
                "The data is used to calculate pay, to produce payslips, to file returns with the tax authority when the employer instructs us to, to provide support and to keep the service secure.",
            ),
            ("Last updated: 3 March 2026", "Last updated: 2 June 2026"),
        ],
    ),
    # --- Keyfold (software) ---
    (
        b("en-vault"),
        "rights_reducing",
        ["R12"],
        False,
        False,
        'The promise is narrowed: "we never use it for advertising" -> "we do not use the contents of your vault for advertising", so account data (plan, billing country) is no longer covered by the no-advertising promise (R12).',
        [
            (
                "We never sell your data, and we never use it for advertising.",
                "We never sell your data, and we do not use the contents of your vault for advertising.",
            ),
            ("Effective 12 January 2026", "Effective 1 July 2026"),
        ],
    ),
    (
        b("en-vault"),
        "minor",
        ["R9"],
        False,
        False,
        'Shorter retention: "Encrypted vault data is deleted 30 days after you close your account" -> "14 days" (R9, not adverse).',
        [("Encrypted vault data is deleted 30 days after", "Encrypted vault data is deleted 14 days after")],
    ),
    # --- Burrowbug (software, cookies) ---
    (
        b("en-tracker"),
        "major",
        ["R15"],
        True,
        False,
        'New consent-based category with a third-party vendor: "Product feedback ... Hotjar Ltd (Malta) sets _hjSessionUser ... to show short in-app surveys and record how you move through the issue board" (R15: new vendor, reconsent).',
        [
            before(
                "## Managing your choices",
                "### Product feedback (consent required)\n\nIf you agree, Hotjar Ltd (Malta) sets _hjSessionUser (12 months) to show short in-app surveys and record how you move through the issue board.\n\n",
            )
        ],
    ),
    (
        b("en-tracker"),
        "editorial",
        ["R1"],
        False,
        True,
        "Technical re-rendering only: the three cookie-category headings go from level 3 to level 4 and the table rows are re-padded; no cookie, purpose or lifetime changes (R1).",
        [
            ("### Strictly necessary", "#### Strictly necessary"),
            ("### Analytics (consent required)", "#### Analytics (consent required)"),
            ("### Support chat (consent required)", "#### Support chat (consent required)"),
            (
                "| bb_session | Burrowbug | Keeps you signed in | Session |",
                "| bb_session | Burrowbug            | Keeps you signed in            | Session    |",
            ),
            (
                "| bb_csrf | Burrowbug | Protects forms against forgery | Session |",
                "| bb_csrf    | Burrowbug            | Protects forms against forgery | Session    |",
            ),
            (
                "| bb_region | Burrowbug | Routes you to your data region | 30 days |",
                "| bb_region  | Burrowbug            | Routes you to your data region | 30 days    |",
            ),
        ],
    ),
    # --- Tallybook (software) ---
    (
        b("en-books"),
        "major",
        ["R8"],
        False,
        False,
        'Longer retention inside the storage paragraph: "Technical logs are kept for 90 days" -> "Technical logs are kept for 13 months" (R8); "tax-return" hyphen dropped elsewhere (R1).',
        [
            ("Technical logs are kept for 90 days.", "Technical logs are kept for 13 months."),
            (
                "to provide bookkeeping, invoicing and tax-return features;",
                "to provide bookkeeping, invoicing and tax return features;",
            ),
        ],
    ),
    (
        b("en-books"),
        "editorial",
        ["R1"],
        False,
        False,
        'Two purposes swap places in the list ("to provide customer support and send service messages" now before "to reconcile bank transactions automatically"); same purposes, reordering only (R1).',
        [
            (
                "- to reconcile bank transactions automatically against your invoices;\n- to provide customer support and send service messages;",
                "- to provide customer support and send service messages;\n- to reconcile bank transactions automatically against your invoices;",
            )
        ],
    ),
    # --- Quillsign (software) ---
    (
        b("en-esign"),
        "rights_reducing",
        ["R4"],
        False,
        False,
        'A fee is added to exercising rights: "Exercising your rights is free of charge." -> "The first request in any twelve-month period is free of charge; further requests are subject to an administrative fee of EUR 25." (R4, costlier).',
        [
            (
                "Exercising your rights is free of charge.",
                "The first request in any twelve-month period is free of charge; further requests are subject to an administrative fee of EUR 25.",
            )
        ],
    ),
    (
        b("en-esign"),
        "minor",
        ["R14"],
        False,
        False,
        'DPO contact reformatted on the same channels: "by post at the Paris address above" -> "by post: Data Protection Officer, Quillsign Europe SAS, 27 rue de la Pépinière, 75008 Paris, France"; same email; version date changed (R14).',
        [
            (
                "Our DPO can be reached at dpo@quillsign.example or by post at the Paris address above.",
                "Our DPO can be reached at dpo@quillsign.example or by post: Data Protection Officer, Quillsign Europe SAS, 27 rue de la Pépinière, 75008 Paris, France.",
            ),
            ("Version of 2 February 2026", "Version of 9 May 2026"),
        ],
    ),
    # --- Brightwater (finance) ---
    (
        b("en-factoring"),
        "major",
        ["R3"],
        False,
        False,
        'New joint controller after an acquisition: "Following its acquisition by Castlegate Commercial Finance plc ... Brightwater ... and Castlegate Commercial Finance plc ... are joint controllers" (R3).',
        [
            (
                "Brightwater Invoice Finance Limited (company number 08812345), 40 Dale Street, Manchester M1 2HF, is the controller of the personal data described here.",
                "Following its acquisition by Castlegate Commercial Finance plc, Brightwater Invoice Finance Limited (company number 08812345), 40 Dale Street, Manchester M1 2HF, and Castlegate Commercial Finance plc, 1 Exchange Square, Leeds LS1 4AB, are joint controllers of the personal data described here.",
            ),
            ("It was last reviewed in January 2026.", "It was last reviewed in June 2026."),
        ],
    ),
    (
        b("en-factoring"),
        "minor",
        ["R9"],
        False,
        False,
        'Shorter retention: "Records of declined applications are kept for two years" -> "for twelve months" (R9).',
        [
            (
                "Records of declined applications are kept for two years.",
                "Records of declined applications are kept for twelve months.",
            )
        ],
    ),
    # --- Fairholm Credit Union (finance) ---
    (
        b("en-creditunion"),
        "major",
        ["R11", "R14"],
        False,
        False,
        'Automated decisions introduced: "Every loan application is read and decided by one of our loan officers" -> "Loan applications up to £3,000 are decided automatically by our credit scoring system" (R11); phone number respaced, same line (R14).',
        [
            (
                "Every loan application is read and decided by one of our loan officers, who may call you to talk it through.",
                "Loan applications up to £3,000 are decided automatically by our credit scoring system, using your income, your account history with us and the result of the credit reference search; larger applications are decided by one of our loan officers, who may call you to talk it through.",
            ),
            ("call 01786 555 010", "call 01786 555010"),
        ],
    ),
    (
        b("en-creditunion"),
        "editorial",
        ["R1"],
        False,
        False,
        'Sentences reordered in "Credit checks": "If you fall behind with repayments we may report this to the agency" now comes before "The search will be visible to other lenders"; same practice (R1).',
        [
            (
                "The search will be visible to other lenders. If you fall behind with repayments we may report this to the agency.",
                "If you fall behind with repayments we may report this to the agency. The search will be visible to other lenders.",
            )
        ],
    ),
    # --- Harrowgate (finance) ---
    (
        b("en-pension"),
        "rights_reducing",
        ["R13"],
        False,
        False,
        'The complaint right is deleted from the rights list: "5. You may complain to the Information Commissioner\'s Office (ico.org.uk)" removed (R13).',
        [drop("5. You may complain to the Information Commissioner's Office")],
    ),
    (
        b("en-pension"),
        "editorial",
        ["R1"],
        False,
        True,
        "Technical re-rendering: section numbers dropped from every heading and the numbered rights list turned into bullets; wording unchanged (R1).",
        [
            ("## 1. Introduction", "## Introduction"),
            ("## 2. The data we hold", "## The data we hold"),
            ("## 3. How we use it", "## How we use it"),
            ("## 4. Sharing", "## Sharing"),
            ("## 5. Retention", "## Retention"),
            ("## 6. Your rights", "## Your rights"),
            ("## 7. Contact", "## Contact"),
            ("1. You may request a copy", "- You may request a copy"),
            ("2. You may ask us to correct", "- You may ask us to correct"),
            ("3. You may ask us to restrict", "- You may ask us to restrict"),
            ("4. You may withdraw consent", "- You may withdraw consent"),
            ("5. You may complain", "- You may complain"),
        ],
    ),
    # --- Meridian FX (finance) ---
    (
        b("en-fx"),
        "major",
        ["R7"],
        False,
        False,
        'New data categories in a table cell: "Name, date of birth, photo ID number" -> "..., a scan of your ID document and a photograph of your face taken at the counter" (R7); date stamp changed.',
        [
            (
                "| Exchange above £1,000 | Name, date of birth, photo ID number |",
                "| Exchange above £1,000 | Name, date of birth, photo ID number, a scan of your ID document and a photograph of your face taken at the counter |",
            ),
            ("Last updated 5 February 2026", "Last updated 30 April 2026"),
        ],
    ),
    (
        b("en-fx"),
        "minor",
        ["R17", "R1"],
        False,
        False,
        'A recipient removed from the sharing list: "our anti-fraud screening service" deleted (R17, not adverse); rights sentence reworded with the same rights (R1).',
        [
            drop("- our anti-fraud screening service;"),
            (
                "You can request access to your data, correction, deletion, or restriction.",
                "You can ask for access to, correction, deletion or restriction of your data.",
            ),
        ],
    ),
    # --- Clearreturn (finance) ---
    (
        b("en-tax"),
        "major",
        ["R2"],
        False,
        False,
        'New purpose in a long sentence: "... reminders of filing deadlines, to invite you to paid research interviews about our services and to answer your questions" (R2).',
        [
            (
                "to send you reminders of filing deadlines and to answer your questions.",
                "to send you reminders of filing deadlines, to invite you to paid research interviews about our services and to answer your questions.",
            )
        ],
    ),
    (
        b("en-tax"),
        "editorial",
        ["R1"],
        False,
        False,
        'A duplicated sentence is removed ("We use your email address to send you our annual tax deadline reminder." appeared twice) and the "Last updated" stamp changes (R1).',
        [
            (
                "We use your email address to send you our annual tax deadline reminder. We use your email address to send you our annual tax deadline reminder.",
                "We use your email address to send you our annual tax deadline reminder.",
            ),
            ("Last updated: 10 January 2026.", "Last updated: 2 March 2026."),
        ],
    ),
    # --- Halden Pumps (manufacturing) ---
    (
        b("en-pumps"),
        "major",
        ["R6"],
        False,
        False,
        'New transfer outside the EEA: "Service requests can also be accessed by our second-line support team in Pune, India ... under the European Commission\'s standard contractual clauses" (R6).',
        [
            (
                "Backups are copied every night to a second Halden data centre in Aarhus.",
                "Backups are copied every night to a second Halden data centre in Aarhus. Service requests can also be accessed by our second-line support team in Pune, India, to help diagnose faults; this transfer is covered by the European Commission's standard contractual clauses.",
            )
        ],
    ),
    (
        b("en-pumps"),
        "minor",
        ["R14"],
        False,
        False,
        'Contact details extended, the email channel stays: "Contact privacy@haldenpumps.example" -> "... or write to Data Protection, Halden Pumps A/S, at the Silkeborg address above" (R14: nothing harder); date changed.',
        [
            (
                "Contact privacy@haldenpumps.example.",
                "Contact privacy@haldenpumps.example or write to Data Protection, Halden Pumps A/S, at the Silkeborg address above.",
            ),
            ("Updated 1 March 2026.", "Updated 4 May 2026."),
        ],
    ),
    # --- Oak & Alder (manufacturing, cookies) ---
    (
        b("en-furniture"),
        "major",
        ["R16"],
        False,
        False,
        'Longer cookie lifetime, still within 13 months: "_ga – Google Analytics, distinguishes visitors. Expires after 6 months" -> "Expires after 13 months" (R16).',
        [
            (
                "- **_ga** – Google Analytics, distinguishes visitors. Expires after 6 months.",
                "- **_ga** – Google Analytics, distinguishes visitors. Expires after 13 months.",
            )
        ],
    ),
    (
        b("en-furniture"),
        "editorial",
        ["R1"],
        False,
        False,
        "The bare Google URL becomes a Markdown link to the same target (https://policies.google.com/technologies/partner-sites) and the date stamp changes (R1).",
        [
            (
                "Read Google's explanation of how it uses data at https://policies.google.com/technologies/partner-sites.",
                "Read [Google's explanation of how it uses data](https://policies.google.com/technologies/partner-sites).",
            ),
            ("Last updated 14 February 2026.", "Last updated 2 April 2026."),
        ],
    ),
    # --- Filamentor (manufacturing) ---
    (
        b("en-printer"),
        "rights_reducing",
        ["R10"],
        False,
        False,
        'Legal basis changes and withdrawal goes: "only if you consent under Settings > Help improve Filamentor; you can withdraw that consent at any time" -> "on the basis of our legitimate interest in improving print quality" (R10).',
        [
            (
                "Individual error logs are used for this only if you consent under Settings > Help improve Filamentor; you can withdraw that consent at any time with the same switch.",
                "Individual error logs are also used for this, on the basis of our legitimate interest in improving print quality.",
            )
        ],
    ),
    (
        b("en-printer"),
        "minor",
        ["R9"],
        False,
        False,
        'Retention clarified and shortened: "Camera images are deleted after 7 days" -> "... deleted automatically 7 days after they are taken, and at once when you turn remote monitoring off" (R9).',
        [
            (
                "Camera images are deleted after 7 days.",
                "Camera images are deleted automatically 7 days after they are taken, and at once when you turn remote monitoring off.",
            )
        ],
    ),
    # --- Corvell (manufacturing) ---
    (
        b("en-ovens"),
        "editorial",
        ["R1"],
        False,
        False,
        'Company renamed, same legal entity: "Corvell Appliances Ltd" -> "Corvell Home Appliances Ltd (formerly Corvell Appliances Ltd; same company and company number)"; no change of controller or practice (R1).',
        [
            (
                "Corvell Appliances Ltd makes ovens",
                "Corvell Home Appliances Ltd (formerly Corvell Appliances Ltd; same company and company number) makes ovens",
            ),
            ("write to Corvell Appliances Ltd, Etruria Road", "write to Corvell Home Appliances Ltd, Etruria Road"),
        ],
    ),
    (
        b("en-ovens"),
        "editorial",
        ["R1"],
        False,
        True,
        'Technical re-rendering: the registration bullets switch from "-" to "*"; same items (R1).',
        [
            ("- your name, address, email and phone number;", "* your name, address, email and phone number;"),
            ("- the model, serial number and date of purchase;", "* the model, serial number and date of purchase;"),
            ("- the retailer you bought from.", "* the retailer you bought from."),
        ],
    ),
    # --- Vantbox (manufacturing, cookies) ---
    (
        b("en-packaging"),
        "minor",
        ["R17"],
        False,
        False,
        'A third-party cookie is removed: the row "_hjSessionUser | Hotjar Ltd, Malta | Heatmaps of the quotation tool" is deleted (R17); date updated.',
        [
            drop("| _hjSessionUser | Hotjar Ltd, Malta |"),
            ("Last updated: 27 January 2026", "Last updated: 3 June 2026"),
        ],
    ),
    (
        b("en-packaging"),
        "editorial",
        ["R1"],
        False,
        False,
        'Same statement reworded: "Refusing statistics cookies has no effect on the quotation tool or on ordering" -> "If you refuse statistics cookies, you can still use the quotation tool and place orders as usual" (R1).',
        [
            (
                "Refusing statistics cookies has no effect on the quotation tool or on ordering.",
                "If you refuse statistics cookies, you can still use the quotation tool and place orders as usual.",
            )
        ],
    ),
    # --- Stackforge (education) ---
    (
        b("en-bootcamp"),
        "major",
        ["R5"],
        False,
        False,
        'A recipient is added to the sharing sentence: "... our payment processor, and Fundwise Learner Finance, which assesses applications for our deferred-fee payment plans" (R5); stamp changed.',
        [
            (
                "our video conferencing provider, and our payment processor.",
                "our video conferencing provider, our payment processor, and Fundwise Learner Finance, which assesses applications for our deferred-fee payment plans.",
            ),
            ("*Last updated: 6 March 2026*", "*Last updated: 1 June 2026*"),
        ],
    ),
    (
        b("en-bootcamp"),
        "minor",
        ["R9"],
        False,
        False,
        'New opt-out: "You can also ask us to leave your own results out of our outcome statistics, even in anonymised form" (R9).',
        [
            (
                "Email dataprotection@stackforge.example.",
                "You can also ask us to leave your own results out of our outcome statistics, even in anonymised form. Email dataprotection@stackforge.example.",
            )
        ],
    ),
    # --- Proctorly (education) ---
    (
        b("en-proctor"),
        "rights_reducing",
        ["R4"],
        False,
        False,
        'Identity requirement added: "we do not ask for more identification than the email address you used" -> "we will ask you to send a copy of a government-issued photo ID with your request" (R4, harder).',
        [
            (
                "There is no charge for a request and we do not ask for more identification than the email address you used for the exam.",
                "There is no charge for a request. To protect recordings from being released to the wrong person, we will ask you to send a copy of a government-issued photo ID with your request.",
            ),
            ("Amsterdam, 1 April 2026.", "Amsterdam, 1 August 2026."),
        ],
    ),
    (
        b("en-proctor"),
        "minor",
        ["R9"],
        False,
        False,
        'Shorter retention: "Identity document photos are deleted after 7 days" -> "deleted once the proctor has checked them, and no later than 24 hours after the exam" (R9).',
        [
            (
                "Identity document photos are deleted after 7 days.",
                "Identity document photos are deleted once the proctor has checked them, and no later than 24 hours after the exam.",
            )
        ],
    ),
    # --- Munchpass (education) ---
    (
        b("en-canteen"),
        "rights_reducing",
        ["R13"],
        False,
        False,
        'Portability narrowed: "You can download ... as a CSV file from the Account page (data portability)" -> "You can view ... on the Account page" (R13).',
        [
            (
                "You can download your child's purchase history and your top-up history as a CSV file from the Account page (data portability).",
                "You can view your child's purchase history and your top-up history on the Account page.",
            ),
            ("Updated 22 February 2026.", "Updated 14 May 2026."),
        ],
    ),
    (
        b("en-canteen"),
        "minor",
        ["R9"],
        False,
        False,
        'Shorter retention: "Purchase histories are deleted 24 months after the account closes" -> "12 months" (R9).',
        [("Purchase histories are deleted 24 months after", "Purchase histories are deleted 12 months after")],
    ),
    # --- Tillworth (education) ---
    (
        b("en-cpd"),
        "major",
        ["R5"],
        False,
        False,
        'One more recipient in the list: "the professional body that accredits the course, which receives your name, membership number and result" (R5).',
        [
            before(
                "- your employer, if your employer paid for the course",
                "- the professional body that accredits the course, which receives your name, membership number and result so it can update your CPD record;\n",
            )
        ],
    ),
    (
        b("en-cpd"),
        "editorial",
        ["R1"],
        False,
        False,
        'Same period reworded: "Access requirements are deleted one month after the event" -> "We delete information about access requirements one month after the event"; stamp changed (R1).',
        [
            (
                "Access requirements are deleted one month after the event.",
                "We delete information about access requirements one month after the event.",
            ),
            ("Last updated on 11 March 2026.", "Last updated on 28 May 2026."),
        ],
    ),
    # --- Pellucid (education, cookies) ---
    (
        b("en-journal"),
        "major",
        ["R15", "R2"],
        True,
        False,
        'New purpose for the Matomo cookies: "... under the COUNTER standard, and to recommend related articles based on what you have read" (R15/R2, reconsent).',
        [
            (
                "Used to count views and downloads per article and to produce the usage reports that libraries receive under the COUNTER standard.",
                "Used to count views and downloads per article, to produce the usage reports that libraries receive under the COUNTER standard, and to recommend related articles based on what you have read.",
            )
        ],
    ),
    (
        b("en-journal"),
        "editorial",
        ["R1"],
        False,
        True,
        "Technical re-rendering: two paragraphs re-wrapped with hard line breaks; no word changed (R1).",
        [
            (
                "We use cookies to keep you logged in to the submission system, to grant institutional access to subscription content based on your library's IP range or login, and, if you agree, to count article views and downloads for our usage statistics.",
                "We use cookies to keep you logged in to the submission system, to grant institutional\naccess to subscription content based on your library's IP range or login, and, if you\nagree, to count article views and downloads for our usage statistics.",
            ),
            (
                "On your first visit you can accept or refuse the optional cookies with two equally visible buttons.",
                "On your first visit you can accept or refuse the optional cookies with two equally\nvisible buttons.",
            ),
        ],
    ),
]

FR_EDITS: list[Pair] = [
    # --- Théâtre des Ormeaux (culture) ---
    (
        b("fr-theatre"),
        "major",
        ["R5"],
        False,
        False,
        "Nouveau destinataire dans la liste : « à notre mécène principal, la banque Crédit Tourangeau, qui reçoit la liste des abonnés invités à ses soirées clients » (R5) ; date de mise à jour changée.",
        [
            before(
                "- à notre prestataire d'envoi de courriels, pour la lettre d'information.",
                "- à notre mécène principal, la banque Crédit Tourangeau, qui reçoit la liste des abonnés invités à ses soirées clients ;\n",
            ),
            ("Mise à jour : 4 février 2026", "Mise à jour : 2 juin 2026"),
        ],
    ),
    (
        b("fr-theatre"),
        "editorial",
        ["R1"],
        False,
        False,
        "Simple correction de formulation : « l'équipe de billetterie et de relations avec le public » -> « l'équipe de la billetterie et des relations avec le public » ; mêmes destinataires (R1).",
        [
            (
                "Vos données sont destinées à l'équipe de billetterie et de relations avec le public.",
                "Vos données sont destinées à l'équipe de la billetterie et des relations avec le public.",
            )
        ],
    ),
    # --- Atelier Terre & Feu (culture) ---
    (
        b("fr-ceramique"),
        "rights_reducing",
        ["R12", "R5"],
        False,
        False,
        "Promesse affaiblie : « nous ne les échangeons avec aucune autre galerie ou boutique » -> « nous pouvons toutefois les échanger ponctuellement avec des galeries partenaires » (R12).",
        [
            (
                "Nous ne vendons jamais vos coordonnées et nous ne les échangeons avec aucune autre galerie ou boutique.",
                "Nous ne vendons jamais vos coordonnées ; nous pouvons toutefois les échanger ponctuellement avec des galeries partenaires pour vous inviter à leurs vernissages.",
            ),
            ("Dernière modification : 18 janvier 2026", "Dernière modification : 20 avril 2026"),
        ],
    ),
    (
        b("fr-ceramique"),
        "minor",
        ["R9"],
        False,
        False,
        "Durée raccourcie dans le tableau : « Fiches stagiaires | 2 ans après le dernier stage » -> « 1 an après le dernier stage » (R9).",
        [
            (
                "| Fiches stagiaires | 2 ans après le dernier stage |",
                "| Fiches stagiaires | 1 an après le dernier stage |",
            )
        ],
    ),
    # --- Opéra de la Vallée (culture, cookies) ---
    (
        b("fr-opera"),
        "major",
        ["R15"],
        True,
        False,
        "Nouvelle catégorie et nouveau tiers : « Publicité. Avec votre accord, Meta Platforms Ireland dépose le cookie _fbp (3 mois) pour mesurer l'efficacité de nos campagnes » (R15, nouveau consentement).",
        [
            before(
                "## Comment exprimer vos choix",
                "**Publicité.** Avec votre accord, Meta Platforms Ireland dépose le cookie _fbp (3 mois) pour mesurer l'efficacité de nos campagnes sur Facebook et Instagram et vous y présenter nos prochains spectacles.\n\n",
            )
        ],
    ),
    (
        b("fr-opera"),
        "editorial",
        ["R1"],
        False,
        True,
        "Re-rendu technique : le premier tableau est réaligné (colonnes complétées d'espaces, séparateur avec tirets espacés) ; mêmes traceurs, finalités et durées (R1).",
        [
            (
                "| Nom | Émetteur | Finalité | Durée |\n|---|---|---|---|\n| ov_panier | Opéra de la Vallée | Conserver votre panier de billets | Session |",
                "| Nom        | Émetteur           | Finalité                                  | Durée    |\n| ---------- | ------------------ | ----------------------------------------- | -------- |\n| ov_panier  | Opéra de la Vallée | Conserver votre panier de billets         | Session  |",
            ),
            (
                "| ov_auth | Opéra de la Vallée | Vous maintenir connecté à votre espace abonné | 4 heures |",
                "| ov_auth    | Opéra de la Vallée | Vous maintenir connecté à votre espace abonné | 4 heures |",
            ),
            (
                "| ov_choix | Opéra de la Vallée | Mémoriser vos choix en matière de cookies | 6 mois |",
                "| ov_choix   | Opéra de la Vallée | Mémoriser vos choix en matière de cookies | 6 mois   |",
            ),
        ],
    ),
    # --- Compagnie Entrechats (culture) ---
    (
        b("fr-danse"),
        "major",
        ["R8"],
        False,
        False,
        "Conservation allongée : « Les dossiers d'inscription sont conservés pendant trois ans » -> « pendant cinq ans après la fin de la dernière saison suivie » (R8).",
        [
            (
                "Les dossiers d'inscription sont conservés pendant trois ans",
                "Les dossiers d'inscription sont conservés pendant cinq ans",
            )
        ],
    ),
    (
        b("fr-danse"),
        "editorial",
        ["R1"],
        False,
        False,
        "Phrase reformulée sans changement de sens : « Les données sont accessibles aux professeurs et à l'administratrice » -> « Seuls les professeurs et l'administratrice de la compagnie ont accès aux données » ; date changée (R1).",
        [
            (
                "Les données sont accessibles aux professeurs et à l'administratrice de la compagnie.",
                "Seuls les professeurs et l'administratrice de la compagnie ont accès aux données.",
            ),
            ("Dernière mise à jour : 9 mars 2026", "Dernière mise à jour : 1er juin 2026"),
        ],
    ),
    # --- Maison Cabosse (alimentation) ---
    (
        b("fr-chocolat"),
        "rights_reducing",
        ["R4"],
        False,
        False,
        "Un canal d'exercice des droits est supprimé : la ligne « par le formulaire « Mes données » de votre compte client » disparaît (R4, plus difficile) ; date changée.",
        [
            drop("- par le formulaire « Mes données » de votre compte client ;"),
            ("Texte mis à jour le 25 janvier 2026.", "Texte mis à jour le 12 mai 2026."),
        ],
    ),
    (
        b("fr-chocolat"),
        "minor",
        ["R14"],
        False,
        False,
        "Adresse électronique changée sur le même canal : « donnees@maison-cabosse.example » -> « dpo@maison-cabosse.example » (R14).",
        [("- par courriel : donnees@maison-cabosse.example ;", "- par courriel : dpo@maison-cabosse.example ;")],
    ),
    # --- Brûlerie du Canal (alimentation, cookies) ---
    (
        b("fr-cafe"),
        "major",
        ["R16"],
        False,
        False,
        "Durée de vie allongée : « _ga (Google Ireland Limited) : distingue les visiteurs, 6 mois » -> « 13 mois » (R16) ; date changée.",
        [
            (
                "- **_ga** (Google Ireland Limited) : distingue les visiteurs, 6 mois ;",
                "- **_ga** (Google Ireland Limited) : distingue les visiteurs, 13 mois ;",
            ),
            ("Dernière mise à jour : 11 février 2026", "Dernière mise à jour : 7 mai 2026"),
        ],
    ),
    (
        b("fr-cafe"),
        "minor",
        ["R17"],
        False,
        False,
        "Traceur tiers retiré : « _fbp (Meta Platforms Ireland) : mesure l'efficacité de nos publicités sur Instagram » et son intertitre sont supprimés (R17).",
        [drop("**Réseaux sociaux**"), drop("- **_fbp** (Meta Platforms Ireland)")],
    ),
    # --- Les Tables de Margaux (alimentation) ---
    (
        b("fr-traiteur"),
        "major",
        ["R7"],
        False,
        False,
        "Nouvelles catégories de données : « les allergies et régimes alimentaires des convives (sans gluten, halal, végétarien…) lorsque vous nous les indiquez » (R7) ; date changée.",
        [
            (
                "la date et le nombre de convives, ainsi que le budget envisagé.",
                "la date et le nombre de convives, les allergies et régimes alimentaires des convives (sans gluten, halal, végétarien…) lorsque vous nous les indiquez, ainsi que le budget envisagé.",
            ),
            ("Mise à jour : 6 février 2026.", "Mise à jour : 3 avril 2026."),
        ],
    ),
    (
        b("fr-traiteur"),
        "editorial",
        ["R1"],
        False,
        False,
        "Deux finalités changent de place (« facturer et tenir notre comptabilité » avant « préparer et livrer la prestation ») ; mêmes finalités (R1).",
        [
            (
                "- préparer et livrer la prestation le jour venu ;\n- facturer et tenir notre comptabilité ;",
                "- facturer et tenir notre comptabilité ;\n- préparer et livrer la prestation le jour venu ;",
            )
        ],
    ),
    # --- Brasserie du Haut-Jura (alimentation) ---
    (
        b("fr-brasserie"),
        "rights_reducing",
        ["R13", "R4"],
        False,
        False,
        "Retrait du consentement restreint : « à tout moment, par le lien de désinscription ou depuis votre compte » -> « depuis votre compte » seulement (R13/R4).",
        [
            (
                "Vous pouvez retirer votre consentement à la lettre d'information à tout moment, par le lien de désinscription ou depuis votre compte.",
                "Vous pouvez retirer votre consentement à la lettre d'information depuis votre compte.",
            )
        ],
    ),
    (
        b("fr-brasserie"),
        "editorial",
        ["R1"],
        False,
        True,
        "Re-rendu technique : les numéros des titres de section sont supprimés (« ## 1. Qui sommes-nous ? » -> « ## Qui sommes-nous ? », etc.) ; texte inchangé (R1).",
        [
            ("## 1. Qui sommes-nous ?", "## Qui sommes-nous ?"),
            ("## 2. Vente d'alcool et âge", "## Vente d'alcool et âge"),
            ("## 3. Données collectées", "## Données collectées"),
            ("## 4. Finalités", "## Finalités"),
            ("## 5. Conservation", "## Conservation"),
            ("## 6. Destinataires", "## Destinataires"),
            ("## 7. Vos droits", "## Vos droits"),
            ("## 8. Modifications", "## Modifications"),
        ],
    ),
    # --- La Grange en Vrac (alimentation, cookies) ---
    (
        b("fr-vrac"),
        "major",
        ["R15"],
        True,
        False,
        "Nouvel outil tiers soumis à consentement : « et Microsoft Clarity, qui enregistre les clics et défilements sur les pages de réservation », cookie « _clck (Microsoft Clarity) : 12 mois » (R15, nouveau consentement).",
        [
            (
                "Avec votre accord, nous utilisons Matomo, installé sur notre propre serveur, pour savoir",
                "Avec votre accord, nous utilisons Matomo, installé sur notre propre serveur, et Microsoft Clarity, qui enregistre les clics et défilements sur les pages de réservation, pour savoir",
            ),
            before("- `_pk_ses` : 30 minutes.", "- `_clck` (Microsoft Clarity) : 12 mois ;\n"),
        ],
    ),
    (
        b("fr-vrac"),
        "minor",
        ["R17"],
        False,
        False,
        "Contenu tiers retiré : la ligne sur les vidéos « hébergées sur YouTube en mode « confidentialité renforcée » » est supprimée (R17) ; date changée.",
        [
            drop("- Les vidéos de nos ateliers sont hébergées sur YouTube"),
            ("Mise à jour le 19 février 2026", "Mise à jour le 8 avril 2026"),
        ],
    ),
    # --- Camping Les Pins d'Argent (tourisme) ---
    (
        b("fr-camping"),
        "major",
        ["R6"],
        False,
        False,
        "Nouveau transfert hors UE : « Le service d'assistance de l'éditeur, situé au Maroc, peut y accéder ... encadré par les clauses contractuelles types » (R6).",
        [
            (
                "Une sauvegarde est réalisée chaque nuit sur un second serveur, également situé en France.",
                "Une sauvegarde est réalisée chaque nuit sur un second serveur, également situé en France. Le service d'assistance de l'éditeur, situé au Maroc, peut y accéder pour résoudre les incidents ; ce transfert est encadré par les clauses contractuelles types de la Commission européenne.",
            )
        ],
    ),
    (
        b("fr-camping"),
        "editorial",
        ["R1"],
        False,
        False,
        "Même droit reformulé : « Vous pouvez introduire une réclamation auprès de la CNIL » -> « Vous avez également le droit d'introduire une réclamation auprès de la CNIL (www.cnil.fr) » ; date changée (R1).",
        [
            (
                "Vous pouvez introduire une réclamation auprès de la CNIL.",
                "Vous avez également le droit d'introduire une réclamation auprès de la CNIL (www.cnil.fr).",
            ),
            ("Dernière mise à jour : 13 janvier 2026.", "Dernière mise à jour : 20 mars 2026."),
        ],
    ),
    # --- Gîtes des Monts d'Arrée (tourisme) ---
    (
        b("fr-gites"),
        "major",
        ["R3"],
        False,
        False,
        "Nouveau responsable conjoint : « ... et par la SPL Finistère Destination, qui sont responsables conjoints du traitement » (R3) ; date changée.",
        [
            (
                "29690 Huelgoat, qui est responsable du traitement.",
                "29690 Huelgoat, et par la SPL Finistère Destination, qui sont responsables conjoints du traitement.",
            ),
            ("Mise à jour : 27 février 2026", "Mise à jour : 15 mai 2026"),
        ],
    ),
    (
        b("fr-gites"),
        "minor",
        ["R9"],
        False,
        False,
        "Conservation raccourcie : « cinq ans après votre séjour » -> « trois ans après votre séjour » (R9).",
        [
            (
                "Nous conservons vos données de réservation cinq ans après votre séjour",
                "Nous conservons vos données de réservation trois ans après votre séjour",
            )
        ],
    ),
    # --- Canal Évasion (tourisme) ---
    (
        b("fr-peniches"),
        "major",
        ["R11", "R2"],
        False,
        False,
        "Tarification automatisée selon le profil : « le prix proposé est ajusté automatiquement selon la demande, votre historique de réservation et le nombre de fois où vous avez consulté la page » remplace « ils sont les mêmes pour tous les clients » (R11/R2).",
        [
            (
                "Nos tarifs dépendent de la saison et du bateau ; ils sont les mêmes pour tous les clients et figurent dans notre brochure.",
                "Nos tarifs dépendent de la saison et du bateau. Sur le site, le prix proposé est ajusté automatiquement selon la demande, votre historique de réservation et le nombre de fois où vous avez consulté la page ; le tarif de la brochure reste un plafond.",
            )
        ],
    ),
    (
        b("fr-peniches"),
        "editorial",
        ["R1"],
        False,
        False,
        "Le lien nu vers la CNIL devient un lien Markdown vers la même adresse (https://www.cnil.fr/fr/les-droits-pour-maitriser-vos-donnees-personnelles) ; date changée (R1).",
        [
            (
                "consultez le site de la CNIL : https://www.cnil.fr/fr/les-droits-pour-maitriser-vos-donnees-personnelles.",
                "consultez [le site de la CNIL](https://www.cnil.fr/fr/les-droits-pour-maitriser-vos-donnees-personnelles).",
            ),
            ("Dernière mise à jour : 21 janvier 2026.", "Dernière mise à jour : 4 mars 2026."),
        ],
    ),
    # --- Office de Tourisme (tourisme, cookies) ---
    (
        b("fr-tourisme"),
        "editorial",
        ["R1"],
        False,
        False,
        "Phrase reformulée : « Avec votre consentement, nous mesurons ... hébergé par notre prestataire en France, afin de savoir » -> « Si vous l'acceptez, nous mesurons ... (hébergé en France par notre prestataire) pour savoir » ; même pratique (R1).",
        [
            (
                "Avec votre consentement, nous mesurons la fréquentation du site avec Matomo, hébergé par notre prestataire en France, afin de savoir quelles fiches sont les plus consultées.",
                "Si vous l'acceptez, nous mesurons la fréquentation du site avec Matomo (hébergé en France par notre prestataire) pour savoir quelles fiches sont les plus consultées.",
            ),
            ("Mise à jour : 15 janvier 2026", "Mise à jour : 26 mars 2026"),
        ],
    ),
    (
        b("fr-tourisme"),
        "editorial",
        ["R1"],
        False,
        True,
        "Re-rendu technique : les puces « - » des listes de traceurs deviennent « * » ; mêmes traceurs et durées (R1).",
        [
            ("- **otcp_lang**", "* **otcp_lang**"),
            ("- **otcp_carnet**", "* **otcp_carnet**"),
            ("- **otcp_consent**", "* **otcp_consent**"),
            ("- **_pk_id** – 13 mois ;", "* **_pk_id** – 13 mois ;"),
            ("- **_pk_ses** – 30 minutes.", "* **_pk_ses** – 30 minutes."),
        ],
    ),
    # --- Les Traboules Contées (tourisme) ---
    (
        b("fr-visites"),
        "rights_reducing",
        ["R10"],
        False,
        False,
        "Base légale changée et retrait supprimé : « Envoi du programme des visites thématiques | Consentement » -> « Intérêt légitime », et la phrase « Vous pouvez retirer à tout moment votre consentement à l'envoi du programme » disparaît (R10).",
        [
            (
                "| Envoi du programme des visites thématiques | Consentement |",
                "| Envoi du programme des visites thématiques | Intérêt légitime |",
            ),
            drop("Vous pouvez retirer à tout moment votre consentement à l'envoi du programme"),
        ],
    ),
    (
        b("fr-visites"),
        "minor",
        ["R9"],
        False,
        False,
        "Précision sur une pratique déjà déclarée : les guides partenaires reçoivent la liste « (prénom, nom et nombre de personnes), uniquement pour la visite qu'ils conduisent » (R9) ; date changée.",
        [
            (
                "reçoivent la liste des participants de leur groupe.",
                "reçoivent la liste des participants de leur groupe (prénom, nom et nombre de personnes), uniquement pour la visite qu'ils conduisent.",
            ),
            ("Mise à jour : 5 mars 2026", "Mise à jour : 9 juin 2026"),
        ],
    ),
    # --- APE Jean-Moulin (associations) ---
    (
        b("fr-parents"),
        "major",
        ["R5"],
        False,
        False,
        "Nouveau destinataire : « Les membres du bureau » -> « ... et notre prestataire de paiement en ligne, la société Cotizen SAS, qui encaisse les cotisations » (R5).",
        [
            (
                "## Destinataires\n\nLes membres du bureau.",
                "## Destinataires\n\nLes membres du bureau et notre prestataire de paiement en ligne, la société Cotizen SAS, qui encaisse les cotisations.",
            )
        ],
    ),
    (
        b("fr-parents"),
        "minor",
        ["R9"],
        False,
        False,
        "Droits ajoutés : « d'accès, de rectification et d'effacement » -> « ... d'effacement et de limitation ... ou en demander la portabilité » (R9) ; date d'adoption changée.",
        [
            (
                "Chaque adhérent dispose d'un droit d'accès, de rectification et d'effacement de ses données, et peut s'opposer à leur traitement.",
                "Chaque adhérent dispose d'un droit d'accès, de rectification, d'effacement et de limitation de ses données, et peut s'opposer à leur traitement ou en demander la portabilité.",
            ),
            ("Version adoptée par le bureau le 12 janvier 2026.", "Version adoptée par le bureau le 9 avril 2026."),
        ],
    ),
    # --- Amicale des Locataires (associations) ---
    (
        b("fr-locataires"),
        "rights_reducing",
        ["R4"],
        False,
        False,
        "Justificatifs exigés : « Aucun justificatif n'est demandé, sauf en cas de doute sérieux » -> « Toute demande doit être accompagnée de la copie d'une pièce d'identité et d'une quittance de loyer récente » (R4, plus difficile).",
        [
            (
                "Aucun justificatif n'est demandé, sauf en cas de doute sérieux sur votre identité.",
                "Toute demande doit être accompagnée de la copie d'une pièce d'identité et d'une quittance de loyer récente.",
            )
        ],
    ),
    (
        b("fr-locataires"),
        "minor",
        ["R9"],
        False,
        False,
        "Conservation raccourcie : « Les dossiers de réclamation sont conservés trois ans après leur clôture » -> « un an » (R9) ; date changée.",
        [
            (
                "Les dossiers de réclamation sont conservés trois ans après leur clôture.",
                "Les dossiers de réclamation sont conservés un an après leur clôture.",
            ),
            ("Dernière mise à jour : 30 janvier 2026", "Dernière mise à jour : 6 mai 2026"),
        ],
    ),
    # --- Les Amis du Château (associations) ---
    (
        b("fr-patrimoine"),
        "major",
        ["R2", "R11"],
        False,
        False,
        "Nouvelle finalité dans une longue phrase : « évaluer votre capacité de don à partir du montant et de la fréquence de vos dons passés afin de cibler nos appels à la générosité » (R2, profilage R11).",
        [
            (
                "organiser les chantiers et l'assurance des bénévoles, et vous envoyer",
                "organiser les chantiers et l'assurance des bénévoles, évaluer votre capacité de don à partir du montant et de la fréquence de vos dons passés afin de cibler nos appels à la générosité, et vous envoyer",
            )
        ],
    ),
    (
        b("fr-patrimoine"),
        "editorial",
        ["R1"],
        False,
        False,
        "Intertitre et phrase d'origine reformulés : « Usage de ces données » -> « À quoi servent ces données », « Les données sont saisies par le secrétariat ... » -> « Le secrétariat saisit les données ... » ; même source, mêmes usages ; date changée (R1).",
        [
            ("### Usage de ces données", "### À quoi servent ces données"),
            (
                "Les données sont saisies par le secrétariat à partir des bulletins d'adhésion et des formulaires de don, papier ou en ligne.",
                "Le secrétariat saisit les données à partir des bulletins d'adhésion et des formulaires de don, remis sur papier ou en ligne.",
            ),
            ("Mise à jour : 17 février 2026.", "Mise à jour : 2 mai 2026."),
        ],
    ),
    # --- Anciens de l'ESAAR (associations / éducation) ---
    (
        b("fr-alumni"),
        "rights_reducing",
        ["R13"],
        False,
        False,
        "Droit d'opposition supprimé : « du droit de vous opposer à tout moment à la publication de votre profil dans l'annuaire » disparaît de la liste des droits (R13).",
        [
            (
                "du droit à la portabilité et du droit de vous opposer à tout moment à la publication de votre profil dans l'annuaire.",
                "ainsi que du droit à la portabilité.",
            ),
            ("Mise à jour : 7 mars 2026.", "Mise à jour : 30 juin 2026."),
        ],
    ),
    (
        b("fr-alumni"),
        "minor",
        ["R9"],
        False,
        False,
        "Nouvelle possibilité de refus : « Vous pouvez à tout moment ne plus recevoir les offres d'emploi et de stage, depuis la page « Mes abonnements » » (R9).",
        [
            (
                "- diffuser des offres d'emploi et de stage ;",
                "- diffuser des offres d'emploi et de stage (vous pouvez à tout moment ne plus les recevoir, depuis la page « Mes abonnements ») ;",
            )
        ],
    ),
    # --- Fédération des Chorales (associations, cookies) ---
    (
        b("fr-chorales"),
        "major",
        ["R15"],
        True,
        False,
        "Nouveau tiers : « Les enregistrements des concerts sont proposés via SoundCloud ; avec votre accord, SoundCloud dépose le cookie sc_anonymous_id (12 mois) » remplace le lecteur « sans service tiers » (R15, nouveau consentement).",
        [
            (
                "Les enregistrements des concerts sont proposés via le lecteur audio de la fédération, sans service tiers.",
                "Les enregistrements des concerts sont proposés via SoundCloud ; avec votre accord, SoundCloud dépose le cookie sc_anonymous_id (12 mois) pour compter les écoutes et vous suggérer d'autres enregistrements.",
            )
        ],
    ),
    (
        b("fr-chorales"),
        "editorial",
        ["R1"],
        False,
        True,
        "Re-rendu technique : deux paragraphes recoupés avec des retours à la ligne ; aucun mot ne change (R1).",
        [
            (
                "La Fédération des Chorales d'Occitanie, association loi 1901, 16 rue du Taur, 31000 Toulouse, fédère plus de 180 chœurs amateurs.",
                "La Fédération des Chorales d'Occitanie, association loi 1901, 16 rue du Taur,\n31000 Toulouse, fédère plus de 180 chœurs amateurs.",
            ),
            (
                "configuré pour être exempté de consentement selon les recommandations de la CNIL :",
                "configuré pour être exempté de consentement\nselon les recommandations de la CNIL :",
            ),
        ],
    ),
    # --- UCVI (associations) ---
    (
        b("fr-conso"),
        "minor",
        ["R14"],
        False,
        False,
        "Canal ajouté, les autres restent : « - par le formulaire en ligne ucvi38.example/mes-donnees » s'ajoute au courriel et au courrier (R14 ; rien de plus difficile).",
        [
            before(
                "- UCVI, 11 cours Berriat, 38000 Grenoble.", "- le formulaire en ligne ucvi38.example/mes-donnees ;\n"
            )
        ],
    ),
    (
        b("fr-conso"),
        "editorial",
        ["R1"],
        False,
        False,
        "Phrases de conservation réordonnées (« Les réponses aux enquêtes sont anonymisées » passe en premier) ; mêmes durées (R1) ; date changée.",
        [
            (
                "Les dossiers de litige sont conservés cinq ans après leur clôture. Les données des adhérents sont conservées deux ans après la fin de l'adhésion. Les réponses aux enquêtes sont anonymisées dès la fin de l'enquête.",
                "Les réponses aux enquêtes sont anonymisées dès la fin de l'enquête. Les dossiers de litige sont conservés cinq ans après leur clôture. Les données des adhérents sont conservées deux ans après la fin de l'adhésion.",
            ),
            ("Mise à jour : 23 février 2026", "Mise à jour : 11 avril 2026"),
        ],
    ),
]


def build(corpus_dir: Path) -> Iterator[dict[str, Any]]:
    """The 80 pairs, English then French; the corpus is not used as a base (corpus_dir is ignored)."""
    del corpus_dir
    yield from pairs(NAME, WRITTEN, BASES, EN_EDITS + FR_EDITS)


def main() -> None:
    rebuild(__file__, build)


if __name__ == "__main__":
    main()
