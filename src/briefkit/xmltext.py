"""XML written as text, escaped exactly as ElementTree escapes it.

Feeds and sitemap.xml are a few fixed shapes written for every build; serialising them
through ElementTree cost more than rendering the pages an edit changed. The tests compare
the bytes with what ElementTree writes (tests/test_cache.py, tests/test_sitemap.py).
"""

from __future__ import annotations

DECLARATION = "<?xml version='1.0' encoding='utf-8'?>\n"  # as ElementTree writes it (xml_declaration=True)


def text(value: str) -> str:
    """Character data escaped exactly as ElementTree escapes it (& < >)."""
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    return value


def attr(value: str) -> str:
    """An attribute value escaped exactly as ElementTree escapes it (also " and CR, LF, tab)."""
    value = text(value)
    if '"' in value:
        value = value.replace('"', "&quot;")
    for char, ref in (("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;")):
        if char in value:
            value = value.replace(char, ref)
    return value


def leaf(indent: str, tag: str, body: str, attrs: str = "") -> str:
    """One childless element on its own line: `<tag attrs>body</tag>`, or `<tag attrs />` when empty."""
    if body:
        return f"{indent}<{tag}{attrs}>{text(body)}</{tag}>\n"
    return f"{indent}<{tag}{attrs} />\n"
