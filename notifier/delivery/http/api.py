"""The HTTP API: a user's pending notices (the pop-up), acknowledgements and explicit acceptances.

Who may call:
- the storefront's backend, with `Authorization: Bearer <POLICIES_API_KEY>`, for any user;
- a user, with a signed token (from an email link or handed out by the backend), for themselves only.
The links in emails open /a/<token>: a page with one button, because mail scanners follow links with GET
and must not acknowledge anything on the user's behalf; the POST records it. Anonymous visitors get their
notices from the site's static manifest, not from here.
- SendGrid, on /v1/webhooks/sendgrid, with its ECDSA signature (notifier/delivery/http/webhook.py).
Every request body is limited in size (settings.api_max_body; the webhook gets webhook_max_body), checked
on the declared length and on the bytes actually received, before any parsing.
"""

from __future__ import annotations

import hmac
import logging
import re
import time
from typing import Any

from sqlalchemy.engine import Engine
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import BaseRoute, Match, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from notifier.audit import consents
from notifier.config.settings import Settings
from notifier.delivery import tokens
from notifier.delivery.http import answer_page, webhook
from notifier.delivery.notices import CHANNELS, NotFound, UserRef, find_user, pending_notices, record
from notifier.publishing.repository import PolicyRepository
from notifier.publishing.schedule import today

log = logging.getLogger(__name__)
WEBHOOK_PATH = "/v1/webhooks/sendgrid"
# A pop-up token is for the page the storefront is showing now; an email link keeps the longer
# settings.token_ttl_days because the email waits in the inbox.
POPUP_TOKEN_SECONDS = 86400
MAX_TEXT = 128  # the store's longest identifier (users.id)
_UNPRINTABLE_RANGES = r"\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff"  # controls, line breaks, lone surrogates
_UNPRINTABLE = re.compile(f"[{_UNPRINTABLE_RANGES}]")


class BadInput(Exception):
    """A request the API refuses: the status, the field at fault and why (never the value: no personal data)."""

    def __init__(self, status: int, field: str, reason: str):
        super().__init__(f"{field}: {reason}")
        self.status, self.field = status, field

    def response(self) -> JSONResponse:
        return _error(self.status, str(self), self.field)


def _error(status: int, message: str, field: str | None = None) -> JSONResponse:
    return JSONResponse({"error": message} | ({"field": field} if field else {}), status_code=status)


def checked_text(value: object, field: str) -> str:
    """`value` if it is an identifier the store can hold: a string, 1 to MAX_TEXT characters, printable."""
    if not isinstance(value, str) or not 0 < len(value) <= MAX_TEXT or _UNPRINTABLE.search(value):
        raise BadInput(400, field, f"must be a string of 1 to {MAX_TEXT} characters without control characters")
    return value


