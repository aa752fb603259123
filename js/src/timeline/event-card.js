// What the timeline's card shows for one event.
import { cardActions } from "../actions.js";
import { h, plainText, richText } from "../dom.js";
import { linkTerms } from "../glossary-terms.js";
import { formatNumber, parts, t, tn } from "../i18n.js";
import { revisionNotes } from "../revisions.js";
import { publisherName, sourceList, sourcesCount } from "../sources.js";

export function noEventHint() {
  return t("Choose an event on the chart, in the list or in the table to read it here.");
}

// The card's contents: date, title, description with glossary links, who, era, confidence,
// revisions, sources and how they were counted, then Cite and Report a correction.
export function eventDetails(e, links) {
  return [
    h("p", { class: "ex-card-when", text: e.when }),
    h("h3", { class: "ex-card-title" }, richText(e.title)),
    h("p", { class: "ex-card-body" }, linkTerms(e.description, links)),
    h(
      "dl",
      { class: "ex-card-facts" },
      h("dt", { text: t("Who") }),
      h("dd", {}, richText(e.actors || e.group_label)),
      h("dt", { text: t("Era") }),
      h("dd", {}, richText(e.era_label)),
      h("dt", { text: t("Confidence") }),
      h("dd", { class: `ex-confidence ex-${e.confidence}` }, richText(e.confidence_text)),
    ),
    revisionNotes(e.revisions),
    h("h4", { text: e.sources.length === 1 ? t("Source") : sourcesCount(e.sources.length) }),
    sourceList(e.sources),
    evidenceDetails(e.evidence),
    cardActions(
      e.cite,
      t("Cite this event: {title}", { title: plainText(e.title) }),
      "data/events.csv",
      e.id,
      { query: `event=${e.id}` },
    ),
  ];
}

// "How we count the sources": which reports count (each once, with the copies and relays that
// count with it), which are cited but not counted and why, and which disagree.
export function evidenceDetails(ev) {
  if (!ev) return "";
  const named = (publisher) =>
    publisher
      ? publisherName(publisher)
      : h("span", { class: "ex-publisher", text: t("The original report (not itself cited)") });
  const section = (title, items) =>
    items.length ? [h("h5", { text: title }), h("ul", {}, items)] : [];
  const note = (text) => (text ? h("span", { class: "ex-source-note" }, ": ", richText(text)) : "");
  const counted = ev.counted.map((c) =>
    h(
      "li",
      { "data-report": c.id },
      named(c.publisher),
      c.disagrees ? ` ${t("(disagrees on a detail; see below)")}` : "",
      c.relays.length
        ? h(
            "ul",
            { class: "ex-relays" },
            c.relays.map((r) =>
              h("li", {}, publisherName(r.publisher), ` ${relayWords(r.relation)}`, note(r.note)),
            ),
          )
        : "",
    ),
  );
  const noted = (rows) => rows.map((r) => h("li", {}, publisherName(r.publisher), note(r.note)));
  return h(
    "details",
    { class: "ex-evidence" },
    h(
      "summary",
      {},
      parts(t("How we count the sources: {confidence}"), {
        confidence: h("span", { class: `ex-confidence ex-${ev.label}` }, richText(ev.label_text)),
      }),
    ),
    h("p", {
      class: "ex-hint",
      text: tn(
        "{n} report counts toward confirmation. A copy or relay counts once, with the report it repeats; two or more counted reports make an event confirmed, and any source that disagrees makes it disputed.",
        "{n} reports count toward confirmation. A copy or relay counts once, with the report it repeats; two or more counted reports make an event confirmed, and any source that disagrees makes it disputed.",
        ev.count,
      ),
    }),
    section(t("Counted ({n})", { n: formatNumber(ev.counted.length) }), counted),
    section(t("Disagree"), noted(ev.disagreeing)),
    section(t("Cited, not counted"), noted(ev.not_counted)),
  );
}

// How a relay or copy counts, in parentheses.
function relayWords(relation) {
  if (relation === "relay") return t("(relay, counted once with it)");
  if (relation === "copy") return t("(copy, counted once with it)");
  return t("({relation}, counted once with it)", { relation });
}
