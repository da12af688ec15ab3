"""Signed tokens: bound to one user, notice and action; any change, or time, makes them invalid."""

from __future__ import annotations

import pytest

from notifier.delivery import tokens

KEY = b"k" * 32


def test_a_token_is_bound_to_its_user_notice_and_action():
    token = tokens.sign(KEY, "u-1", "privacy/2026-11-21", "accept", 60, now=1000)
    claims = tokens.verify_for(KEY, token, user_id="u-1", notice="privacy/2026-11-21", action="accept", now=1059)
    assert (claims.user_id, claims.expires) == ("u-1", 1060)
    for other in ({"user_id": "u-2"}, {"notice": "cookies/2026-11-21"}, {"action": "acknowledge"}):
        with pytest.raises(tokens.InvalidToken, match="another"):
            tokens.verify_for(KEY, token, now=1000, **other)


def test_expired_and_wrong_key_tokens_are_refused():
    token = tokens.sign(KEY, "u-1", "privacy/2026-11-21", "accept", 60, now=1000)
    with pytest.raises(tokens.InvalidToken, match="expired"):
        tokens.verify(KEY, token, now=1060)
    with pytest.raises(tokens.InvalidToken, match="signature"):
        tokens.verify(b"other-key", token, now=1000)
