// The timeline's table: the same events as text, one row per event (cards on a phone).
import { confidenceWord } from "../confidence.js";
import { h, richText } from "../dom.js";
import { langOf, t } from "../i18n.js";

// The columns' headings (each row's cells carry them too, as labels on a phone).
export function tableHeads() {
  return [t("Date"), t("Event"), t("Who"), t("Confidence"), t("Sources")];
}

export function eventTableHead() {
  return h(
    "thead",
    {},
    h(
      "tr",
      {},
      tableHeads().map((head) => h("th", { scope: "col", text: head })),
    ),
  );
}

// One event's row; its title is a button that calls `onChoose`. `heads`: tableHeads().
export function eventRow(e, onChoose, heads = tableHeads()) {
  return h(
    "tr",
    { "data-event": e.id },
    h("td", { "data-label": heads[0], text: e.when }),
    h(
      "td",
      { "data-label": heads[1] },
      h(
        "button",
        { type: "button", class: "ex-link-button", onclick: onChoose },
        richText(e.title),
      ),
    ),
    h("td", { "data-label": heads[2] }, richText(e.group_label)),
    h("td", { "data-label": heads[3], text: confidenceWord(e.confidence) }),
    h("td", {
      "data-label": heads[4],
      lang: langOf("en"),
      text: e.sources.map((s) => s.publisher).join("; "),
    }),
  );
}
