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

Applications are reviewed by the Client's recruiters and hiring managers. Hireloom tools help them sort and filter applications, for example by the date received or by answers to knock-out questions the Client has set (such as "Do you hold a valid driving licence?"). The Client's recruiters then decide which candidates to invite to interview.

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
     "Automated decision introduced: the new \"Hireloom Match\" scores applications against the job and past hires, and those \"scoring below the threshold ... are automatically moved to 'Not progressed'\" with a rejection e-mail, where before recruiters decided from sorted and filtered lists.",
     [("The Client's recruiters then decide which candidates to invite to interview.",
       'Clients can also switch on Hireloom Match, which scores each application from 0 to 100 by comparing your CV and screening answers with the job description and with the profiles of people the Client has hired before. Applications scoring below the threshold set by the Client are automatically moved to "Not progressed" and you receive a rejection e-mail. The Client\'s recruiters then decide which of the remaining candidates to invite to interview.')]),
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


# ---------------------------------------------------------------------------------------------------------
# French bases

FR_CRM = """# Politique de confidentialité de Relatia

Dernière mise à jour : 4 février 2026

Relatia est un logiciel de gestion de la relation client (CRM) en ligne, édité par Relatia SAS, destiné aux TPE, PME et associations. La présente politique explique comment nous traitons les données personnelles de nos clients et de leurs utilisateurs, des contacts que nos clients enregistrent dans Relatia, et des visiteurs de relatia.fr.

## 1. Qui sommes-nous ?

Relatia SAS, au capital de 120 000 €, immatriculée au RCS de Lyon sous le numéro 844 512 903, dont le siège est situé 27 quai Saint-Vincent, 69001 Lyon.

Nous avons désigné un délégué à la protection des données (DPO), joignable à l'adresse dpo@relatia.fr.

## 2. Responsable de traitement ou sous-traitant ?

- Pour les données de votre compte client, de facturation et de navigation sur relatia.fr, Relatia est **responsable de traitement**.
- Pour les fiches contacts, les opportunités, les échanges d'e-mails et les documents que vous importez ou créez dans Relatia (les « Données Clients »), vous êtes responsable de traitement et Relatia agit en tant que **sous-traitant**, conformément à l'article 28 du RGPD et à notre [accord de traitement des données](https://www.relatia.fr/legal/dpa).

Relatia n'utilise jamais les Données Clients pour ses propres finalités : elles ne servent qu'à vous fournir le service, selon vos instructions.

## 3. Les données que nous traitons

### Utilisateurs de Relatia

- Identité & coordonnées : nom, prénom, adresse e-mail professionnelle, téléphone, fonction.
- Données de connexion : adresse IP, date & heure de connexion, navigateur, journal des actions réalisées dans l'application.
- Données de facturation : raison sociale, adresse, numéro de TVA, moyen de paiement (traité par notre prestataire de paiement).
- Échanges avec notre support.

### Contacts enregistrés par nos clients

Les Données Clients contiennent en général les nom, prénom, fonction, entreprise, coordonnées professionnelles et l'historique des échanges commerciaux. Si vous êtes un contact enregistré par l'un de nos clients, adressez-vous en priorité à ce client pour exercer vos droits.

## 4. Finalités et bases légales

| Finalité | Base légale |
| --- | --- |
| Fourniture du service et assistance | Exécution du contrat |
| Facturation & recouvrement | Exécution du contrat ; obligation légale |
| Sécurité de la plateforme & prévention de la fraude | Intérêt légitime |
| Statistiques d'utilisation pour améliorer le produit | Intérêt légitime |
| Envoi de notre lettre d'information | Consentement |

## 5. Destinataires

Vos données sont accessibles aux seules équipes de Relatia qui en ont besoin, et à nos sous-traitants :

- OVHcloud (hébergement, Roubaix et Strasbourg, France) ;
- Brevo (envoi des e-mails transactionnels, France) ;
- Stripe (paiement, Irlande) ;
- Crisp (messagerie du support, France).

Nous ne vendons ni ne louons aucune donnée personnelle.

## 6. Durées de conservation

- Données du compte : pendant la durée de l'abonnement, puis 3 mois après sa résiliation.
- Données Clients : supprimées 60 jours après la fin de l'abonnement, après vous avoir permis de les exporter.
- Journaux de connexion : 1 an.
- Factures : 10 ans (obligation comptable).

## 7. Vos droits

Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité, ainsi que du droit de définir des directives relatives au sort de vos données après votre décès. Vous pouvez les exercer depuis **Paramètres > Données & confidentialité** ou en écrivant à dpo@relatia.fr. Nous répondons dans un délai d'un mois.

Vous pouvez introduire une réclamation auprès de la CNIL (www.cnil.fr).
"""

FR_RECRUT = """# Embauchéo – Politique de protection des données des candidats

Mise à jour le 17 mars 2026

Embauchéo est une plateforme d'emploi qui permet aux entreprises de publier leurs offres et de gérer leurs candidatures, et aux candidats de rechercher un emploi et de postuler en ligne. Embauchéo SAS, 8 allée Baco, 44000 Nantes, est responsable des traitements décrits ci-dessous.

## Les informations que vous nous confiez

Lorsque vous créez votre espace candidat ou que vous postulez, nous collectons :

- vos nom, prénom, adresse e-mail, numéro de téléphone et ville de résidence ;
- votre CV, votre lettre de motivation et les réponses aux questions posées par le recruteur ;
- vos critères de recherche (métier, localisation, type de contrat, salaire souhaité) ;
- l'historique de vos candidatures et leur statut.

Nous vous déconseillons d'indiquer dans votre CV des informations sensibles (santé, opinions, religion, etc.) qui ne sont pas utiles à votre recherche d'emploi.

## Pourquoi nous les utilisons

- Transmettre votre candidature à l'entreprise de votre choix et vous permettre d'en suivre l'avancement.
- Vous envoyer les alertes emploi que vous avez créées.
- Vous proposer des offres correspondant à votre profil sur votre tableau de bord.
- Assurer la sécurité de la plateforme et détecter les fausses offres d'emploi.
- Établir des statistiques anonymes sur le marché de l'emploi.

Ces traitements reposent sur l'exécution des conditions d'utilisation que vous avez acceptées et, pour la sécurité et les statistiques, sur notre intérêt légitime.

## Qui a accès à vos données

Lorsque vous postulez à une offre, l'entreprise qui l'a publiée reçoit votre candidature et devient responsable de son traitement. Votre CV n'est jamais transmis à une entreprise à laquelle vous n'avez pas postulé sans votre accord préalable.

Nos prestataires techniques (hébergement chez Scaleway à Paris, envoi des e-mails par Mailjet) traitent vos données pour notre compte et selon nos instructions.

## Combien de temps nous les gardons

Votre espace candidat et votre CV sont conservés 2 ans après votre dernière connexion, puis supprimés après un e-mail de rappel. L'historique de vos candidatures est conservé pendant la même durée. Vous pouvez supprimer votre compte à tout moment.

## Vos droits

Vous pouvez accéder à vos données, les rectifier, les supprimer, en demander la portabilité ou vous opposer à leur traitement depuis la rubrique **Mon compte**, ou en écrivant à donnees@embaucheo.fr. Pour une candidature déjà transmise, vous pouvez aussi vous adresser directement à l'entreprise concernée. En cas de difficulté, vous pouvez saisir la CNIL.
"""

FR_AUDIENCE = """# Politique cookies de Mesuro

Version du 2 avril 2026

Mesuro est une solution française de mesure d'audience des sites web, éditée par Mesuro SAS (Bordeaux). Nos clients, éditeurs de sites, installent notre marqueur sur leurs pages pour connaître leur fréquentation. Cette politique s'adresse aux internautes qui visitent ces sites, ainsi qu'aux visiteurs de mesuro.fr.

## Un outil configuré pour être exempté de consentement

Conformément aux lignes directrices de la CNIL, les traceurs de mesure d'audience peuvent être déposés sans votre consentement préalable lorsqu'ils sont strictement limités à la production de statistiques anonymes pour le compte exclusif de l'éditeur du site. Mesuro est paramétré par défaut pour respecter ces conditions :

- les données servent uniquement à produire des statistiques de fréquentation (pages vues, visites, sources de trafic, type de terminal) ;
- elles ne sont jamais croisées avec d'autres traitements ni transmises à des tiers ;
- le dernier octet de l'adresse IP est supprimé dès la collecte ;
- les données ne permettent pas de suivre votre navigation sur d'autres sites ;
- la durée de vie des traceurs est limitée à 13 mois à compter de votre première visite.

## Les traceurs déposés

| Nom | Finalité | Durée de vie |
| --- | --- | --- |
| _msr_id | Identifiant aléatoire permettant de distinguer les visiteurs | 13 mois à compter de la première visite |
| _msr_ses | Regroupe les pages vues au cours d'une même visite | 30 minutes |
| _msr_ref | Conserve la source de la visite (moteur de recherche, campagne, lien) | Durée de la visite |

Les données brutes associées à ces traceurs sont conservées 25 mois au maximum, puis agrégées.

## Vous opposer à la mesure d'audience

Même si ces traceurs sont exemptés de consentement, vous pouvez vous y opposer à tout moment : cliquez sur le lien « Ne pas être mesuré » présent dans la politique cookies de chaque site client, ou activez l'option « Do Not Track » de votre navigateur, que Mesuro respecte. Un cookie _msr_optout, valable 13 mois, mémorise alors votre refus.

## Sur le site mesuro.fr

Nous utilisons notre propre outil, dans les mêmes conditions, ainsi qu'un cookie de session pour l'accès à l'espace client. Aucun cookie publicitaire n'est déposé.

## Nous contacter

Pour toute question : vieprivee@mesuro.fr, ou par courrier à Mesuro SAS, 12 rue Lafaurie-de-Monbadon, 33000 Bordeaux.
"""

