"""The links in notice emails, /a/<token>: GET shows a page with one button, POST records the token's action.

Mail scanners follow links with GET and must not acknowledge anything on the user's behalf, so only the
button's POST records. The page speaks the user's language (the browser's when the token names nobody).
"""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from notifier.delivery import tokens
from notifier.delivery.http import answer_page
from notifier.delivery.http.errors import BadInput
from notifier.delivery.http.notices import answer
from notifier.delivery.http.state import app_state
from notifier.delivery.notices import NotFound, find_user


def _page(request: Request, status: int, state: str, claims: tokens.TokenClaims | None = None) -> Response:
    shared = app_state(request)
    config = shared.repository.config
    lang = answer_page.preferred_language(
        request.headers.get("accept-language", ""), config.languages, config.default_language
    )
    if claims is not None:
        try:
            lang = find_user(shared.engine, shared.repository, claims.user_id).locale
        except NotFound:
            state = "invalid"
    shown = answer_page.AnswerPage(state, lang, claims.notice if claims else "", claims.action if claims else "")
    return HTMLResponse(answer_page.render(shared.repository, shown), status_code=status)


def _claims(request: Request) -> tokens.TokenClaims | None:
    try:
        return tokens.verify(app_state(request).settings.secret_key, request.path_params["token"])
    except tokens.InvalidToken:
        return None


def link_page(request: Request) -> Response:
    claims = _claims(request)
    return _page(request, 403, "invalid") if claims is None else _page(request, 200, "ask", claims)


async def link_submit(request: Request) -> Response:
    claims = _claims(request)
    if claims is None:
        return _page(request, 403, "invalid")
    try:
        await answer(request, claims.user_id, claims.notice, claims.action, "email_link")
    except BadInput as refused:
        return await run_in_threadpool(_page, request, refused.status_code, "failed", claims)
    return await run_in_threadpool(_page, request, 200, "done", claims)
