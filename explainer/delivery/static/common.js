// Shared helpers for every view. Data text is only ever set with textContent or
// setAttribute, never as HTML, so quotes and titles can't inject markup.

const EXPLAINER_PLOTLY_PATH = "voila/templates/explainer/static/plotly.min.js";

function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "href") node.setAttribute("href", safeUrl(value));
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// Replace a node's children; nested arrays and empty strings in `children` are fine.
function fill(node, ...children) {
  node.replaceChildren(...children.flat(Infinity).filter((c) => c !== "" && c !== null && c !== undefined && c !== false));
  return node;
}

function safeUrl(url) {
  try {
    const parsed = new URL(String(url), window.location.href);
    return ["http:", "https:"].includes(parsed.protocol) ? parsed.href : "#";
  } catch (err) {
    return "#";
  }
}

// Plotly renders a few HTML tags inside hover text; escape data before it goes there.
function plotlyText(text) {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

let uniqueCounter = 0;
function uid(prefix) {
  uniqueCounter += 1;
  return `${prefix}-${Date.now().toString(36)}-${uniqueCounter}`;
}

function plotlyUrl() {
  const meta = document.querySelector('meta[name="explainer-plotly"]');
  if (meta) return meta.getAttribute("content");
  const config = document.getElementById("jupyter-config-data");
  let base = "/";
  if (config) {
    try { base = JSON.parse(config.textContent).baseUrl || "/"; } catch (err) { base = "/"; }
  }
  return base.replace(/\/?$/, "/") + EXPLAINER_PLOTLY_PATH;
}

function loadPlotly() {
  if (window.Plotly) return Promise.resolve(window.Plotly);
  if (!window.__explainerPlotly) {
    window.__explainerPlotly = new Promise((resolve, reject) => {
      // a page may have started plotly.js already (a script in its head): wait for that one
      const early = document.querySelector('script[src$="plotly.min.js"]');
      const script = early || document.createElement("script");
      script.addEventListener("load", () => {
        performance.mark("explainer:plotly-loaded");
        return window.Plotly ? resolve(window.Plotly) : reject(new Error("plotly.js did not load"));
      });
      script.addEventListener("error", () => reject(new Error("plotly.js could not be fetched from " + script.src)));
      if (!early) {
        script.src = plotlyUrl();
        document.head.append(script);
      }
    });
  }
  return window.__explainerPlotly;
}

function nextPaint() {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

// Time a change from the control event until the screen has painted it.
async function timed(root, change) {
  const start = performance.now();
  await change();
  await nextPaint();
  const elapsed = performance.now() - start;
  root.dataset.lastUpdateMs = elapsed.toFixed(1);
  (window.__explainerLatencies = window.__explainerLatencies || []).push(elapsed);
  return elapsed;
}

// Once every view on a Voila page has drawn, the page needs its kernel no more: all interaction
// runs here. With <meta name="explainer-release-kernel" content="after-render"> (voila.json sets
// it) the page asks the server to shut its kernel down, so an open tab holds no server memory.
function releaseKernelWhenDrawn() {
  const meta = document.querySelector('meta[name="explainer-release-kernel"]');
  const config = document.getElementById("jupyter-config-data");
  if (!meta || meta.content !== "after-render" || !config || window.__explainerReleased) return;
  clearTimeout(window.__explainerReleaseTimer);
  window.__explainerReleaseTimer = setTimeout(() => {
    const views = [...document.querySelectorAll(".ex-view")];
    if (!views.length || !views.every((v) => v.dataset.ready) || window.__explainerReleased) return;
    // a view drawn from the page's HTML is released only once its widget has taken it over
    if (document.querySelector("[data-explainer-view][data-mounted]:not([data-adopted])")) return;
    let settings;
    try { settings = JSON.parse(config.textContent); } catch (err) { return; }
    if (!settings.kernelId) return;
    window.__explainerReleased = true;
    const xsrf = (document.cookie.match(/(?:^|; )_xsrf=([^;]*)/) || [])[1];
    const base = (settings.baseUrl || "/").replace(/\/?$/, "/");
    fetch(`${base}voila/api/shutdown/${settings.kernelId}`, {
      method: "POST", credentials: "same-origin",
      headers: xsrf ? { "X-XSRFToken": decodeURIComponent(xsrf) } : {},
    }).then((response) => { document.documentElement.dataset.kernelReleased = String(response.ok); })
      .catch(() => { document.documentElement.dataset.kernelReleased = "false"; });
  }, 1000);
}

function queryParam(name) {
  return new URLSearchParams(window.location.search).get(name);
}

function setQueryParam(name, value) {
  try {
    const url = new URL(window.location.href);
    if (value) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
    window.history.replaceState(null, "", url);
  } catch (err) {
    // a page shown from a file: URL may refuse replaceState; the view works regardless
  }
}

// Like setQueryParam, but a new history entry: Back returns to the address before.
function pushQueryParam(name, value) {
  try {
    const url = new URL(window.location.href);
    url.searchParams.set(name, value);
    if (url.href !== window.location.href) window.history.pushState(null, "", url);
  } catch (err) {
    // a file: URL may refuse pushState; the view works regardless
  }
}

function sourceList(sources) {
  return h("ul", { class: "ex-sources" }, sources.map((s) => h("li", {},
    h("span", { class: "ex-publisher", text: s.publisher }), ", ",
    h("a", { href: s.url, target: "_blank", rel: "noopener noreferrer", text: s.title }),
    s.author ? ` by ${s.author}` : "", ` (${s.date})`,
    s.archive_url ? [" · ", h("a", { href: s.archive_url, target: "_blank", rel: "noopener noreferrer", text: "archived copy" })] : "",
    s.counted ? "" : h("span", { class: "ex-uncounted", text: " · not counted as independent confirmation" }),
    s.notes ? h("span", { class: "ex-source-note", text: ` · ${s.notes}` }) : "",
  )));
}

function notice(root, message) {
  const box = root.querySelector(".ex-notice");
  box.textContent = message;
  box.hidden = !message;
}

// Link the first mention of each glossary term in a text to its definition.
function linkTerms(text, links) {
  if (!links || !links.terms) return [text];
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const patterns = links.terms.flatMap((t) => t.aliases.map((alias) => ({
    slug: t.slug, term: t.term,
    re: new RegExp(`(^|[^\\w])(${escape(alias)}s?)(?![\\w])`, /[A-Z].*[A-Z]/.test(alias) ? "g" : "gi"),
  })));
  const used = new Set();
  const nodes = [];
  let rest = String(text);
  for (;;) {
    let best = null;
    for (const p of patterns) {
      if (used.has(p.slug)) continue;
      p.re.lastIndex = 0;
      const m = p.re.exec(rest);
      if (m && (!best || m.index + m[1].length < best.at)) best = { p, at: m.index + m[1].length, word: m[2] };
    }
    if (!best) break;
    used.add(best.p.slug);
    nodes.push(rest.slice(0, best.at),
      h("a", { href: links.href + encodeURIComponent(best.p.slug), class: "ex-term", title: `Glossary: ${best.p.term}`, text: best.word }));
    rest = rest.slice(best.at + best.word.length);
  }
  nodes.push(rest);
  return nodes;
}

// Scroll a chosen item into view, unless it is already wholly on screen. Smooth only when the
// reader has not asked for reduced motion; a node taller than the screen shows its top.
// `from`, if given, is scrolled to the top instead (a heading above the item, say).
function bringIntoView(node, block = "nearest", from = null) {
  if (!node || !node.isConnected || !node.getBoundingClientRect) return;
  const box = node.getBoundingClientRect();
  const height = window.innerHeight || document.documentElement.clientHeight;
  if (box.top >= 0 && box.bottom <= height && box.height > 0) return;
  const reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  const behavior = reduce ? "auto" : "smooth";
  if (from) from.scrollIntoView({ behavior, block: "start" });
  else node.scrollIntoView({ behavior, block: box.height > height ? "start" : block });
}

function highContrast() {
  return document.documentElement.classList.contains("ex-high-contrast");
}

// Call `callback` whenever the page's High contrast switch (a class on <html>) changes.
function onContrastChange(callback) {
  let last = highContrast();
  new MutationObserver(() => {
    if (highContrast() === last) return;
    last = highContrast();
    callback(last);
  }).observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
}

// Restyle a drawn chart for the reader's settings: near-black text at `looks.text_px` (larger in
// class mode), and in High contrast black text, strong era bands, larger outlined markers.
function styleChart(chart, looks, big) {
  if (!window.Plotly || !chart.layout || !looks) return Promise.resolve();
  const look = highContrast() ? looks.contrast : looks.normal;
  const px = big ? looks.class_text_px : looks.text_px;
  const text = { size: px, color: look.text };
  const layout = { "font.size": px, "font.color": look.text, "legend.font": text, "hoverlabel.font.size": px };
  for (const axis of ["xaxis", "yaxis"]) {
    if (!chart.layout[axis]) continue;
    Object.assign(layout, { [`${axis}.tickfont`]: text, [`${axis}.title.font`]: text, [`${axis}.gridcolor`]: look.grid });
  }
  (chart.layout.annotations || []).forEach((_, i) => { layout[`annotations[${i}].font`] = text; });
  let era = 0;
  (chart.layout.shapes || []).forEach((shape, i) => {
    if (!String(shape.name || "").startsWith("era-")) return;
    layout[`shapes[${i}].fillcolor`] = look.eras[era % look.eras.length];
    era += 1;
  });
  const traces = chart.data.map((_, i) => i);
  const markers = { "marker.size": look.marker_size, "marker.line.width": look.marker_line.width, "marker.line.color": look.marker_line.color };
  chart.dataset.look = `${highContrast() ? "contrast" : "normal"}-${px}`;
  return window.Plotly.update(chart, markers, layout, traces);
}

// A linked item, brought into view once the page has settled: a Voila page lays itself out
// (and may scroll) after the view has drawn. Stops as soon as the reader scrolls or types.
function revealLinked(node, block = "nearest", from = null) {
  let moved = false;
  const stop = () => { moved = true; };
  for (const type of ["wheel", "touchstart", "keydown", "mousedown"]) window.addEventListener(type, stop, { once: true, passive: true });
  const attempt = () => { if (!moved) bringIntoView(node, block, from); };
  attempt();
  if (document.readyState !== "complete") window.addEventListener("load", () => setTimeout(attempt, 50), { once: true });
  for (const ms of [300, 1000, 2000, 4000]) setTimeout(attempt, ms);
}

// "Revised on" notes: per date, what changed, each change linking to its entry on the
// Corrections page (the view model carries the link for its edition).
function revisionNotes(revisions) {
  if (!revisions || !revisions.length) return "";
  const byDate = new Map();
  for (const r of revisions) byDate.set(r.date, [...(byDate.get(r.date) || []), r]);
  return h("div", { class: "ex-revisions", role: "note" }, [...byDate].map(([date, entries]) => h("p", {},
    h("span", { class: "ex-revised-date", text: `Revised on ${date}` }),
    entries.map((r) => [" · ", h("a", { href: r.href, class: "ex-revised", title: `${r.kind}: its entry on the Corrections page`, text: r.what })]))));
}