FR_REGIE = """# Politique relative aux cookies et autres traceurs – Horizon Régie

Date de mise à jour : 9 mars 2026

Horizon Régie SAS (« Horizon », « nous ») est une régie publicitaire. Nous commercialisons les espaces publicitaires de plus de 300 sites et applications éditées par des médias et des éditeurs indépendants (les « Éditeurs partenaires »), et nous diffusons sur ces supports les publicités de nos annonceurs. La présente politique vous informe sur les cookies et autres traceurs (identifiants mobiles, pixels, empreintes de navigation) que nous déposons ou lisons lorsque vous consultez un site ou une application d'un Éditeur partenaire, et sur l'usage que nous faisons des informations ainsi recueillies.

## 1. Qui est responsable ?

Horizon Régie SAS, société par actions simplifiée au capital de 500 000 €, immatriculée au RCS de Paris sous le numéro 811 204 577, dont le siège social est situé 41 rue de Châteaudun, 75009 Paris.

Pour les traceurs publicitaires décrits ci-après, Horizon est responsable de traitement, conjointement avec l'Éditeur partenaire dont vous consultez le site lorsque ce dernier participe à la détermination des finalités. Notre délégué à la protection des données peut être contacté à l'adresse dpo@horizon-regie.fr ou par courrier à l'adresse du siège.

## 2. Votre consentement d'abord

Aucun traceur publicitaire n'est déposé ni lu sur votre terminal sans votre consentement préalable, recueilli par l'Éditeur partenaire au moyen de sa plateforme de gestion du consentement (CMP). Horizon participe au Transparency & Consent Framework de l'IAB Europe (identifiant fournisseur 1207) et respecte les choix que vous exprimez pour chaque finalité.

Si vous refusez, nous pouvons continuer à vous présenter des publicités, mais celles-ci seront **contextuelles** : choisies uniquement en fonction du contenu de la page consultée, sans lecture ni dépôt de traceur sur votre terminal.

Vous pouvez retirer votre consentement à tout moment, aussi simplement que vous l'avez donné, en cliquant sur le lien « Gérer mes cookies » présent en bas de page de chaque site partenaire.

## 3. Finalités des traceurs

Sous réserve de votre consentement, nos traceurs sont utilisés pour :

1. **Mesurer la performance des publicités** : compter les affichages et les clics, vérifier qu'une publicité a bien été vue, mesurer les ventes ou inscriptions générées chez l'annonceur ;
2. **Limiter la répétition** d'une même publicité (plafonnement de fréquence) ;
3. **Diffuser de la publicité personnalisée** en fonction de centres d'intérêt déduits des rubriques que vous consultez sur les sites de notre réseau (par exemple « sport », « cuisine », « automobile ») ;
4. **Reciblage** : vous présenter des produits que vous avez consultés sur le site d'un annonceur ;
5. **Lutter contre la fraude publicitaire** (clics automatiques, faux trafic).

Nous ne constituons aucun segment fondé sur des données sensibles (santé, opinions politiques, convictions religieuses, orientation sexuelle) et nous ne ciblons pas les enfants de moins de 15 ans. Nous n'utilisons pas la géolocalisation précise de votre terminal : la localisation utilisée pour la publicité est déduite de votre adresse IP, au niveau de la ville.

## 4. Liste des traceurs Horizon

| Nom | Finalité | Domaine | Durée de vie |
| --- | --- | --- | --- |
| hz_uid | Identifiant aléatoire du navigateur | horizon-regie.fr | 13 mois |
| hz_seg | Centres d'intérêt associés à l'identifiant | horizon-regie.fr | 6 mois |
| hz_cap | Compteurs de plafonnement de fréquence | horizon-regie.fr | 30 jours |
| hz_conv | Visite d'une page de l'annonceur, pour la mesure des conversions | horizon-regie.fr | 30 jours |
| hz_consent | Mémorise l'absence de consentement pour ne plus appeler nos serveurs | horizon-regie.fr | 6 mois |

Dans les applications mobiles, nous utilisons l'identifiant publicitaire du terminal (IDFA ou identifiant publicitaire Android) pour les mêmes finalités, uniquement si vous l'avez autorisé.

## 5. Partenaires destinataires des données

Lors de la mise aux enchères d'un espace publicitaire, nous transmettons à des plateformes d'achat (DSP) des informations sur l'espace et, si vous y avez consenti, votre identifiant Horizon et vos centres d'intérêt. Ces partenaires agissent en tant que responsables de traitement distincts :

| Partenaire | Rôle | Politique de confidentialité |
| --- | --- | --- |
| Criteo SA | Reciblage publicitaire | [criteo.com/fr/privacy](https://www.criteo.com/fr/privacy/) |
| The Trade Desk | Plateforme d'achat | [thetradedesk.com](https://www.thetradedesk.com/general/privacy) |
| Google (DV360) | Plateforme d'achat | [policies.google.com](https://policies.google.com/privacy) |
| Equativ | Place de marché publicitaire | [equativ.com/privacy](https://equativ.com/privacy-policy/) |
| Adloox | Vérification et lutte contre la fraude | [adloox.com/privacy](https://www.adloox.com/privacy-policy/) |

Nous synchronisons notre identifiant avec ceux de ces partenaires (synchronisation de cookies). Nous ne leur communiquons jamais votre nom, votre adresse e-mail ou votre numéro de téléphone, que nous ne collectons pas.

## 6. Données collectées et conservation

Avec votre consentement, nous collectons :

- l'identifiant Horizon ;
- l'adresse IP, tronquée après déduction de la ville ;
- le type de navigateur et de terminal ;
- l'adresse de la page consultée ;
- les publicités affichées et cliquées ;
- les événements de conversion transmis par les annonceurs (par exemple « ajout au panier »).

Les journaux rattachés à un identifiant sont conservés 13 mois, puis agrégés. Les segments d'intérêt expirent au bout de 6 mois sans nouvelle visite.

## 7. Transferts hors de l'Union européenne

Nos serveurs sont situés en France (Paris et Roubaix). Certaines plateformes d'achat sont établies aux États-Unis ; les transferts vers ces partenaires sont encadrés par le cadre de protection des données UE-États-Unis (Data Privacy Framework) ou par les clauses contractuelles types de la Commission européenne.

## 8. Vos droits

Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, d'opposition et du droit de retirer votre consentement. Pour les exercer sur les données liées à votre identifiant Horizon, écrivez à dpo@horizon-regie.fr en indiquant l'identifiant affiché sur notre [page de désinscription](https://www.horizon-regie.fr/opt-out). Vous pouvez introduire une réclamation auprès de la CNIL (3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07 – www.cnil.fr).

## 9. Modification de la présente politique

Nous mettrons cette politique à jour en cas d'ajout d'un traceur, d'une finalité ou d'un partenaire. Lorsque la modification nécessite un nouveau consentement, la fenêtre de consentement des Éditeurs partenaires vous sera présentée à nouveau.
"""

FR_AVOCATS = """# Politique de confidentialité

**Marchand Lefort Avocats** – Société d’exercice libéral par actions simplifiée

Dernière mise à jour : 20 avril 2026

Le cabinet Marchand Lefort Avocats accompagne les entreprises et les particuliers en droit des affaires, droit social, droit immobilier et contentieux. Le secret professionnel est au cœur de notre métier. La présente politique décrit la manière dont nous traitons les données personnelles de nos clients, des personnes concernées par les dossiers qui nous sont confiés (parties adverses, témoins, salariés de nos clients) et des visiteurs de notre site.

## Responsable du traitement

Marchand Lefort Avocats, SELAS inscrite au barreau de Paris, RCS Paris 512 334 870, 18 avenue de l’Opéra, 75001 Paris. Référente données personnelles : Maître Claire Lefort, joignable à l’adresse donnees@marchand-lefort.fr.

## Données traitées

Selon la nature du dossier, nous traitons :

- vos données d’identification et de contact ;
- les informations et pièces nécessaires à la défense de vos intérêts (contrats, correspondances, bulletins de paie, actes de procédure, etc.) ;
- les justificatifs d’identité et, le cas échéant, les informations relatives à l’origine des fonds, recueillis au titre de nos obligations de lutte contre le blanchiment des capitaux ;
- vos données de facturation.

Certaines données peuvent être sensibles (données de santé dans un litige prud’homal, par exemple) ou concerner des infractions ; nous ne les traitons que lorsque cela est nécessaire à la constatation, à l’exercice ou à la défense d’un droit en justice.

## Finalités et fondements

Nous traitons vos données pour assurer le conseil, la rédaction d’actes et la représentation en justice (exécution de la convention d’honoraires), pour vérifier l’absence de conflit d’intérêts et respecter nos obligations déontologiques et de vigilance (obligation légale), pour la facturation et la gestion du cabinet (intérêt légitime), et, avec votre accord, pour vous adresser nos lettres d’actualité juridique.

## Destinataires

Vos données ne sont communiquées qu’aux personnes qui ont besoin d’en connaître pour le traitement de votre dossier : avocats et collaborateurs du cabinet, juridictions, huissiers de justice, experts, confrères, notaires, et le cas échéant la partie adverse dans le cadre de la procédure. Nos outils informatiques (logiciel de gestion de cabinet Secib, messagerie Microsoft 365 hébergée dans l’Union européenne, plateforme d’échange sécurisé de documents) sont fournis par des prestataires soumis à une stricte obligation de confidentialité.

Aucune donnée n’est transférée en dehors de l’Union européenne.

## Durées de conservation

Les dossiers sont archivés pendant 5 ans à compter de la fin de notre mission, durée correspondant à la prescription de la responsabilité de l’avocat. Les documents relatifs à la lutte contre le blanchiment sont conservés 5 ans après la fin de la relation d’affaires. Les données de facturation sont conservées 10 ans.

## Vos droits

Vous pouvez exercer vos droits d’accès, de rectification, d’effacement, de limitation et d’opposition en écrivant à donnees@marchand-lefort.fr. Ces droits peuvent être limités lorsque les informations sont couvertes par le secret professionnel ou que leur conservation est imposée par la loi. Vous avez également le droit d’introduire une réclamation auprès de la CNIL.
"""

FR_COMPTABLE = """# Protection de vos données personnelles

Cabinet Fidexa – Expertise comptable, audit et conseil

Le cabinet Fidexa, société d'expertise comptable inscrite au tableau de l'Ordre des experts-comptables de Bretagne, attache une grande importance à la confidentialité des informations que lui confient ses clients. Cette politique concerne nos clients (entrepreneurs, dirigeants, particuliers), les salariés de nos clients dont nous établissons les déclarations sociales, nos prospects et les visiteurs de notre site fidexa-conseil.fr.

Mise à jour : 11 mai 2026

## Qui traite vos données ?

Fidexa Conseil SARL, 5 boulevard de la Liberté, 35000 Rennes, RCS Rennes 433 870 112, est responsable de traitement pour la gestion de la relation client et de ses prospects. Pour la tenue de la comptabilité et l'établissement des déclarations sociales de nos clients, nous agissons en qualité de sous-traitant de nos clients employeurs.

## Quelles données ?

- Données d'identification : nom, prénom, adresse, date de naissance, numéro de sécurité sociale des salariés (pour les déclarations sociales), numéro fiscal.
- Données économiques et financières : relevés bancaires, factures, revenus, patrimoine déclaré dans le cadre des déclarations fiscales.
- Pièces justificatives d'identité recueillies au titre de nos obligations de vigilance contre le blanchiment.
- Pour nos prospects : nom, société, coordonnées et objet de la demande de contact.

## Pourquoi ?

Nous utilisons ces données pour exécuter nos lettres de mission (tenue comptable, bilans, déclarations fiscales et sociales, conseil), respecter nos obligations légales et professionnelles, et répondre aux demandes de rendez-vous ou de devis. Avec votre accord, nous vous adressons aussi notre lettre fiscale trimestrielle.

## Destinataires

Vos données sont destinées aux collaborateurs du cabinet en charge de votre dossier et, selon la mission, à l'administration fiscale, aux organismes sociaux (URSSAF, caisses de retraite), au greffe du tribunal de commerce et à votre banque. Nous utilisons les logiciels de production comptable de Cegid et la plateforme de partage de documents de notre éditeur, hébergés en France.

## Combien de temps ?

- Dossiers clients et pièces comptables : 10 ans à compter de la clôture de l'exercice concerné.
- Documents de vigilance anti-blanchiment : 5 ans après la fin de la relation d'affaires.
- Données des prospects : 3 ans à compter du dernier contact.

## Vos droits

Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation et d'opposition, ainsi que du droit à la portabilité de vos données. Pour les exercer, écrivez à rgpd@fidexa-conseil.fr en précisant votre demande. Nous vous répondrons dans un délai d'un mois. Vous pouvez également saisir la CNIL.
"""

