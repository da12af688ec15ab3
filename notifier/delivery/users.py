"""Importing users from the storefront: a CSV or JSON Lines file, streamed, validated and upserted in batches.

Millions of rows go through in bounded memory: the file is read row by row and written in batches; a
duplicate id is found by the database (each row is stamped with this run's id), not by a set in memory.
Bad rows are reported by line number and skipped; the rest are imported, so one typo never blocks a send.
Bytes are decoded line by line, so a stray byte, a NUL or an overlong line costs its own row only; a file that
is not UTF-8 text at all is refused before anything is written.
"""

from __future__ import annotations

import csv
import json
import logging
import re
import uuid
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import BinaryIO

from notifier.config.project import Config
from notifier.delivery.store import Engine
from notifier.delivery.store.importing import ImportedUser, settle_import, write_users
from notifier.problems import PolicyError, Problem
from notifier.publishing.ledger import Ledger

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
MAX_LINE_BYTES = 16_384  # a user row is a few hundred bytes; a longer line is a broken one, not a user
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_JSON_TYPES = {bool: "a boolean", int: "a number", float: "a number", list: "an array", dict: "an object"}


class UnreadableFile(PolicyError):
    """The file as a whole cannot be imported (not UTF-8 text, no header, unknown format): nothing is written."""


def _file(path: Path | str) -> str:
    return shown(str(path), 200)


def shown(value: str, limit: int = 24) -> str:
    """Input quoted in a report: control and line-separator characters escaped, length capped, so a row can
    never forge a line of the report or drown it."""
    escaped = "".join(
        c if c.isprintable() else f"\\x{ord(c):02x}" if ord(c) < 256 else f"\\u{ord(c):04x}" for c in value[:limit]
    )
    return escaped + ("…" if len(value) > limit else "")


@dataclass(frozen=True)
class BadRow:
    line: int
    message: str

    def problem(self, path: str) -> Problem:
        return Problem(f"{_file(path)}:{self.line}", self.message)


@dataclass
class ImportReport:
    """Counts, and the rejected rows in line order: the first MAX_LISTED kept here, every one given to `sink`."""

    read: int = 0
    imported: int = 0
    acceptances: int = 0
    bad: list[BadRow] = field(default_factory=list)
    bad_count: int = 0
    sink: Callable[[BadRow], None] | None = None
    _unsettled: list[BadRow] = field(default_factory=list)
    MAX_LISTED = 1000  # memory stays bounded; the count is always exact and `sink` gets every row

    @property
    def unsettled(self) -> int:
        return len(self._unsettled)

    def reject(self, line: int, message: str) -> None:
        self.bad_count += 1
        self._unsettled.append(BadRow(line, message))

    def settle(self, through: int | None = None) -> None:
        """Pass on the rows rejected up to line `through` (all when None), in line order: duplicates of rows
        written in earlier batches are only known once the database has seen their batch."""
        ready = [bad for bad in self._unsettled if through is None or bad.line <= through]
        self._unsettled = [bad for bad in self._unsettled if through is not None and bad.line > through]
        for bad in sorted(ready, key=lambda bad: bad.line):
            if len(self.bad) < self.MAX_LISTED:
                self.bad.append(bad)
            if self.sink is not None:
                self.sink(bad)


def refuse_undecodable(path: Path, sample: bytes) -> None:
    """Refuse, before anything is written, a file whose start shows it is not UTF-8 text at all."""
    why = ""
    if sample.startswith(_UTF16_BOMS):
        why = "is UTF-16 text (byte order mark)"
    else:
        lines = sample.splitlines()[:-1] or sample.splitlines()  # the last may be cut short by the sample
        broken = sum(len(line) for line in lines if b"\x00" in line or not _decodes(line))
        if broken * 2 > sum(len(line) for line in lines):
            why = "is not UTF-8 text (binary or another encoding)"
    if why:
        raise UnreadableFile(Problem(_file(path), f"{why}: save it as UTF-8 and import it again"))


