"""Addresses found on a page, made absolute `http(s)` URLs or refused.

Pages write addresses for a browser that knows where it is: `//host/x` (the page's own
scheme), `/news/x` (the page's host), `x.jpg` (beside the page), sometimes percent-encoded
whole (`https%3A%2F%2F…`, from a CMS that quoted a link it stored). A briefing is read away
from that page, so every address it keeps must stand on its own; what cannot be made so
(no base to resolve against, `javascript:`, `data:`, `mailto:`) is refused, and the caller
says so in a note.
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote, urljoin, urlsplit, urlunsplit

from briefkit.importer.lazyre import compile_later

WEB_SCHEMES = ("http", "https")
# A whole address percent-encoded once or twice: "https%3A%2F%2F", "https%253A%252F%252F"
_ENCODED_ABSOLUTE = compile_later(r"^https?%(?:25)?3A%(?:25)?2F", re.I)
_SCHEME = compile_later(r"^([A-Za-z][A-Za-z0-9+.-]*):")
# What may stand unquoted in a URL (RFC 3986 reserved + unreserved, and "%" of escapes made already)
_SAFE = "/:?#[]@!$&'()*+,;=%~-._"


def is_web_url(value: str | None) -> bool:
    """An absolute http(s) URL with a host: what `check` accepts as a URL."""
    if not value:
        return False
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme in WEB_SCHEMES and bool(parts.hostname)


def absolute_url(value: str | None, base: str | None = None) -> str | None:
    """`value` as an absolute http(s) URL, resolved against `base`; None when it cannot be one."""
    if not value:
        return None
    # as browsers do: tabs, line breaks and control characters inside an address are dropped
    url = re.sub(r"[\x00-\x1f\x7f]", "", value).strip()
    if not url:
        return None
    for _ in range(2):  # once-encoded or twice-encoded, never more: no loop on hostile input
        if _ENCODED_ABSOLUTE.match(url):
            url = unquote(url)
    scheme = _SCHEME.match(url)
    if scheme and scheme.group(1).lower() not in WEB_SCHEMES:
        return None  # javascript:, data:, mailto:, tel:, about:, a Windows drive letter …
    if not scheme and url.startswith("//") and not is_web_url(base):
        url = "https:" + url  # protocol-relative: the host is known, and the web is https now
    elif not scheme:
        if not is_web_url(base):
            return None  # relative, and nothing to resolve it against
        url = urljoin(base or "", url)
    url = _quoted(url)
    return url if is_web_url(url) else None


def page_addresses(canonical: str | None, base_href: str | None, page_url: str | None) -> tuple[str | None, str | None]:
    """The article's own address and the base its relative addresses resolve against.

    The article's address is its canonical link (resolved, since it may be relative), else the
    address it was fetched from; `<base href>` is usually the site's root, never the article's.
    A canonical link that stays relative is kept as found: the writer notes it.
    """
    fetched = page_url if is_web_url(page_url) else None
    base = web_base(base_href, fetched)
    url = absolute_url(canonical, base or fetched) or fetched or canonical
    return url, web_base(base_href, url if is_web_url(url) else None) or (url if is_web_url(url) else None)


def web_base(*candidates: str | None) -> str | None:
    """The first candidate that is an absolute http(s) URL, each resolved against the ones after it.

    A page's `<base href>` or canonical link may itself be relative; it means something only
    against the address the page came from, which comes later in the list.
    """
    for i, cand in enumerate(candidates):
        if not cand:
            continue
        later = next((c for c in candidates[i + 1 :] if is_web_url(c)), None)
        url = absolute_url(cand, later)
        if url:
            return url
    return None


def same_article(a: str, b: str) -> bool:
    """Two addresses of one article: scheme, host case, a trailing slash and the fragment aside."""
    return url_key(a) == url_key(b)


def url_key(url: str) -> str:
    """The form two addresses of one article share (see `same_article`)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    host = (parts.hostname or "").lower().removeprefix("www.")
    port = f":{parts.port}" if _port(parts) else ""
    path = parts.path.rstrip("/") or "/"
    return f"{host}{port}{path}" + (f"?{parts.query}" if parts.query else "")


def _port(parts) -> int | None:
    try:
        return parts.port
    except ValueError:
        return None


def _quoted(url: str) -> str:
    """Spaces and other characters a URL may not hold, percent-encoded; the host as it was."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    return urlunsplit(
        (
            parts.scheme.lower(),
            parts.netloc,
            quote(parts.path, safe=_SAFE),
            quote(parts.query, safe=_SAFE),
            quote(parts.fragment, safe=_SAFE),
        )
    )
