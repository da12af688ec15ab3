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

## Shared computers

If you book on a shared or public computer, such as one in a library, please log out when you have finished and close the browser, so that the session cookie is deleted and the next user cannot see your bookings.

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

## Cookies set by our partners

When you pay for a booking, you are taken to our payment provider's secure page, which sets its own cookies to process the payment and prevent fraud. We do not control these cookies.

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
FR_PARTI = """# Politique de protection des données personnelles

Union pour les Territoires Solidaires (UTS)

L'Union pour les Territoires Solidaires (« UTS », « le parti », « nous ») est un parti politique constitué sous la forme d'une association régie par la loi du 1er juillet 1901, dont le siège est situé 27, rue des Tanneurs, 69002 Lyon. La présente politique explique comment nous traitons les données personnelles de nos adhérents, de nos sympathisants, de nos donateurs et des personnes qui nous contactent.

Nous savons que les données qui révèlent vos opinions politiques sont particulièrement sensibles. Elles font l'objet d'une protection renforcée par le règlement général sur la protection des données (RGPD) et par la loi Informatique et Libertés, et nous nous engageons à les traiter avec la plus grande prudence.

Dernière mise à jour : 15 janvier 2026

## 1. Responsable du traitement

Le responsable du traitement est l'association Union pour les Territoires Solidaires, représentée par sa secrétaire générale. Les fédérations départementales du parti agissent sous notre responsabilité et n'ont pas la qualité de responsable de traitement distinct.

Nous avons désigné un délégué à la protection des données (DPO), que vous pouvez joindre :

- par courriel : dpo@uts-territoires.fr ;
- par courrier : Délégué à la protection des données, UTS, 27, rue des Tanneurs, 69002 Lyon.

## 2. Quelles données collectons-nous ?

### Adhérents

- état civil : nom, prénom, date de naissance ;
- coordonnées : adresse postale, adresse électronique, numéro de téléphone ;
- fédération et section de rattachement ;
- date d'adhésion, montant et historique des cotisations ;
- mandats et responsabilités exercés au sein du parti ;
- le cas échéant, mandats électifs détenus.

### Sympathisants

- nom, prénom, adresse électronique, code postal ;
- les thèmes sur lesquels vous souhaitez être informé ;
- votre participation à nos événements.

### Donateurs

- nom, prénom, adresse postale, nationalité et montant des dons, que la loi nous impose de recueillir pour vérifier le respect du plafond des dons aux partis politiques ;
- le cas échéant, le numéro du reçu fiscal qui vous a été adressé.

## 3. Pourquoi utilisons-nous vos données ?

| Finalité | Base légale |
| --- | --- |
| Gestion des adhésions et des cotisations | Exécution des statuts (contrat d'adhésion) |
| Organisation de la vie démocratique interne (congrès, votes des adhérents, élection des instances) | Exécution des statuts |
| Envoi de la lettre d'information et d'invitations aux événements | Consentement |
| Collecte des dons et délivrance des reçus fiscaux | Obligation légale |
| Transmission des informations financières à la Commission nationale des comptes de campagne et des financements politiques (CNCCFP) | Obligation légale |
| Réponse à vos demandes | Intérêt légitime |

Vos données ne sont utilisées pour aucune autre finalité. Nous n'analysons pas vos données pour déduire vos centres d'intérêt ou votre profil, et tous les adhérents d'une même fédération reçoivent les mêmes communications.

## 4. Données sensibles

Votre adhésion révèle vos opinions politiques. Conformément à l'article 9 du RGPD, nous traitons ces données dans le cadre de nos activités légitimes de parti politique, uniquement à l'égard de nos membres et des personnes en contact régulier avec nous, et nous ne les communiquons pas à l'extérieur sans votre consentement.

## 5. Qui a accès à vos données ?

Ont accès à vos données, dans la limite de leurs attributions :

- les permanents du siège chargés des adhésions, de la trésorerie et de la communication ;
- les secrétaires et trésoriers de votre fédération départementale, pour les adhérents de leur fédération ;
- notre mandataire financier, pour les dons ;
- nos sous-traitants techniques : notre éditeur de logiciel de gestion des adhérents, hébergé en France, et notre prestataire d'envoi de courriels, [Brevo](https://www.brevo.com/fr/legal/privacypolicy/), hébergé dans l'Union européenne.

Nous ne transmettons jamais le fichier des adhérents ni celui des sympathisants à des tiers, y compris à d'autres partis, à des candidats ou à des élus.

## 6. Transferts hors de l'Union européenne

Vos données sont hébergées en France et ne font l'objet d'aucun transfert hors de l'Union européenne.

## 7. Durées de conservation

| Données | Durée |
| --- | --- |
| Adhérents | Durée de l'adhésion, puis 3 ans après la dernière cotisation |
| Sympathisants | 3 ans après le dernier contact |
| Donateurs | 6 ans après le don, pour répondre aux contrôles de la CNCCFP |
| Demandes de contact | 1 an |

À l'issue de ces durées, vos données sont supprimées ou anonymisées.

## 8. Vos droits

Vous disposez d'un droit d'accès, de rectification, d'effacement et de limitation du traitement de vos données, d'un droit à la portabilité, ainsi que d'un droit d'opposition. Lorsque le traitement repose sur votre consentement, vous pouvez le retirer à tout moment, par exemple en cliquant sur le lien de désinscription présent dans chacune de nos lettres.

Vous pouvez également définir des directives relatives au sort de vos données après votre décès.

Pour exercer vos droits, écrivez au DPO par courriel ou par courrier. Nous vous répondrons dans un délai d'un mois. Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL ([www.cnil.fr](https://www.cnil.fr/fr/plaintes)).

## 9. Campagnes électorales

Pendant les campagnes électorales, nos candidats constituent leurs propres fichiers, dont ils sont seuls responsables, à partir des listes électorales auxquelles la loi leur donne accès. Ces fichiers ne sont pas croisés avec le fichier des adhérents du parti.

## 10. Sécurité

Le fichier des adhérents est hébergé sur des serveurs situés en France. L'accès est protégé par une authentification à deux facteurs et chaque consultation est journalisée. Les responsables de fédération s'engagent par écrit à respecter la confidentialité des données auxquelles ils ont accès et ne peuvent exporter que les listes de leur propre fédération.

## 11. Modification de la présente politique

Nous pouvons être amenés à modifier la présente politique. En cas de changement important, nous informerons les adhérents par courriel au moins un mois avant son entrée en vigueur.
"""

FR_ORDRE_ARCHITECTES = """# Politique de confidentialité

Conseil régional de l'Ordre des architectes des Hauts-de-Loire

Le Conseil régional de l'Ordre des architectes des Hauts-de-Loire (« le Conseil », « nous ») est un organisme de droit privé chargé d'une mission de service public. Il tient le tableau régional de l'Ordre, sur lequel tout architecte doit être inscrit pour exercer, veille au respect de la déontologie, contrôle l'assurance professionnelle des architectes et organise la formation continue. La présente politique décrit la manière dont nous traitons les données personnelles des architectes, des candidats à l'inscription et des personnes qui s'adressent à nous.

Version en vigueur au 1er mars 2026

## Responsable du traitement

Le responsable du traitement est le Conseil régional de l'Ordre des architectes des Hauts-de-Loire, 12, quai de la Fosse, 44000 Nantes. Le Conseil national de l'Ordre des architectes est responsable des traitements qu'il met en œuvre au niveau national, notamment l'annuaire national des architectes.

Notre référente à la protection des données peut être contactée à l'adresse donnees-personnelles@architectes-hautsdeloire.fr.

## Données traitées

### Pour les architectes inscrits et les candidats à l'inscription

- nom, prénoms, date et lieu de naissance, nationalité ;
- adresse personnelle et adresse professionnelle, téléphone, courriel ;
- diplômes, habilitation à exercer la maîtrise d'œuvre en son nom propre (HMONP), expérience professionnelle ;
- mode d'exercice (libéral, associé, salarié, fonctionnaire) et, le cas échéant, société d'architecture ;
- attestation d'assurance de responsabilité professionnelle et nom de l'assureur ;
- extrait de casier judiciaire (bulletin n° 3), demandé lors de l'inscription ;
- paiement des cotisations ordinales ;
- heures de formation continue déclarées ;
- le cas échéant, procédures disciplinaires.

### Pour les particuliers et les maîtres d'ouvrage

- nom, coordonnées et objet de votre demande lorsque vous nous saisissez d'une réclamation contre un architecte ou d'une demande de conciliation ;
- pièces que vous nous transmettez à l'appui de votre demande.

## Finalités et bases légales

| Traitement | Finalité | Base légale |
| --- | --- | --- |
| Tenue du tableau | Inscription, modification et radiation des architectes | Obligation légale (loi n° 77-2 du 3 janvier 1977 sur l'architecture) |
| Contrôle des assurances | Vérifier chaque année que les architectes sont assurés | Obligation légale |
| Cotisations | Appel et recouvrement des cotisations ordinales | Obligation légale |
| Formation continue | Suivi de l'obligation de formation | Mission d'intérêt public |
| Discipline | Instruction des plaintes et saisine de la chambre de discipline | Mission d'intérêt public |
| Conciliation | Traitement des demandes de conciliation entre architectes et clients | Mission d'intérêt public |
| Communication | Envoi de la lettre d'information régionale | Intérêt légitime |

## Le tableau et l'annuaire

Le tableau régional est public. Il mentionne pour chaque architecte son nom, son numéro d'inscription, son adresse professionnelle et son mode d'exercice. Ces informations sont reprises dans l'annuaire national publié par le Conseil national sur le site architectes.org. L'adresse personnelle, la date de naissance et les informations relatives à l'assurance ne sont jamais publiées.

## Destinataires

Les données sont accessibles aux élus et aux collaborateurs du Conseil dans la limite de leurs missions. Elles peuvent être transmises :

- au Conseil national de l'Ordre des architectes, pour l'annuaire national et la gestion nationale du tableau ;
- aux juridictions et à la chambre de discipline, dans le cadre d'une procédure ;
- à la Mutuelle des architectes français et aux autres assureurs, uniquement pour vérifier la validité d'une attestation que vous nous avez transmise ;
- à notre prestataire de paiement en ligne pour le règlement des cotisations ;
- à l'éditeur de notre logiciel de gestion du tableau, qui agit en qualité de sous-traitant et héberge les données en France.

Nous ne vendons ni ne louons aucune donnée. Les coordonnées des architectes ne sont pas communiquées à des fins commerciales.

## Durées de conservation

- Données du tableau : pendant toute la durée de l'inscription, puis 10 ans après la radiation ;
- bulletin n° 3 du casier judiciaire : supprimé dès la décision d'inscription ;
- dossiers disciplinaires : 10 ans après la décision définitive ;
- demandes de conciliation : 5 ans après la clôture ;
- justificatifs de formation continue : 3 ans.

## Vos droits

Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de limitation. Vous pouvez vous opposer au traitement de vos données fondé sur l'intérêt légitime ou la mission d'intérêt public, sauf motif impérieux. Le droit à l'effacement ne s'applique pas aux données dont la conservation est imposée par la loi.

Pour exercer vos droits, adressez un courriel à donnees-personnelles@architectes-hautsdeloire.fr ou un courrier à notre adresse, en précisant votre numéro d'inscription si vous êtes architecte. Une réponse vous sera apportée dans un délai d'un mois.

Vous pouvez introduire une réclamation auprès de la Commission nationale de l'informatique et des libertés (CNIL), 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07.

## Espace architecte en ligne

L'espace architecte vous permet de mettre à jour vos coordonnées, de télécharger vos attestations d'inscription, de déclarer vos heures de formation et de régler votre cotisation. Il n'utilise que des cookies nécessaires à son fonctionnement : un cookie de session et un cookie de sécurité. Aucun outil de mesure d'audience ni aucun cookie publicitaire n'y est déposé.

## Élections ordinales

Les conseillers régionaux sont élus par les architectes inscrits au tableau. Pour organiser ces élections, nous utilisons la liste électorale des architectes inscrits, qui comporte leur nom, leur numéro d'inscription et leur adresse professionnelle. Le vote a lieu par voie électronique ; le prestataire de vote reçoit uniquement les données nécessaires à l'envoi des identifiants de vote et ne peut pas relier un bulletin à un électeur.

## Sécurité

Les données sont hébergées en France. Les accès au logiciel de gestion du tableau sont nominatifs et protégés par mot de passe. Les dossiers disciplinaires sont accessibles aux seuls élus et collaborateurs chargés de leur instruction.

## Modifications

La présente politique peut évoluer. La version en vigueur est toujours disponible sur notre site, et les architectes inscrits sont informés par courriel de toute modification substantielle.
"""

