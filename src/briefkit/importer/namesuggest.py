"""Names an article gives that the registry does not hold, suggested as new actors.

Shapes only, no list of people: a run of capitalised words with an organisation's word in it, a
person's name after a title, a role or an honorific, an acronym used twice. The word lists here
say what is *not* a name: words that open sentences, titles before names, months and weekdays,
acronyms every article uses.
"""

from __future__ import annotations

import re
from collections import Counter

from briefkit.importer.lazyre import compile_later
from briefkit.importer.monthnames import ENGLISH_MONTHS_AND_DAYS

HONORIFICS = (
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Mx",
    "Dr",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "President",
    "Premier",
    "Prime Minister",
    "Chancellor",
    "Chairman",
    "Chairwoman",
    "General",
    "Gen",
    "Marshal",
    "Minister",
    "Senator",
    "Secretary",
    "Ambassador",
    "King",
    "Queen",
    "Prince",
    "Princess",
)
HONORIFIC_RE = compile_later(
    r"(?<![\w])(?P<h>"
    + "|".join(re.escape(h) for h in sorted(HONORIFICS, key=len, reverse=True))
    + r")\.?\s+(?P<s>[A-Z][\w'’-]+)"
)

_CONNECTORS = {"of", "for", "the", "and", "de", "al", "bin", "von", "van", "on", "&"}
_SENTENCE_WORDS = {
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "since",
    "when",
    "it",
    "but",
    "and",
    "he",
    "she",
    "they",
    "this",
    "that",
    "these",
    "those",
    "according",
    "after",
    "before",
    "as",
    "if",
    "while",
    "his",
    "her",
    "its",
    "their",
    "there",
    "so",
    "for",
    "from",
    "with",
    "by",
    "to",
    "of",
    "what",
    "who",
    "brought",
    "various",
    "international",
    "then",
    "mr",
    "mrs",
    "ms",
    "dr",
    "last",
    "north",
    "south",
    "within",
    "across",
    "under",
    "despite",
    "during",
    "among",
    "between",
    "speaking",
    "several",
    "residents",
    "analysts",
    "officials",
    "experts",
    "although",
    "however",
    "meanwhile",
    "earlier",
    "later",
    "once",
    "where",
    "why",
    "how",
    "until",
    "unlike",
    "like",
    "both",
    "each",
    "every",
    "many",
    "most",
    "some",
    "such",
    "our",
    "my",
    "we",
    "you",
    "i",
    "not",
    "no",
    "yes",
    "all",
    "former",
    "new",
    "old",
    "western",
    "eastern",
    "state",
    "senior",
    "top",
    "only",
    "even",
}
_TITLE_WORDS = {
    "foreign",
    "defence",
    "defense",
    "interior",
    "finance",
    "prime",
    "deputy",
    "vice",
    "minister",
    "president",
    "secretary",
    "general",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "ambassador",
    "chairman",
    "chairwoman",
    "senator",
    "leader",
    "commander",
    "director",
    "chief",
    "premier",
    "chancellor",
    "envoy",
    "supreme",
    "first",
    "lady",
    "marshal",
    "colonel",
    "gen",
    "adm",
    "admiral",
}
_MONTHS_DAYS = ENGLISH_MONTHS_AND_DAYS
_ORG_WORDS = compile_later(
    r"\b(?:Agency|Council|Committee|Ministry|Center|Centre|Institute|Bank|Company|Corporation|Corp|"
    r"Party|Office|Department|Studies|Group|News|Association|Union|Organisation|Organization|"
    r"Commission|Court|Service|Fund|Foundation|Authority|Agency|Bureau|Forces|Army|Navy|Trust|"
    r"University|Motors|Industries|Holdings|Ltd|Inc|LLC|Network|Assembly|Parliament|Government)\b"
)
_COMMON_ACRONYMS = {
    "UN",
    "US",
    "UK",
    "EU",
    "TV",
    "AP",
    "AFP",
    "BST",
    "GMT",
    "UTC",
    "EDT",
    "EST",
    "CEO",
    "PM",
    "AM",
    "OK",
    "USA",
    "BBC",
    "CNN",
    "NATO",
    # newsroom markers printed in capitals: "FILE - …", "(END)", "(LEAD)", "UPDATE 2-"
    "FILE",
    "PHOTO",
    "END",
    "LEAD",
    "UPDATE",
    "URGENT",
    "ADVERTISEMENT",
    "WATCH",
    "LIVE",
    "EXCLUSIVE",
    "ANALYSIS",
    "VIDEO",
    "AUDIO",
    "EDITORS",
    "NOTE",
    "CORRECTION",
    "REFILE",
}
# words a name does not start with (one set, not three joined for every word)
_NOT_FIRST = _SENTENCE_WORDS | _CONNECTORS | _MONTHS_DAYS
_ROLE_CONTEXT = compile_later(
    r"(?:spokes(?:person|man|woman)|president|minister|leader|official|sister|brother|aide|secretary|"
    r"ambassador|chairman|director|envoy|analyst|professor|general|commander|chief)\s+$",
    re.I,
)


