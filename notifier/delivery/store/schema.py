"""The tables of the store, as Alembic's migrations (store/migrations) create them.

The declarative classes document each table; the rest of the store works on their Core `Table`s (the
lower-case names at the end), so that bulk statements over millions of rows never build Python objects.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import cast

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from notifier.delivery.model import DeliveryState

EMAIL = "email"


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    email: Mapped[str] = mapped_column(String(320))
    locale: Mapped[str | None] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="active")
    last_active_at: Mapped[datetime | None] = mapped_column(DateTime)
    import_run: Mapped[str | None] = mapped_column(String(32))  # finds a duplicate id in one file, in SQL
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class Acceptance(Base):
    """T5: which version of which policy a user accepted, how and when (continued use is not consent)."""

    __tablename__ = "acceptances"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    policy: Mapped[str] = mapped_column(String(64))
    version: Mapped[str] = mapped_column(String(32))
    how: Mapped[str] = mapped_column(String(32))  # import | email_link | api | popup
    content_sha256: Mapped[str | None] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime)
    __table_args__ = (UniqueConstraint("user_id", "policy", "version", name="uq_acceptance"),)


class Notice(Base):
    """One notice per version that must be told (major, rights_reducing)."""

    __tablename__ = "notices"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    policy: Mapped[str] = mapped_column(String(64))
    version: Mapped[str] = mapped_column(String(32))
    change_class: Mapped[str] = mapped_column(String(32))
    published_at: Mapped[date] = mapped_column(Date)
    effective_at: Mapped[date] = mapped_column(Date)
    planned_at: Mapped[datetime] = mapped_column(DateTime)
    audience: Mapped[str] = mapped_column(String(64))
    fanned_out_at: Mapped[datetime | None] = mapped_column(DateTime)
    # PostgreSQL: when every delivery of the notice was found sent or failed; an insert of one reopens it (0008).
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    __table_args__ = (UniqueConstraint("policy", "version", name="uq_notice"),)


class Message(Base):
    """The exact email for one notice and language, before per-recipient links: what users read (T4)."""

    __tablename__ = "messages"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("notices.id"))
    locale: Mapped[str] = mapped_column(String(16))
    subject: Mapped[str] = mapped_column(Text)
    body_text: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text)
    bundle: Mapped[str | None] = mapped_column(String(255))  # the notice ids it tells, when several: "3,5"
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Delivery(Base):
    __tablename__ = "deliveries"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("notices.id"))
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(16))
    locale: Mapped[str] = mapped_column(String(16))
    email: Mapped[str] = mapped_column(String(320))
    text_sha256: Mapped[str] = mapped_column(String(64))  # the released policy text in that language
    status: Mapped[str] = mapped_column(String(16), default=DeliveryState.PENDING.value)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    leased_at: Mapped[datetime | None] = mapped_column(DateTime)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    transport: Mapped[str | None] = mapped_column(String(16))  # file | smtp | sendgrid
    message_sha256: Mapped[str | None] = mapped_column(String(64))
    provider_id: Mapped[str | None] = mapped_column(String(255))
    error: Mapped[str | None] = mapped_column(Text)
    lease_token: Mapped[str | None] = mapped_column(String(32))
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime)
    provider_status: Mapped[str | None] = mapped_column(String(16))  # latest webhook event
    # One email for several notices due together (migration 0004): the carrier lists them, the others join it.
    bundle: Mapped[str | None] = mapped_column(String(255))
    joined_to: Mapped[int | None] = mapped_column(BigInteger().with_variant(Integer, "sqlite"))
    # One delivery per user, notice and channel. On PostgreSQL the constraint leads with the user, so that it
    # also finds a user's deliveries and no separate index has to follow every change of state (migration 0005);
    # SQLite keeps the original order and a plain index on user_id. PostgreSQL gathers no statistics on status
    # (0005 again): they are stale within minutes of a fan-out, and misled the planner away from the queue index.
    # On PostgreSQL the references to users and notices are checked by triggers, once per statement (0006).
    __table_args__ = (
        UniqueConstraint("user_id", "notice_id", "channel", name="uq_delivery").ddl_if(dialect="postgresql"),
        UniqueConstraint("notice_id", "user_id", "channel", name="uq_delivery").ddl_if(dialect="sqlite"),
        Index("ix_deliveries_user", "user_id").ddl_if(dialect="sqlite"),
        # PostgreSQL: no index names a column a lease or an outcome changes, so that both are heap-only updates
        # (migration 0007); SQLite keeps its partial indexes on the state.
        Index("ix_deliveries_queue", "notice_id", "locale", "id", sqlite_where=text("status = 'pending'")).ddl_if(
            dialect="sqlite"
        ),
        Index("ix_deliveries_queue", "notice_id", "locale", "id").ddl_if(dialect="postgresql"),
        Index(
            "ix_deliveries_inflight",
            "status",
            "leased_at",
            sqlite_where=text("status IN ('sending', 'unknown')"),
        ).ddl_if(dialect="sqlite"),
        Index(
            "ix_deliveries_joined",
            "joined_to",
            sqlite_where=text("joined_to IS NOT NULL"),
            postgresql_where=text("joined_to IS NOT NULL"),
        ),
    )


class DeliveryEvent(Base):
    """What happened to a delivery: our send outcome now; provider webhooks (delivered, bounce) later."""

    __tablename__ = "delivery_events"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("deliveries.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    at: Mapped[datetime] = mapped_column(DateTime)
    detail: Mapped[str | None] = mapped_column(Text)
    provider_event_id: Mapped[str | None] = mapped_column(String(128))  # sg_event_id: a retried webhook counts once
    __table_args__ = (Index("ix_delivery_events_provider_event_id", "provider_event_id", unique=True),)


class Acknowledgement(Base):
    """A user said "I have read this" (acknowledge) or "I agree" (accept), through which channel (T3, T5)."""

    __tablename__ = "acknowledgements"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    policy: Mapped[str] = mapped_column(String(64))
    version: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(16))  # acknowledge | accept
    channel: Mapped[str] = mapped_column(String(32))  # email_link | popup | api
    locale: Mapped[str | None] = mapped_column(String(16))
    content_sha256: Mapped[str | None] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime)
    __table_args__ = (UniqueConstraint("user_id", "policy", "version", "action", name="uq_acknowledgement"),)


class Tick(Base):
    """Each `policies tick`: what it saw and did, so the next one knows what was published since."""

    __tablename__ = "ticks"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    as_of: Mapped[date] = mapped_column(Date)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    result: Mapped[dict | None] = mapped_column(JSON)


users = cast(Table, User.__table__)
acceptances = cast(Table, Acceptance.__table__)
notices = cast(Table, Notice.__table__)
messages = cast(Table, Message.__table__)
deliveries = cast(Table, Delivery.__table__)
delivery_events = cast(Table, DeliveryEvent.__table__)
acknowledgements = cast(Table, Acknowledgement.__table__)
ticks = cast(Table, Tick.__table__)
