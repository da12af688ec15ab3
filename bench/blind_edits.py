"""What every blind set's make_edits.py shares: edits written as (anchor, replacement) pairs on a base text,
applied in order, and the records they become.

Why a module: a blind set's writer must not read the earlier sets, yet every set rebuilds byte for byte from
the corpus the same way (tests/test_blind_edits.py); sharing the mechanics keeps the sets' scripts to the
edits and their labels, which are what a writer reads and reviews.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

DROP = "\0drop"

Edit = tuple[str, str]
# base id, label, rules, re-consent, technical re-rendering, rationale, edits
Pair = tuple[str, str, list[str], bool, bool, str, list[Edit]]


def before(anchor: str, text: str) -> Edit:
    """Insert text in front of an existing line, so new items land where an editor would put them."""
    return (anchor, text + anchor)


def drop(anchor: str) -> Edit:
    """Remove the whole line holding the anchor, as when a paragraph, row or list item is deleted."""
    return (anchor, DROP)


def apply(text: str, edits: list[Edit], where: str) -> str:
    """Apply edits in order; an anchor that is missing or ambiguous would silently edit the wrong place."""
    for anchor, replacement in edits:
        count = text.count(anchor)
        assert count == 1, f"{where}: anchor occurs {count} times: {anchor[:80]!r}"
        if replacement != DROP:
            text = text.replace(anchor, replacement)
            continue
        at = text.index(anchor)
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        text = text[:start] + text[end + 1 :] if end != -1 else text[:start]
    return text


def corpus_records(corpus_dir: Path) -> dict[str, dict[str, Any]]:
    """Every corpus record by id, from both changes*.jsonl files."""
    records: dict[str, dict[str, Any]] = {}
    for path in sorted(corpus_dir.glob("changes*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                records[record["id"]] = record
    return records


def pairs(name: str, written: str, bases: dict[str, dict[str, Any]], edits: Iterable[Pair]) -> Iterator[dict[str, Any]]:
    """The set's records, numbered per language in the order written; a base's newest text is the old version."""
    numbers: dict[str, int] = {}
    for base_id, label, rules, reconsent, rerender, rationale, changes in edits:
        base = bases[base_id]
        lang = base["lang"]
        numbers[lang] = numbers.get(lang, 0) + 1
        pair_id = f"{name}-{lang}-{numbers[lang]:03d}"
        new = apply(base["new"], changes, f"{pair_id} (base {base_id})")
        assert new != base["new"], f"{pair_id}: edits leave the text unchanged"
        yield {
            "id": pair_id,
            "lang": lang,
            "policy": base["policy"],
            "service": f"{name}/{base['service']}",
            "source": {"base": base_id, "written": written},
            "technical_rerender": rerender,
            "label": label,
            "reconsent": reconsent,
            "rules": rules,
            "rationale": rationale,
            "old": base["new"],
            "new": new,
        }


def write(out: Path, records: Iterable[dict[str, Any]]) -> None:
    """One JSON object per line, as the corpus is written."""
    lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in records]
    out.write_text("".join(lines), encoding="utf-8")
    print(f"{len(lines)} pairs written to {out}")


def rebuild(script: str, build: Callable[[Path], Iterable[dict[str, Any]]]) -> None:
    """Write a set's edits.jsonl beside its script, from the corpus directory given as first argument or, by
    default, the shared corpus next to the repository, so every worktree rebuilds the same file."""
    here = Path(script).resolve()
    corpus_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else here.parents[3] / "shared" / "corpus"
    write(here.parent / "edits.jsonl", build(corpus_dir))
