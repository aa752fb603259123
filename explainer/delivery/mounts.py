"""The markup that places a view on a page, shared by the static edition and Voila's pages.

A mount is a JSON script holding the view model plus an empty element naming the view. The
browser script `explainer-views.js` (made by `views_script`) draws every mount it finds, so a
Voila page draws its views as soon as its HTML arrives, and the static edition is the same page
with no kernel. The anywidget that Voila renders later adopts the drawn view instead of drawing
a second one.
"""

from __future__ import annotations

import json

from explainer.components.escaping import text

# Output mimetype carrying the pre-drawn markup; the Voila template writes it into the page.
EARLY_MIME = "application/vnd.explainer.early+json"
ENTRY_EXPORT = "export default { render };"
BOOT = """
// Draw every view mounted on the page from the JSON beside it (classic script, no kernel).
(function mountEarlyViews() {
  const cells = document.getElementById("rendered_cells");
  // a link to an entry (e.g. corrections page#correction-ID) shows the cells and scrolls to it
  let hash = window.location.hash.slice(1);
  try { hash = decodeURIComponent(hash); } catch (err) { /* a malformed link: use it as written */ }
  const wanted = hash && document.getElementById(hash);
  const linked = Boolean(wanted && cells && cells.contains(wanted));
  if (cells && (linked || document.querySelector("[data-explainer-view]"))) {
    cells.style.display = "";  // Voila shows its cells only once its own scripts have run
    const spinner = document.getElementById("loading");
    if (spinner) spinner.remove();
  }
  if (linked) {
    wanted.scrollIntoView();
    // Voila's scripts later make #rendered_cells the page's scroller, which drops the scroll:
    // keep the entry at the top for a few seconds, until the reader scrolls or types.
    let moved = false;
    for (const type of ["wheel", "keydown", "touchstart", "mousedown"]) {
      window.addEventListener(type, () => { moved = true; }, { once: true, passive: true });
    }
    let checks = 0;
    const keep = setInterval(() => {
      checks += 1;
      if (moved || checks > 50) { clearInterval(keep); return; }
      const top = wanted.getBoundingClientRect().top;
      const start = Math.max(0, cells.getBoundingClientRect().top);
      if (top < -1 || top > start + 2) wanted.scrollIntoView();
    }, 200);
  }
  for (const mount of document.querySelectorAll("[data-explainer-view]:not([data-mounted])")) {
    mount.dataset.mounted = "true";
    let payload;
    try {
      payload = JSON.parse(document.getElementById(mount.dataset.payload).textContent);
    } catch (err) {
      mount.textContent = "This part of the page could not be shown.";
      console.error(err);
      continue;
    }
    const values = { view: mount.dataset.explainerView, payload, early: true };
    const model = { get: (key) => values[key], set() {}, on() {}, off() {}, save_changes() {} };
    render({ model, el: mount });
  }
})();
"""


def json_script(element_id: str, data) -> str:
    """Data as a JSON script block that can't close the tag early or run."""
    payload = (
        json.dumps(data, ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
    )
    return f'<script type="application/json" id="{text(element_id)}">{payload}</script>'


def view_mount(view: str, payload: dict) -> str:
    """The JSON and the element the browser script draws `view` into."""
    payload_id = f"payload-{view}"
    return (
        json_script(payload_id, payload)
        + f'\n<div data-explainer-view="{text(view)}" data-payload="{text(payload_id)}"></div>'
    )


def views_script(module_source: str) -> str:
    """The views' ES module turned into one classic script that draws every mount on load."""
    if module_source.count(ENTRY_EXPORT) != 1:
        raise ValueError(f"the views bundle must end its entry with {ENTRY_EXPORT!r} exactly once")
    body = module_source.replace(ENTRY_EXPORT, "")
    return "(function () {\n" + body + BOOT + "})();\n"
