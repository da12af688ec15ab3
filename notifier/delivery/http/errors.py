"""Every refusal the API sends is the same JSON body, made here: `{"error": "<field>: why", "field": "<field>"}`.

Endpoints raise (BadInput, or Starlette's HTTPException for its own 404 and 405); the exception handler below
answers. The message names the field and the reason, never the value: a value may be personal data.
"""

from __future__ import annotations

from collections.abc import Mapping

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response


class BadInput(HTTPException):
    """A request the API refuses: the status, the field at fault and why."""

    def __init__(self, status: int, field: str, reason: str, headers: Mapping[str, str] | None = None):
        super().__init__(status, f"{field}: {reason}", headers)
        self.field = field


def error_response(
    status: int, message: str, field: str | None = None, headers: Mapping[str, str] | None = None
) -> JSONResponse:
    return JSONResponse({"error": message} | ({"field": field} if field else {}), status_code=status, headers=headers)


def http_error(_request: Request, exc: Exception) -> Response:
    """The answer to any HTTPException: ours name a field; Starlette's 404 and 405 keep their Allow header."""
    assert isinstance(exc, HTTPException)  # the handler is registered for HTTPException only
    field = exc.field if isinstance(exc, BadInput) else None
    return error_response(exc.status_code, str(exc.detail), field, exc.headers)


HANDLERS = {HTTPException: http_error}
