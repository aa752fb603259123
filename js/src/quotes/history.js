// The January post's edit history on 18 June 2018: the passage, then each state it was in.
import { h } from "../dom.js";
import { linkTerms } from "../glossary-terms.js";
import { sourceList } from "../sources.js";
import { comparedQuote } from "./checklist.js";

export function historySection(data) {
  if (!data.history.length) return "";
  return h(
    "section",
    { class: "ex-history", "aria-label": "Edit history of the January post" },
    h("h2", { text: "The January post's ICE passage on 18 June 2018" }),
    data.passage ? comparedQuote(data.passage, [], data.links) : "",
    h(
      "ol",
      {},
      data.history.map((s) =>
        h(
          "li",
          { class: `ex-step ex-state-${s.state}` },
          h("p", {}, h("strong", { class: "ex-badge", text: s.state_label }), ` · ${s.when}`),
          h("p", { class: "ex-step-title", text: s.title }),
          h("p", {}, linkTerms(s.note, data.links)),
          h(
            "details",
            {},
            h("summary", {
              text: `Sources (${s.sources.length}) · ${s.confidence.replace("-", " ")}`,
            }),
            sourceList(s.sources),
          ),
        ),
      ),
    ),
  );
}
