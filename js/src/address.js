// The page address's query: what a link chose (?event=, ?pair=, ?term=, ...), kept up to date.

export function queryParam(name) {
  return new URLSearchParams(window.location.search).get(name);
}

export function setQueryParam(name, value) {
  setQueryParams({ [name]: value });
}

// Several at once ({name: value, or null to drop it}) in one history change, and none when the
// address would not change: each replaceState costs the interaction a few milliseconds.
export function setQueryParams(values) {
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

// Like setQueryParam, but a new history entry: Back returns to the address before.
export function pushQueryParam(name, value) {
  try {
    const url = new URL(window.location.href);
    url.searchParams.set(name, value);
    if (url.href !== window.location.href) window.history.pushState(null, "", url);
  } catch {
    // a file: URL may refuse pushState; the view works regardless
  }
}
