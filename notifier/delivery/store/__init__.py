"""The notifier's store: users, their acceptances, notices, deliveries, events and acknowledgements.

It is the proof the company keeps (legal-rules.md T4, T5): what was sent to whom, when, in which language,
with which content hash, what the provider said, and who acknowledged or accepted which version. Bulk work
(import, fan-out, dispatch) uses Core statements on these tables so that millions of rows never become
millions of Python objects. Unique constraints make every step idempotent: re-running inserts nothing twice.

The schema is owned by Alembic (store/migrations) and migrated automatically on first use. This package is
the only place that speaks SQL: the rest of the notifier calls its named operations (dispatching.py for the
dispatcher, the reconciler and the webhook; memory.py is the same interface kept in memory, for tests).
"""

from __future__ import annotations

from sqlalchemy.engine import Engine

from notifier.delivery.store.engine import insert, migrate, open_engine, utcnow
from notifier.delivery.store.schema import (
    EMAIL,
    Acceptance,
    Acknowledgement,
    Base,
    Delivery,
    DeliveryEvent,
    Message,
    Notice,
    Tick,
    User,
    acceptances,
    acknowledgements,
    deliveries,
    delivery_events,
    messages,
    notices,
    ticks,
    users,
)

__all__ = [
    "EMAIL",
    "Acceptance",
    "Acknowledgement",
    "Base",
    "Delivery",
    "DeliveryEvent",
    "Engine",
    "Message",
    "Notice",
    "Tick",
    "User",
    "acceptances",
    "acknowledgements",
    "deliveries",
    "delivery_events",
    "insert",
    "messages",
    "migrate",
    "notices",
    "open_engine",
    "ticks",
    "users",
    "utcnow",
]
