"""Page plans: which files the site holds, which template renders each, and its view.

This is the only stage that turns the model into display strings and URLs (see `views`);
the order of the plan list is fixed (home, briefings, actors, sanctions, tags, timeline,
credits, 404; entries by id) so output and manifests are stable from build to build.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from briefkit.assemble import Site
from briefkit.briefingplans import BriefingPlans
from briefkit.entryplans import EntryPlans
from briefkit.listplans import ListPlans
from briefkit.pageplan import SEARCH_PATH, PagePlan, chrome

__all__ = [
    "PAGE_TEMPLATES",
    "SEARCH_PATH",
    "PagePlan",
    "Planner",
    "chrome",
    "page_tasks",
    "plan_pages",
    "sitemap_entry",
]

# Every template a plan names, compiled once before the build forks its workers.
PAGE_TEMPLATES = (
    "home.html",
    "list.html",
    "briefing.html",
    "index_groups.html",
    "actor.html",
    "sanction.html",
    "tags.html",
    "search.html",
    "timeline.html",
    "credits.html",
    "404.html",
)


class Planner(BriefingPlans, EntryPlans, ListPlans):
    """Plans every kind of page; holds the site and the caches the views share (cards are built once per briefing)."""


def page_tasks(site: Site) -> list[Callable[[], PagePlan]]:
    """Every page of the site, in a fixed order, as a function that plans it when called.

    Planning is a third of an edit build's work, and each page's plan is independent of the
    others': the build calls these in forked workers, each worker planning, digesting and
    rendering its share, instead of planning every page in one process first.
    """
    return ordered_tasks(Planner(site))


def ordered_tasks(p: Planner) -> list[Callable[[], PagePlan]]:
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
