"""Picking a page's authors from its claims: the names the most (and most reliable) places agree on.

A visible byline counts for less the farther it stands from the headline and the more bylines
came before it (a sidebar's, a related story's); a desk, a CMS account or the site's own name
counts only when no place names a person. The weights were set on real saved pages of many
publishers; they name no publisher. Each claim's text is read down to its names by `claimnames`.
"""

from __future__ import annotations

import re
import unicodedata

from briefkit.importer.bylines import (
    EDITED_BY,
    TITLE_BEFORE_NAME,
    looks_like_name,
    split_names,
)
from briefkit.importer.claimnames import claim_names, name_shaped
from briefkit.importer.credits import named_other_makers
from briefkit.importer.displaynames import display_name
from briefkit.importer.lazyre import compile_later
from briefkit.importer.legalforms import company_name
from briefkit.importer.markupmeta import Claim, Evidence
from briefkit.importer.metapick import VISIBLE, nearness
from briefkit.importer.namecase import uncapitalised
from briefkit.importer.nameforms import fuller, uninflected
from briefkit.importer.sitenames import SEPARATORS, is_site, site_keys, words
from briefkit.importer.stopwords import FUNCTION_WORDS
from briefkit.importer.unprintedauthors import (
    UNPRINTED_SIGN,
    affiliations,
    printed_desks_first,
    printed_people,
    unprinted_sign,
)
from briefkit.importer.wirecredits import agency_name, credited_agencies

