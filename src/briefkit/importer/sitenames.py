"""What of a page's titles names the site: its separators, its words, its host, the logo's parts.

A `<title>` is "Headline | Site", "Site – Section – Headline" or "Post - Blog - Tagline"; to read
the headline out of it, the parts that name the site must be known, and many places name it
(og:site_name, the host, the logo). `titlepick` weighs titles and headings; this module only
says which words are the site's, what of a metadata title is left without them, and whether an
author field's name is the site's (`is_site`, asked by `authorpick`).
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from briefkit.importer.lazyre import compile_later
from briefkit.importer.markupmeta import Claim, Evidence

# A title separator needs spaces around it: "Klimaschutz: Bohren" is one headline, "A | Site" is not.
SEPARATORS = compile_later(r"\s+(?:[|–—·•»/]|-{1,2}|::|//|/ »|// »)\s+|\s*[|｜]\s*")


def words(text: str) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFKC", text.replace("\u00ad", "")).casefold())


def site_suffix(title: str) -> str | None:
    parts = SEPARATORS.split(title)
    return parts[-1].strip() if len(parts) > 1 else None


def logo_suffix(logo: str, metas: list[Claim]) -> list[str]:
    """The parts of a `<title>` that end it as the logo prints them together: the site's name and its tagline.

    A logo that prints the whole title is a front page's or a breadcrumb's last crumb: nothing of it is cut.
    """
    lw = words(logo)
    for m in metas:
        parts = SEPARATORS.split(m.value)
        for i in range(1, len(parts)):
            if words(" ".join(parts[i:])) == lw:
                return parts[i:]
    return []


def meta_core(metas: list[Claim], sites: set[str]) -> str | None:
    """The metadata title without the site's name: the part the titles share, or the first part."""
    cores: list[str] = []
    for m in metas:
        parts = [p for p in SEPARATORS.split(m.value) if words(p) and " ".join(words(p)) not in sites]
        if len(parts) > 1 and m.source == "title":
            parts = parts[:-1] if len(words(parts[0])) >= len(words(parts[-1])) else parts[1:]
        if parts:
            cores.append(max(parts, key=lambda p: len(words(p))) if m.source == "title" else " – ".join(parts))
    if not cores:
        return None
    counts = {c: sum(words(c) == words(o) for o in cores) for c in cores}
    return max(cores, key=lambda c: counts[c])


def site_keys(ev: Evidence) -> set[str]:
    keys = {" ".join(words(s)) for s in ev.site_names if words(s)}
    host = urlsplit(ev.metas.get("canonical") or ev.metas.get("og:url") or "").hostname or ""
    if host:
        keys.add(" ".join(words(host.removeprefix("www."))))
        keys.add(host.removeprefix("www.").split(".")[0])
    return keys


def is_site(name: str, sites: set[str]) -> bool:
    """A name such as "El Colombiano" on elcolombiano.com: the publisher, not a person.

    Accents are left out on both sides: an author field typed without them ("L'Echo du Val") is
    the site the title prints with them ("L'Écho du Val").
    """
    key = unaccented(" ".join(words(name)))
    squashed = key.replace(" ", "")
    sites = {unaccented(s) for s in sites}
    # "JF" for "Junge Freiheit": the site's initials sign its own pieces
    initials = {"".join(w[0] for w in s.split()) for s in sites if len(s.split()) >= 2}
    return (
        key in sites
        or (re.fullmatch(r"[A-ZÄÖÜ]{2,5}", name.strip()) is not None and squashed in initials)
        or any(s.startswith(key + " ") for s in sites)
        or any(
            len(s) >= 5 and (s.replace(" ", "") in squashed or len(squashed) >= 0.6 * len(s) and squashed in s)
            for s in sites
            if " " not in s
        )
    )


def unaccented(text: str) -> str:
    """The letters without their accents: "écho" -> "echo"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
