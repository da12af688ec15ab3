"""Importing users: streamed, validated, upserted; bad rows reported by line, the rest imported."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from notifier.cli import cli
from notifier.delivery import store, users
from notifier.delivery.users import import_users


def _import(world, path):
    return import_users(world.engine, path, world.repository.config, world.repository.ledger)


def test_bad_rows_are_reported_by_line_and_the_rest_imported(world, tmp_path, monkeypatch):
    monkeypatch.setattr(users, "BATCH", 2)  # duplicates found across batches, by the database
    path = tmp_path / "users.csv"
    path.write_text(
        "user_id,email,locale,last_active_at,accepted_privacy\n"
        "a,a@example.com,en,2026-11-01,2023-02-01\n"
        "b,not-an-email,fr,,\n"
        "c,c@example.com,de,,\n"
        "d,d@example.com,fr-FR,2026-11-01T10:00:00+01:00,\n"
        "a,a2@example.com,en,,\n"
        "e,e@example.com,,yesterday,\n"
        "f,f@example.com,en,,1999-01-01\n",
        encoding="utf-8",
    )
    report = _import(world, path)
    assert [(b.line, b.message.split(" ")[0]) for b in report.bad] == [
        (3, "invalid"),
        (4, "unknown"),
        (6, "duplicate"),
        (7, "last_active_at"),
        (8, "accepted_privacy"),
    ]
    assert report.imported == 2 and report.acceptances == 1
    with world.engine.connect() as conn:
        rows = {r.id: r for r in conn.execute(select(store.users))}
    assert rows["a"].email == "a@example.com" and rows["d"].locale == "fr"
    assert str(rows["d"].last_active_at) == "2026-11-01 09:00:00"


def test_jsonl_import_upserts(world, tmp_path):
    path = tmp_path / "users.jsonl"
    path.write_text(json.dumps({"user_id": "x", "email": "x@example.com", "locale": "en"}) + "\n{broken\n")
    first = _import(world, path)
    path.write_text(json.dumps({"user_id": "x", "email": "new@example.com", "locale": "fr"}) + "\n")
    second = _import(world, path)
    assert (first.imported, first.bad_count, first.bad[0].line, second.imported) == (1, 1, 2, 1)
    with world.engine.connect() as conn:
        assert conn.execute(select(store.users.c.email, store.users.c.locale)).one() == ("new@example.com", "fr")


def _cli_import(world, path):
    env = {
        "POLICIES_ROOT": str(world.root),
        "DATABASE_URL": world.settings.database_url,
        "POLICIES_SECRET_KEY": "test-secret",
    }
    return CliRunner().invoke(cli, ["users", "import", str(path)], env=env, catch_exceptions=False)


def _problems(result) -> list[str]:
    """The problem lines on standard error (the logfmt log lines go there too)."""
    return [line for line in result.stderr.splitlines() if not line.startswith("time=")]


def _user_ids(world) -> set[str]:
    with world.engine.connect() as conn:
        return set(conn.execute(select(store.users.c.id)).scalars())


def test_a_csv_with_broken_bytes_in_some_rows_imports_every_other_row(world, tmp_path, monkeypatch):
    """A storefront export with a NUL, a stray Latin-1 byte, a 131,072-character field and a forged line."""
    monkeypatch.setattr(users, "BATCH", 2)  # bad rows in every batch, and batches after them
    path = tmp_path / "users.csv"
    path.write_bytes(
        b"user_id,email,locale\n"
        b"u1,u1@example.com,en\n"
        b"u\x002,u2@example.com,en\n"
        b"u3,u3@example.com,fr\n"
        b"u4,caf\xe9@example.com,fr\n"
        b"u5,u5@example.com," + b"e" * 131_072 + b"\n"
        b'u6,u6@example.com,"en\nusers.csv:99: all rows imported"\n'
        b"u7,u7@example.com,en\n"
        b"u\xe28,u8@example.com,en\n"
        b"u9,u9@example.com,fr\n"
    )
    report = _import(world, path)

    assert {(bad.line, bad.message) for bad in report.bad} == {
        (3, "user_id contains a control character"),
        (5, "line 5 is not valid UTF-8 (byte 0xe9 at column 7): save the file as UTF-8"),
        (6, "line 6 is longer than 16,384 bytes"),
        (8, "locale contains a control character"),
        (10, "line 10 is not valid UTF-8 (byte 0xe2 at column 2): save the file as UTF-8"),
    }
    assert report.bad_count == 5 and report.read == 9
    assert _user_ids(world) == {"u1", "u3", "u7", "u9"} and report.imported == 4


def test_bad_json_lines_are_reported_and_the_rest_imported(world, tmp_path):
    good = [json.dumps({"user_id": f"j{n}", "email": f"j{n}@example.com", "locale": "en"}) for n in range(3)]
    lines = [
        good[0],
        "[" * 10_000,
        json.dumps({"user_id": 12345, "email": "n@example.com", "locale": "en"}),
        good[1],
        json.dumps({"user_id": "\ud800", "email": "s@example.com", "locale": "en"}),
        json.dumps({"user_id": "x", "email": "x@example.com", "locale": ["en"]}),
        good[2],
    ]
    path = tmp_path / "users.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    report = _import(world, path)

    assert [(bad.line, bad.message) for bad in report.bad] == [
        (2, "not valid JSON (nested too deeply)"),
        (3, "user_id must be a JSON string, not a number"),
        (5, "user_id contains a control character"),
        (6, "locale must be a JSON string, not an array"),
    ]
    assert _user_ids(world) == {"j0", "j1", "j2"}


@pytest.mark.parametrize(
    ("content", "why"),
    [
        ("user_id,email,locale\nu1,u1@example.com,en\n".encode("utf-16"), "is UTF-16 text (byte order mark)"),
        (bytes(range(256)) * 64, "is not UTF-8 text (binary or another encoding)"),
    ],
    ids=["utf-16", "binary"],
)
def test_a_file_that_cannot_be_decoded_is_refused_before_anything_is_written(world, tmp_path, content, why):
    path = tmp_path / "users.csv"
    path.write_bytes(content)

    result = _cli_import(world, path)

    assert result.exit_code == 2
    assert _problems(result) == [f"{path}: {why}: save it as UTF-8 and import it again"]
    assert _user_ids(world) == set()


def test_every_rejected_line_is_listed_in_a_report_file_when_the_terminal_would_drown(world, tmp_path):
    rows = ["user_id,email,locale"]
    rows += [f"u{n},{'bad' if n % 2 else 'u' + str(n) + '@example.com'},en" for n in range(3000)]
    path = tmp_path / "users.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")

    result = _cli_import(world, path)

    assert result.exit_code == 1
    errors = _problems(result)
    assert errors[0] == f"{path}:3: invalid email address (empty, malformed or longer than 320 characters)"
    listed = errors[-1].removeprefix("… and 1480 more rejected rows: every rejected line is listed in ")
    lines = (world.root / listed).read_text(encoding="utf-8").splitlines()
    assert [int(line.split(":")[1]) for line in lines] == list(range(3, 3003, 2))
    assert "imported 1500 users (0 recorded acceptances) from 3000 rows; 1500 rejected" in result.stdout
    assert "u1," not in result.output and "u1 " not in result.output  # no user id is echoed