_AUTHOR_WEIGHT = {
    "jsonld": 3.0,
    "jsonld-ref": 0.7,  # a Person the article names only by "@id": the account, less sure than any signature
    "meta": 2.5,
    "microdata": 2.5,
    "rel-author": 2.0,
    "author-link": 1.5,
    "byline": 2.0,
    "byline-text": 1.8,
    "credit": 2.5,  # "Text: Jane Roe | Foto: Sam Poe": the writer named by a label, beside another contributor
    "byline-part": 1.2,  # "04.02.2022 | Politik | Jane Roe": a name by its shape alone, among a dateline's parts
    "signature": 1.0,
    "closing-credit": 1.0,  # "Reporting by Jane Roe; Editing by …" under the story (`closingcredits`): a signature
    "wire-signature": 1.0,  # "(FR mit dpa)" closing the story: a fallback, see `pick_authors`
    "wire-source": 1.0,  # "Quelle: dpa", an agency's name in the byline's place: see `wirecredits`
    "desk-signature": 1.0,  # "Information prepared by the Press Service": an office compiled it (`compiledby`)
    "jsonld-org": 0.5,
    "teaser-byline": 1.0,  # the byline on a teaser card linking to another story: a last resort
    # "<a href="/reporter/jane-roe">Jane Roe</a> | Town": the address spells the name, whatever its words' shape
    "own-page-link": 1.5,
    "member-link": 1.0,  # a link to a member's page: the poster only when it stands by the headline (see below)
    "text-signed": 3.0,  # "Written by Jane Roe" opening or closing the story (`textsigned`): before any account
}
# an Organization the JSON-LD names as the author, other than the site: a release's issuer, over the site's name
# a CMS fills the author field with (meta 2.5, halved) and under a desk the page signs with
_ISSUER_WEIGHT = 1.5
# the visible claims that say in so many words whose name they print: a byline, a link to the writer's page
_SIGNING = ("byline", "byline-text", "rel-author", "author-link", "credit")
# Names a desk or a CMS puts where a person's name belongs: kept only when nothing else is there.
_NOT_A_PERSON = compile_later(
    # (a login with the CMS's word in it, "wpadmin", "siteadmin"; a club's or society's office, "Secretary")
    r"^(?:[a-z]{0,8}admin(?:istrator)?$|secretary|sekretär(?:in)?|secrétaire|secretari[oa]|segretari[oa]|secretaris|"
    r"секретарь|admin(?:istrator)?|redaksi|redakcija|uredništvo|"
    # the CMS's administrator and the newsroom as an account, in the eight languages and beside them
    r"administrador|amministratore|beheerder|администратор|moderator|redakcja|redakce|redakcia|redaktionen|"
    r"redaksjonen|szerkesztőség|redac[țţ]ia|toimitus|редакція|σύνταξη|yönetici|editör|redacció|redação|redacção|"
    r"redaktion|redaction|rédaction|redacción|redazione|redactie|редакция|newsdesk|news desk|"
    r"editor|editors|editorial|staff|team|webmaster|guest|gast|anonymous|unknown|user|root|author|"
    # an institution's press office, which signs its releases ("Gabinete de Comunicación", "Pressestelle")
    r"press\s+office|communications?\s+(?:office|team|department)|pressestelle|presse-?\s?und\s+\w+|"
    r"service\s+(?:de\s+)?(?:presse|communication)|gabinete\s+de\s+(?:comunicaci[oó]n|prensa)|"
    r"oficina\s+de\s+(?:prensa|comunicaci[oó]n)|ufficio\s+stampa|assessoria\s+de\s+(?:imprensa|comunica[cç][aã]o)|"
    r"persdienst|afdeling\s+communicatie|пресс-служба|"
    # a trade where the name belongs ("Correspondant local de presse", "Corresponsal"): a role, no one's name
    r"correspondant|correspondent|corresponsal|corrispondente|correspondente|korrespondent|корреспондент)\b",
    re.IGNORECASE,
)
# a newsroom named for its site or its town, "… News", "… Redaktion": no person's surname is a newsroom word
_DESK_END = compile_later(
    r"\s(?:news|newsroom|news\s+desk|nachrichten|redaktion|rédaction|redacción|redazione|redação|redactie|"
    r"noticias|notícias|notizie|nieuws|новости|редакция|"
    # "Site Editors", "Site Staff": a plural or a staff word no surname is
    r"editors|staff|team|desk|"
    # "Wire Services", "Redaktion und Agenturen": the wires' copy, a plural no surname is
    r"services|agenturen|agencias|agences|agenzie|agências|agentschappen|агентства|"
    # a CMS account, its template's default ("Super User", "Site Admin", "Web Administrator"): no surname
    r"users?|admin|administrat(?:or|eur|ore)|webmaster|usuario|utilisateur|utente|benutzer|gebruiker|пользователь)$"
    # a German or Dutch desk is one compound word: "… Sportredaktion", "… Stadsredactie"
    r"|\s[^\W\d_]+(?:redaktion|redactie)$",
    re.IGNORECASE,
)
# a word of two to five capitals: the initials an agency or a desk signs with, no person's name
_INITIALS_ONLY = compile_later(r"[A-ZÄÖÜÀ-ÞА-ЯЁ]{2,5}")
# what a CMS fills an empty author field with: no one, not even as a last resort
_PLACEHOLDER = compile_later(
    r"(?i:unknown|anonymous|anonym|anonyme|anónimo|anonimo|anônimo|anoniem|аноним|publisher|author|user|n/a|none|null)"
)


