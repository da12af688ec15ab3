"""How long to wait before asking the provider again, and how fast to ask at all.

Backoff is exponential with full jitter (a random wait between 0 and the capped exponential step): when a
provider recovers from an outage, N dispatchers that all failed at the same moment must not all come back at
the same moment. A 429 names the second its window resets (X-RateLimit-Reset); we wait until then plus a
little jitter for the same reason. The pacer spreads requests evenly to a configured rate across all the
threads of one process, so that `--workers 8` does not turn into a 429 storm of our own making.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with full jitter, bounded in attempts and in the length of one wait."""

    attempts: int = 4  # tries per batch inside one dispatch, the first included
    base: float = 0.5  # seconds: the first step
    cap: float = 30.0  # seconds: no single wait is longer
    rate_limit_jitter: float = 1.0  # seconds added at random after X-RateLimit-Reset
    max_rate_limit_wait: float = 60.0
    rng: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    def delay(self, attempt: int) -> float:
        """The wait after failed attempt number `attempt` (1-based): uniform in [0, min(cap, base * 2^(n-1))]."""
        step = min(self.cap, self.base * 2 ** (attempt - 1))
        return self.rng.uniform(0, step)

    def rate_limit_delay(self, reset: str | None, now: float | None = None) -> float:
        """Until the rate-limit window resets (a Unix time in seconds), plus jitter; `base` when unreadable."""
        now = time.time() if now is None else now
        try:
            wait = float(reset) - now if reset else self.base
        except ValueError:
            wait = self.base
        wait = min(max(wait, 0.0), self.max_rate_limit_wait)
        return wait + self.rng.uniform(0, self.rate_limit_jitter)


class Pacer:
    """At most `rate` requests per second from this process, whatever the number of threads (0: no limit)."""

    def __init__(
        self, rate: float, clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep
    ):
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self.clock, self.sleep = clock, sleep
        self._next = 0.0
        self._lock = threading.Lock()

    def wait(self) -> None:
        if not self.interval:
            return
        with self._lock:
            now = self.clock()
            slot = max(now, self._next)
            self._next = slot + self.interval
        if slot > now:
            self.sleep(slot - now)
