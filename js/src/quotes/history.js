// The January post's edit history on 18 June 2018: the passage, then each state it was in.
import { confidenceWord } from "../confidence.js";
import { h, richText } from "../dom.js";
import { linkTerms } from "../glossary-terms.js";
import { t } from "../i18n.js";
import { sourceList, sourcesCount } from "../sources.js";
import { comparedQuote } from "./checklist.js";

export function historySection(data) {
  if (!data.history.length) return "";
  return h(
    "section",
    { class: "ex-history", "aria-label": t("Edit history of the January post") },
    h("h2", { text: t("The January post's ICE passage on 18 June 2018") }),
    data.passage ? comparedQuote(data.passage, [], data.links) : "",
    h(
      "ol",
      {},
      data.history.map((s) =>
        h(
          "li",
          { class: `ex-step ex-state-${s.state}` },
          h("p", {}, h("strong", { class: "ex-badge" }, richText(s.state_label)), ` · ${s.when}`),
          h("p", { class: "ex-step-title" }, richText(s.title)),
          h("p", {}, linkTerms(s.note, data.links)),
          h(
            "details",
            {},
            h("summary", {
              text: `${sourcesCount(s.sources.length)} · ${confidenceWord(s.confidence)}`,
            }),
            sourceList(s.sources),
          ),
        ),
      ),
    ),
  );
}
