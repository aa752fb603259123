// The timeline view: filters, search, zoom presets, class-mode stepping, ?event= links.
// Runs entirely in the browser, so Voila and the static edition share it.
import { queryParam, setQueryParam, setQueryParams } from "../address.js";
import { drawChart, moveShape, plotlyText, styleChart } from "../chart.js";
import { onContrastChange, pageLook } from "../contrast.js";
import { h, notice, plainText, richText, uid } from "../dom.js";
import {
  downloadBar,
  fileName,
  saveChartImage,
  saveCsv,
  titledLayout,
  toCsv,
} from "../downloads.js";
import { embedControl } from "../embed-control.js";
import { formatNumber, t, tn } from "../i18n.js";
import { bringIntoView, revealLinked } from "../scrolling.js";
import { timed, whenSeen } from "../timing.js";
import { eventDetails, noEventHint } from "./event-card.js";
import { eventRow, eventTableHead, tableHeads } from "./event-table.js";
import {
  chartTime,
  eventMatches,
  labelPlaces,
  laneLooks,
  laneTraces,
  ringPlace,
  ringUpdate,
} from "./events.js";

// The columns of the shown events' CSV: the data package's names, the page's language.
const EVENT_COLUMNS = [
  ["event_id", (e) => e.id],
  ["date", (e) => e.x],
  ["date_shown", (e) => e.when],
  ["title", (e) => e.title],
  ["description", (e) => e.description],
  ["actor_group", (e) => e.group],
  ["actor_group_shown", (e) => e.group_label],
  ["actors", (e) => e.actors],
  ["era", (e) => e.era],
  ["era_shown", (e) => e.era_label],
  ["confidence", (e) => e.confidence],
  ["sources", (e) => e.sources.map((s) => s.publisher).join("; ")],
  ["source_urls", (e) => e.sources.map((s) => s.url).join(" ")],
];

// The class of a lane's glyph drawn in black (Okabe-Ito's last colour), which the dark theme
// draws light instead.
function inkGlyph(lane) {
  return String(lane.color).toLowerCase() === "#000000" ? " ex-glyph-ink" : "";
}

