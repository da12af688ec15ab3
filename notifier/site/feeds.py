"""An Atom feed of releases per language, so anyone can follow changes without an account.

The feed's dates are the releases' own (publication days), never the build time: rebuilding the site does
not make feed readers show old releases as new.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

from notifier.dates import long_date
from notifier.site import i18n
from notifier.site.links import version_path
from notifier.site.pages import SiteModel

ATOM = "http://www.w3.org/2005/Atom"


def atom_feed(model: SiteModel, lang: str) -> bytes:
    """Every release visible on the build date, newest first; major and rights-reducing ones marked."""
    config = model.config
    s = i18n.strings(lang)
    base = f"{config.site_url}{lang}/"
    releases = sorted(
        (v for p in config.policies for v in model.published(p) if lang in v.texts),
        key=lambda v: (v.published_at, v.policy, v.sequence),
        reverse=True,
    )
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {"xml:lang": lang})
    ET.SubElement(feed, f"{{{ATOM}}}id").text = f"{base}feed.xml"
    ET.SubElement(feed, f"{{{ATOM}}}title").text = s["feed_title"].format(site=config.site_name)
    updated = releases[0].published_at.isoformat() if releases else "1970-01-01"
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = f"{updated}T00:00:00Z"
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "self", "href": f"{base}feed.xml"})
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "alternate", "href": base})
    ET.SubElement(ET.SubElement(feed, f"{{{ATOM}}}author"), f"{{{ATOM}}}name").text = config.site_name
    for version in releases:
        title = config.policies[version.policy].titles.get(lang, version.policy)
        url = base + version_path(version.policy, version.version)
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        major = version.change_class.must_notify
        prefix = f"[{s['major_mark']}] " if major else ""
        ET.SubElement(entry, f"{{{ATOM}}}title").text = f"{prefix}{title} {version.version}"
        ET.SubElement(entry, f"{{{ATOM}}}id").text = url
        ET.SubElement(entry, f"{{{ATOM}}}link", {"rel": "alternate", "href": url})
        stamp = f"{version.published_at.isoformat()}T00:00:00Z"
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = stamp
        ET.SubElement(entry, f"{{{ATOM}}}published").text = stamp
        ET.SubElement(
            entry,
            f"{{{ATOM}}}category",
            {"term": str(version.change_class), "label": i18n.class_label(str(version.change_class), lang)},
        )
        if major:
            ET.SubElement(entry, f"{{{ATOM}}}category", {"term": "major", "label": s["major_mark"]})
        lines = [
            s["labelled"].format(label=s["last_updated"], value=long_date(version.published_at, lang)) + ".",
            s["labelled"].format(label=s["effective_from"], value=long_date(version.effective_at, lang)) + ".",
        ]
        if version.summary.get(lang):
            lines.append(model.summary(version, lang))
        ET.SubElement(entry, f"{{{ATOM}}}summary").text = " ".join(lines)
    return bytes(ET.tostring(feed, encoding="utf-8", xml_declaration=True))
