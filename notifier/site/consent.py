"""The cookie inventory (data/cookies.yml) and the consent banner built from it.

One data file feeds both the banner's purposes and the cookie table of the cookie policy, so what the
policy says and what the banner asks can never disagree (B3, B4). The checks here run in `policies check`
and before every build: a cookie living longer than 13 months stops both (B8, rule R16).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from html import escape
from typing import Any

from notifier.analysis.classify import MAX_COOKIE_DAYS
from notifier.analysis.diff import marked
from notifier.config.project import CONFIG_FILE, LEDGER_DIR, Config, PolicyConfig, Role
from notifier.config.reader import (
    INVALID,
    Block,
    Entry,
    Field,
    Flag,
    Kind,
    ListOf,
    MappingOf,
    Text,
    Unchecked,
    Whole,
    read_document,
)
from notifier.problems import PolicyError, Problem
from notifier.publishing.ledger import PolicyVersion
from notifier.publishing.repository import PolicyRepository
from notifier.site import i18n

MAX_EXPIRY_MONTHS = 13
DEFAULT_EXPIRY_MONTHS = 6  # B6
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
    provider: str  # in the default language: with the name, what identifies the cookie from version to version
    category: str
    purpose: dict[str, str]
    lifetime_days: int
    hosts: tuple[str, ...] = ()  # third-party hosts that set or read it (the cookie scanner checks them)
    provider_names: dict[str, str] = field(default_factory=dict)  # where readers of a language say it otherwise

    def provider_in(self, lang: str) -> str:
        """The provider as readers of `lang` read it ("Matomo (hébergé par 24 Sèvres)")."""
        return self.provider_names.get(lang, self.provider)

    def fingerprint(self) -> dict[str, Any]:
        """What the banner's config version hashes; a provider written once hashes as it always did."""
        facts = dict(self.__dict__)
        if not self.provider_names:
            del facts["provider_names"]
        return facts


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
                "cookies": [c.fingerprint() for c in self.cookies],
            },
            sort_keys=True,
            ensure_ascii=False,
        )
        return hashlib.sha256(payload.encode()).hexdigest()[:12]


def read_inventory(raw: bytes, where: str) -> Any:
    """The inventory's YAML, anchors and aliases refused (a few bytes must not expand into gigabytes).

    The one reader of cookie data: the banner, the cookie tables, the classifier and `policies check` all
    come through here, whether the bytes are the working file or a released blob.
    """
    return read_document(raw, where).value or {}


def _expiry_months(config: Config) -> tuple[int, list[Problem]]:
    """How long a choice is kept (policies.yml, consent.expiry_months), and what is wrong with it."""
    entry = config.entry("consent").child("expiry_months")
    expiry = DEFAULT_EXPIRY_MONTHS if entry.value is None else entry.value
    if not isinstance(expiry, int) or isinstance(expiry, bool) or not 1 <= expiry <= MAX_EXPIRY_MONTHS:
        message = f"must be a whole number of months from 1 to {MAX_EXPIRY_MONTHS} (B6, B8), not '{expiry}'"
        return DEFAULT_EXPIRY_MONTHS, [entry.problem(message)]
    return expiry, []


_NO_INVENTORY = Problem(
    CONFIG_FILE,
    "no policy has `role: cookies`: the consent banner shows that policy's cookie data; add `role: cookies` "
    "and `data: data/cookies.yml` to the cookie policy under policies",
)


def inventory_policy(config: Config) -> PolicyConfig | None:
    """The policy the cookie inventory is released with: the one whose role is `cookies`."""
    return config.with_role(Role.COOKIES)


def load(config: Config) -> tuple[ConsentData | None, list[Problem]]:
    """Check the working cookie file and the consent settings, as `policies check` does before a release."""
    policy = inventory_policy(config)
    _, problems = _expiry_months(config)
    if policy is None or policy.data is None:
        return None, [*problems, _NO_INVENTORY]
    relative = policy.data
    path = config.root / relative
    if not path.is_file():
        return None, [*problems, Problem(relative, "file not found: the consent banner needs the cookie inventory")]
    try:
        return parse(config, path.read_bytes(), relative)
    except PolicyError as error:
        return None, [*problems, *error.problems]