FR_SAUVETAGE = """# Politique relative aux cookies

Société des Sauveteurs du Littoral Atlantique

La Société des Sauveteurs du Littoral Atlantique est une association reconnue d'utilité publique dont les bénévoles assurent le sauvetage en mer sur la côte atlantique. Notre site internet permet de découvrir nos stations, de devenir bénévole et de faire un don. Cette page explique quels cookies nous utilisons.

## Qu'est-ce qu'un cookie ?

Un cookie est un petit fichier déposé sur votre terminal lorsque vous consultez un site. Il permet au site de reconnaître votre navigateur pendant une durée limitée.

## Les cookies que nous utilisons

**Cookies nécessaires** (toujours actifs)

| Cookie | Finalité | Durée |
| --- | --- | --- |
| ssla_session | Conserver votre session pendant un don | Session |
| ssla_don | Mémoriser le montant choisi si vous quittez le formulaire de don | 1 jour |
| ssla_consent | Enregistrer vos choix en matière de cookies | 6 mois |

**Cookies de mesure d'audience** (soumis à votre consentement)

| Cookie | Éditeur | Finalité | Durée |
| --- | --- | --- | --- |
| _pk_id | Matomo (auto-hébergé) | Compter les visites et comprendre le parcours sur le site | 13 mois |
| _pk_ses | Matomo (auto-hébergé) | Regrouper les pages vues au cours d'une visite | 30 minutes |
| _hjid | Hotjar | Analyser anonymement les clics sur le formulaire de don | 12 mois |

**Contenus vidéo**

Les vidéos de nos interventions sont hébergées sur Vimeo. Aucun cookie Vimeo n'est déposé tant que vous n'avez pas lancé la lecture.

## Vos choix

Lors de votre première visite, un bandeau vous permet d'accepter ou de refuser les cookies de mesure d'audience, avec des boutons de même taille. Vous pouvez modifier votre choix à tout moment grâce au lien « Gérer mes cookies » en bas de chaque page. Votre choix est conservé 6 mois.

## Paiement des dons

Les dons en ligne sont traités par notre prestataire de paiement sécurisé, qui peut déposer des cookies nécessaires à la prévention de la fraude.

## Contact

Pour toute question, écrivez-nous à dpo@sauveteurs-atlantique.org.
"""

FR_CHASSEURS = """# Protection des données personnelles

Fédération départementale des chasseurs de la Haute-Vézère

La Fédération départementale des chasseurs de la Haute-Vézère est une association agréée au titre de la protection de l'environnement. Elle assure la validation annuelle du permis de chasser, la formation des candidats à l'examen, la gestion des plans de chasse et l'indemnisation des dégâts de gibier. Cette page vous informe sur le traitement de vos données.

## Quelles données ?

Nous traitons les données suivantes :

- identité : nom, prénom, date et lieu de naissance ;
- coordonnées : adresse postale, téléphone, courriel ;
- numéro de permis de chasser et historique des validations ;
- assurance responsabilité civile chasse (nom de l'assureur et numéro de contrat) ;
- pour les candidats à l'examen : résultats aux épreuves théoriques et pratiques ;
- pour les détenteurs de droits de chasse : territoires, plans de chasse attribués et déclarations de prélèvements ;
- pour les agriculteurs : déclarations de dégâts de gibier et montant des indemnisations.

## À quoi servent-elles ?

Vos données servent à valider votre permis, à organiser la formation et l'examen du permis de chasser, à attribuer et suivre les plans de chasse, à instruire les demandes d'indemnisation et à vous adresser la revue fédérale. Ces traitements relèvent des missions confiées aux fédérations par le code de l'environnement.

## Destinataires

Vos données sont transmises à l'Office français de la biodiversité, qui tient le fichier national des permis de chasser, et à la Fédération nationale des chasseurs, pour la validation nationale. Les informations relatives aux dégâts sont communiquées à la commission départementale compétente. Notre prestataire informatique héberge les données en France.

## Conservation

Les données des chasseurs sont conservées tant que le permis est validé, puis 5 ans après la dernière validation. Les dossiers d'indemnisation sont conservés 10 ans.

## Vos droits

Vous pouvez accéder à vos données, les faire rectifier ou demander la limitation de leur traitement. Pour cela, écrivez-nous à contact@chasseurs-hautevezere.fr ou au 4, route de Meymac, 19200 Ussel, en indiquant votre numéro de permis. Nous vous répondrons sous un mois. En cas de difficulté, vous pouvez saisir la CNIL.
"""
FR_CAF = """# Vos données personnelles et la Caisse d'allocations familiales

Caisse d'allocations familiales des Monts-d'Arrée

La Caisse d'allocations familiales des Monts-d'Arrée (« la Caf ») verse les prestations familiales et sociales aux habitants du département : allocations familiales, aides au logement, prime d'activité, revenu de solidarité active (RSA), allocation aux adultes handicapés et aides liées à la petite enfance. Elle accompagne aussi les familles par son action sociale. Pour remplir ces missions, la Caf traite de nombreuses données vous concernant. Cette page vous explique lesquelles, pourquoi et quels sont vos droits.

Mise à jour : février 2026

## 1. Qui est responsable de vos données ?

La Caf des Monts-d'Arrée, organisme de droit privé chargé d'une mission de service public, est responsable des traitements qu'elle met en œuvre pour gérer votre dossier. La Caisse nationale des allocations familiales (Cnaf) est responsable des traitements nationaux, comme le site caf.fr et l'application mobile.

Vous pouvez contacter notre délégué à la protection des données :

- par courriel : dpo@caf-montsdarree.fr ;
- par courrier : Caf des Monts-d'Arrée, Délégué à la protection des données, 2, rue de la Libération, 29000 Quimper.

## 2. Quelles données traitons-nous ?

Selon les prestations que vous demandez, nous traitons :

- votre identité et celle des membres de votre foyer : nom, prénoms, date de naissance, sexe, numéro d'inscription au répertoire (NIR), nationalité et, pour les personnes étrangères, titre de séjour ;
- votre situation familiale : mariage, Pacs, séparation, naissance, adoption, garde des enfants ;
- vos ressources et celles de votre foyer, telles que vous les déclarez ;
- votre logement : adresse, montant du loyer, coordonnées du bailleur ;
- votre situation professionnelle : activité, chômage, formation, arrêt de travail ;
- vos coordonnées bancaires pour le versement des prestations ;
- le cas échéant, des informations relatives à votre santé ou à votre handicap, lorsque la prestation en dépend ;
- l'historique de vos échanges avec la Caf (courriers, rendez-vous, appels).

## 3. D'où viennent ces données ?

La plupart des données proviennent des déclarations que vous faites sur caf.fr, sur l'application ou lors d'un rendez-vous. Nous recevons également des informations d'autres organismes, dans les cas prévus par la loi :

- France Travail, pour votre situation de demandeur d'emploi et vos allocations chômage ;
- l'Assurance maladie, pour les indemnités journalières et la situation de vos enfants ;
- la Maison départementale des personnes handicapées (MDPH), pour les décisions relatives au handicap ;
- votre bailleur, pour le montant du loyer lorsque l'aide au logement lui est versée directement.

## 4. Pourquoi traitons-nous vos données ?

| Finalité | Base légale |
| --- | --- |
| Étudier vos droits et calculer le montant de vos prestations | Obligation légale (code de la sécurité sociale) |
| Verser les prestations et récupérer les sommes versées à tort | Obligation légale |
| Vérifier l'exactitude des déclarations et lutter contre la fraude | Obligation légale |
| Vous accompagner dans le cadre de l'action sociale | Mission d'intérêt public |
| Répondre à vos demandes et réclamations | Mission d'intérêt public |
| Mesurer votre satisfaction par des enquêtes | Intérêt légitime |
| Produire des statistiques anonymes | Mission d'intérêt public |

## 5. Calcul des droits

Le montant de vos prestations est calculé automatiquement par notre logiciel à partir des informations que vous avez déclarées, selon les règles fixées par les textes. Chaque notification de droits indique les éléments pris en compte. Si vous contestez une décision, vous pouvez demander qu'elle soit réexaminée par un agent, puis saisir la commission de recours amiable.

## 6. Contrôles

Pour vérifier vos déclarations, nos contrôleurs assermentés peuvent vous demander des justificatifs ou se rendre à votre domicile, après vous avoir prévenu. Les dossiers à contrôler sont choisis par les agents de la Caf, à la suite d'un signalement, d'une incohérence relevée dans votre dossier ou par tirage au sort.

## 7. Qui sont les destinataires ?

Seuls les agents habilités de la Caf ont accès à votre dossier, chacun dans la limite de ses missions. Vos données peuvent être communiquées, dans les cas prévus par la loi :

- au conseil départemental, pour le RSA ;
- à votre bailleur, lorsque l'aide au logement lui est versée ;
- aux autres organismes de sécurité sociale et à France Travail ;
- à l'administration fiscale et aux organismes chargés du recouvrement, en cas d'indu ;
- à nos sous-traitants, notamment notre prestataire d'impression et de mise sous pli des courriers et notre prestataire d'enquêtes de satisfaction, qui agissent sur nos instructions.

Vos données ne sont jamais vendues ni utilisées à des fins commerciales.

## 8. Transferts

Vos données sont traitées en France. Elles ne sont pas transférées hors de l'Union européenne.

## 9. Combien de temps conservons-nous vos données ?

| Données | Durée de conservation |
| --- | --- |
| Dossier allocataire | 5 ans après la fin du dernier droit |
| Dossier de contrôle sans suite | 2 ans |
| Dossier de fraude | 5 ans après la décision définitive |
| Enregistrements des appels | 1 mois |
| Réponses aux enquêtes de satisfaction | 1 an |

## 10. Vos droits

Vous disposez d'un droit d'accès à vos données, d'un droit de rectification et d'un droit à la limitation du traitement. Pour les traitements fondés sur la mission d'intérêt public ou l'intérêt légitime, vous pouvez vous opposer au traitement pour des raisons tenant à votre situation particulière ; vous pouvez en particulier refuser de répondre aux enquêtes de satisfaction. Le droit d'opposition et le droit à l'effacement ne s'appliquent pas aux traitements imposés par la loi.

Pour exercer vos droits :

- depuis votre espace « Mon Compte » sur caf.fr, rubrique « Mes informations » ;
- par courriel au délégué à la protection des données ;
- par courrier à l'adresse indiquée au point 1.

Nous vous répondrons dans un délai d'un mois. Ce délai peut être prolongé de deux mois si votre demande est complexe ; nous vous en informerons alors dans le premier mois.

Si vous estimez que vos droits ne sont pas respectés, vous pouvez introduire une réclamation auprès de la CNIL, sur [cnil.fr](https://www.cnil.fr/fr/plaintes) ou par courrier.

## 11. Sécurité

La Caf applique la politique de sécurité des systèmes d'information de la branche Famille. Les accès aux dossiers sont tracés et contrôlés. Les agents sont soumis au secret professionnel.

## 12. Évolution de cette page

Nous mettons à jour cette page lorsque nos traitements évoluent. En cas de changement important, nous vous informons dans votre espace « Mon Compte ».
"""

