"""A briefing's HTML made safe to show inside the app.

The briefing is shown in an iframe so its own styles (fonts, page layout) do not leak into the
app. Because that iframe shares the app's origin, everything that could run code is removed
first: scripts, frames, objects, forms, event-handler attributes and javascript: links.
"""

from __future__ import annotations

import lxml.html
from lxml import etree

_DROP = "//script|//iframe|//frame|//object|//embed|//applet|//form|//base|//link|//meta[@http-equiv]"
_URL_ATTRS = {
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "{http://www.w3.org/1999/xlink}href",
    "background",
}
_BAD_SCHEMES = ("javascript:", "vbscript:", "data:text/html")


def sanitise(document: str) -> str:
    """The briefing without anything executable; links open in a new tab."""
    if not document.strip():
        return "<!DOCTYPE html><html><body></body></html>"
    try:
        root = lxml.html.document_fromstring(document)
    except (etree.ParserError, ValueError):
        return "<!DOCTYPE html><html><body></body></html>"
    for element in root.xpath(_DROP):
        element.drop_tree()
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for name in list(element.attrib):
            value = element.attrib[name].strip().lower().replace("\t", "").replace("\n", "")
            if name.lower().startswith("on") or (
                name.lower() in _URL_ATTRS and value.startswith(_BAD_SCHEMES)
            ):
                del element.attrib[name]
    head = root.find("head")
    if head is None:
        head = etree.Element("head")
        root.insert(0, head)
    head.insert(0, etree.Element("base", target="_blank"))
    return str(lxml.html.tostring(root, method="html", encoding="unicode", doctype="<!DOCTYPE html>"))
