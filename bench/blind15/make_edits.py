# ruff: noqa: E501
"""Blind set blind15: 80 labelled policy changes (40 English, 40 French) the classifier has never seen.

Why it exists: the change classifier must be measured on policy text nobody tuned it against; this set is used
once, for that measurement. Theme: health, wellbeing and care services that handle sensitive data (telemedicine,
fertility, online therapy, glucose monitoring, patient portals, personal alarms, pregnancy and migraine apps...).

How it was written: every label comes from legal-rules.md alone (rules R1-R19); the writer never saw the
classifier, its tests or earlier blind sets. Per language: 12 major, 6 rights_reducing, 10 minor, 8 editorial
written by a human and 4 technical re-renderings (editorial, R1). All pairs sit on 40 fresh bases (20 per
language) written here, one per organisation, two pairs per base; no corpus record is used as a base. The
organisations are fictitious; processors named in the bases are real companies used as plausible examples.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_edits import Pair, before, corpus_records, drop, pairs, rebuild  # noqa: F401

NAME = "blind15"
WRITTEN = "2026-11-29"


# ---------------------------------------------------------------------------------------------------------
# Helpers for technical re-renderings: they rewrite only the form of lines, never their words.


def rewrap(text: str, first: str, last: str, width: int = 78) -> list[tuple[str, str]]:
    """Hard-wrap every paragraph line between two anchors (inclusive) at width, as a different extractor would."""
    start = text.index(first)
    end = text.index(last, start) + len(last)
    edits: list[tuple[str, str]] = []
    for line in text[start:end].split("\n"):
        if len(line) <= width or line.startswith(("|", "#", "-", "*")):
            continue
        words, out, cur = line.split(" "), [], ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur)
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        out.append(cur)
        edits.append((line, "\n".join(out)))
    return edits


def markers(text: str, old: str, new: str) -> list[tuple[str, str]]:
    """Change the list marker of every bullet line, e.g. "- " to "* "."""
    return [(line, new + line[len(old) :]) for line in text.split("\n") if line.startswith(old)]


def pad_table(text: str, header: str) -> list[tuple[str, str]]:
    """Re-render the Markdown table that starts at header with padded, aligned columns."""
    lines = text[text.index(header) :].split("\n")
    rows = []
    for line in lines:
        if not line.startswith("|"):
            break
        rows.append(line)
    cells = [[c.strip() for c in r.strip("|").split("|")] for r in rows]
    widths = [max(len(r[i]) for r in cells if i < len(r) and not set(r[i]) <= {"-", ":"}) for i in range(len(cells[0]))]
    out = []
    for r in cells:
        if all(set(c) <= {"-", ":"} for c in r):
            out.append("| " + " | ".join("-" * widths[i] for i in range(len(r))) + " |")
        else:
            out.append("| " + " | ".join(c.ljust(widths[i]) for i, c in enumerate(r)) + " |")
    return [("\n".join(rows), "\n".join(out))]


def setext(text: str) -> list[tuple[str, str]]:
    """Re-render level-1 and level-2 ATX headings ("# X", "## X") as underlined setext headings."""
    edits = []
    for line in text.split("\n"):
        if line.startswith("# "):
            edits.append((line, line[2:] + "\n" + "=" * len(line[2:])))
        elif line.startswith("## "):
            edits.append((line, line[3:] + "\n" + "-" * len(line[3:])))
    return edits


# ---------------------------------------------------------------------------------------------------------
# English bases

EN_TELEHEALTH = """# Corvana Privacy Notice

Last updated: 3 March 2026

Corvana is a telemedicine app that lets you speak to a registered GP, pharmacist or nurse by video, phone or secure chat, order repeat prescriptions and keep your consultation notes in one place. This notice explains what personal data Corvana Health Limited collects when you use the Corvana app and website, why we use it, who we share it with and the choices you have.

## 1. Who we are

Corvana Health Limited (company number 648213), 14 Fenian Street, Dublin 2, D02 KX61, Ireland, is the controller of your personal data. Clinicians who consult with you through Corvana are registered with the Medical Council, the Pharmaceutical Society of Ireland or the Nursing and Midwifery Board and work under our clinical governance; they are bound by professional confidentiality.

Our Data Protection Officer can be reached at dpo@corvana.ie or by post at the address above, marked "For the attention of the DPO".

## 2. What we collect

**Account data.** Your name, date of birth, sex recorded at birth and, if you wish, your gender, email address, mobile number, home address and the name of your usual GP practice.

**Identity check.** Before your first prescription we check your identity with a photo of your passport or driving licence and a short selfie video. The check is carried out by our processor Veriff (see section 5); the images are deleted 30 days after the check is complete and we keep only the result and the document number.

**Health data.** The reasons you give for booking, your answers to pre-consultation questionnaires, symptoms, photos you upload (for example of a rash), allergies, current medication, consultation notes written by the clinician, prescriptions, referral letters and sick certificates.

**Consultation recordings.** Video and phone consultations are not recorded. Chat consultations are kept as part of your medical record.

**Payment data.** When you pay for a consultation, our payment processor Stripe receives your card details; we only see the last four digits, the card brand and the expiry date.

**Technical data.** Device model, operating system, app version, IP address, crash reports and the screens of the app you use. We do not collect your precise location.

## 3. Why we use your data and on what legal basis

| Purpose | Data used | Legal basis |
|---|---|---|
| Providing consultations, prescriptions and referrals | Account and health data | Contract (Art. 6(1)(b) GDPR) and provision of health care (Art. 9(2)(h)) |
| Checking your identity before prescribing | Identity check data | Legal obligation (Art. 6(1)(c)) and health care (Art. 9(2)(h)) |
| Taking payments and issuing receipts | Payment and account data | Contract |
| Keeping clinical records for the time required | Health data | Legal obligation |
| Improving the app and fixing errors | Technical data | Legitimate interests |
| Sending you news about new Corvana services | Email address | Consent, which you can withdraw at any time |

We do not use your health data for marketing, and we do not make decisions about your care by automated means: every prescription is reviewed and signed by a clinician.

## 4. How long we keep your data

- Medical records, including chat consultations and prescriptions: 8 years after your last consultation, or until your 25th birthday if you were under 18, whichever is later.
- Identity check images: 30 days after the check.
- Payment records: 6 years after the end of the financial year in which the payment was made.
- Technical logs: 90 days.
- Marketing preferences: until you unsubscribe or close your account.

## 5. Who we share your data with

We share your data only with people who need it to provide the service:

- the clinician you consult and, if you ask, the pharmacy you choose for your prescription;
- your usual GP, if you ask us to send them a summary of the consultation;
- hospitals or specialists we refer you to;
- our processors, listed below, who act only on our instructions under a written contract.

