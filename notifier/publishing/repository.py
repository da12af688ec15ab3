"""The policies repository as one object: configuration, ledger and git history opened together.

Commands, the site and the notifier all start here, so they all see the same validated ledger and read
released texts the same way (by blob id, proven by sha256, with the variable values recorded at release).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from notifier.config import project as config_module
from notifier.config.project import Config
from notifier.problems import PolicyError, Problem
from notifier.publishing import ledger as ledger_module
from notifier.publishing.content import render_variables, working_text
from notifier.publishing.history import GitHistory, released_bytes
from notifier.publishing.ledger import Ledger, PolicyVersion, ReleasedText


@dataclass
class PolicyRepository:
    config: Config
    ledger: Ledger
    ledger_problems: list[Problem]
    _released: dict[str, bytes] = field(default_factory=dict, repr=False)

    @classmethod
    def open(cls, root: Path | None = None, strict: bool = True) -> PolicyRepository:
        config = config_module.load(root)
        ledger, problems = ledger_module.load(config, strict=strict)
        return cls(config=config, ledger=ledger, ledger_problems=problems)

    @property
    def root(self) -> Path:
        return self.config.root

    @cached_property
    def history(self) -> GitHistory:
        return GitHistory(self.root)

    def released_file(self, released: ReleasedText, where: str) -> bytes:
        """A released file's bytes, read from git and proven once per run: a blob id names one content forever,
        so check, release and the site build can ask for the same version as often as they need."""
        if released.blob not in self._released:
            self._released[released.blob] = released_bytes(self.history, released, where)
        return self._released[released.blob]

    def released_source(self, version: PolicyVersion, lang: str) -> str:
        """The Markdown exactly as released, variables still written `{{ name }}`."""
        return self.released_file(version.texts[lang], f"{version.record_path} (texts.{lang})").decode("utf-8")

    def released_data(self, version: PolicyVersion) -> bytes | None:
        """The structured facts released with `version` (the cookie inventory), if its policy has any.

        Records made before releases carried their data (the shipped 2023 versions) do not name it; their
        data is the file as their release commit holds it, so those immutable records stay byte for byte.
        """
        if version.data is not None:
            return self.released_file(version.data, f"{version.record_path} (data)")
        path = self.config.policy(version.policy).data
        release = self.history.first_committed(version.record_path) if path else None
        return self.history.file_in_commit(release[0], path) if release and path else None

    def released_markdown(self, version: PolicyVersion, lang: str) -> str:
        """The released text as readers saw it: variables filled with the values recorded at release."""
        source = self.released_source(version, lang)
        return render_variables(source, version.variables.get(lang, {}), f"{version.record_path}", lang)

    def working_sources(self, policy: str) -> dict[str, str]:
        """The editor's current text of `policy` in every language; a missing file stops with its path."""
        texts: dict[str, str] = {}
        missing: list[Problem] = []
        for lang in self.config.languages:
            text = working_text(self.config, policy, lang)
            if text is None:
                path = self.config.policy(policy).source_path(lang)
                missing.append(Problem(path, f"file not found: every language needs its {policy} text"))
            else:
                texts[lang] = text
        if missing:
            raise PolicyError(missing)
        return texts

    def working_markdown(self, policy: str, lang: str) -> str:
        """The current text with today's variable values, for the draft preview and diffs against releases."""
        source = self.working_sources(policy)[lang]
        where = self.config.policy(policy).source_path(lang)
        return render_variables(source, self.config.variable_values(lang), where, lang)
