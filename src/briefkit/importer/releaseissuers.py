"""The body that issues a press release, which signs it where no person does.

A release says that it is one near its headline ("Press release", "Comunicado de prensa"), or a
release wire prints its label over the issuer's name there ("News provided by"); and it closes on a
box about the issuer ("About Acme Water") whose name the page uses twice besides.
"""

from __future__ import annotations

import re

from briefkit.importer import boilerplate, storyspan
from briefkit.importer.lazyre import compile_later

# a press release says so near its headline, and closes on a box about the body that issues it
_RELEASE_LABEL = compile_later(
    r"^(?:press\s+release|news\s+release|media\s+release|pressemitteilung|pressemeldung|medienmitteilung|"
    r"communiqué(?:\s+de\s+presse)?|nota\s+de\s+prensa|comunicado(?:\s+de\s+(?:prensa|imprensa))?|"
    r"comunicato(?:\s+stampa)?|nota\s+(?:à|de)\s+imprensa|persbericht|пресс-релиз|"
    # a release wire's label over the issuer's name: "News provided by", in the eight languages
    r"news\s+provided\s+by|noticias\s+proporcionadas\s+por|notícias\s+fornecidas\s+por|"
    r"(?:nachrichten|meldung)\s+bereitgestellt\s+von|(?:actualités|nouvelles)\s+fournies\s+par|"
    r"notizie\s+fornite\s+da|nieuws\s+(?:geleverd|aangeboden)\s+door|новости\s+предоставлены)\s*:?$",
    re.I,
)
_ABOUT_ISSUER = compile_later(
    r"^(?:about|über|à\s+propos\s+(?:de\s+|d['’])|acerca\s+de|sobre|informazioni\s+su|over|о\s+компании)\s+"
    r"(?P<name>(?-i:[A-ZÀ-ÞА-Я])[^.!?:;]{1,60})$",
    re.I,
)


def issuer(units: list[str], span: storyspan.Span) -> tuple[str, ...]:
    """A press release with no byline is the issuer's: the release labels itself near its headline,
    and its "About <issuer>" box names who issued it, a name the page uses twice besides (the box's
    first line opens with it too)."""
    label = range(max(0, span.title - 4), min(len(units), span.title + 4))
    if not any(_RELEASE_LABEL.match(boilerplate.plain(units[i]).strip()) for i in label):
        return ()
    for i in range(span.start, min(len(units), span.end + 20)):
        m = _ABOUT_ISSUER.match(boilerplate.plain(units[i]).strip())
        name = m.group("name").strip() if m else ""
        if name and len(name.split()) <= 6 and " ".join(units[: i - 1] + units[i + 2 :]).count(name) >= 2:
            return (name,)
    return ()
