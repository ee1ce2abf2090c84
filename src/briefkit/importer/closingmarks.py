"""The agency's mark closing a copied story on a line of its own: "(AGENCY)", "-- AGENCY", "(ats/xy)",
or a reporter's name with it, "Jane Roe (AGENCY)".

Papers and agencies printing a wire's copy sign it under the last paragraph, in brackets or after a
dash, often with the desk's letters after a slash. `wiresignoffs` reads the bare initials of the wires
it knows; this module reads the shape around them (brackets, a leading dash) and a wire it does not
know, told by its initials in capitals that the page repeats elsewhere (its copyright line, a caption's
credit): an agency's site signs its own copy with the initials it prints in its footer. A name before
the bracketed initials is the reporter the agency credits, and is the story's author. The rules read
the line's shape and the page's repetition, not any wire's name, so they hold in every language.
"""

from __future__ import annotations

import re

from briefkit.importer import boilerplate, storyedges, storyspan
from briefkit.importer.bylines import looks_like_name
from briefkit.importer.creditwords import WIRE_INITIALS
from briefkit.importer.lazyre import compile_later
from briefkit.importer.wiresignoffs import is_paragraph_end

# how far under the story's run the mark is looked for (the run may end just above it)
_END_BELOW = 3
# a mark's initials: letters only, as short as a wire's initials are (an unknown wire's in capitals)
_MARK = r"[^\W\d_]{2,8}"
# "(AGENCY)", "(ats/nxp)", "(dpa/lno/xy)": the initials in brackets, a desk's letters after a slash
_BRACKETED = compile_later(rf"^\(\s*(?P<wire>{_MARK})(?:\s*/\s*[^\W\d_]{{1,5}}){{0,2}}\s*\)\.?$")
# "-- AGENCY", "— AGENCY": the initials after a dash, as wires close their copy
_DASHED = compile_later(rf"^[-–—]{{1,3}}\s*(?P<wire>{_MARK})\.?$")
# "Jane Roe (AGENCY)": the reporter, then the agency in brackets
_NAMED = compile_later(rf"^(?P<name>[^()]{{3,60}}?)\s*\(\s*(?P<wire>{_MARK})\s*\)$")
_KNOWN = compile_later(rf"(?:{WIRE_INITIALS})", re.I)
_NAME_WORDS = 4


def _is_wire(wire: str, page: str) -> bool:
    """The initials are a wire's: a known wire's, printed in capitals or small letters as wires print
    them, or capitals (three letters or more) the page prints again elsewhere as a word of their own."""
    if not (wire.isupper() or wire.islower()):
        return False  # "(Ana)": a capitalised word of the text
    if _KNOWN.fullmatch(wire):
        return True
    if not wire.isupper() or len(wire) < 3:
        return False
    return len(re.findall(rf"(?<!\w){re.escape(wire)}(?!\w)", page)) >= 2


def closing_mark(units: list[str], span: storyspan.Span, *, reporter: bool = False) -> tuple[str, ...]:
    """The wire signing the story on the line under its last paragraph; with `reporter`, the reporter
    a wire credits there instead ("Jane Roe (AGENCY)"), who beats a bare name in the header (a caption's,
    a weekday's): the agency's own credit names its writer."""
    page = "\n".join(units)
    # (the whole story's run: a run that reached into the readers' comments ends past the mark)
    for i in range(span.start + 1, min(len(units), span.end + _END_BELOW)):
        text = boilerplate.plain(units[i]).strip()
        if storyedges.COMMENTS.match(text):
            break  # the readers' names and marks under a comments heading sign no story
        if not text or not is_paragraph_end(boilerplate.plain(units[i - 1]).strip()):
            continue
        if not reporter and (m := _BRACKETED.match(text) or _DASHED.match(text)) and _is_wire(m.group("wire"), page):
            return (m.group("wire"),)
        m = _NAMED.match(text) if reporter else None
        if m and _is_wire(m.group("wire"), page):
            name = m.group("name").strip(" ,-–—")
            if len(name.split()) <= _NAME_WORDS and looks_like_name(name):
                return (name,)
    return ()
