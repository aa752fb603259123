// The searchable glossary.
import { reportControl } from "../actions.js";
import { h, plainText, richText } from "../dom.js";
import { parts, t } from "../i18n.js";
import { revisionNotes } from "../revisions.js";
import { publisherLink } from "../sources.js";

// Each term and its definition (a <dt> and a <dd>, both carrying the term's slug).
export function glossaryEntries(glossary) {
  return glossary.flatMap((g) => [
    h("dt", { id: `term-${g.slug}`, "data-term": g.slug }, richText(g.term)),
    h(
      "dd",
      { "data-term": g.slug },
      richText(g.definition),
      " ",
      h(
        "span",
        { class: "ex-source-note" },
        parts(t("Source: {outlet}"), { outlet: publisherLink(g.source) }),
      ),
      revisionNotes(g.revisions),
      h("div", { class: "ex-actions" }, reportControl("data/glossary.csv", g.id ?? g.slug)),
    ),
  ]);
}

// Whether an entry matches a lower-case search in its term, definition or aliases ("": all do).
export function glossaryMatches(entry, needle) {
  return (
    !needle ||
    plainText(`${entry.term} ${entry.definition} ${entry.aliases.join(" ")}`)
      .toLowerCase()
      .includes(needle)
  );
}
