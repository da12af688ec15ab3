"""`policies evidence POLICY VERSION --out DIR`: one folder that answers "what did users see, when, and what did
they agree to?" for one released version (GDPR 5(2), 7(1); legal-rules.md T4, T5, B9).

Every piece comes from the module that already owns it: the texts from git by blob id (proven by sha256), the
release commit from git, the redline from the site's redline code, the notice from the email templates, the
counts from the store, a user's record from `notifier.audit.proof`. The bundle holds a lawyer's summary in both
languages (index.html), the same facts for machines (evidence.json), and SHA256SUMS listing every file
(check it with `sha256sum -c SHA256SUMS`).
"""

from __future__ import annotations

import hashlib
import html
import json
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from notifier.audit.proof import user_proof
from notifier.config.project import Role
from notifier.delivery.emails import EmailTemplates
from notifier.delivery.store import Engine, proofs
from notifier.problems import PolicyError, Problem
from notifier.publishing.ledger import PolicyVersion
from notifier.publishing.repository import PolicyRepository
from notifier.site.pages import redline_labels
from notifier.site.redlines import RedlineJob, render_all

MANIFEST = "SHA256SUMS"


@dataclass
class Bundle:
    """The folder being written, and the sha256 of every file in it, in writing order."""

    root: Path
    files: dict[str, str]

    def write(self, relative: str, data: bytes | str) -> str:
        raw = data.encode("utf-8") if isinstance(data, str) else data
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
        self.files[relative] = hashlib.sha256(raw).hexdigest()
        return self.files[relative]


def _release_commit(repository: PolicyRepository, version: PolicyVersion) -> tuple[dict[str, str], bytes]:
    """The commit that added the ledger record (who released the version, and when) and the record as committed."""
    found = repository.history.first_committed(version.record_path)
    if found is None:
        raise PolicyError(Problem(version.record_path, "this record was never committed: the release has no proof"))
    commit = repository.history.repo.commit(found[0])
    facts = {
        "id": commit.hexsha,
        "author": f"{commit.author.name} <{commit.author.email}>",
        "date": commit.authored_datetime.isoformat(),
        "message": _decoded(commit.message).strip().splitlines()[0],
    }
    return facts, found[1]


def _decoded(message: str | bytes) -> str:
    """A commit message as text (git gives bytes when the message is not in its declared encoding)."""
    return message if isinstance(message, str) else message.decode("utf-8", "replace")


def _previous(repository: PolicyRepository, version: PolicyVersion) -> PolicyVersion | None:
    versions = list(repository.ledger.versions(version.policy))
    index = versions.index(version)
    return versions[index - 1] if index else None


def _texts_and_redlines(bundle: Bundle, repository: PolicyRepository, version: PolicyVersion) -> dict[str, Any]:
    """Each language's released text (read from git, checked against its sha256) and its redline."""
    previous = _previous(repository, version)
    facts: dict[str, Any] = {}
    for lang, released in sorted(version.texts.items()):
        source = repository.released_source(version, lang)  # raises when git's bytes do not match the record
        facts[lang] = {"path": released.path, "blob": released.blob, "sha256": released.sha256}
        bundle.write(f"texts/{lang}.md", source)
        if previous is None or lang not in previous.texts:
            continue
        job = RedlineJob(
            repository.released_markdown(previous, lang),
            repository.released_markdown(version, lang),
            previous.texts[lang].sha256,
            released.sha256,
            tuple(sorted(redline_labels(lang).items())),
        )
        (fragment,) = render_all([job], repository.root)
        facts[lang]["redline"] = f"redline/{lang}.html"
        facts[lang]["redline_from"] = previous.version
        bundle.write(f"redline/{lang}.html", f'<!doctype html><meta charset="utf-8">\n{fragment}\n')
    return facts


def _notices(bundle: Bundle, repository: PolicyRepository, engine: Engine, version: PolicyVersion) -> dict[str, Any]:
    """The notice email per language as the templates render it, and whether the store holds the same one."""
    if not version.change_class.must_notify:
        return {}
    templates = EmailTemplates(repository.root)
    stored = proofs.sent_message_hashes(engine, version.policy, version.version)
    facts: dict[str, Any] = {}
    for lang in sorted(version.texts):
        message = templates.render(repository.config, repository.ledger, version, lang)
        bundle.write(f"notice/{lang}.txt", f"Subject: {message.subject}\n\n{message.text}")
        bundle.write(f"notice/{lang}.html", message.html)
        facts[lang] = {
            "subject": message.subject,
            "sha256": message.sha256,
            "sent_sha256": stored.get(lang),
            "same_as_sent": stored.get(lang) == message.sha256 if lang in stored else None,
        }
    return facts


