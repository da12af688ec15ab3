"""POST /v1/consents: the cookie banner's records for the consent log (legal-rules.md B9, notifier/audit/consents.py).

The banner runs on the storefront's origin, so any origin may post, with no credential and no cookie; answers
(refusals included) carry the CORS headers the browser needs to read them.
"""

from __future__ import annotations

import json

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from notifier.audit.consents import InvalidRecord, validate
from notifier.delivery.http.errors import BadInput
from notifier.delivery.http.state import app_state
from notifier.delivery.store.consents import append

PATH = "/v1/consents"
CORS = {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Headers": "Content-Type"}


async def consents(request: Request) -> Response:
    if request.method == "OPTIONS":
        return Response(status_code=204, headers=CORS | {"Access-Control-Allow-Methods": "POST"})
    state = app_state(request)
    client = request.client.host if request.client else "unknown"
    if not state.consent_limiter.allow(client):
        wait = {"Retry-After": str(state.consent_limiter.retry_after(client))}
        raise HTTPException(429, "too many records from this client", CORS | wait)
    try:
        row = validate(json.loads(await request.body()), state.repository)
    except InvalidRecord as exc:
        raise BadInput(400, exc.field, exc.reason, CORS) from None
    except ValueError:  # not JSON, or not UTF-8
        raise BadInput(400, "body", "must be a JSON object", CORS) from None
    created = await run_in_threadpool(append, state.engine, row)
    return JSONResponse({"record_id": row["record_id"], "created": created}, 201 if created else 200, CORS)
