"""SMTP crash safety at the size of the README's figures: 5,000 users, dispatchers SIGKILLed 10 times.

Runs the crash test of tests/notify/test_smtp_crash.py (a relay that hangs up after 100 messages per
connection and answers 421 now and then; real `python -m notifier dispatch` processes killed at random
moments and restarted until everything is settled) with more users and kills than the test suite uses,
on SQLite and on PostgreSQL (skipped, with the reason, when 127.0.0.1:5432 does not answer), and prints
its figures: told, duplicates, never sent, kills, dispatcher runs, seconds.

    python bench/bench_smtp_crash.py [--users 5000] [--kills 10] [--database sqlite|postgresql]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=5000)
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--database", choices=("sqlite", "postgresql"), help="default: both")
    args = parser.parse_args()
    env = os.environ | {"SMTP_CRASH_USERS": str(args.users), "SMTP_CRASH_KILLS": str(args.kills)}
    test = "tests/notify/test_smtp_crash.py"
    command = [sys.executable, "-m", "pytest", test, "-q", "-s", "-p", "no:cacheprovider"]
    if args.database:
        command += ["-k", args.database]
    run = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    figures = [line for line in run.stdout.splitlines() if line.startswith("SMTP crash test")]
    print("\n".join(figures) or run.stdout[-3000:])
    if run.returncode:
        print(run.stdout[-3000:], run.stderr[-2000:], sep="\n", file=sys.stderr)
    sys.exit(run.returncode)


if __name__ == "__main__":
    main()
