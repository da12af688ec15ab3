"""The life of one delivery, as the dispatcher, the webhook and the operator's status see it.

`sending` is a lease, committed before the request: only the dispatcher holding its token may record the answer.
`unknown` means the request may have reached the provider (timeout after sending, connection dropped, lease
expired mid-call): it is never resent blindly, only after the webhook stayed silent for a window
(notifier/delivery/reconcile.py). `sent` means the provider accepted it (202); `failed` is the dead letter.
"""

from __future__ import annotations

from enum import StrEnum


class DeliveryState(StrEnum):
    """Stored as its value, so the database holds the same words an operator reads in `policies status`."""

    PENDING = "pending"
    SENDING = "sending"
    UNKNOWN = "unknown"
    SENT = "sent"
    FAILED = "failed"