FR_COLIS = """# Politique de protection des données personnelles de Colivia

En vigueur au 1er mars 2026

Colivia SAS est un transporteur de colis qui livre en France métropolitaine et en Belgique les commandes de sites marchands, d'entreprises et de particuliers, à domicile ou en point relais. Cette politique s'adresse aux destinataires des colis que nous livrons, aux expéditeurs qui utilisent nos services et aux utilisateurs de notre site colivia.fr et de l'application Colivia.

## 1. Responsable du traitement

Colivia SAS, 14 rue des Entrepreneurs, 93200 Saint-Denis, RCS Bobigny 789 451 230, est responsable des traitements décrits dans la présente politique.

Notre délégué à la protection des données peut être contacté :

- par e-mail : dpo@colivia.fr ;
- par courrier : Colivia – Délégué à la protection des données, 14 rue des Entrepreneurs, 93200 Saint-Denis.

## 2. D'où proviennent vos données ?

Si vous êtes destinataire d'un colis, vos données nous sont transmises par l'expéditeur, le plus souvent le site marchand auprès duquel vous avez passé commande. Il nous communique les informations nécessaires à la livraison. Si vous utilisez notre application ou notre site, vous nous communiquez directement certaines données.

## 3. Données traitées

**Destinataires de colis :**

- nom, prénom et adresse de livraison, digicode et instructions de livraison ;
- adresse e-mail et numéro de téléphone mobile, lorsque l'expéditeur nous les transmet ;
- vos choix de livraison (autre date, point relais, voisin, lieu sûr) ;
- la preuve de livraison : nom et signature de la personne qui a réceptionné le colis, ou lieu de dépôt ;
- vos échanges avec notre service client (e-mails, conversations en ligne, appels).

**Expéditeurs :**

- nom, adresse, téléphone et e-mail ;
- contenu déclaré et valeur des colis ;
- données de paiement, traitées par notre prestataire de paiement.

**Utilisateurs de l'application et du site :**

- identifiants de compte, adresses enregistrées ;
- données techniques (type de terminal, système d'exploitation, adresse IP, journaux d'erreurs) ;
- cookies, dans les conditions prévues par notre [politique cookies](https://www.colivia.fr/cookies).

## 4. Finalités et bases légales

| Finalité | Base légale |
| --- | --- |
| Prise en charge, transport et livraison des colis, gestion des retours | Exécution du contrat conclu avec l'expéditeur ; intérêt légitime à livrer les colis qui nous sont confiés |
| Notifications de livraison par SMS et e-mail (annonce du créneau, suivi) | Intérêt légitime |
| Modification de la livraison par le destinataire | Intérêt légitime |
| Traitement des réclamations et des litiges (colis perdu ou endommagé) | Exécution du contrat ; intérêt légitime |
| Sécurité des agences et des véhicules (vidéoprotection) | Intérêt légitime |
| Optimisation des tournées et statistiques | Intérêt légitime |
| Prospection commerciale auprès des expéditeurs professionnels | Intérêt légitime |
| Respect des obligations comptables et fiscales | Obligation légale |

Les notifications de livraison ne sont pas des messages publicitaires. Nous n'utilisons jamais les coordonnées des destinataires, transmises par les expéditeurs, pour notre propre prospection.

## 5. Destinataires des données

| Destinataire | Motif | Localisation |
| --- | --- | --- |
| Nos chauffeurs-livreurs et agents de tri | Livraison des colis | France, Belgique |
| Le réseau de points relais Colivia | Remise du colis en point relais | France, Belgique |
| L'expéditeur du colis | Confirmation de livraison et suivi des réclamations | Union européenne |
| Sinch (envoi des SMS) | Notifications de livraison | Suède |
| Zendesk (outil du service client) | Gestion des demandes | Union européenne |
| Notre assureur | Indemnisation des colis perdus ou endommagés | France |

Nous ne vendons pas vos données personnelles.

## 6. Transferts hors de l'Union européenne

Vos données sont hébergées dans l'Union européenne. Notre prestataire Zendesk peut, pour les besoins du support technique, y accéder depuis les États-Unis ; ce transfert est encadré par les clauses contractuelles types de la Commission européenne.

## 7. Durées de conservation

- Données de livraison et preuves de livraison : 13 mois après la livraison.
- Échanges avec le service client : 3 ans après la clôture de la demande.
- Images de vidéoprotection : 30 jours.
- Comptes de l'application : jusqu'à leur suppression, ou 3 ans après la dernière utilisation.
- Pièces comptables : 10 ans.

## 8. Sécurité

Les terminaux de nos chauffeurs sont protégés par un code personnel et peuvent être effacés à distance en cas de perte. Les données sont chiffrées lors de leur transmission et l'accès à nos systèmes est limité aux personnes habilitées. Les chauffeurs n'ont accès qu'aux informations des colis de leur tournée du jour, qui disparaissent de leur terminal à la fin de la tournée.

## 9. Vos droits

Conformément au RGPD et à la loi Informatique et Libertés, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation du traitement, d'opposition et de portabilité, ainsi que du droit de définir des directives relatives au sort de vos données après votre décès.

Pour exercer vos droits, écrivez à dpo@colivia.fr ou à l'adresse postale indiquée à l'article 1. Nous vous répondrons dans un délai d'un mois. Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL ([www.cnil.fr](https://www.cnil.fr)) ou, si vous résidez en Belgique, à l'Autorité de protection des données.

Pour ne plus recevoir de SMS de suivi, répondez STOP au message reçu ; l'expéditeur pourra toutefois continuer à vous informer de l'état de votre commande.

## 10. Livraisons en Belgique

Pour les colis livrés en Belgique, la livraison est assurée par notre filiale Colivia Belgium SRL, avenue Louise 54, 1050 Bruxelles, qui agit pour notre compte en qualité de sous-traitant. Les informations figurant dans la présente politique s'appliquent de la même manière, et vous pouvez adresser vos demandes au même délégué à la protection des données. Les colis à destination de la Belgique font l'objet des mêmes durées de conservation.

## 11. Modifications

En cas de modification importante de cette politique, nous en informerons les titulaires d'un compte par e-mail et afficherons un bandeau sur notre page de suivi.
"""

FR_MOBILE = """# Politique de protection des données personnelles d'Ondea Mobile

Dernière mise à jour : 15 janvier 2026

Ondea Mobile est un opérateur de téléphonie mobile. Cette politique explique comment Ondea Telecom SA collecte et utilise les données personnelles de ses clients (forfaits et offres prépayées), des utilisateurs des lignes souscrites par nos clients professionnels, des personnes qui visitent nos boutiques et notre site, ainsi que des correspondants de nos clients, dans la mesure nécessaire à l'acheminement des communications.

## 1. Qui sommes-nous ?

Ondea Telecom SA, 60 avenue de la Grande Armée, 75017 Paris, RCS Paris 502 718 339, est responsable de traitement. Notre délégué à la protection des données est joignable à dpo@ondea.fr ou par courrier à Ondea Telecom – DPO, TSA 40120, 92894 Nanterre Cedex 9.

## 2. Les données que nous collectons

**Données d'identification et de contrat** : civilité, nom, prénom, date et lieu de naissance, adresse postale, e-mail, numéro de téléphone de contact, copie de la pièce d'identité présentée à la souscription, coordonnées bancaires (IBAN) et historique de facturation et de paiement.

**Données de trafic et de localisation** : numéros appelés et appelants, date, heure et durée des communications, volume de données consommées, identifiant de l'antenne relais à laquelle votre téléphone est connecté. Ces données sont indispensables à l'acheminement des communications et à la facturation.

**Données relatives à votre terminal** : numéro IMEI, modèle et système d'exploitation.

**Données de relation client** : historique de vos échanges avec nos conseillers en boutique, au téléphone, par chat ou sur les réseaux sociaux, enregistrements d'appels au service client lorsque vous en êtes informé.

**Données de navigation** sur notre site et dans l'application Mon Ondea, décrites dans notre [politique cookies](https://www.ondea.fr/cookies).

Nous n'accédons jamais au contenu de vos communications (conversations, SMS, e-mails), sauf sur réquisition judiciaire dans les cas prévus par la loi.

## 3. Pourquoi utilisons-nous vos données ?

| Finalité | Base légale |
| --- | --- |
| Souscription, gestion de la ligne, acheminement des communications | Exécution du contrat |
| Facturation, recouvrement | Exécution du contrat |
| Vérification de votre identité à la souscription et lutte contre la fraude | Intérêt légitime ; obligation légale |
| Étude de la demande de financement d'un téléphone (paiement en plusieurs fois) | Exécution de mesures précontractuelles |
| Amélioration de la qualité du réseau à partir de statistiques anonymisées | Intérêt légitime |
| Prospection commerciale par SMS et e-mail | Consentement (hors clients pour des offres analogues : intérêt légitime) |
| Réponse aux réquisitions des autorités judiciaires | Obligation légale |

Lorsque vous demandez à payer votre téléphone en plusieurs fois, votre demande est étudiée par un conseiller à partir des informations que vous nous avez fournies et de votre historique de paiement chez Ondea.

## 4. Destinataires

- Les services internes d'Ondea habilités (service client, facturation, recouvrement, réseau, fraude).
- Nos sous-traitants : centres de relation client situés en France et au Portugal, prestataire d'édition et d'envoi des factures, prestataire de livraison des téléphones, hébergeurs informatiques.
- Les autres opérateurs, pour l'acheminement des appels et la portabilité de votre numéro.
- Notre partenaire financier Sofinéo, lorsque vous demandez un paiement en plusieurs fois.
- Les sociétés de recouvrement, en cas d'impayé persistant.
- Les autorités judiciaires et administratives habilitées, dans le cadre de leurs missions.
- Les services d'urgence, qui reçoivent votre localisation lorsque vous composez le 112.

Nous ne vendons pas vos données et ne communiquons pas vos données de localisation à des annonceurs.

## 5. Transferts hors de l'Union européenne

Vos données sont traitées en France et au Portugal. Aucune donnée de trafic n'est transférée en dehors de l'Union européenne.

## 6. Durées de conservation

| Données | Durée |
| --- | --- |
| Données contractuelles et de facturation | Durée du contrat, puis 5 ans |
| Données de trafic (facturation) | 1 an |
| Données de localisation | 1 an, conformément au Code des postes et des communications électroniques |
| Enregistrements d'appels au service client | 6 mois |
| Copie de la pièce d'identité | Durée du contrat |
| Données de prospection (non-clients) | 3 ans après le dernier contact |

## 7. Vos droits

Vous disposez des droits suivants sur vos données :

- droit d'accès et de rectification ;
- droit à l'effacement, lorsque la conservation n'est plus nécessaire ;
- droit d'opposition, notamment à la prospection commerciale, à tout moment et sans motif ;
- droit à la limitation du traitement ;
- droit à la portabilité des données que vous nous avez fournies ;
- droit de définir des directives sur le sort de vos données après votre décès ;
- droit de retirer votre consentement à tout moment.

Vous pouvez exercer ces droits depuis l'application Mon Ondea (rubrique **Mes données personnelles**), par e-mail à dpo@ondea.fr ou par courrier à l'adresse du DPO. En cas de doute raisonnable sur votre identité, nous pourrons vous demander un justificatif. Nous vous répondrons dans un délai d'un mois.

Vous pouvez vous inscrire gratuitement sur la liste d'opposition au démarchage téléphonique Bloctel, et introduire une réclamation auprès de la CNIL.

## 8. Lignes utilisées par des mineurs

Un forfait ne peut être souscrit que par une personne majeure. Le titulaire peut toutefois confier une ligne à un enfant mineur ; nous ne collectons alors que le prénom et l'année de naissance de l'utilisateur, afin d'activer par défaut le contrôle parental, que le titulaire peut gérer depuis l'application Mon Ondea. Nous n'adressons aucune prospection commerciale aux utilisateurs mineurs déclarés.

## 9. Sécurité

Nos systèmes d'information sont hébergés dans des centres de données sécurisés en France. L'accès aux données de trafic est strictement limité et tracé. Nos conseillers ne peuvent accéder à votre compte qu'après vous avoir authentifié, et chaque consultation de votre dossier est enregistrée dans un journal contrôlé par nos équipes de sécurité.

## 10. Évolution de la politique

Nous vous informerons par SMS ou par e-mail de toute modification importante de la présente politique, au moins un mois avant son entrée en vigueur.
"""

