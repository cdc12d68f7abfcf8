// Offers the visitor the page in the language their browser prefers, once, as a notice with a link:
// never a redirect, so shared links and crawlers get the language they asked for. A visitor who
// picks a language (the switcher, the notice's link or "No, thanks") is not asked again.
(function () {
  "use strict";
  var KEY = "asm-language-chosen";
  function remember() {
    try {
      window.localStorage.setItem(KEY, "1");
    } catch (e) {
      /* storage refused: the notice may come back, nothing else changes */
    }
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("a[data-language]").forEach(function (link) {
      link.addEventListener("click", remember);
    });
    var chosen = null;
    try {
      chosen = window.localStorage.getItem(KEY);
    } catch (e) {
      return;
    }
    if (chosen) {
      return;
    }
    var page = document.documentElement.lang.split("-")[0];
    var preferred = (navigator.languages || [navigator.language || ""]).map(function (code) {
      return code.toLowerCase().split("-")[0];
    });
    for (var i = 0; i < preferred.length; i += 1) {
      if (preferred[i] === page) {
        return; // the page is already in a language the visitor reads, preferred before the others
      }
      var notice = document.querySelector('.language-notice[data-language^="' + preferred[i] + '"]');
      if (notice) {
        notice.hidden = false;
        notice.querySelector("[data-language-dismiss]").addEventListener("click", function () {
          remember();
          notice.hidden = true;
        });
        return;
      }
    }
  });
})();
