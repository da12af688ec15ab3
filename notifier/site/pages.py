"""Which pages the site has, and what each says, as plain data computed from the ledger and git.

Nothing here knows about MkDocs: a page is a path under its language root, a title and Markdown (with a
little HTML where Markdown has no words for it). The MkDocs plugin only hands these to MkDocs, so the same
pages can be tested, counted and benchmarked without a build.

Texts always come from the release ledger, read from git by blob id (`released_markdown`); the editors'
working files in docs/ are used only for the draft preview, which marks every such page DRAFT.
Permanent version pages hold nothing that depends on the build date, so they are byte-identical in every
build that contains them (T4, EDPB-consent par. 108).
"""

from __future__ import annotations

import hashlib
import itertools
import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from markupsafe import Markup

from notifier.config.project import Config
from notifier.dates import long_date
from notifier.publishing.ledger import PolicyVersion
from notifier.publishing.lint import BACKSLASH_BREAK
from notifier.publishing.repository import PolicyRepository
from notifier.site import i18n
from notifier.site.consent import ConsentData, cookie_table_changes, cookie_table_markdown, released_consent
from notifier.site.fragments import render
from notifier.site.links import archive_path, compare_index_path, compare_path, redline_path, version_path
from notifier.site.redlines import RedlineJob, render_all
from notifier.typography import typeset


@dataclass(frozen=True)
class Page:
    """One page of one language; `path` is its URL under the language root ("" is the home page)."""

    lang: str
    path: str
    title: str
    markdown: str
    kind: str  # home | current | archive | version | redline | compare
    permanent: bool = False
    in_search: bool = True

    @property
    def src_uri(self) -> str:
        return "index.md" if not self.path else self.path.rstrip("/") + ".md"


@dataclass
class SiteModel:
    """Everything a build needs, computed once and shared by the builds of every language."""

    repository: PolicyRepository
    as_of: date
    consent: ConsentData
    draft: bool = False
    pages: dict[str, list[Page]] = field(default_factory=dict)
    redline_html: dict[tuple[str, str, str, str], str] = field(default_factory=dict)  # policy, old, new, lang
    _cookie_data: dict[tuple[str, str], ConsentData | None] = field(default_factory=dict)

    def text(self, version: PolicyVersion, lang: str) -> str:
        """The released text as the site renders it (the repository reads each blob from git once per build)."""
        return typeset(with_html_line_breaks(self.repository.released_markdown(version, lang)), lang)

    def summary(self, version: PolicyVersion, lang: str) -> str:
        """The release summary in `lang`, as its typography sets it ("" when there is none)."""
        return typeset(version.summary.get(lang, ""), lang)

    @property
    def config(self) -> Config:
        return self.repository.config

    def published(self, policy: str) -> tuple[PolicyVersion, ...]:
        """Versions that exist for readers on the build date: a version published later is not on the site."""
        return tuple(v for v in self.repository.ledger.versions(policy) if v.published_at <= self.as_of)

    def cookie_data(self, version: PolicyVersion) -> ConsentData | None:
        """The cookie inventory released with `version`, read once per build (every comparison with it shows it)."""
        key = (version.policy, version.version)
        if key not in self._cookie_data:
            self._cookie_data[key] = released_consent(self.repository, version)
        return self._cookie_data[key]

    def readable(self, policy: str, lang: str) -> list[PolicyVersion]:
        """The published versions of `policy` that have a text in `lang`, oldest first."""
        return [v for v in self.published(policy) if lang in v.texts]

    def previous(self, version: PolicyVersion) -> PolicyVersion | None:
        versions = self.repository.ledger.versions(version.policy)
        index = versions.index(version)
        return versions[index - 1] if index else None


_FENCE = re.compile(r"^\s*(```|~~~)")


def with_html_line_breaks(markdown: str) -> str:
    """CommonMark's hard line break (a line ending in `\\`) as `<br>`, which Python-Markdown understands.

    Released texts cannot be edited (T4), and Python-Markdown would print the backslash: the CNIL's postal
    address in the 2026 privacy policy is written that way. Code blocks keep their text as it is.
    """
    lines, in_code = markdown.split("\n"), False
    for index, line in enumerate(lines):
        if _FENCE.match(line):
            in_code = not in_code
        elif not in_code:
            lines[index] = BACKSLASH_BREAK.sub(r"\1<br>", line)
    return "\n".join(lines)


