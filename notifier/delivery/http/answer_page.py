"""The page behind the link in a notice email: in the user's language only, with the policy's title and
dates, one button, and a plain confirmation (templates/pages/answer.html, reviewed in git like the emails).

The API decides what happened (token valid, answer recorded); this module only says it to the reader.
"""

from __future__ import annotations

from dataclasses import dataclass

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from notifier.dates import long_date
from notifier.problems import PolicyError
from notifier.publishing.ledger import PolicyVersion
from notifier.publishing.repository import PolicyRepository
from notifier.site.links import policy_links
from notifier.typography import typeset

TEMPLATE = "templates/pages/answer.html"
STATES = ("ask", "done", "invalid", "failed")


@dataclass(frozen=True)
class AnswerPage:
    state: str  # ask | done | invalid | failed
    lang: str
    notice: str = ""  # policy/version, when the token named one
    action: str = "acknowledge"


def _version(repository: PolicyRepository, notice: str) -> PolicyVersion | None:
    policy, _, version = notice.partition("/")
    try:
        return repository.ledger.get(policy, version)
    except PolicyError:
        return None


def render(repository: PolicyRepository, page: AnswerPage) -> str:
    """The HTML of the page; a notice the ledger does not know is shown as an unusable link."""
    config = repository.config
    lang = page.lang if page.lang in config.languages else config.default_language
    version = _version(repository, page.notice) if page.notice else None
    state = page.state if version is not None or page.state == "invalid" else "invalid"
    context: dict[str, object] = {
        "state": state,
        "lang": lang,
        "action": page.action if page.action in ("acknowledge", "accept") else "acknowledge",
        "site_name": config.site_name,
        "site_url": config.site_url,
        "title": "",
        "published_on": "",
        "effective_on": "",
        "summary": "",
        "version_url": "",
        "redline_url": None,
    }
    if version is not None:
        text_lang = lang if lang in version.texts else config.default_language
        links = policy_links(config, repository.ledger, version, text_lang)
        context |= {
            "title": config.policy(version.policy).titles.get(lang, version.policy),
            "published_on": long_date(version.published_at, lang),
            "effective_on": long_date(version.effective_at, lang),
            "summary": version.summary.get(lang, ""),
            "version_url": links.version_url,
            "redline_url": links.redline_url,
        }
    env = Environment(
        loader=FileSystemLoader(str(config.root)),
        autoescape=select_autoescape(enabled_extensions=("html",)),
        undefined=StrictUndefined,
    )
    env.filters["typeset"] = typeset
    return env.get_template(TEMPLATE).render(context)


def preferred_language(accept_language: str, languages: tuple[str, ...], default: str) -> str:
    """The first language of an Accept-Language header the site has (for a link that names no user)."""
    for item in accept_language.split(","):
        code = item.split(";")[0].strip()[:2].lower()
        if code in languages:
            return code
    return default
