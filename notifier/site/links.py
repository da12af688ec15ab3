"""The published site's address layout, in one place: the site writes its pages there and notices link there.

Permanent version addresses never change once published (T4), so this layout is a contract with every email
ever sent.
"""

from __future__ import annotations

from dataclasses import dataclass

from notifier.config.project import Config
from notifier.publishing.ledger import Ledger, PolicyVersion


def version_path(policy: str, version: str) -> str:
    return f"{policy}/v/{version}/"


def redline_path(policy: str, version: str) -> str:
    """What changed in `version` since the previous one (the redline is named after the newer version)."""
    return f"{policy}/changes/{version}/"


def compare_path(policy: str, old: str, new: str) -> str:
    """What changed from `old` to `new`, two versions that are not consecutive (those have `redline_path`)."""
    return f"{policy}/compare/{old}/{new}/"


def compare_index_path(policy: str) -> str:
    """The comparison form's target: every comparison of the policy, and the way to one without JavaScript."""
    return f"{policy}/compare/"


def archive_path(policy: str) -> str:
    return f"{policy}/archive/"


@dataclass(frozen=True)
class PolicyLinks:
    version_url: str  # the version's permanent page (T4: every published version stays at its address)
    redline_url: str | None  # what changed since the previous version in that language; None for the first


def policy_links(config: Config, ledger: Ledger, version: PolicyVersion, lang: str) -> PolicyLinks:
    base = f"{config.site_url}{lang}/"
    earlier = [v for v in ledger.versions(version.policy) if lang in v.texts]
    index = next((i for i, v in enumerate(earlier) if v.version == version.version), None)
    redline = base + redline_path(version.policy, version.version) if index else None
    return PolicyLinks(version_url=base + version_path(version.policy, version.version), redline_url=redline)