def pick_authors(ev: Evidence, publisher: str | None, title: str | None = None) -> list[str]:
    """The people who wrote the article: names the most (and most reliable) places agree on.

    A desk ("Redaktion"), the site's own name or a CMS account ("admin") is kept only when no
    place names a person.
    """
    sites = site_keys(ev) | ({" ".join(words(publisher))} if publisher else set())
    # "Club Name Town - Headline - Section": the <title>'s parts beside the headline name the site, and
    # an author field holding one of them ("Club Name") is the site's default, not a signature
    # a name the JSON-LD declares an Organization is no person's, wherever else it stands (a <meta> author)
    organisations = {" ".join(words(c.value)) for c in ev.authors if c.source == "jsonld-org"}
    # (its words that carry meaning: "Le Journal du Livradois" shares only a "du" with a headline, still the site)
    headline = set(words(title or "")) - FUNCTION_WORDS
    bylined = {" ".join(words(n)) for c in ev.authors if c.source in VISIBLE for n in claim_names(c)}
    # ("Headline | Jane Roe | Site": a part a byline prints as its writer's name is the writer's, not the site;
    # a name by its shape alone among a dateline's parts is too weak a witness to say so)
    signing = {" ".join(words(n)) for c in ev.authors if c.source in _SIGNING for n in claim_names(c)}
    sites |= {
        " ".join(pw)
        for part in SEPARATORS.split(ev.title_tag)
        if len(pw := words(part)) >= 2
        and not headline & set(pw)
        and len(SEPARATORS.split(ev.title_tag)) > 1
        and " ".join(pw) not in signing
    }
    scores: dict[str, float] = {}
    lists: list[tuple[float, list[str]]] = []
    fallback: list[tuple[float, list[str]]] = []
    signs: list[tuple[Claim, list[str]]] = []  # the claim behind each desk in `fallback`
    teasers: list[tuple[float, list[str]]] = []  # the writers of the stories the page links to in cards
    agencies: list[tuple[float, list[str]]] = []  # the agency the page prints as the copy's source
    seen_bylines = 0
    text_signed: set[str] = set()
    seen_micro: set[str] = set()
    # a credits line's photographer or editor, wherever else named (a CMS's author field): not the writer
    makers = {" ".join(words(n)) for n in ev.other_makers}
    makers |= {" ".join(words(n)) for c in ev.authors if c.source in VISIBLE for n in named_other_makers(c.value)}
    makers |= {" ".join(words(n)) for c in ev.authors if c.source in VISIBLE for n in _editors(c.value)}
    # "Editor: Sam Poe" on a line of its own: not the writer, unless a byline prints the name too
    makers |= {" ".join(words(n)) for n in ev.lone_makers} - bylined | credited_agencies(ev.authors, VISIBLE)
    # the paper a "Source:" line names, which a CMS also files as the author: the house, not a writer
    makers |= {" ".join(words(n)) for n in ev.named_sources}
    houses = affiliations(ev)

    def person(n: str) -> bool:
        return (
            not _NOT_A_PERSON.match(n)
            and not is_site(n, sites)
            and " ".join(words(n)) not in organisations
            and not _DESK_END.search(n.strip())  # "Town Radio News": a newsroom, not "Jane Roe, Town Radio News"
            and " ".join(words(n)) not in makers
            and not _INITIALS_ONLY.fullmatch(n.strip())  # "AFP", "EFE" filed as a Person: a wire's or a desk's initials
            and not company_name(n)  # "Town Courier AG": the publisher's company, the house, not a writer
            and " ".join(words(n)) not in houses  # "By Jane Roe, Valley Wire" printed: the wire is her house
        )

    # the people the page prints by its headline: over an author field's desk, login or site name (`unprintedauthors`)
    by_headline = printed_people(
        ev, {" ".join(words(n)) for c in ev.authors if c.source in VISIBLE for n in claim_names(c) if person(n)}
    )
    for claim in ev.authors:
        weight = _AUTHOR_WEIGHT.get(claim.source, 1.0)
        if claim.source in VISIBLE:
            seen_bylines += 1
            weight *= nearness(ev, claim) / seen_bylines**0.5
            if claim.source == "member-link" and nearness(ev, claim) < 1.0:
                continue  # a member named far from the headline is a reader, a sidebar's "top posters"
        if claim.source in ("wire-signature", "desk-signature"):  # a desk: kept only when no place names a person
            fallback.append((weight, [claim.value]))
            signs.append((claim, [claim.value]))
            continue
        if claim.source == "wire-source":  # agency copy: before a desk, a CMS's "Editor" or the site's own name
            agencies.append((weight, [claim.value]))
            continue
        # an Organization the markup names is one name, its commas and "&" its own ("Foreign, Trade & Aid Office")
        names = [claim.value.strip()] if claim.source == "jsonld-org" else claim_names(claim)
        if claim.source == "jsonld-ref" and not all(name_shaped(n) for n in names):
            continue  # the account behind a reference is often a login ("jdoe") or a show's name, not a signature
        if claim.source == "microdata":
            # every teaser of a list can carry its own author markup: a name repeated there is one witness
            names = [n for n in names if (" ".join(words(n))) not in seen_micro]
            seen_micro.update(" ".join(words(n)) for n in names)
        names = [n for n in names if not _PLACEHOLDER.fullmatch(n.strip())]
        people = [n for n in names if person(n)]
        if len(names) > 1 and is_site(claim.value, sites):
            people = []  # "Transport & Storage" split at its "&" is still the site, not two people
        if claim.source == "teaser-byline":
            teasers.extend((weight, [n]) for n in people)  # one vote per card
            continue
        if not people:
            if names and claim.source in VISIBLE and all(agency_name(n) for n in names):
                agencies.append((weight, names))  # "Par AFP" printed where the byline goes: over a CMS's desk
                continue
            if names:  # the site's own name in an author field is a CMS default more often than a signature
                squashed = {k.replace(" ", "") for k in sites}
                itself = all("".join(words(n)) in squashed for n in names)  # not "Redaktion <site>": a desk
                if claim.source == "jsonld-org" and not itself and not any(_NOT_A_PERSON.match(n) for n in names):
                    # a company the markup declares the author, not the site (a newswire's release): the issuer,
                    # over the wire's own name in the author field
                    weight = _ISSUER_WEIGHT
                fallback.append((weight * (0.5 if itself else 1.0), names))
                signs.append((claim, names))
            continue
        if unprinted_sign(claim, people, sites, by_headline, bylined):  # (the visible claims' names: read once)
            weight *= UNPRINTED_SIGN
        lists.append((weight, people))
        if claim.source == "text-signed":
            text_signed.update(people)
    # the writer the story's own text names ("Γράφει ο …") over the account that posted it (`textsigned`)
    signed = [people for _, people in lists if people and people[0] in text_signed]
    if signed:
        return [uncapitalised(n) for n in signed[0]]
    lists = _persons_first(lists, [c.value for c in ev.authors if c.source in VISIBLE], _witnessed(ev))
    for weight, people in lists:
        for name in people:
            key = _person_key(name)
            scores[key] = scores.get(key, 0.0) + weight
    if not lists:
        # a section's or a writer's page names nobody but the writers of the stories it lists
        fallback = printed_desks_first(ev, fallback, signs)
        return _agreed(agencies) or _agreed(fallback) or _agreed(teasers) or _site_owner(ev, sites, title or "")
    top = max(scores, key=lambda k: scores[k])
    # "edilson.la.rosa" and "Edilson La Rosa" are one name: the claim that prints it as a name gives the spelling
    best = max(
        (wl for wl in lists if top in {_person_key(n) for n in wl[1]}),
        key=lambda wl: (all(name_shaped(n) for n in wl[1]), wl[0], -len(wl[1])),
    )
    shown = [n for c in ev.authors if c.source in VISIBLE for n in claim_names(c)]
    filed = [n for c in ev.authors if c.source not in VISIBLE for n in claim_names(c)]
    named = [fuller(_spelled_out(n, [m for _, people in lists for m in people]), shown) for n in best[1]]
    # "DENİZ KAYA" in the author field, "Jane ROE" in the byline: written as names (`namecase`)
    found = [uncapitalised(_in_shown_order(uninflected(n, filed), shown)) for n in named]
    # "rosa_g" filed, "rosa_g Rosa Galvez" printed in the author box: the name the reader sees (`displaynames`)
    printed = [c.value for c in ev.authors if c.source in VISIBLE]
    return [display_name(n, printed) or n for n in found]


