"""Importing users from the storefront: a CSV or JSON Lines file, streamed, validated and upserted in batches.

Millions of rows go through in bounded memory: the file is read row by row and written in batches; a
duplicate id is found by the database (each row is stamped with this run's id), not by a set in memory.
Bad rows are reported by line number and skipped; the rest are imported, so one typo never blocks a send.
"""

from __future__ import annotations

import csv
import json
import logging
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Engine

from notifier import store
from notifier.config import Config
from notifier.ledger import Ledger
from notifier.problems import PolicyError, Problem

log = logging.getLogger(__name__)

COLUMNS = ("user_id", "email", "locale", "last_active_at", "accepted_privacy", "accepted_cookies", "status")
REQUIRED = ("user_id", "email", "locale")
STATUSES = ("active", "closed")
# Deliberately plain: one @, no spaces, a dot in the domain. Mail servers are the final judge; this catches
# the typos and placeholders ("n/a", "test@localhost") that would otherwise fail at send time.
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
_EMAIL = re.compile(rf"^[A-Za-z0-9.!#$%&'*+/=?^_`{{|}}~-]+@{_LABEL}(?:\.{_LABEL})+$")
_VERSION = re.compile(r"^\d{4}-\d{2}-\d{2}(?:\.\d+)?$")
BATCH = 5000
UPDATED = ("email", "locale", "status", "last_active_at", "import_run", "updated_at")


@dataclass(frozen=True)
class BadRow:
    line: int
    message: str

    def problem(self, path: str) -> Problem:
        return Problem(f"{path}:{self.line}", self.message)


@dataclass
class ImportReport:
    read: int = 0
    imported: int = 0
    acceptances: int = 0
    bad: list[BadRow] = field(default_factory=list)
    bad_count: int = 0
    MAX_LISTED = 1000  # the report stays bounded too; the count is always exact

    def reject(self, line: int, message: str) -> None:
        self.bad_count += 1
        if len(self.bad) < self.MAX_LISTED:
            self.bad.append(BadRow(line, message))


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, object]]]:
    """(line number, row) for each record; CSV line numbers count the header as line 1."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
            if missing:
                raise PolicyError(Problem(f"{path}:1", f"missing column(s): {', '.join(missing)}"))
            for row in reader:
                yield reader.line_num, row
    elif suffix in (".jsonl", ".ndjson"):
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield number, {"__error__": f"not valid JSON ({exc.msg})"}
                    continue
                yield number, row if isinstance(row, dict) else {"__error__": "each line must be a JSON object"}
    else:
        raise PolicyError(Problem(str(path), "users are imported from a .csv or .jsonl file"))


def _text(row: dict[str, object], key: str) -> str:
    value = row.get(key)
    return "" if value is None else str(value).strip()


def normalise_locale(value: str, languages: tuple[str, ...]) -> str | None:
    """'fr', 'fr-FR', 'fr_CA' -> 'fr' when the site has French; None when the site does not speak it."""
    if not value:
        return None
    code = value.replace("_", "-")
    if code in languages:
        return code
    base = code.split("-")[0].lower()
    return base if base in languages else None


def _timestamp(value: str) -> datetime:
    """A date or an ISO 8601 time; aware times are stored in UTC, naive ones are taken as UTC."""
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def validate(row: dict[str, object], config: Config, ledger: Ledger) -> tuple[dict | None, list[tuple[str, str]], str]:
    """(user row, [(policy, version) accepted], error); error is '' when the row is good."""
    if "__error__" in row:
        return None, [], str(row["__error__"])
    user_id = _text(row, "user_id")
    if not user_id or len(user_id) > 128:
        return None, [], "user_id is empty or longer than 128 characters"
    email = _text(row, "email")
    if len(email) > 320 or not _EMAIL.match(email):
        # Line numbers identify the row; the address itself is personal data and stays out of reports and logs.
        return None, [], "invalid email address (empty, malformed or longer than 320 characters)"
    raw_locale = _text(row, "locale")
    locale = normalise_locale(raw_locale, config.languages)
    if raw_locale and locale is None:
        known = ", ".join(config.languages)
        return None, [], f"unknown locale '{raw_locale[:16]}'; site languages: {known}"
    status = _text(row, "status") or "active"
    if status not in STATUSES:
        return None, [], f"status '{status}' must be one of {', '.join(STATUSES)}"
    last_active: datetime | None = None
    if value := _text(row, "last_active_at"):
        try:
            last_active = _timestamp(value)
        except ValueError:
            return None, [], f"last_active_at '{value}' is not a date or ISO 8601 time"
    accepted: list[tuple[str, str]] = []
    for policy in ("privacy", "cookies"):
        version = _text(row, f"accepted_{policy}")
        if not version:
            continue
        if not _VERSION.match(version) or all(v.version != version for v in ledger.versions(policy)):
            known = ", ".join(v.version for v in ledger.versions(policy)) or "none"
            return None, [], f"accepted_{policy} '{version}' is not a released version ({known})"
        accepted.append((policy, version))
    user = {"id": user_id, "email": email, "locale": locale, "status": status, "last_active_at": last_active}
    return user, accepted, ""


def import_users(
    engine: Engine,
    path: Path,
    config: Config,
    ledger: Ledger,
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    report = ImportReport()
    run = uuid.uuid4().hex
    batch: dict[str, tuple[int, dict, list[tuple[str, str]]]] = {}

    def flush() -> None:
        if not batch:
            return
        with engine.begin() as conn:
            # An id already stamped with this run came earlier in the same file: report, keep the first.
            seen = conn.execute(
                select(store.users.c.id).where(store.users.c.id.in_(list(batch)), store.users.c.import_run == run)
            ).scalars()
            for user_id in seen:
                line, _, _ = batch.pop(user_id)
                report.reject(line, f"duplicate user_id '{user_id}' (first seen earlier in the file)")
            if not batch:
                return
            now = store.utcnow()
            rows = [dict(user, import_run=run, updated_at=now) for _, user, _ in batch.values()]
            stmt = store.insert(conn, store.users)
            stmt = stmt.on_conflict_do_update(
                index_elements=["id"],
                set_={c: stmt.excluded[c] for c in UPDATED},
            )
            conn.execute(stmt, rows)
            accepted = [
                {"user_id": uid, "policy": p, "version": v, "how": "import", "at": now}
                for uid, (_, _, pairs) in batch.items()
                for p, v in pairs
            ]
            if accepted:
                ins = store.insert(conn, store.acceptances).on_conflict_do_nothing(
                    index_elements=["user_id", "policy", "version"]
                )
                conn.execute(ins, accepted)
                report.acceptances += len(accepted)
            report.imported += len(rows)
        if progress:
            progress(len(batch))
        batch.clear()

    for line, row in read_rows(path):
        report.read += 1
        user, accepted, error = validate(row, config, ledger)
        if error:
            report.reject(line, error)
            continue
        assert user is not None
        if user["id"] in batch:
            report.reject(line, f"duplicate user_id '{user['id']}' (first seen on line {batch[user['id']][0]})")
            continue
        batch[user["id"]] = (line, user, accepted)
        if len(batch) >= BATCH:
            flush()
    flush()
    report.bad.sort(key=lambda bad: bad.line)  # duplicates are found at flush time, after later lines
    log.info(
        "users imported",
        extra={
            "fields": {"file": str(path), "read": report.read, "imported": report.imported, "bad": report.bad_count}
        },
    )
    return report


def as_of_datetime(day: date) -> datetime:
    """The end of `day` as a naive UTC time, the form last_active_at is stored in."""
    return datetime(day.year, day.month, day.day, 23, 59, 59)
