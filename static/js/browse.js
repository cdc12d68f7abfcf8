// Browse pages: progressive enhancement on top of htmx. Everything works without this file.
(function () {
  "use strict";

  var PHONE = "(max-width: 991.98px)";

  // On narrow screens the results come first; the filters stay one tap away, and after a change the
  // panel folds again so the visitor sees the results (its summary says how many there are now).
  function foldFiltersOnSmallScreens() {
    var facets = document.getElementById("facets");
    if (facets && window.matchMedia(PHONE).matches) {
      facets.removeAttribute("open");
    }
  }

  // A long facet (countries, organisations) gets a box that narrows its list as the visitor types.
  function addFacetFinders(root) {
    root.querySelectorAll("details.facet[data-searchable]").forEach(function (facet) {
      if (facet.querySelector(".facet-find")) {
        return;
      }
      var id = facet.id + "-find";
      var wrapper = document.createElement("div");
      wrapper.className = "facet-find";
      var label = document.createElement("label");
      label.className = "visually-hidden";
      label.htmlFor = id;
      label.textContent = "Find a value in " + facet.getAttribute("data-searchable");
      var input = document.createElement("input");
      input.type = "search";
      input.id = id;
      input.className = "form-control";
      input.placeholder = "Find " + facet.getAttribute("data-searchable") + "…";
      input.autocomplete = "off";
      // Typing narrows the list; it is not a filter of the results, so htmx must not submit it.
      input.setAttribute("form", "no-such-form");
      wrapper.appendChild(label);
      wrapper.appendChild(input);
      var fieldset = facet.querySelector("fieldset");
      fieldset.insertBefore(wrapper, fieldset.querySelector(".facet-values"));
      input.addEventListener("change", function (event) {
        event.stopPropagation();
      });
      input.addEventListener("input", function () {
        var needle = input.value.trim().toLowerCase();
        var more = facet.querySelector(".facet-more");
        if (more && needle) {
          more.open = true;
        }
        facet.querySelectorAll(".facet-values li").forEach(function (item) {
          item.hidden = needle !== "" && item.textContent.toLowerCase().indexOf(needle) === -1;
        });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    foldFiltersOnSmallScreens();
    addFacetFinders(document);
  });

  // After an update, keep focus where the visitor was (htmx restores it for elements with an id);
  // if that element is gone (a removed chip, a new page), move it to the results heading.
  document.addEventListener("htmx:afterSettle", function (event) {
    if (!event.detail.target || event.detail.target.id !== "browse-region") {
      return;
    }
    addFacetFinders(document);
    var active = document.activeElement;
    var inFilters = active && active.closest && active.closest("#facets");
    if (window.matchMedia(PHONE).matches) {
      foldFiltersOnSmallScreens();
      if (inFilters) {
        active = null;
      }
    }
    if (!active || active === document.body || !document.body.contains(active)) {
      var heading = document.getElementById("results-heading");
      if (heading) {
        heading.focus({ preventScroll: false });
      }
    }
  });
})();
