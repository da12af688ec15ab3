"""The HTTP API: a user's pending notices (the pop-up), acknowledgements and explicit acceptances.

Who may call:
- the storefront's backend, with `Authorization: Bearer <POLICIES_API_KEY>`, for any user;
- a user, with a signed token (from an email link or handed out by the backend), for themselves only.
The links in emails open /a/<token>: a page with one button, because mail scanners follow links with GET
and must not acknowledge anything on the user's behalf; the POST records it. Anonymous visitors get their
notices from the site's static manifest, not from here.
- SendGrid, on /v1/webhooks/sendgrid, with its ECDSA signature (notifier/webhook.py).
Every request body is limited in size (settings.api_max_body; the webhook gets webhook_max_body), checked
on the declared length and on the bytes actually received, before any parsing.
"""

from __future__ import annotations

import hmac
from typing import Any

from sqlalchemy.engine import Engine
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from notifier import answer_page, tokens, webhook
from notifier.notices import CHANNELS, NotFound, find_user, pending_notices, record
from notifier.repository import PolicyRepository
from notifier.schedule import today
from notifier.settings import Settings


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


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
        too_large = _error(413, f"request body over {limit} bytes")
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
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


WEBHOOK_PATH = "/v1/webhooks/sendgrid"


def create_app(repository: PolicyRepository, settings: Settings, engine: Engine) -> ASGIApp:
    key = settings.secret_key
    webhook_key = webhook.load_public_key(settings.webhook_public_key) if settings.webhook_public_key else None

    def bearer(request: Request) -> str | None:
        header = request.headers.get("authorization", "")
        scheme, _, value = header.partition(" ")
        return value.strip() if scheme.lower() == "bearer" and value.strip() else None

    def is_backend(credential: str | None) -> bool:
        return bool(settings.api_key and credential and hmac.compare_digest(credential, settings.api_key))

    def notices(request: Request) -> Response:
        user_id = request.path_params["user_id"]
        credential = bearer(request) or request.query_params.get("token")
        if not credential:
            return _error(401, "send the API key or the user's signed token")
        if not is_backend(credential):
            try:
                tokens.verify_for(key, credential, user_id=user_id)
            except tokens.InvalidToken as exc:
                return _error(403, f"token refused: {exc}")
        try:
            user = find_user(engine, repository, user_id)
        except NotFound:
            return _error(404, "unknown user")
        on = today(repository.config.timezone)
        items = pending_notices(engine, repository, user, on)
        ttl = settings.token_ttl_days * 86400
        for item in items:  # so the pop-up can answer without the backend's key
            item["token"] = tokens.sign(key, user.id, item["notice"], item["required_action"], ttl)
        return JSONResponse({"user_id": user.id, "as_of": on.isoformat(), "notices": items})

    async def acknowledgements(request: Request) -> Response:
        try:
            body: dict[str, Any] = await request.json()
        except ValueError:
            return _error(400, "the body must be JSON")
        if not isinstance(body, dict):
            return _error(400, "the body must be a JSON object")
        channel = body.get("channel", "popup")
        if channel not in CHANNELS:
            return _error(400, f"channel must be one of {', '.join(CHANNELS)}")
        if "token" in body:
            try:
                claims = tokens.verify(key, str(body["token"]))
            except tokens.InvalidToken as exc:
                return _error(403, f"token refused: {exc}")
            if claims.action == "view":
                return _error(403, "token refused: this token cannot record an answer")
            user_id, notice, action = claims.user_id, claims.notice, claims.action
        elif is_backend(bearer(request)):
            user_id, action = str(body.get("user_id", "")), str(body.get("action", ""))
            notice = f"{body.get('policy', '')}/{body.get('version', '')}"
        else:
            return _error(401, "send a signed token in the body, or the API key")
        return await _record(user_id, notice, action, channel)

    async def _record(user_id: str, notice: str, action: str, channel: str) -> Response:
        from starlette.concurrency import run_in_threadpool

        try:
            user = await run_in_threadpool(find_user, engine, repository, user_id)
            saved, created = await run_in_threadpool(record, engine, repository, user, notice, action, channel)
        except NotFound as exc:
            return _error(404, str(exc))
        except ValueError as exc:
            return _error(400, str(exc))
        return JSONResponse(saved | {"created": created}, status_code=201 if created else 200)

    def page(request: Request, status: int, state: str, claims: tokens.TokenClaims | None = None) -> Response:
        """The link's page in the user's language (the browser's when the token names nobody)."""
        config = repository.config
        lang = answer_page.preferred_language(
            request.headers.get("accept-language", ""), config.languages, config.default_language
        )
        if claims is not None:
            try:
                lang = find_user(engine, repository, claims.user_id).locale
            except NotFound:
                state = "invalid"
        shown = answer_page.AnswerPage(state, lang, claims.notice if claims else "", claims.action if claims else "")
        return HTMLResponse(answer_page.render(repository, shown), status_code=status)

    def link_page(request: Request) -> Response:
        token = request.path_params["token"]
        try:
            claims = tokens.verify(key, token)
        except tokens.InvalidToken:
            return page(request, 403, "invalid")
        return page(request, 200, "ask", claims)

    async def link_submit(request: Request) -> Response:
        from starlette.concurrency import run_in_threadpool

        token = request.path_params["token"]
        try:
            claims = tokens.verify(key, token)
        except tokens.InvalidToken:
            return page(request, 403, "invalid")
        response = await _record(claims.user_id, claims.notice, claims.action, "email_link")
        failed = response.status_code >= 400
        status, state = (response.status_code, "failed") if failed else (200, "done")
        return await run_in_threadpool(page, request, status, state, claims)

    def openapi(_request: Request) -> Response:
        return JSONResponse(OPENAPI)

    async def sendgrid_events(request: Request) -> Response:
        if webhook_key is None:
            return _error(503, "the event webhook is not configured (SENDGRID_WEBHOOK_PUBLIC_KEY)")
        payload = await request.body()
        try:
            webhook.verify(
                webhook_key,
                request.headers.get(webhook.SIGNATURE_HEADER),
                request.headers.get(webhook.TIMESTAMP_HEADER),
                payload,
                settings.webhook_tolerance_seconds,
            )
            events = webhook.parse(payload)
        except webhook.WebhookRefused as exc:
            return _error(403 if "JSON" not in str(exc) else 400, f"webhook refused: {exc}")
        from starlette.concurrency import run_in_threadpool

        result = await run_in_threadpool(webhook.record_events, engine, events)
        return JSONResponse(vars(result))

    routes = [
        Route("/v1/users/{user_id}/notices", notices, methods=["GET"]),
        Route("/v1/acknowledgements", acknowledgements, methods=["POST"]),
        Route("/a/{token}", link_page, methods=["GET"]),
        Route("/a/{token}", link_submit, methods=["POST"]),
        Route("/openapi.json", openapi, methods=["GET"]),
        Route(WEBHOOK_PATH, sendgrid_events, methods=["POST"]),
    ]
    return BodyLimit(Starlette(routes=routes), settings.api_max_body, {WEBHOOK_PATH: settings.webhook_max_body})