FR_BANQUE = """# Notice d'information sur la protection des données personnelles

Banque Aurore – clientèle des particuliers

Version en vigueur au 1er février 2026

La Banque Aurore attache une importance particulière à la protection des données personnelles de ses clients. La présente notice vous informe sur la manière dont nous traitons les données des personnes physiques qui sont clientes de la banque, ou en relation avec elle : titulaires et co-titulaires de comptes, mandataires, cautions, représentants légaux, bénéficiaires de virements et prospects.

## 1. Le responsable du traitement

Banque Aurore SA, établissement de crédit agréé par l'Autorité de contrôle prudentiel et de résolution, au capital de 84 000 000 €, dont le siège social est situé 3 place Bellecour, 69002 Lyon, RCS Lyon 955 012 334.

Notre délégué à la protection des données peut être contacté par e-mail à dpo@banque-aurore.fr ou par courrier : Banque Aurore – Délégué à la protection des données – 3 place Bellecour, 69002 Lyon.

## 2. Les données que nous traitons

Nous traitons les catégories de données suivantes :

- **données d'identification** : nom, prénoms, date et lieu de naissance, nationalité, copie de la pièce d'identité, photographie ;
- **coordonnées** : adresse postale, adresse e-mail, numéros de téléphone ;
- **situation familiale, professionnelle et patrimoniale** : situation matrimoniale, nombre d'enfants, profession, employeur, revenus, charges, patrimoine ;
- **données bancaires et financières** : numéros de comptes et de cartes, opérations, soldes, crédits en cours, incidents de paiement ;
- **données de connexion** à la banque en ligne et à l'application mobile : identifiants, adresse IP, journaux de connexion, caractéristiques de l'appareil ;
- **enregistrements des conversations** téléphoniques avec votre conseiller ou notre centre de relation client, lorsque vous en êtes préalablement informé.

Certaines données nous sont communiquées par des tiers : la Banque de France (fichiers [FICP](https://www.banque-france.fr/fr/particuliers/fichiers-de-la-banque-de-france) et FCC), les organismes de lutte contre la fraude, ou nos partenaires assureurs.

## 3. Finalités et bases légales

**Exécution du contrat** : ouverture et gestion de vos comptes, délivrance des cartes et moyens de paiement, exécution des opérations, octroi et gestion des crédits, recouvrement.

**Obligations légales et réglementaires** : lutte contre le blanchiment des capitaux et le financement du terrorisme, respect des sanctions internationales, déclarations fiscales (dont l'échange automatique d'informations), consultation des fichiers de la Banque de France, réponse aux réquisitions des autorités.

**Intérêt légitime** : prévention de la fraude, sécurité des réseaux et des systèmes, gestion de la relation commerciale, prospection par courrier et par téléphone, études statistiques, enregistrement des conversations pour l'amélioration de la qualité de service et la preuve des opérations.

**Consentement** : prospection par e-mail et SMS, utilisation de votre empreinte digitale ou de la reconnaissance faciale de votre téléphone pour vous connecter à l'application (ces données biométriques restent sur votre téléphone et ne nous sont jamais transmises).

### Décisions automatisées

L'octroi d'un crédit à la consommation en ligne peut donner lieu à une décision fondée sur un score calculé automatiquement à partir des informations de votre demande et de votre historique bancaire. Vous avez le droit d'obtenir l'intervention d'un conseiller, d'exprimer votre point de vue et de contester la décision.

Nous analysons également vos opérations de paiement de manière automatisée afin de détecter les opérations inhabituelles susceptibles de révéler une fraude ; une opération peut être suspendue le temps que nous vous contactions.

## 4. Les destinataires

Vos données peuvent être communiquées, dans la limite de ce qui est nécessaire :

- aux entités du groupe Aurore, pour la gestion de la relation commerciale et la lutte contre la fraude et le blanchiment ;
- à nos sous-traitants (prestataires informatiques, éditique, centres d'appels, transporteurs de fonds, prestataires de traitement des chèques) ;
- à nos partenaires assureurs, lorsque vous souscrivez un contrat d'assurance distribué par la banque ;
- aux organismes de paiement (Cartes Bancaires, Visa, Mastercard, SWIFT) pour l'exécution de vos opérations ;
- à la Banque de France, à l'administration fiscale, à Tracfin et aux autorités judiciaires, dans les cas prévus par la loi ;
- aux personnes que vous avez autorisées, notamment les prestataires de services d'information sur les comptes que vous utilisez.

Nous ne vendons jamais vos données à des tiers.

## 5. Les transferts hors de l'Union européenne

Vos données sont traitées en France et dans l'Union européenne. Les virements internationaux transitent par le réseau SWIFT, qui peut conserver les messages dans ses centres situés en Europe et en Suisse, pays bénéficiant d'une décision d'adéquation.

## 6. Les durées de conservation

| Catégorie | Durée de conservation |
| --- | --- |
| Données de la relation bancaire | Durée de la relation, puis 10 ans |
| Dossiers de crédit refusés | 6 mois à compter de la décision |
| Enregistrements téléphoniques | 5 ans pour les ordres passés par téléphone ; 6 mois dans les autres cas |
| Données de lutte contre le blanchiment | 5 ans après la fin de la relation |
| Données des prospects | 3 ans à compter du dernier contact |
| Vidéoprotection des agences | 30 jours |

## 7. Vos droits

Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition, ainsi que du droit de retirer votre consentement et de définir des directives relatives au sort de vos données après votre décès. Vous pouvez vous opposer à tout moment, sans avoir à vous justifier, à la prospection commerciale.

Pour exercer vos droits, adressez-vous à votre conseiller, utilisez la messagerie sécurisée de votre banque en ligne ou écrivez au délégué à la protection des données. Nous vous répondrons dans un délai d'un mois, qui peut être prolongé de deux mois compte tenu de la complexité de la demande ; nous vous en informerons alors.

En cas de désaccord, vous pouvez saisir le Médiateur de la banque ou introduire une réclamation auprès de la CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07 ([www.cnil.fr/fr/plaintes](https://www.cnil.fr/fr/plaintes)).

## 8. Sécurité

La banque met en œuvre des mesures techniques et organisationnelles adaptées : chiffrement des échanges, authentification forte, contrôle des habilitations, surveillance des systèmes et sensibilisation des collaborateurs.

## 9. Mise à jour de la notice

Cette notice peut évoluer. En cas de modification substantielle, nous vous en informerons par message dans votre espace de banque en ligne, deux mois au moins avant son entrée en vigueur.
"""

FR_BOUTIQUE = """# Politique cookies

Boutikéo SAS – dernière mise à jour le 24 février 2026

Boutikéo permet aux commerçants et artisans de créer leur boutique en ligne. Cette politique présente les cookies déposés sur les boutiques hébergées par Boutikéo (les sites sur lesquels vous faites vos achats) et sur boutikeo.fr. Chaque commerçant peut ajouter ses propres outils ; ils sont alors décrits dans les mentions de sa boutique.

## Qu'est-ce qu'un cookie ?

Un cookie est un petit fichier déposé sur votre terminal lorsque vous consultez un site. Il permet par exemple de conserver votre panier ou de mémoriser vos préférences. Certains cookies sont indispensables au fonctionnement du site ; les autres ne sont déposés qu'avec votre accord.

## Cookies déposés sur les boutiques

* **bk_panier** – conserve le contenu de votre panier (cookie nécessaire, 30 jours).
* **bk_session** – maintient votre connexion à votre compte client et sécurise le paiement (cookie nécessaire, durée de la session).
* **bk_choix** – mémorise vos choix en matière de cookies (cookie nécessaire, 13 mois).
* **bk_stats** – mesure la fréquentation de la boutique pour le tableau de bord du commerçant (cookie de mesure d'audience, 13 mois, déposé avec votre accord).
* **bk_source** – enregistre la campagne publicitaire ou l'e-mail qui vous a amené sur la boutique (cookie publicitaire, 30 jours, déposé avec votre accord).

## Modules activés par le commerçant

Le commerçant peut activer des modules de partenaires, comme le pixel Meta, Google Analytics ou Pinterest Tag. Ces partenaires déposent leurs propres cookies, sous leur responsabilité et celle du commerçant, uniquement si vous les acceptez dans le bandeau de la boutique.

## Sur boutikeo.fr

Nous utilisons des cookies nécessaires à la connexion à l'espace commerçant et, avec votre accord, l'outil de mesure d'audience Matomo, hébergé en France.

## Comment gérer vos choix ?

Lors de votre première visite, un bandeau vous permet d'accepter, de refuser ou de personnaliser les cookies. Vous pouvez modifier votre choix à tout moment en cliquant sur « Gérer les cookies » en bas de page. Votre choix est conservé 13 mois, puis nous vous le demandons à nouveau.

Pour toute question : dpo@boutikeo.fr – Boutikéo SAS, 22 rue du Faubourg Saint-Antoine, 75012 Paris.
"""

FR_NEWSLETTER = """# Lettrine – Politique de confidentialité

Lettrine est une plateforme française de création et d'envoi de newsletters, utilisée par des journalistes indépendants, des associations et des médias (les « Éditeurs »). Elle est éditée par Lettrine SAS, 9 rue de la Pépinière, 59000 Lille.

Dernière modification : 6 mars 2026

## Deux rôles différents

Lettrine est responsable du traitement des données des Éditeurs (titulaires d'un compte) et des lecteurs qui créent un compte sur lettrine.fr. Lorsqu'un Éditeur collecte des abonnés à sa newsletter, il est responsable de ce traitement et Lettrine agit comme son sous-traitant.

## Données des lecteurs

Lorsque vous vous abonnez à une newsletter publiée avec Lettrine, nous enregistrons :

- votre adresse e-mail et, si vous les indiquez, vos nom et prénom ;
- la date, l'heure et la page d'inscription, ainsi que l'adresse IP utilisée, pour conserver la preuve de votre consentement ;
- pour les abonnements payants, les informations de paiement traitées par notre prestataire Stripe (nous ne conservons que les quatre derniers chiffres de votre carte) ;
- l'ouverture des e-mails et les clics sur les liens, lorsque l'Éditeur a activé les statistiques.

## Ce que nous faisons de ces données

- Envoyer les newsletters auxquelles vous êtes abonné et gérer vos abonnements.
- Fournir à chaque Éditeur des statistiques globales sur sa newsletter : nombre d'abonnés, taux d'ouverture, taux de clic, liens les plus consultés.
- Lutter contre le spam, les inscriptions frauduleuses et les abus.
- Vous adresser des messages de service (confirmation d'inscription, reçus de paiement).

## Partage des données

Chaque Éditeur a accès à la liste de ses propres abonnés. Nous faisons appel à des prestataires pour l'hébergement (Clever Cloud, France), l'envoi des e-mails (Scaleway Transactional Email, France) et le paiement (Stripe). Nous ne vendons ni ne louons les adresses e-mail des lecteurs.

## Durées de conservation

Vos données sont conservées tant que vous êtes abonné à au moins une newsletter. Après votre désinscription, votre adresse est conservée 3 ans dans une liste d'opposition, uniquement pour éviter une nouvelle inscription non souhaitée. Les statistiques d'ouverture et de clic sont conservées 13 mois.

## Vos droits

Chaque newsletter comporte un lien de désinscription. Vous pouvez exercer vos droits d'accès, de rectification, d'effacement, d'opposition et de portabilité en écrivant à vosdonnees@lettrine.fr. Si votre demande concerne la liste d'un Éditeur, nous la lui transmettons. Vous pouvez introduire une réclamation auprès de la CNIL.
"""

FR_FREELANCE = """# Politique de confidentialité d'Indépendia

Version du 28 janvier 2026

Indépendia est une place de marché qui met en relation des entreprises (les « Clients ») et des travailleurs indépendants (les « Freelances ») dans les domaines du développement, du design, du conseil et de la rédaction. Indépendia SAS, 35 rue du Sentier, 75002 Paris, est responsable des traitements décrits ci-dessous.

## Données collectées

**Pour tous les utilisateurs** : nom, prénom, adresse e-mail, mot de passe, téléphone, messages échangés sur la plateforme, avis laissés ou reçus.

**Pour les Freelances** : profil professionnel (compétences, expériences, portfolio, tarif journalier, disponibilités), numéro SIRET, justificatif d'immatriculation, attestation de vigilance URSSAF (obligatoire pour les missions de plus de 5 000 €), coordonnées bancaires pour le versement des paiements.

**Pour les Clients** : raison sociale, fonction, coordonnées de facturation.

**Données de navigation** : adresse IP, type de navigateur, pages consultées, recherches effectuées.

## Finalités

Nous utilisons ces données pour :

- permettre la mise en relation entre Clients et Freelances et afficher les profils dans les résultats de recherche ;
- gérer les contrats de mission, la facturation et les paiements, via notre prestataire de paiement Mangopay ;
- vérifier les documents légaux des Freelances, comme la loi l'impose au donneur d'ordre ;
- assurer la sécurité de la plateforme et prévenir la fraude ;
- vous adresser des informations sur nos services, si vous l'avez accepté.

## Destinataires

Les Clients consultent les profils des Freelances et les propositions qui leur sont adressées. Nos sous-traitants (hébergement chez OVHcloud, paiement par Mangopay, envoi d'e-mails par Brevo, support via Crisp) n'agissent que sur nos instructions. Toutes les données sont hébergées en France.

## Conservation

Les données de votre compte sont conservées pendant toute la durée de votre inscription, puis supprimées 12 mois après la clôture du compte. Les factures et contrats sont conservés 10 ans. Les documents légaux des Freelances sont conservés 5 ans après la fin de la dernière mission.

## Vos droits

Vous pouvez accéder à vos données, les rectifier, les effacer, en limiter le traitement, vous opposer à leur traitement ou en demander la portabilité, en écrivant à dpo@independia.fr ou depuis la rubrique **Mon compte > Confidentialité**. Nous répondons dans un délai d'un mois.

Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL (www.cnil.fr).
"""