def released_consent(repository: PolicyRepository, version: PolicyVersion) -> ConsentData | None:
    """The cookie inventory released with `version`, checked; None when its policy has none."""
    raw = repository.released_data(version)
    if raw is None:
        return None
    data, problems = parse(repository.config, raw, f"{repository.config.policy(version.policy).data}")
    if problems or data is None:
        where = Problem(version.record_path, "its released cookie inventory fails the checks above")
        raise PolicyError([*problems, where])
    return data


def consent_in_force(repository: PolicyRepository, on: date) -> ConsentData:
    """The released cookie inventory of the version in force on `on`: what the banner and the policy show."""
    config = repository.config
    policy = inventory_policy(config)
    if policy is None:
        raise PolicyError(_NO_INVENTORY)
    version = repository.ledger.timeline(policy.name, config.default_language, on).in_force
    data = released_consent(repository, version) if version is not None else None
    if data is None:
        raise PolicyError(
            Problem(
                f"{LEDGER_DIR}/{policy.name}",
                f"no released cookie inventory is in force on {on}: release the {policy.name} policy first",
            )
        )
    return data


class _Provider(Kind):
    """Who sets the cookie: one name for every language, or one per language where readers say it otherwise."""

    def read(self, entry: Entry, problems: list[Problem]) -> Any:
        if isinstance(entry.value, dict):
            return MappingOf(Text()).read(entry, problems)
        return Text(hint="a name, or one per language {en: …, fr: …}").read(entry, problems)


CATEGORY = Block(
    {
        "id": Field(Text(), required=True),
        "required": Field(Flag(), default=False),
        "title": Field(MappingOf(Text(), hint="a mapping {en: …, fr: …}"), default={}),
        "description": Field(MappingOf(Text(), hint="a mapping {en: …, fr: …}"), default={}),
    },
    hint="a mapping with id, required, title and description",
)
COOKIE = Block(
    {
        "name": Field(Text(), required=True),
        "provider": Field(_Provider(), default=""),
        "category": Field(Text(), default=""),
        "purpose": Field(MappingOf(Text(), hint="a mapping {en: …, fr: …}"), default={}),
        "lifetime_days": Field(Whole(0, 100_000), required=True, message="must be a whole number of days (0: session)"),
        "hosts": Field(ListOf(Text(), hint="a list of host names"), default=[]),
    },
    hint="a mapping with name, provider, category, purpose and lifetime_days",
)
CATEGORIES = ListOf(CATEGORY, hint="a list of categories")
COOKIES = ListOf(COOKIE, hint="a list of cookies")
INVENTORY = Block(
    {"categories": Field(Unchecked()), "cookies": Field(Unchecked())},
    hint="a mapping with `categories` and `cookies`",
)


def _untranslated(entry: Entry, texts: dict[str, str], languages: tuple[str, ...], what: str) -> list[Problem]:
    missing = [lang for lang in languages if not texts.get(lang)]
    return [entry.problem(f"{what} has no text for {', '.join(missing)} (B10)")] if missing else []


def _categories(entry: Entry, languages: tuple[str, ...]) -> tuple[list[Category], list[Problem]]:
    """The banner's purposes, each worded in every language; one must be the strictly necessary cookies."""
    problems: list[Problem] = []
    categories: list[Category] = []
    for where, raw in CATEGORIES.pairs(entry, problems):
        if raw["id"] is None:
            continue
        for name in ("title", "description"):
            problems += _untranslated(where.child(name), raw[name], languages, name)
        categories.append(Category(raw["id"], raw["required"], raw["title"], raw["description"]))
    if not any(c.required for c in categories):
        problems.append(entry.problem("one category must be required (the strictly necessary cookies)"))
    return categories, problems


