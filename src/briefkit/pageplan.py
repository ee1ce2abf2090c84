"""What every page plan is made of: the plan itself, the chrome all pages share, and the planner's
shared pieces (head data, cards, figures, links) with the small caches the page kinds reuse."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from markupsafe import Markup

from briefkit import jsonld
from briefkit.assemble import Site
from briefkit.config import SiteConfig
from briefkit.feeds import FEED_FILE, feed_path, feed_paths
from briefkit.model import ActorKind, Briefing, Image
from briefkit.urls import actor_path, briefing_path, sanction_path
from briefkit.views import (
    BriefingCard,
    Chrome,
    CountedLink,
    FigureView,
    Link,
    NavItem,
    PageInfo,
    date_view,
)

SEARCH_PATH = "search/"
KIND_LABEL = {ActorKind.PERSON: "Person", ActorKind.ORGANISATION: "Organisation", ActorKind.STATE: "State"}


@dataclass(frozen=True)
class PagePlan:
    path: str  # output file: "briefings/x/index.html", "index.html", "404.html"
    template: str
    view: Any


def chrome(config: SiteConfig) -> Chrome:
    """The parts every page shares; the renderer passes it to templates as `site`."""
    nav: tuple[NavItem, ...] = (
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


def is_web(url: str | None) -> bool:
    return bool(url) and url.lower().startswith(("http://", "https://"))  # type: ignore[union-attr]


def body_markup(site: Site, doc_id: str) -> Markup:
    body = site.bodies.get(doc_id)
    return Markup(getattr(body, "html", "") or "")


class PlanBase:
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
            config,
            title=title or config.title,
            description=social_description,
            url=absolute,
            og_type=kind,
            image=jsonld.image_url(config, image.src) if image else None,
            image_alt=image.alt if image else None,
            published=published,
            modified=modified,
            tags=tags,
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
                id=b.id,
                url=self.url(briefing_path(b.id)),
                title=b.title,
                summary=b.summary,
                date=self.date(b),
                draft=b.draft,
            )
        return self._cards[bid]

    def figure(self, image: Image) -> FigureView:
        src = image.src
        if src and not is_web(src):
            # Local images are paths relative to content/, published at the same site path.
            src = self.config.url(src.removeprefix("./"))
        return FigureView(
            caption=image.caption,
            credit=image.credit,
            src=src or None,
            alt=image.alt or "",
            license=image.license,
            source_url=image.source_url if is_web(image.source_url) else None,
        )

    def actor_link(self, actor_id: str, count: int) -> CountedLink:
        return CountedLink(self.actor_url(actor_id), self.content.actors[actor_id].name, count)

    def sanction_link(self, sanction_id: str, count: int) -> CountedLink:
        s = self.content.sanctions[sanction_id]
        return CountedLink(self.config.url(sanction_path(s.id)), s.title, count)