FR_VISIO = """# Visiolien – Politique de confidentialité

En vigueur depuis le 3 février 2026

Visiolien est un service français de visioconférence et de webinaires proposé aux entreprises, aux collectivités et aux établissements d'enseignement. Visiolien SAS, 2 rue de la Gare, 38000 Grenoble, édite le service.

## Qui est responsable ?

L'organisation cliente qui utilise Visiolien (votre employeur, votre école, l'organisateur du webinaire) est responsable du traitement des réunions qu'elle organise ; Visiolien agit comme son sous-traitant. Visiolien est responsable du traitement pour la gestion des comptes, la facturation et la sécurité du service.

## Les données traitées

- Compte : nom, prénom, adresse e-mail, organisation, photo de profil facultative.
- Réunions : titre, date, liste et nom des participants, heures de connexion et de déconnexion, messages de la discussion.
- Flux audio et vidéo : transmis en temps réel et non conservés, sauf si l'organisateur enregistre la réunion.
- Enregistrements et transcriptions : conservés dans l'espace de l'organisateur lorsqu'il active l'enregistrement ou la transcription automatique. Les participants en sont informés par un message et un indicateur visuel.
- Données techniques : adresse IP, type de terminal et de navigateur, qualité de la connexion, journaux techniques.

## Pourquoi nous traitons ces données

Nous traitons ces données pour fournir le service de visioconférence, produire les transcriptions et comptes rendus demandés par l'organisateur, assurer la sécurité et la qualité du service, facturer nos clients et vous envoyer les informations de service. Nous n'utilisons pas le contenu des réunions à des fins publicitaires.

## Hébergement

Toutes les données sont hébergées en France, dans des centres de données qualifiés SecNumCloud exploités par Outscale. Aucune donnée n'est transférée hors de l'Union européenne.

## Durées de conservation

Les enregistrements et transcriptions sont conservés jusqu'à leur suppression par l'organisateur, et au plus 12 mois. Les métadonnées des réunions sont conservées 12 mois, les journaux techniques 12 mois. Les données du compte sont supprimées 3 mois après la résiliation de l'abonnement.

## Vos droits

Vous pouvez exercer vos droits d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité en écrivant à dpo@visiolien.fr. Lorsque votre demande concerne une réunion organisée par un client, nous la transmettons à celui-ci. Vous pouvez introduire une réclamation auprès de la CNIL.
"""

FR_CHAT = """# Politique cookies du widget Bavardo

Mise à jour : 21 avril 2026

Bavardo SAS propose un widget de messagerie instantanée que les entreprises (nos « clients ») installent sur leur site pour répondre aux questions de leurs visiteurs. La présente politique décrit les cookies et le stockage local utilisés par le widget Bavardo sur les sites de nos clients, ainsi que sur notre site bavardo.fr.

## Pourquoi le widget utilise des cookies

Pour que la conversation que vous avez commencée sur une page reste affichée quand vous changez de page, et pour que le conseiller retrouve l'historique de vos échanges, le widget doit reconnaître votre navigateur. Ces cookies sont strictement nécessaires au service de messagerie que vous avez vous-même sollicité : ils ne sont déposés qu'à l'ouverture de la fenêtre de discussion et ne requièrent donc pas votre consentement.

## Les cookies du widget

| Nom | Finalité | Durée de vie |
| --- | --- | --- |
| bv_visiteur | Identifiant aléatoire qui relie votre navigateur à vos conversations sur ce site | 6 mois |
| bv_session | Maintient la conversation ouverte pendant votre navigation | Session |
| bv_etat | Mémorise si la fenêtre de discussion est ouverte ou réduite | Session |

Ces cookies sont propres à chaque site : ils ne permettent pas à Bavardo de vous reconnaître d'un site à l'autre.

## Les conversations

Le contenu de vos conversations est conservé pour le compte de notre client, qui en fixe la durée de conservation, dans la limite de 24 mois. Si vous souhaitez que vos échanges soient supprimés, adressez-vous au site sur lequel vous avez discuté.

## Sur bavardo.fr

Nous utilisons un cookie de session pour la connexion à l'espace conseiller et, avec votre accord, l'outil de mesure d'audience Matomo (cookies _pk_id, 13 mois, et _pk_ses, 30 minutes), hébergé sur nos serveurs en France.

## Vos choix

Vous pouvez à tout moment supprimer les cookies depuis les paramètres de votre navigateur ; l'historique de vos conversations ne sera alors plus affiché dans le widget. Sur bavardo.fr, le lien « Gestion des cookies » en bas de page vous permet de modifier votre choix.

Contact : confidentialite@bavardo.fr – Bavardo SAS, 17 rue d'Alsace-Lorraine, 31000 Toulouse.
"""

FR_HEBERGEUR = """# Politique cookies

## Hébergix – hébergement web et noms de domaine

Version du 10 mars 2026

Cette politique décrit les cookies utilisés par Hébergix SARL sur le site hebergix.fr, dans l'espace client et dans le webmail. Elle ne concerne pas les sites que nos clients hébergent chez nous : chaque client est responsable des cookies déposés sur son propre site.

## Les cookies nécessaires

Ces cookies sont indispensables au fonctionnement de nos services et ne peuvent pas être désactivés :

- **hx_session** : maintient votre connexion à l'espace client et au webmail (durée de la session) ;
- **hx_panier** : conserve les noms de domaine et offres ajoutés à votre panier (7 jours) ;
- **hx_csrf** : protège les formulaires contre les attaques par falsification de requête (durée de la session) ;
- **hx_consentement** : conserve vos choix en matière de cookies (6 mois).

## Les cookies soumis à votre consentement

- **Mesure d'audience** : Matomo (_pk_id, 13 mois ; _pk_ses, 30 minutes) nous permet de savoir quelles pages sont consultées et comment nos visiteurs arrivent sur le site.
- **Publicité** : le pixel de conversion de Google Ads (_gcl_au, 90 jours) nous indique si une personne ayant cliqué sur l'une de nos annonces a ensuite souscrit une offre.

Ces cookies ne sont déposés que si vous cliquez sur « Tout accepter » ou si vous les activez dans le panneau « Personnaliser ».

## Modifier vos choix

Vous pouvez revenir sur vos choix à tout moment grâce au lien « Cookies » présent en bas de chaque page. Votre choix est conservé 6 mois. Vous pouvez aussi configurer votre navigateur pour bloquer les cookies, mais l'espace client ne fonctionnera pas sans les cookies nécessaires.

## Contact

Hébergix SARL, 4 rue Gambetta, 21000 Dijon – dpo@hebergix.fr
"""

FR_TRANSCRIPTION = """# Scribéo – Politique de protection des données

Dernière mise à jour : 8 avril 2026

Scribéo transcrit automatiquement les réunions, conférences téléphoniques et entretiens, et produit des comptes rendus pour les équipes qui l'utilisent. Scribéo SAS, 11 rue de la République, 13002 Marseille, édite le service.

## Rôles

Pour les enregistrements, transcriptions et comptes rendus, notre client (l'entreprise qui utilise Scribéo) est responsable de traitement et Scribéo agit en qualité de sous-traitant. Scribéo est responsable de traitement pour les comptes utilisateurs, la facturation et son site internet.

## Données traitées

- Utilisateurs : nom, prénom, adresse e-mail professionnelle, organisation, agenda connecté (titre et horaires des réunions, noms et adresses e-mail des participants).
- Participants aux réunions enregistrées : voix, contenu des propos, nom affiché dans l'outil de visioconférence, temps de parole.
- Données de facturation et données techniques (adresse IP, journaux de connexion).

L'assistant Scribéo rejoint la réunion sous le nom « Scribéo – prise de notes » et annonce l'enregistrement dans la discussion. Tout participant peut demander à l'organisateur de le retirer.

## Finalités

Produire les transcriptions, résumés et relevés de décisions demandés par le client, permettre la recherche dans les réunions passées, assurer le support et la sécurité du service, facturer nos clients.

## Sous-traitants et transferts

La transcription est réalisée par nos propres modèles, hébergés chez Scaleway à Paris. La génération des résumés fait appel à l'API d'un fournisseur de modèles de langage établi aux États-Unis, qui ne conserve pas les données au-delà de 30 jours et ne les utilise pas pour entraîner ses modèles. Ce transfert est encadré par les clauses contractuelles types adoptées par la Commission européenne, complétées par un chiffrement des données en transit.

## Conservation

Les fichiers audio sont supprimés 30 jours après la réunion. Les transcriptions et résumés sont conservés jusqu'à leur suppression par le client, et au plus tard 60 jours après la fin de l'abonnement.

## Vos droits

Si vous avez participé à une réunion enregistrée, adressez-vous à l'organisation qui l'a enregistrée ; nous l'aiderons à vous répondre. Les utilisateurs peuvent exercer leurs droits depuis leur espace ou en écrivant à donnees@scribeo.fr. Vous pouvez introduire une réclamation auprès de la CNIL.
"""

FR_COURTIER = """# Prospectis – Information des personnes figurant dans notre base de données

Mise à jour : 19 février 2026

Prospectis SAS fournit aux entreprises des fichiers de prospection « B2B » : des informations sur des entreprises françaises et sur les décideurs qui y travaillent. Cette page vous informe, conformément aux articles 13 et 14 du RGPD, si vos coordonnées professionnelles figurent dans notre base.

## Responsable du traitement

Prospectis SAS, 6 place de la Bourse, 31000 Toulouse, RCS Toulouse 829 330 145. Délégué à la protection des données : dpo@prospectis.fr.

## Données traitées

Pour chaque décideur, nous pouvons détenir : civilité, nom, prénom, fonction, service, niveau hiérarchique, nom et adresse de l'entreprise, adresse e-mail professionnelle nominative, numéro de téléphone du standard ou ligne directe professionnelle, URL du profil professionnel public. Nous ne traitons aucune coordonnée personnelle.

## Sources

- Registres publics (registre national des entreprises, BODACC, Journal officiel).
- Sites internet des entreprises, communiqués de presse, rapports annuels.
- Profils professionnels rendus publics par les intéressés.
- Vérifications téléphoniques réalisées par notre équipe auprès des standards.

## Finalité et base légale

Les données sont mises à disposition de nos clients, des entreprises qui souhaitent prospecter d'autres professionnels sur des sujets en rapport avec leur activité. Ce traitement repose sur notre intérêt légitime et sur celui de nos clients à développer leur activité commerciale auprès de professionnels. Nos clients s'engagent contractuellement à respecter les règles applicables à la prospection électronique et à tenir compte des oppositions.

## Destinataires

Nos clients abonnés, ainsi que nos sous-traitants : hébergement (OVHcloud, France) et vérification de la validité des adresses e-mail (Dropcontact, France).

## Information des personnes

Lorsque nous ajoutons une personne à notre base, nous lui adressons un e-mail d'information dans un délai d'un mois, précisant la source des données et la manière de s'opposer au traitement.

## Conservation

Les fiches sont vérifiées au moins une fois par an. Une fiche qui n'a pas pu être vérifiée depuis 3 ans est supprimée.

## Vos droits

Vous pouvez vous opposer à tout moment, sans avoir à justifier de motif, au traitement de vos données et à leur communication à nos clients : il suffit de cliquer sur le lien présent dans notre e-mail d'information ou d'écrire à dpo@prospectis.fr. Votre fiche est alors supprimée et votre adresse e-mail conservée dans une liste d'opposition. Vous disposez également des droits d'accès, de rectification, d'effacement et de limitation. Nous répondons dans un délai d'un mois. Vous pouvez introduire une réclamation auprès de la CNIL.
"""