def rel(source: str, target: str) -> str:
    """The relative link from the page at `source` to the page at `target` (both directory URLs)."""
    link = posixpath.relpath(target.rstrip("/") or ".", source.rstrip("/") or ".")
    return "./" if link == "." else link + "/"


def _front_matter(title: str, search: bool, compare_form: bool = False) -> str:
    lines = ["---", f"title: {_yaml_str(title)}"]
    if not search:
        lines += ["search:", "  exclude: true"]
    if compare_form:  # main.html loads the form's script on these pages only
        lines += ["policies_compare: true"]
    return "\n".join([*lines, "---", ""])


def _yaml_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _split_title(markdown: str) -> tuple[str | None, str]:
    """The released text's own level-1 heading and the rest; the page shows its meta block right below it."""
    lines = markdown.splitlines()
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if line.startswith("# "):
            return line[2:].strip(), "\n".join(lines[index + 1 :]).lstrip("\n")
        break
    return None, markdown


def _meta_block(version: PolicyVersion, lang: str, *, effective_label: str, canonical: str) -> str:
    return render(
        "meta.html",
        version=version,
        lang=lang,
        s=i18n.strings(lang),
        effective_label=effective_label,
        canonical=canonical,
    )


def _upcoming_notice(model: SiteModel, page_path: str, version: PolicyVersion, lang: str) -> str:
    s = i18n.strings(lang)
    when = long_date(version.effective_at, lang)
    body = s["upcoming_body"].format(
        version=version.version, published=long_date(version.published_at, lang), date=when
    )
    return render(
        "upcoming.html",
        s=s,
        version=version,
        title=s["upcoming_title"].format(date=when),
        body=body,
        summary=model.summary(version, lang),
        version_href=rel(page_path, version_path(version.policy, version.version)),
        changes_href=_changes_href(model, page_path, version),
    )


def _changes_href(model: SiteModel, page_path: str, version: PolicyVersion) -> str | None:
    """The link to what changed in `version` since the previous one; None for a policy's first version."""
    if model.previous(version) is None:
        return None
    return rel(page_path, redline_path(version.policy, version.version))


def _policy_links(model: SiteModel, version: PolicyVersion, lang: str, *, path: str, current: bool) -> str:
    s = i18n.strings(lang)
    notify = version.change_class.must_notify and version.summary.get(lang)
    return render(
        "policy_links.html",
        s=s,
        current=current,
        permanent_note=s["permanent_note"].format(version=version.version),
        current_href=rel(path, version.policy + "/"),
        archive_href=rel(path, archive_path(version.policy)),
        changes_href=_changes_href(model, path, version),
        summary=model.summary(version, lang) if notify else "",
    )


def policy_text_page(
    model: SiteModel, version: PolicyVersion, lang: str, *, path: str, current: bool, extra: str = ""
) -> str:
    """The Markdown of a policy page: released text, meta block, and the notice or permanence note."""
    s = i18n.strings(lang)
    title = model.config.policies[version.policy].titles.get(lang, version.policy)
    heading, body = _split_title(model.text(version, lang))
    canonical = f"{model.config.site_url}{lang}/{version_path(version.policy, version.version)}"
    label = s["effective_since"] if current else s["effective_from"]
    parts = [
        _front_matter(heading or title, search=current),
        f"# {heading or title}\n",
        _meta_block(version, lang, effective_label=label, canonical=canonical),
    ]
    if current:
        parts.append(extra)
    parts.append(_policy_links(model, version, lang, path=path, current=current))
    parts.append(body)
    inventory = model.cookie_data(version)
    if inventory is not None:  # the cookie table of this very version, as released with it
        parts.append("\n" + cookie_table_markdown(inventory, lang))
    return "\n".join(parts)


