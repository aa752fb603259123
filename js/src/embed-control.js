// The Embed control a view adds (an event's card): the same markup as the section pages'
// (static_site.embed_control_html). page.js fills in the code, with this host's address, when
// the reader opens it, and copies it.
import { h, uid } from "./dom.js";
import { t } from "./i18n.js";

function field(label, kind) {
  const id = uid(`ex-embed-${kind}`);
  return h(
    "div",
    { class: "ex-embed-field" },
    h("label", { for: id, text: label }),
    h("textarea", { id, class: `ex-embed-${kind}`, readonly: true, rows: 4, spellcheck: "false" }),
    h("button", { type: "button", class: "ex-embed-copy", "data-copied": t("Copied") }, t("Copy")),
  );
}

// `src`: the embed view's address, relative to this page; `title`: the frame's title.
export function embedControl({ src, title, height, summary }) {
  return h(
    "details",
    {
      class: "ex-embed-control",
      "data-ex-embed": true,
      "data-embed-src": src,
      "data-embed-title": title,
      "data-embed-height": String(height),
    },
    h("summary", { text: summary }),
    h("p", {
      text: t(
        "Paste this code into a course page or a learning platform (LMS) that accepts HTML: it shows this page without the site's header and footer, in a frame.",
      ),
    }),
    field(t("Code to paste"), "code"),
    h("p", {
      text: t(
        "Optional: paste this script once into the same course page, and each frame grows to fit what it shows. Without it the frame keeps a fixed height and scrolls.",
      ),
    }),
    field(t("Script for the course page (optional)"), "script"),
  );
}