FR_CMA = """# Gestion des cookies

Chambre de métiers et de l'artisanat de la Vallée du Lot

Le site de la Chambre de métiers et de l'artisanat (CMA) de la Vallée du Lot vous permet de vous informer sur la création d'entreprise artisanale, de vous inscrire à nos formations et de prendre rendez-vous avec un conseiller. Lorsque vous le consultez, des cookies peuvent être déposés sur votre terminal.

## Cookies indispensables

Ces cookies sont necessaires au fonctionnement du site et ne peuvent pas être désactivés :

- **cma_session** : maintient votre session lors de l'inscription à une formation (durée de la session) ;
- **cma_rdv** : conserve le créneau de rendez-vous choisi pendant la saisie de vos coordonnées (1 heure) ;
- **cma_choix** : mémorise vos préférences en matière de cookies (6 mois).

## Cookies de mesure d'audience

Avec votre accord, nous utilisons l'outil Matomo, installé sur nos propres serveurs, pour connaître le nombre de visiteurs et les pages les plus consultées. Les adresses IP sont anonymisées. Les données ne sont pas partagées.

- **_pk_id** : identifiant du visiteur (13 mois) ;
- **_pk_ses** : durée de la visite (30 minutes).

## Vidéos

Nos tutoriels vidéo sont hébergés sur YouTube en mode « confidentialité avancée ». YouTube ne dépose des cookies que si vous lancez la vidéo, après avoir accepté les cookies de la catégorie « Vidéos ».

## Formulaires d'inscription

Les formulaires d'inscription aux formations et de prise de rendez-vous ne déposent aucun cookie supplémentaire. Les informations que vous y saisissez sont traitées conformément à notre politique de confidentialité.

## Modifier vos choix

Vous pouvez accepter ou refuser les cookies non indispensables lors de votre premiere visite. Vous pouvez changer d'avis à tout moment en cliquant sur « Cookies » en bas de page.

Pour toute question : communication@cma-valleedulot.fr.
"""

FR_CONSOMMATEURS = """# Politique cookies

Consommateurs Vigilants

Consommateurs Vigilants est une association de défense des consommateurs régie par la loi de 1901 et agréée au niveau national. Notre site consommateurs-vigilants.fr publie des enquêtes, des tests comparatifs et des conseils, et permet à nos adhérents d'accéder à leur espace personnel et à nos juristes. Cette politique décrit les cookies et autres traceurs utilisés sur notre site et dans notre application.

Dernière mise à jour : 1er février 2026

## 1. Notre engagement

Parce que notre association défend l'indépendance des consommateurs, notre site ne contient aucune publicité et nous n'utilisons aucun cookie publicitaire ni aucun traceur de réseau social. Nous ne partageons pas les données de navigation de nos visiteurs avec des annonceurs, et nos tests ne sont jamais financés par les marques testées.

## 2. Qu'est-ce qu'un traceur ?

Un cookie ou traceur est un fichier ou un identifiant enregistré sur votre terminal (ordinateur, téléphone, tablette) lors de la consultation d'un site ou d'une application. Il permet de reconnaître votre terminal lors de vos visites suivantes.

## 3. Les catégories de traceurs que nous utilisons

### 3.1 Traceurs strictement nécessaires

Ils sont indispensables pour naviguer sur le site, accéder à votre espace adhérent et effectuer un paiement. Conformément à la réglementation, ils ne nécessitent pas votre consentement.

| Nom | Émetteur | Finalité | Durée de vie |
| --- | --- | --- | --- |
| cv_session | Consommateurs Vigilants | Maintenir votre connexion à l'espace adhérent | Session |
| cv_csrf | Consommateurs Vigilants | Sécuriser les formulaires | Session |
| cv_panier | Consommateurs Vigilants | Conserver votre adhésion ou votre achat de guide en cours | 24 heures |
| cv_consent | Consommateurs Vigilants | Enregistrer vos choix en matière de traceurs | 6 mois |
| cv_paywall | Consommateurs Vigilants | Compter les articles gratuits consultés ce mois-ci | 1 mois |
| __stripe_mid | Stripe | Prévenir la fraude lors du paiement | 12 mois |

### 3.2 Traceurs de mesure d'audience

Nous mesurons la fréquentation du site avec AT Internet (Piano Analytics), configuré pour bénéficier de l'exemption de consentement prévue par la CNIL : les données sont strictement limitées à la mesure d'audience, ne sont pas recoupées avec d'autres traitements et ne sont pas transmises à des tiers. Vous pouvez néanmoins vous opposer à cette mesure.

| Nom | Émetteur | Finalité | Durée de vie |
| --- | --- | --- | --- |
| _pcid | Piano Analytics | Identifiant de visiteur anonyme | 13 mois |
| _pctx | Piano Analytics | Contexte de la visite | 13 mois |

### 3.3 Traceurs de personnalisation

Avec votre consentement, nous mémorisons vos préférences pour vous proposer des contenus adaptés sur notre site, par exemple les tests des catégories de produits que vous consultez le plus.

| Nom | Émetteur | Finalité | Durée de vie |
| --- | --- | --- | --- |
| cv_themes | Consommateurs Vigilants | Mémoriser les thématiques consultées pour adapter la page d'accueil | 6 mois |
| cv_compare | Consommateurs Vigilants | Conserver votre sélection de produits à comparer | 3 mois |

### 3.4 Contenus tiers

Certains articles intègrent des vidéos hébergées par Dailymotion. Ces vidéos sont affichées en mode « sans cookie » : Dailymotion ne dépose aucun traceur tant que vous n'avez pas cliqué sur la vidéo et accepté les cookies de la catégorie « Contenus tiers ».

| Nom | Émetteur | Finalité | Durée de vie |
| --- | --- | --- | --- |
| v1st | Dailymotion | Lecture de la vidéo et statistiques de Dailymotion | 13 mois |

Pour en savoir plus, consultez la [politique de confidentialité de Dailymotion](https://legal.dailymotion.com/fr/politique-de-confidentialite/).

## 4. Application mobile

Notre application utilise les mêmes catégories de traceurs que le site, à l'exception des contenus tiers. Les identifiants publicitaires de votre téléphone (IDFA, Android Advertising ID) ne sont jamais lus par notre application.

## 5. Lettres d'information

Nos lettres d'information envoyées par courriel ne contiennent aucun pixel de suivi : nous ne savons pas si vous les ouvrez. Les liens qu'elles contiennent comportent seulement un paramètre indiquant le nom de la lettre, afin que nous puissions compter, de manière globale, le nombre de visites qu'elle apporte sur le site.

## 6. Durée de vie des traceurs

Aucun traceur déposé par notre site ou par nos partenaires n'a une durée de vie supérieure à 13 mois. À l'expiration de ce délai, le traceur est supprimé et, s'il est soumis à votre consentement, votre accord vous est de nouveau demandé. Les informations collectées par la mesure d'audience sont conservées 25 mois au maximum.

## 7. Comment exprimer et modifier vos choix ?

Lors de votre première visite, un bandeau vous propose d'« Accepter tout », de « Refuser tout » ou de « Personnaliser » vos choix par catégorie. Refuser est aussi simple qu'accepter. En l'absence de choix, aucun traceur soumis au consentement n'est déposé.

Vous pouvez modifier vos choix à tout moment grâce au lien « Gérer mes cookies » présent en bas de chaque page, ou dans le menu « Réglages » de l'application. Votre choix, qu'il s'agisse d'une acceptation ou d'un refus, est conservé pendant 6 mois, puis nous vous le demandons à nouveau.

Pour vous opposer à la mesure d'audience, cliquez sur « Ne pas être mesuré » dans le même panneau.

Vous pouvez également configurer votre navigateur pour bloquer les cookies :

- [Chrome](https://support.google.com/chrome/answer/95647?hl=fr)
- [Firefox](https://support.mozilla.org/fr/kb/effacer-cookies-donnees-site-firefox)
- [Safari](https://support.apple.com/fr-fr/guide/safari/sfri11471/mac)
- [Edge](https://support.microsoft.com/fr-fr/microsoft-edge/supprimer-les-cookies-dans-microsoft-edge-63947406-40ac-c3b8-57b9-2a946a29ae09)

## 8. Vos droits

Les données collectées par les traceurs sont des données personnelles. Vous disposez à leur égard des droits d'accès, de rectification, d'effacement, de limitation et d'opposition décrits dans notre [politique de confidentialité](https://www.consommateurs-vigilants.fr/confidentialite). Pour les exercer, écrivez à notre délégué à la protection des données à dpo@consommateurs-vigilants.fr ou par courrier au 18, rue Lamartine, 75009 Paris. Vous pouvez aussi introduire une réclamation auprès de la CNIL.

## 9. Évolutions

Nous pouvons modifier cette politique, notamment lorsque nous ajoutons ou retirons un traceur. Lorsqu'une modification nécessite votre consentement, le bandeau cookies vous est présenté à nouveau.
"""

FR_MJC = """# Cookies

MJC de Saint-Aubin-les-Pins

La Maison des jeunes et de la culture (MJC) de Saint-Aubin-les-Pins est une association d'éducation populaire qui propose des activités culturelles, sportives et artistiques pour tous les âges. Sur notre site, vous pouvez consulter le programme, vous inscrire aux ateliers et régler votre adhésion en ligne.

## Les cookies déposés sur notre site

Nous utilisons le moins de cookies possible.

**Cookies techniques** : ils permettent le fonctionnement de la billetterie et des inscriptions en ligne, assurées par notre prestataire HelloAsso. Ils ne nécessitent pas votre accord.

**Cookies de statistiques** : si vous l'acceptez, nous utilisons Matomo pour savoir combien de personnes consultent le programme de chaque atelier. Les cookies _pk_id (durée : 13 mois) et _pk_ses (durée : 30 minutes) sont alors déposés. Les statistiques restent sur les serveurs de notre hébergeur associatif en France.

**Carte d'accès** : la page « Nous trouver » affiche une carte OpenStreetMap, qui ne dépose pas de cookie.

## Votre consentement

Le bandeau affiché lors de votre première visite vous permet d'accepter ou de refuser les cookies de statistiques. Si vous le fermez sans choisir, aucun cookie de statistiques n'est déposé. Vous pouvez revenir sur votre choix en cliquant sur « Cookies » en bas de chaque page. Nous conservons votre choix pendant 6 mois.

## Ordinateurs en libre accès

Si vous utilisez l'un des ordinateurs en libre accès de notre espace numérique, pensez à vous déconnecter de votre compte HelloAsso et à fermer le navigateur : les cookies techniques sont alors supprimés.

## Nous contacter

Pour toute question relative aux cookies ou à vos données, vous pouvez écrire à accueil@mjc-saintaubin.fr ou venir nous voir à l'accueil de la MJC, 3, place du Marché.
"""