def current_page(model: SiteModel, policy: str, lang: str) -> Page:
    """/<lang>/<policy>/: the version in force on the build date, and a notice of any published successor."""
    s = i18n.strings(lang)
    title = model.config.policies[policy].titles.get(lang, policy)
    path = f"{policy}/"
    state = model.repository.ledger.timeline(policy, lang, model.as_of)
    notices = "".join(_upcoming_notice(model, path, v, lang) for v in state.upcoming)
    if model.draft:
        text = model.repository.working_markdown(policy, lang)
        heading, body = _split_title(text)
        markdown = "\n".join(
            [
                _front_matter(f"DRAFT – {heading or title}", search=False),
                f"# {heading or title}\n",
                render("draft_mark.html", s=s),
                body,
            ]
        )
        return Page(lang, path, title, markdown, "current")
    if state.in_force is None:
        message = s["not_in_force"] if state.upcoming else s["no_release"]
        markdown = _front_matter(title, search=True) + render(
            "not_in_force.html", title=title, notices=Markup(notices), message=message
        )
        return Page(lang, path, title, markdown, "current")
    markdown = policy_text_page(model, state.in_force, lang, path=path, current=True, extra=notices)
    return Page(lang, path, title, markdown, "current")


def version_page(model: SiteModel, version: PolicyVersion, lang: str) -> Page:
    """/<lang>/<policy>/v/<version>/: the permanent copy; identical in every build that has it."""
    path = version_path(version.policy, version.version)
    title = model.config.policies[version.policy].titles.get(lang, version.policy)
    markdown = policy_text_page(model, version, lang, path=path, current=False)
    return Page(lang, path, f"{title} {version.version}", markdown, "version", permanent=True, in_search=False)


def _status(model: SiteModel, version: PolicyVersion, lang: str) -> str:
    state = model.repository.ledger.timeline(version.policy, lang, model.as_of)
    if state.in_force is version:
        return i18n.t(lang, "status_in_force")
    if version in state.upcoming:
        return i18n.t(lang, "status_upcoming")
    return i18n.t(lang, "status_superseded")


@dataclass(frozen=True)
class _ArchiveRow:
    version: PolicyVersion
    status: str
    class_label: str
    summary: str
    version_href: str
    changes_href: str | None


def archive_page(model: SiteModel, policy: str, lang: str) -> Page:
    """/<lang>/<policy>/archive/: every released version with its dates, class, summary and links."""
    s = i18n.strings(lang)
    title = model.config.policies[policy].titles.get(lang, policy)
    path = archive_path(policy)
    heading = s["archive_title"].format(title=title)
    rows = [
        _ArchiveRow(
            version=version,
            status=_status(model, version, lang),
            class_label=i18n.class_label(str(version.change_class), lang),
            summary=model.summary(version, lang),
            version_href=rel(path, version_path(policy, version.version)),
            changes_href=_changes_href(model, path, version),
        )
        for version in reversed(model.readable(policy, lang))
    ]
    form = compare_form(model, policy, lang, path)
    markdown = _front_matter(heading, search=False, compare_form=bool(form)) + render(
        "archive.html",
        s=s,
        lang=lang,
        heading=heading,
        current_href=rel(path, policy + "/"),
        rows=rows,
        compare_form=Markup(form),
    )
    return Page(lang, path, heading, markdown, "archive", in_search=False)


def redline_labels(lang: str) -> dict[str, str]:
    """The words notifier.analysis.diff writes into a redline, in the page's language (announced by screen readers)."""
    s = i18n.strings(lang)
    return {
        "inserted": s["labels_inserted"],
        "deleted": s["labels_deleted"],
        "unchanged": s["labels_unchanged"],
        "added": s["labels_added_section"],
        "removed": s["labels_removed_section"],
        "moved": s["labels_moved"],
        "end_inserted": s["labels_end_inserted"],
        "end_deleted": s["labels_end_deleted"],
        "preamble": s["labels_preamble"],
    }


