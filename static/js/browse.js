// Browse pages: progressive enhancement on top of htmx. Everything works without this file.
(function () {
  "use strict";

  // On narrow screens the results come first; the filters stay one tap away.
  function foldFiltersOnSmallScreens() {
    var facets = document.getElementById("facets");
    if (facets && window.matchMedia("(max-width: 991.98px)").matches) {
      facets.removeAttribute("open");
    }
  }

  document.addEventListener("DOMContentLoaded", foldFiltersOnSmallScreens);

  // After an update, keep focus where the visitor was (htmx restores it for elements with an id);
  // if that element is gone (a removed chip, a new page), move it to the results heading.
  document.addEventListener("htmx:afterSettle", function (event) {
    if (!event.detail.target || event.detail.target.id !== "browse-region") {
      return;
    }
    var active = document.activeElement;
    if (!active || active === document.body || !document.body.contains(active)) {
      var heading = document.getElementById("results-heading");
      if (heading) {
        heading.focus({ preventScroll: false });
      }
    }
  });
})();
