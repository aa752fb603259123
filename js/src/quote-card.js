// A quote as a figure: the words, who said them (role, date, medium), the outlet that printed
// them and any revisions. The quote comparisons draw it with `compare`: the words are tagged with
// the quote's id (and may carry highlights), the outlet and its date get a line of their own, and
// the quote's context follows, its glossary terms linked through `links`.
import { h } from "./dom.js";
import { linkTerms } from "./glossary-terms.js";
import { revisionNotes } from "./revisions.js";
import { publisherLink } from "./sources.js";

export function quoteCard(quote, { compare = false, words = quote.text, links = null } = {}) {
  const said = `, ${quote.role} · ${quote.date} · ${quote.medium}`;
  const printed = compare
    ? [said, h("br"), "As printed by ", publisherLink(quote.source), ` (${quote.source.date})`]
    : [`${said} · as printed by `, publisherLink(quote.source)];
  return h(
    "figure",
    { class: "ex-quote" },
    h("blockquote", compare ? { "data-quote": quote.id } : {}, words),
    h(
      "figcaption",
      {},
      h("span", { class: "ex-speaker", text: quote.speaker }),
      printed,
      revisionNotes(quote.revisions),
      compare
        ? h(
            "details",
            {},
            h("summary", { text: "Context" }),
            h("p", {}, linkTerms(quote.context, links)),
          )
        : null,
    ),
  );
}