def _cookie(raw: dict[str, Any], where: Entry, config: Config, known: set[str]) -> tuple[Cookie, list[Problem]]:
    """One cookie of the table: a known category, a purpose in every language, at most 13 months (B8)."""
    name, lifetime, problems = raw["name"], raw["lifetime_days"], []
    if lifetime is not None and lifetime > MAX_COOKIE_DAYS:
        problems.append(
            where.child("lifetime_days").problem(
                f"cookie {name} lives {lifetime} days, more than 13 months ({MAX_COOKIE_DAYS} days); "
                "shorten it (B8, CNIL-2020-092 art. 5)"
            )
        )
    if raw["category"] not in known:
        problems.append(
            where.child("category").problem(f"cookie {name}: category '{raw['category']}' is not a category id")
        )
    problems += _untranslated(where.child("purpose"), raw["purpose"], config.languages, f"cookie {name}: purpose")
    names = raw["provider"] if isinstance(raw["provider"], dict) else {}
    problems += (
        _untranslated(where.child("provider"), names, config.languages, f"cookie {name}: provider") if names else []
    )
    provider = names.get(config.default_language, "") if names else raw["provider"]
    cookie = Cookie(name, provider, raw["category"], raw["purpose"], lifetime or 0, tuple(raw["hosts"]), names)
    return cookie, problems


def _consent_cookie(cookies: list[Cookie], expiry: int, relative: str) -> list[Problem]:
    """B4: the cookie that keeps the choice is listed, and lives as long as consent.expiry_months says."""
    consent_cookie = next((c for c in cookies if c.name == COOKIE_NAME), None)
    if consent_cookie is None:
        return [Problem(relative, f"the consent cookie {COOKIE_NAME} must be listed (B4)")]
    if consent_cookie.lifetime_days != round(expiry * 30.4):
        return [
            Problem(relative, f"{COOKIE_NAME} must live {round(expiry * 30.4)} days, as consent.expiry_months says")
        ]
    return []


def parse(config: Config, content: bytes, relative: str) -> tuple[ConsentData | None, list[Problem]]:
    """Check a cookie inventory and the consent settings; every problem is reported, none is fixed silently."""
    expiry, problems = _expiry_months(config)
    document = read_document(content, relative)
    inventory = INVENTORY.read(document, problems)
    if inventory is INVALID:
        return None, problems
    categories, found = _categories(document.child("categories"), config.languages)
    problems += found
    known = {c.id for c in categories}
    cookies: list[Cookie] = []
    for where, raw in COOKIES.pairs(document.child("cookies"), problems):
        if raw["name"] is not None:
            cookie, found = _cookie(raw, where, config, known)
            cookies.append(cookie)
            problems += found
    problems += _consent_cookie(cookies, expiry, relative)
    return ConsentData(relative, expiry, tuple(categories), tuple(cookies)), problems


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
            escape(cookie.provider_in(lang)),
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


def _table_rows(data: ConsentData | None, lang: str) -> dict[tuple[str, str], tuple[str, ...]]:
    """The rows of the cookie table in `lang`, by cookie (name and provider), as the reader sees their cells."""
    if data is None:
        return {}
    titles = {c.id: c.title.get(lang, c.id) for c in data.categories}
    return {
        (cookie.name, cookie.provider): (
            cookie.name,
            cookie.provider_in(lang),
            titles.get(cookie.category, cookie.category),
            cookie.purpose.get(lang, ""),
            i18n.lifetime_label(cookie.lifetime_days, lang),
        )
        for cookie in data.cookies
    }


def _changed_cell(old: str, new: str, words: dict[str, str]) -> str:
    if old == new:
        return escape(new)
    return (marked("del", old, words) if old else "") + (marked("ins", new, words) if new else "")


