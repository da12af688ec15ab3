"""Time the classifier on realistic policies up to 100 KB and print the figures and the machine.

Pairs are built from the corpus texts: each text is cut or concatenated (with other texts of the same language)
to 10, 25, 50 and 100 KB, then perturbed the way real revisions are (a sentence added, a duration changed,
a paragraph removed, list markers re-rendered). Targets: median <= 50 ms, maximum <= 2 s per pair.

Then hostile inputs of about 100 KB each (one endless word, unclosed brackets, 1,000 renamed sections...), outside
the targets: an editor's mistake or a crafted file must cost seconds, never hang `policies check`.
Usage: python bench/bench_classify.py [--pairs N] [--no-hostile]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from notifier.analysis.classify import classify
from notifier.analysis.diff import _make_block
from notifier.analysis.evaluation import load_corpus, resolve_corpus

SIZES = (10_000, 25_000, 50_000, 100_000)
EDITS = {
    "en": ["We may share your data with advertising partners.", "We keep your data for 5 years."],
    "fr": [
        "Nous pouvons partager vos données avec des partenaires publicitaires.",
        "Nous conservons vos données 5 ans.",
    ],
}


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def sized(texts: list[str], start: int, size: int) -> str:
    out, k = "", start
    while len(out) < size:
        out += "\n\n" + texts[k % len(texts)]
        k += 1
    cut = out.rfind("\n\n", 0, size)
    return out[: cut if cut > size // 2 else size]


def perturb(text: str, lang: str, rng: random.Random) -> str:
    paragraphs = text.split("\n\n")
    kind = rng.randrange(4)
    k = rng.randrange(len(paragraphs))
    if kind == 0:
        paragraphs.insert(k, rng.choice(EDITS[lang]))
    elif kind == 1:
        paragraphs[k] = paragraphs[k].replace("1", "2", 1)
    elif kind == 2 and len(paragraphs) > 2:
        del paragraphs[k]
    else:
        paragraphs = [p.replace("\n* ", "\n-   ").replace("\n- ", "\n*   ") for p in paragraphs]
    return "\n\n".join(paragraphs)


def hostile_pairs(rng: random.Random) -> dict[str, tuple[str, str]]:
    """Inputs that once made a step quadratic in the length of a word, a paragraph or the section list."""
    vocabulary = ["".join(rng.choice("abcdefghij") for _ in range(rng.randint(2, 9))) for _ in range(3000)]

    def words(n: int) -> str:
        return " ".join(rng.choice(vocabulary) for _ in range(n))

    word = "a" * 100_000
    sections = [f"## Part {i}\n\n{words(15)}" for i in range(1000)]
    return {
        "one 100 KB word, one letter changed": (word, word[:50_000] + "b" + word[50_001:]),
        "50,000 unclosed '[('": ("[(" * 50_000, "[(" * 49_999 + "x"),
        "50,000 unclosed '*a'": ("*a" * 50_000, "*a" * 49_999 + "b"),
        "8,000 e-mail addresses, every domain changed": (
            " ".join(f"a{i}@x.com" for i in range(8000)),
            " ".join(f"a{i}@y.com" for i in range(8000)),
        ),
        "1,000 sections, every title changed": (
            "\n\n".join(sections),
            "\n\n".join(s.replace("## Part", "## Chapter") for s in sections),
        ),
        "two unrelated 100 KB paragraphs": (words(15_000), words(15_000)),
        "7,000 names added to one sentence ('Nobody at the ...')": (
            "## Who receives it\n\nOur carrier receives your name.",
            "## Who receives it\n\nOur carrier receives your name. " + "Nobody at the " * 7000,
        ),
    }


def time_hostile(rng: random.Random) -> None:
    for name, (old, new) in hostile_pairs(rng).items():
        start = time.perf_counter()
        classify(f"# Policy\n\n{old}", f"# Policy\n\n{new}", lang="en")
        print(f"hostile: {name}: {time.perf_counter() - start:.2f} s")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pairs", type=int, default=40, help="pairs per size")
    parser.add_argument("--no-hostile", action="store_true", help="skip the hostile inputs")
    args = parser.parse_args()
    path = resolve_corpus()
    if path is None:
        print("no corpus found: set POLICIES_SHARED_DIR", file=sys.stderr)
        return 2
    rows = load_corpus(path)
    by_lang = {lang: [r["new"] for r in rows if r["lang"] == lang] for lang in ("en", "fr")}
    rng = random.Random(21)
    print(f"machine: nproc={os.cpu_count()}, cpu={cpu_model()}, python={platform.python_version()}")
    all_times: list[float] = []
    ok = True
    for size in SIZES:
        times: list[float] = []
        for n in range(args.pairs):
            lang = "en" if n % 2 else "fr"
            old = sized(by_lang[lang], rng.randrange(len(by_lang[lang])), size)
            new = perturb(old, lang, rng)
            _make_block.cache_clear()  # no help from earlier pairs: each pair is timed cold
            start = time.perf_counter()
            classify(old, new, lang=lang)
            times.append(time.perf_counter() - start)
        all_times += times
        print(
            f"{size // 1000:>4} KB: {len(times)} pairs, median {statistics.median(times) * 1000:.1f} ms, "
            f"p95 {sorted(times)[int(len(times) * 0.95) - 1] * 1000:.1f} ms, max {max(times) * 1000:.1f} ms"
        )
    median, worst = statistics.median(all_times), max(all_times)
    ok = median <= 0.050 and worst <= 2.0
    print(
        f"all: median {median * 1000:.1f} ms (target <= 50), max {worst * 1000:.1f} ms (target <= 2000): "
        f"{'met' if ok else 'NOT met'}"
    )
    if not args.no_hostile:
        time_hostile(rng)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
