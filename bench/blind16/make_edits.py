# ruff: noqa: E501
"""Blind set blind16: 80 labelled policy changes (40 English, 40 French) the classifier has never seen.

Why it exists: the classifier that decides whether a privacy or cookie policy change must be notified has to be
measured on text nobody tuned it against; this set is used once, for that measurement. Its theme is generative
AI, social and creator platforms and community apps (AI chatbots and generators, short video, forums, messaging,
creator funding, community and friendship apps).

How it was written: every label comes from legal-rules.md alone (rules R1-R19); the writer never saw the
classifier, its tests or earlier blind sets, and read only the shared rules and a sample of the shared corpus to
learn how real policies and their changes are worded. All pairs sit on 40 fresh bases (20 per language) written
here, one per organisation, two pairs per base; no corpus record is used as a base. Organisations, addresses,
e-mail addresses and most vendors are invented.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_edits import Pair, before, corpus_records, drop, pairs, rebuild  # noqa: F401

NAME = "blind16"
WRITTEN = "2026-11-29"

# ---------------------------------------------------------------------------------------------------------------
# English bases
# ---------------------------------------------------------------------------------------------------------------

EN_PARLEY = """# Parley Privacy Policy

Last updated: 12 February 2026

Parley is an AI assistant that answers questions, drafts text and helps you think problems through in a conversation. This policy explains what personal data Parley AI Limited collects when you use the Parley apps, the website parley.chat and the Parley API, why we collect it, who we share it with and what choices you have.

## 1. Who we are

Parley AI Limited ("Parley", "we", "us") is a company registered in Ireland (company number 701342) with its registered office at 14 Grand Canal Quay, Dublin 2, D02 HX37, Ireland. We are the controller of the personal data described in this policy. Where a business customer makes Parley available to its staff under a Parley Teams agreement, that customer is the controller of the content its users submit and we act as its processor; this policy then applies to us only for account and billing data.

You can reach our Data Protection Officer at [dpo@parley.chat](mailto:dpo@parley.chat).

## 2. What we collect

**Account data.** Your name, email address, password (stored as a salted hash), preferred language and, if you sign in with Google or Apple, the identifier that provider gives us.

**Conversations.** The prompts you type or dictate, the files and images you upload, and the answers Parley generates ("Content"). If you use voice mode, we convert your speech to text on our servers and delete the audio once the transcript has been created.

**Payment data.** If you subscribe to Parley Plus, our payment provider collects your card details. We recieve only the card type, the last four digits, the expiry date and your billing country.

**Usage and device data.** IP address, device type, operating system, app version, the features you use, crash reports and the time and length of your sessions.

**Feedback.** When you rate an answer with a thumbs-up or thumbs-down, or send a report, we keep your rating, any comment you add and the conversation it relates to.

We do not ask for special categories of data such as health information, and we ask you not to include them in your prompts. If you do, we process them only to answer your request.

## 3. How we use your information

We use your personal data for the following purposes:

* **To provide Parley.** We process your Content to generate answers, keep your conversation history and sync it across your devices (contract).
* **To keep Parley safe.** We run automated checks on prompts and answers to detect abuse such as fraud, malware generation or child sexual abuse material. Flagged conversations may be reviewed by trained members of our Trust & Safety team (legitimate interest and legal obligation).
* **To improve our models.** We use de-identified samples of conversations to evaluate and improve the quality of our models. You can turn this off at any time in Settings > Data controls, and conversations held in Temporary Chat are never used for this purpose (legitimate interest).
* **To support you.** We use your account data and the messages you send to our support team to answer your questions (contract).
* **To bill you.** We use payment data to take payments, issue invoices and meet our accounting obligations (contract and legal obligation).
* **To tell you about Parley.** With your consent, we send you product news by email. You can unsubscribe using the link at the bottom of any email (consent).

## 4. Who we share it with

We do not sell your personal data. We share it only with the service providers that help us run Parley, under contracts that limit their use of the data to our instructions:

|Provider|Service|Location|
|---|---|---|
|Amazon Web Services EMEA SARL|Cloud hosting and storage|Ireland, Germany|
|Lattice Compute Inc.|Model inference capacity|United States|
|Stripe Payments Europe Ltd|Payments|Ireland|
|Zendesk Inc.|Customer support tickets|United States|
|Functional Software Inc. (Sentry)|Crash reporting|United States|
|ActiveCampaign LLC (Postmark)|Transactional email|United States|

You can read each provider's own privacy policy: [AWS](https://aws.amazon.com/privacy/), [Stripe](https://stripe.com/privacy), [Zendesk](https://www.zendesk.com/company/agreements-and-terms/privacy-notice/), [Sentry](https://sentry.io/privacy/) and [Postmark](https://postmarkapp.com/privacy-policy).

We may also disclose data where the law requires it, for example in response to a valid court order, and to a buyer if Parley or part of its business is sold, in which case we will tell you before your data becomes subject to a different privacy policy.

## 5. International transfers

Some of our providers process data in the United States. These transfers rely on the EU-U.S. Data Privacy Framework where the provider is certified, and otherwise on the European Commission's standard contractual clauses, together with additional measures such as encryption in transit and at rest. You can ask for a copy of the relevant safeguards by writing to our Data Protection Officer.

## 6. How long we keep it

* Conversations stay in your history until you delete them. Deleted conversations are removed from our systems within 30 days, unless we must keep them longer to investigate abuse.
* Temporary Chat conversations are deleted after 30 days.
* Account data is kept while your account is open and deleted within 60 days after you close it.
* Invoices are kept for six years to meet Irish tax law.
* Usage logs are kept for 12 months.

## 7. Your rights

You have the right to access your personal data, to have it corrected or erased, to restrict or object to its processing, to receive it in a portable format and to withdraw consent at any time without affecting the lawfulness of earlier processing. You can export your conversations yourself in Settings > Data controls > Export.

To exercise your other rights, email [privacy@parley.chat](mailto:privacy@parley.chat) from the address linked to your account. We answer within one month. If we cannot confirm that the request comes from you, we may ask you to sign in and confirm it from your account.

