// The timeline's data work, apart from the page: reading chart dates, which events the filters
// keep, and the chart updates that show them.
import { plotlyText } from "../chart.js";
import { plainText } from "../dom.js";

// A plotly date ("2018-06-17", "2018-06-17 13:00:00.5") or an event's "2018-06-17T13:00", read
// the same way (as local time), so counting what the axis shows compares like with like.
export function chartTime(value) {
  const text = String(value)
    .replace(" ", "T")
    .replace(/(\.\d{3})\d+$/, "$1");
  return new Date(text.length <= 10 ? `${text}T00:00` : text).getTime();
}

// Whether an event passes the filters: its group is ticked, it is in the chosen era ("all": any)
// and, when there is a search, the lower-case search occurs in its text or its sources' names.
export function eventMatches(event, { groups, era, search }) {
  if (!groups.has(event.group)) return false;
  if (era !== "all" && event.era !== era) return false;
  if (!search) return true;
  const haystack = plainText(
    [
      event.title,
      event.description,
      event.actors,
      event.when,
      event.group_label,
      ...event.sources.map((s) => `${s.publisher} ${s.title}`),
    ].join(" "),
  ).toLowerCase();
  return haystack.includes(search);
}

// The points of each lane (one trace per lane, in the lanes' order) for `events`; hover text
// escaped for plotly.
export function laneTraces(lanes, events) {
  const update = { x: [], y: [], customdata: [], text: [] };
  lanes.forEach((lane) => {
    const members = events.filter((e) => e.group === lane.id);
    update.x.push(members.map((e) => e.x));
    update.y.push(members.map(() => lane.y));
    update.customdata.push(members.map((e) => [e.id, plotlyText(e.when)]));
    update.text.push(members.map((e) => plotlyText(plainText(e.title))));
  });
  return update;
}

// How each lane is shown (`shown[i]`: lane i is ticked; `hoverTexts[i]`: its hover template), as
// trace updates: an unticked lane keeps its points but draws them fully transparent and leaves
// them out of hover and clicks (plotly skips a trace's hover only when it has no template). All
// are style-only changes for plotly (about 10 ms), where changing the points redraws the whole
// chart (20-30 ms).
export function laneLooks(shown, hoverTexts) {
  return {
    opacity: shown.map((on) => (on ? 1 : 0)),
    hoverinfo: shown.map((on) => (on ? "all" : "skip")),
    hovertemplate: shown.map((on, i) => (on ? hoverTexts[i] : "")),
  };
}

// The ring around the chosen event is a layout shape (named `ringName`): its place for `event`
// (`laneY`: its lane's place on the category axis), or hidden when no event is chosen.
export function ringPlace(event, laneY) {
  return event ? { visible: true, xanchor: event.x, yanchor: laneY } : { visible: false };
}

// The same as Plotly.relayout keys for the shape, to go with another update of the chart.
export function ringUpdate(shapes, ringName, event, laneY) {
  const ring = (shapes || []).findIndex((s) => s.name === ringName);
  if (ring < 0) return {};
  return Object.fromEntries(
    Object.entries(ringPlace(event, laneY)).map(([key, value]) => [
      `shapes[${ring}].${key}`,
      value,
    ]),
  );
}

// Where the page draws the chart's labels (timeline.py's chart_labels), in pixels from the
// chart's top left: the middle of each label at `ys` on the y axis (its fixed range mapped onto
// the plot's height) and the plot's left and right edges.
export function labelPlaces(layout, ys) {
  const { t, b, l, r } = layout.margin;
  const [low, high] = layout.yaxis.range;
  const plot = layout.height - t - b;
  return { left: l, right: r, tops: ys.map((y) => t + ((high - y) / (high - low)) * plot) };
}
