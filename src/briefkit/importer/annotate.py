"""Annotations from the site's registry: which actors and sanctions an article names.

Matching is conservative because a wrong annotation is worse than a missing one (the analyst
reviews what is there, and is told what was left out):

- actors by name and aliases, whole words, case as written (a name is a proper noun);
- honorific forms ("Mr Kim") through the registry's aliases first, then through the surname
  when exactly one person in the registry carries it; two candidates → left out and reported;
- an alias two actors share → left out and reported;
- sanctions by symbol and aliases, and by citation patterns ("resolution 1718", "UNSCR 2397",
  "S/RES/2397 (2017)", "Regulation (EU) 2017/1509", "Executive Order 13687") compared on a
  normalised key, so "UNSCR 2397" finds the entry whose alias is "resolution 2397";
- tags from the vocabulary the site already uses;
- names that look like people or organisations but are not in the registry are *suggested*,
  never turned into ids.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from briefkit.importer.article import Article
from briefkit.importer.namesuggest import HONORIFIC_RE, HONORIFICS, suggest_names
from briefkit.importer.provisions import suggest_provisions
from briefkit.model import Actor, ActorKind, Content, Sanction

_MALE = {"mr", "sir", "lord", "king", "prince", "chairman"}
_FEMALE = {"mrs", "ms", "miss", "dame", "lady", "queen", "princess", "chairwoman"}

_CITATIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "un",
        re.compile(
            r"(?:S/RES/|UNSC?R\s*|(?:Security\s+Council\s+)?resolutions?\s+(?:No\.?\s*)?)"
            r"(?P<n>\d{3,4}(?:\s*(?:\(\d{4}\))?\s*(?:,|and|&)\s*\d{3,4})*)",
            re.I,
        ),
    ),
    ("eu-reg", re.compile(r"Regulation\s*(?:\((?:EU|EC|EEC)\)\s*)?(?:No\.?\s*)?(?P<n>\d{1,4}/\d{2,4})", re.I)),
    ("eu-dec", re.compile(r"Decision\s*(?:\(CFSP\)\s*)?(?:No\.?\s*)?(?P<n>\d{4}/\d{1,4})", re.I)),
    ("us-eo", re.compile(r"(?:Executive\s+Order|\bE\.?O\.?)\s*(?:No\.?\s*)?(?P<n>\d{5})", re.I)),
    ("uk-si", re.compile(r"\bS\.?I\.?\s+(?P<n>\d{4}/\d{1,4})", re.I)),
)
_CITATION_NAMES = {
    "un": "resolution {}",
    "eu-reg": "Regulation {}",
    "eu-dec": "Decision {}",
    "us-eo": "Executive Order {}",
    "uk-si": "SI {}",
}


@dataclass(frozen=True, slots=True)
class Annotations:
    actors: tuple[str, ...] = ()  # ids, in order of first mention
    sanctions: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    # what was left out and why, for the user and for YAML comments
    ambiguous: tuple[str, ...] = ()
    suggested_actors: tuple[str, ...] = ()  # "Dmitry Peskov (person)"
    suggested_sanctions: tuple[str, ...] = ()  # "resolution 2397"
    # registry provisions matching sanctions the article describes without a number
    suggested_provisions: tuple[str, ...] = ()  # 'unscr-1718 op8-a-iii "OP 8(a)(iii): luxury goods ban"'


@dataclass
class _Found:
    first: dict[str, int] = field(default_factory=dict)  # id -> first offset
    spans: list[tuple[int, int]] = field(default_factory=list)
    notes: list[tuple[str, frozenset[str]]] = field(default_factory=list)  # (message, ids it concerns)

    def add(self, doc_id: str, start: int, end: int) -> None:
        self.first[doc_id] = min(self.first.get(doc_id, start), start)
        self.spans.append((start, end))

    def ordered(self) -> tuple[str, ...]:
        return tuple(sorted(self.first, key=lambda k: (self.first[k], k)))


def article_text(article: Article) -> str:
    """Everything the article says, the headline first (so headline actors come first)."""
    parts = [article.title, article.summary or "", article.body]
    parts += [img.caption for img in article.images]
    text = "\n\n".join(p for p in parts if p)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)  # Markdown links: keep their text
    return normalise_quotes(text)


def normalise_quotes(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'").replace("\u00a0", " ")


def annotate(article: Article, content: Content | None, tag_uses: Counter[str] | None = None) -> Annotations:
    """Match the article against the registry; with no registry, only suggestions are possible.

    `tag_uses` (tag -> briefings using it) is counted from `content.briefings` when not given:
    `import` passes it, having read only the briefings' tags (`siteindex`).
    """
    text = article_text(article)
    if content is None:
        return Annotations(
            suggested_actors=tuple(suggest_names(text, _citation_spans(text), exclude=_own_names(article))),
            suggested_sanctions=tuple(_unmatched_citations(text, {})),
        )
    cited = _cited(text)
    actors = _find_actors(text, content.actors)
    sanctions, missing = _find_sanctions(text, content.sanctions, cited)
    if tag_uses is None:
        tag_uses = Counter(tag for briefing in content.briefings.values() for tag in briefing.tags)
    tags = suggest_tags(text, tag_uses, [content.actors[a].name for a in actors.ordered()])
    citations = [m.span() for _, m in cited]
    suggestions = suggest_names(text, actors.spans + sanctions.spans + citations, exclude=_own_names(article))
    hints = suggest_provisions(text, content.sanctions, sanctions.spans + citations)
    return Annotations(
        suggested_provisions=tuple(
            f'{h.sanction}{" " + h.provision if h.provision else ""} "{h.label}"' for h in hints
        ),
        actors=actors.ordered(),
        sanctions=sanctions.ordered(),
        tags=tags,
        ambiguous=tuple(dict.fromkeys(msg for msg, _ in actors.notes)),
        suggested_actors=tuple(suggestions),
        suggested_sanctions=tuple(missing),
    )


def _own_names(article: Article) -> set[str]:
    return set(article.authors) | ({article.publisher} if article.publisher else set())


def _form_pattern(form: str, *, case_insensitive: bool = False) -> re.Pattern[str]:
    form = normalise_quotes(form.strip())
    words = form.split()
    body = r"\s+".join(re.escape(w) for w in words)
    if len(words) >= 2 and words[0].rstrip(".") in HONORIFICS:  # "Mr Kim" is also printed "Mr. Kim"
        body = re.escape(words[0].rstrip(".")) + r"\.?\s+" + r"\s+".join(re.escape(w) for w in words[1:])
    if not case_insensitive and form[:1].islower():  # "the Kremlin" also at a sentence's start
        body = f"(?i:{re.escape(form[0])})" + body[len(re.escape(form[0])) :]
    flags = re.I if case_insensitive else 0
    return re.compile(rf"(?<![\w/-]){body}(?![\w]|-[a-z]{{1,3}}\b(?!-))", flags)


def _may_occur(form: str, low: str) -> bool:
    """Whether the form's longest word is in the (casefolded) text at all: a substring test is
    far cheaper than a form's regex over a long page, and most of a registry is absent from it."""
    words = normalise_quotes(form).casefold().replace(".", " ").split()
    return not words or max(words, key=len) in low