You also have the right to lodge a complaint with the Data Protection Commission in Ireland ([www.dataprotection.ie](https://www.dataprotection.ie)) or with the supervisory authority of the country where you live.

## 8. Children

Parley is not intended for anyone under 13, and users between 13 and 18 need permission from a parent or guardian. If we learn that we have collected data from a child under 13, we delete the account.

## 9. Security

We encrypt data in transit with TLS 1.2 or later and at rest with AES-256. Staff access to Content is limited to the Trust & Safety and engineering staff who need it, is logged, and is reviewed every quarter.

## 10. Changes to this policy

If we make material changes, we will notify you by email and in the app at least 30 days before they take effect. The date at the top shows when this policy was last updated.
"""

EN_BRUSHFIRE = """# Brushfire Privacy Notice

Effective date: 4 January 2026

Brushfire Labs Ltd ("Brushfire") runs brushfire.art, a service that turns text prompts and reference images into pictures. Brushfire Labs Ltd, 3 Hope Street, Edinburgh EH2 4EL, United Kingdom, is the controller of your personal data. Our EU representative is Artemis GDPR Rep Ltd, Dublin, Ireland.

## What we collect

When you create an account we collect your email address, a username and, if you choose, a profile picture and a short bio. When you use the generator we collect the prompts you write, any reference images you upload, the images we generate for you and the settings you pick (style, size, seed). We also collect technical data such as your IP address, browser type and the pages you visit on our site, and, if you buy credits, a record of your purchases. Card details are handled by Paddle, our reseller, and never reach us.

## How we use it

We use this information to run the generator, to store your images in your library, to handle payments and refunds, to answer support requests and to keep the service secure. Our safety filters check prompts and reference images automatically to block illegal content and images of real people in sexual or violent scenes; it's results may be reviewed by a member of our moderation team. We use aggregated usage statistics to decide which features to build next.

We rely on the performance of our contract with you for the generator, the library and payments, on our legitimate interest for security, moderation and statistics, and on our legal obligations for tax records.

## Public gallery

New images are public by default and appear in the Explore gallery with your username, together with the prompt that produced them. You can make any image private from its page, and Pro subscribers can make all future images private in Settings > Privacy.

## Reference images

Only upload reference images that you own or have permission to use. If a reference image shows another person, you must have their permission. Reference images are kept for 7 days and then deleted, unless you save them in your library.

## Who we share it with

We use a small number of processors: Google Cloud (hosting and GPUs, Belgium and the Netherlands), Paddle.com Market Ltd (payments, United Kingdom), Help Scout (support, United States) and Plausible Analytics (cookie-free statistics, Estonia). Transfers to the United States are covered by the UK International Data Transfer Addendum and the EU standard contractual clauses. We do not sell your data and we do not use third-party advertising.

## How long we keep it

We keep your account and library until you delete them. Prompts and images you delete are erased from our servers within 14 days and from backups within 35 days. Purchase records are kept for six years.

## Your rights

You can access, correct, delete or download your data, object to processing based on our legitimate interest, and complain to the Information Commissioner's Office (ico.org.uk) or to your local supervisory authority. Write to privacy@brushfire.art and we will reply within one month.
"""

EN_VOCALITH = """# Vocalith Privacy Policy

_Last updated: 20 January 2026_

Vocalith lets creators, studios and businesses build a synthetic version of a voice and use it to narrate text in 29 languages. Because a voice is personal, we have written this policy to be as specific as we can about what we do with recordings of it.

## 1. Controller and contacts

The controller is **Vocalith B.V.**, Keizersgracht 221, 1016 DV Amsterdam, the Netherlands (Chamber of Commerce 88120457). Our Data Protection Officer can be reached at [dpo@vocalith.ai](mailto:dpo@vocalith.ai). For anything else, write to [support@vocalith.ai](mailto:support@vocalith.ai).

When a business uses Vocalith through our Enterprise API, it decides what recordings to send and whose voices to clone; for that data the business is the controller and Vocalith is its processor.

## 2. The people this policy covers

- **Account holders**: people who sign up to Vocalith, on a free or paid plan.
- **Voice owners**: people whose voice is used to create a voice model. A voice owner may be the account holder or someone who has given the account holder permission.
- **Listeners**: people who hear audio generated with Vocalith, for example in a podcast or an audiobook. We do not normally hold any data about listeners.

## 3. What we collect

### 3.1 Account data

Name, email address, company name (optional), password hash, plan, billing address and VAT number for business customers, and the language of the interface.

### 3.2 Voice recordings and voice models

To create a voice model we need between 1 and 30 minutes of clear recordings of the voice owner. We store these raw recordings and the voice model we train from them. A voice model is a set of numbers that lets our software speak with a similar voice; it cannot be turned back into the original recordings.

### 3.3 Consent statement and voice verification

Before a voice model is created, the voice owner must read a consent statement aloud into their microphone. We compare that recording with the uploaded recordings to check that they come from the same person. This comparison uses a voiceprint, which is biometric data; we process it only for this check, on the basis of the voice owner's explicit consent, and delete the voiceprint as soon as the check is complete. The consent recording itself is kept as evidence for as long as the voice model exists.

### 3.4 Text and generated audio

The text you ask us to narrate and the audio we generate are stored in your project history so that you can download them again.

### 3.5 Technical data

IP address, browser and operating system, API keys used, request logs, error reports and the pages of our website you visit.

## 4. What we use it for

| Purpose | Data | Legal basis |
|---|---|---|
| Creating and hosting your voice models | Voice recordings, voice models | Contract |
| Checking that the voice owner agreed | Consent statement, voiceprint | Explicit consent |
| Generating audio you request | Text, voice models | Contract |
| Detecting misuse (impersonation, fraud, political deepfakes) | Text, generated audio, request logs | Legitimate interest |
| Billing and accounting | Account data, invoices | Contract and legal obligation |
| Improving the sound quality of our base models | De-identified recordings from voice owners who opted in | Consent |

We add an inaudible watermark to all audio we generate so that it can be identified as synthetic. Our misuse detection is automated; when it blocks a request, you can ask for a human review by replying to the notification.

## 5. Sharing

We never share your voice model or your recordings with third parties, other than the processors listed below, who act only on our instructions. Only you, and the team members you invite to your workspace, can generate speech with your voice model.

Processors:

- [Hetzner Online GmbH](https://www.hetzner.com/legal/privacy-policy) - servers and GPUs, Germany and Finland
- [Mollie B.V.](https://www.mollie.com/privacy) - payments, the Netherlands
- [Intercom R&D Unlimited Company](https://www.intercom.com/legal/privacy) - customer support, Ireland
- [Mailgun Technologies Inc.](https://www.mailgun.com/legal/privacy-policy/) - transactional email, United States

Transfers to Mailgun in the United States rely on the EU-U.S. Data Privacy Framework.

We may disclose information to law enforcement or to a court when we are legally required to, and we may report clear cases of impersonation or fraud to the police.

## 6. Retention

- Raw recordings: kept for as long as the voice model built from them exists.
- Voice models: kept until you, or the voice owner, delete them.
- Consent recordings: kept for as long as the voice model exists, then for 12 months as evidence.
- Project history (text and audio): kept for 24 months after the last time you opened the project.
- Request logs: kept for 90 days.
- Invoices: kept for seven years under Dutch tax law.

## 7. Voice owners' control

A voice owner who is not the account holder can ask us at any time to delete their voice model and recordings, even if the account holder objects. Write to [dpo@vocalith.ai](mailto:dpo@vocalith.ai) with a link to the audio you have heard or the name of the voice; we will ask you to read a short sentence so that we can match your voice.

## 8. Your rights

Under the GDPR you can ask for access to your data, its correction or deletion, restriction of processing, a portable copy of the data you gave us, and you can object to processing based on our legitimate interest. Where we rely on your consent, you can withdraw it at any time in Settings > Voice > Consents. We reply within one month. You can complain to the Autoriteit Persoonsgegevens ([autoriteitpersoonsgegevens.nl](https://autoriteitpersoonsgegevens.nl)) or to the authority in your country.

## 9. Security

Recordings and voice models are encrypted at rest. API keys can be restricted by IP address. Access to raw recordings within Vocalith is limited to a small number of engineers and is logged. We run an external security audit every year and publish a summary on our trust page.

## 10. Changes

We will tell account holders by email at least one month before any significant change to this policy takes effect.
"""

EN_STACKWISE = """# Stackwise Privacy Policy

Last revised: 2 March 2026

Stackwise is an AI pair programmer that suggests code completions, explains errors and answers questions inside your editor. This policy covers the Stackwise editor extensions, the web dashboard at app.stackwise.dev and our website. Stackwise GmbH, Rosenthaler Strasse 40, 10178 Berlin, Germany, is the controller.

## What we collect

We collect the information needed to run your account: your name, email address, GitHub or GitLab username if you sign in with them, your organisation and your plan. When the extension is active, it sends us the code around your cursor, the name and language of the open file, and, if you ask a question in the chat panel, your question and the code you select. We collect telemetry about how you use the extension, such as which suggestions you accept, latency and error messages, and it's version number and your editor type. For paid plans we collect billing details through our payment provider.

## How we use it

We use your code context only to generate suggestions and answers for you in real time. Code snippets are processed in memory in our data centres in Frankfurt (Germany) and Amsterdam (the Netherlands) and are discarded once the suggestion is returned; we do not store your code and we do not use it to train our models. Telemetry is used to measure the quality of suggestions, fix bugs and plan capacity. Account and billing data are used to provide the service, send service messages and invoice you.

Our legal bases are the performance of our contract with you (suggestions, chat, account, billing), our legitimate interest in improving and securing Stackwise (telemetry, abuse prevention) and our legal obligations (accounting).

## Organisation accounts

If your employer buys Stackwise for you, your employer can see your name, email, seat status and aggregated acceptance statistics for its team. Your employer cannot see your code context or your chat questions through Stackwise.

## Sharing

Our processors are Hetzner (hosting, Germany), Scaleway (GPU capacity, France and the Netherlands), Paddle (payments) and Brevo (service emails). We do not sell your data or share it with advertisers.

## Retention

Code context and chat questions: not stored beyond the request. Chat answers you save to your history: until you delete them. Telemetry: 13 months. Account data: until you close your account, then 30 days. Invoices: ten years under German commercial law.

## Your rights

You can request access, rectification, erasure, restriction, portability or object to processing based on legitimate interest by writing to privacy@stackwise.dev. You can switch off telemetry in the extension settings. You may complain to the Berlin Commissioner for Data Protection and Freedom of Information or to your local authority.
"""

EN_LOOPLINE = """# Loopline Cookie Policy

Last updated: 9 February 2026

This Cookie Policy explains how Loopline Media Ltd ("Loopline", "we") uses cookies, pixels, SDKs and similar technologies ("cookies") on loopline.video and in the Loopline apps for iOS and Android, where you watch, create and share short videos. It should be read together with our [Privacy Policy](https://loopline.video/legal/privacy), which explains how we process personal data more generally.

Loopline Media Ltd, 20 Farringdon Road, London EC1M 3HE, United Kingdom, is responsible for the cookies we set. Where a partner sets its own cookie through our service, that partner is responsible for it and we list it below.

## What are cookies and similar technologies?

Cookies are small text files that a website stores on your browser. Apps do not use cookies in the same way, but they use comparable tools: software development kits (SDKs) built into the app, device identifiers such as the Apple IDFA or the Google Advertising ID, and local storage on your phone. Pixels are tiny images or pieces of code on a web page or in an email that tell us or a partner that the page or email has been opened.

Some cookies are deleted when you close your browser (session cookies); others stay on your device until they expire or you delete them (persistent cookies). Cookies set by Loopline are first-party cookies; cookies set by a partner are third-party cookies.

## Your choices

When you first visit Loopline on the web, or first open the app, we ask for your consent to cookies that are not strictly necessary. You can accept all, reject all or choose by category. Rejecting is as easy as accepting, and if you close the banner without choosing we treat it as a refusal. We keep your choice for six months and then ask again.

You can change your mind at any time: on the web, click **Cookie settings** in the footer of any page; in the app, go to **Profile > Settings > Privacy > Cookies and tracking**. On iOS, apps can only access your advertising identifier if you allow it in the App Tracking Transparency prompt.

No cookie set through Loopline lasts longer than 13 months.

## The cookies we use

### Strictly necessary

These cookies are needed for Loopline to work: to keep you signed in, to remember your cookie choices, to balance traffic between our servers and to protect accounts against fraudulent logins. They do not need your consent.

| Name | Provider | Purpose | Lifetime |
|---|---|---|---|
| ll_session | Loopline | Keeps you signed in during a visit | Session |
| ll_auth | Loopline | Remembers that you are signed in on this device | 30 days |
| ll_consent | Loopline | Stores your cookie choices | 6 months |
| ll_csrf | Loopline | Protects forms against cross-site request forgery | Session |
| __cf_bm | Cloudflare | Distinguishes people from bots | 30 minutes |

### Preferences

These cookies remember the settings you choose, such as the interface language, muted autoplay, captions and dark mode. They are set only with your consent.

| Name | Provider | Purpose | Lifetime |
|---|---|---|---|
| ll_lang | Loopline | Interface language | 12 months |
| ll_player | Loopline | Volume, captions and autoplay settings | 12 months |

### Analytics

These cookies help us understand how people use Loopline, for example which screens are visited most, how long videos are watched and where the app crashes, so that we can improve it. They are set only with your consent.

| Name | Provider | Purpose | Lifetime |
|---|---|---|---|
| _ll_an | Loopline | Counts visits and watch time with a pseudonymous identifier | 13 months |
| Firebase Analytics SDK | Google Ireland Ltd | In-app usage statistics and crash reports | 13 months |
| _hjSessionUser_{site_id} | Hotjar Ltd | Heatmaps and recordings of how visitors use our web pages | 12 months |
| _hjSession_{site_id} | Hotjar Ltd | Groups the pages of one visit for Hotjar | 30 minutes |

Hotjar recordings mask all text you type and never record your videos or messages. You can read [Hotjar's privacy policy](https://www.hotjar.com/legal/policies/privacy/).

### Advertising

Loopline is free because it shows ads between videos. With your consent, we and our advertising partners use cookies and SDKs to measure how well our own campaigns for Loopline perform on other platforms and to show you ads on Loopline that match your interests. Without your consent, you still see ads, but they are chosen only from the video you are watching and your approximate country.

| Name | Provider | Purpose | Lifetime |
|---|---|---|---|
| _ll_ads | Loopline | Interest-based ads inside Loopline, based on videos watched and liked | 13 months |
| _gcl_au | Google Ireland Ltd | Measures installs and sign-ups that follow our Google Ads campaigns | 3 months |
| _fbp | Meta Platforms Ireland Ltd | Measures sign-ups that follow our ads on Facebook and Instagram | 3 months |
| AppsFlyer SDK | AppsFlyer Ltd | Attributes app installs to the campaign that led to them | 13 months |

The advertising partners above are independent controllers for the data their cookies collect. Their policies: [Google](https://policies.google.com/privacy), [Meta](https://www.facebook.com/privacy/policy/) and [AppsFlyer](https://www.appsflyer.com/legal/privacy-policy/).

## Cookies in emails

Our emails contain a pixel that tells us whether you opened them, so that we can stop sending emails you never read. You can block it by turning off automatic image loading in your email app.

## Local storage in the apps

The Loopline apps keep some information on your phone so that they work offline and start quickly: videos you downloaded to watch later, the drafts of videos you are editing, the filters and sounds you used recently, and a cache of the feed. This storage is strictly necessary for the features you use, is not read by any partner, and is deleted when you uninstall the app or clear its data.

## Changes to this Cookie Policy

When we add a new partner or a new purpose, we will update this policy and ask for your consent again before the new cookies are used.

## Contact

Questions about cookies can be sent to [privacy@loopline.video](mailto:privacy@loopline.video). You can also write to our Data Protection Officer at the address above.
"""

EN_BACKSTAGE = """# Privacy Policy

Backstage Club Ltd - last updated 28 January 2026

Backstage Club is a membership platform where artists, writers, podcasters and other creators offer paid monthly memberships to their fans. This policy explains how Backstage Club Ltd (company number 11842967), 61 Oldham Street, Manchester M1 1JG, United Kingdom, handles personal data about creators, members and visitors.

## 1. Data we collect

- **Members**: name, email address, password, payment method, billing country, the memberships you hold, the comments you post and the messages you send to creators.
- **Creators**: in addition, your payout details (bank account or PayPal address), tax identification number, date of birth and a copy of your identity document, which we need to meet anti-money-laundering rules before we pay you.
- **Everyone**: IP address, device and browser information, and cookie data as described in our [Cookie Policy](https://backstageclub.com/legal/cookies).

## 2. What creators see about members

When you join a creator's membership, that creator can see your display name, your membership tier, the date you joined, how much you have paid them in total and your country. Creators do not see your email address or your payment details, and you can only be contacted by a creator through Backstage Club messages.

## 3. How we use data

We use personal data to run memberships and process payments (contract), to pay creators and check their identity (legal obligation), to prevent chargeback fraud and protect accounts (legitimate interest), to send you receipts and service notices (contract), and, if you agree, to send you a monthly newsletter featuring creators you may like (consent).

## 4. Service providers

We use Stripe for card payments, PayPal for PayPal payments and creator payouts, Onfido for creator identity checks, Amazon Web Services for hosting in Ireland, and Customer.io for service emails. Some of these providers are based in the United States; we rely on standard contractual clauses and the UK Addendum for those transfers.

## 5. Retention

Member accounts are deleted 90 days after you close them. Creator identity documents and payout records are kept for five years after the end of the business relationship, as anti-money-laundering law requires. Messages are kept until either party deletes them.

## 6. Your rights

You can ask to see, correct or delete your data, to restrict or object to its use, or to receive a copy in a portable format. Send your request to privacy@backstageclub.com. We will respond within one month, and we may ask you to confirm your request from the email address linked to your account. If you are unhappy with our answer, you can complain to the Information Commissioner's Office.

## 7. Changes

We will email members and creators about significant changes to this policy at least 30 days in advance.
"""

EN_NEARBY = """# Nearby Commons - Privacy Notice

Last updated: 15 December 2025

Nearby Commons is a private social network for neighbourhoods: you can lend and borrow tools, recommend a plumber, organise a street party or ask who found a lost cat. The service is run by Nearby Commons Ltd, Unit 4, The Sorting Office, 28 Park Row, Bristol BS1 5LJ, United Kingdom, which is the controller of your data.

## What we collect about you

- The name and address you give us when you join, so that we can place you in the right neighbourhood.
- An email address and, if you add one, a mobile number.
- Your profile: photo, short bio, skills you offer, and how long you have lived in the area, if you choose to say.
- What you post: messages, photos, events, items for lending or giving away, replies and private messages.
- Device and usage data: IP address, app version, approximate location when you open the app (if you allow it), crash reports.

## How we confirm your address

Only people who live in a neighbourhood can join it. To confirm your address, we either send a postcard with a code to your address, or, if you allow it, we check that the location of your phone is inside the neighbourhood boundary when you sign up. We keep only the result of the check, not the location.

## What your neighbours see

Other members of your neighbourhood see your name, profile photo, street name (not your house number) and what you post. Members of nearby neighbourhoods can see posts you choose to share more widely. Private messages are only visible to the people in the conversation.

## Why we use your data

- To run the service and show you your neighbourhood's posts (contract).
- To confirm your address (legitimate interest in keeping neighbourhoods genuine).
- To keep the community safe, including reviewing posts that members report (legitimate interest).
- To send you a daily or weekly digest of posts, which you can switch off in Settings (contract).
- To work with local councils and emergency services, who can post public safety messages to neighbourhoods; they do not see your personal data.

## Who we share it with

Our suppliers are: Amazon Web Services (hosting, London), Twilio (text messages), Royal Mail (postcards) and Zendesk (support). We never sell your data and we do not show advertising based on your activity. Local businesses can pay to appear in the Local Offers section, but they do not receive any information about you.

## How long we keep it

We keep your account while you are a member. If you leave, we delete your profile within 30 days; posts in public threads are anonymised rather than deleted so that conversations still make sense.

## Your rights

You may access, correct, erase or port your data and object to processing based on legitimate interests. Contact privacy@nearbycommons.co.uk or write to our Data Protection Lead at Nearby Commons Ltd, Unit 4, The Sorting Office, 28 Park Row, Bristol BS1 5LJ. You can also complain to the Information Commissioner's Office.
"""

EN_THREADHALL = """Cookie Policy
=============

Threadhall hosts discussion forums for communities, clubs, open-source projects and companies. This policy describes the cookies set on threadhall.com and on every forum hosted by Threadhall (for example yourforum.threadhall.com or a custom domain). Threadhall Software Ltd, 9 Mill Lane, Cambridge CB2 1RX, United Kingdom, is responsible for these cookies.

Forum owners cannot add their own tracking cookies to forums hosted on Threadhall. If a forum embeds content from another website, such as a YouTube video, that website may set its own cookies when you play it; we load such embeds only after you click on them.

Cookies we always use
---------------------

These cookies are strictly necessary for the forum to work and do not require consent.

| Cookie | Purpose | Duration |
|--------|---------|----------|
| th_session | Keeps you logged in while you browse | Session |
| th_remember | Keeps you logged in between visits if you tick "Remember me" | 30 days |
| th_xsrf | Protects forms from forged requests | Session |
| th_consent | Remembers your cookie choices | 6 months |

Cookies we use with your consent
--------------------------------

| Cookie | Purpose | Duration |
|--------|---------|----------|
| th_draft | Saves unfinished posts so that you do not lose them | 7 days |
| th_theme | Remembers whether you prefer the light or dark theme | 12 months |
| _th_stats | Counts visits to each forum with a random identifier, so that forum owners see how many people read their forum | 6 months |

Our statistics are produced by Threadhall itself; no data is sent to an analytics company and we do not use advertising cookies.

Managing cookies
----------------

When you first visit a forum, a banner asks whether you accept the optional cookies above. You can change your choice at any time from the "Cookie preferences" link at the bottom of every forum page. You can also block or delete cookies in your browser, but you will then be logged out.

Contact
-------

Questions: privacy@threadhall.com.

Last updated 3 November 2025.
"""

EN_APERTURE = """# Aperture Privacy Policy

Effective 1 February 2026

Aperture is a photo-sharing social network for people who care about photography, from phone snapshots to film. This policy explains how Aperture Social Inc. and its European subsidiary handle your information when you use the Aperture apps and aperture.social.

## Who is responsible

If you live in the European Economic Area, the United Kingdom or Switzerland, the controller of your data is **Aperture Social Europe Ltd**, 2 Windmill Lane, Dublin 2, D02 F206, Ireland. Everywhere else, it is Aperture Social Inc., 500 Howard Street, San Francisco, CA 94105, USA. You can contact our Data Protection Officer at dpo@aperture.social.

## Information you give us

- **Account**: username, display name, email address or phone number, password, date of birth.
- **Profile**: photo, bio, website link, the camera gear you list, and your location if you add one to your profile.
- **Photos and posts**: photos, captions, albums, comments, likes, tags of other users, and the photo metadata you choose to keep (camera model, lens, aperture, shutter speed, ISO). By default we remove GPS coordinates from photos before they are published; you can choose to show the place on a map instead.
- **Messages**: direct messages you send and receive.
- **Contests**: if you enter a photo contest, your entry and, if you win, the postal address we need to send your prize.

## Information we collect automatically

- **Activity**: the photos you view, how long you look at them, the accounts you follow and search for, and the comments and likes you leave.
- **Device**: device model, operating system, app version, language, IP address and the identifiers of your device.
- **Cookies**: see our [Cookie Policy](https://aperture.social/legal/cookies).

## Information from others

Other users may tag you in photos or mention you in comments. If you connect your Aperture account to Lightroom or Flickr to import photos, we receive the photos and metadata you select.

## How we use information

### To run Aperture

We use your information to create your account, publish your photos, show you the accounts you follow, deliver messages, run contests and answer your support requests. Legal basis: contract.

### To personalise your feed

Your Home feed shows photos from accounts you follow. The Discover tab suggests other photos. To choose them, our systems rank photos automatically using the accounts you follow, the photos you have liked, saved or lingered on, and the popularity of each photo among people with similar activity. You can switch Discover to a chronological view of recent popular photos in Settings > Feed. Legal basis: contract for the Home feed; legitimate interest for Discover.

### To keep Aperture safe

We use automated tools and human reviewers to detect spam, fake accounts, nudity, violent content and copyright infringement. When we remove a photo or suspend an account, we tell you why and you can appeal from the notification. Legal basis: legitimate interest and legal obligation.

### To improve Aperture

We analyse how features are used, with pseudonymised data, to fix problems and decide what to build. Legal basis: legitimate interest.

### To communicate with you

We send you notifications about activity on your photos and, if you agree, emails about new features and contests. You can turn them off in Settings > Notifications. Legal basis: contract for service messages, consent for marketing emails.

### Advertising

Aperture does not show ads. We do not use your photos or your activity for advertising, and we do not sell your information.

## Sharing

- **Other users** see your public profile, public photos and comments. If you make your account private, only approved followers see your photos.
- **Service providers**: hosting (Google Cloud, Belgium and the United States), image delivery (Fastly), email (SendGrid), support (Zendesk) and payments for Aperture Pro (Stripe). They act only on our instructions.
- **Within our group**: Aperture Social Europe Ltd and Aperture Social Inc. share data to run a single global service.
- **Legal requests**: we disclose data when required by law, after checking that the request is valid.

## International transfers

Data of European users is transferred to Aperture Social Inc. and to some providers in the United States. We rely on the EU-U.S. Data Privacy Framework, in which Aperture Social Inc. participates, and on standard contractual clauses for other transfers.

## Retention

- Photos, posts and messages stay until you delete them or your account.
- When you delete your account, we delete your data within 30 days, except copies kept in backups for up to 90 days and data we must keep to meet legal obligations.
- Activity data used for Discover is kept for 12 months.
- Contest prize addresses are deleted 60 days after the prize is sent.

## Aperture Pro

Aperture Pro is an optional subscription that adds unlimited uploads in full resolution, portfolio pages with your own domain name and detailed statistics about who views your photos. If you subscribe, Stripe collects your payment details and we receive your billing country, the last four digits of your card and your subscription status. Pro statistics show you aggregate numbers (views, saves, the countries and cities of viewers and the accounts that viewed your portfolio most often when those accounts have a public profile); they never show you the private activity of an individual user.

Subscriptions bought through the App Store or Google Play are billed by Apple or Google, and we receive only confirmation that your subscription is active.

## Your rights

You can access and download your data (Settings > Your data > Download), correct your profile, delete photos or your whole account, object to the use of your activity for Discover, and restrict processing. For other requests, contact dpo@aperture.social; we respond within one month. European users can complain to the Data Protection Commission in Ireland or to their local authority.

## Children

You must be at least 16 to use Aperture in the EEA and UK, and 13 elsewhere.

## Changes

We will notify you in the app and by email before material changes take effect.
"""

EN_GLOWCAST = """# Glowcast Cookie Notice

Updated 6 January 2026

Glowcast is a live-streaming platform where streamers broadcast games, music and creative work and viewers chat with them in real time. This notice explains the cookies and similar technologies that Glowcast Interactive AB, Götgatan 22, 118 46 Stockholm, Sweden ("Glowcast") uses on glowcast.tv and in our apps.

## Why we use cookies

We use cookies for four reasons:

1. **Essential**: to log you in, keep your session secure, remember your cookie choices and deliver video streams without interruption.
2. **Functional**: to remember your volume, video quality, chat settings and language.
3. **Audience measurement**: to count viewers and measure stream quality (buffering, bitrate) so that we and streamers can see how streams perform.
4. **Advertising**: to show ads before and during streams that are relevant to you, to limit how often you see the same ad, and to measure whether ads are seen.

Essential cookies are always on. The other categories are used only if you agree.

## Cookies and partners

| Category | Cookie or tool | Set by | Lifetime |
|---|---|---|---|
| Essential | gc_sid, gc_auth, gc_csrf | Glowcast | Session to 30 days |
| Essential | gc_cmp | Glowcast | 6 months |
| Functional | gc_player, gc_chat_prefs | Glowcast | 12 months |
| Audience measurement | gc_metrics | Glowcast | 13 months |
| Audience measurement | Mux Data | Mux Inc. | Session |
| Advertising | gc_adfreq | Glowcast | 30 days |
| Advertising | IDE, test_cookie | Google (Ad Manager) | 13 months |
| Advertising | uuid2 | Xandr (Microsoft) | 3 months |

Google and Microsoft act as independent controllers for their advertising cookies; see the [Google advertising policy](https://policies.google.com/technologies/ads) and [Microsoft's privacy statement](https://privacy.microsoft.com/privacystatement).

Viewers who subscribe to Glowcast Turbo do not see ads, and we do not set advertising cookies on their devices.

## Your choices

When you first visit Glowcast you can accept all cookies, reject all non-essential cookies, or choose by category. You can change or withdraw your consent at any time by clicking **Cookie settings** at the bottom of every page on the website, or under **Settings > Privacy** in the apps. Withdrawing is immediate: the non-essential cookies stop being read and we delete the ones we set.

You can also delete cookies in your browser settings. Your choices are stored for six months.

## Contact

For questions about this notice, contact privacy@glowcast.tv. Our Data Protection Officer can be reached at the same address. You can complain to the Swedish Authority for Privacy Protection (IMY).
"""

EN_QUILLPOST = """# Quillpost Privacy Policy

Last modified: 22 January 2026

Quillpost is a messaging app for one-to-one and group conversations, voice and video calls. It is made by Quillpost Lda, Rua do Alecrim 38, 1200-018 Lisboa, Portugal, the controller of your data. Contact: privacy@quillpost.app.

## End-to-end encryption

All messages, photos, voice notes, files and calls on Quillpost are end-to-end encrypted. Only you and the people you talk to can read or listen to them; Quillpost cannot. The encryption keys are created and kept on your devices.

## What we collect

- Your phone number, which is your account identifier, and the name and photo you choose for your profile.
- Your contacts' phone numbers, if you allow Quillpost to access your address book. We upload them in hashed form to tell you which of your contacts use Quillpost, and then discard the hashes that do not match a user.
- Messages in transit: encrypted messages are stored on our servers only until they are delivered, for a maximum of 30 days.
- Technical data: device type, operating system, app version, IP address, the time you were last connected, and push-notification tokens.
- Payment data if you buy Quillpost Plus through our website (in-app purchases are handled by Apple or Google).

## How we use it

We use this information to register your account, deliver messages and calls, show your contacts that you use Quillpost, prevent spam and abuse, answer support requests and, for Plus subscribers, manage your subscription. We rely on our contract with you and, for spam prevention, on our legitimate interest.

## Reports

If you report a conversation, the app sends us the last five messages of that conversation, which it decrypts on your device, together with the reported account's identifier. Reports are reviewed by our own moderation team in Lisbon, who may ban accounts that break our rules.

## Sharing

We share data with our hosting provider OVHcloud (France and Germany), with Twilio (sending verification codes by SMS, United States), and with Stripe (payments for Plus). Transfers to Twilio in the United States rely on standard contractual clauses. We do not share data with advertisers and we do not sell it.

## Retention

We keep your account data for as long as you use Quillpost. Accounts that have not connected for 180 days are deleted automatically. Undelivered messages are deleted after 30 days. Reports are kept for one year.

## Security

Besides end-to-end encryption, we protect our servers with strict access controls, regular external security audits and a public bug bounty programme.

## Your rights

You can request a report of your account information in Settings > Account > Request account info. You can also contact us at privacy@quillpost.app to exercise your rights of access, rectification, erasure, restriction, objection and portability. You can complain to the Comissão Nacional de Proteção de Dados (CNPD).
"""

EN_GUILDLINK = """# Guildlink Privacy Policy

Last updated: 30 January 2026

Guildlink is a professional network for tradespeople, technicians and engineers: electricians, welders, HVAC technicians, mechanics, lab technicians and the companies that hire them. Members build a profile with their certifications and experience, join trade groups, and find jobs and contracts.

This policy explains how we process personal data when you use guildlink.com, the Guildlink apps and our recruiter tools.

## 1. Who we are

Guildlink Europe B.V., Stationsplein 45, 3013 AK Rotterdam, the Netherlands, is the controller for members in the European Economic Area and Switzerland. Guildlink Ltd, 1 Canada Square, London E14 5AB, is the controller for members in the United Kingdom. The two companies are part of the same group.

Data Protection Officer: [dpo@guildlink.com](mailto:dpo@guildlink.com).

## 2. Information we collect

### From you

- Registration data: name, email address, mobile number, password and country.
- Profile data: trade, job title, employers, work history, certifications and licences (for example gas safety or electrical qualifications, with their numbers and expiry dates), education, skills, languages, the region where you are willing to work, a profile photo and, if you choose, your day rate.
- Documents: scans of certificates you upload to get a "Verified" badge.
- Content: posts, comments, group messages, endorsements and recommendations you give or receive.
- Job activity: jobs you save or apply for, the CV you attach and the answers you give to employers' screening questions.

### Automatically

- Log data: IP address, browser, device, pages visited, searches and the time of each action.
- Location: the approximate location derived from your IP address; precise location only if you allow the app to find jobs near you.
- Cookies: see our [Cookie Policy](https://www.guildlink.com/legal/cookies).

### From others

- Employers and colleagues who confirm your work history or endorse your skills.
- Certification bodies, when you ask us to verify a certificate with them; we receive a yes/no answer and the expiry date.

## 3. How we use your information, and our legal bases

| Purpose | Main data used | Legal basis |
|---|---|---|
| Running your account and profile | Registration and profile data | Performance of our contract with you |
| Showing your profile to employers and recruiters who search for candidates | Profile data, region, availability | Your consent, given when you switch on "Open to work" |
| Matching you with jobs | Profile data, job activity, location | Performance of our contract with you |
| Verifying certificates | Documents, answers from certification bodies | Your consent |
| Detecting fake profiles and fraud | Registration data, log data, profile photo | Performance of our contract with you |
| Measuring and improving Guildlink | Log data (pseudonymised) | Our legitimate interest |
| Newsletters and event invitations | Email address, trade, region | Your consent |
| Keeping records required by law | Billing data for paid plans | Legal obligation |

Where we rely on your consent, you can withdraw it at any time: switch off "Open to work", delete a verified document, or use the unsubscribe link in any email.

## 4. Who can see your information

- **Members**: your name, photo, headline, trade and region are visible to all signed-in members. You decide whether the rest of your profile is visible to everyone, to your connections only, or to nobody.
- **Employers and recruiters**: if you switch on "Open to work", employers with a Guildlink Hire subscription can find your full profile in search results and send you messages. If you apply for a job, the employer receives your profile, your CV and your answers to screening questions.
- **Service providers**: we use Microsoft Azure (hosting, the Netherlands and Ireland), Algolia (search, Ireland), Twilio SendGrid (email, United States), Stripe (payments), and Persona (document verification, United States). Transfers to the United States rely on the EU-U.S. Data Privacy Framework or on standard contractual clauses.
- **Authorities**: when we are legally required to disclose data.

### Groups

Trade groups can be public, where any member can read and join, or private, where an admin approves members. Posts in public groups are visible to all signed-in members. Group admins can see the list of members and remove posts, but they cannot see your private messages or the parts of your profile you have hidden.

We do not sell personal data and we do not share it with advertisers.

## 5. How long we keep your information

- Profile and content: until you close your account. After closure, your profile disappears immediately and data is deleted within 30 days.
- Applications: employers keep the applications you send them under their own policies; we keep a copy for 12 months.
- Uploaded certificates: until you delete them or close your account.
- Log data: 12 months.
- Billing records: 7 years.

## 6. Your rights

You have the right to:

- access the data we hold about you and receive a copy;
- correct inaccurate data;
- delete your data;
- restrict processing;
- object to processing based on our legitimate interest;
- receive the data you provided in a machine-readable format and transmit it to another service;
- withdraw your consent at any time.

You can exercise most of these rights yourself in **Settings > Privacy**, where you can also download an archive of your data. For anything else, write to [privacy@guildlink.com](mailto:privacy@guildlink.com). We answer within one month; if your request is complex we may extend this by two further months and we will tell you within the first month.

You can complain to the Autoriteit Persoonsgegevens in the Netherlands, to the Information Commissioner's Office in the UK, or to the authority where you live.

## 7. Security

We use encryption in transit and at rest, two-factor authentication for all staff, and regular penetration tests. You can turn on two-factor authentication for your own account in Settings > Security.

## 8. Age

Guildlink is for people aged 16 and over. Apprentices aged 16 and 17 can join, but their profiles are never shown in recruiter search.

## 9. Changes

If we change this policy in a way that affects you significantly, we will let you know by email and with a notice in the app at least 30 days beforehand.
"""

EN_INKWELL = """# Inkwell Archive - Privacy

The Inkwell Archive is a non-profit, volunteer-run archive of fan fiction and fan art, operated by the Inkwell Archive Foundation, a charity registered in Scotland (SC051822), 12 Rose Street, Edinburgh EH2 2PR. We collect as little about you as we can. This page says what we do collect and why.

**If you only read.** You can read the Archive without an account. Our servers record your IP address, the pages you request and your browser type in server logs, which we use to keep the Archive running and to block attacks. We keep these logs for a short period and then delete them.

**If you have an account.** We store your username, your email address, your password (hashed), your pseudonyms, the works you post, your comments, kudos, bookmarks and subscriptions, and your reading history if you turn it on. Your email address is never shown to other users. You can post under several pseudonyms; we do not reveal which pseudonyms belong to the same account.

**Why.** We use this data only to run the Archive: to publish your works, to send you notifications you asked for, to respond to abuse reports and to keep the service secure. Our legal basis is the agreement you accept when you create an account and, for security logs, our legitimate interest in protecting the Archive.

**No ads, no tracking.** The Archive has no advertising, no analytics scripts and no third-party trackers. The only cookies we use keep you logged in and remember your display preferences.

**Who else sees it.** Our volunteers in the Abuse and Support teams can see account data when they handle a report or a support ticket; they sign a confidentiality agreement. Our servers are hosted by [Hetzner](https://www.hetzner.com/legal/privacy-policy) in Germany. We do not sell or share data with anyone else, except where a court order requires us to, and we will resist orders that we believe are unlawful.

**Deleting things.** You can delete any work, comment or bookmark, or your whole account, at any time from your dashboard. Deleted works disappear immediately; backups are overwritten within 14 days.

**Your rights.** You can ask for a copy of your data, for corrections or for deletion by writing to [privacy@inkwellarchive.org](mailto:privacy@inkwellarchive.org). Volunteers answer within one month. You can complain to the Information Commissioner's Office ([ico.org.uk](https://ico.org.uk)).

Last reviewed: November 2025.
"""

EN_HUDDLE = """# HuddleUp Privacy Policy

Last updated: 1 March 2026

HuddleUp is a group chat app for sports clubs, choirs' rehearsal groups, scout troops, running clubs and other volunteer-run clubs. Club organisers create a club space; members join by invitation and chat in channels, share fixtures and photos, and answer availability polls.

HuddleUp Technologies Ltd, 7 Castle Street, Cardiff CF10 1BS, United Kingdom, is the controller of the data described here. For data that a club adds about its own members (for example membership numbers or medical notes for a junior sports team), the club is the controller and we process that data on the club's behalf.

## Information we collect

- **Your account**: name, email address or phone number, profile photo and the clubs you belong to.
- **Your messages and files**: messages, photos, videos, documents, poll answers and reactions you post in club channels or direct messages.
- **Availability and attendance**: your answers to availability polls and whether you attended events, if your club records it.
- **Device data**: device type, operating system, app version, IP address and push notification token.
- **Support**: what you tell us when you contact support.

## Why we use it

We use your information to let you chat with your clubs, to send notifications, to keep HuddleUp secure and free of spam, to give organisers tools to manage their club, and to answer your support requests. We rely on our contract with you, and on our legitimate interest for security and spam prevention.

We do not show advertising in HuddleUp and we never sell your data.

## Who sees your information

- Members of a club see your name, photo and what you post in that club's channels.
- Organisers of a club also see your email address or phone number and your attendance record in that club.
- Our processors: Google Cloud (hosting, London), OneSignal (push notifications, United States) and Freshdesk (support). Transfers to the United States rely on the UK International Data Transfer Addendum.

## How long we keep it

- Messages and files stay in a club until their author or an organiser deletes them, or until the club is closed.
- Deleted messages are removed from our live systems straight away and from our backups within 30 days.
- If you leave a club, your past messages stay visible to the club under your name unless you delete them.
- If you delete your account, your messages are kept in the club but shown as from "Former member".
- Device data and logs are kept for 90 days.

## Children

Members under 13 can only join a club if a parent or guardian creates the account on their behalf and adds them. Club organisers must not ask junior members to share contact details in channels.

## Your rights

You have the right to access, correct and delete your personal data, to object to processing based on our legitimate interest, and to data portability. To make a request, use the form in Settings > Help > Privacy request. We answer within one month. You can complain to the Information Commissioner's Office.
"""

EN_KINDRED = """# Kindred Privacy Policy

Last updated: 14 November 2025

Kindred helps adults who have moved to a new city, started working from home or simply want more friends to meet people nearby with shared interests. Kindred is for friendship only: there is no dating mode.

The controller is Kindred Apps Ltd, 33 Deansgate, Manchester M3 4LQ, United Kingdom. Email: privacy@kindred.social.

## Information we collect

**Profile.** First name, age, gender (optional), photos, interests, the kind of friendships you are looking for, and the languages you speak.

**Verification.** To show a "Verified" badge, we ask you to take a short selfie video, which our provider compares to your profile photos. The video is deleted after the check.

**Location.** The app uses your device location to suggest people and groups near you. Other members see only your approximate distance (for example "2 km away"), never your exact position.

**Conversations.** Messages you exchange with other members and in group chats.

**Safety reports.** Reports you make or that other members make about you.

**Usage data.** IP address, device, app version, and how you use the app.

## How we use it and why

| What we do | Legal basis |
|---|---|
| Create your profile and show it to people nearby | Contract |
| Use your location to suggest people and groups near you | Consent - you can withdraw it at any time by turning off location access for Kindred in your phone settings |
| Verify your photos | Consent |
| Review reports and protect members from abuse | Legitimate interest |
| Understand how the app is used | Legitimate interest |
| Send you service emails | Contract |

## Sharing

Your profile is visible to other Kindred members nearby. Your messages are only visible to the people in the conversation, and to our safety team if a message is reported. Our service providers are Amazon Web Services (hosting), Veriff (photo verification) and Braze (notifications). Some of them process data in the United States under standard contractual clauses. We do not sell your data.

## Retention

We keep your profile and messages until you delete your account. After deletion, we keep safety reports for three years to prevent banned users from coming back, and delete everything else within 30 days.

## Your rights

You can access, correct, delete or download your data and object to processing based on legitimate interest. Write to privacy@kindred.social. You can complain to the Information Comissioner's Office.
"""

EN_STUDYOWL = """# StudyOwl Privacy Notice

Effective 5 January 2026

StudyOwl is an AI homework helper. Students can photograph a question or type it, and StudyOwl explains how to solve it step by step, asks follow-up questions and suggests practice exercises. It is made by StudyOwl Learning Ltd, 5 Merrion Square North, Dublin 2, D02 X285, Ireland, the controller of your data.

## Who can use StudyOwl

StudyOwl is for students aged 13 and over. We do not knowingly collect personal data from children under 13; if we find that an account belongs to a child under 13, we close it and delete its data. Schools can also give students access through StudyOwl for Schools, in which case the school's agreement with us applies.

## What we collect

- **Account**: your first name, email address, password, school year and the subjects you choose.
- **Questions and answers**: the questions you type, photos of exercises you take, and the explanations StudyOwl gives you. Your conversation history is saved so that you can go back to it.
- **Progress**: the practice exercises you try and whether your answers were right, so that StudyOwl can suggest what to practise next.
- **Technical data**: device type, app version, IP address and crash reports.

We ask students not to include their full name, address or photos of people in their questions. Our system blurs faces it detects in uploaded photos.

## How we use it

- To explain questions and suggest practice (contract).
- To suggest exercises based on your progress; this is a recommendation only and has no effect on your grades (contract).
- To check that StudyOwl's explanations are accurate: our teachers review a small random sample of questions and answers, with names removed (legitimate interest).
- To keep StudyOwl safe, including detecting requests for exam answers during live exams that schools have registered with us (legitimate interest).

We do not use students' data for advertising, and we do not sell it.

## Sharing

Our AI explanations are produced with models run by Mistral AI in France under a data processing agreement; Mistral AI does not use StudyOwl data to train its models. Our other processors are Microsoft Azure (hosting, Ireland) and Postmark (emails). If you use StudyOwl through your school, your teacher can see your progress in the subjects the school has set up, but not your other questions.

## Retention

Your conversation history is kept until you delete it or your account. Progress data is kept while your account is active. Accounts inactive for two years are deleted.

## Your rights

You can access, correct, delete and download your data, and object to our use of it based on legitimate interest. Email privacy@studyowl.ie. We reply within one month. You can complain to the Data Protection Commission.
"""

EN_FITMIRROR = """# Fitmirror Privacy Policy

Last updated: 18 February 2026

Fitmirror lets you see how clothes, glasses and make-up would look on you before you buy them, using your phone's camera. Fitmirror is used in our own app and inside the websites and apps of retailers who partner with us. Fitmirror Technologies S.L., Carrer de Pallars 108, 08018 Barcelona, Spain, is the controller of the data we process in the Fitmirror app. When you use Fitmirror on a retailer's website, the retailer is the controller and we act as its processor.

## Camera images and body measurements

To place a garment on you, Fitmirror needs images from your camera and an estimate of your body shape. Camera images and the 3D body model we estimate from them are processed on your device and never leave it; we do not receive, store or see them. If you save a "look", the saved picture is stored only in your phone's photo library.

If you choose to, you can enter your height, weight and usual sizes, so that we can recommend a size. These measurements are stored in your Fitmirror account so that you do not need to enter them again.

## Other information we collect

- Account data: email address, password and country.
- Shopping data: the products you try on, the looks you save, and the retailers you visit from the app.
- Technical data: device model, operating system, app version, crash logs, and an app-instance identifier.

## How we use information

- To provide virtual try-on and size recommendations (contract).
- To show you products from partner retailers that match your sizes and the styles you tried on (legitimate interest; you can turn off recommendations in Settings).
- To measure and improve the app (legitimate interest).
- To send you promotional emails if you have agreed (consent).

## Sharing

When you tap "Buy" we send the retailer the product, size and colour you chose so that it can open the right page; we do not send your measurements. We use the following processors: Google Cloud (hosting, Belgium), Amplitude (product analytics, United States), Sentry (crash reports, United States) and Mailjet (emails, France). Transfers to the United States rely on the EU-U.S. Data Privacy Framework. We do not sell your personal data.

## Retention

Account and shopping data are kept until you delete your account. Analytics data is kept for 12 months. Crash logs are kept for 90 days.

## Your rights

You have the right to access, rectify and erase your data, to object to processing based on legitimate interest, to data portability and to withdraw consent. Write to privacy@fitmirror.app. You can also complain to the Agencia Española de Protección de Datos (AEPD).
"""

EN_MIRRORFOLK = """# Mirrorfolk Cookie Policy

Last updated: 10 January 2026

Mirrorfolk is an app where you can chat with AI characters that you create or discover in our community library. This Cookie Policy applies to our website mirrorfolk.ai and the web version of the app. It is issued by Mirrorfolk Ltd, 88 Wood Street, London EC2V 7RS, United Kingdom.

## What cookies are

Cookies are small files placed on your device when you visit a website. We also use local storage and pixels, which work in a similar way; we call all of them "cookies" here.

## Cookies we use

**Essential cookies** keep you signed in, store the characters and conversation you have open, protect you against fraudulent requests and remember your cookie choices. The site cannot work without them, so they are always on.

**Analytics cookies** tell us which pages and features people use, how long chats last and where people give up during sign-up. We use PostHog, hosted in the EU, for this; the IP address is not stored.

**Marketing cookies** tell us whether people who saw our ads on Meta's or Reddit's platforms then signed up for Mirrorfolk, so that we know which of our campaigns work.

| Cookie | Provider | Type | Purpose | Expires |
|---|---|---|---|---|
| mf_session | Mirrorfolk | Essential | Keeps you signed in | When you close the browser |
| mf_csrf | Mirrorfolk | Essential | Security | When you close the browser |
| mf_consent | Mirrorfolk | Essential | Your cookie choices | 6 months |
| ph_* | PostHog Inc. (EU cloud) | Analytics | Product usage statistics | 12 months |
| _fbp | Meta Platforms Ireland Ltd | Marketing | Counts sign-ups that follow our ads on Facebook and Instagram | 90 days |
| _rdt_uuid | Reddit Inc. | Marketing | Counts sign-ups that follow our ads on Reddit | 90 days |

Meta and Reddit decide for themselves how they use data from their cookies; please read [Meta's Privacy Policy](https://www.facebook.com/privacy/policy/) and [Reddit's Privacy Policy](https://www.reddit.com/policies/privacy-policy).

## What we don't do

We don't read the content of your conversations with characters for analytics or advertising, and we don't share it with Meta, Reddit or any other advertising partner.

## Your choices

Analytics and marketing cookies are only used if you accept them in our cookie banner. You can change your choice at any time via "Cookie preferences" in the site footer. We ask again every six months.

## Contact

privacy@mirrorfolk.ai &ndash; Mirrorfolk Ltd, 88 Wood Street, London EC2V 7RS.
"""

EN_CHORDSMITH = """# Chordsmith Privacy Policy

Last updated: 2 February 2026

Chordsmith is an AI music generator: describe a song, hum a melody or upload a chord progression, and Chordsmith composes a track you can edit and download. This policy explains how we handle your personal data.

## Who we are

Chordsmith Ltd is a company registered in England and Wales (number 13477209) with its registered office at 4 Brewery Yard, Bath BA1 2PX. Chordsmith Ltd is the controller of your personal data. You can contact us at hello@chordsmith.io, or reach our privacy team at privacy@chordsmith.io.

## What we collect

- Account information: your email address, display name and password, or your Google account identifier if you sign in with Google.
- Your creations: the descriptions and lyrics you write, melodies you hum or sing into your microphone, audio and MIDI files you upload, and the tracks Chordsmith generates.
- Subscription information: your plan and payment history. Card payments are processed by Stripe; we never see your full card number.
- Usage information: the features you use, the tracks you play, download or share, your IP address and information about your device and browser.

## How we use it

We use your information to generate and store your tracks, to let you share them with a public link, to process payments, to provide customer support, to prevent abuse (for example attempts to imitate the voice of a known artist, which our filters block) and to understand which features are used. We do not use your uploads or your creations to train our models.

Our legal bases are the contract between us, our legitimate interest in running a secure and useful service, and our legal obligations for financial records.

## Sharing

We share data with the service providers that run our infrastructure: Amazon Web Services (hosting, Ireland), Stripe (payments), Mixpanel (product analytics, United States, under standard contractual clauses) and Customer.io (emails). If you share a track publicly, anyone with the link can listen to it and see your display name. We do not sell personal data.

## Retention

Tracks and uploads are kept while your account is open. You can delete any track at any time. When you close your account, we delete your data within 30 days, except payment records, which we keep for six years.

## Your rights

You have the right to access, correct, delete and port your personal data, to restrict its use and to object to processing based on our legitimate interest. Email privacy@chordsmith.io. We respond within one month. If you are not satisfied, you can complain to the Information Commissioner's Office.

## Changes

We will email you before any significant change to this policy.
"""

EN_ASKWELL = """# Askwell Cookie Policy

Askwell is a question-and-answer community where people ask practical questions about home repairs, gardening, cooking and everyday technology, and other members answer them. Askwell Community Ltd, 14 Lower Ormond Quay, Dublin 1, Ireland ("Askwell"), uses cookies and similar technologies on askwell.org. This policy explains which ones and why.

## 1. Cookies that are needed

Some cookies are needed for the website to work. They let you sign in, post and vote, protect the site against spam and forged requests, and remember whether you accepted or refused other cookies. You cannot switch them off.

## 2. Cookies you can choose

**Audience measurement.** We use Matomo, installed on our own servers in Ireland, to count visitors and see which questions are read most. The cookie _pk_id stores a random visitor number for 13 months; the cookie _pk_ses lasts 30 minutes.

**Advertising.** Askwell shows ads to visitors who are not signed in. With your consent, our ad partner Raptive sets cookies to choose ads based on the pages you read on Askwell and other websites, and to count how many times you see each ad. These cookies last up to 13 months. See [Raptive's privacy policy](https://raptive.com/privacy-policy/).

Signed-in members do not see ads and we do not set advertising cookies for them.

## 3. How to choose

When you arrive on Askwell, our banner lets you accept all optional cookies, refuse them, or choose category by category. Refusing is as simple as accepting. You can change your choice whenever you like using the "Cookie choices" link at the bottom of each page. Your choice is remembered for six months.

## 4. Changes

If we add new cookies for a new purpose or a new partner, we will ask for your consent again.

## 5. Contact

Send any questions to cookies@askwell.org.

Last update: 21 October 2025
"""

EN_BASES: dict[str, tuple[str, str, str]] = {
    "parley": ("privacy", "Parley AI Limited", EN_PARLEY),
    "brushfire": ("privacy", "Brushfire Labs Ltd", EN_BRUSHFIRE),
    "vocalith": ("privacy", "Vocalith B.V.", EN_VOCALITH),
    "stackwise": ("privacy", "Stackwise GmbH", EN_STACKWISE),
    "loopline": ("cookies", "Loopline Media Ltd", EN_LOOPLINE),
    "backstage": ("privacy", "Backstage Club Ltd", EN_BACKSTAGE),
    "nearby": ("privacy", "Nearby Commons Ltd", EN_NEARBY),
    "threadhall": ("cookies", "Threadhall Software Ltd", EN_THREADHALL),
    "aperture": ("privacy", "Aperture Social Europe Ltd", EN_APERTURE),
    "glowcast": ("cookies", "Glowcast Interactive AB", EN_GLOWCAST),
    "quillpost": ("privacy", "Quillpost Lda", EN_QUILLPOST),
    "guildlink": ("privacy", "Guildlink Europe B.V.", EN_GUILDLINK),
    "inkwell": ("privacy", "Inkwell Archive Foundation", EN_INKWELL),
    "huddle": ("privacy", "HuddleUp Technologies Ltd", EN_HUDDLE),
    "kindred": ("privacy", "Kindred Apps Ltd", EN_KINDRED),
    "studyowl": ("privacy", "StudyOwl Learning Ltd", EN_STUDYOWL),
    "fitmirror": ("privacy", "Fitmirror Technologies S.L.", EN_FITMIRROR),
    "mirrorfolk": ("cookies", "Mirrorfolk Ltd", EN_MIRRORFOLK),
    "chordsmith": ("privacy", "Chordsmith Ltd", EN_CHORDSMITH),
    "askwell": ("cookies", "Askwell Community Ltd", EN_ASKWELL),
}


def en(key: str) -> str:
    return f"{NAME}-base-en-{key}"


def fr(key: str) -> str:
    return f"{NAME}-base-fr-{key}"


def between(text: str, start: str, end: str) -> str:
    """The exact stretch of a base from start up to (not including) end, so that block edits quote the base."""
    i = text.index(start)
    return text[i : text.index(end, i)]


def spaced_table(block: str) -> str:
    """Re-render a compact Markdown table ("|a|b|") with padded cells ("| a | b |"), as another converter would."""
    out = []
    for line in block.splitlines(keepends=True):
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            cells = ["---" if set(c) == {"-"} else c for c in cells]
            line = "| " + " | ".join(cells) + " |\n"
        out.append(line)
    return "".join(out)


def retyped(text: str, old: str, new: str) -> list[tuple[str, str]]:
    """One edit per line holding old, as when a new capture renders a character (an entity, a quote) differently."""
    return [(line, line.replace(old, new)) for line in text.splitlines() if old in line]


EN_EDITS: list[Pair] = [
    # --- parley (AI chatbot) ---
    (
        en("parley"),
        "major",
        ["R2"],
        False,
        False,
        'A new purpose is added to the purposes list: on the free plan the topics of recent conversations are used to choose "sponsored suggestions from our partners" (personalised advertising); the "recieve" typo fix alongside it is editorial.',
        [
            before(
                "* **To support you.** We use your account data",
                "* **To show sponsored suggestions.** On the free plan, we use the topics of your recent conversations to choose which sponsored suggestions from our partners appear below some answers. Partners do not receive your conversations or your identity; they only receive the number of times their suggestion was shown and clicked. You can turn this off in Settings > Personalisation (legitimate interest).\n",
            ),
            ("We recieve only the card type", "We receive only the card type"),
        ],
    ),
    (
        en("parley"),
        "editorial",
        ["R1"],
        False,
        True,
        'Technical re-rendering: the processors table is re-captured with padded cells and "| --- |" separators and the retention list markers change from "*" to "-"; every provider, location and period is unchanged.',
        [
            (
                between(EN_PARLEY, "|Provider|Service|Location|", "\nYou can read each provider"),
                spaced_table(between(EN_PARLEY, "|Provider|Service|Location|", "\nYou can read each provider")),
            ),
            (
                between(EN_PARLEY, "* Conversations stay in your history", "\n## 7. Your rights"),
                between(EN_PARLEY, "* Conversations stay in your history", "\n## 7. Your rights").replace("* ", "- "),
            ),
        ],
    ),
    # --- brushfire (AI image generator) ---
    (
        en("brushfire"),
        "editorial",
        ["R1"],
        False,
        False,
        'Human editorial pass: the "Reference images" section is moved above "Public gallery", "it\'s results" is corrected to "their results" and the opening sentence is reworded; no practice, period or recipient changes.',
        [
            (
                "runs brushfire.art, a service that turns text prompts and reference images into pictures.",
                "operates brushfire.art, where you can turn text prompts and reference images into pictures.",
            ),
            ("it's results may be reviewed", "their results may be reviewed"),
            (
                between(EN_BRUSHFIRE, "## Public gallery", "## Who we share it with"),
                between(EN_BRUSHFIRE, "## Reference images", "## Who we share it with")
                + between(EN_BRUSHFIRE, "## Public gallery", "## Reference images"),
            ),
        ],
    ),
    (
        en("brushfire"),
        "minor",
        ["R9"],
        False,
        False,
        'Default made more protective: "New images are public by default" becomes "New images are private by default", publishing to the Explore gallery becomes a choice per image; nothing is collected or shared that was not before.',
        [
            (
                "New images are public by default and appear in the Explore gallery with your username, together with the prompt that produced them. You can make any image private from its page, and Pro subscribers can make all future images private in Settings > Privacy.",
                "New images are private by default. You can publish any image to the Explore gallery from its page; published images appear with your username, together with the prompt that produced them, and you can make them private again at any time.",
            )
        ],
    ),
    # --- vocalith (AI voice cloning) ---
    (
        en("vocalith"),
        "rights_reducing",
        ["R12", "R5"],
        False,
        False,
        'The promise "We never share your voice model or your recordings with third parties, other than the processors" is replaced by "We may also share recordings and voice models with selected research partners": a negative promise is withdrawn and a new recipient category appears.',
        [
            (
                "We never share your voice model or your recordings with third parties, other than the processors listed below, who act only on our instructions.",
                "We share your voice model and recordings with the processors listed below, who act only on our instructions. We may also share recordings and voice models with selected research partners, such as universities and companies that develop synthetic-speech detection, to help them build and test their technology.",
            ),
            ("_Last updated: 20 January 2026_", "_Last updated: 24 February 2026_"),
        ],
    ),
    (
        en("vocalith"),
        "minor",
        ["R9"],
        False,
        False,
        'Shorter retention: raw recordings, previously "kept for as long as the voice model built from them exists", are now "deleted 30 days after the voice model built from them has been created"; the date stamp also changes.',
        [
            (
                "- Raw recordings: kept for as long as the voice model built from them exists.",
                "- Raw recordings: deleted 30 days after the voice model built from them has been created.",
            ),
            (
                "We store these raw recordings and the voice model we train from them.",
                "We store these raw recordings for 30 days after the voice model has been created, and the voice model we train from them until it is deleted.",
            ),
            ("_Last updated: 20 January 2026_", "_Last updated: 3 March 2026_"),
        ],
    ),
    # --- stackwise (AI coding assistant) ---
    (
        en("stackwise"),
        "major",
        ["R6", "R5"],
        False,
        False,
        'Code snippets, until now processed only in Frankfurt and Amsterdam, may be processed "by our inference partner Baseten in the United States" when capacity is short, and Baseten is added as a processor under standard contractual clauses: a new transfer outside the EU and a new recipient.',
        [
            (
                "Code snippets are processed in memory in our data centres in Frankfurt (Germany) and Amsterdam (the Netherlands) and are discarded once the suggestion is returned;",
                "Code snippets are processed in memory in our data centres in Frankfurt (Germany) and Amsterdam (the Netherlands) or, when those are at capacity, by our inference partner Baseten in the United States, and are discarded once the suggestion is returned;",
            ),
            (
                "Scaleway (GPU capacity, France and the Netherlands),",
                "Scaleway (GPU capacity, France and the Netherlands), Baseten Labs Inc. (overflow GPU capacity, United States, under the EU standard contractual clauses),",
            ),
        ],
    ),
    (
        en("stackwise"),
        "editorial",
        ["R1"],
        False,
        False,
        'Wording only: "We collect the information needed to run your account:" becomes "To run your account, we collect", "it\'s version number" becomes "the extension\'s version number", and the revision date changes; the data, purposes and retention are the same.',
        [
            (
                "We collect the information needed to run your account: your name,",
                "To run your account, we collect your name,",
            ),
            (
                "and it's version number and your editor type.",
                "and the extension's version number and your editor type.",
            ),
            ("Last revised: 2 March 2026", "Last revised: 9 April 2026"),
        ],
    ),
    # --- loopline (short-video app, cookie policy) ---
    (
        en("loopline"),
        "major",
        ["R15"],
        True,
        False,
        'A new third-party advertising tracker is added to the consent table: "_scid | Snap Inc. | Measures sign-ups that follow our ads on Snapchat and builds audiences of Loopline visitors", with Snap\'s policy link; a new vendor needing consent, so earlier consent does not cover it.',
        [
            before(
                "| AppsFlyer SDK | AppsFlyer Ltd |",
                "| _scid | Snap Inc. | Measures sign-ups that follow our ads on Snapchat and builds audiences of Loopline visitors for those ads | 13 months |\n",
            ),
            (
                "[Meta](https://www.facebook.com/privacy/policy/) and [AppsFlyer]",
                "[Meta](https://www.facebook.com/privacy/policy/), [Snap](https://values.snap.com/privacy/privacy-policy) and [AppsFlyer]",
            ),
        ],
    ),
    (
        en("loopline"),
        "minor",
        ["R17"],
        False,
        False,
        'Hotjar is removed: both "_hjSessionUser_{site_id}" and "_hjSession_{site_id}" rows and the paragraph on Hotjar recordings are deleted; nothing is added.',
        [
            drop("| _hjSessionUser_{site_id} | Hotjar Ltd |"),
            drop("| _hjSession_{site_id} | Hotjar Ltd |"),
            (
                "Hotjar recordings mask all text you type and never record your videos or messages. You can read [Hotjar's privacy policy](https://www.hotjar.com/legal/policies/privacy/).\n\n",
                "",
            ),
        ],
    ),
    # --- backstage (creator subscription platform) ---
    (
        en("backstage"),
        "editorial",
        ["R1"],
        False,
        False,
        'Rebranding of the same company: "Backstage Club Ltd" becomes "Backstage Ltd (company number 11842967, formerly Backstage Club Ltd)" and the product name "Backstage Club" becomes "Backstage"; same company number, address, processing and rights.',
        [
            ("Backstage Club Ltd - last updated 28 January 2026", "Backstage Ltd - last updated 16 March 2026"),
            (
                "Backstage Club is a membership platform",
                "Backstage (previously called Backstage Club) is a membership platform",
            ),
            (
                "how Backstage Club Ltd (company number 11842967)",
                "how Backstage Ltd (company number 11842967, formerly Backstage Club Ltd)",
            ),
            ("through Backstage Club messages", "through Backstage messages"),
        ],
    ),
    (
        en("backstage"),
        "rights_reducing",
        ["R4"],
        False,
        False,
        'The response deadline for rights requests goes from "We will respond within one month" to "We aim to respond within 90 days": slower and beyond GDPR Art. 12(3); the ICO web address added alongside is editorial.',
        [
            ("We will respond within one month, and we may ask", "We aim to respond within 90 days, and we may ask"),
            (
                "you can complain to the Information Commissioner's Office.",
                "you can complain to the Information Commissioner's Office (ico.org.uk).",
            ),
        ],
    ),
    # --- nearby (neighbourhood community app) ---
    (
        en("nearby"),
        "major",
        ["R7", "R5"],
        False,
        False,
        'New source of data: addresses are first checked "against records held by Addressly Ltd, an address-verification provider that compiles data from the open electoral register and utility companies", and Addressly joins the supplier list.',
        [
            (
                "To confirm your address, we either send a postcard with a code to your address, or, if you allow it,",
                "To confirm your address, we first check your name and address against records held by Addressly Ltd, an address-verification provider that compiles data from the open electoral register and utility companies. If that check fails, we send a postcard with a code to your address, or, if you allow it,",
            ),
            (
                "Royal Mail (postcards) and Zendesk (support)",
                "Royal Mail (postcards), Addressly (address checks) and Zendesk (support)",
            ),
        ],
    ),
    (
        en("nearby"),
        "minor",
        ["R14"],
        False,
        False,
        'The company moves office: "Unit 4, The Sorting Office, 28 Park Row, Bristol BS1 5LJ" becomes "Second Floor, 1 Temple Way, Bristol BS2 0BY" in the controller line and the postal rights contact; same channels, same controller.',
        [
            (
                "run by Nearby Commons Ltd, Unit 4, The Sorting Office, 28 Park Row, Bristol BS1 5LJ, United Kingdom",
                "run by Nearby Commons Ltd, Second Floor, 1 Temple Way, Bristol BS2 0BY, United Kingdom",
            ),
            (
                "Data Protection Lead at Nearby Commons Ltd, Unit 4, The Sorting Office, 28 Park Row, Bristol BS1 5LJ.",
                "Data Protection Lead at Nearby Commons Ltd, Second Floor, 1 Temple Way, Bristol BS2 0BY.",
            ),
            ("Last updated: 15 December 2025", "Last updated: 2 February 2026"),
        ],
    ),
    # --- threadhall (forum host, cookie policy) ---
    (
        en("threadhall"),
        "editorial",
        ["R1"],
        False,
        True,
        'Technical re-rendering: underlined (setext) headings become "#"/"##" headings and the table separators "|--------|" become "| --- |"; cookie names, purposes and durations are identical.',
        [
            ("Cookie Policy\n=============\n", "# Cookie Policy\n"),
            ("Cookies we always use\n---------------------\n", "## Cookies we always use\n"),
            (
                "Cookies we use with your consent\n--------------------------------\n",
                "## Cookies we use with your consent\n",
            ),
            ("Managing cookies\n----------------\n", "## Managing cookies\n"),
            ("Contact\n-------\n", "## Contact\n"),
            ("|--------|---------|----------|\n| th_session", "| --- | --- | --- |\n| th_session"),
            ("|--------|---------|----------|\n| th_draft", "| --- | --- | --- |\n| th_draft"),
        ],
    ),
    (
        en("threadhall"),
        "major",
        ["R16"],
        False,
        False,
        'Longer cookie lifetime: the consent-based visit-counting cookie "_th_stats" goes from "6 months" to "12 months" (still under 13 months); the date stamp changes too.',
        [
            (
                "so that forum owners see how many people read their forum | 6 months |",
                "so that forum owners see how many people read their forum | 12 months |",
            ),
            ("Last updated 3 November 2025.", "Last updated 2 February 2026."),
        ],
    ),
    # --- aperture (photo-sharing social network) ---
    (
        en("aperture"),
        "major",
        ["R11"],
        False,
        False,
        'Profiling is expanded: Discover ranking now also uses "the subjects our image-recognition models detect in the photos you post and view", "from which we build a profile of your photographic interests"; the heading rename is editorial.',
        [
            (
                "and the popularity of each photo among people with similar activity.",
                "the popularity of each photo among people with similar activity, and the subjects our image-recognition models detect in the photos you post and view (for example landscapes, street photography, pets or food), from which we build a profile of your photographic interests.",
            ),
            ("### To personalise your feed", "### To personalise Home and Discover"),
        ],
    ),
    (
        en("aperture"),
        "editorial",
        ["R1"],
        False,
        False,
        'A link to a Help Centre article explaining how Discover ranks photos is added after the existing description, and "with pseudonymised data" becomes "using pseudonymised data"; the practice described does not change.',
        [
            (
                "You can switch Discover to a chronological view of recent popular photos in Settings > Feed.",
                "You can switch Discover to a chronological view of recent popular photos in Settings > Feed. Our [Help Centre](https://help.aperture.social/discover) explains in more detail how Discover ranks photos.",
            ),
            (
                "We analyse how features are used, with pseudonymised data,",
                "We analyse how features are used, using pseudonymised data,",
            ),
        ],
    ),
    # --- glowcast (live-streaming platform, cookie notice) ---
    (
        en("glowcast"),
        "rights_reducing",
        ["R13"],
        False,
        False,
        'Withdrawal made harder on the web: the "Cookie settings" link on every page and the promise that withdrawing is immediate are removed; web users must now "delete Glowcast cookies in your browser settings" to withdraw.',
        [
            (
                "You can change or withdraw your consent at any time by clicking **Cookie settings** at the bottom of every page on the website, or under **Settings > Privacy** in the apps. Withdrawing is immediate: the non-essential cookies stop being read and we delete the ones we set.",
                "You can change your consent choices under **Settings > Privacy** in the apps. On the website, to withdraw your consent, delete Glowcast cookies in your browser settings; the banner will then appear again on your next visit.",
            ),
            (
                "You can also delete cookies in your browser settings. Your choices are stored",
                "Your choices are stored",
            ),
        ],
    ),
    (
        en("glowcast"),
        "minor",
        ["R9"],
        False,
        False,
        'A new way to refuse: "If your browser sends a Global Privacy Control (GPC) signal, we treat it as a refusal of advertising cookies"; plus a new date. Nothing adverse.',
        [
            (
                "You can also delete cookies in your browser settings.",
                "You can also delete cookies in your browser settings. If your browser sends a Global Privacy Control (GPC) signal, we treat it as a refusal of advertising cookies.",
            ),
            ("Updated 6 January 2026", "Updated 20 March 2026"),
        ],
    ),
    # --- quillpost (messaging app) ---
    (
        en("quillpost"),
        "major",
        ["R5"],
        False,
        False,
        'Reported conversations are now also reviewed by an outside company: "reviewers at [Tessera Trust & Safety](...)" who work "on our behalf", added to the sharing list; a new processor receiving message content. The date stamp also changes.',
        [
            (
                "Reports are reviewed by our own moderation team in Lisbon, who may ban accounts that break our rules.",
                "Reports are reviewed by our moderation team in Lisbon and by reviewers at [Tessera Trust & Safety](https://www.tesseratrust.com/privacy), a company that provides content moderation staff on our behalf from its offices in Lisbon and Porto. Either may ban accounts that break our rules.",
            ),
            (
                "with our hosting provider OVHcloud (France and Germany), with Twilio",
                "with our hosting provider OVHcloud (France and Germany), with Tessera Trust & Safety (review of reported conversations, Portugal), with Twilio",
            ),
            ("Last modified: 22 January 2026", "Last modified: 5 March 2026"),
        ],
    ),
    (
        en("quillpost"),
        "editorial",
        ["R1"],
        False,
        False,
        'Sections reordered by hand: "Security" now comes before "Retention"; the text of both sections is unchanged.',
        [
            (
                between(EN_QUILLPOST, "## Retention", "## Your rights"),
                between(EN_QUILLPOST, "## Security", "## Your rights")
                + between(EN_QUILLPOST, "## Retention", "## Security"),
            )
        ],
    ),
    # --- guildlink (professional networking site) ---
    (
        en("guildlink"),
        "major",
        ["R10"],
        False,
        False,
        'Legal basis change in the purposes table: fraud and fake-profile detection moves from "Performance of our contract with you" to "Our legitimate interest in keeping Guildlink trustworthy"; no consent is withdrawn by it.',
        [
            (
                "| Detecting fake profiles and fraud | Registration data, log data, profile photo | Performance of our contract with you |",
                "| Detecting fake profiles and fraud | Registration data, log data, profile photo | Our legitimate interest in keeping Guildlink trustworthy for members and employers |",
            )
        ],
    ),
    (
        en("guildlink"),
        "rights_reducing",
        ["R4"],
        False,
        False,
        'Rights become harder to exercise: self-service in Settings and the e-mail privacy@guildlink.com are replaced by "a signed letter to our Data Protection Officer" by post "with a copy of a passport or national identity card".',
        [
            (
                "You can exercise most of these rights yourself in **Settings > Privacy**, where you can also download an archive of your data. For anything else, write to [privacy@guildlink.com](mailto:privacy@guildlink.com).",
                "You can download an archive of your data in **Settings > Privacy**. To exercise any other right, send a signed letter to our Data Protection Officer at Guildlink Europe B.V., Stationsplein 45, 3013 AK Rotterdam, with a copy of a passport or national identity card.",
            )
        ],
    ),
    # --- inkwell (fan-fiction archive) ---
    (
        en("inkwell"),
        "minor",
        ["R9"],
        False,
        False,
        'A vague period is made precise: server logs with IP addresses are kept "for a short period" -> "for 30 days"; the review date changes. Clearer wording of the same practice, not longer.',
        [
            (
                "We keep these logs for a short period and then delete them.",
                "We keep these logs for 30 days and then delete them.",
            ),
            ("Last reviewed: November 2025.", "Last reviewed: March 2026."),
        ],
    ),
    (
        en("inkwell"),
        "editorial",
        ["R1"],
        False,
        True,
        'Technical re-rendering: bold paragraph leads are captured as "__...__" instead of "**...**" and mail and web links become autolinks ("<privacy@inkwellarchive.org>", "<https://ico.org.uk>"); same targets, same words.',
        [
            ("**If you only read.**", "__If you only read.__"),
            ("**If you have an account.**", "__If you have an account.__"),
            ("**Why.**", "__Why.__"),
            ("**No ads, no tracking.**", "__No ads, no tracking.__"),
            ("**Who else sees it.**", "__Who else sees it.__"),
            ("**Deleting things.**", "__Deleting things.__"),
            ("**Your rights.**", "__Your rights.__"),
            ("[privacy@inkwellarchive.org](mailto:privacy@inkwellarchive.org)", "<privacy@inkwellarchive.org>"),
            ("([ico.org.uk](https://ico.org.uk))", "(<https://ico.org.uk>)"),
        ],
    ),
    # --- huddle (group chat for clubs) ---
    (
        en("huddle"),
        "major",
        ["R8"],
        False,
        False,
        'Longer retention: deleted messages are removed "from our backups within 30 days" -> "within 180 days"; the date stamp changes as well.',
        [
            ("from our backups within 30 days.", "from our backups within 180 days."),
            ("Last updated: 1 March 2026", "Last updated: 14 April 2026"),
        ],
    ),
    (
        en("huddle"),
        "minor",
        ["R9"],
        False,
        False,
        'A second rights channel is added while the in-app form stays: "or email our Data Protection Officer at dpo@huddleup.app"; easier, not harder.',
        [
            (
                "To make a request, use the form in Settings > Help > Privacy request.",
                "To make a request, use the form in Settings > Help > Privacy request, or email our Data Protection Officer at dpo@huddleup.app.",
            )
        ],
    ),
    # --- kindred (friendship app) ---
    (
        en("kindred"),
        "rights_reducing",
        ["R10"],
        False,
        False,
        'Legal basis for location changes from "Consent - you can withdraw it at any time by turning off location access" to "Contract ... location access is required to use the app": the right to withdraw consent is removed.',
        [
            (
                "| Use your location to suggest people and groups near you | Consent - you can withdraw it at any time by turning off location access for Kindred in your phone settings |",
                "| Use your location to suggest people and groups near you | Contract - suggesting people near you is the core of the Kindred service, so location access is required to use the app |",
            ),
            ("Last updated: 14 November 2025", "Last updated: 2 March 2026"),
        ],
    ),
    (
        en("kindred"),
        "editorial",
        ["R1"],
        False,
        False,
        'Copy-editing only: "Comissioner\'s" is corrected, "for friendship only:" becomes "only for friendship;" and "to meet people nearby with shared interests" is reworded; no change of meaning.',
        [
            ("Information Comissioner's Office", "Information Commissioner's Office"),
            (
                "Kindred is for friendship only: there is no dating mode.",
                "Kindred is only for friendship; there is no dating mode.",
            ),
            ("to meet people nearby with shared interests.", "to meet nearby people who share their interests."),
        ],
    ),
    # --- studyowl (AI homework helper) ---
    (
        en("studyowl"),
        "major",
        ["R7", "R5"],
        False,
        False,
        'Minimum age lowered from 13 to 11: for students aged 11 and 12 "we ask for a parent\'s email address" and send the parent "a weekly summary of the subjects their child has studied": new data subjects and data, and a new recipient.',
        [
            (
                "StudyOwl is for students aged 13 and over. We do not knowingly collect personal data from children under 13; if we find that an account belongs to a child under 13, we close it and delete its data.",
                "StudyOwl is for students aged 11 and over. Students aged 11 and 12 need a parent's permission: when they sign up, we ask for a parent's email address and send the parent a link to approve the account and to receive a weekly summary of the subjects their child has studied. We do not knowingly collect personal data from children under 11; if we find that an account belongs to a child under 11, we close it and delete its data.",
            ),
            (
                "school year and the subjects you choose.",
                "school year and the subjects you choose, and, for students under 13, a parent's email address and the date the parent approved the account.",
            ),
        ],
    ),
    (
        en("studyowl"),
        "minor",
        ["R9"],
        False,
        False,
        'A new option: "you can switch history off in Settings > Privacy, in which case each conversation is deleted when you close it"; a new control that reduces what is kept.',
        [
            (
                "Your conversation history is saved so that you can go back to it.",
                "Your conversation history is saved so that you can go back to it; you can switch history off in Settings > Privacy, in which case each conversation is deleted when you close it.",
            )
        ],
    ),
    # --- fitmirror (virtual try-on app) ---
    (
        en("fitmirror"),
        "rights_reducing",
        ["R12", "R7"],
        False,
        False,
        'Promise reversed: camera images "are processed on your device and never leave it; we do not receive, store or see them" -> "Camera images are sent to our servers", and the 3D body model is now kept in the account as new "Body data".',
        [
            (
                "Camera images and the 3D body model we estimate from them are processed on your device and never leave it; we do not receive, store or see them.",
                "Camera images are sent to our servers, where we estimate a 3D model of your body and render the garment on it. We delete the camera images within 24 hours and keep your 3D body model in your account so that future try-ons are faster.",
            ),
            (
                "- Account data: email address, password and country.",
                "- Account data: email address, password and country.\n- Body data: your 3D body model, estimated from your camera images.",
            ),
        ],
    ),
    (
        en("fitmirror"),
        "minor",
        ["R17"],
        False,
        False,
        'A processor is removed: "Amplitude (product analytics, United States)" disappears from the processor list; nothing replaces it.',
        [
            (
                "Google Cloud (hosting, Belgium), Amplitude (product analytics, United States), Sentry",
                "Google Cloud (hosting, Belgium), Sentry",
            )
        ],
    ),
    # --- mirrorfolk (AI companion app, cookie policy) ---
    (
        en("mirrorfolk"),
        "major",
        ["R15", "R2"],
        True,
        False,
        'New purpose for an existing marketing cookie: "_fbp" now also "adds visitors of our website to audiences so that Meta can show them Mirrorfolk ads" (retargeting), beyond counting sign-ups; consent given for measurement does not cover it.',
        [
            (
                "| _fbp | Meta Platforms Ireland Ltd | Marketing | Counts sign-ups that follow our ads on Facebook and Instagram | 90 days |",
                "| _fbp | Meta Platforms Ireland Ltd | Marketing | Counts sign-ups that follow our ads on Facebook and Instagram, and adds visitors of our website to audiences so that Meta can show them Mirrorfolk ads | 90 days |",
            ),
            (
                "so that we know which of our campaigns work.",
                "so that we know which of our campaigns work. They also let Meta show our ads on Facebook and Instagram to people who have visited our website (retargeting).",
            ),
        ],
    ),
    (
        en("mirrorfolk"),
        "editorial",
        ["R1"],
        False,
        True,
        'Technical re-rendering: straight apostrophes are captured as typographic ones ("don\'t" -> "don\u2019t", "Meta\'s" -> "Meta\u2019s") and the "&ndash;" entity is decoded to a dash; no word changes.',
        [
            *retyped(EN_MIRRORFOLK, "'", "\u2019"),
            ("privacy@mirrorfolk.ai &ndash; Mirrorfolk Ltd", "privacy@mirrorfolk.ai \u2013 Mirrorfolk Ltd"),
        ],
    ),
    # --- chordsmith (AI music generator) ---
    (
        en("chordsmith"),
        "major",
        ["R3"],
        False,
        False,
        'Controller identity changes: after joining Resonant Media Group, "Chordsmith Ltd and Resonant Media B.V. ... are joint controllers of your personal data" instead of Chordsmith Ltd alone.',
        [
            (
                "Chordsmith Ltd is the controller of your personal data.",
                "Since March 2026, Chordsmith Ltd has been part of Resonant Media Group. Chordsmith Ltd and Resonant Media B.V., Herengracht 480, 1017 CB Amsterdam, the Netherlands, are joint controllers of your personal data; Resonant Media B.V. answers requests from users in the European Union.",
            ),
            ("Last updated: 2 February 2026", "Last updated: 1 April 2026"),
        ],
    ),
    (
        en("chordsmith"),
        "editorial",
        ["R1"],
        False,
        False,
        'Two sentences are rephrased (the service description and "We will email you before any significant change" -> "Before any significant change ..., we will let you know by email"); meaning unchanged.',
        [
            (
                "Chordsmith is an AI music generator: describe a song, hum a melody or upload a chord progression, and Chordsmith composes a track you can edit and download.",
                "Chordsmith is an AI music generator. Describe a song, hum a melody or upload a chord progression and Chordsmith will compose a track that you can edit and download.",
            ),
            (
                "We will email you before any significant change to this policy.",
                "Before any significant change to this policy, we will let you know by email.",
            ),
        ],
    ),
    # --- askwell (Q&A community, cookie policy) ---
    (
        en("askwell"),
        "minor",
        ["R9"],
        False,
        False,
        'Shorter cookie lifetime: the Matomo cookie "_pk_id stores a random visitor number for 13 months" -> "for 6 months"; date stamp updated. Not adverse.',
        [
            (
                "The cookie _pk_id stores a random visitor number for 13 months;",
                "The cookie _pk_id stores a random visitor number for 6 months;",
            ),
            ("Last update: 21 October 2025", "Last update: 12 January 2026"),
        ],
    ),
    (
        en("askwell"),
        "editorial",
        ["R1"],
        False,
        False,
        'Copy-editing: heading "How to choose" -> "Managing your choices", "as simple as accepting" -> "just as easy as accepting", and the contact sentence is reworded with the same address.',
        [
            ("## 3. How to choose", "## 3. Managing your choices"),
            ("Refusing is as simple as accepting.", "Refusing is just as easy as accepting."),
            (
                "Send any questions to cookies@askwell.org.",
                "If you have any questions about cookies, write to cookies@askwell.org.",
            ),
        ],
    ),
]

# ---------------------------------------------------------------------------------------------------------------
# French bases
# ---------------------------------------------------------------------------------------------------------------

FR_CAUSERIE = """# Politique de confidentialité de Causerie

Dernière mise à jour : 15 janvier 2026

Causerie est un assistant conversationnel fondé sur l'intelligence artificielle, conçu et hébergé en France. Il répond à vos questions, rédige et résume des textes et vous aide dans vos démarches du quotidien. La présente politique explique quelles données personnelles nous traitons lorsque vous utilisez le site causerie.fr, les applications mobiles Causerie et l'API Causerie, pour quelles raisons, avec qui nous les partageons et comment exercer vos droits.

## 1. Qui est responsable de vos données ?

Le responsable de traitement est la société Causerie IA SAS, au capital de 120 000 euros, immatriculée au RCS de Lyon sous le numéro 912 447 306, dont le siège est situé 27 rue de la Villette, 69003 Lyon.

Nous avons désigné un délégué à la protection des données (DPO), joignable à l'adresse [dpo@causerie.fr](mailto:dpo@causerie.fr) ou par courrier au siège, à l'attention du DPO.

Lorsque Causerie est mis à disposition par un employeur ou une collectivité dans le cadre de l'offre Causerie Pro, c'est cet organisme qui est responsable du traitement des conversations de ses agents ou salariés ; nous agissons alors en qualité de sous-traitant.

## 2. Quelles données collectons-nous ?

### Données de compte

- adresse e-mail et mot de passe (conservé sous forme chiffrée) ;
- prénom ou pseudonyme ;
- langue et préférences d'affichage ;
- le cas échéant, l'identifiant fourni par FranceConnect ou par votre compte Google si vous vous connectez par ce moyen.

### Conversations

- les messages que vous écrivez ou dictez ;
- les documents et images que vous importez pour les faire analyser ;
- les réponses générées par Causerie ;
- les évaluations que vous donnez aux réponses (pouce levé ou baissé) et vos commentaires.

### Données techniques

- adresse IP, type d'appareil, système d'exploitation, version de l'application ;
- journaux de connexion et d'erreurs ;
- volume de requêtes, pour appliquer les limites d'usage de l'offre gratuite.

### Données de paiement

Si vous souscrivez à Causerie Plus, le paiement est traité par notre prestataire Stancer. Nous ne recevons que le statut du paiement, les quatre derniers chiffres de la carte et sa date d'expiration.

Nous ne vous demandons jamais de données sensibles (santé, opinions politiques, convictions religieuses, etc.) et nous vous recommandons de ne pas en saisir dans vos conversations.

## 3. Pourquoi utilisons-nous vos données ?

| Finalité | Base légale |
|---|---|
| Fournir le service : générer les réponses, conserver l'historique de vos conversations | Exécution du contrat |
| Gérer votre abonnement et la facturation | Exécution du contrat, obligation légale |
| Assurer la sécurité du service et détecter les usages abusifs (fraude, contenus illicites) | Intérêt légitime, obligation légale |
| Améliorer la qualité de nos modèles à partir de conversations pseudonymisées | Intérêt légitime ; vous pouvez vous y opposer à tout moment dans Paramètres > Confidentialité |
| Répondre à vos demandes d'assistance | Exécution du contrat |
| Vous envoyer notre lettre d'information | Consentement |
| Produire des statistiques d'utilisation anonymes | Intérêt légitime |

Les conversations signalées par nos filtres automatiques peuvent être relues par un membre habilité de notre équipe de modération. Aucune décision produisant des effets juridiques à votre égard n'est prise sur le seul fondement d'un traitement automatisé.

## 4. Qui a accès à vos données ?

Vos données sont traitées par les équipes habilitées de Causerie IA et par nos sous-traitants, qui agissent sur nos instructions dans le cadre de contrats conformes à l'article 28 du RGPD :

| Sous-traitant | Service | Localisation des données |
|---|---|---|
| OVHcloud | Hébergement et calcul (GPU) | France (Roubaix, Gravelines) |
| Scaleway | Sauvegardes chiffrées | France (Paris) |
| Stancer | Paiement | France |
| Crisp | Messagerie d'assistance | France |
| Brevo | Envoi des e-mails | France |

Vous pouvez consulter les politiques de confidentialité d'[OVHcloud](https://www.ovhcloud.com/fr/personal-data-protection/), de [Scaleway](https://www.scaleway.com/fr/politique-de-confidentialite/), de [Crisp](https://crisp.chat/fr/privacy/) et de [Brevo](https://www.brevo.com/fr/legal/privacypolicy/).

Vos données sont hébergées et traitées exclusivement dans l'Union européenne. Nous ne vendons pas vos données et ne les communiquons à aucun annonceur.

Nous pouvons être amenés à communiquer des données aux autorités judiciaires ou administratives lorsque la loi nous y oblige.

## 5. Combien de temps conservons-nous vos données ?

- Conversations : jusqu'à ce que vous les supprimiez ; une conversation supprimée est effacée de nos serveurs sous 30 jours.
- Conversations en mode éphémère : 72 heures.
- Données de compte : pendant toute la durée de votre compte, puis 30 jours après sa clôture.
- Comptes inactifs : supprimés après 3 ans sans connexion, après un e-mail de rappel.
- Journaux techniques : 12 mois, conformément à nos obligations légales.
- Factures : 10 ans, conformément au Code de commerce.

## 6. Vos droits

Conformément au RGPD et à la loi Informatique et Libertés, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité de vos données, ainsi que du droit de retirer votre consentement à tout moment et de définir des directives relatives au sort de vos données après votre décès.

Vous pouvez exporter vos conversations depuis Paramètres > Mes données. Pour toute autre demande, écrivez à [dpo@causerie.fr](mailto:dpo@causerie.fr). Nous vous répondrons dans un délai d'un mois. En cas de doute raisonnable sur votre identité, nous pourrons vous demander de confirmer la demande depuis votre compte.

Si vous estimez que vos droits ne sont pas respectés, vous pouvez introduire une réclamation auprès de la CNIL ([www.cnil.fr](https://www.cnil.fr)).

## 7. Mineurs

Causerie est accessible à partir de 15 ans. Entre 13 et 15 ans, l'inscription nécessite l'accord d'un titulaire de l'autorité parentale, conformément à l'article 45 de la loi Informatique et Libertés. Causerie n'est pas accessible aux enfants de moins de 13 ans.

## 8. Sécurité

Les échanges sont chiffrés (TLS) et les données stockées sont chiffrées au repos. L'accès aux conversations est limité aux personnes qui en ont strictement besoin et fait l'objet d'une journalisation.

## 9. Modifications

En cas de modification importante de la présente politique, nous vous en informerons par e-mail et par un message dans l'application au moins un mois avant son entrée en vigueur.
"""

FR_PLANSEQ = """# Politique de protection des données personnelles

**Plan-Séquence** - en vigueur au 3 février 2026

Plan-Séquence est un service en ligne qui génère de courtes vidéos à partir d'un texte, d'un storyboard ou d'images fixes. Il est édité par Plan-Séquence SAS, 14 rue du Faubourg-Poissonnière, 75010 Paris (RCS Paris 920 118 534), responsable des traitements décrits ci-dessous. Pour toute question : donnees@planseq.fr.

## Les données que nous traitons

Lors de votre inscription, nous collectons votre adresse e-mail, votre nom d'utilisateur, votre mot de passe et, si vous êtes un professionnel, le nom de votre société et votre numéro de TVA.

Lorsque vous utilisez le générateur, nous traitons les textes et descriptions que vous saisissez (les « consignes »), les images et extraits sonores que vous importez, ainsi que les vidéos produites. Nous enregistrons également les paramètres choisis (format, durée, style) et l'historique de vos projets.

Nous collectons enfin des données techniques : adresse IP, navigateur, pages consultées, erreurs rencontrées, ainsi que l'historique de vos achats de crédits.

## Pourquoi nous les utilisons

- fournir le service de génération et conserver vos projets (exécution du contrat) ;
- facturer les crédits et tenir notre comptabilité (exécution du contrat et obligation légale) ;
- filtrer automatiquement les consignes et images interdites par nos conditions d'utilisation, notamment les contenus sexuels impliquant des personnes réelles et les usurpations d'identité (intérêt légitime et obligation légale) ;
- apposer sur chaque vidéo un filigrane invisible et des métadonnées C2PA indiquant qu'elle a été générée par IA (obligation légale) ;
- vous envoyer des informations sur nos nouveautés si vous l'avez accepté (consentement).

## Vitrine publique

Les vidéos que vous générez avec l'offre gratuite peuvent être présentées dans la vitrine publique de Plan-Séquence, avec votre nom d'utilisateur et la consigne utilisée, afin d'inspirer les autres utilisateurs. Les vidéos générées avec une offre payante n'apparaissent jamais dans la vitrine.

## Destinataires

Vos données sont accessibles aux seules équipes de Plan-Séquence qui en ont besoin et à nos sous-traitants : Scaleway (hébergement et calcul, France), Stripe (paiement, Irlande), Brevo (e-mails, France) et Zammad GmbH (assistance, Allemagne). Nous ne vendons pas vos données.

## Durées de conservation

Vos projets et vidéos sont conservés tant que votre compte est actif. Les images importées sont supprimées 30 jours après la fin du projet, sauf si vous les enregistrez dans votre bibliothèque. Les données de compte sont supprimées 30 jours après la clôture du compte. Les factures sont conservées dix ans.

## Vos droits

Vous pouvez accéder à vos données, les faire rectifier ou effacer, en limiter le traitement, vous opposer aux traitements fondés sur notre intérêt légitime et demander leur portabilité, en écrivant à donnees@planseq.fr. Vous pouvez également introduire une réclamation auprès de la CNIL.
"""

FR_MEMOIREVIVE = """# Mémoire Vive - Politique de confidentialité

Mise à jour : 8 décembre 2025

Mémoire Vive restaure et colorise vos photos anciennes grâce à l'intelligence artificielle : suppression des rayures et des taches, amélioration de la netteté, mise en couleur et, sur demande, animation des visages. Le service est édité par Mémoire Vive SARL, 6 quai Duguay-Trouin, 35000 Rennes, responsable du traitement de vos données.

### Ce que nous collectons

- Votre adresse e-mail, votre nom et votre mot de passe lorsque vous créez un compte.
- Les photos que vous nous confiez, leurs versions restaurées et les informations que vous ajoutez éventuellement (nom des personnes représentées, date, lieu).
- Vos commandes de tirages papier et votre adresse de livraison.
- Des données de connexion (adresse IP, navigateur, date et heure).

Les photos anciennes représentent souvent des membres de votre famille, parfois décédés. Nous les traitons uniquement pour réaliser la restauration que vous demandez.

### Pourquoi

Nous utilisons vos données pour restaurer vos photos et vous les rendre (contrat), pour fabriquer et expédier vos tirages (contrat), pour vous adresser les factures (obligation légale) et pour sécuriser notre site (intérêt légitime). Nous n'utilisons pas vos photos pour entraîner nos modèles.

### Avec qui

Nous ne partageons jamais vos photos avec des tiers, à l'exception de nos sous-traitants techniques, qui les traitent uniquement pour notre compte : OVHcloud (hébergement, France) et Stripe (paiement). Vos tirages sont imprimés dans notre propre atelier à Rennes et expédiés par La Poste, qui reçoit uniquement votre nom et votre adresse.

### Combien de temps

Les photos originales et restaurées sont conservées 90 jours après leur restauration, pour vous permettre de les télécharger à nouveau, puis supprimées. Vous pouvez les supprimer vous-même plus tôt depuis votre espace. Les données de compte sont conservées jusqu'à la suppression du compte, et les factures dix ans.

### Vos droits

Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité. Écrivez-nous à vieprivee@memoirevive.fr ou à l'adresse postale ci-dessus. En cas de désaccord, vous pouvez saisir la CNIL.
"""

FR_PORTRAITISTE = """# Politique de confidentialité

Portraitiste - dernière mise à jour le 20 janvier 2026

Portraitiste vous permet d'obtenir des portraits professionnels (photo de profil, photo pour un CV, une page « équipe » ou un badge) générés par intelligence artificielle à partir de quelques selfies. Le service est proposé par Portraitiste SAS, 9 allée Baco, 44000 Nantes, qui est responsable du traitement de vos données.

## 1. Données collectées

Pour créer vos portraits, nous avons besoin :

- de votre adresse e-mail, pour vous envoyer le lien vers vos portraits ;
- de 8 à 15 photos de votre visage, que vous importez depuis votre téléphone ou votre ordinateur ;
- de vos choix de style (tenue, arrière-plan, cadrage) ;
- des informations de paiement, traitées directement par notre prestataire Mollie.

Pour générer les portraits, nous créons un modèle personnalisé entraîné sur vos photos, qui ne sert qu'à produire vos propres portraits.

Nous collectons aussi votre adresse IP et des informations sur votre navigateur, pour la sécurité du site et la prévention de la fraude au paiement.

## 2. Utilisation des données

Vos photos et votre modèle personnalisé sont utilisés uniquement pour générer vos portraits. Nous vérifions automatiquement que les photos importées représentent une seule et même personne adulte, afin d'empêcher la création de portraits d'une autre personne sans son accord.

Bases légales : l'exécution du contrat (création et livraison des portraits), notre intérêt légitime (sécurité, prévention des abus) et nos obligations légales (facturation).

## 3. Destinataires

Nos sous-traitants sont Scaleway (hébergement et calcul, France), Mollie (paiement, Pays-Bas) et Brevo (e-mails, France). Aucune donnée n'est transférée hors de l'Union européenne. Nous ne vendons pas vos données.

## 4. Conservation

- Photos importées : supprimées 7 jours après la livraison de vos portraits.
- Modèle personnalisé : supprimé 7 jours après la livraison de vos portraits.
- Portraits générés : conservés 60 jours dans votre galerie, le temps de les télécharger.
- Données de facturation : 10 ans.

## 5. Vos droits

Vous pouvez demander l'accès à vos données, leur rectification ou leur effacement, vous opposer à leur traitement ou en demander la limitation ou la portabilité, en écrivant à notre délégué à la protection des données : dpo@portraitiste.fr. Vous pouvez introduire une réclamation auprès de la CNIL (www.cnil.fr).
"""

FR_MARQUEPAGE = """# Politique relative aux cookies et autres traceurs

Dernière mise à jour : 2 février 2026

Marque-Page est un réseau social de lecteurs : vous y tenez votre bibliothèque, notez et critiquez les livres que vous avez lus, suivez les lectures de vos amis et participez à des clubs de lecture en ligne. Le site marque-page.fr et les applications Marque-Page sont édités par Marque-Page SAS, 18 cours de l'Intendance, 33000 Bordeaux.

La présente politique vous explique quels cookies et autres traceurs sont déposés ou lus sur votre terminal lorsque vous utilisez Marque-Page, à quoi ils servent et comment vous pouvez faire vos choix. Elle complète notre [politique de confidentialité](https://www.marque-page.fr/confidentialite).

## Qu'est-ce qu'un traceur ?

Un traceur est un petit fichier ou un identifiant enregistré sur votre ordinateur, votre téléphone ou votre tablette lorsque vous consultez un site ou une application. Il permet de reconnaître votre terminal lors de vos visites suivantes. Les cookies sont les traceurs les plus connus, mais nous utilisons aussi le stockage local du navigateur, des pixels dans nos e-mails et des kits de développement (SDK) dans nos applications. Dans cette politique, nous les appelons tous « cookies ».

Certains cookies sont déposés par Marque-Page (cookies « internes »), d'autres par des partenaires (cookies « tiers »). Les partenaires qui déposent des cookies tiers sont responsables de l'usage qu'ils en font, dans les conditions prévues par leurs propres politiques.

## Votre consentement

Conformément à l'article 82 de la loi Informatique et Libertés et aux lignes directrices de la CNIL, les cookies qui ne sont pas strictement nécessaires au fonctionnement du service ne sont déposés qu'avec votre consentement.

Lors de votre première visite, un bandeau vous permet de :

- tout accepter ;
- tout refuser, aussi simplement que vous pouvez accepter ;
- personnaliser vos choix, finalité par finalité.

Fermer le bandeau sans faire de choix vaut refus. Votre choix est conservé pendant 6 mois ; nous vous le redemandons ensuite. Vous pouvez le modifier à tout moment grâce au lien « Gérer mes cookies » présent en bas de chaque page, ou dans l'application, rubrique Profil > Confidentialité. Le retrait de votre consentement est aussi simple que son recueil.

Aucun cookie n'a une durée de vie supérieure à 13 mois.

## Les cookies que nous utilisons

### Cookies strictement nécessaires

Ils permettent le fonctionnement du site : connexion à votre compte, sécurité des formulaires, mémorisation de vos choix en matière de cookies, répartition de la charge entre nos serveurs. Ils ne nécessitent pas votre consentement.

| Nom | Émetteur | Finalité | Durée |
|---|---|---|---|
| mp_session | Marque-Page | Maintien de votre connexion pendant la visite | Session |
| mp_auth | Marque-Page | Connexion automatique sur cet appareil | 30 jours |
| mp_csrf | Marque-Page | Protection des formulaires | Session |
| mp_choix | Marque-Page | Conservation de vos choix en matière de cookies | 6 mois |

### Cookies de mesure d'audience

Ils nous permettent de savoir combien de personnes consultent Marque-Page, quelles pages sont les plus lues et comment les lecteurs utilisent les fonctionnalités, afin d'améliorer le service.

| Nom | Émetteur | Finalité | Durée |
|---|---|---|---|
| _pk_id | Marque-Page (Matomo, hébergé en France) | Identifiant statistique aléatoire | 13 mois |
| _pk_ses | Marque-Page (Matomo) | Regroupement des pages d'une même visite | 30 minutes |

### Cookies de personnalisation

Ils mémorisent vos préférences (thème sombre, taille du texte des critiques, tri de votre bibliothèque) lorsque vous n'êtes pas connecté.

| Nom | Émetteur | Finalité | Durée |
|---|---|---|---|
| mp_prefs | Marque-Page | Préférences d'affichage | 12 mois |

### Cookies de partenaires libraires

Sur chaque fiche livre, un bouton « Acheter » vous propose d'acheter le livre chez une librairie partenaire. Lorsque vous cliquez sur ce bouton, un cookie permet à la plateforme des libraires indépendants de savoir que la vente provient de Marque-Page, afin de nous verser une commission.

| Nom | Émetteur | Finalité | Durée |
|---|---|---|---|
| lc_ref | Librairies Complices (plateforme des libraires indépendants) | Attribution des ventes réalisées après un clic sur « Acheter » | 30 jours |

### Contenus intégrés

Certaines critiques contiennent des vidéos YouTube ou des extraits de podcasts. Ces contenus ne sont chargés, et les cookies de leurs éditeurs déposés, qu'après que vous avez cliqué sur le lecteur et accepté les cookies de la plateforme concernée.

## Pixels dans nos e-mails

Les lettres d'information que vous avez choisi de recevoir contiennent un pixel qui nous indique si elles ont été ouvertes, afin de mesurer leur intérêt. Vous pouvez le bloquer en désactivant l'affichage automatique des images dans votre messagerie ou en refusant la mesure d'audience dans Profil > Confidentialité.

## Traceurs dans les applications mobiles

Les applications Marque-Page pour iOS et Android n'utilisent pas de cookies au sens strict, mais des équivalents : un identifiant d'installation généré par l'application, le stockage local du téléphone (pour conserver votre bibliothèque hors connexion et les couvertures déjà téléchargées) et le kit de développement Matomo pour la mesure d'audience. Le stockage local et l'identifiant d'installation sont strictement nécessaires ; le SDK Matomo n'est activé qu'avec votre consentement, recueilli au premier lancement de l'application. Nous ne lisons pas l'identifiant publicitaire de votre téléphone (IDFA ou identifiant publicitaire Android).

## Preuve de votre consentement

Pour pouvoir démontrer que vous avez donné votre accord, nous conservons pendant 6 mois un enregistrement de vos choix : la date et l'heure, les finalités acceptées ou refusées, la version du bandeau et de la présente politique affichées, et la langue utilisée. Cet enregistrement est associé à un identifiant aléatoire et non à votre nom.

## Paramétrer votre navigateur

Vous pouvez aussi configurer votre navigateur pour refuser les cookies, ou les supprimer. Les instructions sont disponibles pour [Firefox](https://support.mozilla.org/fr/kb/cookies-informations-sites-enregistrent), [Chrome](https://support.google.com/chrome/answer/95647?hl=fr), [Safari](https://support.apple.com/fr-fr/guide/safari/sfri11471/mac) et [Edge](https://support.microsoft.com/fr-fr/microsoft-edge). Le refus des cookies strictement nécessaires peut vous empêcher de vous connecter.

## Contact

Pour toute question sur cette politique, écrivez à notre délégué à la protection des données : [dpo@marque-page.fr](mailto:dpo@marque-page.fr). Vous pouvez également introduire une réclamation auprès de la CNIL.
"""

FR_COUPDEPOUCE = """# Politique de confidentialité - Coup de Pouce

Version du 12 janvier 2026

Coup de Pouce permet à chacun de soutenir financièrement les créateurs et créatrices qu'il apprécie (illustrateurs, vidéastes, musiciens, auteurs de bandes dessinées) par un don ponctuel ou mensuel, accompagné ou non d'un petit mot. La plateforme est éditée par Coup de Pouce SAS, 40 rue Esquermoise, 59800 Lille, responsable de traitement. Notre délégué à la protection des données est joignable à dpo@coupdepouce.io.

## Quelles données ?

**Si vous soutenez un créateur** : votre nom ou pseudonyme, votre adresse e-mail, le montant et la date de vos soutiens, les messages que vous laissez, et les moyens de paiement utilisés (traités par notre prestataire de paiement ; nous ne voyons que les quatre derniers chiffres de votre carte).

**Si vous êtes créateur** : en plus des données ci-dessus, votre nom légal, votre date de naissance, votre adresse, votre IBAN, votre numéro SIRET le cas échéant, ainsi qu'une copie de votre pièce d'identité et un selfie, nécessaires à la vérification de votre identité avant le premier versement.

**Pour tous** : adresse IP, informations sur votre appareil, journaux de connexion.

## Pourquoi et sur quelle base ?

- Permettre les soutiens et les versements aux créateurs : exécution du contrat.
- Vérification de l'identité des créateurs avant le premier versement : intérêt légitime (prévention de la fraude et des détournements de fonds).
- Lutte contre les paiements frauduleux et les contestations abusives : intérêt légitime.
- Envoi des reçus et des notifications de soutien : exécution du contrat.
- Délivrance des reçus fiscaux pour les créateurs reconnus d'intérêt général : obligation légale.
- Envoi de notre lettre mensuelle présentant des créateurs : consentement, que vous pouvez retirer à tout moment.

## Ce que voit le créateur

Le créateur que vous soutenez voit votre pseudonyme, le montant de votre soutien et votre message. Il ne voit ni votre adresse e-mail ni vos données de paiement. Vous pouvez choisir de soutenir de façon anonyme : le créateur voit alors seulement le montant.

## Destinataires

Nos prestataires : Mangopay (paiements et portefeuilles électroniques, Luxembourg), Ubble (vérification d'identité, France), Clever Cloud (hébergement, France), Crisp (assistance, France). Nous pouvons communiquer des informations à Tracfin ou aux autorités judiciaires lorsque la loi l'exige. Nous ne vendons aucune donnée.

## Conservation

Les données des soutiens sont conservées pendant la durée de votre compte, puis archivées cinq ans à des fins de preuve. Les pièces d'identité des créateurs sont conservées cinq ans après la fin de la relation. Les messages sont conservés tant que le créateur ne les supprime pas.

## Vos droits

Vous pouvez exercer vos droits d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité en écrivant à dpo@coupdepouce.io. Nous répondons dans un délai d'un mois. Vous pouvez saisir la CNIL si vous estimez que vos droits ne sont pas respectés.
"""

FR_SENTIERS = """# Sentiers Partagés - Politique de confidentialité

Date de la dernière mise à jour : 26 janvier 2026

Sentiers Partagés est un réseau social de randonneurs : vous y enregistrez vos sorties avec le GPS de votre téléphone, partagez vos traces et vos photos, consultez les itinéraires publiés par la communauté et organisez des sorties de groupe. Cette politique décrit la manière dont nous traitons vos données personnelles.

## 1. Responsable du traitement

Sentiers Partagés SAS
12 rue Lesdiguières
38000 Grenoble
RCS Grenoble 899 214 507

Délégué à la protection des données : [dpo@sentiers-partages.fr](mailto:dpo@sentiers-partages.fr)

## 2. Données que nous collectons

### 2.1 Données que vous nous fournissez

- **Compte** : nom, prénom ou pseudonyme, adresse e-mail, mot de passe, date de naissance.
- **Profil** : photo, région, activités pratiquées (randonnée, trail, raquettes, alpinisme), niveau déclaré (débutant, intermédiaire, confirmé).
- **Contenus** : itinéraires, commentaires, avis sur les refuges, photos et signalements de conditions (neige, éboulement, balisage).
- **Sorties de groupe** : sorties que vous organisez ou auxquelles vous vous inscrivez, messages échangés avec les participants.
- **Contact d'urgence** : si vous activez la fonction « Balise », le nom et le numéro de téléphone de la personne à prévenir.

### 2.2 Données collectées lors de l'utilisation

- **Traces GPS** : lorsque vous enregistrez une sortie, l'application collecte votre position, l'altitude et l'heure, y compris écran éteint, jusqu'à ce que vous arrêtiez l'enregistrement.
- **Position en temps réel** : uniquement si vous activez la fonction « Balise », pour la partager avec votre contact d'urgence pendant la sortie.

La fonction « Balise » est conçue pour la sécurité en montagne : pendant une sortie, votre contact d'urgence reçoit un lien lui permettant de suivre votre position, et un SMS l'alerte si vous n'avez pas arrêté l'enregistrement à l'heure de retour que vous avez prévue. Le lien cesse de fonctionner à la fin de la sortie. La fonction « Balise » ne remplace pas un appel aux secours (112).
- **Données techniques** : modèle de téléphone, système d'exploitation, version de l'application, adresse IP, journaux d'erreurs.

### 2.3 Données de santé

Nous ne collectons pas de données de santé. Si vous reliez une montre connectée, seules la position et l'altitude sont importées ; la fréquence cardiaque n'est pas importée.

## 3. Finalités et bases légales

| Finalité | Données | Base légale |
|---|---|---|
| Gestion du compte et du profil | Compte, profil | Exécution du contrat |
| Enregistrement et partage des sorties | Traces GPS, contenus | Exécution du contrat |
| Fonction « Balise » | Position en temps réel, contact d'urgence | Consentement |
| Organisation des sorties de groupe | Profil, inscriptions, messages | Exécution du contrat |
| Suggestions d'itinéraires adaptés à vos activités et à votre région | Profil, sorties enregistrées | Intérêt légitime |
| Modération des contenus et sécurité | Contenus, données techniques | Intérêt légitime |
| Statistiques de fréquentation des sentiers, publiées sous forme agrégée | Traces GPS anonymisées | Intérêt légitime |
| Lettre d'information | Adresse e-mail | Consentement |

Les statistiques de fréquentation sont partagées sous forme agrégée et anonyme avec les parcs naturels régionaux et les fédérations de randonnée, pour les aider à entretenir les sentiers et à protéger les zones fragiles. Aucune trace individuelle ne leur est transmise.

## 4. Visibilité de vos contenus

Par défaut, vos sorties sont visibles par les membres qui vous suivent. Vous pouvez rendre une sortie publique, visible par tous, ou privée. Une sortie publique affiche le tracé complet, y compris son point de départ et d'arrivée. Votre nom ou pseudonyme, votre photo et votre région sont visibles de tous les membres.

Les participants d'une sortie de groupe voient le pseudonyme et le niveau déclaré des autres inscrits.

## 5. Destinataires

- Les membres de Sentiers Partagés, selon les réglages de visibilité que vous choisissez.
- Votre contact d'urgence, lorsque vous utilisez la fonction « Balise ».
- Nos sous-traitants :
  - [OVHcloud](https://www.ovhcloud.com/fr/personal-data-protection/) (hébergement, France) ;
  - [IGN](https://www.ign.fr/mentions-legales-et-conditions-generales-dutilisation) et [MapTiler](https://www.maptiler.com/privacy-policy/) (fonds de carte, France et Suisse) ;
  - [Brevo](https://www.brevo.com/fr/legal/privacypolicy/) (e-mails, France) ;
  - [Sentry](https://sentry.io/privacy/) (rapports d'erreurs, États-Unis).
- Les autorités, lorsque la loi nous y oblige ou en cas de recherche d'une personne disparue à la demande des services de secours.

Les transferts de données vers Sentry (États-Unis) sont encadrés par le Data Privacy Framework UE - États-Unis. La Suisse bénéficie d'une décision d'adéquation de la Commission européenne.

Nous ne vendons pas vos données et n'affichons pas de publicité.

## 6. Durées de conservation

| Données | Durée |
|---|---|
| Compte et profil | Jusqu'à la suppression du compte |
| Sorties et contenus | Jusqu'à leur suppression par vous ou la suppression du compte |
| Position en temps réel (« Balise ») | 48 heures après la fin de la sortie |
| Contact d'urgence | Jusqu'à ce que vous le supprimiez |
| Données techniques | 12 mois |
| Comptes inactifs | Supprimés après 3 ans d'inactivité, après un e-mail de rappel |

## 7. Vos droits

Vous disposez des droits d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition, ainsi que du droit de retirer votre consentement à tout moment et de définir des directives sur le sort de vos données après votre décès.

Vous pouvez télécharger toutes vos traces au format GPX depuis Profil > Mes données. Pour exercer vos autres droits, écrivez à [dpo@sentiers-partages.fr](mailto:dpo@sentiers-partages.fr) ou par courrier à l'adresse indiquée ci-dessus. Nous vous répondrons dans un délai d'un mois.

Vous pouvez introduire une réclamation auprès de la CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, ou sur [www.cnil.fr](https://www.cnil.fr/fr/plaintes).

## 8. Mineurs

L'inscription est ouverte à partir de 15 ans. Les mineurs ne peuvent pas organiser de sortie de groupe.

## 9. Sécurité

Les données sont chiffrées lors de leur transmission et sur nos serveurs. Les mots de passe sont stockés sous forme hachée. Seuls les membres de l'équipe technique et de l'équipe de modération ont accès aux données, dans la limite de ce dont ils ont besoin, et leurs accès sont tracés. Nous réalisons chaque année un test d'intrusion par un prestataire indépendant.

## 10. Modifications

Nous vous informerons de toute modification importante de cette politique par e-mail et par une notification dans l'application, au moins un mois avant son entrée en vigueur.
"""

FR_TAVERNE = """# Politique de confidentialité de La Taverne

Dernière révision : 5 janvier 2026

La Taverne est une application de discussion pour les communautés de joueurs : chaque communauté y crée son « serveur », avec des salons écrits et vocaux, des rôles et des événements (parties, tournois, soirées). La Taverne SAS, 7 rue de l'Université, 34000 Montpellier, est responsable des traitements décrits dans la présente politique.

### Données traitées

Nous traitons votre pseudonyme, votre adresse e-mail, votre date de naissance, votre mot de passe (sous forme chiffrée) et, si vous le souhaitez, votre avatar et les comptes de jeux que vous associez à votre profil (Steam, Battle.net, Riot). Nous traitons les messages que vous publiez dans les salons et les messages privés, les fichiers que vous partagez et la liste des serveurs que vous avez rejoints. Les salons vocaux ne sont pas enregistrés. Nous collectons enfin des données techniques (adresse IP, appareil, journaux de connexion).

### Finalités

Nous utilisons ces données pour faire fonctionner l'application et afficher vos messages aux membres des serveurs concernés (exécution du contrat), pour lutter contre le spam, le harcèlement et les contenus illicites signalés (intérêt légitime et obligations prévues par le règlement européen sur les services numériques), pour gérer l'abonnement La Taverne+ (exécution du contrat) et pour établir des statistiques anonymes d'utilisation (intérêt légitime).

### Administrateurs de serveurs

Les administrateurs et modérateurs d'un serveur voient votre pseudonyme, votre avatar, vos rôles et les messages que vous publiez sur leur serveur. Ils peuvent supprimer vos messages ou vous exclure de leur serveur. Ils ne voient pas votre adresse e-mail ni vos messages privés.

### Destinataires

Nos prestataires sont Scaleway (hébergement, France), Stripe (paiements) et Zendesk (assistance). Nous pouvons transmettre des données aux autorités sur réquisition judiciaire. Nous ne vendons pas vos données.

### Conservation

Vos messages sont conservés jusqu'à leur suppression par vous ou par les administrateurs du serveur. Votre compte est supprimé sur demande ou après deux ans d'inactivité. Les données de connexion sont conservées un an, comme l'exige la loi.

### Vos droits

Vous pouvez exercer vos droits d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition en écrivant à vieprivee@lataverne.gg. Vous pouvez saisir la CNIL.
"""

FR_WIKIFAN = """# Cookies sur l'Encyclopédie des fans

L'Encyclopédie des fans héberge des wikis collaboratifs consacrés aux séries, aux jeux vidéo, aux mangas et aux sagas littéraires, écrits par leurs fans. Elle est gérée par l'association Encyclopédie des fans (loi 1901), 22 rue du Taur, 31000 Toulouse. Cette page explique quels cookies nous utilisons sur wikifans.org et ses sous-domaines.

## Cookies nécessaires

Ces cookies sont indispensables : ils vous permettent de vous connecter, de modifier les pages, de conserver vos brouillons de modification et de mémoriser vos choix concernant les cookies. Ils sont déposés sans consentement.

- wf_session : session de connexion, supprimé à la fermeture du navigateur ;
- wf_user : connexion automatique, 30 jours ;
- wf_consent : vos choix en matière de cookies, 6 mois.

## Cookies soumis à votre consentement

**Mesure d'audience.** Nous utilisons Matomo, installé sur nos serveurs, pour compter les visites et savoir quelles pages sont consultées. Cookies : _pk_id (13 mois) et _pk_ses (30 minutes).

**Publicité.** Pour financer l'hébergement, les visiteurs non connectés voient des publicités diffusées par Google AdSense. Si vous l'acceptez, Google dépose des cookies (IDE, __gads, __gpi, 13 mois au plus) afin de choisir des annonces en fonction de vos centres d'intérêt et de mesurer leurs performances. Si vous refusez, les annonces sont choisies uniquement en fonction de la page consultée. Google agit en tant que responsable de traitement indépendant : voir ses [règles de confidentialité](https://policies.google.com/technologies/partner-sites?hl=fr).

Les contributeurs connectés ne voient aucune publicité.

## Comment choisir

Lors de votre première visite, un bandeau vous permet d'accepter ou de refuser ces cookies, ou de choisir finalité par finalité. Vous pouvez changer d'avis à tout moment grâce au lien « Cookies » situé en pied de page. Votre choix est conservé 6 mois.

## Contact

Pour toute question : bureau@wikifans.org. Vous pouvez adresser une réclamation à la CNIL.

Mise à jour : 10 novembre 2025
"""

FR_ECHIQUIER = """# Échiquier Libre - Protection des données

Mise à jour : 30 janvier 2026

Échiquier Libre est un site d'échecs en ligne gratuit, sans publicité, financé par les dons de ses membres. Il est géré par l'association Échiquier Libre, association de droit local alsacien-mosellan inscrite au registre des associations du tribunal judiciaire de Strasbourg, 5 rue des Juifs, 67000 Strasbourg. L'association est responsable du traitement de vos données.

## Ce que nous collectons

- Votre pseudonyme, votre adresse e-mail, votre mot de passe (haché) et, si vous le souhaitez, votre pays, votre club et votre classement FIDE.
- Vos parties : les coups joués, le temps utilisé pour chaque coup, vos adversaires et les résultats, ainsi que votre classement Elo sur le site.
- Les messages échangés dans le chat des parties, dans les forums et en messagerie privée.
- Des données techniques : adresse IP, navigateur, système d'exploitation et journaux de connexion.
- Si vous faites un don : votre nom, votre adresse postale (pour le reçu fiscal) et le montant du don.

## Pourquoi

- Faire fonctionner le site : organiser les parties, calculer les classements, afficher vos parties et vos statistiques (exécution des conditions d'utilisation).
- Garantir des parties équitables : nous analysons automatiquement les parties classées pour détecter l'aide d'un moteur d'échecs, en comparant vos coups et leur timing avec ceux d'un moteur (intérêt légitime).
- Modérer les forums et les chats (intérêt légitime).
- Délivrer les reçus fiscaux (obligation légale).

## Lutte contre la triche

Lorsque notre système détecte une forte probabilité de triche, votre compte est signalé et peut être restreint automatiquement : vos parties classées ne comptent plus et vous ne pouvez plus affronter que d'autres comptes signalés. Lorsqu'une telle sanction est appliquée automatiquement, vous pouvez présenter vos observations et obtenir le réexamen de la décision par un arbitre humain de l'association, en répondant au message qui vous informe de la sanction.

## Qui voit vos données

Vos parties, votre pseudonyme, votre classement et vos messages de forum sont publics. Les dons ne sont jamais publiés sans votre accord. Nos serveurs sont hébergés par OVHcloud en France. Les reçus fiscaux sont édités avec HelloAsso. Nous ne partageons vos données avec aucun annonceur.

## Conservation

Les parties sont conservées sans limite de durée, car elles constituent l'historique public du site ; si vous supprimez votre compte, elles sont anonymisées. Les messages privés sont supprimés deux ans après leur envoi. Les journaux de connexion sont conservés un an. Les données relatives aux dons sont conservées six ans.

## Vos droits

Vous pouvez accéder à vos données, les rectifier, les effacer, en demander la portabilité (vos parties sont téléchargeables au format PGN) ou vous opposer à leur traitement en écrivant à contact@echiquierlibre.org. Vous pouvez introduire une réclamation auprès de la CNIL.
"""

FR_MURS = """# Murs Vivants - Vie privée

Murs Vivants est une application collaborative qui recense les œuvres de street art : fresques, collages, pochoirs, mosaïques. Chacun peut photographier une œuvre, la placer sur la carte et raconter son histoire. L'application est éditée par Murs Vivants SAS, 31 rue de la Loge, 13002 Marseille, responsable du traitement de vos données.

Pour publier, vous devez créer un compte avec une adresse e-mail et un pseudonyme. Nous enregistrons les photos que vous publiez, leur emplacement sur la carte, la date de publication, vos commentaires et les œuvres que vous ajoutez à vos favoris. Pour placer une œuvre sur la carte, l'application utilise la position de votre téléphone au moment de la prise de vue, si vous l'autorisez ; vous pouvez aussi placer l'œuvre à la main.

Les photos publiées sont visibles de tous, avec votre pseudonyme. Les visages des passants qui apparaissent sur les photos sont floutés avant publication. Votre adresse e-mail n'est jamais affichée.

Nous utilisons vos données pour afficher vos contributions, modérer les contenus signalés, vous informer lorsqu'une œuvre que vous avez publiée est effacée ou recouverte, et produire des statistiques anonymes. Ces traitements reposent sur l'exécution de nos conditions d'utilisation et sur notre intérêt légitime à maintenir une carte fiable.

Nos serveurs sont hébergés par Clever Cloud à Paris. Les cartes sont fournies par OpenStreetMap via Stadia Maps, qui reçoit votre adresse IP pour afficher les fonds de carte. Nous ne vendons pas vos données et l'application ne contient pas de publicité.

Vos contributions restent en ligne tant que vous ne les supprimez pas. Si vous supprimez votre compte, vos photos peuvent rester visibles sous le nom « Contributeur anonyme », sauf si vous demandez leur suppression.

Vous pouvez exercer vos droits d'accès, de rectification, d'effacement, d'opposition et de portabilité en écrivant à bonjour@mursvivants.fr. Vous pouvez saisir la CNIL.

Dernière mise à jour : 4 décembre 2025
"""

FR_AMPHI = """# Amphi - Politique de confidentialité

En vigueur au 19 janvier 2026

Amphi est le réseau social des étudiants : vous y retrouvez les étudiants de votre établissement et de votre promotion, échangez des fiches de révision, rejoignez les groupes de vos associations, trouvez une colocation ou un covoiturage pour rentrer le week-end, et découvrez les événements du campus.

La présente politique explique comment Amphi SAS traite vos données personnelles et quels sont vos droits.

## 1. Qui sommes-nous ?

Amphi SAS, société par actions simplifiée au capital de 50 000 euros, RCS Paris 901 552 418, 25 rue des Écoles, 75005 Paris, est responsable du traitement de vos données.

Notre délégué à la protection des données (DPO) répond à vos questions à l'adresse [dpo@amphi.app](mailto:dpo@amphi.app).

## 2. Quelles données traitons-nous ?

**Lors de l'inscription**
- nom, prénom, date de naissance ;
- adresse e-mail étudiante, qui nous permet de vérifier que vous êtes inscrit dans un établissement d'enseignement supérieur ;
- établissement, filière, année d'études et promotion.

**Dans votre profil (facultatif)**
- photo, courte présentation, centres d'intérêt ;
- associations étudiantes dont vous êtes membre ;
- ville d'origine, pour les covoiturages du week-end.

**Lorsque vous utilisez Amphi**
- vos publications, commentaires, fiches de révision et messages privés ;
- les groupes que vous rejoignez et les événements auxquels vous vous inscrivez ;
- vos annonces de colocation ou de covoiturage et les réponses reçues ;
- des données techniques : adresse IP, type d'appareil, version de l'application, journaux de connexion.

Amphi ne vous demande aucune donnée sensible. Les groupes consacrés à des sujets sensibles (associations religieuses, politiques ou de santé) sont privés et leur liste de membres n'est visible que des membres.

## 3. Pourquoi et sur quelle base ?

| Ce que nous faisons | Base légale |
|---|---|
| Créer votre compte et vérifier votre statut d'étudiant | Exécution du contrat |
| Afficher votre profil et vos publications aux autres étudiants | Exécution du contrat |
| Vous suggérer des groupes et des étudiants de votre filière | Intérêt légitime |
| Mettre en relation colocataires et covoitureurs | Exécution du contrat |
| Modérer les contenus signalés et lutter contre le harcèlement | Intérêt légitime, obligation légale |
| Vous envoyer les notifications de vos groupes | Exécution du contrat |
| Vous présenter les offres de stage et d'alternance publiées par les entreprises | Intérêt légitime |
| Mesurer l'audience de l'application | Consentement |

Les entreprises qui publient des offres de stage sur Amphi ne voient pas votre profil : lorsque vous postulez, vous leur transmettez vous-même votre candidature depuis le formulaire de l'offre.

## 4. Qui voit vos informations ?

- **Les autres étudiants** de votre établissement voient votre nom, votre photo, votre filière et votre promotion. Les étudiants d'autres établissements ne voient que votre prénom et votre établissement, sauf si vous rendez votre profil visible de tous.
- **Les associations étudiantes** voient les membres de leur groupe sur Amphi.
- **Nos sous-traitants** :
  - Scaleway, hébergement (France) ;
  - Algolia, moteur de recherche (Irlande) ;
  - OneSignal, notifications (États-Unis, clauses contractuelles types) ;
  - Brevo, e-mails (France) ;
  - [AT Internet / Piano](https://piano.io/fr/privacy-policy/), mesure d'audience (France).
- **Les autorités**, sur réquisition.

### Colocation et covoiturage

Lorsque vous publiez une annonce de colocation ou de covoiturage, elle est visible de tous les étudiants de votre ville universitaire, avec votre prénom, votre photo et votre filière. Votre numéro de téléphone n'est jamais affiché : les échanges passent par la messagerie d'Amphi. Amphi n'intervient pas dans les contrats de location ni dans le partage des frais de covoiturage, qui se font directement entre étudiants.

### Fiches de révision

Les fiches de révision que vous partagez sont visibles des étudiants de votre filière dans votre établissement, avec votre nom. Vous pouvez choisir de les publier sous le nom « Étudiant anonyme ».

Amphi ne vend pas vos données et ne montre pas de publicité ciblée.

Les transferts vers OneSignal, aux États-Unis, sont encadrés par les clauses contractuelles types adoptées par la Commission européenne, complétées par le chiffrement des données en transit. Vous pouvez obtenir une copie de ces garanties en écrivant à notre DPO.

## 5. Combien de temps ?

- Votre compte reste actif jusqu'à sa suppression. Un an après la fin de vos études déclarée, nous vous proposons de le convertir en compte « ancien » ou de le supprimer.
- Les messages privés sont conservés jusqu'à leur suppression par l'un des participants.
- Les annonces de colocation et de covoiturage sont supprimées trois mois après leur date d'expiration.
- Les données techniques sont conservées un an.

## 6. Vos droits

Vous pouvez à tout moment :

- accéder à vos données et en obtenir une copie (Paramètres > Mes données) ;
- les rectifier ;
- les effacer en supprimant votre compte ;
- vous opposer aux traitements fondés sur notre intérêt légitime, notamment aux suggestions ;
- demander la limitation du traitement ;
- récupérer vos données dans un format lisible par machine ;
- retirer votre consentement à la mesure d'audience ;
- définir des directives sur le sort de vos données après votre décès.

Écrivez à [dpo@amphi.app](mailto:dpo@amphi.app). Nous répondons dans un délai d'un mois. Vous pouvez introduire une réclamation auprès de la [CNIL](https://www.cnil.fr/fr/plaintes).

## 7. Âge minimum

Amphi est réservé aux étudiants de l'enseignement supérieur. Si vous avez moins de 18 ans, vous pouvez vous inscrire, mais votre profil n'est visible que des étudiants de votre établissement et vous ne pouvez pas publier d'annonce de colocation.

## 8. Sécurité

Les données sont chiffrées en transit et au repos. Les accès de nos équipes sont nominatifs, limités et tracés. Nous faisons réaliser un audit de sécurité par un prestataire externe chaque année.

## 9. Cookies

Le site amphi.app et l'application utilisent des traceurs strictement nécessaires à leur fonctionnement et, avec votre consentement, des traceurs de mesure d'audience. Le détail figure dans notre [politique cookies](https://amphi.app/cookies). Vous pouvez modifier vos choix à tout moment depuis Paramètres > Confidentialité.

## 10. Évolution de cette politique

Nous vous informerons par e-mail et par une notification dans l'application au moins un mois avant toute modification importante de cette politique.
"""

FR_MODERA = """# Modéra - Notice d'information sur la protection des données

Version 4.2 - 9 février 2026

Modéra fournit aux plateformes en ligne (forums, réseaux sociaux, sites de petites annonces, jeux vidéo) un service de modération des contenus qui combine des modèles d'intelligence artificielle et une équipe de modérateurs. Modéra SAS, 3 place Stanislas, 54000 Nancy, publie la présente notice pour informer les personnes dont les contenus sont analysés.

## Notre rôle

Lorsqu'une plateforme cliente nous confie la modération de ses contenus, elle est responsable du traitement et Modéra agit en tant que sous-traitant, sur ses instructions. Vos droits s'exercent donc en priorité auprès de la plateforme que vous utilisez. Modéra est responsable de traitement uniquement pour les données de contact de ses clients et prospects.

## Données analysées

Selon le contrat conclu avec la plateforme, nous analysons :

- les textes publiés (messages, commentaires, annonces, pseudonymes) ;
- les images et les vidéos publiées ;
- l'identifiant du compte auteur, attribué par la plateforme, sans nom ni adresse e-mail ;
- les signalements effectués par d'autres utilisateurs.

Nous ne recevons pas les messages privés, sauf lorsqu'ils ont été signalés par leur destinataire.

## Comment fonctionne l'analyse

Chaque contenu est d'abord évalué par nos modèles, qui estiment la probabilité qu'il enfreigne les règles de la plateforme (haine, harcèlement, arnaque, nudité, violence). Les contenus manifestement illicites sont masqués automatiquement ; les cas douteux sont transmis à un modérateur humain. La décision finale de suppression d'un compte appartient toujours à la plateforme.

## Où sont traitées les données

| Prestataire ou équipe | Rôle | Pays | Garantie |
|---|---|---|---|
| OVHcloud | Hébergement et calcul | France | Union européenne |
| Équipe de modération Modéra | Revue humaine | France (Nancy), Portugal (Porto) | Union européenne |
| Hive Moderation Ltd | Second avis sur les images | Royaume-Uni | Décision d'adéquation |

## Conservation

Les contenus transmis pour analyse sont supprimés de nos systèmes 90 jours après la décision, sauf demande contraire de la plateforme ou obligation légale. Les statistiques que nous fournissons à nos clients sont anonymes.

## Vos droits

Pour exercer vos droits d'accès, de rectification, d'effacement, de limitation ou d'opposition, adressez-vous à la plateforme concernée ; nous l'aiderons à vous répondre. Vous pouvez aussi nous écrire à dpo@modera.eu, et nous transmettrons votre demande à la plateforme. Vous pouvez introduire une réclamation auprès de la CNIL.
"""

FR_VERIDIQUE = """# Politique de confidentialité de Véridique

Dernière mise à jour : 6 février 2026

Véridique aide les rédactions, les plateformes et les particuliers à savoir si une image, une vidéo ou un enregistrement audio a été créé ou modifié par intelligence artificielle (hypertrucage, ou « deepfake »). Vous soumettez un fichier ou un lien, et Véridique vous indique un score de probabilité de manipulation et les zones suspectes.

Le service est édité par Véridique SAS, 2 rue Jean Rostand, 91400 Orsay, responsable du traitement de vos données.

## 1. Données collectées

- **Compte** : adresse e-mail, nom, organisation, mot de passe, offre souscrite.
- **Fichiers soumis** : les images, vidéos et enregistrements sonores que vous envoyez à l'analyse, ou le lien vers le contenu en ligne, ainsi que les rapports d'analyse produits.
- **Facturation** : adresse de facturation, numéro de TVA intracommunautaire, historique des paiements.
- **Données techniques** : adresse IP, navigateur, journaux d'utilisation de l'API.

Les fichiers soumis peuvent représenter des personnes ; ils sont traités de manière confidentielle et ne sont accessibles qu'aux membres de votre organisation.

## 2. Utilisation

- Réaliser les analyses et vous remettre les rapports (exécution du contrat).
- Gérer les comptes, la facturation et l'assistance (exécution du contrat, obligation légale).
- Assurer la sécurité de la plateforme et prévenir les abus (intérêt légitime).

## 3. Destinataires

Nos sous-traitants sont Outscale (hébergement et calcul, France, qualifié SecNumCloud), Stripe (paiement) et Brevo (e-mails). Nous ne communiquons jamais les fichiers soumis ni les rapports à des tiers sans votre accord. Nous ne vendons pas vos données.

## 4. Conservation

- Fichiers soumis : supprimés 7 jours après l'analyse.
- Rapports d'analyse : conservés tant que votre compte est ouvert, pour que vous puissiez les consulter.
- Données de compte : jusqu'à la clôture du compte, puis 30 jours.
- Factures : 10 ans.

## 5. Vos droits

Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité. Écrivez à notre DPO, dpo@veridique.ai, en précisant l'adresse e-mail de votre compte. Vous pouvez introduire une réclamation auprès de la CNIL.

## 6. Personnes représentées dans un contenu analysé

Si vous pensez qu'un deepfake vous représentant a été soumis à Véridique, vous pouvez nous écrire à dpo@veridique.ai. Nous ne pouvons pas vous communiquer les rapports de nos clients, mais nous pouvons vous indiquer si le fichier est encore conservé et le supprimer.
"""

FR_LOGOTYPE = """Politique cookies de Logotype
=============================

Mise à jour : 14 janvier 2026

Logotype est un générateur de logos et d'identités visuelles par intelligence artificielle : décrivez votre activité, choisissez un style, et Logotype propose des logos, des palettes de couleurs et des cartes de visite. Le site logotype.studio est édité par Logotype SAS, 11 rue Saint-Laud, 49100 Angers.

Qu'est-ce qu'un cookie ?
------------------------

Un cookie est un petit fichier texte déposé sur votre terminal lors de la visite d'un site. Il permet au site de reconnaître votre navigateur pendant une durée limitée.

Les cookies utilisés sur Logotype
---------------------------------

### Cookies indispensables

Ils permettent de vous connecter, de conserver les logos en cours de création dans votre panier et de mémoriser vos choix en matière de cookies. Ils ne nécessitent pas votre consentement.

- lg_session (session) ;
- lg_panier (7 jours) ;
- lg_consentement (6 mois).

### Cookies de mesure d'audience

Avec votre accord, nous utilisons Plausible Analytics, hébergé dans l'Union européenne, pour compter les visites et mesurer les étapes du parcours de création (description, choix du style, téléchargement). Le cookie lg_audience contient un identifiant aléatoire ; sa durée de vie est de 13 mois à compter de votre première visite et n'est pas prolongée lors de vos visites suivantes.

### Cookies publicitaires

Avec votre accord, le pixel de Google Ads (cookies _gcl_au et _gcl_aw, 90 jours) nous permet de savoir si une commande fait suite à l'une de nos annonces sur Google. Google agit en tant que responsable de traitement indépendant ; consultez ses [règles de confidentialité](https://policies.google.com/privacy?hl=fr).

Gérer vos choix
---------------

Lors de votre première visite, vous pouvez accepter ou refuser les cookies de mesure d'audience et les cookies publicitaires, ensemble ou séparément, grâce aux boutons « Tout accepter », « Tout refuser » et « Personnaliser ». Vous pouvez modifier votre choix à tout moment grâce au lien « Cookies » en bas de page. Votre choix est conservé 6 mois.

Contact
-------

Pour toute question : confidentialite@logotype.studio.
"""

FR_ELOQUENCE = """# Éloquence - Politique de confidentialité

Dernière mise à jour : 3 février 2026

Éloquence est une application d'entraînement à la prise de parole. Vous vous enregistrez pendant que vous répétez un discours, une soutenance ou un entretien, et notre coach fondé sur l'intelligence artificielle analyse votre voix et votre discours pour vous proposer des exercices personnalisés. L'application est éditée par Éloquence SAS, 17 rue d'Alsace-Lorraine, 31000 Toulouse, responsable de traitement.

## Données collectées

- **Compte** : prénom, adresse e-mail, mot de passe, objectif (entretien, exposé, conférence).
- **Enregistrements** : les enregistrements audio de vos séances d'entraînement et, si vous activez la caméra, les vidéos.
- **Analyses** : la transcription de vos séances et les indicateurs calculés (débit de parole, pauses, mots de remplissage, variations d'intonation, volume, regard vers la caméra).
- **Progression** : l'historique de vos séances et de vos scores.
- **Données techniques** : modèle d'appareil, version de l'application, journaux d'erreurs.

## Finalités et bases légales

| Finalité | Base légale |
|---|---|
| Créer et gérer votre compte | Exécution du contrat |
| Analyser votre voix et votre discours pour calculer vos indicateurs | Consentement, que vous pouvez retirer à tout moment dans Paramètres > Analyse vocale ; les enregistrements sont alors conservés sans être analysés |
| Vous proposer des exercices adaptés à vos résultats | Exécution du contrat |
| Gérer votre abonnement | Exécution du contrat |
| Améliorer l'application à partir de statistiques d'usage | Intérêt légitime |

Vos enregistrements ne sont jamais écoutés par un humain, sauf si vous nous en envoyez un pour une demande d'assistance.

## Destinataires

Nos sous-traitants : Scaleway (hébergement, France), Gladia (transcription, France), RevenueCat (gestion des abonnements, États-Unis, clauses contractuelles types) et Brevo (e-mails, France). Si votre employeur ou votre école vous a fourni un accès, il voit uniquement votre nombre de séances, pas vos enregistrements ni vos scores.

## Conservation

Les enregistrements audio et vidéo sont conservés 6 mois, puis supprimés ; les indicateurs et la progression sont conservés jusqu'à la suppression de votre compte. Les comptes inactifs depuis deux ans sont supprimés.

## Vos droits

Vous disposez des droits d'accès, de rectification, d'effacement, de limitation, d'opposition, de portabilité et du droit de retirer votre consentement. Écrivez-nous à privacy@eloquence.app. Vous pouvez saisir la CNIL.
"""

FR_MEMERIE = """# La Mèmerie - Cookies et traceurs

Dernière mise à jour : 22 janvier 2026

La Mèmerie est une application et un site (lamemerie.fr) où l'on crée, partage et commente des mèmes et des GIF. Ils sont édités par La Mèmerie SAS, 8 rue de la Monnaie, 59800 Lille. Cette page décrit les cookies et traceurs que nous utilisons.

## Traceurs indispensables

Ils servent à vous garder connecté, à enregistrer les mèmes en cours de création, à protéger le site contre les robots et à retenir vos choix sur les cookies. Ils sont exemptés de consentement.

| Traceur | Finalité | Durée |
|---|---|---|
| mm_sess | Connexion | Session |
| mm_brouillon | Mèmes en cours de création | 7 jours |
| mm_cmp | Vos choix sur les cookies | 6 mois |
| cf_clearance (Cloudflare) | Protection contre les robots | 30 minutes |

## Traceurs de mesure d'audience

Avec votre accord, nous mesurons la fréquentation avec Matomo (hébergé chez nous) : pages vues, mèmes les plus partagés, durée des visites.

| Traceur | Finalité | Durée |
|---|---|---|
| _pk_id | Identifiant de visiteur aléatoire | 13 mois |
| _pk_ses | Regroupement des pages d'une visite | 30 minutes |

## Traceurs publicitaires

La Mèmerie est gratuite grâce à la publicité. Avec votre accord, notre régie Mediavine dépose des cookies pour afficher des publicités adaptées à vos centres d'intérêt et mesurer leur efficacité (13 mois au plus). Sans votre accord, les publicités sont choisies uniquement selon la page consultée. Mediavine est responsable des traceurs qu'elle dépose : voir sa [politique de confidentialité](https://www.mediavine.com/privacy-policy/).

## Partage vers les réseaux sociaux

Les boutons « Partager » vous permettent d'envoyer un mème vers vos réseaux sociaux ou votre messagerie, ou de copier son lien.

## Vos choix

Au premier lancement, vous pouvez tout accepter, tout refuser ou choisir par finalité. Pour changer d'avis, utilisez le lien « Cookies » en bas de chaque page, ou Réglages > Confidentialité dans l'application. Vos choix sont conservés 6 mois.

## Nous contacter

dpo@lamemerie.fr
"""

FR_PEPIEMENT = """# Pépiement - Politique de confidentialité

Pépiement est une instance de microblogging libre et fédérée, fonctionnant avec le logiciel Mastodon. Elle est administrée bénévolement par l'association Pépiement, association loi 1901 déclarée en préfecture de Loire-Atlantique, 2 rue de Strasbourg, 44000 Nantes, qui est responsable du traitement des données de ses membres.

## Ce que nous conservons

- Les informations de votre compte : nom d'utilisateur, adresse e-mail, mot de passe chiffré, nom affiché, biographie, avatar, bannière.
- Vos publications (« pouets »), vos réponses, vos partages, vos favoris, les comptes que vous suivez et qui vous suivent, les listes et les filtres que vous créez.
- Vos messages privés. Attention : ils ne sont pas chiffrés de bout en bout et les administrateurs de l'instance peuvent techniquement y accéder ; ils s'engagent à ne les consulter qu'en cas de signalement.
- L'adresse IP de vos connexions, conservée 12 mois, et les informations sur le navigateur ou l'application utilisés.

## Comment fonctionne la fédération

Pépiement fait partie d'un réseau de milliers de serveurs indépendants. Lorsque vous publiez un message public ou que vous suivez une personne inscrite sur un autre serveur, votre message et les informations de votre profil sont transmis à ce serveur, qui les conserve selon ses propres règles. Les messages destinés à des personnes sur d'autres serveurs y sont également transmis. Nous ne pouvons pas garantir la suppression des copies détenues par les autres serveurs lorsque vous supprimez un message, même si nous leur transmettons la demande de suppression.

## Traduction des messages

Lorsque vous cliquez sur « Traduire » sous un message, son texte est envoyé à DeepL SE (Allemagne) pour être traduit. DeepL ne conserve pas les textes traduits via l'API professionnelle que nous utilisons.

## Pourquoi

Nous utilisons vos données pour faire fonctionner l'instance, modérer les contenus conformément à notre charte, vous envoyer les e-mails liés à votre compte et lutter contre le spam. La base légale est l'adhésion à notre charte et aux conditions d'utilisation, et notre intérêt légitime pour la modération et la sécurité.

## Hébergement

L'instance est hébergée par Infomaniak en Suisse, pays bénéficiant d'une décision d'adéquation de la Commission européenne. Les e-mails sont envoyés par Mailjet (France).

## Vos droits

Vous pouvez exporter vos données (publications, abonnements, listes) et déplacer votre compte vers un autre serveur depuis les préférences de votre compte. Vous pouvez supprimer votre compte à tout moment. Pour toute autre demande (accès, rectification, opposition, limitation), écrivez à admin@pepiement.fr. Vous pouvez saisir la CNIL.

Dernière modification : 1er décembre 2025
"""

FR_BONNEADRESSE = """# Politique de confidentialité - Bonne Adresse

Mise à jour le 27 janvier 2026

Bonne Adresse est une communauté d'avis sur les commerces de proximité : boulangeries, cavistes, garages, cordonniers, restaurants de quartier. Les membres y publient des avis, des photos et des recommandations, et les commerçants peuvent répondre. Le service est édité par Bonne Adresse SAS, 15 rue Sainte-Catherine, 69001 Lyon, responsable de traitement.

## 1. Vos données

- Membres : pseudonyme, adresse e-mail, ville, photo de profil facultative, avis, notes, photos, commentaires, listes de favoris.
- Commerçants : nom et prénom du gérant, coordonnées professionnelles, numéro SIREN, réponses aux avis.
- Tous : adresse IP, appareil, données de navigation, position approximative si vous l'autorisez, pour afficher les commerces proches.

## 2. Utilisations

- Publier les avis et les réponses des commerçants (exécution du contrat).
- Vérifier l'authenticité des avis et détecter les faux avis, conformément à l'article L. 111-7-2 du Code de la consommation (obligation légale et intérêt légitime).
- Afficher les commerces proches de vous (consentement pour la position précise).
- Envoyer une lettre hebdomadaire des nouvelles adresses de votre ville (consentement).

## 3. Destinataires

Vos avis et votre pseudonyme sont publics. Nos sous-traitants sont Clever Cloud (hébergement, France), Mapbox (cartes, États-Unis, clauses contractuelles types) et Brevo (e-mails, France). Nous ne vendons pas vos données et les commerçants n'ont pas accès à votre adresse e-mail.

## 4. Conservation

Les avis restent en ligne cinq ans, puis sont archivés. Les comptes inactifs pendant trois ans sont supprimés. Les données de connexion sont conservées un an.

## 5. Exercer vos droits

Vous disposez des droits d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité. Pour les exercer, écrivez à donnees@bonneadresse.fr depuis l'adresse e-mail associée à votre compte. Ces demandes sont gratuites. Nous vous répondons dans un délai d'un mois.

Vous pouvez introduire une réclamation auprès de la CNIL.
"""

FR_HERBIER = """# Politique d'utilisation des cookies et traceurs - Herbier Vivant

Dernière mise à jour : 29 janvier 2026

Herbier Vivant est une application d'identification des plantes par intelligence artificielle, associée à une communauté de botanistes amateurs : photographiez une fleur, une feuille ou une écorce, l'application vous propose le nom de l'espèce, et les membres de la communauté confirment ou corrigent l'identification. Herbier Vivant SAS, 4 rue de l'Aiguillerie, 34000 Montpellier, est responsable des traceurs utilisés sur le site herbiervivant.fr et dans les applications iOS et Android.

Cette politique vous informe, conformément à l'article 82 de la loi Informatique et Libertés et aux recommandations de la CNIL, sur les cookies et autres traceurs que nous utilisons et sur les moyens de vous y opposer.

## 1. Ce que nous appelons « traceurs »

Les traceurs sont des informations enregistrées ou lues sur votre terminal (ordinateur, téléphone, tablette) : cookies du navigateur, stockage local, identifiants publicitaires ou kits de développement (SDK) intégrés à l'application. Ils permettent de reconnaître votre terminal d'une visite à l'autre.

Certains traceurs sont déposés par Herbier Vivant lui-même ; d'autres pourraient l'être par des tiers, pour leur propre compte. Certains sont supprimés à la fermeture du navigateur (traceurs de session), d'autres restent sur votre terminal jusqu'à leur date d'expiration (traceurs persistants).

## 2. Notre engagement

Herbier Vivant est financé par les abonnements Herbier Vivant+ et par des partenariats avec des jardins botaniques. Nous n'utilisons aucun cookie publicitaire et aucun traceur ne permet à un tiers de vous suivre sur d'autres sites ou applications.

## 3. Les traceurs utilisés

### 3.1 Traceurs strictement nécessaires

Ils sont indispensables au fonctionnement du service et ne nécessitent pas votre consentement.

| Nom | Émetteur | Finalité | Durée de vie |
|---|---|---|---|
| hv_session | Herbier Vivant | Connexion à votre compte | Session |
| hv_remember | Herbier Vivant | Connexion automatique | 30 jours |
| hv_consent | Herbier Vivant | Conservation de vos choix | 6 mois |
| hv_lb | Herbier Vivant | Répartition de charge entre nos serveurs | Session |
| Stockage local « observations » | Herbier Vivant (application) | Enregistrement des observations faites hors connexion, en attente d'envoi | Jusqu'à l'envoi |

### 3.2 Traceurs de mesure d'audience

Avec votre consentement, nous mesurons la fréquentation du site et de l'application : nombre de visiteurs, pages et écrans consultés, taux de réussite des identifications, plantages de l'application. Ces mesures nous aident à améliorer le service.

| Nom | Émetteur | Finalité | Durée de vie |
|---|---|---|---|
| _pk_id | Herbier Vivant (Matomo, hébergé en France) | Identifiant statistique aléatoire | 13 mois |
| _pk_ses | Herbier Vivant (Matomo) | Regroupement des pages d'une visite | 30 minutes |
| SDK Matomo | Herbier Vivant (application) | Statistiques d'utilisation de l'application | 13 mois |

### 3.3 Traceurs de personnalisation

Avec votre consentement, nous mémorisons, lorsque vous n'êtes pas connecté, la région que vous avez choisie pour afficher en priorité les espèces de votre flore locale, ainsi que votre langue.

| Nom | Émetteur | Finalité | Durée de vie |
|---|---|---|---|
| hv_region | Herbier Vivant | Région de flore préférée | 12 mois |
| hv_lang | Herbier Vivant | Langue | 12 mois |

### 3.4 Contenus tiers

Les fiches espèces peuvent afficher des cartes de répartition fournies par l'Inventaire national du patrimoine naturel (INPN) et des vidéos hébergées sur PeerTube. Ces contenus ne déposent pas de cookie. Les vidéos YouTube intégrées par certains membres dans leurs observations ne sont chargées qu'après un clic de votre part et votre accord pour les cookies de YouTube.

### 3.5 Notifications et identifiants de l'application

L'application utilise un jeton de notification, fourni par Apple ou Google, pour vous prévenir lorsqu'un membre de la communauté confirme ou corrige l'une de vos identifications. Ce jeton est strictement nécessaire à la fonction de notification que vous avez activée ; vous pouvez désactiver les notifications dans les réglages de votre téléphone. L'application ne lit pas l'identifiant publicitaire de votre téléphone.

## 4. Vos choix

### 4.1 Sur le site

Lors de votre première visite, un bandeau vous propose de « Tout accepter », de « Tout refuser » ou de « Personnaliser » vos choix par finalité. Tant que vous n'avez pas fait de choix, aucun traceur soumis à consentement n'est déposé. Vous pouvez modifier vos choix à tout moment grâce au lien « Gérer mes traceurs » situé en bas de chaque page. Vos choix sont conservés 6 mois, puis nous vous interrogeons à nouveau.

### 4.2 Dans l'application

Au premier lancement, un écran vous présente les mêmes options. Pour modifier vos choix ensuite, supprimez puis réinstallez l'application, ou contactez-nous.

### 4.3 Dans votre navigateur

Vous pouvez aussi bloquer ou supprimer les cookies dans les réglages de votre navigateur : [Firefox](https://support.mozilla.org/fr/kb/cookies-informations-sites-enregistrent), [Chrome](https://support.google.com/chrome/answer/95647?hl=fr), [Safari](https://support.apple.com/fr-fr/guide/safari/sfri11471/mac).

## 5. Durée de vie des traceurs

Aucun traceur déposé par Herbier Vivant n'a une durée de vie supérieure à 13 mois. La durée de vie du cookie de mesure d'audience n'est pas prolongée lors de vos visites suivantes.

## 6. Preuve de vos choix

Nous conservons, pendant 6 mois, la preuve de vos choix : date et heure, finalités acceptées ou refusées, version du bandeau et de la présente politique, langue d'affichage. Cette preuve est rattachée à un identifiant aléatoire enregistré dans le cookie hv_consent.

## 7. Modifications

Si nous ajoutons un traceur soumis à consentement pour une nouvelle finalité ou un nouveau partenaire, nous vous demanderons à nouveau votre accord.

## 8. Contact

Délégué à la protection des données : [dpo@herbiervivant.fr](mailto:dpo@herbiervivant.fr). Vous pouvez également adresser une réclamation à la CNIL ([www.cnil.fr](https://www.cnil.fr)).
"""

FR_BASES: dict[str, tuple[str, str, str]] = {
    "causerie": ("privacy", "Causerie IA SAS", FR_CAUSERIE),
    "planseq": ("privacy", "Plan-Séquence SAS", FR_PLANSEQ),
    "memoirevive": ("privacy", "Mémoire Vive SARL", FR_MEMOIREVIVE),
    "portraitiste": ("privacy", "Portraitiste SAS", FR_PORTRAITISTE),
    "marquepage": ("cookies", "Marque-Page SAS", FR_MARQUEPAGE),
    "coupdepouce": ("privacy", "Coup de Pouce SAS", FR_COUPDEPOUCE),
    "sentiers": ("privacy", "Sentiers Partagés SAS", FR_SENTIERS),
    "taverne": ("privacy", "La Taverne SAS", FR_TAVERNE),
    "wikifan": ("cookies", "Association Encyclopédie des fans", FR_WIKIFAN),
    "echiquier": ("privacy", "Association Échiquier Libre", FR_ECHIQUIER),
    "murs": ("privacy", "Murs Vivants SAS", FR_MURS),
    "amphi": ("privacy", "Amphi SAS", FR_AMPHI),
    "modera": ("privacy", "Modéra SAS", FR_MODERA),
    "veridique": ("privacy", "Véridique SAS", FR_VERIDIQUE),
    "logotype": ("cookies", "Logotype SAS", FR_LOGOTYPE),
    "eloquence": ("privacy", "Éloquence SAS", FR_ELOQUENCE),
    "memerie": ("cookies", "La Mèmerie SAS", FR_MEMERIE),
    "pepiement": ("privacy", "Association Pépiement", FR_PEPIEMENT),
    "bonneadresse": ("privacy", "Bonne Adresse SAS", FR_BONNEADRESSE),
    "herbier": ("cookies", "Herbier Vivant SAS", FR_HERBIER),
}


def hard_wrapped(text: str, width: int = 80) -> list[tuple[str, str]]:
    """One edit per long paragraph line, re-captured hard-wrapped at width columns (same words, same Markdown)."""
    return [
        (line, textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False))
        for line in text.splitlines()
        if len(line) > width and not line.startswith(("#", "|", "-", "*"))
    ]


def escaped_underscores(text: str) -> list[tuple[str, str]]:
    """One edit per table row whose cookie names a converter re-captures with escaped underscores ("\\_pk\\_id")."""
    return [(line, line.replace("_", "\\_")) for line in text.splitlines() if line.startswith("| ") and "_" in line]


FR_EDITS: list[Pair] = [
    # --- causerie (assistant conversationnel IA) ---
    (
        fr("causerie"),
        "major",
        ["R8"],
        False,
        False,
        "Une durée fixe est remplacée par un critère vague : une conversation supprimée était effacée « sous 30 jours », elle l'est désormais « dans un délai raisonnable, qui tient compte de nos besoins en matière de sécurité et d'amélioration du service » ; la date change aussi.",
        [
            (
                "une conversation supprimée est effacée de nos serveurs sous 30 jours.",
                "une conversation supprimée est effacée de nos serveurs dans un délai raisonnable, qui tient compte de nos besoins en matière de sécurité et d'amélioration du service.",
            ),
            ("Dernière mise à jour : 15 janvier 2026", "Dernière mise à jour : 2 mars 2026"),
        ],
    ),
    (
        fr("causerie"),
        "editorial",
        ["R1"],
        False,
        True,
        "Re-rendu technique : les puces « - » des listes de la section 2 deviennent « *   » et les deux tableaux sont recapturés avec des cellules espacées et des séparateurs « | --- | » ; aucun mot, sous-traitant ni base légale ne change.",
        [
            (
                between(FR_CAUSERIE, "### Données de compte", "### Données de paiement"),
                between(FR_CAUSERIE, "### Données de compte", "### Données de paiement").replace("\n- ", "\n*   "),
            ),
            (
                between(FR_CAUSERIE, "| Finalité | Base légale |", "\nLes conversations signalées"),
                spaced_table(between(FR_CAUSERIE, "| Finalité | Base légale |", "\nLes conversations signalées")),
            ),
            (
                between(FR_CAUSERIE, "| Sous-traitant | Service |", "\nVous pouvez consulter"),
                spaced_table(between(FR_CAUSERIE, "| Sous-traitant | Service |", "\nVous pouvez consulter")),
            ),
        ],
    ),
    # --- planseq (génération de vidéos par IA) ---
    (
        fr("planseq"),
        "minor",
        ["R9"],
        False,
        False,
        "Nouveau moyen de s'opposer : « Vous pouvez à tout moment retirer une vidéo de la vitrine depuis sa page, ou désactiver la vitrine pour toutes vos vidéos » ; la pratique existante devient refusable, rien d'adverse.",
        [
            (
                "Les vidéos générées avec une offre payante n'apparaissent jamais dans la vitrine.",
                "Les vidéos générées avec une offre payante n'apparaissent jamais dans la vitrine. Vous pouvez à tout moment retirer une vidéo de la vitrine depuis sa page, ou désactiver la vitrine pour toutes vos vidéos dans Paramètres > Confidentialité.",
            )
        ],
    ),
    (
        fr("planseq"),
        "editorial",
        ["R1"],
        False,
        False,
        "Relecture : « qui génère de courtes vidéos » devient « de génération de courtes vidéos », le titre « Pourquoi nous les utilisons » devient « Finalités et bases légales » et la phrase de contact est reformulée avec la même adresse.",
        [
            (
                "Plan-Séquence est un service en ligne qui génère de courtes vidéos",
                "Plan-Séquence est un service en ligne de génération de courtes vidéos",
            ),
            ("## Pourquoi nous les utilisons", "## Finalités et bases légales"),
            ("Pour toute question : donnees@planseq.fr.", "Pour toute question, écrivez-nous à donnees@planseq.fr."),
        ],
    ),
    # --- memoirevive (restauration de photos anciennes) ---
    (
        fr("memoirevive"),
        "minor",
        ["R9"],
        False,
        False,
        "Conservation raccourcie : les photos originales et restaurées sont conservées « 30 jours » au lieu de « 90 jours » après leur restauration ; la date de mise à jour change.",
        [
            (
                "Les photos originales et restaurées sont conservées 90 jours après leur restauration",
                "Les photos originales et restaurées sont conservées 30 jours après leur restauration",
            ),
            ("Mise à jour : 8 décembre 2025", "Mise à jour : 19 février 2026"),
        ],
    ),
    (
        fr("memoirevive"),
        "rights_reducing",
        ["R12", "R5"],
        False,
        False,
        "La promesse « Nous ne partageons jamais vos photos avec des tiers » disparaît et les photos restaurées, « avec les noms, dates et lieux que vous avez indiqués », peuvent être transmises « à des sites de généalogie partenaires » consultables par leurs abonnés.",
        [
            (
                "Nous ne partageons jamais vos photos avec des tiers, à l'exception de nos sous-traitants techniques, qui les traitent uniquement pour notre compte : OVHcloud (hébergement, France) et Stripe (paiement).",
                "Nous partageons vos photos avec nos sous-traitants techniques, qui les traitent pour notre compte : OVHcloud (hébergement, France) et Stripe (paiement). Nous pouvons également transmettre les photos restaurées, avec les noms, dates et lieux que vous avez indiqués, à des sites de généalogie partenaires, qui peuvent les rendre consultables par leurs abonnés.",
            )
        ],
    ),
    # --- portraitiste (portraits professionnels par IA) ---
    (
        fr("portraitiste"),
        "major",
        ["R7"],
        False,
        False,
        "Nouvelle catégorie de données : « une courte vidéo selfie enregistrée en direct », comparée automatiquement aux photos (gabarit facial), avec sa durée de conservation ajoutée à la section 4.",
        [
            before(
                "- de vos choix de style",
                "- d'une courte vidéo selfie enregistrée en direct dans l'application, que nous comparons automatiquement à vos photos pour vérifier que vous êtes bien la personne représentée ;\n",
            ),
            before(
                "- Portraits générés :",
                "- Vidéo selfie et gabarit facial utilisé pour la comparaison : supprimés dès la fin de la vérification, et au plus tard 24 heures après l'enregistrement.\n",
            ),
        ],
    ),
    (
        fr("portraitiste"),
        "minor",
        ["R14"],
        False,
        False,
        "L'adresse e-mail du DPO change sur le même canal : « dpo@portraitiste.fr » devient « protection.donnees@portraitiste.fr ».",
        [("dpo@portraitiste.fr", "protection.donnees@portraitiste.fr")],
    ),
    # --- marquepage (réseau social de lecteurs, cookies) ---
    (
        fr("marquepage"),
        "major",
        ["R15"],
        True,
        False,
        "Nouvelle finalité et nouveau tiers soumis à consentement : une section « Cookies publicitaires » ajoute « cto_bundle | Criteo SA | Publicité ciblée (reciblage) sur d'autres sites » ; le consentement antérieur ne couvre pas ce traceur.",
        [
            before(
                "### Contenus intégrés",
                "### Cookies publicitaires\n\nAvec votre consentement, notre partenaire Criteo dépose un cookie qui lui permet de vous présenter, sur d'autres sites, des publicités pour les livres que vous avez consultés sur Marque-Page. Criteo est responsable de ce traitement : voir sa [politique de confidentialité](https://www.criteo.com/fr/privacy/).\n\n| Nom | Émetteur | Finalité | Durée |\n|---|---|---|---|\n| cto_bundle | Criteo SA | Publicité ciblée (reciblage) sur d'autres sites | 13 mois |\n\n",
            )
        ],
    ),
    (
        fr("marquepage"),
        "editorial",
        ["R1"],
        False,
        True,
        "Re-rendu technique : dans toutes les lignes des tableaux de cookies, les tirets bas sont échappés à la manière Markdown (« mp\\_session », « \\_pk\\_id », « lc\\_ref ») ; noms, émetteurs, finalités et durées identiques.",
        escaped_underscores(FR_MARQUEPAGE),
    ),
    # --- coupdepouce (soutien aux créateurs) ---
    (
        fr("coupdepouce"),
        "major",
        ["R10"],
        False,
        False,
        "Changement de base légale : la vérification d'identité des créateurs passe de « intérêt légitime (prévention de la fraude) » à « obligation légale (articles L. 561-5 et suivants du Code monétaire et financier) » ; aucun consentement n'est retiré. Incertain : le droit d'opposition à cette vérification tombe avec l'intérêt légitime.",
        [
            (
                "- Vérification de l'identité des créateurs avant le premier versement : intérêt légitime (prévention de la fraude et des détournements de fonds).",
                "- Vérification de l'identité des créateurs avant le premier versement : obligation légale (articles L. 561-5 et suivants du Code monétaire et financier, relatifs à la lutte contre le blanchiment des capitaux et le financement du terrorisme).",
            )
        ],
    ),
    (
        fr("coupdepouce"),
        "editorial",
        ["R1"],
        False,
        False,
        "Titres reformulés (« Quelles données ? » -> « Quelles données collectons-nous ? », « Pourquoi et sur quelle base ? » -> « Pour quelles finalités et sur quelle base légale ? ») et tournure de la présentation ; aucun changement de fond.",
        [
            ("## Quelles données ?", "## Quelles données collectons-nous ?"),
            ("## Pourquoi et sur quelle base ?", "## Pour quelles finalités et sur quelle base légale ?"),
            (
                "Coup de Pouce permet à chacun de soutenir financièrement",
                "Avec Coup de Pouce, chacun peut soutenir financièrement",
            ),
        ],
    ),
    # --- sentiers (réseau social de randonneurs) ---
    (
        fr("sentiers"),
        "major",
        ["R11"],
        False,
        False,
        "Décision automatisée introduite : un « indice de niveau » est calculé à partir des sorties enregistrées et l'inscription aux sorties « exigeantes » est « automatiquement refusée » lorsque cet indice est inférieur au seuil.",
        [
            before(
                "| Modération des contenus et sécurité |",
                "| Calcul automatique d'un indice de niveau et accès aux sorties de groupe « exigeantes » | Sorties enregistrées (dénivelé, vitesse, régularité) | Intérêt légitime |\n",
            ),
            (
                "Les participants d'une sortie de groupe voient le pseudonyme et le niveau déclaré des autres inscrits.",
                "Les participants d'une sortie de groupe voient le pseudonyme et le niveau déclaré des autres inscrits. Pour les sorties classées « exigeantes », l'inscription est automatiquement refusée lorsque votre indice de niveau, calculé à partir de vos sorties enregistrées, est inférieur au seuil fixé par l'organisateur.",
            ),
        ],
    ),
    (
        fr("sentiers"),
        "minor",
        ["R9"],
        False,
        False,
        "Nouvelle option protectrice : « Vous pouvez désormais définir des zones de confidentialité (par exemple autour de votre domicile) », dont les portions de tracé sont masquées aux autres membres.",
        [
            (
                "Une sortie publique affiche le tracé complet, y compris son point de départ et d'arrivée.",
                "Une sortie publique affiche le tracé complet, y compris son point de départ et d'arrivée. Vous pouvez désormais définir des zones de confidentialité (par exemple autour de votre domicile) : les portions de tracé situées dans ces zones sont masquées pour les autres membres.",
            )
        ],
    ),
    # --- taverne (serveurs communautaires pour joueurs) ---
    (
        fr("taverne"),
        "major",
        ["R3"],
        False,
        False,
        "Identité du responsable modifiée : La Taverne SAS devient filiale de Ludiverse Group S.A. (Luxembourg) et les deux sociétés sont désormais « responsables conjoints des traitements » ; la date de révision change.",
        [
            (
                "La Taverne SAS, 7 rue de l'Université, 34000 Montpellier, est responsable des traitements décrits dans la présente politique.",
                "Depuis le 1er mars 2026, La Taverne SAS est une filiale de Ludiverse Group S.A., 12 rue Eugène Ruppert, L-2453 Luxembourg. La Taverne SAS, 7 rue de l'Université, 34000 Montpellier, et Ludiverse Group S.A. sont responsables conjoints des traitements décrits dans la présente politique ; La Taverne SAS reste votre interlocuteur pour l'exercice de vos droits.",
            ),
            ("Dernière révision : 5 janvier 2026", "Dernière révision : 1er mars 2026"),
        ],
    ),
    (
        fr("taverne"),
        "editorial",
        ["R1"],
        False,
        False,
        "Reformulations sans effet : « Les salons vocaux ne sont pas enregistrés » -> « Nous n'enregistrons pas les conversations des salons vocaux » et « Vous pouvez saisir la CNIL » -> « ... adresser une réclamation à la CNIL ».",
        [
            (
                "Les salons vocaux ne sont pas enregistrés.",
                "Nous n'enregistrons pas les conversations des salons vocaux.",
            ),
            ("Vous pouvez saisir la CNIL.", "Vous pouvez également adresser une réclamation à la CNIL."),
        ],
    ),
    # --- wikifan (wikis de fans, cookies) ---
    (
        fr("wikifan"),
        "minor",
        ["R17"],
        False,
        False,
        "Un tiers est retiré : le paragraphe « Publicité » (Google AdSense, cookies IDE, __gads, __gpi) est supprimé et le site annonce qu'il « n'affiche plus aucune publicité » ; rien n'est ajouté.",
        [
            (between(FR_WIKIFAN, "**Publicité.**", "Les contributeurs connectés"), ""),
            (
                "Les contributeurs connectés ne voient aucune publicité.",
                "Depuis janvier 2026, le site n'affiche plus aucune publicité : l'hébergement est financé par les dons des membres de l'association.",
            ),
        ],
    ),
    (
        fr("wikifan"),
        "editorial",
        ["R1"],
        False,
        False,
        "Titre et phrase d'introduction reformulés (« Cookies sur l'Encyclopédie des fans » -> « Les cookies de l'Encyclopédie des fans ») et date de mise à jour changée ; contenu identique.",
        [
            ("# Cookies sur l'Encyclopédie des fans", "# Les cookies de l'Encyclopédie des fans"),
            (
                "Cette page explique quels cookies nous utilisons sur wikifans.org et ses sous-domaines.",
                "Cette page présente les cookies utilisés sur wikifans.org et ses sous-domaines.",
            ),
            ("Mise à jour : 10 novembre 2025", "Mise à jour : 2 février 2026"),
        ],
    ),
    # --- echiquier (échecs en ligne) ---
    (
        fr("echiquier"),
        "major",
        ["R7", "R11"],
        False,
        False,
        "Nouvelles données collectées pendant les parties classées (« changements d'onglet, perte de focus de la fenêtre, copier-coller et mouvements de la souris ») et utilisées par la détection automatique de triche, qui s'en trouve élargie.",
        [
            (
                "ainsi que votre classement Elo sur le site.",
                "ainsi que votre classement Elo sur le site.\n- Pendant les parties classées, des données sur votre comportement dans le navigateur : changements d'onglet, perte de focus de la fenêtre, copier-coller et mouvements de la souris au-dessus de l'échiquier.",
            ),
            (
                "en comparant vos coups et leur timing avec ceux d'un moteur (intérêt légitime).",
                "en comparant vos coups et leur timing avec ceux d'un moteur et en tenant compte de votre comportement dans le navigateur (intérêt légitime).",
            ),
        ],
    ),
    (
        fr("echiquier"),
        "rights_reducing",
        ["R13", "R11"],
        False,
        False,
        "Droit supprimé : la possibilité de « présenter vos observations et obtenir le réexamen de la décision par un arbitre humain » après une sanction automatique est remplacée par « Les décisions du système de détection sont définitives ».",
        [
            (
                "Lorsqu'une telle sanction est appliquée automatiquement, vous pouvez présenter vos observations et obtenir le réexamen de la décision par un arbitre humain de l'association, en répondant au message qui vous informe de la sanction.",
                "Les décisions du système de détection sont définitives et ne peuvent pas faire l'objet d'un recours.",
            )
        ],
    ),
    # --- murs (application de street art) ---
    (
        fr("murs"),
        "editorial",
        ["R1"],
        False,
        True,
        "Re-rendu technique : les paragraphes sont recapturés avec des retours à la ligne à 80 colonnes ; en Markdown le texte rendu et les mots sont identiques.",
        hard_wrapped(FR_MURS),
    ),
    (
        fr("murs"),
        "minor",
        ["R9"],
        False,
        False,
        "Précision protectrice d'une pratique déjà décrite : le floutage s'étend aux « plaques d'immatriculation » et un visage non flouté peut être signalé et flouté « sous 48 heures » ; date mise à jour.",
        [
            (
                "Les visages des passants qui apparaissent sur les photos sont floutés avant publication.",
                "Les visages des passants et les plaques d'immatriculation qui apparaissent sur les photos sont floutés automatiquement avant publication ; si un visage a échappé au floutage, vous pouvez le signaler depuis la photo et nous le flouterons sous 48 heures.",
            ),
            ("Dernière mise à jour : 4 décembre 2025", "Dernière mise à jour : 10 février 2026"),
        ],
    ),
    # --- amphi (réseau social étudiant) ---
    (
        fr("amphi"),
        "major",
        ["R5"],
        False,
        False,
        "Nouveaux destinataires : lors de l'inscription à un événement, l'association organisatrice « reçoit vos nom, prénom, adresse e-mail étudiante, filière et année d'études, qu'elle peut exporter » ; elle ne voyait auparavant que les membres de son groupe.",
        [
            (
                "- **Les associations étudiantes** voient les membres de leur groupe sur Amphi.",
                "- **Les associations étudiantes** voient les membres de leur groupe sur Amphi. Lorsque vous vous inscrivez à un événement organisé par une association, celle-ci reçoit vos nom, prénom, adresse e-mail étudiante, filière et année d'études, qu'elle peut exporter pour gérer la billetterie et l'accès à l'événement.",
            )
        ],
    ),
    (
        fr("amphi"),
        "rights_reducing",
        ["R12", "R19"],
        False,
        False,
        "Incertain : l'engagement « Nous vous informerons par e-mail et par une notification ... au moins un mois avant toute modification importante » est remplacé par « Nous vous invitons à la consulter régulièrement », seul moyen restant d'apprendre les changements.",
        [
            (
                "Nous vous informerons par e-mail et par une notification dans l'application au moins un mois avant toute modification importante de cette politique.",
                "Cette politique peut évoluer à tout moment. Nous vous invitons à la consulter régulièrement ; la date de mise à jour figure en haut de la page.",
            ),
            ("En vigueur au 19 janvier 2026", "En vigueur au 16 mars 2026"),
        ],
    ),
    # --- modera (modération de contenus par IA) ---
    (
        fr("modera"),
        "major",
        ["R6", "R5"],
        False,
        False,
        "Nouveau transfert hors UE : une ligne « Samaritan Data Services | Revue humaine la nuit et le week-end | Madagascar (Antananarivo) | Clauses contractuelles types » est ajoutée au tableau des lieux de traitement.",
        [
            before(
                "| Hive Moderation Ltd |",
                "| Samaritan Data Services SARL | Revue humaine la nuit et le week-end | Madagascar (Antananarivo) | Clauses contractuelles types de la Commission européenne |\n",
            ),
            ("Version 4.2 - 9 février 2026", "Version 4.3 - 23 mars 2026"),
        ],
    ),
    (
        fr("modera"),
        "minor",
        ["R9"],
        False,
        False,
        "Nouveau droit : un contenu masqué automatiquement peut être « réexaminé par un modérateur humain de Modéra » sur demande ; rien n'est retiré.",
        [
            (
                "La décision finale de suppression d'un compte appartient toujours à la plateforme.",
                "La décision finale de suppression d'un compte appartient toujours à la plateforme. Si l'un de vos contenus a été masqué automatiquement, vous pouvez demander, depuis la notification de la plateforme, qu'il soit réexaminé par un modérateur humain de Modéra.",
            )
        ],
    ),
    # --- veridique (détection d'hypertrucages) ---
    (
        fr("veridique"),
        "major",
        ["R2", "R8"],
        False,
        False,
        "Nouvelle finalité : « Entraîner et évaluer nos modèles de détection à partir des fichiers soumis » (intérêt légitime, avec opposition), et les fichiers retenus pour l'entraînement « sont conservés 3 ans » au lieu de 7 jours.",
        [
            before(
                "- Gérer les comptes, la facturation",
                "- Entraîner et évaluer nos modèles de détection à partir des fichiers soumis, sauf si vous vous y opposez dans les paramètres de votre compte (intérêt légitime).\n",
            ),
            (
                "- Fichiers soumis : supprimés 7 jours après l'analyse.",
                "- Fichiers soumis : supprimés 7 jours après l'analyse, sauf ceux retenus pour l'entraînement de nos modèles, qui sont conservés 3 ans.",
            ),
        ],
    ),
    (
        fr("veridique"),
        "editorial",
        ["R1"],
        False,
        False,
        "Harmonisation terminologique : « un deepfake vous représentant » -> « un hypertrucage vous représentant » (terme déjà défini en tête) et titre de la section 6 reformulé ; même procédure.",
        [
            ("Si vous pensez qu'un deepfake vous représentant", "Si vous pensez qu'un hypertrucage vous représentant"),
            (
                "## 6. Personnes représentées dans un contenu analysé",
                "## 6. Vous apparaissez dans un contenu analysé ?",
            ),
        ],
    ),
    # --- logotype (générateur de logos par IA, cookies) ---
    (
        fr("logotype"),
        "major",
        ["R16"],
        False,
        False,
        "Cookie de mesure d'audience prolongé à chaque visite : « n'est pas prolongée lors de vos visites suivantes » devient « elle est prolongée à chaque nouvelle visite » (13 mois par visite).",
        [
            (
                "sa durée de vie est de 13 mois à compter de votre première visite et n'est pas prolongée lors de vos visites suivantes.",
                "sa durée de vie est de 13 mois et elle est prolongée à chaque nouvelle visite.",
            ),
            ("Mise à jour : 14 janvier 2026", "Mise à jour : 25 février 2026"),
        ],
    ),
    (
        fr("logotype"),
        "editorial",
        ["R1"],
        False,
        True,
        "Re-rendu technique : les titres soulignés (« ===== », « ----- ») deviennent des titres « # » et « ## » et les puces « - » deviennent « * » ; texte identique.",
        [
            ("Politique cookies de Logotype\n=============================\n", "# Politique cookies de Logotype\n"),
            ("Qu'est-ce qu'un cookie ?\n------------------------\n", "## Qu'est-ce qu'un cookie ?\n"),
            (
                "Les cookies utilisés sur Logotype\n---------------------------------\n",
                "## Les cookies utilisés sur Logotype\n",
            ),
            ("Gérer vos choix\n---------------\n", "## Gérer vos choix\n"),
            ("Contact\n-------\n", "## Contact\n"),
            (
                "- lg_session (session) ;\n- lg_panier (7 jours) ;\n- lg_consentement (6 mois).",
                "* lg_session (session) ;\n* lg_panier (7 jours) ;\n* lg_consentement (6 mois).",
            ),
        ],
    ),
    # --- eloquence (coach de prise de parole par IA) ---
    (
        fr("eloquence"),
        "rights_reducing",
        ["R10"],
        False,
        False,
        "La base légale de l'analyse vocale passe de « Consentement, que vous pouvez retirer à tout moment » à « Exécution du contrat ... ne peut pas être désactivée » : le droit de retirer son consentement disparaît.",
        [
            (
                "| Analyser votre voix et votre discours pour calculer vos indicateurs | Consentement, que vous pouvez retirer à tout moment dans Paramètres > Analyse vocale ; les enregistrements sont alors conservés sans être analysés |",
                "| Analyser votre voix et votre discours pour calculer vos indicateurs | Exécution du contrat : l'analyse vocale est au cœur du service et ne peut pas être désactivée |",
            ),
            ("Dernière mise à jour : 3 février 2026", "Dernière mise à jour : 17 mars 2026"),
        ],
    ),
    (
        fr("eloquence"),
        "minor",
        ["R9"],
        False,
        False,
        "Un canal s'ajoute pour exercer ses droits, l'ancien demeurant : « ou utilisez le formulaire disponible dans l'application, rubrique Paramètres > Mes données ».",
        [
            (
                "Écrivez-nous à privacy@eloquence.app.",
                "Écrivez-nous à privacy@eloquence.app ou utilisez le formulaire disponible dans l'application, rubrique Paramètres > Mes données.",
            )
        ],
    ),
    # --- memerie (application de mèmes, cookies) ---
    (
        fr("memerie"),
        "major",
        ["R15"],
        True,
        False,
        "Nouvelle catégorie de traceurs soumise à consentement : avec votre accord, les boutons de TikTok, Instagram et X « sont chargés directement depuis les serveurs de ces réseaux, qui peuvent alors déposer des cookies » ; le consentement antérieur ne les couvre pas.",
        [
            (
                "Les boutons « Partager » vous permettent d'envoyer un mème vers vos réseaux sociaux ou votre messagerie, ou de copier son lien.",
                "Les boutons « Partager » vous permettent d'envoyer un mème vers vos réseaux sociaux ou votre messagerie, ou de copier son lien. Avec votre accord, les boutons « Partager » et « Suivre » de TikTok, Instagram et X sont chargés directement depuis les serveurs de ces réseaux, qui peuvent alors déposer des cookies et savoir que vous avez consulté La Mèmerie, même si vous ne cliquez pas sur les boutons. Sans votre accord, les boutons restent de simples liens.",
            ),
            ("## Partage vers les réseaux sociaux", "## Traceurs des réseaux sociaux"),
        ],
    ),
    (
        fr("memerie"),
        "editorial",
        ["R1"],
        False,
        False,
        "Retouches de style : « Ils servent à vous garder connecté » -> « Ils servent à vous maintenir connecté », « hébergé chez nous » -> « hébergé sur nos propres serveurs », titre « Nous contacter » -> « Contact » ; rien ne change.",
        [
            ("Ils servent à vous garder connecté", "Ils servent à vous maintenir connecté"),
            ("avec Matomo (hébergé chez nous)", "avec Matomo (hébergé sur nos propres serveurs)"),
            ("## Nous contacter", "## Contact"),
        ],
    ),
    # --- pepiement (microblogging fédéré) ---
    (
        fr("pepiement"),
        "editorial",
        ["R1"],
        False,
        False,
        "La section sur la fédération est réécrite sans changer son contenu (« un réseau de milliers de serveurs indépendants » -> « un serveur parmi des milliers d'autres ... le fédivers », phrase sur les copies retournée) ; mêmes transmissions et même réserve.",
        [
            (
                "Pépiement fait partie d'un réseau de milliers de serveurs indépendants.",
                "Pépiement n'est qu'un serveur parmi des milliers d'autres, tous indépendants, qui forment ensemble le « fédivers ».",
            ),
            (
                "Nous ne pouvons pas garantir la suppression des copies détenues par les autres serveurs lorsque vous supprimez un message, même si nous leur transmettons la demande de suppression.",
                "Lorsque vous supprimez un message, nous transmettons la demande de suppression aux autres serveurs, mais nous ne pouvons pas garantir qu'ils suppriment leurs copies.",
            ),
        ],
    ),
    (
        fr("pepiement"),
        "minor",
        ["R17"],
        False,
        False,
        "Un prestataire est retiré : la section « Traduction des messages » (textes envoyés à DeepL SE) est supprimée ; rien ne la remplace.",
        [(between(FR_PEPIEMENT, "## Traduction des messages", "## Pourquoi"), "")],
    ),
    # --- bonneadresse (avis communautaires sur les commerces) ---
    (
        fr("bonneadresse"),
        "rights_reducing",
        ["R4"],
        False,
        False,
        "Exercice des droits plus difficile et plus coûteux : il faut joindre « la copie recto verso d'une pièce d'identité » et « les demandes suivantes donnent lieu à des frais de traitement de 15 euros », alors que « Ces demandes sont gratuites ».",
        [
            (
                "Pour les exercer, écrivez à donnees@bonneadresse.fr depuis l'adresse e-mail associée à votre compte. Ces demandes sont gratuites.",
                "Pour les exercer, écrivez à donnees@bonneadresse.fr en joignant la copie recto verso d'une pièce d'identité en cours de validité. La première demande de copie de vos données est gratuite ; les demandes suivantes donnent lieu à des frais de traitement de 15 euros.",
            )
        ],
    ),
    (
        fr("bonneadresse"),
        "editorial",
        ["R1"],
        False,
        False,
        "Relecture : titre « Utilisations » -> « Pourquoi utilisons-nous vos données ? », « Les membres » -> « Ses membres » et date de mise à jour ; aucun changement de fond.",
        [
            ("## 2. Utilisations", "## 2. Pourquoi utilisons-nous vos données ?"),
            ("Les membres y publient des avis", "Ses membres y publient des avis"),
            ("Mise à jour le 27 janvier 2026", "Mise à jour le 9 mars 2026"),
        ],
    ),
    # --- herbier (identification de plantes, cookies) ---
    (
        fr("herbier"),
        "rights_reducing",
        ["R12", "R15"],
        True,
        False,
        "Engagements retirés : « Nous n'utilisons aucun cookie publicitaire » et « L'application ne lit pas l'identifiant publicitaire » disparaissent, et une section « Traceurs publicitaires » ajoute le SDK de la régie Ogury pour la publicité personnalisée.",
        [
            (
                "financé par les abonnements Herbier Vivant+ et par des partenariats avec des jardins botaniques. Nous n'utilisons aucun cookie publicitaire et aucun traceur ne permet à un tiers de vous suivre sur d'autres sites ou applications.",
                "financé par les abonnements Herbier Vivant+, par des partenariats avec des jardins botaniques et, pour les utilisateurs de la version gratuite, par la publicité.",
            ),
            (
                "L'application ne lit pas l'identifiant publicitaire de votre téléphone.",
                "L'identifiant publicitaire de votre téléphone n'est lu qu'avec votre consentement (voir 3.6).",
            ),
            (
                before(
                    "## 4. Vos choix",
                    "### 3.6 Traceurs publicitaires\n\nAvec votre consentement, notre régie Ogury et ses partenaires lisent l'identifiant publicitaire de votre téléphone et déposent des traceurs afin de vous présenter, dans la version gratuite de l'application, des publicités adaptées à vos centres d'intérêt, et de mesurer leur efficacité.\n\n| Nom | Émetteur | Finalité | Durée de vie |\n|---|---|---|---|\n| SDK Ogury | Ogury Ltd | Publicité personnalisée dans l'application | 13 mois |\n\n",
                )
            ),
        ],
    ),
    (
        fr("herbier"),
        "minor",
        ["R9"],
        False,
        False,
        "Retrait du consentement facilité dans l'application : « supprimez puis réinstallez l'application, ou contactez-nous » devient « modifier vos choix à tout moment dans Profil > Confidentialité > Traceurs ».",
        [
            (
                "Pour modifier vos choix ensuite, supprimez puis réinstallez l'application, ou contactez-nous.",
                "Vous pouvez ensuite modifier vos choix à tout moment dans Profil > Confidentialité > Traceurs.",
            )
        ],
    ),
]


def en_bases() -> dict[str, dict[str, Any]]:
    return {
        en(k): {"id": en(k), "lang": "en", "policy": p, "service": s, "new": t} for k, (p, s, t) in EN_BASES.items()
    }


def fr_bases() -> dict[str, dict[str, Any]]:
    return {
        fr(k): {"id": fr(k), "lang": "fr", "policy": p, "service": s, "new": t} for k, (p, s, t) in FR_BASES.items()
    }


def build(corpus_dir: Path) -> list[dict[str, Any]]:
    """The corpus directory is ignored: every base is written in this file."""
    bases = {**en_bases(), **fr_bases()}
    return list(pairs(NAME, WRITTEN, bases, EN_EDITS + FR_EDITS))


def main() -> None:
    rebuild(__file__, build)


if __name__ == "__main__":
    main()
