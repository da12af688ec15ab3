"""Section-aligned redline of two policy versions: sections, then paragraphs, then words.

A legal editor reasons about a policy section by section, and users are told "what changed" in those terms,
so the alignment follows the document's structure: sections are paired by id when the editor gave ids
(`{#rights}`), otherwise by heading similarity and position (policies written elsewhere have no ids).
Within a section, blocks (paragraphs, list items, table rows, headings) are compared after Markdown
normalisation, so re-rendering the same text (wrapping, list markers, link syntax, heading levels, emphasis,
table padding, quotes, spaces) is not a change. Changed blocks get a word-level diff. Blocks keep their
typography as written (’ « » – …), because a redline shows readers the words they will read; only the
comparison uses plain spellings, so swapping ' for ’ is not a change either.

Text that moved to another section unchanged is recognised as moved, not as a deletion plus an insertion,
so restructuring a policy does not look like rewriting it. The same alignment feeds the classifier
(notifier/analysis/classify.py), the site's redlines (`render_html`) and `policies diff` (`render_terminal`).
"""

from __future__ import annotations

import bisect
import html
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Literal

from notifier.analysis.document import FENCE, PREAMBLE_ID, Document, Section, parse
from notifier.analysis.lexicon import normalize_typography

SectionStatus = Literal["same", "changed", "added", "removed", "moved"]
ParagraphStatus = Literal["equal", "changed", "added", "removed", "moved"]
OpKind = Literal["equal", "insert", "delete"]


@dataclass(frozen=True)
class WordOp:
    """A run of words kept, inserted or deleted; `text` keeps the spacing so runs join back into prose."""

    kind: OpKind
    text: str


@dataclass
class ParagraphPair:
    """One block of the old version aligned with one of the new (either may be missing).

    `old`/`new` are the blocks' texts as readers see them; for a changed pair `ops` is the word-level diff.
    A `moved` block appears unchanged elsewhere in the other version: it is not a change of content.
    """

    old: str | None
    new: str | None
    status: ParagraphStatus
    ops: list[WordOp] = field(default_factory=list)
    heading: bool = False


@dataclass
class SectionPair:
    """A section of the old version aligned with one of the new; `key` names it for reasons and redlines."""

    old: Section | None
    new: Section | None
    key: str
    status: SectionStatus
    paragraphs: list[ParagraphPair] = field(default_factory=list)

    @property
    def title(self) -> str:
        """The heading readers see now (or saw, for a removed section); the preamble has none."""
        section = self.new or self.old
        return section.title if section and section.title else ""

    @property
    def changed_paragraphs(self) -> list[ParagraphPair]:
        return [p for p in self.paragraphs if p.status in ("changed", "added", "removed")]


# --------------------------------------------------------------------------------------------------------
# Markdown normalisation

