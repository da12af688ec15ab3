"""Building outside the browser: plain `mkdocs build` through the entry point, and the draft preview's limits."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

from notifier.site import build
from notifier.site.config import PoliciesPluginConfig

REPO = Path(__file__).resolve().parents[2]


def test_plain_mkdocs_build_from_the_root_builds_every_language(tmp_path: Path) -> None:
    env = {**os.environ, "POLICIES_AS_OF": "2026-11-25"}
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(tmp_path)], cwd=REPO, env=env, check=True)
    for lang, date_text in (("en", "21 December 2026"), ("fr", "21 décembre 2026")):
        html = (tmp_path / lang / "privacy/index.html").read_text(encoding="utf-8")
        assert 'data-version="2023-02-01"' in html and date_text in html
    assert (tmp_path / "api/policies.json").is_file() and (tmp_path / "sitemap.xml").is_file()


def _plugin_config(**values: object) -> PoliciesPluginConfig:
    config = PoliciesPluginConfig()
    config.load_dict(values)
    config.validate()
    return config


class _Config:
    config_file_path = str(REPO / "mkdocs.yml")


def test_draft_is_refused_outside_serve(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLICIES_DRAFT", "1")
    with pytest.raises(PluginError, match="serve --draft"):
        build.options_from(_Config(), _plugin_config(), command="build")
    options = build.options_from(_Config(), _plugin_config(), command="serve")
    assert options.draft is True


def test_draft_preview_shows_working_texts_marked_draft() -> None:
    model = build.prepare(build.BuildOptions(root=REPO, as_of=date(2026, 11, 25), draft=True))
    current = next(p for p in model.pages["en"] if p.path == "cookies/")
    assert "DRAFT" in current.markdown and "cnil.fr" in current.markdown
    permanent = next(p for p in model.pages["en"] if p.path == "cookies/v/2023-02-01/")
    assert "cnil.fr" not in permanent.markdown and "DRAFT" not in permanent.markdown
