// The policy background view: the separation stepper, the numbers chart and table,
// Microsoft's earlier stances, and the searchable glossary.
import { pushQueryParam, queryParam, setQueryParam } from "../address.js";
import { drawChartWhenNear, styleChart } from "../chart.js";
import { onContrastChange, pageLook } from "../contrast.js";
import { fill, h, notice, plainText, richText, uid } from "../dom.js";
import {
  downloadBar,
  fileName,
  saveChartImage,
  saveCsv,
  titledLayout,
  toCsv,
} from "../downloads.js";
import { formatNumber, t } from "../i18n.js";
import { bringIntoView, revealLinked } from "../scrolling.js";
import { nextPaint, timed, whenSeen } from "../timing.js";
import { figureHeads, figureRow, figureTableHead } from "./figures.js";
import { glossaryEntries, glossaryMatches } from "./glossary.js";
import { stanceCard, stepDetails, stepListItems } from "./steps.js";

// The columns of the shown figures' CSV: the data package's names, the page's language.
const FIGURE_COLUMNS = [
  ["figure_id", (f) => f.id],
  ["value", (f) => f.value],
  ["unit", (f) => f.unit],
  ["stated", (f) => f.stated],
  ["measure", (f) => f.measure],
  ["category", (f) => f.category],
  ["category_shown", (f) => f.category_label],
  ["period", (f) => f.period],
  ["issuing_body", (f) => f.issuing_body],
  ["date_reported", (f) => f.x],
  ["dispute_note", (f) => f.dispute_note],
  ["sources", (f) => f.sources.map((s) => s.publisher).join("; ")],
  ["source_urls", (f) => f.sources.map((s) => s.url).join(" ")],
];