FR_KYC = """# Identik – Politique de confidentialité relative à la vérification d'identité

Date d'effet : 5 janvier 2026

Identik SAS est un prestataire de vérification d'identité à distance. Banques en ligne, établissements de paiement, plateformes de location, sites de rencontre ou opérateurs de jeux nous confient la vérification de l'identité de leurs utilisateurs, par exemple lors de l'ouverture d'un compte. Si l'un de ces services vous a redirigé vers le parcours de vérification Identik, la présente politique vous explique ce que deviennent vos données.

## 1. Qui sommes-nous ?

Identik SAS, 25 rue de la Croix-Nivert, 75015 Paris, RCS Paris 879 441 026. Notre service de vérification d'identité à distance est certifié par l'ANSSI au titre du référentiel PVID.

Notre délégué à la protection des données est joignable par e-mail à dpo@identik.fr ou par courrier à l'adresse du siège.

## 2. Nos rôles

Le service qui vous demande de vérifier votre identité (notre « client ») détermine pourquoi cette vérification est nécessaire et décide de la suite à donner au résultat : il est responsable de traitement. Identik agit en qualité de sous-traitant pour réaliser la vérification.

Identik est en outre responsable de traitement pour deux finalités qui lui sont propres :

- la conservation des preuves de vérification exigées par le référentiel PVID ;
- l'amélioration de ses algorithmes de détection de la fraude documentaire, à partir de données pseudonymisées.

## 3. Les données collectées

Au cours du parcours de vérification, nous collectons :

- des photos du recto et du verso de votre pièce d'identité (carte nationale d'identité, passeport ou titre de séjour) et les données qui y figurent : nom, prénoms, date et lieu de naissance, nationalité, numéro et date de validité du document, photographie ;
- une courte vidéo de votre visage, à partir de laquelle nous extrayons un gabarit biométrique afin de le comparer à la photographie du document et de vérifier qu'une personne réelle est présente (détection du vivant) ;
- des données techniques : adresse IP, modèle du terminal, système d'exploitation, horodatage des étapes du parcours ;
- le cas échéant, votre adresse e-mail et votre numéro de téléphone, si le client nous les transmet pour vous envoyer le lien du parcours.

Nous ne collectons pas d'autres données que celles strictement nécessaires à la vérification demandée par notre client.

## 4. Le déroulement de la vérification

Nos algorithmes contrôlent l'authenticité du document (éléments de sécurité, cohérence de la bande MRZ, absence de falsification) et comparent votre visage à la photo du document. Conformément au référentiel PVID, chaque dossier est ensuite examiné par un opérateur Identik formé à la détection de la fraude, qui confirme ou infirme le résultat. Nous transmettons au client le résultat (« validé », « refusé » ou « à compléter ») et les données extraites du document.

C'est le client, et non Identik, qui décide de vous ouvrir ou non un compte.

## 5. Les données biométriques

La comparaison faciale implique le traitement de données biométriques, qui sont des données sensibles au sens de l'article 9 du RGPD. Ce traitement repose sur votre consentement explicite, que vous exprimez en cochant la case prévue à cet effet au début du parcours. Vous pouvez retirer votre consentement à tout moment avant la fin de la vérification en quittant le parcours ; dans ce cas, le client doit vous proposer une autre méthode de vérification, par exemple en agence ou par courrier.

Le gabarit biométrique est supprimé dès la fin de la comparaison. Il n'est jamais utilisé pour vous identifier parmi d'autres personnes, ni pour une autre vérification.

## 6. Destinataires

Le résultat de la vérification et les données extraites sont transmis uniquement au client qui a demandé la vérification. Nos opérateurs, salariés d'Identik, travaillent depuis nos locaux de Paris et de Nantes.

Nos sous-traitants sont les suivants :

| Sous-traitant | Prestation | Localisation |
| --- | --- | --- |
| OVHcloud | Hébergement des données (offre qualifiée SecNumCloud) | France |
| Worldline | Horodatage et signature électronique des preuves | France |
| Twilio Ireland | Envoi des SMS contenant le lien du parcours | Irlande |

Aucune donnée n'est transférée en dehors de l'Union européenne.

## 7. Les durées de conservation

| Données | Durée de conservation |
| --- | --- |
| Photos du document et vidéo du visage | 7 jours après la fin de la vérification, puis suppression |
| Gabarit biométrique | Supprimé dès la fin de la comparaison |
| Dossier de preuve (résultat, données extraites, journal horodaté) | 5 ans à compter de la vérification, conformément au référentiel PVID |
| Données pseudonymisées d'apprentissage antifraude | 3 ans |
| Données techniques du parcours | 12 mois |

## 8. Sécurité

Les données sont chiffrées en transit et au repos, et stockées dans un environnement qualifié SecNumCloud. L'accès des opérateurs est nominatif, limité aux dossiers qui leur sont attribués et journalisé. Nos procédures font l'objet d'un audit annuel dans le cadre de la certification PVID.

## 9. Vos droits

Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation et d'opposition, ainsi que du droit de retirer votre consentement. Pour les données traitées pour le compte d'un client, nous vous invitons à vous adresser d'abord à celui-ci ; vous pouvez aussi écrire à dpo@identik.fr, et nous transmettrons votre demande au client concerné. Nous répondons dans un délai d'un mois.

Si votre vérification a échoué, vous pouvez demander au client un réexamen de votre dossier ou une autre méthode de vérification.

Vous avez le droit d'introduire une réclamation auprès de la CNIL (www.cnil.fr).

## 10. Modifications

En cas de modification substantielle de la présente politique, nous en informerons nos clients, qui vous en informeront à leur tour, et la version à jour sera indiquée au début de chaque parcours de vérification.
"""

FR_TPE = """# Monépay – Politique de confidentialité

Terminaux de paiement et encaissement pour les commerçants

Mise à jour le 13 avril 2026

Monépay fournit aux commerçants, artisans et professions libérales des terminaux de paiement électronique (TPE), un service d'encaissement des paiements par carte et une application de gestion. La présente politique concerne les commerçants clients de Monépay et leurs salariés, les porteurs de cartes qui paient chez un commerçant équipé d'un terminal Monépay, et les visiteurs de monepay.fr.

## Responsable du traitement

Monépay SAS, établissement de paiement agréé par l'ACPR, 3 rue de la Barre, 69002 Lyon, RCS Lyon 850 226 701. Délégué à la protection des données : dpo@monepay.fr.

## Données des commerçants

Lors de la souscription, nous collectons l'identité du dirigeant et des bénéficiaires effectifs, une copie de leur pièce d'identité, le Kbis, l'IBAN de l'entreprise et les informations sur l'activité, comme l'exige la réglementation relative à la lutte contre le blanchiment. Nous traitons ensuite les données de transactions encaissées et les données d'utilisation de l'application Monépay.

## Données des porteurs de cartes

Lorsque vous payez par carte chez un commerçant équipé d'un terminal Monépay, nous traitons le numéro de carte (conservé sous forme chiffrée ou tronquée), la date d'expiration, le montant, la date et l'heure de la transaction, l'identifiant du terminal et, pour les paiements sans contact avec un téléphone, le jeton de paiement fourni par le portefeuille électronique. Nous ne connaissons pas votre nom, sauf s'il est transmis par votre banque lors de l'autorisation.

## Finalités

- Exécuter les paiements et reverser les fonds aux commerçants.
- Détecter et prévenir la fraude à la carte bancaire.
- Respecter nos obligations légales (lutte contre le blanchiment, comptabilité, réponses aux autorités).
- Assurer le support technique des terminaux.
- Informer nos commerçants clients de nos nouvelles offres, sauf opposition de leur part.

## Destinataires

Les réseaux de cartes (CB, Visa, Mastercard), les banques émettrices des cartes et notre banque partenaire, le prestataire de maintenance des terminaux, nos hébergeurs en France, et les autorités habilitées (ACPR, Tracfin, administration fiscale). Nous ne vendons aucune donnée de transaction.

## Conservation

Les données de transaction sont conservées 13 mois à des fins de contestation, puis archivées 5 ans au titre des obligations légales. Les dossiers des commerçants sont conservés pendant la relation puis 5 ans.

## Vos droits

Vous pouvez exercer vos droits d'accès, de rectification, d'effacement, de limitation et d'opposition en écrivant à dpo@monepay.fr ou à Monépay – DPO, 3 rue de la Barre, 69002 Lyon. Vous pouvez saisir la CNIL.
"""

FR_TELEMATIQUE = """# Flottéo – Politique de confidentialité

Dernière mise à jour : 27 mars 2026

Flottéo propose aux entreprises une solution de gestion de flotte : boîtiers télématiques installés dans les véhicules, plateforme de suivi en ligne et application mobile pour les conducteurs. Cette politique s'adresse aux entreprises clientes, aux conducteurs des véhicules équipés et aux visiteurs de flotteo.fr.

## Qui est responsable ?

L'entreprise qui équipe ses véhicules (l'employeur) est responsable du traitement des données de géolocalisation de ses véhicules et de ses conducteurs ; Flottéo SAS, 7 rue Lavoisier, 49000 Angers, agit en tant que sous-traitant. Flottéo est responsable de traitement pour la gestion des comptes clients et de son site internet.

## Données collectées par le boîtier

- Position GPS du véhicule, à intervalles de 2 minutes lorsque le moteur tourne.
- Heures de démarrage et d'arrêt, kilométrage parcouru.
- Données techniques du véhicule : niveau de carburant ou de charge, codes d'alerte moteur, date de la prochaine révision.
- Identifiant du conducteur, lorsque celui-ci s'identifie au moyen de son badge.

## À quoi servent ces données

La solution permet à l'employeur de suivre et d'optimiser les tournées, de justifier les interventions facturées à ses clients, de suivre le temps de travail lorsqu'aucun autre moyen n'est possible, de planifier l'entretien des véhicules et de retrouver un véhicule volé.

Conformément aux recommandations de la CNIL, la géolocalisation ne peut pas servir à contrôler en permanence les conducteurs ni à contrôler le respect des limitations de vitesse.

## Mode « vie privée »

Lorsque l'employeur autorise l'usage du véhicule à titre personnel, le conducteur peut activer le mode « vie privée » depuis l'application ou un bouton dans le véhicule, en dehors de ses horaires de travail. La position du véhicule n'est alors plus transmise à l'employeur.

## Destinataires

Seules les personnes habilitées chez l'employeur (responsable de flotte, service d'exploitation) consultent les données. Les données sont hébergées en France par Scaleway. Le support Flottéo peut y accéder à la demande de l'employeur.

## Conservation

Les données de géolocalisation sont conservées 2 mois, ou 1 an lorsqu'elles servent de preuve des interventions réalisées. Les données relatives au temps de travail sont conservées 5 ans.

## Vos droits

Les conducteurs peuvent exercer leurs droits d'accès, de rectification et d'opposition auprès de leur employeur ou en écrivant à dpo@flotteo.fr, qui transmettra leur demande. Ils peuvent saisir la CNIL.
"""

FR_BASES: dict[str, tuple[str, str, str]] = {
    "crm": ("privacy", "Relatia", FR_CRM),
    "recrutement": ("privacy", "Embauchéo", FR_RECRUT),
    "audience": ("cookies", "Mesuro", FR_AUDIENCE),
    "regie": ("cookies", "Horizon Régie", FR_REGIE),
    "avocats": ("privacy", "Marchand Lefort Avocats", FR_AVOCATS),
    "comptable": ("privacy", "Cabinet Fidexa", FR_COMPTABLE),
    "colis": ("privacy", "Colivia", FR_COLIS),
    "mobile": ("privacy", "Ondea Mobile", FR_MOBILE),
    "banque": ("privacy", "Banque Aurore", FR_BANQUE),
    "boutique": ("cookies", "Boutikéo", FR_BOUTIQUE),
    "newsletter": ("privacy", "Lettrine", FR_NEWSLETTER),
    "freelance": ("privacy", "Indépendia", FR_FREELANCE),
    "visio": ("privacy", "Visiolien", FR_VISIO),
    "chat": ("cookies", "Bavardo", FR_CHAT),
    "hebergeur": ("cookies", "Hébergix", FR_HEBERGEUR),
    "transcription": ("privacy", "Scribéo", FR_TRANSCRIPTION),
    "courtier": ("privacy", "Prospectis", FR_COURTIER),
    "kyc": ("privacy", "Identik", FR_KYC),
    "tpe": ("privacy", "Monépay", FR_TPE),
    "telematique": ("privacy", "Flottéo", FR_TELEMATIQUE),
}


def escape_entities(part: str) -> str:
    """Ampersands and angle brackets written as HTML entities, as an HTML-to-Markdown capture leaves them."""
    return part.replace("&", "&amp;").replace(" > ", " &gt; ")