def _decodes(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def text_lines(handle: BinaryIO, report: ImportReport) -> Iterator[str]:
    """Each physical line decoded on its own; a line too long or not UTF-8 is rejected and read as empty, so
    line numbers stay true and the next line starts clean."""
    number = 0
    while raw := handle.readline(MAX_LINE_BYTES + 1):
        number += 1
        if len(raw) > MAX_LINE_BYTES:
            while raw and not raw.endswith(b"\n"):  # skip the rest of it without holding it
                raw = handle.readline(MAX_LINE_BYTES)
            report.read += 1
            report.reject(number, f"line {number} is longer than {MAX_LINE_BYTES:,} bytes")
            yield "\n"
            continue
        try:
            yield raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            byte = raw[exc.start]
            report.read += 1
            report.reject(
                number,
                f"line {number} is not valid UTF-8 (byte 0x{byte:02x} at column {exc.start + 1}): "
                "save the file as UTF-8",
            )
            yield "\n"


def _csv_rows(lines: Iterable[str], path: Path) -> Iterator[tuple[int, dict[str, object]]]:
    reader = csv.DictReader(lines)
    try:
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
    except csv.Error as exc:
        raise UnreadableFile(Problem(f"{_file(path)}:1", f"unreadable header ({exc})")) from exc
    if missing:
        raise UnreadableFile(Problem(f"{_file(path)}:1", f"missing column(s): {', '.join(missing)}"))
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield reader.line_num, {"__error__": f"unreadable CSV row ({exc})"}
            continue
        yield reader.line_num, row


def _json_row(line: str) -> dict[str, object]:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"__error__": f"not valid JSON ({exc.msg})"}
    except RecursionError:
        return {"__error__": "not valid JSON (nested too deeply)"}
    if not isinstance(row, dict):
        return {"__error__": "each line must be a JSON object"}
    for key in COLUMNS:
        if (value := row.get(key)) is not None and not isinstance(value, str):
            return {"__error__": f"{key} must be a JSON string, not {_JSON_TYPES.get(type(value), 'a value')}"}
    return row