def _witnessed(ev: Evidence) -> set[str]:
    """The names both the metadata and the visible page give: a person's, whatever their first word's shape.

    "An Roe" opens with a word that is an article elsewhere; filed as the author and printed in the
    byline, it is no label over a name. A name linked to the page its address spells is one too.
    """
    filed = {_person_key(n) for c in ev.authors if c.source not in VISIBLE for n in claim_names(c)}
    linked = {_person_key(c.value) for c in ev.authors if c.source == "own-page-link"}  # "Mert" is Hungarian "because"
    return linked | filed & {_person_key(n) for c in ev.authors if c.source in VISIBLE for n in claim_names(c)}


def _persons_first(
    lists: list[tuple[float, list[str]]], lines: list[str], witnessed: frozenset[str] | set[str] = frozenset()
) -> list[tuple[float, list[str]]]:
    """The claims that print a person's name, once any does, over a label or a desk's sign beside them.

    A byline's label ("Reporter Jane Roe": the role word its own element) and a desk's sign with its
    editors' initials ("Desk-North abc/xyz") stand before the name more often than not, so the
    nearness that favours the first byline would otherwise crown them. A lone word is dropped only as
    the word a line prints right before a full name: a blog's "Ela" or "Fabian" is its writer.
    """
    full = {n for _, people in lists for n in people if name_shaped(n)}
    if not full:
        return lists
    labels = {w.casefold() for line in lines for n in full for w in re.findall(rf"(\w+)\s+{re.escape(n)}", line)}

    def sign(name: str) -> bool:
        one = len(name.split()) == 1
        if _person_key(name) in witnessed:
            return False
        return not name_shaped(name) and (name.casefold() in labels if one else True)

    kept = [(w, [n for n in people if not sign(n)]) for w, people in lists]
    return [(w, people) for w, people in kept if people]


