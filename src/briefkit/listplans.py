"""The plans of the pages that list across the site: tags, timeline, credits, search and 404."""

from __future__ import annotations

from markupsafe import Markup

from briefkit import charts, jsonld
from briefkit.pageplan import SEARCH_PATH, PagePlan, PlanBase, chrome
from briefkit.urls import tag_path
from briefkit.views import (
    MONTHS,
    BriefingCard,
    CountedLink,
    CreditsView,
    CreditView,
    Link,
    ListView,
    MonthCount,
    MonthGroup,
    NotFoundView,
    SearchView,
    TagsView,
    TimelineView,
    YearGroup,
)


class ListPlans(PlanBase):
    """List pages' plans (a part of `pages.Planner`)."""

    def tags_index(self) -> PagePlan:
        tags = sorted(self.site.tags.values(), key=lambda t: (t.name.casefold(), t.slug))
        view = TagsView(
            page=self.page("Tags", "tags/", "tags", modified=self.newest(self.site.briefings)),
            tags=tuple(CountedLink(self.config.url(tag_path(t.slug)), t.name, len(t.briefings)) for t in tags),
        )
        return PagePlan("tags/index.html", "tags.html", view)

    def tag(self, slug: str) -> PagePlan:
        t = self.site.tags[slug]
        n = len(t.briefings)
        view = ListView(
            page=self.page(
                f"Tag: {t.name}",
                tag_path(slug),
                "tags",
                f"Briefings tagged “{t.name}”.",
                modified=self.newest(t.briefings),
            ),
            heading=t.name,
            intro=f"{n} briefing{'s' if n != 1 else ''} tagged “{t.name}”.",
            briefings=tuple(self.card(b) for b in t.briefings),
        )
        return PagePlan(f"{tag_path(slug)}index.html", "list.html", view)

    def timeline(self) -> PagePlan:
        years: dict[int, dict[int, list[BriefingCard]]] = {}
        for bid in self.site.briefings:  # newest first, so groups come out newest first too
            y, m = self.local_month(self.content.briefings[bid])
            years.setdefault(y, {}).setdefault(m, []).append(self.card(bid))
        chart, per_month = self.month_chart(years)
        view = TimelineView(
            page=self.page("Timeline", "timeline/", "timeline", modified=self.newest(self.site.briefings)),
            years=tuple(
                YearGroup(
                    anchor=f"y{y}",
                    year=y,
                    count=sum(len(v) for v in months.values()),
                    months=tuple(
                        MonthGroup(f"m{y}-{m:02d}", f"{MONTHS[m - 1]} {y}", tuple(cards)) for m, cards in months.items()
                    ),
                )
                for y, months in years.items()
            ),
            chart=chart,
            per_month=per_month,
        )
        return PagePlan("timeline/index.html", "timeline.html", view)

    def month_chart(self, years: dict[int, dict[int, list[BriefingCard]]]) -> tuple[Markup, tuple[MonthCount, ...]]:
        """Briefings per month, every month from the first to the last (empty ones too)."""
        counts = {(y, m): len(cards) for y, months in years.items() for m, cards in months.items()}
        if not counts:
            return Markup(""), ()
        bars, rows = [], []
        for y, m in charts.months_between(min(counts), max(counts)):
            n = counts.get((y, m), 0)
            anchor = f"m{y}-{m:02d}" if n else None
            label = f"{MONTHS[m - 1]} {y}"
            bars.append(charts.Bar(label, MONTHS[m - 1][:3], y, m, n))
            rows.append(MonthCount(label, n, anchor))
        return Markup(charts.month_bars(bars)), tuple(rows)

    def credits(self) -> PagePlan:
        credits = tuple(
            CreditView(self.figure(image), self.card(bid))
            for bid in self.site.briefings
            for image in self.content.briefings[bid].images
        )
        with_images = [bid for bid in self.site.briefings if self.content.briefings[bid].images]
        view = CreditsView(
            page=self.page("Image credits", "credits/", "credits", modified=self.newest(with_images)), credits=credits
        )
        return PagePlan("credits/index.html", "credits.html", view)

    def not_found(self) -> PagePlan:
        view = NotFoundView(
            page=self.page(
                "Page not found",
                "404.html",
                "",
                canonical=False,
                noindex=True,
                data=jsonld.web_page(self.config, "Page not found", "404.html", collection=False),
            ),
            suggestions=tuple(Link(n.url, n.text) for n in chrome(self.config).nav),
        )
        return PagePlan("404.html", "404.html", view)

    def search(self) -> PagePlan:
        from briefkit.search import bundle_url

        config = self.config
        view = SearchView(
            page=self.page(
                "Search",
                SEARCH_PATH,
                "search",
                "Search the briefings by word, actor, sanction or tag.",
                data=jsonld.web_page(config, "Search", SEARCH_PATH, collection=False),
            ),
            bundle_url=bundle_url(config),
            script_url=config.url("static/search.js"),
            indexes=(
                Link(config.url("briefings/"), "All briefings"),
                Link(config.url("actors/"), "Actors"),
                Link(config.url("sanctions/"), "Sanctions"),
                Link(config.url("tags/"), "Tags"),
                Link(config.url("timeline/"), "Timeline"),
            ),
        )
        return PagePlan(f"{SEARCH_PATH}index.html", "search.html", view)