def compact_table(part: str) -> str:
    """Every Markdown table row without the spaces around its cell separators, as a terser renderer writes it."""
    lines = part.split("\n")
    for i, line in enumerate(lines):
        if line.startswith("|"):
            lines[i] = "|" + "|".join(c.strip() for c in line.strip().strip("|").split("|")) + "|"
    return "\n".join(lines)


def star_bullets_to_dashes_and_wrap(part: str) -> str:
    """List items re-rendered with "-" markers and plain paragraphs hard-wrapped."""
    return rewrap(re.sub(r"^\* ", "- ", part, flags=re.M), width=80)


def setext_and_underscores(part: str) -> str:
    """Level-1 and level-2 headings in setext form and bold written with underscores."""
    part = re.sub(r"^# (.+)$", lambda m: m.group(1) + "\n" + "=" * len(m.group(1)), part, flags=re.M)
    part = re.sub(r"^## (.+)$", lambda m: m.group(1) + "\n" + "-" * len(m.group(1)), part, flags=re.M)
    return re.sub(r"\*\*(.+?)\*\*", r"__\1__", part)


FR_EDITS: list[Pair] = [
    # --- Relatia (CRM SaaS)
    (fr("crm"), "rights_reducing", ["R12", "R2"], False, False,
     "Promesse affaiblie : « Relatia n'utilise jamais les Données Clients pour ses propres finalités » devient « n'utilise pas ... à des fins commerciales propres » et les données peuvent servir « pour entraîner et améliorer les modèles d'intelligence artificielle » ; nouvelle ligne de finalité dans le tableau.",
     [("Relatia n'utilise jamais les Données Clients pour ses propres finalités : elles ne servent qu'à vous fournir le service, selon vos instructions.",
       "Relatia n'utilise pas les Données Clients à des fins commerciales propres. Nous pouvons toutefois les utiliser, sous une forme pseudonymisée, pour entraîner et améliorer les modèles d'intelligence artificielle de notre assistant de rédaction d'e-mails."),
      before("| Envoi de notre lettre d'information | Consentement |",
             "| Entraînement des modèles d'IA de l'assistant de rédaction | Intérêt légitime |\n")]),
    (fr("crm"), "editorial", ["R1"], False, True,
     "Re-rendu technique : la capture écrit « & » et « > » en entités HTML (« Identité &amp; coordonnées », « Paramètres &gt; Données &amp; confidentialité ») ; texte identique.",
     [rerender(FR_CRM, "## 3. Les données que nous traitons", "## 5. Destinataires", escape_entities),
      ("**Paramètres > Données & confidentialité**", "**Paramètres &gt; Données &amp; confidentialité**")]),
    # --- Embauchéo (recruiting platform)
    (fr("recrutement"), "rights_reducing", ["R12", "R5"], False, False,
     "Promesse supprimée : « Votre CV n'est jamais transmis à une entreprise à laquelle vous n'avez pas postulé sans votre accord préalable » devient « consultables par les entreprises abonnées à notre CVthèque, qui peuvent vous contacter directement ».",
     [("Votre CV n'est jamais transmis à une entreprise à laquelle vous n'avez pas postulé sans votre accord préalable.",
       "Votre profil et votre CV sont également consultables par les entreprises abonnées à notre CVthèque, qui peuvent vous contacter directement pour vous proposer un poste.")]),
    (fr("recrutement"), "minor", ["R9"], False, False,
     "Conservation raccourcie : espace candidat et CV « conservés 2 ans » -> « conservés 1 an » après la dernière connexion ; pas défavorable.",
     [("sont conservés 2 ans après votre dernière connexion", "sont conservés 1 an après votre dernière connexion")]),
    # --- Mesuro (web analytics, cookie policy)
    (fr("audience"), "major", ["R16"], False, False,
     "Traceur d'audience renouvelé à chaque visite : « limitée à 13 mois à compter de votre première visite » -> « à compter de votre dernière visite : elle est renouvelée à chaque nouvelle visite », idem pour _msr_id ; pas de reconsent, l'outil restait présenté comme exempté de consentement (incertain).",
     [("- la durée de vie des traceurs est limitée à 13 mois à compter de votre première visite.",
       "- la durée de vie des traceurs est limitée à 13 mois à compter de votre dernière visite : elle est renouvelée à chaque nouvelle visite, afin de mieux reconnaître les visiteurs fidèles."),
      ("13 mois à compter de la première visite", "13 mois à compter de la dernière visite")]),
    (fr("audience"), "editorial", ["R1"], False, False,
     "Reformulations seules : « Conformément aux lignes directrices de la CNIL » -> « Selon les lignes directrices de la CNIL » et « Pour toute question : » -> « Une question ? Écrivez-nous à » ; mêmes traceurs et mêmes conditions.",
     [("Conformément aux lignes directrices de la CNIL, les traceurs", "Selon les lignes directrices de la CNIL, les traceurs"),
      ("Pour toute question : vieprivee@mesuro.fr, ou par courrier à", "Une question ? Écrivez-nous à vieprivee@mesuro.fr, ou par courrier à")]),
    # --- Horizon Régie (ad network, cookie policy)
    (fr("regie"), "major", ["R15", "R2"], True, False,
     "Nouvelle finalité publicitaire soumise au consentement : « 6. Créer des audiences similaires : rapprocher vos centres d'intérêt de ceux des clients d'un annonceur » et nouveau traceur « hz_sim » ; le consentement antérieur ne la couvre pas.",
     [("5. **Lutter contre la fraude publicitaire** (clics automatiques, faux trafic).",
       "5. **Lutter contre la fraude publicitaire** (clics automatiques, faux trafic) ;\n6. **Créer des audiences similaires** : rapprocher vos centres d'intérêt de ceux des clients d'un annonceur, afin de vous présenter ses publicités si votre profil leur ressemble."),
      before("| hz_consent |", "| hz_sim | Appartenance à des audiences similaires | horizon-regie.fr | 6 mois |\n")]),
    (fr("regie"), "minor", ["R17"], False, False,
     "Un partenaire disparaît : la ligne « Adloox | Vérification et lutte contre la fraude » est supprimée du tableau des destinataires.",
     [drop("| Adloox |")]),
    # --- Marchand Lefort (law firm)
    (fr("avocats"), "major", ["R5"], False, False,
     "Nouveau sous-traitant : la liste des outils ajoute un « outil d’analyse documentaire assisté par intelligence artificielle de la société Juristral, hébergé en France », destinataire des pièces des dossiers.",
     [("plateforme d’échange sécurisé de documents)",
       "plateforme d’échange sécurisé de documents, outil d’analyse documentaire assisté par intelligence artificielle de la société Juristral, hébergé en France)")]),
    (fr("avocats"), "editorial", ["R1"], False, False,
     "Reformulations : « Le secret professionnel est au cœur de notre métier. » -> « Notre métier repose sur le secret professionnel. » et « La présente politique décrit la manière dont » -> « Cette politique explique comment » ; aucun changement de fond.",
     [("Le secret professionnel est au cœur de notre métier.", "Notre métier repose sur le secret professionnel."),
      ("La présente politique décrit la manière dont nous traitons", "Cette politique explique comment nous traitons")]),
    # --- Fidexa (accountancy firm)
    (fr("comptable"), "major", ["R8"], False, False,
     "Conservation allongée : « Données des prospects : 3 ans » -> « 5 ans à compter du dernier contact » ; la date de mise à jour change aussi.",
     [("- Données des prospects : 3 ans à compter du dernier contact.", "- Données des prospects : 5 ans à compter du dernier contact."),
      ("Mise à jour : 11 mai 2026", "Mise à jour : 2 novembre 2026")]),
    (fr("comptable"), "minor", ["R14", "R9"], False, False,
     "Canal supplémentaire pour exercer ses droits : « vous pouvez aussi utiliser la messagerie sécurisée de votre espace client », l'adresse rgpd@fidexa-conseil.fr restant valable ; plus facile, pas défavorable (incertain : R4 parle de canal modifié).",
     [("Pour les exercer, écrivez à rgpd@fidexa-conseil.fr en précisant votre demande.",
       "Pour les exercer, écrivez à rgpd@fidexa-conseil.fr en précisant votre demande ; si vous êtes client, vous pouvez aussi utiliser la messagerie sécurisée de votre espace client.")]),
    # --- Colivia (parcel logistics)
    (fr("colis"), "major", ["R5"], False, False,
     "Nouvelle catégorie de destinataires : ligne « Des entreprises de transport partenaires (sous-traitants de livraison) | Livraison de votre colis en période de forte activité et dans certaines zones rurales | France ».",
     [before("| Notre assureur |",
             "| Des entreprises de transport partenaires (sous-traitants de livraison) | Livraison de votre colis en période de forte activité et dans certaines zones rurales | France |\n")]),
    (fr("colis"), "editorial", ["R1"], False, True,
     "Re-rendu technique : les tableaux des finalités et des destinataires sont recapturés sans espaces autour des séparateurs (« |Finalité|Base légale| », « |---|---| ») ; cellules identiques.",
     [rerender(FR_COLIS, "| Finalité | Base légale |", "Les notifications de livraison ne sont pas", compact_table),
      rerender(FR_COLIS, "| Destinataire | Motif | Localisation |", "Nous ne vendons pas vos données", compact_table)]),
    # --- Ondea Mobile (mobile operator)
    (fr("mobile"), "major", ["R11", "R7"], False, False,
     "Décision automatisée introduite : la demande de paiement en plusieurs fois, jusqu'ici « étudiée par un conseiller », fait l'objet d'un « score calculé automatiquement » et peut être « refusée automatiquement » ; nouvelle source : le fichier FICP.",
     [("votre demande est étudiée par un conseiller à partir des informations que vous nous avez fournies et de votre historique de paiement chez Ondea.",
       "votre demande fait l'objet d'un score calculé automatiquement à partir des informations que vous nous avez fournies, de votre historique de paiement chez Ondea et de la consultation du fichier FICP de la Banque de France. Si le score est insuffisant, la demande est refusée automatiquement ; vous pouvez alors demander le réexamen de votre dossier par un conseiller.")]),
    (fr("mobile"), "rights_reducing", ["R4"], False, False,
     "Exercice des droits plus difficile : l'application et l'e-mail disparaissent (« uniquement par courrier ») et il faut joindre « une copie recto verso de votre pièce d'identité et un justificatif de domicile », au lieu d'un justificatif en cas de doute ; la date de mise à jour change aussi.",
     [("Vous pouvez exercer ces droits depuis l'application Mon Ondea (rubrique **Mes données personnelles**), par e-mail à dpo@ondea.fr ou par courrier à l'adresse du DPO. En cas de doute raisonnable sur votre identité, nous pourrons vous demander un justificatif.",
       "Vous pouvez exercer ces droits uniquement par courrier à l'adresse du DPO, en joignant une copie recto verso de votre pièce d'identité et un justificatif de domicile de moins de trois mois."),
      ("Dernière mise à jour : 15 janvier 2026", "Dernière mise à jour : 2 novembre 2026")]),
    # --- Banque Aurore (retail bank)
    (fr("banque"), "major", ["R6"], False, False,
     "Nouveau transfert hors UE : certaines opérations sont « réalisées par notre filiale Aurore Services Maroc, à Casablanca », encadrées par les clauses contractuelles types.",
     [("Vos données sont traitées en France et dans l'Union européenne.",
       "Vos données sont traitées en France et dans l'Union européenne. Certaines opérations de traitement des virements et de gestion des oppositions sur carte sont en outre réalisées par notre filiale Aurore Services Maroc, à Casablanca ; ces transferts sont encadrés par les clauses contractuelles types de la Commission européenne.")]),
    (fr("banque"), "minor", ["R9"], False, False,
     "Clarification d'une pratique déjà décrite (détection automatisée de la fraude) : exemples d'opérations inhabituelles et précision qu'une opération « n'est jamais refusée définitivement sans cet échange » ; pas défavorable.",
     [("Nous analysons également vos opérations de paiement de manière automatisée afin de détecter les opérations inhabituelles susceptibles de révéler une fraude ; une opération peut être suspendue le temps que nous vous contactions.",
       "Nous analysons également vos opérations de paiement de manière automatisée afin de détecter les opérations inhabituelles susceptibles de révéler une fraude, par exemple un paiement d'un montant inhabituel ou effectué dans un pays où vous n'avez jamais utilisé votre carte. Une opération peut alors être suspendue le temps que nous vous contactions pour la confirmer ; elle n'est jamais refusée définitivement sans cet échange.")]),
    # --- Boutikéo (e-commerce store builder, cookie policy)
    (fr("boutique"), "minor", ["R9"], False, False,
     "Durée plus courte : le choix de cookies (bk_choix) est conservé « 6 mois » au lieu de « 13 mois » avant d'être redemandé ; pas défavorable.",
     [("(cookie nécessaire, 13 mois)", "(cookie nécessaire, 6 mois)"),
      ("Votre choix est conservé 13 mois, puis", "Votre choix est conservé 6 mois, puis")]),
    (fr("boutique"), "editorial", ["R1"], False, True,
     "Re-rendu technique : puces « * » recapturées en « - » et paragraphes coupés à 80 colonnes, de « Qu'est-ce qu'un cookie ? » à « Modules activés par le commerçant » ; mots identiques.",
     [rerender(FR_BOUTIQUE, "## Qu'est-ce qu'un cookie ?", "## Sur boutikeo.fr", star_bullets_to_dashes_and_wrap)]),
    # --- Lettrine (newsletter platform)
    (fr("newsletter"), "major", ["R11", "R2"], False, False,
     "Profilage introduit : nouvelle finalité « Calculer pour chaque abonné un score d'engagement et des centres d'intérêt déduits des liens sur lesquels il clique », utilisés par l'Éditeur pour segmenter ses envois.",
     [("taux de clic, liens les plus consultés.",
       "taux de clic, liens les plus consultés.\n- Calculer pour chaque abonné un score d'engagement et des centres d'intérêt déduits des liens sur lesquels il clique, que l'Éditeur peut utiliser pour segmenter ses envois et adresser des contenus différents selon les profils.")]),
    (fr("newsletter"), "editorial", ["R1"], False, False,
     "Intertitre « Ce que nous faisons de ces données » -> « Utilisation de vos données » et phrase sur la désinscription reformulée ; même contenu.",
     [("## Ce que nous faisons de ces données", "## Utilisation de vos données"),
      ("Chaque newsletter comporte un lien de désinscription.", "Un lien de désinscription figure au bas de chaque newsletter.")]),
    # --- Indépendia (freelancers' marketplace)
    (fr("freelance"), "rights_reducing", ["R13"], False, False,
     "Droit supprimé : le paragraphe « vous pouvez adresser une réclamation à la CNIL (www.cnil.fr) » disparaît.",
     [drop("Si vous estimez, après nous avoir contactés")]),
    (fr("freelance"), "minor", ["R9"], False, False,
     "Nouveau droit mentionné : « définir des directives relatives au sort de vos données après votre décès » ; pas défavorable.",
     [("ou en demander la portabilité,", "ou en demander la portabilité, et définir des directives relatives au sort de vos données après votre décès,")]),
    # --- Visiolien (video conferencing)
    (fr("visio"), "major", ["R2"], False, False,
     "Nouvelle finalité : « les transcriptions sont également utilisées ... pour entraîner et améliorer nos modèles de transcription et de résumé automatiques », sauf opposition de l'organisation cliente.",
     [("Nous n'utilisons pas le contenu des réunions à des fins publicitaires.",
       "Nous n'utilisons pas le contenu des réunions à des fins publicitaires. Sauf opposition de l'organisation cliente, les transcriptions sont également utilisées, après suppression des noms des participants, pour entraîner et améliorer nos modèles de transcription et de résumé automatiques.")]),
    (fr("visio"), "minor", ["R9"], False, False,
     "Conservation raccourcie : « les journaux techniques 12 mois » -> « 3 mois » ; pas défavorable.",
     [("les journaux techniques 12 mois", "les journaux techniques 3 mois")]),
    # --- Bavardo (support chat widget, cookie policy)
    (fr("chat"), "minor", ["R9"], False, False,
     "Nouvelle possibilité offerte : « Vous pouvez supprimer vous-même une conversation à tout moment grâce au bouton « Effacer la conversation » » ; le renvoi vers le site client reste pour les autres demandes.",
     [("Si vous souhaitez que vos échanges soient supprimés, adressez-vous au site sur lequel vous avez discuté.",
       "Vous pouvez supprimer vous-même une conversation à tout moment grâce au bouton « Effacer la conversation » du widget ; pour toute autre demande, adressez-vous au site sur lequel vous avez discuté.")]),
    (fr("chat"), "editorial", ["R1"], False, False,
     "Reformulation de la phrase d'ouverture sur la conversation qui reste affichée et « Contact : » -> « Nous contacter : » ; mêmes cookies et durées.",
     [("Pour que la conversation que vous avez commencée sur une page reste affichée quand vous changez de page,",
       "Pour que votre conversation reste affichée lorsque vous passez d'une page à l'autre,"),
      ("Contact : confidentialite@bavardo.fr", "Nous contacter : confidentialite@bavardo.fr")]),
    # --- Hébergix (web hosting, cookie policy)
    (fr("hebergeur"), "editorial", ["R1"], False, False,
     "Phrase réordonnée (« Ces cookies sont indispensables ... et ne peuvent pas être désactivés » -> « Indispensables ..., ces cookies ne peuvent pas être désactivés ») et date de version changée ; liste inchangée.",
     [("Ces cookies sont indispensables au fonctionnement de nos services et ne peuvent pas être désactivés :",
       "Indispensables au fonctionnement de nos services, ces cookies ne peuvent pas être désactivés :"),
      ("Version du 10 mars 2026", "Version du 2 novembre 2026")]),
    (fr("hebergeur"), "editorial", ["R1"], False, True,
     "Re-rendu technique : titres de niveau 1 et 2 recapturés en forme soulignée (setext) et gras écrit « __ » au lieu de « ** » ; texte identique.",
     [(FR_HEBERGEUR, setext_and_underscores(FR_HEBERGEUR))]),
    # --- Scribéo (meeting transcription)
    (fr("transcription"), "major", ["R6"], False, False,
     "Garantie de transfert modifiée : les « clauses contractuelles types ..., complétées par un chiffrement » sont remplacées par « la décision d'adéquation ... (Data Privacy Framework) » pour le fournisseur américain.",
     [("Ce transfert est encadré par les clauses contractuelles types adoptées par la Commission européenne, complétées par un chiffrement des données en transit.",
       "Ce transfert repose sur la décision d'adéquation de la Commission européenne relative au cadre de protection des données UE-États-Unis (Data Privacy Framework), auquel ce fournisseur a adhéré.")]),
    (fr("transcription"), "editorial", ["R1"], False, False,
     "Intertitre « Rôles » -> « Qui est responsable ? » et phrase sur l'assistant reformulée (« rejoint la réunion sous le nom » -> « apparaît pendant la réunion sous le nom ») ; même pratique.",
     [("## Rôles", "## Qui est responsable ?"),
      ("L'assistant Scribéo rejoint la réunion sous le nom", "Pendant la réunion, l'assistant Scribéo apparaît sous le nom")]),
    # --- Prospectis (B2B data broker)
    (fr("courtier"), "rights_reducing", ["R13", "R4"], False, False,
     "Droit d'opposition restreint : « à tout moment, sans avoir à justifier de motif » -> « pour des raisons tenant à votre situation particulière ... sauf motifs légitimes et impérieux » ; le lien de l'e-mail d'information n'est plus un moyen de s'opposer.",
     [("Vous pouvez vous opposer à tout moment, sans avoir à justifier de motif, au traitement de vos données et à leur communication à nos clients : il suffit de cliquer sur le lien présent dans notre e-mail d'information ou d'écrire à dpo@prospectis.fr.",
       "Vous pouvez vous opposer au traitement de vos données pour des raisons tenant à votre situation particulière, en les exposant par écrit à dpo@prospectis.fr ; nous y donnerons suite, sauf motifs légitimes et impérieux de poursuivre le traitement.")]),
    (fr("courtier"), "minor", ["R9"], False, False,
     "Conservation raccourcie : une fiche non vérifiée est supprimée après « 2 ans » au lieu de « 3 ans » ; pas défavorable.",
     [("depuis 3 ans est supprimée", "depuis 2 ans est supprimée")]),
    # --- Identik (identity verification)
    (fr("kyc"), "rights_reducing", ["R10", "R13"], False, False,
     "Base légale des données biométriques : « votre consentement explicite ... Vous pouvez retirer votre consentement » -> « motifs d'intérêt public important ... étape obligatoire » ; le droit de retrait et l'autre méthode de vérification disparaissent.",
     [("Ce traitement repose sur votre consentement explicite, que vous exprimez en cochant la case prévue à cet effet au début du parcours. Vous pouvez retirer votre consentement à tout moment avant la fin de la vérification en quittant le parcours ; dans ce cas, le client doit vous proposer une autre méthode de vérification, par exemple en agence ou par courrier.",
       "Ce traitement est nécessaire pour des motifs d'intérêt public important, à savoir la lutte contre la fraude et le blanchiment de capitaux, conformément à l'article 9, paragraphe 2, point g), du RGPD. La vérification faciale est une étape obligatoire du parcours."),
      ("de limitation et d'opposition, ainsi que du droit de retirer votre consentement.", "de limitation et d'opposition.")]),
    (fr("kyc"), "editorial", ["R1"], False, False,
     "Reformulation de la phrase sur la certification PVID (sigle développé) et date d'effet mise à jour ; aucun changement de fond.",
     [("Notre service de vérification d'identité à distance est certifié par l'ANSSI au titre du référentiel PVID.",
       "Notre service est certifié par l'ANSSI selon le référentiel PVID (prestataires de vérification d'identité à distance)."),
      ("Date d'effet : 5 janvier 2026", "Date d'effet : 2 novembre 2026")]),
    # --- Monépay (payment terminals)
    (fr("tpe"), "major", ["R3"], False, False,
     "Changement de responsable du traitement : l'activité « a été reprise par Paynéo Europe SA, établissement de paiement agréé au Luxembourg ..., qui devient responsable du traitement ».",
     [("Monépay SAS, établissement de paiement agréé par l'ACPR, 3 rue de la Barre, 69002 Lyon, RCS Lyon 850 226 701.",
       "Depuis le 1er octobre 2026, l'activité de Monépay SAS a été reprise par Paynéo Europe SA, établissement de paiement agréé au Luxembourg par la CSSF, 12 rue Eugène Ruppert, L-2453 Luxembourg, qui devient responsable du traitement. La marque Monépay est conservée.")]),
    (fr("tpe"), "minor", ["R14"], False, False,
     "Adresse postale du DPO reformulée, même adresse et même canal : « Monépay – DPO, 3 rue de la Barre, 69002 Lyon » -> « ... 3, rue de la Barre – CS 60412 – 69287 Lyon Cedex 02 ».",
     [("Monépay – DPO, 3 rue de la Barre, 69002 Lyon", "Monépay – Délégué à la protection des données – 3, rue de la Barre – CS 60412 – 69287 Lyon Cedex 02")]),
    # --- Flottéo (fleet telematics)
    (fr("telematique"), "major", ["R7", "R11"], False, False,
     "Nouvelles données et profilage : le boîtier collecte le « Comportement de conduite : accélérations et freinages brusques ... » et chaque conducteur reçoit « une note d'éco-conduite mensuelle, consultable par l'employeur ».",
     [before("- Identifiant du conducteur",
             "- Comportement de conduite : accélérations et freinages brusques, virages pris trop rapidement, durée de fonctionnement du moteur au ralenti.\n"),
      ("de planifier l'entretien des véhicules et de retrouver un véhicule volé.",
       "de planifier l'entretien des véhicules, de retrouver un véhicule volé et d'attribuer à chaque conducteur une note d'éco-conduite mensuelle, consultable par l'employeur.")]),
    (fr("telematique"), "editorial", ["R1"], False, False,
     "Phrase sur les destinataires tournée autrement (« Seules les personnes habilitées ... consultent les données » -> « Les données ne sont consultées que par les personnes habilitées ») ; mêmes destinataires.",
     [("Seules les personnes habilitées chez l'employeur (responsable de flotte, service d'exploitation) consultent les données.",
       "Les données ne sont consultées que par les personnes habilitées chez l'employeur (responsable de flotte, service d'exploitation).")]),
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
