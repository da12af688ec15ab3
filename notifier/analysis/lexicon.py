"""Bilingual (English, French) vocabulary of the change classifier, kept as data in one place.

Each family names what a legal editor looks for under one rule of legal-rules.md. Entries are word stems or
short phrases of ordinary legal drafting, never the names of particular services or phrases of particular
policies: the classifier is judged on policies it has never seen. Adding a language means adding its column.
Patterns are regular expressions matched case-insensitively on normalised text (straight quotes, no markup).
"""

from __future__ import annotations

import re

LANGS = ("en", "fr")

# R13: who hears complaints about the use of data (GDPR 77): a supervisory authority, whatever its name.
_AUTHORITY = {
    "en": r"(?:\w+ )?(?:authorit\w*|commissioner\w*|regulators?|ombudsman|(?-i:ICO|CNIL|DPC|EDPS|AEPD|Garante)\b)",
    "fr": r"(?:l'|la |une |l')?(?:autorit[ée]\w*|commission nationale|contr[ôo]leur|(?-i:CNIL|APD|CNPD)\b)",
}

FAMILIES: dict[str, dict[str, list[str]]] = {
    # R2: purposes of processing.
    "purpose": {
        "en": [
            r"advertis\w*",
            r"\bads?\b",
            r"\badverts?\b",
            r"personali[sz]\w*",
            r"marketing",
            r"(?<!your )(?<!public )(?<!user )(?<!member )profil(?:e|es|ing)\b(?! page)",  # a page is no profiling
            r"target(?:ed|ing)\b",
            r"\btrain(?:ing|ed)?\b",
            r"artificial intelligence",
            r"(?-i:\bAI\b)",
            r"machine learning",
            r"generative",
            r"\bmodels?\b",
            r"analytic\w*",
            r"promot\w*",
            r"recommend\w*",
            r"suggest\w*",
            r"age (?:verification|estimation|assurance)",
            r"facial",
            r"research",
            r"\bresell\w*",
            r"monetiz\w*",
            r"insights?",
            r"loyalty",
            r"fraud\w*",
            r"login codes?",
            r"verification codes?",
        ],
        "fr": [
            r"publicit\w*",
            r"personnalis\w*",
            r"prospection",
            r"marketing",
            r"profilage",
            r"ciblage",
            r"cibl(?:é|ée|és|ées|er)\b",
            r"entra[iî]n\w*",
            r"intelligence artificielle",
            r"(?-i:\bIA\b)",
            r"apprentissage automatique",
            r"mesure d'audience",
            r"statistique\w*",
            r"promotion\w*",
            r"recommand\w*",
            r"suggestions?\b",
            r"fins? commercial\w*",
            r"v[ée]rification de l'[âa]ge",
            r"photograph\w*",
            r"am[ée]lioration de notre",
            r"mon[ée]tis\w*",
            r"comportement\w*",
            r"fid[ée]lit[ée]",
            r"fraudes?",
            r"codes? de (?:connexion|v[ée]rification)",
        ],
    },
    # R11: automated decision-making and profiling.
    "automated": {
        "en": [
            r"automated (?:decision|processing|individual)",
            r"decision-making",
            r"profiling",
            r"scoring",
            r"algorithm\w*",
            r"matching",
        ],
        "fr": [
            r"d[ée]cisions? automatis\w*",
            r"prise de d[ée]cision",
            r"traitements? automatis\w*",
            r"profilage",
            r"scoring",
            r"notation",
            r"algorithm\w*",
            r"appariement",
            r"mise en relation",
        ],
    },
    # R5: recipients and sharing.
    "recipient": {
        "en": [
            r"\bshar(?:e|es|ed|ing)\b",
            r"disclos\w*",
            r"\bsell\w*",
            r"\bsale\b",
            r"\brent\b",
            r"partners?\b",
            r"third[- ]part(?:y|ies)",
            r"providers?\b",
            r"(?:sub-?)?processors?\b",
            r"vendors?\b",
            r"affiliates?",
            r"advertisers?",
            r"recipients?",
            r"group companies",
            r"refer \w+ (?:query|request)",
            r"\b(?:pass|give|hand)\w* (?:your|their|his|her) (?:\S+ ){0,3}?to\b",
            r"\bma(?:ke|kes|de) (?:\S+ ){0,3}?available to (?!you\b)",
            r"\b(?:work|works|working) with (?!you\b|us\b)",
            r"\brely on (?!you\b|us\b)",
        ],
        "fr": [
            r"partag\w*",
            r"partenaires?",
            r"\btiers\b",
            r"\btierces?\b",
            r"prestataires?",
            r"sous-traitants?",
            r"destinataires?",
            r"transm(?:is|ises?|ettre|ettons|ettent|ission)\b",
            r"communiqu\w*",
            r"\bc[ée]d(?:er|ons|ées?|ent)\b",  # not "accéder"
            r"cession",
            r"\bvend(?:re|s|ons|ez|ent|u|ue|us|ues|ra|rons|rait)\b",
            r"\bvente\b",
            r"filiales?",
            r"annonceurs?",
            r"soci[ée]t[ée]s du groupe",
            r"\btravaill\w* (?:\S+ )?avec (?!vous\b|nous\b)",
            r"\bmis(?:es)? [àa] (?:la )?disposition\b",
            r"\bfai\w* appel [àa]\b",
        ],
    },
    # R6: transfers outside the EU and their safeguards.
    "transfer": {
        "en": [
            r"transfer\w* (?:\w+ ){0,6}(?:outside|abroad|internationa\w*|countr\w*)",
            r"international transfers?",
            r"outside (?:of )?the (?:EU|EEA|European)",
            r"third countr\w*",
            r"standard contractual clauses",
            r"(?-i:\bSCCs?\b)",
            r"adequa\w*",
            r"privacy shield",
            r"data privacy framework",
            r"binding corporate rules",
            r"art(?:icle|\.)? ?4[569]\b",
        ],
        "fr": [
            r"transf[ée]r\w* (?:\w+ ){0,6}(?:hors|[àa] l'[ée]tranger|internationa\w*|pays)",
            r"transferts? internationa\w*",
            r"hors (?:de )?l'(?:UE|Union|EEE|Espace)",
            r"pays tiers",
            r"clauses contractuelles types",
            r"ad[ée]quation",
            r"bouclier",
            r"privacy shield",
            r"data privacy framework",
            r"r[èe]gles d'entreprise contraignantes",
            r"art(?:icle|\.)? ?4[569]\b",
        ],
    },
    # R6: countries and places outside the EU/EEA (an EU country is not a transfer).
    "country": {
        "en": [
            r"United States",
            r"(?-i:\bUSA\b)",
            r"(?-i:\bU\.S\.)",
            r"Canada",
            r"China",
            r"India",
            r"Singapore",
            r"Japan",
            r"Australia",
            r"Brazil",
            r"Russia",
            r"United Kingdom",
            r"(?-i:\bUK\b)",
            r"Switzerland",
            r"Israel",
            r"Korea",
            r"Mexico",
            r"Philippines",
            r"Morocco",
            r"Tunisia",
            r"Turkey",
            r"South Africa",
            r"Argentina",
            r"New Zealand",
            r"Hong Kong",
            r"Taiwan",
            r"Vietnam",
            r"Indonesia",
            r"Malaysia",
            r"Thailand",
            r"United Arab Emirates",
            r"Ukraine",
            r"Serbia",
            r"Egypt",
            r"Nigeria",
            r"Colombia",
            r"Chile",
            r"Peru",
            r"Pakistan",
            r"Bangladesh",
            r"Sri Lanka",
            r"Saudi Arabia",
            r"Qatar",
            r"\bKenya\b",
            r"\bGhana\b",
            r"\bSenegal\b",
            r"\bAlgeria\b",
            r"\bIvory Coast\b",
            r"\bC[ôo]te d'Ivoire\b",
            r"\bCameroon\b",
            r"\bEthiopia\b",
            r"\bMauritius\b",
            r"\bMadagascar\b",
            r"\bTanzania\b",
            r"\bUganda\b",
            r"\bRwanda\b",
            r"\bLebanon\b",
            r"\bJordan\b",
            r"\bKuwait\b",
            r"\bBahrain\b",
            r"\bOman\b",
            r"\bIran\b",
            r"\bIraq\b",
            r"\bKazakhstan\b",
            r"\bArmenia\b",
            r"\bBelarus\b",
            r"\bMoldova\b",
            r"\bAlbania\b",
            r"\bNorth Macedonia\b",
            r"\bBosnia\b",
            r"\bMontenegro\b",
            r"\bKosovo\b",
            r"\bUruguay\b",
            r"\bParaguay\b",
            r"\bBolivia\b",
            r"\bEcuador\b",
            r"\bVenezuela\b",
            r"\bCosta Rica\b",
            r"\bPanama\b",
            r"\bDominican Republic\b",
            r"\bGuatemala\b",
            r"\bNepal\b",
            r"\bCambodia\b",
            r"\bMyanmar\b",
            r"\bMongolia\b",
            r"(?-i:\bthe US\b)",
            r"world-?wide",
            r"(?:anywhere|any country) in the world",
            r"across the world",
        ],
        "fr": [
            r"[ÉE]tats-Unis",
            r"(?-i:\bUSA\b)",
            r"Canada",
            r"Chine",
            r"\bInde\b",
            r"Singapour",
            r"Japon",
            r"Australie",
            r"Br[ée]sil",
            r"Russie",
            r"Royaume-Uni",
            r"Suisse",
            r"Isra[ëe]l",
            r"Cor[ée]e",
            r"Mexique",
            r"Philippines",
            r"Maroc",
            r"Tunisie",
            r"Turquie",
            r"Afrique du Sud",
            r"Argentine",
            r"Nouvelle-Z[ée]lande",
            r"Hong Kong",
            r"Ta[ïi]wan",
            r"Vi[êe]t ?nam",
            r"Indon[ée]sie",
            r"Malaisie",
            r"Tha[ïi]lande",
            r"[ÉE]mirats",
            r"Ukraine",
            r"Serbie",
            r"[ÉE]gypte",
            r"Nig[ée]ria",
            r"Colombie",
            r"Chili",
            r"P[ée]rou",
            r"Pakistan",
            r"Bangladesh",
            r"Sri Lanka",
            r"Arabie saoudite",
            r"Qatar",
            r"\bMadagascar\b",
            r"Maurice",
            r"\bKenya\b",
            r"\bGhana\b",
            r"\bS[ée]n[ée]gal\b",
            r"\bAlg[ée]rie\b",
            r"\bC[ôo]te d'Ivoire\b",
            r"\bCameroun\b",
            r"\b[ÉE]thiopie\b",
            r"\bTanzanie\b",
            r"\bOuganda\b",
            r"\bRwanda\b",
            r"\bLiban\b",
            r"\bJordanie\b",
            r"\bKowe[iï]t\b",
            r"\bBahre[iï]n\b",
            r"\bOman\b",
            r"\bIran\b",
            r"\bIrak\b",
            r"\bKazakhstan\b",
            r"\bArm[ée]nie\b",
            r"\bBi[ée]lorussie\b",
            r"\bMoldavie\b",
            r"\bAlbanie\b",
            r"\bMac[ée]doine du Nord\b",
            r"\bBosnie\b",
            r"\bMont[ée]n[ée]gro\b",
            r"\bKosovo\b",
            r"\bUruguay\b",
            r"\bParaguay\b",
            r"\bBolivie\b",
            r"\b[ÉE]quateur\b",
            r"\bVenezuela\b",
            r"\bCosta Rica\b",
            r"\bPanama\b",
            r"\bR[ée]publique dominicaine\b",
            r"\bGuatemala\b",
            r"\bN[ée]pal\b",
            r"\bCambodge\b",
            r"\bMyanmar\b",
            r"\bMongolie\b",
            r"monde entier",
            r"partout dans le monde",
            r"(?:tout|n'importe quel) pays",
        ],
    },
    # R7: categories of personal data and sources.
    "data": {
        "en": [
            r"locations?\b",
            r"geoloc\w*",
            r"\bGPS\b",
            r"biometric\w*",
            r"\bfaces?\b",
            r"facial",
            r"government ID",
            r"(?-i:\bID\b)",
            r"identity (?:document|card)",
            r"passports?",
            r"date of birth",
            r"year of birth",
            r"\bage\b",
            r"\bhealth\b",
            r"\bvoice\b",
            r"audio",
            r"video",
            r"contacts? list",
            r"address book",
            r"device identifiers?",
            r"IP address",
            r"browsing",
            r"behaviou?r\w*",
            r"purchase history",
            r"phone numbers?",
            r"country of residence",
            r"interests?\b",
            r"financial",
            r"income",
            r"salary",
            r"photos?\b",
            r"fingerprint\w*",
            r"messages?\b",
            r"sensitive (?:data|personal|information)",
            r"special categor\w*",
            r"gender",
            r"ethnic\w*",
            r"religio\w*",
            r"criminal",
        ],
        "fr": [
            r"localisation",
            r"g[ée]olocalis\w*",
            r"\bGPS\b",
            r"biom[ée]tri\w*",
            r"visage",
            r"faciale?",
            r"pi[èe]ces? d'identit[ée]",
            r"carte d'identit[ée]",
            r"num[ée]ro (?:d')?(?-i:ID)",
            r"passeports?",
            r"date de naissance",
            r"\b[âa]ge\b",
            r"sant[ée]",
            r"\bvoix\b",
            r"\bvoca(?:l|le|les|ux)\b",
            r"audio",
            r"vid[ée]o",
            r"contacts",
            r"identifiants? (?:de l'appareil|publicitaires?)",
            r"adresse IP",
            r"navigation",
            r"comportement\w*",
            r"historique d'achats?",
            r"num[ée]ros? de t[ée]l[ée]phone",
            r"donn[ée]es de connexion",
            r"photographi\w*",
            r"\bphotos?\b",
            r"activit[ée] physique",
            r"financi[èe]res?",
            r"revenus?",
            r"salaires?",
            r"empreinte\w*",
            r"donn[ée]es sensibles",
            r"cat[ée]gories particuli[èe]res",
            r"sexe",
            r"genre",
            r"origine",
            r"religi\w*",
            r"v[ée]hicule",
            r"permis de conduire",
        ],
    },
    "source": {
        "en": [
            r"third[- ]party sources?",
            r"publicly available",
            r"public sources?",
            r"data brokers?",
            r"(?:receive|obtain|collect)\w* (?:\w+ ){0,4}from (?:our |other |third)",
            r"combine\w*",
        ],
        "fr": [
            r"sources? tierces?",
            r"accessibles? au public",
            r"sources? publiques?",
            r"courtiers?",
            r"open data",
            r"(?:recev|obten|collect)\w* (?:\w+ ){0,4}aupr[èe]s de",
            r"combin[ée]\w*",
            r"crois[ée]\w*",
            r"import(?:er|ons|[ée]es?|ation)\b",
        ],
    },
    # R10: legal bases.
    "basis": {
        "en": [
            r"legitimate interests?",
            r"\bconsent\b",
            r"performance of (?:a|the|our) contract",
            r"contractual necessity",
            r"legal obligations?",
            r"vital interests?",
            r"public interest",
            r"legal bas[ie]s",
        ],
        "fr": [
            r"int[ée]r[êe]ts? l[ée]gitimes?",
            r"consentement",
            r"ex[ée]cution (?:du|d'un|de votre) contrat",
            r"obligations? l[ée]gales?",
            r"int[ée]r[êe]ts? vitaux",
            r"int[ée]r[êe]t public",
            r"bases? l[ée]gales?",
            r"fondements? (?:juridiques?|l[ée]gaux?)",
        ],
    },
    # R3: who is the controller.
    "controller": {
        "en": [
            r"(?:data |joint )?controllers?\b",
            r"responsible for (?:the )?processing",
            r"operated by",
            r"decide (?:together|jointly)",
            r"determine (?:together |jointly )?(?:the )?purposes and (?:the )?means",
        ],
        "fr": [
            r"responsables? (?:conjoints? )?(?:du|des|de ce|de ces) traitements?",
            r"responsables conjoints",
            r"co-?responsables?",
            r"[ée]dit[ée] par",
            r"exploit[ée] par",
            r"d[ée]cident (?:ensemble|conjointement)",
            r"d[ée]terminent (?:ensemble |conjointement )?(?:les )?finalit[ée]s et (?:les )?moyens",
        ],
    },
    # R4, R13: rights of the data subject and the choices given to users.
    "right": {
        "en": [
            r"\brights?\b",
            r"right (?:to|of)\b",
            r"\baccess\b",
            r"rectif\w*",
            r"erasure",
            r"\bobject(?:ion)?\b",
            r"portab\w*",
            r"\bport (?:your|their|it|them)\b",
            r"\bexport\w*",
            r"restrict\w*",
            r"withdraw\w*",
            r"complain\w*",
            r"supervisory authority",
            r"opt[- ]out",
            r"unsubscribe",
            r"human intervention",
            r"contest",
            r"turn(?:ed)? (?:it |this )?off",
            r"adjust",
            r"choices?",
            r"settings?",
        ],
        "fr": [
            r"\bdroits?\b",
            r"rectification",
            r"effacement",
            r"opposition",
            r"vous opposer",
            r"portabilit[ée]",
            r"\bexport\w*",
            r"limitation",
            r"retir\w*",
            r"retrait",
            r"r[ée]clamation",
            r"(?-i:\bCNIL\b)",
            r"autorit[ée] de contr[ôo]le",
            r"d[ée]sinscri\w*",
            r"d[ée]sabonn\w*",
            r"intervention humaine",
            r"contester",
            r"d[ée]sactiv\w*",
            r"param[èe]tr\w*",
            r"refuser",
        ],
    },
    # R5: someone named receiving data ("Leafy Pages now receives your address").
    "receiving": {
        "en": [r"\breceiv\w*", r"\b(?:has|have|get|gets|is given|are given) access\b", r"\bobtains?\b"],
        "fr": [r"\bre[çc]oi\w*", r"\brecev\w*", r"\b(?:a|ont) acc[èe]s\b", r"\bacc[èe]d\w*", r"\bobtien\w*"],
    },
    # R5: verbs of sharing; a new one where sharing was already described is a rewording (nouns name recipients).
    "sharing_verb": {
        "en": [r"shar(?:e|es|ed|ing)", r"disclos\w*", r"transmi\w*", r"communicat\w*", r"provid\w*"],
        "fr": [r"partag\w*", r"divulg\w*", r"transm\w*", r"communiqu\w*", r"fourni\w*"],
    },
    # R4: what a request costs or requires (a fee, a proof of identity): harder or costlier to exercise a right.
    "fee": {
        "en": [
            r"\bfees?\b",
            r"\bcharge(?:s|d)? (?:a|you)\b",
            r"\b(?:processing|handling|administrative) (?:charge|cost)s?\b",
            r"\bpay(?:ment of)?\b",
            r"(?:[€$£]\s?\d+|\b\d+(?:[.,]\d+)?\s?(?:€|\$|£|euros?\b|EUR\b|USD\b|GBP\b|dollars?\b|pounds?\b))",
        ],
        "fr": [
            r"\bfrais\b",
            r"\bpayant\w*",
            r"\bfactur(?:é|ée|és|ées|ons|era|erons)\b",
            r"\bredevance\b",
            r"\b(?:paiement|versement) d(?:e|u|')",
            r"\bpayer\b",
            r"(?:[€$£]\s?\d+|\b\d+(?:[.,]\d+)?\s?(?:€|\$|£|euros?\b|EUR\b|USD\b|GBP\b|dollars?\b|pounds?\b))",
        ],
    },
    # R4: a copy of one's data, what an access request asks for.
    "copy": {"en": [r"\bcop(?:y|ies)\b"], "fr": [r"\bcopies?\b"]},
    # R4, R9: a request said to need or cost nothing ("you do not need to send us ...", "aucun frais").
    "not_required": {
        "en": [
            r"\b(?:do not|don't|does not|doesn't|never|will not|won't|need not|not) (?:\w+ )?(?:need|have to|required|"
            r"ask|charge|require|request)\w*",
            r"\bno (?:fee|charge|proof|need|identification)\b",
        ],
        "fr": [
            r"\bn'(?:avez|aurez|êtes|serez) (?:pas|jamais) (?:besoin|à|tenus?)\b",
            r"\bne (?:vous )?(?:\w+ )?(?:demand|factur|r[ée]clam|exig)\w* (?:jamais|pas|aucun)",
            r"\baucun(?:e|s|es)? (?:frais|justificatif|pi[èe]ce)",
            r"\bpas (?:besoin|de frais)\b",
        ],
    },
    # R9: what we say we cannot know or see ("so we do not know whether you open them"): less processing, not more.
    "not_known": {
        "en": [
            r"\bwe (?:do not|don't|cannot|can't|never|will not|won't|have no way to) (?:\w+ )?"
            r"(?:know|see|read|access|learn|tell)\b",
            r"\bwe (?:have|get) no access\b",
        ],
        "fr": [
            r"\bnous ne (?:\w+ )?(?:savons|voyons|lisons|connaissons"
            r"|pouvons (?:pas|jamais) (?:savoir|voir|lire|conna[iî]tre))\b",
            r"\bnous n'avons (?:pas|aucun) acc[èe]s\b",
        ],
    },
    "free": {
        "en": [r"free of charge", r"\bno fees?\b", r"\bfor free\b", r"without (?:any )?(?:fee|charge)"],
        "fr": [r"\bgratuit\w*", r"sans frais", r"aucun frais"],
    },
    "identity_proof": {
        "en": [
            r"proof of (?:your )?identity",
            r"identity (?:card|document)s?",
            r"copy of (?:your )?(?:id|passport|driving licen[cs]e)",
            r"(?:verify|confirm|check|prove|establish) (?:your|the requester's|their) identity",
            r"(?:verify|confirm|check|prove) who you are",
            r"(?:photo|government(?:[- ]issued)?|national|valid|official) (?:photo )?(?-i:ID)\b",
            r"(?-i:\bID) (?:card|document)s?\b",
            r"\bpassports?\b",
            r"driving licen[cs]e",
        ],
        "fr": [
            r"(?:justificatif|pi[èe]ce|titre|carte|document|preuve)s?(?: \w+)? d'identit[ée]",
            r"copie de (?:votre )?(?:carte d'identit[ée]|passeport)",
            r"(?:v[ée]rifier|confirmer|contr[ôo]ler|prouver|justifier de) (?:votre|son|leur) identit[ée]",
            r"\bpasseports?\b",
            r"permis de conduire",
        ],
    },
    # R12: changes taking effect without telling users, and the promise to tell them.
    "deemed_acceptance": {
        "en": [
            r"(?:continu\w*|keep\w*|further|subsequent) (?:to )?(?:use|using|brows\w*|access\w*|visit\w*|navigat\w*)"
            r"\b.{0,80}\b(?:accept|agree|consent|bound)",
            r"deemed to (?:have )?(?:accept|agree)",
            r"constitutes? (?:your )?(?:acceptance|agreement|consent)",
            r"(?:consider|treat|take)\w* (?:that |it that |this as )?you (?:have )?(?:accept|agree)",
            r"\b(?:using|use of|access(?:ing)?)\b.{0,60}?\b(?:means|implies|signifies|constitutes?|indicates?)\b"
            r".{0,30}?\b(?:accept|agree|consent)",
        ],
        "fr": [
            r"(?:en continuant|continu\w*|poursui\w*) (?:[àa] |d')?(?:utilis|navigu|visit|acc[ée]d)\w*.{0,80}\baccept",
            r"vaut (?:acceptation|accord|consentement)",
            r"(?:r[ée]put[ée]|consid[ée]r[ée])e?s? (?:comme )?(?:l'|les )?(?:avoir accept|ayant accept)",
            r"consid[ée]r[ée]e?s? comme accept[ée]",
            r"consid[ée]rer\w* que vous (?:l'|les )?(?:acceptez|avez accept)",
            r"\butilis\w*.{0,60}?\b(?:signifie|implique|vaut|emporte|constitue)\b.{0,30}?\baccept",
        ],
    },
    "notify_promise": {
        "en": [
            r"\bwe will (?:notify|tell|inform|email|let|write to|send) you",
            r"\bbrought to (?:the|your) attention\b",
            r"\byou will be (?:informed|notified|told)\b",
            r"\bnotify you\b",
            r"\bin advance\b",
            r"\bbefore any (?:important |significant |material )?change",
        ],
        "fr": [
            r"nous vous (?:informerons|pr[ée]viendrons|notifierons|avertirons|[ée]crirons|enverrons|aviserons)",
            r"\bport[ée]e? [àa] (?:la|votre) connaissance\b",
            r"\bvous serez (?:inform|avert|pr[ée]venu|notifi)\w*",
            r"\bà l'avance\b",
            r"avant l'entr[ée]e en vigueur",
        ],
    },
    # R7: who the policy is for: a lower age lets younger children's data in.
    "age": {
        "en": [
            r"(?:under|below|younger than|over|at least|older than|aged?|from)\s+(?:the age of\s+)?(?P<age>{n})\b",
            r"\bage\b[^.;\d]{0,30}?\b(?P<age3>{n})\b",
            r"(?P<age2>{n})\s*(?:years?(?: of age| old)|\+|or (?:older|over|above)|and (?:older|over|above))",
            r"(?:aged?|ages|teens?|teenagers|children|kids|minors?|users|people|persons)\s+(?:\w+\s+){0,2}?"
            r"(?:between|from)\s+(?P<age4>{n})\b",
        ],
        "fr": [
            r"(?:moins de|plus de|au moins|[âa]g[ée]e?s? d(?:e|'au moins)|de plus de|[àa] partir de|d[èe]s)\s+"
            r"(?P<age>{n})\s+ans",
            r"\b[âa]ge\b[^.;\d]{0,30}?\b(?P<age3>{n})\b",
            r"(?P<age2>{n})\s+ans (?:r[ée]volus|ou plus|et plus)",
            r"(?:enfants|mineurs|adolescents|jeunes|personnes|utilisateurs)\s+(?:\w+\s+){0,2}?"
            r"(?:de|entre|[âa]g[ée]s de)\s+(?P<age4>{n})\s+(?:ans|et)\b",
        ],
    },
    # R9: a pointer to another page ("see our supplemental notice at ..."), and the audience it is for.
    "pointer": {
        "en": [
            r"\bsee\b",
            r"supplement\w*",
            r"more information",
            r"refer to",
            r"\bvisit\b",
            r"\bread\b",
            r"\baddend\w*",
            r"\b(?:learn|find out|read) more\b",
            r"\bview (?:our|the)\b",
            r"\b(?:more|further) details\b",
        ],
        "fr": [
            r"consult\w*",
            r"\ben savoir plus\b",
            r"compl[ée]mentaires?",
            r"plus d'informations",
            r"reportez-vous",
            r"rendez-vous sur",
            r"\bvoir\b",
            r"\bannexes?\b",
            r"\baddend\w*",
            r"\blise[zr]\b",
            r"figur\w* (?:sur|dans)",
            r"\bplus de d[ée]tails\b",
        ],
    },
    "residents": {
        "en": [
            r"residents? of",
            r"if you (?:live|reside)",
            r"users (?:in|located in|based in)",
            r"(?:are you|if you are|you are) (?:in|based in|located in|living in)",
        ],
        "fr": [
            r"r[ée]sidents?",
            r"si vous (?:r[ée]sidez|habitez|vivez)",
            r"vous (?:r[ée]sidez|habitez|vivez|[êe]tes) (?:en|au|aux)\b",
            r"utilisateurs (?:situ[ée]s |bas[ée]s )?(?:en|au|aux)",
        ],
    },
    # R6: where data are held or handled ("hosted", "servers", "traitées"): a country named there receives data.
    "data_place": {
        "en": [r"\bhost\w*", r"\bservers?\b", r"\bstor\w*", r"\bprocess\w*", r"\btransfer\w*", r"\bkept\b"],
        "fr": [
            r"\bh[ée]berg\w*",
            r"\bserveurs?\b",
            r"\bstock\w*",
            r"\btrait[ée]\w*",
            r"\btransf[ée]r\w*",
            r"\bconserv\w*",
        ],
    },
    # R9: words that explain what the text already says ("that is, the titles"), adding no practice.
    # R9: examples given of what the text already names ("(in particular invoices)", "(notamment les factures)").
    "example_given": {
        "en": [r"^\W*(?:for example|for instance|e\.g\.|in particular|such as|including|notably|especially)\b"],
        "fr": [r"^\W*(?:par exemple|p\. ?ex\.|notamment|tels? que|telles? que|comme|y compris|en particulier)\b"],
    },
    "clarifying": {
        "en": [
            r"\bthat is,",
            r"\bi\.e\.",
            r"\bnamely\b",
            r"\bin other words\b",
            r"\bas (?:it has|they have|we have) (?:always|been since|done since)",
            r"\bas (?:always|before|ever since)\b",
        ],
        "fr": [
            r"c'est-[àa]-dire",
            r"\b[àa] savoir\b",
            r"\bautrement dit\b",
            r"\bcomme (?:toujours|auparavant|depuis|jusqu'ici|par le pass[ée])\b",
        ],
    },
    # R9: an explanation of what a known practice does for the user.
    "user_benefit": {
        "en": [r"so (?:that )?you can", r"to help you", r"to let you", r"for your convenience"],
        "fr": [r"afin que vous puissiez", r"pour que vous puissiez", r"pour vous permettre", r"afin de vous permettre"],
    },
    # R9: a choice offered to users ("you can manage your preferences"), unless it is taken away.
    "choice": {
        "en": [
            r"\byou (?:can|may) (?!no longer|not)",
            r"\b(?:manage|update|change|set|adjust|your privacy|communication|cookie|email|marketing) preferences\b",
            r"\bpreferences? (?:cent(?:re|er)|settings|page|panel)\b",
            r"\bopt[- ]out\b",
            r"\b(?:can|may) request\b",
            r"\b(?:as|means) (?:a |your )?(?:refusal|opt[- ]out|objection|withdrawal)\b",
        ],
        "fr": [
            r"\bvous pouvez (?!plus|pas)",
            r"\b(?:g[ée]rer|modifier|param[ée]trer|r[ée]gler|mettre [àa] jour) (?:vos |les )?pr[ée]f[ée]rences\b",
            r"\b(?:centre|page|panneau|param[èe]tres) (?:de |des )?pr[ée]f[ée]rences\b",
            r"\bpr[ée]f[ée]rences (?:de communication|de confidentialit[ée]|cookies?|marketing)\b",
            r"\bvous opposer\b",
            r"\bpouvez demander\b",
            r"\b(?:comme|vaut) (?:un |votre )?(?:refus|opposition|retrait)\b",
        ],
    },
    # R4, R14: where users reach the company about their data.
    "contact": {
        "en": [
            r"data protection officer",
            r"(?-i:\bDPO\b)",
            r"contact us",
            r"privacy (?:team|office)",
            r"our address",
            r"representative",
            r"\breach (?:us|our)\b",
            r"\b(?:write|e-?mail) (?:to )?(?:us|our)\b",
        ],
        "fr": [
            r"d[ée]l[ée]gu[ée] [àa] la protection des donn[ée]es",
            r"(?-i:\bDPO\b)",
            r"nous contacter",
            r"contactez-nous",
            r"notre adresse",
            r"repr[ée]sentant",
            r"contacter notre",
            r"[ée]cri(?:re|vez)(?:-nous)? [àa] (?:notre|nos)\b",
            r"nous [ée]crire",
            r"[ée]crivez-nous",
        ],
    },
    # R4: a request and its answer (where a deadline is a rights deadline).
    "request": {
        "en": [
            r"request\w*",
            r"respon(?:d|se|ds)\w*",
            r"repl(?:y|ies)",
            r"answer\w*",
            r"exercis\w*",
            r"\bask (?:us )?for\b",
        ],
        "fr": [r"demandes?\b", r"r[ée]pon(?:se|d)\w*", r"exerc\w*", r"traiter", r"r[ée]clamation"],
    },
    # R8, R16: how long data or cookies are kept.
    "retention": {
        "en": [
            r"retain\w*",
            r"retention",
            r"\bkeep\b",
            r"\bkept\b",
            r"\bstor(?:e|ed|age)\b",
            r"\b(?:delet|anonymi[sz]|eras|purg|destroy|overwrit|wip)\w*",
            r"\bclear(?:s|ed)\b",
            r"\brol(?:l|ls|led|ling) over\b",
            r"immediately (?:delet|anonymi[sz]|eras)\w*",
            r"archiv\w*",
            r"lifetime",
            r"lifespan",
            r"expir\w*",
            r"duration",
            r"\blasts?\b",
            r"period",
            r"\bhow long\b",
        ],
        "fr": [
            r"conserv\w*",
            r"dur[ée]e",
            r"archiv\w*",
            r"\b(?:supprim|anonym|effa[cç]|d[ée]trui|purg|[ée]cras)\w*",
            r"\bvid(?:[ée]e?s?|er|ons)\b",
            r"\bgard(?:ons|[ée]e?s?|er)\b",
            r"expir\w*",
            r"pendant",
            r"p[ée]riode",
            r"\bcombien de temps\b",
        ],
    },
    # R4 not met: a sentence saying records are kept or deleted gives a retention period, even when the records
    # are of requests or complaints ("les dossiers de réclamation sont conservés trois ans"): not a deadline.
    "keeping_verb": {
        "en": [r"\b(?:kept|keep|retain\w*|stored|archived|deleted|erased|destroyed|anonymi[sz]ed)\b"],
        "fr": [r"\b(?:conserv|archiv|supprim|effac|d[ée]truit|anonymis)\w*", r"\bgard(?:ons|[ée]e?s?)\b"],
    },
    # R16: a cookie's lifetime starting again at each visit ("renewed on each visit", "renouvelée à chaque
    # nouvelle visite"); a negation before it ("n'est pas prolongée lors de vos visites") says the opposite.
    "renewed_each_visit": {
        "en": [
            r"\b(?:renew|extend|reset|refresh|restart|prolong)\w*(?:\W+\w+){0,4}?\W+(?:on|at|with) (?:each|every|any)"
            r" (?:new |later |subsequent )?(?:visit|return)",
            r"\b(?:each|every) (?:new |later |subsequent )?visit (?:renews|extends|resets|restarts|prolongs)\b",
        ],
        "fr": [
            r"\b(?:renouvel|prolong|r[ée]initialis|r[ée]arm|relanc)\w*(?:\W+\w+){0,4}?\W+(?:[àa] chaque|lors de"
            r" (?:chaque|chacune de vos|vos)) (?:nouvelle |prochaine )?visite",
        ],
    },
    # R4: a period that runs to an answer or from the request is a deadline for acting on it.
    "answering": {
        "en": [
            r"\b(?:respond|reply|answer)\w*",
            r"\b(?:of|from|after|following) (?:(?:the )?receipt of |receiving )?(?:your|the|a|each) request\b",
        ],
        "fr": [
            r"\br[ée]pon(?:se|d)\w*",
            r"\b(?:de|suivant|apr[èe]s) (?:la r[ée]ception de )?(?:votre|la|chaque) demande\b",
            r"\b[àa] compter de (?:la r[ée]ception de )?(?:votre|la|chaque) demande\b",
        ],
    },
    # R7: the first column of a table of personal data ("Category | Examples", "Données | Finalité").
    "data_heading": {
        "en": [
            r"^(?:categor(?:y|ies)|(?:personal )?data|personal information"
            r"|types? of (?:personal )?(?:data|information))\b"
        ],
        "fr": [r"^(?:cat[ée]gories?|donn[ée]es|informations? personnelles|types? de donn[ée]es)\b"],
    },
    # Any sentence (a period in a section about retention is a retention period).
    "any": {"en": [r"\S"], "fr": [r"\S"]},
    # R8: fixed periods replaced by criteria.
    "vague_period": {
        "en": [
            r"\b(?:as|so) long as\b",
            r"\bindefinitely\b",
            r"\bwithout (?:any )?time limit\b",
            r"for the duration of",
            r"until (?:you|your|we)",
            r"no longer (?:necessary|needed)",
            r"no longer need",
            r"\b(?:a )?reasonable (?:time|period)\b",
            r"\bas (?:long as )?(?:necessary|needed|appropriate)\b",
        ],
        "fr": [
            r"aussi longtemps que",
            r"\b(?:un )?d[ée]lai raisonnable\b",
            r"\bdur[ée]e raisonnable\b",
            r"tant que",
            r"ind[ée]finiment",
            r"sans limit(?:e|ation) de dur[ée]e",
            r"dur[ée]e n[ée]cessaire",
            r"le temps n[ée]cessaire",
            r"jusqu'[àa] ce que",
            r"n'(?:en )?(?:avons|a) plus besoin",
            r"plus n[ée]cessaires?",
        ],
    },
    # R12: promises not to do something (the negation is what users rely on).
    "promise_verb": {
        "en": [
            r"sell",
            r"\bsold\b",
            r"share",
            r"rent",
            r"disclos\w*",
            r"send",
            r"transfer",
            r"\buse[sd]?\b",
            r"\bfilm(?:s|ed)?\b",
            r"collect",
            r"store",
            r"track",
            r"trade",
            r"give",
            r"pass",
            r"combine",
            r"record",
            r"\bsees?\b",
            r"\baccess\w*",
            r"\breceiv\w*",
            r"\bpublish\w*",
            r"provid\w*",
            r"diffus\w*",
            r"show",
            r"\blog(?:s|ged)?\b",
            r"\bkeep\b",
            r"\bretain\b",
            r"\bmonitor\w*",
            r"\breads?\b",
            r"\blistens?\b",
        ],
        "fr": [
            r"(?:re)?vend\w*",
            r"partag\w*",
            r"lou\w*",
            r"c[ée]d\w*",
            r"divulg\w*",
            r"transm\w*",
            r"communiqu\w*",
            r"utilis\w*",
            r"collect\w*",
            r"recueill\w*",
            r"enregistr\w*",
            r"\bvoi[tr]\w*",
            r"acc[èe]d\w*",
            r"re[çc]oi\w*",
            r"stock\w*",
            r"conserv\w*",
            r"envo\w*",
            r"fourni\w*",
            r"diffus\w*",
            r"\bpubli(?:e|es|ons|ent|er|é|ée|és|ées)\b",
            r"\baffich\w*",
            r"\bd[ée]pos\w*",
            r"exploit\w*",
            r"commerc\w*",
            r"informer\w*",
            r"inform\w*",
            r"journalis\w*",
            r"surveill\w*",
            r"\b(?:lit|lisent|lire|lu|lus)\b",
            r"\b[ée]cout\w*",
        ],
    },
    "negation": {
        "en": [
            r"\b(?:do|does|did|will|shall|would|can|could|may) not\b",
            r"n't\b",
            r"\bnever\b",
            r"\bno\b",
            r"\bnot\b",
            r"\bnobody\b",
            r"\bwithout\b",
            r"\bonly (?:if|with|when|where)\b",
            r"\bexclusively\b",
        ],
        "fr": [
            r"\bne\b",
            r"\bn'",
            r"\bjamais\b",
            r"\baucun\w*\b",
            r"\b(?:personne|rien) d'autre\b",
            r"\bsans\b",
            r"\buniquement\b",
            r"\bseulement\b",
            r"\bexclusivement\b",
        ],
    },
    # R10: data shared or a setting switched on for users unless they act ("ticked by default").
    "default_on": {
        "en": [r"\b(?:ticked|checked|enabled|on|activated|selected|pre-?ticked|pre-?selected) by default\b"],
        "fr": [r"\b(?:coch[ée]e?s?|activ[ée]e?s?|s[ée]lectionn[ée]e?s?|pr[ée]-?coch[ée]e?s?) par d[ée]faut\b"],
    },
    # R10: the state a setting is in; off (or opt-in) switched to on (or opt-out) takes a choice from users.
    "setting_state": {
        "en": [
            r"\b(?:is|are|be|stays?|remains?|turned|switched|set to)\s+(?:on|off)\b",
            r"\b(?:unticked|ticked|unchecked|checked|disabled|enabled|deactivated|activated)\b",
            r"\bopt(?:ed)?[- ](?:in|out)\b",
        ],
        "fr": [r"\b(?:d[ée]sactiv|activ|d[ée]coch|coch)[ée]e?s?\b", r"\b(?:inactif|actif)s?\b"],
    },
    # R10, R2: conditions that protect users (consent, opt-in, "if enabled") and hedges that weaken them.
    "condition": {
        "en": [
            r"with your (?:prior |explicit )?consent",
            r"if enabled",
            r"only if",
            r"opt[- ]in",
            r"subject to your consent",
            r"if you (?:agree|consent|choose|allow)",
            r"if you (?:opt|choose|elect|decide) to (?:allow|let|permit)",
            r"(?:only )?(?:when|where|if) you have (?:accepted|agreed|consented|allowed)",
            r"provided (?:that )?you (?:have )?(?:ticked|checked|agreed|consented|opted in|allowed)",
            r"with your permission",
            r"you can adjust",
            r"if you have turned",
            r"(?:when|if|once) you (?:\w+ ){0,2}?(?:switch on|turn on|enable|tick|check|select|activate|opt in)\b",
            r"\bwho (?:have )?(?:opted in|consented|agreed)\b",
            r"\bwho (?:have )?(?:ask(?:ed)?|subscribed|signed up) for (?:it|them)\b",
        ],
        "fr": [
            r"avec votre (?:accord|consentement)",
            r"sous r[ée]serve de votre (?:accord|consentement)",
            r"(?:seulement|uniquement) si",
            r"si vous (?:l'|y )?(?:acceptez|consentez|autorisez)",
            r"avec votre autorisation",
            r"sous r[ée]serve que vous (?:ayez|ayiez) (?:coch[ée]|accept[ée]|consenti|donn[ée] votre accord)",
            r"\bque si vous (?:\S+ ){0,4}?(?:l'|y )?(?:avez|aviez|ont) (?:accept[ée]|consenti|autoris[ée]|donn[ée])",
            r"sans (?:avoir obtenu )?votre (?:accord|consentement)",
            r"(?:lorsque|quand|si|d[èe]s que) vous (?:\S+ ){0,2}?(?:l'|les |y |en )?"
            r"(?:activez|cochez|s[ée]lectionnez|choisissez|autorisez)\b",
            r"qu'avec votre (?:accord|consentement|autorisation)",
            r"\bqui (?:y |l')?(?:ont|a) (?:consenti|accept[ée])",
            r"\bqui (?:les |l'|en |y )?(?:ont|a) (?:demand|souscrit|sollicit)\w*",
        ],
    },
    # R10: something set or done that users can no longer refuse or switch off ("which you cannot refuse", "que vous
    # ne pouvez pas désactiver"): a choice, or the right to withdraw consent, taken away.
    "no_refusal": {
        "en": [
            r"\b(?:cannot|can't|can not|may not|are not able to|won't be able to) (?:\w+ )?(?:refuse|decline|reject"
            r"|switch (?:\w+ )?off|turn (?:\w+ )?off|disable|opt out|object)\b",
            r"\b(?:cannot|can't|can not|may not) be (?:refused|declined|rejected|switched off|turned off|disabled)\b",
        ],
        "fr": [
            r"\bne (?:pouvez|pourrez|pouvons) pas (?:les |l'|le |la |vous y |vous en )?(?:refuser|d[ée]cliner"
            r"|d[ée]sactiver|opposer|d[ée]sinscrire)",
            r"\bne (?:peu(?:t|vent)|pourr(?:a|ont)) pas (?:\w+ )?[êe]tre (?:refus|d[ée]clin|d[ée]sactiv)\w*",
            r"\bsans possibilit[ée] de (?:refus|vous y opposer|les d[ée]sactiver)",
        ],
    },
    # R12: words that carve an exception out of a promise just made ("we do not share it ... However, we may",
    # "... unless", "toutefois", "sauf"): the promise stays written but no longer holds in every case.
    "promise_exception": {
        "en": [
            r"\bhowever\b",
            r"\bthat said\b",
            r"\bnevertheless\b",
            r"\bnonetheless\b",
            r"\bexcept\b",
            r"\bunless\b",
            r"\bother than\b",
            r"\bapart from\b",
            r"\bsave (?:where|when|if|for)\b",
            r"\bwith the exception\b",
            r"\bbut (?=we\b|(?:it|they|this|these) (?:may|can|will)\b)",
        ],
        "fr": [
            r"\btoutefois\b",
            r"\bcependant\b",
            r"\bn[ée]anmoins\b",
            r"\ben revanche\b",
            r"\bpar contre\b",
            r"\bsauf\b",
            r"\b[àa] moins (?:que|qu'|de|d')",
            r"\bhormis\b",
            r"\bexcept[ée]\b",
            r"\b[àa] l'exception\b",
            r"\ben dehors d",
            r"\bmais (?=nous\b|(?:il|elle|ils|elles|celles?-ci|ceux-ci) peu)",
        ],
    },
    "hedge": {
        "en": [
            r"where (?:required|applicable|necessary|appropriate)",
            r"by default",
            r"as permitted",
            r"at our discretion",
            r"\bmay\b",
            r"\btypically\b",
            r"compatible",
        ],
        "fr": [
            r"le cas [ée]ch[ée]ant",
            r"par d[ée]faut",
            r"(?:si|lorsque c'est) n[ée]cessaire",
            r"lorsque requis",
            r"\bpourr\w*",
            r"compatibles?",
        ],
    },
    # R15: trackers and the purposes that need consent.
    "cookie": {
        "en": [r"cookies?", r"trackers?", r"pixels?", r"\btags?\b", r"\bSDKs?\b", r"local storage", r"beacons?"],
        "fr": [r"cookies?", r"traceurs?", r"t[ée]moins?", r"pixels?", r"balises?", r"\btags?\b", r"\bSDKs?\b"],
    },
    # Where users block trackers themselves: names listed there are browsers, not vendors.
    "browser": {"en": [r"browsers?"], "fr": [r"navigateurs?"]},
    # R15: kinds of tracker beyond cookies; a new kind (pixels in emails, an SDK) reaches users in a new way.
    "tracker_technology": {
        "en": [r"pixels?", r"(?:web )?beacons?", r"\bSDKs?\b", r"local storage", r"fingerprint\w*"],
        "fr": [r"pixels?", r"balises?", r"\bSDKs?\b", r"stockage local", r"empreintes?"],
    },
    "consent_purpose": {
        "en": [
            r"advertis\w*",
            r"\bads?\b",
            r"\badverts?\b",
            r"marketing",
            r"targeting",
            r"analytic\w*",
            r"audience",
            r"personali[sz]\w*",
            r"social (?:media|network)",
            r"tracking",
            r"retarget\w*",
            r"third[- ]part\w*",
            r"performance",
        ],
        "fr": [
            r"publicit\w*",
            r"marketing",
            r"ciblage",
            r"cibl[ée]e?s?",
            r"mesure d'audience",
            r"statistiques?",
            r"personnalis\w*",
            r"r[ée]seaux sociaux",
            r"reciblage",
            r"\btiers\b",
            r"partenaires?",
            r"exp[ée]riences?",
        ],
    },
    "essential": {
        "en": [r"essential", r"strictly necessary", r"security", r"first[- ]party", r"functional"],
        "fr": [r"essentiels?", r"strictement n[ée]cessaires?", r"s[ée]curit[ée]", r"internes?", r"fonctionnels?"],
    },
    # R15: keeping the service secure is what a strictly necessary cookie is for (CNIL 2020-091 art. 2): saying so
    # of an essential cookie states no purpose that needs consent.
    "security_purpose": {
        "en": [r"fraud\w*", r"secur\w*", r"abus\w*", r"\bbots?\b", r"\bspam\b"],
        "fr": [r"fraud\w*", r"s[ée]cur\w*", r"abus\w*", r"\brobots?\b", r"\bspam\b"],
    },
    # R7: a statement that we collect something ("we also record ...", "the data we collect:"), whatever it is.
    "collection": {
        "en": [
            r"\b(?:we|our (?:apps?|site|website|services?|devices?))\b (?:\w+ ){0,2}?"
            r"(?:collect|gather|record|captur|obtain|log|access|read|receiv|process)\w*",
            r"\b(?:data|information) (?:that )?we (?:\w+ )?"
            r"(?:collect|gather|record|obtain|receive|process|hold|keep)\w*",
            r"\bkeep (?:a )?(?:log|record|track)s? of\b",
        ],
        "fr": [
            r"\b(?:nous|notre (?:application|site|service|appareil))\b (?:\S+ ){0,2}?"
            r"(?:collect|recueill|enregistr|relev|obten|obtien|re[çc]ev|acc[ée]d|lis|trait)\w*",
            r"\bdonn[ée]es (?:que nous|collect[ée]es|trait[ée]es|recueillies|d[ée]tenues)",
            r"\b(?:gard|conserv)\w* (?:\S+ ){0,3}?une trace\b",
        ],
    },
    # R2: a statement of what data are used for ("we use your data to:", "finalités"), whatever the use.
    # (A list introduced by "purposes" / "finalités" lists uses too: see PURPOSE_NOUNS below.)
    "use_statement": {
        "en": [
            r"\bwe (?:\w+ ){0,2}?(?:use|process|analy[sz]e)\b (?:\S+ ){0,10}?(?:to|for|in order to)\b",
            r"\b(?:is|are) (?:also )?used (?:to|for)\b",
        ],
        "fr": [
            r"\b(?:utilis|trait|exploit|analys)(?:ons|[ée]e?s?)\b (?:\S+ ){0,10}?(?:pour|afin|[àa] des fins)\b",
            r"\bserv(?:ent|ir|ira|iront)\b (?:\S+ ){0,2}?(?:[àa]|pour)\b",
        ],
    },
    # R15: where trackers reach users; tracking extended to a new medium (emails, texts) is a new tracker.
    "tracked_medium": {
        "en": [r"\be-?mails?\b", r"\bnewsletters?\b", r"\bSMS\b", r"\btext messages?\b"],
        "fr": [r"\be-?mails?\b", r"\bcourriels?\b", r"\bnewsletters?\b", r"\blettres? d'information", r"\bSMS\b"],
    },
    # R15: what a tracker in an email tells its sender ("whether you opened it").
    "reading_measure": {
        "en": [r"\b(?:whether|when|if) you (?:have )?(?:open|read|click)\w*", r"\bopen rates?\b"],
        "fr": [r"\bsi vous (?:les |l')?(?:avez )?(?:ouvert|lu|cliqu)\w*", r"\btaux d'ouverture\b"],
    },
    # R13: a way offered to users to stop or change a practice ("you can switch to ...", "if you would rather not").
    "choice_offered": {
        "en": [
            r"\byou (?:can|may|are able to)\b(?: \S+){0,3}? (?:stop|switch|turn|disable|unsubscribe|opt|refuse|decline"
            r"|object|withdraw|change|choose|limit|untick|uncheck|manage|ask us (?:not|to stop))",
            r"\bif you (?:would rather not|prefer not|do not want|don't want|no longer want|wish to stop)",
            r"\bto (?:stop|opt out|unsubscribe|turn (?:it |them |this )?off|disable|no longer receive)\b",
            r"^\W*(?:turn off|switch off|disable|untick|uncheck|opt out|unsubscribe|object)\b",
            r"\b(?:can|may) (?:\w+ )?be (?:switched off|turned off|disabled|deactivated|stopped|paused)\b",
            r"\b(?:lets|let|allows|enables) you (?:to )?(?:stop|unsubscribe|opt out|turn|switch|refuse|object)",
        ],
        "fr": [
            r"\bvous pouvez\b(?: \S+){0,4}? (?:d')?(?:arr[êe]ter|passer|d[ée]sactiver|vous d[ée]sabonner"
            r"|vous d[ée]sinscrire|refuser|vous opposer|retirer|choisir|limiter|modifier|g[ée]rer|d[ée]cocher)",
            r"\bsi vous ne (?:souhaitez|voulez|d[ée]sirez) (?:plus|pas)",
            r"\bsi vous pr[ée]f[ée]rez ne (?:pas|plus)",
            r"\bpour (?:ne plus recevoir|vous d[ée]sabonner|vous d[ée]sinscrire|arr[êe]ter|d[ée]sactiver|refuser)\b",
            r"^\W*(?:d[ée]sactivez|d[ée]cochez|d[ée]sabonnez|d[ée]sinscrivez|opposez|refusez)\b",
            r"\bpeu(?:t|vent)\s+(?:\w+\s+)?[êe]tre\s+(?:d[ée]sactiv|arr[êe]t|coup|suspendu)\w*",
            r"\bpermet(?:tent)? (?:de|à chacun de) (?:ne plus (?:l'|la |le |les )?recevoir|vous d[ée]sabonner"
            r"|vous d[ée]sinscrire|refuser|vous opposer|d[ée]sactiver)",
        ],
    },
    # R13: what heads a list or table of the choices users have ("Your choices", "Choix | Comment").
    "choice_heading": {
        "en": [r"\b(?:choices?|options|preferences|opt[- ]outs?|how to (?:stop|opt out|unsubscribe|object))\b"],
        "fr": [r"\b(?:choix|options|pr[ée]f[ée]rences|comment (?:vous opposer|vous d[ée]sabonner|refuser))\b"],
    },
    # R9: words that narrow a practice already disclosed ("and nothing more", "only so that"): not adverse.
    "limiting": {
        "en": [
            r"\bnothing (?:more|else)\b",
            r"\bno other\b",
            r"\bonly\b",
            r"\bsolely\b",
            r"\bexclusively\b",
            r"\bor (?:earlier|sooner)\b",
        ],
        "fr": [
            r"\brien d'autre\b",
            r"\baucune? autre\b",
            r"\buniquement\b",
            r"\bseulement\b",
            r"\bexclusivement\b",
            r"\bou plus t[ôo]t\b",
        ],
    },
    # What takes something away from users, whatever else the sentence says.
    "taking_away": {
        "en": [r"\bno longer\b", r"\bcannot\b", r"\bcan't\b", r"\bnot be able\b", r"\bunable\b", r"\bmay not\b"],
        "fr": [r"\bne (?:\S+ ){0,2}plus\b", r"\bn'(?:\S+ ){0,2}plus\b", r"\bne pourr\w* pas\b", r"\bimpossible\b"],
    },
    # R11: a decision with an effect on the user ("is suspended", "refused", "accordé ou refusé").
    "decision_effect": {
        "en": [
            r"\b(?:suspend|refus|reject|cancel|block|den(?:y|ie)|approv|decid|decision|clos|terminat|exclud|ban)\w*",
            r"\b(?:mark(?:ed|s)?|grad(?:e|ed|es|ing)|assess(?:ed|es|ment)?)\b",
        ],
        "fr": [
            r"\b(?:suspend|refus|rejet|annul|bloqu|accord|d[ée]cid|d[ée]cision|ferm|r[ée]sili|exclu)\w*",
            r"\b(?:not[ée]e?s?|[ée]valu[ée]e?s?|corrig[ée]e?s?)\b",
        ],
    },
    # R3 not met: the text says the company with a new name is the same controller ("remains the controller",
    # "same company number", "reste responsable du traitement", "numéro SIREN inchangé").
    "same_controller": {
        "en": [
            r"\bremains? (?:the |our )?(?:data )?controller\b",
            r"\b(?:the )?same (?:company|legal entity|entity|controller|registration|company number)\b",
            r"\b(?:company|registration) number\b[^.;]{0,30}\b(?:is|remains) unchanged\b",
            r"\bnow (?:trades|trading|operates|operating) (?:as|under)\b",
            r"\b(?:new|changed (?:its|our)) (?:company |legal |trading )?name\b",
            r"\b(?:company|entity|controller)\b[^.;]{0,40}\b(?:stays?|remains?) the same\b",
        ],
        "fr": [
            r"\breste (?:le |la )?responsable\b",
            r"\bm[êe]me (?:soci[ée]t[ée]|entit[ée]|personne morale|num[ée]ro)\b",
            r"\b(?:num[ée]ro|SIREN|SIRET|RCS|immatriculation)\b[^.;]{0,40}\binchang[ée]e?\b",
            r"\bs'appelle d[ée]sormais\b",
            r"\bd[ée]sormais (?:d[ée]nomm|nomm|appel)[ée]e?\b",
            r"\bnouvelle (?:d[ée]nomination|raison sociale)\b",
            r"\bchang[ée] de (?:nom|d[ée]nomination|raison sociale)\b",
            r"\b(?:soci[ée]t[ée]|entit[ée]|responsable)\b[^.;]{0,40}\breste (?:la |le )?m[êe]me\b",
        ],
    },
    # R9: a page for some readers said to state the same practices as this one ("explains the same practices",
    # "reprend les mêmes pratiques"): a pointer, no new practice.
    "same_practices": {
        "en": [
            r"\b(?:the )?same (?:practices|processing|rules|terms|commitments|information|content)\b",
            r"\btranslation of (?:this|the present|our) (?:notice|policy)\b",
            r"\b(?:identical|equivalent) to (?:this|the present) (?:notice|policy)\b",
            r"\bno (?:other|different) practices\b",
        ],
        "fr": [
            r"\b(?:les )?m[êe]mes (?:pratiques|traitements|r[èe]gles|engagements|informations)\b",
            r"\b(?:le )?m[êe]me contenu\b",
            r"\btraduction de (?:cette|la pr[ée]sente|notre) politique\b",
            r"\bidentiques? [àa] (?:cette|la pr[ée]sente) politique\b",
        ],
    },
    # R11: the right to have a person look at an automated decision, which describes no new decision.
    "human_review_right": {
        "en": [r"\brights?\b", r"\b(?:obtain|request|ask for) (?:\w+ )?human\b", r"\bcontest\w*", r"\bchallenge\b"],
        "fr": [r"\bdroits?\b", r"\bobtenir (?:\w+ )?intervention\b", r"\bcontester\b"],
    },
    # R11: what takes the decision: a machine, or nobody ("automatically", "by software", "without human review").
    "machine_made": {
        "en": [
            r"\bautomat\w*",
            r"\b(?:by|through|our|an?|the) (?:\w+ )?(?:software|algorithm|system|machine|model|tool|engine|bot)s?\b",
            r"\b(?:on its own|by itself|itself)\b",
            r"\b(?:without|no|not|never) (?:\w+ ){0,3}?(?:human|person|people|staff|employee|reviewer|one)\w*",
        ],
        "fr": [
            r"\bautomati\w*",
            r"\b(?:par|notre|un|une|le|la) (?:\w+ )?(?:logiciel|algorithme|syst[èe]me|machine|mod[èe]le|moteur)s?\b",
            r"\b(?:d[ée]cide|d[ée]cident|tranche|tranchent) seule?s?\b",
            r"\bde (?:lui|elle)-m[êe]me\b",
            r"\bsans (?:\S+ ){0,3}?(?:humain\w*|personne|agent|employ[ée]|salari[ée]|examen|v[ée]rification|aucun)",
            r"\bintervention humaine\b",
            r"\bde (?:lui|elle)-m[êe]me\b",
        ],
    },
    # R13: each right a policy grants, by type: the same types in every language, so the versions compare.
    **{
        f"right_{kind}": patterns
        for kind, patterns in {
            "access": {
                "en": [
                    r"\baccess(?:ing)? (?:to )?(?:your|the|all|any|a copy)\b",
                    r"\bright of access\b",
                    r"\b(?:request|ask for|obtain|seek|get|have) access\b",
                    r"\b(?:a )?copy of (?:your|the) (?:personal )?(?:data|information)",
                    r"\b(?:download|get|obtain|receive|request) a copy of (?:your|the|all)\b",
                ],
                "fr": [
                    r"\bdroit d'acc[èe]s\b",
                    r"\bacc[ée]der [àa] (?:vos|ces|les)\b",
                    r"\bd'acc[èe]s\b",
                    r"\bcopie de (?:vos|ces) donn[ée]es",
                    r"\b(?:t[ée]l[ée]charger|obtenir|recevoir|demander) une copie de (?:vos|votre|tou\w+)\b",
                ],
            },
            "rectification": {
                "en": [r"\brectif\w*", r"\bcorrect(?:ed|ion|ing)?\b", r"\bupdat\w* (?:it|them|your)"],
                "fr": [r"\brectifi\w*", r"\bcorrig\w*"],
            },
            "erasure": {
                "en": [r"\beras\w*", r"\bdelet\w*", r"\bright to be forgotten\b"],
                "fr": [r"\beffac\w*", r"\bsuppression\b", r"\bsupprim\w*", r"\bdroit [àa] l'oubli\b"],
            },
            "objection": {
                "en": [r"\bobject(?:ion|ing)?\b(?! \w+ (?:of|for) )"],
                "fr": [r"\bopposition\b", r"\bobjection\b", r"\bvous opposer\b", r"\bopposer\b"],
            },
            "portability": {
                "en": [
                    r"\bportab\w*",
                    r"\bmachine-readable\b",
                    r"\bexport\w*",
                    r"\bport (?:your|their) data\b",
                    r"\btake (?:away|with you) your data\b",
                ],
                "fr": [r"\bportabilit\w*", r"\bexport\w*", r"\br[ée]cup[ée]rer vos donn[ée]es\b"],
            },
            "restriction": {
                "en": [r"\brestrict(?:ion|ing)? (?:of )?(?:the |our )?(?:processing|use)\b", r"\brestrict(?:ion)?\b"],
                "fr": [r"\blimitation\b", r"\blimiter le traitement\b"],
            },
            # A complaint to an authority (GDPR 77), not to the company's customer service: "if you have a
            # complaint about a booking, call us" grants no right to complain to the regulator.
            "complaint": {
                "en": [
                    rf"\b(?:complain\w*|lodge\w*|refer\w*|appeal\w*)\b(?:\W+\w+){{0,12}}?\W+{_AUTHORITY['en']}",
                    rf"{_AUTHORITY['en']}(?:\W+\w+){{0,8}}?\W+complain\w*",
                ],
                "fr": [
                    rf"\b(?:r[ée]clamation|plainte|recours|saisir|saisine)\b(?:\W+\w+){{0,12}}?\W+{_AUTHORITY['fr']}",
                    rf"{_AUTHORITY['fr']}(?:\W+\w+){{0,8}}?\W+(?:r[ée]clamation|plainte)s?\b",
                ],
            },
            # What happens to one's data after death (French law, loi Informatique et Libertés art. 85).
            "post_mortem": {
                "en": [r"\bafter (?:your|their|his|her) death\b", r"\bpost[- ]mortem\b"],
                "fr": [
                    r"\bapr[èe]s (?:votre|son|leur) d[ée]c[èe]s\b",
                    r"\bdirectives? (?:relatives? )?(?:au|sur le) sort\b",
                ],
            },
            "withdrawal": {
                "en": [r"\bwithdraw\w*", r"\brevok\w*"],
                "fr": [r"\bretir\w* (?:votre|son|leur) consentement\b", r"\bretrait\b", r"\br[ée]voqu\w*"],
            },
        }.items()
    },
    # R13: what marketing is called; stopping it is a right of its own (GDPR 21(2)), beside the general objection.
    "marketing": {
        "en": [
            r"\bnewsletters?\b",
            r"\bmarketing\b",
            r"\bpromotion\w*",
            r"\badvertis\w*",
            r"\badverts?\b",
            r"\bspecial offers\b",
        ],
        "fr": [
            r"\blettres? d'information\b",
            r"\bnewsletters?\b",
            r"\bprospection\b",
            r"\bpublicit\w*",
            r"\bmarketing\b",
            r"\boffres commerciales\b",
        ],
    },
    # R13: the words of stopping something ("opt out", "no longer want", "ne plus recevoir").
    "stopping": {
        "en": [
            r"\bobject\w*",
            r"\bwithdraw\w*",
            r"\bopt(?:ing)?[- ]out\b",
            r"\bunsubscrib\w*",
            r"\bno longer (?:want|wish|receive)\w*",
            r"\bstop (?:receiving|sending|using)\b",
        ],
        "fr": [
            r"\bvous opposer\b",
            r"\bopposition\b",
            r"\bretir\w*",
            r"\bretrait\b",
            r"\bne plus recevoir\b",
            r"\bd[ée]sinscri\w*",
            r"\bd[ée]sabonn\w*",
        ],
    },
    # R13: what makes a sentence grant something to the reader ("you can", "you have the right", "vous pouvez").
    "grant": {
        "en": [
            r"\bto (?:unsubscribe|opt[- ]out|object|withdraw|exercise)\b",
            r"\bif you (?:want|wish|would like) to\b",
            r"\byou (?:\w+ )?(?:can|may|have|are entitled|are able|could)\b",
            r"\brights?\b",
            r"\bentitled\b",
            # the reader named in the third person: "any data subject may also refer the matter to ..."
            r"\b(?:data subjects?|users?|customers?|individuals?|members?|persons? concerned|parents?|guardians?|"
            r"pupils?|students?|candidates?|applicants?|patients?|players?|drivers?|passengers?|employees?)\s+(?:\w+\s+)?"
            r"(?:can|may|has|have|is entitled|are entitled)\b",
        ],
        "fr": [
            r"\bvous (?:\w+ )?(?:pouvez|disposez|avez|b[ée]n[ée]ficiez|pourrez)\b",
            r"\bdroits?\b",
            r"\bpour (?:vous d[ée]sabonner|vous d[ée]sinscrire|vous opposer|retirer|exercer)\b",
            r"\bsi vous (?:souhaitez|voulez|d[ée]sirez)\b",
            r"\b(?:la personne concern[ée]e|toute personne(?: concern[ée]e)?|les personnes concern[ée]es|"
            r"l'utilisateur|le client|chaque client|les parents|le candidat|l'adh[ée]rent|le patient|le voyageur|"
            r"l'[ée]l[èe]ve|le salari[ée])\s+(?:\S+\s+)?(?:peu(?:t|vent)|dispose\w*|b[ée]n[ée]ficie\w*)\b",
        ],
    },
    # R13: the words that leave a right open ("at any time", "for any reason") or narrow it ("within 30 days").
    "open_scope": {
        "en": [r"\bat any time\b", r"\bfor any reason\b", r"\bwhenever you\b", r"\bany of (?:your|the) data\b"],
        "fr": [
            r"\b[àa] tout (?:moment|instant)\b",
            r"\bquel(?:le)?s? que soi(?:t|ent)\b",
            r"\bsans (?:avoir [àa] )?"
            r"(?:motif|justifi\w*)\b",
        ],
    },
    "narrow_scope": {
        "en": [
            r"\bwithin (?:\S+ ){1,3}?(?:days?|weeks?|months?|years?|hours?)\b",
            r"\bonly\b",
            r"\bsolely\b",
            r"\blimited to\b",
            r"\bexcept\b",
            r"\bprovided that\b",
            # one case or one purpose instead of all: "once your account is closed", "for direct marketing"
            r"\b(?:once|after|when) (?:your|the|you)\b",
            r"\b(?:for|to) (?:direct |our )?marketing\b",
        ],
        "fr": [
            r"\bdans (?:les|un d[ée]lai de) (?:\S+ ){1,3}?(?:jours?|semaines?|mois|ans?|heures?)\b",
            r"\buniquement\b",
            r"\bseulement\b",
            r"\blimit[ée]e? [àa]\b",
            r"\bsauf\b",
            r"\b[àa] condition\b",
            r"\b(?:apr[èe]s|lorsque|une fois que) (?:la|le|l'|votre|vous)",
            r"\b(?:[àa] des fins|aux fins) de (?:prospection|marketing)\b",
            r"\baux (?:messages|communications|offres) commerci\w*",
        ],
    },
    # R4: ways to exercise rights, from the easiest to the hardest to use.
    "way_online": {
        "en": [
            r"\bforms?\b",
            r"\bonline\b",
            r"\bin (?:your|the) (?:account|app)\b",
            r"\bsettings\b",
            r"\b(?:account|profile) (?:page|area|dashboard)\b",
            r"\bprivacy (?:centre|center|portal|dashboard)\b",
            r"\be-?mail\b",
            r"@",
        ],
        "fr": [
            r"\bformulaire\b",
            r"\ben ligne\b",
            r"\bespace (?:client|personnel|membre)\b",
            r"\bparam[èe]tres\b",
            r"\br[ée]glages\b",
            r"\bdans l'application\b",
            r"\bcourriel\b",
            r"\be-?mail\b",
            r"@",
        ],
    },
    # R4: the kinds of route a user is sent to for exercising rights. Another kind in place of the old one (the
    # help centre replaced by a request form, an e-mail address by a form) changes how rights are exercised; a
    # new address on the same kind of route is new contact details (R14).
    "route_help": {
        "en": [
            r"\bhelp ?(?:cent(?:re|er)|desk|page)\b",
            r"\bsupport (?:team|page|site|cent(?:re|er))\b",
            r"\bcustomer (?:service|care|support)\b",
            r"\bcontact us\b",
            r"\bget in touch\b",
        ],
        "fr": [
            r"\bcentre d'aide\b",
            r"\b(?:service|[ée]quipe) (?:client\w*|d'assistance|support|relation\w*)",
            r"\bassistance\b",
            r"\bnous contacter\b",
            r"\bcontactez-nous\b",
        ],
    },
    "route_form": {
        "en": [r"\bforms?\b", r"\bportal\b", r"\brequest tool\b", r"\bprivacy (?:centre|center|dashboard)\b"],
        "fr": [r"\bformulaires?\b", r"\bportail\b"],
    },
    "route_email": {"en": [r"\be-?mail\b", r"@"], "fr": [r"\bcourriel\b", r"\be-?mail\b", r"@"]},
    "route_settings": {
        "en": [r"\bin (?:your|the) (?:account|app)\b", r"\bsettings\b", r"\b(?:account|profile) (?:page|area)\b"],
        "fr": [
            r"\bparam[èe]tres\b",
            r"\br[ée]glages\b",
            r"\bespace (?:client|personnel|membre)\b",
            r"\bdans l'application\b",
        ],
    },
    # R4: a way made the only one accepted ("must be sent by post", "uniquement par courrier").
    "required_way": {
        "en": [r"\bmust\b", r"\bonly\b", r"\bexclusively\b", r"\bsolely\b", r"\b(?:is|are) required\b"],
        "fr": [
            r"\bdoi(?:t|vent|vez)\b",
            r"\buniquement\b",
            r"\bexclusivement\b",
            r"\bseul(?:e|es|s|ement)?\b",
            r"\bobligatoire\w*",
        ],
    },
    "way_phone": {"en": [r"\b(?:tele)?phone\b", r"\bcall us\b"], "fr": [r"\bt[ée]l[ée]phon\w*", r"\bappel\w*"]},
    "way_post": {
        "en": [
            r"\bby (?:post|mail|letter)\b",
            r"\bpostal\b",
            r"\b(?:registered|recorded|signed-for) (?:letter|mail|post)\b",
            r"\bletter\b",
        ],
        "fr": [r"\bcourrier\b", r"\blettre\b", r"\bpostal\w*", r"\brecommand[ée]e?\b"],
    },
    "way_in_person": {
        "en": [
            r"\bin person\b",
            r"\bvisit (?:us|our|one of)\b",
            r"\bcome to\b",
            r"\b(?:speaking|talking) to (?:us|him|her|them|our \w+) (?:at|in)\b",
            r"\bmeet(?:ing)? (?:us|him|her|them)\b",
            r"\bat (?:our|any of our|one of our) "
            r"(?:offices?|shops?|stores?|branch\w*|counters?)\b",
        ],
        "fr": [
            r"\ben personne\b",
            r"\bsur place\b",
            r"\bpr[ée]sent(?:ez|er)[- ]vous\b",
            r"\b(?:guichets?|agences?|"
            r"boutiques?|magasins?)\b",
            r"\brendez-vous\b",
            r"\b(?:en (?:le|la|les|nous) rencontrant|en venant nous voir|en nous rendant visite)\b",
        ],
    },
    # R1: date stamps ("last updated", "effective").
    "stamp": {
        "en": [r"updated", r"effective", r"last (?:modified|revised|changed)", r"\bdate\b", r"version"],
        "fr": [r"mise à jour", r"mis à jour", r"vigueur", r"\bdate\b", r"version", r"modifi\w*", r"applicable"],
    },
}

