# ruff: noqa: E501
"""Blind set blind14: 80 labelled policy changes (40 English, 40 French) the classifier has never seen.

Why it exists: the classifier is measured once on text nobody tuned it against, so the figure says how it
does on other companies' changes rather than on the corpus it was developed with. How it was written: every
label comes from legal-rules.md alone (rules R1-R19); the writer never saw the classifier, its tests or
earlier blind sets. The theme is business software, platforms and professional services whose policies
cover customers, their end users and visitors (CRM, recruiting, analytics, ad tech, law and accountancy
firms, parcels, mobile, banking, store builders, newsletters, freelancing, video calls, chat widgets,
backup, hosting, transcription, data brokers, identity checks, payment terminals, fleet telematics).
All pairs sit on 40 fresh bases (20 per language) written here, one per organisation, two pairs per base;
no corpus record is used as a base. Technical re-renderings are built by small helpers below that change
only the Markdown form of a block (table padding, list markers, wrapping, headings, link syntax, escapes).
"""

from __future__ import annotations

import re
import sys
import textwrap
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_edits import Pair, before, corpus_records, drop, pairs, rebuild  # noqa: F401

NAME = "blind14"
WRITTEN = "2026-11-29"


# ---------------------------------------------------------------------------------------------------------
# Helpers for technical re-renderings: each returns an (anchor, replacement) edit whose replacement differs
# from the anchor only in Markdown form.


def block(text: str, start: str, end: str) -> str:
    """The slice of text from the line holding start up to (not including) the line holding end."""
    i = text.index(start)
    i = text.rfind("\n", 0, i) + 1
    j = text.index(end, i)
    j = text.rfind("\n", 0, j) + 1
    return text[i:j]


def pad_table(part: str) -> str:
    """Re-render every Markdown table row in part with columns padded to equal width."""
    lines = part.split("\n")
    rows = [i for i, line in enumerate(lines) if line.startswith("|")]
    cells = {i: [c.strip() for c in lines[i].strip().strip("|").split("|")] for i in rows}
    width: dict[int, int] = {}
    for cs in cells.values():
        for k, c in enumerate(cs):
            if not set(c) <= {"-", ":"}:
                width[k] = max(width.get(k, 3), len(c))
    for i, cs in cells.items():
        out = []
        for k, c in enumerate(cs):
            out.append("-" * width[k] if set(c) <= {"-", ":"} else c.ljust(width[k]))
        lines[i] = "| " + " | ".join(out) + " |"
    return "\n".join(lines)


def rewrap(part: str, width: int = 78) -> str:
    """Hard-wrap every plain paragraph of part (headings, lists and tables are left alone)."""
    out = []
    for para in part.split("\n\n"):
        if para.startswith(("#", "-", "*", "|")) or not para.strip():
            out.append(para)
        else:
            out.append(textwrap.fill(para, width=width, break_long_words=False, break_on_hyphens=False))
    return "\n\n".join(out)


def rerender(text: str, start: str, end: str, how: Any) -> tuple[str, str]:
    """An edit replacing the block between start and end by its re-rendering."""
    part = block(text, start, end)
    new = how(part)
    assert new != part, f"re-rendering changes nothing at {start!r}"
    return (part, new)


# ---------------------------------------------------------------------------------------------------------
# English bases

EN_CRM = """# Pipewell Privacy Notice

Last updated: 3 March 2026

Pipewell is a customer relationship management (CRM) platform used by small and mid-sized sales teams. This notice explains how Pipewell Software Limited ("Pipewell", "we", "us") handles personal data about the people who use our platform, the contacts our customers store in it, and visitors to pipewell.io.

## 1. Who we are and our role

Pipewell Software Limited is a company registered in Ireland (company number 612874) with its registered office at 14 Grand Canal Quay, Dublin 2, D02 KX62, Ireland.

- For **account data** (the details of the people who sign up for and use Pipewell) and **website data**, we are the controller.
- For **customer content** (the contacts, deals, e-mails, notes and files that our customers upload or sync into Pipewell), our customer is the controller and we act as its processor under our [Data Processing Agreement](https://pipewell.io/legal/dpa). If you are a contact stored in a customer's workspace and want to exercise your rights, please contact that customer first; we will help them respond.

Our Data Protection Officer can be reached at dpo@pipewell.io.

## 2. The data we collect

### 2.1 Account data

When you create an account or are invited to a workspace, we collect:

- your name, work e-mail address, job title and company name;
- your password (stored only as a salted hash) and, if you enable it, the phone number used for two-factor authentication;
- billing details for the workspace owner: billing address, VAT number and the last four digits of the payment card (full card numbers are handled by our payment provider and never reach our servers);
- your settings and preferences, such as time zone, language and notification choices.

### 2.2 Usage data

When you use the Pipewell web and mobile apps we record log data: IP address, browser and device type, the pages and features you use, timestamps and error reports. We use this to keep the service running, to secure it and to understand which features are used.

### 2.3 Customer content

Customer content is whatever our customers choose to store: typically names, business e-mail addresses, phone numbers, job titles, company details, deal history, e-mail threads synced from a connected mailbox, call notes and attached files. We process customer content only on our customer's documented instructions, to provide the service.

### 2.4 Website data

When you visit pipewell.io we collect the information you submit in forms (for example a demo request) and, with your consent, the analytics information described in our [Cookie Policy](https://pipewell.io/legal/cookies).

## 3. Why we use your data and our legal bases

| Purpose | Data used | Legal basis |
| --- | --- | --- |
| Providing and supporting the service | Account data, usage data | Performance of our contract with you or your employer |
| Billing and accounting | Billing details | Contract; legal obligation (tax records) |
| Security, fraud and abuse prevention | Usage data, account data | Legitimate interests in protecting the service |
| Product analytics to improve features | Usage data (pseudonymised) | Legitimate interests |
| Product news and marketing e-mails | Name, e-mail address | Consent, which you can withdraw at any time |
| Answering demo and sales requests | Website form data | Legitimate interests; steps before entering into a contract |

We do not use customer content for our own marketing, and we do not sell personal data.

## 4. Who we share data with

We use a small number of service providers (sub-processors) who process data on our behalf under written contracts that require confidentiality and appropriate security. The current list is:

| Sub-processor | Purpose | Location of processing |
| --- | --- | --- |
| Amazon Web Services EMEA SARL | Hosting and storage | Ireland (eu-west-1) |
| Stripe Payments Europe Ltd | Card payments | Ireland |
| Postmark (ActiveCampaign LLC) | Transactional e-mail delivery | United States |
| Zendesk Inc. | Customer support tickets | United States |
| Elastic N.V. | Search indexing of customer content | Germany |

You can read the privacy policies of these providers: [AWS](https://aws.amazon.com/privacy/), [Stripe](https://stripe.com/privacy), [Postmark](https://postmarkapp.com/privacy-policy) and [Zendesk](https://www.zendesk.com/company/agreements-and-terms/privacy-notice/).

We may also disclose data where required by law, for example in response to a valid court order, or to a buyer in the event of a sale of our business, in which case we will tell you beforehand.

## 5. International transfers

Our main hosting is in the European Union. Where a sub-processor processes data in the United States, we rely on the EU-U.S. Data Privacy Framework where the provider is certified, and otherwise on the European Commission's Standard Contractual Clauses with supplementary measures such as encryption in transit and at rest.

## 6. How long we keep data

- Account data: for as long as the account is active, then 90 days after closure, after which it is deleted.
- Customer content: deleted within 30 days after the workspace is closed, unless the customer exports or deletes it earlier; backups roll over within a further 35 days.
- Usage logs: 12 months.
- Billing records: 6 years, as required by Irish tax law.
- Marketing consent records: as long as you stay subscribed, plus 2 years.

## 7. Security

We encrypt data in transit (TLS 1.2 or higher) and at rest (AES-256). Acess to production systems is limited to named engineers, protected by hardware security keys, and logged. We run an annual penetration test and hold ISO/IEC 27001 certification. If a personal data breach affects you, we will tell you without undue delay where the law requires it.

## 8. Your rights

You have the right to access, correct and delete your personal data, to restrict or object to its processing, to data portability, and to withdraw consent at any time where we rely on consent. You can exercise these rights by e-mailing privacy@pipewell.io or from **Settings > Privacy** in the app. We will reply within one month; if a request is complex we may extend this by up to two further months and will tell you why within the first month. We may ask you to confirm a request from the e-mail address linked to your account.

You also have the right to lodge a complaint with the Data Protection Commission in Ireland ([www.dataprotection.ie](https://www.dataprotection.ie)) or with the supervisory authority where you live.

## 9. Changes to this notice

If we make material changes we will notify workspace owners by e-mail and show a notice in the app at least 30 days before they take effect. The date at the top shows when this notice was last updated.

## 10. Contact

Questions? Write to privacy@pipewell.io or to Pipewell Software Limited, Data Protection, 14 Grand Canal Quay, Dublin 2, D02 KX62, Ireland.
"""

EN_RECRUIT = """# Hireloom Candidate and User Privacy Policy

Effective 12 January 2026

Hireloom is an applicant tracking system and job board. Employers ("Clients") use Hireloom to publish vacancies and manage applications; candidates use it to find jobs and apply. This policy explains what Hireloom Ltd does with personal data. It applies to candidates, to Client users, and to visitors of hireloom.com.

## When we are the controller and when the employer is

When you apply to a job with a Client, that Client decides what happens with your application and is the controller of it; Hireloom processes your application on the Client's behalf. Hireloom is the controller of your Hireloom candidate account, of the job alerts you subscribe to, and of our own website.

## What we collect from candidates

- Identity and contact details: name, e-mail address, phone number, town or postcode.
- Your CV and cover letter, and anything you type into application forms, such as work history, qualifications, right-to-work status and salary expectations.
- Answers to screening questions set by the employer.
- Interview scheduling information and the notes and ratings that the Client's recruiters add to your application.
- Account and device information when you log in: IP address, browser type and login times.

We do not ask for information about health, ethnicity, religion or sexual orientation. Some Clients run optional equal-opportunities surveys; your answers are stored separately, reported to the Client only in aggregate, and never shown to the people assessing your application.

## How applications are handled

Applications are reviewed by the Client's recruiters and hiring managers. Hireloom tools help them sort and filter applications, for example by the date received or by answers to knock-out questions the Client has set (such as "Do you hold a valid driving licence?"). Every decision to reject or progress an application is taken by a person at the Client.

## What we use candidate data for

- To deliver your application to the employer and let you follow its progress.
- To send you the job alerts you have asked for. You can unsubscribe from any alert e-mail.
- To keep your candidate account secure and prevent fraudulent job postings.
- To produce anonymous statistics about the job market, which never identify individual candidates.

## Client users

For recruiters and hiring managers we collect name, work e-mail, role, and a record of actions taken in the platform (an audit trail), which Clients use to show that their hiring process is fair and consistent.

## Sharing

We share an application only with the Client you applied to and with our hosting and e-mail providers, who act under contract and on our instructions. Our hosting provider is Microsoft Ireland Operations Ltd (Azure, West Europe region). We never sell candidate data and we never show your CV to employers you have not applied to unless you switch on "Make my profile visible to recruiters".

## How long we keep data

Your candidate account stays open until you close it. If you have not logged in for 24 months we will e-mail you and then delete the account. Applications are kept for as long as the Client decides, but by default an unsuccessful application is deleted 24 months after the vacancy closes.

## Your rights

You can access, correct, download or delete your candidate account at any time from **Account > Privacy**. For applications, contact the employer directly or write to privacy@hireloom.com and we will pass your request on within 5 working days. You can complain to the Information Commissioner's Office (ico.org.uk).

## Contact

Hireloom Ltd, 2 Albion Place, Leeds LS1 6JL, United Kingdom. Data protection contact: privacy@hireloom.com.
"""

