// Printings compared word by word: how two outlets' printings of the same words relate, said in
// plain words, and the runs of words marked as changed or not printed.
import { h, richText } from "../dom.js";
import { formatNumber, pageLangInside, t } from "../i18n.js";
import { revisionNotes } from "../revisions.js";
import { headline, publisherLink } from "../sources.js";

// How two printings relate, in a few words.
export function relationLabel(relation) {
  const labels = {
    identical: t("Identical."),
    disjoint: t("No shared words."),
    excerpt: t("Excerpt."),
    "excerpt-with-changes": t("Excerpt with changes."),
    overlapping: t("Overlapping excerpts."),
    different: t("Same passage, changed words."),
  };
  return labels[relation];
}

const SWAPPED = {
  left: "right",
  right: "left",
  same: "same",
  "not-in-right": "not-in-left",
  "not-in-left": "not-in-right",
};

// Printing a against printing b of a group of printings. The view model holds each pair once,
// in index order; the other order is the same comparison with its sides swapped.
export function comparison(group, a, b) {
  if (a === b)
    return { relation: "identical", runs: [["same", group.members[a].text]], similarity: 1 };
  const key = a < b ? `${a}-${b}` : `${b}-${a}`;
  const found = group.comparisons[key];
  if (a < b) return found;
  return {
    ...found,
    shorter: found.shorter && SWAPPED[found.shorter],
    runs: found.runs.map(([op, text]) => [SWAPPED[op], text]),
  };
}

// The outlets' names for printings A and B, told apart when one outlet printed both.
export function outletNames(A, B) {
  const same = A.source.publisher === B.source.publisher;
  return {
    A: same ? t("{outlet} (printing A)", { outlet: A.source.publisher }) : A.source.publisher,
    B: same ? t("{outlet} (printing B)", { outlet: B.source.publisher }) : B.source.publisher,
  };
}

// The comparison in a sentence.
export function describe(result, names) {
  const rounded = Math.round((result.similarity || 0) * 100) / 100;
  const percent = formatNumber(rounded, { style: "percent" }); // "85%"
  const [short, long] = result.shorter === "left" ? [names.A, names.B] : [names.B, names.A];
  const sides = { a: names.A, b: names.B, short, long, percent };
  if (result.relation === "identical") return t("The two printings match character for character.");
  if (result.relation === "disjoint")
    return t(
      "{a} and {b} printed different parts of the statement, so there is nothing to compare word by word. Each printing is shown in grey, as not printed by the other.",
      sides,
    );
  if (result.relation === "excerpt")
    return t(
      "{short} printed only part of what {long} printed, word for word the same. The rest is shown in grey, as not printed by {short}.",
      sides,
    );
  if (result.relation === "excerpt-with-changes")
    return t(
      "{short} printed only part of what {long} printed, with changes: within the part both printed, {percent} of words and marks are the same. The rest is shown in grey, as not printed by {short}.",
      sides,
    );
  if (result.relation === "overlapping" && result.changed)
    return t(
      "Each printed words the other did not (grey). Within the part both printed, {percent} of words and marks are the same.",
      sides,
    );
  if (result.relation === "overlapping")
    return t(
      "Each printed words the other did not (grey). Within the part both printed, the words are the same.",
    );
  return t(
    "Both printed the same passage, with changes: {percent} of words and marks are the same.",
    sides,
  );
}

// Changed words are struck through or underlined; words one outlet did not print are grey,
// with their outlet named for screen readers, and never shown as changes.
// The words are the quote's (English); the notes for screen readers are in the page's language.
export function marked(op, text, names) {
  if (op === "same") return text;
  const back = pageLangInside("en");
  if (op === "left")
    return h(
      "del",
      {},
      h("span", { class: "ex-sr", lang: back, text: ` [${t("changed, only in A")}: ` }),
      text,
      h("span", { class: "ex-sr", text: "] " }),
    );
  if (op === "right")
    return h(
      "ins",
      {},
      h("span", { class: "ex-sr", lang: back, text: ` [${t("changed, only in B")}: ` }),
      text,
      h("span", { class: "ex-sr", text: "] " }),
    );
  const who = op === "not-in-right" ? names.B : names.A;
  return h(
    "span",
    { class: "ex-unprinted", "data-not-printed-by": who },
    h("span", {
      class: "ex-sr",
      lang: back,
      text: ` [${t("not printed by {outlet}", { outlet: who })}: `,
    }),
    text,
    h("span", { class: "ex-sr", text: "] " }),
  );
}

// The runs one side shows ("A" or "B"; both, inline, without `side`), marked.
export function markedRuns(runs, names, side = null) {
  const shows = { A: ["same", "left", "not-in-right"], B: ["same", "right", "not-in-left"] };
  return runs
    .filter(([op]) => !side || shows[side].includes(op))
    .map(([op, text]) => marked(op, text, names));
}

// Who printed A and B: the outlet (linked), the title and date, any note, any revisions.
export function printingLegend(A, B) {
  return [
    ["A", A],
    ["B", B],
  ].flatMap(([letter, m]) => [
    h("dt", { text: letter === "A" ? t("Printing A") : t("Printing B") }),
    h(
      "dd",
      {},
      publisherLink(m.source),
      ", ",
      headline(m.source.title),
      ` (${m.source.date})`,
      m.note ? h("span", { class: "ex-source-note" }, " · ", richText(m.note)) : "",
      revisionNotes(m.revisions),
    ),
  ]);
}
