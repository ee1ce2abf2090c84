"""The plans of the home page, the briefings list and each briefing's page."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from markupsafe import Markup

from briefkit import designations, jsonld
from briefkit.pageplan import KIND_LABEL, PagePlan, PlanBase, body_markup, is_web
from briefkit.urls import briefing_path, provision_anchor, sanction_path, tag_path
from briefkit.views import (
    ActorRefView,
    BodyPart,
    BriefingView,
    CountedLink,
    HomeView,
    Link,
    ListView,
    SanctionRefView,
    SourceView,
    TocEntry,
    date_view,
)

HOME_LATEST = 10
HOME_ACTORS = 10
HOME_TAGS = 20


class BriefingPlans(PlanBase):
    """Briefing pages' plans (a part of `pages.Planner`)."""

    def home(self) -> PagePlan:
        site = self.site
        actors = sorted(
            ((a, site.citation_count(a)) for a in site.actor_backlinks),
            key=lambda it: (-it[1], self.content.actors[it[0]].name.casefold(), it[0]),
        )
        tags = sorted(site.tags.values(), key=lambda t: (-len(t.briefings), t.name.casefold(), t.slug))
        view = HomeView(
            page=self.page("", "", "home", data=jsonld.website(self.config), modified=self.newest(site.briefings)),
            latest=tuple(self.card(b) for b in site.briefings[:HOME_LATEST]),
            actors=tuple(self.actor_link(a, n) for a, n in actors[:HOME_ACTORS] if n),
            tags=tuple(
                CountedLink(self.config.url(tag_path(t.slug)), t.name, len(t.briefings)) for t in tags[:HOME_TAGS]
            ),
            all_briefings_url=self.config.url("briefings/"),
            total=len(site.briefings),
        )
        return PagePlan("index.html", "home.html", view)

    def briefings_index(self) -> PagePlan:
        view = ListView(
            page=self.page("Briefings", "briefings/", "briefings", modified=self.newest(self.site.briefings)),
            heading="Briefings",
            intro=None,
            briefings=tuple(self.card(b) for b in self.site.briefings),
        )
        return PagePlan("briefings/index.html", "list.html", view)

    def briefing(self, bid: str) -> PagePlan:
        site, content, config = self.site, self.content, self.config
        b = content.briefings[bid]
        body = site.bodies.get(bid)
        source = None
        if b.source is not None:
            s = b.source
            source = SourceView(
                publisher=s.publisher,
                headline=s.headline,
                authors=s.authors,
                published=date_view(s.published, timezone=config.timezone) if s.published else None,
                url=s.url if is_web(s.url) else None,
                standfirst=s.standfirst,
            )
        actors = tuple(
            ActorRefView(
                url=self.actor_url(r.id),
                name=content.actors[r.id].name,
                kind=KIND_LABEL[content.actors[r.id].kind],
                role=r.role,
                note=r.note,
                listed_under=designations.measure_names(content, content.actors[r.id]),
            )
            for r in b.actors
            if r.id in content.actors
        )
        sanctions = []
        for r in b.sanctions:
            sanction = content.sanctions.get(r.id)
            if sanction is None:
                continue
            provision = sanction.provision(r.provision) if r.provision else None
            url = config.url(sanction_path(sanction.id))
            sanctions.append(
                SanctionRefView(
                    url=url,
                    title=sanction.title,
                    # "Executive Order 13687" as title and symbol would read twice.
                    symbol=sanction.symbol if sanction.symbol and sanction.symbol not in sanction.title else None,
                    provision_label=provision.label if provision else None,
                    provision_url=f"{url}#{provision_anchor(provision.key)}" if provision else None,
                    note=r.note,
                )
            )
        # beside an actor's or a sanction's first link: what the analyst wrote of it here
        notes: dict[str, ActorRefView | SanctionRefView] = {
            r.id: a
            for r, a in zip([r for r in b.actors if r.id in content.actors], actors, strict=True)
            if a.role or a.note or a.listed_under
        }
        notes.update(zip([r.id for r in b.sanctions if r.id in content.sanctions], sanctions, strict=True))
        tags = tuple(
            Link(config.url(tag_path(slug)), site.tags[slug].name if slug in site.tags else slug)
            for slug in site.briefing_tags.get(bid, ())
        )
        prev_id, next_id = site.previous.get(bid), site.next.get(bid)
        view = BriefingView(
            page=self.page(
                b.title,
                briefing_path(bid),
                "briefings",
                b.summary,
                kind="article",
                noindex=b.draft,
                data=jsonld.news_article(config, b, content.actors, content.sanctions, [t.text for t in tags]),
                modified=b.updated or b.date,
                published=b.date,
                tags=tuple(t.text for t in tags),
                image=next((i for i in b.images if i.src), None),
            ),
            id=bid,
            title=b.title,
            summary=b.summary,
            date=self.date(b),
            updated=date_view(b.updated, timezone=config.timezone) if b.updated else None,
            draft=b.draft,
            authors=b.authors,
            source=source,
            figures=tuple(self.figure(i) for i in b.images),
            body=body_markup(site, bid),
            body_parts=body_parts(body, notes),
            toc=tuple(TocEntry(h.level, h.text, h.anchor) for h in (getattr(body, "toc", ()) or ())),
            actors=actors,
            sanctions=tuple(sanctions),
            tags=tags,
            related=tuple(self.card(r) for r in site.related.get(bid, ())),
            previous=self.card(prev_id) if prev_id else None,
            next=self.card(next_id) if next_id else None,
        )
        return PagePlan(f"{briefing_path(bid)}index.html", "briefing.html", view)


def body_parts(body: Any, notes: Mapping[str, ActorRefView | SanctionRefView]) -> tuple[BodyPart, ...]:
    """The body cut at the top-level blocks where annotated actors and sanctions are first linked."""
    html: str = getattr(body, "html", "") or ""
    parts: list[BodyPart] = []
    done = 0
    for start, end, ids in getattr(body, "noted", ()):
        beside = tuple(notes[i] for i in ids if i in notes)
        if not beside:
            continue
        if start > done:
            parts.append(BodyPart(Markup(html[done:start])))
        parts.append(BodyPart(Markup(html[start:end]), beside))
        done = end
    if done < len(html) or not parts:
        parts.append(BodyPart(Markup(html[done:])))
    return tuple(parts)