EN_ANALYTICS = """# Tallystat Privacy Policy

Last updated 20 February 2026

Tallystat is a web analytics service. Website owners ("customers") add our script to their sites to count visits and see which pages are popular. This policy covers two groups of people: our customers, who hold a Tallystat account, and the visitors of the websites that use Tallystat.

## Our approach

Tallystat is built to measure websites without following people. We do not use cookies or local storage on our customers' sites, we do not build profiles, and we do not track visitors across different websites. Each visit is counted using a daily identifier that is calculated from the visitor's IP address, user agent and the website's domain together with a random salt that changes every 24 hours. The salt is deleted when it changes, so yesterday's identifiers can no longer be linked to today's.

## Visitors of websites that use Tallystat

For each page view the Tallystat script sends us:

- the page address and the referring page;
- the browser, operating system and device type, derived from the user agent;
- the country, derived from the IP address;
- the screen width;
- the daily identifier described above.

The IP address itself is used only to calculate the country and the daily identifier and is never written to disk. For these page views our customer is the controller and Tallystat acts as its processor. If you want to exercise your rights about a visit, please contact the website you visited.

## Customers

When you open an account we collect your name, e-mail address, company name, billing address and payment information. We use this to provide the service, to bill you and to send you service messages. We also keep a log of logins to your account for security.

## Where the data is stored

All analytics data is stored and processed on servers rented from Hetzner Online GmbH in Falkenstein, Germany. Customer billing is handled by Paddle.com Market Ltd, which acts as our reseller and is the merchant of record for your payments.

## How long we keep the data

Raw page-view events are kept for 14 months, after which they are deleted and only aggregated daily counts remain. Aggregated counts contain no identifiers and are kept for the life of the customer's account. Account data is deleted 60 days after an account is closed, except invoices, which we keep for 10 years as required by German commercial law.

## Your rights

Customers can access, correct, export or delete their account data from the dashboard or by writing to privacy@tallystat.eu. We answer within one month. You can also complain to a data protection authority, for example the authority of the German state of Saxony, where we are established, or the one in your own country.

## Who we are

Tallystat GmbH, Königsbrücker Straße 96, 01099 Dresden, Germany. Managing director: Anja Wendt. E-mail: privacy@tallystat.eu.
"""

EN_PARCEL = """# Swiftcrate Privacy Notice

Version 4.2, published 9 February 2026

Swiftcrate Parcels Ltd ("Swiftcrate") delivers parcels across the United Kingdom and Ireland for online shops, businesses and private senders. This notice explains how we use personal data about the people who send parcels with us, the people who receive them, and the people who use our website and app. It is written for all of them.

## 1. Who is responsible

Swiftcrate Parcels Ltd, Unit 4, Meridian Park, Coventry CV3 4FJ, United Kingdom (company number 08813427) is the controller for the personal data described here. For deliveries in Ireland, our subsidiary Swiftcrate Parcels Ireland Ltd, Ballycoolin Business Park, Dublin 15, is joint controller with us; you can contact either company using the details at the end of this notice.

We have appointed a Data Protection Officer, who can be contacted at dpo@swiftcrate.co.uk.

## 2. Where we get your data from

If you are receiving a parcel, we usually get your details from the sender, for example the online shop you bought from. The sender gives us what we need to deliver: your name, delivery address, and often your e-mail address and mobile number so that we can tell you when your parcel is coming. If you send a parcel yourself, or use our app or website, you give us your details directly.

## 3. What we collect

### Recipients

- Name and delivery address, and any delivery instructions the sender passes on.
- E-mail address and mobile number, if the sender provides them.
- Your delivery preferences, if you use our app or tracking page to choose a safe place, a neighbour, a pickup point or another day.
- Proof of delivery: the name of the person who took the parcel and their signature on the driver's handheld device, or the safe place where the parcel was left.
- Records of calls, e-mails and chats with our customer service team.

### Senders

- Name, address, e-mail address and phone number.
- Payment details, if you pay online (processed by our payment provider; we only see the last four digits).
- The contents description and declared value of parcels, and customs information for parcels leaving the UK.

### App and website users

- Account details if you register: name, e-mail address, password and saved addresses.
- Device and usage information: device type, operating system, app version, IP address and crash reports.
- Cookies and similar technologies on our website, as explained in our [Cookie Policy](https://www.swiftcrate.co.uk/cookies).

## 4. Why we use your data

We use personal data to:

1. collect, sort, transport and deliver parcels, and to manage returns;
2. send you delivery notifications by e-mail or text message, including a one-hour delivery window on the day;
3. let you change your delivery through the app or tracking page;
4. deal with enquiries, complaints and claims for lost or damaged parcels;
5. prepare customs declarations for international parcels;
6. keep our depots, vehicles and staff safe, including CCTV in depots and dash cameras in vans;
7. improve our routes and services using delivery statistics;
8. meet our legal obligations, for example for tax, customs and health and safety.

Our legal bases are the performance of our contract with the sender (and, where you have an account, with you), our legitimate interest in delivering the parcels entrusted to us and in running a safe and efficient network, and our legal obligations. We send you delivery notifications as part of delivering the parcel, not as marketing. We only send marketing to people who have opted in, and every marketing message contains an unsubscribe link.

## 5. Who we share data with

| Recipient | Why | Where |
| --- | --- | --- |
| The sender of your parcel | To confirm delivery and deal with claims | UK and Ireland |
| Self-employed couriers working for Swiftcrate | To deliver your parcel | UK and Ireland |
| Pickup point shops in our network | If you choose or are sent to a pickup point | UK and Ireland |
| HM Revenue & Customs and Irish Revenue | Customs declarations | UK and Ireland |
| Textlocal Ltd | Sending text messages | UK |
| Salesforce (Service Cloud) | Customer service case management | EU data centres, with support access from the United States |
| Our insurers and loss adjusters | Claims for lost or damaged parcels | UK |

We do not sell your personal data, and we never use recipients' details received from senders for our own marketing.

## 6. Transfers outside the UK and EU

Most of our processing takes place in the UK and the European Economic Area. Salesforce may access customer service records from the United States for support purposes; this is covered by the UK International Data Transfer Addendum and the EU Standard Contractual Clauses. You can ask us for a copy of these safeguards.

## 7. How long we keep it

- Parcel and delivery records, including proof of delivery: 2 years after delivery.
- Customer service records: 3 years after the case is closed.
- CCTV footage: 31 days, unless needed for an investigation.
- Dash camera footage: 14 days, unless needed for an accident or claim.
- App accounts: until you delete the account, or after 3 years of inactivity.
- Customs records: 6 years.

## 8. Your rights

You can ask for a copy of your data, ask us to correct or delete it, ask us to restrict its use, object to processing based on our legitimate interests, and ask for data you gave us to be transferred to you or another company. Where we rely on consent, you can withdraw it at any time.

To make a request, e-mail dpo@swiftcrate.co.uk or write to the Data Protection Officer at our Coventry address. We will respond within one month. If you are unhappy with how we have handled your data, you can complain to the Information Commissioner's Office (ico.org.uk) or, for Ireland, to the Data Protection Commission (dataprotection.ie).

## 9. Contact us

For questions about a delivery, call our customer service team on 0330 808 4150 (Monday to Saturday, 8am to 6pm). For privacy questions, contact our Data Protection Officer at dpo@swiftcrate.co.uk.

We may update this notice from time to time. When we make important changes we will tell account holders by e-mail and show a banner on our tracking page.
"""

EN_TELECOM = """# Brightwave Mobile Privacy Policy

Last reviewed: 27 January 2026

Brightwave Mobile Limited ("Brightwave", "we") is a mobile network operator. This policy explains how we collect and use personal data about our customers on pay monthly and pay as you go plans, the people who use phones on business accounts we provide, and visitors to our shops and website. It also covers the people our customers call or message, to the extent we process their numbers to carry the communication.

## Who we are

Brightwave Mobile Limited, 80 Blackfriars Road, London SE1 8HA, is the controller. You can reach our Data Protection Officer at dataprotection@brightwave.co.uk or by writing to the address above, marked "Data Protection Officer".

## Information we collect

**Account information.** Your name, address, date of birth, e-mail address, contact number, and for pay monthly customers your bank details and the results of the credit check we carry out when you apply.

**Network and traffic data.** To connect your calls, texts and data sessions we process the numbers you call and message, the time and duration of calls, the amount of data used, and the cell sites your phone connects to, which reveals your approximate location. We need this information to run the network and to bill you.

**Customer service records.** Notes of your contacts with us in our shops, on the phone and in web chat. Calls to our customer service team are recorded.

**Online information.** If you use the My Brightwave app or our website we collect login details, device identifiers and information about how you use them. See our [Cookie Policy](https://www.brightwave.co.uk/cookies) for cookies.

**Information from third parties.** Credit reference agencies and fraud prevention agencies give us information when you apply for a pay monthly contract.

We do not read the content of your text messages or listen to your calls, except where the law requires us to help law enforcement under a warrant.

## How we use your information

| What we do | Legal basis |
| --- | --- |
| Connect your calls, texts and data and bill you | Contract |
| Check your credit and identity when you apply | Legitimate interests; legal obligation |
| Prevent and detect fraud and network misuse | Legitimate interests; legal obligation |
| Record customer service calls for training our staff and to check what was agreed | Legitimate interests |
| Tell you about offers and new products | Consent (text and e-mail); legitimate interests (post) |
| Plan and improve the network using anonymised traffic statistics | Legitimate interests |
| Respond to lawful requests from the police and other authorities | Legal obligation |

We never use your location data or browsing data to target advertising, and we never sell information that identifies you.

## Who we share it with

- Credit reference agencies (Experian, Equifax, TransUnion) and the fraud prevention agency Cifas, as explained in our [Credit Reference Agency Information Notice](https://www.brightwave.co.uk/crain).
- Other network operators, to connect calls to their customers and to transfer your number when you switch.
- Companies that work for us, such as our billing system provider, our customer service centre in Glasgow, our delivery company for handsets, and our IT providers. They only act on our instructions.
- Debt collection agencies, if you do not pay what you owe after we have reminded you.
- The police, the security services and other public bodies when we are legally required to.
- The emergency services, including your location, when you call 999 or 112.

## International transfers

Our billing platform is supported by engineers in India. When they access customer data we protect it with the UK International Data Transfer Agreement and strict access controls. Otherwise your data stays in the UK.

## How long we keep it

| Type of information | How long |
| --- | --- |
| Account and billing information | 6 years after your account closes |
| Traffic data for billing | 12 months |
| Cell site location data | 12 months |
| Call recordings | 6 months |
| Web chat transcripts | 12 months |
| Credit check results | 6 years |

## Your rights

You have the right to:

- ask for a copy of the information we hold about you;
- ask us to correct inaccurate information;
- ask us to delete your information where we no longer need it;
- object to us using your information for marketing at any time, and to other uses based on legitimate interests;
- ask us to restrict how we use your information while a complaint is looked at;
- ask for a copy of the information you gave us in a format you can take to another provider.

### How to make a request

You can make a request through the My Brightwave app (**Settings > My data**), by e-mailing dataprotection@brightwave.co.uk, or in any Brightwave shop. We will need to confirm your identity, usually by asking security questions about your account. Access requests are free of charge. We will reply within one month.

If you are not satisfied, you can complain to the Information Commissioner's Office at ico.org.uk or on 0303 123 1113.

## Marketing preferences

You can change your marketing preferences at any time in the app, by texting STOP to 2020, or by calling 150 from your Brightwave phone.

## Children

Pay monthly contracts are only available to people aged 18 or over. Parents can add a child's SIM to their account; in that case we hold the child's name and date of birth and apply our content filter to the line by default. The account holder can manage the filter and the child's usage from the app.

## Keeping your information safe

We store account information in data centres in the UK, encrypt it in transit and at rest, and limit access to staff who need it for their job. Our shop and call centre staff must pass security questions before viewing your account, and we monitor our systems for unusual access.

## Changes

We will tell you by text or e-mail about any important change to this policy at least a month before it takes effect.
"""

