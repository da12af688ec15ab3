"""The HTTP API: a user's pending notices (the pop-up), acknowledgements and explicit acceptances.

Who may call:
- the storefront's backend, with `Authorization: Bearer <POLICIES_API_KEY>`, for any user;
- a user, with a signed token (from an email link or handed out by the backend), for themselves only.
The links in emails open /a/<token>: a page with one button, because mail scanners follow links with GET
and must not acknowledge anything on the user's behalf; the POST records it. Anonymous visitors get their
notices from the site's static manifest, not from here.
- SendGrid, on /v1/webhooks/sendgrid, with its ECDSA signature (notifier/delivery/http/webhook.py).
- The cookie banner, on /v1/consents, from any origin and without credential (consents.py).
Every request body is limited in size (settings.api_max_body; the webhook gets webhook_max_body), checked
on the declared length and on the bytes actually received, before any parsing.

Each endpoint is a function of its own module reading what it shares from `app.state` (state.py); auth.py
says who the caller is, errors.py turns every refusal into the JSON error body, openapi.py describes it all.
"""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.authentication import AuthenticationMiddleware
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp

from notifier.config.settings import Settings
from notifier.delivery.http import consents, events, links, notices, webhook
from notifier.delivery.http.auth import Callers
from notifier.delivery.http.errors import HANDLERS
from notifier.delivery.http.middleware import BodyLimit, RequestLog
from notifier.delivery.http.openapi import openapi
from notifier.delivery.http.rate_limit import RateLimiter, rate_limit
from notifier.delivery.http.state import AppState
from notifier.delivery.store import Engine
from notifier.publishing.repository import PolicyRepository

ROUTES: list[BaseRoute] = [
    Route("/v1/users/{user_id}/notices", notices.pending, methods=["GET"]),
    Route("/v1/acknowledgements", notices.acknowledgements, methods=["POST"]),
    Route("/a/{token}", links.link_page, methods=["GET"]),
    Route("/a/{token}", links.link_submit, methods=["POST"]),
    Route("/openapi.json", openapi, methods=["GET"]),
    Route(events.PATH, events.sendgrid_events, methods=["POST"]),
    Route(consents.PATH, consents.consents, methods=["POST", "OPTIONS"]),
]


def create_app(repository: PolicyRepository, settings: Settings, engine: Engine) -> ASGIApp:
    public = settings.webhook_public_key
    callers = Callers(settings.api_key, settings.secret_key)
    app = Starlette(
        routes=ROUTES,
        middleware=[Middleware(AuthenticationMiddleware, backend=callers)],
        exception_handlers=HANDLERS,
    )
    app.state.notifier = AppState(
        repository,
        settings,
        engine,
        webhook_key=webhook.load_public_key(public) if public else None,
        consent_limiter=RateLimiter(rate_limit()),
    )
    limited = BodyLimit(app, settings.api_max_body, {events.PATH: settings.webhook_max_body})
    return RequestLog(limited, ROUTES)
