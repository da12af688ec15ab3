"""The consent log (legal-rules.md B9): one record per cookie choice, kept as proof (GDPR 7(1), CNIL 2020-092 art. 4).

The banner sends a record on each act (first choice, change, withdrawal, renewal): a random consent id kept in the
visitor's choice cookie, the choice per category, the hash of the banner configuration shown, the cookie-policy
version in force, the language, the time and the kind of act. Records are appended, never updated; only the
retention purge deletes them (`consent.retention_days` in policies.yml). No IP address is stored: the client's
address is used only in memory, by the rate limiter.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from notifier.config.project import Config, Role
from notifier.delivery.store import Engine, utcnow
from notifier.delivery.store import consents as log
from notifier.problems import PolicyError, Problem
from notifier.publishing.ledger import VERSION_ID
from notifier.publishing.repository import PolicyRepository

ACTS = ("accept_all", "reject_all", "custom", "withdraw")
DEFAULT_RETENTION_DAYS = 1826  # five years: the French civil limitation period (Code civil art. 2224)
RANDOM_ID = re.compile(r"^[A-Za-z0-9_-]{16,64}$")  # record_id and consent_id: made by the browser
CONFIG_HASH = re.compile(r"^[0-9a-f]{8,64}$")
_LANGUAGE = re.compile(r"^[a-z]{2}(-[A-Z]{2})?$")
_CATEGORY = re.compile(r"^[a-z0-9_-]{1,32}$")
FIELDS = ("record_id", "consent_id", "act", "categories", "config_hash", "cookie_policy_version", "language", "at")
OPTIONAL = ("user_ref",)


class InvalidRecord(ValueError):
    """A record that is not well formed; `field` names the offending field for the 400 answer."""

    def __init__(self, field_name: str, message: str):
        super().__init__(f"{field_name}: {message}")
        self.field, self.reason = field_name, message


def retention_days(config: Config) -> int:
    """How long records are kept (`consent.retention_days`, default five years); a bad value stops the command."""
    value = config.section("consent").get("retention_days", DEFAULT_RETENTION_DAYS)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise PolicyError(Problem("policies.yml (consent.retention_days)", "must be a whole number of days, 1 or more"))
    return value


def _text(body: dict[str, Any], name: str, pattern: re.Pattern[str], what: str) -> str:
    value = body.get(name)
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise InvalidRecord(name, f"must be {what}")
    return value


def _categories(value: object) -> dict[str, bool]:
    if not isinstance(value, dict) or not 1 <= len(value) <= 20:
        raise InvalidRecord("categories", "must be an object of 1 to 20 categories, each true or false")
    for name, chosen in value.items():
        if not _CATEGORY.fullmatch(name) or not isinstance(chosen, bool):
            raise InvalidRecord("categories", f"'{name[:32]}' must be a category id mapped to true or false")
    return dict(value)


def _time(value: object) -> datetime:
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        moment = None
    if not isinstance(value, str) or moment is None or moment.tzinfo is None:
        raise InvalidRecord("at", "must be an ISO 8601 time with its zone, e.g. 2026-11-25T10:00:00.000Z")
    return moment.astimezone(UTC).replace(tzinfo=None)


def validate(body: object, repository: PolicyRepository) -> dict[str, Any]:
    """The row to store, or InvalidRecord naming the first field that is missing, unknown or malformed."""
    if not isinstance(body, dict):
        raise InvalidRecord("body", "must be a JSON object")
    for name in body:
        if name not in FIELDS + OPTIONAL:
            raise InvalidRecord(str(name)[:40], "unknown field")
    for name in FIELDS:
        if name not in body:
            raise InvalidRecord(name, "is required")
    act = body["act"]
    if act not in ACTS:
        raise InvalidRecord("act", f"must be one of {', '.join(ACTS)}")
    version = _text(body, "cookie_policy_version", VERSION_ID, "a version id, YYYY-MM-DD")
    cookie_policy = repository.config.with_role(Role.COOKIES)
    if cookie_policy is None or version not in {v.version for v in repository.ledger.versions(cookie_policy.name)}:
        raise InvalidRecord("cookie_policy_version", f"'{version}' is not a released version of the cookie policy")
    user_ref = body.get("user_ref")
    if user_ref is not None and (not isinstance(user_ref, str) or not 1 <= len(user_ref) <= 128):
        raise InvalidRecord("user_ref", "must be a pseudonymous id of 1 to 128 characters")
    return {
        "record_id": _text(body, "record_id", RANDOM_ID, "16 to 64 letters, digits, - or _"),
        "consent_id": _text(body, "consent_id", RANDOM_ID, "16 to 64 letters, digits, - or _"),
        "act": act,
        "categories": _categories(body["categories"]),
        "config_hash": _text(body, "config_hash", CONFIG_HASH, "the banner configuration hash (hexadecimal)"),
        "cookie_policy_version": version,
        "language": _text(body, "language", _LANGUAGE, "a language code such as en or fr"),
        "given_at": _time(body["at"]),
        "user_ref": user_ref,
    }


def purge(engine: Engine, days: int, now: datetime | None = None) -> int:
    """Delete records received more than `days` ago: the only deletion the log knows."""
    return log.purge(engine, received_before=(now or utcnow()) - timedelta(days=days))


def export(engine: Engine, start: datetime, end: datetime) -> Iterator[dict[str, Any]]:
    """Records received in [start, end), oldest first, as plain values (times in UTC, ISO 8601)."""
    for item in log.received_between(engine, start, end):
        for key in ("given_at", "received_at"):
            item[key] = item[key].isoformat(timespec="milliseconds") + "Z"
        yield item


def format_export(rows: Iterator[dict[str, Any]], fmt: str) -> Iterator[str]:
    """CSV (categories as JSON in one column) or JSON Lines, one record per line."""
    if fmt == "jsonl":
        for row in rows:
            yield json.dumps(row, ensure_ascii=False) + "\n"
        return
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=log.COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow(row | {"categories": json.dumps(row["categories"], sort_keys=True)})
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()