EN_BANK = """# Harbourside Bank Privacy Notice for Personal Customers

Effective from 1 April 2026

This notice explains how Harbourside Bank plc uses personal information about you if you hold, or apply for, a current account, savings account, credit card, overdraft or personal loan with us, and about other people connected with your accounts, such as joint account holders, people holding a power of attorney and people who pay money to you or receive money from you.

## 1. Who we are

Harbourside Bank plc is the controller of your personal information. Our registered office is 1 Harbour Exchange Square, Bristol BS1 4DJ. We are authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority.

Our Data Protection Officer can be contacted at dpo@harbourside-bank.co.uk or at the registered office address.

## 2. The information we use

We use the following categories of personal information:

- **Identity and contact details**: name, title, date of birth, address history, e-mail address, phone numbers, nationality and national insurance number.
- **Identity documents**: copies of your passport or driving licence, and a photograph or short video of you taken in our app to match you to your document when you open an account online.
- **Financial information**: your income, employment, outgoings and other commitments you tell us about when you apply for credit.
- **Transaction information**: payments into and out of your accounts, including who you pay and who pays you, card transactions and merchant details, and cash withdrawals.
- **Information from credit reference and fraud prevention agencies**: your credit history, public records such as county court judgments and insolvencies, and fraud markers.
- **Device and online banking information**: IP address, device identifiers, the way you type and use your device in our app (used only to confirm it is really you), and your login history.
- **Communications**: records of your contacts with us, including recordings of phone calls and copies of secure messages.
- **Vulnerability information**: if you tell us about circumstances, such as health or bereavement, that mean you need extra support, we record this with your agreement so that we can help you.

## 3. What we use it for and our legal bases

| Purpose | Legal basis |
| --- | --- |
| Opening and running your accounts, making payments, providing cards | Performance of a contract |
| Confirming your identity and preventing money laundering and terrorist financing | Legal obligation |
| Credit scoring when you apply for an overdraft, credit card or loan | Steps at your request before entering into a contract |
| Detecting and preventing fraud | Legitimate interests; legal obligation |
| Collecting debts and helping customers in financial difficulty | Performance of a contract; legitimate interests |
| Recording calls to check instructions and train our staff | Legitimate interests |
| Telling you about our own products and offers | Consent for e-mail, text and app notifications; legitimate interests for post |
| Supporting customers in vulnerable circumstances | Explicit consent |
| Reporting to tax authorities, regulators and law enforcement | Legal obligation |

### Automated decisions

When you apply for credit, we use an automated credit scoring system that looks at the information in your application, how you have run your accounts with us and the information from credit reference agencies. The system may decide to decline your application. If it does, you can ask for a member of our lending team to review the decision, give us your point of view and ask us to explain how the decision was reached. Call us on 0345 600 2255 or write to us within 30 days of the decision.

We also use automated systems to spot payments that may be fraudulent. If a payment is stopped, we will contact you to check it.

## 4. Who we share your information with

- **Credit reference agencies**: Experian, Equifax and TransUnion. When you apply for credit we carry out a search, and we share information about how you manage your credit accounts with them every month. Read the [Credit Reference Agency Information Notice](https://www.experian.co.uk/crain) for more.
- **Fraud prevention agencies**: Cifas and National Hunter. If we or they find that you pose a fraud or money laundering risk, we may refuse to provide services to you.
- **Payment systems and other banks**: Faster Payments, Bacs, CHAPS, Visa, and the bank of the person you pay or who pays you.
- **Service providers**: our card processor, our IT and cloud providers, our printing and mailing house, and our debt collection agents. They act on our instructions.
- **Authorities**: HM Revenue & Customs, the Financial Conduct Authority, the Financial Ombudsman Service and law enforcement agencies, when the law requires it.
- **People you authorise**: anyone you have authorised to act for you, and third-party providers you connect through open banking.

We never sell your personal information, and we never share it with other companies for their own marketing.

## 5. Transfers outside the UK

Our core banking and card systems are hosted in the UK. Payment messages to banks outside the UK go through the SWIFT network, which stores messages in the EU and Switzerland. Where a service provider accesses data from outside the UK, we use contracts approved by the Information Commissioner, such as the International Data Transfer Agreement, and check that the data stays protected.

## 6. How long we keep your information

We keep your information for as long as you are a customer and for 7 years after your last account closes, so that we can answer complaints and meet our legal and regulatory obligations. If you apply for an account or credit and we do not open one, we keep your application for 12 months. Call recordings are kept for 5 years, as the Financial Conduct Authority requires. We keep information about suspected fraud for up to 6 years.

## 7. Your rights

You have the right to:

- get a copy of your personal information (a subject access request);
- ask us to correct information that is wrong or incomplete;
- ask us to delete your information, where we no longer have a reason to keep it;
- object to us using your information on the basis of our legitimate interests, including for marketing at any time;
- ask us to restrict the use of your information;
- ask for information you have given us to be transferred in a portable format;
- withdraw your consent where we rely on it;
- ask for a person to review an automated decision, as explained above.

To use your rights, call us on 0345 600 2255, speak to us in any branch, send us a secure message in online banking, or write to Customer Data Requests, Harbourside Bank plc, PO Box 3110, Bristol BS1 9XY. We may need to check your identity before we act on your request. We will respond within one month of receiving your request. If your request is complex, we may need up to two more months and will tell you why within the first month.

If you are not happy with how we have used your information, please tell us first so we can try to put things right. You also have the right to complain to the Information Commissioner's Office: [ico.org.uk/make-a-complaint](https://ico.org.uk/make-a-complaint) or 0303 123 1113.

## 8. Marketing

We will only send you marketing by e-mail, text or app notification if you have agreed. You can change your mind at any time in the app under **Profile > Contact preferences**, or by calling us. We will still send you messages we must send about your accounts.

## 9. Changes to this notice

We review this notice regularly. If we make changes that affect you, we will write to you or send you a message in online banking at least two months before the change, as we do for changes to your account terms.
"""

EN_LAW = """# Privacy Notice

**Hallam Pryce LLP, Solicitors**

Updated 15 May 2026

Hallam Pryce LLP is a firm of solicitors advising businesses and private individuals on commercial, property, employment and family matters. We take the confidentiality of our clients' affairs seriously, and this notice explains how we handle personal data about our clients, the other parties and witnesses in our clients' matters, and visitors to our offices and website.

## Who we are

Hallam Pryce LLP is a limited liability partnership registered in England and Wales (number OC318842), authorised and regulated by the Solicitors Regulation Authority (SRA number 445120). Our registered office is 22 St Paul's Square, Birmingham B3 1QU. For the purposes of data protection law we are the controller of the personal data described in this notice.

Our Data Protection Partner is Margaret Ellison. You can contact her at dataprotection@hallampryce.co.uk.

## The information we hold

Depending on the matter, we may hold:

- your name, address, telephone numbers and e-mail address;
- identification documents and the results of identity and anti-money laundering checks;
- financial information, including bank details and the source of funds for a transaction;
- information about your family, employment, property or business that is relevant to your matter;
- in some matters, special category data such as health information (for example in a personal injury or employment claim) or information about criminal convictions, which we only process where it is necessary for establishing, exercising or defending legal claims;
- correspondence, attendance notes, court documents and other documents on the file.

If you are not our client, for example if you are the other side in a dispute or a witness, we will usually have received your information from our client, from the other side's advisers or from public registers such as the Land Registry and Companies House.

## Why we use it

We use personal data to provide legal advice and services, to carry out conflict checks, to meet our obligations under anti-money laundering law and the SRA's rules, to bill clients and to manage our practice, including insurance and complaints. Our legal bases are the contract with our client, our legal and regulatory obligations, and our legitimate interests in running a law firm and in representing our clients' interests.

We will only send you our legal updates and event invitations if you have asked us to, and you can unsubscribe at any time.

## Who we share it with

We share information only where necessary for your matter or our practice: with barristers, experts, courts and tribunals, the other side and their advisers, HM Land Registry, search providers, our professional indemnity insurers, our auditors and the SRA. We use carefully selected IT providers, including our case management system provider and a secure document exchange service, which process data under contract. We do not sell personal data.

## How long we keep it

We normally keep client files for 15 years after the matter ends, which reflects the time during which a claim could be made against us. Files for wills and deeds are kept for as long as they may be needed. Anti-money laundering records are kept for 5 years after the end of the business relationship.

## Your rights

You can ask for access to your personal data, ask us to correct or erase it, to restrict its use, or object to us using it. Some rights are limited where the information is covered by legal professional privilege or where we need to keep it to meet a legal obligation. Please contact our Data Protection Partner to make a request; we will respond within one month.

If you are unhapy with how we have handled your information, you can complain to the Information Commissioner's Office at ico.org.uk. You can also contact the Legal Ombudsman about our service.
"""

