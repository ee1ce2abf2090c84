"""Finding actors' names in text, for autolinks and mentions: whole words, longest first, fast
over a thousand bodies (one trie-shaped regex per set of names, compiled only when it pays)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from briefkit.markdown.context import MarkdownContext


class TermMatcher:
    """All terms of a set of actors as one regex: whole words, case-sensitive, longest first.

    The regex of a registry's every name takes ~20 ms to compile, more than rendering the one
    body an edit changes. So a matcher starts by compiling, for each text it is given, a regex
    of only the terms that occur in that text (whitespace-normalised, so a term broken across
    lines counts); a term that does not occur cannot match, so the matches are the same. Once
    it has been given `_EAGER_AFTER` texts — a build rendering many bodies — it compiles the
    whole set once and uses that (together at most about twice the cost of either choice).
    """

    __slots__ = ("owners", "_regex", "_texts", "_eager_after", "_subsets")

    def __init__(self, owners: dict[str, tuple[str, ...]], *, eager_after: int | None = None) -> None:
        self.owners = owners  # whitespace-normalised term -> actor ids
        self._regex: re.Pattern[str] | None = None
        self._texts = 0
        self._eager_after = _EAGER_AFTER if eager_after is None else eager_after
        self._subsets: dict[tuple[str, ...], re.Pattern[str] | None] = {}

    def regex_for(self, text: str) -> re.Pattern[str] | None:
        """A regex finding, in `text`, exactly the matches of all terms (None: there are none)."""
        if self._regex is not None or not self.owners:
            return self._regex
        self._texts += 1
        if self._texts > self._eager_after:
            self._regex = _compile_terms(self.owners)
            self._subsets.clear()
            return self._regex
        norm = " ".join(text.split())
        present = tuple(term for term in self.owners if term in norm)
        if not present:
            return None
        regex = self._subsets.get(present)
        if regex is None:
            regex = self._subsets[present] = _compile_terms(present)
        return regex

    def finditer(self, text: str) -> Iterator[tuple[int, int, tuple[str, ...]]]:
        regex = self.regex_for(text)
        pos = 0
        while True:
            m = _search(regex, text, pos)
            if m is None:
                return
            ids = self.owners.get(" ".join(m.group().split()))
            if ids:
                yield m.start(), m.end(), ids
            pos = m.end() if m.end() > m.start() else m.start() + 1


# Texts a matcher searches with per-text regexes before compiling all its terms at once.
_EAGER_AFTER = 48


def _search(regex: re.Pattern[str] | None, text: str, pos: int = 0) -> re.Match[str] | None:
    r"""The leftmost match from `pos` that starts a word (what `(?<!\w)` would say).

    The start-of-word test is made here rather than as a lookbehind at the head of the
    pattern, because a pattern starting with a lookbehind loses the regex engine's scan
    for the possible first letters: with it, matching was ~4x slower, half of the time
    the Markdown stage spent on briefkit's own work.
    """
    if regex is None:
        return None
    while True:
        m = regex.search(text, pos)
        if m is None:
            return None
        start = m.start()
        if start == 0 or not _is_word(text[start - 1]):
            return m
        pos = start + 1


def _compile_terms(terms: Iterable[str]) -> re.Pattern[str]:
    return re.compile(rf"{_trie_pattern(terms)}(?!\w)")


def build_matcher(terms: Mapping[str, Iterable[str]], *, eager_after: int | None = None) -> TermMatcher:
    return TermMatcher(term_owners(terms), eager_after=eager_after)


def _trie_pattern(terms: Iterable[str]) -> str:
    """One regex for many terms, shaped as a trie so each position tries one branch per letter.

    A flat alternation of a registry's names costs a try per name at every position of every
    body; the trie costs a try per distinct next letter. Longest match first comes from the
    greedy `?` on a node that is also the end of a term ("Kim" then optionally " Jong-un"),
    and backtracking falls back to the shorter term when the longer one is not a whole word.
    A space matches any run of whitespace, so a name broken across source lines is found.
    """
    trie: dict = {}
    for term in terms:
        node = trie
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [
            (r"\s+" if ch == " " else re.escape(ch)) + build(child) for ch, child in sorted(node.items()) if ch != ""
        ]
        if not branches:
            return ""
        if "" in node:
            return "(?:" + "|".join(branches) + ")?"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return "(?:" + build(trie) + ")"


_MATCHERS_BY_IDENTITY: dict[int, tuple[Mapping[str, tuple[str, ...]], TermMatcher]] = {}
_MATCHERS_BY_CONTENT: dict[tuple, TermMatcher] = {}
_MATCHER_CACHE_MAX = 256


def cached_matcher(terms: Mapping[str, tuple[str, ...]]) -> TermMatcher:
    """Compiled matcher for a term map, cached: the registry-wide map is the same for every body.

    Identity first (the common case: `LinkIndex` hands out the same mapping object, and holding
    a reference keeps its id from being reused), then by content.
    """
    hit = _MATCHERS_BY_IDENTITY.get(id(terms))
    if hit is not None and hit[0] is terms:
        return hit[1]
    key = tuple(sorted((k, tuple(v)) for k, v in terms.items()))
    matcher = _MATCHERS_BY_CONTENT.get(key)
    if matcher is None:
        if len(_MATCHERS_BY_CONTENT) >= _MATCHER_CACHE_MAX:
            _MATCHERS_BY_CONTENT.clear()
        matcher = _MATCHERS_BY_CONTENT[key] = build_matcher(terms)
    if len(_MATCHERS_BY_IDENTITY) >= _MATCHER_CACHE_MAX:
        _MATCHERS_BY_IDENTITY.clear()
    _MATCHERS_BY_IDENTITY[id(terms)] = (terms, matcher)
    return matcher


def term_owners(terms: Mapping[str, Iterable[str]]) -> dict[str, tuple[str, ...]]:
    """Whitespace-normalised term -> the actor ids going by it (as `build_matcher` keys them)."""
    owners: dict[str, list[str]] = {}
    for actor_id, names in terms.items():
        for name in names:
            key = " ".join(name.split())
            if key and actor_id not in owners.setdefault(key, []):
                owners[key].append(actor_id)
    return {k: tuple(v) for k, v in owners.items()}


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what `\w` matches in a str pattern


@dataclass(frozen=True, slots=True)
class SubsetMatcher:
    """The matches `build_matcher(chosen)` would find, using a wider matcher already compiled.

    Every briefing autolinks a different set of actors; compiling a regex per briefing cost a
    third of the Markdown stage. Any term of the chosen set that matches at a position is a
    prefix of the longest term of the wider set matching there (two matches at one position
    are prefixes of one another), so searching with the wider regex and cutting its match
    back to the longest chosen prefix that ends a word gives the same leftmost-longest matches.
    """

    wider: TermMatcher
    owners: dict[str, tuple[str, ...]]  # chosen terms only
    # The actors a match can link (named by one actor, with a page): once each is linked in
    # "first" mode, nothing more can be, and the rest of the body is not searched.
    linkable: frozenset[str] = frozenset()

    def all_linked(self, linked: set[str]) -> bool:
        """Whether each actor a match could link is in `linked` (in "first" mode, nothing more can be)."""
        return self.linkable <= linked

    def finditer(self, text: str) -> Iterator[tuple[int, int, tuple[str, ...]]]:
        if not self.wider.owners or not self.owners:
            return
        regex = self.wider.regex_for(text)
        pos = 0
        while True:
            m = _search(regex, text, pos)
            if m is None:
                return
            hit = self._longest_chosen(text, m.start(), m.group())
            if hit is None:
                pos = m.start() + 1
                continue
            end, ids = hit
            yield m.start(), end, ids
            pos = end

    def _longest_chosen(self, text: str, start: int, matched: str) -> tuple[int, tuple[str, ...]] | None:
        norm = " ".join(matched.split())
        for k in range(len(norm), 0, -1):
            ids = self.owners.get(norm[:k])
            if ids is None or (k < len(norm) and _is_word(norm[k])):
                continue
            # Walk the text to where the k normalised characters end (a space is a run).
            i = start
            for ch in norm[:k]:
                if ch == " ":
                    while i < len(text) and text[i].isspace():
                        i += 1
                else:
                    i += 1
            return i, ids
        return None


def autolinker_for(ctx: MarkdownContext) -> TermMatcher | SubsetMatcher | None:
    """The matcher for the names to autolink: a cut of the mention matcher when it covers them."""
    if ctx.autolink == "none" or not ctx.autolink_terms:
        return None
    covered = all(
        set(names) <= set(ctx.mention_terms.get(actor_id, ())) for actor_id, names in ctx.autolink_terms.items()
    )
    if covered:
        wider = cached_matcher(ctx.mention_terms)
        owners = term_owners(ctx.autolink_terms)
        linkable = frozenset(ids[0] for ids in owners.values() if len(ids) == 1 and ids[0] in ctx.targets)
        return SubsetMatcher(wider, owners, linkable) if wider.owners and owners else None
    matcher = cached_matcher(ctx.autolink_terms)
    return matcher if matcher.owners else None
