"""Benchmark: one email for changes due together, at scale.

Two notices (the privacy and the cookie policy released the same day) pending for N people, half of whom are
due both: how long the store takes to bundle them (`bundle_pending`: mark the carriers, join the others, key
each bundle) and to list the queues afterwards, on SQLite and on the local PostgreSQL, in one run.

    python bench/bench_together.py [--people 1000000] [--database-url URL ...]

Each PostgreSQL run works in a fresh schema, dropped afterwards.
"""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import create_engine, insert, text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from notifier.delivery import store  # noqa: E402
from notifier.delivery.store.dispatching import SqlDeliveries  # noqa: E402

POSTGRESQL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
SCHEMA = "bench_together"
NOW = datetime(2026, 11, 21, 9, 0)
CHUNK = 50_000


def _fill(engine: store.Engine, people: int) -> None:
    """Everyone is due the privacy notice; every other person the cookie notice too."""
    notice = {"version": "2026-11-21", "change_class": "major", "planned_at": NOW, "audience": "active_accounts"}
    dates = {"published_at": date(2026, 11, 21), "effective_at": date(2026, 12, 21)}
    with engine.begin() as conn:
        conn.execute(
            insert(store.notices),
            [{"id": 1, "policy": "privacy", **notice, **dates}, {"id": 2, "policy": "cookies", **notice, **dates}],
        )
    for start in range(0, people, CHUNK):
        ids = [f"u{n:08d}" for n in range(start, min(people, start + CHUNK))]
        with engine.begin() as conn:
            conn.execute(insert(store.users), [{"id": u, "email": f"{u}@example.com", "updated_at": NOW} for u in ids])
            for notice_id, due in ((1, ids), (2, ids[::2])):
                conn.execute(insert(store.deliveries), [_delivery(notice_id, u) for u in due])


def _delivery(notice_id: int, user_id: str) -> dict[str, object]:
    return {
        "notice_id": notice_id,
        "user_id": user_id,
        "channel": store.EMAIL,
        "locale": "en",
        "email": f"{user_id}@example.com",
        "text_sha256": "0" * 64,
        "status": "pending",
        "created_at": NOW,
    }


def run(url: str, people: int) -> str:
    engine = store.open_engine(url)
    _fill(engine, people)
    deliveries = SqlDeliveries(engine)
    started = time.perf_counter()
    joined = deliveries.bundle_pending()
    bundled = time.perf_counter() - started
    started = time.perf_counter()
    queues = deliveries.pending_queues()
    listed = time.perf_counter() - started
    engine.dispose()
    shown = ", ".join(q.bundle or str(q.notice_id) for q in queues)
    figures = f"joined {joined:>9,}  bundle {bundled:6.2f} s  queues {listed:5.2f} s"
    return f"{engine.dialect.name:<11} {people:>9,} people  {figures}  (queues: {shown})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=1_000_000)
    parser.add_argument("--database-url", action="append", help="default: a SQLite file, then the local PostgreSQL")
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {platform.processor() or 'cpu'}, Python {platform.python_version()}")
    for url in args.database_url or ["sqlite", POSTGRESQL]:
        if url == "sqlite":
            with tempfile.TemporaryDirectory() as folder:
                print(run(f"sqlite:///{folder}/together.sqlite3", args.people), flush=True)
            continue
        admin = create_engine(url)
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE"))
            conn.execute(text(f"CREATE SCHEMA {SCHEMA}"))
        try:
            print(run(f"{url}?options=-csearch_path%3D{SCHEMA}", args.people), flush=True)
        finally:
            with admin.begin() as conn:
                conn.execute(text(f"DROP SCHEMA {SCHEMA} CASCADE"))
            admin.dispose()


if __name__ == "__main__":
    main()
