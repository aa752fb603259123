// How a family was separated, step by step: the list of steps and one step's card.

import { reportControl } from "../actions.js";
import { confidenceWord } from "../confidence.js";
import { h, richText } from "../dom.js";
import { linkTerms } from "../glossary-terms.js";
import { t } from "../i18n.js";
import { quoteCard } from "../quote-card.js";
import { revisionNotes } from "../revisions.js";
import { sourceList, sourcesCount } from "../sources.js";

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
        richText(s.title),
      ),
    ),
  );
}

// One step's card: what happened, who said what, its events, its terms and its sources.
export function stepDetails(s, links) {
  return [
    h("h3", { class: "ex-card-title" }, `${s.step}. `, richText(s.title)),
    h("p", { class: "ex-card-body" }, linkTerms(s.explanation, links)),
    revisionNotes(s.revisions),
    s.quotes.length ? h("h4", { text: t("What they said") }) : "",
    s.quotes.map((q) => quoteCard(q)),
    h("h4", { text: t("Events") }),
    h(
      "ul",
      {},
      s.events.map((e) => h("li", {}, `${e.when}: `, richText(e.title))),
    ),
    s.terms.length
      ? h(
          "p",
          {},
          `${t("Terms:")} `,
          s.terms.map((term, i) => [
            i ? " · " : "",
            h(
              "a",
              { href: `?term=${encodeURIComponent(term.slug)}`, class: "ex-term" },
              richText(term.term),
            ),
          ]),
        )
      : "",
    h("details", {}, h("summary", { text: sourcesCount(s.sources.length) }), sourceList(s.sources)),
    h("div", { class: "ex-actions" }, reportControl("data/policy_steps.csv", String(s.step))),
  ];
}

// One of Microsoft's earlier stances, as a card.
export function stanceCard(s, links) {
  return h(
    "article",
    { class: "ex-card" },
    h("p", { class: "ex-card-when", text: s.when }),
    h("h3", { class: "ex-card-title" }, richText(s.title)),
    h("p", {}, linkTerms(s.description, links)),
    revisionNotes(s.revisions),
    h(
      "details",
      {},
      h("summary", {
        text: `${sourcesCount(s.sources.length)} · ${confidenceWord(s.confidence)}`,
      }),
      sourceList(s.sources),
    ),
  );
}
