"""Writing imported users: one batch at a time, each in its own transaction, idempotent by user id.

PostgreSQL receives a batch through COPY into a temporary table and one INSERT … ON CONFLICT from it: a
multi-row upsert sent as parameters costs a round of parsing and planning per row, COPY streams the rows.
SQLite, in the same process, takes the upsert as one executemany. Either way a user id already stamped with
this import's run id came earlier in the same file: it is reported as a duplicate and the first row is kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Column, DateTime, MetaData, String, Table, delete, literal, select, text
from sqlalchemy.engine import Connection, Engine

from notifier.delivery.store import acceptances, insert, users, utcnow

UPDATED = ("email", "locale", "status", "last_active_at", "import_run", "updated_at")
HOW = "import"  # acceptances recorded from the storefront's file, as opposed to an email link or the pop-up


@dataclass(frozen=True)
class ImportedUser:
    """One valid row of the file: the user and the (policy, version) pairs the storefront says they accepted."""

    id: str
    email: str
    locale: str | None
    status: str
    last_active_at: datetime | None
    accepted: tuple[tuple[str, str], ...] = ()


def write_users(engine: Engine, batch: Sequence[ImportedUser], run: str) -> set[str]:
    """Upsert `batch` and its acceptances in one transaction; return the ids skipped as duplicates of rows
    written earlier by the same run."""
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            return _copy_batch(conn, batch, run)
        return _upsert_batch(conn, batch, run)


def _upsert_batch(conn: Connection, batch: Sequence[ImportedUser], run: str) -> set[str]:
    seen = set(
        conn.execute(
            select(users.c.id).where(users.c.id.in_([user.id for user in batch]), users.c.import_run == run)
        ).scalars()
    )
    fresh = [user for user in batch if user.id not in seen]
    if not fresh:
        return seen
    now = utcnow()
    stmt = insert(conn, users)
    conn.execute(
        stmt.on_conflict_do_update(index_elements=["id"], set_={c: stmt.excluded[c] for c in UPDATED}),
        [_user_row(user, run, now) for user in fresh],
    )
    accepted = [
        {"user_id": user.id, "policy": policy, "version": version, "how": HOW, "at": now}
        for user in fresh
        for policy, version in user.accepted
    ]
    if accepted:
        conn.execute(
            insert(conn, acceptances).on_conflict_do_nothing(index_elements=["user_id", "policy", "version"]),
            accepted,
        )
    return seen


def settle_import(engine: Engine) -> None:
    """Refresh PostgreSQL's statistics after a bulk load, so the fan-out that follows is planned for a
    million users rather than for the empty table autovacuum last saw."""
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.execute(text("ANALYZE users, acceptances"))


def _user_row(user: ImportedUser, run: str, now: datetime) -> dict[str, object]:
    return {
        "id": user.id,
        "email": user.email,
        "locale": user.locale,
        "status": user.status,
        "last_active_at": user.last_active_at,
        "import_run": run,
        "updated_at": now,
    }


_staging = MetaData()
staged_users = Table(
    "staged_users",
    _staging,
    Column("id", String),
    Column("email", String),
    Column("locale", String),
    Column("status", String),
    Column("last_active_at", DateTime),
    prefixes=["TEMPORARY"],
    postgresql_on_commit="DROP",
)
staged_acceptances = Table(
    "staged_acceptances",
    _staging,
    Column("user_id", String),
    Column("policy", String),
    Column("version", String),
    prefixes=["TEMPORARY"],
    postgresql_on_commit="DROP",
)


def _stage(conn: Connection, batch: Sequence[ImportedUser]) -> None:
    _staging.create_all(conn, checkfirst=False)  # dropped at every commit, so never there before
    with conn.connection.driver_connection.cursor() as cursor:  # type: ignore[union-attr]
        with cursor.copy("COPY staged_users (id, email, locale, status, last_active_at) FROM STDIN") as copy:
            for user in batch:
                copy.write_row((user.id, user.email, user.locale, user.status, user.last_active_at))
        with cursor.copy("COPY staged_acceptances (user_id, policy, version) FROM STDIN") as copy:
            for user in batch:
                for policy, version in user.accepted:
                    copy.write_row((user.id, policy, version))


def _copy_batch(conn: Connection, batch: Sequence[ImportedUser], run: str) -> set[str]:
    """COPY the batch into temporary tables (dropped at commit), drop the duplicates, upsert the rest."""
    _stage(conn, batch)
    # A correlated subquery, so that each staged id is one probe of the primary key: as a join, the planner
    # may scan every user for the run id (its statistics lag behind the load), once per batch.
    stamped = select(users.c.import_run).where(users.c.id == staged_users.c.id).scalar_subquery()
    seen = set(conn.execute(delete(staged_users).where(stamped == run).returning(staged_users.c.id)).scalars())
    if seen:
        conn.execute(delete(staged_acceptances).where(staged_acceptances.c.user_id.in_(seen)))
    now = utcnow()
    columns = [staged_users.c[name] for name in ("id", "email", "locale", "status", "last_active_at")]
    stmt = insert(conn, users).from_select(
        [*(c.name for c in columns), "import_run", "updated_at"],
        select(*columns, literal(run), literal(now)),
    )
    conn.execute(stmt.on_conflict_do_update(index_elements=["id"], set_={c: stmt.excluded[c] for c in UPDATED}))
    accepted = select(
        staged_acceptances.c.user_id,
        staged_acceptances.c.policy,
        staged_acceptances.c.version,
        literal(HOW),
        literal(now),
    )
    conn.execute(
        insert(conn, acceptances)
        .from_select(["user_id", "policy", "version", "how", "at"], accepted)
        .on_conflict_do_nothing(index_elements=["user_id", "policy", "version"])
    )
    return seen
