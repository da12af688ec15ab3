"""A legal editor's repository, made for real in a temporary folder: git, policies.yml, texts in two languages."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from notifier.cli import cli

CONFIG = """\
site:
  name: Example Shop
  url: https://legal.example.com/
  languages: [en, fr]
  default_language: en
  timezone: Europe/Paris
policies:
  privacy:
    title: {en: Privacy Policy, fr: Politique de confidentialité}
variables:
  dpo_email: dpo@example.com
"""

PRIVACY_EN = """\
# Privacy Policy

We care about your data.

## 1. Data we collect {#data}

Your name and email address.

## 2. Your rights {#rights}

Write to {{ dpo_email }}. We answer within one month.
"""

PRIVACY_FR = """\
# Politique de confidentialité

Nous prenons soin de vos données.

## 1. Données collectées {#data}

Vos nom et adresse électronique.

## 2. Vos droits {#rights}

Écrivez à {{ dpo_email }}. Nous répondons dans un délai d’un mois.
"""


class EditorRepo:
    """The editor's working copy: write texts, run `policies …`, inspect git."""

    def __init__(self, root: Path):
        self.root = root
        self.runner = CliRunner()

    def git(self, *args: str) -> str:
        return subprocess.run(["git", *args], cwd=self.root, check=True, capture_output=True, text=True).stdout.strip()

    def write(self, relative: str, text: str) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def read(self, relative: str) -> str:
        return (self.root / relative).read_text(encoding="utf-8")

    def edit(self, relative: str, old: str, new: str) -> None:
        text = self.read(relative)
        assert old in text, f"{old!r} not in {relative}"
        self.write(relative, text.replace(old, new))

    def fix_punctuation(self) -> None:
        """An editorial change in both languages."""
        self.edit("docs/en/privacy.md", "about your data.", "about your data!")
        self.edit("docs/fr/privacy.md", "de vos données.", "de vos données !")

    def collect_location(self) -> None:
        """A new category of data in both languages (R7: major)."""
        self.edit("docs/en/privacy.md", "Your name and email address.", "Your name, email address and location.")
        self.edit(
            "docs/fr/privacy.md", "Vos nom et adresse électronique.", "Vos nom, adresse électronique et position."
        )

    def slow_down_answers(self) -> None:
        """A longer deadline to answer rights requests in both languages (R4: rights_reducing)."""
        self.edit("docs/en/privacy.md", "one month", "three months")
        self.edit("docs/fr/privacy.md", "d’un mois", "de trois mois")

    def commit_all(self, message: str = "edit") -> None:
        self.git("add", "-A")
        self.git("commit", "-qm", message)

    def policies(self, *args: str, env: dict[str, str] | None = None) -> Result:
        env = {"POLICIES_ROOT": str(self.root)} | (env or {})
        return self.runner.invoke(cli, list(args), env=env, catch_exceptions=False)

    def release(self, *args: str, policy: str = "privacy") -> Result:
        """Release as the editor would on the day given by --on: git dates the release commit that day."""
        on = args[args.index("--on") + 1] if "--on" in args else None
        return self.policies("release", policy, *args, env=on_the_day(on) if on else None)


def on_the_day(day: str) -> dict[str, str]:
    """The environment of an editor working on `day` (noon in Paris): git dates its commits that day."""
    moment = f"{day}T12:00:00+01:00"
    return {"GIT_COMMITTER_DATE": moment, "GIT_AUTHOR_DATE": moment}


@pytest.fixture
def repo(tmp_path: Path) -> EditorRepo:
    root = tmp_path / "policies"
    root.mkdir()
    editor = EditorRepo(root)
    editor.git("init", "-q", "-b", "main")
    editor.git("config", "user.name", "Legal Editor")
    editor.git("config", "user.email", "legal@example.com")
    editor.write("policies.yml", CONFIG)
    editor.write("docs/en/privacy.md", PRIVACY_EN)
    editor.write("docs/fr/privacy.md", PRIVACY_FR)
    editor.commit_all("First draft")
    return editor


@pytest.fixture
def released(repo: EditorRepo) -> EditorRepo:
    """The repository after its first release, published on 1 February 2023."""
    result = repo.release("--on", "2023-02-01", "--class", "minor", "--reason", "First published version.")
    assert result.exit_code == 0, result.output
    return repo
