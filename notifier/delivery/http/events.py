"""POST /v1/webhooks/sendgrid: SendGrid's signed delivery events, checked and recorded by webhook.py."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from notifier.delivery.http import webhook
from notifier.delivery.http.errors import BadInput
from notifier.delivery.http.state import app_state

PATH = "/v1/webhooks/sendgrid"


async def sendgrid_events(request: Request) -> Response:
    state = app_state(request)
    if state.webhook_key is None:
        raise HTTPException(503, "the event webhook is not configured (SENDGRID_WEBHOOK_PUBLIC_KEY)")
    payload = await request.body()
    try:
        webhook.verify(
            state.webhook_key,
            request.headers.get(webhook.SIGNATURE_HEADER),
            request.headers.get(webhook.TIMESTAMP_HEADER),
            payload,
            state.settings.webhook_tolerance_seconds,
        )
        events = webhook.parse(payload)
    except webhook.WebhookRefused as exc:
        raise BadInput(400 if exc.field == "body" else 403, exc.field, f"webhook refused: {exc}") from None
    result = await run_in_threadpool(webhook.record_events, state.engine, events)
    return JSONResponse(vars(result))