def _find_actors(text: str, actors: dict[str, Actor]) -> _Found:
    found = _Found()
    owners: dict[str, set[str]] = {}
    for actor in actors.values():
        for form in (actor.name, *actor.aliases):
            if form.strip():
                owners.setdefault(normalise_quotes(form.strip()), set()).add(actor.id)
    low = text.casefold()
    for form, ids in sorted(owners.items(), key=lambda kv: -len(kv[0])):
        if not _may_occur(form, low):
            continue
        matches = list(_form_pattern(form).finditer(text))
        if not matches:
            continue
        if len(ids) > 1:
            found.notes.append(
                (f"'{form}' names more than one actor ({', '.join(sorted(ids))}): left out", frozenset(ids))
            )
            found.spans.extend(m.span() for m in matches)
            continue
        (actor_id,) = ids
        for m in matches:
            if not _inside(found.spans, m.span()):
                found.add(actor_id, *m.span())
    _resolve_honorifics(text, actors, found, owners)
    # an ambiguity is only worth reporting when it left someone out
    found.notes = [(msg, ids) for msg, ids in found.notes if not ids <= found.first.keys()]
    return found


def _resolve_honorifics(text: str, actors: dict[str, Actor], found: _Found, owners: dict[str, set[str]]) -> None:
    """ "Mr Kim": through the surname, when the registry's aliases did not already decide."""
    people = [a for a in actors.values() if a.kind == ActorKind.PERSON]
    for m in HONORIFIC_RE.finditer(text):
        form = f"{m.group('h')} {m.group('s')}"
        if _inside(found.spans, m.span()) or (form in owners and m.group(0).replace(".", "") == form):
            continue
        honorific, surname = m.group("h").lower(), re.sub(r"['’]s$", "", m.group("s"))
        candidates = [a for a in people if surname in _name_tokens(a) and not _other_gender(a, honorific, surname)]
        if len(candidates) == 1:
            found.add(candidates[0].id, *m.span())
        elif len(candidates) > 1:
            ids = frozenset(a.id for a in candidates)
            found.notes.append((f"'{m.group('h')} {surname}' could be {' or '.join(sorted(ids))}: left out", ids))
            found.spans.append(m.span())


