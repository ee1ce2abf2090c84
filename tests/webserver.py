"""A real HTTP server on 127.0.0.1 for the `import URL` and `--feed` tests, and the pages it serves.

Each route answers with a status, headers and a body, or redirects; the pages are written for
these tests. Nothing here reaches beyond the loopback interface.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str | None = "text/html; charset=utf-8"
    location: str | None = None  # a redirect's target
    headers: dict[str, str] = field(default_factory=dict)  # any others, e.g. Content-Encoding


@dataclass
class Site:
    base: str  # "http://127.0.0.1:PORT"
    routes: dict[str, Route] = field(default_factory=dict)
    hits: list[str] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path


@contextmanager
def serving() -> Iterator[Site]:
    site = Site(base="")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the standard library's name
            site.hits.append(self.path)
            route = site.routes.get(self.path)
            if route is None:
                route = Route(b"<html><body><h1>Not here</h1></body></html>", status=404)
            self.send_response(route.status)
            if route.location:
                self.send_header("Location", route.location)
            if route.content_type:
                self.send_header("Content-Type", route.content_type)
            for name, value in route.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            self.wfile.write(route.body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet tests
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@contextmanager
def silent_server() -> Iterator[str]:
    """An address that accepts connections and never answers: a request to it can only time out."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)  # never accepted: the kernel completes the handshake, nobody reads or writes
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        sock.close()


def refused_address() -> str:
    """An address where nothing listens (a port bound and released again)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return f"http://127.0.0.1:{port}/story"


STORY = (
    "The harbour authority of Tolvik closed its northern quay on Monday after inspectors found cracks "
    "in the concrete that holds the cranes. Ships due this week will unload at the southern basin, "
    "which the authority says can take two vessels at a time.",
    "Repairs are expected to last until the spring. The council has set aside money for the work, "
    "and a engineering firm from the coast will begin drilling test cores next week to learn how deep "
    "the damage goes.",
    "Fishing crews, who use the quay at night, said they had been warned of the closure only hours "
    "before it began. The authority apologised and promised a temporary pier for small boats.",
)


def article_page(
    title: str,
    *,
    canonical: str | None = None,
    published: str = "2024-03-05T09:30:00+01:00",
    author: str = "Mira Holm",
    charset_meta: str | None = "utf-8",
    extra_body: str = "",
    paragraphs: tuple[str, ...] = STORY,
) -> str:
    """A news article page in the usual shape: head metadata, a headline, a byline, paragraphs."""
    head = [f"<title>{title} | Tolvik Courier</title>"]
    if charset_meta:
        head.insert(0, f'<meta charset="{charset_meta}">')
    if canonical:
        head.append(f'<link rel="canonical" href="{canonical}">')
    head += [
        f'<meta property="og:title" content="{title}">',
        '<meta property="og:site_name" content="Tolvik Courier">',
        f'<meta property="article:published_time" content="{published}">',
        f'<meta name="author" content="{author}">',
    ]
    paras = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<!doctype html><html lang=en><head>" + "".join(head) + "</head><body>"
        "<nav><a href='/'>Home</a> <a href='/harbour/'>Harbour</a></nav>"
        f"<article><h1>{title}</h1><p class=byline>By {author}</p>{extra_body}{paras}</article>"
        "<footer>© Tolvik Courier</footer></body></html>"
    )


def rss(items: list[tuple[str, str]], *, link: str = "http://127.0.0.1/") -> str:
    entries = "".join(f"<item><title>{t}</title><link>{u}</link></item>" for t, u in items)
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Courier</title>'
        f"<link>{link}</link><description>News</description>{entries}</channel></rss>"
    )


def atom(items: list[tuple[str, str]]) -> str:
    entries = "".join(
        f'<entry><title>{t}</title><link rel="alternate" href="{u}"/><id>{u}</id>'
        "<updated>2024-03-05T09:30:00Z</updated></entry>"
        for t, u in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Courier</title><id>urn:courier</id><updated>2024-03-05T09:30:00Z</updated>"
        f"{entries}</feed>"
    )
