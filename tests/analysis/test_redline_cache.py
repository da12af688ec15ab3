"""The site keeps redlines on disk; an upgrade of any analysis code they depend on must not serve stale ones.

Scenario: an operator builds the site, then upgrades the notifier, whose document parser now reads headings
differently. The next build must recompute the redlines, not serve the fragments cached by the old parser.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

import notifier.typography
from notifier import analysis
from notifier.site import redlines
from notifier.site.redlines import CACHE_DIR, RedlineJob, render_all


def _job(old: str, new: str) -> RedlineJob:
    def sha(text: str) -> str:
        return hashlib.sha256(text.encode()).hexdigest()

    return RedlineJob(old, new, sha(old), sha(new), (("added", "Added"), ("removed", "Removed")))


@pytest.fixture
def installed_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the analysis package and of typography.py that the test can upgrade in place."""
    copy = tmp_path / "installed"
    shutil.copytree(Path(analysis.__file__).parent, copy / "analysis", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(notifier.typography.__file__ or "", copy / "typography.py")
    monkeypatch.setattr(analysis, "__file__", str(copy / "analysis" / "__init__.py"))
    monkeypatch.setattr(notifier.typography, "__file__", str(copy / "typography.py"))
    return copy


@pytest.mark.parametrize("module", ["analysis/document.py", "analysis/lexicon.py", "typography.py"])
def test_upgrading_code_the_redline_depends_on_makes_cached_redlines_stale(
    installed_code: Path, tmp_path: Path, module: str
) -> None:
    site = tmp_path / "site"
    job = _job("## Rights\n\nWe answer within 30 days.\n", "## Rights\n\nWe answer within 45 days.\n")
    first = render_all([job], site)
    assert "45" in first[0]
    cached = list((site / CACHE_DIR).glob("*.html"))
    assert len(cached) == 1
    cached[0].write_text("fragment of the old parser", encoding="utf-8")
    assert render_all([job], site) == ["fragment of the old parser"]  # same code: the cache serves

    upgraded = installed_code / module
    upgraded.write_text(upgraded.read_text(encoding="utf-8") + "\n# headings read differently\n", encoding="utf-8")

    assert render_all([job], site) == first
    assert len(list((site / CACHE_DIR).glob("*.html"))) == 2


def test_a_module_added_to_the_analysis_package_is_covered_without_listing_it(installed_code: Path) -> None:
    before = redlines._diff_code_hash()
    (installed_code / "analysis" / "facts.py").write_text('"""Facts each section states."""\n', encoding="utf-8")
    assert redlines._diff_code_hash() != before
