"""Fetching an article page (or a feed) over HTTP, for `briefkit import URL` and `--feed`.

The standard library's urllib does all this needs — redirects, a timeout, the response's
charset — so no HTTP library is added for it. What it does not do is bound the work: a server
may answer slowly or send gigabytes, so the body is read in chunks against a size cap and an
overall deadline. Every way a fetch can fail becomes one `ImportProblem` saying what went wrong
at which address, with a hint; nothing is written for it.
"""

from __future__ import annotations

import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from dataclasses import dataclass
from email.message import Message
from http.client import HTTPMessage
from typing import Any

from briefkit import __version__
from briefkit.importer.article import ImportProblem

TIMEOUT = 20.0  # seconds, for the whole fetch
MAX_BYTES = 10_000_000  # a news page is well under 2 MB; a feed under 5
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/xml",
    "text/xml",
    "application/rdf+xml",
    "application/feed+json",
    "text/plain",
)
_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # the address the answer came from, after redirects
    body: bytes
    content_type: str  # "text/html", lower case, without parameters
    charset: str | None  # what the server said the body is encoded in


def fetch(
    url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES, accept: tuple[str, ...] = HTML_TYPES
) -> Fetched:
    """The body at `url` (redirects followed); `ImportProblem` when it is not one of `accept`."""
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": f"briefkit/{__version__} (article import)",
            "Accept": ", ".join(accept) + ", */*;q=0.1",
            # Pages compress five- to tenfold; urllib does not decode, `_decoded` does.
            "Accept-Encoding": "gzip, deflate",
        },
    )
    deadline = time.monotonic() + timeout
    opener = urllib.request.build_opener(_WebRedirects())
    try:
        with opener.open(request, timeout=timeout) as response:
            final = response.geturl()
            headers: Message = response.headers
            body = _decoded(_read(response, url, deadline, timeout, max_bytes), headers, max_bytes)
    except urllib.error.HTTPError as exc:
        target = exc.headers.get("Location") if exc.headers else None
        if 300 <= exc.code < 400 and target:  # urllib refuses a redirect to file: and the like itself
            raise _bad_redirect(target) from None
        raise ImportProblem(f"the server answered {exc.code} {exc.reason}", _status_hint(exc.code)) from None
    except urllib.error.URLError as exc:
        raise _network_problem(exc.reason, timeout) from None
    except TimeoutError:
        raise _timed_out(timeout) from None
    except (ConnectionError, ssl.SSLError, OSError) as exc:
        raise _network_problem(exc, timeout) from None
    content_type = (headers.get_content_type() or "").lower() if headers.get("Content-Type") else ""
    charset = headers.get_content_charset()
    if content_type and content_type not in accept:
        what = "an HTML page" if accept == HTML_TYPES else "a feed"
        raise ImportProblem(
            f"not {what}: the server sent {content_type}",
            "give the address of the article's web page"
            if accept == HTML_TYPES
            else "give the address of the RSS or Atom feed",
        )
    return Fetched(url=final, body=body, content_type=content_type, charset=charset)


class _WebRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects followed (urllib's limit of 10), but only to http(s): never to ftp: or file:."""

    def redirect_request(
        self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: HTTPMessage, newurl: str
    ) -> urllib.request.Request | None:
        if urllib.parse.urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise _bad_redirect(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _read(response: Any, url: str, deadline: float, timeout: float, max_bytes: int) -> bytes:
    length = response.headers.get("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise _too_large(max_bytes)
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise _timed_out(timeout)
        chunk = response.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise _too_large(max_bytes)
        chunks.append(chunk)


def _decoded(body: bytes, headers: Message, max_bytes: int) -> bytes:
    """The body without its Content-Encoding (gzip or deflate, what the request accepts, and what
    some servers send unasked), itself held to `max_bytes`: a small compressed answer may
    unpack to gigabytes."""
    coding = (headers.get("Content-Encoding") or "identity").strip().lower()
    if coding in ("identity", ""):
        return body
    if coding not in ("gzip", "x-gzip", "deflate"):
        raise ImportProblem(
            f"the server sent the answer encoded as {coding!r}, which briefkit does not read",
            "save the page from a browser and import the saved file",
        )
    # gzip's header (wbits 16+), or deflate as servers send it: zlib-wrapped, or raw (-15)
    for wbits in (16 + zlib.MAX_WBITS,) if coding != "deflate" else (zlib.MAX_WBITS, -zlib.MAX_WBITS):
        unpack = zlib.decompressobj(wbits)
        try:
            data = unpack.decompress(body, max_bytes + 1)
        except zlib.error:
            continue
        if len(data) > max_bytes or unpack.unconsumed_tail:
            raise _too_large(max_bytes)
        return data
    raise ImportProblem(
        f"the server's {coding} answer could not be unpacked: it is damaged",
        "try again; if it persists, save the page from a browser and import the saved file",
    )


def _bad_redirect(target: str) -> ImportProblem:
    return ImportProblem(
        f"the server redirects to {target!r}, which is not a web page",
        "open the address in a browser, save the page it shows and import the file",
    )


def _too_large(max_bytes: int) -> ImportProblem:
    return ImportProblem(
        f"the answer is larger than {max_bytes:,} bytes: not read",
        "an article page is far smaller; save the page and import the file, or raise --max-size",
    )


def _timed_out(timeout: float) -> ImportProblem:
    return ImportProblem(
        f"no complete answer within {timeout:g} s", "the server is slow or down: try again later, or raise --timeout"
    )


def _network_problem(reason: object, timeout: float) -> ImportProblem:
    if isinstance(reason, TimeoutError):
        return _timed_out(timeout)
    if isinstance(reason, ConnectionRefusedError):
        return ImportProblem(
            "connection refused: nothing answers at that address",
            "check the address and port, or whether the site is up",
        )
    if isinstance(reason, socket.gaierror):
        return ImportProblem("host not found", "check the spelling of the address and your network connection")
    if isinstance(reason, ssl.SSLError):
        return ImportProblem(
            f"the secure connection failed ({getattr(reason, 'reason', None) or reason})",
            "the site's certificate could not be verified; save the page and import the file",
        )
    text = getattr(reason, "strerror", None) or str(reason)
    return ImportProblem(f"could not fetch the page ({text})", "check the address and your network connection")


def _status_hint(code: int) -> str:
    if code == 404 or code == 410:
        return "check the address: the page is not (or no longer) there"
    if code in (401, 403):
        return "the site refuses automated readers or needs a log-in: save the page in a browser and import the file"
    if code >= 500:
        return "the site has a problem: try again later"
    return "open the address in a browser to see what it answers"
