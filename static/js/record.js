// Record pages: "All interventions" becomes "Back to results" when the visitor came from a listing of
// that type, keeping their filters and page. Without this file the link still leads to the listing.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var link = document.querySelector("a[data-back-to]");
    if (!link || !document.referrer) {
      return;
    }
    var from;
    try {
      from = new URL(document.referrer);
    } catch (e) {
      return;
    }
    if (from.origin === window.location.origin && from.pathname === link.getAttribute("data-back-to")) {
      link.href = from.href;
      link.textContent = link.getAttribute("data-back-label");
    }
  });
})();
