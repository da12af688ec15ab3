"""Benchmark: 1,000,000 users in two languages, a major privacy release, the sendgrid channel against the
local fake (tests/notify/fake_sendgrid.py, in its own process so its memory is not counted).

Prints wall time and peak RSS of import, fan-out and dispatch (each phase runs in its own process so its
peak is its own), the number of requests, whether every user was in exactly one personalization, and the
naive way (one request per user) on 10,000 users for comparison; then one line per engine, side by side.

    python bench/bench_notify.py [--users 1000000] [--naive-users 10000] [--database-url URL ...] [--workers 4]

By default both engines run, one after the other in the same run: a SQLite file in a temporary folder, and
the local PostgreSQL, where each scenario runs in a fresh schema, dropped afterwards.

Targets (2-core machine): tick (fan-out + dispatch) <= 60 s, peak RSS <= 150 MB, <= 1,010 requests, and
PostgreSQL at most 1.2 times SQLite for import and for tick.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RELEASE_DAY = date(2026, 11, 21)
API_KEY = "SG.test-key"
POSTGRESQL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
PHASES = ("import", "fanout", "dispatch")


def make_users(path: Path, count: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["user_id", "email", "locale", "last_active_at", "accepted_privacy"])
        for i in range(count):
            writer.writerow([f"u{i:08d}", f"user{i}@example.com", "fr" if i % 2 else "en", "2026-10-01", "2023-02-01"])


def phase(
    name: str, root: Path, url: str, users: Path | None, host: str, batch: int, workers: int = 4
) -> dict[str, Any]:
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
    figures: dict[str, Any] = {}
    if name == "import":
        assert users is not None
        report = import_users(engine, users, repository.config, repository.ledger)
        figures = {"imported": report.imported, "bad": report.bad_count}
    elif name == "fanout":
        versions = list(notifiable_versions(repository.ledger, repository.config, RELEASE_DAY))
        created = 0
        for notice in plan_notices(engine, settings, versions, RELEASE_DAY):
            if (spec := settings.audience(notice.version.policy)) is not None:
                created += fan_out(engine, notice, spec, repository.config, RELEASE_DAY)
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
) -> dict[str, Any]:
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
    figures: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return figures


def fake_stats(host: str) -> dict[str, Any]:
    with urllib.request.urlopen(f"{host}/__stats") as response:
        stats: dict[str, Any] = json.loads(response.read())
    return stats


def fresh_schema(url: str, label: str) -> tuple[str, Callable[[], None]]:
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


def scenario(tmp: Path, label: str, count: int, batch: int, database_url: str, workers: int) -> dict[str, Any]:
    """Import, fan-out and dispatch `count` users in a fresh database of the engine `database_url` names."""
    work = tmp / label
    work.mkdir()
    root = work / "repo"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(root)], check=True)
    for path in ("policies.yml",):  # the working tree's notifier settings, as the tests do
        (root / path).write_bytes((ROOT / path).read_bytes())
    subprocess.run(["cp", "-r", str(ROOT / "templates"), str(root)], check=True)
    drop = None
    if database_url.startswith("postgresql"):
        url, drop = fresh_schema(database_url, label)
    else:
        url = f"sqlite:///{work / 'bench.sqlite3'}"
    users = work / "users.csv"
    make_users(users, count)
    fake = subprocess.Popen(
        [sys.executable, str(ROOT / "tests/notify/fake_sendgrid.py"), "--port", "0"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert fake.stdout is not None
        host = fake.stdout.readline().strip()
        results: dict[str, Any] = {"users": count, "batch": batch}
        for name in PHASES:
            results[name] = run_phase(name, root, url, users if name == "import" else None, host, batch, workers)
            print(f"  {label} {name}: {results[name]}", flush=True)
        results["fake"] = fake_stats(host)
    finally:
        fake.terminate()
        fake.wait()
        if drop:
            drop()
        (work / "bench.sqlite3").unlink(missing_ok=True)
        users.unlink(missing_ok=True)
    return results


def engine_name(url: str) -> str:
    return url.split(":")[0].split("+")[0]


def machine() -> str:
    cpuinfo = Path("/proc/cpuinfo").read_text().splitlines()
    cpu = next((line.split(":", 1)[1].strip() for line in cpuinfo if "model name" in line), platform.processor())
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{platform.machine()}, {os.cpu_count()} cores ({cpu}), {memory:.0f} GB RAM, {platform.platform()}, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"
    )


def load() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


def report(engine: str, args: argparse.Namespace, batched: dict[str, Any], naive: dict[str, Any] | None) -> None:
    """The detailed figures of one engine: each phase, the targets, and the naive way for comparison."""
    fan, send, imp, fake = batched["fanout"], batched["dispatch"], batched["import"], batched["fake"]
    tick = fan["seconds"] + send["seconds"]
    peak = max(batched[p]["peak_rss_mb"] for p in PHASES)
    once = (
        fake["unique_delivery_ids"] == args.users == fake["personalizations"] and fake["duplicated_delivery_ids"] == 0
    )
    print()
    print(
        f"{engine}: {args.users:,} users (en/fr), major privacy release, sendgrid channel vs local fake, "
        f"{args.workers} dispatch workers"
    )
    print(f"import                       {imp['seconds']:>8.1f} s   peak RSS {imp['peak_rss_mb']:>6.1f} MB")
    print(f"fan-out                      {fan['seconds']:>8.1f} s   peak RSS {fan['peak_rss_mb']:>6.1f} MB")
    print(f"dispatch                     {send['seconds']:>8.1f} s   peak RSS {send['peak_rss_mb']:>6.1f} MB")
    print(f"tick (fan-out + dispatch)    {tick:>8.1f} s   (target <= 60 s: {'met' if tick <= 60 else 'MISSED'})")
    print(f"peak RSS                     {peak:>8.1f} MB  (target <= 150 MB: {'met' if peak <= 150 else 'MISSED'})")
    verdict = "met" if fake["requests"] <= 1010 else "MISSED"
    print(f"requests                     {fake['requests']:>8}     (target <= 1,010: {verdict})")
    print(
        f"every user in exactly one personalization: {'yes' if once else 'NO'} "
        f"({fake['personalizations']:,} personalizations, {fake['unique_delivery_ids']:,} unique delivery ids)"
    )
    if naive is None:
        return
    per_user_batched = send["seconds"] / max(send["sent"], 1)
    per_user_naive = naive["dispatch"]["seconds"] / max(naive["dispatch"]["sent"], 1)
    print(
        f"naive (1 request per user)   {naive['dispatch']['seconds']:>8.1f} s for {args.naive_users:,} users, "
        f"{naive['fake']['requests']:,} requests"
    )
    print(
        f"per-user dispatch time       batched {per_user_batched * 1e6:.1f} µs, naive {per_user_naive * 1e6:.1f} µs: "
        f"batched is {per_user_naive / per_user_batched:.0f}x faster; naive at {args.users:,} users would take "
        f"~{per_user_naive * args.users / 60:.0f} min and {args.users:,} requests"
    )


def side_by_side(runs: dict[str, dict[str, Any]]) -> None:
    """One line per engine, and how PostgreSQL compares with SQLite (target: at most 1.2 times)."""
    print()
    print(f"{'engine':<12}{'users':>11}{'import s':>10}{'tick s':>9}{'peak MB':>9}")
    for engine, run in runs.items():
        tick = run["fanout"]["seconds"] + run["dispatch"]["seconds"]
        peak = max(run[p]["peak_rss_mb"] for p in PHASES)
        print(f"{engine:<12}{run['users']:>11,}{run['import']['seconds']:>10.1f}{tick:>9.1f}{peak:>9.1f}")
    if {"sqlite", "postgresql"} <= runs.keys():
        lite, pg = runs["sqlite"], runs["postgresql"]
        ratios = {
            "import": pg["import"]["seconds"] / lite["import"]["seconds"],
            "tick": (pg["fanout"]["seconds"] + pg["dispatch"]["seconds"])
            / (lite["fanout"]["seconds"] + lite["dispatch"]["seconds"]),
        }
        verdicts = [f"{name} {ratio:.2f}x ({'met' if ratio <= 1.2 else 'MISSED'})" for name, ratio in ratios.items()]
        print(f"postgresql / sqlite: {', '.join(verdicts)} (target <= 1.2x)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=1_000_000)
    parser.add_argument("--naive-users", type=int, default=10_000, help="0 skips the naive way")
    parser.add_argument(
        "--database-url",
        action="append",
        help=f"an engine to measure, repeatable (default: a SQLite file in a temporary folder, and {POSTGRESQL})",
    )
    parser.add_argument("--phase"), parser.add_argument("--root"), parser.add_argument("--host")
    parser.add_argument("--users-file"), parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=4, help="batches in flight in the dispatcher")
    args = parser.parse_args()
    if args.phase:
        users = Path(args.users_file) if args.users_file else None
        figures = phase(args.phase, Path(args.root), args.database_url[0], users, args.host, args.batch, args.workers)
        print(json.dumps(figures))
        return
    print(f"machine: {machine()}; load average {load()}")
    runs: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-notify-", dir=os.environ.get("BENCH_TMP")) as tmp:
        for url in args.database_url or ["sqlite", POSTGRESQL]:
            engine = engine_name(url)
            runs[engine] = scenario(Path(tmp), f"{engine}_batched", args.users, 1000, url, args.workers)
            naive = None
            if args.naive_users:
                naive = scenario(Path(tmp), f"{engine}_naive", args.naive_users, 1, url, args.workers)
            report(engine, args, runs[engine], naive)
    side_by_side(runs)
    print(f"load average at the end: {load()} (the engines are comparable only on a machine otherwise idle)")


if __name__ == "__main__":
    main()