def suggest_names(text: str, known_spans: list[tuple[int, int]], *, exclude: set[str], limit: int = 12) -> list[str]:
    """Names that read like people or organisations and are not in the registry.

    Shapes only: runs of capitalised words ("Center for Advanced Defense Studies"), an
    honorific before a surname ("Mr Peskov"), a role before a name ("spokesperson Dmitry
    Peskov"), acronyms ("KCNA"). Sentence-initial words and dates are not names. `known_spans`
    (registry matches, sanction citations) are not searched.
    """
    masked = list(text)
    for s, e in known_spans:
        masked[s:e] = ["\x00"] * (e - s)
    body = "".join(masked)
    counts: Counter[str] = Counter()
    kinds: dict[str, str] = {}
    order: dict[str, int] = {}
    honorific_surnames = {re.sub(r"'s$", "", m.group("s")) for m in HONORIFIC_RE.finditer(body)}
    token = r"[A-Z][\w'-]*[\w]"
    run = re.compile(rf"{token}(?:[ \t]+(?:(?:of|for|the|and|de|al|bin|von|van|on|&)[ \t]+)*{token})*")
    for m in run.finditer(body):
        words = m.group(0).split()
        while words and (words[0].lower() in _NOT_FIRST or re.search(r"-[a-z]", words[0])):
            words = words[1:]
        titled = False
        while len(words) > 2 and words[0].lower() in _TITLE_WORDS:  # "Foreign Minister Choe Son-hui"
            words, titled = words[1:], True
        while words and words[-1].lower() in _CONNECTORS:
            words = words[:-1]
        if any(w.lower() in _MONTHS_DAYS for w in words):
            continue
        name = re.sub(r"'s$", "", " ".join(words))
        if not name or name in exclude:
            continue
        is_org = bool(_ORG_WORDS.search(name)) and len(words) >= 2
        before = body[max(0, m.start() - 40) : m.start() + (len(m.group(0)) - len(" ".join(words)))]
        is_person = (
            2 <= len(words) <= 3
            and all(re.fullmatch(r"[A-Z][a-z'-]+", w) for w in words)
            and (
                titled
                or words[-1] in honorific_surnames
                or words[0] in honorific_surnames
                or bool(_ROLE_CONTEXT.search(before))
            )
        )
        if is_org or is_person:
            counts[name] += 1
            kinds.setdefault(name, "organisation" if is_org else "person")
            order.setdefault(name, m.start())
    acronyms = Counter(re.findall(r"(?<![\w\x00])([A-Z]{3,6})(?![\w\x00])", body))
    for m in re.finditer(r"(?<![\w\x00])([A-Z]{3,6})(?![\w\x00])", body):
        name = m.group(1)
        if name in _COMMON_ACRONYMS or name in exclude:
            continue
        # an acronym named twice, or spelled out "(KCNA)"; a one-off capitalised dateline is not one
        if acronyms[name] < 2 and body[m.start() - 1 : m.start()] != "(":
            continue
        counts[name] += 1
        kinds.setdefault(name, "organisation")
        order.setdefault(name, m.start())
    # a surname after an honorific ("Mr Peskov") is the person named in full elsewhere
    for m in HONORIFIC_RE.finditer(body):
        surname = re.sub(r"'s$", "", m.group("s"))
        if not any(surname in n.split() for n in counts) and surname not in exclude:
            name = f"{m.group('h')} {surname}"
            counts[name] += 1
            kinds.setdefault(name, "person")
            order.setdefault(name, m.start())
    ranked = sorted(counts, key=lambda n: (-counts[n], order[n]))[:limit]
    return [f"{name} ({kinds[name]})" for name in sorted(ranked, key=lambda n: order[n])]
