// plotly.js for the charts: loaded once per page from the dashboard's own files (never a CDN),
// data text escaped for its hover labels, and charts restyled for the reader's settings.
import { pageLook } from "./contrast.js";
import { lang, locale, t } from "./i18n.js";

const EXPLAINER_PLOTLY_PATH = "voila/templates/explainer/static/plotly.min.js";

// Plotly renders a few HTML tags inside hover text; escape data before it goes there.
const HOVER_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
export function plotlyText(text) {
  // (one character class, not /<…/ and />/: pybabel's extractor would read those as JSX tags)
  return String(text).replace(/[&<>]/g, (c) => HOVER_ESCAPES[c]);
}

function plotlyUrl() {
  const meta = document.querySelector('meta[name="explainer-plotly"]');
  if (meta) return meta.getAttribute("content");
  const config = document.getElementById("jupyter-config-data");
  let base = "/";
  if (config) {
    try {
      base = JSON.parse(config.textContent).baseUrl || "/";
    } catch {
      base = "/";
    }
  }
  return base.replace(/\/?$/, "/") + EXPLAINER_PLOTLY_PATH;
}

export function loadPlotly() {
  if (window.Plotly) return Promise.resolve(window.Plotly);
  if (!window.__explainerPlotly) {
    window.__explainerPlotly = new Promise((resolve, reject) => {
      // a page may have started plotly.js already (a script in its head): wait for that one
      const early = document.querySelector('script[src*="plotly.min.js"]');
      const script = early || document.createElement("script");
      script.addEventListener("load", () => {
        performance.mark("explainer:plotly-loaded");
        return window.Plotly ? resolve(window.Plotly) : reject(new Error("plotly.js did not load"));
      });
      script.addEventListener("error", () =>
        reject(new Error(`plotly.js could not be fetched from ${script.src}`)),
      );
      if (!early) {
        script.src = plotlyUrl();
        document.head.append(script);
      }
    });
  }
  return window.__explainerPlotly;
}

// The next task: lets the browser paint and answer input between two long pieces of work.
function nextTask() {
  if (globalThis.scheduler?.yield) return globalThis.scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

// Draw a figure into its (empty) chart element, in a task of its own after the view around it
// was built, so no single task blocks the page for both. Until then the element holds the
// figure's height, so drawing it moves nothing below it. `figure` may be a function giving the
// figure as it should be drawn: it is asked only once plotly.js is ready, so what the reader
// chose while plotly.js loaded is what is drawn. Resolves as Plotly.newPlot does.
export async function drawChart(chart, figure, config) {
  const height = (typeof figure === "function" ? figure() : figure).layout?.height;
  if (height) chart.style.minHeight = `${height}px`;
  const Plotly = await loadPlotly();
  await nextTask();
  const code = plotlyLocale(Plotly);
  const settings = code ? { ...config, locale: code } : config;
  const { data, layout } = typeof figure === "function" ? figure() : figure;
  const drawn = await Plotly.newPlot(chart, data, layout, settings);
  chart.style.minHeight = "";
  chart.dataset.drawn = "true";
  fitChartsToPrint();
  return drawn;
}

// Printed, a chart takes the width of the page (A4 or Letter within site.css's half-inch
// margins), and its own width again afterwards.
const PRINT_WIDTH_PX = 690;
let printWatched = false;

function fitChartsToPrint() {
  if (printWatched) return;
  printWatched = true;
  window.addEventListener("beforeprint", () => resizeCharts(true));
  window.addEventListener("afterprint", () => resizeCharts(false));
}

function resizeCharts(printing) {
  const Plotly = window.Plotly;
  for (const chart of document.querySelectorAll('.ex-chart[data-drawn="true"]')) {
    if (!Plotly || !chart.layout) continue;
    if (printing) {
      chart.dataset.screenWidth = chart.layout.width ?? "";
      Plotly.relayout(chart, { width: PRINT_WIDTH_PX });
    } else if ("screenWidth" in chart.dataset) {
      Plotly.relayout(chart, { width: Number(chart.dataset.screenWidth) || null });
      delete chart.dataset.screenWidth;
    }
  }
}

// plotly.js in the page's language: its buttons' tips and its notes from the catalog, month and
// day names from Intl. Returns the locale's name, or null on an English page (plotly's own).
function plotlyLocale(Plotly) {
  const code = lang();
  if (code === "en" || !Plotly.register) return null;
  if (!plotlyLocales.has(code)) {
    Plotly.register({
      moduleType: "locale",
      name: code,
      dictionary: plotlyWords(),
      format: dateNames(),
    });
    plotlyLocales.add(code);
  }
  return code;
}
const plotlyLocales = new Set();

// The words plotly.js shows on these charts (its mode bar's tips, its notes), by its English.
function plotlyWords() {
  return {
    Zoom: t("Zoom"),
    Pan: t("Pan"),
    "Zoom in": t("Zoom in"),
    "Zoom out": t("Zoom out"),
    Autoscale: t("Autoscale"),
    "Reset axes": t("Reset axes"),
    "Double-click to zoom back out": t("Double-click to zoom back out"),
    "Double-click on legend to isolate one trace": t("Double-click on legend to isolate one trace"),
  };
}

// Month and day names, and how the axis writes dates, the page's way ("jun 2018", "18 jun").
function dateNames() {
  const names = (count, options, date) =>
    Array.from({ length: count }, (_, i) =>
      new Intl.DateTimeFormat(locale(), { timeZone: "UTC", ...options }).format(date(i)),
    );
  const month = (i) => new Date(Date.UTC(2018, i, 15));
  const day = (i) => new Date(Date.UTC(2018, 6, 1 + i)); // 1 July 2018 was a Sunday
  return {
    months: names(12, { month: "long" }, month),
    shortMonths: names(12, { month: "short" }, month).map((m) => m.replace(/\.$/, "")),
    days: names(7, { weekday: "long" }, day),
    shortDays: names(7, { weekday: "short" }, day).map((d) => d.replace(/\.$/, "")),
    year: "%Y",
    month: "%b %Y",
    dayMonth: "%-d %b",
    dayMonthYear: "%-d %b %Y",
  };
}

// Fetch plotly.js (without running it) once the page has loaded and the browser is idle, so it
// is at hand when a chart further down is drawn.
function prefetchPlotly() {
  const fetchIt = () => {
    if (window.Plotly || document.querySelector("link[data-plotly]")) return;
    const link = document.createElement("link");
    link.rel = "prefetch";
    link.href = plotlyUrl();
    link.dataset.plotly = "";
    document.head.append(link);
  };
  const whenIdle = () =>
    window.requestIdleCallback ? requestIdleCallback(fetchIt, { timeout: 2000 }) : fetchIt();
  if (document.readyState === "complete") whenIdle();
  else window.addEventListener("load", whenIdle, { once: true });
}

// Draw a chart further down the page once its element comes within a screen of the viewport
// (or the page is printed): until the reader scrolls towards it, plotly.js is neither run nor
// drawing, so the page answers at once. The element holds the figure's height meanwhile.
// `figure()` gives the figure as it should be drawn then. Resolves once drawn.
export function drawChartWhenNear(chart, figure, config) {
  const height = figure().layout?.height;
  if (height) chart.style.minHeight = `${height}px`;
  prefetchPlotly();
  return new Promise((resolve, reject) => {
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      observer?.disconnect();
      window.removeEventListener("beforeprint", start);
      drawChart(chart, figure, config).then(resolve, reject);
    };
    const observer =
      "IntersectionObserver" in window
        ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), {
            rootMargin: "100% 0px",
          })
        : null;
    if (!observer) return start();
    observer.observe(chart);
    window.addEventListener("beforeprint", start);
  });
}

