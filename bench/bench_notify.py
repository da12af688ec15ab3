"""Benchmark: 1,000,000 users in two languages, a major privacy release, the sendgrid channel against the
local fake (tests/notify/fake_sendgrid.py, in its own process so its memory is not counted).

Prints wall time and peak RSS of import, fan-out and dispatch (each phase runs in its own process so its
peak is its own), the number of requests, whether every user was in exactly one personalization, and the
naive way (one request per user) on 10,000 users for comparison.

    python bench/bench_notify.py [--users 1000000] [--naive-users 10000] [--database-url URL] [--workers 4]

With a PostgreSQL URL, each scenario runs in a fresh schema of that database, dropped afterwards.

Targets (2-core machine): fan-out + dispatch <= 60 s, peak RSS <= 400 MB, <= 1,010 requests.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RELEASE_DAY = date(2026, 11, 21)
API_KEY = "SG.test-key"


def make_users(path: Path, count: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["user_id", "email", "locale", "last_active_at", "accepted_privacy"])
        for i in range(count):
            writer.writerow([f"u{i:08d}", f"user{i}@example.com", "fr" if i % 2 else "en", "2026-10-01", "2023-02-01"])


def phase(name: str, root: Path, url: str, users: Path | None, host: str, batch: int, workers: int = 4) -> dict:
    """Run one phase in this process and return its figures (called in a child process)."""
    from notifier.config import settings as settings_module
    from notifier.delivery import store
    from notifier.delivery.channels.sendgrid import SendGridChannel
    from notifier.delivery.dispatch import dispatch
    from notifier.delivery.plan import fan_out, notifiable_versions, plan_notices
    from notifier.delivery.users import import_users
    from notifier.publishing.repository import PolicyRepository

    repository = PolicyRepository.open(root)
    env = {
        "DATABASE_URL": url,
        "POLICIES_SECRET_KEY": "bench",
        "POLICIES_EMAIL_CHANNEL": "sendgrid",
        "SENDGRID_API_KEY": API_KEY,
        "SENDGRID_API_HOST": host,
    }
    settings = settings_module.load(repository.config, env)
    engine = store.open_engine(url)
    started = time.perf_counter()
    figures: dict = {}
    if name == "import":
        report = import_users(engine, users, repository.config, repository.ledger)
        figures = {"imported": report.imported, "bad": report.bad_count}
    elif name == "fanout":
        versions = list(notifiable_versions(repository.ledger, repository.config, RELEASE_DAY))
        created = 0
        for notice in plan_notices(engine, settings, versions, RELEASE_DAY):
            created += fan_out(engine, notice, settings.audience(notice.version.policy), repository.config, RELEASE_DAY)
        figures = {"deliveries": created}
    elif name == "dispatch":
        channel = SendGridChannel(API_KEY, host)
        channel.max_batch = batch
        result = dispatch(engine, repository, settings, channel, workers=workers)
        figures = {"sent": result.sent, "failed": result.failed, "requests": result.requests, "workers": workers}
    figures["seconds"] = round(time.perf_counter() - started, 2)
    figures["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return figures


def run_phase(
    name: str, root: Path, url: str, users: Path | None, host: str, batch: int = 1000, workers: int = 4
) -> dict:
    args = [
        sys.executable,
        __file__,
        "--phase",
        name,
        "--root",
        str(root),
        "--database-url",
        url,
        "--host",
        host,
        "--batch",
        str(batch),
        "--workers",
        str(workers),
    ] + (["--users-file", str(users)] if users else [])
    out = subprocess.run(args, check=True, capture_output=True, text=True, env=os.environ | {"PYTHONPATH": str(ROOT)})
    return json.loads(out.stdout.strip().splitlines()[-1])


def fake_stats(host: str) -> dict:
    with urllib.request.urlopen(f"{host}/__stats") as response:
        return json.loads(response.read())


def fresh_schema(url: str, label: str) -> tuple[str, object]:
    """A new schema in the PostgreSQL database of `url`, and a function that drops it."""
    import uuid

    from sqlalchemy import create_engine, text

    schema = f"bench_{label}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    separator = "&" if "?" in url else "?"
    return f"{url}{separator}options=-csearch_path%3D{schema}", drop


def scenario(tmp: Path, label: str, count: int, batch: int, database_url: str | None, workers: int) -> dict:
    work = tmp / label
    work.mkdir()
    root = work / "repo"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(root)], check=True)
    for path in ("policies.yml",):  # the working tree's notifier settings, as the tests do
        (root / path).write_bytes((ROOT / path).read_bytes())
    subprocess.run(["cp", "-r", str(ROOT / "templates"), str(root)], check=True)
    drop = None
    if database_url and database_url.startswith("postgresql"):
        url, drop = fresh_schema(database_url, label)
    else:
        url = database_url or f"sqlite:///{work / 'bench.sqlite3'}"
    users = work / "users.csv"
    make_users(users, count)
    fake = subprocess.Popen(
        [sys.executable, str(ROOT / "tests/notify/fake_sendgrid.py"), "--port", "0"], stdout=subprocess.PIPE, text=True
    )
    try:
        host = fake.stdout.readline().strip()
        results = {"users": count, "batch": batch}
        for name in ("import", "fanout", "dispatch"):
            results[name] = run_phase(name, root, url, users if name == "import" else None, host, batch, workers)
            print(f"  {label} {name}: {results[name]}", flush=True)
        results["fake"] = fake_stats(host)
    finally:
        fake.terminate()
        fake.wait()
        if drop:
            drop()
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=1_000_000)
    parser.add_argument("--naive-users", type=int, default=10_000)
    parser.add_argument("--database-url", help="default: a SQLite file in a temporary folder")
    parser.add_argument("--phase"), parser.add_argument("--root"), parser.add_argument("--host")
    parser.add_argument("--users-file"), parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=4, help="batches in flight in the dispatcher")
    args = parser.parse_args()
    if args.phase:
        users = Path(args.users_file) if args.users_file else None
        figures = phase(args.phase, Path(args.root), args.database_url, users, args.host, args.batch, args.workers)
        print(json.dumps(figures))
        return
    print(
        f"machine: {platform.node()} {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.platform()}"
    )
    with tempfile.TemporaryDirectory(prefix="bench-notify-", dir=os.environ.get("BENCH_TMP")) as tmp:
        batched = scenario(Path(tmp), "batched", args.users, 1000, args.database_url, args.workers)
        naive = scenario(Path(tmp), "naive", args.naive_users, 1, args.database_url, args.workers)
    fan, send = batched["fanout"], batched["dispatch"]
    fake = batched["fake"]
    total = fan["seconds"] + send["seconds"]
    peak = max(batched[p]["peak_rss_mb"] for p in ("import", "fanout", "dispatch"))
    once = (
        fake["unique_delivery_ids"] == args.users == fake["personalizations"] and fake["duplicated_delivery_ids"] == 0
    )
    per_user_batched = send["seconds"] / max(send["sent"], 1)
    per_user_naive = naive["dispatch"]["seconds"] / max(naive["dispatch"]["sent"], 1)
    print()
    database = (args.database_url or "sqlite").split(":")[0].split("+")[0]
    print(
        f"users                        {args.users:,} (en/fr), major privacy release, sendgrid channel vs local fake, "
        f"{database}, {args.workers} dispatch workers"
    )
    imp = batched["import"]
    print(f"import                       {imp['seconds']:>8.1f} s   peak RSS {imp['peak_rss_mb']:>6.1f} MB")
    print(f"fan-out                      {fan['seconds']:>8.1f} s   peak RSS {fan['peak_rss_mb']:>6.1f} MB")
    print(f"dispatch                     {send['seconds']:>8.1f} s   peak RSS {send['peak_rss_mb']:>6.1f} MB")
    print(f"fan-out + dispatch           {total:>8.1f} s   (target <= 60 s: {'met' if total <= 60 else 'MISSED'})")
    print(f"peak RSS                     {peak:>8.1f} MB  (target <= 400 MB: {'met' if peak <= 400 else 'MISSED'})")
    verdict = "met" if fake["requests"] <= 1010 else "MISSED"
    print(f"requests                     {fake['requests']:>8}     (target <= 1,010: {verdict})")
    print(
        f"every user in exactly one personalization: {'yes' if once else 'NO'} "
        f"({fake['personalizations']:,} personalizations, {fake['unique_delivery_ids']:,} unique delivery ids)"
    )
    print(
        f"naive (1 request per user)   {naive['dispatch']['seconds']:>8.1f} s for {args.naive_users:,} users, "
        f"{naive['fake']['requests']:,} requests"
    )
    print(
        f"per-user dispatch time       batched {per_user_batched * 1e6:.1f} µs, naive {per_user_naive * 1e6:.1f} µs: "
        f"batched is {per_user_naive / per_user_batched:.0f}x faster; naive at {args.users:,} users would take "
        f"~{per_user_naive * args.users / 60:.0f} min and {args.users:,} requests"
    )


if __name__ == "__main__":
    main()
