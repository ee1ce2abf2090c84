"""Page plans: which files the site holds, which template renders each, and its view.

This is the only stage that turns the model into display strings and URLs (see `views`);
the order of the plan list is fixed (home, briefings, actors, sanctions, tags, timeline,
credits, 404; entries by id) so output and manifests are stable from build to build.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

from markupsafe import Markup

from briefkit import charts, countries, designations, jsonld
from briefkit.assemble import Site
from briefkit.config import SiteConfig
from briefkit.feeds import FEED_FILE, feed_path, feed_paths
from briefkit.model import Actor, ActorKind, Briefing, Image, Sanction
from briefkit.urls import actor_path, briefing_path, provision_anchor, sanction_path, tag_path
from briefkit.views import (
    MONTHS,
    ActorRefView,
    ActorView,
    Appearance,
    BriefingCard,
    BriefingView,
    Chrome,
    Citation,
    CountedLink,
    CreditsView,
    CreditView,
    EntryCard,
    EntryGroup,
    FigureView,
    HomeView,
    IndexView,
    Link,
    ListView,
    MonthCount,
    MonthGroup,
    NavItem,
    NotFoundView,
    PageInfo,
    ProvisionView,
    SanctionRefView,
    SanctionView,
    SearchView,
    SourceView,
    TagsView,
    TimelineView,
    TocEntry,
    YearGroup,
    date_view,
)

HOME_LATEST = 10
HOME_ACTORS = 10
HOME_TAGS = 20

KIND_LABEL = {ActorKind.PERSON: "Person", ActorKind.ORGANISATION: "Organisation", ActorKind.STATE: "State"}
KIND_GROUP = {ActorKind.PERSON: "People", ActorKind.ORGANISATION: "Organisations", ActorKind.STATE: "States"}

# Known external identifier schemes: (label, URL pattern), shared with the JSON-LD `sameAs`.
EXTERNAL_IDS = jsonld.EXTERNAL_IDS
SEARCH_PATH = "search/"
# Every template a plan names, compiled once before the build forks its workers.
PAGE_TEMPLATES = ("home.html", "list.html", "briefing.html", "index_groups.html", "actor.html", "sanction.html",
                  "tags.html", "search.html", "timeline.html", "credits.html", "404.html")


@dataclass(frozen=True)
class PagePlan:
    path: str  # output file: "briefings/x/index.html", "index.html", "404.html"
    template: str
    view: Any


def chrome(config: SiteConfig) -> Chrome:
    """The parts every page shares; the renderer passes it to templates as `site`."""
    nav = (
        NavItem(config.url("briefings/"), "Briefings", "briefings"),
        NavItem(config.url("actors/"), "Actors", "actors"),
        NavItem(config.url("sanctions/"), "Sanctions", "sanctions"),
        NavItem(config.url("tags/"), "Tags", "tags"),
        NavItem(config.url("timeline/"), "Timeline", "timeline"),
        NavItem(config.url("credits/"), "Credits", "credits"),
    )
    if config.search:
        nav += (NavItem(config.url(SEARCH_PATH), "Search", "search"),)
    return Chrome(
        title=config.title,
        description=config.description,
        language=config.language,
        home_url=config.url(),
        style_url=config.url("static/style.css"),
        nav=nav,
        feed_url=config.url(FEED_FILE),
        search_url=config.url(SEARCH_PATH) if config.search else None,
    )


def _is_web(url: str | None) -> bool:
    return bool(url) and url.lower().startswith(("http://", "https://"))  # type: ignore[union-attr]


def _markup(site: Site, doc_id: str) -> Markup:
    body = site.bodies.get(doc_id)
    return Markup(getattr(body, "html", "") or "")


class _Planner:
    """Holds the site and the small caches the views share (cards are built once per briefing)."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.config = site.config
        self.content = site.content
        self._cards: dict[str, BriefingCard] = {}
        self._actor_urls: dict[str, str] = {}
        self._base = site.config.base_path  # `config.url` parses base_url on every call
        self.feed_pages = feed_paths(site)
        self._states: dict[str, str] | None = None  # countries.states, built on first use

    def url(self, site_path: str = "") -> str:
        """`SiteConfig.url`, with the base path parsed once."""
        return self._base + site_path.lstrip("/")

    def actor_url(self, actor_id: str) -> str:
        """An actor page's URL, made once: co-actor lists and networks name the same actors often."""
        url = self._actor_urls.get(actor_id)
        if url is None:
            url = self._actor_urls[actor_id] = self.url(actor_path(actor_id))
        return url

    # --- shared pieces -------------------------------------------------------------------

    def page(
        self,
        title: str,
        site_path: str,
        section: str,
        description: str = "",
        *,
        data: dict[str, Any] | None = None,
        modified: datetime | None = None,
        image: Image | None = None,
        published: datetime | None = None,
        tags: tuple[str, ...] = (),
        canonical: bool = True,
        **kw: Any,
    ) -> PageInfo:
        """Head data of a page: canonical URL, feeds, OpenGraph/Twitter tags and JSON-LD."""
        config = self.config
        description = description or config.description
        kind = kw.get("kind", "website")
        feeds = [Link(config.url(FEED_FILE), f"{config.title} (all briefings)")]
        if site_path and site_path in self.feed_pages:
            feeds.append(Link(config.url(feed_path(site_path)), f"{title or config.title}: briefings"))
        if data is None:
            data = jsonld.web_page(config, title or config.title, site_path, description=description)
        absolute = config.abs_url(site_path)
        # Link previews need some description: a page without one (no site description either)
        # says what it is and where.
        social_description = description or (f"{title} · {config.title}" if title else config.title)
        meta = jsonld.social_tags(
            config, title=title or config.title, description=social_description, url=absolute, og_type=kind,
            image=jsonld.image_url(config, image.src) if image else None,
            image_alt=image.alt if image else None,
            published=published, modified=modified, tags=tags,
        )
        return PageInfo(
            title=title,
            description=description,
            url=self.url(site_path),
            canonical=absolute if canonical else None,
            section=section,
            site_path=site_path,
            feeds=tuple(feeds),
            meta=meta,
            jsonld=jsonld.script_text(data),
            modified=modified.isoformat() if modified else None,
            **kw,
        )

    def newest(self, bids: Iterable[str]) -> datetime | None:
        """The latest change (updated, else date) among briefings: a page's lastmod."""
        dates = [self.content.briefings[b].updated or self.content.briefings[b].date for b in bids]
        return max(dates, key=lambda d: d.timestamp(), default=None)

    def date(self, b: Briefing) -> Any:
        return date_view(b.date, date_only=b.date_only, timezone=self.config.timezone)

    def local_month(self, b: Briefing) -> tuple[int, int]:
        """The (year, month) a reader sees on the briefing's date (site timezone)."""
        d = b.date
        if not b.date_only:
            try:
                d = d.astimezone(ZoneInfo(self.config.timezone))
            except Exception:
                pass
        return d.year, d.month

    def card(self, bid: str) -> BriefingCard:
        if bid not in self._cards:
            b = self.content.briefings[bid]
            self._cards[bid] = BriefingCard(
                id=b.id, url=self.url(briefing_path(b.id)), title=b.title,
                summary=b.summary, date=self.date(b), draft=b.draft,
            )
        return self._cards[bid]

    def figure(self, image: Image) -> FigureView:
        src = image.src
        if src and not _is_web(src):
            # Local images are paths relative to content/, published at the same site path.
            src = self.config.url(src.removeprefix("./"))
        return FigureView(
            caption=image.caption, credit=image.credit, src=src or None, alt=image.alt or "",
            license=image.license, source_url=image.source_url if _is_web(image.source_url) else None,
        )

    def actor_link(self, actor_id: str, count: int) -> CountedLink:
        return CountedLink(self.actor_url(actor_id), self.content.actors[actor_id].name, count)

    def sanction_link(self, sanction_id: str, count: int) -> CountedLink:
        s = self.content.sanctions[sanction_id]
        return CountedLink(self.config.url(sanction_path(s.id)), s.title, count)

    # --- pages ---------------------------------------------------------------------------

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
                publisher=s.publisher, headline=s.headline, authors=s.authors,
                published=date_view(s.published, timezone=config.timezone) if s.published else None,
                url=s.url if _is_web(s.url) else None, standfirst=s.standfirst,
            )
        actors = tuple(
            ActorRefView(
                url=self.actor_url(r.id), name=content.actors[r.id].name,
                kind=KIND_LABEL[content.actors[r.id].kind], role=r.role, note=r.note,
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
                    url=url, title=sanction.title,
                    # "Executive Order 13687" as title and symbol would read twice.
                    symbol=sanction.symbol if sanction.symbol and sanction.symbol not in sanction.title else None,
                    provision_label=provision.label if provision else None,
                    provision_url=f"{url}#{provision_anchor(provision.key)}" if provision else None,
                    note=r.note,
                )
            )
        tags = tuple(
            Link(config.url(tag_path(slug)), site.tags[slug].name if slug in site.tags else slug)
            for slug in site.briefing_tags.get(bid, ())
        )
        prev_id, next_id = site.previous.get(bid), site.next.get(bid)
        view = BriefingView(
            page=self.page(
                b.title, briefing_path(bid), "briefings", b.summary, kind="article", noindex=b.draft,
                data=jsonld.news_article(config, b, content.actors, content.sanctions, [t.text for t in tags]),
                modified=b.updated or b.date, published=b.date, tags=tuple(t.text for t in tags),
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
            body=_markup(site, bid),
            toc=tuple(
                TocEntry(h.level, h.text, h.anchor) for h in (getattr(body, "toc", ()) or ())
            ),
            actors=actors,
            sanctions=tuple(sanctions),
            tags=tags,
            related=tuple(self.card(r) for r in site.related.get(bid, ())),
            previous=self.card(prev_id) if prev_id else None,
            next=self.card(next_id) if next_id else None,
        )
        return PagePlan(f"{briefing_path(bid)}index.html", "briefing.html", view)

    def actors_index(self) -> PagePlan:
        groups = []
        for kind in ActorKind:
            members = sorted(
                (a for a in self.content.actors.values() if a.kind == kind),
                key=lambda a: (a.name.casefold(), a.id),
            )
            if members:
                groups.append(EntryGroup(KIND_GROUP[kind], tuple(self.actor_card(a) for a in members)))
        view = IndexView(
            page=self.page("Actors", "actors/", "actors", modified=self.newest(self.site.briefings)),
            heading="Actors",
            intro="People, organisations and states named in the briefings.",
            groups=tuple(groups),
        )
        return PagePlan("actors/index.html", "index_groups.html", view)

    def actor_card(self, a: Actor) -> EntryCard:
        return EntryCard(
            url=self.actor_url(a.id), title=a.name, detail=a.role, summary=a.summary,
            count=self.site.citation_count(a.id),
        )

    def actor(self, a: Actor) -> PagePlan:
        site = self.site
        external: list[Link] = []
        external_text: list[str] = []
        for scheme, value in a.ids:
            label, pattern = EXTERNAL_IDS.get(scheme, (scheme.replace("_", " ").capitalize(), ""))
            url = pattern.format(value) if pattern else (value if _is_web(value) else "")
            if _is_web(url):
                external.append(Link(url, f"{label}: {value}" if scheme != "website" else value))
            else:
                external_text.append(f"{label}: {value}")
        backlinks = site.actor_backlinks.get(a.id, ())
        view = ActorView(
            page=self.page(a.name, actor_path(a.id), "actors", a.summary or "", kind=jsonld.OG_TYPE_PROFILE,
                           data=jsonld.actor_page(self.config, a),
                           modified=self.newest(bl.briefing for bl in backlinks)),
            id=a.id,
            name=a.name,
            kind=KIND_LABEL[a.kind],
            summary=a.summary,
            role=a.role,
            country=a.country,
            aliases=a.aliases,
            external=tuple(external),
            external_text=tuple(external_text),
            profile=_markup(site, a.id),
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
        view = IndexView(
            page=self.page("Sanctions", "sanctions/", "sanctions", modified=self.newest(self.site.briefings)),
            heading="Sanctions",
            intro="Sanctions instruments cited by the briefings, by issuer.",
            groups=tuple(groups),
        )
        return PagePlan("sanctions/index.html", "index_groups.html", view)

    def sanction_card(self, s: Sanction) -> EntryCard:
        count = len({bl.briefing for bl in self.site.sanction_backlinks.get(s.id, ())})
        return EntryCard(
            url=self.config.url(sanction_path(s.id)), title=s.title, detail=s.symbol, summary=s.summary,
            count=count,
        )

    def sanction(self, s: Sanction) -> PagePlan:
        backlinks = self.site.sanction_backlinks.get(s.id, ())
        by_provision: dict[str | None, list[Citation]] = defaultdict(list)
        for bl in backlinks:
            key = bl.provision if bl.provision and s.provision(bl.provision) else None
            by_provision[key].append(Citation(self.card(bl.briefing), bl.note))
        view = SanctionView(
            page=self.page(s.title, sanction_path(s.id), "sanctions", s.summary or "",
                           data=jsonld.sanction_page(self.config, s),
                           modified=self.newest(bl.briefing for bl in backlinks)),
            id=s.id,
            title=s.title,
            symbol=s.symbol,
            issuer=s.issuer,
            adopted=date_view(s.adopted) if s.adopted else None,
            url=s.url if _is_web(s.url) else None,
            regime=s.regime,
            summary=s.summary,
            aliases=s.aliases,
            explainer=_markup(self.site, s.id),
            provisions=tuple(
                ProvisionView(p.key, provision_anchor(p.key), p.label, p.summary, tuple(by_provision.get(p.key, ())))
                for p in s.provisions
            ),
            general=tuple(by_provision.get(None, ())),
            briefing_count=len({bl.briefing for bl in backlinks}),
            designated=designations.designated(self.content, s.id, self.actor_url),
        )
        return PagePlan(f"{sanction_path(s.id)}index.html", "sanction.html", view)

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
            page=self.page(f"Tag: {t.name}", tag_path(slug), "tags", f"Briefings tagged “{t.name}”.",
                           modified=self.newest(t.briefings)),
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
                        MonthGroup(f"m{y}-{m:02d}", f"{MONTHS[m - 1]} {y}", tuple(cards))
                        for m, cards in months.items()
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
        view = CreditsView(page=self.page("Image credits", "credits/", "credits", modified=self.newest(with_images)),
                           credits=credits)
        return PagePlan("credits/index.html", "credits.html", view)

    def not_found(self) -> PagePlan:
        view = NotFoundView(
            page=self.page("Page not found", "404.html", "", canonical=False, noindex=True,
                           data=jsonld.web_page(self.config, "Page not found", "404.html", collection=False)),
            suggestions=tuple(Link(n.url, n.text) for n in chrome(self.config).nav),
        )
        return PagePlan("404.html", "404.html", view)

    def search(self) -> PagePlan:
        from briefkit.search import bundle_url

        config = self.config
        view = SearchView(
            page=self.page("Search", SEARCH_PATH, "search", "Search the briefings by word, actor, sanction or tag.",
                           data=jsonld.web_page(config, "Search", SEARCH_PATH, collection=False)),
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


def page_tasks(site: Site) -> list[Callable[[], PagePlan]]:
    """Every page of the site, in a fixed order, as a function that plans it when called.

    Planning is a third of an edit build's work, and each page's plan is independent of the
    others': the build calls these in forked workers, each worker planning, digesting and
    rendering its share, instead of planning every page in one process first.
    """
    return _tasks(_Planner(site))


def _tasks(p: _Planner) -> list[Callable[[], PagePlan]]:
    site = p.site
    tasks: list[Callable[[], PagePlan]] = [p.home, p.briefings_index]
    tasks += [partial(p.briefing, bid) for bid in sorted(site.briefings)]
    tasks.append(p.actors_index)
    tasks += [partial(p.actor, site.content.actors[a]) for a in sorted(site.content.actors)]
    tasks.append(p.sanctions_index)
    tasks += [partial(p.sanction, site.content.sanctions[s]) for s in sorted(site.content.sanctions)]
    tasks.append(p.tags_index)
    tasks += [partial(p.tag, slug) for slug in sorted(site.tags)]
    if site.config.search:
        tasks.append(p.search)
    tasks += [p.timeline, p.credits, p.not_found]
    return tasks


def plan_pages(site: Site) -> list[PagePlan]:
    """Every page of the site, in a fixed order."""
    return [task() for task in page_tasks(site)]


def sitemap_entry(plan: PagePlan) -> Any:
    """The page's sitemap entry (`sitemap.SitemapEntry`), or None for a page search engines may not index."""
    from briefkit.sitemap import SitemapEntry

    page = plan.view.page
    return SitemapEntry(page.canonical, page.modified) if page.canonical and not page.noindex else None