// Restyle a drawn chart for the reader's settings: near-black text at `looks.text_px` (larger in
// class mode), in High contrast black text, strong era bands, larger outlined markers, and in
// the dark theme light text on a dark ground, the markers outlined so every colour stands out.
export function styleChart(chart, looks, big) {
  if (!window.Plotly || !chart.layout || !looks) return Promise.resolve();
  const name = looks[pageLook()] ? pageLook() : "normal";
  const look = looks[name];
  const px = big ? looks.class_text_px : looks.text_px;
  const text = { size: px, color: look.text };
  const layout = {
    "font.size": px,
    "font.color": look.text,
    "legend.font": text,
    "hoverlabel.font.size": px,
  };
  if (look.background)
    Object.assign(layout, { paper_bgcolor: look.background, plot_bgcolor: look.background });
  for (const [key, value] of Object.entries(look.modebar || {})) layout[`modebar.${key}`] = value;
  for (const axis of ["xaxis", "yaxis"]) {
    if (!chart.layout[axis]) continue;
    Object.assign(layout, {
      [`${axis}.tickfont`]: text,
      [`${axis}.title.font`]: text,
      [`${axis}.gridcolor`]: look.grid,
      ...(look.background && {
        [`${axis}.linecolor`]: look.background,
        [`${axis}.zerolinecolor`]: look.background,
      }),
    });
  }
  (chart.layout.annotations || []).forEach((_, i) => {
    layout[`annotations[${i}].font`] = text;
  });
  // a fixed margin below the plot (no automargin) grows with the text
  const bottom = looks.bottom_margin?.[big ? "class" : "text"];
  if (bottom) layout["margin.b"] = bottom;
  let era = 0;
  (chart.layout.shapes || []).forEach((shape, i) => {
    if (shape.type === "circle" && look.highlight)
      layout[`shapes[${i}].line.color`] = look.highlight;
    if (!String(shape.name || "").startsWith("era-")) return;
    layout[`shapes[${i}].fillcolor`] = look.eras[era % look.eras.length];
    era += 1;
  });
  const traces = chart.data.map((_, i) => i);
  const markers = {
    "marker.size": look.marker_size,
    "marker.line.width": look.marker_line.width,
    "marker.line.color": look.marker_line.color,
  };
  chart.dataset.look = `${name}-${px}`;
  return window.Plotly.update(chart, markers, layout, traces);
}

// Move or hide a drawn chart's layout shape (`place`: its visible, xanchor, yanchor...) with no
// full redraw. plotly counts a shape's place as a "calc" change, as it could widen an axis's
// automatic range, so Plotly.relayout of it recomputes and redraws the whole chart (20-30 ms).
// The shapes moved here sit on a data point, inside any automatic range, so the shape's input
// is changed in place and plotly told of a change that only redraws that one shape (its
// opacity: "arraydraw"), which reads the shape's input again: under 1 ms. Nothing, when it is
// already in place.
export function moveShape(chart, name, place) {
  const shapes = chart.layout?.shapes || [];
  const index = shapes.findIndex((s) => s.name === name);
  if (index < 0) return Promise.resolve();
  if (Object.entries(place).every(([key, value]) => shapes[index][key] === value))
    return Promise.resolve(); // already there
  Object.assign(shapes[index], place);
  return window.Plotly.relayout(chart, {
    [`shapes[${index}].opacity`]: shapes[index].opacity ?? 1,
  });
}
