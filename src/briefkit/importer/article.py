"""The intermediate `Article`: what a reader (text dump or HTML page) found in one source.

Readers differ by format; everything after them (annotation, writing) sees only this type, so a
new source format is one new reader. Nothing here knows about the site's registry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

# The note a draft briefing from a page too thin to be an article carries (see `ImportProblem.draft`)
THIN_PAGE_NOTE = (
    "the page's text did not come through (it may show it only with JavaScript): paste the article's text in"
)


class ImportProblem(Exception):
    """A source that cannot become a briefing: the message says what is missing, for the user.

    `draft` is what was read of a page too thin to be an article but dated like one (a page
    that shows its text only with JavaScript leaves its menus and its date in a text dump):
    `import` writes it as a draft briefing, with the message as a warning, for the analyst to
    paste the text into.
    """

    def __init__(self, message: str, hint: str | None = None, *, draft: Article | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.draft = draft


@dataclass(frozen=True, slots=True)
class ArticleImage:
    """A picture the article carried: caption without its credit, the credit verbatim."""

    caption: str
    credit: str
    src: str | None = None
    alt: str | None = None
    license: str | None = None  # a usage note printed with the picture ("For Use Only in …")


@dataclass(frozen=True, slots=True)
class Article:
    title: str
    body: str  # Markdown, boilerplate, captions and credits removed
    summary: str | None = None  # the standfirst, or the body's first sentences when there is none
    standfirst: str | None = None  # only what the page printed as one
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    published: datetime | date | None = None
    url: str | None = None
    images: tuple[ArticleImage, ...] = ()
    # What the reader could not decide, said to the user and left as YAML comments.
    notes: tuple[str, ...] = field(default=())
    # The web links the article's text carried, as (link text, URL): kept for the analyst beside the text.
    links: tuple[tuple[str, str], ...] = ()
    draft: bool = False  # written as a draft: the page's text did not come through
