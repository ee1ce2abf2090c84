"""From the content model to what `markdown.render_body` needs: link targets and name terms.

Built once per build from `Content`, so every body shares the same target map and the same
registry-wide term map (which `markdown` compiles once and caches by identity). This is also
where an ambiguous name is caught: a name or alias that two actors share cannot be linked or
attributed to either, so it is dropped for both and the user is told once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from briefkit import urls
from briefkit.config import SiteConfig
from briefkit.diagnostics import Diagnostics, Pos
from briefkit.markdown import LinkTarget, MarkdownContext
from briefkit.model import Actor, Briefing, Content, DocKind

_EMPTY: Mapping[str, tuple[str, ...]] = MappingProxyType({})


def actor_terms(actor: Actor) -> tuple[str, ...]:
    """The names an actor goes by in prose: its name then its aliases, whitespace-normalised."""
    out: dict[str, None] = {}
    for term in (actor.name, *actor.aliases):
        norm = " ".join(term.split())
        if norm:
            out.setdefault(norm, None)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class LinkIndex:
    targets: Mapping[str, LinkTarget]
    terms: Mapping[str, tuple[str, ...]]  # actor id -> unambiguous names/aliases

    @classmethod
    def from_content(cls, content: Content, config: SiteConfig, diags: Diagnostics) -> LinkIndex:
        targets: dict[str, LinkTarget] = {}
        for b in content.briefings.values():
            targets[b.id] = LinkTarget(config.url(urls.briefing_path(b.id)), b.title, DocKind.BRIEFING)
        for a in content.actors.values():
            targets[a.id] = LinkTarget(config.url(urls.actor_path(a.id)), a.name, DocKind.ACTOR)
        for s in content.sanctions.values():
            targets[s.id] = LinkTarget(config.url(urls.sanction_path(s.id)), s.title, DocKind.SANCTION)
        for doc_id, kind in content.broken.items():  # reported in their own files already
            targets.setdefault(doc_id, LinkTarget(config.url(urls.doc_path(kind, doc_id)), doc_id, kind))

        # File order (by path) decides which actor is "second", so the warning is stable.
        actors = sorted(content.actors.values(), key=lambda a: (a.path, a.id))
        per_actor = {a.id: actor_terms(a) for a in actors}
        owners: dict[str, list[Actor]] = {}
        for a in actors:
            for term in per_actor[a.id]:
                owners.setdefault(term, []).append(a)
        shared = {term: group for term, group in owners.items() if len(group) > 1}
        for term, group in shared.items():
            names = ", ".join(f"'{a.id}'" for a in group)
            diags.warning(
                f"'{term}' is a name or alias of more than one actor ({names}); it is not autolinked",
                Pos(group[1].path, 1),
                "give each actor a distinct alias, or link the one you mean with [[id]]",
                code="alias-shared",
            )
        terms = {
            actor_id: kept
            for actor_id, names_ in per_actor.items()
            if (kept := tuple(t for t in names_ if t not in shared))
        }
        return cls(MappingProxyType(targets), MappingProxyType(terms))

    def context_for_briefing(self, briefing: Briefing, config: SiteConfig) -> MarkdownContext:
        """Autolink the briefing's annotated actors; detect mentions of every actor."""
        annotated = {ref.id: self.terms[ref.id] for ref in briefing.actors if ref.id in self.terms}
        return MarkdownContext(
            targets=self.targets,
            autolink=config.autolink,
            autolink_terms=MappingProxyType(annotated),
            mention_terms=self.terms,
            allow_html=config.allow_html,
            notes=True,
        )

    def context_for_registry(self, config: SiteConfig) -> MarkdownContext:
        """For actor and sanction profile bodies: `[[links]]` work, nothing is autolinked."""
        return MarkdownContext(
            targets=self.targets,
            autolink="none",
            autolink_terms=_EMPTY,
            mention_terms=self.terms,
            allow_html=config.allow_html,
        )