EN_ACCOUNT = """# How Oakridge Kemp uses your information

Oakridge Kemp LLP, Chartered Accountants and Registered Auditors

This privacy notice applies to our clients, the individuals connected with our clients (such as directors, shareholders, employees and family members), and people who contact us through our website. Last updated 6 June 2026.

## About us

Oakridge Kemp LLP is the controller of your personal data. Our office is at 41 Castle Street, Shrewsbury SY1 2BW. If you have a question about this notice or your data, please contact our Practice Manager at privacy@oakridgekemp.co.uk or call 01743 551 200.

## What information we use

To prepare accounts, tax returns, payroll reports and audit work, we use the information our clients give us. This includes names, addresses, dates of birth, National Insurance numbers, Unique Taxpayer References, bank statements, salary and pension details, and information about your income, property and investments. For business clients we also receive information about the owners, directors and employees of the business.

We carry out identity checks required by anti-money laundering law when you become a client. This may include an electronic check through our provider SmartSearch, which uses credit reference data to confirm your identity; it leaves a soft footprint on your credit file that does not affect your credit score.

## Why we use it

We use your information to provide the services in our engagement letter, to meet our legal and professional obligations (including anti-money laundering law and the requirements of the ICAEW), and to manage our practice. We may use your contact details to send you our tax-deadline reminders and client newsletter; you can opt out of these at any time.

## Who sees it

Your information is shared with HM Revenue & Customs and Companies House when we file on your behalf, and with your bank, pension provider or other advisers where you ask us to. Our practice software and client portal are provided by Ledgerstone Ltd, and our files are stored in Microsoft 365 in UK data centres. Our work may be reviewed by the ICAEW quality assurance team and by our professional indemnity insurers.

## How long we keep it

We keep client records for 7 years after the end of the tax year or accounting period they relate to, and identity check records for 5 years after you stop being a client.

## Your rights

You have the right to ask for a copy of your data, to have it corrected or deleted, to restrict or object to its use, and to have it transferred to another accountant. Contact our Practice Manager to use these rights. You can complain to the Information Commissioner's Office at ico.org.uk if you think we have not handled your data properly.
"""

EN_ADTECH = """# Brightbid Cookie and Advertising Technology Policy

Last updated: 10 March 2026

Brightbid Media Ltd ("Brightbid") runs an advertising network. We help publishers (websites and apps) sell advertising space and help advertisers buy it through real-time auctions. This policy explains the cookies, pixels, mobile advertising identifiers and similar technologies ("cookies") that Brightbid uses on publishers' websites and in advertisers' adverts, and on our own corporate website brightbid.com. It is meant for the people who see adverts served through our network.

## 1. Who we are

Brightbid Media Ltd, 3rd Floor, 18 Shoreditch High Street, London E1 6PG, United Kingdom, with its EU representative Brightbid Media Europe B.V., Herengracht 420, 1017 BZ Amsterdam, Netherlands. For the cookies described here, we act as a controller, in some cases jointly with the publisher whose site you are visiting. Our Data Protection Officer can be reached at dpo@brightbid.com.

## 2. We only set cookies with your consent

On publishers' sites in the UK and the EEA we only set or read advertising cookies after you have given consent through the publisher's consent management platform. We participate in the IAB Europe Transparency & Consent Framework (vendor ID 1184) and read your choices from the consent string. If you refuse, we may still serve an advert, but it will be a contextual advert chosen from the content of the page, without reading or setting any identifier on your device.

## 3. What the cookies do

When you have consented, our cookies let us:

- recognise your browser with a random identifier, so that we do not show you the same advert too many times (frequency capping);
- show you adverts based on your interests, which we infer from the types of pages you have visited on sites in our network (interest-based advertising);
- show you adverts for products you have viewed on an advertiser's site (retargeting);
- measure whether adverts were seen and whether they led to a visit or purchase on the advertiser's site (measurement and attribution);
- detect and prevent advertising fraud, such as automated clicks.

We do not use cookies to infer sensitive information such as health, religion, sexual orientation or political opinions, and we do not create interest segments about children.

## 4. The cookies we use

| Name | Set by | Purpose | Lifetime |
| --- | --- | --- | --- |
| bb_uid | brightbid.com | Random identifier for your browser | 13 months |
| bb_seg | brightbid.com | Interest segments linked to bb_uid | 90 days |
| bb_fc | brightbid.com | Frequency capping counters | 30 days |
| bb_cv | brightbid.com | Records a visit to an advertiser's page for conversion measurement | 30 days |
| bb_optout | brightbid.com | Remembers that you opted out of Brightbid advertising | 13 months |
| bb_test | brightbid.com | Checks whether your browser accepts cookies | Session |

In mobile apps we use the device's advertising identifier (IDFA on iOS, Google Advertising ID on Android) for the same purposes, only where you have allowed it.

## 5. Partners who receive data through our platform

When an advert is auctioned, we send information about the advert space and, if you have consented, your Brightbid identifier and interest segments to the advertisers and demand-side platforms bidding for it. The main ones are listed below, with links to their privacy policies:

| Partner | Role | Privacy policy |
| --- | --- | --- |
| The Trade Desk | Demand-side platform | [thetradedesk.com/privacy](https://www.thetradedesk.com/general/privacy) |
| Google (Display & Video 360) | Demand-side platform | [policies.google.com/privacy](https://policies.google.com/privacy) |
| Xandr (Microsoft Invest) | Demand-side platform | [privacy.microsoft.com](https://privacy.microsoft.com/privacystatement) |
| DoubleVerify | Ad verification and fraud detection | [doubleverify.com/privacy](https://doubleverify.com/privacy-notice/) |
| Integral Ad Science | Ad verification and fraud detection | [integralads.com/privacy](https://integralads.com/privacy-policy/) |

We match our identifier with the identifiers of these partners using cookie syncing, in which each company's server exchanges its random identifier for your browser with the other's. We do not share your name, e-mail address or phone number with any partner, because we do not collect them.

## 6. What we collect through cookies

With your consent we collect: the Brightbid identifier; your IP address, which we truncate to the first three octets after determining your approximate location (town level); browser and device type; the address of the page where the advert appears; the adverts shown to you and whether you clicked them; and conversion events sent by advertisers' pixels, such as "product viewed" or "purchase completed" with the order value.

## 7. How long we keep the data

Log data linked to a Brightbid identifier is kept for 13 months and then aggregated. Interest segments expire after 90 days without a matching visit. Fraud detection logs are kept for 6 months.

## 8. Transfers

Our ad servers are located in Amsterdam and London. Some demand-side platforms listed above are based in the United States; when we send bid requests to them, we rely on the EU-U.S. Data Privacy Framework or Standard Contractual Clauses.

## 9. Your choices

- You can withdraw your consent at any time through the cookie settings link on the publisher's site.
- You can opt out of all Brightbid interest-based advertising on our [opt-out page](https://www.brightbid.com/optout); this sets the bb_optout cookie, so you will need to opt out again if you delete your cookies or use another browser.
- You can block third-party cookies in your browser settings, or reset your mobile advertising identifier in your phone's settings.
- You can also use the industry opt-out tools at [youronlinechoices.eu](https://www.youronlinechoices.eu).

You can ask us for access to or deletion of data linked to your Brightbid identifier by e-mailing dpo@brightbid.com with the identifier shown on our opt-out page. You have the right to complain to the Information Commissioner's Office or to the Dutch Autoriteit Persoonsgegevens.

## 10. Our own website

On brightbid.com we use only a session cookie to keep you logged in to the publisher and advertiser dashboards and, with your consent, Plausible analytics, which does not use cookies. We do not run advertising cookies on our corporate website.

## 11. Changes

We will update this policy when we change our cookies or partners. If a change requires your consent again, publishers' consent tools will ask you again.
"""

EN_STORE = """# Cookie Policy

Shopwright Commerce Ltd, last updated 2 April 2026

Shopwright is a platform that lets businesses build and run online stores. This cookie policy explains the cookies Shopwright places on the storefronts hosted on our platform (the shops you buy from) and on shopwright.com. Merchants may add their own cookies or apps to their storefront; those are described in the merchant's own cookie policy.

## What cookies are

Cookies are small text files that a website stores in your browser. Some are needed for the site to work; others help us understand how the site is used or help merchants show you relevant adverts. We only use cookies that are not strictly necessary if you agree to them in the cookie banner shown on your first visit.

## Cookies on storefronts

| Cookie | Type | What it does | Lifetime |
| --- | --- | --- | --- |
| sw_cart | Strictly necessary | Remembers the items in your basket | 14 days |
| sw_session | Strictly necessary | Keeps you logged in to your customer account and protects checkout | Session |
| sw_consent | Strictly necessary | Stores your cookie choices | 6 months |
| sw_locale | Functional | Remembers your language and currency | 12 months |
| sw_visit | Analytics | Counts visits and page views for the merchant's sales reports | 6 months |
| sw_attrib | Marketing | Records which advert or e-mail campaign brought you to the store, so the merchant can see which campaigns lead to sales | 30 days |

Strictly necessary cookies are always on. Analytics and marketing cookies are only set if you accept them, and functional cookies are only set if you change the language or currency.

## Merchant add-ons

Merchants can switch on integrations with advertising and analytics services, such as the Meta pixel, Google Analytics or TikTok pixel, from the Shopwright app store. These services place their own cookies and are controlled by the merchant together with the service provider. They are only loaded after you accept marketing or analytics cookies in the store's banner. You can read more in each provider's policy, for example <https://www.facebook.com/privacy/policy> and <https://policies.google.com/technologies/cookies>.

## Cookies on shopwright.com

On our own website we use strictly necessary cookies for the merchant login, and, if you agree, analytics cookies from Fathom Analytics to understand how visitors use our marketing pages. We do not use advertising cookies on shopwright.com.

## Managing your choices

You can change your choice at any time by clicking "Cookie settings" at the bottom of any storefront page or of shopwright.com. You can also delete cookies in your browser; see <https://www.aboutcookies.org/how-to-delete-cookies>. If you block strictly necessary cookies, your basket and checkout will not work.

## Contact

Shopwright Commerce Ltd, 9 Lower Mount Street, Dublin 2, Ireland. Questions about this policy: privacy@shopwright.com.
"""