FR_JUDO = """# Politique de cookies

Ligue de judo des Pays de Savoie

La Ligue de judo des Pays de Savoie fédère les clubs de judo, jujitsu et disciplines associées de la région. Son site permet de consulter les calendriers de compétitions, les résultats et les actualités des clubs, et aux licenciés d'accéder à leur espace compétiteur.

## Cookies nécessaires

Ces cookies sont indispensables et ne peuvent pas être refusés :

| Cookie | Rôle | Durée |
| --- | --- | --- |
| ljps_sess | Connexion à l'espace compétiteur | Session |
| ljps_lang | Mémorisation de la langue | 12 mois |
| ljps_cookies | Mémorisation de vos choix | 6 mois |

## Cookies soumis à votre consentement

| Cookie | Éditeur | Rôle | Durée |
| --- | --- | --- | --- |
| _ga | Google Analytics | Mesure de la fréquentation du site | 13 mois |
| _ga_XXXX | Google Analytics | Maintien de l'état de la session | 13 mois |
| _fbp | Meta (Facebook) | Mesure de l'efficacité des publications sponsorisées de la ligue sur Facebook | 3 mois |

Google Analytics est configuré sans partage de données avec d'autres services Google. Les données peuvent être transférées aux États-Unis ; Google est certifié au titre du cadre de protection des données UE-États-Unis.

## Vidéos des compétitions

Les vidéos des finales régionales sont publiées sur notre chaîne YouTube. Sur notre site, elles sont remplacées par une image tant que vous n'avez pas cliqué dessus ; aucun cookie YouTube n'est déposé avant votre clic.

## Gérer vos choix

Un bandeau vous permet d'accepter, de refuser ou de paramétrer les cookies lors de votre première visite. Vous pouvez modifier ce choix via le lien « Paramètres cookies » en pied de page.

## Contact

Pour toute question, écrivez à secretariat@judo-paysdesavoie.fr.
"""
FR_BILAN = """# Politique de confidentialité

Horizon Compétences, centre de bilan de compétences et d'accompagnement VAE

Horizon Compétences est une association qui réalise des bilans de compétences et accompagne les candidats à la validation des acquis de l'expérience (VAE), dans ses locaux de Rennes et de Saint-Brieuc ou à distance. Nos prestations sont le plus souvent financées par le compte personnel de formation (CPF), par un employeur ou par France Travail.

## Quelles données recueillons-nous ?

Pour réaliser votre accompagnement, nous recueillons votre nom, vos coordonnées, votre date de naissance, votre parcours scolaire et professionnel, votre situation actuelle (emploi, recherche d'emploi, congé), ainsi que le mode de financement de votre prestation. Au cours du bilan, votre consultant prend des notes et vous pouvez passer des questionnaires d'intérêts professionnels et de personnalité. Pour la VAE, nous vous aidons à constituer votre dossier de preuves.

## Confidentialité du bilan

Le bilan de compétences est confidentiel. Les résultats détaillés et le document de synthèse vous sont remis à vous seul. Ils ne peuvent être communiqués à votre employeur ou à un tiers qu'avec votre accord écrit, comme le prévoit le code du travail.

## Pourquoi ces données ?

Nous utilisons vos données pour réaliser la prestation, vous adresser les convocations, justifier de la réalisation de la prestation auprès du financeur et mesurer votre satisfaction à l'issue de l'accompagnement. La base légale est l'exécution du contrat qui nous lie et, pour les justificatifs adressés aux financeurs, le respect de nos obligations légales.

## Entretiens à distance

Si vous choisissez un accompagnement à distance, les entretiens se déroulent par visioconférence sur une solution hébergée en France. Les entretiens ne sont jamais enregistrés.

## Destinataires

Vos données sont accessibles uniquement à votre consultant et à l'assistante administrative du centre. Le financeur reçoit les attestations de présence et l'attestation de fin de prestation, sans aucun élément sur le contenu du bilan.

## Conservation

Les notes du consultant et les résultats des questionnaires sont détruits à la fin du bilan, conformément au code du travail, sauf si vous demandez par écrit leur conservation pour un suivi, pour une durée d'un an au maximum. Les documents administratifs et financiers sont conservés 5 ans.

## Vos droits

Vous pouvez accéder à vos données, les rectifier, demander leur effacement ou la limitation de leur traitement et vous opposer à certains traitements. Écrivez à contact@horizon-competences.fr. Vous pouvez aussi saisir la CNIL.
"""

FR_SECOURISME = """# Protection de vos données personnelles

Secours et Prévention Argonne

Secours et Prévention Argonne est une association agréée de sécurité civile. Ses bénévoles assurent des dispositifs prévisionnels de secours lors des manifestations, participent au soutien des populations sinistrées et forment le public aux gestes qui sauvent (PSC1, formations de secouriste et de formateur).

## Données des stagiaires

Lorsque vous vous inscrivez à une formation, nous recueillons votre nom, votre prénom, votre date de naissance, vos coordonnées, le nom de votre employeur si la formation est financée par lui, et les résultats de l'évaluation de fin de formation. Ces données servent à organiser la formation, à délivrer votre certificat de compétences et à l'enregistrer dans la base nationale de notre fédération, qui permet de vérifier l'authenticité des certificats.

Nous conservons les dossiers de formation, y compris la copie de votre certificat, pendant 5 ans après la formation, afin de pouvoir délivrer un duplicata.

## Données des bénévoles

Pour nos bénévoles, nous tenons en outre un dossier comprenant les qualifications de secourisme, les dates de recyclage, les disponibilités, la taille des tenues, un contact à prévenir en cas d'urgence et un certificat médical d'aptitude. Les disponibilités et qualifications sont gérées dans notre logiciel de planification des missions, hébergé en France.

Les nom, prénom, qualification et numéro de téléphone de chaque bénévole figurent dans l'annuaire interne de l'association, accessible à tous les bénévoles actifs, afin de faciliter l'organisation des équipes.

## Base légale

Les formations sont réalisées en exécution du contrat d'inscription. La gestion des bénévoles repose sur notre intérêt légitime à organiser les missions de secours, et le certificat médical est traité pour respecter les obligations liées à notre agrément.

## Destinataires

Les données sont transmises à notre fédération nationale pour l'enregistrement des certificats, à la préfecture lorsque les textes l'exigent pour les dispositifs de secours et, pour les formations financées, à l'employeur ou à l'organisme financeur (attestation de présence uniquement).

## Vos droits

Vous pouvez accéder à vos données, les rectifier ou demander leur suppression lorsque nous ne sommes pas tenus de les conserver, en écrivant à secretariat@secours-argonne.fr. Vous pouvez introduire une réclamation auprès de la CNIL.
"""

FR_REFUGIES = """# Comment nous protégeons vos données

Terre d'Accueil, association d'aide aux personnes exilées

Terre d'Accueil accompagne à Grenoble les personnes exilées : domiciliation, aide aux démarches de demande d'asile, cours de français, accès aux soins et hébergement solidaire chez des particuliers. Nous savons que les informations que vous nous confiez peuvent être très sensibles et nous les protégeons avec soin.

## Ce que nous enregistrons

Nous enregistrons votre nom, votre date de naissance, votre nationalité, votre langue, vos coordonnées, votre situation administrative (demande d'asile, titre de séjour, recours) et les démarches que nous faisons avec vous. Si vous nous le demandez, nous gardons aussi une copie de vos documents administratifs pour vous éviter de les perdre. Nous ne vous demandons jamais votre religion, votre orientation sexuelle ou le détail des raisons de votre départ ; si vous choisissez de nous en parler pour préparer votre récit de demande d'asile, ces informations restent dans votre dossier papier, qui est fermé à clé.

## Pourquoi

Nous utilisons ces informations pour vous aider dans vos démarches, pour assurer votre domiciliation postale et pour vous proposer un hébergement ou des cours adaptés. Nous produisons aussi des statistiques anonymes pour nos financeurs.

## Qui peut voir vos informations

Seuls les salariés et les bénévoles qui vous accompagnent peuvent voir votre dossier. Ils ont tous signé un engagement de confidentialité. Avec votre accord, nous transmettons des informations à votre avocat, à l'Office français de l'immigration et de l'intégration (OFII) ou à un établissement de santé. Nous ne donnons jamais d'informations à la police ou à la préfecture sans votre accord, sauf si un juge nous y oblige.

Pour les échanges avec vous, nous utilisons aussi des interprètes bénévoles, qui sont soumis à la même confidentialité.

## Combien de temps

Votre dossier est gardé 2 ans après notre dernier contact, puis détruit. Les copies de vos documents sont détruites dès que vous nous le demandez.

## Vos droits

Vous pouvez demander à voir votre dossier, le faire corriger ou le faire supprimer. Vous pouvez aussi vous opposer à ce que nous utilisions vos informations, même anonymes, pour nos statistiques. Parlez-en à votre accompagnant ou écrivez à donnees@terredaccueil38.org. Vous pouvez aussi vous plaindre à la CNIL.
"""

FR_AUTEURS = """# Politique de protection des données des membres

Société des auteurs de l'image et du son (SAIS)

La Société des auteurs de l'image et du son (« la SAIS ») est un organisme de gestion collective des droits d'auteur. Elle perçoit auprès des diffuseurs (chaînes de télévision, plateformes, radios) les droits dus pour l'exploitation des œuvres de ses membres et les leur répartit. La présente politique décrit les traitements de données concernant nos membres, leurs ayants droit et les candidats à l'adhésion.

Mise à jour : 20 janvier 2026

## Responsable du traitement

La SAIS, société civile dont le siège est au 9, rue Ballu, 75009 Paris, est responsable du traitement. Notre délégué à la protection des données est joignable à dpd@sais-auteurs.fr.

## Données collectées

- identité : nom, prénoms, pseudonymes, date et lieu de naissance, nationalité ;
- coordonnées postales, électroniques et téléphoniques ;
- numéro de sécurité sociale, exigé pour les déclarations sociales sur les droits d'auteur ;
- coordonnées bancaires et situation fiscale ;
- répertoire des œuvres déclarées, avec la part revenant à chaque coauteur ;
- contrats de cession de droits que vous nous transmettez ;
- montants perçus et répartis ;
- pour les ayants droit d'un auteur décédé : acte de décès, acte de notoriété et coordonnées des héritiers.

## Finalités

Nous traitons vos données pour :

- instruire votre adhésion ;
- enregistrer vos œuvres dans notre répertoire ;
- identifier les diffusions de vos œuvres à partir des relevés transmis par les diffuseurs ;
- calculer et verser vos droits ;
- effectuer les déclarations sociales et fiscales ;
- vous inviter aux assemblées générales et organiser les votes ;
- attribuer des aides de notre action culturelle, sur dossier.

Ces traitements reposent sur le contrat d'adhésion (nos statuts), sur nos obligations légales issues du code de la propriété intellectuelle et du code de la sécurité sociale et, pour l'action culturelle, sur notre intérêt légitime.

## Destinataires

Vos données sont accessibles aux services de la SAIS chargés de la documentation, de la répartition et des relations avec les membres. Elles sont transmises :

- aux organismes sociaux, pour les cotisations sur les droits d'auteur ;
- à l'administration fiscale ;
- aux sociétés d'auteurs étrangères avec lesquelles nous avons un accord de représentation, pour percevoir vos droits à l'étranger ; certaines sont situées hors de l'Union européenne, et ces échanges reposent sur l'article 49 du RGPD (exécution du contrat d'adhésion) ;
- à notre prestataire d'hébergement, situé en France.

Le répertoire public des œuvres, consultable sur notre site, indique le titre des œuvres et le nom ou pseudonyme de leurs auteurs ; aucune autre donnée n'y figure.

## Conservation

Vos données sont conservées pendant toute la durée de votre adhésion, puis pendant la durée de protection des œuvres (70 ans après le décès de l'auteur) pour les données nécessaires à la répartition des droits aux ayants droit. Les données bancaires sont supprimées à la fin de l'adhésion, sauf si des droits restent à verser.

## Vos droits

Vous disposez des droits d'accès, de rectification, d'effacement, de limitation et d'opposition, dans les limites prévues par le RGPD, ainsi que du droit à la portabilité. Vous pouvez les exercer depuis votre espace membre ou en écrivant à dpd@sais-auteurs.fr. Vous pouvez introduire une réclamation auprès de la CNIL.
"""

