// The page's classic script (built to explainer-views.js): draws every view mounted in the
// page's HTML from the JSON beside it, with no kernel, and shows a linked entry.
import { flushAddress } from "./address.js";
import { t } from "./i18n.js";
import { render } from "./render.js";

// A link to an entry (e.g. corrections page#correction-ID) shows the cells and scrolls to it.
function showLinkedEntry(cells) {
  let hash = window.location.hash.slice(1);
  try {
    hash = decodeURIComponent(hash);
  } catch {
    /* a malformed link: use it as written */
  }
  const wanted = hash && document.getElementById(hash);
  const linked = Boolean(wanted && cells?.contains(wanted));
  if (cells && (linked || document.querySelector("[data-explainer-view]"))) {
    cells.style.display = ""; // Voila shows its cells only once its own scripts have run
    const spinner = document.getElementById("loading");
    if (spinner) spinner.remove();
  }
  if (linked) keepInView(wanted, cells);
}

// Voila's scripts later make #rendered_cells the page's scroller, which drops the scroll: keep
// the entry at the top for a few seconds, until the reader scrolls or types.
function keepInView(wanted, cells) {
  wanted.scrollIntoView();
  let moved = false;
  for (const type of ["wheel", "keydown", "touchstart", "mousedown"]) {
    window.addEventListener(
      type,
      () => {
        moved = true;
      },
      { once: true, passive: true },
    );
  }
  let checks = 0;
  const keep = setInterval(() => {
    checks += 1;
    if (moved || checks > 50) {
      clearInterval(keep);
      return;
    }
    const top = wanted.getBoundingClientRect().top;
    const start = Math.max(0, cells.getBoundingClientRect().top);
    if (top < -1 || top > start + 2) wanted.scrollIntoView();
  }, 200);
}

// Draw each view not drawn yet, from the JSON its mount names.
function drawMountedViews() {
  for (const mount of document.querySelectorAll("[data-explainer-view]:not([data-mounted])")) {
    mount.dataset.mounted = "true";
    let payload;
    try {
      payload = JSON.parse(document.getElementById(mount.dataset.payload).textContent);
    } catch (err) {
      mount.textContent = t("This part of the page could not be shown.");
      console.error(err);
      continue;
    }
    const values = { view: mount.dataset.explainerView, payload, early: true };
    const model = { get: (key) => values[key], set() {}, on() {}, off() {}, save_changes() {} };
    render({ model, el: mount });
  }
}

// page.js's Share dialog writes the reader's place into the address before reading it
globalThis.explainerAddress = { flush: flushAddress };
showLinkedEntry(document.getElementById("rendered_cells"));
drawMountedViews();
