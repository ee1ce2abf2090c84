"""The plans of the actor and sanction indexes and of each actor's and sanction's page."""

from __future__ import annotations

from collections import defaultdict

from markupsafe import Markup

from briefkit import charts, countries, designations, jsonld
from briefkit.model import Actor, ActorKind, Sanction
from briefkit.pageplan import KIND_LABEL, PagePlan, PlanBase, body_markup, is_web
from briefkit.urls import actor_path, provision_anchor, sanction_path
from briefkit.views import (
    ActorView,
    Appearance,
    Citation,
    EntryCard,
    EntryGroup,
    IndexView,
    Link,
    ProvisionView,
    SanctionView,
    date_view,
)

KIND_GROUP = {ActorKind.PERSON: "People", ActorKind.ORGANISATION: "Organisations", ActorKind.STATE: "States"}
# Known external identifier schemes: (label, URL pattern), shared with the JSON-LD `sameAs`.
EXTERNAL_IDS = jsonld.EXTERNAL_IDS


class EntryPlans(PlanBase):
    """Entry pages' plans (a part of `pages.Planner`)."""

    def actors_index(self) -> PagePlan:
        groups = []
        for kind in ActorKind:
            members = sorted(
                (a for a in self.content.actors.values() if a.kind == kind),
                key=lambda a: (a.name.casefold(), a.id),
            )
            if members:
                groups.append(EntryGroup(KIND_GROUP[kind], tuple(self.actor_card(a) for a in members)))
        return self._index("Actors", "actors", "People, organisations and states named in the briefings.", groups)

    def _index(self, heading: str, section: str, intro: str, groups: list[EntryGroup]) -> PagePlan:
        """An index of entries in groups (actors by kind, sanctions by issuer)."""
        view = IndexView(
            page=self.page(heading, f"{section}/", section, modified=self.newest(self.site.briefings)),
            heading=heading,
            intro=intro,
            groups=tuple(groups),
        )
        return PagePlan(f"{section}/index.html", "index_groups.html", view)

    def actor_card(self, a: Actor) -> EntryCard:
        return EntryCard(
            url=self.actor_url(a.id),
            title=a.name,
            detail=a.role,
            summary=a.summary,
            count=self.site.citation_count(a.id),
        )

    def actor(self, a: Actor) -> PagePlan:
        site = self.site
        external: list[Link] = []
        external_text: list[str] = []
        for scheme, value in a.ids:
            label, pattern = EXTERNAL_IDS.get(scheme, (scheme.replace("_", " ").capitalize(), ""))
            url = pattern.format(value) if pattern else (value if is_web(value) else "")
            if is_web(url):
                external.append(Link(url, f"{label}: {value}" if scheme != "website" else value))
            else:
                external_text.append(f"{label}: {value}")
        backlinks = site.actor_backlinks.get(a.id, ())
        view = ActorView(
            page=self.page(
                a.name,
                actor_path(a.id),
                "actors",
                a.summary or "",
                kind=jsonld.OG_TYPE_PROFILE,
                data=jsonld.actor_page(self.config, a, designations.measures(self.content, a)),
                modified=self.newest(bl.briefing for bl in backlinks),
            ),
            id=a.id,
            name=a.name,
            kind=KIND_LABEL[a.kind],
            summary=a.summary,
            role=a.role,
            country=a.country,
            aliases=a.aliases,
            external=tuple(external),
            external_text=tuple(external_text),
            profile=body_markup(site, a.id),
            appearances=tuple(
                Appearance(self.card(bl.briefing), bl.role, bl.note) for bl in site.actor_backlinks.get(a.id, ())
            ),
            co_actors=tuple(self.actor_link(o, n) for o, n in site.co_actors.get(a.id, ())),
            sanctions=tuple(self.sanction_link(s, n) for s, n in site.actor_sanctions.get(a.id, ())),
            network=self.network(a),
            listed_under=designations.listed_under(self.content, a, lambda s: self.config.url(sanction_path(s))),
            country_name=countries.name(a.country),
            country_url=self.country_url(a),
        )
        return PagePlan(f"{actor_path(a.id)}index.html", "actor.html", view)

    def country_url(self, a: Actor) -> str | None:
        """The page of the registry's actor for the country, if one is that state (not itself)."""
        if self._states is None:
            self._states = countries.states(self.content)
        c = self._states.get(a.country) if a.country else None
        return self.actor_url(c) if c and c != a.id else None

    def network(self, a: Actor) -> Markup:
        co = self.site.co_actors.get(a.id, ())
        if not co:
            return Markup("")
        centre = charts.Node(a.name, self.actor_url(a.id))
        others = [charts.Node(self.content.actors[o].name, self.actor_url(o), n) for o, n in co]
        return Markup(charts.ego_network(centre, others))

    def sanctions_index(self) -> PagePlan:
        by_issuer: dict[str, list[Sanction]] = defaultdict(list)
        for s in self.content.sanctions.values():
            by_issuer[s.issuer].append(s)
        groups = []
        for issuer in sorted(by_issuer, key=lambda i: (i.casefold(), i)):
            members = sorted(by_issuer[issuer], key=lambda s: (s.title.casefold(), s.id))
            groups.append(EntryGroup(issuer, tuple(self.sanction_card(s) for s in members)))
        return self._index("Sanctions", "sanctions", "Sanctions instruments cited by the briefings, by issuer.", groups)

    def sanction_card(self, s: Sanction) -> EntryCard:
        count = len({bl.briefing for bl in self.site.sanction_backlinks.get(s.id, ())})
        return EntryCard(
            url=self.config.url(sanction_path(s.id)),
            title=s.title,
            detail=s.symbol,
            summary=s.summary,
            count=count,
        )

    def sanction(self, s: Sanction) -> PagePlan:
        backlinks = self.site.sanction_backlinks.get(s.id, ())
        by_provision: dict[str | None, list[Citation]] = defaultdict(list)
        for bl in backlinks:
            key = bl.provision if bl.provision and s.provision(bl.provision) else None
            by_provision[key].append(Citation(self.card(bl.briefing), bl.note))
        view = SanctionView(
            page=self.page(
                s.title,
                sanction_path(s.id),
                "sanctions",
                s.summary or "",
                data=jsonld.sanction_page(self.config, s, designations.listed_actors(self.content, s.id)),
                modified=self.newest(bl.briefing for bl in backlinks),
            ),
            id=s.id,
            title=s.title,
            symbol=s.symbol,
            issuer=s.issuer,
            adopted=date_view(s.adopted) if s.adopted else None,
            url=s.url if is_web(s.url) else None,
            regime=s.regime,
            summary=s.summary,
            aliases=s.aliases,
            explainer=body_markup(self.site, s.id),
            provisions=tuple(
                ProvisionView(p.key, provision_anchor(p.key), p.label, p.summary, tuple(by_provision.get(p.key, ())))
                for p in s.provisions
            ),
            general=tuple(by_provision.get(None, ())),
            briefing_count=len({bl.briefing for bl in backlinks}),
            designated=designations.designated(self.content, s.id, self.actor_url),
        )
        return PagePlan(f"{sanction_path(s.id)}index.html", "sanction.html", view)
