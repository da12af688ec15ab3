"""Planning: which versions need a notice, one notice row each, and the fan-out to their audience.

Fan-out is INSERT … SELECT from the audience query, in chunks of user ids, so the users never pass through
Python; the unique (notice, user, channel) constraint makes it idempotent and resumable after a crash.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, case, literal, select
from sqlalchemy.engine import Connection, Engine

from notifier.config.project import Config
from notifier.config.settings import AudienceSpec, Settings
from notifier.delivery import store
from notifier.delivery.audience import audience_conditions, locale_column
from notifier.delivery.model import DeliveryState
from notifier.publishing.ledger import Ledger, PolicyVersion

log = logging.getLogger(__name__)
CHUNK = 20_000


def notifiable_versions(ledger: Ledger, config: Config, as_of: date) -> Iterator[PolicyVersion]:
    """Major and rights-reducing versions published by `as_of` that are in force or upcoming.

    A superseded version is never announced (its successor is); a version already in force but never
    announced still is, late, because a late notice is better than none (the summary says it was late).
    """
    for policy in config.policies:
        current: set[str] = set()
        for lang in config.languages:
            state = ledger.timeline(policy, lang, as_of)
            current.update(v.version for v in (state.in_force, *state.upcoming) if v is not None)
        for version in ledger.versions(policy):
            if version.change_class.must_notify and version.version in current:
                yield version


@dataclass(frozen=True)
class PlannedNotice:
    id: int
    version: PolicyVersion
    audience: str
    fanned_out: bool
    late: bool


def _audience_name(spec: AudienceSpec | None) -> str:
    if spec is None:
        return "popup_only"
    return f"{spec.kind}:{spec.active_within_days}d" if spec.kind == "active_accounts" else spec.kind


def plan_notices(engine: Engine, settings: Settings, versions: list[PolicyVersion], as_of: date) -> list[PlannedNotice]:
    """Create the notice row of each version (once) and return them all with their fan-out state."""
    notices = store.notices
    planned: list[PlannedNotice] = []
    with engine.begin() as conn:
        for version in versions:
            spec = settings.audience(version.policy)
            conn.execute(
                store.insert(conn, notices)
                .values(
                    policy=version.policy,
                    version=version.version,
                    change_class=str(version.change_class),
                    published_at=version.published_at,
                    effective_at=version.effective_at,
                    planned_at=store.utcnow(),
                    audience=_audience_name(spec),
                )
                .on_conflict_do_nothing(index_elements=["policy", "version"])
            )
            row = conn.execute(
                select(notices.c.id, notices.c.audience, notices.c.fanned_out_at).where(
                    notices.c.policy == version.policy, notices.c.version == version.version
                )
            ).one()
            planned.append(
                PlannedNotice(
                    id=row.id,
                    version=version,
                    audience=row.audience,
                    fanned_out=row.fanned_out_at is not None,
                    late=version.effective_at <= as_of,
                )
            )
    return planned


def _text_hash(version: PolicyVersion, locale: object) -> object:
    return case({lang: literal(t.sha256) for lang, t in version.texts.items()}, value=locale, else_=literal(""))


def fan_out(
    engine: Engine,
    notice: PlannedNotice,
    spec: AudienceSpec,
    config: Config,
    as_of: date,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Insert one pending email delivery per audience member; returns how many were created now."""
    users = store.users
    version = notice.version
    conditions = audience_conditions(spec, version.policy, version.version, as_of)
    locale = locale_column(config.default_language)
    now = store.utcnow()
    created = 0
    after: str | None = None
    while True:
        with engine.begin() as conn:
            bound = _chunk_bound(conn, conditions, after)
            window = [*conditions]
            if after is not None:
                window.append(users.c.id > after)
            if bound is not None:
                window.append(users.c.id <= bound)
            source = select(
                literal(notice.id),
                users.c.id,
                literal(store.EMAIL),
                locale,
                users.c.email,
                _text_hash(version, locale),
                literal(DeliveryState.PENDING),
                literal(0),
                literal(now),
            ).where(and_(*window))
            stmt = (
                store.insert(conn, store.deliveries)
                .from_select(
                    [
                        "notice_id",
                        "user_id",
                        "channel",
                        "locale",
                        "email",
                        "text_sha256",
                        "status",
                        "attempts",
                        "created_at",
                    ],
                    source,
                )
                .on_conflict_do_nothing(index_elements=["notice_id", "user_id", "channel"])
            )
            count = conn.execute(stmt.execution_options(preserve_rowcount=True)).rowcount or 0
            created += max(count, 0)
            if progress:
                progress(CHUNK if bound is not None else max(count, 0))
        if bound is None:
            break
        after = bound
    with engine.begin() as conn:
        conn.execute(store.notices.update().where(store.notices.c.id == notice.id).values(fanned_out_at=store.utcnow()))
    log.info(
        "fan-out done", extra={"fields": {"policy": version.policy, "version": version.version, "created": created}}
    )
    return created


def _chunk_bound(conn: Connection, conditions: list, after: str | None) -> str | None:
    """The id that ends the next chunk of CHUNK audience members, or None when fewer remain."""
    users = store.users
    where = [*conditions] + ([users.c.id > after] if after is not None else [])
    return conn.execute(
        select(users.c.id).where(and_(*where)).order_by(users.c.id).offset(CHUNK - 1).limit(1)
    ).scalar_one_or_none()
