"""A user's pending notices (the pop-up's data) and their answers: acknowledgements and explicit acceptances.

The backend sees every pending notice of any user and records answers in their name; a token holder sees the one
notice the token is for and records exactly the token's action (auth.py says who is who).
"""

from __future__ import annotations

import re
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from notifier.delivery import tokens
from notifier.delivery.http.auth import TokenHolder, is_backend, token_holder
from notifier.delivery.http.errors import BadInput
from notifier.delivery.http.state import AppState, app_state
from notifier.delivery.notices import CHANNELS, NotFound, UserRef, find_user, pending_notices, record
from notifier.publishing.schedule import today

# A pop-up token is for the page the storefront is showing now; an email link keeps the longer
# settings.token_ttl_days because the email waits in the inbox.
POPUP_TOKEN_SECONDS = 86400
MAX_TEXT = 128  # the store's longest identifier (users.id)
UNPRINTABLE_RANGES = r"\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff"  # controls, line breaks, lone surrogates
_UNPRINTABLE = re.compile(f"[{UNPRINTABLE_RANGES}]")


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


def known_user(state: AppState, user_id: str) -> UserRef:
    try:
        return find_user(state.engine, state.repository, user_id)
    except NotFound:
        raise BadInput(404, "user_id", "unknown user") from None


def pending(request: Request) -> Response:
    """GET /v1/users/{user_id}/notices: every pending notice for the backend, the token's one for its holder."""
    user_id = checked_text(request.path_params["user_id"], "user_id")
    state = app_state(request)
    if is_backend(request):
        return _listing(state, known_user(state, user_id), only=None)
    if not isinstance(request.user, TokenHolder):
        raise BadInput(401, "Authorization", "send the API key (Authorization: Bearer) or the user's token")
    claims = request.user.claims(user_id)
    return _listing(state, known_user(state, user_id), only=claims.notice)


def _listing(state: AppState, user: UserRef, only: str | None) -> Response:
    """Pending notices; to the backend alone, a short-lived acknowledge token per notice for the pop-up.

    An accept token is never minted: only the emailed accept link and the backend's key record one (T5)."""
    repository, key = state.repository, state.settings.secret_key
    on = today(repository.config.timezone)
    items = [i for i in pending_notices(state.engine, repository, user, on) if only in (None, i["notice"])]
    for item in items if only is None else ():
        if item["required_action"] == "acknowledge":
            item["token"] = tokens.sign(key, user.id, item["notice"], "acknowledge", POPUP_TOKEN_SECONDS)
    return JSONResponse({"user_id": user.id, "as_of": on.isoformat(), "notices": items})


async def acknowledgements(request: Request) -> Response:
    """POST /v1/acknowledgements: with a token in the body, the token's answer; with the API key, the body's."""
    body = await _json_object(request)
    channel = body.get("channel", "popup")
    if not isinstance(channel, str) or channel not in CHANNELS:
        raise BadInput(400, "channel", f"must be one of {', '.join(CHANNELS)}")
    if "token" in body:  # the token decides who, what and which action; the rest of the body cannot
        if not isinstance(body["token"], str):
            raise BadInput(400, "token", "must be a string")
        claims = token_holder(app_state(request).settings.secret_key, body["token"], "token").claims()
        return await answer(request, claims.user_id, claims.notice, claims.action, channel)
    if not is_backend(request):
        raise BadInput(401, "Authorization", "send a signed token in the body, or the API key")
    user_id = checked_text(body.get("user_id"), "user_id")
    notice = f"{checked_text(body.get('policy'), 'policy')}/{checked_text(body.get('version'), 'version')}"
    action = body.get("action")
    if not isinstance(action, str) or action not in tokens.ACTIONS:
        raise BadInput(400, "action", f"must be one of {', '.join(tokens.ACTIONS)}")
    return await answer(request, user_id, notice, action, channel)


async def answer(request: Request, user_id: str, notice: str, action: str, channel: str) -> Response:
    """Record the answer: 201 when it is new, 200 when it was already recorded (nothing changes)."""
    state = app_state(request)
    user = await run_in_threadpool(known_user, state, user_id)
    try:
        saved, created = await run_in_threadpool(record, state.engine, state.repository, user, notice, action, channel)
    except NotFound as exc:
        raise BadInput(404, "version", str(exc)) from None
    return JSONResponse(saved | {"created": created}, status_code=201 if created else 200)
