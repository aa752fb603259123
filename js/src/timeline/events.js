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

// The ring around the chosen event is a layout shape (named `ringName`): moving it leaves the
// traces alone. `laneY` is the event's lane's place on the category axis; no event hides it.
export function ringUpdate(shapes, ringName, event, laneY) {
  const ring = (shapes || []).findIndex((s) => s.name === ringName);
  if (ring < 0) return {};
  if (!event) return { [`shapes[${ring}].visible`]: false };
  return {
    [`shapes[${ring}].visible`]: true,
    [`shapes[${ring}].xanchor`]: event.x,
    [`shapes[${ring}].yanchor`]: laneY,
  };
}