# An age as policies write it, in digits or in words (longest words first: "dix-sept" before "dix").
AGE_NUMBER = (
    r"(?:\d{1,2}|twenty-one|twenty|nineteen|eighteen|seventeen|sixteen|fifteen|fourteen|thirteen|twelve|eleven|ten"
    r"|vingt(?: et |-et-)un|vingt|dix-neuf|dix-huit|dix-sept|seize|quinze|quatorze|treize|douze|onze|dix)"
)
FAMILIES["age"] = {lang: [p.replace("{n}", AGE_NUMBER) for p in patterns] for lang, patterns in FAMILIES["age"].items()}
# R2: what introduces a list of uses: a statement of use, or the word "purposes" ("for the following purposes:").
# A sentence using the word alone ("for the purposes of this notice") states no use.
PURPOSE_NOUNS = {"en": [r"\bpurposes?\b"], "fr": [r"\bfinalit[ée]s?\b"]}
FAMILIES["purpose_lead"] = {lang: PURPOSE_NOUNS[lang] + FAMILIES["use_statement"][lang] for lang in LANGS}

MONTHS = {
    "en": [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ],
    "fr": [
        "janvier",
        "février",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
        "decembre",
        "er",
    ],
}

# Typographic variants read as their plain forms (apostrophes, quotes, dashes, non-breaking spaces).
TYPOGRAPHY = str.maketrans(
    {
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2007": " ",
        "\u200b": "",
        "\ufeff": "",
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2026": "...",
    }
)


