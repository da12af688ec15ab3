"""Words of the site in the reader's language (dates: notifier/dates.py).

Every visible string of the site, the banner and the pop-up comes from here, so a page never mixes
languages (B10) and adding a language is one more entry in `STRINGS`; a language without its own strings
falls back to English words but still gets its own Babel dates.
"""

from __future__ import annotations

from notifier.typography import typeset

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "language_name": "English",
        "home_title": "Legal information",
        "site_name": "{site} – Legal information",
        "home_intro": "The policies of {site} as they apply today, every earlier version, and what changes next.",
        "last_updated": "Last updated",
        "effective_since": "Effective since",
        "takes_effect": "Takes effect on",
        "effective_from": "Effective from",
        "version": "Version",
        "class": "Type of change",
        "summary": "What changes",
        "summary_label": "What changes:",
        "labelled": "{label}: {value}",
        "archive_title": "{title}: all versions",
        "archive_intro": "Every version of this policy ever published, each at a permanent address.",
        "archive_link": "All versions",
        "read_version": "Read this version",
        "redline_link": "Changes from the previous version",
        "redline_title": "{title}: changes in version {version}",
        "redline_intro": "Changes from version {old} to version {new}. Inserted words are marked as inserted, "
        "deleted words as deleted; unchanged sections are collapsed.",
        "compare_title": "Compare two versions",
        "compare_intro": "Choose any two versions of this policy: the comparison shows what changed from the "
        "older one to the newer one, whichever order you choose them in.",
        "compare_from": "From version",
        "compare_to": "To version",
        "compare_button": "Compare",
        "compare_same": "Choose two different versions to compare.",
        "compare_option": "{version} ({status})",
        "compare_page_title": "{title}: changes from version {old} to version {new}",
        "compare_index_title": "{title}: compare versions",
        "compare_all": "Every comparison",
        "compare_other": "Compare other versions",
        "compare_pair": "From version {old} to version {new}",
        "current_version": "Current version",
        "current_link": "Read the version in force",
        "permanent_note": "Permanent copy of version {version} as published. It never changes.",
        "upcoming_title": "A new version takes effect on {date}",
        "upcoming_body": "Version {version} of this policy was published on {published} and replaces the text "
        "below on {date}.",
        "read_new": "Read the new version",
        "see_changes": "See what changes",
        "not_in_force": "No version of this policy is in force yet.",
        "no_release": "This policy has not been published yet.",
        "draft_mark": "DRAFT: unreleased working text, not published. Readers never see this page.",
        "cookie_table_title": "Cookies we use",
        "cookie_name": "Name",
        "cookie_provider": "Provider",
        "cookie_category": "Category",
        "cookie_purpose": "Purpose",
        "cookie_lifetime": "Lifetime",
        "session": "session",
        "days": "{n}\u00a0days",
        "months": "{n}\u00a0months",
        "feed_title": "{site}: policy updates",
        "feed_link": "Updates feed (Atom)",
        "major_mark": "Major change",
        "class_editorial": "Editorial",
        "class_minor": "Minor",
        "class_major": "Major",
        "class_rights_reducing": "Major, reduces rights",
        "cookies_link": "Cookies",
        "versions_col": "Version",
        "published_col": "Published",
        "effective_col": "Effective",
        "status_upcoming": "upcoming",
        "status_in_force": "in force",
        "status_superseded": "superseded",
        "labels_inserted": "inserted:",
        "labels_deleted": "deleted:",
        "labels_unchanged": "Unchanged section",
        "labels_added_section": "New section",
        "labels_removed_section": "Removed section",
        "labels_moved": "Section moved, unchanged",
        "labels_end_inserted": "end of insertion",
        "labels_end_deleted": "end of deletion",
        "labels_preamble": "Introduction",
        # consent banner (B2, B3, B10)
        "cc_title": "Your choice of cookies",
        "cc_description": "We use cookies that are needed for the site to work. With your consent, we would also "
        "use cookies for audience measurement and advertising. Nothing optional is stored until you choose. "
        "You can change your mind at any time with the “Cookies” link at the bottom of every page.",
        "cc_accept_all": "Accept all",
        "cc_reject_all": "Reject all",
        "cc_customise": "Customise",
        "cc_save": "Save my choices",
        "cc_prefs_title": "Cookie preferences",
        "cc_close": "Close",
        "cc_intro_title": "How we use cookies",
        "cc_intro": "Choose, purpose by purpose, which cookies we may use. Optional purposes are off until you "
        "switch them on. Your choice is kept for {months} months and you can change it at any time.",
        "cc_more_title": "More information",
        "cc_more": "Read our {cookie_policy} (version {version}) and our {privacy_policy}.",
        # change pop-up (T3)
        "notice_title": "Our {title} is changing",
        "notice_title_in_force": "Our {title} has changed",
        "notice_when": "The new version takes effect on {date}.",
        "notice_in_force": "The new version has been in force since {date}.",
        "notice_read": "Read the new version",
        "notice_redline": "See what changes",
        "notice_dismiss": "I have read this",
        "notice_accept": "I accept the new terms",
        "notice_later": "Not now",
        "notice_accept_note": "This change reduces your rights: it applies to you only if you accept it. "
        "Until then the previous terms continue to apply to you.",
        "close": "Close",
    },
    "fr": {
        "language_name": "Français",
        "home_title": "Informations légales",
        "site_name": "{site} – Informations légales",
        "home_intro": "Les politiques de {site} telles qu’elles s’appliquent aujourd’hui, toutes leurs versions "
        "antérieures et les changements à venir.",
        "last_updated": "Dernière mise à jour",
        "effective_since": "En vigueur depuis le",
        "takes_effect": "Entre en vigueur le",
        "effective_from": "En vigueur à compter du",
        "version": "Version",
        "class": "Type de modification",
        "summary": "Ce qui change",
        "summary_label": "Ce qui change :",
        "labelled": "{label} : {value}",
        "archive_title": "{title} : toutes les versions",
        "archive_intro": "Toutes les versions publiées de cette politique, chacune à une adresse permanente.",
        "archive_link": "Toutes les versions",
        "read_version": "Lire cette version",
        "redline_link": "Modifications par rapport à la version précédente",
        "redline_title": "{title} : modifications de la version {version}",
        "redline_intro": "Modifications de la version {old} à la version {new}. Les mots ajoutés sont signalés "
        "comme insérés, les mots retirés comme supprimés ; les sections inchangées sont repliées.",
        "compare_title": "Comparer deux versions",
        "compare_intro": "Choisissez deux versions de cette politique : la comparaison montre ce qui a changé de "
        "la plus ancienne à la plus récente, quel que soit l’ordre dans lequel vous les choisissez.",
        "compare_from": "De la version",
        "compare_to": "À la version",
        "compare_button": "Comparer",
        "compare_same": "Choisissez deux versions différentes à comparer.",
        "compare_option": "{version} ({status})",
        "compare_page_title": "{title} : modifications de la version {old} à la version {new}",
        "compare_index_title": "{title} : comparer les versions",
        "compare_all": "Toutes les comparaisons",
        "compare_other": "Comparer d’autres versions",
        "compare_pair": "De la version {old} à la version {new}",
        "current_version": "Version en vigueur",
        "current_link": "Lire la version en vigueur",
        "permanent_note": "Copie permanente de la version {version} telle que publiée. Elle ne change jamais.",
        "upcoming_title": "Une nouvelle version entre en vigueur le {date}",
        "upcoming_body": "La version {version} de cette politique a été publiée le {published} et remplace le "
        "texte ci-dessous à compter du {date}.",
        "read_new": "Lire la nouvelle version",
        "see_changes": "Voir les modifications",
        "not_in_force": "Aucune version de cette politique n’est encore en vigueur.",
        "no_release": "Cette politique n’a pas encore été publiée.",
        "draft_mark": "BROUILLON : texte de travail non publié. Les lecteurs ne voient jamais cette page.",
        "cookie_table_title": "Les cookies que nous utilisons",
        "cookie_name": "Nom",
        "cookie_provider": "Émetteur",
        "cookie_category": "Catégorie",
        "cookie_purpose": "Finalité",
        "cookie_lifetime": "Durée de vie",
        "session": "session",
        "days": "{n}\u00a0jours",
        "months": "{n}\u00a0mois",
        "feed_title": "{site} : mises à jour des politiques",
        "feed_link": "Flux des mises à jour (Atom)",
        "major_mark": "Modification majeure",
        "class_editorial": "Rédactionnelle",
        "class_minor": "Mineure",
        "class_major": "Majeure",
        "class_rights_reducing": "Majeure, réduit vos droits",
        "cookies_link": "Cookies",
        "versions_col": "Version",
        "published_col": "Publiée le",
        "effective_col": "En vigueur le",
        "status_upcoming": "à venir",
        "status_in_force": "en vigueur",
        "status_superseded": "remplacée",
        "labels_inserted": "inséré :",
        "labels_deleted": "supprimé :",
        "labels_unchanged": "Section inchangée",
        "labels_added_section": "Nouvelle section",
        "labels_removed_section": "Section supprimée",
        "labels_moved": "Section déplacée, inchangée",
        "labels_end_inserted": "fin de l’insertion",
        "labels_end_deleted": "fin de la suppression",
        "labels_preamble": "Introduction",
        "cc_title": "Votre choix de cookies",
        "cc_description": "Nous utilisons des cookies nécessaires au fonctionnement du site. Avec votre accord, "
        "nous utiliserions aussi des cookies de mesure d’audience et de publicité. Rien de facultatif n’est "
        "enregistré avant votre choix. Vous pouvez changer d’avis à tout moment avec le lien « Cookies » en bas "
        "de chaque page.",
        "cc_accept_all": "Tout accepter",
        "cc_reject_all": "Tout refuser",
        "cc_customise": "Personnaliser",
        "cc_save": "Enregistrer mes choix",
        "cc_prefs_title": "Préférences de cookies",
        "cc_close": "Fermer",
        "cc_intro_title": "Notre usage des cookies",
        "cc_intro": "Choisissez, finalité par finalité, les cookies que nous pouvons utiliser. Les finalités "
        "facultatives sont désactivées tant que vous ne les activez pas. Votre choix est conservé {months} mois "
        "et vous pouvez le modifier à tout moment.",
        "cc_more_title": "En savoir plus",
        "cc_more": "Lisez notre {cookie_policy} (version {version}) et notre {privacy_policy}.",
        "notice_title": "Notre {title} évolue",
        "notice_title_in_force": "Notre {title} a changé",
        "notice_when": "La nouvelle version entre en vigueur le {date}.",
        "notice_in_force": "La nouvelle version est en vigueur depuis le {date}.",
        "notice_read": "Lire la nouvelle version",
        "notice_redline": "Voir les modifications",
        "notice_dismiss": "J’ai pris connaissance",
        "notice_accept": "J’accepte les nouvelles conditions",
        "notice_later": "Plus tard",
        "notice_accept_note": "Cette modification réduit vos droits : elle ne s’applique à vous que si vous "
        "l’acceptez. D’ici là, les conditions précédentes continuent de s’appliquer à vous.",
        "close": "Fermer",
    },
}


def strings(lang: str) -> dict[str, str]:
    """The UI strings of `lang` as its typography sets them, with English for any word not translated yet."""
    return {key: typeset(text, lang) for key, text in {**STRINGS["en"], **STRINGS.get(lang, {})}.items()}


def t(lang: str, key: str, **values: object) -> str:
    return strings(lang)[key].format(**values)


def class_label(change_class: str, lang: str) -> str:
    return t(lang, f"class_{change_class}")


def lifetime_label(days: int, lang: str) -> str:
    """A cookie lifetime in the unit people read: session, days, or whole months when it is one."""
    if days <= 0:
        return t(lang, "session")
    months = round(days / 30.4)
    if days >= 60 and abs(days - months * 30.4) < 2:
        return t(lang, "months", n=months)
    return t(lang, "days", n=days)
