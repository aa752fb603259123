// What is on screen, downloaded: a view's shown rows as CSV, and its chart as PNG or SVG (drawn
// by plotly.js in the browser, offline: no request leaves the page).
import { h, plainText } from "./dom.js";
import { lang, t } from "./i18n.js";

// One CSV cell: quoted when it holds a comma, a quote, a line break or leading/trailing space.
export function csvCell(value) {
  const text = plainText(value ?? "");
  // (\x22 is the double quote: pybabel's extractor would read a bare one as a string's start)
  return /[\x22,\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/\x22/g, '""')}"` : text;
}

// A CSV (RFC 4180: CRLF line ends) of `rows`, with `columns` [[heading, (row) => value], ...].
// A byte-order mark leads it, so spreadsheets read the accents as UTF-8.
export function toCsv(rows, columns) {
  const lines = [columns.map(([heading]) => csvCell(heading)).join(",")];
  for (const row of rows) lines.push(columns.map(([, value]) => csvCell(value(row))).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

// A file name from words: lower case, letters, digits and hyphens only.
export function fileName(parts, extension) {
  const stem = parts
    .filter(Boolean)
    .join("-")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `${stem || "explainer"}.${extension}`;
}

// Save a Blob under `name` (a temporary blob: address, followed by a download link).
export function saveBlob(blob, name) {
  const address = URL.createObjectURL(blob);
  const link = document.createElement("a"); // not h(): its href is ours, a blob: address
  link.href = address;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(address), 10_000);
}

export function saveCsv(text, name) {
  saveBlob(new Blob([text], { type: "text/csv;charset=utf-8" }), name);
}

// plotly.js's image (a data: address) as a Blob.
function imageBlob(dataUrl, format) {
  const [head, body] = dataUrl.split(",", 2);
  if (format === "svg" && !head.includes(";base64")) {
    return new Blob([decodeURIComponent(body)], { type: "image/svg+xml" });
  }
  const bytes = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: format === "svg" ? "image/svg+xml" : "image/png" });
}

// A drawn chart as an image file: its data and layout as shown now, with `extra` layout (the
// labels the page draws over it, a title and the source line) so the image stands alone.
// `extra.annotations` are added to the chart's own.
export async function saveChartImage(chart, format, name, extra = {}) {
  if (!window.Plotly || !chart.layout) return;
  const layout = { ...chart.layout, ...extra };
  layout.annotations = [...(chart.layout.annotations || []), ...(extra.annotations || [])];
  const width = Math.max(chart.clientWidth || 0, 900);
  const height = layout.height || chart.clientHeight || 500;
  const image = await window.Plotly.toImage(
    // in the page's language (chart.js registered it when the chart was drawn)
    { data: chart.data, layout, config: lang() === "en" ? {} : { locale: lang() } },
    { format, width, height, scale: format === "png" ? 2 : 1 },
  );
  saveBlob(imageBlob(image, format), name);
}

// The bar of download buttons a view shows under what it downloads.
export function downloadBar({ csv, png, svg }) {
  // a failed image (a very old browser) leaves the page as it was
  const button = (label, action) =>
    h("button", { type: "button", class: "ex-download-button", onclick: action }, label);
  return h(
    "div",
    { class: "ex-downloads", role: "group", "aria-label": t("Download what is shown") },
    h("span", { class: "ex-downloads-label", text: t("Download what is shown:") }),
    button(t("Data (CSV)"), csv),
    button(t("Image (PNG)"), png),
    button(t("Image (SVG)"), svg),
  );
}

// What an exported chart adds around its plot, so the image stands alone: a title and a line
// under it (what is shown) in a band above, the source line in a band below; the image grows by
// as much.
export function titledLayout(layout, title, subtitle, credit) {
  const margin = { t: 0, b: 0, ...layout.margin };
  const [above, below] = [58, 28];
  const line = (text, y, yanchor, yshift, size) => ({
    text: escapePlotly(text),
    xref: "paper",
    x: 0,
    xanchor: "left",
    yref: "paper",
    y,
    yanchor,
    yshift,
    showarrow: false,
    font: { size },
  });
  return {
    margin: { ...margin, t: margin.t + above, b: margin.b + below },
    height: (layout.height || 500) + above + below,
    title: {
      text: escapePlotly(title),
      x: 0,
      xanchor: "left",
      xref: "paper",
      y: 1,
      yanchor: "top",
      yref: "container",
      pad: { t: 10 },
      font: { size: 18 },
    },
    annotations: [
      line(subtitle, 1, "bottom", margin.t + 4, 13),
      line(credit, 0, "top", -(margin.b + 4), 12),
    ],
  };
}

// plotly.js reads a few HTML tags in its text: data text is escaped before it goes there.
function escapePlotly(text) {
  return plainText(text).replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c]);
}
