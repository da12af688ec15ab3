"""The machine-readable side of the site: /api/policies.json and /api/notices.<lang>.json.

policies.json lets product teams gate features on a version's effective date (T2) and lets anyone check a
page against the ledger (blob id, sha256). The notices manifest is what the change pop-up reads, on this site
and in the storefront: it carries the words of the dialog in its language, so the embedding page needs
nothing else (T3).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from notifier.config.project import Role
from notifier.dates import long_date
from notifier.publishing.ledger import PolicyVersion
from notifier.site import i18n
from notifier.site.links import archive_path, redline_path, version_path
from notifier.site.pages import SiteModel

DEFAULT_POPUP_DAYS = 30


def popup_days(model: SiteModel) -> int:
    value = model.config.section("notices").get("popup_days", DEFAULT_POPUP_DAYS)
    return value if isinstance(value, int) and value >= 0 else DEFAULT_POPUP_DAYS


def _urls(model: SiteModel, version: PolicyVersion, lang: str) -> dict[str, str]:
    base = f"{model.config.site_url}{lang}/"
    urls = {"page": base + version_path(version.policy, version.version)}
    if model.previous(version) is not None:
        urls["redline"] = base + redline_path(version.policy, version.version)
    return urls


def policies_json(model: SiteModel) -> dict[str, Any]:
    """Every policy with its released versions, dates, classes, hashes and addresses per language."""
    config = model.config
    policies: dict[str, Any] = {}
    for name, spec in config.policies.items():
        versions = model.published(name)
        states = {lang: model.repository.ledger.timeline(name, lang, model.as_of) for lang in config.languages}
        policies[name] = {
            "title": dict(spec.titles),
            "current": {lang: (s.in_force.version if s.in_force else None) for lang, s in states.items()},
            "upcoming": {lang: [v.version for v in s.upcoming] for lang, s in states.items()},
            "urls": {
                lang: {
                    "current": f"{config.site_url}{lang}/{name}/",
                    "archive": f"{config.site_url}{lang}/{archive_path(name)}",
                }
                for lang in config.languages
            },
            "versions": [
                {
                    "version": v.version,
                    "published_at": v.published_at.isoformat(),
                    "effective_at": v.effective_at.isoformat(),
                    "class": str(v.change_class),
                    "reconsent": v.reconsent,
                    "summary": dict(v.summary),
                    "texts": {lang: {"blob": t.blob, "sha256": t.sha256} for lang, t in v.texts.items()},
                    "urls": {lang: _urls(model, v, lang) for lang in v.texts},
                }
                for v in versions
            ],
        }
    return {
        "site": {
            "name": config.site_name,
            "url": config.site_url,
            "languages": list(config.languages),
            "default_language": config.default_language,
        },
        "as_of": model.as_of.isoformat(),
        "policies": policies,
    }


def active_notices(model: SiteModel) -> list[PolicyVersion]:
    """Versions the pop-up announces: major or rights_reducing, published, and not in force for N days yet."""
    days = popup_days(model)
    found = []
    for policy in model.config.policies:
        for version in model.published(policy):
            if version.change_class.must_notify and model.as_of < version.effective_at + timedelta(days=days):
                found.append(version)
    return found


def notices_json(model: SiteModel, lang: str) -> dict[str, Any]:
    """The current pop-up notices in one language, with the dialog's words and links relative to the site root."""
    s = i18n.strings(lang)
    days = popup_days(model)
    notices = []
    for version in active_notices(model):
        if lang not in version.texts:
            continue
        title = model.config.policies[version.policy].titles.get(lang, version.policy)
        in_force = version.effective_at <= model.as_of
        when = long_date(version.effective_at, lang)
        # The manifest is static and read for weeks: the pop-up picks the wording of the visitor's own day.
        wordings = {
            "upcoming": {"title": s["notice_title"].format(title=title), "when": s["notice_when"].format(date=when)},
            "in_force": {
                "title": s["notice_title_in_force"].format(title=title),
                "when": s["notice_in_force"].format(date=when),
            },
        }
        notice: dict[str, Any] = {
            "id": f"{version.policy}@{version.version}",
            "policy": version.policy,
            "version": version.version,
            "class": str(version.change_class),
            "requires_acceptance": version.change_class == "rights_reducing",
            "effective_at": version.effective_at.isoformat(),
            "show_until": (version.effective_at + timedelta(days=days)).isoformat(),
            **wordings["in_force" if in_force else "upcoming"],
            "wordings": wordings,
            "summary": model.summary(version, lang),
            "page": f"{lang}/{version_path(version.policy, version.version)}",
        }
        if model.previous(version) is not None:
            notice["redline"] = f"{lang}/{redline_path(version.policy, version.version)}"
        notices.append(notice)
    labels = {
        key: s[key]
        for key in (
            "notice_read",
            "notice_redline",
            "notice_dismiss",
            "notice_accept",
            "notice_later",
            "notice_accept_note",
            "close",
        )
    }
    return {"lang": lang, "as_of": model.as_of.isoformat(), "labels": labels, "notices": notices}


def cookie_policy_state(model: SiteModel) -> tuple[str | None, int]:
    """The cookie-policy version in force and how many in-force versions asked for fresh consent (B7).

    A reconsent version counts from its effective date: the processing it covers may not start earlier (T2),
    and from that day the banner asks everyone again at once.
    """
    if (cookie_policy := model.config.with_role(Role.COOKIES)) is None:
        return None, 0
    in_force = [v for v in model.published(cookie_policy.name) if v.effective_at <= model.as_of]
    current = max(in_force, key=lambda v: (v.effective_at, v.published_at, v.sequence), default=None)
    return (current.version if current else None), sum(1 for v in in_force if v.reconsent)
