"""The view objects templates see: display strings and root-relative URLs, already computed.

Templates never touch the model, so a site's template override cannot depend on internals
that change, and every URL passes through `SiteConfig.url()` in one place (the pages stage):
a sub-path `base_url` is then honoured everywhere by construction.

Views are slotted dataclasses but not frozen: they are made for one render and only read,
and a frozen dataclass costs twice as much to define, which every build pays at start-up
(~6 ms for these 32 classes, 2% of an edit's rebuild).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from markupsafe import Markup

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(slots=True)
class DateView:
    """`iso` goes in `<time datetime>`; `text` is what a reader sees."""

    iso: str
    text: str


def day_text(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def date_view(value: datetime | date, *, date_only: bool = False, timezone: str = "UTC") -> DateView:
    """'20 February 2024' for a day; '20 February 2024, 21:48 UTC' for an instant (site timezone)."""
    if not isinstance(value, datetime):
        return DateView(value.isoformat(), day_text(value))
    if date_only:
        # A bare date is midnight in the site timezone: its calendar day is the day written.
        return DateView(value.date().isoformat(), day_text(value.date()))
    try:
        local = value.astimezone(ZoneInfo(timezone))
    except Exception:  # an unknown zone is config's diagnostic, not a crash here
        local = value
    zone = local.tzname() or local.strftime("%z")
    return DateView(value.isoformat(), f"{day_text(local.date())}, {local:%H:%M} {zone}")


@dataclass(slots=True)
class Link:
    url: str
    text: str


@dataclass(slots=True)
class CountedLink:
    url: str
    text: str
    count: int


@dataclass(slots=True)
class NavItem:
    url: str
    text: str
    section: str


@dataclass(slots=True)
class Chrome:
    """What every page shares: site name, stylesheet, navigation."""

    title: str
    description: str
    language: str
    home_url: str
    style_url: str
    nav: tuple[NavItem, ...]
    feed_url: str = ""  # the site's Atom feed (root-relative)
    search_url: str | None = None  # None when the site has search turned off


@dataclass(slots=True)
class PageInfo:
    """Per-page head data. `canonical` is absolute (None for pages served anywhere, like 404)."""

    title: str  # the <title> prefix; None-like "" means the site title alone
    description: str
    url: str  # root-relative
    canonical: str | None
    section: str  # which nav item is current
    site_path: str  # e.g. "briefings/x/" (for features added later: feeds, JSON-LD)
    kind: str = "website"  # OpenGraph type: "article" for briefings, "profile" for actors
    noindex: bool = False
    feeds: tuple[Link, ...] = ()  # Atom feeds to advertise: the site's, then the page's own
    meta: tuple[Any, ...] = ()  # OpenGraph / Twitter `jsonld.MetaTag`s
    jsonld: str = ""  # JSON-LD text, already safe inside <script> (see jsonld.script_text)
    modified: str | None = None  # ISO date of the newest content shown (sitemap lastmod)


@dataclass(slots=True)
class BriefingCard:
    """A briefing in a list."""

    id: str
    url: str
    title: str
    summary: str
    date: DateView
    draft: bool = False


@dataclass(slots=True)
class FigureView:
    caption: str
    credit: str
    src: str | None = None  # None: caption and credit only (not cleared for reuse)
    alt: str = ""
    license: str | None = None
    source_url: str | None = None


@dataclass(slots=True)
class SourceView:
    publisher: str | None
    headline: str | None
    authors: tuple[str, ...]
    published: DateView | None
    url: str | None
    standfirst: str | None


@dataclass(slots=True)
class ActorRefView:
    url: str
    name: str
    kind: str
    role: str | None
    note: str | None
    listed_under: tuple[str, ...] = ()  # the titles of the measures listing this actor (its designations)


@dataclass(slots=True)
class SanctionRefView:
    url: str
    title: str
    symbol: str | None
    provision_label: str | None
    provision_url: str | None
    note: str | None


@dataclass(slots=True)
class BodyPart:
    """A stretch of a briefing's body; `notes` go beside it (a top-level block where annotated
    actors or sanctions are first linked), in the order they are linked."""

    html: Markup
    notes: tuple[ActorRefView | SanctionRefView, ...] = ()


@dataclass(slots=True)
class TocEntry:
    level: int
    text: str
    anchor: str


@dataclass(slots=True)
class BriefingView:
    page: PageInfo
    id: str
    title: str
    summary: str
    date: DateView
    updated: DateView | None
    draft: bool
    authors: tuple[str, ...]
    source: SourceView | None
    figures: tuple[FigureView, ...]
    body: Markup
    toc: tuple[TocEntry, ...]
    actors: tuple[ActorRefView, ...]
    sanctions: tuple[SanctionRefView, ...]
    tags: tuple[Link, ...]
    related: tuple[BriefingCard, ...]
    previous: BriefingCard | None
    next: BriefingCard | None
    # the body again, cut where margin notes go (`body` stays whole for templates that show it as one)
    body_parts: tuple[BodyPart, ...] = ()


@dataclass(slots=True)
class HomeView:
    page: PageInfo
    latest: tuple[BriefingCard, ...]
    actors: tuple[CountedLink, ...]
    tags: tuple[CountedLink, ...]
    all_briefings_url: str
    total: int


@dataclass(slots=True)
class ListView:
    """A titled list of briefings: the briefings index, a tag page."""

    page: PageInfo
    heading: str
    intro: str | None
    briefings: tuple[BriefingCard, ...]


@dataclass(slots=True)
class EntryCard:
    """An actor or sanction in an index."""

    url: str
    title: str
    detail: str | None
    summary: str | None
    count: int


@dataclass(slots=True)
class EntryGroup:
    heading: str
    entries: tuple[EntryCard, ...]


@dataclass(slots=True)
class IndexView:
    page: PageInfo
    heading: str
    intro: str
    groups: tuple[EntryGroup, ...]


@dataclass(slots=True)
class Appearance:
    """A briefing on an actor's page, with the actor's role in it."""

    briefing: BriefingCard
    role: str | None
    note: str | None


@dataclass(slots=True)
class ActorView:
    page: PageInfo
    id: str
    name: str
    kind: str
    summary: str | None
    role: str | None
    country: str | None
    aliases: tuple[str, ...]
    external: tuple[Link, ...]  # linked identifiers
    external_text: tuple[str, ...]  # identifiers with no known URL, shown as text
    profile: Markup
    appearances: tuple[Appearance, ...]
    co_actors: tuple[CountedLink, ...]
    sanctions: tuple[CountedLink, ...]
    network: Markup = Markup("")  # inline SVG of the actors it appears with (charts.ego_network)
    listed_under: tuple[Any, ...] = ()  # designations.Listing: the measures listing this actor
    country_name: str | None = None  # the country's English short name (countries.name)
    country_url: str | None = None  # the country's actor page, when the registry has it


@dataclass(slots=True)
class Citation:
    briefing: BriefingCard
    note: str | None


@dataclass(slots=True)
class ProvisionView:
    key: str
    anchor: str
    label: str
    summary: str | None
    citations: tuple[Citation, ...]


@dataclass(slots=True)
class SanctionView:
    page: PageInfo
    id: str
    title: str
    symbol: str | None
    issuer: str
    adopted: DateView | None
    url: str | None
    regime: str | None
    summary: str | None
    aliases: tuple[str, ...]
    explainer: Markup
    provisions: tuple[ProvisionView, ...]
    general: tuple[Citation, ...]  # citations of the instrument as a whole
    briefing_count: int
    designated: tuple[Any, ...] = ()  # designations.Listing: the actors this measure lists


@dataclass(slots=True)
class TagsView:
    page: PageInfo
    tags: tuple[CountedLink, ...]


@dataclass(slots=True)
class MonthGroup:
    anchor: str
    heading: str
    briefings: tuple[BriefingCard, ...]


@dataclass(slots=True)
class YearGroup:
    anchor: str
    year: int
    count: int
    months: tuple[MonthGroup, ...]


@dataclass(slots=True)
class MonthCount:
    """A row of the timeline chart's table: a month and its briefings (anchor None when empty)."""

    label: str
    count: int
    anchor: str | None


@dataclass(slots=True)
class TimelineView:
    page: PageInfo
    years: tuple[YearGroup, ...]
    chart: Markup = Markup("")  # inline SVG: briefings per month (charts.month_bars)
    per_month: tuple[MonthCount, ...] = ()  # the chart's data as a table


@dataclass(slots=True)
class SearchView:
    page: PageInfo
    bundle_url: str  # root-relative folder of the Pagefind bundle, ends with "/"
    script_url: str  # the theme's static/search.js, which starts Pagefind's UI
    indexes: tuple[Link, ...]  # where to browse without JavaScript


@dataclass(slots=True)
class CreditView:
    figure: FigureView
    briefing: BriefingCard


@dataclass(slots=True)
class CreditsView:
    page: PageInfo
    credits: tuple[CreditView, ...]


@dataclass(slots=True)
class NotFoundView:
    page: PageInfo
    suggestions: tuple[Link, ...] = field(default=())
