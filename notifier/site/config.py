"""The options of the `policies` MkDocs plugin, as a typed schema (the way Material declares its plugins)."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


class PoliciesPluginConfig(base.Config):
    """Options under `plugins: - policies:` in mkdocs.yml.

    `as_of` and `draft` are also read from POLICIES_AS_OF and POLICIES_DRAFT, because `mkdocs serve`
    reloads mkdocs.yml on every rebuild and offers no other way to pass them (`policies serve` sets them).
    `lang` is set by the build itself on the projects it derives for each further language; leave it empty.
    """

    as_of = c.Optional(c.Type(str))
    draft = c.Type(bool, default=False)
    lang = c.Optional(c.Type(str))