def cookie_table_changes(old: ConsentData | None, new: ConsentData | None, words: dict[str, str], lang: str) -> str:
    """The cookie table's rows added, removed and changed between two versions (HTML for a redline page).

    A row is one cookie (its name and provider); a changed cell shows the old value deleted and the new one
    inserted, announced to screen readers with `words` like the text redline. Unchanged rows are left out.
    """
    if old is None and new is None:
        return ""
    s = i18n.strings(lang)
    before, after = _table_rows(old, lang), _table_rows(new, lang)
    empty = ("",) * 5
    rows = []
    for key in [*before, *(k for k in after if k not in before)]:
        if before.get(key) == after.get(key):
            continue
        cells = [_changed_cell(o, n, words) for o, n in zip(before.get(key, empty), after.get(key, empty), strict=True)]
        rows.append(f'<tr><th scope="row">{cells[0]}</th>' + "".join(f"<td>{c}</td>" for c in cells[1:]) + "</tr>")
    heading = f'<h2 id="cookie-table-changes">{escape(s["cookie_table_title"])}</h2>'
    if not rows:
        return f"\n{heading}\n<p>{escape(words['unchanged'])}</p>\n"
    columns = ("cookie_name", "cookie_provider", "cookie_category", "cookie_purpose", "cookie_lifetime")
    head = "".join(f'<th scope="col">{escape(s[c])}</th>' for c in columns)
    return (
        f'\n<section class="policies-cookie-changes" aria-labelledby="cookie-table-changes">{heading}'
        f'<div class="policies-table-wrap" tabindex="0" role="region" aria-label="{escape(s["cookie_table_title"])}">'
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div></section>\n"
    )


def _policy_link(config: Config, role: Role, lang: str) -> str:
    """A link to the policy playing `role`, titled in `lang` (empty title when no policy plays it)."""
    policy = config.with_role(role)
    name, title = (policy.name, policy.titles.get(lang, "")) if policy else (role.value, "")
    return f'<a href="{{root}}{lang}/{name}/">{title}</a>'


def _category_sections(data: ConsentData, lang: str) -> list[dict[str, Any]]:
    """One section per purpose in the preferences, with the table of its cookies in `lang`."""
    s = i18n.strings(lang)
    headers = {key: s[f"cookie_{key}"] for key in ("name", "provider", "purpose", "lifetime")}
    sections: list[dict[str, Any]] = []
    for category in data.categories:
        rows = [
            {
                "name": c.name,
                "provider": c.provider_in(lang),
                "purpose": c.purpose.get(lang, ""),
                "lifetime": i18n.lifetime_label(c.lifetime_days, lang),
            }
            for c in data.cookies
            if c.category == category.id
        ]
        title = category.title.get(lang, category.id)
        sections.append(
            {
                "title": title,
                "description": category.description.get(lang, ""),
                "linkedCategory": category.id,
                "cookieTable": {"caption": title, "headers": headers, "body": rows},
            }
        )
    return sections


def _translation(data: ConsentData, config: Config, lang: str, cookie_version: str | None) -> dict[str, Any]:
    """The banner's and the preferences' words in `lang`, linking to the cookie and privacy policies."""
    s = i18n.strings(lang)
    cookie_link = _policy_link(config, Role.COOKIES, lang)
    privacy_link = _policy_link(config, Role.PRIVACY, lang)
    more = s["cc_more"].format(cookie_policy=cookie_link, privacy_policy=privacy_link, version=cookie_version or "-")
    sections = [
        {"title": s["cc_intro_title"], "description": s["cc_intro"].format(months=data.expiry_months)},
        *_category_sections(data, lang),
        {"title": s["cc_more_title"], "description": more},
    ]
    return {
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


def banner_config(
    data: ConsentData, config: Config, cookie_version: str | None, revision: int, as_of: date
) -> dict[str, Any]:
    """What consent.js needs, in every language: the stored choice names this config and cookie-policy version (B9).

    `revision` counts the cookie-policy versions flagged reconsent: when it grows, vanilla-cookieconsent finds
    the stored revision stale and asks again at once (B7).
    """
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
        "translations": {lang: _translation(data, config, lang, cookie_version) for lang in config.languages},
        "asOf": as_of.isoformat(),
    }
