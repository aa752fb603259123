// Printings compared word by word: how two outlets' printings of the same words relate, said in
// plain words, and the runs of words marked as changed or not printed.
import { h } from "../dom.js";
import { revisionNotes } from "../revisions.js";
import { publisherLink } from "../sources.js";

export const RELATION_LABELS = {
  identical: "Identical.",
  disjoint: "No shared words.",
  excerpt: "Excerpt.",
  "excerpt-with-changes": "Excerpt with changes.",
  overlapping: "Overlapping excerpts.",
  different: "Same passage, changed words.",
};

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
    A: same ? `${A.source.publisher} (printing A)` : A.source.publisher,
    B: same ? `${B.source.publisher} (printing B)` : B.source.publisher,
  };
}

// The comparison in a sentence.
export function describe(result, names) {
  const pct = `${Math.round((result.similarity || 0) * 100)}% of words and marks are the same`;
  const [short, long] = result.shorter === "left" ? [names.A, names.B] : [names.B, names.A];
  if (result.relation === "identical") return "The two printings match character for character.";
  if (result.relation === "disjoint")
    return `${names.A} and ${names.B} printed different parts of the statement, so there is nothing to compare word by word. Each printing is shown in grey, as not printed by the other.`;
  if (result.relation === "excerpt")
    return `${short} printed only part of what ${long} printed, word for word the same. The rest is shown in grey, as not printed by ${short}.`;
  if (result.relation === "excerpt-with-changes")
    return `${short} printed only part of what ${long} printed, with changes: within the part both printed, ${pct}. The rest is shown in grey, as not printed by ${short}.`;
  if (result.relation === "overlapping")
    return `Each printed words the other did not (grey). Within the part both printed, ${result.changed ? pct : "the words are the same"}.`;
  return `Both printed the same passage, with changes: ${pct}.`;
}

// Changed words are struck through or underlined; words one outlet did not print are grey,
// with their outlet named for screen readers, and never shown as changes.
export function marked(op, text, names) {
  if (op === "same") return text;
  if (op === "left")
    return h(
      "del",
      {},
      h("span", { class: "ex-sr", text: " [changed, only in A: " }),
      text,
      h("span", { class: "ex-sr", text: "] " }),
    );
  if (op === "right")
    return h(
      "ins",
      {},
      h("span", { class: "ex-sr", text: " [changed, only in B: " }),
      text,
      h("span", { class: "ex-sr", text: "] " }),
    );
  const who = op === "not-in-right" ? names.B : names.A;
  return h(
    "span",
    { class: "ex-unprinted", "data-not-printed-by": who },
    h("span", { class: "ex-sr", text: ` [not printed by ${who}: ` }),
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
    h("dt", { text: `Printing ${letter}` }),
    h(
      "dd",
      {},
      publisherLink(m.source),
      `, ${m.source.title} (${m.source.date})`,
      m.note ? h("span", { class: "ex-source-note", text: ` · ${m.note}` }) : "",
      revisionNotes(m.revisions),
    ),
  ]);
}