EN_NEWSLETTER = """# Inkpost Privacy Policy

Effective 8 April 2026

Inkpost lets writers and organisations ("publishers") send newsletters and run paid subscriptions. This policy explains how Inkpost Labs Ltd handles personal data about publishers, the readers who subscribe to their newsletters, and visitors to inkpost.com.

## Our role

Inkpost is the controller of publisher account data and of reader accounts on inkpost.com. When a publisher imports a mailing list or collects subscribers for a newsletter, the publisher decides how those subscribers' data is used and we process it on the publisher's behalf. Each publisher has its own privacy notice, linked from its newsletter's footer.

## Data about readers

When you subscribe to a newsletter on Inkpost, we collect:

- your e-mail address, and your name if you give it;
- the newsletters you subscribe to and when you subscribed, including the page and IP address from which you subscribed, as a record of your consent;
- for paid subscriptions, your billing details, processed by Stripe; we receive only the card brand, last four digits and expiry date;
- comments you post and likes you give on posts;
- whether you opened an e-mail and which links you clicked, if open and click tracking is switched on (see below).

We only collect this data from you and from your use of Inkpost. We do not buy or rent mailing lists and we do not add data about you from other sources.

## Open and click tracking

Newsletters can contain a small invisible image and redirect links that tell the publisher and us whether an e-mail was opened and which links were clicked. We ask for your consent to this when you subscribe. Open and click tracking is based on your consent, and you can switch it off at any time under **Reader settings > Privacy**, after which your e-mails will no longer contain tracking images or redirect links.

## Data about publishers

Name, e-mail address, publication name, payout details (bank account held by Stripe Connect), tax information, and the content you publish and send. We also log your use of the publisher dashboard for security.

## What we use data for

- Delivering newsletters and managing subscriptions and payments.
- Showing publishers statistics about their newsletters: the number of subscribers, opens and clicks.
- Recommending other newsletters on inkpost.com to logged-in readers, based on the newsletters they already read. You can turn recommendations off in **Reader settings**.
- Preventing spam, abuse and fraud, and enforcing our content guidelines.
- Sending you service messages, such as receipts and security alerts.

We do not sell personal data, and we do not show third-party adverts in newsletters sent through Inkpost unless a publisher includes sponsored content in its own posts.

## Sharing

Publishers see the e-mail addresses and names of their own subscribers and their engagement statistics. We use service providers for e-mail delivery (Amazon SES, Ireland region), payments (Stripe), hosting (Google Cloud, Belgium region) and customer support (Help Scout, United States, under Standard Contractual Clauses).

## Retention

We keep reader data for as long as you are subscribed to at least one newsletter or have an account. If you unsubscribe from everything, we delete your data after 30 days, apart from a record of your unsubscription, which we keep so that you are not added again by mistake. Open and click events are kept for 12 months.

## Your rights

You can unsubscribe from any newsletter with the link in its footer. You can access, correct, export or delete your reader account under **Reader settings**, or by e-mailing privacy@inkpost.com. For data a publisher holds about you, contact the publisher; we will forward your request if you cannot reach them. You can complain to the Information Commissioner's Office.

## Contact

Inkpost Labs Ltd, 5 Hanover Square, Manchester M1 2DX. privacy@inkpost.com
"""

EN_FREELANCE = """# Gigwell Privacy Policy

Last updated 11 February 2026

Gigwell is an online marketplace where businesses ("clients") find and hire independent professionals ("freelancers") for projects in design, development, writing and marketing. Gigwell Marketplace Ltd, 110 High Holborn, London WC1V 6JS, is the controller of the personal data described in this policy.

## Information you give us

- **Account information**: name, e-mail address, password, country and profile photo.
- **Freelancer profile**: headline, skills, portfolio, work history, hourly rate, languages and any certificates you upload. Your public profile is visible to clients and to visitors of gigwell.com.
- **Identity verification**: freelancers who want to withdraw earnings must verify their identity with a photo of an identity document and a selfie, handled by our verification provider Onfido.
- **Payment information**: for clients, card details processed by Adyen; for freelancers, the bank account or PayPal account to which earnings are paid, and tax details such as a VAT number.
- **Messages and files**: the messages, proposals and files exchanged with other users through Gigwell.

## Information we collect automatically

IP address, device and browser information, pages viewed, searches made, and the dates and times of your activity. We use cookies as described in our [Cookie Policy](https://www.gigwell.com/cookies).

## How we use your information

- To run the marketplace: show profiles, match clients with freelancers, process contracts, payments and invoices.
- To rank search results. Freelancers are ranked by how well their profile matches the search, their reviews, their response time and their job success rate. Rankings only affect the order in which profiles are shown.
- To keep the marketplace safe: verify identities, detect fraud and resolve disputes. Messages may be scanned automatically for signs of fraud, such as requests to pay outside Gigwell.
- To send you service e-mails and, if you agree, news and offers from Gigwell.

## Sharing

Clients see the profiles of freelancers and the proposals sent to them; freelancers see the name, company and job posts of clients. We share data with our service providers: Amazon Web Services (hosting, Ireland), Adyen (payments), Onfido (identity verification), SendGrid (e-mail) and Intercom (support chat). Some of these providers are based in the United States; we use Standard Contractual Clauses for these transfers. We share information with tax authorities where the law requires us to report freelancers' earnings.

## How long we keep it

Profiles and account data are kept while your account is open. After closure we delete your profile within 30 days but keep contracts, invoices and payment records for 6 years, and identity verification results for 5 years, to meet legal obligations.

## Your rights

- You can see and update your profile and account information at any time in **Settings**.
- You can ask us for a copy of your personal data, or to correct or delete it.
- You can ask us to export your profile, reviews and earnings history in a machine-readable format (data portability).
- You can object to processing based on our legitimate interests, including the use of your data to rank search results, and to direct marketing at any time.
- You can withdraw consent to marketing e-mails with the unsubscribe link.

Write to privacy@gigwell.com to use your rights. You also have the right to complain to the Information Commissioner's Office.

## Changes

We will notify you by e-mail before any significant change to this policy takes effect.
"""

EN_VIDEO = """# Meetspan Privacy Notice

Effective 1 March 2026

Meetspan provides video meetings, webinars and team chat to organisations. This notice explains how Meetspan B.V. processes personal data of account holders, of meeting participants (including guests who join without an account) and of visitors to meetspan.com.

## Who is responsible

When an organisation uses Meetspan, it is the controller of the meetings, recordings and chats of its users, and Meetspan B.V. processes them on its behalf. Meetspan B.V., Stationsplein 45, 3013 AK Rotterdam, Netherlands, is the controller of account, billing and website data and of the service data we use to run and secure Meetspan. Our Data Protection Officer can be reached at dpo@meetspan.com.

## Data we process

- **Account data**: name, e-mail address, organisation, profile picture and password.
- **Meeting data**: meeting titles, participants' display names, join and leave times, and the content shared in a meeting (audio, video, screen sharing and chat). Audio and video are transmitted in real time and are not stored unless the host records the meeting.
- **Recordings and transcripts**: if the host records a meeting or switches on live captions, we store the recording or transcript in the host's account. Participants see a recording indicator and hear an announcement when recording starts.
- **Service data**: IP address, device type, operating system, network quality, and diagnostic logs used to keep calls working and to fix problems.
- **Billing data**: billing contact, address and payment method, handled by our payment provider.

## How we use data

We use personal data to provide meetings and webinars, to keep the service secure, to fix technical problems, to bill our customers, and to send service announcements. We use aggregated service data to plan capacity. We do not use meeting content, recordings or transcripts for advertising, and we do not sell personal data.

## Where data is processed

Meetings are routed through our data centres in Frankfurt and Amsterdam. Recordings, transcripts and account data are stored in the European Union. Our support team works from Rotterdam and Lisbon.

## Service providers

We use Amazon Web Services (Frankfurt), Equinix (Amsterdam) for our media servers, Mollie for payments and Freshdesk for support tickets. They process data only on our instructions.

## Retention

Recordings and transcripts are kept until the host deletes them, or for 12 months if the customer has set an automatic deletion period. Meeting metadata is kept for 12 months. Diagnostic logs are kept for 30 days. Account data is deleted 90 days after the account is closed.

## Security

Meetings are encrypted in transit with TLS and SRTP. Customers on the Enterprise plan can switch on end-to-end encryption, in which case we cannot access meeting content. We hold ISO/IEC 27001 certification.

## Your rights

You can exercise your rights of access, rectification, erasure, restriction, objection and portability by writing to dpo@meetspan.com. If your request concerns a meeting or recording of an organisation, we will pass it on to that organisation. You may complain to the Autoriteit Persoonsgegevens or to the supervisory authority in your country.
"""

EN_CHAT = """# Helpnest Cookie Policy

Applies from 14 April 2026

Helpnest provides a live chat and help-centre widget that businesses ("our customers") add to their websites so that visitors can ask questions and get answers from the business's support team. This policy explains the cookies and local storage the Helpnest widget uses when you visit a website that has it, and the cookies on helpnest.io.

## Why the widget uses cookies

The chat widget needs to remember who you are between pages, so that a conversation you start on one page is still there on the next, and so that the support agent can see your earlier messages. Without these cookies the chat can not work, so they are strictly necessary for a service you have asked for, and they are set when you open the chat window, not before.

## Cookies set by the chat widget

| Name | Purpose | Lifetime |
| --- | --- | --- |
| hn_visitor | Random identifier linking your browser to your conversations with this website | 12 months |
| hn_session | Keeps the current chat open as you move between pages | Session |
| hn_widget_state | Remembers if the chat window was open or minimised | Session |

These cookies are first-party cookies on the website you visit. They are specific to each website, so Helpnest can not use them to recognise you on other websites.

## Optional visitor insights

Some of our customers switch on "Visitor insights", which shows their support agents which pages you have viewed on their site during your visit, so they can help you faster. This uses the hn_pages cookie, which lasts 30 minutes, and is only set if you have accepted functional cookies in the website's cookie banner.

## Cookies on helpnest.io

On our own website we use a session cookie for logging in to the agent dashboard and, with your consent, Matomo analytics cookies (_pk_id, 13 months; _pk_ses, 30 minutes), hosted on our own servers in Germany.

## Your choices

You can delete cookies in your browser settings at any time; if you do, your previous conversations will no longer be shown in the widget. On helpnest.io you can change your choice through the "Cookie preferences" link in the footer.

Helpnest GmbH, Schönhauser Allee 36, 10435 Berlin. Contact: privacy@helpnest.io
"""

EN_BACKUP = """# Vaultkeep Privacy Policy

Last updated 30 January 2026

Vaultkeep is a cloud backup service for computers and small business servers. We take a simple view: your files belong to you. This policy explains what personal data Vaultkeep Ltd collects about its customers and the users of their devices, and what we do with it.

## What we collect

**Account information**: your name, e-mail address, company name (for business accounts), billing address and payment method, and the devices you have connected to your account.

**Your backed-up files**: the files and folders you choose to back up, along with their names, sizes and modification dates. These can contain any kind of personal data, about you or about other people.

**Technical information**: the IP address and operating system of your devices, the version of the Vaultkeep app, backup job logs (when a backup ran, how many files were uploaded, and any errors) and crash reports.

**Support conversations**: e-mails and chat messages you exchange with our support team.

## How we protect your backups

Files are encrypted before they leave your device and stored encrypted on our servers. Our staff never access the contents of your backups. We can see the metadata needed to run the service, such as how much storage you use and when your last backup ran, but not what your files contain. If you choose a private encryption key, not even Vaultkeep can decrypt your files, and we cannot recover them if you lose the key.

## How we use your information

- To run your backups and restores, and to show you the status of your devices.
- To bill you and manage your subscription.
- To send you alerts when a backup fails or a device has not backed up for a while.
- To answer your support requests.
- To improve the app, using technical information and crash reports.
- To send product news, if you opt in.

## Where your data is stored

Backups are stored in our own data centre in Amsterdam, with a second copy in Frankfurt. Account information is stored in the same locations. Our payment provider, Paddle, and our support tool, Help Scout, process account information on our behalf.

## How long we keep it

Deleted files remain in your version history for 30 days, after which they are permanently removed. If you cancel your subscription, we keep your backups for 30 days so that you can change your mind, and then delete them. We keep invoices for 7 years.

## Sharing

We do not sell, rent or share your data with anyone for marketing. We disclose information to authorities only when legally compelled, and we will tell you about the request unless the law forbids it.

## Your rights

You can access, correct and delete your account information from the Vaultkeep dashboard, and download all of your backed-up files at any time. For other requests, write to privacy@vaultkeep.com. You have the right to complain to the data protection authority in your country; our lead authority is the Dutch Autoriteit Persoonsgegevens.

## Contact

Vaultkeep Ltd, Keizersgracht 62, 1015 CS Amsterdam, Netherlands. privacy@vaultkeep.com
"""

