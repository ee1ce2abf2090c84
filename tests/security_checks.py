"""Shared checks for the security tests: what "no script in the built site" means, as code.

Kept apart from any one test file so the injection, property and load tests judge HTML, XML
and JSON-LD by the same rules (and SECURITY.md can point at one definition).
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

URL_ATTRS = frozenset({"href", "src", "action", "formaction", "xlink:href", "poster", "background",
                       "cite", "longdesc", "srcset", "data", "manifest", "ping"})
FORBIDDEN_TAGS = frozenset({"iframe", "object", "embed", "frame", "frameset", "applet", "base",
                            "meta-refresh"})
UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:")
_SPACE_CTRL = re.compile(r"[\x00-\x20\x7f]+")


def unsafe_url(value: str) -> bool:
    """True when a browser would read `value` as a javascript:, vbscript: or data: URL."""
    from urllib.parse import unquote
    from html import unescape

    cleaned = _SPACE_CTRL.sub("", unquote(unescape(value))).lower()
    return cleaned.startswith(UNSAFE_SCHEMES)


class _Audit(HTMLParser):
    def __init__(self, allowed_scripts: set[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.allowed = allowed_scripts
        self.problems: list[str] = []
        self._in_script: dict[str, str] | None = None
        self._script_text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._check(tag, attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._check(tag, attrs)

    def _check(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        for k, v in a.items():
            if k.startswith("on"):
                self.problems.append(f"<{tag} {k}=...> event handler")
            if k in URL_ATTRS and any(unsafe_url(part.strip().split(" ")[0])
                                      for part in (v.split(",") if k == "srcset" else [v])):
                self.problems.append(f"<{tag} {k}={v!r}> unsafe URL")
            if k == "style" and ("expression(" in v.lower() or "javascript:" in v.lower()):
                self.problems.append(f"<{tag} style={v!r}>")
        if tag in FORBIDDEN_TAGS:
            self.problems.append(f"<{tag}> element")
        if tag == "meta" and a.get("http-equiv", "").lower() == "refresh":
            self.problems.append("<meta http-equiv=refresh>")
        if tag == "script":
            self._in_script = a
            self._script_text = []

    def handle_data(self, data: str) -> None:
        if self._in_script is not None:
            self._script_text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in_script is not None:
            self._script_done("".join(self._script_text))
            self._in_script = None

    def _script_done(self, text: str) -> None:
        a = self._in_script or {}
        kind = a.get("type", "")
        if kind == "application/ld+json":
            if "</script" in text.lower() or "<!--" in text:
                self.problems.append("JSON-LD holds </script or <!--")
            try:
                json.loads(text)
            except ValueError as exc:
                self.problems.append(f"JSON-LD does not parse: {exc}")
            return
        src = a.get("src", "")
        key = src.rsplit("/", 1)[-1] if src else "inline:" + text.strip()[:40]
        if not any(key.startswith(ok) or key == ok for ok in self.allowed):
            self.problems.append(f"<script> not from the theme: {key!r}")


def audit_html(text: str, allowed_scripts: set[str]) -> list[str]:
    """Every way `text` could run writer-controlled script; [] when clean."""
    audit = _Audit(allowed_scripts)
    audit.feed(text)
    audit.close()
    if audit._in_script is not None:
        audit.problems.append("unterminated <script>")
    return audit.problems


def theme_scripts(clean_output: Path) -> set[str]:
    """The scripts a clean build of the same site carries: the theme's own, allowed."""
    found: set[str] = set()

    class _Collect(HTMLParser):
        current: dict | None = None
        buf: list[str] = []

        def handle_starttag(self, tag, attrs):  # type: ignore[override]
            if tag == "script":
                a = {k: v or "" for k, v in attrs}
                if a.get("type") == "application/ld+json":
                    return
                if a.get("src"):
                    found.add(a["src"].rsplit("/", 1)[-1])
                else:
                    self.current, self.buf = a, []

        def handle_data(self, data):  # type: ignore[override]
            if self.current is not None:
                self.buf.append(data)

        def handle_endtag(self, tag):  # type: ignore[override]
            if tag == "script" and self.current is not None:
                found.add("inline:" + "".join(self.buf).strip()[:40])
                self.current = None

    for page in clean_output.rglob("*.html"):
        c = _Collect()
        c.feed(page.read_text(encoding="utf-8"))
    return found


def audit_xml(text: str) -> list[str]:
    """Feeds and sitemaps: well-formed XML, no unsafe URL in any link, no raw <script> markup."""
    import xml.etree.ElementTree as ET

    problems: list[str] = []
    try:
        root = ET.fromstring(text.encode("utf-8"))
    except ET.ParseError as exc:
        return [f"XML does not parse: {exc}"]
    for el in root.iter():
        for k, v in el.attrib.items():
            if k in ("href", "src") and unsafe_url(v):
                problems.append(f"<{el.tag} {k}={v!r}>")
        tag = el.tag.rsplit("}", 1)[-1]
        if tag in ("loc", "id", "uri", "link", "icon", "logo") and el.text and unsafe_url(el.text.strip()):
            problems.append(f"<{tag}>{el.text!r}")
        # Atom text constructs: type="html" content is HTML a reader will render.
        if el.text and el.attrib.get("type") == "html":
            problems += [f"feed {tag}: {p}" for p in audit_html(el.text, set())]
        elif el.text and el.attrib.get("type") == "xhtml":
            problems.append(f"feed {tag}: xhtml content")
    return problems