FR_ALERTE = """# Confidentialité de l'application Alerte Montclar

L'application Alerte Montclar est éditée par la Ville de Montclar. Elle vous permet de recevoir sur votre téléphone les alertes de la commune : inondations, coupures d'eau, fermetures de routes, alertes météorologiques et consignes de sécurité en cas d'accident industriel. Vous pouvez aussi recevoir les alertes par SMS ou par appel vocal si vous n'avez pas de smartphone.

## Quelles données ?

Pour vous inscrire, nous vous demandons votre numéro de téléphone et, si vous le souhaitez, votre nom et votre adresse électronique. Vous choisissez ensuite le ou les quartiers pour lesquels vous voulez être alerté (par exemple votre domicile et l'école de vos enfants). Vous pouvez aussi indiquer si une personne de votre foyer a besoin d'une aide particulière en cas d'évacuation ; cette information est facultative.

L'application n'accède pas à votre position : les alertes vous sont envoyées en fonction des quartiers que vous avez choisis.

## Pourquoi ?

Vos données servent uniquement à vous envoyer les alertes et, pour les personnes qui ont besoin d'aide, à permettre au service de la sécurité civile de la Ville de prévoir leur évacuation. Ce traitement relève de la mission d'intérêt public de la commune en matière de sauvegarde des populations (plan communal de sauvegarde).

## Destinataires

Les données sont accessibles aux agents du service de la sécurité civile et, en cas de crise, aux services de secours (sapeurs-pompiers, gendarmerie). L'envoi des SMS et des appels vocaux est assuré par notre prestataire [AlertiCom](https://www.alerticom.fr/confidentialite), qui héberge les données en France.

## Conservation

Votre inscription reste active jusqu'à ce que vous la supprimiez. Si un numéro ne répond plus pendant un an, il est supprimé.

## Vos droits

Vous pouvez modifier ou supprimer votre inscription à tout moment dans l'application ou en écrivant à securite.civile@ville-montclar.fr. Vous pouvez aussi accéder à vos données, les rectifier et vous opposer à leur traitement. En cas de difficulté, vous pouvez saisir la [CNIL](https://www.cnil.fr).
"""

FR_PORTAGE = """# Portage de repas à domicile : vos données personnelles

Centre communal d'action sociale (CCAS) de Villeneuve-sur-Orge

Le CCAS de Villeneuve-sur-Orge propose un service de portage de repas à domicile aux personnes âgées de plus de 65 ans, aux personnes en situation de handicap et aux personnes qui sortent d'une hospitalisation. Les repas sont préparés par la cuisine centrale de la commune et livrés par nos agents.

## Données recueillies

Lors de votre inscription, nous recueillons votre nom, votre adresse, votre numéro de téléphone, votre date de naissance, vos ressources (pour calculer le tarif), les coordonnées d'une personne à prévenir, le code d'accès à votre immeuble et vos régimes alimentaires (sans sel, diabétique, texture mixée, allergies). Lors des livraisons, nos agents notent si vous étiez présent et, s'ils constatent que vous n'allez pas bien, ils le signalent au CCAS.

## Utilisation

Ces données servent à organiser les livraisons, à adapter vos repas, à calculer et facturer le tarif et à vous porter assistance si vous ne répondez pas lors d'une livraison. La base légale est la mission d'intérêt public du CCAS. Les informations sur votre régime alimentaire, qui peuvent révéler votre état de santé, sont traitées avec votre consentement.

## Destinataires

Les données sont accessibles aux agents du service de portage et de la cuisine centrale (régimes uniquement) et au service de facturation de la commune. En cas d'absence inquiétante, nous contactons la personne que vous avez désignée et, si nécessaire, les services de secours.

## Conservation

Votre dossier est conservé pendant la durée du service, puis 3 ans après son arrêt. Les feuilles de tournée sont conservées 1 an.

## Vos droits

Vous pouvez consulter et faire corriger vos données, retirer votre consentement pour les régimes alimentaires ou demander la suppression de votre dossier à la fin du service. Adressez-vous au CCAS, 1, place de la Mairie, ou par téléphone au 01 69 00 12 34. Vous pouvez aussi saisir la CNIL.
"""

FR_BUDGET = """# Vos données et Budget Solidaire

Budget Solidaire est une association labellisée « Point conseil budget ». Nous accompagnons gratuitement les personnes qui rencontrent des difficultés financières : aide à l'établissement d'un budget, négociation avec les créanciers, constitution d'un dossier de surendettement auprès de la Banque de France.

## Les informations que nous recueillons

Lors de nos rendez-vous, nous notons votre nom, vos coordonnées, la composition de votre foyer, vos revenus, vos charges, vos dettes et vos créanciers. Vous pouvez nous remettre des copies de vos relevés de compte, avis d'imposition, factures et courriers de relance. Ces documents vous sont rendus ou sont détruits à la fin de l'accompagnement.

## Ce que nous en faisons

Nous utilisons ces informations pour vous conseiller et, si vous nous le demandez, pour contacter vos créanciers en votre nom ou vous aider à remplir un dossier de surendettement. Ces traitements reposent sur votre demande d'accompagnement.

Avec votre consentement, nous conservons aussi vos coordonnées après la fin de l'accompagnement pour vous recontacter six mois plus tard et savoir si votre situation s'est stabilisée. Vous pouvez retirer ce consentement à tout moment, simplement en nous le disant ou en répondant « STOP » à notre SMS.

## Qui voit vos informations

Seul votre conseiller et la coordinatrice de l'association ont accès à votre dossier. Nous ne contactons vos créanciers qu'avec votre accord. Nous transmettons à l'État, qui finance le dispositif, des statistiques anonymes sur le nombre de personnes accompagnées et les types de difficultés rencontrées.

## Durée de conservation

Votre dossier est conservé 2 ans après la fin de l'accompagnement. Si un dossier de surendettement a été déposé, nous gardons seulement la date du dépôt et la décision de la commission, pour pouvoir vous aider si votre situation évolue pendant le plan.

## Vos droits

Vous pouvez accéder à votre dossier, le faire corriger ou demander sa suppression. Écrivez à contact@budget-solidaire.org ou demandez-le à votre conseiller. Vous pouvez aussi saisir la CNIL.
"""
FR_BAFA = """# Politique de confidentialité

Fédération Loisirs et Jeunesse – formations BAFA et BAFD

La Fédération Loisirs et Jeunesse est une association d'éducation populaire habilitée par le ministère chargé de la jeunesse pour organiser les sessions de formation au brevet d'aptitude aux fonctions d'animateur (BAFA) et de directeur (BAFD). Cette politique concerne les stagiaires qui s'inscrivent à nos sessions, dont certains sont mineurs, puisque le BAFA est accessible dès 16 ans.

## Données collectées

À l'inscription, nous collectons : nom, prénom, date de naissance, adresse, téléphone, courriel, numéro d'inscription sur le site national BAFA-BAFD, régime alimentaire, informations utiles en cas d'urgence médicale (allergies, traitement en cours) et, pour les stagiaires mineurs, les coordonnées et l'autorisation des représentants légaux.

Pendant la session, les formateurs rédigent une appréciation sur votre participation, qui est transmise à la direction départementale compétente pour la validation de votre session.

## Finalités

Vos données sont utilisées pour :

- gérer votre inscription et votre hébergement pendant la session ;
- assurer votre sécurité, notamment en cas de problème de santé ;
- transmettre les résultats de la session à l'administration ;
- facturer la session et, le cas échéant, établir les attestations pour les organismes qui financent votre formation (CAF, employeur, collectivité).

## Bases légales

L'inscription et la facturation reposent sur le contrat de formation. La transmission des résultats à l'administration est une obligation réglementaire. Les informations médicales sont traitées avec votre consentement ou celui de vos représentants légaux.

## Destinataires

Vos données sont destinées à l'équipe de formation de votre session, au service des inscriptions, au centre d'hébergement (nom et régime alimentaire uniquement) et à l'administration chargée de la jeunesse. Elles ne sont transmises à aucun autre organisme.

## Conservation

Les dossiers d'inscription sont conservés 3 ans après la session. Les informations médicales sont détruites à la fin de la session.

## Vos droits

Vous pouvez exercer vos droits d'accès, de rectification, d'effacement, de limitation et d'opposition en écrivant à formations@loisirs-jeunesse.org. Les stagiaires mineurs peuvent exercer ces droits eux-mêmes ou par l'intermédiaire de leurs représentants légaux. Vous pouvez également introduire une réclamation auprès de la CNIL.
"""

FR_ANCIENS_COMBATTANTS = """# Protection des données personnelles

Service départemental de l'Office des anciens combattants et victimes de guerre du Morvan

Le service départemental de l'Office des anciens combattants et victimes de guerre accueille les anciens combattants, les victimes de guerre et d'attentats, les pupilles de la Nation et leurs familles. Il instruit les demandes de carte du combattant, de titre de reconnaissance de la Nation et d'aides sociales, et organise les actions de mémoire dans le département.

## Les données que nous traitons

Selon votre demande, nous traitons votre état civil, vos coordonnées, vos états de services militaires, les documents justifiant de votre qualité de victime, votre situation familiale et, pour les demandes d'aide sociale, vos ressources et vos charges. Pour les victimes, certaines pièces peuvent contenir des informations médicales.

## Pourquoi nous les traitons

Ces données sont nécessaires à l'instruction de vos demandes de titres, de cartes et d'aides, au versement des aides accordées et au suivi social des ressortissants de l'Office. Ces traitements relèvent de l'exécution d'une mission d'intérêt public confiée par le code des pensions militaires d'invalidité et des victimes de guerre.

## Qui y a accès

Vos dossiers sont traités par les agents du service départemental et, pour certaines décisions, par les services centraux de l'Office à Caen. Les demandes d'aide sociale sont examinées par une commission départementale dont les membres sont tenus au secret. Vos données ne sont pas communiquées aux associations d'anciens combattants sans votre accord.

## Durées de conservation

Les dossiers de cartes et de titres sont conservés pendant toute la vie du titulaire, puis versés aux archives. Les dossiers d'aide sociale sont conservés 5 ans après la dernière aide.

## Vos droits

Vous pouvez accéder à vos données et en demander la rectification. Vous pouvez vous opposer à leur traitement pour des raisons tenant à votre situation particulière. Pour exercer ces droits, adressez-vous au service départemental :
Service départemental de l'ONACVG du Morvan – Cité administrative – 58000 Nevers
ou par courriel à sd58@onac-morvan.fr.

En cas de difficulté, vous pouvez saisir la CNIL.

Mise à jour : 5 janvier 2026
"""

FR_JUMELAGE = """# Données personnelles

Comité de jumelage de Lavaur-les-Vignes

Le Comité de jumelage de Lavaur-les-Vignes est une association qui fait vivre les liens d'amitié entre notre commune et sa ville jumelle allemande, Bad Lindenau. Nous organisons chaque année des échanges de familles, de collégiens et de clubs sportifs, ainsi que des cours d'allemand.

## Ce que nous collectons

Pour nos adhérents : nom, prénom, adresse, téléphone, courriel, date d'adhésion et cotisation.

Pour les familles d'accueil et les participants aux échanges : composition du foyer, âge des enfants, langues parlées, centres d'intérêt, régime alimentaire, et nombre de personnes pouvant être hébergées. Pour les mineurs participant aux échanges, nous recueillons l'autorisation de sortie du territoire et les coordonnées des parents.

## Pourquoi

Ces informations nous permettent de gérer les adhésions, d'associer chaque participant à une famille d'accueil dont le profil correspond, d'organiser les voyages et de vous informer de nos activités.

## Avec qui nous les partageons

Pour préparer les échanges, nous transmettons au comité de jumelage de Bad Lindenau, en Allemagne, les nom, âge, langues, centres d'intérêt et régime alimentaire des participants et des familles d'accueil. Nous communiquons la liste des voyageurs au transporteur pour la réservation du car.

## Combien de temps

Les données des adhérents sont conservées pendant l'adhésion et 2 ans après. Les fiches des participants aux échanges sont détruites 6 mois après le retour du voyage.

## Cours d'allemand

Pour les cours d'allemand, nous conservons la liste des inscrits et leur niveau pendant l'année scolaire, afin de constituer les groupes. Cette liste est transmise à la professeure, qui ne l'utilise que pour les cours.

## Photos

Nous publions des photos de nos rencontres dans notre bulletin et sur notre page Facebook. Les personnes reconnaissables sont photographiées avec leur accord.

## Vos droits

Vous pouvez accéder à vos données, les corriger ou les supprimer en écrivant à jumelage.lavaur@gmail.com ou lors de nos permanences le samedi matin à la mairie.
"""