def _told_together(bundle: Bundle, sent: dict[str, Any]) -> dict[str, Any]:
    """An email that told this version with others due at once, exactly as stored when it was sent."""
    name = f"notice/together-{sent['locale']}-{sent['sha256'][:12]}"
    bundle.write(f"{name}.txt", f"Subject: {sent['subject']}\n\n{sent['body_text']}")
    bundle.write(f"{name}.html", sent["body_html"])
    return {
        "locale": sent["locale"],
        "sha256": sent["sha256"],
        "told": sent["told"],
        "files": [f"{name}.txt", f"{name}.html"],
    }


def counts(engine: Engine, version: PolicyVersion, cookie_policy: bool = False) -> dict[str, Any]:
    """What the store holds for this version: counts only, no address and no user id.

    Consent records cite versions of the cookie policy only, so only its bundle counts them.
    """
    return proofs.version_counts(engine, version.policy, version.version, with_consents=cookie_policy)


def write_bundle(
    repository: PolicyRepository, engine: Engine, policy: str, version_id: str, out: Path, user_id: str | None = None
) -> dict[str, Any]:
    """Write the evidence of one version into `out` (new or empty) and return its facts (evidence.json).

    The bundle is written next to `out` and moved into place when complete, so a refusal half-way (a text that
    no longer matches its sha256, an unknown user) leaves no partial bundle that could pass for evidence.
    """
    version = repository.ledger.get(policy, version_id)
    if out.exists() and any(out.iterdir()):
        raise PolicyError(Problem(str(out), "is not empty: an evidence bundle goes into a new folder"))
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        evidence = _write(Bundle(partial, {}), repository, engine, version, user_id)
        if out.exists():
            out.rmdir()
        partial.rename(out)
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    return evidence


def _write(
    bundle: Bundle, repository: PolicyRepository, engine: Engine, version: PolicyVersion, user_id: str | None
) -> dict[str, Any]:
    commit, record_as_released = _release_commit(repository, version)
    bundle.write("ledger.yml", record_as_released)
    evidence: dict[str, Any] = {
        "policy": version.policy,
        "version": version.version,
        "record": version.to_record(),
        "release_commit": commit,
        "texts": _texts_and_redlines(bundle, repository, version),
        "notice": _notices(bundle, repository, engine, version),
        "told_together": [
            _told_together(bundle, sent)
            for sent in proofs.messages_told_together(engine, version.policy, version.version)
        ],
        "counts": counts(engine, version, repository.config.policy(version.policy).role is Role.COOKIES),
    }
    if user_id is not None:
        proof = user_proof(engine, user_id)
        if not proof["found"]:
            raise PolicyError(Problem(f"--user {user_id}", "no such user in the store"))
        name = f"users/{quote(user_id, safe='')}.json"  # an id is not a path: "../x" stays inside users/
        evidence["user"] = {"user_id": user_id, "file": name}
        bundle.write(name, json.dumps(proof, indent=2, default=str, ensure_ascii=False) + "\n")
    bundle.write("evidence.json", json.dumps(evidence, indent=2, default=str, ensure_ascii=False) + "\n")
    bundle.write("index.html", summary_html(evidence, repository.config.languages))
    manifest = "".join(f"{sha}  {name}\n" for name, sha in sorted(bundle.files.items()))
    (bundle.root / MANIFEST).write_text(manifest, encoding="utf-8")
    return evidence


LABELS = {
    "en": {
        "title": "Evidence: {policy} policy, version {version}",
        "version": "The version",
        "published": "Published on",
        "effective": "In force from",
        "class": "Class of change",
        "reasons": "Why",
        "summary": "Summary shown to users",
        "release": "Release commit (git)",
        "texts": "Released texts (read back from git; each sha256 checked)",
        "redline": "changes from {previous}",
        "notice": "The notice sent (as rendered now; sha256 compared with the one stored when sent)",
        "together": "as sent, in one email telling",
        "same": "same as sent",
        "differs": "DIFFERS from the one sent",
        "not_sent": "not sent yet",
        "counts": "What the records hold (counts only)",
        "none": "none",
        "user": "Proof for user {user}",
        "files": "Every file of this folder is listed with its sha256 in SHA256SUMS (check: sha256sum -c SHA256SUMS).",
    },
    "fr": {
        "title": "Preuves : politique {policy}, version {version}",
        "version": "La version",
        "published": "Publiée le",
        "effective": "En vigueur à partir du",
        "class": "Classe du changement",
        "reasons": "Pourquoi",
        "summary": "Résumé montré aux utilisateurs",
        "release": "Commit de publication (git)",
        "texts": "Textes publiés (relus dans git ; chaque sha256 vérifié)",
        "redline": "changements depuis {previous}",
        "notice": "L’avis envoyé (tel que rendu maintenant ; sha256 comparé à celui conservé à l’envoi)",
        "together": "tel qu’envoyé, dans un même courriel annonçant",
        "same": "identique à l’envoi",
        "differs": "DIFFÉRENT de celui envoyé",
        "not_sent": "pas encore envoyé",
        "counts": "Ce que contiennent les registres (nombres seulement)",
        "none": "aucun",
        "user": "Preuve pour l’utilisateur {user}",
        "files": "Chaque fichier de ce dossier figure avec son sha256 dans SHA256SUMS "
        "(vérifier : sha256sum -c SHA256SUMS).",
    },
}


