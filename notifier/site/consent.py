"""The cookie inventory (data/cookies.yml) and the consent banner built from it.

One data file feeds both the banner's purposes and the cookie table of the cookie policy, so what the
policy says and what the banner asks can never disagree (B3, B4). The checks here run in `policies check`
and before every build: a cookie living longer than 13 months stops both (B8, rule R16).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Any

import yaml

from notifier.classify import MAX_COOKIE_DAYS
from notifier.config import Config
from notifier.problems import PolicyError, Problem
from notifier.site import i18n

MAX_EXPIRY_MONTHS = 13
DEFAULT_EXPIRY_MONTHS = 6  # B6
DEFAULT_DATA = "data/cookies.yml"
COOKIE_NAME = "cc_cookie"


@dataclass(frozen=True)
class Category:
    id: str
    required: bool
    title: dict[str, str]
    description: dict[str, str]


@dataclass(frozen=True)
class Cookie:
    name: str
    provider: str
    category: str
    purpose: dict[str, str]
    lifetime_days: int


@dataclass(frozen=True)
class ConsentData:
    path: str
    expiry_months: int
    categories: tuple[Category, ...]
    cookies: tuple[Cookie, ...]

    @property
    def expiry_days(self) -> int:
        return round(self.expiry_months * 30.4)

    @property
    def config_version(self) -> str:
        """A short hash of the banner configuration, stored with each choice as proof of what was shown (B9)."""
        payload = json.dumps(
            {
                "expiry": self.expiry_months,
                "categories": [c.__dict__ for c in self.categories],
                "cookies": [c.__dict__ for c in self.cookies],
            },
            sort_keys=True,
            ensure_ascii=False,
        )
        return hashlib.sha256(payload.encode()).hexdigest()[:12]


def load(config: Config) -> tuple[ConsentData | None, list[Problem]]:
    """Read and check the consent settings and the cookie file; every problem is reported, none is fixed silently."""
    section = config.section("consent")
    problems: list[Problem] = []
    expiry = section.get("expiry_months", DEFAULT_EXPIRY_MONTHS)
    if not isinstance(expiry, int) or not 1 <= expiry <= MAX_EXPIRY_MONTHS:
        problems.append(
            Problem(
                "policies.yml (consent.expiry_months)",
                f"must be a whole number of months from 1 to {MAX_EXPIRY_MONTHS} (B6, B8), not '{expiry}'",
            )
        )
        expiry = DEFAULT_EXPIRY_MONTHS
    released_with_policy = next((p.data for p in config.policies.values() if p.data), None)
    relative = str(section.get("data") or released_with_policy or DEFAULT_DATA)
    path = config.root / relative
    if not path.is_file():
        return None, [*problems, Problem(relative, "file not found: the consent banner needs the cookie inventory")]
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        return None, [*problems, Problem(relative, f"not valid YAML ({exc})")]
    languages = config.languages
    categories: list[Category] = []
    for index, raw in enumerate(data.get("categories") or []):
        where = f"{relative} (categories[{index}])"
        if not isinstance(raw, dict) or not raw.get("id"):
            problems.append(Problem(where, "each category needs an id, required, title and description"))
            continue
        for field in ("title", "description"):
            missing = [lang for lang in languages if not (raw.get(field) or {}).get(lang)]
            if missing:
                problems.append(Problem(where, f"{field} has no text for {', '.join(missing)} (B10)"))
        categories.append(
            Category(
                id=str(raw["id"]),
                required=bool(raw.get("required", False)),
                title=dict(raw.get("title") or {}),
                description=dict(raw.get("description") or {}),
            )
        )
    if not any(c.required for c in categories):
        problems.append(Problem(relative, "one category must be required (the strictly necessary cookies)"))
    known = {c.id for c in categories}
    cookies: list[Cookie] = []
    for index, raw in enumerate(data.get("cookies") or []):
        where = f"{relative} (cookies[{index}])"
        if not isinstance(raw, dict) or not raw.get("name"):
            problems.append(Problem(where, "each cookie needs name, provider, category, purpose and lifetime_days"))
            continue
        name = str(raw["name"])
        lifetime = raw.get("lifetime_days")
        if not isinstance(lifetime, int) or lifetime < 0:
            problems.append(Problem(where, f"cookie {name}: lifetime_days must be a whole number of days (0: session)"))
            lifetime = 0
        elif lifetime > MAX_COOKIE_DAYS:
            problems.append(
                Problem(
                    where,
                    f"cookie {name} lives {lifetime} days, more than 13 months ({MAX_COOKIE_DAYS} days); "
                    "shorten it (B8, CNIL-2020-092 art. 5)",
                )
            )
        if raw.get("category") not in known:
            problems.append(Problem(where, f"cookie {name}: category '{raw.get('category')}' is not a category id"))
        missing = [lang for lang in languages if not (raw.get("purpose") or {}).get(lang)]
        if missing:
            problems.append(Problem(where, f"cookie {name}: purpose has no text for {', '.join(missing)} (B10)"))
        cookies.append(
            Cookie(
                name=name,
                provider=str(raw.get("provider") or ""),
                category=str(raw.get("category")),
                purpose=dict(raw.get("purpose") or {}),
                lifetime_days=lifetime,
            )
        )
    consent_cookie = next((c for c in cookies if c.name == COOKIE_NAME), None)
    if consent_cookie is None:
        problems.append(Problem(relative, f"the consent cookie {COOKIE_NAME} must be listed (B4)"))
    elif consent_cookie.lifetime_days != round(expiry * 30.4):
        problems.append(
            Problem(relative, f"{COOKIE_NAME} must live {round(expiry * 30.4)} days, as consent.expiry_months says")
        )
    return ConsentData(relative, expiry, tuple(categories), tuple(cookies)), problems


def load_strict(config: Config) -> ConsentData:
    data, problems = load(config)
    if problems or data is None:
        raise PolicyError(problems)
    return data


def cookie_table_markdown(data: ConsentData, lang: str) -> str:
    """The cookie table appended to the cookie policy page: name, provider, purpose category and lifetime.

    HTML rather than a Markdown table, so each cell carries its column's name: on a phone the rows are
    stacked as cards (policies.css) and every value keeps its label.
    """
    s = i18n.strings(lang)
    titles = {c.id: c.title.get(lang, c.id) for c in data.categories}
    columns = [s[key] for key in ("cookie_name", "cookie_provider", "cookie_category", "cookie_purpose")]
    columns.append(s["cookie_lifetime"])
    head = "".join(f'<th scope="col">{escape(label)}</th>' for label in columns)
    rows = []
    for cookie in data.cookies:
        cells = (
            f"<code>{escape(cookie.name)}</code>",
            escape(cookie.provider),
            escape(titles.get(cookie.category, cookie.category)),
            escape(cookie.purpose.get(lang, "")),
            f'<span class="policies-nowrap">{escape(i18n.lifetime_label(cookie.lifetime_days, lang))}</span>',
        )
        first = f'<th scope="row" data-label="{escape(columns[0])}">{cells[0]}</th>'
        labelled = zip(columns[1:], cells[1:], strict=True)
        rest = "".join(f'<td data-label="{escape(label)}">{cell}</td>' for label, cell in labelled)
        rows.append(f"<tr>{first}{rest}</tr>")
    table = (
        f'<table class="policies-cookies policies-stack"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    return f"## {s['cookie_table_title']} {{#cookie-table}}\n\n{table}\n"


def banner_config(
    data: ConsentData, config: Config, cookie_version: str | None, revision: int, as_of: date
) -> dict[str, Any]:
    """What consent.js needs, in every language: the stored choice names this config and cookie-policy version (B9).

    `revision` counts the cookie-policy versions flagged reconsent: when it grows, vanilla-cookieconsent finds
    the stored revision stale and asks again at once (B7).
    """
    translations: dict[str, Any] = {}
    for lang in config.languages:
        s = i18n.strings(lang)
        cookie_title = config.policies["cookies"].titles.get(lang, "") if "cookies" in config.policies else ""
        privacy_title = config.policies["privacy"].titles.get(lang, "") if "privacy" in config.policies else ""
        sections: list[dict[str, Any]] = [
            {"title": s["cc_intro_title"], "description": s["cc_intro"].format(months=data.expiry_months)}
        ]
        for category in data.categories:
            rows = [
                {
                    "name": c.name,
                    "provider": c.provider,
                    "purpose": c.purpose.get(lang, ""),
                    "lifetime": i18n.lifetime_label(c.lifetime_days, lang),
                }
                for c in data.cookies
                if c.category == category.id
            ]
            sections.append(
                {
                    "title": category.title.get(lang, category.id),
                    "description": category.description.get(lang, ""),
                    "linkedCategory": category.id,
                    "cookieTable": {
                        "caption": category.title.get(lang, category.id),
                        "headers": {
                            "name": s["cookie_name"],
                            "provider": s["cookie_provider"],
                            "purpose": s["cookie_purpose"],
                            "lifetime": s["cookie_lifetime"],
                        },
                        "body": rows,
                    },
                }
            )
        cookie_link = f'<a href="{{root}}{lang}/cookies/">{cookie_title}</a>'
        privacy_link = f'<a href="{{root}}{lang}/privacy/">{privacy_title}</a>'
        more = s["cc_more"].format(
            cookie_policy=cookie_link, privacy_policy=privacy_link, version=cookie_version or "-"
        )
        sections.append({"title": s["cc_more_title"], "description": more})
        translations[lang] = {
            "consentModal": {
                "title": s["cc_title"],
                "description": s["cc_description"],
                "acceptAllBtn": s["cc_accept_all"],
                "acceptNecessaryBtn": s["cc_reject_all"],
                "showPreferencesBtn": s["cc_customise"],
                "footer": cookie_link + privacy_link,
            },
            "preferencesModal": {
                "title": s["cc_prefs_title"],
                "acceptAllBtn": s["cc_accept_all"],
                "acceptNecessaryBtn": s["cc_reject_all"],
                "savePreferencesBtn": s["cc_save"],
                "closeIconLabel": s["cc_close"],
                "sections": sections,
            },
        }
    return {
        "cookieName": COOKIE_NAME,
        "expiryMonths": data.expiry_months,
        "expiryDays": data.expiry_days,
        "revision": revision,
        "cookiePolicyVersion": cookie_version,
        "configVersion": data.config_version,
        "defaultLanguage": config.default_language,
        "languages": list(config.languages),
        "categories": [
            {"id": c.id, "required": c.required, "cookies": [k.name for k in data.cookies if k.category == c.id]}
            for c in data.categories
        ],
        "translations": translations,
        "asOf": as_of.isoformat(),
    }
