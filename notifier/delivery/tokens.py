"""Signed, expiring tokens for the links in emails: act without logging in, and only for oneself.

A token names one user, one notice (policy/version) and one action, and an expiry; it is signed with
HMAC-SHA256 under POLICIES_SECRET_KEY. Changing any byte, or using it after it expires, or for another
user, notice or action, makes it invalid. Signatures are compared in constant time. A token is the whole
authority of whoever holds it (an old email is enough), so it never buys anything beyond its own claims:
no other notice, no other action, no new token (README, "The token model").
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import time
from dataclasses import dataclass

ACTIONS = ("acknowledge", "accept")
_VERSION = "v1"
_SHAPE = re.compile(r"\A[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\Z")


class InvalidToken(Exception):
    """The token is malformed, forged, expired, or for something else; the message says which, for logs."""


@dataclass(frozen=True)
class TokenClaims:
    user_id: str
    notice: str  # "policy/version"
    action: str
    expires: int  # Unix time


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _signature(key: bytes, payload: str) -> bytes:
    return hmac.new(key, f"{_VERSION}.{payload}".encode("ascii"), hashlib.sha256).digest()


def sign(key: bytes, user_id: str, notice: str, action: str, ttl_seconds: int, now: float | None = None) -> str:
    expires = int((now if now is not None else time.time()) + ttl_seconds)
    return Signer(key, notice, action, expires).sign(user_id)


class Signer:
    """Signs many tokens for one notice, action and expiry: a dispatch signs a million of them, so the
    HMAC key schedule and the common part of the payload are prepared once and copied per user."""

    def __init__(self, key: bytes, notice: str, action: str, expires: int):
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r}")
        self._mac = hmac.new(key, f"{_VERSION}.".encode("ascii"), hashlib.sha256)
        self._tail = json.dumps([notice, action, expires], separators=(",", ":"), ensure_ascii=False)[1:]

    def sign(self, user_id: str) -> str:
        body = json.dumps(user_id, ensure_ascii=False) + "," + self._tail
        payload = _b64(("[" + body).encode("utf-8"))
        mac = self._mac.copy()
        mac.update(payload.encode("ascii"))
        return f"{payload}.{_b64(mac.digest())}"


def verify(key: bytes, token: str, now: float | None = None) -> TokenClaims:
    """The claims of a genuine, unexpired token; raises InvalidToken otherwise."""
    if len(token) > 4096 or not _SHAPE.match(token):  # before any decoding: non-ASCII input must not crash
        raise InvalidToken("malformed token")
    payload, _dot, signature = token.partition(".")
    try:
        given = _unb64(signature)
    except (ValueError, TypeError) as exc:
        raise InvalidToken("malformed signature") from exc
    if _b64(given) != signature:  # one encoding per signature: no other spelling of a valid token is accepted
        raise InvalidToken("malformed signature")
    if not hmac.compare_digest(given, _signature(key, payload)):
        raise InvalidToken("bad signature")
    try:
        user_id, notice, action, expires = json.loads(_unb64(payload))
    except (ValueError, TypeError) as exc:
        raise InvalidToken("malformed payload") from exc
    if (now if now is not None else time.time()) >= expires:
        raise InvalidToken("expired")
    if action not in ACTIONS:
        raise InvalidToken("unknown action")
    return TokenClaims(user_id=str(user_id), notice=str(notice), action=str(action), expires=int(expires))


def verify_for(
    key: bytes,
    token: str,
    *,
    user_id: str | None = None,
    notice: str | None = None,
    action: str | None = None,
    now: float | None = None,
) -> TokenClaims:
    """Verify, and check that the token is for this user, notice and action (nobody acts for anyone else)."""
    return within(verify(key, token, now), user_id=user_id, notice=notice, action=action)


def within(
    claims: TokenClaims, *, user_id: str | None = None, notice: str | None = None, action: str | None = None
) -> TokenClaims:
    """The claims of a verified token, if they cover this user, notice and action; raises InvalidToken otherwise."""
    if user_id is not None and claims.user_id != user_id:
        raise InvalidToken("token is for another user")
    if notice is not None and claims.notice != notice:
        raise InvalidToken("token is for another notice")
    if action is not None and claims.action != action:
        raise InvalidToken("token is for another action")
    return claims
