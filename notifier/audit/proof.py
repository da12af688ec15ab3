"""`policies proof USER`: everything the company can show about one user (legal-rules.md T4, T5).

Versions accepted (how, when, content hash), notices sent (when, channel, language, text and message
hashes, provider id), what happened to each delivery, and the user's acknowledgements and acceptances.
"""

from __future__ import annotations

from typing import Any

from notifier.delivery.store import Engine, proofs


def user_proof(engine: Engine, user_id: str) -> dict[str, Any]:
    found = proofs.user_record(engine, user_id)
    return {"user_id": user_id, "found": found is not None} | (found or {})


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
        if r["joined_to"]:
            lines.append(f"    told in one email with the other changes due at once (delivery {r['joined_to']})")
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
