"""An author field's desk, login or site name, against a person the page prints by its headline.

A CMS files every story under the account that posted it ("crpaisa_admin", "Web Desk", "Editor",
the site's own name) while the page prints the writer's byline under the headline. The field is
one witness the page never shows; the byline is what the reader sees. So a field whose names are
not shaped like a person's, that no visible place prints, counts for less once a byline near the
headline names someone else. Nothing here names a word: the shape (capitalised words), printing
(the visible claims) and position (`metapick.nearness`) decide.
"""

from __future__ import annotations

from briefkit.importer.claimnames import claim_names, name_shaped
from briefkit.importer.lazyre import compile_later
from briefkit.importer.markupmeta import Claim, Evidence
from briefkit.importer.metapick import VISIBLE, nearness
from briefkit.importer.sitenames import is_site, words

# an unprinted field of a desk's or an account's shape beside a printed person: a quarter of its weight,
# so that one byline and its link together outweigh a JSON-LD field and its <meta> copies
UNPRINTED_SIGN = 0.25


def printed_people(ev: Evidence, keep: set[str]) -> set[str]:
    """The names (as `words` keys) that visible claims by the headline give, among `keep`: the writers shown.

    Only a person's shape counts: a byline element's lone "Login" or "Home" (a menu's) is nobody.
    """
    return {
        key
        for c in ev.authors
        if c.source in VISIBLE and nearness(ev, c) >= 1.0
        for n in claim_names(c)
        if (key := " ".join(words(n))) in keep and (name_shaped(n) or caseless(n))
    }


def caseless(name: str) -> bool:
    """A name in a script without capitals (Arabic, Chinese, Hebrew…), where the shape of a person's name is not
    in its capitals: a byline element's text that passed the desk and site tests is the person's."""
    return not any(ch.isupper() or ch.islower() for ch in name)


def unprinted_sign(claim: Claim, names: list[str], sites: set[str], printed: set[str], shown: set[str]) -> bool:
    """Whether `claim` is a metadata field naming only a desk, an account or the site, which the page does not
    print (`shown`: the names of every visible claim, as `words` keys), while a person the page prints by its
    headline (`printed`) is someone else."""
    if claim.source in VISIBLE or not names or not printed:
        return False
    keys = {" ".join(words(n)) for n in names}
    if keys & (printed | shown):
        return False
    return all(not name_shaped(n) or is_site(n, sites) for n in names)


def printed_desks_first(
    ev: Evidence, fallback: list[tuple[float, list[str]]], signs: list[tuple[Claim, list[str]]]
) -> list[tuple[float, list[str]]]:
    """A page signed by no person: the desk it prints by its headline over another the author field files.

    `signs` are the claims behind `fallback`'s entries, one each ("By Staff report" printed, "Web
    Staff" filed): once a desk is printed by the headline, a field's desk that no visible place prints
    counts a quarter, as a field's account does beside a printed person (`unprinted_sign`).
    """
    near = [c for c, _ in signs if c.source in VISIBLE and nearness(ev, c) >= 1.0]
    if not near:
        return fallback
    shown = {" ".join(words(n)) for c, names in signs if c.source in VISIBLE for n in names}
    weighed = []
    for (weight, names), (claim, _) in zip(fallback, signs, strict=True):
        unprinted = claim.source not in VISIBLE and not {" ".join(words(n)) for n in names} & shown
        weighed.append((weight * UNPRINTED_SIGN if unprinted else weight, names))
    return weighed


def affiliations(ev: Evidence) -> set[str]:
    """The houses a visible byline prints after its writer's name and a comma or a dash ("By Jane Roe, Valley Wire"),
    as `words` keys: an author field naming one of them names the writer's agency or paper, not a second writer.
    """
    found: set[str] = set()
    for c in ev.authors:
        if c.source not in VISIBLE:
            continue
        names = claim_names(c)
        keys = {" ".join(words(n)) for n in names}
        for n in names:
            at = c.value.find(n)
            rest = c.value[at + len(n) :] if at >= 0 and name_shaped(n) else ""
            if (mark := _HOUSE_MARK.match(rest)) is not None:
                house = _DATE_START.split(rest[mark.end() :], maxsplit=1)[0].strip(" ,|·")
                if (key := " ".join(words(house))) and key not in keys:
                    found.add(key)
    return found


# the mark between the writer and her house: a comma, a dash between spaces ("Jane Roe - Valley Wire")
_HOUSE_MARK = compile_later(r"(?:,|\s[-–—])\s+")
# where the date printed after the byline's house begins: its first digit, or a month's word before one
_DATE_START = compile_later(r"\s*(?:\d|(?:[A-Z][a-z]{2,8}\.?\s+\d))")
