"""A delivery always names a user and a notice that exist: the proof of what each user was told rests on it.

SQLite holds this with foreign keys; PostgreSQL with triggers that check a whole statement at once (migration
0006). Both refuse a delivery for a missing user or notice, delete a user's deliveries with the user, and
refuse to delete a notice that has deliveries. On PostgreSQL two connections play the race the triggers'
lock closes: an operator deleting a user while a fan-out is writing that user's delivery, in either order;
and a tick closing a settled notice while a fan-out is writing a delivery of it (migration 0008).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, func, insert, select, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from notifier.delivery import store
from notifier.delivery.audience import Audience
from notifier.delivery.store import planning
from notifier.delivery.store.dispatching import SqlDeliveries
from tests.notify.conftest import fresh_database

WHEN = datetime(2026, 11, 21, 9, 0)
PEOPLE = ("ann", "bob", "cem")


def _notice(conn: Connection) -> int:
    row = {
        "policy": "privacy",
        "version": "2026-11-21",
        "change_class": "major",
        "published_at": date(2026, 11, 21),
        "effective_at": date(2026, 12, 21),
        "planned_at": WHEN,
        "audience": "all_accounts",
    }
    return int(conn.execute(insert(store.notices).values(row).returning(store.notices.c.id)).scalar_one())


def _delivery(user_id: str, notice_id: int) -> dict[str, Any]:
    return {
        "notice_id": notice_id,
        "user_id": user_id,
        "channel": store.EMAIL,
        "locale": "en",
        "email": f"{user_id}@example.com",
        "text_sha256": "0" * 64,
        "status": "pending",
        "created_at": WHEN,
    }


def _shop(url: str) -> tuple[Engine, int]:
    """Three customers and the privacy notice, not fanned out yet."""
    engine = store.open_engine(url)
    with engine.begin() as conn:
        conn.execute(insert(store.users), [{"id": u, "email": f"{u}@example.com", "updated_at": WHEN} for u in PEOPLE])
        return engine, _notice(conn)


def _fan_out(engine: Engine, notice_id: int) -> int:
    everyone = Audience("all_accounts", "privacy", "2026-11-21", "en")
    return planning.fan_out(engine, notice_id, everyone, {"en": "0" * 64})


def _deliveries_of(engine: Engine, user_id: str) -> int:
    with engine.connect() as conn:
        count = select(func.count()).select_from(store.deliveries).where(store.deliveries.c.user_id == user_id)
        return int(conn.execute(count).scalar_one())


@pytest.fixture(params=["sqlite", "postgresql"])
def shop(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Engine, int]]:
    with fresh_database(request.param, tmp_path) as url:
        yield _shop(url)


@pytest.fixture
def pg_shop(tmp_path: Path) -> Iterator[tuple[Engine, int]]:
    with fresh_database("postgresql", tmp_path) as url:
        yield _shop(url)


def test_a_delivery_for_someone_who_is_not_a_user_is_refused(shop):
    engine, notice = shop
    with pytest.raises(IntegrityError) as refused, engine.begin() as conn:
        conn.execute(insert(store.deliveries), [_delivery("ann", notice), _delivery("ghost", notice)])
    if engine.dialect.name == "postgresql":
        assert "a delivery names user 'ghost', who does not exist" in str(refused.value)
    assert _deliveries_of(engine, "ann") == 0  # the whole statement is refused


def test_a_delivery_of_a_notice_never_planned_is_refused(shop):
    engine, notice = shop
    with pytest.raises(IntegrityError) as refused, engine.begin() as conn:
        conn.execute(insert(store.deliveries).values(_delivery("ann", notice + 1)))
    if engine.dialect.name == "postgresql":
        assert f"a delivery names notice {notice + 1}, which does not exist" in str(refused.value)


def test_deleting_a_user_deletes_their_deliveries_and_their_events(shop):
    engine, notice = shop
    assert _fan_out(engine, notice) == len(PEOPLE)
    with engine.begin() as conn:
        bob = conn.execute(select(store.deliveries.c.id).where(store.deliveries.c.user_id == "bob")).scalar_one()
        conn.execute(insert(store.delivery_events).values(delivery_id=bob, kind="failed", at=WHEN))
        conn.execute(delete(store.users).where(store.users.c.id == "bob"))
    assert (_deliveries_of(engine, "bob"), _deliveries_of(engine, "ann")) == (0, 1)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(store.delivery_events)).scalar_one() == 0


def test_a_notice_that_was_sent_cannot_be_deleted(shop):
    engine, notice = shop
    _fan_out(engine, notice)
    with pytest.raises(IntegrityError) as refused, engine.begin() as conn:
        conn.execute(delete(store.notices).where(store.notices.c.id == notice))
    if engine.dialect.name == "postgresql":
        assert f"notice {notice} still has deliveries" in str(refused.value)


def test_a_delivery_keeps_its_user_and_a_user_with_deliveries_keeps_their_id(pg_shop):
    engine, notice = pg_shop
    _fan_out(engine, notice)
    with pytest.raises(IntegrityError, match="keeps its user and notice"), engine.begin() as conn:
        conn.execute(store.deliveries.update().where(store.deliveries.c.user_id == "ann").values(user_id="bob"))
    with pytest.raises(IntegrityError, match="user ann still has deliveries"), engine.begin() as conn:
        conn.execute(store.users.update().where(store.users.c.id == "ann").values(id="anna"))


def _blocked(engine: Engine, second: threading.Thread) -> None:
    """Return once the race's second party waits for a lock, or has finished without waiting (then the
    scenario's assertions show what it got through)."""
    query = text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = 'test'")
    with engine.connect() as conn:
        # One transaction per look: PostgreSQL shows a transaction the activity it saw at its first look, so a
        # look taken before the second party blocked would never see it blocked (the suite hung on a busy CPU).
        while second.is_alive() and not conn.execute(query).scalar_one():
            conn.rollback()
            time.sleep(0.02)


