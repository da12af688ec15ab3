"""The HTML the site writes into its pages, rendered from Jinja templates (templates/fragments/).

Markup lives in templates, where it reads as HTML and Jinja escapes every value; the page modules only
decide what goes in. The MkDocs theme's own templates (templates/main.html) wrap the result.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from notifier.dates import long_date

FRAGMENTS = Path(__file__).parent / "templates" / "fragments"

_environment = Environment(
    loader=FileSystemLoader(FRAGMENTS),
    autoescape=True,
    undefined=StrictUndefined,  # a misspelt value fails the build instead of printing nothing
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)
_environment.filters["long_date"] = long_date


def render(name: str, **values: object) -> str:
    """The fragment `name` (a file of templates/fragments/) filled with `values`."""
    return _environment.get_template(name).render(**values)
