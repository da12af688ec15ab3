# ruff: noqa: E501
"""Blind set blind18: 80 labelled policy changes (40 English, 40 French) the classifier has never seen.

Why it exists: the change classifier must be measured on text nobody tuned it against; this set is used once,
for that measurement, on public services, education, non-profits and membership organisations (an online
school, a student-loans agency, an exam board, a trade union, a professional order, a food bank, a political
party, a family-benefits fund and the like), a theme no earlier set covered.

How it was written: every label comes from legal-rules.md alone (rules R1-R19); the writer never saw the
classifier, its tests or earlier blind sets, and read the shared corpus only to learn how real policies and
their changes are worded. All pairs sit on 40 fresh bases (20 per language) written here, one per
organisation, two pairs per base; no corpus record is used as a base. Organisations are fictional.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_edits import Pair, before, corpus_records, drop, pairs, rebuild  # noqa: F401

NAME = "blind18"
WRITTEN = "2026-11-29"

EN_ONLINE_SCHOOL = """# Privacy Notice for Pupils and Parents

Brightwater Online Academy ("the Academy", "we") is an independent online school for pupils aged 11 to 18. Lessons are taught live over the internet by qualified teachers. This notice explains what we do with personal data about pupils and their parents or carers.

Last updated: 3 March 2026

## Who is responsible

Brightwater Online Academy Ltd, 14 Canal Wharf, Leeds LS11 5PS, is the data controller. Our Data Protection Lead can be reached at privacy@brightwater-academy.co.uk.

## What we collect

When you apply and while your child studies with us, we collect:

- the pupil's name, date of birth, year group and previous school;
- parent or carer names, addresses, phone numbers and e-mail addresses;
- attendance records for each live lesson;
- homework, assessment marks, teacher comments and reports;
- recordings of live lessons, which are kept so that pupils can revise;
- medical information that parents choose to give us, such as allergies or conditions that affect learning;
- payment details for tuition fees, handled by our payment provider.

## Why we use it

We use this information to teach your child, to track progress and report it to you, to keep pupils safe online, to collect fees and to meet our duties as a registered independent school, including reporting to the Department for Education when the law requires it.

Our legal bases are the contract with parents for teaching and fees, our legal obligations for safeguarding and statutory returns, and explicit consent for medical information.

## Lesson recordings

Live lessons are recorded. Recordings are available to pupils in the same class for 12 months and then deleted. Cameras are optional for pupils; microphones are used only when a pupil is invited to speak. Recordings are never used for marketing.

## Who sees the data

Teachers and the pastoral team see the data they need. Our virtual classroom provider and our payment provider process data on our behalf under contract. We share safeguarding concerns with the local authority when we must.

## How long we keep it

Pupil records are kept until the pupil's 25th birthday, as recommended for schools. Financial records are kept for six years. Application data for pupils who do not join is deleted after one year.

## Your rights

You may ask for a copy of the data we hold, ask us to correct it, object to some uses or ask us to erase it where the law allows. Pupils aged 13 and over can make these requests themselves. Write to privacy@brightwater-academy.co.uk. If you are unhappy with our answer, you can complain to the Information Commissioner's Office (ico.org.uk).
"""

EN_STUDENT_LOANS = """# Privacy Notice

Northmoor Student Finance Agency

This privacy notice explains how the Northmoor Student Finance Agency ("the Agency", "we", "us") uses your personal information when you apply for, receive and repay a tuition fee loan, maintenance loan or grant. It applies to students, to parents and partners who provide household income details, and to sponsors.

Effective date: 1 February 2026

## 1. Who we are

The Agency is a non-departmental public body that administers student finance on behalf of the Department for Education. We are the controller for the personal data described in this notice. Our Data Protection Officer can be contacted at:

- E-mail: dpo@northmoor-studentfinance.org.uk
- Post: Data Protection Officer, Northmoor Student Finance Agency, 100 Bothwell Street, Glasgow G2 7JP

## 2. The information we hold

Depending on your application, we hold:

- **Identity details**: your name, date of birth, National Insurance number, nationality and immigration status, and a copy of your passport or birth certificate where we ask for it;
- **Contact details**: postal address, e-mail address and telephone numbers;
- **Course details**: your university or college, course, year of study and attendance, as confirmed by your provider;
- **Financial details**: household income, bank account details for payments, and your repayment history;
- **Employment details**: your employer and earnings once you start repaying, received from HM Revenue & Customs (HMRC);
- **Communications**: records of your calls, web chats and letters with us, including call recordings;
- **Supporting evidence**: documents about disability, estrangement from parents or care experience, where you ask for support that depends on them.

## 3. Where the information comes from

Most of it comes from you and from the people named in your application. We also receive information from your university or college, from HMRC and the Department for Work and Pensions to check income, from the Home Office to check residence, and from credit reference agencies to confirm your identity and address.

## 4. Why we use it and our legal basis

| Purpose | Legal basis |
| --- | --- |
| Assessing your eligibility and paying your loan or grant | Public task |
| Collecting repayments with HMRC and your employer | Legal obligation |
| Preventing and detecting fraud | Public task |
| Answering your questions and complaints | Public task |
| Research and statistics for government, using de-identified data | Public task |
| Assessing support that depends on health or disability information | Substantial public interest |

We do not use your information for marketing and we do not sell it.

## 5. Automated decisions

Your entitlement is calculated automatically from the household income and course details you give us, under rules set by regulations. You can ask for any calculation to be reviewed by a member of staff by contacting us within 28 days of your entitlement letter.

## 6. Who we share it with

We share your information only where needed:

- your university or college, to confirm attendance and pay tuition fees;
- HMRC, the Department for Work and Pensions and the Home Office;
- the Department for Education, for policy and statistics;
- our contracted service providers, including our call-centre operator and our document scanning provider, who act on our instructions;
- debt collection agencies, only if you fall behind with repayments while living overseas;
- the police and fraud prevention bodies, where the law allows.

## 7. Transfers outside the UK

Your information is stored and processed in the UK. If you move abroad and repay from overseas, we may contact you and your overseas employer; no data is transferred to other countries for any other reason.

## 8. How long we keep it

| Record | Retention |
| --- | --- |
| Applications and supporting evidence | 7 years after your loan is repaid or cancelled |
| Repayment records | 7 years after your loan is repaid or cancelled |
| Call recordings | 12 months |
| Web chat transcripts | 2 years |
| Applications that are withdrawn | 2 years after withdrawal |

## 9. Your rights

You have the right to:

- ask for a copy of your personal information (a subject access request);
- have inaccurate information corrected;
- object to our use of your information, where we rely on public task;
- ask us to restrict how we use your information;
- complain to the Information Commissioner's Office.

To make a subject access request, use the online form in your student finance account or write to the Data Protection Officer. We will ask you to confirm your identity using your account login or, if you write to us, the customer reference number on your letters. We will reply within one month. There is no charge.

## 10. Security

We hold your information on secure systems in UK data centres that are certified to ISO 27001. Access to your online account is protected by a password and a one-time code sent to your phone. Staff receive annual data protection training and can only see the records they need for their role. Call recordings are encrypted and held in the UK.

## 11. Parents, partners and sponsors

If you give us information about your household income to support a student's application, we use it only to assess that student's entitlement and to check it with HMRC. We will not use it to contact you about anything else. You can see the information you provided, and ask us to correct it, by signing in to the sponsor section of the online service.

We keep sponsor information for as long as we keep the student's application (see section 8). If a student's application is withdrawn, your information is deleted at the same time as theirs.

## 12. Changes to this notice

We will tell you about important changes by e-mail and in your online account before they take effect.

## 13. Complaints

