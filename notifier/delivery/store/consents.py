"""The consent log's table (legal-rules.md B9): records appended, never updated, deleted only by the retention purge.

What a record holds, and why no IP address, is said in notifier/audit/consents.py, which validates records.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any, cast

from sqlalchemy import JSON, BigInteger, DateTime, Integer, String, Table, UniqueConstraint, delete, func, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Mapped, mapped_column

from notifier.delivery.store import Base, insert, utcnow


class ConsentRecord(Base):
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


records = cast(Table, ConsentRecord.__table__)
COLUMNS = tuple(column.name for column in records.columns)


def append(engine: Engine, row: dict[str, Any]) -> bool:
    """Store one record; False when its record_id is already stored (the browser resent it)."""
    statement = insert(engine, records).values(**row, received_at=utcnow())
    with engine.begin() as conn:
        inserted = conn.execute(statement.on_conflict_do_nothing(index_elements=["record_id"]).returning(records.c.id))
        return inserted.first() is not None


def purge(engine: Engine, received_before: datetime) -> int:
    """Delete the records received before `received_before`; how many were deleted."""
    with engine.begin() as conn:
        return conn.execute(delete(ConsentRecord).where(records.c.received_at < received_before)).rowcount


def received_between(engine: Engine, start: datetime, end: datetime) -> Iterator[dict[str, Any]]:
    """Records received in [start, end), oldest first, read in pages so a year of records never fills memory."""
    query = (
        select(records)
        .where(records.c.received_at >= start, records.c.received_at < end)
        .order_by(records.c.received_at, records.c.id)
    )
    with engine.connect() as conn:
        for row in conn.execute(query.execution_options(yield_per=1000)):
            yield dict(row._mapping)


def counts_per_version(engine: Engine) -> dict[str, dict[str, int]]:
    """Records per cookie-policy version and act, for `policies status`."""
    with engine.connect() as conn:
        return counts_by_version(conn)


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
