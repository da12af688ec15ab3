"""The redline a legal editor reads: what counts as a change, and how it is shown."""

from __future__ import annotations

from notifier.analysis.diff import align, render_html, render_terminal

POLICY = """# Privacy Policy

Intro text about the company.

## 1. Sharing {#sharing}

We share your data with our payment provider to process your orders and with nobody else for any reason.

- your name
- your email address

## 2. Your rights {#rights}

You can ask us for a copy of your data at privacy@example.com and we answer within one month.
"""


def changed(pairs):
    return [p for p in pairs if p.status not in ("same", "moved")]


def test_identical_versions_have_no_changed_section():
    assert changed(align(POLICY, POLICY)) == []


def test_rewrapping_a_paragraph_is_not_a_change():
    wrapped = POLICY.replace("to process your orders and", "to process\nyour orders and")
    assert changed(align(POLICY, wrapped)) == []


def test_markdown_rerendering_is_not_a_change():
    rerendered = (
        POLICY.replace("- your name", "*   your name")
        .replace("- your email", "1. your email")
        .replace("## 2. Your rights {#rights}", "### 2. Your rights {#rights}")
        .replace("privacy@example.com", "<privacy@example.com>")
        .replace("payment provider", "**payment provider**")
        .replace("Intro text about the company.", "Intro   text about the company.")
    )
    assert changed(align(POLICY, rerendered)) == []


def test_typographic_quotes_and_link_syntax_are_not_changes():
    old = "## Contact {#contact}\n\nWe’re at [https://example.com](https://example.com) \u00ab always \u00bb.\n"
    new = '## Contact {#contact}\n\nWe\'re at <https://example.com> "always".\n'
    assert changed(align(old, new)) == []


def test_tables_rerendered_are_not_changes():
    old = "## Cookies {#cookies}\n\n| name | lifetime |\n|---|---|\n| sid | 13 months |\n"
    new = "## Cookies {#cookies}\n\n| name   | lifetime  |\n| :----- | --------: |\n| sid    | 13 months |\n"
    assert changed(align(old, new)) == []


def test_a_changed_word_is_shown_as_deletion_and_insertion_in_its_section():
    new = POLICY.replace("within one month", "within two months")
    [pair] = changed(align(POLICY, new))
    assert pair.key == "rights" and pair.status == "changed"
    [paragraph] = pair.changed_paragraphs
    kinds = [(op.kind, op.text.strip()) for op in paragraph.ops if op.kind != "equal"]
    assert kinds == [("delete", "one month"), ("insert", "two months")]


def test_sections_without_ids_are_aligned_by_heading():
    old = "## Who we are\n\nA shop.\n\n## What we collect\n\nYour name.\n"
    new = "## Who are we\n\nA shop.\n\n## What we collect\n\nYour name and your age.\n"
    pairs = align(old, new)
    assert [(p.old.title, p.new.title) for p in pairs] == [("Who we are", "Who are we"), ("What we collect",) * 2]
    assert pairs[1].status == "changed"


def test_a_section_moved_unchanged_is_marked_moved():
    old = "## A {#a}\n\nFirst text here.\n\n## B {#b}\n\nSecond text here.\n"
    new = "## B {#b}\n\nSecond text here.\n\n## A {#a}\n\nFirst text here.\n"
    assert changed(align(old, new)) == []
    assert "moved" in {p.status for p in align(old, new)}


def test_added_and_removed_sections():
    old = "## A {#a}\n\nFirst.\n\n## B {#b}\n\nSecond.\n"
    new = "## A {#a}\n\nFirst.\n\n## C {#c}\n\nThird, new.\n"
    statuses = {p.key: p.status for p in align(old, new)}
    assert statuses == {"a": "same", "b": "removed", "c": "added"}


def test_terminal_redline_without_colour_marks_words_and_collapses_unchanged_sections():
    new = POLICY.replace("within one month", "within two months")
    text = render_terminal(align(POLICY, new), color=False)
    assert "[-one month-]{+two months+}" in text.replace(" ]", "]").replace("[- ", "[-").replace("{+ ", "{+")
    assert "Sharing (unchanged)" in text
    assert "\033[" not in text