async def _json_object(request: Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except (ValueError, RecursionError):  # RecursionError: a body of thousands of nested [
        raise BadInput(400, "body", "must be a JSON object") from None
    if not isinstance(body, dict):
        raise BadInput(400, "body", "must be a JSON object")
    return body


def _bearer(request: Request) -> str | None:
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


class BodyLimit:
    """Refuse request bodies over a size limit (413) before the application sees them.

    The body is read here, up to the limit, and replayed to the application: a declared Content-Length over
    the limit is refused at once, and a chunked body as soon as it passes the limit, without buffering more.
    """

    def __init__(self, app: ASGIApp, default: int, per_path: dict[str, int]):
        self.app, self.default, self.per_path = app, default, per_path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.per_path.get(scope["path"], self.default)
        too_large = _error(413, f"body: over {limit} bytes", "body")
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and not declared.isdigit():
            await _error(400, "Content-Length: not a number", "Content-Length")(scope, receive, send)
            return
        if declared is not None and int(declared) > limit:
            await too_large(scope, receive, send)
            return
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > limit:
                await too_large(scope, receive, send)
                return
            if not message.get("more_body"):
                break
        body, replayed = b"".join(chunks), False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


class RequestLog:
    """One log line per request: method, route template, status, duration.

    Never the path or the query: they hold user ids and tokens (a token is base64 of its user id). This
    replaces uvicorn's access log, which `policies api` turns off. An exception is logged by its type only
    (a database error quotes its parameters, user ids among them), in full at DEBUG level.
    """

    def __init__(self, app: ASGIApp, routes: list[BaseRoute]):
        self.app, self.routes = app, routes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started, status = time.perf_counter(), 500

        async def watch(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        fields: dict[str, Any] = {"method": scope["method"], "route": self.template(scope)}
        try:
            await self.app(scope, receive, watch)
        except Exception as exc:  # Starlette has already answered 500; keep the details out of the info log
            fields["error"] = type(exc).__name__
            log.debug("request failed", exc_info=True)
        fields |= {"status": status, "duration_ms": round((time.perf_counter() - started) * 1000, 1)}
        log.log(logging.ERROR if "error" in fields else logging.INFO, "http request", extra={"fields": fields})

    def template(self, scope: Scope) -> str:
        matches = {route.matches(scope)[0]: getattr(route, "path", "?") for route in reversed(self.routes)}
        return matches.get(Match.FULL) or matches.get(Match.PARTIAL) or "(no route)"


class NoticeApi:
    """The endpoints, over one store and ledger. Who may do what is the token model of the README."""

    def __init__(self, repository: PolicyRepository, settings: Settings, engine: Engine):
        self.repository, self.settings, self.engine = repository, settings, engine
        self.key = settings.secret_key
        self.api_key = settings.api_key.encode("utf-8") if settings.api_key else None
        public = settings.webhook_public_key
        self.webhook_key = webhook.load_public_key(public) if public else None

    def is_backend(self, credential: str | None) -> bool:
        # Header values arrive decoded as Latin-1: back to their bytes, so any input compares without error.
        given = (credential or "").encode("latin-1", "replace")
        return bool(self.api_key and credential and hmac.compare_digest(given, self.api_key))

    def claims_of(self, token: str, field: str, user_id: str | None = None) -> tokens.TokenClaims:
        try:
            return tokens.verify_for(self.key, token, user_id=user_id)
        except tokens.InvalidToken as exc:
            raise BadInput(403, field, f"token refused: {exc}") from None

    def user(self, user_id: str) -> UserRef:
        try:
            return find_user(self.engine, self.repository, user_id)
        except NotFound:
            raise BadInput(404, "user_id", "unknown user") from None

    def notices(self, request: Request) -> Response:
        """The backend sees every pending notice; a token holder sees the one notice the token is for."""
        user_id = checked_text(request.path_params["user_id"], "user_id")
        credential = _bearer(request)
        if self.is_backend(credential):
            return self.listing(self.user(user_id), only=None)
        token, field = (credential, "Authorization") if credential else (request.query_params.get("token"), "token")
        if not token:
            raise BadInput(401, "Authorization", "send the API key (Authorization: Bearer) or the user's token")
        claims = self.claims_of(token, field, user_id=user_id)
        return self.listing(self.user(user_id), only=claims.notice)

    def listing(self, user: UserRef, only: str | None) -> Response:
        """Pending notices; to the backend alone, a short-lived acknowledge token per notice for the pop-up.

        An accept token is never minted: only the emailed accept link and the backend's key record one (T5)."""
        on = today(self.repository.config.timezone)
        items = [i for i in pending_notices(self.engine, self.repository, user, on) if only in (None, i["notice"])]
        for item in items if only is None else ():
            if item["required_action"] == "acknowledge":
                item["token"] = tokens.sign(self.key, user.id, item["notice"], "acknowledge", POPUP_TOKEN_SECONDS)
        return JSONResponse({"user_id": user.id, "as_of": on.isoformat(), "notices": items})

    async def acknowledgements(self, request: Request) -> Response:
        body = await _json_object(request)
        channel = body.get("channel", "popup")
        if not isinstance(channel, str) or channel not in CHANNELS:
            raise BadInput(400, "channel", f"must be one of {', '.join(CHANNELS)}")
        if "token" in body:  # the token decides who, what and which action; the rest of the body cannot
            if not isinstance(body["token"], str):
                raise BadInput(400, "token", "must be a string")
            claims = self.claims_of(body["token"], "token")
            return await self.answer(claims.user_id, claims.notice, claims.action, channel)
        if not self.is_backend(_bearer(request)):
            raise BadInput(401, "Authorization", "send a signed token in the body, or the API key")
        user_id = checked_text(body.get("user_id"), "user_id")
        notice = f"{checked_text(body.get('policy'), 'policy')}/{checked_text(body.get('version'), 'version')}"
        action = body.get("action")
        if not isinstance(action, str) or action not in tokens.ACTIONS:
            raise BadInput(400, "action", f"must be one of {', '.join(tokens.ACTIONS)}")
        return await self.answer(user_id, notice, action, channel)

    async def answer(self, user_id: str, notice: str, action: str, channel: str) -> Response:
        user = await run_in_threadpool(self.user, user_id)
        try:
            saved, created = await run_in_threadpool(
                record, self.engine, self.repository, user, notice, action, channel
            )
        except NotFound as exc:
            raise BadInput(404, "version", str(exc)) from None
        return JSONResponse(saved | {"created": created}, status_code=201 if created else 200)

    def page(self, request: Request, status: int, state: str, claims: tokens.TokenClaims | None = None) -> Response:
        """The link's page in the user's language (the browser's when the token names nobody)."""
        config = self.repository.config
        lang = answer_page.preferred_language(
            request.headers.get("accept-language", ""), config.languages, config.default_language
        )
        if claims is not None:
            try:
                lang = find_user(self.engine, self.repository, claims.user_id).locale
            except NotFound:
                state = "invalid"
        shown = answer_page.AnswerPage(state, lang, claims.notice if claims else "", claims.action if claims else "")
        return HTMLResponse(answer_page.render(self.repository, shown), status_code=status)

    def link_page(self, request: Request) -> Response:
        try:
            claims = tokens.verify(self.key, request.path_params["token"])
        except tokens.InvalidToken:
            return self.page(request, 403, "invalid")
        return self.page(request, 200, "ask", claims)

    async def link_submit(self, request: Request) -> Response:
        try:
            claims = tokens.verify(self.key, request.path_params["token"])
        except tokens.InvalidToken:
            return self.page(request, 403, "invalid")
        try:
            await self.answer(claims.user_id, claims.notice, claims.action, "email_link")
        except BadInput as refused:
            return await run_in_threadpool(self.page, request, refused.status, "failed", claims)
        return await run_in_threadpool(self.page, request, 200, "done", claims)

    async def sendgrid_events(self, request: Request) -> Response:
        if self.webhook_key is None:
            return _error(503, "the event webhook is not configured (SENDGRID_WEBHOOK_PUBLIC_KEY)")
        payload = await request.body()
        try:
            webhook.verify(
                self.webhook_key,
                request.headers.get(webhook.SIGNATURE_HEADER),
                request.headers.get(webhook.TIMESTAMP_HEADER),
                payload,
                self.settings.webhook_tolerance_seconds,
            )
            events = webhook.parse(payload)
        except webhook.WebhookRefused as exc:
            raise BadInput(400 if exc.field == "body" else 403, exc.field, f"webhook refused: {exc}") from None
        result = await run_in_threadpool(webhook.record_events, self.engine, events)
        return JSONResponse(vars(result))


def _http_error(_request: Request, exc: HTTPException) -> Response:
    """Starlette's own 404 and 405 as JSON errors too (with their Allow header)."""
    return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code, headers=exc.headers)


def create_app(repository: PolicyRepository, settings: Settings, engine: Engine) -> ASGIApp:
    api = NoticeApi(repository, settings, engine)
    routes: list[BaseRoute] = [
        Route("/v1/users/{user_id}/notices", api.notices, methods=["GET"]),
        Route("/v1/acknowledgements", api.acknowledgements, methods=["POST"]),
        Route("/a/{token}", api.link_page, methods=["GET"]),
        Route("/a/{token}", api.link_submit, methods=["POST"]),
        Route("/openapi.json", lambda _request: JSONResponse(OPENAPI), methods=["GET"]),
        Route(WEBHOOK_PATH, api.sendgrid_events, methods=["POST"]),
        consents.route(engine, repository),
    ]
    handlers = {BadInput: lambda _request, exc: exc.response(), HTTPException: _http_error}
    app = Starlette(routes=routes, exception_handlers=handlers)
    limited = BodyLimit(app, settings.api_max_body, {WEBHOOK_PATH: settings.webhook_max_body})
    return RequestLog(limited, routes)


_IDENTIFIER = {"type": "string", "minLength": 1, "maxLength": MAX_TEXT, "pattern": f"^[^{_UNPRINTABLE_RANGES}]+$"}
_TOKEN = {"type": "string", "maxLength": 4096, "pattern": "^[A-Za-z0-9_-]+[.][A-Za-z0-9_-]+$"}
_NOTICE = {
    "type": "object",
    "required": ["notice", "policy", "version", "change_class", "locale", "content_sha256", "required_action"],
    "properties": {
        "notice": {"type": "string", "example": "privacy/2026-11-21"},
        "policy": {"type": "string"},
        "version": {"type": "string"},
        "title": {"type": "string"},
        "change_class": {"type": "string", "enum": ["major", "rights_reducing"]},
        "locale": {"type": "string"},
        "summary": {"type": "string"},
        "published_at": {"type": "string", "format": "date"},
        "effective_at": {"type": "string", "format": "date"},
        "version_url": {"type": "string", "format": "uri"},
        "redline_url": {"type": ["string", "null"]},
        "content_sha256": {"type": "string"},
        "required_action": {"type": "string", "enum": ["acknowledge", "accept"]},
        "token": {
            "type": "string",
            "description": "only in the backend's listing, only for an acknowledge notice: a token valid one day "
            "that acknowledges this notice for this user (for the pop-up). Never an accept token.",
        },
    },
}
_ERROR = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {"type": "string", "description": "what is wrong, starting with the field"},
        "field": {"type": "string", "description": "the field at fault: a body field, a header, or body"},
    },
}
_RECORD = {
    "type": "object",
    "properties": {
        "user_id": {"type": "string"},
        "notice": {"type": "string"},
        "policy": {"type": "string"},
        "version": {"type": "string"},
        "action": {"type": "string"},
        "channel": {"type": "string"},
        "locale": {"type": "string"},
        "content_sha256": {"type": "string"},
        "at": {"type": "string"},
        "created": {"type": "boolean"},
    },
}


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _errors(**described: str) -> dict[str, Any]:
    """Error responses by status: every one is a JSON error naming the field (`_400="…"`)."""
    return {status.lstrip("_"): _json(_ERROR, text) for status, text in described.items()}