FR_PASS_CULTURE = """# Politique de confidentialité

Pass'Jeunes Culture

Pass'Jeunes Culture est un dispositif de la Région Val-de-Garonne qui permet aux jeunes de 15 à 20 ans résidant dans la région de bénéficier d'un crédit de 200 euros par an pour des places de spectacle, de cinéma, des livres, des instruments de musique ou des cours artistiques auprès de partenaires culturels. Le dispositif fonctionne au moyen d'une application mobile et d'un site internet.

La présente politique vous explique comment la Région traite vos données personnelles lorsque vous utilisez Pass'Jeunes Culture.

Date d'entrée en vigueur : 1er mars 2026

## 1. Responsable du traitement

Le responsable du traitement est la Région Val-de-Garonne, Hôtel de Région, 14, rue François-de-Sourdis, 33000 Bordeaux, représentée par le président du conseil régional.

Le délégué à la protection des données de la Région peut être contacté :

- par courriel : dpd@valdegaronne.fr ;
- par courrier, à l'adresse ci-dessus, à l'attention du délégué à la protection des données.

## 2. Quelles données collectons-nous ?

### 2.1 À l'inscription

- nom, prénom, date de naissance ;
- adresse postale et adresse électronique ;
- numéro de téléphone mobile ;
- établissement scolaire ou situation (apprenti, étudiant, en emploi, en recherche d'emploi) ;
- un justificatif de domicile et une pièce d'identité, pour vérifier votre éligibilité ;
- pour les jeunes de 15 ans, l'accord d'un représentant légal, dont nous recueillons le nom et l'adresse électronique.

### 2.2 Lors de l'utilisation

- vos réservations et achats auprès des partenaires : offre choisie, partenaire, date, montant ;
- le solde de votre crédit ;
- les offres que vous enregistrez en favoris ;
- vos échanges avec notre service d'assistance.

### 2.3 Données techniques

- identifiant de votre appareil et version de l'application ;
- journaux de connexion, conservés à des fins de sécurité.

Nous ne collectons pas votre position géographique. Les offres sont classées en fonction du code postal de votre domicile.

## 3. À quoi servent vos données ?

| Finalité | Base légale |
| --- | --- |
| Vérifier votre éligibilité et créer votre compte | Mission d'intérêt public (délibération du conseil régional) |
| Gérer votre crédit et vos réservations | Mission d'intérêt public |
| Payer les partenaires culturels | Mission d'intérêt public |
| Vous envoyer des informations sur le fonctionnement du dispositif | Mission d'intérêt public |
| Vous envoyer la lettre d'actualité culturelle de la Région | Consentement |
| Prévenir la fraude (revente de places, faux justificatifs) | Mission d'intérêt public |
| Évaluer le dispositif au moyen de statistiques anonymes | Mission d'intérêt public |

## 4. Publicité et recommandations

Pass'Jeunes Culture est un service public. Nous n'utilisons jamais vos données de réservation pour vous adresser de la publicité, et nous ne les communiquons à aucun annonceur. La page d'accueil de l'application présente les mêmes offres « coups de cœur » à tous les jeunes d'un même département ; elles sont choisies par l'équipe culture de la Région.

## 5. Destinataires

Vos données sont destinées aux agents de la direction de la culture de la Région habilités à gérer le dispositif. Elles sont également transmises :

- aux partenaires culturels, uniquement pour les réservations que vous effectuez chez eux : votre nom, votre prénom et le détail de la réservation ;
- à notre prestataire technique, qui développe et héberge l'application et le site en France, et agit sur nos instructions ;
- à notre prestataire de vérification des justificatifs, qui contrôle l'authenticité des pièces d'identité et justificatifs de domicile, et les supprime dans les 7 jours ;
- à notre prestataire d'envoi de courriels et de SMS, établi dans l'Union européenne.

Les partenaires culturels ne reçoivent jamais votre adresse, votre date de naissance ni votre historique de réservations chez d'autres partenaires.

## 6. Transferts hors de l'Union européenne

Vos données sont hébergées en France et ne sont pas transférées hors de l'Union européenne.

## 7. Durées de conservation

| Données | Durée |
| --- | --- |
| Compte et historique des réservations | Jusqu'à vos 21 ans, puis 1 an |
| Justificatifs d'identité et de domicile | 7 jours après vérification |
| Données de facturation aux partenaires | 10 ans (règles de la comptabilité publique) |
| Échanges avec l'assistance | 2 ans |
| Journaux de connexion | 12 mois |

## 8. Jeunes de 15 ans

Pour les jeunes de 15 ans, l'inscription n'est validée qu'après l'accord d'un représentant légal, que nous sollicitons par courriel. Le représentant légal peut à tout moment demander la fermeture du compte.

## 9. Vos droits

Vous disposez d'un droit d'accès, de rectification, d'effacement (lorsque les données ne sont plus nécessaires), de limitation et d'opposition. Vous pouvez retirer à tout moment votre consentement à la lettre d'actualité culturelle, depuis les réglages de l'application ou grâce au lien de désinscription présent dans chaque lettre.

Pour exercer vos droits, vous pouvez :

- utiliser le formulaire « Mes données » dans les réglages de l'application ;
- écrire au délégué à la protection des données.

Nous vous répondons dans un délai d'un mois. Si vous n'êtes pas satisfait de notre réponse, vous pouvez introduire une réclamation auprès de la CNIL ([www.cnil.fr](https://www.cnil.fr/fr/plaintes)).

## 10. Assistance

Notre service d'assistance répond à vos questions par courriel, par le formulaire de contact de l'application et par téléphone du lundi au vendredi. Pour traiter votre demande, l'agent peut consulter votre compte, mais il ne vous demandera jamais votre mot de passe.

## 11. Sécurité

Les données sont chiffrées lors de leur transmission et de leur stockage. Les agents et prestataires ayant accès aux données sont soumis à une obligation de confidentialité. Les accès aux outils de gestion sont nominatifs et journalisés.

## 12. Cookies et traceurs

Le site et l'application n'utilisent que des traceurs nécessaires à leur fonctionnement (connexion, sécurité) et une mesure d'audience exemptée de consentement, réalisée avec Matomo sur nos propres serveurs. Aucun traceur publicitaire n'est utilisé.

## 13. Modifications

En cas de modification importante de la présente politique, nous vous en informerons par une notification dans l'application et par courriel au moins un mois avant son entrée en vigueur.
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
FR_BASES: dict[str, tuple[str, str, str]] = {
    "parti": ("privacy", "Union pour les Territoires Solidaires", FR_PARTI),
    "ordre-architectes": ("privacy", "Conseil régional de l'Ordre des architectes des Hauts-de-Loire", FR_ORDRE_ARCHITECTES),
    "sauvetage": ("cookies", "Société des Sauveteurs du Littoral Atlantique", FR_SAUVETAGE),
    "chasseurs": ("privacy", "Fédération départementale des chasseurs de la Haute-Vézère", FR_CHASSEURS),
    "caf": ("privacy", "Caisse d'allocations familiales des Monts-d'Arrée", FR_CAF),
    "cma": ("cookies", "Chambre de métiers et de l'artisanat de la Vallée du Lot", FR_CMA),
    "consommateurs": ("cookies", "Consommateurs Vigilants", FR_CONSOMMATEURS),
    "mjc": ("cookies", "MJC de Saint-Aubin-les-Pins", FR_MJC),
    "judo": ("cookies", "Ligue de judo des Pays de Savoie", FR_JUDO),
    "bilan": ("privacy", "Horizon Compétences", FR_BILAN),
    "secourisme": ("privacy", "Secours et Prévention Argonne", FR_SECOURISME),
    "refugies": ("privacy", "Terre d'Accueil", FR_REFUGIES),
    "auteurs": ("privacy", "Société des auteurs de l'image et du son", FR_AUTEURS),
    "alerte": ("privacy", "Alerte Montclar (Ville de Montclar)", FR_ALERTE),
    "portage": ("privacy", "CCAS de Villeneuve-sur-Orge", FR_PORTAGE),
    "budget": ("privacy", "Budget Solidaire", FR_BUDGET),
    "bafa": ("privacy", "Fédération Loisirs et Jeunesse", FR_BAFA),
    "anciens-combattants": ("privacy", "Service départemental de l'ONACVG du Morvan", FR_ANCIENS_COMBATTANTS),
    "jumelage": ("privacy", "Comité de jumelage de Lavaur-les-Vignes", FR_JUMELAGE),
    "pass-culture": ("privacy", "Pass'Jeunes Culture (Région Val-de-Garonne)", FR_PASS_CULTURE),
}


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
    (en("citizen-science"), "major", ["R2"], True, False,
     "A new purpose is added to the list: uploaded photographs are used to \"train and improve an image recognition tool that suggests species names\"; processing rests on consent, so the new purpose needs fresh consent.",
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
    (en("volunteering"), "major", ["R11"], False, False,
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

FR_EDITS: list[Pair] = [
    # Union pour les Territoires Solidaires
    (fr("parti"), "major", ["R2"], False, False,
     "New purpose in the purposes table: \"Sollicitation de dons pour le financement des campagnes électorales des candidats investis par le parti\" on legitimate interest; the update stamp also changes.",
     [("Dernière mise à jour : 15 janvier 2026", "Dernière mise à jour : 1er septembre 2026"),
      before("| Réponse à vos demandes | Intérêt légitime |", "| Sollicitation de dons pour le financement des campagnes électorales des candidats investis par le parti | Intérêt légitime |\n")]),
    (fr("parti"), "rights_reducing", ["R12", "R5"], False, False,
     "The promise \"Nous ne transmettons jamais le fichier des adhérents ... à des candidats ou à des élus\" is narrowed to other parties only: members' contact details \"peuvent être communiqués aux candidats investis par le parti\", and the no-cross-matching sentence on campaigns is replaced.",
     [("Nous ne transmettons jamais le fichier des adhérents ni celui des sympathisants à des tiers, y compris à d'autres partis, à des candidats ou à des élus.",
       "Nous ne transmettons pas le fichier des adhérents ni celui des sympathisants à d'autres partis. Pendant les campagnes électorales, les nom, prénom et coordonnées des adhérents de la circonscription peuvent être communiqués aux candidats investis par le parti, afin qu'ils puissent les inviter à participer à la campagne."),
      ("Ces fichiers ne sont pas croisés avec le fichier des adhérents du parti.", "Les candidats investis peuvent en outre recevoir la liste des adhérents de leur circonscription (voir le point 5).")]),
    # Ordre des architectes
    (fr("ordre-architectes"), "major", ["R5"], False, False,
     "New recipients in the list: \"la Maison de l'architecture et ... les conseils d'architecture, d'urbanisme et de l'environnement (CAUE)\" receive architects' names, professional addresses and e-mails to invite them to events.",
     [before("- à notre prestataire de paiement en ligne pour le règlement des cotisations ;",
             "- à la Maison de l'architecture de la région et aux conseils d'architecture, d'urbanisme et de l'environnement (CAUE) de notre ressort, qui reçoivent les nom, adresse professionnelle et courriel des architectes inscrits pour les inviter à leurs événements et formations ;\n")]),
    (fr("ordre-architectes"), "editorial", ["R1"], False, True,
     "Technical re-rendering: the retention list is re-captured with \"*   \" markers instead of \"- \"; the five retention periods are unchanged.",
     [("- Données du tableau :", "*   Données du tableau :"),
      ("- bulletin n° 3 du casier judiciaire :", "*   bulletin n° 3 du casier judiciaire :"),
      ("- dossiers disciplinaires :", "*   dossiers disciplinaires :"),
      ("- demandes de conciliation :", "*   demandes de conciliation :"),
      ("- justificatifs de formation continue :", "*   justificatifs de formation continue :")]),
    # Sauveteurs du Littoral Atlantique
    (fr("sauvetage"), "major", ["R15"], True, False,
     "A new consent-based tracker category and vendor: \"Cookies publicitaires\" with \"_gcl_au | Google Ads | Mesurer l'efficacité de nos campagnes d'appel aux dons et vous présenter nos appels aux dons sur d'autres sites\"; the banner text now covers them.",
     [("**Contenus vidéo**", "**Cookies publicitaires** (soumis à votre consentement)\n\n| Cookie | Éditeur | Finalité | Durée |\n| --- | --- | --- | --- |\n| _gcl_au | Google Ads | Mesurer l'efficacité de nos campagnes d'appel aux dons et vous présenter nos appels aux dons sur d'autres sites | 90 jours |\n\n**Contenus vidéo**"),
      ("d'accepter ou de refuser les cookies de mesure d'audience, avec", "d'accepter ou de refuser les cookies de mesure d'audience et les cookies publicitaires, avec")]),
    (fr("sauvetage"), "minor", ["R17"], False, False,
     "The Hotjar row \"_hjid | Hotjar | Analyser anonymement les clics sur le formulaire de don\" is removed; nothing is added.",
     [drop("| _hjid | Hotjar |")]),
    # Chasseurs de la Haute-Vézère
    (fr("chasseurs"), "rights_reducing", ["R4"], False, False,
     "Rights requests lose the e-mail channel and become harder and slower: only \"une lettre recommandée avec accusé de réception ... accompagnée de la photocopie recto verso d'une pièce d'identité\", and the answer time goes from \"sous un mois\" to \"sous deux mois\".",
     [("Pour cela, écrivez-nous à contact@chasseurs-hautevezere.fr ou au 4, route de Meymac, 19200 Ussel, en indiquant votre numéro de permis. Nous vous répondrons sous un mois.",
       "Pour cela, adressez une lettre recommandée avec accusé de réception au 4, route de Meymac, 19200 Ussel, accompagnée de la photocopie recto verso d'une pièce d'identité et de votre numéro de permis. Nous vous répondrons sous deux mois.")]),
    (fr("chasseurs"), "minor", ["R14"], False, False,
     "The postal address for rights requests is reformatted (\"au 4, route de Meymac, 19200 Ussel\" -> \"par courrier à : Fédération départementale des chasseurs de la Haute-Vézère, 4 route de Meymac, 19200 USSEL\"); same e-mail and postal channels.",
     [("ou au 4, route de Meymac, 19200 Ussel,", "ou par courrier à : Fédération départementale des chasseurs de la Haute-Vézère, 4 route de Meymac, 19200 USSEL,")]),
    # Caf des Monts-d'Arrée
    (fr("caf"), "major", ["R7"], False, False,
     "New sources of income data: \"l'administration fiscale (DGFiP), qui nous transmet chaque année ... les revenus déclarés de votre foyer\" and employers' monthly \"montant net social\"; resources are no longer only \"telles que vous les déclarez\".",
     [("- vos ressources et celles de votre foyer, telles que vous les déclarez ;",
       "- vos ressources et celles de votre foyer, telles que vous les déclarez ou telles qu'elles nous sont transmises par l'administration fiscale et par votre employeur ;"),
      before("- votre bailleur, pour le montant du loyer",
             "- l'administration fiscale (DGFiP), qui nous transmet chaque année votre revenu fiscal de référence et les revenus déclarés de votre foyer ;\n- votre employeur et les organismes qui vous versent un revenu, par le dispositif de ressources mensuelles, qui nous communique chaque mois le montant net social de vos revenus ;\n")]),
    (fr("caf"), "minor", ["R9"], False, False,
     "Adds guarantees to the existing home checks: \"Vous pouvez vous faire assister de la personne de votre choix\" and comment on the report \"dans un délai de 10 jours\"; a new right, not adverse.",
     [("se rendre à votre domicile, après vous avoir prévenu.",
       "se rendre à votre domicile, après vous avoir prévenu. Vous pouvez vous faire assister de la personne de votre choix lors du contrôle. Le rapport de contrôle vous est communiqué et vous pouvez présenter vos observations dans un délai de 10 jours.")]),
    # CMA de la Vallée du Lot
    (fr("cma"), "minor", ["R9"], False, False,
     "Adds a \"Tout refuser\" button next to \"Tout accepter\" in the banner: refusing becomes easier; no new cookie or purpose.",
     [("Vous pouvez accepter ou refuser les cookies non indispensables lors de votre premiere visite.",
       "Vous pouvez accepter ou refuser les cookies non indispensables lors de votre premiere visite : le bandeau comporte désormais un bouton « Tout refuser » à côté du bouton « Tout accepter ».")]),
    (fr("cma"), "editorial", ["R1"], False, False,
     "Spelling fixes only: \"necessaires\" -> \"nécessaires\", \"premiere\" -> \"première\".",
     [("Ces cookies sont necessaires", "Ces cookies sont nécessaires"),
      ("lors de votre premiere visite", "lors de votre première visite")]),
    # Consommateurs Vigilants
    (fr("consommateurs"), "rights_reducing", ["R12", "R15"], True, False,
     "The promise \"nous n'utilisons aucun cookie publicitaire ni aucun traceur de réseau social. Nous ne partageons pas les données de navigation de nos visiteurs avec des annonceurs\" is deleted, and a new \"Traceurs publicitaires\" section adds Meta \"_fbp\" and LinkedIn \"li_fat_id\" for membership campaigns.",
     [("notre site ne contient aucune publicité et nous n'utilisons aucun cookie publicitaire ni aucun traceur de réseau social. Nous ne partageons pas les données de navigation de nos visiteurs avec des annonceurs, et nos tests",
       "notre site ne contient aucune publicité. Avec votre consentement, nous utilisons toutefois des traceurs publicitaires pour mesurer et diffuser nos campagnes d'adhésion sur les réseaux sociaux. Nos tests"),
      ("## 4. Application mobile",
       "### 3.5 Traceurs publicitaires\n\nAvec votre consentement, ces traceurs permettent à Meta et à LinkedIn de mesurer l'efficacité de nos campagnes d'adhésion et de les présenter aux personnes ayant visité notre site.\n\n| Nom | Émetteur | Finalité | Durée de vie |\n| --- | --- | --- | --- |\n| _fbp | Meta | Mesure et ciblage de nos campagnes sur Facebook et Instagram | 3 mois |\n| li_fat_id | LinkedIn | Mesure de nos campagnes sur LinkedIn | 30 jours |\n\n## 4. Application mobile")]),
    (fr("consommateurs"), "editorial", ["R1"], False, True,
     "Technical re-rendering: the four tables' separator rows are re-captured with alignment markers (\"| --- |\" -> \"|:---|\"); cookie names, purposes and lifetimes unchanged.",
     [("| --- | --- | --- | --- |\n| cv_session", "|:---|:---|:---|:---|\n| cv_session"),
      ("| --- | --- | --- | --- |\n| _pcid", "|:---|:---|:---|:---|\n| _pcid"),
      ("| --- | --- | --- | --- |\n| cv_themes", "|:---|:---|:---|:---|\n| cv_themes"),
      ("| --- | --- | --- | --- |\n| v1st", "|:---|:---|:---|:---|\n| v1st")]),
    # MJC
    (fr("mjc"), "minor", ["R9"], False, False,
     "Shorter lifetime for the Matomo visitor cookie (\"_pk_id (durée : 13 mois)\" -> \"6 mois\") plus a rewording of the intro sentence.",
     [("_pk_id (durée : 13 mois)", "_pk_id (durée : 6 mois)"),
      ("Nous utilisons le moins de cookies possible.", "Nous limitons au strict minimum les cookies utilisés.")]),
    (fr("mjc"), "editorial", ["R1"], False, False,
     "Rewording only: \"Si vous le fermez sans choisir, aucun cookie de statistiques n'est déposé\" -> \"Fermer le bandeau sans faire de choix équivaut à un refus : aucun cookie de statistiques n'est alors déposé\".",
     [("Si vous le fermez sans choisir, aucun cookie de statistiques n'est déposé.", "Fermer le bandeau sans faire de choix équivaut à un refus : aucun cookie de statistiques n'est alors déposé.")]),
    # Ligue de judo
    (fr("judo"), "major", ["R15"], True, False,
     "New third-party vendor in the consent table: \"_ttp | TikTok | Mesure de l'efficacité des publications sponsorisées de la ligue sur TikTok\"; earlier consent does not cover it.",
     [("| _fbp | Meta (Facebook) |", "| _ttp | TikTok | Mesure de l'efficacité des publications sponsorisées de la ligue sur TikTok | 13 mois |\n| _fbp | Meta (Facebook) |")]),
    (fr("judo"), "minor", ["R17"], False, False,
     "The Meta tracker row \"_fbp | Meta (Facebook)\" is removed; nothing is added.",
     [drop("| _fbp | Meta (Facebook) |")]),
    # Horizon Compétences
    (fr("bilan"), "major", ["R6", "R5"], False, False,
     "Remote sessions move from \"une solution hébergée en France\" to Zoom, whose \"serveurs peuvent être situés aux États-Unis\" under the Data Privacy Framework: a new processor and a new transfer outside the EU.",
     [("les entretiens se déroulent par visioconférence sur une solution hébergée en France.",
       "les entretiens se déroulent par visioconférence sur la solution Zoom, fournie par Zoom Video Communications, dont les serveurs peuvent être situés aux États-Unis ; ce transfert est encadré par le cadre de protection des données UE–États-Unis (Data Privacy Framework).")]),
    (fr("bilan"), "editorial", ["R1"], False, False,
     "Rewording only: \"Nos prestations sont le plus souvent financées par\" -> \"La plupart de nos prestations sont financées par\", \"aussi\" -> \"également\".",
     [("Nos prestations sont le plus souvent financées par", "La plupart de nos prestations sont financées par"),
      ("Vous pouvez aussi saisir la CNIL.", "Vous pouvez également saisir la CNIL.")]),
    # Secours et Prévention Argonne
    (fr("secourisme"), "major", ["R8"], False, False,
     "Fixed retention replaced by a vague criterion: training files kept \"pendant 5 ans après la formation\" -> \"aussi longtemps que nécessaire\" to issue duplicates.",
     [("pendant 5 ans après la formation, afin de pouvoir délivrer un duplicata.", "aussi longtemps que nécessaire pour pouvoir délivrer un duplicata.")]),
    (fr("secourisme"), "minor", ["R9"], False, False,
     "New opt-out: volunteers \"peuvent demander que leur numéro de téléphone n'y figure pas\" in the internal directory.",
     [("afin de faciliter l'organisation des équipes.", "afin de faciliter l'organisation des équipes. Chaque bénévole peut demander que son numéro de téléphone n'y figure pas.")]),
    # Terre d'Accueil
    (fr("refugies"), "rights_reducing", ["R13"], False, False,
     "Rights narrowed: erasure is dropped (\"le faire corriger ou le faire supprimer\" -> \"ou le faire corriger\") and the sentence on objecting to use for statistics is deleted.",
     [("Vous pouvez demander à voir votre dossier, le faire corriger ou le faire supprimer.", "Vous pouvez demander à voir votre dossier ou le faire corriger."),
      (" Vous pouvez aussi vous opposer à ce que nous utilisions vos informations, même anonymes, pour nos statistiques.", "")]),
    (fr("refugies"), "editorial", ["R1"], False, False,
     "Intro sentence reworded (\"Nous savons que les informations ... nous les protégeons avec soin\" -> \"... : nous en prenons le plus grand soin\"); same meaning.",
     [("Nous savons que les informations que vous nous confiez peuvent être très sensibles et nous les protégeons avec soin.",
       "Les informations que vous nous confiez peuvent être très sensibles : nous en prenons le plus grand soin.")]),
    # SAIS
    (fr("auteurs"), "major", ["R3"], False, False,
     "Controller identity changes: the SAIS alone -> \"la SAIS et l'UAA sont responsables conjoints\" after member management is entrusted to a new common body, the Union des auteurs de l'audiovisuel.",
     [("La SAIS, société civile dont le siège est au 9, rue Ballu, 75009 Paris, est responsable du traitement.",
       "Depuis le 1er juillet 2026, la SAIS et la Société des compositeurs de l'écran ont confié la gestion de leurs membres à un organisme commun, l'Union des auteurs de l'audiovisuel (UAA), société civile dont le siège est au 9, rue Ballu, 75009 Paris. La SAIS et l'UAA sont responsables conjoints des traitements décrits dans la présente politique.")]),
    (fr("auteurs"), "editorial", ["R1"], False, False,
     "The list of recipients is reordered (the tax administration moved to the top) and the date stamp changes; the same four recipients remain.",
     [drop("- à l'administration fiscale ;"),
      before("- aux organismes sociaux, pour les cotisations sur les droits d'auteur ;", "- à l'administration fiscale ;\n"),
      ("Mise à jour : 20 janvier 2026", "Mise à jour : 3 septembre 2026")]),
    # Alerte Montclar
    (fr("alerte"), "major", ["R7", "R5"], False, False,
     "New health data category (\"si elle dépend d'un appareil médical alimenté par l'électricité (respirateur, concentrateur d'oxygène, dialyse à domicile)\") and a new recipient, the electricity network operator, to prioritise reconnection.",
     [("Vous pouvez aussi indiquer si une personne de votre foyer a besoin d'une aide particulière en cas d'évacuation ; cette information est facultative.",
       "Vous pouvez aussi indiquer si une personne de votre foyer a besoin d'une aide particulière en cas d'évacuation, et si elle dépend d'un appareil médical alimenté par l'électricité (respirateur, concentrateur d'oxygène, dialyse à domicile) ; ces informations sont facultatives."),
      ("et, en cas de crise, aux services de secours (sapeurs-pompiers, gendarmerie).",
       "et, en cas de crise, aux services de secours (sapeurs-pompiers, gendarmerie). Les adresses des foyers dont une personne dépend d'un appareil médical sont transmises au gestionnaire du réseau de distribution d'électricité, afin qu'il rétablisse le courant en priorité chez eux.")]),
    (fr("alerte"), "editorial", ["R1"], False, True,
     "Technical re-rendering: link syntax re-captured (inline \"[AlertiCom](https://...)\" -> autolink in brackets, \"[CNIL](https://www.cnil.fr)\" -> reference-style link); same targets and words.",
     [("[AlertiCom](https://www.alerticom.fr/confidentialite)", "AlertiCom (<https://www.alerticom.fr/confidentialite>)"),
      ("vous pouvez saisir la [CNIL](https://www.cnil.fr).", "vous pouvez saisir la [CNIL][1].\n\n[1]: https://www.cnil.fr")]),
    # CCAS portage
    (fr("portage"), "major", ["R5"], False, False,
     "New recipient: beneficiaries' names, addresses, phone numbers and delivery days \"sont transmis chaque mois au service d'aide à domicile de l'ADMR du canton\".",
     [("En cas d'absence inquiétante,", "Les nom, adresse, téléphone et jours de livraison des bénéficiaires sont transmis chaque mois au service d'aide à domicile de l'ADMR du canton, afin qu'il puisse coordonner ses interventions avec nos livraisons. En cas d'absence inquiétante,")]),
    (fr("portage"), "minor", ["R9"], False, False,
     "Shorter retention: delivery sheets \"conservées 1 an\" -> \"conservées 3 mois\".",
     [("Les feuilles de tournée sont conservées 1 an.", "Les feuilles de tournée sont conservées 3 mois.")]),
    # Budget Solidaire
    (fr("budget"), "rights_reducing", ["R10", "R13"], False, False,
     "Follow-up contact six months later moves from \"Avec votre consentement\" to \"notre intérêt légitime\", and the sentence on withdrawing consent (\"répondant « STOP »\") is deleted: the right to withdraw disappears.",
     [("Avec votre consentement, nous conservons aussi vos coordonnées après la fin de l'accompagnement pour vous recontacter six mois plus tard et savoir si votre situation s'est stabilisée. Vous pouvez retirer ce consentement à tout moment, simplement en nous le disant ou en répondant « STOP » à notre SMS.",
       "Nous conservons aussi vos coordonnées après la fin de l'accompagnement pour vous recontacter six mois plus tard et savoir si votre situation s'est stabilisée ; ce suivi est nécessaire à l'évaluation du dispositif demandée par l'État, notre financeur, et repose sur notre intérêt légitime.")]),
    (fr("budget"), "editorial", ["R1"], False, False,
     "Grammar fix \"Seul votre conseiller et la coordinatrice ... ont\" -> \"Seuls ...\" and \"gratuitement\" -> \"sans frais\"; no change of meaning.",
     [("Seul votre conseiller et la coordinatrice", "Seuls votre conseiller et la coordinatrice"),
      ("Nous accompagnons gratuitement les personnes", "Nous accompagnons sans frais les personnes")]),
    # Fédération Loisirs et Jeunesse
    (fr("bafa"), "major", ["R2"], False, False,
     "New purpose: trainees' data and the trainers' appraisal are used to \"vous proposer ... des postes d'animateur dans les séjours de vacances organisés par la Fédération\", on legitimate interest.",
     [("- facturer la session et,", "- vous proposer, à l'issue de votre session, des postes d'animateur dans les séjours de vacances organisés par la Fédération, en tenant compte de l'appréciation des formateurs ;\n- facturer la session et,"),
      ("Les informations médicales sont traitées avec votre consentement", "Les propositions de postes d'animateur reposent sur notre intérêt légitime ; vous pouvez vous y opposer à tout moment. Les informations médicales sont traitées avec votre consentement")]),
    (fr("bafa"), "editorial", ["R1"], False, False,
     "Intro sentence reworded (\"Cette politique concerne les stagiaires ... puisque le BAFA est accessible dès 16 ans\" -> \"Elle s'adresse aux stagiaires ... à partir de 16 ans\"); same scope.",
     [("Cette politique concerne les stagiaires qui s'inscrivent à nos sessions, dont certains sont mineurs, puisque le BAFA est accessible dès 16 ans.",
       "Elle s'adresse aux stagiaires inscrits à nos sessions ; certains sont mineurs, le BAFA étant accessible à partir de 16 ans.")]),
    # ONACVG du Morvan
    (fr("anciens-combattants"), "editorial", ["R1"], False, False,
     "The two rights sentences swap order and the update stamp changes (\"5 janvier 2026\" -> \"2 septembre 2026\"); the rights are unchanged.",
     [("Vous pouvez accéder à vos données et en demander la rectification. Vous pouvez vous opposer à leur traitement pour des raisons tenant à votre situation particulière.",
       "Vous pouvez vous opposer au traitement de vos données pour des raisons tenant à votre situation particulière. Vous pouvez aussi y accéder et en demander la rectification."),
      ("Mise à jour : 5 janvier 2026", "Mise à jour : 2 septembre 2026")]),
    (fr("anciens-combattants"), "minor", ["R14"], False, False,
     "The postal address for rights requests is laid out on separate lines and completed with the street (\"Cité administrative, 2 rue Pierre-Émile-Gaspard\"); same office, same e-mail.",
     [("Service départemental de l'ONACVG du Morvan – Cité administrative – 58000 Nevers\n",
       "Service départemental de l'ONACVG du Morvan\nCité administrative, 2 rue Pierre-Émile-Gaspard\n58000 Nevers\n")]),
    # Comité de jumelage
    (fr("jumelage"), "major", ["R6", "R5"], False, False,
     "A second twin town outside the EU: participants' details are now also sent to \"le comité de jumelage de Ndiass, au Sénégal, pays qui ne fait pas partie de l'Union européenne\", on explicit consent: a new recipient and a new transfer.",
     [("sa ville jumelle allemande, Bad Lindenau.", "ses villes jumelles : Bad Lindenau, en Allemagne, et, depuis 2026, Ndiass, au Sénégal."),
      ("Nous communiquons la liste des voyageurs au transporteur pour la réservation du car.",
       "Pour les échanges avec Ndiass, les mêmes informations sont transmises au comité de jumelage de Ndiass, au Sénégal, pays qui ne fait pas partie de l'Union européenne ; ce transfert repose sur votre consentement explicite, recueilli sur la fiche d'inscription à l'échange. Nous communiquons la liste des voyageurs au transporteur pour la réservation du car.")]),
    (fr("jumelage"), "minor", ["R9"], False, False,
     "New right on photos: \"Vous pouvez à tout moment nous demander de retirer une photo sur laquelle vous apparaissez\".",
     [("Les personnes reconnaissables sont photographiées avec leur accord.", "Les personnes reconnaissables sont photographiées avec leur accord. Vous pouvez à tout moment nous demander de retirer une photo sur laquelle vous apparaissez.")]),
    # Pass'Jeunes Culture
    (fr("pass-culture"), "rights_reducing", ["R12", "R2", "R11"], False, False,
     "\"Nous n'utilisons jamais vos données de réservation pour vous adresser de la publicité\" becomes \"Nous pouvons utiliser vos données de réservation et vos favoris pour vous recommander des offres ... et vous adresser ... leurs offres promotionnelles\"; the same-for-everyone editorial selection is replaced by personalised recommendations.",
     [("Nous n'utilisons jamais vos données de réservation pour vous adresser de la publicité, et nous ne les communiquons à aucun annonceur. La page d'accueil de l'application présente les mêmes offres « coups de cœur » à tous les jeunes d'un même département ; elles sont choisies par l'équipe culture de la Région.",
       "Nous pouvons utiliser vos données de réservation et vos favoris pour vous recommander des offres de nos partenaires culturels et vous adresser, par notification, leurs offres promotionnelles. Nous ne communiquons pas vos données aux annonceurs. La page d'accueil de l'application présente des offres « pour vous », sélectionnées automatiquement en fonction de vos réservations passées.")]),
    (fr("pass-culture"), "editorial", ["R1"], False, True,
     "Technical re-rendering: sub-headings re-captured one level lower (\"###\" -> \"####\") and typographic characters as HTML entities (\"« coups de cœur »\" -> \"&laquo;&nbsp;coups de c&oelig;ur&nbsp;&raquo;\"); same text.",
     [("### 2.1 À l'inscription", "#### 2.1 À l'inscription"),
      ("### 2.2 Lors de l'utilisation", "#### 2.2 Lors de l'utilisation"),
      ("### 2.3 Données techniques", "#### 2.3 Données techniques"),
      ("« coups de cœur »", "&laquo;&nbsp;coups de c&oelig;ur&nbsp;&raquo;")]),
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