def test_terminal_redline_with_colour_uses_red_and_green():
    new = POLICY.replace("within one month", "within two months")
    text = render_terminal(align(POLICY, new), color=True)
    assert "\033[31m" in text and "\033[32m" in text


def test_html_redline_is_escaped_accessible_and_translatable():
    new = POLICY.replace("within one month", "within two months")
    html = render_html(align(POLICY, new), labels={"inserted": "insertion :", "unchanged": "Section inchangée"})
    assert '<span class="visually-hidden">insertion : </span>' in html
    assert "<del>" in html and "<ins>" in html
    assert "<details><summary>" in html and "Section inchangée" in html
    assert html.count("<section") == 3


def test_html_escapes_text():
    old = "## A {#a}\n\nSafe text.\n"
    new = "## A {#a}\n\nSafe text. <script>alert(1)</script> & more\n"
    html = render_html(align(old, new))
    assert "<script>" not in html and "&amp; more" in html


def test_fast_block_normalisation_reads_markup_like_the_word_by_word_reading():
    # Bullets, emphasis, addresses and underscores at the edges are read the same way as word by word.
    from notifier.analysis.diff import _make_block, normalize_inline, tokens

    samples = [
        "* **Contact:** DPO@Example.COM _",
        "| cookie_id | 13 mois | - |",
        "_id_ is set by www.Example.com/x_",
        "__ — Visit <https://Example.com/Privacy> ==",
        "> [Our policy](https://example.com/p) *applies*.",
        "– Nous répondrons dans un délai d’un mois (2023–2024) : voir « ici »…",
        "L’«accord» — ‘quoted’ donʼt wait…",
    ]
    for raw in samples:
        words = tokens(normalize_inline(raw))
        block = _make_block.__wrapped__(raw)
        assert (block.text, block.key) == ("".join(d for _, d in words), " ".join(k for k, _ in words))


def test_redline_keeps_the_spacing_of_the_text_around_an_address_filled_in():
    # The editor completes "should be sent to:" with the DPO's address: the redline must read as written,
    # "sent to: dpo@example.com." and "(https://edpb.europa.eu).", with no space added before the full stop.
    old = "# Policy\n\n## Rights {#rights}\n\nRequests should be sent to:\n\nSee the Board (\n"
    new = (
        "# Policy\n\n## Rights {#rights}\n\nRequests should be sent to: <dpo@example.com>.\n\n"
        "See the Board (<https://edpb.europa.eu>).\n"
    )
    text = render_terminal(align(old, new), color=False)
    assert "should be sent to: {+dpo@example.com.+}" in text
    assert "See the Board ({+https://edpb.europa.eu).+}" in text
    page = render_html(align(old, new))
    assert "sent to: <ins>" in page and "dpo@example.com.<span" in page
    assert "sent to:<ins>" not in page and "dpo@example.com .<" not in page


def test_a_replaced_word_keeps_its_spaces_outside_the_marks():
    old = POLICY
    new = POLICY.replace("within one month", "within three months")
    text = render_terminal(align(old, new), color=False)
    assert "we answer within [-one month-]{+three months+}." in text
    page = render_html(align(old, new))
    assert "within <del>" in page and "</ins>." in page


def test_a_french_redline_shows_the_typography_as_written_and_ignores_a_change_of_quote_style():
    # Readers of the redline read the policy itself: « », ’ and – stay as the editor wrote them, while
    # retyping an apostrophe or a guillemet the other way is not a change.
    old = (
        "## Vos droits {#rights}\n\n"
        "Utilisez le lien « se désabonner » ; nous répondons dans un délai de trente (30) jours ouvrés.\n\n"
        "Commission Nationale de l’Informatique et des Libertés – CNIL\n"
    )
    new = old.replace("de trente (30) jours ouvrés", "d’un mois")
    page = render_html(align(old, new))
    assert "« se désabonner »" in page and "inserted: </span>d’un mois<span" in page
    assert "l’Informatique et des Libertés – CNIL" in page
    text = render_terminal(align(old, new), color=False)
    assert "délai [-de trente (30) jours ouvrés-]{+d’un mois+}." in text
    retyped = old.replace("« se désabonner »", '"se désabonner"').replace("l’Informatique", "l'Informatique")
    assert changed(align(old, retyped)) == []
