# ruff: noqa: E501
"""Blind set blind12: 80 labelled policy changes (40 English, 40 French) the classifier has never seen.

Why it exists: a change classifier tuned on the shared corpus must be measured once on text nobody tuned it
against; this set is that measurement for consumer apps and online services, whose policies are long and
change often (fitness tracking, AI writing, journaling, cycle tracking, password managers, podcast hosting,
job boards, neobanks, parking, VPNs, surveys, thermostats, mobile games, photo printing, sleep, newsletters,
cloud storage, robot vacuums, recipes, website builders; and in French language learning, smart home,
second-hand sales, crowdfunding, food delivery, online news, children's learning, audiobooks, budgeting,
video calls, music streaming, e-mail, baby monitors, petitions, crypto-assets, home swapping, browsers,
navigation, note taking and webcomics).

How it was written: every label comes from legal-rules.md alone (rules R1-R19); the writer never saw the
classifier, its tests or earlier blind sets, and read the corpus only to learn how real policies and their
changes are worded. All pairs sit on 40 fresh bases (20 per language) written here, one per organisation,
two pairs per base; no corpus record is used as a base. Per language: 12 major, 6 rights_reducing, 10 minor,
8 editorial edits by a human and 4 technical re-renderings (editorial, R1); about a third of the pairs carry
two or three edits at once, labelled by the strongest class present.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_edits import Pair, before, corpus_records, drop, pairs, rebuild  # noqa: F401

NAME = "blind12"
WRITTEN = "2026-11-29"

# ---------------------------------------------------------------------------------------------------------
# English bases
# ---------------------------------------------------------------------------------------------------------

EN_FITNESS = """# Stridewise Privacy Policy

Last updated: 3 March 2026

Stridewise Health Ltd ("Stridewise", "we", "us") makes the Stridewise app for iOS and Android, the Stridewise web dashboard and the Stride Band wrist tracker. This policy explains what personal data we collect when you use them, why we collect it, who we share it with and the choices you have.

Stridewise Health Ltd is the controller of your personal data. Our registered office is at 14 Harcourt Street, Dublin 2, D02 YX88, Ireland. You can reach our Data Protection Officer at privacy@stridewise.app.

## 1. Who this policy applies to

This policy applies to everyone who creates a Stridewise account, pairs a Stride Band or visits stridewise.app. Stridewise is not intended for anyone under 16, and we do not knowingly create accounts for people under that age. If you believe a child under 16 has given us personal data, contact us and we will delete it.

## 2. What we collect

**Account data.** Your name, email address, password (stored as a salted hash), date of birth, sex, height and weight. We use your date of birth and sex to estimate calories burned and to set your heart-rate zones.

**Activity and health data.** Steps, distance, pace, floors climbed, active minutes, heart rate, resting heart rate, sleep duration and sleep stages, and the workouts you record. If you turn on GPS for a workout, we collect the route of that workout. Heart-rate and sleep data are data concerning health: we only process them with your explicit consent, which you give when you pair a Stride Band or switch on heart-rate tracking in the app.

**Device data.** The model and firmware version of your Stride Band, your phone's operating system, the app version, your language, your time zone and a device identifier used to sync your band.

**Social data.** If you join challenges or add friends, your display name, profile picture and challenge results are visible to the people you choose.

**Payment data.** If you subscribe to Stridewise Premium, payment is handled by Apple, Google or, on the web, by Stripe. We receive a confirmation of payment and the last four digits of your card; we never see your full card number.

**Support data.** The messages you send us and any attachments you add.

## 3. Connected apps

You can connect Stridewise to Apple Health, Google Health Connect or Strava. When you do, we send the data types you select to that service and, if you allow it, import workouts from it. Each connection can be switched off at any time in Settings > Connected apps. Once data reaches another service, that service's own privacy policy applies to it.

## 4. Why we use your data

- To provide the service: sync your band, display your statistics, store your history and run challenges (performance of our contract with you).
- To process health data for the features you have turned on (your explicit consent, which you can withdraw at any time in Settings > Privacy).
- To keep accounts secure and detect fraud or abuse (our legitimate interest in protecting the service and its users).
- To understand how features are used, through aggregated statistics, so we can improve them (our legitimate interest).
- To send you service emails, such as receipts and security alerts (performance of our contract).
- To send you training tips and offers by email, only if you have opted in (your consent; every email has an unsubscribe link).
- To meet our legal obligations, for example keeping tax records of subscriptions.

We do not sell your personal data, and we never use your health data for advertising.

## 5. Who we share it with

We share personal data only with the service providers listed below, who process it on our instructions under a written contract, and with the people you choose to share challenge results with.

| Recipient | Service | Data | Location |
|---|---|---|---|
| Amazon Web Services EMEA SARL | Hosting and storage | All account, activity and health data | Ireland |
| Stripe Payments Europe Ltd | Web payments | Payment confirmation, email address | Ireland |
| Zendesk Inc. | Customer support tickets | Name, email address, support messages | Germany |
| Mailjet SAS | Service and marketing emails | Name, email address, language | France |
| Mapbox Inc. | Map display for GPS workouts | Workout routes, without your name | United States |

Mapbox processes workout routes in the United States. We rely on the European Commission's standard contractual clauses for this transfer; you can ask us for a copy at privacy@stridewise.app.

We may also disclose data where the law requires it, for example in response to a valid court order. If Stridewise is merged with or sold to another company, we will tell you before your data becomes subject to a different privacy policy.

## 6. How long we keep it

- Account data: for as long as your account is open, then deleted within 30 days of closure.
- Activity and health data: for as long as your account is open; you can delete individual workouts or your whole history at any time.
- Support messages: 24 months after the ticket is closed.
- Subscription and tax records: 6 years, as required by Irish tax law.
- Backups: overwritten within 35 days.

If your account has been inactive for 3 years, we will email you; if you do not sign in within 60 days of that email, we will close the account and delete your data.

## 7. Your rights

You have the right to access your data, to correct it, to have it deleted, to restrict or object to its processing and to receive it in a portable format. Where we rely on your consent, you can withdraw it at any time; this does not affect processing carried out before you withdrew it.

You can download all your data from Settings > Privacy > Export and delete your account from Settings > Account. For any other request, email privacy@stridewise.app from the address linked to your account. We reply within one month.

