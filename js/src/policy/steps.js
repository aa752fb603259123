// How a family was separated, step by step: the list of steps and one step's card.
import { h } from "../dom.js";
import { linkTerms } from "../glossary-terms.js";
import { quoteCard } from "../quote-card.js";
import { revisionNotes } from "../revisions.js";
import { sourceList } from "../sources.js";

// The steps as buttons (`onGo(index)`), the current one marked.
export function stepListItems(steps, current, onGo) {
  return steps.map((s, i) =>
    h(
      "li",
      {},
      h(
        "button",
        {
          type: "button",
          class: "ex-link-button",
          "aria-current": i === current ? "step" : null,
          onclick: () => onGo(i),
        },
        s.title,
      ),
    ),
  );
}

// One step's card: what happened, who said what, its events, its terms and its sources.
export function stepDetails(s, links) {
  return [
    h("h3", { class: "ex-card-title", text: `${s.step}. ${s.title}` }),
    h("p", { class: "ex-card-body" }, linkTerms(s.explanation, links)),
    revisionNotes(s.revisions),
    s.quotes.length ? h("h4", { text: "What they said" }) : "",
    s.quotes.map((q) => quoteCard(q)),
    h("h4", { text: "Events" }),
    h(
      "ul",
      {},
      s.events.map((e) => h("li", {}, `${e.when}: ${e.title}`)),
    ),
    s.terms.length
      ? h(
          "p",
          {},
          "Terms: ",
          s.terms.map((t, i) => [
            i ? " · " : "",
            h("a", { href: `?term=${encodeURIComponent(t.slug)}`, class: "ex-term", text: t.term }),
          ]),
        )
      : "",
    h(
      "details",
      {},
      h("summary", { text: `Sources (${s.sources.length})` }),
      sourceList(s.sources),
    ),
  ];
}

// One of Microsoft's earlier stances, as a card.
export function stanceCard(s, links) {
  return h(
    "article",
    { class: "ex-card" },
    h("p", { class: "ex-card-when", text: s.when }),
    h("h3", { class: "ex-card-title", text: s.title }),
    h("p", {}, linkTerms(s.description, links)),
    revisionNotes(s.revisions),
    h(
      "details",
      {},
      h("summary", { text: `Sources (${s.sources.length}) · ${s.confidence.replace("-", " ")}` }),
      sourceList(s.sources),
    ),
  );
}
