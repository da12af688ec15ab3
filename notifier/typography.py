"""French typography for what readers see: no-break spaces where French puts them.

French sets a space before « : ; ! ? » and inside « », and a line must never break there (a lone « ! » at
the start of a line looks broken). Texts are written with ordinary spaces, and released texts cannot be
edited (T4), so the site, the pop-up, the banner and the emails set the spaces when they render. The
narrow no-break space (U+202F) goes before ; ! ? and inside « », the no-break space (U+00A0) before the
colon, as the Imprimerie nationale's rules have it.
"""

from __future__ import annotations

import re

NARROW_NBSP = "\u202f"
NBSP = "\u00a0"
_BEFORE_NARROW = re.compile(r"[ \u00a0]+([;!?»])")
_BEFORE_COLON = re.compile(r"[ \u202f]+:(?=\s|$)", re.MULTILINE)
_AFTER_OPENING = re.compile(r"«[ \u00a0]+")


def typeset(text: str, lang: str) -> str:
    """`text` with the no-break spaces of `lang`'s typography (only French has any)."""
    if lang != "fr" or not text:
        return text
    text = _BEFORE_NARROW.sub(NARROW_NBSP + r"\1", text)
    text = _BEFORE_COLON.sub(NBSP + ":", text)
    return _AFTER_OPENING.sub("«" + NARROW_NBSP, text)