def normalize_typography(text: str) -> str:
    """Plain spellings of typographic variants, so "d’un mois" reads as "d'un mois" everywhere."""
    return text.translate(TYPOGRAPHY) if _TYPOGRAPHIC.search(text) else text


# Checking for a variant is much faster than translating character by character.
_TYPOGRAPHIC = re.compile("[" + "".join(re.escape(chr(c)) for c in TYPOGRAPHY) + "]")


NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "vingt": 20,
    "vingts": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "cent": 100,
    "cents": 100,
    # "a few minutes", "quelques heures": a short period, longer than nothing and shorter than any stated one
    "few": 3,
    "several": 3,
    "quelques": 3,
    "plusieurs": 3,
}
# Articles read as "one" only on their own ("a year", "un an"), never inside a compound number.
ARTICLES = {"a", "an", "un", "une"}
HUNDRED = {"hundred", "cent", "cents"}


def number_value(words: str) -> float:
    """The value of a number written in words, compounds included: "thirty-six", "vingt et un", "quatre-vingt-dix"."""
    total, previous = 0, ""
    for word in re.split(r"[\s-]+", words.lower()):
        if word in ("et", "and", ""):
            continue
        if word in HUNDRED:
            total = max(total, 1) * 100
        elif word in ("vingt", "vingts") and previous == "quatre":
            total += 80 - 4  # quatre-vingt(s) = 80
        else:
            total += NUMBER_WORDS.get(word, 0)
        previous = word
    return total


