"""Round six, third fresh batch: a smart-home hub's policy re-rendered by its publishing tool, written after the
second batch was fixed and run once before any fix of its own.

Nothing changed at the source; the Markdown did: bold labels became headings, heading levels and styles
changed, list markers and escapes changed, paragraphs were re-wrapped or joined, a heading now splits a section
so that sentences sit under another heading. Users are not told (R1), whatever the markup. A re-rendering that
also changes what the text says still is told.
"""

from __future__ import annotations

import re

import pytest

from notifier.analysis.change_class import ChangeClass
from tests.analysis.scenarios import assert_not_told, assert_told

E, MINOR, MAJOR, RR = ChangeClass.EDITORIAL, ChangeClass.MINOR, ChangeClass.MAJOR, ChangeClass.RIGHTS_REDUCING

# Markdown hard breaks (two trailing spaces) are written "⏎" so that the source keeps no trailing whitespace.
POLICY = {
    "en": """Hearthly Hub privacy notice
===========================

**What the hub records**

The hub records the temperature of each room and when its sensors detect movement. It does not record sound
or images.

**2\\. Why**⏎
⏎
* to run the service, in the context of:⏎
    \\- heating your home when you are in;⏎
    \\- warning you when a sensor stops working;⏎
    \\- showing your energy use.

**Who receives it**

Our cloud provider, Nimbus Hosting, stores the readings in Germany. We do not share them with energy suppliers.

**How long.** Readings are deleted after 12 months. Alerts are deleted after 30 days: \\- sensor alerts;
\\- battery alerts.

**Your rights**

You may access, correct or delete your readings at any time in the app. You may also complain to your data
protection authority.
""",
    "fr": """Politique de confidentialité du boîtier Hearthly
===============================================

**Ce que le boîtier enregistre**

Le boîtier enregistre la température de chaque pièce et le moment où ses capteurs détectent un mouvement. Il
n'enregistre ni son ni image.

**2\\. Pourquoi**⏎
⏎
* pour fournir le service, dans le cadre :⏎
    \\- du chauffage de votre logement quand vous y êtes ;⏎
    \\- de l'alerte quand un capteur ne fonctionne plus ;⏎
    \\- de l'affichage de votre consommation.

**Qui les reçoit**

Notre hébergeur, Nimbus Hosting, stocke les relevés en Allemagne. Nous ne les partageons pas avec les
fournisseurs d'énergie.

**Combien de temps.** Les relevés sont supprimés au bout de 12 mois. Les alertes sont supprimées au bout de
30 jours : \\- alertes de capteur ; \\- alertes de batterie.

**Vos droits**

Vous pouvez à tout moment consulter, corriger ou supprimer vos relevés dans l'application. Vous pouvez aussi
saisir l'autorité de protection des données.
""",
}
POLICY = {lang: text.replace("⏎", "  ") for lang, text in POLICY.items()}

_LABEL = re.compile(r"^\*\*(.+)\*\*$", re.MULTILINE)


def labels_as_headings(text: str) -> str:
    return _LABEL.sub(r"## \1", text)


def setext_title_as_atx(text: str) -> str:
    return re.sub(r"^(.+)\n=+$", r"# \1", text, count=1, flags=re.MULTILINE)


def numbered_items_as_bullets(text: str) -> str:
    return re.sub(r"^\d+\. ", "- ", text, flags=re.MULTILINE)


def paragraphs_rewrapped(text: str) -> str:
    """Each paragraph on one line, as a converter that does not wrap writes it."""
    return "\n\n".join(re.sub(r"(?<=[^\n])\n(?=[^\n*#=\d-])", " ", block) for block in text.split("\n\n"))


def inline_labels_as_headings(text: str) -> str:
    """ "**How long.** Readings ... \\- sensor alerts;" -> "## How long" over the paragraph, its list unescaped."""
    text = re.sub(r"^\*\*(.+?)\.\*\* ", r"## \1\n\n", labels_as_headings(text), flags=re.MULTILINE)
    return re.sub(r"\s*\\- ", "\n- ", text)


def numbered_labels_as_headings(text: str) -> str:
    """ "**2\\. Why**" followed by a hard break -> "## 2. Why"; every other escaped dash of a nested list unescaped,
    as a converter that only unescapes what it must writes it."""
    text = re.sub(r"^\*\*(\d+)\\\. (.+?)\*\* *$", r"## \1. \2", setext_title_as_atx(text), flags=re.MULTILINE)
    lines = text.split("\n")
    dashes = [i for i, line in enumerate(lines) if line.lstrip().startswith("\\- ")]
    for i in dashes[::2]:
        lines[i] = lines[i].replace("\\- ", "- ", 1)
    return "\n".join(lines)


def labels_as_italic_headings(text: str) -> str:
    return _LABEL.sub(r"### _\1_", text)


def escaped_and_entities(text: str) -> str:
    return text.replace("1. ", "1\\. ").replace("2. ", "2\\. ").replace("'", "&#39;")


def sections_joined(text: str) -> str:
    """The labels made headings but the "Who receives it" label dropped: its sentences now sit under "Why"."""
    return labels_as_headings(re.sub(r"\n\*\*(?:Qui les reçoit|Who receives it)\*\*\n", "", text))


RENDERINGS = [
    labels_as_headings,
    lambda text: setext_title_as_atx(labels_as_headings(text)),
    numbered_items_as_bullets,
    paragraphs_rewrapped,
    labels_as_italic_headings,
    escaped_and_entities,
    lambda text: paragraphs_rewrapped(numbered_items_as_bullets(labels_as_headings(text))),
    sections_joined,
    inline_labels_as_headings,
    numbered_labels_as_headings,
    lambda text: labels_as_headings(numbered_labels_as_headings(text)),
    lambda text: paragraphs_rewrapped(inline_labels_as_headings(text)),
]


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("render", RENDERINGS)
def test_a_re_rendering_is_not_notified(lang, render):
    assert_not_told(lang, (POLICY[lang], render(POLICY[lang])))


@pytest.mark.parametrize(
    "lang, old, new, expected",
    [
        ("en", "in Germany.", "in Germany and the United States.", MAJOR),
        ("en", "We do not share them with energy suppliers.", "We share them with energy suppliers.", RR),
        ("fr", "en Allemagne.", "en Allemagne et aux États-Unis.", MAJOR),
        ("fr", "Nous ne les partageons pas avec les", "Nous les partageons avec les", RR),
    ],
)
def test_a_re_rendering_that_also_changes_a_fact_is_told(lang, old, new, expected):
    text = POLICY[lang]
    assert old in text, old
    assert_told(lang, (text, labels_as_headings(text).replace(old, new, 1)), expected)