If you are unhappy with how we have handled your information, please contact our Data Protection Officer first. You can also complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF, or at [ico.org.uk](https://ico.org.uk/make-a-complaint/).
"""

EN_EXAM_BOARD = """# Privacy Notice for Candidates

Pennine Assessment and Qualifications Board

The Pennine Assessment and Qualifications Board ("PAQB", "we") designs, delivers and awards GCSE, A level and vocational qualifications in England and Wales. This notice explains how we use the personal data of candidates who sit our examinations. A separate notice covers examiners, moderators and staff at schools and colleges.

Last reviewed: January 2026

## Who controls your data

PAQB is an educational charity registered in England and Wales (charity number 1187342), with its registered office at Foxhall House, 21 Market Street, Halifax HX1 1PB. We are the controller of the data we use to mark your work and award your results. Your school or college (the "centre") is a separate controller for the data it holds about you.

Our Data Protection Officer can be contacted at dataprotection@paqb.org.uk.

## What we receive about you

Your centre sends us:

- your name, date of birth, gender and candidate number;
- your unique candidate identifier (UCI) and unique learner number (ULN);
- the qualifications and units you are entered for;
- any access arrangements you need, such as extra time or a reader, and the reasons for them, which may include health information;
- requests for special consideration, for example if you were ill on the day of an exam.

You give us directly, or through your centre:

- your exam scripts, coursework and recordings of practical or oral assessments;
- any information you send us in a review of marking or an appeal.

## How we use it

We use your data to:

- enter you for examinations and produce your timetable and candidate statement;
- mark your scripts and coursework and moderate centre marks;
- apply access arrangements and special consideration;
- award and issue results and certificates;
- investigate suspected malpractice;
- handle reviews of marking and appeals;
- monitor the fairness of our assessments and report statistics to the regulator, Ofqual, and to the Department for Education.

## Marking

Your scripts are scanned and marked on screen by trained examiners, who see your candidate number but not your name. Every mark is given by a human examiner. Senior examiners check samples of each examiner's marking.

## Our legal basis

We process your data to perform a task in the public interest, namely the award of regulated qualifications, and to meet our legal obligations under the conditions set by Ofqual. We process health information for access arrangements and special consideration because it is necessary for reasons of substantial public interest (equality of opportunity), under the Data Protection Act 2018.

## Who we share it with

| Recipient | Why | Where |
| --- | --- | --- |
| Your centre | Results, reviews and certificates | UK |
| Ofqual and the Department for Education | Regulation and national statistics | UK |
| Joint Council for Qualifications | Shared rules on access arrangements and malpractice | UK |
| UCAS | Sending your results to universities you applied to | UK |
| Examiners and moderators | Marking | UK |
| Our scanning and on-screen marking provider | Processing scripts on our behalf | UK |

Examiners work from home on secure laptops we provide. Scripts never leave the United Kingdom.

## How long we keep it

| Data | How long |
| --- | --- |
| Scripts and coursework | Until the end of the appeals period for the series, then securely destroyed, unless under review |
| Recordings of oral assessments | 6 months after results day |
| Results | Permanently, so that we can confirm or replace certificates |
| Access arrangements and special consideration | 1 year after results day |
| Malpractice case files | 6 years after the case is closed |

## Your rights

You may ask us for a copy of your personal data, including the marks and comments examiners gave, and ask us to correct mistakes. You may object to some uses, ask us to restrict processing and, in some cases, ask us to delete your data. You cannot use these rights to change a mark; reviews of marking have their own procedure.

If you ask for your marks before results are published, we will answer within five months of your request or within 40 days of results day, whichever is earlier, as allowed by the exam-script exemption in the Data Protection Act 2018. Other requests are answered within one month.

Send requests to dataprotection@paqb.org.uk, or write to the Data Protection Officer at our registered office. Please include your candidate number, centre number and the exam series.

## Results and certificates

Results are released to your centre and, if you applied to university through UCAS, to UCAS on the same day. Certificates are sent to your centre, which passes them to you. If you lose a certificate, we can issue a certified statement of results; we will ask you to prove your identity with a copy of your passport or driving licence, which we delete once the statement has been sent.

## Research

We use candidate data to research how well our assessments work, for example to check that questions are fair to all groups of candidates. Researchers work with de-identified data, and we never publish results that could identify a candidate.

## Complaints

If you are not satisfied, you can complain to the Information Commissioner's Office at [ico.org.uk/make-a-complaint](https://ico.org.uk/make-a-complaint/) or on 0303 123 1113.

## Private candidates

If you enter for our examinations as a private candidate, through a centre that accepts private entries, the centre still sends us your entry and we still treat your data as described in this notice. We may ask you for proof of identity on the day of the examination, which the centre checks and does not send to us.

## Changes

We review this notice every year. If we make a significant change, we will let centres know so that they can inform candidates, and we will post a summary of the change at the top of this page.
"""

EN_JOBSEEKERS = """# How we use your information

Tyneside Employment Support Service

The Tyneside Employment Support Service helps people who are out of work, or in work but on a low income, to find jobs, training and volunteering. We are run by the combined authority for the area and funded by the Department for Work and Pensions. This page explains what we do with your personal information.

## What we collect

When you register with us, your work coach records your name, address, date of birth, contact details and National Insurance number, your work history, qualifications and skills, the kind of work you are looking for, and any barriers to work you choose to tell us about, such as a health condition, caring responsibilities or a criminal conviction. We keep notes of each appointment and of the jobs and courses you apply for.

## Why we collect it

We use your information to give you tailored support, to refer you to jobs and training, to check that you are eligible for our programmes and to report anonymised results to our funders. We rely on our public task. Where you tell us about your health or a conviction, we process it for reasons of substantial public interest, so that we can support you properly.

## Who we share it with

We share your details with:

- Jobcentre Plus, to confirm that you are taking part and for benefit purposes where the law requires;
- training providers, when you agree to be referred to a course;
- employers, but only your CV and only when you have asked us to put you forward for a vacancy.

We never pass on information about your health or convictions to an employer without your agreement.

## How long we keep it

Your record is kept for three years after your last contact with us, and then deleted, unless our funders require us to keep it longer for audit, in which case we keep it until 31 December 2030 at the latest.

## Your rights

You can ask to see the information we hold, ask for it to be corrected, object to how we use it or ask us to restrict it. Speak to your work coach, e-mail data@tyneside-ess.gov.uk or call us on 0191 555 0134. You can also complain to the Information Commissioner's Office.
"""

EN_TRADE_UNION = """# Members' Privacy Policy

United Transport and Logistics Workers' Union (UTLWU)

This policy explains how UTLWU ("the union", "we", "us") collects and uses personal data about members, former members, people who apply to join, and people who contact us for advice. Trade union membership is special category data under data protection law, and we take particular care with it.

Version 4.2, April 2026

## 1. About us

UTLWU is a trade union listed with the Certification Officer, with its head office at Unity House, 40 Clarence Road, Birmingham B17 9LA. The union is the controller of your personal data. Our branches, regions and the national executive are all part of the union; they are not separate controllers.

Our Data Protection Officer is Ms Anita Sood. You can contact her at dpo@utlwu.org.uk or by post at our head office.

## 2. Information we collect

### 2.1 When you join

- your name, address, date of birth, e-mail address and telephone numbers;
- your employer, workplace, job title, grade and payroll number;
- how you pay your subscriptions (bank details for Direct Debit, or consent to payroll deduction);
- whether you wish to contribute to the union's political fund;
- optional equality information (ethnicity, disability, sexual orientation, religion), which we use only in anonymised form to check that we represent all members fairly.

### 2.2 While you are a member

- records of your attendance at meetings, training courses and ballots;
- your role if you become a workplace representative, branch officer or delegate;
- case files when we represent or advise you, which may include health information, disciplinary records, grievances and correspondence with your employer;
- records of legal claims we support, including information we exchange with our solicitors.

### 2.3 From other people

We receive information about you from your employer when subscriptions are deducted through payroll, and from workplace representatives who pass on requests for help.

## 3. How we use your information

We use your information to:

- administer your membership and collect subscriptions;
- represent you individually and collectively in your workplace;
- give you legal advice and support claims;
- run ballots for industrial action and elections, as the law requires;
- send you news, campaign updates and information about member benefits;
- organise training and education;
- keep accurate records for the Certification Officer.

## 4. Legal bases

| Use | Legal basis |
| --- | --- |
| Membership administration and subscriptions | Contract (the union rule book) |
| Representation and casework | Contract, and the trade union condition for special category data |
| Statutory ballots and the register of members | Legal obligation |
| News and campaign updates by e-mail | Legitimate interests (you can opt out at any time) |
| Member benefits offers by e-mail | Consent |
| Equality monitoring | Explicit consent |

## 5. Political fund

Members who contribute to the political fund pay an extra amount each month, which the union uses for campaigns on political issues. The union is not affiliated to any political party. We never share our membership list, or any information about individual members, with any political party or candidate.

## 6. Who we share information with

We share your data only when we need to:

- with your employer, to arrange payroll deduction and to represent you, only with your agreement in individual cases;
- with the union's panel solicitors, when you ask for legal advice or support with a claim;
- with the independent scrutineer who runs our ballots and elections, as the law requires;
- with our mailing house and our membership database provider, who act on our instructions under contract;
- with the Certification Officer, where the law requires.

Our membership database is provided by Civica and hosted in the United Kingdom. Our e-mail newsletters are sent using [Dotdigital](https://dotdigital.com/privacy-policy/).

We do not sell your data or allow any other organisation to market to you.

## 7. Member benefits

The union offers discounts on insurance, travel and legal services through partner organisations. We do not give your details to these partners: you contact them yourself, using the codes in the members' area.

## 8. How long we keep your information

| Record | Retention period |
| --- | --- |
| Membership record | Duration of membership plus 6 years |
| Case files | 6 years after the case closes; 15 years for personal injury cases |
| Ballot papers | 1 year after the ballot, as required by law |
| Equality information | Deleted when you leave the union |
| Former applicants who did not join | 12 months |

## 9. Your rights

You have the right to access your data, to correct it, to ask for its erasure, to restrict or object to processing, to data portability, and to withdraw any consent you have given. You can exercise these rights by e-mailing dpo@utlwu.org.uk, by writing to the Data Protection Officer, or by asking your branch secretary to pass on your request. We will reply within one month.

If you are not satisfied, you may complain to the Information Commissioner's Office at [ico.org.uk](https://ico.org.uk).

## 10. Security

We use multi-factor authentication for every account that can access the membership database. Paper records in regional offices are kept in locked cabinets and scanned into the case management system as soon as possible. Case files are held on an encrypted system and can be seen only by the officials handling your case. Workplace representatives receive training on confidentiality when they take up their role.

## 11. Workplace representatives

If you are a workplace representative, we hold records of your accreditation, training and time off for union duties. Your name and workplace contact details are given to the members you represent and to your employer, so that they know who to contact. When you stop being a representative, we remove you from these lists within one month.

## 12. Changes to this policy

We will publish any changes on our website and tell members about significant changes in the members' newsletter and by e-mail.
"""

EN_SCOUTS = """# Privacy Notice

Harbourside District Scouts

Harbourside District Scouts is a group of five Scout Groups in the Harbourside area, part of a national scouting association. We are run entirely by volunteers. This notice explains how we use personal information about our young members (Beavers, Cubs, Scouts and Explorers), their parents and carers, and our adult volunteers.

## What we hold

For young people: name, date of birth, address, school year, dietary needs, medical information and allergies, emergency contacts, badge and award progress, and attendance at meetings and camps.

For parents and carers: name, contact details and relationship to the young person.

For adult volunteers: name, contact details, role, training records, and the outcome of the vetting and criminal records checks required for the role.

## How we use it

We use this information to run weekly meetings, camps and events safely, to contact parents in an emergency, to record badges and awards, to collect subscriptions and to meet our safeguarding obligations. Medical information is used only to look after the young person during activities.

Our legal basis for most of this is our legitimate interest in running scouting. We rely on consent for photographs used on our website and social media, and on the vital interests of the young person for medical information in an emergency.

## Where it is kept

Records are kept in the national membership system used by all Scout Groups in the UK. Leaders take paper copies of health forms on camp and destroy them when they return.

## Who we share it with

We share information with the national association, which runs the membership system, and with activity centres when a young person attends a camp or an adventurous activity there. We do not share information with anyone else unless the law requires it.

## How long we keep it

Young people's records are kept until one year after they leave scouting. Records of awards are kept for longer so that we can confirm them later. Adult volunteers' vetting records are kept as the national association requires. Accident reports are kept until the young person is 21.

## Your rights

You can ask to see, correct or delete the information we hold, or object to how we use it. Please speak to your Group Scout Leader or e-mail data@harbourside-scouts.org.uk.
"""

EN_ANIMAL_SHELTER = """# Privacy Policy

Riverside Animal Rescue

Riverside Animal Rescue is a registered charity (no. 1098765) that rescues, cares for and rehomes dogs, cats and small animals in the Thames Valley. This policy explains how we handle personal information about adopters, people who give up an animal to us, volunteers, supporters and donors.

Updated: 12 February 2026

## Information we collect

- **Adopters**: name, address, contact details, household members, other pets, type of home and garden, working hours, and the results of our home visit.
- **People giving up an animal**: name, contact details, and the animal's history and health records.
- **Volunteers and fosterers**: name, contact details, availability, emergency contact and, for some roles, a basic criminal records check.
- **Donors**: name, contact details, donation history and, if you choose, Gift Aid declarations.
- **People who report an animal in need**: name, contact details and the location of the animal.

## How we use it

We use your information to match animals with suitable homes, to follow up after adoption, to organise volunteers, to process donations and claim Gift Aid, and to send you updates about our work if you have agreed to receive them.

## Legal bases

We process adoption and volunteer information because it is necessary for the agreement we make with you. We process donor information for Gift Aid because the law requires it, and we send fundraising e-mails only with your consent.

## Who we share it with

- Our adoption management system, provided by a UK company, stores adopter and animal records.
- Our vets receive the contact details of adopters when an animal needs follow-up treatment.
- HM Revenue & Customs receives Gift Aid claims.
- We send our e-mail newsletter through Mailchimp.

All our data is held in the United Kingdom or the European Economic Area, apart from Mailchimp, which stores newsletter addresses in the United States under the UK-US data bridge.

## How long we keep it

Adoption records are kept for six years after adoption. Unsuccessful applications are deleted after six months. Donor records are kept for six years after your last donation for Gift Aid audits.

## Your rights

You can ask for a copy of your information, ask us to correct or delete it, or withdraw consent to marketing at any time by clicking "unsubscribe" or e-mailing hello@riversiderescue.org.uk.
"""

EN_FOOD_BANK = """# Privacy Notice for Food Bank Clients

Eastgate Community Food Bank

Eastgate Community Food Bank gives emergency food parcels to people in crisis in the Eastgate area. You come to us with a referral from a partner agency, such as Citizens Advice, a GP surgery or the council's welfare team. This notice explains what happens to the information about you.

## What we record

When you collect a parcel, we record:

- your name, address and postcode;
- the number of adults and children in your household and their ages;
- the reason for your referral, such as a benefit delay, debt or low income;
- the agency that referred you;
- any dietary needs, such as allergies or religious requirements;
- the dates you collected parcels.

## Why we record it

We use this information to give you the right parcel, to make sure that people who need more help are put in touch with advice services, and to produce anonymous statistics for our funders and for the national food bank network we belong to. Statistics never include your name or address.

## Legal basis

We rely on our legitimate interest in running a fair food bank service. Dietary information about religious requirements or health is used only with your consent.

## Who sees it

Volunteers at the distribution centre see your name and parcel details. Our data system is provided by our national network and is hosted in the UK. We tell the referral agency when you have collected your parcel. We do not share your information with the council, the Department for Work and Pensions or anyone else, unless someone is at risk of serious harm.

## How long we keep it

We keep your record for three years after your last parcel, and then delete it.

## Your rights

You can ask to see your information, ask us to correct it or ask us to delete your record at any time. You can also object to our use of your information. Ask any volunteer at the centre, or e-mail info@eastgatefoodbank.org.uk, and our coordinator will deal with it.
"""

EN_CITIZEN_SCIENCE = """# Privacy Policy

StreamWatch: community river monitoring

StreamWatch is a citizen science project run by the Severn Rivers Trust. Volunteers across the catchment test water quality, record invertebrates and report pollution incidents using our app and website. This policy explains how we use personal data about volunteers and people who submit records.

## What we collect

When you register as a StreamWatch volunteer, we collect your name, e-mail address, postcode and the monitoring sites you adopt. When you submit a record, we store the date, time and GPS location of the sample, the measurements you enter, the species you identify and any photographs you upload. If you report a pollution incident, we also store your phone number so that the Environment Agency can contact you if needed.

## How we use it

We use your data to:

- check and verify records before they are published;
- publish water quality data and species records on our public map;
- share verified records with the Environment Agency and the local environmental records centre;
- send you training materials, results and project news;
- produce scientific reports on the health of the catchment.

Records on the public map show your first name and the initial of your surname, unless you choose to stay anonymous in your profile settings. Exact locations of rare species are blurred to a 1 km square.

## Legal basis

We rely on your consent when you register and choose to share records with us. You can withdraw your consent at any time; records that have already been verified and published stay in the dataset, without your name.

## Processors

Our app and database are hosted by a UK cloud provider. E-mails are sent with a UK mailing service. Photographs are stored with the records in the same database.

## How long we keep your data

Your account is deleted after three years without any activity. Scientific records are kept indefinitely as part of the long-term river dataset, with your name removed when your account is deleted.

## Your rights

You can see and change your data in your profile, and you can ask us for a copy, for corrections or for deletion by e-mailing streamwatch@severnrivers.org.uk.
"""

EN_BROADCASTER = """# Cookies and similar technologies on Caledon Broadcasting services

Caledon Broadcasting Corporation ("CBC Caledon", "we") is the public service broadcaster for Caledonia. This cookie policy explains how we use cookies and similar technologies (local storage, pixels and software development kits) on our website, on the CBC Player apps and in your CBC account area. It should be read alongside our [Privacy Notice](https://www.cbccaledon.co.uk/privacy).

Last updated: 10 January 2026

## What cookies are

Cookies are small text files that a website stores on your device. Apps use similar technologies, such as identifiers stored in the app's memory. Some are set by us ("first-party cookies"); some are set by other organisations that provide a service to us ("third-party cookies").

## Our approach

We are funded by the public, not by advertising. We do not show advertising to audiences in Caledonia and we do not use advertising cookies. We use:

1. **Strictly necessary cookies**, which are needed to run our services, such as keeping you signed in to your CBC account and remembering your cookie choices. These cannot be switched off.
2. **Functional cookies**, which remember your preferences, such as subtitles, the region you chose for local news and your volume setting.
3. **Performance cookies**, which measure how many people use our services and which programmes they watch, so that we can report audience figures and improve our output.

We ask for your consent before we use functional or performance cookies. You can change your choices at any time using the "Cookie settings" link at the bottom of every page, or in the Settings menu of the CBC Player app.

## Strictly necessary cookies

| Name | Set by | Purpose | Lifetime |
| --- | --- | --- | --- |
| cbc_session | CBC Caledon | Keeps you signed in to your CBC account during your visit | Session |
| cbc_auth | CBC Caledon | Remembers that you are signed in, if you ticked "Keep me signed in" | 30 days |
| cbc_consent | CBC Caledon | Stores your cookie choices | 6 months |
| cbc_lb | CBC Caledon | Sends your requests to the same server, so that pages load reliably | Session |
| cbc_csrf | CBC Caledon | Protects forms in your account area against forgery | Session |
| cbc_age | CBC Caledon | Remembers that you have confirmed your age to watch programmes with a guidance warning | 24 hours |

## Functional cookies

| Name | Set by | Purpose | Lifetime |
| --- | --- | --- | --- |
| cbc_prefs | CBC Caledon | Remembers subtitles, audio description and volume settings | 12 months |
| cbc_region | CBC Caledon | Remembers the region you chose for local news and weather | 12 months |
| cbc_continue | CBC Caledon | Remembers where you stopped watching, so you can carry on | 6 months |
| cbc_profile | CBC Caledon | Remembers which profile in your household account is in use | 12 months |

## Performance cookies

| Name | Set by | Purpose | Lifetime |
| --- | --- | --- | --- |
| cbc_stats_id | CBC Caledon | Counts unique visitors and how they move around our services | 13 months |
| cbc_stats_ses | CBC Caledon | Groups page views into a single visit | 30 minutes |
| _hjSessionUser | Hotjar | Records anonymous feedback polls shown on some pages | 12 months |
| barb_id | Broadcasters' Audience Research Board | Measures viewing of our programmes as part of the industry-wide audience figures | 13 months |

Our own statistics are collected with software we host ourselves. The identifiers are pseudonymous: we cannot link them to your name or e-mail address, even if you are signed in. Audience measurement data collected for the Broadcasters' Audience Research Board (BARB) is aggregated and used only to produce viewing figures. You can read how BARB handles data in its [privacy policy](https://www.barb.co.uk/privacy-policy/). Hotjar's handling of data is described in the [Hotjar privacy policy](https://www.hotjar.com/legal/policies/privacy/).

## Embedded content

Some pages include posts or videos from social media sites. We show these only after you click on them, with a message telling you that the other site may set cookies. Until you click, no content is loaded from these sites.

## Your CBC account

When you sign in to your CBC account, we use your viewing history to give you the "Continue watching" row and to remember your favourites. We do not use your viewing history to build profiles about you, and we do not give it to any other organisation. The "Recommended for you" row on the homepage is the same for every viewer in your region and is chosen by our editors.

## Children

Profiles for children under 13 do not use performance cookies at all, whatever the choices made on the main account, and we do not collect viewing statistics that identify a child profile.

## How to manage cookies

You can change your choices at any time through "Cookie settings". You can also block or delete cookies through your browser settings:

- [Google Chrome](https://support.google.com/chrome/answer/95647)
- [Mozilla Firefox](https://support.mozilla.org/kb/clear-cookies-and-site-data-firefox)
- [Apple Safari](https://support.apple.com/guide/safari/manage-cookies-sfri11471/mac)
- [Microsoft Edge](https://support.microsoft.com/microsoft-edge/delete-cookies-in-microsoft-edge-63947406-40ac-c3b8-57b9-2a946a29ae09)

If you block strictly necessary cookies, you will not be able to sign in to your account.

On smart TVs and streaming devices, you can reset the identifier used by the CBC Player app in the app's Settings menu, under "Privacy".

## How long we keep your choices

Your cookie choices are kept for six months. After that, we ask you again. We also ask again if we add new types of cookies to this policy.

## Outside Caledonia

If you visit our website from outside the United Kingdom, you will see the same cookie choices. Some programmes are not available outside the UK because of rights restrictions; we check your approximate location from your IP address to decide which programmes to show, but we do not store it.

## Contact

If you have questions about cookies, e-mail dataprotection@cbccaledon.co.uk or write to the Data Protection Officer, Caledon Broadcasting Corporation, Pacific Quay House, 2 Harbour Road, Glasgow G51 1DA.
"""

EN_SPORTS_BOOKING = """# Cookie Policy: Hollinsford Active Bookings

Hollinsford Active Bookings is the online booking system of Hollinsford Borough Council for its leisure centres, sports halls, tennis courts and playing pitches. This policy explains which cookies the booking site uses.

## Cookies we always use

These cookies are needed for the site to work. You cannot switch them off.

| Cookie | Purpose | Expires |
| --- | --- | --- |
| HAB_SESSION | Keeps you logged in and holds your basket while you book | When you close your browser |
| HAB_XSRF | Protects booking forms against misuse | When you close your browser |
| hab_cookie_choice | Remembers whether you accepted analytics cookies | 6 months |
| hab_centre | Remembers your preferred leisure centre | 3 months |

## Analytics cookies

With your permission, we use Matomo, hosted on the council's own servers, to understand how people use the site, for example which activities are searched for most and where people give up a booking. IP addresses are anonymised before they are stored and the data is not shared with anyone.

| Cookie | Purpose | Expires |
| --- | --- | --- |
| _pk_id | Distinguishes visitors | 6 months |
| _pk_ses | Groups page views into a visit | 30 minutes |

## Payments

Card payments are taken by our payment provider on its own secure page. The provider may set cookies needed to process your payment and prevent fraud; these are covered by its own policy.

## Changing your mind

You can accept or refuse analytics cookies when you first visit. To change your choice, click "Cookie preferences" in the footer. Refusing analytics cookies does not affect your bookings.

For questions, e-mail webteam@hollinsford.gov.uk.
"""

EN_NATIONAL_PARK = """# Cookies on the Glen Arden permits website

The Glen Arden National Park Authority uses this website to issue permits for wild camping, car parking at popular trailheads, and commercial filming in the National Park. This page explains the cookies the permits website uses and how to control them.

## Essential cookies

We use a small number of essential cookies to make the permit booking process work:

- **gapa_session** keeps track of your application as you move through the booking pages. It is deleted when you close your browser.
- **gapa_basket** remembers the permits you have selected for up to 2 hours, so that you do not lose them if your connection drops.
- **gapa_consent** remembers your cookie choices for 6 months.

These cookies do not collect information that could be used for marketing or to remember where you have been on the internet.

## Analytics cookies

Analytics cookies are only set if you agree to them. We use Google Analytics 4 to count visitors, see which permit pages are used most and find out where people have difficulty. We have set Google Analytics so that it does not share data with other Google services and does not use it for advertising. The cookies are:

- **_ga**, which distinguishes users, for 12 months;
- **_ga_<container-id>**, which keeps the state of the session, for 12 months.

Google may process this data in the United States. Google's use of the data is explained in [how Google uses information from sites that use its services](https://policies.google.com/technologies/partner-sites).

If you do not agree, no analytics cookies are set and the site works in exactly the same way. You can withdraw your agreement at any time by clicking "Cookie settings" at the bottom of any page.

## Maps

The route planner uses maps from Ordnance Survey. Map tiles are loaded from Ordnance Survey's servers, which receive your IP address, but no cookies are set.

## More information

Questions about this policy can be sent to permits@glenarden-npa.gov.uk. For more about how we use personal data in permit applications, see our privacy notice.
"""

EN_ADULT_COLLEGE = """# Privacy Notice for Learners

Westmere Adult Learning College

Westmere Adult Learning College offers part-time courses for adults, from English and maths to languages, arts and professional qualifications, at three centres and online. This notice explains how we use information about our learners.

## Who we are

Westmere Adult Learning College, Station Road, Westmere WM4 2AB, is the data controller. You can contact our Data Protection Officer at dpo@westmere.ac.uk.

## What we collect

When you enrol, we collect your name, address, date of birth, contact details, previous qualifications, employment status, household circumstances where they affect your fees, and any learning difficulty, disability or health condition you tell us about so that we can support you. We record your attendance, progress, achievements and any fee payments.

## Why we use it

We use your information to enrol you, to teach and support you, to award qualifications through the relevant awarding bodies, to collect fees, and to report to the Education and Skills Funding Agency, which funds most of our courses. Our legal basis is our public task as a further education provider. We use health and disability information to provide support, for reasons of substantial public interest.

## Sharing

We share your information with awarding bodies when you are registered for a qualification, with the Education and Skills Funding Agency and the Department for Education for funding and statistics, and with our learner management system provider, which acts on our behalf. We do not share your information for marketing.

## Keeping your information

We keep learner records for six years after the end of your course, or longer where European Social Fund rules require it for funded courses.

## Getting in touch

To ask a question about your course, e-mail enquiries@westmere.ac.uk or call 01632 960 400. To ask for a copy of your data, to correct it or to object to its use, e-mail dpo@westmere.ac.uk. You can also complain to the Information Commissioner's Office.
"""

EN_VOLUNTEERING = """# Privacy Policy

HelpingHands Volunteer Match

HelpingHands Volunteer Match ("HelpingHands", "we") is an online platform that connects people who want to volunteer with charities, community groups and public bodies that need volunteers. HelpingHands is run by the Volunteer Centres Network, a registered charity (no. 1134021) and company limited by guarantee (no. 07012345), whose office is at 5 Foundry Lane, Bristol BS2 0HQ.

Effective: 1 March 2026

This policy explains how we use personal data about volunteers who use the platform, and about the staff of organisations that post opportunities ("organisations").

## 1. Summary

- We use your profile to show you volunteering opportunities near you and to send your application to the organisation you choose.
- Organisations only see your details when you apply to one of their opportunities.
- We do not sell your data and we do not show advertising.
- You can delete your account at any time.

## 2. Data we collect from volunteers

### Profile

- name, e-mail address, telephone number and postcode;
- date of birth, to check that you meet the minimum age (16, or 14 with a parent's consent for opportunities marked as suitable for young people);
- the causes you are interested in, your skills, languages, availability and how far you are willing to travel;
- optional information about yourself that you write in your profile.

### Applications

- the opportunities you apply for and the messages you exchange with organisations;
- whether the organisation accepted you and, if they tell us, the hours you volunteered.

### Optional equality information

- age group, gender, ethnicity and disability, if you choose to give them. We use these only in anonymised reports about who volunteers.

### Technical data

- the device and browser you use, your IP address, and the pages you visit on the platform, collected through essential cookies and our own analytics (see our cookie policy).

## 3. How we use your data

| Purpose | Data used | Legal basis |
| --- | --- | --- |
| Creating and running your account | Profile | Contract |
| Showing opportunities that match your postcode, causes and availability | Profile | Contract |
| Sending your application to the organisation you chose | Profile, application | Contract |
| Sending you alerts about new opportunities | Profile | Consent |
| Producing reports for funders on volunteering in each area | Anonymised profile and application data | Legitimate interests |
| Keeping the platform secure and preventing misuse | Technical data | Legitimate interests |

Opportunities are listed in order of distance from your postcode; you can also sort them by date. We do not rank volunteers or decide who is accepted: the organisation reads your application and makes its own decision.

## 4. Organisations

When you apply, the organisation receives your name, contact details, the message you wrote and the parts of your profile relevant to the role. Each organisation is responsible for how it uses your data after it receives your application, and has its own privacy notice. We check that every organisation on the platform is a charity, community group, school, hospital trust or public body.

We never pass your details to organisations you have not applied to.

## 5. Service providers

We use the following providers, who process data on our behalf under contract:

| Provider | Service | Location |
| --- | --- | --- |
| [Amazon Web Services](https://aws.amazon.com/privacy/) | Hosting | Ireland |
| [Postmark](https://postmarkapp.com/privacy-policy) | Sending e-mails | United States (UK International Data Transfer Addendum) |
| [Zendesk](https://www.zendesk.com/company/agreements-and-terms/privacy-notice/) | Help desk | Ireland |
| [Twilio](https://www.twilio.com/legal/privacy) | Text message reminders | United States (UK International Data Transfer Addendum) |

## 6. Sharing with others

We share anonymised statistics with our funders and local councils. We do not share personal data with them. We may disclose personal data if the law requires it, for example to the police investigating a crime.

## 7. How long we keep data

- Accounts are deleted automatically after 24 months without a login. We e-mail you one month before.
- Application messages are deleted 12 months after the opportunity closes.
- Equality information is deleted when you delete your account.
- Help desk tickets are deleted after 2 years.

## 8. Your rights

You can see, correct and delete most of your data in your account settings. You can also:

- ask for a copy of all the data we hold about you;
- ask us to transfer your profile to another service;
- object to our use of your data for reports;
- withdraw your consent to opportunity alerts, using the link in any alert or your settings.

E-mail privacy@helpinghands.org.uk to make a request. We will respond within one month. You have the right to complain to the Information Commissioner's Office at [ico.org.uk](https://ico.org.uk).

## 9. Safeguarding

Some opportunities involve work with children or adults at risk. For these roles, the organisation, not HelpingHands, carries out any criminal records check, and we do not receive the result. If we receive a report that a volunteer or an organisation may put someone at risk, we may suspend the account while we look into it and share the report with the local authority safeguarding team.

## 10. Data about organisation staff

We collect the name, role, work e-mail and phone number of staff who manage an organisation's account, and use them to run the account and to contact the organisation. We keep them while the organisation has an account and for one year after.

## 11. Children

Volunteers aged 14 and 15 need a parent or carer to confirm consent when they create an account. We e-mail the parent a link; the account is not active until the parent confirms. We show these volunteers only opportunities marked as suitable for young people.

## 12. Security

All data is encrypted in transit and at rest. Staff at the Volunteer Centres Network can see volunteer profiles only when they need to help with a support request, and every access is logged.

## 13. Changes

If we change this policy in a way that matters, we will e-mail you at least one month before the change takes effect.
"""

EN_LOST_PROPERTY = """# Lost Property: how we use your information

Mersey Metro Lost Property Office

If you lose something on a Mersey Metro train, tram or bus, or at one of our stations, you can report it online or at the Lost Property Office at Central Station. This notice explains what we do with the information you give us.

## What we collect

When you report a lost item, we ask for your name, e-mail address, phone number, a description of the item, and when and where you think you lost it. If your item is found, we ask you to prove that it is yours by describing it in detail, and we ask for photo identification when you collect it. If you ask us to post the item, we need your postal address and payment for postage.

When an item containing personal documents is handed in, such as a wallet or a bag, we look inside only to find out who owns it.

## How we use it

We use your information to match your report with items handed in, to contact you if we find a match, to return the item to you and to take payment for postage. We rely on our legitimate interest in returning lost property to its owners.

## Sharing

Your report is stored in our lost property system, which is run for us by a UK supplier. Payments for postage are processed by our card payment provider. If a found item may have been stolen, or if it contains something illegal, we pass it and the related information to the British Transport Police.

## How long we keep it

Reports are kept for 3 months. Found items that nobody claims are kept for 3 months and then donated to charity or destroyed. Records of items returned are kept for 12 months, in case of a dispute.

## Your rights

You can ask us for a copy of your information, or ask us to correct or delete it, by e-mailing lostproperty@merseymetro.co.uk or calling 0151 555 0190.
"""
EN_POLLING_PANEL = """# Cookie Notice

Civic Pulse Panel

Civic Pulse Panel is the online research panel of Civic Pulse Research Ltd, a polling company and member of the British Polling Council. Panel members take part in surveys about politics, public services and current affairs in return for points. This notice describes the cookies and similar technologies used on civicpulse.co.uk and in our surveys.

## Why we use cookies

We use cookies to let you sign in, to make sure each member completes a survey only once, and to understand how our website is used. We do not use cookies to show you advertising, and survey answers are never linked to cookies set by other companies.

## The cookies we use

| Cookie | Type | What it does | Duration |
| --- | --- | --- | --- |
| cp_sess | Necessary | Keeps you signed in to your panel account | Session |
| cp_survey | Necessary | Saves your progress in a survey, so you can return to it | 7 days |
| cp_dupe | Necessary | Stops the same person answering a survey twice | 30 days |
| cp_choices | Necessary | Remembers your cookie settings | 6 months |
| _pk_id | Analytics (Matomo) | Tells us how visitors find and use our website | 13 months |
| _pk_ses | Analytics (Matomo) | Links page views in a single visit | 30 minutes |

Analytics cookies are used only if you accept them in the cookie banner. Our Matomo installation is hosted in the UK and the data is not shared with anyone.

## Survey quality

To protect the quality of our results, our survey software checks some technical details of your device, such as the browser version and screen size, when you start a survey. This check is used only to detect duplicate or automated responses and is not used to follow you on other websites.

## Your choices

You can change your choice at any time by clicking "Cookie settings" at the foot of any page. You can also delete cookies in your browser; if you do, you will need to sign in again.

## Contact

Questions about this notice can be sent to panel.privacy@civicpulse.co.uk.
"""

EN_YOUTH_HOSTELS = """# Cookie Policy

Countryside Youth Hostels Association

The Countryside Youth Hostels Association (CYHA) is a charity running 48 hostels in England and Wales and offering membership to people who love travelling on a budget. This policy covers cookies on cyha.org.uk and in our booking engine.

## What are cookies?

Cookies are small files placed on your device when you visit a website. They help the website remember your actions and preferences.

## How we use cookies

### Essential cookies

These make our booking engine work, for example by remembering the beds you have chosen and keeping you logged in to your membership account. They are always on.

- cyha_session: keeps your booking session. Deleted when you close your browser.
- cyha_member: remembers that you are logged in as a member. 30 days.
- cyha_consent: stores your cookie preferences. 6 months.

### Preference cookies

These remember choices such as your preferred currency and the hostels you have saved as favourites.

- cyha_currency: remembers your currency. 12 months.
- cyha_favs: remembers your favourite hostels. 13 months.

### Analytics cookies

We use Google Analytics to understand how visitors use our site, so that we can improve it. The data is aggregated and we do not use it to identify you.

- _ga: distinguishes users. 13 months.
- _gid: distinguishes users. 24 hours.

Preference and analytics cookies are set only if you accept them.

## Managing cookies

You can change your preferences at any time by clicking the cookie icon at the bottom left of each page. You can also block cookies in your browser, but the booking engine will not work without essential cookies.

## Contact us

If you have any questions, please e-mail privacy@cyha.org.uk.
"""

EN_COMMUNITY_FOUNDATION = """# Privacy Notice for Grant Applicants

Lowland Community Foundation

The Lowland Community Foundation is a charity that manages funds on behalf of donors, companies and public bodies and awards grants to community groups and, through some funds, to individuals in hardship. This notice explains how we use the personal data of people who apply to us for grants, either for themselves or on behalf of a group.

## What we collect

For group applications, we collect the name, role and contact details of the lead contact and of two other committee members, and information about the group and its project.

For individual grants, we collect your name, address, date of birth and contact details, information about your household and income, the reason you are applying, and the details of the professional who supports your application, such as a social worker or health visitor. Your application may include information about your health.

We also collect bank details so that we can pay the grant.

## How we use it

We use your information to assess your application, to pay the grant, to monitor how grants are used and to report to the donors whose funds paid for it. For individual grants, we may contact the professional who supports your application to check the information given.

## Legal basis

We process applications on the basis of our legitimate interest in awarding grants fairly. We process health information in individual applications with your explicit consent.

## Who we share it with

- Our grants management system, provided by a UK company, stores applications.
- Independent assessors, who are volunteers bound by confidentiality, read some group applications.
- We use SurveyMonkey to send end-of-grant questionnaires.
- Our bank processes grant payments.

For group grants, we tell the donor which group received the grant and how much. For individual grants, donors receive only anonymised summaries: we never tell a donor who received an individual grant.

## How long we keep it

Successful applications are kept for seven years after the end of the grant. Unsuccessful applications are kept for two years.

## Your rights

You can ask for a copy of your data, ask us to correct or delete it, or object to our use of it. E-mail grants@lowlandcf.org.uk or write to us at 8 Abbey Close, Perth PH2 8BL.
"""

EN_SOCIAL_WORK_REGULATOR = """# Privacy Notice: the Register

Social Care Professions Council

The Social Care Professions Council ("the Council") is the regulator for social workers and social care managers in Wessex. We keep the register of people who may practise, set standards, approve training courses and investigate concerns about practitioners. This notice explains how we use personal data about registrants, applicants and people who raise concerns.

## The information we hold

- Applicants and registrants: name, previous names, date of birth, contact details, qualifications, employment history, registration number, fees paid, and declarations about health, character and convictions.
- People who raise concerns: name, contact details and the information in the concern.
- Witnesses in fitness to practise cases: name, contact details and their statements.

## Where it comes from

We receive information from applicants and registrants, from universities that confirm qualifications, from employers and members of the public who raise concerns, and from other regulators.

## Why we use it

We use personal data to decide applications, to maintain the register, to check continuing professional development, to investigate concerns and to hold fitness to practise hearings. Our legal basis is our public task under the Social Care Professions Act. We process information about health and convictions for reasons of substantial public interest (protecting the public).

## The public register

The register is published on our website. It shows your name, registration number, the town where you work, your registration status, and any current sanctions. Home addresses are never published.

## Sharing

We share information with employers when they check your registration, with other regulators where there is a risk to the public, and with the panel members and lawyers involved in hearings. Our case management system is provided by a UK supplier.

## Retention

Registration records are kept for 50 years after you leave the register. Fitness to practise files are kept for 15 years after the case closes, or for 50 years where a registrant was removed from the register.

## Your rights

You can ask for a copy of your data free of charge. Requests can be made by e-mail to information@scpc-wessex.org.uk or by letter to Information Governance, Social Care Professions Council, 1 Harbour Parade, Southampton SO14 2AQ. We will reply within one month. You can also ask us to correct your data, and you can complain to the Information Commissioner's Office.
"""

EN_FOSTERING = """# Privacy Notice for Prospective Foster Carers

Greyford Council Fostering Service

Greyford Council's Fostering Service recruits, assesses, trains and supports foster carers for children in the council's care. This notice explains how we use your personal information when you enquire about fostering, apply and are assessed.

## What we collect

When you enquire, we take your name, contact details and some basic information about your home and household. If you apply, we collect much more, because the law requires a full assessment. This includes:

- your identity, address history, employment history and finances;
- information about everyone who lives in your home;
- your health, through a medical report from your GP;
- checks with the police through the Disclosure and Barring Service (DBS), and checks with other councils where you have lived;
- references from personal referees, current and former partners, employers and schools your children attend.

## Why we use it

We use this information to assess whether you can foster safely, to present your assessment to the fostering panel, and, if you are approved, to support and review you as a foster carer. Our legal basis is our legal obligation under the Fostering Services Regulations and our public task.

## References and checks

We will tell you who we intend to contact before we take up references. You may withdraw your consent to us contacting your personal referees at any time before the assessment is complete, although this may mean that we cannot complete your assessment.

## Sharing

We share your assessment with the members of the fostering panel and the decision-maker. If you are approved, relevant information is shared with the social workers of children placed with you.

## How long we keep it

Records of approved foster carers are kept for 10 years after they stop fostering. Records of people who are not approved, or who withdraw, are kept for 3 years.

## Your rights

You have the right to see the information we hold about you, including your assessment report, and to ask us to correct it. To make a request, contact the council's Information Governance Team at foi@greyford.gov.uk. If you are unhappy with how your information has been handled, you can complain to the Information Commisioner's Office.
"""
EN_BASES: dict[str, tuple[str, str, str]] = {
    "online-school": ("privacy", "Brightwater Online Academy", EN_ONLINE_SCHOOL),
    "student-loans": ("privacy", "Northmoor Student Finance Agency", EN_STUDENT_LOANS),
    "exam-board": ("privacy", "Pennine Assessment and Qualifications Board", EN_EXAM_BOARD),
    "jobseekers": ("privacy", "Tyneside Employment Support Service", EN_JOBSEEKERS),
    "trade-union": ("privacy", "United Transport and Logistics Workers' Union", EN_TRADE_UNION),
    "scouts": ("privacy", "Harbourside District Scouts", EN_SCOUTS),
    "animal-shelter": ("privacy", "Riverside Animal Rescue", EN_ANIMAL_SHELTER),
    "food-bank": ("privacy", "Eastgate Community Food Bank", EN_FOOD_BANK),
    "citizen-science": ("privacy", "StreamWatch (Severn Rivers Trust)", EN_CITIZEN_SCIENCE),
    "broadcaster": ("cookies", "Caledon Broadcasting Corporation", EN_BROADCASTER),
    "sports-booking": ("cookies", "Hollinsford Active Bookings", EN_SPORTS_BOOKING),
    "national-park": ("cookies", "Glen Arden National Park Authority", EN_NATIONAL_PARK),
    "adult-college": ("privacy", "Westmere Adult Learning College", EN_ADULT_COLLEGE),
    "volunteering": ("privacy", "HelpingHands Volunteer Match", EN_VOLUNTEERING),
    "lost-property": ("privacy", "Mersey Metro Lost Property Office", EN_LOST_PROPERTY),
    "polling-panel": ("cookies", "Civic Pulse Panel", EN_POLLING_PANEL),
    "youth-hostels": ("cookies", "Countryside Youth Hostels Association", EN_YOUTH_HOSTELS),
    "community-foundation": ("privacy", "Lowland Community Foundation", EN_COMMUNITY_FOUNDATION),
    "care-regulator": ("privacy", "Social Care Professions Council", EN_SOCIAL_WORK_REGULATOR),
    "fostering": ("privacy", "Greyford Council Fostering Service", EN_FOSTERING),
}
FR_BASES: dict[str, tuple[str, str, str]] = {}


def en(key: str) -> str:
    return f"{NAME}-base-en-{key}"


def fr(key: str) -> str:
    return f"{NAME}-base-fr-{key}"


EN_EDITS: list[Pair] = [
    # Brightwater Online Academy
    (en("online-school"), "major", ["R7"], False, False,
     "A new category and source of pupil data is added to the collection list: \"records from the pupil's previous school, including any education, health and care plan and safeguarding file, which we request directly from that school\"; the date stamp also changes.",
     [("Last updated: 3 March 2026", "Last updated: 2 September 2026"),
      before("- payment details for tuition fees, handled by our payment provider.", "- records from the pupil's previous school, including any education, health and care plan and safeguarding file, which we request directly from that school;\n")]),
    (en("online-school"), "editorial", ["R1"], False, False,
     "Two sentences are reworded (\"taught live over the internet\" -> \"taught live online\"; pupils \"aged 13 and over can make these requests themselves\" -> \"who are 13 or older may make these requests on their own behalf\") with the same meaning.",
     [("Lessons are taught live over the internet by qualified teachers.", "All lessons are taught live online by qualified teachers."),
      ("Pupils aged 13 and over can make these requests themselves.", "Pupils who are 13 or older may make these requests on their own behalf.")]),
    # Northmoor Student Finance Agency
    (en("student-loans"), "rights_reducing", ["R4"], False, False,
     "Subject access requests lose the online-form channel and the free identity check by login or reference number: requests must now go by post with \"a certified copy of your passport or driving licence and a recent utility bill\", and the reply may take \"three months\"; exercising the right becomes harder and slower.",
     [("To make a subject access request, use the online form in your student finance account or write to the Data Protection Officer. We will ask you to confirm your identity using your account login or, if you write to us, the customer reference number on your letters. We will reply within one month. There is no charge.",
       "To make a subject access request, write to the Data Protection Officer at the postal address in section 1, enclosing a certified copy of your passport or driving licence and a recent utility bill. We will reply within one month, or within three months if your request is complex. There is no charge.")]),
    (en("student-loans"), "minor", ["R9"], False, False,
     "Call recordings are kept for a shorter time (\"| Call recordings | 12 months |\" -> \"6 months |\"); the effective date is updated. Shorter retention is not adverse.",
     [("| Call recordings | 12 months |", "| Call recordings | 6 months |"),
      ("Effective date: 1 February 2026", "Effective date: 1 September 2026")]),
    # Pennine Assessment and Qualifications Board
    (en("exam-board"), "major", ["R11", "R2"], False, False,
     "\"Every mark is given by a human examiner\" becomes automatic marking of short-answer questions \"by software trained on examiners' past marking\", with only a sample checked by a human: automated decisions on candidates' marks, and candidates' answers used to train the software.",
     [("Every mark is given by a human examiner. Senior examiners check samples of each examiner's marking.",
       "Most marks are given by human examiners. For short-answer questions in some science and mathematics papers, answers are marked automatically by software trained on examiners' past marking, and a human examiner checks a sample of these marks. Senior examiners check samples of each examiner's marking.")]),
    (en("exam-board"), "editorial", ["R1"], False, True,
     "Technical re-rendering: the two tables are re-captured with compact separator rows (\"| --- | --- | --- |\" -> \"|---|---|---|\") and padded cells; every recipient, place and retention period is identical.",
     [("| Recipient | Why | Where |\n| --- | --- | --- |\n| Your centre | Results, reviews and certificates | UK |\n| Ofqual and the Department for Education | Regulation and national statistics | UK |\n| Joint Council for Qualifications | Shared rules on access arrangements and malpractice | UK |\n| UCAS | Sending your results to universities you applied to | UK |\n| Examiners and moderators | Marking | UK |\n| Our scanning and on-screen marking provider | Processing scripts on our behalf | UK |",
       "| Recipient                                   | Why                                                 | Where |\n|---------------------------------------------|-----------------------------------------------------|-------|\n| Your centre                                 | Results, reviews and certificates                   | UK    |\n| Ofqual and the Department for Education     | Regulation and national statistics                  | UK    |\n| Joint Council for Qualifications            | Shared rules on access arrangements and malpractice | UK    |\n| UCAS                                        | Sending your results to universities you applied to | UK    |\n| Examiners and moderators                    | Marking                                             | UK    |\n| Our scanning and on-screen marking provider | Processing scripts on our behalf                    | UK    |"),
      ("| Data | How long |\n| --- | --- |", "| Data | How long |\n|---|---|")]),
    # Tyneside Employment Support Service
    (en("jobseekers"), "major", ["R5"], False, False,
     "New recipient: \"the Tyneside Skills Partnership\", which receives registrants' \"contact details, skills and the kind of work you are looking for\" so its members can invite them to courses and events; a heading is also reworded.",
     [("## Who we share it with", "## Who we share your information with"),
      ("- employers, but only your CV and only when you have asked us to put you forward for a vacancy.",
       "- employers, but only your CV and only when you have asked us to put you forward for a vacancy;\n- the Tyneside Skills Partnership, a group of colleges and employers that plans training in the area, which receives your contact details, skills and the kind of work you are looking for so that its members can invite you to courses and recruitment events.")]),
    (en("jobseekers"), "minor", ["R14"], False, False,
     "The rights telephone number is written in international format (\"0191 555 0134\" -> \"+44 191 555 0134\"): same number and channel, contact reformatted.",
     [("call us on 0191 555 0134", "call us on +44 191 555 0134")]),
    # UTLWU
    (en("trade-union"), "rights_reducing", ["R12", "R5"], False, False,
     "The promise \"We never share our membership list, or any information about individual members, with any political party or candidate\" is replaced by affiliation to the Labour Party and \"We may also share the names and contact details of members who contribute to the political fund with the party and its candidates\".",
     [("The union is not affiliated to any political party. We never share our membership list, or any information about individual members, with any political party or candidate.",
       "The union is affiliated to the Labour Party. To calculate the affiliation fee, we tell the party how many members contribute to the political fund in each constituency. We may also share the names and contact details of members who contribute to the political fund with the party and its candidates, so that they can invite members to campaign events.")]),
    (en("trade-union"), "editorial", ["R1"], False, False,
     "The list of uses in section 3 is reordered (training and education moved up after membership administration); no use is added or removed.",
     [drop("- organise training and education;"),
      ("- administer your membership and collect subscriptions;\n", "- administer your membership and collect subscriptions;\n- organise training and education;\n")]),
    # Harbourside District Scouts
    (en("scouts"), "major", ["R8"], False, False,
     "A fixed retention period is replaced by a vague criterion: young people's records kept \"until one year after they leave scouting\" -> \"for as long as we consider necessary for safeguarding purposes after they leave scouting\".",
     [("Young people's records are kept until one year after they leave scouting.",
       "Young people's records are kept for as long as we consider necessary for safeguarding purposes after they leave scouting.")]),
    (en("scouts"), "minor", ["R9"], False, False,
     "Adds how to withdraw the existing photo consent and a 14-day removal commitment: a clearer, more protective statement of a practice already disclosed.",
     [("We rely on consent for photographs used on our website and social media, and on the vital interests of the young person for medical information in an emergency.",
       "We rely on consent for photographs used on our website and social media, and on the vital interests of the young person for medical information in an emergency. You can withdraw consent for photographs at any time by telling your section leader; we will remove the photographs from our website and social media within 14 days.")]),
    # Riverside Animal Rescue
    (en("animal-shelter"), "major", ["R6", "R5"], False, False,
     "The adoption system changes from one \"provided by a UK company\" to Shelterluv, \"based in the United States\", under the International Data Transfer Agreement: a new processor and a new transfer of adopter records outside the UK/EEA.",
     [("- Our adoption management system, provided by a UK company, stores adopter and animal records.",
       "- Our adoption management system, Shelterluv, stores adopter and animal records. Shelterluv is based in the United States; we transfer data to it under the International Data Transfer Agreement approved by the Information Commissioner."),
      ("apart from Mailchimp, which stores newsletter addresses in the United States under the UK-US data bridge.",
       "apart from Shelterluv, described above, and Mailchimp, which stores newsletter addresses in the United States under the UK-US data bridge.")]),
    (en("animal-shelter"), "editorial", ["R1"], False, False,
     "Vendor rename only: \"Mailchimp\" -> \"Intuit Mailchimp\" in both places; same newsletter provider, storage and safeguard.",
     [("We send our e-mail newsletter through Mailchimp.", "We send our e-mail newsletter through Intuit Mailchimp."),
      ("apart from Mailchimp, which stores", "apart from Intuit Mailchimp, which stores")]),
    # Eastgate Community Food Bank
    (en("food-bank"), "minor", ["R9"], False, False,
     "A new choice is added: \"You can ask us not to tell the referral agency when you have collected your parcel\"; a new opt-out is not adverse.",
     [("We tell the referral agency when you have collected your parcel.",
       "We tell the referral agency when you have collected your parcel; you can ask us not to.")]),
    (en("food-bank"), "minor", ["R9"], False, False,
     "The statistics promise is made more precise and protective: \"never include your name or address\" -> \"never include your name, address or any other detail that could identify you or your family\", with small numbers suppressed.",
     [("Statistics never include your name or address.",
       "Statistics never include your name, address or any other detail that could identify you or your family, and we do not publish numbers smaller than five.")]),
    # StreamWatch
    (en("citizen-science"), "major", ["R2"], False, False,
     "A new purpose is added to the list: uploaded photographs are used to \"train and improve an image recognition tool that suggests species names\".",
     [("- produce scientific reports on the health of the catchment.",
       "- produce scientific reports on the health of the catchment;\n- train and improve an image recognition tool that suggests species names, using the photographs you upload.")]),
    (en("citizen-science"), "editorial", ["R1"], False, True,
     "Technical re-rendering: two paragraphs are re-captured with hard line breaks at about 80 characters; the words are identical.",
     [("When you register as a StreamWatch volunteer, we collect your name, e-mail address, postcode and the monitoring sites you adopt. When you submit a record, we store the date,",
       "When you register as a StreamWatch volunteer, we collect your name, e-mail\naddress, postcode and the monitoring sites you adopt. When you submit a record,\nwe store the date,"),
      ("Records on the public map show your first name and the initial of your surname, unless you choose to stay anonymous in your profile settings. Exact locations of rare species are blurred to a 1 km square.",
       "Records on the public map show your first name and the initial of your surname,\nunless you choose to stay anonymous in your profile settings. Exact locations\nof rare species are blurred to a 1 km square.")]),
    # Caledon Broadcasting
    (en("broadcaster"), "major", ["R15"], True, False,
     "A new third-party performance tracker is listed: \"chartbeat_uid | Chartbeat | Measures in real time which news articles are being read\" with a link to Chartbeat's policy; a new vendor needing consent, so earlier consent does not cover it.",
     [before("| barb_id | Broadcasters' Audience Research Board |", "| chartbeat_uid | Chartbeat | Measures in real time which news articles are being read, so that editors can decide where to place stories | 13 months |\n"),
      ("Hotjar's handling of data is described in the", "Chartbeat's handling of data is described in the [Chartbeat privacy policy](https://chartbeat.com/privacy/). Hotjar's handling of data is described in the")]),
    (en("broadcaster"), "minor", ["R17"], False, False,
     "The Hotjar feedback cookie \"_hjSessionUser\" and the sentence linking to Hotjar's policy are removed; nothing is added; the update stamp changes.",
     [drop("| _hjSessionUser | Hotjar |"),
      (" Hotjar's handling of data is described in the [Hotjar privacy policy](https://www.hotjar.com/legal/policies/privacy/).", ""),
      ("Last updated: 10 January 2026", "Last updated: 4 May 2026")]),
    # Hollinsford Active Bookings
    (en("sports-booking"), "major", ["R16"], False, False,
     "The Matomo visitor cookie lives longer: \"_pk_id | Distinguishes visitors | 6 months\" -> \"13 months\" (within the 13-month cap, but a longer lifetime).",
     [("| _pk_id | Distinguishes visitors | 6 months |", "| _pk_id | Distinguishes visitors | 13 months |")]),
    (en("sports-booking"), "editorial", ["R1"], False, False,
     "Rewording only: \"Refusing analytics cookies does not affect your bookings\" -> \"Whether or not you accept analytics cookies, you can book in exactly the same way\", and \"For questions\" -> \"If you have any questions\".",
     [("Refusing analytics cookies does not affect your bookings.", "Whether or not you accept analytics cookies, you can book in exactly the same way."),
      ("For questions, e-mail", "If you have any questions, e-mail")]),
    # Glen Arden NPA
    (en("national-park"), "rights_reducing", ["R10", "R13"], False, False,
     "Google Analytics cookies stop being consent-based: \"only set if you agree to them\" -> \"set when you visit the site\", and the sentence on refusing and withdrawing via \"Cookie settings\" is replaced by blocking in the browser; the right to refuse and withdraw is removed.",
     [("Analytics cookies are only set if you agree to them.", "Analytics cookies help us run the permits service and are set when you visit the site."),
      ("If you do not agree, no analytics cookies are set and the site works in exactly the same way. You can withdraw your agreement at any time by clicking \"Cookie settings\" at the bottom of any page.",
       "If you do not want analytics cookies, you can block them in your browser settings.")]),
    (en("national-park"), "editorial", ["R1"], False, True,
     "Technical re-rendering: characters are re-captured as HTML entities (\"<container-id>\" -> \"&lt;container-id&gt;\", \"Survey's\" -> \"Survey&#39;s\"); same text.",
     [("**_ga_<container-id>**", "**_ga_&lt;container-id&gt;**"),
      ("Ordnance Survey's servers", "Ordnance Survey&#39;s servers")]),
    # Westmere Adult Learning College
    (en("adult-college"), "major", ["R3"], False, False,
     "Controller identity changes: after a merger, \"the Westmere and Dunholm College Group ... is now the data controller for all learner records, including records created before the merger\".",
     [("Westmere Adult Learning College, Station Road, Westmere WM4 2AB, is the data controller.",
       "On 1 August 2026, Westmere Adult Learning College merged with Dunholm College to form the Westmere and Dunholm College Group. The Group, whose registered office is at Station Road, Westmere WM4 2AB, is now the data controller for all learner records, including records created before the merger.")]),
    (en("adult-college"), "minor", ["R14"], False, False,
     "A postal address is added for course questions while the e-mail and phone stay; the data-protection channel (dpo@westmere.ac.uk) is unchanged.",
     [("To ask a question about your course, e-mail enquiries@westmere.ac.uk or call 01632 960 400.",
       "To ask a question about your course, e-mail enquiries@westmere.ac.uk, call 01632 960 400 or write to Learner Services, Station Road, Westmere WM4 2AB.")]),
    # HelpingHands
    (en("volunteering"), "major", ["R11", "R7"], False, False,
     "Opportunities are no longer ordered by distance but by \"a match score that our software calculates from your profile, the opportunities you have viewed and applied for, and the choices of volunteers with similar profiles\": new profiling of volunteers; the effective date also changes.",
     [("Effective: 1 March 2026", "Effective: 1 October 2026"),
      ("Opportunities are listed in order of distance from your postcode; you can also sort them by date.",
       "Opportunities are listed in order of a match score that our software calculates from your profile, the opportunities you have viewed and applied for, and the choices of volunteers with similar profiles; you can also sort them by distance or date.")]),
    (en("volunteering"), "rights_reducing", ["R12", "R5"], False, False,
     "\"We never pass your details to organisations you have not applied to\" is replaced by showing the profile to \"other organisations on the platform that are looking for volunteers like you\" by default (opt-out), and the summary is changed to match.",
     [("- Organisations only see your details when you apply to one of their opportunities.",
       "- Organisations see your details when you apply to one of their opportunities, and may see a summary of your profile when they look for volunteers."),
      ("We never pass your details to organisations you have not applied to.",
       "We may also show a summary of your profile (first name, skills, availability and area) to other organisations on the platform that are looking for volunteers like you, so that they can invite you to apply. You can turn this off in your account settings.")]),
    # Mersey Metro Lost Property
    (en("lost-property"), "minor", ["R9"], False, False,
     "Shorter retention: records of returned items are kept \"for 12 months\" -> \"for 6 months\".",
     [("Records of items returned are kept for 12 months, in case of a dispute.", "Records of items returned are kept for 6 months, in case of a dispute.")]),
    (en("lost-property"), "editorial", ["R1"], False, False,
     "Rewording only: \"we look inside only to find out who owns it\" -> \"we look inside it only to find out who it belongs to\", and the heading \"Sharing\" -> \"Who we share it with\".",
     [("we look inside only to find out who owns it.", "we look inside it only to find out who it belongs to."),
      ("## Sharing", "## Who we share it with")]),
    # Civic Pulse Panel
    (en("polling-panel"), "major", ["R15"], True, False,
     "A new third-party advertising tracker is added: \"_fbp | Advertising (Meta) | Measures how many people join the panel after seeing our recruitment adverts\"; new vendor and tracker category needing consent.",
     [("| _pk_ses | Analytics (Matomo) | Links page views in a single visit | 30 minutes |",
       "| _pk_ses | Analytics (Matomo) | Links page views in a single visit | 30 minutes |\n| _fbp | Advertising (Meta) | Measures how many people join the panel after seeing our recruitment adverts on Facebook and Instagram | 3 months |"),
      ("Analytics cookies are used only if you accept them in the cookie banner.", "Analytics and advertising cookies are used only if you accept them in the cookie banner.")]),
    (en("polling-panel"), "editorial", ["R1"], False, False,
     "The introduction is reworded (\"take part in surveys ... in return for points\" -> \"answer surveys ... and earn points for doing so\"); same service, same cookies.",
     [("Panel members take part in surveys about politics, public services and current affairs in return for points.",
       "Members of the panel answer surveys on politics, public services and current affairs, and earn points for doing so.")]),
    # CYHA
    (en("youth-hostels"), "minor", ["R9"], False, False,
     "Two cookie lifetimes are shortened: \"cyha_favs ... 13 months\" -> \"6 months\" and \"_ga ... 13 months\" -> \"12 months\"; shorter lifetimes are not adverse.",
     [("- cyha_favs: remembers your favourite hostels. 13 months.", "- cyha_favs: remembers your favourite hostels. 6 months."),
      ("- _ga: distinguishes users. 13 months.", "- _ga: distinguishes users. 12 months.")]),
    (en("youth-hostels"), "editorial", ["R1"], False, True,
     "Technical re-rendering: the cookie-type headings are re-captured one level lower (\"###\" -> \"####\") and list markers \"- \" become \"* \"; wording identical.",
     [("### Essential cookies", "#### Essential cookies"),
      ("### Preference cookies", "#### Preference cookies"),
      ("### Analytics cookies", "#### Analytics cookies"),
      ("- cyha_session:", "* cyha_session:"),
      ("- cyha_member:", "* cyha_member:"),
      ("- cyha_consent:", "* cyha_consent:"),
      ("- cyha_currency:", "* cyha_currency:"),
      ("- cyha_favs:", "* cyha_favs:"),
      ("- _ga:", "* _ga:"),
      ("- _gid:", "* _gid:")]),
    # Lowland Community Foundation
    (en("community-foundation"), "editorial", ["R1"], False, False,
     "The list of recipients is reordered (the bank moved to the top) and a comma is added; the same four recipients remain.",
     [drop("- Our bank processes grant payments."),
      before("- Our grants management system, provided by a UK company, stores applications.", "- Our bank processes grant payments.\n"),
      ("For individual grants, we may contact the professional", "For individual grants, we may also contact the professional")]),
    (en("community-foundation"), "minor", ["R17"], False, False,
     "A processor is removed: SurveyMonkey is no longer used, questionnaires are \"sent from our grants management system\", a processor already listed.",
     [("- We use SurveyMonkey to send end-of-grant questionnaires.", "- End-of-grant questionnaires are sent from our grants management system.")]),
    # Social Care Professions Council
    (en("care-regulator"), "rights_reducing", ["R4"], False, False,
     "Access requests become paid and slower: \"free of charge\" -> \"an administration fee of £25 for each request, payable before we start work on it\", and the one-month deadline now runs from receipt of the fee.",
     [("You can ask for a copy of your data free of charge.", "You can ask for a copy of your data. We charge an administration fee of £25 for each request, payable before we start work on it."),
      ("We will reply within one month.", "We will reply within one month of receiving the fee.")]),
    (en("care-regulator"), "major", ["R7"], False, False,
     "A new source is added: \"the Disclosure and Barring Service, which tells us automatically when a registrant is arrested, charged or convicted\".",
     [("and from other regulators.", "from other regulators, and from the Disclosure and Barring Service, which tells us automatically when a registrant is arrested, charged or convicted.")]),
    # Greyford Fostering
    (en("fostering"), "rights_reducing", ["R13"], False, False,
     "The right to withdraw consent to contacting personal referees \"at any time before the assessment is complete\" is deleted and replaced by \"we contact your referees as part of the statutory assessment\".",
     [("You may withdraw your consent to us contacting your personal referees at any time before the assessment is complete, although this may mean that we cannot complete your assessment.",
       "Once you have applied, we contact your referees as part of the statutory assessment.")]),
    (en("fostering"), "editorial", ["R1"], False, False,
     "Spelling fix \"Commisioner's\" -> \"Commissioner's\" and \"much more\" -> \"a lot more\"; no change of meaning.",
     [("Information Commisioner's Office", "Information Commissioner's Office"),
      ("we collect much more, because", "we collect a lot more, because")]),
]

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