# Days per unit; a business day is 7/5 calendar days.
# The commonest words of each language: a paragraph in the other language was written in it (a translation).
FUNCTION_WORDS = {
    "en": {"the", "and", "of", "to", "we", "you", "your", "our", "is", "are", "for", "with", "this", "that", "in"},
    "fr": {"le", "la", "les", "et", "de", "des", "du", "nous", "vous", "votre", "vos", "est", "pour", "avec", "en"},
}
# Words that state no fact in a sentence said again in other words: relatives, determiners, prepositions, and the
# policy naming itself ("the processing described in this notice", "décrits dans la présente politique").
# fmt: off
RESTATEMENT_NEUTRAL = {
    "en": {
        "which", "whose", "who", "whom", "that", "this", "these", "those", "its", "their", "such", "from", "into",
        "within", "where", "when", "described", "set", "out", "below", "above", "herein", "notice", "policy",
        "document", "statement", "can", "could", "ourselves", "itself", "themselves", "are", "was", "were",
        "been", "being", "then", "may", "might",
    },
    "fr": {
        "dont", "qui", "que", "dans", "sur", "par", "cet", "cette", "ces", "son", "ses", "leur", "leurs", "aux",
        "une", "elle", "ils", "elles", "décrit", "décrits", "décrite", "décrites", "présent", "présente",
        "ci-dessous", "ci-dessus", "politique", "document", "notice", "pour", "afin", "soit", "soient", "même",
        "mêmes", "sont", "été", "être", "alors",
        "peut", "peuvent", "pouvons", "pouvez", "avec",
    },
}
# fmt: on
# The same right under other names: a right reworded ("erasure" -> "deletion") is kept, not taken away (R13).
RIGHT_SYNONYMS = [
    ("erasure", "delet", "eras", "effacement", "suppression", "supprim"),
    ("rectif", "correct"),
    ("object", "opt out", "opt-out", "opposition", "vous opposer"),
    ("withdraw", "revok", "retir", "retrait", "révoqu", "revoqu"),
    ("complain", "supervisory authority", "lodge", "réclamation", "reclamation", "plainte", "cnil"),
    ("unsubscribe", "opt out", "opt-out", "désinscri", "desinscri", "désabonn", "desabonn"),
    ("portab",),
]
# R12: what a promise says we do not do, by kind of action: "we do not sell or rent" -> "we do not rent" loses
# one (selling), "share" -> "disclose" keeps it. Kinds, not words, are compared across versions.
PROMISED_ACTIONS = {
    "sell": {"en": r"\b(?:sell\w*|sold|sales?)\b", "fr": r"\b(?:vend\w*|ventes?|c[èée]d\w*|cessions?)\b"},
    "rent": {"en": r"\b(?:rent\w*|leas\w*)\b", "fr": r"\b(?:lou(?:ons|er|ent|e|ées?|és?)|locations?)\b"},
    "share": {
        "en": r"\b(?:shar\w*|disclos\w*|transfer\w*|pass\w* on|pass\w*(?:\s+\S+){0,8}?\s+to|communicat\w*"
        r"|publish\w*)\b",
        "fr": r"\b(?:partag\w*|divulg\w*|communiqu\w*|transm\w*|transf[èée]r\w*|publi(?:e|es|ons|ent|er|ée?s?))\b",
    },
    "trade": {"en": r"\btrad(?:e|es|ed|ing)\b", "fr": r"\b[ée]chang\w*"},
    "use": {"en": r"\b(?:use[sd]?|using)\b", "fr": r"\butilis\w*"},
}
# R12: a promise is ours: "we" before its negation, or data said never to be sold ("is not sold", "n'est
# jamais vendue"); "if you choose not to provide" is the user's choice.
OUR_NEGATION = {
    "en": re.compile(
        r"\b(?:we|us|our)\b|\b(?:is|are|be|been)\s+(?:not|never|under no circumstances|in no (?:case|event))\b"
        r"|\b(?:cannot|can't|may not|must not|will not|won't)\s+be\b",
        re.IGNORECASE,
    ),
    "fr": re.compile(r"\bnous\b|\b(?:n'est|ne sont|ne seront|ne sera)\b", re.IGNORECASE),
}
# R12: the words that put an action under a promise ("not", "never", "ne ... pas", "ni").
NEGATIVE = {
    "en": re.compile(
        r"\b(?:not|cannot|never|nor|no one|nobody|neither|under no circumstances|in no (?:case|event))\b|n't\b",
        re.IGNORECASE,
    ),
    "fr": re.compile(r"\b(?:ne|ni|jamais|personne|aucun\w*)\b|\bn'", re.IGNORECASE),
}
# R12: where a promise stops: a new clause ("; we may however share it", ", but we may sell").
PROMISE_CLAUSE_BREAK = re.compile(
    r"[;:]|,?\s+\b(?:but|however|although|yet|mais|toutefois|cependant|n[ée]anmoins|en revanche|par contre)\b",
    re.IGNORECASE,
)
# "deleted at the end of each school year", "à la fin de chaque mois": a period of at most one such unit.
END_OF = re.compile(
    r"\b(?:at the end of|by the end of|[àa] la fin d[e']|au terme d[e'])\s*(?:each|every|the|chaque|la|l'|le)\s*"
    r"(?:\w+ )?(?P<unit>year|month|week|day|ann[ée]e|an|mois|semaine|jour)\b",
    re.IGNORECASE,
)
IMMEDIATELY = re.compile(
    r"\b(?:immediately|right away|at once|without delay|as soon as|imm[ée]diatement|aussit[ôo]t|tout de suite"
    r"|sans d[ée]lai|d[èe]s (?:que|la|le)\b|d[èe]s l')",
    re.I,
)
UNITS = {
    "minute": 1 / 1440,
    "minutes": 1 / 1440,
    "hour": 1 / 24,
    "hours": 1 / 24,
    "heure": 1 / 24,
    "heures": 1 / 24,
    "day": 1,
    "days": 1,
    "jour": 1,
    "jours": 1,
    "week": 7,
    "weeks": 7,
    "semaine": 7,
    "semaines": 7,
    "month": 30.44,
    "months": 30.44,
    "mois": 30.44,
    "year": 365.25,
    "years": 365.25,
    "an": 365.25,
    "ans": 365.25,
    "année": 365.25,
    "années": 365.25,
    "annee": 365.25,
    "annees": 365.25,
}
BUSINESS = ["business", "working", "ouvrés", "ouvrables", "ouvres"]

