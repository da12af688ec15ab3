"""`policies proof USER`: everything the company can show about one user (legal-rules.md T4, T5).

Versions accepted (how, when, content hash), notices sent (when, channel, language, text and message
hashes, provider id), what happened to each delivery, and the user's acknowledgements and acceptances.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Engine

from notifier.delivery import store


def _rows(result: Any) -> list[dict[str, Any]]:
    return [dict(row._mapping) for row in result]


def user_proof(engine: Engine, user_id: str) -> dict[str, Any]:
    u, a, d, n, e, k = (
        store.users,
        store.acceptances,
        store.deliveries,
        store.notices,
        store.delivery_events,
        store.acknowledgements,
    )
    with engine.connect() as conn:
        user = conn.execute(
            select(u.c.id, u.c.email, u.c.locale, u.c.status, u.c.last_active_at).where(u.c.id == user_id)
        ).first()
        if user is None:
            return {"user_id": user_id, "found": False}
        deliveries = _rows(
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
                )
                .join(n, n.c.id == d.c.notice_id)
                .where(d.c.user_id == user_id)
                .order_by(d.c.id)
            )
        )
        ids = [row["id"] for row in deliveries]
        events = _rows(
            conn.execute(
                select(e.c.delivery_id, e.c.kind, e.c.at, e.c.detail).where(e.c.delivery_id.in_(ids)).order_by(e.c.id)
            )
        )
        for row in deliveries:
            row["events"] = [ev for ev in events if ev["delivery_id"] == row["id"]]
        return {
            "user_id": user_id,
            "found": True,
            "user": dict(user._mapping),
            "acceptances": _rows(
                conn.execute(
                    select(a.c.policy, a.c.version, a.c.how, a.c.at, a.c.content_sha256)
                    .where(a.c.user_id == user_id)
                    .order_by(a.c.at, a.c.id)
                )
            ),
            "notices": deliveries,
            "acknowledgements": _rows(
                conn.execute(
                    select(k.c.policy, k.c.version, k.c.action, k.c.channel, k.c.locale, k.c.content_sha256, k.c.at)
                    .where(k.c.user_id == user_id)
                    .order_by(k.c.at, k.c.id)
                )
            ),
        }


def format_proof(record: dict[str, Any]) -> str:
    if not record.get("found"):
        return f"no user {record['user_id']!r} in the store"
    user = record["user"]
    lines = [
        f"user {user['id']} <{user['email']}> locale {user['locale'] or '(default)'}, status {user['status']}, "
        f"last active {user['last_active_at'] or 'unknown'}",
        "",
        "versions accepted:",
    ]
    lines += [
        f"  {r['policy']} {r['version']}  {r['how']}  {r['at']}"
        + (f"  text sha256 {r['content_sha256']}" if r["content_sha256"] else "")
        for r in record["acceptances"]
    ] or ["  none recorded"]
    lines += ["", "notices:"]
    for r in record["notices"]:
        lines.append(
            f"  {r['policy']} {r['version']} ({r['change_class']})  {r['channel']} via "
            f"{r['transport'] or '-'}  {r['locale']}  to {r['email']}  {r['status']}  sent {r['sent_at'] or '-'}"
        )
        lines.append(
            f"    text sha256 {r['text_sha256']}  message sha256 {r['message_sha256'] or '-'}  "
            f"provider id {r['provider_id'] or '-'}  provider status {r['provider_status'] or '-'}"
            + (
                "  (bounced or dropped: told by the pop-up instead)"
                if r["provider_status"] in ("bounce", "dropped")
                else ""
            )
        )
        lines += [f"    event {ev['kind']} {ev['at']} {ev['detail'] or ''}".rstrip() for ev in r["events"]]
    if not record["notices"]:
        lines.append("  none sent")
    lines += ["", "acknowledgements:"]
    lines += [
        f"  {r['policy']} {r['version']}  {r['action']} via {r['channel']}  {r['locale']}  {r['at']}  "
        f"text sha256 {r['content_sha256']}"
        for r in record["acknowledgements"]
    ] or ["  none"]
    return "\n".join(lines)
