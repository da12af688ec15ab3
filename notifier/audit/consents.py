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
import math
import os
import re
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import JSON, BigInteger, DateTime, Integer, String, UniqueConstraint, delete, func, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Mapped, mapped_column
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from notifier.config.project import Config, Role
from notifier.delivery import store
from notifier.problems import PolicyError, Problem
from notifier.publishing.ledger import VERSION_ID
from notifier.publishing.repository import PolicyRepository

PATH = "/v1/consents"
ACTS = ("accept_all", "reject_all", "custom", "withdraw")
DEFAULT_RETENTION_DAYS = 1826  # five years: the French civil limitation period (Code civil art. 2224)
DEFAULT_RATE = 10  # records a minute per client address, with bursts of as many
_ID = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
_HASH = re.compile(r"^[0-9a-f]{8,64}$")
_LANGUAGE = re.compile(r"^[a-z]{2}(-[A-Z]{2})?$")
_CATEGORY = re.compile(r"^[a-z0-9_-]{1,32}$")
FIELDS = ("record_id", "consent_id", "act", "categories", "config_hash", "cookie_policy_version", "language", "at")
OPTIONAL = ("user_ref",)


class ConsentRecord(store.Base):
    __tablename__ = "consent_records"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    record_id: Mapped[str] = mapped_column(String(64))  # one per act, made by the browser: a resend is stored once
    consent_id: Mapped[str] = mapped_column(String(64), index=True)
    act: Mapped[str] = mapped_column(String(16))
    categories: Mapped[dict] = mapped_column(JSON)
    config_hash: Mapped[str] = mapped_column(String(64))
    cookie_policy_version: Mapped[str] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(16))
    given_at: Mapped[datetime] = mapped_column(DateTime)  # the browser's clock, in UTC
    received_at: Mapped[datetime] = mapped_column(DateTime, index=True)  # ours
    user_ref: Mapped[str | None] = mapped_column(String(128))  # a pseudonymous id, only if the storefront adds one
    __table_args__ = (UniqueConstraint("record_id", name="uq_consent_record"),)


records = ConsentRecord.__table__


class InvalidRecord(ValueError):
    """A record that is not well formed; `field` names the offending field for the 400 answer."""

    def __init__(self, field_name: str, message: str):
        super().__init__(f"{field_name}: {message}")
        self.field = field_name


def retention_days(config: Config) -> int:
    """How long records are kept (`consent.retention_days`, default five years); a bad value stops the command."""
    value = config.section("consent").get("retention_days", DEFAULT_RETENTION_DAYS)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise PolicyError(Problem("policies.yml (consent.retention_days)", "must be a whole number of days, 1 or more"))
    return value


def rate_limit(env: Mapping[str, str] | None = None) -> int:
    """Records a minute per client address (POLICIES_CONSENT_RATE_LIMIT, default 10)."""
    raw = (os.environ if env is None else env).get("POLICIES_CONSENT_RATE_LIMIT") or str(DEFAULT_RATE)
    if not raw.isdigit() or not 1 <= int(raw) <= 100_000:
        raise PolicyError(Problem("POLICIES_CONSENT_RATE_LIMIT", "must be a whole number from 1 to 100000"))
    return int(raw)


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
        "record_id": _text(body, "record_id", _ID, "16 to 64 letters, digits, - or _"),
        "consent_id": _text(body, "consent_id", _ID, "16 to 64 letters, digits, - or _"),
        "act": act,
        "categories": _categories(body["categories"]),
        "config_hash": _text(body, "config_hash", _HASH, "the banner configuration hash (hexadecimal)"),
        "cookie_policy_version": version,
        "language": _text(body, "language", _LANGUAGE, "a language code such as en or fr"),
        "given_at": _time(body["at"]),
        "user_ref": user_ref,
    }


def append(engine: Engine, row: dict[str, Any]) -> bool:
    """Store one record; False when its record_id is already stored (the browser resent it)."""
    statement = store.insert(engine, records).values(**row, received_at=store.utcnow())
    with engine.begin() as conn:
        inserted = conn.execute(statement.on_conflict_do_nothing(index_elements=["record_id"]).returning(records.c.id))
        return inserted.first() is not None


def purge(engine: Engine, days: int, now: datetime | None = None) -> int:
    """Delete records received more than `days` ago: the only deletion the log knows."""
    limit = (now or store.utcnow()) - timedelta(days=days)
    with engine.begin() as conn:
        return conn.execute(delete(records).where(records.c.received_at < limit)).rowcount


def export(engine: Engine, start: datetime, end: datetime) -> Iterator[dict[str, Any]]:
    """Records received in [start, end), oldest first, as plain values (times in UTC, ISO 8601)."""
    query = (
        select(records)
        .where(records.c.received_at >= start, records.c.received_at < end)
        .order_by(records.c.received_at, records.c.id)
    )
    with engine.connect() as conn:
        for row in conn.execute(query.execution_options(yield_per=1000)):
            item = dict(row._mapping)
            for key in ("given_at", "received_at"):
                item[key] = item[key].isoformat(timespec="milliseconds") + "Z"
            yield item


