"""Who is calling: the storefront's backend, or the holder of one user's token (README, "The token model").

- The backend sends `Authorization: Bearer <POLICIES_API_KEY>` and may act for any user.
- Anyone else with a bearer credential, or a `token` query parameter, holds a user's token: it is verified on
  arrival, and it buys its own user, notice and action only. The API key is never taken from the query (a
  query ends up in logs and browser history): there it is just a token that does not verify.

The middleware only says who the caller is. Each endpoint decides what that caller may do, after it has checked
its own input, so a malformed request is told what is malformed before it is told who may not send it.
"""

from __future__ import annotations

import hmac

from starlette.authentication import AuthCredentials, AuthenticationBackend, BaseUser
from starlette.requests import HTTPConnection

from notifier.delivery import tokens
from notifier.delivery.http.errors import BadInput

BACKEND_SCOPE, USER_SCOPE = "backend", "user"


class StorefrontBackend(BaseUser):
    """The storefront's backend: it presented the API key."""

    @property
    def is_authenticated(self) -> bool:
        return True

    @property
    def display_name(self) -> str:
        return "storefront backend"


class TokenHolder(BaseUser):
    """Whoever presents a user's token: the token's claims once verified, or why it was refused.

    `field` is where the token came from (Authorization, token), so a refusal names it.
    """

    def __init__(self, field: str, verified: tokens.TokenClaims | tokens.InvalidToken):
        self.field, self.verified = field, verified

    @property
    def is_authenticated(self) -> bool:
        return isinstance(self.verified, tokens.TokenClaims)

    @property
    def display_name(self) -> str:
        return "token holder"  # never the user id: display names end up in logs

    def claims(self, user_id: str | None = None) -> tokens.TokenClaims:
        """The token's claims, if it is genuine and (when given) for `user_id`; else a 403 naming the field."""
        try:
            if isinstance(self.verified, tokens.InvalidToken):
                raise self.verified
            return tokens.within(self.verified, user_id=user_id)
        except tokens.InvalidToken as exc:
            raise BadInput(403, self.field, f"token refused: {exc}") from None


def is_backend(connection: HTTPConnection) -> bool:
    """Whether the caller presented the storefront's API key."""
    return BACKEND_SCOPE in connection.auth.scopes


def token_holder(key: bytes, token: str, field: str) -> TokenHolder:
    try:
        return TokenHolder(field, tokens.verify(key, token))
    except tokens.InvalidToken as exc:
        return TokenHolder(field, exc)


def bearer(connection: HTTPConnection) -> str | None:
    scheme, _, value = connection.headers.get("authorization", "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


class Callers(AuthenticationBackend):
    """Tells the backend from a token holder; anonymous callers (the banner, SendGrid, link pages) pass as such."""

    def __init__(self, api_key: str | None, secret_key: bytes):
        self.api_key = api_key.encode("utf-8") if api_key else None
        self.secret_key = secret_key

    def is_api_key(self, credential: str | None) -> bool:
        # Header values arrive decoded as Latin-1: back to their bytes, so any input compares without error.
        given = (credential or "").encode("latin-1", "replace")
        return bool(self.api_key and credential and hmac.compare_digest(given, self.api_key))

    async def authenticate(self, conn: HTTPConnection) -> tuple[AuthCredentials, BaseUser] | None:
        credential = bearer(conn)
        if self.is_api_key(credential):
            return AuthCredentials([BACKEND_SCOPE]), StorefrontBackend()
        token, field = (credential, "Authorization") if credential else (conn.query_params.get("token"), "token")
        if not token:
            return None
        holder = token_holder(self.secret_key, token, field)
        return AuthCredentials([USER_SCOPE] if holder.is_authenticated else []), holder
