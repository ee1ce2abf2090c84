"""Sanctions an article names without a number: "UN sanctions that ban luxury goods".

A citation ("resolution 1718") identifies an instrument; a description does not. Several
instruments may ban the same goods, and the article may mean none of those in the registry, so
these are only *suggestions*, written as YAML comments for the analyst and never as annotations.

A sentence qualifies when it speaks of sanctions (sanctions, ban, embargo, restrictive
measures …) and cites no number. It is compared with each registry provision's label and
summary on their distinctive words: a shared pair of adjacent words ("luxury goods",
"transportation vehicles", "asset freeze") or two shared words. An issuer the sentence names
(UN, EU, US) narrows the candidates to that issuer's instruments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefkit.importer.lazyre import compile_later
from briefkit.model import Sanction

_TRIGGER = compile_later(
    r"\b(?:sanctions?|embargo(?:es)?|bans?|banned|banning|prohibit\w*|restrictive\s+measures"
    r"|asset[- ]freezes?|blacklist\w*)\b",
    re.I,
)
_SENTENCE = compile_later(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])|\n+")
# Words every sanctions text shares: they say nothing about *which* measure is meant
_COMMON = {
    "a",
    "an",
    "the",
    "of",
    "to",
    "and",
    "or",
    "in",
    "on",
    "for",
    "by",
    "with",
    "that",
    "which",
    "its",
    "it",
    "is",
    "are",
    "be",
    "as",
    "at",
    "from",
    "this",
    "these",
    "those",
    "all",
    "any",
    "other",
    "such",
    "every",
    "each",
    "sanction",
    "sanctions",
    "ban",
    "bans",
    "banned",
    "banning",
    "prohibit",
    "prohibits",
    "prohibited",
    "measure",
    "measures",
    "resolution",
    "resolutions",
    "regulation",
    "order",
    "council",
    "security",
    "un",
    "eu",
    "us",
    "uk",
    "united",
    "nations",
    "north",
    "korea",
    "korean",
    "korea's",
    "dprk",
    "state",
    "states",
    "member",
    "supply",
    "sale",
    "sell",
    "selling",
    "transfer",
    "transferring",
    "export",
    "exports",
    "exporting",
    "import",
    "imports",
    "country",
    "countries",
    "international",
    "related",
    "listed",
    "list",
    "annex",
    "article",
    "op",
    "paragraph",
    "including",
    "include",
    "includes",
    "also",
    "not",
    "no",
    "has",
    "have",
    "had",
    "was",
    "were",
    "will",
    "would",
    "could",
    "must",
    "may",
    "their",
    "his",
    "her",
    "they",
    "them",
    "against",
    "under",
    "over",
    "into",
    "than",
    "more",
    "most",
    "new",
    "further",
    "believed",
    "unverified",
    "verified",
    "site",
    "text",
    "official",
    "number",
}
_ISSUERS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (
        re.compile(r"\b(?:UN|U\.N\.|United\s+Nations|Security\s+Council)\b"),
        re.compile(r"\bUN\b|United Nations|Security Council", re.I),
    ),
    (
        re.compile(r"\b(?:EU|European\s+Union|Brussels|Council\s+of\s+the\s+EU)\b"),
        re.compile(r"\bEU\b|European|Council of the EU", re.I),
    ),
    (
        re.compile(r"\b(?:US|U\.S\.|American|Washington|Treasury|OFAC)\b"),
        re.compile(r"\bUS\b|OFAC|Treasury|President", re.I),
    ),
    (
        re.compile(r"\b(?:UK|U\.K\.|British|Britain|London)\b"),
        re.compile(r"\bUK\b|United Kingdom|HM Treasury|OFSI", re.I),
    ),
)


@dataclass(frozen=True, slots=True)
class ProvisionHint:
    sanction: str  # id
    provision: str | None  # key
    label: str
    phrase: str  # the words the article and the provision share


def _stem(word: str) -> str:
    word = word.lower().strip("'’")
    for suffix in ("ies", "es", "s"):
        if len(word) > 4 and word.endswith(suffix):
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def _tokens(text: str) -> list[str]:
    return [_stem(w) for w in re.findall(r"[A-Za-z][A-Za-z'’-]+", text)]


def _distinctive(tokens: list[str]) -> list[str]:
    return [t for t in tokens if t not in _COMMON and len(t) > 2]


def _pairs(tokens: list[str]) -> set[tuple[str, str]]:
    """Adjacent distinctive words, skipping the common words between them ("supply of luxury goods")."""
    kept = [t for t in tokens if t not in _COMMON and len(t) > 2]
    return {(a, b) for a, b in zip(kept, kept[1:], strict=False)}


def numberless_sentences(text: str, cited_spans: list[tuple[int, int]]) -> list[str]:
    """Sentences that speak of sanctions without citing one by number or name."""
    out: list[str] = []
    pos = 0
    for sentence in _SENTENCE.split(text):
        start = text.find(sentence, pos)
        pos = start + len(sentence) if start >= 0 else pos
        if not _TRIGGER.search(sentence) or re.search(r"\b\d{3,5}\b", sentence):
            continue
        if start >= 0 and any(s < start + len(sentence) and start < e for s, e in cited_spans):
            continue
        out.append(sentence.strip())
    return out


def suggest_provisions(
    text: str, sanctions: dict[str, Sanction], cited_spans: list[tuple[int, int]], limit: int = 5
) -> list[ProvisionHint]:
    """Registry provisions whose words a numberless sanctions sentence shares, best first."""
    scored: dict[tuple[str, str | None], tuple[int, ProvisionHint]] = {}
    for sentence in numberless_sentences(text, cited_spans):
        tokens = _tokens(sentence)
        words, pairs = set(_distinctive(tokens)), _pairs(tokens)
        issuers = [who for said, who in _ISSUERS if said.search(sentence)]
        for sanction in sanctions.values():
            if issuers and not any(who.search(sanction.issuer) or who.search(sanction.title) for who in issuers):
                continue
            targets: list[tuple[str | None, str, str]] = [
                (p.key, p.label, f"{p.label} {p.summary or ''}") for p in sanction.provisions
            ]
            targets = targets or [(None, sanction.title, f"{sanction.title} {sanction.summary or ''}")]
            for key, label, described in targets:
                theirs = _tokens(described)
                shared_pairs = pairs & _pairs(theirs)
                shared = words & set(_distinctive(theirs))
                score = 3 * len(shared_pairs) + len(shared)
                if not shared_pairs and len(shared) < 2:
                    continue
                phrase = " ".join(sorted(shared_pairs)[0]) if shared_pairs else ", ".join(sorted(shared))
                best = scored.get((sanction.id, key))
                if best is None or score > best[0]:
                    scored[(sanction.id, key)] = (score, ProvisionHint(sanction.id, key, label, phrase))
    ranked = sorted(scored.values(), key=lambda sh: (-sh[0], sh[1].sanction, sh[1].provision or ""))
    return [hint for _, hint in ranked[:limit]]