def _name_tokens(actor: Actor) -> set[str]:
    tokens: set[str] = set()
    for form in (actor.name, *actor.aliases):
        words = normalise_quotes(form).split()
        if len(words) >= 2:
            tokens.update({words[0], words[-1]})
    return tokens


def _other_gender(actor: Actor, honorific: str, surname: str) -> bool:
    """An alias "Ms Kim" says this Kim is not the "Mr Kim" of the text (and the reverse)."""
    h = honorific.lower()
    other = _FEMALE if h in _MALE else _MALE if h in _FEMALE else set()
    for alias in actor.aliases:
        words = alias.split()
        if len(words) == 2 and words[0].lower().rstrip(".") in other and words[1] == surname:
            return True
    return False


def _inside(spans: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)


def citation_keys(text: str) -> list[tuple[str, str]]:
    """Normalised keys of the instruments a text cites: ("un", "2397"), ("eu-reg", "2017/1509")."""
    keys: list[tuple[str, str]] = []
    for kind, pattern in _CITATIONS:
        for m in pattern.finditer(text):
            for number in re.findall(r"\d{1,5}(?:/\d{1,4})?", re.sub(r"\(\d{4}\)", "", m.group("n"))):
                key = (kind, number)
                if key not in keys:
                    keys.append(key)
    return keys


def _find_sanctions(
    text: str, sanctions: dict[str, Sanction], cited: list[tuple[str, re.Match[str]]]
) -> tuple[_Found, list[str]]:
    found = _Found()
    low = text.casefold()
    by_key: dict[tuple[str, str], set[str]] = {}
    for s in sanctions.values():
        forms = [f for f in (s.symbol, *s.aliases) if f and f.strip()]
        for form in forms:
            if not _may_occur(form, low):
                continue
            for m in _form_pattern(form, case_insensitive=True).finditer(text):
                found.add(s.id, *m.span())
        for key in citation_keys(" ; ".join([*forms, s.title])):
            by_key.setdefault(key, set()).add(s.id)
    missing: list[str] = []
    for kind, m in cited:
        for number in re.findall(r"\d{1,5}(?:/\d{1,4})?", re.sub(r"\(\d{4}\)", "", m.group("n"))):
            ids = by_key.get((kind, number), set())
            if len(ids) == 1:
                found.add(next(iter(ids)), *m.span())
            elif not ids:
                name = _CITATION_NAMES[kind].format(number)
                if name not in missing:
                    missing.append(name)
    return found, missing


def _unmatched_citations(text: str, by_key: dict) -> list[str]:
    return [_CITATION_NAMES[k].format(n) for k, n in citation_keys(text) if (k, n) not in by_key]


def suggest_tags(text: str, vocabulary: Counter[str], actor_names: list[str], limit: int = 8) -> tuple[str, ...]:
    """Tags the site already uses (`vocabulary`: tag -> briefings using it) whose words (or an
    annotated actor's name) the article carries."""
    hits: list[tuple[int, int, str]] = []
    lowered = text.lower()
    for tag, uses in vocabulary.items():
        words = tag.lower().split()
        if not words:
            continue
        body = r"\s+".join(re.escape(w) for w in words)
        pattern = re.compile(
            rf"(?<![\w-]){body}(?:s|es)?(?![\w-])|(?<![\w-]){body[:-1] if body.endswith('s') else body}(?![\w-])"
        )
        count = len(pattern.findall(lowered))
        if tag in actor_names:
            count += 1
        if count:
            hits.append((-count, -uses, tag))
    return tuple(tag for _, _, tag in sorted(hits)[:limit])


def _citation_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for _, m in _cited(text)]


def _cited(text: str) -> list[tuple[str, re.Match[str]]]:
    """Every instrument citation of the text with its kind, kind by kind: found once, used twice
    (each pattern's scan of a long page costs tens of milliseconds)."""
    return [(kind, m) for kind, pattern in _CITATIONS for m in pattern.finditer(text)]