EN_HOSTING = """# Porthost Cookie Policy

Last revised 19 March 2026

This policy explains how Porthost Internet Ltd ("Porthost") uses cookies and similar technologies on porthost.co.uk, in our customer control panel and in our webmail. It does not cover the websites our customers host with us; each customer is responsible for the cookies on its own site.

## Cookies we always use

Some cookies are essential: without them you could not log in to the control panel, buy a domain or keep your basket while you shop. These are:

- **ph_session**: keeps you logged in to the control panel and webmail. Deleted when you close the browser.
- **ph_basket**: remembers the domains and hosting plans in your basket. 7 days.
- **ph_csrf**: protects forms from cross-site request forgery. Session.
- **ph_cookie_choice**: remembers your cookie choices. 6 months.

## Cookies we use with your consent

If you click "Accept" in our cookie banner, or switch on the relevant category in "Cookie settings", we also use:

- **Analytics**: Google Analytics 4 (_ga, _ga_XXXX, 13 months) helps us understand which pages are visited and how people find us. IP addresses are not stored by Google Analytics 4.
- **Session recording**: Hotjar (_hjSessionUser, 12 months; _hjSession, 30 minutes) records anonymised mouse movements and clicks on our sales pages so that we can improve them. Form fields are masked and never recorded.
- **Advertising**: the Google Ads conversion tag (_gcl_au, 90 days) and the Microsoft Advertising UET tag (_uetsid, 1 day; _uetvid, 13 months) tell us whether people who clicked our adverts went on to buy hosting.

## How to change your choices

Click "Cookie settings" in the footer of any page. Your choice is kept for 6 months, after which we ask again. You can also block or delete cookies in your browser, but the control panel will not work without essential cookies.

## More information

For more about how we handle personal data, see our [privacy policy](https://www.porthost.co.uk/privacy). If you have any questions, e-mail privacy@porthost.co.uk.
"""

EN_TRANSCRIBE = """# Minutely Privacy Policy

Effective 5 May 2026

Minutely records and transcribes conference calls and online meetings, and produces searchable transcripts and summaries for the teams that use it. Minutely Technologies Ltd ("Minutely") is based at 40 Queen Street, Edinburgh EH2 3NH, Scotland.

## Whose data we process

Minutely processes data about its customers (the organisations and people who sign up and connect Minutely to their calendar and meeting tools) and about everyone who speaks in a meeting that a customer records with Minutely, including people outside the customer's organisation. For the recordings and transcripts, our customer is the controller and we are its processor. For account, billing and website data, Minutely is the controller.

## What we collect

For account holders: name, e-mail address, organisation, calendar events that Minutely is invited to (title, time, participants' names and e-mail addresses), and billing details.

For meeting participants: the audio of the meeting, the transcript produced from it, the name shown in the meeting tool, and the times each person spoke. We do not record video, and we do not use voiceprints to identify speakers; speakers are labelled using the names shown in the meeting tool.

## How recording works

Minutely joins a meeting as a visible participant called "Minutely Notetaker". When it joins, it posts a message in the meeting chat saying that the meeting is being recorded and transcribed. Any participant can ask the host to remove the notetaker, and the host can stop recording at any time.

## How we use the data

We use recordings to produce transcripts, summaries and action items for our customer, and to let the customer search past meetings. Transcription runs on our own speech recognition models, hosted by us in the United Kingdom. We do not use customer recordings or transcripts to train our models unless the customer has opted in to our research programme in writing.

## Service providers

Hosting: Google Cloud Platform (London region). Payments: Stripe. E-mail: Postmark. Customer support: Front. These providers process data only as we instruct them.

## Retention

Recordings are kept for 90 days and then deleted; transcripts and summaries are kept until the customer deletes them or closes the account. After an account is closed, all transcripts are deleted within 30 days.

## Your rights

If you took part in a recorded meeting, please contact the organisation that recorded it to exercise your rights; we will help it respond. Account holders can access and delete their data in the app or by writing to privacy@minutely.ai. Everyone has the right to complain to the Information Commissioner's Office.
"""

EN_BROKER = """# Leadgrid Privacy Notice

Last updated: 23 February 2026

Leadgrid Data Ltd ("Leadgrid") provides business-to-business (B2B) contact data. Our database helps companies find the right people to talk to at other companies, for sales, marketing and recruitment. This notice is for the professionals whose business contact details are in our database, for our customers, and for visitors to leadgrid.com.

## What is in our database

Our database holds business contact profiles. A profile may contain:

- name, job title, seniority and department;
- employer name, company address, company size and industry;
- business e-mail address and business landline or switchboard number;
- professional social media profile URLs;
- the date the information was last verified.

We never sell or license personal mobile phone numbers or personal e-mail addresses; our database contains business contact details only. We do not hold information about people's private lives.

## Where the data comes from

- Company websites, press releases and annual reports.
- Public registers, such as Companies House.
- Professional networking sites, from information users have made public.
- Data licensed from business directory publishers and trade show organisers.
- Our own research team, who call company switchboards to confirm that people still work there.

When we first add you to our database we send you an e-mail telling you so, explaining where we found your details and how to object, within one month.

## How the data is used

Our customers use Leadgrid to find and contact businesses and professionals, for example to send sales e-mails or to invite them to events. Customers must agree to our Acceptable Use Policy, which requires them to follow the law on electronic marketing and to honour opt-outs. We rely on our legitimate interests, and those of our customers, in business-to-business communication.

## Who receives it

Our customers are businesses that subscribe to Leadgrid. We also use hosting (Amazon Web Services, Ireland) and e-mail verification (ZeroBounce, United States, under Standard Contractual Clauses) providers.

## How long we keep it

Profiles are re-verified at least every 12 months. A profile that cannot be verified for 24 months is deleted.

## Your rights and how to opt out

You can ask us to send you your profile, correct it or delete it, or object to its use at any time by e-mailing optout@leadgrid.com or using the form at leadgrid.com/optout. When you object, we delete your profile and keep only your e-mail address in a suppression list, so that we do not add you again. We respond within one month. You can complain to the Information Commissioner's Office.

## Contact

Leadgrid Data Ltd, 12 Park Row, Bristol BS1 5LJ. dpo@leadgrid.com
"""

EN_KYC = """# Veridex Privacy Notice for Individuals

Last updated 16 March 2026

Veridex Identity Ltd ("Veridex") helps banks, payment companies, online marketplaces and other businesses check that their customers are who they say they are. If a business asks you to verify your identity "with Veridex", this notice explains what happens to your data.

## Our role

The business that asked you to verify your identity (our "client") decides why you are verified and is the controller of the result. Veridex processes your data on its behalf to perform the check. Veridex is also a controller for a limited purpose: to keep records that show how each check was done, and to improve the fraud detection of our service, as explained below.

## What we collect during a check

- A photo or scan of your identity document (passport, driving licence or national identity card), and the data read from it: name, date of birth, nationality, document number and expiry date.
- A selfie video, from which we take a face image to compare with the photo on your document and to check that a live person is present.
- Information about the device you used: IP address, device model and operating system.
- Where the client asks for it, your address, which we check against the electoral register and credit reference data through our partner GBG.

## How the check works

Our software compares the face in your selfie with the photo on your document and checks the document's security features. Where the automated check is not conclusive, a trained Veridex analyst reviews it. We send the client a result (passed, failed or needs review) together with the data read from your document. The client, not Veridex, decides whether to accept you as a customer.

## Biometric data

The face comparison uses biometric data. We process it only to perform the check you have started, on the basis of your explicit consent, which you give in the verification screen. The face templates created for the comparison are deleted as soon as the check is complete.

## Retention

We keep the images of your document and selfie for 30 days after the check, so that the client can review the result, and then delete them. We keep verification records (the result, the data read from the document and an audit log of the check) for 5 years after the end of the client's business relationship with you, because our clients must be able to prove how they verified their customers under anti-money laundering law.

## Sharing and transfers

We share results only with the client that requested the check. Our processing takes place in data centres in London and Dublin run by Microsoft Azure. Our analysts are based in Manchester.

## Your rights

You can ask the client to give you access to, correct or delete your data. You can also contact us at privacy@veridex.co.uk, and we will respond within one month. If an automated check failed you, you can ask the client to have it reviewed by a person. You can complain to the Information Commissioner's Office.

## Contact

Veridex Identity Ltd, 3 Hardman Street, Manchester M3 3HF. Data Protection Officer: dpo@veridex.co.uk
"""

EN_AGENCY = """# Cookie Policy

## Carrow & Finch Recruitment

This website, carrowfinch.co.uk, is run by Carrow & Finch Recruitment Ltd, a recruitment agency for accountancy, legal and office support roles in the North West. This policy explains the cookies we use when you search for jobs, register as a candidate or send us a vacancy.

## What are cookies?

Cookies are small files saved on your computer or phone when you visit a website. They let the website remember things, such as whether you are logged in.

## The cookies we use

### Essential cookies

- **cf_session** keeps you logged in to your candidate account while you browse. It is deleted when you close your browser.
- **cf_consent** remembers whether you accepted or rejected optional cookies, for 6 months.
- **cf_jobs_saved** remembers jobs you have saved before you log in, for 30 days.

### Optional cookies

- **Google Analytics** (_ga, _ga_*) tells us how many people visit our site, which jobs are viewed most and how visitors found us. These cookies last up to 13 months.
- **LinkedIn Insight Tag** (li_fat_id, 30 days) tells us whether people who saw our job adverts on LinkedIn visited our site.

Optional cookies are only set if you click "Accept all" or switch them on in "Cookie settings".

## Changing your mind

Click "Cookie settings" at the bottom of any page to change your choices. You can also delete cookies through your browser settings.

## Contact us

If you have questions about cookies, e-mail data@carrowfinch.co.uk or write to Carrow & Finch Recruitment Ltd, 8 King Street, Manchester M2 4LQ.
"""

