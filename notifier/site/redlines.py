"""Redline fragments for the site, computed by notifier.analysis.diff once and then kept.

A redline compares two released texts, which never change (T4), so its HTML is a pure function of the two
texts' hashes, the page's words and the analysis code. Fragments are cached on disk under var/cache/redlines/
by that key, and the ones missing are computed in parallel: alignment is most of the build time of a site
with many versions, and a second build only renders what is new.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

CACHE_DIR = Path("var/cache/redlines")
PARALLEL_FROM = 8  # below this many missing redlines, starting worker processes costs more than it saves


@dataclass(frozen=True)
class RedlineJob:
    old_markdown: str
    new_markdown: str
    old_sha256: str
    new_sha256: str
    labels: tuple[tuple[str, str], ...]

    def key(self, code: str) -> str:
        payload = json.dumps([self.old_sha256, self.new_sha256, self.labels, code])
        return hashlib.sha256(payload.encode()).hexdigest()


def _diff_code_hash() -> str:
    """A hash of every module the redline depends on: all of notifier/analysis (the document parser, the
    alignment, the vocabulary) and the typography normaliser. A change to any of them may change a redline,
    so it makes every cached fragment stale."""
    import notifier.typography
    from notifier import analysis

    modules = [*sorted(Path(analysis.__file__).parent.glob("*.py")), Path(notifier.typography.__file__ or "")]
    digest = hashlib.sha256()
    for module in modules:
        digest.update(module.name.encode() + b"\0" + module.read_bytes())
    return digest.hexdigest()[:16]


def _render(job: RedlineJob) -> str:
    from notifier.analysis import diff

    return diff.render_html(diff.align(job.old_markdown, job.new_markdown), dict(job.labels))


def render_all(jobs: Iterable[RedlineJob], root: Path) -> list[str]:
    """The HTML fragment of every job, in order: from the cache when present, otherwise computed and stored."""
    jobs = list(jobs)
    code = _diff_code_hash()
    cache = root / CACHE_DIR
    results: list[str | None] = []
    missing: list[int] = []
    for index, job in enumerate(jobs):
        path = cache / f"{job.key(code)}.html"
        if path.is_file():
            results.append(path.read_text(encoding="utf-8"))
        else:
            results.append(None)
            missing.append(index)
    if missing:
        todo = [jobs[i] for i in missing]
        workers = min(os.cpu_count() or 1, 4)
        if len(todo) >= PARALLEL_FROM and workers > 1:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                fragments = list(pool.map(_render, todo, chunksize=max(1, len(todo) // (workers * 4))))
        else:
            fragments = [_render(job) for job in todo]
        cache.mkdir(parents=True, exist_ok=True)
        for index, fragment in zip(missing, fragments, strict=True):
            results[index] = fragment
            target = cache / f"{jobs[index].key(code)}.html"
            temporary = target.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_text(fragment, encoding="utf-8")
            temporary.replace(target)
    return [r or "" for r in results]
