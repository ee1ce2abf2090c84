"""What the preview adds to every HTML response — at serve time, never in the built files.

One `<script src="/__briefkit__/client.js">` tag goes before `</head>` (or `</body>`, or at
the end). The client script

* shows the build-error overlay: it fetches `/__briefkit__/status` when the page loads, so a
  page opened or reloaded while the build is broken shows the errors at once;
* reloads a page that is older than the last good build: each page says which build it is
  of (a `<meta>` added with the tag), and the server has each page check its status when it
  connects, so a page that was loading while a build finished, and connected only after the
  build's reload went out, catches up;
* registers a livereload.js plugin (livereload.js adopts every `window.LiveReloadPlugin*` it
  finds at start-up, and asks each plugin first on every `reload` command). The server sends
  `reload` with the status path when a build fails: the plugin re-fetches the status and
  draws the overlay instead of reloading the page, so the last good page stays in view;
* then loads livereload.js (vendored in the `livereload` package), pointing it at this
  server through `?host=&port=` because the script does not live at the root path.
* puts a page handed over early by an edit's build (`reload` with the page path) in place
  without reloading, as Eleventy's dev server does: it fetches the page and swaps in its body
  and head (stylesheets and scripts kept), then tells the server (`shown`). A page with a
  script of its own, or whose stylesheets changed, is reloaded instead, as is any page when
  anything fails.

The script is an external file (not inline) so a theme's Content-Security-Policy allowing
`script-src 'self'` still lets it run.
"""

from __future__ import annotations

import re

PREFIX = "/__briefkit__/"
STATUS_PATH = PREFIX + "status"
SEARCH_RELOAD_PATH = PREFIX + "search-index"  # sent when only the search bundle changed
PAGE_RELOAD_PATH = PREFIX + "page"  # sent to the pages an edit's build handed over early
SHOWN_PATH = PREFIX + "shown"  # the client's word that it shows the page handed over
CLIENT_PATH = PREFIX + "client.js"
LIVERELOAD_JS_PATH = PREFIX + "livereload.js"
WEBSOCKET_PATH = "/livereload"  # fixed by livereload.js: ws://host:port/livereload
OVERLAY_ID = "briefkit-error-overlay"

TAG = f'<script src="{CLIENT_PATH}"></script>'.encode()
GENERATION_META = b"briefkit-generation"
_HEAD_END = re.compile(rb"</head\s*>", re.IGNORECASE)
_BODY_END = re.compile(rb"</body\s*>", re.IGNORECASE)


def inject(html: bytes, generation: int | None = None) -> bytes:
    """The page with the client script tag added once, where it runs before the body paints;
    with `generation`, after a `<meta>` naming the build the page is of (see `CLIENT_JS`)."""
    tag = TAG if generation is None else b'<meta name="%s" content="%d">' % (GENERATION_META, generation) + TAG
    for pattern in (_HEAD_END, _BODY_END):
        m = pattern.search(html)
        if m:
            return html[: m.start()] + tag + html[m.start() :]
    return html + tag


