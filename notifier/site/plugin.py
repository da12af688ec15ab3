"""The MkDocs plugin: a thin adapter that hands the pages of notifier.site to MkDocs (hooks only).

Registered as `policies` (pyproject.toml, entry point mkdocs.plugins), so `mkdocs build` and `mkdocs serve`
from the repository root produce the whole site. The root project builds the default language into
<site_dir>/<lang>/ and then every other language as a project of its own (see notifier.site.build).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink

from notifier.site import build
from notifier.site.config import PoliciesPluginConfig
from notifier.site.pages import SiteModel, insert_redlines
from notifier.typography import typeset


def _toc_items(items: Iterable[AnchorLink]) -> Iterator[AnchorLink]:
    for item in items:
        yield item
        yield from _toc_items(item.children)


class PoliciesPlugin(BasePlugin[PoliciesPluginConfig]):
    def __init__(self) -> None:
        self.model: SiteModel | None = None
        self.lang = ""
        self.outer_site_dir: Path | None = None
        self.command: str | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.command = command

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if self.config.lang:
            self.model = build.active_model()
            self.lang = self.config.lang
            self.outer_site_dir = None
        else:
            self.model = build.prepare(build.options_from(config, self.config, self.command))
            self.lang = self.model.config.default_language
            self.outer_site_dir = Path(config.site_dir)
            config.site_dir = str(self.outer_site_dir / self.lang)
        return build.configure_language(config, self.model, self.lang)

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        assert self.model is not None
        return build.language_files(config, files, self.model, self.lang)

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Put the redline fragments in (pages.insert_redlines), and set the language's spaces again in the table
        of contents, which re-reads headings with their spaces collapsed."""
        for item in _toc_items(page.toc):
            item.title = typeset(item.title, self.lang)
        assert self.model is not None
        return insert_redlines(html, self.model)

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        assert self.model is not None
        build.write_language_extras(self.model, self.lang, Path(config.site_dir))
        if self.outer_site_dir is not None:
            build.build_other_languages(config, self.model, self.outer_site_dir)
            build.write_root_files(self.model, self.outer_site_dir)
