"use strict";
// Autocomplete never saves an item the curator did not pick.
//
// While select2 fetches the results for what was just typed, it keeps the previous list on screen
// (for a field just opened, the unfiltered list: Abkhazian, Afghanistan...) with its first item
// highlighted, and only prepends a "Searching…" row. Enter, or a click, would then select from that
// stale list. So no selection is taken while a new search is loading; Enter works again as soon as
// the results for the typed text arrive. ("Loading more results…", shown when scrolling to the end
// of a list, is another row: the list above it is current, and picking from it stays allowed.)
//
// Loaded with `defer` on every admin page (admin/base_site.html), after the admin's own scripts; one
// listener on the document covers every autocomplete, including those in inline rows added later.
{
    const $ = window.django && window.django.jQuery;
    if ($) {
        $(document).on("select2:selecting", ".admin-autocomplete", function (event) {
            const select2 = $(this).data("select2");
            if (select2 && select2.$results.find(".loading-results").length) {
                event.preventDefault();
            }
        });
    }
}