You also have the right to lodge a complaint with the Data Protection Commission ([www.dataprotection.ie](https://www.dataprotection.ie)) or with the supervisory authority of the country where you live.

## 8. Security

Data is encrypted in transit (TLS 1.2 or higher) and at rest. Only staff who need access to personal data to do their job can reach it, and every access is logged. Your band syncs over Bluetooth Low Energy using a pairing key unique to your device.

## 9. Our website

stridewise.app uses cookies that are strictly necessary for signing in and, only if you accept them, analytics cookies. See our [Cookie Notice](https://stridewise.app/cookies) for the list and to change your choice.

## 10. Changes to this policy

If we make significant changes, we will tell you by email and in the app at least 30 days before they take effect. The date at the top of this page shows when the policy was last updated.
"""

EN_AIWRITER = """# Quillmate Privacy Notice

Effective date: 12 January 2026

Quillmate is an AI writing assistant that helps you draft, rewrite and check text in your browser, in our desktop app and inside the tools you already use. This notice explains how Quillmate B.V. handles personal data. It applies to the Quillmate website (quillmate.ai), the Quillmate browser extension, the desktop app and the Quillmate API.

## Who we are

Quillmate B.V., Keizersgracht 221, 1016 DV Amsterdam, the Netherlands, is the controller for the personal data described in this notice. For Quillmate Teams workspaces, the organisation that holds the workspace decides how its members' documents are used; for that content we act as its processor under our Data Processing Agreement.

Our Data Protection Officer can be reached at dpo@quillmate.ai.

## Information we collect

### Information you give us

- **Account information:** name, email address, password or single sign-on identifier, language, and the writing goals you choose during onboarding (for example "academic", "business" or "creative").
- **Your content:** the documents you open in Quillmate, the text you select, the prompts you type and the suggestions and drafts Quillmate generates for you ("outputs").
- **Feedback:** when you accept, reject or rate a suggestion, and any comments you add.
- **Billing information:** billing name, address and VAT number for Pro and Teams plans. Card details are collected directly by our payment provider.

### Information collected automatically

- **Usage information:** which features you use, how often, the length of the texts you check, errors and crash reports.
- **Device information:** browser type and version, operating system, extension version, IP address and approximate location derived from it (country and region).
- **Website host:** when the browser extension is active, the domain of the website you are writing on (for example docs.example.com), but not the full address of the page or any content outside the text field you are working in.

We do not collect the content of websites you visit, and the extension stays inactive on sites you add to your block list.

## How we use information

We use your information to:

1. Provide Quillmate: analyse the text you send, generate suggestions and drafts, and save your documents and preferences.
2. Keep Quillmate safe: detect abuse, spam and attempts to generate unlawful content, and protect accounts from takeover.
3. Improve the product: measure which features are used and where suggestions are rejected, using usage information and feedback, never the text of your documents.
4. Communicate with you: send receipts, security notices and, if you have agreed, product news.
5. Comply with law: keep invoices and respond to lawful requests from authorities.

Our legal bases are the performance of our contract with you (1 and 4, except product news), our legitimate interests in running a safe and reliable service (2 and 3), your consent (product news) and our legal obligations (5).

**Training.** We never use your documents, prompts or outputs to train or fine-tune AI models, ours or anyone else's. Our models are trained on licensed and publicly available text only.

## AI model providers

Some suggestions are generated by large language models that we host ourselves; others are generated by the model providers listed below. Your text is sent to them only to generate the suggestion you asked for. Each provider is contractually bound to process it on our behalf only, not to keep it beyond the retention stated below and not to use it to train its models.

## Sub-processors

| Sub-processor | Purpose | Location | Privacy information |
|---|---|---|---|
| Microsoft Ireland Operations Ltd (Azure) | Cloud hosting, hosted language models | Netherlands, Ireland | [Microsoft Privacy Statement](https://privacy.microsoft.com/privacystatement) |
| Mistral AI SAS | Language model inference | France | [Mistral AI Privacy Policy](https://mistral.ai/terms/#privacy-policy) |
| Stripe Payments Europe Ltd | Payments and invoicing | Ireland | [Stripe Privacy Policy](https://stripe.com/privacy) |
| Intercom R&D Unlimited Company | Customer support chat | Ireland | [Intercom Privacy Policy](https://www.intercom.com/legal/privacy) |
| Sentry (Functional Software Inc.) | Error monitoring | Germany | [Sentry Privacy Policy](https://sentry.io/privacy/) |

We keep all content in the European Economic Area. If this changes, we will update this table and tell you in advance.

We do not sell personal data and we do not share it with advertisers.

## How long we keep information

- **Documents** you save in Quillmate stay until you delete them or close your account.
- **Prompts and outputs** that you do not save in a document are kept in our logs for 90 days so we can investigate abuse, then deleted.
- **Text sent to model providers** is deleted by them within 24 hours.
- **Usage information** is kept for 24 months in identifiable form, then aggregated.
- **Billing records** are kept for 7 years, as Dutch tax law requires.

When you close your account, we delete your documents and account information within 30 days, except billing records.

## Your rights

If you are in the EEA, the UK or Switzerland you can ask us to give you a copy of your personal data, to correct it, to delete it, to restrict how we use it, to send it to you or to another service in a machine-readable format, and you can object to processing based on our legitimate interests. You can withdraw consent to product news at any time with the link in each email.

Most of this can be done in Settings > Account > Privacy. You can also email dpo@quillmate.ai. We answer within one month, and we may ask you to confirm the request from the email address on your account.

You can complain to the Dutch Data Protection Authority ([Autoriteit Persoonsgegevens](https://autoriteitpersoonsgegevens.nl)) or to the authority where you live.

## Children

Quillmate is not directed at children under 16. Pupils aged 13 to 15 may only use Quillmate through a Teams workspace set up by their school, which then decides how their data is used.

## Changes

We will post any change to this notice on this page. If a change is significant, we will also email account holders and show a notice in the app at least 30 days before it applies.
"""

EN_JOURNAL = """# Tidepool Journal - Privacy Policy

Version 4.2 - last updated 19 February 2026

Tidepool Journal helps you keep a private diary of your moods, thoughts and habits. We know that what you write here is personal, so we have tried to keep this policy short and clear. Tidepool Journal is published by Tidepool Labs Ltd, 3 Queen Street, Edinburgh EH2 1JE, United Kingdom, which is the controller of your data. Our EU representative is Tidepool Labs Europe, Nordre Fasanvej 113, 2000 Frederiksberg, Denmark. You can contact us at privacy@tidepooljournal.com.

## What we collect and why

**Your entries.** Journal entries, mood check-ins (a score from 1 to 5 and the feelings you tag), habits you track and the photos you attach. We store them so you can read them on all your devices. Entries are end-to-end encrypted with a key derived from your passcode: our staff cannot read them, and neither can we if we are asked to.

**Your account.** Email address and, if you choose, a first name we use to greet you. If you subscribe to Tidepool Plus, the app store tells us your subscription status; we never receive your payment details.

**Reminders.** The times you choose for your daily reminder, and your time zone.

**Usage.** Which screens you open, how many entries you write per week (not their content), app version, device model and crash logs. We use this to fix bugs and decide what to build next.

Mood check-ins and entries can reveal information about your health. We process them on the basis of your explicit consent, which you give when you create your journal. You can withdraw it by deleting your journal; we then erase all entries and mood data. Account and reminder data are processed to perform our contract with you, and usage data on the basis of our legitimate interest in keeping the app working.

## Insights

The weekly Insights screen shows patterns in your mood check-ins, for example which habits tend to come with better days. Insights are computed on your device from your decrypted data and are never sent to us.

## Who sees your data

Nobody else, unless you choose to share an entry or export it. We use a small number of processors to run the app: Google Cloud (hosting, in Belgium), Postmark (account emails) and Sentry (crash reports). None of them can read your encrypted entries. We do not sell your data, we do not show ads, and we do not share anything with employers, insurers or data brokers.

## How long we keep it

Your entries stay until you delete them. If you delete your account, everything is erased from our servers within 14 days and from backups within 30 days. Usage data is kept for 12 months.

## Your rights

You may access, correct, export or delete your data, object to our use of usage data, and complain to the Information Commissioner's Office or to your local data protection authority. Most of this you can do yourself in Settings > Privacy. For anything else, write to privacy@tidepooljournal.com; we reply within 30 days.

## If you are in crisis

Tidepool Journal is not a medical service and no one monitors your entries. If you are in danger, please contact your local emergency number.

## Changes

If we change this policy in a way that affects you, we will tell you in the app before the change takes effect.
"""

EN_PERIOD = """Cyclia Privacy Policy
=====================

Last updated: 2 April 2026

Cyclia is a period and fertility tracking app made by Cyclia GmbH, Torstrasse 109, 10119 Berlin, Germany ("Cyclia", "we"). We are the controller of the personal data processed in the app. This policy tells you what we do with it.

The short version: your cycle data is yours. We use it to make predictions for you and for nothing else. We do not sell it, we do not use it for advertising and we do not give it to anyone without a court order that binds us under German law.

What we process
---------------

* **Cycle and health data** you log: period start and end dates, flow, symptoms, basal body temperature, ovulation and pregnancy test results, sexual activity, contraception, mood and notes.
* **Profile data**: year of birth, average cycle length, and the goal you choose (track periods, try to conceive, pregnancy).
* **Account data**: email address and password, if you create an account to back up your data. You can also use Cyclia without an account; your data then stays on your phone only.
* **Technical data**: app version, operating system, language and anonymous crash reports.

Cycle and health data are special categories of personal data. We process them only with your explicit consent, which you give in the app before you log anything. You can withdraw it at any time by deleting your data in Settings > Privacy; this does not affect processing that happened before. Account data is processed to perform our contract with you. Technical data is processed on the basis of our legitimate interest in a working app.

How we use it
-------------

* to calculate predictions of your next period and fertile window;
* to back up your data and sync it between your devices, if you have an account;
* to answer you when you contact us;
* to fix crashes and improve the app, using technical data only.

We do not use your cycle data for research, and we do not combine it with data from other sources.

Where it is stored
------------------

Backed-up data is stored encrypted on servers of Hetzner Online GmbH in Germany. We do not transfer personal data outside the European Union.

Who receives it
---------------

Hetzner (hosting), Brevo (account emails) and our customer support tool Freshdesk receive only what they need to provide their service to us. Apple and Google handle in-app purchases under their own terms; we never receive your payment details.

How long we keep it
-------------------

Data in your account is kept until you delete it or close the account. Accounts that have not been used for 24 months are deleted after we warn you by email. Support messages are deleted 12 months after your request is closed.

Your rights
-----------

You have the right of access, rectification, erasure, restriction, portability and objection. Because cycle data is so sensitive, we have made the main rights self-service: you can export all your data as a CSV file or delete it permanently from Settings > Privacy at any time.

For other requests, write to privacy@cyclia.app from the email address of your account, so we can be sure the request comes from you. We answer within one month.

You may also lodge a complaint with the Berlin Commissioner for Data Protection and Freedom of Information or with the supervisory authority where you live.

Changes
-------

We will tell you about important changes in the app before they apply.
"""

EN_PASSWORDS = """# Vaultline Privacy Policy

*Effective 1 February 2026*

Vaultline is a password manager for individuals, families and businesses. We designed it so that we cannot see what you store: your vault is encrypted on your device with a key derived from your master password, and we only ever hold the encrypted result. This policy covers the limited data we do process. The controller is Vaultline Security AB, Regeringsgatan 29, 111 53 Stockholm, Sweden.

## Zero-knowledge vault

Passwords, passkeys, notes, card details, documents and any other item you put in your vault are encrypted with AES-256 before they leave your device. Your master password is never sent to us and we do not store it in any form. If you forget it, we cannot recover your vault: you will need your recovery kit or, on a family or business plan, an account recovery by your administrator.

## What we process

- **Account data**: your email address, your plan, the name of your family or business account, and the public part of your encryption key pair.
- **Encrypted vault data**: your encrypted vault, the number of items it contains and its size. We cannot read the items themselves.
- **Device and sign-in data**: device type, operating system, app version, IP address at sign-in and the time of each sign-in, so we can show you your active sessions and warn you about unusual sign-ins.
- **Billing data**: name, billing country and VAT number. Card payments are handled by [Paddle](https://www.paddle.com/legal/privacy), which acts as our reseller and merchant of record.
- **Support data**: the content of your messages to our support team. Please never send us a password.

## Why we process it

We use this data to run your account and sync your vault (contract), to secure the service and stop attacks such as credential stuffing (legitimate interest), to bill you (contract and legal obligation), and to answer your questions (contract). We do not use your data for advertising or profiling, and our apps contain no third-party trackers.

## Breach monitoring

If you turn on Watchtower, your app checks whether your saved passwords appear in known data breaches. It sends only the first five characters of a hash of each password to the breach database, so neither we nor the database learn the password.

## Where your data is processed

Our servers are run by Google Cloud in Finland and in Belgium. Transactional emails are sent by [Postmark](https://postmarkapp.com/privacy-policy) from the European Union.

## Retention

We keep account data for as long as your account exists. When you delete your account, we delete your encrypted vault immediately and your other data within 30 days, except billing records, which we keep for 7 years under Swedish accounting law. Sign-in logs are deleted after 12 months.

## Your rights

You can access, correct and export your data from the Vaultline app, and delete your account in Settings > Account. For other requests, or to object to processing, contact privacy@vaultline.se. You have the right to lodge a complaint with the Swedish Authority for Privacy Protection (IMY).

## Changes

We will notify you by email of any material change at least one month before it takes effect.
"""

EN_PODCAST = """# Cookie Policy

Castbarn Media Ltd - last reviewed 5 January 2026

Castbarn hosts podcasts: creators upload episodes to castbarn.com, and listeners hear them through our web player, our embeddable player and any podcast app that reads a Castbarn RSS feed. This policy explains the cookies and similar technologies we use on castbarn.com, in the creator dashboard and in the embeddable player. It complements our [Privacy Policy](https://castbarn.com/privacy).

## What cookies are

Cookies are small text files that a website stores in your browser. Similar technologies, such as local storage and pixels, work in a comparable way; in this policy we call them all "cookies".

Podcast apps that download episodes from an RSS feed do not receive our cookies. Download statistics for creators are calculated from server logs, as described in our Privacy Policy.

## The cookies we use

**Strictly necessary cookies** keep you signed in to the creator dashboard, remember your cookie choices and protect forms against abuse. They do not need your consent.

**Preference cookies** remember your playback speed and volume in the player. We set them only if you accept them.

**Analytics cookies** tell us how visitors find castbarn.com and which pages they use, so we can improve the site. We set them only if you accept them.

We do not use advertising cookies, and the embeddable player does not set any cookie on the creator's website except the preference cookies described above, and only with consent.

| Name | Provider | Category | Purpose | Lifetime |
|---|---|---|---|---|
| cb_session | Castbarn | Strictly necessary | Keeps you signed in to the dashboard | Session |
| cb_csrf | Castbarn | Strictly necessary | Protects forms against cross-site request forgery | Session |
| cb_consent | Castbarn | Strictly necessary | Stores your cookie choices | 6 months |
| cb_player | Castbarn | Preference | Remembers playback speed and volume | 12 months |
| _pk_id | Matomo (self-hosted by Castbarn) | Analytics | Distinguishes visitors | 6 months |
| _pk_ses | Matomo (self-hosted by Castbarn) | Analytics | Groups page views into a visit | 30 minutes |
| _hjSessionUser | Hotjar Ltd | Analytics | Records anonymised heatmaps of the pricing pages | 12 months |

Our Matomo instance runs on our own servers in Germany and the data it collects is not shared with anyone. Hotjar Ltd is based in Malta and processes data in the European Union; see the [Hotjar privacy policy](https://www.hotjar.com/legal/policies/privacy/).

## Your choices

When you first visit castbarn.com, a banner lets you accept all cookies, reject all non-essential cookies or choose by category. You can change your mind at any time through the "Cookie settings" link at the bottom of every page. We keep your choice for 6 months and then ask again.

You can also delete cookies or block them in your browser settings, but the creator dashboard will not work without strictly necessary cookies.

## Contact

Questions about cookies can be sent to privacy@castbarn.com.
"""

EN_JOBS = """# HireHarbour Privacy Policy

Last updated: 10 March 2026

HireHarbour is an online job board. Candidates create a profile, upload a CV and apply to jobs; employers and recruitment agencies publish vacancies and review applications. This policy explains how HireHarbour Ltd ("HireHarbour", "we") handles personal data of candidates, employer users and visitors of hireharbour.co.uk and our apps.

## 1. Who is responsible

HireHarbour Ltd, 40 Whitworth Street, Manchester M1 3NR, United Kingdom (company number 09876543), is the controller of personal data processed on HireHarbour. When you apply to a job, the employer or agency that receives your application becomes a separate controller of the data you send them, and its own privacy notice applies.

Our Data Protection Officer can be contacted at dpo@hireharbour.co.uk or at the postal address above, marked "For the attention of the DPO".

## 2. Data we collect

### 2.1 Candidates

- Identity and contact details: name, email address, phone number, town or postcode.
- Professional information: CV, cover letters, job titles, employers, education, qualifications, skills, languages, salary expectations and availability.
- Right-to-work answers, when an employer asks whether you are entitled to work in the UK (yes or no; we do not ask for your passport).
- Job preferences and search history: the searches you save, the jobs you view, save and apply to, and the job alerts you set up.
- Messages you exchange with employers through HireHarbour.
- Equal-opportunities answers, if an employer invites you to fill in its optional diversity questionnaire. These answers can reveal ethnic origin, disability or sexual orientation; we collect them only with your explicit consent and pass them to the employer only in aggregated, anonymous form.

### 2.2 Employer users

Name, work email address, phone number, job title, company, billing details and the vacancies you publish.

### 2.3 Data we receive from others

If you sign up with Google, Apple or LinkedIn, we receive your name, email address and profile picture from that service. If a recruitment agency registers you, with your agreement, to apply to jobs on your behalf, it gives us your contact details and CV, and we email you to confirm. We do not contact your referees and we do not collect data about you from social networks.

### 2.4 Everyone

Device and log data (IP address, browser, operating system, pages visited, dates and times) and, if you accept them, analytics cookies. See our [Cookie Policy](https://hireharbour.co.uk/cookies).

## 3. How we use it and our legal bases

| Purpose | Data | Legal basis |
|---|---|---|
| Running your account and your applications | Identity, professional information, messages | Contract |
| Sending the job alerts you set up | Contact details, job preferences | Contract |
| Recommending jobs that match your profile | Professional information, job preferences, search history | Legitimate interest (you can switch recommendations off) |
| Showing your profile to recruiters who search the CV database, if you make your profile searchable | Identity, professional information | Consent |
| Passing diversity answers to employers in anonymous form | Equal-opportunities answers | Explicit consent |
| Preventing fraud, fake vacancies and abuse | All categories, log data | Legitimate interest |
| Invoicing employers | Employer user data | Contract, legal obligation |
| Measuring and improving our services | Log data, analytics cookies | Legitimate interest; consent for cookies |

Employers see applications in the order they were received and decide themselves which candidates to contact.

## 4. Who receives your data

- **Employers and agencies** you apply to receive your application: your CV, cover letter, contact details and answers to their screening questions.
- **Recruiters searching the CV database** see your profile only if you have made it searchable. You can hide it at any time in Settings > Visibility.
- **Service providers** that work for us under contract: [Amazon Web Services](https://aws.amazon.com/privacy/) (hosting, London region), [SendGrid](https://www.twilio.com/en-us/legal/privacy) (emails), [Zendesk](https://www.zendesk.com/company/agreements-and-terms/privacy-notice/) (support) and [Stripe](https://stripe.com/gb/privacy) (employer payments).
- **Authorities**, when we are legally required to disclose data.

Some of our service providers are based in the United States. Where your data is transferred there, we rely on the UK Extension to the EU-US Data Privacy Framework or on the UK International Data Transfer Addendum to the standard contractual clauses.

We never sell candidates' data and we do not share it with advertisers.

## 5. How long we keep it

| Data | Retention |
|---|---|
| Candidate profile and CV | Until you delete them, or 12 months after your last sign-in |
| Applications you sent | 12 months after the application date |
| Messages with employers | 12 months after the last message |
| Equal-opportunities answers | 6 months after the application date |
| Employer account and vacancies | For the duration of the contract, then 6 years for invoices |
| Log data | 90 days |

Before we delete an inactive profile, we send you an email so you can keep your account by signing in.

## 6. Your rights

Under UK data protection law you have the right to:

- access the personal data we hold about you;
- have inaccurate data corrected;
- have your data erased;
- restrict or object to processing, including the job recommendations based on our legitimate interest;
- receive your data in a portable format;
- withdraw any consent you have given, for example by making your profile private.

To exercise these rights, use Settings > Privacy or email dpo@hireharbour.co.uk. We will respond within one month. If you are unhappy with our answer, you can complain to the Information Commissioner's Office at [ico.org.uk](https://ico.org.uk/make-a-complaint/).

## 7. Newsletters and job alerts

Job alerts are sent at the frequency you choose and stop as soon as you delete them. Our monthly career newsletter is sent only to candidates who ticked the box to receive it; you can unsubscribe with the link at the bottom of each issue or in Settings > Emails. We measure whether newsletters are opened and which links are clicked, so we can make them more useful.

## 8. Security

We use encryption in transit and at rest, two-factor authentication for employer accounts and regular security testing. Employers must verify their company before they can read applications.

## 9. Changes to this policy

When we make material changes, we will email registered users and display a notice on the site at least one month before the new version applies.
"""

EN_NEOBANK = """# Brightpenny Privacy Notice

Version 7 - effective 1 March 2026

This notice explains how Brightpenny handles your personal data when you apply for and use a Brightpenny account, card and app. Brightpenny accounts are provided by Brightpenny UAB, an electronic money institution licensed and supervised by the Bank of Lithuania (licence no. 74), registered at Konstitucijos pr. 21A, 08130 Vilnius, Lithuania. Brightpenny UAB is the controller of your personal data.

You can contact our Data Protection Officer by email at dpo@brightpenny.eu or through the chat in the app by choosing "Privacy question".

## 1. The data we process

**Identity data:** full name, date and place of birth, nationality, tax residence and tax identification number, a copy of your identity document and a selfie video taken during sign-up.

**Contact data:** home address, email address and mobile phone number.

**Financial data:** your account number (IBAN), balance, card details, transactions (amount, date, merchant or counterparty, category), savings goals, the source of your funds and, if you ask for an overdraft, your income and employment status.

**Device and app data:** device model and identifier, operating system, IP address, app version, and how you use the app (for example, screens opened and errors).

**Communications:** chat transcripts, emails and recordings of calls with our support team.

**Data from third parties:** results of identity verification from our verification provider, sanctions and politically-exposed-person screening, and, for overdrafts, your credit report from a credit reference agency.

## 2. Why we use it

| Purpose | Legal basis |
|---|---|
| Opening and running your account, executing payments, issuing your card | Performance of our contract |
| Verifying your identity, anti-money laundering and counter-terrorist financing checks, sanctions screening | Legal obligation |
| Detecting and preventing fraud and unauthorised card use | Legal obligation and our legitimate interest in protecting customers |
| Assessing overdraft applications | Performance of a contract at your request |
| Reporting to tax authorities (CRS / FATCA) | Legal obligation |
| Improving the app, through analysis of how features are used | Legitimate interest |
| Telling you about new Brightpenny products | Consent (you can withdraw it in Settings > Notifications) |

## 3. Automated decisions

We use automated systems to check your identity during sign-up and to block card payments that look fraudulent. When we decide on an overdraft application, we use an automated assessment of your credit report, income and account history. You can ask for a person to review any of these decisions, give your point of view and contest the decision by writing to us in the app chat.

## 4. Who we share data with

- Identity verification: [Onfido Ltd](https://onfido.com/privacy/) (United Kingdom).
- Card issuing and processing: Mastercard Europe SA (Belgium) and our card processor Marqeta Europe Ltd (United Kingdom).
- Cloud hosting: Google Cloud (Belgium and Finland).
- Customer support tools: Intercom R&D Unlimited Company (Ireland).
- Credit reference agency, only for overdraft applications: Creditinfo Lietuva UAB (Lithuania).
- Payment recipients and their banks, when you make a transfer (they see your name and IBAN).
- Public authorities: the Bank of Lithuania, the Financial Crime Investigation Service, tax authorities and courts, when the law requires it.

The United Kingdom benefits from an adequacy decision of the European Commission, so transfers to Onfido and Marqeta need no additional safeguard.

We do not sell your data and we do not share it with third parties for their own marketing.

## 5. How long we keep it

Anti-money laundering law requires us to keep identity data, transaction records and correspondence for 8 years after our business relationship ends. Call recordings are kept for 5 years. If your application is refused or you abandon it, we keep the data you provided for 12 months to handle complaints and prevent fraud. Device and app data are kept for 24 months.

## 6. Your rights

You have the right to access your data, to have it corrected or erased, to restrict processing, to object to processing based on our legitimate interest, to data portability and to withdraw consent. Some rights are limited by law: for example, we cannot delete transaction records while we are required to keep them.

To exercise your rights, write to dpo@brightpenny.eu or use the in-app chat. We will respond within one month of receiving your request. If your request is complex, we may extend this by two further months and will tell you why within the first month.

If you think we have not handled your data properly, you can complain to the State Data Protection Inspectorate of Lithuania (www.ada.lt) or to the authority in your country.

## 7. Cookies and analytics in the app

Our website uses strictly necessary cookies and, if you agree, analytics cookies; details are in our [Cookie Policy](https://brightpenny.eu/cookies). In the app, we use Firebase Crashlytics to receive crash reports and our own analytics to see which screens are used. The app contains no advertising trackers.

## 8. Security

Your data is encrypted in transit and at rest. Staff access is limited by role, protected by hardware security keys and monitored. We will never ask you for your PIN, your full card number or a one-time code by phone or email.

## 9. Changes to this notice

We will notify you in the app and by email at least two months before any significant change takes effect, as payment services law requires for changes to our terms.
"""

EN_PARKING = """# Kerbside privacy notice

Updated 14 January 2026

Kerbside lets you find, book and pay for parking on-street and in partner car parks from your phone. This notice explains how Kerbside Mobility Ltd, 2 Temple Back East, Bristol BS1 6EG ("Kerbside"), uses your personal data. We are the controller of that data. You can contact us at privacy@kerbside.app.

## What we collect

- **Account details**: name, email address, mobile number and password.
- **Vehicles**: the registration number, make and colour of each vehicle you add.
- **Parking sessions**: the location code, start and end time, price paid and the car park or zone where you parked.
- **Location**: if you allow it, your phone's location while the app is open, so we can show parking near you and suggest the right zone. We do not track your location in the background.
- **Payment details**: payment cards are stored by our payment provider, [Adyen](https://www.adyen.com/policies-and-disclaimers/privacy-policy); we only see the card type and last four digits.
- **Penalty charge queries**: if you contact us about a parking fine, the details you send us.

## How we use it

We use this data to run parking sessions and take payment (contract), to send you reminders before your session ends (contract), to pass your session details to the council or car park operator so their wardens know you have paid (contract and legitimate interest), and to handle your queries. With your consent, we send you news about Kerbside features and offers. We also use aggregated, non-identifying statistics to help councils plan parking.

## Who we share it with

Councils and car park operators receive the registration number, zone, start and end time of your sessions in their area, and use this data as controllers to enforce parking rules. Their privacy notices are listed on our [operators page](https://kerbside.app/operators).

We also use processors: [Adyen](https://www.adyen.com/policies-and-disclaimers/privacy-policy) for payments, [Twilio](https://www.twilio.com/en-us/legal/privacy) for reminder text messages, and Microsoft Azure (UK South region) for hosting.

We do not sell your data.

## How long we keep it

We keep parking session records for 6 years, because councils may reopen a penalty charge dispute and because tax law requires it. Account details are deleted 30 days after you close your account. Location data is not stored after the app closes.

## Your rights

You can ask for a copy of your data, ask us to correct or delete it, object to our use of it or ask us to restrict it, and ask for your session history in a reusable format. Email privacy@kerbside.app. You can also complain to the [Information Commissioner's Office](https://ico.org.uk).

## Changes

We will let you know in the app if we make important changes to this notice.
"""

EN_VPN = """# Tunnelfox VPN - Privacy Policy

Last updated: 8 December 2025

Tunnelfox is a virtual private network (VPN) service. It routes your internet traffic through an encrypted tunnel to one of our servers, so that your internet provider and the networks you use cannot see which sites you visit. This policy explains the little data we need to run the service.

Tunnelfox is operated by Tunnelfox Networks s.r.o., Karolinská 654/2, 186 00 Prague 8, Czech Republic, the controller of your personal data. Questions about privacy can be sent to privacy@tunnelfox.net.

## Our no-logs promise

We never log the websites you visit, the content of your traffic, the DNS queries you make, your originating IP address or the VPN IP address you are assigned. Our VPN servers run from memory only (RAM-disk) and are wiped each time they restart. This promise is checked every year by an independent auditor; the latest report is published on our [transparency page](https://tunnelfox.net/transparency).

## What we do collect

- **Account data**: your email address and a hashed password. You can also create an account with only a random account number and no email.
- **Payment data**: the plan you bought and the date of payment. Payments are handled by Paddle, or by BTCPay if you pay in cryptocurrency; we do not see your card details.
- **Connection counts**: the number of devices connected to your account at the same moment, kept in memory only while you are connected, to enforce the limit of 8 devices.
- **Aggregate server load**: the total bandwidth used on each server, not linked to any account.
- **Support messages**: the content of your emails to support, if you write to us.
- **App diagnostics**: crash reports, only if you turn on "Send crash reports" in the app. They contain the app version, operating system and error trace, not your IP address.

## How we use it

We use account and payment data to provide the service you paid for and to keep our accounting records. We use aggregate server load to plan capacity. We use support messages and crash reports to help you and to fix problems.

## Who we share it with

We share data only with the payment processors mentioned above and with our email provider (Proton AG, Switzerland) for support emails. Switzerland benefits from an adequacy decision of the European Commission. We do not sell data, we do not use advertising trackers and our apps contain no third-party analytics.

If we receive a request from an authority, we can only hand over what we have: an email address, if you gave one, and payment dates. We publish the number of such requests on our transparency page twice a year.

## How long we keep it

Account data is kept for as long as your account exists and deleted within 7 days after you delete your account. Payment records are kept for 10 years, as Czech accounting law requires. Support messages are deleted after 12 months, crash reports after 90 days.

## Your rights

You can access, correct, delete and export your data and object to processing by writing to privacy@tunnelfox.net. If you created an anonymous account, we may ask you to prove that you hold the account number. You may complain to the Czech Office for Personal Data Protection (UOOU).

## Changes

We will notify account holders by email, or in the app if you have no email on file, at least 30 days before a material change to this policy.
"""

EN_SURVEY = """# Pollwright Privacy Policy

Last updated: 20 October 2025

Pollwright is an online tool for building surveys, quizzes and forms and analysing the answers. This policy is published by Pollwright Software Ltd, 7 Lower Baggot Street, Dublin 2, Ireland ("Pollwright"). It covers two groups of people: **creators**, who have a Pollwright account and build surveys, and **respondents**, who answer them.

## Respondents: who is in charge of your answers

When you answer a survey, the creator of that survey decides what to ask and what to do with your answers; the creator is the controller of your responses and Pollwright processes them on the creator's behalf. If you have questions about a survey, please contact the organisation that sent it to you. Pollwright does not use survey responses for its own purposes, does not contact respondents and never sells responses.

What we process for creators: the answers you give, the time you took, the language of your browser and your IP address. We use the IP address to stop the same person answering a survey many times when the creator turns on that option, and to estimate your country if the creator asks for it.

## Creators: what we collect

- Your name, email address, password and, optionally, your organisation and role.
- Your surveys, their settings and the responses they collect.
- Billing details for paid plans: billing name and address, VAT number and a token for your card, which is stored by our payment provider.
- How you use Pollwright: features used, log-in times, browser and device, IP address.
- Your conversations with our support team.

## Why we use it

- To provide your account and host your surveys (contract).
- To bill you (contract and legal obligation).
- To keep Pollwright secure and prevent abuse, such as phishing surveys (legitimate interest).
- To improve Pollwright using statistics on how features are used (legitimate interest).
- To send you product updates and webinars invitations if you agreed (consent, withdrawable at any time).

## Who we share data with

We use service providers to run Pollwright: Amazon Web Services in Ireland for hosting, Stripe for payments, HubSpot for our newsletter and support inbox, and Postmark for system emails. They may only use the data to provide their service to us. HubSpot and Postmark are based in the United States; we use the European Commission's standard contractual clauses with them.

We disclose data to authorities only when required by law.

## How long we keep it

Surveys and responses are kept for as long as the creator's account is active, unless the creator deletes them earlier. After a creator closes an account, we delete surveys and responses within 60 days. Billing records are kept for 6 years. Usage logs are kept for 13 months.

## Your rights

Creators can access, correct, export and delete their data from their account settings or by writing to privacy@pollwright.com. You can also object to processing based on our legitimate interests and withdraw consent to marketing.

Respondents should contact the survey creator first. If you cannot reach the creator, write to us and we will pass your request on.

Everyone may lodge a complaint with the Irish Data Protection Commission.

## Changes

We will email creators about significant changes at least 30 days before they take effect.
"""

EN_THERMOSTAT = """# Hearthly Privacy Policy

Effective 1 December 2025

Hearthly makes smart thermostats, radiator valves and room sensors, and the Hearthly app that controls them. This policy describes how Hearthly Technologies B.V., Stationsplein 45, 3013 AK Rotterdam, the Netherlands ("Hearthly"), uses personal data collected through our devices, the app and hearthly.com. Hearthly is the controller.

## 1. Information we collect

**Account information**: name, email address, password, home address or postcode (used for local weather and time zone) and the names you give to your home and rooms.

**Device and home data**: room temperatures and humidity measured by your devices, the target temperatures and schedules you set, boiler or heat pump on/off times, and the firmware version and status of each device.

**Presence data**: if you turn on Auto-Away, the app uses your phone's location to detect whether anyone is at home. Only the result (home or away) is sent to our servers, not your coordinates.

**Energy data**: if you enter your tariff or connect your smart meter, your gas and electricity consumption per half hour.

**Support data**: your messages to our support team, and diagnostic logs from your devices if you agree to share them.

## 2. How we use it

- To control your heating, show your history and send you alerts, for example when a room gets too cold or a battery is low (contract).
- To calculate savings reports and heating tips from your energy data (contract).
- To detect faults and keep devices and firmware secure (legitimate interest).
- To improve our heating algorithms using pseudonymised temperature and schedule data (legitimate interest; you can object in the app under Settings > Privacy).
- To send you marketing emails, only with your consent.

## 3. Sharing

We share personal data with processors that host our platform (Amazon Web Services, Frankfurt), send our emails (Brevo, France) and provide customer support (Freshworks, Netherlands). If you link Hearthly to a voice assistant such as Amazon Alexa or Google Assistant, we exchange with it the commands and room temperatures needed for the integration.

We do not share your home data with insurers or advertisers, and we do not sell personal data.

## 4. Retention

Temperature, schedule and presence history is kept for 24 months and then deleted. Energy data is kept for 36 months so you can compare years. Account data is deleted within 30 days after you close your account. Support data is kept for 2 years.

## 5. Your rights

You can access, rectify, erase and port your data, object to processing and withdraw consent. The Hearthly app lets you download your history and delete your account. For other requests, contact our privacy team:

Hearthly Technologies B.V.
Attn. Privacy Team
Stationsplein 45
3013 AK Rotterdam
The Netherlands
privacy@hearthly.com

You may complain to the Autoriteit Persoonsgegevens.

## 6. Changes

We will inform you in the app and by email of material changes before they apply.
"""

EN_GAMES = """# Pixel Orchard Games - Cookies, SDKs and Advertising Policy

Last updated: 15 February 2026

Pixel Orchard Games Oy ("Pixel Orchard", "we"), Mannerheimintie 12 B, 00100 Helsinki, Finland, makes free-to-play mobile games, including Orchard Rush, Tiny Harbour and Goblin Bakery. Our games are free to download and are paid for by optional in-game purchases and advertising. This policy explains the cookies on pixelorchard.com and the software development kits (SDKs) and identifiers used in our games. Read it together with our [Privacy Policy](https://pixelorchard.com/privacy).

## What we use

**Cookies** on our website: small files stored in your browser.

**SDKs** in our games: pieces of code from us or from partners that collect information from your device, such as the game version, device model, language, IP address and advertising identifier (IDFA on iOS, Advertising ID on Android).

**Advertising identifiers**: identifiers set by your device's operating system that advertising partners use to count ad views and, if you allow it, to show ads based on your interests.

## Categories

**Essential**: needed to run the game or website, save your progress, process purchases and prevent cheating. They are always on.

**Analytics**: help us understand how players progress through levels and where the game is too hard or too easy. We use them only with your consent, which you give or refuse on the first screen of each game.

**Advertising**: let our ad partners show you ads between levels and in exchange for rewards. If you consent, ads may be personalised using your advertising identifier. If you refuse, you will still see ads, but they will not be based on your interests and the advertising identifier will not be shared.

## Partners

| Partner | Category | What it does | Data it receives | Retention |
|---|---|---|---|---|
| Pixel Orchard backend | Essential | Saves progress, purchases, anti-cheat | Player ID, game events, purchase receipts | While the game is installed and 12 months after last play |
| Google Firebase | Analytics | Game analytics, crash reporting | App instance ID, game events, device data | 14 months |
| Unity Ads | Advertising | Shows ads and rewarded videos | Advertising ID (with consent), IP address, device data | Per Unity policy, up to 13 months |
| Google AdMob | Advertising | Shows banner and interstitial ads | Advertising ID (with consent), IP address, device data | Per Google policy, up to 13 months |

Links to our partners' privacy policies: [Google](https://policies.google.com/privacy) and [Unity](https://unity.com/legal/game-player-and-app-user-privacy-policy).

## Children

Our games are rated for players aged 12 and over. If a player tells us they are under 16, we switch off analytics and personalised advertising on that device, whatever the consent screen says.

## Your choices

You can change your choices at any time in each game under Settings > Privacy. You can also reset your advertising identifier or turn off personalised ads in your device settings. On our website, use the "Cookie settings" link in the footer.

## Contact

For any question, write to privacy@pixelorchard.com. You can also complain to the Finnish Data Protection Ombudsman.
"""

EN_PHOTOPRINT = """# Cookie Policy

**Printloft** - cookie policy for printloft.co.uk and the Printloft apps

Last updated: 27 January 2026

## 1. About this policy

Printloft Ltd ("Printloft", "we", "us") runs printloft.co.uk and the Printloft apps, where you can upload your photos and order prints, photo books, calendars, canvases and cards. Printloft Ltd is registered in England and Wales under number 08123456, and our registered office is at Unit 4, Kirkstall Forge, Leeds LS5 3BF.

This policy explains what cookies and similar technologies we use, why we use them and how you can control them. It should be read with our [Privacy Policy](https://www.printloft.co.uk/privacy), which explains how we handle your photos, orders and account details.

## 2. What are cookies?

Cookies are small text files placed on your device when you visit a website. They allow the site to recognise your device and remember things, such as what is in your basket. Some cookies are set by us ("first-party cookies") and some by other companies whose services we use ("third-party cookies").

Cookies can be "session cookies", which are deleted when you close your browser, or "persistent cookies", which stay on your device until they expire or you delete them. The lifetime of each cookie we use is given in the table in section 4; none of them lasts longer than 13 months.

We also use similar technologies:

- **Local storage** in your browser, which our photo editor uses to keep your unsaved project if your connection drops.
- **SDKs** in our iOS and Android apps, which do the same job as cookies inside the app.
- **Pixels** in our emails, which tell us whether an email was opened. You can turn off image loading in your email program to block them.

## 3. How we use cookies

We group the cookies we use into four categories.

### 3.1 Strictly necessary

These cookies are needed for the website to work: they keep you signed in, remember your basket and your photo projects, route your uploads to the right server, secure the checkout and remember your cookie choices. Because the site cannot work without them, they do not need your consent.

### 3.2 Functional

These cookies remember choices you make to improve your experience, such as your preferred paper finish, your currency and whether you closed the editor tutorial. We only set them if you accept functional cookies.

### 3.3 Analytics

These cookies help us understand how visitors use the site, for example which products they look at, where they leave the checkout and which pages load slowly. The information is reported to us in aggregated form. We only set them if you accept analytics cookies.

### 3.4 Customer feedback

These cookies let us show you a short survey after you place an order and link your answers to the visit, so we know which part of the site you are commenting on. We only set them if you accept them.

We do not use advertising or social media cookies, and we never allow third parties to track you on our site for their own purposes.

## 4. Cookies we use

| Cookie | Set by | Category | Purpose | Expires |
|---|---|---|---|---|
| PL_SESSION | Printloft | Strictly necessary | Keeps you signed in and links requests to your session | End of session |
| pl_basket | Printloft | Strictly necessary | Remembers the items in your basket | 30 days |
| pl_upload_node | Printloft | Strictly necessary | Sends your uploads to the same server | End of session |
| __cf_bm | Cloudflare | Strictly necessary | Distinguishes humans from bots to protect the site | 30 minutes |
| pl_consent | Printloft | Strictly necessary | Stores your cookie choices | 6 months |
| pl_prefs | Printloft | Functional | Remembers finish, currency and tutorial status | 6 months |
| _ga | Google Analytics | Analytics | Distinguishes unique visitors | 13 months |
| _ga_<container-id> | Google Analytics | Analytics | Keeps the state of the visit | 13 months |
| _clck | Microsoft Clarity | Analytics | Identifies the same visitor across pages for usability analysis | 12 months |
| _clsk | Microsoft Clarity | Analytics | Connects several page views into one recording | 1 day |
| tf_survey | Trustfeed | Customer feedback | Shows the post-order survey once and links it to your visit | 3 months |

We configure Google Analytics with IP anonymisation and with data sharing with Google turned off. Microsoft Clarity masks all text you type and does not record your photos.

## 5. Third parties

The third-party providers listed above each have their own privacy policy:

- [Cloudflare](https://www.cloudflare.com/privacypolicy/)
- [Google Analytics](https://policies.google.com/privacy)
- [Microsoft Clarity](https://privacy.microsoft.com/privacystatement)
- [Trustfeed](https://www.trustfeed.co.uk/privacy)

Some of these providers may process data in the United States. Where they do, they are certified under the EU-US Data Privacy Framework and its UK Extension, or we rely on standard contractual clauses.

## 6. Your choices

When you first visit printloft.co.uk, our cookie banner lets you:

- **Accept all** cookies;
- **Reject all** non-essential cookies; or
- **Manage preferences** to switch each category on or off.

The buttons are shown side by side and nothing except strictly necessary cookies is set until you choose. You can change your choice at any time through the **Cookie settings** link at the bottom of every page, and withdrawing consent is as easy as giving it. We remember your choice for 6 months, after which we ask you again.

In our apps, you can make the same choices under Account > Privacy settings.

You can also block or delete cookies in your browser settings. If you block strictly necessary cookies, you will not be able to order.

## 7. Changes to this policy

We may update this policy when we change the cookies we use. If we add a new category of cookies or a new third party, we will ask for your consent again before setting them.

## 8. Contact

If you have questions about our use of cookies, contact us at privacy@printloft.co.uk or write to: Data Protection Lead, Printloft Ltd, Unit 4, Kirkstall Forge, Leeds LS5 3BF.
"""

EN_SLEEP = """# Hushwave Privacy Policy

Last updated 30 January 2026

Hushwave is an app for better sleep. It plays sleep sounds and guided meditations, and, if you turn on Sleep Tracking, it listens through your phone's microphone during the night to estimate your sleep phases and record snoring or sleep talking. This policy is provided by Hushwave AS, Karl Johans gate 16, 0154 Oslo, Norway, the controller of your personal data. You can contact us at privacy@hushwave.app.

## What we process

**Account data**: email address, name (optional), age range, and your subscription status from the App Store or Google Play.

**Listening data**: which sounds and meditations you play, for how long and at what time.

**Sleep data** (only if you turn on Sleep Tracking): bedtime, wake-up time, estimated sleep phases, a sleep score, and short audio clips of sounds the app detects during the night, such as snoring or talking. The analysis of the microphone signal happens on your phone. Only the results and the clips are uploaded to your account so that you can see them on all your devices.

**Device data**: device model, operating system, app version, language and crash reports.

## Why we process it

We use account and listening data to provide the app and your subscription (contract). We use sleep data to show you your nights, trends and a weekly sleep report; because sleep data relates to your health, we only process it with your explicit consent, which you give when you turn on Sleep Tracking and can withdraw by turning it off. We use device data to fix bugs and keep the app secure (legitimate interest).

We do not use sleep data or audio clips for any other purpose, and we never listen to them.

## Who receives it

Our processors are Google Cloud (hosting in Finland), RevenueCat (subscription management) and Sentry (crash reports). They process data only on our instructions. Apple and Google handle payments as independent controllers.

## How long we keep it

Audio clips are deleted automatically 30 days after they are recorded, unless you mark a clip as a favourite. Other sleep data is kept while your account is open. Listening data is kept for 24 months. When you delete your account, we erase everything within 30 days.

## Your rights

You can access, correct, delete or export your data and object to processing based on our legitimate interest. Use Profile > Privacy in the app or email privacy@hushwave.app. You can complain to Datatilsynet, the Norwegian Data Protection Authority.

## Changes

We will notify you in the app about changes to this policy.
"""

EN_NEWSLETTER = """# Cookie Notice

Letterkite - last updated 4 March 2026

Letterkite is a platform for writing and sending newsletters. Writers publish their newsletters on letterkite.com and on their own Letterkite pages (for example yourname.letterkite.com), and readers subscribe to them by email. This notice covers the cookies used on those pages and in the Letterkite reader app. It is issued by Letterkite Ltd, 18 Mount Street, Manchester M2 5NT, United Kingdom.

## Why we use cookies

We use cookies to sign you in, to remember which newsletters you have read and to protect our pages from spam sign-ups. With your consent, we also use cookies to measure how many people visit a newsletter page and where they came from, so writers can see how their newsletter grows.

Writers cannot add their own cookies or scripts to Letterkite pages.

## Strictly necessary cookies

| Cookie | Purpose | Duration |
|---|---|---|
| lk_auth | Keeps you signed in | 30 days |
| lk_csrf | Protects forms against forgery | Session |
| lk_cc | Remembers your cookie choices | 6 months |
| cf_clearance | Cloudflare bot protection on sign-up forms | 30 minutes |

## Audience measurement cookies

| Cookie | Purpose | Duration |
|---|---|---|
| lk_vid | Counts unique visitors to a newsletter page | 12 months |
| lk_ref | Remembers which link brought you to the page, so the writer can see where subscribers come from | 30 days |

These cookies are first-party: the statistics are computed by Letterkite and shown to the writer only as totals. We set them only if you click "Accept" in the cookie banner.

## Email open tracking

Newsletters sent through Letterkite contain a small invisible image that tells the writer whether the email was opened. Readers can switch this off for all newsletters under Account > Reading settings.

## Managing cookies

You can accept or refuse audience measurement cookies in the banner shown on your first visit, and change your choice at any time through the "Cookie preferences" link in the footer of every Letterkite page. Refusing them does not stop you from reading or subscribing. Your choice is kept for 6 months.

## Questions

Contact privacy@letterkite.com.
"""

EN_CLOUD = """# Driftbox Privacy Policy

Last updated: 6 November 2025

Driftbox is a cloud storage and file sync service. You can store files and photos in Driftbox, sync them between your devices and share them with others. This policy explains how Driftbox GmbH, Sihlquai 131, 8005 Zurich, Switzerland ("Driftbox"), processes personal data. Driftbox GmbH is the controller. Our representative in the European Union is Driftbox Europe GmbH, Maximilianstrasse 35, 80539 Munich, Germany.

## 1. Your files

Your files belong to you. We process them only to store, sync, preview and share them as you ask us to. We do not scan the content of your files for advertising, we do not sell it and we do not use it to train AI models. Files are encrypted at rest with keys managed by Driftbox; if you turn on Driftbox Vault for a folder, files in it are end-to-end encrypted and we cannot open them.

Our systems do check files that are shared by public link against known malware signatures, to protect people who open the link.

## 2. Other data we process

- **Account data**: name, email address, password, profile picture and plan.
- **File metadata**: file names, sizes, types, folder structure, dates, and the people you share with.
- **Device and usage data**: devices linked to your account, IP addresses, app versions, and logs of sign-ins, uploads, downloads and shares.
- **Payment data**: billing name and address; payments are processed by Adyen.
- **Support data**: your messages to our support team.

## 3. Purposes and legal bases

We use your data to provide the service (contract); to keep it secure, prevent abuse and investigate illegal content reported to us (legitimate interest and legal obligation); to bill you (contract, legal obligation); to analyse aggregated usage statistics to improve Driftbox (legitimate interest); and to send you news and offers if you have opted in (consent).

## 4. Where your data is stored

Your files and account data are stored in our own data centres in Zurich and Geneva, Switzerland, and in a backup facility operated by Equinix in Frankfurt, Germany. Switzerland is recognised by the European Union as providing an adequate level of protection.

## 5. Who we share data with

- People you choose to share files or folders with.
- Service providers: Adyen (payments, Netherlands), Freshdesk (support, Germany) and Mailgun (transactional email, European Union region).
- Authorities, if Swiss law obliges us to disclose data. We publish a transparency report every year.

## 6. Retention

Files you delete are kept in your bin for 30 days, then permanently deleted. Earlier versions of files are kept for 90 days. When you close your account, we delete your files and account data within 30 days. Logs are kept for 12 months. Billing records are kept for 10 years, as Swiss law requires.

## 7. Your rights

You can access, correct, export and delete your data. You can object at any time to our use of your data for usage statistics, in Settings > Privacy; we will stop unless we have compelling grounds. You can withdraw consent to marketing at any time. To exercise your rights, write to privacy@driftbox.ch.

You can lodge a complaint with the Swiss Federal Data Protection and Information Commissioner (FDPIC) or, if you live in the European Union, with your local data protection authority.

## 8. Changes

We will inform you by email at least 30 days before material changes take effect.
"""

EN_ROBOVAC = """# Sweepa Robotics Privacy Notice

Valid from 15 September 2025

This notice explains how Sweepa Robotics Europe GmbH, Hohenzollernring 72, 50672 Cologne, Germany ("Sweepa"), processes personal data when you use a Sweepa robot vacuum or mop, the Sweepa Home app and our website. Sweepa Robotics Europe GmbH is the controller. Our data protection officer can be reached at dataprotection@sweepa.eu.

## Data we process

**Account data**: email address or phone number, password, country and language.

**Robot data**: serial number, model, firmware version, battery status, error codes, cleaning history (date, duration, area cleaned, mode used) and consumable wear (filters, brushes).

**Maps**: the floor map your robot creates with its laser sensor, including room names you enter, no-go zones and the position of the charging station. Maps are stored in your account so the app can show them and the robot can use them.

**Camera images**: models with the ObstacleEye camera use it to recognise objects such as cables and socks. Images are processed on the robot and deleted immediately. If you use the Remote View feature, the live video is streamed end-to-end encrypted to your phone only.

**Voice assistant data**: if you link your robot to Amazon Alexa or Google Assistant, the commands those services pass to us.

## Why we process it

- To let you control your robot and see its maps and history (performance of contract).
- To deliver firmware updates and diagnose faults (performance of contract and legitimate interest in product safety).
- To remind you when a filter or brush needs replacing (performance of contract).
- To improve our navigation software using pseudonymised error codes and cleaning statistics (legitimate interest; you can object in the app).
- To send you newsletters, if you subscribe (consent).

## Recipients

Your data is hosted by Amazon Web Services in Frankfurt. Our customer service in Poland (Sweepa Robotics Polska sp. z o.o.) can view your robot data when you contact them. Our parent company, Sweepa Robotics Co., Ltd. in Shenzhen, China, provides third-level technical support and may access error codes and robot data, but not maps or images, when our European teams escalate a fault; these transfers are covered by standard contractual clauses and additional technical measures (pseudonymisation and access logging).

## Retention

Cleaning history is kept for 24 months. Maps are kept until you delete them or reset the robot. Error logs are kept for 12 months. Account data is deleted 30 days after you delete your account.

## Your rights

You have the right to access, rectification, erasure, restriction, data portability and objection, and to withdraw consent at any time. Write to dataprotection@sweepa.eu or use Me > Privacy in the app. You may lodge a complaint with a supervisory authority, in particular the one where you live or the State Commissioner for Data Protection of North Rhine-Westphalia.
"""

EN_RECIPES = """Cookie policy
=============

Pantrypal - updated 11 November 2025

Pantrypal is a free website and app for finding recipes, planning meals and sharing shopping lists. It is run by Pantrypal Ltd, 12 St Andrew Square, Edinburgh EH2 2AF. This policy explains the cookies we use on pantrypal.com.

What are cookies?
-----------------

Cookies are small text files stored on your device by websites you visit. They help websites work and give their owners information about how they are used.

Which cookies do we use?
------------------------

**Essential cookies** keep your shopping list and meal plan in sync, remember that you are signed in and store your cookie choices. You cannot switch these off.

**Performance cookies** count visits and show us which recipes are popular, so we know what to publish more of. We use Google Analytics for this.

**Advertising cookies** are used by our advertising partners to show ads on pantrypal.com and measure how they perform. Pantrypal is funded by these ads. With your consent, the ads may be personalised based on your interests.

**Social cookies** let you save recipes to Pinterest. They are set by Pinterest when you accept them.

| Cookie | Provider | Type | Expiry |
|---|---|---|---|
| pp_sid | Pantrypal | Essential | Session |
| pp_list | Pantrypal | Essential | 1 year |
| pp_cookieprefs | Pantrypal | Essential | 6 months |
| _ga | Google | Performance | 13 months |
| _gid | Google | Performance | 24 hours |
| IDE | Google Ad Manager | Advertising | 13 months |
| _gcl_au | Google Ads | Advertising | 3 months |
| _pinterest_ct_ua | Pinterest | Social | 1 year |
| _pin_unauth | Pinterest | Social | 1 year |

How to control cookies
----------------------

We ask for your consent to performance, advertising and social cookies when you first visit. You can accept or refuse each type, and change your mind whenever you like with the "Cookie settings" link in the footer.

You can find out more about how Google uses data from sites that use its services at [policies.google.com/technologies/partner-sites](https://policies.google.com/technologies/partner-sites), and about Pinterest at [policy.pinterest.com/privacy-policy](https://policy.pinterest.com/privacy-policy).

Contact
-------

Questions? Email hello@pantrypal.com.
"""

EN_SITEBUILDER = """# Framewell Privacy Policy

Last updated: 9 February 2026

Framewell lets anyone build a website, an online shop or a portfolio without writing code. This policy explains how Framewell ApS, Njalsgade 76, 2300 Copenhagen S, Denmark ("Framewell"), processes personal data of people who use Framewell to build sites ("site owners") and of visitors to framewell.com. It does not cover the sites our site owners build: each site owner is responsible for the personal data of its own visitors and customers, and Framewell processes that data on its behalf under our Data Processing Agreement.

## Data we collect about site owners

- Name, email address, password and, if you sign in with Google, your Google account identifier.
- Your sites: domain names, content, templates, settings and the apps you add.
- Billing details: name, address, VAT number and payment method (processed by Stripe).
- Domain registrations: when you buy a domain through Framewell, the name, address, email and phone number that registries require for the WHOIS record.
- Support conversations and the feedback you give us.
- Usage data: pages of the editor you use, features you try, device and browser, IP address.

## How we use it

We use this data to provide and host your sites, to register and renew your domains, to process payments, to provide support and to keep Framewell secure. We also analyse how the editor is used, in aggregated form, to improve it. We send product emails and tips if you have not unsubscribed from them; you can do so at any time.

Our legal bases are the performance of our contract with you, compliance with our legal obligations (accounting, and the rules of domain registries), our legitimate interests in improving and securing Framewell and in sending product emails to customers, and your consent where we ask for it.

## Who we share it with

We use processors for hosting (Google Cloud, Belgium), payments (Stripe), email (Postmark) and support (Help Scout). When you register a domain, we pass your registration details to the domain registry and to our accredited registrar partner, Key-Systems GmbH, as the registration rules require. We share data with authorities when the law obliges us to.

Stripe, Postmark and Help Scout are based in the United States. Transfers to them rely on the EU-US Data Privacy Framework.

## How long we keep it

Account and site data are kept while your account is active. If you cancel your subscription, your sites stay available to restore for 90 days and are then deleted. Invoices are kept for 5 years, as Danish bookkeeping law requires. Support conversations are kept for 3 years.

## Your rights

You have the right to access, rectify, erase and port your data, to restrict or object to processing and to withdraw consent. To exercise these rights, email privacy@framewell.com. We respond within one month. You can complain to Datatilsynet, the Danish Data Protection Agency.

## Visitors of sites built with Framewell

If you visited a site built with Framewell and want to exercise your rights, contact the owner of that site. We will help site owners answer your request.

## Cookies

framewell.com uses cookies as described in our [Cookie Policy](https://www.framewell.com/legal/cookies).

## Changes

We will notify site owners by email at least 30 days before significant changes to this policy take effect.
"""

# ---------------------------------------------------------------------------------------------------------
# French bases
# ---------------------------------------------------------------------------------------------------------

FR_LANGUES = """# Politique de confidentialité de Lingane

Dernière mise à jour : 6 janvier 2026

Lingane est une application d'apprentissage des langues (anglais, espagnol, allemand, italien et français langue étrangère) disponible sur iOS, Android et sur le site lingane.fr. La présente politique explique comment Lingane SAS traite vos données personnelles lorsque vous utilisez nos services, et quels sont vos droits.

## 1. Qui sommes-nous ?

Le responsable du traitement est Lingane SAS, société par actions simplifiée au capital de 120 000 euros, immatriculée au RCS de Lyon sous le numéro 881 245 903, dont le siège social est situé 27 rue de la République, 69002 Lyon.

Nous avons désigné un délégué à la protection des données (DPO), que vous pouvez joindre à l'adresse dpo@lingane.fr ou par courrier à l'adresse du siège, à l'attention du DPO.

## 2. Quelles données collectons-nous ?

### 2.1 Les données que vous nous fournissez

- **Données de compte** : prénom, adresse e-mail, mot de passe, langue maternelle, langue apprise, objectif d'apprentissage (voyage, études, travail) et temps d'étude quotidien souhaité.
- **Données de profil** : pseudonyme, photo de profil et ville, si vous choisissez de les renseigner pour apparaître dans les classements.
- **Enregistrements vocaux** : lorsque vous faites un exercice de prononciation, votre voix est enregistrée et analysée pour vous donner une note de prononciation.
- **Réponses aux exercices** : vos réponses, vos erreurs et le temps passé sur chaque exercice.
- **Messages au support** : le contenu de vos échanges avec notre service client.

### 2.2 Les données collectées automatiquement

- **Données de progression** : leçons terminées, séries de jours consécutifs, points d'expérience, niveau atteint.
- **Données techniques** : modèle d'appareil, système d'exploitation, version de l'application, langue du téléphone, adresse IP, identifiant de l'appareil et journaux d'erreurs.
- **Données d'usage** : écrans consultés, fonctionnalités utilisées, durée des sessions.

### 2.3 Les données de paiement

Les abonnements Lingane Plus sont vendus par l'App Store, Google Play ou, sur le site, par notre prestataire de paiement Stripe. Nous ne recevons jamais votre numéro de carte complet : nous recevons seulement la confirmation du paiement, la formule choisie et la date de renouvellement.

## 3. Pourquoi utilisons-nous vos données ?

| Finalité | Données utilisées | Base légale |
|---|---|---|
| Créer et gérer votre compte | Données de compte | Exécution du contrat |
| Vous proposer des leçons et suivre votre progression | Réponses, progression, usage | Exécution du contrat |
| Noter votre prononciation | Enregistrements vocaux | Exécution du contrat |
| Afficher les classements entre apprenants | Pseudonyme, photo, ville, points | Consentement (vous pouvez quitter les classements) |
| Gérer votre abonnement | Données de paiement | Exécution du contrat, obligation légale |
| Vous envoyer des rappels d'étude | Données de compte, progression | Exécution du contrat |
| Vous envoyer notre lettre d'information et nos offres | Adresse e-mail, langue apprise | Consentement |
| Mesurer l'usage et améliorer nos cours | Données d'usage et techniques | Intérêt légitime |
| Prévenir la fraude et les abus | Données techniques | Intérêt légitime |

Le niveau qui vous est proposé au début (débutant, intermédiaire ou avancé) dépend uniquement de la réponse que vous donnez à la question « Quel est votre niveau ? » lors de l'inscription. Vous pouvez le modifier à tout moment dans les réglages.

## 4. Vos enregistrements vocaux

Vos enregistrements sont envoyés à nos serveurs, analysés par notre moteur de reconnaissance vocale pour calculer votre note de prononciation, puis supprimés dans un délai de 24 heures. Ils ne sont ni écoutés par nos équipes, ni utilisés pour entraîner nos modèles. Vous pouvez désactiver les exercices oraux dans les réglages de l'application.

## 5. Qui a accès à vos données ?

Vos données sont accessibles aux seules équipes de Lingane qui en ont besoin (produit, support, comptabilité). Nous faisons également appel aux sous-traitants suivants :

- [OVHcloud](https://www.ovhcloud.com/fr/personal-data-protection/) pour l'hébergement (France) ;
- [Brevo](https://www.brevo.com/fr/legal/privacypolicy/) pour l'envoi des e-mails (France) ;
- [Zendesk](https://www.zendesk.fr/company/agreements-and-terms/privacy-notice/) pour le support client (Union européenne) ;
- [Stripe](https://stripe.com/fr/privacy) pour les paiements sur le site (Irlande).

Les autres apprenants voient votre pseudonyme, votre photo, votre ville et vos points uniquement si vous participez aux classements.

Nous ne vendons pas vos données et nous ne les transmettons pas à des annonceurs.

## 6. Transferts hors de l'Union européenne

Vos données sont hébergées en France. Stripe peut traiter certaines données de paiement aux États-Unis ; ce transfert est encadré par les clauses contractuelles types de la Commission européenne et par l'adhésion de Stripe au Data Privacy Framework.

## 7. Combien de temps conservons-nous vos données ?

- Données de compte et de progression : pendant toute la durée de votre compte. Si vous ne vous connectez pas pendant 2 ans, nous vous prévenons par e-mail puis supprimons votre compte un mois plus tard.
- Enregistrements vocaux : 24 heures au maximum.
- Messages au support : 3 ans après notre dernier échange.
- Données techniques et d'usage : 13 mois.
- Données de facturation : 10 ans, conformément au Code de commerce.

## 8. Les mineurs

Lingane est accessible à partir de 13 ans. Pour les utilisateurs de moins de 15 ans, l'inscription nécessite l'accord d'un titulaire de l'autorité parentale, que nous recueillons par e-mail. Les classements sont désactivés pour les moins de 15 ans.

## 9. Vos droits

Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition, ainsi que du droit de retirer votre consentement à tout moment et de définir des directives sur le sort de vos données après votre décès.

Vous pouvez exercer ces droits depuis la rubrique Réglages > Confidentialité de l'application ou en écrivant à dpo@lingane.fr. Nous vous répondons dans un délai d'un mois.

Si vous estimez que vos droits ne sont pas respectés, vous pouvez introduire une réclamation auprès de la CNIL ([www.cnil.fr](https://www.cnil.fr)).

## 10. Sécurité

Vos données sont chiffrées lors de leur transmission et sur nos serveurs. Les accès de nos équipes sont nominatifs, limités et journalisés.

## 11. Modifications

En cas de modification importante de cette politique, nous vous en informerons par e-mail et dans l'application au moins un mois avant son entrée en vigueur.
"""

FR_DOMOTIQUE = """# Politique de protection des données personnelles

**Domelia** - Version en vigueur au 1er février 2026

Domelia conçoit et commercialise des équipements de maison connectée : prises et interrupteurs intelligents, volets roulants motorisés, détecteurs d'ouverture, détecteurs de fumée, caméras intérieures et la box Domelia Hub qui les relie. Ces équipements se pilotent avec l'application Domelia et, si vous le souhaitez, avec un assistant vocal.

La présente politique décrit les traitements de données personnelles réalisés par Domelia SAS, 14 quai de la Fosse, 44000 Nantes (RCS Nantes 842 117 650), en qualité de responsable du traitement.

## Article 1 - Contact

Pour toute question relative à vos données, vous pouvez contacter notre délégué à la protection des données :

- par e-mail : donnees-personnelles@domelia.fr
- par courrier : Domelia SAS, Délégué à la protection des données, 14 quai de la Fosse, 44000 Nantes

## Article 2 - Données traitées

### 2.1 Compte et installation

Nom, prénom, adresse e-mail, numéro de téléphone (facultatif), mot de passe, adresse du logement (utilisée pour les scénarios liés au lever et au coucher du soleil), nom des pièces et des équipements, membres du foyer invités dans l'application.

### 2.2 Fonctionnement des équipements

État des équipements (allumé, éteint, ouvert, fermé), historique des événements (par exemple « porte d'entrée ouverte à 18 h 42 »), consommation électrique mesurée par les prises, alertes des détecteurs, niveau des piles, version du micrologiciel.

### 2.3 Caméras

Les caméras Domelia enregistrent des séquences vidéo lorsqu'elles détectent un mouvement, uniquement quand vous avez activé le mode surveillance. Les séquences sont chiffrées de bout en bout : seuls les téléphones de votre foyer disposent de la clé permettant de les lire. La détection de personnes est réalisée sur la caméra elle-même. Nous ne procédons à aucune reconnaissance faciale.

### 2.4 Assistant vocal

Si vous associez Domelia à Amazon Alexa ou à Google Assistant, nous recevons de ces services les commandes qui concernent vos équipements (par exemple « ferme les volets du salon »). Nous ne recevons pas l'enregistrement de votre voix. L'assistant vocal traite votre voix sous sa propre responsabilité.

### 2.5 Membres du foyer

Le titulaire du compte peut inviter d'autres membres du foyer dans l'application. Chaque membre invité dispose de son propre identifiant ; le titulaire choisit les équipements et les caméras auxquels il a accès et peut lui retirer cet accès à tout moment. L'historique des événements indique quel membre a déclenché une action.

### 2.6 Assistance

Le contenu de vos demandes au service client et, avec votre accord, le journal technique de votre box.

## Article 3 - Finalités et bases légales

1. **Fournir le service** : faire fonctionner vos équipements, exécuter vos scénarios, vous envoyer les notifications et alertes que vous avez choisies, conserver votre historique (exécution du contrat).
2. **Assurer la sécurité des équipements** : diffuser les mises à jour du micrologiciel, détecter les pannes et les tentatives d'intrusion (intérêt légitime et obligation légale de mise à jour de sécurité des produits connectés).
3. **Améliorer nos produits** : analyser de façon statistique les pannes, l'autonomie des piles et l'usage des fonctionnalités, à partir de données pseudonymisées (intérêt légitime ; vous pouvez vous y opposer dans Réglages > Confidentialité).
4. **Gérer la relation client** : répondre à vos demandes, gérer la garantie (exécution du contrat).
5. **Vous informer de nos nouveautés** : lettre d'information et offres, si vous l'avez accepté (consentement).

Domelia n'utilise jamais les données de fonctionnement de vos équipements pour déduire vos habitudes de vie à des fins commerciales.

## Article 4 - Destinataires

Les données sont traitées par les équipes habilitées de Domelia et par nos sous-traitants :

| Sous-traitant | Prestation | Lieu de traitement |
|---|---|---|
| Scaleway SAS | Hébergement de la plateforme et des séquences vidéo chiffrées | France |
| Twilio Inc. | Envoi des SMS d'alerte | États-Unis |
| Brevo SAS | Envoi des e-mails | France |
| Zendesk Inc. | Outil de support client | Union européenne |
| Firebase Cloud Messaging (Google Ireland Ltd) | Notifications sur votre téléphone | Union européenne, États-Unis |

Lorsque vous associez un assistant vocal, Amazon ou Google reçoit les informations nécessaires au pilotage de vos équipements, en tant que responsable de traitement distinct.

Nous ne vendons ni ne louons vos données.

## Article 5 - Transferts hors Union européenne

Certains sous-traitants (Twilio, Google) peuvent traiter des données aux États-Unis. Ces transferts sont encadrés par les clauses contractuelles types adoptées par la Commission européenne, complétées par des mesures de chiffrement. Vous pouvez obtenir une copie de ces garanties en écrivant à notre délégué à la protection des données.

## Article 6 - Durées de conservation

| Données | Durée |
|---|---|
| Compte | Jusqu'à la suppression du compte, puis 30 jours |
| Historique des événements | 12 mois glissants |
| Séquences vidéo | 7 jours, ou 30 jours avec l'abonnement Domelia Sérénité |
| Consommation électrique | 3 ans |
| Demandes d'assistance | 3 ans à compter de la clôture de la demande |
| Données de garantie | Durée de la garantie augmentée de 5 ans |

## Article 7 - Vos droits

Conformément au RGPD et à la loi Informatique et Libertés, vous disposez des droits d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition, du droit de retirer votre consentement à tout moment ainsi que du droit de définir des directives relatives au sort de vos données après votre décès.

Vous pouvez exercer ces droits aux coordonnées indiquées à l'article 1. Nous vous répondrons dans un délai d'un mois, qui peut être prolongé de deux mois compte tenu de la complexité ou du nombre de demandes ; nous vous en informerons alors dans le premier mois.

Vous pouvez introduire une réclamation auprès de la CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07 ([www.cnil.fr](https://www.cnil.fr)).

## Article 8 - Sécurité

Les communications entre vos équipements, la box, l'application et nos serveurs sont chiffrées (TLS 1.3). Chaque équipement dispose d'un certificat unique. Nous faisons auditer notre plateforme chaque année par un prestataire qualifié par l'ANSSI et nous publions une politique de divulgation des vulnérabilités.

## Article 9 - Évolution de la politique

Toute modification substantielle de la présente politique vous sera notifiée dans l'application et par e-mail au moins un mois avant son entrée en vigueur.
"""

FR_OCCASION = """# Politique de confidentialité

Revendo - Dernière mise à jour : 15 décembre 2025

Revendo est une plateforme de vente entre particuliers d'objets d'occasion : vêtements, livres, jeux, petit mobilier, électroménager. Ce document vous explique quelles données nous collectons, pourquoi, avec qui nous les partageons et comment vous pouvez garder la main dessus.

## 1. Responsable du traitement

Revendo SAS, 8 rue Sainte-Catherine, 33000 Bordeaux, immatriculée au RCS de Bordeaux sous le numéro 903 558 214, est responsable des traitements décrits ici. Notre déléguée à la protection des données est joignable à l'adresse vie-privee@revendo.fr.

## 2. Données que nous traitons

**Quand vous créez un compte** : pseudonyme, adresse e-mail, mot de passe, date de naissance (pour vérifier que vous avez au moins 18 ans), numéro de téléphone si vous l'ajoutez.

**Quand vous publiez une annonce** : photos, description, prix, catégorie, état de l'objet, ville et code postal de l'objet.

**Quand vous vendez** : nom, prénom, adresse postale pour les étiquettes d'expédition, IBAN pour recevoir vos gains et, au-delà des seuils fixés par la réglementation, une pièce d'identité demandée par notre prestataire de paiement.

**Quand vous achetez** : adresse de livraison, historique de vos achats. Les données de carte bancaire sont saisies directement chez notre prestataire de paiement.

**Quand vous échangez avec d'autres membres** : messages, offres de prix, évaluations laissées et reçues.

**Quand vous naviguez** : adresse IP, identifiants de l'appareil, pages et annonces consultées, recherches effectuées, favoris, cookies et traceurs selon vos choix (voir notre [politique cookies](https://www.revendo.fr/cookies)).

## 3. Finalités

### 3.1 Faire fonctionner la plateforme

Publier vos annonces, permettre la mise en relation, gérer les paiements, l'expédition, les litiges et le service client. Base légale : exécution du contrat (nos conditions générales).

### 3.2 Sécurité et lutte contre la fraude

Nous analysons les annonces, les messages et les transactions pour repérer les arnaques, les contrefaçons, les objets interdits et les faux comptes. Certains messages peuvent être bloqués automatiquement lorsqu'ils contiennent un lien de paiement frauduleux connu ; un modérateur réexamine le blocage si vous le contestez. Base légale : intérêt légitime et obligations légales (règlement sur les services numériques).

### 3.3 Recommandations

Nous vous suggérons des annonces proches de vos recherches et de vos favoris sur la page d'accueil. Base légale : intérêt légitime. Vous pouvez désactiver les recommandations personnalisées dans Paramètres > Confidentialité.

### 3.4 Publicité

Revendo affiche des publicités de marques partenaires. Elles ne sont personnalisées en fonction de vos centres d'intérêt (déduits de vos recherches et de vos consultations) que si vous y avez consenti via notre bandeau de gestion des cookies. Vous pouvez retirer ce consentement à tout moment depuis le lien « Gérer mes cookies » en bas de page. Base légale : consentement.

### 3.5 Communication

Notifications liées à votre activité (nouveau message, objet vendu) : exécution du contrat. Lettre d'information : consentement, que vous pouvez retirer via le lien de désinscription.

### 3.6 Obligations légales

Déclaration annuelle à l'administration fiscale des revenus des vendeurs qui dépassent 30 ventes ou 2 000 euros par an (directive DAC7), réponse aux réquisitions judiciaires, comptabilité.

## 4. Destinataires

- **Les autres membres** : votre pseudonyme, vos annonces, votre ville, vos évaluations et la date de votre dernière connexion sont publics. L'acheteur reçoit le nom et l'adresse du vendeur lorsque le vendeur choisit la remise en main propre.
- **Nos prestataires** : Lemonway (paiement et vérification d'identité des vendeurs, France), Mondial Relay et Colissimo (livraison), Google Cloud (hébergement, Belgique), Zendesk (service client), Sendinblue (e-mails).
- **Nos partenaires publicitaires**, uniquement si vous avez accepté les cookies publicitaires : la liste figure dans notre [politique cookies](https://www.revendo.fr/cookies).
- **Les autorités** : administration fiscale (DAC7), autorités judiciaires et police sur réquisition.

## 5. Durées de conservation

| Données | Durée |
|---|---|
| Compte actif | Pendant toute l'utilisation du compte |
| Compte inactif | Supprimé après 3 ans sans connexion |
| Annonces supprimées ou vendues | 1 an, pour gérer les litiges |
| Messages entre membres | 3 ans après le dernier message |
| Transactions | 10 ans (obligations comptables) |
| Pièces d'identité des vendeurs | 5 ans après la fin de la relation (obligations de lutte contre le blanchiment, conservées par Lemonway) |
| Données de navigation | 13 mois |

## 6. Transferts

Nos données sont hébergées dans l'Union européenne. Zendesk peut accéder à certaines données depuis les États-Unis dans le cadre du support technique ; ce transfert repose sur le Data Privacy Framework.

## 7. Vos droits

Vous pouvez demander l'accès à vos données, leur rectification, leur effacement, la limitation du traitement, leur portabilité, et vous opposer aux traitements fondés sur notre intérêt légitime. Vous pouvez retirer à tout moment les consentements donnés. Vous pouvez aussi nous transmettre des directives sur le sort de vos données après votre décès.

Écrivez-nous à vie-privee@revendo.fr ou utilisez le formulaire accessible dans Paramètres > Confidentialité > Mes données. Nous pouvons vous demander de confirmer votre demande depuis l'adresse e-mail de votre compte. Vous recevrez une réponse sous un mois.

En cas de désaccord, vous pouvez saisir la CNIL.

## 8. Modifications

Nous vous informerons par e-mail et par une notification dans l'application de toute modification importante, au moins 30 jours avant son application.
"""

FR_CROWDFUNDING = """Politique de confidentialité - Soutenons.fr
===========================================

*Mise à jour le 3 mars 2026*

Soutenons.fr est une plateforme de financement participatif par le don et la récompense. Des porteurs de projets (associations, artistes, créateurs d'entreprise) y présentent leur projet ; les contributeurs les soutiennent en faisant un don ou en précommandant une contrepartie.

Soutenons SAS, 5 rue des Arts, 31000 Toulouse, RCS Toulouse 852 664 190, est responsable du traitement de vos données personnelles. Pour toute question : donnees@soutenons.fr.

Les données que nous collectons
-------------------------------

**Contributeurs** : nom, prénom, adresse e-mail, adresse postale si la contrepartie doit être livrée, montant et date des contributions, messages de soutien laissés sur la page du projet, pseudonyme si vous souhaitez rester anonyme auprès du public.

**Porteurs de projets** : nom, prénom, adresse e-mail, téléphone, informations sur la structure (nom, SIRET ou numéro RNA), présentation du projet, RIB du compte qui recevra les fonds, et pièce d'identité du représentant légal, que notre prestataire de paiement est tenu de vérifier.

**Tous les utilisateurs** : données de connexion et de navigation, adresse IP.

Les paiements sont traités par Mangopay SA, établissement de monnaie électronique agréé au Luxembourg. Nous n'avons jamais accès à vos numéros de carte bancaire.

Pourquoi nous les utilisons
---------------------------

* Gérer votre compte et vos contributions (exécution du contrat).
* Transmettre au porteur de projet les informations nécessaires à l'envoi de votre contrepartie (exécution du contrat).
* Émettre les reçus fiscaux lorsque le porteur de projet est une association éligible (obligation légale).
* Vérifier l'identité des porteurs de projets et lutter contre la fraude et le blanchiment (obligation légale, mise en œuvre par Mangopay).
* Vous informer de l'avancement des projets que vous soutenez (exécution du contrat).
* Vous envoyer notre lettre d'information sur les nouveaux projets, si vous l'avez demandée (consentement).

Qui reçoit vos données
----------------------

Le porteur du projet que vous soutenez reçoit vos nom, prénom, adresse e-mail, montant de la contribution et, si besoin, adresse de livraison. Il s'engage à ne les utiliser que pour le suivi du projet et l'envoi des contreparties.

Nos prestataires : Mangopay (paiement), Clever Cloud (hébergement, France), Mailjet (e-mails, France) et Crisp (messagerie du support, France).

Le public voit sur la page du projet votre nom ou votre pseudonyme, selon votre choix, ainsi que votre message de soutien. Le montant de votre contribution n'est jamais affiché publiquement.

Combien de temps
----------------

Les données de compte sont conservées tant que le compte est actif, puis supprimées après 3 ans d'inactivité. Les données relatives aux contributions et aux reçus fiscaux sont conservées 10 ans. Les pièces d'identité sont conservées par Mangopay pendant 5 ans après la fin de la relation d'affaires.

Vos droits
----------

Vous pouvez accéder à vos données, les rectifier, les effacer, en demander la portabilité, vous opposer à leur traitement ou en demander la limitation en écrivant à donnees@soutenons.fr. Vous pouvez également saisir la CNIL.
"""

FR_LIVRAISON = """# Politique relative aux cookies et autres traceurs

Plat Minute - en vigueur depuis le 10 février 2026

Plat Minute est un service de livraison de repas à domicile qui vous permet de commander auprès des restaurants partenaires de votre ville, sur platminute.fr et dans l'application Plat Minute. Cette politique, éditée par Plat Minute SAS (12 rue Paradis, 13001 Marseille), vous explique quels cookies et autres traceurs sont déposés ou lus sur votre terminal et comment exprimer vos choix.

## Qu'est-ce qu'un traceur ?

Un traceur est une information déposée ou lue sur votre terminal (ordinateur, smartphone, tablette) lorsque vous consultez un site ou une application : cookie, identifiant publicitaire du téléphone, pixel, stockage local. Certains sont indispensables au fonctionnement du service ; les autres ne sont utilisés qu'avec votre accord.

## Les traceurs que nous utilisons

### Traceurs strictement nécessaires

Ils permettent de vous connecter à votre compte, de conserver votre panier, de sécuriser le paiement, de mémoriser votre adresse de livraison pendant votre commande et d'enregistrer vos choix en matière de cookies. Ils sont exemptés de consentement.

### Traceurs de mesure d'audience

Ils nous permettent de connaître le nombre de visites, les restaurants les plus consultés et les étapes de commande où les utilisateurs abandonnent, afin d'améliorer le service. Nous utilisons pour cela AT Internet (Piano Analytics). Ils ne sont déposés qu'avec votre consentement.

### Traceurs publicitaires

Ils permettent à nos partenaires publicitaires de mesurer l'efficacité de nos campagnes et de vous montrer des publicités Plat Minute sur d'autres sites, en fonction des restaurants que vous avez consultés. Ils ne sont déposés qu'avec votre consentement.

## Liste détaillée

| Nom | Émetteur | Finalité | Durée |
|---|---|---|---|
| pm_session | Plat Minute | Connexion et panier | Session |
| pm_adresse | Plat Minute | Mémoriser l'adresse de livraison | 30 jours |
| pm_consent | Plat Minute | Conserver vos choix | 6 mois |
| _pcid | Piano Analytics | Mesure d'audience | 13 mois |
| _pctx | Piano Analytics | Mesure d'audience | 13 mois |
| _gcl_au | Google Ads | Mesure des conversions publicitaires | 3 mois |
| IDE | Google (DoubleClick) | Publicité ciblée | 13 mois |
| _uetvid | Microsoft Advertising | Mesure des conversions publicitaires | 13 mois |

## Vos choix

Lors de votre première visite, un bandeau vous permet d'**accepter** ou de **refuser** l'ensemble des traceurs soumis à consentement, ou de **personnaliser** vos choix finalité par finalité. Refuser est aussi simple qu'accepter et n'empêche pas de commander. Vos choix sont conservés 6 mois.

Vous pouvez modifier vos choix à tout moment via le lien « Gérer mes cookies » en bas de chaque page ou, dans l'application, dans Profil > Confidentialité.

## Contact

Pour toute question : confidentialite@platminute.fr. Vous pouvez aussi consulter notre [politique de confidentialité](https://www.platminute.fr/confidentialite) et les informations de la [CNIL sur les cookies](https://www.cnil.fr/fr/cookies-et-autres-traceurs).
"""

FR_PRESSE = """# Politique cookies

**L'Éclaireur** - journal d'information en ligne

Dernière mise à jour : 20 janvier 2026

L'Éclaireur est un média d'information indépendant publié sur leclaireur.fr et dans les applications L'Éclaireur pour iOS et Android. Il est édité par L'Éclaireur SAS, 41 rue du Faubourg-Montmartre, 75009 Paris (RCS Paris 812 330 457), directeur de la publication : Mme Hélène Baudry.

La présente politique vous informe sur les cookies et autres traceurs utilisés lorsque vous lisez L'Éclaireur et sur les moyens dont vous disposez pour les accepter ou les refuser. Elle complète notre [politique de confidentialité](https://www.leclaireur.fr/confidentialite).

## 1. Ce qu'il faut savoir sur les cookies

Un cookie est un petit fichier texte déposé dans votre navigateur lorsque vous consultez un site. Par extension, nous appelons « traceurs » l'ensemble des technologies qui permettent de lire ou d'écrire une information sur votre terminal : cookies, stockage local, pixels, identifiants publicitaires des mobiles, empreinte technique.

Conformément aux lignes directrices de la CNIL, seuls les traceurs strictement nécessaires au service que vous demandez, ou certains traceurs de mesure d'audience respectant des conditions strictes, peuvent être utilisés sans votre consentement. Tous les autres traceurs ne sont déposés que si vous les acceptez.

## 2. Pourquoi nous utilisons des traceurs

### 2.1 Traceurs nécessaires au fonctionnement du site

Ils permettent de vous connecter à votre compte abonné, de vérifier vos droits d'accès aux articles réservés aux abonnés, de compter les articles gratuits que vous avez lus ce mois-ci, de sécuriser le paiement de votre abonnement, de répartir la charge entre nos serveurs et de conserver vos choix en matière de traceurs.

### 2.2 Mesure d'audience exemptée de consentement

Nous mesurons la fréquentation de leclaireur.fr avec l'outil Piano Analytics, configuré selon les recommandations de la CNIL pour être exempté de consentement : les données servent uniquement à produire des statistiques anonymes pour notre propre compte (nombre de visites, articles les plus lus, temps de lecture), elles ne sont pas recoupées avec d'autres traitements ni transmises à des tiers, et l'adresse IP est tronquée. Le cookie a une durée de vie de 13 mois au maximum ; sa durée n'est pas prolongée lors de vos visites suivantes. Vous pouvez vous opposer à cette mesure à tout moment grâce au lien figurant dans notre gestionnaire de consentement.

### 2.3 Traceurs soumis à votre consentement

- **Publicité** : nos partenaires publicitaires déposent des traceurs pour afficher des publicités, limiter le nombre de fois où vous voyez la même publicité, mesurer leur efficacité et, si vous l'acceptez, les personnaliser en fonction de votre navigation. La publicité contribue au financement de notre rédaction.
- **Partage et contenus externes** : certains articles intègrent des vidéos YouTube, des publications de réseaux sociaux ou des podcasts. Ces contenus ne sont chargés, avec les traceurs de leur éditeur, que si vous les acceptez.
- **Personnalisation éditoriale** : nous vous recommandons des articles en fonction de ceux que vous avez déjà lus sur L'Éclaireur.

## 3. Liste des traceurs

| Nom | Émetteur | Catégorie | Finalité | Durée de vie |
|---|---|---|---|---|
| ecl_session | L'Éclaireur | Nécessaire | Connexion au compte abonné | Session |
| ecl_paywall | L'Éclaireur | Nécessaire | Compter les articles gratuits lus dans le mois | 1 mois |
| ecl_lb | L'Éclaireur | Nécessaire | Répartition de charge | Session |
| didomi_token | Didomi | Nécessaire | Conserver vos choix | 6 mois |
| _pcid | Piano Analytics | Mesure d'audience exemptée | Statistiques de fréquentation | 13 mois |
| ecl_reco | L'Éclaireur | Personnalisation | Recommandations d'articles | 6 mois |
| IDE | Google Ad Manager | Publicité | Diffusion et mesure des publicités | 13 mois |
| _lr_env | LiveRamp | Publicité | Identifiant publicitaire partagé | 1 mois |
| uid | Criteo | Publicité | Publicité personnalisée | 13 mois |
| VISITOR_INFO1_LIVE | YouTube | Contenus externes | Lecture des vidéos intégrées | 6 mois |

La liste complète et à jour de nos partenaires publicitaires, avec leurs finalités et leurs politiques de confidentialité, est consultable à tout moment dans notre gestionnaire de consentement (lien « Paramétrer les cookies »), avant même que vous ayez fait un choix.

### 3.1 Dans nos applications mobiles

Nos applications utilisent les mêmes catégories de traceurs que le site. Sur iOS, l'identifiant publicitaire n'est lu que si vous l'avez autorisé dans la fenêtre système d'Apple et dans notre gestionnaire de consentement ; sur Android, uniquement si vous l'avez accepté dans notre gestionnaire de consentement. Les notifications d'alerte info reposent sur un identifiant technique qui n'est utilisé à aucune autre fin.

## 4. Comment exprimer vos choix

Lors de votre première visite, notre gestionnaire de consentement, fourni par Didomi, vous présente trois boutons de même taille et de même apparence : « Tout accepter », « Tout refuser » et « Personnaliser ». Aucun traceur soumis à consentement n'est déposé avant votre choix, et fermer le bandeau équivaut à un refus.

Si vous refusez, vous pouvez continuer à lire L'Éclaireur dans les mêmes conditions : le nombre d'articles gratuits est le même, avec des publicités non personnalisées.

Vos choix sont conservés 6 mois. Nous vous les redemandons ensuite, ou plus tôt si nous ajoutons une finalité ou un partenaire.

Vous pouvez modifier vos choix à tout moment en cliquant sur « Paramétrer les cookies » en bas de chaque page du site ou, dans l'application, dans Menu > Confidentialité. Retirer votre consentement est aussi simple que de le donner.

## 5. Paramétrer votre navigateur

Vous pouvez aussi configurer votre navigateur pour bloquer les cookies. Dans ce cas, certaines fonctions, comme la connexion à votre compte abonné, ne fonctionneront plus. Pour en savoir plus, consultez les pages de la CNIL consacrées aux [cookies et autres traceurs](https://www.cnil.fr/fr/cookies-et-autres-traceurs).

## 6. Nous contacter

Pour toute question sur cette politique ou pour exercer vos droits : dpo@leclaireur.fr, ou par courrier à L'Éclaireur SAS, Délégué à la protection des données, 41 rue du Faubourg-Montmartre, 75009 Paris. Vous pouvez également adresser une réclamation à la CNIL.
"""

FR_ENFANTS = """# Confidentialité - Pirouette École

Dernière mise à jour : 9 septembre 2025

Pirouette École est une application d'éveil et de soutien scolaire pour les enfants de 3 à 10 ans : lecture, calcul, formes, couleurs, anglais. Elle est éditée par Pirouette SAS, 6 place du Ralliement, 49100 Angers (RCS Angers 899 441 026).

Cette politique s'adresse aux parents. Nous l'avons écrite aussi simplement que possible, parce que nous savons que les données des enfants méritent une attention particulière.

## Un compte parent, des profils enfants

Seul un adulte peut créer un compte. Le parent indique son adresse e-mail et crée ensuite un profil pour chaque enfant, avec un prénom ou un surnom, une année de naissance et un avatar. Nous ne demandons ni le nom de famille, ni la photo, ni l'école de l'enfant.

L'espace parent est protégé par une question que seul un adulte peut résoudre facilement et par le mot de passe du compte.

## Ce que nous collectons

- **Pour le parent** : adresse e-mail, mot de passe, pays, et l'état de l'abonnement (transmis par l'App Store ou Google Play ; nous ne voyons pas vos coordonnées bancaires).
- **Pour chaque enfant** : prénom ou surnom, année de naissance, avatar, activités réalisées, réussites et erreurs, temps passé, niveau atteint dans chaque domaine, dessins réalisés dans l'atelier de dessin.
- **Enregistrements de lecture** : dans les exercices de lecture à voix haute, la voix de l'enfant est analysée sur l'appareil pour vérifier qu'il a bien lu le mot. L'enregistrement n'est jamais envoyé à nos serveurs.
- **Données techniques** : modèle de l'appareil, version du système et de l'application, journaux d'erreurs anonymes.

## Ce que nous en faisons

Nous utilisons ces données pour faire fonctionner l'application, adapter les exercices au niveau de chaque enfant, montrer aux parents un bilan hebdomadaire de progression et corriger les bugs. Les données des enfants ne servent à rien d'autre.

Aucune publicité n'est affichée dans l'application, et aucune donnée n'est transmise à des régies publicitaires ou à des courtiers en données. Il n'y a pas de bouton de partage vers les réseaux sociaux, ni de discussion entre utilisateurs.

Les bases légales sont l'exécution du contrat conclu avec le parent et, pour les bilans envoyés par e-mail, le consentement du parent, qu'il peut retirer dans l'espace parent.

## Où sont les données et qui y a accès

Les données sont hébergées en France par OVHcloud. Seuls deux membres de notre équipe technique peuvent y accéder, pour résoudre un problème signalé par un parent. Nos autres sous-traitants sont Brevo (e-mails aux parents) et Sentry (journaux d'erreurs, sans données d'identification).

## Durée de conservation

Les profils enfants sont conservés tant que le compte parent existe. Si l'application n'est pas utilisée pendant 18 mois, nous prévenons le parent par e-mail puis supprimons le compte. Les dessins sont conservés tant que le parent ne les supprime pas.

## Les droits des parents

Le parent peut consulter, corriger ou supprimer à tout moment les profils de ses enfants dans l'espace parent, et supprimer l'ensemble du compte. Pour toute autre demande concernant les droits d'accès, de rectification, d'effacement, d'opposition ou de limitation : parents@pirouette-ecole.fr. Vous pouvez aussi saisir la CNIL.

## Changements

Si nous modifions cette politique, nous prévenons les parents par e-mail avant que la nouvelle version s'applique.
"""

FR_LIVRESAUDIO = """# Cookies et traceurs

Voxlibris - politique en vigueur au 2 décembre 2025

Voxlibris est un service d'écoute de livres audio par abonnement, accessible sur voxlibris.fr et dans nos applications mobiles. Cette page est publiée par Voxlibris SAS, 19 rue de Brest, 35000 Rennes.

## Les traceurs et vous

Lorsque vous utilisez Voxlibris, nous et certains partenaires lisons ou déposons des traceurs sur votre terminal. Certains sont indispensables ; les autres ne sont utilisés qu'avec votre accord, que vous pouvez retirer à tout moment.

**Indispensables.** Ils servent à vous connecter, à reprendre la lecture d'un livre là où vous l'avez arrêtée, à mémoriser vos préférences de vitesse de lecture, à sécuriser le paiement et à conserver vos choix sur les traceurs.

**Statistiques.** Ils nous indiquent combien de personnes visitent le site, quelles pages de présentation de livres sont les plus vues et comment les visiteurs arrivent chez nous. Nous utilisons Matomo, hébergé par nos soins en France.

**Publicité.** Ils nous permettent de mesurer si nos publicités sur les réseaux sociaux et les moteurs de recherche conduisent à des abonnements, et de proposer nos offres aux personnes qui ont déjà visité notre site. Nos partenaires sont Meta et Google.

## Tableau des traceurs

| Traceur | Fournisseur | Type | Conservation |
|---|---|---|---|
| vx_auth | Voxlibris | Indispensable | 30 jours |
| vx_player | Voxlibris | Indispensable | 12 mois |
| vx_choix | Voxlibris | Indispensable | 6 mois |
| _pk_id | Matomo (Voxlibris) | Statistiques | 13 mois |
| _fbp | Meta | Publicité | 3 mois |
| _gcl_au | Google | Publicité | 3 mois |

## Donner ou retirer votre accord

À votre première visite, le bandeau vous propose « Accepter », « Refuser » et « Choisir ». Vous pouvez modifier votre choix à tout moment grâce au lien « Cookies » en bas de chaque page. Nous conservons votre choix pendant 6 mois.

## Pour aller plus loin

Consultez notre [politique de confidentialité](https://www.voxlibris.fr/confidentialite) ou écrivez-nous à vie-privee@voxlibris.fr.
"""

FR_BUDGET = """Politique de confidentialité de Pécule
======================================

En vigueur au 1er avril 2026

Pécule est une application de gestion de budget. En connectant vos comptes bancaires, vous voyez tous vos soldes et toutes vos opérations au même endroit, classées automatiquement par catégorie (logement, courses, transports, loisirs...), et vous pouvez fixer des budgets et des objectifs d'épargne.

**Responsable du traitement :** Pécule SAS, 3 rue de la Monnaie, 59800 Lille, RCS Lille Métropole 887 902 311. Pécule SAS est enregistrée auprès de l'ACPR en qualité d'agent de Budget Insight, prestataire de services d'information sur les comptes agréé.

**Contact :** dpo@pecule.app

1. Données collectées
---------------------

- Vos données d'identification : prénom, adresse e-mail, mot de passe, numéro de téléphone pour la double authentification.
- Vos données bancaires : liste de vos comptes, soldes, historique des opérations (date, montant, libellé), que nous récupérons auprès de vos banques par l'intermédiaire de Budget Insight, avec votre autorisation renouvelée tous les 180 jours.
- Vos paramètres : catégories personnalisées, budgets, objectifs d'épargne, alertes.
- Vos données techniques : modèle de téléphone, version de l'application, adresse IP, journaux de connexion.

Nous n'avons jamais accès à vos identifiants bancaires : ils sont saisis dans un module sécurisé de Budget Insight. Pécule ne permet pas d'effectuer de virements.

2. Utilisation de vos données
-----------------------------

Vos données servent à :

- afficher vos comptes et vos opérations, les catégoriser et calculer vos budgets (exécution du contrat) ;
- vous envoyer les alertes que vous avez paramétrées, par exemple en cas de solde bas (exécution du contrat) ;
- améliorer notre moteur de catégorisation, à partir de libellés d'opérations rendus anonymes (intérêt légitime) ;
- assurer la sécurité de votre compte et prévenir la fraude (intérêt légitime) ;
- vous envoyer des conseils et des nouveautés sur Pécule, si vous l'avez accepté (consentement).

Pécule est financé par l'abonnement Pécule Plus. Nous ne vendons pas vos données.

3. Destinataires
----------------

Budget Insight (agrégation bancaire, France), Scaleway (hébergement, France), Brevo (e-mails, France) et Crisp (support, France). Aucun transfert hors de l'Union européenne n'est réalisé.

4. Conservation
---------------

Vos données bancaires sont conservées tant que vos comptes sont connectés à Pécule. Si vous déconnectez une banque, ses données sont supprimées sous 30 jours. Si vous supprimez votre compte Pécule, toutes vos données sont supprimées sous 30 jours, à l'exception des factures de l'abonnement (10 ans).

5. Vos droits
-------------

Vous disposez des droits d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité. Vous pouvez exporter vos opérations au format CSV depuis l'application. Pour toute autre demande, écrivez à dpo@pecule.app. En cas de difficulté, vous pouvez saisir la CNIL.
"""

FR_VISIO = """# Politique de confidentialité Réunia

Mise à jour : 27 octobre 2025

Réunia est un service de visioconférence hébergé en France, conçu pour les entreprises, les associations et les collectivités. Il permet d'organiser des réunions audio et vidéo, de partager son écran, de discuter par écrit, d'enregistrer les réunions et d'en obtenir une transcription.

## Qui est responsable de vos données ?

Réunia SAS, 12 avenue Alsace-Lorraine, 38000 Grenoble, est responsable des traitements liés à la gestion des comptes, à la facturation et à la sécurité du service.

Pour le contenu des réunions (audio, vidéo, messages, enregistrements, transcriptions), c'est l'organisation cliente qui décide de l'usage qui en est fait : elle est responsable du traitement et Réunia agit comme sous-traitant, conformément au contrat de sous-traitance signé avec elle.

Délégué à la protection des données : dpo@reunia.fr.

## Quelles données ?

- **Compte** : nom, prénom, adresse e-mail professionnelle, organisation, fonction, photo de profil facultative.
- **Réunions** : titre, date, durée, liste des participants, messages échangés dans la discussion, fichiers partagés.
- **Contenus audio et vidéo** : transmis en temps réel entre les participants ; ils ne sont conservés que si l'organisateur enregistre la réunion.
- **Enregistrements et transcriptions** : uniquement si l'organisateur les active ; tous les participants en sont avertis par un signal visible.
- **Données de connexion et de qualité** : adresse IP, navigateur, système, qualité de la connexion.
- **Invités sans compte** : nom saisi en rejoignant la réunion et données de connexion.

## Pour quoi faire ?

Fournir le service (exécution du contrat avec l'organisation cliente), sécuriser la plateforme et respecter nos obligations de conservation des données de connexion (obligation légale), facturer (exécution du contrat, obligation légale), mesurer l'usage global du service pour l'améliorer (intérêt légitime).

Nous n'utilisons pas le contenu des réunions pour nos propres besoins et nous ne l'analysons pas à des fins publicitaires.

## Où et avec qui ?

Toutes les données sont hébergées en France, dans des centres de données d'Outscale, qualifiés SecNumCloud. La transcription est réalisée par notre propre moteur, sur ces mêmes serveurs. Nos autres sous-traitants sont Brevo (e-mails) et Stripe (paiement par carte pour les petites structures).

## Combien de temps ?

- Enregistrements et transcriptions : 30 jours, puis suppression automatique, sauf si l'organisateur les télécharge ou les supprime avant.
- Messages de discussion : supprimés à la fin de la réunion, sauf pour les salles permanentes.
- Données de connexion : 6 mois.
- Comptes : jusqu'à la fin du contrat de l'organisation, puis 3 mois.

## Vos droits

Si vous participez à une réunion organisée par un client de Réunia, adressez d'abord vos demandes à cette organisation. Pour les données dont Réunia est responsable, écrivez à dpo@reunia.fr. Vous disposez des droits d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité, et pouvez saisir la CNIL.
"""

FR_MUSIQUE = """# Politique en matière de cookies

Ondéa - Dernière mise à jour : 8 janvier 2026

Ondéa est un service de streaming musical proposé par Ondéa SAS, 22 cours Julien, 13006 Marseille. Vous pouvez écouter gratuitement avec de la publicité, ou sans publicité avec l'abonnement Ondéa Premium. Cette politique porte sur les cookies et autres traceurs utilisés sur ondea.fr, sur le lecteur web et dans nos applications.

## Pourquoi des traceurs ?

Nous utilisons des traceurs pour trois raisons :

1. **Faire fonctionner le service** : vous garder connecté, reprendre la lecture sur un autre appareil, appliquer les droits de votre abonnement, respecter les restrictions de diffusion liées aux licences musicales dans votre pays, conserver vos choix. Ces traceurs ne nécessitent pas votre consentement.
2. **Mesurer l'audience** du site et de l'application, pour savoir quelles fonctionnalités sont utilisées. Avec votre consentement.
3. **Financer l'offre gratuite par la publicité** : choisir les publicités audio et visuelles diffusées entre les titres, limiter leur répétition, mesurer leur efficacité et, si vous l'acceptez, les adapter à vos goûts musicaux et à vos centres d'intérêt. Avec votre consentement.

Les abonnés Premium n'entendent pas de publicité ; les traceurs publicitaires ne sont pas utilisés sur leurs comptes.

## Qui dépose ces traceurs ?

| Traceur | Déposé par | Finalité | Durée |
|---|---|---|---|
| ond_sid | Ondéa | Connexion | 1 an |
| ond_device | Ondéa | Reprise de lecture multi-appareils | 1 an |
| ond_cmp | Ondéa | Conservation de vos choix | 6 mois |
| _pk_id | Matomo (hébergé par Ondéa) | Mesure d'audience | 13 mois |
| Identifiant publicitaire mobile | Ondéa, Google Ad Manager | Diffusion et mesure des publicités | Jusqu'à sa réinitialisation |
| IDE | Google Ad Manager | Publicité ciblée | 13 mois |
| test_cookie | Google Ad Manager | Vérifier que les cookies sont acceptés | 15 minutes |

Google Ad Manager est notre seul partenaire publicitaire. Sa politique de confidentialité est disponible sur [policies.google.com/privacy](https://policies.google.com/privacy).

## Vos choix

Un bandeau vous permet d'accepter, de refuser ou de paramétrer les traceurs lors de votre première visite ou de votre première ouverture de l'application. Si vous refusez les traceurs publicitaires, vous continuerez à entendre des publicités dans l'offre gratuite, mais elles ne seront pas personnalisées.

Vous pouvez revenir sur vos choix à tout moment : sur le site, via le lien « Cookies » en pied de page ; dans l'application, dans Paramètres > Confidentialité. Votre choix est conservé 6 mois.

## Contact

dpo@ondea.fr - Ondéa SAS, 22 cours Julien, 13006 Marseille.
"""

FR_MESSAGERIE = """# Politique de confidentialité de Postelle

Version du 12 novembre 2025

Postelle est un service de messagerie électronique et d'agenda conçu et hébergé en France. Il est proposé gratuitement, avec 5 Go de stockage, et en version payante (Postelle Plus et Postelle Pro) avec davantage d'espace et des noms de domaine personnalisés.

Le service est édité par Postelle SAS, 10 rue Mercière, 69002 Lyon (RCS Lyon 880 612 774), responsable du traitement des données décrites ci-dessous.

## Nos engagements

- Vos messages, vos contacts et votre agenda vous appartiennent.
- Nous ne lisons pas et n'analysons jamais le contenu de vos messages, sauf pour le filtrage automatique des courriers indésirables et des virus.
- Nous n'affichons aucune publicité dans la version gratuite comme dans les versions payantes.
- Toutes les données sont hébergées en France, dans nos propres serveurs installés chez des hébergeurs français.

## Données que nous traitons

**Compte** : nom, prénom, adresse Postelle, adresse e-mail de secours, numéro de téléphone de secours, mot de passe (sous forme chiffrée), date de création.

**Contenus** : messages envoyés et reçus, pièces jointes, contacts, événements d'agenda, fichiers stockés.

**Métadonnées** : expéditeurs, destinataires, dates, taille des messages, journaux de connexion (adresse IP, appareil, date et heure).

**Paiement** : pour les offres payantes, nom, adresse de facturation et moyen de paiement, traité par notre prestataire Payplug.

## Finalités et bases légales

- Fournir le service de messagerie, d'agenda et de stockage : exécution du contrat.
- Filtrer les courriers indésirables, les virus et les tentatives d'hameçonnage : intérêt légitime à protéger nos utilisateurs.
- Sécuriser les comptes (détection des connexions inhabituelles, double authentification) : intérêt légitime.
- Conserver les données de connexion pendant la durée imposée par la loi : obligation légale.
- Facturer les offres payantes : exécution du contrat et obligation légale.
- Vous informer des nouveautés de Postelle, si vous l'avez accepté : consentement.

## Destinataires

Vos données sont traitées par nos équipes et par un nombre limité de sous-traitants : Payplug (paiement, France), Zammad hébergé par nos soins (support), et nos hébergeurs Scaleway et OVHcloud (France). Nous transmettons des données aux autorités judiciaires uniquement sur réquisition conforme au droit français, et nous publions chaque année le nombre de réquisitions reçues.

## Durées de conservation

Vos messages et fichiers sont conservés tant que votre compte est actif. Les messages placés dans la corbeille sont supprimés après 30 jours. Les comptes gratuits inactifs depuis 12 mois sont supprimés après deux rappels par e-mail. Les journaux de connexion sont conservés 12 mois, conformément au Code des postes et des communications électroniques.

## Vos droits

Vous disposez des droits d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition. Vous pouvez exporter vos messages (format MBOX), vos contacts (vCard) et votre agenda (iCal) depuis les paramètres. Pour toute autre demande, écrivez à notre délégué à la protection des données à l'adresse dpo@postelle.fr ou par courrier : Postelle SAS - DPO, 10 rue Mercière, 69002 Lyon.

Vous pouvez introduire une réclamation auprès de la CNIL.

## Modifications

Nous vous informerons de toute modification importante par un message dans votre boîte Postelle au moins un mois à l'avance.
"""

FR_BABYPHONE = """# Politique de confidentialité - Nidou

Date de mise à jour : 18 février 2026

Nidou conçoit des babyphones vidéo connectés et l'application Nidou, qui permet aux parents de voir et d'entendre leur bébé depuis leur téléphone, de recevoir une alerte lorsqu'il pleure et de suivre la température et l'humidité de sa chambre.

Le responsable du traitement est Nidou SAS, 4 rue du Vieux-Marché-aux-Vins, 67000 Strasbourg. Vous pouvez nous écrire à vieprivee@nidou.fr.

## Les données traitées

- **Compte des parents** : nom, prénom, adresse e-mail, mot de passe, téléphone (facultatif) et comptes des autres adultes que vous invitez (co-parent, grands-parents, baby-sitter).
- **Profil du bébé** : prénom ou surnom et date de naissance, si vous les indiquez, pour adapter les conseils de sommeil.
- **Flux vidéo et audio** : transmis en direct et chiffré de bout en bout entre la caméra et les téléphones autorisés. Nous ne pouvons pas le voir.
- **Clips d'événements** : lorsque vous activez l'historique, la caméra enregistre de courts clips (30 secondes) quand elle détecte des pleurs ou un mouvement. Ces clips sont chiffrés de bout en bout avant d'être envoyés sur nos serveurs.
- **Mesures de la chambre** : température, humidité, niveau sonore.
- **Journal de sommeil** : heures d'endormissement et de réveil estimées par la caméra, et les notes que vous ajoutez.
- **Données techniques** : numéro de série et version du micrologiciel de la caméra, modèle de téléphone, adresse IP.

## Pourquoi

Nous utilisons ces données pour faire fonctionner la caméra et l'application, vous envoyer les alertes, vous présenter le journal de sommeil, mettre à jour le micrologiciel et assurer la sécurité des caméras (exécution du contrat et intérêt légitime). La détection des pleurs est faite par la caméra elle-même.

Nous n'utilisons ni les images ni les sons de votre enfant pour entraîner des algorithmes, et nous ne les partageons avec personne.

## Hébergement et destinataires

Vos données sont hébergées chez OVHcloud à Roubaix (France). Les notifications sont envoyées via les services d'Apple et de Google, qui ne reçoivent qu'un message générique (« Nidou a détecté des pleurs »), sans image ni son. Nos autres sous-traitants sont Brevo (e-mails) et Freshdesk (service client).

## Conservation

Les clips d'événements sont conservés 7 jours, puis effacés automatiquement. Le journal de sommeil et les mesures de la chambre sont conservés 12 mois. Le compte est conservé jusqu'à sa suppression. Les demandes au service client sont conservées 2 ans.

## Vos droits

Vous pouvez accéder à vos données, les rectifier, les supprimer, en demander la portabilité ou la limitation et vous opposer à leur traitement en écrivant à vieprivee@nidou.fr. Vous pouvez aussi supprimer vous-même les clips et votre compte dans l'application. Vous avez le droit d'introduire une réclamation auprès de la CNIL.
"""

FR_PETITIONS = """# Données personnelles

*Mobilisons.org - politique de protection des données, mise à jour le 5 mai 2025*

Mobilisons.org est une plateforme de pétitions en ligne gérée par l'association Mobilisons (loi 1901), 17 rue de la Paix, 44000 Nantes. Toute personne peut y lancer une pétition ou en signer une. L'association est responsable du traitement des données collectées sur le site.

## Quand vous signez une pétition

Nous vous demandons votre prénom, votre nom, votre adresse e-mail et votre code postal. Vous pouvez aussi laisser un commentaire.

Ces données servent à enregistrer votre signature, à éviter les signatures en double et à vous confirmer votre signature par e-mail. Votre prénom, l'initiale de votre nom et votre ville apparaissent dans la liste publique des signataires, sauf si vous cochez « Signer de façon anonyme ». Votre commentaire est public.

Lorsque la pétition est remise à son destinataire (un élu, une entreprise, une administration), l'auteur de la pétition peut lui transmettre le nombre de signatures et la liste des prénoms, noms et codes postaux des signataires. Il ne transmet jamais les adresses e-mail.

Si vous cochez la case correspondante, l'auteur de la pétition peut vous écrire pour vous tenir informé des suites. Si vous cochez l'autre case, Mobilisons vous envoie sa lettre d'information sur d'autres pétitions. Ces deux cases ne sont jamais cochées par défaut.

## Quand vous lancez une pétition

Nous enregistrons vos nom, prénom, adresse e-mail et, si vous le souhaitez, le nom de l'organisation que vous représentez. Votre nom et le texte de la pétition sont publics.

## Opinions politiques

Signer une pétition peut révéler vos opinions politiques, philosophiques ou syndicales. Nous ne traitons ces données qu'avec votre consentement explicite, que vous donnez en signant. Nous ne les utilisons jamais pour établir de profils et nous ne les vendons pas.

## Qui a accès à vos données

L'équipe salariée de l'association, l'auteur de la pétition dans les limites indiquées ci-dessus, et nos prestataires techniques : Infomaniak (hébergement et e-mails, Suisse) et Matomo, installé sur nos propres serveurs, pour des statistiques de fréquentation anonymes. La Suisse bénéficie d'une décision d'adéquation de la Commission européenne.

## Combien de temps

Les signatures sont conservées pendant la durée de la pétition et 12 mois après sa clôture, puis supprimées ; seul le nombre total de signatures est conservé. Si vous avez accepté de recevoir notre lettre d'information, votre adresse est conservée jusqu'à votre désinscription ou 3 ans après votre dernière ouverture d'un message.

## Vos droits

Vous pouvez retirer votre signature, accéder à vos données, les rectifier, les effacer ou vous opposer à leur traitement. Écrivez à donnees@mobilisons.org en indiquant la pétition concernée, depuis l'adresse e-mail utilisée pour signer. Nous vous répondons dans un délai d'un mois. Vous pouvez aussi adresser une réclamation à la CNIL.
"""

FR_CRYPTO = """# Politique de confidentialité d'Ancre

Dernière mise à jour : 2 février 2026

Ancre est une plateforme d'achat, de vente et de conservation de crypto-actifs (bitcoin, ether et une trentaine d'autres actifs) accessible sur ancre.io et dans l'application Ancre. Elle est exploitée par Ancre SAS, prestataire de services sur crypto-actifs agréé par l'Autorité des marchés financiers conformément au règlement européen MiCA.

Cette politique explique comment nous traitons vos données personnelles. Certaines données nous sont imposées par la réglementation financière : sans elles, nous ne pouvons pas vous ouvrir de compte.

## 1. Responsable du traitement

Ancre SAS, 58 rue de la Victoire, 75009 Paris, RCS Paris 894 770 215, est responsable du traitement.

Notre délégué à la protection des données peut être contacté :

- par e-mail : dpo@ancre.io ;
- par courrier : Ancre SAS, à l'attention du DPO, 58 rue de la Victoire, 75009 Paris.

## 2. Données collectées

### 2.1 À l'ouverture du compte

- Identité : nom, prénoms, date et lieu de naissance, nationalité, adresse, copie de votre pièce d'identité, selfie vidéo de vérification.
- Situation : profession, tranche de revenus et de patrimoine, origine des fonds que vous comptez investir.
- Résidence fiscale et numéro d'identification fiscale.
- Réponses au questionnaire sur votre connaissance des crypto-actifs et des risques.

### 2.2 Pendant l'utilisation

- Opérations : dépôts et retraits en euros (avec l'IBAN de votre compte bancaire), achats, ventes, conversions, dépôts et retraits de crypto-actifs (avec les adresses de blockchain utilisées).
- Justificatifs complémentaires que nous pouvons vous demander, par exemple un justificatif de l'origine des fonds au-delà de certains montants.
- Données techniques : adresse IP, appareil, système d'exploitation, journaux de connexion, localisation approximative déduite de l'adresse IP.
- Échanges avec le service client.

### 2.3 Auprès de tiers

- Notre prestataire de vérification d'identité nous transmet le résultat de ses contrôles.
- Nous consultons les listes de sanctions financières et de personnes politiquement exposées.
- Nos outils d'analyse de blockchain nous indiquent si une adresse de crypto-actifs avec laquelle vous interagissez est liée à des activités illicites connues.

## 3. Finalités et bases légales

| Finalité | Base légale |
|---|---|
| Ouverture et gestion de votre compte, exécution de vos ordres, conservation de vos crypto-actifs | Exécution du contrat |
| Connaissance client, lutte contre le blanchiment de capitaux et le financement du terrorisme, gel des avoirs | Obligation légale |
| Transmission des informations sur l'expéditeur et le bénéficiaire des transferts de crypto-actifs (« règle du voyage ») | Obligation légale |
| Évaluation du caractère approprié des services au regard de vos connaissances | Obligation légale |
| Déclarations fiscales (DAC8) | Obligation légale |
| Sécurité des comptes et prévention de la fraude | Intérêt légitime |
| Statistiques d'usage et amélioration de l'application | Intérêt légitime |
| Envoi de notre lettre d'information et d'offres | Consentement |

Les opérations signalées par nos outils de surveillance sont examinées par un analyste de notre équipe conformité, qui décide des suites à donner (demande de justificatif, déclaration à Tracfin, blocage des fonds lorsque la loi l'impose).

## 4. Destinataires

- Les équipes habilitées d'Ancre (service client, conformité, sécurité).
- Nos sous-traitants : [Ubble](https://www.ubble.ai/fr/politique-de-confidentialite/) (vérification d'identité, France), [Chainalysis](https://www.chainalysis.com/privacy-policy/) (analyse de blockchain, Irlande), Google Cloud (hébergement, Belgique), Zendesk (service client, Union européenne), Sendgrid (e-mails).
- Les autres prestataires de services sur crypto-actifs impliqués dans vos transferts, dans le cadre de la règle du voyage.
- Notre banque partenaire pour la gestion des fonds en euros.
- Les autorités : Tracfin, AMF, ACPR, administration fiscale, autorités judiciaires, dans les cas prévus par la loi.

Les transactions sur une blockchain publique sont visibles de tous par nature ; elles ne contiennent toutefois pas votre nom.

## 5. Transferts hors Union européenne

Sendgrid (Twilio Inc.) et le support technique de Chainalysis peuvent accéder à des données depuis les États-Unis. Ces transferts sont encadrés par le Data Privacy Framework et, à défaut, par les clauses contractuelles types de la Commission européenne.

## 6. Durées de conservation

| Données | Durée |
|---|---|
| Documents d'identité et données de connaissance client | 5 ans après la clôture du compte (Code monétaire et financier) |
| Historique des opérations | 5 ans après leur exécution, et 10 ans pour les pièces comptables |
| Questionnaire de connaissances | Durée de la relation, puis 5 ans |
| Données techniques et journaux de connexion | 12 mois |
| Échanges avec le service client | 3 ans après le dernier échange |
| Dossier d'ouverture non abouti | 6 mois |

## 7. Vos droits

Vous disposez des droits d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition, ainsi que du droit de retirer votre consentement et de définir des directives relatives à vos données après votre décès. Certaines données ne peuvent pas être effacées tant que la loi nous impose de les conserver.

Pour exercer vos droits, écrivez au DPO par e-mail ou par courrier. L'exercice de vos droits est gratuit. Nous vous répondons dans un délai d'un mois, qui peut être prolongé de deux mois si la demande est complexe.

Vous pouvez introduire une réclamation auprès de la CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07.

## 8. Sécurité

Les crypto-actifs de nos clients sont conservés majoritairement hors ligne, dans des portefeuilles protégés par des modules matériels de sécurité. Vos données personnelles sont chiffrées, l'accès à votre compte est protégé par une double authentification obligatoire, et nos systèmes sont audités régulièrement.

## 9. Personnes mineures

Les services d'Ancre sont réservés aux personnes majeures résidant dans l'Espace économique européen. Si nous découvrons qu'un compte a été ouvert par une personne mineure, nous le clôturons et restituons les fonds à son représentant légal.

## 10. Cookies

Notre site utilise des cookies nécessaires à son fonctionnement et, avec votre accord, des cookies de mesure d'audience. Vous trouverez leur liste et pourrez modifier vos choix dans notre [politique cookies](https://ancre.io/cookies).

## 11. Modifications

Nous vous informerons de toute modification importante de cette politique par e-mail et dans l'application, un mois au moins avant son entrée en vigueur.
"""

FR_ECHANGE = """# Politique de confidentialité

**Troquelogis** - échange de maisons entre particuliers

Dernière mise à jour : 30 novembre 2025

Troquelogis met en relation des particuliers qui souhaitent échanger leur logement pour les vacances : vous accueillez une famille chez vous pendant que vous séjournez chez une autre, sans échange d'argent entre membres. L'adhésion annuelle donne accès à l'ensemble des annonces.

Troquelogis SAS, 2 place du Capitole, 31000 Toulouse (RCS Toulouse 901 234 567), est responsable du traitement de vos données. Contact : confidentialite@troquelogis.fr.

## Vos données

- **Profil** : prénom, nom, photo, composition du foyer (nombre d'adultes et d'enfants, âges des enfants), langues parlées, présentation libre.
- **Logement** : adresse (seule la ville est affichée publiquement), photos, description, équipements, règles de la maison, calendrier de disponibilité.
- **Vérification** : copie d'une pièce d'identité et d'un justificatif de domicile, pour obtenir le badge « Membre vérifié ». Ces documents sont examinés par notre équipe puis supprimés ; nous ne conservons que le résultat.
- **Échanges** : messages avec les autres membres, accords d'échange, avis laissés et reçus.
- **Paiement de l'adhésion** : traité par Stripe ; nous ne conservons que la date et le montant.
- **Navigation** : adresse IP, appareil, pages consultées, recherches.

## Utilisations

- Publier votre profil et votre annonce, permettre la recherche et la mise en relation (exécution du contrat).
- Vérifier l'identité des membres qui le souhaitent et lutter contre les fausses annonces (intérêt légitime à garantir la confiance entre membres).
- Gérer votre adhésion et sa facturation (exécution du contrat, obligation légale).
- Vous aider en cas de litige entre membres (exécution du contrat).
- Vous envoyer notre lettre d'inspiration et des idées de destinations, si vous l'acceptez (consentement).

## Destinataires

Les autres membres connectés voient votre profil et votre annonce, sans votre adresse exacte, que vous communiquez vous-même à votre partenaire d'échange. Nos sous-traitants sont Stripe (paiement), Scaleway (hébergement, France), Brevo (e-mails) et Crisp (messagerie du support). Nous ne vendons pas vos données.

## Conservation

Votre profil et votre annonce sont conservés tant que votre adhésion est active, puis 2 ans pour vous permettre de la renouveler facilement ; ils sont masqués dès la fin de l'adhésion. Les messages sont conservés 3 ans après le dernier échange. Les factures sont conservées 10 ans.

## Vos droits

Vous pouvez accéder à vos données, les rectifier, les supprimer, demander leur portabilité ou la limitation de leur traitement, et vous opposer aux traitements fondés sur notre intérêt légitime, en écrivant à confidentialite@troquelogis.fr. Vous pouvez saisir la CNIL si vous estimez que vos droits ne sont pas respectés.

## Évolution

Nous vous préviendrons par e-mail de toute modification importante au moins un mois avant son entrée en vigueur.
"""

FR_NAVIGATEUR = """# Boussole - Notice de confidentialité du navigateur

Mise à jour du 14 octobre 2025

Boussole est un navigateur web pour ordinateur et mobile, développé par Boussole Logiciels SAS, 9 rue Thiers, 76000 Rouen. Il bloque par défaut les traceurs publicitaires et les pistages entre sites. Cette notice explique quelles données le navigateur transmet à Boussole Logiciels, responsable du traitement, et comment les contrôler.

## Ce qui reste sur votre appareil

Votre historique, vos favoris, vos mots de passe enregistrés, vos formulaires, vos onglets ouverts et vos cookies restent sur votre appareil. Si vous activez la synchronisation, ils sont chiffrés sur votre appareil avec une clé que nous ne connaissons pas, avant d'être envoyés sur nos serveurs : nous ne pouvons pas les lire.

## Ce que le navigateur nous transmet

**Vérification des mises à jour.** Une fois par jour, le navigateur demande à nos serveurs si une nouvelle version est disponible, en indiquant sa version, votre système d'exploitation et votre langue.

**Listes de blocage.** Le navigateur télécharge régulièrement les listes de traceurs à bloquer. Cette requête ne contient aucun identifiant.

**Navigation sécurisée.** Pour vous protéger contre les sites malveillants, le navigateur compare les adresses que vous visitez à une liste téléchargée sur votre appareil. Seul un préfixe de hachage partiel est envoyé à nos serveurs lorsqu'une adresse ressemble à un site dangereux.

**Télémétrie.** Le navigateur envoie chaque semaine des statistiques techniques : version, système, nombre d'onglets ouverts, temps de démarrage, plantages et fonctionnalités utilisées. Ces statistiques sont associées à un identifiant aléatoire propre à l'installation, qui n'est lié ni à votre compte ni à votre adresse IP, que nous ne conservons pas. Vous pouvez désactiver l'envoi de ces données de télémétrie à tout moment dans Paramètres > Vie privée > Télémétrie.

**Moteur de recherche.** Lorsque vous faites une recherche depuis la barre d'adresse, votre requête est envoyée au moteur de recherche que vous avez choisi, selon sa propre politique de confidentialité. Boussole Logiciels ne reçoit pas vos recherches.

## Compte Boussole

Un compte n'est nécessaire que pour la synchronisation. Il contient votre adresse e-mail, un mot de passe et la liste de vos appareils synchronisés.

## Bases légales et destinataires

Les mises à jour, listes de blocage et la navigation sécurisée sont nécessaires au fonctionnement du navigateur que vous avez installé. La télémétrie repose sur notre intérêt légitime à améliorer le navigateur. Le compte repose sur l'exécution du contrat.

Nos serveurs sont hébergés par OVHcloud en France. Les données de télémétrie sont analysées sur une instance de ClickHouse hébergée par nos soins.

## Conservation

Les données de télémétrie sont conservées 12 mois. Les données de synchronisation sont supprimées 30 jours après la suppression du compte. Les journaux des serveurs de mise à jour sont conservés 7 jours.

## Vos droits

Vous pouvez accéder à vos données, les rectifier, les supprimer, vous opposer à leur traitement ou en demander la portabilité en écrivant à vie-privee@boussole.app. Pour la télémétrie, indiquez l'identifiant d'installation affiché dans Paramètres > Vie privée. Vous pouvez introduire une réclamation auprès de la CNIL.
"""

FR_GPS = """# Politique de confidentialité d'Itinéro

Dernière révision : 11 mars 2026

Itinéro est une application de navigation routière qui calcule vos itinéraires, vous guide pas à pas et vous informe en temps réel sur le trafic, les travaux et les zones de danger signalées par la communauté. Elle est éditée par Itinéro SAS, 15 rue Sainte-Catherine, 54000 Nancy, responsable du traitement.

## 1. Les données que nous utilisons

**Position.** Pendant la navigation, l'application utilise la position GPS de votre téléphone pour vous guider. Si vous l'acceptez, elle envoie à nos serveurs votre position et votre vitesse pendant vos trajets, afin de calculer l'état du trafic pour tous les utilisateurs. Ces relevés sont séparés de votre compte : ils sont associés à un identifiant temporaire qui change à chaque trajet, et le début et la fin de chaque trajet sont supprimés pour ne pas révéler votre domicile ou votre lieu de travail.

**Lieux enregistrés.** Les adresses « Maison », « Travail » et vos favoris, si vous les enregistrez. Ils sont synchronisés avec votre compte.

**Signalements.** Les accidents, bouchons, contrôles et obstacles que vous signalez, avec leur position et l'heure. Ils sont affichés aux autres utilisateurs sous votre pseudonyme, ou de façon anonyme si vous le choisissez.

**Compte.** Adresse e-mail, pseudonyme, véhicule (type de motorisation et gabarit, pour adapter les itinéraires et les zones à faibles émissions), vignette Crit'Air.

**Données techniques.** Modèle de téléphone, version du système et de l'application, rapports de plantage.

## 2. Pourquoi

- Calculer vos itinéraires et vous guider (exécution du contrat).
- Calculer l'état du trafic à partir des relevés anonymisés de la communauté (intérêt légitime ; vous pouvez désactiver l'envoi dans Réglages > Confidentialité).
- Afficher et modérer les signalements (exécution du contrat, intérêt légitime).
- Corriger les problèmes de l'application (intérêt légitime).

Itinéro est gratuit et sans publicité. Nous ne vendons pas vos données de position et nous ne les partageons pas avec des annonceurs.

## 3. Prestataires

Nous utilisons :

- OVHcloud (hébergement, France) ;
- Firebase Crashlytics, fourni par Google Ireland Ltd (rapports de plantage ; des données peuvent être traitées aux États-Unis, sous clauses contractuelles types) ;
- Bugsnag, fourni par SmartBear Software (rapports de plantage de la version web, États-Unis, sous clauses contractuelles types) ;
- Brevo (e-mails, France).

## 4. Conservation

Les relevés de trafic anonymisés sont conservés 24 mois pour les statistiques historiques. Les signalements sont supprimés de la carte dès qu'ils ne sont plus confirmés, et conservés 6 mois pour la modération. Les rapports de plantage sont conservés 90 jours. Votre compte et vos lieux enregistrés sont conservés jusqu'à la suppression du compte.

## 5. Vos droits

Vous disposez des droits d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité. Exercez-les dans Réglages > Mon compte ou par e-mail à donnees@itinero.fr. Vous pouvez introduire une réclamation auprès de la CNIL.
"""

FR_NOTES = """# Politique de confidentialité - Carnetier

Version en vigueur au 1er décembre 2025

Carnetier est une application de prise de notes et d'organisation personnelle : notes, listes, carnets, rappels et documents numérisés, synchronisés entre votre ordinateur, votre téléphone et votre tablette. Carnetier est édité par Carnetier SAS, 7 rue du Palais, 35000 Rennes.

Pour toute question sur vos données : dpo@carnetier.fr ou https://carnetier.fr/contact.

## Les données

**Votre compte** : adresse e-mail, nom affiché, mot de passe (stocké sous forme hachée) et formule d'abonnement.

**Vos contenus** : notes, listes, carnets, pièces jointes, documents numérisés, rappels, étiquettes. Ils sont chiffrés sur nos serveurs. La recherche dans les images et les documents numérisés (reconnaissance de texte) est faite sur votre appareil.

**Les informations techniques** : appareils connectés, version de l'application, adresse IP, journaux de synchronisation et rapports d'erreurs.

**La facturation** : nom, pays et historique des paiements de Carnetier Plus. Le paiement est traité par Paddle (https://www.paddle.com/legal/privacy), revendeur officiel de nos abonnements.

## Les finalités

Nous traitons ces données pour synchroniser et sauvegarder vos contenus, partager les carnets que vous décidez de partager, vous envoyer les rappels que vous programmez, gérer votre abonnement, répondre à vos demandes d'assistance et corriger les erreurs de l'application. Bases légales : l'exécution du contrat et, pour la correction des erreurs, notre intérêt légitime.

## Les destinataires

Nos serveurs sont hébergés par Scaleway à Paris. Les e-mails sont envoyés par Brevo et le support est assuré avec Crisp, deux sociétés françaises. Les personnes avec qui vous partagez un carnet accèdent à son contenu. Aucune donnée n'est transférée hors de l'Union européenne.

## Les durées

Vos contenus sont conservés tant que votre compte existe. Les notes supprimées restent 30 jours dans la corbeille. Après la suppression du compte, tout est effacé sous 30 jours, hors factures (10 ans). Les journaux techniques sont conservés 6 mois.

## Vos droits

Accès, rectification, effacement, limitation, opposition, portabilité (export de vos notes au format Markdown ou HTML depuis l'application) : écrivez à dpo@carnetier.fr. Réclamation possible auprès de la CNIL : https://www.cnil.fr/fr/plaintes.
"""

FR_WEBTOON = """# Gestion des cookies

Bullesque - lecture de webtoons et de bandes dessinées en ligne

Mise à jour : 25 février 2026

Bullesque est une plateforme de lecture de webtoons et de bandes dessinées numériques, éditée par Bullesque & Cie SAS, 30 rue Nationale, 37000 Tours. Certains épisodes sont gratuits ; d'autres se débloquent avec des « bulles », la monnaie virtuelle de la plateforme, ou avec l'abonnement Bullesque Illimité.

## Pourquoi des cookies sur Bullesque

- Pour vous connecter et mémoriser votre progression dans chaque série (cookies nécessaires).
- Pour retenir vos réglages de lecture : sens de défilement, mode nuit, taille du texte (cookies nécessaires).
- Pour mesurer l'audience des séries et savoir quels épisodes font décrocher les lecteurs, afin d'aider nos auteurs (cookies de mesure d'audience, avec votre accord).
- Pour vous proposer des séries proches de celles que vous lisez, sur Bullesque uniquement (cookies de personnalisation, avec votre accord).

Nous n'utilisons pas de cookies publicitaires et nous n'affichons pas de publicité.

## Liste des cookies

| Cookie | Finalité | Durée |
|---|---|---|
| bq_sess | Connexion | Session |
| bq_lecture | Progression et réglages de lecture | 12 mois |
| bq_consent | Mémorisation de vos choix | 6 mois |
| _pk_id | Mesure d'audience (Matomo, hébergé par Bullesque) | 13 mois |
| _pk_ses | Mesure d'audience (Matomo) | 30 minutes |
| bq_reco | Recommandations de séries | 13 mois |

## Vos choix

À votre arrivée, vous pouvez tout accepter, tout refuser ou choisir finalité par finalité. Vous pouvez changer d'avis à tout moment en cliquant sur « Cookies » en bas de page. Si vous refusez, vous pouvez lire exactement les mêmes épisodes.

Les lecteurs de moins de 15 ans ne reçoivent pas de cookies de personnalisation, même s'ils les acceptent.

## Contact

Pour toute question : dpo@bullesque.fr - Bullesque & Cie SAS, 30 rue Nationale, 37000 Tours.
"""

EN_BASES: dict[str, tuple[str, str, str]] = {
    "fitness": ("privacy", "Stridewise", EN_FITNESS),
    "aiwriter": ("privacy", "Quillmate", EN_AIWRITER),
    "journal": ("privacy", "Tidepool Journal", EN_JOURNAL),
    "period": ("privacy", "Cyclia", EN_PERIOD),
    "passwords": ("privacy", "Vaultline", EN_PASSWORDS),
    "podcast": ("cookies", "Castbarn", EN_PODCAST),
    "jobs": ("privacy", "HireHarbour", EN_JOBS),
    "neobank": ("privacy", "Brightpenny", EN_NEOBANK),
    "parking": ("privacy", "Kerbside", EN_PARKING),
    "vpn": ("privacy", "Tunnelfox VPN", EN_VPN),
    "survey": ("privacy", "Pollwright", EN_SURVEY),
    "thermostat": ("privacy", "Hearthly", EN_THERMOSTAT),
    "games": ("cookies", "Pixel Orchard Games", EN_GAMES),
    "photoprint": ("cookies", "Printloft", EN_PHOTOPRINT),
    "sleep": ("privacy", "Hushwave", EN_SLEEP),
    "newsletter": ("cookies", "Letterkite", EN_NEWSLETTER),
    "cloud": ("privacy", "Driftbox", EN_CLOUD),
    "robovac": ("privacy", "Sweepa Robotics", EN_ROBOVAC),
    "recipes": ("cookies", "Pantrypal", EN_RECIPES),
    "sitebuilder": ("privacy", "Framewell", EN_SITEBUILDER),
}
FR_BASES: dict[str, tuple[str, str, str]] = {
    "langues": ("privacy", "Lingane", FR_LANGUES),
    "domotique": ("privacy", "Domelia", FR_DOMOTIQUE),
    "occasion": ("privacy", "Revendo", FR_OCCASION),
    "financement": ("privacy", "Soutenons.fr", FR_CROWDFUNDING),
    "livraison": ("cookies", "Plat Minute", FR_LIVRAISON),
    "presse": ("cookies", "L'Éclaireur", FR_PRESSE),
    "enfants": ("privacy", "Pirouette École", FR_ENFANTS),
    "livresaudio": ("cookies", "Voxlibris", FR_LIVRESAUDIO),
    "budget": ("privacy", "Pécule", FR_BUDGET),
    "visio": ("privacy", "Réunia", FR_VISIO),
    "musique": ("cookies", "Ondéa", FR_MUSIQUE),
    "messagerie": ("privacy", "Postelle", FR_MESSAGERIE),
    "babyphone": ("privacy", "Nidou", FR_BABYPHONE),
    "petitions": ("privacy", "Mobilisons.org", FR_PETITIONS),
    "crypto": ("privacy", "Ancre", FR_CRYPTO),
    "echange": ("privacy", "Troquelogis", FR_ECHANGE),
    "navigateur": ("privacy", "Boussole", FR_NAVIGATEUR),
    "gps": ("privacy", "Itinéro", FR_GPS),
    "notes": ("privacy", "Carnetier", FR_NOTES),
    "webtoon": ("cookies", "Bullesque", FR_WEBTOON),
}


def en(key: str) -> str:
    return f"{NAME}-base-en-{key}"


def fr(key: str) -> str:
    return f"{NAME}-base-fr-{key}"


def setext(headings: list[str], level: int) -> list[tuple[str, str]]:
    """Edits turning '#'-style headings into underlined (setext) headings, as another converter renders them."""
    mark, line = ("#", "=") if level == 1 else ("##", "-")
    return [(f"{mark} {h}\n", f"{h}\n{line * len(h)}\n") for h in headings]


JOBS_SECURITY = """## 8. Security

We use encryption in transit and at rest, two-factor authentication for employer accounts and regular security testing. Employers must verify their company before they can read applications.

"""

SITE_VISITORS = """## Visitors of sites built with Framewell

If you visited a site built with Framewell and want to exercise your rights, contact the owner of that site. We will help site owners answer your request.

"""

EN_EDITS: list[Pair] = [
    # 1-2 Stridewise (fitness tracking)
    (en("fitness"), "major", ["R6", "R7"], False, False,
     'Zendesk\'s location changes from "Germany" to "Germany, United States" (support tickets now transferred outside the EU) and the minimum age drops from 16 to 13 with parental consent, so data of 13-15 year olds is newly collected.',
     [("| Zendesk Inc. | Customer support tickets | Name, email address, support messages | Germany |",
       "| Zendesk Inc. | Customer support tickets | Name, email address, support messages | Germany, United States |"),
      ("Mapbox processes workout routes in the United States. We rely on",
       "Mapbox processes workout routes, and Zendesk may process support tickets, in the United States. We rely on"),
      ("Stridewise is not intended for anyone under 16, and we do not knowingly create accounts for people under that age. If you believe a child under 16 has given us personal data, contact us and we will delete it.",
       "Stridewise is not intended for children under 13. Teenagers aged 13 to 15 can create an account if a parent or guardian confirms their consent by email. If you believe a child under 13 has given us personal data, contact us and we will delete it.")]),
    (en("fitness"), "editorial", ["R1"], False, True,
     "Re-capture only: the recipients table is re-rendered with padded cells and a spaced delimiter row, and the retention list markers change from \"-\" to \"*\"; no word changes.",
     [("| Recipient | Service | Data | Location |\n|---|---|---|---|\n",
       "| Recipient                     | Service                      | Data                                  | Location      |\n| ----------------------------- | ---------------------------- | ------------------------------------- | ------------- |\n"),
      ("- Account data: for as long as your account is open, then deleted within 30 days of closure.\n- Activity and health data:",
       "* Account data: for as long as your account is open, then deleted within 30 days of closure.\n* Activity and health data:"),
      ("- Support messages: 24 months after the ticket is closed.\n- Subscription and tax records: 6 years, as required by Irish tax law.\n- Backups: overwritten within 35 days.",
       "* Support messages: 24 months after the ticket is closed.\n* Subscription and tax records: 6 years, as required by Irish tax law.\n* Backups: overwritten within 35 days.")]),
    # 3-4 Quillmate (AI writing assistant)
    (en("aiwriter"), "rights_reducing", ["R12", "R2"], False, False,
     'The promise "We never use your documents, prompts or outputs to train or fine-tune AI models" becomes "We may use de-identified excerpts of your documents, prompts and outputs ... to train and evaluate our own AI models" (opt-out only): a "never" turned into "may" and a new purpose.',
     [("3. Improve the product: measure which features are used and where suggestions are rejected, using usage information and feedback, never the text of your documents.",
       "3. Improve the product: measure which features are used and where suggestions are rejected, and train our models as described below."),
      ("**Training.** We never use your documents, prompts or outputs to train or fine-tune AI models, ours or anyone else's. Our models are trained on licensed and publicly available text only.",
       "**Training.** We may use de-identified excerpts of your documents, prompts and outputs, together with your feedback on suggestions, to train and evaluate our own AI models. You can switch this off at any time in Settings > Data controls. Content from Quillmate Teams workspaces is never used for training.")]),
    (en("aiwriter"), "minor", ["R9"], False, False,
     'Unsaved prompts and outputs are now deleted from the logs after 30 days instead of 90 ("kept in our logs for 90 days" -> "30 days"), a shorter retention; the effective date is updated.',
     [("Effective date: 12 January 2026", "Effective date: 4 May 2026"),
      ("are kept in our logs for 90 days so we can investigate abuse", "are kept in our logs for 30 days so we can investigate abuse")]),
    # 5-6 Tidepool Journal (mental-health journaling)
    (en("journal"), "major", ["R7"], False, False,
     "New data category and source: health data imported from Apple Health or Google Health Connect (step count, sleep duration, workouts) is now collected and stored with the entries.",
     [before("**Reminders.**",
             "**Data from health apps.** If you connect Apple Health or Google Health Connect, we import your daily step count, sleep duration and workouts so that Insights can show them next to your moods. Imported data is stored with your entries and encrypted in the same way.\n\n")]),
    (en("journal"), "editorial", ["R1"], False, False,
     "Rewording only: the introduction is shortened (\"we have tried to keep this policy short and clear\" -> \"we have kept this policy short and plain\"), the rights sentence is rephrased with the same rights and channel, and the version stamp changes.",
     [("Version 4.2 - last updated 19 February 2026", "Version 4.3 - last updated 11 June 2026"),
      ("We know that what you write here is personal, so we have tried to keep this policy short and clear.",
       "What you write here is personal, so we have kept this policy short and plain."),
      ("You may access, correct, export or delete your data, object to our use of usage data, and complain to",
       "You have the right to access, correct, export or delete your data and to object to our use of usage data. You can also complain to")]),
    # 7-8 Cyclia (period tracker)
    (en("period"), "rights_reducing", ["R4"], False, False,
     'Identity check made harder: requests sent "from the email address of your account" must now "attach a copy of an official identity document (passport or national identity card)", and the one-month clock only starts on a "complete request".',
     [("For other requests, write to privacy@cyclia.app from the email address of your account, so we can be sure the request comes from you. We answer within one month.",
       "For other requests, write to privacy@cyclia.app and attach a copy of an official identity document (passport or national identity card), so we can be sure the request comes from you. We answer within one month of receiving a complete request.")]),
    (en("period"), "minor", ["R9"], False, False,
     'New opt-out for the only data processed on legitimate interest: crash reports can now be switched off ("which you can switch off in Settings > Privacy > Diagnostics"); date stamp updated.',
     [("Last updated: 2 April 2026", "Last updated: 18 August 2026"),
      ("* **Technical data**: app version, operating system, language and anonymous crash reports.",
       "* **Technical data**: app version, operating system, language and anonymous crash reports, which you can switch off in Settings > Privacy > Diagnostics.")]),
    # 9-10 Vaultline (password manager)
    (en("passwords"), "major", ["R5"], False, False,
     "A new processor is named with a link: support conversations are now handled in Zendesk (\"Support conversations are handled in [Zendesk](...)\"), a recipient that was not disclosed before.",
     [("Transactional emails are sent by [Postmark](https://postmarkapp.com/privacy-policy) from the European Union.",
       "Transactional emails are sent by [Postmark](https://postmarkapp.com/privacy-policy) from the European Union. Support conversations are handled in [Zendesk](https://www.zendesk.com/company/agreements-and-terms/privacy-notice/), hosted in its European Union data centres.")]),
    (en("passwords"), "editorial", ["R1"], False, False,
     'Plain rewording: "Please never send us a password." -> "Never include a password in a message to us." and the heading "Retention" -> "How long we keep data"; same practice.',
     [("Please never send us a password.", "Never include a password in a message to us."),
      ("## Retention\n", "## How long we keep data\n")]),
    # 11-12 Castbarn (podcast hosting), cookie policy
    (en("podcast"), "major", ["R16"], False, False,
     'Longer cookie lifetime within the 13-month cap: Matomo visitor cookie "_pk_id ... 6 months" -> "13 months"; review date updated.',
     [("last reviewed 5 January 2026", "last reviewed 2 May 2026"),
      ("| _pk_id | Matomo (self-hosted by Castbarn) | Analytics | Distinguishes visitors | 6 months |",
       "| _pk_id | Matomo (self-hosted by Castbarn) | Analytics | Distinguishes visitors | 13 months |")]),
    (en("podcast"), "minor", ["R17"], False, False,
     "Hotjar is removed: the \"_hjSessionUser | Hotjar Ltd\" row and the sentence pointing to the Hotjar privacy policy are deleted; no tracker is added.",
     [drop("| _hjSessionUser | Hotjar Ltd |"),
      (" Hotjar Ltd is based in Malta and processes data in the European Union; see the [Hotjar privacy policy](https://www.hotjar.com/legal/policies/privacy/).", "")]),
    # 13-14 HireHarbour (job board)
    (en("jobs"), "major", ["R11", "R2"], False, False,
     "Automated scoring introduced: a \"Match Score ... calculated automatically by HireHarbour from your CV\" lets employers see only applications above a threshold; a new profiling purpose replaces the plain \"order they were received\".",
     [before("| Preventing fraud, fake vacancies and abuse |",
             "| Calculating a Match Score for each application | Professional information, screening answers | Legitimate interest |\n"),
      ("Employers see applications in the order they were received and decide themselves which candidates to contact.",
       "Employers can sort applications by Match Score, a percentage calculated automatically by HireHarbour from your CV, your answers to screening questions and the job description. Employers may choose to see only applications above a Match Score they set; the others are moved to a separate folder that the employer may never open. You can ask us to explain how your score was calculated.")]),
    (en("jobs"), "editorial", ["R1"], False, False,
     "Sections reordered only: \"Security\" moves up before \"Your rights\" and the sections are renumbered (6-8); the date stamp changes; no wording of substance changes.",
     [("Last updated: 10 March 2026", "Last updated: 22 June 2026"),
      ("## 6. Your rights\n", JOBS_SECURITY.replace("## 8. Security", "## 6. Security") + "## 7. Your rights\n"),
      ("## 7. Newsletters and job alerts", "## 8. Newsletters and job alerts"),
      (JOBS_SECURITY, "")]),
    # 15-16 Brightpenny (neobank)
    (en("neobank"), "rights_reducing", ["R4"], False, False,
     'Rights requests become slower: "within one month of receiving your request ... extend this by two further months and will tell you why within the first month" -> "within 90 days of receiving your request"; version stamp updated.',
     [("Version 7 - effective 1 March 2026", "Version 8 - effective 1 July 2026"),
      ("We will respond within one month of receiving your request. If your request is complex, we may extend this by two further months and will tell you why within the first month.",
       "We will respond within 90 days of receiving your request.")]),
    (en("neobank"), "minor", ["R14"], False, False,
     'DPO mailbox renamed on the same email channel: "dpo@brightpenny.eu" -> "privacy.officer@brightpenny.eu" in both places; the in-app chat route is unchanged.',
     [("You can contact our Data Protection Officer by email at dpo@brightpenny.eu", "You can contact our Data Protection Officer by email at privacy.officer@brightpenny.eu"),
      ("To exercise your rights, write to dpo@brightpenny.eu or use the in-app chat.", "To exercise your rights, write to privacy.officer@brightpenny.eu or use the in-app chat.")]),
    # 17-18 Kerbside (parking app)
    (en("parking"), "major", ["R7"], False, False,
     "New data source: partner car parks with ANPR cameras now send Kerbside \"the registration number and the entry and exit times read by its cameras\"; date stamp updated.",
     [("Updated 14 January 2026", "Updated 3 June 2026"),
      before("- **Location**:",
             "- **Camera data from car parks**: at partner car parks with automatic number plate recognition (ANPR), the operator sends us the registration number and the entry and exit times read by its cameras, so that your parking session starts and stops automatically.\n")]),
    (en("parking"), "editorial", ["R1"], False, True,
     "Re-capture only: inline Markdown links are converted to reference-style links (\"[Adyen](https://...)\" -> \"[Adyen][adyen]\" with the definitions at the end); same targets and text.",
     [("our payment provider, [Adyen](https://www.adyen.com/policies-and-disclaimers/privacy-policy);", "our payment provider, [Adyen][adyen];"),
      ("[Adyen](https://www.adyen.com/policies-and-disclaimers/privacy-policy) for payments, [Twilio](https://www.twilio.com/en-us/legal/privacy) for",
       "[Adyen][adyen] for payments, [Twilio][twilio] for"),
      ("[operators page](https://kerbside.app/operators)", "[operators page][operators]"),
      ("[Information Commissioner's Office](https://ico.org.uk)", "[Information Commissioner's Office][ico]"),
      ("We will let you know in the app if we make important changes to this notice.\n",
       "We will let you know in the app if we make important changes to this notice.\n\n"
       "[adyen]: https://www.adyen.com/policies-and-disclaimers/privacy-policy\n"
       "[twilio]: https://www.twilio.com/en-us/legal/privacy\n"
       "[operators]: https://kerbside.app/operators\n"
       "[ico]: https://ico.org.uk\n")]),
    # 19-20 Tunnelfox (VPN)
    (en("vpn"), "rights_reducing", ["R12", "R7"], False, False,
     'No-logs promise weakened: "We never log ... your originating IP address or the VPN IP address you are assigned" now excludes them: "we may keep your originating IP address and the VPN IP address ... for up to 15 minutes", which can also be handed to authorities.',
     [("We never log the websites you visit, the content of your traffic, the DNS queries you make, your originating IP address or the VPN IP address you are assigned.",
       "We never log the websites you visit, the content of your traffic or the DNS queries you make. To stop abuse of our network, we may keep your originating IP address and the VPN IP address you are assigned for up to 15 minutes after you disconnect."),
      ("an email address, if you gave one, and payment dates.",
       "an email address, if you gave one, payment dates and, for connections that ended less than 15 minutes earlier, IP addresses.")]),
    (en("vpn"), "major", ["R3"], False, False,
     'Controller identity changes: "operated by Tunnelfox Networks s.r.o. ... Prague" -> "operated by Ardent Privacy Ltd ... Limassol, Cyprus, which acquired the Tunnelfox business", with the Cypriot authority as lead complaint body.',
     [("Tunnelfox is operated by Tunnelfox Networks s.r.o., Karolinská 654/2, 186 00 Prague 8, Czech Republic, the controller of your personal data.",
       "Since 1 June 2026, Tunnelfox is operated by Ardent Privacy Ltd, 28 Octovriou Street, 3035 Limassol, Cyprus, which acquired the Tunnelfox business from Tunnelfox Networks s.r.o. and is now the controller of your personal data."),
      ("You may complain to the Czech Office for Personal Data Protection (UOOU).",
       "You may complain to the Office of the Commissioner for Personal Data Protection in Cyprus or to the authority of the country where you live.")]),
    # 21-22 Pollwright (online surveys)
    (en("survey"), "minor", ["R9"], False, False,
     'Adds a privacy-friendly option: "If the creator turns on Anonymous responses, we do not store your IP address or any identifier with your answers"; date stamp updated.',
     [("Last updated: 20 October 2025", "Last updated: 9 March 2026"),
      ("and to estimate your country if the creator asks for it.",
       "and to estimate your country if the creator asks for it. If the creator turns on Anonymous responses, we do not store your IP address or any identifier with your answers.")]),
    (en("survey"), "editorial", ["R1"], False, False,
     'Editing only: heading "Respondents: who is in charge of your answers" -> "If you answer a survey", typo "webinars invitations" -> "webinar invitations", "Everyone may lodge a complaint with the Irish Data Protection Commission" -> "Anyone can also lodge a complaint with Ireland\'s Data Protection Commission".',
     [("## Respondents: who is in charge of your answers", "## If you answer a survey"),
      ("webinars invitations", "webinar invitations"),
      ("Everyone may lodge a complaint with the Irish Data Protection Commission.", "Anyone can also lodge a complaint with Ireland's Data Protection Commission.")]),
    # 23-24 Hearthly (smart thermostat)
    (en("thermostat"), "major", ["R5", "R2"], False, False,
     "New recipient and purpose, on by default: a \"Hearthly Flex\" programme shares postcode, heating schedule and half-hourly heat-pump consumption with the user's energy supplier to shift heating at peak times; users are \"enrolled automatically\" and can only leave.",
     [("- To send you marketing emails, only with your consent.",
       "- To take part in your energy supplier's Flex programme, if it has joined one (legitimate interest; see section 3).\n- To send you marketing emails, only with your consent."),
      ("We do not share your home data with insurers or advertisers, and we do not sell personal data.",
       "**Hearthly Flex.** If your energy supplier has joined the Hearthly Flex programme, we share your postcode, your heating schedule and the half-hourly consumption of your heat pump with it, so that it can delay your heating by up to 30 minutes at peak times and pay you a reward. You are enrolled automatically when your supplier joins; you can leave the programme at any time in Settings > Flex.\n\nWe do not share your home data with insurers or advertisers, and we do not sell personal data.")]),
    (en("thermostat"), "minor", ["R14"], False, False,
     'Office move, same postal and email channels: "Stationsplein 45, 3013 AK Rotterdam" -> "Weena 505, 3013 AL Rotterdam" in the controller line and the privacy team address.',
     [("Hearthly Technologies B.V., Stationsplein 45, 3013 AK Rotterdam, the Netherlands", "Hearthly Technologies B.V., Weena 505, 3013 AL Rotterdam, the Netherlands"),
      ("Attn. Privacy Team\nStationsplein 45\n3013 AK Rotterdam", "Attn. Privacy Team\nWeena 505\n3013 AL Rotterdam")]),
    # 25-26 Pixel Orchard Games (mobile games), cookie/SDK policy
    (en("games"), "major", ["R15"], True, False,
     'New third-party advertising vendor: an "AppLovin MAX | Advertising | Ad mediation" row receiving the advertising ID, IP address and ad interactions, plus a link to AppLovin\'s policy; earlier consent did not name it.',
     [before("| Google AdMob |",
             "| AppLovin MAX | Advertising | Chooses which ad network shows each ad (mediation) | Advertising ID (with consent), IP address, device data, ad interactions | Per AppLovin policy, up to 13 months |\n"),
      ("[Google](https://policies.google.com/privacy) and [Unity](https://unity.com/legal/game-player-and-app-user-privacy-policy).",
       "[Google](https://policies.google.com/privacy), [Unity](https://unity.com/legal/game-player-and-app-user-privacy-policy) and [AppLovin](https://www.applovin.com/privacy/).")]),
    (en("games"), "editorial", ["R1"], False, False,
     'Wording only: "help us understand how players progress" -> "show us how players progress", "Links to our partners\' privacy policies:" -> "Our partners\' privacy policies:", heading "Children" -> "Younger players"; date stamp.',
     [("Last updated: 15 February 2026", "Last updated: 1 April 2026"),
      ("help us understand how players progress through levels", "show us how players progress through levels"),
      ("Links to our partners' privacy policies:", "Our partners' privacy policies:"),
      ("## Children\n", "## Younger players\n")]),
    # 27-28 Printloft (photo printing), cookie policy
    (en("photoprint"), "editorial", ["R1"], False, True,
     'Re-capture only: the table delimiter row gains spaces ("|---|" -> "| --- |") and the angle brackets of "_ga_<container-id>" are entity-escaped; no cookie, purpose or lifetime changes.',
     [("|---|---|---|---|---|", "| --- | --- | --- | --- | --- |"),
      ("| _ga_<container-id> |", "| _ga_&lt;container-id&gt; |")]),
    (en("photoprint"), "rights_reducing", ["R12", "R15"], True, False,
     'The promise "We do not use advertising or social media cookies, and we never allow third parties to track you on our site for their own purposes" is replaced by a new "Advertising" category with Meta "_fbp" and Pinterest "_pin_unauth" cookies that those vendors "also use ... for their own purposes".',
     [("We group the cookies we use into four categories.", "We group the cookies we use into five categories."),
      ("We do not use advertising or social media cookies, and we never allow third parties to track you on our site for their own purposes.",
       "### 3.5 Advertising\n\nThese cookies are set by our advertising partners, Meta and Pinterest, to measure which of our ads lead to orders and to show you Printloft ads on their platforms and on other websites, based on the products you viewed. Meta and Pinterest also use this data for their own purposes, as described in their privacy policies. We only set these cookies if you accept advertising cookies."),
      before("| tf_survey |",
             "| _fbp | Meta | Advertising | Identifies your browser to measure and target Printloft ads | 3 months |\n| _pin_unauth | Pinterest | Advertising | Links your visit to Pinterest ad campaigns | 12 months |\n"),
      before("- [Trustfeed]", "- [Meta](https://www.facebook.com/privacy/policy/)\n- [Pinterest](https://policy.pinterest.com/privacy-policy)\n")]),
    # 29-30 Hushwave (sleep app)
    (en("sleep"), "major", ["R8"], False, False,
     'Fixed period replaced by a vague criterion: audio clips "deleted automatically 30 days after they are recorded" -> "kept for as long as we need them to provide Sleep Tracking"; date stamp updated.',
     [("Last updated 30 January 2026", "Last updated 14 July 2026"),
      ("Audio clips are deleted automatically 30 days after they are recorded, unless you mark a clip as a favourite.",
       "Audio clips are kept for as long as we need them to provide Sleep Tracking, unless you delete them earlier.")]),
    (en("sleep"), "editorial", ["R1"], False, False,
     'Rephrasing only: "we never listen to them" -> "no one at Hushwave ever listens to them", the app description sentence is split in two, and "Last updated 30 January 2026" gains a colon.',
     [("Last updated 30 January 2026", "Last updated: 30 January 2026"),
      ("Hushwave is an app for better sleep. It plays sleep sounds and guided meditations, and, if you turn on Sleep Tracking, it listens",
       "Hushwave is an app for better sleep. It plays sleep sounds and guided meditations. If you turn on Sleep Tracking, it also listens"),
      ("and we never listen to them.", "and no one at Hushwave ever listens to them.")]),
    # 31-32 Letterkite (newsletters), cookie policy
    (en("newsletter"), "minor", ["R9"], False, False,
     'New way to refuse: "If your browser sends a Global Privacy Control signal, we treat it as a refusal and do not set audience measurement cookies"; date updated.',
     [("Letterkite - last updated 4 March 2026", "Letterkite - last updated 30 April 2026"),
      ("Refusing them does not stop you from reading or subscribing.",
       "Refusing them does not stop you from reading or subscribing. If your browser sends a Global Privacy Control signal, we treat it as a refusal and do not set audience measurement cookies.")]),
    (en("newsletter"), "editorial", ["R1"], False, True,
     "Re-capture only: every \"#\"/\"##\" heading is re-rendered as an underlined (setext) heading; the text is unchanged.",
     setext(["Cookie Notice"], 1) + setext(["Why we use cookies", "Strictly necessary cookies", "Audience measurement cookies", "Email open tracking", "Managing cookies", "Questions"], 2)),
    # 33-34 Driftbox (cloud storage)
    (en("cloud"), "major", ["R6", "R5"], False, False,
     'New transfer and processor: "Encrypted copies of our backups are also kept by Backblaze, Inc. ... in Sacramento, California, United States, under ... standard contractual clauses", where storage was only in Switzerland and Germany.',
     [("and in a backup facility operated by Equinix in Frankfurt, Germany.",
       "and in a backup facility operated by Equinix in Frankfurt, Germany. Encrypted copies of our backups are also kept by Backblaze, Inc. in its data centre in Sacramento, California, United States, under the European Commission's standard contractual clauses as recognised by the FDPIC.")]),
    (en("cloud"), "rights_reducing", ["R13"], False, False,
     'The objection right is removed: "You can object at any time to our use of your data for usage statistics, in Settings > Privacy; we will stop unless we have compelling grounds." is deleted; date stamp updated.',
     [("Last updated: 6 November 2025", "Last updated: 1 March 2026"),
      (" You can object at any time to our use of your data for usage statistics, in Settings > Privacy; we will stop unless we have compelling grounds.", "")]),
    # 35-36 Sweepa Robotics (robot vacuums)
    (en("robovac"), "major", ["R2"], False, False,
     "New purpose: maps, cleaning history and consumable wear are now used \"To recommend accessories and cleaning products suited to your home\" (marketing), on legitimate interest with an objection option.",
     [before("- To send you newsletters, if you subscribe (consent).",
             "- To recommend accessories and cleaning products suited to your home, for example a longer side brush for large rooms or a pet-hair filter, based on your maps, cleaning history and consumable wear (legitimate interest; you can object in the app under Me > Privacy).\n")]),
    (en("robovac"), "minor", ["R9"], False, False,
     'Shorter retention: "Cleaning history is kept for 24 months" -> "12 months" and "Error logs are kept for 12 months" -> "6 months".',
     [("Cleaning history is kept for 24 months.", "Cleaning history is kept for 12 months."),
      ("Error logs are kept for 12 months.", "Error logs are kept for 6 months.")]),
    # 37-38 Pantrypal (recipes), cookie policy
    (en("recipes"), "minor", ["R17"], False, False,
     'Pinterest social cookies removed: the "Social cookies" paragraph, the "_pinterest_ct_ua" and "_pin_unauth" rows and the Pinterest link are deleted; consent now covers "performance and advertising cookies".',
     [drop("**Social cookies** let you save recipes to Pinterest."),
      drop("| _pinterest_ct_ua | Pinterest |"),
      drop("| _pin_unauth | Pinterest |"),
      ("We ask for your consent to performance, advertising and social cookies", "We ask for your consent to performance and advertising cookies"),
      ("[policies.google.com/technologies/partner-sites](https://policies.google.com/technologies/partner-sites), and about Pinterest at [policy.pinterest.com/privacy-policy](https://policy.pinterest.com/privacy-policy).",
       "[policies.google.com/technologies/partner-sites](https://policies.google.com/technologies/partner-sites).")]),
    (en("recipes"), "editorial", ["R1"], False, False,
     'Copy editing: "They help websites work and give their owners information about how they are used." -> "They help websites work properly and tell site owners how their pages are used."; "Questions?" -> "Any questions?"; date stamp.',
     [("Pantrypal - updated 11 November 2025", "Pantrypal - updated 2 March 2026"),
      ("They help websites work and give their owners information about how they are used.", "They help websites work properly and tell site owners how their pages are used."),
      ("Questions? Email hello@pantrypal.com.", "Any questions? Email hello@pantrypal.com.")]),
    # 39-40 Framewell (website builder)
    (en("sitebuilder"), "editorial", ["R1"], False, False,
     'Reorganised only: the section "Visitors of sites built with Framewell" moves up to follow the introduction and "Who we share it with" becomes "Who we share your data with"; no content changes.',
     [(SITE_VISITORS, ""),
      ("## Data we collect about site owners", SITE_VISITORS + "## Data we collect about site owners"),
      ("## Who we share it with", "## Who we share your data with")]),
    (en("sitebuilder"), "minor", ["R9"], False, False,
     'A second rights channel is added while the e-mail stays: "email privacy@framewell.com or use the privacy request form at [framewell.com/privacy-request](...)".',
     [("To exercise these rights, email privacy@framewell.com.",
       "To exercise these rights, email privacy@framewell.com or use the privacy request form at [framewell.com/privacy-request](https://www.framewell.com/privacy-request).")]),
]
LANGUES_VOIX = "Vos enregistrements sont envoyés à nos serveurs, analysés par notre moteur de reconnaissance vocale pour calculer votre note de prononciation, puis supprimés dans un délai de 24 heures. Ils ne sont ni écoutés par nos équipes, ni utilisés pour entraîner nos modèles. Vous pouvez désactiver les exercices oraux dans les réglages de l'application."

FR_EDITS: list[Pair] = [
    # 1-2 Lingane (apprentissage des langues)
    (fr("langues"), "major", ["R11", "R2"], False, False,
     "Décision automatisée introduite : le niveau, qui dépendait de « la réponse que vous donnez », est désormais « déterminé automatiquement par un test de positionnement » analysant réponses, temps et prononciation, et « conditionne l'accès aux parcours préparant aux certifications » ; date mise à jour.",
     [("Dernière mise à jour : 6 janvier 2026", "Dernière mise à jour : 4 mai 2026"),
      before("| Afficher les classements entre apprenants |",
             "| Déterminer votre niveau et votre accès aux parcours certifiants | Réponses, temps de réponse, enregistrements vocaux | Exécution du contrat |\n"),
      ("Le niveau qui vous est proposé au début (débutant, intermédiaire ou avancé) dépend uniquement de la réponse que vous donnez à la question « Quel est votre niveau ? » lors de l'inscription. Vous pouvez le modifier à tout moment dans les réglages.",
       "Le niveau qui vous est proposé au début (débutant, intermédiaire ou avancé) est déterminé automatiquement par un test de positionnement : notre algorithme analyse vos réponses, votre temps de réponse et votre prononciation. Ce niveau conditionne l'accès aux parcours préparant aux certifications (TOEIC, DELE, Goethe-Zertifikat) et il est recalculé chaque mois à partir de vos résultats. Vous pouvez toujours changer le niveau des leçons ordinaires dans les réglages, et demander qu'un de nos professeurs réexamine le niveau calculé en écrivant à dpo@lingane.fr.")]),
    (fr("langues"), "editorial", ["R1"], False, True,
     "Nouvelle capture seulement : le paragraphe sur les enregistrements vocaux est recoupé en lignes de 80 caractères et les puces de la liste des sous-traitants passent de « - » à « * » ; aucun mot ne change.",
     [(LANGUES_VOIX, textwrap.fill(LANGUES_VOIX, 80, break_on_hyphens=False)),
      ("- [OVHcloud]", "* [OVHcloud]"),
      ("- [Brevo]", "* [Brevo]"),
      ("- [Zendesk]", "* [Zendesk]"),
      ("- [Stripe]", "* [Stripe]")]),
    # 3-4 Domelia (maison connectée)
    (fr("domotique"), "major", ["R6"], False, False,
     "Garantie de transfert modifiée : les transferts vers les États-Unis, « encadrés par les clauses contractuelles types ... complétées par des mesures de chiffrement », reposent désormais sur « la décision d'adéquation ... (Data Privacy Framework) » ; version mise à jour.",
     [("Version en vigueur au 1er février 2026", "Version en vigueur au 1er juin 2026"),
      ("Ces transferts sont encadrés par les clauses contractuelles types adoptées par la Commission européenne, complétées par des mesures de chiffrement. Vous pouvez obtenir une copie de ces garanties en écrivant à notre délégué à la protection des données.",
       "Ces transferts reposent sur la décision d'adéquation de la Commission européenne du 10 juillet 2023 relative au cadre de protection des données UE-États-Unis (Data Privacy Framework), auquel ces sociétés ont adhéré.")]),
    (fr("domotique"), "minor", ["R14"], False, False,
     "Adresse postale du DPO modifiée, même canal (courrier) : « 14 quai de la Fosse, 44000 Nantes » devient « BP 40231, 44002 Nantes Cedex 1 » ; l'e-mail reste inchangé.",
     [("- par courrier : Domelia SAS, Délégué à la protection des données, 14 quai de la Fosse, 44000 Nantes",
       "- par courrier : Domelia SAS, Délégué à la protection des données, BP 40231, 44002 Nantes Cedex 1")]),
    # 5-6 Revendo (vente d'occasion entre particuliers)
    (fr("occasion"), "rights_reducing", ["R10", "R5"], False, False,
     "La publicité personnalisée passe de « Base légale : consentement » (retrait possible via « Gérer mes cookies ») à « intérêt légitime » avec simple opposition, en utilisant aussi les achats, et les partenaires publicitaires reçoivent « un identifiant publicitaire et vos centres d'intérêt » sans condition d'accord : le droit de retirer son consentement disparaît.",
     [("Revendo affiche des publicités de marques partenaires. Elles ne sont personnalisées en fonction de vos centres d'intérêt (déduits de vos recherches et de vos consultations) que si vous y avez consenti via notre bandeau de gestion des cookies. Vous pouvez retirer ce consentement à tout moment depuis le lien « Gérer mes cookies » en bas de page. Base légale : consentement.",
       "Revendo affiche des publicités de marques partenaires, personnalisées en fonction de vos centres d'intérêt, déduits de vos recherches, de vos consultations et de vos achats sur Revendo. Base légale : intérêt légitime de Revendo à financer la plateforme par la publicité. Vous pouvez vous opposer à cette personnalisation dans Paramètres > Confidentialité."),
      ("- **Nos partenaires publicitaires**, uniquement si vous avez accepté les cookies publicitaires : la liste figure",
       "- **Nos partenaires publicitaires**, qui reçoivent un identifiant publicitaire et vos centres d'intérêt : la liste figure")]),
    (fr("occasion"), "minor", ["R9"], False, False,
     "Nouvelle option de confidentialité : « Vous pouvez masquer la date de votre dernière connexion dans Paramètres > Confidentialité » ; date de mise à jour modifiée.",
     [("Revendo - Dernière mise à jour : 15 décembre 2025", "Revendo - Dernière mise à jour : 20 mars 2026"),
      ("et la date de votre dernière connexion sont publics.",
       "et la date de votre dernière connexion sont publics. Vous pouvez masquer la date de votre dernière connexion dans Paramètres > Confidentialité.")]),
    # 7-8 Soutenons.fr (financement participatif)
    (fr("financement"), "major", ["R7"], False, False,
     "Nouvelles catégories de données pour les contributeurs : au-delà de 1 000 euros par contribution ou 3 000 euros sur douze mois, « une copie de votre pièce d'identité et un justificatif de l'origine des fonds » sont recueillis, et la vérification d'identité s'étend aux contributeurs.",
     [("pseudonyme si vous souhaitez rester anonyme auprès du public.",
       "pseudonyme si vous souhaitez rester anonyme auprès du public. Pour toute contribution supérieure à 1 000 euros, ou lorsque le total de vos contributions dépasse 3 000 euros sur douze mois, nous recueillons en outre une copie de votre pièce d'identité et un justificatif de l'origine des fonds, transmis à Mangopay."),
      ("* Vérifier l'identité des porteurs de projets et lutter contre",
       "* Vérifier l'identité des porteurs de projets et, au-delà de certains montants, des contributeurs, et lutter contre")]),
    (fr("financement"), "editorial", ["R1"], False, False,
     "Retouches de forme : « Nous n'avons jamais accès à vos numéros de carte bancaire » devient « Soutenons.fr n'a jamais accès à votre numéro de carte bancaire », le titre « Combien de temps » devient « Durée de conservation », date de mise à jour.",
     [("*Mise à jour le 3 mars 2026*", "*Mise à jour le 17 avril 2026*"),
      ("Nous n'avons jamais accès à vos numéros de carte bancaire.", "Soutenons.fr n'a jamais accès à votre numéro de carte bancaire."),
      ("Combien de temps\n----------------\n", "Durée de conservation\n---------------------\n")]),
    # 9-10 Plat Minute (livraison de repas), politique cookies
    (fr("livraison"), "major", ["R15"], True, False,
     "Nouvelle catégorie de traceurs soumise à consentement et nouveaux tiers : « Traceurs de réseaux sociaux » de TikTok (« _ttp ») et Snap (« _scid ») pour cibler les publicités sur ces réseaux ; le consentement antérieur ne les couvrait pas.",
     [("## Liste détaillée",
       "### Traceurs de réseaux sociaux\n\nIls permettent à TikTok et à Snapchat de reconnaître les utilisateurs de leurs services qui visitent Plat Minute, afin de leur montrer nos publicités sur ces réseaux et de mesurer les commandes qui en résultent. Ils ne sont déposés qu'avec votre consentement.\n\n## Liste détaillée"),
      ("| _uetvid | Microsoft Advertising | Mesure des conversions publicitaires | 13 mois |",
       "| _uetvid | Microsoft Advertising | Mesure des conversions publicitaires | 13 mois |\n| _ttp | TikTok | Publicité ciblée sur TikTok | 13 mois |\n| _scid | Snap Inc. | Publicité ciblée sur Snapchat | 13 mois |")]),
    (fr("livraison"), "minor", ["R17"], False, False,
     "Un partenaire disparaît : la ligne « _uetvid | Microsoft Advertising » est supprimée du tableau ; rien n'est ajouté.",
     [drop("| _uetvid | Microsoft Advertising |")]),
    # 11-12 L'Éclaireur (presse en ligne), politique cookies
    (fr("presse"), "major", ["R16"], False, False,
     "Le cookie de mesure d'audience devient renouvelé à chaque visite : « sa durée n'est pas prolongée lors de vos visites suivantes » devient « elle est renouvelée à chaque nouvelle visite » ; date mise à jour.",
     [("Dernière mise à jour : 20 janvier 2026", "Dernière mise à jour : 9 juin 2026"),
      ("Le cookie a une durée de vie de 13 mois au maximum ; sa durée n'est pas prolongée lors de vos visites suivantes.",
       "Le cookie a une durée de vie de 13 mois ; elle est renouvelée à chaque nouvelle visite.")]),
    (fr("presse"), "editorial", ["R1"], False, True,
     "Nouvelle capture seulement : la ligne de séparation du tableau gagne des marques d'alignement (« |---| » devient « |:---| ») et le gras « **L'Éclaireur** » est rendu « __L'Éclaireur__ » ; texte identique.",
     [("|---|---|---|---|---|", "|:---|:---|:---|:---|:---|"),
      ("**L'Éclaireur** - journal", "__L'Éclaireur__ - journal")]),
    # 13-14 Pirouette École (application éducative pour enfants)
    (fr("enfants"), "rights_reducing", ["R12", "R5", "R2"], False, False,
     "Promesse inversée : « Aucune publicité n'est affichée dans l'application, et aucune donnée n'est transmise à des régies publicitaires » devient l'affichage de publicités par la régie SuperAwesome, qui reçoit modèle d'appareil, langue et IP tronquée.",
     [("Aucune publicité n'est affichée dans l'application, et aucune donnée n'est transmise à des régies publicitaires ou à des courtiers en données.",
       "La version gratuite affiche, entre deux activités, des publicités adaptées aux enfants et non personnalisées, fournies par notre régie partenaire SuperAwesome, qui reçoit pour cela le modèle de l'appareil, la langue et une adresse IP tronquée. Aucune donnée n'est transmise à des courtiers en données.")]),
    (fr("enfants"), "minor", ["R9"], False, False,
     "Nouveau droit en libre-service : le parent peut « télécharger l'ensemble des dessins et des bilans de progression de chaque enfant » (portabilité) ; date mise à jour.",
     [("Dernière mise à jour : 9 septembre 2025", "Dernière mise à jour : 2 février 2026"),
      ("dans l'espace parent, et supprimer l'ensemble du compte.",
       "dans l'espace parent, télécharger l'ensemble des dessins et des bilans de progression de chaque enfant (Espace parent > Exporter), et supprimer l'ensemble du compte.")]),
    # 15-16 Voxlibris (livres audio), politique cookies
    (fr("livresaudio"), "minor", ["R9"], False, False,
     "Précisions favorables : les données Matomo « ne sont jamais transmises à des tiers » et le choix peut aussi être modifié « dans l'application, dans Compte > Confidentialité > Traceurs » ; même pratique, nouveau moyen de retrait.",
     [("Nous utilisons Matomo, hébergé par nos soins en France.",
       "Nous utilisons Matomo, hébergé par nos soins en France ; les données qu'il recueille ne sont jamais transmises à des tiers."),
      ("grâce au lien « Cookies » en bas de chaque page.",
       "grâce au lien « Cookies » en bas de chaque page ou, dans l'application, dans Compte > Confidentialité > Traceurs.")]),
    (fr("livresaudio"), "editorial", ["R1"], False, False,
     "Reformulations : « Nous utilisons Matomo, hébergé par nos soins » devient « L'outil utilisé est Matomo, que nous hébergeons nous-mêmes », titre « Pour aller plus loin » devient « En savoir plus » ; date.",
     [("Voxlibris - politique en vigueur au 2 décembre 2025", "Voxlibris - politique en vigueur au 15 mars 2026"),
      ("Nous utilisons Matomo, hébergé par nos soins en France.", "L'outil utilisé est Matomo, que nous hébergeons nous-mêmes en France."),
      ("## Pour aller plus loin", "## En savoir plus")]),
    # 17-18 Pécule (gestion de budget)
    (fr("budget"), "major", ["R2", "R5", "R11"], False, False,
     "Nouvelle finalité et nouveaux destinataires : l'analyse des opérations (revenus, crédits, assurances) sert à « vous signaler ... des offres de crédit, d'assurance et d'énergie de ses partenaires », qui reçoivent nom, e-mail et tranche de revenus ; profilage activé par défaut avec désactivation possible.",
     [("- vous envoyer des conseils et des nouveautés sur Pécule, si vous l'avez accepté (consentement).",
       "- vous signaler des offres de crédit, d'assurance et d'énergie de nos partenaires qui pourraient vous faire économiser, à partir de l'analyse de vos opérations (revenus réguliers, crédits en cours, primes d'assurance) (intérêt légitime ; vous pouvez désactiver ces suggestions dans Réglages > Offres) ;\n- vous envoyer des conseils et des nouveautés sur Pécule, si vous l'avez accepté (consentement)."),
      ("Pécule est financé par l'abonnement Pécule Plus. Nous ne vendons pas vos données.",
       "Pécule est financé par l'abonnement Pécule Plus et par les commissions versées par nos partenaires. Nous ne vendons pas vos données. Si vous cliquez sur une offre, nous transmettons au partenaire concerné vos nom, adresse e-mail et la tranche de vos revenus mensuels afin qu'il prépare une proposition.")]),
    (fr("budget"), "editorial", ["R1"], False, False,
     "Reformulations sans changement de sens : « Vos données servent à : » devient « Nous utilisons vos données pour : » et « Aucun transfert hors de l'Union européenne n'est réalisé » devient « Vos données ne sont pas transférées hors de l'Union européenne ».",
     [("Vos données servent à :", "Nous utilisons vos données pour :"),
      ("Aucun transfert hors de l'Union européenne n'est réalisé.", "Vos données ne sont pas transférées hors de l'Union européenne.")]),
    # 19-20 Réunia (visioconférence)
    (fr("visio"), "major", ["R8"], False, False,
     "Conservation allongée : les enregistrements et transcriptions passent de « 30 jours, puis suppression automatique » à « 90 jours » ; date mise à jour.",
     [("Mise à jour : 27 octobre 2025", "Mise à jour : 12 février 2026"),
      ("- Enregistrements et transcriptions : 30 jours, puis suppression automatique",
       "- Enregistrements et transcriptions : 90 jours, puis suppression automatique")]),
    (fr("visio"), "minor", ["R9"], False, False,
     "Clarification d'une pratique déjà décrite : les données de qualité sont détaillées (« débit, perte de paquets, latence ») et limitées au diagnostic des problèmes de son et d'image.",
     [("- **Données de connexion et de qualité** : adresse IP, navigateur, système, qualité de la connexion.",
       "- **Données de connexion et de qualité** : adresse IP, navigateur, système, qualité de la connexion (débit, perte de paquets, latence), utilisées uniquement pour diagnostiquer les problèmes de son et d'image.")]),
    # 21-22 Ondéa (streaming musical), politique cookies
    (fr("musique"), "major", ["R15"], True, False,
     "Nouveau partenaire publicitaire : « Google Ad Manager est notre seul partenaire publicitaire » devient une liste avec AdsWizz (publicités audio) et une ligne « AdsWizz Inc. | Ciblage et mesure des publicités audio » ; le consentement antérieur ne le couvrait pas.",
     [before("| test_cookie | Google Ad Manager |",
             "| aw_uid | AdsWizz Inc. | Ciblage et mesure des publicités audio | 13 mois |\n"),
      ("Google Ad Manager est notre seul partenaire publicitaire. Sa politique de confidentialité est disponible sur [policies.google.com/privacy](https://policies.google.com/privacy).",
       "Nos partenaires publicitaires sont Google Ad Manager et AdsWizz, qui diffuse les publicités audio entre les titres. Leurs politiques de confidentialité sont disponibles sur [policies.google.com/privacy](https://policies.google.com/privacy) et [adswizz.com/privacy-policy](https://www.adswizz.com/privacy-policy/).")]),
    (fr("musique"), "editorial", ["R1"], False, False,
     "Retouches rédactionnelles : « Nous utilisons des traceurs pour trois raisons » devient « Nous avons recours aux traceurs pour trois raisons », titre « Qui dépose ces traceurs ? » devient « Liste des traceurs » ; date.",
     [("Ondéa - Dernière mise à jour : 8 janvier 2026", "Ondéa - Dernière mise à jour : 26 mars 2026"),
      ("Nous utilisons des traceurs pour trois raisons :", "Nous avons recours aux traceurs pour trois raisons :"),
      ("## Qui dépose ces traceurs ?", "## Liste des traceurs")]),
    # 23-24 Postelle (messagerie électronique)
    (fr("messagerie"), "rights_reducing", ["R12", "R2"], False, False,
     "Engagement affaibli : « Nous ne lisons pas et n'analysons jamais le contenu de vos messages, sauf pour le filtrage » devient une analyse automatique du contenu pour « classer vos messages, détecter les réservations et les factures et vous suggérer des réponses », activée par défaut.",
     [("- Nous ne lisons pas et n'analysons jamais le contenu de vos messages, sauf pour le filtrage automatique des courriers indésirables et des virus.",
       "- Aucun membre de notre équipe ne lit vos messages. Leur contenu est analysé automatiquement pour filtrer les courriers indésirables et les virus et, avec l'assistant Postelle, pour classer vos messages, détecter les réservations et les factures et vous suggérer des réponses."),
      ("- Sécuriser les comptes (détection des connexions inhabituelles, double authentification) : intérêt légitime.",
       "- Sécuriser les comptes (détection des connexions inhabituelles, double authentification) : intérêt légitime.\n- Proposer l'assistant Postelle (tri automatique, détection des réservations et factures, suggestions de réponses), activé par défaut et désactivable dans les paramètres : intérêt légitime.")]),
    (fr("messagerie"), "minor", ["R14"], False, False,
     "Coordonnées du DPO reformatées sur les mêmes canaux : « dpo@postelle.fr » devient « dpo@postelle.eu » et l'adresse postale est réécrite (« Postelle SAS - DPO » devient « à l'attention du délégué à la protection des données »), même adresse.",
     [("à l'adresse dpo@postelle.fr ou par courrier : Postelle SAS - DPO, 10 rue Mercière, 69002 Lyon.",
       "à l'adresse dpo@postelle.eu ou par courrier : Postelle SAS, à l'attention du délégué à la protection des données, 10 rue Mercière, 69002 Lyon.")]),
    # 25-26 Nidou (babyphone connecté)
    (fr("babyphone"), "major", ["R6"], False, False,
     "Nouveau transfert hors de l'UE : « une copie de sauvegarde chiffrée des comptes, des journaux de sommeil et des clips d'événements est conservée ... à Beauharnois, au Canada », sous décision d'adéquation.",
     [("Vos données sont hébergées chez OVHcloud à Roubaix (France).",
       "Vos données sont hébergées chez OVHcloud à Roubaix (France). Une copie de sauvegarde chiffrée des comptes, des journaux de sommeil et des clips d'événements est conservée dans le centre de données d'OVHcloud à Beauharnois, au Canada, pays qui bénéficie d'une décision d'adéquation de la Commission européenne.")]),
    (fr("babyphone"), "editorial", ["R1"], False, False,
     "Retouches de forme : « Date de mise à jour » devient « Dernière mise à jour », le titre « Pourquoi » devient « Pourquoi nous les traitons » et « La détection des pleurs est faite par la caméra elle-même » devient « ... est réalisée directement par la caméra ».",
     [("Date de mise à jour : 18 février 2026", "Dernière mise à jour : 18 février 2026"),
      ("## Pourquoi\n", "## Pourquoi nous les traitons\n"),
      ("La détection des pleurs est faite par la caméra elle-même.", "La détection des pleurs est réalisée directement par la caméra.")]),
    # 27-28 Mobilisons.org (pétitions en ligne)
    (fr("petitions"), "rights_reducing", ["R4"], False, False,
     "Exercice des droits plus difficile : l'e-mail « donnees@mobilisons.org ... depuis l'adresse e-mail utilisée pour signer » est remplacé par un courrier postal « en joignant la copie d'une pièce d'identité ».",
     [("Écrivez à donnees@mobilisons.org en indiquant la pétition concernée, depuis l'adresse e-mail utilisée pour signer.",
       "Adressez votre demande par courrier à l'association Mobilisons, 17 rue de la Paix, 44000 Nantes, en indiquant la pétition concernée et en joignant la copie d'une pièce d'identité.")]),
    (fr("petitions"), "editorial", ["R1"], False, False,
     "Reformulations : « Nous vous demandons votre prénom, votre nom... » devient « Pour signer, vous indiquez votre prénom, votre nom... », le titre « Combien de temps » devient « Durée de conservation » ; date.",
     [("mise à jour le 5 mai 2025*", "mise à jour le 22 janvier 2026*"),
      ("Nous vous demandons votre prénom, votre nom, votre adresse e-mail et votre code postal.",
       "Pour signer, vous indiquez votre prénom, votre nom, votre adresse e-mail et votre code postal."),
      ("## Combien de temps\n", "## Durée de conservation\n")]),
    # 29-30 Ancre (crypto-actifs)
    (fr("crypto"), "rights_reducing", ["R4"], False, False,
     "Frais introduits : « L'exercice de vos droits est gratuit » devient gratuit pour la première demande de copie de l'année, « les demandes suivantes sont facturées 25 euros ».",
     [("L'exercice de vos droits est gratuit.",
       "La première demande de copie de vos données de chaque année civile est gratuite ; les demandes suivantes sont facturées 25 euros, correspondant aux frais administratifs de préparation.")]),
    (fr("crypto"), "major", ["R11"], False, False,
     "Décision automatisée introduite : chaque opération reçoit « un score de risque calculé automatiquement » et au-delà d'un seuil « le retrait concerné est suspendu automatiquement ... sans intervention humaine préalable », là où un analyste décidait.",
     [before("| Sécurité des comptes et prévention de la fraude |",
             "| Calcul automatique d'un score de risque pour chaque opération et suspension automatique des retraits à risque | Obligation légale et intérêt légitime |\n"),
      ("Les opérations signalées par nos outils de surveillance sont examinées par un analyste de notre équipe conformité, qui décide des suites à donner (demande de justificatif, déclaration à Tracfin, blocage des fonds lorsque la loi l'impose).",
       "Chaque opération reçoit un score de risque calculé automatiquement à partir de votre profil, de votre historique d'opérations et de l'analyse de blockchain. Lorsque ce score dépasse un seuil, le retrait concerné est suspendu automatiquement pendant 72 heures au plus, sans intervention humaine préalable. Un analyste de notre équipe conformité examine ensuite l'opération et décide des suites à donner (levée de la suspension, demande de justificatif, déclaration à Tracfin, blocage des fonds lorsque la loi l'impose). Vous pouvez présenter vos observations et contester la suspension auprès du service client.")]),
    # 31-32 Troquelogis (échange de maisons)
    (fr("echange"), "major", ["R3", "R5"], False, False,
     "Nouveau responsable conjoint : pour la « garantie Sérénité », « Troquelogis et Mutuelle Horizon Assurances ... sont responsables conjoints du traitement » et l'assureur reçoit identité, adresse du logement et dates d'échange.",
     [before("## Conservation",
             "## Garantie Sérénité\n\nChaque échange confirmé est couvert par la garantie Sérénité (dommages au logement, annulation de dernière minute). Pour cette garantie, Troquelogis et Mutuelle Horizon Assurances, 40 rue Jules-Ferry, 69003 Lyon, sont responsables conjoints du traitement : nous lui transmettons vos nom, prénom, adresse e-mail, l'adresse du logement et les dates de l'échange, et elle instruit les déclarations de sinistre selon sa [politique de confidentialité](https://www.mutuelle-horizon.fr/confidentialite). Vous pouvez exercer vos droits auprès de l'une ou l'autre.\n\n")]),
    (fr("echange"), "minor", ["R9"], False, False,
     "Conservation raccourcie : après la fin de l'adhésion, profil et annonce sont conservés « 6 mois » au lieu de « 2 ans ».",
     [("puis 2 ans pour vous permettre de la renouveler facilement", "puis 6 mois pour vous permettre de la renouveler facilement")]),
    # 33-34 Boussole (navigateur web)
    (fr("navigateur"), "rights_reducing", ["R13"], False, False,
     "Possibilité d'opposition supprimée : « Vous pouvez désactiver l'envoi de ces données de télémétrie à tout moment » devient « L'envoi de ces statistiques ... ne peut pas être désactivé », alors que la télémétrie reste fondée sur l'intérêt légitime.",
     [("Vous pouvez désactiver l'envoi de ces données de télémétrie à tout moment dans Paramètres > Vie privée > Télémétrie.",
       "L'envoi de ces statistiques est nécessaire pour garantir la stabilité du navigateur et ne peut pas être désactivé.")]),
    (fr("navigateur"), "editorial", ["R1"], False, False,
     "Retouches : titre « Ce qui reste sur votre appareil » devient « Ce qui ne quitte pas votre appareil », « Cette requête ne contient aucun identifiant » devient « Cette requête ne comporte aucun identifiant » ; date de mise à jour.",
     [("Mise à jour du 14 octobre 2025", "Mise à jour du 3 février 2026"),
      ("## Ce qui reste sur votre appareil", "## Ce qui ne quitte pas votre appareil"),
      ("Cette requête ne contient aucun identifiant.", "Cette requête ne comporte aucun identifiant.")]),
    # 35-36 Itinéro (navigation GPS)
    (fr("gps"), "minor", ["R17"], False, False,
     "Un sous-traitant est retiré : la ligne « Bugsnag, fourni par SmartBear Software (rapports de plantage de la version web, États-Unis ...) » est supprimée ; date de révision mise à jour.",
     [("Dernière révision : 11 mars 2026", "Dernière révision : 7 juillet 2026"),
      drop("- Bugsnag, fourni par SmartBear Software")]),
    (fr("gps"), "editorial", ["R1"], False, False,
     "Réorganisation sans changement de sens : « Nous utilisons : » devient « Nous faisons appel aux prestataires suivants : », Brevo remonte dans la liste, le titre « Pourquoi » est complété.",
     [("Nous utilisons :\n", "Nous faisons appel aux prestataires suivants :\n"),
      drop("- Brevo (e-mails, France)."),
      ("- OVHcloud (hébergement, France) ;", "- OVHcloud (hébergement, France) ;\n- Brevo (e-mails, France) ;"),
      ("- Bugsnag, fourni par SmartBear Software (rapports de plantage de la version web, États-Unis, sous clauses contractuelles types) ;",
       "- Bugsnag, fourni par SmartBear Software (rapports de plantage de la version web, États-Unis, sous clauses contractuelles types)."),
      ("## 2. Pourquoi\n", "## 2. Pourquoi nous utilisons ces données\n")]),
    # 37-38 Carnetier (prise de notes)
    (fr("notes"), "major", ["R2", "R5"], False, False,
     "Nouvelle finalité et nouveau sous-traitant : l'« assistant Carnetier » envoie le texte des notes à Mistral AI pour générer résumés et étiquettes ; Mistral AI est ajouté aux destinataires.",
     [("Bases légales : l'exécution du contrat et, pour la correction des erreurs, notre intérêt légitime.",
       "Si vous utilisez l'assistant Carnetier, le texte de la note concernée est aussi traité pour en générer un résumé, des étiquettes ou une liste de tâches. Bases légales : l'exécution du contrat et, pour la correction des erreurs, notre intérêt légitime."),
      ("Les e-mails sont envoyés par Brevo et le support est assuré avec Crisp, deux sociétés françaises.",
       "Les e-mails sont envoyés par Brevo et le support est assuré avec Crisp, deux sociétés françaises. Les demandes faites à l'assistant Carnetier sont traitées par Mistral AI (France), qui agit pour notre compte, conserve le texte 30 jours au plus et ne l'utilise pas pour entraîner ses modèles.")]),
    (fr("notes"), "editorial", ["R1"], False, True,
     "Nouvelle capture seulement : les adresses nues deviennent des liens (« https://carnetier.fr/contact » devient « <https://carnetier.fr/contact> », l'e-mail devient un lien mailto:) ; mêmes cibles, même texte.",
     [("Pour toute question sur vos données : dpo@carnetier.fr ou https://carnetier.fr/contact.",
       "Pour toute question sur vos données : [dpo@carnetier.fr](mailto:dpo@carnetier.fr) ou <https://carnetier.fr/contact>."),
      ("(https://www.paddle.com/legal/privacy)", "([https://www.paddle.com/legal/privacy](https://www.paddle.com/legal/privacy))"),
      ("écrivez à dpo@carnetier.fr.", "écrivez à [dpo@carnetier.fr](mailto:dpo@carnetier.fr)."),
      ("https://www.cnil.fr/fr/plaintes.", "<https://www.cnil.fr/fr/plaintes>.")]),
    # 39-40 Bullesque (webtoons), politique cookies
    (fr("webtoon"), "minor", ["R9"], False, False,
     "Formulation plus claire d'une pratique déjà décrite : le cookie « bq_reco » est précisé (« calculées à partir des séries lues sur Bullesque uniquement ») et « Ce cookie n'est lu par aucun tiers » est ajouté ; date.",
     [("Mise à jour : 25 février 2026", "Mise à jour : 6 mai 2026"),
      ("| bq_reco | Recommandations de séries | 13 mois |",
       "| bq_reco | Recommandations de séries, calculées à partir des séries lues sur Bullesque uniquement ; ce cookie n'est lu par aucun tiers | 13 mois |")]),
    (fr("webtoon"), "editorial", ["R1"], False, True,
     "Nouvelle capture seulement : échappement des entités HTML (« Bullesque & Cie » devient « Bullesque &amp; Cie », « « bulles » » devient « &laquo; bulles &raquo; ») ; aucun changement de contenu.",
     [("éditée par Bullesque & Cie SAS", "éditée par Bullesque &amp; Cie SAS"),
      ("dpo@bullesque.fr - Bullesque & Cie SAS", "dpo@bullesque.fr - Bullesque &amp; Cie SAS"),
      ("« bulles »", "&laquo; bulles &raquo;")]),
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
