// What the timeline's card shows for one event.
import { h } from "../dom.js";
import { linkTerms } from "../glossary-terms.js";
import { revisionNotes } from "../revisions.js";
import { sourceList } from "../sources.js";

export const NO_EVENT_HINT =
  "Choose an event on the chart, in the list or in the table to read it here.";

// The card's contents: date, title, description with glossary links, who, era, confidence,
// revisions, sources and how they were counted.
export function eventDetails(e, links) {
  return [
    h("p", { class: "ex-card-when", text: e.when }),
    h("h3", { class: "ex-card-title", text: e.title }),
    h("p", { class: "ex-card-body" }, linkTerms(e.description, links)),
    h(
      "dl",
      { class: "ex-card-facts" },
      h("dt", { text: "Who" }),
      h("dd", { text: e.actors || e.group_label }),
      h("dt", { text: "Era" }),
      h("dd", { text: e.era_label }),
      h("dt", { text: "Confidence" }),
      h("dd", { class: `ex-confidence ex-${e.confidence}`, text: e.confidence_text }),
    ),
    revisionNotes(e.revisions),
    h("h4", { text: e.sources.length === 1 ? "Source" : `Sources (${e.sources.length})` }),
    sourceList(e.sources),
    evidenceDetails(e.evidence),
  ];
}

// "How we count the sources": which reports count (each once, with the copies and relays that
// count with it), which are cited but not counted and why, and which disagree.
export function evidenceDetails(ev) {
  if (!ev) return "";
  const named = (publisher) => publisher || "The original report (not itself cited)";
  const section = (title, items) =>
    items.length ? [h("h5", { text: title }), h("ul", {}, items)] : [];
  const counted = ev.counted.map((c) =>
    h(
      "li",
      { "data-report": c.id },
      h("span", { class: "ex-publisher", text: named(c.publisher) }),
      c.disagrees ? " (disagrees on a detail; see below)" : "",
      c.relays.length
        ? h(
            "ul",
            { class: "ex-relays" },
            c.relays.map((r) =>
              h(
                "li",
                {},
                h("span", { class: "ex-publisher", text: r.publisher }),
                ` (${r.relation}, counted once with it)`,
                r.note ? h("span", { class: "ex-source-note", text: `: ${r.note}` }) : "",
              ),
            ),
          )
        : "",
    ),
  );
  const noted = (rows) =>
    rows.map((r) =>
      h(
        "li",
        {},
        h("span", { class: "ex-publisher", text: r.publisher }),
        r.note ? h("span", { class: "ex-source-note", text: `: ${r.note}` }) : "",
      ),
    );
  const reports = ev.count === 1 ? "1 report counts" : `${ev.count} reports count`;
  return h(
    "details",
    { class: "ex-evidence" },
    h(
      "summary",
      {},
      "How we count the sources: ",
      h("span", { class: `ex-confidence ex-${ev.label}`, text: ev.label_text }),
    ),
    h("p", {
      class: "ex-hint",
      text: `${reports} toward confirmation. A copy or relay counts once, with the report it repeats; two or more counted reports make an event confirmed, and any source that disagrees makes it disputed.`,
    }),
    section(`Counted (${ev.counted.length})`, counted),
    section("Disagree", noted(ev.disagreeing)),
    section("Cited, not counted", noted(ev.not_counted)),
  );
}
