"""One sitemap for the whole site, with absolute hreflang alternates and an x-default per page.

Search engines require absolute alternate URLs and every language variant listed on every entry; a sitemap
per language project (what MkDocs would write) cannot say that, so the site writes this one at its root.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

from notifier.site.pages import SiteModel

SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"


def sitemap_xml(model: SiteModel) -> bytes:
    config = model.config
    paths: dict[str, set[str]] = {}
    for lang, pages in model.pages.items():
        for page in pages:
            paths.setdefault(page.path, set()).add(lang)
    ET.register_namespace("", SITEMAP)
    ET.register_namespace("xhtml", XHTML)
    urlset = ET.Element(f"{{{SITEMAP}}}urlset")
    for path in sorted(paths):
        langs = [lang for lang in config.languages if lang in paths[path]]
        default = config.default_language if config.default_language in langs else langs[0]
        for lang in langs:
            url = ET.SubElement(urlset, f"{{{SITEMAP}}}url")
            ET.SubElement(url, f"{{{SITEMAP}}}loc").text = f"{config.site_url}{lang}/{path}"
            for alt in langs:
                ET.SubElement(
                    url,
                    f"{{{XHTML}}}link",
                    {"rel": "alternate", "hreflang": alt, "href": f"{config.site_url}{alt}/{path}"},
                )
            ET.SubElement(
                url,
                f"{{{XHTML}}}link",
                {"rel": "alternate", "hreflang": "x-default", "href": f"{config.site_url}{default}/{path}"},
            )
    return bytes(ET.tostring(urlset, encoding="utf-8", xml_declaration=True))


def robots_txt(model: SiteModel) -> str:
    return f"User-agent: *\nAllow: /\nSitemap: {model.config.site_url}sitemap.xml\n"