export function renderTimeline(data, el) {
  const ids = {
    era: uid("era"),
    search: uid("search"),
    zoom: uid("zoom"),
    pick: uid("pick"),
    cls: uid("class"),
  };
  // matching: the events the filters keep (drawn on the chart); shown: those of them in the dates
  // the chart shows (counted, listed, stepped through)
  const state = {
    groups: new Set(data.lanes.map((l) => l.id)),
    era: "all",
    search: "",
    current: null,
    matching: data.events,
    shown: data.events,
  };
  const byId = new Map(data.events.map((e) => [e.id, e]));
  const laneById = new Map(data.lanes.map((l) => [l.id, l]));
  const instant = new Map(data.events.map((e) => [e.id, chartTime(e.x)]));
  const traces = data.lanes.map((_, i) => i);

  const groupBoxes = data.lanes.map((lane) =>
    h(
      "label",
      { class: "ex-check" },
      h("input", {
        type: "checkbox",
        checked: true,
        value: lane.id,
        onchange: (ev) => {
          if (ev.target.checked) state.groups.add(lane.id);
          else state.groups.delete(lane.id);
          update();
        },
      }),
      h("span", {
        class: `ex-glyph ex-glyph-${lane.symbol}${inkGlyph(lane)}`,
        style: `color:${lane.color}`,
        "aria-hidden": "true",
      }),
      richText(lane.label),
    ),
  );
  const eraSelect = h(
    "select",
    {
      id: ids.era,
      onchange: (ev) => {
        state.era = ev.target.value;
        update();
      },
    },
    h("option", { value: "all", text: t("All eras") }),
    data.eras.map((era) => h("option", { value: era.id, text: plainText(era.label) })),
  );
  const search = h("input", {
    id: ids.search,
    type: "search",
    placeholder: t("e.g. Nadella, letter, tenet"),
    oninput: (ev) => {
      state.search = ev.target.value.trim().toLowerCase();
      update();
    },
  });
  const zoom = h(
    "select",
    { id: ids.zoom, onchange: (ev) => zoomTo(ev.target.value) },
    data.presets.map((p) => h("option", { value: p.id, text: plainText(p.label) })),
  );
  const count = h("p", { class: "ex-count", "aria-live": "polite" });
  const chart = h("div", { class: "ex-chart" });
  // the lanes' names and the axis title, over the chart (timeline.py's chart_labels)
  const laneNames = data.labels.lanes.map((lane) =>
    h(
      "span",
      { class: "ex-lane-name" },
      h("span", { class: inkGlyph(lane).trim() || null, style: `color:${lane.color}` }, lane.glyph),
      " ",
      richText(lane.label),
    ),
  );
  const axisTitle = h("div", { class: "ex-axis-title", text: data.labels.title });
  const labels = h("div", { class: "ex-chart-labels", hidden: true }, axisTitle, laneNames);
  const pick = h("select", {
    id: ids.pick,
    onchange: (ev) => select(ev.target.value, { reveal: true }),
  });
  const prev = h(
    "button",
    { type: "button", class: "ex-step-button", onclick: () => step(-1, { reveal: true }) },
    t("◀ Previous"),
  );
  const next = h(
    "button",
    { type: "button", class: "ex-step-button", onclick: () => step(1, { reveal: true }) },
    t("Next ▶"),
  );
  const classMode = h("input", {
    id: ids.cls,
    type: "checkbox",
    onchange: (ev) => setClassMode(ev.target.checked),
  });
  const card = h("article", { class: "ex-card", "aria-live": "polite", tabindex: "-1" });
  const tableBody = h("tbody");
  const tableCaption = h("caption");
  const table = h(
    "details",
    { class: "ex-table", open: true },
    h("summary", { text: t("The events shown, as a table") }),
    h("table", { class: "ex-cards-on-phone" }, tableCaption, eventTableHead(), tableBody),
  );

  const root = h(
    "section",
    { class: "ex-view ex-timeline", "aria-label": t("Interactive timeline") },
    h("div", { class: "ex-notice", role: "status", hidden: true }),
    h(
      "div",
      { class: "ex-chart-bar" },
      count,
      h(
        "div",
        { class: "ex-field ex-inline" },
        h("label", { for: ids.zoom, text: t("Zoom") }),
        zoom,
      ),
    ),
    h(
      "div",
      { class: "ex-timeline-main" },
      h(
        "div",
        { class: "ex-timeline-chart" },
        h(
          "figure",
          { class: "ex-chart-figure" },
          chart,
          h("figcaption", {
            class: "ex-hint",
            text: t(
              "Timeline chart: one row per group, its name above it, markers in date order. Drag the chart sideways to move through time. The table below lists the same events as text.",
            ),
          }),
        ),
        downloadBar({
          csv: () => saveCsv(toCsv(state.shown, EVENT_COLUMNS), shownFileName("csv")),
          png: () => saveImage("png"),
          svg: () => saveImage("svg"),
        }),
        h(
          "div",
          { class: "ex-controls" },
          h("fieldset", { class: "ex-groups" }, h("legend", { text: t("Who acted") }), groupBoxes),
          h("div", { class: "ex-field" }, h("label", { for: ids.era, text: t("Era") }), eraSelect),
          h(
            "div",
            { class: "ex-field" },
            h("label", { for: ids.search, text: t("Search events") }),
            search,
          ),
        ),
      ),
      h(
        "div",
        { class: "ex-timeline-side" },
        h(
          "div",
          {
            class: "ex-stepper",
            role: "group",
            "aria-label": t("Step through the events in date order"),
          },
          prev,
          h("label", { for: ids.pick, text: t("Event") }),
          pick,
          next,
          h(
            "label",
            { class: "ex-check", for: ids.cls },
            classMode,
            t("Class mode (large type; arrow keys step)"),
          ),
        ),
        card,
      ),
    ),
    table,
  );
  // every event's row is made once; filters only hide rows (rebuilding them cost a frame)
  const heads = tableHeads();
  const tableRows = data.events.map((e) =>
    eventRow(e, () => select(e.id, { reveal: true }), heads),
  );
  const rowById = new Map(tableRows.map((row) => [row.dataset.event, row]));
  let listed = null; // what the count, the Event menu and the table show now
  tableBody.replaceChildren(...tableRows);
  el.replaceChildren(root);
  // Off the screen, the table's rows follow a change just after the chart and the count are
  // painted: laying out a hundred rows (10-15 ms) is no part of the wait for what is seen.
  const changeTable = whenSeen(table);

  // In class mode the arrow keys step, wherever the focus is in the view (the Class mode box
  // itself included) or when nothing has it; they still move within text fields and menus.
  document.addEventListener("keydown", (ev) => {
    if (!root.isConnected || !root.classList.contains("ex-class-mode")) return;
    const target = ev.target;
    if (target !== document.body && target !== document.documentElement && !root.contains(target))
      return;
    if (target.tagName === "SELECT" || target.tagName === "TEXTAREA") return;
    if (target.tagName === "INPUT" && !["checkbox", "radio", "button"].includes(target.type))
      return;
    if (ev.key === "ArrowRight") {
      ev.preventDefault();
      step(1, { reveal: true });
    }
    if (ev.key === "ArrowLeft") {
      ev.preventDefault();
      step(-1, { reveal: true });
    }
  });

  function setClassMode(on) {
    root.classList.toggle("ex-class-mode", on);
    classMode.checked = on;
    classMode.focus(); // keeps the keys here: the arrows step at once
    return restyle();
  }

  async function restyle() {
    if (!chart.layout) return;
    await styleChart(chart, data.looks, root.classList.contains("ex-class-mode"));
    placeLabels();
  }

  // Put the labels over the drawn chart: above its plot (where plotly's annotations go: under
  // its hover labels), in the chart's text size and colour.
  function placeLabels() {
    const looks = data.looks;
    const px = root.classList.contains("ex-class-mode") ? looks.class_text_px : looks.text_px;
    const places = labelPlaces(
      chart.layout,
      data.labels.lanes.map((lane) => lane.y),
    );
    Object.assign(labels.style, {
      fontFamily: chart.layout.font?.family || "",
      fontSize: `${px}px`,
      color: (looks[pageLook()] || looks.normal).text,
    });
    laneNames.forEach((name, i) => {
      Object.assign(name.style, { left: `${places.left}px`, top: `${places.tops[i]}px` });
    });
    Object.assign(axisTitle.style, {
      left: `${places.left}px`,
      right: `${places.right}px`,
      fontSize: `${Math.round(1.2 * px)}px`, // as plotly's axis titles
    });
    const top = chart.querySelectorAll(".svg-container > .main-svg")[1];
    if (top && labels.nextSibling !== top) top.before(labels);
    else if (!labels.isConnected) chart.append(labels);
    labels.hidden = false;
  }

  // The dates the chart shows now, as [from, to] in milliseconds.
  function shownDates() {
    const range = chart.layout?.xaxis?.range;
    if (range && range.length === 2) return range.map(chartTime);
    const preset = data.presets.find((p) => p.id === zoom.value) || data.presets[0];
    return preset.range.map(chartTime);
  }

  function inShownDates(event) {
    const [from, to] = shownDates();
    const at = instant.get(event.id);
    return at >= from && at <= to;
  }

  // The ring's event (none when the chosen event is filtered out) and its lane's place.
  function ringed() {
    const e = state.current && state.matching.includes(state.current) ? state.current : null;
    return [e, e && laneById.get(e.group).y];
  }

  // What the chart draws now: the points (the events passing the era and the search, in every
  // lane) and which lanes are shown (ticked). Ticking a lane changes only how it is shown.
  const drawn = { events: data.events, shown: data.lanes.map(() => true) };
  const hoverTexts = data.figure.data.map((trace) => trace.hovertemplate);

  // Bring the chart up to date in the cheapest calls: one that redraws everything when the points
  // change (with the ring and any layout change), else a style-only change of the lanes whose
  // ticks changed, a move of the ring, and a layout change, each only if needed.
  async function redraw(layout = {}) {
    const everyLane = { ...state, groups: new Set(data.lanes.map((l) => l.id)) };
    const events = data.events.filter((e) => eventMatches(e, everyLane));
    const shown = data.lanes.map((l) => state.groups.has(l.id));
    const samePoints =
      events.length === drawn.events.length && events.every((e, i) => e === drawn.events[i]);
    if (!samePoints) {
      Object.assign(drawn, { events, shown });
      const lanes = { ...laneTraces(data.lanes, events), ...laneLooks(shown, hoverTexts) };
      const ring = ringUpdate(chart.layout.shapes, data.ring, ...ringed());
      return window.Plotly.update(chart, lanes, { ...ring, ...layout }, traces);
    }
    const changed = traces.filter((i) => shown[i] !== drawn.shown[i]);
    drawn.shown = shown;
    if (changed.length) {
      const looks = laneLooks(
        changed.map((i) => shown[i]),
        changed.map((i) => hoverTexts[i]),
      );
      await window.Plotly.restyle(chart, looks, changed);
    }
    await moveShape(chart, data.ring, ringPlace(...ringed()));
    if (Object.keys(layout).length) await window.Plotly.relayout(chart, layout);
  }

  // The count, the Event menu and the table, built again only when what they list has changed.
  function fillList() {
    state.shown = state.matching.filter(inShownDates);
    const outside = state.matching.length - state.shown.length;
    const same =
      listed?.outside === outside &&
      listed.shown.length === state.shown.length &&
      listed.shown.every((e, i) => e === state.shown[i]);
    if (!same) {
      const first = !listed;
      listed = { shown: state.shown, outside };
      const total = data.events.length;
      const showing = tn("Showing {shown} of {n} event", "Showing {shown} of {n} events", total, {
        shown: formatNumber(state.shown.length),
      });
      count.textContent = outside
        ? `${showing} · ${tn("{n} more outside these dates", "{n} more outside these dates", outside)}`
        : showing;
      pick.replaceChildren(
        ...state.shown.map((e) =>
          h("option", { value: e.id, text: `${e.when}: ${plainText(e.title)}` }),
        ),
      );
      tableCaption.textContent = t("Events shown ({n}), in date order", {
        n: formatNumber(state.shown.length),
      });
      showRows(new Set(state.shown.map((e) => e.id)), first);
      prev.disabled = next.disabled = state.shown.length === 0;
    }
    if (state.current && state.shown.includes(state.current)) pick.value = state.current.id;
    else pick.selectedIndex = -1;
  }

  // Hide the rows of the events not shown (they are never rebuilt); see changeTable.
  function showRows(shownIds, now) {
    changeTable(() => {
      for (const row of tableRows) {
        const hidden = !shownIds.has(row.dataset.event);
        if (row.hidden !== hidden) row.hidden = hidden;
      }
    }, now);
  }

  // A name for what is shown: the zoom, the era, the search and the number of events.
  function shownFileName(extension) {
    const era = state.era === "all" ? "" : state.era;
    return fileName(
      ["timeline", zoom.value, era, state.search, `${state.shown.length}-events`],
      extension,
    );
  }

  // The chart as shown, as an image that stands alone: the lanes' names and the axis title
  // (drawn by the page over the chart) go into it, with a title and the source line.
  function saveImage(format) {
    if (!chart.layout) return;
    const look = data.looks[pageLook()] || data.looks.normal;
    const lanes = data.labels.lanes.map((lane) => ({
      // the glyph in its lane's colour (the black one light on a dark chart), the name in the
      // chart's text colour, as the page shows them
      text: `<span style="color:${inkGlyph(lane) && pageLook() === "dark" ? look.text : lane.color}">${lane.glyph}</span> ${plotlyText(plainText(lane.label))}`,
      xref: "paper",
      x: 0,
      xanchor: "left",
      yref: "y",
      y: lane.y,
      yanchor: "middle",
      showarrow: false,
      font: { color: look.text },
    }));
    const title = `${t("Timeline")}: ${plainText(zoom.selectedOptions[0]?.textContent || "")}`;
    const showing = count.textContent.split(" · ")[0]; // "Showing 27 of 102 events"
    const extra = titledLayout(chart.layout, title, showing, data.credit);
    extra.annotations.push(...lanes);
    return saveChartImage(chart, format, shownFileName(format), extra);
  }

  // Chart first, page after: plotly measures the chart while the page's layout is still clean.
  function update() {
    return timed(root, async () => {
      state.matching = data.events.filter((e) => eventMatches(e, state));
      writeFilters();
      await redraw();
      fillList();
    });
  }

  // The filters in the address (?groups=, ?era=, ?q=), so a link or the language switch keeps them.
  function writeFilters() {
    const all = state.groups.size === data.lanes.length;
    setQueryParams({
      groups: all ? null : [...state.groups].join(",") || "none",
      era: state.era === "all" ? null : state.era,
      q: search.value.trim() || null,
    });
  }

  // The filters a link asked for; true when any was applied.
  function readFilters() {
    const groups = queryParam("groups");
    const era = queryParam("era");
    const words = queryParam("q");
    if (groups !== null) {
      const wanted = new Set(groups.split(","));
      state.groups = new Set(data.lanes.filter((l) => wanted.has(l.id)).map((l) => l.id));
      for (const box of groupBoxes) {
        const input = box.querySelector("input");
        input.checked = state.groups.has(input.value);
      }
    }
    if (era !== null && data.eras.some((e) => e.id === era)) {
      state.era = era;
      eraSelect.value = era;
    }
    if (words) {
      search.value = words;
      state.search = words.trim().toLowerCase();
    }
    return groups !== null || state.era !== "all" || Boolean(words);
  }

  function showCard(e) {
    if (!e) card.replaceChildren(h("p", { class: "ex-hint", text: noEventHint() }));
    else
      card.replaceChildren(
        ...eventDetails(e, data.links),
        embedControl({
          src: data.embed_event + encodeURIComponent(e.id),
          title: plainText(e.title),
          height: data.embed_height,
          summary: t("Embed this event's card in a course page"),
        }),
      );
  }

  // Choose an event; with reveal, scroll its card (and the chart's ring) into view. The chart
  // changes first (see update), each in the cheapest call that does it.
  function select(id, { reveal = false } = {}) {
    return timed(root, async () => {
      const previous = state.current;
      state.current = byId.get(id) || null;
      const range = state.current && rangeShowing(state.current);
      if (range) {
        zoom.value = range.id;
        writeZoom(range.id);
      }
      const axis = range ? { "xaxis.range": range.range } : {};
      if (state.current && !state.matching.includes(state.current)) {
        showEveryEvent();
        await redraw(axis); // the points, the ring and the dates at once
      } else {
        if (range) await window.Plotly.relayout(chart, axis); // the dates only: no recalculation
        await moveShape(chart, data.ring, ringPlace(...ringed()));
      }
      fillList();
      root.dataset.current = state.current ? state.current.id : "";
      rowById.get(previous?.id)?.classList.remove("ex-current");
      rowById.get(state.current?.id)?.classList.add("ex-current");
      showCard(state.current);
      setQueryParam("event", state.current ? state.current.id : null);
      if (reveal && state.current) bringIntoView(card);
    });
  }

  // Clear the filters (an event they hide was chosen).
  function showEveryEvent() {
    state.groups = new Set(data.lanes.map((l) => l.id));
    state.era = "all";
    state.search = "";
    groupBoxes.forEach((b) => {
      b.querySelector("input").checked = true;
    });
    eraSelect.value = "all";
    search.value = "";
    writeFilters();
    state.matching = data.events.filter((e) => eventMatches(e, state));
  }

  function step(direction, options) {
    if (!state.shown.length) return;
    const at = state.shown.indexOf(state.current);
    const target =
      at < 0
        ? direction > 0
          ? 0
          : state.shown.length - 1
        : Math.min(state.shown.length - 1, Math.max(0, at + direction));
    return select(state.shown[target].id, options);
  }

  // If the event lies outside the visible dates, the first zoom preset that shows it.
  function rangeShowing(event) {
    if (inShownDates(event)) return null;
    const at = instant.get(event.id);
    return (
      data.presets.find((p) => at >= chartTime(p.range[0]) && at <= chartTime(p.range[1])) || null
    );
  }

  // The zoom in the address (?zoom=), unless it is the first preset.
  function writeZoom(presetId) {
    setQueryParam("zoom", presetId === data.presets[0].id ? null : presetId);
  }

  function zoomTo(presetId) {
    const preset = data.presets.find((p) => p.id === presetId);
    return timed(root, async () => {
      writeZoom(presetId);
      await window.Plotly.relayout(chart, { "xaxis.range": preset.range });
      fillList();
    });
  }

  async function start() {
    performance.mark("explainer:timeline-start");
    await drawChart(chart, data.figure, data.config);
    placeLabels();
    performance.mark("explainer:timeline-plotted");
    chart.on("plotly_click", (ev) => {
      const point = ev.points?.[0];
      if (point?.customdata) select(point.customdata[0], { reveal: true });
    });
    // dragging the chart through time changes what is counted, listed and stepped through
    chart.on("plotly_relayout", (change) => {
      if (
        Object.keys(change || {}).some(
          (key) => key.startsWith("xaxis.range") || key === "xaxis.autorange",
        )
      )
        fillList();
    });
    onContrastChange(() => restyle());
    if (pageLook() !== "normal") await restyle();
    if (readFilters()) await update();
    else fillList(); // the figure already shows every event: no restyle needed on first draw
    const zoomWanted = queryParam("zoom");
    if (zoomWanted && data.presets.some((p) => p.id === zoomWanted)) {
      zoom.value = zoomWanted;
      await zoomTo(zoomWanted);
    }
    const wanted = queryParam("event");
    if (wanted !== null) {
      if (!/^[a-z0-9-]{1,80}$/.test(wanted))
        notice(root, t("The link's event id is not valid, so the whole timeline is shown."));
      else if (!byId.has(wanted))
        notice(
          root,
          t('No event has the id "{id}", so the whole timeline is shown.', { id: wanted }),
        );
      else {
        await select(wanted);
        revealLinked(card);
      }
    }
    if (!state.current) showCard(null);
    performance.mark("explainer:timeline-ready");
    root.dataset.ready = "true";
  }
  start().catch((err) => {
    notice(root, t("The chart could not be drawn; the table below lists every event."));
    fillList();
    showCard(null);
    root.dataset.ready = "error";
    console.error(err);
  });
}