EN_BASES: dict[str, tuple[str, str, str]] = {
    "crm": ("privacy", "Pipewell", EN_CRM),
    "recruit": ("privacy", "Hireloom", EN_RECRUIT),
    "analytics": ("privacy", "Tallystat", EN_ANALYTICS),
    "parcel": ("privacy", "Swiftcrate Parcels", EN_PARCEL),
    "telecom": ("privacy", "Brightwave Mobile", EN_TELECOM),
    "bank": ("privacy", "Harbourside Bank", EN_BANK),
    "law": ("privacy", "Hallam Pryce LLP", EN_LAW),
    "account": ("privacy", "Oakridge Kemp", EN_ACCOUNT),
    "adtech": ("cookies", "Brightbid", EN_ADTECH),
    "store": ("cookies", "Shopwright", EN_STORE),
    "newsletter": ("privacy", "Inkpost", EN_NEWSLETTER),
    "freelance": ("privacy", "Gigwell", EN_FREELANCE),
    "video": ("privacy", "Meetspan", EN_VIDEO),
    "chat": ("cookies", "Helpnest", EN_CHAT),
    "backup": ("privacy", "Vaultkeep", EN_BACKUP),
    "hosting": ("cookies", "Porthost", EN_HOSTING),
    "transcribe": ("privacy", "Minutely", EN_TRANSCRIBE),
    "broker": ("privacy", "Leadgrid", EN_BROKER),
    "kyc": ("privacy", "Veridex", EN_KYC),
    "agency": ("cookies", "Carrow & Finch Recruitment", EN_AGENCY),
}


def en(key: str) -> str:
    return f"{NAME}-base-en-{key}"


def fr(key: str) -> str:
    return f"{NAME}-base-fr-{key}"


def shift_headings_and_bullets(part: str) -> str:
    """Headings one level down and "- " bullets as "*   ", as a different Markdown converter renders them."""
    part = re.sub(r"^(#+) ", lambda m: "#" + m.group(1) + " ", part, flags=re.M)
    return re.sub(r"^- ", "*   ", part, flags=re.M)


EN_VIDEO_SECURITY = block(EN_VIDEO, "## Security", "## Your rights")
EN_ANALYTICS_WHO = "## Who we are\n\nTallystat GmbH, Königsbrücker Straße 96, 01099 Dresden, Germany. Managing director: Anja Wendt. E-mail: privacy@tallystat.eu.\n"