export function renderPolicy(data, el) {
  performance.mark("explainer:policy-start");
  const ids = { search: uid("glossary-search") };
  const state = { step: 0, categories: new Set(data.categories.map((c) => c.id)) };

  const stepList = h("ol", { class: "ex-step-list" });
  const stepBody = h("article", {
    class: "ex-card ex-step-card",
    tabindex: "-1",
    "aria-live": "polite",
  });
  const prev = h(
    "button",
    { type: "button", class: "ex-step-button", onclick: () => goTo(state.step - 1) },
    t("◀ Previous step"),
  );
  const next = h(
    "button",
    { type: "button", class: "ex-step-button", onclick: () => goTo(state.step + 1) },
    t("Next step ▶"),
  );
  const position = h("p", { class: "ex-count", "aria-live": "polite" });

  const categoryBoxes = data.categories.map((c) =>
    h(
      "label",
      { class: "ex-check" },
      h("input", {
        type: "checkbox",
        checked: true,
        value: c.id,
        onchange: (ev) => {
          if (ev.target.checked) state.categories.add(c.id);
          else state.categories.delete(c.id);
          writeShown();
          drawNumbers();
        },
      }),
      richText(c.label),
    ),
  );
  const chart = h("div", { class: "ex-chart" });
  const tableBody = h("tbody");
  const tableCaption = h("caption");
  const search = h("input", {
    id: ids.search,
    type: "search",
    placeholder: t("e.g. Flores, sponsor, ORR"),
    oninput: () => filterGlossary(),
  });
  const glossaryList = h("dl", { class: "ex-glossary" });
  const heads = figureHeads();
  let drawn = Promise.resolve(); // the chart's drawing, once started

  const root = h(
    "section",
    { class: "ex-view ex-policy", "aria-label": t("Policy background") },
    h("div", { class: "ex-notice", role: "status", hidden: true }),
    h("h2", { text: t("How a family was separated in 2018, step by step") }),
    h("nav", { "aria-label": t("Steps") }, stepList),
    h(
      "div",
      { class: "ex-stepper", role: "group", "aria-label": t("Move between steps") },
      prev,
      position,
      next,
    ),
    stepBody,
    h("h2", { text: t("The numbers") }),
    h("p", {
      class: "ex-hint",
      text: t(
        "Counts as the issuing body or outlet reported them, placed on the date they were reported. Counts of children are circles; counts of families are diamonds. Different bodies counted different things over different periods, so the points are not one series.",
      ),
    }),
    h("fieldset", { class: "ex-groups" }, h("legend", { text: t("Show") }), categoryBoxes),
    h(
      "figure",
      { class: "ex-chart-figure" },
      chart,
      h("figcaption", {
        class: "ex-hint",
        text: t(
          "Chart of official and reported counts by the date they were reported. The table below lists the same figures as text.",
        ),
      }),
    ),
    downloadBar({
      csv: () => saveCsv(toCsv(shownFigures(), FIGURE_COLUMNS), shownFileName("csv")),
      png: () => saveImage("png"),
      svg: () => saveImage("svg"),
    }),
    h(
      "details",
      { class: "ex-table", open: true },
      h("summary", { text: t("The figures shown, as a table") }),
      h("table", { class: "ex-cards-on-phone" }, tableCaption, figureTableHead(), tableBody),
    ),
    h("h2", { text: t("Microsoft's earlier stances (2008-2017)") }),
    h(
      "div",
      { class: "ex-stances" },
      data.stances.map((s) => stanceCard(s, data.links)),
    ),
    h("h2", { id: "glossary", text: t("Glossary") }),
    h(
      "div",
      { class: "ex-field" },
      h("label", { for: ids.search, text: t("Search the glossary") }),
      search,
    ),
    glossaryList,
  );
  // every figure's row is made once; the categories only hide rows, off the screen just after
  // the chart is painted (see whenSeen)
  const tableRows = data.figures.map((f) => figureRow(f, heads));
  tableBody.replaceChildren(...tableRows);
  el.replaceChildren(root);
  const changeTable = whenSeen(tableBody.closest("details"));

  function goTo(index) {
    return timed(root, async () => {
      showStep(index);
      bringIntoView(stepBody);
    });
  }

  function showStep(index) {
    state.step = Math.max(0, Math.min(data.steps.length - 1, index));
    setQueryParam("step", state.step === 0 ? null : String(state.step + 1));
    const s = data.steps[state.step];
    stepList.replaceChildren(...stepListItems(data.steps, state.step, goTo));
    position.textContent = t("Step {step} of {n}", {
      step: formatNumber(state.step + 1),
      n: formatNumber(data.steps.length),
    });
    prev.disabled = state.step === 0;
    next.disabled = state.step === data.steps.length - 1;
    fill(stepBody, stepDetails(s, data.links));
    root.dataset.step = String(s.step);
  }

  // The categories shown, in the address (?show=), so a shared link or the language switch keeps them.
  function writeShown() {
    const all = state.categories.size === data.categories.length;
    setQueryParam("show", all ? null : [...state.categories].join(",") || "none");
  }

  function readShown() {
    const show = queryParam("show");
    if (show === null) return;
    const wanted = new Set(show.split(","));
    state.categories = new Set(data.categories.filter((c) => wanted.has(c.id)).map((c) => c.id));
    for (const box of categoryBoxes) {
      const input = box.querySelector("input");
      input.checked = state.categories.has(input.value);
    }
  }

  // Which of the chart's series (one per category) are shown.
  function shownSeries() {
    return data.categories.map((c) => state.categories.has(c.id));
  }

  function drawNumbers() {
    return timed(root, async () => {
      if (window.Plotly && chart.data)
        await window.Plotly.restyle(
          chart,
          { visible: shownSeries() },
          data.categories.map((_, i) => i),
        );
      drawTable();
    });
  }

  function shownFigures() {
    return data.figures.filter((f) => state.categories.has(f.category));
  }

  // A name for what is shown: the categories ticked (all of them: "all").
  function shownFileName(extension) {
    const all = state.categories.size === data.categories.length;
    const chosen = data.categories.filter((c) => state.categories.has(c.id)).map((c) => c.id);
    return fileName(["policy-figures", ...(all ? ["all"] : chosen)], extension);
  }

  // The chart as shown (drawn first if the reader has not reached it), as an image that stands
  // alone: a title and the source line above it.
  async function saveImage(format) {
    if (!chart.layout) {
      bringIntoView(chart);
      await drawn;
    }
    if (!chart.layout) return;
    const shown = data.categories
      .filter((c) => state.categories.has(c.id))
      .map((c) => plainText(c.label))
      .join(", ");
    const extra = titledLayout(chart.layout, t("The numbers"), shown, data.credit);
    return saveChartImage(chart, format, shownFileName(format), extra);
  }

  function drawTable(now = false) {
    const shown = data.figures.map((f) => state.categories.has(f.category));
    const count = shown.filter(Boolean).length;
    tableCaption.textContent = t("Figures shown ({n})", { n: formatNumber(count) });
    root.dataset.figures = String(count);
    changeTable(() => {
      tableRows.forEach((row, i) => {
        if (row.hidden !== !shown[i]) row.hidden = !shown[i];
      });
    }, now);
  }

  // The chart is further down the page: drawn once the reader comes near it, showing the
  // categories chosen by then.
  async function drawNumbersChart() {
    const figure = () => {
      const visible = shownSeries();
      const traces = data.figure.data.map((trace, i) => ({ ...trace, visible: visible[i] }));
      return { data: traces, layout: data.figure.layout };
    };
    try {
      await drawChartWhenNear(chart, figure, data.config);
      if (pageLook() !== "normal") await styleChart(chart, data.looks, false);
      performance.mark("explainer:policy-plotted");
    } catch {
      notice(root, t("The chart could not be drawn; the table lists every figure."));
    }
  }

  function filterGlossary() {
    const needle = search.value.trim().toLowerCase();
    for (const node of glossaryList.children) {
      node.hidden = !glossaryMatches(
        data.glossary.find((g) => g.slug === node.dataset.term),
        needle,
      );
    }
  }

  // Mark a term and bring it into view; `history` "push" makes a new history entry (a link
  // followed in the page: Back returns to the text), "replace" updates the address only.
  function showTerm(slug, history = "replace") {
    const target = glossaryList.querySelector(`dt[data-term="${CSS.escape(slug)}"]`);
    if (!target) {
      notice(root, t("That glossary term was not found; the whole glossary is shown."));
      return;
    }
    search.value = "";
    filterGlossary();
    for (const node of glossaryList.querySelectorAll(".ex-current"))
      node.classList.remove("ex-current");
    target.classList.add("ex-current");
    target.nextElementSibling.classList.add("ex-current");
    bringIntoView(target, "center");
    root.dataset.term = slug;
    if (history === "push") pushQueryParam("term", slug);
    else if (history === "replace") setQueryParam("term", slug);
  }

  // A glossary link to this same page is followed here, without reloading the page.
  root.addEventListener("click", (ev) => {
    const link = ev.target.closest?.("a.ex-term");
    if (
      !link ||
      ev.defaultPrevented ||
      ev.button !== 0 ||
      ev.metaKey ||
      ev.ctrlKey ||
      ev.shiftKey ||
      ev.altKey
    )
      return;
    let url;
    try {
      url = new URL(link.getAttribute("href"), window.location.href);
    } catch {
      return;
    }
    const slug = url.searchParams.get("term");
    if (!slug || url.origin !== window.location.origin || url.pathname !== window.location.pathname)
      return;
    ev.preventDefault();
    showTerm(slug, "push");
  });
  window.addEventListener("popstate", () => {
    const slug = queryParam("term");
    if (slug && root.isConnected) showTerm(slug, "none");
  });

  // The first drawing builds every part at once and waits for one paint, not one per part; the
  // chart follows when the reader nears it.
  async function start() {
    performance.mark("explainer:policy-built");
    glossaryList.replaceChildren(...glossaryEntries(data.glossary));
    const wantedStep = Number(queryParam("step"));
    const linkedStep = Number.isInteger(wantedStep) && wantedStep >= 1;
    showStep(linkedStep ? wantedStep - 1 : 0);
    readShown();
    drawTable(true);
    const term = queryParam("term");
    if (term) showTerm(term);
    performance.mark("explainer:policy-steps");
    onContrastChange(() => styleChart(chart, data.looks, false));
    drawn = drawNumbersChart();
    await nextPaint();
    if (term && root.dataset.term)
      revealLinked(glossaryList.querySelector(".ex-current"), "center");
    else if (linkedStep) revealLinked(stepBody);
    performance.mark("explainer:policy-ready");
    root.dataset.ready = "true";
  }
  start();
}