_NOTICE = {
    "type": "object",
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
        "token": {"type": "string", "description": "signed token to POST the required action for this user"},
    },
}
_ERROR = {"type": "object", "properties": {"error": {"type": "string"}}}
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


OPENAPI: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {
        "title": "Policies notifier API",
        "version": "1",
        "description": "Pending notices of major and rights-reducing policy changes, and users' answers.",
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
                "security": [{"apiKey": []}, {"userToken": []}],
                "parameters": [
                    {"name": "user_id", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "token", "in": "query", "required": False, "schema": {"type": "string"}},
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
                    "401": _json(_ERROR, "no credential"),
                    "403": _json(_ERROR, "token refused"),
                    "404": _json(_ERROR, "unknown user"),
                },
            }
        },
        "/v1/acknowledgements": {
            "post": {
                "summary": "Record an acknowledgement or an explicit acceptance",
                "security": [{"apiKey": []}, {}],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "oneOf": [
                                    {
                                        "type": "object",
                                        "required": ["token"],
                                        "properties": {
                                            "token": {"type": "string"},
                                            "channel": {"type": "string", "enum": list(CHANNELS)},
                                        },
                                    },
                                    {
                                        "type": "object",
                                        "required": ["user_id", "policy", "version", "action"],
                                        "properties": {
                                            "user_id": {"type": "string"},
                                            "policy": {"type": "string"},
                                            "version": {"type": "string"},
                                            "action": {"type": "string", "enum": ["acknowledge", "accept"]},
                                            "channel": {"type": "string", "enum": list(CHANNELS)},
                                        },
                                    },
                                ]
                            }
                        }
                    },
                },
                "responses": {
                    "201": _json(_RECORD, "recorded"),
                    "200": _json(_RECORD, "already recorded; nothing changed"),
                    "400": _json(_ERROR, "bad request"),
                    "401": _json(_ERROR, "no credential"),
                    "403": _json(_ERROR, "token refused"),
                    "404": _json(_ERROR, "unknown user or version"),
                },
            }
        },
        "/a/{token}": {
            "get": {
                "summary": "Email link: a page asking the user to confirm (GET never records)",
                "parameters": [{"name": "token", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "HTML page"}, "403": {"description": "invalid or expired"}},
            },
            "post": {
                "summary": "Email link: record the token's action",
                "parameters": [{"name": "token", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "recorded"}, "403": {"description": "invalid or expired"}},
            },
        },
        "/v1/webhooks/sendgrid": {
            "post": {
                "summary": "SendGrid's signed event webhook (processed, delivered, deferred, bounce, dropped)",
                "description": "ECDSA P-256 signature over timestamp + body, headers X-Twilio-Email-Event-Webhook-"
                "Signature and -Timestamp; events de-duplicated by sg_event_id; custom_args.delivery_id maps them.",
                "responses": {
                    "200": _json(
                        {
                            "type": "object",
                            "properties": {
                                k: {"type": "integer"} for k in ("recorded", "duplicates", "unmatched", "ignored")
                            },
                        },
                        "counts",
                    ),
                    "400": _json(_ERROR, "not a JSON array"),
                    "403": _json(_ERROR, "bad or missing signature, stale timestamp"),
                    "413": _json(_ERROR, "body too large"),
                    "503": _json(_ERROR, "no public key configured"),
                },
            }
        },
        "/openapi.json": {"get": {"summary": "This document", "responses": {"200": {"description": "OpenAPI"}}}},
    },
}
