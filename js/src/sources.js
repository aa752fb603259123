// Links to the reporting behind every claim. Each opens in a new tab and tells the new page
// nothing about this one.
import { h } from "./dom.js";

// A link to a source's page (or its archived copy).
export function sourceLink(url, text) {
  return h("a", { href: url, target: "_blank", rel: "noopener noreferrer", text });
}

// A link named by the source's publisher.
export function publisherLink(source) {
  return sourceLink(source.url, source.publisher);
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
        h("span", { class: "ex-publisher", text: s.publisher }),
        ", ",
        sourceLink(s.url, s.title),
        s.author ? ` by ${s.author}` : "",
        ` (${s.date})`,
        s.archive_url ? [" · ", sourceLink(s.archive_url, "archived copy")] : "",
        s.counted
          ? ""
          : h("span", {
              class: "ex-uncounted",
              text: " · not counted as independent confirmation",
            }),
        s.notes ? h("span", { class: "ex-source-note", text: ` · ${s.notes}` }) : "",
      ),
    ),
  );
}
