// The timeline view: filters, search, zoom presets, class-mode stepping, ?event= links.
// Runs entirely in the browser, so Voila and the static edition share it.

const TABLE_HEADS = ["Date", "Event", "Who", "Confidence", "Sources"];

// A plotly date ("2018-06-17", "2018-06-17 13:00:00.5") or an event's "2018-06-17T13:00", read
// the same way (as local time), so counting what the axis shows compares like with like.
function chartTime(value) {
  const text = String(value).replace(" ", "T").replace(/(\.\d{3})\d+$/, "$1");
  return new Date(text.length <= 10 ? `${text}T00:00` : text).getTime();
}

function renderTimeline(data, el) {
  const ids = { era: uid("era"), search: uid("search"), zoom: uid("zoom"), pick: uid("pick"), cls: uid("class") };
  // matching: the events the filters keep (drawn on the chart); shown: those of them in the dates
  // the chart shows (counted, listed, stepped through)
  const state = { groups: new Set(data.lanes.map((l) => l.id)), era: "all", search: "", current: null,
    matching: data.events, shown: data.events };
  const byId = new Map(data.events.map((e) => [e.id, e]));
  const laneById = new Map(data.lanes.map((l) => [l.id, l]));
  const instant = new Map(data.events.map((e) => [e.id, chartTime(e.x)]));

  const groupBoxes = data.lanes.map((lane) => h("label", { class: "ex-check" },
    h("input", { type: "checkbox", checked: true, value: lane.id, onchange: (ev) => {
      if (ev.target.checked) state.groups.add(lane.id); else state.groups.delete(lane.id);
      update();
    } }),
    h("span", { class: `ex-glyph ex-glyph-${lane.symbol}`, style: `color:${lane.color}`, "aria-hidden": "true" }),
    lane.label));
  const eraSelect = h("select", { id: ids.era, onchange: (ev) => { state.era = ev.target.value; update(); } },
    h("option", { value: "all", text: "All eras" }),
    data.eras.map((era) => h("option", { value: era.id, text: era.label })));
  const search = h("input", { id: ids.search, type: "search", placeholder: "e.g. Nadella, letter, tenet",
    oninput: (ev) => { state.search = ev.target.value.trim().toLowerCase(); update(); } });
  const zoom = h("select", { id: ids.zoom, onchange: (ev) => zoomTo(ev.target.value) },
    data.presets.map((p) => h("option", { value: p.id, text: p.label })));
  const count = h("p", { class: "ex-count", "aria-live": "polite" });
  const chart = h("div", { class: "ex-chart" });
  const pick = h("select", { id: ids.pick, onchange: (ev) => select(ev.target.value, { reveal: true }) });
  const prev = h("button", { type: "button", class: "ex-step-button", onclick: () => step(-1, { reveal: true }) }, "◀ Previous");
  const next = h("button", { type: "button", class: "ex-step-button", onclick: () => step(1, { reveal: true }) }, "Next ▶");
  const classMode = h("input", { id: ids.cls, type: "checkbox", onchange: (ev) => setClassMode(ev.target.checked) });
  const card = h("article", { class: "ex-card", "aria-live": "polite", tabindex: "-1" });
  const tableBody = h("tbody");
  const tableCaption = h("caption");

  const root = h("section", { class: "ex-view ex-timeline", "aria-label": "Interactive timeline" },
    h("div", { class: "ex-notice", role: "status", hidden: true }),
    h("div", { class: "ex-chart-bar" }, count,
      h("div", { class: "ex-field ex-inline" }, h("label", { for: ids.zoom, text: "Zoom" }), zoom)),
    h("div", { class: "ex-timeline-main" },
      h("div", { class: "ex-timeline-chart" },
        h("figure", { class: "ex-chart-figure" }, chart,
          h("figcaption", { class: "ex-hint", text: "Timeline chart: one row per group, its name above it, markers in date order. Drag the chart sideways to move through time. The table below lists the same events as text." })),
        h("div", { class: "ex-controls" },
          h("fieldset", { class: "ex-groups" }, h("legend", { text: "Who acted" }), groupBoxes),
          h("div", { class: "ex-field" }, h("label", { for: ids.era, text: "Era" }), eraSelect),
          h("div", { class: "ex-field" }, h("label", { for: ids.search, text: "Search events" }), search))),
      h("div", { class: "ex-timeline-side" },
        h("div", { class: "ex-stepper", role: "group", "aria-label": "Step through the events in date order" },
          prev, h("label", { for: ids.pick, text: "Event" }), pick, next,
          h("label", { class: "ex-check", for: ids.cls }, classMode, "Class mode (large type; arrow keys step)")),
        card)),
    h("details", { class: "ex-table", open: true },
      h("summary", { text: "The events shown, as a table" }),
      h("table", { class: "ex-cards-on-phone" }, tableCaption,
        h("thead", {}, h("tr", {}, TABLE_HEADS.map((t) => h("th", { scope: "col", text: t })))),
        tableBody)));
  // every event's row is made once; filters only hide rows (rebuilding them cost a frame)
  const tableRows = data.events.map((e) => h("tr", { "data-event": e.id },
    h("td", { "data-label": TABLE_HEADS[0], text: e.when }),
    h("td", { "data-label": TABLE_HEADS[1] }, h("button", { type: "button", class: "ex-link-button", onclick: () => select(e.id, { reveal: true }) }, e.title)),
    h("td", { "data-label": TABLE_HEADS[2], text: e.group_label }),
    h("td", { "data-label": TABLE_HEADS[3], text: e.confidence.replace("-", " ") }),
    h("td", { "data-label": TABLE_HEADS[4], text: e.sources.map((s) => s.publisher).join("; ") })));
  tableBody.replaceChildren(...tableRows);
  el.replaceChildren(root);

  // In class mode the arrow keys step, wherever the focus is in the view (the Class mode box
  // itself included) or when nothing has it; they still move within text fields and menus.
  document.addEventListener("keydown", (ev) => {
    if (!root.isConnected || !root.classList.contains("ex-class-mode")) return;
    const target = ev.target;
    if (target !== document.body && target !== document.documentElement && !root.contains(target)) return;
    if (target.tagName === "SELECT" || target.tagName === "TEXTAREA") return;
    if (target.tagName === "INPUT" && !["checkbox", "radio", "button"].includes(target.type)) return;
    if (ev.key === "ArrowRight") { ev.preventDefault(); step(1, { reveal: true }); }
    if (ev.key === "ArrowLeft") { ev.preventDefault(); step(-1, { reveal: true }); }
  });

  function setClassMode(on) {
    root.classList.toggle("ex-class-mode", on);
    classMode.checked = on;
    classMode.focus();  // keeps the keys here: the arrows step at once
    return restyle();
  }

  function restyle() {
    if (!chart.layout) return Promise.resolve();
    return styleChart(chart, data.looks, root.classList.contains("ex-class-mode"));
  }

  function matches(event) {
    if (!state.groups.has(event.group)) return false;
    if (state.era !== "all" && event.era !== state.era) return false;
    if (!state.search) return true;
    const haystack = [event.title, event.description, event.actors, event.when, event.group_label,
      ...event.sources.map((s) => `${s.publisher} ${s.title}`)].join(" ").toLowerCase();
    return haystack.includes(state.search);
  }

  // The dates the chart shows now, as [from, to] in milliseconds.
  function shownDates() {
    const range = chart.layout && chart.layout.xaxis && chart.layout.xaxis.range;
    if (range && range.length === 2) return range.map(chartTime);
    const preset = data.presets.find((p) => p.id === zoom.value) || data.presets[0];
    return preset.range.map(chartTime);
  }

  function inShownDates(event) {
    const [from, to] = shownDates();
    const at = instant.get(event.id);
    return at >= from && at <= to;
  }

  function traceUpdate() {
    const update = { x: [], y: [], customdata: [], text: [] };
    data.lanes.forEach((lane) => {
      const members = state.matching.filter((e) => e.group === lane.id);
      update.x.push(members.map((e) => e.x));
      update.y.push(members.map(() => lane.y));
      update.customdata.push(members.map((e) => [e.id, plotlyText(e.when)]));
      update.text.push(members.map((e) => plotlyText(e.title)));
    });
    return update;
  }

  // The ring around the chosen event is a layout shape: moving it leaves the traces alone.
  // y is the lane's place on the category axis (its categories run bottom to top).
  function ringUpdate() {
    const ring = (chart.layout.shapes || []).findIndex((s) => s.name === data.ring);
    if (ring < 0) return {};
    const e = state.current && state.matching.includes(state.current) ? state.current : null;
    if (!e) return { [`shapes[${ring}].visible`]: false };
    return {
      [`shapes[${ring}].visible`]: true,
      [`shapes[${ring}].xanchor`]: e.x,
      [`shapes[${ring}].yanchor`]: laneById.get(e.group).y,
    };
  }

  // One call for the lanes' points and the ring.
  async function redraw() {
    await window.Plotly.update(chart, traceUpdate(), ringUpdate(), data.lanes.map((_, i) => i));
  }

  function fillList() {
    state.shown = state.matching.filter(inShownDates);
    const outside = state.matching.length - state.shown.length;
    count.textContent = `Showing ${state.shown.length} of ${data.events.length} events`
      + (outside ? ` · ${outside} more outside these dates` : "");
    pick.replaceChildren(...state.shown.map((e) => h("option", { value: e.id, text: `${e.when}: ${e.title}` })));
    if (state.current && state.shown.includes(state.current)) pick.value = state.current.id;
    else pick.selectedIndex = -1;
    tableCaption.textContent = `Events shown (${state.shown.length}), in date order`;
    const shownIds = new Set(state.shown.map((e) => e.id));
    for (const row of tableRows) row.hidden = !shownIds.has(row.dataset.event);  // no rebuild
    prev.disabled = next.disabled = state.shown.length === 0;
  }

  function update() {
    return timed(root, async () => {
      state.matching = data.events.filter(matches);
      fillList();
      await redraw();
    });
  }

  function showCard(e) {
    if (!e) { card.replaceChildren(h("p", { class: "ex-hint", text: "Choose an event on the chart, in the list or in the table to read it here." })); return; }
    card.replaceChildren(
      h("p", { class: "ex-card-when", text: e.when }),
      h("h3", { class: "ex-card-title", text: e.title }),
      h("p", { class: "ex-card-body" }, linkTerms(e.description, data.links)),
      h("dl", { class: "ex-card-facts" },
        h("dt", { text: "Who" }), h("dd", { text: e.actors || e.group_label }),
        h("dt", { text: "Era" }), h("dd", { text: e.era_label }),
        h("dt", { text: "Confidence" }), h("dd", { class: `ex-confidence ex-${e.confidence}`, text: e.confidence_text })),
      revisionNotes(e.revisions),
      h("h4", { text: e.sources.length === 1 ? "Source" : `Sources (${e.sources.length})` }),
      sourceList(e.sources),
      evidenceDetails(e.evidence));
  }

  // Choose an event; with reveal, scroll its card (and the chart's ring) into view.
  function select(id, { reveal = false } = {}) {
    return timed(root, async () => {
      state.current = byId.get(id) || null;
      if (state.current && !state.matching.includes(state.current)) {
        state.groups = new Set(data.lanes.map((l) => l.id)); state.era = "all"; state.search = "";
        groupBoxes.forEach((b) => { b.querySelector("input").checked = true; });
        eraSelect.value = "all"; search.value = "";
        state.matching = data.events.filter(matches);
        await window.Plotly.restyle(chart, traceUpdate(), data.lanes.map((_, i) => i));
      }
      if (state.current) await revealOnAxis(state.current);
      fillList();
      if (state.current) pick.value = state.current.id;
      root.dataset.current = state.current ? state.current.id : "";
      for (const row of tableBody.children) row.classList.toggle("ex-current", row.dataset.event === root.dataset.current);
      showCard(state.current);
      setQueryParam("event", state.current ? state.current.id : null);
      await window.Plotly.relayout(chart, ringUpdate());
      if (reveal && state.current) bringIntoView(card);
    });
  }

  function step(direction, options) {
    if (!state.shown.length) return;
    const at = state.shown.indexOf(state.current);
    const target = at < 0 ? (direction > 0 ? 0 : state.shown.length - 1)
      : Math.min(state.shown.length - 1, Math.max(0, at + direction));
    return select(state.shown[target].id, options);
  }

  // If the chosen event lies outside the visible dates, zoom out to a preset that shows it.
  async function revealOnAxis(event) {
    if (inShownDates(event)) return;
    const at = instant.get(event.id);
    const preset = data.presets.find((p) => at >= chartTime(p.range[0]) && at <= chartTime(p.range[1]));
    if (!preset) return;
    zoom.value = preset.id;
    await window.Plotly.relayout(chart, { "xaxis.range": preset.range });
  }

  function zoomTo(presetId) {
    const preset = data.presets.find((p) => p.id === presetId);
    return timed(root, async () => {
      await window.Plotly.relayout(chart, { "xaxis.range": preset.range });
      fillList();
    });
  }

  async function start() {
    performance.mark("explainer:timeline-start");
    await loadPlotly();
    performance.mark("explainer:timeline-plotly");
    await window.Plotly.newPlot(chart, data.figure.data, data.figure.layout, data.config);
    performance.mark("explainer:timeline-plotted");
    chart.on("plotly_click", (ev) => { const point = ev.points && ev.points[0]; if (point && point.customdata) select(point.customdata[0], { reveal: true }); });
    // dragging the chart through time changes what is counted, listed and stepped through
    chart.on("plotly_relayout", (change) => {
      if (Object.keys(change || {}).some((key) => key.startsWith("xaxis.range") || key === "xaxis.autorange")) fillList();
    });
    onContrastChange(() => restyle());
    if (highContrast()) await restyle();
    fillList();  // the figure already shows every event: no restyle needed on first draw
    const wanted = queryParam("event");
    if (wanted !== null) {
      if (!/^[a-z0-9-]{1,80}$/.test(wanted)) notice(root, "The link's event id is not valid, so the whole timeline is shown.");
      else if (!byId.has(wanted)) notice(root, `No event has the id "${wanted}", so the whole timeline is shown.`);
      else { await select(wanted); revealLinked(card); }
    }
    if (!state.current) showCard(null);
    performance.mark("explainer:timeline-ready");
    root.dataset.ready = "true";
    releaseKernelWhenDrawn();
  }
  start().catch((err) => {
    notice(root, "The chart could not be drawn; the table below lists every event.");
    fillList();
    showCard(null);
    root.dataset.ready = "error";
    console.error(err);
  });
}