def _in_thread(work: Callable[[], object]) -> tuple[threading.Thread, list[BaseException], list[object]]:
    errors: list[BaseException] = []
    results: list[object] = []

    def run() -> None:
        try:
            results.append(work())
        except BaseException as error:  # handed to the test, which asserts on it
            errors.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, errors, results


def test_a_user_deleted_while_their_delivery_is_written_takes_it_along(pg_shop):
    """The fan-out wrote Ann's delivery and has not committed; the operator deletes Ann meanwhile. The
    deletion waits for the fan-out, then sees and deletes the delivery: none is left pointing nowhere."""
    engine, notice = pg_shop
    with engine.connect() as fan_out:
        fan_out.begin()
        fan_out.execute(insert(store.deliveries).values(_delivery("ann", notice)))

        def erase_ann() -> None:
            with engine.begin() as operator:
                operator.execute(delete(store.users).where(store.users.c.id == "ann"))

        thread, errors, _ = _in_thread(erase_ann)
        _blocked(engine, thread)
        fan_out.commit()
    thread.join()
    assert errors == []
    assert _deliveries_of(engine, "ann") == 0


def test_a_delivery_written_for_a_user_being_deleted_is_refused(pg_shop):
    """The operator deleted Ann and has not committed; the fan-out writes Ann's delivery meanwhile. Its check
    waits for the deletion, then finds Ann gone and refuses the statement."""
    engine, notice = pg_shop
    with engine.connect() as operator:
        operator.begin()
        operator.execute(delete(store.users).where(store.users.c.id == "ann"))

        def write_anns_delivery() -> None:
            with engine.begin() as fan_out:
                fan_out.execute(insert(store.deliveries).values(_delivery("ann", notice)))

        thread, errors, _ = _in_thread(write_anns_delivery)
        _blocked(engine, thread)
        operator.commit()
    thread.join()
    assert [type(e) for e in errors] == [IntegrityError]
    assert "a delivery names user 'ann', who does not exist" in str(errors[0])
    assert _deliveries_of(engine, "ann") == 0


def test_two_fan_outs_of_one_notice_at_once_plan_each_user_once(pg_shop):
    """A second tick fans the same notice out while the first has written Bob's delivery and not committed:
    its plain insert meets Bob's row, and it plans the rest again with ON CONFLICT, skipping Bob."""
    engine, notice = pg_shop
    with engine.connect() as first:
        first.begin()
        first.execute(insert(store.deliveries).values(_delivery("bob", notice)))
        thread, errors, created = _in_thread(lambda: _fan_out(engine, notice))
        _blocked(engine, thread)
        first.commit()
    thread.join()
    assert (errors, created) == ([], [len(PEOPLE) - 1])
    assert [_deliveries_of(engine, u) for u in PEOPLE] == [1, 1, 1]


def test_a_notice_is_not_closed_while_a_delivery_of_it_is_being_written(pg_shop):
    """Every delivery of the notice was sent; a late fan-out has written Dan's delivery and not committed when
    the tick closes the settled notices. The closing sees the write in progress and leaves the notice open:
    closed, it would hide Dan's delivery from every later tick."""
    engine, notice = pg_shop
    _fan_out(engine, notice)
    with engine.begin() as conn:
        conn.execute(store.deliveries.update().values(status="sent"))
        conn.execute(insert(store.users).values(id="dan", email="dan@example.com", updated_at=WHEN))
    with engine.connect() as fan_out:
        fan_out.begin()
        fan_out.execute(insert(store.deliveries).values(_delivery("dan", notice)))
        assert planning.close_settled_notices(engine) == 0
        fan_out.commit()
    assert SqlDeliveries(engine).pending_count() == 1
    assert planning.close_settled_notices(engine) == 0, "Dan's delivery is pending: the notice stays open"
