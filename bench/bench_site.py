"""Benchmark of the site build: what our generation adds over MkDocs + Material rendering the same pages.

Prints, side by side in one run:
  1. the shipped site (this repository);
  2. a generated repository with 2 policies x 2 languages x 50 versions (so 49 redlines per policy and language),
     built by `policies build`;
  3. plain MkDocs + Material (no plugin) building the same number of pages with the same Markdown, one project
     per language as ours.
The ratio (2)/(3) is the cost of our generation (git reads, redlines, API, feeds, sitemap); the target is <= 1.30.

    python bench/bench_site.py [--versions 50] [--repeat 2]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from mkdocs.commands.build import build as mkdocs_build  # noqa: E402
from mkdocs.config import load_config  # noqa: E402

from notifier.analysis.change_class import ChangeClass  # noqa: E402
from notifier.publishing.history import GitHistory, sha256  # noqa: E402
from notifier.publishing.ledger import PolicyVersion, ReleasedText  # noqa: E402
from notifier.site.build import BuildOptions, build_site, prepare  # noqa: E402

_VOCABULARY = {
    "en": "data personal we you your request process purpose service order account right access delete "
    "security provider partner transfer period contact consent cookie website information law",
    "fr": "données personnelles nous vous votre demande traiter finalité service commande compte droit accès "
    "supprimer sécurité prestataire partenaire transfert durée contact consentement cookie site loi",
}
WORDS = {lang: text.split() for lang, text in _VOCABULARY.items()}
SECTIONS = ["categories", "use", "sharing", "transfers", "retention", "rights", "updates", "contact"]


def _paragraph(rng: random.Random, lang: str, words: int = 60) -> str:
    return " ".join(rng.choice(WORDS[lang]) for _ in range(words)).capitalize() + "."


def _text(seed: int, lang: str, title: str, version: int) -> str:
    """A policy of 8 sections x 4 paragraphs; each version rewrites a few words of two sections."""
    rng = random.Random(seed)
    lines = [f"# {title}", "", _paragraph(rng, lang), ""]
    for index, section in enumerate(SECTIONS, start=1):
        lines += [f"## {index}. {section.title()} {{#{section}}}", ""]
        for p in range(4):
            paragraph = _paragraph(rng, lang)
            if (index + p) % 5 == version % 5 or (index * 7 + p) % 11 == version % 11:
                paragraph += f" Version {version} {rng.choice(WORDS[lang])}."
            lines += [paragraph, ""]
    return "\n".join(lines)


def generate_repository(target: Path, versions: int) -> date:
    """A git repository with 2 policies x 2 languages x `versions` released versions; returns the last date."""
    target.mkdir(parents=True)
    for name in ("mkdocs.yml", "data/cookies.yml"):
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / name, target / name)
    (target / "policies.yml").write_text(
        "site: {name: Bench, url: 'https://example.invalid/', languages: [en, fr], default_language: en}\n"
        "policies:\n"
        "  privacy: {role: privacy, title: {en: Privacy Policy, fr: Politique de confidentialité}}\n"
        "  cookies: {role: cookies, title: {en: Cookie Policy, fr: Politique de cookies}, data: data/cookies.yml}\n"
        "consent: {expiry_months: 6}\nnotices: {popup_days: 30}\n",
        encoding="utf-8",
    )
    subprocess.run(["git", "init", "-q", str(target)], check=True)
    history = GitHistory(target)
    inventory = (target / "data/cookies.yml").read_bytes()
    cookie_data = ReleasedText("data/cookies.yml", history.store_blob(inventory), sha256(inventory))
    day = date(2020, 1, 1)
    for number in range(1, versions + 1):
        for policy_index, policy in enumerate(("privacy", "cookies")):
            record = _release(target, history, policy_index, policy, number, day)
            if policy == "cookies":
                record = dataclasses.replace(record, data=cookie_data)
            out = target / record.record_path
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(record.to_yaml(), encoding="utf-8")
        _commit(target, day)  # each release commit holds the texts its records name, dated on its publication day
        day += timedelta(days=40)
    return day


def _release(
    target: Path, history: GitHistory, policy_index: int, policy: str, number: int, day: date
) -> PolicyVersion:
    """Version `number` of `policy`: its texts written into docs/ and stored in git; every tenth one is major."""
    titles = {"en": policy.title() + " Policy", "fr": "Politique " + policy}
    major = number % 10 == 0
    texts = {}
    for lang in ("en", "fr"):
        path = f"docs/{lang}/{policy}.md"
        data = _text(policy_index * 1000 + number, lang, titles[lang], number).encode("utf-8")
        (target / path).parent.mkdir(parents=True, exist_ok=True)
        (target / path).write_bytes(data)
        texts[lang] = ReleasedText(path=path, blob=history.store_blob(data), sha256=sha256(data))
    return PolicyVersion(
        policy=policy,
        version=day.isoformat(),
        published_at=day,
        effective_at=day + timedelta(days=31) if major else day,
        change_class=ChangeClass.MAJOR if major else ChangeClass.MINOR,
        reasons=("bench",),
        summary={"en": "What changes.", "fr": "Ce qui change."} if major else {},
        texts=texts,
    )


def _commit(target: Path, day: date) -> None:
    subprocess.run(["git", "-C", str(target), "add", "-A"], check=True)
    identity = ["-c", "user.name=bench", "-c", "user.email=bench@example.invalid"]
    subprocess.run(
        ["git", "-C", str(target), *identity, "commit", "-q", "-m", f"release {day}"],
        check=True,
        env=os.environ | {"GIT_COMMITTER_DATE": f"{day.isoformat()}T12:00:00+01:00"},
    )


def plain_projects(source: Path, as_of: date, target: Path) -> list[Path]:
    """The same pages as our build, written as plain Markdown files: one MkDocs project per language, no plugin."""
    model = prepare(BuildOptions(root=source, as_of=as_of, draft=False))
    configs = []
    for lang, pages in model.pages.items():
        project = target / lang
        for page in pages:
            path = project / "docs" / page.src_uri
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(page.markdown, encoding="utf-8")
        config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
        config = config.replace("  - policies            # first: sets the language before search reads it\n", "")
        config = config.replace("language: en ", f"language: {lang} ")
        (project / "mkdocs.yml").write_text(config, encoding="utf-8")
        configs.append(project / "mkdocs.yml")
    return configs


def count_pages(site: Path, langs: tuple[str, ...] = ("en", "fr")) -> int:
    """HTML pages of a language project (home included), or of every language folder of our site."""
    folders = [site / lang for lang in langs if (site / lang).is_dir()] or [site]
    return sum(1 for folder in folders for _ in folder.rglob("index.html"))


def best_of(repeat: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--versions", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    import logging

    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    work = Path(tempfile.mkdtemp(prefix="bench-site-"))
    try:
        shipped_out = work / "shipped"
        shipped = best_of(args.repeat, lambda: build_site(REPO, site_dir=shipped_out, as_of=date(2026, 11, 25)))
        shipped_pages = count_pages(shipped_out)

        generated = work / "generated"
        as_of = generate_repository(generated, args.versions)
        ours_out = work / "ours"
        ours_cold = best_of(1, lambda: build_site(generated, site_dir=ours_out, as_of=as_of))  # no redline cached
        ours = best_of(args.repeat, lambda: build_site(generated, site_dir=ours_out, as_of=as_of))
        ours_pages = count_pages(ours_out)

        configs = plain_projects(generated, as_of, work / "plain")

        def plain_build() -> None:
            for config_file in configs:
                mkdocs_build(load_config(config_file=str(config_file), site_dir=str(config_file.parent / "site")))

        plain = best_of(args.repeat, plain_build)
        plain_pages = sum(count_pages(c.parent / "site") for c in configs)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, best of {args.repeat}"
    )
    print(f"{'build':<44}{'pages':>7}{'seconds':>10}{'pages/s':>10}")
    rows = [
        ("shipped site (this repository)", shipped_pages, shipped),
        (f"generated 2x2x{args.versions}, cold (no redline cached)", ours_pages, ours_cold),
        (f"generated 2x2x{args.versions}, redlines cached", ours_pages, ours),
        ("plain mkdocs + material, same pages", plain_pages, plain),
    ]
    for label, pages, seconds in rows:
        print(f"{label:<44}{pages:>7}{seconds:>10.2f}{pages / seconds:>10.1f}")
    for label, seconds in (("cold", ours_cold), ("redlines cached", ours)):
        ratio = seconds / plain
        verdict = "met" if ratio <= 1.30 else "NOT met"
        print(f"ratio generated ({label}) / plain: {ratio:.2f} (target <= 1.30: {verdict})")


if __name__ == "__main__":
    main()
