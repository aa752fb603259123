// The page address's query: what a link chose (?event=, ?pair=, ?term=, ...), kept up to date.
//
// Writing the address (history.replaceState) costs an interaction a few milliseconds, and the
// reader does not watch it change: so changes are gathered and written once the browser is idle
// (within a fraction of a second), or at once when the reader next presses, types, focuses
// elsewhere or leaves, so a link or the language switch followed then carries them.

let pending = null; // {name: value, or null to drop it} not written yet
const listened = new WeakSet(); // the windows whose presses write the address
const FLUSH_ON = ["pointerdown", "keydown", "focusin", "click", "contextmenu", "pagehide"];

export function queryParam(name) {
  if (pending && Object.hasOwn(pending, name)) return pending[name] || null;
  return new URLSearchParams(window.location.search).get(name);
}

export function setQueryParam(name, value) {
  setQueryParams({ [name]: value });
}

// Several at once ({name: value, or null to drop it}), written in one history change (see above),
// and none when the address would not change.
export function setQueryParams(values) {
  const first = !pending;
  pending = { ...pending, ...values };
  if (!first) return;
  if (!listened.has(window) && window.addEventListener) {
    listened.add(window);
    // on the window, capturing: before any page script's listener reads the address
    for (const type of FLUSH_ON)
      window.addEventListener(type, flushAddress, { capture: true, passive: true });
  }
  if (window.requestIdleCallback) window.requestIdleCallback(flushAddress, { timeout: 250 });
  else setTimeout(flushAddress, 50);
}

// Write the changes gathered by setQueryParams now.
export function flushAddress() {
  if (!pending) return;
  const values = pending;
  pending = null;
  try {
    const url = new URL(window.location.href);
    for (const [name, value] of Object.entries(values)) {
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    if (url.href !== window.location.href) window.history.replaceState(null, "", url);
  } catch {
    // a page shown from a file: URL may refuse replaceState; the view works regardless
  }
}

// Like setQueryParam, but a new history entry, at once: Back returns to the address before.
export function pushQueryParam(name, value) {
  flushAddress();
  try {
    const url = new URL(window.location.href);
    url.searchParams.set(name, value);
    if (url.href !== window.location.href) window.history.pushState(null, "", url);
  } catch {
    // a file: URL may refuse pushState; the view works regardless
  }
}
