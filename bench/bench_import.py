"""Benchmark: `policies users import` of 200,000 rows with bad rows mixed in, on SQLite and PostgreSQL.

Every 50th row is broken in one of eight ways (a NUL in the id, a byte that is not UTF-8, a 131,072-character
field, a line break in a quoted field forging a report line, an invalid address, a duplicate id, an unknown
accepted version, a bad date). Prints, per engine: rows imported, rows reported (on the terminal and in the
report file), exit code and wall time of the real command in its own process.

    python bench/bench_import.py [--rows 200000] [--database-url postgresql+psycopg://postgres@127.0.0.1:5432/test]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_notify import fresh_schema  # noqa: E402

BROKEN = (
    lambda n: f"u{n}\x00,u{n}@example.com,en,2026-11-01,".encode(),
    lambda n: f"u{n},caf".encode() + b"\xe9" + f"{n}@example.com,fr,2026-11-01,".encode(),
    lambda n: f"u{n},u{n}@example.com,{'e' * 131_072},2026-11-01,".encode(),
    lambda n: f'u{n},u{n}@example.com,"en\nusers.csv:1: all rows imported",2026-11-01,'.encode(),
    lambda n: f"u{n},not-an-address,en,2026-11-01,".encode(),
    lambda n: f"u{n - 1},dup{n}@example.com,en,2026-11-01,".encode(),
    lambda n: f"u{n},u{n}@example.com,fr,2026-11-01,1999-01-01".encode(),
    lambda n: f"u{n},u{n}@example.com,fr,yesterday,".encode(),
)


def make_file(path: Path, rows: int) -> int:
    """Write the file; return how many rows are broken."""
    broken = 0
    with path.open("wb") as out:
        out.write(b"user_id,email,locale,last_active_at,accepted_privacy\n")
        for n in range(1, rows + 1):
            if n % 50 == 0:
                out.write(BROKEN[broken % len(BROKEN)](n) + b"\n")
                broken += 1
            else:
                out.write(f"u{n},u{n}@example.com,{'en' if n % 2 else 'fr'},2026-11-01,2023-02-01\n".encode())
    return broken


def run(root: Path, users: Path, url: str) -> dict:
    env = {"POLICIES_ROOT": str(root), "DATABASE_URL": url, "POLICIES_SECRET_KEY": "bench", "PATH": "/usr/bin:/bin"}
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "notifier", "users", "import", str(users)], env=env, capture_output=True, text=True
    )
    seconds = time.perf_counter() - started
    summary = re.search(r"imported (\d+) users .* from (\d+) rows; (\d+) rejected", done.stdout)
    listed = re.search(r"listed in (\S+)", done.stderr)
    in_file = len((root / listed[1]).read_text(encoding="utf-8").splitlines()) if listed else 0
    return {
        "exit": done.returncode,
        "imported": int(summary[1]) if summary else None,
        "rows": int(summary[2]) if summary else None,
        "rejected": int(summary[3]) if summary else None,
        "lines in report file": in_file,
        "seconds": round(seconds, 1),
        "traceback": "Traceback" in done.stderr,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--database-url", default=None, help="a PostgreSQL URL to measure it too")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        root = work / "repo"
        subprocess.run(["git", "clone", "-q", str(ROOT), str(root)], check=True)
        (root / "policies.yml").write_bytes((ROOT / "policies.yml").read_bytes())
        users = work / "users.csv"
        broken = make_file(users, args.rows)
        print(f"{args.rows:,} rows, {broken:,} broken", flush=True)
        print("sqlite:", run(root, users, f"sqlite:///{work / 'bench.sqlite3'}"), flush=True)
        if args.database_url:
            url, drop = fresh_schema(args.database_url, "import")
            try:
                print("postgresql:", run(root, users, url), flush=True)
            finally:
                drop()


if __name__ == "__main__":
    main()
