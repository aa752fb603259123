"""Catch stray artefacts in what a reader sees: `[object ...]`, `undefined`, `NaN`, a bare address.

A script installed before any page script scans the page's visible text after every change to
the DOM (debounced), so an artefact that shows up after any interaction is recorded, even if a
later interaction hides it again. `found_artefacts(page)` returns what was recorded."""

from __future__ import annotations

import re

PATTERNS = {
    "[object ...]": r"\[object [A-Za-z]+\]",
    "undefined": r"\bundefined\b",
    "NaN": r"\bNaN\b",
    "null": r"\bnull\b",
    "a leading comma": r"(?:^|[\s:(\[]),(?=\S)",
}

SCAN_SCRIPT = """
(() => {
  const patterns = %(patterns)s;
  const found = (window.__explainerArtefacts = window.__explainerArtefacts || []);
  const seen = new Set();
  function note(kind, context) {
    const key = kind + "|" + context;
    if (seen.has(key)) return;
    seen.add(key);
    const item = { kind, context, url: location.href };
    found.push(item);
    if (window.__explainerReportArtefact) window.__explainerReportArtefact(item);
  }
  function scan() {
    if (!document.body) return;
    const text = document.body.innerText || "";
    for (const [kind, source] of Object.entries(patterns)) {
      const pattern = new RegExp(source, "gm");
      let match;
      while ((match = pattern.exec(text))) {
        const start = Math.max(0, match.index - 40);
        note(kind, text.slice(start, match.index + 40).replace(/\\s+/g, " "));
        if (!match[0].length) pattern.lastIndex += 1;
      }
    }
    for (const link of document.querySelectorAll("a[href]")) {
      const label = (link.innerText || "").trim();
      if (/^(https?:\\/\\/|www\\.)/i.test(label) && !link.closest("[data-printed-address]")) {
        note("an address as link text", label.slice(0, 80));
      }
    }
  }
  let timer = null;
  function schedule() {
    if (timer) return;
    timer = setTimeout(() => { timer = null; scan(); }, 60);
  }
  window.__explainerScanArtefacts = scan;
  new MutationObserver(schedule).observe(document, {
    subtree: true, childList: true, characterData: true, attributes: true,
    attributeFilter: ["class", "hidden", "open", "style"],
  });
  document.addEventListener("DOMContentLoaded", schedule);
})();
"""


def scan_script() -> str:
    import json

    return SCAN_SCRIPT % {"patterns": json.dumps(PATTERNS)}


class ArtefactWatchingBrowser:
    """A Playwright browser whose every context scans its pages' visible text for artefacts."""

    def __init__(self, browser):
        self._browser = browser
        self._found: list[dict] = []

    def __getattr__(self, name):
        return getattr(self._browser, name)

    def _watch(self, context):
        context.expose_function("__explainerReportArtefact", lambda item: self._found.append(item))
        context.add_init_script(scan_script())
        return context

    def new_context(self, **options):
        return self._watch(self._browser.new_context(**options))

    def new_page(self, **options):
        page = self._browser.new_page(**options)
        self._watch(page.context)
        return page

    def take_artefacts(self) -> list[dict]:
        """What every page showed since the last call, after a last scan of the open pages."""
        for context in self._browser.contexts:
            for page in context.pages:
                found_artefacts(page)
        found, self._found = self._found, []
        return found


def found_artefacts(page) -> list[dict]:
    """Scan once more, then return every artefact recorded on this page since it loaded."""
    try:
        return page.evaluate(
            "() => { if (window.__explainerScanArtefacts) window.__explainerScanArtefacts();"
            " return window.__explainerArtefacts || []; }"
        )
    except Exception:  # the page was closed or is not an HTML page
        return []


def describe(artefacts: list[dict]) -> str:
    return "\n".join(f"- {a['kind']}: …{a['context']}… on {a['url']}" for a in artefacts)


def check_python_patterns(text: str) -> list[str]:
    """The same checks on a string (used by unit tests of this module)."""
    return [kind for kind, source in PATTERNS.items() if re.search(source, text, re.M)]
