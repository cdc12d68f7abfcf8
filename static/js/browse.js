// Browse pages: progressive enhancement on top of htmx. Everything works without this file.
(function () {
  "use strict";

  var PHONE = window.matchMedia("(max-width: 991.98px)");

  // On narrow screens the results come first; the filters stay one tap away, and after a change the
  // panel folds again so the visitor sees the results (its summary says how many there are now).
  // On a wide screen the panel is always open beside the results.
  function fitFiltersToScreen() {
    var facets = document.getElementById("facets");
    if (facets) {
      facets.open = !PHONE.matches;
    }
  }

  // A long facet (countries, organisations) gets a box that narrows its list as the visitor types.
  // The boxes are made again after each swap; their typing is handled once, on the document, so a
  // box restored from htmx's history (HTML without listeners) works too.
  function addFacetFinders() {
    document.querySelectorAll("details.facet[data-searchable]").forEach(function (facet) {
      if (facet.querySelector(".facet-find")) {
        return;
      }
      var id = facet.id + "-find";
      var wrapper = document.createElement("div");
      wrapper.className = "facet-find";
      var label = document.createElement("label");
      label.className = "visually-hidden";
      label.htmlFor = id;
      // The words come translated from the page (data-find-label), in the page's language.
      label.textContent = facet.getAttribute("data-find-label") || "Find a value in " + facet.getAttribute("data-searchable");
      var input = document.createElement("input");
      input.type = "search";
      input.id = id;
      input.className = "form-control";
      input.placeholder = facet.getAttribute("data-find-placeholder") || "Find " + facet.getAttribute("data-searchable") + "…";
      input.autocomplete = "off";
      wrapper.appendChild(label);
      wrapper.appendChild(input);
      var fieldset = facet.querySelector("fieldset");
      fieldset.insertBefore(wrapper, fieldset.querySelector(".facet-values"));
    });
  }

  function narrow(input) {
    var facet = input.closest("details.facet");
    var needle = input.value.trim().toLowerCase();
    var more = facet.querySelector(".facet-more");
    if (more && needle) {
      more.open = true;
    }
    facet.querySelectorAll(".facet-values li").forEach(function (item) {
      // The value's name, not its count: typing "1" should not match "(1)".
      var name = item.querySelector("label").firstChild.textContent.toLowerCase();
      item.hidden = needle !== "" && name.indexOf(needle) === -1;
    });
  }

  document.addEventListener(
    "input",
    function (event) {
      if (event.target.closest && event.target.closest(".facet-find")) {
        narrow(event.target);
      }
    },
    true
  );
  // Typing narrows a list; it is not a filter of the results, so htmx's form must not hear it.
  document.addEventListener(
    "change",
    function (event) {
      if (event.target.closest && event.target.closest(".facet-find")) {
        event.stopPropagation();
      }
    },
    true
  );
  // On a wide screen the panel's summary is a heading, not a toggle.
  document.addEventListener("click", function (event) {
    if (!PHONE.matches && event.target.closest && event.target.closest(".filters-summary")) {
      event.preventDefault();
    }
  });
  PHONE.addEventListener("change", fitFiltersToScreen);

  document.addEventListener("DOMContentLoaded", function () {
    fitFiltersToScreen();
    addFacetFinders();
  });
  document.addEventListener("htmx:historyRestore", function () {
    fitFiltersToScreen();
    addFacetFinders();
  });

  // After an update, keep focus where the visitor was (htmx restores it for elements with an id);
  // if that element is gone (a removed chip, a new page), move it to the results heading.
  document.addEventListener("htmx:afterSettle", function (event) {
    if (!event.detail.target || event.detail.target.id !== "browse-region") {
      return;
    }
    addFacetFinders();
    var active = document.activeElement;
    var inFilters = active && active.closest && active.closest("#facets");
    if (PHONE.matches) {
      fitFiltersToScreen();
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
