// A quote as a figure: the words, who said them (role, date, medium), the outlet that printed
// them and any revisions. The quote comparisons draw it with `compare`: the words are tagged with
// the quote's id (and may carry highlights), the outlet and its date get a line of their own, and
// the quote's context follows, its glossary terms linked through `links`. The words stay as said
// (in English: lang="en" on a page in another language), followed on such a page by our
// translation, labelled as ours, when the view model carries one.
import { cardActions } from "./actions.js";
import { h, richText } from "./dom.js";
import { linkTerms } from "./glossary-terms.js";
import { langOf, parts, t } from "./i18n.js";
import { revisionNotes } from "./revisions.js";
import { publisherLink } from "./sources.js";

export function quoteCard(quote, { compare = false, words = quote.text, links = null } = {}) {
  const said = [", ", richText(quote.role), ` · ${quote.date} · `, richText(quote.medium)];
  const outlet = publisherLink(quote.source);
  const printed = compare
    ? [
        said,
        h("br"),
        parts(t("As printed by {outlet} ({date})"), { outlet, date: quote.source.date }),
      ]
    : [said, " · ", parts(t("as printed by {outlet}"), { outlet })];
  const blockquote = { "data-quote": compare ? quote.id : null, lang: langOf("en") };
  return h(
    "figure",
    { class: "ex-quote" },
    h("blockquote", blockquote, words),
    quote.translation ? translation(quote.translation) : null,
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
            h("summary", { text: t("Context") }),
            h("p", {}, linkTerms(quote.context, links)),
          )
        : null,
      cardActions(
        quote.cite,
        t("Cite this quote by {speaker}", { speaker: quote.speaker }),
        "data/quotes.csv",
        quote.id,
      ),
    ),
  );
}

// Our translation of a quote, in the page's language, labelled as ours.
function translation(text) {
  return h(
    "p",
    { class: "ex-translation" },
    h("span", { class: "ex-translation-label", text: t("Our translation:") }),
    " ",
    richText(text),
  );
}
