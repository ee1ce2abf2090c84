/* briefkit search page: start Pagefind's UI on #search; ?q=words runs a search on load. */
(function () {
  "use strict";
  function start() {
    var box = document.getElementById("search");
    if (!box) { return; }
    if (typeof PagefindUI === "undefined") {
      box.textContent = "The search index is missing: rebuild the site with search turned on.";
      return;
    }
    var ui = new PagefindUI({
      element: "#search",
      bundlePath: box.getAttribute("data-bundle"),
      // Indexed URLs already carry the site's base path (/repo/...): prepend nothing more.
      baseUrl: "/",
      showSubResults: true,
      showImages: false,
      resetStyles: false
    });
    var q = new URLSearchParams(window.location.search).get("q");
    if (q) { ui.triggerSearch(q); }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
