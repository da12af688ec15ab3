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
    (en("parley"), "major", ["R2"], False, False,
     "A new purpose is added to the purposes list: on the free plan the topics of recent conversations are used to choose \"sponsored suggestions from our partners\" (personalised advertising); the \"recieve\" typo fix alongside it is editorial.",
     [before("* **To support you.** We use your account data", "* **To show sponsored suggestions.** On the free plan, we use the topics of your recent conversations to choose which sponsored suggestions from our partners appear below some answers. Partners do not receive your conversations or your identity; they only receive the number of times their suggestion was shown and clicked. You can turn this off in Settings > Personalisation (legitimate interest).\n"),
      ("We recieve only the card type", "We receive only the card type")]),
    (en("parley"), "editorial", ["R1"], False, True,
     "Technical re-rendering: the processors table is re-captured with padded cells and \"| --- |\" separators and the retention list markers change from \"*\" to \"-\"; every provider, location and period is unchanged.",
     [(between(EN_PARLEY, "|Provider|Service|Location|", "\nYou can read each provider"), spaced_table(between(EN_PARLEY, "|Provider|Service|Location|", "\nYou can read each provider"))),
      (between(EN_PARLEY, "* Conversations stay in your history", "\n## 7. Your rights"), between(EN_PARLEY, "* Conversations stay in your history", "\n## 7. Your rights").replace("* ", "- "))]),
    # --- brushfire (AI image generator) ---
    (en("brushfire"), "editorial", ["R1"], False, False,
     "Human editorial pass: the \"Reference images\" section is moved above \"Public gallery\", \"it's results\" is corrected to \"their results\" and the opening sentence is reworded; no practice, period or recipient changes.",
     [("runs brushfire.art, a service that turns text prompts and reference images into pictures.", "operates brushfire.art, where you can turn text prompts and reference images into pictures."),
      ("it's results may be reviewed", "their results may be reviewed"),
      (between(EN_BRUSHFIRE, "## Public gallery", "## Who we share it with"), between(EN_BRUSHFIRE, "## Reference images", "## Who we share it with") + between(EN_BRUSHFIRE, "## Public gallery", "## Reference images"))]),
    (en("brushfire"), "minor", ["R9"], False, False,
     "Default made more protective: \"New images are public by default\" becomes \"New images are private by default\", publishing to the Explore gallery becomes a choice per image; nothing is collected or shared that was not before.",
     [("New images are public by default and appear in the Explore gallery with your username, together with the prompt that produced them. You can make any image private from its page, and Pro subscribers can make all future images private in Settings > Privacy.",
       "New images are private by default. You can publish any image to the Explore gallery from its page; published images appear with your username, together with the prompt that produced them, and you can make them private again at any time.")]),
    # --- vocalith (AI voice cloning) ---
    (en("vocalith"), "rights_reducing", ["R12", "R5"], False, False,
     "The promise \"We never share your voice model or your recordings with third parties, other than the processors\" is replaced by \"We may also share recordings and voice models with selected research partners\": a negative promise is withdrawn and a new recipient category appears.",
     [("We never share your voice model or your recordings with third parties, other than the processors listed below, who act only on our instructions.",
       "We share your voice model and recordings with the processors listed below, who act only on our instructions. We may also share recordings and voice models with selected research partners, such as universities and companies that develop synthetic-speech detection, to help them build and test their technology."),
      ("_Last updated: 20 January 2026_", "_Last updated: 24 February 2026_")]),
    (en("vocalith"), "minor", ["R9"], False, False,
     "Shorter retention: raw recordings, previously \"kept for as long as the voice model built from them exists\", are now \"deleted 30 days after the voice model built from them has been created\"; the date stamp also changes.",
     [("- Raw recordings: kept for as long as the voice model built from them exists.", "- Raw recordings: deleted 30 days after the voice model built from them has been created."),
      ("We store these raw recordings and the voice model we train from them.", "We store these raw recordings until the voice model is ready, and the voice model we train from them until it is deleted."),
      ("_Last updated: 20 January 2026_", "_Last updated: 3 March 2026_")]),
    # --- stackwise (AI coding assistant) ---
    (en("stackwise"), "major", ["R6", "R5"], False, False,
     "Code snippets, until now processed only in Frankfurt and Amsterdam, may be processed \"by our inference partner Baseten in the United States\" when capacity is short, and Baseten is added as a processor under standard contractual clauses: a new transfer outside the EU and a new recipient.",
     [("Code snippets are processed in memory in our data centres in Frankfurt (Germany) and Amsterdam (the Netherlands) and are discarded once the suggestion is returned;",
       "Code snippets are processed in memory in our data centres in Frankfurt (Germany) and Amsterdam (the Netherlands) or, when those are at capacity, by our inference partner Baseten in the United States, and are discarded once the suggestion is returned;"),
      ("Scaleway (GPU capacity, France and the Netherlands),", "Scaleway (GPU capacity, France and the Netherlands), Baseten Labs Inc. (overflow GPU capacity, United States, under the EU standard contractual clauses),")]),
    (en("stackwise"), "editorial", ["R1"], False, False,
     "Wording only: \"We collect the information needed to run your account:\" becomes \"To run your account, we collect\", \"it's version number\" becomes \"the extension's version number\", and the revision date changes; the data, purposes and retention are the same.",
     [("We collect the information needed to run your account: your name,", "To run your account, we collect your name,"),
      ("and it's version number and your editor type.", "and the extension's version number and your editor type."),
      ("Last revised: 2 March 2026", "Last revised: 9 April 2026")]),
    # --- loopline (short-video app, cookie policy) ---
    (en("loopline"), "major", ["R15"], True, False,
     "A new third-party advertising tracker is added to the consent table: \"_scid | Snap Inc. | Measures sign-ups that follow our ads on Snapchat and builds audiences of Loopline visitors\", with Snap's policy link; a new vendor needing consent, so earlier consent does not cover it.",
     [before("| AppsFlyer SDK | AppsFlyer Ltd |", "| _scid | Snap Inc. | Measures sign-ups that follow our ads on Snapchat and builds audiences of Loopline visitors for those ads | 13 months |\n"),
      ("[Meta](https://www.facebook.com/privacy/policy/) and [AppsFlyer]", "[Meta](https://www.facebook.com/privacy/policy/), [Snap](https://values.snap.com/privacy/privacy-policy) and [AppsFlyer]")]),
    (en("loopline"), "minor", ["R17"], False, False,
     "Hotjar is removed: both \"_hjSessionUser_{site_id}\" and \"_hjSession_{site_id}\" rows and the paragraph on Hotjar recordings are deleted; nothing is added.",
     [drop("| _hjSessionUser_{site_id} | Hotjar Ltd |"),
      drop("| _hjSession_{site_id} | Hotjar Ltd |"),
      ("Hotjar recordings mask all text you type and never record your videos or messages. You can read [Hotjar's privacy policy](https://www.hotjar.com/legal/policies/privacy/).\n\n", "")]),
    # --- backstage (creator subscription platform) ---
    (en("backstage"), "editorial", ["R1"], False, False,
     "Rebranding of the same company: \"Backstage Club Ltd\" becomes \"Backstage Ltd (company number 11842967, formerly Backstage Club Ltd)\" and the product name \"Backstage Club\" becomes \"Backstage\"; same company number, address, processing and rights.",
     [("Backstage Club Ltd - last updated 28 January 2026", "Backstage Ltd - last updated 16 March 2026"),
      ("Backstage Club is a membership platform", "Backstage (previously called Backstage Club) is a membership platform"),
      ("how Backstage Club Ltd (company number 11842967)", "how Backstage Ltd (company number 11842967, formerly Backstage Club Ltd)"),
      ("through Backstage Club messages", "through Backstage messages")]),
    (en("backstage"), "rights_reducing", ["R4"], False, False,
     "The response deadline for rights requests goes from \"We will respond within one month\" to \"We aim to respond within 90 days\": slower and beyond GDPR Art. 12(3); the ICO web address added alongside is editorial.",
     [("We will respond within one month, and we may ask", "We aim to respond within 90 days, and we may ask"),
      ("you can complain to the Information Commissioner's Office.", "you can complain to the Information Commissioner's Office (ico.org.uk).")]),
    # --- nearby (neighbourhood community app) ---
    (en("nearby"), "major", ["R7", "R5"], False, False,
     "New source of data: addresses are first checked \"against records held by Addressly Ltd, an address-verification provider that compiles data from the open electoral register and utility companies\", and Addressly joins the supplier list.",
     [("To confirm your address, we either send a postcard with a code to your address, or, if you allow it,",
       "To confirm your address, we first check your name and address against records held by Addressly Ltd, an address-verification provider that compiles data from the open electoral register and utility companies. If that check fails, we send a postcard with a code to your address, or, if you allow it,"),
      ("Royal Mail (postcards) and Zendesk (support)", "Royal Mail (postcards), Addressly (address checks) and Zendesk (support)")]),
    (en("nearby"), "minor", ["R14"], False, False,
     "The company moves office: \"Unit 4, The Sorting Office, 28 Park Row, Bristol BS1 5LJ\" becomes \"Second Floor, 1 Temple Way, Bristol BS2 0BY\" in the controller line and the postal rights contact; same channels, same controller.",
     [("run by Nearby Commons Ltd, Unit 4, The Sorting Office, 28 Park Row, Bristol BS1 5LJ, United Kingdom", "run by Nearby Commons Ltd, Second Floor, 1 Temple Way, Bristol BS2 0BY, United Kingdom"),
      ("Data Protection Lead at Nearby Commons Ltd, Unit 4, The Sorting Office, 28 Park Row, Bristol BS1 5LJ.", "Data Protection Lead at Nearby Commons Ltd, Second Floor, 1 Temple Way, Bristol BS2 0BY."),
      ("Last updated: 15 December 2025", "Last updated: 2 February 2026")]),
    # --- threadhall (forum host, cookie policy) ---
    (en("threadhall"), "editorial", ["R1"], False, True,
     "Technical re-rendering: underlined (setext) headings become \"#\"/\"##\" headings and the table separators \"|--------|\" become \"| --- |\"; cookie names, purposes and durations are identical.",
     [("Cookie Policy\n=============\n", "# Cookie Policy\n"),
      ("Cookies we always use\n---------------------\n", "## Cookies we always use\n"),
      ("Cookies we use with your consent\n--------------------------------\n", "## Cookies we use with your consent\n"),
      ("Managing cookies\n----------------\n", "## Managing cookies\n"),
      ("Contact\n-------\n", "## Contact\n"),
      ("|--------|---------|----------|\n| th_session", "| --- | --- | --- |\n| th_session"),
      ("|--------|---------|----------|\n| th_draft", "| --- | --- | --- |\n| th_draft")]),
    (en("threadhall"), "major", ["R16"], False, False,
     "Longer cookie lifetime: the consent-based visit-counting cookie \"_th_stats\" goes from \"6 months\" to \"12 months\" (still under 13 months); the date stamp changes too.",
     [("so that forum owners see how many people read their forum | 6 months |", "so that forum owners see how many people read their forum | 12 months |"),
      ("Last updated 3 November 2025.", "Last updated 2 February 2026.")]),
    # --- aperture (photo-sharing social network) ---
    (en("aperture"), "major", ["R11"], False, False,
     "Profiling is expanded: Discover ranking now also uses \"the subjects our image-recognition models detect in the photos you post and view\", \"from which we build a profile of your photographic interests\"; the heading rename is editorial.",
     [("and the popularity of each photo among people with similar activity.",
       "the popularity of each photo among people with similar activity, and the subjects our image-recognition models detect in the photos you post and view (for example landscapes, street photography, pets or food), from which we build a profile of your photographic interests."),
      ("### To personalise your feed", "### To personalise Home and Discover")]),
    (en("aperture"), "editorial", ["R1"], False, False,
     "A link to a Help Centre article explaining how Discover ranks photos is added after the existing description, and \"with pseudonymised data\" becomes \"using pseudonymised data\"; the practice described does not change.",
     [("You can switch Discover to a chronological view of recent popular photos in Settings > Feed.",
       "You can switch Discover to a chronological view of recent popular photos in Settings > Feed. Our [Help Centre](https://help.aperture.social/discover) explains in more detail how Discover ranks photos."),
      ("We analyse how features are used, with pseudonymised data,", "We analyse how features are used, using pseudonymised data,")]),
    # --- glowcast (live-streaming platform, cookie notice) ---
    (en("glowcast"), "rights_reducing", ["R13"], False, False,
     "Withdrawal made harder on the web: the \"Cookie settings\" link on every page and the promise that withdrawing is immediate are removed; web users must now \"delete Glowcast cookies in your browser settings\" to withdraw.",
     [("You can change or withdraw your consent at any time by clicking **Cookie settings** at the bottom of every page on the website, or under **Settings > Privacy** in the apps. Withdrawing is immediate: the non-essential cookies stop being read and we delete the ones we set.",
       "You can change your consent choices under **Settings > Privacy** in the apps. On the website, to withdraw your consent, delete Glowcast cookies in your browser settings; the banner will then appear again on your next visit."),
      ("You can also delete cookies in your browser settings. Your choices are stored", "Your choices are stored")]),
    (en("glowcast"), "minor", ["R9"], False, False,
     "A new way to refuse: \"If your browser sends a Global Privacy Control (GPC) signal, we treat it as a refusal of advertising cookies\"; plus a new date. Nothing adverse.",
     [("You can also delete cookies in your browser settings.", "You can also delete cookies in your browser settings. If your browser sends a Global Privacy Control (GPC) signal, we treat it as a refusal of advertising cookies."),
      ("Updated 6 January 2026", "Updated 20 March 2026")]),
    # --- quillpost (messaging app) ---
    (en("quillpost"), "major", ["R5"], False, False,
     "Reported conversations are now also reviewed by an outside company: \"reviewers at [Tessera Trust & Safety](...)\" who work \"on our behalf\", added to the sharing list; a new processor receiving message content. The date stamp also changes.",
     [("Reports are reviewed by our own moderation team in Lisbon, who may ban accounts that break our rules.",
       "Reports are reviewed by our moderation team in Lisbon and by reviewers at [Tessera Trust & Safety](https://www.tesseratrust.com/privacy), a company that provides content moderation staff on our behalf from its offices in Lisbon and Porto. Either may ban accounts that break our rules."),
      ("with our hosting provider OVHcloud (France and Germany), with Twilio", "with our hosting provider OVHcloud (France and Germany), with Tessera Trust & Safety (review of reported conversations, Portugal), with Twilio"),
      ("Last modified: 22 January 2026", "Last modified: 5 March 2026")]),
    (en("quillpost"), "editorial", ["R1"], False, False,
     "Sections reordered by hand: \"Security\" now comes before \"Retention\"; the text of both sections is unchanged.",
     [(between(EN_QUILLPOST, "## Retention", "## Your rights"), between(EN_QUILLPOST, "## Security", "## Your rights") + between(EN_QUILLPOST, "## Retention", "## Security"))]),
    # --- guildlink (professional networking site) ---
    (en("guildlink"), "major", ["R10"], False, False,
     "Legal basis change in the purposes table: fraud and fake-profile detection moves from \"Performance of our contract with you\" to \"Our legitimate interest in keeping Guildlink trustworthy\"; no consent is withdrawn by it.",
     [("| Detecting fake profiles and fraud | Registration data, log data, profile photo | Performance of our contract with you |",
       "| Detecting fake profiles and fraud | Registration data, log data, profile photo | Our legitimate interest in keeping Guildlink trustworthy for members and employers |")]),
    (en("guildlink"), "rights_reducing", ["R4"], False, False,
     "Rights become harder to exercise: self-service in Settings and the e-mail privacy@guildlink.com are replaced by \"a signed letter to our Data Protection Officer\" by post \"with a copy of a passport or national identity card\".",
     [("You can exercise most of these rights yourself in **Settings > Privacy**, where you can also download an archive of your data. For anything else, write to [privacy@guildlink.com](mailto:privacy@guildlink.com).",
       "You can download an archive of your data in **Settings > Privacy**. To exercise any other right, send a signed letter to our Data Protection Officer at Guildlink Europe B.V., Stationsplein 45, 3013 AK Rotterdam, with a copy of a passport or national identity card.")]),
    # --- inkwell (fan-fiction archive) ---
    (en("inkwell"), "minor", ["R9"], False, False,
     "A vague period is made precise: server logs with IP addresses are kept \"for a short period\" -> \"for 30 days\"; the review date changes. Clearer wording of the same practice, not longer.",
     [("We keep these logs for a short period and then delete them.", "We keep these logs for 30 days and then delete them."),
      ("Last reviewed: November 2025.", "Last reviewed: March 2026.")]),
    (en("inkwell"), "editorial", ["R1"], False, True,
     "Technical re-rendering: bold paragraph leads are captured as \"__...__\" instead of \"**...**\" and mail and web links become autolinks (\"<privacy@inkwellarchive.org>\", \"<https://ico.org.uk>\"); same targets, same words.",
     [("**If you only read.**", "__If you only read.__"),
      ("**If you have an account.**", "__If you have an account.__"),
      ("**Why.**", "__Why.__"),
      ("**No ads, no tracking.**", "__No ads, no tracking.__"),
      ("**Who else sees it.**", "__Who else sees it.__"),
      ("**Deleting things.**", "__Deleting things.__"),
      ("**Your rights.**", "__Your rights.__"),
      ("[privacy@inkwellarchive.org](mailto:privacy@inkwellarchive.org)", "<privacy@inkwellarchive.org>"),
      ("([ico.org.uk](https://ico.org.uk))", "(<https://ico.org.uk>)")]),
    # --- huddle (group chat for clubs) ---
    (en("huddle"), "major", ["R8"], False, False,
     "Longer retention: deleted messages are removed \"from our backups within 30 days\" -> \"within 180 days\"; the date stamp changes as well.",
     [("from our backups within 30 days.", "from our backups within 180 days."),
      ("Last updated: 1 March 2026", "Last updated: 14 April 2026")]),
    (en("huddle"), "minor", ["R9"], False, False,
     "A second rights channel is added while the in-app form stays: \"or email our Data Protection Officer at dpo@huddleup.app\"; easier, not harder.",
     [("To make a request, use the form in Settings > Help > Privacy request.", "To make a request, use the form in Settings > Help > Privacy request, or email our Data Protection Officer at dpo@huddleup.app.")]),
    # --- kindred (friendship app) ---
    (en("kindred"), "rights_reducing", ["R10"], False, False,
     "Legal basis for location changes from \"Consent - you can withdraw it at any time by turning off location access\" to \"Contract ... location access is required to use the app\": the right to withdraw consent is removed.",
     [("| Use your location to suggest people and groups near you | Consent - you can withdraw it at any time by turning off location access for Kindred in your phone settings |",
       "| Use your location to suggest people and groups near you | Contract - suggesting people near you is the core of the Kindred service, so location access is required to use the app |"),
      ("Last updated: 14 November 2025", "Last updated: 2 March 2026")]),
    (en("kindred"), "editorial", ["R1"], False, False,
     "Copy-editing only: \"Comissioner's\" is corrected, \"for friendship only:\" becomes \"only for friendship;\" and \"to meet people nearby with shared interests\" is reworded; no change of meaning.",
     [("Information Comissioner's Office", "Information Commissioner's Office"),
      ("Kindred is for friendship only: there is no dating mode.", "Kindred is only for friendship; there is no dating mode."),
      ("to meet people nearby with shared interests.", "to meet nearby people who share their interests.")]),
    # --- studyowl (AI homework helper) ---
    (en("studyowl"), "major", ["R7", "R5"], False, False,
     "Minimum age lowered from 13 to 11: for students aged 11 and 12 \"we ask for a parent's email address\" and send the parent \"a weekly summary of the subjects their child has studied\": new data subjects and data, and a new recipient.",
     [("StudyOwl is for students aged 13 and over. We do not knowingly collect personal data from children under 13; if we find that an account belongs to a child under 13, we close it and delete its data.",
       "StudyOwl is for students aged 11 and over. Students aged 11 and 12 need a parent's permission: when they sign up, we ask for a parent's email address and send the parent a link to approve the account and to receive a weekly summary of the subjects their child has studied. We do not knowingly collect personal data from children under 11; if we find that an account belongs to a child under 11, we close it and delete its data."),
      ("school year and the subjects you choose.", "school year and the subjects you choose, and, for students under 13, a parent's email address and the date the parent approved the account.")]),
    (en("studyowl"), "minor", ["R9"], False, False,
     "A new option: \"you can switch history off in Settings > Privacy, in which case each conversation is deleted when you close it\"; a new control that reduces what is kept.",
     [("Your conversation history is saved so that you can go back to it.", "Your conversation history is saved so that you can go back to it; you can switch history off in Settings > Privacy, in which case each conversation is deleted when you close it.")]),
    # --- fitmirror (virtual try-on app) ---
    (en("fitmirror"), "rights_reducing", ["R12", "R7"], False, False,
     "Promise reversed: camera images \"are processed on your device and never leave it; we do not receive, store or see them\" -> \"Camera images are sent to our servers\", and the 3D body model is now kept in the account as new \"Body data\".",
     [("Camera images and the 3D body model we estimate from them are processed on your device and never leave it; we do not receive, store or see them.",
       "Camera images are sent to our servers, where we estimate a 3D model of your body and render the garment on it. We delete the camera images within 24 hours and keep your 3D body model in your account so that future try-ons are faster."),
      ("- Account data: email address, password and country.", "- Account data: email address, password and country.\n- Body data: your 3D body model, estimated from your camera images.")]),
    (en("fitmirror"), "minor", ["R17"], False, False,
     "A processor is removed: \"Amplitude (product analytics, United States)\" disappears from the processor list; nothing replaces it.",
     [("Google Cloud (hosting, Belgium), Amplitude (product analytics, United States), Sentry", "Google Cloud (hosting, Belgium), Sentry")]),
    # --- mirrorfolk (AI companion app, cookie policy) ---
    (en("mirrorfolk"), "major", ["R15", "R2"], True, False,
     "New purpose for an existing marketing cookie: \"_fbp\" now also \"adds visitors of our website to audiences so that Meta can show them Mirrorfolk ads\" (retargeting), beyond counting sign-ups; consent given for measurement does not cover it.",
     [("| _fbp | Meta Platforms Ireland Ltd | Marketing | Counts sign-ups that follow our ads on Facebook and Instagram | 90 days |",
       "| _fbp | Meta Platforms Ireland Ltd | Marketing | Counts sign-ups that follow our ads on Facebook and Instagram, and adds visitors of our website to audiences so that Meta can show them Mirrorfolk ads | 90 days |"),
      ("so that we know which of our campaigns work.", "so that we know which of our campaigns work. They also let Meta show our ads on Facebook and Instagram to people who have visited our website (retargeting).")]),
    (en("mirrorfolk"), "editorial", ["R1"], False, True,
     "Technical re-rendering: straight apostrophes are captured as typographic ones (\"don't\" -> \"don\u2019t\", \"Meta's\" -> \"Meta\u2019s\") and the \"&ndash;\" entity is decoded to a dash; no word changes.",
     [*retyped(EN_MIRRORFOLK, "'", "\u2019"),
      ("privacy@mirrorfolk.ai &ndash; Mirrorfolk Ltd", "privacy@mirrorfolk.ai \u2013 Mirrorfolk Ltd")]),
    # --- chordsmith (AI music generator) ---
    (en("chordsmith"), "major", ["R3"], False, False,
     "Controller identity changes: after joining Resonant Media Group, \"Chordsmith Ltd and Resonant Media B.V. ... are joint controllers of your personal data\" instead of Chordsmith Ltd alone.",
     [("Chordsmith Ltd is the controller of your personal data.",
       "Since March 2026, Chordsmith Ltd has been part of Resonant Media Group. Chordsmith Ltd and Resonant Media B.V., Herengracht 480, 1017 CB Amsterdam, the Netherlands, are joint controllers of your personal data; Resonant Media B.V. answers requests from users in the European Union."),
      ("Last updated: 2 February 2026", "Last updated: 1 April 2026")]),
    (en("chordsmith"), "editorial", ["R1"], False, False,
     "Two sentences are rephrased (the service description and \"We will email you before any significant change\" -> \"Before any significant change ..., we will let you know by email\"); meaning unchanged.",
     [("Chordsmith is an AI music generator: describe a song, hum a melody or upload a chord progression, and Chordsmith composes a track you can edit and download.",
       "Chordsmith is an AI music generator. Describe a song, hum a melody or upload a chord progression and Chordsmith will compose a track that you can edit and download."),
      ("We will email you before any significant change to this policy.", "Before any significant change to this policy, we will let you know by email.")]),
    # --- askwell (Q&A community, cookie policy) ---
    (en("askwell"), "minor", ["R9"], False, False,
     "Shorter cookie lifetime: the Matomo cookie \"_pk_id stores a random visitor number for 13 months\" -> \"for 6 months\"; date stamp updated. Not adverse.",
     [("The cookie _pk_id stores a random visitor number for 13 months;", "The cookie _pk_id stores a random visitor number for 6 months;"),
      ("Last update: 21 October 2025", "Last update: 12 January 2026")]),
    (en("askwell"), "editorial", ["R1"], False, False,
     "Copy-editing: heading \"How to choose\" -> \"Managing your choices\", \"as simple as accepting\" -> \"just as easy as accepting\", and the contact sentence is reworded with the same address.",
     [("## 3. How to choose", "## 3. Managing your choices"),
      ("Refusing is as simple as accepting.", "Refusing is just as easy as accepting."),
      ("Send any questions to cookies@askwell.org.", "If you have any questions about cookies, write to cookies@askwell.org.")]),
]

# ---------------------------------------------------------------------------------------------------------------
# French bases
# ---------------------------------------------------------------------------------------------------------------

FR_BASES: dict[str, tuple[str, str, str]] = {}

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
