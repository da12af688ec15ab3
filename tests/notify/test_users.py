"""Importing users: streamed, validated, upserted; bad rows reported by line, the rest imported."""

from __future__ import annotations

import json

from sqlalchemy import select

from notifier import store, users
from notifier.users import import_users


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