_NUMBER_WORD = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS if w not in ARTICLES), key=len, reverse=True))
_JOIN = r"(?:\s*-\s*|\s+(?:et|and)\s+|\s+)"
_NUMBER = (
    rf"(?:{_NUMBER_WORD})(?:{_JOIN}(?:{_NUMBER_WORD}|un|une|one)\b)*"
    rf"|{'|'.join(sorted(ARTICLES, key=len, reverse=True))}"
)
_UNIT = "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True))
DURATION = re.compile(
    rf"(?<![\w-])(?P<num>\d+(?:[.,]\d+)?|{_NUMBER})\s*(?:\(\s*\d+\s*\)\s*)?"
    rf"(?P<pre>(?:business|working|calendar)\s+)?(?P<unit>{_UNIT})\b(?P<post>\s+(?:ouvrés|ouvrables|ouvres|calendaires))?",
    re.IGNORECASE,
)

# Legal forms that make a capitalised name a company: a new one is a new recipient, vendor or controller.
ORGANISATION = re.compile(
    r"\b[A-Z][\w&'.-]*(?:\s+[A-Z&][\w&'.-]*){0,4},?\s+"
    r"(?:Inc|LLC|L\.L\.C|Ltd|Limited|GmbH|S\.A\.S|SAS|SASU|SARL|S\.A|SA|B\.V|BV|N\.V|NV|AG|AB|Corp|Corporation"
    r"|PLC|plc|Pty|SE|S\.r\.l|Srl|S\.p\.A|SpA|Co|Company|LLP|ApS|Oy|AS|LIMITED|INC|CORP|COMPANY)\b\.?"
)
DOMAIN = re.compile(
    r"(?<![@\w.-])(?:[a-z0-9-]+\.)+(?:com|net|org|io|fr|de|co|eu|ai|app|ru|cn|be|uk|us|tv|me|nl|es|it|ch|se|dk|fi|pl|pt"
    r"|at|ie|lu|in|jp|au|ca|br|sg|tech|cloud|dev|info|biz|ly|gg|xyz|shop|health)\b",
    re.IGNORECASE,
)
# Addresses and names are matched from the start of a run of their letters only: a long run without an "@"
# then costs one pass, not one per letter.
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
PHONE = re.compile(r"\+?\d[\d .()-]{7,}\d")
PLACEHOLDER = re.compile(
    r"\{\{[^{}]*\}\}|\[[^\[\]]*(?:insert|ins[ée]rer|lien vers|link to)[^\[\]]*\]|\[email[\s\u00a0]+protected\]",
    re.IGNORECASE,
)
# A function word left facing punctuation: the words after it (usually a link) were lost in extraction.
DANGLING = re.compile(
    r"\b(?:at|to|via|using|through|our|this|the|à|au|aux|sur|notre|ce|cette|le|la|les|via)\s+[.,;:)]", re.IGNORECASE
)
# A postal address: a postcode followed by a capitalised place name ("24161 Altenholz", "1017 HL Amsterdam").
# A British or Irish postcode after its town ("Leeds LS1 4AB", "Dublin 2, D02 X963") is one too.
POSTAL = re.compile(
    r"\b(?:\d{4,5}|\d{2} \d{3})(?:\s?[A-Z]{2})?\s+[A-Z][\w'-]+"
    r"|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|\b[A-Z]\d{2}\s[A-Z\d]{4}\b"
    r"|\b[A-Z]{2}\s\d{5}(?:-\d{4})?\b"  # a US state and ZIP code ("CA 94105")
)
OBFUSCATED_EMAIL = re.compile(
    r"\(?\s*(?<![\w.+-])([\w.+-]+)\s*[\[({<]\s*(?:at|arobase|chez|@)\s*[\])}>]\s*([\w-]+)\s*"
    r"(?:[\[({<]\s*(?:dot|point)\s*[\])}>]|\.)\s*(\w+)\s*\)?",
    re.I,
)


