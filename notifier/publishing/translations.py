"""R18: every language is the same notice. Sections must match across languages, and a section changed since
the last release in one language must be changed in the others before the version can be released, unless the
change is editorial (a comma, a typo): it leaves every language saying the same thing.
"""

from __future__ import annotations

from notifier.analysis.change_class import ChangeClass
from notifier.analysis.classify import classify
from notifier.analysis.document import Document, parse
from notifier.config.project import Config
from notifier.problems import Problem


def suggested_ids(documents: dict[str, Document]) -> dict[str, dict[int, tuple[str, str]]]:
    """Headings written without an id, by language and line, with the id another language gives the heading
    at the same place (and that language): the id to write, since ids are the same in every language."""
    found: dict[str, dict[int, tuple[str, str]]] = {lang: {} for lang in documents}
    for lang, document in documents.items():
        for index, section in enumerate(document.sections):
            if section.level == 0 or section.id is not None:
                continue
            for other_lang, other in documents.items():
                other_id = other.sections[index].id if index < len(other.sections) else None
                if other_lang != lang and other_id:
                    found[lang][section.line] = (other_id, other_lang)
                    break
    return found


def section_sync(config: Config, policy: str, documents: dict[str, Document]) -> list[Problem]:
    """Same section ids, in the same order, in every language, compared with the default language.

    A heading that lost its id in one language is one problem, naming the id the other language uses, not a
    section missing here and another one extra there.
    """
    reference_lang = config.default_language
    reference = documents.get(reference_lang)
    if reference is None:
        return []
    spec = config.policy(policy)
    ref_path = spec.source_path(reference_lang)
    suggestions = suggested_ids(documents)
    problems: list[Problem] = []
    for lang, document in documents.items():
        path = spec.source_path(lang)
        for line, (key, other) in sorted(suggestions[lang].items()):
            title = next(s.title for s in document.sections if s.line == line)
            problems.append(
                Problem(
                    f"{path}:{line}",
                    f"heading '{title}' needs a stable id: write `{{#{key}}}`, the id the {other} text uses "
                    "for this section",
                )
            )
        if lang == reference_lang:
            continue
        ref_keys = _keys(reference, suggestions[reference_lang])
        doc_keys = _keys(document, suggestions[lang])
        missing = [(k, s) for k, s in zip(ref_keys, reference.sections, strict=True) if k not in doc_keys]
        extra = [(k, s) for k, s in zip(doc_keys, document.sections, strict=True) if k not in ref_keys]
        for key, section in missing:
            problems.append(
                Problem(
                    path,
                    f"section '{key}' ({ref_path}:{section.line}) is missing in {lang}; "
                    f"translate it with the same id {{#{key}}}",
                )
            )
        for key, section in extra:
            problems.append(
                Problem(
                    f"{path}:{section.line}",
                    f"section '{key}' does not exist in {reference_lang} ({ref_path}); "
                    "use the same ids in every language",
                )
            )
        shared_ref = [k for k in ref_keys if k in doc_keys]
        shared_doc = [k for k in doc_keys if k in ref_keys]
        if not missing and not extra and shared_ref != shared_doc:
            problems.append(
                Problem(path, f"sections are in another order than in {reference_lang}: {', '.join(shared_doc)}")
            )
    return problems


def _keys(document: Document, suggestions: dict[int, tuple[str, str]]) -> list[str]:
    """Each section's key, a heading without id counted under the id its translation uses."""
    return [suggestions[s.line][0] if s.line in suggestions else s.key for s in document.sections]


def changed_sections(old: Document | None, new: Document) -> set[str]:
    """Keys of the sections whose text differs between the last release and the working tree."""
    if old is None:
        return set(new.keys)
    pairs = ((key, old.section(key), new.section(key)) for key in set(old.keys) | set(new.keys))
    return {key for key, before, after in pairs if (before.text if before else None) != (after.text if after else None)}


def change_sync(
    config: Config, policy: str, released: dict[str, Document], working: dict[str, Document]
) -> list[Problem]:
    """A section changed since the last release in some languages but not in the others."""
    if not released or any(suggested_ids(working).values()):
        return []  # sections compare by id: first the missing ids (section_sync names them)
    changed = {lang: changed_sections(released.get(lang), working[lang]) for lang in working if lang in released}
    problems: list[Problem] = []
    spec = config.policy(policy)
    for key in sorted(set().union(*changed.values()) if changed else set()):
        done = sorted(lang for lang, keys in changed.items() if key in keys)
        behind = sorted(lang for lang, keys in changed.items() if key not in keys)
        if behind and not all(_editorial(spec.role, key, lang, released[lang], working[lang]) for lang in done):
            section = working[done[0]].section(key)
            line = f":{section.line}" if section else ""
            problems.append(
                Problem(
                    f"{spec.source_path(behind[0])}",
                    f"section '{key}' changed since the last release in {', '.join(done)} "
                    f"({spec.source_path(done[0])}{line}) but not in {', '.join(behind)}: "
                    "update the translation before releasing (R18)",
                )
            )
    return problems


def _editorial(role: str | None, key: str, lang: str, old: Document, new: Document) -> bool:
    """Whether the change of one section in one language is editorial, as the classifier reads a policy of
    that role (a `cookies` one as trackers)."""
    before, after = old.section(key), new.section(key)
    if before is None or after is None:
        return False
    return classify(before.text, after.text, lang=lang, policy=role).change_class is ChangeClass.EDITORIAL


def parse_all(texts: dict[str, str]) -> dict[str, Document]:
    return {lang: parse(text) for lang, text in texts.items()}