def _html(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"text/html": {"schema": {"type": "string"}}}}


_TOKEN_PATH = [{"name": "token", "in": "path", "required": True, "schema": _TOKEN}]
_BACKEND_ANSWER = {
    "type": "object",
    "required": ["user_id", "policy", "version", "action"],
    "not": {"required": ["token"]},  # with a token, the token decides
    "properties": {
        "user_id": _IDENTIFIER,
        "policy": _IDENTIFIER,
        "version": _IDENTIFIER,
        "action": {"type": "string", "enum": list(tokens.ACTIONS)},
        "channel": {"type": "string", "enum": list(CHANNELS)},
    },
}
_TOKEN_ANSWER = {
    "type": "object",
    "required": ["token"],
    "properties": {"token": _TOKEN, "channel": {"type": "string", "enum": list(CHANNELS)}},
}
OPENAPI: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {
        "title": "Policies notifier API",
        "version": "1",
        "description": "Pending notices of major and rights-reducing policy changes, and users' answers. "
        "A token authorises exactly its own user, notice and action until its own expiry (README, token model).",
    },
    "components": {
        "securitySchemes": {
            "apiKey": {"type": "http", "scheme": "bearer", "description": "POLICIES_API_KEY (storefront backend)"},
            "userToken": {"type": "http", "scheme": "bearer", "description": "a signed token for this user"},
        }
    },
    "paths": {
        "/v1/users/{user_id}/notices": {
            "get": {
                "summary": "Notices this user still has to acknowledge or accept",
                "description": "With the API key: every pending notice. With a user's token (Authorization header "
                "or `token`): only the notice that token is for, and no new token.",
                "security": [{"apiKey": []}, {"userToken": []}],
                "parameters": [
                    {"name": "user_id", "in": "path", "required": True, "schema": _IDENTIFIER},
                    {"name": "token", "in": "query", "required": False, "schema": _TOKEN},
                ],
                "responses": {
                    "200": _json(
                        {
                            "type": "object",
                            "properties": {
                                "user_id": {"type": "string"},
                                "as_of": {"type": "string", "format": "date"},
                                "notices": {"type": "array", "items": _NOTICE},
                            },
                        },
                        "pending notices",
                    ),
                    **_errors(
                        _400="malformed user_id",
                        _401="no credential",
                        _403="token refused",
                        _404="unknown user",
                        _405="method not allowed",
                    ),
                },
            }
        },
        "/v1/acknowledgements": {
            "post": {
                "summary": "Record an acknowledgement or an explicit acceptance",
                "description": "With a token, exactly the token's user, notice and action (the rest of the body "
                "is ignored). With the API key, the body names them.",
                "security": [{"apiKey": []}, {}],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"oneOf": [_TOKEN_ANSWER, _BACKEND_ANSWER]}}},
                },
                "responses": {
                    "201": _json(_RECORD, "recorded"),
                    "200": _json(_RECORD, "already recorded; nothing changed"),
                    **_errors(
                        _400="bad request: the field named is missing, of the wrong type or malformed",
                        _401="no credential",
                        _403="token refused",
                        _404="unknown user or version",
                        _405="method not allowed",
                        _413="body too large",
                    ),
                },
            }
        },
        "/a/{token}": {
            "get": {
                "summary": "Email link: a page asking the user to confirm (GET never records)",
                "parameters": _TOKEN_PATH,
                "responses": {"200": _html("the page with one button"), "403": _html("invalid or expired")},
            },
            "post": {
                "summary": "Email link: record the token's action",
                "parameters": _TOKEN_PATH,
                "responses": {
                    "200": _html("recorded"),
                    "403": _html("invalid or expired"),
                    "404": _html("the user or the version no longer exists"),
                    **_errors(_413="body too large"),
                },
            },
        },
        "/v1/webhooks/sendgrid": {
            "post": {
                "summary": "SendGrid's signed event webhook (processed, delivered, deferred, bounce, dropped)",
                "description": "ECDSA P-256 signature over timestamp + body; events de-duplicated by sg_event_id; "
                "custom_args.delivery_id maps them. Malformed entries are counted and skipped, never fatal.",
                "parameters": [
                    {"name": webhook.SIGNATURE_HEADER, "in": "header", "required": True, "schema": {"type": "string"}},
                    {"name": webhook.TIMESTAMP_HEADER, "in": "header", "required": True, "schema": {"type": "string"}},
                ],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"type": "array", "items": {"type": "object"}}}},
                },
                "responses": {
                    "200": _json(
                        {
                            "type": "object",
                            "properties": {k: {"type": "integer"} for k in vars(webhook.WebhookResult())},
                        },
                        "counts",
                    ),
                    **_errors(
                        _400="not a JSON array",
                        _403="bad or missing signature, stale timestamp",
                        _405="method not allowed",
                        _413="body too large",
                        _503="no public key configured",
                    ),
                },
            }
        },
        "/openapi.json": {
            "get": {"summary": "This document", "responses": {"200": _json({"type": "object"}, "OpenAPI")}}
        },
        consents.PATH: consents.OPENAPI_PATH,
    },
}
