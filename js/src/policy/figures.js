// The numbers, as a table: each figure as its issuer or outlet reported it.
import { h } from "../dom.js";
import { revisionNotes } from "../revisions.js";
import { publisherLink } from "../sources.js";

export const FIGURE_HEADS = [
  "Figure",
  "What it counts",
  "Period",
  "Issued by",
  "Reported",
  "Sources and disagreements",
];

export function figureTableHead() {
  return h(
    "thead",
    {},
    h(
      "tr",
      {},
      FIGURE_HEADS.map((t) => h("th", { scope: "col", text: t })),
    ),
  );
}

// One figure's row: its sources linked, and where sources disagree, how.
export function figureRow(f) {
  return h(
    "tr",
    { "data-figure": f.id, class: f.dispute_note ? "ex-disputed-row" : "" },
    h("td", { "data-label": FIGURE_HEADS[0], text: f.stated }),
    h("td", { "data-label": FIGURE_HEADS[1], text: `${f.measure} (${f.category_label})` }),
    h("td", { "data-label": FIGURE_HEADS[2], text: f.period }),
    h("td", { "data-label": FIGURE_HEADS[3], text: f.issuing_body }),
    h("td", { "data-label": FIGURE_HEADS[4], text: f.reported }),
    h(
      "td",
      { "data-label": FIGURE_HEADS[5] },
      f.sources.map((s, i) => [i ? "; " : "", publisherLink(s)]),
      f.dispute_note
        ? h(
            "p",
            { class: "ex-dispute" },
            h("strong", { text: "Sources disagree: " }),
            f.dispute_note,
          )
        : "",
      revisionNotes(f.revisions),
    ),
  );
}
