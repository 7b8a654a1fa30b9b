// Progressive enhancement only: every page works without this file.
import { initAll } from "../vendor/nhsuk-frontend/nhsuk-frontend.min.js";

initAll();

// Content swapped in by htmx gets the same NHS behaviours as the first page load.
document.body.addEventListener("htmx:afterSettle", (event) => {
  initAll({ scope: event.target });
});

// Content opened in place (a cell of the pathway map): focus moves to its heading, so a keyboard or
// screen reader user is taken to what they opened, not left twenty links behind it.
document.body.addEventListener("htmx:afterSettle", (event) => {
  const heading = event.target.querySelector("[data-focus-after-swap]");
  if (heading) {
    heading.focus();
  }
});

// The cell whose detail is open is marked on the map: a border (CSS) and aria-current. The detail names
// its cell (data-cell: the id of the cell's link), however it was opened.
document.body.addEventListener("htmx:afterSettle", (event) => {
  const named = event.target.querySelector("[data-cell]");
  const link = named && document.getElementById(named.dataset.cell);
  const cell = link && link.closest(".app-pathway-map__cell");
  if (!cell) {
    return;
  }
  for (const open of document.querySelectorAll(".app-pathway-map__cell--open")) {
    open.classList.remove("app-pathway-map__cell--open");
    open.removeAttribute("aria-current");
  }
  cell.classList.add("app-pathway-map__cell--open");
  cell.setAttribute("aria-current", "true");
});

// Filters that wait behind "Filter" on a phone sit open beside the results on a wide screen. Without this
// file they stay one click away everywhere.
const wideScreen = window.matchMedia("(min-width: 48.0625em)");
for (const details of document.querySelectorAll("details[data-open-on-wide-screens]")) {
  if (wideScreen.matches) {
    details.open = true;
  }
}
