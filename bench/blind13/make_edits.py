# ruff: noqa: E501
"""Blind set blind13: 80 labelled policy changes (40 English, 40 French) the classifier has never seen.

Why it exists: the classifier is tuned against the shared corpus and earlier sets, so its scores there overstate
how it does on new text; this set is measured once, on policies of shops, venues and local or public bodies that
serve the public in person and online (hotels, salons, libraries, zoos, cinemas, pharmacies, museums, concert
halls, ski areas, town halls...). How it was written: every label comes from legal-rules.md alone (rules
R1-R19); the writer never saw the classifier, its tests or earlier blind sets, and read the corpus only to learn
how real policies and rationales are worded. All pairs sit on 40 fresh bases (20 per language) written here, one
per organisation, two pairs per base; no corpus record is used as a base. The organisations are invented.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_edits import Pair, before, corpus_records, drop, pairs, rebuild  # noqa: F401

NAME = "blind13"
WRITTEN = "2026-11-29"

# ---------------------------------------------------------------------------------------------------------------
# English bases
# ---------------------------------------------------------------------------------------------------------------

EN_HOTEL = """# Harbourlight Hotels – Guest Privacy Notice

Last updated: 3 March 2026

Harbourlight Hotels Group DAC ("Harbourlight", "we", "us") operates eleven hotels in Ireland and Northern Ireland, the harbourlight.ie website and the Harbourlight app. This notice explains what personal data we collect when you stay with us, book a table in one of our restaurants, use our spas or join Harbourlight Rewards, why we use it and what rights you have.

Harbourlight Hotels Group DAC, 14 Grand Canal Quay, Dublin 2, D02 XK71, Ireland, is the controller of your personal data. Our Data Protection Officer can be reached at dpo@harbourlight.ie.

## 1. Information we collect

When you book or stay with us we collect:

- **Identity and contact details**: name, postal address, email address, telephone number.
- **Booking details**: dates of stay, room type, number of guests, special requests (for example a cot or an accessible room) and the rate you booked.
- **Payment details**: card type, the last four digits of your card and a payment token supplied by our payment provider. We do not store full card numbers.
- **Registration card details**: nationality and, for guests who are not Irish or British citizens, passport number, as required by the hotel registration rules.
- **Stay details**: restaurant and bar charges posted to your room, spa treatments booked, and the times you log in to our guest Wi-Fi.
- **Health information you choose to give us**: allergies or dietary needs for our restaurants, and the health questionnaire you complete before a spa treatment.
- **CCTV images**: our public areas, car parks and entrances are covered by CCTV.
- **Rewards details**: if you join Harbourlight Rewards, your membership number, points balance and the stays and spending that earn points.

We receive some of this information from travel agents and online booking platforms (such as Booking.com or Expedia) when you book through them, and from your employer or its travel management company if you travel for business.

If you use the Harbourlight app, we also collect your device type, app version and, if you allow it, push notification tokens so that we can tell you when your room is ready. The app does not use your location.

## 2. How we use your information

We use your information:

- to take and manage your booking and to provide the accomodation and services you asked for;
- to take payment and prevent fraud;
- to keep the guest register that the law requires us to keep;
- to meet your dietary and accessibility needs and to carry out spa treatments safely;
- to keep our guests, staff and property safe (CCTV);
- to run Harbourlight Rewards and add points to your account;
- to send you news and offers by email, if you have agreed to receive them;
- to ask for your feedback after your stay;
- to handle complaints and legal claims.

## 3. Legal bases

| Purpose | Legal basis |
|---|---|
| Bookings, stays, payments | Performance of a contract |
| Guest register | Legal obligation |
| Health information for meals and spa | Your explicit consent |
| CCTV, fraud prevention, feedback requests | Our legitimate interests |
| Marketing emails | Your consent |
| Harbourlight Rewards | Performance of a contract (the membership terms) |

You can withdraw your consent at any time. This does not affect processing carried out before you withdrew it.

## 4. Who we share your information with

We share your information only with the following recipients:

| Recipient | Why | Location |
|---|---|---|
| Oracle (OPERA Cloud) | property management system | Ireland |
| Adyen N.V. | card payments | Netherlands |
| Revinate | guest emails and feedback surveys | Ireland |
| SiteMinder | channel manager for online booking platforms | United Kingdom |
| Glasnevin Systems Ltd | IT support and maintenance | Ireland |
| An Garda Síochána or the PSNI | on lawful request only | Ireland / United Kingdom |

Transfers to the United Kingdom rely on the European Commission's adequacy decision for the UK. You can read how our main providers handle data in the [Adyen privacy notice](https://www.adyen.com/policies-and-disclaimers/privacy-policy) and the [Revinate privacy policy](https://www.revinate.com/privacy/).

When you book through an online booking platform, that platform is a separate controller and its own privacy policy applies to the information it collects.

We never sell your personal data.

## 5. How long we keep it

- Booking and stay records: 6 years after your stay, for tax and accounting.
- Guest register: 1 year, as required by law.
- Spa health questionnaires: 2 years after your last treatment.
- Allergy and dietary notes: deleted 30 days after your stay.
- CCTV footage: 28 days, unless it is needed to investigate an incident.
- Rewards account: as long as your membership is active, and 12 months after it ends.
- Marketing preferences: until you unsubscribe; we then keep your email address on a suppression list so that we do not contact you again.

## 6. Children

Children can stay with us only when accompanied by an adult who makes the booking. We record a child's name and age only where it is needed for the booking, for example to provide a cot or a children's menu. Harbourlight Rewards is open to adults aged 18 and over.

## 7. Your rights

You have the right to access, correct and delete your information, to restrict or object to its use, and to data portability. You can withdraw your consent to marketing at any time by clicking "unsubscribe" in any email or by writing to us.

To exercise your rights, email dpo@harbourlight.ie or write to the Data Protection Officer at the address above. We answer within one month. We may ask for proof of identity if we cannot otherwise confirm who you are.

