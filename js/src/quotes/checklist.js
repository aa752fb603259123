// Side by side: the two sides' quotes, and the checklist of what their words mention.
import { h, plainText, richText } from "../dom.js";
import { langOf, parts, t } from "../i18n.js";
import { quoteCard } from "../quote-card.js";

// A text's parts with the [start, end) spans marked; overlapping spans keep the first.
export function highlighted(text, spans) {
  const parts = [];
  let at = 0;
  for (const [start, end] of [...spans].sort((x, y) => x[0] - y[0])) {
    if (start < at) continue;
    parts.push(text.slice(at, start), h("mark", { text: text.slice(start, end) }));
    at = end;
  }
  parts.push(text.slice(at));
  return parts;
}

// A quote for comparison, the words that answer the chosen check (`spans`) highlighted.
export function comparedQuote(quote, spans, links) {
  return quoteCard(quote, { compare: true, words: highlighted(quote.text, spans || []), links });
}

// One side's card: its label and its quotes, highlighted for the chosen check (or none).
export function sideCard(pair, side, check, links) {
  return h(
    "article",
    { class: `ex-card ex-side-${side}` },
    h("h3", {}, richText(pair[side].label)),
    pair[side].quotes.map((q) => comparedQuote(q, check ? check[side].spans[q.id] : [], links)),
  );
}

// A check's answer for one side (`side` is its label, shown on a phone): the words, or none.
// The words are quoted as said (in English).
export function answerCell(result, side) {
  const label = plainText(side);
  if (!result.found)
    return h(
      "td",
      { class: "ex-no", "data-label": label },
      h("span", { class: "ex-mark", "aria-hidden": "true", text: "—" }),
      ` ${t("No such words appear")}`,
    );
  const words = result.words.map((w, i) => [
    i ? ", " : "",
    h("q", { lang: langOf("en"), text: w }),
  ]);
  return h(
    "td",
    { class: "ex-yes", "data-label": label },
    h("span", { class: "ex-mark", "aria-hidden": "true", text: "✓" }),
    " ",
    parts(t("Yes: {words}"), { words }),
  );
}

// The checklist's rows; choosing a check's button calls `onToggle(check)`.
export function checklistParts(pair, current, onToggle) {
  return [
    h("caption", { text: t("What the words on each side mention") }),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col", text: t("Check") }),
        h("th", { scope: "col" }, richText(pair.left.label)),
        h("th", { scope: "col" }, richText(pair.right.label)),
      ),
    ),
    h(
      "tbody",
      {},
      pair.checks.map((c) =>
        h(
          "tr",
          { class: current === c ? "ex-current" : "" },
          h(
            "th",
            { scope: "row" },
            h(
              "button",
              {
                type: "button",
                class: "ex-link-button",
                "aria-pressed": String(current === c),
                onclick: () => onToggle(c),
              },
              richText(c.label),
            ),
          ),
          answerCell(c.left, pair.left.label),
          answerCell(c.right, pair.right.label),
        ),
      ),
    ),
  ];
}