def promise_patterns() -> dict[str, re.Pattern[str]]:
    """R12: a negation governing a verb of sharing or use ("we do not sell", "we sell it to no one", "nous ne
    vendons pas", "nous ne les vendons à personne")."""
    verbs = {lang: "|".join(f"(?:{v})" for v in FAMILIES["promise_verb"][lang]) for lang in LANGS}
    en = (
        rf"\b(?:(?:do|does|did|will|shall|would|can|could|may)\s+not|don't|doesn't|won't|never|not)\s+"
        rf"(?:\w+\s+){{0,2}}?(?:{verbs['en']})"
        rf"|\bnot\s+(?:\w+\s+){{0,3}}?of\s+(?:{verbs['en']})"
        rf"|\bno\s+(?:\w+\s+){{0,4}}?(?:is|are|will be|shall be)\s+(?:\w+\s+)?(?:{verbs['en']})"
        rf"|\b(?:{verbs['en']})\w*\s+(?:\S+\s+){{0,4}}?(?:to|with)\s+(?:no one|no-one|nobody)\b"
        rf"|\b(?:no one|no-one|nobody|no third part\w*)\s+(?:\S+\s+){{0,8}}?(?:{verbs['en']})"
        rf"|\b(?:with|to|by)\s+(?:nobody|no one|no-one|no third part\w*|no other (?:party|company|third part\w*))"
        rf"(?:\s+else)?\b"
        rf"|\b(?:(?:is|are|will be|shall be)\s+(?:not|never|under no circumstances|in no (?:case|event))"
        rf"|(?:cannot|can't|may not|must not|will not|won't)\s+be)\s+(?:\w+\s+){{0,2}}?(?:{verbs['en']})"
    )
    fr = (
        rf"\bne\s+(?:\w+\s+){{0,2}}?(?:{verbs['fr']})(?:\s+\S+){{0,4}}?\s+(?:pas|jamais|aucun\w*|plus|rien|personne)\b"
        rf"|\bn'(?:{verbs['fr']})(?:\s+\S+){{0,2}}?\s+(?:pas|jamais|aucun\w*|plus|rien)\b"
        rf"|\b(?:ne\s+|n')(?:\w+\s+){{0,2}}?(?:pas|jamais|plus)\s+(?:\w+\s+){{0,2}}(?:{verbs['fr']})"
        rf"|\b(?:personne|aucun tiers)\s+(?:\S+\s+){{0,6}}?(?:ne|n')\s*(?:\w+\s+){{0,1}}?(?:{verbs['fr']})"
        rf"|\baucune?\s+(?:\S+\s+){{0,4}}?(?:ne\s+|n')(?:\S+\s+){{0,2}}?(?:{verbs['fr']})"
        rf"|\b(?:ne\s+|n')(?:\w+\s+){{0,2}}?(?:{verbs['fr']})\w*(?:\s+\S+){{0,3}}?\s+ni\b|\bni\s+(?:ne\s+|n')(?:\w+\s+)?(?:{verbs['fr']})"
        rf"|\b(?:ne\s+|n')(?:\w+\s+)?(?:en aucun cas|jamais|pas)\s+(?:\w+\s+){{0,2}}?(?:{verbs['fr']})"
        rf"|\b(?:avec|[àa])\s+personne d'autre\b|\baucun autre (?:destinataire|tiers|partenaire)\b"
        rf"|\b(?:ne\s+|n')(?:\S+\s+){{0,3}}?(?:par|[àa]|avec)\s+aucun(?:e)?\s+(?:tiers|partenaire|prestataire|autre)"
    )
    return {"en": re.compile(en, re.IGNORECASE), "fr": re.compile(fr, re.IGNORECASE)}


def compile_families() -> dict[str, dict[str, re.Pattern[str]]]:
    """One alternation per family and language, compiled once."""
    return {
        name: {lang: re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) for lang, patterns in by.items()}
        for name, by in FAMILIES.items()
    }
