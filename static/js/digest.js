// Digest builder: arrow buttons to reorder records. Without this file the position numbers do the same.
(function () {
  "use strict";

  function renumber(list) {
    list.querySelectorAll(".digest-position").forEach(function (input, index) {
      input.value = index + 1;
    });
  }

  function button(label, text, title) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "btn btn-sm btn-outline-secondary digest-move";
    b.textContent = text;
    b.setAttribute("aria-label", label + " " + title);
    return b;
  }

  function addArrows(list) {
    list.querySelectorAll(".digest-item").forEach(function (item) {
      var title = item.querySelector("a").textContent;
      var group = document.createElement("div");
      group.className = "btn-group-vertical digest-arrows";
      var up = button("Move up", "↑", title);
      var down = button("Move down", "↓", title);
      up.addEventListener("click", function () {
        if (item.previousElementSibling) {
          list.insertBefore(item, item.previousElementSibling);
          renumber(list);
          up.focus();
        }
      });
      down.addEventListener("click", function () {
        if (item.nextElementSibling) {
          list.insertBefore(item.nextElementSibling, item);
          renumber(list);
          down.focus();
        }
      });
      group.append(up, down);
      item.insertBefore(group, item.children[1]);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-digest-items]").forEach(addArrows);
  });
})();