def _rows(items: list[dict[str, Any]], none: str) -> str:
    if not items:
        return f"<p>{none}</p>"
    head = "".join(f"<th>{html.escape(k)}</th>" for k in items[0])
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row.values()) + "</tr>" for row in items)
    return f"<table><tr>{head}</tr>{body}</table>"


def _section(evidence: dict[str, Any], lang: str) -> str:
    w = LABELS.get(lang, LABELS["en"])
    e, record, commit = html.escape, evidence["record"], evidence["release_commit"]
    title = w["title"].format(policy=evidence["policy"], version=evidence["version"])
    parts = [
        f'<section lang="{lang}"><h1>{e(title)}</h1>',
        f"<h2>{w['version']}</h2><dl><dt>{w['published']}</dt><dd>{record['published_at']}</dd>"
        f"<dt>{w['effective']}</dt><dd>{record['effective_at']}</dd><dt>{w['class']}</dt><dd>{record['class']}</dd>"
        f"<dt>{w['reasons']}</dt><dd>{e(' '.join(record['reasons']))}</dd>"
        f"<dt>{w['summary']}</dt><dd>{e(record['summary'].get(lang, ''))}</dd></dl>",
        f"<h2>{w['release']}</h2><p><code>{commit['id']}</code>, {e(commit['author'])}, {commit['date']}</p>",
        f"<h2>{w['texts']}</h2><ul>",
    ]
    for text_lang, text in evidence["texts"].items():
        redline = text.get("redline")
        link = f' · <a href="{redline}">{w["redline"].format(previous=text["redline_from"])}</a>' if redline else ""
        parts.append(
            f'<li>{text_lang}: <a href="texts/{text_lang}.md">{e(text["path"])}</a>, '
            f"sha256 <code>{text['sha256']}</code>{link}</li>"
        )
    parts.append("</ul>")
    if evidence["notice"]:
        parts.append(f"<h2>{w['notice']}</h2><ul>")
        for notice_lang, notice in evidence["notice"].items():
            state = {True: w["same"], False: w["differs"], None: w["not_sent"]}[notice["same_as_sent"]]
            parts.append(
                f'<li>{notice_lang}: <a href="notice/{notice_lang}.txt">{e(notice["subject"])}</a>, '
                f"sha256 <code>{notice['sha256']}</code> ({state})</li>"
            )
        parts += [
            f'<li>{sent["locale"]}: <a href="{sent["files"][0]}">{w["together"]} {e(", ".join(sent["told"]))}</a>, '
            f"sha256 <code>{sent['sha256']}</code></li>"
            for sent in evidence["told_together"]
        ]
        parts.append("</ul>")
    parts.append(f"<h2>{w['counts']}</h2>")
    for name, items in evidence["counts"].items():
        rows = [{"act": k, "count": v} for k, v in items.items()] if isinstance(items, dict) else items
        parts.append(f"<h3>{name}</h3>{_rows(rows, w['none'])}")
    if "user" in evidence:
        user = evidence["user"]
        parts.append(f'<h2><a href="{e(user["file"])}">{e(w["user"].format(user=user["user_id"]))}</a></h2>')
    parts.append(f"<p>{w['files']}</p></section>")
    return "\n".join(parts)


def summary_html(evidence: dict[str, Any], languages: tuple[str, ...]) -> str:
    """The lawyer's page: the same facts as evidence.json, once per language, linking to the files."""
    sections = "\n<hr>\n".join(_section(evidence, lang) for lang in languages)
    return (
        '<!doctype html><html><head><meta charset="utf-8"><title>Evidence</title>'
        "<style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto}td,th{border:1px solid #999;"
        "padding:.2rem .5rem}table{border-collapse:collapse}code{word-break:break-all}</style></head>"
        f"<body>\n{sections}\n</body></html>\n"
    )
