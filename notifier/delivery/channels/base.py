"""The one small interface every email channel implements: send a batch of one message to many recipients.

A batch is one notice (or several told in one email) in one language (one rendered message) and up to
`max_batch` recipients, each with
the values of their personal links. The channel answers per delivery id: sent (with the provider's id),
failed for good (with the reason), to retry later (certainly not sent), or unknown (the request may have
reached the provider: a timeout after sending, a dropped connection; never resent blindly). The dispatcher
owns every state change in the store, so channels stay free of database code and a new provider is one small class.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from notifier.delivery.emails import RenderedMessage


@dataclass(frozen=True)
class Recipient:
    delivery_id: int
    user_id: str
    email: str
    values: dict[str, str]  # marker -> personal value (signed links)


@dataclass(frozen=True)
class Batch:
    notice_id: int
    policy: str
    version: str
    message: RenderedMessage
    sender_email: str
    sender_name: str
    reply_to: str | None
    recipients: list[Recipient]
    others: tuple[str, ...] = ()  # "policy/version" of the other notices the message tells, if any

    @property
    def notices(self) -> tuple[str, ...]:
        """Every notice the message tells, as "policy/version": the first is the batch's own."""
        return (f"{self.policy}/{self.version}", *self.others)


@dataclass
class BatchResult:
    sent: dict[int, str | None] = field(default_factory=dict)  # delivery id -> provider message id
    failed: dict[int, str] = field(default_factory=dict)  # delivery id -> reason (permanent)
    retry: dict[int, str] = field(default_factory=dict)  # delivery id -> reason (temporary, certainly not sent)
    unknown: dict[int, str] = field(default_factory=dict)  # delivery id -> reason (maybe sent: wait for events)
    later: dict[int, str] = field(default_factory=dict)  # not attempted (rate limit, lease ending): not a failure
    requests: int = 0


class ChannelError(Exception):
    """The channel cannot send at all (bad credentials, unreachable server): stop the dispatch, keep state."""


class Channel(Protocol):
    name: str
    max_batch: int

    def send(self, batch: Batch, deadline: float | None = None) -> BatchResult:
        """Send the batch; start no new attempt after `deadline` (time.monotonic()), when the lease ends."""
        ...

    def close(self) -> None: ...
