"""The notice email, rendered from Jinja2 templates kept in git next to the policies and reviewed like them.

templates/email/<lang>/subject.txt, body.txt and body.html: dedicated to the change (T3), in the user's
language, with the release summary, the effective date, links to the new text and the redline, and for a
rights-reducing change a link to accept it explicitly (T5). HTML is autoescaped.

The templates list `changes`: usually one, several when versions are due for the same user at once (the
privacy and the cookie policy released the same day), who then gets one email telling them all, each with
its own summary, dates and links, rather than several emails the same morning.

A message is rendered once per notice (or bundle of notices) and language; the links that differ per
recipient (signed acknowledge / accept links) are left as markers like `%ack_url%` (`%ack_url_2%` for the
second change of an email), filled in per recipient by the channel: locally for file and smtp, by SendGrid's
substitutions for sendgrid. So a million emails cost two renders, and the stored message (with its sha256)
is exactly the text every recipient of that language read.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from babel.lists import format_list
from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateError, select_autoescape

from notifier.analysis.change_class import ChangeClass
from notifier.config.project import Config, unsafe_characters
from notifier.dates import long_date
from notifier.problems import PolicyError, Problem
from notifier.publishing.ledger import Ledger, PolicyVersion
from notifier.site.links import policy_links
from notifier.typography import typeset

TEMPLATE_DIR = "templates/email"
PARTS = ("subject.txt", "body.txt", "body.html")
ACTIONS = {"acknowledge": "ack", "accept": "accept"}
_MARKER = re.compile(r"%(?:ack|accept)_url(?:_[0-9]+)?%")
_ONE_LINE = re.compile(r"[^\S\u00a0\u202f]+")  # any run of whitespace but French no-break spaces


def link_marker(action: str, position: int = 0) -> str:
    """Where a recipient's signed link for `action` on the change at `position` (from 0) of an email goes."""
    return f"%{ACTIONS[action]}_url{'' if position == 0 else f'_{position + 1}'}%"


ACK_MARKER, ACCEPT_MARKER = link_marker("acknowledge"), link_marker("accept")


@dataclass(frozen=True)
class RenderedMessage:
    locale: str
    subject: str
    text: str
    html: str

    @property
    def sha256(self) -> str:
        digest = hashlib.sha256()
        for part in (self.subject, self.text, self.html):
            digest.update(part.encode("utf-8"))
            digest.update(b"\0")
        return digest.hexdigest()

    @property
    def markers(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(_MARKER.findall(self.text + self.html)))

    def personalise(self, values: dict[str, str]) -> RenderedMessage:
        """The message one recipient gets: markers replaced, HTML-escaped in the HTML part."""
        text, body = self.text, self.html
        for marker, value in values.items():
            text = text.replace(marker, value)
            body = body.replace(marker, html.escape(value, quote=True))
        return RenderedMessage(self.locale, self.subject, text, body)


class EmailTemplates:
    def __init__(self, root: Path):
        self.root = root / TEMPLATE_DIR
        self.env = Environment(
            loader=FileSystemLoader(str(self.root)),
            autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
            undefined=StrictUndefined,
            keep_trailing_newline=True,
        )

    def check(self, languages: tuple[str, ...]) -> None:
        missing = [
            Problem(f"{TEMPLATE_DIR}/{lang}/{part}", "template missing: every language needs its email")
            for lang in languages
            for part in PARTS
            if not (self.root / lang / part).is_file()
        ]
        if missing:
            raise PolicyError(missing)

    def render(self, config: Config, ledger: Ledger, version: PolicyVersion, lang: str) -> RenderedMessage:
        return self.render_together(config, ledger, [version], lang)

    def render_together(
        self, config: Config, ledger: Ledger, versions: Sequence[PolicyVersion], lang: str
    ) -> RenderedMessage:
        """One email telling every version in `versions`, in that order, to users of language `lang`."""
        changes = [_change(config, ledger, version, lang, position) for position, version in enumerate(versions)]
        context = {
            "site_name": config.site_name,
            "site_url": config.site_url,
            "changes": changes,
            "several": len(changes) > 1,
            "titles": format_list([change["title"] for change in changes], locale=lang),
        }
        try:
            parts = [self.env.get_template(f"{lang}/{part}").render(context) for part in PARTS]
        except TemplateError as exc:
            # Before any lease: a broken template stops the dispatch with every delivery still pending.
            where = getattr(exc, "filename", None) or getattr(exc, "name", None) or f"{TEMPLATE_DIR}/{lang}"
            line = getattr(exc, "lineno", None)
            raise PolicyError(
                Problem(f"{where}" + (f":{line}" if line else ""), f"email template error: {exc.message or exc}")
            ) from exc
        parts = [typeset(part, lang) for part in parts]  # the templates' words and the summary alike
        subject = _ONE_LINE.sub(" ", parts[0]).strip()
        if bad := unsafe_characters(subject):  # before any lease: every message of this language would carry it
            where = f"{TEMPLATE_DIR}/{lang}/subject.txt"
            raise PolicyError(Problem(where, f"the subject would contain {bad}: it must be one line of text"))
        return RenderedMessage(locale=lang, subject=subject, text=parts[1], html=parts[2])


def _change(config: Config, ledger: Ledger, version: PolicyVersion, lang: str, position: int) -> dict[str, Any]:
    """What the templates say of one change: its policy, class, summary, dates, pages and link markers."""
    links = policy_links(config, ledger, version, lang)
    return {
        "policy": version.policy,
        "title": config.policy(version.policy).titles.get(lang, version.policy),
        "version": version.version,
        "change_class": str(version.change_class),
        "rights_reducing": version.change_class is ChangeClass.RIGHTS_REDUCING,
        "summary": version.summary.get(lang, ""),
        "published_on": long_date(version.published_at, lang),
        "effective_on": long_date(version.effective_at, lang),
        "version_url": links.version_url,
        "redline_url": links.redline_url,
        "ack_url": link_marker("acknowledge", position),
        "accept_url": link_marker("accept", position),
    }