def _comparison_markdown(
    model: SiteModel, old: PolicyVersion, new: PolicyVersion, lang: str, *, path: str, heading: str, form: bool
) -> str:
    """A redline page's Markdown; `form` links to the archive's comparison form (not on the emails' redlines)."""
    s = i18n.strings(lang)
    cookie_changes = cookie_table_changes(model.cookie_data(old), model.cookie_data(new), redline_labels(lang), lang)
    return _front_matter(heading, search=False) + render(
        "redline.html",
        s=s,
        heading=heading,
        old=old,
        new=new,
        old_href=rel(path, version_path(new.policy, old.version)),
        new_href=rel(path, version_path(new.policy, new.version)),
        archive_href=rel(path, archive_path(new.policy)),
        others_href=rel(path, archive_path(new.policy)) + "#compare" if form else None,
        intro=s["redline_intro"].format(old=old.version, new=new.version),
        fragment=Markup(_redline_mark((new.policy, old.version, new.version, lang))),
        cookie_changes=Markup(cookie_changes),
    )


_REDLINE_MARK = re.compile(r"<!-- policies-redline (\S+) -->")


def _redline_mark(key: tuple[str, str, str, str]) -> str:
    return f"<!-- policies-redline {'/'.join(key)} -->"


def insert_redlines(html: str, model: SiteModel) -> str:
    """The page's HTML with its redline fragment where the Markdown marked its place.

    A fragment is HTML already (notifier.analysis.diff): handed to Python-Markdown, it would be parsed and written
    back unchanged, which took two thirds of the build of a site that compares every pair of versions.
    """

    def fragment(mark: re.Match[str]) -> str:
        policy, old, new, lang = mark.group(1).split("/")
        return model.redline_html[(policy, old, new, lang)]

    return _REDLINE_MARK.sub(fragment, html)


def redline_page(model: SiteModel, old: PolicyVersion, new: PolicyVersion, lang: str) -> Page:
    """/<lang>/<policy>/changes/<version>/: what changed from the previous version, section by section."""
    title = model.config.policies[new.policy].titles.get(lang, new.policy)
    path = redline_path(new.policy, new.version)
    heading = i18n.t(lang, "redline_title", title=title, version=new.version)
    markdown = _comparison_markdown(model, old, new, lang, path=path, heading=heading, form=False)
    return Page(lang, path, heading, markdown, "redline", permanent=True, in_search=False)


def comparison_page(model: SiteModel, old: PolicyVersion, new: PolicyVersion, lang: str) -> Page:
    """/<lang>/<policy>/compare/<old>/<new>/: what changed between two versions with others in between.

    Both versions are released and never change (T4), so neither does the page.
    """
    title = model.config.policies[new.policy].titles.get(lang, new.policy)
    path = compare_path(new.policy, old.version, new.version)
    heading = i18n.t(lang, "compare_page_title", title=title, old=old.version, new=new.version)
    markdown = _comparison_markdown(model, old, new, lang, path=path, heading=heading, form=True)
    return Page(lang, path, heading, markdown, "redline", permanent=True, in_search=False)


def comparison_path(versions: list[PolicyVersion], old: PolicyVersion, new: PolicyVersion) -> str:
    """Where the site shows what changed from `old` to `new` (`versions` oldest first, `old` before `new`).

    Consecutive versions are compared on their redline page, which emails link to; no second copy is made.
    """
    if _consecutive(versions, old, new):
        return redline_path(new.policy, new.version)
    return compare_path(new.policy, old.version, new.version)


def _consecutive(versions: list[PolicyVersion], old: PolicyVersion, new: PolicyVersion) -> bool:
    return versions.index(new) - versions.index(old) == 1


def compare_form(model: SiteModel, policy: str, lang: str, path: str) -> str:
    """The form that leads to the comparison of any two versions ("" while there are fewer than two).

    The site is static: the form's script goes straight to the pre-generated page of the chosen pair, and
    without script the form's target (the comparisons page) lists every pair as a link.
    """
    versions = model.readable(policy, lang)
    if len(versions) < 2:
        return ""
    s = i18n.strings(lang)
    options = [
        (v.version, s["compare_option"].format(version=v.version, status=_status(model, v, lang)))
        for v in reversed(versions)
    ]
    return render(
        "compare_form.html",
        s=s,
        options=options,
        chosen={"from": versions[-2].version, "to": versions[-1].version},
        action=rel(path, compare_index_path(policy)),
        changes_base=rel(path, f"{policy}/changes/"),
        compare_base=rel(path, compare_index_path(policy)),
    )


