"""What wraps every request before the endpoints: the body size limit, and the one log line per request."""

from __future__ import annotations

import logging
import time
from typing import Any

from starlette.routing import BaseRoute, Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from notifier.delivery.http.errors import error_response

log = logging.getLogger(__name__)


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
        too_large = error_response(413, f"body: over {limit} bytes", "body")
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and not declared.isdigit():
            await error_response(400, "Content-Length: not a number", "Content-Length")(scope, receive, send)
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
