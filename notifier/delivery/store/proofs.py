"""What the store can show an auditor (legal-rules.md T4, T5): one user's whole record, and one version's counts.

The user's record holds personal data (it answers a data subject or a court about that person); the counts of a
version hold none (no address, no user id), so they can go into an evidence bundle shown to anyone.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, FromClause, func, literal, select
from sqlalchemy.engine import Connection, CursorResult, Engine

from notifier.delivery.model import bundle_ids
from notifier.delivery.store import acceptances, acknowledgements, deliveries, delivery_events, messages, notices, users
from notifier.delivery.store.consents import counts_by_version


def _rows(result: CursorResult[Any]) -> list[dict[str, Any]]:
    return [dict(row._mapping) for row in result]


def _deliveries(conn: Connection, user_id: str) -> list[dict[str, Any]]:
    """Every notice sent to the user, oldest first, each with the events that followed it. A notice told in
    the email of another (`joined_to`, several versions due at once) shows that email's events."""
    d, n, e = deliveries, notices, delivery_events
    sent = _rows(
        conn.execute(
            select(
                d.c.id,
                n.c.policy,
                n.c.version,
                n.c.change_class,
                d.c.channel,
                d.c.transport,
                d.c.locale,
                d.c.email,
                d.c.status,
                d.c.created_at,
                d.c.sent_at,
                d.c.text_sha256,
                d.c.message_sha256,
                d.c.provider_id,
                d.c.provider_status,
                d.c.error,
                d.c.joined_to,
            )
            .join(n, n.c.id == d.c.notice_id)
            .where(d.c.user_id == user_id)
            .order_by(d.c.id)
        )
    )
    ids = [row["id"] for row in sent] + [row["joined_to"] for row in sent if row["joined_to"]]
    events = _rows(
        conn.execute(
            select(e.c.delivery_id, e.c.kind, e.c.at, e.c.detail).where(e.c.delivery_id.in_(ids)).order_by(e.c.id)
        )
    )
    for row in sent:
        row["events"] = [event for event in events if event["delivery_id"] == (row["joined_to"] or row["id"])]
    return sent


def user_record(engine: Engine, user_id: str) -> dict[str, Any] | None:
    """The user, the versions they accepted, the notices sent to them and their answers; None if unknown."""
    u, a, k = users, acceptances, acknowledgements
    with engine.connect() as conn:
        user = conn.execute(
            select(u.c.id, u.c.email, u.c.locale, u.c.status, u.c.last_active_at).where(u.c.id == user_id)
        ).first()
        if user is None:
            return None
        return {
            "user": dict(user._mapping),
            "acceptances": _rows(
                conn.execute(
                    select(a.c.policy, a.c.version, a.c.how, a.c.at, a.c.content_sha256)
                    .where(a.c.user_id == user_id)
                    .order_by(a.c.at, a.c.id)
                )
            ),
            "notices": _deliveries(conn, user_id),
            "acknowledgements": _rows(
                conn.execute(
                    select(k.c.policy, k.c.version, k.c.action, k.c.channel, k.c.locale, k.c.content_sha256, k.c.at)
                    .where(k.c.user_id == user_id)
                    .order_by(k.c.at, k.c.id)
                )
            ),
        }


def sent_message_hashes(engine: Engine, policy: str, version: str) -> dict[str, str]:
    """The sha256 of the notice email (of this notice alone) stored when it was sent, per language (none
    before the first send)."""
    m, n = messages, notices
    with engine.connect() as conn:
        found = conn.execute(
            select(m.c.locale, m.c.sha256)
            .join(n, n.c.id == m.c.notice_id)
            .where(n.c.policy == policy, n.c.version == version, m.c.bundle.is_(None))
        )
        return {locale: sha256 for locale, sha256 in found}


def messages_told_together(engine: Engine, policy: str, version: str) -> list[dict[str, Any]]:
    """The stored emails that told this version together with others due at once, oldest first: each with
    its language, sha256, exact parts, and the versions it told ("policy/version")."""
    m, n = messages, notices
    with engine.connect() as conn:
        notice_id = conn.execute(select(n.c.id).where(_of_version(n, policy, version))).scalar()
        if notice_id is None:
            return []
        listed = literal(",") + m.c.bundle + literal(",")
        rows = _rows(
            conn.execute(
                select(m.c.locale, m.c.sha256, m.c.subject, m.c.body_text, m.c.body_html, m.c.bundle)
                .where(m.c.bundle.is_not(None), listed.like(f"%,{notice_id},%"))
                .order_by(m.c.created_at, m.c.sha256)
            )
        )
        keys = {row.id: f"{row.policy}/{row.version}" for row in conn.execute(select(n.c.id, n.c.policy, n.c.version))}
    for row in rows:
        row["told"] = [keys[i] for i in bundle_ids(row.pop("bundle"))]
    return rows


def _grouped(conn: Connection, *columns: Any, where: ColumnElement[bool]) -> list[dict[str, Any]]:
    query = select(*columns, func.count().label("count")).where(where).group_by(*columns).order_by(*columns)
    return _rows(conn.execute(query))


def _of_version(table: FromClause, policy: str, version: str) -> ColumnElement[bool]:
    return (table.c.policy == policy) & (table.c.version == version)


def version_counts(engine: Engine, policy: str, version: str, with_consents: bool) -> dict[str, Any]:
    """Deliveries, their events, acknowledgements, acceptances (and consent records, for the cookie policy)."""
    d, e, k, a = deliveries, delivery_events, acknowledgements, acceptances
    with engine.connect() as conn:
        notice_id = conn.execute(select(notices.c.id).where(_of_version(notices, policy, version))).scalar()
        of_notice = d.c.notice_id == notice_id
        counts: dict[str, Any] = {
            "deliveries": _grouped(conn, d.c.status, d.c.provider_status, where=of_notice),
            "delivery_events": _grouped(conn, e.c.kind, where=e.c.delivery_id.in_(select(d.c.id).where(of_notice))),
            "acknowledgements": _grouped(
                conn, k.c.action, k.c.channel, k.c.locale, where=_of_version(k, policy, version)
            ),
            "acceptances": _grouped(conn, a.c.how, where=_of_version(a, policy, version)),
        }
        if with_consents:
            counts["consent_log"] = counts_by_version(conn, version).get(version, {})
    return counts