def read_rows(path: Path, report: ImportReport) -> Iterator[tuple[int, dict[str, object]]]:
    """(line number, row) for each record; CSV line numbers count the header as line 1."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".jsonl", ".ndjson"):
        raise UnreadableFile(Problem(_file(path), "users are imported from a .csv or .jsonl file"))
    with path.open("rb") as handle:
        refuse_undecodable(path, handle.read(65_536))
        handle.seek(0)
        lines = text_lines(handle, report)
        if suffix == ".csv":
            yield from _csv_rows(lines, path)
            return
        for number, line in enumerate(lines, start=1):
            if line.strip():
                yield number, _json_row(line)


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


def validate(row: dict[str, object], config: Config, ledger: Ledger) -> tuple[ImportedUser | None, str]:
    """(user, error); error is '' when the row is good."""
    if "__error__" in row:
        return None, str(row["__error__"])
    for key in COLUMNS:
        if _CONTROL.search(_text(row, key)):
            return None, f"{key} contains a control character"
    user_id = _text(row, "user_id")
    if not user_id or len(user_id) > 128:
        return None, "user_id is empty or longer than 128 characters"
    email = _text(row, "email")
    if len(email) > 320 or not _EMAIL.match(email):
        # Line numbers identify the row; the address itself is personal data and stays out of reports and logs.
        return None, "invalid email address (empty, malformed or longer than 320 characters)"
    raw_locale = _text(row, "locale")
    locale = normalise_locale(raw_locale, config.languages)
    if raw_locale and locale is None:
        known = ", ".join(config.languages)
        return None, f"unknown locale '{shown(raw_locale)}'; site languages: {known}"
    status = _text(row, "status") or "active"
    if status not in STATUSES:
        return None, f"status '{shown(status)}' must be one of {', '.join(STATUSES)}"
    last_active: datetime | None = None
    if value := _text(row, "last_active_at"):
        try:
            last_active = _timestamp(value)
        except (ValueError, OverflowError):
            return None, f"last_active_at '{shown(value)}' is not a date or ISO 8601 time"
    accepted: list[tuple[str, str]] = []
    for policy in ledger.versions_by_policy:  # accepted_<policy>, for each configured policy
        version = _text(row, f"accepted_{policy}")
        if not version:
            continue
        if not _VERSION.match(version) or all(v.version != version for v in ledger.versions(policy)):
            known = ", ".join(v.version for v in ledger.versions(policy)) or "none"
            return None, f"accepted_{policy} '{shown(version)}' is not a released version ({known})"
        accepted.append((policy, version))
    return ImportedUser(user_id, email, locale, status, last_active, tuple(accepted)), ""


@dataclass
class _Writer:
    """Writes the valid rows in batches, in a second thread while the next batch is read and validated: the
    database's work overlaps the parsing (on PostgreSQL it runs in another process altogether). One batch is
    in flight at a time, so batches land in file order and a repeated id is still found by the database.
    Rejections wait until the batches before them are written, so that the report stays in line order."""

    engine: Engine
    run: str
    report: ImportReport
    progress: Callable[[int], None] | None
    pool: ThreadPoolExecutor
    rows: dict[str, tuple[int, ImportedUser]] = field(default_factory=dict)
    in_flight: tuple[Future[set[str]], dict[str, tuple[int, ImportedUser]]] | None = None

    def add(self, line: int, user: ImportedUser) -> None:
        if user.id in self.rows:
            first = self.rows[user.id][0]
            self.report.reject(line, f"duplicate user_id (first seen on line {first})")
        else:
            self.rows[user.id] = (line, user)
        if len(self.rows) >= BATCH or self.report.unsettled >= BATCH:  # rejections wait in memory for their batch
            self.flush()

    def flush(self) -> None:
        """Wait for the batch in flight, then send the rows gathered since (if any)."""
        self._collect()
        if not self.rows:
            self.report.settle()
            return
        batch = [user for _, user in self.rows.values()]
        self.in_flight = (self.pool.submit(write_users, self.engine, batch, self.run), self.rows)
        self.rows = {}

    def close(self) -> None:
        self.flush()
        self._collect()
        self.report.settle()

    def _collect(self) -> None:
        if self.in_flight is None:
            return
        future, rows = self.in_flight
        self.in_flight = None
        last_line = max(line for line, _ in rows.values())
        for user_id in future.result():  # came earlier in the same file, in an earlier batch: keep the first
            line, _ = rows.pop(user_id)
            self.report.reject(line, "duplicate user_id (first seen earlier in the file)")
        self.report.imported += len(rows)
        self.report.acceptances += sum(len(user.accepted) for _, user in rows.values())
        if self.progress:
            self.progress(len(rows))
        self.report.settle(through=last_line)


def import_users(
    engine: Engine,
    path: Path,
    config: Config,
    ledger: Ledger,
    progress: Callable[[int], None] | None = None,
    sink: Callable[[BadRow], None] | None = None,
) -> ImportReport:
    """Import `path`; every rejected row goes to `sink` (in line order) as well as being counted."""
    report = ImportReport(sink=sink)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="import") as pool:
        writer = _Writer(engine, uuid.uuid4().hex, report, progress, pool)
        for line, row in read_rows(path, report):
            report.read += 1
            user, error = validate(row, config, ledger)
            if user is None:
                report.reject(line, error)
            else:
                writer.add(line, user)
        writer.close()
    settle_import(engine)
    log.info(
        "users imported",
        extra={
            "fields": {
                "file": _file(path),
                "read": report.read,
                "imported": report.imported,
                "bad": report.bad_count,
            }
        },
    )
    return report


def as_of_datetime(day: date) -> datetime:
    """The end of `day` as a naive UTC time, the form last_active_at is stored in."""
    return datetime(day.year, day.month, day.day, 23, 59, 59)
