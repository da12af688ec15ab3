"""Users' answers to notices: who a user is, what they have acknowledged or accepted, and recording an answer.

An answer is appended once (a second click on the same link changes nothing); an acceptance is also written to
`acceptances`, the table the planner reads to know which version a user agreed to (T5).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.engine import Engine

from notifier.delivery.store import acceptances, acknowledgements, insert, users, utcnow


class StoredUser(NamedTuple):
    id: str
    locale: str | None


def find_user(engine: Engine, user_id: str) -> StoredUser | None:
    with engine.connect() as conn:
        row = conn.execute(select(users.c.id, users.c.locale).where(users.c.id == user_id)).first()
    return None if row is None else StoredUser(row.id, row.locale)


@dataclass(frozen=True)
class Answers:
    """What a user already answered: (policy, version, action) acknowledged, and (policy, version) accepted."""

    acknowledged: frozenset[tuple[str, str, str]]
    accepted: frozenset[tuple[str, str]]


def answers_of(engine: Engine, user_id: str) -> Answers:
    k, a = acknowledgements, acceptances
    with engine.connect() as conn:
        acknowledged = conn.execute(select(k.c.policy, k.c.version, k.c.action).where(k.c.user_id == user_id))
        accepted = conn.execute(select(a.c.policy, a.c.version).where(a.c.user_id == user_id))
        return Answers(
            frozenset((r.policy, r.version, r.action) for r in acknowledged),
            frozenset((r.policy, r.version) for r in accepted),
        )


@dataclass(frozen=True)
class Answer:
    """One user's acknowledgement or acceptance of one version, in the language and text they were shown."""

    user_id: str
    policy: str
    version: str
    action: str  # acknowledge | accept
    channel: str
    locale: str
    content_sha256: str


def record_answer(engine: Engine, answer: Answer) -> tuple[dict[str, Any], bool]:
    """Store the answer unless it is already stored; the stored row, and whether it is new."""
    k, now = acknowledgements, utcnow()
    with engine.begin() as conn:
        created = conn.execute(
            insert(conn, k)
            .values(**asdict(answer), at=now)
            .on_conflict_do_nothing(index_elements=["user_id", "policy", "version", "action"])
            .execution_options(preserve_rowcount=True)
        ).rowcount
        if answer.action == "accept":
            conn.execute(
                insert(conn, acceptances)
                .values(
                    user_id=answer.user_id,
                    policy=answer.policy,
                    version=answer.version,
                    how=answer.channel,
                    content_sha256=answer.content_sha256,
                    at=now,
                )
                .on_conflict_do_nothing(index_elements=["user_id", "policy", "version"])
            )
        row = conn.execute(
            select(k).where(
                k.c.user_id == answer.user_id,
                k.c.policy == answer.policy,
                k.c.version == answer.version,
                k.c.action == answer.action,
            )
        ).one()
    return dict(row._mapping), bool(created)
