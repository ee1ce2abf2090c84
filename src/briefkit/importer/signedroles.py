"""The story's last paragraph signed as a name over the writer's post: "<b>Jane Roe</b><br>editor of the blog",
"Jane Roe<br>press officer of the union".

Apart from `pagebylines`, which asks it of each paragraph, so that the guards on the plain form (a greeting or
a title over a name, a letter's closing) stand together with the shape they guard.
"""

from __future__ import annotations

import re
from typing import Any

from briefkit.importer.bylines import looks_like_name
from briefkit.importer.elementtext import clean_text, shown_text
from briefkit.importer.signoffs import VALEDICTION

_ROLE_WORDS = 6  # "blog editor", "Chefredakteurin des Magazins": a post in a few words


def signed_with_role(el: Any) -> str | None:
    """The story's last paragraph as a name in bold over the writer's post on the next line ("<b>Jane
    Roe</b><br>editor of the blog"), and nothing else: a signature, as the bold name alone is one. The
    name may be plain text too ("Jane Roe<br>press officer of the union"), as a release is signed.

    The post is a few words with no digit and no sentence's end; a paragraph of prose goes before it.
    Returns the name, or None.
    """
    if len(el) == 2 and el[0].tag in ("b", "strong") and el[1].tag == "br" and not (el.text or "").strip():
        name, role = shown_text(el[0]), (el[1].tail or "").strip()
        if (el[0].tail or "").strip():
            return None
    elif len(el) == 1 and el[0].tag == "br":
        name, role = (el.text or "").strip(), (el[0].tail or "").strip()
        # a name under the first line makes that line a greeting or a title ("Best wishes<br>Jane Roe", a
        # track's title over its artist "Night Song<br>Jane Roe (label)"): the post names no one; and a
        # letter's closing is no name over a post ("Kind regards<br>jr")
        if looks_like_name(re.sub(r"\s*\([^()]*\)", "", role)) or VALEDICTION.match(name):
            return None
    else:
        return None
    if not looks_like_name(name) or len(name) > 40:
        return None
    if not 0 < len(role.split()) <= _ROLE_WORDS or re.search(r"\d|[.!?:]$", role):
        return None
    before, after = el.getprevious(), el.getnext()
    if before is None or before.tag != "p" or len(clean_text(before.text_content())) < 80:
        return None
    return name if after is None or after.tag != "p" or not shown_text(after) else None