def format_export(rows: Iterator[dict[str, Any]], fmt: str) -> Iterator[str]:
    """CSV (categories as JSON in one column) or JSON Lines, one record per line."""
    if fmt == "jsonl":
        for row in rows:
            yield json.dumps(row, ensure_ascii=False) + "\n"
        return
    columns = [c.name for c in records.columns]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns)
    writer.writeheader()
    for row in rows:
        writer.writerow(row | {"categories": json.dumps(row["categories"], sort_keys=True)})
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def counts_by_version(conn: Connection, version: str | None = None) -> dict[str, dict[str, int]]:
    """Records per cookie-policy version and act (for `policies status` and the evidence bundle)."""
    query = select(records.c.cookie_policy_version, records.c.act, func.count()).group_by(
        records.c.cookie_policy_version, records.c.act
    )
    if version is not None:
        query = query.where(records.c.cookie_policy_version == version)
    counts: dict[str, dict[str, int]] = {}
    for found, act, n in conn.execute(query):
        counts.setdefault(found, {})[act] = n
    return counts


@dataclass
class RateLimiter:
    """A token bucket per client address, in memory only (addresses are never written anywhere).

    Each address may send `per_minute` records a minute, in bursts of as many; a banner sends one per act, so a
    visitor never meets the limit while a script flooding the log does. Behind a reverse proxy every client has
    the proxy's address: run the API with uvicorn's --proxy-headers so the client's own address is used.
    """

    per_minute: int = DEFAULT_RATE
    buckets: dict[str, tuple[float, float]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def allow(self, client: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        with self.lock:
            tokens, last = self.buckets.get(client, (float(self.per_minute), now))
            tokens = min(float(self.per_minute), tokens + (now - last) * self.per_minute / 60)
            allowed = tokens >= 1
            self.buckets[client] = (tokens - 1 if allowed else tokens, now)
            if len(self.buckets) > 100_000:  # forget full buckets so the memory stays bounded
                self.buckets = {k: v for k, v in self.buckets.items() if v[0] < self.per_minute}
            return allowed

    def retry_after(self, client: str) -> int:
        tokens, _last = self.buckets.get(client, (0.0, 0.0))
        return max(1, math.ceil((1 - tokens) * 60 / self.per_minute))


_CORS = {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Headers": "Content-Type"}


def _answer(status: int, body: dict[str, Any], **headers: str) -> JSONResponse:
    return JSONResponse(body, status_code=status, headers=_CORS | headers)


def route(engine: Engine, repository: PolicyRepository, limiter: RateLimiter | None = None) -> Route:
    """POST /v1/consents for the banner on any origin (the storefront embeds it): no credential, no cookie."""
    limiter = limiter or RateLimiter(rate_limit())

    async def consents(request: Request) -> Response:
        if request.method == "OPTIONS":
            return Response(status_code=204, headers=_CORS | {"Access-Control-Allow-Methods": "POST"})
        client = request.client.host if request.client else "unknown"
        if not limiter.allow(client):
            seconds = limiter.retry_after(client)
            return _answer(429, {"error": "too many records from this client"}, **{"Retry-After": str(seconds)})
        try:
            row = validate(json.loads(await request.body()), repository)
        except InvalidRecord as exc:
            return _answer(400, {"error": str(exc), "field": exc.field})
        except ValueError:  # not JSON, or not UTF-8
            return _answer(400, {"error": "body: must be a JSON object", "field": "body"})
        created = await run_in_threadpool(append, engine, row)
        return _answer(201 if created else 200, {"record_id": row["record_id"], "created": created})

    return Route(PATH, consents, methods=["POST", "OPTIONS"])


_FIELD_ERROR = {
    "type": "object",
    "properties": {"error": {"type": "string"}, "field": {"type": "string"}},
}
OPENAPI_PATH: dict[str, Any] = {
    "post": {
        "summary": "Record one cookie choice made in the banner (B9); no credential, any origin",
        "description": "Rate-limited per client address (POLICIES_CONSENT_RATE_LIMIT a minute); no IP address is "
        "stored. A record_id already stored is answered 200 and stored once.",
        "requestBody": {
            "required": True,
            "content": {
                ct: {
                    "schema": {
                        "type": "object",
                        "required": list(FIELDS),
                        "additionalProperties": False,
                        "properties": {
                            "record_id": {"type": "string", "pattern": _ID.pattern},
                            "consent_id": {"type": "string", "pattern": _ID.pattern},
                            "act": {"type": "string", "enum": list(ACTS)},
                            "categories": {"type": "object", "additionalProperties": {"type": "boolean"}},
                            "config_hash": {"type": "string", "pattern": _HASH.pattern},
                            "cookie_policy_version": {"type": "string", "example": "2023-02-01"},
                            "language": {"type": "string", "example": "fr"},
                            "at": {"type": "string", "format": "date-time"},
                            "user_ref": {"type": "string", "description": "a pseudonymous id, never an account id"},
                        },
                    }
                }
                for ct in ("application/json", "text/plain")
            },
        },
        "responses": {
            "201": {"description": "stored"},
            "200": {"description": "already stored; nothing changed"},
            "400": {"description": "malformed", "content": {"application/json": {"schema": _FIELD_ERROR}}},
            "429": {"description": "too many records from this client; see Retry-After"},
        },
    }
}
