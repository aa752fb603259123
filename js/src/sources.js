// Links to the reporting behind every claim. Each opens in a new tab and tells the new page
// nothing about this one. Outlets' names and headlines are shown as published (in English, so
// marked lang="en" on a page in another language); our notes on them are in the page's.
import { reportControl, sourceCite } from "./actions.js";
import { h, richText } from "./dom.js";
import { formatNumber, langOf, t } from "./i18n.js";

// A link to a source's page (or its archived copy); `lang` is the language of its text, if
// other than the page's.
export function sourceLink(url, text, lang = null) {
  return h("a", { href: url, target: "_blank", rel: "noopener noreferrer", lang, text });
}

// A link named by the source's publisher.
export function publisherLink(source) {
  return sourceLink(source.url, source.publisher, langOf("en"));
}

// An outlet's name as text (e.g. in a list of who counted).
export function publisherName(publisher) {
  return h("span", { class: "ex-publisher", lang: langOf("en"), text: publisher });
}

// Words published in English (a headline) within a line: marked lang="en" on a page in
// another language, plain text on an English page.
export function inEnglish(text) {
  return langOf("en") ? h("span", { lang: "en", text }) : text;
}

// A headline as shown: the outlet's words (in English), or, for one nobody saw, our bracketed
// note in the page's language, the address's words kept in English inside [[ ]].
export function headline(text) {
  return text.includes("[[") ? richText(text) : inEnglish(text);
}

// A headline as plain words (a screen reader's label): the [[ ]] marks dropped.
function plainHeadline(text) {
  return String(text).replace(/\[\[(.+?)\]\]/gs, "$1");
}

// A link named by a source's headline (see headline()).
function headlineLink(url, text) {
  if (!text.includes("[[")) return sourceLink(url, text, langOf("en"));
  return h("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, richText(text));
}

// Every source of a claim: publisher, linked title, author, date, archived copy, whether it
// counts as independent confirmation, and any note.
export function sourceList(sources) {
  return h(
    "ul",
    { class: "ex-sources" },
    sources.map((s) =>
      h(
        "li",
        {},
        publisherName(s.publisher),
        ", ",
        headlineLink(s.url, s.title),
        s.author ? ` ${t("by {author}", { author: s.author })}` : "",
        ` (${s.date})`,
        s.archive_url ? [" · ", sourceLink(s.archive_url, t("archived copy"))] : "",
        s.counted
          ? ""
          : h("span", {
              class: "ex-uncounted",
              text: ` · ${t("not counted as independent confirmation")}`,
            }),
        s.notes ? h("span", { class: "ex-source-note" }, " · ", richText(s.notes)) : "",
        s.id
          ? h(
              "div",
              { class: "ex-actions ex-source-actions" },
              sourceCite(s.id, `${s.publisher}, ${plainHeadline(s.title)}`),
              reportControl("data/sources.csv", s.id),
            )
          : "",
      ),
    ),
  );
}

// "Sources (3)": a list's heading or summary, whatever the count.
export function sourcesCount(n) {
  return t("Sources ({n})", { n: formatNumber(n) });
}