CLIENT_JS = r"""
(function () {
  "use strict";
  var STATUS = "%(status)s", SEARCH = "%(search)s", ID = "%(overlay)s";
  var PAGE = "%(page)s", SHOWN = "%(shown)s", PREFIX = "%(prefix)s";
  var shownGeneration = null;

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs) { e.setAttribute(k, attrs[k]); }
    if (text != null) { e.textContent = text; }
    return e;
  }

  function hide() {
    var old = document.getElementById(ID);
    if (old) { old.parentNode.removeChild(old); }
    shownGeneration = null;
  }

  function show(st) {
    if (shownGeneration === st.generation && document.getElementById(ID)) { return; }
    hide();
    var box = el("section", {
      id: ID, role: "alert", "aria-live": "assertive", "aria-labelledby": ID + "-title",
      style: "position:fixed;z-index:2147483647;top:0;left:0;right:0;max-height:70vh;overflow:auto;" +
        "margin:0;padding:1rem 1.25rem;background:#1a1a1a;color:#fff;border-bottom:6px solid #ff4d4d;" +
        "font:15px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;box-shadow:0 4px 24px #000a;" +
        "text-align:left;white-space:normal"
    });
    var title = el("h2", {id: ID + "-title", style: "margin:0 0 .5rem;font-size:1.1rem;color:#ff8080;font-family:inherit"},
      "briefkit: the site did not build — showing the last good version");
    box.appendChild(title);
    var list = el("ul", {style: "list-style:none;margin:0;padding:0"});
    (st.diagnostics || []).forEach(function (d) {
      var li = el("li", {"class": "briefkit-diagnostic", style: "margin:.5rem 0;padding:.5rem;border-left:4px solid " +
        (d.severity === "error" ? "#ff4d4d" : "#ffd24d") + ";background:#000"});
      var head = el("div", {});
      head.appendChild(el("strong", {"class": "briefkit-where", style: "color:#9cdcfe"}, d.where || ""));
      head.appendChild(document.createTextNode((d.where ? " " : "") + d.severity + ": " + d.message));
      li.appendChild(head);
      if (d.hint) { li.appendChild(el("div", {"class": "briefkit-hint", style: "color:#c8e6c9"}, "hint: " + d.hint)); }
      list.appendChild(li);
    });
    box.appendChild(list);
    box.appendChild(el("p", {style: "margin:.5rem 0 0;color:#ccc"},
      "Fix the file and save: this page reloads by itself."));
    var close = el("button", {type: "button", "aria-label": "Hide build errors",
      style: "position:absolute;top:.5rem;right:.75rem;background:#fff;color:#000;border:0;padding:.2rem .6rem;font:inherit;cursor:pointer"}, "×");
    close.addEventListener("click", hide);
    box.appendChild(close);
    (document.body || document.documentElement).appendChild(box);
    shownGeneration = st.generation;
  }

  function generation() {
    var meta = document.querySelector('meta[name="%(generation)s"]');
    return meta ? Number(meta.getAttribute("content")) : null;
  }

  function check() {
    return fetch(STATUS, {cache: "no-store"}).then(function (r) { return r.json(); }).then(function (st) {
      if (st.ok) {
        hide();
        var g = generation();
        if (g !== null && st.generation > g) { location.reload(); }  // a build this page missed
      } else { show(st); }
      return st;
    }).catch(function () {});
  }

  // An executable script of the page's own (not JSON-LD, not the preview's): a swap would not run it.
  function ownScripts(doc) {
    return Array.prototype.filter.call(doc.scripts, function (e) {
      return e.type !== "application/ld+json" && (e.getAttribute("src") || "").indexOf(PREFIX) !== 0;
    }).length;
  }
  function styles(doc) {
    return Array.prototype.map.call(doc.querySelectorAll("link[rel~='stylesheet'], style"),
      function (e) { return e.outerHTML; }).join("\n");
  }
  function kept(e) { return e.matches("link[rel~='stylesheet'], style, script[src]"); }

  function swap() {
    fetch(location.href, {cache: "no-store"}).then(function (r) {
      if (!r.ok) { throw new Error("status " + r.status); }
      return r.text();
    }).then(function (text) {
      var doc = new DOMParser().parseFromString(text, "text/html");
      if (ownScripts(document) || ownScripts(doc) || styles(doc) !== styles(document)) {
        location.reload();
        return;
      }
      var head = document.head;
      Array.prototype.slice.call(head.children).forEach(function (e) { if (!kept(e)) { head.removeChild(e); } });
      Array.prototype.slice.call(doc.head.children).forEach(function (e) {
        if (!kept(e)) { head.appendChild(document.adoptNode(e)); }
      });
      Array.prototype.forEach.call(doc.documentElement.attributes, function (a) {
        document.documentElement.setAttribute(a.name, a.value);
      });
      document.body.replaceWith(document.adoptNode(doc.body));
      fetch(SHOWN + "?url=" + encodeURIComponent(location.href), {cache: "no-store"}).catch(function () {});
      check();
    }).catch(function () { location.reload(); });
  }

  function Plugin(win, host) {}
  Plugin.identifier = "briefkit-status";
  Plugin.version = "1.0";
  Plugin.prototype.reload = function (path, options) {
    if (path === STATUS) { check(); return true; }
    if (path === PAGE) { swap(); return true; }
    if (path === SEARCH) {  // a new search index: only a page that searches reloads
      if (document.querySelector('script[src*="pagefind"]')) { location.reload(); }
      return true;
    }
    return false;
  };
  window.LiveReloadPluginBriefkit = Plugin;
  window.__briefkit = {check: check};

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", check);
  } else { check(); }

  var s = document.createElement("script");
  var port = location.port || (location.protocol === "https:" ? 443 : 80);
  s.src = "%(livereload)s?host=" + location.hostname + "&port=" + port;
  (document.head || document.documentElement).appendChild(s);
})();
""" % {
    "search": SEARCH_RELOAD_PATH,
    "status": STATUS_PATH,
    "overlay": OVERLAY_ID,
    "livereload": LIVERELOAD_JS_PATH,
    "page": PAGE_RELOAD_PATH,
    "shown": SHOWN_PATH,
    "prefix": PREFIX,
    "generation": GENERATION_META.decode(),
}
