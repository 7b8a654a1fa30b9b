// Progressive enhancement only: every page works without this file.
import { initAll } from "../vendor/nhsuk-frontend/nhsuk-frontend.min.js";

initAll();

// Content swapped in by htmx gets the same NHS behaviours as the first page load.
document.body.addEventListener("htmx:afterSettle", (event) => {
  initAll({ scope: event.target });
});