def compare_index_page(model: SiteModel, policy: str, lang: str) -> Page:
    """/<lang>/<policy>/compare/: the form again, and every comparison as a link, newest first."""
    s = i18n.strings(lang)
    title = model.config.policies[policy].titles.get(lang, policy)
    path = compare_index_path(policy)
    heading = s["compare_index_title"].format(title=title)
    versions = model.readable(policy, lang)
    links = [
        (rel(path, comparison_path(versions, old, new)), old.version, new.version)
        for index, new in reversed(list(enumerate(versions)))
        for old in reversed(versions[:index])
    ]
    markdown = _front_matter(heading, search=False, compare_form=True) + render(
        "compare_index.html",
        s=s,
        heading=heading,
        form=Markup(compare_form(model, policy, lang, path)),
        links=links,
        archive_href=rel(path, archive_path(policy)),
    )
    return Page(lang, path, heading, markdown, "compare", in_search=False)


@dataclass(frozen=True)
class _HomeCard:
    """One policy on the home page: the version in force, the published ones to come (with their links)."""

    policy: str
    title: str
    in_force: PolicyVersion | None
    upcoming: list[tuple[PolicyVersion, str]]
    archive_href: str


def home_page(model: SiteModel, lang: str, feed_href: str) -> Page:
    s = i18n.strings(lang)
    config = model.config
    cards = []
    for policy, spec in config.policies.items():
        state = model.repository.ledger.timeline(policy, lang, model.as_of)
        upcoming = [(v, version_path(policy, v.version)) for v in state.upcoming]
        cards.append(_HomeCard(policy, spec.titles.get(lang, policy), state.in_force, upcoming, archive_path(policy)))
    markdown = _front_matter(s["home_title"], search=True) + render(
        "home.html",
        s=s,
        lang=lang,
        intro=s["home_intro"].format(site=config.site_name),
        cards=cards,
        feed_href=feed_href,
    )
    return Page(lang, "", s["home_title"], markdown, "home")


def comparison_pairs(model: SiteModel) -> list[tuple[PolicyVersion, PolicyVersion, str]]:
    """Every (older, newer, language) the site compares: any two versions readable in that language."""
    pairs: list[tuple[PolicyVersion, PolicyVersion, str]] = []
    for lang in model.config.languages:
        for policy in model.config.policies:
            pairs.extend((old, new, lang) for old, new in itertools.combinations(model.readable(policy, lang), 2))
    return pairs


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def compute_redlines(model: SiteModel) -> None:
    """Fill `model.redline_html` for every comparison, reusing fragments cached by earlier builds."""
    pairs = comparison_pairs(model)
    jobs = [
        RedlineJob(
            old_text := model.text(old, lang),
            new_text := model.text(new, lang),
            _sha256(old_text),  # of the text as rendered, so a rendering change is never served from the cache
            _sha256(new_text),
            tuple(sorted(redline_labels(lang).items())),
        )
        for old, new, lang in pairs
    ]
    fragments = render_all(jobs, model.config.root)
    model.redline_html = {
        (new.policy, old.version, new.version, lang): fragment
        for (old, new, lang), fragment in zip(pairs, fragments, strict=True)
    }


def pages_for(model: SiteModel, lang: str) -> Iterator[Page]:
    """Every page of one language, as of the build date."""
    yield home_page(model, lang, feed_href="feed.xml")
    for policy in model.config.policies:
        yield current_page(model, policy, lang)
        yield archive_page(model, policy, lang)
        versions = model.readable(policy, lang)
        for version in versions:
            yield version_page(model, version, lang)
        for old, new in itertools.combinations(versions, 2):
            if _consecutive(versions, old, new):
                yield redline_page(model, old, new, lang)
            else:
                yield comparison_page(model, old, new, lang)
        if len(versions) >= 2:
            yield compare_index_page(model, policy, lang)
