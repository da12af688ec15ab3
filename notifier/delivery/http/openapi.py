"""The OpenAPI document of the API, served at /openapi.json: what each endpoint takes and answers.

schemathesis generates requests from it (tests/notify/test_hostile_input.py), so it is kept exact: every
status an endpoint can answer is listed, with the JSON error body of errors.py.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from notifier.audit.consents import ACTS, CONFIG_HASH, FIELDS, RANDOM_ID
from notifier.delivery import tokens
from notifier.delivery.http import consents, events, webhook
from notifier.delivery.http.notices import MAX_TEXT, UNPRINTABLE_RANGES
from notifier.delivery.notices import CHANNELS

_IDENTIFIER = {"type": "string", "minLength": 1, "maxLength": MAX_TEXT, "pattern": f"^[^{UNPRINTABLE_RANGES}]+$"}
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
_FIELD_ERROR = {
    "type": "object",
    "properties": {"error": {"type": "string"}, "field": {"type": "string"}},
}
_CONSENTS: dict[str, Any] = {
    "post": {
        "summary": "Record one cookie choice made in the banner (B9); no credential, any origin",
        "description": "Rate-limited per client address (POLICIES_CONSENT_RATE_LIMIT a minute); no IP address is "
        "stored. A record_id already stored is answered 200 and stored once.",
        "requestBody": {
            "required": True,
            "content": {
                ct: {
                    "schema": {
                        "type": "object",
                        "required": list(FIELDS),
                        "additionalProperties": False,
                        "properties": {
                            "record_id": {"type": "string", "pattern": RANDOM_ID.pattern},
                            "consent_id": {"type": "string", "pattern": RANDOM_ID.pattern},
                            "act": {"type": "string", "enum": list(ACTS)},
                            "categories": {"type": "object", "additionalProperties": {"type": "boolean"}},
                            "config_hash": {"type": "string", "pattern": CONFIG_HASH.pattern},
                            "cookie_policy_version": {"type": "string", "example": "2023-02-01"},
                            "language": {"type": "string", "example": "fr"},
                            "at": {"type": "string", "format": "date-time"},
                            "user_ref": {"type": "string", "description": "a pseudonymous id, never an account id"},
                        },
                    }
                }
                for ct in ("application/json", "text/plain")
            },
        },
        "responses": {
            "201": {"description": "stored"},
            "200": {"description": "already stored; nothing changed"},
            "400": {"description": "malformed", "content": {"application/json": {"schema": _FIELD_ERROR}}},
            "429": {"description": "too many records from this client; see Retry-After"},
        },
    }
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
        events.PATH: {
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
        consents.PATH: _CONSENTS,
    },
}


def openapi(_request: Request) -> Response:
    return JSONResponse(OPENAPI)
