// "Cite" and "Report a correction" on a card: the same markup as the landing page's
// (explainer/sections/actions.py). The page's script (page.js) fills in the item's address and
// today's date when a panel opens, builds the downloads, and copies.
import { fill, h } from "./dom.js";
import { t } from "./i18n.js";

let reportTo = {};
let citeForms = null;

// What each view's model carries once for all its items: where reports go ({email, issue_url},
// from explainer/site.toml) and the citation of a part of the explainer with its key and title
// left as marks (citing.part_forms).
export function setPageActions(data) {
  reportTo = data.report_to || {};
  citeForms = data.cite_forms || null;
}

// One item's whole citation: the shared forms with its key and title put in (as
// citing.from_forms does), the title in headline style for MLA and Chicago.
export function fullCitation(cite, forms = citeForms) {
  if (!cite || !forms) return null;
  // (a function as the replacement: a title's "$&" stays as written)
  const put = (text, title) =>
    text.replaceAll("@@TITLE@@", () => title).replaceAll("@@KEY@@", () => cite.key);
  const headline = cite.headline ?? cite.title;
  const styles = Object.fromEntries(
    Object.entries(forms.styles).map(([name, text]) => [
      name,
      put(text, name === "apa" ? cite.title : headline),
    ]),
  );
  return {
    key: cite.key,
    styles,
    bibtex: put(
      forms.bibtex,
      cite.title.replace(/[\\{}&%$#_]/g, (c) => `\\${c}`),
    ),
    ris: put(forms.ris, cite.title),
    csl: put(forms.csl, JSON.stringify(cite.title).slice(1, -1)),
  };
}

const STYLES = [
  ["mla", "MLA 9"],
  ["apa", "APA 7"],
  ["chicago", null],
];
const FILES = [
  ["bibtex", "BibTeX", "bib"],
  ["ris", "RIS", "ris"],
  ["csl", "CSL-JSON", "json"],
];

function copyStatus() {
  return h("p", {
    class: "ex-copy-status",
    role: "status",
    "data-ex-copied": t("Copied."),
    "data-ex-failed": t("Select the text and copy it."),
  });
}

function copyButton() {
  return h("button", { type: "button", class: "ex-copy", "data-ex-copy": true, text: t("Copy") });
}

// A closed panel whose body is built when a reader first opens it, then filled in by page.js
// (the item's address, today's date): a card or a row carries only its button until then.
// `build` returns the body, or a promise of it (the panel says "Loading…" meanwhile; a failed
// load says so and is tried again at the next opening). The filling is `details.filled`.
function lazyPanel(attrs, summary, build) {
  const panel = h("div", { class: "ex-action-panel" });
  let asked = false;
  const show = (body) => {
    fill(panel, body);
    details.dataset.exFilled = "true";
    globalThis.explainerCite?.fill(details);
  };
  const details = h(
    "details",
    {
      ...attrs,
      ontoggle: () => {
        if (!details.open || asked) return;
        asked = true;
        const body = build();
        if (!(body instanceof Promise)) return show(body);
        fill(panel, h("p", { class: "ex-hint", text: t("Loading…") }));
        details.filled = body.then(show, () => {
          asked = false;
          fill(panel, notLoaded());
        });
      },
    },
    summary,
    panel,
  );
  return details;
}

function notLoaded() {
  return h("p", { class: "ex-hint", text: t("This citation could not be loaded.") });
}

// A closed "Cite" panel for `item` (its citation, built by explainer/sections/citing.py, or a
// part's key and title for the page's shared forms); `label` names what is cited; `query` is
// the item's address's query ("event=ID"), `hash` its anchor; with neither, the item's address
// is the page's as it is (with the reader's place).
export function citePanel(item, label, query = null, hash = null) {
  if (!item || (!item.styles && !citeForms)) return "";
  return lazyPanel(
    { class: "ex-action ex-cite", "data-ex-link": query, "data-ex-hash": hash },
    h("summary", { "aria-label": label, text: t("Cite") }),
    () =>
      citeBody(
        item.styles ? item : fullCitation(item),
        t(
          "With today's date as the access date and this page's address. Chicago is its author-date style. The explainer names no author, so it is cited by its title.",
        ),
      ),
  );
}

// What a Cite panel holds: its hints, each style's text with a Copy button, the downloads.
function citeBody(cite, ...hints) {
  const files = FILES.map(([kind, name, ext]) =>
    h("a", {
      "data-ex-file": kind,
      "data-ex-template": cite[kind],
      href: "#",
      download: `${cite.key}.${ext}`,
      text: name,
    }),
  );
  return [
    hints.filter(Boolean).map((hint) => h("p", { class: "ex-hint", text: hint })),
    STYLES.map(([key, name]) =>
      h(
        "div",
        { class: "ex-cite-style" },
        h("p", { class: "ex-cite-name", text: name ?? t("Chicago (author-date)") }),
        h("p", {
          class: "ex-cite-text",
          "data-ex-style": key,
          "data-ex-copied-text": true,
          "data-ex-template": cite.styles[key],
        }),
        copyButton(),
      ),
    ),
    h(
      "p",
      { class: "ex-cite-files" },
      t("Download:"),
      " ",
      files.flatMap((a, i) => (i ? [" · ", a] : [a])),
    ),
    copyStatus(),
  ];
}

// Every source's citation (explainer/sections/source_citing.py) is one file per language, which
// the page names in a <meta>: fetched from the page's own host the first time a reader opens a
// source's Cite panel, so no page carries the citations of its sources.
let sourceCitesLoading = null;

export function loadSourceCites(doc = document) {
  if (globalThis.explainerSourceCites) return Promise.resolve(globalThis.explainerSourceCites);
  if (!sourceCitesLoading) {
    const meta = doc.querySelector('meta[name="explainer-source-cites"]');
    if (!meta) return Promise.reject(new Error("this page names no source citations"));
    sourceCitesLoading = new Promise((resolve, reject) => {
      const script = doc.createElement("script");
      script.src = meta.getAttribute("content");
      script.onload = () =>
        globalThis.explainerSourceCites
          ? resolve(globalThis.explainerSourceCites)
          : reject(new Error("the source citations' file set nothing"));
      script.onerror = () => {
        sourceCitesLoading = null; // try again at the next opening
        reject(new Error("the source citations' file could not be loaded"));
      };
      doc.head.append(script);
    });
  }
  return sourceCitesLoading;
}

// A source's Cite panel body: its citation with the hints, or a line saying it is missing.
function sourceCiteBody(cite) {
  if (!cite) return notLoaded();
  return citeBody(
    cite,
    t(
      "A citation of the original source, from what our data records of it: check it against the source before you use it.",
    ),
    cite.unseen
      ? t("We did not see this source's headline: put it in place of the bracketed note.")
      : "",
  );
}

// A closed "Cite" panel for one original source (a row of data/sources.csv), empty until the
// reader first opens it and its citation has been fetched; `name` says which source, for a
// screen reader.
export function sourceCite(sourceId, name, load = loadSourceCites) {
  return lazyPanel(
    { class: "ex-action ex-cite ex-source-cite", "data-ex-source": sourceId },
    h("summary", { "aria-label": t("Cite this source: {name}", { name }), text: t("Cite") }),
    () => load().then((cites) => sourceCiteBody(cites?.[sourceId])),
  );
}

// "Report a correction" of row `row` of `file` (data/events.csv): a prefilled email or issue
// form where the site names one (setReportTarget), else a panel with the report to copy.
export function reportControl(file, row, to = reportTo) {
  const report = t(
    "Correction report\n\nFile: {file}\nRow id: {row}\nPage: {link}\n\nWhat is wrong:\n\nA source that shows the error (title and link):\n",
    { file, row },
  );
  const subject = t("Correction: {file}, row {row}", { file, row });
  const words = t("Report a correction");
  if (to.email || to.issue_url) {
    return h("a", {
      class: "ex-action ex-report",
      href: "#",
      "data-ex-template": report,
      "data-ex-subject": subject,
      "data-ex-email": to.email,
      "data-ex-issue-url": to.issue_url,
      text: words,
    });
  }
  return lazyPanel(
    { class: "ex-action ex-report", "data-ex-template": report },
    h("summary", { text: words }),
    () => [
      h("p", {
        class: "ex-hint",
        text: t(
          "This copy of the explainer names no address for reports. Copy the report, fill it in and send it as an issue to the project's repository, or to whoever shared this page with you.",
        ),
      }),
      h("pre", { class: "ex-report-text", "data-ex-copied-text": true }),
      copyButton(),
      copyStatus(),
    ],
  );
}

// A card's row of actions: Cite (when the model carries a citation) and Report a correction.
export function cardActions(cite, label, file, row, { query = null, hash = null } = {}) {
  return h(
    "div",
    { class: "ex-actions" },
    citePanel(cite, label, query, hash),
    reportControl(file, row),
  );
}
