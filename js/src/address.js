// The page address's query: what a link chose (?event=, ?pair=, ?term=, ...), kept up to date.

export function queryParam(name) {
  return new URLSearchParams(window.location.search).get(name);
}

export function setQueryParam(name, value) {
  try {
    const url = new URL(window.location.href);
    if (value) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
    window.history.replaceState(null, "", url);
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