// "How we count the sources": which reports count (each once, with the copies and relays that
// count with it), which are cited but not counted and why, and which disagree.
function evidenceDetails(ev) {
  if (!ev) return "";
  const named = (publisher) => publisher || "The original report (not itself cited)";
  const section = (title, items) => (items.length ? [h("h5", { text: title }), h("ul", {}, items)] : []);
  const counted = ev.counted.map((c) => h("li", { "data-report": c.id },
    h("span", { class: "ex-publisher", text: named(c.publisher) }),
    c.disagrees ? " (disagrees on a detail; see below)" : "",
    c.relays.length ? h("ul", { class: "ex-relays" }, c.relays.map((r) => h("li", {},
      h("span", { class: "ex-publisher", text: r.publisher }), ` (${r.relation}, counted once with it)`,
      r.note ? h("span", { class: "ex-source-note", text: `: ${r.note}` }) : ""))) : ""));
  const noted = (rows) => rows.map((r) => h("li", {}, h("span", { class: "ex-publisher", text: r.publisher }),
    r.note ? h("span", { class: "ex-source-note", text: `: ${r.note}` }) : ""));
  const reports = ev.count === 1 ? "1 report counts" : `${ev.count} reports count`;
  return h("details", { class: "ex-evidence" },
    h("summary", {}, "How we count the sources: ", h("span", { class: `ex-confidence ex-${ev.label}`, text: ev.label_text })),
    h("p", { class: "ex-hint", text: `${reports} toward confirmation. A copy or relay counts once, with the report it repeats; two or more counted reports make an event confirmed, and any source that disagrees makes it disputed.` }),
    section(`Counted (${ev.counted.length})`, counted),
    section("Disagree", noted(ev.disagreeing)),
    section("Cited, not counted", noted(ev.not_counted)));
}