EN_EDITS: list[Pair] = [
    # --- Pipewell (CRM SaaS)
    (en("crm"), "major", ["R5"], False, False,
     'A sub-processor row is added: "Freshpoint Support s.r.o. | Out-of-hours customer support tickets | Czech Republic", a new recipient of account and support data; the "Acess" -> "Access" typo fix on its own would be editorial.',
     [before("| Elastic N.V. |", "| Freshpoint Support s.r.o. | Out-of-hours customer support tickets | Czech Republic |\n"),
      ("Acess to production", "Access to production")]),
    (en("crm"), "editorial", ["R1"], False, True,
     "Technical re-rendering: the legal-bases and sub-processors tables are re-captured with padded columns and longer separator rows; every cell keeps the same words.",
     [rerender(EN_CRM, "| Purpose | Data used | Legal basis |", "We do not use customer content", pad_table),
      rerender(EN_CRM, "| Sub-processor | Purpose |", "You can read the privacy policies", pad_table)]),
    # --- Hireloom (recruiting platform)
    (en("recruit"), "major", ["R11"], False, False,
     'Automated decision introduced: the new "Hireloom Match" scores applications against the job and past hires, and those "scoring below the threshold ... are automatically moved to \\"Not progressed\\"" with a rejection e-mail, where before every decision was "taken by a person".',
     [("Every decision to reject or progress an application is taken by a person at the Client.",
       'Clients can also switch on Hireloom Match, which scores each application from 0 to 100 by comparing your CV and screening answers with the job description and with the profiles of people the Client has hired before. Applications scoring below the threshold set by the Client are automatically moved to "Not progressed" and you receive a rejection e-mail. Other decisions to reject or progress an application are taken by a person at the Client.')]),
    (en("recruit"), "minor", ["R9"], False, False,
     'Shorter retention: an unsuccessful application is now deleted "12 months" instead of "24 months" after the vacancy closes; not adverse to candidates.',
     [("deleted 24 months after the vacancy closes", "deleted 12 months after the vacancy closes")]),
    # --- Tallystat (web analytics)
    (en("analytics"), "major", ["R8"], False, False,
     'Longer retention of visitors\' raw events: "kept for 14 months" -> "kept for 26 months" so customers can compare with two years earlier.',
     [("Raw page-view events are kept for 14 months,",
       "Raw page-view events are kept for 26 months, so that customers can compare each month with the same month two years earlier,")]),
    (en("analytics"), "editorial", ["R1"], False, False,
     'The "Who we are" section moves from the end to the top and "Tallystat is built to measure websites without following people" is reworded; same company, address and practices.',
     [(EN_ANALYTICS_WHO, ""),
      before("## Our approach", EN_ANALYTICS_WHO + "\n"),
      ("Tallystat is built to measure websites without following people.",
       "Tallystat was designed to measure websites, not to follow the people who visit them.")]),
    # --- Swiftcrate (parcel logistics)
    (en("parcel"), "major", ["R7"], False, False,
     'New data categories in proof of delivery: "a photograph of the parcel at the point of delivery, which may show your front door, porch or the person receiving it, and the GPS location of the driver\'s handheld device"; the version stamp change is editorial.',
     [("or the safe place where the parcel was left.",
       "or the safe place where the parcel was left, together with a photograph of the parcel at the point of delivery, which may show your front door, porch or the person receiving it, and the GPS location of the driver's handheld device at the time of delivery."),
      ("Version 4.2, published 9 February 2026", "Version 4.3, published 2 November 2026")]),
    (en("parcel"), "minor", ["R14"], False, False,
     'Customer-service phone number reformatted ("0330 808 4150" -> "+44 330 808 4150", hours in 24-hour form) and a live chat on the tracking page offered for delivery questions; the privacy contact and chats as a disclosed channel are unchanged.',
     [("call our customer service team on 0330 808 4150 (Monday to Saturday, 8am to 6pm).",
       "call our customer service team on +44 330 808 4150 (Monday to Saturday, 08:00 to 18:00) or use the live chat on our tracking page.")]),
    # --- Brightwave Mobile (mobile operator)
    (en("telecom"), "major", ["R2"], False, False,
     'New purpose for call recordings: besides staff training and checking what was agreed, they are now used "to train the speech recognition model behind our automated virtual assistant".',
     [("| Record customer service calls for training our staff and to check what was agreed | Legitimate interests |",
       "| Record customer service calls for training our staff and to check what was agreed, and use the recordings to train the speech recognition model behind our automated virtual assistant | Legitimate interests |")]),
    (en("telecom"), "rights_reducing", ["R4"], False, False,
     'Exercising the access right becomes costlier: "Access requests are free of charge." -> "We charge an administration fee of £10 for each access request, payable before we start work on it."; the review date change is editorial.',
     [("Access requests are free of charge.",
       "We charge an administration fee of £10 for each access request, payable before we start work on it."),
      ("Last reviewed: 27 January 2026", "Last reviewed: 2 November 2026")]),
    # --- Harbourside Bank (retail bank)
    (en("bank"), "major", ["R10"], False, False,
     'Legal basis for credit scoring changes from "Steps at your request before entering into a contract" to "Our legitimate interests in lending responsibly, and our legal obligation to assess creditworthiness"; no consent is withdrawn, so major rather than rights-reducing.',
     [("| Credit scoring when you apply for an overdraft, credit card or loan | Steps at your request before entering into a contract |",
       "| Credit scoring when you apply for an overdraft, credit card or loan | Our legitimate interests in lending responsibly, and our legal obligation to assess creditworthiness |"),
      ("Effective from 1 April 2026", "Effective from 1 December 2026")]),
    (en("bank"), "rights_reducing", ["R4"], False, False,
     'Slower rights handling: "We will respond within one month ... up to two more months and will tell you why within the first month" -> "We will respond within 90 days of receiving your request."',
     [("We will respond within one month of receiving your request. If your request is complex, we may need up to two more months and will tell you why within the first month.",
       "We will respond within 90 days of receiving your request.")]),
    # --- Hallam Pryce (law firm)
    (en("law"), "major", ["R3"], False, False,
     'Controller changes through a merger: "Hallam Pryce LLP merged with Whitlock Dane Solicitors. The combined firm, Hallam Whitlock LLP" (new LLP number and SRA number) "has taken over the files and client relationships of both former firms".',
     [("**Hallam Pryce LLP, Solicitors**", "**Hallam Whitlock LLP, Solicitors**"),
      ("Hallam Pryce LLP is a firm of solicitors", "Hallam Whitlock LLP is a firm of solicitors"),
      ("Hallam Pryce LLP is a limited liability partnership registered in England and Wales (number OC318842), authorised and regulated by the Solicitors Regulation Authority (SRA number 445120).",
       "On 1 September 2026 Hallam Pryce LLP merged with Whitlock Dane Solicitors. The combined firm, Hallam Whitlock LLP, is a limited liability partnership registered in England and Wales (number OC451907), authorised and regulated by the Solicitors Regulation Authority (SRA number 8012264), and has taken over the files and client relationships of both former firms.")]),
    (en("law"), "editorial", ["R1"], False, False,
     'Typo fix "unhapy" -> "unhappy" and the opening reworded ("We take the confidentiality of our clients\' affairs seriously, and this notice explains" -> "Client confidentiality is central to our work. This notice explains"); nothing else changes.',
     [("If you are unhapy with", "If you are unhappy with"),
      ("We take the confidentiality of our clients' affairs seriously, and this notice explains",
       "Client confidentiality is central to our work. This notice explains")]),
    # --- Oakridge Kemp (accountancy firm)
    (en("account"), "minor", ["R9"], False, False,
     'Clearer wording of an already disclosed check: the SmartSearch electronic check is explained as comparing "your name, address and date of birth with credit reference data" and recorded as "a soft search, which other lenders cannot see"; same provider, data and purpose.',
     [("This may include an electronic check through our provider SmartSearch, which uses credit reference data to confirm your identity; it leaves a soft footprint on your credit file that does not affect your credit score.",
       "This may include an electronic check through our provider SmartSearch, which compares your name, address and date of birth with credit reference data to confirm that you are who you say you are and live where you told us. The search is recorded on your credit file as a soft search, which other lenders cannot see and which does not affect your credit score.")]),
    (en("account"), "editorial", ["R1"], False, False,
     'Vendor rename only: "provided by Ledgerstone Ltd" -> "provided by Ledgerly Ltd (formerly Ledgerstone Ltd)", same company and role; "last updated" stamp changed.',
     [("provided by Ledgerstone Ltd", "provided by Ledgerly Ltd (formerly Ledgerstone Ltd)"),
      ("Last updated 6 June 2026.", "Last updated 2 November 2026.")]),
    # --- Brightbid (ad-tech network, cookie policy)
    (en("adtech"), "major", ["R15", "R2", "R5"], True, False,
     'New tracking purpose and vendor: cookies now "link the browsers and devices you use ... (cross-device matching)" and a partner row "Tandem Identity Ltd | Cross-device matching ... household identifier" is added; earlier consent did not cover them.',
     [before("- measure whether adverts were seen",
             "- link the browsers and devices you use, such as your phone and laptop, so that frequency capping and interest-based adverts work across them (cross-device matching);\n"),
      before("| DoubleVerify |",
             "| Tandem Identity Ltd | Cross-device matching: links your browsers and devices to a common pseudonymous household identifier | [tandemid.com/privacy](https://www.tandemid.com/privacy) |\n")]),
    (en("adtech"), "minor", ["R17"], False, False,
     'A partner is removed: the row "Integral Ad Science | Ad verification and fraud detection" is deleted; no new recipient or purpose.',
     [drop("| Integral Ad Science |")]),
    # --- Shopwright (e-commerce store builder, cookie policy)
    (en("store"), "major", ["R16"], False, False,
     'Longer cookie lifetime: the marketing cookie "sw_attrib" goes from "30 days" to "13 months" (within the 13-month cap, so major rather than a build error); purpose and vendor unchanged, so no fresh consent.',
     [("which campaigns lead to sales | 30 days |", "which campaigns lead to sales | 13 months |")]),
    (en("store"), "editorial", ["R1"], False, True,
     "Technical re-rendering: the three angle-bracket autolinks (<https://www.facebook.com/privacy/policy> etc.) are re-captured as [url](url) links to the same targets; wording unchanged.",
     [("<https://www.facebook.com/privacy/policy>", "[https://www.facebook.com/privacy/policy](https://www.facebook.com/privacy/policy)"),
      ("<https://policies.google.com/technologies/cookies>", "[https://policies.google.com/technologies/cookies](https://policies.google.com/technologies/cookies)"),
      ("<https://www.aboutcookies.org/how-to-delete-cookies>", "[https://www.aboutcookies.org/how-to-delete-cookies](https://www.aboutcookies.org/how-to-delete-cookies)")]),
    # --- Inkpost (newsletter platform)
    (en("newsletter"), "major", ["R7"], False, False,
     'New data categories about readers: "your approximate location (city and country), derived from your IP address when you open an e-mail, and the e-mail app and device you use"; open location is also shown to publishers in statistics.',
     [("- whether you opened an e-mail and which links you clicked, if open and click tracking is switched on (see below).",
       "- whether you opened an e-mail and which links you clicked, if open and click tracking is switched on (see below);\n- your approximate location (city and country), derived from your IP address when you open an e-mail, and the e-mail app and device you use."),
      ("the number of subscribers, opens and clicks.", "the number of subscribers, opens and clicks, and where and on which devices newsletters are read.")]),
    (en("newsletter"), "rights_reducing", ["R10"], False, False,
     'Legal basis for open and click tracking moves from consent ("based on your consent, and you can switch it off at any time") to "our legitimate interest, and that of publishers"; the switch-off and the consent request are removed.',
     [("which links were clicked. We ask for your consent to this when you subscribe. ", "which links were clicked. "),
      ("Open and click tracking is based on your consent, and you can switch it off at any time under **Reader settings > Privacy**, after which your e-mails will no longer contain tracking images or redirect links.",
       "Open and click tracking is based on our legitimate interest, and that of publishers, in measuring whether newsletters are delivered and read.")]),
    # --- Gigwell (freelancers' marketplace)
    (en("freelance"), "rights_reducing", ["R13"], False, False,
     'A right is removed: the bullet "You can ask us to export your profile, reviews and earnings history in a machine-readable format (data portability)" is deleted.',
     [drop("- You can ask us to export your profile, reviews and earnings history")]),
    (en("freelance"), "minor", ["R9"], False, False,
     'New opt-out: "You can hide your public profile from search engines and from visitors who are not logged in, under Settings > Visibility"; not adverse.',
     [before("- You can ask us for a copy of your personal data",
             "- You can hide your public profile from search engines and from visitors who are not logged in, under **Settings > Visibility**.\n")]),
    # --- Meetspan (video conferencing)
    (en("video"), "major", ["R6"], False, False,
     'New transfers outside the EU: audio and video "may be relayed through media servers in Virginia (United States) and Singapore" under Standard Contractual Clauses; Equinix now "Amsterdam, Ashburn and Singapore".',
     [("Meetings are routed through our data centres in Frankfurt and Amsterdam.",
       "Meetings are routed through our data centres in Frankfurt and Amsterdam. When participants join from North America or Asia, their audio and video may be relayed through media servers in Virginia (United States) and Singapore to reduce delay; these transfers are covered by the European Commission's Standard Contractual Clauses."),
      ("Equinix (Amsterdam) for our media servers", "Equinix (Amsterdam, Ashburn and Singapore) for our media servers")]),
    (en("video"), "editorial", ["R1"], False, False,
     'The "Security" section moves ahead of "Retention" and "We use aggregated service data to plan capacity." becomes "Aggregated service data helps us plan capacity."; no change of meaning.',
     [(EN_VIDEO_SECURITY, ""),
      before("## Retention", EN_VIDEO_SECURITY),
      ("We use aggregated service data to plan capacity.", "Aggregated service data helps us plan capacity.")]),
    # --- Helpnest (support chat widget, cookie policy)
    (en("chat"), "minor", ["R9"], False, False,
     'Shorter cookie lifetime: "hn_visitor" goes from "12 months" to "6 months"; not adverse.',
     [("linking your browser to your conversations with this website | 12 months |",
       "linking your browser to your conversations with this website | 6 months |")]),
    (en("chat"), "editorial", ["R1"], False, False,
     'Spelling "can not" -> "cannot" twice and "remember who you are between pages" reworded as "recognise your browser from one page to the next"; same cookies and purposes.',
     [("the chat can not work", "the chat cannot work"),
      ("Helpnest can not use them", "Helpnest cannot use them"),
      ("needs to remember who you are between pages", "has to recognise your browser from one page to the next")]),
    # --- Vaultkeep (cloud backup)
    (en("backup"), "rights_reducing", ["R12"], False, False,
     'Negation weakened: "Our staff never access the contents of your backups" -> "do not routinely access ... but authorised engineers may open specific files" for support or abuse investigations; "but not what your files contain" is deleted.',
     [("Our staff never access the contents of your backups.",
       "Our staff do not routinely access the contents of your backups, but authorised engineers may open specific files when you ask for help with a restore or when we investigate suspected illegal content or abuse of our service."),
      ("when your last backup ran, but not what your files contain.", "when your last backup ran.")]),
    (en("backup"), "minor", ["R9"], False, False,
     'Clearer description of the same encryption practice: "encrypted before they leave your device" -> "encrypted with AES-256 on your device before they leave it, travel to us over TLS"; not adverse.',
     [("Files are encrypted before they leave your device and stored encrypted on our servers.",
       "Files are encrypted with AES-256 on your device before they leave it, travel to us over TLS, and stay encrypted on our servers.")]),
    # --- Porthost (web hosting, cookie policy)
    (en("hosting"), "minor", ["R17"], False, False,
     'A vendor is removed: the "Session recording: Hotjar (_hjSessionUser ...; _hjSession ...)" bullet is deleted.',
     [drop("- **Session recording**: Hotjar")]),
    (en("hosting"), "editorial", ["R1"], False, False,
     'Heading "Cookies we always use" -> "Essential cookies", a sentence re-punctuated, and the revision date changed; the cookie list is identical.',
     [("## Cookies we always use", "## Essential cookies"),
      ("Some cookies are essential: without them you could not", "Some cookies are essential, because without them you could not"),
      ("Last revised 19 March 2026", "Last revised 2 November 2026")]),
    # --- Minutely (conference-call transcription)
    (en("transcribe"), "minor", ["R9"], False, False,
     'New self-service deletion: "Account holders can also delete an individual recording or transcript at any time from the meeting page; it is removed from our systems within 7 days"; not adverse.',
     [before("Everyone has the right to complain",
             "Account holders can also delete an individual recording or transcript at any time from the meeting page; it is removed from our systems within 7 days. ")]),
    (en("transcribe"), "editorial", ["R1"], False, True,
     "Technical re-rendering: the paragraphs from \"Whose data we process\" to \"Retention\" are re-captured hard-wrapped at 78 columns; words and headings unchanged.",
     [rerender(EN_TRANSCRIBE, "Minutely processes data about its customers", "## Your rights", rewrap)]),
    # --- Leadgrid (B2B data broker)
    (en("broker"), "rights_reducing", ["R12", "R7"], False, False,
     'Negation removed: "We never sell or license personal mobile phone numbers or personal e-mail addresses; our database contains business contact details only" -> profiles "may also include a mobile phone number and a personal e-mail address".',
     [("We never sell or license personal mobile phone numbers or personal e-mail addresses; our database contains business contact details only.",
       "Our database mainly contains business contact details. Where a professional has made them available online, profiles may also include a mobile phone number and a personal e-mail address."),
      before("- professional social media profile URLs;", "- mobile phone number and personal e-mail address, where available;\n")]),
    (en("broker"), "minor", ["R17"], False, False,
     'A data supplier is dropped: "Data licensed from business directory publishers and trade show organisers" -> "... business directory publishers"; a source fewer, not adverse.',
     [("- Data licensed from business directory publishers and trade show organisers.", "- Data licensed from business directory publishers.")]),
    # --- Veridex (identity verification)
    (en("kyc"), "major", ["R8"], False, False,
     'Fixed retention replaced by a vague criterion: verification records kept "for 5 years after the end of the client\'s business relationship with you" -> "for as long as our clients need them to meet their legal and regulatory obligations".',
     [("for 5 years after the end of the client's business relationship with you,",
       "for as long as our clients need them to meet their legal and regulatory obligations,")]),
    (en("kyc"), "editorial", ["R1"], False, False,
     'Two sentences reworded: the opening ("If a business asks you ... this notice explains" -> "This notice explains ... when a business asks you") and "Our analysts are based in Manchester" -> "Our analysts work from our office in Manchester".',
     [('If a business asks you to verify your identity "with Veridex", this notice explains what happens to your data.',
       'This notice explains what happens to your data when a business asks you to verify your identity "with Veridex".'),
      ("Our analysts are based in Manchester.", "Our analysts work from our office in Manchester.")]),
    # --- Carrow & Finch (recruitment agency, cookie policy)
    (en("agency"), "editorial", ["R1"], False, False,
     'Rewording only: "This website, carrowfinch.co.uk, is run by" -> "carrowfinch.co.uk is operated by" and the cookie definition rephrased; same cookies, lifetimes and choices.',
     [("This website, carrowfinch.co.uk, is run by", "carrowfinch.co.uk is operated by"),
      ("Cookies are small files saved on your computer or phone when you visit a website.",
       "Cookies are small text files that a website saves on your computer or phone when you visit it.")]),
    (en("agency"), "editorial", ["R1"], False, True,
     'Technical re-rendering: every heading comes out one level deeper ("# Cookie Policy" -> "## Cookie Policy", "## " -> "### ") and "- " bullets as "*   "; identical words.',
     [(EN_AGENCY, shift_headings_and_bullets(EN_AGENCY))]),
]

# FR_PLACEHOLDER
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
