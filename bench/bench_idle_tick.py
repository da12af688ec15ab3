"""Benchmark: what a tick costs on PostgreSQL when nothing is pending, with N deliveries already sent.

Why: since migration 0007 no index of `deliveries` names the state (leases and outcomes are heap-only
updates), so the store's questions "is anything pending?", "which queues?", "any lease expired?" read the
table. Migration 0008 closes a notice once its deliveries are all final, and those questions then read the
open notices' deliveries only. This prints what closing the notice costs (once, the first tick after its
last delivery was settled), then each of those calls' time on a table of N sent deliveries, twice (cold,
then warm), and the table's size, so the price paid by every idle tick is a figure, not a guess.

    python bench/bench_idle_tick.py [--deliveries 1000000] [--database-url URL]

Runs in a fresh schema of the local PostgreSQL, dropped afterwards.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_notify import fresh_schema  # a script of this folder, which Python puts first on the path

from notifier.delivery.store import planning, reports
from notifier.delivery.store.dispatching import SqlDeliveries
from notifier.delivery.store.engine import open_engine

POSTGRESQL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
FILL = (
    "INSERT INTO users (id, email, locale, status, updated_at) "
    "SELECT 'u' || g, 'u' || g || '@example.test', 'en', 'active', now() FROM generate_series(1, :n) g",
    "INSERT INTO notices (policy, version, change_class, published_at, effective_at, planned_at, audience, "
    "fanned_out_at) VALUES ('privacy', '2026-11-21', 'major', '2026-11-21', '2026-12-21', now(), 'all', now())",
    "INSERT INTO deliveries (notice_id, user_id, channel, locale, email, text_sha256, status, attempts, "
    "created_at) SELECT 1, 'u' || g, 'email', 'en', 'u' || g || '@example.test', md5(g::text), 'pending', 0, "
    "now() FROM generate_series(1, :n) g",
    "UPDATE deliveries SET status = 'sent', attempts = 1, sent_at = now(), provider_id = 'p' || id",
)


def idle_calls(store: SqlDeliveries) -> list[tuple[str, Callable[[], object]]]:
    """The store calls a tick and a dispatch make before they find there is nothing to send."""
    now = store.now()
    return [
        ("pending_count", store.pending_count),
        ("pending_queues", store.pending_queues),
        ("expire_leases", lambda: store.expire_leases(now - timedelta(minutes=10))),
        ("confirm_by_events", lambda: store.confirm_by_events(now)),
        ("resend_silent", lambda: store.resend_silent(now - timedelta(hours=1), now, "bench")),
        ("unsettled_counts", lambda: reports.unsettled_counts(store.engine)),
        ("close_settled", lambda: planning.close_settled_notices(store.engine)),
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--deliveries", type=int, default=1_000_000)
    parser.add_argument("--database-url", default=POSTGRESQL)
    args = parser.parse_args()
    url, drop = fresh_schema(args.database_url, "idle")
    try:
        engine = open_engine(url)
        with engine.begin() as conn:
            for statement in FILL:
                conn.execute(text(statement), {"n": args.deliveries})
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE deliveries"))
        store = SqlDeliveries(engine)
        start = time.perf_counter()
        closed = planning.close_settled_notices(engine)
        print(f"{args.deliveries:,} sent deliveries on PostgreSQL; {closed} notice closed in ", end="")
        print(f"{(time.perf_counter() - start) * 1000:.0f} ms; each call cold, then warm:")
        total = [0.0, 0.0]
        for name, call in idle_calls(store):
            times = []
            for attempt in range(2):
                start = time.perf_counter()
                call()
                times.append(time.perf_counter() - start)
                total[attempt] += times[-1]
            print(f"  {name:<18} {times[0] * 1000:8.0f} ms {times[1] * 1000:8.0f} ms")
        print(f"  {'all':<18} {total[0] * 1000:8.0f} ms {total[1] * 1000:8.0f} ms")
        with engine.connect() as conn:
            size = conn.execute(text("SELECT pg_size_pretty(pg_total_relation_size('deliveries'))")).scalar()
        print(f"deliveries table with its indexes: {size}")
        engine.dispose()
    finally:
        drop()


if __name__ == "__main__":
    main()
