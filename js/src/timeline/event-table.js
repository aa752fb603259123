// The timeline's table: the same events as text, one row per event (cards on a phone).
import { h } from "../dom.js";

export const TABLE_HEADS = ["Date", "Event", "Who", "Confidence", "Sources"];

export function eventTableHead() {
  return h(
    "thead",
    {},
    h(
      "tr",
      {},
      TABLE_HEADS.map((t) => h("th", { scope: "col", text: t })),
    ),
  );
}

// One event's row; its title is a button that calls `onChoose`.
export function eventRow(e, onChoose) {
  return h(
    "tr",
    { "data-event": e.id },
    h("td", { "data-label": TABLE_HEADS[0], text: e.when }),
    h(
      "td",
      { "data-label": TABLE_HEADS[1] },
      h("button", { type: "button", class: "ex-link-button", onclick: onChoose }, e.title),
    ),
    h("td", { "data-label": TABLE_HEADS[2], text: e.group_label }),
    h("td", { "data-label": TABLE_HEADS[3], text: e.confidence.replace("-", " ") }),
    h("td", { "data-label": TABLE_HEADS[4], text: e.sources.map((s) => s.publisher).join("; ") }),
  );
}