If you are unhappy with how we handle your data, you can complain to the [Data Protection Commission](https://www.dataprotection.ie).

## 8. Security

Our systems are protected by access controls, encryption in transit and regular security testing. Access to spa health questionnaires is limited to our spa therapists and spa managers. Staff are trained in data protection every year.

## 9. Changes to this notice

We will email Harbourlight Rewards members and post a notice on our website at least one month before any significant change to this notice takes effect.
"""

EN_SALON = """# Snip & Co Privacy Policy

Snip & Co Hair Ltd runs 23 salons across the Midlands and the snipandco.co.uk booking site. We take looking after your details as seriously as we take looking after your hair.

**Who we are.** Snip & Co Hair Ltd, 8 Corporation Street, Birmingham B2 4LP (company number 07712345). Questions about this policy: privacy@snipandco.co.uk.

**What we collect**

- Your name, mobile number and email address when you book in a salon, by phone or online.
- Your appointment history, the stylist you saw and what you paid.
- Your client record card: hair type, the colour formulas used on your hair, and the results of skin allergy (patch) tests.
- Photos of your finished hair, only if you agree to them being taken.
- Card details are handled by our payment provider, Stripe; we only see the last four digits.

**Why we use it**

- To book, change and remind you of appointments (by text message and email).
- To keep your colour formula and patch test results so that your stylist can repeat or adjust a colour safely.
- To post photos of your hair on our Instagram account and website, only where you have given consent for that photo.
- To send you our monthly offers, if you tick the box when booking. You can untick it at any time in your account.

Patch test results are health information. We record them because we cannot safely colour your hair without them, and we use them for nothing else.

**Who sees it**

Your stylist and the salon team, our booking system provider Phorest (see the [Phorest privacy policy](https://www.phorest.com/privacy-policy/)), Stripe for payments, and Twilio, which sends our appointment text messages. We never pass your contact details to the product brands we stock, such as the colour and styling ranges sold in our salons.

**How long we keep it**

Appointment history and client record cards, including patch test results, are kept for 3 years after your last visit, then deleted. Photos are removed from our channels within 30 days if you withdraw your consent. Records of your marketing consent are kept for as long as you are subscribed.

**Your rights**

You can ask for a copy of your details, ask us to correct or delete them, object to our use of them or ask us to stop sending offers. Just email privacy@snipandco.co.uk or ask at the reception desk of any salon. We reply within one month. You can also complain to the Information Commissioner's Office at ico.org.uk.

*Last updated: January 2026.*
"""

EN_LIBRARY = """# Eastmoor Libraries: how we use your personal information

Eastmoor Libraries is the public library service of Eastmoor Borough Council. The Council is the data controller for the information described here. Our Data Protection Officer can be contacted at dataprotection@eastmoor.gov.uk or at Town Hall, Market Place, Eastmoor EM1 1AA.

## What we hold about you

When you join at any of our 14 libraries or online, we record:

- your name, address, date of birth, email address and phone number;
- for children under 16, the name and contact details of the parent or carer who has agreed to the membership;
- your library card number and PIN;
- the items you currently have on loan, your reservations and any charges owed;
- your use of public computers (booking times and the card used to log in);
- your attendance at events such as rhyme time, homework clubs and digital skills sessions, if you book a place.

We do not keep a record of the websites you visit on our public computers, and we do not keep a history of the items you have borrowed once they have been returned, unless you switch on the "Reading history" option in your online account.

## Why we use it

We use your information to provide the library service, which the Council runs under the Public Libraries and Museums Act 1964. Our legal basis is that this is a task carried out in the public interest (UK GDPR Article 6(1)(e)). We use it to:

- issue and renew loans, manage reservations and send overdue reminders;
- recover items or charges that are overdue;
- book computers and events;
- produce anonymous statistics about how the service is used;
- tell you about library events, if you have asked to receive our newsletter (this is based on your consent, which you can withdraw at any time).

## Who we share it with

Our library management system is supplied by Civica, which processes data on our behalf under contract. If you use our e-books and e-audiobooks, you log in through the supplier's app with your library card number; the supplier then holds a record of your loans on that service. Overdue charges above £50 may be passed to the Council's income recovery team. We do not share your information with anyone else unless the law requires it.

## How long we keep it

- Membership records: deleted 2 years after your card was last used, provided you have no items or charges outstanding.
- Loan records: deleted 4 weeks after an item is returned, unless it was returned damaged or a charge is owed.
- Reading history (if switched on): until you switch it off or your membership ends.
- Computer booking records: 3 months.
- Event bookings: 6 months after the event.

## Your rights

You can ask to see the information we hold about you, ask us to correct it, or ask us to delete it if you no longer wish to be a member. You can also object to our use of it. Ask at any library, email dataprotection@eastmoor.gov.uk or write to the Data Protection Officer. If you are not satisfied with our response, you can complain to the Information Commissioner's Office.

Last reviewed: February 2026
"""

EN_ZOO = """# Cookie Policy – Wexcombe Zoo

Last updated: 12 January 2026

Wexcombe Zoological Society (registered charity no. 1098765), which runs Wexcombe Zoo, uses cookies and similar technologies on wexcombezoo.org.uk, in our online ticket shop and on our animal adoption and membership pages. This policy explains what these technologies are, which ones we use, why we use them and how you can control them.

## What are cookies?

Cookies are small text files that a website stores on your computer, tablet or phone when you visit it. They let the website recognise your device, remember what is in your basket and how you have used the site, and sometimes let other companies recognise your device when you visit other websites.

Some cookies are set by us ("first-party cookies") and some by other organisations whose services we use on our pages ("third-party cookies"). Some are deleted when you close your browser ("session cookies") and others stay on your device until they expire or you delete them ("persistent cookies").

We also use similar technologies:

- **Pixels**: tiny invisible images or pieces of code on a page or in an email that tell the sender that the page or email has been opened.
- **Local storage**: information saved in your browser by our interactive zoo map, so that it remembers which animals you have marked as favourites. It never leaves your device.

In this policy we call all of these "cookies".

## How we ask for your consent

When you first visit our website, a banner lets you accept all cookies, reject all non-essential cookies, or choose category by category. Strictly necessary cookies are set in any case, because the site cannot work without them. All other cookies are set only if you agree. Your choice is stored for 6 months, after which we ask again.

You can change your mind at any time using the "Cookie settings" link at the bottom of every page. If you withdraw your consent, we stop setting the cookies concerned and delete those we can reach; cookies set by third parties can also be deleted in your browser settings.

## The categories of cookies we use

### Strictly necessary

These keep your ticket basket working while you book, remember your cookie choices, protect our forms from spam and make payments secure. They do not need your consent.

### Analytics

These help us understand how visitors use the site so that we can improve it: for example, which animal pages are most popular, which devices people use, and at which step people give up when booking tickets. The information is reported to us in aggregate.

### Marketing

These let us measure how our advertising campaigns for seasonal events (such as Zoo Lights, the Easter trail and summer late openings) perform, and show our adverts on social media and search engines to people who have visited our site.

### Embedded content

Some pages include videos of our keeper talks hosted on YouTube. YouTube may set cookies when a video is loaded. We use YouTube's privacy-enhanced mode, so no YouTube cookies are set until you press play.

## The cookies we use

| Name | Provider | Category | Purpose | Lifetime |
|---|---|---|---|---|
| wz_session | Wexcombe Zoo | Strictly necessary | Keeps your ticket basket during your visit | End of session |
| wz_consent | Wexcombe Zoo | Strictly necessary | Stores your cookie choices | 6 months |
| __cf_bm | Cloudflare | Strictly necessary | Distinguishes people from bots | 30 minutes |
| __stripe_mid | Stripe | Strictly necessary | Fraud prevention for adoption and membership payments | 12 months |
| _ga, _ga_WZ2025 | Google Analytics | Analytics | Counts visits and measures the pages viewed | 13 months |
| _hjSessionUser | Hotjar | Analytics | Heatmaps of how our booking pages are used | 12 months |
| _fbp | Meta (Facebook, Instagram) | Marketing | Measures our Facebook and Instagram ads and shows them to past visitors | 3 months |
| _gcl_au | Google Ads | Marketing | Measures bookings that follow a click on our Google ads | 3 months |
| VISITOR_INFO1_LIVE, YSC | YouTube | Embedded content | Plays keeper talk videos and remembers your player settings | 6 months / end of session |

## Why we use third-party cookies

We are a conservation charity and every ticket sold helps fund our breeding programmes and field projects. Analytics and marketing cookies help us spend our small advertising budget where it works, and show us which parts of the website visitors find hard to use. We do not use cookies to build profiles of you for any other purpose, and we do not allow the providers listed below to use our website to serve adverts for other organisations.

## Emails

Our newsletters contain a pixel that tells us whether an email was opened and which links were clicked, so that we can see which stories interest our supporters. If you prefer, you can block images in your email program; you can unsubscribe from the newsletter at any time using the link at the bottom of every email.

## Third parties

The third-party providers listed above process information about your visit under their own privacy policies:

- [Google privacy policy](https://policies.google.com/privacy) (Google Analytics, Google Ads, YouTube)
- [Hotjar privacy policy](https://www.hotjar.com/legal/policies/privacy/)
- [Meta privacy policy](https://www.facebook.com/privacy/policy/)
- [Stripe privacy policy](https://stripe.com/gb/privacy)
- [Cloudflare privacy policy](https://www.cloudflare.com/privacypolicy/)

Some of these providers may process information in the United States. Where they do, they rely on the UK Extension to the EU-US Data Privacy Framework or on standard contractual clauses.

## How to manage cookies in your browser

Besides our "Cookie settings" link, most browsers let you see, block and delete cookies. Blocking strictly necessary cookies will stop the ticket shop from working. You can find out how to manage cookies in the most common browsers at [allaboutcookies.org](https://www.allaboutcookies.org/manage-cookies/).

## Contact us

If you have questions about this policy, email privacy@wexcombezoo.org.uk or write to the Data Protection Lead, Wexcombe Zoo, Lower Road, Wexcombe, Wiltshire SN8 3ZZ. Our main [privacy policy](https://www.wexcombezoo.org.uk/privacy) explains how we handle the personal information of visitors, members and supporters.
"""

EN_CINEMA = """# Lumen Cinemas – Cookie Notice

Last updated 1 September 2025

Lumen Cinemas Ltd runs nine independent cinemas in the south-west of England. This notice explains the cookies we use on lumencinemas.co.uk and in the booking pages of the Lumen app.

## Why we use cookies

Some cookies are needed to sell you a ticket: they hold your seats while you pay and remember that you are logged in. Others tell us how our site is used, or help us measure our advertising. We only set cookies that are not strictly necessary if you click "Accept" in our cookie banner or switch them on in "Cookie preferences". Refusing them does not stop you from booking.

## Essential cookies

- **LC_SESSION** – keeps you logged in and remembers your basket. Deleted when you close your browser.
- **LC_SEATLOCK** – holds the seats you have picked for 15 minutes while you pay, so that nobody else can book them.
- **lc_consent** – remembers your cookie choices for 6 months.

## Performance cookies

We use Matomo, an analytics tool that runs on our own servers, so the data it collects is not shared with anyone else.

- **_pk_id** – a random identifier that lets Matomo recognise a returning browser, so that we can count unique visitors. It is kept for 6 months.
- **_pk_ses** – links together the pages you view in one visit. It lasts 30 minutes.

We use this information to see which films and events people look at, and where people leave the booking process, so that we can make it easier.

## Advertising cookies

- **_fbp** (Meta) – lets us measure whether people who saw our Facebook and Instagram adverts went on to book, and show our adverts to people who have visited our site. It is kept for 3 months.
- **_gcl_au** (Google Ads) – measures bookings made after clicking one of our Google adverts. It is kept for 3 months.

These are third-party cookies: Meta and Google receive information about your visit and use it under their own privacy policies, which you can read on their websites.

## Trailers

Film trailers on our film pages are played from YouTube. We load them in privacy-enhanced mode, which means YouTube does not set cookies until you start playing a trailer. Once you do, YouTube's own cookie policy applies.

## Changing your choices

You can change your mind at any time by clicking "Cookie preferences" at the bottom of any page. You can also delete cookies in your browser settings; if you do, you will see our cookie banner again on your next visit and any seats you were holding will be released. Each browser stores cookies seperately, so you need to set your choices on every browser and device you use.

## Contact

If you have any questions about cookies or how we use your information, email data@lumencinemas.co.uk. Our privacy notice explains how we handle your personal information in more detail, including it's retention periods and your rights.
"""

EN_DEALER = """# Privacy Notice – Hallworth Motors

Hallworth Motors Ltd is a family-owned motor dealer with Ford and Kia franchises in Leicester and Loughborough. This notice explains how we use personal information about our customers and the people who enquire about our vehicles and services.

## Who we are

Hallworth Motors Ltd (company number 01987654) is the controller of your information. You can contact our Data Protection Manager at dataprotection@hallworthmotors.co.uk or by post at Hallworth Motors Ltd, 220 London Road, Leicester LE2 1ND.

## Information we collect

- **Contact details**: your name, address, email address and telephone number.
- **Enquiries and test drives**: the vehicles you are interested in and, before a test drive, your driving licence, which we check with the DVLA's licence checking service.
- **Purchases and finance**: the vehicle you buy, how you pay and, if you apply for finance, the information on your application (employment, income, address history).
- **Part exchange**: your vehicle's registration, mileage and condition, and the results of a vehicle history check.
- **Servicing and repairs**: your vehicle's registration and VIN, its service history, the work we carry out and its cost.
- **Recorded calls**: calls to our sales and service desks are recorded for training and quality purposes.

## How we use it

We use your information to:

- answer your enquiries and arrange test drives;
- sell you a vehicle and register it in your name;
- pass your finance application to lenders and arrange your finance;
- book, carry out and invoice servicing and repairs;
- remind you when your car's MOT or service is due;
- deal with warranty claims and safety recalls with the manufacturer;
- send you offers on vehicles and servicing, if you have agreed to receive them.

## Legal bases

We rely on the contract with you for sales, servicing and repairs, and on our legal obligations for vehicle registration and record keeping. MOT and service reminders are sent on the basis of our legitimate interest in keeping our customers' vehicles safe and roadworthy; you can ask us to stop them at any time. Marketing is sent only with your consent.

## Who we share it with

- **Ford Motor Company Ltd and Kia UK Ltd**, for warranty claims, safety recalls and the manufacturer's customer satisfaction surveys.
- **Finance lenders** we work with, through our finance broker platform, and the credit reference agencies they use. We will tell you which lender your application goes to before it is sent.
- **The DVLA**, to register vehicles and check driving licences.
- **Vehicle history check providers**, when we value a part exchange.
- **Our IT and dealer management system providers**, who process information on our behalf.

We do not sell your information to anyone.

## How long we keep it

Sales and finance records are kept for 6 years after the sale. Service records are kept for as long as you own the vehicle and for 6 years after our last contact with you. Copies of driving licence checks are deleted 30 days after the test drive. Call recordings are deleted after 90 days.

## Your rights

You can ask for a copy of your information, ask us to correct or delete it, object to our use of it, or ask us to restrict it. Contact our Data Protection Manager using the details above; we will reply within one month. You can also complain to the Information Commissioner's Office (ico.org.uk).

Last updated: 18 November 2025
"""

EN_PHARMACY = """# Greenway Pharmacy Privacy Notice

Version 4.2 – effective 1 February 2026

Greenway Pharmacy Ltd runs 42 community pharmacies in England and Wales, the greenwaypharmacy.co.uk website and the Greenway Online Doctor service. This notice explains how we use the personal information of our patients and customers. Because much of this information is about your health, we treat it with particular care.

## 1. Who we are and how to contact us

Greenway Pharmacy Ltd (company number 04455667), Unit 7, Riverside Park, Chester CH4 8RR, is the controller of your personal information. Each of our pharmacies is registered with the General Pharmaceutical Council.

Our Data Protection Officer can be contacted at dpo@greenwaypharmacy.co.uk or by post at the address above, marked "Data Protection Officer".

## 2. What information we collect

Depending on how you use our services, we collect:

- **Your details**: name, date of birth, address, phone number, email address and NHS number.
- **Prescription information**: the medicines prescribed to you, the prescriber, the dates they were dispensed and any advice given.
- **Health information**: information you give our pharmacists during consultations, for example for the New Medicine Service, vaccinations or the Pharmacy First service, and any allergies or other conditions relevant to your medicines.
- **Summary Care Record**: with your permission, our pharmacists may view your NHS Summary Care Record when this is needed to supply medicines safely.
- **Online Doctor consultations**: the answers you give in our online questionnaires, any photos you upload (for example of a skin condition), and messages with our prescribers.
- **Delivery details**: the address and any instructions for the delivery of your medicines.
- **Payment details**: for private services and Online Doctor orders. Card payments are processed by our payment provider; we do not keep your full card number.
- **Contact with us**: records of calls, emails and complaints.

We receive prescription information from your GP practice through the NHS Electronic Prescription Service, and information about you from the NHS Spine when we check your details.

## 3. How we use your information

We use your information to:

- dispense your prescriptions and give you advice on your medicines;
- provide NHS and private services such as vaccinations, blood pressure checks and Pharmacy First consultations, and tell your GP about them when the service requires it;
- provide the Greenway Online Doctor service. Every online consultation is reviewed by one of our UK-registered prescribers before any medicine is supplied;
- deliver medicines to your home;
- claim payment from the NHS for the services we provide;
- meet our legal and professional obligations, for example recording the supply of controlled drugs;
- deal with questions, complaints and incidents;
- send you reminders when a repeat prescription is due, if you have signed up for them;
- send you offers from our health and beauty range, if you have agreed to receive them.

## 4. Legal bases

We process your health information because it is necessary for the provision of health care and the management of health services (UK GDPR Articles 6(1)(e) or 6(1)(b) and 9(2)(h)). We process information for NHS payment claims and controlled drug records to meet our legal obligations (Article 6(1)(c)). Prescription reminders and marketing emails are based on your consent (Article 6(1)(a)), which you can withdraw at any time.

## 5. Who we share your information with

| Recipient | What for | Where |
|---|---|---|
| Your GP practice | Updating your record after a vaccination or consultation | UK |
| NHS England and the NHS Business Services Authority | Payment claims and service monitoring | UK |
| Other health professionals involved in your care | Safe treatment, with your knowledge | UK |
| ProScript Systems Ltd | Pharmacy dispensing system | UK |
| Medivue Ltd | Online Doctor consultation platform | UK |
| Royal Mail and DPD | Home delivery of medicines | UK |
| Worldpay | Card payments | UK |

We may also share information where the law requires it, for example with the General Pharmaceutical Council, the police or a court.

We do not use your health information for marketing, and we never sell it.

## 6. How long we keep your information

We keep records in line with the NHS Records Management Code of Practice:

- prescription and dispensing records: 2 years from the date of dispensing, or longer where a medicine is a controlled drug;
- consultation records for NHS services: 8 years after the consultation;
- Online Doctor records: 10 years after your last consultation;
- delivery records: 12 months;
- marketing preferences: until you unsubscribe.

## 7. Your rights

You have the right to:

- ask for a copy of the information we hold about you;
- ask us to correct information that is wrong;
- ask us to delete information, where we are not required to keep it;
- object to or ask us to restrict our use of your information;
- withdraw your consent to reminders and marketing at any time.

To make a request, email dpo@greenwaypharmacy.co.uk, write to our Data Protection Officer or ask in any of our pharmacies. We may ask you for proof of identity before we release health information. We do not charge for dealing with your request, and we reply within one month.

If you are unhappy with the way we have handled your information, please contact us first. You also have the right to complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF ([ico.org.uk](https://ico.org.uk)).

## 8. Security

Access to patient records is limited to the staff who need it to do their jobs, and is logged. Our systems meet the NHS Data Security and Protection Toolkit standards. Online Doctor consultations are encrypted in transit and at rest.

## 9. Cookies

Our website uses cookies. Please see our [cookie policy](https://www.greenwaypharmacy.co.uk/cookies) for details and to change your choices.

## 10. Changes to this notice

When we make important changes to this notice we will tell you by email, if you have an online account, and by a notice on our website, at least one month before they take effect.
"""

EN_VET = """# Brookside Vets – Privacy Notice

Brookside Veterinary Group Ltd runs three veterinary surgeries, in Stroud, Nailsworth and Dursley. This notice explains how we handle the personal information of our clients, the owners of the animals we care for.

## The information we hold

When you register an animal with us, we record your name, address, phone numbers and email address, and those of anyone else you authorise to bring your pet in or to make decisions about it's care. We also keep your pet's clinical records, which include notes, test results, X-rays and prescriptions, and a record of your payments and of any pet insurance claims we handle for you.

If you join the Brookside Pet Health Club, we also hold your bank details for the monthly direct debit.

## How we use it

- To examine and treat your pet and to keep accurate clinical records.
- To send you reminders for vaccinations, flea and worm treatments and check-ups.
- To submit insurance claims on your behalf, when you ask us to.
- To take payments and collect unpaid fees.
- To run the Pet Health Club.
- To send you our seasonal newsletter, if you have asked to receive it.

We rely on our contract with you to provide treatment and to take payment. We send health reminders because it is in our legitimate interest, and in your pet's, that treatments are not missed; you can ask us to stop them at any time. The newsletter is sent only with your consent.

## Who we share it with

- Referral hospitals and specialists, when your pet is referred.
- Laboratories that analyse samples, such as IDEXX.
- Your pet insurer, when we make a claim for you.
- The pet crematorium you choose, if your pet dies in our care.
- Our practice management software provider, which processes information for us.
- A debt collection agency, if a bill remains unpaid after our reminders.
- The Royal College of Veterinary Surgeons, if this is needed to deal with a complaint.

We never sell your information.

## How long we keep it

Clinical records are kept for 7 years after our last contact with you, because we may need them to deal with complaints or claims. Direct debit details are deleted 13 months after your Pet Health Club membership ends.

## Your rights

You can ask for a copy of your information, for corrections and for deletion of information we no longer need. You can also object to our reminders and withdraw your consent to the newsletter. Please contact our practice manager, who's role includes data protection, at practice@brooksidevets.co.uk, or ask at reception. If you are not happy with our answer you can contact the Information Commissioner's Office.

Updated March 2026
"""

EN_ESTATE = """# Carrow & Finch – Privacy Notice

Carrow & Finch Estate Agents Ltd sells and lets homes across Norwich and the Norfolk Broads from our offices in Norwich, Wroxham and Aylsham. We are the controller of the personal information described in this notice.

Contact: Carrow & Finch Estate Agents Ltd, 31 Tombland, Norwich NR3 1RE. Email: privacy@carrowfinch.co.uk. Telephone: 01603 555 210.

## What we collect and why

**If you are selling or letting a property with us**, we collect your name and contact details, details of the property, photographs and floor plans of it, and proof of your identity and address. We use this to market your property, arrange viewings, pass on offers and progress the sale or letting.

**If you are buying or renting**, we collect your name, contact details, the type of property you are looking for, your buying position (for example whether you have a property to sell or a mortgage agreed in principle) and, once your offer is accepted, proof of your identity and of the source of your funds.

**If you rent a property through us**, we also collect the information needed for tenant referencing and right to rent checks: your employment and income, previous addresses, and your passport or other documents showing your right to rent in the UK.

We record calls to and from our offices for training and so that we have an accurate record of offers made by phone.

## Legal bases

- Marketing your property, handling viewings and offers, and managing tenancies: performance of our contract with you, or steps you ask us to take before entering into one.
- Identity checks on sellers and buyers: our legitimate interests in preventing fraud and money laundering.
- Right to rent checks: our legal obligation under the Immigration Act 2014.
- Call recording: our legitimate interests in training our staff and keeping accurate records.
- Emailing you properties that match your search: your consent, which you can withdraw at any time.

## Who we share it with

We share your information with the other party's solicitor or conveyancer, with our tenant referencing provider, with the deposit protection scheme we use for tenancies, with contractors who carry out repairs at a let property, and with the property portals on which we advertise (sellers' and landlords' properties only, never buyers' or tenants' details). We use a property management and CRM system whose provider processes information on our behalf.

## How long we keep it

Identity documents and the records of our anti-money-laundering checks are kept for 5 years after the sale completes, as the Money Laundering Regulations require. Tenancy files are kept for 6 years after the tenancy ends. Buyers' and applicants' search details are deleted after 12 months without contact. Call recordings are kept for 6 months.

## Your rights

You can ask for access to your information, correction, deletion, restriction and portability, and you can object to processing based on our legitimate interests. Email privacy@carrowfinch.co.uk or write to us at the address above. If you are not satisfied, you can complain to the Information Commissioner's Office.

This notice was last updated on 9 January 2026.
"""

EN_PHOTO = """# Keepsake School Photography – Privacy Policy

Keepsake School Photography Ltd takes individual, sibling and class photographs in more than 300 nursery, primary and secondary schools in Yorkshire and the North East, and sells prints and digital images to parents through our online shop at keepsakephotos.co.uk.

## Our role

When we photograph pupils at school, we do so under a contract with the school. The school decides which pupils are photographed and gives us a list of the pupils' names, classes and year groups; for this part of our work we act on the school's instructions. When you order photographs from our online shop, we are the controller of your order information.

## What we collect

- From the school: each pupil's first name, surname, class and year group, and whether the pupil should be photographed with siblings at the same school.
- On the day: the photographs themselves.
- From parents who order: your name, email address, delivery address and phone number, the photographs and products you order, and your payment confirmation. Card details are entered on our payment provider's page and are not seen or kept by us.

## How we use it

We use pupils' names and classes to label photographs, to create each family's private viewing code and to deliver orders to the school or to your home. Parents can only view photographs by using the code printed on the proof card given to their child.

Photographs are also supplied to the school, if the school has asked for them, for its management information system and for ID cards.

We only use a child's photograph in our brochures, on our website or on social media if a parent has given us written consent, and you can withdraw that consent at any time, after which we will stop using the photograph in any new material.

## Who we share it with

Our online shop and image hosting are provided by a specialist school photography platform, and our prints are made by our own lab in Leeds. Orders for home delivery are sent by Royal Mail. We do not share pupils' photographs or details with anyone else.

## How long we keep it

Photographs and the pupil details from the school are kept for 18 months after the photography day, so that parents can order reprints, and are then deleted. Order records are kept for 6 years for accounting purposes.

## Your rights

Parents can ask for a copy of the information we hold about them or their child, ask for it to be corrected or deleted, or object to its use. Please email privacy@keepsakephotos.co.uk or call 0113 496 0722. You can also complain to the Information Commissioner's Office.

Last updated: August 2025
"""

EN_RAIL = """# Northern Vale Trains – Privacy Policy

Last updated: 5 January 2026

Northern Vale Trains Ltd ("Northern Vale", "we") runs passenger train services and 68 stations across the Vale of York, Teesside and the Yorkshire coast under a contract with the Department for Transport. This policy explains how we collect and use personal information when you buy tickets, travel with us, contact us or use our website, app and onboard Wi-Fi.

We are the controller of your information. Our registered office is Northern Vale Trains Ltd, Station House, Queen Street, York YO24 1AB. You can contact our Data Protection Officer at dataprotection@northernvale.co.uk.

## 1. Information we collect

### When you buy a ticket

- your name, email address and, for tickets sent by post or smartcards, your postal address;
- the journeys, tickets and Railcards you buy and how you paid;
- if you hold a season ticket on a Vale Card smartcard, the card number and the times and stations at which you tap in and out.

### When you travel

- images from CCTV on our trains and at our stations, and footage from body-worn cameras used by our staff when an incident occurs;
- if you are issued a penalty fare or reported for a ticket offence, your name, address, date of birth and the details of the offence;
- if you book Passenger Assistance, the assistance you need and any information you give us about your disability or health that is relevant to it.

### When you contact us or claim compensation

- the details of your complaint, question or lost property report (for lost property, a description of the item and how we can return it to you; items left unclaimed for three months are donated to charity or disposed of);
- for Delay Repay claims, your journey, your ticket and the bank details or address we need to pay you.

### When you use our website, app or Wi-Fi

- your account details and saved journeys;
- technical information such as your device type, app version and IP address;
- for onboard Wi-Fi, your email address at log-in and the amount of data used (we do not record the content of the websites you visit).

## 2. How we use your information

- to sell you tickets and deliver them;
- to run our trains and stations safely and to prevent and detect crime;
- to check tickets and deal with fare evasion;
- to provide Passenger Assistance;
- to answer your questions and complaints and pay compensation;
- to send you service updates you have asked for, such as disruption alerts on your saved journeys;
- to send you offers and news, if you have opted in;
- to improve our services, using statistics about journeys and app use.

## 3. Legal bases

| What we do | Legal basis |
|---|---|
| Selling tickets, Delay Repay, Passenger Assistance | Contract |
| CCTV, body-worn cameras, ticket checks and prosecutions | Legitimate interests and, for prosecutions, our legal powers |
| Reporting to the Department for Transport and the Office of Rail and Road | Legal obligation |
| Disability and health information for Passenger Assistance | Your explicit consent |
| Marketing emails | Consent |
| Service statistics | Legitimate interests |

## 4. Who we share it with

- **Other train companies and the Rail Delivery Group**, to settle ticket income between operators and to run national schemes such as Railcards and Passenger Assistance.
- **British Transport Police**, for crime prevention and investigation.
- **Courts and prosecutors**, for ticket offences.
- **Our suppliers**, who process information on our behalf:
  - ticket retailing website and app: [Railtix Ltd](https://www.railtix.co.uk/privacy);
  - Delay Repay claims handling: [Transpay Claims Ltd](https://www.transpayclaims.co.uk/privacy);
  - onboard Wi-Fi: [Icomera](https://www.icomera.com/privacy-policy/);
  - customer service platform: Zendesk;
  - app analytics: Firebase, a Google service.
- **The Department for Transport**, which receives anonymised journey statistics and, on request, information needed to audit our contract.

## 5. International transfers

Most of your information is stored in the United Kingdom. Firebase and Zendesk store some information in the United States; these transfers rely on the UK Extension to the EU-US Data Privacy Framework.

## 6. How long we keep your information

| Information | Retention |
|---|---|
| Ticket purchases | 7 years, for accounting |
| Smartcard tap-in and tap-out records | 8 weeks |
| CCTV | 31 days, unless needed for an investigation |
| Penalty fares and prosecutions | 6 years after the case closes |
| Passenger Assistance bookings | 12 months after the journey |
| Complaints and Delay Repay claims | 3 years |
| Wi-Fi log-in records | 12 months |

## 7. Automated decisions

We do not make decisions about you based solely on automated processing. Delay Repay claims are checked automatically against train running records, but any claim that the check would reject is reviewed by a member of our Customer Relations team before we tell you the outcome.

## 8. Children

Children under 16 can travel on tickets bought by an adult, and we do not ask for their details unless a child is reported for a ticket offence or travels with Passenger Assistance. Our app and our marketing emails are not intended for children under 16.

## 9. Your rights

You have the right to ask for a copy of your information, to have it corrected or deleted, to restrict or object to its use, and to ask for a copy in a portable format. You can withdraw your consent at any time.

To make a request, email dataprotection@northernvale.co.uk or write to the Data Protection Officer at our registered office. We respond within one month.

For any other questions, contact Customer Relations on 0345 600 1234 (Monday to Saturday, 8am to 8pm) or at customer.relations@northernvale.co.uk.

If you are not satisfied with our response, you can complain to the [Information Commissioner's Office](https://ico.org.uk/make-a-complaint/).

## 10. Changes

We review this policy every year. If we make significant changes we will email registered customers and show a notice in our app before they take effect.
"""

EN_FOOTBALL = """# Ashby Rovers Football Club – Supporter Privacy Policy

Ashby Rovers Football Club Limited ("the Club") is the controller of the personal information of its supporters, season ticket holders, members, hospitality guests and online shop customers. This policy explains what we collect, why, who we share it with and your rights.

The Club's address is Brookfield Stadium, Station Road, Ashby-de-la-Zouch LE65 2AD. Our data protection lead can be contacted at privacy@ashbyrovers.co.uk.

## 1. The information we collect

**Tickets and memberships.** When you buy a match ticket, a season ticket or a membership from the ticket office or online, we collect your name, address, date of birth, email address, phone number and your purchase history. Season ticket and membership cards carry your photograph, which you upload or which we take at the ticket office.

**Concessions.** If you buy a concession ticket, we ask for proof of eligibility, such as your date of birth, a student card or proof that you receive a disability benefit. We look at the document and record that it was checked; we do not keep a copy.

**Disabled supporters.** If you ask for an accessible seat, a carer's ticket or other help, we record the support you need and, with your consent, information about your disability that is relevant to it.

**Safety and security.** CCTV operates throughout the stadium. Stewards may wear body cameras, which record only when an incident occurs. If a football banning order or a club ban applies to you, we hold the details provided by the police or decided by the Club.

**Hospitality and events.** If you book a hospitality package or a function room, we collect the names of your guests and any dietary requirements.

**Online shop.** Your order details, delivery address and payment confirmation. Card payments are processed by our payment provider; we do not see your full card number.

**Matchday photography.** Photographers and the Club's media team film and photograph matches and events at the stadium, and crowd scenes may appear in match reports, on our website and on our social media channels. If you are the main subject of a photograph we would like to use, we will ask for your permission first.

**Surveys and communications.** Your answers to supporter surveys and your preferences about hearing from us.

## 2. Why we use it

- to sell and issue tickets, season tickets and memberships, and to stop tickets being resold or used by someone else;
- to allocate away tickets fairly, using the loyalty points earned from your attendance;
- to keep everyone at the stadium safe and to enforce banning orders, as the league rules and the law require;
- to provide accessible seating and support;
- to run hospitality and events;
- to fulfil shop orders;
- to analyse attendance and ask supporters for their views through surveys, so that we can plan matchdays;
- to send you Club news and offers, if you have opted in.

## 3. Ticket Exchange

If you cannot use your season ticket seat for a match, you can list it on the Ticket Exchange. When it is sold, we issue a new ticket in the buyer's name and credit you with part of the price. The buyer does not see your name or your contact details, and you do not see theirs; we only record who held the seat for each match, so that we can deal with any safety incident. Tickets sold or transferred outside the Ticket Exchange may be cancelled, because unauthorised resale of football tickets is a criminal offence.

## 4. Legal bases

We sell tickets, memberships and shop items under a contract with you. Safety measures and the enforcement of banning orders are based on our legal obligations under the Football Spectators Act 1989 and the ground safety certificate, and on our legitimate interest in keeping people safe. Attendance analysis and surveys are based on our legitimate interests. Information about a disability is used with your explicit consent. Marketing is based on your consent.

## 5. Who we share it with

- our ticketing system provider, which hosts our ticket office and online sales;
- the police and the local Safety Advisory Group, for safety and banning orders;
- the English Football League, where its rules require it, for example to investigate ticketing offences;
- other clubs, when you buy an away ticket through us (your name and ticket number only);
- Ashby Rovers Community Foundation, our independent charity, only if you have asked to hear from it;
- our mailing and survey providers, who process information on our behalf.

We do not sell your information, and we do not give your details to sponsors.

## 6. How long we keep it

- Ticket and membership records: 3 seasons after your last purchase.
- Photographs for cards: until your card expires, then 12 months.
- Banning records: for the length of the ban and 2 years after it ends.
- CCTV: 30 days, unless needed for an investigation.
- Shop orders: 6 years for accounting.
- Survey responses: 2 years.

## 7. Your rights

You can:

- ask for a copy of your information;
- ask us to correct it;
- ask us to delete it where we do not need to keep it;
- ask us to restrict its use;
- object to our use of your information for attendance analysis and supporter surveys, by emailing us; we will stop unless we have compelling reasons to continue;
- withdraw your consent to marketing or to our use of disability information at any time.

To make a request, email privacy@ashbyrovers.co.uk or visit the ticket office. We reply within one month. If you are not happy with our reply, you can complain to the Information Commissioner's Office at ico.org.uk.

## 8. Children

Junior members under 13 can only be registered by a parent or guardian, who manages their account. We do not send marketing to anyone under 16.

## 9. Updates

We may update this policy. The date of the current version is shown below. If a change affects how we use your information, we will let season ticket holders and members know by email before it applies.

Version: July 2025
"""

EN_TOYS = """# Tinker & Tumble – Cookie Policy

Tinker & Tumble Ltd runs 31 toy shops across Scotland and the north of England and the online shop at tinkerandtumble.co.uk. This policy explains how we use cookies and similar technologies on our website, including the Kids' Zone, our free area of games, colouring sheets and craft ideas for children.

## Our approach

When you first visit, we ask whether you accept non-essential cookies. You can accept them all, reject them all or choose by category. We do not set analytics, preference or advertising cookies unless you have said yes, and you can change your choices at any time through "Manage cookies" in the footer of every page.

We never set advertising cookies on our Kids' Zone pages, whatever your choices. On those pages we only use the essential cookies the site needs and our own anonymous visit counter.

## Cookie categories

**Essential cookies** keep your basket and your login working, and remember your cookie choices. They are always on.

**Preference cookies** remember your wishlist and the shop you usually collect from.

**Analytics cookies** (Google Analytics) tell us how people find and use our site, for example which toys are searched for most, so that we can improve it.

**Advertising cookies** are set by Google, Meta and Pinterest. They let us and these companies measure our adverts and show you Tinker & Tumble adverts on other websites and apps, based on the products you have looked at.

## The cookies in detail

| Cookie | Set by | Category | Lifetime |
|---|---|---|---|
| tt_basket | Tinker & Tumble | Essential | 30 days |
| tt_consent | Tinker & Tumble | Essential | 6 months |
| tt_store | Tinker & Tumble | Preference | 12 months |
| tt_wishlist | Tinker & Tumble | Preference | 12 months |
| _ga | Google | Analytics | 13 months |
| _gcl_au | Google | Advertising | 90 days |
| _fbp | Meta | Advertising | 90 days |
| _pin_unauth | Pinterest | Advertising | 12 months |

Google, Meta and Pinterest act as independent controllers for the information their advertising cookies collect. You can read their policies here: [Google](https://policies.google.com/technologies/ads), [Meta](https://www.facebook.com/policies/cookies/), [Pinterest](https://policy.pinterest.com/en-gb/cookies).

## Managing cookies

Besides "Manage cookies", you can block or delete cookies in your browser. If you block essential cookies, your basket will not work.

## Questions

Email hello@tinkerandtumble.co.uk or write to Tinker & Tumble Ltd, 40 West Nile Street, Glasgow G1 2NP.

Last updated: October 2025
"""

EN_PARKING = """# Parking Services privacy notice

Kelsbridge Borough Council, Town Hall, Church Street, Kelsbridge KB1 2QT

This notice explains how the Council's Parking Services team uses personal information when it enforces parking and bus lane restrictions, issues parking permits and runs the Council's car parks. The Council is the controller. Our Data Protection Officer can be contacted at dpo@kelsbridge.gov.uk.

## What information we use

**Enforcement.** When a penalty charge notice is issued, by one of our Civil Enforcement Officers or by post following a camera detection, we record the vehicle registration mark, make and colour, the location, date and time, the contravention and photographs or video of the vehicle. To send a penalty charge notice by post, or a notice to owner, we request the registered keeper's name and address from the DVLA.

**Challenges and appeals.** If you challenge a penalty charge notice, we hold your name, address, the reasons for your challenge and any evidence you send us, which may include information about your health or disability if you give it.

**Permits.** For a resident or business permit, we collect your name, address, vehicle details and proof of residence or business, and we check Council Tax records to confirm the address. For a blue badge concession in our car parks, we record your blue badge number.

**Car parks.** Our multi-storey car parks use automatic number plate recognition cameras at the entrance and exit to calculate your parking charge. If you pay by phone or app, the payment provider gives us your vehicle registration and the time you paid for.

## Why we use it

We use this information to enforce parking and bus lane restrictions under the Traffic Management Act 2004, to issue and manage permits, to charge for the use of our car parks and to recover unpaid penalty charges. Our legal basis is that this is necessary for a task carried out in the public interest and in the exercise of our official authority. Health information you give us in a challenge is used under the substantial public interest condition, for the purpose of deciding your challenge fairly.

## Who we share it with

- the DVLA, to obtain keeper details;
- the Traffic Penalty Tribunal, if you appeal;
- the Traffic Enforcement Centre at Northampton County Court and our enforcement agents, if a penalty remains unpaid;
- our enforcement software supplier and our pay-by-phone provider, who process data on our behalf;
- the police, when they ask for information about a crime.

## How long we keep it

- Penalty charge notice records, including photographs: 2 years after the case is closed (paid, cancelled or written off).
- Camera footage with no contravention: 14 days.
- Car park entry and exit records: 90 days.
- Permit applications: for the life of the permit and 1 year afterwards.
- Challenge and appeal correspondence: 2 years after the case is closed.

## Your rights

You can ask for a copy of your information, and for it to be corrected. In some circumstances you can ask for it to be deleted or restricted, or object to its use. Please contact the Data Protection Officer at dpo@kelsbridge.gov.uk. You can complain to the Information Commissioner's Office if you are unhappy with how we have handled your information.

Please note that a request about your data does not pause the time limits for paying or challenging a penalty charge notice.

Reviewed: 14 October 2025
"""

EN_MEALS = """# Meadowfield School Meals – Privacy Notice for Parents and Carers

Meadowfield School Meals Ltd provides hot lunches in 64 primary schools across Shropshire and runs MealPay, the online account parents use to choose and pay for school meals. This notice explains what we do with information about pupils and their parents or carers.

## Who is responsible

Meadowfield School Meals Ltd, The Old Dairy, Shifnal Road, Telford TF2 9NN, is the controller for the information in MealPay and for the allergy and dietary information we hold. You can contact us at privacy@meadowfieldmeals.co.uk.

## What we hold

About your child, from the school:

- name, class and year group;
- whether your child receives universal infant free school meals or benefits-related free school meals.

About your child, from you:

- the meals you choose for them;
- allergies, intolerances and special diets, with the supporting letter from a doctor or dietitian where we ask for one.

About you:

- your name, email address and phone number;
- your MealPay account balance, top-ups and meal history.

## Why we use it

We use this information to plan and serve the meals you choose, to make sure your child is not served food that is unsafe for them, to charge for meals and to tell the school and the council how many free meals were served. We also use meal numbers to plan menus and orders.

Our legal bases are our contract with you for paid meals, our contract with the council and the schools for free school meals, and, for allergy and dietary information, your explicit consent and the need to protect your child's vital interests.

## Who we share it with

- The school and Shropshire Council, for free school meal numbers and billing.
- Allergy information is shared with kitchen staff.
- Our payment provider for MealPay top-ups, which processes card payments for us.
- The company that hosts MealPay, which processes data on our behalf in the UK.

We do not use pupil or parent information for marketing, and we do not share it with anyone else.

## How long we keep it

Meal choices and payment records are kept for 6 years for accounting. Allergy and dietary information is deleted at the end of the term in which your child leaves the school. MealPay accounts are closed and deleted 12 months after your last child leaves.

## Your rights

You can ask to see the information we hold about you and your child, ask us to correct it, and withdraw your consent to our holding dietary information (but we would then be unable to provide a special diet). Contact privacy@meadowfieldmeals.co.uk. You can complain to the Information Commissioner's Office at any time.

Last updated: 1 September 2025
"""

EN_AQUARIUM = """# Portlow Aquarium cookie policy

Portlow Aquarium & Marine Conservation Trust ("Portlow Aquarium") uses cookies on portlowaquarium.org. Cookies are small files stored by your browser. We use them to run our online ticket shop & to understand how our website is used. We only use cookies that are not essential if you agree to them.

## Types of cookie

**Essential.** These are needed for the ticket shop, to keep your session secure and to remember whether you've accepted cookies. You can't switch them off in our cookie tool.

**Analytics.** We use Google Analytics to count visits and see which pages are popular. Google Analytics is set up so that your IP address is shortened before it is stored.

**Marketing.** We use the Meta pixel to find out whether our Facebook and Instagram adverts lead to ticket sales.

## Cookie list

| Cookie | Provider | Type | What it does | Expires |
|---|---|---|---|---|
| PHPSESSID | Portlow Aquarium | Essential | Keeps your ticket basket | When you close your browser |
| pa_cookie_choice | Portlow Aquarium | Essential | Remembers your cookie choices | 6 months |
| _ga | Google | Analytics | Distinguishes visitors | 13 months |
| _gid | Google | Analytics | Distinguishes visitors | 24 hours |
| _fbp | Meta | Marketing | Measures our adverts' results | 3 months |

## Managing your preferences

Click "Cookie settings" at the bottom of any page to change your choices at any time. You can also delete cookies through your browser's settings.

Read more about how Google and Meta use data at [policies.google.com](https://policies.google.com/technologies/partner-sites) and [facebook.com/privacy](https://www.facebook.com/privacy/policy/).

## Contact

Questions? Email data@portlowaquarium.org or write to Portlow Aquarium, The Harbour, Portlow, Cornwall PL13 9ZZ.

Updated 2 May 2025
"""

EN_GOLF = """# Fernhill Golf Club Privacy Notice

## About us

Fernhill Golf Club is an unincorporated members' club. Its General Committee is the controller of the personal information of members, visitors and guests described in this notice. The Club Secretary deals with data protection on the Committee's behalf: Fernhill Golf Club, Fernhill Lane, Chobham, Surrey GU24 8HZ; secretary@fernhillgolf.co.uk.

## The information we hold

**Members**: name, address, date of birth, contact details, membership category, subscription payments, emergency contact, handicap index and competition scores, bar card transactions and locker number.

**Junior members** (under 18): as above, plus the contact details of a parent or guardian and their consent to the junior's membership.

**Visitors and societies**: name, contact details, home club and handicap, and the tee times and green fees booked and paid for through our online booking system.

**Everyone on site**: CCTV images from cameras covering the car park, the clubhouse entrance and the professional's shop.

## How we use it

- to administer membership and collect subscriptions;
- to run competitions, publish draws and results on the noticeboard and the Club website, and submit scores to England Golf for handicap purposes under the World Handicap System;
- to manage tee bookings, green fees and the bar card;
- to protect the safety of members, staff and property;
- to contact members about Club business, including AGMs and course closures;
- to send newsletters about social events and offers in the Club shop to members who have opted in.

We rely on the membership contract for membership administration, competitions and handicaps; on our legitimate interests for CCTV and Club communications; and on consent for newsletters.

## Who we share it with

- England Golf and the Surrey County Golf Union, for handicaps and county competitions;
- our online tee-booking and membership software provider;
- our EPOS provider for the bar card;
- the Club professional, for lessons and shop accounts you open with him;
- other clubs, when you play in inter-club matches (your name and handicap only).

## How long we keep it

Membership records are kept while you are a member and for 6 years afterwards for accounting purposes; after that, only your name, years of membership and any honours board entries are kept for the Club's history. Visitor booking records are kept for 2 years. CCTV images are overwritten after 21 days.

## Your rights

You have the right to see the information we hold about you, to ask for it to be corrected or deleted, to object to its use or to ask for it to be restricted, and to withdraw your consent to newsletters. You can make a request by email to the Club Secretary at secretary@fernhillgolf.co.uk or in person at the club office. We will reply within one month. You may also complain to the Information Commissioner's Office.

Approved by the General Committee, 24 February 2026
"""

EN_FUNERAL = """# Ashdown Funeral Care – How we look after your information

Ashdown Funeral Care is an independent, family-run funeral director with branches in Crowborough, Uckfield and Forest Row. We understand that you contact us at a difficult time, and we handle the information you share with us with care and discretion.

## Who we are

Ashdown Funeral Care Ltd, 12 High Street, Crowborough TN6 2QA, is the controller of the personal information described here. For any question about it, please speak to our manager, Helen Marsh, on 01892 555 014 or at helen@ashdownfuneralcare.co.uk.

## Information we collect

- About the person who has died: name, date of birth and death, address, the medical certificate of cause of death and the forms required for cremation, religious or cultural wishes, and any pre-paid funeral plan.
- About you, as the person arranging the funeral: your name, address, phone number, email address, relationship to the person who has died, and payment details.
- About other family members and friends: names included in death notices, orders of service and floral tributes, at your request.
- Donations: if donations are made in memory, the names of donors and the amounts, through our online giving partner.

## How we use it

We use this information to arrange and carry out the funeral you have asked for, to complete the statutory paperwork, to place notices and obituaries that you approve, to collect in memory donations for the charity you choose, and to send you our invoice. We rely on our contract with you and on our legal obligations under burial and cremation law. Information about health in the cremation forms is handled as required by the Cremation Regulations.

## Who we share it with

- The crematorium, cemetery or church where the service takes place.
- The doctors who complete the cremation forms, and the medical referee.
- Newspapers and the online notice site you choose, for notices you have approved.
- Florists and stonemasons, where you ask us to order flowers or a memorial.
- Tribute Giving Ltd, which collects in memory donations and passes them to the charity.
- Arranger Software Ltd, which provides our funeral management system and stores our records on our behalf.
- We also pass your name and phone number to Stonecraft Memorials, our monumental mason partner, so that they can contact you about a headstone after the funeral.

We never sell personal information.

## How long we keep it

We keep funeral records for 7 years after the funeral, because families sometimes ask us about past funerals and for accounting purposes. The register of cremations and burials we arrange is kept permanently, as required by law.

## Your rights

You can ask for a copy of the information we hold about you, ask us to correct it, ask us to delete it when we no longer need it, and object to how we use it. Please contact Helen Marsh using the details above. If you are unhappy with our response, you can contact the Information Commissioner's Office.

Last reviewed June 2025
"""

EN_ADVICE = """# Riverside Advice Centre – Privacy Policy

Riverside Advice Centre is an independent charity (registered charity no. 1167890) that gives free, confidential advice on benefits, debt, housing and employment to people living in Salford and Trafford, at our drop-in centre, by phone, by webchat and at outreach sessions in local libraries and GP surgeries.

We're the controller of the information we hold about the people we advise. Our address is Riverside Advice Centre, 2 Chapel Street, Salford M3 5JZ, and our Data Protection Lead can be contacted at data@riversideadvice.org.uk.

## What we collect

To advise you, we record:

- your name, address, date of birth, phone number and email address;
- the problem you have asked us about and the advice we give;
- information you give us about your household, income, debts, housing and employment;
- where relevant to your problem, information about your health, disability, ethnicity or immigration status;
- copies of letters and documents you give us.

We also ask optional equality questions (such as your age band and ethnicity) so that we can check that our service reaches everyone. You don't have to answer them.

## How we use it

We use your information to give you advice, to act for you if you ask us to (for example, by writing to your landlord or your creditors, or helping with a benefits appeal), to follow up on your case, and to keep a record of our work. We also use anonymised information to report to our funders and to show where people in our area are struggling.

Our legal basis is our legitimate interest in providing free advice to people who ask for it; where we act on your behalf, we do so under an agreement with you. Sensitive information, such as health or ethnicity, is used with your explicit consent.

## Confidentiality

Everything you tell us is confidential. We will never share your details with the Department for Work and Pensions, your landlord or your creditors unless you ask us to, or the law requires us to. We may break confidentiality without your permission only in very rare cases, for example if we believe that someone is at risk of serious harm.

## Who we share it with

We use a case management system designed for advice agencies, whose provider stores information on our behalf in the UK. Our advisers are supervised by a quality assurance reviewer who may look at a sample of case files. Our funders receive statistics only, never names.

## How long we keep it

We keep case records for 6 years after your case closes, so that we can help if the same issue comes back and deal with any complaint. After that we delete them.

## Your rights

You can ask for a copy of the information we hold about you, ask us to correct or delete it, or object to how we use it. You can withdraw your consent to our use of sensitive information at any time. Just contact our Data Protection Lead or tell your adviser. We'll respond within one month, and we won't charge you.

Last updated: 20 March 2026
"""

EN_PIER = """# Brightsea Pier Cookie Policy

Brightsea Pier Ltd operates Brightsea Pier, its rides, arcades and cafés, and the website brightseapier.co.uk, where you can buy ride wristbands and book parties. This policy explains how we use cookies.

## What we use cookies for

We use a small number of cookies to make our website work, and, if you agree, to understand how it is used and to measure our advertising. Our cookie banner is provided by [Cookiebot](https://www.cookiebot.com/en/privacy-policy/). It lets you accept or reject each category, and it stores your choice for 6 months.

### Necessary

- **CookieConsent** – stores your cookie choices (6 months).
- **bsp_cart** – keeps your wristband order while you check out (session).
- **__stripe_mid** and **__stripe_sid** – set by [Stripe](https://stripe.com/gb/privacy), our payment provider, to prevent fraud (1 year and 30 minutes).

### Statistics

- **_ga** and **_ga_BSP** – set by [Google Analytics](https://policies.google.com/privacy) to count visitors and see which pages they use (13 months).

### Marketing

- **_fbp** – set by Facebook to measure our adverts on Facebook and Instagram and to show them to people who have visited our site (3 months). See the [Meta privacy policy](https://www.facebook.com/privacy/policy/).

## Your choices

You can change or withdraw your consent at any time by clicking the "Cookies" link at the bottom of every page. Withdrawing consent does not affect cookies already used before you withdrew it, but we will stop setting them from then on.

You can also block cookies in your browser, but the wristband shop will not work without the necessary cookies.

## More information

For more about how we handle your personal information, see our [privacy policy](https://www.brightseapier.co.uk/privacy). If you have questions, email info@brightseapier.co.uk.

Last updated: 6 April 2026
"""

EN_BASES: dict[str, tuple[str, str, str]] = {
    "hotel": ("privacy", "Harbourlight Hotels", EN_HOTEL),
    "salon": ("privacy", "Snip & Co Salons", EN_SALON),
    "library": ("privacy", "Eastmoor Libraries", EN_LIBRARY),
    "zoo": ("cookies", "Wexcombe Zoo", EN_ZOO),
    "cinema": ("cookies", "Lumen Cinemas", EN_CINEMA),
    "dealer": ("privacy", "Hallworth Motors", EN_DEALER),
    "pharmacy": ("privacy", "Greenway Pharmacy", EN_PHARMACY),
    "vet": ("privacy", "Brookside Vets", EN_VET),
    "estate": ("privacy", "Carrow & Finch Estate Agents", EN_ESTATE),
    "photo": ("privacy", "Keepsake School Photography", EN_PHOTO),
    "rail": ("privacy", "Northern Vale Trains", EN_RAIL),
    "football": ("privacy", "Ashby Rovers FC", EN_FOOTBALL),
    "toys": ("cookies", "Tinker & Tumble", EN_TOYS),
    "parking": ("privacy", "Kelsbridge Parking Services", EN_PARKING),
    "meals": ("privacy", "Meadowfield School Meals", EN_MEALS),
    "aquarium": ("cookies", "Portlow Aquarium", EN_AQUARIUM),
    "golf": ("privacy", "Fernhill Golf Club", EN_GOLF),
    "funeral": ("privacy", "Ashdown Funeral Care", EN_FUNERAL),
    "advice": ("privacy", "Riverside Advice Centre", EN_ADVICE),
    "pier": ("cookies", "Brightsea Pier", EN_PIER),
}


def en(key: str) -> str:
    return f"{NAME}-base-en-{key}"


def fr(key: str) -> str:
    return f"{NAME}-base-fr-{key}"


# ---------------------------------------------------------------------------------------------------------------
# Helpers for technical re-renderings: they only compute the re-rendered form of a block that occurs in a base.
# ---------------------------------------------------------------------------------------------------------------


def lines_from(text: str, start: str, count: int) -> str:
    """The block of count lines that begins at the (unique) line starting with start."""
    assert text.count(start) == 1, start
    return "\n".join(text[text.index(start) :].split("\n")[:count])


def section(text: str, heading: str, level: str = "## ") -> str:
    """A whole section, from its heading up to (not including) the next heading of the same level."""
    assert text.count(heading) == 1, heading
    at = text.index(heading)
    end = text.find("\n" + level, at + len(heading))
    return text[at : end + 1] if end != -1 else text[at:]


def retable(block: str) -> tuple[str, str]:
    """A Markdown table re-rendered with padded columns, as another converter writes it."""
    rows = [[cell.strip() for cell in line.strip().strip("|").split("|")] for line in block.split("\n")]
    widths = [max(len(row[i]) for row in rows if not set(row[i]) <= {"-", ":"}) for i in range(len(rows[0]))]
    out = []
    for row in rows:
        if all(set(cell) <= {"-", ":"} for cell in row):
            out.append("| " + " | ".join("-" * w for w in widths) + " |")
        else:
            out.append("| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) + " |")
    return (block, "\n".join(out))


def rebullet(block: str, old: str, new: str) -> tuple[str, str]:
    """A list re-rendered with other item markers."""
    return (block, "\n".join(new + line[len(old) :] if line.startswith(old) else line for line in block.split("\n")))


def rewrap(paragraph: str, width: int = 80) -> tuple[str, str]:
    """A paragraph hard-wrapped at a fixed width, as a plain-text capture does it."""
    return (paragraph, textwrap.fill(paragraph, width, break_long_words=False, break_on_hyphens=False))


def para(text: str, start: str) -> str:
    """The (unique) paragraph that begins with start."""
    return lines_from(text, start, 1)


EN_EDITS: list[Pair] = [
    # --- Harbourlight Hotels
    (
        en("hotel"), "major", ["R2", "R11"], False, False,
        "New purpose and profiling: a guest profile combining stays and spending \"and the preferences we infer from them, so that we can predict which offers you are likely to take up and tailor the packages and room rates we show you\", on legitimate interests; the \"accomodation\" typo fix alongside is editorial.",
        [
            before("- to send you news and offers by email, if you have agreed to receive them;", "- to build a guest profile across all our hotels that combines your stays, your spending in our restaurants, bars and spas and the preferences we infer from them, so that we can predict which offers you are likely to take up and tailor the packages and room rates we show you;\n"),
            before("| Marketing emails | Your consent |", "| Guest profiles, tailored offers and rates | Our legitimate interests |\n"),
            ("provide the accomodation and services", "provide the accommodation and services"),
        ],
    ),
    (
        en("hotel"), "editorial", ["R1"], False, True,
        "Technical re-rendering only: the recipients table is re-captured with padded columns and the retention list with \"*\" markers instead of \"-\"; every recipient, country and period is unchanged.",
        [
            retable(lines_from(EN_HOTEL, "| Recipient | Why | Location |", 8)),
            rebullet(lines_from(EN_HOTEL, "- Booking and stay records:", 7), "- ", "* "),
        ],
    ),
    # --- Snip & Co
    (
        en("salon"), "rights_reducing", ["R12", "R5"], False, False,
        "Negation flip: \"We never pass your contact details to the product brands we stock\" becomes \"We may share your name and email address with the product brands we stock ... so that they can send you their own offers\": a no-sharing promise withdrawn and new recipients.",
        [
            ("We never pass your contact details to the product brands we stock, such as the colour and styling ranges sold in our salons.", "We may share your name and email address with the product brands we stock, such as the colour and styling ranges sold in our salons, so that they can send you their own offers and invitations to product launches."),
        ],
    ),
    (
        en("salon"), "minor", ["R9"], False, False,
        "Shorter retention: client records and patch test results \"kept for 3 years after your last visit\" -> \"kept for 2 years after your last visit\"; not adverse, so a changelog entry is enough.",
        [("are kept for 3 years after your last visit, then deleted", "are kept for 2 years after your last visit, then deleted")],
    ),
    # --- Eastmoor Libraries
    (
        en("library"), "major", ["R5"], False, False,
        "New recipient: Summer Reading Challenge participants' \"first name, age, library and the number of books read\" are now shared with The Reading Agency, a national charity; the review date also changes.",
        [
            before("Overdue charges above £50 may be passed", "Children who take part in the Summer Reading Challenge have their first name, age, library and the number of books they read shared with The Reading Agency, the national charity that runs the Challenge, so that it can send certificates and measure participation across the country. "),
            ("Last reviewed: February 2026", "Last reviewed: September 2026"),
        ],
    ),
    (
        en("library"), "editorial", ["R1"], False, False,
        "Reordering and rewording only: the \"How long we keep it\" section moves before \"Who we share it with\", and \"We do not share your information with anyone else unless the law requires it\" becomes \"Apart from these, we share your information only where the law requires us to\"; same periods and recipients.",
        [
            (section(EN_LIBRARY, "## How long we keep it"), ""),
            before("## Who we share it with", section(EN_LIBRARY, "## How long we keep it")),
            ("We do not share your information with anyone else unless the law requires it.", "Apart from these, we share your information only where the law requires us to."),
        ],
    ),
    # --- Wexcombe Zoo (cookies)
    (
        en("zoo"), "major", ["R15"], True, False,
        "New third-party marketing tracker: a \"_ttp | TikTok | Marketing | Measures our TikTok adverts and lets us show them to people who have visited our site\" row and a TikTok policy link; a new vendor needing consent, so consent must be asked again.",
        [
            before("| VISITOR_INFO1_LIVE, YSC |", "| _ttp | TikTok | Marketing | Measures our TikTok adverts and lets us show them to people who have visited our site | 13 months |\n"),
            before("- [Stripe privacy policy]", "- [TikTok privacy policy](https://www.tiktok.com/legal/page/eea/privacy-policy/en)\n"),
        ],
    ),
    (
        en("zoo"), "minor", ["R17"], False, False,
        "A vendor is removed: the \"_hjSessionUser | Hotjar | Analytics\" row and the Hotjar policy link are deleted, and the \"Last updated\" date changes; removing a tracker is not adverse.",
        [
            drop("| _hjSessionUser | Hotjar |"),
            drop("- [Hotjar privacy policy]"),
            ("Last updated: 12 January 2026", "Last updated: 2 June 2026"),
        ],
    ),
    # --- Lumen Cinemas (cookies)
    (
        en("cinema"), "major", ["R16"], False, False,
        "Longer cookie lifetime: the Matomo visitor identifier \"_pk_id ... It is kept for 6 months\" -> \"It is kept for 13 months\"; within the 13-month cap but longer, so users must be told.",
        [("It is kept for 6 months.", "It is kept for 13 months.")],
    ),
    (
        en("cinema"), "editorial", ["R1"], False, False,
        "Spelling and date only: \"seperately\" -> \"separately\", \"it's retention periods\" -> \"its retention periods\", and \"Last updated 1 September 2025\" -> \"3 March 2026\".",
        [
            ("Last updated 1 September 2025", "Last updated 3 March 2026"),
            ("stores cookies seperately", "stores cookies separately"),
            ("including it's retention periods", "including its retention periods"),
        ],
    ),
    # --- Hallworth Motors
    (
        en("dealer"), "major", ["R7", "R2"], False, False,
        "New data category and source: \"Connected car data\" (mileage, fault codes and \"the vehicle's location when a fault is reported\") now sent by the manufacturer, used for a new purpose of contacting owners to book repairs.",
        [
            before("- **Recorded calls**:", "- **Connected car data**: if your vehicle's connected services are switched on, the manufacturer sends us its mileage, service alerts, warning-light and fault codes, and the vehicle's location when a fault is reported.\n"),
            before("- deal with warranty claims and safety recalls", "- contact you to book a repair when your vehicle reports a fault or a service alert;\n"),
        ],
    ),
    (
        en("dealer"), "minor", ["R14"], False, False,
        "The Data Protection Manager's postal address moves from \"220 London Road, Leicester LE2 1ND\" to \"Unit 4, Meridian Business Park, Leicester LE19 1WZ\"; same channels (post and the unchanged email), date stamp updated.",
        [
            ("Hallworth Motors Ltd, 220 London Road, Leicester LE2 1ND", "Hallworth Motors Ltd, Unit 4, Meridian Business Park, Leicester LE19 1WZ"),
            ("Last updated: 18 November 2025", "Last updated: 2 February 2026"),
        ],
    ),
    # --- Greenway Pharmacy
    (
        en("pharmacy"), "rights_reducing", ["R4"], False, False,
        "A fee is introduced for access requests: \"We do not charge for dealing with your request\" -> \"We charge an administration fee of £10 for each request for a copy of your records, payable before we start work on it\"; exercising a right becomes costlier and slower.",
        [("We do not charge for dealing with your request, and we reply within one month.", "We charge an administration fee of £10 for each request for a copy of your records, payable before we start work on it, and we reply within one month of receiving the fee.")],
    ),
    (
        en("pharmacy"), "major", ["R11"], False, False,
        "Automated decision introduced: \"Every online consultation is reviewed by one of our UK-registered prescribers\" -> an \"automated assessment tool\" that \"declines the order automatically, without review by a prescriber\"; the version line also changes.",
        [
            ("provide the Greenway Online Doctor service. Every online consultation is reviewed by one of our UK-registered prescribers before any medicine is supplied;", "provide the Greenway Online Doctor service. Your questionnaire answers are first checked by an automated assessment tool: if they show that a medicine is not suitable for you, the tool declines the order automatically, without review by a prescriber, and tells you why. Orders that pass the assessment are then reviewed by one of our UK-registered prescribers before any medicine is supplied;"),
            ("Version 4.2 – effective 1 February 2026", "Version 4.3 – effective 1 January 2027"),
        ],
    ),
    # --- Brookside Vets
    (
        en("vet"), "major", ["R2"], False, False,
        "New purpose: clinical records are now used \"To invite you to take part in clinical studies of new veterinary medicines that we run for pharmaceutical companies, when your pet's records suggest that it may be eligible\".",
        [before("- To send you our seasonal newsletter", "- To invite you to take part in clinical studies of new veterinary medicines that we run for pharmaceutical companies, when your pet's records suggest that it may be eligible.\n")],
    ),
    (
        en("vet"), "editorial", ["R1"], False, False,
        "Grammar and date only: \"it's care\" -> \"its care\", \"who's role\" -> \"whose role\", \"Updated March 2026\" -> \"Updated September 2026\".",
        [
            ("decisions about it's care", "decisions about its care"),
            ("practice manager, who's role", "practice manager, whose role"),
            ("Updated March 2026", "Updated September 2026"),
        ],
    ),
    # --- Carrow & Finch
    (
        en("estate"), "major", ["R10"], False, False,
        "Legal basis change: identity checks on sellers and buyers move from \"our legitimate interests in preventing fraud and money laundering\" to \"our legal obligation under the Money Laundering ... Regulations 2017\"; no consent is withdrawn.",
        [("- Identity checks on sellers and buyers: our legitimate interests in preventing fraud and money laundering.", "- Identity checks on sellers and buyers: our legal obligation under the Money Laundering, Terrorist Financing and Transfer of Funds (Information on the Payer) Regulations 2017.")],
    ),
    (
        en("estate"), "minor", ["R9"], False, False,
        "New opt-out: \"If you would prefer a call not to be recorded, tell us at the start of the call and we will switch recording off\"; favourable to users; the date stamp also changes.",
        [
            ("an accurate record of offers made by phone.\n", "an accurate record of offers made by phone. If you would prefer a call not to be recorded, tell us at the start of the call and we will switch recording off; we will then confirm any offer you make by email instead.\n"),
            ("This notice was last updated on 9 January 2026.", "This notice was last updated on 14 May 2026."),
        ],
    ),
    # --- Keepsake School Photography
    (
        en("photo"), "rights_reducing", ["R10", "R12"], False, False,
        "Consent replaced: children's photos were used in promotion \"only ... if a parent has given us written consent, and you can withdraw that consent at any time\"; now \"We may use a selection of photographs ... on the basis of our legitimate interest in promoting our business\": the right to withdraw consent is gone.",
        [("We only use a child's photograph in our brochures, on our website or on social media if a parent has given us written consent, and you can withdraw that consent at any time, after which we will stop using the photograph in any new material.", "We may use a selection of photographs in our brochures, on our website and on social media to show the quality of our work. We do this on the basis of our legitimate interest in promoting our business, and we never publish a child's name with a photograph.")],
    ),
    (
        en("photo"), "editorial", ["R1"], False, True,
        "Technical re-capture only: four paragraphs are hard-wrapped at 80 columns; not a word changes.",
        [
            rewrap(para(EN_PHOTO, "Keepsake School Photography Ltd takes")),
            rewrap(para(EN_PHOTO, "When we photograph pupils at school")),
            rewrap(para(EN_PHOTO, "We use pupils' names and classes")),
            rewrap(para(EN_PHOTO, "Photographs and the pupil details")),
        ],
    ),
    # --- Northern Vale Trains
    (
        en("rail"), "major", ["R5", "R6"], False, False,
        "New processor and transfer: out-of-hours support \"provided by our contractor Teleperfect Inc. from its centre in Manila\", with staff \"in the Philippines\" accessing the platform under the ICO's International Data Transfer Agreement.",
        [
            ("  - customer service platform: Zendesk;", "  - customer service platform: Zendesk, with evening and weekend webchat and email support provided by our contractor Teleperfect Inc. from its centre in Manila;"),
            ("these transfers rely on the UK Extension to the EU-US Data Privacy Framework.", "these transfers rely on the UK Extension to the EU-US Data Privacy Framework. Teleperfect's staff in the Philippines access our customer service platform to answer your messages; this transfer is protected by the International Data Transfer Agreement issued by the Information Commissioner."),
        ],
    ),
    (
        en("rail"), "minor", ["R14"], False, False,
        "A general contact number is added while the existing one stays: \"0345 600 1234\" -> \"0345 600 1234 or free on 0800 030 4455\" for Customer Relations; rights requests still go to the same email and address; date stamp updated.",
        [
            ("contact Customer Relations on 0345 600 1234 (Monday", "contact Customer Relations on 0345 600 1234 or free on 0800 030 4455 (Monday"),
            ("Last updated: 5 January 2026", "Last updated: 11 May 2026"),
        ],
    ),
    # --- Ashby Rovers FC
    (
        en("football"), "minor", ["R9"], False, False,
        "Clarification of the disclosed CCTV: \"CCTV operates throughout the stadium\" now adds \"including the turnstiles, concourses and car park\", that cameras \"do not record sound\" and who views recordings; same practice, more precise.",
        [("CCTV operates throughout the stadium.", "CCTV operates throughout the stadium, including the turnstiles, concourses and car park. The cameras do not record sound, and recordings are viewed only by our safety officer, our security team and, when they ask, the police.")],
    ),
    (
        en("football"), "rights_reducing", ["R13"], False, False,
        "Right removed: the list item \"object to our use of your information for attendance analysis and supporter surveys, by emailing us; we will stop unless we have compelling reasons to continue\" is deleted.",
        [drop("- object to our use of your information for attendance analysis")],
    ),
    # --- Tinker & Tumble (cookies)
    (
        en("toys"), "rights_reducing", ["R12", "R15"], True, False,
        "Negation flip on children's pages: \"We never set advertising cookies on our Kids' Zone pages, whatever your choices\" -> advertising cookies \"are also set on our Kids' Zone pages\"; a promise withdrawn and a new tracking scope that earlier consent did not cover.",
        [
            ("We never set advertising cookies on our Kids' Zone pages, whatever your choices. On those pages we only use the essential cookies the site needs and our own anonymous visit counter.", "If you have accepted advertising cookies, they are also set on our Kids' Zone pages, so that we can measure which activities lead to purchases and show related toys in our adverts."),
            ("Last updated: October 2025", "Last updated: June 2026"),
        ],
    ),
    (
        en("toys"), "minor", ["R17"], False, False,
        "A vendor is removed: Pinterest disappears from the advertising providers, the \"_pin_unauth | Pinterest\" row and its policy link are deleted.",
        [
            ("**Advertising cookies** are set by Google, Meta and Pinterest.", "**Advertising cookies** are set by Google and Meta."),
            drop("| _pin_unauth | Pinterest |"),
            ("Google, Meta and Pinterest act as independent controllers", "Google and Meta act as independent controllers"),
            ("[Google](https://policies.google.com/technologies/ads), [Meta](https://www.facebook.com/policies/cookies/), [Pinterest](https://policy.pinterest.com/en-gb/cookies).", "[Google](https://policies.google.com/technologies/ads) and [Meta](https://www.facebook.com/policies/cookies/)."),
        ],
    ),
    # --- Kelsbridge Parking Services
    (
        en("parking"), "major", ["R8"], False, False,
        "Fixed period replaced by a vague criterion: penalty charge notice records and photographs kept \"2 years after the case is closed\" -> \"for as long as necessary for enforcement and to deal with any later appeal, complaint or legal claim\".",
        [("- Penalty charge notice records, including photographs: 2 years after the case is closed (paid, cancelled or written off).", "- Penalty charge notice records, including photographs: for as long as necessary for enforcement and to deal with any later appeal, complaint or legal claim.")],
    ),
    (
        en("parking"), "editorial", ["R1"], False, False,
        "Wording and case only: \"Civil Enforcement Officers\" -> \"civil enforcement officers\", \"Please note that a request about your data does not pause the time limits\" -> \"Making a request about your data does not stop the clock on the time limits\", review date changed.",
        [
            ("by one of our Civil Enforcement Officers", "by one of our civil enforcement officers"),
            ("Please note that a request about your data does not pause the time limits", "Making a request about your data does not stop the clock on the time limits"),
            ("Reviewed: 14 October 2025", "Reviewed: 9 March 2026"),
        ],
    ),
    # --- Meadowfield School Meals
    (
        en("meals"), "major", ["R7"], False, False,
        "New data category: \"a photograph of your child, which the school sends us, shown on the till screen at lunchtime\" is added to what is held about pupils; the date stamp also changes.",
        [
            before("- whether your child receives universal infant", "- a photograph of your child, which the school sends us, shown on the till screen at lunchtime so that kitchen staff can match each child to their allergy and diet record;\n"),
            ("Last updated: 1 September 2025", "Last updated: 1 September 2026"),
        ],
    ),
    (
        en("meals"), "minor", ["R9"], False, False,
        "Clearer wording of the disclosed sharing: \"Allergy information is shared with kitchen staff\" -> shared \"only with the kitchen manager and cooks at your child's school\" on a daily sheet \"shredded at the end of each day\"; narrower, not adverse.",
        [("- Allergy information is shared with kitchen staff.", "- Allergy and dietary information is shared only with the kitchen manager and cooks at your child's school, who see it on a daily allergy sheet that is shredded at the end of each day.")],
    ),
    # --- Portlow Aquarium (cookies)
    (
        en("aquarium"), "editorial", ["R1"], False, False,
        "Reorganisation only: the Marketing paragraph moves before Analytics, headings \"Types of cookie\" -> \"The cookies we use and why\" and \"Managing your preferences\" -> \"Changing your mind\", date updated; cookies and purposes unchanged.",
        [
            ("**Analytics.** We use Google Analytics to count visits and see which pages are popular. Google Analytics is set up so that your IP address is shortened before it is stored.\n\n**Marketing.** We use the Meta pixel to find out whether our Facebook and Instagram adverts lead to ticket sales.", "**Marketing.** We use the Meta pixel to find out whether our Facebook and Instagram adverts lead to ticket sales.\n\n**Analytics.** We use Google Analytics to count visits and see which pages are popular. Google Analytics is set up so that your IP address is shortened before it is stored."),
            ("## Types of cookie", "## The cookies we use and why"),
            ("## Managing your preferences", "## Changing your mind"),
            ("Updated 2 May 2025", "Updated 10 January 2026"),
        ],
    ),
    (
        en("aquarium"), "editorial", ["R1"], False, True,
        "Technical re-extraction only: HTML entities left unescaped (\"&\" -> \"&amp;\", apostrophes -> \"&#39;\"); the text is otherwise identical.",
        [
            ("Portlow Aquarium & Marine Conservation Trust", "Portlow Aquarium &amp; Marine Conservation Trust"),
            ("online ticket shop & to understand", "online ticket shop &amp; to understand"),
            ("whether you've accepted", "whether you&#39;ve accepted"),
            ("You can't switch them off", "You can&#39;t switch them off"),
            ("Measures our adverts' results", "Measures our adverts&#39; results"),
        ],
    ),
    # --- Fernhill Golf Club
    (
        en("golf"), "rights_reducing", ["R4"], False, False,
        "Rights requests made harder: \"by email to the Club Secretary ... or in person at the club office\" -> \"must be made in writing and sent by post ... using the request form ... together with a copy of your passport or photocard driving licence\".",
        [("You can make a request by email to the Club Secretary at secretary@fernhillgolf.co.uk or in person at the club office.", "Requests must be made in writing and sent by post to the Club Secretary, using the request form available from the club office, together with a copy of your passport or photocard driving licence.")],
    ),
    (
        en("golf"), "major", ["R3"], False, False,
        "Controller changes: the unincorporated club's General Committee is replaced by \"Fernhill Golf Club Limited, a company limited by guarantee ... (company number 15234567)\" as controller after a transfer of the club's activities.",
        [
            ("Fernhill Golf Club is an unincorporated members' club. Its General Committee is the controller of the personal information of members, visitors and guests described in this notice.", "On 1 April 2026 the Club's activities, assets and members' contracts were transferred to Fernhill Golf Club Limited, a company limited by guarantee registered in England (company number 15234567) whose members are the Club's members. Fernhill Golf Club Limited is the controller of the personal information of members, visitors and guests described in this notice."),
            ("Approved by the General Committee, 24 February 2026", "Approved by the Board of Fernhill Golf Club Limited, 1 April 2026"),
        ],
    ),
    # --- Ashdown Funeral Care
    (
        en("funeral"), "minor", ["R17"], False, False,
        "A recipient is removed: \"We also pass your name and phone number to Stonecraft Memorials, our monumental mason partner\" is deleted; the review date changes. Less sharing is not adverse.",
        [
            drop("- We also pass your name and phone number to Stonecraft Memorials"),
            ("Last reviewed June 2025", "Last reviewed January 2026"),
        ],
    ),
    (
        en("funeral"), "editorial", ["R1"], False, False,
        "Vendor rename only: \"Arranger Software Ltd\" -> \"Arranger Software Ltd (now trading as Lantern Systems)\"; same company, same role.",
        [("- Arranger Software Ltd, which provides", "- Arranger Software Ltd (now trading as Lantern Systems), which provides")],
    ),
    # --- Riverside Advice Centre
    (
        en("advice"), "editorial", ["R1"], False, False,
        "Rewording only: the confidentiality promise is reordered (\"Unless you ask us to, or the law requires us to, we will never share your details with your landlord, your creditors or the Department for Work and Pensions\"), \"We're\" -> \"We are\", \"You don't have to answer them\" -> \"Answering them is up to you\".",
        [
            ("We will never share your details with the Department for Work and Pensions, your landlord or your creditors unless you ask us to, or the law requires us to.", "Unless you ask us to, or the law requires us to, we will never share your details with your landlord, your creditors or the Department for Work and Pensions."),
            ("We're the controller", "We are the controller"),
            ("You don't have to answer them.", "Answering them is up to you."),
        ],
    ),
    (
        en("advice"), "minor", ["R9"], False, False,
        "A complaint route is added: \"You also have the right to complain to the Information Commissioner's Office\" with its address and link; a right stated, nothing taken away.",
        [("We'll respond within one month, and we won't charge you.\n", "We'll respond within one month, and we won't charge you.\n\nIf you are unhappy with how we have handled your information, please tell us first so that we can try to put it right. You also have the right to complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF, or at [ico.org.uk](https://ico.org.uk/make-a-complaint/).\n")],
    ),
    # --- Brightsea Pier (cookies)
    (
        en("pier"), "editorial", ["R1"], False, False,
        "Renames only: \"Cookiebot\" -> \"Cookiebot by Usercentrics\" (same link) and \"set by Facebook\" -> \"set by Meta\"; same vendors, cookies, purposes and lifetimes.",
        [
            ("[Cookiebot](https://www.cookiebot.com/en/privacy-policy/)", "[Cookiebot by Usercentrics](https://www.cookiebot.com/en/privacy-policy/)"),
            ("set by Facebook to measure", "set by Meta to measure"),
        ],
    ),
    (
        en("pier"), "editorial", ["R1"], False, True,
        "Technical re-rendering only: inline links become reference-style links (\"[Stripe][2]\" with \"[2]: https://stripe.com/gb/privacy\" at the end); same targets, same text.",
        [
            ("[Cookiebot](https://www.cookiebot.com/en/privacy-policy/)", "[Cookiebot][1]"),
            ("[Stripe](https://stripe.com/gb/privacy)", "[Stripe][2]"),
            ("[Google Analytics](https://policies.google.com/privacy)", "[Google Analytics][3]"),
            ("[Meta privacy policy](https://www.facebook.com/privacy/policy/)", "[Meta privacy policy][4]"),
            ("[privacy policy](https://www.brightseapier.co.uk/privacy)", "[privacy policy][5]"),
            ("Last updated: 6 April 2026\n", "Last updated: 6 April 2026\n\n[1]: https://www.cookiebot.com/en/privacy-policy/\n[2]: https://stripe.com/gb/privacy\n[3]: https://policies.google.com/privacy\n[4]: https://www.facebook.com/privacy/policy/\n[5]: https://www.brightseapier.co.uk/privacy\n"),
        ],
    ),
]

# ---------------------------------------------------------------------------------------------------------------
# French bases
# ---------------------------------------------------------------------------------------------------------------

FR_MARCHE = """# Politique de protection des données personnelles – Programme de fidélité Marché Plus

Dernière mise à jour : 2 février 2026

Marché Plus est une enseigne de 86 supermarchés et magasins de proximité implantés en Bretagne et en Pays de la Loire. La carte Marché Plus vous permet de cumuler des euros sur votre cagnotte, de recevoir des bons de réduction et de profiter d'avantages réservés aux adhérents, en magasin comme sur marcheplus.fr et dans l'application Marché Plus.

La présente politique vous explique quelles données nous collectons dans le cadre du programme de fidélité, pourquoi nous les utilisons, à qui nous les communiquons et comment exercer vos droits.

## 1. Qui est responsable du traitement ?

Le responsable du traitement est Marché Plus SAS, société par actions simplifiée au capital de 4 500 000 euros, immatriculée au RCS de Rennes sous le numéro 412 345 678, dont le siège social est situé 18 rue de la Donelière, 35000 Rennes.

Marché Plus a désigné un délégué à la protection des données (DPO), que vous pouvez contacter à l'adresse dpo@marcheplus.fr ou par courrier à l'adresse du siège, à l'attention du DPO.

Les magasins Marché Plus exploités par des commerçants indépendants associés sont responsables des données qu'ils traitent pour leur propre compte (vidéoprotection, gestion des litiges en caisse). Ils appliquent la présente politique pour tout ce qui concerne la carte de fidélité.

## 2. Quelles données collectons-nous ?

Lors de votre adhésion, puis à chaque utilisation de votre carte, nous collectons :

- **vos données d'identification** : civilité, nom, prénom, date de naissance (facultative, pour vous adresser une offre le mois de votre anniversaire) ;
- **vos coordonnées** : adresse postale, adresse e-mail, numéro de téléphone mobile ;
- **la composition de votre foyer** (facultative) : nombre d'adultes et d'enfants, tranche d'âge des enfants ;
- **vos données d'achat** : magasin, date et heure de passage, produits achetés, montants, moyens de paiement utilisés (sans le numéro de carte bancaire), bons de réduction utilisés ;
- **votre cagnotte** : euros cumulés et dépensés, historique des avantages ;
- **vos préférences de communication** : canaux acceptés (e-mail, SMS, courrier), centres d'intérêt que vous avez indiqués dans votre espace client (par exemple « produits bio » ou « cuisine du monde ») ;
- **vos données de connexion** à l'application et au site : identifiant, date et heure de connexion, type d'appareil.

Nous ne collectons aucune donnée de santé. Les achats de produits de parapharmacie sont enregistrés comme les autres achats, mais ne sont jamais utilisés pour vous adresser des offres ciblées.

## 3. Pourquoi utilisons-nous vos données ?

Nous utilisons vos données pour :

- gérer votre adhésion, votre carte et votre cagnotte ;
- vous adresser des bons de réduction personnalisés, calculés à partir de vos achats des douze derniers mois ;
- vous envoyer notre lettre d'information et nos offres par e-mail ou SMS, si vous l'avez accepté ;
- organiser des jeux-concours et des opérations spéciales ;
- réaliser des études statistiques sur la fréquentation et les ventes, à partir de données agrégées ;
- prévenir les fraudes à la cagnotte (utilisation d'une carte par plusieurs foyers, cumul anormal d'avantages) ;
- répondre à vos demandes adressées au service clients.

## 4. Sur quelles bases légales ?

| Finalité | Base légale |
|---|---|
| Gestion de la carte et de la cagnotte | Exécution du contrat (conditions générales du programme) |
| Bons de réduction personnalisés | Intérêt légitime de Marché Plus à fidéliser ses clients |
| Lettre d'information et offres par e-mail ou SMS | Consentement |
| Jeux-concours | Exécution du règlement du jeu |
| Études statistiques | Intérêt légitime |
| Lutte contre la fraude | Intérêt légitime |
| Service clients | Exécution du contrat |

Vous pouvez vous opposer à tout moment à la personnalisation de vos bons de réduction depuis votre espace client ; vous recevrez alors les mêmes offres que l'ensemble des adhérents.

## 5. Qui a accès à vos données ?

Vos données sont accessibles aux équipes de Marché Plus chargées du programme de fidélité, du marketing et du service clients, ainsi qu'aux magasins pour les informations nécessaires au passage en caisse. Elles sont également communiquées à nos prestataires, qui agissent sur nos instructions :

| Destinataire | Rôle | Pays |
|---|---|---|
| Fidelio Systèmes | gestion de la plateforme de fidélité | France |
| OVHcloud | hébergement des données | France |
| Brevo | envoi des e-mails et SMS | France |
| Armor Courrier | impression et envoi des courriers | France |
| Zendesk | outil du service clients | Irlande |

Nous ne communiquons jamais votre historique d'achats détaillé aux marques dont nous vendons les produits : celles-ci ne reçoivent que des statistiques agrégées, qui ne permettent pas de vous identifier.

Pour en savoir plus sur nos principaux prestataires, vous pouvez consulter la [politique de confidentialité de Brevo](https://www.brevo.com/fr/legal/privacypolicy/) et celle de [Zendesk](https://www.zendesk.fr/company/agreements-and-terms/privacy-notice/).

## 6. Combien de temps conservons-nous vos données ?

- Données d'adhésion : pendant toute la durée de votre adhésion, puis 3 ans à compter de votre dernier achat avec la carte.
- Données d'achat détaillées : 24 mois à compter de l'achat ; au-delà, elles sont anonymisées.
- Consentement à la prospection : jusqu'au retrait de votre consentement ou 3 ans sans contact de votre part.
- Demandes adressées au service clients : 3 ans à compter de la clôture de la demande.

## 7. Quels sont vos droits ?

Vous disposez d'un droit d'accès, de rectification, d'effacement et de portabilité de vos données, d'un droit à la limitation du traitement et d'un droit d'opposition, notamment à la prospection commerciale et au profilage. Vous pouvez également définir des directives relatives au sort de vos données après votre décès.

Pour exercer ces droits, écrivez à dpo@marcheplus.fr ou rendez-vous dans votre espace client, rubrique « Mes données ». Nous vous répondrons dans un délai d'un mois. Si vous n'obtenez pas satisfaction, vous pouvez introduire une réclamation auprès de la [CNIL](https://www.cnil.fr/fr/plaintes).

Vous pouvez vous désinscrire de nos e-mails à tout moment grâce au lien figurant en bas de chaque message, et de nos SMS en répondant STOP.

## 8. Sécurité

Les données de la carte Marché Plus sont hébergées en France et protégées par des mesures techniques et organisationnelles adaptées : chiffrement des échanges, contrôle des accès, journalisation, sauvegardes quotidiennes.

## 9. Modification de cette politique

En cas de modification importante, nous vous en informerons par e-mail et dans l'application au moins un mois avant son entrée en vigueur.
"""

FR_DENTAIRE = """# Politique de confidentialité – Centre dentaire des Tilleuls

Le Centre dentaire des Tilleuls (SELARL des Tilleuls, 42 avenue des Frères Lumière, 69008 Lyon) accueille ses patients pour des soins dentaires, de l'orthodontie et de l'implantologie. Dans le cadre de votre prise en charge, nous traitons des données personnelles vous concernant, dont des données de santé. Cette politique vous explique comment.

## Données traitées

- Votre identité : nom, prénom, date de naissance, sexe, adresse, téléphone, e-mail.
- Votre numéro de sécurité sociale et les informations relatives à votre mutuelle.
- Votre dossier médical : antécédents médicaux, traitements en cours, allergies, compte rendus de consultation, plans de traitement, devis, radiographies et photographies intrabuccales.
- Les informations relatives à vos paiements et à vos remboursements.

## Finalités et bases légales

Nous utilisons ces données pour assurer votre suivi médical et vos soins, établir les devis et les feuilles de soins, télétransmettre les feuilles de soins à l'Assurance maladie et à votre mutuelle, et vous rappeler vos rendez-vous.

Le traitement de vos données de santé est nécessaire aux fins de la médecine préventive, des diagnostics médicaux et de l'administration de soins (article 9.2.h du RGPD) ; il est réalisé par des professionnels soumis au secret médical. La télétransmission et la conservation du dossier répondent à des obligations légales.

## Destinataires

Vos données sont accessibles aux chirurgiens-dentistes et aux assistantes dentaires du centre, dans la limite de ce qui est nécessaire à leurs missions. Elles peuvent être transmises :

- à l'Assurance maladie et à votre organisme complémentaire, pour vos remboursements ;
- aux laboratoires de prothèse dentaire, pour la fabrication de vos prothèses (seulement les empreintes et les informations nécessaires) ;
- aux professionnels de santé qui vous suivent, avec votre accord ;
- à notre éditeur de logiciel médical et à notre hébergeur certifié pour les données de santé (HDS), qui agissent pour notre compte.

La prise de rendez-vous en ligne est assurée par Doctolib, qui agit en qualité de sous-traitant.

## Durée de conservation

Conformément au Code de la santé publique, votre dossier médical est conservé pendant 20 ans à compter de votre dernière consultation. Les données de facturation sont conservées 10 ans.

## Vos droits

Vous pouvez accéder à vos données, les faire rectifier, demander la limitation de leur traitement ou vous opposer à certains traitements. L'effacement du dossier médical n'est pas possible pendant la durée de conservation imposée par la loi.

Pour exercer vos droits, adressez-vous à l'accueil du centre ou écrivez à notre délégué à la protection des données : dpo@centre-dentaire-tilleuls.fr. Nous répondons à votre demande dans un délai d'un mois à compter de sa réception. L'accès à votre dossier médical s'exerce dans les conditions de l'article L. 1111-7 du Code de la santé publique.

Vous pouvez introduire une réclamation auprès de la CNIL (www.cnil.fr).

Mise à jour : janvier 2026
"""

FR_MUSEE = """# Politique de gestion des cookies

Musée d'art et d'histoire de Valmont – mise à jour le 15 octobre 2025

Le site musee-valmont.fr et sa billetterie en ligne sont édités par la Ville de Valmont, Hôtel de Ville, place de la République, 26300 Valmont. Lors de votre visite, des cookies et autres traceurs peuvent être déposés sur votre terminal. Cette page vous explique lesquels et comment les paramètrer.

## Qu'est-ce qu'un cookie ?

Un cookie est un petit fichier texte enregistré par votre navigateur lorsque vous consultez un site. Il permet au site de reconnaître votre terminal pendant une durée limitée.

## Les cookies que nous utilisons

**Cookies strictement nécessaires.** Ils permettent le fonctionnement du site et de la billetterie (panier, paiement sécurisé, mémorisation de vos choix en matière de cookies). Ils ne nécessitent pas votre consentement.

**Mesure d'audience.** Nous utilisons l'outil Matomo, hébergé sur les serveurs de la Ville, pour connaître le nombre de visites et les pages consultées. Il est configuré conformément aux recommandations de la CNIL (adresse IP anonymisée, données non recoupées avec d'autres traitements, durée de vie limitée à 13 mois) et est donc exempté de consentement. Vous pouvez toutefois vous y opposer ci-dessous.

**Contenus tiers.** Certaines pages des exposions présentent des vidéos hébergées sur Vimeo. Vimeo ne dépose de cookies qu'au moment où vous lancez la lecture d'une vidéo, si vous l'avez accepté.

| Cookie | Émetteur | Finalité | Durée |
|---|---|---|---|
| billet_session | Ville de Valmont | Panier et paiement de la billetterie | Session |
| mv_consent | Ville de Valmont | Mémorisation de vos choix | 6 mois |
| _pk_id | Matomo (Ville de Valmont) | Mesure d'audience | 13 mois |
| _pk_ses | Matomo (Ville de Valmont) | Mesure d'audience | 30 minutes |
| vuid | Vimeo | Lecture des vidéos | 12 mois |

## Vos choix

Lors de votre première visite, un bandeau vous permet d'accepter ou de refuser les cookies soumis à consentement. Vous pouvez modifier vos choix à tout moment grâce au lien « Gérer mes cookies » en bas de chaque page. Votre choix est conservé 6 mois.

Vous pouvez aussi configurer votre navigateur pour bloquer les cookies ; la billetterie risque alors de ne plus fonctionner.

Pour en savoir plus, consultez la [politique de confidentialité de Vimeo](https://vimeo.com/privacy) et la page de la [CNIL consacrée aux cookies](https://www.cnil.fr/fr/cookies-et-autres-traceurs).

## Contact

Délégué à la protection des données de la Ville de Valmont : dpo@ville-valmont.fr.
"""

FR_COURTAGE = """# Politique de protection des données personnelles

Cabinet Ferrand Courtage – version du 1er décembre 2025

Le Cabinet Ferrand Courtage est un courtier en assurances installé à Bordeaux et à Libourne. Nous conseillons des particuliers, des professionnels et des entreprises en assurance automobile, habitation, santé, prévoyance, assurance emprunteur et responsabilité civile professionnelle, puis nous les accompagnons tout au long de la vie de leurs contrats.

Pour exercer notre métier, nous devons recueillir et utiliser des informations vous concernant. Cette politique vous indique lesquelles, pourquoi et avec qui nous les partageons.

## 1. Responsable du traitement

Ferrand Courtage SARL, 27 cours de l'Intendance, 33000 Bordeaux, immatriculée au RCS de Bordeaux sous le numéro 798 654 321 et à l'ORIAS sous le numéro 14 005 432 (www.orias.fr), est responsable du traitement de vos données.

Notre référente à la protection des données peut être contactée à l'adresse donnees@ferrand-courtage.fr ou par courrier à l'adresse ci-dessus.

## 2. Données collectées

Selon le contrat envisagé, nous collectons :

- **identité et coordonnées** : nom, prénom, date et lieu de naissance, adresse, téléphone, e-mail ;
- **situation familiale et professionnelle** : situation matrimoniale, enfants à charge, profession, revenus lorsque la garantie en dépend ;
- **informations sur le risque à assurer** : véhicule et permis de conduire, logement, activité professionnelle, chiffre d'affaires de votre entreprise ;
- **antécédents** : sinistres déclarés au cours des dernières années, relevé d'information de votre précédent assureur ;
- **données de santé**, uniquement pour les contrats santé, prévoyance et assurance emprunteur : elles sont recueillies au moyen du questionnaire de l'assureur, que vous pouvez lui adresser directement sous pli confidentiel ;
- **données bancaires** : RIB pour le prélèvement des cotisations et le versement des indemnités ;
- **enregistrements de vos appels** avec nos conseillers, lorsque vous en êtes informé au début de l'appel.

Ces informations nous sont communiquées par vous-même ou, avec votre accord, par votre précédent courtier ou assureur.

## 3. Finalités et bases légales

| Finalité | Base légale |
|---|---|
| Analyse de vos besoins, conseil et recherche de contrats | Mesures précontractuelles prises à votre demande |
| Souscription et gestion de vos contrats | Exécution du contrat |
| Accompagnement dans la gestion de vos sinistres | Exécution du contrat |
| Traitement des données de santé | Votre consentement exprès |
| Devoir de conseil (preuve du conseil délivré) | Obligation légale (Code des assurances) |
| Lutte contre le blanchiment et le financement du terrorisme | Obligation légale (Code monétaire et financier) |
| Enregistrement des appels | Intérêt légitime (qualité du conseil, preuve) |
| Envoi d'offres par e-mail | Consentement |
| Recouvrement et gestion des litiges | Intérêt légitime |

Nous vous adressons des offres par e-mail uniquement si vous y avez consenti ; vous pouvez retirer votre consentement à tout moment, sans que cela remette en cause vos contrats.

## 4. Destinataires

Vos données sont communiquées, dans la limite de ce qui est nécessaire :

- aux compagnies d'assurance et mutuelles que nous consultons ou auprès desquelles votre contrat est souscrit, ainsi qu'aux grossistes en assurance qui en assurent la gestion par délégation ;
- aux experts et aux prestataires d'assistance mandatés en cas de sinistre ;
- à nos prestataires techniques, qui agissent sur nos instructions :

| Prestataire | Service | Localisation |
|---|---|---|
| Courtia | logiciel de gestion du cabinet | France |
| OVHcloud | hébergement des données | France |
| Ringover | téléphonie et enregistrement des appels | France |
| Yousign | signature électronique | France |
| Microsoft Ireland | messagerie | Irlande |

- aux autorités, lorsque la loi l'exige (TRACFIN, administration fiscale, autorités judiciaires, ACPR).

Les conditions dans lesquelles nos prestataires protègent vos données sont décrites dans leurs politiques respectives, par exemple celles de [Yousign](https://yousign.com/fr-fr/confidentialite) et de [Ringover](https://www.ringover.fr/confidentialite).

Vos données sont hébergées dans l'Union européenne, en France et en Irlande.

## 5. Durées de conservation

- Projets n'ayant pas abouti : 3 ans à compter du dernier contact.
- Contrats : pendant toute leur durée, puis jusqu'à l'expiration des délais de prescription applicables (en général 5 ans, 10 ans pour l'assurance vie et certains contrats de prévoyance).
- Documents relatifs à la lutte contre le blanchiment : 5 ans après la fin de la relation d'affaires.
- Enregistrements téléphoniques : 12 mois.
- Données de prospection : 3 ans à compter du dernier contact de votre part.

## 6. Vos droits

Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition, ainsi que du droit de définir des directives sur le sort de vos données après votre décès. Lorsque le traitement repose sur votre consentement, vous pouvez le retirer à tout moment.

Vous pouvez exercer ces droits par e-mail à donnees@ferrand-courtage.fr ou par courrier. Nous pouvons vous demander un justificatif d'identité en cas de doute raisonnable. Nous vous répondons dans un délai d'un mois.

Vous pouvez également vous inscrire gratuitement sur la liste d'opposition au démarchage téléphonique Bloctel (www.bloctel.gouv.fr).

En cas de désaccord, vous pouvez saisir la CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07.

## 7. Décisions automatisées

Le cabinet ne prend aucune décision fondée exclusivement sur un traitement automatisé. Nos comparateurs de tarifs nous aident à sélectionner les offres adaptées à votre situation, mais c'est toujours un conseiller qui vous présente les propositions et vous explique les garanties. Les assureurs que nous consultons peuvent utiliser leurs propres outils de tarification et de sélection des risques : leurs politiques de confidentialité, qui vous sont remises avec les propositions, vous en informent.

## 8. Réclamations et médiation

Pour toute réclamation relative à nos services, vous pouvez écrire à reclamations@ferrand-courtage.fr. Nous accusons réception de votre réclamation sous dix jours ouvrables et y répondons dans un délai de deux mois. Si la réponse ne vous satisfait pas, vous pouvez saisir gratuitement La Médiation de l'Assurance (www.mediation-assurance.org).

## 9. Sécurité et confidentialité

Nos collaborateurs sont tenus à une obligation de confidentialité. L'accès aux dossiers est limité aux personnes qui en ont besoin, et les questionnaires de santé que vous nous transmettez sont conservés dans un espace à accès restreint.
"""

FR_MARIAGE = """# Politique de confidentialité

**Un Oui en Provence** – organisation de mariages et de cérémonies laïques

Un Oui en Provence (EI Camille Roussel, 5 rue Cardinale, 13100 Aix-en-Provence) organise votre mariage de A à Z ou vous accompagne le jour J. Pour cela, nous avons besoin de connaître un certain nombre de choses sur vous, vos proches et vos envies. Voici comment nous utilisons ces informations.

### Ce que nous recueillons

- Vos noms, adresses, numéros de téléphone et adresses e-mail, ainsi que ceux de vos témoins si vous souhaitez qu'ils soient associés à l'organisation.
- La date, le lieu, le budget et le style de votre mariage.
- La liste de vos invités (noms, adresses, réponses aux invitations, régimes alimentaires, besoins d'accessibilité) si vous nous confiez la gestion des invitations ou du plan de table.
- Vos échanges avec nous (e-mails, messages, comptes rendus de rendez-vous).
- Vos paiements (acomptes et soldes), effectués par virement.

### Pourquoi

Nous utilisons ces informations pour préparer votre mariage, réserver et coordonner les prestataires (lieu de réception, traiteur, photographe, fleuriste, musiciens…), gérer le rétroplanning et le budget, et facturer nos prestations. La base légale est le contrat que nous signons ensemble.

Avec votre accord écrit, nous publions quelques photos de votre mariage sur notre site et sur Instagram. Vous pouvez retirer cet accord à tout moment : les photos seront alors retirées dans un délai de quinze jours.

### Avec qui nous les partageons

Nous transmettons aux prestataires que vous avez choisis les seules informations dont ils ont besoin : par exemple, le nombre d'invités et les régimes alimentaires au traiteur, ou le planning de la journée au photographe. Nos dossiers sont stockés sur un espace de stockage en ligne sécurisé hébergé en France. Nous ne vendons ni ne louons vos données.

### Combien de temps

Nous conservons votre dossier pendant 5 ans après la date du mariage, pour le cas où vous auriez besoin d'un contact ou d'une facture. La liste des invités est supprimée trois mois après le mariage. Les factures sont conservées 10 ans, comme l'exige la loi.

### Vos droits

Vous pouvez à tout moment accéder à vos données, les corriger, demander leur suppression ou vous opposer à leur utilisation, en écrivant à bonjour@unouienprovence.fr. Vous pouvez aussi vous adresser à la CNIL.

*Mise à jour : mars 2026*
"""

FR_HALLE = """# Cookies et autres traceurs

La Halle aux Sons – salle de concerts et de musiques actuelles

Dernière mise à jour : 10 février 2026

La Halle aux Sons est une salle de concerts de 1 800 places gérée par la Société publique locale Nantes Musiques (SPL Nantes Musiques, 12 quai de la Fosse, 44000 Nantes). Le présent document explique comment nous utilisons des cookies et autres traceurs sur notre site lahalleauxsons.fr, sur notre billetterie en ligne et dans notre application, et comment vous pouvez les accepter, les refuser ou changer d'avis.

## 1. Qu'est-ce qu'un traceur ?

Un cookie est un petit fichier déposé sur votre ordinateur, votre tablette ou votre téléphone lorsque vous consultez un site. D'autres technologies produisent le même effet : pixels invisibles, identifiants publicitaires de votre téléphone, stockage local du navigateur. Dans ce document, nous les appelons tous « traceurs ».

Certains traceurs sont déposés par nous-mêmes (traceurs « internes »), d'autres par des partenaires dont nous utilisons les services (traceurs « tiers »). Ces partenaires peuvent utiliser les informations collectées pour leur propre compte ; ils sont alors responsables de ce traitement.

## 2. Votre consentement

Conformément aux règles fixées par la CNIL, les traceurs qui ne sont pas strictement nécessaires au fonctionnement du site ne sont déposés qu'après votre accord.

À votre première visite, un bandeau vous propose de tout accepter, de tout refuser ou de personnaliser vos choix finalité par finalité. Fermer le bandeau vaut refus. Vos choix sont conservés pendant 6 mois ; passé ce délai, nous vous les redemanderons.

Vous pouvez modifier vos choix à tout moment grâce au lien « Cookies » présent en bas de chaque page du site et dans le menu « Réglages » de l'application. Retirer votre consentement est aussi simple que de le donner.

## 3. Les finalités

### Fonctionnement du site et de la billetterie

Ces traceurs permettent de réserver vos places, de conserver votre panier pendant le paiement, de vous identifier dans votre espace personnel, de sécuriser les transactions et de mémoriser vos choix en matière de cookies. Ils sont indispensables et ne peuvent pas être désactivés.

### Mesure d'audience

Ces traceurs nous permettent de savoir combien de personnes consultent chaque concert, par où elles arrivent sur le site et à quelle étape elles abandonnent une réservation, afin d'améliorer le site. Nous utilisons Google Analytics, avec votre consentement.

### Publicité et réseaux sociaux

Ces traceurs nous permettent de mesurer l'efficacité de nos campagnes de promotion des concerts sur les réseaux sociaux et de présenter nos annonces aux personnes qui ont déjà visité notre site.

### Contenus intégrés

Les pages des artistes intègrent des vidéos YouTube et des extraits musicaux Spotify. Ces services ne déposent des traceurs que si vous avez accepté cette finalité ; à défaut, un lien vous permet de les écouter directement sur leur site.

### Et si je refuse ?

Refuser les traceurs de mesure d'audience, de publicité ou de contenus intégrés n'a aucune conséquence sur l'achat de vos billets ni sur les tarifs proposés. Vous verrez simplement, à la place des vidéos et des extraits musicaux, un message vous invitant à les écouter sur le site de l'artiste ou de la plateforme. Les publicités que vous verrez éventuellement sur les réseaux sociaux ne seront pas plus nombreuses, mais elles ne tiendront pas compte de votre visite sur notre site.

## 4. Liste des traceurs

| Nom | Émetteur | Finalité | Durée de conservation |
|---|---|---|---|
| has_session | La Halle aux Sons | Fonctionnement (session, panier) | Session |
| has_consent | La Halle aux Sons | Fonctionnement (mémorisation de vos choix) | 6 mois |
| __cf_bm | Cloudflare | Fonctionnement (protection contre les robots) | 30 minutes |
| _ga | Google | Mesure d'audience | 13 mois |
| _ga_HAS | Google | Mesure d'audience | 13 mois |
| _fbp | Meta | Publicité et réseaux sociaux | 3 mois |
| _gcl_au | Google Ads | Publicité et réseaux sociaux | 3 mois |
| YSC | YouTube | Contenus intégrés | Session |
| VISITOR_INFO1_LIVE | YouTube | Contenus intégrés | 6 mois |
| sp_t | Spotify | Contenus intégrés | 12 mois |

Aucun traceur n'est conservé plus de 13 mois.

## 5. Nos partenaires

Vous pouvez consulter les politiques de confidentialité de nos partenaires :

- [Google](https://policies.google.com/privacy?hl=fr) (Google Analytics, Google Ads, YouTube) ;
- [Meta](https://www.facebook.com/privacy/policy/) ;
- [Spotify](https://www.spotify.com/fr/legal/privacy-policy/) ;
- [Cloudflare](https://www.cloudflare.com/fr-fr/privacypolicy/).

Certains de ces partenaires sont établis aux États-Unis. Les transferts de données vers ces sociétés reposent sur la décision d'adéquation relative au cadre de protection des données UE-États-Unis (Data Privacy Framework).

## 6. Nos e-mails

Notre lettre d'information et les e-mails de confirmation de vos réservations peuvent contenir un pixel qui nous indique si le message a été ouvert et quels liens ont été cliqués. Ces informations nous aident à savoir quels concerts intéressent nos abonnés. Vous pouvez désactiver l'affichage automatique des images dans votre messagerie ; vous pouvez aussi vous désabonner de la lettre d'information à tout moment.

## 7. L'application La Halle aux Sons

Notre application n'utilise aucun traceur publicitaire. Elle utilise uniquement un identifiant technique qui permet d'afficher vos billets et de vous envoyer des notifications si vous les avez activées dans les réglages de votre téléphone.

## 8. Paramétrer votre navigateur

Vous pouvez également bloquer ou supprimer les traceurs depuis les réglages de votre navigateur. Attention : si vous bloquez les traceurs nécessaires, vous ne pourrez plus acheter de billets en ligne. La CNIL explique comment procéder selon votre navigateur sur [sa page dédiée](https://www.cnil.fr/fr/cookies-et-autres-traceurs/comment-se-proteger/maitriser-votre-navigateur).

## 9. Nous contacter

Pour toute question sur les traceurs ou sur vos données personnelles, écrivez à notre délégué à la protection des données : dpo@lahalleauxsons.fr, ou par courrier à SPL Nantes Musiques, DPO, 12 quai de la Fosse, 44000 Nantes. Notre politique de confidentialité détaille les traitements liés à la billetterie, aux abonnements et à la lettre d'information, ainsi que vos droits. Vous pouvez également introduire une réclamation auprès de la CNIL si vous estimez que vos droits ne sont pas respectés.
"""

FR_SKI = """# Politique de confidentialité du Domaine skiable de Val-Chaudière

Mise à jour : 1er octobre 2025

La Société d'économie mixte des remontées mécaniques de Val-Chaudière (SEM Val-Chaudière) exploite les 34 remontées mécaniques et les 120 kilomètres de pistes du domaine skiable, le site valchaudiere-ski.fr, la boutique en ligne de forfaits et l'application mobile Val-Chaudière. Nous attachons une grande importance à la protection de vos données personnelles.

## 1. Responsable du traitement

SEM Val-Chaudière, Maison du Domaine, 73530 Val-Chaudière, est responsable du traitement des données décrites ci-dessous. Notre délégué à la protection des données peut être contacté à l'adresse dpo@valchaudiere-ski.fr.

## 2. Les données que nous traitons

### Achat de forfaits

- nom, prénom, date de naissance (pour les tarifs enfants, jeunes et seniors), adresse e-mail, téléphone ;
- pour les forfaits saison, une photographie d'identité, imprimée sur le forfait et affichée sur les écrans de contrôle ;
- le numéro de votre support mains libres rechargeable (carte Val-Chaudière) ;
- les forfaits achetés, les montants payés et le moyen de paiement (le numéro de carte bancaire est traité par notre prestataire de paiement et n'est pas conservé par nos soins).

### Contrôle d'accès

À chaque passage à une borne de remontée mécanique, nous enregistrons le numéro du forfait, la remontée, la date et l'heure. Pour les forfaits nominatifs, l'agent de contrôle peut comparer la photographie affichée à l'écran avec le porteur du forfait.

### Application mobile

- votre compte (e-mail, mot de passe chiffré) et vos forfaits rattachés ;
- si vous l'autorisez, votre position, pour afficher où vous vous trouvez sur le plan des pistes ; elle n'est pas enregistrée sur nos serveurs ;
- les notifications auxquelles vous êtes abonné (ouverture des pistes, alertes météo).

### Assurance Neige

Si vous ajoutez l'« Assurance Neige » à votre forfait, nous transmettons à l'assureur votre nom, vos coordonnées, le type de forfait et ses dates de validité. En cas de sinistre (accident, fermeture des remontées), vous déclarez votre dossier directement auprès de l'assureur, qui vous informe de l'utilisation de vos données.

### Forfaits des enfants

Les forfaits des enfants de moins de 15 ans sont achetés par un parent ou un adulte responsable, dont nous enregistrons les coordonnées. Nous ne demandons aucune adresse e-mail ni aucun numéro de téléphone aux enfants, et l'application ne peut être utilisée qu'à partir de 15 ans. Les écoles de ski présentes sur le domaine sont des entreprises indépendantes qui traitent les données de leurs élèves sous leur propre responsabilité.

### Secours sur pistes

Lorsque nos pisteurs-secouristes interviennent, ils établissent une fiche d'intervention comportant votre identité, la description de l'accident, les premiers constats sur votre état de santé et les soins donnés. Ces fiches sont transmises à la commune, qui facture les frais de secours.

### Vidéoprotection

Les gares de départ des remontées mécaniques et les caisses sont placées sous vidéoprotection, signalée par des panneaux.

## 3. Pourquoi nous utilisons vos données

- vendre et délivrer vos forfaits, et gérer le service après-vente (remboursement en cas de fermeture, assurance) ;
- contrôler l'accès aux remontées mécaniques et lutter contre la fraude (prêt ou revente de forfaits nominatifs) ;
- assurer les secours sur le domaine et la facturation des frais de secours ;
- assurer la sécurité des personnes et des biens ;
- vous envoyer des informations pratiques sur les conditions d'ouverture ;
- vous adresser notre lettre d'information et nos offres, si vous l'avez accepté ;
- établir des statistiques de fréquentation anonymes.

## 4. Bases légales

La vente de forfaits et le contrôle d'accès reposent sur l'exécution du contrat de transport. La lutte contre la fraude et la vidéoprotection reposent sur notre intérêt légitime. Les secours sur pistes relèvent d'une mission d'intérêt public confiée par la commune ; les données de santé sont traitées pour la sauvegarde de vos intérêts vitaux et l'administration des soins. La lettre d'information et la géolocalisation dans l'application reposent sur votre consentement.

## 5. Destinataires

- les services de la SEM Val-Chaudière chargés de la vente, du contrôle, des secours et du service clients ;
- la commune de Val-Chaudière, pour la facturation des frais de secours ;
- les centres hospitaliers et services d'urgence, en cas d'évacuation ;
- l'assureur du produit « Assurance Neige », si vous l'avez souscrit, pour la gestion de vos demandes d'indemnisation ;
- nos prestataires : éditeur du système de billetterie et de contrôle d'accès [SkiData](https://www.skidata.com/fr-fr/protection-des-donnees/), prestataire de paiement, hébergeur du site et de l'application (en France), outil d'envoi de la lettre d'information ;
- les forces de l'ordre, sur réquisition.

Vos données ne sont pas transférées hors de l'Union européenne.

## 6. Durées de conservation

| Données | Durée |
|---|---|
| Compte client et historique d'achats | 3 ans après le dernier achat |
| Photographie des forfaits saison | Jusqu'à la fin de la saison, puis 1 mois |
| Passages aux bornes de contrôle | 30 jours |
| Fiches d'intervention des secours | 10 ans |
| Images de vidéoprotection | 15 jours |
| Lettre d'information | Jusqu'à votre désinscription |

## 7. Vos droits

Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition, et vous pouvez retirer votre consentement à tout moment (par exemple en désactivant la géolocalisation dans les réglages de votre téléphone). Pour les exercer, écrivez à dpo@valchaudiere-ski.fr ou adressez-vous à nos caisses. Nous vous répondrons dans un délai d'un mois.

Vous pouvez introduire une réclamation auprès de la Commission nationale de l'informatique et des libertés (CNIL).

## 8. Cookies

Notre site utilise des cookies. Leur liste, leurs finalités et les moyens de paramétrer vos choix sont présentés dans notre politique cookies, accessible en bas de chaque page du site.

## 9. Réclamations

Pour toute réclamation concernant votre forfait ou nos services, adressez-vous au service clients (clients@valchaudiere-ski.fr). Si la réponse ne vous satisfait pas, vous pouvez recourir gratuitement au médiateur du tourisme et du voyage, dont les coordonnées figurent dans nos conditions générales de vente. Ces démarches sont indépendantes de vos droits sur vos données personnelles.

## 10. Modifications

Nous vous informerons de toute modification importante de cette politique par e-mail, si vous avez un compte client, au moins un mois avant son entrée en vigueur.
"""

FR_FORMAFIT = """# FormaFit – Politique de confidentialité

FormaFit SAS exploite 41 clubs de remise en forme en France, ouverts 7 jours sur 7, ainsi que le site formafit.fr et l'application FormaFit Coach. Cette politique s'applique à tous nos adhérents et aux personnes qui réservent une séance d'essai.

**Responsable du traitement** : FormaFit SAS, 9 rue des Arts, 59000 Lille. Délégué à la protection des données : dpo@formafit.fr.

## Données collectées

- **Adhésion** : nom, prénom, date de naissance, adresse, e-mail, téléphone, formule choisie, IBAN pour le prélèvement mensuel.
- **Accès au club** : numéro de votre badge, photographie prise à l'accueil lors de votre inscription, date et heure de vos passages. Lorsque vous passez votre badge au portique, votre photo s'affiche sur l'écran de l'accueil pour permettre à notre équipe de vérifier que le badge est utilisé par son titulaire.
- **Application FormaFit Coach** : vos séances réservées, vos programmes d'entraînement et, si vous choisissez de les renseigner, votre taille, votre poids et vos objectifs.
- **Questionnaire de santé** (facultatif) : avant un programme personnalisé, votre coach peut vous proposer un questionnaire sur vos antécédents (blessures, problèmes cardiaques). Vous êtes libre de ne pas y répondre.
- **Vidéoprotection** : les entrées et les plateaux d'entraînement sont filmés.

## Utilisations

Nous utilisons vos données pour gérer votre abonnement et les prélèvements, contrôler l'accès aux clubs, vous permettre de réserver des cours collectifs, proposer des programmes adaptés, assurer la sécurité des adhérents et des locaux, et, si vous l'avez accepté, vous envoyer nos offres. L'application vous envoie des rappels avant chaque séance réservée.

La gestion de l'abonnement et l'accès aux clubs reposent sur le contrat d'adhésion. Les données du questionnaire de santé et de l'application (poids, objectifs) sont traitées avec votre consentement explicite. La vidéoprotection repose sur notre intérêt légitime à assurer la sécurité. Les offres commerciales sont envoyées avec votre consentement.

## Destinataires

Les équipes de votre club et du siège, dans la limite de leurs missions ; notre prestataire de gestion des abonnements et des prélèvements ; l'éditeur de l'application FormaFit Coach ; notre prestataire de contrôle d'accès ; notre banque pour les prélèvements SEPA. Aucune donnée n'est vendue.

## Conservation

- Données d'adhésion : durée de l'abonnement, puis 3 ans.
- Photographie : durée de l'abonnement.
- Passages au portique : 6 mois.
- Données de l'application et questionnaire de santé : jusqu'à la suppression de votre compte ou la fin de l'abonnement.
- Images de vidéoprotection : 30 jours.

## Vos droits

Vous pouvez accéder à vos données, les rectifier, les effacer, en demander la portabilité, vous opposer à leur traitement ou en demander la limitation, et retirer votre consentement à tout moment. Écrivez à dpo@formafit.fr ou adressez-vous à l'accueil de votre club. En cas de difficulté, vous pouvez saisir la CNIL.

Mise à jour : 5 janvier 2026
"""

FR_CONTROLE = """# Confidentialité – Contrôle Auto Ouest

Contrôle Auto Ouest regroupe 18 centres de contrôle technique automobile agréés en Loire-Atlantique, en Vendée et dans le Maine-et-Loire. Cette page vous explique comment nous traitons vos données lorsque vous prenez rendez-vous et faites contrôler votre véhicule.

## Responsable du traitement

Contrôle Auto Ouest SAS, 4 rue de la Métallurgie, 44470 Carquefou. Pour toute question : contact-donnees@controleautoouest.fr.

## Quelles données ?

- Vos coordonnées : nom, prénom, téléphone, e-mail, adresse si vous demandez une facture à votre nom.
- Les données de votre véhicule : immatriculation, numéro d'identification (VIN), marque, modèle, date de première mise en circulation, kilométrage, certificat d'immatriculation.
- Le résultat du contrôle : procès-verbal, défaillances constatées, date de la contre-visite éventuelle.
- Le paiement de la prestation.

## Pourquoi ?

Nous utilisons ces données pour gérer votre rendez-vous, réaliser le contrôle technique, établir le procès-verbal et la facture, et vous envoyer un rappel par SMS ou e-mail avant l'échéance de votre prochain contrôle ou de votre contre-visite, sauf si vous vous y opposez.

La réalisation du contrôle et la transmission des résultats répondent à une obligation légale (Code de la route). Les rappels reposent sur notre intérêt légitime à vous informer des échéances de votre véhicule.

## A qui sont-elles transmises ?

Les résultats de chaque contrôle sont transmis, comme la loi l'impose, à l'organisme technique central (UTAC-OTC), qui les met notamment à disposition du Système d'immatriculation des véhicules et du service HistoVec. Nos prestataires informatiques (logiciel de contrôle, prise de rendez-vous en ligne, envoi des SMS) y ont accès pour notre compte.

Nous ne transmettons jamais vos coordonnées à des garages ou à des assureurs.

## Combien de temps ?

Les procès-verbaux sont conservés 5 ans, comme l'exige la réglementation. Vos coordonnées sont conservées 3 ans après votre dernier contrôle pour l'envoi des rappels. Les factures sont conservées 10 ans.

## Vos droits

Vous disposez des droits d'accés, de rectification, d'effacement, de limitation et d'opposition. Vous pouvez notament vous opposer aux rappels en cliquant sur le lien présent dans chaque message ou en répondant STOP à nos SMS. Pour toute autre demande, écrivez à contact-donnees@controleautoouest.fr. Vous pouvez introduire une réclamation auprés de la CNIL.

Dernière mise à jour : 3 novembre 2025
"""

FR_CRECHE = """# Protection des données personnelles – Accueil de la petite enfance

Ville de Saint-Aubin-sur-Loire – Direction de l'enfance et de la famille

La Ville de Saint-Aubin-sur-Loire gère trois établissements d'accueil du jeune enfant (multi-accueils Les Lutins, Pomme d'Api et L'Île aux Câlins) et le relais petite enfance. Les demandes de place se font au guichet unique de la mairie ou sur le Portail Famille. La présente notice vous informe sur l'utilisation des données que vous nous confiez.

## Responsable du traitement

Le responsable du traitement est la Ville de Saint-Aubin-sur-Loire, représentée par son maire, Hôtel de Ville, 1 place du Général-de-Gaulle, 49170 Saint-Aubin-sur-Loire. Le délégué à la protection des données mutualisé de la communauté de communes peut être joint à l'adresse dpo@cc-loire-aubance.fr.

## Les données collectées

**Lors de la demande de place** : identité et coordonnées des parents, situation familiale et professionnelle, identité et date de naissance de l'enfant (ou date prévue de naissance), besoins d'accueil souhaités.

**Lors de l'inscription** :

- numéro d'allocataire CAF, pour le calcul de la participation familiale à partir de vos ressources, consultées par le service via CDAP (le service de consultation des dossiers allocataires de la CAF) ;
- avis d'imposition si vous n'êtes pas allocataire ;
- copie des pages de vaccination du carnet de santé, certificat médical d'admission, éventuel projet d'accueil individualisé (PAI) en cas d'allergie ou de maladie chronique ;
- nom et coordonnées des personnes autorisées à venir chercher l'enfant ;
- autorisations parentales (sorties, photographies dans le cadre des activités).

**Pendant l'accueil** : heures d'arrivée et de départ de l'enfant, transmissions quotidiennes (repas, sieste, soins), factures.

## Finalités et bases légales

Ces données sont utilisées pour étudier les demandes de place et les présenter à la commission d'attribution, gérer l'accueil des enfants, assurer leur sécurité et leur suivi sanitaire, calculer et facturer la participation familiale, et produire les statistiques demandées par la CAF. Ces traitements relèvent de l'exercice de la mission d'intérêt public confiée à la commune et du respect des obligations fixées par le Code de la santé publique. Les photographies prises lors des activités reposent sur votre consentement, que vous pouvez retirer à tout moment.

## Destinataires

- les agents de la direction de l'enfance et les équipes des multi-accueils, chacun pour ce qui le concerne ;
- les membres de la commission d'attribution des places (sur la base d'un dossier sans indication de nom) ;
- le médecin de crèche et le référent santé et accueil inclusif ;
- la CAF de Maine-et-Loire, qui reçoit des données statistiques (dispositif Filoué) sans nom ni adresse ;
- le Trésor public, pour le recouvrement des factures impayées ;
- l'éditeur du logiciel de gestion de la petite enfance et du Portail Famille, qui agit pour le compte de la Ville.

Les informations médicales sont accessibles au personnel de la crèche.

## Durées de conservation

Les demandes de place non satisfaites sont supprimées un an après la date d'accueil souhaitée. Le dossier de l'enfant est conservé jusqu'à la fin de l'année civile suivant son départ de la structure. Les données de facturation sont conservées 10 ans, conformément aux règles de la comptabilité publique.

## Vos droits

Vous pouvez accéder aux données vous concernant et concernant votre enfant, les faire rectifier, demander la limitation de leur traitement ou, pour les photographies, retirer votre consentement. Adressez votre demande au guichet unique ou au délégué à la protection des données. Vous pouvez introduire une réclamation auprès de la CNIL.

Document mis à jour en septembre 2025
"""

FR_DECHETS = """# Vos données personnelles et le service public des déchets

Syndicat intercommunal Valdéchets – collecte et valorisation des déchets ménagers

Le syndicat intercommunal Valdéchets assure la collecte des ordures ménagères et du tri sélectif, la gestion de six déchetteries et la distribution de composteurs pour les 32 communes adhérentes, soit environ 58 000 habitants. Pour cela, il tient un fichier des usagers. Cette page vous explique comment vos données sont utilisées.

## Qui est responsable ?

Syndicat intercommunal Valdéchets, 7 allée des Peupliers, 91160 Longjumeau, représenté par son président. Contact du délégué à la protection des données : dpo@valdechets.fr.

## Quelles données ?

- **Fichier des usagers** : nom, prénom, adresse du logement, nombre de personnes au foyer, type et numéro des bacs attribués (chaque bac porte une puce d'identification), statut (propriétaire, locataire, professionnel).
- **Badge d'accès aux déchèteries** : numéro du badge, nom et adresse du titulaire, date et déchèterie de chaque passage.
- **Demandes et signalements** : vos demandes de bac, de composteur ou de badge, vos signalements de bac non collecté ou de dépôt sauvage, et nos réponses.
- **Inscriptions aux ateliers** de compostage et de réduction des déchets.

## Pour quoi faire ?

- attribuer, livrer, réparer et remplacer les bacs ;
- délivrer les badges et contrôler l'accès aux déchetteries, qui sont réservées aux habitants des communes adhérentes (dans la limite de 24 passages par an) ;
- traiter vos demandes et signalements ;
- calculer la redevance d'enlèvement des ordures ménagères pour les professionnels ;
- organiser les ateliers ;
- établir des statistiques sur les tonnages collectés, commune par commune.

Ces traitements sont nécessaires à l'exécution de la mission de service public de gestion des déchets confiée au syndicat par le Code général des collectivités territoriales.

## Destinataires

Les agents du syndicat habilités, les communes adhérentes pour les informations qui les concernent, le Trésor public pour la facturation de la redevance, et nos prestataires de collecte et de gestion des déchèteries, qui agissent pour notre compte. Les données ne sont jamais utilisées à des fins commerciales.

## Conservation

Le fichier des usagers est mis à jour à chaque déménagement ; les données d'un usager sont supprimées deux ans après son départ. L'historique des passages en déchèterie est conservé un an. Les demandes et signalements sont conservés trois ans.

## Vos droits

Vous pouvez accéder à vos données, les faire rectifier et demander la limitation de leur traitement. Écrivez à dpo@valdechets.fr ou au syndicat. Vous pouvez introduire une réclamation auprés de la CNIL.

Mise à jour : 12 janvier 2026
"""

FR_MAIRIE = """# Politique de protection des données personnelles du portail « Montclar en ligne »

Dernière mise à jour : 20 janvier 2026

La commune de Montclar met à la disposition de ses habitants le portail « Montclar en ligne » (demarches.montclar.fr), qui permet d'effectuer de nombreuses démarches sans se déplacer : demandes d'actes d'état civil, inscription sur les listes électorales, prise de rendez-vous pour les cartes d'identité et les passeports, inscriptions scolaires et périscolaires, réservation de salles municipales, signalements sur la voirie et paiement en ligne des factures. Les mêmes démarches restent possibles à l'accueil de la mairie.

La présente politique décrit la manière dont la commune traite les données personnelles recueillies à l'occasion de ces démarches.

## 1. Responsable du traitement

Commune de Montclar, représentée par son maire, Hôtel de Ville, 2 place de la Mairie, 82100 Montclar. Téléphone : 05 63 00 00 00.

La commune a désigné un délégué à la protection des données (DPO), joignable par courriel à dpo@montclar.fr ou par courrier à l'adresse de la mairie.

## 2. Données collectées

Selon la démarche effectuée, nous recueillons :

- **votre identité** : nom, prénoms, date et lieu de naissance, sexe, nationalité lorsque la démarche l'exige ;
- **vos coordonnées** : adresse, téléphone, adresse électronique ;
- **votre situation familiale** : filiation, mariage ou PACS, enfants (pour l'état civil et les inscriptions scolaires) ;
- **les pièces justificatives** : justificatif de domicile, livret de famille, pièce d'identité ;
- **pour les inscriptions périscolaires** : quotient familial, allergies et régimes alimentaires de l'enfant, personnes autorisées à venir le chercher ;
- **pour les signalements** : la description et la localisation du problème, et éventuellement une photographie ; nous vous conseillons de ne pas photographier de personnes ni de plaques d'immatriculation, et les visages qui apparaîtraient sur une photographie sont floutés avant toute transmission à un prestataire ;
- **pour les réservations de salles municipales** : le nom de l'association ou de la personne qui réserve, l'objet de la manifestation, le nombre de participants attendus et l'attestation d'assurance responsabilité civile ;
- **pour les paiements** : la référence de la facture et le montant payé (le paiement est réalisé sur le service PayFiP de la DGFiP, la commune n'a pas accès à vos données bancaires) ;
- **vos données de connexion** au portail : identifiant, historique de vos démarches, journaux de connexion.

Vous pouvez vous connecter au portail avec FranceConnect ; dans ce cas, votre identité nous est transmise par le fournisseur d'identité que vous avez choisi.

## 3. Finalités et bases légales

Les données sont utilisées pour instruire et suivre vos démarches, vous informer de leur avancement et, le cas échéant, vous adresser les documents demandés. Elles servent également à produire des statistiques anonymes sur l'usage du portail.

La plupart de ces traitements sont nécessaires au respect d'obligations légales (état civil, listes électorales, titres d'identité) ou à l'exécution de missions d'intérêt public (inscriptions scolaires et périscolaires, gestion de la voirie, location de salles). L'envoi de la lettre d'information municipale repose sur votre consentement.

## 4. Destinataires

| Destinataire | Motif |
|---|---|
| Services municipaux concernés (état civil, élections, affaires scolaires, services techniques) | Instruction de vos démarches |
| Institut national de la statistique et des études économiques (INSEE) | Répertoire électoral unique |
| Agence nationale des titres sécurisés (ANTS) et préfecture | Cartes d'identité et passeports |
| Direction générale des finances publiques (DGFiP) | Paiement en ligne et recouvrement |
| Procureur de la République | Contrôle des registres d'état civil |
| Prestataire hébergeant le portail (en France) | Hébergement et maintenance, pour le compte de la commune |

Vos données ne sont ni vendues ni cédées, et ne font l'objet d'aucun transfert en dehors de l'Union européenne.

## 5. Durées de conservation

| Démarche | Durée |
|---|---|
| Demandes d'actes d'état civil | 1 an après la délivrance |
| Inscriptions électorales | Durée de l'inscription sur les listes |
| Rendez-vous pour les titres d'identité | 3 mois après le rendez-vous |
| Inscriptions scolaires et périscolaires | Durée de la scolarité dans la commune, puis 1 an |
| Réservations de salles | 2 ans |
| Signalements | 1 an après leur traitement |
| Compte sur le portail | Supprimé après 3 ans d'inactivité |

Les registres d'état civil eux-mêmes sont conservés définitivement, conformément au Code du patrimoine.

## 6. Vos droits

Vous disposez d'un droit d'accès, de rectification et de limitation du traitement de vos données. Vous pouvez demander l'effacement de vos données lorsque leur conservation n'est pas imposée par la loi, et vous opposer au traitement de vos données lorsque celui-ci ne répond pas à une obligation légale. Vous pouvez également définir des directives relatives au sort de vos données après votre décès.

Pour exercer ces droits, adressez votre demande au délégué à la protection des données, par courriel à dpo@montclar.fr ou par courrier à la mairie, en précisant la démarche concernée. Une réponse vous sera apportée dans un délai d'un mois.

Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la Commission nationale de l'informatique et des libertés (CNIL), 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, ou en ligne sur [cnil.fr](https://www.cnil.fr/fr/plaintes).

## 7. Lettre d'information et alertes

Si vous vous y êtes abonné, la commune vous adresse chaque mois sa lettre d'information par courriel, ainsi que des alertes en cas d'événement particulier (travaux, coupures d'eau, alertes météorologiques, fermeture exceptionnelle des écoles). Votre adresse électronique n'est utilisée à aucune autre fin. Vous pouvez vous désabonner à tout moment grâce au lien présent dans chaque envoi ou depuis votre compte sur le portail ; les alertes de sécurité civile diffusées par la préfecture ne dépendent pas de cet abonnement.

## 8. Sécurité

Le portail est hébergé en France par un prestataire qualifié. Les échanges sont chiffrés. Les agents municipaux n'accèdent qu'aux démarches relevant de leur service, et chaque accès est tracé.

## 9. Cookies

Le portail n'utilise que des cookies strictement nécessaires à son fonctionnement (session, sécurité) et un outil de mesure d'audience exempté de consentement. Aucun cookie publicitaire n'est utilisé.
"""

FR_INSTITUT = """# Politique de confidentialité – Institut Belle Rive

L'Institut Belle Rive, institut de beauté et spa situé à Annecy et à Talloires, réalise des soins du visage et du corps, des épilations, des massages et des soins d'épilation à la lumière pulsée. Nous recueillons quelques informations sur nos clientes et nos clients ; voici comment nous les utilisons.

**Responsable du traitement** : Belle Rive SARL, 3 quai Napoléon III, 74000 Annecy. Contact : donnees@institut-bellerive.fr.

## Vos données

- Votre nom, votre prénom, votre téléphone et votre adresse e-mail, pour la prise de rendez-vous (en ligne via Planity, par téléphone ou à l'accueil).
- Votre fiche cliente : soins réalisés, produits utilisés, remarques sur votre type de peau.
- Avant certains soins (épilation à la lumière pulsée, peelings, massages pendant la grossesse), un questionnaire sur vos contre-indications : allergies, traitements en cours, grossesse, problèmes de peau. Ces informations sont des données de santé ; nous ne les recueillons qu'avec votre accord exprès.
- Vos achats de produits et de cartes cadeaux, et votre carte de fidélité.

## Pourquoi

Nous utilisons ces données pour gérer vos rendez-vous et vous envoyer un rappel par SMS la veille, réaliser les soins en toute sécurité, gérer votre carte de fidélité et vous adresser, si vous l'avez accepté, notre lettre d'information mensuelle, envoyée par l'intermédiaire de Brevo.

## Qui y a accès

Nos esthéticiennes et la responsable de l'institut. Nos prestataires : Planity pour la prise de rendez-vous en ligne et les rappels par SMS, Brevo pour la lettre d'information, notre logiciel de caisse. Nous ne transmettons vos données à aucun autre tiers.

## Combien de temps

Votre fiche cliente et votre questionnaire sont conservés trois ans après votre dernier rendez-vous. Les données relatives à la lettre d'information sont conservées jusqu'à votre désinscription.

## Vos droits

Vous pouvez accéder à vos données, les faire corriger ou supprimer, vous opposer à leur utilisation et retirer votre consentement à tout moment, en écrivant à donnees@institut-bellerive.fr ou en nous le demandant à l'accueil. Vous pouvez vous désinscrire de la lettre d'information grâce au lien présent dans chaque envoi. Vous avez également le droit d'introduire une réclamation auprès de la CNIL.

Mise à jour : avril 2026
"""

FR_REPARPHONE = """# Politique relative aux cookies

**Répar'Phone** – réparation de smartphones, tablettes et ordinateurs

Dernière mise à jour : 8 janvier 2026

Répar'Phone SAS (22 boutiques en Île-de-France et dans les Hauts-de-France) utilise des cookies sur son site reparphone.fr, qui permet de prendre rendez-vous en boutique, de demander un devis en ligne et d'acheter des accessoires. Cette politique vous explique à quoi servent ces cookies et comment faire vos choix.

## Les catégories de cookies

### Cookies nécessaires

Ils permettent au site de fonctionner : prise de rendez-vous, panier, paiement, connexion à votre espace client, mémorisation de vos choix en matière de cookies. Ils ne peuvent pas être refusés.

### Cookies de mesure d'audience

Ils nous permettent de savoir combien de visiteurs consultent nos pages, quels modèles de téléphones sont les plus recherchés et à quel moment les visiteurs abandonnent une demande de devis. Ces cookies sont déposés uniquement si vous les acceptez.

### Cookies publicitaires

Ils permettent à nos partenaires publicitaires de mesurer l'efficacité de nos annonces et de vous présenter des publicités Répar'Phone sur d'autres sites. Ces cookies sont déposés uniquement si vous les acceptez.

## Liste des cookies

| Cookie | Émetteur | Catégorie | Durée |
|---|---|---|---|
| rp_session | Répar'Phone | Nécessaire | Session |
| rp_cart | Répar'Phone | Nécessaire | 7 jours |
| rp_consent | Répar'Phone | Nécessaire | 6 mois |
| _ga | Google | Mesure d'audience | 13 mois |
| _ga_RP | Google | Mesure d'audience | 13 mois |
| _gcl_au | Google | Publicitaire | 3 mois |
| _fbp | Meta | Publicitaire | 3 mois |

## Faire vos choix

Lors de votre première visite, un bandeau vous permet d'accepter tous les cookies, de les refuser tous ou de choisir catégorie par catégorie. Vous pouvez changer d'avis à tout moment grâce au lien « Paramétrer les cookies » en bas de chaque page. Vos choix sont conservés pendant 6 mois.

## Nous contacter

Pour toute question : privacy@reparphone.fr.
"""

FR_VOYAGES = """# Politique de confidentialité – Voyages Alizé

Voyages Alizé est une agence de voyages indépendante présente à Toulouse, Albi, Montauban, Castres, Rodez et Auch, ainsi que sur voyages-alize.fr. Nous organisons des séjours, des circuits, des voyages de noces et des voyages de groupe, et nous vendons des billets d'avion et de train.

## Responsable du traitement

Voyages Alizé SAS, 14 rue d'Alsace-Lorraine, 31000 Toulouse, immatriculée au registre des opérateurs de voyages et de séjours sous le numéro IM031100045. Contact : donneespersonnelles@voyages-alize.fr.

## Les données que nous traitons

- **Vos coordonnées** : nom, prénom, adresse, téléphone, e-mail.
- **Les informations sur les voyageurs** : nom et prénom tels qu'ils figurent sur le passeport, date de naissance, nationalité, numéro et date d'expiration du passeport lorsque la destination l'exige, numéros de cartes de fidélité des compagnies aériennes.
- **Vos demandes particulières** : régime alimentaire, besoin d'assistance à l'aéroport ou d'une chambre accessible. Ces informations peuvent révéler des données de santé ; nous ne les utilisons que pour organiser votre voyage, avec votre accord.
- **Vos échanges avec nos conseillers** : e-mails, messages envoyés depuis notre site, notes prises en agence.
- **Le paiement** : montant, échéancier, moyen de paiement.

## Pourquoi nous les utilisons

- établir vos devis et réserver les prestations de votre voyage (transport, hébergement, excursions, assurances) ;
- vous remettre vos documents de voyage et vous informer des modifications d'horaires ;
- vous assister pendant votre voyage ;
- gérer les réclamations et les demandes de remboursement ;
- respecter nos obligations légales (comptabilité, informations des passagers exigées par certains pays) ;
- vous envoyer notre brochure et nos offres, si vous l'avez accepté.

L'organisation de votre voyage repose sur l'exécution du contrat ; les offres commerciales sur votre consentement.

## Destinataires

Les données nécessaires à votre voyage sont transmises aux prestataires concernés : compagnies aériennes, transporteurs, hôtels, réceptifs locaux, tour-opérateurs, assureur assistance-annulation. Les réservations aériennes passent par le système de réservation Amadeus.

Lorsque votre voyage a lieu hors de l'Union européenne, ces transmissions aux prestataires sur place sont nécessaires à l'exécution de votre contrat de voyage.

Vos données de paiement sont traitées par notre banque et son prestataire de paiement en ligne. Elles sont chiffrées.

## Durée de conservation

Vos dossiers de voyage sont conservés 5 ans après votre retour, puis archivés pour la durée légale de conservation des pièces comptables (10 ans). Les copies de passeport sont supprimées à votre retour. Si vous n'avez pas voyagé avec nous, vos demandes de devis sont supprimées au bout de 3 ans.

## Vos droits

Vous pouvez demander l'accès à vos données, leur rectification, leur effacement, la limitation du traitement ou leur portabilité, et vous opposer à leur utilisation. Écrivez à donneespersonnelles@voyages-alize.fr. Vous pouvez également saisir la CNIL.

Mise à jour : février 2026
"""

FR_BIJOUX = """# Cookies

Bijouterie Lemaire – Metz, Nancy, Thionville et bijouterie-lemaire.fr

Mise à jour : 30 novembre 2025

Notre site utilise des cookies et d’autres traceurs. Certains sont indispensables ; d’autres ne sont utilisés qu’avec votre accord. Vous trouverez ci-dessous la liste complète.

## Cookies indispensables

Ils permettent d’afficher le site, de conserver votre panier, de sécuriser le paiement et de retenir vos préférences en matière de cookies.

- **PHPSESSID** (Bijouterie Lemaire) : session, supprimé à la fermeture du navigateur.
- **bl_cookies** (Bijouterie Lemaire) : mémorisation de vos choix, 6 mois.
- **__stripe_mid** (Stripe) : prévention de la fraude au paiement, 12 mois.

## Cookies de statistiques

Avec votre accord, nous mesurons la fréquentation du site avec Google Analytics.

- **_ga** (Google) : distingue les visiteurs, 13 mois.
- **_ga_BL** (Google) : conserve l’état de la session, 13 mois.

## Cookies de réseaux sociaux

Avec votre accord, le pixel Facebook nous permet de savoir si nos publications sponsorisées sur Facebook et Instagram ont conduit à une visite ou à un achat sur notre site.

- **_fbp** (Facebook) : mesure des publicités, 3 mois.

## Vos choix

Vous pouvez accepter ou refuser ces cookies lors de votre première visite, puis modifier votre choix à tout moment grâce au lien « Cookies » en bas de page. Les cookies indispensables ne peuvent pas être désactivés.

Pour en savoir plus : [Google](https://policies.google.com/privacy?hl=fr), [Facebook](https://www.facebook.com/privacy/policy/), [Stripe](https://stripe.com/fr/privacy).

Une question ? Écrivez-nous à contact@bijouterie-lemaire.fr.
"""

FR_LOCAROUTE = """# Politique cookies – Loca'Route

Loca'Route SAS loue des voitures, des utilitaires et des minibus dans ses 64 agences du Grand Ouest et sur locaroute.fr. Cette politique explique comment nous utilisons les cookies sur notre site et notre application de réservation.

## Pourquoi des cookies ?

Nous utilisons des cookies pour faire fonctionner le site (recherche de véhicules disponibles, réservation, paiement, espace client), pour mesurer son audience et, si vous l'acceptez, pour mesurer l'efficacité de nos campagnes publicitaires et vous proposer des publicités pour nos offres sur d'autres sites.

Les cookies de fonctionnement sont déposés sans votre accord, car ils sont indispensables. Tous les autres sont soumis à votre consentement, que vous exprimez dans notre bandeau cookies. Ne rien choisir équivaut à refuser. Votre choix est conservé six mois.

## Tableau des cookies

| Cookie | Émetteur | Finalité | Durée de vie |
|---|---|---|---|
| lr_sess | Loca'Route | Fonctionnement : session et réservation en cours | Session |
| lr_agency | Loca'Route | Fonctionnement : agence choisie | 30 jours |
| lr_consent | Loca'Route | Fonctionnement : vos choix de cookies | 6 mois |
| _pk_id | Matomo (Loca'Route) | Mesure d'audience | 13 mois |
| _gcl_au | Google Ads | Publicité | 3 mois |
| _uetsid, _uetvid | Microsoft Advertising (Bing Ads) | Publicité | 1 jour / 13 mois |
| _fbp | Meta | Publicité | 3 mois |

## Les tiers

Google, Microsoft et Meta déposent leurs cookies en tant que responsables de traitement indépendants. Ils peuvent traiter vos données aux États-Unis, dans le cadre de la décision d'adéquation relative au Data Privacy Framework. Vous pouvez consulter leurs politiques : [Google](https://policies.google.com/technologies/ads?hl=fr), [Microsoft](https://privacy.microsoft.com/fr-fr/privacystatement), [Meta](https://www.facebook.com/privacy/policy/).

## Modifier vos choix

Vous pouvez modifier vos choix à tout moment en cliquant sur « Gestion des cookies » en bas de chaque page, ou dans le menu « Mon compte » de l'application. Vous pouvez aussi supprimer les cookies dans les réglages de votre navigateur.

## Contact

Service protection des données, Loca'Route SAS, 15 boulevard de Beaumont, 35000 Rennes – donnees@locaroute.fr.

Mise à jour : 2 mars 2026
"""

FR_NOTAIRE = """# Protection des données personnelles

Étude de Maîtres Marchand et Roux, notaires associés à Angers

L'office notarial Marchand & Roux (SELARL Marchand & Roux, Notaires associés, 8 boulevard du Roi-René, 49100 Angers) traite des données personnelles pour accomplir ses missions : rédaction et authentification des actes (ventes immobilières, donations, contrats de mariage, successions…), conseil juridique et négociation immobilière.

## Pourquoi traitons-nous vos données ?

Le notaire est un officier public. Les données que vous nous confiez sont principalement utilisées pour l'accomplissement de l'activité notariale et la rédaction des actes, ce qui relève de l'exercice de l'autorité publique dont il est investi. Certaines données sont également traitées pour respecter des obligations légales : formalités auprès des administrations, lutte contre le blanchiment des capitaux, conservation des actes.

Les activités de négociation immobilière et de conseil reposent sur le contrat qui nous lie à vous.

## Quelles données ?

Selon l'acte, nous recueillons votre état civil, votre situation matrimoniale, vos coordonnées, votre situation patrimoniale, des informations fiscales, des pièces d'identité et, pour les actes immobiliers, les informations relatives au bien et à son financement. Ces données proviennent de vous-même, des autres parties à l'acte et de leurs conseils, ou des administrations compétentes (état civil, cadastre, service de la publicité foncière).

## Destinataires

Vos données peuvent être transmises :

- aux administrations et organismes publics destinataires des formalités : service de la publicité foncière, administration fiscale, service d'urbanisme, fichier central des dispositions de dernières volontés ;
- aux autres parties à l'acte et à leurs notaires ou avocats ;
- aux organismes de la profession notariale : chambre des notaires, Conseil supérieur du notariat et sa base de données immobilières, ADSN pour les outils informatiques de la profession ;
- à nos prestataires informatiques, qui agissent pour notre compte.

## Combien de temps ?

Les actes authentiques sont conservés 75 ans à l'étude, puis versés aux Archives départementales (100 ans pour les actes concernant des mineurs). Les dossiers clients sont conservés 30 ans. Les données relatives à la négociation immobilière sont conservées 5 ans après la fin du mandat.

## Vos droits

Vous disposez d'un droit d'accès, de rectification, de limitation et, dans certains cas, d'opposition et de portabilité. L'effacement des données contenues dans les actes n'est pas possible, ceux-ci devant être conservés. Pour exercer vos droits, adressez-vous à notre délégué à la protection des données, à l'adresse cil@notaires-marchand-roux.fr, ou par courrier à l'étude.

Si vous pensez que vos droits ne sont pas respectés, vous pouvez saisir la CNIL.

Mise à jour : décembre 2025
"""

FR_PATINOIRE = """# Patinoire municipale de Villeneuve-les-Pins – Vos données personnelles

### Qui traite vos données ?

La patinoire municipale est un équipement de la commune de Villeneuve-les-Pins (Hôtel de Ville, 10 rue Jean-Jaurès, 33610 Villeneuve-les-Pins). La commune est responsable du traitement des données recueillies à la billetterie, en ligne et à l'accueil de la patinoire. Délégué à la protection des données : dpo@villeneuve-les-pins.fr.

### Quelles données ?

- **Billetterie en ligne** : nom, prénom, e-mail, billets achetés.
- **Cartes d'abonnement** (10 entrées, saison) : nom, prénom, date de naissance, photographie imprimée sur la carte.
- **Location de patins** : pointure (sans nom associé).
- **Anniversaires et groupes** : nom et téléphone de l'organisateur, nombre et âge des enfants.
- **Cours de patinage** : nom, âge et niveau de l'enfant, coordonnées des parents.
- **Vidéoprotection** : l'entrée, la caisse et la piste sont filmées.

### Pourquoi ?

Pour vendre les entrées et les abonnements, organiser les cours et les anniversaires, assurer la sécurité des usagers et des installations, et vous informer en cas de fermeture exceptionnelle de la patinoire. Ces traitements relèvent de la gestion du service public de la patinoire.

### Qui y a accès ?

Les agents de la patinoire et du service des sports, le prestataire de la billetterie en ligne, et, pour les images de vidéoprotection, les forces de l'ordre sur réquisition.

### Combien de temps ?

Les données de billetterie sont conservées 1 an, les données des abonnés jusqu'à la fin de la saison suivante, les inscriptions aux cours 2 ans, les images de vidéoprotection 15 jours.

### Vos droits

Vous pouvez accéder à vos données, les rectifier, en demander l'effacement ou la limitation, ou vous opposer à leur traitement, en écrivant au délégué à la protection des données. Vous pouvez adresser une réclamation à la CNIL.

### Modifications

Nous vous informerons par e-mail de toute modification importante de cette politique au moins un mois avant son entrée en vigueur.

*Version du 1er septembre 2025*
"""

FR_TATOUAGE = """# Politique de confidentialité – Studio Encre Noire

Le Studio Encre Noire est un salon de tatouage et de piercing situé 17 rue de Gand, 59800 Lille. Voici comment nous utilisons les informations que vous nous donnez.

**Responsable** : Studio Encre Noire, EURL au capital de 5 000 euros, représentée par sa gérante, Léa Vandamme. Contact : studio@encrenoire-lille.fr.

## Avant votre rendez-vous

Pour réserver, nous vous demandons votre nom, votre prénom, votre téléphone, votre e-mail et une description de votre projet (emplacement, taille, références visuelles que vous nous envoyez). Un acompte est demandé pour bloquer la date ; il est payé par carte sur notre terminal en boutique ou par virement.

Nous ne tatouons et ne perçons que des personnes majeures. Le jour du rendez-vous, nous vérifions votre âge sur présentation d'une pièce d'identité ; nous n'en gardons pas de copie.

## Le jour du tatouage

Avant chaque tatouage ou piercing, vous remplissez une fiche de consentement éclairé et un court questionnaire de santé (allergies, traitements anticoagulants, diabète, grossesse, problèmes de cicatrisation). Ces informations sont nécessaires pour réaliser l'acte en sécurité et respecter les règles d'hygiène applicables à notre profession. Elles sont conservées dans un classeur fermé à clé au studio.

## Photos

Nous aimons montrer notre travail. Nous ne publions aucune photo de votre tatouage sur notre compte Instagram ou notre site sans votre accord, et votre visage n'apparaît jamais. Vous pouvez nous demander de retirer une photo à tout moment.

## Qui a accès à vos données

Seuls les tatoueurs et perceurs du studio. Nos rendez-vous sont gérés dans un agenda en ligne. Nous ne partagons vos données avec personne d'autre, sauf si la loi nous y oblige.

## Conservation

Les fiches de consentement et questionnaires de santé sont conservés 3 ans après le dernier acte. Vos coordonnées sont supprimées 3 ans après votre dernier rendez-vous. Les factures sont gardées 10 ans.

## Vos droits

Vous pouvez accéder à vos données, les corriger, les faire supprimer (dans la limite de nos obligations légales) ou vous opposer à leur utilisation en écrivant à studio@encrenoire-lille.fr. Vous pouvez aussi vous adressser à la CNIL.

Mise à jour : mai 2026
"""

FR_BASES: dict[str, tuple[str, str, str]] = {
    "marche": ("privacy", "Marché Plus", FR_MARCHE),
    "dentaire": ("privacy", "Centre dentaire des Tilleuls", FR_DENTAIRE),
    "musee": ("cookies", "Musée d'art et d'histoire de Valmont", FR_MUSEE),
    "courtage": ("privacy", "Cabinet Ferrand Courtage", FR_COURTAGE),
    "mariage": ("privacy", "Un Oui en Provence", FR_MARIAGE),
    "halle": ("cookies", "La Halle aux Sons", FR_HALLE),
    "ski": ("privacy", "Domaine skiable de Val-Chaudière", FR_SKI),
    "formafit": ("privacy", "FormaFit", FR_FORMAFIT),
    "controle": ("privacy", "Contrôle Auto Ouest", FR_CONTROLE),
    "creche": ("privacy", "Ville de Saint-Aubin-sur-Loire – petite enfance", FR_CRECHE),
    "dechets": ("privacy", "Syndicat intercommunal Valdéchets", FR_DECHETS),
    "mairie": ("privacy", "Commune de Montclar – Montclar en ligne", FR_MAIRIE),
    "institut": ("privacy", "Institut Belle Rive", FR_INSTITUT),
    "reparphone": ("cookies", "Répar'Phone", FR_REPARPHONE),
    "voyages": ("privacy", "Voyages Alizé", FR_VOYAGES),
    "bijoux": ("cookies", "Bijouterie Lemaire", FR_BIJOUX),
    "locaroute": ("cookies", "Loca'Route", FR_LOCAROUTE),
    "notaire": ("privacy", "Étude notariale Marchand & Roux", FR_NOTAIRE),
    "patinoire": ("privacy", "Patinoire municipale de Villeneuve-les-Pins", FR_PATINOIRE),
    "tatouage": ("privacy", "Studio Encre Noire", FR_TATOUAGE),
}

def setext(heading: str) -> tuple[str, str]:
    """An ATX heading ("## Title") re-rendered as a Setext heading (title underlined with dashes), as a converter writes it."""
    title = heading.lstrip("#").strip()
    number, dot, rest = title.partition(". ")
    if dot and number.isdigit():
        title = number + "\\. " + rest  # a numbered title is escaped so that it is not read as a list item
    return (heading, title + "\n" + "-" * len(title))


FR_EDITS: list[Pair] = [
    # --- Marché Plus
    (
        fr("marche"), "major", ["R2", "R5"], False, False,
        "Nouvelle finalité et nouveau destinataire : « diffuser nos publicités sur les réseaux sociaux ... en transmettant votre adresse e-mail sous une forme chiffrée (hachée) à notre régie publicitaire », avec la ligne « Cibléo Médias | régie publicitaire » dans le tableau des destinataires.",
        [
            before("- réaliser des études statistiques", "- diffuser nos publicités sur les réseaux sociaux et sur des sites partenaires auprès des adhérents et de personnes aux habitudes d'achat similaires, en transmettant votre adresse e-mail sous une forme chiffrée (hachée) à notre régie publicitaire ;\n"),
            before("| Études statistiques | Intérêt légitime |", "| Publicité ciblée sur les réseaux sociaux et les sites partenaires | Intérêt légitime |\n"),
            before("| Zendesk | outil du service clients | Irlande |", "| Cibléo Médias | régie publicitaire : diffusion de nos annonces à partir des adresses e-mail hachées | France |\n"),
        ],
    ),
    (
        fr("marche"), "editorial", ["R1"], False, True,
        "Re-rendu technique seulement : le tableau des destinataires est recapturé avec des colonnes alignées et la liste des durées de conservation passe des puces « - » aux puces « * » ; aucun destinataire ni aucune durée ne change.",
        [
            retable(lines_from(FR_MARCHE, "| Destinataire | Rôle | Pays |", 7)),
            rebullet(lines_from(FR_MARCHE, "- Données d'adhésion :", 4), "- ", "* "),
        ],
    ),
    # --- Centre dentaire des Tilleuls
    (
        fr("dentaire"), "rights_reducing", ["R4"], False, False,
        "Délai de réponse allongé : « dans un délai d'un mois à compter de sa réception » -> « dans un délai de trois mois », sans justification ni prolongation notifiée ; l'exercice des droits devient plus lent.",
        [("Nous répondons à votre demande dans un délai d'un mois à compter de sa réception.", "Nous répondons à votre demande dans un délai de trois mois à compter de sa réception.")],
    ),
    (
        fr("dentaire"), "minor", ["R14"], False, False,
        "Adresse du DPO reformulée sur le même canal : « dpo@centre-dentaire-tilleuls.fr » -> « dpo@tilleuls-dentaire.fr » ; la date de mise à jour change aussi.",
        [
            ("dpo@centre-dentaire-tilleuls.fr", "dpo@tilleuls-dentaire.fr"),
            ("Mise à jour : janvier 2026", "Mise à jour : juin 2026"),
        ],
    ),
    # --- Musée de Valmont (cookies)
    (
        fr("musee"), "major", ["R15"], True, False,
        "Nouvelle finalité publicitaire et nouveau tiers : paragraphe « Publicité. Avec votre accord, le pixel Meta nous permet de mesurer l'efficacité de nos campagnes » et ligne « _fbp | Meta | Publicité | 3 mois » ; le consentement doit être redemandé.",
        [
            before("| Cookie | Émetteur | Finalité | Durée |", "**Publicité.** Avec votre accord, le pixel Meta nous permet de mesurer l'efficacité de nos campagnes de promotion des expositions sur Facebook et Instagram et de présenter nos annonces aux personnes qui ont consulté notre site.\n\n"),
            before("| vuid | Vimeo |", "| _fbp | Meta | Publicité | 3 mois |\n"),
            ("la [politique de confidentialité de Vimeo](https://vimeo.com/privacy)", "la [politique de confidentialité de Vimeo](https://vimeo.com/privacy), celle de [Meta](https://www.facebook.com/privacy/policy/)"),
        ],
    ),
    (
        fr("musee"), "editorial", ["R1"], False, False,
        "Coquilles et date seulement : « paramètrer » -> « paramétrer », « exposions » -> « expositions », « mise à jour le 15 octobre 2025 » -> « 4 mai 2026 ».",
        [
            ("comment les paramètrer", "comment les paramétrer"),
            ("pages des exposions", "pages des expositions"),
            ("mise à jour le 15 octobre 2025", "mise à jour le 4 mai 2026"),
        ],
    ),
    # --- Cabinet Ferrand Courtage
    (
        fr("courtage"), "major", ["R6", "R5"], False, False,
        "Nouveau transfert hors UE et nouveau prestataire : les déclarations de sinistres téléphoniques sont recueillies par « Atlas Relation Client depuis son centre de Casablanca (Maroc) », transfert encadré par les clauses contractuelles types.",
        [
            before("| Microsoft Ireland | messagerie | Irlande |", "| Atlas Relation Client | plateforme téléphonique de déclaration des sinistres habitation et automobile | Maroc |\n"),
            ("Vos données sont hébergées dans l'Union européenne, en France et en Irlande.", "Vos données sont hébergées dans l'Union européenne, en France et en Irlande. Les déclarations de sinistres habitation et automobile faites par téléphone sont toutefois recueillies par notre prestataire Atlas Relation Client depuis son centre de Casablanca (Maroc) ; ce transfert est encadré par les clauses contractuelles types adoptées par la Commission européenne, dont vous pouvez obtenir une copie auprès de notre référente."),
        ],
    ),
    (
        fr("courtage"), "rights_reducing", ["R10", "R12"], False, False,
        "Base légale de la prospection par e-mail : « uniquement si vous y avez consenti ; vous pouvez retirer votre consentement » -> « sur le fondement de notre intérêt légitime ; vous pouvez vous y opposer » ; le droit de retirer son consentement disparaît.",
        [
            ("Nous vous adressons des offres par e-mail uniquement si vous y avez consenti ; vous pouvez retirer votre consentement à tout moment, sans que cela remette en cause vos contrats.", "Si vous êtes client, nous vous adressons par e-mail des offres portant sur des produits d'assurance analogues à ceux que vous avez souscrits, sur le fondement de notre intérêt légitime ; vous pouvez vous y opposer à tout moment, sans que cela remette en cause vos contrats."),
            ("| Envoi d'offres par e-mail | Consentement |", "| Envoi d'offres par e-mail | Intérêt légitime (clients) |"),
        ],
    ),
    # --- Un Oui en Provence
    (
        fr("mariage"), "minor", ["R9"], False, False,
        "Durée de conservation raccourcie : dossier conservé « pendant 5 ans après la date du mariage » -> « pendant 3 ans » ; changement favorable.",
        [("Nous conservons votre dossier pendant 5 ans après la date du mariage", "Nous conservons votre dossier pendant 3 ans après la date du mariage")],
    ),
    (
        fr("mariage"), "editorial", ["R1"], False, False,
        "Reformulations sans changement de sens : « Nous ne vendons ni ne louons vos données » -> « Vos données ne sont jamais vendues ni louées », « Voici comment nous utilisons ces informations » -> « Nous vous expliquons ici comment... », date mise à jour.",
        [
            ("Nous ne vendons ni ne louons vos données.", "Vos données ne sont jamais vendues ni louées."),
            ("Voici comment nous utilisons ces informations.", "Nous vous expliquons ici comment nous utilisons ces informations."),
            ("*Mise à jour : mars 2026*", "*Mise à jour : septembre 2026*"),
        ],
    ),
    # --- La Halle aux Sons (cookies)
    (
        fr("halle"), "major", ["R16"], False, False,
        "Durée de vie allongée : « _fbp | Meta | Publicité et réseaux sociaux | 3 mois » -> « 12 mois » (sous le plafond de 13 mois, mais plus longue) ; la date de mise à jour change.",
        [
            ("| _fbp | Meta | Publicité et réseaux sociaux | 3 mois |", "| _fbp | Meta | Publicité et réseaux sociaux | 12 mois |"),
            ("Dernière mise à jour : 10 février 2026", "Dernière mise à jour : 7 septembre 2026"),
        ],
    ),
    (
        fr("halle"), "minor", ["R17"], False, False,
        "Un tiers est retiré : les extraits Spotify, la ligne « sp_t | Spotify » et le lien vers la politique de Spotify disparaissent ; retrait d'un traceur, non défavorable.",
        [
            ("Les pages des artistes intègrent des vidéos YouTube et des extraits musicaux Spotify.", "Les pages des artistes intègrent des vidéos YouTube."),
            ("à la place des vidéos et des extraits musicaux,", "à la place des vidéos,"),
            drop("| sp_t | Spotify |"),
            drop("- [Spotify](https://www.spotify.com"),
        ],
    ),
    # --- Domaine skiable de Val-Chaudière
    (
        fr("ski"), "major", ["R7", "R2"], False, False,
        "Nouvelle catégorie de données et nouvelle finalité : des « bornes photo » photographient « automatiquement les skieurs » et associent les photos « au numéro de votre forfait » pour les proposer à la vente.",
        [
            before("### Application mobile", "### Photos souvenirs\n\nDes bornes photo installées à l'arrivée de quatre télésièges photographient automatiquement les skieurs lorsqu'ils passent leur forfait devant le lecteur. Les photos sont associées au numéro de votre forfait ; vous pouvez les retrouver et les acheter dans l'application.\n\n"),
            before("- vous envoyer des informations pratiques", "- vous proposer les photos souvenirs prises par les bornes photo et vous permettre de les acheter ;\n"),
        ],
    ),
    (
        fr("ski"), "editorial", ["R1"], False, True,
        "Re-rendu technique seulement : les titres « ## » deviennent des titres soulignés (Setext) et la première liste passe aux puces « * » ; le texte est identique.",
        [setext(line) for line in FR_SKI.split("\n") if line.startswith("## ")]
        + [rebullet(lines_from(FR_SKI, "- nom, prénom, date de naissance", 4), "- ", "* ")],
    ),
    # --- FormaFit
    (
        fr("formafit"), "major", ["R11", "R7"], False, False,
        "Décision automatisée et donnée biométrique : la photo affichée à l'accueil est remplacée par une caméra qui « compare automatiquement votre visage » et un abonnement « suspendu automatiquement » après trois refus.",
        [("Lorsque vous passez votre badge au portique, votre photo s'affiche sur l'écran de l'accueil pour permettre à notre équipe de vérifier que le badge est utilisé par son titulaire.", "Lorsque vous passez votre badge au portique, une caméra compare automatiquement votre visage à la photographie associée au badge. En cas de non-concordance, l'accès est refusé ; après trois refus au cours d'un même mois, votre abonnement est suspendu automatiquement jusqu'à ce que vous vous présentiez à l'accueil avec une pièce d'identité.")],
    ),
    (
        fr("formafit"), "minor", ["R9"], False, False,
        "Nouvelle possibilité de refus : les rappels de séance peuvent être désactivés « à tout moment dans le menu « Paramètres » de l'application » ; changement favorable.",
        [("L'application vous envoie des rappels avant chaque séance réservée.", "L'application vous envoie des rappels avant chaque séance réservée ; vous pouvez les désactiver à tout moment dans le menu « Paramètres » de l'application.")],
    ),
    # --- Contrôle Auto Ouest
    (
        fr("controle"), "rights_reducing", ["R12", "R5"], False, False,
        "Engagement négatif supprimé : « Nous ne transmettons jamais vos coordonnées à des garages ou à des assureurs » -> « Nous pouvons transmettre vos coordonnées et la liste des défaillances ... à des garages partenaires ».",
        [("Nous ne transmettons jamais vos coordonnées à des garages ou à des assureurs.", "Nous pouvons transmettre vos coordonnées et la liste des défaillances relevées lors du contrôle à des garages partenaires situés près de votre centre, afin qu'ils vous adressent un devis de réparation.")],
    ),
    (
        fr("controle"), "editorial", ["R1"], False, False,
        "Orthographe seulement : « accés » -> « accès », « notament » -> « notamment », « auprés » -> « auprès », « A qui » -> « À qui ».",
        [
            ("droits d'accés", "droits d'accès"),
            ("notament", "notamment"),
            ("réclamation auprés de la CNIL", "réclamation auprès de la CNIL"),
            ("## A qui sont-elles transmises ?", "## À qui sont-elles transmises ?"),
        ],
    ),
    # --- Saint-Aubin-sur-Loire, petite enfance
    (
        fr("creche"), "major", ["R8"], False, False,
        "Conservation allongée : dossier de l'enfant conservé « jusqu'à la fin de l'année civile suivant son départ » -> « pendant cinq ans après son départ ».",
        [("Le dossier de l'enfant est conservé jusqu'à la fin de l'année civile suivant son départ de la structure.", "Le dossier de l'enfant est conservé pendant cinq ans après son départ de la structure.")],
    ),
    (
        fr("creche"), "minor", ["R9"], False, False,
        "Précision sur une pratique déjà décrite : « accessibles au personnel de la crèche » -> consultées « que par la direction de la structure, le référent santé ... et le médecin de crèche », les autres professionnels ne recevant que les consignes utiles ; accès plus restreint.",
        [("Les informations médicales sont accessibles au personnel de la crèche.", "Les informations médicales (carnet de vaccination, certificat d'admission, PAI) ne sont consultées que par la direction de la structure, le référent santé et accueil inclusif et le médecin de crèche ; les autres professionnels de l'équipe reçoivent uniquement les consignes nécessaires à la prise en charge quotidienne de l'enfant (allergies, traitement à administrer).")],
    ),
    # --- Valdéchets
    (
        fr("dechets"), "major", ["R7", "R2"], False, False,
        "Nouvelles données et nouvelle finalité : « Levées des bacs » (date, heure et « poids des déchets collectés ») enregistrées pour « calculer la part incitative de la taxe ... de chaque foyer », avec une nouvelle durée de conservation.",
        [
            before("- **Badge d'accès aux déchèteries**", "- **Levées des bacs** : à chaque collecte, la puce de votre bac est lue par le camion, qui enregistre la date, l'heure et le poids des déchets collectés.\n"),
            before("- délivrer les badges", "- calculer la part incitative de la taxe d'enlèvement des ordures ménagères de chaque foyer à partir du nombre de levées et du poids de ses bacs, à compter du 1er janvier 2027 ;\n"),
            before("Les demandes et signalements sont conservés trois ans.", "L'historique des levées de bacs est conservé trois ans. "),
        ],
    ),
    (
        fr("dechets"), "editorial", ["R1"], False, False,
        "Harmonisation orthographique seulement : « déchetteries » -> « déchèteries » (deux fois) et « auprés » -> « auprès ».",
        [
            ("la gestion de six déchetteries", "la gestion de six déchèteries"),
            ("contrôler l'accès aux déchetteries", "contrôler l'accès aux déchèteries"),
            ("réclamation auprés de la CNIL", "réclamation auprès de la CNIL"),
        ],
    ),
    # --- Commune de Montclar
    (
        fr("mairie"), "rights_reducing", ["R13"], False, False,
        "Droit supprimé : le paragraphe « vous pouvez adresser une réclamation à la Commission nationale de l'informatique et des libertés (CNIL) » avec son adresse et son lien est retiré.",
        [(para(FR_MAIRIE, "Si vous estimez, après nous avoir contactés") + "\n\n", "")],
    ),
    (
        fr("mairie"), "major", ["R5"], False, False,
        "Nouveau destinataire : ligne « RDV360 (sous-traitant) | Gestion des rendez-vous pour les cartes d'identité et les passeports, envoi des rappels par SMS » et lien vers sa politique de confidentialité.",
        [
            before("| Prestataire hébergeant le portail (en France) |", "| RDV360 (sous-traitant) | Gestion des rendez-vous pour les cartes d'identité et les passeports, envoi des rappels par SMS |\n"),
            ("Vos données ne sont ni vendues ni cédées,", "La politique de confidentialité de notre prestataire de prise de rendez-vous est consultable sur [rdv360.fr](https://www.rdv360.fr/confidentialite).\n\nVos données ne sont ni vendues ni cédées,"),
        ],
    ),
    # --- Institut Belle Rive
    (
        fr("institut"), "minor", ["R17"], False, False,
        "Finalité et prestataire retirés : la lettre d'information « envoyée par l'intermédiaire de Brevo » est abandonnée et Brevo disparaît des prestataires ; moins de traitement, non défavorable.",
        [
            ("réaliser les soins en toute sécurité, gérer votre carte de fidélité et vous adresser, si vous l'avez accepté, notre lettre d'information mensuelle, envoyée par l'intermédiaire de Brevo.", "réaliser les soins en toute sécurité et gérer votre carte de fidélité."),
            ("Planity pour la prise de rendez-vous en ligne et les rappels par SMS, Brevo pour la lettre d'information, notre logiciel de caisse.", "Planity pour la prise de rendez-vous en ligne et les rappels par SMS, et notre logiciel de caisse."),
            ("Les données relatives à la lettre d'information sont conservées jusqu'à votre désinscription.", "Nous n'envoyons plus de lettre d'information : les adresses de ses abonnés ont été supprimées."),
            ("Vous pouvez vous désinscrire de la lettre d'information grâce au lien présent dans chaque envoi. ", ""),
        ],
    ),
    (
        fr("institut"), "minor", ["R9"], False, False,
        "Nouvelle possibilité de refus : les rappels de rendez-vous par SMS peuvent être refusés « à tout moment en répondant STOP ou en le signalant à l'accueil ».",
        [("vous envoyer un rappel par SMS la veille", "vous envoyer un rappel par SMS la veille (vous pouvez refuser ces rappels à tout moment en répondant STOP ou en le signalant à l'accueil)")],
    ),
    # --- Répar'Phone (cookies)
    (
        fr("reparphone"), "rights_reducing", ["R10", "R12"], False, False,
        "Consentement supprimé pour la mesure d'audience : « Ces cookies sont déposés uniquement si vous les acceptez » -> « déposés dès votre arrivée sur le site, sur le fondement de notre intérêt légitime ; vous pouvez vous y opposer » ; le dépôt par défaut remplace l'accord préalable.",
        [("à quel moment les visiteurs abandonnent une demande de devis. Ces cookies sont déposés uniquement si vous les acceptez.", "à quel moment les visiteurs abandonnent une demande de devis. Ces cookies sont déposés dès votre arrivée sur le site, sur le fondement de notre intérêt légitime ; vous pouvez vous y opposer à tout moment grâce au lien « Paramétrer les cookies ».")],
    ),
    (
        fr("reparphone"), "editorial", ["R1"], False, True,
        "Re-rendu technique seulement : le convertisseur Markdown échappe les tirets bas des noms de cookies dans le tableau (« _ga » -> « \\_ga », « rp_session » -> « rp\\_session ») ; mêmes cookies, mêmes durées.",
        [(lambda block: (block, block.replace("_", "\\_")))(lines_from(FR_REPARPHONE, "| Cookie | Émetteur | Catégorie | Durée |", 9))],
    ),
    # --- Voyages Alizé
    (
        fr("voyages"), "major", ["R2"], False, False,
        "Nouvelle finalité : « entraîner et améliorer l'assistant conversationnel de notre site, à partir du contenu de vos échanges avec nos conseillers », sur le fondement de l'intérêt légitime.",
        [
            before("- vous envoyer notre brochure et nos offres", "- entraîner et améliorer l'assistant conversationnel de notre site, à partir du contenu de vos échanges avec nos conseillers ;\n"),
            ("L'organisation de votre voyage repose sur l'exécution du contrat ; les offres commerciales sur votre consentement.", "L'organisation de votre voyage repose sur l'exécution du contrat ; l'amélioration de notre assistant conversationnel sur notre intérêt légitime ; les offres commerciales sur votre consentement."),
        ],
    ),
    (
        fr("voyages"), "minor", ["R9"], False, False,
        "Précision sur la sécurité d'un traitement déjà décrit : « Elles sont chiffrées » devient une description de la saisie sur la page sécurisée du prestataire avec « authentification 3-D Secure » et la conservation des seuls « quatre derniers chiffres ».",
        [("Vos données de paiement sont traitées par notre banque et son prestataire de paiement en ligne. Elles sont chiffrées.", "Vos données de paiement sont traitées par notre banque et son prestataire de paiement en ligne. Lors d'un paiement sur notre site, votre numéro de carte est saisi sur la page sécurisée de ce prestataire, avec authentification 3-D Secure, et lui est transmis sous forme chiffrée ; notre agence n'en conserve que les quatre derniers chiffres.")],
    ),
    # --- Bijouterie Lemaire (cookies)
    (
        fr("bijoux"), "major", ["R15", "R2"], True, False,
        "Nouveau tiers et nouvelle finalité de reciblage : section « Cookies publicitaires » où « Criteo dépose des cookies qui lui permettent de vous présenter, sur d'autres sites, des publicités pour les bijoux que vous avez consultés » (« cto_bundle », 13 mois) ; le consentement doit être redemandé.",
        [
            before("## Vos choix", "## Cookies publicitaires\n\nAvec votre accord, Criteo dépose des cookies qui lui permettent de vous présenter, sur d’autres sites, des publicités pour les bijoux que vous avez consultés sur notre site.\n\n- **cto_bundle** (Criteo) : publicité personnalisée, 13 mois.\n\n"),
            ("[Stripe](https://stripe.com/fr/privacy).", "[Stripe](https://stripe.com/fr/privacy), [Criteo](https://www.criteo.com/fr/privacy/)."),
        ],
    ),
    (
        fr("bijoux"), "editorial", ["R1"], False, False,
        "Changement de nom seulement : « pixel Facebook » -> « pixel Meta », « _fbp (Facebook) » -> « (Meta) » et libellé du lien ; même fournisseur, même cookie, même durée ; date mise à jour.",
        [
            ("le pixel Facebook nous permet", "le pixel Meta nous permet"),
            ("**_fbp** (Facebook)", "**_fbp** (Meta)"),
            ("[Facebook](https://www.facebook.com/privacy/policy/)", "[Meta](https://www.facebook.com/privacy/policy/)"),
            ("Mise à jour : 30 novembre 2025", "Mise à jour : 12 avril 2026"),
        ],
    ),
    # --- Loca'Route (cookies)
    (
        fr("locaroute"), "minor", ["R17"], False, False,
        "Un fournisseur retiré : la ligne « _uetsid, _uetvid | Microsoft Advertising (Bing Ads) », Microsoft parmi les tiers et le lien vers sa politique sont supprimés.",
        [
            drop("| _uetsid, _uetvid |"),
            ("Google, Microsoft et Meta déposent", "Google et Meta déposent"),
            (", [Microsoft](https://privacy.microsoft.com/fr-fr/privacystatement)", ""),
        ],
    ),
    (
        fr("locaroute"), "editorial", ["R1"], False, False,
        "Réorganisation sans changement de sens : la section « Modifier vos choix » est déplacée avant le tableau, « Ne rien choisir équivaut à refuser » -> « Si vous ne faites aucun choix, nous considérons que vous avez refusé », date mise à jour.",
        [
            (section(FR_LOCAROUTE, "## Modifier vos choix"), ""),
            before("## Tableau des cookies", section(FR_LOCAROUTE, "## Modifier vos choix")),
            ("Ne rien choisir équivaut à refuser.", "Si vous ne faites aucun choix, nous considérons que vous avez refusé."),
            ("Mise à jour : 2 mars 2026", "Mise à jour : 14 septembre 2026"),
        ],
    ),
    # --- Étude Marchand & Roux
    (
        fr("notaire"), "minor", ["R9"], False, False,
        "Droit ajouté : « Vous pouvez également définir des directives relatives à la conservation, à l'effacement et à la communication de vos données après votre décès » ; rien n'est retiré.",
        [("d'opposition et de portabilité. L'effacement", "d'opposition et de portabilité. Vous pouvez également définir des directives relatives à la conservation, à l'effacement et à la communication de vos données après votre décès. L'effacement")],
    ),
    (
        fr("notaire"), "editorial", ["R1"], False, False,
        "Reformulation seulement : « Le notaire est un officier public ... ce qui relève de l'exercice de l'autorité publique dont il est investi » -> « Officier public, le notaire exerce une autorité publique : c'est dans ce cadre que... » ; même base légale, date mise à jour.",
        [
            ("Le notaire est un officier public. Les données que vous nous confiez sont principalement utilisées pour l'accomplissement de l'activité notariale et la rédaction des actes, ce qui relève de l'exercice de l'autorité publique dont il est investi.", "Officier public, le notaire exerce une autorité publique : c'est dans ce cadre que les données que vous nous confiez sont principalement utilisées, pour l'accomplissement de l'activité notariale et la rédaction des actes."),
            ("Mise à jour : décembre 2025", "Mise à jour : juin 2026"),
        ],
    ),
    # --- Patinoire de Villeneuve-les-Pins
    (
        fr("patinoire"), "rights_reducing", ["R13", "R19"], False, False,
        "Promesse d'information supprimée : « Nous vous informerons par e-mail de toute modification importante ... au moins un mois avant » -> « Cette politique peut être modifiée à tout moment. Nous vous invitons à la consulter régulièrement ».",
        [("Nous vous informerons par e-mail de toute modification importante de cette politique au moins un mois avant son entrée en vigueur.", "Cette politique peut être modifiée à tout moment. Nous vous invitons à la consulter régulièrement.")],
    ),
    (
        fr("patinoire"), "editorial", ["R1"], False, True,
        "Re-rendu technique seulement : les titres de section passent du niveau « ### » au niveau « ## » et les puces « - » deviennent « * » ; texte inchangé.",
        [(line, line[1:]) for line in FR_PATINOIRE.split("\n") if line.startswith("### ")]
        + [rebullet(lines_from(FR_PATINOIRE, "- **Billetterie en ligne**", 6), "- ", "* ")],
    ),
    # --- Studio Encre Noire
    (
        fr("tatouage"), "major", ["R7"], False, False,
        "Seuil d'âge abaissé et nouvelles données : piercings d'oreille pour « les mineurs de 14 ans et plus », avec conservation de « l'autorisation signée et une copie de la pièce d'identité du parent » ; date mise à jour.",
        [
            ("Nous ne tatouons et ne perçons que des personnes majeures. Le jour du rendez-vous, nous vérifions votre âge sur présentation d'une pièce d'identité ; nous n'en gardons pas de copie.", "Nous tatouons uniquement des personnes majeures. Nous réalisons des piercings d'oreille à partir de 14 ans, si le mineur est accompagné d'un parent qui signe une autorisation écrite. Le jour du rendez-vous, nous vérifions votre âge sur présentation d'une pièce d'identité, dont nous ne gardons pas de copie. Pour un mineur, nous conservons l'autorisation signée et une copie de la pièce d'identité du parent qui l'accompagne."),
            ("Mise à jour : mai 2026", "Mise à jour : octobre 2026"),
        ],
    ),
    (
        fr("tatouage"), "editorial", ["R1"], False, False,
        "Coquilles seulement : « partagons » -> « partageons », « adressser » -> « adresser ».",
        [
            ("Nous ne partagons vos données", "Nous ne partageons vos données"),
            ("vous adressser à la CNIL", "vous adresser à la CNIL"),
        ],
    ),
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