def _person_key(name: str) -> str:
    """One key for a name in either order: metadata files "Roe Jane" (surname first, as registers and
    Russian or Hungarian records write it) for the byline's "Jane Roe"; both are one witness's person."""
    return " ".join(sorted(words(name)))


def _in_shown_order(name: str, shown: list[str]) -> str:
    """The name as the visible byline orders and spells it, when metadata gave the same words surname first
    or without their accents: the reader calls the byline's "Jane Roe" the author, not a register's "Roe Jane",
    and "Seán Ó Briain" as printed, not the "Sean O Briain" an author field kept in plain letters."""
    plain = name == _unaccented(name)  # (an accented name filed is not traded for a printed one in plain letters)
    key = _person_key(_unaccented(name) if plain else name)

    def same(s: str) -> bool:
        return _person_key(_unaccented(s) if plain else s) == key

    return next((s for s in shown if same(s) and len(words(s)) > 1), name)


def _unaccented(text: str) -> str:
    """ "Seán Ó Briain" -> "Sean O Briain": the letters without their marks (other scripts' letters kept)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _editors(line: str) -> list[str]:
    """The editor a byline credits after its writer ("Reporting by Jane Roe · Edited by Sam Poe"): never the writer.

    A CMS often files the story under the account of the editor who published it, so the metadata's
    author can be the name the visible byline gives the editing to.
    """
    found = EDITED_BY.search(line)
    if not found:
        return []
    rest = re.sub(r"^[,;]?\s*\S+\s+\S+\s+", "", found.group(0).strip())  # "Edited by ", "editado por "
    rest = re.split(r"\s+[|·•]\s+|\s+\d", rest)[0]
    return [n for n in split_names(rest) if looks_like_name(n)]


# a name cut to its surname and initials, in either order: "J. Roe", "J.R. Roe", "Roe J. R.", "Роева И. В."
_INITIALS = r"(?:[^\W\d_]\.\s?){1,3}"
_INITIALLED = compile_later(
    rf"^(?P<a>{_INITIALS})\s*(?P<sa>[^\W\d_][\w'’-]+)$|^(?P<sb>[^\W\d_][\w'’-]+)\s+(?P<b>{_INITIALS})$"
)


def _spelled_out(name: str, others: list[str]) -> str:
    """ "J. Roe" as another place prints it in full, "Jane Roe": the same person, the fuller spelling.

    Metadata often keeps a CMS's short form of the writer's name while the byline prints it whole;
    the surname must be the same and each initial the first letter of a given name.
    """
    m = _INITIALLED.match(name.strip())
    if not m:
        return name
    surname = (m.group("sa") or m.group("sb")).casefold()
    initials = [c.casefold() for c in re.findall(r"[^\W\d_]", m.group("a") or m.group("b"))]
    for other in others:
        words_ = other.split()
        if len(words_) < 2 or "." in other or surname not in (words_[0].casefold(), words_[-1].casefold()):
            continue
        given = words_[:-1] if words_[-1].casefold() == surname else words_[1:]
        if [w[0].casefold() for w in given][: len(initials)] == initials[: len(given)] and looks_like_name(other):
            return other
    return name


_CAPITALISED_RUN = compile_later(r"(?<!\w)[A-ZÀ-ÞА-ЯЁ][\w'’-]+(?:\s+[A-ZÀ-ÞА-ЯЁ][\w'’-]+){1,5}(?!\w)")


def _site_owner(ev: Evidence, sites: set[str], title: str) -> list[str]:
    """A personal site's owner, for a page no place signs: the person the site is named for.

    Two witnesses say the site is a person's: its name printed with an academic title ("Dr. Jane
    Roe": a publication is not a doctor), or a name in the headline whose letters are the site's
    own handle or host ("About Jane Roé" on a site whose handle is "janeroe"). A newspaper named
    like a person ("Berliner Zeitung" on berliner-zeitung.de) has neither in an About page's absence.
    """
    for name in ev.site_names + [h.value for h in ev.headings if h.source == "logo"]:
        titled = TITLE_BEFORE_NAME.match(name.strip())
        if titled and len(rest := name.strip()[titled.end() :].split()) >= 2 and looks_like_name(" ".join(rest)):
            return [name.strip()]
    # a handle or a host is one word ("janeroe", "jane-roe"); a site name of two words could be the headline's own
    handles = {_folded(k) for k in sites if " " not in k and len(_folded(k)) >= 8}
    for run in _CAPITALISED_RUN.findall(title):
        tokens = run.split()
        for size in (2, 3):  # "About Jane Roe": the name is a part of the run of capitals
            for i in range(len(tokens) - size + 1):
                name = " ".join(tokens[i : i + size])
                if _folded(name) in handles and looks_like_name(name):
                    return [name]
    return []


def _folded(text: str) -> str:
    """ "André Loibl" as a handle spells it: lower case, no accents, no spaces or hyphens."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if c.isalnum() and c.isascii())


def opening_poster(ev: Evidence) -> list[str]:
    """A discussion thread's opening post, signed right under the headline: the page's author.

    A forum page is a thread, its story the first post, marked up as a comment like the replies.
    Only when nothing else names anyone, and only a poster named just below the headline with no
    paragraph of prose outside the thread between them: an article's comments come after its text.
    """
    top = ev.headline_pos
    if top is None:
        return []
    for claim in sorted(ev.posters, key=lambda c: c.position):
        if 0 < claim.position - top <= 40 and not any(top < p < claim.position for p in ev.prose):
            return [claim.value] if len(claim.value.split()) <= 4 else []
    return []


def _agreed(claims: list[tuple[float, list[str]]]) -> list[str]:
    """The names the weightiest places together give: two weak places saying one desk beat one strong place."""
    totals: dict[str, float] = {}
    for weight, names in claims:
        key = " ".join(w for n in names for w in words(n))
        totals[key] = totals.get(key, 0.0) + weight
    if not totals:
        return []
    top = max(totals, key=lambda k: totals[k])
    return max((wl for wl in claims if " ".join(w for n in wl[1] for w in words(n)) == top), key=lambda wl: wl[0])[1]
