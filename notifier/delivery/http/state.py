"""What every endpoint shares, kept on the application (`app.state.notifier`) rather than in closures."""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ec import EllipticCurvePublicKey
from starlette.requests import HTTPConnection

from notifier.config.settings import Settings
from notifier.delivery.http.rate_limit import RateLimiter
from notifier.delivery.store import Engine
from notifier.publishing.repository import PolicyRepository


@dataclass(frozen=True)
class AppState:
    repository: PolicyRepository
    settings: Settings
    engine: Engine
    webhook_key: EllipticCurvePublicKey | None  # None: the event webhook is not configured
    consent_limiter: RateLimiter


def app_state(connection: HTTPConnection) -> AppState:
    state: AppState = connection.app.state.notifier
    return state
