"""How often one client address may write to the consent log: a token bucket per address, in memory only."""

from __future__ import annotations

import math
import os
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field

from notifier.problems import PolicyError, Problem

DEFAULT_RATE = 10  # records a minute per client address, with bursts of as many


def rate_limit(env: Mapping[str, str] | None = None) -> int:
    """Records a minute per client address (POLICIES_CONSENT_RATE_LIMIT, default 10)."""
    raw = (os.environ if env is None else env).get("POLICIES_CONSENT_RATE_LIMIT") or str(DEFAULT_RATE)
    if not raw.isdigit() or not 1 <= int(raw) <= 100_000:
        raise PolicyError(Problem("POLICIES_CONSENT_RATE_LIMIT", "must be a whole number from 1 to 100000"))
    return int(raw)


@dataclass
class RateLimiter:
    """A token bucket per client address, in memory only (addresses are never written anywhere).

    Each address may send `per_minute` records a minute, in bursts of as many; a banner sends one per act, so a
    visitor never meets the limit while a script flooding the log does. Behind a reverse proxy every client has
    the proxy's address: run the API with uvicorn's --proxy-headers so the client's own address is used.
    """

    per_minute: int = DEFAULT_RATE
    buckets: dict[str, tuple[float, float]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def allow(self, client: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        with self.lock:
            tokens, last = self.buckets.get(client, (float(self.per_minute), now))
            tokens = min(float(self.per_minute), tokens + (now - last) * self.per_minute / 60)
            allowed = tokens >= 1
            self.buckets[client] = (tokens - 1 if allowed else tokens, now)
            if len(self.buckets) > 100_000:  # forget full buckets so the memory stays bounded
                self.buckets = {k: v for k, v in self.buckets.items() if v[0] < self.per_minute}
            return allowed

    def retry_after(self, client: str) -> int:
        tokens, _last = self.buckets.get(client, (0.0, 0.0))
        return max(1, math.ceil((1 - tokens) * 60 / self.per_minute))
