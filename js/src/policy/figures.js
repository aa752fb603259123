// The numbers, as a table: each figure as its issuer or outlet reported it.
import { cardActions } from "../actions.js";
import { h, plainText, richText } from "../dom.js";
import { t } from "../i18n.js";
import { revisionNotes } from "../revisions.js";
import { publisherLink } from "../sources.js";

// The columns' headings (each row's cells carry them too, as labels on a phone).
export function figureHeads() {
  return [
    t("Figure"),
    t("What it counts"),
    t("Period"),
    t("Issued by"),
    t("Reported"),
    t("Sources and disagreements"),
  ];
}

export function figureTableHead() {
  return h(
    "thead",
    {},
    h(
      "tr",
      {},
      figureHeads().map((head) => h("th", { scope: "col", text: head })),
    ),
  );
}

// One figure's row: its sources linked, and where sources disagree, how. `heads`: figureHeads().
export function figureRow(f, heads = figureHeads()) {
  return h(
    "tr",
    { "data-figure": f.id, id: `figure-${f.id}`, class: f.dispute_note ? "ex-disputed-row" : "" },
    h("td", { "data-label": heads[0] }, richText(f.stated)),
    h("td", { "data-label": heads[1] }, richText(f.measure), " (", richText(f.category_label), ")"),
    h("td", { "data-label": heads[2] }, richText(f.period)),
    h("td", { "data-label": heads[3] }, richText(f.issuing_body)),
    h("td", { "data-label": heads[4], text: f.reported }),
    h(
      "td",
      { "data-label": heads[5] },
      f.sources.map((s, i) => [i ? "; " : "", publisherLink(s)]),
      f.dispute_note
        ? h(
            "p",
            { class: "ex-dispute" },
            h("strong", { text: `${t("Sources disagree:")} ` }),
            richText(f.dispute_note),
          )
        : "",
      revisionNotes(f.revisions),
      cardActions(
        f.cite,
        t("Cite this figure: {figure}", { figure: plainText(f.measure) }),
        "data/figures.csv",
        f.id,
        {
          query: "",
          hash: `figure-${f.id}`,
        },
      ),
    ),
  );
}