| Processor | What they do | Where the data is processed |
|---|---|---|
| [Amazon Web Services EMEA SARL](https://aws.amazon.com/privacy/) | Hosting of the app and medical records | Ireland |
| [Vonage Communications](https://www.vonage.com/legal/privacy-policy/) | Video and phone consultations | Ireland, Germany |
| [Veriff OÜ](https://www.veriff.com/privacy-notice) | Identity checks | Estonia |
| [Stripe Payments Europe](https://stripe.com/ie/privacy) | Card payments | Ireland |
| [Zendesk](https://www.zendesk.com/company/agreements-and-terms/privacy-notice/) | Customer support tickets | Germany |

We may also disclose data where the law requires it, for example to the Health Products Regulatory Authority or in response to a court order.

We never sell your personal data.

## 6. International transfers

All the processors listed above store and process your data within the European Economic Area, and our support team works from Dublin.

## 7. Your rights

You have the right to:

- access your data and receive a copy of your medical record;
- have inaccurate data corrected;
- have your data erased where we are not required to keep it;
- restrict or object to processing based on our legitimate interests;
- receive the data you gave us in a portable format;
- withdraw your consent to marketing at any time, without affecting earlier processing.

To exercise a right, write to dpo@corvana.ie or use **Settings > Privacy > My data** in the app. We reply within one month. We may ask for information to confirm your identity if we cannot verify it from your account.

You can also complain to the Data Protection Commission, 21 Fitzwilliam Square South, Dublin 2, D02 RD28 ([www.dataprotection.ie](https://www.dataprotection.ie)).

## 8. Security

Your data is encrypted in transit and at rest. Clinicians access records only through accounts protected by two-factor authentication, and every access to a medical record is logged and audited every month.

## 9. Children

Corvana accounts are for adults. A parent or guardian may add a child under 16 as a dependant and consult on the child's behalf; the parent's account then holds the child's record, and the child can ask for their own account at 16.

## 10. Changes to this notice

If we make significant changes we will tell you by email and in the app at least one month before they take effect. The date at the top shows when this notice was last updated.
"""

EN_FERTILITY = """# Privacy Policy

**Halden Fertility Clinic** - Effective from 12 January 2026

Halden Fertility Clinic Ltd ("Halden", "we") runs a licensed fertility clinic at 40 Oxford Road, Manchester M1 5QA. We are licensed by the Human Fertilisation and Embryology Authority (HFEA). This policy explains how we handle the personal information of patients, partners, egg and sperm donors and people who enquire about treatment.

## What we hold about you

Depending on how you deal with us, we hold:

- contact details: name, address, phone number, email address and next of kin;
- identity and legal information: date of birth, proof of identity, marital or civil partnership status, and the consent forms required by the HFEA;
- medical information: your medical and gynaecological history, test results, scans, semen analysis, details of your treatment cycles, the storage of your eggs, sperm or embryos, and the outcome of any pregnancy;
- for donors: the information the law requires to be given to donor-conceived people when they turn 18, such as your physical description, and a goodwill message if you choose to write one;
- financial information: invoices, payments and funding decisions from the NHS where treatment is funded.

Much of this information is special category data about your health and sex life, and we treat it with the greatest care.

## Why we use it

We use your information to assess your fertility, plan and carry out treatment, store gametes and embryos, meet our legal duties to the HFEA, bill you, and improve the quality of our care through clinical audit. We rely on the provision of health care and on our legal obligations under the Human Fertilisation and Embryology Act 1990 as our legal bases.

We do not use your information for marketing. If you enquired about treatment but did not become a patient, we will only contact you again if you ask us to.

## Who sees it

Your information is seen by the clinicians, embryologists, nurses and counsellors involved in your care. We share it with:

- the HFEA, which keeps a register of all treatments and donations as required by law;
- your GP, with your consent, so that your records are complete;
- laboratories that carry out genetic or infection tests for us;
- the NHS commissioning body when your treatment is NHS-funded.

We use Semble as our electronic patient record system and Microsoft 365 for email; both store data in the United Kingdom.

## How long we keep it

- Treatment records for patients and donors: 30 years after the end of treatment, or longer when the HFEA requires it.
- Records of gametes and embryos in storage: for the whole storage period and 30 years after.
- Enquiry and consultation records of people who do not go on to have treatment: 3 years after the last contact.
- Financial records: 6 years.

## Your rights

You can ask to see the information we hold about you, ask us to correct it, and in some cases ask us to delete or restrict it. Some information cannot be deleted because the law requires us to keep it. To make a request, email privacy@haldenfertility.co.uk or write to our Data Protection Officer at the address above. We reply within one month.

If you are unhappy with how we have handled your information, you can complain to the Information Commissioner's Office at ico.org.uk.
"""

EN_THERAPY = """# Openleaf Privacy Policy

Last updated: 20 February 2026

Openleaf connects adults with licensed psychologists and counsellors for therapy by video, voice call or messaging. We know that what you share in therapy is among the most private information there is. This policy explains what we collect, how we use it and how we protect it.

## 1. Who is responsible

Openleaf B.V., Keizersgracht 221, 1016 DV Amsterdam, the Netherlands (Chamber of Commerce no. 81726354) is the controller for the data processed through the Openleaf app and website.

Your therapist is an independent professional registered in their country (for example in the BIG register or with the Health and Care Professions Council). For the clinical notes they write, your therapist is also a controller and is bound by professional secrecy.

You can contact our privacy team at privacy@openleaf.com. Our Data Protection Officer is Marieke de Wit, reachable at dpo@openleaf.com.

## 2. The data we collect

### 2.1 When you sign up

- Your name or a nickname, email address, phone number, date of birth and country.
- Your answers to the matching questionnaire: what brings you to therapy, how you feel at the moment, your preferences for a therapist (gender, language, approach) and whether you have had therapy before.
- Your answers to standard wellbeing questionnaires such as the PHQ-9 and GAD-7.

### 2.2 During therapy

- Messages, voice notes and files you exchange with your therapist.
- The date, time and length of sessions. Video and voice sessions are not recorded.
- Notes written by your therapist.
- Worksheets and journal entries you complete in the app, if you choose to share them with your therapist.

### 2.3 Payment

If you pay for therapy yourself, your card details are handled by Adyen; we only receive a payment token and the last four digits of your card. If your employer or insurer pays, we receive a voucher code and record how many sessions have been used.

### 2.4 Technical data

IP address, device type, app version, crash logs and usage events (for example which screens you open). We use these to keep the service running and to understand which features are used.

## 3. How we use your data

We use your data to:

1. match you with a suitable therapist;
2. run your therapy: schedule sessions, deliver messages and host video calls;
3. let your therapist follow your progress through the questionnaires you complete;
4. handle payments and vouchers;
5. provide customer support;
6. keep the service safe, including detecting fraudulent accounts;
7. improve the app, using usage events only.

Our legal bases are the performance of our contract with you and, for health data, your explicit consent given when you sign up, together with the provision of health care by your therapist. You can withdraw your consent at any time by closing your account; this ends your therapy with us.

Nobody at Openleaf other than your therapist reads your messages or listens to your voice notes. Our support team can see your name, contact details, session dates and payment information, but not the content of your therapy.

## 4. Your employer or insurer

If your sessions are paid for by your employer or insurer, they receive only the number of sessions used under their contract, without your name. They never learn what you discuss with your therapist or whether you are still in therapy.

## 5. Sharing with others

We share your data with:

- your therapist;
- our processors, who act only on our instructions:

| Processor | Service | Location |
|---|---|---|
| [Microsoft Azure](https://privacy.microsoft.com/privacystatement) | Hosting and database | Netherlands |
| [Daily.co](https://www.daily.co/privacy) | Video and voice calls (end-to-end encrypted) | Germany |
| [Adyen N.V.](https://www.adyen.com/policies-and-disclaimers/privacy-policy) | Payments | Netherlands |
| [Freshworks](https://www.freshworks.com/privacy/) | Support tickets | Germany |
| [Postmark](https://postmarkapp.com/eu-privacy) | Transactional emails | Germany |

- authorities, where we are legally required to disclose data, for example by a court order.

If your therapist believes that you or someone else is at serious and immediate risk, they may contact emergency services under their professional code. We tell you about this when you start therapy.

We do not sell your data and we do not use it for advertising.

## 6. How long we keep it

| Data | Retention period |
|---|---|
| Account and questionnaire data | While your account is open and 12 months after you close it |
| Messages and voice notes | While your account is open; deleted 12 months after you close it |
| Therapist notes | 20 years after the end of therapy, as required by Dutch law for medical records |
| Payment records | 7 years (tax law) |
| Usage events | 13 months |

## 7. Security

All data is encrypted in transit and at rest. Messages are stored encrypted with keys managed in a dedicated key vault. Staff access to production systems is limited, requires two-factor authentication and is logged. We carry out an external penetration test every year and hold ISO 27001 and NEN 7510 certification.

## 8. Your rights

You can:

- access your data and receive a copy;
- correct inaccurate data;
- ask us to delete your data, subject to the legal retention of therapist notes;
- restrict processing or object to it;
- receive your data in a portable format;
- withdraw your consent;
- complain to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens) or the authority in your country.

Send your request to privacy@openleaf.com or use **Account > Privacy** in the app. We reply within one month, and we may ask you to confirm your identity by logging in.

## 9. Cookies and tracking

The Openleaf app does not contain advertising or social media trackers. Our website uses a cookie to keep you signed in and, if you agree in the cookie banner, a privacy-friendly analytics tool hosted in the EU. More details are in our Cookie Policy.

## 10. Age

Openleaf is for people aged 18 and over. We do not knowingly provide therapy to minors.

## 11. Changes

We will inform you by email and in the app at least 30 days before any important change to this policy takes effect.
"""

EN_NUTRITION = """# Plateful Privacy Notice

Plateful is a nutrition coaching app. You log what you eat, chat with a registered nutritionist and follow a personal plan. This notice is published by Plateful Coaching Ltd, Unit 4, Paintworks, Bath Road, Bristol BS4 3EH, the controller of your data.

**Last updated: 9 April 2026**

## What we collect

When you create an account: your name, email address, date of birth, sex, height and the goal you choose (for example weight loss or training for an event).

When you use the app:
- your food diary: meals, portions, times and any photos of meals you upload;
- your weight, when you enter it;
- dietary preferences and restrictions, such as vegetarian, halal or gluten-free;
- medical conditions relevant to your diet that you choose to tell your nutritionist about, such as diabetes, coeliac disease or an eating disorder in your past;
- messages exchanged with your nutritionist.

If you subscribe, Apple or Google handle your payment; we only receive confirmation of your subscription.

## How we use it

We use your data to give you the coaching you signed up for: your nutritionist reads your diary and messages to adjust your plan, and the app calculates your calorie and nutrient totals. We also use your email address to send service messages, such as a reminder when your plan is about to end.

We use health information (conditions, weight, eating history) only with your explicit consent, which you give when you first enter it and can withdraw by deleting it from your profile.

With your separate consent, we send a monthly newsletter with recipes. You can unsubscribe with the link in every email.

## Who we share it with

Your nutritionist, who is either a Plateful employee or a registered freelance nutritionist working under contract with us. Our service providers: Google Cloud (hosting, in London), Sendgrid (emails) and Intercom (in-app chat). We never share your food diary or health information with advertisers.

## How long we keep it

We keep your data for as long as your account is active. If you do not log in for 24 months, we delete your account and all its data. When you delete your account yourself, your data is erased within 30 days, except invoices, which we keep for 6 years.

## Your rights

You can access, correct, export or delete your data from **Profile > Privacy**, or by emailing privacy@plateful.app. You can also object to our processing or ask us to restrict it. If you are not satisfied with our answer, you can complain to the Information Commissioner's Office.

## Children

You must be 16 or over to use Plateful.
"""

EN_MEDITATION = """# Cookie Policy

*Stillwater Labs Ltd - stillwater.app - Updated 2 February 2026*

This policy explains how Stillwater Labs Ltd (17 Melville Street, Edinburgh EH3 7PE) uses cookies and similar technologies on the stillwater.app website and in the web version of the Stillwater meditation player. It does not cover the iOS and Android apps, which are described in our Privacy Policy.

## What cookies are

Cookies are small text files that a website stores on your device. We also use local storage, which works in a similar way. Some are needed for the website to work; others help us understand how people use it. We only place cookies that are not strictly necessary if you agree to them in our cookie banner.

## The cookies we use

### Strictly necessary

These cookies make the site work: they keep you signed in, remember your cookie choices and protect forms against abuse. They cannot be switched off.

| Name | Provider | Purpose | Lifetime |
|---|---|---|---|
| sw_session | stillwater.app | Keeps you signed in to the web player | Session |
| sw_consent | stillwater.app | Remembers your cookie choices | 6 months |
| __cf_bm | Cloudflare | Distinguishes people from bots | 30 minutes |
| sw_csrf | stillwater.app | Protects forms against cross-site request forgery | Session |

### Preferences

These remember choices you make, such as the length of your meditation timer or the background sound.

| Name | Provider | Purpose | Lifetime |
|---|---|---|---|
| sw_player_prefs | stillwater.app | Remembers timer length, bell and background sound | 12 months |
| sw_lang | stillwater.app | Remembers your language | 12 months |

### Analytics

With your consent, these help us count visits and see which pages and meditations are used, so that we can improve the site. The information is aggregated.

| Name | Provider | Purpose | Lifetime |
|---|---|---|---|
| _pk_id | Matomo (self-hosted) | Distinguishes visitors | 13 months |
| _pk_ses | Matomo (self-hosted) | Groups page views into a visit | 30 minutes |
| _hjSessionUser | Hotjar | Records anonymised heatmaps of page use | 12 months |

We do not use advertising cookies.

## Managing your choices

You can change your choices at any time by clicking **Cookie settings** at the bottom of any page. You can also delete cookies in your browser settings; if you block strictly necessary cookies, parts of the site will not work.

## Contact

Questions about this policy can be sent to privacy@stillwater.app.
"""

EN_ALARM = """# How Brightline uses your information

Brightline Alarms Ltd provides personal alarms for older and vulnerable people: a pendant or wristband with a help button, fall detection and, on some models, GPS. When you press the button, our 24-hour response centre in Stoke-on-Trent answers the call and contacts your responders or the emergency services.

This notice covers alarm users, the family members or friends named as responders, and people who buy an alarm for someone else. Brightline Alarms Ltd, Etruria House, Festival Way, Stoke-on-Trent ST1 5TH, is the controller.

## Information we hold

**About the alarm user:** name, address, date of birth, phone numbers, key safe code or access instructions, medical conditions and medication that the response team should know about, GP details, mobility and communication needs, and the language you prefer.

**About responders:** name, relationship to the alarm user, phone numbers and when they are available.

**About alarm use:** every alarm call, including the time, the reason, the recording of the call with our operator, the action taken, and, for GPS models, the location of the pendant at the time of the alarm. Fall detection events are recorded in the same way.

**About the buyer:** name, contact details and payment information, if different from the alarm user.

## Why we use it

We use this information to answer alarm calls and get the right help to you quickly, to test your alarm every month, to handle your subscription and payments, and to train our operators. Call recordings help us resolve complaints and check the quality of our service.

The legal bases are our contract with you, your vital interests when you cannot answer us during an emergency, and, for information about your health, the provision of social care.

## Who receives it

- Your named responders, when you raise an alarm.
- The emergency services (ambulance, fire, police), when help is needed.
- Our installation engineers, who need your address and access details.
- Our call handling platform provider, Tunstall, and our IT provider.

We do not share your information for marketing.

## How long we keep it

We keep your file while your service is active and for 2 years after it ends. Call recordings are kept for 12 months. GPS locations are kept for 30 days unless they relate to an incident under investigation.

## Your rights

You, or someone with lasting power of attorney for you, can ask for a copy of your information, ask us to correct it, or ask us to delete it after your service ends. Call 0800 123 4567 or email dataprotection@brightlinealarms.co.uk. We reply within one month. You can complain to the Information Commissioner's Office if you are unhappy with our reply.
"""

EN_ALIGNERS = """# Clearbite Privacy Policy

Effective date: 15 May 2026

Clearbite Orthodontics Ltd ("Clearbite") sells clear aligners to straighten teeth, prescribed and supervised remotely by registered dentists. This policy explains how we use the personal data of customers and people who order an impression kit or book a scan.

Clearbite Orthodontics Ltd, Lapps Quay, Cork T12 RX3E, Ireland, is the controller of your data. Our Data Protection Officer can be contacted at dpo@clearbite.ie.

## 1. Data we collect

**When you order an impression kit or book a scan:** name, email address, phone number, delivery address and date of birth.

**Smile assessment:** the photos of your teeth and face you upload, your answers to our dental health questionnaire (for example about gum disease, crowns, implants or jaw pain), and the 3D scan or impressions of your teeth.

**During treatment:** progress photos you send through the app every two weeks, notes by your supervising dentist, and your aligner wearing time if you log it.

**Payment:** payments and monthly instalments are handled by Stripe and, for financing, by Klarna. We receive the payment status, not your card number.

**Communications:** emails, chat messages and calls with our customer care team.

## 2. How we use it

- To check whether aligners are suitable for you and design your treatment plan. A registered dentist reviews every case and decides whether treatment can go ahead.
- To manufacture your aligners in our laboratory in Cork.
- To follow your progress and contact you if your dentist sees a problem.
- To take payments and handle instalments.
- To answer your questions and complaints.
- To send you offers and referral rewards by email, if you agreed to receive them.

We process health data, including photos of your teeth and your dental history, because it is necessary for your dental treatment under the responsibility of a dentist, and with your explicit consent.

## 3. Sharing

We share your data with the dentists who supervise your treatment, our laboratory staff, Stripe and Klarna for payments, DPD for deliveries, and our IT service providers (hosting by Amazon Web Services in Frankfurt, customer care software by Zendesk). We never publish your photos.

## 4. Retention

Clinical records, including scans and photos, are kept for 8 years after the end of treatment, as recommended by the Dental Council. If you order an impression kit but do not start treatment, we delete your scans and photos after 12 months. Marketing preferences are kept until you unsubscribe.

## 5. Your rights

You have the right to access, correct and delete your data, to restrict or object to its processing, to portability and to withdraw your consent at any time. You can exercise these rights by emailing dpo@clearbite.ie or by writing to us at the address above. We may ask you to confirm your identity by replying from the email address linked to your account.

You can lodge a complaint with the Data Protection Commission in Ireland.
"""

EN_SLEEP = """# Northfield Sleep Centre - Patient Privacy Notice

Northfield Sleep Centre is an independent clinic in Leeds that diagnoses and treats sleep disorders such as sleep apnoea, insomnia and narcolepsy. We see patients referred by their GP or by a hospital consultant, and self-referring private patients. Northfield Sleep Services LLP, 22 Park Square East, Leeds LS1 2NE, is responsible for your personal information.

## The information we collect

To assess and treat you, we collect your contact details, NHS number, GP details, referral letter, medical history, medication, questionnaires such as the Epworth Sleepiness Scale, and your sleep diary.

During a sleep study we record your breathing, oxygen levels, heart rhythm, brain activity, leg movements and body position. Overnight studies in our clinic are also recorded on infrared video so that the sleep physiologist can see what happens during an event. For home studies, the device you take home records the same signals, without video.

If you are prescribed a CPAP machine, the machine sends data about how many hours you use it and how well the mask seals to the manufacturer's secure platform, where our clinicians review it.

We ask about your driving licence and occupation, because sleep disorders can affect whether it is safe to drive. If you hold a licence and have a condition that the DVLA must know about, we will explain that it is your legal duty to tell them.

## How we use it

We use your information to diagnose and treat your sleep disorder, to send reports to your GP and referring doctor, to invoice your insurer or the NHS, and to audit the quality of our care. We rely on the provision of health care and on our legal obligations as the legal bases for this.

Anonymised results may be used in clinical audits presented at medical meetings. Nobody can be identified from these results.

## Sharing

We share your information with your GP and your referring doctor, with the NHS commissioner or your insurer for payment, and with the CPAP manufacturer (ResMed or Philips, depending on your machine) for remote monitoring. We do not share your information with your employer.

## Keeping your information

Medical records are kept for 8 years after your last appointment, in line with NHS records guidance. Video recordings of overnight studies are kept for 12 months and then deleted.

## Your rights

You can ask for a copy of your records, ask us to correct mistakes, and object to some uses of your information. Please write to the Practice Manager at the address above or email records@northfieldsleep.co.uk. You can also complain to the Information Commissioner's Office.
"""

EN_GLUCOSE = """# Levelo Privacy Policy

Version 4.2 - last updated 18 March 2026

Levelo is an app for people living with diabetes. It connects to your continuous glucose monitor (CGM) or blood glucose meter, shows your readings and trends, lets you log insulin, meals and exercise, and can share your data with your diabetes clinic. Levelo is a class IIa medical device software.

This policy applies to the Levelo app for iOS and Android, the Levelo web dashboard and the Levelo Clinic portal used by healthcare professionals.

## 1. Controller and contact

Levelo Medical GmbH, Friedrichstrasse 68, 10117 Berlin, Germany, is the controller of your personal data.

- Privacy questions and requests: privacy@levelo.health
- Data Protection Officer: dpo@levelo.health
- Post: Levelo Medical GmbH, Data Protection, Friedrichstrasse 68, 10117 Berlin

When your clinic uses the Levelo Clinic portal to view your data, the clinic is a separate controller for the data it views and records.

## 2. What data we process

### 2.1 Account data

Name, email address, password (stored as a hash), date of birth, country, language and the units you prefer (mmol/L or mg/dL).

### 2.2 Diabetes data

- Glucose readings from your CGM or meter, with date and time.
- Type of diabetes and year of diagnosis.
- Insulin doses, carbohydrates, meals, exercise and notes you log.
- Target range, alarm thresholds and therapy settings you enter.
- HbA1c results you add.

### 2.3 Device data

The model and serial number of your CGM or meter, the model and operating system of your phone, app version, Bluetooth connection logs and error reports. We need these to keep readings reliable and to meet our obligations as a medical device manufacturer (vigilance and post-market surveillance).

### 2.4 Support data

Emails and calls with our support team, and the details of any problem you report with the app.

We do not collect your location, your contacts or your photos.

## 3. Why we use your data

| Purpose | Legal basis |
|---|---|
| Showing your readings, trends, reports and alarms | Contract; explicit consent for health data (Art. 9(2)(a) GDPR) |
| Sharing your data with the clinic you choose | Explicit consent, which you can withdraw by ending the connection |
| Sharing your data with family members you invite as followers | Explicit consent, which you can withdraw at any time in the app |
| Medical device vigilance, complaint handling and safety reporting | Legal obligation under the Medical Device Regulation (EU) 2017/745 |
| Technical support | Contract |
| Improving the app using pseudonymised usage statistics | Legitimate interests |

Levelo displays your data and calculates statistics such as time in range and the glucose management indicator. It does not give treatment advice and does not take decisions about your treatment; your clinic and you remain in charge of your therapy.

## 4. Research

We will only use your data for research if you join a specific study and give your consent for that study. Each study has its own information sheet explaining what is collected and who is involved.

## 5. Followers

You can invite up to five followers, for example a parent, partner or school nurse. Followers see your current reading, your trend arrow and your alarms in their own Levelo Follow app. You choose which alarms they receive and you can remove a follower at any time; they are told that they no longer follow you.

## 6. Recipients

We share your data with:

- the clinic or healthcare professionals you connect to, through the Levelo Clinic portal;
- followers you invite (for example a parent or partner), who see your readings and alarms;
- the manufacturer of your CGM or meter, only for the exchange of readings through its official interface;
- our processors:

| Processor | Purpose | Country |
|---|---|---|
| [Open Telekom Cloud (T-Systems)](https://www.open-telekom-cloud.com/en/privacy-policy) | Hosting | Germany |
| [Mailjet](https://www.mailjet.com/legal/privacy-policy/) | Account emails | France |
| [Sentry](https://sentry.io/privacy/) | Error reports (no diabetes data) | Germany |
| [Freshdesk](https://www.freshworks.com/privacy/) | Support tickets | Germany |

- notified bodies and competent authorities, when the Medical Device Regulation requires it.

We do not sell your data and we do not show advertising in Levelo.

## 7. Transfers outside the EU

Your data is stored in Germany. Sentry and Freshworks are US companies; they process our data in their EU data centres under contracts that include the EU Standard Contractual Clauses in case of remote access from the United States.

## 8. Retention

| Data | How long |
|---|---|
| Account data | Until you delete your account |
| Diabetes data | Until you delete it or your account |
| Device and error logs | 2 years |
| Vigilance and complaint records | 10 years after the last device of the app version concerned was placed on the market, as required by the Medical Device Regulation |
| Support tickets | 3 years after the ticket is closed |

## 9. Your rights

You have the right to:

- **access** your data;
- **rectification** of inaccurate data;
- **erasure** of your data, except where we must keep vigilance records;
- **restriction** of processing;
- **data portability**: you can download all your readings and logs as a CSV or PDF file at any time under **Settings > Export data**;
- **object** to processing based on our legitimate interests;
- **withdraw consent** at any time, without affecting the lawfulness of processing before withdrawal.

To exercise your rights, email privacy@levelo.health. We respond within one month. You can also complain to a supervisory authority, in particular the Berlin Commissioner for Data Protection and Freedom of Information.

## 10. Security

Data is encrypted in transit (TLS 1.3) and at rest (AES-256). Levelo is developed under an ISO 13485 quality management system and an ISO 27001 information security management system.

## 11. Children

Children under 16 can use Levelo only through an account created by a parent or guardian, who gives consent on their behalf.

## 12. Changes

We will inform you of material changes to this policy by email and in the app before they take effect.
"""

EN_BLOOD = """# Donor Privacy Statement

**Crimson Trust Blood Service**

The Crimson Trust collects blood, plasma and platelets from voluntary donors and supplies them to hospitals across the region. We are a registered charity (no. 1187420) and a licensed blood establishment. Our office is at Crimson House, 9 Whitefriars Street, Coventry CV1 2DS.

## What we collect

When you register as a donor, we collect your name, date of birth, sex, address, phone number and email address. Each time you come to donate, we ask you to complete a health and lifestyle questionnaire, which includes questions about your health, medication, travel, and sexual behaviour, because these can affect the safety of your blood for patients. We also record your haemoglobin level, your blood pressure where measured, and the results of the tests carried out on every donation (blood group, and screening for HIV, hepatitis B and C, HTLV and syphilis).

## How we use it

We use your information to check that it is safe for you to donate and safe for patients to receive your blood, to trace every donation from donor to patient as the Blood Safety and Quality Regulations require, to invite you to donate when your blood group is needed, and to tell you about test results that matter for your health.

With your consent, we also use a small part of your sample and your test results for research into blood safety and donor health. You can withdraw this consent at any time by telling staff at a session or by emailing us.

We also ask, in the same registration form, whether you would like to join the stem cell register run by our partner charity Anthony Nolan. We only pass on your details if you tick the box.

## Who we share it with

- Hospitals receive the blood components with a donation number, not your name.
- If a test shows an infection, we tell you first and, where the law requires, inform public health authorities.
- Our IT service provider hosts our donor database in the United Kingdom.
- Anthony Nolan, if you asked to join its stem cell register.

## How long we keep it

By law we must keep the records that allow each donation to be traced for 30 years. If you stop donating, we keep your other contact information for 2 years so that we can answer any questions about your past donations, then delete it.

## Your rights

You can ask for a copy of your information, ask us to correct it, object to being invited to donate, and withdraw your consent to research. Contact our Data Protection Officer at privacy@crimsontrust.org.uk or write to the address above. We reply within one month.

You have the right to complain to the Information Commissioner's Office.
"""

EN_PORTAL = """# MyAldric Patient Portal - Privacy Notice

St Aldric's Hospital NHS Foundation Trust ("the Trust") runs MyAldric, an online portal and app where patients can see their appointments, test results, letters and medications, and message their clinical teams. This notice explains how the Trust uses your information when you use MyAldric. It adds to the Trust's general patient privacy notice, which explains how we use your health records when we care for you.

## Who we are

St Aldric's Hospital NHS Foundation Trust, Aldric Road, Norwich NR4 7UY, is the controller of your information. Our Data Protection Officer is Priya Raman; you can contact her at dpo@staldrics.nhs.uk or on 01603 555 120.

## What information MyAldric uses

MyAldric shows information that is already in your hospital record:

- your name, NHS number, date of birth, address and contact details;
- upcoming and past appointments and admissions;
- test results, after they have been released by your clinician;
- clinic letters and discharge summaries;
- your current medications and allergies as recorded by the Trust.

MyAldric also records:

- the email address and mobile number you use to sign in;
- your NHS login identity, if you sign in with NHS login;
- messages you send to and receive from clinical teams;
- questionnaires you complete before appointments;
- a log of when you sign in and which pages you view, for security.

## Signing in with NHS login

You can sign in with NHS login, a service provided by NHS England. When you do, NHS England checks your identity and tells us that it is you; it does not see your hospital records. NHS England's privacy notice for NHS login is available at access.login.nhs.uk.

## Why we use it

We use your information in MyAldric to give you access to your own records, to let you manage appointments, to exchange messages with your care team, and to keep the portal secure. The legal bases are our public task (Article 6(1)(e) UK GDPR) and the provision of health care (Article 9(2)(h)).

## Proxy access

You can give a family member or carer access to your MyAldric account. Parents can have proxy access for children under 12. From age 12, a young person must agree to a parent having access, unless a clinician decides otherwise.

## Who we share it with

MyAldric is provided to the Trust by Epic Systems, our electronic patient record supplier, which hosts the portal in the United Kingdom and acts only on our instructions. Messages you send are read by the clinical team you choose. We do not use MyAldric data for any other purpose than your care and the running of the portal.

## How long we keep it

Messages and questionnaires become part of your hospital record and are kept in line with the NHS Records Management Code of Practice, usually 8 years after your last treatment for adults. Sign-in logs are kept for 2 years.

## Your rights

You have the right to access your records, to have inaccurate information corrected, and to object to some uses of your information. You can also choose whether your confidential patient information is used for research and planning by registering a national data opt-out at https://www.nhs.uk/your-nhs-data-matters.

To make a request, contact the Information Governance team at information.governance@staldrics.nhs.uk or write to the address above. We respond within one month.

You can complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF, or at ico.org.uk.

*This notice was last reviewed in January 2026.*
"""

EN_RUNNING = """# Stridewise Privacy Policy

Stridewise is an app that running clubs use to manage memberships, organise group runs and share results. This policy explains how Stridewise Ltd (registered in England, no. 13398271, 3 Castle Wharf, Nottingham NG1 7EH) handles the personal data of club members and app users. When your club uses Stridewise, your club decides what information it asks for; for that information, your club and Stridewise are both responsible in the ways described below.

Last updated: 1 June 2026

## Data we collect

- Profile: name, email address, date of birth, gender, profile photo (optional) and emergency contact.
- Membership: your club, membership type, payment status and England Athletics registration number if you have one.
- Activities: runs you record with the Stridewise app, including distance, time, pace and GPS route; results of club races; attendance at group runs.
- Health: any medical information you choose to give your club for emergencies, such as asthma or a heart condition.

## What we use it for

We use your data to run your club membership, let you book group runs, record your activities, publish race results and leaderboards inside your club, and send you club news. We rely on our contract with you and, for health information, on your explicit consent.

Your GPS routes are visible only to you unless you choose to share a run with your club. Race results and leaderboards show your name, age category and time to other members of your club.

## Sharing

We share your data with your club's committee members and coaches, with England Athletics when your club registers you as an affiliated member, and with our service providers: Amazon Web Services (hosting in London), GoCardless (membership payments) and Mailgun (emails).

## Retention

Your data is kept while you are a member of a club on Stridewise. When you leave, your club can keep your name and race results for its historical records; everything else is deleted after 12 months.

## Your rights

You can see and download your data in the app, ask us to correct or delete it, and object to its use. Write to privacy@stridewise.run. We answer within one month. You can complain to the Information Commissioner's Office.

## Changes

We will tell you about important changes by email.
"""

EN_YOGA = """# Cookie Policy - Lotus Loft

Lotus Loft Studios Ltd runs yoga and pilates studios in Brighton and Hove and an online booking website at lotusloft.co.uk. This policy describes the cookies used on our website and booking pages.

Updated: 24 April 2026

## Our approach

We keep cookies to a minimum. Essential cookies are set because the booking system cannot work without them. Everything else is off until you agree in the cookie banner, and you can change your mind at any time via the **Cookie preferences** link in the footer. Your choice is remembered for 6 months.

## Cookies on lotusloft.co.uk

| Cookie | Set by | Category | Purpose | Expires after |
|---|---|---|---|---|
| ll_session | lotusloft.co.uk | Essential | Keeps you logged in while you book | End of session |
| ll_basket | lotusloft.co.uk | Essential | Remembers the class pass in your basket | 2 days |
| ll_consent | lotusloft.co.uk | Essential | Stores your cookie choices | 6 months |
| ll_studio | lotusloft.co.uk | Preferences | Remembers your favourite studio and class filters | 6 months |
| _ga | Google Analytics | Analytics | Distinguishes visitors to measure traffic | 13 months |
| _ga_LL21 | Google Analytics | Analytics | Keeps the state of a visit | 13 months |
| __stripe_mid | Stripe | Essential | Fraud prevention when you pay | 12 months |

Google Analytics is configured with IP anonymisation and data sharing with Google switched off. You can read [Google's privacy policy](https://policies.google.com/privacy) and [Stripe's privacy policy](https://stripe.com/gb/privacy).

## Class booking widget

Our timetable is provided by Momence. When you open the timetable, Momence sets an essential cookie (momence_sid) to handle your booking. It does not track you on other websites.

## Questions

Email hello@lotusloft.co.uk or write to Lotus Loft Studios Ltd, 12 Church Road, Hove BN3 2FL.
"""

EN_PREGNANCY = """# Bloomweeks Privacy Policy

Last updated: 7 January 2026

Bloomweeks is a pregnancy and early parenthood app. It follows your pregnancy week by week, lets you log symptoms, appointments, kicks and contractions, and continues after birth with a baby diary. Because the app deals with your health and your family, we have written this policy to be as clear as we can. If anything is unclear, write to us at privacy@bloomweeks.com.

## Who we are

Bloomweeks is published by Bloomweeks Ltd, 5th Floor, 1 Tabernacle Street, London EC2A 4AA, United Kingdom, registered in England and Wales under number 12094851. For users in the European Union, our representative is Bloomweeks Europe Ltd, 2 Grand Canal Square, Dublin 2, Ireland.

## What we collect and why

### Information you give us

| Information | Example | Why we need it |
|---|---|---|
| Account details | Name, email address, password | To create and secure your account |
| Pregnancy details | Due date or date of last period, number of babies expected, previous pregnancies | To show the right week-by-week content |
| Health logs | Symptoms, weight, blood pressure readings, mood, medication, kick counts, contraction timings | To keep your diary and show you trends |
| Appointments | Dates and notes of midwife and scan appointments | To remind you of appointments |
| Baby details after birth | Name, date of birth, weight, feeds, sleep, nappies | To keep your baby diary |
| Photos | Bump and baby photos you add to your diary | To build your album |
| Partner access | Your partner's email address, if you invite them | To share your diary with them |

### Information collected automatically

- Device identifiers, app version, operating system and language.
- How you use the app, for example which articles you read and which tools you open.
- Crash reports.

We do not collect your precise location. We use your country, based on your app store settings, to show content that matches the health advice in your country.

### Legal bases

We use your pregnancy and health information only with your explicit consent, given when you set up the app. You can withdraw it at any time by deleting your data in **Me > Privacy > Delete my data**. Account details and usage information are processed to perform our contract with you and for our legitimate interest in keeping the app working and improving it.

## How we use your information

We use your information to:

1. personalise the week-by-week content, articles and checklists to the stage of your pregnancy or your baby's age;
2. keep your health logs and show you charts and summaries you can take to your midwife;
3. send you reminders and notifications you have switched on;
4. share your diary with your partner, if you invite them;
5. answer your support requests;
6. understand how the app is used so we can improve it, using pseudonymised usage data;
7. keep the app secure and prevent abuse.

## Advertising

The free version of Bloomweeks shows advertising from brands that sell baby and parenting products. These ads are chosen on the basis of your pregnancy week or your baby's age, which we pass to our ad server as an age band (for example "week 20-24" or "baby 0-3 months"); we do not pass your name, contact details or health logs.

We will never share your health logs or the content of your diary with advertisers. You can switch to Bloomweeks Plus to remove all advertising.

## Who we share your information with

- **Your partner**, if you invite them, who sees the parts of your diary you choose.
- **Service providers** who help us run Bloomweeks, under contracts that require them to protect your data and use it only on our instructions:
  - [Google Cloud](https://cloud.google.com/terms/cloud-privacy-notice), hosting (Belgium);
  - [Braze](https://www.braze.com/company/legal/privacy), in-app messages and notifications (Germany);
  - [Kevel](https://www.kevel.com/privacy), ad serving (United States);
  - [Zendesk](https://www.zendesk.com/company/agreements-and-terms/privacy-notice/), customer support (Germany).
- **Authorities**, if we are legally obliged to.

Kevel is located in the United States. It receives only your advertising identifier and age band, and the transfer is covered by the EU-US Data Privacy Framework and the UK extension to it.

## If your pregnancy ends

If you experience a loss, you can tell us in **Me > My pregnancy > Pregnancy update**. We will immediately stop pregnancy notifications and advertising based on your pregnancy week, and you can choose to keep or delete your diary. We know how hard this is, and you can also write to our support team, who have been trained to help.

## How long we keep your information

- We keep your account and diary while you use Bloomweeks.
- If you do not open the app for 3 years, we will email you and delete your account 30 days later unless you sign in.
- When you delete your account, we delete your data within 30 days, and from our backups within a further 90 days.
- Support conversations are kept for 2 years.

## Your rights

You can:

- access your data and get a copy (Me > Privacy > Download my data);
- correct your data in the app;
- delete your data or your whole account;
- object to our use of your data for our legitimate interests, including product analytics;
- ask us to restrict our use of your data;
- withdraw your consent at any time;
- complain to the Information Commissioner's Office in the UK or the data protection authority of your EU country.

We answer requests within one month. Email privacy@bloomweeks.com.

## Children

Bloomweeks is intended for people aged 16 and over. The baby diary contains information about your child, which you control as the parent.

## Security

We encrypt your data in transit and at rest, restrict access to it to staff who need it, and test our security regularly. Your photos are stored in a private storage bucket and are never public.

## Changes to this policy

When we make a significant change, we will tell you in the app and by email before the change takes effect.
"""

EN_MIGRAINE = """# Haloday Privacy Policy

Haloday is a migraine and headache diary app made by Haloday ApS, Njalsgade 76, 2300 Copenhagen S, Denmark. You can log attacks, symptoms, medication and possible triggers, and create a report for your doctor.

Last updated: 11 February 2026

## What we collect

- **Your diary:** start and end of attacks, pain intensity, where the pain is, symptoms (such as aura, nausea or sensitivity to light), medication taken and whether it helped, possible triggers (sleep, food, stress, menstrual cycle), and notes.
- **Account:** email address and password, if you create an account to back up your diary. You can use Haloday without an account; your diary then stays on your phone.
- **Weather:** if you switch on weather tracking, the app uses your phone's approximate location to look up air pressure and humidity from the Danish Meteorological Institute's open data service. Only the name of the nearest town is stored with your diary.
- **Technical data:** app version, device type and crash reports.

## Why we use it

We use your diary to show you patterns and statistics and to produce the doctor report. We process your health data on the basis of your explicit consent, which you can withdraw by deleting your diary or your account. We use technical data, on the basis of our legitimate interest, to fix bugs.

## Who we share it with

We do not share your diary with anyone unless you export a report and send it yourself. Backups are stored with our hosting provider, Hetzner Online, in Germany. Crash reports are handled by Bugsnag, without any diary data.

## Retention

Backed-up diaries are kept until you delete them or your account. Crash reports are deleted after 90 days.

## Your rights

You have the right to access, correct, delete and export your data, to object to processing and to complain to Datatilsynet, the Danish Data Protection Agency. Contact us at privacy@haloday.app. We will answer within one month.
"""

EN_ALLERGY = """# Pollenwise Cookie Notice

Pollenwise is a free pollen forecast and allergy diary service run by Pollenwise B.V., Stationsplein 45, 3511 ED Utrecht, the Netherlands. This notice explains the cookies and similar technologies used on pollenwise.eu.

Effective: 6 March 2026

## Why we use cookies

We use a few cookies to run the website and, if you agree, to measure its audience. We do not show advertising and we do not use cookies to build advertising profiles.

## Strictly necessary cookies

These do not need your consent.

- **pw_session** - keeps you logged in to your allergy diary. Expires when you close your browser.
- **pw_consent** - stores your cookie choices. Expires after 6 months.
- **pw_region** - remembers the region you chose for the forecast. Expires after 12 months.

## Audience measurement cookies

With your consent, we use Google Analytics 4 to understand how many people visit the site and which forecasts they look at.

- **_ga** - distinguishes visitors. Expires after 13 months.
- **_ga_PW7Q** - keeps the state of a session. Expires after 13 months.

We have switched off Google signals and data sharing with Google for advertising, and the data is kept for 14 months in Google Analytics before being deleted. IP addresses are not stored by Google Analytics 4. More information is available in [Google's privacy policy](https://policies.google.com/privacy) and on [how Google uses information from sites that use its services](https://policies.google.com/technologies/partner-sites).

## Maps

The pollen map is provided by [Mapbox](https://www.mapbox.com/legal/privacy). Mapbox receives your IP address to deliver map tiles but does not place cookies.

## Your choices

You can accept or refuse audience measurement cookies in the banner shown on your first visit, and change your choice at any time via [Cookie settings](https://pollenwise.eu/cookie-settings). You can also block cookies in your browser; see [All About Cookies](https://www.allaboutcookies.org/manage-cookies/) for instructions.

For any question, email privacy@pollenwise.eu.
"""

EN_SMOKING = """# Ember Privacy Notice

Ember is an app that helps you stop smoking or vaping. It tracks your smoke-free days, money saved and cravings, and gives you access to stop-smoking advisers by chat. Ember is provided by Ember Health Ltd, 8 Queen Street, Cardiff CF10 2BY.

Last updated: 30 March 2026

## Information we collect

When you sign up we ask for your email address, your first name, your age range and the postcode area where you live. You then tell us about your smoking or vaping: what you use, how much, for how long, and your quit date.

While you use Ember, we record the cravings you log (time, strength and what triggered them), any slips, your use of nicotine replacement therapy, your mood check-ins and your chats with an adviser.

Our advisers are trained stop-smoking practitioners employed by Ember Health.

## How we use it

We use your information to track your progress, show your statistics and achievements, send the reminders and encouragement you have chosen, and let you chat with an adviser. We also produce anonymous statistics about quit rates, which we share with the local authorities that fund Ember in their area. These statistics cannot identify you.

Our legal basis is our contract with you; for information about your health, including your smoking, we ask for your explicit consent when you sign up.

## Sharing

Ember uses these service providers, who only act on our instructions: Microsoft Azure (hosting, UK South), Twilio (text message reminders) and Sendwave Ltd (emails). We do not sell your data and we do not share it with tobacco, vaping or pharmaceutical companies.

## How long we keep it

Your account data is kept while your account is open. If you have not used Ember for 18 months, we delete your account. Adviser chats are deleted 2 years after your last message.

## Your rights

You can ask for a copy of your data, ask us to correct or delete it, withdraw your consent, or object to our processing. Email privacy@emberquit.co.uk. We reply within one month. You can also complain to the Information Commissioner's Office.
"""

EN_SEXHEALTH = """# Privacy Notice - Quayside Sexual Health

Quayside Sexual Health is a sexual health and contraception service commissioned by the city council and run by Quayside Community Health CIC, 3 Mariner's Wharf, Newcastle upon Tyne NE1 3RL. We offer walk-in and booked appointments at two clinics, online booking, and results by text message.

## Confidentiality

Everything you tell us is confidential. We do not tell your GP that you have visited us unless you ask us to, and we do not share your information with anyone else without your agreement, except in the rare cases where the law requires it or someone is at serious risk of harm.

You can give a different name at the clinic if you prefer. We will still ask for a date of birth and a way to contact you with results.

## What we record

- Your name (or the name you choose to give), date of birth, gender, postcode and phone number.
- Your sexual history, symptoms, test results, diagnoses, treatment and contraception.
- For under-18s, the assessment our staff carry out to make sure you are safe.
- Your online booking: the type of appointment, the clinic and the time.

## How we use it

We use your information to provide your care, to contact you with results and follow-up, to help you tell partners who may need testing if you wish (partner notification), and to send anonymous statistics to the UK Health Security Agency, as all sexual health services must. Our legal bases are the performance of a public task and the provision of health care.

## Results by text message

Negative results are sent by text message to the number you give us. If a result needs treatment, a health adviser will call you.

## Who has access

Only the staff involved in your care can see your record. Our clinical records system is provided by Lilie, which hosts it in the United Kingdom. Text messages are sent through Esendex.

## How long we keep it

Records are kept for 8 years after your last visit, or until your 25th birthday if you were under 18 at your last visit, whichever is later.

## Your rights

You can ask to see your records, ask us to correct them and, in some cases, to restrict how we use them. To make a request, speak to staff at the clinic or email records@quaysidesexualhealth.org.uk. We will respond within one month. You can also complain to the Information Commissioner's Office.
"""

EN_HOSPICE = """# Cookies on our website

St Brigid's Hospice cares for people living with a life-limiting illness and supports their families, across Bath and North East Somerset. This page explains which cookies are used on stbrigidshospice.org.uk, including our online shop and donation pages.

Last updated: 19 May 2026

## What is a cookie?

A cookie is a small file saved on your computer or phone when you visit a website. Cookies let the website remember things, such as what you put in your basket, or help us understand how visitors use the site.

## Cookies we always use

These cookies are needed for the website to work and for you to make a donation securely. They are set without asking you.

| Cookie name | What it does | How long it lasts |
|---|---|---|
| PHPSESSID | Keeps your session while you browse | Until you close your browser |
| sbh_cookie_choice | Remembers whether you accepted or refused cookies | 6 months |
| donation_step | Remembers where you are in the donation form | 1 hour |
| wc_cart_hash | Remembers the contents of your shop basket | Until you close your browser |

## Cookies we use only if you agree

If you click "Accept" in our cookie banner, we also use:

| Cookie name | Provider | What it does | How long it lasts |
|---|---|---|---|
| _ga, _ga_SBH4 | Google Analytics | Counts visits and shows us which pages are most used | 13 months |
| YSC, VISITOR_INFO1_LIVE | YouTube | Let you watch our embedded videos and count views | Session; 6 months |

## Changing your mind

You can change your cookie choices at any time with the "Cookie settings" link at the bottom of every page. Refusing cookies will not stop you donating or buying from our shop.

## Payments

Donations and shop payments are processed by our payment provider, and your card details never reach our website. The provider may set its own security cookies on its payment page.

## Contact us

If you have any questions, email supportercare@stbrigidshospice.org.uk or call 01225 430 880.
"""

EN_WELLBEING = """# Thrivework Cookie Policy

Thrivework Ltd provides an employee wellbeing platform: employers give their staff access to mental health content, wellbeing checks, coaching sessions and an employee assistance helpline. This policy covers cookies and similar technologies used on thrivework.com and in the Thrivework web app (app.thrivework.com).

Thrivework Ltd, 60 Spring Gardens, Manchester M2 2BQ. Contact: privacy@thrivework.com.

Effective date: 1 July 2026

## 1. Our principles

- Employers never see which pages or content you view, whether you took a wellbeing check or booked a session. They receive only aggregated reports covering at least 20 employees.
- The web app uses only the cookies needed to run it and, if you agree, cookies that help us improve it.
- We do not use cookies for advertising in the web app.

## 2. Cookies in the web app

| Name | Type | Purpose | Duration |
|---|---|---|---|
| tw_auth | Strictly necessary | Keeps you signed in | 12 hours |
| tw_sso_state | Strictly necessary | Protects single sign-on with your employer's identity provider | 10 minutes |
| tw_consent | Strictly necessary | Stores your cookie choices | 6 months |
| ph_* | Analytics (consent) | PostHog product analytics, hosted in the EU: which features are used | 12 months |

## 3. Cookies on thrivework.com (marketing website)

The public website is aimed at employers. With your consent, we use:

| Name | Provider | Purpose | Duration |
|---|---|---|---|
| _gcl_au | Google Ads | Measures the results of our advertising campaigns aimed at employers | 3 months |
| li_fat_id | LinkedIn | Measures conversions from our LinkedIn campaigns | 30 days |
| hubspotutk | HubSpot | Recognises returning visitors who fill in our demo request form | 6 months |

## 4. How to manage cookies

When you first visit, a banner lets you accept or reject non-essential cookies, with both buttons on the same screen. You can change your choice at any time via "Cookie settings" in the footer of the website and in **Account > Privacy** in the web app.

## 5. Changes

We will update this page when we change the cookies we use. If a change requires your consent, we will ask you again through the banner.
"""

EN_BASES: dict[str, tuple[str, str, str]] = {
    "telehealth": ("privacy", "Corvana Health", EN_TELEHEALTH),
    "fertility": ("privacy", "Halden Fertility Clinic", EN_FERTILITY),
    "therapy": ("privacy", "Openleaf", EN_THERAPY),
    "nutrition": ("privacy", "Plateful Coaching", EN_NUTRITION),
    "meditation": ("cookies", "Stillwater", EN_MEDITATION),
    "alarm": ("privacy", "Brightline Alarms", EN_ALARM),
    "aligners": ("privacy", "Clearbite Orthodontics", EN_ALIGNERS),
    "sleep": ("privacy", "Northfield Sleep Centre", EN_SLEEP),
    "glucose": ("privacy", "Levelo Medical", EN_GLUCOSE),
    "blood": ("privacy", "Crimson Trust Blood Service", EN_BLOOD),
    "portal": ("privacy", "MyAldric Patient Portal", EN_PORTAL),
    "running": ("privacy", "Stridewise", EN_RUNNING),
    "yoga": ("cookies", "Lotus Loft Studios", EN_YOGA),
    "pregnancy": ("privacy", "Bloomweeks", EN_PREGNANCY),
    "migraine": ("privacy", "Haloday", EN_MIGRAINE),
    "allergy": ("cookies", "Pollenwise", EN_ALLERGY),
    "smoking": ("privacy", "Ember Health", EN_SMOKING),
    "sexhealth": ("privacy", "Quayside Sexual Health", EN_SEXHEALTH),
    "hospice": ("cookies", "St Brigid's Hospice", EN_HOSPICE),
    "wellbeing": ("cookies", "Thrivework", EN_WELLBEING),
}

# ---------------------------------------------------------------------------------------------------------
# French bases

FR_TELECONSULT = """# Politique de confidentialité de Médiclic

Dernière mise à jour : 4 mars 2026

Médiclic est une application de téléconsultation qui vous permet de consulter un médecin généraliste ou spécialiste par vidéo, de recevoir une ordonnance électronique et de retrouver l'historique de vos consultations. La présente politique explique comment Médiclic SAS traite vos données personnelles, et en particulier vos données de santé, lorsque vous utilisez l'application, le site mediclic.fr et le service client.

## 1. Qui est responsable de vos données ?

Le responsable du traitement est **Médiclic SAS**, société par actions simplifiée au capital de 120 000 euros, immatriculée au RCS de Lyon sous le numéro 891 402 337, dont le siège est situé 27 quai Rambaud, 69002 Lyon.

Les médecins qui vous reçoivent en téléconsultation exercent en toute indépendance. Ils sont responsables du traitement des données qu'ils inscrivent dans votre dossier médical et sont soumis au secret médical. Médiclic leur fournit l'outil technique et agit pour ces données en qualité de sous-traitant.

Notre délégué à la protection des données (DPO) est joignable à l'adresse **dpo@mediclic.fr** ou par courrier à l'adresse du siège, à l'attention du DPO.

## 2. Quelles données collectons-nous ?

**Données d'identification et de contact** : nom, prénoms, date de naissance, sexe, adresse postale, adresse e-mail, numéro de téléphone.

**Données administratives de santé** : numéro de sécurité sociale (NIR), caisse d'affiliation, situation au regard de l'affection de longue durée, nom de votre médecin traitant.

**Données de santé** : motif de consultation, réponses au questionnaire préalable, symptômes, antécédents, traitements en cours, allergies, photos ou documents que vous transmettez au médecin, compte rendu de consultation, ordonnances, arrêts de travail et orientations vers un spécialiste.

**Données de connexion** : adresse IP, identifiant de l'appareil, version de l'application, journaux de connexion et d'accès au dossier.

**Données de paiement** : les paiements sont traités par notre prestataire de paiement ; Médiclic ne conserve que les quatre derniers chiffres de la carte et la date d'expiration.

Les consultations vidéo ne sont jamais enregistrées.

## 3. Pourquoi utilisons-nous vos données ?

| Finalité | Base légale |
|---|---|
| Création et gestion de votre compte | Exécution du contrat (art. 6.1.b RGPD) |
| Organisation et réalisation des téléconsultations, transmission des ordonnances | Exécution du contrat ; prise en charge sanitaire (art. 9.2.h RGPD) |
| Facturation et remboursement par l'Assurance maladie | Obligation légale (art. 6.1.c RGPD) |
| Sécurité du service, traçabilité des accès au dossier | Obligation légale ; intérêt légitime |
| Réponse à vos demandes au service client | Intérêt légitime |
| Mesure d'audience anonyme de l'application | Intérêt légitime |
| Envoi d'informations sur les nouveaux services de Médiclic | Consentement, retirable à tout moment |

Vos données de santé ne sont jamais utilisées à des fins commerciales ou publicitaires.

## 4. Qui peut accéder à vos données ?

Seules les personnes qui en ont besoin pour assurer votre prise en charge peuvent accéder à vos données :

- le médecin que vous consultez et, avec votre accord, votre médecin traitant ;
- le pharmacien auquel vous transmettez votre ordonnance ;
- l'Assurance maladie, pour la facturation et le remboursement de la consultation ;
- le personnel habilité du service client de Médiclic, qui n'a accès qu'à vos données administratives et jamais au contenu de vos consultations ;
- nos sous-traitants techniques, listés ci-dessous.

| Sous-traitant | Prestation | Localisation des données |
|---|---|---|
| [OVHcloud](https://www.ovhcloud.com/fr/personal-data-protection/) | Hébergement certifié HDS | France |
| [Jitsi as a Service (8x8)](https://www.8x8.com/fr/legal/privacy) | Vidéo des consultations | France |
| [Lemonway](https://www.lemonway.com/politique-de-confidentialite/) | Paiement | France |
| [Brevo](https://www.brevo.com/fr/legal/privacypolicy/) | E-mails et SMS transactionnels | France |
| [Axeptio](https://www.axeptio.eu/fr/politique-de-confidentialite) | Gestion du consentement | France |

Chaque sous-traitant est lié à Médiclic par un contrat conforme à l'article 28 du RGPD. Aucune de vos données n'est transférée en dehors de l'Union européenne.

## 5. Combien de temps conservons-nous vos données ?

- **Dossier médical** (comptes rendus, ordonnances, documents) : 20 ans à compter de la dernière consultation, conformément au Code de la santé publique.
- **Compte utilisateur** : jusqu'à sa suppression ; en l'absence de connexion pendant 3 ans, le compte est supprimé après un e-mail de rappel.
- **Données de facturation** : 10 ans, pour respecter nos obligations comptables.
- **Journaux de connexion** : 1 an.
- **Données de prospection** : 3 ans à compter du dernier contact de votre part.

## 6. Sécurité

Vos données de santé sont hébergées chez un hébergeur certifié pour les données de santé (HDS). Elles sont chiffrées lors de leur transmission et de leur stockage. L'accès au dossier médical est réservé aux médecins que vous consultez, après une authentification forte, et chaque accès est tracé.

## 7. Vos droits

Conformément au RGPD et à la loi Informatique et Libertés, vous disposez :

- d'un droit d'accès à vos données et d'en obtenir une copie ;
- d'un droit de rectification ;
- d'un droit d'effacement, sous réserve des obligations légales de conservation du dossier médical ;
- d'un droit à la limitation du traitement ;
- d'un droit d'opposition aux traitements fondés sur notre intérêt légitime ;
- d'un droit à la portabilité des données que vous nous avez fournies ;
- du droit de retirer votre consentement à tout moment ;
- du droit de définir des directives relatives au sort de vos données après votre décès.

Pour exercer vos droits, écrivez à **dpo@mediclic.fr** ou utilisez le menu **Mon compte > Mes données** de l'application. Nous vous répondons dans un délai d'un mois. Nous pouvons vous demander de confirmer votre identité si elle ne peut pas être vérifiée à partir de votre compte.

Vous pouvez également introduire une réclamation auprès de la CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, ou sur [www.cnil.fr](https://www.cnil.fr).

## 8. Mineurs

Un mineur de moins de 15 ans ne peut pas créer de compte. Ses parents ou son représentant légal peuvent l'ajouter à leur propre compte et l'accompagner lors de la téléconsultation.

## 9. Modification de la politique

En cas de modification importante, nous vous en informerons par e-mail et par une notification dans l'application au moins un mois avant son entrée en vigueur.
"""

FR_PSY = """# Politique de protection des données personnelles

**Parenthèse** - plateforme de consultation de psychologues en ligne

Parenthèse Santé SAS (14 rue de Strasbourg, 44000 Nantes, RCS Nantes 902 118 554) édite la plateforme parenthese-psy.fr, qui met en relation des patients majeurs avec des psychologues diplômés, inscrits au registre ADELI ou RPPS, pour des séances en visioconférence ou par téléphone.

En vigueur au 2 février 2026.

## Nos engagements

Ce que vous confiez à votre psychologue reste entre vous et lui. Les psychologues sont tenus au secret professionnel. Les équipes de Parenthèse n'ont jamais accès au contenu des séances ni aux notes de votre psychologue.

## Les données que nous traitons

Lors de votre inscription : civilité, nom, prénom, date de naissance, e-mail, téléphone et mot de passe.

Lors de la prise de rendez-vous : le motif général de votre demande (par exemple anxiété, deuil, difficultés de couple), que vous choisissez dans une liste, ainsi que vos préférences (psychologue femme ou homme, disponibilités, langue).

Pendant l'accompagnement : les dates et durées des séances, les messages échangés avec votre psychologue via la messagerie sécurisée et les notes que votre psychologue rédige. Les séances ne sont pas enregistrées.

Pour le paiement : les paiements sont effectués par carte bancaire via Stripe. Si votre mutuelle rembourse les séances, nous éditons des factures à votre nom.

## Pourquoi nous les utilisons

Nous utilisons ces données pour vous proposer des psychologues adaptés à votre demande, gérer vos rendez-vous, permettre la tenue des séances, facturer et répondre à vos questions. Ces traitements sont nécessaires à l'exécution du contrat qui nous lie. Les données relatives à votre santé psychique sont traitées avec votre consentement explicite, recueilli lors de l'inscription.

Nous vous envoyons des rappels de rendez-vous par SMS et par e-mail. Nous ne faisons aucune prospection commerciale sans votre accord.

## Qui y a accès

- Votre psychologue, pour l'ensemble de votre accompagnement.
- Le service client de Parenthèse, uniquement pour vos données d'identité, de rendez-vous et de facturation.
- Nos prestataires : Scalingo (hébergement certifié HDS, en France), Whereby (visioconférence, serveurs dans l'Union européenne), Stripe (paiement) et Brevo (envoi des e-mails et SMS).

Nous ne vendons ni ne louons vos données.

## Durées de conservation

Votre compte est conservé tant que vous l'utilisez, puis supprimé après 2 ans sans connexion. Les notes de votre psychologue relèvent de sa responsabilité et sont conservées selon les règles de sa profession. Les factures sont conservées 10 ans.

## Sécurité

Les données sont hébergées en France chez un hébergeur certifié HDS, chiffrées et accessibles uniquement aux personnes habilitées après authentification forte.

## Vos droits

Vous pouvez accéder à vos données, les rectifier, les effacer, en limiter le traitement, vous opposer à leur traitement, en demander la portabilité et retirer votre consentement. Vous pouvez aussi définir des directives sur le sort de vos données après votre décès.

Écrivez-nous à donnees@parenthese-psy.fr. Nous répondons sous un mois.

Si vous estimez que vos droits ne sont pas respectés, vous pouvez introduire une réclamation auprès de la CNIL (www.cnil.fr).
"""

FR_GROSSESSE = """# Politique de confidentialité - Neuf Lunes

Mise à jour le 15 janvier 2026

Neuf Lunes est une application de suivi de grossesse : calendrier semaine par semaine, rappels des examens prénataux, journal des symptômes, compteur de contractions, préparation de la valise de maternité et, après la naissance, carnet de bébé. Nous savons que les informations que vous y notez sont intimes. Cette politique vous explique, le plus simplement possible, ce que nous en faisons.

## 1. Responsable du traitement

L'application est éditée par **Neuf Lunes SAS**, 8 cours de l'Intendance, 33000 Bordeaux (RCS Bordeaux 913 650 281).

Pour toute question sur vos données : **vie-privee@neuflunes.fr**. Notre délégué à la protection des données peut être contacté à la même adresse ou par courrier, à l'attention du DPO.

## 2. Les données que vous nous confiez

### 2.1 Votre compte

Prénom, adresse e-mail, mot de passe et, si vous le souhaitez, une photo de profil.

### 2.2 Votre grossesse

- la date de début de grossesse ou la date prévue d'accouchement ;
- le nombre de bébés attendus ;
- vos éventuelles grossesses précédentes ;
- le nom de la maternité où vous prévoyez d'accoucher.

### 2.3 Votre journal de santé

- les symptômes que vous notez (nausées, fatigue, douleurs, saignements...) ;
- votre poids et votre tension, si vous les saisissez ;
- vos rendez-vous et les résultats d'examens que vous choisissez d'enregistrer ;
- le compteur de mouvements du bébé et le compteur de contractions ;
- votre humeur, notamment au moyen du questionnaire d'Edimbourg sur la dépression post-natale, que vous pouvez remplir après la naissance.

### 2.4 Le carnet de bébé

Après la naissance : prénom, date de naissance, poids et taille du bébé, tétées ou biberons, sommeil, couches et vaccinations.

### 2.5 Données techniques

Identifiant de l'appareil, modèle, système d'exploitation, version de l'application, langue, rapports de plantage et statistiques d'utilisation (écrans consultés, fonctionnalités utilisées).

Nous ne collectons pas votre géolocalisation.

## 3. Ce que nous en faisons

| Finalité | Données utilisées | Base légale |
|---|---|---|
| Afficher le contenu adapté à votre semaine de grossesse ou à l'âge de bébé | Grossesse, carnet de bébé | Consentement explicite (art. 9.2.a RGPD) |
| Tenir votre journal et vous présenter des courbes et des synthèses | Journal de santé | Consentement explicite |
| Vous envoyer les rappels d'examens que vous avez activés | Grossesse, rendez-vous | Consentement explicite |
| Partager votre journal avec le co-parent que vous invitez | Données que vous choisissez | Consentement explicite |
| Répondre à vos demandes d'assistance | Compte, échanges | Exécution du contrat |
| Améliorer l'application à partir de statistiques d'utilisation pseudonymisées | Données techniques | Intérêt légitime |
| Vous envoyer par e-mail des offres de nos partenaires (puériculture, photographes de naissance, banques de lait...) | Prénom, e-mail, semaine de grossesse | Consentement, que vous pouvez retirer à tout moment d'un simple clic |

Vous pouvez retirer votre consentement à tout moment dans **Profil > Confidentialité**. Le retrait du consentement au traitement de vos données de santé entraîne la suppression de votre journal.

## 4. Ce que nous ne faisons pas

Nous n'affichons pas de publicité dans l'application. Nous ne vendons pas vos données. Nous ne transmettons jamais vos données de santé à nos partenaires commerciaux : lorsque vous acceptez de recevoir leurs offres, c'est Neuf Lunes qui vous les envoie.

## 5. Qui peut accéder à vos données

- **Le co-parent**, si vous l'invitez, pour les rubriques que vous choisissez de partager.
- **Notre équipe**, uniquement pour l'assistance et dans la limite de ce qui est nécessaire.
- **Nos sous-traitants**, qui agissent sur nos instructions et sont tenus à la confidentialité :

| Sous-traitant | Rôle | Pays |
|---|---|---|
| [Scaleway](https://www.scaleway.com/fr/politique-de-confidentialite/) | Hébergement | France |
| [OneSignal](https://onesignal.com/privacy_policy) | Notifications | États-Unis |
| [Brevo](https://www.brevo.com/fr/legal/privacypolicy/) | E-mails | France |
| [Crisp](https://crisp.chat/fr/privacy/) | Messagerie d'assistance | France |

OneSignal est établi aux États-Unis. Il reçoit uniquement l'identifiant de notification de votre appareil et le texte des notifications, sans donnée de santé. Ce transfert est encadré par le Data Privacy Framework UE - États-Unis.

## 6. Durées de conservation

- Votre compte et votre journal sont conservés tant que vous utilisez l'application.
- Sans connexion pendant 2 ans, nous vous prévenons par e-mail puis supprimons votre compte un mois plus tard.
- En cas de suppression du compte, vos données sont effacées sous 30 jours, et de nos sauvegardes sous 60 jours supplémentaires.
- Les échanges avec l'assistance sont conservés 2 ans.

## 7. Fin de grossesse

Si votre grossesse s'arrête, vous pouvez l'indiquer dans **Profil > Ma grossesse**. Nous interrompons immédiatement les contenus et notifications liés à la grossesse, ainsi que les e-mails de nos partenaires. Vous pouvez conserver ou supprimer votre journal.

## 8. Vos droits

Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité, ainsi que du droit de retirer votre consentement et de définir des directives relatives au sort de vos données après votre décès.

Vous pouvez exporter votre journal au format PDF depuis **Profil > Mes données** et supprimer votre compte directement dans l'application. Pour toute autre demande, écrivez à **vie-privee@neuflunes.fr**. Nous vous répondons dans un délai d'un mois.

En cas de désaccord, vous pouvez saisir la CNIL ([www.cnil.fr](https://www.cnil.fr)).

## 9. Âge minimum

L'application est réservée aux personnes âgées de 15 ans ou plus. Entre 15 et 18 ans, nous vous encourageons à en parler avec un adulte de confiance ou un professionnel de santé.

## 10. Sécurité

Vos données sont chiffrées en transit et au repos et hébergées en France. Vous pouvez protéger l'ouverture de l'application par un code ou par la reconnaissance faciale de votre téléphone, ce que nous vous recommandons si d'autres personnes utilisent votre appareil. Les contenus médicaux de l'application sont rédigés et relus par des sages-femmes et des médecins, mais ils ne remplacent pas le suivi par un professionnel de santé. L'accès à nos systèmes est limité aux personnes habilitées et protégé par une authentification à deux facteurs.

## 11. Évolution de cette politique

Toute modification importante vous sera annoncée par e-mail et dans l'application au moins un mois avant son entrée en vigueur.
"""

FR_MEDITATION = """# Politique cookies

**Respire** - respire-meditation.fr

Dernière mise à jour : 10 février 2026

Respire Studio SAS, 41 rue de la Roquette, 75011 Paris, édite le site respire-meditation.fr et la version web de l'application de méditation Respire. Cette page vous explique quels cookies et autres traceurs sont déposés sur votre appareil lorsque vous consultez le site, et comment les accepter ou les refuser.

## Qu'est-ce qu'un cookie ?

Un cookie est un petit fichier texte déposé sur votre terminal (ordinateur, tablette, smartphone) lors de la consultation d'un site. Il permet au site de reconnaître votre terminal pendant la durée de validité du cookie. Nous utilisons aussi le stockage local du navigateur, qui fonctionne de la même façon.

## Les cookies que nous utilisons

### Cookies strictement nécessaires

Ils sont indispensables au fonctionnement du site et ne nécessitent pas votre consentement.

| Nom | Émetteur | Finalité | Durée |
|---|---|---|---|
| respire_session | respire-meditation.fr | Maintenir votre connexion à votre espace | Session |
| respire_consent | respire-meditation.fr | Enregistrer vos choix en matière de cookies | 6 mois |
| __stripe_mid | Stripe | Sécuriser le paiement de l'abonnement | 1 an |

### Cookies de préférences

Ils mémorisent vos réglages, comme la voix du guide ou la durée de vos séances. Ils sont déposés uniquement si vous les acceptez.

| Nom | Émetteur | Finalité | Durée |
|---|---|---|---|
| respire_voix | respire-meditation.fr | Mémoriser la voix choisie | 12 mois |
| respire_minuteur | respire-meditation.fr | Mémoriser la durée de vos séances | 12 mois |

### Cookies de mesure d'audience

Avec votre accord, nous utilisons Matomo, hébergé sur nos propres serveurs en France, pour compter les visites et savoir quelles méditations sont les plus écoutées.

| Nom | Émetteur | Finalité | Durée |
|---|---|---|---|
| _pk_id | respire-meditation.fr (Matomo) | Distinguer les visiteurs | 13 mois |
| _pk_ses | respire-meditation.fr (Matomo) | Regrouper les pages vues au cours d'une visite | 30 minutes |

## Vos choix

Lors de votre première visite, un bandeau vous permet d'accepter ou de refuser les cookies non nécessaires, ou de choisir finalité par finalité. Votre choix est conservé 6 mois. Vous pouvez le modifier à tout moment grâce au lien **Gérer mes cookies** présent en bas de chaque page.

Vous pouvez aussi configurer votre navigateur pour bloquer les cookies ; certaines fonctionnalités du site risquent alors de ne plus fonctionner.

## Contact

Pour toute question : confidentialite@respire-meditation.fr.
"""

FR_DIETETIQUE = """# Politique de confidentialité

**Assiette Juste** - coaching nutritionnel en ligne

Assiette Juste est un service de coaching nutritionnel proposé par Assiette Juste SARL, 5 place du Martroi, 45000 Orléans. Nos diététiciennes-nutritionnistes diplômées vous accompagnent à distance, par visioconférence et par messagerie, à l'aide d'une application de suivi.

Version du 20 mars 2026

## Quelles données ?

Pour vous accompagner, nous recueillons :

- votre identité et vos coordonnées : nom, prénom, date de naissance, e-mail, téléphone ;
- votre bilan de départ : taille, poids, tour de taille, niveau d'activité physique, habitudes alimentaires, objectifs ;
- les informations de santé utiles à votre suivi que vous choisissez de nous indiquer : pathologies (diabète, hypertension, troubles digestifs...), traitements, allergies et intolérances, éventuels antécédents de troubles du comportement alimentaire ;
- votre journal alimentaire et les photos de repas que vous y ajoutez ;
- vos messages avec votre diététicienne et les comptes rendus de vos rendez-vous.

## Pour quoi faire ?

Ces données servent uniquement à votre accompagnement : établir votre bilan, construire votre programme, suivre votre progression et échanger avec votre diététicienne. Elles nous servent aussi à gérer votre abonnement et la facturation.

Les données relatives à votre santé sont traitées avec votre consentement explicite, que vous nous donnez lors de votre bilan de départ. Les autres données sont traitées pour l'exécution de votre contrat de coaching.

Si vous l'avez accepté, nous vous adressons une lettre d'information mensuelle avec des recettes et des conseils. Vous pouvez vous désinscrire à tout moment.

## Qui y a accès ?

Votre diététicienne et, en cas d'absence, la diététicienne qui la remplace. Nos prestataires techniques : l'hébergeur Clever Cloud (France), la solution de visioconférence Whereby et la plateforme d'envoi d'e-mails Mailchimp. Vos données ne sont jamais vendues ni cédées.

## Combien de temps ?

Vos données sont conservées pendant toute la durée de votre abonnement. À la fin de votre abonnement, elles sont conservées 2 ans pour vous permettre de reprendre votre suivi, puis supprimées. Les factures sont conservées 10 ans.

## Vos droits

Vous pouvez accéder à vos données, les faire rectifier ou effacer, vous opposer à leur traitement ou en demander la limitation, retirer votre consentement et récupérer vos données dans un format lisible. Pour cela, écrivez à rgpd@assiette-juste.fr. Vous pouvez aussi saisir la CNIL.
"""

FR_SOMMEIL = """# Notice d'information sur le traitement de vos données

**Centre d'exploration du sommeil - Clinique Saint-Exupère**

La Clinique Saint-Exupère, 6 allée des Aviateurs, 31400 Toulouse, accueille dans son centre d'exploration du sommeil les patients adressés par leur médecin pour le diagnostic et le suivi des troubles du sommeil : apnées du sommeil, insomnie, hypersomnie, narcolepsie, syndrome des jambes sans repos.

La clinique est responsable du traitement des données de ses patients. Ses médecins et ses techniciens du sommeil sont soumis au secret professionnel.

## Données recueillies

Lors de votre prise en charge, nous recueillons :

- votre identité, vos coordonnées, votre numéro de sécurité sociale et les informations relatives à votre mutuelle ;
- le courrier de votre médecin, vos antécédents, vos traitements et vos réponses aux questionnaires (échelle d'Epworth, agenda du sommeil) ;
- les enregistrements réalisés pendant votre examen : polygraphie ou polysomnographie (respiration, oxygène, activité cérébrale, rythme cardiaque, mouvements), et, pour les examens réalisés à la clinique, un enregistrement vidéo infrarouge de votre nuit ;
- si un appareil de pression positive continue vous est prescrit, les données d'observance transmises par votre prestataire de santé à domicile.

## Finalités

Ces données sont utilisées pour établir votre diagnostic, vous proposer un traitement, assurer votre suivi, rédiger les comptes rendus destinés à votre médecin traitant et au médecin qui vous a adressé, facturer l'Assurance maladie et votre complémentaire, et évaluer la qualité des soins. Le traitement est fondé sur la prise en charge sanitaire et sur nos obligations légales.

## Destinataires

Vos données sont accessibles aux seuls professionnels qui participent à votre prise en charge. Le compte rendu est envoyé à votre médecin traitant et au médecin prescripteur par messagerie sécurisée de santé. Votre prestataire de santé à domicile reçoit la prescription de votre appareil. Nos logiciels sont hébergés par un hébergeur certifié HDS en France.

## Conservation

Votre dossier médical est conservé 20 ans à compter de votre dernier passage, comme le prévoit le Code de la santé publique. Les vidéos des nuits d'examen sont supprimées 6 mois après l'examen.

## Vos droits

Vous pouvez accéder à votre dossier médical, demander la rectification de données inexactes et vous opposer, pour des raisons tenant à votre situation particulière, à certains traitements. Pour obtenir une copie de votre dossier ou exercer vos droits, adressez un courrier au directeur de la clinique, accompagné d'une copie de votre pièce d'identité.

Le délégué à la protection des données de la clinique est joignable à dpo@clinique-saint-exupere.fr. Vous pouvez adresser une réclamation à la CNIL.
"""

FR_PORTAIL = """# Mon espace patient - Politique de confidentialité

**Centre hospitalier de Valmont**

Dernière révision : février 2026

Le portail « Mon espace patient » du Centre hospitalier de Valmont vous permet de préparer votre admission en ligne, de consulter vos rendez-vous, de payer vos factures, de télécharger vos comptes rendus d'hospitalisation et vos résultats d'analyses, et d'échanger avec certains services de soins par messagerie. La présente politique complète la notice d'information générale remise à tous les patients de l'hôpital.

## Responsable du traitement

Le Centre hospitalier de Valmont, établissement public de santé, 2 avenue Pasteur, 26000 Valmont, représenté par sa directrice, est responsable du traitement des données traitées par le portail.

Délégué à la protection des données : dpo@ch-valmont.fr - 04 75 82 30 00.

## Données traitées

### Données nécessaires à la création de votre espace

- Nom de naissance, nom d'usage, prénoms, date et lieu de naissance, sexe.
- Identifiant national de santé (INS).
- Adresse e-mail et numéro de téléphone portable, utilisés pour la connexion par code à usage unique.

### Données issues de votre dossier hospitalier

- Rendez-vous de consultation et d'examen, passés et à venir.
- Comptes rendus d'hospitalisation et de consultation, lettres de liaison.
- Résultats d'analyses biologiques et comptes rendus d'imagerie, mis à disposition après validation par le médecin.
- Factures et avis des sommes à payer.

### Données que vous saisissez

- Formulaire de préadmission : personne de confiance, personne à prévenir, couverture sociale et complémentaire, pièces justificatives.
- Questionnaires préopératoires ou de consultation.
- Messages échangés avec les services de soins.

### Données techniques

- Date et heure des connexions, adresse IP, navigateur, actions réalisées sur le portail (traces de sécurité).

## Finalités et bases légales

Le portail a pour finalités :

- de vous donner accès à vos informations de santé et faciliter votre parcours à l'hôpital ;
- de permettre la préadmission et le paiement en ligne ;
- de permettre les échanges avec vos équipes de soins ;
- d'assurer la sécurité du portail et la traçabilité des accès.

Ces traitements sont nécessaires à l'exécution de la mission d'intérêt public de l'hôpital (article 6.1.e du RGPD) et à la prise en charge sanitaire (article 9.2.h du RGPD).

## Destinataires

| Destinataire | Données concernées | Motif |
|---|---|---|
| Professionnels de santé de l'hôpital participant à votre prise en charge | Dossier, messages, questionnaires | Soins |
| Bureau des entrées et service des admissions | Identité, préadmission, couverture sociale | Gestion administrative |
| Trésor public (trésorerie hospitalière) | Identité, factures | Recouvrement |
| [Maincare Solutions](https://www.maincare.com/politique-de-confidentialite) | Ensemble des données du portail | Éditeur et hébergeur certifié HDS du portail, en France |
| [Payfip (DGFiP)](https://www.payfip.gouv.fr) | Référence de la facture, montant | Paiement en ligne |

Aucune donnée n'est transférée en dehors de l'Union européenne. Vos données ne sont jamais utilisées à des fins commerciales.

## Messagerie avec les services de soins

La messagerie est réservée aux questions non urgentes sur votre prise en charge : préparation d'un examen, envoi d'un document, report d'un rendez-vous. Les messages sont lus par le secrétariat médical et par les soignants du service concerné, en principe sous deux jours ouvrés. En cas d'urgence, appelez le 15. Les services qui proposent la messagerie sont indiqués dans votre espace.

## Accès par un proche

Vous pouvez autoriser un proche à accéder à votre espace (par exemple votre personne de confiance). Les titulaires de l'autorité parentale accèdent à l'espace de leur enfant mineur. Un mineur peut demander au médecin que certaines informations ne soient pas communiquées à ses parents, dans les cas prévus par le Code de la santé publique.

## Durées de conservation

| Données | Durée |
|---|---|
| Compte du portail | Jusqu'à sa clôture, ou 3 ans après la dernière connexion |
| Documents médicaux et messages | Versés au dossier médical, conservé 20 ans après le dernier séjour ou la dernière consultation |
| Traces de connexion | 1 an |
| Pièces justificatives de préadmission | 6 mois après le séjour |

## Identité nationale de santé

Pour éviter toute erreur d'identité, votre espace est rattaché à votre identité nationale de santé (INS), vérifiée lors de votre premier passage à l'hôpital à partir d'une pièce d'identité. Les documents déposés dans votre espace portent votre INS, ce qui permet aussi de les partager de façon fiable avec votre Mon espace santé national, si vous ne vous y êtes pas opposé.

## Notifications

Lorsqu'un nouveau document est disponible dans votre espace, vous recevez un SMS ou un e-mail, selon votre choix. Ces messages ne contiennent jamais d'information médicale : ils vous invitent seulement à vous connecter. Vous pouvez désactiver ces notifications dans les paramètres de votre espace.

## Cookies

Le portail utilise uniquement des cookies nécessaires à son fonctionnement et à sa sécurité (maintien de la session, protection contre les attaques). Ils ne nécessitent pas votre consentement et aucun cookie de mesure d'audience ou publicitaire n'est déposé.

## Sécurité

Le portail est hébergé par un hébergeur certifié HDS. La connexion nécessite un code à usage unique envoyé par SMS ou par e-mail. Les échanges sont chiffrés et chaque accès à un document est tracé.

## Vos droits

Vous disposez d'un droit d'accès, de rectification, de limitation et, dans certains cas, d'opposition. Le droit à l'effacement ne s'applique pas au dossier médical, que l'hôpital est tenu de conserver.

L'accès à votre dossier médical est gratuit lorsqu'il s'effectue par consultation sur place ou via le portail. Vous pouvez demander une copie de votre dossier par le formulaire du portail, par e-mail à dpo@ch-valmont.fr ou par courrier adressé à la direction. Nous vous répondons dans un délai d'un mois, conformément au RGPD, et dans les délais prévus par le Code de la santé publique pour la communication du dossier médical.

Vous pouvez introduire une réclamation auprès de la CNIL, 3 place de Fontenoy, 75007 Paris.

## Mise à jour

Cette politique peut être modifiée. Les modifications importantes vous seront signalées lors de votre connexion au portail.
"""

FR_DIABETE = """# Politique de confidentialité de l'application Glycéo

Date d'effet : 1er avril 2026

Glycéo est une application pour les personnes vivant avec un diabète. Elle récupère les mesures de votre capteur de glucose en continu ou de votre lecteur de glycémie, vous aide à noter vos doses d'insuline, vos repas et votre activité, et vous permet de partager vos données avec votre équipe soignante. L'application est éditée par Glycéo SAS, 12 rue Félix Esclangon, 38000 Grenoble, responsable du traitement.

## 1. Données collectées

- **Compte** : nom, prénom, adresse e-mail, date de naissance, type de diabète, unité de mesure préférée.
- **Données de santé** : glycémies et mesures du capteur, doses d'insuline, glucides, activité physique, HbA1c, objectifs glycémiques et seuils d'alerte, notes libres.
- **Données de l'appareil** : modèle et numéro de série du capteur ou du lecteur, modèle du téléphone, version de l'application, journaux de connexion Bluetooth et rapports d'erreur.
- **Assistance** : échanges avec notre équipe support via la messagerie intégrée.

Nous ne collectons ni votre position, ni vos contacts, ni vos photos.

## 2. Utilisation des données

Vos données servent à afficher vos mesures, vos courbes et vos statistiques (temps dans la cible, moyenne, variabilité), à déclencher les alertes que vous avez réglées, à générer les rapports que vous transmettez à votre médecin et à vous apporter une assistance technique.

Si vous associez votre compte à celui de votre centre de diabétologie, l'équipe soignante de ce centre peut consulter vos données depuis son portail professionnel. Vous pouvez rompre cette association à tout moment.

En tant que fabricant d'un dispositif médical, nous utilisons également les données techniques et les signalements d'incidents pour remplir nos obligations de matériovigilance.

## 3. Bases légales

Le traitement de vos données de santé repose sur votre consentement explicite, recueilli à la création du compte. Le partage avec votre centre de diabétologie repose sur un consentement distinct. Les traitements liés à la matériovigilance reposent sur nos obligations légales. L'amélioration de l'application à partir de statistiques pseudonymisées repose sur notre intérêt légitime.

## 4. Destinataires

Vos données sont destinées à Glycéo et, si vous l'avez choisi, à votre centre de diabétologie. Nous faisons appel aux sous-traitants suivants :

- Outscale (Dassault Systèmes), hébergement certifié HDS, en France ;
- Intercom, pour la messagerie d'assistance intégrée à l'application ;
- Sendinblue (Brevo), pour les e-mails de service ;
- Sentry, pour les rapports d'erreur, sans donnée de santé.

Vos données de santé sont hébergées exclusivement en France. Intercom et Sentry sont des sociétés américaines ; elles traitent nos données dans leurs centres de données situés dans l'Union européenne.

Nous ne vendons pas vos données et n'affichons aucune publicité.

## 5. Conservation

Vos données de santé sont conservées tant que votre compte est actif et supprimées 3 ans après votre dernière connexion. Les données de matériovigilance sont conservées pendant la durée imposée par le règlement européen sur les dispositifs médicaux. Les conversations avec le support sont supprimées après 2 ans.

## 6. Vos droits

Vous pouvez à tout moment accéder à vos données, les rectifier, les exporter au format CSV depuis l'application, les supprimer, limiter leur traitement, vous opposer aux traitements fondés sur notre intérêt légitime et retirer votre consentement. Vous pouvez également définir des directives sur le sort de vos données après votre décès.

Contact : dpo@glyceo.fr ou Glycéo SAS, DPO, 12 rue Félix Esclangon, 38000 Grenoble. Réponse sous un mois. Réclamation possible auprès de la CNIL.

## 7. Mineurs

Pour les enfants de moins de 15 ans, le compte est créé et géré par un titulaire de l'autorité parentale.
"""

FR_ALIGNEURS = """# Politique relative aux cookies

Sourire Droit SAS - sourire-droit.fr

Mise à jour : 8 avril 2026

Sourire Droit propose des gouttières d'alignement dentaire transparentes, prescrites et suivies par des chirurgiens-dentistes et des orthodontistes partenaires. La présente politique décrit les cookies utilisés sur notre site, notamment lors de la réservation d'un rendez-vous de scan 3D en cabinet et du diagnostic de sourire en ligne.

## Pourquoi des cookies ?

Certains cookies sont indispensables : ils permettent de réserver un rendez-vous, de conserver votre progression dans le diagnostic en ligne et de sécuriser votre paiement. D'autres, soumis à votre consentement, nous permettent de mesurer la fréquentation du site et l'efficacité de nos campagnes.

## Liste des cookies

**Cookies indispensables (exemptés de consentement)**

| Cookie | Émetteur | Rôle | Durée de vie |
|---|---|---|---|
| sd_session | sourire-droit.fr | Session de navigation et de réservation | Session |
| sd_diag | sourire-droit.fr | Conserve vos réponses au diagnostic en ligne jusqu'à son envoi | 7 jours |
| sd_cmp | sourire-droit.fr | Mémorise vos choix de cookies | 6 mois |

**Cookies de mesure d'audience (soumis à consentement)**

| Cookie | Émetteur | Rôle | Durée de vie |
|---|---|---|---|
| _ga | Google Analytics | Identifier les visiteurs de façon statistique | 13 mois |
| _ga_SD9 | Google Analytics | Suivre la session | 13 mois |

**Cookies publicitaires (soumis à consentement)**

| Cookie | Émetteur | Rôle | Durée de vie |
|---|---|---|---|
| _fbp | Meta | Mesurer les visites issues de nos publicités Facebook et Instagram | 3 mois |
| _gcl_au | Google Ads | Mesurer les conversions de nos campagnes Google | 3 mois |
| _sd_attrib | sourire-droit.fr | Attribuer votre prise de rendez-vous à la campagne dont vous provenez | 30 jours |

Les réponses au diagnostic de sourire et les photos que vous envoyez ne sont jamais transmises aux réseaux publicitaires.

## Vos choix

Vous pouvez accepter, refuser ou paramétrer les cookies soumis à consentement dès votre arrivée sur le site, grâce au bandeau qui propose les boutons « Tout accepter » et « Tout refuser ». Vous pouvez revenir sur votre choix à tout moment via le lien « Paramétrer les cookies » en pied de page. Votre choix est conservé 6 mois.

## Nous contacter

dpo@sourire-droit.fr
"""

FR_YOGA = """# Cookies & traceurs

**Studio Prana** - 18 rue Sainte-Catherine, 69001 Lyon - studio-prana.fr

Dernière mise à jour : 3 mars 2026

Le Studio Prana propose des cours de yoga, de yoga prénatal et de méditation. Notre site vous permet de consulter le planning, de réserver vos cours et d'acheter des cartes de 10 séances. Voici les cookies que nous utilisons.

## Ce que nous déposons sans vous demander

Les cookies suivants sont strictement nécessaires à la réservation et au paiement :

| Nom | Fournisseur | À quoi il sert | Durée |
|---|---|---|---|
| prana_sid | studio-prana.fr | Garder votre session ouverte pendant la réservation | Session |
| prana_cookies | studio-prana.fr | Retenir vos choix sur les cookies | 6 mois |
| bsport_session | Bsport | Gérer la réservation de votre cours sur le planning | Session |

## Ce que nous déposons seulement avec votre accord

| Nom | Fournisseur | À quoi il sert | Durée |
|---|---|---|---|
| _pk_id | Matomo Cloud (InnoCraft) | Compter les visites & les pages vues | 13 mois |
| _pk_ses | Matomo Cloud (InnoCraft) | Regrouper les pages vues d'une même visite | 30 min |
| ytsession | Vimeo | Lire les vidéos de cours en ligne intégrées à la page « Cours en replay » | Session |

Nous ne déposons jamais de cookies publicitaires et nous n'utilisons pas les réseaux sociaux pour vous suivre d'un site à l'autre.

Bsport, notre logiciel de réservation, agit pour notre compte : il n'utilise pas vos données de navigation à ses propres fins. Matomo Cloud est hébergé en France et les adresses IP y sont anonymisées.

## Changer d'avis

Vous pouvez modifier vos choix à tout moment en cliquant sur « Cookies » en bas de chaque page. Refuser les cookies de mesure d'audience ne vous empêche pas de réserver.

## Contact

Une question ? Écrivez à bonjour@studio-prana.fr.
"""

FR_TELEASSISTANCE = """# Politique de confidentialité - Veille Seniors

Veille Seniors SAS, 22 boulevard de la Liberté, 59000 Lille, propose un service de téléassistance aux personnes âgées, isolées ou en situation de handicap : un médaillon ou un bracelet d'appel, un transmetteur installé au domicile, un détecteur de chute en option et une centrale d'écoute joignable 24 heures sur 24 et 7 jours sur 7.

Version du 5 mai 2026

## Personnes concernées

Cette politique concerne les abonnés, leurs proches désignés comme intervenants (« le réseau de solidarité »), et les personnes qui souscrivent le service pour le compte d'un parent.

## Données traitées

**Pour l'abonné** : état civil, adresse, numéros de téléphone, informations d'accès au logement (code d'accès, emplacement de la boîte à clés), médecin traitant, informations médicales utiles en cas d'intervention (pathologies, traitements, allergies, appareillages), degré d'autonomie, et éventuelles aides à domicile.

**Pour les intervenants** : nom, lien avec l'abonné, téléphones, disponibilités.

**Pour chaque appel** : date et heure, motif, enregistrement de la conversation avec le téléopérateur, suites données (appel d'un intervenant, envoi des secours), et, en cas de détection de chute, l'alerte générée par le détecteur.

## Finalités

Nous traitons ces données pour :

- répondre à vos appels et organiser l'intervention adaptée ;
- tester chaque mois le bon fonctionnement de votre matériel ;
- réaliser des appels de convivialité, si vous les avez demandés ;
- gérer votre abonnement et la facturation, y compris les aides du département (APA) ;
- former nos téléopérateurs et contrôler la qualité de nos réponses.

Le traitement repose sur l'exécution du contrat, sur la sauvegarde de vos intérêts vitaux lorsque vous n'êtes pas en mesure de répondre, et, pour les données de santé, sur la prise en charge sanitaire et sociale.

## Destinataires

- Les membres de votre réseau de solidarité, lorsqu'une intervention est nécessaire.
- Les services de secours (SAMU, pompiers) en cas d'urgence.
- Nos techniciens installateurs.
- Le conseil départemental, lorsque l'abonnement est financé par l'APA, pour les seules informations nécessaires au versement de l'aide.
- Notre prestataire de plateforme d'écoute, qui héberge les données en France.

Nous ne communiquons jamais vos données à des fins commerciales.

## Conservation

Votre dossier est conservé pendant toute la durée de l'abonnement, puis 2 ans après la résiliation. Les enregistrements des conversations sont conservés 6 mois.

## Vos droits

Vous, ou votre représentant légal, pouvez accéder à vos données, les rectifier, les faire effacer après la fin du contrat, vous opposer à certains traitements ou en limiter l'usage. Contactez-nous au 03 20 00 45 45 ou à donnees-personnelles@veille-seniors.fr. Nous répondons dans un délai d'un mois. Vous pouvez saisir la CNIL en cas de difficulté.
"""

FR_ALLERGIES = """# Politique de confidentialité de Pollinéa

Pollinéa est une application gratuite qui informe les personnes allergiques du risque pollinique près de chez elles et leur permet de tenir un carnet de symptômes. Elle est éditée par l'association Pollinéa, association loi 1901, 9 rue du Jardin des Plantes, 34000 Montpellier.

Dernière mise à jour : 25 février 2026

## Les données que nous collectons

- **Votre commune**, que vous indiquez pour recevoir les prévisions de votre secteur, ou votre position approximative si vous activez la localisation.
- **Votre profil allergique** : pollens auxquels vous êtes sensible, si vous le savez, et traitement habituel.
- **Votre carnet de symptômes** : intensité des symptômes du nez, des yeux et des bronches, et prise de médicaments, jour par jour.
- **Votre adresse e-mail**, si vous créez un compte pour sauvegarder votre carnet.
- **Données techniques** : type d'appareil, version de l'application, jeton de notification.

## Pourquoi

Nous utilisons ces données pour vous envoyer les alertes pollen de votre secteur, tenir votre carnet, vous montrer l'évolution de vos symptômes au fil de la saison et produire un résumé à montrer à votre allergologue.

Les symptômes déclarés par l'ensemble des utilisateurs, agrégés par commune et sans aucune donnée d'identification, permettent aussi à notre réseau de mieux prévoir le risque allergique. Ce traitement repose sur notre intérêt légitime.

Le traitement des données de santé (profil allergique, symptômes, traitements) repose sur votre consentement explicite, recueilli à l'ouverture du carnet.

## Partage

Vos données ne sont partagées avec personne. Seules les statistiques agrégées et anonymes sont publiées sur notre carte. L'application est hébergée par Infomaniak, en Suisse, pays reconnu par la Commission européenne comme offrant un niveau de protection adéquat.

## Conservation

Le carnet de symptômes est conservé tant que vous ne le supprimez pas. Les comptes inactifs depuis 3 ans sont supprimés.

## Vos droits

Vous pouvez accéder à vos données, les rectifier, les supprimer ou vous opposer à leur traitement. Écrivez à notre référent protection des données : donnees@pollinea.org. Vous pouvez aussi vous adresser à la CNIL.
"""

FR_MIGRAINE = """# Confidentialité

**Carnet Migraine**, application éditée par Céphalée Lab SAS, 3 rue des Arts, 31000 Toulouse.

Mise à jour : 12 janvier 2026

Carnet Migraine vous aide à noter vos crises de migraine et de céphalée, vos traitements et vos facteurs déclenchants, pour mieux comprendre vos crises et en parler avec votre médecin.

## Vos données restent sur votre téléphone

Par défaut, votre carnet est enregistré uniquement sur votre téléphone. Vous pouvez activer la sauvegarde chiffrée dans votre espace iCloud ou Google Drive ; nous n'avons pas accès à cette sauvegarde.

Si vous créez un compte pour utiliser le carnet sur plusieurs appareils, votre carnet est synchronisé de façon chiffrée sur nos serveurs, hébergés en France par un hébergeur certifié HDS.

## Ce que contient votre carnet

Début et fin des crises, intensité de la douleur, localisation, symptômes associés (aura, nausées, sensibilité à la lumière ou au bruit), médicaments pris et leur efficacité, facteurs déclenchants possibles (sommeil, alimentation, stress, cycle menstruel, météo), et vos notes.

## Utilisation

Nous utilisons votre carnet, avec votre consentement explicite, pour vous présenter vos statistiques (nombre de jours de migraine par mois, consommation de médicaments) et produire le bilan à présenter à votre médecin. Si vous avez créé un compte, nous utilisons votre adresse e-mail pour vous envoyer les messages liés au service.

Nous mesurons l'utilisation de l'application (écrans consultés, plantages) de façon anonyme avec l'outil Matomo, hébergé en France.

## Partage

Nous ne partageons votre carnet avec personne. C'est vous qui décidez d'envoyer votre bilan à votre médecin.

## Conservation

Les comptes sans connexion depuis 2 ans sont supprimés après un e-mail d'avertissement.

## Vos droits

Vous pouvez accéder à vos données, les rectifier, les supprimer et retirer votre consentement en supprimant votre carnet. Pour toute demande : contact@carnet-migraine.fr. Vous pouvez également introduire une réclamation auprès de la CNIL.
"""

FR_PMA = """# Protection de vos données personnelles

**Centre d'assistance médicale à la procréation - Clinique des Tilleuls**

La Clinique des Tilleuls, 40 rue des Tilleuls, 67000 Strasbourg, dispose d'un centre d'assistance médicale à la procréation (AMP) autorisé par l'agence régionale de santé. Il accueille les couples et les femmes non mariées pour un bilan d'infertilité, des inséminations, des fécondations in vitro, la conservation des gamètes et des embryons, et l'accueil des dons d'ovocytes et de spermatozoïdes.

Date de mise à jour : 18 février 2026

## Responsable du traitement

La Clinique des Tilleuls SAS est responsable du traitement des données de ses patients et des donneurs. Vous pouvez contacter notre délégué à la protection des données à dpo@clinique-tilleuls.fr.

## Données traitées

Pour vous prendre en charge, nous traitons :

- votre identité et celle de votre conjoint ou conjointe, vos coordonnées, votre situation familiale et votre couverture sociale ;
- vos antécédents médicaux, gynécologiques et obstétricaux, les résultats de vos examens (bilans hormonaux, échographies, spermogrammes, sérologies), le déroulement de chaque tentative et son issue ;
- les consentements écrits exigés par le Code de la santé publique ;
- pour les donneurs : les données médicales nécessaires à la sélection, ainsi que les données non identifiantes et l'identité que la loi impose de transmettre à l'Agence de la biomédecine pour l'accès des personnes nées du don à leurs origines.

## Finalités

Vos données sont utilisées pour votre prise en charge médicale et biologique, la conservation de vos gamètes et embryons, la facturation à l'Assurance maladie, et le respect de nos obligations réglementaires. Le traitement repose sur la prise en charge sanitaire et sur nos obligations légales.

## Destinataires

- L'équipe médicale, biologique et psychologique du centre.
- L'Agence de la biomédecine, qui tient le registre national des tentatives d'AMP et des dons.
- Votre gynécologue et votre médecin traitant, avec votre accord.
- Les laboratoires de biologie médicale qui réalisent certaines analyses.
- Notre éditeur de logiciel médical, qui héberge les données en France chez un hébergeur certifié HDS.

## Conservation

- Dossier médical : 20 ans après la dernière prise en charge.
- Dossiers des donneurs : 40 ans, conformément à la réglementation.
- Demandes de premier rendez-vous non suivies d'une prise en charge : 3 ans après la demande.

## Vos droits

Vous pouvez accéder à votre dossier, en demander la rectification et, dans certains cas, vous opposer à un traitement ou en demander la limitation. Certaines données ne peuvent pas être effacées du fait de nos obligations légales. Écrivez au DPO à dpo@clinique-tilleuls.fr ou par courrier à l'adresse de la clinique. Nous répondons dans un délai d'un mois. Vous pouvez saisir la CNIL.
"""

FR_TABAC = """# Gestion des cookies

**Souffle Libre** - souffle-libre.fr

Souffle Libre SAS (7 rue de la République, 13002 Marseille) édite l'application d'aide à l'arrêt du tabac Souffle Libre et son site internet. Cette page décrit les cookies déposés sur le site souffle-libre.fr.

Dernière mise à jour : 14 avril 2026

## Les catégories de cookies

**Cookies nécessaires.** Ils permettent d'afficher correctement le site, de sécuriser votre connexion à votre espace et de mémoriser vos choix en matière de cookies. Ils ne peuvent pas être désactivés.

- `sl_session` (souffle-libre.fr) : session de connexion - expire à la fermeture du navigateur.
- `sl_choix` (souffle-libre.fr) : mémorisation de vos choix - 6 mois.

**Cookies de mesure d'audience.** Ils nous permettent de connaître le nombre de visiteurs, les pages consultées et les contenus qui aident le plus les personnes qui veulent arrêter de fumer. Ils ne sont déposés qu'avec votre accord.

- `_pk_id` (Matomo) : identifiant de visiteur - 13 mois.
- `_pk_ses` (Matomo) : identifiant de visite - 30 minutes.

**Cookies de service tiers.** Notre assistant de discussion en ligne, fourni par Crisp, dépose un cookie pour conserver la conversation si vous l'ouvrez.

- `crisp-client/session` (Crisp) : conservation de la conversation - 6 mois.

## Accepter ou refuser

Au premier affichage du site, un bandeau vous propose d'accepter ou de refuser les cookies soumis à consentement, avec deux boutons de même taille. Vous pouvez à tout moment retirer votre consentement ou modifier vos choix en cliquant sur le lien « Mes cookies » situé en bas de chaque page. Le retrait est aussi simple que l'acceptation et prend effet immédiatement.

Vous pouvez aussi supprimer les cookies dans les réglages de votre navigateur.

## Et dans l'application ?

L'application Souffle Libre n'utilise pas de cookies. Les statistiques d'utilisation y sont décrites dans notre politique de confidentialité.

## Contact

Pour toute question : vieprivee@souffle-libre.fr
"""

FR_SANTETRAVAIL = """# Politique de protection des données personnelles

**Prévia Santé Travail** - Service de prévention et de santé au travail interentreprises

Dernière mise à jour : 6 janvier 2026

Prévia Santé Travail est une association loi 1901 agréée par la DREETS des Pays de la Loire. Elle assure le suivi de l'état de santé des salariés des entreprises adhérentes, conseille les employeurs sur la prévention des risques professionnels et accompagne le maintien dans l'emploi. Ses équipes pluridisciplinaires réunissent des médecins du travail, des infirmiers en santé au travail, des ergonomes, des psychologues du travail, des assistants techniques et des assistants sociaux.

Cette politique explique comment nous traitons les données personnelles des salariés suivis, des représentants des entreprises adhérentes et des utilisateurs de notre portail adhérents.

## 1. Responsable du traitement et délégué à la protection des données

Prévia Santé Travail, 10 rue de la Tour d'Auvergne, 44200 Nantes, représentée par son président, est responsable du traitement.

Délégué à la protection des données : dpo@previa-sante-travail.fr, ou par courrier à l'adresse ci-dessus en précisant « À l'attention du DPO ».

## 2. Le dossier médical en santé au travail

Pour chaque salarié suivi, le médecin du travail constitue un dossier médical en santé au travail (DMST), prévu par le Code du travail. Il contient :

- votre identité, vos coordonnées, votre numéro de sécurité sociale et votre identifiant national de santé (INS) ;
- votre emploi, votre poste, votre employeur et les risques professionnels auxquels vous êtes exposé ;
- vos antécédents médicaux et les informations de santé recueillies lors des visites (examens, mesures, questionnaires) ;
- les avis émis par le médecin du travail (attestations de suivi, avis d'aptitude ou d'inaptitude, propositions d'aménagement de poste) ;
- les échanges avec votre médecin traitant ou d'autres professionnels de santé, avec votre accord.

Le dossier médical est couvert par le secret médical. Seuls les professionnels de santé de l'équipe qui vous suit y ont accès, chacun dans la limite de ses missions.

## 3. Les données des entreprises adhérentes

Pour chaque adhérent, nous traitons les coordonnées de l'entreprise et de ses interlocuteurs (dirigeant, responsable des ressources humaines, référent santé sécurité), la liste des salariés déclarés et leurs postes, ainsi que les données de facturation des cotisations.

Les utilisateurs du portail adhérents disposent d'un identifiant, d'un mot de passe et d'un journal de connexion.

## 4. Finalités et bases légales

| Finalité | Base légale |
|---|---|
| Suivi individuel de l'état de santé des salariés (visites, examens, avis) | Obligation légale (Code du travail) ; médecine du travail (art. 9.2.h RGPD) |
| Actions de prévention en entreprise (fiches d'entreprise, études de poste, métrologie) | Mission d'intérêt public |
| Prévention de la désinsertion professionnelle et maintien en emploi | Obligation légale |
| Gestion des adhésions, cotisations et du portail adhérents | Exécution du contrat d'adhésion |
| Statistiques sur la santé au travail transmises aux autorités sous forme anonyme | Obligation légale |
| Enquêtes de satisfaction auprès des adhérents | Intérêt légitime |

Vos données ne sont pas utilisées à d'autres fins et ne font l'objet d'aucune prise de décision automatisée.

## 4 bis. Visites à distance

Certaines visites d'information et de prévention peuvent se dérouler par vidéotransmission, avec votre accord et sous réserve que le professionnel de santé l'estime adapté. La vidéotransmission est assurée par le module sécurisé de notre logiciel métier ; elle n'est pas enregistrée. Vous pouvez toujours demander à être reçu en présentiel, sans avoir à vous justifier.

## 5. Ce que reçoit votre employeur

Votre employeur ne reçoit jamais d'information sur votre santé. Il reçoit uniquement :

- les convocations aux visites ;
- les attestations de suivi et les avis d'aptitude ou d'inaptitude, qui ne mentionnent aucun diagnostic ;
- les propositions d'aménagement de poste formulées par le médecin du travail.

## 6. Destinataires

| Destinataire | Données | Motif |
|---|---|---|
| Équipe pluridisciplinaire qui vous suit | Dossier médical, selon les missions de chacun | Suivi de votre santé |
| Votre employeur | Avis et attestations, sans diagnostic | Obligations du Code du travail |
| Votre médecin traitant | Informations utiles à votre prise en charge | Avec votre accord |
| Inspection médicale du travail | Éléments nécessaires à ses missions | Obligation légale |
| [Padoa](https://www.padoa-group.com/politique-de-confidentialite) | Ensemble des données du logiciel métier | Éditeur du logiciel, hébergement certifié HDS en France |
| [Doctolib](https://www.doctolib.fr/terms/agreement) | Identité, coordonnées, rendez-vous | Prise de rendez-vous en ligne pour les salariés |

Aucune donnée n'est transférée hors de l'Union européenne.

## 7. Durées de conservation

| Données | Durée |
|---|---|
| Dossier médical en santé au travail | 40 ans après la dernière visite, ou 50 ans en cas d'exposition à certains agents chimiques ou rayonnements, comme le prévoit le Code du travail |
| Données des adhérents | Durée de l'adhésion, puis 5 ans |
| Données de facturation | 10 ans |
| Journaux de connexion au portail | 1 an |

## 8. Sécurité et confidentialité

Les données sont hébergées en France par un hébergeur certifié HDS. Les accès au dossier médical sont nominatifs, protégés par une carte de professionnel de santé ou une authentification forte, et tracés. Nos personnels sont soumis au secret professionnel et sont sensibilisés chaque année à la protection des données.

## 9. Vos droits

Vous pouvez accéder à votre dossier médical en santé au travail et en obtenir une copie, demander la rectification de données inexactes et, dans certains cas, la limitation du traitement. Le droit d'opposition et le droit à l'effacement ne s'appliquent pas au dossier médical, dont la tenue est imposée par la loi. Vous pouvez toutefois vous opposer à l'accès à votre dossier par un autre professionnel de santé.

Pour exercer vos droits, écrivez au DPO par e-mail ou par courrier, en indiquant vos nom, prénom et date de naissance et le nom de votre employeur. Nous vous répondons dans un délai d'un mois.

Vous pouvez introduire une réclamation auprès de la CNIL ([www.cnil.fr](https://www.cnil.fr/fr/plaintes)).

## 10. Modifications

Nous vous informerons de toute modification importante de cette politique par l'intermédiaire de votre employeur et sur notre site, un mois avant son entrée en vigueur.
"""

FR_THERMES = """# Politique de confidentialité

**Thermes de Sainte-Aurore**

Les Thermes de Sainte-Aurore accueillent chaque année des curistes pour des cures thermales conventionnées de 18 jours en rhumatologie et en phlébologie, ainsi que des séjours de remise en forme au spa thermal. La société Thermes de Sainte-Aurore SA, 1 place des Sources, 63150 Sainte-Aurore, est responsable du traitement des données décrites ci-dessous.

Version du 2 mars 2026

## Les données que nous collectons

- Vos nom, prénom, date de naissance, adresse, téléphone et e-mail.
- Pour une cure conventionnée : votre numéro de sécurité sociale, votre prise en charge par l'Assurance maladie, le nom de votre médecin prescripteur et de votre médecin thermal.
- La prescription de soins établie par votre médecin thermal, et les éventuelles contre-indications à certains soins (problèmes cardiaques, plaies...).
- Votre planning de soins et les soins réalisés.
- Vos réservations d'hébergement et de séjours au spa.
- Vos paiements.

## Pourquoi nous les utilisons

Nous utilisons vos données pour réserver votre cure, établir votre planning de soins à partir de la prescription, réaliser les soins en toute sécurité, facturer l'Assurance maladie et votre complémentaire, gérer vos séjours au spa et vous envoyer les informations pratiques avant votre arrivée. Ces traitements sont nécessaires à l'exécution de votre réservation, au respect de nos obligations légales et, pour les données de santé, à votre prise en charge sanitaire.

Avec votre accord, nous vous adressons également notre brochure annuelle et des offres de séjours.

## Paiement en ligne

Les acomptes et les séjours au spa peuvent être réglés en ligne. Le paiement est assuré par notre prestataire [Payplug](https://www.payplug.com/fr/politique-de-confidentialite), établissement de paiement français, qui traite vos données bancaires en France. Nous n'avons jamais accès à votre numéro de carte.

## Rappels par SMS

Pendant votre cure, nous vous envoyons chaque soir par SMS votre planning de soins du lendemain.

## Destinataires

Vos données sont accessibles au personnel d'accueil, aux agents thermaux et aux infirmiers pour ce qui concerne vos soins, ainsi qu'au service de facturation. Elles sont transmises à l'Assurance maladie et à votre complémentaire santé pour le remboursement, et à votre médecin thermal. Notre logiciel de gestion thermale est hébergé en France.

## Conservation

Les données relatives à votre cure sont conservées 5 ans après votre dernière cure, afin de faciliter vos prochaines réservations, puis supprimées. Les données de facturation sont conservées 10 ans.

## Vos droits

Vous disposez des droits d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité. Vous pouvez retirer à tout moment votre consentement aux envois commerciaux. Écrivez à rgpd@thermes-sainte-aurore.fr ou à l'adresse de l'établissement. Vous pouvez aussi saisir la CNIL.
"""

FR_AIDANTS = """# Politique de confidentialité - Relais Aidants

Relais Aidants est une plateforme en ligne gratuite qui accompagne les proches aidants : des personnes qui s'occupent d'un parent âgé, d'un conjoint malade ou d'un enfant en situation de handicap. Elle propose un annuaire des solutions de répit près de chez vous, des fiches pratiques, un forum d'entraide modéré et la possibilité d'échanger avec un professionnel (psychologue, assistante sociale) par téléphone.

Relais Aidants est édité par l'association Relais Aidants, 30 rue de Bretagne, 35000 Rennes. Site : https://www.relais-aidants.fr

Dernière mise à jour : 9 mars 2026

## Données collectées

Lorsque vous créez un compte : pseudonyme, adresse e-mail, code postal et, si vous le souhaitez, votre situation d'aidant (lien avec la personne aidée, type de difficulté, temps consacré à l'aide).

Lorsque vous utilisez le forum : vos messages, publiés sous votre pseudonyme.

Lorsque vous demandez un rendez-vous téléphonique : votre prénom, votre numéro de téléphone et l'objet de votre demande. Le professionnel peut prendre des notes au cours de l'échange.

## Utilisation

Ces données nous permettent de vous proposer des solutions adaptées à votre situation et à votre territoire, de faire fonctionner le forum, d'organiser les rendez-vous avec nos professionnels et de produire des statistiques anonymes sur la situation des aidants pour nos financeurs (caisses de retraite, département). Le traitement repose sur votre consentement, que vous pouvez retirer en supprimant votre compte.

## Destinataires

Vos données sont accessibles aux salariés et bénévoles de l'association qui en ont besoin : modérateurs du forum, professionnels de l'écoute. Notre site est hébergé par OVHcloud en France, et nos e-mails sont envoyés via Brevo. Pour plus d'informations, consultez la politique de confidentialité d'OVHcloud (https://www.ovhcloud.com/fr/personal-data-protection/) et celle de Brevo (https://www.brevo.com/fr/legal/privacypolicy/).

Nous ne transmettons jamais vos coordonnées à des partenaires commerciaux.

## Conservation

Votre compte est supprimé après 2 ans d'inactivité. Les notes des professionnels sont supprimées 1 an après le dernier échange. Les messages du forum restent publiés sous votre pseudonyme, sauf si vous demandez leur suppression.

## Vos droits

Vous pouvez accéder à vos données, les rectifier, les effacer, vous opposer à leur traitement, en demander la limitation ou la portabilité. Écrivez-nous à contact@relais-aidants.fr. Vous pouvez également adresser une réclamation à la CNIL (https://www.cnil.fr).
"""

FR_SANTESEXUELLE = """# Vos données au Centre de santé sexuelle Garonne

Le Centre de santé sexuelle Garonne (CeGIDD) est un centre gratuit d'information, de dépistage et de diagnostic du VIH, des hépatites virales et des infections sexuellement transmissibles. Il propose aussi la vaccination, la PrEP, la contraception d'urgence et des consultations de santé sexuelle. Il est géré par le Centre hospitalier Garonne, 2 quai de la Daurade, 31000 Toulouse, responsable du traitement.

## Anonymat

Vous pouvez être reçu de manière anonyme : dans ce cas, votre dossier est identifié par un numéro et un code que vous êtes seul à connaître, et nous ne vous demandons ni pièce d'identité ni carte Vitale. Si vous préférez, vous pouvez aussi être reçu sous votre nom, par exemple pour recevoir vos résultats par SMS ou bénéficier d'un traitement.

## Données recueillies

- Âge, genre, département de résidence.
- Vos réponses au questionnaire sur vos pratiques, vos prises de risque et vos antécédents de dépistage.
- Les résultats de vos tests, les diagnostics, les traitements prescrits et les vaccinations.
- Si vous n'êtes pas anonyme : nom, prénom, date de naissance et numéro de téléphone.

## Utilisation

Vos données servent à votre prise en charge et à votre suivi médical. Des données statistiques anonymes sont transmises chaque année à Santé publique France et à l'agence régionale de santé, comme pour tous les CeGIDD. Le traitement repose sur la mission de service public du centre et sur la prise en charge sanitaire.

## Rendu des résultats

Les résultats sont rendus en consultation par un médecin ou un infirmier. Si vous l'avez demandé, un résultat négatif peut vous être communiqué par SMS.

## Accès aux données

Seuls les professionnels du centre ont accès à votre dossier. Les analyses sont réalisées par le laboratoire du centre hospitalier. Le dossier informatisé est hébergé par le centre hospitalier.

## Conservation

Les dossiers sont conservés 20 ans après la dernière consultation, comme tout dossier médical.

## Vos droits

Vous pouvez accéder à votre dossier, demander la rectification d'informations inexactes et la limitation de leur traitement. Si vous avez été reçu anonymement, munissez-vous de votre numéro et de votre code. Pour exercer vos droits, adressez-vous à l'accueil du centre ou écrivez à dpo@ch-garonne.fr. Vous pouvez introduire une réclamation auprès de la CNIL.
"""

FR_COURSE = """# Politique cookies - Les Foulées du Canal

Les Foulées du Canal est un club de course à pied affilié à la Fédération française d'athlétisme, basé à Castelnaudary. Notre site lesfouleesducanal.fr permet de consulter les entraînements, de s'inscrire au club et à notre course annuelle, les 10 km du Canal, et de consulter les résultats.

Mise à jour : 11 mai 2026

## À quoi servent les cookies sur notre site

Nous utilisons des cookies techniques pour faire fonctionner le site et l'espace adhérent, et, seulement si vous l'acceptez, des cookies de mesure d'audience et des cookies de services tiers qui permettent d'afficher des contenus externes.

## Cookies techniques

- wordpress_logged_in : garde votre session ouverte dans l'espace adhérent (session).
- fdc_consent : enregistre vos choix sur les cookies (6 mois).

## Mesure d'audience

- _ga et _ga_FDC2 (Google Analytics) : nombre de visiteurs et pages consultées (13 mois).

## Contenus externes

- Strava : le widget du club Strava affiché sur la page « Entraînements » dépose les cookies _strava4_session et sp (jusqu'à 12 mois) pour afficher les dernières sorties du club.
- HelloAsso : le formulaire d'inscription au club et à la course, fourni par HelloAsso, dépose un cookie de session nécessaire au paiement.

Tant que vous n'avez pas accepté les cookies de contenus externes, le widget Strava est remplacé par un simple lien vers la page du club sur Strava, et aucun cookie Strava n'est déposé.

## Gérer vos choix

Le bandeau affiché lors de votre première visite vous permet d'accepter ou de refuser ces cookies. Vous pouvez changer d'avis à tout moment avec le lien « Cookies » en bas de page. Vos choix sont conservés 6 mois.

## Nous écrire

Pour toute question, écrivez au secrétariat du club : secretariat@lesfouleesducanal.fr.
"""

FR_BASES: dict[str, tuple[str, str, str]] = {
    "teleconsult": ("privacy", "Médiclic", FR_TELECONSULT),
    "psy": ("privacy", "Parenthèse Santé", FR_PSY),
    "grossesse": ("privacy", "Neuf Lunes", FR_GROSSESSE),
    "meditation": ("cookies", "Respire Studio", FR_MEDITATION),
    "dietetique": ("privacy", "Assiette Juste", FR_DIETETIQUE),
    "sommeil": ("privacy", "Clinique Saint-Exupère", FR_SOMMEIL),
    "portail": ("privacy", "Centre hospitalier de Valmont", FR_PORTAIL),
    "diabete": ("privacy", "Glycéo", FR_DIABETE),
    "aligneurs": ("cookies", "Sourire Droit", FR_ALIGNEURS),
    "yoga": ("cookies", "Studio Prana", FR_YOGA),
    "teleassistance": ("privacy", "Veille Seniors", FR_TELEASSISTANCE),
    "allergies": ("privacy", "Pollinéa", FR_ALLERGIES),
    "migraine": ("privacy", "Céphalée Lab", FR_MIGRAINE),
    "pma": ("privacy", "Clinique des Tilleuls", FR_PMA),
    "tabac": ("cookies", "Souffle Libre", FR_TABAC),
    "santetravail": ("privacy", "Prévia Santé Travail", FR_SANTETRAVAIL),
    "thermes": ("privacy", "Thermes de Sainte-Aurore", FR_THERMES),
    "aidants": ("privacy", "Relais Aidants", FR_AIDANTS),
    "santesexuelle": ("privacy", "Centre de santé sexuelle Garonne", FR_SANTESEXUELLE),
    "course": ("cookies", "Les Foulées du Canal", FR_COURSE),
}


def en(key: str) -> str:
    return f"{NAME}-base-en-{key}"


def fr(key: str) -> str:
    return f"{NAME}-base-fr-{key}"


EN_EDITS: list[Pair] = [
    # Corvana (telemedicine)
    (
        en("telehealth"), "major", ["R6"], False, False,
        "Vonage's processing countries go from \"Ireland, Germany\" to \"Ireland, Germany, United States\" and section 6 now says consultations may be routed through US servers under Standard Contractual Clauses: a new transfer outside the EU (R6); \"every month\" -> \"monthly\" is editorial.",
        [
            ("| Video and phone consultations | Ireland, Germany |", "| Video and phone consultations | Ireland, Germany, United States |"),
            (
                "All the processors listed above store and process your data within the European Economic Area, and our support team works from Dublin.",
                "All the processors listed above store and process your data within the European Economic Area, except Vonage, which may route video and phone consultations through its servers in the United States. This transfer is covered by the European Commission's Standard Contractual Clauses, and you can ask us for a copy. Our support team works from Dublin.",
            ),
            ("logged and audited every month.", "logged and audited monthly."),
        ],
    ),
    (
        en("telehealth"), "editorial", ["R1"], False, True,
        "Technical re-capture only: every bullet marker \"- \" becomes \"* \" and the processors table is re-rendered with padded columns; no word, link or value changes.",
        markers(EN_TELEHEALTH, "- ", "* ") + pad_table(EN_TELEHEALTH, "| Processor | What they do |"),
    ),
    # Halden Fertility Clinic
    (
        en("fertility"), "major", ["R8"], False, False,
        "The retention of enquiry and consultation records of people who do not start treatment changes from a fixed \"3 years after the last contact\" to \"for as long as we consider it useful in case you decide to return to us\": a fixed period replaced by a vague criterion (R8).",
        [
            (
                "people who do not go on to have treatment: 3 years after the last contact.",
                "people who do not go on to have treatment: for as long as we consider it useful in case you decide to return to us.",
            ),
        ],
    ),
    (
        en("fertility"), "editorial", ["R1"], False, False,
        "Effective date stamp updated, heading \"Who sees it\" -> \"Who can see it\", and two list items of recipients swapped in order; the recipients and every practice are unchanged (R1).",
        [
            ("Effective from 12 January 2026", "Effective from 3 November 2026"),
            ("## Who sees it", "## Who can see it"),
            ("- your GP, with your consent, so that your records are complete;\n", ""),
            ("- the NHS commissioning body when your treatment is NHS-funded.", "- the NHS commissioning body when your treatment is NHS-funded;\n- your GP, with your consent, so that your records are complete."),
            ("- the HFEA, which keeps a register of all treatments and donations as required by law;", "- the HFEA, which keeps a register of all treatments and donations, as required by law;"),
        ],
    ),
    # Openleaf (online therapy)
    (
        en("therapy"), "rights_reducing", ["R12", "R2"], False, False,
        "The promise \"Nobody at Openleaf other than your therapist reads your messages or listens to your voice notes\" is replaced by a clinical quality team that \"may review a random sample of conversations\": a negation flip on session content (R12) with a new quality-review purpose (R2).",
        [
            (
                "Nobody at Openleaf other than your therapist reads your messages or listens to your voice notes.",
                "Your messages and voice notes are normally read only by your therapist. Members of our clinical quality team, who are licensed psychologists bound by confidentiality, may review a random sample of conversations to check the quality of care and our therapists' compliance with our clinical standards.",
            ),
        ],
    ),
    (
        en("therapy"), "minor", ["R9"], False, False,
        "Adds an opt-out: usage events can now be switched off under \"Account > Privacy > Usage statistics\", a new choice that takes nothing away (R9); the date stamp changes.",
        [
            ("Last updated: 20 February 2026", "Last updated: 2 November 2026"),
            (
                "We use these to keep the service running and to understand which features are used.",
                "We use these to keep the service running and to understand which features are used. You can switch off the collection of usage events at any time in **Account > Privacy > Usage statistics**; crash logs are still collected so that we can fix errors.",
            ),
        ],
    ),
    # Plateful (nutrition coaching)
    (
        en("nutrition"), "major", ["R7"], False, False,
        "New list item: when a Withings or Garmin smart scale is connected, weight, \"body fat percentage and muscle mass\" are imported automatically every day: new data categories from a new source (R7).",
        [
            before(
                "- messages exchanged with your nutritionist.",
                "- if you connect a Withings or Garmin smart scale, your weight, body fat percentage and muscle mass, imported automatically every day;\n",
            ),
        ],
    ),
    (
        en("nutrition"), "minor", ["R14"], False, False,
        "The privacy e-mail address moves domain, \"privacy@plateful.app\" -> \"privacy@platefulcoaching.com\", on the same e-mail channel, with the in-app route unchanged (R14); the date stamp changes.",
        [
            ("**Last updated: 9 April 2026**", "**Last updated: 14 October 2026**"),
            ("or by emailing privacy@plateful.app.", "or by emailing privacy@platefulcoaching.com."),
        ],
    ),
    # Stillwater (meditation, cookie policy)
    (
        en("meditation"), "major", ["R15"], True, False,
        "A new third-party analytics vendor is added to the consent-based table: \"_clck | Microsoft Clarity | Records how you scroll and click to produce session replays\"; a new vendor needing consent, so earlier consent does not cover it (R15). The date stamp changes.",
        [
            ("Updated 2 February 2026", "Updated 4 November 2026"),
            before(
                "| _hjSessionUser | Hotjar |",
                "| _clck | Microsoft Clarity | Records how you scroll and click to produce session replays | 12 months |\n",
            ),
        ],
    ),
    (
        en("meditation"), "minor", ["R17"], False, False,
        "The Hotjar row \"_hjSessionUser | Hotjar | Records anonymised heatmaps of page use\" is removed from the analytics table: a vendor removed (R17).",
        [drop("| _hjSessionUser | Hotjar |")],
    ),
    # Brightline (personal alarms)
    (
        en("alarm"), "major", ["R5"], False, False,
        "New recipient: \"The local council or housing association that funds your alarm\" now receives \"a monthly report of the alarm calls you made and the action taken\" (R5).",
        [
            before(
                "- Our installation engineers, who need your address and access details.",
                "- The local council or housing association that funds your alarm, if it is funded by one, which receives a monthly report of the alarm calls you made and the action taken.\n",
            ),
        ],
    ),
    (
        en("alarm"), "editorial", ["R1"], False, False,
        "The first two recipients in the list are swapped and \"ask us to delete it after your service ends\" is reworded as \"once your service has ended\"; same recipients and rights (R1).",
        [
            ("- Your named responders, when you raise an alarm.\n", ""),
            (
                "- The emergency services (ambulance, fire, police), when help is needed.",
                "- The emergency services (ambulance, fire, police), when help is needed.\n- Your named responders, when you raise an alarm.",
            ),
            ("or ask us to delete it after your service ends.", "or ask us to delete it once your service has ended."),
        ],
    ),
    # Clearbite (dental aligners)
    (
        en("aligners"), "rights_reducing", ["R4"], False, False,
        "Rights can no longer be exercised by e-mail (\"by emailing dpo@clearbite.ie or\" removed) and requests must now be signed and include \"a certified copy of a government-issued photo ID\" instead of a reply from the account e-mail: harder to exercise (R4).",
        [
            (
                "You can exercise these rights by emailing dpo@clearbite.ie or by writing to us at the address above. We may ask you to confirm your identity by replying from the email address linked to your account.",
                "You can exercise these rights by writing to us at the address above. Requests must be signed and include a certified copy of a government-issued photo ID, so that we can be sure we are dealing with you.",
            ),
        ],
    ),
    (
        en("aligners"), "major", ["R2"], False, False,
        "New purpose in the list: \"To train and test the software that predicts how your teeth will move during treatment, using your scans and photos in pseudonymised form\" (R2); the effective date changes.",
        [
            ("Effective date: 15 May 2026", "Effective date: 1 December 2026"),
            before(
                "- To take payments and handle instalments.",
                "- To train and test the software that predicts how your teeth will move during treatment, using your scans and photos in pseudonymised form.\n",
            ),
        ],
    ),
    # Northfield Sleep Centre
    (
        en("sleep"), "minor", ["R9"], False, False,
        "Video recordings of overnight studies are kept for a shorter time: \"12 months\" -> \"3 months\" (R9).",
        [("Video recordings of overnight studies are kept for 12 months and then deleted.", "Video recordings of overnight studies are kept for 3 months and then deleted.")],
    ),
    (
        en("sleep"), "editorial", ["R1"], False, True,
        "Technical re-capture only: the long paragraphs are hard-wrapped at 78 characters by a different extractor; the words are identical.",
        rewrap(EN_SLEEP, "Northfield Sleep Centre is an independent", "also complain to the Information Commissioner's Office."),
    ),
    # Levelo (diabetes, glucose monitoring)
    (
        en("glucose"), "major", ["R11", "R2"], False, False,
        "New row in the purposes table: Levelo calculates \"a hypoglycaemia risk score from your readings\" that clinics use \"to help it decide which patients to contact first\": profiling introduced (R11) for a new purpose (R2).",
        [
            before(
                "| Sharing your data with family members you invite as followers |",
                "| Calculating a hypoglycaemia risk score from your readings, shown to your clinic in the Levelo Clinic portal to help it decide which patients to contact first | Explicit consent for health data (Art. 9(2)(a) GDPR) and legitimate interests of the clinic |\n",
            ),
        ],
    ),
    (
        en("glucose"), "rights_reducing", ["R13"], False, False,
        "The rights list loses data portability, including \"you can download all your readings and logs as a CSV or PDF file at any time\": a right removed (R13). The version line changes.",
        [("Version 4.2 - last updated 18 March 2026", "Version 4.3 - last updated 6 November 2026"), drop("- **data portability**: you can download all your readings")],
    ),
    # Crimson Trust (blood donation)
    (
        en("blood"), "rights_reducing", ["R10", "R12", "R5"], False, False,
        "Stem cell register changes from opt-in (\"We only pass on your details if you tick the box\") to automatic inclusion of donors aged 17 to 30, who can only ask to be removed: consent replaced by an opt-out (R10), the promise dropped (R12), and a recipient receives more donors' data (R5).",
        [
            (
                "We also ask, in the same registration form, whether you would like to join the stem cell register run by our partner charity Anthony Nolan. We only pass on your details if you tick the box.",
                "If you are aged 17 to 30, we also pass your details and a sample of your first donation to our partner charity Anthony Nolan, so that you join its stem cell register and can be matched with a patient who needs a transplant. You can ask to be removed from the register at any time.",
            ),
            ("- Anthony Nolan, if you asked to join its stem cell register.", "- Anthony Nolan, for donors aged 17 to 30, to add them to its stem cell register."),
        ],
    ),
    (
        en("blood"), "minor", ["R9"], False, False,
        "A further way to make requests is added (\"use the Privacy requests form in\" My Donor Account) while the e-mail and postal channels stay: nothing taken away (R9).",
        [
            (
                "Contact our Data Protection Officer at privacy@crimsontrust.org.uk or write to the address above.",
                "Contact our Data Protection Officer at privacy@crimsontrust.org.uk, write to the address above, or use the Privacy requests form in **My Donor Account** on our website.",
            ),
        ],
    ),
    # MyAldric (hospital patient portal)
    (
        en("portal"), "major", ["R3"], False, False,
        "Controller changes after a merger: St Aldric's Hospital NHS Foundation Trust \"merged with Wensum Valley Hospitals NHS Trust\" and \"Norfolk Central Hospitals NHS Foundation Trust\" is now the controller (R3); review date updated.",
        [
            (
                "St Aldric's Hospital NHS Foundation Trust (\"the Trust\") runs MyAldric,",
                "Norfolk Central Hospitals NHS Foundation Trust (\"the Trust\") runs MyAldric,",
            ),
            (
                "St Aldric's Hospital NHS Foundation Trust, Aldric Road, Norwich NR4 7UY, is the controller of your information.",
                "On 1 October 2026, St Aldric's Hospital NHS Foundation Trust merged with Wensum Valley Hospitals NHS Trust to form Norfolk Central Hospitals NHS Foundation Trust, Aldric Road, Norwich NR4 7UY, which is now the controller of your information and of your hospital records.",
            ),
            ("*This notice was last reviewed in January 2026.*", "*This notice was last reviewed in October 2026.*"),
        ],
    ),
    (
        en("portal"), "editorial", ["R1"], False, False,
        "Heading \"Proxy access\" -> \"Giving someone else access (proxy access)\" and the bare national data opt-out URL is turned into a link to the same address; no change of meaning (R1).",
        [
            ("## Proxy access", "## Giving someone else access (proxy access)"),
            (
                "registering a national data opt-out at https://www.nhs.uk/your-nhs-data-matters.",
                "registering a [national data opt-out](https://www.nhs.uk/your-nhs-data-matters).",
            ),
        ],
    ),
    # Stridewise (running clubs)
    (
        en("running"), "major", ["R7"], False, False,
        "Activities now include runs imported \"from Strava or Garmin Connect\" when linked, with \"heart rate, cadence and elevation\": a new source and new data categories (R7).",
        [
            (
                "- Activities: runs you record with the Stridewise app, including distance, time, pace and GPS route; results of club races; attendance at group runs.",
                "- Activities: runs you record with the Stridewise app or, if you link your account, import from Strava or Garmin Connect, including distance, time, pace, GPS route, heart rate, cadence and elevation; results of club races; attendance at group runs.",
            ),
        ],
    ),
    (
        en("running"), "minor", ["R9"], False, False,
        "Adds an opt-out: members can hide their results from club leaderboards in Settings > Privacy (R9); the date stamp changes.",
        [
            ("Last updated: 1 June 2026", "Last updated: 9 November 2026"),
            (
                "Race results and leaderboards show your name, age category and time to other members of your club.",
                "Race results and leaderboards show your name, age category and time to other members of your club. You can hide your results from leaderboards in **Settings > Privacy**.",
            ),
        ],
    ),
    # Lotus Loft (yoga studios, cookie policy)
    (
        en("yoga"), "major", ["R16"], False, False,
        "The preferences cookie ll_studio lives longer: \"6 months\" -> \"12 months\", still under 13 months (R16). The date stamp changes.",
        [
            ("Updated: 24 April 2026", "Updated: 13 October 2026"),
            (
                "| ll_studio | lotusloft.co.uk | Preferences | Remembers your favourite studio and class filters | 6 months |",
                "| ll_studio | lotusloft.co.uk | Preferences | Remembers your favourite studio and class filters | 12 months |",
            ),
        ],
    ),
    (
        en("yoga"), "editorial", ["R1"], False, True,
        "Technical re-capture only: the cookie table is re-rendered with padded columns and bold markup \"**Cookie preferences**\" becomes \"__Cookie preferences__\"; same cookies, values and words.",
        [*pad_table(EN_YOGA, "| Cookie | Set by |"), ("**Cookie preferences**", "__Cookie preferences__")],
    ),
    # Bloomweeks (pregnancy)
    (
        en("pregnancy"), "rights_reducing", ["R12", "R5"], False, False,
        "\"We will never share your health logs or the content of your diary with advertisers\" is narrowed to name and contact details, and logged symptoms \"may\" now be shared with the ad server linked to the advertising identifier: a negation weakened (R12) and more data to a recipient (R5).",
        [
            (
                "We will never share your health logs or the content of your diary with advertisers.",
                "We will never share your name or contact details with advertisers. To show you more relevant products, we may share the symptoms you log (for example nausea or back pain) with our ad server, linked to your advertising identifier.",
            ),
        ],
    ),
    (
        en("pregnancy"), "major", ["R2"], False, False,
        "New purpose 8: to to \"train and test the artificial intelligence model behind our\" Ask Bloom assistant, \"using pseudonymised health logs and the questions you ask it\" (R2); \"write to us\" -> \"please write to us\" is editorial.",
        [
            ("If anything is unclear, write to us at", "If anything is unclear, please write to us at"),
            (
                "7. keep the app secure and prevent abuse.",
                "7. keep the app secure and prevent abuse;\n8. train and test the artificial intelligence model behind our \"Ask Bloom\" assistant, using pseudonymised health logs and the questions you ask it.",
            ),
        ],
    ),
    # Haloday (migraine diary)
    (
        en("migraine"), "major", ["R5", "R6"], False, False,
        "Weather lookup moves from the Danish Meteorological Institute to Tomorrow.io, \"a weather data provider in the United States\", to which the app \"sends your phone's approximate location\": a new recipient (R5) and a new transfer outside the EU with no safeguard stated (R6).",
        [
            (
                "the app uses your phone's approximate location to look up air pressure and humidity from the Danish Meteorological Institute's open data service.",
                "the app sends your phone's approximate location to [Tomorrow.io](https://www.tomorrow.io/privacy-policy/), a weather data provider in the United States, to look up air pressure and humidity each time the forecast is updated.",
            ),
        ],
    ),
    (
        en("migraine"), "editorial", ["R1"], False, False,
        "Wording only: \"You can log attacks\" -> \"You can record attacks\", \"We will answer\" -> \"We answer\", and the date stamp changes (R1).",
        [
            ("You can log attacks, symptoms", "You can record attacks, symptoms"),
            ("Last updated: 11 February 2026", "Last updated: 20 October 2026"),
            ("We will answer within one month.", "We answer within one month."),
        ],
    ),
    # Pollenwise (allergy, cookie policy)
    (
        en("allergy"), "minor", ["R9"], False, False,
        "Both Google Analytics cookies are kept for less time: \"Expires after 13 months\" -> \"Expires after 6 months\" (R9).",
        [
            ("- **_ga** - distinguishes visitors. Expires after 13 months.", "- **_ga** - distinguishes visitors. Expires after 6 months."),
            ("- **_ga_PW7Q** - keeps the state of a session. Expires after 13 months.", "- **_ga_PW7Q** - keeps the state of a session. Expires after 6 months."),
        ],
    ),
    (
        en("allergy"), "editorial", ["R1"], False, True,
        "Technical re-capture only: inline links become reference-style links listed at the end of the page, with the same targets, and \"- \" bullets become \"* \"; wording unchanged.",
        [
            *markers(EN_ALLERGY, "- ", "* "),
            ("[Google's privacy policy](https://policies.google.com/privacy)", "[Google's privacy policy][1]"),
            ("[how Google uses information from sites that use its services](https://policies.google.com/technologies/partner-sites)", "[how Google uses information from sites that use its services][2]"),
            ("[Mapbox](https://www.mapbox.com/legal/privacy)", "[Mapbox][3]"),
            ("[Cookie settings](https://pollenwise.eu/cookie-settings)", "[Cookie settings][4]"),
            ("[All About Cookies](https://www.allaboutcookies.org/manage-cookies/)", "[All About Cookies][5]"),
            (
                "For any question, email privacy@pollenwise.eu.\n",
                "For any question, email privacy@pollenwise.eu.\n\n[1]: https://policies.google.com/privacy\n[2]: https://policies.google.com/technologies/partner-sites\n[3]: https://www.mapbox.com/legal/privacy\n[4]: https://pollenwise.eu/cookie-settings\n[5]: https://www.allaboutcookies.org/manage-cookies/\n",
            ),
        ],
    ),
    # Ember (stop smoking)
    (
        en("smoking"), "editorial", ["R1"], False, False,
        "Sections reordered: \"How long we keep it\" now comes before \"Sharing\", with the same text, and the date stamp changes (R1).",
        [
            ("Last updated: 30 March 2026", "Last updated: 5 November 2026"),
            (
                "## Sharing\n\nEmber uses these service providers",
                "## How long we keep it\n\nYour account data is kept while your account is open. If you have not used Ember for 18 months, we delete your account. Adviser chats are deleted 2 years after your last message.\n\n## Sharing\n\nEmber uses these service providers",
            ),
            (
                "\n\n## How long we keep it\n\nYour account data is kept while your account is open. If you have not used Ember for 18 months, we delete your account. Adviser chats are deleted 2 years after your last message.\n\n## Your rights",
                "\n\n## Your rights",
            ),
        ],
    ),
    (
        en("smoking"), "editorial", ["R1"], False, False,
        "The e-mail provider is renamed, \"Sendwave Ltd\" -> \"Relay Mail Ltd, formerly Sendwave Ltd\": the same company under a new name, no new recipient (R1).",
        [("and Sendwave Ltd (emails).", "and Relay Mail Ltd, formerly Sendwave Ltd (emails).")],
    ),
    # Quayside Sexual Health
    (
        en("sexhealth"), "rights_reducing", ["R4"], False, False,
        "The deadline to answer rights requests goes from \"within one month\" to \"within three months\": slower to exercise rights (R4).",
        [("We will respond within one month.", "We will respond within three months.")],
    ),
    (
        en("sexhealth"), "minor", ["R9"], False, False,
        "Clarifies the existing text-message results practice: the message \"does not name the clinic or the tests\" and the sender shows as \"QSH\" (R9).",
        [
            (
                "Negative results are sent by text message to the number you give us.",
                "Negative results are sent by text message to the number you give us. The message only says that your results are clear; it does not name the clinic or the tests, and the sender appears as \"QSH\".",
            ),
        ],
    ),
    # St Brigid's Hospice (cookie policy)
    (
        en("hospice"), "editorial", ["R1"], False, False,
        "The definition of a cookie is reworded (\"a small text file that a website saves on your computer, tablet or phone\") and the date stamp changes; same cookies and choices (R1).",
        [
            ("Last updated: 19 May 2026", "Last updated: 12 November 2026"),
            (
                "A cookie is a small file saved on your computer or phone when you visit a website.",
                "A cookie is a small text file that a website saves on your computer, tablet or phone when you visit it.",
            ),
        ],
    ),
    (
        en("hospice"), "minor", ["R17"], False, False,
        "The YouTube row (\"YSC, VISITOR_INFO1_LIVE | YouTube\") is removed from the consent-based cookies: a vendor removed (R17).",
        [drop("| YSC, VISITOR_INFO1_LIVE | YouTube |")],
    ),
    # Thrivework (employee wellbeing, cookie policy)
    (
        en("wellbeing"), "minor", ["R9"], False, False,
        "A strictly necessary first-party cookie \"tw_lb\" that \"Routes your requests to the same server during your visit\" (session) is disclosed; it needs no consent and adds no purpose or vendor (R9).",
        [before("| ph_* | Analytics (consent) |", "| tw_lb | Strictly necessary | Routes your requests to the same server during your visit | Session |\n")],
    ),
    (
        en("wellbeing"), "editorial", ["R1"], False, False,
        "Rewording only: \"The public website is aimed at employers\" -> \"Our public website is intended for employers\", \"at any time\" moved, and the effective date changes (R1).",
        [
            ("Effective date: 1 July 2026", "Effective date: 1 December 2026"),
            ("The public website is aimed at employers.", "Our public website is intended for employers."),
            ("You can change your choice at any time via \"Cookie settings\"", "At any time, you can change your choice via \"Cookie settings\""),
        ],
    ),
]
FR_EDITS: list[Pair] = [
    # Médiclic (téléconsultation)
    (
        fr("teleconsult"), "major", ["R5"], False, False,
        "New recipient: \"votre complémentaire santé, si vous activez le tiers payant\" now receives identity, consultation date, doctor's name and amount, with a matching row in the purposes table (R5).",
        [
            before(
                "| Sécurité du service, traçabilité des accès au dossier |",
                "| Tiers payant sur la part complémentaire, si vous l'activez | Exécution du contrat |\n",
            ),
            before(
                "- le personnel habilité du service client de Médiclic,",
                "- votre complémentaire santé, si vous activez le tiers payant sur la part complémentaire : elle reçoit votre identité, votre numéro d'adhérent, la date de la consultation, le nom du médecin et le montant pris en charge ;\n",
            ),
        ],
    ),
    (
        fr("teleconsult"), "editorial", ["R1"], False, True,
        "Technical re-capture only: bullets \"- \" become \"*   \" and the purposes table is re-rendered with padded columns; wording, links and values unchanged.",
        markers(FR_TELECONSULT, "- ", "*   ") + pad_table(FR_TELECONSULT, "| Finalité | Base légale |"),
    ),
    # Parenthèse (psychologues en ligne)
    (
        fr("psy"), "rights_reducing", ["R13"], False, False,
        "The sentence giving the right to complain, \"vous pouvez introduire une réclamation auprès de la CNIL (www.cnil.fr)\", is deleted with nothing replacing it: a right removed from the notice (R13). The date of effect changes.",
        [("En vigueur au 2 février 2026.", "En vigueur au 1er décembre 2026."), drop("Si vous estimez que vos droits ne sont pas respectés, vous pouvez introduire une réclamation")],
    ),
    (
        fr("psy"), "minor", ["R9"], False, False,
        "Security section clarified and strengthened: messages with the psychologist \"sont chiffrés de bout en bout : ni Parenthèse ni notre hébergeur ne peuvent les lire\"; nothing adverse (R9); date of effect updated.",
        [
            ("En vigueur au 2 février 2026.", "En vigueur au 16 novembre 2026."),
            (
                "chiffrées et accessibles uniquement aux personnes habilitées après authentification forte.",
                "chiffrées et accessibles uniquement aux personnes habilitées après authentification forte. Les messages échangés avec votre psychologue sont chiffrés de bout en bout : ni Parenthèse ni notre hébergeur ne peuvent les lire.",
            ),
        ],
    ),
    # Neuf Lunes (grossesse)
    (
        fr("grossesse"), "major", ["R7"], False, False,
        "New subsection \"Données importées de votre téléphone\": with permission, steps, weight, heart rate and sleep hours are imported \"depuis Apple Santé (iPhone) ou Health Connect (Android)\": new data categories from a new source (R7).",
        [
            (
                "### 2.5 Données techniques",
                "### 2.5 Données importées de votre téléphone\n\nSi vous l'autorisez, l'application importe depuis Apple Santé (iPhone) ou Health Connect (Android) votre nombre de pas, votre poids, votre fréquence cardiaque et vos heures de sommeil, afin de les afficher dans votre journal à côté de vos symptômes.\n\n### 2.6 Données techniques",
            ),
        ],
    ),
    (
        fr("grossesse"), "rights_reducing", ["R10"], False, False,
        "Legal basis of partner offers by e-mail changes from \"Consentement, que vous pouvez retirer à tout moment d'un simple clic\" to \"Intérêt légitime\" with only an objection link: the right to withdraw consent is removed (R10).",
        [
            (
                "| Prénom, e-mail, semaine de grossesse | Consentement, que vous pouvez retirer à tout moment d'un simple clic |",
                "| Prénom, e-mail, semaine de grossesse | Intérêt légitime ; vous pouvez vous y opposer grâce au lien de désinscription présent dans chaque e-mail |",
            ),
        ],
    ),
    # Respire (méditation, politique cookies)
    (
        fr("meditation"), "major", ["R15"], True, False,
        "New consent-based category \"Cookies publicitaires\" with Meta (_fbp) and Google Ads (_gcl_au) to measure and target Respire's advertising: a new purpose and new third-party vendors, so earlier consent does not cover them (R15).",
        [
            before(
                "## Vos choix",
                "### Cookies publicitaires\n\nAvec votre accord, nos partenaires publicitaires déposent des cookies qui nous permettent de mesurer l'efficacité de nos campagnes et de vous proposer des publicités pour Respire sur d'autres sites et réseaux sociaux.\n\n| Nom | Émetteur | Finalité | Durée |\n|---|---|---|---|\n| _fbp | Meta | Mesurer les visites issues de nos publicités et vous proposer des publicités Respire sur Facebook et Instagram | 3 mois |\n| _gcl_au | Google Ads | Mesurer les abonnements issus de nos campagnes Google | 3 mois |\n\n",
            ),
        ],
    ),
    (
        fr("meditation"), "editorial", ["R1"], False, False,
        "Rewording only: \"pendant la durée de validité du cookie\" -> \"tant que le cookie est valide\", \"de la même façon\" -> \"de manière similaire\", and the update date changes (R1).",
        [
            ("Dernière mise à jour : 10 février 2026", "Dernière mise à jour : 2 novembre 2026"),
            ("reconnaître votre terminal pendant la durée de validité du cookie.", "reconnaître votre terminal tant que le cookie est valide."),
            ("qui fonctionne de la même façon.", "qui fonctionne de manière similaire."),
        ],
    ),
    # Assiette Juste (coaching nutritionnel)
    (
        fr("dietetique"), "major", ["R8"], False, False,
        "Retention after the end of the subscription is lengthened: \"elles sont conservées 2 ans\" -> \"5 ans\" (R8).",
        [
            (
                "À la fin de votre abonnement, elles sont conservées 2 ans pour vous permettre de reprendre votre suivi, puis supprimées.",
                "À la fin de votre abonnement, elles sont conservées 5 ans pour vous permettre de reprendre votre suivi, puis supprimées.",
            ),
        ],
    ),
    (
        fr("dietetique"), "editorial", ["R1"], False, False,
        "Headings reworded (\"Pour quoi faire ?\" -> \"Dans quel but ?\", \"Combien de temps ?\" -> \"Pendant combien de temps ?\") and the version date changes; same content (R1).",
        [
            ("Version du 20 mars 2026", "Version du 4 novembre 2026"),
            ("## Pour quoi faire ?", "## Dans quel but ?"),
            ("## Combien de temps ?", "## Pendant combien de temps ?"),
        ],
    ),
    # Clinique Saint-Exupère (centre du sommeil)
    (
        fr("sommeil"), "minor", ["R9"], False, False,
        "New opt-out: \"Vous pouvez vous opposer à l'envoi du compte rendu à votre médecin traitant\", which then goes only to the prescribing doctor; a new choice, nothing taken away (R9).",
        [
            (
                "Le compte rendu est envoyé à votre médecin traitant et au médecin prescripteur par messagerie sécurisée de santé.",
                "Le compte rendu est envoyé à votre médecin traitant et au médecin prescripteur par messagerie sécurisée de santé. Vous pouvez vous opposer à l'envoi du compte rendu à votre médecin traitant en le signalant au secrétariat ; il sera alors adressé uniquement au médecin prescripteur.",
            ),
        ],
    ),
    (
        fr("sommeil"), "minor", ["R9"], False, False,
        "An online request form is added as a further way to obtain the record or exercise rights, while the letter to the director stays, with the same identity document: nothing harder (R9).",
        [
            (
                "adressez un courrier au directeur de la clinique, accompagné d'une copie de votre pièce d'identité.",
                "adressez un courrier au directeur de la clinique, accompagné d'une copie de votre pièce d'identité, ou utilisez le formulaire en ligne de la rubrique « Patients > Accès au dossier » du site de la clinique, en y joignant la même pièce.",
            ),
        ],
    ),
    # Centre hospitalier de Valmont (portail patient)
    (
        fr("portail"), "rights_reducing", ["R4"], False, False,
        "Copies of the record can no longer be asked through the portal or by e-mail: only by letter, with \"la copie recto verso d'une pièce d'identité\", and \"les frais de reproduction et d'envoi sont à votre charge\": harder and costlier (R4).",
        [
            (
                "L'accès à votre dossier médical est gratuit lorsqu'il s'effectue par consultation sur place ou via le portail. Vous pouvez demander une copie de votre dossier par le formulaire du portail, par e-mail à dpo@ch-valmont.fr ou par courrier adressé à la direction.",
                "La consultation de votre dossier médical sur place est gratuite. Toute demande de copie doit être adressée par courrier à la direction, accompagnée de la copie recto verso d'une pièce d'identité ; les frais de reproduction et d'envoi sont à votre charge (0,15 euro par page, 5 euros par CD d'imagerie).",
            ),
        ],
    ),
    (
        fr("portail"), "editorial", ["R1"], False, True,
        "Technical re-capture only: ATX headings \"# ...\" and \"## ...\" are re-rendered as underlined (setext) headings of the same level; text unchanged.",
        setext(FR_PORTAIL),
    ),
    # Glycéo (diabète)
    (
        fr("diabete"), "major", ["R6"], False, False,
        "Intercom, which receives support conversations, \"peut les traiter aux États-Unis\" under the EU-US Data Privacy Framework, instead of only in its EU data centres: a new transfer outside the EU (R6). The effective date changes.",
        [
            ("Date d'effet : 1er avril 2026", "Date d'effet : 1er janvier 2027"),
            (
                "Intercom et Sentry sont des sociétés américaines ; elles traitent nos données dans leurs centres de données situés dans l'Union européenne.",
                "Intercom et Sentry sont des sociétés américaines. Sentry traite nos données dans ses centres de données situés dans l'Union européenne ; Intercom, qui reçoit vos échanges avec notre équipe support, peut les traiter aux États-Unis. Ce transfert est encadré par le Data Privacy Framework UE - États-Unis, auquel Intercom a adhéré.",
            ),
        ],
    ),
    (
        fr("diabete"), "minor", ["R17"], False, False,
        "Intercom is removed as a processor (support now by e-mail): its list item is deleted and the transfer paragraph only names Sentry; a vendor removed (R17).",
        [
            ("- **Assistance** : échanges avec notre équipe support via la messagerie intégrée.", "- **Assistance** : échanges avec notre équipe support par e-mail."),
            drop("- Intercom, pour la messagerie d'assistance"),
            (
                "Intercom et Sentry sont des sociétés américaines ; elles traitent nos données dans leurs centres de données situés dans l'Union européenne.",
                "Sentry est une société américaine ; elle traite nos données dans ses centres de données situés dans l'Union européenne.",
            ),
        ],
    ),
    # Sourire Droit (aligneurs, politique cookies)
    (
        fr("aligneurs"), "major", ["R16"], False, False,
        "The advertising attribution cookie _sd_attrib lives longer: \"30 jours\" -> \"13 mois\", at the 13-month limit (R16). The update date changes.",
        [
            ("Mise à jour : 8 avril 2026", "Mise à jour : 30 octobre 2026"),
            (
                "| _sd_attrib | sourire-droit.fr | Attribuer votre prise de rendez-vous à la campagne dont vous provenez | 30 jours |",
                "| _sd_attrib | sourire-droit.fr | Attribuer votre prise de rendez-vous à la campagne dont vous provenez | 13 mois |",
            ),
        ],
    ),
    (
        fr("aligneurs"), "minor", ["R9"], False, False,
        "Clarifies the existing consent practice: Meta and Google cookies \"ne sont déposés que si vous avez accepté la catégorie « Cookies publicitaires »\" and refusing has no effect on booking (R9).",
        [
            (
                "Les réponses au diagnostic de sourire et les photos que vous envoyez ne sont jamais transmises aux réseaux publicitaires.",
                "Les cookies de Meta et de Google Ads ne sont déposés que si vous avez accepté la catégorie « Cookies publicitaires » ; la refuser n'a aucune incidence sur la prise de rendez-vous. Les réponses au diagnostic de sourire et les photos que vous envoyez ne sont jamais transmises aux réseaux publicitaires.",
            ),
        ],
    ),
    # Studio Prana (yoga, politique cookies)
    (
        fr("yoga"), "rights_reducing", ["R12", "R15"], True, False,
        "The promise \"Nous ne déposons jamais de cookies publicitaires\" is deleted and a Meta row \"_fbp ... vous proposer nos stages et ateliers sur Instagram\" is added to the consent table: a negation removed (R12) and a new advertising vendor needing consent (R15). The update date changes.",
        [
            ("Dernière mise à jour : 3 mars 2026", "Dernière mise à jour : 21 novembre 2026"),
            drop("Nous ne déposons jamais de cookies publicitaires"),
            before(
                "| ytsession | Vimeo |",
                "| _fbp | Meta | Mesurer les visites issues de nos publicités et vous proposer nos stages et ateliers sur Instagram et Facebook | 3 mois |\n",
            ),
        ],
    ),
    (
        fr("yoga"), "editorial", ["R1"], False, True,
        "Technical re-capture only: \"&\" is escaped as \"&amp;\" and underscores in cookie names are backslash-escaped (\"\\_pk\\_id\"); same cookies and words.",
        [
            ("# Cookies & traceurs", "# Cookies &amp; traceurs"),
            ("Compter les visites & les pages vues", "Compter les visites &amp; les pages vues"),
            ("| _pk_id |", "| \\_pk\\_id |"),
            ("| _pk_ses |", "| \\_pk\\_ses |"),
        ],
    ),
    # Veille Seniors (téléassistance)
    (
        fr("teleassistance"), "major", ["R11", "R7", "R2"], False, False,
        "New \"pack Sérénité\": home motion and door sensors feed an algorithm that is used to \"établir votre rythme habituel\" and automatically raises an alert on unusual inactivity: new data (R7), profiling with automated alerts (R11) and a new purpose (R2).",
        [
            before(
                "**Pour les intervenants**",
                "**Pour les abonnés équipés du pack Sérénité** : les données des capteurs de mouvement et d'ouverture de porte installés au domicile (pièce, heure, durée).\n\n",
            ),
            before(
                "- tester chaque mois le bon fonctionnement de votre matériel ;",
                "- si vous avez souscrit le pack Sérénité, analyser automatiquement vos habitudes de vie à partir des capteurs pour établir votre rythme habituel et déclencher une alerte et un appel de la centrale lorsqu'une inactivité inhabituelle est détectée ;\n",
            ),
        ],
    ),
    (
        fr("teleassistance"), "editorial", ["R1"], False, False,
        "Typography and order only: \"24 heures sur 24 et 7 jours sur 7\" -> \"24 h/24 et 7 j/7\", two recipients swapped in the list, version date updated (R1).",
        [
            ("Version du 5 mai 2026", "Version du 6 novembre 2026"),
            ("joignable 24 heures sur 24 et 7 jours sur 7.", "joignable 24 h/24 et 7 j/7."),
            ("- Nos techniciens installateurs.\n", ""),
            ("- Les services de secours (SAMU, pompiers) en cas d'urgence.", "- Nos techniciens installateurs.\n- Les services de secours (SAMU, pompiers) en cas d'urgence."),
        ],
    ),
    # Pollinéa (allergies)
    (
        fr("allergies"), "major", ["R2", "R11"], False, False,
        "New purpose: partner messages from laboratories and pharmacies about allergy treatments, \"choisis en fonction de votre profil allergique et des symptômes que vous déclarez\": personalised advertising based on health data (R2), which profiles users (R11).",
        [
            (
                "Le traitement des données de santé (profil allergique, symptômes, traitements) repose sur votre consentement explicite, recueilli à l'ouverture du carnet.",
                "Pour financer l'application, nous affichons des messages de nos partenaires (laboratoires pharmaceutiques, pharmacies) sur les traitements de l'allergie. Ces messages sont choisis en fonction de votre profil allergique et des symptômes que vous déclarez ; le choix est fait sur nos serveurs et vos données ne sont pas transmises aux annonceurs.\n\nLe traitement des données de santé (profil allergique, symptômes, traitements) repose sur votre consentement explicite, recueilli à l'ouverture du carnet.",
            ),
        ],
    ),
    (
        fr("allergies"), "minor", ["R14"], False, False,
        "The data-protection contact address changes on the same e-mail channel, \"donnees@pollinea.org\" -> \"dpo@pollinea.org\" (R14); date updated.",
        [
            ("Dernière mise à jour : 25 février 2026", "Dernière mise à jour : 9 novembre 2026"),
            ("Écrivez à notre référent protection des données : donnees@pollinea.org.", "Écrivez à notre référent protection des données : dpo@pollinea.org."),
        ],
    ),
    # Carnet Migraine
    (
        fr("migraine"), "minor", ["R9"], False, False,
        "Adds a portability tool: the whole diary can be exported \"au format CSV\" from Réglages > Exporter to keep it or move it to another app; a new way to exercise a right (R9).",
        [
            (
                "et retirer votre consentement en supprimant votre carnet.",
                "et retirer votre consentement en supprimant votre carnet. Vous pouvez aussi exporter l'intégralité de votre carnet au format CSV depuis **Réglages > Exporter**, pour le conserver ou le transférer vers une autre application.",
            ),
        ],
    ),
    (
        fr("migraine"), "editorial", ["R1"], False, False,
        "Sentences reworded with the same meaning (inactive accounts deleted after 2 years with a warning e-mail; \"noter\" -> \"consigner\") and the update date changes (R1).",
        [
            ("Mise à jour : 12 janvier 2026", "Mise à jour : 3 novembre 2026"),
            ("Carnet Migraine vous aide à noter vos crises", "Carnet Migraine vous aide à consigner vos crises"),
            (
                "Les comptes sans connexion depuis 2 ans sont supprimés après un e-mail d'avertissement.",
                "Après 2 ans sans connexion, un compte est supprimé, après l'envoi d'un e-mail d'avertissement.",
            ),
        ],
    ),
    # Clinique des Tilleuls (AMP)
    (
        fr("pma"), "major", ["R3"], False, False,
        "New joint controller: the clinic now belongs to the \"groupe Hexagone Santé\" and \"Hexagone Santé Est\", which runs the shared reproductive biology lab, are \"responsables conjoints du traitement\" (R3).",
        [
            ("Date de mise à jour : 18 février 2026", "Date de mise à jour : 2 novembre 2026"),
            (
                "La Clinique des Tilleuls SAS est responsable du traitement des données de ses patients et des donneurs.",
                "Depuis le 1er octobre 2026, la Clinique des Tilleuls fait partie du groupe Hexagone Santé. La Clinique des Tilleuls SAS et la société Hexagone Santé Est, 2 place de l'Étoile, 67000 Strasbourg, qui gère le laboratoire de biologie de la reproduction commun aux cliniques du groupe, sont responsables conjoints du traitement des données de ses patients et des donneurs.",
            ),
        ],
    ),
    (
        fr("pma"), "minor", ["R9"], False, False,
        "Shorter retention for first-appointment requests not followed by treatment: \"3 ans après la demande\" -> \"1 an\" (R9).",
        [
            (
                "- Demandes de premier rendez-vous non suivies d'une prise en charge : 3 ans après la demande.",
                "- Demandes de premier rendez-vous non suivies d'une prise en charge : 1 an après la demande.",
            ),
        ],
    ),
    # Souffle Libre (arrêt du tabac, politique cookies)
    (
        fr("tabac"), "rights_reducing", ["R13"], False, False,
        "The footer link to withdraw consent (\"retirer votre consentement ... en cliquant sur le lien « Mes cookies »\", \"aussi simple que l'acceptation\") is removed; users are sent to their browser settings only: withdrawal narrowed (R13).",
        [
            (
                " Vous pouvez à tout moment retirer votre consentement ou modifier vos choix en cliquant sur le lien « Mes cookies » situé en bas de chaque page. Le retrait est aussi simple que l'acceptation et prend effet immédiatement.",
                "",
            ),
            (
                "Vous pouvez aussi supprimer les cookies dans les réglages de votre navigateur.",
                "Pour revenir ensuite sur votre choix, supprimez les cookies dans les réglages de votre navigateur.",
            ),
        ],
    ),
    (
        fr("tabac"), "editorial", ["R1"], False, False,
        "Grammar and wording: \"Cookies de service tiers\" -> \"Cookies de services tiers\", \"Ils ne sont déposés qu'avec votre accord\" -> \"Ils sont déposés uniquement avec votre accord\"; date updated (R1).",
        [
            ("Dernière mise à jour : 14 avril 2026", "Dernière mise à jour : 18 novembre 2026"),
            ("**Cookies de service tiers.**", "**Cookies de services tiers.**"),
            ("Ils ne sont déposés qu'avec votre accord.", "Ils sont déposés uniquement avec votre accord."),
        ],
    ),
    # Prévia Santé Travail (service de santé au travail)
    (
        fr("santetravail"), "major", ["R5"], False, False,
        "New row in the recipients table: the \"Caisse primaire d'assurance maladie (service social et médecin-conseil)\" receives identity, work situation and job-retention information for the PDP unit: a new recipient (R5). The update date changes.",
        [
            ("Dernière mise à jour : 6 janvier 2026", "Dernière mise à jour : 2 novembre 2026"),
            before(
                "| [Padoa](https://www.padoa-group.com/politique-de-confidentialite) |",
                "| Caisse primaire d'assurance maladie (service social et médecin-conseil) | Identité, situation de travail, informations utiles au maintien en emploi | Prévention de la désinsertion professionnelle, au sein de la cellule dédiée |\n",
            ),
        ],
    ),
    (
        fr("santetravail"), "editorial", ["R1"], False, False,
        "Reorganisation only: the \"4 bis. Visites à distance\" section is moved, word for word, into section 2 as a subsection \"Visites à distance\"; date updated (R1).",
        [
            ("Dernière mise à jour : 6 janvier 2026", "Dernière mise à jour : 5 novembre 2026"),
            (
                "## 4 bis. Visites à distance\n\nCertaines visites d'information et de prévention peuvent se dérouler par vidéotransmission, avec votre accord et sous réserve que le professionnel de santé l'estime adapté. La vidéotransmission est assurée par le module sécurisé de notre logiciel métier ; elle n'est pas enregistrée. Vous pouvez toujours demander à être reçu en présentiel, sans avoir à vous justifier.\n\n",
                "",
            ),
            before(
                "## 3. Les données des entreprises adhérentes",
                "### Visites à distance\n\nCertaines visites d'information et de prévention peuvent se dérouler par vidéotransmission, avec votre accord et sous réserve que le professionnel de santé l'estime adapté. La vidéotransmission est assurée par le module sécurisé de notre logiciel métier ; elle n'est pas enregistrée. Vous pouvez toujours demander à être reçu en présentiel, sans avoir à vous justifier.\n\n",
            ),
        ],
    ),
    # Thermes de Sainte-Aurore
    (
        fr("thermes"), "major", ["R5", "R6"], False, False,
        "Payment provider changes from \"[Payplug] ... qui traite vos données bancaires en France\" to Stripe \"(Stripe Payments Europe Ltd, Irlande)\", which \"peut transférer vos données de paiement ... aux États-Unis\" under standard contractual clauses: a new processor (R5) and a new transfer outside the EU (R6). The version date changes.",
        [
            ("Version du 2 mars 2026", "Version du 10 novembre 2026"),
            (
                "Le paiement est assuré par notre prestataire [Payplug](https://www.payplug.com/fr/politique-de-confidentialite), établissement de paiement français, qui traite vos données bancaires en France.",
                "Le paiement est assuré par notre prestataire [Stripe](https://stripe.com/fr/privacy) (Stripe Payments Europe Ltd, Irlande), qui peut transférer vos données de paiement à sa maison mère aux États-Unis dans le cadre des clauses contractuelles types de la Commission européenne.",
            ),
        ],
    ),
    (
        fr("thermes"), "minor", ["R9"], False, False,
        "New opt-out for the evening SMS with the next day's treatment schedule: \"il suffit de le signaler à l'accueil\", a paper schedule is given instead (R9).",
        [
            (
                "Pendant votre cure, nous vous envoyons chaque soir par SMS votre planning de soins du lendemain.",
                "Pendant votre cure, nous vous envoyons chaque soir par SMS votre planning de soins du lendemain. Si vous ne souhaitez pas recevoir ces SMS, il suffit de le signaler à l'accueil : votre planning vous sera alors remis sur papier.",
            ),
        ],
    ),
    # Relais Aidants
    (
        fr("aidants"), "rights_reducing", ["R12", "R5"], False, False,
        "\"Nous ne transmettons jamais vos coordonnées à des partenaires commerciaux\" becomes \"Nous pouvons transmettre votre adresse e-mail et votre code postal à nos partenaires\" (home-help services, mutual insurers, senior residences) for their offers, with an opt-out: a negation flip (R12) and new recipients (R5).",
        [
            (
                "Nous ne transmettons jamais vos coordonnées à des partenaires commerciaux.",
                "Nous pouvons transmettre votre adresse e-mail et votre code postal à nos partenaires (services d'aide à domicile, mutuelles, résidences seniors) afin qu'ils vous présentent des offres adaptées à votre situation. Vous pouvez vous y opposer à tout moment depuis votre compte.",
            ),
        ],
    ),
    (
        fr("aidants"), "editorial", ["R1"], False, True,
        "Technical re-capture only: bare URLs are re-rendered as autolinks in angle brackets (\"<https://www.cnil.fr>\"), same targets and words.",
        [
            ("Site : https://www.relais-aidants.fr", "Site : <https://www.relais-aidants.fr>"),
            ("(https://www.ovhcloud.com/fr/personal-data-protection/)", "(<https://www.ovhcloud.com/fr/personal-data-protection/>)"),
            ("(https://www.brevo.com/fr/legal/privacypolicy/)", "(<https://www.brevo.com/fr/legal/privacypolicy/>)"),
            ("(https://www.cnil.fr)", "(<https://www.cnil.fr>)"),
        ],
    ),
    # Centre de santé sexuelle Garonne
    (
        fr("santesexuelle"), "major", ["R4"], False, False,
        "The written channel for rights changes: \"écrivez à dpo@ch-garonne.fr\" is replaced by the online form \"Exercer mes droits\" on the hospital site, while the reception desk stays; a changed channel, not clearly harder (R4; uncertain between major and rights_reducing).",
        [
            (
                "adressez-vous à l'accueil du centre ou écrivez à dpo@ch-garonne.fr.",
                "adressez-vous à l'accueil du centre ou remplissez le formulaire « Exercer mes droits » sur le site du centre hospitalier (www.ch-garonne.fr/donnees-personnelles).",
            ),
        ],
    ),
    (
        fr("santesexuelle"), "editorial", ["R1"], False, False,
        "Rewording only: \"munissez-vous de votre numéro et de votre code\" -> \"pensez à apporter votre numéro et votre code\", and the retention sentence is reordered with the same 20 years (R1).",
        [
            ("munissez-vous de votre numéro et de votre code.", "pensez à apporter votre numéro et votre code."),
            (
                "Les dossiers sont conservés 20 ans après la dernière consultation, comme tout dossier médical.",
                "Comme tout dossier médical, les dossiers sont conservés 20 ans après la dernière consultation.",
            ),
        ],
    ),
    # Les Foulées du Canal (club de course, politique cookies)
    (
        fr("course"), "minor", ["R17"], False, False,
        "The Strava widget and its cookies (_strava4_session, sp) are removed, with the paragraph about the placeholder link: a third-party vendor removed (R17).",
        [
            drop("- Strava : le widget du club Strava"),
            ("Tant que vous n'avez pas accepté les cookies de contenus externes, le widget Strava est remplacé par un simple lien vers la page du club sur Strava, et aucun cookie Strava n'est déposé.\n\n", ""),
        ],
    ),
    (
        fr("course"), "editorial", ["R1"], False, False,
        "Heading \"Nous écrire\" -> \"Nous contacter\", \"basé à\" -> \"installé à\", and the update date changes (R1).",
        [
            ("Mise à jour : 11 mai 2026", "Mise à jour : 7 novembre 2026"),
            ("## Nous écrire", "## Nous contacter"),
            ("basé à Castelnaudary.", "installé à Castelnaudary."),
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