_LIST_ITEM = re.compile(r"^\s*(?:[-*+•●▪◦·–]|\d{1,3}[.)]|[a-zA-Z][.)](?=\s))\s+")
_RULE_LINE = re.compile(r"^\s*(?:[-=*_]\s*){3,}$")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_HEADING = re.compile(r"^\s*#{1,6}\s+")
_QUOTE = re.compile(r"^\s*(?:>\s*)+")
_IMAGE = re.compile(r"!\[([^\[\]]*)\]\([^()]*\)")
_LINK = re.compile(r"\[([^\[\]]*)\]\(\s*<?([^)\s>\[]*)>?(?:\s+\"[^\"]*\")?\s*\)")
_REF_LINK = re.compile(r"\[([^\[\]]+)\]\[[^\[\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:|www\.)[^>\s]+|[^<>\s@]+@[^<>\s@]+\.[a-z]{2,})>", re.I)
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_INLINE_TAG = re.compile(
    r"</?(?:a|abbr|b|bdi|bdo|cite|code|data|dfn|em|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var)"
    r"(?:\s[^>]*)?>",
    re.I,
)
# Emphasis spans at most 500 characters: an unclosed marker then costs a bounded look ahead, not the rest of the text.
_EMPHASIS = re.compile(r"(\*{1,3}|(?<!\w)_{1,3})(?=\S)(.{1,500}?)(?<=\S)\1(?!\w)")
_ATTR_ID = re.compile(r"\s*\{\s*[#.][^}]*\}\s*$")
_BREAK = re.compile(r"<br\s*/?>", re.I)
_SPACES = re.compile(r"\s+")
_INVISIBLE = {0x200B: None, 0xFEFF: None}
_SAME_TARGET = re.compile(r"^(?:mailto:|https?://)?(?:www\.)?", re.I)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
# Words, numbers, URLs and addresses are tokens; punctuation is a token of its own (a change of it is R1).
_TOKEN = re.compile(
    r"(?:https?://|mailto:|www\.)[^\s<>\"]*[^\s<>\".,;:!?)\]]"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\w+(?:[-–—'‘’ʼ.]\w+)*"  # typographic apostrophes and dashes inside a word, so that a word as
    r"|\.\.\.|[^\w\s]",  # written is one token exactly when its plain spelling is; "..." like "…"
    re.UNICODE,
)
# Pure markup left after normalisation (bullets, pipes, stray emphasis) is not content.
_MARKUP_TOKEN = re.compile(r"^[*_#|>•●▪◦·=~`-]+$")
_MARKUP_CHARS = frozenset("*_#|>•●▪◦·=~`-")
_STRIP = " *_#|>•●▪◦·=~`-"
# A word that is a web or mail address: compared case-folded.
_ADDRESS_WORD = re.compile(r"(?<![^ ])(?:[^ ]*(?:://|@)[^ ]*|(?i:www\.|mailto:)[^ ]*)")


def normalize_inline(text: str) -> str:
    """Markdown inline text as a reader sees it: no link syntax, emphasis, tags or escapes; typography as written.

    `[text](url)` becomes "text url" (the target matters: a changed link target is a change), `<url>` becomes
    "url", so converting between the two spellings of the same link is not a change.
    """
    # Each rewrite runs only when its markup can be present: most blocks are plain prose.
    if "\u200b" in text or "\ufeff" in text:
        text = text.translate(_INVISIBLE)
    if "&" in text:
        text = html.unescape(text)
    if "{" in text:
        text = _ATTR_ID.sub("", text)
    if "[" in text:
        text = _IMAGE.sub(r"\1", text)

        def link(m: re.Match[str]) -> str:
            label, url = m[1].strip(), m[2].strip()
            if not url or url.startswith("#") or _same_target(label, url):
                return label
            return f"{label} {url}"

        text = _LINK.sub(link, text)
        text = _REF_LINK.sub(r"\1", text)
    if "<" in text:
        # `<url>` reads as the url where it stands: "to: <a@b.com>." is "to: a@b.com.", no space added.
        text = _AUTOLINK.sub(lambda m: _spaced(m, text), text)
        text = _BREAK.sub(" ", text)
        text = _INLINE_TAG.sub("", text)  # <strong>word</strong>. reads "word."
        text = _TAG.sub(" ", text)
    if "*" in text or "_" in text:
        for _ in range(2):
            text = _EMPHASIS.sub(r"\2", text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    return _SPACES.sub(" ", text).strip()


def _spaced(m: re.Match[str], text: str) -> str:
    """The address of an autolink, with a space only where it would otherwise run into a word."""
    before = " " if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_") else ""
    after = " " if m.end() < len(text) and (text[m.end()].isalnum() or text[m.end()] == "_") else ""
    return f"{before}{m[1]}{after}"


def _same_target(label: str, url: str) -> bool:
    strip = _SAME_TARGET
    return strip.sub("", label).rstrip("/").lower() == strip.sub("", url).rstrip("/").lower()


def tokens(text: str) -> list[tuple[str, str]]:
    """(key, display) pairs: the key compares (plain spelling, URLs case-folded); the display is the token as
    written, with the spacing before it."""
    out: list[tuple[str, str]] = []
    last = 0
    for m in _TOKEN.finditer(text):
        word = m.group()
        key = normalize_typography(word)
        if _MARKUP_TOKEN.match(key):
            continue
        if "://" in key or "@" in key or key.lower().startswith(("www.", "mailto:")):
            key = key.lower()
        out.append((key, text[last : m.start()] + word if out else word))
        last = m.end()
    return out


@dataclass(frozen=True)
class Block:
    """A paragraph, list item, table row or heading: `text` as readers see it, `key` what equality is decided on."""

    text: str
    key: str
    heading: bool = False


@lru_cache(maxsize=32_768)
def _make_block(raw: str, heading: bool = False) -> Block | None:
    """Normalise one block; cached because the two versions being compared share most of their blocks.

    Same result as joining `tokens(text)`, without a Python step per word: the key is the words (markup
    dropped, addresses case-folded) joined by spaces, the text runs from the first word to the last.
    """
    text = normalize_inline(raw)
    plain = normalize_typography(text)
    words = [
        w for w in _TOKEN.findall(plain) if w not in _MARKUP_CHARS and not (w[0] == "_" and _MARKUP_TOKEN.match(w))
    ]
    if not words:
        return None
    start = len(plain) - len(plain.lstrip(_STRIP))
    end = len(plain.rstrip(_STRIP))
    if (
        len(plain) != len(text)
        or not plain.startswith(words[0], start)
        or plain[max(end - len(words[-1]), 0) : end] != words[-1]
    ):
        # Typography that changes the length ("…"), or a first or last word made partly of markup characters
        # ("_id_"): take the word-by-word path.
        pairs = tokens(text)
        return Block(text="".join(d for _, d in pairs), key=" ".join(k for k, _ in pairs), heading=heading)
    key = " ".join(words)
    if "@" in key or "://" in key or "www." in key.lower() or "mailto:" in key.lower():
        key = _ADDRESS_WORD.sub(lambda m: m.group().lower(), key)
    return Block(text=text[start:end], key=key, heading=heading)


def blocks(section: Section) -> list[Block]:
    """Split a section into blocks: its heading, then paragraphs, list items and table rows.

    Lines of one paragraph are joined (wrapping is not a change); list markers, quote markers, heading hashes,
    setext underlines, horizontal rules and table separator rows are dropped; table cells are trimmed.
    """
    out: list[Block] = []
    if section.title:
        head = _make_block(section.title, heading=True)
        if head:
            out.append(head)
    current: list[str] = []

    def flush() -> None:
        if current:
            block = _make_block(" ".join(current))
            if block:
                out.append(block)
            current.clear()

    in_fence = False
    for line in section.body.splitlines():
        if FENCE.match(line):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            current.append(line)
            continue
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        if _RULE_LINE.match(stripped) or _TABLE_SEPARATOR.match(stripped):
            # A setext underline makes the previous line a heading: it is a block of its own.
            if current and set(stripped) <= {"=", "-", " "}:
                last = current.pop()
                flush()
                current.append(last)
            flush()
            continue
        if stripped.startswith("|") or (stripped.count("|") >= 2 and not current):
            flush()
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            current.append(" | ".join(c for c in cells if c))
            flush()
            continue
        if _HEADING.match(line):
            flush()
            block = _make_block(_HEADING.sub("", line).rstrip("# "), heading=True)
            if block:
                out.append(block)
            continue
        line = _QUOTE.sub("", line)
        if _LIST_ITEM.match(line):
            flush()
            line = _LIST_ITEM.sub("", line)
        current.append(line.strip())
    flush()
    return out


# --------------------------------------------------------------------------------------------------------
# Word level


def word_ops(old: str, new: str) -> list[WordOp]:
    """Word-level diff of two block texts, on their plain spellings; consecutive runs of one kind are merged."""
    a, b = tokens(old), tokens(new)
    matcher = SequenceMatcher(None, [k for k, _ in a], [k for k, _ in b], autojunk=len(a) * len(b) > 4_000_000)
    ops: list[WordOp] = []

    def add(kind: OpKind, words: list[tuple[str, str]]) -> None:
        text = "".join(d for _, d in words)
        if not text:
            return
        if ops and ops[-1].kind == kind:
            ops[-1] = WordOp(kind, ops[-1].text + text)
        else:
            ops.append(WordOp(kind, text))

    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            add("equal", b[j1:j2])
        else:
            add("delete", a[i1:i2])
            add("insert", b[j1:j2])
    return ops


# --------------------------------------------------------------------------------------------------------
# Section level


def _similarity(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    return SequenceMatcher(None, a.lower(), b.lower()).ratio()


def _word_set(section_blocks: list[Block]) -> set[str]:
    return {w.lower() for block in section_blocks for w in block.key.split() if len(w) > 3}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def _match_sections(
    old: list[Section], new: list[Section], old_blocks: list[list[Block]], new_blocks: list[list[Block]]
) -> dict[int, int]:
    """Pair old section indexes with new ones: same id, then same heading slug, then similar heading and body."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for by in ("id", "key"):
        index: dict[str, list[int]] = defaultdict(list)
        for j, section in enumerate(new):
            value = getattr(section, by)
            if value and j not in used:
                index[value].append(j)
        for i, section in enumerate(old):
            value = getattr(section, by)
            if i in pairs or not value or not index.get(value):
                continue
            if by == "key" and old[i].id and new[index[value][0]].id:
                continue  # both have ids and the ids differ: a different section with the same title
            j = index[value].pop(0)
            pairs[i] = j
            used.add(j)
    rest_old = [i for i in range(len(old)) if i not in pairs]
    rest_new = [j for j in range(len(new)) if j not in used]
    if rest_old and rest_new and len(rest_old) * len(rest_new) <= 10_000:
        words_old = {i: _word_set(old_blocks[i]) for i in rest_old}
        words_new = {j: _word_set(new_blocks[j]) for j in rest_new}
        candidates = []
        for i in rest_old:
            for j in rest_new:
                position = 1 - abs(i / max(len(old), 1) - j / max(len(new), 1))
                score = 0.45 * _similarity(old[i].title, new[j].title) + 0.45 * _jaccard(words_old[i], words_new[j])
                score += 0.1 * position
                if score >= 0.5:
                    candidates.append((score, i, j))
        for _, i, j in sorted(candidates, reverse=True):
            if i not in pairs and j not in used:
                pairs[i] = j
                used.add(j)
    return pairs


def _increasing(sequence: list[int]) -> set[int]:
    """Values of one longest increasing subsequence: sections outside it moved."""
    tails: list[int] = []
    tails_index: list[int] = []
    parent: list[int] = [-1] * len(sequence)
    for k, value in enumerate(sequence):
        pos = bisect.bisect_left(tails, value)
        if pos == len(tails):
            tails.append(value)
            tails_index.append(k)
        else:
            tails[pos] = value
            tails_index[pos] = k
        parent[k] = tails_index[pos - 1] if pos else -1
    result: set[int] = set()
    k = tails_index[-1] if tails_index else -1
    while k >= 0:
        result.add(sequence[k])
        k = parent[k]
    return result


def _diff_blocks(old: list[Block], new: list[Block]) -> list[tuple[str, list[Block], list[Block]]]:
    matcher = SequenceMatcher(None, [b.key for b in old], [b.key for b in new], autojunk=False)
    return [(tag, old[i1:i2], new[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes()]


Staged = list[tuple[int | None, int | None, list[tuple[str, list[Block], list[Block]]]]]


def align(old: str, new: str, depth: int = 2) -> list[SectionPair]:
    """Align two versions section by section, then block by block, then word by word.

    Returns the sections in the new version's order, removed sections right after the section that preceded
    them. Text that moved (to another place or section) unchanged is marked `moved`, not added and removed.
    """
    old_doc, new_doc = parse(old, depth), parse(new, depth)
    old_sections, new_sections = old_doc.sections, new_doc.sections
    old_blocks, new_blocks = _document_blocks(old_doc), _document_blocks(new_doc)
    pairs_by_old = _match_sections(old_sections, new_sections, old_blocks, new_blocks)
    old_by_new = {j: i for i, j in pairs_by_old.items()}
    in_order = _increasing([old_by_new[j] for j in range(len(new_sections)) if j in old_by_new])
    staged: Staged = [
        (i, j, _diff_blocks(old_blocks[i] if i is not None else [], new_blocks[j] if j is not None else []))
        for i, j in _section_order(pairs_by_old, len(old_sections), len(new_sections))
    ]
    blocks_moved = _BlockMoves(staged, old_blocks, new_blocks)
    result: list[SectionPair] = []
    for n, (i, j, groups) in enumerate(staged):
        paragraphs = [p for tag, a, b in groups for p in blocks_moved.paragraphs(n, tag, a, b)]
        old_section = old_sections[i] if i is not None else None
        new_section = new_sections[j] if j is not None else None
        key = (new_section or old_section).key  # type: ignore[union-attr]
        result.append(SectionPair(old_section, new_section, key, "same", paragraphs))
    _fuzzy_moves(result, blocks_moved.pending_old, blocks_moved.pending_new)
    for pair, (i, _, _) in zip(result, staged, strict=True):
        pair.status = _section_status(pair, i in in_order)
    return result


def _document_blocks(doc: Document) -> list[list[Block]]:
    """Each section's blocks. The document title is text too: a title turned into a section heading (or back)
    is a move, not a change, so it counts as the first block of the first section."""
    doc_blocks = [blocks(s) for s in doc.sections]
    title = _make_block(doc.title, heading=True) if doc.title else None
    if title and doc_blocks:
        doc_blocks[0].insert(0, title)
    return doc_blocks


def _section_order(pairs_by_old: dict[int, int], old_count: int, new_count: int) -> list[tuple[int | None, int | None]]:
    """New sections in order; each removed old section after the last emitted old neighbour."""
    old_by_new = {j: i for i, j in pairs_by_old.items()}
    order: list[tuple[int | None, int | None]] = []
    emitted_old: set[int] = set()

    def emit_removed_before(limit: int) -> None:
        for i in range(limit):
            if i not in pairs_by_old and i not in emitted_old:
                order.append((i, None))
                emitted_old.add(i)

    for j in range(new_count):
        i = old_by_new.get(j)
        if i is not None:
            emit_removed_before(i)
            emitted_old.add(i)
        order.append((i, j))
    emit_removed_before(old_count)
    return order


class _BlockMoves:
    """Which deleted and inserted blocks are the same text moved across the whole document.

    A block deleted in one place and inserted unchanged in another is `moved` as many times as it occurs on
    both sides; a duplicate removed (or added) while its text stays in the other version is `moved` too. The
    blocks left unmatched are kept (`pending_old`, `pending_new`) for the fuzzy moves.
    """

    def __init__(self, staged: Staged, old_blocks: list[list[Block]], new_blocks: list[list[Block]]) -> None:
        self.all_old_keys = {b.key for bs in old_blocks for b in bs}
        self.all_new_keys = {b.key for bs in new_blocks for b in bs}
        deleted: dict[str, list[tuple[int, int]]] = defaultdict(list)
        inserted: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for n, (_, _, groups) in enumerate(staged):
            for g, (tag, a, b) in enumerate(groups):
                if tag in ("delete", "replace"):
                    for block in a:
                        deleted[block.key].append((n, g))
                if tag in ("insert", "replace"):
                    for block in b:
                        inserted[block.key].append((n, g))
        moved_keys = {key: min(len(where), len(inserted[key])) for key, where in deleted.items() if key in inserted}
        self.moved_old, self.moved_new = dict(moved_keys), dict(moved_keys)
        self.pending_old: list[tuple[int, Block]] = []
        self.pending_new: list[tuple[int, Block]] = []

    def paragraphs(self, n: int, tag: str, a: list[Block], b: list[Block]) -> list[ParagraphPair]:
        """The paragraph pairs of one group of blocks of section pair `n`."""
        if tag == "equal":
            return [ParagraphPair(x.text, y.text, "equal", heading=y.heading) for x, y in zip(a, b, strict=True)]
        paragraphs: list[ParagraphPair] = []
        rest_a = [x for x in a if not self._moved(x, self.moved_old, self.all_new_keys, paragraphs, old=True)]
        rest_b = [y for y in b if not self._moved(y, self.moved_new, self.all_old_keys, paragraphs, old=False)]
        if rest_a and rest_b:
            paragraphs.extend(_changed_pairs(rest_a, rest_b))
            return paragraphs
        for x in rest_a:
            paragraphs.append(ParagraphPair(x.text, None, "removed", heading=x.heading))
            self.pending_old.append((n, x))
        for y in rest_b:
            paragraphs.append(ParagraphPair(None, y.text, "added", heading=y.heading))
            self.pending_new.append((n, y))
        return paragraphs

    @staticmethod
    def _moved(
        block: Block, moves: dict[str, int], other_keys: set[str], paragraphs: list[ParagraphPair], old: bool
    ) -> bool:
        """Record the block as moved if its text is found elsewhere in the other version."""
        if moves.get(block.key, 0) > 0:
            moves[block.key] -= 1
        elif block.key not in other_keys:
            return False
        paragraphs.append(ParagraphPair(block.text, None, "moved") if old else ParagraphPair(None, block.text, "moved"))
        return True


def _changed_pairs(old: list[Block], new: list[Block]) -> list[ParagraphPair]:
    """Blocks replaced one for one are changed pairs; otherwise the runs are compared as one paragraph."""
    if len(old) == len(new):
        return [
            ParagraphPair(x.text, y.text, "changed", word_ops(x.text, y.text), heading=x.heading and y.heading)
            for x, y in zip(old, new, strict=True)
        ]
    old_text, new_text = " ".join(x.text for x in old), " ".join(y.text for y in new)
    return [ParagraphPair(old_text, new_text, "changed", word_ops(old_text, new_text))]


def _section_status(pair: SectionPair, kept_in_order: bool) -> SectionStatus:
    """Added, removed or changed if a block changed; moved if only moves (or the section itself moved)."""
    changed = any(p.status in ("changed", "added", "removed") for p in pair.paragraphs)
    has_moves = any(p.status == "moved" for p in pair.paragraphs)
    if pair.old is None:
        return "added" if changed or not has_moves else "moved"
    if pair.new is None:
        return "removed" if changed or not has_moves else "moved"
    if changed:
        return "changed"
    if has_moves or not kept_in_order:
        return "moved"
    return pair.status


def _fuzzy_moves(
    result: list[SectionPair], pending_old: list[tuple[int, Block]], pending_new: list[tuple[int, Block]]
) -> None:
    """A block removed in one place and a similar one added elsewhere is one changed, moved block."""
    if not pending_old or not pending_new or len(pending_old) * len(pending_new) > 40_000:
        return
    old_sets = [set(b.key.lower().split()) for _, b in pending_old]
    used: set[int] = set()
    for n, block in pending_new:
        words = set(block.key.lower().split())
        if len(words) < 4:
            continue
        best, best_k = 0.0, -1
        for k in range(len(pending_old)):
            if k in used:
                continue
            score = _jaccard(words, old_sets[k])
            if score > best:
                best, best_k = score, k
        if best < 0.6:
            continue
        used.add(best_k)
        m, old_block = pending_old[best_k]
        for p in result[m].paragraphs:
            if p.status == "removed" and p.old == old_block.text:
                p.status = "moved"
                break
        for p in result[n].paragraphs:
            if p.status == "added" and p.new == block.text:
                p.old, p.status, p.ops = old_block.text, "changed", word_ops(old_block.text, block.text)
                break


# --------------------------------------------------------------------------------------------------------
# Rendering

_RED, _GREEN, _DIM, _BOLD, _RESET = "\033[31m", "\033[32m", "\033[2m", "\033[1m", "\033[0m"


def _heading_of(pair: SectionPair, preamble: str) -> str:
    return pair.title or (preamble if pair.key == PREAMBLE_ID else pair.key)


def _marked(text: str, mark: Callable[[str], str]) -> str:
    """Mark an inserted or deleted run, keeping the spaces around it outside the mark as the text has them."""
    core = text.strip()
    if not core:
        return text
    start = text.index(core)
    return text[:start] + mark(core) + text[start + len(core) :]


def _display_ops(ops: list[WordOp]) -> list[WordOp]:
    """Ops as a redline shows them: a replacement's space is shown once, before the deletion ("a [-b-]{+c+}")."""
    out: list[WordOp] = []
    for op in ops:
        if op.kind == "insert" and out and out[-1].kind == "delete" and out[-1].text[:1].isspace():
            op = WordOp(op.kind, op.text.lstrip())
        out.append(op)
    return out


def render_terminal(pairs: list[SectionPair], color: bool) -> str:
    """A redline for a terminal: `[-deleted-]{+inserted+}`, also red/green with colour (never colour alone).

    Unchanged and merely moved sections take one line each, so the reader's eye goes to what changed.
    """
    out: list[str] = []

    def paint(text: str, code: str) -> str:
        return f"{code}{text}{_RESET}" if color else text

    for pair in pairs:
        heading = _heading_of(pair, "(preamble)")
        if pair.status in ("same", "moved"):
            note = "unchanged" if pair.status == "same" else "moved, unchanged"
            out.append(paint(f"  {heading} ({note})", _DIM))
            continue
        out.append(paint(f"## {heading} [{pair.status}]", _BOLD))
        for p in pair.paragraphs:
            if p.status in ("equal", "moved"):
                continue
            if p.status == "added":
                out.append(paint(f"{{+{p.new}+}}", _GREEN))
            elif p.status == "removed":
                out.append(paint(f"[-{p.old}-]", _RED))
            else:
                parts = []
                for op in _display_ops(p.ops):
                    if op.kind == "equal":
                        parts.append(op.text)
                    elif op.kind == "delete":
                        parts.append(_marked(op.text, lambda t: paint(f"[-{t}-]", _RED)))
                    else:
                        parts.append(_marked(op.text, lambda t: paint(f"{{+{t}+}}", _GREEN)))
                out.append("".join(parts))
            out.append("")
    return "\n".join(out).rstrip() + "\n"


DEFAULT_LABELS = {
    "unchanged": "Unchanged section",
    "moved": "Section moved, unchanged",
    "added": "New section",
    "removed": "Removed section",
    "inserted": "inserted:",
    "deleted": "deleted:",
    "end_inserted": "end of insertion",
    "end_deleted": "end of deletion",
    "preamble": "Introduction",
}


def marked(tag: str, text: str, words: dict[str, str]) -> str:
    """`text` escaped inside `<ins>` or `<del>`, with the words screen readers announce at its start and end."""
    kind = "inserted" if tag == "ins" else "deleted"
    start, end = (f'<span class="visually-hidden">{html.escape(words[key])} </span>' for key in (kind, f"end_{kind}"))
    return f"<{tag}>{start}{html.escape(text)}{end}</{tag}>"


def render_html(pairs: list[SectionPair], labels: dict[str, str] | None = None) -> str:
    """An HTML fragment for the site: one `<section>` per aligned section, word changes as `<ins>`/`<del>`.

    Colour is not the only signal: every insertion and deletion carries visually hidden text that screen
    readers announce ("inserted:", "deleted:"), given in the page's language through `labels`. Unchanged
    sections are collapsed in `<details>`. All text is escaped.
    """
    words = {**DEFAULT_LABELS, **(labels or {})}
    esc = html.escape

    def hidden(key: str) -> str:
        return f'<span class="visually-hidden">{esc(words[key])} </span>'

    def ins(text: str) -> str:
        return marked("ins", text, words)

    def dele(text: str) -> str:
        return marked("del", text, words)

    out: list[str] = []
    for pair in pairs:
        heading = esc(_heading_of(pair, words["preamble"]))
        anchor = esc(pair.key, quote=True)
        title = _make_block(pair.title, heading=True) if pair.title else None
        # The section's own unchanged heading is already the <h2>/<summary>; a changed one stays in the body.
        paragraphs = [
            p for p in pair.paragraphs if not (p.heading and p.status == "equal" and title and p.new == title.text)
        ]
        if pair.status in ("same", "moved"):
            label = words["unchanged" if pair.status == "same" else "moved"]
            body = "".join(f"<p>{esc(p.new)}</p>" for p in paragraphs if p.new is not None)
            out.append(
                f'<section class="redline-section unchanged" id="redline-{anchor}">'
                f'<details><summary>{heading} <span class="redline-status">({esc(label)})</span></summary>'
                f"{body}</details></section>"
            )
            continue
        status = ""
        if pair.status in ("added", "removed"):
            status = f' <span class="redline-status">({esc(words[pair.status])})</span>'
        parts = [f'<section class="redline-section {pair.status}" id="redline-{anchor}"><h2>{heading}{status}</h2>']
        for p in paragraphs:
            if p.status == "equal" or (p.status == "moved" and p.new is not None):
                parts.append(f"<p>{esc(p.new or '')}</p>")
            elif p.status == "added":
                parts.append(f"<p>{ins(p.new or '')}</p>")
            elif p.status == "removed":
                parts.append(f"<p>{dele(p.old or '')}</p>")
            elif p.status == "changed":
                inner = "".join(
                    esc(op.text) if op.kind == "equal" else _marked(op.text, ins if op.kind == "insert" else dele)
                    for op in _display_ops(p.ops)
                )
                parts.append(f"<p>{inner}</p>")
        parts.append("</section>")
        out.append("".join(parts))
    return "\n".join(out) + "\n"
