// The policy background view: the separation stepper, the numbers chart and table,
// Microsoft's earlier stances, and the searchable glossary.

const FIGURE_HEADS = ["Figure", "What it counts", "Period", "Issued by", "Reported", "Sources and disagreements"];

function renderPolicy(data, el) {
  performance.mark("explainer:policy-start");
  const ids = { search: uid("glossary-search") };
  const state = { step: 0, categories: new Set(data.categories.map((c) => c.id)) };

  const stepList = h("ol", { class: "ex-step-list" });
  const stepBody = h("article", { class: "ex-card ex-step-card", tabindex: "-1", "aria-live": "polite" });
  const prev = h("button", { type: "button", class: "ex-step-button", onclick: () => goTo(state.step - 1) }, "◀ Previous step");
  const next = h("button", { type: "button", class: "ex-step-button", onclick: () => goTo(state.step + 1) }, "Next step ▶");
  const position = h("p", { class: "ex-count", "aria-live": "polite" });

  const categoryBoxes = data.categories.map((c, i) => h("label", { class: "ex-check" },
    h("input", { type: "checkbox", checked: true, value: c.id, onchange: (ev) => {
      if (ev.target.checked) state.categories.add(c.id); else state.categories.delete(c.id);
      drawNumbers();
    } }), c.label));
  const chart = h("div", { class: "ex-chart" });
  const tableBody = h("tbody");
  const tableCaption = h("caption");
  const search = h("input", { id: ids.search, type: "search", placeholder: "e.g. Flores, sponsor, ORR", oninput: () => filterGlossary() });
  const glossaryList = h("dl", { class: "ex-glossary" });

  const root = h("section", { class: "ex-view ex-policy", "aria-label": "Policy background" },
    h("div", { class: "ex-notice", role: "status", hidden: true }),
    h("h2", { text: "How a family was separated in 2018, step by step" }),
    h("nav", { "aria-label": "Steps" }, stepList),
    h("div", { class: "ex-stepper", role: "group", "aria-label": "Move between steps" }, prev, position, next),
    stepBody,
    h("h2", { text: "The numbers" }),
    h("p", { class: "ex-hint", text: "Counts as the issuing body or outlet reported them, placed on the date they were reported. Counts of children are circles; counts of families are diamonds. Different bodies counted different things over different periods, so the points are not one series." }),
    h("fieldset", { class: "ex-groups" }, h("legend", { text: "Show" }), categoryBoxes),
    h("figure", { class: "ex-chart-figure" }, chart,
      h("figcaption", { class: "ex-hint", text: "Chart of official and reported counts by the date they were reported. The table below lists the same figures as text." })),
    h("details", { class: "ex-table", open: true }, h("summary", { text: "The figures shown, as a table" }),
      h("table", { class: "ex-cards-on-phone" }, tableCaption,
        h("thead", {}, h("tr", {}, FIGURE_HEADS.map((t) => h("th", { scope: "col", text: t })))),
        tableBody)),
    h("h2", { text: "Microsoft's earlier stances (2008-2017)" }),
    h("div", { class: "ex-stances" }, data.stances.map((s) => h("article", { class: "ex-card" },
      h("p", { class: "ex-card-when", text: s.when }), h("h3", { class: "ex-card-title", text: s.title }),
      h("p", {}, linkTerms(s.description, data.links)),
      revisionNotes(s.revisions),
      h("details", {}, h("summary", { text: `Sources (${s.sources.length}) · ${s.confidence.replace("-", " ")}` }), sourceList(s.sources))))),
    h("h2", { id: "glossary", text: "Glossary" }),
    h("div", { class: "ex-field" }, h("label", { for: ids.search, text: "Search the glossary" }), search),
    glossaryList);
  el.replaceChildren(root);

  function drawStepList() {
    stepList.replaceChildren(...data.steps.map((s, i) => h("li", {},
      h("button", { type: "button", class: "ex-link-button", "aria-current": i === state.step ? "step" : null, onclick: () => goTo(i) }, s.title))));
  }

  function goTo(index) {
    return timed(root, async () => { showStep(index); bringIntoView(stepBody); });
  }

  function showStep(index) {
    state.step = Math.max(0, Math.min(data.steps.length - 1, index));
    const s = data.steps[state.step];
    drawStepList();
    position.textContent = `Step ${state.step + 1} of ${data.steps.length}`;
    prev.disabled = state.step === 0;
    next.disabled = state.step === data.steps.length - 1;
    fill(stepBody,
      h("h3", { class: "ex-card-title", text: `${s.step}. ${s.title}` }),
      h("p", { class: "ex-card-body" }, linkTerms(s.explanation, data.links)),
      revisionNotes(s.revisions),
      s.quotes.length ? h("h4", { text: "What they said" }) : "",
      s.quotes.map((q) => h("figure", { class: "ex-quote" }, h("blockquote", { text: q.text }),
        h("figcaption", {}, h("span", { class: "ex-speaker", text: q.speaker }), `, ${q.role} · ${q.date} · ${q.medium} · as printed by `,
          h("a", { href: q.source.url, target: "_blank", rel: "noopener noreferrer", text: q.source.publisher }),
          revisionNotes(q.revisions)))),
      h("h4", { text: "Events" }),
      h("ul", {}, s.events.map((e) => h("li", {}, `${e.when}: ${e.title}`))),
      s.terms.length ? h("p", {}, "Terms: ", s.terms.map((t, i) => [i ? " · " : "", h("a", { href: `?term=${encodeURIComponent(t.slug)}`, class: "ex-term", text: t.term })])) : "",
      h("details", {}, h("summary", { text: `Sources (${s.sources.length})` }), sourceList(s.sources)));
    root.dataset.step = String(s.step);
  }

  function shownFigures() {
    return data.figures.filter((f) => state.categories.has(f.category));
  }

  function drawNumbers() {
    return timed(root, async () => {
      const visible = data.categories.map((c) => state.categories.has(c.id));
      if (window.Plotly && chart.data) await window.Plotly.restyle(chart, { visible }, data.categories.map((_, i) => i));
      drawTable();
    });
  }

  function drawTable() {
    const rows = shownFigures();
    tableCaption.textContent = `Figures shown (${rows.length})`;
    tableBody.replaceChildren(...rows.map((f) => h("tr", { "data-figure": f.id, class: f.dispute_note ? "ex-disputed-row" : "" },
      h("td", { "data-label": FIGURE_HEADS[0], text: f.stated }),
      h("td", { "data-label": FIGURE_HEADS[1], text: `${f.measure} (${f.category_label})` }),
      h("td", { "data-label": FIGURE_HEADS[2], text: f.period }),
      h("td", { "data-label": FIGURE_HEADS[3], text: f.issuing_body }), h("td", { "data-label": FIGURE_HEADS[4], text: f.reported }),
      h("td", { "data-label": FIGURE_HEADS[5] }, f.sources.map((s, i) => [i ? "; " : "", h("a", { href: s.url, target: "_blank", rel: "noopener noreferrer", text: s.publisher })]),
        f.dispute_note ? h("p", { class: "ex-dispute" }, h("strong", { text: "Sources disagree: " }), f.dispute_note) : "",
        revisionNotes(f.revisions)))));
    root.dataset.figures = String(rows.length);
  }

  function drawGlossary() {
    glossaryList.replaceChildren(...data.glossary.flatMap((g) => [
      h("dt", { id: `term-${g.slug}`, "data-term": g.slug, text: g.term }),
      h("dd", { "data-term": g.slug }, g.definition, " ",
        h("span", { class: "ex-source-note" }, "Source: ", h("a", { href: g.source.url, target: "_blank", rel: "noopener noreferrer", text: g.source.publisher })),
        revisionNotes(g.revisions))]));
  }

  function filterGlossary() {
    const needle = search.value.trim().toLowerCase();
    for (const node of glossaryList.children) {
      const entry = data.glossary.find((g) => g.slug === node.dataset.term);
      node.hidden = Boolean(needle) && !`${entry.term} ${entry.definition} ${entry.aliases.join(" ")}`.toLowerCase().includes(needle);
    }
  }

  // Mark a term and bring it into view; `history` "push" makes a new history entry (a link
  // followed in the page: Back returns to the text), "replace" updates the address only.
  function showTerm(slug, history = "replace") {
    const target = glossaryList.querySelector(`dt[data-term="${CSS.escape(slug)}"]`);
    if (!target) { notice(root, "That glossary term was not found; the whole glossary is shown."); return; }
    search.value = "";
    filterGlossary();
    for (const node of glossaryList.querySelectorAll(".ex-current")) node.classList.remove("ex-current");
    target.classList.add("ex-current");
    target.nextElementSibling.classList.add("ex-current");
    bringIntoView(target, "center");
    root.dataset.term = slug;
    if (history === "push") pushQueryParam("term", slug);
    else if (history === "replace") setQueryParam("term", slug);
  }

  // A glossary link to this same page is followed here, without reloading the page.
  root.addEventListener("click", (ev) => {
    const link = ev.target.closest && ev.target.closest("a.ex-term");
    if (!link || ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
    let url;
    try { url = new URL(link.getAttribute("href"), window.location.href); } catch (err) { return; }
    const slug = url.searchParams.get("term");
    if (!slug || url.origin !== window.location.origin || url.pathname !== window.location.pathname) return;
    ev.preventDefault();
    showTerm(slug, "push");
  });
  window.addEventListener("popstate", () => {
    const slug = queryParam("term");
    if (slug && root.isConnected) showTerm(slug, "none");
  });

  // The first drawing builds every part at once and waits for one paint, not one per part.
  async function start() {
    performance.mark("explainer:policy-built");
    drawGlossary();
    const wantedStep = Number(queryParam("step"));
    const linkedStep = Number.isInteger(wantedStep) && wantedStep >= 1;
    showStep(linkedStep ? wantedStep - 1 : 0);
    drawTable();
    const term = queryParam("term");
    if (term) showTerm(term);
    performance.mark("explainer:policy-steps");
    try {
      await loadPlotly();
      await window.Plotly.newPlot(chart, data.figure.data, data.figure.layout, data.config);
      if (highContrast()) await styleChart(chart, data.looks, false);
      onContrastChange(() => styleChart(chart, data.looks, false));
      performance.mark("explainer:policy-plotted");
    } catch (err) {
      notice(root, "The chart could not be drawn; the table lists every figure.");
    }
    await nextPaint();
    // the chart's drawing moved what lies below it: bring the linked item into view now
    if (term && root.dataset.term) revealLinked(glossaryList.querySelector(".ex-current"), "center");
    else if (linkedStep) revealLinked(stepBody);
    performance.mark("explainer:policy-ready");
    root.dataset.ready = "true";
    releaseKernelWhenDrawn();
  }
  start();
}
